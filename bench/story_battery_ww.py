"""Part WW of the story battery (web pages).

Written by engineer WW1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
``bench/bench_story_battery.py WW``.

Six stories (two US–China trade rounds, two central-bank decisions, two elections), each told
by three or four invented outlets whose whole HTML pages are produced by one hand-written
template per outlet, furniture included. One story is a control with no planted
disagreement.
"""

from __future__ import annotations

import html
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WW", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Split a hand-wrapped block into paragraphs (blank line = new paragraph).

    Only ASCII spaces and newlines are folded, so non-breaking spaces survive.
    """
    return [re.sub(r"[ \n]+", " ", block).strip()
            for block in text.strip().split("\n\n") if block.strip()]


def _attr(text: str) -> str:
    return html.escape(html.unescape(text), quote=True)


# ---------------------------------------------------------------------------
# Outlet 1: Meridian Wire, a wire service. <article>, <h1>, dateline, og/article metadata.
# ---------------------------------------------------------------------------

def _wire_site(title: str, body_paragraphs: list[str], *, dateline: str, byline: str,
               section: str = "World", published: str | None = None,
               visible_date: str | None = None, updated: str | None = None,
               trailer: str = "", related: tuple[str, ...] = ()) -> str:
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:section" content="{section}">\n')
    when = ""
    if published and visible_date:
        when = f'<time class="ts" datetime="{published}">{visible_date}</time>'
    body = []
    for i, para in enumerate(body_paragraphs):
        if i == 0:
            para = (f'<span class="dateline">{dateline} (Meridian Wire) &mdash;</span> {para}')
        body.append(f'    <p data-para="{i}">{para}</p>')
        if i == 3:
            body.append('    <div class="inline-ad" aria-hidden="true"><span>Advertisement'
                        ' &middot; Scroll to continue</span><div id="ad-mid-1"></div></div>')
    rel = "\n".join(f'      <li><a href="/world/{k}">{h}</a></li>'
                    for k, h in enumerate(related, start=88210))
    upd = f'\n  <p class="upd">{updated}</p>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(title)}">
{meta}<link rel="stylesheet" href="https://static.meridianwire.example/css/site.3f9a.css">
<script>window.__MW__ = {{"page": "article", "section": "{section.lower()}", "ads": true}};
</script>
</head>
<body class="mw article-page">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="onetrust-banner" class="consent">
  <p>We and our partners use cookies to measure traffic and personalise content and ads.
  By clicking &ldquo;Accept all&rdquo; you agree to this use.</p>
  <button id="accept-all">Accept all</button> <button id="manage">Manage choices</button>
</div>
<header class="mw-header">
  <a class="logo" href="/">MERIDIAN WIRE</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/sustainability">Sustainability</a></li>
    <li><a href="/legal">Legal</a></li><li><a href="/breakingviews">Commentary</a></li>
    <li><a href="/technology">Technology</a></li><li><a href="/pictures">Pictures</a></li>
  </ul></nav>
  <a class="btn" href="/account/register">Register</a>
</header>
<main id="main-content">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
  <div class="kicker"><a href="/{section.lower()}">{section}</a></div>
  <h1 class="story-title" itemprop="headline">{title}</h1>
  <div class="byline-row"><span class="byline">By {byline}</span> {when}</div>
  <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
  </div>
  <p class="trailer">{trailer}</p>{upd}
  <p class="standards"><a href="/trust-principles">Our Standards: The Meridian Trust
  Principles.</a></p>
  <div class="share">
    <a href="#" class="fb">Share on Facebook</a> <a href="#" class="x">Tweet</a>
    <a href="#" class="li">LinkedIn</a> <button class="copy">Copy link</button>
    <a href="/licensing">Purchase Licensing Rights</a>
  </div>
</article>
<aside class="more-from" aria-label="More from Meridian Wire">
  <h2>More from Meridian Wire</h2>
  <ul>
{rel}
  </ul>
</aside>
</main>
<footer class="mw-footer">
  <p>Meridian Wire, the news and media division of Meridian Data Group, is one of the
  world&#8217;s largest multimedia news providers.</p>
  <p><a href="/about">About</a> &middot; <a href="/careers">Careers</a> &middot;
  <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of Use</a> &middot;
  <a href="/cookies">Cookies</a></p>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
  reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Outlet 2: Harbour Business Times, an Asia business daily. Div soup, JSON-LD date,
# key-takeaways box, listen widget, a paywall teaser with the text still present.
# ---------------------------------------------------------------------------

def _hbt_site(title: str, body_paragraphs: list[str], *, byline: str, standfirst: str,
              takeaways: tuple[str, ...] = (), date_published: str | None = None,
              visible_date: str | None = None, caption: str | None = None,
              most_read: tuple[str, ...] = ()) -> str:
    ld = ""
    if date_published:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"NewsArticle","headline":"' + title.replace('"', "'") + '",'
              '"datePublished":"' + date_published + '","publisher":{"@type":'
              '"Organization","name":"Harbour Business Times"}}</script>\n')
    when = f'<div class="hbt-date">{visible_date}</div>' if visible_date else ""
    take = ""
    if takeaways:
        items = "".join(f"<li>{t}</li>" for t in takeaways)
        take = (f'<div class="hbt-takeaways"><div class="hbt-takeaways__title">Key takeaways'
                f'</div><ul>{items}</ul></div>')
    fig = ""
    if caption:
        fig = (f'<div class="hbt-media"><img src="/img/lead.jpg" alt="">'
               f'<div class="hbt-media__cap">{caption}</div></div>')
    blocks = []
    for i, para in enumerate(body_paragraphs):
        blocks.append(f'<div class="hbt-text" data-component="text-block"><p>{para}</p></div>')
        if i == 2:
            blocks.append('<div class="hbt-paywall-teaser"><strong>Unlock this article.'
                          '</strong> Subscribe for HK$1 for the first month and read'
                          ' without limits. <a href="/subscribe">See plans</a></div>')
        if i == 5:
            blocks.append('<div class="hbt-ad"><div class="hbt-ad__label">Advertisement'
                          '</div><div id="dfp-mid"></div></div>')
    mr = "".join(f'<div class="hbt-mr__item"><span class="n">{n}</span>'
                 f'<a href="/news/{n}">{h}</a></div>'
                 for n, h in enumerate(most_read, start=1))
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} - Harbour Business Times</title>
<meta name="description" content="{_attr(standfirst)}">
{ld}<link rel="preload" href="/fonts/hbt-serif.woff2" as="font">
</head>
<body><div id="__hbt"><div class="hbt-shell">
<div class="hbt-topbar"><div class="hbt-logo">Harbour Business Times</div>
<div class="hbt-nav"><a href="/economy">Economy</a><a href="/markets">Markets</a>
<a href="/china">China</a><a href="/tech">Tech</a><a href="/property">Property</a>
<a href="/opinion">Opinion</a><a href="/podcasts">Podcasts</a></div>
<div class="hbt-login"><a href="/login">Sign in</a> <a href="/subscribe">Subscribe</a></div>
</div>
<div class="hbt-ticker">HSI 25,612.40 &#9660; 0.7% &nbsp; STI 4,318.02 &#9650; 0.2% &nbsp;
USD/CNY 7.1290</div>
<div class="hbt-article"><div class="hbt-article__head">
<div class="hbt-crumb"><a href="/economy">Economy</a> / <a href="/economy/trade">Trade</a></div>
<div class="hbt-hed" role="heading" aria-level="1">{title}</div>
<div class="hbt-standfirst">{standfirst}</div>
<div class="hbt-meta"><span class="hbt-author">{byline}</span>{when}
<span class="hbt-listen">&#9654; Listen to this article &middot; 5 min</span></div>
</div>
{fig}
{take}
<div class="hbt-article__body">
{chr(10).join(blocks)}
</div>
<div class="hbt-share"><span>Share</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a>
<a href="#">X</a> <a href="#">Copy link</a> <a href="#">Gift this article</a></div>
<div class="hbt-tags"><a href="/topics/trade-war">Trade war</a>
<a href="/topics/us-china">US-China relations</a></div>
</div>
<div class="hbt-mr"><div class="hbt-mr__title">Most read</div>{mr}</div>
<div class="hbt-nl"><div>Get the Morning Brief</div><p>Asia&#8217;s markets and money,
before the bell. Free, every weekday.</p><input type="email" placeholder="Email address">
<button>Sign up</button></div>
<div class="hbt-foot">Harbour Business Times Ltd, 19/F Pier Tower, 8 Connaught Praya,
Hong Kong. &copy; 2026. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div>
</div></div></body></html>
"""


# ---------------------------------------------------------------------------
# Outlet 3: The Daily Courier, a national daily. Nested divs, headline in a styled <div>,
# ad slots, inline "Read more", author bio, newsletter, comments teaser, Most read.
# ---------------------------------------------------------------------------

def _courier_site(title: str, body_paragraphs: list[str], *, byline: str, role: str,
                  bio: str, visible_date: str | None = None,
                  read_more: tuple[int, str] | None = None, caption: str | None = None,
                  most_read: tuple[str, ...] = (), tags: tuple[str, ...] = (),
                  comments: int = 0, section: str = "World") -> str:
    parts = []
    for i, para in enumerate(body_paragraphs):
        parts.append(f'<div class="article__para"><p class="body-text">{para}</p></div>')
        if read_more and i == read_more[0]:
            parts.append(f'<div class="article__readmore"><strong>Read more:</strong> '
                         f'<a href="/news/rm">{read_more[1]}</a></div>')
        if i in (2, 7):
            parts.append('<div class="ad-slot ad-slot--inarticle"><div class="ad-slot__label">'
                         'Advertisement</div><div class="ad-slot__frame"></div></div>')
    date_html = (f'<div class="article__date">{visible_date}</div>' if visible_date else "")
    fig = ""
    if caption:
        fig = (f'<div class="article__media"><div class="media__img"></div>'
               f'<div class="media__caption">{caption}</div></div>')
    mr = "".join(f'<li class="mostread__item"><a href="/mr/{n}">{h}</a></li>'
                 for n, h in enumerate(most_read, start=1))
    tg = " ".join(f'<a class="tag" href="/topic/{t.lower().replace(" ", "-")}">{t}</a>'
                  for t in tags)
    return f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{title} | The Daily Courier</title>
