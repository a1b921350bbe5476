"""Part YC of the story battery (web pages).

Written by engineer YC1 on 2026-12-06 (nineteenth session, tenth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py YC`.

Six stories, one per domain, each told by four outlets as whole scraped HTML pages.  In every
story one outlet is a local site that lightly rewrote the Pacific Wire story (its facts agree
with the wire's).  The election story is the control story (no planted disagreement).
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "YC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: list[str], base: str, start: int) -> str:
    return "\n".join(
        f'    <li><a href="{base}{start + i}">{h}</a></li>' for i, h in enumerate(items)
    )


# --------------------------------------------------------------------------------------------
# Template 1: a wire service (semantic <article>, dateline, og/article meta, "Updated" line)
# --------------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, updated: str | None = None,
               related: list[str] | None = None, caption: str | None = None,
               section: str = "World") -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    fig = ""
    if caption:
        fig = ('<figure class="pw-figure">\n  <img src="/media/lead-photo.jpg" alt="" '
               'width="1200" height="800">\n'
               f'  <figcaption>{caption}</figcaption>\n</figure>\n')
    body = [f'<p><span class="pw-dateline">{dateline}</span> {paras[0]}</p>']
    body += [f"<p>{p}</p>" for p in paras[1:]]
    upd = f'<p class="pw-updated">Updated {updated}</p>\n' if updated else ""
    rel = _lis(related or [], "/news/", 48210)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | Pacific Wire</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta property="og:site_name" content="Pacific Wire">\n'
        f'<meta property="og:title" content="{title}">\n'
        f"{meta}"
        '<link rel="stylesheet" href="/assets/pw-2025.css">\n</head>\n<body>\n'
        '<a class="skip-link" href="#story">Skip to content</a>\n'
        '<header class="pw-masthead">\n  <a class="pw-logo" href="/">PACIFIC WIRE</a>\n'
        '  <nav aria-label="Sections"><ul>\n'
        '    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>\n'
        '    <li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>\n'
        '    <li><a href="/politics">Politics</a></li><li><a href="/photos">Photos</a></li>\n'
        '  </ul></nav>\n'
        '  <a class="pw-login" href="/account">Sign in</a>\n</header>\n'
        '<div class="pw-consent" role="dialog">\n  <p>We and our partners use cookies to '
        'measure audiences and to keep this service free. You can change your choices at any '
        'time.</p>\n  <button>Accept all</button> <button>Reject non-essential</button> '
        '<a href="/privacy">Privacy policy</a>\n</div>\n'
        '<main id="story">\n<article class="pw-article">\n'
        f'<p class="pw-section"><a href="/{section.lower()}">{section}</a></p>\n'
        f"<h1>{title}</h1>\n"
        f'<p class="pw-byline">By {byline}</p>\n'
        f"{fig}"
        '<div class="pw-body">\n' + "\n".join(body) + "\n</div>\n"
        f"{upd}"
        '<ul class="pw-share">\n  <li><a href="#">Share on Facebook</a></li>\n'
        '  <li><a href="#">Tweet</a></li>\n  <li><a href="#">Copy link</a></li>\n</ul>\n'
        "</article>\n"
        '<aside class="pw-related">\n  <h2>Related coverage</h2>\n  <ul>\n'
        f"{rel}\n  </ul>\n</aside>\n</main>\n"
        '<footer class="pw-footer">\n  <p>&copy; 2025 Pacific Wire Ltd. All rights reserved. '
        "This material may not be republished without a licence.</p>\n"
        '  <p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; '
        '<a href="/terms">Terms</a> &middot; <a href="/licensing">Licensing</a></p>\n'
        "</footer>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Template 2: a local TV station (div soup, styled headline div, <br> paragraphs, ad slots)
# --------------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, posted: str | None = None,
             caption: str | None = None, most_read: list[str] | None = None,
             credit: str = "Pacific Wire contributed to this report.",
             alert: str = "FROST ADVISORY for the valley floor until 9 a.m.") -> str:
    chunks: list[str] = []
    for i, p in enumerate(paras):
        chunks.append(p)
        if i in (2, 6):
            chunks.append('<div class="ad-unit ad-300x250" data-slot="mid-' + str(i)
                          + '"><span class="ad-label">Advertisement</span></div>')
    text = "<br><br>\n".join(chunks)
    photo = ""
    if caption:
        photo = ('<div class="lead-media"><img src="/wp-content/uploads/2025/lead.jpg" '
                 f'alt=""><div class="photo-cap">{caption}</div></div>\n')
    when = f'<span class="ts">Posted {posted}</span>' if posted else ""
    ranks = "\n".join(
        f'<div class="mr-item"><span class="num">{i + 1}</span><a href="/news/local/'
        f'{9310 + i}">{h}</a></div>' for i, h in enumerate(most_read or [])
    )
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=utf-8\">\n"
        f"<title>{title} - KVRT 7 News</title>\n"
        '<script src="/js/player.min.js"></script>\n</head>\n'
        '<body class="station kvrt">\n'
        f'<div id="alert-bar"><b>WEATHER ALERT:</b> {alert} '
        '<a href="/weather">Full forecast</a></div>\n'
        '<div class="hdr">\n<div class="brand"><a href="/">KVRT<span>7</span></a></div>\n'
        '<div class="menu"><a href="/news">News</a> | <a href="/news/local">Local</a> | '
        '<a href="/weather">Weather</a> | <a href="/traffic">Traffic</a> | '
        '<a href="/sports">Sports</a> | <a href="/live">&#9654; Watch Live</a> | '
        '<a href="/tips">Send Us A Tip</a></div>\n'
        '<div class="wx-mini">San Alvaro 51&deg;F &middot; Clear</div>\n</div>\n'
        '<div class="wrap">\n<div class="col-main">\n'
        f'<div class="headline-xl">{title}</div>\n'
        f'<div class="meta-line"><span class="by">KVRT Digital Staff</span> {when}</div>\n'
        f"{photo}"
        f'<div class="story-text">\n{text}\n</div>\n'
        f'<div class="credit"><i>{credit}</i></div>\n'
        '<div class="social"><a href="#">Share on Facebook</a> &middot; '
        '<a href="#">Share on X</a> &middot; <a href="#">Email</a></div>\n'
        '<div class="ad-unit ad-728x90"><span class="ad-label">Advertisement</span></div>\n'
        '<div class="app-promo">Get breaking alerts: download the KVRT 7 app.</div>\n'
        "</div>\n"
        f'<div class="col-side">\n<div class="most-read"><h3>Most Read</h3>\n{ranks}\n</div>\n'
        '<div class="ad-unit ad-300x600"><span class="ad-label">Advertisement</span></div>\n'
        "</div>\n</div>\n"
        '<div class="ftr">Copyright &copy; 2025 KVRT-TV, a Valley Broadcasting Group station. '
        "2200 Orchard Parkway, San Alvaro, CA. | <a href=\"/eeo\">EEO Report</a> | "
        '<a href="/fcc">FCC Public File</a> | <a href="/cc">Closed Captioning</a> | '
        '<a href="/privacy">Privacy Policy</a></div>\n'
        "</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Template 3: a national daily (nested div soup, JSON-LD, paywall teaser, author bio)
# --------------------------------------------------------------------------------------------
def _daily_site(title: str, paras: list[str], *, dek: str, byline: str,
                published: str | None = None, related: list[str] | None = None,
                caption: str | None = None, read_more: str | None = None,
                bio: str = "") -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": title, "datePublished": published,
                            "publisher": {"@type": "Organization",
                                          "name": "The National Ledger"}})
              + "</script>\n")
    rows: list[str] = []
    for i, p in enumerate(paras):
        rows.append(f'<div class="nl-p"><p>{p}</p></div>')
        if i == 1 and read_more:
            rows.append(f'<div class="nl-inline-rm"><b>Read more:</b> '
                        f'<a href="/2025/rm">{read_more}</a></div>')
        if i == 3:
            rows.append('<div class="nl-paywall"><div class="pw-inner">You have read 2 of '
                        '3 free articles this month. <a href="/subscribe">Subscribe</a> '
                        'for unlimited access.</div></div>')
    fig = ""
    if caption:
        fig = ('<div class="nl-media"><div class="nl-img"><img src="/img/x1.jpg" alt="">'
               f'</div><div class="nl-cap">{caption}</div></div>\n')
    rel = "\n".join(f'<div class="nl-rel-item"><a href="/2025/{771 + i}">{h}</a></div>'
                    for i, h in enumerate(related or []))
    return (
        "<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | The National Ledger</title>\n{ld}"
        '<meta name="robots" content="max-image-preview:large">\n</head>\n<body>\n'
        '<div class="nl-page">\n<div class="nl-top">\n'
        '<div class="nl-nav"><div class="nl-nav-i"><a href="/">Home</a></div>'
        '<div class="nl-nav-i"><a href="/us">U.S.</a></div>'
        '<div class="nl-nav-i"><a href="/world">World</a></div>'
        '<div class="nl-nav-i"><a href="/business">Business</a></div>'
        '<div class="nl-nav-i"><a href="/opinion">Opinion</a></div>'
        '<div class="nl-nav-i"><a href="/science">Science</a></div></div>\n'
        '<div class="nl-brand">The National Ledger</div>\n'
        '<div class="nl-sub"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a>'
        "</div>\n</div>\n"
        '<div class="nl-main"><div class="nl-col">\n<div class="nl-article">\n'
        f'<div class="nl-hed"><h1>{title}</h1></div>\n'
        f'<div class="nl-dek">{dek}</div>\n'
        f'<div class="nl-byline">By <span class="nl-author">{byline}</span></div>\n'
        f"{fig}"
        '<div class="nl-share"><button>Share</button><button>Copy link</button>'
        '<button>Gift this article</button></div>\n'
        '<div class="nl-body">\n' + "\n".join(rows) + "\n</div>\n"
        f'<div class="nl-bio">{bio}</div>\n'
        '<div class="nl-news"><div class="nl-news-h">The Morning Ledger</div>'
        "<div>Get the day&#8217;s essential news in your inbox. "
        '<input type="email" placeholder="Email address"><button>Sign up</button>'
        "</div></div>\n"
        "</div>\n</div>\n"
        f'<div class="nl-rail"><div class="nl-rel-h">More from The Ledger</div>\n{rel}\n'
        '<div class="nl-ad">Advertisement</div></div>\n'
        "</div>\n"
        '<div class="nl-foot">&copy; 2025 The National Ledger Company. 410 Commerce Street, '
        'New York, NY. <a href="/terms">Terms of Service</a> <a href="/privacy">Privacy</a> '
        '<a href="/corrections">Corrections</a></div>\n'
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Template 4: a finance blog on WordPress (entry-content, tags, comments, widgets)
# --------------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, slug_id: int,
               date_text: str | None = None, date_iso: str | None = None,
               tags: list[str] | None = None, category: str = "Markets",
               recent: list[str] | None = None, comments: int = 0,
               pull_quote: str | None = None) -> str:
    posted = ""
    if date_text:
        posted = ('<span class="posted-on">Posted on <time class="entry-date published" '
                  f'datetime="{date_iso}">{date_text}</time></span>')
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if i == 2 and pull_quote:
            body.append(f'<blockquote class="wp-block-pullquote"><p>{pull_quote}</p>'
                        "</blockquote>")
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                          for t in (tags or []))
    rec = "\n".join(f'<li><a href="/{2025}/{i + 1}/post-{slug_id - 7 - i}/">{h}</a></li>'
                    for i, h in enumerate(recent or []))
    return (
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n"
        f"<title>{title} &#8211; The Macro Notebook</title>\n"
        '<meta property="og:site_name" content="The Macro Notebook">\n'
        '<meta property="og:type" content="article">\n'
        "<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/themes/mn/"
        "style.css?ver=6.4' media='all' />\n</head>\n"
        f'<body class="post-template-default single single-post postid-{slug_id}">\n'
        '<div id="page" class="site">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        '<header id="masthead" class="site-header">\n'
        '<p class="site-title"><a href="/" rel="home">The Macro Notebook</a></p>\n'
        '<p class="site-description">Rates, trade and markets, minus the jargon</p>\n'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" '
        'class="menu"><li><a href="/">Home</a></li><li><a href="/category/rates/">Rates</a>'
        '</li><li><a href="/category/trade/">Trade</a></li><li><a href="/category/space/">'
        'Space economy</a></li><li><a href="/about/">About</a></li><li><a href="/support/">'
        "Support the blog</a></li></ul></nav>\n</header>\n"
        '<div id="content" class="site-content">\n<div id="primary" class="content-area">\n'
        '<main id="main" class="site-main">\n'
        f'<article id="post-{slug_id}" class="post-{slug_id} post type-post status-publish '
        f'format-standard hentry category-{category.lower()}">\n'
        f'<header class="entry-header">\n<h1 class="entry-title">{title}</h1>\n'
        f'<div class="entry-meta">{posted}<span class="byline"> by <span class="author '
        f'vcard"><a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}'
        "</a></span></span></div>\n</header>\n"
        '<div class="entry-content">\n' + "\n".join(body) + "\n"
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li>'
        '<li><a href="#">LinkedIn</a></li><li><a href="#">Copy link</a></li></ul></div>\n'
        "</div>\n"
        f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/'
        f'{category.lower()}/" rel="category tag">{category}</a></span> '
        f'<span class="tags-links">Tagged {tag_links}</span></footer>\n'
        "</article>\n"
        f'<div class="author-info"><h2 class="author-title">About {author}</h2>'
        f'<p class="author-bio">{author} spent a decade on a bond desk before starting this '
        "blog. Nothing here is investment advice.</p></div>\n"
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} '
        f"thoughts on &ldquo;{title}&rdquo;</h2><p class=\"must-log-in\">You must be "
        '<a href="/wp-login.php">logged in</a> to post a comment.</p></div>\n'
        "</main>\n</div>\n"
        '<aside id="secondary" class="widget-area">\n'
        '<section class="widget widget_search"><form role="search"><input type="search" '
        'placeholder="Search &hellip;"></form></section>\n'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
        f"</h2><ul>\n{rec}\n</ul></section>\n"
        '<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2>'
        "<p>One email a week. No hype. <a href=\"/subscribe/\">Join 14,000 readers</a>.</p>"
        "</section>\n</aside>\n</div>\n"
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The '
        'Macro Notebook &middot; Proudly powered by WordPress</div></footer>\n'
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Template 5: a public broadcaster (article element, listen bar, visible date or none)
# --------------------------------------------------------------------------------------------
def _public_site(title: str, paras: list[str], *, summary: list[str] | None = None,
                 date_line: str | None = None, caption: str | None = None,
                 listen: str = "4 min", related: list[str] | None = None,
                 reporter: str = "", fact_box: tuple[str, list[str]] | None = None) -> str:
    bullets = ""
    if summary:
        bullets = ('<section class="cpm-keypoints" aria-label="Key points"><h2>Key points'
                   "</h2><ul>" + "".join(f"<li>{s}</li>" for s in summary)
                   + "</ul></section>\n")
    when = f'<div class="cpm-date">{date_line}</div>\n' if date_line else ""
    fig = ""
    if caption:
        fig = ('<figure class="cpm-fig"><picture><img src="/news/img/main.jpg" alt="">'
               f"</picture><figcaption>{caption}</figcaption></figure>\n")
    box = ""
    if fact_box:
        box = (f'<aside class="cpm-factbox"><h3>{fact_box[0]}</h3><ul>'
               + "".join(f"<li>{x}</li>" for x in fact_box[1]) + "</ul></aside>\n")
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if i == 4 and box:
            body.append(box)
    rel = "\n".join(f'<li><a href="/news/{88120 + i}">{h}</a></li>'
                    for i, h in enumerate(related or []))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} - CPM News</title>\n"
        '<meta name="description" content="Commonwealth Public Media news">\n</head>\n'
        "<body>\n"
        '<a href="#main-content" class="cpm-skip">Skip to main content</a>\n'
        '<header class="cpm-header"><div class="cpm-logo">CPM</div>\n'
        '<nav><a href="/news">News</a> <a href="/radio">Radio</a> <a href="/tv">TV</a> '
        '<a href="/podcasts">Podcasts</a> <a href="/local">Your region</a> '
        '<a href="/donate">Donate</a></nav></header>\n'
        '<div class="cpm-cookie">CPM uses essential cookies and, with your consent, analytics '
        "cookies. <button>OK</button> <button>Settings</button></div>\n"
        '<main id="main-content">\n<article class="cpm-story">\n'
        f"<h1>{title}</h1>\n{when}"
        f'<div class="cpm-listen"><button>&#9654; Listen to this story</button> '
        f"<span>{listen}</span></div>\n"
        f"{bullets}{fig}"
        + "\n".join(body) + "\n"
        + (f'<p class="cpm-reporter">{reporter}</p>\n' if reporter else "")
        + '<div class="cpm-share">Share: <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">Email</a> <a href="#">Copy link</a></div>\n'
        "</article>\n"
        f'<section class="cpm-related"><h2>Related stories</h2><ul>\n{rel}\n</ul></section>\n'
        "</main>\n"
        '<footer class="cpm-footer"><p>Commonwealth Public Media is funded by listeners, '
        "viewers and a public grant. &copy; CPM 2025.</p><p>PO Box 1900, Harbour Station. "
        '<a href="/editorial-standards">Editorial standards</a> '
        '<a href="/complaints">Complaints</a></p></footer>\n'
        "</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Template 6: a regional paper with heavy ads (many ad slots, inline read-more, newsletter)
# --------------------------------------------------------------------------------------------
def _gazette_site(title: str, paras: list[str], *, section: str, byline: str,
                  date_text: str | None = None, read_more: str | None = None,
                  caption: str | None = None, trending: list[str] | None = None,
                  tags: list[str] | None = None, note: str | None = None,
                  comments: int = 0) -> str:
    out: list[str] = []
    for i, p in enumerate(paras):
        out.append(f'<p class="gz-p">{p}</p>')
        if i == 1 and read_more:
            out.append(f'<p class="gz-rm"><strong>Read more:</strong> '
                       f'<a href="/story/rm">{read_more}</a></p>')
        if i in (0, 3, 6, 9):
            out.append('<div class="gz-ad gz-ad-inline"><small>ADVERTISEMENT</small>'
                       '<div id="div-gpt-ad-' + str(i) + '"></div></div>')
        if i == 4:
            out.append('<div class="gz-nl-inline">Get Riverbend news in your inbox every '
                       'morning. <a href="/newsletters">Sign up free</a></div>')
    when = f'<span class="gz-date">{date_text}</span>' if date_text else ""
    fig = ""
    if caption:
        fig = ('<div class="gz-photo"><img src="/uploads/photo.jpg" alt="">'
               f'<span class="gz-cap">{caption}</span></div>\n')
    trend = "\n".join(f"<li><a href=\"/story/{5530 + i}\">{h}</a></li>"
                      for i, h in enumerate(trending or []))
    taglist = " ".join(f'<a class="gz-tag" href="/tag/{i}">{t}</a>'
                       for i, t in enumerate(tags or []))
    notep = f'<p class="gz-note"><em>{note}</em></p>\n' if note else ""
    return (
        "<html>\n<head>\n<title>" + title + " - The Riverbend Gazette</title>\n"
        '<meta charset="utf-8">\n<script async src="/ads/gpt.js"></script>\n</head>\n<body>\n'
        '<div class="gz-ad gz-ad-top"><small>ADVERTISEMENT</small></div>\n'
        '<div class="gz-head"><div class="gz-logo">The Riverbend Gazette</div>\n'
        '<div class="gz-tagline">Serving the Riverbend valley since 1889</div>\n'
        '<div class="gz-menu"><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/business">Business</a> <a href="/sports">Sports</a> '
        '<a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a> '
        '<a href="/e-edition">E-Edition</a> <a href="/subscribe">Subscribe</a></div></div>\n'
        '<div id="gz-consent">This site uses cookies. By continuing you agree to our '
        '<a href="/cookies">cookie policy</a>. <a href="#">Got it</a></div>\n'
        '<div class="gz-body-wrap"><div class="gz-left">\n'
        f'<div class="gz-kicker">{section}</div>\n'
        f'<h1 class="gz-title">{title}</h1>\n'
        f'<div class="gz-meta"><span class="gz-by">{byline}</span> {when}</div>\n'
        '<div class="gz-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> '
        '<a href="#">Email</a> <a href="#">Print</a></div>\n'
        f"{fig}"
        '<div class="gz-story">\n' + "\n".join(out) + "\n</div>\n"
        f"{notep}"
        f'<div class="gz-tags">{taglist}</div>\n'
        f'<div class="gz-comments-teaser">Join the conversation ({comments} comments)</div>\n'
        '<div class="gz-ad gz-ad-bottom"><small>ADVERTISEMENT</small></div>\n'
        "</div>\n"
        '<div class="gz-right"><div class="gz-ad gz-ad-rail"><small>ADVERTISEMENT</small>'
        f'</div>\n<div class="gz-trending"><h3>Trending Now</h3><ol>\n{trend}\n</ol></div>\n'
        '<div class="gz-ad gz-ad-rail"><small>ADVERTISEMENT</small></div>\n'
        '<div class="gz-sponsored"><h4>Sponsored</h4><a href="#">Local dentist reveals '
        "one trick for whiter teeth</a><br><a href=\"#\">Seniors in Ohio are switching to "
        "this plan</a></div></div>\n</div>\n"
        '<div class="gz-foot">&copy; 2025 Riverbend Gazette Media, 118 Front Street, '
        "Riverbend, Ohio. All rights reserved. <a href=\"/contact\">Contact us</a> "
        '<a href="/advertise">Advertise</a> <a href="/privacy">Privacy</a></div>\n'
        "</body>\n</html>\n"
    )


STORIES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------------------------------
    # 1. Trade: the Copenhagen round of US-China talks (Mon 28 - Tue 29 July 2025).
    #    Outlets: Pacific Wire; KVRT 7 (local near-copy of the wire); National Ledger;
    #    The Macro Notebook.
    # ----------------------------------------------------------------------------------------
    _story("trade-YC1", "trade", "2025-08-08", [
        _page("https://www.pacificwire.example/business/us-china-copenhagen-truce-48117",
              _wire_site(
                  "US and China agree to seek 90-day extension of tariff truce after "
                  "Copenhagen talks",
                  [
                      "United States and Chinese negotiators agreed on Tuesday to seek a "
                      "further 90-day extension of the truce that has kept the two "
                      "countries&#8217; tit-for-tat tariffs from snapping back to "
                      "triple-digit levels, after two days of talks in the Danish capital.",
                      "Treasury Secretary Harlan Voss, who led the U.S. team, told reporters "
                      "that the decision on an extension rested with the president, but said "
                      "he expected it to be approved before the current pause expires on "
                      "August 12.",
                      "&#8220;We had very constructive meetings,&#8221; Voss said outside the "
                      "harbourfront conference centre where the delegations met. &#8220;I "
                      "would expect the extension to be in place well before the "
                      "deadline.&#8221;",
                      "China&#8217;s delegation was led by Vice Premier Liang Wenhao, "
                      "Beijing&#8217;s top economic envoy. Tuesday&#8217;s session lasted "
                      "about five and a half hours and broke up shortly before 6 p.m. local "
                      "time (1600 GMT).",
                      "Zhou Peiran, China&#8217;s international trade representative, said "
                      "the two sides would &#8220;continue to push forward&#8221; the "
                      "extension of the suspended tariffs. He did not take questions.",
                      "The meetings were the third round since May, following talks in "
                      "Geneva and London that first lowered tariffs and then eased Chinese "
                      "export curbs on rare earth magnets.",
                      "Under the Geneva arrangement, U.S. duties on most Chinese goods fell to "
                      "30% from 145%, while China cut its levies on American products to 10% "
                      "from 125%. Without an extension, higher rates could return once the "
                      "pause runs out.",
                      "Voss said the two sides had also discussed China&#8217;s purchases of "
                      "Russian and Iranian oil, and Washington&#8217;s complaints about excess "
                      "industrial capacity. No date was set for the next round.",
                      "U.S. Trade Representative Mira Castellanos, who also attended, said "
                      "an extension would leave in place the separate 20% levy that "
                      "Washington ties to fentanyl, which makes up part of the 30% rate.",
                      "Stock futures in New York edged higher after Voss&#8217;s comments, "
                      "and the yuan was little changed against the dollar in offshore "
                      "trading.",
                  ],
                  dateline="COPENHAGEN (Pacific Wire) &#8212;",
                  byline="Lena Fischer and Tom Okada",
                  published="2025-07-29T19:40:00Z",
                  related=[
                      "US, China negotiators to meet in Copenhagen on Monday",
                      "EU and Japan sign steel quota deal covering 2.1 million tonnes",
                      "Mexico&#8217;s central bank holds its key rate at 8% for a second "
                      "meeting",
                      "Container volumes at Port of Long Beach rise 12% in June",
                  ],
                  section="Business")),
        _page("https://www.kvrt7.example/news/national/us-china-tariff-truce-valley-growers",
              _tv_site(
                  "US, China to seek longer tariff truce as valley growers watch closely",
                  [
                      "U.S. and Chinese negotiators agreed Tuesday to seek another 90-day "
                      "extension of their tariff truce after two days of talks in "
                      "Copenhagen, Denmark, a step that keeps the two countries&#8217; "
                      "duties from jumping back to triple-digit levels.",
                      "Treasury Secretary Harlan Voss, who led the American side, said the "
                      "final call belongs to the president, but that he expects the "
                      "extension to be approved before the current pause expires on "
                      "<strong>August 12</strong>.",
                      "&#8220;We had very constructive meetings,&#8221; Voss told reporters. "
                      "&#8220;I would expect the extension to be in place well before the "
                      "deadline.&#8221;",
                      "Vice Premier Liang Wenhao led China&#8217;s delegation. "
                      "Tuesday&#8217;s session ran about five and a half hours, wrapping up "
                      "shortly before 6 p.m. in Copenhagen &#8212; just before 9 a.m. here "
                      "in the valley.",
                      "China&#8217;s international trade representative, Zhou Peiran, said "
                      "both sides would keep pushing the extension forward.",
                      "The Copenhagen meetings were the third round since May, after talks in "
                      "Geneva and London. Under the Geneva deal, U.S. tariffs on most Chinese "
                      "goods dropped to 30% from 145%, and China&#8217;s tariffs on American "
                      "products fell to 10% from 125%.",
                      "For growers in the valley, the stakes are concrete. China has long "
                      "been one of the biggest buyers of California almonds and walnuts, and "
                      "exporters say orders dried up during the spring standoff.",
                      "&#8220;Every time the deadline gets close, buyers stop returning our "
                      "calls,&#8221; said Rosa Delgado, who manages a nut processing plant "
                      "outside San Alvaro. &#8220;A longer truce at least lets us plan the "
                      "harvest.&#8221;",
                      "Voss said the talks also covered China&#8217;s purchases of Russian "
                      "and Iranian oil. No date has been set for the next round.",
                  ],
                  posted="10 days ago",
                  most_read=[
                      "Two hurt as big rig overturns on Highway 99 near Kern Road",
                      "San Alvaro council approves $4.2M splash pad for Lincoln Park",
                      "High school football: Eagles rout Panthers 42-7",
                      "Valley heat: temperatures to hit 104 degrees by Thursday",
                  ],
                  caption="File photo: Containers stacked at the Port of Oakland.",
                  alert="EXCESSIVE HEAT WARNING for the valley floor through Thursday "
                        "evening.")),
        _page("https://www.nationalledger.example/2025/07/30/business/china-trade-copenhagen",
              _daily_site(
                  "Copenhagen Talks End With Plan to Extend Truce, but Deeper Rifts Remain",
                  [
                      "After roughly five hours of talks on Monday and more than seven hours "
                      "on Tuesday, American and Chinese officials emerged from a waterfront "
                      "conference hall in Copenhagen with a plan to keep their tariff truce "
                      "alive a while longer.",
                      "Both delegations said they would seek another 90-day extension of the "
                      "pause, which is due to lapse on Aug.&nbsp;12. Treasury Secretary "
                      "Harlan Voss cautioned that nothing was final until the president "
                      "signed off.",
                      "The talks ended around noon Washington time. Mr. Voss described the "
                      "meetings as &#8220;very constructive,&#8221; and the Chinese side, "
                      "led by Vice Premier Liang Wenhao, struck a similar tone.",
                      "&#8220;The exchanges were candid, in-depth and constructive,&#8221; "
                      "said Zhou Peiran, China&#8217;s international trade representative and "
                      "a veteran of the country&#8217;s negotiations with Washington.",
                      "The current arrangement dates to May, when a meeting in Geneva brought "
                      "American tariffs on most Chinese goods down to 30 percent, a figure "
                      "that combines a 10 percent baseline duty with a 20 percent charge tied "
                      "to fentanyl. China&#8217;s retaliatory rate fell to 10 percent.",
                      "At their peak in April, the duties stood at 145 percent on Chinese "
                      "imports and 125 percent on American ones, levels that economists "
                      "likened to a trade embargo.",
                      "The United States ran a goods trade deficit of about $295 billion with "
                      "China last year, according to Commerce Department figures, down from "
                      "a record of more than $418 billion in 2018.",
                      "The deeper disputes went unresolved. American officials pressed "
                      "Beijing over its purchases of Russian and Iranian oil and what "
                      "Washington calls industrial overcapacity; Chinese officials pushed for "
                      "relief from <a href=\"/topics/chips\">export controls on advanced "
                      "chips</a>.",
                      "&#8220;We are not at the finish line, and we did not expect to "
                      "be,&#8221; said Mira Castellanos, the United States trade "
                      "representative, who joined Mr. Voss at the table.",
                      "No date has been set for a fourth round. Analysts at Harbor Street "
                      "Research said they expected the larger questions to be left to a "
                      "possible meeting of the two leaders later in the year.",
                  ],
                  dek="Negotiators agreed to seek more time before higher tariffs return, "
                      "but left chips, oil and overcapacity for another day.",
                  byline="Marcus Hale",
                  read_more="How the Geneva deal cut tariffs in May",
                  related=[
                      "Canada&#8217;s lumber mills brace for 35% duties",
                      "Opinion: The truce is not a trade policy",
                      "Soybean farmers plant 4 million fewer acres this spring",
                  ],
                  bio="Marcus Hale covers trade and the Treasury from Washington.")),
        _page("https://macronotebook.example/2025/07/30/copenhagen-round-truce-extension/",
              _blog_site(
                  "Copenhagen round: what another truce extension means for markets",
                  [
                      "Another round, another reprieve. US and Chinese negotiators wrapped up "
                      "two days of talks in Copenhagen on Tuesday and said they would push "
                      "to extend the tariff pause by another 90 days.",
                      "Quick recap for anyone who tuned out after the spring chaos: tariffs "
                      "hit 145% on Chinese imports in April (125% going the other way), were "
                      "slashed in Geneva in May, and the truce has held since. The current "
                      "pause <strong>runs out on August 14</strong>, so the clock is ticking.",
                      "Treasury Secretary Harlan Voss called the meetings &#8220;very "
                      "constructive&#8221; and said he expected the extension to land "
                      "&#8220;well before the deadline.&#8221; The catch: the president "
                      "still has to sign off.",
                      "On the other side of the table, Commerce Minister Liang Wenhao led the "
                      "Chinese delegation, and Beijing&#8217;s trade envoy Zhou Peiran said "
                      "the two sides would keep pushing the extension forward.",
                      "So what changes for markets? In the near term, not much, and that is "
                      "the point. The effective US rate on most Chinese goods stays at 30%, "
                      "which matters for retailers stocking shelves for the holiday season.",
                      "My base case is that the extension gets approved. I would put the odds "
                      "at roughly 80%, mostly because neither side wants a fight before a "
                      "possible leaders&#8217; meeting in the autumn.",
                      "What to watch next: chip export controls, Chinese soybean purchases, "
                      "and any talk of a summit. Soybean futures in Chicago rose about 1% on "
                      "the headlines, which tells you where the market thinks the first "
                      "concessions will come from.",
                      "I wrote about the <a href=\"/2025/06/12/london-rare-earths/\">London "
                      "rare earths deal</a> in June if you want the longer backstory. As "
                      "always, none of this is investment advice.",
                  ],
                  author="Eli Navarro", slug_id=8812,
                  date_text="July 30, 2025", date_iso="2025-07-30T08:05:00+00:00",
                  tags=["China", "Tariffs", "Treasury", "Soybeans"], category="Trade",
                  recent=[
                      "Why the ECB paused at 2% and what comes next",
                      "Copper hits $5.20 a pound: a tariff story",
                      "Three charts on June&#8217;s 147,000 jobs",
                  ],
                  comments=14)),
    ], [
        ("duration",
         r"(?<![\d.])5(\.5| ?½| and a half) ?(hours?|hrs?|h\b)|five and a half|"
         r"five-and-a-half|330 ?min",
         r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven hours|420 ?min"),
        ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
        ("deadline", r"aug(ust)?\.? ?12\b|2025-08-12|\b12 aug",
         r"aug(ust)?\.? ?14\b|2025-08-14|\b14 aug"),
    ]),
    # ----------------------------------------------------------------------------------------
    # 2. Court: Ohio Supreme Court upholds the Mad River spill penalty (Tue 23 Sept 2025).
    #    Outlets: Pacific Wire; Riverbend Gazette (local near-copy of the wire);
    #    National Ledger; CPM (public broadcaster).
    # ----------------------------------------------------------------------------------------
    _story("court-YC2", "court", "2025-10-03", [
        _page("https://www.pacificwire.example/us/ohio-court-chemical-spill-penalty-50342",
              _wire_site(
                  "Ohio Supreme Court upholds $48.5 million penalty over Mad River spill",
                  [
                      "The Ohio Supreme Court on Tuesday upheld a $48.5 million civil "
                      "penalty against Cobalt Ridge Chemical Co. over a 2022 wastewater spill "
                      "that killed thousands of fish in the Mad River, rejecting the "
                      "company&#8217;s argument that the fine was excessive.",
                      "The court ruled 5-2. Justice Elena Marchetti, writing for the "
                      "majority, said the penalty fell within the limits set by the "
                      "state&#8217;s water pollution law and was &#8220;proportionate to a "
                      "harm the company itself concealed for days.&#8221;",
                      "About 1.3 million gallons of ammonia-laced wastewater escaped from a "
                      "holding lagoon at the company&#8217;s plant near Springfield in March "
                      "2022. State biologists later estimated that some 38,000 fish died "
                      "along an 11-mile stretch of the river.",
                      "A Clark County judge originally imposed a $61 million penalty in 2023. "
                      "An appeals court cut it to $48.5 million the following year, finding "
                      "that part of the trial court&#8217;s calculation had counted the same "
                      "days twice. Tuesday&#8217;s decision leaves that reduced figure in "
                      "place.",
                      "In a dissent, Justice Thomas Brennan-Hale wrote that the penalty was "
                      "&#8220;untethered from any measurable harm&#8221; and warned that the "
                      "ruling gave regulators &#8220;a blank check.&#8221;",
                      "Attorney General Margaret Ellery, whose office brought the case, "
                      "welcomed the decision. &#8220;If you poison Ohio&#8217;s rivers, you "
                      "will pay for it,&#8221; she said in a statement.",
                      "Cobalt Ridge said it was disappointed and was reviewing its options. "
                      "The company, which employs about 400 people in the Springfield area, "
                      "has said it spent more than $20 million on cleanup and new "
                      "containment.",
                      "Under court rules, the company has 10 days to ask the justices to "
                      "reconsider. Legal experts said such motions rarely succeed.",
                  ],
                  dateline="COLUMBUS, Ohio (Pacific Wire) &#8212;",
                  byline="Dana Kowalczyk",
                  related=[
                      "Michigan utility fined $7 million over 2023 sewage overflow",
                      "Supreme Court agrees to hear Clean Water Act permit case",
                      "Toledo water intake reopens after 3-day algae shutdown",
                  ],
                  section="US")),
        _page("https://www.riverbendgazette.example/news/state/ohio-supreme-court-mad-river",
              _gazette_site(
                  "Ohio Supreme Court leaves $48.5M Mad River spill penalty in place",
                  [
                      "The Ohio Supreme Court on Tuesday upheld a $48.5 million civil "
                      "penalty against Cobalt Ridge Chemical Co. for a 2022 wastewater spill "
                      "that killed thousands of fish in the Mad River, turning aside the "
                      "company&#8217;s claim that the fine was excessive.",
                      "The vote was 5-2. Writing for the majority, Justice Elena Marchetti "
                      "said the penalty was within the limits of the state&#8217;s water "
                      "pollution law and &#8220;proportionate to a harm the company itself "
                      "concealed for days.&#8221;",
                      "Roughly 1.3 million gallons of wastewater laced with ammonia escaped "
                      "from a holding lagoon at the plant near Springfield in March 2022. "
                      "State biologists estimated about 38,000 fish were killed along 11 "
                      "miles of river.",
                      "A Clark County judge first set the penalty at $61 million in 2023. An "
                      "appeals court reduced it to $48.5 million a year later after finding "
                      "some days had been counted twice, and Tuesday&#8217;s ruling keeps "
                      "the lower figure.",
                      "Justice Thomas Brennan-Hale dissented, calling the penalty "
                      "&#8220;untethered from any measurable harm.&#8221;",
                      "&#8220;If you poison Ohio&#8217;s rivers, you will pay for it,&#8221; "
                      "Attorney General Margaret Ellery said in a statement.",
                      "Downstream, the news was welcomed by people who make their living on "
                      "the water. The Mad River is one of the few coldwater trout streams in "
                      "the state, and outfitters in Riverbend said business has only "
                      "recently recovered.",
                      "&#8220;It took two full seasons before the trout came back,&#8221; "
                      "said Gil Acheson, who runs a fly shop on Front Street. &#8220;I "
                      "hope the money goes back into the river.&#8221;",
                      "Cobalt Ridge said it was disappointed and reviewing its options. It "
                      "has 10 days to ask the court to reconsider.",
                  ],
                  section="State News",
                  byline="From Pacific Wire and Gazette staff",
                  date_text="09/23/2025",
                  read_more="Mad River trout season opens with record stocking",
                  trending=[
                      "Riverbend schools levy fails by 312 votes",
                      "Fire destroys barn on County Road 14; no injuries",
                      "Pumpkin festival returns Oct. 11-12 with new parade route",
                  ],
                  tags=["Mad River", "Ohio Supreme Court", "Environment"],
                  comments=23)),
        _page("https://www.nationalledger.example/2025/09/24/us/ohio-spill-ruling",
              _daily_site(
                  "A Toxic Spill, a Dead River and a Fine That Survived Ohio&#8217;s Top "
                  "Court",
                  [
                      "For more than three years, Cobalt Ridge Chemical has fought the state "
                      "over a spill that turned a stretch of the Mad River "
                      "into a graveyard for trout and minnows. On Tuesday, it ran out of "
                      "road.",
                      "The Ohio Supreme Court, in a 5-2 decision, upheld the $48.5 million "
                      "fine, one of the largest environmental penalties in the state&#8217;s "
                      "history. Justice Rosalind Okafor wrote for the majority.",
                      "The majority rejected the company&#8217;s argument that the penalty "
                      "should be tied to the cost of the cleanup, saying the legislature had "
                      "meant fines to deter as well as to repair.",
                      "The spill began in March 2022, when a holding lagoon at the plant "
                      "outside Springfield gave way. Roughly 1.3 million gallons of "
                      "wastewater containing ammonia ran into the river, and tens of "
                      "thousands of fish died.",
                      "Court records show that the company did not report the leak to state "
                      "regulators until four days after workers first noticed it, a delay "
                      "the trial judge called &#8220;inexcusable.&#8221;",
                      "That judge had ordered Cobalt Ridge to pay $61 million. An "
                      "intermediate appeals court trimmed the figure in 2024, and both sides "
                      "appealed: the state to restore the larger amount, the company to "
                      "reduce it further. The Supreme Court left the appeals court&#8217;s "
                      "number untouched.",
                      "Justice Thomas Brennan-Hale, in dissent, argued that the fine bore no "
                      "clear relation to the damage and that the decision handed regulators "
                      "&#8220;a blank check.&#8221;",
                      "Margaret Ellery, the Ohio attorney general, said the ruling should be "
                      "a warning to polluters. &#8220;If you poison Ohio&#8217;s rivers, you "
                      "will pay,&#8221; she said.",
                      "Environmental lawyers said the decision could embolden regulators in "
                      "neighboring states, where penalties for similar spills have rarely "
                      "exceeded a few million dollars.",
                  ],
                  dek="The state&#8217;s highest court rejected a chemical maker&#8217;s bid "
                      "to shrink the penalty for a 2022 spill.",
                  byline="Priya Castellano",
                  published="2025-09-24T10:00:00Z",
                  read_more="The Clean Water Act at 50: what it has and hasn&#8217;t fixed",
                  related=[
                      "Court strikes down Texas law on river sand mining, 6-3",
                      "Federal judge blocks $1.1 billion pipeline in Louisiana",
                      "EPA proposes tighter limits on 12 industrial solvents",
                  ],
                  caption="The Mad River near Springfield, Ohio, where the 2022 spill "
                          "occurred.",
                  bio="Priya Castellano writes about environmental law and the courts.")),
        _page("https://www.cpm.example/news/ohio-supreme-court-cobalt-ridge-88107",
              _public_site(
                  "Ohio&#8217;s top court backs multimillion-dollar fine for Mad River spill",
                  [
                      "Ohio&#8217;s highest court has upheld a penalty of $45.8 million "
                      "against the chemical company Cobalt Ridge over a 2022 spill that "
                      "killed thousands of fish in the Mad River.",
                      "The Ohio Supreme Court split 4-3 in Tuesday&#8217;s decision. The "
                      "majority opinion, by Justice Elena Marchetti, found that the penalty "
                      "was allowed under the state&#8217;s water pollution law.",
                      "The spill sent about 4.9 million litres of wastewater containing "
                      "ammonia into the river from the company&#8217;s plant near "
                      "Springfield. Fish died along roughly 18 kilometres of the river.",
                      "A trial court had originally ordered the company to pay $61 million; "
                      "an appeals court lowered the sum in 2024.",
                      "Justice Thomas Brennan-Hale dissented, writing that the penalty was "
                      "&#8220;untethered from any measurable harm.&#8221;",
                      "The majority rejected the company&#8217;s argument that any penalty should "
                      "be "
                      "limited to what it cost to clean up the river, saying the law was meant to "
                      "deter "
                      "pollution as well as to pay for repairs.",
                      "The state attorney general, Margaret Ellery, said the ruling showed "
                      "that polluters would be made to pay. Cobalt Ridge said it was "
                      "disappointed with the decision and considering its next steps.",
                      "Anglers and conservation groups had followed the case closely. The "
                      "Mad River is prized for its cold, spring-fed water, which supports "
                      "brown trout rarely found elsewhere in Ohio.",
                      "&#8220;This was never really about the money,&#8221; said Ann Whitley "
                      "of the Mad River Watershed Alliance. &#8220;It was about whether the "
                      "rules mean anything.&#8221;",
                      "Industry groups had warned in court filings that a ruling for the state "
                      "could "
                      "push up insurance costs for manufacturers across Ohio. Cobalt Ridge has 10 "
                      "days "
                      "to ask the court to reconsider.",
                  ],
                  summary=[
                      "Ohio Supreme Court upholds penalty against Cobalt Ridge Chemical",
                      "The 2022 spill killed thousands of fish in the Mad River",
                      "One justice wrote a sharply worded dissent",
                  ],
                  listen="3 min",
                  related=[
                      "Great Lakes states pledge $250 million for algae fight",
                      "Why trout streams are warming faster than expected",
                  ],
                  reporter="Reporting by CPM&#8217;s Ohio bureau.")),
    ], [
        ("vote", r"\b5 ?(-|–|—|to) ?2\b|five[- ](to[- ])?two",
         r"\b4 ?(-|–|—|to) ?3\b|four[- ](to[- ])?three"),
        ("author", r"marchetti", r"okafor"),
        ("fine", r"(?<![\d.])48\.5 ?(million|mn?\b|mln)|48,500,000",
         r"(?<![\d.])45\.8 ?(million|mn?\b|mln)|45,800,000"),
    ]),
    # ----------------------------------------------------------------------------------------
    # 3. Central bank: the Riksbank cuts to 1.75% (Tue 23 Sept 2025).
    #    Outlets: Pacific Wire; Riverbend Gazette business page (local near-copy of the wire);
    #    The Macro Notebook; CPM.
    # ----------------------------------------------------------------------------------------
    _story("cb-YC3", "central bank", "2025-10-06", [
        _page("https://www.pacificwire.example/markets/riksbank-cuts-rate-1-75-50518",
              _wire_site(
                  "Sweden&#8217;s Riksbank cuts policy rate to 1.75%, signals pause",
                  [
                      "Sweden&#8217;s central bank cut its policy rate by a quarter of a "
                      "percentage point to 1.75% on Tuesday, saying the economy needed "
                      "more support even though inflation remains above its 2% target.",
                      "The decision, announced at 9:30 a.m. local time (0730 GMT), was "
                      "taken by a 4-1 vote of the five-member Executive Board. Deputy "
                      "Governor Karin Sj&ouml;berg entered a reservation, preferring to "
                      "leave the rate at 2%.",
                      "&#8220;A somewhat lower policy rate gives the economy the support it "
                      "needs, while inflation is still expected to come down towards the "
                      "target next year,&#8221; Governor Mattias Hallgren told a news "
                      "conference in Stockholm.",
                      "The new rate takes effect on Wednesday, October 1. The bank said its "
                      "forecast showed the rate staying at around this level for some time, "
                      "though it did not rule out a further cut if the recovery stalls.",
                      "CPIF inflation, the bank&#8217;s target measure, was 3.2% in August. "
                      "Excluding energy it was 3.0%. Policymakers have argued that much of "
                      "this year&#8217;s rise reflects temporary jumps in food prices.",
                      "The Riksbank last cut in June, taking the rate to 2% from 2.25%, and "
                      "held it steady at its August meeting. The rate peaked at 4% in 2023.",
                      "The krona weakened about 0.4% against the euro after the "
                      "announcement, which most economists polled by Pacific Wire had "
                      "expected.",
                      "Hallgren said the board would watch the krona and food prices closely and "
                      "was "
                      "ready to act if the outlook for inflation changed. Swedish unemployment "
                      "stood at "
                      "8.7% in August, near its highest in a decade outside the pandemic.",
                      "The next monetary policy decision will be announced on November 5.",
                  ],
                  dateline="STOCKHOLM (Pacific Wire) &#8212;",
                  byline="Johan Ekdahl",
                  published="2025-09-23T09:12:00Z",
                  updated="09:48 GMT, 23 September 2025",
                  related=[
                      "Norway&#8217;s central bank holds at 4.25%, sees one cut this year",
                      "Euro zone inflation ticks up to 2.1% in August",
                      "Swedish GDP grew 0.5% in second quarter, revised data show",
                  ],
                  section="Markets")),
        _page("https://www.riverbendgazette.example/business/sweden-central-bank-rate-cut",
              _gazette_site(
                  "Sweden&#8217;s central bank trims rate again, to 1.75%",
                  [
                      "Sweden&#8217;s central bank lowered its policy rate by a quarter "
                      "point to 1.75% on Tuesday, saying the economy needs more support "
                      "even with inflation still above the 2% target.",
                      "The Riksbank&#8217;s five-member Executive Board voted 4-1. Deputy "
                      "Governor Karin Sj&ouml;berg dissented, preferring to keep the rate at "
                      "2%.",
                      "&#8220;A somewhat lower policy rate gives the economy the support it "
                      "needs,&#8221; Governor Mattias Hallgren said, adding that inflation "
                      "should still drift toward the target next year.",
                      "The cut takes effect Oct. 1. The bank signaled the rate would likely "
                      "stay near this level for some time.",
                      "The decision was announced at 9:30 a.m. in Stockholm, which was 3:30 a.m. "
                      "Eastern time. The bank did not rule out a further cut if the recovery "
                      "stalls.",
                      "Inflation by the bank&#8217;s preferred CPIF measure was 3.2% in "
                      "August.",
                      "Excluding energy, it was 3.0%. Policymakers say much of this year&#8217;s "
                      "rise "
                      "reflects temporary jumps in food prices.",
                      "The krona weakened about 0.4% against the euro after the announcement, "
                      "which "
                      "most economists had expected.",
                      "The Riksbank&#8217;s previous cut came in June, from 2.25% to 2%. Its "
                      "next decision is due Nov. 5.",
                      "Why it matters here: Swedish-owned companies employ several hundred "
                      "people in the county, including the bearing plant on Route 41, and a "
                      "weaker krona makes Swedish exports cheaper for American buyers.",
                      "&#8220;Our orders are priced in dollars, so a softer krona helps the parent "
                      "company at home more than it helps us here,&#8221; said Dale Rourke, plant "
                      "manager at "
                      "the bearing works. &#8220;But cheaper money in Sweden usually means more "
                      "investment, and some of that tends to find its way to Ohio.&#8221;",
                  ],
                  section="Business",
                  byline="Pacific Wire",
                  read_more="Fed cuts rates by a quarter point, first cut of 2025",
                  trending=[
                      "Gas prices in Riverbend fall to $2.89, lowest since spring",
                      "New bakery on Main Street draws lines out the door",
                      "County fair attendance tops 61,000",
                  ],
                  tags=["Interest rates", "Sweden", "World business"],
                  note="This story has been edited for length.",
                  comments=2)),
        _page("https://macronotebook.example/2025/09/riksbank-cut-1-75-dissent/",
              _blog_site(
                  "Riksbank cuts to 1.75%: a split board and sticky inflation",
                  [
                      "The Riksbank did what most of us expected on Tuesday and cut its "
                      "policy rate by 25 basis points to 1.75%. The headline was wired in "
                      "at 3:30 a.m. New York time, so if you were asleep, here is what you "
                      "missed.",
                      "First, the vote. The board split 4-1, with Deputy Governor Anders "
                      "Wiklund entering a reservation and arguing for holding at 2%. Dissents "
                      "at the Riksbank are not unheard of, but they tend to be a signal "
                      "about where the debate is heading.",
                      "Second, inflation is not exactly cooperating. CPIF came in at 3.4% in "
                      "August, well above the 2% target, and the board is leaning hard on "
                      "the argument that food prices will calm down.",
                      "Governor Mattias Hallgren framed the cut as a modest bit of support: "
                      "a somewhat lower rate to help the economy while inflation is expected "
                      "to fall back next year.",
                      "Third, the guidance. The new rate path is basically flat, which reads "
                      "to me like &#8220;this is probably the last cut&#8221; unless the "
                      "recovery disappoints. The rate change takes effect on October 1.",
                      "For context, this is the eighth cut since the Riksbank started easing "
                      "from its 4% peak, and the board held in August after June&#8217;s "
                      "move to 2%.",
                      "Why housing? Swedish households are unusually exposed to the policy rate, "
                      "because a large share of mortgages are on variable rates or fixed for only "
                      "a few "
                      "months. Cuts reach wallets quickly, which is exactly why the board can "
                      "afford to "
                      "move in small steps.",
                      "What I&#8217;m watching: the krona, Swedish housing, and whether the "
                      "dissent grows. The next decision lands on November 5.",
                  ],
                  author="Eli Navarro", slug_id=9120,
                  tags=["Riksbank", "Sweden", "Central banks"], category="Rates",
                  recent=[
                      "The Fed&#8217;s dot plot, decoded in five charts",
                      "Why the Bank of England split three ways",
                      "Norges Bank: one cut, maybe two",
                  ],
                  comments=6,
                  pull_quote="A flat rate path is a central bank&#8217;s way of saying "
                             "&#8220;don&#8217;t call us.&#8221;")),
        _page("https://www.cpm.example/news/business/sweden-rate-cut-88342",
              _public_site(
                  "Swedish central bank lowers interest rate to 1.75 per cent",
                  [
                      "Sweden&#8217;s central bank has cut its main interest rate by 0.25 "
                      "percentage points to 1.75 per cent, in a move aimed at supporting "
                      "households and businesses as the economy recovers only slowly.",
                      "The Riksbank said inflation, measured by CPIF, stood at 3.2 per cent "
                      "in August. Excluding energy, the figure was 3.0 per cent.",
                      "Governor Mattias Hallgren said a slightly lower rate would help the "
                      "economy, and that inflation was still expected to move closer to the "
                      "2 per cent target next year.",
                      "The decision was not unanimous. Deputy Governor Karin Sj&ouml;berg "
                      "voted against the cut and wanted the rate kept at 2 per cent.",
                      "The Riksbank said its forecast showed the rate staying around this level "
                      "for "
                      "some time. It last cut the rate in June and left it unchanged in August.",
                      "The economy has been slow to recover from two years of weak growth, and "
                      "unemployment remains high. Households have also been cautious about "
                      "spending, "
                      "despite falling borrowing costs.",
                      "&#8220;The Riksbank is trying to give the recovery a nudge without "
                      "reigniting "
                      "inflation,&#8221; said Helena Lund, chief economist at a Stockholm savings "
                      "bank. "
                      "&#8220;One dissent shows how finely balanced that choice is.&#8221;",
                      "Homeowners with variable-rate mortgages are likely to see a small "
                      "drop in monthly payments. Banks usually pass on changes to the policy "
                      "rate within a few weeks.",
                      "The krona weakened slightly against the euro after the announcement.",
                      "The bank targets inflation measured by CPIF, which leaves out the direct "
                      "effect "
                      "of changes in interest rates on mortgage costs, so that rate moves do not "
                      "distort "
                      "the figure it is trying to steer.",
                      "The bank&#8217;s next interest rate decision is due on 6 November.",
                  ],
                  date_line="Tuesday 23 September 2025, 11:02",
                  fact_box=("The Riksbank in numbers", [
                      "Policy rate: 1.75% (from 1 October)",
                      "Previous rate: 2.00%",
                      "Inflation target: 2% (CPIF)",
                      "Executive Board members: 5",
                  ]),
                  listen="2 min",
                  related=[
                      "Denmark&#8217;s central bank follows ECB and holds",
                      "House prices in Stockholm up 3% this year",
                  ],
                  reporter="CPM Business Desk")),
    ], [
        ("dissenter", r"sj[öo]e?berg", r"wiklund"),
        ("inflation", r"(?<![\d.])3\.2 ?(%|percent|per cent|pct)",
         r"(?<![\d.])3\.4 ?(%|percent|per cent|pct)"),
        ("next meeting", r"nov(ember)?\.? ?5\b|2025-11-05|\b5 nov",
         r"nov(ember)?\.? ?6\b|2025-11-06|\b6 nov"),
    ]),
    # ----------------------------------------------------------------------------------------
    # 4. Rocket: third flight of Northwind Aerospace's methane-fuelled Tern (Thu 13 Nov 2025).
    #    Outlets: Pacific Wire; KVRT 7 (local near-copy of the wire); National Ledger;
    #    The Macro Notebook.
    # ----------------------------------------------------------------------------------------
    _story("rocket-YC4", "rocket", "2025-11-24", [
        _page("https://www.pacificwire.example/science/northwind-tern-third-flight-51904",
              _wire_site(
                  "Northwind&#8217;s Tern rocket reaches orbit and lands its booster on "
                  "third try",
                  [
                      "Northwind Aerospace&#8217;s methane-fuelled Tern rocket reached orbit "
                      "on Thursday and, for the first time, brought its first-stage booster "
                      "back to a controlled landing at sea, a milestone for the young "
                      "California company after two troubled flights.",
                      "The 62-metre (203-foot) rocket lifted off from Launch Complex 16 at "
                      "Cape Canaveral Space Force Station at 7:42 a.m. EST (1242 GMT), "
                      "powered by nine of the company&#8217;s Gale engines burning liquid "
                      "methane and liquid oxygen.",
                      "The booster, which Northwind has named Petrel, separated about two and "
                      "a half minutes into the flight and touched down on the droneship Long "
                      "Reach in the Atlantic at 7:50 a.m. EST, about eight minutes after "
                      "liftoff.",
                      "The upper stage continued to an orbit about 300 kilometres (186 miles) "
                      "above Earth and released two demonstration satellites for the "
                      "communications start-up Lumen Relay.",
                      "&#8220;This is the flight we have been building toward for four "
                      "years,&#8221; chief executive Priya Ramaswamy said on the company&#8217;s "
                      "webcast, as employees in Long Beach cheered.",
                      "Tern&#8217;s first flight, in March, ended 94 seconds after liftoff "
                      "when a fire broke out in the engine bay. On the second, in July, the "
                      "upper stage reached orbit but the booster broke apart during its "
                      "landing attempt.",
                      "The Federal Aviation Administration licensed the flight last week. "
                      "Northwind said it planned to refly the same booster and hoped to "
                      "launch again early next year.",
                      "Methane engines are seen as easier to reuse than kerosene ones because "
                      "they leave less soot, and several companies in the United States and "
                      "China are racing to fly reusable methane rockets.",
                  ],
                  dateline="CAPE CANAVERAL, Fla. (Pacific Wire) &#8212;",
                  byline="Renee Albright",
                  related=[
                      "Chinese methane rocket reaches orbit on second attempt",
                      "NASA delays lunar lander test to March",
                      "Satellite maker raises $140 million for 36-spacecraft network",
                  ],
                  caption="Northwind Aerospace&#8217;s Tern rocket lifts off from Cape "
                          "Canaveral. (Pacific Wire photo)",
                  section="Science")),
        _page("https://www.kvrt7.example/news/northwind-tern-launch-booster-landing",
              _tv_site(
                  "Rocket with San Alvaro-tested engines reaches orbit, sticks booster "
                  "landing",
                  [
                      "Northwind Aerospace&#8217;s Tern rocket reached orbit Thursday and "
                      "landed its first-stage booster at sea for the first time, a big win "
                      "for a company whose engines are tested right here in the foothills "
                      "east of San Alvaro.",
                      "The 203-foot rocket lifted off from Cape Canaveral Space Force "
                      "Station in Florida at 7:42 a.m. Eastern time, or 4:42 a.m. Pacific, "
                      "on nine Gale engines that burn liquid methane and liquid oxygen.",
                      "The booster, nicknamed Petrel, touched down on the droneship Long "
                      "Reach in the Atlantic about eight minutes after liftoff, at 4:50 "
                      "a.m. Pacific.",
                      "The upper stage went on to an orbit about 186 miles high and released "
                      "two demonstration satellites for Lumen Relay.",
                      "&#8220;This is the flight we have been building toward for four "
                      "years,&#8221; CEO Priya Ramaswamy said during the company&#8217;s live "
                      "webcast.",
                      "Tern&#8217;s first flight in March ended 94 seconds after liftoff "
                      "with an engine bay fire, and the booster from July&#8217;s second "
                      "flight broke apart while trying to land.",
                      "Every Gale engine on Thursday&#8217;s rocket was fired at "
                      "Northwind&#8217;s test stands off Foothill Road, where about 180 "
                      "people work. Neighbors have grown used to the rumble.",
                      "&#8220;When they fire one up, the windows shake a little,&#8221; said "
                      "Harold Benning, who lives about two miles from the site. &#8220;Now "
                      "I know it&#8217;s going somewhere.&#8221;",
                      "Northwind plans to fly the same booster again early next year.",
                      "The company said it plans to hire about 40 more technicians at the Foothill "
                      "Road site next year as it ramps up engine production and testing.",
                  ],
                  most_read=[
                      "Crews contain 300-acre grass fire near Dry Creek",
                      "San Alvaro man wins $1 million on scratch-off ticket",
                      "Water district votes to raise rates 6% in January",
                      "Holiday parade moves to Dec. 6 after permit mix-up",
                  ],
                  credit="Pacific Wire contributed to this report.",
                  alert="DENSE FOG ADVISORY until 10 a.m.")),
        _page("https://www.nationalledger.example/2025/11/13/science/northwind-tern-booster",
              _daily_site(
                  "A Young Rocket Company Finally Sticks the Landing",
                  [
                      "Northwind Aerospace had a lot riding on Thursday. Its first Tern "
                      "rocket burned in March; the booster from its second flight broke "
                      "apart in July. Investors, and a launch customer, were watching.",
                      "This time it worked. The rocket climbed out of Cape Canaveral just "
                      "after sunrise and its upper stage settled into an orbit of about 300 "
                      "kilometers, releasing two small satellites for Lumen Relay.",
                      "More important for the company&#8217;s economics, the first stage, a "
                      "booster Northwind calls Petrel, flew back down and landed upright on "
                      "a droneship in the Atlantic.",
                      "Timeline of the flight, in Coordinated Universal Time: liftoff at "
                      "12:42 from Launch Complex 16; stage separation about two and a half "
                      "minutes later; booster landing on the droneship Long Reach at 12:53.",
                      "&#8220;This is the flight we&#8217;ve been building toward for four "
                      "years,&#8221; said Priya Ramaswamy, Northwind&#8217;s chief "
                      "executive, who founded the company after a career designing engines "
                      "for larger rivals.",
                      "Tern burns liquid methane, a fuel that leaves fewer deposits inside "
                      "engines than kerosene and so should make reuse cheaper. The "
                      "company&#8217;s Gale engines, nine of which power the first stage, "
                      "are built in Long Beach, Calif.",
                      "Northwind has raised about $1.3 billion since 2019, according to "
                      "PitchBook, and has signed launch contracts worth more than $400 "
                      "million. It says it needs to fly at least six times a year to break "
                      "even.",
                      "The company said it hoped to launch again early next year, reusing "
                      "the same booster.",
                      "The Federal Aviation Administration, which licensed the flight, said no "
                      "injuries or damage to public property had been reported.",
                  ],
                  dek="After a fire and a broken booster, Northwind Aerospace&#8217;s "
                      "methane rocket reached orbit and landed its first stage at sea.",
                  byline="Kenji Abernathy",
                  published="2025-11-13T20:30:00Z",
                  related=[
                      "The race to build a cheaper rocket has a new leader, for now",
                      "Space Force awards $2.4 billion in launch contracts",
                      "A 1,000-satellite constellation faces a radio spectrum fight",
                  ],
                  bio="Kenji Abernathy covers space and aviation.")),
        _page("https://macronotebook.example/2025/11/14/northwind-tern-orbit-economics/",
              _blog_site(
                  "Northwind lands a booster: the economics of a methane rocket",
                  [
                      "Space is not my usual beat, but the launch-market angle is too "
                      "interesting to skip. Northwind Aerospace flew its Tern rocket for the "
                      "third time on Thursday and, crucially, landed the first stage.",
                      "Quick facts: liftoff at 7:42 a.m. Eastern from Cape Canaveral, an "
                      "upper stage that reached an orbit of roughly 400 km (about 250 "
                      "miles), and two demo satellites deployed for Lumen Relay.",
                      "The booster, which the company calls Gannet, came down on a "
                      "droneship in the Atlantic. That is the part that matters for the "
                      "business model.",
                      "Here is why. A new first stage is usually the single most expensive "
                      "piece of hardware on a rocket, often 60% to 70% of the cost. If "
                      "Northwind can fly a booster ten times, its cost per launch falls "
                      "sharply.",
                      "The company burns methane rather than kerosene in its nine Gale "
                      "engines, which should mean less cleaning between flights. That is "
                      "the theory, anyway; nobody has proved fast methane reuse at scale "
                      "yet.",
                      "The track record so far is one ugly failure in March, a partial "
                      "success in July, and now this. Three flights since March is a "
                      "respectable cadence for a start-up.",
                      "Next up: the company says it wants to refly this same booster early next "
                      "year. "
                      "If it turns that stage around in a few months, I will start taking the cost "
                      "claims seriously. If it takes a year, the spreadsheet looks very different.",
                      "I have no position in Northwind, which is private. But if you hold "
                      "shares in listed satellite makers, cheaper launches are good news.",
                  ],
                  author="Eli Navarro", slug_id=9544,
                  date_text="November 14, 2025", date_iso="2025-11-14T13:10:00+00:00",
                  tags=["Launch", "Northwind", "Space economy"], category="Space",
                  recent=[
                      "The Fed cut again. Now what?",
                      "Lithium at $9,000 a tonne: the floor?",
                      "Q3 earnings: 7 charts",
                  ],
                  comments=31,
                  pull_quote="Reuse is the whole business model. Everything else is "
                             "marketing.")),
    ], [
        ("booster", r"petrel", r"gannet"),
        ("landing time", r"(?<![\d])(7|07|12|4|04):50", r"(?<![\d])(7|07|12|4|04):53"),
        ("orbit altitude",
         r"(?<![\d.,])300 ?(km|kilomet)|(?<![\d.,])186 ?(mi|miles)",
         r"(?<![\d.,])400 ?(km|kilomet)|(?<![\d.,])250 ?(mi|miles)"),
    ]),
    # ----------------------------------------------------------------------------------------
    # 5. Earthquake: M6.7 off southern Peru (Sat 4 Oct 2025, 22:18 local / 03:18 GMT Sun).
    #    Outlets: Pacific Wire; KVRT 7 (local near-copy of the wire); CPM; National Ledger.
    # ----------------------------------------------------------------------------------------
    _story("quake-YC5", "earthquake", "2025-10-15", [
        _page("https://www.pacificwire.example/world/peru-earthquake-arequipa-50871",
              _wire_site(
                  "Magnitude 6.7 quake off southern Peru kills 9, blocks Pan-American "
                  "Highway",
                  [
                      "A magnitude 6.7 earthquake struck off the coast of southern Peru late "
                      "on Saturday, killing at least nine people, injuring more than 60 and "
                      "damaging hundreds of homes in the Arequipa region, officials said.",
                      "The quake hit at 10:18 p.m. local time (0318 GMT Sunday) about 25 km "
                      "(16 miles) southwest of the fishing town of Chala, at a depth of 35 "
                      "km, the U.S. Geological Survey said.",
                      "Most of the deaths were in Chala and nearby villages, where adobe "
                      "houses collapsed, according to the National Civil Defense Institute "
                      "(INDECI). Two of the victims were children.",
                      "Landslides blocked sections of the Pan-American Highway near Chala, "
                      "cutting the main road link between Lima and the south. Crews had "
                      "reopened one lane by Sunday afternoon.",
                      "&#8220;We are still reaching communities in the hills that we have "
                      "not heard from,&#8221; Arequipa regional governor Javier Manrique told "
                      "local radio. &#8220;The numbers may rise.&#8221;",
                      "The shaking was felt as far away as Lima. The navy&#8217;s "
                      "hydrography office ruled out a tsunami within an hour.",
                      "Dozens of aftershocks followed, the largest a magnitude 5.1 on Sunday "
                      "morning.",
                      "The Health Ministry said the injured were being treated in hospitals in "
                      "Arequipa and Nazca, and that a field hospital was being set up in Chala. "
                      "Mining "
                      "companies in the region said their operations had not been affected.",
                      "Schools in Caravel&iacute; province, which includes Chala, were ordered "
                      "closed on "
                      "Monday so engineers could inspect classrooms for cracks.",
                      "Off Peru&#8217;s coast the Nazca plate grinds beneath South America. "
                      "A magnitude 8.0 quake near Pisco in 2007 "
                      "killed more than 500 people.",
                  ],
                  dateline="LIMA (Pacific Wire) &#8212;",
                  byline="Carla Mendoza",
                  published="2025-10-05T16:30:00Z",
                  related=[
                      "Magnitude 5.6 quake shakes Ecuador&#8217;s coast, no damage reported",
                      "Chile raises alert level at Villarrica volcano",
                      "Peru&#8217;s Congress approves $1.2 billion for El Ni&ntilde;o "
                      "defences",
                  ],
                  section="World")),
        _page("https://www.kvrt7.example/news/peru-earthquake-local-families",
              _tv_site(
                  "Deadly quake in southern Peru; San Alvaro families wait for news",
                  [
                      "A magnitude 6.7 earthquake struck off southern Peru&#8217;s coast "
                      "Saturday night, killing at least nine people and injuring more than "
                      "60, officials said.",
                      "The quake hit at 10:18 p.m. local time &#8212; 8:18 p.m. Saturday "
                      "here in California &#8212; about 16 miles southwest of the town of "
                      "Chala in the Arequipa region, according to the U.S. Geological "
                      "Survey. It was about 22 miles deep.",
                      "Adobe homes collapsed in Chala and nearby villages, and landslides "
                      "blocked parts of the Pan-American Highway.",
                      "Most of the deaths were in Chala and the villages around it, according to "
                      "Peru&#8217;s National Civil Defense Institute.",
                      "&#8220;We are still reaching communities in the hills that we have not "
                      "heard from,&#8221; regional governor Javier Manrique said.",
                      "The shaking was felt in Lima. Peru&#8217;s navy ruled out a tsunami.",
                      "Dozens of aftershocks followed, the strongest a magnitude 5.1 on Sunday "
                      "morning.",
                      "Peru lies on the Pacific Ring of Fire. A magnitude 8.0 earthquake near "
                      "Pisco "
                      "in 2007 killed more than 500 people.",
                      "In San Alvaro, home to one of the valley&#8217;s largest "
                      "Peruvian-American communities, families spent Sunday trying to reach "
                      "relatives.",
                      "&#8220;My aunt lives twenty minutes from Chala. We finally got through "
                      "this morning and she is okay, but her kitchen wall came down,&#8221; "
                      "said Marisol Quispe, who owns a restaurant on Grove Street.",
                      "The Peruvian Cultural Association of the Valley is collecting "
                      "donations of cash and blankets at its hall on 5th Street through next "
                      "weekend.",
                      "&#8220;People here send money home every month,&#8221; said association "
                      "volunteer Jorge Salas. &#8220;Now they are asking what else they can "
                      "do.&#8221;",
                  ],
                  caption="Courtesy Marisol Quispe: A relative&#8217;s home in Arequipa "
                          "region after the quake.",
                  most_read=[
                      "Man arrested after 3-hour standoff in north San Alvaro",
                      "Tractor fire closes Avenue 12 for hours",
                      "School board approves 4-day week pilot",
                  ],
                  credit="Pacific Wire contributed to this report.",
                  alert="RED FLAG WARNING in the foothills until 8 p.m. Monday.")),
        _page("https://www.cpm.example/news/world/peru-earthquake-88215",
              _public_site(
                  "Peru earthquake: nine dead as rescuers reach cut-off villages",
                  [
                      "Nine people have been killed and at least 64 injured after a "
                      "magnitude 6.7 earthquake struck southern Peru on Saturday night.",
                      "The epicentre was near the town of Acar&iacute; in the Arequipa "
                      "region, the US Geological Survey said. The quake struck at a depth of "
                      "about 35 kilometres.",
                      "Peru&#8217;s civil defence agency, Indeci, said 212 homes had been "
                      "left uninhabitable and several schools and health centres were "
                      "damaged.",
                      "Rescue teams on Sunday reached villages in the hills that had been cut "
                      "off by landslides. Soldiers were helping to clear roads and deliver "
                      "water.",
                      "Landslides also blocked stretches of the Pan-American Highway, the main "
                      "road "
                      "linking Lima with the south of the country, stranding lorries and buses. "
                      "The "
                      "shaking was felt in the capital.",
                      "Regional governor Javier Manrique warned that the death toll could "
                      "rise as crews reached more remote communities.",
                      "Peru&#8217;s navy said there was no risk of a tsunami. The strongest "
                      "aftershock, of magnitude 5.1, came on Sunday morning.",
                      "Residents described the quake as long and violent. &#8220;It felt "
                      "like the ground was being pulled from side to side,&#8221; said "
                      "Rosa Huam&aacute;n, a market trader, who spent the night outside with "
                      "her three children.",
                      "Peru is one of the world&#8217;s most earthquake-prone countries, "
                      "lying where the Nazca and South American plates meet.",
                      "Several countries, including Chile and Colombia, offered help. The "
                      "government "
                      "said it would send rescue specialists and supplies by air to the regional "
                      "capital, "
                      "Arequipa, and move them south by road.",
                      "Power had been restored to most of the affected area by Sunday evening, "
                      "the energy "
                      "ministry said, although some hill villages remained without water.",
                  ],
                  date_line="Sunday 5 October 2025",
                  caption="Residents clear rubble from a collapsed adobe house on Sunday.",
                  listen="3 min",
                  related=[
                      "Japan lifts tsunami advisory after magnitude 6.1 quake",
                      "How Lima is preparing for the &#8216;big one&#8217;",
                  ],
                  reporter="CPM World Service with agencies")),
        _page("https://www.nationalledger.example/2025/10/world/americas/peru-quake",
              _daily_site(
                  "In Southern Peru, a Quake Topples Adobe Homes and Cuts the Highway "
                  "South",
                  [
                      "The earthquake came late Saturday night, when many people in the "
                      "coastal towns of Arequipa were already asleep. Seven people were "
                      "killed, dozens were injured and whole streets of adobe houses were "
                      "left in heaps.",
                      "The magnitude 6.7 quake was centered offshore, about 16 miles "
                      "southwest of Chala, a town of fishermen and small gold miners, "
                      "according to the United States Geological Survey.",
                      "Landslides spilled across the Pan-American Highway, the spine of "
                      "Peru&#8217;s road network, stranding trucks and buses for hours.",
                      "Adobe, a mix of mud and straw, remains common in rural Peru because "
                      "it is cheap and local. It is also deadly in earthquakes: walls crack "
                      "and fall inward, often onto sleeping families.",
                      "After the 2007 quake near Pisco, which killed more than 500 people, "
                      "the government promised programs to reinforce adobe homes. Engineers "
                      "say only a small share of houses were ever upgraded.",
                      "&#8220;We know exactly what kills people here, and we know how to fix "
                      "it,&#8221; said Marco Villanueva, a structural engineer at a university "
                      "in Arequipa. &#8220;What we do not have is the money or the will.&#8221;",
                      "Officials from the National Civil Defense Institute were assessing "
                      "damage on Sunday. The regional government said it had sent tents, "
                      "water and medical teams.",
                      "No tsunami was generated, the Peruvian navy said.",
                      "The shaking was felt strongly in the city of Arequipa, where people ran "
                      "into the "
                      "streets in their nightclothes, and more faintly in Lima.",
                      "The regional governor, Javier Manrique, said crews were still trying to "
                      "reach "
                      "villages in the hills on Sunday. Dozens of aftershocks rattled the area, "
                      "the "
                      "largest a magnitude 5.1 on Sunday morning.",
                  ],
                  dek="The 6.7-magnitude earthquake struck late Saturday, and old building "
                      "methods made it deadlier.",
                  byline="Lucia Ferrante",
                  related=[
                      "Opinion: Latin America&#8217;s quake codes exist on paper only",
                      "Mexico City&#8217;s alarm system turns 30",
                      "Ecuador declares emergency after 1,400 homes flooded",
                  ],
                  caption="A damaged house in the Arequipa region on Sunday.",
                  bio="Lucia Ferrante is a correspondent based in Lima.")),
    ], [
        ("epicentre", r"chala", r"acar[ií]"),
        ("deaths", r"(?<![\d.,])9\b(?![.,]\d)|\bnine\b",
         r"(?<![\d.,])7\b(?![.,]\d)|\bseven\b"),
    ]),
    # ----------------------------------------------------------------------------------------
    # 6. Election (CONTROL, nothing planted): Port Alder, Ohio mayoral run-off (Tue 4 Nov 2025).
    #    Outlets: Pacific Wire; Riverbend Gazette (local near-copy of the wire);
    #    National Ledger; CPM (an early election-night piece with partial, rounded returns).
    # ----------------------------------------------------------------------------------------
    _story("election-YC6", "election", "2025-11-18", [
        _page("https://www.pacificwire.example/politics/port-alder-mayor-runoff-52260",
              _wire_site(
                  "Whitfield wins Port Alder mayoral run-off, becoming city&#8217;s first "
                  "woman mayor",
                  [
                      "Former city council president Dana Whitfield won Tuesday&#8217;s "
                      "run-off for mayor of Port Alder, defeating county commissioner Marcus "
                      "Oyelaran and becoming the first woman elected to lead the Lake Erie "
                      "port city.",
                      "With all precincts reporting, unofficial results showed Whitfield with "
                      "28,913 votes, or 52.4%, to Oyelaran&#8217;s 26,265, or 47.6%, a margin "
                      "of 2,648 votes. Turnout was 38.6%, according to the Hallam County "
                      "Board of Elections.",
                      "Oyelaran conceded in a phone call to Whitfield shortly after 1 a.m. "
                      "on Wednesday. &#8220;The voters have spoken, and I wish her every "
                      "success,&#8221; he said in a statement.",
                      "&#8220;Port Alder voted tonight for a city that works for every "
                      "neighborhood, not just downtown,&#8221; Whitfield told supporters at "
                      "a hotel ballroom late Tuesday.",
                      "The two finished first and second in the Oct. 7 primary, in which "
                      "Whitfield took 41.2% and Oyelaran 33.5%. The third-place finisher, "
                      "businessman Theo Brandt, with 25.3%, later endorsed Oyelaran.",
                      "The race centred on a stalled riverfront redevelopment, police "
                      "staffing and a proposed increase in water rates. Whitfield promised "
                      "to restart the riverfront project within her first year.",
                      "Whitfield, 54, succeeds Mayor Ruth Amsel, who was barred by term "
                      "limits from seeking a third term. She takes office on Jan. 1.",
                      "Whitfield raised about $1.1 million, nearly twice as much as Oyelaran, "
                      "according to campaign finance reports. Oyelaran had made hiring 100 more "
                      "police "
                      "officers the centrepiece of his campaign.",
                      "Whitfield said her first task would be to choose a new police chief. The "
                      "department&#8217;s previous chief retired in August, and an interim chief "
                      "has run it "
                      "since.",
                      "The county board is expected to certify the results later this "
                      "month.",
                  ],
                  dateline="PORT ALDER, Ohio (Pacific Wire) &#8212;",
                  byline="Ben Arlott",
                  published="2025-11-05T11:30:00Z",
                  related=[
                      "Toledo voters approve $180 million school bond",
                      "Cleveland council president wins mayoral race with 58%",
                      "Ohio turnout hits 42% in off-year election",
                  ],
                  section="Politics")),
        _page("https://www.riverbendgazette.example/news/region/port-alder-mayor-whitfield",
              _gazette_site(
                  "Whitfield elected Port Alder mayor in run-off",
                  [
                      "Dana Whitfield, a former Port Alder city council president, won "
                      "Tuesday&#8217;s mayoral run-off, beating county commissioner Marcus "
                      "Oyelaran to become the first woman elected mayor of the lakefront "
                      "city.",
                      "Unofficial results with all precincts counted gave Whitfield 28,913 "
                      "votes (52.4%) to Oyelaran&#8217;s 26,265 (47.6%), a 2,648-vote "
                      "margin. Turnout was 38.6%, the Hallam County Board of Elections said.",
                      "Oyelaran called Whitfield to concede shortly after 1 a.m. Wednesday. "
                      "&#8220;The voters have spoken, and I wish her every success,&#8221; "
                      "he said.",
                      "Whitfield told supporters Port Alder had voted for &#8220;a city that "
                      "works for every neighborhood, not just downtown.&#8221;",
                      "In the Oct. 7 primary, Whitfield led with 41.2% to Oyelaran&#8217;s "
                      "33.5%. Businessman Theo Brandt, third with 25.3%, backed Oyelaran in "
                      "the run-off.",
                      "Whitfield, 54, replaces term-limited Mayor Ruth Amsel on Jan. 1.",
                      "The campaign turned on the stalled riverfront redevelopment, police "
                      "staffing "
                      "and a proposed water rate increase. Whitfield has promised to restart the "
                      "riverfront project within her first year.",
                      "The Hallam County Board of Elections is expected to certify the results "
                      "later "
                      "this month.",
                      "For Riverbend, about two hours south on Route 4, the result could matter: "
                      "Whitfield has said she wants to revive talks on a shared intercity bus "
                      "line between the two cities, an idea that stalled under Amsel.",
                      "&#8220;We have been waiting for a partner in Port Alder,&#8221; said "
                      "Riverbend Mayor Frank Dusenberry. &#8220;I plan to call her this "
                      "week.&#8221;",
                      "Dusenberry said a shared line could be running within two years if both "
                      "city "
                      "councils agreed to split the cost, which a county study put at roughly $3 "
                      "million a "
                      "year.",
                  ],
                  section="Region",
                  byline="Pacific Wire, with Gazette staff",
                  read_more="Riverbend schools levy fails by 312 votes",
                  trending=[
                      "Deer season opens Nov. 29: what hunters need to know",
                      "Riverbend council approves 2.5% raise for city workers",
                      "Fire at grain elevator sends one to hospital",
                  ],
                  tags=["Elections", "Port Alder", "Hallam County"],
                  comments=9)),
        _page("https://www.nationalledger.example/2025/11/politics/port-alder-whitfield-mayor",
              _daily_site(
                  "In a Rust Belt Port, a Run-Off Turns on the Riverfront",
                  [
                      "Dana Whitfield spent two years telling Port Alder that its riverfront "
                      "could be more than a row of empty warehouses. On Tuesday, enough "
                      "voters believed her.",
                      "Ms. Whitfield, a former president of the City Council, won the "
                      "mayoral run-off with 52.4 percent of the vote to 47.6 percent for "
                      "Marcus Oyelaran, a county commissioner, according to unofficial "
                      "results. Her margin was about 2,650 votes.",
                      "Turnout was just under 39 percent, modest by the standards of a "
                      "presidential year but high for an off-year city race.",
                      "Mr. Oyelaran had closed the gap after the first round in October, "
                      "when he trailed Ms. Whitfield by nearly eight percentage points, by "
                      "winning the endorsement of Theo Brandt, a businessman who finished "
                      "third.",
                      "The outgoing mayor, Ruth Amsel, did not endorse either candidate. She "
                      "won her second term in 2021 with 61 percent of the vote, but the "
                      "riverfront project she championed stalled after its developer pulled "
                      "out.",
                      "Port Alder, a city of about 260,000 on Lake Erie, has lost nearly a "
                      "fifth of its population since 1980, and its budget depends heavily "
                      "on a shrinking manufacturing base.",
                      "&#8220;People here are tired of hearing about what used to be,&#8221; "
                      "said Janelle Ortiz, a retired nurse who voted for Ms. Whitfield at a "
                      "church on the city&#8217;s east side. &#8220;She talked about what "
                      "comes next.&#8221;",
                      "Mr. Oyelaran, who had promised to put more officers on the street, ran "
                      "strongest "
                      "in the city&#8217;s west-side wards, where crime was the top concern of "
                      "many "
                      "voters.",
                      "Mr. Oyelaran conceded early Wednesday. Ms. Whitfield will be the first "
                      "woman to serve as the city&#8217;s elected mayor when she takes office "
                      "in January.",
                  ],
                  dek="Dana Whitfield beat a county commissioner by promising to revive a "
                      "stalled redevelopment.",
                  byline="Grace Liang",
                  read_more="Off-year elections: five results that mattered",
                  related=[
                      "Cincinnati voters reject streetcar expansion, 54% to 46%",
                      "A mayor&#8217;s 12-year run ends in Erie",
                      "Why turnout in city races keeps falling",
                  ],
                  caption="Dana Whitfield greets supporters in Port Alder on Tuesday "
                          "night.",
                  bio="Grace Liang is a national politics reporter.")),
        _page("https://www.cpm.example/news/ohio/port-alder-runoff-live-88460",
              _public_site(
                  "Whitfield leads Port Alder mayoral run-off as late count continues",
                  [
                      "Former city council president Dana Whitfield held a clear lead in the "
                      "Port Alder mayoral run-off late on Tuesday night, with most ballots "
                      "counted.",
                      "With 88 per cent of precincts reporting, Whitfield had about 52 per "
                      "cent of the vote, and county commissioner Marcus Oyelaran about 48 "
                      "per cent, according to the Hallam County Board of Elections.",
                      "Whitfield spoke to supporters shortly before midnight, thanking "
                      "volunteers but stopping short of declaring victory. Oyelaran had not "
                      "conceded when this story was published.",
                      "The two advanced from the October primary, in which Whitfield "
                      "finished first. The winner will replace Mayor Ruth Amsel, who could "
                      "not run again because of term limits.",
                      "Turnout figures were not yet available. Election officials said "
                      "lines at several east-side polling places had kept some sites open "
                      "past the 7:30 p.m. closing time.",
                      "The campaign focused on the city&#8217;s riverfront, police staffing "
                      "and water rates.",
                      "Whitfield, 54, is a former president of the city council who has "
                      "campaigned on "
                      "reviving the stalled riverfront redevelopment. Oyelaran, a county "
                      "commissioner, "
                      "won the endorsement of businessman Theo Brandt, who finished third in the "
                      "primary.",
                      "At Oyelaran&#8217;s election-night party in a west-side union hall, "
                      "supporters "
                      "said they still hoped late-counted ballots would narrow the gap. &#8220;It "
                      "is not "
                      "over until it is over,&#8221; said campaign volunteer Terrence Mott.",
                      "If the lead holds, Whitfield would become the first woman elected mayor of "
                      "Port "
                      "Alder. The Hallam County Board of Elections is expected to certify the "
                      "results "
                      "later this month.",
                      "This story will be updated as more results come in.",
                  ],
                  date_line="Wednesday 5 November 2025, 12:20 a.m. ET",
                  listen="2 min",
                  related=[
                      "Ohio voters approve 3 of 4 statewide ballot issues",
                      "Live results: Hallam County races",
                  ],
                  reporter="CPM Ohio newsroom")),
    ], []),
]
