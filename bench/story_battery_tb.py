"""Part TB of the story battery (web pages).

Written by engineer TB1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TB`.

Six stories, each told by three or four invented outlets as whole scraped HTML pages: Japan and
Bangladesh sign an economic partnership agreement in Tokyo (trade, four planted disagreements:
share of Japanese tariff lines freed, car-duty phase-out period, entry-into-force date, the
Japanese signatory's title); the Bank of Korea holds its base rate at 2.50% (central bank, three
planted: the dissenting board member, the revised 2026 growth forecast, the date of the next
meeting); the Central Bank of Kenya cuts its policy rate to 8.50% (central bank, CONTROL); a
Japanese lower-house by-election in Gifu won by the opposition (election, four planted: the
winner's vote count, turnout, the winner's age, the clock time the result was called); South
Africa's Constitutional Court strikes down area-wide electricity cut-offs in Tshwane (court,
CONTROL); the first orbital launch from SaxaVord in Shetland (rocket, three planted: liftoff
time, number of satellites carried, who said the "own soil" quote). The two controls are as
rich in figures, dates, names and quotes as the others but every fact agrees across outlets.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# helpers

def _curl(s: str) -> str:
    parts = s.split('"')
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out += ("&#8220;" if i % 2 == 0 else "&#8221;") + part
    return out.replace("'", "&#8217;")


def _paras(text: str, curly: bool = False) -> list[str]:
    """Blank-line separated prose -> list of <p> (or <h2> for '## ' lines) elements."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        para = " ".join(line.strip() for line in block.strip().splitlines())
        sub = para.startswith("## ")
        if sub:
            para = para[3:]
        s = html.escape(para, quote=False)
        if curly:
            s = _curl(s)
        out.append(f"<h2>{s}</h2>" if sub else f"<p>{s}</p>")
    return out


def _slot(paras: list[str], after: list[int], slot: str) -> str:
    out: list[str] = []
    for i, p in enumerate(paras, 1):
        out.append(p)
        if i in after:
            out.append(slot)
    return "\n".join(out)


def _ld(kind: str, head: str, iso: str | None, author: str | None, org: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": head,
                            "publisher": {"@type": "Organization", "name": org}}
    if iso:
        data["datePublished"] = iso
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


# ---------------------------------------------------------------------------
# outlet templates (one per outlet)

_MW_AD = '<div class="mw-ad" aria-hidden="true">Advertisement &middot; Scroll to continue</div>'


def _meridian(url: str, head: str, iso: str, shown: str, byline: str, section: str,
              body: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | Meridian Wire</title>
<meta name="description" content="{html.escape(head)}">
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
{_ld("NewsArticle", head, iso, byline, "Meridian Wire")}
</head>
<body class="mw-article">
<a class="skip" href="#main-content">Skip to main content</a>
<header class="mw-masthead">
  <a href="/" class="mw-logo">MERIDIAN<span>WIRE</span></a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/markets/">Markets</a></li><li><a href="/politics/">Politics</a></li>
    <li><a href="/science/">Science</a></li><li><a href="/graphics/">Graphics</a></li>
  </ul></nav>
  <a class="mw-signin" href="/account/">Sign in</a>
</header>
<main id="main-content">
<article>
  <p class="mw-kicker"><a href="/{section.lower()}/">{section}</a></p>
  <h1>{html.escape(head)}</h1>
  <div class="mw-meta"><span class="mw-by">By {byline}</span>
    <time datetime="{iso}">{shown}</time></div>
  <div class="mw-share"><button>Share</button><button>Copy link</button></div>
  <div class="mw-body">
{_slot(paras, [4], _MW_AD)}
  </div>
  <p class="mw-trust"><a href="/trust/">Our Standards: The Meridian Trust Principles.</a></p>
</article>
<aside class="mw-more"><h3>More from Meridian</h3><ul>
  <li><a href="/markets/asia-stocks-close/">Asian shares close mixed as traders eye US data</a></li>
  <li><a href="/world/shipping-red-sea/">Insurers revisit war-risk premiums for Red Sea
  voyages</a></li>
  <li><a href="/business/chip-supply/">Chipmakers warn of tight supply of specialty gases</a></li>
</ul></aside>
</main>
<footer class="mw-footer"><p>&copy; 2026 Meridian Wire. All rights reserved.</p>
<p><a href="/terms/">Terms of use</a> &middot; <a href="/privacy/">Privacy</a> &middot;
<a href="/cookies/">Cookie settings</a> &middot; <a href="/licensing/">Licensing</a></p>
<p>All quotes delayed a minimum of 15 minutes.</p></footer>
</body>
</html>
"""


def _dhaka_ledger(url: str, head: str, dek: str, iso: str, shown: str, byline: str,
                  body: str, photo: str) -> str:
    paras = _paras(body, curly=True)
    ad = '<div class="adv"><span>Advertisement</span><div class="adslot-mid"></div></div>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(head)} | The Dhaka Ledger</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:description" content="{html.escape(dek)}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div id="cookie-consent" class="consent">We use cookies to personalise content and to analyse our
traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<div class="topbar"><a href="/epaper/">E-Paper</a> | <a href="/bangla/">বাংলা</a> |
<a href="/subscribe/">Subscribe</a></div>
<header><a class="brand" href="/">The Dhaka Ledger</a>
<nav><a href="/">Home</a> <a href="/bangladesh/">Bangladesh</a> <a href="/business/">Business</a>
<a href="/economy/">Economy</a> <a href="/diplomacy/">Diplomacy</a> <a href="/sports/">Sports</a>
<a href="/opinion/">Opinion</a> <a href="/lifestyle/">Lifestyle</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/business/">Business</a> &rsaquo;
<a href="/business/trade/">Trade</a></div>
<div class="adv leader"><span>Advertisement</span></div>
<article class="news-details">
<h1>{html.escape(head)}</h1>
<p class="intro">{html.escape(dek)}</p>
<div class="author-info"><span class="name">{byline}</span>
<span class="date">Published: {shown}</span></div>
<div class="social"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a>
<a href="#">WhatsApp</a> <a href="#">Messenger</a></div>
<figure><img src="/media/2026/03/epa-signing.jpg" alt="">
<figcaption>{photo}</figcaption></figure>
<div class="details">
{_slot(paras, [3, 9], ad)}
</div>
<div class="tags">Topics: <a href="#">Japan</a> <a href="#">LDC graduation</a> <a href="#">EPA</a>
<a href="#">RMG</a></div>
</article>
<section class="related"><h3>Related News</h3><ul>
<li><a href="#">Knitwear exporters seek extension of cash incentives</a></li>
<li><a href="#">Chattogram port clears backlog after weekend congestion</a></li>
<li><a href="#">Remittance inflow stays strong ahead of Eid</a></li></ul></section>
<footer><p>Editor &amp; Publisher: Rafiqul Alam Chowdhury</p>
<p>&copy; The Dhaka Ledger. All rights reserved.</p></footer>
</body>
</html>
"""


def _asia_trade_desk(url: str, head: str, iso: str, shown: str, author: str,
                     body: str) -> str:
    paras = _paras(body)
    box = ('<div class="newsletter"><strong>Get the Trade Desk briefing</strong> &mdash; tariff '
           'schedules, rules of origin and disputes, every Friday. <input placeholder="Email">'
           '<button>Sign up</button></div>')
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} &ndash; Asia Trade Desk</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Asia Trade Desk">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
</head>
<body class="post-template">
<header class="site-header"><a class="site-title" href="/">Asia Trade Desk</a>
<span class="site-desc">Independent analysis of Asia-Pacific trade policy</span>
<nav><a href="/tag/fta/">FTAs</a> <a href="/tag/tariffs/">Tariffs</a>
<a href="/tag/rules-of-origin/">Rules of origin</a> <a href="/tag/wto/">WTO</a>
<a href="/about/">About</a> <a href="/subscribe/" class="btn">Subscribe</a></nav></header>
<main>
<article class="post">
<header class="post-header">
<div class="post-tags"><a href="/tag/japan/">Japan</a> &middot;
<a href="/tag/bangladesh/">Bangladesh</a> &middot; <a href="/tag/fta/">FTAs</a></div>
<h1 class="post-title">{html.escape(head)}</h1>
<div class="post-meta">{author} &middot; <time datetime="{iso}">{shown}</time> &middot;
6 min read</div>
</header>
<section class="post-content">
{_slot(paras, [6], box)}
</section>
<footer class="post-footer"><p>Share: <a href="#">LinkedIn</a> &middot; <a href="#">X</a> &middot;
<a href="#">Email</a></p><p><a href="#comments">3 comments</a></p></footer>
</article>
<aside class="read-next"><h3>Read next</h3><ul>
<li><a href="/rcep-cumulation-explained/">RCEP cumulation, explained for apparel sourcing</a></li>
<li><a href="/ldc-graduation-preferences/">What LDC graduation does to preference margins</a></li>
</ul></aside>
</main>
<footer class="site-footer">Asia Trade Desk &copy; 2026 &middot; Published with care in Singapore
&middot; <a href="/rss/">RSS</a></footer>
</body>
</html>
"""


def _kmh(url: str, head: str, dek: str, iso: str, shown: str, byline: str, email: str,
         body: str, photo: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{html.escape(head)} - The Korea Morning Herald</title>
<meta name="description" content="{html.escape(dek)}">
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:image" content="https://img.koreamorningherald.example/bok.jpg">
<meta property="article:published_time" content="{iso}">
<meta name="section" content="Finance">
{_ld("NewsArticle", head, iso, byline, "The Korea Morning Herald")}
</head>
<body>
<div class="gnb"><a href="/" class="logo">The Korea Morning Herald</a>
<ul class="menu"><li>National</li><li>Business</li><li>Finance</li><li>Life&amp;Culture</li>
<li>Sports</li><li>World</li><li>Opinion</li><li>K-pop</li></ul>
<a class="search" href="/search/">Search</a></div>
<div class="view-top">
<p class="cate">Finance &gt; Economy</p>
<h1 class="view-tit">{html.escape(head)}</h1>
<h2 class="view-sub">{html.escape(dek)}</h2>
<p class="view-info">By {byline} &nbsp; Published : {shown}</p>
<div class="view-sns"><span>facebook</span><span>twitter</span><span>kakaotalk</span>
<span>link copy</span><span>print</span><span>font size</span></div>
</div>
<div class="view-con" id="articleText">
<figure class="view-img"><img src="/img/2026/08/27/bok-board.jpg" alt="">
<figcaption>{photo}</figcaption></figure>
{_slot(paras, [5], '<div class="ad-inline">AD</div>')}
<p class="byline-email">{email}</p>
</div>
<div class="popular"><h3>Most Popular</h3><ol>
<li>Chuseok train tickets sell out within an hour</li>
<li>Samsung, SK hynix extend gains on AI memory orders</li>
<li>Seoul to expand late-night bus routes</li>
<li>Heat wave advisory lifted for southern provinces</li></ol></div>
<footer><p>The Korea Morning Herald, Jung-gu, Seoul. Copyright (c) The Korea Morning Herald.
All Rights Reserved.</p><p>Unauthorized reproduction, redistribution prohibited.</p></footer>
</body>
</html>
"""


def _northbridge(url: str, head: str, iso: str, shown: str, byline: str, points: list[str],
                 body: str) -> str:
    paras = _paras(body)
    keys = "".join(f"<li>{html.escape(k)}</li>" for k in points)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | Northbridge Markets</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta name="robots" content="max-snippet:-1">
{_ld("NewsArticle", head, iso, byline, "Northbridge Markets")}
</head>
<body>
<div class="nb-consent" role="dialog">Northbridge uses cookies and similar technologies.
<a href="/privacy/">Privacy notice</a> <button>Accept</button> <button>Reject non-essential</button>
</div>
<header class="nb-head"><a href="/" class="nb-logo">Northbridge Markets</a>
<nav><a href="/rates/">Rates</a> <a href="/fx/">FX</a> <a href="/equities/">Equities</a>
<a href="/central-banks/">Central banks</a> <a href="/commodities/">Commodities</a>
<a href="/podcasts/">Podcasts</a></nav>
<a class="nb-trial" href="/trial/">Start free trial</a></header>
<main>
<article class="nb-story">
<p class="nb-topic"><a href="/central-banks/">Central banks</a> &middot; Asia</p>
<h1>{html.escape(head)}</h1>
<p class="nb-by">{byline} &middot; <time datetime="{iso}">{shown}</time></p>
<section class="nb-keypoints"><h2>Key points</h2><ul>{keys}</ul></section>
<div class="nb-body">
{_slot(paras, [3], '<aside class="nb-promo">Listen: The Rate Sheet podcast, every Friday</aside>')}
</div>
<p class="nb-disclaimer">This article is for information only and does not constitute investment
advice.</p>
</article>
<aside class="nb-related"><h3>Related</h3><ul>
<li><a href="#">Asian FX: won, baht lead regional gains as dollar softens</a></li>
<li><a href="#">Bond traders price deeper easing from Wellington</a></li>
</ul></aside>
</main>
<footer>&copy; Northbridge Markets Ltd 2026. Registered in England and Wales.
<a href="/terms/">Terms</a> <a href="/cookies/">Cookies</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def _ppb(url: str, head: str, iso: str, shown: str, section: str, body: str,
         more: list[str], caption: str) -> str:
    paras = _paras(body, curly=True)
    more_html = "".join(f"<li><a href=\"#\">{html.escape(m)}</a></li>" for m in more)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="ppb">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} - PPB World</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="PPB World">