<meta name="robots" content="max-image-preview:large">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/courier.min.css"></head>
<body class="page page--article">
<div id="cookie-notice" class="cookie-notice"><div class="cookie-notice__text">The Daily
Courier uses cookies to give you the best experience. Read our <a href="/cookie-policy">cookie
policy</a>.</div><div class="cookie-notice__btns"><a href="#" class="btn">I agree</a>
<a href="#" class="btn btn--ghost">Settings</a></div></div>
<div class="masthead"><div class="masthead__top"><div class="masthead__date">Today&#8217;s
paper</div><div class="masthead__logo">The Daily Courier</div><div class="masthead__sub"><a
href="/subscribe">Subscribe: 4 weeks for $1</a> | <a href="/login">Log in</a></div></div>
<div class="masthead__nav"><a href="/">Home</a> <a href="/news">News</a> <a
href="/politics">Politics</a> <a href="/world">World</a> <a href="/business">Business</a> <a
href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a
href="/puzzles">Puzzles</a></div></div>
<div class="wrapper"><div class="col col--main"><div class="article">
<div class="article__section"><a href="/{section.lower()}">{section}</a></div>
<div class="article__headline" style="font-size:38px;font-weight:700">{title}</div>
<div class="article__byline"><div class="byline__name">By {byline}</div>
<div class="byline__role">{role}</div>{date_html}</div>
<div class="article__share"><a href="#">Facebook</a> <a href="#">Twitter</a>
<a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Save</a></div>
{fig}
<div class="article__body">
{chr(10).join(parts)}
</div>
<div class="article__tags">{tg}</div>
<div class="article__author"><div class="author__name">{byline}</div>
<div class="author__bio">{bio}</div></div>
<div class="article__comments"><a href="#comments">View {comments} comments</a> &middot;
Comments are open to subscribers.</div>
</div></div>
<div class="col col--side"><div class="mostread"><div class="mostread__title">Most read</div>
<ol>{mr}</ol></div>
<div class="newsletter-box"><div class="newsletter-box__title">The Morning Courier</div>
<div>Our editors&#8217; pick of the day&#8217;s news, in your inbox by 6am.</div>
<input type="email" placeholder="you@example.com"><button>Sign up</button></div>
<div class="ad-slot ad-slot--mpu"><div class="ad-slot__label">Advertisement</div></div>
</div></div>
<div class="footer"><div>&copy; 2026 The Daily Courier Company. 1200 Printing House Row,
Chicago, IL 60605.</div><div><a href="/contact">Contact us</a> | <a href="/corrections">
Corrections</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of
service</a> | <a href="/ads">Advertise with us</a></div></div>
</body></html>
"""


# ---------------------------------------------------------------------------
# Outlet 4: Basis Point Blog, a WordPress-style markets blog. entry-title / entry-content,
# sharedaddy buttons, author box, sidebar widgets, comments, "Proudly powered by".
# ---------------------------------------------------------------------------

def _blog_site(title: str, body_paragraphs: list[str], *, author: str, slug: str,
               posted: str | None = None, posted_iso: str | None = None,
               categories: tuple[str, ...] = ("Macro",), tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0,
               bullets: tuple[str, ...] = (), bullets_after: int = -1) -> str:
    meta = ""
    if posted and posted_iso:
        meta = (f'<span class="posted-on">Posted on <a href="/{slug}/" rel="bookmark">'
                f'<time class="entry-date published" datetime="{posted_iso}">{posted}</time>'
                f'</a></span> ')
    post_id = sum(map(ord, slug)) * 7 % 90000 + 10000
    content = []
    for i, para in enumerate(body_paragraphs):
        content.append(f"<p>{para}</p>")
        if i == bullets_after and bullets:
            content.append("<ul>\n" + "\n".join(f"<li>{b}</li>" for b in bullets)
                           + "\n</ul>")
    cats = ", ".join(f'<a href="/category/{c.lower()}/" rel="category tag">{c}</a>'
                     for c in categories)
    tg = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                   for t in tags)
    rec = "\n".join(f'<li><a href="/recent-{n}/">{h}</a></li>'
                    for n, h in enumerate(recent, start=1))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Basis Point Blog</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="alternate" type="application/rss+xml" title="Basis Point Blog &raquo; Feed"
 href="https://basispointblog.example/feed/">
<link rel="stylesheet" id="twentyseventeen-style-css"
 href="https://basispointblog.example/wp-content/themes/bpb/style.css?ver=6.6.2">
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Basis Point Blog</a>
</p><p class="site-description">Rates, FX and the occasional rant</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/category/central-banks/">Central Banks</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li>
<li class="menu-item"><a href="/category/charts/">Charts</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{post_id}" class="post type-post status-publish">
<header class="entry-header">
<div class="entry-meta">{meta}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}</a></span></span>
</div>
<h1 class="entry-title">{title}</h1>
</header>
<div class="entry-content">
{chr(10).join(content)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Click to share on X (Opens in new window)</a></li>
<li><a class="share-facebook" href="#">Click to share on Facebook</a></li>
<li><a class="share-linkedin" href="#">Click to share on LinkedIn</a></li>
<li><a class="share-email" href="#">Click to email a link to a friend</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><p>Like Loading...</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in {cats}</span>
<span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{author} spent eleven years on a bank rates desk before deciding
that writing about markets was more fun than trading them. Views are his own and nothing here
is investment advice.</p></div>
<nav class="navigation post-navigation"><div class="nav-links">
<div class="nav-previous"><a href="/prev/" rel="prev">Previous post</a></div>
<div class="nav-next"><a href="/next/" rel="next">Next post</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts
on &#8220;{title}&#8221;</h2><p class="must-log-in">You must be
<a href="/wp-login.php">logged in</a> to post a comment.</p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><input type="search"
 placeholder="Search &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>
{rec}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2>
<div class="textwidget"><p>Get every post by email. No spam, unsubscribe any time.</p>
<form><input type="email" placeholder="Email Address"><button>Subscribe</button></form>
</div></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Basis Point
Blog &middot; <a href="https://wordpress.example/">Proudly powered by WordPress</a></div>
</footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Outlet 5: Northstar Public Radio, a public broadcaster. <main>, <h1>, photo + caption
# before the lead, listen button, related topics, donation appeal; date as dd/mm/yyyy or
# absent.
# ---------------------------------------------------------------------------

def _public_site(title: str, body_paragraphs: list[str], *, byline: str, caption: str,
                 date_dmy: str | None = None, listen: str = "3:48",
                 related: tuple[str, ...] = (), topics: tuple[str, ...] = (),
                 correction: str | None = None) -> str:
    date_html = f'<p class="npr-date">{date_dmy}</p>' if date_dmy else ""
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    rel = "\n".join(f'<li><a href="/news/{n}">{h}</a></li>'
                    for n, h in enumerate(related, start=5521))
    tp = "".join(f'<li><a href="/topics/{t.lower().replace(" ", "-")}">{t}</a></li>'
                 for t in topics)
    corr = (f'\n<div class="correction"><strong>Correction</strong> {correction}</div>'
            if correction else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} : Northstar Public Radio</title>
<meta property="og:site_name" content="Northstar Public Radio">
<meta name="description" content="{_attr(title)}">
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<div class="station-bar">Listen live: <a href="/live">Northstar News 24/7</a> &middot;
<a href="/schedule">Schedule</a> &middot; <a href="/donate" class="donate">Donate</a></div>
<header><div class="logo">Northstar Public Radio</div>
<nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/politics">Politics</a>
| <a href="/business">Business</a> | <a href="/science">Science</a> | <a href="/culture">
Culture</a> | <a href="/podcasts">Podcasts &amp; Shows</a></nav></header>
<main id="main">
<h1>{title}</h1>
<div class="byline-block"><p class="byline">{byline}</p>{date_html}
<button class="listen">&#9658; Listen &middot; {listen}</button></div>
<figure class="lead-photo"><img src="/media/lead.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div id="storytext" class="storytext">
{paras}
</div>{corr}
<div class="share-tools">Share: <a href="#">Facebook</a> <a href="#">Flipboard</a>
<a href="#">Email</a></div>
<div class="support-box"><h3>Public media needs you</h3><p>Independent reporting like this is
funded by listeners. Become a sustaining member today.</p><a href="/donate">Give now</a></div>
<section class="related"><h3>More stories</h3><ul>
{rel}
</ul></section>
<section class="topics"><h3>Related topics</h3><ul>{tp}</ul></section>
</main>
<footer><p>&copy; 2026 Northstar Public Radio. 480 Lakeshore Avenue, Duluth, MN 55802.</p>
<p><a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a
href="/fcc">FCC public file</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Outlet 6: The Valley Herald-Tribune, a regional paper with heavy ads. Table layout, body as
# <br><br>-separated text, an ad every two paragraphs, sponsored links, obituaries, weather.
# ---------------------------------------------------------------------------

def _herald_site(title: str, body_paragraphs: list[str], *, byline: str,
                 date_line: str | None = None, caption: str | None = None,
                 sponsored: tuple[str, ...] = (), local_news: tuple[str, ...] = (),
                 section: str = "Local News") -> str:
    chunks = []
    for i, para in enumerate(body_paragraphs):
        chunks.append(para + "<br><br>")
        if i % 2 == 1 and i < len(body_paragraphs) - 1:
            chunks.append('<div class="adbox"><font size="1" color="#999">ADVERTISEMENT</font>'
                          '<br><iframe src="/ads/serve?slot=story' + str(i)
                          + '" width="300" height="250"></iframe></div>')
    date_html = f'<font class="dateline" size="2">{date_line}</font><br>' if date_line else ""
    cap = ""
    if caption:
        cap = (f'<table class="photo"><tr><td><img src="/photos/story.jpg" width="460">'
               f'</td></tr><tr><td class="cutline"><font size="1">{caption}</font></td></tr>'
               f'</table>')
    sp = "".join(f'<td class="sp"><a href="/sponsored/{n}">{h}</a><br><font size="1">'
                 f'Sponsored</font></td>' for n, h in enumerate(sponsored, start=1))
    ln = "".join(f'<li><a href="/local/{n}">{h}</a></li>'
                 for n, h in enumerate(local_news, start=301))
    return f"""<html>
