"""Part WX of the story battery (web pages).

Written by engineer WX1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WX`.

Six stories (two court rulings, two earthquakes, two rocket test flights), each told by three
or four invented outlets whose whole HTML pages are built by one template per outlet. One
story is a control story with no planted disagreement.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WX", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _P(text: str) -> list[str]:
    """Split a block of text on blank lines into paragraphs (inner newlines become spaces)."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block:
            out.append(block)
    return out


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_RAW = ("<ul", "<ol", "<h2", "<h3", "<blockquote", "<figure", "<div", "<table")


def _is_raw(p: str) -> bool:
    return p.startswith(_RAW)


def _dt(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


_MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec."]


# --------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, <h1>, JSON-LD when dated, dateline.
# --------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str = "",
               published: str | None = None, byline: str = "Pacific Wire staff",
               credit: str = "", related: tuple[str, ...] = (),
               updated: str | None = None, section: str = "World") -> str:
    d = _dt(published)
    head_extra = ""
    meta_line = f'<span class="byline">By {byline}</span>'
    if d is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published, "author": {"@type": "Person", "name": byline},
              "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
        head_extra = ('<script type="application/ld+json">' + json.dumps(ld)
                      + "</script>\n")
        shown = f"{d.strftime('%B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')} UTC"
        meta_line += f' <time datetime="{published}">{shown}</time>'
    body = []
    for i, p in enumerate(paras):
        if _is_raw(p):
            body.append(p)
            continue
        text = (f'<span class="dateline">{dateline}</span>' + p) if i == 0 and dateline else p
        body.append(f"<p>{text}</p>")
        if i == 2:
            body.append('<div class="ad-slot" aria-hidden="true"><span>Advertisement'
                        '</span><div id="gpt-ad-mid"></div></div>')
    upd = f'<p class="updated">Updated {updated}</p>\n' if updated else ""
    cred = f'<p class="reporting-credit">{credit}</p>\n' if credit else ""
    rel = "\n".join(f'<li><a href="/story/{_h(r) % 99991}">{r}</a></li>'
                    for r in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pacific Wire</title>
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
{head_extra}<link rel="stylesheet" href="/static/pw-2025.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to personalise content and ads, to provide social media features and to
analyse our traffic. <button type="button">Accept all</button>
<button type="button">Manage preferences</button></p>
</div>
<header class="pw-header">
<a href="/" class="pw-logo">PACIFIC WIRE</a>
<nav aria-label="Sections"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>
<li><a href="/technology">Technology</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/pictures">Pictures</a></li>
</ul></nav>
<a class="pw-signin" href="/account">Sign in</a>
</header>
<main id="main">
<article class="pw-story">
<div class="pw-section-label"><a href="/{section.lower()}">{section}</a></div>
<h1 class="pw-headline">{title}</h1>
<div class="pw-meta">{meta_line}</div>
<div class="pw-body">
{chr(10).join(body)}
</div>
{upd}{cred}<p class="pw-standards"><a href="/trust-principles">Our Standards: The Pacific Wire
Trust Principles.</a></p>
<div class="pw-share"><a href="#" class="fb">Share on Facebook</a>
<a href="#" class="x">Share on X</a> <a href="#" class="copy">Copy link</a></div>
</article>
<aside class="pw-more">
<h2>More from Pacific Wire</h2>
<ul>
{rel}
</ul>
</aside>
</main>
<footer class="pw-footer">
<p>&copy; 2025 Pacific Wire News Agency. All rights reserved.</p>
<p>1200 Harbor Street, San Francisco, CA 94105 &middot; <a href="/terms">Terms of use</a>
&middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 2: The National Courier, a national daily. Nested div soup, styled div headline.
# --------------------------------------------------------------------------------------------

def _courier_site(title: str, paras: list[str], *, dek: str = "", byline: str = "",
                  bio: str = "", published: str | None = None, section: str = "World",
                  read_more: str = "", most_read: tuple[str, ...] = (),
                  tags: tuple[str, ...] = (), correction: str = "") -> str:
    d = _dt(published)
    meta = ""
    ts = ""
    if d is not None:
        meta = f'<meta property="article:published_time" content="{published}">\n'
        ts = (f'<span class="ts">Published {_MONTHS_AP[d.month - 1]} {d.day}, {d.year}'
              '</span>')
    body = []
    for i, p in enumerate(paras):
        body.append(p if _is_raw(p) else
                    f'<div class="para-wrap"><p class="body-txt">{p}</p></div>')
        if i == 1 and read_more:
            body.append('<div class="inline-promo"><span class="lbl">Read more:</span> '
                        f'<a href="/2025/related">{read_more}</a></div>')
        if i == 4:
            body.append('<div class="ad ad-mid"><div class="ad-label">ADVERTISEMENT</div>'
                        '<div class="ad-frame"></div></div>')
    mr = "\n".join(f'<li><a href="/mr/{n}">{h}</a></li>' for n, h in enumerate(most_read))
    tg = " ".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}">{t}</a>'
                  for t in tags)
    corr = (f'<div class="correction"><strong>Correction:</strong> {correction}</div>\n'
            if correction else "")
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The National Courier</title>
<meta property="og:site_name" content="The National Courier">
<meta name="description" content="{dek}">
{meta}<link rel="stylesheet" href="https://static.nationalcourier.example/css/site.min.css">
</head>
<body class="story-page">
<div id="wrapper">
<div class="top-strip"><div class="inner"><a href="/subscribe" class="cta">Subscribe for
$1 a week</a> <a href="/login">Log in</a> <a href="/todays-paper">Today&rsquo;s Paper</a>
</div></div>
<div class="masthead"><div class="logo-text">The National Courier</div>
<div class="nav-row"><a href="/us">U.S.</a> <a href="/world">World</a>
<a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/science">Science</a> <a href="/opinion">Opinion</a> <a href="/arts">Arts</a>
<a href="/travel">Travel</a></div></div>
<div class="content-area"><div class="col-main">
<div class="kicker"><a href="/{section.lower()}">{section}</a></div>
<div class="hdl" role="heading" aria-level="1">{title}</div>
<div class="dek">{dek}</div>
<div class="byline-row"><span class="by">By {byline}</span> {ts}</div>
<div class="share-tools"><a href="#">Share full article</a> <a href="#">Gift this
article</a> <a href="#">Save</a></div>
<div class="art-body">
{chr(10).join(body)}
</div>
{corr}<div class="author-bio"><div class="bio-txt">{bio}</div></div>
<div class="tags">{tg}</div>
<div class="comments-teaser"><a href="#comments">See what readers are saying</a></div>
</div>
<div class="col-side">
<div class="most-read"><div class="mr-title">Most Read</div><ol>
{mr}
</ol></div>
<div class="newsletter"><div class="nl-title">The Morning Courier</div><p>Start your day
with the news you need, in your inbox by 6 a.m.</p><input type="email"
placeholder="Email address"><button>Sign up</button></div>
</div></div>
<div class="paywall-teaser">You have read 3 of your 5 free articles this month.
<a href="/subscribe">Subscribe</a> for unlimited access.</div>
<div class="footer"><div>&copy; 2025 The National Courier Company</div>
<div>455 Lexton Plaza, New York, NY 10018 &middot; <a href="/help">Help</a> &middot;
<a href="/privacy">Privacy Policy</a> &middot; <a href="/terms">Terms of Service</a></div>
</div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 3: KVRT News 10, a local TV station (Victoria, Texas). Paragraphs as <br><br>.
# --------------------------------------------------------------------------------------------

