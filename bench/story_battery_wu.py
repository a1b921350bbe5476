"""Part WU of the story battery (web pages).

Written by engineer WU1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WU`.

Six stories (three rocket test flights, three earthquakes), each told by three or four
invented outlets whose whole HTML pages are built by one template per outlet: a wire
service, a national daily, a local TV station, a WordPress finance blog, a public
broadcaster and an ad-heavy regional paper. One earthquake story is a control story with
no planted disagreement.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WU", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _when(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def _li(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="#">{t}</a></li>' for t in items)


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service (semantic <article>, JSON-LD date, dateline)
# --------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, section: str = "World",
               caption: str | None = None, related: list[str] | None = None,
               updated: str | None = None, correction: str | None = None,
               editing: str = "Editing by Paul Mwangi") -> str:
    head_ld = ""
    stamp = ""
    if published:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": html.unescape(title), "datePublished": published,
              "author": {"@type": "Person", "name": byline},
              "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
        head_ld = ('<script type="application/ld+json">' + json.dumps(ld)
                   + "</script>\n")
        when = _when(published)
        stamp = (f'<time class="pw-time" datetime="{published}">'
                 f'{when.strftime("%B %d, %Y")} {when.strftime("%H:%M")} GMT</time>')
    fig = ""
    if caption:
        fig = ('<figure class="pw-figure"><img src="/media/lead.jpg" alt="" width="960" '
               f'height="540"><figcaption>{caption}</figcaption></figure>\n')
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f'<span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> {p}'
        body.append(f"<p>{p}</p>")
    tail = ""
    if updated:
        tail += f'<p class="pw-updated"><em>{updated}</em></p>\n'
    if correction:
        tail += f'<p class="pw-correction"><strong>Correction:</strong> {correction}</p>\n'
    rel = _li(related or [])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pacific Wire</title>
<link rel="canonical" href="https://www.pacificwire.example/">
{head_ld}</head>
<body class="pw">
<a class="pw-skip" href="#main">Skip to content</a>
<header class="pw-masthead">
<div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
<nav class="pw-nav"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/graphics">Graphics</a></li>
</ul></nav>
<a class="pw-signin" href="/account">Sign in</a>
</header>
<main id="main">
<article class="pw-story">
<div class="pw-kicker"><a href="/{section.lower()}">{section}</a></div>
<h1 class="pw-headline">{title}</h1>
<div class="pw-meta"><span class="pw-byline">By {byline}</span> {stamp}</div>
<div class="pw-share" aria-label="Share"><button>Share on Facebook</button>
<button>Tweet</button><button>Copy link</button></div>
{fig}<div class="pw-body">
{chr(10).join(body)}
<p class="pw-credit">(Reporting by {byline}; {editing})</p>
{tail}</div>
<div class="pw-trust">Our Standards: <a href="/trust">The Pacific Wire Trust Principles</a>
</div>
</article>
<aside class="pw-related"><h2>Related coverage</h2><ul>{rel}</ul></aside>
</main>
<footer class="pw-footer"><p>&copy; 2025 Pacific Wire. All rights reserved.
Data is delayed at least 15 minutes.</p>
<p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/contact">Contact</a> &middot; <a href="/careers">Careers</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily (div soup, cookie banner, paywall)
# --------------------------------------------------------------------------------------
def _daily_site(title: str, deck: str, paras: list[str], *, byline: str,
                published: str | None = None, section: str = "Science",
                caption: str | None = None, read_more: str | None = None,
                most_read: list[str] | None = None, bio: str = "") -> str:
    meta = ""
    shown = ""
    if published:
        when = _when(published)
        meta = f'<meta property="article:published_time" content="{published}">\n'
        shown = (f'<span class="pubdate">Published {when.strftime("%B")} '
                 f'{when.day}, {when.year}</span>')
    fig = ""
    if caption:
        fig = ('<div class="media-block"><div class="img-ph" data-src="/img/hero.jpg">'
               f'</div><div class="media-caption">{caption}</div></div>\n')
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="para-wrap"><p class="body-text">{p}</p></div>')
        if i == 1 and read_more:
            chunks.append('<div class="inline-rm"><strong>Read more:</strong> '
                          f'<a href="/news/related">{read_more}</a></div>')
        if i % 3 == 2 and i < len(paras) - 1:
            chunks.append('<div class="ad-slot ad-mid"><span class="ad-label">'
                          'Advertisement</span><div class="ad-frame"></div></div>')
    mr = "".join(f'<li><span class="rank">{n}</span> <a href="#">{t}</a></li>'
                 for n, t in enumerate(most_read or [], 1))
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{title} | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}<link rel="stylesheet" href="/static/courier.min.css">
</head>
<body class="page-article">
<div id="cc-banner" class="cookie-consent">
<div class="cc-text">We use cookies and similar technologies to improve your experience,
measure our audience and show you personalised ads. <a href="/privacy">Learn more</a></div>
<div class="cc-buttons"><button class="cc-accept">Accept all</button>
<button class="cc-manage">Manage choices</button></div>
</div>
<div class="wrap">
<div class="masthead"><div class="brand"><a href="/">The Daily Courier</a></div>
<div class="nav-row"><a href="/us">U.S.</a> <a href="/world">World</a>
<a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/science">Science</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a>
<a class="btn-sub" href="/subscribe">Subscribe</a></div></div>
<div class="content-grid">
<div class="col-main">
<div class="article-shell">
<div class="hed-wrap"><div class="section-tag">{section}</div>
<h1 class="hed">{title}</h1>
<div class="dek">{deck}</div></div>
<div class="byline-row"><span class="by">{byline}</span> {shown}</div>
{fig}<div class="article-body">
{chr(10).join(chunks)}
</div>
<div class="paywall-teaser"><div class="pw-inner">You have read 2 of 5 free articles this
month. <a href="/subscribe">Subscribe now</a> for unlimited access.</div></div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Copy link</a> <a href="#">Email</a></div>
<div class="author-bio"><div class="bio-text">{bio}</div></div>
<div class="comments-teaser"><a href="#comments">View comments</a></div>
</div>
</div>
<div class="col-rail">
<div class="ad-slot ad-rail"><span class="ad-label">Advertisement</span></div>
<div class="most-read"><div class="rail-hed">Most read</div><ol>{mr}</ol></div>
<div class="newsletter-box"><div class="nl-hed">The Morning Courier</div>
<div class="nl-text">The day&#8217;s essential news, in your inbox before 7 a.m.</div>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</div>
</div>
<div class="footer"><div class="footer-links"><a href="/about">About us</a>
<a href="/contact">Contact</a> <a href="/help">Help</a> <a href="/terms">Terms</a>
<a href="/privacy">Privacy</a></div>
<div class="copyright">&copy; 2025 The Daily Courier Company, 1200 Commerce Avenue,
Suite 400, Columbus, OH 43215</div></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: KXRT 7, a local TV station (styled-div headline, <br> paragraphs, video)
# --------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, byline: str,
             visible_date: str | None = None, caption: str | None = None,
             trending: list[str] | None = None) -> str:
    meta = f'<span class="sm-by">{byline}</span>'
    if visible_date:
        meta += f' <span class="sm-sep">|</span> <span class="sm-date">{visible_date}</span>'
    video = ""
    if caption:
        video = ('<div class="video-wrap"><div class="player" data-id="v-88231">'
                 'Video player loading&hellip;</div>'
                 f'<div class="vid-cap">{caption}</div></div>\n')
    text = "<br><br>\n".join(paras)
    tr = "".join(f'<div class="tr-item"><a href="#">{t}</a></div>' for t in trending or [])
    return f"""<html>
