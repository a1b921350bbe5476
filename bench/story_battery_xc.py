"""Part XC of the story battery (web pages), written by engineer XC1 on 2026-12-06
(nineteenth session, ninth batch) without reading Storyline's rules or other parts, before
any run; scored with `bench/bench_story_battery.py XC`.

Six stories (earthquake, election, trade talks, rocket test flight, court ruling, central
bank), each told by three or four invented outlets as whole scraped HTML pages. Emphasis:
live coverage with timestamped updates (tolls, counts and quotes revised over the day, in
order made plain by the page times), plus real conflicts such as a quote credited to a
different speaker, a meeting place told as an airport lounge by one outlet and a nearby air
base by another, a clock time in another zone that does not convert, and a deadline date.
The court story is the control story (no planted disagreement).
"""

from __future__ import annotations

import html as _html
import json
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# shared bits
# ---------------------------------------------------------------------------

def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def _plain(text: str) -> str:
    """Headline text for <title> and meta tags (entities kept as they are)."""
    return text.replace('"', "&quot;")


def _ld(kind: str, title: str, published: str | None, site: str,
        author: str | None = None, modified: str | None = None) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": _html.unescape(title),
                            "publisher": {"@type": "Organization", "name": site}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if author:
        data["author"] = [{"@type": "Person", "name": author}]
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _iso(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


# ---------------------------------------------------------------------------
# outlet 1: Meridian Wire (wire service): <article>, <h1>, <p>, dateline, ad slots
# ---------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               section: str = "World", published: str | None = None,
               updated: str | None = None, updated_note: str = "",
               caption: str | None = None, read_more: tuple[str, str] | None = None,
               related: tuple[tuple[str, str], ...] = (), credit: str = "",
               note: str = "") -> str:
    meta = [
        '<meta charset="utf-8">',
        f"<title>{_plain(title)} | Meridian Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Meridian Wire">',
        f'<meta property="og:title" content="{_plain(title)}">',
        '<meta property="og:type" content="article">',
    ]
    dates = ""
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
        p = _iso(published)
        dates = (f'<time datetime="{published}">{p.strftime("%B %d, %Y %H:%M")} GMT'
                 "</time>")
    if updated:
        meta.append(f'<meta property="article:modified_time" content="{updated}">')
        u = _iso(updated)
        dates += (f' <span class="updated">Updated {u.strftime("%H:%M")} GMT'
                  f"{' &middot; ' + updated_note if updated_note else ''}</span>")
    body: list[str] = []
    for i, para in enumerate(paras):
        if i == 0:
            body.append(f'<p><span class="dateline">{dateline} (Meridian Wire) &#8212;'
                        f"</span> {para}</p>")
        else:
            body.append(f"<p>{para}</p>")
        if i == 1 and read_more:
            body.append(f'<p class="read-more"><strong>Read more:</strong> '
                        f'<a href="{read_more[1]}">{read_more[0]}</a></p>')
        if i in (2, 6) and i < len(paras) - 1:
            body.append('<div class="ad-slot" aria-hidden="true"><span class="ad-label">'
                        'Advertisement &middot; Scroll to continue with content</span>'
                        f'<div id="mw-ad-{i}" class="dfp"></div></div>')
    fig = ""
    if caption:
        fig = ('<figure class="lead-image"><img src="/media/lead.jpg" alt="" '
               f'width="1200" height="800"><figcaption>{caption}</figcaption></figure>')
    rel = "".join(f'<li><a href="{u}">{h}</a></li>' for h, u in related)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", *meta,
        '<link rel="stylesheet" href="/static/mw.css">', "</head>",
        '<body class="mw article-page">',
        '<a class="skip-link" href="#main">Skip to main content</a>',
        '<header class="mw-masthead"><div class="mw-logo"><a href="/">MERIDIAN WIRE</a>'
        '</div><nav aria-label="Sections"><ul>'
        '<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>'
        '<li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>'
        '<li><a href="/legal">Legal</a></li><li><a href="/breakingviews">Analysis</a>'
        '</li><li><a href="/sports">Sports</a></li></ul></nav>'
        '<div class="mw-tools"><a href="/signin">Sign in</a> <a href="/register">Register'
        '</a></div></header>',
        '<main id="main">', '<article class="mw-story">',
        f'<div class="mw-kicker"><a href="/{section.lower()}">{section}</a></div>',
        f'<h1 class="mw-headline">{title}</h1>',
        f'<div class="mw-byline">By <a href="/authors">{byline}</a></div>',
        f'<div class="mw-dates">{dates}</div>' if dates else "",
        '<div class="mw-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>'
        ' <a href="#">Share on LinkedIn</a> <button type="button">Copy link</button></div>',
        fig,
        '<div class="mw-body">', *body, "</div>",
        f'<p class="mw-credit">{credit}</p>' if credit else "",
        f'<p class="mw-note">{note}</p>' if note else "",
        '<div class="mw-standards"><a href="/standards">Our Standards: The Meridian Wire '
        "Trust Principles.</a></div>",
        "</article>",
        '<aside class="mw-more"><h2>More from Meridian Wire</h2><ul>' + rel + "</ul>"
        "</aside>" if rel else "",
        "</main>",
        '<footer class="mw-foot"><ul><li><a href="/about">About Meridian Wire</a></li>'
        '<li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/cookies">Cookie settings</a></li></ul>'
        "<p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Meridian Wire. All "
        "rights reserved.</p></footer>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 2: The National Ledger (national daily): div soup, cookie banner, paywall
# teaser, live-blog mode with timestamped entries, JSON-LD dates
# ---------------------------------------------------------------------------