def _kvrt_site(title: str, paras: list[str], *, author: str = "KVRT Staff",
               shown: str | None = None, trending: tuple[str, ...] = (),
               video: str = "") -> str:
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(p)
        if i == 3:
            chunks.append('<span class="ad-break">Advertisement</span>')
    text = "<br><br>\n".join(chunks)
    when = f'<div class="time">Published: {shown}</div>' if shown else ""
    vid = (f'<div class="video-player" data-id="v{_h(title) % 100000}">'
           f'<div class="vid-caption">VIDEO: {video}</div></div>' if video else "")
    tr = "\n".join(f'<li><a href="/article/news/{n}">{h}</a></li>'
                   for n, h in enumerate(trending))
    return f"""<html>
<head>
<meta charset="utf-8">
<title>{title} | KVRT News 10</title>
<meta property="og:site_name" content="KVRT">
<meta name="twitter:site" content="@KVRT10">
</head>
<body>
<div class="alert-bar"><a href="/watch">WATCH LIVE: KVRT News 10 at 6</a></div>
<div class="hdr">
<a href="/"><img src="/assets/kvrt-logo.png" alt="KVRT 10 Victoria"></a>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/traffic">Traffic</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/verify">Verify</a></li><li><a href="/contests">Contests</a></li></ul>
<div class="wx-mini">Victoria, TX &nbsp;78&deg;F &nbsp;Partly Cloudy</div>
</div>
<div class="story-wrap">
<h1 class="headline">{title}</h1>
<div class="author">Author: {author}</div>
{when}
{vid}
<div class="story-text">
{text}
</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
</div>
<div class="tip">Have a news tip? Email newsdesk@kvrt10.example or call (361) 555-0110.</div>
</div>
<div class="trending"><h3>Trending on KVRT</h3><ul>
{tr}
</ul></div>
<div class="app-promo">Download the KVRT 10 app for breaking news alerts and live
radar.</div>
<div class="ftr">Copyright &copy; 2025 KVRT-TV. All Rights Reserved. 409 Shoreline Drive,
Victoria, TX 77901 &middot; <a href="/fcc">FCC Public File</a> &middot;
<a href="/eeo">EEO Report</a> &middot; <a href="/closed-captioning">Closed Captioning</a>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 4: The Ledger Line, a finance blog on WordPress.
# --------------------------------------------------------------------------------------------

def _n_thoughts(n: int) -> str:
    return "One thought" if n == 1 else f"{n} thoughts"


def _ledger_site(title: str, paras: list[str], *, post_id: int, author: str = "Nate Rourke",
                 published: str | None = None, category: str = "Markets",
                 tags: tuple[str, ...] = (), related: tuple[str, ...] = (),
                 recent: tuple[str, ...] = (), comments: tuple[tuple[str, str], ...] = ()
                 ) -> str:
    d = _dt(published)
    meta = ""
    posted = ""
    if d is not None:
        meta = f'<meta property="article:published_time" content="{published}" />\n'
        posted = ('<span class="posted-on">Posted on <a href="#" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{published}">'
                  f'{d.strftime("%B")} {d.day}, {d.year}</time></a></span>')
    body = "\n".join(p if _is_raw(p) else f"<p>{p}</p>" for p in paras)
    rel = "\n".join(f'<div class="jp-relatedposts-post"><a href="#">{r}</a></div>'
                    for r in related)
    rec = "\n".join(f'<li><a href="#">{r}</a></li>' for r in recent)
    tg = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                   for t in tags)
    com = "\n".join(f'<li class="comment"><article class="comment-body"><footer class='
                    f'"comment-meta"><b class="fn">{who}</b> <span class="says">says:'
                    f'</span></footer><div class="comment-content"><p>{txt}</p></div>'
                    '</article></li>' for who, txt in comments)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; The Ledger Line</title>
<meta name="generator" content="WordPress 6.5.3" />
<meta property="og:site_name" content="The Ledger Line" />
{meta}<link rel='stylesheet' id='ledger-style-css'
href='https://ledgerline.example/wp-content/themes/ledger/style.css?ver=2.3' media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">The Ledger
Line</a></p><p class="site-description">Markets, money and the policy behind them</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/markets/">Markets</a></li><li><a href="/category/macro/">Macro</a></li>
<li><a href="/category/trade/">Trade</a></li>
<li><a href="/category/space-tech/">Space &amp; Tech</a></li>
<li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}</a></span></span>
</div></header>
<div class="entry-content">
{body}
<div class="ledger-disclosure"><p><em>Disclosure: the author holds no position in any
security mentioned. Nothing here is investment advice.</em></p></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Twitter</a></li>
<li><a class="share-facebook" href="#">Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">
<em>Related</em></h3>
{rel}
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#"
rel="category tag">{category}</a></span> <span class="tags-links">Tagged {tg}</span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">{_n_thoughts(len(comments))} on &ldquo;{title}&rdquo;</h2>
<ol class="comment-list">
{com}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published.</p></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{rec}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Subscribe</h2><p>Get the Ledger
Line in your inbox every weekday at 7am ET. Free, no spam.</p></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2>
<select name="archive-dropdown"><option value="">Select Month</option></select></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The Ledger Line
<span class="sep"> | </span>Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 5: Meridian Public Media, a public broadcaster. Bold lead, subheads, figure.
# --------------------------------------------------------------------------------------------

def _meridian_site(title: str, paras: list[str], *, byline: str = "",
                   role: str = "", shown: str | None = None, caption: str = "",
                   more_on_story: tuple[str, ...] = (), elsewhere: tuple[str, ...] = (),
                   topics: tuple[str, ...] = (), section: str = "World") -> str:
    body = []
    first = True
    for p in paras:
        if _is_raw(p):
            body.append(p)
        elif first:
            body.append(f"<p><b>{p}</b></p>")
            first = False
        else:
            body.append(f"<p>{p}</p>")
    date_html = f'<div class="mpm-date"><time>{shown}</time></div>\n' if shown else ""
    fig = (f'<figure class="mpm-figure"><img src="/img/{_h(caption) % 10**6}.jpg" '
           f'alt=""><figcaption>{caption}</figcaption></figure>\n' if caption else "")
    more = ""
    if more_on_story:
        more = ('<section class="mpm-more"><h2>More on this story</h2><ul>\n'
                + "\n".join(f'<li><a href="#">{m}</a></li>' for m in more_on_story)
                + "\n</ul></section>\n")
    els = "\n".join(f'<li><a href="#">{m}</a></li>' for m in elsewhere)
    tps = "\n".join(f'<li><a href="#">{t}</a></li>' for t in topics)
    by = (f'<div class="mpm-contributor"><span class="name">{byline}</span>'
          f'<span class="role">{role}</span></div>\n' if byline else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - Meridian News</title>
<meta property="og:site_name" content="Meridian Public Media">
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="mpm-cookie" role="region"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to
settings</button></div>
<a href="#main-content" class="mpm-skip">Skip to content</a>
<header>
<nav class="mpm-global"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/radio">Radio</a> <a href="/tv">TV guide</a> <a href="/weather">Weather</a></nav>
<nav class="mpm-news"><a href="/news/world">World</a> <a href="/news/asia">Asia</a>
<a href="/news/europe">Europe</a> <a href="/news/us">US &amp; Canada</a>
<a href="/news/business">Business</a> <a href="/news/science">Science</a></nav>
</header>
<main id="main-content">
<article>
<div class="mpm-section">{section}</div>
<header><h1 id="main-heading">{title}</h1></header>
{date_html}{by}{fig}<div class="mpm-listen"><button>Listen to this article</button></div>
<div class="mpm-text">
{chr(10).join(body)}
</div>
<section class="mpm-related-topics"><h2>Related topics</h2><ul>
{tps}
</ul></section>
{more}</article>
<aside class="mpm-elsewhere"><h2>Top stories</h2><ul>
{els}
</ul></aside>
</main>
<footer><p>Meridian Public Media is not responsible for the content of external sites.
<a href="/linking">Read about our approach to external linking.</a></p>
<p>Copyright &copy; 2025 Meridian Public Media. Funded by the public, for the public.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 6: The Harbor Valley Gazette, a regional paper with heavy ads. <h2> headline.
# --------------------------------------------------------------------------------------------

_GZ_ADS = (
    '<div class="ad-box"><span class="ad-lbl">ADVERTISEMENT</span><a href="#">Harbor Valley '
    'Ford: 0% APR for 72 months on select 2025 models</a></div>',
    '<div class="ad-box sponsored"><span class="ad-lbl">Sponsored</span><a href="#">Valley '
    'homeowners are switching to this $1-a-day solar plan</a></div>',
    '<div class="ad-box"><span class="ad-lbl">ADVERTISEMENT</span><a href="#">Cascade '
    'Dental: new patient exam &amp; X-rays only $49</a></div>',
    '<div class="ad-box sponsored"><span class="ad-lbl">Sponsored Content</span><a href="#">'
    '7 foods cardiologists say they never eat after 50</a></div>',
)


def _gazette_site(title: str, paras: list[str], *, byline: str = "",
                  caption: str = "", read_more: str = "", popular: tuple[str, ...] = (),
                  section: str = "Nation/World") -> str:
    body = []
    n_ad = 0
    for i, p in enumerate(paras):
        body.append(p if _is_raw(p) else f'<div class="gz-p">{p}</div>')
        if i == 2 and read_more:
            body.append(f'<div class="gz-readmore"><b>Read more:</b> <a href="#">{read_more}'
                        '</a></div>')
        if i % 2 == 1 and i < len(paras) - 1:
            body.append(_GZ_ADS[n_ad % len(_GZ_ADS)])
            n_ad += 1
    photo = (f'<div class="gz-photo"><img src="/photos/ap{_h(caption) % 10**5}.jpg">'
             f'<div class="gz-cutline">{caption}</div></div>\n' if caption else "")
    pop = "\n".join(f'<li><a href="#">{h}</a></li>' for h in popular)
    return f"""<html>
<head>
<title>{title} | Harbor Valley Gazette</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body bgcolor="#ffffff">
<div class="ad-leaderboard"><span class="ad-lbl">ADVERTISEMENT</span>
<a href="#">Harbor Valley Credit Union &ndash; 4.10% APY share certificates</a></div>
<div class="gz-top"><span class="gz-wx">Harbor Valley 61&deg;</span> | <a href="#">e-Edition</a>
| <a href="#">Obituaries</a> | <a href="#">Classifieds</a> | <a href="#">Place an ad</a> |
<a href="#">Subscribe</a></div>
<div class="gz-logo">The Harbor Valley Gazette</div>
<div class="gz-nav"><a href="#">Local</a> <a href="#">Nation/World</a> <a href="#">Business</a>
<a href="#">Sports</a> <a href="#">Opinion</a> <a href="#">Obituaries</a> <a href="#">Weather</a>
</div>
<table width="100%"><tr><td valign="top" width="70%">
<div class="gz-story">
<div class="gz-section">{section}</div>
<h2 class="gz-headline">{title}</h2>
<div class="gz-byline">{byline}</div>
{photo}<div class="gz-body">
{chr(10).join(body)}
</div>
<div class="gz-copy">Copyright 2025 The Harbor Valley Gazette. This material may not be
published, broadcast, rewritten or redistributed without permission.</div>
</div>
<div class="gz-newsletter"><b>Sign up for Gazette Headlines</b> &ndash; the day&#8217;s top
local stories, every morning. <input type="text"> <button>Go</button></div>
<div class="you-may-like"><h3>You May Like</h3>
<a href="#">Seniors in Oregon are getting a surprise perk (check eligibility)</a><br>
<a href="#">The $20 gadget that slashes your power bill</a><br>
<a href="#">Photos: 30 celebrities who left Hollywood for a quiet farm life</a></div>
</td><td valign="top">
<div class="gz-box"><h3>Most Popular</h3><ol>
{pop}
</ol></div>
{_GZ_ADS[1]}
{_GZ_ADS[2]}
</td></tr></table>
<div class="gz-footer">The Harbor Valley Gazette &middot; 214 Front Street, Harbor Valley, OR
97381 &middot; (541) 555-0142 &middot; &copy; 2025 Harbor Valley Media LLC &middot;
<a href="#">Terms</a> &middot; <a href="#">Privacy</a></div>
</body>
</html>
"""


# ============================================================================================
# Stories
# ============================================================================================
# --------------------------------------------------------------------------------------------
# court-WX1: full Federal Circuit rules the emergency tariffs unlawful (Tuesday 9 Sept 2025)
# --------------------------------------------------------------------------------------------

_C1_WIRE = _wire_site(
    "US appeals court rules Trump’s emergency tariffs unlawful but leaves them in place",
    _P("""
