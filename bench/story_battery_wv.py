"""Part WV of the story battery (web pages).

Written by engineer WV1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WV`.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by three or four invented outlets whose whole HTML pages are built by one template per
outlet.  One story (the central-bank one) is a control story with no planted disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WV", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Paragraphs separated by blank lines; wrapped lines inside one are joined."""
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _lines(text: str) -> list[str]:
    """One item per non-empty line."""
    return [" ".join(x.split()) for x in text.strip().splitlines() if x.strip()]


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:60]


# ---------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, <h1>, dateline in the lead, slim furniture,
# a "Most read" rail, optional "Updated" line and correction note.
# ---------------------------------------------------------------------------------------------
def _wire_site(title: str, body_paragraphs: list[str], *, byline: str, dateline: str,
               section: str = "World", published: str | None = None,
               shown: str | None = None, updated: str | None = None,
               read_more: str | None = None, most_read: list[str] | None = None,
               correction: str | None = None) -> str:
    meta = [
        '<meta property="og:site_name" content="Pacific Wire">',
        '<meta property="og:type" content="article">',
        '<meta name="twitter:site" content="@pacificwire">',
    ]
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    body: list[str] = []
    for i, p in enumerate(body_paragraphs):
        if i == 0:
            p = f'<span class="dl">{dateline} (Pacific Wire) &#8212;</span> {p}'
        body.append(f'        <p data-pos="{i}">{p}</p>')
        if i == 2 and read_more:
            body.append(
                '        <p class="inline-promo"><strong>Read more:</strong> '
                f'<a href="/{section.lower()}/{_slug(read_more)}">{read_more}</a></p>')
    stamp = ""
    if shown:
        stamp = f'      <div class="stamp"><time>{shown}</time></div>\n'
    upd = f'      <p class="updated">{updated}</p>\n' if updated else ""
    corr = (f'      <p class="correction"><em>Correction:</em> {correction}</p>\n'
            if correction else "")
    rail = "\n".join(
        f'          <li><a href="/{_slug(h)}"><span class="n">{n}</span> {h}</a></li>'
        for n, h in enumerate(most_read or [], 1))
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pacific Wire</title>
{nl.join(meta)}
<link rel="stylesheet" href="/static/pw.3f9a.css">
</head>
<body class="pw article-page">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="pw-top">
    <a class="logo" href="/">PACIFIC WIRE</a>
    <nav aria-label="Sections">
      <a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
      <a href="/politics">Politics</a> <a href="/science">Science</a> <a href="/tech">Tech</a>
      <a href="/sports">Sports</a> <a href="/pictures">Pictures</a>
    </nav>
    <a class="btn" href="/signin">Sign in</a> <a class="btn" href="/register">Register</a>
  </header>
  <div class="consent" role="dialog" aria-label="Cookie preferences">
    <p>We and our 142 partners use cookies to personalise content and measure audiences.
    You can change your choices at any time.</p>
    <button>Accept all</button> <button>Reject non-essential</button> <button>Settings</button>
  </div>
  <main id="main-content">
    <article class="story">
      <div class="kicker"><a href="/{section.lower()}">{section}</a></div>
      <h1 class="headline">{title}</h1>
      <div class="byline">By {byline}</div>
{stamp}      <div class="share-top">
        <a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Share on LinkedIn</a>
        <button class="copy">Copy link</button>
      </div>
      <div class="body">
{nl.join(body)}
      </div>
{upd}{corr}      <p class="trust">Our Standards: <a href="/principles">The Pacific Wire Trust
      Principles</a>.</p>
    </article>
    <aside class="most-read">
      <h2>Most read</h2>
      <ol>
{rail}
      </ol>
    </aside>
  </main>
  <footer class="pw-foot">
    <nav><a href="/about">About us</a> <a href="/careers">Careers</a>
    <a href="/contact">Contact</a> <a href="/privacy">Privacy</a>
    <a href="/cookies">Cookie policy</a> <a href="/terms">Terms of use</a></nav>
    <p>All quotes delayed a minimum of 15 minutes.</p>
    <p>&copy; 2025 Pacific Wire Ltd. 88 Harbour Road, Wan Chai, Hong Kong.
    All rights reserved.</p>
  </footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. Nested <div> soup, JSON-LD when dated, paywall
# teaser, ad slots every few paragraphs, photo caption before the lead, author bio, tags,
# related box and a comments teaser.
# ---------------------------------------------------------------------------------------------
def _daily_courier(title: str, body_paragraphs: list[str], *, byline: str, role: str,
                   standfirst: str, section: str = "World", published: str | None = None,
                   caption: str | None = None, related: list[str] | None = None,
                   tags: list[str] | None = None, comments: int = 0) -> str:
    ld = ""
    stamp = ""
    if published:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"NewsArticle","headline":"' + title.replace('"', "") + '",'
              '"datePublished":"' + published + '","publisher":{"@type":"Organization",'
              '"name":"The Daily Courier"}}</script>')
        stamp = f'<div class="dc-ts" data-ts="{published}"></div>'
    fig = ""
    if caption:
        fig = ('<div class="dc-media"><div class="dc-img" role="img"></div>'
               f'<div class="dc-cap">{caption}</div></div>')
    chunks: list[str] = []
    for i, p in enumerate(body_paragraphs):
        chunks.append(f'<div class="dc-p"><p>{p}</p></div>')
        if i in (2, 6, 10):
            chunks.append('<div class="dc-ad"><span>Advertisement</span>'
                          f'<div class="slot" id="ad-mid-{i}"></div></div>')
        if i == 4:
            chunks.append('<div class="dc-paywall"><p>You&#8217;ve read 3 of your 4 free '
                          'articles this month.</p><p><a href="/subscribe">Subscribe from '
                          '&pound;1 a week</a> &middot; <a href="/login">Log in</a></p></div>')
    rel = "".join(f'<div class="dc-rel-item"><a href="/{_slug(h)}">{h}</a></div>'
                  for h in (related or []))
    tg = " ".join(f'<a class="dc-tag" href="/topic/{_slug(t)}">{t}</a>' for t in (tags or []))
    body = "\n      ".join(chunks)
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} | The Daily Courier</title>
<meta name="description" content="{standfirst}">
{ld}
</head>
<body>
<div id="wrapper">
  <div class="dc-strip"><a href="#content">Skip to content</a>
    <div class="dc-strip-links"><a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a>
    | <a href="/puzzles">Puzzles</a> | <a href="/jobs">Jobs</a></div></div>
  <div class="dc-masthead"><div class="dc-logo">The Daily Courier</div>
    <div class="dc-nav"><a href="/news">News</a> <a href="/world">World</a>
    <a href="/business">Business</a> <a href="/money">Money</a> <a href="/opinion">Opinion</a>
    <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/travel">Travel</a></div>
  </div>
  <div class="dc-cookie"><div class="inner">We use cookies and similar technologies to
    improve your experience and to show you relevant adverts. <a href="/cookies">Find out
    more</a> <span class="btn">I agree</span> <span class="btn">Manage</span></div></div>
  <div id="content" class="dc-main">
    <div class="dc-left">
      <div class="dc-section"><a href="/{section.lower()}">{section}</a></div>
      <div class="dc-head"><h1 class="dc-title">{title}</h1>
        <div class="dc-standfirst">{standfirst}</div></div>
      <div class="dc-by"><span class="name">{byline}</span>, <span class="role">{role}</span>
      {stamp}</div>
      <div class="dc-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>
        <a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Gift this article</a></div>
      {fig}
      <div class="dc-body">
      {body}
      </div>
      <div class="dc-bio"><p><strong>{byline}</strong> is the Courier&#8217;s {role.lower()}.
        Follow on X <a href="#">@courier</a>.</p></div>
      <div class="dc-tags">Topics: {tg}</div>
      <div class="dc-comments"><a href="#comments">View {comments} comments</a> &#8212;
        comments are open to subscribers.</div>
    </div>
    <div class="dc-right">
      <div class="dc-ad"><span>Advertisement</span><div class="slot" id="ad-rr"></div></div>
      <div class="dc-rel"><div class="dc-rel-h">Related articles</div>{rel}</div>
      <div class="dc-news"><div class="dc-rel-h">Morning Briefing</div><p>The news you need,
        in your inbox before 7am. <a href="/newsletters">Sign up</a></p></div>
    </div>
  </div>
  <div class="dc-foot"><p>&copy; Courier Media Group Ltd 2025. Registered in England and
    Wales No. 0411298. 1 Canal Wharf, London N1 9QZ.</p>
    <p><a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a> |
    <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 3: WKSB News 9, a local TV station on Florida's Space Coast. Styled <div> headline,