<head>
<title>{title} - KXRT 7 News</title>
<meta name="description" content="{title}">
<script src="/js/player.bundle.js"></script>
</head>
<body>
<div id="app">
<div class="top-bar"><a href="#content" class="skip-link">Skip to content</a>
<div class="weather-mini">Harlingen&nbsp;84&deg;F&nbsp;Partly Cloudy</div>
<a class="live-btn" href="/live">WATCH LIVE</a></div>
<div class="navbar"><div class="logo"><a href="/">KXRT 7</a></div>
<div class="menu"><a href="/news">News</a> <a href="/weather">Weather</a>
<a href="/traffic">Traffic</a> <a href="/sports">Sports</a>
<a href="/community">Community</a> <a href="/contests">Contests</a></div></div>
<div id="content" class="page">
<div class="left">
<div class="story-title" style="font-size:30px;font-weight:700;line-height:1.2">{title}</div>
<div class="story-meta">{meta}</div>
{video}<div class="story-text">
{text}
</div>
<div class="app-promo">Download the KXRT 7 News app for breaking news alerts.</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Copy link</a></div>
<div class="copyright">Copyright 2025 KXRT. All rights reserved.</div>
</div>
<div class="right">
<div class="ad-box">Advertisement</div>
<div class="trending"><div class="tr-h">Trending on KXRT 7</div>{tr}</div>
<div class="ad-box">Advertisement</div>
</div>
</div>
<div class="site-footer">KXRT 7 &middot; 400 N. Sunshine Strip, Harlingen, TX 78550 &middot;
<a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot;
<a href="/cc">Closed Captioning</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Ledger Lane, a WordPress finance blog
# --------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, post_id: int,
               category: str, tags: list[str], recent: list[str],
               comments: int = 0, comment: str | None = None) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                          for t in tags)
    rec = "".join(f'<li><a href="#">{t}</a></li>' for t in recent)
    cm = ""
    if comments:
        first = ""
        if comment:
            first = ('<ol class="comment-list"><li class="comment"><div class="comment-body">'
                     '<div class="comment-author vcard"><b class="fn">jkw_trader</b> '
                     f'<span class="says">says:</span></div><p>{comment}</p></div></li></ol>')
        cm = (f'<div id="comments" class="comments-area"><h2 class="comments-title">'
              f'{comments} thoughts on &ldquo;{title}&rdquo;</h2>{first}'
              '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Ledger Lane</title>
<meta property="og:site_name" content="Ledger Lane">
<meta property="og:type" content="article">
<link rel='stylesheet' id='wp-block-library-css'
 href='https://ledgerlane.example/wp-includes/css/dist/block-library/style.min.css'
 media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Ledger Lane</a></p>
<p class="site-description">Markets, money &amp; the machines behind them</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/markets/">Markets</a></li><li><a href="/category/space/">Space</a></li>
<li><a href="/category/insurance/">Insurance</a></li>
<li><a href="/category/asia/">Asia</a></li><li><a href="/about/">About</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish
 format-standard hentry category-{category.lower()}">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/">{author}</a></span></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-link" href="#">Copy link</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in
<a href="/category/{category.lower()}/" rel="category tag">{category}</a></span>
<span class="tags-links">Tagged {tag_links}</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev">Previous post</a></div>
<div class="nav-next"><a href="#" rel="next">Next post</a></div></div></nav>
{cm}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{rec}</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Get the Lane letter</h2>
<div class="textwidget">One email every Sunday. No hype, no tips.
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger Lane
<span class="sep"> | </span>Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: NPB News, a public broadcaster (key-points box, listen button)
# --------------------------------------------------------------------------------------
def _public_site(title: str, paras: list[str], *, byline: str | None = None,
                 visible_date: str | None = None, caption: str | None = None,
                 key_points: list[str] | None = None, more: list[str] | None = None,
                 listen_min: int = 4) -> str:
    date_html = ""
    if visible_date:
        date_html = f'<div class="ar-date"><span>{visible_date}</span></div>'
    fig = ""
    if caption:
        fig = ('<figure class="ar-img"><img src="/images/ic/976x549/p0.jpg" alt="">'
               f'<figcaption><span class="vh">Image caption, </span>{caption}'
               '</figcaption></figure>\n')
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f'<p class="ar-intro"><b>{p}</b></p>')
        else:
            blocks.append(f"<p>{p}</p>")
        if i == 1 and key_points:
            kp = "".join(f"<li>{k}</li>" for k in key_points)
            blocks.append(f'<div class="key-points"><h2>Key points</h2><ul>{kp}</ul></div>')
    by = f'<div class="ar-byline">{byline}</div>' if byline else ""
    mo = "".join(f'<li><a href="#">{t}</a></li>' for t in more or [])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NPB News</title>