A divided federal appeals court ruled on Tuesday that President Donald Trump overstepped his
authority when he used an emergency-powers law to impose sweeping tariffs on imports from most
of the world, including the levies at the heart of his trade fight with China.

The full U.S. Court of Appeals for the Federal Circuit voted 7-4 that the International
Emergency Economic Powers Act, a 1977 statute written with sanctions and asset freezes in
mind, does not let a president set import duties of unlimited size and duration. The court
kept the tariffs in force until October 24 so the administration can ask the Supreme Court to
take the case.

The ruling covers the so-called reciprocal tariffs announced in April and the separate duties
Trump imposed on China, Canada and Mexico over the flow of fentanyl. Together they make up the
combined 30% levy now charged on many Chinese goods.

Duties on steel, aluminium and cars, imposed under a different law on national-security
grounds, are not affected.

“Nothing in the text suggests that Congress handed the president an open-ended power to tax
imports,” the unsigned majority opinion said.

Judge Rowena Castellanos wrote the main dissent, joined by three colleagues. She said the
law&#8217;s power to “regulate&nbsp;… importation” plainly reached tariffs and that courts
should not second-guess a declared emergency.

The case was brought by five small businesses, led by Vermont wine importer Birchfield
Cellars, and by 12 states led by Oregon. The Court of International Trade ruled in their
favour in May, and the appeals court heard arguments on July 31.

“The tariffs remain in force today, and we fully expect the Supreme Court to vindicate the
President’s authority,” White House spokeswoman Dana Whitcombe said in a statement.

Oregon Attorney General Priya Lanning called the decision “a win for the Constitution, which
gives the power to tax to Congress and not to one person.”

Customs data show the contested tariffs had brought in about $142 billion by the end of
August. Importers could seek refunds if the ruling stands, trade lawyers said, though the
process could take years.

Negotiators from Washington and Beijing, who agreed in August to extend a truce on the highest
tariff rates for another 90 days, did not comment on the ruling. Markets took the news calmly
after the close, since the stay means nothing changes at the border for now.
"""),
    dateline="WASHINGTON (Pacific Wire) &#8212; ",
    published="2025-09-09T22:41:00+00:00",
    byline="Lena Fairbrother",
    credit="Reporting by Lena Fairbrother in Washington; additional reporting by Wen Jiahui "
           "in Beijing; Editing by Tom Asheby",
    related=(
        "Supreme Court agrees to hear dispute over Florida social-media law",
        "China’s August exports grow 4.4%, weakest pace in six months",
        "Canada drops most counter-tariffs on US goods but keeps 25% steel levy",
        "Fed’s Waller backs quarter-point cut in September, more to follow",
    ),
    section="World",
)

_C1_KVRT = _kvrt_site(
    "Appeals court says emergency tariffs are illegal; Crossroads businesses wait to see what "
    "changes",
    _P("""
VICTORIA, Texas &mdash; A federal appeals court ruled on Tuesday, Sept. 9, that most of the
tariffs President Donald Trump placed on imported goods this year are illegal, but shoppers
and businesses in the Crossroads should not expect prices to change overnight.

Seven of the 11 judges on the U.S. Court of Appeals for the Federal Circuit agreed that the
emergency law the president relied on does not give him the power to set tariffs. The court
left the duties in place while the government appeals to the U.S. Supreme Court.

Judge Harlan Okafor, writing for the four dissenters, said the majority had brushed aside
decades in which presidents used the same law to restrict trade with other countries.

The case was brought by a group of small businesses and a dozen states, led by Oregon. Texas
was not one of them.

At Gulf Bend Auto Supply on Navarro Street, owner Ray Castañeda said he has paid about
$38,000 in extra duties on brake parts from China since April.

&#8220;If they tell me I can get that money back, great. But I&#8217;m not holding my
breath,&#8221; Castañeda said. &#8220;I still have to place my holiday orders.&#8221;

Houston trade attorney Michelle Baptiste said refunds are possible if the Supreme Court agrees
with the appeals court, but companies may need to file paperwork now to protect their rights.
<strong>Keep every customs entry and invoice,</strong> she said.

The White House said in a statement that the tariffs remain in force and that it expects the
Supreme Court to side with the president.

Tariffs on steel, aluminum and cars were not part of the case.

The Victoria Economic Development Corporation says about 40 local companies import parts or
finished goods from China.
"""),
    author="Danielle Ortiz (KVRT)",
    shown=None,
    trending=(
        "Victoria ISD approves $1.2 million for 14 new school buses",
        "Two hurt in crash on US 59 near Inez, DPS says",
        "Forecast: Rain chances climb to 60% Thursday as front stalls",
        "Port Lavaca pier to reopen after $3 million repair",
    ),
    video="KVRT&#8217;s Danielle Ortiz talks to local importers about the ruling",
)

_C1_LEDGER = _ledger_site(
    "Federal Circuit Knocks Down the IEEPA Tariffs: What It Means for Importers and the China "
    "Trade",
    _P("""
On Tuesday evening the en banc Federal Circuit handed importers their biggest legal win of the
trade war so far. By an <strong>8-3 vote</strong>, the court held that the International
Emergency Economic Powers Act (IEEPA) does not authorize the tariffs the White House has been
stacking on imports since February.

Before anyone rips up their landed-cost models, note the fine print: the ruling doesn&#8217;t
take effect for 45 days. That window is there so the Justice Department can petition the
Supreme Court, which it has already said it will do.

Here&#8217;s what is actually covered:

<ul><li>The &#8220;reciprocal&#8221; tariffs, including the 10% baseline duty on most trading
partners;</li><li>the fentanyl-linked duties on Canada, Mexico and China, which together with
the reciprocal levy make up the 30% stack on most Chinese imports.</li></ul>

What is <em>not</em> covered: the Section 232 duties on steel and aluminum (currently 50%)
and on autos, plus the Section 301 tariffs on China left over from the 2018&#8211;2019 round.
Those rest on different statutes and were never challenged in this case.

The money at stake is large. The contested duties had raised more than $140 billion through
August, according to <a href="https://cbp.example/trade-stats">Customs and Border Protection
figures</a>. If the Supreme Court affirms, importers of record could be in line for refunds,
though nobody should expect Customs to cut checks quickly.

The plaintiffs, five importers and twelve states, argued from the start that Congress never
handed over its taxing power in IEEPA. The Court of International Trade agreed with them in
May, and now a majority of the appeals court has too.

<blockquote class="wp-block-pullquote"><p>&#8220;Nothing in the text suggests Congress handed
the president an open-ended power to tax imports.&#8221;</p><cite>Federal Circuit
majority</cite></blockquote>

Market reaction was muted. S&amp;P 500 futures rose about 0.3% after hours and the dollar
slipped against the yen, but with the tariffs still being collected there is little for
earnings models to price yet.

For the China trade specifically, the ruling weakens Washington&#8217;s hand at the table.
Beijing&#8217;s negotiators now know a large part of the tariff wall might be gone by next
year, whatever happens in the talks.

Our take: keep paying, keep records, and talk to your customs broker about protecting refund
rights. We&#8217;ll update this post when the Supreme Court acts on the petition.
"""),
    post_id=48211,
    author="Nate Rourke",
    published="2025-09-10T07:15:00-04:00",
    category="Trade",
    tags=("IEEPA", "tariffs", "China", "Supreme Court"),
    related=(
        "CIT strikes down IEEPA tariffs: first thoughts (May 29)",
        "Fed preview: why 25 bp is priced and 50 bp is not",
        "Copper tops $10,000 again on Chilean supply worries",
    ),
    recent=(
        "Ten-year yield slides to 4.05% after soft payrolls",
        "Oil: OPEC+ adds 137,000 barrels a day for October",
        "Three regional banks we would avoid into Q3 earnings",
    ),
    comments=(
        ("JG in Ohio", "Great breakdown, thanks. Forwarding to our purchasing team."),
        ("customsnerd", "The old 301 exclusion refunds took forever, so I would not count on "
                        "fast money here either."),
    ),
)

_C1_MERIDIAN = _meridian_site(
    "US court rules Trump tariffs illegal but lets them stay during appeal",
    _P("""
A US appeals court has ruled that most of President Donald Trump&#39;s global tariffs were
imposed illegally, dealing a blow to a central plank of his economic agenda.

In a 7-4 decision on 9 September, the Federal Circuit Court of Appeals in Washington said the
president had gone beyond the powers Congress granted him under a 1977 emergency law.

However, the judges allowed the tariffs to remain in effect until 14 October, giving the
administration time to take the case to the Supreme Court.

<h2>What did the court say?</h2>

The majority found that the International Emergency Economic Powers Act lets a president
respond to a foreign threat by blocking transactions or freezing assets, but says nothing
about taxes or tariffs.

