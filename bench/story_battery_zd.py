"""Story battery, part ZD (web pages).

Part ZD of the story battery (web pages), written by engineer ZD1 on 2026-12-06 (twentieth
session, eleventh batch) without reading Storyline's rules or other parts, before any run;
scored with `bench/bench_story_battery.py ZD`.

Six stories told by three or four invented outlets each (21 whole HTML pages): two on US-China
trade, two on central banks, one election and one court ruling. Two stories (trade-ZD2 and
cb-ZD2) are control stories with no planted disagreement. Every page and sentence was written
for this file; the outlets, hosts and many details are invented.
"""

from __future__ import annotations

import html as _html
import json as _json
import re as _re
from datetime import datetime as _dt
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ZD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------- helpers

def _t(s: str) -> str:
    """Escape plain text (titles, names) for HTML."""
    return _html.escape(s, quote=False)


def _a(s: str) -> str:
    """Escape text for an attribute value."""
    return _html.escape(s, quote=True)


def _slug(s: str) -> str:
    return "-".join(_re.findall(r"[a-z0-9]+", s.lower()))[:70]


def _when(iso: str) -> _dt:
    return _dt.fromisoformat(iso)


# --------------------------------------------------------------------------- templates

def _wire_site(title: str, paras: list[str], *, byline: str, dateline: str,
               date_iso: str | None = None, related: tuple[str, ...] = (),
               updated: str | None = None, caption: str | None = None,
               read_more: str | None = None, section: str = "World") -> str:
    """Pacific Wire: an international wire service (US English, <article>, JSON-LD)."""
    head_meta = ['<meta property="og:site_name" content="Pacific Wire">',
                 f'<meta property="og:title" content="{_a(title)}">',
                 '<meta property="og:type" content="article">']
    when_html = ""
    if date_iso:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": title, "datePublished": date_iso,
              "author": {"@type": "Person", "name": byline},
              "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
        head_meta.append('<script type="application/ld+json">'
                         + _json.dumps(ld) + "</script>")
        d = _when(date_iso)
        vis = d.strftime("%B %d, %Y %I:%M %p").replace(" 0", " ")
        when_html = (f'<time class="pw-time" datetime="{date_iso}">{vis} '
                     f'{"UTC" if d.utcoffset() is not None else ""}</time>')
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = (f'<span class="pw-dateline">{_t(dateline)} (Pacific Wire) &#8212;</span> '
                 + p)
        body.append(f'<p class="pw-p">{p}</p>')
        if i == 2 and read_more:
            body.append(f'<p class="pw-readmore"><strong>Read more:</strong> '
                        f'<a href="/world/{_slug(read_more)}">{_t(read_more)}</a></p>')
    cap = ""
    if caption:
        cap = ('<figure class="pw-figure"><img src="/img/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    rel = "".join(f'<li><a href="/world/{_slug(r)}">{_t(r)}</a></li>' for r in related)
    upd = f'<p class="pw-updated">Updated {updated}</p>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_t(title)} | Pacific Wire</title>
{chr(10).join(head_meta)}
<link rel="stylesheet" href="/static/pw-main.css">
</head>
<body class="pw">
<a class="pw-skip" href="#main-content">Skip to main content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav" aria-label="Sections">
    <ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
    <li><a href="/technology">Technology</a></li><li><a href="/video">Video</a></li></ul>
  </nav>
  <form class="pw-search" action="/search"><input type="search" name="q"
   placeholder="Search Pacific Wire"></form>
</header>
<main id="main-content">
<article class="pw-story">
  <div class="pw-kicker"><a href="/{section.lower()}">{_t(section)}</a></div>
  <h1 class="pw-headline">{_t(title)}</h1>
  <div class="pw-meta"><span class="pw-byline">By {_t(byline)}</span> {when_html}
    <span class="pw-read">4 minute read</span></div>
  <div class="pw-share" role="group" aria-label="Share">
    <a href="#" class="share-fb">Share on Facebook</a> <a href="#" class="share-x">Tweet</a>
    <a href="#" class="share-li">LinkedIn</a> <button type="button">Copy link</button></div>
  {cap}
  <div class="pw-body">
{chr(10).join(body)}
  </div>
  <p class="pw-credits">Reporting by {_t(byline)}; editing by the Pacific Wire world desk</p>
  {upd}
  <p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire Trust Principles.</a>
  </p>
</article>
<aside class="pw-related" aria-label="Related coverage">
  <h2>More from Pacific Wire</h2>
  <ul>{rel}</ul>
</aside>
</main>
<footer class="pw-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/licensing">Licensing</a></li><li><a href="/privacy">Privacy</a></li></ul>
  <p>&copy; 2025 Pacific Wire. All rights reserved. Quotes delayed at least 15 minutes.</p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, byline: str, standfirst: str,
                date_iso: str | None = None, most_read: tuple[str, ...] = (),
                caption: str | None = None, read_more: str | None = None,
                correction: str | None = None, section: str = "Business") -> str:
    """The Morning Ledger: a British national daily (div soup, day-first dates, paywall)."""
    date_html = ""
    meta = ""
    if date_iso:
        d = _when(date_iso)
        date_html = f'<div class="art-date">{d.strftime("%d/%m/%Y %H:%M")} BST</div>'
        meta = f'<meta property="article:published_time" content="{date_iso}">'
    txt = []
    for i, p in enumerate(paras):
        txt.append(f'<div class="txt-blk"><p>{p}</p></div>')
        if i == 3 and read_more:
            txt.append(f'<div class="inline-link">Read more: <a href="/news/{_slug(read_more)}">'
                       f'{_t(read_more)}</a></div>')
        if i == 5:
            txt.append('<div class="ad-unit ad-mpu"><span class="ad-lbl">Advertisement</span>'
                       '<div id="gpt-mpu-1"></div></div>')
    cap = ""
    if caption:
        cap = ('<div class="pic-wrap"><img src="/pics/main.jpg" alt="">'
               f'<div class="pic-cap">{caption}</div></div>')
    mr = "".join(f'<li><span class="n">{i + 1}</span><a href="/news/{_slug(h)}">{_t(h)}</a></li>'
                 for i, h in enumerate(most_read))
    corr = f'<div class="corr-note"><em>{correction}</em></div>' if correction else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_t(title)} | The Morning Ledger</title>
<meta name="description" content="{_a(standfirst)}">
<meta property="og:site_name" content="The Morning Ledger">
{meta}
</head>
<body>
<div id="cookie-consent" class="cc-banner">
  <div class="cc-text">We use cookies and similar technologies to personalise content and ads,
  and to analyse our traffic. You can change your choices at any time.</div>
  <div class="cc-btns"><button>Accept all</button><button>Manage preferences</button></div>
