"""Part UB of the story battery (web pages).

Written by engineer UB1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UB`.

Six stories, each told by three or four invented outlets as whole scraped pages (wire
service, UK national daily, local papers, a launch-industry site, a US local daily, an
Australian and a European public broadcaster, an English-language regional site, a
political newsletter, a trade/markets blog, a US national daily, a public radio station and
a legal trade site). rocket-UB1: a Scottish start-up's maiden orbital launch from Shetland
reaches space but misses orbit (four planted: liftoff time, number of satellites on board,
peak altitude, the chief engineer's surname). rocket-UB2: a reusable US rocket puts an
Australian broadband satellite into transfer orbit (CONTROL, with UTC/EST/AEDT times that
all agree). quake-UB3: a magnitude 5.8 earthquake near Sulmona in Abruzzo (four planted:
local time, focal depth, who said a quote, size of the strongest aftershock). election-UB4:
an English by-election won by Reform UK (three planted: turnout, majority, the winner's
former council title). trade-UB5: China's March trade figures (CONTROL, dense with
percentages, dollar totals and forecasts that all agree). court-UB6: the Michigan Supreme
Court orders a utility to refund customers for a cancelled gas plant (three planted: vote
split, author of the majority opinion, refund deadline).
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Shared helpers: prose is written as plain text, paragraphs separated by blank lines.
# --------------------------------------------------------------------------------------

def _esc(text: str, curly: bool = False) -> str:
    out = html.escape(text, quote=False)
    if not curly:
        return out
    res: list[str] = []
    opening = True
    for ch in out:
        if ch == '"':
            res.append("&#8220;" if opening else "&#8221;")
            opening = not opening
        elif ch == "'":
            res.append("&#8217;")
        else:
            res.append(ch)
    return "".join(res)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.strip().split("\n\n")]


def _ld(data: dict[str, Any]) -> str:
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _body(body: str, curly: bool = False, ads: dict[int, str] | None = None,
          first: str = "", pcls: str = "") -> str:
    ads = ads or {}
    cls = f' class="{pcls}"' if pcls else ""
    out: list[str] = []
    for i, para in enumerate(_paras(body)):
        text = _esc(para, curly)
        if i == 0 and first:
            text = first + text
        if para.startswith("## "):
            out.append(f"<h2>{_esc(para[3:], curly)}</h2>")
        else:
            out.append(f"<p{cls}>{text}</p>")
        if i + 1 in ads:
            out.append(ads[i + 1])
    return "\n".join(out)


def _links(items: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="#">{_esc(t)}</a></li>' for t in items) + "</ul>"


# --------------------------------------------------------------------------------------
# Outlet templates (each outlet has its own furniture and house style)
# --------------------------------------------------------------------------------------

def _mpa(url: str, section: str, headline: str, desc: str, iso: str, shown: str,
         byline: str, dateline: str, body: str, credits: str, related: list[str]) -> str:
    """Meridian Press Agency: a wire service page."""
    ad = ('<div class="ad-slot" aria-hidden="true"><span>Advertisement &#183; Scroll to '
          'continue</span></div>')
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": iso, "dateModified": iso,
              "author": [{"@type": "Person", "name": n.strip()}
                         for n in byline.replace(" and ", ",").split(",")],
              "publisher": {"@type": "Organization", "name": "Meridian Press"}})
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | Meridian Press</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(desc)}">
<meta property="og:site_name" content="Meridian Press">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
{ld}
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Meridian Press</a>
  <nav aria-label="Main"><ul><li><a href="/world/">World</a></li>
  <li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>
  <li><a href="/science/">Science</a></li><li><a href="/legal/">Legal</a></li>
  <li><a href="/sports/">Sports</a></li><li><a href="/sustainability/">Sustainability</a></li>
  </ul></nav>
  <a class="btn" href="/account/register/">Register</a>
</header>
<main id="main-content">
<article>
  <div class="breadcrumb"><a href="/{section.lower()}/">{section}</a></div>
  <h1 data-testid="Heading">{_esc(headline)}</h1>
  <div class="article-info">
    <span class="byline">By {_esc(byline)}</span>
    <time datetime="{iso}">{shown}</time>
    <span class="read-time">Updated moments ago</span>
  </div>
  <div class="share"><button>Share</button><button>X</button><button>Facebook</button>
  <button>Linkedin</button><button>Email</button><button>Link</button></div>
  <div class="article-body">
{_body(body, ads={3: ad, 8: ad}, first=_esc(dateline) + " - ")}
  </div>
  <p class="credits">{_esc(credits)}</p>
  <p class="standards">Our Standards: <a href="/trust-principles/">The Meridian Press Trust
  Principles.</a></p>
  <a class="licensing" href="/licensing/">Purchase Licensing Rights</a>
</article>
<aside class="read-next"><h2>Read Next</h2>{_links(related)}</aside>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes.</p>
<p>&#169; {iso[:4]} Meridian Press. All rights reserved.</p>
<ul><li><a href="/about/">About Meridian Press</a></li><li><a href="/careers/">Careers</a></li>
<li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li></ul></footer>
</body>
</html>
"""


