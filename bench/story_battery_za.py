"""Part ZA of the story battery (web pages).

Written by engineer ZA1 on 2026-12-06 (twentieth session, eleventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py ZA`.

Six stories (two US-China trade, two court rulings, two central-bank decisions), each told
by three or four invented outlets whose whole HTML pages are built by the site templates
below. Two stories are control stories with no planted disagreement.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ZA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _plain(s: str) -> str:
    """Text for an attribute: tags dropped, double quotes escaped."""
    return re.sub(r"<[^>]+>", "", s).replace('"', "&quot;")


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def _clock(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _raw(p: str) -> bool:
    return p.startswith(("<ul", "<ol", "<blockquote", "<h2", "<h3", "<table", "<div"))


# ---------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service (www.pacificwire.example)
# ---------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, section: str = "World",
               published: str | None = None, updated: str | None = None,
               byline: str = "", signoff: str = "", related: tuple[str, ...] = (),
               caption: str | None = None) -> str:
    head_meta = ""
    stamp = ""
    if published:
        d = _dt(published)
        head_meta = (f'<meta property="article:published_time" content="{published}">\n'
                     f'<meta property="article:section" content="{section}">\n')
        stamp = (f'<time class="pw-stamp" datetime="{published}">'
                 f'{_MONTHS[d.month - 1]} {d.day}, {d.year} {_clock(d)} UTC</time>')
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = (f'<span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> {p}')
        body.append(p if _raw(p) else f'<p class="pw-para" data-testid="paragraph-{i}">{p}</p>')
        if i == 2:
            body.append('<div class="pw-ad-slot" aria-label="Advertisement">'
                        '<span class="pw-ad-label">Advertisement &middot; Scroll to continue'
                        '</span><div id="pw-ad-mid"></div></div>')
    fig = ""
    if caption:
        fig = ('<figure class="pw-figure"><img src="/img/pw-photo-main.jpg" alt="">'
               f'<figcaption class="pw-caption">{caption}</figcaption></figure>')
    rel = "\n".join(f'<li class="pw-next"><a href="/{section.lower()}/story-{i + 11}">{h}</a>'
                    '</li>' for i, h in enumerate(related))
    upd = f'<p class="pw-updated">{updated}</p>' if updated else ""
    by = f'<div class="pw-byline">By {byline}</div>' if byline else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{_plain(title)}">
{head_meta}<link rel="stylesheet" href="/static/pw-2025.css">
</head>
<body class="pw-body">
<a class="pw-skip" href="#pw-main">Skip to main content</a>
<header class="pw-header">
<div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
<nav class="pw-nav" aria-label="Sections"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
<li><a href="/technology">Technology</a></li><li><a href="/sustainability">Sustainability</a></li>
<li><a href="/breakingviews">Analysis</a></li><li><a href="/more">More</a></li>
</ul></nav>
<div class="pw-account"><a href="/signin">Sign In</a> <a href="/register">Register</a></div>
</header>
<main id="pw-main">
<article class="pw-article">
<div class="pw-section-tag"><a href="/{section.lower()}">{section}</a></div>
<h1 class="pw-headline">{title}</h1>
{by}
<div class="pw-dates">{stamp}</div>
<div class="pw-tools"><button>Share</button><button>Save</button>
<a class="pw-reprint" href="/licensing">Purchase Licensing Rights</a></div>
{fig}
<div class="pw-article-body">
{chr(10).join(body)}
</div>
<p class="pw-signoff">{signoff}</p>
{upd}
<p class="pw-standards"><a href="/about/standards">Our Standards: Pacific Wire Editorial
Principles.</a></p>
</article>
<aside class="pw-read-next"><h2>Read Next</h2><ul>
{rel}
</ul></aside>
</main>
<footer class="pw-footer">
<ul class="pw-footer-links"><li><a href="/about">About Pacific Wire</a></li>
<li><a href="/careers">Careers</a></li><li><a href="/contact">Contact us</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Pacific Wire Ltd. All rights
reserved.</p>
</footer>
<div id="pw-consent" class="pw-consent" role="dialog">
<p>We use cookies and similar technologies to run this site, measure audiences and show you
relevant advertising. You can change your choices at any time.</p>
<button id="pw-accept">Accept all</button> <button id="pw-manage">Manage preferences</button>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily (www.dailycourier.example)
# ---------------------------------------------------------------------------------------

def _daily_site(title: str, paras: list[str], *, standfirst: str, byline: str,
                section: str = "World", date_text: str | None = None,
                read_more: str | None = None, box: tuple[str, list[str]] | None = None,
                most_read: tuple[str, ...] = (), caption: str | None = None) -> str:
    body = []
    for i, p in enumerate(paras):
        body.append(p if _raw(p) else f'<p class="dc-p">{p}</p>')
        if i in (1, 6):
            body.append('<div class="dc-ad dc-ad--inarticle"><div class="dc-ad__label">'
                        'ADVERTISEMENT</div><div class="dc-ad__slot" data-slot="mpu"></div>'
                        '</div>')
        if i == 3 and read_more:
            body.append('<div class="dc-inline-link"><strong>Read more:</strong> '
                        f'<a href="/news/related-{len(read_more)}">{read_more}</a></div>')
    boxhtml = ""
    if box:
        items = "".join(f"<li>{x}</li>" for x in box[1])
        boxhtml = (f'<div class="dc-factbox"><div class="dc-factbox__title">{box[0]}</div>'
                   f'<ul>{items}</ul></div>')
    fig = ""
    if caption:
        fig = ('<div class="dc-media"><div class="dc-media__img"><img src="/media/lead.jpg" '
               f'alt=""></div><div class="dc-media__caption">{caption}</div></div>')
    date_div = f'<div class="dc-meta__date">{date_text}</div>' if date_text else ""
    mr = "\n".join(f'<div class="dc-mostread__item"><span class="dc-mostread__n">{i + 1}'
                   f'</span><a href="/news/mr-{i}">{h}</a></div>'
                   for i, h in enumerate(most_read))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - The Daily Courier</title>
<meta name="description" content="{_plain(standfirst)}">
<link rel="stylesheet" href="https://static.dailycourier.example/css/main.4f2a.css">
</head>
<body class="dc dc--article">
<div id="dc-consent" class="dc-consent">
<div class="dc-consent__inner"><div class="dc-consent__text">The Daily Courier and our
partners store and access information on your device, such as cookies, to personalise
content and ads and to measure how our site is used.</div>
<div class="dc-consent__btns"><a class="dc-btn" href="#">Accept and continue</a>
<a class="dc-btn dc-btn--ghost" href="#">Reject optional cookies</a></div></div></div>
<div class="dc-masthead">
<div class="dc-masthead__top"><div class="dc-date-today">Today&#8217;s paper</div>
<div class="dc-logo"><a href="/">The Daily Courier</a></div>
<div class="dc-subscribe"><a href="/subscribe">Subscribe &#8211; first month free</a>
<a href="/login">Log in</a></div></div>
<div class="dc-nav"><div class="dc-nav__inner">
<a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/money">Money</a>
<a href="/culture">Culture</a> <a href="/puzzles">Puzzles</a></div></div>
</div>
<div class="dc-wrap"><div class="dc-row">
<div class="dc-col dc-col--main">
<div class="dc-kicker"><a href="/{section.lower()}">{section}</a></div>
<div class="dc-headline"><h1 class="dc-h1">{title}</h1></div>
<div class="dc-standfirst"><p>{standfirst}</p></div>
<div class="dc-meta"><div class="dc-meta__by">{byline}</div>{date_div}</div>
<div class="dc-share"><a href="#" class="dc-share__fb">Share on Facebook</a>
<a href="#" class="dc-share__x">Share on X</a><a href="#" class="dc-share__mail">Email</a>
<a href="#" class="dc-share__link">Copy link</a><a href="#" class="dc-share__gift">Gift this
article</a></div>
{fig}
<div class="dc-body"><div class="dc-body__inner">
{chr(10).join(body)}
{boxhtml}
</div></div>
<div class="dc-paywall"><div class="dc-paywall__msg">You have read 4 of your 5 free
articles this month.</div><a class="dc-btn" href="/subscribe">Subscribe for unlimited
access</a></div>
<div class="dc-newsletter"><div class="dc-newsletter__title">The Morning Courier</div>
<div class="dc-newsletter__text">The day&#8217;s essential stories, in your inbox by
7am.</div><form><input type="email" placeholder="Your email"><button>Sign up</button>
</form></div>
<div class="dc-comments"><a href="#comments">View comments</a></div>
</div>
<div class="dc-col dc-col--side">
<div class="dc-ad dc-ad--side"><div class="dc-ad__label">ADVERTISEMENT</div></div>
<div class="dc-mostread"><div class="dc-mostread__title">Most read</div>
{mr}
</div></div>
</div></div>
<div class="dc-footer"><div class="dc-footer__inner">
<div class="dc-footer__links"><a href="/contact">Contact us</a> <a href="/complaints">
Complaints &amp; corrections</a> <a href="/terms">Terms &amp; conditions</a>
<a href="/privacy">Privacy notice</a> <a href="/cookies">Cookie settings</a></div>
<div class="dc-footer__legal">&copy; Daily Courier Media Group 2025. Registered office:
18 Tanner Yard, London.</div></div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 3: KBAY 7 News, a local TV station's site (www.kbay7.example)
# ---------------------------------------------------------------------------------------

def _tv_site(title: str, paras: list[str], *, byline: str = "KBAY Staff",
             published_text: str | None = None, video_caption: str | None = None,
             trending: tuple[str, ...] = ()) -> str:
    text = "<br><br>\n".join(paras)
    pub = (f'<div class="story-timestamp">Published: {published_text}</div>'
           if published_text else "")
    vid = ""
    if video_caption:
        vid = ('<div class="video-player" data-autoplay="false"><div class="vp-poster">'
               '<button class="vp-play" aria-label="Play video"></button></div>'
               f'<div class="vp-caption">{video_caption}</div></div>')
    tr = "\n".join(f'<div class="trend-item"><a href="/news/trending-{i}">{h}</a></div>'
                   for i, h in enumerate(trending))
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - KBAY 7 News</title>
<meta property="og:site_name" content="KBAY">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="alert-bar alert-bar--traffic"><a href="/traffic">TRAFFIC ALERT: Lane closures
on the eastbound Bay Bridge approach overnight. Plan ahead.</a></div>
<div class="site-header">
<div class="station-logo"><a href="/">KBAY 7 News</a></div>
<div class="header-links"><a href="/live">Watch Live</a> | <a href="/weather">Weather</a> |
<a href="/traffic">Traffic</a> | <a href="/iteam">7 On Your Side</a> |
<a href="/contests">Contests</a></div>
<div class="wx-mini">San Francisco <span class="wx-temp">61&deg;</span> Fog clearing</div>
</div>
<div class="site-nav"><a href="/local">Local</a> <a href="/california">California</a>
<a href="/us-world">U.S. &amp; World</a> <a href="/money">Money</a>
<a href="/tech">Tech</a> <a href="/sports">Sports</a> <a href="/video">Video</a></div>
<div class="page-wrap"><div class="story-wrap">
<div class="story-headline" role="heading" aria-level="1">{title}</div>
<div class="story-byline">By {byline}</div>
{pub}
<div class="share-row"><a class="share-fb" href="#">Facebook</a>
<a class="share-tw" href="#">Tweet</a><a class="share-email" href="#">Email</a>
<a class="share-copy" href="#">Copy link</a></div>
{vid}
<div class="story-body">
{text}
</div>
<div class="story-footer-note">Copyright 2025 KBAY-TV. All rights reserved.</div>
<div class="promo-box"><a href="/app">Get breaking news alerts: download the KBAY 7 News
app</a></div>
</div>
<div class="rail">
<div class="ad-unit">Advertisement</div>
<div class="trending"><div class="trending-title">Trending on KBAY</div>
{tr}
</div>
<div class="ad-unit">Advertisement</div>
</div></div>
<div class="site-footer">KBAY 7 News &middot; 900 Front Street, San Francisco, CA &middot;
<a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot;
<a href="/privacy">Privacy Policy</a> &middot; <a href="/do-not-sell">Do Not Sell or Share My
Personal Information</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 4: MarketLedger, a WordPress finance blog (marketledger.example)
# ---------------------------------------------------------------------------------------

def _blog_site(title: str, paras: list[str], *, author: str, post_id: int, category: str,
               tags: tuple[str, ...], published: str | None = None,
               related: tuple[str, ...] = (), popular: tuple[str, ...] = (),
               comments: int = 0) -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "BlogPosting",
                            "headline": re.sub(r"<[^>]+>", "", title),
                            "datePublished": published,
                            "author": {"@type": "Person", "name": author}})
              + "</script>")
    body = "\n".join(p if _raw(p) else f"<p>{p}</p>" for p in paras)
    slug = author.lower().replace(" ", "-")
    tg = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                   for t in tags)
    rel = "".join(f'<div class="jp-relatedposts-post"><a href="/{post_id - i - 3}/">{h}</a>'
                  '</div>' for i, h in enumerate(related))
    pop = "".join(f'<li><a href="/{post_id - 40 - i}/">{h}</a></li>'
                  for i, h in enumerate(popular))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; MarketLedger</title>
<meta property="og:site_name" content="MarketLedger">
<meta property="og:type" content="article">
{ld}
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='ledger-style-css' href='/wp-content/themes/ledger/style.css'
 media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">MarketLedger</a></p>
<p class="site-description">Markets, macro and the occasional rant</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/category/macro/">Macro</a></li>
<li class="menu-item"><a href="/category/rates/">Rates</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li>
<li class="menu-item"><a href="/category/legal/">Legal &amp; Regulatory</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish
 format-standard hentry category-{category.lower()}">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{slug}/">{author}</a></span></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li>
<li><a class="share-copy" href="#">Copy link</a></li></ul></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
{rel}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/
{category.lower()}/" rel="category tag">{category}</a></span>
<span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{author} spent a decade on a sell-side desk before starting this blog.
Nothing here is investment advice; do your own homework.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p class="comment-notes">Log in to join the discussion.</p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><input type="search"
 placeholder="Search &hellip;"></form></section>
<section class="widget widget_popular"><h2 class="widget-title">Popular posts</h2>
<ul>{pop}</ul></section>
<section class="widget widget_subscribe"><h2 class="widget-title">Subscribe via email</h2>
<p>Enter your email address to get new posts in your inbox. No spam, ever.</p>
<form><input type="email"><button>Subscribe</button></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 MarketLedger
&middot; Proudly powered by WordPress &middot; Not investment advice.</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 5: NBS News, a public broadcaster (www.nbs.example)
# ---------------------------------------------------------------------------------------

def _broadcaster_site(title: str, paras: list[str], *, byline: str = "",
                      role: str = "", time_iso: str | None = None,
                      time_text: str | None = None, caption: str | None = None,
                      topics: tuple[str, ...] = (), top_stories: tuple[str, ...] = (),
                      footnote: str | None = None) -> str:
    blocks = []
    for p in paras:
        if p.startswith("## "):
            blocks.append(f'<div data-component="subheadline-block"><h2>{p[3:]}</h2></div>')
        elif _raw(p):
            blocks.append(p)
        else:
            blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
    tm = ""
    if time_iso:
        tm = f'<time data-testid="timestamp" datetime="{time_iso}">{time_text}</time>'
    by = ""
    if byline:
        by = (f'<div data-component="byline-block"><span class="nbs-by">{byline}</span>'
              f'<span class="nbs-role">{role}</span></div>')
    fig = ""
    if caption:
        fig = ('<div data-component="image-block"><figure><img src="/images/lead.jpg" '
               f'alt=""><figcaption>{caption}</figcaption></figure></div>')
    tp = "".join(f'<li><a href="/news/topics/{i}">{t}</a></li>' for i, t in enumerate(topics))
    ts = "".join(f'<li><a href="/news/top-{i}">{h}</a></li>'
                 for i, h in enumerate(top_stories))
    fn = f'<div data-component="text-block"><p><em>{footnote}</em></p></div>' if footnote else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta property="og:site_name" content="NBS News">
<meta property="og:title" content="{_plain(title)}">
</head>
<body>
<div id="nbs-cookie-banner"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree
to all of these cookies.</p><button>Yes, I agree</button><button>No, take me to
settings</button></div>
<header class="nbs-global">
<a class="nbs-skip" href="#main-content">Skip to content</a>
<div class="nbs-brand"><a href="/">NBS</a></div>
<nav class="nbs-global-nav"><a href="/">Home</a> <a href="/news">News</a>
<a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/radio">Radio</a>
<a href="/arts">Arts</a></nav>
</header>
<nav class="nbs-news-nav"><a href="/news/uk">UK</a> <a href="/news/world">World</a>
<a href="/news/business">Business</a> <a href="/news/politics">Politics</a>
<a href="/news/tech">Tech</a> <a href="/news/science">Science</a></nav>
<main id="main-content">
<article>
<header><h1 id="main-heading">{title}</h1></header>
{tm}
{by}
{fig}
{chr(10).join(blocks)}
{fn}
<section data-component="tag-list"><h2>Related topics</h2><ul>{tp}</ul></section>
</article>
<section class="nbs-top-stories"><h2>Top stories</h2><ul>{ts}</ul></section>
</main>
<footer class="nbs-footer"><p>&copy; 2025 NBS. The NBS is not answerable for what other
websites say; see how we handle links to them.</p>
<a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a>
<a href="/contact">Contact the NBS</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 6: The Cedar Valley Register, a regional paper with heavy ads (www.cvregister.example)
# ---------------------------------------------------------------------------------------

def _regional_site(title: str, paras: list[str], *, byline: str, section: str,
                   date_text: str | None = None, correction: str | None = None,
                   popular: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    body = []
    for i, p in enumerate(paras):
        body.append(p if _raw(p) else f'<p class="body-text">{p}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            body.append(f'<div class="ad-container ad-inline" id="ad-inline-{i}">'
                        '<div class="ad-label">ADVERTISEMENT</div>'
                        '<div class="gpt-slot"></div></div>')
        if i == 4:
            body.append('<div class="sponsored-inline"><span class="sp-label">Sponsored'
                        '</span> <a href="/sponsored/1">Cedar Valley homeowners are switching '
                        'to this roof coating before winter</a></div>')
    pop = "".join(f"<li><a href=\"/news/popular-{i}\">{h}</a></li>"
                  for i, h in enumerate(popular))
    tg = " ".join(f'<a class="tag" href="/tags/{t.lower()}">{t}</a>' for t in tags)
    dt = f'<div class="story-date">{date_text}</div>' if date_text else ""
    corr = f'<div class="correction-note"><b>Correction:</b> {correction}</div>' if correction \
        else ""
    return f"""<html>