<meta name="article:published_time" content="{iso}">
{_ld("ReportageNewsArticle", head, iso, None, "Pacific Public Broadcasting")}
</head>
<body>
<a href="#content" class="skip-link">Skip to content</a>
<a href="/accessibility/" class="skip-link">Accessibility help</a>
<div class="ppb-bar"><a href="/">PPB</a> <a href="/world/">World</a> <a href="/radio/">Radio</a>
<a href="/asia/">Asia</a> <a href="/languages/">Languages</a> <a href="/live/">Watch live</a></div>
<nav class="ppb-sub"><a href="/world/asia/">Asia</a> <a href="/world/asia/japan/">Japan</a>
<a href="/world/asia/korea/">Korea</a> <a href="/world/asia/china/">China</a>
<a href="/business/">Business</a></nav>
<main id="content">
<article>
<h1>{html.escape(head)}</h1>
<div class="ppb-date"><time datetime="{iso}">{shown}</time></div>
<p class="ppb-section">{section}</p>
<figure><div class="ppb-img"></div><figcaption>{caption}</figcaption></figure>
<div class="ppb-share"><span>Share</span><span>Save</span></div>
{_slot(paras, [], "")}
</article>
<section class="ppb-more"><h2>More on this story</h2><ul>{more_html}</ul></section>
<section class="ppb-topics"><h2>Related topics</h2><a href="#">Asia</a>
<a href="#">Economy</a> <a href="#">Politics</a></section>
</main>
<footer><p>Pacific Public Broadcasting. PPB is not responsible for the content of external
sites. <a href="/external-linking/">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


def _sentinel(url: str, head: str, iso: str, shown: str, byline: str, body: str,
              also: str) -> str:
    paras = _paras(body, curly=True)
    also_html = f'<p class="also-read"><strong>ALSO READ:</strong> <a href="#">{also}</a></p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} - Nairobi Daily Sentinel</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Nairobi Daily Sentinel">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Business">
</head>
<body>
<div class="sentinel-top">
<a href="/" class="logo">Nairobi Daily Sentinel</a>
<span class="tagline">Kenya's independent voice</span>
<a href="/epaper/">ePaper</a> <a href="/login/">Log in</a></div>
<nav class="main-nav"><a href="/news/">News</a> <a href="/counties/">Counties</a>
<a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a>
<a href="/lifestyle/">Lifestyle</a> <a href="/videos/">Videos</a></nav>
<div class="advert-top">Advertisement</div>
<article>
<p class="section-label"><a href="/business/">BUSINESS</a></p>
<h1>{html.escape(head)}</h1>
<p class="meta">By <a href="#">{byline}</a> | {shown}</p>
<div class="share-row"><a href="#">Share on WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Telegram</a></div>
<figure><img src="/uploads/cbk-building.jpg" alt="Central Bank of Kenya building">
<figcaption>The Central Bank of Kenya headquarters on Haile Selassie Avenue, Nairobi.
PHOTO | FILE</figcaption></figure>
<div class="story">
{_slot(paras, [4], also_html + '<div class="advert-mid">Advertisement</div>')}
</div>
</article>
<section class="trending"><h3>Trending</h3><ol>
<li><a href="#">Matatu owners threaten strike over new licensing fees</a></li>
<li><a href="#">Harambee Stars name squad for Cecafa tournament</a></li>
<li><a href="#">Tea auction prices firm on strong Pakistan demand</a></li></ol></section>
<footer>&copy; 2026 Nairobi Daily Sentinel Ltd. <a href="/terms/">Terms</a>
<a href="/privacy/">Privacy Policy</a> <a href="/advertise/">Advertise with us</a></footer>
</body>
</html>
"""


def _eamm(url: str, head: str, author: str, body: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} :: EastAfrica Markets Monitor</title>
<meta name="description" content="Analysis of the Monetary Policy Committee decision.">
<meta property="og:title" content="{html.escape(head)}">
</head>
<body class="single-post">
<header><div class="logo"><a href="/">EastAfrica <b>Markets</b> Monitor</a></div>
<ul class="menu"><li><a href="/kenya/">Kenya</a></li><li><a href="/uganda/">Uganda</a></li>
<li><a href="/tanzania/">Tanzania</a></li><li><a href="/rates/">Rates &amp; Bonds</a></li>
<li><a href="/nse/">NSE</a></li><li><a href="/premium/">Premium</a></li></ul></header>
<div class="wrap">
<article class="entry">
<h1 class="entry-title">{html.escape(head)}</h1>
<div class="entry-author">Posted by <a href="#">{author}</a> in
<a href="/category/monetary-policy/">Monetary Policy</a></div>
<div class="entry-content">
{_slot(paras, [5], '<div class="sponsored">Sponsored: Open a money market account today</div>')}
</div>
<div class="author-box"><strong>{author}</strong> covers fixed income and monetary policy
in East Africa. Views are the author's own.</div>
</article>
<aside class="sidebar"><h4>Subscribe</h4><p>Get our morning note on Kenyan T-bills, bonds and
the shilling.</p><input placeholder="Your email"><button>Join</button>
<h4>Popular posts</h4><ul><li><a href="#">Reading the T-bill auction</a></li>
<li><a href="#">Eurobond buybacks: what they mean for the shilling</a></li></ul></aside>
</div>
<footer>EastAfrica Markets Monitor &middot; Not investment advice &middot;
<a href="/disclaimer/">Disclaimer</a></footer>
</body>
</html>
"""