# paragraphs joined with <br><br>, weather widget, "Watch live" bar, trending box.
# ---------------------------------------------------------------------------------------------
def _local_tv(title: str, body_paragraphs: list[str], *, reporter: str,
              posted: str | None = None, updated: str | None = None,
              caption: str | None = None, trending: list[str] | None = None,
              video_title: str | None = None) -> str:
    stamp = ""
    if posted:
        stamp = f'<div class="ts">Posted: {posted}'
        if updated:
            stamp += f' <span class="sep">/</span> Updated: {updated}'
        stamp += "</div>"
    vid = ""
    if video_title:
        vid = (f'<div class="player"><div class="play-btn">&#9654;</div><div class="vt">'
               f'VIDEO: {video_title}</div><div class="dur">2:14</div></div>')
    cap = f'<div class="photo"><div class="ph"></div><div class="cap">{caption}</div></div>' \
        if caption else ""
    text = "<br><br>\n".join(body_paragraphs)
    tr = "".join(f'<div class="t-item"><a href="/news/{_slug(h)}">{h}</a></div>'
                 for h in (trending or []))
    return f"""<html>
<head>
<title>{title} | WKSB News 9</title>
<meta property="og:site_name" content="WKSB">
<meta name="viewport" content="width=device-width">
</head>
<body class="station-wksb">
<div class="alert-bar">WATCH LIVE: News 9 at Noon <a href="/live">&#9679; Stream now</a></div>
<div class="hdr">
  <div class="logo">WKSB NEWS 9 &#8212; SPACE COAST</div>
  <div class="menu"><a href="/news">News</a> <a href="/weather">Weather</a>
  <a href="/traffic">Traffic</a> <a href="/space">Launch Schedule</a>
  <a href="/investigates">9 Investigates</a> <a href="/contests">Contests</a>
  <a href="/closings">Closings</a></div>
  <div class="wx"><span class="temp">74&deg;</span> Partly cloudy &middot; Melbourne, FL
  <a href="/weather/radar">Interactive radar</a></div>
</div>
<div class="cc-banner">This site uses cookies. By continuing to browse you agree to our use
of cookies. <a href="/privacy">Privacy policy</a> <span class="x">OK</span></div>
<div class="container">
  <div class="col-main">
    <div class="story-title">{title}</div>
    <div class="reporter">By {reporter}</div>
    {stamp}
    <div class="share"><span>Share on Facebook</span> <span>Share on X</span>
    <span>Email</span> <span>Copy link</span></div>
    {vid}
    {cap}
    <div class="story-text">
{text}
    </div>
    <div class="tips">Have a news tip? Email <a href="mailto:news@wksb.example">
    news@wksb.example</a> or call 321-555-0199.</div>
    <div class="copyright">Copyright 2025 WKSB. All rights reserved. This material may not
    be published, broadcast, rewritten, or redistributed.</div>
  </div>
  <div class="col-side">
    <div class="ad-box">ADVERTISEMENT</div>
    <div class="trending"><div class="t-h">Trending on WKSB.com</div>{tr}</div>
    <div class="ad-box">ADVERTISEMENT</div>
    <div class="app">Download the WKSB News 9 app for breaking news alerts.</div>
  </div>
</div>
<div class="ftr">WKSB-TV &middot; 1400 Sarno Road, Melbourne, FL 32935 &middot;
<a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a> &middot;
<a href="/closed-captioning">Closed Captioning</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 4: Ledgerline, a WordPress-style finance blog. entry-title / entry-content, a sidebar
# with a market snapshot full of figures, categories and tags, and a comment thread.
# ---------------------------------------------------------------------------------------------
def _finance_blog(title: str, body_paragraphs: list[str], *, author: str,
                  published: str | None = None, shown: str | None = None,
                  categories: list[str] | None = None, tags: list[str] | None = None,
                  snapshot: list[str] | None = None, recent: list[str] | None = None,
                  comments: list[tuple[str, str, str]] | None = None) -> str:
    meta = ['<meta property="og:site_name" content="Ledgerline">',
            '<meta name="generator" content="WordPress 6.4.3">']
    date_html = ""
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if shown:
        date_html = (f'<span class="posted-on">Posted on <time class="entry-date published"'
                     f'>{shown}</time></span> ')
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    cats = ", ".join(f'<a href="/category/{_slug(c)}/" rel="category tag">{c}</a>'
                     for c in (categories or []))
    tg = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in (tags or []))
    snap = "".join(f"<li>{s}</li>" for s in (snapshot or []))
    rec = "".join(f'<li><a href="/{_slug(r)}/">{r}</a></li>' for r in (recent or []))
    com = ""
    for who, when, what in comments or []:
        com += (f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
                f'<b class="fn">{who}</b> <span class="says">says:</span> '
                f'<div class="comment-metadata">{when}</div></footer>'
                f'<div class="comment-content"><p>{what}</p></div>'
                f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
                f'</article></li>\n')
    n = len(comments or [])
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledgerline</title>
{nl.join(meta)}
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">Ledgerline</a></p>
  <p class="site-description">Macro, markets and the occasional rant</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li><a href="/">Home</a></li><li><a href="/category/macro/">Macro</a></li>
  <li><a href="/category/rates/">Rates</a></li><li><a href="/category/trade/">Trade</a></li>
  <li><a href="/category/equities/">Equities</a></li><li><a href="/about/">About</a></li>
  <li><a href="/premium/">Go Premium</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">{date_html}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{_slug(author)}/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{paras}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Tweet</a></li><li><a class="share-facebook" href="#">
Share on Facebook</a></li><li><a class="share-reddit" href="#">Reddit</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div>
<div class="disclaimer"><em>Nothing on Ledgerline is investment advice. The author may hold
positions in securities mentioned.</em></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in {cats}</span>
<span class="tags-links">Tagged {tg}</span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">{n} thoughts on &ldquo;{title}&rdquo;</h2>
<ol class="comment-list">
{com}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><input type="search"
placeholder="Search &hellip;"></form></section>
<section class="widget widget_text"><h2 class="widget-title">Market snapshot</h2>
<ul>{snap}</ul><p><small>Figures at previous close. Sources: exchanges.</small></p></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{rec}</ul></section>
<section class="widget"><h2 class="widget-title">Get the Sunday Ledger</h2><p>One email a
week. No spam, ever.</p><input type="email" placeholder="you@example.com">
<button>Subscribe</button></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledgerline
&middot; Proudly powered by WordPress &middot; Theme: Newsprint Lite</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 5: PBN, a public broadcaster. <main>, <h1>, a <figure> with caption before the lead,
# "Listen to this article", "More from PBN"; a live-page mode with timestamped updates.
# ---------------------------------------------------------------------------------------------
def _public_broadcaster(title: str, body_paragraphs: list[str], *, desk: str,
                        shown: str | None = None, caption: str | None = None,
                        more: list[str] | None = None, minutes: int = 4,
                        live: list[tuple[str, str, str]] | None = None,
                        live_note: str | None = None) -> str:
    fig = ""
    if caption:
        fig = (f'<figure class="lead-media"><img src="/img/placeholder-16x9.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    stamp = f'<p class="meta-date">{shown}</p>' if shown else ""
    paras = "\n".join(f'<p class="txt">{p}</p>' for p in body_paragraphs)
    live_html = ""
    if live:
        posts = []
        for t, h, p in live:
            posts.append(f'<div class="lv-post"><div class="lv-time">{t}</div>'
                         f'<h3 class="lv-h">{h}</h3><div class="lv-body">{p}</div>'
                         f'<div class="lv-share">Share this post</div></div>')
        note = f'<p class="lv-note">{live_note}</p>' if live_note else ""
        live_html = ('<section class="live"><div class="lv-badge">LIVE</div>' + note
                     + "\n".join(posts) + "</section>")
    mr = "".join(f'<li><a href="/news/{_slug(m)}">{m}</a></li>' for m in (more or []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - PBN News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="pbn-cookie-prompt"><h2>Let us know you agree to cookies</h2><p>We use cookies to
give you the best online experience. Please let us know if you agree to all of these
cookies.</p><button>Yes, I agree</button><button>No, take me to settings</button></div>
<a href="#main" class="pbn-skip">Skip to content</a>
<header class="pbn-global"><a href="/" class="pbn-logo">PBN</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
<a href="/radio">Radio</a> <a href="/tv">TV</a> <a href="/podcasts">Podcasts</a></nav>
<nav class="sub"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/science">Science</a> <a href="/news/politics">Politics</a>
<a href="/news/asia">Asia</a> <a href="/news/us">US &amp; Canada</a></nav></header>
<main id="main">
<div class="desk">{desk}</div>
<h1 id="main-heading">{title}</h1>
{stamp}
<div class="listen">&#9654; Listen to this article &middot; {minutes} min</div>
{fig}
{live_html}
<div class="article-body">
{paras}
</div>
<div class="share-tools"><button>Share</button> <button>Save</button></div>
<section class="more-from"><h2>More from PBN News</h2><ul>{mr}</ul></section>
</main>
<footer class="pbn-foot"><p>PBN is funded by the licence fee and is not responsible for the
content of external sites. <a href="/editorial-guidelines">Read about our approach to
external linking.</a></p><p>&copy; 2025 PBN. Broadcasting House, 12 Langham Street.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 6: The Coastline Gazette, a regional paper with heavy ads. Table layout, <font>-era
# markup, <div class="hdl"> headline, an ad after every other paragraph, sponsored links,
# a numbered "Most read" list with lots of figures, reader comments.
# ---------------------------------------------------------------------------------------------
def _regional_gazette(title: str, body_paragraphs: list[str], *, byline: str,
                      shown: str | None = None, caption: str | None = None,
                      most_read: list[str] | None = None, sponsored: list[str] | None = None,
                      comments: list[tuple[str, str]] | None = None,
                      section: str = "Local News") -> str:
    parts: list[str] = []
    for i, p in enumerate(body_paragraphs):
        parts.append(f'<p class="bt">{p}</p>')
        if i % 2 == 1:
            parts.append('<div class="gz-ad"><small>ADVERTISEMENT</small><br>'
                         '<div class="gz-ad-unit" style="width:300px;height:250px"></div>'
                         '<small>Story continues below advertisement</small></div>')
    stamp = f'<span class="gz-date">{shown}</span>' if shown else ""
    cap = (f'<table class="gz-photo"><tr><td><img src="/photos/p.jpg" width="620" alt="">'
           f'</td></tr><tr><td class="gz-cap">{caption}</td></tr></table>') if caption else ""
    mr = "".join(f"<tr><td class='n'>{n}</td><td><a href='/story/{_slug(h)}'>{h}</a></td></tr>"
                 for n, h in enumerate(most_read or [], 1))
    sp = "".join(f'<li><a href="https://ads.example/c?{_slug(s)}">{s}</a></li>'
                 for s in (sponsored or []))
    cm = "".join(f'<div class="gz-cmt"><b>{who}</b><div>{what}</div>'
                 f'<span class="gz-vote">Like &middot; Reply &middot; Report</span></div>'
                 for who, what in (comments or []))
    body = "\n".join(parts)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{title} - The Coastline Gazette</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="news, brevard, space coast, gazette">
</head>
<body bgcolor="#ffffff">
<div class="gz-leader"><small>ADVERTISEMENT</small><div style="width:728px;height:90px"></div>
</div>
<table width="100%" class="gz-top"><tr><td><font size="6"><b>The Coastline Gazette</b></font>
<br><font size="2">Serving the Space Coast since 1931</font></td>
<td align="right"><a href="/subscribe">Subscribe: 99&cent; for 3 months</a> |
<a href="/e-edition">e-Edition</a> | <a href="/login">Log in</a></td></tr></table>
<table width="100%" class="gz-nav"><tr><td><a href="/">Home</a> | <a href="/local">Local</a> |
<a href="/space">Space</a> | <a href="/nation-world">Nation &amp; World</a> |
<a href="/sports">Sports</a> | <a href="/obituaries">Obituaries</a> |
<a href="/classifieds">Classifieds</a> | <a href="/legals">Public Notices</a></td></tr></table>
<div class="gz-gdpr">We value your privacy. We and our partners store and/or access
information on a device. <a href="#">Accept</a> <a href="#">More options</a></div>
<table width="100%"><tr>
<td valign="top" width="68%" class="gz-story">
<div class="gz-section">{section}</div>
<div class="hdl">{title}</div>
<div class="gz-by">{byline} {stamp}</div>
<div class="gz-share"><a href="#">f Share</a> <a href="#">Tweet</a> <a href="#">Email</a>
<a href="#">Print</a></div>
{cap}
{body}
<div class="gz-nl"><b>Get the Morning Gazette.</b> Local headlines in your inbox every
weekday. <input type="email"> <button>Sign up</button></div>
<div class="gz-spons"><b>Sponsored Stories</b><ul>{sp}</ul></div>
<div class="gz-comments"><b>Reader Comments ({len(comments or [])})</b>{cm}
<p><small>Comments are moderated. Be civil.</small></p></div>
</td>
<td valign="top" class="gz-rail">
<div class="gz-ad"><small>ADVERTISEMENT</small></div>
<b>MOST READ</b><table class="gz-mr">{mr}</table>
<div class="gz-ad"><small>ADVERTISEMENT</small></div>
<div class="gz-obit"><b>Obituaries</b> <a href="/obituaries">Browse today&#8217;s
notices</a></div>
</td></tr></table>
<div class="gz-foot">&copy; 2025 The Coastline Gazette, a division of Seacrest Media.
410 Riverside Drive, Cocoa, FL 32922. <a href="/terms">Terms</a> &middot;
<a href="/privacy">Privacy</a> &middot; <a href="/ca-notice">Do Not Sell My Info</a></div>
</body>
</html>
"""


