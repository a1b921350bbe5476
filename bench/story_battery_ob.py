"""Part OB of the story battery (web pages).

Written by engineer OB1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-OB1 (CONTROL): the Central Bank of Kenya cuts its policy rate by 25 basis points from 9.25% to 9.00% on Tuesday 7 April 2026; traps are bps vs "quarter point" vs "0.25 percentage points", EAT vs GMT clock times, "Tuesday"/"yesterday"/"on Tuesday" from pages of three different days, the previous (February, 50 bp) cut, the 2.5-7.5% target band, inflation of March vs February, a GDP forecast vs last year's estimate, reserves in dollars vs shillings, an analysts' poll, the next meeting and a forecast June cut, and Uganda's and Tanzania's rates.
el-OB2 (planted: the number of local government areas won, 14 of 16 vs 15 of 16 on one page; the runner-up's votes, 121,835 vs 112,835 on another page): an invented Ekiti State governorship election on Saturday 20 June 2026 declared on Sunday 21 June; traps are running partial tallies on a live blog, percentages of valid votes vs turnout of registered voters, WAT vs GMT, the 25%-in-two-thirds (11 of 16 LGAs) rule, an observer group's PVT estimate, a 21-day petition deadline and the October inauguration date.
ct-OB3 (CONTROL): South Africa's Constitutional Court rules 7-4 on Thursday 13 August 2026 that a water-cut provision is invalid for registered indigent households, suspending the order for 24 months; traps are "seven of eleven"/"majority", SAST vs GMT, "Mthethwa J"/"Molefe AJ" vs "Justice"/"Acting Justice", Gqeberha vs Port Elizabeth vs Nelson Mandela Bay, rand vs dollars, the High Court's wider 2025 order vs the narrower confirmation, 6 kilolitres vs 25 litres a person a day, 90 days of arrears, and the 2028 deadline.
tr-OB4 (planted: 112 vs 132 tariff lines; effective 1 July vs 1 August 2026; Tanzania's Minister vs "Deputy Minister" for Industry and Trade, each on a different page): the East African Community raises its common external tariff on finished steel from 25% to 35%; traps are "10 percentage points" vs "a 40 per cent increase", Kenya's demanded 40%, Rwanda's stay at 25%, 0% on raw steel, tonnes and dollars vs shillings, EAT vs GMT for a late-Friday communique, budget-day 11 June, and price projections from both sides.
rk-OB5 (planted: the engine burn lasting 58 seconds vs 68 seconds on one page; the chief executive's surname Mabuza vs "Mbuza" on another): South African company Kalahari Launch Systems flies its Sunbird-2 suborbital rocket to 104 km from the Overberg range on Wednesday 21 October 2026; traps are SAST vs UTC, the 07:00 window opening vs the 07:42 liftoff, km vs miles vs feet, km/s vs km/h vs Mach, apogee vs splashdown distance, the scrubbed Monday attempt, Sunbird-1's 18.5 km, rand vs dollars, and future flights.
eq-OB6 (CONTROL): a magnitude 6.0 earthquake strikes near Kasese in western Uganda at 00:38 EAT on Sunday 15 November 2026 (21:38 GMT on Saturday); traps are a toll that rises page by page with stated "as of" times, Uganda-only vs regional (with two deaths in DR Congo) totals, a preliminary 6.1 revised to 6.0 and a separately attributed local 5.8, the 4.7 aftershock, district vs town vs region, km vs miles, shillings vs dollars, and an earlier 2025 tremor.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


def _blocks(blocks: list[str]) -> str:
    """Render article blocks.  "## x" subhead, "> x" pull quote, "!ad" advert,
    "!img|src|caption|credit" photo, "!also|t1|t2" read-also box, else a paragraph."""
    out = []
    n_ad = 0
    for b in blocks:
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(b[2:])}</p></blockquote>')
        elif b == "!ad":
            n_ad += 1
            out.append(f'<aside class="ad-slot ad-inarticle" data-slot="inarticle-{n_ad}">'
                       f'<span class="ad-label">Advertisement</span>'
                       f'<div class="ad-creative"></div></aside>')
        elif b.startswith("!img|"):
            _, src, cap, credit = b.split("|", 3)
            out.append(f'<figure class="inline-photo"><img src="{_a(src)}" alt="{_a(cap)}" '
                       f'loading="lazy" width="960" height="640"><figcaption>{_e(cap)} '
                       f'<span class="credit">{_e(credit)}</span></figcaption></figure>')
        elif b.startswith("!also|"):
            items = b.split("|")[1:]
            lis = "".join(f'<li><a href="#">{_e(t)}</a></li>' for t in items)
            out.append(f'<aside class="read-also"><h4>Read also</h4><ul>{lis}</ul></aside>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _links(items: list[str]) -> str:
    return "".join(f'<li><a href="#">{_e(t)}</a></li>' for t in items)


def _jsonld(obj: dict[str, Any]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def _wire(*, site: str, url: str, section: str, headline: str, dek: str, byline: str,
          iso: str, shown: str, body: list[str], related: list[str],
          lead_img: tuple[str, str, str] | None = None, updated: str = "",
          iso_mod: str = "") -> str:
    """Wire-agency template: full meta, article:published_time and JSON-LD."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": iso, "author": [{"@type": "Person", "name": n.strip()}
                                           for n in byline.split(" and ")],
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
    if iso_mod:
        ld["dateModified"] = iso_mod
    mod = f'<meta property="article:modified_time" content="{iso_mod}">\n' if iso_mod else ""
    lead = ""
    if lead_img:
        lead = (f'<figure class="lead-photo"><img src="{_a(lead_img[0])}" alt="{_a(lead_img[1])}">'
                f'<figcaption>{_e(lead_img[1])} <span class="credit">{_e(lead_img[2])}</span>'
                f'</figcaption></figure>')
    upd = f' <span class="updated">{_e(updated)}</span>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:url" content="{_a(url)}">
<meta property="article:published_time" content="{iso}">
{mod}<meta property="article:section" content="{_a(section)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/static/css/wire.min.css">
{_jsonld(ld)}
</head>
<body class="story-page wire">
<div id="consent" class="cookie-banner" role="dialog">
<p>We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time.</p>
<button class="accept">Accept all cookies</button> <button class="manage">Manage settings</button>
</div>
<header class="site-header">
<a class="logo" href="/">{_e(site)}</a>
<nav class="primary"><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li><li><a href="/sport">Sport</a></li><li><a href="/pictures">Pictures</a></li></ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search {_a(site)}"><button>Go</button></form>
<a class="signin" href="/account">Sign in</a>
</header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><div class="ad-creative" data-size="728x90"></div></div>
<main class="layout">
<article class="story">
<p class="kicker"><a href="#">{_e(section)}</a></p>
<h1 class="headline">{_e(headline)}</h1>
<p class="byline">By {_e(byline)}</p>
<p class="timestamp"><time datetime="{iso}">{_e(shown)}</time>{upd}</p>
<ul class="share-tools"><li>Share on X</li><li>Share on Facebook</li><li>Share on LinkedIn</li><li>Share on WhatsApp</li><li>Email</li><li>Copy link</li></ul>
{lead}
<div class="story-body">
{_blocks(body)}
</div>
<p class="standards"><a href="/about/standards">Our Standards: The {_e(site)} Editorial Principles.</a></p>
<div class="licensing"><a href="#">Purchase Licensing Rights</a>, opens new tab</div>
</article>
<aside class="rail">
<section class="more"><h3>More from {_e(site)}</h3><ul>{_links(related)}</ul></section>
<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-creative" data-size="300x250"></div></div>
<section class="newsletter"><h3>Africa Morning Briefing</h3><p>The day's top stories from across the continent, in your inbox every weekday at 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p>All content is subject to copyright. Market data delayed by at least 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
<script src="/static/js/wire.bundle.js" defer></script>
</body>
</html>
"""


def _paper(*, site: str, url: str, section: str, headline: str, dek: str, byline: str,
           shown: str, body: list[str], trending: list[str], print_note: str = "",
           iso: str = "", comments: int = 0) -> str:
    """Newspaper template: visible date; published_time meta only when iso is given."""
    pub = f'<meta property="article:published_time" content="{iso}">\n' if iso else ""
    pn = f'<p class="print-note">{_e(print_note)}</p>' if print_note else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta name="keywords" content="news, {_a(section.lower())}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
<meta property="og:image" content="{_a(url.rsplit('/', 1)[0])}/og-default.jpg">
{pub}<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/assets/paper.css?v=41">
</head>
<body class="article-template">
<div class="gdpr-notice">This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="topbar"><span class="today">E-paper</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="/" class="nameplate">{_e(site)}</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/counties">Regions</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/epaper">E-Paper</a></nav>
</header>
<div class="ad-slot top-banner"><span class="ad-label">Advertisement</span></div>
<div class="container">
<article class="main-article">
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="#">{_e(section)}</a></div>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="meta"><span class="author">{_e(byline)}</span> <span class="date">{_e(shown)}</span></div>
{pn}
<div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Print</a></div>
<div class="article-content">
{_blocks(body)}
</div>
<div class="newsletter-box"><h3>Get the morning edition</h3><p>Sign up for our free daily newsletter and never miss a headline.</p><input type="email" placeholder="Your email"><button>Subscribe</button></div>
<div class="tags">Tags: <a href="#">{_e(section)}</a></div>
<div class="comments"><h3>Comments ({comments})</h3><p>Readers' comments are moderated. Please keep the conversation civil.</p></div>
</article>
<aside class="sidebar">
<div class="ad-slot sidebar-ad"><span class="ad-label">Advertisement</span></div>
<h3>Trending</h3><ol>{_links(trending)}</ol>
<div class="ad-slot sidebar-ad"><span class="ad-label">Advertisement</span></div>
</aside>
</div>
<footer><p>{_e(site)} &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise with us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a></p><p>&copy; 2026 {_e(site)}. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""


def _broadcast(*, site: str, url: str, section: str, headline: str, dek: str, byline: str,
               iso: str, shown: str, body: list[str], most_watched: list[str],
               video: tuple[str, str] = ("", "")) -> str:
    """Broadcaster template: JSON-LD datePublished only, video player, live-TV chrome."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "description": dek, "datePublished": iso,
          "author": {"@type": "Person", "name": byline},
          "publisher": {"@type": "Organization", "name": site,
                        "logo": {"@type": "ImageObject", "url": url.split("/news")[0] + "/logo.png"}}}
    vid = ""
    if video[0]:
        vid = (f'<div class="video-player" data-duration="{_a(video[1])}"><div class="poster"></div>'
               f'<p class="video-title">WATCH: {_e(video[0])} <span class="dur">{_e(video[1])}</span></p></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:type" content="video.other">
<link rel="canonical" href="{_a(url)}">
{_jsonld(ld)}
</head>
<body class="bc-article">
<div class="cookie-bar">We use cookies and similar technologies. <a href="/cookies">Cookie settings</a> <button>Accept</button> <button>Reject non-essential</button></div>
<header class="bc-header">
<a class="bc-logo" href="/">{_e(site)}</a>
<nav><ul><li><a href="/live">&#9679; Watch Live</a></li><li><a href="/news">News</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/shows">Shows</a></li><li><a href="/radio">Radio</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<div class="breaking-ticker"><span>LATEST</span> Stay with us for live coverage on TV, radio and online.</div>
<main>
<article>
<span class="section-label">{_e(section)}</span>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(dek)}</p>
<div class="article-meta"><span class="reporter">{_e(byline)}</span> &middot; <span class="pubdate">{_e(shown)}</span></div>
<div class="share-row"><button>Share</button> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">YouTube</a></div>
{vid}
<div class="article-text">
{_blocks(body)}
</div>
<p class="follow">Follow us on X, Facebook, Instagram and TikTok for the latest news. Got a story? WhatsApp our newsroom.</p>
</article>
<aside class="most-watched"><h3>Most watched</h3><ul>{_links(most_watched)}</ul>
<div class="ad-slot"><span class="ad-label">Advertisement</span></div></aside>
</main>
<footer class="bc-footer"><p>Frequencies &middot; Schedules &middot; Complaints &middot; Careers &middot; Terms &middot; Privacy</p><p>&copy; 2026 {_e(site)}. Not responsible for the content of external sites.</p></footer>
</body>
</html>
"""


def _newsletter(*, site: str, url: str, issue: str, headline: str, dek: str, byline: str,
                body: list[str], in_issue: list[str]) -> str:
    """Trade-newsletter template: no date metadata at all, only a visible issue line."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} &mdash; {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta name="robots" content="noarchive">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/css/briefing.css">