</div>
<div class="wrap">
 <div class="top-strip"><a href="/subscribe">Subscribe &ndash; first month &pound;1</a>
  <a href="/login">Sign in</a></div>
 <div class="brand"><a href="/">The Morning Ledger</a></div>
 <div class="nav-row">
  <div class="nav-i"><a href="/news">News</a></div><div class="nav-i">
  <a href="/politics">Politics</a></div><div class="nav-i"><a href="/business">Business</a></div>
  <div class="nav-i"><a href="/money">Money</a></div><div class="nav-i"><a href="/world">World</a>
  </div><div class="nav-i"><a href="/opinion">Opinion</a></div>
 </div>
 <div class="main-col">
  <div class="sect-lbl">{_t(section)}</div>
  <div class="hdl">{_t(title)}</div>
  <div class="stand">{_t(standfirst)}</div>
  <div class="by-row"><div class="by-name">{_t(byline)}</div>{date_html}</div>
  <div class="sharebar"><a href="#">Share on Facebook</a> &middot; <a href="#">Share on X</a>
   &middot; <a href="#">Email</a> &middot; <a href="#">Copy link</a></div>
  {cap}
  <div class="body-txt">
{chr(10).join(txt)}
  </div>
  {corr}
  <div class="paywall-teaser"><div class="pw-h">Enjoying this article?</div>
   <div>Unlock unlimited access to Ledger journalism for &pound;1 for your first month.</div>
   <a href="/subscribe" class="btn">Subscribe now</a></div>
  <div class="comments-teaser"><a href="#comments">Comments (187)</a></div>
 </div>
 <div class="side-col">
  <div class="box most-read"><div class="box-h">Most read</div><ol>{mr}</ol></div>
  <div class="box nl"><div class="box-h">The Ledger Briefing</div>
   <div>Our editors&#8217; pick of the day&#8217;s news, in your inbox every weekday at 7am.</div>
   <input type="email" placeholder="Your email address"> <button>Sign up</button></div>
 </div>
 <div class="foot">
  <div>&copy; Morning Ledger Media Ltd 2025. Registered in England and Wales No. 0471822.
  Registered office: 14 Cheapside Yard, London EC2V 6BN.</div>
  <div><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a>
  | <a href="/contact">Contact us</a></div>
 </div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, byline: str, trending: tuple[str, ...] = (),
             video_title: str | None = None, caption: str | None = None) -> str:
    """KXRT 9 News: a local TV station in Portland, Oregon (<br> paragraphs, no date)."""
    joined = "<br><br>\n".join(paras)
    tr = "".join(f'<div class="trend-item"><a href="/news/{_slug(h)}">{_t(h)}</a></div>'
                 for h in trending)
    vid = ""
    if video_title:
        vid = (f'<div class="vid-player"><div class="vid-title">WATCH: {_t(video_title)}</div>'
               '<div class="vid-frame" data-src="/video/embed/88213"></div></div>')
    cap = ""
    if caption:
        cap = f'<div class="img-credit"><img src="/photos/lead.jpg" alt="">{caption}</div>'
    return f"""<html>
<head>
<title>{_t(title)} | KXRT 9 News</title>
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="KXRT">
</head>
<body>
<div id="app">
 <div class="alert-bar">WEATHER: Clear skies tonight, lows near 55. <a href="/weather">
  Full forecast</a></div>
 <div class="hdr">
  <div class="hdr-logo"><a href="/">KXRT 9 News Portland</a></div>
  <div class="hdr-links"><a href="/news">News</a> <a href="/weather">Weather</a>
   <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> <a href="/verify">Verify</a>
   <a href="/watch">Watch Live</a></div>
  <div class="hdr-wx">Portland 72&deg;</div>
 </div>
 <div class="content-wrap">
  <div class="story-col">
   <div class="story-hd"><div class="story-title"><h1>{_t(title)}</h1></div>
    <div class="story-by">Author: {_t(byline)}</div></div>
   <div class="share-row"><span>Share on Facebook</span> <span>Share on Twitter</span>
    <span>Email</span></div>
   {cap}
   {vid}
   <div class="story-text">
{joined}
   </div>
   <div class="related-cta">Download the KXRT app for breaking news alerts.</div>
  </div>
  <div class="rail-col">
   <div class="ad-box">Advertisement</div>
   <div class="trend-box"><div class="trend-h">Trending on kxrt9</div>{tr}</div>
   <div class="ad-box">Advertisement</div>
  </div>
 </div>
 <div class="ftr">
  <div>KXRT-TV, 3100 SW Canyon Rd, Portland, OR 97225 | FCC Public Inspection File |
   EEO Report | Closed Captioning</div>
  <div>&copy; 2025 KXRT. All Rights Reserved.</div>
 </div>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, date_iso: str | None = None,
               tags: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               comments: int = 0, read_more: str | None = None) -> str:
    """Yield & Tariff: a US finance blog running on WordPress."""
    meta = ""
    posted = ""
    if date_iso:
        d = _when(date_iso)
        meta = f'<meta property="article:published_time" content="{date_iso}" />'
        vis = d.strftime("%B %d, %Y").replace(" 0", " ")
        posted = (f'<span class="posted-on">Posted on <a href="#" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{date_iso}">{vis}</time>'
                  '</a></span> ')
    content = []
    for i, p in enumerate(paras):
        content.append(f"<p>{p}</p>")
        if i == 1 and read_more:
            content.append(f'<p class="related-inline">RELATED: <a href="/{_slug(read_more)}/">'
                           f"{_t(read_more)}</a></p>")
        if i in (3, 7):
            content.append('<div class="wp-block-group ad-slot"><span class="ad-label">'
                           "Advertisement</span><ins class=\"adsbygoogle\"></ins></div>")
    tg = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{_t(t)}</a>' for t in tags)
    rc = "".join(f'<li><a href="/{_slug(r)}/">{_t(r)}</a></li>' for r in recent)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>{_t(title)} &#8211; Yield &amp; Tariff</title>
<meta property="og:site_name" content="Yield &amp; Tariff" />
<meta property="og:type" content="article" />
{meta}
<link rel='stylesheet' id='yt-theme-css' href='/wp-content/themes/yt/style.css' media='all' />
</head>
<body class="post-template-default single single-post postid-4471 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/">Yield &amp; Tariff</a></p>
  <p class="site-description">Markets, macro and the trade war, minus the jargon</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/category/macro/">Macro</a></li>
  <li class="menu-item"><a href="/category/trade/">Trade</a></li>
  <li class="menu-item"><a href="/category/rates/">Rates</a></li>
  <li class="menu-item"><a href="/category/portfolio/">Portfolio</a></li>
  <li class="menu-item"><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish format-standard hentry">
 <header class="entry-header">
  <h1 class="entry-title">{_t(title)}</h1>
  <div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
   <a class="url fn n" href="/author/{_slug(author)}/">{_t(author)}</a></span></span></div>
 </header>
 <div class="entry-content">
{chr(10).join(content)}
 <div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
  <li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a>
  </li><li><a class="share-linkedin" href="#">LinkedIn</a></li>
  <li><a class="share-email" href="#">Email</a></li></ul></div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>
 <div class="author-bio"><h4>About {_t(author)}</h4><p>{_t(author)} writes about rates, trade
  and whatever else is moving markets. Nothing here is investment advice.</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
 &ldquo;{_t(title)}&rdquo;</h2><p><a href="#respond">Leave a reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
  <ul>{rc}</ul></section>
 <section class="widget widget_newsletter"><h2 class="widget-title">Get the Sunday note</h2>
  <form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
 </section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Yield &amp; Tariff
 &middot; Runs on WordPress and too much coffee &middot; <a href="/disclosures/">Disclosures</a>
</div></footer>
</div>
</body>
</html>
"""


def _bcast_site(title: str, paras: list[str], *, byline: str, key_points: tuple[str, ...] = (),
                posted: str | None = None, related: tuple[str, ...] = (),
                topics: tuple[str, ...] = ()) -> str:
    """SCBC News: an Australian public broadcaster (no article tag, key points box)."""
    kp = ""
    if key_points:
        kp = ('<div class="keypoints"><h2>Key points:</h2><ul>'
              + "".join(f"<li>{k}</li>" for k in key_points) + "</ul></div>")
    ps = "\n".join(f'<p class="para">{p}</p>' for p in paras)
    rel = "".join(f'<li><a href="/news/{_slug(r)}">{_t(r)}</a></li>' for r in related)
    tp = " ".join(f'<a class="topic" href="/topic/{_slug(t)}">{_t(t)}</a>' for t in topics)
    post = f'<div class="posted">Posted {posted}</div>' if posted else ""
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><title>{_t(title)} - SCBC News</title>
<meta property="og:site_name" content="SCBC News"></head>
<body>
<a href="#content" class="skip">Skip to main content</a>
<div class="globalnav"><span class="brand">SCBC</span> <a href="/news">News</a>
 <a href="/iview">SCBC Watch</a> <a href="/listen">Listen</a> <a href="/kids">Kids</a>
 <a href="/local">Your local station</a> <a href="/login">Log in</a></div>
<div class="newsnav"><a href="/news/just-in">Just In</a> <a href="/news/world">World</a>
 <a href="/news/business">Business</a> <a href="/news/politics">Politics</a>
 <a href="/news/rural">Rural</a> <a href="/news/analysis">Analysis</a></div>
<div id="content" class="story-layout">
 <div class="story-head"><h1>{_t(title)}</h1>
  <div class="byline">By {_t(byline)}</div>{post}</div>
 <div class="story-share"><button>Share</button> <a href="#">Copy link</a></div>
 {kp}
 <div class="story-body">
{ps}
 </div>
 <div class="topics">Topics: {tp}</div>
 <div class="related"><h3>Related stories</h3><ul>{rel}</ul></div>
</div>
<div class="site-foot">
 <p>SCBC acknowledges the Traditional Custodians of the lands where we live, work and gather.</p>
 <p>Southern Cross Broadcasting Corporation &copy; 2025 | <a href="/privacy">Privacy</a> |
 <a href="/accessibility">Accessibility</a> | <a href="/help">Help</a></p>
</div>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, byline: str, date_iso: str | None = None,
                   most_read: tuple[str, ...] = (), read_more: tuple[str, ...] = (),
                   caption: str | None = None, author_bio: str | None = None) -> str:
    """The Harbour Gazette: an English regional paper drowning in ads."""
    date_html = ""
    if date_iso:
        d = _when(date_iso)
        date_html = ('<span class="gz-date">'
                     + d.strftime("%A %d %B %Y, %H:%M").replace(" 0", " ") + "</span>")
    chunks = []
    rm = list(read_more)
    for i, p in enumerate(paras):
        chunks.append(f"<p>{p}</p>")
        if i % 2 == 1:
            chunks.append('<div class="gz-ad gz-ad-inarticle"><small>Advertisement</small>'
                          f'<div id="div-gpt-ad-inart-{i}"></div></div>')
        if i in (2, 6) and rm:
            h = rm.pop(0)
            chunks.append(f'<p class="gz-readmore"><b>READ MORE:</b> '
                          f'<a href="/news/{_slug(h)}">{_t(h)}</a></p>')
    mr = "".join(f'<li><a href="/news/{_slug(h)}">{_t(h)}</a></li>' for h in most_read)
    cap = ""
    if caption:
        cap = ('<div class="gz-pic"><img src="/img/main.jpg" alt="">'
               f'<p class="cap">{caption}</p></div>')
    bio = f'<div class="gz-bio">{author_bio}</div>' if author_bio else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_t(title)} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<script async src="https://ads.adnet.example/tag.js"></script>
</head>
<body class="gz">
<div class="gz-ad gz-ad-leaderboard"><small>Advertisement</small><div id="lb-1"></div></div>
<div class="gz-consent">Harbour Gazette and our 312 partners store and access information on your
 device. <button>I accept</button> <button>Options</button></div>
<div class="gz-header"><div class="gz-logo"><a href="/">Harbour Gazette</a></div>
 <div class="gz-tagline">Serving Kelsworth, Dunmere and the Ashby Vale since 1861</div>
 <div class="gz-nav"><a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What&#8217;s On</a> | <a href="/property">Property</a> |
  <a href="/announcements">Announcements</a> | <a href="/jobs">Jobs</a> |
  <a href="/e-edition">E-edition</a></div></div>
<div class="gz-ad gz-ad-skin"><small>Advertisement</small></div>
<div class="gz-main">
 <div class="gz-article">
  <h1 class="gz-h1">{_t(title)}</h1>
  <div class="gz-by">By {_t(byline)} {date_html}</div>
  <div class="gz-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>
   <a href="#">Email</a></div>
  {cap}
  <div class="gz-body">
{chr(10).join(chunks)}
  </div>
  {bio}
  <div class="gz-comments"><a href="#">Join the conversation &ndash; 42 comments</a></div>
  <div class="gz-ad gz-ad-outbrain"><small>Sponsored links</small>
   <div>You won&#8217;t believe what this Kelsworth pensioner found in her loft</div>
   <div>Homeowners in the Midlands are rushing to claim this new grant</div></div>
 </div>
 <div class="gz-rail">
  <div class="gz-ad gz-ad-mpu"><small>Advertisement</small></div>
  <div class="gz-mostread"><h3>Most Read</h3><ol>{mr}</ol></div>
  <div class="gz-ad gz-ad-mpu"><small>Advertisement</small></div>
  <div class="gz-nl"><h3>Get the Gazette daily</h3><p>Local news straight to your inbox.</p>
   <input type="email"><button>Sign me up</button></div>
 </div>