In her dissent, Judge Rowena Castellanos argued that the law&#39;s wording was broad enough to
cover tariffs and that the court should defer to the president on questions of national
emergency.

Mr Trump criticised the ruling on social media and said his tariffs would remain in place.
The White House said it expected the Supreme Court to uphold the president&#39;s authority.

<h2>What does it mean for China?</h2>

The tariffs in question include the fentanyl-related duties on Chinese goods and the
so-called reciprocal tariffs. Beijing has called the measures unilateral bullying and has
answered with duties of its own on American farm goods and energy.

Analysts say the ruling may give Chinese negotiators less reason to make concessions, since
part of Washington&#39;s tariff wall could disappear if the Supreme Court agrees with the
lower courts.

The case was brought by a group of small businesses and a dozen US states. The appeals court
heard arguments at the end of July, after the Court of International Trade ruled against the
tariffs in May.
"""),
    byline="Harriet Selwyn",
    role="Business reporter",
    shown=None,
    caption="File photo: shipping containers stacked at the Port of Long Beach, California",
    topics=("US economy", "Tariffs", "US-China relations", "Donald Trump"),
    elsewhere=(
        "Norway election: Labour holds on to power after tight race",
        "French government falls after losing confidence vote",
        "Nepal lifts social media ban after deadly protests",
    ),
    section="Business",
)

# --------------------------------------------------------------------------------------------
# court-WX2 (control): EU General Court upholds car-lighting cartel fines (Wed 11 June 2025)
# --------------------------------------------------------------------------------------------

_C2_WIRE = _wire_site(
    "EU court upholds €412 million cartel fines on three car-lighting makers",
    _P("""
Europe&#8217;s second-highest court on Wednesday upheld fines totalling &#8364;412 million
that the European Commission imposed on three makers of car headlamps and tail lights for
coordinating prices and carving up supply contracts with carmakers.

The General Court dismissed appeals by Germany&#8217;s Lumora Automotive, Italy&#8217;s
Veltrix Lighting and Japan&#8217;s Hokuen Optics, rejecting each of their arguments against
the 2021 decision.

Lumora received the largest penalty, &#8364;187 million, followed by Veltrix with &#8364;141
million and Hokuen with &#8364;84 million. A fourth supplier, Austria&#8217;s Brandt Signal,
escaped a fine because it alerted regulators to the cartel.

The Commission found that the companies coordinated their bids for lighting contracts with
European carmakers from 2011 to 2017, swapping price information at meetings and by phone.

The companies had argued that the Commission overstated the value of the affected sales and
denied them a proper hearing. The judges disagreed on both counts.

&#8220;The Commission correctly established the existence of a single and continuous
infringement,&#8221; the court said in its judgment in case T-312/21.

Lumora said it was disappointed and would study the judgment before deciding on its next
steps. Veltrix and Hokuen did not immediately respond to requests for comment.

The companies can appeal to the Court of Justice, the EU&#8217;s top court, on points of law
within two months and ten days.

The case is one of several the Commission has brought against car-parts suppliers over the past
decade, covering products from bearings to seat belts.

The Commission fined the group in March 2021 after an investigation that began with
unannounced inspections in 2018. A Commission spokeswoman said the ruling confirmed that
&#8220;cartels in the automotive supply chain end up hurting drivers.&#8221;
"""),
    dateline="LUXEMBOURG (Pacific Wire) &#8212; ",
    published="2025-06-11T10:32:00+00:00",
    byline="Marta Kowalewska",
    credit="Reporting by Marta Kowalewska; Editing by Jan Strobel",
    related=(
        "Airbus hands over 51 jets in May, sticks to annual target",
        "ECB trims deposit rate to 2.00%, signals pause",
        "Swiss watch exports fall 9.5% in May on weak US demand",
        "Volkswagen to cut 3,000 more jobs at components unit",
    ),
    section="Business",
)

_C2_MERIDIAN = _meridian_site(
    "Car-light makers lose EU court fight over cartel fines",
    _P("""
Three car-lighting manufacturers have lost their challenge to more than &#8364;400m in EU
cartel fines.

The General Court in Luxembourg ruled on Wednesday that the European Commission had been right
to penalise the firms for colluding for about six years over contracts to supply lights to
carmakers.

Germany&#39;s Lumora Automotive, which was fined &#8364;187m, had led the appeal, backed by its
Italian and Japanese co-defendants.

The judges rejected the companies&#39; complaints about how the penalties were calculated and
about their right to be heard during the investigation.

The cartel came to light when a fourth company, Brandt Signal, approached the Commission in
exchange for immunity from fines. Brandt Signal was not part of the appeal.

Consumer groups welcomed the decision. &#8220;Every euro added to the price of a headlamp ends
up in the price of a car,&#8221; said Ines Marchal of the European Consumer Organisation.

Lumora said it was disappointed by the outcome. Veltrix and Hokuen did not comment.

Competition lawyers said the judgment would make it harder for companies to overturn fines on
procedural grounds. &#8220;The court has made clear that complaints about the hearing process
will rarely succeed on their own,&#8221; said Daniel Oyelaran, a partner at a Brussels law
firm.

<h2>A rare clean win</h2>

The ruling is a boost for the Commission, which has seen several large fines cut or annulled
by the EU courts in recent years.

Brussels has repeatedly fined car-parts suppliers over the past decade, including cartels in
bearings, seat belts and air-conditioning systems.

The firms can still take the case to the EU&#39;s highest court, the Court of Justice, but
only on points of law.
"""),
    byline="Tomasz Reilly",
    role="Europe business correspondent",
    shown="11 June 2025",
    caption="The General Court sits in Luxembourg&#39;s Kirchberg district. File photo",
    topics=("European Union", "Competition law", "Car industry"),
    elsewhere=(
        "Spanish court jails former mayor for six years over contracts",
        "UK regulator fines bank £42m over money-laundering checks",
        "Heatwave grips Spain as temperatures pass 40C",
    ),
    section="Business",
)

_C2_LEDGER = _ledger_site(
    "General Court Sides With Brussels on the Car-Lighting Cartel: €412M in Fines Stand",
    _P("""
The June 11 judgment from the EU General Court is a clean sweep for the European Commission:
all three appeals dismissed, fines untouched. Total bill: <strong>&#8364;412M</strong>
(roughly $470 million).

The biggest hit lands on <a href="https://ledgerline.example/tag/lumora/">Lumora
Automotive</a> at &#8364;187M. Veltrix Lighting and Hokuen Optics share the remaining
&#8364;225M.

For Lumora the cash impact is limited. The company booked a &#8364;190M provision back in 2021
when the Commission&#8217;s decision came out, so the judgment mostly confirms what is already
on the balance sheet.

Lumora shares slipped 1.8% in Frankfurt on the day, a move that looked more like sector
weakness than a reaction to old news.

Management&#8217;s line: the company is &#8220;disappointed&#8221; and will &#8220;study the
ruling carefully&#8221; before deciding whether to go to the Court of Justice.

Why this case matters beyond the three names: the Commission has had a rough run in
Luxembourg, with some big fines trimmed or thrown out. A clean win on a classic hardcore cartel
(here, bid coordination on lighting contracts with carmakers) restores some credibility to its
fining method.

The court also backed the Commission&#8217;s choice of the value of sales in the last full
year of the cartel as the base for the fines, which was the point the appellants had pushed
hardest.

The decision itself is more than four years old. The Commission said in March 2021 that the
three suppliers ran the scheme for roughly six years and fined them accordingly; the leniency
applicant that reported the cartel paid nothing.

Bottom line for investors: no surprise, no new liability, one less overhang. We&#8217;d watch
Veltrix more closely, since its &#8364;141M is large relative to its free cash flow.
"""),
    post_id=46930,
    author="Claire Vantongeren",
    published=None,
    category="Markets",
    tags=("EU", "antitrust", "autos", "Lumora"),
    related=(
        "Auto-parts suppliers: three names with margin upside into H2",
        "ECB cuts again: deposit rate now at 2%",
        "Why European industrials lagged in May",
    ),
    recent=(
        "Gold holds near $3,350 as traders eye Fed",
        "Inditex first-quarter sales miss estimates",
        "Our mid-year portfolio review",
    ),
    comments=(
        ("Pieter V.", "Useful. I had forgotten about the 2021 provision."),
    ),
)

# --------------------------------------------------------------------------------------------
# quake-WX1: M6.4 quake off Surigao del Sur, Mindanao (Friday 17 Oct 2025, 10:42 p.m. PHT)
# --------------------------------------------------------------------------------------------

_Q1_WIRE = _wire_site(
    "Magnitude 6.4 quake kills nine in southern Philippines",
    _P("""
A magnitude 6.4 earthquake struck off the southern Philippine island of Mindanao late on
Friday, killing nine people and damaging churches, homes and a bridge, officials said on
Saturday.

The quake hit at 10:42 p.m. (1442 GMT) about 20 km (12 miles) east of the coastal town of
Hinatuan in Surigao del Sur province, at a depth of 10 km (6 miles), the Philippine Institute
of Volcanology and Seismology (PHIVOLCS) said.

The provincial disaster risk reduction office said on Saturday that nine people had been
killed, most of them struck by falling concrete, and at least 64 injured. Two people were
missing in Tagbina, a farming town inland.

PHIVOLCS issued a tsunami advisory for coastal areas of Surigao del Sur and Davao Oriental,
urging residents to move away from the shore, but lifted it shortly after midnight when only
minor sea-level changes were recorded.

&#8220;We felt it roll for almost a minute. People ran to the plaza in the dark,&#8221; said
Jerome Alcantara, a tricycle driver in Hinatuan, by telephone.