def _courier(url: str, section: str, headline: str, standfirst: str, iso: str, shown: str,
             author: str, role: str, body: str, fig: tuple[str, str, str],
             most_read: list[str]) -> str:
    """The Northern Courier: a UK national daily."""
    ad = ('<aside class="ad-slot"><p class="ad-label">Advertisement</p>'
          '<div class="ad" id="inline-1"></div></aside>')
    news = ('<aside class="newsletter"><h3>Sign up to First Edition</h3><p>Our morning email '
            'breaks down the key stories of the day, telling you what&#8217;s happening and '
            'why it matters.</p><form><input type="email" placeholder="Enter your email">'
            '<button>Sign up</button></form><p class="small">Privacy Notice: Newsletters may '
            'contain info about charities, online ads, and content funded by outside '
            'parties.</p></aside>')
    alt, caption, credit = fig
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_esc(headline, True)} | {section} | The Northern Courier</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(standfirst)}">
<meta property="og:site_name" content="the Northern Courier">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{_attr(author)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="cmp-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies and similar technologies to personalise content and
  ads, and to analyse how our site is used. You can change your choices at any time via
  &#8220;Privacy settings&#8221; at the bottom of every page.</p>
  <button>Yes, I&#8217;m happy</button> <button>Manage or reject cookies</button>
</div>
<a class="skip" href="#maincontent">Skip to main content</a>
<a class="skip" href="#navigation">Skip to navigation</a>
<header>
  <div class="support">Support the Courier: <a href="/contribute">Fund independent
  journalism</a> <a href="/signin">Sign in</a></div>
  <a class="masthead" href="/">The Northern Courier</a>
  <nav id="navigation"><ul><li><a href="/">News</a></li><li><a href="/opinion">Opinion</a>
  </li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
  <li><a href="/lifestyle">Lifestyle</a></li></ul>
  <ul class="sub"><li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/environment">Environment</a></li>
  </ul></nav>
</header>
<main id="maincontent">
<article>
  <a class="section-label" href="/{section.lower().replace(' ', '-')}">{section}</a>
  <h1>{_esc(headline, True)}</h1>
  <div class="standfirst"><p>{_esc(standfirst, True)}</p></div>
  <figure class="lead"><img src="/img/lead.jpg" alt="{_attr(alt)}">
  <figcaption>{_esc(caption, True)} Photograph: {_esc(credit)}</figcaption></figure>
  <address class="byline"><a rel="author" href="/profile">{_esc(author)}</a>
  {_esc(role)}</address>
  <details class="dateline"><summary>{shown}</summary></details>
  <div class="share-bar"><button>Share</button><a href="#comments">Comments</a></div>
  <div class="article-body">
{_body(body, curly=True, ads={4: ad, 9: news})}
  </div>
  <div class="support-epic"><p>&#8230; there are very good reasons why you might not want
  to support the Courier. Not everyone can afford to pay for news right now. But if you
  can, consider a monthly contribution.</p><a href="/contribute">Support us</a></div>
</article>
<aside class="most-viewed"><h2>Most viewed</h2>{_links(most_read)}</aside>
</main>
<footer>
  <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li>
  <li><a href="/complaints">Complaints &amp; corrections</a></li>
  <li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li>
  <li><a href="/privacy-settings">Privacy settings</a></li></ul>
  <p>&#169; {iso[:4]} Northern Courier Media Limited or its affiliated companies.
  All rights reserved.</p>
</footer>
</body>
</html>
"""


def _tide(headline: str, shown: str, author: str, body: str, caption: str) -> str:
    """The Shetland Tide: a small local news site, dated but no time, no metadata."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} &#8211; The Shetland Tide</title>
<meta name="description" content="News from Shetland, every day">
<link rel="stylesheet" href="/wp-content/themes/tide/style.css">
</head>
<body class="single-post">
<div id="top-bar"><span>Lerwick 6&#176;C &#8211; W 4</span>
<a href="/ferries/">Ferry &amp; flight status</a> <a href="/notices/">Family notices</a>
<a href="/subscribe/">Print edition</a></div>
<div id="header"><a href="/"><img src="/logo.png" alt="The Shetland Tide"></a>
<p class="tagline">Shetland&#8217;s news, every day</p></div>
<ul id="menu"><li><a href="/category/news/">News</a></li><li><a href="/category/sport/">
Sport</a></li><li><a href="/category/community/">Community</a></li>
<li><a href="/category/letters/">Letters</a></li><li><a href="/category/jobs/">Jobs</a></li>
<li><a href="/contact/">Contact</a></li></ul>
<div id="content">
<div class="post">
<h1 class="entry-title">{_esc(headline)}</h1>
<div class="meta">Posted on {shown} by {_esc(author)} &#124;
<a href="#comments">7 comments</a></div>
<div class="wp-caption"><img src="/uploads/launch.jpg" alt="">
<p class="wp-caption-text">{_esc(caption)}</p></div>
<div class="entry">
{_body(body, curly=True)}
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">Email</a>
<a href="#">Print</a></div>
<div id="comments"><h3>7 responses</h3><p>Comments are moderated and may take a while to
appear.</p></div>
</div>
</div>
<div id="sidebar">
<div class="widget"><h3>Advertise with the Tide</h3><p>Reach readers in every corner of
Shetland. Call the office or email our sales team.</p></div>
<div class="widget"><h3>Latest jobs</h3>{_links(["Relief care worker, Yell",
  "Harbour operative, Lerwick Port Authority", "Classroom assistant, Baltasound"])}</div>
<div class="widget"><h3>Recent posts</h3>{_links(["Up Helly Aa jarl squad named",
  "Council approves new ferry terminal design", "Whalsay pier repairs delayed again"])}
</div>
</div>
<div id="footer"><p>The Shetland Tide is an independent news service. Registered office:
Commercial Street, Lerwick.</p><p><a href="/privacy/">Privacy</a> &#124;
<a href="/cookies/">Cookies</a></p></div>
</body>
</html>
"""


def _ledger(url: str, headline: str, iso: str, shown: str, author: str, body: str,
            tags: list[str], caption: str, upcoming: list[str]) -> str:
    """Launch Ledger: a specialist launch-industry site (US English)."""
    ld = _ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": headline,
              "datePublished": iso, "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": "Launch Ledger"},
              "mainEntityOfPage": url})
    tag_html = " ".join(f'<a rel="tag" href="/tag/{t.lower().replace(" ", "-")}/">'
                        f"{_esc(t)}</a>" for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_esc(headline)} - Launch Ledger</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Launch Ledger">
<meta property="article:published_time" content="{iso}">
<meta property="og:image" content="{url}cover.jpg">
<link rel="canonical" href="{url}">
{ld}
</head>
<body class="post-template-default">
<a class="screen-reader-text" href="#content">Skip to content</a>
<header id="masthead"><a class="site-title" href="/">Launch Ledger</a>
<p class="site-description">Every launch, on the record</p>
<nav><ul><li><a href="/launches/">Launches</a></li><li><a href="/industry/">Industry</a>
</li><li><a href="/policy/">Policy</a></li><li><a href="/schedule/">Launch schedule</a></li>
<li><a href="/podcast/">Podcast</a></li><li><a href="/support/">Support us</a></li></ul>
</nav></header>
<div id="content">
<article class="post">
<header class="entry-header">
<h1 class="entry-title">{_esc(headline)}</h1>
<div class="entry-meta">by <span class="author">{_esc(author)}</span> &#8212;
<time class="entry-date published" datetime="{iso}">{shown}</time></div>
</header>
<figure class="wp-block-image"><img src="{url}cover.jpg" alt="">
<figcaption>{_esc(caption)}</figcaption></figure>
<div class="entry-content">
{_body(body, ads={5: '<div class="support-box"><p>Launch Ledger is reader-supported. '
                   'No paywall, no autoplay video. <a href="/support/">Become a member'
                   '</a>.</p></div>'})}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<section id="comments"><h2>Comments</h2><p>Log in to join the discussion.</p></section>
</div>
<aside id="secondary"><section class="widget"><h2>Next up on the schedule</h2>
{_links(upcoming)}</section>
<section class="widget"><h2>Get the Ledger in your inbox</h2><form><input type="email"
placeholder="you@example.com"><button>Subscribe</button></form></section></aside>
<footer id="colophon"><p>Launch Ledger &#8212; independent launch reporting.</p>
<p><a href="/about/">About</a> &#183; <a href="/ethics/">Ethics policy</a> &#183;
<a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""


def _sentinel(url: str, headline: str, iso: str, shown: str, author: str, role: str,
              body: str, caption: str, credit: str, more: list[str]) -> str:
    """Space Coast Sentinel: a Florida local daily with a metered paywall."""
    ad = '<div class="gam-ad" data-slot="mid-article"><small>ADVERTISEMENT</small></div>'
    ld = _ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": iso, "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": "Space Coast Sentinel"}})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)}</title>
<meta name="description" content="{_attr(headline)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Space Coast Sentinel">
<meta name="article:published_time" content="{iso}">
{ld}
</head>
<body>
<a href="#main" class="skip-nav">Skip to main content</a>
<div class="meter-banner">You have 2 free articles remaining this month.
<a href="/subscribe">Subscribe for $1</a></div>
<header><a href="/" class="brand">Space Coast Sentinel</a>
<nav><a href="/news">News</a> <a href="/space">Space</a> <a href="/sports">Sports</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a>
<a href="/obituaries">Obituaries</a> <a href="/eedition">eEdition</a></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<main id="main">
<article>
<div class="kicker"><a href="/space">SPACE</a></div>
<h1>{_esc(headline)}</h1>
<div class="gnt_ar_by">{_esc(author)}<br><span>{_esc(role)}</span></div>
<div class="gnt_ar_dt">{shown}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">X</a>
<a href="#">Comments</a></div>
<figure><img src="/img/launch.jpg" alt="A rocket lifts off at dusk">
<figcaption>{_esc(caption)} <span class="credit">{_esc(credit)}</span></figcaption>
</figure>
<div class="article-body">
{_body(body, ads={3: ad, 8: ad})}
</div>
<p class="tip">Have a news tip? Contact the space team through our newsroom page.</p>
</article>
<aside class="more"><h2>More Space Coast launch coverage</h2>{_links(more)}</aside>
</main>
<footer><p>Copyright &#169; {iso[:4]} Space Coast Sentinel. All rights reserved.</p>
<a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a>
<a href="/california-privacy">Your California Privacy Rights</a>
<a href="/accessibility">Accessibility</a></footer>
</body>
</html>
"""


def _sbc(url: str, headline: str, iso: str, shown: str, authors: str, key_points: list[str],
         body: str, caption: str) -> str:
    """SBC News: an Australian public broadcaster (Australian English, AEDT times)."""
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": iso, "publisher": {"@type": "Organization", "name": "SBC"}})
    kp = "".join(f"<li>{_esc(k)}</li>" for k in key_points)
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - SBC News</title>
<meta name="description" content="{_attr(key_points[0])}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="SBC News">
<meta property="article:published_time" content="{iso}">
{ld}
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<a class="skip" href="#footer">Skip to footer</a>
<header><a href="/news" class="logo">SBC News</a>
<nav><a href="/news/justin">Just In</a> <a href="/news/australia">Australia</a>
<a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/science">Science</a> <a href="/news/rural">Rural</a>
<a href="/news/factcheck">Fact Check</a> <a href="/listen">SBC listen</a></nav></header>
<main id="content">
<article>
<h1>{_esc(headline)}</h1>
<div class="byline">By {_esc(authors)}</div>
<div class="timestamp">{shown}</div>
<figure><img src="/img/sat.jpg" alt=""><figcaption>{_esc(caption)}</figcaption></figure>
<section class="key-points"><h2>In short:</h2><ul>{kp}</ul></section>
<div class="article-text">
{_body(body)}
</div>
<p class="topics">Topics: <a href="#">Science and Technology</a>, <a href="#">Space
Exploration</a>, <a href="#">Internet</a>, <a href="#">Regional Communities</a></p>
</article>
<aside><h2>Top Stories</h2>{_links(["Cattle prices slide as northern wet season arrives",
  "Murray-Darling water buyback tender opens", "Bureau warns of early heatwave in SA"])}
</aside>
</main>
<footer id="footer"><p>SBC acknowledges Aboriginal and Torres Strait Islander peoples as
the First Australians and Traditional Custodians of the lands where we live, learn, and
work.</p><p>This service may include material from Meridian Press and other agencies,
which may not be reproduced.</p><p><a href="#">Editorial Policies</a> &#183;
<a href="#">Privacy Policy</a> &#183; <a href="#">Contact SBC</a></p></footer>
</body>
</html>
"""


def _ebn(url: str, headline: str, iso: str, shown: str, updated: str, author: str,
         body: str, caption: str) -> str:
    """EBN: a European public broadcaster's English service."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | EBN</title>
<meta name="description" content="{_attr(headline)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{iso}">
</head>
<body>
<div class="gdpr" role="dialog"><p>EBN values your privacy. We and our 212 partners store
and access information on your device for audience measurement and personalised
advertising.</p><button>Agree and close</button> <button>Learn more</button>
<button>Continue without agreeing</button></div>
<a class="skip" href="#article">Skip to content</a>
<header><a href="/en/" class="logo">EBN</a>
<a href="/en/live" class="live">Watch live</a> <a href="/en/radio">Listen</a>
<select aria-label="Language"><option>English</option><option>Fran&#231;ais</option>
<option>Deutsch</option><option>Italiano</option><option>Espa&#241;ol</option></select>
<nav><a href="/en/news/europe">Europe</a> <a href="/en/news/world">World</a>
<a href="/en/business">Business</a> <a href="/en/green">Green</a>
<a href="/en/next">Next</a> <a href="/en/travel">Travel</a> <a href="/en/video">Video</a>
</nav></header>
<main id="article">
<article>
<p class="breadcrumb"><a href="/en/news/europe">Europe News</a></p>
<h1>{_esc(headline)}</h1>
<div class="author">By {_esc(author)}</div>
<div class="dates">Published on {shown} &#8226; Updated {updated}</div>
<div class="share"><span>Share this article</span> <button>Comments</button>
<a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Flipboard</a>
<a href="#">Send</a> <a href="#">Reddit</a> <a href="#">Linkedin</a>
<a href="#">Messenger</a> <a href="#">Telegram</a> <a href="#">VK</a>
<a href="#">Bluesky</a> <a href="#">Threads</a> <a href="#">Whatsapp</a></div>
<figure><img src="/img/quake.jpg" alt=""><figcaption>{_esc(caption)}</figcaption></figure>
<div class="c-article-content">
{_body(body, curly=True, ads={4: '<div class="ad"><span>ADVERTISEMENT</span></div>'})}
</div>
<p class="copyright">Additional sources &#8226; Meridian Press, INGV</p>
</article>
<aside><h2>Latest news</h2>{_links(["EU ministers fail to agree on fishing quotas",
  "Storm brings snow chaos to the Alps", "Spain's jobless rate at lowest level in 18 years"])}
</aside>
</main>
<footer><p>&#169; EBN {iso[:4]}</p><a href="#">Terms and conditions</a>
<a href="#">Cookie settings</a> <a href="#">Contact</a></footer>
</body>
</html>
"""


def _aep(headline: str, shown: str, author: str, body: str, caption: str) -> str:
    """Abruzzo English Post: a small English-language regional site, date without time."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - Abruzzo English Post</title>
<meta name="description" content="News from L'Aquila, Pescara, Chieti and Teramo in
English">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
</head>
<body>
<div class="topline">News from L&#8217;Aquila, Pescara, Chieti and Teramo &#8211; in
English &#183; <a href="/donate">Buy us a coffee</a></div>
<header><a class="logo" href="/">Abruzzo English Post</a>
<nav><a href="/category/laquila/">L&#8217;Aquila</a> <a href="/category/pescara/">Pescara
</a> <a href="/category/chieti/">Chieti</a> <a href="/category/teramo/">Teramo</a>
<a href="/category/food-wine/">Food &amp; Wine</a> <a href="/category/property/">Living
here</a> <a href="/category/events/">What&#8217;s on</a></nav></header>
<div class="container">
<article>
<h1>{_esc(headline)}</h1>
<p class="post-meta">{shown} &#8212; {_esc(author)}</p>
<div class="featured"><img src="/wp-content/uploads/sulmona.jpg" alt="">
<span class="caption">{_esc(caption)}</span></div>
{_body(body, ads={5: '<div class="banner">Advertisement &#8211; Restored stone houses in '
                   'the Peligna valley. Call our English-speaking agents.</div>'})}
<div class="post-tags">Tags: <a href="#">earthquake</a>, <a href="#">Sulmona</a>,
<a href="#">Valle Peligna</a>, <a href="#">civil protection</a></div>
</article>
<aside class="sidebar"><h3>Useful numbers</h3><p>Emergency: 112 &#183; Civil protection
regional line: see the Region&#8217;s website</p><h3>Popular this week</h3>
{_links(["Where to eat arrosticini in Pescara", "Snow closes Campo Imperatore road",
  "New direct flights from Pescara to Dublin"])}</aside>
</div>
<footer><p>Abruzzo English Post is an independent publication run by volunteers.</p>
<p><a href="/privacy/">Privacy &amp; cookies</a></p></footer>
</body>
</html>
"""


def _gazette(url: str, headline: str, shown: str, author: str, role: str, body: str,
             caption: str) -> str:
    """The Marshland Gazette: a local weekly's website, date without a time."""
    ad = '<div class="advert"><span>Advertisement</span></div>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | Marshland Gazette</title>
<meta name="description" content="{_attr(headline)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Marshland Gazette">
<link rel="canonical" href="{url}">
</head>
<body>
<div class="consent"><p>We use cookies to give you the best experience. By clicking
&#8220;Accept&#8221; you agree to our use of cookies.</p><button>Accept</button>
<button>Settings</button></div>
<a class="skip" href="#story">Skip to content</a>
<header><p class="network">Part of the Midlands Local Media network</p>
<a class="logo" href="/">Marshland Gazette</a>
<nav><a href="/news/">News</a> <a href="/news/politics/">Politics</a>
<a href="/sport/">Sport</a> <a href="/whats-on/">What&#8217;s On</a>
<a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a>
<a href="/e-edition/">E-edition</a></nav></header>
<main id="story">
<article>
<p class="section">News &#8250; Politics</p>
<h1>{_esc(headline)}</h1>
<p class="author">By {_esc(author)}, {_esc(role)}</p>
<p class="date">{shown}</p>
<figure><img src="/img/count.jpg" alt=""><figcaption>{_esc(caption)}</figcaption></figure>
{_body(body, curly=True, ads={2: ad, 7: ad})}
<p class="follow">Follow the Gazette on Facebook for the latest news from Kettleby and the
surrounding villages.</p>
</article>
<aside><h2>Most read in Kettleby</h2>{_links([
  "Market Place parking charges to rise in April",
  "Kettleby Town earn replay after goalless draw",
  "Plans lodged for 120 homes off Fen Lane"])}</aside>
</main>
<footer><p>&#169; Midlands Local Media Ltd. Registered in England.</p>
<a href="/contact/">Contact us</a> <a href="/privacy/">Privacy</a>
<a href="/ipso/">IPSO regulated</a></footer>
</body>
</html>
"""


def _notebook(headline: str, subtitle: str, author: str, body: str) -> str:
    """Westminster Notebook: a political newsletter page with no date at all."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - by {_esc(author)}</title>
<meta name="description" content="{_attr(subtitle)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(subtitle)}">
<meta name="author" content="{_attr(author)}">
</head>
<body>
<header class="pub-header"><a href="/">Westminster Notebook</a>
<button>Subscribe</button> <a href="/signin">Sign in</a></header>
<main>
<article class="post">
<h1 class="post-title">{_esc(headline)}</h1>
<h3 class="subtitle">{_esc(subtitle)}</h3>
<div class="post-meta"><span class="author-name">{_esc(author)}</span>
<span class="paid">Free post</span></div>
<div class="post-actions"><button>Like</button> <button>Comment</button>
<button>Restack</button> <button>Share</button></div>
<div class="body markup">
{_body(body, curly=True, ads={6: '<div class="subscription-widget"><p>Westminster '
                   'Notebook is a reader-supported publication. To receive new posts and '
                   'support my work, consider becoming a free or paid subscriber.</p>'
                   '<button>Subscribe</button></div>'})}
</div>
<div class="post-footer"><button>Share</button> <a href="#comments">Discussion about
this post</a></div>
</article>
<section class="author-bio"><p>{_esc(author)} has covered elections and Parliament for
two decades. Westminster Notebook is published most weekdays.</p></section>
</main>
<footer><p>Ready for more? <button>Subscribe</button></p>
<p>Privacy &#8729; Terms &#8729; Collection notice</p></footer>
</body>
</html>
"""


def _tradewinds(url: str, headline: str, iso: str, shown: str, author: str, body: str,
                tickers: list[str], related: list[str]) -> str:
    """Tradewinds Brief: a markets and trade-policy blog."""
    tick = " ".join(f'<span class="tick">{_esc(t)}</span>' for t in tickers)
    ld = _ld({"@context": "https://schema.org", "@type": "Article", "headline": headline,
              "datePublished": iso, "author": {"@type": "Person", "name": author}})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} &#8212; Tradewinds Brief</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Tradewinds Brief">
<meta name="twitter:creator" content="@tradewindsbrief">
<link rel="canonical" href="{url}">
{ld}
</head>
<body>
<div class="ticker" aria-label="Market data, delayed">{tick}</div>
<header><a href="/" class="brand">Tradewinds Brief</a>
<span class="tagline">Markets, shipping and trade policy</span>
<nav><a href="/macro/">Macro</a> <a href="/tariffs/">Tariffs</a>
<a href="/shipping/">Shipping</a> <a href="/commodities/">Commodities</a>
<a href="/charts/">Chart of the day</a> <a href="/pro/">Go Pro</a></nav></header>
<main>
<article>
<h1>{_esc(headline)}</h1>
<p class="meta">{_esc(author)} &#183; {shown} &#183; 4 min read</p>
<div class="content">
{_body(body, ads={4: '<div class="promo">Tradewinds Pro subscribers get the full '
                   'customs tables by product and partner. <a href="/pro/">Try it free'
                   '</a></div>'})}
</div>
<p class="disclaimer">Nothing here is investment advice. Data from official sources;
charts may be revised.</p>
</article>
<aside><h3>Related</h3>{_links(related)}</aside>
</main>
<footer><p>&#169; Tradewinds Brief. <a href="/about/">About</a> &#183;
<a href="/contact/">Contact</a> &#183; <a href="/rss/">RSS</a></p></footer>
</body>
</html>
"""


def _capledger(url: str, section: str, headline: str, dek: str, iso: str, shown: str,
               author: str, body: str, caption: str, credit: str) -> str:
    """The Capital Ledger: a US national daily."""
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "description": dek, "datePublished": iso, "isAccessibleForFree": False,
              "author": [{"@type": "Person", "name": author}],
              "publisher": {"@type": "Organization", "name": "The Capital Ledger"}})
    ad = ('<div class="ad-wrap"><p>Advertisement</p><div class="ad-unit"></div>'
          '<p>Story continues below advertisement</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - The Capital Ledger</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
{ld}
</head>
<body>
<a class="skip" href="#main-content">Skip to main content</a>
<header><a href="/" class="logo">The Capital Ledger</a>
<p class="motto">Independent journalism since 1911</p>
<nav><a href="/politics/">Politics</a> <a href="/nation/">Nation</a>
<a href="/climate-environment/">Climate</a> <a href="/business/">Business</a>
<a href="/opinions/">Opinions</a> <a href="/style/">Style</a></nav>
<a href="/subscribe/" class="sub">Subscribe</a> <a href="/signin/">Sign in</a></header>
<main id="main-content">
<article>
<p class="kicker">{_esc(section)}</p>
<h1>{_esc(headline)}</h1>
<p class="dek">{_esc(dek)}</p>
<div class="byline">By <a href="#">{_esc(author)}</a></div>
<div class="timestamp">{shown}</div>
<div class="tools"><button>Gift Article</button> <button>Share</button>
<button>Comment</button> <button>Save</button></div>
<figure><img src="/img/court.jpg" alt=""><figcaption>{_esc(caption)}
<span class="credit">({_esc(credit)})</span></figcaption></figure>
<div class="article-body">
{_body(body, curly=True, ads={3: ad, 8: ad})}
</div>
</article>
<aside><h2>Most Read Nation</h2>{_links([
  "Blizzard warnings stretch from Montana to the Dakotas",
  "A small Ohio town bet its future on a chip plant. Then the delays began.",
  "What to know about new Medicare enrollment rules"])}</aside>
</main>
<footer><p>&#169; 1996-{iso[:4]} The Capital Ledger</p><a href="#">About Us</a>
<a href="#">Policies &amp; Standards</a> <a href="#">Terms of Use</a>
<a href="#">Privacy Policy</a></footer>
</body>
</html>
"""


def _lpr(url: str, headline: str, iso: str, shown: str, author: str, body: str,
         audio: str) -> str:
    """Lakeshore Public Radio: a Michigan public radio newsroom page."""
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": iso, "author": {"@type": "Person", "name": author}})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | Lakeshore Public Radio</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Lakeshore Public Radio">
<meta property="article:published_time" content="{iso}">
{ld}
</head>
<body>
<div class="donate-bar">Local news is a public service. <a href="/donate">Donate</a> to
keep it free for everyone.</div>
<a class="skip" href="#main">Skip to Content</a>
<header><a href="/" class="station">Lakeshore Public Radio</a>
<div class="now-playing">On Air Now: All Things Considered</div>
<nav><a href="/news">News</a> <a href="/politics">Politics &amp; Government</a>
<a href="/environment">Environment</a> <a href="/podcasts">Podcasts</a>
<a href="/schedule">Schedule</a> <a href="/events">Events</a></nav></header>
<main id="main">
<article>
<p class="category">Politics &amp; Government</p>
<h1>{_esc(headline)}</h1>
<div class="author">{_esc(author)}</div>
<div class="date">Published {shown}</div>
<div class="audio-player"><button>Listen</button> <span>{audio}</span></div>
<div class="body">
{_body(body, ads={5: '<div class="underwriting"><p>Support for Lakeshore Public Radio '
                   'comes from our listeners and from local businesses.</p></div>'})}
</div>
<p class="copyright">Copyright {iso[:4]} Lakeshore Public Radio</p>
</article>
<aside><h2>More from Lakeshore Public Radio</h2>{_links([
  "Lake-effect snow to pile up along the shoreline this weekend",
  "Grand Rapids commission delays vote on transit millage",
  "State parks see record fall camping season"])}</aside>
</main>
<footer><p>Lakeshore Public Radio is a service of a Michigan nonprofit.</p>
<a href="#">FCC Public Files</a> <a href="#">Contact</a> <a href="#">Careers</a></footer>
</body>
</html>
"""


def _bbr(url: str, headline: str, shown: str, author: str, body: str,
         case_box: list[tuple[str, str]]) -> str:
    """Bench & Bar Report: a legal trade site."""
    box = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in case_box)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | Bench &amp; Bar Report</title>