<head>
<title>{title} - The Valley Herald-Tribune</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script src="/js/adloader.js"></script>
</head>
<body bgcolor="#ffffff">
<div id="top-leaderboard" class="adbox"><font size="1">ADVERTISEMENT</font>
<iframe src="/ads/serve?slot=top" width="728" height="90"></iframe></div>
<table width="100%" class="masthead"><tr>
<td><a href="/"><b>The Valley Herald-Tribune</b></a><br><font size="1">Serving the Red Willow
Valley since 1889</font></td>
<td align="right"><font size="2">Weather: 31&deg;F, light snow &middot;
<a href="/subscribe">Subscribe for 99&cent;</a> &middot; <a href="/e-edition">e-Edition</a>
&middot; <a href="/obits">Obituaries</a></font></td></tr></table>
<table width="100%" class="nav"><tr><td><a href="/local">Local</a> | <a href="/farm">Farm
&amp; Ranch</a> | <a href="/politics">Politics</a> | <a href="/sports">Sports</a> |
<a href="/opinion">Opinion</a> | <a href="/classifieds">Classifieds</a> |
<a href="/jobs">Jobs</a></td></tr></table>
<table width="100%" cellpadding="6"><tr>
<td valign="top" width="70%" class="storycol">
<font size="2"><a href="/local">{section}</a></font><br>
<font size="5"><b>{title}</b></font><br>
<font size="2">By {byline}</font><br>
{date_html}{cap}
<div class="share"><a href="#">Facebook</a> &middot; <a href="#">Twitter</a> &middot;
<a href="#">Email</a> &middot; <a href="#">Print</a></div>
<div id="articleText" class="story-text">
{chr(10).join(chunks)}
</div>
<div class="contact"><i>Have a news tip? Email newsroom@valleyherald.example or call
(555) 013-2200.</i></div>
<table width="100%" class="sponsored"><tr><td colspan="3"><b>You May Like</b></td></tr>
<tr>{sp}</tr></table>
</td>
<td valign="top" width="30%" class="rail">
<div class="adbox"><font size="1">ADVERTISEMENT</font>
<iframe src="/ads/serve?slot=rail1" width="300" height="600"></iframe></div>
<b>Latest Local News</b><ul>{ln}</ul>
<div class="adbox"><font size="1">ADVERTISEMENT</font>
<iframe src="/ads/serve?slot=rail2" width="300" height="250"></iframe></div>
</td></tr></table>
<table width="100%" class="footer"><tr><td><font size="1">&copy; 2026 Valley Herald-Tribune,
a division of Prairie Media Holdings. 212 Front Street, Brookhaven. All rights reserved.
<a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/ca-notice">Do Not
Sell My Personal Information</a></font></td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Outlet 7: KTRV 9 News, a local TV station. Data-attribute divs, video player, relative
# "Published N days ago" stamp, trending box, weather alert bar, app promo.
# ---------------------------------------------------------------------------

def _tv_site(title: str, body_paragraphs: list[str], *, byline: str, ago: str,
             video_caption: str, trending: tuple[str, ...] = (),
             alert: str = "") -> str:
    blocks = []
    for i, para in enumerate(body_paragraphs):
        blocks.append(f'<div class="article-text" data-module="paragraph"><p>{para}</p></div>')
        if i == 1:
            blocks.append('<div class="promo-inline">&#128241; <a href="/app">Download the'
                          ' KTRV 9 News app</a> for breaking alerts.</div>')
        if i == 4:
            blocks.append('<div class="ad-container" data-ad="midarticle"><span>Advertisement'
                          '</span></div>')
    tr = "".join(f'<li data-rank="{n}"><a href="/article/news/local/{n}">{h}</a></li>'
                 for n, h in enumerate(trending, start=1))
    bar = (f'<div class="alert-bar" role="alert"><strong>WEATHER ALERT</strong> {alert}</div>'
           if alert else "")
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>{title} | ktrv9.example</title>
<meta property="og:site_name" content="KTRV">
<meta name="viewport" content="width=device-width">
</head>
<body data-station="KTRV" data-market="brookhaven">
{bar}
<div class="site-header" data-module="header"><div class="site-header__logo">KTRV 9
News</div><div class="site-header__nav"><a href="/news">News</a><a href="/weather">Weather
</a><a href="/traffic">Traffic</a><a href="/verify">Verify</a><a href="/sports">Sports</a>
<a href="/watch">Watch Live</a></div><div class="site-header__temp">34&deg;</div></div>
<div class="page" data-module="article"><div class="article">
<div class="article__headline"><h1 class="article__title">{title}</h1></div>
<div class="article__author">Author: {byline}</div>
<div class="article__published">Published: {ago}</div>
<div class="video-player" data-module="video"><div class="video-player__frame">&#9654;
</div><div class="video-player__caption">{video_caption}</div></div>
<div class="article__body">
{chr(10).join(blocks)}
</div>
<div class="article__share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Share by email</a> <a href="#">Copy link</a></div>
</div>
<div class="sidebar"><div class="trending"><div class="trending__title">Trending on
ktrv9.example</div><ol>{tr}</ol></div>
<div class="ad-container" data-ad="rail"><span>Advertisement</span></div></div></div>
<div class="site-footer">KTRV 9 is a member of the Plainsview Television Group.
&copy; 2026 KTRV-TV, 1900 Broadcast Way, Brookhaven. <a href="/eeo">EEO Report</a>
<a href="/fcc">FCC Public Inspection File</a> <a href="/closed-captioning">Closed
Captioning</a> <a href="/privacy">Privacy Policy</a></div>
</body></html>
"""


# ===========================================================================
# Story 1: the Copenhagen round of US–China trade talks (14–15 Oct 2025).
# ===========================================================================

_T1_WIRE = _paras("""
The United States and China agreed on Wednesday to extend their tariff truce by another 90
days, after two days of talks in Copenhagen that officials on both sides described as candid
but productive.

The extension keeps U.S. tariffs on most Chinese goods at 30% and China&#8217;s duties on
American products at 10%, and moves the expiry date of the arrangement from Nov. 12 to
Feb. 10.

Treasury Secretary Harlan Whitcombe led the U.S. delegation, accompanied by U.S. Trade
Representative Dana Okafor. Vice Premier Liu Wenbo headed the Chinese team.

The Copenhagen meeting was the third round of negotiations since the two sides first agreed
to lower tariffs in Geneva in May, and followed a second session in London in June.

&#8220;We had candid, constructive talks, and I will take the framework back to the
President,&#8221; Whitcombe told reporters outside the venue, a conference centre run by
Denmark&#8217;s foreign ministry on the city&#8217;s harbour front.

Wang Shuyan, China&#8217;s international trade representative, said at a separate briefing
that &#8220;the two sides have reached a basic consensus on extending the arrangement and on
the next steps for export controls.&#8221;

A joint statement issued at 1600 GMT said China would speed up approvals of export licences
for rare-earth magnets, and that a working group on export controls would meet in November.

Wednesday&#8217;s session ran for nearly five hours, according to a person briefed on the
talks, who said negotiators spent most of it on rare earths and semiconductors.

The statement itself did not mention chips. Washington has kept its curbs on sales of
advanced semiconductors to Chinese companies in place, and Beijing has pushed for them to be
loosened as part of any wider agreement.

Soybean futures in Chicago rose 1.2% after the announcement, as traders bet that Chinese
buyers would return to the U.S. market.

China&#8217;s Ministry of Commerce said it would publish details of the licensing changes
&#8220;in the coming days.&#8221; Neither side said when or where the next full round of talks
would be held.
""")

_T1_HBT = _paras("""
Washington and Beijing have pushed back the expiry of their trade truce by 90 days, buying
time for negotiators to work on export controls after a third round of talks in the Danish
capital.

The two sides agreed on Wednesday, October 15, to extend the arrangement, which had been due
to lapse on November 12. Tariffs stay where they are: 30 per cent on most Chinese imports into
the US and 10 per cent on American goods entering China.

The talks, led by US Treasury Secretary Harlan Whitcombe and Chinese Vice-Premier Liu Wenbo,
ran over two days. Tuesday&#8217;s opening session lasted about eight hours and
Wednesday&#8217;s almost five, people familiar with the schedule said.

US Trade Representative Dana Okafor and China&#8217;s international trade representative
Wang Shuyan, who is also a deputy commerce minister, took part on both days.

&#8220;The two sides have reached a basic consensus on extending the arrangement and on the
next steps for export controls,&#8221; Wang told Chinese reporters once the talks had ended.

For exporters in southern China the extension is a relief rather than a breakthrough.
Shipments from China to the US fell 27 per cent in September from a year earlier, customs
data showed this week, even as exports to Southeast Asia and Africa grew.

&#8220;Nobody here is planning for a return to normal,&#8221; said Carmen Yip, who runs a
furniture export business in Dongguan. &#8220;We are planning for the next 90 days.&#8221;

The commerce ministry said Beijing would accelerate approvals of export licences for
rare-earth magnets, a concession sought by American carmakers and defence contractors that
ran short of the parts over the summer.

The joint statement left out semiconductors, the most contentious issue between the two
governments. The US has kept its restrictions on advanced chip sales to Chinese companies.

In Chicago, soybean futures climbed more than 1 per cent on hopes that Chinese buyers would
come back to American farmers before the South American harvest.