<head>
<title>{title} | Cedar Valley Register</title>
<meta name="keywords" content="{", ".join(tags)}">
<script src="/js/ads-loader.js"></script>
</head>
<body class="cvr">
<div class="ad-container ad-leaderboard"><div class="ad-label">ADVERTISEMENT</div>
<div class="gpt-slot" id="div-gpt-top"></div></div>
<div class="topbar"><a href="/subscribe">Subscribe: 99&cent; for your first month</a> |
<a href="/eedition">e-Edition</a> | <a href="/obits">Obituaries</a> |
<a href="/classifieds">Classifieds</a> | <a href="/login">Log In</a></div>
<div class="weather-strip">Marshall Falls, IA &nbsp;<b>38&deg;</b> Cloudy</div>
<div class="masthead"><a href="/">The Cedar Valley Register</a></div>
<div class="navbar"><a href="/news">News</a> | <a href="/local">Local</a> |
<a href="/ag">Ag &amp; Business</a> | <a href="/sports">Sports</a> |
<a href="/opinion">Opinion</a> | <a href="/obits">Obituaries</a> |
<a href="/contests">Contests</a></div>
<div class="layout">
<div class="main-col">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo;
{section}</div>
<div class="headline"><h2 class="story-title">{title}</h2></div>
<div class="author">{byline}</div>
{dt}
<div class="social"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a></div>
<div class="story">
{chr(10).join(body)}
</div>
{corr}
<div class="tags">{tg}</div>
<div class="ad-container ad-box"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="comments-gate">To comment on this story, log in or subscribe.</div>
</div>
<div class="right-rail">
<div class="ad-container ad-rect"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="popular"><h3>Most Popular</h3><ol>{pop}</ol></div>
<div class="ad-container ad-rect"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="sponsored-rail"><h4>Sponsored Content</h4>
<a href="/sponsored/2">Local pharmacist explains the winter vitamin routine</a><br>
<a href="/sponsored/3">Top-rated furnace tune-ups near Marshall Falls</a></div>
</div>
</div>
<div class="footer">The Cedar Valley Register &middot; 412 Mill Street, Marshall Falls, Iowa
&middot; (319) 555-0142<br>&copy; 2025 Cedar Valley Media Co. All rights reserved.
<a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></div>
</body>
</html>
"""


STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------------------
    # 1. Trade: the Copenhagen round of US-China talks (Tuesday 7 October 2025).
    # -----------------------------------------------------------------------------------
    _story("trade-ZA1", "trade", "2025-10-20", [
        _page("https://www.pacificwire.example/world/us-china-copenhagen-talks-2025-10-07",
              _wire_site(
                  "US, China agree to seek 90-day extension of tariff truce after Copenhagen "
                  "talks",
                  [
                      "The United States and China agreed on Tuesday to recommend a further "
                      "90-day extension of their tariff truce, officials from both sides said "
                      "after talks that ran for nearly six hours at the Danish foreign "
                      "ministry.",
                      "Treasury Secretary Martin Ashgrove, who led the U.S. delegation, told "
                      "reporters the two sides had settled the outstanding points on export "
                      "controls and farm purchases and would now put the package to both "
                      "presidents for approval.",
                      "&#8220;We have a framework that both leaders can sign off on,&#8221; "
                      "Ashgrove said outside the venue. &#8220;Nobody got everything, but we "
                      "got a lot.&#8221;",
                      "The current truce, which cut U.S. duties on Chinese goods to 30% and "
                      "China&#8217;s on U.S. goods to 10% after they had peaked at 145% and "
                      "125% in April, is due to lapse on Nov. 10.",
                      "China&#8217;s delegation was headed by Vice Premier Han Zhiwei. Lu "
                      "Dongsheng, Beijing&#8217;s international trade representative, "
                      "described the meeting as &#8220;candid, in-depth and "
                      "constructive&#8221; and said working teams would keep talking by "
                      "video link.",
                      "Under the outline, Beijing would put off for a year the licensing rules "
                      "for rare-earth processing technology it unveiled in September, and "
                      "would buy at least 12 million metric tons of U.S. soybeans before the "
                      "end of the year, two people briefed on the talks said.",
                      "Washington, for its part, would delay port fees on Chinese-built "
                      "vessels that were due to take effect on Oct. 14, the people said. "
                      "Neither government published a text.",
                      "It was the fifth round of talks since May, after meetings in Geneva, "
                      "London, Stockholm and Madrid. The two sides plan to meet again in "
                      "Washington on Nov. 24, the U.S. Treasury said in a statement.",
                      "Soybean futures in Chicago rose about 2% in evening trade after the "
                      "news. Shares of U.S.-listed Chinese companies also gained in "
                      "after-hours dealing.",
                      "Business groups on both sides welcomed the outcome but said "
                      "companies needed longer-term certainty. &#8220;Ninety days at a time "
                      "is not a planning horizon,&#8221; said Nora Bellweather, who heads the "
                      "China practice at consultancy Tideline Advisory in Washington.",
                  ],
                  dateline="COPENHAGEN",
                  published="2025-10-07T19:42:00Z",
                  byline="Ida Moerk and Wen Qiao",
                  signoff="(Reporting by Ida Moerk in Copenhagen and Wen Qiao in Beijing; "
                          "Editing by Paul Fenner)",
                  related=(
                      "Mexico raises tariffs on Asian steel to 50%, hitting 1,400 product "
                      "lines",
                      "Bank of Japan holds rates at 0.5% as yen slides past 150 per dollar",
                      "Canada and EU open talks on critical-minerals pact in Ottawa",
                  ),
              )),
        _page("https://www.dailycourier.example/world/2025/oct/08/copenhagen-talks-tariff-pause",
              _daily_site(
                  "Copenhagen talks yield outline deal to extend US-China tariff pause",
                  [
                      "After almost six hours behind closed doors in Copenhagen, American and "
                      "Chinese negotiators emerged on Tuesday evening with an outline "
                      "agreement to keep their tariff ceasefire in place for another three "
                      "months.",
                      "The deal, which still needs the blessing of both presidents, would push "
                      "back the expiry of the truce beyond 10 November, when tariffs on both "
                      "sides had been set to snap back to far higher levels.",
                      "&ldquo;We have a framework that both leaders can sign off on,&rdquo; "
                      "Martin Ashgrove, the US Treasury secretary, told reporters as he left "
                      "the meeting at the foreign ministry, adding that &ldquo;nobody got "
                      "everything&rdquo;.",
                      "Across the table sat Vice Premier Han Zhiwei, Beijing&rsquo;s point man "
                      "on economic relations with Washington, flanked by Lu Dongsheng, a vice "
                      "minister of commerce who doubles as China&rsquo;s international trade "
                      "representative.",
                      "Relations have lurched between escalation and truce since the spring. "
                      "In April, tit-for-tat measures drove American tariffs on Chinese goods "
                      "as high as 145 per cent; a deal struck in Geneva in May cut them to 30 "
                      "per cent, while China&rsquo;s levy on American products fell from 125 "
                      "per cent to 10 per cent.",
                      "People familiar with the discussions said China had agreed to buy at "
                      "least 12m tonnes of American soybeans before the end of the year "
                      "&mdash; a boon for Midwestern farmers, who have sold almost nothing "
                      "to their largest customer since the harvest began &mdash; and to delay "
                      "by a year its new curbs on exporting rare-earth processing know-how.",
                      "Washington would in turn postpone fees on Chinese-built ships docking "
                      "at American ports, which had been scheduled to begin in mid-October.",
                      "Celia Nunez, the US trade representative, described the session as "
                      "&ldquo;businesslike&rdquo; and said the two teams had worked through "
                      "&ldquo;a long list of irritants, one by one&rdquo;.",
                      "The two delegations agreed to meet again in Washington on 1 December, "
                      "a US official said.",
                      "Analysts cautioned that earlier truces had unravelled quickly. "
                      "&ldquo;Every round has ended with smiles and a list of homework,&rdquo; "
                      "said Mei Fontaine, a trade economist at Lindell Partners in Singapore. "
                      "&ldquo;The homework is the hard part, and it is usually where things "
                      "fall apart.&rdquo;",
                      "Denmark, which offered to host the round after the Madrid meeting in "
                      "September, said it was pleased the talks had taken place in "
                      "<a href=\"/world/denmark\">Copenhagen</a> and that it stood ready to "
                      "host again.",
                  ],
                  standfirst="Negotiators agree to ask both leaders to keep tariffs frozen, "
                             "with soybeans and rare earths at the heart of the bargain",
                  byline="Rachel Okonkwo-Hart, Economics Correspondent",
                  section="World",
                  date_text="October 8, 2025",
                  read_more="Farmers count the cost of a harvest without Chinese buyers",
                  most_read=(
                      "Magnitude 5.9 earthquake rattles northern Chile",
                      "Dutch court orders gas field to close by 2028",
                      "Swiss central bank keeps rates at zero for second meeting",
                      "Opinion: the tariff war has no winners, only survivors",
                  ),
              )),
        _page("https://marketledger.example/2025/10/tariff-truce-lifeline-copenhagen/",
              _blog_site(
                  "Tariff truce gets a lifeline: what the Copenhagen outline means for ags "
                  "and chips",
                  [
                      "Markets got the headline they wanted: Washington and Beijing say they "
                      "have an outline to extend the tariff truce by another 90 days.",
                      "The talks in Copenhagen lasted about four and a half hours, and by the "
                      "time the delegations came out, soybean futures were already moving. "
                      "The November contract jumped nearly 2% in evening trade.",
                      "Here&#8217;s who was in the room. On the US side, Treasury Secretary "
                      "Martin Ashgrove and Trade Representative Celia Nunez. On the Chinese "
                      "side, Commerce Minister Han Zhiwei and Lu Dongsheng, the "
                      "international trade representative.",
                      "What&#8217;s (reportedly) in it:",
                      "<ul><li>At least 12 million metric tons of US soybean purchases by "
                      "year-end</li><li>A one-year delay to China&#8217;s rare-earth "
                      "technology licensing rules</li><li>A postponement of US port fees on "
                      "Chinese-built ships</li><li>The 30% US tariff on Chinese goods and "
                      "China&#8217;s 10% counter-tariff stay where they are for now</li></ul>",
                      "None of this is signed. Both presidents have to approve the package, "
                      "and the existing truce runs out on November 10.",
                      "Ashgrove&#8217;s line of the day &#8212; &#8220;We have a framework "
                      "that both leaders can sign off on&#8221; &#8212; is doing a lot of "
                      "work here. A framework is not a text, and nobody has published one.",
                      "<strong>My take:</strong> chip names with heavy China exposure could "
                      "catch a bid at the open, but I would be careful chasing it. Remember "
                      "how quickly the May rally faded once people read the fine print.",
                      "For context, this was round five. Geneva in May took tariffs down "
                      "from triple digits, London in June dealt mostly with magnets, and "
                      "Stockholm in July and Madrid in September were about keeping the "
                      "lights on.",
                      "For the ag trade, the soybean number is the one to watch. Twelve "
                      "million tons before New Year is doable on paper, but Chinese crushers "
                      "have been buying Brazilian beans all season and their bins are not "
                      "empty. If the state buyers do not show up in the export sales data "
                      "within a few weeks, expect the rally to fade.",
                      "I&#8217;ll update this post if a text appears.",
                  ],
                  author="Derek Vance",
                  post_id=48211,
                  category="Trade",
                  tags=("China", "tariffs", "soybeans", "semiconductors"),
                  related=(
                      "Fed minutes: three things I&#8217;m watching before October 29",
                      "Why the ECB&#8217;s 2% deposit rate may be the floor",
                  ),
                  popular=(
                      "Gold at $4,000? Here is the bull case, and the holes in it",
                      "Japan&#8217;s 10-year yield hits 1.7%: who blinks first",
                      "The Madrid round: TikTok, tariffs and a 14-hour day",
                  ),
                  comments=42,
              )),
        _page("https://www.nbs.example/news/world-us-china-tariff-truce-copenhagen",
              _broadcaster_site(
                  "US and China move to extend tariff truce",
                  [
                      "The United States and China have agreed to ask their leaders to "
                      "extend a truce in their trade war for another 90 days, after talks in "
                      "the Danish capital on 7 October.",
                      "US Trade Representative Celia Nunez said: &quot;We have a framework "
                      "that both leaders can sign off on.&quot;",
                      "The truce, agreed in Geneva in May, lowered punishing tariffs that had "
                      "reached 145% on Chinese goods entering the US. It had been due to "
                      "expire on 10 November.",
                      "China&#39;s Vice-Premier Han Zhiwei led Beijing&#39;s team. The "
                      "country&#39;s international trade representative, Lu Dongsheng, told "
                      "reporters the talks had been &quot;candid and constructive&quot; and "
                      "that both sides had reached &quot;a basic consensus&quot; on the main "
                      "issues.",
                      "According to people briefed on the talks, China would delay new rules "
                      "on rare-earth technology exports by a year and step up purchases of "
                      "American soybeans.",
                      "The US would postpone new fees on Chinese-built ships using American "
                      "ports.",
                      "The next round of talks is due to be held in Washington on 24 "
                      "November.",
                      "## Analysis: a pause, not a peace",
                      "For a few weeks this spring, the world&#39;s two biggest economies "
                      "were in something close to a trade embargo, with tariffs so high that "
                      "many importers simply stopped ordering.",
                      "Since then, the pattern has been the same: a round of talks, a "
                      "statement of progress, a few concessions and an agreement to keep "
                      "talking. That has calmed markets, but it has not settled the deeper "
                      "arguments over technology, subsidies and security.",
                      "The soybean pledge matters a great deal to American farm states, "
                      "which have watched Chinese buyers turn to Brazil. The rare-earth "
                      "delay matters to carmakers and defence firms around the world.",
                      "Denmark&#39;s foreign minister, Lars Kofoed, said his country had been "
                      "glad to offer a neutral venue.",
                  ],
                  byline="Amira Sethi",
                  role="Economics correspondent",
                  caption="Treasury Secretary Martin Ashgrove spoke to reporters in "
                          "Copenhagen. Photo: NBS",
                  topics=("US-China trade", "Tariffs", "Denmark"),
                  top_stories=(
                      "Magnitude 6.4 earthquake strikes off Papua New Guinea",
                      "Norway&#39;s central bank holds rate at 4%",
                      "Election officials in Lagos recount 212 ballot boxes",
                  ),
              )),
    ], [
        ("duration", r"\b(6|six) ?(hours?|hrs?|h\b)|360 ?min",
         r"four and a half|four-and-a-half|(?<![\d.])4(\.5)? ?(hours?|hrs?|h\b)|4 ?h(ours?)? "
         r"?30|270 ?min"),
        ("title", r"vice[- ]?premier",
         r"(?<!vice )(commerce minister|minister of commerce)"),
        ("next meeting date", r"nov(ember|\.)? ?24|24 nov|2025-11-24",
         r"dec(ember|\.)? ?0?1\b|\b0?1 dec|2025-12-01"),
        ("speaker", r"ashgrove", r"nunez|n\u00fa\u00f1ez"),
    ]),
    # -----------------------------------------------------------------------------------
    # 2. Trade (control): China lifts its extra tariffs on US farm goods (announced
    #    10:30 Beijing time on Thursday 6 November 2025 = late Wednesday 5 Nov in the US).
    # -----------------------------------------------------------------------------------
    _story("trade-ZA2", "trade", "2025-11-18", [
        _page("https://www.pacificwire.example/business/china-farm-tariffs-lifted-2025-11-06",
              _wire_site(
                  "China to lift extra tariffs on US farm goods from Nov. 10, keeps 10% levy",
                  [
                      "China will stop charging the additional tariffs of up to 15% that it "
                      "imposed on a swathe of U.S. farm goods in March, the Customs Tariff "
                      "Commission of the State Council said on Thursday, the clearest sign yet "
                      "that a truce between the world&#8217;s two largest economies is "
                      "holding.",
                      "The commission said in a notice released at 10:30 a.m. (0230 GMT) that "
                      "the measures would be lifted from Nov. 10. A 10% tariff that Beijing "
                      "placed on all U.S. goods in April will stay in force, it said.",
                      "The March duties added 15% to U.S. chicken, wheat, corn and cotton, and "
                      "10% to soybeans, sorghum, pork, beef, aquatic products, fruit, "
                      "vegetables and dairy products. A preliminary list attached to the "
                      "notice covers 711 tariff lines.",
                      "With the change, U.S. soybeans will face a total duty of 13%, down from "
                      "23%, still well above the 3% rate paid on Brazilian cargoes.",
                      "China&#8217;s commerce ministry said the step &#8220;implements the "
                      "consensus reached by the two heads of state&#8221; and urged "
                      "Washington to &#8220;meet China halfway&#8221; on the remaining "
                      "issues.",
                      "Washington has said it will halve, to 10%, the tariff it imposed on "
                      "Chinese goods over fentanyl flows, also from Nov. 10.",
                      "Chinese buyers shunned U.S. soybeans for most of the autumn, turning "
                      "to South America instead. Under the arrangement described by U.S. "
                      "officials, China is to buy 12 million metric tons of U.S. soybeans by "
                      "the end of this year and 25 million tons a year from 2026 through "
                      "2028.",
                      "Chicago soybean futures rose 1.2% to $11.28 a bushel in Asian trade "
                      "after the announcement.",
                      "Traders said state-owned importers had booked several cargoes in "
                      "recent days but that private crushers were still waiting for clarity "
                      "on the remaining 10% duty before returning.",
                  ],
                  dateline="BEIJING",
                  section="Business",
                  published="2025-11-06T03:05:00Z",
                  byline="Wen Qiao",
                  signoff="(Reporting by Wen Qiao and the Beijing newsroom; Additional "
                          "reporting by Tom Askew in Chicago; Editing by Kim Ashby)",
                  related=(
                      "India cuts import duty on US almonds to 35% in trade goodwill step",
                      "Brazil&#8217;s soybean exports hit record 108 million tons",
                      "Vietnam, US near deal on 20% tariff rate, sources say",
                  ),
              )),
        _page("https://www.nbs.example/news/business-china-scraps-us-farm-tariffs",
              _broadcaster_site(
                  "China scraps farm tariffs in boost for US growers",
                  [
                      "China is to remove the extra tariffs it placed on American farm "
                      "products earlier this year, in a move US farmers hope will reopen "
                      "their biggest export market.",
                      "The tariff commission of China&#39;s cabinet said duties of 10% and 15% "
                      "on goods ranging from soybeans to chicken would be lifted from 10 "
                      "November.",
                      "The announcement came on Thursday morning in Beijing, which was late "
                      "on Wednesday evening in Washington.",
                      "According to a full annex published by the commission on Thursday "
                      "afternoon, the change covers 742 tariff lines.",
                      "Beijing will, however, keep a 10% levy on all US imports that it "
                      "introduced in April at the height of the trade dispute, when tariffs "
                      "on both sides climbed above 100%.",
                      "US Agriculture Secretary Joan Merriweather welcomed the decision. "
                      "&quot;This is a big day for American farmers, and frankly it is "
                      "overdue,&quot; she said in a statement.",
                      "It follows commitments from Beijing, announced by the White House, to "
                      "buy 12 million tonnes of US soybeans before the end of this year and "
                      "25 million tonnes in each of the next three years.",
                      "China&#39;s international trade representative, Lu Dongsheng, said the "
                      "two countries had &quot;opened a new window&quot; for farm trade.",
                      "## A lopsided trade",
                      "Farm goods are one of the few areas in which the US sells more to "
                      "China than it buys from it. American agricultural exports to China "
                      "were worth $24.7bn (&pound;18.9bn) last year.",
                      "But shipments slumped during the dispute, and US growers lost market "
                      "share to Brazil, whose soybean farmers have expanded production "
                      "rapidly over the past decade.",
                      "Some US farm groups warned that the remaining 10% tariff still left "
                      "American produce at a disadvantage.",
                  ],
                  byline="Tom Whitlock",
                  role="Business reporter",
                  time_iso="2025-11-06T15:20:00Z",
                  time_text="Updated 6 November 2025, 15:20 GMT",
                  caption="Soybeans being loaded at a grain terminal. File photo",
                  topics=("US-China trade", "Agriculture", "Tariffs"),
                  top_stories=(
                      "Bank of England cuts rates to 3.75%",
                      "Magnitude 5.6 quake shakes western Turkey",
                      "Mamdani wins New York mayoral race with 50.4%",
                  ),
              )),
        _page("https://www.cvregister.example/news/ag/soybean-growers-china-tariffs",
              _regional_site(
                  "Soybean growers cheer end of China&#8217;s extra tariffs, but 10% remains",
                  [
                      "Soybean growers across the Cedar Valley had news to chew on at "
                      "breakfast: China is dropping the extra tariffs it slapped on U.S. "
                      "farm products in March.",
                      "Beijing&#8217;s tariff commission announced the change at 8:30 p.m. "
                      "Central time on Wednesday, Nov. 5 &mdash; already Thursday morning in "
                      "China &mdash; and said the duties would come off Nov. 10.",
                      "For soybeans, that means the Chinese tariff drops by 10 percentage "
                      "points. A 10% across-the-board levy China put on American goods in "
                      "April stays, on top of the normal 3% rate, so U.S. beans will still "
                      "pay 13% at Chinese ports.",
                      "&#8220;It&#8217;s a start,&#8221; said Dale Hendricks, who farms "
                      "1,400 acres near Ostrander Grove. &#8220;Thirteen percent is still a "
                      "handicap when the Brazilians are paying three. But a month ago nobody "
                      "over there would even take our calls.&#8221;",
                      "Marcy Thiel, president of the Heartland Soybean Growers Association, "
                      "said members had been storing more beans than usual in hopes of a "
                      "deal. &#8220;A lot of bins are full. This gives people a reason to "
                      "think about selling,&#8221; she said.",
                      "China has committed to buy 12 million metric tons of U.S. soybeans by "
                      "year&#8217;s end and 25 million metric tons annually in 2026, 2027 and "
                      "2028, according to the White House.",
                      "Nationally, U.S. farm exports to China totaled nearly $25 billion in "
                      "2024, according to the U.S. Department of Agriculture, with soybeans "
                      "the biggest single item.",
                      "Agriculture Secretary Joan Merriweather called it &#8220;a big day "
                      "for American farmers&#8221; in a statement.",
                      "At the Marshall Falls Farmers Co-op elevator, the cash bid for "
                      "soybeans was $10.71 a bushel on Nov. 6, up 14 cents from a day "
                      "earlier.",
                      "Washington is also cutting its fentanyl-related tariff on Chinese "
                      "goods from 20% to 10% starting Nov. 10.",
                      "Hendricks said he would wait to see whether Chinese buyers actually "
                      "show up before selling the rest of his crop. &#8220;I&#8217;ve heard "
                      "&#8216;deal&#8217; a lot of times in the last eight years,&#8221; he "
                      "said.",
                  ],
                  byline="By Carla Jessup, Ag Reporter",
                  section="Ag &amp; Business",
                  correction="An earlier version of this story misspelled the name of the "
                             "Heartland Soybean Growers Association&#8217;s president.",
                  popular=(
                      "Marshall Falls council approves $4.2 million pool renovation",
                      "Wildcats rout Eagle Ridge 42-7 to reach state semifinals",
                      "Crash closes Highway 20 near Jesup for three hours",
                      "Obituary: Harold &#8216;Bud&#8217; Amundsen, 91",
                  ),
                  tags=("agriculture", "soybeans", "China", "trade"),
              )),
        _page("https://marketledger.example/2025/11/china-drops-farm-tariffs-soybean-math/",
              _blog_site(
                  "China drops the farm tariffs: the numbers behind the soybean trade",
                  [
                      "The Chinese side delivered on one piece of the truce: the Customs "
                      "Tariff Commission says the extra March tariffs on US farm goods "
                      "&#8212; 15% on chicken, wheat, corn and cotton, 10% on soybeans, pork, "
                      "beef and a long list of others &#8212; come off on November 10.",
                      "Timing note for the East Coast crowd: the notice dropped at 9:30 p.m. "
                      "ET on Wednesday, November 5, which was 10:30 a.m. Thursday in "
                      "Beijing.",
                      "Let&#8217;s do the math on beans. Before: 3% MFN + 10% (April, all US "
                      "goods) + 10% (March, ag retaliation) = 23%. After November 10: 13%. "
                      "That is a 10-point cut, not a 10% cut &#8212; a big difference if "
                      "you&#8217;re pricing a cargo.",
                      "The purchase commitments, per the White House fact sheet: 12 million "
                      "metric tons (roughly 440 million bushels) by the end of 2025, then 25 "
                      "million metric tons (about 920 million bushels) a year in "
                      "2026&#8211;2028.",
                      "For scale, US ag exports to China were $24.7 billion in 2024. "
                      "Soybeans usually make up about half of that.",
                      "MOFCOM&#8217;s statement talks about implementing &#8220;the "
                      "consensus reached by the two heads of state,&#8221; which is the "
                      "standard phrase for &#8220;the leaders signed off and we are doing "
                      "what they agreed.&#8221; Lu Dongsheng, the vice minister of commerce "
                      "who has sat in on every round since Geneva, is the person to watch for "
                      "follow-through.",
                      "On the US side, Washington is halving its fentanyl tariff on Chinese "
                      "goods to 10% from 20%, effective the same day.",
                      "<strong>What I&#8217;m watching:</strong> whether Beijing touches "
                      "the 10% blanket tariff at all before spring, and whether Chinese "
                      "state buyers book cargoes for December&#8211;January shipment. Brazil "
                      "is still cheaper on a delivered basis even after this, so the private "
                      "crushers have no reason to switch on their own.",
                      "Bottom line: good for sentiment, helpful for basis in the Gulf, but "
                      "the purchase pledges only mean something when they show up in "
                      "USDA&#8217;s weekly export sales.",
                  ],
                  author="Derek Vance",
                  post_id=48907,
                  category="Trade",
                  tags=("China", "soybeans", "tariffs", "agriculture"),
                  related=(
                      "Tariff truce gets a lifeline: what the Copenhagen outline means",
                      "FOMC October: 25bp and a balance sheet surprise",
                  ),
                  popular=(
                      "Gold at $4,000? Here is the bull case, and the holes in it",
                      "BoE cuts to 3.75%: the vote tells you more than the cut",
                      "Why Brazil&#8217;s record 171 million-ton crop caps any bean rally",
                  ),
                  comments=17,
              )),
    ], []),
    # -----------------------------------------------------------------------------------
    # 3. Court: the full Ninth Circuit strikes down a California age-check law
    #    (Thursday 18 September 2025).
    # -----------------------------------------------------------------------------------
    _story("court-ZA3", "court", "2025-10-02", [
        _page("https://www.pacificwire.example/legal/ninth-circuit-california-age-check-law",
              _wire_site(
                  "Full Ninth Circuit strikes down California online age-check law",
                  [
                      "A federal appeals court on Thursday struck down a California law that "
                      "would have required social media platforms to verify the ages of their "
                      "users, ruling 7-4 that it violates the First Amendment.",
                      "The 11-judge en banc panel of the 9th U.S. Circuit Court of Appeals "
                      "upheld an injunction issued in March by U.S. District Judge Harold "
                      "Beaumont in San Jose, who had blocked the Online Age Assurance Act "
                      "before it could take effect on Jan. 1, 2026.",
                      "&#8220;The state may protect children, but it may not do so by "
                      "building a checkpoint in front of the entire internet,&#8221; Circuit "
                      "Judge Marisa Okafor wrote for the majority.",
                      "In a dissent joined by three colleagues, Circuit Judge Thomas Keeling "
                      "said the majority &#8220;treats a speed bump as if it were a "
                      "wall&#8221; and had brushed aside evidence of harm to teenagers.",
                      "The law, known as AB 1841, would have required platforms to confirm "
                      "whether users were under 16 and to obtain a parent&#8217;s consent "
                      "before such users could open an account. Violations carried civil "
                      "penalties of up to $2,500 each.",
                      "California Attorney General Rhea Castellanos said her office was "
                      "reviewing the decision and &#8220;considering every option, including "
                      "the U.S. Supreme Court.&#8221; The state has 90 days to file a "
                      "petition.",
                      "The lawsuit was brought by NetFreedom Coalition, a trade group whose "
                      "members include several of the largest social media companies. Its "
                      "general counsel, Priya Raman, called the ruling &#8220;a clear win for "
                      "every Californian who reads, writes or posts online.&#8221;",
                      "At least 19 states have passed age-verification laws of some kind, and "
                      "lower courts have split over whether they can be enforced.",
                      "The case is NetFreedom Coalition v. Castellanos, 9th U.S. Circuit "
                      "Court of Appeals, No. 25-1187.",
                  ],
                  dateline="SAN FRANCISCO",
                  section="Legal",
                  published="2025-09-18T23:10:00Z",
                  byline="Jonah Pettersen",
                  signoff="(Reporting by Jonah Pettersen in San Francisco; Editing by Alix "
                          "Brand)",
                  related=(
                      "Texas appeals court revives $1.4 billion privacy verdict",
                      "EU fines video platform 345 million euros over child data",
                      "Judge sets March 2 trial date in Delaware chip patent case",
                  ),
              )),
        _page("https://www.kbay7.example/news/california/age-check-law-appeals-court-ruling",
              _tv_site(
                  "Court rules California can&#8217;t force age checks on social media",
                  [
                      "SAN FRANCISCO (KBAY) -- California&#8217;s law requiring social "
                      "media companies to check users&#8217; ages is unconstitutional, a "
                      "federal appeals court in San Francisco ruled Sept. 18.",
                      "The full 9th Circuit voted 8-3 against the law, known as the Online "
                      "Age Assurance Act.",
                      "The law was set to take effect on January 1, 2026, but a federal "
                      "judge in San Jose put it on hold in March while the lawsuit moved "
                      "forward.",
                      "It would have required platforms to make sure users were at least 16, "
                      "or get a parent&#8217;s OK, and could have cost companies up to $2,500 "
                      "per violation.",
                      "Writing for the majority, Judge Marisa Okafor said the state &#8220;may "
                      "not&#8221; protect children &#8220;by building a checkpoint in front "
                      "of the entire internet.&#8221;",
                      "Outside a middle school in Walnut Creek, parent Dana Whitlow told KBAY "
                      "7 News she was disappointed. &#8220;I don&#8217;t know what the answer "
                      "is, but doing nothing isn&#8217;t it,&#8221; she said. &#8220;My "
                      "daughter is 13 and she has four accounts I know about.&#8221;",
                      "Another parent, Marco Ruiz of Concord, said he agreed with the court. "
                      "&#8220;That&#8217;s my job, not the state&#8217;s,&#8221; he said.",
                      "Tech industry group NetFreedom Coalition, which sued to stop the law, "
                      "praised the ruling as a win for free speech online.",
                      "The office of Attorney General Rhea Castellanos said it was reviewing "
                      "the decision and had not decided whether to appeal.",
                      "KBAY 7 News reached out to the governor&#8217;s office for comment but "
                      "did not hear back by air time.",
                      "<b>RELATED:</b> <a href=\"/news/tech/screen-time-survey\">Survey: Bay "
                      "Area teens spend 5.2 hours a day on their phones</a>",
                  ],
                  byline="Lauren Ocampo",
                  video_caption="KBAY 7 News at 6: Bay Area parents and tech groups react to "
                                "the ruling.",
                  trending=(
                      "Magnitude 4.1 quake rattles East Bay, no damage reported",
                      "BART to add late-night trains on 3 lines starting Oct. 6",
                      "49ers&#8217; injured tackle out at least 4 weeks",
                  ),
              )),
        _page("https://www.dailycourier.example/us/2025/sep/california-age-check-law-struck-down",
              _daily_site(
                  "Court strikes down California&rsquo;s social media age-check law, setting "
                  "up Supreme Court fight",
                  [
                      "California&rsquo;s attempt to force social media companies to check "
                      "the ages of their users was struck down on Thursday, Sept. 18, by the "
                      "full US Court of Appeals for the Ninth Circuit, in a 7-4 decision that "
                      "could send the fight over online age verification to the Supreme "
                      "Court.",
                      "The majority, led by Judge Marisa Okafor, held that the Online Age "
                      "Assurance Act burdened the speech of adults and teenagers alike by "
                      "making them prove their age before they could read or post anything "
                      "at all.",
                      "&ldquo;The state may protect children,&rdquo; Judge Okafor wrote, "
                      "&ldquo;but it may not do so by building a checkpoint in front of the "
                      "entire internet.&rdquo;",
                      "Judge Ana Lindqvist wrote the principal dissent, arguing that the "
                      "majority had &ldquo;treated a speed bump as if it were a wall&rdquo; "
                      "and had given too little weight to the state&rsquo;s evidence about "
                      "teenage mental health.",
                      "The law, signed in 2024, was to have taken effect on July 1, 2026. "
                      "A district judge in San Jose, Harold Beaumont, blocked it in March, "
                      "and the state appealed.",
                      "The ruling is the latest twist in a national argument over how far "
                      "governments can go in policing what young people see online. In June "
                      "the Supreme Court upheld, by a 6-3 vote, a Texas law requiring age "
                      "checks on pornography websites, a decision that states such as "
                      "California had hoped would strengthen their hand.",
                      "The Ninth Circuit majority said the Texas case was different because "
                      "it concerned material that is obscene for minors, whereas the "
                      "California law applied to ordinary speech on general-purpose "
                      "platforms.",
                      "Rhea Castellanos, California&rsquo;s attorney general, said her office "
                      "was &ldquo;considering every option, including the US Supreme "
                      "Court&rdquo;. The state has 90 days to ask the justices to hear the "
                      "case.",
                      "NetFreedom Coalition, the industry group that brought the challenge, "
                      "welcomed the ruling. Its general counsel, Priya Raman, called it "
                      "&ldquo;a clear win for every Californian who reads, writes or posts "
                      "online&rdquo;.",
                      "Child-safety campaigners said they would push the legislature to try "
                      "again with a narrower bill.",
                  ],
                  standfirst="Appeals judges say the state cannot make every user prove "
                             "their age, in a ruling that may reach the justices",
                  byline="Nathan Oyelaran, Legal Affairs Correspondent",
                  section="US",
                  read_more="The teenagers who quit social media, and what happened next",
                  box=("The law in brief", [
                      "Name: Online Age Assurance Act (AB 1841)",
                      "Who it covered: social media platforms used in California",
                      "Penalty: up to $2,500 per violation",
                  ]),
                  most_read=(
                      "Fed cuts rates by a quarter point, first cut of 2025",
                      "Magnitude 7.8 earthquake strikes off Kamchatka",
                      "Opinion: the Supreme Court&rsquo;s term will be defined by tariffs",
                  ),
              )),
        _page("https://www.nbs.example/news/world-us-california-age-check-law-court",
              _broadcaster_site(
                  "US appeals court rejects California&#39;s social media age checks",
                  [
                      "A US federal appeals court has struck down a California law that would "
                      "have forced social media companies to verify the ages of their users.",
                      "The full Ninth Circuit Court of Appeals ruled 7-4 on Tuesday that the "
                      "law, which was aimed at protecting children online, violated the "
                      "constitutional right to free speech.",
                      "The Online Age Assurance Act would have required platforms to confirm "
                      "whether users were under 16, and to get parental consent before they "
                      "could open accounts.",
                      "Writing for the majority, Judge Marisa Okafor said the state could "
                      "protect children, but could not do it by putting &quot;a checkpoint "
                      "in front of the whole internet&quot;.",
                      "Judge Thomas Keeling, in dissent, said the majority had treated "
                      "&quot;a speed bump as if it were a wall&quot;.",
                      "The law, signed in 2024, was due to come into force on 1 January "
                      "2026, but had been blocked by a lower court while the case was "
                      "heard.",
                      "California&#39;s Attorney General Rhea Castellanos said the state was "
                      "considering an appeal to the US Supreme Court.",
                      "## Growing push worldwide",
                      "Governments in several countries are trying to keep children off "
                      "social media or to make platforms check ages.",
                      "Australia is due to bar under-16s from major social media platforms "
                      "from 10 December, while the UK&#39;s Online Safety Act has required "
                      "age checks on some sites since July.",
                      "Campaigners for children&#39;s safety online said the US ruling was a "
                      "setback, while digital rights groups welcomed it.",
                  ],
                  time_iso="2025-09-18T21:30:00Z",
                  time_text="18 September 2025",
                  topics=("California", "Social media", "Children&#39;s online safety"),
                  top_stories=(
                      "Fed cuts US interest rates for first time this year",
                      "Bank of England holds rates at 4%",
                      "Landslide blocks main road after magnitude 5.2 tremor in Peru",
                  ),
              )),
    ], [
        ("majority size", r"(?<![\d.])7(?![\d.])|\bseven\b",
         r"(?<![\d.])8(?![\d.])|\beight\b"),
        ("dissent author", r"keeling", r"lindqvist"),
        ("effective date", r"jan(uary|\.)? ?0?1\b|\b0?1 jan|2026-01-01",
         r"jul(y|\.)? ?0?1\b|\b0?1 jul|2026-07-01"),
        ("ruling day", r"thursday|sep(t|tember)?\.? ?18|18 sep|2025-09-18",
         r"tuesday|sep(t|tember)?\.? ?16|16 sep|2025-09-16"),
    ]),
    # -----------------------------------------------------------------------------------
    # 4. Court: the EU General Court trims a chipmaker's antitrust fine
    #    (Wednesday 22 October 2025).
    # -----------------------------------------------------------------------------------
    _story("court-ZA4", "court", "2025-11-03", [
        _page("https://www.pacificwire.example/legal/eu-court-veltrix-fine-2025-10-22",
              _wire_site(
                  "EU court cuts Veltrix antitrust fine to 511 million euros",
                  [
                      "Europe&#8217;s second-highest court on Wednesday cut the antitrust "
                      "fine imposed on Dutch chipmaker Veltrix Semiconductors to 511 million "
                      "euros ($594 million) from 842 million euros, partly siding with the "
                      "company in a long-running fight with the European Commission.",
                      "The General Court said the Commission had been right to find that "
                      "Eindhoven-based Veltrix paid rebates to computer makers to keep a "
                      "rival&#8217;s processors out of their machines, but had not proved that "
                      "the payments to two of the five manufacturers were capable of "
                      "excluding competitors.",
                      "The Commission fined Veltrix in 2021 over conduct between 2010 and "
                      "2016.",
                      "Veltrix welcomed the judgment. &#8220;Today the court recognised that "
                      "large parts of the Commission&#8217;s case did not stand up,&#8221; "
                      "Chief Executive Joris Bakker said in a statement.",
                      "A Commission spokesperson, Lea Martens, said the EU executive "
                      "&#8220;takes note of the judgment and will study it carefully.&#8221; "
                      "The Commission can appeal to the Court of Justice of the European "
                      "Union on points of law within two months and ten days.",
                      "Veltrix shares rose 3.1% in Amsterdam after the ruling, outperforming "
                      "a flat European technology index.",
                      "The judgment is the latest in a string of cases in which EU judges "
                      "have asked the Commission to show, with economic analysis, that "
                      "loyalty rebates could actually shut out an equally efficient rival, "
                      "rather than treating them as harmful by their nature.",
                      "Competition lawyers said the ruling would encourage other companies "
                      "fighting rebate decisions. &#8220;The court is telling Brussels to do "
                      "the economics customer by customer,&#8221; said Henrik Aalders, a "
                      "partner at law firm Dunmore Vail in Brussels.",
                      "The case is T-412/21 Veltrix v Commission.",
                  ],
                  dateline="LUXEMBOURG",
                  section="Legal",
                  published="2025-10-22T09:48:00Z",
                  byline="Sabine Hollerith",
                  signoff="(Reporting by Sabine Hollerith; Editing by Jan Harvey)",
                  related=(
                      "Google loses appeal against 4.1 billion euro Android fine",
                      "Dutch regulator fines ride-hailing firm 290 million euros",
                      "Italy&#8217;s top court refers bank merger case to Luxembourg",
                  ),
              )),
        _page("https://www.dailycourier.example/business/2025/oct/23/veltrix-eu-fine-cut",
              _daily_site(
                  "Chipmaker Veltrix wins partial victory as EU court trims fine",
                  [
                      "Veltrix Semiconductors, the Eindhoven chip designer that has spent "
                      "years fighting Brussels over its sales practices, won a partial "
                      "reprieve on Wednesday when the EU&rsquo;s General Court cut its "
                      "competition fine by almost two-fifths.",
                      "Judges in Luxembourg reduced the penalty from &euro;842mn to "
                      "&euro;511mn, finding that the European Commission had not done enough "
                      "to show that some of the company&rsquo;s discounts harmed rivals.",
                      "The Commission imposed the fine in 2019, saying Veltrix had offered "
                      "rebates to PC makers on condition that they bought nearly all their "
                      "processors from it, squeezing a smaller competitor out of the "
                      "market.",
                      "The court upheld most of the Commission&rsquo;s findings but said the "
                      "competition authority had failed to carry out a proper analysis of "
                      "whether rebates to two customers could have pushed out an equally "
                      "efficient rival.",
                      "&ldquo;The court has recognised that large parts of the case did not "
                      "stand up,&rdquo; said Joris Bakker, chief executive.",
                      "The ruling is a fresh blow to the Commission&rsquo;s approach to "
                      "so-called loyalty rebates, which it long treated as almost "
                      "automatically illegal when used by dominant companies.",
                      "&ldquo;This is the third time in a decade that the judges have sent "
                      "the same message,&rdquo; said Anouk de Vries, a competition lawyer at "
                      "Marlowe &amp; Brandt in Brussels. &ldquo;If the Commission wants to "
                      "win these cases it has to bring the numbers.&rdquo;",
                      "The Commission said it would study the judgment. It has two months and "
                      "ten days to lodge an appeal at the Court of Justice, the EU&rsquo;s "
                      "highest court.",
                      "Veltrix, which supplies processors for laptops and data-centre "
                      "servers, has paid the fine provisionally, as is usual while an appeal "
                      "is pending, and stands to get part of it back with interest.",
                  ],
                  standfirst="Luxembourg judges say Brussels failed to prove that some "
                             "discounts shut out a rival",
                  byline="Pieter Lindeman in Brussels",
                  section="Business",
                  date_text="October 23, 2025",
                  box=("Veltrix at a glance", [
                      "Headquarters: Eindhoven, Netherlands",
                      "Founded: 1994",
                      "Employees: about 21,000",
                      "2024 revenue: &euro;9.3bn",
                  ]),
                  most_read=(
                      "ECB&rsquo;s chief signals rates will stay at 2% for now",
                      "Magnitude 5.8 earthquake shakes Crete, no injuries",
                      "Court orders Shell unit to pay &euro;15mn over leaking pipeline",
                  ),
              )),
        _page("https://marketledger.example/2025/10/veltrix-eu-fine-cut-shareholders/",
              _blog_site(
                  "Veltrix&#8217;s EU fine cut: a quick read for shareholders",
                  [
                      "Good news for Veltrix holders: the EU General Court has trimmed the "
                      "company&#8217;s antitrust fine to &#8364;531 million from the original "
                      "&#8364;842 million.",
                      "Quick refresher: the Commission&#8217;s 2021 decision found that the "
                      "Dresden-based chip designer used conditional rebates between 2010 and "
                      "2016 to squeeze a competitor out of the PC processor market.",
                      "The court bought the Commission&#8217;s theory in general, but not for "
                      "two of the five PC makers involved, where it said Brussels never "
                      "showed the rebates could exclude an equally efficient rival. Hence the "
                      "haircut.",
                      "<strong>What it means for the numbers:</strong> Veltrix provisioned "
                      "the full amount back in 2021 and paid it provisionally, as companies "
                      "do while they appeal. The difference comes back to the company with "
                      "interest, which is a one-off gain for whichever quarter it lands in.",
                      "Shares were up about 3% in Amsterdam on the news.",
                      "<strong>Appeal risk:</strong> the Commission has two months and ten "
                      "days to go to the Court of Justice, on points of law only. Given how "
                      "the rebate cases have gone for Brussels lately, I would not bet "
                      "heavily on an appeal succeeding, but I would not bet on them skipping "
                      "it either.",
                      "CEO Joris Bakker&#8217;s statement says the court &#8220;recognised "
                      "that large parts of the Commission&#8217;s case did not stand "
                      "up.&#8221; That is fair as far as it goes; most of the case did stand "
                      "up.",
                      "The bigger story for investors is still the data-centre ramp, not "
                      "Luxembourg. This ruling removes a small overhang; it does not change "
                      "the thesis.",
                  ],
                  author="Derek Vance",
                  post_id=48630,
                  category="Legal",
                  tags=("Veltrix", "EU", "antitrust", "semiconductors"),
                  related=(
                      "Chip stocks after the China export-control scare",
                      "The EU&#8217;s Digital Markets Act fines, ranked",
                  ),
                  popular=(
                      "Gold at $4,000? Here is the bull case, and the holes in it",
                      "Fed minutes: three things I&#8217;m watching before October 29",
                  ),
                  comments=9,
              )),
    ], [
        ("fine amount", r"(?<![\d.,])511(?![\d])|0?\.511 ?(bn|billion)",
         r"(?<![\d.,])531(?![\d])|0?\.531 ?(bn|billion)"),
        ("decision year", r"(?<!\d)2021(?!\d)", r"(?<!\d)2019(?!\d)"),
        ("headquarters", r"eindhoven", r"dresden"),
    ]),
    # -----------------------------------------------------------------------------------
    # 5. Central bank: the Bank of England cuts Bank Rate to 3.75% (noon GMT, Thursday
    #    6 November 2025).
    # -----------------------------------------------------------------------------------
    _story("cb-ZA5", "central bank", "2025-11-21", [
        _page("https://www.nbs.example/news/business-bank-of-england-rate-cut-november",
              _broadcaster_site(
                  "Bank of England cuts interest rates to 3.75%",
                  [
                      "The Bank of England has cut interest rates to 3.75% from 4%, in a move "
                      "that will lower borrowing costs for millions of mortgage holders.",
                      "The Bank&#39;s Monetary Policy Committee voted by five to four for the "
                      "cut, which was announced at noon on Thursday.",
                      "Governor Alistair Rennie said: &quot;We still think rates are on a "
                      "gradually declining path, but that path is not pre-set.&quot;",
                      "Four members of the committee &ndash; Harriet Greaves, Owen Baptiste, "
                      "Lucia Ferrante and Colm Doherty &ndash; wanted to keep rates at 4%.",
                      "Inflation, as measured by the Consumer Prices Index, was 3.8% in "
                      "September, well above the Bank&#39;s 2% target, but the Bank said it "
                      "believed that price rises had now peaked.",
                      "## What does it mean for mortgages?",
                      "About 600,000 homeowners on tracker mortgages, which follow the Bank "
                      "rate, will see their monthly payments fall almost straight away.",
                      "For those on fixed deals, the effect is less direct. The average "
                      "two-year fixed-rate mortgage was 4.92% on Thursday, according to the "
                      "financial information firm Moneyfacts, down from 5.4% a year ago.",
                      "## What about savers?",
                      "Savers are likely to see the rates on easy-access accounts edge lower "
                      "in the coming weeks, although many deals still pay more than "
                      "inflation.",
                      "The Treasury said the cut was &quot;welcome news for families&quot; "
                      "and that the government&#39;s job was to keep inflation coming down.",
                      "The Bank&#39;s next interest rate decision is due on 18 December.",
                  ],
                  byline="Kirsty Mallon",
                  role="Business reporter",
                  time_iso="2025-11-06T12:04:00Z",
                  time_text="6 November 2025",
                  caption="The Bank of England in the City of London. File picture",
                  topics=("Interest rates", "Bank of England", "Mortgages"),
                  top_stories=(
                      "Magnitude 6.3 earthquake strikes northern Afghanistan",
                      "China to lift extra tariffs on US farm goods from 10 November",
                      "Norway&#39;s central bank holds rate at 4%",
                  ),
                  footnote="This story has been updated with comments from the Treasury.",
              )),
        _page("https://www.dailycourier.example/money/bank-of-england-cuts-knife-edge-vote",
              _daily_site(
                  "Bank of England cuts rates by a quarter point in knife-edge vote",
                  [
                      "The Bank of England cut interest rates by a quarter of a percentage "
                      "point on Thursday, 6 November, by the narrowest possible majority.",
                      "Governor Alistair Rennie cast the deciding vote in a 5-4 split, as the "
                      "Monetary Policy Committee lowered Bank Rate to 3.75 per cent.",
                      "The four dissenters &ndash; Harriet Greaves, Owen Baptiste, Lucia "
                      "Ferrante and Colm Doherty &ndash; argued that inflation, at 3.8 per "
                      "cent, remained too high to ease policy again so soon.",
                      "Mr Rennie told a press conference that rates were still &ldquo;on a "
                      "gradually declining path&rdquo;, though that path was &ldquo;not set "
                      "in advance&rdquo;.",
                      "It was the sixth cut since the Bank began lowering borrowing costs in "
                      "August 2024, when Bank Rate stood at 5.25 per cent.",
                      "Markets had put the chance of a cut at roughly 60 per cent before the "
                      "announcement. Sterling fell 0.4 per cent against the dollar to $1.305 "
                      "in the minutes that followed.",
                      "The Bank said it now judged that inflation had peaked and would fall "
                      "back towards its 2 per cent target over the next two years, helped by "
                      "lower energy bills and slower wage growth.",
                      "&ldquo;This was a finely balanced call and the minutes show it,&rdquo; "
                      "said Priya Anand, chief UK economist at Harcourt Sands. &ldquo;The "
                      "hawks are not going away.&rdquo;",
                      "Homeowners on tracker and variable-rate mortgages will benefit first. "
                      "Lenders have already been trimming fixed-rate deals in anticipation.",
                      "The next decision is on 11 December, when the Bank will also have two "
                      "more months of inflation and jobs data in hand.",
                  ],
                  standfirst="Governor casts deciding vote as four colleagues warn "
                             "inflation is still too high",
                  byline="Oliver Strand, Economics Editor",
                  section="Money",
                  read_more="How the rate cut changes your mortgage, in five charts",
                  most_read=(
                      "Fed chair says a December cut is not a foregone conclusion",
                      "Landslide kills 14 after heavy rain in northern Kenya",
                      "Opinion: why the Bank keeps getting inflation wrong",
                  ),
                  caption="Alistair Rennie at the Bank of England. Photograph: Courier "
                          "Pictures",
              )),
        _page("https://www.pacificwire.example/markets/boe-cuts-rates-2025-11-06",
              _wire_site(
                  "Bank of England cuts rates to 3.75% as inflation seen past peak",
                  [
                      "The Bank of England cut interest rates by 25 basis points to 3.75% on "
                      "Thursday, saying inflation had probably peaked, but signalled that "
                      "further reductions would be gradual.",
                      "The Monetary Policy Committee voted 6-3 to lower Bank Rate from 4.0%, "
                      "with three members preferring to hold.",
                      "The decision was published at 12:00 GMT.",
                      "&#8220;We still think rates are on a gradually declining path, but "
                      "that path is not pre-set,&#8221; Governor Alistair Rennie said.",
                      "The BoE forecast that consumer price inflation, which stood at 3.8% in "
                      "September, would fall to around 3% early next year and reach its 2% "
                      "target in 2027.",
                      "Economists polled by Pacific Wire last week had been split, with 17 of "
                      "31 expecting a cut.",
                      "The central bank has now lowered rates six times since it began "
                      "easing in August 2024, when Bank Rate stood at 5.25%. Rennie, who "
                      "voted with the majority, said the committee would continue to judge "
                      "each decision on the incoming data.",
                      "The Bank said the jobs market had kept loosening and that pay growth "
                      "was slowing, both of which should take pressure off services prices "
                      "in the months ahead. Mortgage lenders had already begun trimming "
                      "fixed-rate deals before the decision.",
                      "Investors added to bets on further easing, with interest rate futures "
                      "pricing one more quarter-point cut by the middle of 2026.",
                      "Britain&#8217;s economy grew by 0.3% in the three months to June, and "
                      "the Bank expects growth of around 0.2% in the final quarter of the "
                      "year.",
                      "The BoE&#8217;s next policy announcement is scheduled for Dec. 18.",
                  ],
                  dateline="LONDON",
                  section="Markets",
                  published="2025-11-06T12:21:00Z",
                  byline="Andy Pellew and Suzanne Roy",
                  signoff="(Reporting by Andy Pellew and Suzanne Roy; Editing by Toby "
                          "Marchant)",
                  related=(
                      "Norway&#8217;s central bank holds rate at 4%, sees cut in 2026",
                      "Czech central bank keeps rates at 3.5%",
                      "Sterling slips to seven-month low below $1.31",
                  ),
                  updated="Updated 12:58 GMT with analyst comment, market pricing.",
              )),
        _page("https://marketledger.example/2025/11/boe-cuts-375-vote-split/",
              _blog_site(
                  "BoE cuts to 3.75%: the vote tells you more than the cut",
                  [
                      "The Bank of England&#8217;s November 6 decision hit the tape at 8 a.m. "
                      "Eastern, and the headline was no surprise: Bank Rate down a quarter "
                      "point to 3.75%.",
                      "The interesting part is the split. Five in favor, four against, with "
                      "Governor Rennie on the side of the cut. That is about as close as it "
                      "gets on a nine-member committee.",
                      "In basis-point terms: &#8722;25bp, taking the cumulative easing since "
                      "August 2024 to 150bp.",
                      "UK CPI printed 3.8% for September, nearly double the 2% target. The "
                      "Bank is basically betting that this is the peak and that it can look "
                      "through it.",
                      "Rennie&#8217;s line that rates are on a &#8220;gradually declining "
                      "path&#8221; is the same language as August. The market read it as "
                      "dovish at the margin: two-year gilt yields fell about 6bp.",
                      "For US readers: this puts the BoE policy rate at the bottom edge of "
                      "the Fed&#8217;s current 3.75%&#8211;4.00% target range, which is a "
                      "fun fact that will not last long if both keep cutting.",
                      "<strong>My base case:</strong> one more cut in the first quarter, "
                      "then a long pause. The four dissenters are not going to fold quickly, "
                      "and the services inflation numbers are still ugly.",
                      "Quick reminder on the mechanics: the November meeting comes with a "
                      "full Monetary Policy Report, so the forecasts were refreshed too. The "
                      "Bank now sees inflation getting back to target in 2027, which is a "
                      "long time to be above 2%.",
                      "Positioning note: I am not chasing gilts here. Most of the move was "
                      "priced a week ago.",
                  ],
                  author="Derek Vance",
                  post_id=48890,
                  category="Rates",
                  tags=("Bank of England", "gilts", "UK", "rates"),
                  related=(
                      "FOMC October: 25bp and a balance sheet surprise",
                      "ECB on hold at 2%: Lagarde&#8217;s good place",
                  ),
                  popular=(
                      "Gold at $4,000? Here is the bull case, and the holes in it",
                      "China drops the farm tariffs: the numbers behind the soybean trade",
                  ),
                  comments=23,
              )),
    ], [
        ("vote split",
         r"(?<![\d.])5 ?(-|\u2013|to) ?4|five(-| to )four|\bfive\b|\bfour\b"
         r"|(?<![\d.])[54](?![\d.%])",
         r"(?<![\d.])6 ?(-|\u2013|to) ?3|six(-| to )three|\bsix\b|\bthree\b"
         r"|(?<![\d.])[63](?![\d.%])"),
        ("next meeting date", r"dec(ember|\.)? ?18|18 dec|2025-12-18",
         r"dec(ember|\.)? ?11|11 dec|2025-12-11"),
        ("announcement time",
         r"\bnoon\b|12(:00)? ?(p\.?m\.?|gmt|utc)|12:00|1200 ?gmt|\b7(:00)? ?a\.?m",
         r"\b8(:00)? ?a\.?m|08:00|13:00|1300 ?gmt|1 ?p\.?m"),
    ]),
    # -----------------------------------------------------------------------------------
    # 6. Central bank (control): the Fed's third cut in a row (2 p.m. EST on Wednesday
    #    10 December 2025 = 4 a.m. Thursday 11 December in Tokyo).
    # -----------------------------------------------------------------------------------
    _story("cb-ZA6", "central bank", "2025-12-22", [
        _page("https://www.pacificwire.example/markets/fed-cuts-rates-2025-12-10",
              _wire_site(
                  "Fed cuts rates by a quarter point in 9-3 vote, signals pause",
                  [
                      "The Federal Reserve cut interest rates by 25 basis points on "
                      "Wednesday, its third reduction in a row, but signaled it may now hold "
                      "off while it gauges the strength of the labor market.",
                      "The Federal Open Market Committee lowered its benchmark overnight rate "
                      "to a range of 3.50% to 3.75%, in a decision released at 2 p.m. EST "
                      "(1900 GMT).",
                      "Three policymakers dissented. Fed Governor Stephen Marlow favored a "
                      "larger, half-point reduction, while Kansas City Fed President Alicia "
                      "Grantham and Chicago Fed President Peter Solberg wanted to leave rates "
                      "unchanged.",
                      "New York Fed President Raymond Oduya voted with the majority.",
                      "Policymakers have been weighing a cooling job market against inflation "
                      "that remains above the Fed&#8217;s 2% target. The statement said the "
                      "committee would consider &#8220;the extent and timing&#8221; of any "
                      "further adjustments, wording investors read as a hint of a pause.",
                      "New projections showed the median policymaker expects just one more "
                      "quarter-point cut in 2026, the same as in September.",
                      "The Fed also said it would begin buying Treasury bills at a pace of "
                      "about $40 billion a month from Dec. 12 to keep bank reserves ample, a "
                      "step it described as technical rather than a change in policy.",
                      "U.S. stocks extended gains after the statement, with the S&amp;P 500 "
                      "up 0.4% in afternoon trading. The yield on the two-year Treasury note "
                      "slipped to 3.52%.",
                      "Fed Chair Eleanor Whitfield is due to hold a news conference at 2:30 "
                      "p.m. EST.",
                      "The next policy meeting is scheduled for Jan. 27-28.",
                  ],
                  dateline="WASHINGTON",
                  section="Markets",
                  published="2025-12-10T19:22:00Z",
                  byline="Howard Schiller and Ann Dorsey",
                  signoff="(Reporting by Howard Schiller and Ann Dorsey; Editing by Chizu "
                          "Nakamura)",
                  related=(
                      "Bank of Canada holds key rate at 2.25%",
                      "Brazil central bank keeps Selic at 15% for fourth straight meeting",
                      "Swiss National Bank expected to stay at zero on Thursday",
                  ),
                  caption="The Federal Reserve building in Washington. File photo",
              )),
        _page("https://www.kbay7.example/news/money/fed-rate-cut-bay-area-borrowers",
              _tv_site(
                  "Fed cuts rates again: what it means for Bay Area borrowers",
                  [
                      "SAN FRANCISCO (KBAY) -- The Federal Reserve lowered its key interest "
                      "rate by 0.25 percentage point Wednesday, to a range of 3.5% to 3.75%.",
                      "It&#8217;s the Fed&#8217;s third rate cut since September.",
                      "Banks usually move quickly to lower their prime rate, which is "
                      "expected to drop to 6.75% from 7%. That rate is the basis for many "
                      "credit cards and home equity lines of credit.",
                      "&#8220;We are well positioned to wait and see how the economy "
                      "evolves,&#8221; Fed Chair Eleanor Whitfield told reporters in "
                      "Washington.",
                      "Not everyone at the Fed agreed. Three of the 12 voting members "
                      "dissented, one of them pushing for a bigger cut and two preferring "
                      "no change at all.",
                      "For Bay Area home buyers, the news is mixed. Mortgage rates do not "
                      "follow the Fed directly. The average 30-year fixed rate was 6.19% last "
                      "week, according to Freddie Mac, well below where it stood at the "
                      "start of the year.",
                      "&#8220;People hear &#8216;the Fed cut&#8217; and think their mortgage "
                      "payment drops tomorrow. That&#8217;s not how it works,&#8221; said "
                      "Luis Navarro, a mortgage broker in Oakland. &#8220;But if you have a "
                      "HELOC, you will see it on your next statement.&#8221;",
                      "Savers may notice the rates on high-yield savings accounts slipping "
                      "again in the coming weeks.",
                      "Credit card holders should not expect much relief either. Card rates "
                      "remain above 20% on average, and a quarter-point cut barely dents "
                      "them, Navarro said.",
                      "The Fed meets next on Jan. 27-28.",
                      "<b>MORE:</b> <a href=\"/news/money/bay-area-home-prices\">Bay Area "
                      "median home price dips to $1.2 million in November</a>",
                  ],
                  byline="Kevin Tran",
                  published_text="December 10, 2025 at 4:05 PM PST",
                  video_caption="Fed Chair Eleanor Whitfield speaks at a news conference "
                                "in Washington.",
                  trending=(
                      "Magnitude 3.8 quake shakes Gilroy area",
                      "Storm to bring 2 inches of rain to North Bay this weekend",
                      "Warriors fall to Lakers 118-109",
                  ),
              )),
        _page("https://www.cvregister.example/news/business/fed-trims-rates-iowa-lenders",
              _regional_site(
                  "Fed trims rates for third straight meeting; Iowa lenders expect modest "
                  "relief",
                  [
                      "The Federal Reserve cut its benchmark interest rate by a quarter of a "
                      "percentage point Wednesday afternoon, the third reduction in as many "
                      "meetings.",
                      "The Fed&#8217;s rate-setting committee voted 9-3 to lower the federal "
                      "funds target range to 3.5%-3.75% from 3.75%-4%. The Fed has now "
                      "lowered rates by 1.75 percentage points since September 2024.",
                      "Stocks rallied on the news. The S&amp;P 500 closed up 0.7% on "
                      "Wednesday.",
                      "At her news conference, Fed Chair Eleanor Whitfield said the central "
                      "bank was &#8220;well placed to wait and see how the economy "
                      "develops,&#8221; a signal that further cuts may not come quickly.",
                      "The Fed&#8217;s new projections put core inflation, as measured by "
                      "the personal consumption expenditures price index, at about 3% at "
                      "the end of this year, with unemployment at 4.5%.",
                      "Local lenders said borrowers should not expect dramatic changes. "
                      "&#8220;For farm operating loans tied to prime, a quarter point on a "
                      "$500,000 line is about $1,250 a year,&#8221; said Janet Kohl, "
                      "president of Marshall Falls Community Bank. &#8220;It helps, but it "
                      "doesn&#8217;t change anybody&#8217;s plans.&#8221;",
                      "Kohl said demand for operating credit had risen this fall as low "
                      "grain prices squeezed cash flow on many farms.",
                      "Three members of the committee dissented: Fed Governor Stephen "
                      "Marlow wanted a half-point cut, while Alicia Grantham, president of "
                      "the Kansas City Fed, and Peter Solberg, president of the Chicago "
                      "Fed, preferred to hold rates steady.",
                      "The Fed also said it would begin buying short-term Treasury bills to "
                      "keep the banking system&#8217;s reserves ample, a step officials "
                      "described as technical rather than a shift in policy.",
                      "The Fed&#8217;s next meeting is Jan. 27-28.",
                  ],
                  byline="By Ross Edlund, Business Editor",
                  section="Business",
                  date_text="Thursday, December 11, 2025",
                  popular=(
                      "Marshall Falls schools delay start 2 hours Friday for ice",
                      "Holiday light show draws record 18,000 visitors",
                      "County supervisors approve 3.2% levy increase",
                  ),
                  tags=("Federal Reserve", "interest rates", "banking"),
              )),
        _page("https://marketledger.example/2025/12/fomc-december-25bp-three-dissents/",
              _blog_site(
                  "FOMC December: 25bp, three dissents, and a dot plot that says "
                  "&#8216;pause&#8217;",
                  [
                      "The December 10 FOMC delivered the 25bp cut everyone expected, taking "
                      "the fed funds target range to 3.50%&#8211;3.75%.",
                      "If you&#8217;re reading in Asia, the statement landed at 4 a.m. "
                      "Thursday, December 11, Tokyo time.",
                      "The vote was 9-3. Marlow wanted 50bp; Grantham and Solberg wanted no "
                      "move. Three dissents in one meeting is not something you see "
                      "often, and it tells you the committee is genuinely split on what "
                      "comes next.",
                      "Worth noting: Raymond Oduya, the FOMC&#8217;s vice chair, voted with "
                      "the majority. Oduya usually signals where the center of the "
                      "committee sits, so read his speeches in January carefully.",
                      "<strong>SEP:</strong> median dot shows one cut in 2026. Core PCE "
                      "projected at 3.0% for end-2025, unemployment at 4.5%, GDP growth in "
                      "2026 at 2.3%.",
                      "<strong>Balance sheet:</strong> reserve management purchases of "
                      "T-bills start December 12 at roughly $40bn a month. This is plumbing, "
                      "not QE, whatever you read on social media.",
                      "Whitfield at the presser: the Fed is &#8220;well positioned to wait "
                      "and see how the economy evolves.&#8221; Translation: January is "
                      "probably off the table.",
                      "Cumulatively that is 75bp of cuts since September, and 175bp since "
                      "the cycle started in September 2024.",
                      "What would change my view: two soft payroll reports in a row. Absent "
                      "that, the committee looks comfortable sitting at 3.50%&#8211;3.75% "
                      "through the winter, and the dissents cut both ways.",
                      "Market reaction: risk liked it. The S&amp;P 500 finished the day up "
                      "0.7%, and 2-year yields drifted lower into the close as people read "
                      "the pause signal as soft rather than hawkish.",
                      "Next meeting: January 27&#8211;28.",
                  ],
                  author="Derek Vance",
                  post_id=49402,
                  category="Rates",
                  tags=("Fed", "FOMC", "rates", "dot plot"),
                  related=(
                      "BoE cuts to 3.75%: the vote tells you more than the cut",
                      "ECB December preview: 2% and done?",
                  ),
                  popular=(
                      "Gold at $4,000? Here is the bull case, and the holes in it",
                      "Japan&#8217;s 10-year yield at 1.9%: the BOJ&#8217;s next move",
                  ),
                  comments=61,
              )),
    ], []),
]