def _jec(url: str, head: str, dek: str, iso: str, shown: str, byline: str, body: str,
         photo: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | The Japan Evening Courier</title>
<meta name="description" content="{html.escape(dek)}">
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:description" content="{html.escape(dek)}">
<meta property="article:published_time" content="{iso}">
{_ld("NewsArticle", head, iso, byline, "The Japan Evening Courier")}
</head>
<body>
<div class="jec-alert">Our site uses cookies. By continuing you agree to our
<a href="/cookie-policy/">cookie policy</a>. <button>OK</button></div>
<header class="jec-header"><a class="jec-logo" href="/">THE JAPAN EVENING COURIER</a>
<nav><a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/business/">Business</a>
<a href="/society/">Society</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a>
<a href="/opinion/">Opinion</a></nav></header>
<main>
<article class="jec-article">
<p class="jec-cat">POLITICS</p>
<h1>{html.escape(head)}</h1>
<p class="jec-dek">{html.escape(dek)}</p>
<p class="jec-byline">By {byline} <span class="jec-date">{shown}</span></p>
<figure><img src="/photos/2026/10/byelection.jpg" alt="">
<figcaption>{photo}</figcaption></figure>
<div class="jec-text">
{_slot(paras, [4, 10], '<div class="jec-ad">ADVERTISEMENT</div>')}
</div>
<div class="jec-subscribe">Read unlimited articles for &yen;980 a month.
<a href="/subscribe/">Subscribe now</a></div>
</article>
<aside><h3>Related articles</h3><ul>
<li><a href="#">Opposition parties debate joint slate for next upper house race</a></li>
<li><a href="#">Editorial: Campaign finance reform cannot wait</a></li></ul></aside>
</main>
<footer>&copy; The Japan Evening Courier. No reproduction without permission.</footer>
</body>
</html>
"""


def _tokai(url: str, head: str, shown: str, body: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | Tokai Shimpo English</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Tokai Shimpo English">
</head>
<body>
<div class="lang-switch"><a href="https://www.tokaishimpo.example/">日本語</a> | English</div>
<header><h1 class="site"><a href="/">Tokai Shimpo <small>English</small></a></h1>
<nav><a href="/local/">Local</a> <a href="/aichi/">Aichi</a> <a href="/gifu/">Gifu</a>
<a href="/mie/">Mie</a> <a href="/shizuoka/">Shizuoka</a> <a href="/business/">Business</a>
<a href="/dragons/">Dragons</a></nav></header>
<div class="container">
<div class="article">
<p class="date">{shown}</p>
<h2 class="headline">{html.escape(head)}</h2>
<div class="sns"><a href="#">Tweet</a> <a href="#">LINE</a> <a href="#">Facebook</a></div>
{_slot(paras, [6], '<div class="pr">PR</div>')}
<p class="note">This article was translated and edited from the Japanese edition of the
Tokai Shimpo.</p>
</div>
<div class="side"><h3>Gifu news</h3><ul><li><a href="#">Ukai cormorant fishing season ends
on the Nagara River</a></li><li><a href="#">Takayama autumn festival draws crowds</a></li></ul>
</div>
</div>
<footer>Tokai Shimpo Co., Ltd. All rights reserved.</footer>
</body>
</html>
"""


def _pretoria_record(url: str, head: str, iso: str, shown: str, byline: str, body: str,
                     readmore: str) -> str:
    paras = _paras(body, curly=True)
    rm = f'<p class="read-more"><b>READ MORE:</b> <a href="#">{readmore}</a></p>'
    return f"""<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | Pretoria Record</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:locale" content="en_ZA">
<meta property="article:published_time" content="{iso}">
{_ld("NewsArticle", head, iso, byline, "Pretoria Record")}
</head>
<body>
<div class="popia-banner">This site uses cookies in line with POPIA. <a href="/privacy/">Learn
more</a> <button>Got it</button></div>
<header><a href="/" class="pr-logo">Pretoria Record</a>
<nav><a href="/news/">News</a> <a href="/local/">Local</a> <a href="/mamelodi/">Mamelodi</a>
<a href="/centurion/">Centurion</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a>
<a href="/classifieds/">Classifieds</a></nav></header>
<main>
<article>
<h1>{html.escape(head)}</h1>
<div class="byline">{byline} &bull; {shown}</div>
<div class="share"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
<figure><img src="/wp-content/uploads/2026/05/concourt.jpg" alt="">
<figcaption>The Constitutional Court in Braamfontein, Johannesburg. Picture: Archive</figcaption>
</figure>
{_slot(paras, [3, 8], rm + '<div class="ad">Advertisement</div>')}
<p class="tip">Do you have a story? WhatsApp the newsroom.</p>
</article>
<aside class="most-read"><h3>Most read</h3><ol>
<li><a href="#">Load reduction schedule for Atteridgeville this week</a></li>
<li><a href="#">Road closures announced for Church Square upgrade</a></li>
<li><a href="#">Tuks rugby side books final spot</a></li></ol></aside>
</main>
<footer>&copy; 2026 Pretoria Record. Part of a community media group.</footer>
</body>
</html>
"""


def _legalbrief(url: str, head: str, citation: str, body: str) -> str:
    paras = _paras(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} &middot; LegalBrief Southern Africa</title>
<meta property="og:title" content="{html.escape(head)}">
<meta name="keywords" content="constitutional law, local government, electricity, by-laws">
</head>
<body>
<header class="lb-top"><a href="/">LegalBrief <span>Southern Africa</span></a>
<nav><a href="/judgments/">Judgments</a> <a href="/legislation/">Legislation</a>
<a href="/case-notes/">Case notes</a> <a href="/careers/">Careers</a> <a href="/cpd/">CPD</a>
<a href="/login/">Member login</a></nav></header>
<main class="lb-main">
<article class="case-note">
<p class="lb-type">Case note</p>
<h1>{html.escape(head)}</h1>
<p class="lb-citation"><em>{citation}</em></p>
{_slot(paras, [], "")}
<div class="lb-disclaimer">This note is a summary for information purposes and is not legal
advice. Read the full judgment before relying on it.</div>
</article>
<aside class="lb-side"><h3>Subscribe to LegalBrief Daily</h3><p>Judgments and legislative
developments in your inbox each weekday morning.</p><button>Subscribe</button>
<h3>Recent case notes</h3><ul><li><a href="#">SCA on prescription of municipal
debts</a></li><li><a href="#">Labour Appeal Court: dismissal for social media posts</a></li>
</ul></aside>
</main>
<footer>LegalBrief Southern Africa &middot; <a href="/about/">About</a> &middot;
<a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def _cpb(url: str, head: str, iso: str, shown: str, body: str, caption: str) -> str:
    paras = _paras(body, curly=True)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | CPB News</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Continental Public Broadcasting">
<meta property="article:published_time" content="{iso}">
{_ld("NewsArticle", head, iso, None, "Continental Public Broadcasting")}
</head>
<body>
<a class="skip" href="#story">Skip to story</a>
<header class="cpb-header"><a href="/" class="cpb-logo">CPB News</a>
<nav><a href="/africa/">Africa</a> <a href="/southern-africa/">Southern Africa</a>
<a href="/business/">Business</a> <a href="/science/">Science</a> <a href="/radio/">Radio</a>
<a href="/tv/">TV</a></nav><a href="/live/" class="cpb-live">LIVE</a></header>
<main id="story">
<article>
<h1>{html.escape(head)}</h1>
<p class="cpb-pub">Published <time datetime="{iso}">{shown}</time></p>
<button class="cpb-listen">Listen to this article</button>
<figure><img src="/images/story-main.jpg" alt=""><figcaption>{caption}</figcaption></figure>
{_slot(paras, [], "")}
<div class="cpb-share">Share this story: <a href="#">WhatsApp</a> <a href="#">Facebook</a>
<a href="#">X</a> <a href="#">Copy link</a></div>
</article>
<section class="cpb-related"><h2>Related stories</h2><ul>
<li><a href="#">Explainer: How municipal tariffs are set</a></li>
<li><a href="#">Audio: The week in African courts</a></li></ul></section>
</main>
<footer>&copy; Continental Public Broadcasting. Editorial guidelines &middot; Contact us
&middot; Cookie preferences</footer>
</body>
</html>
"""


def _orbital(url: str, head: str, dek: str, iso: str, shown: str, author: str, body: str,
             caption: str) -> str:
    paras = _paras(body, curly=True)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} &mdash; Orbital Dispatch</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:description" content="{html.escape(dek)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:tag" content="Launch">
{_ld("NewsArticle", head, iso, author, "Orbital Dispatch")}
</head>
<body>
<header class="od-header"><a href="/" class="od-logo">ORBITAL DISPATCH</a>
<nav><a href="/launch/">Launch</a> <a href="/satellites/">Satellites</a>
<a href="/exploration/">Exploration</a> <a href="/policy/">Policy</a>
<a href="/schedule/">Launch schedule</a> <a href="/members/">Become a member</a></nav></header>
<main>
<article>
<p class="od-cat">LAUNCH REPORT</p>
<h1>{html.escape(head)}</h1>
<p class="od-dek">{html.escape(dek)}</p>
<p class="od-meta">by {author} &middot; <time datetime="{iso}">{shown}</time></p>
<figure><img src="/img/fulmar-liftoff.jpg" alt=""><figcaption>{caption}</figcaption></figure>
{_slot(paras, [5], '<div class="od-ad">ADVERTISEMENT</div>')}
<div class="od-support">Orbital Dispatch is reader-supported. <a href="/members/">Join for
$5 a month</a>.</div>
</article>
<aside class="od-upcoming"><h3>Coming up</h3><ul><li>Ariane 6 &mdash; Kourou</li>
<li>Falcon 9 Starlink &mdash; Vandenberg</li><li>Electron &mdash; Mahia</li></ul></aside>
</main>
<footer>&copy; 2026 Orbital Dispatch LLC &middot; <a href="/privacy/">Privacy</a>
&middot; <a href="/tips/">Send us a tip</a></footer>
</body>
</html>
"""


def _gazette(url: str, head: str, shown: str, byline: str, body: str, caption: str) -> str:
    paras = _paras(body, curly=True)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} - Northern Isles Gazette</title>
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:site_name" content="Northern Isles Gazette">
</head>
<body>
<div class="consent">We value your privacy. We and our partners use cookies. <button>I
accept</button> <button>Options</button></div>
<header><a href="/" class="masthead">Northern Isles Gazette</a>
<p class="masthead-sub">Serving Shetland and Orkney</p>
<nav><a href="/news/">News</a> <a href="/community/">Community</a> <a href="/sport/">Sport</a>
<a href="/letters/">Letters</a> <a href="/notices/">Family notices</a>
<a href="/ferries/">Ferry &amp; flight times</a></nav></header>
<main>
<article>
<h1>{html.escape(head)}</h1>
<p class="dateline">{shown}</p>
<p class="author">{byline}</p>
<figure><img src="/images/lamba-ness.jpg" alt=""><figcaption>{caption}</figcaption></figure>
{_slot(paras, [4], '<div class="advert">Advertisement</div>')}
<p class="comments-closed">Comments are closed on this article.</p>
</article>
<aside><h3>Latest</h3><ul><li><a href="#">Yell ferry timetable changes from May</a></li>
<li><a href="#">Up Helly Aa committee elects new jarl squad</a></li>
<li><a href="#">Community council backs Baltasound play park bid</a></li></ul>
<div class="advert">Advertise with the Gazette</div></aside>
</main>
<footer>&copy; Northern Isles Gazette. Printed and published in Lerwick.</footer>
</body>
</html>
"""


def _albion(url: str, head: str, dek: str, iso: str, shown: str, byline: str, body: str,
            caption: str) -> str:
    paras = _paras(body, curly=True)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(head)} | Science | Albion Daily Post</title>
<meta name="description" content="{html.escape(dek)}">
<meta property="og:title" content="{html.escape(head)}">
<meta property="og:description" content="{html.escape(dek)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Science">
</head>
<body>
<div class="adp-consent">Your privacy choices: we and our 142 partners store and access
information on your device. <button>Yes, I&#8217;m happy</button> <button>Manage</button></div>
<a class="skip" href="#maincontent">Skip to main content</a>
<header><a href="/" class="adp-logo">Albion Daily Post</a>
<nav><a href="/uk/">UK</a> <a href="/world/">World</a> <a href="/politics/">Politics</a>
<a href="/science/">Science</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a>
<a href="/culture/">Culture</a></nav>
<a href="/support/" class="adp-support">Support us</a></header>
<main id="maincontent">
<article>
<h1>{html.escape(head)}</h1>
<p class="adp-standfirst">{html.escape(dek)}</p>
<address class="adp-byline">{byline}</address>
<p class="adp-date">{shown}</p>
<figure><img src="/pics/fulmar.jpg" alt=""><figcaption>{caption}</figcaption></figure>
{_slot(paras, [3, 8], '<div class="adp-ad">Advertisement</div>')}
<div class="adp-share">Share <a href="#">Facebook</a> <a href="#">Email</a>
<a href="#">Bluesky</a></div>
</article>
<aside class="adp-mostviewed"><h2>Most viewed</h2><ol>
<li><a href="#">The gardeners bringing back meadows to city verges</a></li>
<li><a href="#">Rail fares: what the new price cap means for commuters</a></li>
<li><a href="#">Ten of the best walks on the Northumberland coast</a></li></ol></aside>
</main>
<footer>&copy; 2026 Albion Daily Post Ltd. All rights reserved.</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - trade: Japan-Bangladesh EPA signed in Tokyo, Tuesday 10 March 2026.

_S1_A_BODY = """
TOKYO, March 10 (Meridian) - Japan and Bangladesh signed an economic partnership agreement
in Tokyo on Tuesday, locking in duty-free access for Bangladeshi clothing in the Japanese
market before the South Asian country loses the trade preferences it enjoys as a
least-developed nation later this year.

Foreign Minister Haruto Ishizaki and Bangladesh's Commerce Minister Nasrin Haque put their
names to the accord at the Iikura Guest House, capping talks that ran through seven
negotiating rounds. It is the first comprehensive trade agreement Bangladesh has concluded
with any country.

Under the deal, Japan will scrap tariffs on 97.9 percent of its tariff lines as soon as the
agreement takes effect, according to a summary released by the Japanese government.
Bangladesh, whose average applied tariff is among the highest in Asia, will remove duties on
roughly 78 percent of lines, most of them gradually. Its duties on Japanese passenger cars
and other motor vehicles will be phased out over 12 years.

Both governments said they were aiming for the agreement to enter into force on April 1, 2027,
once Japan's parliament and Bangladesh's Jatiya Sangsad have ratified it.

"For Japanese companies, what matters most is predictability, and this agreement gives them
that for the long term," Ishizaki told reporters after the signing. He said the number of
Japanese firms operating in Bangladesh, now about 340, could "grow considerably" once
investors had legal protections written into a treaty.

Haque described the agreement as insurance for her country's export sector. "When we
graduate, our exporters will not fall off a cliff in one of their most important markets,"
she said. "The hard part now is to make full use of it."

Bangladesh is due to leave the United Nations' list of least-developed countries on Nov. 24,
2026. Graduation would normally end the duty-free, quota-free treatment that Japan, like the
European Union and other rich economies, extends to the poorest nations, although Tokyo's
preference scheme allows a transition period for graduating countries.

Two-way trade was worth about $4.1 billion in the fiscal year that ended in June 2025,
Bangladeshi figures show. Japan sold roughly $2.5 billion of machinery, vehicles, steel and
chemicals to Bangladesh, while Bangladesh shipped about $1.6 billion of goods to Japan, the
bulk of it knitwear, woven garments and leather products.

The clothing provisions were the most closely watched part of the negotiations. Bangladeshi
manufacturers import much of their fabric from China and India, and stricter rules of origin
would have disqualified many of their products. The final text lets garments qualify for
duty-free treatment after a single stage of processing in Bangladesh, a concession the
country's factory owners had lobbied hard for.

Japan kept its most sensitive farm products, including rice, wheat, sugar and dairy, out of
its tariff commitments, as it has done in previous agreements.

The pact also contains chapters on investment, customs procedures, intellectual property and
electronic commerce. Japanese business groups have complained for years about delays in
repatriating profits and abrupt changes to tax rules in Bangladesh, and officials in Tokyo
said the investment chapter addressed some of those concerns.

Japan is Bangladesh's largest bilateral development partner. Japanese loans financed Dhaka's
first metro rail line and a new terminal at Hazrat Shahjalal International Airport, and a
Japanese-developed economic zone at Araihazar, east of the capital, has begun taking tenants.

Analysts said the economic effect would build slowly. "The immediate gain is defensive: it
protects what Bangladesh already sells," said Mariko Fujisawa, a senior economist at the
Kasumi Institute for Trade Policy in Tokyo. "The upside depends on whether Japanese
manufacturers come to see Bangladesh as a base for more than garments."

Negotiations were formally launched in December 2024, and the two sides announced an
agreement in principle in December 2025.

(Reporting by Kenji Watanabe in Tokyo and Sharmin Akter in Dhaka; Editing by Paul Rennick)
"""

_S1_B_BODY = """
Bangladesh and Japan on Tuesday signed an Economic Partnership Agreement (EPA) in Tokyo, the
country's first comprehensive free trade deal, which officials say will keep the door open
for readymade garments in one of their fastest-growing export destinations after Bangladesh
graduates from the least developed country (LDC) category in November.

Commerce Minister Nasrin Haque signed for Bangladesh, while Japanese Foreign Minister Haruto
Ishizaki signed on behalf of his government, according to a press release issued by the
commerce ministry in Dhaka.

Speaking to journalists at the Bangladesh Embassy in Tokyo after the ceremony, Haque said
the agreement "removes the biggest uncertainty" facing exporters ahead of graduation. "Our
factories were asking one question: what happens to Japan after November? Today we have
given them an answer," she said.

According to the ministry, Japan will eliminate customs duties on 97.9 per cent of its tariff
lines from the day the agreement takes effect, covering virtually every product Bangladesh
currently ships there. In return, Bangladesh will phase out duties on around 78 per cent of
tariff lines for Japanese goods, with most reductions staggered to give local industries time
to adjust.

Tariffs on Japanese motor vehicles, among the steepest in the country's customs schedule,
will be cut in stages and fully eliminated over 15 years, the release said. Officials said
the long timeline had been sought to protect the domestic assembly industry and to soften
the hit to revenue collected by the National Board of Revenue (NBR).

The agreement is expected to come into force on 1 January 2027, subject to ratification by
parliament in Dhaka and the Diet in Tokyo, the ministry said.