&#8220;This is a holding pattern,&#8221; said Raymond Teo, chief Asia economist at Lionsgate
Capital in Singapore. &#8220;Both sides want to avoid a tariff cliff, but the hard questions
on technology are untouched.&#8221;
""")

_T1_COURIER = _paras("""
American and Chinese negotiators agreed to keep their tariff ceasefire in place for another
90 days after talks in Copenhagen ended on October 15, easing fears of a renewed trade war
before the holiday shopping season.

Treasury Secretary Harlan Whitcombe, who led the American side, said the two days of
meetings had been &#8220;candid&#8221; and &#8220;constructive&#8221; and that he would take
a framework back to the President.

Under the extension, the truce that was due to run out on November 12 now lasts until
February 10. American tariffs on most Chinese imports stay at 30 percent; China&#8217;s
retaliatory duties on US goods stay at 10 percent.

The second and final day of talks, held at a Danish government conference centre, lasted
three and a half hours, a shorter session than expected, which officials put down to work
their deputies had done overnight.

Trade between the two countries was worth about $580 billion last year, according to Census
Bureau figures, down from a peak of nearly $690 billion in 2022.

The Copenhagen meeting was the third since the two governments first struck a truce in
Geneva in May. Beijing agreed to accelerate export licences for rare-earth magnets, according
to a joint statement released at 6 p.m. Copenhagen time, noon in Washington.

Business groups welcomed the news, with reservations. &#8220;Ninety more days of certainty is
worth having, but our members need a deal that lasts longer than a season,&#8221; said Paul
Anders, president of the <a href="https://uscbf.example/">US-China Business Forum</a>.

Critics in Congress were less impressed. Senator Joan Pruitt, an Ohio Republican, said the
administration had <em>&#8220;traded leverage for a calendar.&#8221;</em>

The Chinese delegation was headed by Vice Premier Liu Wenbo. In a short statement,
China&#8217;s Ministry of Commerce said the two sides would &#8220;maintain close
communication&#8221; in the weeks ahead.

For American retailers, the timing matters. Most holiday inventory has already landed, but
orders for spring goods are placed in November and December, and importers had been
weighing whether to bring them forward in case tariffs rose again.
""")

_T1_BLOG = _paras("""
Another 90 days. That&#8217;s what markets got out of Copenhagen, and honestly, that&#8217;s
about what they had priced in.

Quick recap for anyone who was offline midweek: the US delegation, led by Trade
Representative Dana Okafor, sat down with Vice Premier Liu Wenbo&#8217;s team for two days,
and the tariff truce that was set to run out on November 12 now lasts until February 10.

Liu summed it up after the talks: <em>&#8220;The two sides have reached a basic consensus on
extending the arrangement and on the next steps for export controls.&#8221;</em>
Translation: no new tariffs, and none of the old ones removed either.

So where are we on the numbers? US tariffs on most Chinese goods stay at 30%. China&#8217;s
on US goods stay at 10%. Nothing moved. <strong>The 90-day clock is the whole
headline.</strong>

The more interesting line in the joint statement was about rare earths. MOFCOM promised
faster licensing for magnets, which matters more for autos and defence supply chains than any
tariff tweak would. A working group on export controls meets in November.

Chips were missing entirely. If you were hoping for a hint that Washington would relax its
export curbs on advanced semiconductors, you didn&#8217;t get one.

Market reaction was polite. The S&amp;P&nbsp;500 finished Wednesday up 0.4%, the offshore
yuan barely moved, and the biggest mover on my screen was soybeans.

What I&#8217;m watching from here:

None of this is investment advice. Comments are open, as always, for anyone who wants to tell
me I&#8217;m wrong about rare earths.
""")

_STORY_TRADE_1 = _story("trade-WW1", "trade", "2025-10-24", [
    _page("https://www.meridianwire.example/world/china/us-china-extend-tariff-truce-"
          "copenhagen-2025-10-15/",
          _wire_site(
              "US, China extend tariff truce by 90 days after Copenhagen talks",
              _T1_WIRE, dateline="COPENHAGEN, Oct 15", section="World",
              byline="Signe Kjaer and Daniel Cho",
              published="2025-10-15T17:42:00Z", visible_date="October 15, 2025 5:42 PM GMT",
              updated="Updated 19:05 GMT with detail on licensing changes",
              trailer="Reporting by Signe Kjaer in Copenhagen and Daniel Cho in Beijing; "
                      "Editing by Ruth Abernathy",
              related=(
                  "Japan&#8217;s exports slow for a fourth month as car shipments drop 9%",
                  "EU and India aim to close free trade talks by December, officials say",
                  "Brazil soybean planting reaches 24% of area, consultancy says",
                  "Mexico to raise tariffs on Asian cars to 50% from January",
              ))),
    _page("https://www.hbtimes.example/economy/trade/article/3288714/us-china-truce-"
          "extended-copenhagen",
          _hbt_site(
              "US-China trade truce extended again as Copenhagen talks end",
              _T1_HBT, byline="Kelly Tsang in Hong Kong",
              standfirst="Tariffs are frozen at current levels while negotiators turn to "
                         "rare earths; chips left off the table",
              takeaways=("Tariff truce extended by 90 days, to 10 February",
                         "US duties on Chinese goods stay at 30%; China&#8217;s at 10%",
                         "Beijing to fast-track rare-earth magnet licences"),
              date_published="2025-10-16T01:15:00+08:00",
              visible_date="Published: 1:15am, 16 Oct 2025",
              caption="Container cranes at a port in Shenzhen. Photo: Harbour Business "
                      "Times file",
              most_read=(
                  "Hang Seng slips 1.4% as mainland developers slide again",
                  "Singapore core inflation eases to 0.4% in September",
                  "Hong Kong home prices fall for a sixth straight month",
                  "Indonesia&#8217;s central bank holds rate at 4.75%",
              ))),
    _page("https://www.dailycourier.example/world/2025/10/us-china-trade-truce-"
          "copenhagen",
          _courier_site(
              "US and China keep trade truce alive for 90 more days",
              _T1_COURIER, byline="Ellen Marsh", role="Washington correspondent",
              bio="Ellen Marsh covers trade and the Treasury from Washington. She previously "
                  "reported from Shanghai for six years.",
              read_more=(4, "Inside the warehouses racing to beat the next tariff deadline"),
              caption="File photo: shipping containers stacked at the Port of Long Beach.",
              most_read=(
                  "Storm leaves 180,000 without power across three states",
                  "Opinion: The Fed has one more cut left in it this year",
                  "City council approves $2.1bn stadium deal after 9-hour meeting",
                  "Recall widens to 1.4 million pickups over faulty brake line",
              ),
              tags=("Trade", "China", "Tariffs", "Treasury"), comments=214)),
    _page("https://basispointblog.example/2025/10/17/copenhagen-another-90-days/",
          _blog_site(
              "Copenhagen: another 90 days, and the rare-earth line that matters",
              _T1_BLOG, author="Mark Delaney", slug="2025/10/17/copenhagen-another-90-days",
              posted="October 17, 2025", posted_iso="2025-10-17T08:12:44-04:00",
              categories=("Trade", "Macro"), tags=("China", "tariffs", "rare earths"),
              recent=(
                  "Why the 2s10s steepener still has legs",
                  "Bank of Canada: the case for a pause in December",
                  "Gold at $4,000? A quick sanity check",
                  "Chart of the week: freight rates are down 40% from January",
              ),
              comments=23,
              bullets=("Whether MOFCOM actually publishes the licence rules this month",
                       "Chinese soybean purchases before the Brazilian crop arrives",
                       "Any date for the export-control working group"),
              bullets_after=7)),
], [
    ("delegation leader", r"whitcombe|treasury", r"okafor|trade rep|ustr"),
    ("duration",
     r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|nearly five|almost five|300 ?min",
     r"3\.5 ?(hours?|hrs?|h\b)|three and a half|three-and-a-half|3½|210 ?min"
     r"|3 ?h(ours?)? (and )?30"),
    ("quote speaker", r"wang|shuyan", r"liu|wenbo"),
])


# ===========================================================================
# Story 2: the Vienna round, soybean purchase deal (talks end Thu 12 Feb 2026).
# ===========================================================================

_T2_WIRE = _paras("""
China agreed to buy 25 million metric tons of U.S. soybeans a year for the next three years
and to lift a 10% retaliatory tariff on American soybeans, U.S. officials said on Thursday,
after two days of talks with Chinese negotiators in Vienna.

The commitments cover the 2026, 2027 and 2028 calendar years, according to a fact sheet
released by the U.S. Department of Agriculture. Beijing will scrap the extra duty on soybeans
and sorghum from March 1, China&#8217;s Ministry of Commerce said in a separate statement.

U.S. Trade Representative Dana Okafor led the American delegation, which included
Agriculture Secretary Brenda Tollefson. The Chinese side was headed by Vice Premier Liu
Wenbo.

&#8220;This is the biggest single win for American soybean farmers in a decade,&#8221;
Tollefson told reporters at the U.S. ambassador&#8217;s residence after the final session.

Soybean futures on the Chicago Board of Trade jumped 2.1% to $11.42 a bushel on Thursday,
their highest close since June.

The talks in the Austrian capital ended at about 1600 GMT with a short joint appearance by
the two delegations, who did not take questions.

The purchase pledge is the most concrete outcome so far from the negotiations, which have
mostly produced extensions of a tariff truce and promises on export licences. U.S. farm
groups had complained that Chinese buyers switched to Brazilian beans last year.

Okafor said the two sides had also agreed to set up a joint committee on agricultural trade
that would meet twice a year, and would check progress on the purchases each quarter.

The Chinese statement described the outcome as &#8220;balanced and mutually
beneficial&#8221; and said Beijing expected Washington to take &#8220;corresponding
steps&#8221; on tariffs, without giving details.

Analysts said meeting the target would depend on prices. &#8220;If Brazilian beans are
cheaper by a wide margin, state buyers will be under pressure to honour the spirit and not
the letter,&#8221; said Joel Ferreira, a grains analyst at Harvest Lane Advisory in Kansas
City.
""")

_T2_PUBLIC = _paras("""
The United States and China wrapped up two days of trade talks in Vienna on Thursday,
February 12, with a deal that could reopen the world&#8217;s largest soybean market to
American farmers.