</div>
<div class="gz-footer">Harbour Gazette, Quayside House, 9 Mill Lane, Kelsworth KW3 2PL.
 Part of Ashby Vale Newspapers Ltd. &copy; 2025. This newspaper is regulated by an independent
 press standards body.</div>
</body>
</html>
"""


def _asia_site(title: str, paras: list[str], *, byline: str, summary: str,
               date_iso: str | None = None, top_stories: tuple[str, ...] = (),
               fact_box: tuple[str, ...] = (), caption: str | None = None) -> str:
    """Straits & Bund Daily: an Asian business paper (Singapore, SGT, yuan sums)."""
    date_html = ""
    meta = ""
    if date_iso:
        d = _when(date_iso)
        date_html = ('<div class="sb-pub">Published '
                     + d.strftime("%a, %b %d, %Y &middot; %H:%M") + " SGT</div>")
        meta = f'<meta name="pubdate" content="{d.strftime("%Y%m%d")}">'
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<div class="sb-para">{p}</div>')
        if i == 4 and fact_box:
            ps.append('<div class="sb-factbox"><div class="sb-fb-h">AT A GLANCE</div><ul>'
                      + "".join(f"<li>{f}</li>" for f in fact_box) + "</ul></div>")
    ts = "".join(f'<li><a href="/news/{_slug(h)}">{_t(h)}</a></li>' for h in top_stories)
    cap = ""
    if caption:
        cap = (f'<div class="sb-media"><img src="/media/lead.jpg" alt="">'
               f'<span class="sb-cap">{caption}</span></div>')
    return f"""<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>{_t(title)} - Straits &amp; Bund Daily</title>
{meta}
<meta name="description" content="{_a(summary)}">
</head>
<body>
<div class="sb-top"><span class="sb-logo">Straits &amp; Bund Daily</span>
 <span class="sb-markets">Markets data delayed &middot; <a href="/markets">See all</a></span>
 <a href="/subscribe" class="sb-sub">Subscribe</a></div>
<nav class="sb-nav"><a href="/economy">Economy</a> <a href="/china">China</a>
 <a href="/asean">ASEAN</a> <a href="/companies">Companies</a> <a href="/markets">Markets</a>
 <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav>
<section class="sb-article-wrap">
 <div class="sb-crumbs"><a href="/">Home</a> &rsaquo; <a href="/economy">Economy</a></div>
 <div class="sb-headline"><h1>{_t(title)}</h1></div>
 <div class="sb-summary">{_t(summary)}</div>
 <div class="sb-author">{_t(byline)}</div>
 {date_html}
 <div class="sb-tools"><a href="#">Gift this article</a> <a href="#">Share</a>
  <a href="#">Save</a> <a href="#">A+</a></div>
 {cap}
 <div class="sb-body">
{chr(10).join(ps)}
 </div>
 <div class="sb-paywall"><b>Subscribe to unlock all stories.</b> Plans from S$9.90 a month.
  Already a subscriber? <a href="/login">Log in</a></div>
</section>
<aside class="sb-top-stories"><h3>Top stories</h3><ol>{ts}</ol></aside>
<footer class="sb-foot">Straits &amp; Bund Media Pte Ltd, 80 Robinson Road #14-02, Singapore
 068898. Co. Reg. No. 201733915K. &copy; 2025 All rights reserved.</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- trade-ZD1
# Stockholm round of US-China talks, Mon 28 - Tue 29 July 2025.

_T1_WIRE = _wire_site(
    "U.S., China agree to seek extension of tariff truce after Stockholm talks",
    [
        "United States and Chinese negotiators ended two days of talks in Stockholm on Tuesday "
        "by agreeing to pursue another 90 days of their tariff truce, although U.S. officials "
        "stressed that any extension would need President Donald Trump&#8217;s approval.",
        "The talks at Rosenbad, the Swedish prime minister&#8217;s office, were led by Treasury "
        "Secretary Scott Bessent and Chinese Vice Premier He Lifeng, with U.S. Trade "
        "Representative Jamieson Greer also at the table. Tuesday&#8217;s session lasted about "
        "four and a half hours and broke up at around 6 p.m. local time (1600 GMT).",
        "“We had very constructive meetings,” Bessent told reporters outside the building. "
        "“But nothing is agreed until the president signs off. We are not there yet.”",
        "China&#8217;s international trade representative, Li Chenggang, who is also a vice "
        "minister of commerce, told reporters the exchanges had been “candid, in-depth and "
        "constructive” and that both sides would work to keep the truce in place.",
        "The truce, struck in Geneva in May and fleshed out in London in June, lowered U.S. "
        "tariffs on Chinese goods to 30% and China&#8217;s duties on American goods to 10% for "
        "90 days. Without an extension it expires on Aug. 12, and duties could climb back toward "
        "the triple-digit levels both sides imposed in April.",
        "Greer said the delegations had also discussed Chinese purchases of Russian and Iranian "
        "oil, a sore point for Washington, as well as <a href='/world/fentanyl-precursors'>the "
        "flow of chemicals used to make fentanyl</a>. He said the U.S. side did not expect a "
        "deal on those issues at this stage.",
        "The Stockholm meeting was the third face-to-face round since the two countries stepped "
        "back from a spiral of tit-for-tat tariffs in the spring. Business groups on both sides "
        "had urged negotiators to lock in a longer period of calm so that companies could plan "
        "orders for the year-end shopping season.",
        "The U.S. goods trade deficit with China was $295.4 billion last year, according to "
        "Census Bureau figures, well below the peak of more than $418 billion in 2018.",
        "Bessent said he would brief Trump on the talks after flying back to Washington. Chinese "
        "officials did not say when or where the next round would take place.",
        "In Shanghai, the benchmark index closed slightly higher on Tuesday, while the yuan was "
        "little changed against the dollar.",
    ],
    byline="Ingrid Solberg and Mark Tan",
    dateline="STOCKHOLM",
    date_iso="2025-07-29T17:20:00+00:00",
    caption="U.S. Treasury Secretary Scott Bessent arrives at Rosenbad in Stockholm, Sweden, "
            "July 28, 2025. Pacific Wire/Jonas Lindqvist",
    read_more="EU and U.S. agree framework with 15% tariff on most goods",
    related=("Japan, U.S. finalize 15% tariff deal on autos and other goods",
             "ECB keeps deposit rate at 2% as trade uncertainty lingers",
             "Magnitude 6.3 quake strikes off Indonesia's Sulawesi, no tsunami warning"),
)

_T1_LEDGER = _daily_site(
    "Washington and Beijing edge towards longer truce after Stockholm talks",
    [
        "American and Chinese officials have agreed to seek a further 90 days of their tariff "
        "ceasefire after two days of negotiations in the Swedish capital, though the final word "
        "rests with Donald Trump.",
        "The delegations, led by the US Treasury secretary, Scott Bessent, and China&#8217;s "
        "vice-premier, He Lifeng, met at Rosenbad, the seat of the Swedish government, on "
        "Monday and Tuesday. Monday&#8217;s opening session ran for about five hours.",
        "Speaking to reporters after the second day, He Lifeng said the discussions had been "
        "“candid, in-depth and constructive”, adding that both sides would work to keep the "
        "truce in place.",
        "Bessent struck a more cautious note. “It was very constructive, but nothing is agreed "
        "until the president gives his approval,” he said.",
        "The ceasefire was first agreed in Geneva in May, when both countries slashed the "
        "punitive duties they had piled on each other&#8217;s goods in April, and was fleshed "
        "out in London a month later. It left American tariffs on Chinese imports at "
        "30&nbsp;per cent and Chinese duties on US goods at 10&nbsp;per cent. Unless it is "
        "extended, it lapses on 12 August.",
        "The trade representative, Jamieson Greer, joined Bessent for both days of talks, while "
        "Li Chenggang, Beijing&#8217;s chief trade negotiator, sat alongside He.",
        "For Britain, which agreed its own limited trade deal with Washington in May, the "
        "outcome matters less directly than for Asian exporters. But City economists said a "
        "breakdown between the world&#8217;s two largest economies would weigh on global growth "
        "and on British manufacturers that rely on Chinese components.",
        "“Both sides have strong reasons to avoid a return to April,” said Priya Raman, chief "
        "economist at the London consultancy Harcourt Macro. “The truce has held because "
        "neither side can afford the alternative, but the difficult questions &ndash; export "
        "controls, chips, rare earths &ndash; have barely been touched.”",
        "Swedish officials, who offered the venue, said they had been pleased to host the round. "
        "The next meeting has not yet been scheduled.",
    ],
    byline="Harriet Cole, Economics Correspondent",
    standfirst="Negotiators agree to seek a further three months of lower duties, but Donald "
               "Trump must give his blessing",
    section="World",
    read_more="What the EU's deal with Washington means for British exporters",
    most_read=("Chancellor under pressure over £22bn black hole claims",
               "Amber heat warning as temperatures forecast to hit 33C",
               "Lloyds profits rise to £3.5bn despite motor finance provision",
               "Six arrested after protest at Oxfordshire airbase"),
)