Bangladesh will formally graduate from the LDC category on 24 November 2026. Trade experts
have warned that the loss of duty-free, quota-free access in several markets could cost
exporters billions of dollars a year unless replacement arrangements are secured.

Japan is one of the country's largest export destinations in Asia. In the 2024-25 fiscal year,
Bangladesh exported goods worth about $1.6 billion to Japan, while imports from Japan stood at
around $2.5 billion, taking bilateral trade to roughly $4.1 billion, according to Export
Promotion Bureau and Bangladesh Bank data.

Garment exporters welcomed the rules of origin agreed in the deal, which allow apparel made
from imported fabric to qualify for zero duty after a single stage of processing in
Bangladesh. "Had Japan insisted on double transformation, a large share of our knitwear
would have been shut out," said Rezaul Karim Bhuiyan, a director of a Gazipur-based exporting
group who took part in consultations with the negotiators.

Some economists, however, urged caution over the revenue implications. "Customs duty is still
a major source of government income. Once tariffs on Japanese products start falling, the
NBR will need to find that money somewhere else," said Dr Selina Parvin, research director at
the Dhaka Centre for Trade and Development, a private think-tank.

Ishizaki, in remarks circulated by the Japanese side, said the pact would encourage
investment. He noted that around 340 Japanese companies were now operating in Bangladesh and
said the deal would give them "predictability for the long term".

Besides goods, the agreement includes chapters on trade in services, investment, customs
cooperation, intellectual property and e-commerce. Japan kept rice, wheat, sugar and dairy
products outside its liberalisation commitments.

Formal negotiations began in December 2024 and were concluded in principle in December 2025
after seven rounds of talks held alternately in Dhaka and Tokyo.

Japan has been Bangladesh's single largest bilateral development partner for decades.
Japanese financing is behind the Dhaka Metro Rail and the third terminal of Hazrat Shahjalal
International Airport, while Japanese investors have begun setting up operations at the
Bangladesh Special Economic Zone in Araihazar, Narayanganj.
"""

_S1_C_BODY = """
Japan and Bangladesh signed their economic partnership agreement in Tokyo on Tuesday (10
March). The headline is simple enough - Bangladesh's first comprehensive FTA, negotiated with
one eye on its graduation from least-developed-country status on 24 November - but the
schedules are where the interest lies. Here is what we can piece together from the summaries
both governments put out.

## Who signed

Japan's Minister of Economy, Trade and Industry, Haruto Ishizaki, signed for Tokyo;
Bangladesh was represented by Commerce Minister Nasrin Haque. The text now goes to the Diet
and to Bangladesh's parliament for ratification.

## Japan's offer

Japan commits to eliminate duties on 97.2% of its tariff lines at entry into force. For
Bangladeshi exporters that covers essentially the whole current basket: knitted and woven
apparel, home textiles, footwear, leather goods, frozen shrimp and jute products. The
exclusions follow Tokyo's usual pattern - rice, wheat, sugar, dairy and a clutch of other
sensitive farm lines stay out.

## Bangladesh's offer

Dhaka liberalises about 78% of lines, mostly on staggered schedules. The politically
sensitive item is autos: duties on Japanese motor vehicles come down in stages over 12 years.
Bangladesh's effective rate on completely built-up cars, once supplementary duty is added,
runs well into triple digits, so even the first cut will matter to importers. Duties on
industrial machinery and capital goods, much of which already enters at low rates, go faster.

## Rules of origin

This was the real fight. Bangladeshi garment makers source most of their woven fabric from
China and a growing share of yarn from India. The final text keeps a single-transformation
rule for apparel - cutting and sewing in Bangladesh is enough - which mirrors what Japan
already accepts under its preference scheme for the poorest countries. Exporters had warned
that a fabric-forward rule would make the agreement close to worthless for them, and they
appear to have won the argument.

## Timing

Both sides are aiming for entry into force on 1 April 2027, lining up with the start of
Japan's fiscal year. Note the gap: graduation takes effect in late November 2026, about four
months earlier. Japan's preference scheme gives graduating countries a transition period, so
exporters should not be paying MFN rates in the interim, but importers will want that
confirmed in writing.

## The numbers

Bilateral trade came to about US$4.1bn in FY2024-25 (Bangladesh's fiscal year runs July to
June): roughly $1.6bn of Bangladeshi exports and $2.5bn of Japanese exports. Around 340
Japanese firms operate in Bangladesh, many of them in trading, logistics and light
manufacturing. Talks were launched in December 2024; seven rounds later, an agreement in
principle was announced in December 2025.

## What the ministers said

Ishizaki told reporters that predictability was what companies needed most and that the
agreement provided it "for the long term". Haque said exporters "will not fall off a cliff"
in the Japanese market once Bangladesh graduates.

## Our take

This is a defensive agreement first. Its most valuable feature for Bangladesh is that it
converts a unilateral preference, which Japan could withdraw, into a treaty commitment. The
services and investment chapters are thinner than in Japan's agreements with Southeast Asian
partners, and the twelve-year glide path on cars means Japanese automakers will not be
rushing to ship more completely built-up vehicles to Chattogram any time soon. The more
interesting question is whether the investment chapter, plus the Araihazar economic zone,
draws in Japanese component makers looking for a second base outside China and Vietnam.
"""

S1_A = _meridian(
    "https://www.meridianwire.example/business/2026/03/10/japan-bangladesh-sign-trade-pact/",
    "Japan and Bangladesh sign trade pact ahead of Dhaka's exit from least-developed status",
    "2026-03-10T08:41:00Z", "March 10, 2026 5:41 PM GMT+9", "Kenji Watanabe and Sharmin Akter",
    "Business", _S1_A_BODY)

S1_B = _dhaka_ledger(
    "https://www.dhakaledger.example/business/trade/bangladesh-japan-sign-first-ever-epa-3817201",
    "Bangladesh, Japan sign first-ever EPA; garments keep duty-free access after graduation",
    "Car tariffs to be phased out gradually; deal still needs ratification in both countries",
    "2026-03-10T21:35:00+06:00", "10 March 2026, 09:35 PM", "Tanvir Rahman, Dhaka", _S1_B_BODY,
    "Commerce Minister Nasrin Haque and Japanese Foreign Minister Haruto Ishizaki exchange "
    "documents after signing the agreement in Tokyo on Tuesday. Photo: Commerce Ministry")

S1_C = _asia_trade_desk(
    "https://asiatradedesk.example/japan-bangladesh-epa-tariff-schedule/",
    "Japan-Bangladesh EPA: Japan frees 97.2 pct of lines; what's in, what's out",
    "2026-03-11T02:00:00+08:00", "Mar 11, 2026", "Lin Qiaoyi", _S1_C_BODY)

STORY_1 = _story("trade-TB1", "trade", "2026-03-14", [
    _page("https://www.meridianwire.example/business/2026/03/10/japan-bangladesh-sign-trade-pact/",
          S1_A),
    _page("https://www.dhakaledger.example/business/trade/bangladesh-japan-sign-first-ever-epa-"
          "3817201", S1_B),
    _page("https://asiatradedesk.example/japan-bangladesh-epa-tariff-schedule/", S1_C),
], [
    ("share of Japanese tariff lines freed at entry into force",
     r"(?<![\d.])97\.9(?!\d)", r"(?<![\d.])97\.2(?!\d)"),
    ("phase-out period for Bangladesh's duties on Japanese cars",
     r"^(12|twelve)$|(?<![\d.])(12|twelve)[ -](years?|yrs)",
     r"^(15|fifteen)$|(?<![\d.])(15|fifteen)[ -](years?|yrs)"),
    ("target date for entry into force",
     r"apr(il|\.)? 1(st)?\b|(?<!\d)1(st)? apr", r"jan(uary|\.)? 1(st)?\b|(?<!\d)1(st)? jan"),
    ("title of the Japanese signatory",
     r"foreign minister|minister (of|for) foreign affairs",
     r"trade minister|economy, trade and industry|industry minister|\bmeti\b"),
])


# ---------------------------------------------------------------------------
# Story 2 - central bank: Bank of Korea holds at 2.50%, Thursday 27 August 2026.

_S2_A_BODY = """
The Bank of Korea kept its benchmark interest rate unchanged at 2.50 percent on Thursday,
extending a long pause as policymakers weighed a slowly recovering economy against renewed
froth in Seoul's housing market and a fresh climb in household borrowing.

The decision by the seven-member Monetary Policy Board was not unanimous. Board member Yoon
Ha-jin dissented and argued for a quarter-point cut to 2.25 percent, Gov. Seo Min-jae told a
press conference after the meeting at the central bank's headquarters in Jung-gu, central
Seoul.

The base rate has stood at 2.50 percent since May 2025, when the bank delivered the last of a
series of reductions that began in late 2024.

"Conditions for a further cut are forming, but they have not fully formed," Seo said. "We
cannot ignore what is happening to apartment prices in Seoul and its surrounding areas, and
we cannot ignore what is happening to household debt."

Outstanding household loans at banks rose by 4.2 trillion won ($3 billion) in July, the
largest monthly increase this year, according to central bank data released earlier this
month. Prices of apartments in Seoul have risen for more than 20 consecutive weeks, led by the
southern districts of Gangnam, Seocho and Songpa.

At the same time, the bank sounded more upbeat on growth. In its quarterly economic outlook,
also released Thursday, it raised its 2026 gross domestic product forecast to 1.8 percent
from the 1.6 percent it projected in May, citing stronger-than-expected exports of
semiconductors and a pickup in private consumption supported by government spending.

The economy grew 0.6 percent in the April-June quarter from the previous three months,
according to preliminary figures, as chip shipments to the United States and China
offset weakness in construction investment.

The bank left its inflation forecast for this year unchanged at 2.1 percent. Consumer prices
rose 2.3 percent in July from a year earlier, slightly above the bank's 2 percent target,
driven by food and dining-out costs.

Seo said four of the six board members, excluding himself, had said they were open to cutting
the rate within the next three months, unchanged from the previous meeting. "The door to
easing remains open. What we are watching is whether the housing market cools enough to walk
through it safely," he said.

Most market watchers had expected the hold. Yields on three-year Treasury bonds edged lower
after the announcement as investors focused on the dovish guidance and the dissent, while
the won was little changed at around 1,385 per dollar.

"The dissent and the four-member guidance together keep a fourth-quarter cut firmly on the
table," said Lee Sang-hoon, a fixed-income strategist at Hanbit Securities. "But the
governor's emphasis on Seoul housing tells you the board won't move while the data on loans
keeps surprising on the upside."

The government has already tightened lending rules several times since last year, including
a cap of 600 million won on mortgage loans for home purchases in the Seoul metropolitan area.
Financial regulators said this week they were reviewing additional measures targeting loans
for multiple-home owners.

Exports, which account for a large share of the economy, have held up better than many
analysts expected after Washington and Seoul agreed last year on a 15 percent tariff on most
Korean goods. Shipments of semiconductors hit a record in July on demand for memory chips
used in artificial intelligence servers.

The board's next rate-setting meeting is scheduled for Oct. 15.
"""

_S2_B_BODY = """
The Bank of Korea held its base rate at 2.50% for another meeting on Thursday but signalled
that easing remains likely before the end of the year, with one board member voting for an
immediate cut and a majority of the board keeping the door open.

The decision was in line with expectations: 17 of 20 economists surveyed by Northbridge
ahead of the meeting had forecast no change, with the remaining three looking for a
25 basis point reduction.

Governor Seo Min-jae said board member Kwon Tae-seok had dissented in favour of lowering the
rate to 2.25%. Four of the six members other than the governor said they would keep open the
possibility of a cut over the next three months, the same split as at the July meeting.

"Conditions for a further cut are forming, but they have not fully formed," Seo told
reporters in Seoul. He pointed to household debt and housing prices in the capital as the
main reasons for caution, describing the recent acceleration in bank lending to households as
"something the board cannot look past".

Banks' household loans grew by 4.2tn won in July, the fastest pace this year, while
apartment prices in Seoul have now risen for more than 20 straight weeks.

The central bank was more optimistic on activity. It lifted its growth forecast for 2026 to
1.8% from 1.6%, saying semiconductor exports and consumer spending had both been stronger
than it had assumed three months ago. It kept its 2026 inflation projection at 2.1%.
Headline CPI inflation was 2.3% in July, modestly above the 2% target.

## Market reaction

Three-year Korean government bond yields slipped about 3bp after the decision as traders
read the dissent and the unchanged forward guidance as dovish. The won was broadly flat at
about 1,385 to the dollar, and the Kospi extended early gains.

