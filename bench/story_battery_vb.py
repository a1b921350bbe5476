"""Part VB of the story battery (web pages).

Written by engineer VB1 on 2026-12-06 (twentieth session, twelfth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py VB`.

Six stories (two earthquakes, two rocket test flights, two elections), each told by three or
four invented outlets whose whole HTML pages are built by one template per outlet.  One story
(quake-VB2) is a control with no planted disagreement.
"""

from __future__ import annotations

import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def _paras(block: str) -> list[str]:
    """Split a block on blank lines and collapse the whitespace inside each paragraph."""
    return [" ".join(chunk.split()) for chunk in block.strip().split("\n\n") if chunk.strip()]


def _slug(text: str) -> str:
    s = re.sub(r"&[#\w]+;", "", text.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:70].rstrip("-")


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;")


def _li_links(items: Any, prefix: str = "/") -> str:
    return "".join(f'<li><a href="{prefix}{_slug(h)}">{h}</a></li>' for h in items)


# --------------------------------------------------------------------------------------------
# template 1: Pacific Wire, a wire service (<article>, dateline, og/article meta)
# --------------------------------------------------------------------------------------------

_WIRE_NAV = ["World", "U.S.", "Business", "Markets", "Science", "Sports", "Graphics"]


def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, section: str,
               published: str | None = None, shown: str | None = None,
               updated: str | None = None, related: Any = (),
               caption: str | None = None) -> str:
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        f'<meta property="og:title" content="{_attr(title)}">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    head += ['<link rel="stylesheet" href="/assets/pw.min.css">', "</head>"]
    nav = "".join(f'<li><a href="/{_slug(s)}">{s}</a></li>' for s in _WIRE_NAV)
    body = [
        '<body class="pw">',
        '<a class="skip-link" href="#main-content">Skip to content</a>',
        '<header class="pw-header"><a class="pw-logo" href="/">PACIFIC WIRE</a>',
        f'<nav aria-label="Sections"><ul class="pw-nav">{nav}</ul></nav>',
        '<form class="pw-search" action="/search"><input name="q" placeholder="Search">'
        "</form></header>",
        '<main id="main-content">',
        '<article class="pw-story">',
        f'<div class="pw-section"><a href="/{_slug(section)}">{section}</a></div>',
        f'<h1 class="pw-headline">{title}</h1>',
        f'<p class="pw-byline">By {byline}</p>',
    ]
    if shown:
        body.append(f'<time class="pw-date" datetime="{published or ""}">{shown}</time>')
    if caption:
        body.append(f'<figure class="pw-photo"><img src="/img/{_slug(title)[:30]}.jpg" '
                    f'alt=""><figcaption>{caption}</figcaption></figure>')
    body.append('<div class="pw-body">')
    body.append(f'<p><span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> '
                f"{paras[0]}</p>")
    body += [f"<p>{p}</p>" for p in paras[1:]]
    body.append("</div>")
    if updated:
        body.append(f'<p class="pw-updated">{updated}</p>')
    body.append('<div class="pw-share"><span>Share</span> <a href="#" class="fb">Facebook</a> '
                '<a href="#" class="x">Post on X</a> <a href="#" class="li">LinkedIn</a> '
                '<button class="copy">Copy link</button></div>')
    body.append('<p class="pw-trust">Our Standards: <a href="/trust">The Pacific Wire '
                "Trust Principles</a>.</p>")
    body.append("</article>")
    if related:
        body.append('<aside class="pw-trending"><h2>Trending on Pacific Wire</h2>'
                    f"<ol>{_li_links(related)}</ol></aside>")
    body += [
        "</main>",
        '<footer class="pw-footer"><p>&copy; 2025 Pacific Wire News Agency. All rights '
        "reserved.</p><p>Pacific Wire, 400 Embarcadero Center, San Francisco, CA 94111</p>"
        '<ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li>'
        '<li><a href="/privacy">Privacy</a></li></ul></footer>',
        "</body>", "</html>",
    ]
    return "\n".join(head + body)


# --------------------------------------------------------------------------------------------
# template 2: The Daily Courier, a national daily (div soup, JSON-LD, cookie banner, paywall)
# --------------------------------------------------------------------------------------------

def _daily_site(title: str, paras: list[str], *, kicker: str, dek: str, byline: str,
                date_iso: str | None = None, shown: str | None = None,
                caption: str | None = None, most_read: Any = (),
                read_more: str | None = None, read_more_at: int = 3) -> str:
    ld = ""
    if date_iso:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": date_iso, "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": "The Daily Courier"}}
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    out = [
        "<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
        f"<title>{title} - The Daily Courier</title>",
        f'<meta name="description" content="{_attr(dek)}">', ld,
        '<script src="/js/vendor.bundle.js" async></script>', "</head>",
        '<body class="dc-body">',
        '<div id="cc-banner" class="cookie-consent"><div class="cc-inner"><div class="cc-text">'
        "We use cookies and similar technologies to personalize content, measure audiences and "
        'show relevant ads. See our <a href="/cookies">Cookie Policy</a>.</div>'
        '<div class="cc-btns"><button class="cc-accept">Accept all</button>'
        '<button class="cc-manage">Manage preferences</button></div></div></div>',
        '<div class="dc-top"><div class="dc-top__left"><a href="/subscribe" class="dc-sub">'
        'Subscribe</a><a href="/login">Log in</a></div><div class="dc-logo">'
        '<a href="/">The Daily Courier</a></div><div class="dc-nav">'
        '<div class="dc-nav__item"><a href="/news">News</a></div>'
        '<div class="dc-nav__item"><a href="/world">World</a></div>'
        '<div class="dc-nav__item"><a href="/politics">Politics</a></div>'
        '<div class="dc-nav__item"><a href="/business">Business</a></div>'
        '<div class="dc-nav__item"><a href="/science">Science</a></div>'
        '<div class="dc-nav__item"><a href="/opinion">Opinion</a></div></div></div>',
        '<div class="dc-page"><div class="dc-grid"><div class="dc-col dc-col--main">',
        f'<div class="dc-kicker"><span>{kicker}</span></div>',
        f'<div class="dc-hed"><h1 class="dc-hed__text">{title}</h1></div>',
        f'<div class="dc-dek">{dek}</div>',
        f'<div class="dc-meta"><div class="dc-meta__by">By <a href="/by/{_slug(byline)}">'
        f"{byline}</a></div>",
    ]
    if shown:
        out.append(f'<div class="dc-meta__time">{shown}</div>')
    out.append('<div class="dc-meta__share"><a href="#">Share</a><a href="#">Gift article</a>'
               "</div></div>")
    if caption:
        out.append('<div class="dc-media"><div class="dc-media__img"><img src="/i/lead.jpg" '
                   f'alt=""></div><div class="dc-media__cap">{caption}</div></div>')
    out.append('<div class="dc-story"><div class="dc-story__body">')
    for i, p in enumerate(paras):
        out.append(f'<div class="dc-para"><p>{p}</p></div>')
        if i == 1 or i == 6:
            out.append(f'<div class="dc-ad dc-ad--inline" id="dc-ad-{i}">'
                       '<div class="dc-ad__label">Advertisement</div>'
                       '<div class="dc-ad__slot"></div></div>')
        if read_more and i == read_more_at:
            out.append(f'<div class="dc-para dc-para--related"><p><strong>Read more:</strong> '
                       f'<a href="/{_slug(read_more)}">{read_more}</a></p></div>')
    out.append("</div></div>")
    out.append('<div class="dc-paywall"><div class="dc-paywall__msg">You have read 3 of your '
               "4 free articles this month.</div><div class=\"dc-paywall__cta\">"
               '<a href="/subscribe">Subscribe for unlimited access</a></div></div>')
    out.append("</div>")
    if most_read:
        rows = "".join(f'<div class="dc-mr__row"><span class="dc-mr__n">{n}</span>'
                       f'<a href="/{_slug(h)}">{h}</a></div>'
                       for n, h in enumerate(most_read, 1))
        out.append('<div class="dc-col dc-col--rail"><div class="dc-mr">'
                   f'<div class="dc-mr__title">Most read</div>{rows}</div>'
                   '<div class="dc-ad dc-ad--rail"><div class="dc-ad__label">Advertisement'
                   "</div></div></div>")
    out += [
        "</div></div>",
        '<div class="dc-footer"><div>&copy; 2025 The Daily Courier Company</div>'
        "<div>620 Eighth Avenue, New York, NY 10018</div>"
        '<div><a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a>'
        ' | <a href="/contact">Contact us</a></div></div>',
        "</body>", "</html>",
    ]
    return "\n".join(x for x in out if x)


# --------------------------------------------------------------------------------------------
# template 3: KVTR 7, a local TV station in South Texas (styled-div headline, video, no meta)
# --------------------------------------------------------------------------------------------