# =============================================================================================
# Story 1: the Copenhagen round of US-China trade talks, 14-15 October 2025.
# =============================================================================================
_TRADE_WIRE = _paras("""
U.S. and Chinese negotiators wrapped up two days of trade talks in the Danish capital on
Wednesday with what Treasury Secretary Scott Bessent called a &#8220;very substantial
framework&#8221; for President Donald Trump and President Xi Jinping to consider when they
meet later this month.

The second day of talks at the Eigtveds Pakhus conference centre ran for four hours and 20
minutes, according to a U.S. official who briefed reporters, after a first session on
Tuesday that stretched late into the evening.

Bessent said Washington did not expect to go ahead with the additional 100% tariff on
Chinese goods that Trump threatened earlier this month, provided Beijing postpones the
sweeping rare-earth export controls it announced on Oct.&nbsp;9. &#8220;I would expect that
threat to be off the table,&#8221; he told reporters at 19:15 local time.

China&#8217;s delegation was led by Vice Premier He Lifeng, with international trade
representative Li Chenggang at his side. The official Xinhua news agency described the
exchanges as &#8220;candid, in-depth and constructive&#8221; and said both sides had agreed
to <em>step up communication</em> on export controls, fentanyl and shipping fees.

The Copenhagen meeting was the fifth round of talks since May, following sessions in Geneva,
London, Stockholm and Madrid. The most recent, in Madrid last month, produced a framework on
the ownership of TikTok&#8217;s U.S. business.

The current tariff truce, which keeps U.S. duties on most Chinese goods at 30% and Chinese
duties on U.S. goods at 10%, expires on Nov.&nbsp;10. U.S. Trade Representative Jamieson
Greer told reporters he was &#8220;comfortable&#8221; that the two leaders could extend it.

Beijing also signalled it would resume purchases of U.S. soybeans, which Chinese buyers have
shunned since the American harvest began. Two people familiar with the talks said the volume
under discussion was 12 million tonnes for the rest of this year.

Port fees that each side began charging on the other&#8217;s ships on Oct.&nbsp;14, the
opening day of the talks, will be &#8220;reviewed&#8221;, the U.S. official said, without
giving a timetable.

Trump and Xi are scheduled to meet on Oct.&nbsp;30 in South Korea on the sidelines of the
Asia-Pacific Economic Cooperation summit. Neither government released a written text on
Wednesday.
""")

_TRADE_COURIER = _paras("""
The threat of a new 100 per cent tariff on Chinese imports receded last night after American
and Chinese officials emerged from two days of talks in Copenhagen saying they had agreed the
outline of a deal for their leaders to sign off.

Scott Bessent, the US Treasury Secretary, said the negotiators had produced &#8220;a very
substantial framework&#8221;. He indicated that the extra levy, which Donald Trump announced
on social media on 10 October, would be shelved if Beijing delays its new curbs on exports of
rare earths and the magnets made from them.

Across the table sat Finance Minister He Lifeng, Beijing&#8217;s point man on the trade war,
who told Chinese state media the two sides had held &#8220;candid and constructive&#8221;
discussions and should &#8220;cherish&#8221; the progress made since the spring.

The second and final day of talks lasted four hours and 20 minutes, a shorter session than
Tuesday&#8217;s, and broke up shortly after 6pm local time. Officials then spent more than
an hour on a joint readout that in the end was never published.

The negotiations are the latest in a series that began in Geneva in May, when the two
countries agreed to slash tit-for-tat tariffs that had climbed to 145 per cent on Chinese
goods and 125 per cent on American ones. US duties on most Chinese goods now stand at 30 per
cent.

Economists warned that a truce is not a settlement. &#8220;What we have is a pause button,
not a peace treaty,&#8221; said Imogen Clarke, chief economist at Harrowgate Capital.
&#8220;Neither the chip restrictions nor the rare-earth question has gone away.&#8221;

The current truce runs out on 10 November and now looks likely to be rolled over. Jamieson
Greer, the US Trade Representative, said that would be for the two presidents to decide.

China is also expected to buy 12 million metric tons of American soybeans before the end of
the year, a relief for farmers in the Midwest who have watched Brazilian growers take their
biggest customer.

British manufacturers that depend on Chinese rare-earth magnets for motors and wind turbines
welcomed the signal. The Engineering Employers&#8217; Council said a year-long pause in the
export regime would &#8220;buy time to build alternative supply&#8221;.

Mr Trump and Mr Xi are due to meet in South Korea on 30 October, their first face-to-face
encounter since Mr Trump returned to the White House.
""")

_TRADE_NPB = _paras("""
After a marathon final session, the United States and China say they have agreed a framework
that could head off a fresh escalation of their trade war &#8212; but the details will be
left to Donald Trump and Xi Jinping.

Wednesday&#8217;s session in Copenhagen lasted nearly six hours, officials said, capping two
days of negotiations at a harbourside conference centre that Denmark&#8217;s foreign
ministry lent to the delegations.

<strong>Tariffs.</strong> US Treasury Secretary Scott Bessent said the 100% tariff that Mr
Trump threatened to add from 1 November was &#8220;effectively off the table&#8221; as long
as China holds off on its new export rules. Duties on most Chinese goods remain at 30%.

<strong>Rare earths.</strong> According to the American side, China will postpone by a year
the export-control regime it unveiled on 9 October, which would have required licences for
products containing even tiny amounts of Chinese rare earths. Chinese officials did not
confirm the length of the delay.

<strong>Soybeans.</strong> Beijing is expected to buy 12 million tonnes of US soybeans over
the rest of 2025, and more in later years.

<strong>Who was in the room.</strong> China&#8217;s team was led by Vice-Premier He Lifeng,
who has handled every round since Geneva. Mr Bessent was joined by US Trade Representative
Jamieson Greer.

Mr Bessent briefed reporters just after 1.15pm Eastern Time, which was 7.15pm in Copenhagen.
He said he had spoken to Mr Trump by phone during a break.

<strong>What happens next.</strong> The two presidents are due to meet on 30 October in South
Korea. The truce that has kept tariffs from spiralling expires on 10 November.

Our trade correspondent says the meeting produced more than many in Washington had expected
a week ago, when markets slid on fears of a return to triple-digit tariffs. But the sticking
points, from advanced chips to shipping, have been parked rather than resolved.
""")

_TRADE_BLOG = _paras("""
Markets got the headline they wanted. After two days in Copenhagen, Treasury Secretary Scott
Bessent says the extra 50% tariff that had been dangled over Chinese goods is effectively
shelved, and Beijing is pushing back its rare-earth licensing regime. Nobody has signed
anything, but the <em>direction</em> is clear.

Quick recap for those who were asleep: China&#8217;s vice premier He Lifeng and his team sat
down with Bessent and USTR Jamieson Greer on Tuesday, and the talks wrapped on Wednesday.
Bessent called the result a &#8220;very substantial framework&#8221;
that now goes up to Trump and Xi.

<strong>The market reaction</strong> was swift. The S&amp;P 500 turned positive within
minutes of Bessent&#8217;s remarks, the offshore yuan firmed to 7.12 per dollar and Chicago
soybean futures jumped 1.9%, their best day in a month.

Why soybeans? Because the other big line item is agriculture. Chinese buyers are expected to
take 12 million metric tons of U.S. beans before year-end. That is not a huge number by
historical standards, but it is a lot more than zero, which is roughly what they have booked
for this season so far.

The rare-earth piece matters more for equities. Magnet makers and EV supply chains have been
pricing in a worst case since early October. A one-year delay takes that off the table for
now, though I would not bet the farm on it.

<strong>What I&#8217;m watching:</strong> the truce deadline of November 10. The baseline 30%
tariff on most Chinese imports stays in place either way; the question is whether the
leaders roll the truce over or let it lapse and start the bargaining all over again.

My take: this was a de-escalation, not a deal. Both sides walked away from the brink because
both sides had a lot to lose. That is a decent outcome for risk assets over the next few
weeks, and a lousy one for anyone hoping tariffs are going back to where they were in 2024.
""")