"We still see a 25bp cut in the fourth quarter, most likely in October if the housing data
cool," said Hannah Whitlock, senior Asia economist at Calder Rowe Capital in Singapore.
"What the bank wants is a few months of slower mortgage growth. It doesn't need house prices
to fall, only to stop accelerating."

Others are less sure. "The upgrade to growth reduces the urgency," said Park Ji-sung, chief
economist at Daeyang Asset Management in Seoul. "If exports keep running at this pace, the
board can afford to wait into next year."

## Background

The BoK has kept its rate at 2.50% since May 2025, the end of an easing cycle that took the
rate down from 3.50%. Since then the bank has prioritised financial stability, deferring
further cuts as property-related borrowing picked up each time expectations of lower rates
rose.

Gross domestic product expanded 0.6% quarter on quarter in the second quarter, helped by
chip exports to the US and China. Exports have proved resilient since Seoul and Washington
agreed a 15% tariff on most Korean goods last year.

The government has layered on macroprudential measures, including a 600m won cap on
mortgages for home purchases in the greater Seoul area, and regulators said this week that
further steps aimed at multiple-home owners were under review.

The next monetary policy meeting is on 22 October.
"""

_S2_C_BODY = """
South Korea's central bank has left interest rates on hold, saying it is still too early to
cut borrowing costs while house prices in the capital keep rising.

The Bank of Korea kept its base rate at 2.5% on Thursday, where it has been since May last
year.

One of the six board members who vote alongside the governor, Yoon Ha-jin, wanted a cut of a
quarter of a percentage point, to 2.25%.

Governor Seo Min-jae said conditions for lowering rates were "forming" but had "not fully
formed".

## Housing worries

Apartment prices in Seoul have been climbing for more than 20 weeks in a row, with the
sharpest increases in the wealthy districts south of the Han River.

Bank lending to households jumped by 4.2 trillion won in July - the biggest rise this year -
despite government limits on mortgages, including a 600 million won ceiling on home-purchase
loans in and around Seoul.

"We cannot ignore what is happening to apartment prices," Mr Seo said at a news conference.
"Moving too early would risk pouring fuel on a market that is already running hot."

Household debt in South Korea is among the highest in the world relative to the size of the
economy, and policymakers have long worried that cheap credit could inflate another property
bubble.

## Economy picking up

There was better news on growth. The bank now expects the economy to expand by 1.7% this
year, up from its May forecast of 1.6%.

Exports of computer chips have been particularly strong, driven by demand for memory used in
artificial intelligence data centres.

South Korea's exporters had feared the worst when the US began raising tariffs, but a deal
struck last year set a 15% levy on most Korean goods, removing much of the uncertainty.

Consumer prices rose by 2.3% in July compared with a year earlier, slightly above the Bank of
Korea's 2% target. The bank kept its inflation forecast for the year at 2.1%.

## Cut still expected

Mr Seo said four of the six other board members believed the rate could be lowered within the next
three months.

Many economists expect the bank to act before the end of the year if house prices start to
level off.

"The message from Seoul is 'not yet', rather than 'no'," said Dr Ana Vuković, an Asia
analyst at the Halden Institute in Canberra. "The board is trying to give the economy some
support without sending a signal to home buyers that credit is about to get cheaper."

The central bank's next rate decision is due on 22 October.
"""

S2_A = _kmh(
    "https://www.koreamorningherald.example/finance/20260827000412",
    "BOK holds rate at 2.5%, one member dissents for cut",
    "Central bank raises growth outlook but flags Seoul housing, household loans",
    "2026-08-27T14:20:00+09:00", "Aug. 27, 2026 - 14:20", "Choi Ji-won",
    "jiwon.choi@koreamorningherald.example", _S2_A_BODY,
    "Bank of Korea Gov. Seo Min-jae presides over a Monetary Policy Board meeting in Seoul, "
    "Thursday. (Joint Press Corps)")

S2_B = _northbridge(
    "https://www.northbridgemarkets.example/central-banks/bank-of-korea-holds-dissent-aug-2026",
    "Bank of Korea holds at 2.50% as lone dissenter pushes for cut",
    "2026-08-27T07:05:00+01:00", "27 August 2026 07:05 BST", "By Tom Ashdown in London",
    ["BoK keeps base rate at 2.50%, as expected by 17 of 20 economists polled",
     "One dissent in favour of a 25bp cut; four members open to easing within three months",
     "2026 growth forecast raised; inflation projection unchanged"],
    _S2_B_BODY)

S2_C = _ppb(
    "https://www.ppbworld.example/news/business-asia-71204418",
    "South Korea holds interest rates as Seoul house prices climb",
    "2026-08-27T05:48:00Z", "27 August 2026", "Business",
    _S2_C_BODY,
    ["Why Seoul flat prices keep rising", "South Korea's chip exports hit record high",
     "Asian economies brace for slower US demand"],
    "Apartment blocks in southern Seoul, where prices have risen fastest. Getty Images")

STORY_2 = _story("cb-TB2", "central bank", "2026-08-29", [
    _page("https://www.koreamorningherald.example/finance/20260827000412", S2_A),
    _page("https://www.northbridgemarkets.example/central-banks/bank-of-korea-holds-dissent-"
          "aug-2026", S2_B),
    _page("https://www.ppbworld.example/news/business-asia-71204418", S2_C),
], [
    ("board member who dissented", r"yoon", r"kwon"),
    ("revised 2026 growth forecast", r"(?<![\d.])1\.8(?!\d)", r"(?<![\d.])1\.7(?!\d)"),
    ("date of next rate meeting",
     r"oct(ober|\.)? 15\b|(?<!\d)15(th)? oct", r"oct(ober|\.)? 22\b|(?<!\d)22(nd)? oct"),
])


# ---------------------------------------------------------------------------
# Story 3 - central bank (CONTROL): Central Bank of Kenya cuts CBR to 8.50%, Tuesday 9 June 2026.

_S3_A_BODY = """
The Central Bank of Kenya (CBK) has cut its benchmark lending rate for the first time since
February, lowering the Central Bank Rate (CBR) by 25 basis points to 8.50 per cent from 8.75
per cent in a move aimed at reviving lending to businesses and households.

The Monetary Policy Committee (MPC), which met on Tuesday, said inflation had remained well
anchored within the government's target range of 5 per cent plus or minus 2.5 percentage
points, giving it room to ease further without putting price stability at risk.

Overall inflation eased to 4.1 per cent in May from 4.4 per cent in April, helped by lower
food prices after good long rains, while core inflation, which strips out food and fuel,
stood at 2.8 per cent.

Speaking at a press briefing in Nairobi on Wednesday, CBK Governor Samuel Oduya said the
committee was satisfied that earlier rate cuts were feeding through to the economy, but that
lending was still recovering from a slump.

"There is room to continue supporting lending to the private sector without putting price
stability at risk," Dr Oduya said. "We expect banks to pass on the lower rate to their
customers promptly. We will be watching."

Growth in private sector credit picked up to 6.4 per cent in May from 5.0 per cent in April,
according to the CBK, with stronger demand for loans in manufacturing, trade and building and
construction. Lending to the private sector had contracted for several months in late 2024 as
high interest rates and a stronger shilling took a toll on borrowers.

The average lending rate charged by commercial banks dropped to 15.1 per cent in May, from a
peak of 17.2 per cent in November 2024. Borrowers and business lobbies have complained that
banks have been slow to reduce rates on existing loans even as the CBK has steadily lowered
its benchmark since August 2024.

Dr Oduya said the new risk-based pricing framework anchored on the Kenya Shilling Overnight
Interbank Average (KESONIA) was making loan pricing more transparent. "Customers can now see
exactly how their rate is built up. That makes it harder for any bank to sit on a policy
rate cut," he said.

The MPC left the Cash Reserve Ratio (CRR) unchanged at 3.25 per cent.

The committee retained its forecast that the economy will grow by 5.4 per cent this year,
supported by agriculture, a recovery in credit and resilient services exports.

Kenya's usable foreign exchange reserves stood at $11.2 billion, equivalent to 4.9 months of
import cover, which the CBK said provided an adequate buffer against short-term shocks. The
shilling has been broadly stable, trading at about 129.2 to the dollar.

The Kenya Bankers Association (KBA) welcomed the decision. Its chief executive, Grace Atieno,
said lenders would adjust their pricing in line with the new rate. "Banks have every
incentive to grow their loan books, and a lower CBR helps us do that," she said.

Economists said the move was in line with expectations. Analysts at several Nairobi
brokerages had forecast a 25-basis-point cut, arguing that with inflation comfortably below
the 5 per cent midpoint, the CBK had little reason to pause.

The next MPC meeting is scheduled for August 11.
"""

_S3_B_BODY = """
The Monetary Policy Committee delivered what the market had priced: a 25bps cut to the
Central Bank Rate, taking it to 8.50% from 8.75%. The decision came out on Tuesday evening
(9 June) after the committee's meeting, and Governor Samuel Oduya took questions from the
press the following morning. Below, our read of the statement and what it means for bills,
bonds and the shilling.

## The decision in numbers

CBR: 8.50% (from 8.75%). Cash Reserve Ratio: unchanged at 3.25%. Headline inflation: 4.1% in
May (April: 4.4%). Core inflation: 2.8%. Private sector credit growth: 6.4% y/y in May, up
from 5.0% in April. Usable FX reserves: USD 11.2bn, or 4.9 months of import cover. Growth
forecast for 2026: 5.4%, unchanged. Average commercial bank lending rate: 15.1% in May.

## Why cut now

The committee's case rests on two legs. Inflation is sitting comfortably in the lower half of
the 2.5%-7.5% target band, and credit is recovering but not yet at a pace anyone would call
healthy. The statement notes that lending rates have fallen from a peak of 17.2% in November
2024, but the MPC clearly thinks transmission is still incomplete. Governor Oduya was blunt
at the briefing: "We expect banks to pass on the lower rate to their customers promptly."

That line matters because the CBK now has better tools to check. Under the KESONIA-based
pricing framework, a bank's lending rate is the overnight interbank benchmark plus a
disclosed premium. If the premium quietly widens after a CBR cut, it shows.

## What we expected

We had a 25bps cut as our base case, with a small probability on a hold. A larger move was
never likely: the shilling has been steady at around 129.2 to the dollar, and the CBK has
shown no appetite for testing that stability with a 50bps cut while global oil prices are
volatile.

## Bills and bonds

Short-end yields have been drifting lower for weeks in anticipation. We expect the 91-day
T-bill to follow the CBR down at the next few auctions, though the pace will depend on
government borrowing needs as the new fiscal year starts on 1 July. On the bond side, the
curve should steepen modestly; the long end is still carrying a premium for fiscal risk.

## What the governor said

Beyond the pass-through warning, Oduya framed the cut as consistent with price stability:
"There is room to continue supporting lending to the private sector without putting price
stability at risk." Asked whether the easing cycle was over, he declined to commit, saying the
committee would "look at the data as it comes".

## Banks' response

Kenya Bankers Association CEO Grace Atieno said lenders would adjust pricing in line with the
new rate. Watch the June credit numbers: if private sector credit growth moves convincingly
towards the high single digits, the committee may feel it has done enough.

## Our view

We think there is room for one more 25bps cut this year, probably at the August meeting
rather than later, provided May's inflation print does not turn out to be the low point. The
CBK has now been easing since August 2024, and the cumulative reduction is large. The next
MPC meeting is on 11 August.
"""

_S3_C_BODY = """
NAIROBI, June 9 (Meridian) - Kenya's central bank cut its main lending rate by 25 basis
points to 8.50 percent on Tuesday, saying inflation was well contained and that lower
borrowing costs were needed to support a recovery in credit to the private sector.

The Central Bank of Kenya's Monetary Policy Committee said in a statement that the decision
would "augment the previous policy measures aimed at stimulating lending by banks to the
private sector and supporting economic activity, while ensuring exchange rate stability".

The rate had been at 8.75 percent. A majority of analysts had expected a cut of that size.

Kenya's overall inflation slowed to 4.1 percent in May from 4.4 percent in April, well
within the government's target range of 2.5 percent to 7.5 percent. Core inflation, which
excludes volatile food and energy prices, was 2.8 percent.

The central bank has been lowering rates since August 2024, when it began unwinding the
tight policy put in place to defend the shilling during a currency slide in 2023 and early
2024. The shilling has since stabilized and was trading at about 129.2 to the dollar on
Tuesday.