The bell tower of a Spanish-era church in Hinatuan partly collapsed, and engineers closed a
bridge on the national highway in Tagbina after cracks appeared in its supports.

Power was cut in much of the province overnight. The grid operator said most lines had been
restored by Saturday afternoon.

PHIVOLCS recorded more than 300 aftershocks by Saturday afternoon, the strongest of magnitude
4.8, and warned that stronger ones could not be ruled out.

The same stretch of coast was hit by a magnitude 7.4 earthquake in December 2023 that set off
tsunami warnings as far away as Japan.

The Philippines lies on the Pacific &#8220;Ring of Fire&#8221;, an arc of faults around the
ocean where most of the world&#8217;s earthquakes occur.
"""),
    dateline="MANILA (Pacific Wire) &#8212; ",
    published="2025-10-18T12:05:00+00:00",
    byline="Ana Villaruel",
    credit="Reporting by Ana Villaruel; Editing by Michael Perrault",
    updated="12:40 GMT",
    related=(
        "Magnitude 5.3 quake shakes eastern Taiwan, no damage reported",
        "Indonesia&#8217;s Lewotobi volcano erupts again, Bali flights cancelled",
        "Philippine central bank cuts key rate to 4.75%",
        "Typhoon forces evacuation of 20,000 in northern Luzon",
    ),
    section="Asia Pacific",
)

_Q1_COURIER = _courier_site(
    "Deadly Earthquake Jolts Southern Philippines, Toppling Part of a Church Tower",
    _P("""
A powerful earthquake shook the southern Philippines late on Friday, Oct. 17, bringing down
part of an old stone church, cracking roads and sending thousands of people fleeing into the
streets in the dark.

Seven people were killed, the disaster office of Surigao del Sur province said on the
evening of Oct. 18, and dozens were injured. Many of the dead were crushed by collapsing
walls in towns along the province&rsquo;s Pacific coast.

The magnitude 6.4 quake was centered at sea off the coast of Hinatuan, a town of about 45,000
people, according to the Philippine Institute of Volcanology and Seismology. It struck at
10:42 p.m. local time, when many residents were asleep.

In Hinatuan, part of the bell tower of the town&rsquo;s stone church, built in the 19th
century, crashed onto the plaza below. No one was inside, the parish priest told a local radio
station.

&ldquo;We are asking everyone to stay out of damaged buildings until our engineers have
inspected them,&rdquo; Gov. Alma Ruiz-Pacaña said in a radio interview the next day.

Electricity went out across large parts of the province, and classes at all levels were
suspended through Oct. 20 so that school buildings could be checked.

Officials briefly warned of a possible tsunami, but the advisory was lifted after the sea rose
only slightly.

The Philippines, an archipelago of more than 7,000 islands, sits along the Pacific Ring of
Fire and records hundreds of earthquakes a year, most of them too weak to be felt.

Mindanao has been hit repeatedly in recent years. A magnitude 7.4 quake off the same coast in
December 2023 forced coastal towns to evacuate and damaged hundreds of houses.

President Ferdinand Marcos Jr. ordered government agencies to speed relief to the affected
towns, his office said.
"""),
    dek="The magnitude 6.4 quake struck offshore in Surigao del Sur province, damaging "
        "homes, roads and a church.",
    byline="Camille Ostrander",
    bio="Camille Ostrander is the Courier&rsquo;s Southeast Asia correspondent, based in "
        "Bangkok.",
    published=None,
    section="Asia",
    read_more="A 4.1 Quake Rattled Los Angeles. Here&rsquo;s Why So Many People Felt It.",
    most_read=(
        "Five Takeaways From the Senate&rsquo;s Late-Night Budget Vote",
        "Opinion: The Fed Has a Quiet Problem",
        "Why This October Has Been So Calm for Hurricanes",
        "The 25 Best Pizzerias in America, Ranked",
    ),
    tags=("Earthquakes", "Philippines", "Mindanao"),
)

_Q1_MERIDIAN = _meridian_site(
    "Philippines earthquake: Nine dead after strong quake hits Mindanao",
    _P("""
At least nine people have been killed and dozens injured after a strong earthquake struck the
southern Philippines late on Friday night.

The magnitude 6.4 tremor hit shortly before 23:00 local time. Its epicentre was at sea near
the town of Lianga in Surigao del Sur province, at a shallow depth of 10km, according to the
country&#39;s seismology agency, Phivolcs.

Provincial officials said on Saturday that nine people had died. On Sunday morning they said
the number of injured had risen to 81, up from 64 a day earlier, as reports came in from
remote villages.

Video shared on social media showed shelves crashing to the floor in a supermarket and people
running out of a shopping centre in Bislig city.

Rescue workers were using heavy equipment to clear roads blocked by landslides, while the
military sent lorries carrying food, water and tents. The social welfare department said more
than 3,000 families had moved into evacuation centres.

<h2>Tsunami advisory lifted</h2>

Phivolcs briefly warned people living on the coast to move to higher ground, but lifted its
tsunami advisory about 90 minutes later.

Many families spent the night outdoors, fearing aftershocks. More than 300 have been recorded
since the main quake.

The provincial governor, Alma Ruiz-Pacaña, urged residents not to go back into damaged houses
until engineers had checked them. Schools across the province will stay shut on Monday.

The Philippines is one of the most earthquake-prone countries in the world because it sits
on the Pacific &#8220;Ring of Fire&#8221;.

In 2019, a series of strong quakes on Mindanao killed more than 20 people and left tens of
thousands homeless.
"""),
    byline="Joel Magbanua",
    role="Meridian News, Manila",
    shown="19 October 2025",
    caption="Residents of Surigao del Sur spent the night outdoors after the quake. "
            "Courtesy provincial information office",
    more_on_story=("Tsunami advisory issued after strong quake off Mindanao",),
    topics=("Philippines", "Earthquakes"),
    elsewhere=(
        "Thousands march in Madagascar capital as new leader sworn in",
        "Gaza ceasefire: aid lorries enter through Kerem Shalom",
        "Japan&#39;s ruling party agrees coalition deal",
    ),
    section="Asia",
)

_Q1_GAZETTE = _gazette_site(
    "Strong earthquake rocks southern Philippines; at least nine dead",
    _P("""
MANILA, Philippines &mdash; A strong earthquake shook the southern Philippines on the night of
Oct. 17, killing at least nine people and damaging homes, churches and roads across the
province of Surigao del Sur.

The magnitude 6.4 quake struck at 14:42 GMT, or 10:42 p.m. local time, off the east coast of
Mindanao, the country&#8217;s second-largest island.

The quake was 35 km (22 miles) deep, according to the Philippine Institute of Volcanology and
Seismology.

Rescuers used their hands and shovels to dig through the rubble of a collapsed house in one
village, where a mother and her two children were pulled out alive, local radio reported.

Hospitals in the area treated dozens of people, many of them hurt by falling debris or while
rushing out of buildings in the dark.

Landslides blocked roads to several coastal villages, slowing the delivery of food and water.

Authorities briefly issued a tsunami advisory before lifting it. Electricity was cut across
much of the province overnight while crews checked damaged lines.

The Philippines sits on the Pacific &#8220;Ring of Fire,&#8221; where the meeting of tectonic
plates makes earthquakes and volcanic eruptions common.

In December 2023, a magnitude 7.4 quake off the same coast sent thousands of people fleeing to
higher ground.

Harbor Valley resident Liza Manalo, whose parents live in the province, said she reached them
by phone the next morning. &#8220;Their house has cracks, but they are safe. My mother would
not stop praying,&#8221; she said.

The Filipino-American Association of Harbor Valley is collecting donations for relief at St.
Brendan&#8217;s Parish Hall, 310 Oak Street.
"""),
    byline="From Gazette news services",
    read_more="Statewide ShakeOut earthquake drill set for schools across Oregon",
    popular=(
        "Harbor Valley council OKs $3.4 million water plant upgrade",
        "Prep football: Pirates rally for 28-21 win over Seaside",
        "Obituary: Doris Ellen Kramer, 91",
        "Coast Guard rescues 2 fishermen off Cape Perpetua",
    ),
)

# --------------------------------------------------------------------------------------------
# quake-WX2: M5.6 quake near Capitignano, L'Aquila (Sunday 14 Sept 2025, 03:17 CEST)
# --------------------------------------------------------------------------------------------

_Q2_MERIDIAN = _meridian_site(
    "Italy earthquake: 23 hurt as tremor shakes Abruzzo villages",
    _P("""
Twenty-three people have been injured after an earthquake struck the mountains of central
Italy in the early hours of Sunday, damaging churches and old stone houses.

The magnitude 5.6 quake hit at 03:17 local time (01:17 GMT) near the village of Capitignano in
the province of L&#39;Aquila, at a depth of 9km, Italy&#39;s National Institute of Geophysics
and Volcanology (INGV) said.

None of the injuries was life-threatening, according to the Civil Protection Department. No
deaths have been reported.

Firefighters checked more than 400 buildings during the day, declaring about 120 of them
unsafe. The bell tower of the church of San Flaviano in nearby Montereale partly collapsed.

Hundreds of people spent the night in tents and sports halls set up by the authorities, and
rail services in the area were suspended for safety checks.

Civil protection teams said they would keep checking homes, schools and churches in the coming
days.

<h2>&#39;Like a train under the house&#39;</h2>

Residents described being thrown from their beds. &#8220;It was like a train passing under the
house, then everything went quiet and the dogs started barking,&#8221; said Capitignano
resident Franca Di Marco, 74.

Civil Protection chief Marco Ferlini said the response had been rapid and described the damage
as &#8220;serious but contained&#8221;.

Prime Minister Giorgia Meloni said she was following developments closely and thanked the
rescue teams.