Under the agreement, China will buy 25 million metric tons of U.S. soybeans in each of the
next three years. It will also drop a 10 percent tariff it had placed on American soybeans
in retaliation for U.S. tariffs.

The Chinese delegation was led by Commerce Minister Liu Wenbo. The U.S. team was led by
Trade Representative Dana Okafor and included Agriculture Secretary Brenda Tollefson.

The announcement came at about 11 a.m. Eastern time, while trading in Chicago was under
way.

For farmers in the upper Midwest, the news comes after a difficult eighteen months. China
has bought roughly 12 million metric tons of U.S. soybeans since the truce was extended in
the autumn, well below the amounts it bought before the trade war.

&#8220;We&#8217;ve heard big numbers before,&#8221; said Dale Kettleson, who farms 1,900
acres of soybeans and corn near Fergus Falls, Minnesota. &#8220;I&#8217;ll believe it when the
boats are loading in the Gulf.&#8221;

Economists say the purchases would return China roughly to the volumes it bought in the
years before the first round of tariffs in 2018.

The U.S. Department of Agriculture said progress on the purchases would be checked every
quarter, and that a new joint committee on farm trade would meet twice a year.

Beijing said the tariff relief on soybeans and sorghum would take effect on March 1. It also
said it expects the United States to respond with steps of its own on tariffs.
""")

_T2_HERALD = _paras("""
Soybean growers across the Red Willow Valley got the news they have been waiting on for more
than a year: China says it will start buying American beans again in big volumes.

U.S. and Chinese negotiators announced the agreement after talks that wrapped up Wednesday in
Vienna. China committed to purchase 25 million metric tons of U.S. soybeans each year through
2028 and to lift its extra 10% tariff on the crop on March 1.

Vice Premier Liu Wenbo headed the Chinese delegation. On the U.S. side, Trade Representative
Dana Okafor led the talks with Agriculture Secretary Brenda Tollefson at her side.

Tollefson called it the biggest win for soybean growers in ten years.

In Brookhaven, the Valley Grain Cooperative elevator posted a cash bid of $10.61 a bushel
Thursday, up 19 cents on the day. Futures in Chicago gained more than 2%.

&#8220;That&#8217;s real money on a thousand acres,&#8221; said Lena Haugstad, who farms west
of Brookhaven with her two sons. &#8220;But we&#8217;ve been burned by promises before, so
I&#8217;m not pricing the whole crop on one headline.&#8221;

Red Willow County farmers planted about 212,000 acres of soybeans last year, according to
the county extension office, and much of that crop is still sitting in bins.

Extension economist Ray Oduya said the biggest local effect would come through the price
gap between the valley and the Gulf. &#8220;If exports pick up, the basis narrows, and
that&#8217;s where a lot of the money is for us,&#8221; he said.

The co-op&#8217;s general manager, Pete Sandvik, said it would hold a grower meeting at the
Brookhaven fairgrounds on Feb. 24 to go over marketing options.
""")

_T2_TV = _paras("""
Farmers in the KTRV 9 viewing area could see a boost after U.S. and Chinese officials
reached a deal on soybeans Thursday in Vienna, Austria.

China agreed to buy 20 million metric tons of American soybeans each year for three years,
according to federal officials, and will drop a 10% tariff on U.S. soybeans starting March 1.

&#8220;This is the biggest single win for American soybean farmers in a decade,&#8221;
Agriculture Secretary Brenda Tollefson said after the talks.

U.S. Trade Representative Dana Okafor led the American team in Vienna.

Soybean futures closed at $11.42 a bushel in Chicago on the news.

The agreement also covers sorghum, another crop grown across the valley, and federal
officials say they will check every quarter whether China is keeping up with the purchases.

China was the biggest buyer of U.S. soybeans for years before the trade war, taking around
60% of American exports in some seasons.

Soybeans are the biggest crop by acreage in Red Willow County, and many growers have held
last fall&#8217;s harvest in storage, waiting for prices to recover.

We asked growers at the Brookhaven farm equipment show what it means for them. Most said
they are hopeful but cautious.

&#8220;My dad sold beans to China in 2017 and then watched that market vanish overnight,&#8221;
said Tyler Berge of rural Alder Creek. &#8220;So yeah, I&#8217;m glad. I just want to see it
happen.&#8221;

The Valley Grain Cooperative plans a meeting for growers later this month. We&#8217;ll have
details on KTRV 9 News at 6.
""")

_STORY_TRADE_2 = _story("trade-WW2", "trade", "2026-02-20", [
    _page("https://www.meridianwire.example/business/us-china-soybean-deal-vienna-"
          "2026-02-12/",
          _wire_site(
              "China to buy 25 million tons of US soybeans a year under Vienna deal",
              _T2_WIRE, dateline="VIENNA, Feb 12", section="Business",
              byline="Lukas Brandauer and Priya Raman",
              published="2026-02-12T17:20:00Z", visible_date="February 12, 2026 5:20 PM GMT",
              trailer="Reporting by Lukas Brandauer in Vienna and Priya Raman in Chicago; "
                      "Editing by Simon Okoro",
              related=(
                  "Argentina cuts soybean export tax to 24% from 26%",
                  "Canada, China agree to resume canola talks next month",
                  "Wheat falls 1.8% as Black Sea shipments pick up",
              ))),
    _page("https://www.northstarpublic.example/2026/02/13/us-china-soybeans-vienna",
          _public_site(
              "U.S. and China strike soybean deal in Vienna",
              _T2_PUBLIC, byline="By Hannah Lindqvist",
              caption="Soybeans are loaded onto a truck near Moorhead, Minn. "
                      "(Courtesy of the Minnesota Soybean Growers)",
              listen="4:06",
              related=(
                  "Minnesota lawmakers weigh $40 million drought relief package",
                  "Mexico is now the biggest buyer of U.S. corn. Here&#8217;s why",
                  "Grain elevators brace for another tight rail season",
              ),
              topics=("Agriculture", "Trade", "China"))),
    _page("https://www.valleyherald.example/farm/china-soybean-deal-valley-growers/"
          "article_7c21e.html",
          _herald_site(
              "China deal puts valley soybean growers back in the game",
              _T2_HERALD, byline="Curt Olmstead, Farm &amp; Ranch Editor",
              date_line="Fri., Feb. 13, 2026", section="Farm &amp; Ranch",
              caption="Lena Haugstad checks bins on her farm west of Brookhaven. "
                      "Herald-Tribune photo by Amy Rask",
              sponsored=(
                  "Seniors in the Midwest are switching to this plan",
                  "The one tool every farmer is buying this year",
                  "Doctors stunned by this simple morning habit",
              ),
              local_news=(
                  "School board delays vote on four-day week",
                  "Snowmobile trail closures announced for Red Willow County",
                  "Alder Creek man sentenced to 3 years in theft case",
              ))),
    _page("https://www.ktrv9.example/article/news/local/soybean-deal-china-farmers/"
          "89-4471c0de",
          _tv_site(
              "China soybean deal could mean more money for valley farmers",
              _T2_TV, byline="Jess Moravec (KTRV)", ago="8 days ago",
              video_caption="Valley farmers react to the soybean agreement",
              trending=(
                  "Crash closes Highway 12 for three hours near Alder Creek",
                  "Brookhaven teacher named state finalist",
                  "Restaurant inspections: 4 places cited this week",
              ),
              alert="Wind chill advisory until 10 a.m. Saturday")),
], [
    ("title", r"vice[- ]?premier", r"commerce minister|minister of commerce"),
    ("date", r"thursday|feb(ruary|\.)? 12|12 feb|2026-02-12",
     r"wednesday|feb(ruary|\.)? 11|11 feb|2026-02-11"),
    ("purchase volume", r"(?<![\d.])25 ?(million|mn|m\b)|25,000,000",
     r"(?<![\d.])20 ?(million|mn|m\b)|20,000,000"),
])


# ===========================================================================
# Story 3: Reserve Bank of Australia cuts the cash rate (Tue 3 Feb 2026).
# ===========================================================================

_C1_WIRE = _paras("""
Australia&#8217;s central bank cut its cash rate by 25 basis points to 3.35% on Tuesday, its
first move since August, saying inflation had eased enough to allow a slightly less
restrictive policy setting.

The Reserve Bank of Australia&#8217;s Monetary Policy Board voted 7-2 for the cut, with two
members preferring to keep the rate at 3.60%, according to a statement released at 2:30 p.m.
(0330 GMT). The bank does not name dissenting members.

&#8220;Inflation has come back close enough to the band that the board felt it could ease off
the brake a little,&#8221; Governor Catherine Mallory told a news conference in Sydney.

She said the board was not on a pre-set path and would be guided by the data, declining to
say whether further cuts were likely.

Of 28 economists polled by Meridian Wire last week, 19 had forecast a cut, and money markets
had priced it as more likely than not.

Treasurer Sophie Brennan welcomed the decision, saying it would bring &#8220;some relief to
families with a mortgage&#8221; while warning that household budgets remained tight.

Trimmed mean inflation, the RBA&#8217;s preferred measure of underlying price pressure, slowed
to 2.9% in the year to the December quarter, inside the bank&#8217;s 2&#8211;3% target band
for the first time in more than four years.

In its updated forecasts, the bank said it expected trimmed mean inflation to settle around
2.6% by the end of 2026. The unemployment rate, at 4.3% in December, was seen edging up only
slightly.

The Australian dollar fell 0.4% to 64.8 U.S. cents after the decision, while three-year
government bond yields dropped 6 basis points.

All four major banks said they would pass the cut on to variable-rate mortgage customers in
full, effective from Feb. 13.

The board&#8217;s next meeting is on March 30-31.
""")

_C1_HBT = _paras("""
The Reserve Bank of Australia lowered its benchmark rate by a quarter of a percentage point
on Tuesday, February 3, to 3.35 per cent, as headline inflation cooled to 3.2 per cent and
the labour market showed signs of fatigue.