_T1_BLOG = _blog_site(
    "Stockholm Round: The Truce Lives On (Probably). What It Means for Your Portfolio",
    [
        "Another round, another “constructive” readout. U.S. and Chinese negotiators wrapped up "
        "two days of talks in Stockholm on Tuesday and said they would seek to extend the tariff "
        "truce that has kept a lid on the trade war since May. Markets mostly shrugged, which "
        "tells you how much of this was already priced in.",
        "The headline facts: Treasury Secretary Scott Bessent led the American side, with "
        "<strong>Commerce Secretary Jamieson Greer</strong> alongside him, while Vice Premier "
        "He Lifeng headed China&#8217;s team. Tuesday&#8217;s session ran for more than seven "
        "hours, which people close to the talks read as a sign that real bargaining is going on.",
        "The truce itself lapses on August 12. Any extension has to be signed off by President "
        "Trump, and Bessent was careful not to get ahead of his boss: in his telling, the "
        "meetings were very constructive, but nothing is agreed until the president says yes.",
        "Li Chenggang, Beijing&#8217;s trade negotiator, called the talks “candid, in-depth and "
        "constructive.” That is diplomatic boilerplate, but it is also a decent sign that "
        "nobody walked out angry.",
        "<strong>Why it matters for portfolios.</strong> The current setup &#8211; a 30% U.S. "
        "tariff on Chinese goods and a 10% Chinese tariff on U.S. goods &#8211; is painful but "
        "survivable for most importers. The tail risk is a snap back toward the triple-digit "
        "rates of April, which would hammer retailers, toy makers and anyone with a Shenzhen "
        "supplier.",
        "Here is how I am thinking about it. First, I would not chase China-exposed names on the "
        "back of this. An extension is the base case, and base cases don&#8217;t move prices. "
        "Second, keep an eye on soybeans: China has bought almost no U.S. beans for the new "
        "season, and a purchase commitment would be the first real deliverable. Third, watch "
        "the dollar-yuan rate, which has been unusually calm; if Beijing lets the yuan slide, "
        "take that as a signal the talks are going badly.",
        "The S&amp;P 500 ended Tuesday down 0.3%, dragged by health-care stocks rather than by "
        "anything out of Stockholm.",
        "Bottom line: the truce probably rolls over, the big issues (chips, export controls, "
        "fentanyl) stay unresolved, and we do this again in a few months. I&#8217;ll update "
        "this post when the White House says something official.",
    ],
    author="Dana Whitlock",
    date_iso="2025-07-30T07:45:00-04:00",
    tags=("US-China trade", "tariffs", "Scott Bessent", "emerging markets"),
    recent=("Fed preview: why Powell holds at 4.25%-4.50% this week",
            "Japan's $550 billion pledge, decoded",
            "Q2 earnings scorecard: 82% beat so far"),
    comments=23,
    read_more="London talks recap: what changed in June",
)

_T1_ASIA = _asia_site(
    "US and China to seek 60-day extension of tariff truce after Stockholm round",
    [
        "China and the United States will push to extend their trade truce by 60 days after two "
        "days of talks in Stockholm, officials said, but the extension still needs the approval "
        "of US President Donald Trump.",
        "The second day of negotiations at Rosenbad, the Swedish government&#8217;s "
        "headquarters, lasted 4.5 hours and ended shortly after midnight Beijing time on "
        "Wednesday (6pm on Tuesday in Stockholm).",
        "Vice-Premier He Lifeng led the Chinese delegation, while the American side was headed "
        "by Treasury Secretary Scott Bessent and included USTR Jamieson Greer.",
        "Speaking to reporters in Stockholm, Li Chenggang, China&#8217;s international trade "
        "representative and vice-minister of commerce, said the two sides had held “candid, "
        "in-depth and constructive exchanges” and agreed to keep pushing for the truce to be "
        "extended.",
        "The Ministry of Commerce in Beijing later said in a statement that both sides would "
        "“continue to press” for the suspended tariffs and counter-measures to stay suspended.",
        "Under the truce agreed in Geneva in May, the US cut its additional tariffs on Chinese "
        "goods to 30 per cent and China lowered its levies on American goods to 10 per cent for "
        "90 days. That period runs out on Aug 12.",
        "Trade between the two economies has shrunk this year. The US goods deficit with China "
        "stood at US$295.4 billion (about 2.1 trillion yuan) last year, and Chinese customs data "
        "show shipments to the US dropped by about a fifth in the first half of 2025.",
        "For South-east Asian exporters, many of which have absorbed factories moving out of "
        "China, a stable truce is mixed news. “A truce buys time for supply chains to adjust "
        "rather than scramble,” said Nguyen Thi Lan, an economist at a Singapore-based "
        "investment bank. “But it also means the pressure on Chinese firms to relocate to "
        "Vietnam or Malaysia eases a little.”",
        "Analysts said attention would now turn to whether Mr Trump approves the extension "
        "before the Aug 12 deadline, and whether the two leaders can meet later in the year.",
    ],
    byline="Wei Jiaxin in Singapore and Tan Boon Keat",
    summary="Talks end after midnight Beijing time; the extension still needs Trump's approval",
    caption="File photo: Containers stacked at a port in Qingdao, Shandong province.",
    fact_box=("Venue: Rosenbad, Stockholm", "Talks: July 28-29",
              "US tariff on Chinese goods: 30%", "China&#8217;s tariff on US goods: 10%",
              "Truce expires: Aug 12"),
    top_stories=("Singapore core inflation eases to 0.6% in June",
                 "Hang Seng slips as property developers weigh",
                 "Malaysia secures 19% US tariff rate, lower than feared"),
)


# --------------------------------------------------------------------------- trade-ZD2
# Control story: USTR extends 178 Section 301 exclusions, Friday 29 August 2025.

_T2_WIRE = _wire_site(
    "U.S. extends tariff exclusions on 178 Chinese products through November",
    [
        "The Office of the U.S. Trade Representative said on Friday it would extend 178 "
        "exclusions from Section 301 tariffs on Chinese imports until Nov. 30, giving "
        "manufacturers that rely on the products another three months of relief.",
        "The exclusions had been due to expire on Aug. 31. Of the 178, 164 cover industrial "
        "machinery and components used by U.S. factories and 14 cover equipment used to make "
        "solar wafers and cells, USTR said in a notice released at around 5 p.m. in Washington, "
        "after markets had closed.",
        "Without the exclusions, most of the affected goods would face Section 301 duties of "
        "25%, on top of the 30% in additional tariffs that President Donald Trump has imposed "
        "on Chinese goods this year.",
        "U.S. Trade Representative Jamieson Greer said in the notice that the extension would "
        "“give affected businesses time to shift sourcing while the administration continues "
        "its review.” He did not say whether the exclusions would be renewed again.",
        "Imports covered by the exclusions were worth about $2.1 billion last year, according "
        "to trade lawyers who track the process, a small slice of the more than $430 billion in "
        "goods the United States bought from China in 2024.",
        "The exclusions date back to the first Trump administration, when companies were "
        "allowed to apply for relief from the Section 301 tariffs imposed in 2018 and 2019. "
        "Most of the original exclusions lapsed under President Joe Biden, whose administration "
        "kept a shorter list alive and extended it several times. The most recent extension "
        "before Friday&#8217;s came in May.",
        "Industry groups welcomed the move but said short extensions made planning difficult. "
        "“You cannot retool a production line in a single quarter,” said a spokesperson for the "
        "National Association of Precision Manufacturers, a trade group.",
        "The decision comes as officials from both countries prepare for further talks on the "
        "wider trade relationship.",
    ],
    byline="Leah Brandt",
    dateline="WASHINGTON",
    section="Business",
    related=("China's factory activity contracts for fifth month as PMI stays below 50",
             "Canada to drop many retaliatory tariffs on U.S. goods from Sept. 1",
             "Brazil's central bank holds Selic at 15%, signals long pause"),
)

_T2_ASIA = _asia_site(
    "US rolls over exclusions on 178 Chinese goods to Nov 30",
    [
        "The United States has extended exemptions from its Section 301 tariffs for 178 "
        "categories of Chinese goods until Nov 30, the Office of the US Trade Representative "
        "(USTR) said, in a move announced at around 5am on Saturday Singapore time.",
        "The exclusions, which had been due to lapse on Aug 31, cover 164 types of industrial "
        "machinery and parts used by American manufacturers, as well as 14 kinds of solar "
        "manufacturing equipment.",
        "Goods on the list were worth about 15 billion yuan (US$2.1 billion) in US imports last "
        "year. Without the exemptions, most of them would attract a 25 per cent Section 301 "
        "duty, in addition to the 30 per cent of extra tariffs the Trump administration has "
        "levied on Chinese products this year.",
        "China&#8217;s Ministry of Commerce spokesman He Yadong said on Saturday that Beijing "
        "had “noted” the decision and hoped Washington would remove all of the additional "
        "tariffs, which he called unilateral and harmful to both economies.",
        "USTR Jamieson Greer said the extension would allow affected companies to adjust their "
        "sourcing while the US review continues.",
        "Chinese machinery makers have been among the biggest beneficiaries of the exclusions. "
        "Exporters in Zhejiang and Jiangsu provinces supply many of the pumps, valves and motor "
        "parts on the list, according to industry associations.",
        "The renewal is for three months, shorter than some American importers had hoped. Trade "
        "lawyers in Washington said the short horizon reflected the administration&#8217;s wish "
        "to keep pressure on Beijing while talks on the wider relationship continue.",
        "The exclusions were last extended in May. Section 301 tariffs were first imposed in "
        "2018, during Mr Trump&#8217;s first term, over what Washington called unfair "
        "technology-transfer practices.",
    ],
    byline="Tan Boon Keat",
    summary="Relief for machinery and solar equipment importers; Beijing says it has noted the "
            "move",
    date_iso="2025-08-30T18:40:00+08:00",
    fact_box=("Exclusions extended: 178", "Industrial machinery: 164",
              "Solar equipment: 14", "New expiry: Nov 30, 2025",
              "Section 301 duty on most items: 25%"),
    top_stories=("Singapore raises 2025 growth forecast to 1.5-2.5%",
                 "Vietnam's exports to US jump 27% in first eight months",
                 "Hong Kong home prices edge up for third month"),
)