The area bears the scars of earlier disasters. The 2009 L&#39;Aquila earthquake, which had a
magnitude of 6.3, killed 309 people and wrecked much of the city&#39;s historic centre.

Seismologists warn that the central Apennines remain one of the most active zones in Europe.
"""),
    byline="Giulia Harcourt",
    role="Rome correspondent",
    shown="14 September 2025",
    caption="Firefighters inspect the damaged bell tower in Montereale on 14 September 2025",
    topics=("Italy", "Earthquakes"),
    elsewhere=(
        "Poland shoots down drones over its territory",
        "Nepal names first woman interim prime minister",
        "Venice Film Festival: Golden Lion goes to Jarmusch",
    ),
    section="Europe",
)

_Q2_WIRE = _wire_site(
    "Earthquake jolts central Italy, injuring 23 and damaging old town centres",
    _P("""
A magnitude 5.6 earthquake shook central Italy&#8217;s Abruzzo region before dawn on Sunday,
Sept. 14, injuring 23 people and forcing hundreds from their homes, the Civil Protection
Department said. No deaths were reported.

The quake struck at 03:17 local time (0117 GMT) about 20 km (12 miles) north of the city of
L&#8217;Aquila, near the village of Capitignano, at a depth of 9 km (5.6 miles), according to
the INGV geophysics institute.

Some 640 people spent the night in tents, gyms and hotels provided by local authorities, and
schools in the area will stay closed on Monday, Sept. 15, for safety checks.

More than 70 aftershocks followed, the strongest a magnitude 4.1 tremor at 05:02 local time,
INGV said.

&#8220;The response has been fast. The damage is serious, but it is contained,&#8221; Civil
Protection chief Marco Ferlini told reporters in L&#8217;Aquila.

Images on Italian television showed rubble in narrow streets, cracked facades and the partly
collapsed bell tower of a church in Montereale.

In Capitignano, a village of a few hundred people, firefighters cordoned off the old centre
after several facades cracked and roof tiles crashed into the lanes.

Rail services between L&#8217;Aquila and Rieti were suspended while engineers inspected a
tunnel and a viaduct, the network operator said.

Prime Minister Giorgia Meloni said on social media that she was in constant contact with the
civil protection authorities.

Central Italy sits on the Apennine fault system and has suffered several deadly quakes. A 2016
sequence centred near Amatrice and Norcia killed about 300 people, and the 2009 L&#8217;Aquila
earthquake killed 309.
"""),
    dateline="ROME (Pacific Wire) &#8212; ",
    published=None,
    byline="Paolo Venturini",
    credit="Reporting by Paolo Venturini; Editing by Alison Weyland",
    related=(
        "Magnitude 4.4 quake rattles Campi Flegrei near Naples",
        "Italy&#8217;s 10-year bond spread narrows to 80 basis points",
        "Greek firefighters battle blaze on Chios for third day",
    ),
    section="Europe",
)

_Q2_GAZETTE = _gazette_site(
    "Earthquake rattles central Italy, damaging churches and homes",
    _P("""
ROME &mdash; An earthquake rattled the mountains of central Italy in the early hours of
Sunday, Sept. 14, 2052, damaging churches and old stone homes and sending frightened residents
into the streets in their pajamas.

Italy&#8217;s national geophysics institute measured the quake at magnitude 5.6. It was
centered in the province of L&#8217;Aquila, in the Abruzzo region.

Civil protection officials said Sunday afternoon that 32 people had been treated for injuries,
most of them cuts and bruises suffered while fleeing their homes. No one was killed.

Hundreds of people spent the night in tents and hotels.

The tremor was felt as far away as Rome, where some residents said their beds shook and
light fixtures swayed.

The bell tower of a church in the village of Montereale partly collapsed, and firefighters
cordoned off several streets in Capitignano where facades had cracked.

The region is still rebuilding from the 2009 earthquake that struck the city of
L&#8217;Aquila and killed more than 300 people.

Officials said engineers would need weeks to assess the damage to churches in the area, many of
them centuries old.

For Harbor Valley&#8217;s Rosa Benedetti, who was born in a village near L&#8217;Aquila, the
news brought back painful memories. &#8220;My cousins called me in the middle of the night.
They are sleeping in the car, but everyone is alive,&#8221; said Benedetti, 68, who runs a
bakery on Front Street.

Italian Prime Minister Giorgia Meloni said she was following the situation. The national civil
protection department said teams would keep inspecting buildings through the week.
"""),
    byline="From Gazette news services",
    caption="Firefighters remove debris from a street in Capitignano, Italy. (Courtesy of "
            "Vigili del Fuoco)",
    read_more="Oregon among states least prepared for a major quake, study finds",
    popular=(
        "Harbor Valley School Board delays vote on four-day week",
        "Pirates volleyball sweeps Newport 3-0",
        "Obituary: Harold &#8216;Bud&#8217; Jensen, 84",
        "Fire crews contain 120-acre grass fire east of town",
    ),
)

_Q2_COURIER = _courier_site(
    "Earthquake Shakes Central Italy, Reviving Memories of L&rsquo;Aquila",
    _P("""
ROME &mdash; An earthquake struck central Italy before dawn on Sunday, injuring 23 people,
damaging scores of buildings and rekindling fears in a region that has spent years rebuilding
from earlier disasters.

The quake, with a magnitude of 5.6, hit at 02:17 GMT in the province of L&rsquo;Aquila, some
12 miles north of the city, Italy&rsquo;s geophysics institute said. Residents said the
shaking lasted several seconds and was followed by a deep rumble.

By evening, firefighters had declared 123 buildings unsafe, including homes, a school
gymnasium and two churches.

In Montereale, a hill town of about 2,400 people, the upper part of the bell tower of the
church of San Flaviano broke away and fell into a courtyard.

&ldquo;The response has been swift, and the damage is serious but limited,&rdquo; Marco
Ferlini, the head of Italy&rsquo;s Civil Protection Department, said at a news conference.

There were dozens of aftershocks, the largest measuring 4.1.

Prime Minister Giorgia Meloni said she was following the situation closely.

Italy&rsquo;s central Apennine mountains are among the most seismically active areas in
Europe. In August 2016, an earthquake centered near the town of Amatrice killed nearly 300
people. Seven years earlier, the 2009 quake in L&rsquo;Aquila killed 309 people and left tens
of thousands homeless.

Schools in 12 towns around the epicenter will be closed on Monday.

Critics have long complained that reconstruction after the 2009 and 2016 quakes has been
painfully slow, with some historic centers still wrapped in scaffolding.
"""),
    dek="No one was killed in Sunday&rsquo;s magnitude 5.6 quake, but more than 100 buildings "
        "were declared unsafe in the Abruzzo region.",
    byline="Elisabetta Crane",
    bio="Elisabetta Crane is the Courier&rsquo;s Rome bureau chief.",
    published="2025-09-14T19:40:00+00:00",
    section="Europe",
    read_more="Santorini&rsquo;s Quake Swarm Emptied the Island. Tourists Are Back.",
    most_read=(
        "Opinion: What the Jobs Revisions Really Tell Us",
        "U.S. Open Final: Alcaraz Beats Sinner in Four Sets",
        "How to Sleep Better After 60, According to 9 Experts",
    ),
    tags=("Italy", "Earthquakes", "Europe"),
    correction="An earlier version of this article misidentified the region in which "
               "Montereale lies. It is in Abruzzo.",
)

# --------------------------------------------------------------------------------------------
# rocket-WX1: Brightwater Aerospace's Osprey, third test flight (Thursday 30 Oct 2025)
# --------------------------------------------------------------------------------------------

_R1_KVRT = _kvrt_site(
    "Brightwater&#8217;s Osprey rocket soars on third test flight from Matagorda coast",
    _P("""
MATAGORDA COUNTY, Texas &mdash; Thousands of people lined the beaches and county roads Thursday
evening to watch Brightwater Aerospace&#8217;s giant Osprey rocket lift off on its third test
flight, and this time the company says almost everything went to plan.

The 318-foot rocket cleared the pad at the company&#8217;s Bay Point launch site at 6:35 p.m.,
its 24 methane-burning Gale engines lighting up the sky over Matagorda Bay.

The first-stage booster, known as Booster 7, separated about two and a half minutes into the
flight and splashed down in the Gulf of Mexico roughly seven minutes after launch, as planned.

One of the booster&#8217;s engines shut down early on the way up, but the company said the
others made up for it.

The upper stage went on to reach space, release eight dummy satellites and survive the fiery
trip back through the atmosphere. Just over an hour after liftoff, at about 7:41 p.m. our
time, it splashed down in the Indian Ocean.

&#8220;This is the flight we needed. Every objective we set, we hit,&#8221; Brightwater CEO
Marisol Tenney said on the company&#8217;s webcast.

The first two Osprey flights, in April and July, both ended early in explosions. The Federal
Aviation Administration approved the license for Thursday&#8217;s attempt on Monday.

Traffic on State Highway 60 backed up for miles before the launch. Matagorda County
Sheriff&#8217;s Office deputies said there were no serious problems.

Bay City resident Tony Reyes brought his two grandsons. &#8220;They&#8217;ve been counting
down all week. When it went up, you could feel it in your chest,&#8221; he said.

Brightwater employs about 1,100 people in Matagorda and Brazoria counties.
"""),
    author="Marcus Lindqvist (KVRT)",
    shown="9:48 PM CDT October 30, 2025",
    trending=(
        "Bay City council approves $4.5 million drainage plan",
        "Victoria man, 34, arrested after chase on Loop 463",
        "High school football: Calhoun beats El Campo 35-14",
        "KVRT Weather: Cold front brings 50s by Sunday",
    ),
    video="Osprey lifts off from Bay Point as crowds watch from Matagorda Beach",
)

_R1_WIRE = _wire_site(
    "Brightwater’s Osprey completes first full test flight after two failures",
    _P("""