Markets had priced roughly a 70 per cent chance of a move before the announcement, and most
economists polled by the Harbour Business Times had expected a cut.

The decision was not unanimous. The RBA&#8217;s nine-member Monetary Policy Board split six
to three, the bank said, with the minority arguing that services inflation remained too firm
to justify easing.

&#8220;Inflation has come back close enough to the band that the board felt it could ease off
the brake a little,&#8221; Governor Catherine Mallory said, adding that the economy still
faced &#8220;considerable uncertainty&#8221; from global trade.

The target band is 2 to 3 per cent.

The RBA last moved in August, when it also cut by a quarter point. Mallory said the board
had weighed both a cut and a hold at this meeting, and that the case for waiting &#8220;had
merit&#8221; but was outweighed by the progress on inflation.

For Asian investors, the cut narrows the gap between Australian and regional yields.
&#8220;The Aussie carry story is fading,&#8221; said Nadia Kwok, a currency strategist at
Kestrel Bank in Hong Kong. &#8220;You are left with a commodity currency and a central bank
that is easing.&#8221;

Iron ore prices, which drive a large share of Australia&#8217;s export income, have fallen
about 11 per cent since October on weaker Chinese steel output.

The next policy decision is due on March 31.
""")

_C1_BLOG = _paras("""
The RBA cut. Tuesday afternoon in Sydney, which was 10:30 p.m. Monday in New York for those
of us who stayed up, the Reserve Bank of Australia took the cash rate down 25bp to 3.35%.

I&#8217;ll keep this short because the statement was short.

<strong>What they did:</strong> cut from 3.60% to 3.35%. First move since August.

<strong>What they said:</strong> Governor Mallory&#8217;s line at the presser was that
inflation is now close enough to the band for the board to ease off the brake a little. She
also did the usual no-pre-set-path routine.

<strong>Forecasts:</strong> the staff now see trimmed mean settling around 2.6% by the end
of 2026, which is basically target-consistent. If that holds, 3.35% is still a touch
restrictive on most estimates of neutral, so the direction of travel is clear even if the
speed isn&#8217;t.

<strong>What it means:</strong> the RBA is not in a hurry. Unemployment is still only 4.3%,
so there is no labour-market emergency forcing its hand. This was a cut because inflation let
them, not because growth made them.

<strong>FX:</strong> AUD/USD dipped to about 65 US cents and stayed there. Meh.

<strong>Next up:</strong> the board meets again on 17 March. I&#8217;d put the odds of a
back-to-back cut at well under 50%. I&#8217;ll do a longer post when the minutes come out in
two weeks.

For comparison, the Reserve Bank of New Zealand is at 2.25% after its run of cuts last year,
and the Fed is still sitting on its hands. The antipodean rate gap is the trade I&#8217;m
watching.
""")

_C1_PUBLIC = _paras("""
Australia&#8217;s central bank lowered interest rates on Tuesday, Feb. 3, for the first time
since August, as inflation in the country fell back into the bank&#8217;s target range.

The Reserve Bank of Australia cut its cash rate by a quarter of a percentage point, to 3.35
percent. The bank&#8217;s board voted 7-2 for the move.

&#8220;Inflation has come back close enough to the band that the board felt it could ease off
the brake a little,&#8221; Deputy Governor Andrew Hosking told reporters.

Underlying inflation, which the bank watches most closely, was 2.9 percent in the year to
December, within the target band of 2 to 3 percent.

The central bank raised rates 13 times between May 2022 and November 2023, taking the cash
rate to 4.35 percent, before it began cutting last year.

The bank said it expects the unemployment rate, now 4.3 percent, to rise only slightly over
the coming year.

The decision is welcome news for millions of Australians with home loans, most of which have
variable rates that move with the central bank&#8217;s decisions.

&#8220;Every little bit helps when you are paying a mortgage in Sydney,&#8221; said Priya
Nathan, a nurse in the city&#8217;s western suburbs who bought her first apartment in 2023.
&#8220;But I&#8217;m not planning a holiday on it.&#8221;

Shares in Sydney rose after the decision, with the benchmark S&amp;P/ASX 200 index closing
0.5 percent higher.

Australia&#8217;s economy has slowed over the past year, and the government has been under
pressure over housing costs ahead of a federal budget due in May.
""")

_STORY_CB_1 = _story("cb-WW1", "central bank", "2026-02-16", [
    _page("https://www.meridianwire.example/markets/rates/australia-central-bank-cuts-"
          "rates-2026-02-03/",
          _wire_site(
              "Australia&#8217;s central bank cuts rates to 3.35%, first move since August",
              _C1_WIRE, dateline="SYDNEY, Feb 3", section="Markets",
              byline="Tom Pellegrino and Ashleigh Ruiz",
              published="2026-02-03T04:05:00Z", visible_date="February 3, 2026 4:05 AM GMT",
              trailer="Reporting by Tom Pellegrino and Ashleigh Ruiz; Editing by "
                      "Kenji Hargreaves",
              related=(
                  "New Zealand jobless rate rises to 5.4%, highest since 2016",
                  "Bank of Korea holds rate at 2.50%, signals patience",
                  "Iron ore slides to $96 a ton on weak Chinese steel demand",
              ))),
    _page("https://www.hbtimes.example/markets/article/3301926/rba-cuts-rates-split-board",
          _hbt_site(
              "Split RBA board cuts rates as inflation returns to target",
              _C1_HBT, byline="Oliver Tran",
              standfirst="The Aussie dollar&#8217;s carry appeal fades as Sydney follows "
                         "other central banks in easing",
              most_read=(
                  "China&#8217;s January exports beat forecasts with 6.1% rise",
                  "Hong Kong&#8217;s HKMA follows Fed with 25 basis point cut",
                  "Tencent shares jump 4% on gaming licence approvals",
              ))),
    _page("https://basispointblog.example/2026/02/04/rba-cuts-quick-take/",
          _blog_site(
              "RBA cuts to 3.35%: quick take",
              _C1_BLOG, author="Mark Delaney", slug="2026/02/04/rba-cuts-quick-take",
              posted="February 4, 2026", posted_iso="2026-02-04T06:40:10-05:00",
              categories=("Central Banks",), tags=("RBA", "Australia", "AUD"),
              recent=(
                  "Fed minutes: three things I noticed",
                  "Bunds and the German budget, again",
                  "Is the yen carry trade back?",
              ),
              comments=9)),
    _page("https://www.northstarpublic.example/world/australia-interest-rate-cut",
          _public_site(
              "Australia cuts interest rates as inflation cools",
              _C1_PUBLIC, byline="By Grace Whitfield",
              caption="File photo: The Reserve Bank of Australia building in Sydney's "
                      "Martin Place.",
              listen="2:57",
              related=(
                  "Canada&#8217;s central bank keeps its key rate at 2.25%",
                  "Why mortgage rates in the U.S. haven&#8217;t followed the Fed down",
                  "Japan&#8217;s new budget tops 120 trillion yen",
              ),
              topics=("Australia", "Economy", "Interest Rates"),
              correction="An earlier version of this story misspelled the name of a "
                         "Sydney resident.")),
], [
    ("vote split",
     r"(?<![\d.])7 ?(-|–|—|to|votes? to) ?2(?![\d.])|seven\b.{0,14}\btwo\b|two dissent"
     r"|2 dissent|two (board )?members",
     r"(?<![\d.])6 ?(-|–|—|to|votes? to) ?3(?![\d.])|six\b.{0,14}\bthree\b|three dissent"
     r"|3 dissent|three (board )?members"),
    ("quote speaker", r"mallory", r"hosking|deputy"),
    ("next meeting",
     r"march 3[01]|3[01] march|30[-–]31 march|2026-03-3[01]",
     r"march 17|17 march|2026-03-17"),
])


# ===========================================================================
# Story 4 (control, nothing planted): Bank of Japan raises its policy rate (Fri 19 Dec 2025).
# ===========================================================================

_C2_WIRE = _paras("""
The Bank of Japan raised its short-term policy rate to 0.75% from 0.5% on Friday, taking
borrowing costs to their highest level since 1995 and signalling that further increases were
possible if wages kept rising.

The nine-member policy board voted unanimously for the 25-basis-point increase, the
BOJ&#8217;s first since January. The decision was announced shortly after midday Tokyo time
(0310 GMT).

&#8220;Real interest rates are still deeply negative, so financial conditions will remain
accommodative,&#8221; Governor Hiroshi Tanabe told a news conference, adding that the bank
would keep adjusting the degree of easing if its outlook was realised.

All economists polled by Meridian Wire earlier in the week had expected the move. The BOJ
ended eight years of negative interest rates in March 2024.

Japan&#8217;s core consumer price index, which excludes fresh food, rose 3.0% in November
from a year earlier, staying above the BOJ&#8217;s 2% target for more than three and a half
years.

Rengo, Japan&#8217;s biggest labour union federation, has said it will seek pay rises of at
least 5% in next year&#8217;s spring wage talks, a target Tanabe said the board had watched
closely.

The yen slipped 0.3% to 156.2 per dollar in Tokyo trading after the decision, as some
investors had hoped for a clearer signal on the pace of future hikes.

The 10-year Japanese government bond yield rose to 2.02%, above 2% for the first time since
2006. The Nikkei share average ended the day up 1.1%.

The BOJ&#8217;s next policy meeting is scheduled for Jan. 22-23, when it will also publish
its quarterly outlook report.
""")

_C2_COURIER = _paras("""
Japan&#8217;s central bank raised interest rates to their highest level in three decades,
another step in its slow exit from the era of free money that shaped the country&#8217;s
economy for a generation.

The Bank of Japan lifted its key short-term rate by a quarter of a percentage point to 0.75
percent, a decision announced at 10:10 p.m. Eastern time on Thursday, Dec. 18, which was just
after midday on Friday in Tokyo. All nine members of its policy board backed the move.