_TRADE_PAGES = [
    _page("https://www.pacificwire.example/world/us-china-talks-copenhagen-framework-2025-10-15",
          _wire_site(
              "US and China reach &#8216;framework&#8217; in Copenhagen, handing truce to"
              " leaders",
              _TRADE_WIRE, byline="Lena Strand and Tom Whitaker", dateline="COPENHAGEN",
              published="2025-10-15T18:40:00Z", shown="October 15, 2025 6:40 PM GMT",
              updated="Updated 19:55 GMT with comments from U.S. Trade Representative.",
              read_more="Madrid talks end with TikTok framework, no tariff cuts",
              most_read=_lines("""
              Gold tops $4,200 an ounce as rate-cut bets build
              Dutch court orders recall of 14,000 e-bikes over battery fires
              Oil slips 1.3% as OPEC+ signals another output rise in December
              Japan&#8217;s new premier names 19-member cabinet
              Magnitude 5.9 quake jolts central Peru; no damage reported
              Tesla deliveries rise 7% in third quarter, beating forecasts
              """))),
    _page("https://www.dailycourier.example/world/2025/oct/16/tariff-threat-fades-copenhagen",
          _daily_courier(
              "Trump&#8217;s 100% tariff threat fades as Copenhagen talks yield outline deal",
              _TRADE_COURIER, byline="Harriet Lomax", role="Economics Editor",
              standfirst="Two days of US&#8211;China negotiations in Denmark end with a"
              " &#8216;framework&#8217; for the two presidents to sign",
              section="World", published="2025-10-16T05:00:00+01:00",
              caption="File photo: containers stacked at the port of Qingdao in eastern"
              " China. Photograph: Courier Pictures",
              related=_lines("""
              Rare earths: why a handful of Chinese mines matter to every car maker
              Madrid round ends with deal on TikTok and little else (September 16)
              Soybean farmers in Iowa face the worst autumn since 2019
              Stockholm talks extend tariff pause by 90 days
              """),
              tags=["US-China trade", "Tariffs", "Donald Trump", "Xi Jinping"], comments=214)),
    _page("https://www.pbn.example/news/business-us-china-copenhagen-explained",
          _public_broadcaster(
              "What came out of the US&#8211;China trade talks in Copenhagen?",
              _TRADE_NPB, desk="Business", minutes=5,
              caption="US Treasury Secretary Scott Bessent speaks to reporters after the talks."
              " (Courtesy: PBN/pool)",
              more=_lines("""
              Cost of living: UK inflation steady at 3.8% in September
              Why the price of cocoa has halved since January
              China&#8217;s exports rise 8.3% in September despite tariffs
              The island nation running out of sand
              """))),
    _page("https://ledgerline.example/2025/10/copenhagen-readout-tariffs-soy-markets/",
          _finance_blog(
              "Copenhagen readout: tariff threat shelved, soy back on the menu",
              _TRADE_BLOG, author="Dana Kowalczyk",
              categories=["Trade", "Macro"], tags=["China", "tariffs", "soybeans", "yuan"],
              snapshot=_lines("""
              S&amp;P 500: 6,644.3 (+0.4%)
              US 10-year: 4.03%
              Brent: $62.10
              EUR/USD: 1.164
              Bitcoin: $111,240
              """),
              recent=_lines("""
              Fed minutes: two more cuts this year? Not so fast
              ECB holds at 2% for the third straight meeting
              Why copper is quietly up 18% this year
              The 30-year mortgage just hit 6.3%. Now what?
              """),
              comments=[
                  ("macro_mike", "October 15, 2025 at 4:12 pm",
                   "Buy the rumour, sell the news. We&#8217;ve seen this movie four times"
                   " this year."),
                  ("Priya S.", "October 15, 2025 at 5:47 pm",
                   "Good summary. Would love a follow-up on which magnet stocks are most"
                   " exposed."),
                  ("farmboy_ia", "October 16, 2025 at 7:03 am",
                   "I&#8217;ll believe the bean purchases when I see the cargoes loading in"
                   " New Orleans."),
              ])),
]


# =============================================================================================
# Story 2: EU General Court ruling on the Veltran Semiconductors antitrust fine, 17 Sept 2025.
# =============================================================================================
_COURT_WIRE = _paras("""
Europe&#8217;s second-highest court on Wednesday cut a European Commission antitrust fine
on Dutch chipmaker Veltran Semiconductors to 376 million euros from 1.14 billion euros,
ruling that regulators had failed to prove the company&#8217;s rebates squeezed out rivals
for part of the period in question.

The General Court in Luxembourg upheld the Commission&#8217;s finding that Veltran abused
its dominant position in microcontrollers for cars between 2011 and 2014 by granting
rebates to parts suppliers that bought almost exclusively from it. But the judges said the
evidence for 2015 and 2016 was &#8220;insufficient&#8221; and annulled that part of the
decision.

The case was heard by a five-judge chamber sitting in extended composition, a format the
court reserves for cases it considers complex or important. The ruling reduces the penalty
by roughly two-thirds.

&#8220;Today&#8217;s judgment confirms much of what we have argued for six years,&#8221;
Veltran Chief Executive Marieke Janssens said in a statement. &#8220;We will study the
reasoning carefully before deciding on any further steps.&#8221;

A Commission spokesperson, Arianna Podest&agrave;, said the EU executive &#8220;takes note
of the judgment and will study it carefully&#8221;. Both sides have two months and ten days
to appeal to the Court of Justice, the EU&#8217;s top court, on points of law.

The Commission fined Veltran in May 2019, after a four-year investigation triggered by a
2015 complaint from German rival Brisco Microsystems. At the time it was one of the largest
penalties ever imposed on a European company for abusing market power.

Veltran, based in Eindhoven, supplies the small processors that control airbags, windows
and braking systems in roughly one in three new cars sold in Europe. It had set aside the
full amount of the fine in its accounts.

Veltran shares rose as much as 5.1% in Amsterdam after the ruling and closed 3.8% higher.

The judgment is the latest in a string of setbacks for the Commission in cases built on
loyalty rebates, an area in which EU courts have demanded that regulators show actual or
likely harm to competition rather than rely on the form of the discounts alone.
""")

_COURT_COURIER = _paras("""
A Dutch chipmaker has won a partial victory over Brussels after judges slashed a
competition fine against it to &euro;412 million, in a ruling that will sharpen questions
about how the European Commission polices dominant companies.

The General Court, sitting in Luxembourg, on Wednesday upheld the core of the
Commission&#8217;s case against Veltran Semiconductors, which makes microcontrollers used in
most European cars, but threw out the findings for the last two years covered by the 2019
decision. The original penalty was &euro;1.14 billion.

&#8220;Today&#8217;s judgment confirms much of what we have argued for six years,&#8221;
said Pieter Hols, Veltran&#8217;s general counsel, in a statement issued minutes after the
ruling. He said the company would decide &#8220;in the coming weeks&#8221; whether to take
the remaining part of the case further.

The Commission, which can also appeal, said it would study the judgment carefully. Teresa
Ribera, the competition commissioner, has promised a tougher line on what she calls
&#8220;gatekeepers of industrial supply chains&#8221;, and officials privately described the
ruling as a disappointment.

At the heart of the case were rebates that Veltran offered to the suppliers that assemble
electronic systems for carmakers. Brussels argued that the discounts, paid only to
suppliers that bought nearly all their chips from Veltran, locked out smaller competitors.
The complaint was brought in 2015 by Brisco Microsystems, a German rival.

Lawyers said the judgment showed that Luxembourg&#8217;s judges still expect hard evidence
of harm. &#8220;The court is not saying rebates are fine,&#8221; said Oona Brennan, a
competition partner at Fairlie &amp; Stoke. &#8220;It is saying: prove it, year by
year.&#8221;

Veltran employs about 21,000 people, 6,500 of them in the Netherlands. Its chips are in
the braking, airbag and window systems of about a third of the new cars sold in Europe.

Either side may appeal on points of law to the Court of Justice within two months and ten
days.
""")

_COURT_BLOG = _paras("""
Veltran Semiconductors got a big chunk of its money back on Thursday. The EU General Court
cut the company&#8217;s 2019 antitrust fine to <strong>&euro;376 million</strong> (roughly
$445 million) from &euro;1.14 billion, a &euro;764 million haircut that goes straight to
the bottom line because the company had provisioned for the full amount.

The judges kept the Commission&#8217;s finding of abuse for 2011&#8211;2014 but tossed
2015&#8211;2016 for lack of evidence that the loyalty rebates actually foreclosed anyone.
That is the part lawyers will argue about for years. For investors, the part that matters
is the cash.

Management was upbeat. &#8220;Today&#8217;s judgment confirms much of what we have argued
for six years,&#8221; CEO Marieke Janssens said. She did not say whether Veltran will
appeal the rest of the ruling to the Court of Justice; it has a little over two months to
decide.

The stock closed 3.8% higher in Amsterdam, which frankly looks cautious to me. A
&euro;764 million release is roughly 40% of last year&#8217;s net profit.

<strong>What could go wrong?</strong> The Commission can appeal too, and it has had a
habit of doing exactly that in rebate cases it considers important. If it wins on appeal,
the fine could creep back up. I would put that risk at low-to-moderate.

Bigger picture: this is yet another reminder that Brussels&#8217; pre-2020 rebate cases
were built on a legal theory that the courts no longer accept without proof of effects.
Anyone holding names with open EU competition cases should read the judgment.

I am adding a small position. As always, do your own homework.
""")