Brightwater Aerospace&#8217;s Osprey rocket completed a full test flight for the first time on
Thursday, Oct. 30, lofting its upper stage to space and bringing it down intact in the Indian
Ocean after two earlier attempts ended in explosions.

The 97-metre rocket lifted off from the company&#8217;s site on the Texas Gulf Coast at 6:35
p.m. CDT (2335 GMT). The flight lasted 66 minutes, ending with a controlled splashdown of the
upper stage.

The booster, powered by 24 methane-fuelled Gale engines, fell into the Gulf of Mexico about
seven minutes after liftoff, as planned. One engine shut down early during the climb without
affecting the ascent, the company said.

The upper stage, which has six engines of its own, climbed to about 190 km (118 miles) and
released eight mock satellites before re-entering the atmosphere.

&#8220;Every objective we set, we hit. This is the flight we needed,&#8221; Chief Executive
Marisol Tenney said on a live broadcast.

The first flight, in April, exploded about four minutes after launch, and in July the upper
stage blew up roughly eight minutes into the second flight.

Brightwater is developing the fully reusable Osprey to launch its own satellite network and to
compete for NASA and Pentagon contracts. It plans to try recovering the booster on a later
flight.

The company said it would review the data before setting a date for the next flight, which it
expects early next year.

Brightwater, which is privately held, was valued at $9 billion in a funding round in August,
according to people familiar with the deal.
"""),
    dateline="HOUSTON (Pacific Wire) &#8212; ",
    published=None,
    byline="Derek Amundsen",
    credit="Reporting by Derek Amundsen in Houston; Editing by Sandra Kiel",
    related=(
        "Japan&#8217;s H3 rocket sends new cargo ship toward space station",
        "SpaceX launches 28 Starlink satellites from Florida",
        "ESA picks two firms for cargo-return demonstration",
    ),
    section="Science",
)

_R1_LEDGER = _ledger_site(
    "Osprey Flight 3 Finally Goes the Distance. Here&#8217;s Why Investors Should Care",
    _P("""
Third time&#8217;s the charm. Brightwater Aerospace&#8217;s Osprey flew a complete test
profile on Thursday evening: booster B7 did its job, the upper stage got to space, deployed
its dummy payload and splashed down in the Indian Ocean in one piece.

For a company that has burned through a lot of cash, this matters more than the fireworks.
After April&#8217;s and July&#8217;s flights both ended in explosions, the question in private
markets was whether Osprey&#8217;s design had a fundamental flaw. Thursday&#8217;s flight goes
a long way toward answering it.

<strong>The numbers that matter:</strong>

<ul><li>All 22 Gale engines on the booster lit at liftoff</li><li>Upper stage reached roughly
190 km</li><li>Eight mock satellites deployed</li><li>Booster splashed down in the Gulf
about 7 minutes after launch</li></ul>

Brightwater raised $1.2 billion in August at a $9 billion valuation. Secondary-market chatter
since the July failure had put shares at a discount to that mark; expect the gap to close.

The commercial case rests on two things: a broadband constellation of its own, and a share of
government launches. NASA has already awarded Brightwater $640 million for a lunar cargo
study, and the Space Force added Osprey to its list of vehicles eligible for future bids last
year.

<blockquote class="wp-block-pullquote"><p>&#8220;This is the flight we needed.&#8221;</p>
<cite>Marisol Tenney, CEO</cite></blockquote>

Risks remain. The booster is not yet being recovered, so each flight still throws away the
most expensive hardware. Until Brightwater can land and refly boosters, its cost per kilogram
will not come close to what the pitch deck promises.

Still, there is a difference between a company with a rocket that explodes and a company with
a rocket that works. As of Thursday, Brightwater is the second kind.
"""),
    post_id=49377,
    author="Priya Okonkwo",
    published="2025-10-31T08:00:00-04:00",
    category="Space &amp; Tech",
    tags=("Brightwater", "space", "private markets"),
    related=(
        "Space stocks: what the launch cadence tells you",
        "July 22: Osprey flight 2 ends in explosion, what now?",
        "Satellite broadband pricing war heats up",
    ),
    recent=(
        "Fed cuts to 3.75%&#8211;4%, ends balance-sheet runoff",
        "Big Tech capex: $100 billion a quarter and counting",
        "Gold pulls back from record above $4,300",
    ),
    comments=(
        ("orbitalmechanic", "Nice summary. Curious what the secondary marks look like now."),
        ("Rick D.", "Still think reuse is the whole ballgame."),
    ),
)

_R1_COURIER = _courier_site(
    "A Texas Rocket That Kept Exploding Finally Flies",
    _P("""
After two spectacular failures, Brightwater Aerospace&rsquo;s enormous Osprey rocket flew a
clean test flight on the evening of Oct. 30, climbing from the Texas coast to space and
bringing its upper stage down intact on the other side of the world.

The flight lasted about 45 minutes from liftoff to splashdown in the Indian Ocean, a profile
similar to the one the company had attempted twice before.

The rocket lifted off at 23:35 GMT. Its first stage, a 60-meter booster designated Booster 9,
shut down its engines and separated as planned before falling into the Gulf of Mexico.

&ldquo;Every objective we set, we hit,&rdquo; said Marisol Tenney, Brightwater&rsquo;s chief
executive, who founded the company in 2017 after a career at NASA&rsquo;s Johnson Space
Center.

The first Osprey flight, in April, ended about four minutes after launch when the rocket
exploded over the Gulf. The second, in July, ended eight minutes in, when the upper stage blew
up, scattering debris that briefly held up flights at airports in Houston.

Earlier in the week, the Federal Aviation Administration approved the license for the third
flight after reviewing the company&rsquo;s investigation of the July explosion.

The upper stage has six engines, and the booster relies on a cluster of methane engines that
Brightwater designs and builds itself.

Thousands of spectators gathered along the beaches near the launch site to watch the liftoff.

Rivals are watching closely. A reusable heavy rocket would let Brightwater deploy its own
constellation of internet satellites and compete for lucrative military launches.

The company said it hoped to fly again early next year.
"""),
    dek="Brightwater Aerospace&rsquo;s Osprey reached space and came back intact on its third "
        "try, a milestone for a company racing to build a reusable launcher.",
    byline="Kenji Hartwell",
    bio="Kenji Hartwell covers space and aviation for the Courier from Houston.",
    published=None,
    section="Science",
    read_more="NASA&rsquo;s Moon Lander Plans Slip Again as Costs Climb",
    most_read=(
        "The Best Halloween Costumes of 2025, From Our Readers",
        "Opinion: America&rsquo;s Bridges Are Getting Older",
        "12 Cozy Soups for the First Cold Week of Fall",
    ),
    tags=("Space", "Rockets", "Texas"),
)

# --------------------------------------------------------------------------------------------
# rocket-WX2: Nordhavn Launch's Skarv-1 first suborbital test (Tuesday 5 Aug 2025)
# --------------------------------------------------------------------------------------------

_R2_MERIDIAN = _meridian_site(
    "Norwegian start-up&#39;s rocket reaches space on first test flight",
    _P("""
A rocket built by a small Norwegian company has reached space on its first test flight, a
milestone in Europe&#39;s efforts to launch from its own soil.

Nordhavn Launch&#39;s 28-metre Skarv-1 lifted off from Andøya Spaceport in northern Norway at
10:02 local time (08:02 GMT) on Tuesday 5 August, after two earlier attempts were scrubbed
because of high-altitude winds.

It climbed to an altitude of 101km, just above the boundary of space, before its second stage
fell back into the Norwegian Sea. The whole flight lasted about 14 minutes.

Three recovery ships were waiting offshore to pick up the first stage, which came down under
parachutes about 40km from the coast.

<h2>&#39;A rocket we built ourselves&#39;</h2>

&#8220;Today we went to space, from Norway, on a rocket we built ourselves,&#8221; said the
company&#39;s chief executive, Sigrid Aalbu, as staff cheered in the control room.

The test was not meant to reach orbit. The company hopes to make its first orbital attempt in
2026.

Nordhavn, which is based in Trondheim, was founded in 2018 and has received support from the
European Space Agency. Andøya has launched small scientific rockets since the 1960s to study
the upper atmosphere and the northern lights.

The company said it would analyse data from the flight before setting a date for its next
launch.

Europe has struggled to keep up with US launch companies since the Ariane 5 rocket was retired
in 2023. In March, a German rival&#39;s rocket fell back into the sea about 30 seconds after
lift-off from the same spaceport.

Norway&#39;s trade and industry minister called the flight &#8220;a proud day for Norwegian
industry&#8221;.
"""),
    byline="Ingrid Halvorsen",
    role="Science reporter",
    shown=None,
    caption="The Skarv-1 rocket lifts off from Andøya Spaceport. Courtesy Nordhavn Launch",
    more_on_story=("Wind forces second delay for Norwegian rocket launch",),
    topics=("Space exploration", "Norway"),
    elsewhere=(
        "Wildfire near Marseille forces hundreds from homes",
        "Bank of England expected to cut rates this week",
        "Hiroshima marks 80 years since atomic bombing",
    ),
    section="Science",
)

_R2_GAZETTE = _gazette_site(
    "Norway sends homegrown rocket to the edge of space",
    _P("""
OSLO, Norway &mdash; A Norwegian start-up sent its first rocket to the edge of space on Aug. 5,
a small but symbolic step for a continent that still relies heavily on American rockets to
reach orbit.