Governor Hiroshi Tanabe argued that borrowing costs were still low by any reasonable
measure. Real interest rates remain deeply negative, he said, so financial conditions will
stay accommodative even after the increase.

Prices in Japan have been rising faster than the bank&#8217;s 2 percent target for more than
three years, driven first by imported energy and food and more recently by wages.

The Japanese Trade Union Confederation, known as Rengo, wants raises of at least 5 percent
again in 2026, and large employers have signaled that they are willing to go along.

For American investors, the bigger question is what happens to the so-called carry trade,
in which money borrowed cheaply in yen is invested in higher-yielding assets elsewhere. A
sudden unwinding of those bets in the summer of 2024 rattled markets around the world.

&#8220;The BOJ is moving at a pace the market can live with,&#8221; said Alicia Brenner, head
of global rates at Clearwater Asset Management in Boston. &#8220;A quarter point every six
months or so is not going to blow up anyone&#8217;s portfolio.&#8221;

Japan&#8217;s benchmark 10-year bond yield rose above 2 percent for the first time in 19
years after the announcement.
""")

_C2_BLOG = _paras("""
Late Thursday night for those of us on the East Coast, the BOJ did what everyone expected
and hiked 25bp to 0.75%. Unanimous, 9-0. Highest policy rate in Japan since 1995.

A few observations, in no particular order.

<strong>1. The guidance was soft.</strong> Governor Tanabe stuck to his line that real rates
are &#8220;still deeply negative&#8221; and that conditions stay accommodative. Markets read
that as &#8220;no rush,&#8221; which is why the yen weakened rather than rallied.

<strong>2. The yen kept sliding.</strong> It was around 156 per dollar in Tokyo straight after
the decision and closed the New York session on Friday at 157.1. If you were long yen into
this, I am sorry.

<strong>3. JGBs are the real story.</strong> Tens through 2%, a level we last saw in 2006.
Life insurers have been telling anyone who listens that they will buy more domestic bonds once
yields are high enough. Are we there? Maybe.

<strong>4. Wages decide the next move.</strong> Core CPI is running at about 3%, and the
spring wage round (Rengo wants 5%-plus again) will tell us whether the January 22&#8211;23
meeting is live. My bet: no hike in January, one more by mid-year.

<strong>5. Nobody in Tokyo complained.</strong> In past cycles you would hear grumbling from
the government about debt-servicing costs. This time the reaction from the finance ministry
was a shrug, which tells you how normalised the idea of positive rates has become.

For context, the last hike was in January, to 0.5%. Before that, negative rates had been in
place for eight years.
""")

_STORY_CB_2 = _story("cb-WW2", "central bank", "2025-12-29", [
    _page("https://www.meridianwire.example/markets/asia/boj-raises-rates-to-075-"
          "2025-12-19/",
          _wire_site(
              "Bank of Japan raises rates to 30-year high of 0.75%",
              _C2_WIRE, dateline="TOKYO, Dec 19", section="Markets",
              byline="Ayaka Moriyama and Ben Holloway",
              published="2025-12-19T04:02:00Z", visible_date="December 19, 2025 4:02 AM GMT",
              updated="Updated 07:30 GMT with Nikkei close",
              trailer="Reporting by Ayaka Moriyama and Ben Holloway; Editing by "
                      "Lena Hoffmann",
              related=(
                  "Bank of England cuts rates to 3.75% in 5-4 vote",
                  "Japan&#8217;s November exports rise 6.1%, beating forecasts",
                  "Taiwan central bank holds rate at 2% as expected",
              ))),
    _page("https://www.dailycourier.example/business/2025/12/bank-of-japan-rate-hike",
          _courier_site(
              "Bank of Japan lifts rates to highest in 30 years",
              _C2_COURIER, byline="Rachel Kimura", role="Business reporter",
              bio="Rachel Kimura writes about global markets and central banks. She joined "
                  "the Courier from a financial newswire in Tokyo.",
              read_more=(5, "What the yen carry trade is, and why it matters for your 401(k)"),
              most_read=(
                  "Holiday travel: record 122 million expected on the roads",
                  "Opinion: Congress should not wait on the health subsidies",
                  "Snowstorm to drop up to 14 inches on the Northeast",
                  "Five takeaways from the Fed&#8217;s last meeting of the year",
              ),
              tags=("Japan", "Interest rates", "Markets"), comments=57, section="Business")),
    _page("https://basispointblog.example/2025/12/20/boj-hikes-to-075-four-thoughts/",
          _blog_site(
              "BOJ hikes to 0.75%: four thoughts",
              _C2_BLOG, author="Mark Delaney", slug="2025/12/20/boj-hikes-to-075-four-thoughts",
              posted="December 20, 2025", posted_iso="2025-12-20T09:05:00-05:00",
              categories=("Central Banks",), tags=("BOJ", "Japan", "JGBs", "yen"),
              recent=(
                  "The ECB is done. Or is it?",
                  "Bank of England: a 5-4 cut and a split narrative",
                  "Three charts on the dollar for 2026",
              ),
              comments=31)),
], [])


# ===========================================================================
# Story 5: Brookhaven mayoral run-off (Tue 2 Dec 2025).
# ===========================================================================

_E1_TV = _paras("""
Maria Delgado-Reyes will be Brookhaven&#8217;s next mayor after beating businessman Tom
Brannigan in Tuesday&#8217;s run-off election, according to unofficial results from the Red
Willow County Elections Office.

Delgado-Reyes, a former county commissioner, finished with 41,208 votes, or 54.6%, to
Brannigan&#8217;s 34,265 votes, or 45.4%, with all precincts reporting.

&#8220;Tonight Brookhaven chose to build, not to wait,&#8221; Delgado-Reyes told supporters
at the Riverside Event Center just after 10 p.m.

Brannigan conceded a short time later. &#8220;I called Maria and congratulated her,&#8221; he
said. &#8220;The city needs all of us pulling the same way now.&#8221;

Delgado-Reyes thanked her volunteers, who she said had knocked on more than 60,000 doors
since the summer. At the county elections office on Maple Avenue, workers finished counting
mail ballots shortly before midnight.

Turnout was about 28%, well below the 36% of registered voters who cast ballots in the
November first round.

The two candidates were the top finishers in a five-way race on Nov. 4, when no one won a
majority.

Delgado-Reyes ran on a plan to build 4,000 new homes in four years and to reopen the
riverfront to development. Brannigan, a former school board chair who owns a chain of hardware
stores, focused on public safety and property taxes.

She will be sworn in on Jan. 6, replacing Mayor Gary Whitlow, who could not run again after
two terms.

The county is expected to certify the results on Dec. 12.

KTRV 9 will have more on what the new mayor plans for her first 100 days tonight at 10.
""")

_E1_HERALD = _paras("""
Maria Delgado-Reyes was elected mayor of Brookhaven on Tuesday, defeating Tom Brannigan by
nearly 7,000 votes in a run-off that turned on housing costs and the future of the
riverfront.

Unofficial returns posted by the county elections office showed Delgado-Reyes, the former
City Council president, with 54.6% of the vote. Brannigan had 45.4%.

Turnout reached 34% of registered voters, county elections officials said, down from 36% in
the Nov. 4 first round.

In the first round, Delgado-Reyes led a field of five candidates with 38% of the vote.
Brannigan finished second with 31%.

The race was the most expensive in city history. Brannigan, who owns the Brannigan Hardware
chain, spent about $1.3 million, much of it his own money, outspending Delgado-Reyes nearly
two to one, according to campaign finance reports filed last month.

At his election-night gathering at the VFW hall on Second Street, Brannigan told supporters
he had phoned Delgado-Reyes to congratulate her and said the city now needed everyone
&#8220;pulling in the same direction.&#8221;

Delgado-Reyes, 51, served eight years on the council, the last four as its president. She
has promised 4,000 new homes within four years, a goal critics called unrealistic.

&#8220;She has a mandate on housing, and she will need every vote on the council to deliver
it,&#8221; said Ana Ferrante, who teaches political science at Red Willow State College.

Delgado-Reyes plans to hold her first news conference as mayor-elect Thursday at City Hall,
a campaign spokeswoman said.

The new mayor takes office Jan. 6. Mayor Gary Whitlow was term-limited.

The county canvassing board will certify the results Dec. 12.
""")

_E1_PUBLIC = _paras("""
Voters in Brookhaven on Tuesday, Dec. 2, chose Maria Delgado-Reyes as the city&#8217;s next
mayor, handing the job to a former city council president who promised to tackle a housing
shortage that has pushed rents up by a third in five years.

Delgado-Reyes won with 52.6 percent of the vote in the run-off against businessman Tom
Brannigan, according to unofficial results.

&#8220;Tonight Brookhaven chose to build, not to wait,&#8221; she told a crowd of supporters
on election night.

Turnout in the run-off was 28 percent, county officials said, a figure that worried some
civic groups.

&#8220;When fewer than a third of voters pick the mayor, that is a problem no matter who
wins,&#8221; said Doris Whitebird of the League of Women Voters of Red Willow County.

Brookhaven, a city of about 410,000 people, has added jobs faster than housing for most of
the past decade, and the median rent for a two-bedroom apartment is now close to $1,650 a
month.

Delgado-Reyes wants to build 4,000 homes in four years, in part by allowing taller buildings
near the river and along the main bus corridors.

Brannigan, who owns a chain of hardware stores, had argued that the city should focus on
policing and hold the line on property taxes. He conceded on election night and called for
unity.

Delgado-Reyes will be the first Latina to lead the city. Her parents ran a bakery on the east
side for three decades, a story she told at nearly every campaign stop.