_T2_TV = _tv_site(
    "Portland-area manufacturers get 3 more months of tariff relief on Chinese parts",
    [
        "Some Oregon manufacturers got a little breathing room on Friday after the federal "
        "government extended tariff exemptions on nearly 180 kinds of Chinese-made machinery "
        "and parts.",
        "The Office of the U.S. Trade Representative said the exclusions, which were set to run "
        "out at the end of August, will now last through November 30. That is three more "
        "months, and for companies like Cascade Fluid Systems in Tualatin, it means avoiding a "
        "25% tax on some of the parts they buy.",
        "“Honestly, we found out from a customer who saw it online,” said Denise Arvidson, who "
        "owns the 60-person company. “We’d already started budgeting for the tariff. This buys "
        "us time, but it doesn’t solve anything.”",
        "Arvidson said her company imports specialized pump housings from a supplier in "
        "China&#8217;s Zhejiang province. She has been looking for a supplier in Mexico or the "
        "U.S., but says none can match the precision yet.",
        "Most of the 178 exclusions cover factory machinery and components, and 14 of them "
        "cover equipment used in solar panel manufacturing. Oregon has several solar component "
        "makers, including plants in Hillsboro.",
        "The Port of Portland said it does not track how many containers carry excluded goods, "
        "but a spokesperson said industrial equipment makes up a significant share of the "
        "cargo that comes through Terminal 6.",
        "The exclusions are separate from the newer tariffs on Chinese goods imposed this year. "
        "U.S. Trade Representative Jamieson Greer said in a statement that the extension gives "
        "businesses time to change suppliers while the government&#8217;s review goes on.",
        "Arvidson said she hopes the next decision comes with more notice. “November is our "
        "busiest month,” she said. “If they let it expire on November 30 and we hear about it "
        "on a Friday night again, that’s going to hurt.”",
    ],
    byline="Marisa Quintero",
    video_title="Oregon manufacturers react to tariff exclusion extension",
    caption="Courtesy: Cascade Fluid Systems",
    trending=("Crash closes I-84 eastbound near Troutdale for hours",
              "Portland Public Schools students head back to class Sept. 3",
              "Wildfire near Sisters grows to 12,000 acres"),
)


# --------------------------------------------------------------------------- cb-ZD1
# Bank of England rate decision, Thursday 7 August 2025.

_C1_LEDGER = _daily_site(
    "Bank of England cuts rates to 4% after knife-edge vote",
    [
        "The Bank of England has cut interest rates to their lowest level in more than two "
        "years, but only after an unprecedented second round of voting exposed deep divisions "
        "over how quickly to ease policy while inflation is rising.",
        "The monetary policy committee voted by five to four to lower Bank Rate by a quarter of "
        "a percentage point to 4&nbsp;per cent, from 4.25&nbsp;per cent. It was the fifth "
        "reduction since August last year.",
        "In the first round, four members backed a cut, four wanted to hold and one &ndash; the "
        "external member <strong>Alan Taylor</strong> &ndash; pushed for a larger half-point "
        "reduction. With no majority for any option, the committee voted again, and Taylor "
        "switched his support to the quarter-point cut.",
        "Those who wanted to keep rates on hold were the chief economist, Huw Pill, the deputy "
        "governor Clare Lombardelli and the external members Catherine Mann and Megan Greene.",
        "The governor, Andrew Bailey, said rates were “still on a downward path”, but warned "
        "that future cuts would need to be made “gradually and carefully”. He added: “This was "
        "a finely balanced decision.”",
        "The Bank now expects consumer price inflation, which stood at 3.6&nbsp;per cent in "
        "June, to peak at 4&nbsp;per cent in September, double its 2&nbsp;per cent target, as "
        "higher food and energy bills feed through.",
        "The chancellor, Rachel Reeves, said the cut was welcome news for families with "
        "mortgages, but acknowledged that “many people are still finding things tough”.",
        "Markets had fully priced in the cut. Sterling rose by about half a cent against the "
        "dollar after the announcement at noon, as traders took the split vote as a sign that "
        "further reductions may be slow to arrive.",
        "The committee&#8217;s next decision is due on 25 September. Economists at several City "
        "banks said they no longer expected another cut before November.",
    ],
    byline="Harriet Cole, Economics Correspondent",
    standfirst="Policymakers split 5-4 in the first ever second round of voting as inflation "
               "heads higher",
    date_iso="2025-08-07T13:48:00+01:00",
    caption="Andrew Bailey, the governor of the Bank of England. Photograph: Ledger Pictures",
    read_more="Fed holds rates at 4.25%-4.5% as two governors dissent",
    correction="This article was amended on 8 August 2025. An earlier version described Clare "
               "Lombardelli as an external member of the committee; she is a deputy governor.",
    most_read=("Heat warning extended as temperatures forecast to reach 34C",
               "Reeves weighs property tax overhaul ahead of autumn budget",
               "Inquiry told hospital trust ignored 47 warnings",
               "Premier League fixtures: who plays whom on opening weekend"),
)

_C1_WIRE = _wire_site(
    "Bank of England cuts rates to 4% in tight 5-4 vote",
    [
        "The Bank of England cut interest rates by 25 basis points to 4.0% on Thursday, but a "
        "rare second vote was needed to produce a 5-4 majority, underlining how divided "
        "policymakers are as inflation climbs.",
        "The decision, announced at noon London time (1100 GMT), was the Bank&#8217;s fifth "
        "rate cut since it began easing in August 2024.",
        "Monetary Policy Committee member Alan Taylor initially voted for a 50 basis point cut, "
        "while four colleagues, including Chief Economist Huw Pill, voted to keep rates at "
        "4.25%. Taylor then backed a 25 basis point move in a second round, the first time the "
        "committee has needed two votes to reach a decision.",
        "Governor Andrew Bailey said interest rates remained on a downward path but that any "
        "further reductions had to be made gradually and carefully. “This was a finely balanced "
        "decision,” he told reporters.",
        "The BoE now forecasts that inflation, which was 3.6% in June, will peak at 4.0% in "
        "September before falling back toward its 2% target in 2027.",
        "Britain&#8217;s economy has been sluggish, with output shrinking in April and May, and "
        "unemployment has risen to 4.7%, its highest in four years.",
        "Sterling rose after the decision as investors scaled back bets on further cuts this "
        "year. Investors now see roughly even odds of another reduction by the end of 2025.",
        "Finance minister Rachel Reeves welcomed the cut, saying it would help families with "
        "mortgages, while acknowledging that many households were still under pressure.",
        "Economists polled by Pacific Wire last week had unanimously expected a 25 basis point "
        "cut, though most had predicted a 7-2 vote. The MPC&#8217;s next decision is due on "
        "Sept. 18.",
    ],
    byline="Oliver Grant and Sunita Patel",
    dateline="LONDON",
    section="Business",
    related=("ECB holds deposit rate at 2%, signals no rush to move",
             "Norway's central bank holds at 4.25%, still sees cuts this year",
             "Swiss exporters scramble after 39% U.S. tariff takes effect"),
)

_C1_GAZETTE = _regional_site(
    "Kelsworth borrowers welcome rate cut but warn it 'won't touch the sides'",
    [
        "Homeowners across Kelsworth and the Ashby Vale with tracker mortgages will see their "
        "monthly payments fall after the Bank of England cut interest rates on Thursday.",
        "The Bank&#8217;s nine-member Monetary Policy Committee reduced Bank Rate from 4.25 per "
        "cent to 4 per cent &ndash; the first cut since May &ndash; in a five-to-four vote.",
        "The decision was so close that members had to vote twice. In the first round, Swati "
        "Dhingra argued for a bigger cut of half a percentage point, before agreeing to back "
        "the smaller reduction to secure a majority.",
        "Governor Andrew Bailey said rates were still heading down, but that cuts would come "
        "“gradually and carefully”.",
        "For a typical tracker customer, the cut is worth about £29 a month, according to "
        "figures from the trade body UK Finance. Those on fixed-rate deals will see no "
        "immediate change, though lenders have been trimming the cost of new fixes for several "
        "weeks.",
        "At Kelsworth Building Society on Harbour Street, chief executive Janet Okoro said the "
        "society would pass on the cut in full to its variable-rate borrowers from 1 September. "
        "“Every little helps, but for families who came off a 2 per cent fix last year, this "
        "won&#8217;t touch the sides,” she said.",
        "Savers, meanwhile, are likely to see rates on easy-access accounts edge down. Mrs "
        "Okoro said the society would “hold savings rates for as long as we can”.",
        "The Bank warned that inflation, currently 3.6 per cent, is likely to rise to 4 per "
        "cent in September before easing next year, driven partly by higher food prices. Food "
        "bank organisers said demand at their Dunmere centre had risen by a third since the "
        "spring.",
        "Dunmere councillor Mark Fennimore said the rate cut was “welcome but small” and urged "
        "the Government to do more on the cost of living.",
    ],
    byline="Tom Averill",
    most_read=("Man, 34, charged after crash on A614 near Dunmere",
               "Kelsworth Carnival returns with record 38 floats",
               "Plans for 220 homes on Ashby Road approved"),
    read_more=("New Harbour Street car park to open in September",
               "Kelsworth food bank appeals for summer donations"),
    author_bio="Tom Averill is the Gazette&#8217;s business and politics reporter. Email "
               "tom.averill@harbourgazette.example",
)

_C1_BLOG = _blog_site(
    "BoE Cuts to 4% on a 5-4 Split: The Most Hawkish Cut You'll See This Year",
    [
        "The Bank of England delivered the quarter-point cut everyone expected this morning, "
        "taking Bank Rate to 4%. What nobody quite expected was the drama: the Monetary Policy "
        "Committee needed two rounds of voting to get there, ending at 5-4.",
        "Translate that for a U.S. audience: imagine an FOMC meeting where the committee "
        "can&#8217;t agree and has to hold a re-vote. It has never happened at the BoE before.",
        "The four who wanted no cut at all &#8211; led by Chief Economist Huw Pill &#8211; are "
        "worried about inflation, and you can see why. U.K. CPI ran at 3.6% in June, and the "
        "Bank&#8217;s own new projections now have it peaking at 3.7% in September.",
        "Governor Andrew Bailey&#8217;s line was that rates are still on a downward path but "
        "cuts will come gradually and carefully. In central-bank speak, that means: don&#8217;t "
        "expect back-to-back moves.",
        "<strong>What it means for markets.</strong> Gilts sold off at the short end and "
        "sterling popped about 0.4% against the dollar, which is what you get when a cut comes "
        "with a hawkish vote split. If you own U.K. equities through an unhedged ETF, the "
        "currency move is a small tailwind for you in dollar terms.",
        "For the Fed-watchers in the room, the BoE&#8217;s dilemma is a preview of the one "
        "Powell may face: a slowing economy and sticky inflation at the same time. The "
        "difference is that the U.K. is further along the cutting path. This was the "
        "BoE&#8217;s fifth cut of the cycle, while the Fed has held at 4.25%&#8211;4.50% all "
        "year.",
        "Next BoE decision: September 18. I&#8217;d put the odds of another cut there at well "
        "under a coin flip. November, with a fresh set of forecasts, is the more realistic "
        "window.",
    ],
    author="Dana Whitlock",
    date_iso="2025-08-07T10:30:00-04:00",
    tags=("Bank of England", "rates", "sterling", "UK"),
    recent=("Fed holds again: two dissents and what they mean",
            "Japan trade deal: 15% on autos, explained",
            "Q2 earnings scorecard: 82% beat so far"),
    comments=11,
)