def _tv_site(title: str, paras: list[str], *, byline: str, video_caption: str,
             trending: Any = (), posted: str | None = None) -> str:
    out = [
        "<!DOCTYPE html>", '<html lang="en-US">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} | KVTR 7 News</title>",
        '<link rel="icon" href="/favicon-kvtr.png">', "</head>",
        "<body>",
        '<div class="kv-alertbar"><span class="kv-alertbar__tag">WATCH LIVE</span> '
        '<a href="/live">KVTR 7 News at Noon is streaming now</a></div>',
        '<div class="kv-header"><div class="kv-logo">KVTR<span>7</span></div>'
        '<div class="kv-menu"><a href="/news">News</a> <a href="/weather">First Alert Weather'
        '</a> <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> '
        '<a href="/7-on-your-side">7 On Your Side</a> <a href="/contests">Contests</a></div>'
        "</div>",
        '<div class="kv-container">',
        '<div class="kv-story">',
        f'<div class="headline" style="font:700 34px/1.15 Oswald,sans-serif">{title}</div>',
        f'<div class="kv-byline">By {byline}</div>',
    ]
    if posted:
        out.append(f'<div class="kv-posted">{posted}</div>')
    out += [
        '<div class="kv-social"><a class="share-fb" href="#">Share on Facebook</a> '
        '<a class="share-tw" href="#">Tweet</a> <a class="share-em" href="#">Email</a> '
        '<a class="share-copy" href="#">Copy link</a></div>',
        '<div class="kv-video"><div class="kv-player" data-video-id="vt-88213"></div>'
        f'<div class="kv-video__cap">{video_caption}</div></div>',
        '<div class="kv-story__text">',
    ]
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i == 2:
            out.append('<div class="kv-ad"><span>Advertisement</span></div>')
    out += [
        "</div>",
        '<div class="kv-app">Get breaking news alerts: download the free KVTR 7 News app.</div>',
        '<div class="kv-tips">See something newsworthy? Send tips to newsdesk@kvtr7.example</div>',
        "</div>",
    ]
    if trending:
        out.append('<div class="kv-rail"><div class="kv-rail__title">Trending Stories</div>'
                   f'<ul class="kv-trending">{_li_links(trending, "/news/")}</ul></div>')
    out += [
        "</div>",
        '<div class="kv-footer">KVTR 7 &middot; 1400 N. 10th St., McAllen, TX 78501 &middot; '
        '<a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot; '
        "&copy; 2025 Gulf Coast Broadcasting</div>",
        "</body>", "</html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# template 4: Orbital Notes, a WordPress space blog (entry-content, tags, comments, widgets)
# --------------------------------------------------------------------------------------------

def _blog_site(title: str, paras: list[str], *, author: str, bio: str, post_id: int,
               tags: Any, recent: Any, caption: str | None = None,
               published: str | None = None, shown: str | None = None,
               comments: int = 0) -> str:
    head = [
        "<!DOCTYPE html>", '<html lang="en-US">', "<head>", '<meta charset="UTF-8">',
        f"<title>{title} &#8211; Orbital Notes</title>",
        "<link rel='stylesheet' id='wp-block-library-css' "
        "href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />",
        '<meta property="og:site_name" content="Orbital Notes" />',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}" />')
    head.append("</head>")
    cls = (f"post-{post_id} post type-post status-publish format-standard has-post-thumbnail "
           "hentry category-launches")
    out = [
        *head,
        f'<body class="post-template-default single single-post postid-{post_id}">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>',
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/" rel="home">Orbital Notes</a></p>'
        '<p class="site-description">Launch coverage by people who stay up for it</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li class="menu-item"><a href="/category/launches/">Launches</a></li>'
        '<li class="menu-item"><a href="/category/analysis/">Analysis</a></li>'
        '<li class="menu-item"><a href="/schedule/">Launch schedule</a></li>'
        '<li class="menu-item"><a href="/about/">About</a></li></ul></nav></header>',
        '<div id="content" class="site-content"><main id="primary" class="site-main">',
        f'<article id="post-{post_id}" class="{cls}">',
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta"><span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/{_slug(author)}/">{author}</a></span></span>',
    ]
    if shown:
        out.append(f'<span class="posted-on"> &middot; <time class="entry-date published">'
                   f"{shown}</time></span>")
    out.append("</div></header>")
    out.append('<div class="entry-content">')
    if caption:
        out.append('<figure class="wp-block-image size-large"><img decoding="async" '
                   f'src="/wp-content/uploads/2025/{post_id}.jpg" alt="" />'
                   f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>')
    for p in paras:
        if p.startswith("## "):
            out.append(f'<h2 class="wp-block-heading">{p[3:]}</h2>')
        else:
            out.append(f"<p>{p}</p>")
    out.append("</div>")
    tag_links = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in tags)
    out += [
        '<footer class="entry-footer"><span class="cat-links">Posted in '
        '<a href="/category/launches/" rel="category tag">Launches</a></span> '
        f'<span class="tags-links">Tagged {tag_links}</span></footer>',
        "</article>",
        f'<div class="author-bio"><h2 class="author-title">About {author}</h2>'
        f'<p class="author-description">{bio}</p></div>',
        '<div id="comments" class="comments-area">',
        f'<h2 class="comments-title">{comments} thoughts on &ldquo;{title}&rdquo;</h2>',
        '<ol class="comment-list"><li class="comment"><div class="comment-author vcard">'
        '<b class="fn">nightowl_launchfan</b> <span class="says">says:</span></div>'
        '<div class="comment-content"><p>Thanks for staying up for this one. Great write-up as '
        'always.</p></div></li></ol>',
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-'
        'title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your '
        "email address will not be published.</p><textarea name=\"comment\"></textarea>"
        '<input type="submit" value="Post Comment"></form></div></div>',
        "</main>",
        '<aside id="secondary" class="widget-area">'
        '<section class="widget widget_search"><form role="search"><input type="search" '
        'placeholder="Search &hellip;"></form></section>'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
        f'</h2><ul>{_li_links(recent, "/20")}</ul></section>'
        '<section class="widget widget_text"><h2 class="widget-title">Support Orbital Notes'
        '</h2><div class="textwidget"><p>No ads, no paywall. If you like what we do, chip in '
        "on our patron page.</p></div></section></aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Orbital '
        'Notes &middot; <a href="https://wordpress.example/">Proudly powered by WordPress</a>'
        "</div></footer>",
        "</div>", "</body>", "</html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# template 5: Meridian Public Media, a public broadcaster (audio module, fact box, donate bar)
# --------------------------------------------------------------------------------------------

def _broadcaster_site(title: str, paras: list[str], *, slug_label: str, byline: str,
                      listen: str, related: Any = (), shown: str | None = None,
                      caption: str | None = None, factbox: tuple[str, list[str]] | None = None,
                      factbox_at: int = 4) -> str:
    out = [
        "<!doctype html>", '<html lang="en" class="no-js">', "<head>",
        '<meta charset="utf-8">', f"<title>{title} : Meridian</title>",
        '<meta name="robots" content="max-image-preview:large">', "</head>",
        '<body class="story-page">',
        '<div id="skip-link"><a href="#mainContent">Skip to main content</a></div>',
        '<div class="mpm-donate"><span>Meridian is listener-supported.</span> '
        '<a href="/donate">Give now</a></div>',
        '<header class="mpm-header"><div class="mpm-brand"><a href="/">Meridian Public Media'
        '</a></div><nav class="mpm-nav"><a href="/news">News</a> <a href="/culture">Culture</a>'
        ' <a href="/music">Music</a> <a href="/podcasts">Podcasts &amp; Shows</a> '
        '<a href="/live" class="live">Live Radio</a></nav></header>',
        '<section id="mainContent"><article class="story">',
        f'<div class="slug-wrap"><h3 class="slug"><a href="/sections/{_slug(slug_label)}">'
        f"{slug_label}</a></h3></div>",
        f'<div class="storytitle"><h1>{title}</h1></div>',
        '<div class="audio-module"><button class="audio-play">Listen</button> &middot; '
        f'<span class="audio-duration">{listen}</span> <a href="#">Playlist</a> '
        '<a href="#">Download</a> <a href="#">Transcript</a></div>',
        f'<div id="storybyline"><p class="byline__name">{byline}</p></div>',
    ]
    if shown:
        out.append(f'<div class="dateblock"><span class="date">{shown}</span></div>')
    out.append('<div id="storytext" class="storytext">')
    if caption:
        out.append('<div class="bucketwrap image"><img src="/img/story-lead.jpg" alt="">'
                   f'<div class="credit-caption"><p>{caption}</p></div></div>')
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if factbox and i == factbox_at:
            items = "".join(f"<li>{x}</li>" for x in factbox[1])
            out.append(f'<aside class="factbox"><h3>{factbox[0]}</h3><ul>{items}</ul></aside>')
    out += [
        "</div>",
        '<div class="story-end"><p>Meridian Public Media relies on listeners like you. '
        '<a href="/donate">Support independent journalism</a>.</p></div>',
        "</article>",
    ]
    if related:
        out.append('<aside class="related-stories"><h3>More Stories From Meridian</h3>'
                   f"<ul>{_li_links(related, '/story/')}</ul></aside>")
    out += [
        "</section>",
        '<footer class="mpm-footer"><p>&copy; 2025 Meridian Public Media</p><p>2200 Meridian '
        'Way, St. Paul, MN 55114</p><p><a href="/ethics">Ethics</a> &middot; '
        '<a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></p>'
        "</footer>",
        "</body>", "</html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# template 6: The Sentinel, a South Texas regional paper (tables, <br> paragraphs, many ads)
# --------------------------------------------------------------------------------------------

def _sentinel_site(title: str, paras: list[str], *, byline: str, posted: str | None,
                   most_popular: Any = ()) -> str:
    chunks: list[str] = []
    for i, p in enumerate(paras):
        chunks.append(p)
        if i % 2 == 1 and i < len(paras) - 1:
            chunks.append('<div class="inline-ad"><div class="adlabel">ADVERTISEMENT</div>'
                          f'<iframe src="/ads/inline{i}.html" width="300" height="250">'
                          "</iframe></div>")
    text = "<br><br>\n".join(chunks)
    pop = "".join(f'<li><a href="/story/{_slug(h)}">{h}</a></li>' for h in most_popular)
    posted_html = f'<br><span class="posted">Posted {posted}</span>' if posted else ""
    return "\n".join([
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<html><head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{title} - The Sentinel - South Texas News</title>",
        '<script src="/ads/prebid.js"></script></head>',
        '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">',
        '<div id="topad" align="center"><div class="adlabel">ADVERTISEMENT</div>'
        '<iframe src="/ads/leaderboard.html" width="728" height="90"></iframe></div>',
        '<table id="masthead" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td><a href="/"><img src="/img/sentinel-logo.gif" alt="The Sentinel"></a></td>'
        '<td align="right" class="toplinks"><a href="/weather">Weather</a> | '
        '<a href="/eedition">e-Edition</a> | <a href="/subscribe">Subscribe</a></td></tr>'
        "</table>",
        '<div id="navbar"><a href="/">Home</a> | <a href="/local">Local News</a> | '
        '<a href="/valley">Valley</a> | <a href="/mexico">Mexico</a> | <a href="/sports">'
        'Sports</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">'
        "Classifieds</a></div>",
        '<div id="subscribe-teaser"><b>Subscribe today</b> and get the first month for 99 '
        "cents. Local news you can&#8217;t get anywhere else.</div>",
        '<table width="100%" cellpadding="6"><tr><td id="maincol" valign="top" width="70%">',
        f'<h2 class="storyhead">{title}</h2>',
        f'<div class="byline">{byline}{posted_html}</div>',
        '<div class="sharebar"><a href="#">Facebook</a> &middot; <a href="#">X</a> &middot; '
        '<a href="#">Email</a> &middot; <a href="#">Print</a></div>',
        f'<div id="storytext">{text}</div>',
        '<div class="newsletter"><b>Get Valley headlines in your inbox every morning.</b> '
        '<input type="email" placeholder="Your email"> <button>Sign up</button></div>',
        '<div class="reprints">Copyright The Sentinel. Contact us for reprint permissions.'
        "</div>",
        '</td><td id="rightrail" valign="top">',
        '<div class="ad300"><div class="adlabel">ADVERTISEMENT</div></div>',
        f'<div class="mostpop"><b>Most Popular</b><ol>{pop}</ol></div>',
        '<div class="ad300"><div class="adlabel">ADVERTISEMENT</div></div>',
        '<div class="ad300"><div class="adlabel">SPONSORED</div><a href="/ads/c">Valley '
        "auto dealers slash prices this weekend</a></div>",
        "</td></tr></table>",
        '<div id="footer">&copy; 2025 The Sentinel, a Rio Media Group newspaper. 1700 N. Main '
        "St., McAllen, TX 78501. All rights reserved. | <a href=\"/privacy\">Privacy</a> | "
        '<a href="/terms">Terms</a></div>',
        "</body></html>",
    ])


# --------------------------------------------------------------------------------------------
# template 7: Dene Valley Gazette, an English local paper (consent overlay, READ MORE, MPUs)
# --------------------------------------------------------------------------------------------

def _gazette_site(title: str, paras: list[str], *, dek: str, byline: str, role: str,
                  shown: str | None, most_read: Any = (), read_more: str | None = None,
                  comments: int = 0) -> str:
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<p class="article-para">{p}</p>')
        if i == 2:
            body.append('<div class="mpu-slot"><span>Advertisement</span></div>')
        if i == 4 and read_more:
            body.append(f'<p class="read-more"><b>READ MORE:</b> <a href="/news/'
                        f'{_slug(read_more)}">{read_more}</a></p>')
        if i == 7:
            body.append('<div class="mpu-slot"><span>Advertisement</span></div>')
    date_html = f'<span class="article__date">{shown}</span>' if shown else ""
    return "\n".join([
        "<!doctype html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} | Dene Valley Gazette</title>",
        '<meta property="og:site_name" content="Dene Valley Gazette">',
        f'<meta name="description" content="{_attr(dek)}">', "</head>", "<body>",
        '<div class="consent-overlay" role="dialog"><h2>We value your privacy</h2><p>We and '
        "our 143 partners store and access information on your device, such as cookies, and "
        "process personal data for personalised advertising and content.</p>"
        "<button>AGREE</button> <button>MORE OPTIONS</button></div>",
        '<header class="site-head"><a class="logo" href="/">Dene Valley Gazette</a>'
        '<nav class="primary"><a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/whats-on">What&#8217;s On</a> <a href="/property">Property</a> '
        '<a href="/jobs">Jobs</a> <a href="/notices">Family Notices</a></nav></header>',
        '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; '
        '<a href="/news/politics">Politics</a></div>',
        '<section class="article">',
        f'<h1 class="article__headline">{title}</h1>',
        f'<h2 class="article__standfirst">{dek}</h2>',
        f'<div class="article__meta"><span class="article__author">By {byline}</span> '
        f'<span class="article__role">{role}</span> {date_html}</div>',
        '<div class="article__share"><a href="#">Share on Facebook</a> <a href="#">Share on '
        'WhatsApp</a> <a href="#">Tweet</a> <a href="#">Email</a></div>',
        '<div class="article__body">', *body, "</div>",
        '<div class="article__tags"><a href="/tags/politics">Politics</a> '
        '<a href="/tags/hartwell">Hartwell</a> <a href="/tags/elections">Elections</a></div>',
        f'<div class="comments-teaser"><a href="#comments">Have your say &#8212; {comments} '
        "comments</a></div>",
        "</section>",
        f'<aside class="most-read"><h3>Most Read</h3><ol>{_li_links(most_read, "/news/")}'
        "</ol></aside>",
        '<footer class="site-foot">&copy; 2025 Dene Valley Gazette Ltd, Unit 4, Mill Lane, '
        "Hartwell HW1 2AB. Registered in England No. 04412345.</footer>",
        "</body>", "</html>",
    ])


# --------------------------------------------------------------------------------------------
# template 8: Wairau Times, a New Zealand local paper (nested divs, no <p> at all)
# --------------------------------------------------------------------------------------------

def _wairau_site(title: str, paras: list[str], *, kicker: str, byline: str,
                 shown: str | None, caption: str | None, more_news: Any = ()) -> str:
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<div class="story__para">{p}</div>')
        if i == 3:
            body.append('<div class="sponsored"><div class="sponsored__label">Sponsored</div>'
                        "<div>Beat the winter chill: heat pump deals across Marlborough, get "
                        "a free quote today</div></div>")
    more = "".join(f'<div class="mn-item"><a href="/local/{_slug(h)}">{h}</a></div>'
                   for h in more_news)
    date_html = f'<div class="story__date">{shown}</div>' if shown else ""
    cap_html = (f'<div class="story__media"><div class="story__img"></div>'
                f'<div class="story__caption">{caption}</div></div>') if caption else ""
    return "\n".join([
        "<html>", "<head>", '<meta charset="utf-8">',
        f"<title>Wairau Times | {title}</title>",
        '<meta name="twitter:card" content="summary_large_image">', "</head>", "<body>",
        '<div class="wrap"><div class="top-strip"><div>Blenheim</div><div><a href="/signin">'
        'Sign in</a></div><div><a href="/subscribe">Subscribe</a></div></div>',
        '<div class="brand-row"><div class="logo-text">Wairau Times</div><div class="menu">'
        '<div class="menu-item"><a href="/local">Local</a></div><div class="menu-item">'
        '<a href="/rural">Rural</a></div><div class="menu-item"><a href="/wine">Wine</a>'
        '</div><div class="menu-item"><a href="/sport">Sport</a></div><div class="menu-item">'
        '<a href="/notices">Notices</a></div></div></div>',
        '<div class="content"><div class="story">',
        f'<div class="story__kicker">{kicker}</div>',
        f'<div class="story__headline">{title}</div>',
        f'<div class="story__byline"><div class="story__author">{byline}</div>{date_html}'
        "</div>",
        cap_html,
        '<div class="story__body">', *body, "</div>",
        '<div class="story__share"><div>Share this story</div><div><a href="#">Facebook</a>'
        '</div><div><a href="#">Email</a></div><div><a href="#">Copy link</a></div></div>',
        "</div>",
        f'<div class="sidebar"><div class="more-news"><div class="mn-title">More local news'
        f"</div>{more}</div></div>",
        "</div>",
        '<div class="foot">Wairau Times is published by Top of the South Media Ltd, 72 Market '
        "Street, Blenheim 7201. &copy; 2025</div></div>",
        "</body>", "</html>",
    ])


# --------------------------------------------------------------------------------------------
# stories
# --------------------------------------------------------------------------------------------

STORIES: list[dict[str, Any]] = []

# ---- quake-VB1: magnitude 7.1 quake off Oaxaca, Mexico (Friday 14 March 2025) -------------

_Q1_WIRE = _paras("""
A powerful magnitude 7.1 earthquake struck off Mexico&#8217;s southern Pacific coast on Friday,
killing four people, knocking out power to hundreds of thousands of homes and sending frightened
residents into the streets as far away as Mexico City.

The quake hit at 8:32 a.m. local time (1432 GMT) about 30 kilometres (19 miles) south-southwest
of Pinotepa Nacional, a market town in Oaxaca state, at a depth of 22 km, the U.S. Geological
Survey said. Mexico&#8217;s National Seismological Service gave the same magnitude.

Two people died in Pinotepa Nacional when part of a wall at the municipal market collapsed, and
a woman was found dead under the rubble of her house in nearby Santiago Jamiltepec, said Elena
Marcial, Oaxaca&#8217;s state civil protection coordinator. Authorities in neighbouring Guerrero
state said a man was killed by falling masonry in the town of Ometepec.

&#8220;Most of what we are seeing is damage to adobe houses in the rural communities, not to the
larger buildings,&#8221; Marcial told reporters in the state capital. Dozens of people were
treated for injuries, she said.

The Federal Electricity Commission said about 340,000 customers lost power across Oaxaca and
Guerrero and that most had been reconnected by the afternoon.

In Mexico City, roughly 370 km (230 miles) to the north, the seismic alert sounded before the
shaking arrived and office workers filed down stairwells onto the pavements. There were no
immediate reports of serious damage in the capital.

The national tsunami warning centre recorded a wave of about 20 centimetres (8 inches) at the
port of Salina Cruz and said no further threat was expected. Dozens of aftershocks followed, the
strongest a magnitude 5.6 at 10:05 a.m. local time.

The Oaxaca coast sits above the boundary where the Cocos plate dives beneath the North American
plate, one of the most active subduction zones in the Americas. A magnitude 7.2 quake centred
near Pinotepa Nacional in February 2018 damaged hundreds of homes, and a magnitude 7.4 quake near
the resort of Crucecita in June 2020 killed 10 people.

Mexico&#8217;s defence ministry activated its DN-III disaster plan and sent soldiers to help
clear debris, and schools in the coastal districts were closed for the rest of the day while
engineers inspected buildings, the state education department said.

(Reporting by Luis Fern&aacute;ndez in Oaxaca and Ana Ruiz in Mexico City; Editing by Mark
Hollis)
""")

_Q1_DAILY = _paras("""
PINOTEPA NACIONAL, Mexico &#8212; Rescue crews in southern Mexico picked through collapsed adobe
homes on Saturday as officials put the death toll from Friday&#8217;s magnitude 7.1 earthquake at
four and the ground kept shaking.

The quake was centered offshore, about 30 kilometers south-southwest of this market town in
Oaxaca state, and struck at 8:32 a.m. on Friday. The U.S. Geological Survey said it originated
35 kilometers below the surface, deep enough to spare the coast the worst of the shaking but
shallow enough to be felt across much of the country.

Two people died at Pinotepa Nacional&#8217;s municipal market when a wall gave way, and a woman
was killed in her home in Santiago Jamiltepec. Authorities in Guerrero state confirmed the fourth
death, a man struck by falling masonry in Ometepec, just across the state line.

At least 47 people were injured and more than 1,200 homes were damaged, most of them built of
adobe, according to state officials.

&#8220;The damage is concentrated in the adobe houses of the rural communities; the bigger
buildings held up,&#8221; said Elena Marcial, the state&#8217;s civil protection coordinator.

Mexico&#8217;s seismological service had registered more than 200 aftershocks by Saturday
morning. The largest, a magnitude 5.6 jolt at 10:05 a.m. Friday, sent people who had gone back
inside running into the streets again.

In Mexico City, the public alert system gave residents a warning before the shaking arrived.
Metro trains were briefly halted, and the city government said it had found no structural
damage.

Teresa Nu&ntilde;ez, 58, a vendor at the Pinotepa market, said she was arranging mangoes when the
building began to groan. &#8220;I ran toward the street and I heard the wall fall behind
me,&#8221; she said. &#8220;Two of my neighbors were not so fast.&#8221;

The Oaxaca coast is one of the most seismically active regions in North America. The Cocos
plate slides beneath the North American plate just offshore, and the strain has produced a
series of large quakes, including a 7.2 near Pinotepa Nacional in 2018 and a 7.4 that killed 10
people around Crucecita in 2020.

Older residents still measure every tremor against 1985, when a magnitude 8.0 earthquake killed
thousands in Mexico City. A 7.1 quake on Sept. 19, 2017, killed more than 360 people in the
capital and surrounding states.

The Federal Electricity Commission said it had restored service to most of the roughly 340,000
customers who lost power.
""")

_Q1_PUBLIC = _paras("""
A magnitude 7.1 earthquake struck off the coast of the Mexican state of Oaxaca on the morning of
Friday, March 14, killing four people and damaging homes in small towns along the Pacific shore.

The U.S. Geological Survey located the epicenter in the ocean about 30 kilometers south of
Puerto Escondido, the surf town popular with foreign visitors, at a depth of 22 kilometers. The
shaking began at 8:32 a.m. local time.

Three of the four victims died in the coastal municipalities of Pinotepa Nacional and Santiago
Jamiltepec. The fourth was killed in the neighboring state of Guerrero, authorities said.
Dozens more were hurt.

In Pinotepa Nacional, Meridian&#8217;s Carla Ibarra found families who had dragged mattresses
into the street and planned to sleep outside. Joaqu&iacute;n Ramos, 71, pointed to a crack that
ran from the roof of his house to the floor.

&#8220;The house is still standing, but the wall is open like a book,&#8221; he said. &#8220;I
am not going back in there until an engineer tells me it is safe.&#8221;

Elena Marcial, who coordinates civil protection for the state of Oaxaca, said most of the
damage was to adobe homes in rural communities rather than to larger buildings.

Some 340,000 homes and businesses lost electricity, according to the Federal Electricity
Commission. Mexican authorities also measured a small tsunami, about 20 centimeters high, at
the port of Salina Cruz.

In Mexico City, the public earthquake alert sounded about a minute before the ground began to
move, giving office workers and schoolchildren time to get outside.

Geologists say the Oaxaca coast is among the most earthquake-prone places in the Western
Hemisphere, because of the way two tectonic plates meet just offshore.

The largest aftershock so far, magnitude 5.6, struck about an hour and a half after the main
quake. Scientists warned that more strong aftershocks were possible in the coming days and
urged residents to stay out of damaged buildings.
""")

_Q1_SENTINEL = _paras("""
McALLEN &#8212; For hours after Thursday&#8217;s earthquake in southern Mexico, Rosa Elizondo
kept dialing her sister&#8217;s number in Pinotepa Nacional and hearing nothing but a busy tone.

&#8220;You see the pictures on the news and your heart stops,&#8221; said Elizondo, 44, who moved
to McAllen from Oaxaca two decades ago. Her sister finally called back late in the evening: the
family house had cracked, but nobody was hurt.

The magnitude 7.1 quake struck at 9:32 a.m. Central Daylight Time &#8212; 8:32 a.m. in Oaxaca
&#8212; about 19 miles south-southwest of Pinotepa Nacional and roughly 14 miles beneath the
sea floor, according to the U.S. Geological Survey.

Mexican authorities said four people were killed, two of them at Pinotepa Nacional&#8217;s
municipal market, and more than a thousand homes were damaged. The shaking was not felt in the
Rio Grande Valley, which sits more than 600 miles to the north.

Thousands of Valley residents trace their roots to Oaxaca, and many spent the day glued to
their phones. At the Mexican Consulate in McAllen, staff set up a hotline for families trying to
locate relatives.

&#8220;We have received calls from people in Edinburg, Pharr, Mission, all over,&#8221; said
consulate spokesman Adri&aacute;n Villalobos. &#8220;Most of them just need help getting through
to a town where the phone lines are down.&#8221;

The Oaxacan Cultural Association of South Texas said it would collect bottled water, canned food
and blankets at St. Joseph the Worker Church through the end of the month and drive the
donations south.

&#8220;These are small towns, adobe houses, people who do not have much to begin with,&#8221;
said the association&#8217;s president, Hilda Mart&iacute;nez. &#8220;Whatever we send will
be used.&#8221;

Aftershocks kept rattling the coast, according to Mexican officials, who urged residents to
stay out of damaged buildings.

The region last made headlines in June 2020, when a magnitude 7.4 earthquake near the resort of
Crucecita killed 10 people. Elizondo said her mother still talks about that one.

&#8220;Every time, we think the next one cannot be worse,&#8221; she said.
""")

STORIES.append(_story("quake-VB1", "earthquake", "2025-03-24", [
    _page("https://www.pacificwire.example/world/mexico-quake-oaxaca-20250314-8841",
          _wire_site(
              "Magnitude 7.1 quake off southern Mexico kills four, cuts power to thousands",
              _Q1_WIRE, dateline="OAXACA, Mexico", byline="Luis Fern&aacute;ndez",
              section="World", published="2025-03-15T01:10:00Z",
              shown="March 15, 2025 1:10 AM GMT", updated="Updated 1:45 AM GMT",
              related=["Magnitude 5.4 quake shakes central Chile, no damage reported",
                       "Peru&#8217;s Congress votes 67-41 to censure interior minister",
                       "Oil settles up 1.1% as supply worries outweigh demand fears",
                       "Japan logs 1,100 aftershocks a year after Noto Peninsula quake"])),
    _page("https://www.dailycourier.example/world/2025/03/15/oaxaca-earthquake-death-toll",
          _daily_site(
              "Oaxaca earthquake: death toll reaches four as aftershocks rattle Mexico’s coast",
              _Q1_DAILY, kicker="Americas",
              dek="Rescue crews searched adobe homes in Oaxaca after the magnitude 7.1 quake, "
                  "which damaged more than 1,200 homes.",
              byline="Gabriela Ortiz", date_iso="2025-03-15T12:30:00-05:00",
              shown="March 15, 2025",
              caption="A collapsed wall at the municipal market in Pinotepa Nacional. "
                      "Photo for The Daily Courier",
              most_read=["Wildfire near Ventura forces 3,000 to evacuate",
                         "Dow slides 1.2% as tariff fears return to Wall Street",
                         "Opinion: Why your city needs a seismic retrofit law",
                         "Alaska quake of magnitude 6.2 rattles Anchorage; no damage"],
              read_more="How Mexico’s earthquake early-warning system works")),
    _page("https://meridian.example/2025/03/14/oaxaca-mexico-earthquake",
          _broadcaster_site(
              "Strong earthquake shakes southern Mexico, leaving four dead",
              _Q1_PUBLIC, slug_label="Latin America",
              byline="Carla Ibarra and Tom&aacute;s Lerner", listen="4-Minute Listen",
              caption="Residents of Pinotepa Nacional sit outside their homes after the "
                      "earthquake. Courtesy of Meridian Public Media",
              factbox=("Big quakes on Oaxaca&#8217;s coast",
                       ["February 2018: magnitude 7.2 near Pinotepa Nacional",
                        "June 2020: magnitude 7.4 near Crucecita, 10 dead"]),
              related=["After the quake in Turkey, a town rebuilds two years on",
                       "Why the Ring of Fire produces 90% of the world’s earthquakes",
                       "Mexico City sinks up to 50 centimeters a year in some neighborhoods"])),
    _page("https://www.thesentinel.example/news/valley-families-oaxaca-quake",
          _sentinel_site(
              "Valley families scramble to reach relatives after Oaxaca quake",
              _Q1_SENTINEL, byline="By Marisa Trevi&ntilde;o, Staff Writer",
              posted="03/15/2025",
              most_popular=["Pharr council approves $18 million water plant expansion",
                            "Two killed in crash on Expressway 83 near Weslaco",
                            "Edinburg Bobcats win district title 4-2",
                            "Spring break crowds expected to top 200,000 on South Padre"])),
], [
    ("epicentre", r"pinotepa", r"puerto escondido"),
    ("depth", r"(?<![\d.])22\s?(km|kilomet)|(?<![\d.])14\s?mi",
     r"(?<![\d.])35\s?(km|kilomet)"),
    ("day", r"friday|march 14|14 march|2025-03-14|03/14",
     r"thursday|march 13|13 march|2025-03-13|03/13"),
]))

# ---- quake-VB2 (control): magnitude 6.3 quake near Seddon, New Zealand (8 July 2025) --------

_Q2_WIRE = _paras("""
A strong magnitude 6.3 earthquake shook the top of New Zealand&#8217;s South Island and the
capital Wellington on Tuesday night, cutting power to thousands of homes, closing the main
coastal highway and sending diners running out of restaurants and bars.

The quake struck at 9:47 p.m. local time (0947 GMT, 5:47 a.m. EDT) in Clifford Bay, about
20 km (12 miles) east of the small Marlborough town of Seddon, at a depth of 12 km, according to
GeoNet, the country&#8217;s geological hazard monitoring service.

Emergency services said 11 people had been treated for minor injuries, mostly cuts from broken
glass and falls, and there were no reports of deaths.

&#8220;It was a long, hard jolt and then it just kept rolling,&#8221; said Marlborough Mayor Dean
Whitcombe, who was at home in Blenheim when the shaking began. &#8220;Our first job tonight is
checking on people, especially the older folk living alone out in the rural areas.&#8221;

Local lines company Marlborough Lines said about 23,000 homes had lost power. State Highway 1
was closed between Seddon and Ward after slips brought rock and earth down onto the road, the
transport agency said.

In Wellington, about 70 km (45 miles) to the north across Cook Strait, commuter trains were
halted for track inspections, and ferry sailings across the strait were suspended overnight
while wharves in Picton and Wellington were checked.

Dozens of aftershocks followed, including one of magnitude 4.9 about 40 minutes after the main
quake.

GeoNet duty seismologist Hannah Pryor said the quake appeared to have occurred on a fault close
to the one that produced a magnitude 6.5 earthquake in the same area in July 2013. &#8220;People
should expect more aftershocks over the coming days, and some of them will be strong enough to
be felt widely,&#8221; she said.

New Zealand sits on the boundary of the Pacific and Australian plates and records thousands of
earthquakes a year, most too small to be felt. The magnitude 7.8 Kaik&#333;ura earthquake in
November 2016, centred further down the same coast, killed two people and lifted parts of the
seabed out of the water.

Fire and Emergency New Zealand said crews had responded to dozens of calls, mostly for
alarms and minor gas leaks.

(Reporting by Tama Wiremu in Wellington; Editing by Susan Crane)
""")

_Q2_PUBLIC = _paras("""
A magnitude 6.3 earthquake jolted New Zealand&#8217;s Marlborough region and the capital,
Wellington, at 9:47 p.m. local time on Tuesday, July 8, toppling chimneys, cracking shop windows
and cutting power across the region. No deaths were reported.

GeoNet, the monitoring service run by the research institute GNS Science, said the shallow quake
was centered about 12 miles east of Seddon, a farming town of around 500 people, at a depth of
about 7.5 miles.

In Seddon, where the shaking was most violent, the general store lost much of its stock in
a few seconds. &#8220;The whole back wall of wine came down,&#8221; owner Lisa Haddon told
Meridian. &#8220;We&#8217;ll be mopping for a week.&#8221;

Seismologist Hannah Pryor of GeoNet said the quake was a reverse-faulting event, in which one
block of the Earth&#8217;s crust is pushed up and over another. It occurred close to the fault
responsible for the magnitude 6.5 Seddon earthquake of July 2013, she said, and the two events
could be part of the same long-running sequence.

A long series of aftershocks followed; the largest, magnitude 4.9, came at 10:26 p.m.

Marlborough Mayor Dean Whitcombe called it &#8220;a long, hard shake that just kept on
going&#8221; and urged residents to check on their neighbors, particularly older people living
alone on rural properties.

Across Cook Strait in Wellington, ceiling tiles fell in a shopping arcade on Lambton Quay and
some people spent the night in their cars rather than return to high-rise apartments.

The main coastal road, State Highway 1, was blocked by landslides near Ward, and the ferries
that cross Cook Strait were held in port until early the next morning while
wharves were inspected.

New Zealand straddles the boundary between the Pacific and Australian tectonic plates. The
country&#8217;s most damaging recent earthquakes include the 2011 Christchurch quake, which
killed 185 people, and the 2016 Kaik&#333;ura quake.

Scientists say the Marlborough fault system, a set of parallel faults that carry much of the
plate motion through the top of the South Island, is among the most active in the country.
""")

_Q2_LOCAL = _paras("""
Marlborough residents spent Wednesday sweeping up broken glass, propping up fences and checking
chimneys after Tuesday night&#8217;s magnitude 6.3 earthquake, the biggest shake centred this
close to Seddon since July 2013.

The 9.47pm quake was centred in Clifford Bay, 20km east of Seddon, and was 12km deep, GeoNet
said.

St John said 14 people had been treated for injuries, two of whom were kept overnight at Wairau
Hospital with fractures. Most of the others had cuts and bruises.

&#8220;It was a long, hard jolt and it just kept on rolling,&#8221; Mayor Dean Whitcombe said on
Wednesday. &#8220;I&#8217;m proud of how people looked out for each other.&#8221;

Marlborough Lines said about 23,000 customers lost power at the height of the outage. All but
about 400 had been reconnected by Wednesday evening, most of them in the hills around Ward and
Kekerengu.

NZTA said State Highway 1 between Seddon and Ward reopened on Wednesday afternoon under
stop/go traffic management after crews cleared two large slips.

GeoNet had recorded more than 300 aftershocks by Thursday morning. The largest, of magnitude
4.9, struck at 10.26pm on Tuesday.

Marlborough District Council building inspectors had assessed 86 buildings by Wednesday night,
and three were red-stickered, meaning nobody may enter them. Seddon School was closed on
Wednesday and reopened on Thursday.

At a Ward winery, winemaker Sam Kerrigan said two steel tanks had shifted on their footings.
&#8220;We got off lightly compared with 2013,&#8221; he said. &#8220;Back then we lost a whole
tank of sauvignon blanc.&#8221;

The Seddon earthquake of 21 July 2013 measured 6.5 and damaged hundreds of homes in the town and
in Wellington. Three years later, the magnitude 7.8 Kaik&#333;ura earthquake of 14 November 2016
closed State Highway 1 along the Kaik&#333;ura coast for more than a year.

Fire and Emergency said crews had attended 64 callouts across the region on Tuesday night.

The council&#8217;s emergency management team is asking residents to report damage online or
by calling the council.
""")

STORIES.append(_story("quake-VB2", "earthquake", "2025-07-22", [
    _page("https://www.pacificwire.example/world/new-zealand-quake-seddon-20250708-1177",
          _wire_site(
              "Magnitude 6.3 quake jolts New Zealand’s South Island and Wellington",
              _Q2_WIRE, dateline="WELLINGTON, New Zealand", byline="Tama Wiremu",
              section="World", published="2025-07-08T10:30:00Z",
              shown="July 8, 2025 10:30 AM GMT", updated="Updated 11:20 AM GMT",
              related=["Magnitude 5.8 quake hits off Japan’s Hokkaido, no tsunami threat",
                       "Australia’s central bank holds cash rate at 3.85%",
                       "Fiji floods leave 3 dead, thousands displaced",
                       "Indonesia raises alert at Lewotobi volcano after new eruption"])),
    _page("https://meridian.example/2025/07/08/new-zealand-marlborough-earthquake",
          _broadcaster_site(
              "A strong earthquake shakes New Zealand’s capital and wine country",
              _Q2_PUBLIC, slug_label="Asia &amp; Pacific", byline="Jenny Halvorsen",
              listen="3-Minute Listen",
              factbox=("Recent Marlborough quakes",
                       ["July 21, 2013: magnitude 6.5, centered in Cook Strait near Seddon",
                        "Nov. 14, 2016: magnitude 7.8, Kaik&#333;ura, two deaths"]),
              related=["Why New Zealand builds on rubber bearings",
                       "A 7.0 quake off Northern California prompts a brief tsunami warning",
                       "The science of aftershocks, explained"])),
    _page("https://www.wairautimes.example/local/quake-clean-up-marlborough",
          _wairau_site(
              "Clean-up under way as Marlborough counts cost of Tuesday night quake",
              _Q2_LOCAL, kicker="EARTHQUAKE", byline="Ruby Tane",
              shown="Thursday, 10 July 2025",
              caption="Contractors clear a slip from State Highway 1 south of Seddon on "
                      "Wednesday. Photo: Wairau Times",
              more_news=["Blenheim A&amp;P Show draws record 18,000 visitors",
                         "Council votes 9-5 to raise rates 7.8 per cent",
                         "Picton marina expansion delayed until 2027",
                         "Rugby: Marlborough Red Devils beat Tasman 27-19"])),
], []))

# ---- rocket-VB1: third Stratus-M test flight from South Texas (Thursday 21 August 2025) -----

_R1_WIRE = _paras("""
Halcyon Launch Systems&#8217; Stratus-M rocket completed its most successful test flight yet on
Thursday, with the booster returning to a controlled splashdown in the Gulf of Mexico and the
upper stage reaching space before coming down in the Indian Ocean.

The 61-metre (200-foot) methane-fuelled rocket lifted off at 6:42 a.m. CDT (1142 GMT) from the
company&#8217;s Laguna Vista launch site near Port Isabel, on the Texas coast, on its third test
flight.

Its first stage, designated B7, separated two minutes and 41 seconds into the flight, then
flipped around and fired its engines to head back toward the coast. It splashed down as planned
about 20 miles (32 km) offshore roughly seven minutes after launch and was left to sink.

The upper stage, known as U4, climbed to a peak altitude of 212 km (132 miles), released a dummy
payload, relit its single engine in space and re-entered the atmosphere, splashing down in the
Indian Ocean west of Australia about an hour and four minutes after liftoff, the company said.

&#8220;We got almost everything we wanted out of this flight,&#8221; Chief Executive Marisol
Brandt said in a statement posted on the company&#8217;s website. &#8220;The relight was the big
one for us.&#8221;

The flight followed a setback in May, when the upper stage on the second test was lost about
eight and a half minutes after launch because of a methane leak and the booster broke apart
during its return. The Federal Aviation Administration closed its investigation into that
mishap on Aug. 15, clearing the way for Thursday&#8217;s attempt.

The first Stratus-M flight, in November 2024, ended 94 seconds after liftoff when the booster
lost control.

Halcyon, founded in 2019, is one of several companies racing to field methane-fuelled rockets,
which are seen as easier to reuse because the fuel burns cleanly and leaves little soot in the
engines.

The company aims to recover a booster on a floating platform on a later flight and to begin
flying customer satellites next year.

(Reporting by Dan Whitaker in Houston; Editing by Rosalind Marsh)
""")

_R1_TV = _paras("""
Hundreds of people lined the beaches of South Padre Island before dawn on Thursday, Aug. 21, to
watch Halcyon Launch Systems&#8217; Stratus-M rocket climb into a pink sky on its third test
flight.

The rocket lifted off from the company&#8217;s Laguna Vista site near Port Isabel at 6:42 a.m.
Its first stage, Booster 9, splashed down in the Gulf about seven minutes later, while the upper
stage reached space and came down in the Indian Ocean roughly an hour after launch.

&#8220;You feel it in your chest before you hear it,&#8221; said Brownsville resident Javier
Olvera, 35, who brought his two children to Isla Blanca Park at 4 a.m. to get a spot near the
water. &#8220;They were asleep in the truck until the countdown.&#8221;

The upper stage climbed to a peak altitude of 212 kilometers, or about 132 miles, before it
relit its engine in space, something the company had never done before.

&#8220;We got nearly everything we wanted from this one,&#8221; Halcyon CEO Marisol Brandt said
after the launch. &#8220;Relighting that engine was the big one.&#8221;

It was a very different morning from the second test flight in May, when both stages were lost.
The first flight, in November 2024, ended after about a minute and a half.

Cameron County closed beach access closest to the launch site from 4 a.m. until 9 a.m., and
Port Isabel police reported heavy traffic on the Queen Isabella Causeway well into the morning.

Halcyon employs about 600 people in Cameron County, and local officials have bet heavily on the
company&#8217;s growth. Port Isabel Mayor Celia Ramos said hotels were full the night before
the launch.

&#8220;Every launch is like a small festival for us,&#8221; Ramos said. &#8220;The restaurants,
the gas stations, the hotels, everybody feels it.&#8221;

Halcyon said its next Stratus-M flight could come before the end of the year, pending a
review of the data from Thursday&#8217;s flight.

KVTR 7 will stream the next launch live on our website and app.
""")

_R1_BLOG = _paras("""
Halcyon finally has a clean flight. Stratus-M Flight 3 lifted off from Laguna Vista on August 21
at 11:42 UTC, and for the first time both stages flew the profiles the company had announced
before launch.

## Booster

Booster B7 shut down its 12 Kite engines at about T+2:38 and separated at T+2:41. Unlike B6 on
Flight 2, which broke up during its boostback burn, B7 completed the boostback and a landing
burn and touched the water roughly 32 km offshore at about T+7:05. Halcyon did not try to
recover it; the company says recovery on a floating platform comes later.

## Upper stage

U4&#8217;s single vacuum Kite engine burned for a little over six minutes, putting the stage on
a suborbital path with an apogee of about 132 miles (the company&#8217;s number is 212 km).
It released a mass simulator shortly after engine cutoff.

Then came the headline item: at roughly T+38 minutes, U4 relit its engine for a short burn.
Without a reliable relight you cannot deorbit an upper stage or reach most useful orbits, and
it is the one thing Halcyon had not yet shown.

Reentry telemetry stayed mostly solid through peak heating, with a few dropouts, and the stage
came down in the Indian Ocean west of Australia at around T+1:04.

## How we got here

Flight 2 on May 12 lost U3 about eight and a half minutes in to a methane leak, and B6 broke up
on the way back. Flight 1 in November 2024 lasted 94 seconds. The FAA closed the Flight 2 mishap
investigation on August 15.

&#8220;We got almost everything we wanted out of this flight,&#8221; CEO Marisol Brandt wrote in
the company&#8217;s post-flight statement.

## What to watch

Fair question: how much of this carries over to a vehicle that lands on a platform? The
boostback and landing burn look good, but a soft splashdown is not a catch. We will also want
to see whether the relight works with a real payload aboard.

Still, after two rough outings, this is a big step. More when Halcyon releases its data.
""")

_R1_DAILY = _paras("""
After two test flights that ended badly, Halcyon Launch Systems finally had a good day. Its
Stratus-M rocket lifted off from South Texas at 12:42 UTC on Aug. 21, climbed to an altitude of
190 kilometers and brought both of its stages down where its engineers wanted them.

For a company that has burned through hundreds of millions of dollars and two rockets, the
result mattered. Investors and customers had been watching to see whether Halcyon could fix the
methane leak that doomed its second flight in May.

&#8220;We got almost everything we wanted out of this flight,&#8221; Marisol Brandt, Halcyon&#8217;s
chief executive and a former propulsion engineer, said in a statement.

The first stage, known as B7, fired its engines to fly back toward the Texas coast and settled
into the Gulf of Mexico. The upper stage reached space, released a dummy payload, restarted its
engine and splashed down in the Indian Ocean.

The Federal Aviation Administration cleared the flight after closing its investigation into the
May mishap on Aug. 15.

Halcyon raised $410 million in a funding round in January and says it has signed contracts for
14 launches, most of them for small-satellite operators that want a cheaper ride than the
large rockets offer.

&#8220;This puts them back in the conversation,&#8221; said Priya Raman, a space-industry
analyst at Northgate Research. &#8220;Two more flights like this and customers will start
taking their schedule seriously.&#8221;

Methane engines have become the propulsion of choice for a new generation of reusable rockets.
The fuel is cheap, can be stored more easily than liquid hydrogen and leaves fewer deposits in
engines that are meant to fly again and again.

Still, Halcyon has a long way to go. It has not yet recovered a booster intact, and it will
need to show that it can fly often, not just well, before it earns real revenue.
""")

STORIES.append(_story("rocket-VB1", "rocket", "2025-09-02", [
    _page("https://www.pacificwire.example/science/halcyon-stratus-third-test-20250821-5520",
          _wire_site(
              "Halcyon’s methane rocket flies farther on third test as both stages splash down",
              _R1_WIRE, dateline="PORT ISABEL, Texas", byline="Dan Whitaker",
              section="Science", published="2025-08-21T13:55:00Z",
              shown="Aug 21, 2025 1:55 PM GMT",
              caption="File photo: The Stratus-M rocket on its pad at Laguna Vista, Texas, "
                      "before its second test flight in May.",
              related=["Halcyon’s second Stratus-M test ends with loss of both stages",
                       "ESA picks two firms for 150 million euro launcher challenge",
                       "India’s space agency launches 2 satellites on its PSLV rocket",
                       "Boeing shares fall 3% after FAA extends production cap"])),
    _page("https://www.kvtr7.example/news/halcyon-rocket-third-launch-south-padre",
          _tv_site(
              "Crowds pack South Padre beaches as Halcyon rocket roars off on third test",
              _R1_TV, byline="Alyssa Guerra, KVTR 7 News",
              video_caption="VIDEO: Spectators at Isla Blanca Park watch the Stratus-M "
                            "liftoff.",
              trending=["Brownsville ISD approves 3% raises for teachers",
                        "Harlingen man sentenced to 12 years in fentanyl case",
                        "Tropical Storm Erin expected to stay well east of Texas",
                        "Weslaco H-E-B to reopen after $7 million remodel"])),
    _page("https://orbitalnotes.example/2025/08/stratus-m-flight-3-recap/",
          _blog_site(
              "Stratus-M Flight 3: relight achieved, booster survives boostback",
              _R1_BLOG, author="Kelsey Marr",
              bio="Kelsey has covered launches from Texas and Florida since 2016. She still "
                  "owns the binoculars she bought for her first one.",
              post_id=4817, tags=["Halcyon", "Stratus-M", "Methane", "Texas"],
              recent=["Electron flies its 70th mission",
                      "New Glenn second flight slips to autumn",
                      "Launch schedule: the week ahead"],
              caption="Stratus-M Flight 3 climbs away from Laguna Vista. Photo: Orbital Notes "
                      "reader submission",
              comments=12)),
    _page("https://www.dailycourier.example/business/halcyon-rocket-startup-test-flight",
          _daily_site(
              "A Texas rocket start-up steadies itself after two rough test flights",
              _R1_DAILY, kicker="Space",
              dek="Halcyon’s third Stratus-M flight went largely to plan, and the company "
                  "needed it to.",
              byline="Nathan Cole",
              most_read=["Fed’s Powell signals a rate cut could come in September",
                         "Home prices fall in 12 of 20 big cities",
                         "Opinion: The space race is now a price war",
                         "NASA names 4 astronauts for next space station crew"],
              read_more="Why methane is the rocket fuel of the moment", read_more_at=7)),
], [
    ("booster", r"\bb-?7\b|booster\s(no\.?\s?)?7\b|booster seven",
     r"\bb-?9\b|booster\s(no\.?\s?)?9\b|booster nine"),
    ("altitude", r"(?<![\d.])21[02]\s?(km|kilomet)|(?<![\d.])13[02]\s?mi",
     r"(?<![\d.])190\s?(km|kilomet)"),
    ("launch time", r"(?<!\d)6:42|(?<!\d)11:?42", r"(?<!\d)12:?42"),
]))

# ---- rocket-VB2: maiden flight of Hoshikaze Space's Kaede rocket, Hokkaido (18 May 2025 JST) -

_R2_WIRE = _paras("""
A rocket built by Japanese start-up Hoshikaze Space reached space on its maiden flight on Sunday
but failed to reach orbit after its second stage shut down early, the company said, a setback
for Japan&#8217;s push to build a private launch industry.

The two-stage Kaede rocket lifted off from the Hokkaido Spaceport in the town of Taiki at
6:15 a.m. local time on Sunday (2115 GMT on Saturday), carrying three small satellites.

Its first stage burned as planned and separated two minutes and 38 seconds after liftoff, but
the second-stage engine cut off six minutes and 12 seconds into the flight, before the rocket
had reached orbital speed, Hoshikaze said. The stage and its payloads fell into the Pacific Ocean
east of Japan.

The rocket reached a peak altitude of about 180 km (112 miles), well above the 100 km line that
is commonly taken as the edge of space.

&#8220;Reaching space on our very first attempt tells us the basic design is sound,&#8221;
Hoshikaze Chief Executive Kenji Arakawa told a news conference in Taiki. &#8220;We will find out
why the second stage stopped, and we will fly again.&#8221;

The satellites aboard were a weather-sensing cubesat built by students at Tohoku University in
Sendai, an Earth-imaging prototype for a Tokyo start-up and a technology demonstrator of
Hoshikaze&#8217;s own.

The launch had been delayed by about nine months after a first-stage engine test at the same site
exploded in August 2024, damaging the test stand.

Japan&#8217;s government wants to double the size of the country&#8217;s space industry by the
early 2030s and has offered subsidies to start-ups that can provide domestic launch services,
which would reduce reliance on foreign rockets and on the national space agency&#8217;s larger
H3.

Hoshikaze, founded in 2018, has raised about 12 billion yen ($82 million) from investors
including trading houses and regional banks.

(Reporting by Yuki Nakamura in Tokyo; Editing by Clare Dobbs)
""")

_R2_BLOG = _paras("""
Hoshikaze Space&#8217;s Kaede rocket made its first flight from Hokkaido Spaceport at 21:15 UTC on
Saturday, May 17 &#8212; that is 6:15 a.m. on Sunday, May 18, in Japan and 5:15 p.m. Saturday on
the US East Coast. Here is what we saw on the webcast and what the company has said since.

## First stage: textbook

The first stage looked nominal from start to finish. Staging came at T+2:38, right on the
pre-flight timeline, and the second-stage engine lit cleanly. The spent first stage fell into
the Pacific roughly 300 km downrange, inside the published hazard area.

## Second stage: the shutdown

Then, at T+7:40, the webcast graphics showed the second-stage engine had cut off, well before
the planned end of the burn. The vehicle telemetry froze a few seconds later.

Hoshikaze later confirmed that the engine shut down prematurely and that Kaede did not reach
orbit. Peak altitude was about 180 km, so it did get to space.

&#8220;Reaching space on the very first attempt tells us that the basic design is
sound,&#8221; CEO Kenji Arakawa said at the post-launch press conference.

The three cubesats on board &#8212; the Tohoku University weather-sensing sat, an imaging
prototype for a Tokyo start-up and Hoshikaze&#8217;s own tech demonstrator &#8212; were
lost.

## What might have gone wrong

Hoshikaze has not named a cause, and we will not pretend to know it. Early shutdowns on
first flights usually come down to a short list: propellant starvation as tanks slosh, a
turbopump problem, or an over-cautious abort limit in the flight software. Each has a very
different fix.

## Context

Kaede is a small two-stage vehicle built to put a few hundred kilograms into low Earth orbit.
It was supposed to fly last year, but an engine test on the stand in August 2024 ended in an
explosion that wrecked the test stand.

No Japanese start-up has yet put a satellite into orbit. Hoshikaze says it will fly again once
it understands the shutdown.
""")

_R2_PUBLIC = _paras("""
A rocket built by the Tokyo company Hoshikaze Space reached space early on Sunday, May 18, Japan
time, but fell short of orbit, taking four small satellites with it into the Pacific.

The Kaede rocket lifted off from a seaside spaceport in Taiki, a dairy-farming town on the
northern island of Hokkaido, at 6:15 in the morning. Its second stage shut down before the
rocket was going fast enough to stay in orbit.

&#8220;Reaching space on our very first attempt tells us the basic design is sound,&#8221;
launch director Mika Sato told reporters after the flight.

Hundreds of residents watched from a public viewing area on a hill outside town, some wrapped
in blankets against the cold sea wind. Dairy farmer Hiroshi Endo, 63, said he had seen many
tests over the years but never anything like this.

&#8220;The whole sky went orange,&#8221; he said. &#8220;Then it was gone, and we waited for
news on our phones like everyone else.&#8221;

Taiki has a long history with rockets and balloons. The national space agency has flown
research balloons from the town for decades, and the local government has spent years
courting private launch companies with the promise of a clear path over the open ocean.

The rocket climbed to about 112 miles, or 180 kilometers, before falling back. One of the
satellites aboard was built by students at Tohoku University.

Japan&#8217;s government wants the country to have its own commercial rockets, so that Japanese
companies do not have to wait for space on foreign launchers. But the start-ups that have tried
so far have struggled to reach orbit.

Hoshikaze says it will study the data and fly again.
""")

STORIES.append(_story("rocket-VB2", "rocket", "2025-05-30", [
    _page("https://www.pacificwire.example/science/japan-hoshikaze-kaede-rocket-20250517-3302",
          _wire_site(
              "Japanese start-up’s first rocket reaches space but fails to reach orbit",
              _R2_WIRE, dateline="TOKYO", byline="Yuki Nakamura", section="Science",
              published="2025-05-17T23:05:00Z", shown="May 17, 2025 11:05 PM GMT",
              related=["SpaceX Starship&#8217;s ninth test set for late May",
                       "Nikkei ends up 0.6% as exporters gain",
                       "China launches 10 satellites on a single Long March rocket",
                       "Japan’s H3 rocket puts navigation satellite into orbit"])),
    _page("https://orbitalnotes.example/2025/05/kaede-debut-second-stage-shutdown/",
          _blog_site(
              "Kaede’s debut: what we know about the second-stage shutdown",
              _R2_BLOG, author="Ben Okafor",
              bio="Ben writes about small launchers and the companies that build them. He "
                  "is based in Osaka.",
              post_id=4522, tags=["Hoshikaze", "Kaede", "Japan", "Launch failure"],
              recent=["Launch schedule: the week ahead",
                      "Starship Flight 9 preview",
                      "Rocket Lab&#8217;s Neutron: what we know"],
              comments=31)),
    _page("https://meridian.example/2025/05/18/japan-startup-rocket-hokkaido",
          _broadcaster_site(
              "A Japanese start-up’s rocket reaches space, then falls short of orbit",
              _R2_PUBLIC, slug_label="Science", byline="Emi Takahashi",
              listen="3-Minute Listen",
              caption="The Kaede rocket on its launch pad in Taiki, Hokkaido. Courtesy of "
                      "Hoshikaze Space",
              related=["Why small rockets are a big business",
                       "How Japan’s H3 rocket recovered from its 2023 failure",
                       "A farm town in Hokkaido bets its future on space"])),
], [
    ("payload count", r"\bthree\b|(?<![\d.])3\b", r"\bfour\b|(?<![\d.])4\b"),
    ("failure time",
     r"\b6\s?min\w*,?\s(and\s)?12|(?<!\d)6:12|\b372\s?s|six minutes,? and 12",
     r"\b7\s?min\w*,?\s(and\s)?40|(?<!\d)7:40|\b460\s?s|seven minutes,? and 40"),
    ("quote speaker", r"arakawa", r"\bsato\b"),
]))

# ---- election-VB1: Harlow Springs, Texas, mayoral runoff (Saturday 7 June 2025) -------------

_E1_TV = _paras("""
Dana Ochoa will be the next mayor of Harlow Springs after defeating Martin Keel in the Saturday,
June 7, runoff, according to unofficial results from the Hidalgo County Elections Department.

Ochoa, a former school board president, received 18,912 votes, or 53.4%, to 16,504 votes, or
46.6%, for Keel, the former city manager. The 2,408-vote margin was wider than most observers
had expected after a close and often bitter campaign.

Turnout was 21.4% of the city&#8217;s registered voters, election officials said.

Supporters at Ochoa&#8217;s watch party at the Harlow Springs Event Center cheered and waved
campaign signs as the final precincts reported.

&#8220;This city voted for clean water, safe streets and a City Hall that answers the
phone,&#8221; Ochoa told the crowd. &#8220;Tomorrow we get to work.&#8221;

Keel conceded shortly after 10 p.m. in a speech to supporters at his campaign office on
Business 83. &#8220;The voters have spoken, and I respect their decision,&#8221; he said.
&#8220;I called Dana to congratulate her, and I told her I will help any way I can.&#8221;

Ochoa led the May 3 general election with about 38% of the vote but fell short of the majority
needed to win outright, forcing the runoff against Keel, who finished second.

Water was the issue that dominated the race. Residents in several neighborhoods have faced
repeated boil-water notices over the past two years, and monthly bills have climbed. Ochoa has
promised an independent audit of the city&#8217;s utility department in her first 100 days.

She has also said she will bring back a $240 million drainage bond that voters rejected in
2023, arguing that the flooding in the city&#8217;s east side cannot wait.

Ochoa will succeed Mayor Phil Brannigan, who could not run again because of term limits. She
is scheduled to be sworn in on June 17.

Stay with KVTR 7 for continuing coverage of the new administration.
""")

_E1_SENTINEL = _paras("""
HARLOW SPRINGS &#8212; Former school board president Dana Ochoa was elected mayor of Harlow
Springs on Saturday, beating three-term city council member Martin Keel by 2,804 votes in a
runoff that turned on water bills and flooded streets.

Ochoa took 53.4% of the vote to Keel&#8217;s 46.6%, according to unofficial election night
totals posted by the Hidalgo County Elections Department.

Just 17.8% of the city&#8217;s 198,950 registered voters cast ballots, slightly fewer than in the
May 3 first round.

Ochoa finished first in that election with 38.2%, ahead of Keel&#8217;s 31.5%. Businessman Reggie
Vance, who placed third with 22.1%, endorsed Ochoa two weeks later, a move both campaigns said
reshaped the race.

&#8220;Reggie&#8217;s voters wanted the same thing my voters wanted: somebody who would fix the
water,&#8221; Ochoa said at her victory party. &#8220;We found each other.&#8221;

Keel, who had the backing of the outgoing mayor and most of the local business community,
told supporters he had run a campaign he was proud of.

&#8220;The voters have spoken and I respect that,&#8221; Keel said. &#8220;I called Dana and
congratulated her.&#8221;

Mayor Phil Brannigan was barred by term limits from seeking a third four-year term.

The City Council is expected to canvass the results on June 16, and Ochoa will take the oath
of office on June 17.

Ochoa&#8217;s first test is likely to come quickly. The council must adopt a budget by
September, and the city faces a shortfall in its utility fund that staff have estimated at
$11 million. Ochoa has said she will not raise water rates again until an audit is complete.

She has also pledged to put a $240 million drainage bond, which voters turned down in 2023,
back on the ballot.

In the District 3 council runoff, challenger Alma Reyes defeated incumbent Tom Garza with 56% of
the vote. In District 5, Luis Salinas won an open seat with 51.2%.
""")

_E1_WIRE = _paras("""
Dana Ochoa, a former school board president, won the runoff for mayor of Harlow Springs, Texas,
on Saturday, defeating three-term city council member Martin Keel, according to unofficial
results.

Ochoa received 18,912 votes, or 53.4%, and Keel 16,504, or 46.6%, a margin of 2,408 votes, the
Hidalgo County Elections Department said. Turnout was 17.8%.

The race in the fast-growing city near the Mexican border was officially nonpartisan, but it
was watched closely by both parties for signs of how Latino voters in the Rio Grande Valley
are leaning ahead of next year&#8217;s midterm elections.

Ochoa, 47, campaigned on fixing the city&#8217;s water system after years of boil-water notices
and rising bills. Keel, 58, ran on his record on the council and promised to keep property
taxes flat.

In the May 3 first round, Ochoa won 38.2% and Keel 31.5%. Reggie Vance, a businessman who came
third with 22.1%, endorsed Ochoa later in May.

About 61% of runoff ballots were cast during early voting, county figures showed.

Keel conceded late on Saturday and said he had called Ochoa to congratulate her. Results will
not be official until the City Council canvasses them.

Ochoa has promised an independent audit of the city&#8217;s utility department and has said she
will put a $240 million drainage bond, which voters rejected in 2023, back on the ballot to deal
with flooding on the east side of the city.

Ochoa will replace Mayor Phil Brannigan, who was term-limited, when she is sworn in on June 17.

(Reporting by Sofia Alvarado in Harlow Springs; Editing by Kevin Price)
""")

STORIES.append(_story("election-VB1", "election", "2025-06-18", [
    _page("https://www.kvtr7.example/news/ochoa-wins-harlow-springs-mayor-runoff",
          _tv_site(
              "Ochoa wins Harlow Springs mayoral runoff",
              _E1_TV, byline="Marco Villarreal, KVTR 7 News",
              video_caption="VIDEO: Dana Ochoa addresses supporters at the Harlow Springs "
                            "Event Center.",
              trending=["McAllen police identify man killed in Friday crash",
                        "Mission approves 2.5% water rate increase",
                        "First Alert Weather: triple-digit heat returns Tuesday",
                        "Edinburg runoff: Garcia wins council seat by 112 votes"])),
    _page("https://www.thesentinel.example/news/ochoa-cruises-to-victory-in-runoff",
          _sentinel_site(
              "Ochoa cruises to victory in Harlow Springs runoff",
              _E1_SENTINEL, byline="By Rick Dominguez, Staff Writer", posted="06/08/2025",
              most_popular=["Weslaco approves $2.4 million for new fire station",
                            "Valley graduation rates climb to 91%",
                            "Man, 29, arrested after chase on I-2",
                            "RGV Vipers announce new head coach"])),
    _page("https://www.pacificwire.example/us/texas-harlow-springs-mayor-runoff-20250608-6612",
          _wire_site(
              "Former school board chief Ochoa wins Texas border city’s mayoral runoff",
              _E1_WIRE, dateline="HARLOW SPRINGS, Texas", byline="Sofia Alvarado",
              section="U.S.", published="2025-06-08T04:40:00Z",
              shown="June 8, 2025 4:40 AM GMT",
              related=["San Antonio elects Gina Ortiz Jones mayor in runoff",
                       "Texas legislature ends session with $338 billion budget",
                       "Fort Worth voters approve 2 bond measures",
                       "Poll: 44% of Texans approve of Governor"])),
], [
    ("margin", r"2,?408", r"2,?804"),
    ("turnout", r"(?<![\d.])17\.8", r"(?<![\d.])21\.4"),
    ("title", r"council\s?(member|man|woman)|city council|three-term", r"city manager"),
]))

# ---- election-VB2: Hartwell and Dene parliamentary by-election (polling Thu 19 June 2025) ---

_E2_WIRE = _paras("""
Reform UK won the parliamentary by-election in the northern English seat of Hartwell and Dene
early on Friday, taking a constituency that Labour had held with a majority of 14,560 less than
a year ago and dealing another blow to Prime Minister Keir Starmer&#8217;s party.

Reform candidate Sarah Pennock, a former district councillor, won 11,204 votes, or 36.1%, the
returning officer announced at 3:12 a.m. local time (0212 GMT). Labour&#8217;s Tom Ashby, a
secondary school teacher, came second with 9,876 votes, or 31.8%, leaving Pennock with a
majority of 1,328.

The Conservatives&#8217; Gillian Moss was third with 5,112 votes, ahead of Liberal Democrat
Priya Nair with 2,940 and Green Party candidate Owen Lister with 1,118. Turnout was 41.3%, down
from 63.9% at the general election in July 2024.

&#8220;The people of Hartwell and Dene have said, loud and clear, that they want change,&#8221;
Pennock told supporters at the count in the Dene Valley Leisure Centre. &#8220;They have been
taken for granted for too long.&#8221;

The by-election was called after Labour lawmaker Alan Fairhurst resigned in April, citing ill
health.

Labour officials had privately expected to lose ground but had hoped a local candidate and a
heavy ground campaign would hold the seat. Ashby said the party had to &#8220;listen and
learn&#8221; from the result.

Reform, led by Nigel Farage, has topped several national opinion polls this year and made large
gains in English local elections in May.

&#8220;This was a tough night for us, and I respect the result,&#8221; Ashby said in his speech
after the declaration.

(Reporting by Helen Marsh in Hartwell; Editing by Andrew Boyle)
""")

_E2_PUBLIC = _paras("""
Voters in Hartwell and Dene, a string of former mill towns in the north of England, went to the
polls on Thursday, June 19, in a by-election that had been billed as a test of Reform UK&#8217;s
reach beyond its coastal heartlands. By the small hours of Friday, June 20, they had their
answer.

Reform&#8217;s Sarah Pennock won with 11,204 votes and a majority of 1,328 over Labour, which had
held the seat for decades. Turnout was 38.6%.

Meridian&#8217;s Kate Ellison spent the week before the vote in Hartwell&#8217;s market square,
where the shuttered bank and the empty department store tell their own story.

&#8220;I voted Labour all my life, and my dad did before me,&#8221; said retired bus driver Derek
Holt, 72. &#8220;But what have they done for this town? I gave the other lot a go this
time.&#8221;

Others were unhappy with the result. Student nurse Amira Shah, 24, said she had voted Labour
and worried about what Reform&#8217;s victory would mean for the town&#8217;s mosque and its
mixed neighborhoods.

&#8220;People are angry, and I get that,&#8221; she said. &#8220;But I don&#8217;t think
blaming each other fixes the bus service.&#8221;

In her victory speech, Pennock said the people of Hartwell and Dene had said, loud and clear,
that they wanted change.

At the general election in July 2024, Labour&#8217;s Alan Fairhurst won here comfortably, with a
majority of more than 14,000 on a turnout of 63.9%. His resignation in April, for health
reasons, triggered the contest.

Political scientists caution against reading too much into a single by-election, which often
punishes the party in government. But Labour strategists will note that Reform won here
without a celebrity candidate and with a largely local campaign.
""")

_E2_GAZETTE = _paras("""
Reform UK&#8217;s Sarah Pennock has been elected as the new MP for Hartwell and Dene after a
dramatic overnight count at the Dene Valley Leisure Centre.

The former district councillor polled 11,402 votes, finishing ahead of Labour&#8217;s Tom Ashby,
with the Conservatives&#8217; Gillian Moss in third place.

Returning officer Karen Mellor read out the result at 3.12am, to cheers from the Reform camp and
silence from the Labour benches.

Turnout was 41.3 per cent, with a little over 31,000 valid votes cast.

Ms Pennock, who grew up on the Northfield estate and ran a haulage business in Hartwell for 15
years, thanked her family and her campaign volunteers.

&#8220;The people of Hartwell and Dene have said loud and clear that they want change,&#8221;
she said. &#8220;I will be a full-time MP for this constituency, not for Westminster.&#8221;

Mr Ashby, a teacher at Dene Valley Academy, said: &#8220;This was a tough night for us and I
respect the result. I will keep fighting for this community, whatever I do next.&#8221;

The Lib Dems&#8217; Priya Nair was fourth, ahead of the Green Party&#8217;s Owen Lister.

The by-election was triggered when Labour MP Alan Fairhurst stood down in April on health
grounds. Mr Fairhurst did not attend the count.

Outside the leisure centre, about 40 Reform supporters waved flags as Ms Pennock left shortly
before 4am.

Ms Pennock is expected to take her seat in the House of Commons next week. She said her first
priorities would be the bus network, empty shops in Hartwell town centre and waiting lists at
Hartwell General Hospital.

Do you live in Hartwell and Dene? Tell us what you think of the result in the comments below.
""")

_E2_DAILY = _paras("""
Reform UK has won another seat in the House of Commons. At a count that ran through the night,
the returning officer in Hartwell and Dene, a working-class constituency in Lancashire,
declared at 4.20am on Friday, June 20, that Reform&#8217;s Sarah Pennock had beaten Labour by
1,328 votes.

Pennock, a former councillor who ran a local haulage firm, took 36.1% of the vote, against 31.8%
for Labour&#8217;s Tom Ashby. The Conservatives came a distant third. Turnout was just over 41%.

The defeat is a jolt for Labour, which won the seat at last July&#8217;s general election with
a majority of 14,560. It also shows how far Reform&#8217;s support now reaches, from seaside
towns in the east of England into the old industrial heartlands of the north-west.

Labour had poured volunteers into the campaign, and several cabinet ministers visited the
constituency in the final week. It was not enough.

&#8220;Labour assumed these people would always vote for them. They were wrong,&#8221; said
Fiona Crane, a professor of politics at the University of Lancaster. &#8220;Reform is now
competitive in places where it barely ran a campaign two years ago.&#8221;

The Conservatives, who ran second here as recently as 2019, polled just 16.5%.

For Nigel Farage, the result is more evidence that his party can win seats under
Britain&#8217;s first-past-the-post system, and not just pile up votes. For Keir Starmer, it
is a reminder that his large parliamentary majority rests on shallow foundations.

The contest was called after Labour&#8217;s Alan Fairhurst resigned in April because of ill
health.

Pennock&#8217;s majority is slim, and Labour will hope to win the seat back at the next general
election, which must be held by 2029. Until then, Reform has a new voice in Parliament from a
part of England it could once only dream of.
""")

STORIES.append(_story("election-VB2", "election", "2025-06-27", [
    _page("https://www.pacificwire.example/world/uk-hartwell-dene-by-election-20250620-9014",
          _wire_site(
              "Reform UK wins Hartwell and Dene by-election from Labour",
              _E2_WIRE, dateline="HARTWELL, England", byline="Helen Marsh",
              section="World", published="2025-06-20T03:05:00Z",
              shown="June 20, 2025 3:05 AM GMT",
              related=["Starmer faces rebellion over welfare bill as 120 MPs sign amendment",
                       "Bank of England holds rates at 4.25% in 6-3 vote",
                       "Sterling slips 0.3% against dollar",
                       "Runcorn recount hands Reform seat by six votes"])),
    _page("https://meridian.example/2025/06/20/uk-reform-by-election-hartwell",
          _broadcaster_site(
              "In a northern English mill town, Reform UK wins a Labour seat",
              _E2_PUBLIC, slug_label="Europe", byline="Kate Ellison",
              listen="5-Minute Listen",
              related=["Who is Nigel Farage?", "Britain’s Labour government, one year on",
                       "France’s far right leads in new poll at 33%"])),
    _page("https://www.denevalleygazette.example/news/hartwell-dene-by-election-result",
          _gazette_site(
              "Reform’s Sarah Pennock wins Hartwell and Dene by-election",
              _E2_GAZETTE, dek="Labour loses the seat after a tense overnight count",
              byline="Jack Whitworth", role="Local Democracy Reporter",
              shown="20/06/2025",
              most_read=["Hartwell Market to close for six weeks for repairs",
                         "Man, 31, charged after Dene Road crash",
                         "Council approves 280 homes on Northfield site",
                         "Dene Valley FC sign striker on two-year deal"],
              read_more="Hartwell and Dene by-election: who are the candidates?",
              comments=58)),
    _page("https://www.dailycourier.example/world/reform-uk-by-election-labour-lancashire",
          _daily_site(
              "Reform UK takes a Labour stronghold in northern England",
              _E2_DAILY, kicker="Britain",
              dek="The Hartwell and Dene by-election is the latest sign that Nigel Farage’s "
                  "party can win seats, not just votes.",
              byline="Oliver Grant",
              most_read=["Supreme Court upholds Tennessee ban in 6-3 ruling",
                         "Stocks close at record high as Nasdaq gains 1%",
                         "Opinion: Britain’s two-party system is over",
                         "Heat wave puts 100 million Americans under alerts"],
              read_more="Who is Nigel Farage?")),
], [
    ("votes", r"11,?204", r"11,?402"),
    ("turnout", r"(?<![\d.])41\.3", r"(?<![\d.])38\.6"),
    ("declaration time", r"(?<!\d)0?3[.:]12|(?<!\d)0?2:?12\b",
     r"(?<!\d)0?4[.:]20|(?<!\d)0420\b"),
]))
