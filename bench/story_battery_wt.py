"""Part WT of the story battery (web pages).

Written by engineer WT1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WT`.

Six stories (three court rulings, three central-bank decisions), each told by three or four
invented outlets whose whole HTML pages are produced by one template per outlet. One story
(court-WT3) is a control story with no planted disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WT", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: tuple[str, ...] | list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<li{attr}>{x}</li>" for x in items)


# --------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. Semantic <article>, dateline in the first paragraph,
# og/article meta when dated, "Key facts" aside, credit line, "More from" box.
# --------------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, section: str,
               published: tuple[str, str] | None = None, byline: str = "",
               caption: str | None = None, related: tuple[str, ...] = (),
               factbox: list[str] | None = None, read_more: tuple[int, str] | None = None,
               credit: str = "") -> str:
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title} | Pacific Wire</title>",
        '<meta property="og:site_name" content="Pacific Wire">',
        f'<meta property="og:title" content="{title}">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published[0]}">')
    head += ['<link rel="stylesheet" href="/static/pw.min.css">', "</head>"]
    body = [
        '<body class="pw-article">',
        '<a class="skip-link" href="#story">Skip to content</a>',
        '<header class="pw-masthead"><a class="pw-logo" href="/">PACIFIC WIRE</a>',
        '<nav aria-label="Sections"><ul>',
        _lis(['<a href="/world">World</a>', '<a href="/business">Business</a>',
              '<a href="/markets">Markets</a>', '<a href="/legal">Legal</a>',
              '<a href="/tech">Technology</a>', '<a href="/sustainability">Sustainability</a>',
              '<a href="/sports">Sports</a>']),
        "</ul></nav>",
        '<div class="pw-search"><input type="search" placeholder="Search Pacific Wire">'
        "</div></header>",
        '<div id="consent" class="cookie-banner" role="dialog">'
        "<p>We and our partners use cookies to personalise content and measure traffic. "
        'See our <a href="/privacy">privacy notice</a>.</p>'
        "<button>Accept all</button> <button>Reject optional</button></div>",
        '<main><article id="story" class="pw-story">',
        f'<div class="pw-kicker"><a href="/{section.lower()}">{section}</a></div>',
        f'<h1 class="pw-headline">{title}</h1>',
    ]
    if byline:
        body.append(f'<p class="pw-byline">By <a href="/authors">{byline}</a></p>')
    if published:
        body.append(f'<time class="pw-time" datetime="{published[0]}">{published[1]}</time>')
    if caption:
        body.append('<figure class="pw-fig"><img src="/img/lead.jpg" alt="">'
                    f"<figcaption>{caption}</figcaption></figure>")
    body.append('<div class="pw-body">')
    for i, p in enumerate(paras):
        if i == 0:
            p = f'<span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> {p}'
        body.append(f"<p>{p}</p>")
        if factbox and i == 2:
            body.append('<aside class="pw-facts"><h2>Key facts</h2><ul>'
                        + _lis(factbox) + "</ul></aside>")
        if read_more and i == read_more[0]:
            body.append(f'<p class="pw-readmore">Read more: <a href="/more">{read_more[1]}'
                        "</a></p>")
    body.append("</div>")
    if credit:
        body.append(f'<p class="pw-credit">{credit}</p>')
    body += [
        '<p class="pw-trust">Our Standards: <a href="/principles">The Pacific Wire Trust '
        "Principles</a>.</p>",
        '<div class="share-bar"><a href="#fb">Share on Facebook</a> <a href="#tw">Tweet</a> '
        '<a href="#li">LinkedIn</a> <button class="copy">Copy link</button></div>',
        "</article>",
        '<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>'
        + _lis(related) + "</ul></aside>",
        "</main>",
        '<footer class="pw-foot"><p>&copy; 2025 Pacific Wire. All rights reserved. '
        "Pacific Wire, 40 Harbour Row, San Francisco, CA 94111.</p>"
        '<p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> '
        '&middot; <a href="/cookies">Cookie settings</a> &middot; '
        '<a href="/corrections">Corrections</a></p>'
        "<p>All quotes delayed a minimum of 15 minutes.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(head + body)


# --------------------------------------------------------------------------------------------
# Outlet 2: The National Ledger, a national daily. <div> soup, JSON-LD when dated, paywall
# teaser, advertisement slots every few paragraphs, "Most read" rail, newsletter box.
# --------------------------------------------------------------------------------------------
def _ledger_site(title: str, paras: list[str], *, section: str, byline: str,
                 published: str | None = None, dek: str = "", caption: str | None = None,
                 most_read: tuple[str, ...] = (), factbox: list[str] | None = None,
                 read_more: tuple[int, str] | None = None, ad_every: int = 3) -> str:
    out = [
        "<!doctype html>", "<html>", "<head>", '<meta charset="utf-8">',
        f"<title>{title} - The National Ledger</title>",
        f'<meta name="description" content="{dek or title}">',
    ]
    if published:
        out.append('<script type="application/ld+json">{"@context":"https://schema.org",'
                   '"@type":"NewsArticle","headline":"' + title.replace('"', "") + '",'
                   '"datePublished":"' + published + '","publisher":{"@type":'
                   '"Organization","name":"The National Ledger"}}</script>')
    out += [
        "</head>",
        '<body><div id="root"><div class="ldg-shell">',
        '<div class="ldg-topbar"><div class="ldg-brand">The National Ledger</div>'
        '<div class="ldg-nav"><a href="/">Home</a> | <a href="/politics">Politics</a> | '
        '<a href="/economy">Economy</a> | <a href="/world">World</a> | '
        '<a href="/opinion">Opinion</a> | <a href="/climate">Climate</a> | '
        '<a href="/arts">Arts</a></div>'
        '<div class="ldg-sub"><a href="/subscribe">Subscribe &#8212; $1 a week</a> '
        '<a href="/login">Sign in</a></div></div>',
        '<div class="ldg-cookie"><span>This site uses cookies. By continuing to browse you '
        "agree to our use of cookies.</span> <a href=\"#ok\">OK</a> "
        '<a href="/cookie-policy">Learn more</a></div>',
        '<div class="ldg-main"><div class="ldg-col-left">',
        f'<div class="ldg-section-label">{section}</div>',
        f'<div class="ldg-hed-wrap"><h1 class="ldg-hed">{title}</h1></div>',
    ]
    if dek:
        out.append(f'<div class="ldg-dek">{dek}</div>')
    out.append(f'<div class="ldg-byline"><span class="by">By {byline}</span></div>')
    if caption:
        out.append('<div class="ldg-media"><div class="ldg-img"></div>'
                   f'<div class="ldg-caption">{caption}</div></div>')
    out.append('<div class="ldg-body"><div class="ldg-text">')
    for i, p in enumerate(paras):
        out.append(f'<div class="ldg-para"><p>{p}</p></div>')
        if i == 1:
            out.append('<div class="ldg-paywall-teaser"><div>You have 2 free articles '
                       'remaining this month. <a href="/subscribe">Subscribe for unlimited '
                       "access</a>.</div></div>")
        if ad_every and i % ad_every == ad_every - 1 and i < len(paras) - 1:
            out.append('<div class="ldg-ad" data-slot="mid"><span>Advertisement</span>'
                       '<div class="ad-frame"></div></div>')
        if factbox and i == 3:
            out.append('<div class="ldg-box"><div class="ldg-box-h">At a glance</div><ul>'
                       + _lis(factbox) + "</ul></div>")
        if read_more and i == read_more[0]:
            out.append('<div class="ldg-inline-link"><b>Read more:</b> '
                       f'<a href="/r">{read_more[1]}</a></div>')
    out += [
        "</div></div>",
        '<div class="ldg-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a>'
        '<a href="#">Email</a><a href="#">Copy link</a><a href="#">Gift this article</a></div>',
        '<div class="ldg-comments"><a href="#c">View comments (148)</a></div>',
        "</div>",
        '<div class="ldg-col-right"><div class="ldg-mostread"><div class="h">Most read</div>'
        "<ol>" + _lis(most_read) + "</ol></div>",
        '<div class="ldg-ad" data-slot="rail"><span>Advertisement</span></div>',
        '<div class="ldg-newsletter"><div class="h">The Morning Ledger</div>'
        "<div>Get the day's essential news in your inbox, every weekday at 6 a.m.</div>"
        '<input type="email" placeholder="Email address"><button>Sign up</button></div>'
        "</div></div>",
        '<div class="ldg-footer"><div>&copy; 2025 The National Ledger Company. '
        "1200 Constitution Square, New York, NY 10018</div>"
        '<div><a href="/about">About us</a> &bull; <a href="/careers">Careers</a> &bull; '
        '<a href="/contact">Contact</a> &bull; <a href="/privacy">Privacy policy</a> &bull; '
        '<a href="/ccpa">Do not sell my personal information</a></div></div>',
        "</div></div></body></html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Outlet 3: WKDN 7, a local TV station. Headline in a styled <div>, body is one <div> with
# <br><br> between paragraphs, video player, weather widget, "Trending" box.
# --------------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, byline: str, posted: str | None = None,
             caption: str | None = None, trending: tuple[str, ...] = (),
             weather: str = "78&deg; Harrisburg", read_more: tuple[int, str] | None = None
             ) -> str:
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(p)
        if read_more and i == read_more[0]:
            chunks.append(f'<b>RELATED:</b> <a href="/news/related">{read_more[1]}</a>')
        if i == 3:
            chunks.append('<div class="adunit">ADVERTISEMENT</div>')
    text = "<br><br>\n".join(chunks)
    posted_html = f'<div class="meta-time">Posted: {posted}</div>' if posted else ""
    cap = (f'<div class="media-caption">{caption}</div>' if caption else "")
    return "\n".join([
        "<html><head>",
        f"<title>{title} | WKDN 7 News</title>",
        '<meta name="twitter:site" content="@WKDN7">',
        '<meta name="viewport" content="width=device-width">',
        "</head><body>",
        '<div class="site-header"><div class="station-logo">WKDN 7 &#8226; Central PA'
        "</div>",
        '<div class="menu"><a href="/news">News</a> <a href="/weather">Weather</a> '
        '<a href="/traffic">Traffic</a> <a href="/sports">Sports</a> '
        '<a href="/watch-live">Watch Live</a> <a href="/contests">Contests</a> '
        '<a href="/tips">Submit a News Tip</a></div>',
        f'<div class="wx-widget"><span class="temp">{weather}</span> '
        '<a href="/weather/radar">Interactive Radar</a></div></div>',
        '<div class="alert-bar">Download the WKDN 7 app for breaking news alerts</div>',
        '<div class="page"><div class="content-col">',
        '<div class="video-player" data-autoplay="true"><div class="vp-title">'
        "WATCH: Newscast at 6</div></div>",
        cap,
        f'<div class="headline" style="font-size:34px;font-weight:700">{title}</div>',
        f'<div class="author">By: {byline}</div>',
        posted_html,
        '<div class="share-tools"><a>Facebook</a> <a>X</a> <a>Email</a> '
        "<a>Copy link</a></div>",
        f'<div class="story-text">\n{text}\n</div>',
        '<div class="copyright-line">Copyright 2025 WKDN-TV. All rights reserved. This '
        "material may not be published, broadcast, rewritten, or redistributed.</div>",
        "</div>",
        '<div class="side-col"><div class="trending"><h3>Trending Now</h3><ul>'
        + _lis(trending) + "</ul></div>",
        '<div class="adunit">ADVERTISEMENT</div></div></div>',
        '<div class="site-footer">WKDN 7 &#8226; 3900 Front Street, Harrisburg, PA 17110 '
        '&#8226; <a href="/eeo">EEO Report</a> &#8226; <a href="/fcc">FCC Public File</a> '
        '&#8226; <a href="/closed-captioning">Closed Captioning</a></div>',
        "</body></html>",
    ])


# --------------------------------------------------------------------------------------------
# Outlet 4: RateWatch, a WordPress-like finance blog. entry-title / entry-content, tags,
# author bio, related posts, comments, sidebar widgets.
# --------------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, bio: str,
               posted: tuple[str, str] | None = None, tags: tuple[str, ...] = (),
               related: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               factbox: list[str] | None = None, comments: int = 0) -> str:
    out = [
        "<!DOCTYPE html>", '<html lang="en-US">', "<head>", '<meta charset="UTF-8">',
        f"<title>{title} &#8211; RateWatch</title>",
        '<meta name="generator" content="WordPress 6.6.2">',
        '<link rel="stylesheet" id="ratewatch-style-css" href="/wp-content/themes/rw/'
        'style.css?ver=2.1" media="all">',
        "</head>",
        '<body class="post-template-default single single-post postid-8841 '
        'single-format-standard">',
        '<div id="page" class="site"><a class="skip-link screen-reader-text" '
        'href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header"><p class="site-title">'
        '<a href="/" rel="home">RateWatch</a></p><p class="site-description">Rates, '
        "markets and the money in your pocket</p>",
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        + _lis(['<a href="/category/central-banks/">Central Banks</a>',
                '<a href="/category/trade/">Trade</a>', '<a href="/category/stocks/">Stocks</a>',
                '<a href="/category/personal-finance/">Personal Finance</a>',
                '<a href="/about/">About</a>'], "menu-item") + "</ul></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">',
        '<article class="post type-post status-publish format-standard hentry">',
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>',
    ]
    if posted:
        out.append('<div class="entry-meta"><span class="posted-on">Posted on <time '
                   f'class="entry-date published" datetime="{posted[0]}">{posted[1]}</time>'
                   f'</span> <span class="byline">by <span class="author vcard">{author}'
                   "</span></span></div>")
    else:
        out.append(f'<div class="entry-meta"><span class="byline">by {author}</span></div>')
    out.append('</header><div class="entry-content">')
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if factbox and i == 1:
            out.append('<div class="wp-block-group key-facts"><h3>Key facts</h3><ul>'
                       + _lis(factbox) + "</ul></div>")
        if i == 2:
            out.append('<div class="rw-inline-ad"><small>Advertisement</small></div>')
    out += [
        '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>'
        + _lis(['<a class="share-facebook">Share on Facebook</a>',
                '<a class="share-twitter">Tweet</a>', '<a class="share-email">Email</a>',
                '<a class="share-copy">Copy link</a>']) + "</ul></div>",
        "</div>",
        '<footer class="entry-footer"><span class="tags-links">Tagged '
        + ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                    for t in tags) + "</span></footer>",
        f'<div class="author-bio"><h4>About {author}</h4><p>{bio}</p></div>',
        "</article>",
        '<div class="jp-relatedposts"><h3>Related</h3><ul>' + _lis(related) + "</ul></div>",
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} '
        f"thoughts on &#8220;{title}&#8221;</h2>"
        '<p class="must-log-in">You must be <a href="/wp-login.php">logged in</a> to post '
        "a comment.</p></div>",
        "</main></div>",
        '<aside id="secondary" class="widget-area"><section class="widget widget_search">'
        '<form role="search"><input type="search" placeholder="Search &hellip;"></form>'
        "</section>",
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent '
        "Posts</h2><ul>" + _lis(recent) + "</ul></section>",
        '<section class="widget"><h2 class="widget-title">Newsletter</h2><p>One email a '
        "week. No spam, unsubscribe any time.</p><input type=\"email\"><button>Subscribe"
        "</button></section></aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 '
        'RateWatch &middot; <a href="/disclaimer/">Not investment advice</a> &middot; '
        'Proudly powered by <a href="https://wordpress.example/">WordPress</a></div></footer>',
        "</div></body></html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Outlet 5: PBN News, a public broadcaster. <main>/<article>, "Updated" line, figure before
# the lead, bullet summary ("At a glance"), "Top stories", "Related topics".
# --------------------------------------------------------------------------------------------
def _public_site(title: str, paras: list[str], *, updated: str | None = None,
                 byline: str = "", caption: str | None = None,
                 glance: list[str] | None = None, top_stories: tuple[str, ...] = (),
                 topics: tuple[str, ...] = (), correction: str | None = None,
                 read_more: tuple[int, str] | None = None) -> str:
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} - PBN News</title>",
        '<meta property="og:site_name" content="PBN News">',
        f'<meta property="og:title" content="{title}">',
        "</head>", "<body>",
        '<a href="#main-content" class="skip">Skip to content</a>',
        '<div class="pbn-cookie" role="region"><h2>Let us know you agree to cookies</h2>'
        "<p>We use cookies to give you the best online experience. Please let us know if "
        "you agree to all of these cookies.</p><button>Yes, I agree</button> "
        "<button>No, take me to settings</button></div>",
        '<header class="pbn-header"><div class="pbn-logo">PBN</div><nav><ul>'
        + _lis(['<a href="/">Home</a>', '<a href="/news">News</a>', '<a href="/sport">Sport'
                "</a>", '<a href="/weather">Weather</a>', '<a href="/iplayer">Watch</a>',
                '<a href="/sounds">Listen</a>']) + "</ul></nav>",
        '<nav class="pbn-subnav"><ul>'
        + _lis(['<a href="/news/world">World</a>', '<a href="/news/business">Business</a>',
                '<a href="/news/politics">Politics</a>', '<a href="/news/science">Science'
                "</a>", '<a href="/news/verify">PBN Verify</a>']) + "</ul></nav></header>",
        '<main id="main-content"><article class="pbn-article">',
        f'<header><h1 id="main-heading">{title}</h1>',
    ]
    if updated:
        out.append(f'<div class="pbn-updated">{updated}</div>')
    if byline:
        out.append(f'<div class="pbn-contributor">{byline}</div>')
    out.append("</header>")
    if caption:
        out.append('<figure><div class="pbn-image"></div><figcaption>'
                   f'<span class="visually-hidden">Image caption, </span>{caption}'
                   "</figcaption></figure>")
    if glance:
        out.append('<section class="pbn-glance" aria-label="At a glance"><h2>At a glance'
                   "</h2><ul>" + _lis(glance) + "</ul></section>")
    for i, p in enumerate(paras):
        out.append(f'<div data-component="text-block"><p>{p}</p></div>')
        if read_more and i == read_more[0]:
            out.append('<div data-component="links-block"><p>Read more: '
                       f'<a href="/news/x">{read_more[1]}</a></p></div>')
    if correction:
        out.append(f'<div class="pbn-correction"><p><em>{correction}</em></p></div>')
    out += [
        '<div class="pbn-share"><button>Share</button> <a>Share on Facebook</a> '
        "<a>Share on WhatsApp</a> <a>Copy link</a></div>",
        '<section class="pbn-topics"><h2>Related topics</h2><ul>' + _lis(topics)
        + "</ul></section>",
        "</article>",
        '<section class="pbn-top"><h2>Top stories</h2><ul>' + _lis(top_stories)
        + "</ul></section></main>",
        '<footer class="pbn-footer"><p>PBN is not responsible for the content of external '
        'sites. <a href="/linking">Read about our approach to external linking.</a></p>'
        "<p>&copy; 2025 Public Broadcasting Network</p>"
        '<ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About the PBN'
        '</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/accessibility">'
        "Accessibility Help</a></li></ul></footer>",
        "</body></html>",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Outlet 6: The Valley Courier, a regional paper with heavy ads. Table layout, ads after
# nearly every paragraph, "Most Read", sponsored links, obituaries and classifieds teasers.
# --------------------------------------------------------------------------------------------
def _courier_site(title: str, paras: list[str], *, byline: str, section: str,
                  caption: str | None = None, most_read: tuple[str, ...] = (),
                  sponsored: tuple[str, ...] = (), read_more: tuple[int, str] | None = None,
                  date_line: str | None = None) -> str:
    rows = []
    for i, p in enumerate(paras):
        rows.append(f'<p class="storytext">{p}</p>')
        if read_more and i == read_more[0]:
            rows.append(f'<p class="storytext"><strong>Read more:</strong> <a href="/x">'
                        f"{read_more[1]}</a></p>")
        if i % 2 == 1 and i < len(paras) - 1:
            rows.append('<div class="ad-slot ad-300x250"><div class="ad-label">'
                        "Advertisement</div><iframe title=\"ad\" src=\"/ads/frame\">"
                        "</iframe></div>")
    dl = f'<div class="pubdate">{date_line}</div>' if date_line else ""
    cap = (f'<div class="photo"><img src="/photos/main.jpg" alt=""><div class="cutline">'
           f"{caption}</div></div>" if caption else "")
    return "\n".join([
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<html><head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{title} | The Valley Courier | Lehigh Valley News</title>",
        '<script src="/ads/prebid.js"></script><script src="/ads/gpt.js"></script>',
        "</head><body>",
        '<div class="ad-slot ad-leaderboard"><div class="ad-label">Advertisement</div></div>',
        '<table width="100%" class="masthead"><tr><td class="logo">The Valley Courier</td>'
        '<td class="top-links"><a href="/subscribe">Subscribe</a> | <a href="/e-edition">'
        'E-Edition</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">'
        "Classifieds</a> | <a href=\"/login\">Log In</a></td></tr></table>",
        '<table width="100%" class="navbar"><tr><td><a href="/news">News</a></td>'
        '<td><a href="/news/local">Local</a></td><td><a href="/business">Business</a></td>'
        '<td><a href="/sports">Sports</a></td><td><a href="/opinion">Opinion</a></td>'
        '<td><a href="/things-to-do">Things To Do</a></td><td><a href="/jobs">Jobs</a></td>'
        "</tr></table>",
        '<div class="paywall-modal" style="display:none">You\'ve reached your limit of free '
        "stories. Subscribe now for just 99&cent; for the first month!</div>",
        '<table width="100%"><tr><td valign="top" class="maincol">',
        f'<div class="crumbs"><a href="/">Home</a> &raquo; {section}</div>',
        f'<span class="storyhead">{title}</span>',
        f'<div class="byline">{byline}</div>',
        dl,
        cap,
        '<div class="share"><a href="#">Share on Facebook</a> | <a href="#">Tweet</a> | '
        '<a href="#">Email</a> | <a href="#">Print</a></div>',
        '<div class="storybody">',
        *rows,
        "</div>",
        '<div class="ad-slot ad-native"><div class="ad-label">Sponsored Content</div><ul>'
        + _lis(sponsored) + "</ul></div>",
        '<div class="comments-teaser">Join the conversation &#8212; '
        '<a href="#comments">23 comments</a></div>',
        '</td><td valign="top" width="320" class="rightrail">',
        '<div class="ad-slot ad-300x600"><div class="ad-label">Advertisement</div></div>',
        '<div class="mostread"><div class="mr-head">Most Read</div><ol>' + _lis(most_read)
        + "</ol></div>",
        '<div class="ad-slot ad-300x250"><div class="ad-label">Advertisement</div></div>',
        '<div class="obits-teaser"><b>Obituaries</b><br><a href="/obituaries">Browse today'
        "&#8217;s notices</a></div>",
        "</td></tr></table>",
        '<div class="footer">&copy; 2025 The Valley Courier, a division of Keystone Regional '
        "Media. 530 Hamilton Street, Allentown, PA 18101. All rights reserved.<br>"
        '<a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a> | '
        '<a href="/contact">Contact Us</a> | <a href="/advertise">Advertise</a></div>',
        '<div class="ad-slot ad-sticky-footer"><div class="ad-label">Advertisement</div></div>',
        "</body></html>",
    ])


# ============================================================================================
# Story 1: appeals court ruling on emergency tariffs (Friday 29 August 2025).
# ============================================================================================
_T1_A = [
    "A federal appeals court ruled on Friday that most of the sweeping tariffs President "
    "Donald Trump imposed this year under an emergency-powers law were illegal, but left them "
    "in place while the administration takes its fight to the Supreme Court.",
    "In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit, sitting with all 11 "
    "of its active judges, said the International Emergency Economic Powers Act of 1977 gave "
    "the president broad powers to respond to a declared emergency but did not include the "
    "power to impose tariffs, duties or other taxes.",
    "The unsigned majority opinion upheld a May 28 ruling by the U.S. Court of International "
    "Trade in New York. Four judges dissented. Judge Richard Calloway wrote the principal "
    "dissent, arguing that the 1977 law&#8217;s authority to &#8220;regulate importation&#8221; "
    "plainly reached tariffs.",
    "The appeals court put its decision on hold until October 14 to give the government time "
    "to ask the Supreme Court to intervene.",
    "Trump, in a post on his social media platform about an hour after the ruling, said the "
    "tariffs were &#8220;all still in force&#8221; and called the decision &#8220;badly "
    "wrong.&#8221; The White House said it would appeal.",
    "The case covers the &#8220;reciprocal&#8221; tariffs Trump announced on April 2 on "
    "imports from most U.S. trading partners, as well as duties imposed in February on goods "
    "from China, Canada and Mexico that the White House tied to the flow of fentanyl. It does "
    "not touch tariffs on steel, aluminum and cars, which were imposed under a separate "
    "national-security statute.",
    "The challenge was brought by five small businesses, including a New York wine importer, "
    "and by 12 U.S. states led by Oregon.",
    "&#8220;The court has confirmed what our clients said from the start: the Constitution "
    "gives the power to tax to Congress, not to the president,&#8221; said Maren Holt, a "
    "lawyer for the businesses.",
    "Customs duties have become a significant source of federal revenue, bringing in about "
    "$159 billion in the fiscal year through July, according to Treasury data, more than "
    "double the amount collected in the same period a year earlier.",
    "Legal experts said the Supreme Court was likely to take up the case quickly, possibly "
    "in the term that opens this autumn. If the ruling stands, importers could seek refunds "
    "of duties already paid, a process trade lawyers said could take years.",
]

_T1_B = [
    "President Trump&#8217;s signature trade weapon suffered its most serious legal blow yet "
    "on Friday, when a federal appeals court in Washington declared that the bulk of his "
    "tariffs had been imposed without lawful authority.",
    "Eight of the eleven judges of the Court of Appeals for the Federal Circuit agreed that the "
    "International Emergency Economic Powers Act, a 1977 statute written with sanctions and "
    "asset freezes in mind, does not let a president levy import taxes at will.",
    "&#8220;Tariffs are taxes, and the Constitution places the power to lay them with "
    "Congress,&#8221; the majority wrote in an opinion that bore no single judge&#8217;s name.",
    "The judges did not order the duties lifted at once. Their ruling is stayed until Oct. 14, "
    "a window meant to let the Justice Department petition the Supreme Court.",
    "Judge Richard Calloway, in the principal dissent, said the majority had read the statute "
    "too narrowly, pointing to the 10 percent import surcharge that President Richard Nixon "
    "imposed in 1971 under an earlier emergency law as evidence that Congress had long "
    "tolerated such measures.",
    "The decision lands at an awkward moment for the administration, which has cited tariff "
    "receipts as a way to offset the cost of this summer&#8217;s tax law and which is in the "
    "middle of trade negotiations with several partners, China among them.",
    "The White House said it would appeal. &#8220;The president acted lawfully to confront "
    "genuine emergencies, and we fully expect to be vindicated by the Supreme Court,&#8221; "
    "said a spokesman, Daniel Ferrante.",
    "The challenge combined two lawsuits: one filed by a group of five small importers, among "
    "them a wine merchant from New York, and another brought by a dozen states, with Oregon "
    "in the lead.",
    "The Court of International Trade, a specialized court in Manhattan, reached the same "
    "conclusion in May, when a three-judge panel ruled unanimously against the tariffs.",
    "Not at issue were the levies on steel, aluminum and automobiles, which Mr. Trump imposed "
    "under Section 232 of the Trade Expansion Act of 1962, a law that lets the president act "
    "on national-security grounds after an investigation by the Commerce Department.",
]

_T1_C = [
    "So the courts have spoken &#8212; sort of. Late Friday the Federal Circuit ruled 7-4 that "
    "the president&#8217;s IEEPA tariffs are unlawful. Markets barely flinched, and here&#8217;s "
    "why: nothing changes until at least <strong>October 17</strong>, when the court&#8217;s "
    "stay runs out.",
    "<strong>What the ruling covers:</strong> the April 2 &#8220;reciprocal&#8221; tariffs, "
    "including the 10% baseline on almost every trading partner, and the fentanyl-related "
    "duties on China, Canada and Mexico from February. <strong>What it doesn&#8217;t:</strong> "
    "the Section 232 tariffs on steel, aluminum and autos. Those stay no matter what.",
    "The seven-judge majority affirmed the Court of International Trade&#8217;s May ruling. "
    "Judge Richard Calloway wrote for the dissenters, and his opinion is worth a read if you "
    "want the strongest version of the government&#8217;s case.",
    "The White House says it will go to the Supreme Court, with spokesman Daniel Ferrante "
    "telling reporters the administration expects to be vindicated there.",
    "Now the money angle. If the ruling ultimately stands, importers could be owed refunds of "
    "duties already paid. Treasury has collected roughly $159 billion in customs receipts "
    "this fiscal year through July, and a big share of that came from IEEPA levies. Refunds "
    "on that scale would be a meaningful hit to the deficit math.",
    "For US&#8211;China trade, the timing is delicate. The two sides extended their tariff "
    "truce in August to November 10, and the 20% fentanyl-linked duty on Chinese goods is one "
    "of the levies the court found unlawful. Beijing will be watching the Supreme Court as "
    "closely as anyone.",
    "Our take: even a loss at the top court would not end tariffs. The administration has "
    "other tools, including Section 122, which allows a tariff of up to 15% for 150 days, and "
    "Section 301 investigations. Expect the legal basis to shift rather than the tariffs to "
    "vanish.",
    "The 10-year Treasury yield ended the week at 4.23%, little changed on the news.",
]

_T1_D = [
    "A federal appeals court on Friday sided with Oregon, a coalition of other states and a "
    "handful of small businesses in their challenge to President Donald Trump&#8217;s "
    "tariffs, a ruling that Lehigh Valley importers said offered hope but little immediate "
    "relief.",
    "The U.S. Court of Appeals for the Federal Circuit found that the president overstepped "
    "his authority when he used a 1977 emergency law to impose tariffs on imports from dozens "
    "of countries. The ruling, however, will not take effect before Oct. 14, and the tariffs "
    "remain in force in the meantime.",
    "Oregon led the group of 12 states in one of the two lawsuits decided Friday. The other "
    "was filed by five small companies, among them a wine importer from New York.",
    "Judge Helen Moravec wrote the main dissent, arguing that the law&#8217;s language on "
    "regulating imports was broad enough to cover tariffs.",
    "Tom Ellery, who runs a specialty food importer in Allentown with 14 employees, said he had "
    "paid more than $230,000 in extra duties since April. &#8220;I&#8217;m not popping "
    "champagne yet. Until somebody tells me I get that money back, nothing has changed for "
    "us,&#8221; he said.",
    "At the Lehigh Valley Economic Development Corporation, a spokeswoman said several member "
    "manufacturers had delayed orders of imported parts while waiting for the courts to act.",
    "The case now appears headed to the U.S. Supreme Court. The White House said it would "
    "appeal.",
    "The tariffs at issue include the so-called reciprocal duties announced in April and levies "
    "on goods from China, Canada and Mexico. Tariffs on steel and aluminum, imposed under a "
    "different law, are not affected by the ruling, a point of concern for the region&#8217;s "
    "metal fabricators, who say those duties have raised their costs the most.",
]

_STORY1 = _story("court-WT1", "court", "2025-09-03", [
    _page("https://www.pacificwire.example/legal/us-appeals-court-tariffs-emergency-law-29aug",
          _wire_site(
              "US appeals court rules Trump&#8217;s emergency tariffs illegal, leaves them in "
              "place for now", _T1_A, dateline="WASHINGTON", section="Legal",
              published=("2025-08-29T21:40:00Z", "August 29, 2025 9:40 PM GMT"),
              byline="Dana Whitfield",
              related=(
                  "Canada to drop retaliatory duties on C$30 billion of US goods",
                  "Copper futures slide 3% as Washington narrows metals levy",
                  "India&#8217;s exporters brace for 50% US tariff on shrimp and textiles",
                  "EU lawmakers question terms of July trade framework with US",
              ),
              credit="Reporting by Dana Whitfield in Washington; additional reporting by "
                     "Kenji Ota in New York; Editing by Paul Okonkwo")),
    _page("https://www.nationalledger.example/politics/appeals-court-strikes-down-tariffs",
          _ledger_site(
              "Appeals Court Strikes Down Most of Trump&#8217;s Tariffs but Lets Them Stand "
              "Pending Appeal", _T1_B, section="Politics", byline="Celia Marchbanks",
              dek="A divided federal court said a 1977 emergency law does not give the "
                  "president the power to tax imports. The fight now moves to the Supreme "
                  "Court.",
              caption="The national courts building on Madison Place in Washington, where the "
                      "Federal Circuit sits. File photo.",
              most_read=(
                  "Wholesale prices jump 0.9% in July, most in three years",
                  "Harbor authority approves $2.1 billion container terminal expansion",
                  "The magnitude 8.8 quake off Kamchatka, one month on",
                  "Opinion: What the Court of International Trade got right in May",
              ),
              read_more=(5, "China and US extend tariff truce by 90 days"))),
    _page("https://ratewatchblog.example/2025/08/30/federal-circuit-ieepa-tariff-ruling/",
          _blog_site(
              "The Federal Circuit just ruled against the IEEPA tariffs. Here&#8217;s what "
              "actually changes (not much, yet)", _T1_C, author="Priya Raman",
              bio="Priya Raman writes about rates, trade and markets for RateWatch. She "
                  "previously covered fixed income for a brokerage research desk.",
              posted=("2025-08-30T08:15:00-04:00", "August 30, 2025"),
              tags=("Tariffs", "IEEPA", "US-China", "Supreme Court"),
              related=(
                  "July CPI: core inflation ticks up to 3.1%",
                  "Why the 2-year yield fell 12 basis points in a week",
                  "Refund math: what importers paid in Q2",
              ),
              recent=(
                  "Jackson Hole recap: Powell opens the door",
                  "Bank of Korea holds at 2.50%, as expected",
                  "Mortgage rates dip to 6.58%",
              ),
              comments=37)),
    _page("https://www.valleycourier.example/business/local-importers-react-tariff-ruling",
          _courier_site(
              "Local importers cautious after appeals court rules against tariffs", _T1_D,
              byline="By Marcus Feld | The Valley Courier", section="Business",
              caption="Pallets of imported goods wait at a distribution center in Upper "
                      "Macungie Township. (Courier file photo)",
              most_read=(
                  "Allentown council approves 4.5% water rate increase",
                  "Route 22 lane closures to begin Sept. 8 near Fullerton Avenue",
                  "Freedom rallies past Liberty 28-21 in season opener",
                  "Bethlehem Musikfest draws record 1.3 million visitors",
              ),
              sponsored=(
                  "Seniors in Pennsylvania are switching to this plan",
                  "The best-rated gutter guards of 2025",
              ),
              read_more=(3, "Pa. manufacturers say steel duties pushed costs up 18%"))),
], [
    ("majority", r"(?<![\d.])7(?![\d.])|\bseven\b", r"(?<![\d.])8(?![\d.])|\beight\b"),
    ("dissent author", r"calloway", r"moravec"),
    ("date", r"oct(ober|\.)? ?14\b|10-14\b|\b14 oct", r"oct(ober|\.)? ?17\b|10-17\b|\b17 oct"),
])


# ============================================================================================
# Story 2: EU General Court ruling on a chipmaker's antitrust fine (Wednesday 10 Sept 2025).
# ============================================================================================
_T2_A = [
    "Dutch chipmaker Norvane Semiconductors on Wednesday won a partial reduction of a European "
    "Union antitrust fine, as the bloc&#8217;s second-highest court upheld most of the case "
    "against it but cut the penalty to &#8364;842 million (about $985 million) from "
    "&#8364;1.12 billion.",
    "The General Court said the European Commission had been right to find in 2019 that "
    "Norvane abused its dominant position in processors for laptop and desktop computers by "
    "granting rebates to PC makers on condition that they bought almost all of their chips "
    "from it.",
    "But the judges said the Commission had not proved its case on a second practice &#8212; "
    "payments to a large European electronics retailer to hold back computers fitted with a "
    "rival&#8217;s chips &#8212; and reduced the fine accordingly, by roughly a quarter.",
    "Shares in Norvane rose 1.8% in Amsterdam after the ruling, outperforming a flat European "
    "technology index.",
    "&#8220;The Commission takes note of the judgment and will study it carefully before "
    "deciding on next steps,&#8221; Commission spokeswoman Lea Zuber told reporters at the "
    "daily briefing in Brussels.",
    "Norvane said in a statement that it welcomed the reduction but remained convinced that "
    "its rebates had lowered prices for consumers, and that it was reviewing the judgment "
    "with its lawyers.",
    "Either side can appeal on points of law to the EU Court of Justice within two months and "
    "ten days.",
    "The fine was among the largest the Commission had imposed on a single company in an "
    "abuse-of-dominance case at the time it was announced. Norvane, based in Eindhoven, "
    "employs around 21,000 people and reported revenue of &#8364;14.6 billion last year.",
    "The ruling comes as the Commission faces pressure from Washington over its enforcement "
    "against large technology companies, and as European officials push for more chip "
    "production inside the bloc under the EU Chips Act.",
    "Competition lawyers said the judgment was a reminder that the court would back the "
    "Commission on rebate schemes where the evidence was solid, but would not accept "
    "allegations that rested on thin documentation.",
]

_T2_B = [
    "Europe&#8217;s competition enforcers secured a largely favourable verdict on Wednesday in "
    "one of their longest-running cases against a chipmaker, although the penalty they "
    "imposed was trimmed.",
    "The General Court of the European Union, sitting in Luxembourg, confirmed that Norvane "
    "Semiconductors had illegally used its grip on the market for computer processors to "
    "squeeze out a rival, but lowered the fine to <strong>&#8364;824 million</strong>.",
    "The original penalty, set by the European Commission in 2019, was &#8364;1.12 billion.",
    "At the heart of the case were so-called conditional rebates: discounts that Norvane gave "
    "computer makers provided they sourced all, or nearly all, of their processors from the "
    "Eindhoven-based group. The court found that such rebates were capable of shutting "
    "competitors out of the market, and that the Commission had analysed them properly.",
    "Where the Commission fell short, the judges said, was in its evidence on payments to a "
    "retail chain that allegedly held back machines containing competitors&#8217; chips. "
    "That part of the decision was annulled.",
    "&#8220;We welcome the court&#8217;s decision to reduce the fine, but we are disappointed "
    "that it did not go further,&#8221; said Pieter van Dalen, Norvane&#8217;s general "
    "counsel. The company said it would consider an appeal to the Court of Justice, the "
    "EU&#8217;s highest court.",
    "The Commission said it would study the ruling.",
    "The case has its roots in a complaint filed in 2015 by a smaller American processor "
    "designer, which argued that Norvane&#8217;s discounts had made it all but impossible to "
    "win business from the largest PC brands.",
    "&#8220;This is a good day for the Commission on the law and a less good day on the "
    "facts,&#8221; said Sophie Marchetti, a competition lawyer in Brussels who was not "
    "involved in the case. &#8220;Rebate cases are winnable, but only with proper "
    "evidence.&#8221;",
    "The ruling is the latest in a series of high-profile judgments in Luxembourg this year "
    "testing how far Brussels can go in policing dominant companies, a question that has "
    "taken on political weight as the bloc weighs new rules for the digital economy.",
]

_T2_C = [
    "Norvane (NRVN) shareholders got a modest gift from Luxembourg on Wednesday: the EU "
    "General Court cut the chipmaker&#8217;s antitrust fine to &#8364;842 million, down from the "
    "&#8364;1.12 billion the European Commission imposed back in 2018.",
    "That&#8217;s a saving of roughly &#8364;278 million. Not a game-changer for a company of "
    "Norvane&#8217;s size, but not nothing either.",
    "The court upheld the core of the case &#8212; the conditional rebates to PC makers "
    "&#8212; but threw out the part about payments to a retailer, saying the Commission "
    "hadn&#8217;t backed it up with enough evidence.",
    "&#8220;The Commission takes note of the judgment and will study it carefully before "
    "deciding on next steps,&#8221; competition commissioner Dario Falk said. Translation: "
    "an appeal by Brussels is on the table.",
    "Norvane can also take the case to the Court of Justice. Either side has two months and "
    "ten days to decide.",
    "<strong>What it means for the stock.</strong> Norvane had already set aside the full "
    "fine in its accounts, so the reduction could show up as a one-off gain when it next "
    "reports. Shares rose about 2% on the day.",
    "The bigger picture: the judgment confirms that loyalty-style rebates by a dominant "
    "supplier remain risky in Europe, which matters for any chip company with a big market "
    "share. If you hold semis with European exposure, this is the legal backdrop to keep in "
    "mind.",
    "For context, this was one of Brussels&#8217; flagship rebate investigations, and the "
    "Commission argued at the time that the discounts had kept a smaller rival out of the "
    "biggest PC brands for years. Whether it appeals will tell us how hard it wants to defend "
    "that theory in front of the top court.",
    "We&#8217;ll update this post if either side files an appeal. <em>Disclosure: the author "
    "holds no position in NRVN.</em>",
]

_STORY2 = _story("court-WT2", "court", "2025-09-15", [
    _page("https://www.pacificwire.example/legal/eu-court-cuts-norvane-fine-10sep",
          _wire_site(
              "EU court cuts Norvane antitrust fine, upholds core of rebate case", _T2_A,
              dateline="LUXEMBOURG", section="Legal",
              published=("2025-09-10T10:12:00Z", "September 10, 2025 10:12 AM GMT"),
              byline="Annelies Roth",
              factbox=[
                  "Court: EU General Court, Luxembourg",
                  "Original fine: &#8364;1.12 billion (Commission decision, 2019)",
                  "New fine: &#8364;842 million",
                  "Appeal window: two months and ten days",
              ],
              related=(
                  "Brussels fines two freight forwarders &#8364;47 million over price-fixing",
                  "ECB set to hold deposit rate at 2% this week, economists say",
                  "Dutch government sells 5% stake in chip equipment supplier",
                  "Brussels opens probe into cloud software bundling",
              ),
              credit="Reporting by Annelies Roth; Editing by Mark Delaney")),
    _page("https://www.nationalledger.example/world/europe/norvane-eu-court-fine-ruling",
          _ledger_site(
              "E.U. Court Upholds Case Against Chipmaker but Trims Its Fine", _T2_B,
              section="World / Europe", byline="Hugo Lindqvist",
              published="2025-09-10T14:30:00+02:00",
              dek="Judges in Luxembourg agreed that Norvane Semiconductors abused its market "
                  "power, but said one of the Commission&#8217;s accusations lacked evidence.",
              most_read=(
                  "France&#8217;s government falls in confidence vote, 364 to 194",
                  "A 6.0 earthquake shakes eastern Afghanistan again",
                  "Inside the $2.4 billion fight over a Manhattan tower",
                  "Gold tops $3,600 an ounce for the first time",
              ),
              factbox=[
                  "Who: Norvane Semiconductors, Eindhoven",
                  "What: abuse of dominance through conditional rebates",
                  "Original fine: &#8364;1.12 billion",
                  "Next step: possible appeal to the Court of Justice",
              ])),
    _page("https://ratewatchblog.example/norvane-fine-cut-what-it-means-for-the-stock/",
          _blog_site(
              "Norvane&#8217;s EU fine gets cut. What it means for the stock", _T2_C,
              author="Jonas Weber",
              bio="Jonas Weber covers European equities and semiconductors for RateWatch.",
              tags=("Norvane", "Semiconductors", "EU", "Antitrust"),
              related=(
                  "Chip stocks: three charts on the 2025 rally",
                  "ECB holds at 2%: what Lagarde said",
              ),
              recent=(
                  "Fed preview: 25 or 50?",
                  "Gold at record highs &#8212; now what?",
                  "Treasury auction recap: 10-year tails by 1 bp",
              ),
              comments=12)),
], [
    ("fine", r"(?<![\d.,])842(?!\d)", r"(?<![\d.,])824(?!\d)"),
    ("year", r"(?<!\d)2019(?!\d)", r"(?<!\d)2018(?!\d)"),
    ("speaker", r"zuber|spokes(wo)?(man|person)", r"falk|commissioner"),
])


# ============================================================================================
# Story 3 (control, no planted disagreement): Pennsylvania Supreme Court ruling on undated
# mail ballots (Thursday 26 June 2025).
# ============================================================================================
_T3_A = [
    "Pennsylvania&#8217;s highest court ruled Thursday that mail-in ballots cannot be thrown "
    "out simply because voters forgot to write the date on the return envelope or wrote the "
    "wrong one.",
    "In a 5-2 decision, the Pennsylvania Supreme Court found that rejecting those ballots "
    "violates the state constitution&#8217;s guarantee of &#8220;free and equal&#8221; "
    "elections.",
    "Justice Maria Okafor wrote for the majority that the handwritten date &#8220;serves no "
    "purpose in deciding whether a voter is qualified or whether a ballot arrived on "
    "time,&#8221; since county offices already stamp every envelope when it comes in.",
    "Justice Gerald Whitcombe dissented, joined by Justice Anne Lasko. Whitcombe wrote that "
    "the legislature, not the courts, should decide what voters must do to cast a valid "
    "ballot.",
    "The ruling means counties will have to count such ballots starting with the Nov. 4 "
    "general election, when voters across the state will choose judges, school board members "
    "and local officials.",
    "The case was brought by the Keystone Voters Alliance and four voters whose ballots were "
    "set aside last fall.",
    "Statewide, about 4,500 mail ballots were not counted in the November 2024 election "
    "because of missing or incorrect dates, according to the Department of State. In Dauphin "
    "County, election officials set aside 161.",
    "State Republican Party chairman Lyle Brandt said the party was &#8220;reviewing every "
    "option, including a challenge in federal court.&#8221;",
    "The Department of State said it would send updated guidance to the election boards in "
    "all 67 counties.",
    "Voters can check the status of their mail ballot on the state&#8217;s elections website. "
    "WKDN 7 will have more on what the decision means for the fall election tonight at 6 and "
    "11.",
]

_T3_B = [
    "Lehigh County election workers will no longer be able to set aside mail ballots that "
    "arrive in envelopes without a handwritten date, after the state Supreme Court on "
    "Thursday struck down the practice.",
    "Five of the court&#8217;s seven justices agreed that tossing otherwise valid ballots over "
    "the date requirement violates the Pennsylvania Constitution&#8217;s Free and Equal "
    "Elections Clause. Justices Gerald Whitcombe and Anne Lasko dissented.",
    "In Lehigh County, 212 mail ballots were set aside in the November 2024 election because "
    "of date problems, according to county records. Northampton County set aside 148.",
    "&#8220;These were real people who filled out their ballots, signed them and sent them in "
    "on time,&#8221; said Rosa Delgado, a Bethlehem retiree who was one of the four voters who "
    "sued. &#8220;I&#8217;m 81 years old. I just want my vote to count.&#8221;",
    "The lawsuit was led by the Keystone Voters Alliance, a nonpartisan group based in "
    "Harrisburg.",
    "Justice Maria Okafor, writing for the majority, said the date written by the voter plays "
    "no role in deciding whether a ballot was cast on time because county offices record "
    "when each envelope arrives.",
    "Lehigh County Executive Nora Whitlock said her staff would follow the ruling. &#8220;Our "
    "job is to count every lawful vote, and the court has now told us what that means,&#8221; "
    "she said.",
    "Republican leaders criticized the decision. Lyle Brandt, the state GOP chairman, said the "
    "party was looking at all of its options, including going to federal court.",
    "The ruling applies starting with the Nov. 4 general election. Mail ballot applications "
    "for that election can be submitted until Oct. 28, according to the county elections "
    "office.",
]

_T3_C = [
    "Pennsylvania&#8217;s Supreme Court has ruled that mail ballots must be counted even if "
    "voters did not write a date, or wrote the wrong date, on the outer envelope.",
    "The seven-member court decided by five votes to two that rejecting such ballots breaches "
    "the state constitution, which says elections must be &#8220;free and equal&#8221;.",
    "More than 4,500 ballots were set aside across the state in the presidential election in "
    "November 2024 because of dating errors, according to state figures.",
    "The date requirement has been fought over in state and federal courts for years. In "
    "March 2024, a federal appeals court panel in Philadelphia ruled 2-1 that the rule did "
    "not breach a federal civil rights law, leaving it in place.",
    "Thursday&#8217;s decision rests instead on the state constitution, which legal experts "
    "said makes it difficult to challenge in federal court.",
    "Writing for the majority, Justice Maria Okafor said the handwritten date did nothing to "
    "show whether a voter was eligible or whether a ballot was on time.",
    "In a dissent joined by one colleague, Justice Gerald Whitcombe said any change to ballot "
    "rules should come from lawmakers in Harrisburg.",
    "Lyle Brandt, who chairs the state&#8217;s Republican Party, said it was &#8220;reviewing "
    "every option, including a federal court challenge&#8221;. Democrats and voting rights "
    "groups welcomed the ruling.",
    "Pennsylvania is regularly one of the most closely fought states in US presidential "
    "elections, and mail voting there has been a political flashpoint since 2020, when a "
    "change in state law allowed any voter to vote by post.",
]

_T3_D = [
    "Pennsylvania&#8217;s Supreme Court ruled 5-2 on Thursday that election officials may not "
    "reject mail ballots solely because the voter left off or misdated the handwritten date "
    "on the return envelope.",
    "The decision, released shortly after 10 a.m. EDT (1400 GMT), said the practice violated "
    "the free and equal elections clause of the state constitution. It was written by Justice "
    "Maria Okafor. Justice Gerald Whitcombe wrote a dissent joined by Justice Anne Lasko.",
    "According to the Pennsylvania Department of State, 4,512 mail ballots were set aside "
    "statewide in the November 2024 general election over missing or incorrect dates.",
    "The ruling is the latest turn in a long dispute over the requirement. Last year, a "
    "federal appeals court upheld the rule against a challenge brought under federal civil "
    "rights law.",
    "&#8220;We are reviewing every option, including a challenge in federal court,&#8221; "
    "state Republican Party chairman Lyle Brandt said in a statement.",
    "The Keystone Voters Alliance, which brought the case with four voters, said the decision "
    "would protect thousands of voters in every election. &#8220;No one should lose their vote "
    "over a date nobody needs,&#8221; said the group&#8217;s executive director, Imani Shaw.",
    "The state&#8217;s elections office said it would issue new guidance to county boards of "
    "elections before the Nov. 4 general election.",
    "Pennsylvania allowed all voters to cast mail ballots without an excuse starting in 2020. "
    "Democrats use mail voting at much higher rates than Republicans in the state.",
    "The court&#8217;s seven justices are elected in partisan races, and Democrats hold a "
    "5-2 majority. Three members of the majority face yes-or-no retention votes in "
    "November, and Republican groups have said they will campaign against them.",
]

_STORY3 = _story("court-WT3", "court", "2025-07-01", [
    _page("https://www.wkdn7.example/news/politics/pa-supreme-court-undated-mail-ballots-count",
          _tv_site(
              "Pa. Supreme Court: Undated mail ballots must be counted", _T3_A,
              byline="Alyssa Mercado", posted="6:41 PM, Jun 26, 2025",
              caption="A mail ballot drop box outside a county government center. "
                      "(WKDN file photo)",
              trending=(
                  "Heat advisory: feels-like temps near 100 on Friday",
                  "Hershey roller coaster reopens after 3-week repair",
                  "2 hurt in Route 322 crash in Dauphin County",
                  "Senators&#8217; ex-captain signs $6.5M deal",
              ),
              weather="91&deg; Harrisburg",
              read_more=(4, "Pa. Supreme Court hears arguments in ballot-date case"))),
    _page("https://www.valleycourier.example/news/local/lehigh-undated-ballots-ruling",
          _courier_site(
              "Ruling means undated Lehigh County mail ballots will now count", _T3_B,
              byline="By Dana Kowalczyk | The Valley Courier", section="News &raquo; Local",
              caption="Rosa Delgado of Bethlehem, one of the voters who sued, holds her 2024 "
                      "ballot envelope. (Courtesy Keystone Voters Alliance)",
              most_read=(
                  "Dorney Park announces 2 new rides for 2026",
                  "Easton man sentenced to 12 years in fentanyl case",
                  "Parkland school board approves 3.9% tax increase",
                  "IronPigs walk off Rochester 5-4 in 11 innings",
              ),
              sponsored=(
                  "This Allentown dentist is offering free consultations",
                  "Homeowners: new rules for solar in 2025",
              ))),
    _page("https://www.pbn.example/news/world-us-pennsylvania-mail-ballots-ruling",
          _public_site(
              "Pennsylvania court says undated postal ballots must be counted", _T3_C,
              byline="By Hannah Greaves, PBN News, Washington",
              glance=[
                  "Pennsylvania Supreme Court rules 5-2 on ballot dates",
                  "Ballots with missing or wrong dates must now be counted",
                  "Republicans say they may go to federal court",
              ],
              top_stories=(
                  "Nato allies agree to raise defence spending target to 5% of GDP",
                  "Heatwave: temperatures to hit 34C in south-east England",
                  "Glastonbury 2025: what to expect as gates open",
              ),
              topics=("US elections", "Pennsylvania", "Voting rights"),
              read_more=(3, "Why Pennsylvania counts its votes so slowly"))),
    _page("https://www.pacificwire.example/us/pennsylvania-top-court-mail-ballots-dates",
          _wire_site(
              "Pennsylvania top court says misdated mail ballots must be counted", _T3_D,
              dateline="HARRISBURG, Pennsylvania", section="US",
              published=("2025-06-26T15:22:00Z", "June 26, 2025 3:22 PM GMT"),
              byline="Owen Castellano",
              related=(
                  "US Supreme Court to hear Illinois case on late-arriving ballots",
                  "Arizona county certifies recount showing 1,203-vote margin",
                  "Senate passes $1.2 billion election security bill in 61-38 vote",
              ),
              credit="Reporting by Owen Castellano; Editing by Ruth Asante")),
], [])


# ============================================================================================
# Story 4: Federal Reserve rate decision (Wednesday 17 September 2025).
# ============================================================================================
_T4_A = [
    "The Federal Reserve cut interest rates for the first time since December on Wednesday, "
    "lowering its benchmark by a quarter of a percentage point and signalling that two more "
    "reductions were likely before the end of the year as the labor market cools.",
    "The Federal Open Market Committee set the target range for the federal funds rate at "
    "4.00% to 4.25%, from 4.25% to 4.50%, in a statement released at 2 p.m. EDT (1800 GMT).",
    "The vote was 11-1. Governor Stephen Miran, who was sworn in only on Tuesday after the "
    "Senate confirmed him, dissented in favour of a larger half-point cut.",
    "&#8220;This is a step to manage the risks we now see in the labor market, not the start "
    "of a rapid series of cuts,&#8221; Fed Chair Jerome Powell told reporters at a news "
    "conference after the decision.",
    "New projections showed the median policymaker expects the policy rate to end the year at "
    "3.6%, implying two more quarter-point cuts at the Fed&#8217;s remaining two meetings of "
    "2025. The next meeting is scheduled for Oct. 28-29.",
    "The projections were far from unanimous: one official saw no cuts at all this year, and "
    "several pencilled in just one more.",
    "The Fed said in its statement that job gains had slowed and the unemployment rate had "
    "edged up. Employers added just 22,000 jobs in August and the jobless rate rose to 4.3%, "
    "the highest in nearly four years.",
    "Inflation, meanwhile, remains above the Fed&#8217;s 2% target, partly because of "
    "tariffs, which Powell said were pushing up the prices of some goods.",
    "The decision comes amid an unusual degree of political pressure on the central bank. "
    "Governor Lisa Cook, whom President Donald Trump has tried to remove, took part in the "
    "meeting and voted with the majority.",
    "The S&amp;P 500 ended the day down 0.1% after swinging between gains and losses during "
    "Powell&#8217;s remarks, while the yield on the two-year Treasury note rose slightly.",
]

_T4_B = [
    "Well, they did it. On Wednesday the FOMC cut the fed funds target range by 25 basis points "
    "to <strong>4.00&#8211;4.25%</strong>, the first move since December. No surprise there "
    "&#8212; futures had priced the cut at close to 100% for weeks. The interesting stuff was "
    "in the details.",
    "<strong>1. Only one dissent.</strong> Newly arrived Governor Stephen Miran wanted 50 bp. "
    "Everyone else, including the two governors who dissented in July, went along with 25. "
    "That&#8217;s an 11-1 vote, more united than many expected.",
    "<strong>2. The dots moved.</strong> The median dot for year-end is now 3.6%, which "
    "works out to two more quarter-point cuts in 2025. In June the median had pointed to "
    "two cuts for the whole year, so this is a dovish shift.",
    "<strong>3. Powell framed it as insurance.</strong> He described the cut as a way to "
    "manage labor-market risks and went out of his way to say the committee was not starting "
    "a rapid easing cycle.",
    "<strong>4. Inflation is still sticky.</strong> The PCE price index rose 2.6% in July "
    "from a year earlier and the core measure 2.9%, both above target. Powell said "
    "tariff-driven price increases should be a one-time shift, but conceded that was not "
    "guaranteed.",
    "What it means for you: rates on credit cards and home-equity lines tend to follow the "
    "fed funds rate within a billing cycle or two, so expect a small dip. Mortgage rates are "
    "a different story &#8212; they track longer-term yields, and a lot of this cut was "
    "already in them.",
    "Savers, meanwhile, should expect high-yield savings rates to drift lower. If you have "
    "been meaning to lock in a CD, this is a reasonable time to shop around.",
    "The next FOMC meeting is <strong>Nov. 5-6</strong>. Markets currently put the odds of "
    "another 25 bp cut there at around 90%.",
    "We&#8217;ll have a full breakdown of the Summary of Economic Projections in "
    "tomorrow&#8217;s newsletter.",
]

_T4_C = [
    "The Federal Reserve cut its key interest rate Wednesday afternoon, a move that could "
    "eventually mean slightly cheaper borrowing for people in Central Pennsylvania paying off "
    "credit cards, car loans and home-equity lines.",
    "The Fed lowered the federal funds rate by a quarter of a percentage point, to a range of "
    "4% to 4.25%. It was the central bank&#8217;s first cut since December.",
    "Fed officials also signaled they expect one more cut before the end of the year.",
    "Fed Chair Jerome Powell said the central bank was acting because hiring had slowed "
    "sharply this summer.",
    "Local real estate agents said buyers had already been getting a break. The average rate "
    "on a 30-year fixed mortgage was 6.35% last week, according to Freddie Mac, down from "
    "more than 7% in January.",
    "&#8220;We&#8217;re seeing people who sat out the spring come back and look again,&#8221; "
    "said Dominic Ruiz, a Realtor in Camp Hill. &#8220;A quarter point on the Fed rate "
    "doesn&#8217;t change everything, but it helps confidence.&#8221;",
    "Financial planners caution that the cut won&#8217;t lower fixed-rate loans people "
    "already have, and that rates on savings accounts will likely slip.",
    "The decision did not surprise Wall Street. Investors had been expecting a cut for weeks "
    "after a string of weak jobs reports, and stock prices moved little on the news.",
    "In the Harrisburg area, unemployment has stayed below the national rate, according to "
    "state labor data, but employers in warehousing and trucking say hiring has slowed.",
    "The Fed meets again Oct. 28-29.",
    "WKDN 7&#8217;s Money Desk has tips on how to shop for a lower credit card rate on our "
    "website and app.",
]

_T4_D = [
    "The Federal Reserve lowered interest rates on Wednesday for the first time this year, "
    "cutting its benchmark rate by a quarter point in a bid to shore up a job market that "
    "has lost momentum, and it signaled that more reductions were on the way.",
    "The move brings the federal funds rate to a range of 4 to 4.25 percent. Officials "
    "penciled in two more quarter-point cuts before the end of 2025, according to their "
    "median forecast.",
    "Only one official, Governor Christopher Waller, voted against the decision, saying he "
    "would have preferred a half-point reduction.",
    "Speaking to reporters, Jerome H. Powell, the Fed chair, said the committee was responding "
    "to a shift in the balance of risks: inflation remained somewhat elevated, but the danger "
    "of a sharper slowdown in hiring had grown. &#8220;This is a step to manage the risks we "
    "see in the labor market, not the start of a rapid series of cuts,&#8221; he said.",
    "The unemployment rate rose to 4.3 percent in August, and revisions showed the economy "
    "had added far fewer jobs over the past year than first reported.",
    "The decision was closely watched for signs of political influence. President Trump has "
    "publicly demanded much deeper cuts and has sought to fire Lisa Cook, a Fed governor, "
    "who participated in this week&#8217;s meeting while her case is in the courts.",
    "Mr. Powell, whose term as chair ends in May, declined to comment on the president&#8217;s "
    "criticism, saying only that the Fed would &#8220;do what we think is right for the "
    "economy.&#8221;",
    "For borrowers, the cut is likely to translate into slightly lower rates on credit cards "
    "and adjustable-rate loans. Mortgage rates, which track longer-term bond yields, had "
    "already fallen in anticipation.",
    "Economists said the larger question was whether the Fed could keep cutting if tariffs "
    "push inflation higher in the coming months.",
]

_STORY4 = _story("cb-WT4", "central bank", "2025-09-22", [
    _page("https://www.pacificwire.example/markets/fed-cuts-rates-signals-more-easing-17sep",
          _wire_site(
              "Fed cuts rates by a quarter point, signals two more cuts this year", _T4_A,
              dateline="WASHINGTON", section="Markets",
              published=("2025-09-17T19:05:00Z", "September 17, 2025 7:05 PM GMT"),
              byline="Howard Lin",
              factbox=[
                  "Decision: cut of 25 basis points",
                  "New target range: 4.00%&#8211;4.25%",
                  "Vote: 11-1",
                  "Next meeting: Oct. 28-29",
              ],
              read_more=(6, "Bank of Canada cuts rate to 2.5% as job losses mount"),
              related=(
                  "Bank of England expected to hold at 4% on Thursday",
                  "US retail sales rise 0.6% in August",
                  "Yen firms as Bank of Japan meeting looms",
              ),
              credit="Reporting by Howard Lin and Grace Tan; Editing by Paul Okonkwo")),
    _page("https://ratewatchblog.example/2025/09/18/fomc-september-cut-takeaways/",
          _blog_site(
              "FOMC cuts 25 bp: four takeaways from the September meeting", _T4_B,
              author="Priya Raman",
              bio="Priya Raman writes about rates, trade and markets for RateWatch.",
              posted=("2025-09-18T07:30:00-04:00", "September 18, 2025"),
              tags=("Fed", "FOMC", "Rates", "Dot plot"),
              related=(
                  "July FOMC: two dissents for the first time since 1993",
                  "CD rates are falling. Lock in now?",
              ),
              recent=(
                  "Bank of Canada trims to 2.50%",
                  "BoE holds at 4%, slows QT to &#163;70bn",
                  "Norvane&#8217;s EU fine gets cut. What it means for the stock",
              ),
              comments=54)),
    _page("https://www.wkdn7.example/news/money/fed-cuts-rates-what-it-means-central-pa",
          _tv_site(
              "Fed cuts interest rates: What it means for your wallet", _T4_C,
              byline="Kevin Boateng",
              trending=(
                  "Pa. budget impasse hits day 79",
                  "Harrisburg man, 34, charged in Midtown shooting",
                  "Penn State moves to 3-0 with 34-0 win",
              ),
              weather="74&deg; Harrisburg")),
    _page("https://www.nationalledger.example/economy/fed-cuts-interest-rates-september",
          _ledger_site(
              "Fed Cuts Rates for First Time This Year, With More Reductions Expected", _T4_D,
              section="Economy", byline="Natalie Osei",
              dek="Officials lowered borrowing costs by a quarter point, citing a weakening "
                  "labor market, and forecast further cuts by year&#8217;s end.",
              caption="Jerome H. Powell, the Fed chair, at his news conference in Washington "
                      "on Wednesday.",
              most_read=(
                  "Opinion: The Fed can&#8217;t fix the housing market alone",
                  "A jury awards $310 million in a dispute over a Texas pipeline",
                  "Where rents fell the most this summer: 7 charts",
              ),
              read_more=(4, "Jobs report: U.S. added only 22,000 jobs in August"))),
], [
    ("dissenter", r"miran", r"waller"),
    ("projection", r"\btwo\b|(?<![\d.])2(?![\d.])", r"\bone\b|(?<![\d.])1(?![\d.])|single"),
    ("date", r"oct(ober|\.)? ?28\b|10-28\b|\b28 oct", r"nov(ember|\.)? ?5\b|11-05\b|\b5 nov"),
])


# ============================================================================================
# Story 5: Bank of England rate decision (Thursday 7 August 2025).
# ============================================================================================
_T5_A = [
    "The Bank of England has cut interest rates to 4%, the lowest level in more than two "
    "years, but only after its policymakers were forced to vote twice to reach a decision.",
    "The Bank&#8217;s Monetary Policy Committee (MPC) voted by five votes to four on Thursday "
    "to lower the base rate from 4.25%. The four members in the minority wanted to keep rates "
    "on hold.",
    "In an unprecedented first round of voting, four members backed a cut of 0.25 percentage "
    "points, four voted to hold and one, external member Alan Taylor, wanted a bigger cut of "
    "half a point. Mr Taylor then switched his vote to the smaller cut in a second round.",
    "The decision, announced at noon, is the fifth rate cut since August last year.",
    "&#8220;Rates are still heading down, but any further cuts will have to come gradually "
    "and carefully,&#8221; said the Bank&#8217;s governor, Andrew Bailey.",
    "The Bank warned that inflation, which rose to 3.6% in June, would climb further to peak "
    "at 4% in September, double its 2% target, driven partly by higher food and energy "
    "bills.",
    "For homeowners on tracker mortgages, the cut will mean lower monthly payments almost "
    "immediately. Those on fixed-rate deals will not see any change until their deal ends, "
    "although lenders had already been trimming the rates on new deals in anticipation.",
    "Savers may see the interest paid on their accounts fall, consumer groups warned.",
    "Chancellor Rachel Reeves welcomed the cut, saying it would help families and businesses, "
    "but opposition parties said the government&#8217;s tax rises had made the Bank&#8217;s "
    "job harder.",
    "The MPC&#8217;s next decision is due on 18 September.",
]

_T5_B = [
    "Britain&#8217;s central bank lowered borrowing costs on Thursday even as it predicted that "
    "inflation would keep climbing for the rest of the summer, underscoring the awkward "
    "choice facing policymakers in a stagnating economy.",
    "The Bank of England reduced its key interest rate by a quarter of a percentage point, to "
    "4 percent, its lowest level since early 2023. Six of the nine members of its Monetary "
    "Policy Committee voted for the cut, while three wanted to leave the rate unchanged.",
    "The bank expects inflation, now at 3.6 percent, to reach 4 percent in September before "
    "easing next year. That would be twice the bank&#8217;s target.",
    "&#8220;We should not lose sight of the fact that inflation is still too high,&#8221; "
    "Andrew Bailey, the governor, said at a news conference in London.",
    "Britain&#8217;s economy has struggled to gain momentum. Growth has been weak, the "
    "unemployment rate has risen to 4.7 percent and businesses have complained about "
    "increases in employer payroll taxes that took effect in April.",
    "At the same time, wage growth has stayed strong enough to worry some policymakers, who "
    "fear that price rises could become entrenched.",
    "The decision follows four previous cuts that began a year ago, when the bank first "
    "lowered rates from 5.25 percent, a 16-year high.",
    "Investors reduced their bets on another cut this year after the decision, and the pound "
    "strengthened against the dollar.",
    "The bank&#8217;s approach has differed from that of the European Central Bank, which has "
    "cut rates eight times and brought its deposit rate to 2 percent, and the Federal "
    "Reserve, which has kept rates on hold this year.",
]

_T5_C = [
    "On Wednesday the Bank of England did what almost everyone expected and cut Bank Rate by "
    "25 basis points to <strong>4.00%</strong>. What almost nobody expected was how messy it "
    "would be.",
    "The MPC split 5-4, with four members wanting to hold. And it took two votes to get there "
    "&#8212; a first in the committee&#8217;s history. Alan Taylor started out wanting 50 bp "
    "and switched to 25 bp to break the deadlock.",
    "The announcement came at noon UK time alongside the August Monetary Policy Report, which "
    "now sees CPI peaking at 4% in September (June&#8217;s reading was 3.6%).",
    "<strong>Why the split matters:</strong> a 5-4 vote tells you the hawks are close to a "
    "majority. Markets read it that way, trimming bets on a November cut.",
    "<strong>Mortgages.</strong> Roughly 600,000 homeowners on trackers will see a small "
    "immediate saving. For everyone else, the swap market matters more than Bank Rate, and "
    "two-year swaps rose after the announcement.",
    "<strong>Savings.</strong> Easy-access rates will drift down. Fixed-rate bonds paying "
    "more than 4.5% are getting harder to find.",
    "<strong>What next?</strong> The next decision is on 18 September. We think a pause is "
    "very likely, with the next cut more plausibly coming in November or even February.",
    "<strong>The bigger picture.</strong> Bank Rate sat at 5.25% for a year before the "
    "cutting started last August. Every move since has been 25 bp, and the governor&#8217;s "
    "message is that the pace is not about to speed up, whatever the split.",
    "Full MPC minutes and the vote breakdown are on the Bank&#8217;s website if you want the "
    "detail.",
]

_T5_D = [
    "The Bank of England cut interest rates by a quarter point to 4% on Thursday, but a "
    "knife-edge vote exposed deep divisions among policymakers over how fast to ease policy "
    "with inflation still rising.",
    "The Monetary Policy Committee voted 5-4 for the cut after an initial round in which no "
    "option won a majority, the Bank said in a statement released at 1300 GMT. Four members "
    "voted to keep rates at 4.25%.",
    "External member Alan Taylor initially backed a half-point reduction before switching his "
    "vote to the quarter-point option in a second ballot.",
    "&#8220;Rates are still on their way down, but further cuts will need to be gradual and "
    "careful,&#8221; Governor Andrew Bailey said.",
    "The Bank raised its inflation forecast, predicting consumer price inflation would peak at "
    "4% in September, from 3.6% in June.",
    "Sterling rose 0.4% against the dollar after the decision as traders pared bets on "
    "further easing this year. Money markets priced roughly a 40% chance of another cut by "
    "December, down from around 70% before the announcement.",
    "The split vote underlined uncertainty over how much of the recent rise in inflation "
    "would prove lasting. Four policymakers, including chief economist Huw Pill, argued that "
    "strong wage growth meant the Bank should wait.",
    "The cut was the Bank&#8217;s fifth since it began lowering borrowing costs in August "
    "2024 from a 16-year high of 5.25%. Britain&#8217;s economy grew 0.7% in the first "
    "quarter of this year but lost momentum in the spring.",
    "Economists polled by Pacific Wire last week had expected a 7-2 vote in favour of a "
    "cut.",
]

_STORY5 = _story("cb-WT5", "central bank", "2025-08-12", [
    _page("https://www.pbn.example/news/business-bank-of-england-cuts-rates-to-4",
          _public_site(
              "Bank of England cuts rates to 4% after unprecedented second vote", _T5_A,
              updated="Updated 7 August 2025, 14:05 BST",
              byline="By Laura Pennington, Economics correspondent",
              caption="File photo: The Bank of England building on Threadneedle Street in the "
                      "City of London",
              glance=[
                  "Bank rate cut to 4% from 4.25%",
                  "MPC split five to four after two rounds of voting",
                  "Inflation forecast to peak at 4% in September",
              ],
              top_stories=(
                  "Wildfire near Marseille forces 1,500 to leave homes",
                  "Train fares in England to rise by up to 5.8% in January",
                  "Premier League 2025-26: what the 20 managers said",
              ),
              topics=("Interest rates", "Bank of England", "Mortgages", "Cost of living"),
              read_more=(6, "What the rate cut means for your mortgage and savings"),
              correction="This article was updated to clarify how the second vote was "
                         "held.")),
    _page("https://www.nationalledger.example/business/bank-of-england-cuts-rates-inflation",
          _ledger_site(
              "Bank of England Cuts Rates Even as It Expects Inflation to Climb", _T5_B,
              section="Business", byline="Eleanor Bright",
              published="2025-08-07T09:48:00-04:00",
              dek="The central bank lowered its key rate to 4 percent, its lowest level since "
                  "early 2023.",
              most_read=(
                  "Trump&#8217;s 39% tariff on Swiss goods takes effect",
                  "A heat wave pushes Spain past 45 degrees Celsius",
                  "The $4 billion bet on a Texas data center",
              ),
              factbox=[
                  "New rate: 4 percent",
                  "Previous rate: 4.25 percent",
                  "Inflation in June: 3.6 percent",
                  "Bank&#8217;s inflation target: 2 percent",
              ])),
    _page("https://ratewatchblog.example/2025/08/07/boe-cuts-to-4-messy-vote/",
          _blog_site(
              "BoE cuts to 4%: the messiest vote in MPC history", _T5_C, author="Tom Ashdown",
              bio="Tom Ashdown is RateWatch&#8217;s UK contributor and a former mortgage "
                  "broker.",
              posted=("2025-08-07T15:20:00+01:00", "August 7, 2025"),
              tags=("Bank of England", "MPC", "Mortgages", "Savings"),
              factbox=[
                  "Bank Rate: 4.00% (was 4.25%)",
                  "Vote: 5-4",
                  "CPI peak forecast: 4% in September",
              ],
              related=(
                  "Fed holds at 4.25&#8211;4.50%, two dissent",
                  "Best easy-access savings rates this week",
              ),
              recent=(
                  "RBA cuts to 3.60%? Our preview",
                  "ECB pause: Lagarde keeps options open",
                  "Gilt yields: 10-year at 4.55%",
              ),
              comments=19)),
    _page("https://www.pacificwire.example/markets/bank-of-england-cuts-rates-split-vote",
          _wire_site(
              "Bank of England cuts rates to 4% in knife-edge vote", _T5_D,
              dateline="LONDON", section="Markets", byline="Fiona Clarke",
              related=(
                  "UK house prices rise 2.4% in year to July, Halifax says",
                  "Norway&#8217;s central bank holds rate at 4.25%",
                  "Euro zone retail sales up 0.3% in June",
              ),
              credit="Reporting by Fiona Clarke and Ravi Menon; Editing by Toby Harlan")),
], [
    ("vote", r"5\s?(-|–|to)\s?4|\bfive\b|(?<![\d.])5(?![\d.])",
     r"6\s?(-|–|to)\s?3|\bsix\b|(?<![\d.])6(?![\d.])"),
    ("date", r"thursday|aug(ust|\.)? ?7\b|2025-08-07|\b7 aug",
     r"wednesday|aug(ust|\.)? ?6\b|2025-08-06|\b6 aug"),
    ("time", r"11[:.]?00|\b11 ?(a\.?m|gmt|utc)|noon|12[:.]?00|\b12 ?(p\.?m|bst)",
     r"13[:.]?00|\b13\b|\b1(:00)? ?p\.?m|14[:.]?00"),
])


# ============================================================================================
# Story 6: Bank of Canada rate decision (Wednesday 30 July 2025).
# ============================================================================================
_T6_A = [
    "The Bank of Canada held its key interest rate at 2.75% for a third consecutive decision "
    "on Wednesday, saying the economy was proving more resilient than feared to U.S. "
    "tariffs but leaving the door open to cuts if conditions deteriorate.",
    "The decision, announced at 9:45 a.m. ET (1345 GMT), was expected by most economists. "
    "The central bank cut its policy rate by a cumulative 225 basis points between June 2024 "
    "and March of this year before pausing.",
    "&#8220;If tariffs drag the economy down further while price pressures stay in check, "
    "there could be a case for lowering the policy rate,&#8221; Governor Tiff Macklem told "
    "reporters in Ottawa.",
    "In its quarterly Monetary Policy Report, the bank again declined to publish a single "
    "forecast because of uncertainty about U.S. trade policy, offering scenarios instead. "
    "Under its current-tariff scenario, it estimated that the economy shrank at an annualized "
    "rate of about 1.5% in the second quarter as exporters pulled back after rushing "
    "shipments ahead of tariffs in the first.",
    "Annual inflation was 1.9% in June, close to the bank&#8217;s 2% target, but measures of "
    "underlying inflation have been running at around 3%.",
    "U.S. President Donald Trump has threatened to raise the tariff on Canadian goods not "
    "covered by the North American trade pact to 35% from August 1, up from 25%.",
    "The Canadian dollar was little changed after the announcement at 1.3745 to the U.S. "
    "dollar, or 72.75 U.S. cents.",
    "Most economists polled before the decision expect the bank to resume cutting later this "
    "year if the labour market weakens further, with money markets pricing roughly even "
    "odds of a move by October.",
    "The bank&#8217;s next rate decision is due on September 17.",
]

_T6_B = [
    "Canada&#8217;s central bank kept borrowing costs unchanged on Wednesday for the third "
    "meeting in a row, betting that the economy can absorb the blow from American tariffs "
    "without further help for now.",
    "The Bank of Canada held its benchmark overnight rate at 2.75 percent. It had lowered the "
    "rate seven times from mid-2024 until March, taking it down from 5 percent.",
    "Officials said the damage from the trade war had so far been concentrated in industries "
    "directly hit by tariffs, such as steel, aluminum and autos, while household spending and "
    "the job market had held up better than expected.",
    "&#8220;If tariffs drag the economy down further while price pressures stay in check, "
    "there could be a case for lowering the policy rate,&#8221; Carolyn Rogers, the "
    "bank&#8217;s senior deputy governor, told reporters.",
    "The central bank said it would keep a close eye on core inflation, which has proved more "
    "persistent than the headline figure of 1.9 percent in June.",
    "The decision came as Ottawa and Washington were trying to reach a trade agreement before "
    "a deadline set by President Trump, who has said he will raise tariffs on many Canadian "
    "goods if no deal is struck.",
    "Prime Minister Mark Carney has said Canada will not accept a deal that is bad for the "
    "country, and talks have dragged on for weeks without a breakthrough.",
    "Canada&#8217;s unemployment rate was 6.9 percent in June, and layoffs have been "
    "concentrated in manufacturing towns in Ontario and Quebec that depend on exports to "
    "the United States.",
    "Economists said a rate cut in the autumn remained likely if job losses spread beyond "
    "manufacturing. The next decision is scheduled for Sept. 10.",
]

_T6_C = [
    "Canada&#8217;s central bank has left interest rates on hold at 2.75% for the third time "
    "in a row, warning that the trade dispute with the United States is still weighing on "
    "the economy.",
    "The Bank of Canada had made seven consecutive cuts between June 2024 and March 2025, "
    "which together reduced its rate by 2.25 percentage points.",
    "Its latest forecasts suggest the economy contracted by 1.5% in annualised terms in the "
    "three months to June, after exporters raced to beat tariffs in the first quarter.",
    "Inflation stood at 1.9% in June, just under the bank&#8217;s 2% target, helped by the "
    "removal of the consumer carbon tax in April.",
    "Governor Tiff Macklem said the bank was keeping a close eye on how tariffs were feeding "
    "into prices. &#8220;We are not in a hurry, and we are not going to guess at outcomes we "
    "cannot yet see,&#8221; he said.",
    "The US has imposed tariffs on Canadian steel, aluminium and cars, and on other goods "
    "that do not comply with the free trade agreement between the US, Canada and Mexico.",
    "Canada&#8217;s economy is heavily reliant on trade with the US, which buys around "
    "three-quarters of its exports.",
    "Most economists had expected the bank to hold, although some argued that the weakening "
    "jobs market in manufacturing regions justified another cut.",
    "Canada has answered the US measures with counter-tariffs of its own on some American "
    "products, and the two governments have been negotiating for weeks over a wider deal.",
    "Mr Macklem said the bank was ready to act if the outlook changed, but that for now it "
    "saw more value in waiting for clearer evidence.",
    "The bank will announce its next decision on 17 September.",
]

_STORY6 = _story("cb-WT6", "central bank", "2025-08-04", [
    _page("https://www.pacificwire.example/markets/bank-of-canada-holds-rate-2-75",
          _wire_site(
              "Bank of Canada holds rate at 2.75%, keeps door open to cuts", _T6_A,
              dateline="OTTAWA", section="Markets", byline="Claire Dubois",
              factbox=[
                  "Policy rate: 2.75% (unchanged)",
                  "Third hold in a row",
                  "Cuts since June 2024: 225 bps",
                  "Next decision: Sept. 17",
              ],
              related=(
                  "Fed holds rates steady at 4.25%-4.50%; two governors dissent",
                  "Canadian retail sales rise 0.5% in June, flash estimate shows",
                  "Mexico&#8217;s central bank set to cut to 7.75% next week",
              ),
              credit="Reporting by Claire Dubois in Ottawa and Nadia Ferreira in Toronto; "
                     "Editing by Paul Okonkwo")),
    _page("https://www.nationalledger.example/world/canada/bank-of-canada-rate-hold",
          _ledger_site(
              "Bank of Canada Holds Rates Steady as Trade Talks With U.S. Drag On", _T6_B,
              section="World / Canada", byline="Martin Leclerc",
              published="2025-07-30T11:02:00-04:00",
              caption="The Bank of Canada&#8217;s headquarters on Wellington Street in Ottawa.",
              most_read=(
                  "An 8.8-magnitude earthquake off Russia sends tsunami warnings across the "
                  "Pacific",
                  "U.S. economy grew at a 3 percent rate in the second quarter",
                  "Why a $40,000 electric pickup is so hard to build",
              ))),
    _page("https://www.pbn.example/news/world-us-canada-bank-of-canada-holds",
          _public_site(
              "Bank of Canada holds interest rates as trade war bites", _T6_C,
              byline="By Michael Okoro, Toronto",
              top_stories=(
                  "Tsunami waves reach Japan and Hawaii after huge Russian quake",
                  "UK to recognise Palestinian state in September unless Israel meets "
                  "conditions",
                  "Women&#8217;s Euro 2025: Lionesses return to heroes&#8217; welcome",
              ),
              topics=("Canada", "Interest rates", "Global trade"))),
], [
    ("speaker", r"macklem", r"rogers|deputy"),
    ("date", r"sep(tember|t\.?|\.)? ?17\b|09-17\b|\b17 sep",
     r"sep(tember|t\.?|\.)? ?10\b|09-10\b|\b10 sep"),
])

STORIES: list[dict[str, Any]] = [_STORY1, _STORY2, _STORY3, _STORY4, _STORY5, _STORY6]