# --------------------------------------------------------------------------- cb-ZD2
# Control story: Reserve Bank of Australia cut, Tuesday 12 August 2025.

_C2_SCBC = _bcast_site(
    "Reserve Bank cuts cash rate to 3.6 per cent, its third cut this year",
    [
        "Mortgage holders have been handed some relief after the Reserve Bank of Australia cut "
        "the official cash rate by 25 basis points to 3.6 per cent, its lowest level in more "
        "than two years.",
        "The decision, announced at 2:30pm AEST on Tuesday, was the RBA&#8217;s third rate cut "
        "of 2025, following reductions in February and May, and takes the cash rate down from "
        "3.85 per cent.",
        "Unlike its July meeting, when the board surprised markets by holding rates and "
        "revealed a six-to-three split, this time the Monetary Policy Board&#8217;s decision "
        "was unanimous.",
        "In its statement, the board said underlying inflation had continued to moderate. The "
        "trimmed mean measure, which strips out the most volatile price moves, rose 2.7 per "
        "cent over the year to the June quarter, back inside the RBA&#8217;s 2&ndash;3 per cent "
        "target band. Headline inflation was 2.1 per cent.",
        "But the jobs market has softened. The unemployment rate rose to 4.3 per cent in June, "
        "the highest in more than three years.",
        "At her press conference, Governor Michele Bullock said the board had judged that a "
        "further easing was appropriate but would not be rushed. “We are not on a pre-set "
        "path,” she said. “We will be guided by the data, meeting by meeting.”",
        "The RBA also trimmed its forecast for economic growth, and lowered its assumption for "
        "long-run productivity growth to 0.7 per cent a year, from 1 per cent.",
        "Treasurer Jim Chalmers welcomed the cut, saying a borrower with a $600,000 mortgage "
        "would save around $90 a month, and about $270 a month across all three cuts this year.",
        "All four major banks &ndash; the Commonwealth Bank, Westpac, NAB and ANZ &ndash; said "
        "within hours that they would pass on the cut in full to variable-rate home loan "
        "customers.",
        "The board next meets on 29 and 30 September.",
    ],
    byline="Lachlan Hewitt",
    key_points=("The RBA has cut the cash rate by 0.25 percentage points to 3.6 per cent",
                "The Monetary Policy Board&#8217;s decision was unanimous",
                "Jim Chalmers says someone with a $600,000 mortgage will save around $90 a "
                "month"),
    topics=("Interest rates", "Economy", "Housing"),
    related=("Wage growth steady at 3.4 per cent in June quarter",
             "Home prices hit record high in July despite affordability squeeze",
             "Drought-hit farmers in South Australia call for more support"),
)

_C2_BLOG = _blog_site(
    "RBA Cuts to 3.60%: Australia Keeps Easing While the Fed Sits Tight",
    [
        "Overnight (for those of us in New York), the Reserve Bank of Australia cut its cash "
        "rate target by a quarter point to 3.60%. No drama this time: the vote was unanimous, "
        "and markets had it priced at close to 100%.",
        "This is the RBA&#8217;s third cut this year, after February and May. It held in July, "
        "which annoyed a lot of people, including me.",
        "Why cut now? Inflation has come back to earth. The RBA&#8217;s preferred core measure, "
        "trimmed mean CPI, was 2.7% year-over-year in the June quarter &#8211; inside the "
        "2%&#8211;3% target band &#8211; and the unemployment rate has drifted up to 4.3%.",
        "Governor Michele Bullock sounded careful rather than dovish at the press conference: "
        "the board isn&#8217;t on a pre-set path and will take things meeting by meeting. That "
        "is the line every central banker uses now, but it matters that she didn&#8217;t rule "
        "out more.",
        "For households, Treasurer Jim Chalmers put the savings at roughly A$90 (US$59) a month "
        "on an A$600,000 (about US$390,000) mortgage. Australian mortgages are mostly "
        "variable-rate, so the cut flows through fast &#8211; a big difference from the U.S., "
        "where 30-year fixed loans blunt the Fed&#8217;s transmission.",
        "<strong>Trade idea check-in:</strong> I&#8217;ve been long the Aussie dollar against "
        "the yen since June. The AUD dipped briefly after the announcement and recovered. With "
        "the Fed on hold at 4.25%&#8211;4.50% and the RBA cutting, the gap in favor of U.S. "
        "rates has widened again, which is a headwind for AUD/USD but less of an issue for "
        "AUD/JPY.",
        "Next RBA decision: September 30. I expect a pause there and another cut in November, "
        "but the data will decide.",
    ],
    author="Dana Whitlock",
    date_iso="2025-08-12T07:10:00-04:00",
    tags=("RBA", "Australia", "rates", "FX"),
    recent=("July CPI preview: will core hit 3%?",
            "Japan trade deal: 15% on autos, explained",
            "Gold at $3,400: who is buying?"),
    comments=7,
    read_more="Why I'm long AUD/JPY into the second half",
)

_C2_ASIA = _asia_site(
    "RBA lowers cash rate by quarter point to 3.6%",
    [
        "Australia&#8217;s central bank lowered its benchmark interest rate by a quarter of a "
        "percentage point to 3.6 per cent on Tuesday, extending an easing cycle that began in "
        "February.",
        "The Reserve Bank of Australia (RBA) announced the widely expected move at 12.30pm "
        "Singapore time. The Australian dollar slipped briefly before recovering to trade "
        "little changed at around 65 US cents.",
        "The RBA said inflation had moderated, with trimmed mean inflation at 2.7 per cent in "
        "the June quarter, while the labour market had eased, with unemployment rising to 4.3 "
        "per cent in June.",
        "Governor Michele Bullock told a press conference in Sydney that the board would remain "
        "“guided by the data, meeting by meeting”, and declined to commit to further cuts.",
        "The RBA is one of several central banks in the Asia-Pacific easing policy as inflation "
        "retreats and US tariffs weigh on trade. New Zealand&#8217;s central bank is widely "
        "expected to cut its own rate next week, while Bank Indonesia has reduced rates several "
        "times this year.",
        "For Singapore-based investors in Australian property trusts, the cut is a modest "
        "positive. “Lower funding costs help, but the bigger driver for A-REITs is whether the "
        "economy avoids a sharper slowdown,” said Vincent Low, a portfolio manager at a "
        "Singapore asset manager.",
        "Australian Treasurer Jim Chalmers said the cut would provide welcome relief to "
        "mortgage holders, estimating savings of about A$90 a month on an A$600,000 loan.",
        "The decision was the RBA&#8217;s third reduction this year. The central bank held "
        "rates in July, surprising many economists. Its next policy meeting concludes on "
        "Sept 30.",
    ],
    byline="Rachel Ong",
    summary="Australia's central bank makes its third cut of 2025 as inflation eases and the "
            "jobless rate rises",
    fact_box=("Cash rate: 3.6% (from 3.85%)", "Cut: 25 basis points",
              "Trimmed mean inflation: 2.7% (June quarter)", "Unemployment: 4.3% (June)",
              "Next meeting: Sept 29-30"),
    top_stories=("Singapore keeps 2025 growth forecast range under review",
                 "Thai baht firms as tourist arrivals recover",
                 "Indonesia's exports rise 11% in June"),
)


# --------------------------------------------------------------------------- election-ZD1
# Kelsworth and Dunmere by-election (invented seat), polling Thursday 16 October 2025.

_E1_LEDGER = _daily_site(
    "Lib Dems snatch Kelsworth and Dunmere as Labour slumps to third",
    [
        "The Liberal Democrats have won the Kelsworth and Dunmere by-election, beating Reform "
        "UK into second place and pushing Labour down to a humiliating third in a seat it won "
        "comfortably at last year&#8217;s general election.",
        "Fiona Kettering, a former headteacher and county councillor, took 10,874 votes to "
        "9,660 for Reform&#8217;s Gary Pollitt, a majority of 1,214. Labour&#8217;s Ravi Anand "
        "trailed on 4,021, while the Conservative candidate, Sophie Brandt, came fourth with "
        "2,655.",
        "Labour&#8217;s share of the vote collapsed by almost 30 percentage points, the "
        "party&#8217;s worst result in a by-election it was defending since it returned to "
        "power.",
        "Turnout was 41.5&nbsp;per cent, higher than many in the party had expected for an "
        "October by-election held in heavy rain.",
        "The result was declared in the early hours of Friday at Kelsworth Leisure Centre, "
        "where Kettering told supporters the constituency had “sent a message to Westminster "
        "that it is tired of being taken for granted”.",
        "The by-election was triggered when Dominic Harte, the Labour MP since 2017, stood down "
        "in August to run a national housing charity.",
        "Sir Ed Davey, the Lib Dem leader, visited the constituency four times during the "
        "campaign and was at the count. “This is a brilliant result for a brilliant local "
        "champion,” he said.",
        "Reform had targeted the seat heavily, and Nigel Farage held two rallies in Kelsworth. "
        "Pollitt said his party had “come from nowhere to within touching distance” and would "
        "be back.",
        "A Labour spokesperson called the result “disappointing” but said by-elections were "
        "“always difficult for governing parties”. Labour MPs in neighbouring seats were less "
        "sanguine; one said privately that the party had “taken the Midlands for granted "
        "exactly as it was accused of doing a decade ago”.",
    ],
    byline="James Whitcombe, Political Correspondent",
    standfirst="Fiona Kettering holds off Reform UK to win a seat Labour held at the general "
               "election",
    section="Politics",
    caption="Fiona Kettering with supporters after the count. Photograph: Ledger Pictures",
    read_more="Starmer faces backbench unrest over welfare plans",
    most_read=("Starmer reshuffle: who is in and who is out",
               "Clocks go back: how to cope with the darker evenings",
               "House prices fall 0.3% in September, says Halifax",
               "Strictly star quits show after injury"),
)