The 92-foot Skarv-1 rocket, built by Nordhavn Launch, blasted off just after 10 a.m. local
time from an island spaceport above the Arctic Circle, following two postponements.

It reached a peak altitude of about 68 miles (110 kilometers) before its upper stage plunged
into the sea, the company said. The flight lasted less than a quarter of an hour.

The first stage, which came down under parachutes, was recovered from the water by ships
waiting offshore, the company said.

Nordhavn said it would study data from the flight before setting a date for its next launch.
Norwegian officials hailed the test as a boost for the country&#8217;s space industry.

Chief executive Sigrid Aalbu said the team had built the rocket on its own. &#8220;We went to
space today, from Norway,&#8221; she told reporters.

The company, founded in 2018, employs about 140 people in Trondheim and on Andøya.

Nordhavn plans to try to put a satellite in orbit next year.

The spaceport, on the island of Andøya, has been used for decades to launch research rockets
that study the northern lights.

European governments have poured money into small launch companies in recent years, hoping to
secure their own access to space.

Harbor Valley High School physics teacher Dan Kowalczyk, who follows commercial launches,
streamed the flight for his summer robotics camp. &#8220;The kids went wild when it crossed
into space,&#8221; he said.
"""),
    byline="From Gazette news services",
    caption="Courtesy of Nordhavn Launch: The Skarv-1 rocket rises from its pad on Andøya.",
    read_more="Oregon company wins NASA contract for satellite antennas",
    popular=(
        "County fair opens with record 1,200 livestock entries",
        "Harbor Valley man, 52, dies in Highway 101 crash",
        "Obituary: Margaret &#8216;Peg&#8217; Olsen, 88",
        "Heat advisory: Valley could hit 98 degrees this weekend",
    ),
)

_R2_LEDGER = _ledger_site(
    "Nordhavn&#8217;s Skarv-1 Reaches Space: A European Launch Story Without a Stock (Yet)",
    _P("""
Nordhavn Launch put its Skarv-1 above the K&aacute;rm&aacute;n line on Tuesday morning,
peaking at 101 km on a suborbital test from And&oslash;ya. It is the first time a
Norwegian-built launcher has reached space.

The 14-minute flight ticked most of the boxes that matter to investors: clean stage separation,
good telemetry through apogee, and a first stage fished out of the Norwegian Sea by the four
ships the company had stationed offshore.

Why care if you can&#8217;t buy the shares? Because Nordhavn is one of the names most likely
to list in the next European launch wave. It raised &#8364;65 million in a Series B last
autumn and holds a &#8364;9.5 million contract under ESA&#8217;s Boost! programme.

The nine Tern engines on the first stage burn kerosene and liquid oxygen; the company builds
them in-house in Trondheim, which keeps the bill of materials down.

Europe&#8217;s launch gap is real. With Ariane 6 flying only a handful of times a year and
Vega-C still building its cadence, there is room for small launchers serving constellation
operators.

Operationally, the company now has to show it can turn the pad around quickly. The two scrubs
before Tuesday&#8217;s launch were weather-driven rather than technical, which is the right
kind of delay.

For context, the first stage came down under parachutes, so this was a recovery from the
water, not a powered landing.

Next up: an orbital attempt next year. That is where the real risk is; most first orbital
launches fail.

We&#8217;ll be watching for a pre-IPO round. If it comes at a big premium to the Series B,
this test flight is the reason.
"""),
    post_id=45102,
    author="Claire Vantongeren",
    published="2025-08-06T06:30:00-04:00",
    category="Space &amp; Tech",
    tags=("Nordhavn", "Europe", "space", "IPO watch"),
    related=(
        "Rocket Lab&#8217;s Neutron slips to 2026: what it means",
        "European defense stocks: priced for perfection?",
    ),
    recent=(
        "Payrolls miss: 73,000 jobs and big downward revisions",
        "Palantir tops $1 billion in quarterly revenue",
        "BoE preview: another 25 bp cut likely",
    ),
    comments=(
        ("nordicinvestor", "Would love an IPO in Oslo rather than Amsterdam."),
    ),
)


# ============================================================================================
# The battery
# ============================================================================================

_N = r"(?<![\d.,])"          # no digit/decimal point just before a number
_E = r"(?!\d|[.,]\d)"        # and no more digits right after it

STORIES: list[dict[str, Any]] = [
    _story("court-WX1", "court", "2025-09-20", [
        _page("https://www.pacificwire.example/world/us/appeals-court-tariffs-ieepa-20250909",
              _C1_WIRE),
        _page("https://www.kvrt10.example/news/local/victoria-importers-react-tariff-ruling/",
              _C1_KVRT),
        _page("https://ledgerline.example/2025/09/10/federal-circuit-ieepa-tariffs-importers/",
              _C1_LEDGER),
        _page("https://news.meridianpublic.example/business/us-tariffs-court-ruling-65021847",
              _C1_MERIDIAN),
    ], [
        ("majority",
         _N + r"7" + _E + r"|\bseven\b",
         _N + r"8" + _E + r"|\beight\b"),
        ("dissent author", r"castellanos", r"okafor"),
        ("stay deadline",
         r"oct(ober|\.)? ?24\b|\b24 oct|2025-10-24|10/24|\b45 days|forty-five days",
         r"oct(ober|\.)? ?14\b|\b14 oct|2025-10-14|10/14"),
    ]),
    _story("court-WX2", "court", "2025-06-20", [
        _page("https://www.pacificwire.example/business/eu-court-car-lighting-cartel-20250611",
              _C2_WIRE),
        _page("https://news.meridianpublic.example/business/eu-cartel-fine-ruling-65004412",
              _C2_MERIDIAN),
        _page("https://ledgerline.example/2025/06/12/lumora-veltrix-hokuen-general-court/",
              _C2_LEDGER),
    ], []),
    _story("quake-WX1", "earthquake", "2025-10-25", [
        _page("https://www.pacificwire.example/world/asia/philippines-quake-mindanao-20251018",
              _Q1_WIRE),
        _page("https://www.nationalcourier.example/world/asia/philippines-earthquake-surigao"
              ".html", _Q1_COURIER),
        _page("https://news.meridianpublic.example/world/asia-65107733", _Q1_MERIDIAN),
        _page("https://www.harborvalleygazette.example/news/nation-world/quake-philippines/"
              "article_5c1e2f.html", _Q1_GAZETTE),
    ], [
        ("epicentre", r"hinatuan", r"lianga"),
        ("depth",
         _N + r"10 ?(km|kilomet)|" + _N + r"6 ?mi(les?)?\b|\bten (km|kilomet)",
         _N + r"35 ?(km|kilomet)|" + _N + r"22 ?mi(les?)?\b|thirty-five (km|kilomet)"),
        ("deaths",
         _N + r"9" + _E + r"|\bnine\b",
         _N + r"7" + _E + r"|\bseven\b"),
    ]),
    _story("quake-WX2", "earthquake", "2025-09-24", [
        _page("https://news.meridianpublic.example/world/europe-64988120", _Q2_MERIDIAN),
        _page("https://www.pacificwire.example/world/europe/italy-quake-abruzzo-20250914",
              _Q2_WIRE),
        _page("https://www.harborvalleygazette.example/news/nation-world/italy-quake/"
              "article_9a7d41.html", _Q2_GAZETTE),
        _page("https://www.nationalcourier.example/world/europe/italy-earthquake-abruzzo"
              ".html", _Q2_COURIER),
    ], [
        ("time",
         r"(?<!\d)0?[13][:.h]?17(?!\d)",
         r"(?<!\d)0?2[:.h]?17(?!\d)"),
        ("injured",
         _N + r"23" + _E + r"|twenty-three",
         _N + r"32" + _E + r"|thirty-two"),
        ("year", r"2025", r"2052"),
    ]),
    _story("rocket-WX1", "rocket", "2025-11-08", [
        _page("https://www.kvrt10.example/news/local/brightwater-osprey-third-flight/",
              _R1_KVRT),
        _page("https://www.pacificwire.example/science/brightwater-osprey-test-flight-20251030",
              _R1_WIRE),
        _page("https://ledgerline.example/2025/10/31/brightwater-osprey-flight-3-investors/",
              _R1_LEDGER),
        _page("https://www.nationalcourier.example/science/brightwater-osprey-rocket-flight"
              ".html", _R1_COURIER),
    ], [
        ("booster", r"\b(booster ?|b-?)7\b|booster seven", r"\b(booster ?|b-?)9\b|booster nine"),
        ("engines",
         _N + r"24" + _E + r"|twenty-four",
         _N + r"22" + _E + r"|twenty-two"),
        ("duration",
         _N + r"66 ?min|sixty-six|over an hour|\ban hour|1 ?h(ou)?r?s? (and )?6 ?min|"
         r"1:06|3960 ?s",
         _N + r"45 ?min|forty-five|three[- ]quarters of an hour|2700 ?s"),
    ]),
    _story("rocket-WX2", "rocket", "2025-08-18", [
        _page("https://news.meridianpublic.example/science-environment-64871290", _R2_MERIDIAN),
        _page("https://www.harborvalleygazette.example/news/nation-world/norway-rocket/"
              "article_b2e803.html", _R2_GAZETTE),
        _page("https://ledgerline.example/2025/08/06/nordhavn-skarv-1-suborbital-test/",
              _R2_LEDGER),
    ], [
        ("apogee",
         _N + r"101 ?(km|kilomet)|" + _N + r"63 ?mi",
         _N + r"110 ?(km|kilomet)|" + _N + r"68 ?mi"),
        ("ships",
         _N + r"3" + _E + r"|\bthree\b",
         _N + r"4" + _E + r"|\bfour\b"),
    ]),
]