</head>
<body>
<div class="consent">Cookies help us deliver our services. <button>Accept</button></div>
<header class="nl-header"><a href="/" class="brand">{_e(site)}</a>
<nav><a href="/issues">Issues</a> | <a href="/data">Data</a> | <a href="/events">Events</a> | <a href="/about">About</a> | <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<div class="issue-line">{_e(issue)}</div>
<div class="ad-slot"><span class="ad-label">Advertisement</span> <span class="sponsor">Sponsored by our partners</span></div>
<main class="issue">
<section class="toc"><h3>In this issue</h3><ul>{_links(in_issue)}</ul></section>
<article class="lead-item">
<h1>{_e(headline)}</h1>
<p class="dek">{_e(dek)}</p>
<p class="by">{_e(byline)}</p>
<div class="body">
{_blocks(body)}
</div>
<div class="share"><a href="#">Forward to a colleague</a> &middot; <a href="#">LinkedIn</a> &middot; <a href="#">Email</a></div>
</article>
<section class="paywall-note"><p>You are reading a subscriber edition. Corporate licences are available for teams of five or more.</p></section>
<section class="subscribe-box"><h3>Not a subscriber yet?</h3><p>Get the briefing every Thursday. Two weeks free.</p><input type="email" placeholder="Work email"><button>Start trial</button></section>
</main>
<footer><p>{_e(site)} is an independent publication. Nothing in this newsletter is investment advice. &copy; 2026. <a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _local(*, site: str, url: str, headline: str, byline: str, shown: str, body: list[str],
           latest: list[str], weather: str) -> str:
    """Local news site template: thin metadata, visible date only (or none)."""
    sh = f'<span class="posted">{_e(shown)}</span>' if shown else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{_a(headline)}">