_E1_GAZETTE = _regional_site(
    "Kettering wins Kelsworth and Dunmere by-election for Lib Dems",
    [
        "Liberal Democrat Fiona Kettering is the new MP for Kelsworth and Dunmere after winning "
        "Thursday&#8217;s by-election by 1,412 votes.",
        "The result was declared at 3.40am at Kelsworth Leisure Centre, after a count slowed by "
        "a request to recheck one ballot box from Dunmere ward, which was later withdrawn.",
        "Mrs Kettering, 52, who taught at Dunmere Primary School for 18 years before becoming a "
        "headteacher, won 38.3 per cent of the vote. Reform UK&#8217;s Gary Pollitt was second "
        "with 34 per cent.",
        "Labour, which won the seat at the 2024 general election with 44.1 per cent of the "
        "vote, saw its share fall to 14.2 per cent, with candidate Ravi Anand finishing third. "
        "Conservative Sophie Brandt was fourth.",
        "Turnout was 38.2 per cent, with rain sweeping across the Ashby Vale for much of polling "
        "day.",
        "In her victory speech, Mrs Kettering said: “Kelsworth and Dunmere has sent Westminster "
        "a message: we are tired of being taken for granted. I will be a voice for every one of "
        "our towns and villages.”",
        "She has pledged to campaign to reopen the minor injuries unit at Dunmere Community "
        "Hospital, which closed in 2023, and to press for more frequent trains on the "
        "Kelsworth&ndash;Nottingham line.",
        "Mr Pollitt, a Kelsworth businessman who runs a haulage firm, said Reform had “come from "
        "nowhere” and would fight the seat again at the next general election.",
        "The by-election was called after Labour MP Dominic Harte stood down in August to lead a "
        "housing charity. Mr Harte, who had represented the constituency since 2017, "
        "congratulated Mrs Kettering on social media.",
    ],
    byline="Tom Averill",
    date_iso="2025-10-17T07:05:00+01:00",
    caption="Fiona Kettering celebrates with supporters at Kelsworth Leisure Centre. Picture: "
            "Gazette Photographer",
    most_read=("Dunmere bypass to close overnight for resurfacing",
               "Kelsworth Town 2 Ashby Rovers 1: late winner settles derby",
               "Bonfire night: full list of Ashby Vale displays"),
    read_more=("By-election: meet the candidates standing in Kelsworth and Dunmere",
               "Polling stations: where to vote on Thursday"),
    author_bio="Tom Averill is the Gazette&#8217;s business and politics reporter.",
)

_E1_WIRE = _wire_site(
    "UK's Liberal Democrats win by-election as Labour vote collapses",
    [
        "Britain&#8217;s centrist Liberal Democrats won a parliamentary by-election in central "
        "England on Friday, beating the populist Reform UK party, while Prime Minister Keir "
        "Starmer&#8217;s Labour Party slumped to third in a seat it had held since 2017.",
        "Liberal Democrat Fiona Kettering took 10,874 votes, defeating Reform&#8217;s Gary "
        "Pollitt by 1,214 votes in Kelsworth and Dunmere, the returning officer announced at "
        "4:50 a.m. local time.",
        "Labour&#8217;s share of the vote fell by 30 percent compared with the July 2024 "
        "national election, a result likely to add to pressure on Starmer, whose party has "
        "slipped behind Reform in national opinion polls.",
        "Turnout was 38.2%.",
        "The vote was triggered by the resignation of Labour lawmaker Dominic Harte, who left "
        "parliament in August to run a housing charity.",
        "Kettering, a former school headteacher, told supporters the area was tired of being "
        "taken for granted by Westminster. Liberal Democrat leader Ed Davey, who attended the "
        "count, called her a “brilliant local champion.”",
        "Reform, led by Nigel Farage, had campaigned hard in the mostly working-class "
        "constituency, which voted to leave the European Union in 2016.",
        "Labour said by-elections were always hard for governing parties. The Conservatives, "
        "who held the area for decades before 2017, finished fourth.",
        "The result leaves Labour with a reduced but still large majority in the 650-seat House "
        "of Commons. Analysts said the bigger worry for Starmer was the scale of the swing away "
        "from his party in a seat of the kind it needs to hold at the next national election, "
        "which must take place by 2029.",
    ],
    byline="Oliver Grant",
    dateline="KELSWORTH, England",
    date_iso="2025-10-17T05:30:00+00:00",
    section="World",
    related=("Dutch parties make final pitch ahead of Oct. 29 election",
             "Czech billionaire Babis's party wins election with 34.5% of vote",
             "Japan's ruling party picks Takaichi as leader"),
)


# --------------------------------------------------------------------------- court-ZD1
# Federal Circuit en banc ruling on IEEPA tariffs, Friday 29 August 2025 (details invented).

_K1_WIRE = _wire_site(
    "U.S. appeals court rules most of Trump's tariffs are illegal",
    [
        "A U.S. federal appeals court ruled on Friday that most of President Donald "
        "Trump&#8217;s tariffs were imposed illegally under an emergency-powers law, but left "
        "them in place until Oct. 14 so the administration can ask the Supreme Court to "
        "intervene.",
        "The U.S. Court of Appeals for the Federal Circuit in Washington, sitting en banc with "
        "all 11 of its active judges, ruled 7-4 that the International Emergency Economic "
        "Powers Act of 1977, known as IEEPA, did not give the president authority to impose the "
        "sweeping “reciprocal” tariffs announced in April or the separate duties on China, "
        "Canada and Mexico that he tied to fentanyl trafficking.",
        "“Nothing in the statute’s text suggests Congress meant to hand the President an "
        "open-ended power to tax imports,” the unsigned majority opinion said.",
        "Judge Mara Feldstein, writing for the four dissenting judges, said the majority had "
        "read the law too narrowly and that IEEPA&#8217;s power to regulate importation plainly "
        "covered tariffs.",
        "The ruling largely upheld a May 28 decision by the U.S. Court of International Trade "
        "in New York, but sent back to that court the question of whether its order should "
        "apply to everyone or only to the companies and states that sued.",
        "The cases were brought by five small businesses, led by a New York wine importer, and "
        "by 12 U.S. states led by Oregon.",
        "Trump said on social media that all of the tariffs remained in effect and that the "
        "administration would take the case to the Supreme Court, calling the appeals court "
        "“highly partisan.”",
        "The decision does not affect tariffs imposed under other laws, including the 50% "
        "duties on steel and aluminum imposed on national security grounds under Section 232 of "
        "the Trade Expansion Act.",
        "The IEEPA tariffs had brought in about $142 billion in customs revenue through the end "
        "of July, according to Treasury data, a sum the government might have to refund if the "
        "ruling stands.",
    ],
    byline="Leah Brandt and Andrew Chu",
    dateline="WASHINGTON",
    date_iso="2025-08-29T22:15:00+00:00",
    section="Legal",
    updated="22:40 GMT",
    related=("Canada to drop many retaliatory tariffs on U.S. goods",
             "India hit with 50% U.S. tariff as Russian oil penalty takes effect",
             "Fed's Waller says he favors a rate cut in September"),
)

_K1_LEDGER = _daily_site(
    "US appeals court rules Trump's global tariffs unlawful",
    [
        "A US appeals court has ruled that most of Donald Trump&#8217;s tariffs are illegal, "
        "dealing a blow to the centrepiece of his economic policy, although the levies will "
        "remain in force while the administration appeals to the supreme court.",
        "In a seven-to-four decision on Friday, the court of appeals for the federal circuit "
        "found that the president had overstepped his powers by using the International "
        "Emergency Economic Powers Act to impose tariffs on almost every trading partner, "
        "including the 10% baseline tariff that applies to British goods.",
        "The judges suspended their ruling until 14 October to allow time for an appeal.",
        "Judge Ronald Ashcombe, writing for the four dissenters, argued that the emergency "
        "law&#8217;s power to regulate imports had always been understood to include duties.",
        "Trump responded on his Truth Social platform, insisting that all the tariffs were still "
        "in effect and warning that removing them would leave the country financially "
        "weakened.",
        "The case is the first big test of Trump&#8217;s claim that the 1977 law, designed to "
        "let presidents freeze assets and impose sanctions during emergencies, allows him to set "
        "import taxes without the approval of Congress.",
        "The tariffs had raised about $142bn (£105bn) for the US Treasury by the end of July. If "
        "the supreme court upholds the ruling, importers could seek refunds, and lawyers have "
        "advised US companies to keep careful records of the duties they have paid.",
        "The ruling does not cover tariffs on steel, aluminium and cars imposed under separate "
        "national security laws.",
        "William Hartnell, a trade lawyer at a London firm, said: “For British exporters, the "
        "baseline 10% tariff is the one that matters. Nobody should assume it disappears soon; "
        "the supreme court will take months.”",
    ],
    byline="Daniel Marsh, US Editor",
    standfirst="Judges give the administration until mid-October to take its case to the "
               "supreme court",
    section="World",
    read_more="What Trump's tariffs have cost British exporters so far",
    most_read=("Rail fares to rise by up to 5.8% in January",
               "Reform overtakes Labour in three new polls",
               "Water regulator orders refunds for 1.2m homes",
               "Heathrow third runway plan submitted"),
)