_COURT_PAGES = [
    _page("https://www.pacificwire.example/business/eu-court-cuts-veltran-fine-2025-09-17",
          _wire_site(
              "EU court cuts Veltran antitrust fine to 376 million euros",
              _COURT_WIRE, byline="Marta Kuiper", dateline="LUXEMBOURG", section="Business",
              published="2025-09-17T10:05:00Z", shown="September 17, 2025 10:05 AM GMT",
              updated="Updated 15:50 GMT with closing share price.",
              read_more="EU fines three banks 290 million euros over bond cartel",
              most_read=_lines("""
              Fed cuts rates by a quarter point, signals two more this year
              Court of Justice upholds 2.4 billion euro shopping fine, ending 14-year case
              Airbus delivers 61 jets in August, keeps target of 820
              Three dead as storm floods Catalan coast
              Nvidia shares slip 2.6% on China customs probe
              """))),
    _page("https://www.dailycourier.example/business/veltran-fine-cut-general-court",
          _daily_courier(
              "Brussels suffers blow as judges slash Veltran chip fine",
              _COURT_COURIER, byline="Tobias Wren", role="Europe Correspondent",
              standfirst="Luxembourg court upholds abuse finding for four years but throws"
              " out the rest",
              section="Business",
              related=_lines("""
              How the EU lost its taste for record fines
              Google&#8217;s 4.1bn euro Android fine upheld by top court (2022)
              Chip shortage: the two-dollar part that stopped car factories
              """),
              tags=["European Union", "Competition law", "Semiconductors"], comments=38)),
    _page("https://ledgerline.example/veltran-fine-cut-what-it-means/",
          _finance_blog(
              "Veltran&#8217;s EU fine gets cut by two-thirds. Here&#8217;s the math",
              _COURT_BLOG, author="Dana Kowalczyk",
              categories=["Equities", "Europe"], tags=["Veltran", "EU", "antitrust"],
              snapshot=_lines("""
              Euro Stoxx 50: 5,402 (+0.3%)
              AEX: 912.6
              Bund 10-year: 2.69%
              EUR/USD: 1.181
              """),
              recent=_lines("""
              Fed cuts 25bp: the dot plot is the story
              Semis: three charts that worry me
              Bank of England holds at 4%, slows QT
              """),
              comments=[
                  ("euro_trader", "5 days ago",
                   "The market never trusts a half win from Luxembourg. Fair enough."),
                  ("J. Verhoeven", "4 days ago",
                   "Worth noting the provision release is one-off; don&#8217;t annualise"
                   " it."),
              ])),
]


# =============================================================================================
# Story 3 (control, nothing planted): Reserve Bank of New Zealand rate cut, 8 October 2025.
# =============================================================================================
_CB_WIRE = _paras("""
New Zealand&#8217;s central bank cut its official cash rate by 50 basis points to 2.5% on
Wednesday, a bigger move than most economists had expected, as it tried to pull an economy
that shrank in the June quarter out of its slump.

The Reserve Bank of New Zealand said in a statement that the Monetary Policy Committee
&#8220;remains open to further reductions in the OCR as required for inflation to settle
sustainably near the 2 percent mid-point&#8221; of its 1% to 3% target band.

Seventeen of 25 economists polled by Pacific Wire last week had forecast a quarter-point
cut, though money markets had priced roughly even odds of the larger reduction.

The decision takes the OCR down three full percentage points from the 5.5% level at which
it stood until August 2024, one of the fastest easing cycles among developed economies.
Gross domestic product contracted 0.9% in the three months to June, and unemployment has
risen to 5.2%, the highest in almost five years.

Annual consumer price inflation was 2.7% in the June quarter. The bank expects it to rise
to around 3% in the September quarter, driven by food and electricity prices, before
easing back toward the middle of the band next year.

The New Zealand dollar fell 0.7% to 57.2 U.S. cents after the announcement at 2 p.m. local
time, and two-year swap rates dropped 12 basis points.

It was one of the last decisions overseen by Acting Governor Christian Hawkesby, who has
led the bank since the abrupt departure of Adrian Orr in March. Swedish economist Anna
Breman takes over as governor on Dec. 1.

The next monetary policy review is due on Nov. 26, when the bank will also publish updated
forecasts.
""")

_CB_BLOG = _paras("""
The RBNZ went big. At 9 p.m. New York time on Tuesday (2 p.m. Wednesday in Wellington) the
Reserve Bank of New Zealand lowered the OCR by 50 basis points to 2.50%, and left the door
wide open to more.

If you only read one line of the statement, make it this one: the committee is &#8220;open
to further reductions in the OCR as required&#8221;. Central bankers do not write that
sentence unless they mean it.

The case for going big was sitting in plain sight. GDP fell 0.9% in Q2. Unemployment is
5.2% and rising. Business confidence has been soft since winter. Inflation, at 2.7% in the
June quarter, is close to the top of the 1&#8211;3% band, but the bank is betting that spare
capacity drags it down in 2026.

That makes it 300 basis points of easing since August 2024, when the OCR was still at 5.5%.
Very few developed-market central banks have moved that fast.

<strong>Market reaction:</strong> the kiwi dropped about 0.7% against the dollar and
front-end swap rates fell sharply. NZ equities liked it; the NZX 50 added 1.1% the next
session.

<strong>What&#8217;s next?</strong> One more meeting this year, on November 26, which comes
with a full forecast round. Then a new governor: Anna Breman starts on December 1, taking
over from acting governor Christian Hawkesby. I would not read too much into the handover;
the committee, not the governor, sets the rate.

Positioning: I remain long NZ government bonds at the short end and short NZD/AUD. The
trade has worked; I am not adding at these levels.
""")

_CB_NPB = _paras("""
The Reserve Bank of New Zealand &#8212; Te P&#363;tea Matua &#8212; has cut its benchmark
interest rate by 0.5 points, to 2.5%, in a move designed to jolt a stalled economy back
into life.

It is the eighth cut since August last year. The official cash rate, or OCR, peaked at
5.5% and stayed there until then.

In its statement the bank said its Monetary Policy Committee was open to further cuts
&#8220;as required&#8221; to bring inflation back to about 2%. The record of the meeting
showed members had debated a smaller, quarter-point reduction before agreeing by consensus
on the larger one.

Several of the country&#8217;s biggest lenders lowered their floating mortgage rates within
hours of the announcement, a relief to the many homeowners whose fixed-rate deals are due
to roll over before Christmas.

Output fell 0.9% in the June quarter, while the jobless rate stands at 5.2%.
Inflation was 2.7% in the year to June, within the bank&#8217;s target range of 1 to 3%,
and is expected to reach around 3% in the September quarter before falling.

Finance Minister Nicola Willis welcomed the decision, saying lower rates would &#8220;put
money back in people&#8217;s pockets&#8221;. The opposition said the cut showed how badly
the economy had been managed.

Our economics correspondent says the size of the cut shows how worried the bank has become
about the state of the economy. Many economists had expected a smaller move, and the bank
has left the door open to going further.

Acting Governor Christian Hawkesby will hand over to Anna Breman, formerly first deputy
governor of Sweden&#8217;s Riksbank, on 1 December. The committee next meets on 26
November.
""")

_CB_COURIER = _paras("""
New Zealand&#8217;s central bank has slashed interest rates by half a percentage point,
going further than most economists predicted and putting fresh pressure on its peers to
act as global growth slows.

The Reserve Bank of New Zealand cut its official cash rate to 2.5 per cent from 3 per cent
on Wednesday afternoon local time. Christian Hawkesby, the acting governor, and his
colleagues said they were ready to reduce borrowing costs further if needed.

The larger-than-expected move comes after New Zealand&#8217;s economy contracted by 0.9 per
cent in the second quarter, a deeper fall than the bank had forecast. Unemployment has
climbed to 5.2 per cent.

For comparison, the Bank of England&#8217;s base rate stands at 4 per cent and the European
Central Bank&#8217;s deposit rate at 2 per cent. Rates in New Zealand are now lower than in
Australia, where the Reserve Bank has held at 3.6 per cent.

Economists said the bank had judged that weak demand would keep a lid on prices. Annual
inflation ran at 2.7 per cent in the June quarter, close to the top of the 1 to 3 per cent
target range.

&#8220;This is a central bank that has decided the risk of doing too little is greater
than the risk of doing too much,&#8221; said Graham Oakes, senior economist at Antipodes
Research in London.

The decision is among the last under Mr Hawkesby, who has been in charge since March. Anna
Breman, a Swedish central banker, becomes governor on 1 December. The next rate decision is
due on 26 November.
""")