<meta property="og:site_name" content="NPB News">
<meta name="robots" content="max-image-preview:large">
</head>
<body>
<a class="skip" href="#main-content">Skip to content</a>
<header class="npb-header"><div class="npb-logo"><a href="/">NPB</a></div>
<nav aria-label="NPB"><a href="/">Home</a> <a href="/news">News</a> <a href="/radio">Radio</a>
<a href="/tv">TV</a> <a href="/weather">Weather</a> <a href="/sounds">Sounds</a></nav>
<button class="npb-signin">Sign in</button></header>
<nav class="news-nav"><a href="/news/world">World</a> <a href="/news/science">Science</a>
<a href="/news/business">Business</a> <a href="/news/politics">Politics</a>
<a href="/news/health">Health</a></nav>
<main id="main-content">
<article>
<header class="ar-head"><h1 id="main-heading">{title}</h1>
{date_html}
<div class="listen"><button>Listen to this article</button> <span>{listen_min} min</span></div>
</header>
{fig}{by}
<div class="text-block">
{chr(10).join(blocks)}
</div>
<div class="ar-share"><button>Share</button> <button>Copy link</button></div>
</article>
<section class="more"><h2>More from NPB News</h2><ul>{mo}</ul></section>
</main>
<footer class="npb-footer"><p>Northland Public Broadcasting is funded by the people it
serves. <a href="/about">About NPB</a> &middot; <a href="/terms">Terms of Use</a> &middot;
<a href="/privacy">Privacy Policy</a> &middot; <a href="/cookies">Cookies</a></p>
<p>&copy; NPB 2025. NPB is not responsible for the content of external sites.
Broadcasting House, 2 Meridian Square.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: The Harbor Gazette, a regional paper with heavy ads (table layout, div title)
# --------------------------------------------------------------------------------------
def _gazette_site(title: str, paras: list[str], *, byline: str,
                  read_more: str | None = None, most_read: list[str] | None = None,
                  breaking: str | None = None) -> str:
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f"<p>{p}</p>")
        if i == 2 and read_more:
            chunks.append(f'<p class="rm"><b>Read more:</b> <a href="#">{read_more}</a></p>')
        if i in (1, 4, 7) and i < len(paras) - 1:
            chunks.append('<div class="adunit inline-ad"><small>Advertisement</small>'
                          '<div class="ad-ph" style="height:250px"></div></div>')
    mr = "".join(f"<li><a href=\"#\">{t}</a></li>" for t in most_read or [])
    brk = ""
    if breaking:
        brk = f'<div class="breaking"><b>BREAKING:</b> <a href="#">{breaking}</a></div>'
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | The Harbor Gazette</title>
<meta name="keywords" content="news, world, harbor gazette">
</head>
<body bgcolor="#ffffff">
<div id="top-ad" class="adunit leaderboard"><small>Advertisement</small><br>
<a href="#"><img src="/ads/728x90.gif" alt="Port Ellery Motors - 0% financing for 72 months"></a>
</div>
<table width="100%" class="hdr" cellpadding="0" cellspacing="0"><tr>
<td class="logo"><a href="/"><img src="/img/gazette-logo.png" alt="The Harbor Gazette"></a></td>
<td class="wx">Port Ellery 61&deg;F</td>
<td class="acct"><a href="/subscribe">Subscribe &ndash; $1 a week for 3 months</a> |
<a href="/login">Log in</a> | <a href="/eedition">e-Edition</a></td></tr></table>
<div class="navbar"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/local">Local</a>
| <a href="/obits">Obituaries</a> | <a href="/sports">Sports</a> | <a href="/opinion">Opinion</a>
| <a href="/classifieds">Classifieds</a> | <a href="/jobs">Jobs</a></div>
{brk}
<div id="cnt"><div class="l-col">
<div class="art-hdr" style="font:bold 32px Georgia,serif;margin:12px 0">{title}</div>
<div class="art-by">{byline}</div>
<div class="txt">
{chr(10).join(chunks)}
</div>
<div class="sponsored"><b>You May Like</b> <small>Sponsored</small>
<div class="sp-item"><a href="#">Port Ellery homeowners are replacing their roofs for almost
nothing &ndash; see if you qualify</a></div>
<div class="sp-item"><a href="#">The $9 kitchen gadget chefs don&#8217;t want you to know
about</a></div></div>
<div class="nl">Get the Gazette Morning Briefing in your inbox.
<input type="text" name="em"> <button>Sign up</button></div>
<div class="comments-teaser">Comments &ndash; <a href="/login">log in</a> to join the
conversation</div>
</div>
<div class="r-col"><div class="adunit"><small>Advertisement</small></div>
<div class="mostread"><b>Most Read</b><ol>{mr}</ol></div>
<div class="adunit"><small>Advertisement</small></div></div>
</div>
<div class="ftr">The Harbor Gazette &middot; 14 Quay Street, Port Ellery &middot;
(555) 014-2200<br>&copy; 2025 Harbor Media Group. All rights reserved. |
<a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> |
<a href="/dns">Do Not Sell My Personal Information</a></div>
</body>
</html>
"""


# ======================================================================================
# Stories
# ======================================================================================
STORIES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------------------------
    # rocket-WU1: fourth test flight of Starward's Talon rocket (Tuesday 26 Aug 2025)
    # ---------------------------------------------------------------------------------
    _story("rocket-WU1", "rocket", "2025-08-29", [
        _page("https://www.pacificwire.example/science/starward-talon-fourth-flight-2025-08-27",
              _wire_site(
                  "Starward&#8217;s Talon rocket completes fourth test flight, ship splashes down "
                  "on target",
                  [
                      "Starward Dynamics flew its giant Talon rocket on a largely successful "
                      "fourth test flight on Tuesday, sending its upper stage halfway around the "
                      "world to a controlled splashdown in the Indian Ocean after two earlier "
                      "attempts ended in failure.",
                      "The 121-metre rocket lifted off from the company&#8217;s Laguna Point "
                      "launch site on the South Texas coast at 23:30 GMT, all 33 of its "
                      "first-stage engines firing, and climbed into a cloudless evening sky.",
                      "The first stage, designated Booster 17, flipped around about two and a "
                      "half minutes into the flight and steered itself back toward the coast "
                      "before splashing down in the Gulf of Mexico roughly seven minutes after "
                      "launch. Starward did not try to catch the booster with its launch tower "
                      "this time, a spokesperson said.",
                      "The upper stage, Ship 34, reached a peak altitude of about 190 km, "
                      "released eight dummy satellites through a slot in its side and briefly "
                      "relit one of its engines in space, a manoeuvre the company must master "
                      "before it can bring ships back to a landing site.",
                      "It then plunged back through the atmosphere, its heat-shield tiles glowing "
                      "on the company&#8217;s live video feed, and splashed down at 00:36 GMT on "
                      "Wednesday in the target zone west of Australia.",
                      "&#8220;Every single objective we set for this flight, we hit,&#8221; Lena "
                      "Okafor, Starward&#8217;s founder and chief executive, told employees in a "
                      "webcast from the control room after the splashdown. &#8220;The last two "
                      "flights were hard on this team. Tonight was theirs.&#8221;",
                      "The second flight, in March, and the third, in May, both ended with the "
                      "upper stage breaking apart minutes after launch, scattering debris over "
                      "the sea and forcing the Federal Aviation Administration to ground the "
                      "vehicle while the company investigated.",
                      "The FAA cleared Starward to fly again on Aug. 15 after accepting its "
                      "findings, which blamed a fuel leak in the ship&#8217;s engine bay.",
                      "Starward, which is privately held, has said it wants Talon to carry its "
                      "first paying satellites next year. Okafor later posted a photo of the ship "
                      "floating in the water, taken by a buoy the company had dropped in the "
                      "area, with the words &#8220;Hello, Ship 34.&#8221;",
                  ],
                  dateline="LAGUNA POINT, Texas", byline="Carla Brandt",
                  published="2025-08-27T01:05:00Z", section="Science",
                  related=[
                      "Japan&#8217;s Hikari-3 rocket places weather satellite in orbit on third "
                      "try",
                      "Magnitude 5.4 quake shakes northern Chile, no damage reported",
                      "European launcher start-up raises 150 million euros ahead of 2026 debut",
                      "Starward targets Tuesday for fourth Talon flight after FAA clears rocket",
                  ])),
        _page(
            "https://www.dailycourier.example/science/2025/08/26/starward-talon-test-flight-succes"
            "s",
              _daily_site(
                  "After two failures, Starward&#8217;s Talon finally nails a test flight",
                  "The rocket&#8217;s upper stage survived re-entry and splashed down in the "
                  "Indian Ocean, a lift for the Texas company&#8217;s plans",
                  [
                      "For once, the fireworks over the Gulf Coast on Tuesday were the kind "
                      "Starward Dynamics had planned.",
                      "The company&#8217;s Talon rocket, the largest and most powerful ever flown "
                      "from Texas, lifted off at 6:30 p.m. Central time and carried out almost "
                      "every task on its flight plan, ending with its upper stage splashing down "
                      "at 7:46 p.m. in a patch of the Indian Ocean chosen months in advance.",
                      "&#8220;We hit every objective we set for this flight,&#8221; said Starward "
                      "president Lena Okafor, who has spent much of the summer defending the "
                      "program in front of investors and regulators.",
                      "The flight was the fourth for Talon and the first since May, when the "
                      "upper stage broke apart over the Gulf minutes after launch. Investigators "
                      "later traced that failure to a fuel leak.",
                      "This time, Booster 18, the rocket&#8217;s first stage, shut down its "
                      "engines on schedule, separated and steered itself to a splashdown in the "
                      "Gulf. The booster is meant eventually to be caught by mechanical arms on "
                      "the launch tower and flown again within hours, but engineers chose not to "
                      "attempt a catch on Tuesday.",
                      "The upper stage, known as Ship 34, pushed on to space. About 20 minutes "
                      "into the flight it opened a hatch and pushed out eight dummy satellites, "
                      "roughly the size and weight of the internet satellites Starward hopes to "
                      "launch for customers, before reigniting one engine for a short burn.",
                      "Re-entry was the moment that had worried engineers most. Thousands of "
                      "hexagonal tiles protect the ship&#8217;s belly, and on earlier flights "
                      "several had shaken loose. Live video on Tuesday showed the ship glowing "
                      "orange and pink as it fell, but holding its shape.",
                      "Independent analysts said the result bought Starward time. &#8220;Had this "
                      "failed, you&#8217;d be looking at a very different conversation in "
                      "Washington,&#8221; said Ra&uacute;l Ibarra, a launch-industry consultant "
                      "in Houston. &#8220;Now they can point to a clean flight.&#8221;",
                      "The company is valued at about $28 billion after a funding round this "
                      "spring and counts several federal agencies among its prospective customers.",
                      "The Federal Aviation Administration, which licenses commercial launches, "
                      "said no public safety issues were reported.",
                  ],
                  byline="By Marisa Qualls", published="2025-08-27T03:15:00Z",
                  section="Science",
                  caption=(
                      "The Talon rocket climbs away from Laguna Point, Texas, on Tuesday evening. "
                      "Photo: Jorge Leal for The Daily Courier"
                  ),
                  read_more=(
                      "Starward targets Tuesday for fourth Talon flight after FAA clears rocket"
                  ),
                  most_read=[
                      "Fed&#8217;s Powell signals a September cut is on the table",
                      "Storm floods 1,200 homes in coastal Carolina",
                      "Appeals court to hear tariff challenge on Sept. 3",
                      "The 9 best cheap flights for Labor Day weekend",
                      "Why rents fell 2.1% in Sun Belt cities this summer",
                  ],
                  bio=(
                      "Marisa Qualls covers space and aviation for The Daily Courier. She joined "
                      "the paper in 2019 from a wire service in Houston."
                  ))),
        _page("https://www.kxrt7.example/news/local/talon-launch-lights-up-valley-sky/88231",
              _tv_site(
                  "Talon launch lights up Valley sky as thousands watch from the beach",
                  [
                      "Thousands of people packed the beaches of South Padre Island on Tuesday "
                      "evening to watch Starward Dynamics launch its Talon rocket for a fourth "
                      "time &#8212; and this time, the company says, everything went right.",
                      "The nearly 400-foot rocket left the pad at Laguna Point at 6:30 p.m. with "
                      "a roar that rattled windows as far away as Port Isabel. Viewers along the "
                      "shore cheered as the glow climbed east over the Gulf.",
                      "The rocket&#8217;s first stage, known as Booster 17, later came down in "
                      "the Gulf of Mexico as planned, while the upper stage flew on to space and "
                      "splashed down in the Indian Ocean on the other side of the world.",
                      "&#8220;Every objective we set for this flight, we hit,&#8221; Starward CEO "
                      "Lena Okafor told employees in a webcast after the splashdown.",
                      "Cameron County sheriff&#8217;s deputies closed State Highway 4 to traffic "
                      "from 2 p.m. and reopened it just before 9 p.m. Officials said there were "
                      "no injuries and no major incidents, although traffic on the Queen Isabella "
                      "Causeway backed up for more than an hour after liftoff.",
                      "Crowds began gathering before noon, and by late afternoon nearly every "
                      "parking space near the island&#8217;s public beach accesses was full, "
                      "according to the city.",
                      "For Marisol Pe&ntilde;a, who drove from Harlingen with her two sons, the "
                      "long wait was worth it. &#8220;We&#8217;ve come to all four,&#8221; she "
                      "said. &#8220;The last two ended badly, so we were holding our "
                      "breath.&#8221;",
                      "Local businesses welcomed the crowds too. The owner of a seafood "
                      "restaurant near the causeway said Tuesday was one of his busiest nights of "
                      "the year.",
                      "Starward employs about 3,400 people in Cameron County, according to the "
                      "county&#8217;s economic development office, making it one of the largest "
                      "private employers in the region.",
                      "The company has not announced a date for its next flight. KXRT 7 will "
                      "carry it live.",
                  ],
                  byline="By Daniel Ochoa, KXRT 7 News",
                  visible_date="Published: Aug. 26, 2025 at 10:12 PM CDT",
                  caption=(
                      "VIDEO: Viewers on South Padre Island watch the Talon rocket lift off (KXRT "
                      "7)"
                  ),
                  trending=[
                      "Brownsville water rates to rise 6% on Oct. 1",
                      "Two hurt in rollover on Expressway 83 near Mercedes",
                      "High school football: Harlingen South wins opener 35-14",
                      "Tropical wave has 20% chance of development, forecasters say",
                  ])),
        _page("https://ledgerlane.example/2025/08/starward-talon-clean-flight-supply-chain/",
              _blog_site(
                  "Starward&#8217;s clean Talon flight: what it means for the space supply chain",
                  [
                      "Tuesday night&#8217;s Talon test flight was the one Starward Dynamics "
                      "needed. After two consecutive upper-stage failures, the fourth flight went "
                      "to plan from liftoff at 7:30 p.m. Eastern to the ship&#8217;s splashdown "
                      "in the Indian Ocean at 8:36 p.m. Eastern, roughly 66 minutes later.",
                      "For public-market investors, Starward itself remains off limits: the "
                      "company is privately held, and its last funding round, in March, valued it "
                      "at about $28 billion. But a handful of listed suppliers trade partly on "
                      "Talon&#8217;s fortunes, and they moved on Wednesday.",
                      "<strong>Apex Thermal Coatings</strong>, which makes part of the material "
                      "used in the ship&#8217;s heat-shield tiles, rose 6.2% in Wednesday "
                      "trading, its best day since February. <strong>Ridgeline Valve</strong>, a "
                      "supplier of cryogenic valves, gained 3.8%.",
                      "The booster side of the flight was uneventful in the best sense. Booster "
                      "17 lit all 33 engines, boosted back and splashed down in the Gulf. "
                      "Starward skipped a tower catch this time, which removes one risk but also "
                      "one data point.",
                      "The upper stage, Ship 34, reached roughly 118 miles in altitude, deployed "
                      "eight mass simulators and relit an engine in space. That relight matters "
                      "more than it sounds: without it, the company cannot safely bring ships "
                      "back for reuse, and reuse is the entire business case.",
                      "Chief executive Lena Okafor struck a confident tone in a post on the "
                      "company&#8217;s website. &#8220;This is the flight that turns Talon from "
                      "an experiment into a product,&#8221; she wrote. Okafor said she hoped the "
                      "fifth flight would come before the end of the year, though no date has "
                      "been set.",
                      "What to watch: whether the FAA treats the next flight as a routine licence "
                      "modification, how quickly the ship&#8217;s tiles can be refurbished, and "
                      "whether Starward names a first commercial customer. The company has said "
                      "paying payloads could fly in 2026.",
                      "<em>Disclosure: the author holds no position in any company mentioned. "
                      "This post is not investment advice.</em>",
                  ],
                  author="Devon Achterberg", post_id=48211, category="Space",
                  tags=["Starward", "Talon", "Apex Thermal", "Launch"],
                  recent=[
                      "Satellite broadband stocks: three numbers from Q2 earnings",
                      "Why a 25 bp cut may not help small caps this time",
                      "Defense primes and the $14 billion missile budget line",
                      "Copper at $4.60: what the miners are saying",
                  ],
                  comments=9,
                  comment="Great breakdown, thanks. Would love the follow-up on tile suppliers.")),
    ], [
        ("landing time", r"0?0:36|[78]:36|12:36 ?a", r"0?0:46|[78]:46|12:46 ?a"),
        ("booster", r"(?<![\d.])17(?![\d.])", r"(?<![\d.])18(?![\d.])"),
        ("title", r"chief executive|\bceo\b", r"president"),
    ]),
    # ---------------------------------------------------------------------------------
    # rocket-WU2: Lanjing's Xuanniao-2 reaches orbit on second flight (Wed 15 Oct 2025, BJT)
    # ---------------------------------------------------------------------------------
    _story("rocket-WU2", "rocket", "2025-10-18", [
        _page("https://www.pacificwire.example/world/china-lanjing-methane-rocket-orbit-2025-10-15",
              _wire_site(
                  "Chinese start-up Lanjing reaches orbit with methane rocket on second try",
                  [
                      "Beijing-based Lanjing Aerospace put three satellites into orbit with its "
                      "Xuanniao-2 rocket on Wednesday, the private company said, succeeding on "
                      "the methane-fuelled launcher&#8217;s second flight after a failure last "
                      "December.",
                      "The 49.5-metre rocket lifted off from the Jiuquan Satellite Launch Center "
                      "on the edge of the Gobi Desert at 07:15 Beijing time on Wednesday (23:15 "
                      "GMT on Tuesday), footage broadcast by state television showed.",
                      "About 13 minutes later the upper stage released the three remote-sensing "
                      "satellites into a sun-synchronous orbit some 550 km above the Earth, the "
                      "company said in a statement.",
                      "&#8220;This flight proves that our engines can be trusted,&#8221; chief "
                      "designer Zhou Ming&#8217;an told state broadcaster CCTV at the launch "
                      "site. &#8220;The problems of the first flight are behind us.&#8221;",
                      "On the rocket&#8217;s debut in December 2024, the second stage shut down "
                      "early and its payload failed to reach orbit. Lanjing said in February that "
                      "a faulty pressure sensor had been to blame.",
                      "Methane, which burns more cleanly than kerosene and leaves less soot "
                      "inside engines, is favoured by companies that want to reuse their rockets. "
                      "Lanjing has said it plans to attempt to recover a Xuanniao-2 first stage "
                      "in 2026.",
                      "China&#8217;s commercial launch sector has grown quickly since Beijing "
                      "opened the industry to private capital a decade ago, and dozens of firms "
                      "now compete for contracts to build out state-backed satellite-internet "
                      "constellations such as Guowang and Qianfan.",
                      "Space analysts said the success would help the company raise money. "
                      "&#8220;Investors in China want to see hardware in orbit, not slide "
                      "decks,&#8221; said Chen Yaling, a researcher at a Shanghai consultancy.",
                      "Lanjing did not name the operator of the three satellites.",
                  ],
                  dateline="BEIJING", byline="Li Wen and Tom Hargreave",
                  published="2025-10-15T02:40:00Z", section="World",
                  related=[
                      "India&#8217;s heavy-lift rocket flies again after 14-month pause",
                      "U.S.&#8211;China trade talks to resume in Madrid on Oct. 24, officials say",
                      "Quake of magnitude 5.6 strikes off Taiwan&#8217;s east coast",
                  ],
                  correction=(
                      "An earlier version of this story misspelled the name of the rocket&#8217;s "
                      "chief designer."
                  ))),
        _page("https://www.npbnews.example/news/science-41733120",
              _public_site(
                  "China&#8217;s private rocket makers pick up speed as Lanjing reaches orbit",
                  [
                      "Chinese private rocket company Lanjing Aerospace has reached orbit for the "
                      "first time, a milestone for a commercial space industry that barely "
                      "existed ten years ago.",
                      "Its Xuanniao-2 rocket blasted off from the Jiuquan launch centre in "
                      "north-west China early on Thursday morning local time, carrying three "
                      "small Earth-observation satellites.",
                      "The company said the satellites had been placed in an orbit around 500 "
                      "kilometres above the Earth, one that keeps them passing over any given "
                      "spot at the same local time each day.",
                      "Its first attempt, last December, ended in failure when the rocket&#8217;s "
                      "second stage cut out too soon.",
                      "Lanjing&#8217;s chief designer, Zhou Ming&#8217;an, told Chinese state "
                      "television the result showed &#8220;our engines can be trusted&#8221;.",
                      "Like several rivals, Lanjing burns liquid methane and liquid oxygen, a "
                      "combination also chosen by SpaceX for its Starship vehicle. The fuel suits "
                      "rockets that are meant to land and fly again, and the company hopes to try "
                      "recovering a first stage next year.",
                      "China&#8217;s government has encouraged private launch firms as it races "
                      "to put thousands of satellites into low orbit for two state-backed "
                      "broadband networks.",
                      "Dr Hannah Loeb, who studies China&#8217;s space programme at a university "
                      "in Edinburgh, said the sector had matured fast. &#8220;Five years ago, "
                      "most of these firms had never fired an engine on a test stand,&#8221; she "
                      "said. &#8220;Now several of them have working rockets. The bottleneck is "
                      "no longer technology; it&#8217;s how many launch pads they can get.&#8221;",
                      "Lanjing raised roughly $280m (&pound;210m) from investors earlier this "
                      "year.",
                  ],
                  byline="By Priya Nandakumar, Science reporter",
                  caption=(
                      "Courtesy Lanjing Aerospace: the Xuanniao-2 rocket on its launch pad at "
                      "Jiuquan"
                  ),
                  key_points=[
                      "Xuanniao-2 reached orbit on its second flight",
                      "Three satellites were on board",
                      "The first flight failed in December 2024",
                  ],
                  more=[
                      "Europe&#8217;s weather satellite sends first images",
                      "Japan quake: magnitude 6.4 tremor shakes Iwate",
                      "Asteroid sample holds 20 kinds of amino acid, scientists say",
                  ], listen_min=3)),
        _page("https://ledgerlane.example/2025/10/lanjing-orbit-china-launch-race/",
              _blog_site(
                  "Lanjing&#8217;s orbit moment puts a price tag on China&#8217;s launch race",
                  [
                      "Wednesday&#8217;s launch of Lanjing Aerospace&#8217;s Xuanniao-2 is the "
                      "kind of event that reprices a private company overnight. The "
                      "methane-fuelled rocket put three satellites into a roughly 310-mile-high "
                      "orbit on its second attempt, after a December 2024 debut that fell short.",
                      "&#8220;This flight proves that our engines can be trusted,&#8221; founder "
                      "and chairman Wei Rongchen said in a statement after the launch, a line "
                      "clearly aimed as much at investors as at customers.",
                      "Lanjing raised 2 billion yuan (about $280 million) in a June round led by "
                      "provincial government funds. Informal secondary trading in the "
                      "company&#8217;s shares among funds was quoted about 30% higher on "
                      "Wednesday, according to two brokers.",
                      "<strong>Why it matters:</strong> China&#8217;s two national broadband "
                      "constellations, Guowang and Qianfan, need far more launches than the "
                      "state-owned rocket makers can supply. Every private firm that reaches "
                      "orbit is a candidate for those contracts, which together run to several "
                      "thousand satellites.",
                      "Lanjing is not the first Chinese private company to reach orbit on "
                      "methane, and it won&#8217;t be the last. But its pace matters. The company "
                      "has said it wants to fly Xuanniao-2 six times next year and try to land a "
                      "first stage during 2026.",
                      "Risks remain. A second-flight success shows the design can work, not that "
                      "it can be built reliably at volume. And this year&#8217;s price war among "
                      "Chinese launch providers has pushed quotes for a small-satellite ride "
                      "below $5,000 per kilogram, squeezing margins before anyone has reused a "
                      "booster.",
                      "Listed names with exposure include satellite component makers and the "
                      "handful of Hong Kong-listed firms that hold minority stakes in launch "
                      "start-ups. We will look at those in a follow-up post.",
                      "<em>Not investment advice.</em>",
                  ],
                  author="Devon Achterberg", post_id=49377, category="Asia",
                  tags=["China", "Lanjing", "Launch", "Satellite internet"],
                  recent=[
                      "Gold at $4,000: who is still buying",
                      "Japan&#8217;s exporters and the yen at 151",
                      "Earnings preview: three satellite operators report next week",
                  ])),
    ], [
        ("weekday", r"wednesday|tuesday|oct(ober)?\.? 1[45]\b|2025-10-1[45]|\b1[45] oct",
         r"thursday|oct(ober)?\.? 16\b|2025-10-16|\b16 oct"),
        ("orbit altitude", r"(?<![\d.,])500 ?(km|kilomet)|(?<![\d.,])310[ -]?mi",
         r"(?<![\d.,])550 ?(km|kilomet)|(?<![\d.,])34[12][ -]?mi"),
        ("quote speaker", r"zhou|chief designer", r"\bwei\b|founder|chairman"),
    ]),
    # ---------------------------------------------------------------------------------
    # rocket-WU3: Nordvind's Skarv hop test at Andoya (Friday 13 June 2025)
    # ---------------------------------------------------------------------------------
    _story("rocket-WU3", "rocket", "2025-06-16", [
        _page("https://www.dailycourier.example/science/2025/06/13/norway-skarv-rocket-hop-andoya",
              _daily_site(
                  "Norwegian start-up&#8217;s rocket hops a kilometre into Arctic sky and lands "
                  "again",
                  "Nordvind Aerospace&#8217;s Skarv test vehicle is a small step toward a "
                  "European reusable booster",
                  [
                      "A small Norwegian company took a step toward Europe&#8217;s first reusable "
                      "rocket on Friday when its Skarv test vehicle climbed about a kilometre "
                      "above the And&oslash;ya Spaceport in the Arctic, drifted sideways and set "
                      "itself back down on a landing pad.",
                      "The flight, Nordvind Aerospace&#8217;s second free-flying hop, lasted 94 "
                      "seconds from ignition to touchdown, the company said. Skarv rose on a "
                      "single engine at 10:05 a.m. local time, paused near the top of its climb, "
                      "then moved about 150 meters to the east before descending.",
                      "&#8220;It did exactly what the simulations said it would, which is the "
                      "most boring and most beautiful thing a rocket can do,&#8221; said Ingrid "
                      "Solhaug, Nordvind&#8217;s test director, speaking from the control bunker.",
                      "Europe has trailed the United States and China in reusable rockets. Its "
                      "Ariane 6 launcher throws away its stages on every flight, and several "
                      "European start-ups are racing to build smaller boosters that can return to "
                      "Earth.",
                      "Nordvind&#8217;s previous hop, in March, reached 300 meters. The company, "
                      "based in Oslo, employs about 140 people and received 90 million kroner in "
                      "government support last year.",
                      "Chief executive Halvard Brekke said the data would feed into Nordvind-1, "
                      "an orbital rocket for small satellites that the company hopes to launch "
                      "from And&oslash;ya in 2027. &#8220;Skarv is where we learn to land. "
                      "Nordvind-1 is where we earn money,&#8221; he said.",
                      "And&oslash;ya, a former sounding-rocket range on an island north of the "
                      "Arctic Circle, has been courting commercial launch companies for several "
                      "years.",
                      "The next test, planned for the autumn, is meant to take Skarv to about 5 "
                      "kilometers.",
                  ],
                  byline="By Tomas Lindqvist", published="2025-06-13T15:20:00Z",
                  section="Science",
                  caption=(
                      "The Skarv test vehicle on its pad at And&oslash;ya Spaceport. Photo "
                      "courtesy of Nordvind Aerospace"
                  ),
                  most_read=[
                      "Senate passes $1.2 trillion spending bill after all-night session",
                      "Mortgage rates slip to 6.8%, lowest since April",
                      "Heat dome to push temperatures past 100 in 12 states",
                      "Supreme Court rules 6-3 in border search case",
                  ],
                  bio=(
                      "Tomas Lindqvist writes about European science and technology for The Daily "
                      "Courier from Stockholm."
                  ))),
        _page("https://www.npbnews.example/news/science-40112876",
              _public_site(
                  "Reusable rocket test: Skarv flies and lands on And&oslash;ya",
                  [
                      "A Norwegian test rocket has flown to an altitude of roughly 1,000 metres "
                      "and landed safely, in what its makers call a key step towards reusable "
                      "launchers built in Europe.",
                      "The Skarv vehicle, built by the Oslo company Nordvind Aerospace, took off "
                      "from the And&oslash;ya Spaceport on Friday morning. It was airborne for 1 "
                      "minute 34 seconds.",
                      "&#8220;It did exactly what the simulations predicted. That&#8217;s the "
                      "most boring and the most beautiful thing a rocket can do,&#8221; test "
                      "director Ingrid Solheim said.",
                      "The vehicle uses one engine burning liquid oxygen and propane. Unlike the "
                      "large boosters flown in the United States, it is only about 14 metres tall.",
                      "Norway has spent heavily on And&oslash;ya in the hope of winning a share "
                      "of the European small-satellite launch market. Nordvind received 90 "
                      "million kroner from the government last year, and the German company Isar "
                      "Aerospace has already attempted an orbital launch from the site.",
                      "Residents of the island watched the test from the harbour at Andenes, some "
                      "with binoculars and flasks of coffee.",
                      "Nordvind plans an orbital small launcher, Nordvind-1, for 2027.",
                      "It was the second time Skarv has flown freely. In March it made a shorter "
                      "hop, rising only a few hundred metres. And&oslash;ya lies north of the "
                      "Arctic Circle, and at this time of year the sun never sets there, which "
                      "the company says makes it easier to film its tests. The vehicle will be "
                      "refurbished and flown again later this year, climbing higher each time.",
                      "Space analyst Sofie Marchetti said the hop was modest by American "
                      "standards. &#8220;But you have to start somewhere, and landing is the part "
                      "Europe has never practised,&#8221; she said.",
                  ],
                  key_points=[
                      "Skarv reached about 1,000 m",
                      "Flight time: 1 min 34 s",
                      "Orbital rocket planned for 2027",
                  ],
                  more=[
                      "Northern lights seen as far south as Paris after solar storm",
                      "Glacier in Svalbard lost 2% of its ice in a single summer",
                      "Electric ferry completes 300 km crossing on one charge",
                  ], listen_min=2)),
        _page(
            "https://www.harborgazette.example/news/world/arctic-rocket-hop-lands-on-target/articl"
            "e_7d21c0",
              _gazette_site(
                  "Arctic rocket hop lands on target",
                  [
                      "Nordvind Aerospace&#8217;s Skarv demonstrator rose from its pad at "
                      "And&oslash;ya at 08:05 GMT on Friday, climbed to about 3,300 feet and came "
                      "back down on a landing pad, completing a flight of just over two minutes.",
                      "The Oslo-based company&#8217;s test director, Ingrid Solhaug, said the "
                      "vehicle had matched its computer simulations &#8220;almost to the "
                      "centimetre&#8221;.",
                      "Skarv&#8217;s first free flight, in March, took it to about 1,000 feet.",
                      "Unlike the towering boosters flown in the United States, Skarv is a "
                      "compact test vehicle powered by a single engine. Spectators gathered at "
                      "the harbour in Andenes to watch it fly, and many applauded when it touched "
                      "down.",
                      "The company says it wants to fly an orbital rocket, Nordvind-1, from the "
                      "same spaceport in 2027, and it has been backed by about &euro;7.8 million "
                      "in Norwegian state funding.",
                      "For the municipality of And&oslash;y, the tests have brought hotel "
                      "bookings in what is usually a quiet season. Local officials say the "
                      "spaceport and its tenants have created dozens of jobs on the island.",
                      "Chief executive Halvard Brekke thanked residents for their patience with "
                      "road closures on test days. &#8220;We know we are loud neighbours,&#8221; "
                      "he said.",
                      "The spaceport, on an island off Norway&#8217;s north-west coast, has "
                      "hosted sounding-rocket launches for scientists since the 1960s.",
                      "Engineers will now inspect the vehicle&#8217;s landing legs and engine "
                      "before deciding on the date of its next flight, a company spokesperson "
                      "said.",
                      "Nordvind is one of several European firms trying to build rockets whose "
                      "first stages can return to Earth and fly again, an approach that has cut "
                      "launch costs in the United States.",
                  ],
                  byline="By the Gazette World Desk",
                  read_more="Ferry fares to rise 4% from July 1, operator says",
                  most_read=[
                      "Port Ellery council approves $3.1 million harbor dredging plan",
                      "Lobster season opens with prices up 15%",
                      "Two rescued after sailboat capsizes off Gull Point",
                      "Obituary: Margaret Ellison, 91, ran the Quay Street bakery for 40 years",
                  ],
                  breaking="Route 9 bridge closed overnight for repairs")),
    ], [
        ("duration", r"(?<![\d.])94[ -]?(s\b|sec)|1 ?min(ute)?s?,? (and )?34|ninety-four",
         r"two minutes|(?<![\d.])2[ -]?min|(?<![\d.])12\d[ -]?(s\b|sec)"),
        ("name", r"solhaug", r"solheim"),
    ]),
    # ---------------------------------------------------------------------------------
    # quake-WU1: offshore quake near Hinatuan, Surigao del Sur (Sat 22 Nov 2025, 09:41 PHT)
    # ---------------------------------------------------------------------------------
    _story("quake-WU1", "earthquake", "2025-11-25", [
        _page("https://www.pacificwire.example/world/philippines-quake-mindanao-2025-11-22",
              _wire_site(
                  "Strong quake strikes off southern Philippines, at least four dead",
                  [
                      "A powerful earthquake struck off the east coast of Mindanao in the "
                      "southern Philippines on Saturday morning, killing at least four people, "
                      "toppling a church tower and briefly prompting a tsunami warning, officials "
                      "said.",
                      "The Philippine Institute of Volcanology and Seismology (Phivolcs) put the "
                      "magnitude at 6.9, revising down a preliminary reading of 7.0. The U.S. "
                      "Geological Survey measured it at 6.7.",
                      "The quake hit at 9:41 a.m. local time (01:41 GMT) at a depth of 10 km, its "
                      "epicentre at sea about 24 km northeast of the coastal town of Hinatuan in "
                      "Surigao del Sur province, Phivolcs said.",
                      "In Bislig City, the bell tower of a Spanish-era church collapsed onto a "
                      "street, and video shared on social media showed shoppers running from a "
                      "mall as ceiling panels fell. Power was cut across much of the province.",
                      "&#8220;The shaking was so strong I could not stand up,&#8221; said Jocelyn "
                      "Tan, 52, a market vendor in Hinatuan, reached by telephone. "
                      "&#8220;Everyone ran to the hill behind the school.&#8221;",
                      "Phivolcs issued a tsunami warning for the coasts of Surigao del Sur and "
                      "Davao Oriental and urged residents to move inland, but lifted it shortly "
                      "before noon after only minor changes in sea level were recorded.",
                      "Provincial disaster officials said dozens of people had been injured, most "
                      "of them hit by falling debris, and warned that the toll could rise as "
                      "rescuers reached isolated villages. More than 150 aftershocks were "
                      "recorded in the first six hours.",
                      "The Philippines sits on the Pacific &#8220;Ring of Fire&#8221; and records "
                      "thousands of earthquakes a year, most too weak to be felt. A magnitude 7.4 "
                      "quake off Hinatuan in December 2023 killed three people.",
                  ],
                  dateline="MANILA", byline="Karen Dela Paz",
                  published="2025-11-22T06:30:00Z", section="World",
                  caption=(
                      "File photo: Residents of Bislig City gather outside their homes after an "
                      "earthquake in December 2023."
                  ),
                  related=[
                      "Magnitude 6.1 quake jolts eastern Indonesia, no tsunami threat",
                      "Typhoon leaves 11 dead in central Vietnam",
                      "Philippine central bank cuts key rate to 4.75%",
                  ],
                  updated="Updated 06:30 GMT with aftershocks, injuries")),
        _page(
            "https://www.dailycourier.example/world/2025/11/23/philippines-earthquake-death-toll-n"
            "ine",
              _daily_site(
                  "Death toll from Mindanao quake rises to nine as aftershocks rattle coast",
                  "Thousands of families spent the night outdoors as engineers inspected damaged "
                  "churches, bridges and schools",
                  [
                      "Rescuers in the southern Philippines searched collapsed houses on Sunday "
                      "as the death toll from Saturday&#8217;s magnitude 6.9 earthquake rose to "
                      "nine and more than 600 aftershocks kept frightened residents sleeping "
                      "outdoors.",
                      "By Sunday morning, the Office of Civil Defense had confirmed nine deaths "
                      "and more than 120 injuries in Surigao del Sur province, most of them in "
                      "Bislig City and in the towns along the coast.",
                      "The quake struck at 9:41 a.m. Saturday under the sea northeast of the town "
                      "of Lingig, at a depth of about 6 miles, according to the state seismology "
                      "agency, Phivolcs.",
                      "A tsunami warning was issued within minutes and lifted about two hours "
                      "later.",
                      "In Bislig, the collapsed bell tower of the city&#8217;s old church became "
                      "the symbol of the disaster. &#8220;My grandmother was baptized "
                      "here,&#8221; said Ruel Montero, 34, who helped clear bricks from the "
                      "street. &#8220;We will rebuild it, but today we are just counting who is "
                      "safe.&#8221;",
                      "Governor Ramon Pimentel declared a state of calamity in the province on "
                      "Saturday night, freeing emergency funds. Schools were turned into "
                      "evacuation centers, where about 4,800 families were staying on Sunday, "
                      "according to the provincial social welfare office.",
                      "Engineers closed a bridge in the town of Barobo after cracks appeared in "
                      "its supports, cutting the main coastal road to the north. Power had been "
                      "restored to about half of the province by midday Sunday, the local "
                      "electric cooperative said.",
                      "Phivolcs director Alfredo Soriano told a news briefing that residents "
                      "should expect strong aftershocks &#8220;for days, perhaps weeks,&#8221; "
                      "and urged people not to return to houses with visible cracks in their "
                      "walls.",
                      "The United Nations and several embassies offered assistance. Manila said "
                      "it had not yet requested international help.",
                  ],
                  byline="By Andrea Lucero-Marsh in Manila", published="2025-11-23T05:30:00Z",
                  section="World",
                  caption=(
                      "Volunteers clear bricks from the collapsed bell tower in Bislig City on "
                      "Sunday."
                  ),
                  read_more="Strong quake strikes off southern Philippines, at least four dead",
                  most_read=[
                      "Senate confirms new Treasury deputy in 52-47 vote",
                      "Holiday travel: 81 million expected on the roads",
                      "Court blocks state&#8217;s new voting map two weeks before filing deadline",
                      "Black Friday deals: 14 TVs under $500",
                  ],
                  bio=(
                      "Andrea Lucero-Marsh is The Daily Courier&#8217;s Southeast Asia "
                      "correspondent, based in Manila."
                  ))),
        _page(
            "https://www.kxrt7.example/news/community/valley-filipino-families-philippine-quake/91"
            "102",
              _tv_site(
                  "Valley Filipino families anxious for relatives after Philippine quake",
                  [
                      "Members of the Filipino community in the Rio Grande Valley spent the "
                      "weekend glued to their phones after a strong earthquake struck the "
                      "southern Philippines.",
                      "The quake hit Friday at 7:41 p.m. Central time &#8212; already Saturday "
                      "morning in the Philippines &#8212; off the coast of Mindanao, near the "
                      "town of Hinatuan. The U.S. Geological Survey measured it at magnitude 6.7.",
                      "As of Sunday morning, the Philippines&#8217; Office of Civil Defense said "
                      "seven people had died and more than a hundred had been hurt.",
                      "Lourdes Caballero, who runs a Filipino bakery in McAllen, said her sister "
                      "lives in Bislig, one of the hardest-hit cities. &#8220;She called me at "
                      "two in the morning her time to say the house was standing but the walls "
                      "are cracked,&#8221; Caballero said. &#8220;They are sleeping in the "
                      "yard.&#8221;",
                      "The Filipino-American Association of the Rio Grande Valley is collecting "
                      "donations at the Our Lady of Peace parish hall in Edinburg through Nov. "
                      "30. Organizers said they are asking for cash rather than goods, which are "
                      "expensive to ship.",
                      "&#8220;Every family here has someone over there,&#8221; said the "
                      "association&#8217;s president, Arnel Dizon. &#8220;We did this after the "
                      "typhoons, and we will do it again.&#8221;",
                      "Scientists said the quake was shallow, which made the shaking stronger "
                      "along the coast.",
                      "KXRT 7 reached out to the Philippine Consulate General in Houston, which "
                      "said it had no reports of U.S. residents among the dead.",
                      "If you would like to help, the association asks donors to write "
                      "&#8220;Mindanao relief&#8221; on checks. You can find more information on "
                      "our Community page.",
                  ],
                  byline="By Sofia Garza, KXRT 7 News",
                  caption=(
                      "File photo: Members of the Filipino-American Association of the Rio Grande "
                      "Valley at a 2024 community event (KXRT 7)"
                  ),
                  trending=[
                      "McAllen approves $42 million for new convention center garage",
                      "Cold front to drop lows into the 40s by Thursday",
                      "Weslaco man sentenced to 12 years in fraud case",
                      "Thanksgiving food drive tops 30,000 pounds",
                  ])),
        _page(
            "https://www.harborgazette.example/news/world/quake-toll-reaches-nine-in-mindanao/arti"
            "cle_a41f9e",
              _gazette_site(
                  "Quake toll reaches nine in Mindanao; church tower lost",
                  [
                      "Nine people were killed and more than 120 hurt when a strong earthquake "
                      "shook the east coast of Mindanao in the Philippines on Saturday, the "
                      "country&#8217;s civil defence office said on Sunday.",
                      "The Philippine seismology agency Phivolcs measured the quake at magnitude "
                      "6.9 and said it struck at a depth of 25 kilometres, about 24 km northeast "
                      "of Hinatuan, shortly before 10 a.m. local time.",
                      "It was felt across much of Mindanao, including in Davao City, more than "
                      "200 km to the south-west, where office workers poured into the streets.",
                      "The worst damage was in Bislig City, where a centuries-old church tower "
                      "collapsed, and in villages along the coast where wooden houses were shaken "
                      "off their foundations.",
                      "&#8220;People are afraid to go back inside,&#8221; said Nestor Lagman of "
                      "the Philippine Red Cross in Surigao del Sur. &#8220;Our priority today is "
                      "tents, water and hygiene kits.&#8221;",
                      "Phivolcs recorded hundreds of aftershocks by Sunday and warned residents "
                      "to expect more.",
                      "A brief tsunami warning was lifted when only small changes in sea level "
                      "were observed.",
                      "Power was cut across much of the province after the quake, and the local "
                      "electric cooperative said crews were working to restore it. Thousands of "
                      "families spent Saturday night in evacuation centres or in the open.",
                      "Governor Ramon Pimentel has declared a state of calamity in Surigao del "
                      "Sur. The same stretch of coast was hit by a magnitude 7.4 earthquake in "
                      "December 2023.",
                      "Port Ellery resident Teresa Villanueva, whose parents live in Surigao del "
                      "Sur, said she had spoken to them on Sunday. &#8220;They are fine, but they "
                      "are scared of every aftershock,&#8221; she said.",
                  ],
                  byline="By Gazette staff and wire reports",
                  read_more="Port Ellery Filipino group plans relief drive for quake victims",
                  most_read=[
                      "Harbor master&#8217;s office to move to Pier 3 in January",
                      "Fish plant to add 60 jobs after $8 million expansion",
                      "High school choir wins state title for third year",
                      "Police log: 4 arrested after downtown brawl",
                  ],
                  breaking="School board meeting moved to Dec. 2")),
    ], [
        ("death toll", r"(?<![\d.])9(?![\d.])|\bnine\b", r"(?<![\d.])7(?![\d.])|\bseven\b"),
        ("depth", r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?(mi|mile)",
         r"(?<![\d.])25 ?(km|kilomet)|(?<![\d.])1[56] ?(mi|mile)"),
        ("epicentre", r"hinatuan", r"lingig"),
    ]),
    # ---------------------------------------------------------------------------------
    # quake-WU2 (control): M6.4 off Iwate, Japan (Fri 17 Oct 2025, 08:12 JST)
    # ---------------------------------------------------------------------------------
    _story("quake-WU2", "earthquake", "2025-10-20", [
        _page("https://www.pacificwire.example/world/japan-quake-iwate-tsunami-2025-10-17",
              _wire_site(
                  "Magnitude 6.4 quake hits off northeast Japan, small tsunami observed",
                  [
                      "A strong earthquake struck off the Pacific coast of northeastern Japan on "
                      "Friday morning, shaking buildings in Iwate prefecture and generating a "
                      "small tsunami, but there were no immediate reports of serious damage, "
                      "authorities said.",
                      "The Japan Meteorological Agency (JMA) said the quake hit at 8:12 a.m. "
                      "(23:12 GMT Thursday) at a depth of about 50 km. It initially estimated the "
                      "magnitude at 6.2 and later raised it to 6.4. The U.S. Geological Survey "
                      "put it at 6.1.",
                      "Shaking reached &#8220;lower 5&#8221; on Japan&#8217;s seven-level "
                      "intensity scale in parts of Iwate, including the coastal city of Kuji, "
                      "strong enough to knock items off shelves and make walking difficult.",
                      "The agency issued a tsunami advisory for the Iwate coast. A wave of 20 cm "
                      "was observed at Kuji port about 40 minutes after the quake. The advisory "
                      "was lifted at 10:30 a.m. (01:30 GMT).",
                      "East Japan Railway suspended Tohoku Shinkansen bullet-train services "
                      "between Sendai and Morioka to check the tracks. Tohoku Electric Power said "
                      "it had found no abnormalities at its Onagawa and Higashidori nuclear "
                      "plants.",
                      "The government set up a liaison office at the prime minister&#8217;s "
                      "residence. &#8220;We are doing everything we can to assess the damage, and "
                      "I ask residents to stay away from the coast,&#8221; the chief cabinet "
                      "secretary told reporters.",
                      "The JMA warned that a quake of similar strength could follow within about "
                      "a week.",
                      "The region was devastated in March 2011 by a magnitude 9.0 earthquake and "
                      "tsunami that left more than 18,000 people dead or missing and caused "
                      "meltdowns at the Fukushima Daiichi nuclear plant.",
                  ],
                  dateline="TOKYO", byline="Hiroko Tanaka",
                  published="2025-10-17T00:05:00Z", section="World",
                  related=[
                      "Magnitude 5.8 quake rattles Crete, buildings evacuated",
                      "Bank of Japan keeps rates at 0.5%, signals patience",
                      "Typhoon Nakri brushes Okinawa with 160 km/h gusts",
                  ],
                  updated="Updated 01:45 GMT Oct. 17 with tsunami advisory lifted")),
        _page("https://www.npbnews.example/news/world-asia-41738802",
              _public_site(
                  "Japan earthquake: Three hurt as tsunami advisory lifted",
                  [
                      "Three people were slightly hurt when a strong earthquake struck off "
                      "north-eastern Japan on Friday morning, according to the country&#8217;s "
                      "Fire and Disaster Management Agency.",
                      "The 6.4-magnitude quake struck just after 08:10 local time, centred off "
                      "the coast of Iwate prefecture about 50km (31 miles) below the seabed, the "
                      "Japan Meteorological Agency said.",
                      "In Kuji, a city of about 32,000 people, shoppers fled a supermarket as "
                      "bottles crashed from the shelves. &#8220;It went on for what felt like a "
                      "full minute,&#8221; one woman told local television.",
                      "A tsunami advisory was issued for the Iwate coast, and waves of about 20cm "
                      "(8in) were recorded. The advisory was lifted at 10:30 local time.",
                      "Bullet train services between Sendai and Morioka were halted and had not "
                      "resumed by late morning.",
                      "East Japan Railway said it was checking tracks and overhead lines before "
                      "restarting services. Tohoku Electric Power said there were no "
                      "abnormalities at its Onagawa and Higashidori nuclear power stations.",
                      "The weather agency said people in the region should be prepared for "
                      "shaking of similar strength over the next week or so.",
                      "Japan is one of the most earthquake-prone countries in the world. This "
                      "part of the coast was devastated by the magnitude 9.0 quake and tsunami of "
                      "March 2011.",
                      "Seismologist Dr Kenji Arakawa of a Tokyo university said the quake "
                      "appeared to have occurred where the Pacific plate dives beneath northern "
                      "Japan. &#8220;This is a normal event for this area; it is not, by itself, "
                      "a sign of a larger quake,&#8221; he said.",
                  ],
                  visible_date="17 October 2025, 02:05 GMT",
                  caption="Courtesy Kuji city: goods scattered across the floor of a shop in Kuji",
                  key_points=[
                      "Magnitude 6.4, according to Japan&#8217;s weather agency",
                      "Three people slightly injured",
                      "Tsunami advisory lifted at 10:30 local time",
                  ],
                  more=[
                      "Taiwan quake: magnitude 5.9 tremor sways Taipei towers",
                      "Volcano on Japan&#8217;s Sakurajima erupts with 4km ash plume",
                      "Philippines ferry fire: 7 rescued",
                  ], listen_min=3)),
        _page("https://ledgerlane.example/2025/10/iwate-quake-markets-chipmakers/",
              _blog_site(
                  "Iwate quake: markets shrug, chipmakers check the lines",
                  [
                      "Friday&#8217;s magnitude 6.4 earthquake off Iwate arrived 48 minutes "
                      "before the Tokyo open, which gave traders time to look at the map and "
                      "decide it probably wasn&#8217;t a 2011 situation. It wasn&#8217;t.",
                      "The Nikkei 225 opened 0.4% lower and recovered most of that by the lunch "
                      "break. The yen barely moved.",
                      "The JMA first called it a 6.2 before revising it up, which is partly why "
                      "the early headlines undersold it. The U.S. Geological Survey&#8217;s "
                      "reading was lower again, but the JMA figure is the one Japanese markets "
                      "watch.",
                      "The more interesting question was supply chains. Northeastern Japan, or "
                      "Tohoku, has become a cluster for semiconductor and electronic-component "
                      "production, and several plants sit within 100&nbsp;km of Friday&#8217;s "
                      "epicentre.",
                      "A memory-chip plant in Kitakami, in inland Iwate, said it had halted some "
                      "tools for inspection and expected to resume full output within a day. A "
                      "capacitor maker in Hanamaki reported no damage.",
                      "Non-life insurers also dipped early. Analysts expect insured losses to be "
                      "small: the shaking, measured at &#8220;lower 5&#8221; on the JMA&#8217;s "
                      "intensity scale at worst, is the kind that breaks crockery, not buildings.",
                      "Two things to watch: the JMA&#8217;s standard warning that similar shaking "
                      "can follow within about a week, and any word from East Japan Railway on "
                      "the Tohoku Shinkansen, which was stopped for track checks.",
                      "For context, the March 2011 quake knocked out a large share of the "
                      "world&#8217;s supply of some wafer materials for months. Nothing reported "
                      "so far looks remotely comparable.",
                      "<strong>Bottom line:</strong> a real quake, a small tsunami (20&nbsp;cm at "
                      "Kuji) and, so far, a modest market event. <em>Not investment advice.</em>",
                  ],
                  author="Mei Okabe-Ross", post_id=49502, category="Asia",
                  tags=["Japan", "Semiconductors", "Insurance", "Earthquake"],
                  recent=[
                      "Lanjing&#8217;s orbit moment puts a price tag on China&#8217;s launch race",
                      "Japan&#8217;s exporters and the yen at 151",
                      "Reinsurance renewals: why January could be softer",
                  ],
                  comments=4, comment="The Kitakami detail is useful. Thanks.")),
        _page("https://www.dailycourier.example/world/2025/10/17/japan-iwate-earthquake-injuries",
              _daily_site(
                  "Five hurt in Iwate quake as Japan checks coast and rail lines",
                  "A small tsunami reached the port of Kuji; officials warned of more strong "
                  "shaking",
                  [
                      "Five people suffered minor injuries when a magnitude 6.4 earthquake shook "
                      "Japan&#8217;s northeastern coast on Friday morning, the Fire and Disaster "
                      "Management Agency said, as engineers checked bridges, rail lines and "
                      "nuclear plants for damage.",
                      "The quake struck at 8:12 a.m. local time off Iwate prefecture, or 7:12 "
                      "p.m. Thursday on the U.S. East Coast.",
                      "The Japan Meteorological Agency, which first put the magnitude at 6.2 "
                      "before revising it upward, said the quake originated about 31 miles below "
                      "the sea.",
                      "Shaking registered &#8220;lower 5&#8221; on Japan&#8217;s seven-level "
                      "intensity scale in parts of Iwate, enough to topple furniture and stop "
                      "elevators. The U.S. Geological Survey measured the quake at magnitude 6.1.",
                      "Among the injured were an elderly man in Kuji who fell down stairs and a "
                      "woman in Miyako who was cut by broken glass, local officials said. None of "
                      "the injuries was serious.",
                      "East Japan Railway resumed Tohoku Shinkansen services between Sendai and "
                      "Morioka around noon after inspections found no problems.",
                      "A small tsunami, about 8 inches high, reached Kuji port. The weather "
                      "agency&#8217;s tsunami advisory, issued minutes after the quake, was "
                      "lifted at 10:30 a.m.",
                      "For many residents, the shaking brought back memories of March 2011. "
                      "&#8220;The first thing I did was look at the sea,&#8221; said Hiroshi "
                      "Tanabe, 71, a retired fisherman in Noda village, where the 2011 tsunami "
                      "swept away much of the town center. &#8220;It was calm. Then I made "
                      "tea.&#8221;",
                      "The agency urged people to remain alert for strong aftershocks for about a "
                      "week.",
                      "Tohoku Electric Power reported no abnormalities at its Onagawa and "
                      "Higashidori nuclear plants.",
                  ],
                  byline="By Naoko Pereira-Hale, Tokyo", published="2025-10-17T10:30:00Z",
                  section="World",
                  read_more="Magnitude 6.4 quake hits off northeast Japan, small tsunami observed",
                  most_read=[
                      "Shutdown enters third week as talks stall",
                      "Gold tops $4,300 an ounce for the first time",
                      "Court rules 2-1 against city&#8217;s camping ban",
                      "The 12 best fall hikes within 2 hours of a big city",
                  ],
                  bio=(
                      "Naoko Pereira-Hale reports on Japan and the Korean Peninsula for The Daily "
                      "Courier."
                  ))),
    ], []),
    # ---------------------------------------------------------------------------------
    # quake-WU3: offshore quake near Chala, Arequipa, Peru (Sun 27 July 2025, 03:17 PET)
    # ---------------------------------------------------------------------------------
    _story("quake-WU3", "earthquake", "2025-07-30", [
        _page("https://www.pacificwire.example/world/peru-earthquake-arequipa-chala-2025-07-27",
              _wire_site(
                  "Magnitude 6.8 quake kills two in southern Peru",
                  [
                      "A strong earthquake shook southern Peru before dawn on Sunday, killing two "
                      "people, damaging adobe homes along the coast and cutting the Pan-American "
                      "Highway with a landslide, authorities said.",
                      "Peru&#8217;s Geophysical Institute (IGP) said the magnitude 6.8 quake "
                      "struck at 3:17 a.m. (08:17 GMT) at a depth of 30 km, with its epicentre at "
                      "sea about 40 km southwest of the fishing town of Chala in the Arequipa "
                      "region. The U.S. Geological Survey measured it at magnitude 6.4.",
                      "A 78-year-old woman died when her adobe house collapsed in the nearby town "
                      "of Yauca, and a man was killed by a falling wall in Chala, the national "
                      "civil defence institute, INDECI, said. At least 31 people were injured.",
                      "&#8220;We woke up with the bed moving across the floor,&#8221; said Rosa "
                      "Quispe, who runs a guesthouse in Chala. &#8220;There was no light, only "
                      "people shouting in the street.&#8221;",
                      "Defence Minister Carla Benavides flew to the area with rescue teams and "
                      "said the army would help clear the highway, a key route linking Lima with "
                      "the south of the country.",
                      "A landslide blocked the Pan-American Highway near Chala for several hours "
                      "before machinery reopened one lane in the afternoon.",
                      "INDECI said a preliminary count showed more than 100 homes damaged, most "
                      "of them built of adobe. The quake was felt in the city of Arequipa and as "
                      "far north as Lima.",
                      "The navy said the quake did not pose a tsunami threat to Peru&#8217;s "
                      "coast.",
                      "Peru lies on the Pacific &#8220;Ring of Fire.&#8221; A magnitude 8.4 quake "
                      "off the same stretch of coast in June 2001 killed more than 70 people.",
                  ],
                  dateline="LIMA", byline="Diego Saavedra",
                  published="2025-07-27T23:10:00Z", section="World",
                  related=[
                      "Chile&#8217;s central bank cuts rate to 4.75%",
                      "Magnitude 5.9 quake shakes Colombia&#8217;s capital, no damage reported",
                      "Peru&#8217;s copper output rose 3% in June, ministry says",
                  ])),
        _page("https://www.npbnews.example/news/world-latin-america-40533419",
              _public_site(
                  "Peru earthquake: Rebuilding begins in Arequipa&#8217;s coastal towns",
                  [
                      "Residents of Peru&#8217;s southern coast have begun clearing rubble after "
                      "a magnitude 6.8 earthquake on Sunday damaged hundreds of mud-brick homes "
                      "and killed two people.",
                      "The quake struck at 3:17 a.m. local time, when most people were asleep. It "
                      "was centred offshore, south-west of Chala, a small fishing town in the "
                      "Arequipa region. Peru&#8217;s Geophysical Institute measured it at 6.8; "
                      "the US Geological Survey put it at 6.6.",
                      "Peru&#8217;s civil defence institute, INDECI, said on Monday that 38 "
                      "people had been injured and more than 300 homes damaged, most of them "
                      "built of adobe.",
                      "Interior Minister Carla Benavides, who visited Chala on Sunday, promised "
                      "emergency housing within a week. &#8220;No family will spend the winter "
                      "without a roof,&#8221; she said.",
                      "Adobe, sun-dried brick made from mud and straw, is cheap and keeps homes "
                      "cool, but it crumbles in strong shaking. Engineers have long urged the "
                      "government to fund reinforced housing in quake-prone areas.",
                      "Luc&iacute;a Mamani, a nurse at Chala&#8217;s health centre, said staff "
                      "treated patients in the car park because of cracks in the building. "
                      "&#8220;We worked by the lights of our phones for the first hour,&#8221; "
                      "she said.",
                      "Copper mines further inland in the region reported no damage, the mining "
                      "ministry said.",
                      "The quake was felt as far away as Lima. Aftershocks continued through "
                      "Sunday, the largest of magnitude 5.1, according to the Geophysical "
                      "Institute, and the navy said there was no risk of a tsunami.",
                      "The two people who died were an elderly woman in Yauca and a man in Chala.",
                  ],
                  visible_date="28/07/2025",
                  byline="By Ana Lucía Ferreyra, South America correspondent",
                  key_points=[
                      "Magnitude 6.8 (Peru&#8217;s Geophysical Institute), 6.6 (USGS)",
                      "Two dead, 38 injured",
                      "More than 300 homes damaged",
                  ],
                  more=[
                      "Bolivia election: run-off set for 19 October",
                      "Amazon fires up 12% on last year, satellite data shows",
                      "Chile quake: magnitude 5.2 tremor felt in Santiago",
                  ], listen_min=3)),
        _page(
            "https://www.harborgazette.example/news/world/pre-dawn-quake-shakes-peru-south-coast/a"
            "rticle_c90b17",
              _gazette_site(
                  "Pre-dawn quake shakes Peru&#8217;s south coast; two killed",
                  [
                      "Two people died and dozens were injured after an earthquake rocked "
                      "Peru&#8217;s southern coast at 08:27 GMT on Sunday, in the early hours of "
                      "the morning local time.",
                      "Peru&#8217;s Geophysical Institute measured the quake at magnitude 6.8. "
                      "The US Geological Survey said it was a magnitude 6.6 event.",
                      "It was felt as far away as Lima, about 600 km to the north-west, and in "
                      "the city of Arequipa.",
                      "Defence Minister Carla Benavides travelled to Chala, near the epicentre, "
                      "with soldiers to help clear a landslide that had blocked the Pan-American "
                      "Highway for several hours.",
                      "The victims were an elderly woman in the town of Yauca and a man in Chala, "
                      "officials said.",
                      "Many residents of Chala spent the rest of the night in the town square, "
                      "wrapped in blankets against the winter cold. Schools in the coastal "
                      "districts of Caravel&iacute; province were to stay closed on Monday so "
                      "engineers could inspect their buildings, regional authorities said.",
                      "&#8220;It was long and very strong,&#8221; said taxi driver Julio Ccama, "
                      "who was driving on the highway when the quake hit. &#8220;I stopped the "
                      "car and waited for the hill to stop moving.&#8221;",
                      "The navy ruled out a tsunami.",
                      "Peru&#8217;s civil defence institute said hundreds of homes had been "
                      "damaged, most of them built of adobe, or sun-dried mud brick, which "
                      "crumbles in strong shaking. Rescue teams from Arequipa reached Yauca by "
                      "mid-morning, local radio reported, and aftershocks continued through the "
                      "day.",
                      "Peru&#8217;s deadliest earthquake in recent decades, centred near Pisco in "
                      "2007, killed more than 500 people.",
                      "Port Ellery&#8217;s sister city, the Peruvian port of Mollendo, further "
                      "down the coast, reported no damage, the mayor&#8217;s office said.",
                  ],
                  byline="By Gazette staff and wire reports",
                  read_more=(
                      "Sister-city delegation from Mollendo to visit Port Ellery in September"
                  ),
                  most_read=[
                      "Harbor Days festival draws record 18,000 visitors",
                      "Town meeting votes 212-140 to keep Quay Street one-way",
                      "Red tide closes shellfish beds from Gull Point to Cape Ames",
                      "Obituary: Walter Jennings, 88, harbor pilot for 35 years",
                  ],
                  breaking="Heat advisory in effect until 8 p.m. Tuesday")),
    ], [
        ("time", r"0?8:17|3:17", r"0?8:27|3:27"),
        ("magnitude", r"(?<![\d.])6\.6(?!\d)", r"(?<![\d.])6\.4(?!\d)"),
        ("title", r"defen[cs]e", r"interior"),
    ]),
]