def _ledger_site(title: str, paras: list[str], *, standfirst: str, byline: str,
                 section: str, published: str | None = None, modified: str | None = None,
                 caption: str | None = None, most_read: tuple[str, ...] = (),
                 live: list[tuple[str, str, list[str]]] | None = None,
                 key_points: tuple[str, ...] = (), footnote: str = "") -> str:
    ld = _ld("LiveBlogPosting" if live else "NewsArticle", title, published,
             "The National Ledger", byline, modified)
    parts: list[str] = []
    for i, para in enumerate(paras):
        parts.append(f'<div class="ldg-para"><p>{para}</p></div>')
        if i == 3 and len(paras) > 6:
            parts.append('<div class="ldg-inline-promo"><div class="ldg-inline-promo__inner">'
                         "<span>Get the Morning Ledger</span> <a href=\"/newsletters\">"
                         "Sign up for our free daily briefing &rsaquo;</a></div></div>")
        if i == 5:
            parts.append('<div class="ldg-adwrap"><div class="ldg-ad" data-slot="mid">'
                         "<small>ADVERTISEMENT</small></div></div>")
    if key_points:
        parts.insert(0, '<div class="ldg-keypoints"><div class="kp-title">Key points</div>'
                     "<ul>" + "".join(f"<li>{k}</li>" for k in key_points) + "</ul></div>")
    if live:
        for stamp, head, texts in live:
            parts.append('<div class="ldg-live-entry"><div class="ldg-live-entry__time">'
                         f"{stamp}</div><div class=\"ldg-live-entry__body\">"
                         f'<div class="ldg-live-entry__title">{head}</div>'
                         + "".join(f"<p>{t}</p>" for t in texts)
                         + '<div class="ldg-live-entry__share"><a href="#">Share</a></div>'
                         "</div></div>")
    fig = ""
    if caption:
        fig = ('<div class="ldg-media"><div class="ldg-media__img"><img src="/img/a.jpg" '
               'alt="" loading="lazy"></div><div class="ldg-media__caption">'
               f"{caption}</div></div>")
    mr = "".join(f'<div class="ldg-mr__item"><span class="ldg-mr__n">{n}</span>'
                 f'<a href="/story/{n}">{h}</a></div>'
                 for n, h in enumerate(most_read, 1))
    shown = ""
    if published:
        p = _iso(published)
        shown = p.strftime("%a %d %b %Y %H.%M") + " GMT"
        if modified:
            shown += " &middot; Last modified " + _iso(modified).strftime("%H.%M") + " GMT"
    return "\n".join([
        "<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
        f"<title>{_plain(title)} - The National Ledger</title>",
        f'<meta name="description" content="{_attr(standfirst)}">',
        ld, "</head>", "<body>",
        '<div id="cookie-consent" class="ldg-consent"><div class="ldg-consent__text">We and '
        "our partners use cookies to personalise content and ads and to analyse our "
        "traffic. You can change your choices at any time.</div><div class=\"ldg-consent__btns"
        '"><button>Accept all</button><button>Manage preferences</button></div></div>',
        '<div class="ldg-wrap"><div class="ldg-top"><div class="ldg-top__logo">The National '
        'Ledger</div><div class="ldg-top__nav"><a href="/">Home</a> <a href="/news">News'
        '</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/money">'
        'Money</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> '
        '<a href="/puzzles">Puzzles</a></div><div class="ldg-top__sub"><a href="/subscribe">'
        "Subscribe</a></div></div>",
        '<div class="ldg-page"><div class="ldg-col ldg-col--main">',
        f'<div class="ldg-section-tag">{section}</div>',
        '<div class="ldg-live-badge">LIVE</div>' if live else "",
        f'<h1 class="ldg-h1">{title}</h1>',
        f'<div class="ldg-standfirst">{standfirst}</div>',
        f'<div class="ldg-byline"><span class="by">{byline}</span>'
        + (f' <span class="ldg-dt">{shown}</span>' if shown else "") + "</div>",
        fig,
        '<div class="ldg-sharebar"><a href="#">Facebook</a><a href="#">Twitter</a>'
        '<a href="#">Email</a><a href="#">Copy link</a></div>',
        '<div class="ldg-body">', *parts, "</div>",
        f'<div class="ldg-footnote">{footnote}</div>' if footnote else "",
        '<div class="ldg-paywall"><div class="ldg-paywall__h">You have read 4 of your 5 '
        "free articles this month</div><div>Subscribe for unlimited access to The National "
        'Ledger from just $1 a week. <a href="/subscribe">See offers</a></div></div>',
        '<div class="ldg-comments"><a href="#comments">Read the conversation</a></div>',
        "</div>",
        '<div class="ldg-col ldg-col--side"><div class="ldg-mr"><div class="ldg-mr__h">Most '
        "read</div>" + mr + "</div>"
        '<div class="ldg-ad ldg-ad--mpu"><small>ADVERTISEMENT</small></div></div>',
        "</div>",
        '<div class="ldg-foot"><div>&copy; 2025 The National Ledger Company. 88 Fenwick '
        "Street, Chicago.</div><div><a href=\"/terms\">Terms</a> <a href=\"/privacy\">"
        "Privacy policy</a> <a href=\"/contact\">Contact us</a></div></div>",
        "</div>", "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 3: KPAR 6 News (local TV station): headline in a styled <div>, text as <br>
# runs, weather bar, live-update blocks with local clock stamps, visible dates only
# ---------------------------------------------------------------------------

def _tv_site(title: str, paras: list[str], *, date_line: str = "",
             updates: tuple[tuple[str, str, str], ...] = (), caption: str | None = None,
             trending: tuple[str, ...] = (), reporter: str = "KPAR 6 News Staff") -> str:
    text = "<br><br>\n".join(paras)
    ups = "".join('<div class="lu"><span class="lu-stamp">' + s + "</span> "
                  f'<b class="lu-head">{h}</b><br>{t}</div>\n' for s, h, t in updates)
    trend = "".join(f'<li><a href="/news/local/{n}">{h}</a></li>'
                    for n, h in enumerate(trending, 100))
    fig = ""
    if caption:
        fig = ('<div class="photo-wrap"><img src="/wp-img/runoff.jpg" alt=""><div '
               f'class="photo-cutline">{caption}</div></div>')
    return "\n".join([
        "<!doctype html>", "<html lang=\"en-US\">", "<head>", '<meta charset="UTF-8">',
        f"<title>{_plain(title)} | KPAR 6 News</title>",
        '<meta property="og:site_name" content="KPAR 6 News">',
        '<meta name="twitter:card" content="summary_large_image">', "</head>",
        '<body class="station kpar">',
        '<div class="topbar"><span class="wx">Port Arden 81&deg;F &middot; Partly cloudy'
        '</span> <a class="wx-link" href="/weather">7-Day Forecast</a> '
        '<a class="live-btn" href="/live">WATCH LIVE</a></div>',
        '<div class="nav-row"><a class="logo" href="/">KPAR 6</a> <a href="/news">News</a>'
        ' | <a href="/weather">First Alert Weather</a> | <a href="/traffic">Traffic</a> | '
        '<a href="/sports">Friday Night Fever</a> | <a href="/community">Community</a> | '
        '<a href="/contests">Contests</a></div>',
        '<div class="alert-strip">DOWNLOAD THE KPAR 6 APP FOR BREAKING NEWS ALERTS</div>',
        '<div id="content-area"><div class="story-col">',
        f'<div class="story-headline" style="font-size:34px;font-weight:800">{title}</div>',
        f'<div class="story-byline">By {reporter}</div>',
        f'<div class="story-date">{date_line}</div>' if date_line else "",
        '<div class="share-row"><a href="#">f</a> <a href="#">X</a> <a href="#">Email</a> '
        '<a href="#">Print</a></div>',
        fig,
        '<div class="story-text">', text, "</div>",
        '<div class="ad-box">Advertisement</div>',
        ('<div class="live-updates"><div class="lu-title">LIVE UPDATES</div>\n' + ups
         + "</div>") if ups else "",
        '<div class="tip-line">See news happening? Send photos and video to '
        '<a href="mailto:desk@kpar6.example">desk@kpar6.example</a> or call our tip line.'
        "</div>",
        "</div>",
        '<div class="side-col"><div class="box-title">Trending on KPAR6.example</div><ul>'
        + trend + '</ul><div class="ad-box tall">Advertisement</div></div>',
        "</div>",
        '<div class="station-foot">KPAR 6 &middot; 415 Causeway Boulevard, Port Arden, TX '
        '&middot; <a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a>'
        " &middot; Closed captioning contact &middot; &copy; 2025 Gulfline Media Group</div>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 4: Basis Point Daily (WordPress finance blog): entry-content, sharedaddy,
# tags, author box, sidebar widgets, live mode with time-stamped posts
# ---------------------------------------------------------------------------

def _blog_site(title: str, paras: list[str], *, author: str, published: str | None = None,
               shown_date: str = "", tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), bio: str = "",
               live: list[tuple[str, list[str]]] | None = None, post_id: int = 4101) -> str:
    meta = [
        '<meta charset="UTF-8">',
        f"<title>{_plain(title)} &#8211; Basis Point Daily</title>",
        '<meta name="generator" content="WordPress 6.4.3">',
        '<meta property="og:site_name" content="Basis Point Daily">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    content = [f"<p>{p}</p>" for p in paras]
    if len(content) > 4:
        content.insert(3, '<div class="code-block code-block-2" style="margin:8px auto">'
                          "<small>Advertisements</small><ins class=\"adsbygoogle\"></ins>"
                          "</div>")
    if live:
        for stamp, texts in live:
            content.append(f'<h3 class="wp-block-heading">{stamp}</h3>')
            content.extend(f"<p>{t}</p>" for t in texts)
    tag_html = "".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                       for t in tags)
    rec = "".join(f'<li><a href="/{n}/">{h}</a></li>' for n, h in enumerate(recent, 1))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en-US">', "<head>", *meta,
        "<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/themes/bpd/"
        "style.css' media='all' />", "</head>",
        f'<body class="post-template-default single single-post postid-{post_id}">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header"><div class="site-branding"><p class='
        '"site-title"><a href="/" rel="home">Basis Point Daily</a></p><p class="site-'
        'description">Rates, trade and the plumbing of markets</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class='
        '"menu"><li><a href="/category/central-banks/">Central Banks</a></li><li><a href='
        '"/category/trade/">Trade</a></li><li><a href="/category/fx/">FX</a></li><li><a '
        'href="/category/charts/">Charts</a></li><li><a href="/about/">About</a></li></ul>'
        "</nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
        'format-standard hentry">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{title}</h1>',
        '<div class="entry-meta"><span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/">{author}</a></span></span>'
        + (f' <span class="posted-on"><time class="entry-date published">{shown_date}'
           "</time></span>" if shown_date else "") + "</div>",
        "</header>",
        '<div class="entry-content">', *content,
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a class="share-twitter" href="#">Click to share on X (Opens in new '
        'window)</a></li><li><a class="share-facebook" href="#">Click to share on Facebook'
        '</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li><li><a class='
        '"share-email" href="#">Email</a></li></ul></div>',
        '<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3>'
        "<span>Like Loading...</span></div>",
        "</div>",
        f'<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span>'
        "</footer>",
        f'<div class="author-info"><h2 class="author-title">Published by {author}</h2>'
        f'<p class="author-bio">{bio}</p></div>' if bio else "",
        "</article>",
        '<div id="comments" class="comments-area"><h2 class="comments-title">Join the '
        "discussion</h2><p>Comments are moderated and may take a while to appear.</p>"
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea '
        'name="comment"></textarea><input type="submit" value="Post Comment"></form></div>'
        "</div>",
        "</main></div>",
        '<aside id="secondary" class="widget-area"><section class="widget widget_search">'
        '<form role="search"><input type="search" name="s" placeholder="Search &hellip;">'
        '</form></section><section class="widget widget_recent_entries"><h2 class="widget-'
        f'title">Recent Posts</h2><ul>{rec}</ul></section><section class="widget">'
        '<h2 class="widget-title">Subscribe via email</h2><p>Enter your email address to '
        "get new posts by email.</p><input type=\"email\"> <button>Subscribe</button>"
        "</section></aside>",
        "</div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Basis '
        'Point Daily &middot; <a href="https://wordpress.example/">Proudly powered by '
        "WordPress</a></div></footer>",
        "</div>", "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 5: Harbour Public Broadcasting (public broadcaster): no dates at all, photo
# before the lead, "Listen" player, related coverage, donation banner
# ---------------------------------------------------------------------------

def _pubcast_site(title: str, paras: list[str], *, byline: str, caption: str | None = None,
                  related: tuple[str, ...] = (), listen: str = "4:02",
                  program: str = "Morning Tide", topic: str = "World") -> str:
    fig = ""
    if caption:
        fig = ('<figure class="hpb-figure"><picture><img src="/i/lead.webp" alt=""></'
               f'picture><figcaption class="hpb-caption">{caption}</figcaption></figure>')
    story = "\n".join(f'<p class="hpb-p">{p}</p>' for p in paras)
    rel = "".join(f'<li class="hpb-rel__item"><a href="/{i}">{h}</a></li>'
                  for i, h in enumerate(related, 500))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{_plain(title)} : HPB</title>",
        '<meta property="og:site_name" content="Harbour Public Broadcasting">',
        f'<meta property="og:title" content="{_plain(title)}">',
        "</head>", '<body class="hpb">',
        '<a href="#main-content" class="hpb-skip">Skip to main content</a>',
        '<a href="#hpb-player" class="hpb-skip">Keyboard shortcuts for audio player</a>',
        '<header class="hpb-header"><a class="hpb-logo" href="/">HPB</a><nav><a href="/news">'
        'News</a><a href="/radio">Radio</a><a href="/podcasts">Podcasts</a><a href="/tv">'
        'TV</a><a href="/schedule">Schedule</a></nav><a class="hpb-donate" href="/donate">'
        "Donate</a></header>",
        '<main id="main-content"><div class="hpb-story">',
        f'<div class="hpb-slug"><a href="/topics/{topic.lower()}">{topic}</a></div>',
        f"<h1>{title}</h1>",
        f'<div id="hpb-player" class="hpb-listen"><button>Listen</button> &middot; '
        f"{listen} <span class=\"hpb-program\">Heard on {program}</span></div>",
        fig,
        f'<div class="hpb-byline"><p>By <a href="/people">{byline}</a></p></div>',
        '<div class="hpb-storytext">', story, "</div>",
        '<div class="hpb-donate-inline"><p><strong>Public media is there for you.</strong> '
        "Your gift keeps independent reporting free for everyone. <a href=\"/donate\">Give "
        "now</a></p></div>",
        ('<aside class="hpb-rel"><h3>Related coverage</h3><ul>' + rel + "</ul></aside>")
        if rel else "",
        "</div></main>",
        '<footer class="hpb-footer"><p>Harbour Public Broadcasting is a member-supported '
        "public media service. 700 Wharf Street, Galveston, Texas.</p><p><a href=\"/terms"
        '">Terms of Use</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/'
        'sponsorship">Sponsorship</a></p></footer>',
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 6: Port Arden Gazette-Sentinel (regional paper, heavy ads): table layout,
# ad slots after every second paragraph, sponsored links, visible date only
# ---------------------------------------------------------------------------

def _gazette_site(title: str, paras: list[str], *, date_text: str, byline: str,
                  caption: str | None = None, also: tuple[str, ...] = (),
                  deck: str = "") -> str:
    rows: list[str] = []
    for i, para in enumerate(paras):
        rows.append(f'<p class="bodytext">{para}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            rows.append(f'<div class="ad ad-inline" id="gs-ad-{i}"><span class="adlabel">'
                        "ADVERTISEMENT</span><iframe title=\"ad\" src=\"about:blank\" "
                        'width="300" height="250"></iframe></div>')
        if i == 4:
            rows.append('<div class="inline-subscribe"><b>Local news matters.</b> Get '
                        "unlimited digital access for 99&cent; for your first three months."
                        ' <a href="/subscribe">Subscribe now</a></div>')
    also_html = "<br>".join(f'&bull; <a href="/news/{n}">{h}</a>'
                           for n, h in enumerate(also, 3000))
    fig = ""
    if caption:
        fig = ('<table class="photo"><tr><td><img src="/photos/lead.jpg" width="620" alt="">'
               f'</td></tr><tr><td class="cutline">{caption}</td></tr></table>')
    return "\n".join([
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html>",
        "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{_plain(title)} - Port Arden Gazette-Sentinel</title>", "</head>",
        '<body bgcolor="#ffffff">',
        '<div id="gs-leaderboard" class="ad"><span class="adlabel">ADVERTISEMENT</span>'
        '<iframe title="ad" src="about:blank" width="728" height="90"></iframe></div>',
        '<table width="100%" class="masthead"><tr><td class="mast-left">Sunday edition &middot;'
        ' <a href="/e-edition">e-Edition</a></td><td class="mast-logo"><a href="/">Port Arden '
        'Gazette-Sentinel</a></td><td class="mast-right"><a href="/login">Log in</a> | <a '
        'href="/subscribe">Subscribe</a></td></tr></table>',
        '<table width="100%" class="navbar"><tr><td><a href="/news">News</a> &middot; <a '
        'href="/news/local">Local</a> &middot; <a href="/sports">Sports</a> &middot; <a href'
        '="/obituaries">Obituaries</a> &middot; <a href="/opinion">Opinion</a> &middot; <a '
        'href="/classifieds">Classifieds</a> &middot; <a href="/jobs">Jobs</a> &middot; <a '
        'href="/weather">Weather</a></td></tr></table>',
        '<table width="100%" cellpadding="6"><tr><td valign="top" width="68%">',
        f'<h1 class="storyhead">{title}</h1>',
        f'<h3 class="deck">{deck}</h3>' if deck else "",
        f'<div class="byline">{byline}'
        + (f'<br><span class="pubdate">{date_text}</span>' if date_text else "") + "</div>",
        fig,
        '<div class="story">', *rows, "</div>",
        '<div class="taboola"><b>Sponsored Content</b><br>'
        '<a href="#">Seniors in Texas are switching to this $1 plan</a><br>'
        '<a href="#">Doctors stunned: one simple trick for knee pain</a><br>'
        '<a href="#">These 14 beach towns are cheaper than you think</a></div>',
        '<div class="newsletter"><b>Get the Gazette-Sentinel Morning Report</b> in your '
        'inbox every day. <input type="email" placeholder="Email"> <button>Sign up</button>'
        "</div>",
        '</td><td valign="top" width="32%" class="rail">',
        '<div class="ad" id="gs-rail-1"><span class="adlabel">ADVERTISEMENT</span></div>',
        ('<div class="also"><b>ALSO IN LOCAL NEWS</b><br>' + also_html + "</div>")
        if also else "",
        '<div class="ad" id="gs-rail-2"><span class="adlabel">ADVERTISEMENT</span></div>',
        "</td></tr></table>",
        '<div id="gs-sticky" class="ad"><span class="adlabel">ADVERTISEMENT</span></div>',
        '<table width="100%" class="footer"><tr><td>Port Arden Gazette-Sentinel &middot; '
        "1010 Shoreline Drive, Port Arden, TX &middot; Copyright &copy; 2025 Coastal Bend "
        "Newspapers LLC. All rights reserved. <a href=\"/terms\">Terms of Service</a> | "
        '<a href="/privacy">Privacy Policy</a> | <a href="/ca-notice">Do Not Sell My Personal'
        " Information</a></td></tr></table>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 7: Straits & Isles Herald (Asian English-language daily): old table markup,
# headline in a <span>, dd/mm/yyyy date, justified paragraphs, "Latest" box
# ---------------------------------------------------------------------------

def _isles_site(title: str, paras: list[str], *, date_text: str | None, byline: str,
                kicker: str, caption: str | None = None,
                latest: tuple[str, ...] = ()) -> str:
    body = []
    for i, para in enumerate(paras):
        body.append(f'<p align="justify" class="artpara">{para}</p>')
        if i == 2:
            body.append('<center><div class="bannerad">- Advertisement -</div></center>')
    fig = ""
    if caption:
        fig = ('<div class="artphoto"><img src="/images/news/lead.jpg" border="0" alt="">'
               f'<br><span class="photocap">{caption}</span></div>')
    lat = "".join(f'<tr><td class="latest-item">&raquo; <a href="/news/{n}">{h}</a></td>'
                  "</tr>" for n, h in enumerate(latest, 7700))
    return "\n".join([
        "<html>", "<head>", '<meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8">', f"<title>{_plain(title)} - Straits &amp; Isles Herald</title>",
        '<meta name="keywords" content="news, Asia, Philippines, Singapore, business">',
        "</head>", '<body leftmargin="0" topmargin="0">',
        '<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">',
        '<tr><td colspan="2" class="topstrip"><a href="/">Home</a> | <a href="/nation">Nation'
        '</a> | <a href="/region">Region</a> | <a href="/business">Business</a> | <a href="/'
        'opinion">Opinion</a> | <a href="/lifestyle">Lifestyle</a> | <a href="/epaper">'
        "E-Paper</a></td></tr>",
        '<tr><td colspan="2" class="logo"><img src="/images/sih_logo.gif" alt="Straits &amp; '
        'Isles Herald"></td></tr>',
        '<tr><td valign="top" width="680" class="maincol">',
        f'<div class="kicker">{kicker}</div>',
        f'<span class="arttitle" style="font:bold 28px Georgia">{title}</span><br>',
        f'<span class="artby">{byline}</span>'
        + (f' &nbsp;|&nbsp; <span class="artdate">{date_text}</span>' if date_text else ""),
        '<div class="sharethis">Share: <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">WhatsApp</a> <a href="#">Viber</a></div>',
        fig, *body,
        '<div class="morelink"><a href="/nation">&laquo; More stories in this section</a>'
        "</div>",
        '</td><td valign="top" width="300" class="sidecol">',
        '<div class="bannerad">- Advertisement -</div>',
        '<table class="latest" width="100%"><tr><td class="latest-h">LATEST NEWS</td></tr>'
        + lat + "</table>",
        "</td></tr>",
        '<tr><td colspan="2" class="copy">Copyright &copy; 2025 Straits &amp; Isles Herald '
        "Publishing Corp. All rights reserved. Unit 12, Harbourfront Tower, Manila.</td>"
        "</tr></table>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 8: Liftoff Log (independent spaceflight news site): <section>, JSON-LD date,
# a "Flight card" fact box that belongs to the article
# ---------------------------------------------------------------------------

def _space_site(title: str, paras: list[str], *, author: str, published: str,
                flight_card: tuple[tuple[str, str], ...], caption: str | None = None,
                more: tuple[str, ...] = ()) -> str:
    card = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in flight_card)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    more_html = "".join(f'<a class="card" href="/{i}">{h}</a>' for i, h in enumerate(more, 40))
    shown = _iso(published).strftime("%d %b %Y, %H:%M UTC")
    fig = ""
    if caption:
        fig = ('<figure><img src="/up/hero.jpg" alt=""><figcaption>'
               f"{caption}</figcaption></figure>")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en" data-theme="dark">', "<head>",
        '<meta charset="utf-8">', f"<title>{_plain(title)} &mdash; Liftoff Log</title>",
        _ld("NewsArticle", title, published, "Liftoff Log", author), "</head>", "<body>",
        '<nav class="ll-nav"><a class="ll-brand" href="/">LIFTOFF<span>LOG</span></a> '
        '<a href="/launches">Launch schedule</a> <a href="/news">News</a> <a href="/'
        'features">Features</a> <a href="/members">Members</a></nav>',
        '<div class="ll-banner">Never miss a launch: get our free countdown alerts.</div>',
        '<section class="post">', "<header>",
        f'<h1 class="post-title">{title}</h1>',
        f'<p class="post-meta">{author} &middot; <time datetime="{published}">{shown}</time>'
        "</p>", "</header>", fig,
        '<aside class="flight-card"><h4>Flight card</h4><dl>' + card + "</dl></aside>",
        '<div class="post-body">', body, "</div>",
        '<div class="post-support">Liftoff Log is reader-funded. Members get ad-free pages '
        'and launch-day live chats. <a href="/members">Become a member</a></div>',
        "</section>",
        ('<div class="ll-more"><h3>More launch news</h3>' + more_html + "</div>")
        if more else "",
        '<footer class="ll-foot">Liftoff Log &copy; 2025 &middot; Independent spaceflight '
        "news since 2014 &middot; <a href=\"/rss\">RSS</a></footer>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# outlet 9: Docket Brief (legal news site): <h2> headline inside nested divs, case box,
# visible date text only, disclaimer
# ---------------------------------------------------------------------------

def _docket_site(title: str, paras: list[str], *, author: str, date_text: str,
                 case_box: tuple[tuple[str, str], ...], popular: tuple[str, ...] = ()) -> str:
    box = "".join(f'<div class="cb-row"><span class="cb-k">{k}</span><span class="cb-v">'
                  f"{v}</span></div>" for k, v in case_box)
    pop = "".join(f"<li>{h}</li>" for h in popular)
    body = "\n".join(f'<div class="db-p">{p}</div>' for p in paras)
    return "\n".join([
        "<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
        f"<title>Docket Brief | {_plain(title)}</title>", "</head>", "<body>",
        '<div class="db-shell"><div class="db-header"><div class="db-logo">Docket Brief'
        '</div><div class="db-menu"><a href="/appellate">Appellate</a> <a href="/scotus">'
        'Supreme Court</a> <a href="/trade">Trade &amp; Customs</a> <a href="/states">'
        'States</a> <a href="/jobs">Legal Jobs</a></div></div>',
        '<div class="db-main"><div class="db-article"><div class="db-head">',
        f'<h2 class="db-title">{title}</h2>',
        f'<div class="db-meta">By {author} &mdash; {date_text}</div></div>',
        '<div class="db-casebox"><div class="cb-h">Case at a glance</div>' + box + "</div>",
        '<div class="db-text">', body, "</div>",
        '<div class="db-disclaimer">Docket Brief reports on litigation and does not provide '
        "legal advice.</div>",
        '<div class="db-bio">Subscribers get full opinions and docket alerts. <a href="/'
        'trial">Start a 14-day trial</a></div>',
        "</div>",
        '<div class="db-side"><div class="db-pop-h">Popular this week</div><ol>' + pop
        + "</ol></div></div>",
        '<div class="db-footer">&copy; 2025 Docket Brief Media. 1 Courthouse Square, '
        "Washington, DC.</div></div>",
        "</body>", "</html>",
    ])


# ---------------------------------------------------------------------------
# stories
# ---------------------------------------------------------------------------

_PCT = r" ?(%|percent|per cent|pct)"

STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------
    # 1. earthquake: live coverage of a quake off Mindanao; the toll rises during the day
    # (4 -> 11 -> 16) on dated pages; planted: a clock time in US Eastern time that does
    # not convert, the depth, and a quote credited to a different speaker.
    # -----------------------------------------------------------------------
    _story("quake-XC1", "earthquake", "2025-03-24", [
        _page("https://www.meridianwire.example/world/asia-pacific/philippines-quake-"
              "mindanao-2025-03-14",
              _wire_site(
                  "Strong quake strikes off southern Philippines, at least four dead",
                  [
                      "A magnitude 6.8 earthquake struck off the coast of Mindanao in the "
                      "southern Philippines before dawn on Friday, killing at least four "
                      "people, bringing down part of a church bell tower and sending "
                      "thousands of residents running into the streets, officials said.",
                      "The quake hit at 2:17 a.m. local time (1817 GMT Thursday) at a depth "
                      "of 10 km (6 miles), about 28 km east of the town of Hinatuan in "
                      "Surigao del Sur province, according to the Philippine Institute of "
                      "Volcanology and Seismology (Phivolcs).",
                      "&#8220;It felt like the ground would not stop. People ran out in their"
                      " sleeping clothes and waited on the road until sunrise,&#8221; said "
                      "Hinatuan Mayor Elvira Dumalagan, who said the town hall had opened its"
                      " grounds to families afraid to go back indoors.",
                      "Phivolcs briefly issued a tsunami warning for the coasts of Surigao "
                      "del Sur and Davao Oriental, telling residents to move to higher "
                      "ground. The warning was lifted at 5:40 a.m. after tide gauges "
                      "recorded only minor changes in sea level.",
                      "The Office of Civil Defense said four people had been confirmed dead "
                      "and at least 37 injured as of 9 a.m., most of them struck by falling "
                      "concrete. Power was out across much of the province, and officials "
                      "warned the toll could rise as rescue teams reached coastal villages.",
                      "Phivolcs director Teresito Bacolcol told a Manila radio station that "
                      "dozens of aftershocks had been recorded, the strongest of magnitude "
                      "5.4. &#8220;We do not expect a bigger quake to follow, but people "
                      "should be ready for aftershocks over the coming weeks,&#8221; he said.",
                      "A bridge in the neighbouring town of Lingig was closed after "
                      "engineers found cracks in its supports, cutting the main coastal road"
                      " toward Davao Oriental.",
                      "The Philippines lies on the Pacific &#8220;Ring of Fire&#8221; and "
                      "records thousands of earthquakes a year, most too weak to be felt. In "
                      "December 2023 a magnitude 7.6 quake struck off the same stretch of "
                      "coast.",
                  ],
                  dateline="MANILA", byline="Carmela Tiongson",
                  section="World", published="2025-03-14T01:05:00Z",
                  updated="2025-03-14T02:30:00Z", updated_note="adds Lingig bridge closure",
                  caption="Residents wait outside their homes in Hinatuan, Surigao del Sur, "
                          "after the quake on March 14, 2025. Courtesy Hinatuan municipal "
                          "information office/Handout via Meridian Wire",
                  related=(
                      ("Magnitude 5.9 quake jolts northern Luzon, no casualties reported",
                       "/world/asia-pacific/luzon-quake-2025-02-27"),
                      ("Taiwan lifts alerts after 6.1 tremor off Hualien",
                       "/world/asia-pacific/taiwan-quake-2025-03-02"),
                      ("Philippine central bank cuts key rate to 5.75%",
                       "/markets/asia/bsp-rate-2025-02-13"),
                  ),
                  credit="(Reporting by Carmela Tiongson in Manila and Jun Apostol in "
                         "Butuan; Editing by Martin Greaves)",
              )),
        _page("https://www.nationalledger.example/world/live/2025/mar/14/"
              "philippines-earthquake-mindanao-live-updates",
              _ledger_site(
                  "Philippines earthquake live: toll rises to 16 as rescuers reach "
                  "Mindanao coast",
                  [
                      "This live page has now closed. A magnitude 6.8 earthquake struck off "
                      "Surigao del Sur on Mindanao at 2:17 a.m. on Friday local time "
                      "(18.17 GMT on Thursday). Below is how the day unfolded; all times "
                      "are Philippine time (PHT, GMT+8) with GMT in brackets.",
                  ],
                  standfirst="Quake of magnitude 6.8 off Hinatuan topples church tower and "
                             "closes a bridge; more than 8,000 people spend the night in "
                             "evacuation centres",
                  byline="Helen Marsh (now) and Daniel Okoye (earlier)", section="World",
                  published="2025-03-14T00:55:00Z", modified="2025-03-14T11:15:00Z",
                  key_points=(
                      "Magnitude 6.8 quake struck 28 km east of Hinatuan at 2:17 a.m. Friday",
                      "Latest official toll (7.10 p.m.): 16 dead, 212 injured",
                      "Tsunami warning issued and lifted before dawn",
                  ),
                  live=[
                      ("7.10 p.m. PHT (11.10 GMT)", "Death toll rises to 16", [
                          "The Office of Civil Defense now says 16 people have died and 212 "
                          "have been injured. More than 8,000 people are spending the night "
                          "in evacuation centres, many of them from homes that are still "
                          "standing but where families are too frightened to sleep indoors.",
                          "We are closing this live page. Thank you for following.",
                      ]),
                      ("4.30 p.m. PHT (08.30 GMT)", "Hundreds of aftershocks", [
                          "Phivolcs has now logged more than 400 aftershocks. The largest, "
                          "of magnitude 5.4, came at 4.03 a.m., less than two hours after the"
                          " main shock. Most have been too small to be felt.",
                      ]),
                      ("1.45 p.m. PHT (05.45 GMT)", "Toll climbs to 11", [
                          "Provincial disaster officer Ramil Cabahug says 11 people are now "
                          "confirmed dead, seven of them in Hinatuan. &#8220;Our teams "
                          "reached the last two coastal barangays by boat at noon. The road "
                          "is still cut at Lingig,&#8221; he told reporters in Tandag.",
                      ]),
                      ("11.20 a.m. PHT (03.20 GMT)", "How deep was it?", [
                          "Phivolcs puts the depth of the quake at 10 kilometres, which "
                          "seismologists call shallow. Shallow quakes tend to cause stronger "
                          "shaking at the surface than deeper ones of the same magnitude, "
                          "which may explain the damage to older masonry buildings.",
                      ]),
                      ("9.20 a.m. PHT (01.20 GMT)", "At least four dead", [
                          "Civil defence officials confirm at least four deaths. Part of the "
                          "bell tower of the Hinatuan parish church has collapsed onto the "
                          "plaza; no one was inside at the time.",
                      ]),
                      ("8.00 a.m. PHT (00.00 GMT)", "What we know so far", [
                          "A strong quake struck at sea about 28 km east of Hinatuan. "
                          "Phivolcs issued a tsunami warning for Surigao del Sur and Davao "
                          "Oriental but lifted it at 5.40 a.m. Power is out across much of "
                          "the province.",
                      ]),
                  ],
                  most_read=(
                      "Bank of Korea holds rate at 2.75% as won slides",
                      "Six dead as floods sweep through northern Queensland towns",
                      "Opinion: the quiet collapse of the high-street bank branch",
                      "Chess prodigy, 12, becomes youngest grandmaster in a decade",
                  ),
              )),
        _page("https://hpb.example/2025/03/14/world/mindanao-quake-philippines",
              _pubcast_site(
                  "Deadly quake shakes southern Philippines, where memories of 2023 are "
                  "still fresh",
                  [
                      "A powerful earthquake struck off the southern Philippine island of "
                      "Mindanao before dawn on Friday local time, killing 16 people and "
                      "damaging homes, churches and a bridge in a region still rebuilding "
                      "from a larger quake less than a year and a half ago.",
                      "The magnitude 6.8 quake hit at 4:17 p.m. Eastern time on Thursday, "
                      "when most people in the coastal province of Surigao del Sur were "
                      "asleep. Its epicenter was at sea, about 17 miles east of the town of "
                      "Hinatuan.",
                      "By Friday evening local time, the country&#8217;s Office of Civil "
                      "Defense had confirmed 16 deaths and more than 200 injuries. A tsunami"
                      " warning was issued and lifted within a few hours.",
                      "Teresito Bacolcol, who directs the Philippine Institute of Volcanology"
                      " and Seismology, said a bigger quake was not expected but that "
                      "aftershocks could continue for weeks.",
                      "Maria Lourdes Ocampo, a seismologist at the University of the "
                      "Philippines, told HPB that the quake probably ruptured part of the "
                      "plate boundary along the Philippine Trench, the deep undersea valley "
                      "that runs parallel to Mindanao&#8217;s eastern coast.",
                      "&#8220;This coastline has been very active since 2023,&#8221; she "
                      "said. &#8220;The question people ask me is whether this is the end of"
                      " a sequence or part of one, and honestly we cannot say yet.&#8221;",
                      "In December 2023 a magnitude 7.6 earthquake off Hinatuan killed three"
                      " people and sent tens of thousands to evacuation centers. Many "
                      "families in the area have only recently moved back into repaired "
                      "homes.",
                      "Filipino American community groups in Houston and Galveston said "
                      "they were collecting donations for families in Surigao del Sur. "
                      "Relief organizations say cash is usually more useful than goods in the"
                      " first days after a disaster.",
                  ],
                  byline="Aaron Villareal",
                  caption="File photo: Rescuers check a damaged house in Hinatuan after the "
                          "December 2023 earthquake.",
                  related=(
                      "Why the Ring of Fire keeps shaking: a short guide",
                      "Houston nurses head to Türkiye two years after the 7.8 quake",
                      "Galveston seawall repairs to begin in April",
                  ),
                  listen="3:58", program="Morning Tide", topic="World",
              )),
        _page("https://www.straitsisles.example/nation/2025/03/15/quake-surigao-sur-16-dead",
              _isles_site(
                  "16 dead, thousands in shelters after 6.8 quake rocks Surigao del Sur",
                  [
                      "HINATUAN, Surigao del Sur &#8212; Sixteen people were killed and 212 "
                      "injured when a magnitude 6.8 earthquake struck off this coastal town "
                      "early Friday, the Office of Civil Defense said in its evening "
                      "bulletin.",
                      "The quake, which Phivolcs said originated at a depth of 35 kilometres "
                      "some 28 kilometres east of Hinatuan, struck at 2:17 a.m. and was felt "
                      "as far as Butuan and Davao City.",
                      "&#8220;It felt like the ground would not stop. People ran out in their "
                      "sleeping clothes and waited on the road until sunrise,&#8221; said "
                      "Ramil Cabahug, the provincial disaster risk reduction officer.",
                      "Some 8,400 residents spent Friday night in 31 evacuation centres, most "
                      "of them schools and covered courts, as aftershocks continued to rattle"
                      " the coast. Phivolcs counted more than 400 aftershocks by evening, the"
                      " strongest of magnitude 5.4.",
                      "Part of the bell tower of the Hinatuan parish church, built in the "
                      "1880s, collapsed onto the plaza. No one was inside. In Lingig, the "
                      "town&#8217;s main bridge was closed to traffic after cracks were found"
                      " in its piers.",
                      "A tsunami warning issued shortly after the quake was lifted before "
                      "dawn. Fishermen in Bislig said the sea pulled back briefly but no "
                      "large waves came ashore.",
                      "The Department of Social Welfare and Development said it had sent "
                      "5,000 family food packs to the province, while Governor Alexander "
                      "Pimentel suspended classes at all levels on Friday and Saturday.",
                      "For many residents the shaking revived memories of the magnitude 7.6 "
                      "quake that struck off Hinatuan on Dec. 2, 2023, killing three people "
                      "and damaging thousands of houses.",
                  ],
                  date_text="15/03/2025", byline="By Rhea Montalban, Correspondent",
                  kicker="NATION",
                  caption="Residents gather outside the Hinatuan town hall on Friday morning. "
                          "(Photo courtesy of the Hinatuan information office)",
                  latest=(
                      "Comelec prints final batch of ballots for May polls",
                      "Peso closes at 57.30 to the dollar",
                      "Magnitude 5.9 quake jolts Ilocos Norte; no damage reported",
                      "Cebu Pacific adds Manila-Osaka flights from April",
                  ),
              )),
    ], [
        ("time", r"\b0?2[:.]17|18[:.]?17", r"\b0?4[:.]17|16[:.]?17"),
        ("depth", r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?mi",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi"),
        ("quote speaker", r"dumalagan", r"cabahug"),
    ]),
    # -----------------------------------------------------------------------
    # 2. election: a mayoral run-off with live results (early vote -> 71 of 98 precincts ->
    # final) on a dated TV page; planted: the vote margin, turnout, and the canvass deadline.
    # -----------------------------------------------------------------------
    _story("election-XC2", "election", "2025-06-16", [
        _page("https://www.kpar6.example/news/politics/port-arden-mayor-runoff-results-"
              "whitlock-okafor/",
              _tv_site(
                  "Port Arden runoff results: Dana Whitlock wins mayor&#8217;s race",
                  [
                      "PORT ARDEN, Texas &#8212; Former city council member Dana Whitlock "
                      "will be Port Arden&#8217;s next mayor after defeating Calder County "
                      "Commissioner Marcus Okafor in Saturday&#8217;s runoff, according to "
                      "final unofficial results from the Calder County Elections Office.",
                      "Whitlock finished with 52.6 percent of the vote to Okafor&#8217;s 47.4"
                      " percent once all 98 precincts had reported, a margin of 2,818 votes.",
                      "Okafor conceded shortly after 11 p.m. in a short speech to supporters"
                      " at the Machinists union hall on Bayside Avenue. &#8220;The voters "
                      "have spoken. I called Dana a few minutes ago to congratulate her, and "
                      "I told her my door is open,&#8221; he said.",
                      "Across town at the Harborview Hotel, Whitlock told a crowd of several"
                      " hundred that the city had voted for basic services. &#8220;Tonight "
                      "Port Arden chose to fix the basics: water, streets and a city hall "
                      "that answers the phone,&#8221; she said.",
                      "Whitlock, who represented District 3 for two terms, led the first "
                      "round on May 3 with 38.2 percent but fell short of the majority needed"
                      " to win outright. Okafor finished second with 31.5 percent.",
                      "She will succeed Mayor Ruth Castellano, who could not run again after "
                      "two four-year terms, and is scheduled to be sworn in July 1.",
                      "Scroll down for our updates from election night.",
                  ],
                  date_line="Published: June 7, 2025 at 7:05 PM CDT &nbsp;|&nbsp; Updated: "
                            "June 8, 2025 at 12:20 AM CDT",
                  reporter="Tasha Rendon and Miguel Ybarra",
                  caption="Dana Whitlock greets supporters at the Harborview Hotel on "
                          "Saturday night. (KPAR 6 News)",
                  updates=(
                      ("11:35 PM", "Whitlock: &#8216;Port Arden chose to fix the "
                       "basics&#8217;",
                       "The mayor-elect thanked volunteers and said her first 100 days would"
                       " focus on the water system, which saw three citywide boil-water "
                       "notices last summer."),
                      ("11:08 PM", "Okafor concedes",
                       "Marcus Okafor tells supporters he has called Whitlock to congratulate"
                       " her. He says he will finish his term on the county commission."),
                      ("10:55 PM", "All precincts in",
                       "With all 98 precincts reporting, Whitlock has 28,514 votes (52.6%) "
                       "and Okafor 25,696 (47.4%). These results are unofficial."),
                      ("9:40 PM", "Whitlock holds lead",
                       "With 71 of 98 precincts reporting, Whitlock leads with 21,077 votes "
                       "(51.9%) to Okafor&#8217;s 19,534 (48.1%)."),
                      ("7:15 PM", "Early vote in",
                       "Early and mail ballots show Whitlock ahead 11,602 (52.9%) to "
                       "10,328 (47.1%). Polls closed at 7 p.m."),
                  ),
                  trending=(
                      "First Alert: heat advisory for the Coastal Bend through Tuesday",
                      "Causeway lane closures start Monday night",
                      "Port Arden ISD names new superintendent",
                      "Rip current warning issued for Sable Point beaches",
                  ),
              )),
        _page("https://www.gazettesentinel.example/news/local/whitlock-wins-runoff-"
              "article_7c1e.html",
              _gazette_site(
                  "Whitlock wins runoff, will be Port Arden&#8217;s next mayor",
                  [
                      "Dana Whitlock, a former two-term council member who campaigned on "
                      "fixing the city&#8217;s aging water system, won Saturday&#8217;s "
                      "mayoral runoff, beating County Commissioner Marcus Okafor by 28,514 "
                      "votes to 25,696.",
                      "Her 52.6 percent share came after a five-week runoff campaign that "
                      "grew sharper in its final days, with both campaigns and allied groups"
                      " spending heavily on television ads and mailers.",
                      "A total of 54,210 ballots were cast, or 29.1 percent of the "
                      "city&#8217;s 186,400 registered voters, according to the Calder "
                      "County Elections Office. That was slightly higher than in the May 3 "
                      "general election, when Whitlock led a field of six with 38.2 percent.",
                      "Okafor, who had 31.5 percent in May, conceded a little after 11 p.m."
                      " &#8220;The voters have spoken,&#8221; he told supporters at the "
                      "Machinists union hall. &#8220;I called Dana a few minutes ago to "
                      "congratulate her, and I told her my door is open.&#8221;",
                      "Whitlock spoke about half an hour later at the Harborview Hotel, "
                      "where she promised that Port Arden would &#8220;fix the "
                      "basics: water, streets and a city hall that answers the "
                      "phone.&#8221;",
                      "The results are unofficial until the City Council canvasses them. "
                      "Under state law the council must do so by June 18, and Whitlock is "
                      "set to take the oath of office on July 1.",
                      "She replaces Mayor Ruth Castellano, who was barred by term limits "
                      "from seeking a third term. Castellano stayed neutral in the runoff.",
                      "Okafor carried most precincts on the city&#8217;s west side, while "
                      "Whitlock ran up large margins in Northshore and the neighborhoods "
                      "around the port, a pattern that mirrored the first round.",
                      "<em>Staff writer Denise Pruitt contributed to this report.</em>",
                  ],
                  date_text="",
                  byline="By Luis Garza, Staff Writer",
                  deck="Former council member beats County Commissioner Marcus Okafor; turnout"
                       " edges up from May",
                  caption="Dana Whitlock hugs supporters at the Harborview Hotel on Saturday "
                          "night. (Luis Garza/Gazette-Sentinel)",
                  also=(
                      "Port commissioners approve $48 million dock expansion",
                      "Boil-water notice lifted for Northshore after 3 days",
                      "Two hurt in Friday crash on the Causeway",
                      "Sable Point lifeguards to start weekday patrols June 14",
                  ),
              )),
        _page("https://hpb.example/2025/06/08/politics/port-arden-mayor-runoff-whitlock",
              _pubcast_site(
                  "Port Arden elects Dana Whitlock mayor after a bruising runoff",
                  [
                      "Voters in Port Arden on Saturday chose former city council member "
                      "Dana Whitlock as their next mayor, handing her a clear win over "
                      "Calder County Commissioner Marcus Okafor in a runoff dominated by "
                      "complaints about the city&#8217;s water system.",
                      "Whitlock took 52.6% of the vote, according to unofficial results, "
                      "winning by 2,188 votes. Okafor called her to concede shortly after "
                      "11 p.m.",
                      "The race was officially nonpartisan, but it drew outside money and "
                      "attention. A political action committee funded largely by port "
                      "contractors spent heavily on Whitlock&#8217;s behalf, while Okafor "
                      "was backed by several labor unions.",
                      "&#8220;People here are tired of boiling their water,&#8221; said "
                      "Graciela Moya, a retired teacher who voted for Whitlock at a "
                      "Northshore church. &#8220;I don&#8217;t care about the party stuff. "
                      "I want the pipes fixed.&#8221;",
                      "Okafor told supporters that the voters had spoken and that he had "
                      "offered to help the new mayor. He remains on the county commission "
                      "until his term ends.",
                      "Whitlock replaces Mayor Ruth Castellano, who was term-limited after "
                      "eight years in office. The City Council has until June 20 to canvass"
                      " the results, and the new mayor is due to be sworn in on July 1.",
                      "Whitlock has promised to publish a list of the city&#8217;s worst "
                      "water mains within her first month in office and to bring in an "
                      "outside firm to audit the utility&#8217;s billing system.",
                      "Okafor, a former union electrician, had built his campaign around jobs"
                      " at the port and argued that Whitlock was too close to the "
                      "contractors who stand to benefit from its expansion.",
                      "Among her first tasks will be a decision on a long-delayed plan to "
                      "replace more than 40 miles of cast-iron water mains, a project city "
                      "engineers have estimated at several hundred million dollars.",
                  ],
                  byline="Renata Solis",
                  caption="Mayor-elect Dana Whitlock speaks to supporters in Port Arden on "
                          "Saturday night.",
                  related=(
                      "Galveston council delays vote on beach parking fees",
                      "Texas runoff turnout: why so few people vote in June",
                      "Corpus Christi water rates to rise 8% in October",
                  ),
                  listen="3:41", program="Gulf Coast Evening", topic="Politics",
              )),
        _page("https://www.nationalledger.example/politics/2025/jun/08/texas-port-arden-"
              "mayor-runoff-whitlock",
              _ledger_site(
                  "Texas port city picks council veteran as mayor in low-turnout runoff",
                  [
                      "Dana Whitlock, a former city council member, has won the runoff for "
                      "mayor of Port Arden, a Gulf coast city of about 310,000 people whose "
                      "water troubles became the central issue of the campaign.",
                      "Whitlock beat Marcus Okafor, a Calder County commissioner, by 52.6% "
                      "to 47.4% in Saturday&#8217;s vote, a margin of just over five "
                      "percentage points, according to unofficial results.",
                      "Turnout was about 34%, local officials said, typical of municipal "
                      "runoffs in Texas, which are held in early summer and rarely draw more"
                      " than a fraction of registered voters.",
                      "The city issued three citywide boil-water notices last summer after "
                      "a string of main breaks, and residents packed council meetings to "
                      "complain about brown tap water and rising bills. Both candidates "
                      "promised to rebuild the system; voters appear to have trusted "
                      "Whitlock&#8217;s plan more.",
                      "Texas cities hold their municipal elections in May, with runoffs "
                      "several weeks later when no candidate wins a majority. Okafor, a "
                      "county commissioner since 2019, had hoped that union turnout would "
                      "carry him in a low-interest contest.",
                      "The contest was officially nonpartisan. Okafor was endorsed by the "
                      "county Democratic Party, while Whitlock drew support from the local "
                      "chamber of commerce and from several Republican state legislators, "
                      "though she avoided party labels on the trail.",
                      "&#8220;Tonight Port Arden chose to fix the basics,&#8221; Whitlock "
                      "told supporters on Saturday night, listing water, streets and a city "
                      "hall &#8220;that answers the phone&#8221;.",
                      "She led the six-candidate first round on 3 May with 38.2%. She will "
                      "take office on 1 July, succeeding Ruth Castellano, who was barred "
                      "from running again by term limits.",
                  ],
                  standfirst="Dana Whitlock beats county commissioner Marcus Okafor after a "
                             "campaign dominated by boil-water notices",
                  byline="Paul Deveraux in Houston", section="US politics",
                  published="2025-06-08T14:10:00Z",
                  most_read=(
                      "Fed expected to hold rates at 4.25%-4.5% next week",
                      "Wildfire near Flagstaff forces 2,000 to evacuate",
                      "The best beach reads of the summer, chosen by our critics",
                      "Los Angeles protests: what we know",
                  ),
              )),
    ], [
        ("vote margin", r"2,?818", r"2,?188"),
        ("turnout", r"(?<![\d.])29(\.1)?" + _PCT, r"(?<![\d.])34(\.0)?" + _PCT),
        ("canvass deadline", r"june 18|2025-06-18|\b18 june|\b6/18",
         r"june 20|2025-06-20|\b20 june|\b6/20"),
    ]),
    # -----------------------------------------------------------------------
    # 3. trade: two days of US-China talks in London; the wire page is updated with a
    # Chinese statement; planted: where the final one-to-one meeting took place (airport
    # lounge vs air base), how long Monday's session ran, and when the truce lapses.
    # -----------------------------------------------------------------------
    _story("trade-XC3", "trade", "2025-11-03", [
        _page("https://www.meridianwire.example/business/us-china-trade-talks-london-"
              "2025-10-28",
              _wire_site(
                  "US, China end London talks with outline of truce extension",
                  [
                      "U.S. and Chinese negotiators wrapped up two days of trade talks in "
                      "London on Tuesday with what both sides described as an outline for "
                      "extending their tariff truce, which is due to lapse on Nov. 10, "
                      "though the deal still needs the approval of both countries&#8217; "
                      "leaders.",
                      "Treasury Secretary Scott Bessent, who led the U.S. team with Trade "
                      "Representative Jamieson Greer, told reporters outside Lancaster House"
                      " that the two days had been &#8220;very candid and very detailed"
                      "&#8221; and that he believed &#8220;we have the makings of an "
                      "extension.&#8221;",
                      "China&#8217;s delegation was headed by Vice Premier He Lifeng, with "
                      "Commerce Minister Wang Wentao and international trade representative "
                      "Li Chenggang. Monday&#8217;s opening session ran about six hours, "
                      "officials on both sides said, and Tuesday&#8217;s round ended shortly"
                      " before 4 p.m.",
                      "Before flying home, He met Bessent alone for about 40 minutes in a "
                      "private lounge at Heathrow airport, according to two people familiar "
                      "with the meeting, who said the pair went over the wording of the "
                      "points to be sent to Washington and Beijing.",
                      "Under the current truce, the United States charges an extra 30% on "
                      "most Chinese goods and China charges 10% on U.S. goods, well below "
                      "the triple-digit levies the two sides traded in April.",
                      "People briefed on the talks said the outline would extend the truce "
                      "by 90 days, with China delaying new export controls on rare earth "
                      "magnets and resuming purchases of U.S. soybeans, and the United "
                      "States holding off on further tariff increases.",
                      "In a statement late on Tuesday, China&#8217;s commerce ministry said "
                      "the two sides had held &#8220;in-depth, frank and constructive&#8221;"
                      " exchanges and would &#8220;each report to their leaders.&#8221;",
                      "The London meeting was the fifth round since the two sides agreed in"
                      " Geneva in May to roll back tariffs for an initial 90 days.",
                  ],
                  dateline="LONDON", byline="Oliver Brandt and Wen Jiali",
                  section="Business", published="2025-10-28T17:20:00Z",
                  updated="2025-10-28T19:05:00Z",
                  updated_note="adds Chinese commerce ministry statement",
                  read_more=("Soybean futures jump on hopes of Chinese buying",
                             "/markets/commodities/soybeans-2025-10-27"),
                  related=(
                      ("EU and Japan agree to coordinate on steel overcapacity",
                       "/business/eu-japan-steel-2025-10-24"),
                      ("Stockholm talks end with no deal on tariff pause, July 29",
                       "/business/us-china-stockholm-2025-07-29"),
                      ("Bank of England seen holding at 4% next week",
                       "/markets/boe-preview-2025-10-27"),
                  ),
                  credit="(Additional reporting by Sara Lindqvist in Washington; Editing by "
                         "Fiona Chu)",
              )),
        _page("https://basispointdaily.example/2025/10/29/london-talks-truce-what-markets-"
              "are-pricing/",
              _blog_site(
                  "London talks: an extension is coming, but read the small print",
                  [
                      "So the London round is done and, as widely expected, the two sides "
                      "walked away with an outline to extend the tariff truce rather than "
                      "a signed deal. Nothing is final until the two presidents sign off, "
                      "and the clock is ticking: the current truce expires on "
                      "<strong>November 10</strong>.",
                      "A few things stood out for me. First, the length of the sessions. "
                      "Monday&#8217;s talks ran for <em>eight and a half hours</em>, which "
                      "is not what you see when a deal is pre-cooked. Someone was "
                      "negotiating line by line.",
                      "Second, the personnel. Treasury Secretary Scott Bessent led for the "
                      "U.S. side, again flanked by USTR Jamieson Greer, and Vice Premier He "
                      "Lifeng led for Beijing. Commerce Minister Wang Wentao and trade "
                      "negotiator Li Chenggang were in the room too, which tells you export "
                      "controls were on the table.",
                      "Third, the numbers we are working from. The U.S. extra tariff on "
                      "Chinese goods sits at 30% and China&#8217;s on American goods at 10%."
                      " Remember that in April those were 145% and 125% respectively, so a "
                      "lapse back toward those levels is the real tail risk.",
                      "What the reported outline seems to contain: another 90 days of "
                      "truce, a one-year delay to China&#8217;s new rare-earth export rules, "
                      "and a resumption of Chinese soybean buying. The U.S. side would hold "
                      "off on new tariff hikes during the extension.",
                      "Markets liked it. The offshore yuan firmed to about 7.11 per dollar "
                      "on Tuesday afternoon and soybean futures in Chicago were up more than"
                      " 2% on the week.",
                      "My take: the extension is likely, but the fine print on export "
                      "licences will matter more than the headline. I will update once we "
                      "see a text.",
                  ],
                  author="Nadia Fairbanks", shown_date="October 29, 2025",
                  published="2025-10-29T07:45:00+00:00",
                  tags=("China", "Tariffs", "Trade war", "Yuan", "Soybeans"),
                  recent=(
                      "Fed cuts by 25 bp to 3.75%-4.00%, ends QT on Dec. 1",
                      "Why the BOJ keeps waiting (and why markets do not mind)",
                      "Chart of the week: container rates since 2019",
                  ),
                  bio="Nadia Fairbanks spent a decade on a rates desk before starting this "
                      "blog. She writes about trade, currencies and central banks.",
                  post_id=5172,
              )),
        _page("https://www.nationalledger.example/world/2025/oct/28/us-china-trade-talks-"
              "london-truce",
              _ledger_site(
                  "Bessent and He Lifeng close London talks with a private meeting at RAF "
                  "Northolt",
                  [
                      "The US treasury secretary, Scott Bessent, and China&#8217;s vice "
                      "premier, He Lifeng, held a final 40-minute meeting at RAF Northolt, "
                      "the military airfield in west London, on Tuesday afternoon, capping "
                      "two days of talks aimed at extending a fragile tariff truce.",
                      "The pair met alone while He&#8217;s aircraft was prepared for the "
                      "flight back to Beijing, according to officials. Their teams had spent "
                      "Monday and Tuesday at Lancaster House, the government mansion near St"
                      " James&#8217;s Palace that also hosted a round of talks in June.",
                      "Officials said Monday&#8217;s session lasted about six hours. Tuesday"
                      "&#8217;s round finished at about 4pm London time, around noon in "
                      "Washington.",
                      "The current truce expires on 10 November. Without an extension, US "
                      "tariffs on many Chinese goods could rise sharply, and Beijing has "
                      "said it would respond in kind.",
                      "Bessent said afterwards that the US side believed it had &#8220;the "
                      "makings of an extension&#8221;, describing the talks as candid and "
                      "detailed. China&#8217;s commerce ministry said the exchanges had been"
                      " in-depth, frank and constructive and that each side would report to"
                      " its leader.",
                      "The US trade representative, Jamieson Greer, also attended, as did "
                      "China&#8217;s commerce minister, Wang Wentao. British officials "
                      "hosted but did not take part.",
                      "Farmers in the US midwest, who have sold almost no soybeans to China "
                      "since the spring, have been watching the talks closely. Soybean "
                      "futures in Chicago rose on hopes that Chinese buyers would return.",
                      "The two sides agreed in Geneva in May to lower tariffs that had "
                      "reached triple digits in April. The US now charges an extra 30% on "
                      "most Chinese goods and China 10% on American goods.",
                  ],
                  standfirst="Tariff truce due to expire on 10 November; both sides say an "
                             "outline for an extension now goes to the two leaders",
                  byline="Rachel Amadi, Economics correspondent", section="World",
                  caption="Scott Bessent leaves Lancaster House in London on Tuesday. "
                          "Photograph: Ledger pool",
                  most_read=(
                      "Hurricane Melissa makes landfall in Jamaica as category 5 storm",
                      "Gatwick second runway wins final planning approval",
                      "How a village bakery became a TikTok sensation",
                      "The week in wildlife, in pictures",
                  ),
              )),
        _page("https://www.straitsisles.example/business/2025/10/29/us-china-london-talks-"
              "extension-outline",
              _isles_site(
                  "US, China agree on outline to extend trade truce after London talks",
                  [
                      "SINGAPORE &#8212; The United States and China have agreed on the "
                      "outline of a deal to extend their trade truce, negotiators said after"
                      " two days of talks in London that ended on Tuesday (Oct 28), easing "
                      "worries among Asian exporters whose supply chains straddle the two "
                      "economies.",
                      "The truce, first agreed in Geneva in May, is due to expire on Nov 12"
                      " unless the two countries&#8217; leaders approve the extension.",
                      "Chinese Vice-Premier He Lifeng and US Treasury Secretary Scott "
                      "Bessent led their delegations. Before He left Britain, the two men "
                      "met privately for about 40 minutes in a VIP lounge at Heathrow "
                      "Airport, according to people familiar with the meeting.",
                      "China&#8217;s Ministry of Commerce said the talks had been in-depth, "
                      "frank and constructive. Mr Li Chenggang, China&#8217;s international "
                      "trade representative, told reporters the consensus reached in London"
                      " &#8220;must now be reported to the leaders.&#8221;",
                      "Under the current arrangement, the US imposes an additional 30 per "
                      "cent tariff on most Chinese goods, while China levies 10 per cent on "
                      "American products.",
                      "Economists at regional banks said an extension would be welcome news"
                      " for exporters in Vietnam, Malaysia and Thailand, many of which "
                      "assemble goods using Chinese components for sale in the US.",
                      "&#8220;The worst case for the region is not high tariffs as such, but"
                      " not knowing what the tariff will be in three months,&#8221; said "
                      "Ms Tan Hui Min, an economist at a Singapore bank.",
                      "Singapore&#8217;s Straits Times Index rose 0.6 per cent on Wednesday, "
                      "while the offshore yuan held near 7.11 to the US dollar.",
                  ],
                  date_text=None, byline="By Kelvin Ong, Regional Correspondent",
                  kicker="BUSINESS",
                  latest=(
                      "Malaysia's GDP grows 5.2% in third quarter",
                      "Grab shares rise after quarterly profit beats forecasts",
                      "Typhoon signal No. 3 raised over Batanes",
                      "Bank Indonesia holds rate at 4.75%",
                  ),
              )),
    ], [
        ("meeting place", r"heathrow|lounge", r"northolt|\braf\b|air ?base|airfield"),
        ("duration", r"(?<![\d.])(six|6) ?(hours?|hrs?|h\b)|360 ?min",
         r"eight and a half|(?<![\d.])8\.5 ?(hours?|hrs?|h\b)|(?<![\d.])8 ?(hours?|h) ?"
         r"(and )?30|510 ?min"),
        ("truce deadline", r"nov(ember|\.)? 10\b|2025-11-10|\b10 nov",
         r"nov(ember|\.)? 12\b|2025-11-12|\b12 nov"),
    ]),
    # -----------------------------------------------------------------------
    # 4. rocket: third test flight of a methane rocket from the Texas coast, followed live
    # by the local TV station (Central time) and a spaceflight site (UTC); planted: the
    # booster's name and when the upper stage splashed down.
    # -----------------------------------------------------------------------
    _story("rocket-XC4", "rocket", "2025-11-28", [
        _page("https://www.kpar6.example/news/space/veyra-argent-flight-3-launch-sable-"
              "point-live/",
              _tv_site(
                  "LIVE UPDATES: Veyra&#8217;s Argent rocket launches from Sable Point on "
                  "third test flight",
                  [
                      "SABLE POINT, Texas &#8212; Veyra Space launched its Argent rocket on "
                      "its third test flight Tuesday evening, lighting up the sky over the "
                      "Coastal Bend as thousands of people watched from beaches and the "
                      "Causeway.",
                      "The rocket lifted off at 7:32 p.m., about 47 minutes after the launch"
                      " window opened. The countdown was held at one point because a boat "
                      "had strayed into the restricted zone offshore, the company said.",
                      "The first stage, known as Booster 7, separated from the upper stage "
                      "a little over two and a half minutes into the flight and splashed "
                      "down in the Gulf a few minutes later, as planned.",
                      "The upper stage climbed to about 118 miles above Earth, released two "
                      "dummy satellites and then came back down through the atmosphere, "
                      "ending its flight with a splashdown in the Indian Ocean about 64 "
                      "minutes after liftoff.",
                      "&#8220;Tonight the vehicle did everything we asked of it,&#8221; "
                      "Veyra chief executive Tomas Lindqvist said on the company&#8217;s "
                      "webcast. &#8220;That&#8217;s a very good day for this team.&#8221;",
                      "The company&#8217;s second flight, in August, reached space but the "
                      "upper stage broke apart as it came back through the atmosphere.",
                      "Sable Point Road remains closed to through traffic until 11 p.m., "
                      "according to the Calder County Sheriff&#8217;s Office. Drivers "
                      "leaving the beach area should expect delays on the Causeway.",
                  ],
                  date_line="Published: November 18, 2025 at 6:30 PM CST &nbsp;|&nbsp; "
                            "Updated: November 18, 2025 at 9:02 PM CST",
                  reporter="Jordan Pike",
                  caption="Veyra&#8217;s Argent rocket lifts off from Sable Point on Tuesday."
                          " (KPAR 6 viewer photo / Rosa Delgado)",
                  updates=(
                      ("8:36 PM", "Splashdown!",
                       "Veyra confirms the upper stage has splashed down in the Indian "
                       "Ocean, ending the flight. Cheers in mission control on the webcast."),
                      ("7:52 PM", "Dummy satellites released",
                       "The upper stage has released both of its test payloads, according to"
                       " the webcast."),
                      ("7:39 PM", "Booster down in the Gulf",
                       "Booster 7 has splashed down in the Gulf after a controlled descent. "
                       "Several viewers near the Causeway report hearing a sonic boom."),
                      ("7:35 PM", "Stage separation",
                       "The booster and upper stage have separated. The upper stage engines "
                       "are running normally, the company says."),
                      ("7:32 PM", "LIFTOFF",
                       "Argent has cleared the tower at Sable Point."),
                      ("7:10 PM", "Hold in the countdown",
                       "Veyra has paused the countdown while a boat is cleared from the "
                       "hazard area offshore. No new time given yet."),
                  ),
                  trending=(
                      "Port Arden water main repairs close Ocean Drive lanes",
                      "Thanksgiving travel: what to expect at Port Arden airport",
                      "High school playoffs: Port Arden North advances",
                      "Cold front to bring first 40-degree night of the season",
                  ),
              )),
        _page("https://liftofflog.example/2025/11/19/argent-flight-3-recap",
              _space_site(
                  "Argent Flight 3 recap: a clean ascent, payloads out and a splashdown "
                  "on target",
                  [
                      "Third time was the charm for Veyra Space. The company&#8217;s Argent "
                      "rocket flew its full planned profile on Flight 3, lifting off from "
                      "Sable Point on the Texas coast at 01:32 UTC on 19 November (7:32 p.m."
                      " local time on the 18th).",
                      "The booster for this flight was Booster 9, with all 24 of its "
                      "methane-fuelled Cairn engines lighting on the pad. Stage separation "
                      "came at T+2:41, and the booster flew a controlled descent to a "
                      "splashdown in the Gulf about seven minutes after liftoff. Veyra has "
                      "said it does not plan to recover boosters until next year.",
                      "The upper stage reached an apogee of roughly 190 km, coasted, and "
                      "released two mass simulators about 20 minutes into the flight. It "
                      "then relit one of its six engines for a short burn, a first for the "
                      "programme and a key step before Veyra can try an orbital mission.",
                      "Re-entry was the part everyone was watching. On Flight 2 in August "
                      "the upper stage broke up over the Indian Ocean, and on Flight 1 in "
                      "March the vehicle was lost about four minutes after launch. This time"
                      " the heat shield held, and the upper stage splashed down in the "
                      "Indian Ocean at T+64 minutes (02:36 UTC).",
                      "Chief executive Tomas Lindqvist said on the webcast that the vehicle "
                      "had done everything the team asked of it.",
                      "The Federal Aviation Administration said it would not require a "
                      "mishap investigation for this flight, clearing the way for Veyra to "
                      "move on to Flight 4, which the company hopes to fly in the first "
                      "quarter of 2026.",
                      "One small wrinkle: the launch slipped by about 47 minutes from the "
                      "opening of the window after a boat entered the offshore hazard area. "
                      "That is becoming a familiar story on the Gulf coast.",
                  ],
                  author="Priya Raman", published="2025-11-19T04:10:00Z",
                  flight_card=(
                      ("Vehicle", "Argent (Flight 3)"),
                      ("Booster", "Booster 9"),
                      ("Site", "Sable Point, Texas"),
                      ("Liftoff", "19 Nov 2025, 01:32 UTC"),
                      ("Apogee", "~190 km"),
                      ("Outcome", "Success; upper stage splashdown at T+64 min"),
                  ),
                  caption="Argent climbs away from Sable Point on Flight 3. Image: Veyra "
                          "Space",
                  more=(
                      "Rocket Lab&#8217;s Neutron slips to 2026",
                      "Ariane 6 to carry two Galileo satellites in December",
                      "Japan&#8217;s H3 flies seventh mission",
                  ),
              )),
        _page("https://www.meridianwire.example/science/veyra-argent-third-test-flight-"
              "texas",
              _wire_site(
                  "Veyra&#8217;s Argent rocket completes third test flight after two "
                  "setbacks",
                  [
                      "Veyra Space&#8217;s Argent rocket completed its third test flight on "
                      "Tuesday, launching from the Texas coast and splashing down its upper "
                      "stage in the Indian Ocean about 48 minutes after launch, a boost for "
                      "the company after two earlier flights ended in failure.",
                      "The rocket lifted off from Veyra&#8217;s Sable Point site at 7:32 p.m."
                      " local time (0132 GMT Wednesday) after a delay of about 47 minutes "
                      "caused by a boat in the offshore safety zone.",
                      "Its first stage, Booster 7, separated as planned and made a "
                      "controlled descent into the Gulf. The upper stage reached an altitude"
                      " of about 190 km (118 miles) and released two dummy satellites.",
                      "Before coming back down it relit one of its engines in space for the "
                      "first time, a step the company needs before it can attempt to reach "
                      "orbit.",
                      "&#8220;Tonight the vehicle did everything we asked of it,&#8221; Chief"
                      " Executive Tomas Lindqvist said on the company&#8217;s webcast.",
                      "The Argent is one of several large methane-fuelled rockets being "
                      "developed by U.S. companies, which are competing for military and "
                      "commercial contracts to carry bigger satellites and more of them.",
                      "Veyra, which is based in Houston and employs about 1,900 people, has "
                      "said it hopes to fly its first paying customer in 2027. Spectators "
                      "lined beaches and the causeway near the city of Port Arden to watch "
                      "the launch.",
                      "The first Argent flight, in March, broke apart minutes after liftoff,"
                      " and the second, in August, lost its upper stage during re-entry.",
                      "The Federal Aviation Administration said no mishap investigation would"
                      " be required.",
                  ],
                  dateline="SABLE POINT, Texas", byline="Greg Halvorsen",
                  section="Science",
                  related=(
                      ("NASA sets Artemis II crew dress rehearsal for January",
                       "/science/artemis-ii-2025-11-14"),
                      ("China launches three astronauts to Tiangong station",
                       "/science/shenzhou-2025-10-31"),
                  ),
                  credit="(Reporting by Greg Halvorsen; Editing by Laura Mbeki)",
              )),
    ], [
        ("booster", r"booster 7\b|\bb-?7\b|booster seven", r"booster 9\b|\bb-?9\b|booster nine"),
        ("splashdown time", r"(?<![\d.])64 ?(min|minutes)|8:36|02:36|0236",
         r"(?<![\d.])48 ?(min|minutes)"),
    ]),
    # -----------------------------------------------------------------------
    # 5. court (CONTROL, nothing planted): the Federal Circuit's en banc ruling on the
    # emergency tariffs. Traps: 7-4 vs "seven of the 11 judges", two names for each court,
    # "$159 billion" vs "nearly $160 billion", Oct. 14 vs "mid-October", a later update.
    # -----------------------------------------------------------------------
    _story("court-XC5", "court", "2025-09-08", [
        _page("https://www.meridianwire.example/legal/appeals-court-tariffs-ieepa-ruling",
              _wire_site(
                  "Appeals court rules most of Trump&#8217;s tariffs are illegal, leaves "
                  "them in place for now",
                  [
                      "A U.S. appeals court ruled on Friday that most of the tariffs "
                      "President Donald Trump imposed under an emergency powers law were "
                      "illegal, but allowed them to stay in place until Oct. 14 so the "
                      "administration can ask the Supreme Court to intervene.",
                      "In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit "
                      "in Washington agreed with the Court of International Trade, which had"
                      " ruled in May that the International Emergency Economic Powers Act "
                      "did not give the president the power to impose sweeping import "
                      "taxes.",
                      "&#8220;Nowhere in the list of emergency powers does the law mention "
                      "tariffs, and we decline to read such a power into it,&#8221; the "
                      "majority wrote in an unsigned opinion.",
                      "The ruling covers the &#8220;reciprocal&#8221; tariffs Trump announced"
                      " on April 2 and the duties he placed on goods from Canada, Mexico and "
                      "China over the flow of fentanyl. It does not affect tariffs on steel, "
                      "aluminum and cars imposed under a different law.",
                      "Judge Richard Taranto wrote the main dissent, joined by three other "
                      "judges, arguing that the 1977 law allowed the president to regulate "
                      "imports in an emergency and that tariffs were one way to do so.",
                      "The tariffs covered by the ruling had raised about $159 billion by "
                      "the end of July, according to Treasury data, money that importers "
                      "could seek to have refunded if the decision is upheld.",
                      "The cases were brought by five small businesses, including a New "
                      "York wine importer, and by 12 states led by Oregon.",
                      "Trump wrote on social media that all the tariffs remained in effect "
                      "and that the administration would win at the Supreme Court.",
                  ],
                  dateline="WASHINGTON", byline="Dana Kessler",
                  section="Legal",
                  related=(
                      ("Supreme Court to hear birthright citizenship case in its next term",
                       "/legal/scotus-citizenship-2025-06-27"),
                      ("India says 50% US tariff on its goods is unfair, vows to protect "
                       "exporters", "/business/india-tariff-2025-08-27"),
                  ),
                  credit="(Reporting by Dana Kessler; Additional reporting by Leo Park; "
                         "Editing by Fiona Chu)",
              )),
        _page("https://docketbrief.example/appellate/2025/08/29/federal-circuit-en-banc-"
              "ieepa-tariffs",
              _docket_site(
                  "En banc Federal Circuit affirms CIT: IEEPA does not authorize the "
                  "challenged tariffs",
                  [
                      "The Federal Circuit, sitting en banc, on Friday affirmed the Court of "
                      "International Trade&#8217;s May 28 judgment that the tariffs at issue"
                      " in <em>V.O.S. Selections, Inc. v. Trump</em> and the companion case "
                      "brought by Oregon and eleven other states exceed the authority "
                      "granted by IEEPA.",
                      "Seven of the court&#8217;s eleven active judges joined the per curiam"
                      " majority opinion. Four dissented, with Judge Richard Taranto "
                      "writing the principal dissent.",
                      "The majority reasoned that IEEPA&#8217;s grant of power to "
                      "&#8220;regulate&#8221; importation, read in context, does not reach "
                      "tariffs of unlimited scope and duration, and that Congress, which "
                      "holds the taxing power, has always spoken clearly when delegating "
                      "tariff authority.",
                      "The court did not resolve everything. It vacated the universal "
                      "injunction entered by the trade court and remanded so that the CIT can"
                      " consider the proper scope of relief in light of the Supreme "
                      "Court&#8217;s June decision in <em>Trump v. CASA</em>.",
                      "The mandate is stayed until October 14, giving the government time to"
                      " file a petition for certiorari. If a petition is filed by then, the "
                      "stay remains in place until the Supreme Court acts.",
                      "Practitioners expect the government to seek expedited review. Nearly "
                      "$160 billion had been collected under the challenged orders through "
                      "the end of July, and importers have begun filing protests to preserve"
                      " refund claims.",
                      "The decision does not touch duties imposed under Section 232, such as "
                      "those on steel, aluminum and automobiles, or under Section 301.",
                      "The government had argued that the power to &#8220;regulate "
                      "importation&#8221; has long been understood to include duties, "
                      "pointing to the 1971 import surcharge that President Nixon imposed "
                      "under IEEPA&#8217;s predecessor, the Trading with the Enemy Act.",
                      "The court heard argument on July 31.",
                  ],
                  author="Miriam Castellanos",
                  date_text="August 29, 2025 at 7:48 PM ET",
                  case_box=(
                      ("Case", "V.O.S. Selections, Inc. v. Trump (consolidated with Oregon v. "
                       "Trump)"),
                      ("Court", "U.S. Court of Appeals for the Federal Circuit (en banc)"),
                      ("Vote", "7&ndash;4"),
                      ("Below", "U.S. Court of International Trade, May 28, 2025"),
                      ("Mandate", "Stayed through Oct. 14, 2025"),
                  ),
                  popular=(
                      "Fifth Circuit revives Texas buoy barrier dispute",
                      "Judge orders release of 2019 grand jury records",
                      "Law firm headcounts rose 4% in the first half",
                  ),
              )),
        _page("https://www.nationalledger.example/us-news/2025/aug/30/trump-tariffs-"
              "appeals-court-ruling",
              _ledger_site(
                  "Trump&#8217;s sweeping tariffs ruled unlawful by US appeals court",
                  [
                      "A federal appeals court has ruled that most of Donald Trump&#8217;s "
                      "tariffs were imposed illegally, a significant blow to the centrepiece"
                      " of the president&#8217;s economic agenda, although the levies will "
                      "stay in force while the fight moves to the supreme court.",
                      "Seven of the 11 judges on the Federal Circuit court of appeals agreed "
                      "late on Friday that the International Emergency Economic Powers Act, "
                      "a 1977 law meant for national emergencies, does not let the president"
                      " set tariffs at will. Four judges dissented.",
                      "The judges upheld a decision by the US court of international trade "
                      "in May, but paused their ruling until mid-October to give the "
                      "administration time to appeal.",
                      "The ruling applies to the so-called reciprocal tariffs unveiled in "
                      "the White House rose garden in April and to the tariffs on Canada, "
                      "Mexico and China linked to fentanyl trafficking. Levies on steel, "
                      "aluminium and cars rest on a different legal basis and are not "
                      "affected.",
                      "Trump responded on his social media platform that all the tariffs "
                      "were &#8220;still in effect&#8221;, calling the court "
                      "&#8220;highly partisan&#8221;.",
                      "A White House spokesman, Daniel Reyes, said on Saturday that the "
                      "administration would ask the supreme court to reverse what he called"
                      " &#8220;a deeply flawed decision&#8221; and that trade deals reached "
                      "with other countries were not affected.",
                      "Among those who challenged the tariffs were a family-run wine "
                      "importer in New York and a group of 12 states led by Oregon. The "
                      "Oregon attorney general, Dan Rayfield, called the ruling &#8220;a win"
                      " for the rule of law and for every family paying more at the "
                      "checkout&#8221;.",
                  ],
                  standfirst="Levies stay in place until mid-October while the administration"
                             " appeals to the supreme court",
                  byline="Tom Whitaker in Washington", section="US news",
                  most_read=(
                      "US economy grew at 3.3% annual rate in second quarter, revised data "
                      "show",
                      "Hurricane season: forecasters watch two systems in the Atlantic",
                      "The 50 best albums of 2025 so far",
                  ),
                  footnote="This article was amended on 30 August 2025 to add comment from "
                           "the White House.",
              )),
    ], []),
    # -----------------------------------------------------------------------
    # 6. central bank: Bank of Japan holds, followed on a finance blog's live page (GMT and
    # JST stamps; the yen moves during the day); planted: one dissenter's name, a quote
    # credited to the deputy governor instead of the governor, and the next meeting date.
    # -----------------------------------------------------------------------
    _story("cb-XC6", "central bank", "2025-11-10", [
        _page("https://basispointdaily.example/2025/10/30/boj-live-october-meeting/",
              _blog_site(
                  "BOJ live: on hold at 0.5%, two dissents again, Ueda keeps December open",
                  [
                      "Welcome to our live page for the Bank of Japan&#8217;s October "
                      "meeting. Newest posts are at the bottom. Times are GMT with Tokyo "
                      "time (JST) in brackets.",
                  ],
                  author="Nadia Fairbanks", shown_date="October 30, 2025",
                  published="2025-10-30T02:40:00+00:00",
                  live=[
                      ("02:40 GMT (11:40 JST) &#8211; Setting the scene", [
                          "Consensus is for no change to the 0.5% short-term rate. The Fed "
                          "cut last night to 3.75%-4.00%, and the yen opened at about 152.4 "
                          "per dollar. The question is how many board members vote for a "
                          "hike.",
                      ]),
                      ("03:21 GMT (12:21 JST) &#8211; Decision: hold, 7-2 vote", [
                          "The BOJ keeps its policy rate at 0.5%. The vote was 7-2: board "
                          "members <strong>Hajime Takata and Naoki Tamura</strong> dissented"
                          " and proposed raising the rate to 0.75%, as they did in "
                          "September.",
                          "In the quarterly outlook report, the core inflation forecast for "
                          "fiscal 2025 goes up to 2.9% from 2.7%, and the growth forecast to "
                          "0.7% from 0.6%.",
                      ]),
                      ("03:40 GMT (12:40 JST) &#8211; Yen barely moves", [
                          "Dollar/yen at 152.9, up a little from before the decision. Two "
                          "dissents were priced in.",
                      ]),
                      ("06:45 GMT (15:45 JST) &#8211; Ueda on timing", [
                          "Governor Kazuo Ueda&#8217;s press conference is under way. Key "
                          "line on the next step: &#8220;We would like to see a little more "
                          "data, especially on next year&#8217;s spring wage talks, before we"
                          " decide.&#8221;",
                          "He also said the board would look at whether US tariffs were "
                          "hurting Japanese exporters&#8217; profits and their willingness to "
                          "raise pay.",
                      ]),
                      ("07:10 GMT (16:10 JST) &#8211; Yen weakens", [
                          "Markets read Ueda as in no hurry. Dollar/yen up to 153.9, its "
                          "highest in more than eight months.",
                      ]),
                      ("07:30 GMT (16:30 JST) &#8211; Wrapping up", [
                          "That is it from me. Next BOJ meeting: December 18-19. I think a "
                          "December hike is a coin flip, with January the safer bet.",
                      ]),
                  ],
                  tags=("Bank of Japan", "Yen", "Ueda", "Live"),
                  recent=(
                      "Fed cuts by 25 bp to 3.75%-4.00%, ends QT on Dec. 1",
                      "ECB stays at 2% for a third meeting",
                      "London talks: an extension is coming, but read the small print",
                  ),
                  bio="Nadia Fairbanks spent a decade on a rates desk before starting this "
                      "blog. She writes about trade, currencies and central banks.",
                  post_id=5168,
              )),
        _page("https://www.meridianwire.example/markets/asia/boj-holds-rates-october",
              _wire_site(
                  "Bank of Japan holds rates, two board members again call for a hike",
                  [
                      "The Bank of Japan kept interest rates unchanged on Thursday, but two "
                      "board members again voted for an increase, keeping alive expectations"
                      " that it could raise borrowing costs as early as December.",
                      "The central bank left its short-term policy rate at 0.5% in a 7-2 "
                      "vote. Board members Hajime Takata and Naoki Tamura proposed raising "
                      "it to 0.75%, saying inflation risks were tilted to the upside.",
                      "Governor Kazuo Ueda told reporters the bank needed more information "
                      "on wages before acting. &#8220;We would like to see a little more "
                      "data, particularly on next year&#8217;s spring wage negotiations, "
                      "before we decide,&#8221; he said.",
                      "In its quarterly outlook report, the BOJ raised its forecast for core "
                      "consumer inflation in the fiscal year ending in March 2026 to 2.9% "
                      "from 2.7%.",
                      "Ueda said the board would also look at how U.S. tariffs were "
                      "affecting corporate profits and companies&#8217; willingness to raise"
                      " pay. The BOJ last raised rates in January, taking its policy rate to "
                      "0.5%, the highest level in 17 years.",
                      "The yen weakened during Ueda&#8217;s news conference, with the dollar "
                      "rising to 153.9 yen, as traders concluded that a hike was not "
                      "imminent.",
                      "Some analysts said the two dissents, at a second meeting in a row with"
                      " more than one vote for a hike, made a move in December more likely, "
                      "while others noted the government&#8217;s preference for caution.",
                      "The decision came a day after the U.S. Federal Reserve cut rates by a"
                      " quarter point and as the government of Prime Minister Sanae Takaichi,"
                      " who took office this month, signalled it wanted the central bank to "
                      "move cautiously.",
                      "The BOJ&#8217;s next policy meeting is on Dec. 18-19.",
                  ],
                  dateline="TOKYO", byline="Yuki Hasegawa and Tom Reardon",
                  section="Markets",
                  related=(
                      ("Japan's factory output rises 2.2% in September",
                       "/markets/asia/japan-output-2025-10-31"),
                      ("Bank of Korea holds at 2.50% as housing prices climb",
                       "/markets/asia/bok-2025-10-23"),
                  ),
                  credit="(Reporting by Yuki Hasegawa and Tom Reardon; Editing by Sam "
                         "Whitcombe)",
              )),
        _page("https://www.straitsisles.example/business/2025/10/31/boj-holds-0-5-two-"
              "dissent",
              _isles_site(
                  "BOJ stands pat at 0.5% as two board members push for hike",
                  [
                      "TOKYO &#8212; The Bank of Japan held its benchmark interest rate at "
                      "0.5 per cent on Thursday (Oct 30), but the decision was not "
                      "unanimous, with two of the nine board members voting for a quarter-"
                      "point increase.",
                      "Board members Hajime Takata and Junko Koeda dissented, proposing that"
                      " the rate be raised to 0.75 per cent.",
                      "&#8220;We would like to see a little more data, especially on next "
                      "year&#8217;s spring wage talks, before we decide,&#8221; Deputy "
                      "Governor Ryozo Himino said after the meeting, signalling that the "
                      "central bank was in no rush.",
                      "The yen slid after the decision, adding to pressure on Asian "
                      "currencies. Analysts at several regional banks said the Japanese "
                      "currency&#8217;s weakness was making Japanese exports more "
                      "competitive against those from South Korea and Taiwan.",
                      "In its quarterly outlook report, the central bank raised its forecast"
                      " for core inflation in the current fiscal year to 2.9 per cent from "
                      "2.7 per cent. Japanese government bond yields were little changed, "
                      "with the 10-year yield near 1.65 per cent.",
                      "Governor Kazuo Ueda has said the bank will keep raising rates if the "
                      "economy and prices develop in line with its forecasts, but he has "
                      "avoided committing to a date.",
                      "The BOJ ended eight years of negative interest rates in March 2024 "
                      "and last raised its rate in January this year, to 0.5 per cent.",
                      "Its next policy meeting is scheduled for Dec 18 and 19.",
                      "Economists polled by the paper were split on the timing of the next "
                      "move, with six of 11 expecting a hike in December and the rest "
                      "pointing to January or later.",
                  ],
                  date_text="31/10/2025", byline="By Aiko Mori, Tokyo Correspondent",
                  kicker="BUSINESS",
                  latest=(
                      "Bank Negara keeps OPR at 2.75%",
                      "Philippine inflation eases to 1.7% in September",
                      "Singapore core inflation rises to 0.4%",
                      "Vietnam's exports jump 17% on electronics demand",
                  ),
              )),
        _page("https://www.nationalledger.example/business/2025/oct/30/bank-of-japan-"
              "interest-rates-yen",
              _ledger_site(
                  "Bank of Japan holds rates but two members push for a rise",
                  [
                      "The Bank of Japan has left interest rates on hold for a sixth "
                      "consecutive meeting, resisting pressure to tighten policy even as "
                      "inflation has stayed above its 2% target for more than three years.",
                      "The bank&#8217;s policy board voted 7-2 to keep its short-term rate "
                      "at 0.5%. Hajime Takata and Naoki Tamura dissented, arguing for a "
                      "quarter-point rise to 0.75%.",
                      "The same two members also voted for a rise at the previous meeting, "
                      "in September.",
                      "The governor, Kazuo Ueda, said the bank wanted to see more evidence "
                      "that next year&#8217;s pay round would deliver solid wage rises "
                      "before acting.",
                      "The yen weakened after his comments, and the dollar was trading above"
                      " &#165;154 in London on Thursday evening.",
                      "The decision came a day after the US Federal Reserve cut its "
                      "benchmark rate by a quarter point to a range of 3.75% to 4%. The "
                      "European Central Bank also left borrowing costs unchanged on "
                      "Thursday, holding its deposit rate at 2%.",
                      "The Bank of Japan raised its forecast for core inflation this fiscal "
                      "year to 2.9% from 2.7%. A weak yen has helped exporters such as "
                      "carmakers but has pushed up the cost of imported food and energy, "
                      "squeezing household budgets.",
                      "Japan&#8217;s new prime minister, Sanae Takaichi, has argued in the "
                      "past for low rates, and analysts said the central bank would be wary "
                      "of moving too soon after she took office.",
                      "The bank&#8217;s next meeting is on 15 and 16 December. Economists are"
                      " divided over whether it will move then or wait until January.",
                  ],
                  standfirst="Governor Kazuo Ueda wants more evidence on wages as two board "
                             "members vote for a quarter-point increase",
                  byline="Sophie Lang, Business reporter", section="Business",
                  most_read=(
                      "Fed cuts rates to 3.75%-4% and signals December is not a done deal",
                      "ECB leaves deposit rate at 2% for third time in a row",
                      "Shell profits beat forecasts at $5.4bn",
                  ),
              )),
    ], [
        ("dissenter", r"tamura", r"koeda"),
        ("quote speaker", r"ueda", r"himino"),
        ("next meeting", r"dec(ember|\.)? 18|2025-12-1[89]|\b18(\s*(-|\u2013|and|&|to)\s*19)? dec",
         r"dec(ember|\.)? 15|2025-12-1[56]|\b15(\s*(-|\u2013|and|&|to)\s*16)? dec"),
    ]),
]