_CB_PAGES = [
    _page("https://www.pacificwire.example/markets/rbnz-cuts-ocr-50bp-2025-10-08",
          _wire_site(
              "New Zealand central bank cuts rates by 50 bps to 2.5%, signals more easing",
              _CB_WIRE, byline="Ana Ruatapu", dateline="WELLINGTON", section="Markets",
              published="2025-10-08T01:25:00Z", shown="October 8, 2025 1:25 AM GMT",
              read_more="Australia&#8217;s central bank holds cash rate at 3.60%",
              most_read=_lines("""
              Gold hits record $4,000 as shutdown drags on
              Japan&#8217;s Nikkei jumps 4.8% after ruling party vote
              Bank of Korea expected to hold at 2.50% this week
              Ten dead as typhoon Matmo lashes southern China
              Copper climbs to 16-month high on Indonesian mine outage
              """))),
    _page("https://ledgerline.example/rbnz-goes-big-50bp/",
          _finance_blog(
              "RBNZ goes big: 50bp to 2.50%, door open for more",
              _CB_BLOG, author="Sam Ng",
              categories=["Rates"], tags=["RBNZ", "New Zealand", "OCR", "NZD"],
              snapshot=_lines("""
              NZD/USD: 0.5724
              AUD/USD: 0.6588
              NZ 2-year swap: 2.71%
              US 2-year: 3.58%
              """),
              recent=_lines("""
              RBA on hold at 3.60%: patience, not pause
              Bank of Canada to 2.25%? Not priced yet
              Why I&#8217;m still long the front end
              """),
              comments=[
                  ("kiwi_saver", "5 days ago",
                   "Finally. Half the country is refixing mortgages before Christmas."),
                  ("bondvigilante", "5 days ago",
                   "Going 50 when your currency is already weak takes some nerve."),
                  ("Sam Ng", "5 days ago",
                   "@bondvigilante true, but imported inflation has been tame so far."),
              ])),
    _page("https://www.pbn.example/news/world-asia-nz-interest-rates-cut",
          _public_broadcaster(
              "New Zealand cuts interest rates to 2.5% to revive economy",
              _CB_NPB, desk="Asia-Pacific", shown="8 October 2025", minutes=3,
              caption="Shoppers in Queen Street, Auckland. The economy contracted in the"
              " June quarter. (File photo)",
              more=_lines("""
              Australia keeps rates on hold at 3.6% as inflation edges up
              Fiji declares dengue outbreak as cases pass 2,000
              All Blacks name 36-man squad for northern tour
              """))),
    _page("https://www.dailycourier.example/business/new-zealand-rate-cut-half-point",
          _daily_courier(
              "New Zealand surprises with half-point rate cut",
              _CB_COURIER, byline="Oliver Stanmore", role="Markets Reporter",
              standfirst="Central bank moves further than expected after economy shrinks",
              section="Business",
              related=_lines("""
              Bank of England holds rates at 4% as inflation sticks at 3.8%
              ECB keeps rates at 2% for second meeting in a row
              Mortgage rates: best two-year fixes dip below 4%
              """),
              tags=["Interest rates", "New Zealand", "Central banks"], comments=12)),
]


# =============================================================================================
# Story 4: third test flight of Halcyon Launch Systems' Corvid rocket, 13 November 2025.
# =============================================================================================
_ROCKET_TV = _paras("""
<strong>CAPE CANAVERAL, Fla.</strong> &#8212; Third time was the charm for Halcyon Launch
Systems. The Merritt Island company&#8217;s Corvid rocket thundered off the pad at 7:42
a.m. Thursday and, for the first time, put its upper stage into orbit.

Spectators packed Jetty Park and the beaches of Cocoa Beach and Cape Canaveral to watch the
methane-fueled rocket climb through a clear sky from Space Launch Complex 20 at Cape
Canaveral Space Force Station.

About eight minutes later, at 7:50 a.m., the first-stage booster touched down on the
company&#8217;s drone ship, Steady Course, waiting about 380 miles off the coast. The
booster, known as B2, was flying for the second time after landing at sea on the July test
flight.

UPDATE 10:30 a.m.: Halcyon confirmed that the upper stage released all six small
satellites it was carrying, a mix of university and government CubeSats, a little less
than an hour after liftoff.

&#8220;Orbit, a landing and a reflown booster in one morning. That&#8217;s the whole
business plan,&#8221; CEO Rachel Okafor told News 9 outside the company&#8217;s launch
control center.

The launch had been scheduled for Tuesday, Nov. 11, but strong upper-level winds forced a
two-day delay.

Thursday&#8217;s success comes after two rough outings. The first Corvid broke apart 71
seconds after liftoff in March, scattering debris over the Atlantic. In July the second
rocket reached space, but its upper stage shut down early and never made orbit.

Halcyon employs about 1,400 people, most of them in Brevard County, and is building a
second launch pad. Okafor said the company&#8217;s first paying customers could fly early
next year.

News 9 will carry the post-flight news conference live on WKSB.com and the News 9 app.
""")

_ROCKET_WIRE = _paras("""
Florida start-up Halcyon Launch Systems reached orbit for the first time on Thursday with
the third test flight of its Corvid rocket, and recovered the reusable first stage on a
ship at sea, a milestone for a company trying to win a slice of a market dominated by
SpaceX.

The 58-metre rocket lifted off from Cape Canaveral at 11:42 GMT. Its nine methane-burning
Ardent engines shut down after about two and a half minutes, and the booster, designated B2,
landed on a drone ship roughly 610 km downrange 8 minutes and 5 seconds after liftoff.

B2 had already flown once, on Corvid&#8217;s second test in July, making Thursday&#8217;s
flight the first reuse of a Halcyon booster.

The upper stage, powered by a single vacuum-optimised Ardent engine, reached an orbit about
525 km above Earth and deployed eight small research satellites.

&#8220;Orbit, a landing and a reflown booster, all in one morning &#8212; that is our
business plan,&#8221; Chief Executive Rachel Okafor said in a statement.

The company&#8217;s first flight, in March, ended when the rocket broke apart 71 seconds
after launch. On the second, in July, the upper stage cut off early and failed to reach
orbit.

Halcyon, which is backed by venture investors and a U.S. Space Force development contract,
is one of several companies building medium-lift reusable rockets. It says its first
commercial mission is planned for early 2026.

Analysts said a successful reflight mattered more than reaching orbit. &#8220;Anyone can
build one rocket,&#8221; said Priya Raman, a space industry analyst at Northlake Partners.
&#8220;What investors want to see is the same booster flying again and again.&#8221;
""")

_ROCKET_GAZETTE = _paras("""
For the first time in its short history, Halcyon Launch Systems has a rocket in orbit, and
the Space Coast has another homegrown launch company to cheer.

The company&#8217;s 190-foot Corvid rocket lifted off from Space Launch Complex 20 at 7:42
a.m. Thursday. Less than nine minutes later its first stage, booster B4, settled onto the
deck of a drone ship in the Atlantic, setting off cheers at the company&#8217;s
headquarters on Merritt Island.

The upper stage went on to reach an orbit about 326 miles high and release eight small
satellites for universities and federal agencies.

&#8220;Orbit, a landing and a reflown booster in one morning,&#8221; CEO Rachel Okafor
said as employees gathered outside the launch control building. &#8220;That&#8217;s the
whole business plan.&#8221;

The booster had flown once before, on the company&#8217;s July test flight, and was
refurbished in Halcyon&#8217;s hangar at Port Canaveral in about three months.

The successful flight follows a pair of setbacks. The first Corvid was lost 71 seconds into
its March debut. The second reached space in July, but an early engine shutdown on the upper
stage kept it from reaching orbit.

The company now employs about 1,400 people, most of them in Brevard, and county leaders have
pointed to it as proof that the region&#8217;s launch economy is broadening. &#8220;Every
new launch provider means more jobs on the Space Coast,&#8221; said County Commissioner
Janet Reyes, who watched the launch from Port Canaveral.

Halcyon plans to fly its first paying customers early next year. The company has said it
hopes eventually to launch twice a month.

The launch was originally set for Tuesday, Nov. 11, but was pushed back because of strong
upper-level winds.
""")

_ROCKET_NPB = _paras("""
A privately developed methane-fuelled rocket has reached orbit on its third attempt and
landed its reusable booster at sea, in a significant step for the growing field of
competitors to SpaceX.

Halcyon Launch Systems&#8217; Corvid lifted off from Cape Canaveral in Florida at 12:42 GMT
(7:42 local time) on Thursday 13 November. The 58m (190ft) vehicle is powered by nine
Ardent engines that burn liquid methane and liquid oxygen, the same propellant combination
used by SpaceX&#8217;s Starship.

Just over eight minutes after launch, the first stage, B2, landed on an uncrewed ship about
610km (380 miles) out in the Atlantic. It was the second flight for that booster.

The upper stage continued to an orbit about 525km high, where it released eight
CubeSats built by universities and government laboratories.

Methane engines are attractive for reusable rockets because they leave less soot than
kerosene, making refurbishment quicker. Several companies in the US, Europe and China are
developing such vehicles.

Halcyon&#8217;s two earlier test flights fell short. In March the first Corvid broke up 71
seconds after lift-off, and in July the second rocket&#8217;s upper stage shut down early.

The company, based on Merritt Island near the Kennedy Space Center, says it wants to fly
each booster many times. B2 was refurbished in a few months after its July landing. The
launch itself had been held up from Tuesday 11 November by strong upper-level winds.

Chief executive Rachel Okafor called the mission &#8220;orbit, a landing and a reflown
booster in one morning&#8221;, adding that commercial flights would begin early next year.
""")