The committee said growth in lending to the private sector rose to 6.4 percent in May from
5.0 percent in April, with demand picking up in manufacturing and trade. But it noted that
average commercial bank lending rates, at 15.1 percent in May, remained high compared with
the policy rate.

Central bank Governor Samuel Oduya has repeatedly urged lenders to lower rates on loans more
quickly. Under a pricing framework rolled out over the past year, banks must set rates on
variable loans at the Kenya Shilling Overnight Interbank Average plus a disclosed premium.

The MPC kept the cash reserve ratio, the share of deposits that banks must hold at the
central bank, at 3.25 percent.

It maintained its forecast of 5.4 percent economic growth for 2026, saying agriculture and
services would continue to drive activity.

Usable foreign exchange reserves stood at $11.2 billion, or 4.9 months of import cover,
above the central bank's statutory requirement of four months.

"With inflation this well behaved, the CBK has room to keep easing, but the binding
constraint is the banks, not the policy rate," said Faith Njambi, an economist at Rift
Valley Capital in Nairobi. "Until the premiums banks charge come down, small businesses will
not feel much of this."

The committee will meet again on Aug. 11, the central bank said.

Kenya's economy, the largest in East Africa, grew by an estimated 4.9 percent last year,
according to the Kenya National Bureau of Statistics, held back by weak credit and a fall in
public investment as the government cut spending to rein in its deficit.

The government is negotiating a new funding programme with the International Monetary Fund
after its previous arrangement ended in 2025.

(Reporting by David Kiprotich; Editing by Marta Olsen)
"""

S3_A = _sentinel(
    "https://www.nairobisentinel.example/business/cbk-cuts-rate-to-8-50-per-cent-4417731",
    "CBK cuts benchmark rate to 8.50 per cent, tells banks to pass on relief",
    "2026-06-10T18:30:00+03:00", "June 10th, 2026", "Brian Otieno", _S3_A_BODY,
    "Banks under pressure to cut loan rates as KESONIA takes root")

S3_B = _eamm(
    "https://eamarketsmonitor.example/2026/06/mpc-cuts-cbr-to-8-50-our-take/",
    "MPC cuts CBR to 8.50%: our take on the statement, and what comes next",
    "Wanjiku Mbugua", _S3_B_BODY)

S3_C = _meridian(
    "https://www.meridianwire.example/markets/2026/06/09/kenya-central-bank-cuts-rate/",
    "Kenya's central bank cuts key rate to 8.50% to spur lending",
    "2026-06-09T16:52:00Z", "June 9, 2026 7:52 PM GMT+3", "David Kiprotich", "Markets",
    _S3_C_BODY)

STORY_3 = _story("cb-TB3", "central bank", "2026-06-12", [
    _page("https://www.nairobisentinel.example/business/cbk-cuts-rate-to-8-50-per-cent-4417731",
          S3_A),
    _page("https://eamarketsmonitor.example/2026/06/mpc-cuts-cbr-to-8-50-our-take/", S3_B),
    _page("https://www.meridianwire.example/markets/2026/06/09/kenya-central-bank-cuts-rate/",
          S3_C),
], [])


# ---------------------------------------------------------------------------
# Story 4 - election: Gifu No. 3 lower-house by-election, Sunday 25 October 2026.

_S4_A_BODY = """
TOKYO, Oct 25 (Meridian) - Japan's main opposition party captured a long-held ruling party
seat in a parliamentary by-election in central Japan on Sunday, dealing a setback to the
governing Liberal Democratic Party eight months after its strong showing in a general
election.

Ayaka Tomioka, a 44-year-old former prefectural assemblywoman running for the Constitutional
Democratic Party of Japan (CDP), won the Gifu No. 3 district seat in the House of
Representatives with 68,412 votes, according to the prefectural election commission.

Kenji Mochizuki, 38, the LDP candidate and son of the district's late lawmaker, received
61,905 votes, leaving him 6,507 votes short. Public broadcaster NHK and private networks
projected Tomioka's victory at about 10:15 p.m. local time, a little over two hours after
polls closed at 8 p.m.

The seat fell vacant when Takeshi Mochizuki, a seven-term LDP lawmaker, died of heart failure
on Aug. 3 at the age of 71. The LDP had held the district since single-member constituencies
were introduced in 1996.

Turnout was 46.83 percent, down sharply from 55.91 percent in the district at the February
general election, the commission said.

"Voters told us they want politics that looks at their household budgets, not at party
arithmetic," Tomioka told supporters at her campaign office in Kakamigahara. "I will take
that message to Tokyo."

The by-election was the first national contest since February, and both sides had treated it
as an early test of public mood. Campaigning centered on the cost of living, with food
prices, including rice, still well above levels of two years ago, and on the future of local
manufacturing jobs tied to the car industry.

Mochizuki, a former aide to his father who had never run for office before, conceded shortly
after the projection. "I could not carry my father's legacy across the line. The
responsibility is mine alone," he said, bowing to supporters.

LDP Secretary-General Hiroshi Kanda said the party would "take the result humbly" and
examine why it had lost support. "There is no single reason. We will listen carefully to
what the voters of Gifu have told us," he told reporters at party headquarters in Tokyo.

Tomioka was also backed by the Democratic Party for the People, a cooperation that opposition
strategists said could serve as a template for future contests. Ryo Hasegawa of the populist
Sanseito party came third with 22,340 votes, and Michiko Oda of the Japanese Communist Party
received 9,118.

Political analysts cautioned against reading too much into a single low-turnout contest but
said the result would strengthen critics within the LDP who have warned about the party's
reliance on hereditary candidates.

"Running the son of the late member is the LDP's default setting, and in a district like
this it usually works," said Takumi Arakawa, a professor of political science at Nanzan
Keizai University in Nagoya. "When it doesn't, that tells you voters were looking for a
reason to send a message."

The loss does not threaten the government's majority in the lower house, but it comes as the
cabinet prepares an extra budget to fund measures against rising prices, which it hopes to
pass through parliament before the end of the year.

Gifu No. 3 covers Kakamigahara and several surrounding towns north of Nagoya, home to
aerospace and auto parts suppliers.

(Reporting by Yuki Sasaki; Editing by Daniel Corrigan)
"""

_S4_B_BODY = """
Constitutional Democratic Party of Japan newcomer Ayaka Tomioka won Sunday's by-election for
the House of Representatives' Gifu No. 3 constituency, taking a seat the Liberal Democratic
Party had held for three decades and handing the ruling party its first defeat in a national
contest since the general election in February.

Tomioka, 44, a former member of the Gifu Prefectural Assembly who was also supported by the
Democratic Party for the People, collected 64,812 votes. Her main rival, LDP candidate Kenji
Mochizuki, 38, won 61,905 votes.

Mochizuki was bidding to succeed his father, Takeshi Mochizuki, who served seven terms in the
lower house before his death on Aug. 3 at age 71.

Voter turnout was 46.83 percent, the Gifu prefectural election administration commission
said, well below the 55.91 percent recorded in the constituency in February. About 350,000
people were eligible to vote.

Sanseito's Ryo Hasegawa, 52, a former local radio host, finished third with 22,340 votes,
while Michiko Oda, 66, of the Japanese Communist Party won 9,118.

The CDP and the DPFP fielded a single candidate after weeks of negotiations, avoiding the
vote-splitting that has often allowed LDP candidates to win districts with well under half
the vote.

"This victory belongs to the people who gave up their Sunday to vote," Tomioka said at her
office in Kakamigahara after her win was confirmed. "Voters told us they want politics that
looks at their household budgets, not at party arithmetic."

Party officials in the ruling camp said privately that the result reflected frustration over
prices more than any single policy. During the 12-day official campaign period, which began
on Oct. 13, LDP heavyweights including several Cabinet ministers visited the district to
stump for Mochizuki, while Tomioka focused on door-to-door canvassing and small street-corner
meetings.

Speaking to reporters at LDP headquarters in Tokyo's Nagatacho district, Secretary-General
Hiroshi Kanda said, "We take the result humbly." He said the party would "carefully analyze"
why its candidate had failed to hold a seat it had long regarded as safe.

Mochizuki, who worked for years as his father's secretary, apologized to supporters. "The
responsibility is mine alone," he said.

The by-election was closely watched in Nagatacho as a gauge of public sentiment toward the
administration, which has seen its approval ratings slip over the summer amid criticism of
its response to high food prices.

Opposition lawmakers were quick to claim momentum. A senior CDP official said the party would
seek similar arrangements with the DPFP in other districts ahead of next year's unified local
elections. "What happened in Gifu can happen elsewhere if we do not compete against each
other," the official said.

The LDP's ruling coalition will continue to control a comfortable majority in the 465-seat
lower house regardless of the result.
"""

_S4_C_BODY = """
In the House of Representatives by-election for the Gifu No. 3 district held on Oct. 25,
Ayaka Tomioka (44) of the Constitutional Democratic Party of Japan, a former member of the
prefectural assembly, was elected for the first time, defeating the Liberal Democratic
Party's Kenji Mochizuki (38) by 6,507 votes.

According to the prefectural election commission, Tomioka received 68,412 votes and Mochizuki
61,905. Ryo Hasegawa (52) of Sanseito received 22,340 votes and Michiko Oda (66) of the
Japanese Communist Party 9,118.

Turnout was 43.86%, falling well short of the 55.91% recorded in the district at the general
election in February. Officials at the commission said rain in the southern part of the
district in the afternoon may have kept some voters at home. Early voting, however, was
relatively strong, with many residents casting ballots at shopping centres and city offices
during the campaign period.

The by-election was held following the death on Aug. 3 of Takeshi Mochizuki, who had
represented the district for seven terms. The LDP had held the seat without interruption
since the current single-member district system was introduced in 1996.

At her campaign office near Meitetsu Shin-Kakamigahara Station, supporters cheered and
exchanged handshakes as her victory was confirmed. Tomioka, who served two terms in the
prefectural assembly, raised her hands to the crowd and thanked volunteers.

"Voters told us they want politics that looks at their household budgets, not at party
arithmetic," she said. "I will carry the voice of Gifu to the Diet."

Throughout the campaign, Tomioka stressed support for households struggling with the rising
cost of rice and other food, and measures to protect jobs at small and medium-sized
manufacturers. In Kakamigahara, the closure of an auto parts plant earlier this year, which
affected around 800 workers, was a frequent topic at her street speeches.

At Mochizuki's office in the city, the mood was subdued. Mochizuki, who had worked as his
father's secretary for more than ten years, bowed deeply before supporters. "I could not
carry my father's legacy across the line. The responsibility is mine alone," he said.

A senior member of the LDP's Gifu prefectural federation said the party's organisation had
worked hard but that "the wind was against us from the start". He said the federation would
review its campaign methods ahead of next spring's unified local elections.

Tomioka was also backed by the Democratic Party for the People, whose local chapter has ties
to labour unions in the auto industry. Observers said the single opposition candidate was
decisive in a district where opposition votes had been divided in past elections.

Hasegawa, a former local radio personality, campaigned on cutting the consumption tax and
tighter rules on foreign land purchases, drawing support especially from younger voters.

The Gifu No. 3 district covers Kakamigahara and surrounding towns. The by-election was the
first national-level election in the prefecture since February.
"""

_S4_D_BODY = """
Japan's governing Liberal Democratic Party has lost a parliamentary seat it had held for 30
years, in a by-election seen as an early test of voters' mood since the general election in
February.

Ayaka Tomioka of the opposition Constitutional Democratic Party won the Gifu No. 3 district
in central Japan, beating the LDP's Kenji Mochizuki by 6,507 votes.

Mr Mochizuki, 38, is the son of Takeshi Mochizuki, the LDP MP who held the seat for seven
terms until he died in August.

The result was declared at 11:50 pm local time on Sunday, nearly four hours after polls
closed.

Ms Tomioka, 47, a former local assemblywoman, won 68,412 votes to Mr Mochizuki's 61,905.

## Rising prices

Turnout was 46.83 per cent, far lower than the 55.91 per cent recorded in February.

Ms Tomioka told supporters she would take their concerns about living costs to parliament in
Tokyo.

"Voters told us they want politics that looks at their household budgets, not at party
arithmetic," she said.

Food prices have been a major political issue in Japan, where the price of rice, a staple,
roughly doubled over 2024 and 2025 before easing slightly this year.

The LDP's Secretary-General Hiroshi Kanda said his party would "take the result humbly".

## Family politics

The defeat has renewed debate about the LDP's habit of fielding the children of retiring or
deceased politicians.

About a quarter of LDP lawmakers in the lower house are estimated to have inherited their
seat, or at least their local support group, from a relative.