<link rel="stylesheet" href="/wp-content/themes/localnews/style.css">
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice">We use cookies. <a href="#">Accept</a></div>
<div class="top-strip"><span class="weather">{_e(weather)}</span> <a href="#">Advertise</a> <a href="#">Send us a tip</a></div>
<header id="masthead"><h2 class="site-title"><a href="/">{_e(site)}</a></h2>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/news">News</a></li><li><a href="/category/politics">Politics</a></li><li><a href="/category/community">Community</a></li><li><a href="/category/sports">Sports</a></li><li><a href="/category/obituaries">Obituaries</a></li><li><a href="/contact">Contact</a></li></ul></header>
<div class="ad-slot header-ad"><span class="ad-label">Advertisement</span></div>
<div id="content">
<article class="post">
<h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta">By <span class="author">{_e(byline)}</span> {sh}</div>
<div class="sharedaddy">Share this: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
<div class="entry-content">
{_blocks(body)}
</div>
<div class="post-navigation"><a href="#" rel="prev">&laquo; Previous story</a> <a href="#" rel="next">Next story &raquo;</a></div>
</article>
<div id="secondary"><section class="widget"><h3>Latest</h3><ul>{_links(latest)}</ul></section>
<section class="widget"><span class="ad-label">Advertisement</span></section>
<section class="widget"><h3>Join our WhatsApp channel</h3><p>Get local news first. Tap to follow.</p></section></div>
</div>
<footer id="colophon"><p>&copy; 2026 {_e(site)} &middot; Proudly local &middot; Powered by WordPress</p></footer>
</body>
</html>
"""


def _liveblog(*, site: str, url: str, headline: str, summary: list[str], iso_start: str,
              iso_mod: str, byline: str, entries: list[tuple[str, str, str, list[str]]],
              related: list[str]) -> str:
    """Live-blog template: entries are (visible time, ISO time, title, blocks), newest first."""
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
          "coverageStartTime": iso_start, "datePublished": iso_start, "dateModified": iso_mod,
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": t, "datePublished": i}
                             for (_, i, t, _) in entries]}
    posts = []
    for shown, iso, title, blocks in entries:
        posts.append(f'<div class="lb-post" id="post-{iso.replace(":", "").replace("-", "")}">'
                     f'<time class="lb-time" datetime="{iso}">{_e(shown)}</time>'
                     f'<h3 class="lb-title">{_e(title)}</h3>{_blocks(blocks)}'
                     f'<div class="lb-share">Share this post</div></div>')
    summ = "".join(f"<li>{_e(s)}</li>" for s in summary)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="LIVE: {_a(headline)}">
<meta property="article:published_time" content="{iso_start}">
<meta property="article:modified_time" content="{iso_mod}">
<link rel="canonical" href="{_a(url)}">
{_jsonld(ld)}
</head>
<body class="liveblog">
<div class="cookie-consent">This site uses cookies for analytics and advertising. <button>Agree</button> <button>Options</button></div>
<header><a href="/" class="logo">{_e(site)}</a><nav><a href="/">Home</a> <a href="/live">Live</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/video">Video</a></nav></header>
<div class="ad-slot"><span class="ad-label">Advertisement</span></div>
<main>
<h1><span class="live-badge">LIVE</span> {_e(headline)}</h1>
<p class="lb-byline">Edited by {_e(byline)}</p>
<section class="key-points"><h2>Summary</h2><ul>{summ}</ul></section>
<div class="lb-controls"><button>Newest first</button> <button>Oldest first</button> <span>Auto-refresh is on</span></div>
<div class="lb-feed">
{"".join(posts)}
</div>
<div class="lb-end">Load earlier updates</div>
</main>
<aside><h3>Related coverage</h3><ul>{_links(related)}</ul><div class="ad-slot"><span class="ad-label">Advertisement</span></div></aside>
<footer><p>&copy; 2026 {_e(site)}. All times are local unless stated. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (CONTROL)
# ---------------------------------------------------------------------------

_S1_A = _wire(
    site="Continental Newswire",
    url="https://www.continentalnewswire.example/africa/kenya-central-bank-cuts-rate-to-9-2026-04-07/",
    section="Africa",
    headline="Kenya's central bank cuts key rate to 9.00%, second cut this year",
    dek="The Central Bank of Kenya lowered its benchmark rate by 25 basis points on Tuesday, saying inflation was well contained and private sector lending needed more support.",
    byline="Brian Kiprono and Halima Yusuf",
    iso="2026-04-07T11:48:00Z",
    shown="April 7, 2026 2:48 PM GMT+3",
    lead_img=("https://img.continentalnewswire.example/2026/04/cbk-building.jpg",
              "The Central Bank of Kenya building in Nairobi, Kenya.",
              "CNW/Samuel Waweru/File Photo"),
    body=[
        "NAIROBI, April 7 (CNW) - The Central Bank of Kenya cut its benchmark lending rate by 25 basis points to 9.00% on Tuesday, its second reduction this year, saying inflation remained comfortably inside its target range and that credit to the private sector needed further support.",
        "The bank's Monetary Policy Committee (MPC) lowered the Central Bank Rate (CBR) from 9.25%, in line with the expectations of nine of 12 analysts polled by Continental Newswire last week. The other three had forecast no change.",
        "“The committee concluded that there was scope for a further, measured easing of the monetary policy stance to support lending to the private sector, while ensuring that inflation expectations remain anchored,” the MPC said in a statement released after its meeting.",
        "The committee had cut the rate by 50 basis points at its previous meeting in February.",
        "Headline inflation edged up to 4.3% in March from 4.1% in February, official data showed last week, still below the 5% midpoint of the central bank's target range of 2.5% to 7.5%. Core inflation, which strips out food and energy prices, stood at 2.9%.",
        "The MPC said it expected overall inflation to remain below the mid-point of the range in the near term, helped by stable food prices and a steady currency.",
        "!ad",
        "Growth in private sector credit picked up to 6.8% year on year in March from 5.1% in February, the statement said. The committee said the recovery was uneven, with lending to manufacturing and trade still subdued.",
        "Commercial banks have been slow to pass on earlier cuts. The average lending rate stood at 14.8% in March, compared with 15.9% a year earlier, central bank data shows.",
        "The MPC also left the cash reserve ratio, the share of deposits commercial banks must hold at the central bank, unchanged at 3.25%.",
        "It projected economic growth of 5.4% this year, up from an estimated 4.9% in 2025.",
        "The shilling was little changed after the announcement, trading at about 129.2 per dollar, dealers said. Usable foreign exchange reserves stood at $11.8 billion, equivalent to 5.2 months of import cover, the bank said.",
        "“A quarter point was the sensible compromise,” said Wanjiku Mbugua, chief economist at Nairobi-based Tana Capital Advisory. “Inflation is drifting up from a low base, so a bigger cut would have been hard to defend, but lending is still too weak to stop here.”",
        "Daniel Otieno, head of research at Sterling Harbour Securities, said he expected one more quarter-point cut before the end of the year but warned that a sharp rise in global oil prices could keep the bank on hold for longer.",
        "Kenya's economy has been recovering from a period of tight financing conditions, and the government has been pressing lenders to bring down borrowing costs for small businesses, which account for a large share of employment.",
        "Governor Amos Kiplagat Rotich was due to brief journalists later on Tuesday. The committee's next meeting is scheduled for June 9.",
        "(Reporting by Brian Kiprono; Writing by Halima Yusuf; Editing by Peter Gathara)",
    ],
    related=["Kenya's March inflation rises to 4.3% on food, transport costs",
             "Ghana's central bank holds rate, flags cedi stability",
             "Kenyan shilling steady ahead of rate decision",
             "Nigeria's inflation slows for third straight month"],
)

_S1_B = _broadcast(
    site="Mlima Television",
    url="https://www.mlimatv.example/news/business/cbk-lowers-benchmark-rate-to-9-per-cent-4471203",
    section="Business",
    headline="CBK lowers benchmark rate to 9 per cent, tells banks to pass on cut",
    dek="Governor Amos Rotich says the Monetary Policy Committee was unanimous and that lenders must reflect the lower rate in loan pricing.",
    byline="Faith Chebet",
    iso="2026-04-07T19:30:00+03:00",
    shown="Tuesday, April 7, 2026 | 7:30 PM",
    video=("CBK Governor Rotich explains the rate cut", "03:12"),
    body=[
        "The Central Bank of Kenya has lowered its benchmark rate by a quarter of a percentage point, bringing the Central Bank Rate down to 9 per cent from 9.25 per cent in a move aimed at nudging banks to lend more to households and businesses.",
        "Speaking at a press briefing at the bank's headquarters on Haile Selassie Avenue in Nairobi on Tuesday afternoon, Governor Dr Amos Rotich said the Monetary Policy Committee was satisfied that inflation would stay within the target range even after the cut.",
        "“We are not on autopilot,” Dr Rotich told journalists. “Every meeting will be decided on the data in front of us. Today the data told us there was room for a little more support to the economy.”",
        "He said the committee's decision was unanimous.",
        "The cut, the second since the start of the year, follows a half-point reduction in February. Dr Rotich said the smaller step this time reflected a slight rise in inflation, which went up to 4.3 per cent last month from 4.1 per cent in February, mainly because of higher prices of some food items and transport.",
        "!img|https://cdn.mlimatv.example/images/2026/04/07/rotich-presser.jpg|CBK Governor Dr Amos Rotich addresses journalists in Nairobi after the Monetary Policy Committee meeting.|Photo: Mlima TV",
        "## What it means for borrowers",
        "The Governor urged commercial lenders to pass the lower rate on to customers without delay. Under the loan pricing framework used by banks, changes in the CBR are supposed to be reflected in the cost of new and existing variable-rate loans.",
        "“When we move, we expect the banks to move,” he said, adding that the CBK would keep publishing a comparison of lending rates charged by individual banks on its website every month.",
        "Average lending rates charged by commercial banks fell to 14.8 per cent in March, according to CBK figures, down from 15.9 per cent a year earlier.",
        "Private sector credit grew by 6.8 per cent in the year to March, an improvement on February's 5.1 per cent. Dr Rotich said lending to households and to the building and construction sector had started to pick up, but credit to manufacturers remained weak.",
        "!ad",
        "The chairman of the Nairobi Chamber of Small Enterprises, Joseph Mutua, welcomed the decision but said it was “too little to make a difference on the shop floor”. The chamber had asked for a cut of at least 50 basis points.",
        "“Our members are still paying close to 17 or 18 per cent on working capital loans. A quarter point does not change that story,” Mr Mutua told Mlima TV.",
        "## Shilling and reserves",
        "The Governor said the shilling had been stable, trading at around 129 to the dollar, and that usable foreign exchange reserves of 11.8 billion US dollars were enough to cover more than five months of imports.",
        "He said the bank projected the economy to grow by 5.4 per cent this year, compared with an estimated 4.9 per cent last year, supported by agriculture, tourism and financial services.",
        "The committee also retained the cash reserve ratio at 3.25 per cent.",
        "Asked whether more cuts were coming, Dr Rotich declined to give guidance, saying only that the committee would look at the inflation outlook, the performance of credit and developments in the global economy before its next meeting in June.",
    ],
    most_watched=["Traffic chaos on Thika Road after trailer overturns",
                  "Long rains: Met department issues flood alert for 14 counties",
                  "Farmers protest delayed fertiliser deliveries in Eldoret",
                  "Harambee Stars name squad for June qualifiers"],
)

_S1_C = _paper(
    site="The Nairobi Ledger",
    url="https://www.nairobiledger.example/business/2026-04-08-cheaper-loans-in-sight-as-cbk-cuts-rate-again",
    section="Business",
    headline="Cheaper loans in sight as CBK cuts rate again",
    dek="Monetary Policy Committee lowers the Central Bank Rate to 9.0 per cent, but analysts warn relief will take weeks to reach borrowers.",
    byline="By Kevin Omondi",
    shown="Wednesday, April 8, 2026",
    print_note="This article appeared in the print edition of Wednesday, April 8, 2026, on page 21.",
    comments=14,
    body=[
        "Borrowers can expect marginally cheaper loans after the Central Bank of Kenya (CBK) yesterday lowered its policy rate for the second time this year, although analysts say the relief may take weeks to show up in loan statements.",
        "The Monetary Policy Committee (MPC), chaired by Governor Amos Kiplagat Rotich, cut the Central Bank Rate (CBR) to 9.0 per cent from 9.25 per cent, citing low and stable inflation and the need to lift lending to the private sector.",
        "The 0.25 percentage point cut was smaller than the 0.5 percentage point reduction the committee made at its February 10 meeting, when it brought the rate down from 9.75 per cent.",
        "In its statement, the MPC said there was “scope for a further, measured easing of the monetary policy stance” without putting the inflation target at risk.",
        "Inflation rose to 4.3 per cent in March from 4.1 per cent in February, according to the Kenya National Bureau of Statistics, but remains well inside the government's target band of five per cent, plus or minus 2.5 percentage points.",
        "!ad",
        "## Banks under pressure",
        "Dr Rotich told a press conference at the CBK headquarters in Nairobi yesterday afternoon that the regulator expected lenders to follow its moves, and that it would continue naming banks whose rates were out of line in its monthly comparison tables.",
        "According to CBK data, the average lending rate charged by banks eased to 14.8 per cent in March from 15.9 per cent in March last year.",
        "For a borrower servicing a Sh1 million loan over five years, a 0.25 percentage point drop in the interest rate would trim monthly repayments by about Sh130, according to Ledger calculations, assuming the bank passes on the full cut.",
        "Growth in credit to the private sector improved to 6.8 per cent in March from 5.1 per cent a month earlier.",
        "“Inflation is drifting up from a low base, so a bigger cut would have been hard to defend,” said Wanjiku Mbugua, chief economist at Tana Capital Advisory.",
        "Small business owners, who had lobbied for a deeper cut, were less impressed. Joseph Mutua, who chairs the Nairobi Chamber of Small Enterprises, said traders had hoped for at least half a percentage point.",
        "!img|https://media.nairobiledger.example/2026/04/08/traders-gikomba.jpg|Traders at Gikomba Market in Nairobi. Small businesses say bank loans remain too expensive.|File photo: Ledger",
        "## Reserves and growth",
        "The CBK said usable foreign exchange reserves stood at $11.8 billion (about Sh1.52 trillion), equal to 5.2 months of import cover, and that the shilling had remained stable against the dollar.",
        "The bank expects the economy to expand by 5.4 per cent this year, up from an estimated 4.9 per cent in 2025.",
        "The cash reserve ratio, which determines how much of their deposits banks must park at the CBK, was kept at 3.25 per cent.",
        "Yields on the 91-day Treasury bill, which had already priced in a cut, eased to 7.9 per cent at last week's auction.",
        "The MPC will meet again on June 9.",
    ],
    trending=["Teachers' union issues strike notice over delayed promotions",
              "County assemblies pass revised budgets ahead of June deadline",
              "Opinion: The shilling's calm is not a policy",
              "Police launch probe into Kitengela land fraud ring"],
)

_S1_D = _newsletter(
    site="East Africa Markets Brief",
    url="https://www.eamarketsbrief.example/issues/187/cbk-trims-again",
    issue="Issue No. 187 · Thursday 9 April 2026 · Subscriber edition",
    headline="CBK trims again: 25bp to 9.00%, and the door stays open",
    dek="Second move of 2026 leaves the policy rate 75bp below where it started the year. We pencil in one more cut in June.",
    byline="By the EAMB research desk",
    in_issue=["CBK: 25bp cut, what next", "Uganda: BoU on hold, shilling firm",
              "Tanzania: Q2 T-bill calendar", "Ethiopia: birr auction results", "Data calendar for the week ahead"],
    body=[
        "The Central Bank of Kenya delivered the 25bp cut most of the market had pencilled in at Tuesday's MPC, taking the Central Bank Rate to 9.00%. It was the second move of 2026, after a 50bp cut on 10 February, and it leaves the policy rate 75bp lower than where it began the year.",
        "The statement landed at 14:30 EAT (11:30 GMT), ahead of Governor Amos Rotich's press briefing at 16:00. The committee's language was a touch more cautious than in February: the easing was described as “measured”, and the Governor refused to be drawn on the size or timing of the next step.",
        "## Key numbers",
        "CBR 9.00% (previous 9.25%). Cash reserve ratio 3.25% (unchanged). CPI inflation March 4.3% y/y (February 4.1%); core 2.9%. Private sector credit growth 6.8% y/y in March (February 5.1%). Usable FX reserves USD 11.8bn, or 5.2 months of import cover. CBK GDP forecast for 2026: 5.4% (2025 estimate: 4.9%).",
        "## Our read",
        "The decision was unanimous, which we read as a committee comfortable with its direction of travel rather than one split over whether to pause. With headline inflation still 70bp below the 5% midpoint of the 2.5-7.5% band, real policy rates remain high by regional standards.",
        "The rise in March inflation was driven by food and transport, both of which look temporary to us. Provided the long rains hold up, we expect food inflation to ease from June.",
        "Our base case is a further 25bp cut to 8.75% at the 9 June meeting, followed by a pause in the second half. The risk to that view is oil: a sustained move higher in crude would feed quickly into pump prices and transport fares, and the MPC has shown it is sensitive to both.",
        "!ad",
        "In our own survey of 15 fund managers, conducted on Monday, 11 expected a cut this week and four expected a hold. Consensus in other polls was similar.",
        "## Market reaction",
        "USD/KES barely moved and was trading around 129.20 after the statement. The 91-day bill, at 7.9% in last week's auction, has already priced most of the easing cycle, and we see limited room for short-end yields to fall further unless the CBK signals a longer cycle.",
        "Banks' lending rates remain the weak link in transmission. The average lending rate of 14.8% in March is down 110bp on a year earlier, a smaller decline than the cumulative fall in the CBR over the same period. The Governor's warning that “when we move, we expect the banks to move” is a signal that moral suasion will continue.",
        "## Regional context",
        "Kenya's cut leaves it as the most dovish central bank in the region this quarter. The Bank of Uganda held its central bank rate at 9.75% last week, citing the need to protect the shilling, while the Bank of Tanzania kept its rate at 5.75% for the second quarter. Rwanda's central bank meets next month.",
        "## What to watch",
        "April CPI (end of month), the March monetary survey and the Treasury's budget estimates ahead of the June budget speech. The next MPC meeting is on 9 June.",
    ],
)

STORY_1 = _story("cb-OB1", "central bank", "2026-04-09", [
    _page("https://www.continentalnewswire.example/africa/kenya-central-bank-cuts-rate-to-9-2026-04-07/", _S1_A),
    _page("https://www.mlimatv.example/news/business/cbk-lowers-benchmark-rate-to-9-per-cent-4471203", _S1_B),
    _page("https://www.nairobiledger.example/business/2026-04-08-cheaper-loans-in-sight-as-cbk-cuts-rate-again", _S1_C),
    _page("https://www.eamarketsbrief.example/issues/187/cbk-trims-again", _S1_D),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 2 - election (planted: LGAs won 14 vs 15; runner-up votes 121,835 vs 112,835)
# ---------------------------------------------------------------------------

_S2_A = _liveblog(
    site="Naija Pulse",
    url="https://www.naijapulse.example/live/ekiti-governorship-election-2026-live-updates",
    headline="Ekiti governorship election 2026: results and updates",
    summary=[
        "Oluwaseun Adebayo-Falana of the People's Progressive Alliance (PPA) has been declared winner of Saturday's Ekiti governorship election.",
        "Returning officer Prof. Adeyinka Olorunfemi announced the result at 11:40 a.m. on Sunday at the INEC collation centre in Ado-Ekiti.",
        "Adebayo-Falana polled 198,412 votes and won in 14 of the 16 local government areas; Kehinde Olatunji-Ige (NDF) polled 121,835.",
        "The NDF candidate has rejected the result and says he will go to the tribunal.",
    ],
    iso_start="2026-06-20T07:00:00+01:00",
    iso_mod="2026-06-21T12:31:00+01:00",
    byline="Bisola Adeyemi, with reporting by Femi Akande in Ado-Ekiti",
    related=["Explainer: How INEC collates and declares governorship results",
             "Who is Oluwaseun Adebayo-Falana?",
             "Photos: Long queues as Ekiti votes",
             "Osun 2026: parties begin primaries"],
    entries=[
        ("Sun 21 Jun, 12:25", "2026-06-21T12:25:00+01:00", "Observers: result consistent with our own count", [
            "The election observer group Civic Ballot Watch Nigeria says the declared result is consistent with its parallel vote tabulation (PVT), based on reports from a random sample of polling units.",
            "Its PVT estimated the PPA's share at 55.9 per cent (margin of error plus or minus 1.8 per cent) and the NDF's at 33.6 per cent (plus or minus 1.7 per cent). The group deployed 500 observers across the state.",
            "“Ekiti voters can be confident that the figures announced this morning reflect the ballots cast at the polling units,” the group's chairperson, Dr Ngozi Ebere-Adamu, said at a briefing in Ado-Ekiti.",
        ]),
        ("Sun 21 Jun, 12:10", "2026-06-21T12:10:00+01:00", "Olatunji-Ige rejects result", [
            "The NDF candidate, former senator Kehinde Olatunji-Ige, has rejected the outcome in a short statement to journalists outside his residence.",
            "“What was announced this morning in Ado-Ekiti is not the will of the Ekiti people. We will test every figure at the tribunal,” he said.",
            "Under the Electoral Act, a petition against the declaration must be filed within 21 days.",
        ]),
        ("Sun 21 Jun, 11:52", "2026-06-21T11:52:00+01:00", "The full figures as declared", [
            "Here are the final figures as read by the returning officer:",
            "PPA (Oluwaseun Adebayo-Falana): 198,412. NDF (Kehinde Olatunji-Ige): 121,835. LRP (Tolulope Ajibade): 30,207. The other 13 candidates together: 7,391.",
            "Registered voters: 1,012,447. Accredited voters: 368,540. Total valid votes: 357,845. Rejected votes: 9,262. Total votes cast: 367,107.",
            "By our calculation that gives Adebayo-Falana 55.4 per cent of valid votes and Olatunji-Ige 34.0 per cent. Turnout, measured as accredited voters against the register, was 36.4 per cent.",
        ]),
        ("Sun 21 Jun, 11:44", "2026-06-21T11:44:00+01:00", "BREAKING: Adebayo-Falana declared winner", [
            "Prof. Adeyinka Olorunfemi, the returning officer, has declared Oluwaseun Adebayo-Falana of the PPA winner of the election. The declaration was made at 11:40 a.m.",
            "“Oluwaseun Adebayo-Falana of the People's Progressive Alliance, having satisfied the requirements of the law and scored the highest number of votes, is hereby declared the winner and returned elected,” Prof. Olorunfemi said.",
            "Adebayo-Falana won in 14 of the 16 local government areas. The NDF carried Ikole and Oye.",
            "!img|https://static.naijapulse.example/live/2026/06/21/collation-centre.jpg|Party agents follow the final collation at the INEC office in Ado-Ekiti.|Femi Akande/Naija Pulse",
        ]),
        ("Sun 21 Jun, 10:30", "2026-06-21T10:30:00+01:00", "Last results being read", [
            "The collation officers for Ekiti West and Ikere are presenting their results, the last two of the 16 LGAs. Agents of the NDF have asked for the Ikere result sheets to be checked against the IReV portal before they are accepted.",
        ]),
        ("Sun 21 Jun, 08:05", "2026-06-21T08:05:00+01:00", "Collation resumes; PPA ahead after 10 LGAs", [
            "Collation has resumed. With results from 10 of the 16 LGAs now announced, the running totals are: PPA 124,560, NDF 79,847, LRP 18,990.",
            "Adebayo-Falana has carried nine of those ten areas; Olatunji-Ige won his home area of Oye.",
            "!ad",
        ]),
        ("Sat 20 Jun, 23:50", "2026-06-20T23:50:00+01:00", "Collation adjourned until 8 a.m.", [
            "The returning officer has adjourned collation until 8 a.m. on Sunday after results from five LGAs were announced. At this stage the PPA had 58,903 votes and the NDF 39,116.",
        ]),
        ("Sat 20 Jun, 15:10", "2026-06-20T15:10:00+01:00", "Polls close; voting extended in some units", [
            "Voting has ended in most polling units, which closed at 2:30 p.m. INEC says voting was extended by two hours in nine polling units in Ado-Ekiti and Ikere where materials arrived late or accreditation devices failed.",
            "Police say 27 people have been arrested across the state over alleged vote buying.",
        ]),
        ("Sat 20 Jun, 11:05", "2026-06-20T11:05:00+01:00", "Reports of slow accreditation", [
            "Our reporters in Ikere and Ado-Ekiti say accreditation is slow in some units, with BVAS machines struggling to read the fingerprints of elderly voters. INEC's state head of voter education said technicians had been sent to the affected areas.",
        ]),
        ("Sat 20 Jun, 08:30", "2026-06-20T08:30:00+01:00", "Polls open", [
            "Voting has begun in Ekiti, where 16 candidates are on the ballot. More than 1 million people are registered to vote across 2,445 polling units. More than 20,000 police officers have been deployed, and movement is restricted until the close of polls.",
        ]),
    ],
)

_S2_B = _wire(
    site="Continental Newswire",
    url="https://www.continentalnewswire.example/africa/nigeria-ekiti-governorship-ppa-wins-2026-06-21/",
    section="Africa",
    headline="Ruling party candidate wins Nigeria's Ekiti governorship vote, rival cries foul",
    dek="Oluwaseun Adebayo-Falana of the PPA won Saturday's governorship election in Ekiti State with 198,412 votes, the electoral commission said on Sunday.",
    byline="Tunde Ogunleye",
    iso="2026-06-21T11:45:00Z",
    shown="June 21, 2026 12:45 PM GMT+1",
    body=[
        "ADO-EKITI, Nigeria, June 21 (CNW) - Oluwaseun Adebayo-Falana of the People's Progressive Alliance (PPA) was declared winner of the governorship election in Nigeria's southwestern Ekiti State on Sunday, taking 198,412 votes, the electoral commission said.",
        "His closest rival, former senator Kehinde Olatunji-Ige of the National Democratic Front (NDF), received 121,835 votes, while Tolulope Ajibade of the Labour Renewal Party (LRP) came third with 30,207, according to results read out at the Independent National Electoral Commission's (INEC) collation centre in the state capital, Ado-Ekiti.",
        "Adebayo-Falana, a 52-year-old former state finance commissioner, won 14 of the state's 16 local government areas and took about 55% of the valid votes, a margin of 76,577 votes over Olatunji-Ige, who carried his home area of Oye and neighbouring Ikole.",
        "“Oluwaseun Adebayo-Falana of the People's Progressive Alliance, having satisfied the requirements of the law and scored the highest number of votes, is hereby declared the winner and returned elected,” returning officer Adeyinka Olorunfemi, a professor at the Federal University of Technology, Akure, announced at 11:40 a.m. (1040 GMT).",
        "Under Nigeria's constitution a candidate must win the most votes and at least a quarter of the votes cast in two-thirds of a state's local government areas - 11 of Ekiti's 16 - to be elected at the first ballot. INEC said Adebayo-Falana met that threshold in all 16.",
        "Of the 1,012,447 people registered to vote, 368,540 were accredited on Saturday, a turnout of about 36%. A total of 9,262 ballots were rejected.",
        "Olatunji-Ige rejected the result shortly after the declaration.",
        "“What was announced this morning in Ado-Ekiti is not the will of the Ekiti people. We will test every figure at the tribunal,” he told reporters. Petitions against a declaration must be filed within 21 days under Nigeria's Electoral Act.",
        "!ad",
        "The PPA's national leadership said the outcome showed the party's grip on the southwest was intact ahead of the 2027 general election. Ekiti is one of several Nigerian states whose governorship elections are held outside the general election cycle because of past court rulings.",
        "Civic Ballot Watch Nigeria, an observer group that deployed 500 monitors, said its parallel vote tabulation estimated the PPA's share at 55.9% and the NDF's at 33.6%, each within a margin of error of under two percentage points, and that the official figures were consistent with its findings.",
        "Voting on Saturday was largely peaceful, although INEC extended polling by two hours in nine units where materials arrived late or accreditation machines failed. Police said 27 people were arrested over alleged vote buying.",
        "Observers reported party agents offering voters between 5,000 and 10,000 naira ($3.20 to $6.40) near some polling units, a practice that has marred recent state elections in Nigeria.",
        "Adebayo-Falana, who campaigned on paying a backlog of pensions and finishing rural roads, is due to be sworn in on Oct. 16, when the outgoing governor's second term ends.",
        "(Reporting by Tunde Ogunleye in Ado-Ekiti and Chiamaka Obi in Abuja; Editing by Aisha Bello)",
    ],
    related=["Nigeria's naira weakens on official market as dollar demand rises",
             "Factbox: Nigeria's off-cycle governorship elections",
             "INEC sets dates for 2027 general election",
             "Ghana's parliament approves new electoral commissioner"],
)

_S2_C = _paper(
    site="The Lagos Courier",
    url="https://www.lagoscourier.example/politics/2026/06/22/adebayo-falana-wins-ekiti-olatunji-ige-heads-to-tribunal",
    section="Politics",
    headline="Adebayo-Falana wins Ekiti as Olatunji-Ige heads to tribunal",
    dek="PPA candidate polls 198,412 votes to beat NDF's former senator by 76,577; turnout stays near a third of the register.",
    byline="By Adewale Ogunbiyi, Ado-Ekiti, and Grace Udoh, Lagos",
    shown="Monday, 22 June 2026",
    iso="2026-06-22T05:30:00+01:00",
    comments=212,
    body=[
        "The candidate of the People's Progressive Alliance (PPA), Mr Oluwaseun Adebayo-Falana, was yesterday declared winner of Saturday's governorship election in Ekiti State, defeating a field of 15 other candidates.",
        "The returning officer, Prof. Adeyinka Olorunfemi, announced at the Independent National Electoral Commission (INEC) office in Ado-Ekiti at 11:40 a.m. that Adebayo-Falana polled 198,412 votes to beat his closest challenger, former senator Kehinde Olatunji-Ige of the National Democratic Front (NDF), who scored 121,835 votes.",
        "Mr Tolulope Ajibade of the Labour Renewal Party (LRP) came a distant third with 30,207 votes. Ajibade, a 38-year-old technology entrepreneur, congratulated the governor-elect in a post on social media and urged him to “govern for the young people who want jobs, not slogans”.",
        "The PPA candidate won in 15 of the 16 local government areas of the state, and scored at least 25 per cent of the votes in every one of them, comfortably meeting the constitutional requirement of a quarter of the votes in at least two-thirds of the councils.",
        "His margin of victory was 76,577 votes. He took 55.4 per cent of the 357,845 valid votes, against 34.0 per cent for Olatunji-Ige and 8.4 per cent for Ajibade.",
        "!ad",
        "## ‘For those who did not vote for me’",
        "Addressing supporters at his campaign office on Secretariat Road yesterday afternoon, the governor-elect thanked voters for their patience.",
        "“This victory belongs to every Ekiti man and woman who stood in the sun yesterday to vote,” he said. “I will be governor for those who voted for me and for those who did not.”",
        "He promised to clear arrears of pensions and gratuities within his first year in office and to complete rural roads abandoned by previous administrations.",
        "## Rival rejects result",
        "But Olatunji-Ige said the result announced in Ado-Ekiti did not reflect the will of the people, and vowed to challenge it before the governorship election petitions tribunal. He has 21 days from the declaration to file a petition.",
        "NDF state chairman, Chief Bamidele Akinwale, alleged that results from some wards in Ikere and Ado-Ekiti were altered during collation, a claim INEC officials in the state denied last night.",
        "!img|https://images.lagoscourier.example/2026/06/22/ekiti-supporters.jpg|Supporters of the governor-elect celebrate in Ado-Ekiti on Sunday.|Photo: Courier/Segun Ilori",
        "## Turnout and observers",
        "Only 368,540 of the 1,012,447 registered voters were accredited, a turnout of 36.4 per cent. Rejected votes numbered 9,262.",
        "Civic Ballot Watch Nigeria, which deployed 500 observers, said its parallel vote tabulation put the PPA's share at 55.9 per cent and the NDF's at 33.6 per cent, and that the official result was within its margins of error.",
        "INEC said voting held in all of the state's 2,445 polling units, although polling was extended by two hours in nine units where materials arrived late or accreditation machines failed.",
        "The observer group, however, expressed concern about vote buying. Police in the state said 27 suspects had been arrested on Saturday.",
        "The governor-elect will be sworn in on October 16.",
    ],
    trending=["Fuel queues return to Abuja as depot prices rise",
              "Super Eagles coach names 26-man squad",
              "Senate confirms new service chiefs",
              "Lagos rail: Red Line extension to open in August"],
)

_S2_D = _local(
    site="Ado Daily",
    url="https://adodaily.example/2026/06/21/jubilation-in-ado-as-adebayo-falana-is-declared-governor-elect/",
    headline="Jubilation in Ado as Adebayo-Falana is declared governor-elect",
    byline="Kayode Fasanmi",
    shown="June 21, 2026",
    weather="Ado-Ekiti 29°C, scattered showers",
    latest=["Ekiti decides: results from all 16 LGAs",
            "Okesa traders count losses after Friday rainstorm",
            "Ikere: youth football tournament kicks off",
            "Obituary: Pa Ezekiel Ojo, 94, retired headmaster"],
    body=[
        "Drumming, dancing and the blaring of horns filled the streets of Ado-Ekiti on Sunday after Mr Oluwaseun Adebayo-Falana of the People's Progressive Alliance (PPA) was declared the winner of Saturday's governorship election.",
        "Crowds of supporters, many wearing the party's green caps and waving brooms and palm fronds, poured into Fajuyi Park and along Ijigbo junction shortly after the returning officer, Prof. Adeyinka Olorunfemi, announced the result at the INEC office on the Ado-Iyin road at 11:40 in the morning.",
        "According to the results read out by Prof. Olorunfemi, Adebayo-Falana polled 198,412 votes. The National Democratic Front (NDF) candidate, former senator Kehinde Olatunji-Ige, scored 112,835 votes, while Mr Tolulope Ajibade of the Labour Renewal Party (LRP) got 30,207.",
        "The PPA candidate won in 14 of the 16 local government areas. The NDF won only in Ikole and Oye.",
        "Adebayo-Falana, who is from Ikere-Ekiti, was given a hero's welcome when his convoy arrived at his campaign office on Secretariat Road at about 2 p.m.",
        "“This victory belongs to every Ekiti man and woman who stood in the sun yesterday to vote. I will be governor for those who voted for me and for those who did not,” he told the crowd.",
        "!img|https://adodaily.example/wp-content/uploads/2026/06/fajuyi-park-celebration.jpg|Supporters of the PPA at Fajuyi Park, Ado-Ekiti, on Sunday afternoon.|Photo: Ado Daily",
        "Mrs Folake Adegoke, a trader at Oja Oba market, said she had closed her stall early to join the celebration. “We queued from seven o'clock on Saturday. We want to see the pensions paid and the roads finished, that is all we are asking,” she said.",
        "In Ikere, where many residents stayed up through the night following the collation on radio, young men lit bonfires and sang the new governor's campaign jingle.",
        "!ad",
        "The mood was different in Oye, where NDF supporters gathered at the party's secretariat. Olatunji-Ige has said he will challenge the result at the tribunal.",
        "“What was announced this morning in Ado-Ekiti is not the will of the Ekiti people,” the former senator told journalists. He did not give details of the irregularities he was alleging.",
        "Only a little over a third of registered voters in the state were accredited for the election, INEC figures show: 368,540 out of 1,012,447.",
        "The election was largely peaceful in the state capital, although voting was extended in some units in Ado-Ekiti and Ikere because election materials arrived late. Police said on Saturday that 27 people had been arrested in different parts of the state for alleged vote buying.",
        "The Ekiti State Police Command has warned supporters against violence and reckless driving during celebrations, and said officers would remain on the streets until Tuesday.",
        "Adebayo-Falana will be sworn in on October 16.",
        "Ado Daily will publish full ward-by-ward results from all 16 local government areas as soon as they are available.",
    ],
)

STORY_2 = _story("el-OB2", "election", "2026-06-22", [
    _page("https://www.naijapulse.example/live/ekiti-governorship-election-2026-live-updates", _S2_A),
    _page("https://www.continentalnewswire.example/africa/nigeria-ekiti-governorship-ppa-wins-2026-06-21/", _S2_B),
    _page("https://www.lagoscourier.example/politics/2026/06/22/adebayo-falana-wins-ekiti-olatunji-ige-heads-to-tribunal", _S2_C),
    _page("https://adodaily.example/2026/06/21/jubilation-in-ado-as-adebayo-falana-is-declared-governor-elect/", _S2_D),
], [
    ("local government areas won", r"\b14\b|fourteen", r"\b15\b|fifteen"),
    ("runner-up's votes", r"121,?835", r"112,?835"),
])

# ---------------------------------------------------------------------------
# Story 3 - court (CONTROL)
# ---------------------------------------------------------------------------

_S3_A = _newsletter(
    site="Bench & Bar Africa",
    url="https://www.benchandbar.example/daily/2026-08-13/concourt-water-cuts-indigent-households",
    issue="Daily Law Alert · 13 August 2026 · Constitutional law",
    headline="ConCourt, 7-4, limits water cut-offs for indigent households; order suspended for 24 months",
    dek="Water Justice Collective v Nelson Mandela Bay Metropolitan Municipality: majority per Mthethwa J confirms High Court invalidity order only in part.",
    byline="By Refilwe Motaung, legal correspondent",
    in_issue=["ConCourt: section 21B Water Services Act", "SCA: prescription of municipal debts",
              "Labour Court: strike interdict refused", "Judicial Service Commission shortlist", "Appointments and moves"],
    body=[
        "The Constitutional Court this morning handed down judgment in Water Justice Collective and Others v Nelson Mandela Bay Metropolitan Municipality and Others (CCT 118/25), declaring section 21B of the Water Services Act, inserted by the Water Services Amendment Act of 2022, inconsistent with the Constitution and invalid to the extent that it permits a municipality to reduce the water supply of a registered indigent household below the free basic allocation of six kilolitres a month.",
        "The judgment was delivered at 10:00. Seven justices concurred in the majority judgment written by Mthethwa J. Du Randt J wrote a dissent in which Sibeko J, Karriem J and Molefe AJ concurred.",
        "## The provision",
        "Section 21B allows a water services authority to restrict or discontinue supply to a household that is more than 90 days in arrears, after giving 14 days' written notice. The applicants, a non-profit organisation and four residents of KwaZakhele and Motherwell, argued that, applied to households registered as indigent, the section limits the right of access to sufficient water in section 27(1)(b) of the Constitution and the right to dignity, and that the limitation is not justifiable under section 36.",
        "## The majority",
        "Mthethwa J held that the limitation could not be justified because less restrictive means, in particular flow restrictors set at the free basic level, were available to municipalities and had been used by several of them before 2022.",
        "“Water is not a privilege that the State may ration by reference to a household's bank balance,” the majority held. “For the poorest households, a disconnection is not a debt-collection measure; it is a threat to life and dignity.”",
        "The majority stressed that the judgment does not extinguish any debt, nor does it prevent municipalities from restricting supply to indigent households above the free basic allocation. Six kilolitres a month is roughly 25 litres per person per day for a household of eight.",
        "!ad",
        "## The order",
        "The order of the Eastern Cape Division of the High Court, Gqeberha, delivered in October 2025, which declared section 21B invalid in its entirety, is confirmed only in part and otherwise set aside. The declaration of invalidity is suspended for 24 months to allow Parliament to cure the defect. Pending the remedial legislation, words are read into section 21B to the effect that supply to a registered indigent household may not be reduced below six kilolitres per month.",
        "The municipality and the Minister of Water and Sanitation are ordered to pay the applicants' costs in both courts, jointly and severally, including the costs of two counsel.",
        "## The dissent",
        "Du Randt J would have declined to confirm the High Court's order. In his view, the Act, read with municipal indigent policies and the requirement of prior notice, already contains adequate safeguards, and the proper avenue for relief lies in reviewing individual decisions rather than striking down the section.",
        "“Courts are not equipped to write municipal budgets, and this judgment, however well meant, invites us to do exactly that,” he wrote.",
        "## Comment",
        "The case is the first time the court has had to consider the 2022 amendments, and the reading-in will bind all water services authorities, not only Nelson Mandela Bay. Practitioners advising municipalities should note that the interim regime takes effect immediately, while the suspension period gives Parliament until August 2028.",
        "The applicants were represented by Lindiwe Nxumalo SC. The matter was argued in February.",
        "Bench & Bar Africa will publish a full case note in next week's edition.",
    ],
)

_S3_B = _broadcast(
    site="Ubuntu Broadcasting News",
    url="https://www.ubn.example/news/south-africa/concourt-rules-poor-households-cannot-be-left-without-water-20260813",
    section="South Africa",
    headline="ConCourt rules poor households cannot be left without water over unpaid bills",
    dek="In a seven-to-four majority ruling, the Constitutional Court found part of the Water Services Act unconstitutional and gave Parliament two years to fix it.",
    byline="Thandiwe Nkosi",
    iso="2026-08-13T11:20:00+02:00",
    shown="13 August 2026, 11:20",
    video=("Residents react to the ConCourt water ruling", "02:47"),
    body=[
        "The Constitutional Court has ruled that municipalities may not cut the water supply of registered indigent households below the free basic amount of six kilolitres a month, even when they owe money on their water accounts.",
        "In a judgment handed down in Johannesburg on Thursday morning, seven of the court's eleven justices found that a section of the Water Services Act introduced in 2022 was unconstitutional because it allowed municipalities to disconnect the poorest households entirely.",
        "The case was brought by the Water Justice Collective, a non-profit organisation, together with residents of KwaZakhele and Motherwell in Nelson Mandela Bay, the Eastern Cape metro that includes Gqeberha, formerly Port Elizabeth.",
        "Writing for the majority, Justice Nomvula Mthethwa said the State could not ration water according to what people could afford. For poor households, she wrote, a disconnection was “a threat to life and dignity”.",
        "Four justices dissented. Justice Pieter du Randt, joined by Acting Justice Thabo Molefe and two other judges, said courts were not equipped to write municipal budgets.",
        "!ad",
        "## Two years to fix the law",
        "The court suspended its declaration of invalidity for two years to give Parliament time to amend the law. In the meantime, municipalities across the country must keep supplying at least six kilolitres a month to households registered as indigent.",
        "Nelson Mandela Bay has about 41,000 registered indigent households. The metro says those households owe it about R1.3 billion, roughly 73 million US dollars, in water arrears.",
        "Outside the court, the coordinator of the Water Justice Collective, Bongani Mthimkhulu, was emotional.",
        "“Today the highest court in the land said that poor families in KwaZakhele and Motherwell cannot be left with dry taps because they are poor,” he said.",
        "## Municipality to comply",
        "Nelson Mandela Bay municipal spokesperson Khanyisa Mabandla-Olivier said the metro respected the judgment and would comply with it.",
        "“We will study the judgment with our legal team. Our concern has always been the sustainability of the water services we provide to all residents, and we will be engaging National Treasury on how the free basic water allocation is funded,” she said.",
        "The Department of Water and Sanitation said it was studying the ruling. Spokesperson Tebogo Masilela said the department would work with Parliament's portfolio committee on a remedy “well before the deadline”.",
        "The court also ordered the municipality and the Minister of Water and Sanitation to pay the legal costs of the applicants.",
        "The ruling narrows an order made by the High Court in Gqeberha last year, which had struck down the section completely. The Constitutional Court said municipalities could still restrict supply above the free basic amount and could still recover debts.",
        "UBN News will have more on this story in our bulletins throughout the day.",
    ],
    most_watched=["Load-shedding: Eskom says no outages expected this weekend",
                  "Taxi strike brings Tshwane to a standstill",
                  "Springboks name squad for Rugby Championship opener",
                  "Matric exam timetable released"],
)

_S3_C = _paper(
    site="The Bay Herald",
    url="https://www.bayherald.example/news/2026-08-14-concourt-water-ruling-brings-relief-to-kwazakhele-families",
    section="News",
    headline="ConCourt water ruling brings relief to KwaZakhele families",
    dek="Metro must keep taps running for registered indigent households after landmark judgment, but says R1.3-billion debt remains a headache.",
    byline="By Lwazi Ntshona",
    shown="Friday 14 August 2026",
    print_note="Published in The Bay Herald print edition, 14 August 2026, page 1.",
    comments=38,
    body=[
        "For Nosipho Zweni, a 63-year-old grandmother in KwaZakhele, yesterday's Constitutional Court judgment means one thing: the tap in her yard should not run dry again because of an unpaid bill.",
        "“Last winter they closed the water for five weeks. We were carrying buckets from the church. Today I can sleep,” Zweni said, standing beside the standpipe where municipal workers fitted a restrictor in 2024.",
        "The Constitutional Court in Johannesburg ruled by a majority of seven to four that section 21B of the Water Services Act is unconstitutional to the extent that it allows municipalities to cut the supply of registered indigent households below six kilolitres a month, the free basic water allocation.",
        "The judgment, delivered at 10am, upheld in part a ruling made by the Eastern Cape High Court in Gqeberha in October last year. The High Court had struck down the section altogether; the Constitutional Court limited the declaration to indigent households.",
        "!ad",
        "Writing for the majority, Justice Nomvula Mthethwa said: “Water is not a privilege that the State may ration by reference to a household's bank balance.”",
        "The declaration of invalidity was suspended for 24 months to allow Parliament to amend the law, which means lawmakers have until August 2028. In the meantime, the court read words into the section to protect the six-kilolitre minimum.",
        "In his dissent, Justice Pieter du Randt, with whom three colleagues agreed, warned that the court was being drawn into the business of writing municipal budgets.",
        "## Metro counts the cost",
        "The ruling affects about 41,000 registered indigent households in Nelson Mandela Bay, according to municipal figures. The metro says these households owe R1.3-billion in water arrears.",
        "Metro spokesperson Khanyisa Mabandla-Olivier said the municipality would comply with the order. She said the metro had restricted the supply of about 6,800 indigent households since the amendment took effect in 2023, and that their supply would be restored to at least the free basic level.",
        "“The municipality respects the judgment. We will comply,” she said, adding that the metro would ask National Treasury to review how the free basic water allocation is funded.",
        "!img|https://media.bayherald.example/2026/08/14/kwazakhele-standpipe.jpg|Nosipho Zweni at the standpipe outside her home in KwaZakhele, Gqeberha.|Picture: LWAZI NTSHONA",
        "## ‘Dry taps’",
        "The Water Justice Collective, which brought the case with four residents of KwaZakhele and Motherwell, held a small celebration outside its offices in New Brighton last night.",
        "The organisation's coordinator, Bongani Mthimkhulu, said: “Today the highest court in the land said that poor families in KwaZakhele and Motherwell cannot be left with dry taps because they are poor.”",
        "Residents who were in arrears for more than 90 days had received letters giving them 14 days to pay before their supply was restricted. Mthimkhulu said many of those letters went to pensioners and unemployed people who had no way of paying.",
        "Ward councillors from across the political spectrum welcomed the ruling. Councillor Mzwandile Gqamana, whose ward includes part of Motherwell, said he would ask the metro to prioritise restoring supply to households with young children and elderly residents.",
        "The municipality and the Minister of Water and Sanitation were ordered to pay the applicants' legal costs.",
    ],
    trending=["Bay water dams at 41%: restrictions stay",
              "Gqeberha harbour expansion gets green light",
              "Chiefs stun Pirates in Nelson Mandela Bay friendly",
              "Uitenhage factory job cuts: union calls for talks"],
)

STORY_3 = _story("ct-OB3", "court", "2026-08-14", [
    _page("https://www.benchandbar.example/daily/2026-08-13/concourt-water-cuts-indigent-households", _S3_A),
    _page("https://www.ubn.example/news/south-africa/concourt-rules-poor-households-cannot-be-left-without-water-20260813", _S3_B),
    _page("https://www.bayherald.example/news/2026-08-14-concourt-water-ruling-brings-relief-to-kwazakhele-families", _S3_C),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 4 - trade (planted: 112 vs 132 tariff lines; 1 July vs 1 August;
# Minister vs Deputy Minister)
# ---------------------------------------------------------------------------

_S4_A = _wire(
    site="Continental Newswire",
    url="https://www.continentalnewswire.example/business/east-africa-raises-steel-import-tariff-2026-05-29/",
    section="Business",
    headline="East African bloc raises steel import tariff to 35% to shield local mills",
    dek="EAC ministers agreed to raise the common external tariff on finished steel products from 25% for one year from July 1.",
    byline="Josephat Mrema and Brian Kiprono",
    iso="2026-05-29T19:02:00Z",
    shown="May 29, 2026 10:02 PM GMT+3",
    body=[
        "ARUSHA, Tanzania, May 29 (CNW) - East African Community trade and finance ministers agreed on Friday to raise the bloc's common external tariff (CET) on imported finished steel products to 35% from 25% for a year from July 1, a move aimed at protecting regional mills from a surge of cheap imports, mostly from Asia.",
        "The increase will apply to 112 tariff lines covering products such as galvanised and pre-painted roofing sheets, cold-rolled coils, bars and rods, according to a communique issued at the end of a four-day meeting of the EAC's Sectoral Council on Trade, Industry, Finance and Investment in Arusha, where the eight-member bloc has its headquarters.",
        "Hot-rolled coils used as raw material by local re-rolling mills will continue to enter duty-free.",
        "Tanzania's Minister for Industry and Trade, Amina Salim Juma, who chaired the meeting, said the measure was temporary and would be reviewed after 12 months.",
        "“We are not closing our market. We are giving our own mills a fair chance to compete while they expand capacity,” she told reporters after the communique was released.",
        "Kenya had pushed for a 40% rate, officials said, while Uganda had argued for a smaller increase to 30%, citing the cost of construction materials. Rwanda was granted a one-year stay of application and will continue to charge 25%.",
        "!ad",
        "The EAC imported about 3.1 million tonnes of steel products worth roughly $2.6 billion in 2025, according to figures presented at the meeting, with China accounting for about 58% of the value. Kenya, the region's largest market, imported 1.2 million tonnes worth $1.05 billion.",
        "Regional producers say their mills run at only about 55% of a combined installed capacity of 2.4 million tonnes a year because of competition from imports they say are priced below cost.",
        "Kenyan Trade Cabinet Secretary Peter Mwangi Kariuki said the decision would protect “some 40,000 direct jobs” in Kenya's steel and metal fabrication industry.",
        "Contractors and consumer groups warned the move would push up building costs. The Uganda Association of Building Contractors said prices of iron sheets could rise by 10% to 12%, while the East African Steel Producers Association said any increase in retail prices would be below 5%.",
        "The council also extended by a year Kenya's stay allowing it to import wheat grain at a 10% duty instead of the CET rate of 35%, officials said.",
        "The tariff changes are expected to be announced formally in budget speeches by the region's finance ministers on June 11 and published in the EAC Gazette.",
        "The communique was released at about 9:15 p.m. local time (1815 GMT), several hours after the meeting had been scheduled to close, as delegations argued over the rate.",
        "(Reporting by Josephat Mrema in Arusha and Brian Kiprono in Nairobi; Editing by Peter Gathara)",
    ],
    related=["Kenya's current account deficit narrows on strong remittances",
             "Tanzania to list first green bond on Dar es Salaam exchange",
             "AfCFTA: rules of origin for autos finalised",
             "South African steelmaker seeks rescue funding"],
)

_S4_B = _broadcast(
    site="Tanzanite TV",
    url="https://www.tanzanitetv.example/news/business/eac-yapandisha-ushuru-chuma-steel-tariff-35-per-cent-20260530",
    section="Business",
    headline="EAC raises duty on imported steel to 35 per cent from July",
    dek="Deputy Minister Amina Salim Juma says the increase is temporary and will be reviewed after a year.",
    byline="Neema Mwakyusa",
    iso="2026-05-30T08:15:00+03:00",
    shown="Saturday 30 May 2026, 08:15 EAT",
    video=("Arusha: EAC ministers agree on steel tariff", "01:58"),
    body=[
        "East African Community member states will charge an import duty of 35 per cent on finished steel products from 1 July 2026, up from 25 per cent, after ministers meeting in Arusha agreed to the increase late on Friday night.",
        "The Deputy Minister for Industry and Trade, Amina Salim Juma, who chaired the meeting of the Sectoral Council on Trade, Industry, Finance and Investment, said the decision followed complaints from steel manufacturers across the region that they could not compete with imports.",
        "“We are not closing our market. We are giving our own mills a fair chance to compete while they expand capacity,” Ms Juma said at the Arusha International Conference Centre after the communique was released shortly after 9 p.m.",
        "The new rate covers 112 tariff lines, including galvanised and coloured iron sheets that are widely used for roofing, cold-rolled coils, and bars and rods used in construction.",
        "Ms Juma said the higher rate would apply for one year, from the start of the 2026/27 financial year, and that the council would review its effect on prices and production after 12 months.",
        "!img|https://media.tanzanitetv.example/2026/05/30/arusha-sctifi.jpg|Ministers at the EAC meeting in Arusha on Friday.|Photo: Tanzanite TV",
        "## Mills welcome the move",
        "Steel producers in Tanzania welcomed the decision. The manager of a rolling mill in Kibaha, Coast Region, Mr Hamisi Mbwambo, said his factory was running two shifts instead of three because of cheap imports.",
        "“If the duty holds, we can bring back the third shift and hire again. We have the machines. What we need is a market,” he told Tanzanite TV.",
        "The East African Steel Producers Association says mills in the region are using only about 55 per cent of their capacity.",
        "## What about prices?",
        "Builders fear the higher duty will make iron sheets more expensive. A three-metre, gauge-28 iron sheet currently sells for about 32,000 shillings in Dar es Salaam hardware shops.",
        "The steel producers' association says any price increase will be less than five per cent, because regional mills will compete with each other. Contractors in Uganda have warned of increases of up to 12 per cent.",
        "Hot-rolled coils, which local mills import as raw material, will remain duty-free.",
        "!ad",
        "Kenya had asked for the duty to be raised to 40 per cent, while Uganda wanted a smaller increase. Rwanda will continue to apply the old rate of 25 per cent for one more year after it was granted a stay.",
        "The new rates will be read in the budget speeches of EAC finance ministers on 11 June.",
        "In 2025, East African countries imported about 3.1 million tonnes of steel products, with most of it coming from China.",
    ],
    most_watched=["Dar es Salaam: BRT phase three opens to passengers",
                  "Taifa Stars prepare for AFCON qualifier",
                  "Zanzibar tourism arrivals hit record",
                  "Heavy rains cut Morogoro road"],
)

_S4_C = _newsletter(
    site="Steel & Metals Africa Weekly",
    url="https://www.steelmetalsafrica.example/weekly/096/eac-cet-steel-35",
    issue="Issue 96 · Tuesday 2 June 2026",
    headline="EAC goes to 35% on finished steel: what the new CET band means for mills and traders",
    dek="A 10-point rise for one year, raw coil stays duty-free, Rwanda opts out. We run the numbers.",
    byline="Analysis by Ravi Menon-Kamau, East Africa editor",
    in_issue=["EAC: CET on finished steel to 35%", "Ghana: scrap export ban extended",
              "South Africa: rebar prices week 22", "Nigeria: new billet plant in Ogun", "Freight: Mombasa dwell times"],
    body=[
        "Ministers at the EAC's Sectoral Council on Trade, Industry, Finance and Investment (SCTIFI) in Arusha agreed late last Friday to move 132 tariff lines of finished flat and long steel products into a 35% band from 1 July, up from the 25% CET rate they currently attract. The communique came out at 21:15 EAT after four days of talks.",
        "That is a 10-percentage-point rise in the duty rate, or a 40% increase in the duty payable on the same customs value. It is a one-year measure, to be reviewed after 12 months, and it was agreed under the chairmanship of Tanzania's Minister for Industry and Trade, Amina Salim Juma.",
        "## The numbers",
        "Take a tonne of Chinese galvanised coil landed at Mombasa at a CIF value of $720. At 25%, duty comes to $180; at 35%, it is $252. The extra $72 a tonne is before VAT and the railway development and import declaration levies, which are charged on top and which we do not model here.",
        "The region imported about 3.1 million tonnes of steel products in 2025, worth around $2.6bn, according to figures presented to ministers. Kenya alone took 1.2 million tonnes worth $1.05bn, or about KSh 136bn at current exchange rates.",
        "Regional mills have combined installed capacity of 2.4 million tonnes a year and ran at about 55% utilisation last year, according to the East African Steel Producers Association (EASPA).",
        "!ad",
        "## What stays the same",
        "Hot-rolled coil for re-rolling stays in the 0% raw-materials band, which matters more to the integrated re-rollers in Mombasa, Athi River and Dar es Salaam than the headline rate. Rwanda has a one-year stay of application and will keep charging 25%.",
        "## Who wanted what",
        "Kenya went into the meeting asking for 40%; Uganda argued for 30%. The 35% compromise is the rate already used for sensitive items such as some textiles. Kenya's Trade Cabinet Secretary Peter Mwangi Kariuki has framed the increase as a jobs measure, citing some 40,000 direct jobs in the sector.",
        "“Our members have been selling at a loss against dumped coil for two years,” EASPA chair Devika Patel-Njoroge told us on Monday. “At 35% we can compete on a level field. We have said clearly that retail prices should not rise by more than 5%, and our members will be held to that.”",
        "Contractors are sceptical. The Uganda Association of Building Contractors says roofing sheet prices could rise 10-12%, and traders in Nairobi's Industrial Area told us they had already seen distributors raise quotes on imported pre-painted sheet in anticipation.",
        "## Our view",
        "The one-year sunset is the key detail. Mills are being asked to prove in 12 months that they can lift utilisation and hold prices, and the review will fall just before the next budget cycle. We expect import volumes of finished flat products to fall by a fifth in the second half of 2026, with Indian and South African suppliers taking share from Chinese ones at the margin.",
        "The new rates will be confirmed in the 11 June budget speeches and gazetted shortly after.",
    ],
)

_S4_D = _paper(
    site="The Kampala Standard",
    url="https://www.kampalastandard.example/business/builders-brace-for-costlier-iron-sheets-as-eac-raises-steel-duty",
    section="Business",
    headline="Builders brace for costlier iron sheets as EAC raises steel duty",
    dek="Regional ministers agree to lift the tariff on imported finished steel to 35 per cent; Uganda had pushed for a smaller increase.",
    byline="By Ronald Kasozi",
    shown="Saturday, May 30, 2026",
    comments=27,
    body=[
        "Ugandans building homes will pay more for iron sheets and steel bars after East African Community ministers agreed to raise the common external tariff on finished steel imports from 25 per cent to 35 per cent.",
        "The decision was taken in Arusha, Tanzania, on Friday at the end of a four-day meeting of the Sectoral Council on Trade, Industry, Finance and Investment, chaired by Tanzania's Minister for Industry and Trade, Ms Amina Salim Juma. The new rate will apply from August 1 for one year.",
        "It covers 112 tariff lines, including galvanised and coloured iron sheets, cold-rolled coils and bars and rods.",
        "Uganda had argued for the duty to be raised to only 30 per cent, saying a steeper rise would hurt construction, while Kenya had sought 40 per cent. Hot-rolled steel coils, which local mills import as raw material, will remain duty-free.",
        "!ad",
        "## ‘The ordinary Ugandan will pay’",
        "Mr Moses Ssekandi, the spokesperson of the Uganda Association of Building Contractors, said the association expected the price of a standard iron sheet to rise by between 10 and 12 per cent.",
        "“The ordinary Ugandan building a house in Mukono or Wakiso will pay for this,” Mr Ssekandi said. “A sheet that costs Shs38,000 today could cost Shs42,000 by the end of the year.”",
        "He said the association would petition Parliament's trade committee to press for exemptions for low-cost housing projects.",
        "But the East African Steel Producers Association (EASPA), which lobbied for the increase, says prices will rise by less than five per cent because regional mills will compete to win back customers.",
        "Ms Juma, who spoke to journalists after the communique was released late on Friday night, said the measure was temporary. “We are not closing our market,” she said, adding that the council would review the measure after 12 months.",
        "!img|https://media.kampalastandard.example/2026/05/30/iron-sheets-kisenyi.jpg|A hardware shop in Kisenyi, Kampala. Traders expect prices of iron sheets to rise.|PHOTO: FILE",
        "## Local mills",
        "Uganda has several steel rolling mills in Jinja, Iganga and around Kampala, many of which import billets and coils. Industry officials say the region's mills are operating at about 55 per cent of their capacity.",
        "Mr Patrick Ocen, an economist at a Kampala think tank, said the measure could help local manufacturers but warned that consumers would bear the cost if mills did not expand production quickly.",
        "“A tariff is a tax on the buyer before it is a gift to the producer. The test is whether, one year from now, we have more steel made in the region at prices people can afford,” he said.",
        "Rwanda obtained permission to continue applying the old rate of 25 per cent for one year.",
        "East African countries imported 3.1 million tonnes of steel products worth about $2.6 billion (about Shs9.6 trillion) in 2025, according to figures presented at the Arusha meeting.",
        "The changes will be announced in the budget speech on June 11.",
    ],
    trending=["URA collects Shs2.1 trillion in April",
              "Cranes squad for Cecafa named",
              "Boda boda riders protest new registration fees",
              "Entebbe Expressway toll rates revised"],
)

STORY_4 = _story("tr-OB4", "trade", "2026-06-02", [
    _page("https://www.continentalnewswire.example/business/east-africa-raises-steel-import-tariff-2026-05-29/", _S4_A),
    _page("https://www.tanzanitetv.example/news/business/eac-yapandisha-ushuru-chuma-steel-tariff-35-per-cent-20260530", _S4_B),
    _page("https://www.steelmetalsafrica.example/weekly/096/eac-cet-steel-35", _S4_C),
    _page("https://www.kampalastandard.example/business/builders-brace-for-costlier-iron-sheets-as-eac-raises-steel-duty", _S4_D),
], [
    ("number of tariff lines", r"\b112\b", r"\b132\b"),
    ("effective date", r"\bjul(y)?\b", r"\baug(ust)?\b"),
    ("chair's title", r"(?<!deputy )(?<!deputy-)\bminister\b", r"\bdeputy\b"),
])

# ---------------------------------------------------------------------------
# Story 5 - rocket (planted: burn 58 s vs 68 s; Mabuza vs Mbuza)
# ---------------------------------------------------------------------------

_S5_A = _liveblog(
    site="SpaceWatch Africa",
    url="https://www.spacewatchafrica.example/live/sunbird-2-launch-overberg-live",
    headline="Sunbird-2 suborbital launch from the Overberg range",
    summary=[
        "Kalahari Launch Systems' Sunbird-2 lifted off at 07:42 SAST on Wednesday from the Denel Overberg Test Range near Arniston.",
        "The hybrid engine burned for 58 seconds; the rocket reached an apogee of 104 km, above the 100 km Kármán line.",
        "The 42 kg payload module splashed down under its parachute about 62 km offshore and has been recovered.",
        "The first attempt, on Monday, was scrubbed because of upper-level winds.",
    ],
    iso_start="2026-10-21T06:30:00+02:00",
    iso_mod="2026-10-21T10:06:00+02:00",
    byline="Kagiso Dlamini and Zainab Hendricks",
    related=["Explainer: what is a hybrid rocket engine?",
             "Sunbird-1: inside the 2025 test flight",
             "SANSA unveils ground station upgrade in Hartebeesthoek",
             "Africa's small-satellite boom, in charts"],
    entries=[
        ("10:05", "2026-10-21T10:05:00+02:00", "Payload recovered", [
            "The recovery vessel Marlin Star has the payload module on deck, Kalahari Launch Systems (KLS) says. It was hauled out of the water shortly before 10:00, about two hours and fifteen minutes after liftoff.",
            "The three university experiments, from the University of Cape Town, Cape Peninsula University of Technology and Wits, will be handed to their teams in Struisbaai this afternoon.",
            "The spent rocket body was not designed to be recovered and fell into the sea about 48 km downrange.",
        ]),
        ("08:20", "2026-10-21T08:20:00+02:00", "‘A rocket designed and built in South Africa touched space’", [
            "KLS chief executive Thandeka Mabuza has spoken to the media at the range.",
            "“Today a rocket designed and built in South Africa touched space. That was the whole point,” Mabuza said. “Four years ago this was a drawing on a whiteboard in a rented workshop in Epping.”",
            "She thanked the 60-strong launch team and the Overberg range staff, and said the company would now focus on Sunbird-3, a larger suborbital vehicle planned for mid-2027, and on its orbital launcher, Sunbird-O, which it is targeting for 2028.",
            "!img|https://cdn.spacewatchafrica.example/live/2026/10/21/mabuza-presser.jpg|Thandeka Mabuza, chief executive of Kalahari Launch Systems, at the Overberg Test Range after the launch.|Zainab Hendricks/SpaceWatch Africa",
        ]),
        ("07:58", "2026-10-21T07:58:00+02:00", "Apogee confirmed: 104 km", [
            "KLS has confirmed from tracking data that Sunbird-2 reached an apogee of 104 km (about 65 miles) at T+3 minutes 10 seconds. That is above the 100 km Kármán line commonly used as the boundary of space.",
            "Peak speed was about 1.4 km per second, more than four times the speed of sound, reached just before engine cutoff.",
            "The payload module had nearly three minutes of weightlessness before re-entry and deployed its parachute as planned. Splashdown was at T+14 minutes 20 seconds, about 62 km offshore.",
        ]),
        ("07:44", "2026-10-21T07:44:00+02:00", "Engine cutoff", [
            "Main engine cutoff at T+58 seconds, right on the planned burn time. The rocket is coasting upwards. Telemetry strong.",
        ]),
        ("07:42", "2026-10-21T07:42:00+02:00", "LIFTOFF", [
            "Sunbird-2 has lifted off from the Overberg range at 07:42 SAST (05:42 UTC). Clean ascent, rocket pitching slightly east over the sea.",
            "!ad",
        ]),
        ("07:30", "2026-10-21T07:30:00+02:00", "Winds are go", [
            "The latest weather balloon shows upper-level winds within limits. Flight director Ayesha Davids has polled the team and the count has resumed at T-12 minutes.",
        ]),
        ("07:00", "2026-10-21T07:00:00+02:00", "Window opens", [
            "The launch window is open and runs until 11:00. The team is holding at T-15 minutes while it waits for an updated upper-wind reading. On Monday the count was stopped at T-4 minutes when winds above 10 km exceeded limits.",
        ]),
        ("06:30", "2026-10-21T06:30:00+02:00", "Good morning from the Overberg", [
            "Welcome to our live coverage. We are at the Denel Overberg Test Range near Arniston, about 200 km south-east of Cape Town, where Kalahari Launch Systems is preparing for a second attempt to fly Sunbird-2.",
            "The 9.8-metre rocket weighs about 3.2 tonnes fuelled. Its hybrid motor burns paraffin wax with nitrous oxide. Clear skies, light south-easterly, 14°C.",
            "KLS's previous rocket, Sunbird-1, reached 18.5 km in November 2025. Today the company is aiming for space.",
        ]),
    ],
)

_S5_B = _wire(
    site="Continental Newswire",
    url="https://www.continentalnewswire.example/technology/south-african-startup-rocket-reaches-space-2026-10-21/",
    section="Technology",
    headline="South African startup's rocket reaches space in first for private African launcher",
    dek="Kalahari Launch Systems' Sunbird-2 climbed to 104 km on a suborbital test flight from the Overberg range on Wednesday.",
    byline="Lindiwe Mahlangu",
    iso="2026-10-21T07:10:00Z",
    shown="October 21, 2026 9:10 AM GMT+2",
    lead_img=("https://img.continentalnewswire.example/2026/10/sunbird2-liftoff.jpg",
              "Kalahari Launch Systems' Sunbird-2 rocket lifts off from the Denel Overberg Test Range near Arniston, South Africa, October 21, 2026.",
              "CNW/Lindiwe Mahlangu"),
    body=[
        "ARNISTON, South Africa, Oct 21 (CNW) - A rocket built by Cape Town-based startup Kalahari Launch Systems reached space on Wednesday, the company said, making it the first privately developed African rocket to cross the 100 km boundary commonly used to mark the edge of space.",
        "The 9.8-metre Sunbird-2 lifted off from the Denel Overberg Test Range on South Africa's southern coast at 0542 GMT and climbed to an altitude of 104 km (65 miles) before falling back into the Indian Ocean, according to preliminary tracking data released by the company.",
        "“Today a rocket designed and built in South Africa touched space. That was the whole point,” chief executive Thandeka Mbuza told reporters at the range.",
        "Mbuza, a former aerospace engineer at a Gauteng defence contractor, co-founded the company in 2022. It has raised about 480 million rand ($27 million) from local and foreign investors and employs 140 people.",
        "The single-stage rocket is powered by a hybrid motor that burns paraffin wax with nitrous oxide. Its engine fired for 58 seconds, accelerating the vehicle to about 1.4 km per second, or roughly 5,000 km per hour, before it coasted to its highest point about three minutes after launch.",
        "A 42 kg payload module carrying experiments from three South African universities separated and splashed down under a parachute about 62 km offshore. A recovery vessel was heading to the site, the company said.",
        "!ad",
        "A first attempt on Monday was called off minutes before launch because of strong upper-level winds.",
        "The range, about 200 km south-east of Cape Town, is operated by state-owned defence group Denel and has been used for missile and rocket tests for decades. Sunbird-2 weighed about 3.2 tonnes at liftoff.",
        "The flight is a step up from the company's first rocket, Sunbird-1, which reached 18.5 km in November 2025. Kalahari Launch Systems plans a larger suborbital rocket, Sunbird-3, in mid-2027 and is working on an orbital launcher it hopes to fly in 2028.",
        "Africa has a growing number of satellite programmes but relies entirely on foreign rockets to reach orbit. South Africa ran a rocket programme in the 1980s and early 1990s that was abandoned before any orbital launch.",
        "The South African National Space Agency (SANSA) congratulated the company. “This is a proud day for the South African space community,” said Dr Lerato Mokoena, SANSA's head of space operations. “Access to space is the missing link in our value chain.”",
        "Mbuza said the company would use data from Wednesday's flight to refine its engine design. She declined to say how much a commercial Sunbird-O launch would cost, but said the company was aiming to “compete on price with anyone in the world for small payloads”.",
        "(Reporting by Lindiwe Mahlangu; Editing by Halima Yusuf)",
    ],
    related=["Kenya's first operational Earth observation satellite completes commissioning",
             "Egypt, China sign satellite assembly deal",
             "Rocket Lab launches 80th Electron",
             "Nigeria's space agency seeks budget boost"],
)

_S5_C = _paper(
    site="The Cape Chronicle",
    url="https://www.capechronicle.example/news/science/2026-10-22-sunbird-2-touches-space",
    section="Science",
    headline="Sunbird-2 touches space as Cape start-up makes history",
    dek="Kalahari Launch Systems' home-built rocket soars 104km above the Overberg, but the real test, getting to orbit, is still years away.",
    byline="By Nadia Abrahams, science writer",
    shown="Thursday 22 October 2026",
    iso="2026-10-22T05:00:00+02:00",
    print_note="This article was published in the print edition of The Cape Chronicle on 22 October 2026.",
    comments=61,
    body=[
        "At 7.42am yesterday, a slim white rocket built in a workshop in Epping rose on a column of flame from the Overberg coast and, minutes later, became the first privately developed African rocket to reach space.",
        "Sunbird-2, the second rocket built by Cape Town company Kalahari Launch Systems (KLS), climbed to 104km, comfortably above the 100km Kármán line, before its payload module parachuted into the sea about 62km offshore.",
        "“Today a rocket designed and built in South Africa touched space. That was the whole point,” said KLS chief executive Thandeka Mabuza, who watched the launch from the range's control bunker.",
        "The launch from the Denel Overberg Test Range near Arniston followed a scrubbed attempt on Monday, when high-altitude winds forced the team to stop the countdown four minutes before liftoff.",
        "!ad",
        "## Paraffin and laughing gas",
        "Sunbird-2 is a single-stage rocket, 9.8m tall and weighing about 3.2 tonnes at liftoff. Its hybrid motor burns paraffin wax, the same stuff found in candles, with nitrous oxide, better known as laughing gas.",
        "The motor burned for 68 seconds, pushing the rocket to about 5,000km/h, more than four times the speed of sound. After the engine shut down the rocket coasted upwards, reaching its peak about three minutes and ten seconds after launch.",
        "That height is about 341,000 feet, more than ten times the cruising altitude of an airliner.",
        "“The engine did exactly what we asked of it. Every number we cared about was inside the box,” said KLS chief engineer Riaan Steyn.",
        "## Experiments at the edge of space",
        "The 42kg payload module carried three experiments from local universities: a yeast-growth experiment from the University of Cape Town, a fluid-behaviour experiment from the Cape Peninsula University of Technology and a radiation detector built by students at Wits University in Johannesburg.",
        "The module experienced nearly three minutes of weightlessness before falling back to Earth. It was picked up by a recovery vessel shortly before 10am and brought ashore at Struisbaai in the afternoon.",
        "“To get three minutes of microgravity data, our students would normally have to wait years for a slot on a foreign flight,” said Professor Naledi Sithole, who leads the UCT team.",
        "!img|https://media.capechronicle.example/2026/10/22/sunbird2-arniston.jpg|Sunbird-2 climbs away from the Denel Overberg Test Range near Arniston yesterday.|Picture: KLS",
        "## The long road to orbit",
        "KLS has raised about R480-million since it was founded in 2022 and employs 140 people. Its first rocket, Sunbird-1, flew to 18.5km in November last year.",
        "The company's real goal is orbit. Mabuza said KLS hoped to launch Sunbird-O, a two-stage rocket designed to place small satellites of up to 150kg in low Earth orbit, in 2028, following a larger suborbital flight, Sunbird-3, planned for mid-2027.",
        "Experts caution that the jump from a suborbital hop to orbit is enormous. “Reaching 100km is about altitude. Reaching orbit is about speed, and you need roughly five times more of it,” said Dr Johan Viljoen, a retired aerospace engineer who worked on South Africa's rocket programme in the 1980s.",
        "Still, for a country that abandoned its last launcher programme before it ever reached orbit, yesterday's flight was a moment to savour.",
    ],
    trending=["Western Cape water tariffs to rise 6% in July",
              "Stormers name side for Cardiff clash",
              "N2 roadworks: delays near Somerset West",
              "Wine harvest forecast lowered after wet winter"],
)

STORY_5 = _story("rk-OB5", "rocket", "2026-10-22", [
    _page("https://www.spacewatchafrica.example/live/sunbird-2-launch-overberg-live", _S5_A),
    _page("https://www.continentalnewswire.example/technology/south-african-startup-rocket-reaches-space-2026-10-21/", _S5_B),
    _page("https://www.capechronicle.example/news/science/2026-10-22-sunbird-2-touches-space", _S5_C),
], [
    ("engine burn duration", r"\b58\b|fifty-eight", r"\b68\b|sixty-eight"),
    ("chief executive's surname", r"mabuza", r"\bmbuza\b"),
])

# ---------------------------------------------------------------------------
# Story 6 - earthquake (CONTROL)
# ---------------------------------------------------------------------------

_S6_A = _liveblog(
    site="Pearl Broadcasting Live",
    url="https://www.pearlbc.example/live/kasese-earthquake-latest",
    headline="Earthquake in Kasese: latest updates",
    summary=[
        "A magnitude 6.0 earthquake struck near Kasese in western Uganda at 00:38 on Sunday, according to the US Geological Survey.",
        "As of 7:30 pm on Sunday, the Office of the Prime Minister said 19 people had died and 112 were injured.",
        "About 2,300 households have been displaced, according to the same update.",
        "The strongest aftershock so far, magnitude 4.7, hit at 3:10 am.",
    ],
    iso_start="2026-11-15T01:05:00+03:00",
    iso_mod="2026-11-15T20:10:00+03:00",
    byline="Grace Akello, with Moses Bwambale in Kasese",
    related=["What to do during an earthquake: a guide",
             "Photos: Kasese wakes to rubble",
             "Rwenzori region: why the ground shakes",
             "Red Cross appeals for blood donors in Fort Portal"],
    entries=[
        ("Sun 8:10 pm", "2026-11-15T20:10:00+03:00", "Death toll rises to 19", [
            "The Office of the Prime Minister says 19 people have now been confirmed dead and 112 injured, in an update issued at 7:30 pm. About 2,300 households have been displaced, many of them in Bugoye, Maliba and Kyondo sub-counties.",
            "Tents and food are being distributed at two camps, one at a primary school in Bugoye and one at the Kasese municipal stadium.",
        ]),
        ("Sun 4:45 pm", "2026-11-15T16:45:00+03:00", "Minister visits Bugoye", [
            "The Minister of State for Relief, Disaster Preparedness and Refugees, Hilda Kabahweza Mugisha, has arrived in Bugoye, one of the worst-hit areas.",
            "“Our first duty is to find anyone still under the rubble. After that we will make sure nobody sleeps in the open tonight,” she told our reporter.",
        ]),
        ("Sun 3:40 pm", "2026-11-15T15:40:00+03:00", "Kasese-Fort Portal road reopened", [
            "UNRA says the Kasese-Fort Portal road, which was blocked by a landslide for several hours this morning, has reopened to traffic. Drivers are asked to move with caution.",
        ]),
        ("Sun 1:15 pm", "2026-11-15T13:15:00+03:00", "Red Cross: 14 dead", [
            "The Uganda Red Cross Society says at least 14 people are now known to have died and about 60 have been injured, according to its teams on the ground at 1 pm.",
            "“Our volunteers are still reaching villages higher up the slopes where houses are built of mud and stone. We expect the numbers to rise,” spokesperson Ruth Kyomuhendo said.",
            "!ad",
        ]),
        ("Sun 9:00 am", "2026-11-15T09:00:00+03:00", "Aftershocks continue", [
            "Residents report more than 20 aftershocks since the main quake. The strongest, magnitude 4.7, struck at 3:10 am and sent people who had returned indoors running back into the streets.",
        ]),
        ("Sun 7:40 am", "2026-11-15T07:40:00+03:00", "Police: nine dead", [
            "Police say nine people have died and about 40 have been injured. Most of the deaths were caused by collapsing walls of houses.",
            "!img|https://media.pearlbc.example/live/2026/11/15/kasese-rubble.jpg|Residents search through the remains of a house in Bugoye, Kasese district, on Sunday morning.|Moses Bwambale/Pearl Broadcasting",
        ]),
        ("Sun 3:35 am", "2026-11-15T03:35:00+03:00", "First deaths reported", [
            "Kasese police say three people have died in collapsed houses. Many residents are spending the night outside.",
        ]),
        ("Sun 1:50 am", "2026-11-15T01:50:00+03:00", "USGS revises magnitude to 6.0", [
            "The US Geological Survey has revised the magnitude of the earthquake to 6.0 from its preliminary estimate of 6.1. It says the quake was shallow, at a depth of about 10 km, and centred about 14 km north-west of Kasese town, in the foothills of the Rwenzori Mountains.",
        ]),
        ("Sun 1:05 am", "2026-11-15T01:05:00+03:00", "Strong earthquake felt across western Uganda", [
            "A strong earthquake was felt across western Uganda at 12:38 am. Listeners in Kasese, Fort Portal, Bundibugyo and Mbarara have called in to say buildings shook for several seconds. The USGS gives a preliminary magnitude of 6.1. It was also felt in Beni in the Democratic Republic of Congo.",
        ]),
    ],
)

_S6_B = _wire(
    site="Continental Newswire",
    url="https://www.continentalnewswire.example/africa/uganda-earthquake-kasese-2026-11-15/",
    section="Africa",
    headline="Strong earthquake kills at least nine in western Uganda",
    dek="A magnitude 6.0 quake struck near the town of Kasese shortly after midnight, collapsing houses in the foothills of the Rwenzori Mountains.",
    byline="Ivan Ssempijja",
    iso="2026-11-15T05:20:00Z",
    shown="November 15, 2026 8:20 AM GMT+3",
    body=[
        "KAMPALA, Nov 15 (CNW) - A strong earthquake struck western Uganda early on Sunday, killing at least nine people and injuring about 40 as houses collapsed on sleeping families near the town of Kasese, police said.",
        "The magnitude 6.0 quake hit at 00:38 local time on Sunday (2138 GMT on Saturday) at a depth of 10 km (6 miles), the U.S. Geological Survey said. Its epicentre was about 14 km north-west of Kasese, in the foothills of the Rwenzori Mountains near the border with the Democratic Republic of Congo.",
        "The USGS initially put the magnitude at 6.1 before revising it.",
        "“Most of the victims were crushed when the walls of their houses fell on them while they were asleep,” Kasese district police commander Charles Kiiza said by telephone. He said rescue teams were still searching villages on the mountain slopes and the toll was likely to rise.",
        "The tremor was felt in Fort Portal, about 70 km to the north, and in Bundibugyo and Mbarara, as well as in the town of Beni across the border in Congo, residents said.",
        "!ad",
        "A magnitude 4.7 aftershock struck at 3:10 a.m. (0010 GMT), the USGS said, and residents reported dozens of smaller tremors through the night.",
        "Kasese, about 300 km (186 miles) west of the capital Kampala, is a district of farms, mining settlements and tourism businesses serving visitors to the Rwenzori Mountains and Queen Elizabeth National Park.",
        "Many houses in rural parts of the district are built of mud brick and stone, which offer little resistance to strong shaking.",
        "Videos shared on social media showed residents standing in the streets of Kasese town in the dark, some wrapped in blankets, as aftershocks rattled iron roofs. A landslide blocked the road between Kasese and Fort Portal, police said, slowing the movement of rescue teams.",
        "Health officials said the injured were being treated at Kasese's main hospital and at health centres across the district. The Office of the Prime Minister, which coordinates disaster response, said it was sending a team to assess the damage and that relief supplies would leave Kampala later on Sunday.",
        "Joseph Baluku Masereka, the Resident District Commissioner, said several schools and churches had been damaged. “We are asking people not to go back into cracked buildings, even if they look safe,” he said.",
        "The Uganda Red Cross Society said it had deployed volunteers and ambulances from its Kasese and Fort Portal branches.",
        "The Rwenzori region sits on the western arm of the East African Rift, one of the most seismically active zones on the continent, and has experienced damaging quakes in the past.",
        "(Reporting by Ivan Ssempijja; Additional reporting by Moses Bwambale in Kasese; Editing by Aisha Bello)",
    ],
    related=["Congo's M23 talks stall in Doha",
             "Uganda shilling firms on coffee export inflows",
             "Ethiopia's Afar region hit by tremor swarm",
             "Kenya floods displace thousands in Tana River"],
)

_S6_C = _paper(
    site="Uganda Daily Herald",
    url="https://www.ugandadailyherald.example/news/national/kasese-quake-death-toll-climbs-to-26",
    section="National",
    headline="Kasese quake: death toll climbs to 26 as thousands sleep in camps",
    dek="Government releases Shs4.5 billion for relief as aftershocks keep residents out of their homes; two also killed across the border in DR Congo.",
    byline="By Moses Bwambale in Kasese and Sarah Namuli in Kampala",
    shown="Monday, November 16, 2026",
    iso="2026-11-16T14:00:00+03:00",
    comments=45,
    body=[
        "The number of people killed by Sunday's earthquake in Kasese district has risen to 26, the Office of the Prime Minister said on Monday, as rescuers reached remote villages on the slopes of the Rwenzori Mountains.",
        "In an update issued at 10am, the office said 148 people had been injured, 31 of them seriously, and that about 3,400 households, or roughly 17,000 people, had been displaced. On Sunday evening it had put the toll at 19 dead and 112 injured.",
        "Across the border, authorities in Beni territory in DR Congo's North Kivu province said two people were killed when a house collapsed in a village near the frontier, bringing the number of known deaths from the quake to 28.",
        "The earthquake struck at 12:38am on Sunday with a magnitude of 6.0, according to the US Geological Survey, which located it about 14km north-west of Kasese town, in the Rwenzori foothills. Uganda's Department of Geological Survey and Mines, which runs its own network of seismic stations in the region, measured it at 5.8 on the local magnitude scale. Seismologists say differences of this size between agencies using different methods are normal.",
        "!ad",
        "## ‘The ground roared like a lorry’",
        "In Bugoye sub-county, where many of the dead lived, residents spent a second night in the open last night, afraid to return to cracked houses as aftershocks continued.",
        "“The ground roared like a lorry and then the wall came down on the bed,” said Masika Jane, a 34-year-old market vendor whose mother-in-law was killed. “We pulled the children out through the window. My mother-in-law we could not reach in time.”",
        "The Department of Geological Survey and Mines said it had recorded more than 60 aftershocks by Monday morning. The strongest, of magnitude 4.7, struck at 3:10am on Sunday.",
        "!img|https://media.ugandadailyherald.example/2026/11/16/bugoye-camp.jpg|Families displaced by the earthquake at a camp set up at a primary school in Bugoye, Kasese district.|PHOTO: MOSES BWAMBALE",
        "## Relief money released",
        "The Minister of State for Relief, Disaster Preparedness and Refugees, Hilda Kabahweza Mugisha, said Cabinet had released Shs4.5 billion (about $1.2 million) for food, tents and medical supplies.",
        "“We have tents for 2,000 families on the ground and more are leaving Kampala tonight. Nobody should have to sleep in the cold because the government was slow,” she told journalists at the district headquarters.",
        "Hospitals in Kasese were stretched. Twelve critically injured patients were referred to Fort Portal Regional Referral Hospital, and some patients at Kasese's main hospital were being treated in tents pitched in the compound.",
        "The Uganda Red Cross Society appealed for blood donations. Its spokesperson, Ruth Kyomuhendo, said volunteers were helping dozens of families trace relatives who had been missing since the quake.",
        "According to the Office of the Prime Minister, 41 schools have been damaged. District officials suspended classes in the affected schools for a week.",
        "The Kasese-Fort Portal road, which a landslide blocked for several hours on Sunday, reopened on Sunday afternoon.",
        "The Resident District Commissioner, Joseph Baluku Masereka, urged residents not to return to buildings with cracks until engineers had inspected them.",
    ],
    trending=["Kasese: how to help quake victims",
              "Cranes fall to Kenya in friendly",
              "Coffee prices at three-month high",
              "Teachers' pay: government, unions meet"],
)

_S6_D = _broadcast(
    site="Pan-African Broadcasting Service",
    url="https://www.pabs.example/news/africa/uganda-earthquake-toll-rises-to-29-20261117",
    section="Africa",
    headline="Uganda earthquake: death toll rises to 29, with two more killed in DR Congo",
    dek="Officials say 161 people were injured in Uganda and about 3,900 households displaced by Saturday night's quake near Kasese.",
    byline="Daniel Okello",
    iso="2026-11-17T10:30:00Z",
    shown="17 November 2026, 10:30 GMT",
    video=("Aerial footage of damage in Kasese district", "01:34"),
    body=[
        "The death toll from the earthquake that struck western Uganda at the weekend has risen to 29, Ugandan officials said on Tuesday. Two more people were killed across the border in the Democratic Republic of Congo, bringing the total number of deaths to 31.",
        "The magnitude 6.0 earthquake struck at 21:38 GMT on Saturday, which was 00:38 on Sunday local time, near the town of Kasese in the foothills of the Rwenzori Mountains, about 30 km from the Congolese border.",
        "In an update issued at 09:00 local time on Tuesday, Uganda's Office of the Prime Minister said 161 people had been injured and about 3,900 households had been displaced. On Monday, officials had put the number of dead in Uganda at 26.",
        "The two deaths in Congo were in Beni territory, in North Kivu province. “A family's house fell in the night. A woman and her son died,” a local administrator, Kambale Paluku, told the Pan-African Broadcasting Service by phone.",
        "!ad",
        "## Search scaled down",
        "Officials said on Tuesday that search operations in the worst-hit villages had been scaled down, as teams had now reached all the communities on the mountain slopes where people had been reported missing.",
        "The government has released 4.5 billion Ugandan shillings, about 1.2 million US dollars, for relief. Thousands of people are staying in camps set up at schools and at the municipal stadium in Kasese.",
        "The education ministry said 53 schools had been damaged across the district, up from the 41 reported on Monday, as inspectors reached more remote areas.",
        "The ground has continued to shake. Uganda's Department of Geological Survey and Mines said it had recorded more than 80 aftershocks by Tuesday morning, the largest of them a magnitude 4.7 tremor early on Sunday.",
        "## A restless region",
        "The Rwenzori Mountains lie on the western branch of the East African Rift, where the African continent is slowly being pulled apart.",
        "“The Rwenzoris are a block of crust being pushed up between faults of the rift. Earthquakes of this size are not surprising here, but they are rare enough that people forget,” said Dr Peter Tumwesigye, a seismologist at Makerere University in Kampala.",
        "A magnitude 5.1 tremor in the same district in March 2025 damaged several buildings but did not kill anyone.",
        "Dr Tumwesigye said the shallow depth of Saturday night's earthquake, about 10 kilometres, explained why the shaking was so strong in villages near the epicentre, about 14 kilometres north-west of Kasese town.",
        "## Waiting to go home",
        "At the stadium camp, Biira Annet, a mother of four, said her family had no plans to return home soon. “The house is standing, but there is a crack from the roof to the floor. When the ground moves at night, the children scream,” she said.",
        "Aid agencies say the most urgent needs are shelter, clean water and latrines, to prevent the spread of disease in crowded camps.",
        "The Uganda Red Cross Society and the World Food Programme have been distributing food and household items, while engineers from the Ministry of Works have begun inspecting damaged public buildings.",
    ],
    most_watched=["Sudan: aid convoy reaches El Fasher",
                  "Nairobi marathon: record field expected",
                  "Ghana's cocoa farmers await new season price",
                  "Somalia: drought warning for Gedo region"],
)

STORY_6 = _story("eq-OB6", "earthquake", "2026-11-17", [
    _page("https://www.pearlbc.example/live/kasese-earthquake-latest", _S6_A),
    _page("https://www.continentalnewswire.example/africa/uganda-earthquake-kasese-2026-11-15/", _S6_B),
    _page("https://www.ugandadailyherald.example/news/national/kasese-quake-death-toll-climbs-to-26", _S6_C),
    _page("https://www.pabs.example/news/africa/uganda-earthquake-toll-rises-to-29-20261117", _S6_D),
], [])   # a control: no planted disagreement


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