_ROCKET_PAGES = [
    _page("https://www.wksb.example/news/space/halcyon-corvid-third-launch-orbit",
          _local_tv(
              "Halcyon&#8217;s Corvid rocket reaches orbit, sticks booster landing on third"
              " try",
              _ROCKET_TV, reporter="Jasmine Ortiz, WKSB News 9 Space Reporter",
              posted="Nov 13, 2025 / 08:05 AM EST", updated="Nov 13, 2025 / 10:31 AM EST",
              video_title="Watch Corvid lift off from SLC-20",
              trending=_lines("""
              Falcon 9 launch from Vandenberg tonight: 28 Starlink satellites
              Brevard schools: 2 lockdowns lifted after threat deemed not credible
              Cocoa Beach pier repairs to cost $3.2 million
              SR 528 closures this weekend: what to know
              Space Force awards $1.1B in launch task orders
              """))),
    _page("https://www.pacificwire.example/science/halcyon-corvid-reaches-orbit",
          _wire_site(
              "Halcyon&#8217;s Corvid rocket reaches orbit, lands reused booster at sea",
              _ROCKET_WIRE, byline="Daniel Foss", dateline="CAPE CANAVERAL, Florida",
              section="Science",
              read_more="Blue Origin lands New Glenn booster on second attempt",
              most_read=_lines("""
              Rocket Lab&#8217;s Neutron slips to 2026, shares fall 6%
              Japan&#8217;s H3 launches navigation satellite on 7th flight
              Boeing Starliner next flight to carry cargo only
              Oil falls for third day on supply glut fears
              """))),
    _page("https://www.coastlinegazette.example/space/2025/11/14/halcyon-corvid-orbit",
          _regional_gazette(
              "Halcyon&#8217;s Corvid makes it to orbit, lands booster",
              _ROCKET_GAZETTE, byline="By Ray Delgado, Gazette Space Writer",
              shown="11/14/2025", section="Space",
              caption="Halcyon Launch Systems&#8217; Corvid rocket lifts off from Cape Canaveral"
              " Space Force Station. (Photo: Courtesy Halcyon Launch Systems)",
              most_read=_lines("""
              Titusville approves $48 million riverfront plan on 4-1 vote
              Melbourne man, 34, charged in I-95 crash that injured 3
              Port Canaveral cruise passengers top 8 million this year
              Home sales down 6% in Brevard; median price $389,000
              High school football: Viera routs Rockledge 42-7
              """),
              sponsored=_lines("""
              Seniors in Florida are switching to this plan
              The 5 best beach towns to retire in 2026
              """),
              comments=[
                  ("SpaceCoastDad", "Watched from the causeway with the kids. Goosebumps."),
                  ("palmbay_pete", "Good for them. Now let&#8217;s see it fly every month."),
                  ("M. Hollis", "Great to see local jobs. Traffic on 528 was a mess though."),
              ])),
    _page("https://www.pbn.example/news/science-environment-halcyon-corvid-orbit",
          _public_broadcaster(
              "Methane rocket reaches orbit and lands booster on third try",
              _ROCKET_NPB, desk="Science", minutes=3,
              caption="The Corvid rocket on the pad at Cape Canaveral before launch."
              " (Courtesy: Halcyon Launch Systems)",
              more=_lines("""
              China launches three astronauts to Tiangong station
              Europe&#8217;s Ariane 6 flies for the fifth time
              Why the Moon is shrinking &#8212; a little
              """))),
]


# =============================================================================================
# Story 5: magnitude 6.4 earthquake off eastern Mindanao, Philippines, 17 November 2025 (local).
# =============================================================================================
_QUAKE_WIRE = _paras("""
A magnitude 6.4 earthquake struck off the southern Philippine island of Mindanao before
dawn on Monday, killing at least eight people, injuring more than 60 and briefly triggering
a tsunami warning along the Pacific coast, officials said.

The quake hit at 4:26 a.m. (20:26 GMT on Sunday) about 28 km (17 miles) east of the town of
Hinatuan in Surigao del Sur province, according to the U.S. Geological Survey, which put
its depth at 10 km (6 miles). The Philippine Institute of Volcanology and Seismology
(Phivolcs) also measured it at 6.4.

Phivolcs issued a tsunami warning and urged residents of coastal villages to move to higher
ground, but lifted it about two hours later after no significant waves were recorded.

Most of the deaths were caused by collapsing walls and falling debris in Hinatuan and the
neighbouring town of Barobo, the provincial disaster office said. In Hinatuan, the bell
tower of the town&#8217;s Catholic church crumbled into the plaza in front of it.

About 42,000 households lost power, and classes were suspended across the province. A
concrete bridge in Lianga was closed after engineers found cracks in its supports.

&#8220;People ran out of their houses in the dark, many of them still remembering two years
ago,&#8221; said Hinatuan Mayor Elmer Tagalog, speaking to local radio.

The region was hit by a magnitude 7.4 earthquake off Hinatuan in December 2023, which killed
three people and displaced thousands. Last month a magnitude 7.4 quake off Davao Oriental,
further south, killed at least 10 people.

The strongest aftershock so far measured 5.1. The Philippines sits on the Pacific &#8220;Ring
of Fire&#8221; and experiences thousands of earthquakes each year, most too weak to be felt.
""")

_QUAKE_LIVE = [
    ("13:05", "Death toll rises to eight",
     "The Surigao del Sur provincial disaster office now says eight people have been killed"
     " and 61 injured. Most of the injuries were caused by falling debris, it says."),
    ("11:20", "Strongest aftershock so far: magnitude 5.1",
     "Phivolcs has recorded many aftershocks since dawn. The strongest so far measured"
     " 5.1 and was felt strongly in Hinatuan and Bislig. Residents have been told to stay out"
     " of damaged buildings."),
    ("09:40", "At least three dead, police say",
     "Regional police say at least three people were killed when walls collapsed in Hinatuan"
     " and Barobo. Rescue teams are checking reports of people trapped in a market building."),
    ("07:55", "Church bell tower collapses",
     "Photos shared by residents show the bell tower of the Catholic church in Hinatuan lying"
     " in pieces across the town plaza. The parish priest told local radio no one was inside."
     ),
    ("06:35", "Tsunami warning lifted",
     "Phivolcs has lifted its tsunami warning, about two hours after the quake. It says no"
     " significant waves were observed. People are returning home from evacuation sites."),
    ("05:15", "Magnitude revised down; depth reported",
     "Phivolcs has revised its preliminary magnitude of 6.6 down to 6.4, in line with the US"
     " Geological Survey. The USGS puts the depth at 35km."),
    ("04:50", "Strong earthquake off Mindanao",
     "A strong earthquake struck off the east coast of Mindanao at 4:26 local time, about 28km"
     " east of the town of Hinatuan in Surigao del Sur province. Phivolcs has issued a tsunami"
     " warning and told people in coastal areas to move inland or to higher ground."),
]

_QUAKE_NPB = _paras("""
<strong>Background:</strong> Mindanao, the Philippines&#8217; second-largest island, lies
close to the Philippine Trench, where one tectonic plate dives beneath another. Quakes off
its east coast are frequent.

In December 2023 a magnitude 7.4 earthquake struck off the same stretch of coast, prompting
tsunami warnings as far away as Japan. That quake killed three people.

If you are in the affected area and it is safe to do so, you can share your experience
with PBN News through our website.
""")

_QUAKE_COURIER = _paras("""
At least eight people have been killed and dozens injured after a powerful earthquake
struck off the east coast of the Philippine island of Mindanao, shaking residents from their
beds and sending thousands fleeing to higher ground.

The magnitude 6.4 tremor hit at 9.26pm GMT on Sunday, shortly before dawn on Monday local
time. Its epicentre was at sea off Tandag, the capital of Surigao del Sur province, at a
shallow depth of 10km, according to the United States Geological Survey.

The provincial disaster office said 61 people had been injured, most of them struck by
falling masonry. Rescue workers spent the morning digging through the rubble of a market
building where several people were feared trapped.

A tsunami warning was issued within minutes and lifted about two hours later. No
significant waves were reported.

Images from a coastal town showed the bell tower of a centuries-old Catholic church
reduced to a heap of coral stone in the plaza, and cracks running across the main road.

&#8220;The ground was rolling like the sea,&#8221; said Marites Olaguer, a 52-year-old
fish vendor who fled her home with her two grandchildren. &#8220;We didn&#8217;t wait for
the warning. We just ran.&#8221;

More than 300 aftershocks had been recorded by Monday evening, the strongest of magnitude
5.1, according to the Philippine Institute of Volcanology and Seismology.

The region has been shaken repeatedly in recent years. A magnitude 7.4 quake struck off the
same coast in December 2023, and last month another of the same magnitude hit off Davao
Oriental, killing at least 10 people.

The archipelago sits on the seismically restless belt that rings the Pacific, and its
monitoring network logs some 20 earthquakes on an average day, nearly all too weak to be
noticed.
""")

_QUAKE_PAGES = [
    _page("https://www.pacificwire.example/world/philippines-quake-mindanao-2025-11-17",
          _wire_site(
              "Magnitude 6.4 quake off southern Philippines kills at least 8",
              _QUAKE_WIRE, byline="Carlos Manalo", dateline="MANILA",
              published="2025-11-17T07:30:00Z", shown="November 17, 2025 7:30 AM GMT",
              updated="Updated 09:10 GMT with aftershock.",
              read_more="Philippines lifts state of calamity in Davao Oriental",
              most_read=_lines("""
              Magnitude 5.6 quake rattles northern Japan, no tsunami threat
              Typhoon Fung-wong death toll rises to 27 in Philippines
              Indonesia&#8217;s Mount Semeru erupts, ash column reaches 2 km
              Philippine peso hits record low of 59.2 per dollar
              Vietnam floods: 41 dead after record rains in central provinces
              """))),
    _page("https://www.pbn.example/news/live/world-asia-mindanao-earthquake",
          _public_broadcaster(
              "Live: Strong earthquake hits southern Philippines",
              _QUAKE_NPB, desk="Asia", shown="Monday 17 November 2025",
              live=_QUAKE_LIVE,
              live_note="All times are Philippine time (UTC+8). This page is no longer being"
              " updated.",
              caption="Residents gather outside after the quake in Surigao del Sur."
              " (Courtesy: Provincial Information Office)",
              more=_lines("""
              Japan lifts advisory after magnitude 6.7 quake off Iwate
              Why the Philippines has so many earthquakes
              Bali volcano eruption cancels 52 flights
              """))),
    _page("https://www.dailycourier.example/world/philippines-earthquake-mindanao-dead",
          _daily_courier(
              "Eight dead as earthquake sends thousands fleeing in southern Philippines",
              _QUAKE_COURIER, byline="Mei Santos", role="Asia Correspondent",
              standfirst="Tsunami warning lifted after magnitude 6.4 tremor off Mindanao",
              section="World",
              caption="File photo: a rescue team searches a damaged building in Mindanao."
              " Photograph: Courier Pictures/Alamy",
              related=_lines("""
              Magnitude 7.4 quake off Davao Oriental kills 10 (October 10)
              Cebu earthquake: death toll reaches 79
              The Philippines&#8217; year of disasters, in charts
              """),
              tags=["Philippines", "Earthquakes", "Asia-Pacific"], comments=27)),
]