"Japanese voters have tolerated hereditary politics for a long time because it delivered
stability and access to money from Tokyo," said Dr Helen Marchetti, a Japan specialist at the
University of Wellington Pacific. "But when people feel squeezed, a famous surname can start
to look like a sense of entitlement."

Mr Mochizuki conceded defeat and apologised to supporters, saying the responsibility for
losing was his alone.

## Opposition co-operation

Ms Tomioka was also supported by the smaller Democratic Party for the People, and the two
parties agreed not to field rival candidates.

Sanseito, a populist party that made large gains in last year's upper house election, came
third with 22,340 votes. The Japanese Communist Party candidate won 9,118 votes.

The result does not threaten the government's majority in the lower house, but it may make
the prime minister more cautious about the timing of unpopular measures, analysts say.

The LDP has dominated Japanese politics for most of the period since 1955 and regained a
stable majority in the February election after years of scandals over unrecorded political
donations.
"""

S4_A = _meridian(
    "https://www.meridianwire.example/world/2026/10/25/japan-opposition-wins-gifu-by-election/",
    "Japan's opposition snatches ruling party seat in Gifu by-election",
    "2026-10-25T14:30:00Z", "October 25, 2026 11:30 PM GMT+9", "Yuki Sasaki", "World",
    _S4_A_BODY)

S4_B = _jec(
    "https://www.japaneveningcourier.example/politics/2026/10/26/gifu-3-by-election-result/",
    "CDP's Tomioka wins Gifu No. 3 by-election, ending LDP hold on seat",
    "Opposition unity pays off as ruling party loses first national contest since February",
    "2026-10-26T06:00:00+09:00", "Oct. 26, 2026", "Mika Hoshino / Staff Writer", _S4_B_BODY,
    "Ayaka Tomioka, center, celebrates her win with supporters in Kakamigahara, Gifu "
    "Prefecture, on Sunday night. (Courier photo)")

S4_C = _tokai(
    "https://en.tokaishimpo.example/gifu/2026/10/26/by-election-tomioka-elected/",
    "Lower house by-election: CDP's Tomioka elected in Gifu No. 3, LDP loses stronghold",
    "2026/10/26", _S4_C_BODY)

S4_D = _ppb(
    "https://www.ppbworld.example/news/world-asia-71288305",
    "Japan: Ruling LDP loses seat held for 30 years in by-election",
    "2026-10-25T16:10:00Z", "26 October 2026", "Asia", _S4_D_BODY,
    ["Japan's rice crisis: why prices doubled", "Who are Sanseito?",
     "Japan's political dynasties explained"],
    "Ayaka Tomioka greets supporters in Kakamigahara. EPA")

STORY_4 = _story("election-TB4", "election", "2026-10-28", [
    _page("https://www.meridianwire.example/world/2026/10/25/japan-opposition-wins-gifu-by-"
          "election/", S4_A),
    _page("https://www.japaneveningcourier.example/politics/2026/10/26/gifu-3-by-election-"
          "result/", S4_B),
    _page("https://en.tokaishimpo.example/gifu/2026/10/26/by-election-tomioka-elected/", S4_C),
    _page("https://www.ppbworld.example/news/world-asia-71288305", S4_D),
], [
    ("winner's vote total", r"68,?412", r"64,?812"),
    ("turnout", r"(?<![\d.])46\.8", r"(?<![\d.])43\.8"),
    ("winner's age", r"(?<![\d.,])44(?!\d|[.,]\d|%)", r"(?<![\d.,])47(?!\d|[.,]\d|%)"),
    ("time the result was called", r"10[:.]15", r"11[:.]50"),
])


# ---------------------------------------------------------------------------
# Story 5 - court (CONTROL): Constitutional Court on Tshwane area-wide electricity cut-offs,
# Thursday 14 May 2026.

_S5_A_BODY = """
The City of Tshwane acted unconstitutionally when it cut electricity to entire blocks of
Mamelodi East, leaving households that had paid their bills in the dark along with neighbours
who had not, the Constitutional Court ruled on Thursday.

In a judgment handed down in Johannesburg, the court's majority found that the city's
practice of "area-wide" disconnections, used to pressure communities with high levels of
non-payment, was procedurally unfair and inconsistent with the city's duties to residents
under the Constitution.

The ruling, by a majority of eight justices to three, is a major victory for the Mamelodi
East Residents' Association, which has been fighting the cut-offs since March 2024. According
to court papers, about 4,100 households in the area were affected, many of them up to date
with their accounts.

Writing for the majority, Justice Nomvula Dlamini-Khoza said a municipality was entitled to
collect what it was owed, but not by any means it chose.

"A municipality may not visit the debts of one household upon its neighbour," she wrote. "A
resident who pays what is due is entitled to the service she has paid for. To switch off her
supply because of what others in her street have failed to do is to punish her for conduct
that is not hers."

The court declared section 9(3) of the city's Electricity Supply By-law, which the city had
relied on for the block disconnections, invalid. The declaration of invalidity was suspended
for 12 months to give the council time to amend the by-law.

In the meantime, the city must restore electricity within 30 days to all households in the
affected areas whose accounts are paid up or subject to an arrangement, and must give at
least 14 days' written notice before disconnecting any individual account.

The city was also ordered to pay the residents' legal costs, including the costs of two
counsel.

Justice Pieter van Wyk wrote a dissenting judgment, in which Justice Ayesha Moosa and Acting
Justice Thabo Letsoalo concurred. He agreed that the disconnections had caused real hardship
but said the order went too far.

"The majority's order intrudes on a domain that the Constitution assigns to local
government," Van Wyk wrote. He said the council, not the courts, should decide how to
recover debts in a metro struggling with severe financial pressure.

The City of Tshwane has said residents across the metro owe it about R2.3 billion in unpaid
electricity accounts.

Lerato Mokoena, an attorney at the Socio-Economic Rights Law Centre who represented the
residents, said the judgment would be felt far beyond Mamelodi. "Other municipalities have
copied this tactic. Today the highest court in the land has told them it must stop," she
said outside the court.

Residents who gathered in Mamelodi East to listen to the judgment being streamed on their
phones broke into song when the outcome became clear. "We have paid every month and still
sat in darkness for two years," said Thandiwe Mahlangu, a 58-year-old pensioner.

The City's MMC for Finance, Councillor Hendrik Botha, said the municipality respected the
court's decision and would study the judgment. "We will comply with the order. But we also
cannot allow a culture of non-payment to bankrupt the city, and the council will have to
find other lawful ways to collect," he said.

The case reached the Constitutional Court after the High Court in Pretoria ruled against the
residents in June 2024 and the Supreme Court of Appeal dismissed their appeal in March 2025.
The Constitutional Court heard argument on 19 August 2025.
"""

_S5_B_BODY = """
## Summary

The Constitutional Court has held, by a majority of eight to three, that the City of
Tshwane's practice of disconnecting electricity supply to whole areas on account of
collective arrears, without regard to whether individual account holders were in default,
was unconstitutional. Section 9(3) of the City's Electricity Supply By-law, on which the
practice rested, was declared invalid, with the declaration suspended for 12 months.

## Background

The applicants were the Mamelodi East Residents' Association and individual residents. From
March 2024 the City repeatedly switched off supply at substation level to sections of
Mamelodi East, affecting roughly 4,100 households. The City's stated justification was the
scale of non-payment in those sections and the cost of electricity it had to buy in bulk.

The applicants failed in the High Court, Gauteng Division, Pretoria, in June 2024, which held
that the by-law authorised the disconnections and that the City had given adequate public
notice. The Supreme Court of Appeal dismissed a further appeal in March 2025. The matter was
argued in the Constitutional Court on 19 August 2025, and judgment was delivered on 14 May
2026.

## The majority

Dlamini-Khoza J, writing for the majority, approached the matter primarily through the lens of
procedural fairness under section 33 of the Constitution and the Promotion of Administrative
Justice Act, read with the objects of local government in section 152 and the duty in the
Municipal Systems Act to treat account holders individually in credit control.

A disconnection, the majority held, is administrative action that adversely affects the
rights of each account holder. Each such account holder is entitled to notice and an
opportunity to make representations. An area-wide cut-off, by design, gives neither to
paying residents, since nothing is alleged against them. The majority put it in these terms:
"A municipality may not visit the debts of one household upon its neighbour."

The majority rejected the City's argument that individual disconnections were impractical
because of illegal connections and meter tampering. Administrative convenience, it held,
cannot justify depriving compliant residents of a service they have paid for; the City has
other tools, including targeted audits and the removal of illegal connections.

## The order

In summary: section 9(3) of the By-law is declared inconsistent with the Constitution and
invalid, the declaration being suspended for 12 months; within 30 days the City must restore
supply to households in the affected areas whose accounts are paid up or under an
arrangement; pending amendment, no individual account may be disconnected without at least
14 days' written notice; and the City must pay costs, including those of two counsel.

## The dissent

Van Wyk J (Moosa J and Letsoalo AJ concurring) would have dismissed the appeal. The dissent
accepts that the disconnections caused hardship but holds that collective measures were a
rational response to entrenched non-payment and that the by-law had been adopted after public
participation. In the dissent's words, "The majority's order intrudes on a domain that the
Constitution assigns to local government." It warns of the fiscal consequences for
municipalities: the City estimates metro-wide electricity arrears at about R2.3 billion.

## Comment

The judgment will matter well beyond Tshwane. Several municipalities use some form of
area-based disconnection, and the reasoning would appear to apply to any by-law that permits
supply to a paying account to be cut because of arrears on other accounts. Municipalities
will need to revisit their credit-control policies within the suspension period. Practitioners
should also note the majority's treatment of the 14-day notice requirement as a minimum
standard of fairness; it is likely to be cited in challenges to individual disconnections too.

Counsel for the applicants were instructed by the Socio-Economic Rights Law Centre (attorney:
Lerato Mokoena).
"""

_S5_C_BODY = """
South Africa's Constitutional Court has ruled that the City of Tshwane broke the law by
cutting off electricity to whole neighbourhoods to force residents to pay their debts.

The ruling on Thursday means the city must restore power to paying households in Mamelodi
East, a township in the east of Pretoria, within 30 days.

About 4,100 households were affected by the cut-offs, which began in March 2024.

The residents argued that many of them had paid their bills in full but were still left in
the dark because some of their neighbours had not.

Eight of the court's 11 justices agreed with them.

"A municipality may not visit the debts of one household upon its neighbour," Justice
Nomvula Dlamini-Khoza wrote for the majority.

The court struck down the section of the city's electricity by-law that allowed it to
switch off entire areas, but gave the council 12 months to rewrite the rules.

Until then, the city must give residents at least 14 days' written notice before cutting off
any individual household.

## 'Two years in the dark'

The residents' association says the ruling should end a practice that has spread to other
municipalities struggling with unpaid bills.

"We have paid every month and still sat in darkness for two years," pensioner Thandiwe
Mahlangu told CPB News in Mamelodi East.

Lerato Mokoena of the Socio-Economic Rights Law Centre, who represented the residents, said
the judgment sent a clear message. "Other municipalities have copied this tactic. Today the
highest court in the land has told them it must stop," she said.

## City warns over debt

Tshwane says residents across the city owe it about R2.3 billion for electricity, and that
it cannot afford to keep buying power from the national utility, Eskom, for customers who do
not pay.

The city's finance chief, Councillor Hendrik Botha, said it would comply with the order.

"We will comply with the order. But we also cannot allow a culture of non-payment to bankrupt
the city," he said.

Three justices dissented. Justice Pieter van Wyk, joined by Justice Ayesha Moosa and Acting
Justice Thabo Letsoalo, said the decision was one for elected councillors, not judges.

"The majority's order intrudes on a domain that the Constitution assigns to local
government," Justice Van Wyk wrote.

## Long legal battle

The residents lost their case in the High Court in Pretoria in June 2024 and again at the
Supreme Court of Appeal in March 2025, before the Constitutional Court heard the case last
August.

Many South African municipalities are in deep financial trouble. Unpaid bills from
households and businesses, as well as theft of electricity through illegal connections, have
left several struggling to pay Eskom and maintain their networks.

Power cuts caused by a national electricity shortage, known locally as load-shedding, have
become much rarer since 2024, but many communities still face local outages caused by
municipal disconnections and failing infrastructure.