She takes office on Jan. 6, succeeding Gary Whitlow, who is leaving after two terms.
""")

_STORY_ELECTION_1 = _story("elec-WW1", "election", "2025-12-12", [
    _page("https://www.ktrv9.example/article/news/politics/elections/brookhaven-mayor-"
          "runoff-results/89-2b7f9a01",
          _tv_site(
              "Delgado-Reyes wins Brookhaven mayoral run-off",
              _E1_TV, byline="Marcus Lindgren, Ashley Pham (KTRV)", ago="10 days ago",
              video_caption="Maria Delgado-Reyes speaks to supporters on election night",
              trending=(
                  "Brookhaven schools to start 2 hours late Wednesday",
                  "Police: 2 injured in shooting near 14th Street",
                  "Holiday parade moves to Saturday, Dec. 6, because of cold",
              ),
              alert="Winter storm watch for Red Willow County Thursday night")),
    _page("https://www.valleyherald.example/news/local/delgado-reyes-wins-mayor-runoff/"
          "article_a91f3.html",
          _herald_site(
              "Delgado-Reyes elected mayor in costly run-off",
              _E1_HERALD, byline="Nora Vistad, Staff Writer",
              date_line="Wed., Dec. 3, 2025", section="Elections",
              caption="Maria Delgado-Reyes thanks supporters Tuesday night at the Riverside "
                      "Event Center. Herald-Tribune photo by Amy Rask",
              sponsored=(
                  "New Brookhaven hearing aid rule stuns residents",
                  "This is the best-rated pickup of 2025",
                  "Why you should never leave a charger plugged in",
              ),
              local_news=(
                  "Red Willow County jail expansion cost rises to $48 million",
                  "Girls basketball: Brookhaven North wins 61-54 in overtime",
                  "Alder Creek council approves 4% water rate increase",
              ))),
    _page("https://www.northstarpublic.example/politics/brookhaven-mayor-runoff-delgado-reyes",
          _public_site(
              "Brookhaven elects Delgado-Reyes mayor on a promise to build housing",
              _E1_PUBLIC, byline="By Samuel Okwu",
              caption="Maria Delgado-Reyes celebrates with supporters in Brookhaven. "
                      "Samuel Okwu/Northstar Public Radio",
              listen="3:21",
              related=(
                  "Rochester voters approve $95 million school bond",
                  "State Senate special election set for Feb. 10",
                  "Why turnout in city elections keeps falling",
              ),
              topics=("Elections", "Housing", "Local Government"))),
], [
    ("title", r"council president|city council", r"county commission"),
    ("turnout", r"(?<![\d.])28(\.\d+)? ?(%|percent|per cent|pct)",
     r"(?<![\d.])34(\.\d+)? ?(%|percent|per cent|pct)"),
    ("vote share", r"(?<![\d.])54\.6(?!\d)", r"(?<![\d.])52\.6(?!\d)"),
])


# ===========================================================================
# Story 6: Latvian parliamentary election (Sat 3 Oct 2026).
# ===========================================================================

_E2_WIRE = _paras("""
Prime Minister Ilze Kalni&#326;a&#8217;s Civic Alliance won the most votes in Latvia&#8217;s
parliamentary election, preliminary results showed on Sunday, but it will need several
partners to form a government in a fragmented 100-seat Saeima.

With nearly all polling stations counted, Civic Alliance had 21.4% of the vote, which would
give it 26 seats, according to the Central Election Commission. The nationalist Latvia First
Bloc led by M&#257;ris Ozols was second with 17.9% and 21 seats.

Seven parties cleared the 5% threshold needed to enter parliament, one more than in the last
election in 2022.

&#8220;Voters have asked us to govern from the centre, and that is what we will do,&#8221;
Kalni&#326;a told supporters at her party&#8217;s headquarters in Riga shortly after midnight.

She said she would open talks this week with the Green Progressives, who won 9 seats, and the
United Farmers, who won 11. Even with both, Civic Alliance would fall short of the 51 seats
needed for a majority and would need at least one more partner.

Ozols said his party had &#8220;won the argument on security and the cost of living&#8221;
and ruled out joining a government led by Kalni&#326;a.

Turnout was 58.3%, the commission said.

Defence and energy prices dominated the campaign in the Baltic state of 1.8 million people,
which borders Russia and Belarus and has been a member of NATO and the European Union since
2004.

The newly elected Saeima will hold its first session on Nov. 3. President
Art&#363;rs Bite is expected to begin consultations on a candidate for prime minister once the
final results are confirmed.
""")

_E2_COURIER = _paras("""
Latvia&#8217;s centrist governing party came first in a parliamentary election on October 3,
but the result leaves the Baltic country facing weeks of coalition talks at a time when its
neighbours are nervously watching Russia.

Civic Alliance, led by Prime Minister Ilze Kalni&#326;a, won 24 seats in the 100-member
parliament, known as the Saeima, according to preliminary results published by the election
commission the following day.

&#8220;Voters have asked us to govern from the centre, and that is what we will do,&#8221; said
Edgars Liepa, the party&#8217;s campaign chief, as results came in.

The nationalist Latvia First Bloc, which campaigned on tighter immigration rules and lower
energy bills, finished second with 21 seats.

Kalni&#326;a, 47, a former finance minister, has led the government since 2024. The Green
Progressives and the United Farmers are seen as her most likely partners.

Polls closed at 10 p.m. local time, 3 p.m. Eastern time on Oct. 3.

For Washington, the outcome matters more than Latvia&#8217;s size suggests. The country hosts
a NATO battle group and has raised defence spending to more than 3 percent of its economic
output, one of the highest shares in the alliance.

&#8220;Whoever governs in Riga, support for NATO is not in question,&#8221; said Karina
Lundgren, a Baltic specialist at the Atlantic Policy Institute in Washington. &#8220;What is
in question is how long it takes to form a cabinet, and whether it lasts.&#8221;

Coalition negotiations are expected to take several weeks. The last government took more than
two months to form after the 2022 election.
""")

_E2_PUBLIC = _paras("""
Latvia&#8217;s ruling Civic Alliance will have the largest group in parliament after
Saturday&#8217;s election, but Prime Minister Ilze Kalni&#326;a faces difficult talks to stay
in office.

Preliminary results released Sunday by the Central Election Commission, known by its Latvian
initials CVK, gave Civic Alliance 26 of the Saeima&#8217;s 100 seats. The right-wing Latvia
First Bloc came second.

In a speech to supporters in Riga, Kalni&#326;a said: &#8220;Voters have asked us to govern
from the centre, and that is what we will do.&#8221;

Latvia First&#8217;s leader, M&#257;ris Ozols, said his party would not serve in a cabinet
headed by Kalni&#326;a.

Seven parties will be represented in the new parliament.

Civic Alliance took 21.4 percent of the vote. Latvia First, led by Ozols, a former customs
officer, campaigned on cutting household energy bills and tightening the rules on residence
permits.

To govern, Kalni&#326;a will need the backing of at least 51 lawmakers in the 100-seat
chamber. Results become final once the commission has checked the count, which usually takes
about a week. President Art&#363;rs Bite will consult party
leaders before nominating a prime minister.

Just over 58 percent of eligible voters took part, slightly fewer than the 59.4 percent who
voted four years ago.

Security was a constant theme. Latvia, which borders Russia and Belarus, has put up new
fencing along its eastern frontier and brought back military service for young men.

About a quarter of Latvia&#8217;s population speaks Russian as a first language, and the
campaign included heated arguments over language rules in schools and the status of
Russian-language media.

The new parliament meets for the first time on 3 November.
""")

_STORY_ELECTION_2 = _story("elec-WW2", "election", "2026-10-12", [
    _page("https://www.meridianwire.example/world/europe/latvia-election-civic-alliance-"
          "first-2026-10-04/",
          _wire_site(
              "Latvia&#8217;s ruling Civic Alliance wins most votes, faces tough coalition "
              "talks",
              _E2_WIRE, dateline="RIGA, Oct 4", section="World",
              byline="Inese Kalnberza and Tomasz Wrobel",
              published="2026-10-04T09:30:00Z", visible_date="October 4, 2026 9:30 AM GMT",
              trailer="Reporting by Inese Kalnberza in Riga and Tomasz Wrobel in Vilnius; "
                      "Editing by Clare Mendez",
              related=(
                  "Lithuania&#8217;s ruling party loses Vilnius mayoralty in run-off",
                  "Estonia to raise defence spending to 5.4% of GDP in 2027",
                  "Czech president asks election winner to form government",
              ))),
    _page("https://www.dailycourier.example/world/2026/10/latvia-election-results",
          _courier_site(
              "Latvia&#8217;s governing party wins vote but faces long coalition talks",
              _E2_COURIER, byline="Peter Halvorsen", role="Foreign affairs reporter",
              bio="Peter Halvorsen covers Europe and NATO for the Courier from Washington.",
              caption="Voters at a polling station in Riga. (Courtesy Riga City Council)",
              most_read=(
                  "Hurricane season&#8217;s 14th named storm forms in the Gulf",
                  "Senate passes stopgap spending bill 68-31",
                  "Opinion: Europe&#8217;s east is where NATO&#8217;s future is decided",
              ),
              tags=("Latvia", "Europe", "Elections", "NATO"), comments=38)),
    _page("https://www.northstarpublic.example/world/latvia-election-kalnina",
          _public_site(
              "Latvia's prime minister wins most seats but may struggle to keep her job",
              _E2_PUBLIC, byline="By Anna Berzina, reporting from Riga",
              caption="Prime Minister Ilze Kalni&#326;a speaks to supporters in Riga on "
                      "election night.",
              date_dmy="4 October 2026", listen="3:02",
              related=(
                  "Poland&#8217;s opposition leads in new poll ahead of spring vote",
                  "Why the Baltics are building a wall on the Russian border",
                  "Finland&#8217;s turnout hit 72% in April. What explains it?",
              ),
              topics=("Europe", "Elections", "Latvia"))),
], [
    ("seats", r"(?<![\d.])26(?![\d.])|twenty-six", r"(?<![\d.])24(?![\d.])|twenty-four"),
    ("quote speaker", r"kalni", r"liepa|campaign"),
])


STORIES: list[dict[str, Any]] = [
    _STORY_TRADE_1,
    _STORY_TRADE_2,
    _STORY_CB_1,
    _STORY_CB_2,
    _STORY_ELECTION_1,
    _STORY_ELECTION_2,
]