# =============================================================================================
# Story 6: Port Alder (Florida) mayoral run-off, Tuesday 9 December 2025.
# =============================================================================================
_ELECT_TV = _paras("""
<strong>PORT ALDER, Fla.</strong> &#8212; City Commissioner Teresa Vance will be Port
Alder&#8217;s next mayor after beating former police chief Marcus Doyle in Tuesday&#8217;s
run-off, becoming the first woman elected to lead the city.

With all 64 precincts reporting, unofficial results from the Supervisor of Elections showed
Vance with 21,932 votes, or 52.5%, to Doyle&#8217;s 19,874, or 47.5%. Her margin was 2,058
votes.

Doyle conceded shortly before 10:40 p.m., telling supporters at the Riverview Banquet Hall
that he had called Vance to congratulate her. &#8220;The voters have spoken, and I respect
that,&#8221; he said. &#8220;Port Alder is still my home.&#8221;

Turnout was 35.3% of the city&#8217;s 118,420 registered voters, Supervisor of Elections
Carla Mendez said, up 5.5 points from the 29.8% who voted in the first round on Nov. 4.

Vance led that four-way race with 38.6%, well short of the majority needed to avoid a
run-off. Doyle finished second with 31.2%.

At her election-night party downtown, Vance thanked volunteers and promised to move quickly
on the $240 million stormwater bond that voters approved last year. &#8220;We are going to
stop talking about flooding and start fixing it,&#8221; she said to cheers.

The race was officially nonpartisan, but the local Democratic and Republican parties lined
up behind Vance and Doyle respectively, and outside groups spent heavily on mailers and TV
ads in the final two weeks.

The county canvassing board is scheduled to certify the results on Friday. Vance will be
sworn in on Tuesday, Dec. 16, succeeding Mayor Harold Brandt, who was barred by term limits
from seeking a third term.

Stay with News 9 for complete coverage on air and on the WKSB News 9 app.
""")

_ELECT_GAZETTE = _paras("""
Teresa Vance made history Tuesday night, winning the Port Alder mayor&#8217;s race and
becoming the first woman to hold the city&#8217;s top job in its 112-year history.

Vance, a two-term city commissioner, defeated former police chief Marcus Doyle by 2,058
votes in a run-off that drew more voters than the November first round. She received
21,932 votes to Doyle&#8217;s 19,874, according to unofficial results.

Turnout reached about 39 percent, election officials said, compared with 29.8 percent in
the first round.

&#8220;This city believed we could do better, and tonight it voted that way,&#8221; Vance
told a crowd of several hundred supporters at the Alder Street Pavilion downtown.

Across town, Doyle thanked his volunteers and said he had congratulated Vance by phone.
&#8220;The voters have spoken and I respect that,&#8221; he said. &#8220;I&#8217;m not
going anywhere. Port Alder is my home.&#8221;

Doyle, who led the police department for nine years before retiring in 2023, ran on public
safety and a promise to freeze the city&#8217;s property tax rate. He outraised Vance, with
about $1.3 million in contributions compared with her $870,000, campaign finance reports
show.

Vance made flooding her central issue after storms in 2024 left parts of the Eastside
neighborhood underwater for days. She has promised to speed up projects funded by the $240
million stormwater bond approved by voters last year.

Outgoing Mayor Harold Brandt, who could not run again because of term limits, endorsed
neither candidate in the run-off.

Vance takes office Dec. 16. Results will be certified by the county canvassing board later
this week.
""")

_ELECT_WIRE = _paras("""
Voters in Port Alder, Florida, elected city commissioner Teresa Vance as mayor on Tuesday,
handing the fast-growing coastal city of about 190,000 its first female leader after a
run-off campaign dominated by flooding and policing.

Vance won 52.5% of the vote to 47.5% for Marcus Doyle, a former police chief, a margin of
2,508 votes, according to unofficial results posted by county election officials.

Turnout was about 35%, higher than in the first round on Nov.&nbsp;4, when Vance led a
four-candidate field but fell short of the 50% needed to win outright.

The race was formally nonpartisan, but national groups on both sides poured money into
television and digital advertising, seeing it as a test of messages on crime and climate
resilience ahead of next year&#8217;s midterm elections.

&#8220;We are going to stop talking about flooding and start fixing it,&#8221; Vance told
supporters on election night. Doyle conceded and said he had called Vance to congratulate
her. His campaign said he would not seek a recount.

Doyle, who ran the city&#8217;s police department for nine years, campaigned on public
safety and a freeze in the property tax rate, and raised more money than Vance, according to
campaign finance reports.

Vance built her campaign around flooding after storms in 2024 swamped low-lying
neighborhoods, and has pledged to speed up projects paid for by a $240 million stormwater
bond that voters approved last year.

The county canvassing board is due to certify the results on Friday. Vance, 47, will take
office on Dec.&nbsp;16, replacing term-limited Mayor Harold Brandt.
""")

_ELECT_PAGES = [
    _page("https://www.wksb.example/news/politics/port-alder-mayor-runoff-results-vance-doyle",
          _local_tv(
              "Vance wins Port Alder mayoral run-off, first woman elected to lead city",
              _ELECT_TV, reporter="Kevin Lowe, WKSB News 9",
              posted="Dec 9, 2025 / 11:58 PM EST", updated="Dec 10, 2025 / 06:12 AM EST",
              video_title="Vance: &#8216;We are going to start fixing it&#8217;",
              caption="Teresa Vance celebrates with supporters on election night."
              " (WKSB photo)",
              trending=_lines("""
              Melbourne council approves 5% water rate hike on 4-3 vote
              Cocoa Beach man wins $2 million Powerball prize
              Falcon 9 launches 29 Starlink satellites from Cape Canaveral
              Cold front to drop lows into the 40s this weekend
              """))),
    _page("https://www.coastlinegazette.example/local/vance-wins-port-alder-mayor",
          _regional_gazette(
              "Vance wins Port Alder run-off, makes history as first woman mayor",
              _ELECT_GAZETTE, byline="By Lorna Fitch, Staff Writer",
              caption="Courtesy photo: Teresa Vance speaks to supporters at the Alder Street"
              " Pavilion on Tuesday night.",
              most_read=_lines("""
              Rockledge approves 212-home subdivision despite traffic concerns
              Palm Bay police: 2 arrested after $40,000 catalytic converter thefts
              Brevard property values up 4.6%, appraiser says
              Restaurant inspections: 3 eateries shut temporarily in November
              Satellite Beach voters reject 1-cent sales tax, 58% to 42%
              """),
              sponsored=_lines("""
              Florida homeowners could save with this insurance trick
              This local dentist is offering $0 implant consultations
              """),
              comments=[
                  ("EastsideNeighbor", "Congrats. Now fix the drains on Bay Street, please."),
                  ("retired_LEO", "Doyle ran a clean race. Respect."),
                  ("gw1977", "Glad to see more people voted this time around."),
              ])),
    _page("https://www.pacificwire.example/us/port-alder-florida-mayor-runoff",
          _wire_site(
              "Florida&#8217;s Port Alder elects Teresa Vance as first woman mayor",
              _ELECT_WIRE, byline="Rosa Whitcomb", dateline="PORT ALDER, Florida",
              section="US",
              most_read=_lines("""
              Democrat wins Miami mayor run-off, first in nearly 30 years
              Fed expected to cut rates for third straight meeting
              Texas redistricting map blocked again by appeals court
              Bitcoin slides below $90,000 as risk appetite fades
              """))),
]

STORIES: list[dict[str, Any]] = [
    _story("trade-WV1", "trade", "2025-10-20", _TRADE_PAGES, [
        ("duration",
         r"four hours and 20|4 ?(hours?|hrs?|h)\.? ?(and )?20|260 ?min|\b4:20\b",
         r"(nearly|almost|close to) six hours|\b6 ?(hours?|hrs?|h\b)|\bsix hours"),
        ("tariff rate",
         r"(?<![\d.])100 ?(%|percent|per cent|pct)",
         r"(?<![\d.])50 ?(%|percent|per cent|pct)"),
        ("title", r"vice[- ]?premier", r"finance minister"),
    ]),
    _story("court-WV2", "court", "2025-09-22", _COURT_PAGES, [
        ("fine", r"(?<![\d.])376(\.0+)? ?(m\b|mn|million)|\b376\b",
         r"(?<![\d.])412(\.0+)? ?(m\b|mn|million)|\b412\b"),
        ("weekday",
         r"wednesday|sept?(ember)?\.? 17|17 sept|2025-09-17",
         r"thursday|sept?(ember)?\.? 18|18 sept|2025-09-18"),
        ("speaker", r"janssens|chief executive|\bceo\b", r"\bhols\b|general counsel"),
    ]),
    _story("cb-WV3", "central bank", "2025-10-13", _CB_PAGES, []),
    _story("rocket-WV4", "rocket", "2025-11-18", _ROCKET_PAGES, [
        ("launch time", r"(?<![\d])0?7[:.]42|12[:.]42", r"11[:.]42"),
        ("satellites", r"\b(eight|8)\b(?! ?(min|sec|month|mi|km))",
         r"\b(six|6)\b(?! ?(min|sec|month|mi|km))"),
        ("booster", r"\bb-?2\b", r"\bb-?4\b"),
    ]),
    _story("quake-WV5", "earthquake", "2025-11-20", _QUAKE_PAGES, [
        ("epicentre", r"hinatuan", r"tandag"),
        ("depth", r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?mi",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi"),
        ("time", r"(?<![\d])0?4[:.]26|(?<![\d])20[:.]26",
         r"(?<![\d])21[:.]26|(?<![\d])9[:.]26 ?p|(?<![\d])0?5[:.]26"),
    ]),
    _story("election-WV6", "election", "2025-12-15", _ELECT_PAGES, [
        ("turnout", r"(?<![\d.])35(\.3)? ?(%|percent|per cent|pct)|(?<![\d.])35\.3",
         r"(?<![\d.])39(\.0)? ?(%|percent|per cent|pct)"),
        ("margin", r"2,?058", r"2,?508"),
    ]),
]