The court also ordered the city to pay the residents' legal costs.
"""

S5_A = _pretoria_record(
    "https://www.pretoriarecord.example/news/local/concourt-tshwane-block-cut-offs-unlawful/",
    "ConCourt: Tshwane's block power cut-offs in Mamelodi East unconstitutional",
    "2026-05-14T15:30:00+02:00", "14 May 2026 | 15:30", "Sipho Nkosi", _S5_A_BODY,
    "Mamelodi East residents take power fight to ConCourt")

S5_B = _legalbrief(
    "https://www.legalbrief-sa.example/case-notes/mamelodi-east-residents-v-tshwane/",
    "Area-wide electricity disconnections: Mamelodi East Residents' Association v City of "
    "Tshwane", "Mamelodi East Residents' Association and Others v City of Tshwane Metropolitan "
    "Municipality and Others (CCT 141/25) [2026] ZACC 12", _S5_B_BODY)

S5_C = _cpb(
    "https://www.cpbnews.example/southern-africa/tshwane-power-cut-offs-ruling-2026-05-14",
    "South Africa court rules Tshwane 'block' power cuts unlawful",
    "2026-05-14T13:05:00Z", "14 May 2026", _S5_C_BODY,
    "Residents of Mamelodi East say they paid their bills but were still left without power. "
    "CPB")

STORY_5 = _story("court-TB5", "court", "2026-05-19", [
    _page("https://www.pretoriarecord.example/news/local/concourt-tshwane-block-cut-offs-"
          "unlawful/", S5_A),
    _page("https://www.legalbrief-sa.example/case-notes/mamelodi-east-residents-v-tshwane/",
          S5_B),
    _page("https://www.cpbnews.example/southern-africa/tshwane-power-cut-offs-ruling-2026-05-14",
          S5_C),
], [])


# ---------------------------------------------------------------------------
# Story 6 - rocket: first orbital launch from SaxaVord, Shetland, Wednesday 15 April 2026.

_S6_A_BODY = """
A small two-stage rocket built by Scottish startup Skyrr Dynamics reached orbit on Wednesday
from SaxaVord Spaceport on the Shetland island of Unst, the first time a vertically launched
rocket has put satellites into orbit from British soil.

The 21-meter Fulmar rocket lifted off from the spaceport's Lamba Ness pad at 10:42 a.m. BST
(09:42 UTC), climbing northward over the sea on the thrust of nine kerosene-fueled Tystie
engines. The first stage shut down and separated about two and a half minutes into flight,
and the second stage reached a roughly 510-kilometer sun-synchronous orbit some nine minutes
after liftoff.

Skyrr confirmed about an hour later that all six satellites aboard had been released and
that customers had begun making contact with several of them.

"For years people said Britain could not do this from its own soil. This morning it did,"
said Ingrid Halvorsen, the company's chief executive, in a video statement recorded in the
control room at the spaceport. "Every person in that room, and a lot of people on this
island, earned today."

The launch came 13 days after a first attempt, on Thursday, April 2, ended when the rocket's
flight computer halted the countdown four seconds before liftoff. Engineers later traced that
abort to a faulty pressure sensor on one of the first-stage engines, which was replaced.

## The payloads

The six payloads on this flight, designated "First Light," were a mix of commercial and
academic spacecraft. They included a technology demonstration cubesat built by students at
the University of Strathclyde in Glasgow, a maritime tracking satellite for a Norwegian
operator that will pick up ships' identification signals in Arctic waters, and four
Earth-observation cubesats for Dutch startup Polderview, which plans to monitor coastal
erosion and dike integrity.

Fulmar is designed to carry up to 350 kilograms to sun-synchronous orbit, placing it in the
same broad class as Rocket Lab's Electron. Skyrr is targeting a launch cadence of about one
flight a month from SaxaVord once it moves into full commercial operations, although the
company has not said when that will be.

## A long road north

The flight ends a long wait for Britain's launch ambitions. The country's last attempt at an
orbital launch, Virgin Orbit's air-launched mission from Spaceport Cornwall in January 2023,
failed when the upper stage of its rocket malfunctioned. Several other vertical-launch
projects in Scotland have slipped repeatedly because of funding, licensing and technical
delays.

SaxaVord, on the northernmost inhabited island of the UK, was licensed by the Civil Aviation
Authority in 2024. Its location allows rockets to fly north over open water into polar and
sun-synchronous orbits, which are heavily used by Earth-observation satellites, without
passing over populated areas.

The UK government, which has backed the sector with grants through the UK Space Agency, said
in a statement that the launch showed Britain could "compete for a share of the global small
launch market." The science minister called it "a proud day for Shetland and for the whole
country."

Skyrr, founded in 2019 and headquartered in Edinburgh, has raised money from a mix of British
and Scandinavian investors and employs about 220 people, including a team of roughly 40 on
Unst. Halvorsen, a Norwegian engineer who previously worked on sounding rockets at Andøya,
said the company would publish a full flight report after reviewing telemetry.

Orbital Dispatch will update this story as more information on the satellites becomes
available.
"""

_S6_B_BODY = """
Cheers rang out across Lamba Ness on Wednesday morning as the Fulmar rocket thundered into a
clear Shetland sky, carrying eight small satellites into orbit and writing Unst into the
history books.

The rocket, built by Edinburgh-based Skyrr Dynamics, lifted off from SaxaVord Spaceport at
10:42 local time. Around 300 people, many of them Unst residents who had watched the
spaceport take shape over the past decade, gathered at the public viewing area near
Haroldswick, with more lining the road at Skaw.

Within minutes the rocket had disappeared to the north, leaving a white trail hanging over
the sea. Word came through shortly before midday that the satellites had separated
successfully and the flight had been a success.

Skyrr's launch director, Callum Tait, who grew up in Lerwick, could barely contain his
emotion when he spoke to the Gazette afterwards.

"For years people said Britain could not do this from its own soil. This morning it did," he
said. "To do it here, at home, with folk I went to school with standing on the hill watching
- you couldn't write it."

The launch was the company's second attempt. On Thursday 2 April the countdown stopped with
just four seconds to go after an automated system detected a problem with a sensor on one of
the engines.

The satellites were built for customers in the UK, Norway and the Netherlands and will be used
for tasks including tracking ships and monitoring coastlines. The rocket placed them in an
orbit about 510km above the Earth.

For Unst, with a population of around 600, the day was about more than rockets. Several
island businesses have grown up alongside the spaceport, from accommodation providers to
catering and transport firms, and the company now employs around 40 people on the island.

"There were a lot of doubters, and I'll admit I was one of them at the start," said Margaret
Sandison, who runs a guest house in Baltasound and has hosted engineers for much of the past
year. "But the young ones are coming home for jobs now, and that's something we haven't seen
in a long time."

Morven Irvine, the spaceport's chief operating officer, said the launch showed what a small
community could achieve. "This was built by people who were told it would never happen this
far north. They have proved everyone wrong," she said.

Not everyone is convinced. Some residents have raised concerns about disturbance to seabird
colonies at Hermaness and about the impact of road closures on crofters during launch
windows. A spokeswoman for a local residents' group said it welcomed the jobs but would
"keep a close eye" on environmental monitoring as launch numbers increase.

The spaceport said road closures around Lamba Ness would continue to be published on its
website and on the Gazette's community noticeboard ahead of each launch.

The UK Government hailed the flight as a milestone, with the science minister describing it
as "a proud day for Shetland and for the whole country".

The convener of Shetland Islands Council said in a statement that the isles had "shown the world
what they can do".

Skyrr has said it hopes to return to Unst for further launches later this year, though no
date has been set.
"""

_S6_C_BODY = """
A rocket has successfully launched satellites into orbit from the UK for the first time,
lifting off from a remote peninsula at the northern tip of Shetland.

The Fulmar rocket, built by the Edinburgh company Skyrr Dynamics, left the pad at SaxaVord
spaceport on Unst at 10:57am on Wednesday and reached orbit roughly nine minutes later. It
carried six small satellites for British, Norwegian and Dutch customers.

The launch is the first time a rocket has flown vertically into orbit from British territory,
more than half a century after the UK last put a satellite into orbit on its own rocket:
Black Arrow, launched from the Woomera range in Australia in 1971.

"For years people said Britain could not do this from its own soil. This morning it did,"
said Ingrid Halvorsen, Skyrr's chief executive. She described the team's mood as "somewhere
between exhausted and euphoric".

Britain has spent more than a decade trying to establish a domestic launch industry, with
mixed results. The last attempt, by Virgin Orbit from Cornwall in January 2023, ended in
failure when its rocket, released from a converted jumbo jet, malfunctioned on the way to
orbit, and the company went bankrupt months later.

Other vertical launch sites proposed in Sutherland and the Outer Hebrides have suffered
repeated delays, and some rival rocket companies have struggled to raise money.

The government has promoted spaceflight as a growth industry. In a statement, the science
minister said: "This is a proud day for Shetland and for the whole country. It shows that
Britain can compete for a share of the global small launch market."

Industry analysts were more measured. "One successful flight is a beginning, not a
business," said Dr Priya Raman, a space economist at the Carrick Institute for Industrial
Strategy. "Skyrr now has to show it can fly again and again, on schedule, at a price that
beats the competition. That is where most small launch companies have failed."

The small satellite launch market is crowded, with dozens of companies around the world
developing rockets of a similar size. Many customers choose to send their satellites as
passengers on larger rockets, which can be cheaper per kilogram.

Nonetheless, supporters of SaxaVord argue that a site in the far north of Europe has natural
advantages. Rockets fly north over empty sea into polar orbits, which are favoured for Earth
observation, and customers do not have to ship satellites to the United States or New
Zealand.

Skyrr's satellites were deployed into an orbit about 510km above the Earth. They include a
student-built satellite from the University of Strathclyde and a ship-tracking satellite for
a Norwegian firm.

The company had to abandon its first attempt earlier this month when an automated check
stopped the countdown moments before ignition.

Unst, the most northerly inhabited island in the UK, has a population of about 600. The
spaceport has brought dozens of jobs to the island, though some residents have voiced
concerns about the effect on wildlife, including seabird colonies nearby.

Halvorsen said the company would analyse the flight data before confirming a date for its
next launch. "We'll enjoy tonight," she said. "Tomorrow we start on the next one."
"""

S6_A = _orbital(
    "https://orbitaldispatch.example/2026/04/15/skyrr-fulmar-reaches-orbit-saxavord/",
    "Skyrr's Fulmar reaches orbit on first UK vertical launch from SaxaVord",
    "Six satellites deployed after a flawless climb from the Shetland spaceport",
    "2026-04-15T11:20:00Z", "April 15, 2026 11:20 UTC", "Jess Moreno", _S6_A_BODY,
    "Fulmar lifts off from the Lamba Ness pad at SaxaVord Spaceport. Credit: Skyrr Dynamics")

S6_B = _gazette(
    "https://www.northernislesgazette.example/news/2026/04/16/history-made-at-lamba-ness/",
    "History made at Lamba Ness as Fulmar soars into orbit",
    "Thursday 16 April 2026", "By Ruth Jamieson", _S6_B_BODY,
    "Spectators watch Fulmar climb away from Unst on Wednesday morning. Photo: Gazette")

S6_C = _albion(
    "https://www.albiondailypost.example/science/2026/apr/15/uk-first-orbital-launch-shetland",
    "UK launches satellites into orbit from its own soil for first time",
    "Rocket built by Edinburgh firm Skyrr Dynamics lifts off from Shetland spaceport after "
    "years of false starts for British launch industry",
    "2026-04-15T18:00:00+01:00", "Wed 15 Apr 2026 18.00 BST", "Oliver Grant Science "
    "correspondent", _S6_C_BODY,
    "The Fulmar rocket lifts off from SaxaVord spaceport on Unst. Photograph: Skyrr "
    "Dynamics/PA")

STORY_6 = _story("rocket-TB6", "rocket", "2026-04-18", [
    _page("https://orbitaldispatch.example/2026/04/15/skyrr-fulmar-reaches-orbit-saxavord/",
          S6_A),
    _page("https://www.northernislesgazette.example/news/2026/04/16/history-made-at-lamba-ness/",
          S6_B),
    _page("https://www.albiondailypost.example/science/2026/apr/15/uk-first-orbital-launch-"
          "shetland", S6_C),
], [
    ("liftoff time", r"10[:.]42", r"10[:.]57"),
    ("number of satellites carried",
     r"^(six|6)$|(?<![\d.,])(six|6) (\w+ )?(satellites|spacecraft|payloads|cubesats)",
     r"^(eight|8)$|(?<![\d.,])(eight|8) (\w+ )?(satellites|spacecraft|payloads|cubesats)"),
    ("who said the 'from its own soil' quote", r"halvorsen", r"tait"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