<meta name="description" content="{_attr(headline)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Bench &amp; Bar Report">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><a href="/" class="logo">Bench &amp; Bar Report</a>
<nav><a href="/appellate/">Appellate</a> <a href="/energy/">Energy &amp; Utilities</a>
<a href="/litigation/">Litigation</a> <a href="/state-courts/">State Courts</a>
<a href="/lateral-moves/">Lateral Moves</a></nav>
<div class="login"><a href="/login">Log in</a> <a href="/trial">Start free trial</a></div>
</header>
<main id="main">
<article>
<h1>{_esc(headline)}</h1>
<p class="byline">By {_esc(author)} &#183; {shown}</p>
<dl class="case-box">{box}</dl>
{_body(body)}
<p class="cle">Earn CLE credit: register for our webinar on utility rate litigation.</p>
</article>
<aside><h2>Trending</h2>{_links([
  "Seventh Circuit revives pipeline easement suit",
  "Firm adds energy regulatory team in Detroit",
  "Ohio justices weigh data-center tariff dispute"])}</aside>
</main>
<footer><p>&#169; Bench &amp; Bar Report. All rights reserved. Reproduction without
permission prohibited.</p></footer>
</body>
</html>
"""


# ======================================================================================
# Story 1: rocket-UB1 -- Northlink Launch's Fulmar reaches space, misses orbit (planted)
# ======================================================================================

_S1_MPA = _mpa(
    "https://www.meridianpress.example/science/northlink-fulmar-maiden-launch-2026-03-12/",
    "Science",
    "First vertical rocket launch from UK reaches space but falls short of orbit",
    "Northlink Launch's Fulmar rocket reached space from Shetland on its first flight but "
    "its upper stage shut down early, the company said.",
    "2026-03-12T15:48:00Z", "March 12, 2026 3:48 PM GMT",
    "Sarah Lindqvist", "LERWICK, Scotland, March 12 (MPA)",
    """
    Northlink Launch's Fulmar rocket reached space on its maiden flight from Shetland on
    Thursday but failed to reach orbit after its upper-stage engine shut down early, the
    Scottish company said, ending the first attempt to put satellites into orbit from a
    vertical launch site in Britain.

    The 22-metre (72-foot) rocket lifted off from Skerra Ness Spaceport on the island of
    Unst at 13:07 GMT, two days after a first attempt was called off because of strong
    winds high in the atmosphere. Its first stage, powered by six Corrie engines burning
    propane and liquid oxygen, performed as planned and separated about two and a half
    minutes into the flight.

    The single engine on the second stage ignited but stopped around six and a half
    minutes after liftoff, roughly 90 seconds before its planned cut-off, Northlink said.
    The vehicle reached a peak altitude of about 190 km (118 miles) before falling into
    the Norwegian Sea inside a hazard area that had been cleared of shipping and aircraft.
    No one was hurt.

    "Today we got a great deal further than most first flights ever do," Chief Executive
    Fiona Marwick told reporters at the spaceport. "We did not reach orbit, and we are not
    going to pretend otherwise."

    The rocket was carrying five small satellites, including a student-built cubesat from
    the University of Strathclyde and a ship-tracking satellite for Danish firm Skagen
    Orbital. All were lost.

    Chief engineer Tomasz Rybicki said telemetry showed a fall in combustion chamber
    pressure on the upper-stage engine shortly before the flight computer commanded it to
    shut down. "That is the system doing exactly what it was designed to do," he said.
    "Our job now is to understand why that pressure fell."

    Britain has spent more than a decade and hundreds of millions of pounds trying to build
    a domestic launch industry, betting that small rockets flying from Scotland could win
    a share of a fast-growing market for placing constellations of small satellites into
    polar orbits.

    The only previous British orbital attempt, Virgin Orbit's air-launched mission from
    Cornwall in January 2023, also failed to reach orbit. Virgin Orbit filed for
    bankruptcy months later.

    The Civil Aviation Authority, which licensed the Fulmar launch in January, said it had
    been informed of the anomaly and would oversee the company's investigation.

    Northlink, which is based in Livingston near Edinburgh and employs about 140 people,
    has raised around 85 million pounds ($109 million) from investors and government
    grants. Marwick said a second Fulmar was already being assembled and could fly within
    nine to 12 months, subject to the findings of the investigation.

    Helen Okafor, director of launch at the UK Space Agency, said reaching space on a first
    flight was "a genuine milestone" and that the government remained committed to
    launching from Scotland.

    A Skagen Orbital spokesperson in Copenhagen said the company's satellite was insured
    and that a replacement was already in production.
    """,
    "Reporting by Sarah Lindqvist in Lerwick; Additional reporting by Paul Sandeman in "
    "London; Editing by Ines Carvalho",
    ["Airbus wins satellite order from Middle East operator",
     "EU agrees space law framework after two years of talks",
     "Rolls-Royce to build micro-reactor demonstrator in Derby"],
)

_S1_COURIER = _courier(
    "https://www.northerncourier.example/science/2026/mar/12/fulmar-rocket-shetland-launch-"
    "reaches-space-fails-orbit",
    "Science",
    "Scottish rocket reaches space on maiden flight but falls short of orbit",
    "Fulmar launch from Shetland ends in the Norwegian Sea after its upper-stage engine cuts "
    "out early",
    "2026-03-12T17:30:00Z", "Thu 12 Mar 2026 17.30 GMT",
    "Alasdair Reid", "Science correspondent",
    """
    It rose cleanly off the pad, punched through a thin layer of cloud over Unst and, for
    a little over six minutes, looked as if it might make history. Then the upper stage of
    the first rocket to attempt an orbital launch from British soil fell silent, and the Fulmar,
    along with its cargo of four small satellites, came down in the Norwegian Sea.

    Northlink Launch, the Livingston-based company behind the 22-metre rocket, said the
    flight from Skerra Ness Spaceport on Thursday had nevertheless reached space,
    climbing to roughly 190km before the second-stage engine shut down about 90 seconds
    early.

    The launch, at 1.07pm, came two days after a first attempt on Tuesday was scrubbed
    because of strong winds high in the atmosphere.

    Fiona Marwick, Northlink's chief executive, said: "The first stage was flawless,
    separation was clean, and we have a huge amount of data from the upper stage. That is
    worth an enormous amount to us. But we did not reach orbit, and we are not going to
    pretend otherwise."

    Tomasz Rybak, the company's chief engineer, said early telemetry showed a drop in
    pressure in the combustion chamber of the second-stage engine, prompting the flight
    computer to command a shutdown. "We built it to protect itself and the public, and it
    did," he said. "Now we find out why."

    Among the satellites lost were StrathSat-2, a cubesat built by students at the
    University of Strathclyde, and a maritime tracking satellite for the Danish company
    Skagen Orbital.

    Dr Priya Nandakumar, who supervised the Strathclyde team, said the students were
    "gutted but proud". "They have spent three years on this satellite," she said. "It is
    a hard lesson in how the space business works, but they will fly again."

    ## A long road to a British launch

    Thursday's flight was the first attempt to reach orbit from British soil by a rocket
    launched vertically. The only previous orbital attempt from the UK ended in failure in
    January 2023, when Virgin Orbit's LauncherOne was dropped from a converted Boeing 747
    that had taken off from Newquay in Cornwall.

    Ministers have repeatedly named space as a growth sector, and the UK Space Agency has
    backed several Scottish spaceport projects with grants. Helen Okafor, the agency's
    director of launch, said: "Reaching space on a maiden flight is a genuine milestone.
    Every launch nation has lost rockets on the way to building a reliable service."

    Northlink, which employs about 140 people and has raised about £85m, said a
    second Fulmar was being assembled and could fly within nine to 12 months. The Civil
    Aviation Authority, which granted the launch licence in January, will oversee the
    investigation into the failure.

    For Unst, the most northerly inhabited island in the UK, the launch was a spectacle
    as much as an industrial milestone. Guest houses and self-catering cottages were
    booked out for the week, and extra ferry sailings were laid on across Bluemull Sound.

    Not everyone on the island is an enthusiast. Campaigners have raised concerns about
    the impact of launches on seabird colonies at nearby Hermaness, and the RSPB said it
    would be asking for the results of noise monitoring carried out during the flight.
    """,
    ("The Fulmar rocket lifting off from Skerra Ness on Unst",
     "The Fulmar lifts off from Skerra Ness Spaceport on Unst on Thursday afternoon.",
     "Northlink Launch/PA"),
    ["Live: Chancellor's spring statement - all the key points",
     "Storm Imogen: amber warning for wind across northern Scotland",
     "Scientists find traces of ancient lake beneath Antarctic ice"],
)

_S1_TIDE = _tide(
    "Fulmar reaches space from Unst - but misses orbit",
    "12/03/2026", "Ronan Isbister",
    """
    Hundreds of people lined the hills above Haroldswick on Thursday afternoon to watch the
    Fulmar rocket blast off from Skerra Ness, the first orbital launch attempt from
    Shetland.

    The rocket left the pad at 1.37pm and disappeared into the cloud within seconds,
    leaving behind a roar that was heard as far away as Baltasound and Uyeasound.

    Northlink Launch later confirmed that the rocket had reached space but had not made it
    into orbit after the engine on its second stage stopped early. The rocket and the five
    satellites it was carrying came down in the sea well to the north of Shetland, inside
    an area that had been closed to shipping and aircraft.

    Fiona Marwick, the company's chief executive, thanked the people of Unst for their
    patience during a week of road closures and early starts.

    "Nobody on Unst has ever seen anything like this, and neither, in a way, had we," she
    said. "The welcome this island has given us has been extraordinary, and we will be
    back."

    Morag Sinclair, who runs a guest house in Baltasound, said every one of her rooms had
    been taken for the week. "I had folk from Aberdeen, from London, even a couple from
    Texas," she said. "Some of them were here for Tuesday as well and had to stay on an
    extra couple of nights. Nobody was complaining."

    Police Scotland closed the A968 north of Haroldswick from 11am, and a viewing area was
    set up on the hill road with portable toilets and a burger van. Shetland Islands
    Council ran extra sailings on the Bluemull Sound ferry between Gutcher and Belmont to
    cope with the numbers heading north.

    The launch had originally been due to take place on Tuesday but was called off about
    40 minutes before liftoff because of strong winds high above the islands.

    North Isles councillor Duncan Laurenson said the day had shown what Unst was capable
    of. "People said we couldn't host something like this up here. Today proved them
    wrong, even if the rocket didn't quite get where it was going," he said. "The
    important thing is that everyone was kept safe and that the jobs stay on the island."

    Skerra Ness employs around 45 people, most of them from Unst and Yell, and the
    spaceport's owners have said they hope to host several launches a year once Northlink
    and other rocket companies are flying regularly.

    Tomasz Rybak, Northlink's chief engineer, said the team would spend the coming weeks
    going through the data. "We'll take every scrap of information from this flight and
    put it into the next rocket," he said. The company hopes to return to Unst with a
    second Fulmar within nine to twelve months.

    Lerwick Coastguard said fishing vessels in the area had been contacted in advance and
    all had kept clear of the exclusion zone.

    Among the crowd was nine-year-old Erin Mouat from Cullivoe, who had been given the
    afternoon off school. "It was so loud my chest was shaking," she said. "I want to
    work there when I'm big."
    """,
    "Spectators watch the Fulmar climb away from Skerra Ness. Photo: Tide reader Jim Hunter",
)

_S1_LEDGER = _ledger(
    "https://www.launchledger.example/2026/03/12/fulmar-first-flight-upper-stage-shutdown/",
    "Fulmar's first flight: clean staging, early upper-stage shutdown, no orbit",
    "2026-03-12T19:05:00Z", "March 12, 2026",
    "Marcus Kell",
    """
    Northlink Launch's Fulmar made it to space on its debut, but not to orbit. The
    two-stage rocket lifted off from Skerra Ness Spaceport on Unst, Shetland, at 13:07
    UTC on Thursday, March 12, on a mission the company had called "Ness One," carrying
    five small satellites bound for a sun-synchronous orbit of about 500 km.

    According to Northlink's post-flight update, the first stage's six Corrie engines
    burned for roughly two and a half minutes. Main engine cutoff came at about T+2:28,
    and stage separation followed moments later. The vacuum-optimized Corrie-V on the
    upper stage lit as planned.

    The trouble started several minutes into the second-stage burn. Northlink said the
    flight computer detected a drop in chamber pressure on the Corrie-V and commanded a
    shutdown at about T+6:31, approximately 90 seconds short of the planned cutoff. The
    stage coasted to an apogee of approximately 240 km before falling into the Norwegian
    Sea within the pre-notified hazard area.

    "We saw the chamber pressure fall away over a period of a few seconds, and the
    vehicle did what it is programmed to do," chief engineer Tomasz Rybak said during a
    webcast briefing. "What we don't yet know is whether we are looking at a propellant
    feed problem, an injector issue or an instrumentation fault. We're not going to guess."

    CEO Fiona Marwick struck a similar tone. "The first stage was flawless, separation was
    clean, and we have a huge amount of data from the upper stage," she said. "That is
    worth an enormous amount to us."

    ## What was on board

    The five payloads included StrathSat-2, a 3U cubesat from the University of
    Strathclyde, and an AIS ship-tracking satellite built for Denmark's Skagen Orbital.
    The other three were technology demonstrators from UK companies, testing a deployable
    antenna, a star tracker and a low-cost radio. Fulmar is designed to carry up to 450 kg
    to sun-synchronous orbit, but this flight carried well under half that.

    ## How this compares

    Caleb Ferris, an analyst at space consultancy Orbitfield Partners, said the result
    should be read against the long history of first flights. "The statistics for maiden
    launches are brutal. Getting through first-stage flight, max-Q and staging on your
    first try retires a big chunk of the risk," he said. "Upper-stage engine problems are
    usually fixable. The question for Northlink is money and time."

    Northlink has raised about £85 million to date. Marwick told reporters the second
    vehicle is already in assembly at the company's Livingston factory, and she expects it
    to fly within nine to 12 months, depending on what the investigation finds. The UK
    Civil Aviation Authority, which licensed the flight in January, will oversee the
    investigation.

    The flight came two days after a scrubbed attempt on Tuesday, March 10, when upper
    level winds over Shetland exceeded limits. Thursday's countdown was comparatively
    smooth, with a short hold at T-10 minutes to clear a boat from the range.

    Fulmar is the first vertically launched rocket to attempt orbit from the United
    Kingdom. The only previous British orbital attempt, Virgin Orbit's air-launched
    LauncherOne in January 2023, also failed.
    """,
    ["Northlink Launch", "Fulmar", "Skerra Ness", "United Kingdom", "Launch failures"],
    "Fulmar climbs away from Skerra Ness on March 12. (Credit: Northlink Launch)",
    ["Electron | OceanEye-2 | March 14",
     "Falcon 9 | Starlink Group 17-4 | March 15",
     "Vega C | Sentinel-3C | March 19"],
)

STORY_1 = _story("rocket-UB1", "rocket", "2026-03-14", [
    _page("https://www.meridianpress.example/science/"
          "northlink-fulmar-maiden-launch-2026-03-12/", _S1_MPA),
    _page("https://www.northerncourier.example/science/2026/mar/12/"
          "fulmar-rocket-shetland-launch-reaches-space-fails-orbit", _S1_COURIER),
    _page("https://www.shetlandtide.example/2026/03/12/fulmar-reaches-space-from-unst/",
          _S1_TIDE),
    _page("https://www.launchledger.example/2026/03/12/"
          "fulmar-first-flight-upper-stage-shutdown/", _S1_LEDGER),
], [
    ("liftoff time",
     r"(?<![\d:.])(13[:.]07|1[:.]07 ?(pm|p\.m\.))(?!\d)",
     r"(?<![\d:.])(13[:.]37|1[:.]37 ?(pm|p\.m\.))(?!\d)"),
    ("number of satellites on board",
     r"(?<![\d.\-])(5|five)( small)?( satellites| payloads| spacecraft|$)",
     r"(?<![\d.\-])(4|four)( small)?( satellites| payloads| spacecraft|$)"),
    ("peak altitude",
     r"(?<![\d.])190 ?(km|kilomet)",
     r"(?<![\d.])240 ?(km|kilomet)"),
    ("chief engineer's surname", r"rybak", r"rybicki"),
])


# ======================================================================================
# Story 2: rocket-UB2 -- Longbow launches AusConnect-2 (CONTROL: no planted disagreement)
# ======================================================================================

_S2_MPA = _mpa(
    "https://www.meridianpress.example/science/arcwright-longbow-ausconnect-2-2025-11-18/",
    "Science",
    "Arcwright's reusable Longbow rocket launches Australian broadband satellite",
    "Arcwright Space launched the AusConnect-2 satellite from Florida and landed the "
    "rocket's first stage on a ship in the Atlantic.",
    "2025-11-19T00:31:00Z", "November 19, 2025 12:31 AM GMT",
    "Daniel Okoro", "CAPE CANAVERAL, Florida, Nov 18 (MPA)",
    """
    Arcwright Space launched a broadband satellite for Australian operator Austral Connect
    from Florida on Tuesday evening, then landed the first stage of its Longbow rocket on
    a ship in the Atlantic Ocean for the third time, the company said.

    The Longbow lifted off from Launch Complex 52 at Cape Canaveral Space Force Station at
    6:42 p.m. EST (2342 GMT), a day later than planned after Monday's attempt was stood
    down to replace a faulty sensor in ground equipment.

    About eight and a half minutes after liftoff, the first-stage booster touched down on
    the drone ship Second Wind, stationed roughly 640 km (400 miles) downrange. The booster
    was making its third flight.

    The 5,900-kg (13,000-pound) AusConnect-2 satellite separated from the rocket's upper
    stage in a geosynchronous transfer orbit about 35 minutes after launch. Austral
    Connect said it had received the first signals from the spacecraft within minutes of
    separation.

    "Third flight for this booster, and a clean ride for a customer's flagship satellite,"
    Arcwright Chief Executive Dana Whitlock said in a statement. "That's what reusability
    is supposed to look like."

    Sydney-based Austral Connect sells satellite internet to households, farms, mines and
    remote communities that are beyond the reach of fiber and mobile networks. Its first
    satellite, AusConnect-1, was launched in 2019 and serves about 180,000 customers.

    The new satellite, built by Colorado-based Halden Space Systems, will spend about two
    weeks raising itself to a geostationary slot at 152 degrees East using its own
    thrusters. After months of in-orbit testing, it is expected to enter commercial
    service in March 2026.

    The company says AusConnect-2 will provide more than 100 gigabits per second of
    capacity, roughly tripling its network, and will be able to serve up to 400,000 homes
    and businesses in regional and remote Australia. It has a design life of 15 years.

    Austral Connect has put the cost of the program, covering the satellite, the launch
    and new ground stations, at 610 million Australian dollars ($396 million).

    "We've been waiting six years for today," Managing Director Callum Ridgeway said from
    the company's mission control in Sydney.

    The flight was the seventh for Longbow, a partly reusable medium-lift rocket that
    Arcwright, based in Long Beach, California, has been positioning as a competitor for
    commercial and government launch contracts.

    Reusing boosters is central to Arcwright's pitch to customers, which it says allows it
    to price launches below those of expendable rivals. Neither company disclosed what
    Austral Connect paid for the launch.

    Satellite broadband in Australia has become increasingly competitive, with
    low-Earth-orbit constellations signing up large numbers of rural users in recent
    years. Austral Connect has argued that geostationary satellites remain cheaper to run
    for fixed services such as schools, clinics and government offices, and says it will
    keep prices for existing customers unchanged when the new satellite enters service.
    """,
    "Reporting by Daniel Okoro in Cape Canaveral; Additional reporting by Kirsty Welland in "
    "Sydney; Editing by Mark Heller",
    ["Boeing delays Starliner cargo flight to 2026",
     "Japan's H3 rocket launches navigation satellite",
     "US FAA proposes overhaul of commercial launch licensing fees"],
)

_S2_SENTINEL = _sentinel(
    "https://www.spacecoastsentinel.example/story/news/space/2025/11/18/"
    "arcwright-longbow-launch-ausconnect-2-cape-canaveral/",
    "Arcwright Longbow launch: Australian internet satellite lifts off from Cape, booster "
    "lands at sea",
    "2025-11-19T01:05:00Z", "Published 8:05 p.m. ET Nov. 18, 2025",
    "Tara Quinlan", "Space Coast Sentinel",
    """
    Spectators along Cocoa Beach and Port Canaveral got a sunset-tinged show Tuesday as
    Arcwright Space's Longbow rocket roared off the Cape carrying a satellite that will
    beam internet service to the Australian Outback.

    Liftoff from Cape Canaveral Space Force Station's Launch Complex 52 came at 6:42 p.m.,
    27 minutes into a two-hour window that opened at 6:15 p.m. The rocket's exhaust plume
    lit up in the twilight, drawing cheers from crowds at Jetty Park.

    The launch had been scheduled for Monday, but Arcwright stood down that attempt to
    swap out a faulty sensor in its ground equipment at the pad. The Space Force's 45th
    Weather Squadron had forecast an 85% chance of favorable conditions for Tuesday, and
    the weather cooperated.

    Roughly eight and a half minutes after launch, the first-stage booster landed on the
    drone ship Second Wind, about 400 miles offshore. Because the landing was at sea,
    there were no sonic booms over Brevard County. It was the third launch and landing
    for this particular booster, which will be towed back to Port Canaveral later this
    week.

    The rocket's upper stage released the AusConnect-2 satellite about 35 minutes after
    liftoff into what engineers call a geosynchronous transfer orbit, a highly elongated
    path from which the satellite will climb to its final position 22,236 miles above the
    equator.

    "The vehicle was extremely clean tonight, from the pad all the way to separation,"
    Arcwright launch director Luis Ocampo said on the company's webcast. "The team has
    turned this booster around twice now and it keeps coming back in great shape."

    The satellite, which weighs about 13,000 pounds, was built by Halden Space Systems of
    Colorado for Sydney-based Austral Connect. It is designed to operate for 15 years and
    will provide internet service to as many as 400,000 homes and businesses in rural and
    remote parts of Australia.

    "For a farmer near Longreach or a clinic in the Kimberley, this satellite is the
    difference between a connection that drops out and one you can run a business on,"
    Austral Connect Managing Director Callum Ridgeway said in a video message played
    during the broadcast.

    Tuesday's mission was the seventh flight of the 200-foot Longbow, which first flew in
    2024. Arcwright, based in Long Beach, California, is one of several companies building
    a bigger presence at the Cape, where the Space Force has been reshaping its launch
    ranges to cope with record demand.

    Arcwright CEO Dana Whitlock, in a statement after landing, called the flight "what
    reusability is supposed to look like." The company plans its next Longbow launch from
    the same pad in mid-December.

    What's next at the Cape: Launch schedules are posted on the Sentinel's launch calendar,
    which is updated daily with times, trajectories and the best viewing spots across the
    Space Coast.
    """,
    "Arcwright Space's Longbow rocket lifts off from Launch Complex 52 on Tuesday evening "
    "with the AusConnect-2 satellite.",
    "Malcolm Denny/Space Coast Sentinel",
    ["Florida launch schedule: Rocket launches from Cape Canaveral this week",
     "Photos: Sunset launch lights up the sky over Brevard",
     "Port Canaveral approves new berth for returning rocket boosters"],
)

_S2_SBC = _sbc(
    "https://www.sbc.example/news/2025-11-19/ausconnect-2-satellite-launch-regional-internet/"
    "106012345",
    "Austral Connect satellite launched from Florida in boost for regional internet",
    "2025-11-19T12:05:00+11:00", "Posted Wed 19 Nov 2025 at 12:05pm",
    "Kirsty Welland and Ben Tregear",
    ["A new broadband satellite for regional and remote Australia has been launched from "
     "Cape Canaveral in Florida.",
     "AusConnect-2 is expected to roughly triple Austral Connect's capacity and serve up to "
     "400,000 homes and businesses.",
     "The company expects the satellite to begin commercial service in March next year."],
    """
    A satellite that promises faster and more reliable internet for people in the bush has
    been launched from the United States, six years after its Australian operator sent up
    its first spacecraft.

    The AusConnect-2 satellite lifted off on Arcwright Space's Longbow rocket from Cape
    Canaveral in Florida at 10:42am AEDT today, which was 6:42pm on Tuesday local time.

    It separated from the rocket about 35 minutes later, and Sydney-based Austral Connect
    confirmed it had made contact with the spacecraft shortly afterwards.

    Staff at the company's mission control in North Sydney broke into applause as the
    signal came through.

    "We've been waiting six years for today," managing director Callum Ridgeway said.

    "For a farmer near Longreach or a clinic in the Kimberley, this satellite is the
    difference between a connection that drops out and one you can run a business on."

    ## Triple the capacity

    Austral Connect's first satellite, AusConnect-1, was launched in 2019 and now serves
    about 180,000 customers, many of them on cattle stations, mine sites and in Aboriginal
    communities without mobile coverage.

    The company said the new satellite would provide more than 100 gigabits per second of
    capacity, about three times what it has now, and be able to serve up to 400,000 homes
    and businesses.

    Before it can do that, AusConnect-2 has to climb to its final position in
    geostationary orbit, at 152 degrees east, over the next two weeks or so using its own
    thrusters. Months of testing will follow, with commercial service expected to start in
    March.

    The program, including the satellite, the launch and new ground stations in Western
    Australia and Queensland, has cost $610 million.

    Mr Ridgeway said customers on the company's current service should notice the
    difference within weeks of the switch-on.

    "The evening slowdown that people out west know too well is a capacity problem, and
    this is a capacity fix," he said.

    ## Rocket lands on a ship

    The Longbow rocket's first stage landed on a drone ship in the Atlantic Ocean about
    eight and a half minutes after launch, the third time that booster has flown.

    US-based Arcwright Space has been competing for commercial launch contracts with its
    partly reusable rocket, which was flying for the seventh time.

    The launch had been set down for Monday in Florida but was pushed back a day after a
    faulty sensor was found in ground equipment.

    Regional internet advocate Sophie Kingdon, from the Better Bush Connectivity group,
    said the launch was welcome but that price would determine whether it made a real
    difference.

    "People in remote areas have been promised a lot over the years. Speeds matter, but so
    does what you pay for them and whether anyone answers the phone when it goes down,"
    she said.

    The satellite was built by Halden Space Systems in Colorado and is designed to last 15
    years.
    """,
    "AusConnect-2 being prepared for launch in Florida. (Supplied: Austral Connect)",
)

STORY_2 = _story("rocket-UB2", "rocket", "2025-11-20", [
    _page("https://www.meridianpress.example/science/"
          "arcwright-longbow-ausconnect-2-2025-11-18/", _S2_MPA),
    _page("https://www.spacecoastsentinel.example/story/news/space/2025/11/18/"
          "arcwright-longbow-launch-ausconnect-2-cape-canaveral/", _S2_SENTINEL),
    _page("https://www.sbc.example/news/2025-11-19/"
          "ausconnect-2-satellite-launch-regional-internet/106012345", _S2_SBC),
], [])


# ======================================================================================
# Story 3: quake-UB3 -- magnitude 5.8 earthquake near Sulmona, Abruzzo (planted)
# ======================================================================================

_S3_MPA = _mpa(
    "https://www.meridianpress.example/world/europe/italy-earthquake-abruzzo-sulmona-"
    "2026-02-08/",
    "World",
    "Earthquake in central Italy kills two, damages towns near Sulmona",
    "A magnitude 5.8 earthquake struck Italy's Abruzzo region before dawn on Sunday, "
    "killing an elderly couple and injuring dozens.",
    "2026-02-08T09:15:00Z", "February 8, 2026 9:15 AM GMT",
    "Francesca Nardi and Tom Whitaker", "ROME, Feb 8 (MPA)",
    """
    A magnitude 5.8 earthquake struck the mountainous Abruzzo region of central Italy
    before dawn on Sunday, killing two people, injuring 38 and forcing about 1,200 from
    their homes, authorities said.

    The quake hit at 3:42 a.m. (0242 GMT) with its epicentre about 7 km south of the town
    of Sulmona, near the village of Pettorano sul Gizio, at a depth of 9 km (5.6 miles),
    according to Italy's National Institute of Geophysics and Volcanology (INGV).

    It was felt across much of central Italy, including in Rome and along the Adriatic
    coast around Pescara, and woke residents who ran into the streets in freezing
    temperatures.

    Firefighters pulled the bodies of an 81-year-old man and his 78-year-old wife from the
    rubble of their house in Pettorano sul Gizio, the regional government said. Five of
    the injured were in serious condition in hospitals in L'Aquila, Avezzano and Pescara.

    "The old town held, but the villages around it did not. We need engineers in every one
    of them by tonight," Sulmona Mayor Luca Ferrante told reporters outside the town hall,
    where a crisis centre had been set up.

    In Sulmona, a town of about 23,000 known for its sugared-almond confectionery, cornices
    and chimneys fell into narrow streets and the cathedral of San Panfilo was closed for
    inspection. Part of the bell tower of the church of San Dionisio in Pettorano
    collapsed.

    "It lasted maybe 15 seconds, but it felt like a minute," said Marco Iezzi, 52, a baker
    in Sulmona who was already at work when the quake hit. "The trays came off the racks
    and the lights went out. Then we heard people shouting in the street."

    INGV recorded more than 80 aftershocks by mid-morning, the strongest a magnitude 4.3
    tremor at 05:10 local time.

    "The fault system here has produced strong earthquakes before, and we cannot rule out
    further strong shocks in the coming days," INGV seismologist Davide Rinaldi told state
    broadcaster RAI, urging residents not to re-enter damaged buildings.

    The Sulmona-L'Aquila railway line was suspended and a stretch of the A25 motorway
    between Pratola Peligna and Bussi was closed for several hours while engineers checked
    viaducts. Schools in 14 municipalities will stay shut on Monday.

    Abruzzo regional president Paolo Di Carlo said tent camps and sports halls had been
    opened for those who could not return home, and that the region would ask the
    government to declare a state of emergency at a cabinet meeting on Monday.

    Central Italy sits on one of the most seismically active stretches of the Apennine
    mountains. A magnitude 6.3 quake centred on L'Aquila, about 50 km to the northwest,
    killed 309 people in April 2009, and a series of quakes in 2016 killed 299 people
    around Amatrice.
    """,
    "Reporting by Francesca Nardi in Rome and Tom Whitaker in Milan; Editing by Helen Brodie",
    ["Italy to host Balkan leaders for migration summit",
     "Euro zone investor morale improves for third month",
     "Stellantis to restart Melfi line after parts shortage"],
)

_S3_COURIER = _courier(
    "https://www.northerncourier.example/world/2026/feb/08/italy-earthquake-abruzzo-sulmona-"
    "two-dead",
    "World news",
    "Two dead as earthquake shakes Abruzzo in central Italy",
    "Elderly couple killed in village near Sulmona as magnitude 5.8 quake forces more than "
    "a thousand people from their homes",
    "2026-02-08T11:02:00Z", "Sun 8 Feb 2026 11.02 GMT",
    "Lorenzo Bellini", "in Rome",
    """
    An elderly couple were killed and dozens of people injured when an earthquake struck
    the Abruzzo region of central Italy in the early hours of Sunday, reviving memories of
    the disasters that devastated the area in 2009 and 2016.

    The magnitude 5.8 quake hit at 4.42am local time, its epicentre close to the village
    of Pettorano sul Gizio, a few miles south of the town of Sulmona, in the province of
    L'Aquila. Italy's National Institute of Geophysics and Volcanology (INGV) said it
    originated at a shallow depth of nine kilometres, which magnified the shaking at the
    surface.

    Rescuers worked for more than two hours to reach the couple, a man aged 81 and his
    wife, 78, whose stone house in the centre of the village collapsed. Neighbours said
    they had lived there all their lives.

    Thirty-eight people were injured, five of them seriously, according to the regional
    authorities. About 1,200 people spent the rest of the night in cars, tents and sports
    halls as aftershocks continued to rattle the Peligna valley.

    "I thought the house was coming down on top of us," said Anna Petrella, 44, who fled
    her flat in Sulmona with her two children. "The noise was the worst part, a roar from
    under the ground, and then everything falling off the shelves."

    Luca Ferrante, the mayor of Sulmona, said the town's historic centre had largely held
    up, although fallen masonry had blocked several streets and the cathedral had been
    closed for checks. He appealed for structural engineers to be sent to the surrounding
    villages as a priority.

    The quake was felt in Rome, more than 70 miles away, and along the Adriatic coast.
    Rail services between Sulmona and L'Aquila were suspended and part of the A25 motorway
    was closed for several hours while viaducts were inspected.

    The Civil Protection Department said teams from across Italy were being sent to the
    area, and schools in 14 towns and villages will remain closed on Monday. The regional
    government is expected to ask Rome to declare a state of emergency.

    ## A region scarred by earthquakes

    The Apennines, the mountain chain that runs down the spine of Italy, are among the
    most seismically active areas in Europe. In April 2009, a magnitude 6.3 earthquake
    killed 309 people in and around L'Aquila, about 30 miles north-west of Sulmona. In
    August 2016, a quake centred near Amatrice killed 299 people, many of them visitors
    staying in the town for a summer festival.

    Sulmona itself, the birthplace of the Roman poet Ovid, was largely rebuilt after an
    earthquake in 1706.

    Experts said Sunday's quake was a reminder of how much of Italy's housing stock,
    particularly in small mountain villages, has never been reinforced. "Most of the
    buildings that fail in events like this are old unreinforced masonry," said Dr
    Roberta Fanelli, a seismologist at the University of Chieti-Pescara. "We know how to
    retrofit them. The problem is money and time."
    """,
    ("Damaged houses in Pettorano sul Gizio",
     "Firefighters search a collapsed house in Pettorano sul Gizio on Sunday.",
     "Vigili del Fuoco/Handout"),
    ["Six Nations: player ratings from Murrayfield",
     "Weather warning as heavy snow forecast for Pennines",
     "Live: Grammy awards 2026 - winners as they are announced"],
)

_S3_EBN = _ebn(
    "https://www.ebn.example/en/2026/02/08/earthquake-abruzzo-italy-sulmona",
    "Italy earthquake: two killed as quake strikes Abruzzo near Sulmona",
    "2026-02-08T10:34:00+01:00", "08/02/2026 - 10:34 GMT+1", "08/02/2026 - 12:10 GMT+1",
    "Chiara Vitale",
    """
    An earthquake of magnitude 5.8 struck central Italy's Abruzzo region in the early
    hours of Sunday morning, killing two people and damaging buildings in a string of
    towns and villages around Sulmona.

    The tremor was recorded at 03:42 local time, according to Italy's National Institute
    of Geophysics and Volcanology (INGV), which located the epicentre about seven
    kilometres south of Sulmona at a depth of 19 km.

    The victims, an elderly couple, were found under the rubble of their home in
    Pettorano sul Gizio, a medieval hilltop village of about 1,300 inhabitants. Regional
    officials said 38 people had been injured, five of them seriously.

    Around 1,200 people have been left homeless, at least temporarily. Emergency shelters
    have been set up in sports centres in Sulmona and neighbouring towns, and the Italian
    Red Cross is distributing blankets and hot meals.

    Elena Castellucci, head of Italy's Civil Protection Department, flew by helicopter to
    the area on Sunday morning. "The old town held, but the villages around it did not. We
    need engineers in every one of them by tonight," she said after meeting rescue teams
    in Sulmona.

    Castellucci said around 400 firefighters, volunteers and soldiers were working in the
    area, and that more teams were on their way from Lazio, Molise and Marche.

    The regional health authority said the hospital in Sulmona had been partly evacuated
    as a precaution while engineers checked the building, with some patients moved to
    L'Aquila and Pescara. Mobile phone networks were briefly overwhelmed as residents
    tried to reach relatives.

    The shaking was felt as far away as Rome and Naples. In Sulmona, residents described
    being thrown from their beds.

    "Everything was moving, the wardrobe, the bed, the walls," said Giuseppe Di Nino, a
    retired railway worker. "I have lived through many earthquakes here, but this was the
    longest I can remember."

    ## Transport disrupted

    Italy's state railway operator suspended trains between Sulmona and L'Aquila while
    the line was inspected, and a section of the A25 motorway linking Rome with the
    Adriatic was temporarily closed.

    Schools will remain closed on Monday in 14 municipalities, the regional government
    said. The government is expected to consider declaring a state of emergency for the
    affected area at a cabinet meeting on Monday.

    Abruzzo has suffered several deadly earthquakes in recent history. In 2009, a quake in
    L'Aquila killed 309 people and left tens of thousands homeless. Seven years later, a
    sequence of earthquakes around Amatrice and Norcia, to the north, killed 299 people.

    Seismologists warned that aftershocks could continue for days. Dozens had been
    recorded by Sunday morning, but none had caused significant further damage.

    The European Commission said it stood ready to help through the EU Civil Protection
    Mechanism if Italy requested assistance.
    """,
    "Rescuers inspect damaged buildings in Sulmona, Italy, on 8 February 2026. "
    "Credit: Meridian Press",
)

_S3_AEP = _aep(
    "Earthquake in the Valle Peligna: what we know so far",
    "8 February 2026", "Giulia Marr",
    """
    Many of our readers in and around Sulmona will have been woken, as we were, by the
    earthquake that shook the Valle Peligna at 3.42 this morning. This is a summary of
    what we know so far, and we will update it through the day.

    The quake measured magnitude 5.8 according to INGV, the national institute of
    geophysics. The epicentre was about 7 km south of Sulmona, close to Pettorano sul
    Gizio, and the depth was 9 km, which is considered shallow.

    Sadly, two people have died. An elderly couple were killed when their house collapsed
    in Pettorano. Thirty-eight people have been injured, five of them seriously.

    The mayor of Sulmona, Luca Ferrante, spoke to reporters outside the town hall this
    morning. "The old town held, but the villages around it did not. We need engineers in
    every one of them by tonight," he said. The comune has opened a crisis centre (the COC)
    in the town hall in Piazza XX Settembre.

    ## Aftershocks

    There have been many aftershocks. The strongest so far, of magnitude 4.6, came about
    an hour and a half after the main quake and was felt clearly in Sulmona, Pratola
    Peligna and Raiano. If you are in a building that has visible cracks, do not go back
    in until it has been checked.

    ## Where to go if you cannot stay at home

    About 1,200 people have left their homes. The civil protection service has opened
    reception points at the PalaMasciarelli sports hall in Sulmona and at the gyms in
    Pratola Peligna and Introdacqua. Tents are being put up at the sports field in
    Pettorano. Bring medication, documents and warm clothes.

    ## Schools, roads and trains

    Schools in 14 comuni will be closed on Monday. Trains between Sulmona and L'Aquila are
    suspended. The A25 motorway was closed for several hours this morning for checks on
    the viaducts, and some provincial roads around Pettorano and Cansano remain closed
    because of rockfalls.

    ## Damage in Sulmona

    In the centro storico, cornices and roof tiles have fallen in Corso Ovidio and the
    streets around it, and the cathedral of San Panfilo is closed. In Pettorano, part of
    the bell tower of San Dionisio has collapsed.

    ## A note for foreign residents

    If you own a holiday home in the area and are not here, neighbours and your comune's
    technical office are the best people to ask about damage. Inspections will be carried
    out by teams of engineers and firefighters, who will classify buildings as usable or
    not. Be patient: there are a lot of buildings to check.

    Sulmona was largely destroyed by an earthquake in 1706, and many of the buildings we
    love in the centre date from the rebuilding that followed. The people of this valley
    have rebuilt before and will do so again.

    We send our thoughts to the families of the victims. If you can help, the Red Cross
    committee in Sulmona is coordinating volunteers.
    """,
    "Piazza Garibaldi in Sulmona on Sunday morning, with residents waiting for news.",
)

STORY_3 = _story("quake-UB3", "earthquake", "2026-02-09", [
    _page("https://www.meridianpress.example/world/europe/"
          "italy-earthquake-abruzzo-sulmona-2026-02-08/", _S3_MPA),
    _page("https://www.northerncourier.example/world/2026/feb/08/"
          "italy-earthquake-abruzzo-sulmona-two-dead", _S3_COURIER),
    _page("https://www.ebn.example/en/2026/02/08/earthquake-abruzzo-italy-sulmona",
          _S3_EBN),
    _page("https://www.abruzzoenglishpost.example/2026/02/08/"
          "earthquake-valle-peligna-what-we-know/", _S3_AEP),
], [
    ("time of the main shock (local)",
     r"(?<![\d:.])0?3[:.]42(?!\d)",
     r"(?<![\d:.])0?4[:.]42(?!\d)"),
    ("focal depth",
     r"(?<![\d.])(9|nine)[ -]?(km|kilomet)",
     r"(?<![\d.])(19|nineteen)[ -]?(km|kilomet)"),
    ("who said 'the old town held...'", r"ferrante", r"castellucci"),
    ("magnitude of the strongest aftershock",
     r"(?<![\d.])4\.3(?!\d)",
     r"(?<![\d.])4\.6(?!\d)"),
])


# ======================================================================================
# Story 4: election-UB4 -- Kettleby and Marsh by-election won by Reform UK (planted)
# ======================================================================================

_S4_COURIER = _courier(
    "https://www.northerncourier.example/politics/2026/feb/06/kettleby-and-marsh-by-election-"
    "reform-uk-win-labour",
    "Politics",
    "Reform UK seizes Kettleby and Marsh from Labour in by-election blow for government",
    "Joanne Tilsley wins by 2,342 votes on a turnout of 39.4% as Labour's vote falls sharply "
    "in a seat it held comfortably in 2024",
    "2026-02-06T04:10:00Z", "Fri 6 Feb 2026 04.10 GMT",
    "Harriet Coombe", "Political correspondent",
    """
    Reform UK has won the Kettleby and Marsh by-election, taking a seat Labour held with a
    majority of almost 10,000 at the last general election and inflicting a painful defeat
    on the government in a part of Lincolnshire it had hoped to hold.

    Joanne Tilsley, a former deputy leader of Kettleby district council who defected from
    the Conservatives in 2024, won 14,212 votes, 38.6% of those cast. Labour's Imran
    Chaudry came second with 11,870, giving Tilsley a majority of 2,342.

    The result was declared at 2.51am on Friday at Kettleby leisure centre, where Reform
    activists had begun celebrating more than an hour earlier as the bundles of ballot
    papers stacked up on the counting tables.

    Turnout was 39.4%, down from 61.8% at the general election, with 36,830 valid votes
    cast from an electorate of 93,480.

    The Conservative candidate, Rupert Hale, finished third with 5,106 votes (13.9%),
    followed by the Liberal Democrat Sally Nwosu on 2,944 (8.0%) and the Green party's Tom
    Barraclough on 2,011 (5.5%). Four other candidates shared 687 votes between them and
    lost their deposits.

    In her victory speech, Tilsley said: "Kettleby and Marsh has sent a message tonight
    that nobody in Westminster can ignore. People here are tired of being taken for
    granted, tired of being told things are getting better when they can see with their
    own eyes that they are not."

    The by-election was called after the Labour MP Gareth Pellow stood down on health
    grounds in December. Pellow won the seat, newly created at the 2024 boundary review,
    with a majority of 9,615 over Reform.

    The swing from Labour to Reform was almost 12 points, a figure that will alarm Labour
    MPs in similar seats across the Midlands and the north of England.

    Chaudry, a local GP, said he was proud of his campaign. "We heard on the doorstep that
    people feel change hasn't come quickly enough, and we have to listen to that," he
    said. "I don't think anyone should pretend tonight is anything other than a warning."

    A Labour spokesperson said: "By-elections are always difficult for governing parties,
    particularly in the middle of a parliament. We will reflect on the result, and we will
    keep delivering on the priorities people voted for."

    Downing Street is under pressure from backbenchers to set out a clearer plan on the
    cost of living before local elections in May. One Labour MP from a neighbouring seat
    said: "If we can lose Kettleby, we can lose almost anywhere round here."

    For the Conservatives, a distant third place in a seat they held for much of the last
    century before boundary changes, the result will renew questions about the party's
    ability to win back voters who have moved to Reform. Hale said: "This was a two-horse
    race from the moment the writ was moved, and we got squeezed."

    Tilsley is expected to take her seat in the Commons early next week.
    """,
    ("Joanne Tilsley at the count in Kettleby",
     "Joanne Tilsley celebrates after being declared the winner at Kettleby leisure centre.",
     "Martin Pope/Northern Courier"),
    ["Bank of England holds rates as inflation edges up",
     "Jury told defendant 'laughed' after crash that killed cyclist",
     "Shrimpflation: why your prawn sandwich costs more"],
)

_S4_GAZETTE = _gazette(
    "https://www.marshlandgazette.example/news/politics/tilsley-wins-kettleby-and-marsh-"
    "by-election-4471203",
    "Tilsley wins Kettleby and Marsh by-election for Reform",
    "Friday 6 February 2026", "Neil Ashworth", "Chief Reporter",
    """
    Joanne Tilsley has been elected as the new MP for Kettleby and Marsh after a
    by-election that saw Reform UK take the seat from Labour.

    Mrs Tilsley, who lives in Saltby and is a former deputy leader of Kettleby District
    Council, polled 14,212 votes and won with a majority of 2,432 over Labour's Imran
    Chaudry.

    The result was announced by returning officer Diane Coleby shortly before 3am at
    Kettleby Leisure Centre, where the count had been under way since polls closed at
    10pm on Thursday.

    Nine candidates stood in the election, which was triggered by the resignation of
    Labour MP Gareth Pellow in December. Mr Pellow, who had represented the constituency
    since 2024, stood down on health grounds.

    Speaking after the declaration, Mrs Tilsley thanked her family, her campaign team and
    "every single person who went out in the cold and the rain to vote".

    "I will be in the House of Commons on Monday, and I'll be back on the Market Place on
    Saturday morning, same as always," she said. "Kettleby and Marsh has sent a message
    tonight that nobody in Westminster can ignore."

    Mrs Tilsley, 52, runs a farm shop and cafe near Saltby with her husband, Paul. She
    sat on the district council for nine years, first as a Conservative and, since 2024,
    for Reform UK. She said her priorities would be the future of Kettleby's community
    hospital, flood defences along the River Lymm and the bus services cut last year.

    Conservative candidate Rupert Hale came third with 5,106 votes. Liberal Democrat
    Sally Nwosu received 2,944 votes and the Green Party's Tom Barraclough 2,011. The four
    remaining candidates each received fewer than 300 votes.

    Turnout was 39.4 per cent. Ms Coleby thanked count staff, many of whom had worked
    through the night after a full day at polling stations.

    Dr Chaudry, a GP at the Fen Lane surgery in Kettleby, congratulated Mrs Tilsley and
    said he would continue to campaign for the town. "We fought a positive campaign and
    I'm proud of every volunteer who knocked on a door for us," he said.

    Outside the leisure centre, a small group of Reform supporters waved flags as the new
    MP left just after 3.30am. Among them was retired lorry driver Keith Morley, 67, from
    Marsh Chapel, who said: "Nobody has ever come out here and listened to us. She did."

    Not everyone was celebrating. Kettleby resident Amira Hussain, who volunteered for the
    Labour campaign, said: "I'm disappointed, but the town is still the town. We'll all be
    at the same school gates on Monday."

    The Gazette will be speaking to the new MP next week about her plans for the
    constituency. You can read the full results, ward by ward, in our print edition on
    Thursday.
    """,
    "Returning officer Diane Coleby reads the result at Kettleby Leisure Centre",
)

_S4_NOTEBOOK = _notebook(
    "Kettleby and Marsh: five things the by-election tells us",
    "Reform's win was no fluke, Labour's squeeze was worse than it looks, and the "
    "Conservatives have a problem they cannot ignore",
    "Simon Ardley",
    """
    The result in Kettleby and Marsh was the one most people in Westminster expected by
    the end of the campaign, but the margin and the shape of the vote still deserve a
    closer look. Here are five things I take from it.

    ## 1. Reform can now win without a celebrity candidate

    Joanne Tilsley is not a household name. She is the former leader of Kettleby District
    Council, a farm-shop owner and a defector from the Conservatives, which is to say she
    looks a great deal like the sort of candidate the old Tories used to field in seats
    like this. She took 38.6 per cent of the vote and a majority of 2,342. That is a
    solid, unspectacular win, and it is exactly the kind Reform needs to show it can
    repeat.

    ## 2. Labour's floor is lower than it thought

    Imran Chaudry took 32.2 per cent. Given a majority of 9,615 last time, the swing from
    Labour to Reform comes out at almost 12 points. Labour people I spoke to during the
    campaign were privately hoping to keep the gap to a couple of thousand votes. They
    did, more or less, but losing a seat with a five-figure cushion is losing a seat with
    a five-figure cushion.

    ## 3. Turnout was not the disaster some predicted

    Turnout was 43.9 per cent. That is low by general election standards but respectable
    for a February by-election in a rural seat, and it undercuts the argument that Labour
    simply lost because its voters stayed at home. Some did. Many others, it seems, voted
    for someone else.

    ## 4. The Conservatives are being squeezed from one side only

    Rupert Hale's 13.9 per cent is a dismal result for a party that ran this area for
    most of the post-war period. The Liberal Democrats, on 8.0 per cent, and the Greens,
    on 5.5 per cent, both held their deposits, but neither is close to being the
    challenger that could unlock a seat like this. The Conservatives are not being
    squeezed by a tactical centrist vote; they are being hollowed out by Reform.

    ## 5. The government's timetable just got harder

    Ministers have been saying for months that the benefits of their policies would be
    felt "by the time people next go to the polls". For Kettleby and Marsh, the polls came
    early. With local elections in May, the Prime Minister will face renewed pressure to
    show voters something tangible on the cost of living, on NHS waiting lists and on
    immigration, and to do it quickly.

    One final note. In her acceptance speech, Tilsley said people in the constituency
    were "tired of being taken for granted". Every party says something like that on
    election night. The difference is that, this time, the voters seem to have agreed.

    If you were forwarded this post, you can subscribe below. Paid subscribers get my
    seat-by-seat notes ahead of May's local elections.
    """,
)

STORY_4 = _story("election-UB4", "election", "2026-02-09", [
    _page("https://www.northerncourier.example/politics/2026/feb/06/"
          "kettleby-and-marsh-by-election-reform-uk-win-labour", _S4_COURIER),
    _page("https://www.marshlandgazette.example/news/politics/"
          "tilsley-wins-kettleby-and-marsh-by-election-4471203", _S4_GAZETTE),
    _page("https://westminsternotebook.example/p/kettleby-and-marsh-five-things",
          _S4_NOTEBOOK),
], [
    ("turnout",
     r"(?<![\d.])39\.4(?!\d)",
     r"(?<![\d.])43\.9(?!\d)"),
    ("majority",
     r"(?<![\d,.])2,?342(?!,?\d)",
     r"(?<![\d,.])2,?432(?!,?\d)"),
    ("winner's former council post", r"deputy leader", r"(?<!deputy )leader"),
])


# ======================================================================================
# Story 5: trade-UB5 -- China's March 2026 trade data (CONTROL: no planted disagreement)
# ======================================================================================

_S5_MPA = _mpa(
    "https://www.meridianpress.example/markets/asia/china-march-exports-beat-forecasts-"
    "2026-04-14/",
    "Markets",
    "China's March exports rise 5.4 pct, beating forecasts as shipments to US slump",
    "China's exports grew faster than expected in March while imports shrank, leaving a "
    "trade surplus of $92.8 billion, customs data showed.",
    "2026-04-14T04:12:00Z", "April 14, 2026 4:12 AM GMT",
    "Li Ming and Rachel Tam", "BEIJING, April 14 (MPA)",
    """
    China's exports grew faster than expected in March as strong shipments to Southeast
    Asia, Europe and Africa more than offset another steep fall in sales to the United
    States, while imports unexpectedly shrank, customs data showed on Tuesday.

    Outbound shipments rose 5.4 pct from a year earlier in dollar terms to $312.6 billion,
    data from the General Administration of Customs showed, beating a 3.9 pct rise
    forecast in an MPA poll of economists and accelerating from 2.8 pct growth in the
    January-February period.

    Imports fell 1.2 pct to $219.8 billion, missing expectations for a 0.5 pct increase,
    as weak domestic demand and lower commodity prices weighed on purchases.

    That left a trade surplus of $92.8 billion for the month, up from about $74.1 billion
    in March last year. For the first quarter as a whole, exports rose 3.7 pct.

    "Exporters have become very good at finding new markets," said Lin Qiao, chief China
    economist at Harbourline Securities in Hong Kong. "The U.S. share keeps shrinking, but
    the total keeps growing. The question is how long Europe and the emerging markets are
    willing to absorb the extra volume without pushing back."

    Exports to the United States fell 18.3 pct from a year earlier, a 13th straight
    monthly decline, despite a one-year trade truce agreed by Washington and Beijing last
    autumn that lowered some tariffs. Shipments to the Association of Southeast Asian
    Nations rose 11.7 pct and those to the European Union climbed 8.1 pct.

    Among major products, exports of ships, semiconductors and electric vehicles posted
    double-digit growth, while shipments of furniture, toys and textiles, which are more
    exposed to U.S. tariffs, declined from a year earlier.

    "The composition matters as much as the headline," Lin said. "China is exporting more
    high-value manufactured goods, and those are exactly the products that Europe is most
    sensitive about."

    Customs spokesperson Lü Wenhao told a news conference in Beijing that the external
    environment remained "complex and severe" but that China's foreign trade had shown
    strong resilience in the first quarter.

    Soybean imports, closely watched as a gauge of U.S.-China farm trade, came in at 6.1
    million metric tons in March, with Brazil supplying the bulk of cargoes.

    Analysts cautioned that part of the export strength reflected a low base last year,
    when shipments were disrupted by an escalating tariff fight, and that March figures
    are often distorted by the timing of the Lunar New Year holiday.

    The yuan was little changed after the data at 7.1240 per dollar. China's stock
    markets showed a muted reaction.

    The data come as policymakers weigh further support for household consumption, and
    the People's Bank of China has signalled it has room to ease policy if growth slows.

    Beijing has set a growth target of around 5 pct for this year. First-quarter gross
    domestic product data is due on Thursday.
    """,
    "Reporting by Li Ming and Rachel Tam; Editing by Simon Cardew",
    ["Japan's Nikkei hits record as chip stocks rally",
     "Oil steadies as traders weigh OPEC+ output plans",
     "Australia's consumer confidence slips in April"],
)

_S5_COURIER = _courier(
    "https://www.northerncourier.example/business/2026/apr/14/china-exports-march-trade-"
    "surplus-us-tariffs",
    "Business",
    "China's exports beat expectations as trade with US keeps shrinking",
    "Shipments to Europe and south-east Asia drive 5.4% rise in March, fuelling concern "
    "about cheap goods being diverted from the American market",
    "2026-04-14T08:45:00Z", "Tue 14 Apr 2026 09.45 BST",
    "Joe Pemberton", "Economics correspondent",
    """
    China's exports rose more strongly than expected last month, as booming sales to
    Europe and south-east Asia more than made up for a continued slump in trade with the
    US, adding to worries in Brussels and London that goods shut out of the American
    market are being redirected elsewhere.

    Figures from Beijing's customs administration showed exports rose 5.4% in March
    compared with a year earlier, to $312.6bn (£236bn), well ahead of the 3.9% growth
    analysts had pencilled in. Imports fell by 1.2% to $219.8bn, confounding forecasts of
    a small rise.

    The gap between the two left China with a trade surplus of $92.8bn for the month,
    compared with roughly $74bn a year earlier.

    Exports to the EU rose 8.1%, while shipments to the members of the Association of
    Southeast Asian Nations (Asean) jumped 11.7%. Exports to the US, by contrast, fell
    18.3%, despite the trade truce agreed between the two countries last year.

    Hannah Greaves, head of Asia economics at Castlegate Economics in London, said: "The
    pattern is now very clear. Chinese manufacturers have lost a lot of their American
    business and they are replacing it, at lower prices, in Europe, south-east Asia and
    the big emerging markets. That is good news for Chinese factories, but it is creating
    real tension with trading partners."

    The European Commission has opened a series of anti-dumping investigations into
    Chinese products over the past year, from steel and chemicals to electric bikes, and
    some EU governments have called for broader safeguards.

    In the UK, manufacturers have complained of a surge in cheap steel and ceramics. The
    Department for Business and Trade said it was "closely monitoring" import volumes and
    would not hesitate to use trade remedies where appropriate.

    Chinese officials insist the country's export success is down to competitiveness
    rather than subsidies. A customs spokesperson, Lü Wenhao, said foreign trade had shown
    "strong resilience" in the first quarter, despite what he called a "complex and
    severe" external environment.

    The weakness of imports is likely to reinforce concerns about demand inside China,
    where consumer spending has been held back by a long property slump and worries about
    jobs. Economists had hoped that government stimulus measures announced last year
    would do more to lift domestic consumption.

    "A 1.2% drop in imports is not what you would expect from an economy that is meant to
    be rebalancing towards consumption," Greaves said.

    For the first three months of the year, exports were up 3.7% on the same period of
    2025. Castlegate expects export growth to slow in the second half of the year as the
    comparison with last year's tariff-hit months becomes tougher.

    China will publish its first-quarter growth figures on Thursday. Economists expect
    the economy to have expanded by about 5% compared with a year earlier, in line with
    the government's target for the year.
    """,
    ("Containers at the port of Qingdao",
     "Containers stacked at the port of Qingdao in Shandong province.",
     "China Daily via Meridian Press"),
    ["Mortgage rates fall below 4% for first time in three years",
     "Thames Water creditors agree rescue terms",
     "Why are so many UK high-street banks closing?"],
)

_S5_TW = _tradewinds(
    "https://www.tradewindsbrief.example/macro/china-march-trade-data-diversion/",
    "China's March trade: the diversion machine is running hot",
    "2026-04-14T06:30:00Z", "Apr 14, 2026",
    "Devika Raman",
    """
    Beijing's customs data for March landed this morning and, once again, the headline
    number looks healthier than the story underneath it. Exports rose 5.4 percent
    year-on-year in dollar terms to $312.6 billion, comfortably ahead of the consensus of
    roughly 3.9 percent. Imports shrank 1.2 percent to $219.8 billion against
    expectations of modest growth. The monthly surplus came in at $92.8 billion.

    The usual caveat applies: March numbers are noisy because the Lunar New Year moves
    around the calendar, so the January-February and March figures are best read
    together. Even so, three things jump out.

    ## 1. The US keeps falling, everyone else keeps buying

    Shipments to the United States dropped 18.3 percent from a year earlier. That is
    smaller than some of the declines we saw last spring, but it is still a very large
    hole. It was more than filled by exports to ASEAN (up 11.7 percent), the European
    Union (up 8.1 percent) and Africa (up 14.2 percent).

    "We are watching a very large, very fast reallocation of Chinese export capacity,"
    said Marcus Tey, senior economist at Pelham Asia in Singapore. "Some of the ASEAN
    number is genuine regional demand, some of it is components going into factories that
    then ship to America, and some of it is simply transshipment. Customs data won't tell
    you which is which."

    ## 2. Metals are doing a lot of the work

    Steel exports came to 10.4 million metric tons in March, keeping China on course for
    another record year despite a growing list of trade defenses in Europe, Latin America
    and Southeast Asia. Exports of rare earths totaled 5,210 metric tons, a number that
    will be read closely in Washington given last year's fights over export licensing.

    ## 3. Imports say more about China than exports do

    A fall in imports when the forecast was for a rise is a reminder that domestic demand
    remains soft. Lower commodity prices explain part of it, but not all. Volumes of crude
    oil and iron ore were broadly flat.

    Put together, the first quarter looks solid on paper: exports rose 3.7 percent over
    January to March. But the mix is increasingly awkward politically, as more of China's
    surplus is run with economies that have far less tolerance for it than the US had a
    decade ago.

    The customs administration's spokesman, Lü Wenhao, told reporters in Beijing that
    China's foreign trade had shown "strong resilience" in the face of what he described
    as a "complex and severe" environment.

    What we are watching next: first-quarter GDP on Thursday, and whether the EU moves
    ahead with the broader steel safeguard that several member states have been pushing.
    If Brussels tightens, the next place that steel goes will show up in these numbers by
    summer.

    The yuan barely moved on the release, trading around 7.12 per dollar.
    """,
    ["USD/CNY 7.1240", "Brent $71.84", "Copper $9,612/t", "Baltic Dry 1,418",
     "HRC China ¥3,268/t"],
    ["Chart of the day: container rates on Asia-Europe lanes",
     "EU steel safeguard: who is pushing for what",
     "Vietnam's exports to the US hit another record"],
)

STORY_5 = _story("trade-UB5", "trade", "2026-04-16", [
    _page("https://www.meridianpress.example/markets/asia/"
          "china-march-exports-beat-forecasts-2026-04-14/", _S5_MPA),
    _page("https://www.northerncourier.example/business/2026/apr/14/"
          "china-exports-march-trade-surplus-us-tariffs", _S5_COURIER),
    _page("https://www.tradewindsbrief.example/macro/china-march-trade-data-diversion/",
          _S5_TW),
], [])


# ======================================================================================
# Story 6: court-UB6 -- Michigan Supreme Court orders Harbor Point refund (planted)
# ======================================================================================

_S6_MPA = _mpa(
    "https://www.meridianpress.example/legal/michigan-top-court-orders-utility-refund-"
    "harbor-point-2025-12-02/",
    "Legal",
    "Michigan top court orders utility to refund $212 million spent on scrapped gas plant",
    "The Michigan Supreme Court ruled that Great Lakes Power & Light cannot charge "
    "customers for a natural gas plant it abandoned in 2022.",
    "2025-12-02T20:40:00Z", "December 2, 2025 8:40 PM GMT",
    "Jonah Feld", "LANSING, Michigan, Dec 2 (MPA)",
    """
    Michigan's highest court on Tuesday ordered Great Lakes Power & Light to return $212
    million to its customers, ruling that state regulators were wrong to let the utility
    charge ratepayers for a natural gas-fired power plant it cancelled before it was
    built.

    In a 4-3 decision, the Michigan Supreme Court reversed a 2023 order by the Michigan
    Public Service Commission that allowed the utility to recover the money it had spent
    on the Harbor Point project in St. Clair County before abandoning it in 2022.

    "A utility may not charge its customers for a plant that was never built, never
    generated a kilowatt-hour and was abandoned for reasons of the company's own
    choosing," Justice Elena Marsh wrote for the majority.

    The court sent the case back to the commission and directed it to order refunds, with
    interest, within 90 days.

    Justice Robert Kowalczyk, joined by Justices Denise Albright and Samuel Okonjo,
    dissented, arguing that the majority had second-guessed the technical judgment of the
    regulator. "The majority substitutes its own judgment for that of the expert agency
    the Legislature created to make precisely these decisions," he wrote.

    Great Lakes Power & Light, which serves about 1.9 million electric customers across
    western and northern Michigan, said it was disappointed.

    "We are reviewing the decision carefully and will work with the commission on next
    steps," spokesperson Renee Holcomb said in an email. She declined to say whether the
    refund would affect the company's earnings guidance.

    The 1,100-megawatt Harbor Point plant was announced in 2019 as a replacement for
    ageing coal units. The utility halted it three years later, citing lower demand
    forecasts and a shift toward wind, solar and battery storage. Site preparation and
    equipment orders had already cost about $212 million.

    The commission allowed those costs to be recovered through rates in 2023, and the
    Michigan Court of Appeals upheld that decision in 2024. The Michigan Ratepayers
    Alliance, a consumer group, appealed to the Supreme Court with support from the state
    attorney general's office.

    "This is money that belongs in people's pockets, not on a utility's balance sheet,"
    said Tom Brandvold, the alliance's executive director.

    The commission, whose three members are appointed by the governor, said in a
    statement that it would comply with the ruling and would set out a refund process in
    the coming weeks. Consumer advocates have estimated that a typical household paid
    less than $100 toward the cancelled plant.

    The ruling could influence similar disputes in other states, where utilities have
    scrapped fossil fuel projects as demand forecasts and economics shifted. Utilities in
    several states have recently asked regulators to approve new gas plants to meet
    rising demand from data centers, reviving debates over who bears the risk if those
    projects are later abandoned.
    """,
    "Reporting by Jonah Feld in Lansing; Editing by Anita Gowan",
    ["US judge blocks federal funding freeze for state energy offices",
     "Exclusive: Utility M&A bankers see busy 2026 as data-center demand soars",
     "Duke Energy files for rate increase in North Carolina"],
)

_S6_CAPLEDGER = _capledger(
    "https://www.capitalledger.example/nation/2025/12/02/michigan-supreme-court-harbor-point-"
    "refund-utility/",
    "Nation",
    "Michigan Supreme Court says utility customers shouldn't pay for a plant never built",
    "The 4-3 ruling orders Great Lakes Power & Light to refund $212 million, a decision "
    "consumer advocates say could echo far beyond Michigan.",
    "2025-12-02T23:15:00Z", "Updated December 2, 2025 at 6:15 p.m. EST",
    "Allison Brandt",
    """
    For more than two years, customers of Great Lakes Power & Light have been paying, a few
    dollars at a time on their monthly bills, for a power plant that does not exist.

    On Tuesday, the Michigan Supreme Court said they should get that money back.

    In a 4-3 ruling, the court found that state regulators had misapplied Michigan's
    utility law when they allowed the company to recover about $212 million it spent on
    the Harbor Point gas plant, a 1,100-megawatt project in St. Clair County that the
    utility abandoned in 2022 before a single turbine was installed.

    Writing for the majority, Chief Justice Catherine Vandermolen said the commission had
    treated an abandoned project "as though it were used and useful," a standard the law
    does not allow. "A utility may not charge its customers for a plant that was never
    built, never generated a kilowatt-hour and was abandoned for reasons of the company's
    own choosing," she wrote.

    The court ordered the Michigan Public Service Commission to direct refunds, with
    interest, within 90 days.

    The decision is a rare loss for a utility in a state where regulators have generally
    given companies wide latitude to recover costs, and it comes as utilities nationwide
    are revisiting plans for new gas plants amid surging demand from data centers and
    shifting federal energy policy.

    "This tells every utility in the state that the risk of a bad bet sits with the
    shareholders, not with the family paying the bill," said Tom Brandvold, executive
    director of the Michigan Ratepayers Alliance, the consumer group that brought the
    appeal.

    In a sharply worded dissent, Justice Robert Kowalczyk, writing for the three
    dissenting justices, said the majority had ignored the commission's expertise and
    the circumstances the utility faced when it canceled the plant. "The majority
    substitutes its own judgment for that of the expert agency the Legislature created to
    make precisely these decisions," he wrote, warning that the ruling could make
    utilities reluctant to change course even when conditions shift.

    Great Lakes Power & Light, based in Grand Rapids, serves about 1.9 million electric
    customers. Spokesperson Renee Holcomb said the company was "disappointed" and
    reviewing the ruling.

    Some energy analysts said the decision could have an unintended effect. "If you tell
    utilities that they eat 100 percent of the cost whenever they walk away from a
    project, you give them a reason to keep building things that no longer make sense,"
    said Priya Venkataraman, a utility regulation specialist at the University of
    Michigan.

    Consumer advocates rejected that argument. "Nobody is saying a utility can never
    change its mind," Brandvold said. "We're saying the customers shouldn't be the
    insurance policy."

    The Harbor Point plant was announced in 2019 as a replacement for aging coal units
    and canceled three years later as demand forecasts fell and the company shifted
    investment toward wind, solar and battery storage. The commission approved recovery
    of the costs in 2023, and the Michigan Court of Appeals upheld that decision in 2024.

    For a typical household, the refund will be modest, likely under $100 spread across
    several bills. But consumer groups say the principle matters more than the amount.
    Similar disputes over canceled or delayed plants are pending before regulators in at
    least four other states.
    """,
    "The Michigan Hall of Justice in Lansing, home of the state's Supreme Court.",
    "Jeff Marlow for The Capital Ledger",
)

_S6_LPR = _lpr(
    "https://www.lakeshorepublicradio.example/politics-government/2025-12-02/"
    "michigan-supreme-court-harbor-point-refund",
    "Michigan Supreme Court orders $212 million refund for canceled Harbor Point gas plant",
    "2025-12-02T20:05:00Z", "December 2, 2025 at 3:05 PM EST",
    "Megan Oosterhouse",
    """
    Customers of Great Lakes Power & Light are set to get money back after the Michigan
    Supreme Court ruled Tuesday that the utility should not have been allowed to charge
    them for a gas plant it never finished.

    The court ruled 5-2 that the Michigan Public Service Commission made a legal error in
    2023 when it let the utility recover $212 million it spent on the Harbor Point plant
    in St. Clair County. The company canceled the project in 2022.

    Justice Elena Marsh wrote the majority opinion. Justices Robert Kowalczyk and Denise
    Albright dissented.

    The ruling sends the case back to the commission, which now has 90 days to order the
    refunds, with interest.

    Great Lakes Power & Light serves about 1.9 million electric customers, many of them in
    West Michigan and the northern Lower Peninsula. The company estimated in court filings
    that the average residential customer paid roughly $80 toward Harbor Point costs over
    the past two years.

    Tom Brandvold, executive director of the Michigan Ratepayers Alliance, which brought
    the case with support from the state attorney general's office, said he was thrilled.
    The justices heard oral arguments in the case in October.

    "This is money that belongs in people's pockets, not on a utility's balance sheet," he
    said. "And it's a message that customers aren't a blank check."

    In her opinion, Marsh wrote that state law allows utilities to recover costs that are
    reasonable and prudent for providing service, but that the commission went further
    by treating a canceled plant as if it had been used to serve customers.

    In his dissent, Kowalczyk said the court should have deferred to the commission, which
    he said carefully weighed the evidence about why the plant was canceled.

    Great Lakes Power & Light spokesperson Renee Holcomb said the company was
    disappointed and reviewing the ruling. "We will work with the commission on next
    steps," she said.

    The Harbor Point plant was announced in 2019 to replace coal-fired units that were
    being retired. Three years later, the company said it no longer needed the plant,
    pointing to lower demand projections and its plans to build more wind, solar and
    battery storage.

    Environmental groups, which had opposed the plant from the start, welcomed the
    ruling. "The lesson here is that you shouldn't start pouring concrete for a fossil
    fuel plant you might not need," said Laura Kittredge of the Lake Michigan Clean Air
    Coalition.

    The Public Service Commission said in a statement that it would comply with the
    court's decision and would issue an order on the refund process in the coming weeks.

    The case is one of several involving Michigan utilities currently before the courts.
    The Supreme Court is also expected to rule next year on a dispute over the costs of
    storm restoration after the 2023 ice storms.
    """,
    "Listen &#8226; 3:52",
)

_S6_BBR = _bbr(
    "https://www.benchandbarreport.example/state-courts/michigan-harbor-point-refund-ruling/",
    "Michigan justices reject 'abandoned plant' cost recovery in Harbor Point case",
    "Dec. 3, 2025", "Rebecca Holm",
    """
    The Michigan Supreme Court on Tuesday reversed the state utility regulator's decision
    to let Great Lakes Power & Light Co. recover roughly $212 million in costs tied to its
    abandoned Harbor Point natural gas plant, in a closely divided opinion that utility
    lawyers say will reshape how cost-recovery cases are litigated in the state.

    The 4-3 majority, in an opinion by Justice Elena Marsh, held that the Michigan Public
    Service Commission misread the state's ratemaking statute when it concluded that
    prudently incurred costs of a cancelled project could be recovered in the same way as
    costs of plant that is used and useful in providing service.

    "The statute asks whether costs were reasonably and prudently incurred in providing
    service," Justice Marsh wrote. "Harbor Point never provided service. The commission
    was not free to write that requirement out of the law."

    The court remanded to the commission with instructions to order refunds, with
    interest, within 60 days.

    Justice Robert Kowalczyk dissented, joined by Justices Denise Albright and Samuel
    Okonjo. The dissent argued that the statute's prudence standard gives the commission
    broad discretion and that the majority's reading would discourage utilities from
    cancelling projects that no longer make economic sense.

    "The majority substitutes its own judgment for that of the expert agency the
    Legislature created to make precisely these decisions," Justice Kowalczyk wrote.

    ## Background

    Great Lakes Power & Light announced the 1,100-megawatt Harbor Point plant in 2019 and
    cancelled it in 2022, after spending on site preparation, engineering and
    long-lead equipment. The commission approved recovery of those costs in a 2023 rate
    order. The Court of Appeals affirmed in 2024, and the Supreme Court granted leave to
    appeal. Oral argument was heard on Oct. 8, 2025.

    The appellant, the Michigan Ratepayers Alliance, was represented by Martin Ossowski of
    Ossowski Reid PLLC in Ann Arbor. The state attorney general's office filed a brief in
    support of the alliance. The utility was represented by a team from Hallett Crane LLP
    led by Caroline Duquette.

    ## What practitioners are saying

    Several utility regulatory lawyers said the decision would push utilities to seek
    pre-approval before committing large sums to new generation, and to build contractual
    off-ramps into equipment orders.

    "The practical lesson is documentation and timing," said Gregory Lindahl, an energy
    regulatory partner at a Detroit firm who was not involved in the case. "If you are
    going to spend nine figures before you have a certificate of necessity, you now carry
    that risk yourself."

    Others said the opinion left open questions about partially completed projects that
    are later repurposed, and about costs incurred under commission-approved integrated
    resource plans. Footnote 14 of the majority opinion expressly reserves those issues.

    Counsel for Great Lakes Power & Light did not respond to a request for comment. A
    company spokesperson said the utility was reviewing the decision. The company could
    seek rehearing, though such motions are rarely granted.
    """,
    [("Case", "Michigan Ratepayers Alliance v. Michigan Public Service Commission"),
     ("Docket", "No. 166214"),
     ("Court", "Michigan Supreme Court"),
     ("Decided", "Dec. 2, 2025"),
     ("Result", "Reversed and remanded")],
)

STORY_6 = _story("court-UB6", "court", "2025-12-05", [
    _page("https://www.meridianpress.example/legal/"
          "michigan-top-court-orders-utility-refund-harbor-point-2025-12-02/", _S6_MPA),
    _page("https://www.capitalledger.example/nation/2025/12/02/"
          "michigan-supreme-court-harbor-point-refund-utility/", _S6_CAPLEDGER),
    _page("https://www.lakeshorepublicradio.example/politics-government/2025-12-02/"
          "michigan-supreme-court-harbor-point-refund", _S6_LPR),
    _page("https://www.benchandbarreport.example/state-courts/"
          "michigan-harbor-point-refund-ruling/", _S6_BBR),
], [
    ("vote split",
     r"(?<!\d)(4|four)\s*(-|–|—|to)\s*(3|three)(?!\d)",
     r"(?<!\d)(5|five)\s*(-|–|—|to)\s*(2|two)(?!\d)"),
    ("author of the majority opinion", r"marsh", r"vandermolen"),
    ("refund deadline",
     r"(?<!\d)(90|ninety)[ -]days?",
     r"(?<!\d)(60|sixty)[ -]days?"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