_K1_TV = _tv_site(
    "Oregon-led tariff challenge wins at federal appeals court",
    [
        "Oregon and 11 other states scored a major win on Friday when a federal appeals court "
        "agreed that most of President Donald Trump&#8217;s tariffs were imposed illegally.",
        "The U.S. Court of Appeals for the Federal Circuit ruled 7-4 that the International "
        "Emergency Economic Powers Act does not give the president the power to set the "
        "sweeping tariffs he has placed on imports from nearly every country.",
        "The tariffs will stay in place for now. The court put its decision on hold until "
        "October 17 so the Trump administration can appeal to the U.S. Supreme Court.",
        "Oregon Attorney General Dan Rayfield, whose office led the coalition of states, called "
        "the ruling “a win for the rule of law and for every Oregon family and small business "
        "paying these taxes.” “The Constitution gives Congress the power to tax, not the "
        "president,” Rayfield said at a news conference in Salem.",
        "Oregon joined the lawsuit in April. The state argued that the tariffs were raising "
        "costs for Oregon businesses and for state agencies that buy imported equipment.",
        "Trump said on social media that the tariffs were still in effect and that he would take "
        "the fight to the Supreme Court.",
        "At Cascade Fluid Systems in Tualatin, owner Denise Arvidson said she was glad about the "
        "ruling but was not counting on a refund. “I’ll believe it when I see a check,” she "
        "said. Her company has paid tens of thousands of dollars in tariffs this year on parts "
        "it imports from China.",
        "The ruling upholds most of a decision made in May by the U.S. Court of International "
        "Trade, but asks that court to take another look at how broadly its order should apply.",
        "Tariffs on steel and aluminum, which were imposed under a different law, are not "
        "affected.",
    ],
    byline="Marisa Quintero",
    video_title="Oregon AG reacts to appeals court tariff ruling",
    trending=("Labor Day weekend: where to find fireworks and parades",
              "Oregon State Fair opens with new rides",
              "Man rescued after 2 days lost near Mount Hood"),
)

_K1_BLOG = _blog_site(
    "The Federal Circuit Just Ruled Against the Tariffs. Here's What Happens Next",
    [
        "Late Friday, while most of us were heading into the long weekend, the Federal Circuit "
        "handed down the tariff ruling everyone has been waiting for. The short version: an 8-3 "
        "majority of the full court says the IEEPA tariffs are illegal. The slightly longer "
        "version: nothing changes yet.",
        "The court stayed its own decision until October 14, which gives the administration "
        "time to petition the Supreme Court. Expect that petition fast. The White House has "
        "already said it will appeal, and the Treasury has every reason to want a final answer "
        "before the refund bill gets any bigger.",
        "<strong>The refund question.</strong> IEEPA tariffs brought in roughly $142 billion "
        "through July. If the Supreme Court affirms, importers of record could be entitled to "
        "get that money back, with interest. That is a big number even by federal standards, "
        "and it would be a windfall for retailers and manufacturers who have been eating the "
        "duties.",
        "<strong>What is covered.</strong> The ruling hits the so-called reciprocal tariffs, "
        "including the 10% baseline, and the fentanyl-linked tariffs on China, Canada and "
        "Mexico. It does not touch Section 232 tariffs (steel, aluminum, autos) or Section 301 "
        "tariffs on China. Those sit on separate legal foundations, and the administration "
        "could try to rebuild some of the IEEPA tariffs under those statutes.",
        "The dissent, written by Judge Mara Feldstein, argues that the power to regulate "
        "importation has to include tariffs, and it is a serious argument. Don&#8217;t assume "
        "the Supreme Court goes the same way as the Federal Circuit.",
        "<strong>Market take.</strong> I&#8217;d fade any big rally in tariff-exposed names on "
        "this. The base case is a Supreme Court decision sometime next year, and in the "
        "meantime the administration has other trade laws in its back pocket. Companies "
        "won&#8217;t reprice supply chains on a stayed ruling.",
        "The case itself started with five small businesses and a dozen states, led by Oregon. "
        "The Court of International Trade ruled for them back in May; the Federal Circuit has "
        "now mostly agreed, though it sent the remedy question back down.",
    ],
    author="Dana Whitlock",
    date_iso="2025-08-30T09:00:00-04:00",
    tags=("tariffs", "IEEPA", "Supreme Court", "trade policy"),
    recent=("Nvidia earnings: the $46.7 billion quarter, in three charts",
            "Powell at Jackson Hole: the door to September opens",
            "India's 50% tariff: who gets hurt"),
    comments=31,
    read_more="IEEPA explained: the 1977 law behind the tariffs",
)


# --------------------------------------------------------------------------- regex pieces

_PCT = r" ?(%|per ?cent|percent|pct)"

STORIES: list[dict[str, Any]] = [
    _story("trade-ZD1", "trade", "2025-08-02", [
        _page("https://www.pacificwire.example/world/us-china-stockholm-talks-truce-2025-07-29",
              _T1_WIRE),
        _page("https://www.morningledger.example/world/us-china-stockholm-talks-truce-a7731",
              _T1_LEDGER),
        _page("https://yieldandtariff.example/2025/07/30/stockholm-round-truce-portfolio/",
              _T1_BLOG),
        _page("https://www.straitsbund.example/economy/us-china-seek-truce-extension-stockholm",
              _T1_ASIA),
    ], [
        ("duration",
         r"four and a half hours|4\.5 ?(hours?|hrs?|h\b)|4 ?(hours?|hrs?|h) ?(and )?30"
         r"|270 ?min",
         r"seven hours|(?<![\d.])7\+? ?(hours?|hrs?|h\b)|420 ?min"),
        ("speaker", r"chenggang", r"lifeng"),
        ("truce extension length",
         r"(?<![\d.])90[- ]?days?|ninety[- ]days?|three months|3 months",
         r"(?<![\d.])60[- ]?days?|sixty[- ]days?|two months|2 months"),
        ("title", r"trade representative|\bustr\b",
         r"commerce secretary|secretary of commerce"),
    ]),
    _story("trade-ZD2", "trade", "2025-09-02", [
        _page("https://www.pacificwire.example/business/ustr-extends-china-exclusions-178",
              _T2_WIRE),
        _page("https://www.straitsbund.example/economy/us-rolls-over-exclusions-178-goods",
              _T2_ASIA),
        _page("https://www.kxrt9.example/news/local/portland-manufacturers-tariff-relief/"
              "283-5d1c", _T2_TV),
    ], []),
    _story("cb-ZD1", "central bank", "2025-08-11", [
        _page("https://www.morningledger.example/business/2025/aug/07/bank-of-england-cut",
              _C1_LEDGER),
        _page("https://www.pacificwire.example/business/boe-cuts-rates-5-4-vote", _C1_WIRE),
        _page("https://www.harbourgazette.example/news/kelsworth-borrowers-rate-cut-5521",
              _C1_GAZETTE),
        _page("https://yieldandtariff.example/2025/08/07/boe-cuts-to-4-on-a-5-4-split/",
              _C1_BLOG),
    ], [
        ("dissenter", r"taylor", r"dhingra"),
        ("inflation forecast", r"(?<![\d.])4(\.0+)?" + _PCT, r"(?<![\d.])3\.7" + _PCT),
        ("next meeting date",
         r"sep\w*\.? 18\b|\b18(th)? sep|2025-09-18|18/09",
         r"sep\w*\.? 25\b|\b25(th)? sep|2025-09-25|25/09"),
    ]),
    _story("cb-ZD2", "central bank", "2025-08-15", [
        _page("https://www.scbc.example/news/rba-cuts-cash-rate-3-6-per-cent/105538226",
              _C2_SCBC),
        _page("https://yieldandtariff.example/2025/08/12/rba-cuts-to-3-60/", _C2_BLOG),
        _page("https://www.straitsbund.example/economy/rba-lowers-cash-rate-quarter-point",
              _C2_ASIA),
    ], []),
    _story("election-ZD1", "election", "2025-10-21", [
        _page("https://www.morningledger.example/politics/kelsworth-dunmere-by-election-c5530",
              _E1_LEDGER),
        _page("https://www.harbourgazette.example/news/kettering-wins-by-election-6120",
              _E1_GAZETTE),
        _page("https://www.pacificwire.example/world/uk-lib-dems-win-by-election-kelsworth",
              _E1_WIRE),
    ], [
        ("majority", r"(?<![\d,])1,?214(?!\d)", r"(?<![\d,])1,?412(?!\d)"),
        ("turnout", r"38\.2", r"41\.5"),
        ("vote share change",
         r"(?<![\d.])(30|29\.9) ?(percentage[- ]points?|points?|pts|pp)",
         r"(?<![\d.])30 ?(%|per ?cent|percent|pct)(?!age)(?! ?points)"),
        ("declaration time", r"(?<!\d)0?3[:.]40", r"(?<!\d)0?4[:.]50"),
    ]),
    _story("court-ZD1", "court", "2025-09-03", [
        _page("https://www.pacificwire.example/legal/appeals-court-rules-trump-tariffs-illegal",
              _K1_WIRE),
        _page("https://www.morningledger.example/world/us-appeals-court-tariffs-unlawful-b2209",
              _K1_LEDGER),
        _page("https://www.kxrt9.example/news/politics/oregon-tariff-challenge-appeals-court/"
              "283-9a7e", _K1_TV),
        _page("https://yieldandtariff.example/2025/08/30/federal-circuit-tariff-ruling/",
              _K1_BLOG),
    ], [
        ("vote count",
         r"(?<!\d)7 ?(-|–|—|to) ?4(?!\d)|seven[- ]to[- ]four|\b(7|seven) judges"
         r"|\b(4|four) dissent",
         r"(?<!\d)8 ?(-|–|—|to) ?3(?!\d)|eight[- ]to[- ]three|\b(8|eight) judges"
         r"|\b(3|three) dissent"),
        ("stay deadline",
         r"oct\w*\.? 14\b|\b14(th)? oct|2025-10-14|14/10",
         r"oct\w*\.? 17\b|\b17(th)? oct|2025-10-17|17/10"),
        ("dissent author", r"feldstein", r"ashcombe"),
    ]),
]
