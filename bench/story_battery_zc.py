"""Story battery, part ZC (web pages).

Part ZC of the story battery (web pages), written by engineer ZC1 on 2026-12-06 (twentieth
session, eleventh batch) without reading Storyline's rules or other parts, before any run;
scored with `bench/bench_story_battery.py ZC`.

Six stories (one per domain, one of them a control story with no planted disagreement), each
told by three or four invented outlets whose whole HTML pages are built by one template per
outlet: a wire service, a national daily, a local TV station, a WordPress finance blog, a
public broadcaster (with a live page) and an ad-heavy regional paper.  The emphasis of this
part is live coverage, timestamped updates and wire copy lightly rewritten by a local site.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ZC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _esc(text: str) -> str:
    """Escape plain text for an attribute or a <title>."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# ---------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service.  Clean <article>, dateline, JSON-LD when dated.
# ---------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, url: str,
               published: str | None = None, updated: str | None = None,
               byline: str = "Pacific Wire staff", credit: str = "",
               related: tuple[tuple[str, str], ...] = (), correction: str = "") -> str:
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{_esc(title)} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        f'<meta property="og:title" content="{_esc(title)}">',
        f'<link rel="canonical" href="{url}">',
    ]
    if published:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published, "author": {"@type": "Organization",
                                                     "name": "Pacific Wire"},
              "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
        if updated:
            ld["dateModified"] = updated
        head.append('<script type="application/ld+json">' + json.dumps(ld) + "</script>")
    head.append("</head>")
    body = [
        '<body class="pw-article">',
        '<a class="skip" href="#main">Skip to main content</a>',
        '<header class="pw-top"><a class="pw-logo" href="/">PACIFIC WIRE</a>',
        '<nav class="pw-nav"><ul><li><a href="/world">World</a></li>'
        '<li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>'
        '<li><a href="/science">Science</a></li><li><a href="/legal">Legal</a></li>'
        '<li><a href="/pictures">Pictures</a></li></ul></nav>',
        '<a class="pw-sub" href="/account/register">Register</a></header>',
        '<main id="main">', '<article class="pw-story">',
        f'<h1 class="pw-headline">{title}</h1>',
        f'<p class="pw-byline">By {byline}</p>',
    ]
    if published:
        shown = published.replace("T", " ")[:16] + " GMT"
        body.append(f'<p class="pw-time"><time datetime="{published}">{shown}</time>')
        if updated:
            body[-1] += f' &middot; Updated {updated.replace("T", " ")[:16]} GMT'
        body[-1] += "</p>"
    body.append('<div class="pw-body">')
    for i, para in enumerate(paras):
        if i == 0:
            para = f'<span class="pw-dateline">{dateline} (Pacific Wire) &mdash;</span> ' + para
        body.append(f"<p>{para}</p>")
    body.append("</div>")
    if credit:
        body.append(f'<p class="pw-credit">{credit}</p>')
    if correction:
        body.append(f'<p class="pw-correction"><em>{correction}</em></p>')
    body.append('<p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire '
                "Trust Principles.</a></p>")
    body.append("</article>")
    if related:
        body.append('<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>')
        for head_line, href in related:
            body.append(f'<li><a href="{href}">{head_line}</a></li>')
        body.append("</ul></aside>")
    body += [
        "</main>",
        '<footer class="pw-foot"><p>All quotes delayed a minimum of 15 minutes.</p>'
        "<p>&copy; 2025 Pacific Wire. All rights reserved. 400 Harbour Street, Sydney "
        "NSW 2000.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms of "
        "use</a></p></footer>",
        "</body>", "</html>",
    ]
    return "\n".join(head + body)


# ---------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily.  Div soup, cookie banner, paywall teaser.
# ---------------------------------------------------------------------------------------------

def _daily_site(title: str, paras: list[str], *, kicker: str, standfirst: str,
                author: str, published: str | None = None, photo_caption: str = "",
                read_more: tuple[str, str] | None = None,
                most_read: tuple[str, ...] = (), ad_after: int = 3) -> str:
    meta = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_esc(title)}">',
        '<meta name="twitter:site" content="@dailycourier">',
    ]
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    out = [
        "<!doctype html>", "<html>", "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{_esc(title)} | Daily Courier</title>", *meta,
        '<link rel="stylesheet" href="/static/dc-2025.css">', "</head>",
        '<body><div id="dc-root">',
        '<div class="dc-cookie" role="dialog"><div class="dc-cookie__txt">We and our '
        "partners use cookies to personalise content and ads and to analyse our traffic. "
        '</div><button class="dc-btn">Accept all</button> <button class="dc-btn">Manage '
        "preferences</button></div>",
        '<div class="dc-masthead"><div class="dc-logo">The Daily Courier</div>'
        '<div class="dc-sections"><a href="/news">News</a> <a href="/politics">Politics</a> '
        '<a href="/business">Business</a> <a href="/world">World</a> '
        '<a href="/science">Science</a> <a href="/opinion">Opinion</a> '
        '<a href="/sport">Sport</a></div>'
        '<div class="dc-subscribe"><a href="/subscribe">Subscribe for $1 a week</a></div>'
        "</div>",
        '<div class="dc-wrap"><div class="dc-col-main">',
        f'<div class="dc-kicker">{kicker}</div>',
        f'<div class="dc-hdl" role="heading" aria-level="1">{title}</div>',
        f'<div class="dc-standfirst">{standfirst}</div>',
        f'<div class="dc-byline">{author}</div>',
    ]
    if published:
        out.append(f'<div class="dc-date">{published[:10]}</div>')
    out.append('<div class="dc-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>'
               ' <a href="#">Email</a> <a href="#">Copy link</a></div>')
    if photo_caption:
        out.append('<div class="dc-figure"><img src="/img/lead.jpg" alt="">'
                   f'<div class="dc-caption">{photo_caption}</div></div>')
    out.append('<div class="dc-body">')
    for i, para in enumerate(paras):
        out.append(f'<div class="dc-p">{para}</div>')
        if i + 1 == ad_after:
            out.append('<div class="dc-ad"><span>Advertisement</span>'
                       '<div class="dc-ad-slot" data-slot="mid1"></div></div>')
        if read_more and i == 1:
            out.append(f'<div class="dc-readmore"><b>Read more:</b> '
                       f'<a href="{read_more[1]}">{read_more[0]}</a></div>')
    out.append("</div>")
    out.append('<div class="dc-paywall"><div class="dc-paywall__h">You&#8217;ve read 3 of 5 '
               "free articles this month.</div><div>Subscribe now to keep reading the "
               "Courier without limits.</div></div>")
    out.append("</div>")
    if most_read:
        out.append('<div class="dc-col-side"><div class="dc-mostread"><div class="dc-h3">Most '
                   "read</div>")
        for n, item in enumerate(most_read, 1):
            out.append(f'<div class="dc-mr-item"><span class="dc-n">{n}</span> '
                       f'<a href="#">{item}</a></div>')
        out.append("</div></div>")
    out += [
        "</div>",
        '<div class="dc-newsletter"><div>The Morning Courier: the day&#8217;s news in five '
        'minutes.</div><input type="email" placeholder="Your email"> <button>Sign up'
        "</button></div>",
        '<div class="dc-footer">&copy; 2025 Daily Courier Media Group, 1200 Commerce Plaza, '
        "Chicago, IL 60604. <a href=\"/about\">About us</a> &middot; <a href=\"/contact\">"
        "Contact</a> &middot; <a href=\"/corrections\">Corrections</a></div>",
        "</div></body>", "</html>",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Outlet 3: KVTR 9, a local TV station site.  <br> paragraphs, weather widget, live updates.
# ---------------------------------------------------------------------------------------------

def _tv_site(title: str, paras: list[str], *, stamp: str = "", reporter: str = "",
             updates: tuple[tuple[str, str], ...] = (), video: str = "",
             trending: tuple[str, ...] = (), section: str = "News") -> str:
    out = [
        "<html><head>", f"<title>{_esc(title)} - KVTR 9 News</title>",
        '<meta name="description" content="' + _esc(title) + '">',
        "</head>",
        '<body bgcolor="#ffffff">',
        '<div id="kvtr-header"><div class="logo"><a href="/">KVTR 9</a> '
        "<span>Millbrook&#8217;s News Leader</span></div>",
        '<div class="menu"><a href="/news">News</a> | <a href="/weather">Weather</a> | '
        '<a href="/traffic">Traffic</a> | <a href="/sports">Sports</a> | '
        '<a href="/9-on-your-side">9 On Your Side</a> | <a href="/live">Watch Live</a></div>',
        '<div class="wx-widget">Millbrook 41&deg;F Cloudy &middot; Hi 47 Lo 33 '
        "&middot; <a href=\"/weather\">Full forecast</a></div></div>",
        f'<div class="kvtr-section">{section}</div>',
        '<div class="kvtr-story">',
        f'<h1 class="headline">{title}</h1>',
    ]
    if reporter or stamp:
        line = '<div class="byline">'
        if reporter:
            line += f"By {reporter}"
        if stamp:
            line += f' <span class="stamp">{stamp}</span>'
        out.append(line + "</div>")
    out.append('<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> '
               '<a href="#">Email</a></div>')
    if video:
        out.append('<div class="video-player"><div class="vp-title">WATCH: '
                   f"{video}</div><div class=\"vp-frame\"></div></div>")
    out.append('<div class="story-text">')
    out.append("<br><br>\n".join(paras))
    out.append("</div>")
    if updates:
        out.append('<div class="live-updates"><h2>LIVE UPDATES</h2>')
        for when, text in updates:
            out.append(f'<div class="update"><b>{when}</b> &ndash; {text}</div>')
        out.append("</div>")
    out.append("</div>")
    out.append('<div class="kvtr-app">Download the KVTR 9 app for breaking news alerts.</div>')
    if trending:
        out.append('<div class="trending"><h3>Trending on KVTR 9</h3><ul>')
        out += [f"<li><a href=\"#\">{t}</a></li>" for t in trending]
        out.append("</ul></div>")
    out.append('<div class="kvtr-footer">Copyright 2025 KVTR-TV. All rights reserved. '
               "KVTR 9, 88 Broadcast Way, Millbrook. <a href=\"/eeo\">EEO Report</a> "
               "<a href=\"/fcc\">FCC Public File</a></div>")
    out.append("</body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Outlet 4: Ledger Lane, a WordPress finance blog.  entry-content, author bio, comments.
# ---------------------------------------------------------------------------------------------

def _blog_site(title: str, paras: list[str], *, post_id: int, author: str, bio: str,
               shown_date: str = "", tags: tuple[str, ...] = (),
               related: tuple[str, ...] = (), comments: int = 0,
               pull_quote: str = "", pull_after: int = 2) -> str:
    out = [
        "<!DOCTYPE html>", '<html lang="en-US">', "<head>", '<meta charset="UTF-8">',
        f"<title>{_esc(title)} &#8211; Ledger Lane</title>",
        '<meta property="og:site_name" content="Ledger Lane">',
        '<meta name="generator" content="WordPress 6.6.2">',
        "<link rel='stylesheet' id='ll-theme-css' href='/wp-content/themes/lane/style.css' "
        "media='all' />", "</head>",
        f'<body class="post-template-default single single-post postid-{post_id}">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Ledger '
        'Lane</a></p><p class="site-description">Markets, money and the macro picture</p>',
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        '<li><a href="/category/macro/">Macro</a></li><li><a href="/category/rates/">Rates'
        '</a></li><li><a href="/category/trade/">Trade</a></li><li><a href="/category/'
        'stocks/">Stocks</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></nav>'
        "</header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">',
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>',
    ]
    meta = '<div class="entry-meta">'
    if shown_date:
        meta += f'<span class="posted-on">Posted on <time class="entry-date published">' \
                f"{shown_date}</time></span> "
    meta += f'<span class="byline">by <span class="author vcard"><a href="/author/">{author}' \
            "</a></span></span></div>"
    out += [meta, "</header>", '<div class="entry-content">']
    for i, para in enumerate(paras):
        out.append(f"<p>{para}</p>")
        if pull_quote and i + 1 == pull_after:
            out.append('<blockquote class="wp-block-pullquote"><p>' + pull_quote +
                       "</p></blockquote>")
    out.append('<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>'
               '<li><a href="#">Share on X (Opens in new window)</a></li>'
               '<li><a href="#">Share on Facebook</a></li><li><a href="#">Share on LinkedIn'
               "</a></li></ul></div>")
    out.append("</div>")
    if tags:
        out.append('<footer class="entry-footer"><span class="tags-links">Tagged ' +
                   ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                             for t in tags) + "</span></footer>")
    out.append("</article>")
    out.append(f'<div class="author-info"><h2 class="author-title">About {author}</h2>'
               f'<p class="author-bio">{bio}</p></div>')
    if related:
        out.append('<div class="jp-relatedposts"><h3>Related</h3>')
        out += [f'<div class="jp-relatedposts-post"><a href="#">{r}</a></div>'
                for r in related]
        out.append("</div>")
    if comments:
        out.append(f'<div id="comments" class="comments-area"><h2 class="comments-title">'
                   f"{comments} thoughts on &ldquo;{title}&rdquo;</h2>"
                   '<p class="comment-notes">Leave a Reply. Your email address will not be '
                   "published.</p></div>")
    out += [
        "</main></div>",
        '<aside id="secondary" class="widget-area"><section class="widget widget_search">'
        '<form role="search"><input type="search" placeholder="Search &hellip;"></form>'
        '</section><section class="widget"><h2 class="widget-title">Get the Lane in your '
        'inbox</h2><p>One email every weekday before the open. No spam.</p></section>'
        "</aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger '
        "Lane &middot; Nothing here is investment advice. &middot; Proudly powered by "
        "WordPress</div></footer>",
        "</div>", "</body>", "</html>",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Outlet 5: NPB News, a public broadcaster.  Story pages and live pages with timed posts.
# ---------------------------------------------------------------------------------------------

def _broadcaster_site(title: str, paras: list[str], *, section: str,
                      live: tuple[tuple[str, str, str], ...] = (),
                      summary: tuple[str, ...] = (), live_date: str = "",
                      caption: str = "", see_also: tuple[str, ...] = (),
                      top_stories: tuple[str, ...] = ()) -> str:
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB" class="no-js">', "<head>",
        '<meta charset="utf-8">', f"<title>{_esc(title)} - NPB News</title>",
        '<meta property="og:site_name" content="NPB News">',
        '<meta name="robots" content="max-image-preview:large">', "</head>", "<body>",
        '<div id="npb-cookie-banner"><p>Let us know you agree to cookies</p><p>We use '
        "cookies to give you the best online experience. Please let us know if you agree to "
        'all of these cookies.</p><button>Yes, I agree</button><a href="/usingthenpb">No, '
        "take me to settings</a></div>",
        '<div id="npb-masthead"><a href="#main-content" class="npb-skip">Skip to content</a>'
        '<span class="npb-brand">NPB</span><ul class="npb-nav"><li>Home</li><li>News</li>'
        "<li>Sport</li><li>Weather</li><li>iPlayer</li><li>Sounds</li></ul></div>",
        '<div class="npb-news-nav"><a href="/news">News</a> <a href="/news/world">World</a> '
        '<a href="/news/business">Business</a> <a href="/news/science">Science</a> '
        '<a href="/news/politics">Politics</a></div>',
        f'<div id="main-content" role="main"><div class="npb-section">{section}</div>',
    ]
    if live:
        out.append('<div class="lx-header"><span class="lx-badge">LIVE</span> '
                   f'<h1 id="main-heading">{title}</h1></div>')
        if live_date:
            out.append(f'<div class="lx-date">{live_date}</div>')
        if summary:
            out.append('<div class="lx-summary"><h2>Summary</h2><ul>')
            out += [f"<li>{s}</li>" for s in summary]
            out.append("</ul></div>")
        if caption:
            out.append(f'<figure class="lx-fig"><img src="/live/a.jpg" alt=""><figcaption>'
                       f"{caption}</figcaption></figure>")
        out.append('<ol class="lx-stream">')
        for when, head_line, text in live:
            out.append(f'<li class="lx-post"><article><header><time class="lx-time">{when}'
                       f'</time><h3 class="lx-post-title">{head_line}</h3></header>'
                       f'<div class="lx-post-body">{text}</div>'
                       '<div class="lx-share"><button>Share</button></div></article></li>')
        out.append("</ol>")
    else:
        out.append(f'<article><h1 id="main-heading">{title}</h1>')
        if caption:
            out.append(f'<figure><img src="/news/lead.jpg" alt=""><figcaption>{caption}'
                       "</figcaption></figure>")
        for i, para in enumerate(paras):
            out.append(f'<div data-component="text-block"><p>{para}</p></div>')
            if see_also and i == 2:
                out.append('<div data-component="links-block"><h2>Related topics</h2><ul>' +
                           "".join(f"<li>{s}</li>" for s in see_also) + "</ul></div>")
        out.append("</article>")
    if top_stories:
        out.append('<section class="npb-top"><h2>Top stories</h2><ul>')
        out += [f'<li><a href="#">{t}</a></li>' for t in top_stories]
        out.append("</ul></section>")
    out += [
        "</div>",
        '<footer class="npb-footer"><ul><li>Terms of Use</li><li>About the NPB</li><li>Privacy '
        "Policy</li><li>Cookies</li><li>Accessibility Help</li></ul><p>Copyright 2025 NPB. "
        "The NPB is not responsible for the content of external sites.</p></footer>",
        "</body>", "</html>",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Outlet 6: The Harbor Gazette, a regional paper with heavy ads and sponsored links.
# ---------------------------------------------------------------------------------------------

def _regional_site(title: str, paras: list[str], *, section: str, shown: str = "",
                   author: str = "", credit: str = "", photo: str = "",
                   read_more: tuple[str, ...] = (), sponsored: tuple[str, ...] = (),
                   every: int = 2) -> str:
    out = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html><head>",
        f"<title>{_esc(title)} - The Harbor Gazette</title>",
        '<meta name="keywords" content="news, Millbrook, Harbor County, local">',
        '<script src="/ads/loader.js"></script>', "</head>",
        '<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td>',
        '<div id="ad-leaderboard" class="ad">ADVERTISEMENT</div>',
        '<div id="hg-top"><span class="hg-title">The Harbor Gazette</span> '
        '<span class="hg-tag">Serving Millbrook &amp; Harbor County since 1889</span></div>',
        '<div id="hg-menu"><a href="/local">Local</a> &bull; <a href="/nation-world">Nation '
        '&amp; World</a> &bull; <a href="/business">Business</a> &bull; <a href="/obits">'
        'Obituaries</a> &bull; <a href="/classifieds">Classifieds</a> &bull; '
        '<a href="/e-edition">e-Edition</a></div>',
        '<div class="hg-sub-offer">Unlimited digital access: 99&cent; for your first '
        "month! <a href=\"/subscribe\">Subscribe</a></div>",
        "</td></tr><tr><td>",
        f'<div class="hg-section">{section}</div>',
        f'<h2 class="hg-headline">{title}</h2>',
    ]
    if author or shown:
        out.append('<div class="hg-by">' + (author if author else "") +
                   (f' <span class="hg-when">{shown}</span>' if shown else "") + "</div>")
    if photo:
        out.append(f'<div class="hg-photo"><img src="/photos/x.jpg"><p class="hg-cutline">'
                   f"{photo}</p></div>")
    more = list(read_more)
    for i, para in enumerate(paras):
        out.append(f'<p class="hg-text">{para}</p>')
        if (i + 1) % every == 0 and i + 1 < len(paras):
            out.append('<div class="ad ad-inline">Advertisement<br><iframe src="/ads/box" '
                       'width="300" height="250"></iframe></div>')
            if more:
                out.append(f'<p class="hg-readmore"><b>READ MORE:</b> <a href="#">'
                           f"{more.pop(0)}</a></p>")
    if credit:
        out.append(f'<p class="hg-credit"><i>{credit}</i></p>')
    out.append('<div class="hg-comments">Comments are closed for this story. Read our '
               "<a href=\"/guidelines\">community guidelines</a>.</div>")
    if sponsored:
        out.append('<div class="hg-sponsored"><div class="hg-spon-h">Sponsored Stories</div>')
        out += [f'<div class="hg-spon"><a href="#">{s}</a> <small>Promoted</small></div>'
                for s in sponsored]
        out.append("</div>")
    out += [
        '<div id="ad-footer" class="ad">ADVERTISEMENT</div>',
        '<div id="hg-foot">The Harbor Gazette &middot; 215 Front Street, Millbrook &middot; '
        "Copyright &copy; 2025, Harbor County Media. All Rights Reserved.</div>",
        "</td></tr></table></body></html>",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Story 1 (trade): the Oslo round of US-China talks, 20-21 October 2025.
# ---------------------------------------------------------------------------------------------

_T_WIRE_URL = "https://www.pacificwire.example/world/us-china-oslo-truce-extended-2025-10-21"
_T_WIRE = _wire_site(
    "US, China agree to extend tariff truce by 90 days after Oslo talks",
    [
        "The United States and China agreed on Tuesday to extend their tariff truce by "
        "another 90 days, pushing the deadline for higher duties back to Feb. 8, after two "
        "days of talks in the Norwegian capital that both sides called frank but useful.",
        "The current pause, first agreed in Geneva in May and stretched once in August, had "
        "been due to expire on Nov. 10. Without a deal, U.S. tariffs on most Chinese goods "
        "would have risen from their current 30%, and Beijing had promised to match any "
        "increase.",
        "Treasury Secretary Daniel Whitcombe led the U.S. delegation, which also included "
        "U.S. Trade Representative Maria Castellanos. The Chinese side was headed by Vice "
        "Premier Liang Wenbo, with Commerce Vice Minister Zhou Haiqing as chief negotiator.",
        "&#8220;The conversations were constructive and candid, and we now have a clear path "
        "to Washington,&#8221; Whitcombe told reporters outside the venue, a government guest "
        "house on the Bygd&oslash;y peninsula. He said the two delegations would meet again "
        "in the U.S. capital in December.",
        "A joint statement, released at 6:30 p.m. local time (1630 GMT), said China would "
        "keep suspending the export-licence rules on rare earth magnets it announced in the "
        "spring for as long as the truce lasts, and that Chinese buyers would &#8220;resume "
        "normal purchases&#8221; of American farm goods, including soybeans.",
        "Liang, in remarks carried by state broadcaster CCTV, said dialogue &#8220;on an equal "
        "footing&#8221; was &#8220;the only road&#8221; for the world&#8217;s two largest "
        "economies, and warned Washington against &#8220;new restrictions that poison the "
        "atmosphere.&#8221;",
        "The talks ran for about 11 hours across the two days, according to a U.S. official "
        "who was not authorised to speak publicly. It was the fifth face-to-face round since "
        "the spring, when tit-for-tat duties briefly reached 145% on Chinese goods and 125% "
        "on American ones.",
        "China currently applies a 10% tariff on most imports from the United States. "
        "Neither side announced any change to the tariff levels themselves on Tuesday.",
        "Markets took the news calmly. S&amp;P 500 futures rose 0.4% and the yuan firmed "
        "slightly against the dollar in offshore trade.",
        "Business groups welcomed the extension but said that rolling 90-day windows made "
        "planning hard. &#8220;Our members cannot sign supply contracts one quarter at a "
        "time,&#8221; said Helen Tobias, president of the U.S.-China Business Forum, a "
        "lobby group.",
    ],
    dateline="OSLO", url=_T_WIRE_URL,
    published="2025-10-21T17:55:00Z", updated="2025-10-21T19:20:00Z",
    byline="Ingrid Solberg and Chen Yu",
    credit="Reporting by Ingrid Solberg in Oslo and Chen Yu in Beijing; Editing by Mark "
           "Feeney",
    related=(
        ("China&#8217;s September exports rise 8.3% as shipments to U.S. keep falling",
         "/business/china-exports-september"),
        ("EU and Japan step up talks on chip export controls", "/world/eu-japan-chips"),
        ("Norway&#8217;s central bank holds rate at 4% for a second meeting",
         "/markets/norges-bank-hold"),
    ),
)

_T_BLOG = _blog_site(
    "Truce, extended: what the Oslo round means for tariffs, soybeans and the yuan",
    [
        "Another 90 days. That is the headline out of Oslo, where American and Chinese "
        "negotiators wrapped up two days of talks on Tuesday with an agreement to keep the "
        "tariff truce alive until <strong>February 8</strong>.",
        "For markets this was the base case, which is why the reaction was so muted. Still, "
        "it removes the tail risk that the November 10 cliff posed for anyone holding "
        "exporters or ag names into year-end.",
        "The line of the day came from U.S. Trade Representative <strong>Maria "
        "Castellanos</strong>: &#8220;The conversations were constructive and candid, and we "
        "now have a clear path to Washington.&#8221; Translation: nothing got solved, but "
        "nobody walked out either.",
        "What actually changed? Less than you&#8217;d think. The U.S. tariff on most Chinese "
        "goods stays at 30%; China&#8217;s on most American goods stays at 10%. Beijing keeps "
        "its rare earth licensing regime on ice for the length of the truce and has promised "
        "to resume normal purchases of U.S. farm products.",
        "On soybeans, the market wants numbers, and the joint statement gave none. Grain "
        "traders I spoke with think Chinese buyers could book 8 to 10 million tonnes before "
        "the end of the year if the promise is taken at face value. For context, China booked "
        "no cargoes at all from the new U.S. crop in September.",
        "Treasury Secretary Daniel Whitcombe, who led the American side, has a habit of "
        "under-promising and letting the details leak later. His counterpart, Vice Premier "
        "Liang Wenbo, was more expansive, calling dialogue &#8220;on an equal footing&#8221; "
        "the only road forward for both countries.",
        "The next round is due in Washington in December. That is where I would expect the "
        "harder files, chip export controls and the fentanyl-linked duties, to come up, and "
        "where the odds of a bad headline are higher.",
        "The yuan barely moved, which tells you currency traders had priced this in. "
        "Copper and soybean futures both ticked higher into the U.S. open.",
        "Bottom line: a 90-day extension is a holding pattern, not a deal. I am staying "
        "underweight the most China-exposed industrials until we see what Washington brings.",
    ],
    post_id=48213, author="Owen Tarrant", shown_date="October 21, 2025",
    bio="Owen Tarrant spent twelve years on a commodities desk before starting Ledger Lane. "
        "He writes about trade, rates and anything that moves a spread.",
    tags=("Trade", "China", "Tariffs", "Soybeans"),
    related=("Fed minutes: two officials wanted a bigger cut in September",
             "Copper tops $11,000 as a Chilean mine outage drags on",
             "Why the 10-year yield keeps bouncing off 4%"),
    comments=23,
    pull_quote="A 90-day extension is a holding pattern, not a deal.", pull_after=3,
)

_T_DAILY = _daily_site(
    "U.S. and China buy more time as trade truce is stretched into 2026",
    [
        "OSLO &mdash; American and Chinese negotiators agreed on Tuesday, Oct. 21, to stretch "
        "their fragile tariff truce by another three months, sparing both economies a jump "
        "in duties that would otherwise have kicked in on Nov. 10.",
        "Under the agreement, the pause now runs until <strong>Feb. 28</strong>, according to "
        "a joint statement issued at about 12:30 p.m. in Washington, early evening in Oslo, "
        "and to two people briefed on the talks.",
        "The extension was the main concrete result of two days of meetings, held Monday and "
        "Tuesday in a government guest house on the edge of the Norwegian capital. The "
        "sessions lasted roughly 11 hours in all.",
        "&#8220;The conversations were constructive and candid, and we have a clear path to "
        "Washington now,&#8221; Treasury Secretary Daniel Whitcombe said as he left on "
        "Tuesday evening. He was joined at the table by Maria Castellanos, the U.S. trade "
        "representative.",
        "China&#8217;s delegation was led by Vice Premier Liang Wenbo, Beijing&#8217;s "
        "point man on economic ties with Washington. Liang told Chinese state television that "
        "talks held &#8220;on an equal footing&#8221; were the only road for the two sides.",
        "The truce leaves in place a 30 percent American tariff on most Chinese imports and "
        "a 10 percent Chinese levy on most American goods, far below the triple-digit rates "
        "the two countries briefly imposed on each other in April.",
        "Beijing also agreed to keep on hold its new licensing rules for rare earth magnets, "
        "which carmakers in Europe and the United States had warned could halt assembly "
        "lines within weeks.",
        "Not everyone in Washington was pleased. &#8220;Every extension rewards Beijing for "
        "running out the clock,&#8221; said Sen. Joanna Pike, a Republican member of the "
        "Senate Finance Committee, who has pushed for higher tariffs on Chinese steel.",
        "Farm groups were more upbeat. The American Soybean Council said in a statement that "
        "the promise of renewed purchases was &#8220;the first good news our growers have "
        "had since the summer.&#8221;",
        "The two delegations plan to meet again in Washington in December. No date has been "
        "set.",
    ],
    kicker="Trade", author="By Rachel Amundsen",
    standfirst="Two days of talks in Oslo end with an extension and a promise to meet again in "
               "Washington.",
    photo_caption="Treasury Secretary Daniel Whitcombe, centre, arrives for the second day "
                  "of talks in Oslo. (Lise Haugen for the Daily Courier)",
    read_more=("Inside the Geneva deal that paused the tariff war in May", "/trade/geneva"),
    most_read=("Storm leaves 120,000 without power across the Great Lakes",
               "Supreme Court agrees to hear challenge to state social media law",
               "Opinion: The Fed&#8217;s next move should be a pause",
               "How a four-day week changed one Ohio factory"),
)

_T_NPB = _broadcaster_site(
    "US and China extend trade truce after Oslo talks",
    [
        "The US and China have agreed to extend a pause on higher tariffs by 90 days, after "
        "two days of negotiations in Oslo.",
        "The truce, which was due to end on 10 November, will now run until 8 February, "
        "according to a joint statement released by both governments.",
        "The statement was published at 15:30 GMT on Tuesday, shortly after the two "
        "delegations left the talks venue in the Norwegian capital.",
        "US Treasury Secretary Daniel Whitcombe led the American team, while China was "
        "represented by Vice Premier Liang Wenbo.",
        "Speaking to Chinese state media afterwards, Mr Liang said dialogue on an equal "
        "footing was the only way forward for the world&#8217;s two biggest economies, and he "
        "cautioned against new measures that would &#8220;poison the atmosphere&#8221;.",
        "The US currently charges a 30% tariff on most goods from China, while Beijing "
        "applies 10% to most US imports. At the height of the dispute in April, American "
        "duties on many Chinese products reached 145%.",
        "As part of the extension, China will continue to hold back export licensing rules "
        "on rare earths, minerals used in everything from electric car motors to fighter "
        "jets, which had alarmed manufacturers around the world.",
        "It also said Chinese firms would resume normal purchases of US farm produce. "
        "American soybean growers have been hit hard this year after Chinese buyers, "
        "traditionally their biggest customers, stayed away.",
        "<strong>Analysis</strong>: The extension buys time, but it does not resolve the "
        "questions that have dogged the relationship all year, from semiconductors to "
        "shipping fees. Both sides have an interest in calm before their leaders meet, and "
        "neither wants to be seen to blink first. The next round of talks is expected in "
        "Washington in December.",
    ],
    section="Business",
    caption="File photo: containers stacked at the port of Qingdao in eastern China",
    see_also=("US-China trade talks to resume in Oslo on Monday", "Tariffs", "China"),
    top_stories=("Train drivers in Scotland vote to strike over pay",
                 "UK inflation holds at 3.8% in September",
                 "Volcano on Iceland&#8217;s Reykjanes peninsula erupts again"),
)

# ---------------------------------------------------------------------------------------------
# Story 2 (court): appeals court upholds the Velocar antitrust penalty, 12 September 2025.
# ---------------------------------------------------------------------------------------------

_C_WIRE_URL = "https://www.pacificwire.example/legal/velocar-penalty-upheld-appeal-2025-09-12"
_C_WIRE = _wire_site(
    "Appeals court upholds $1.2 billion penalty against ride-hailing firm Velocar",
    [
        "A federal appeals court on Friday upheld a $1.2 billion civil penalty against "
        "Velocar Inc, ruling that the ride-hailing company broke antitrust law by punishing "
        "drivers who also took fares from rival apps.",
        "A three-judge panel of the 2nd U.S. Circuit Court of Appeals in Manhattan ruled 2-1 "
        "that the trial judge had been entitled to find that Velocar&#8217;s "
        "&#8220;loyalty tiers&#8221; for drivers were designed to starve competitors of "
        "supply rather than to reward good service.",
        "Circuit Judge Rosalind Okafor wrote for the majority, joined by Circuit Judge Samuel "
        "Ferreira. &#8220;A firm that controls most of a market may compete hard, but it may "
        "not buy exclusivity with the livelihoods of the people it depends on,&#8221; Okafor "
        "wrote.",
        "In a dissent, Circuit Judge Peter Lindqvist agreed that some of the practices were "
        "unlawful but said the size of the penalty was &#8220;grossly out of proportion&#8221; "
        "to any harm the government had proved, and he would have sent the case back for a "
        "new calculation.",
        "The court ordered Velocar to deposit the full amount with the district court by "
        "Oct. 27 while any further appeal is pending.",
        "The penalty was imposed in March 2024 by U.S. District Judge Martin Aldous after a "
        "trial in a lawsuit brought by the Justice Department and 14 states in 2022.",
        "&#8220;Today&#8217;s ruling confirms that no company is too big to answer for how it "
        "treats the workers who keep its business running,&#8221; Assistant Attorney General "
        "Colin Hargreave, who heads the department&#8217;s antitrust division, said in a "
        "statement.",
        "Velocar, which is based in Millbrook and says it has about 40 million active riders, "
        "said it was disappointed. &#8220;We are reviewing the decision and considering all "
        "of our options,&#8221; spokeswoman Dana Whitlow said.",
        "The company can ask the full 2nd Circuit to rehear the case or petition the U.S. "
        "Supreme Court. Its shares fell 3.1% on the Nasdaq on Friday.",
    ],
    dateline="NEW YORK", url=_C_WIRE_URL, published="2025-09-12T19:32:00Z",
    byline="Jonah Price",
    credit="Reporting by Jonah Price in New York; Editing by Alicia Brandt and Tom Ochs",
    correction="This story has been corrected to show that the lawsuit was filed in 2022, "
               "not 2021.",
    related=(
        ("Judge fines crypto lender $48 million over misleading yield claims",
         "/legal/crypto-lender-fine"),
        ("Food delivery app settles Illinois tip lawsuit for $16 million",
         "/legal/delivery-tips"),
    ),
)

_C_TV = _tv_site(
    "Court rules against Velocar in $1.2B antitrust case; company weighs next step",
    [
        "MILLBROOK &mdash; Velocar, one of Millbrook&#8217;s biggest employers, lost its "
        "appeal Friday in the federal antitrust case over how it treated drivers who also "
        "worked for competing apps.",
        "In a 2-1 ruling, the U.S. Court of Appeals for the Second Circuit in New York upheld "
        "the <strong>$1.2 billion</strong> penalty a lower court ordered the company to pay "
        "last year.",
        "Judge Rosalind Okafor wrote the majority opinion. The dissent came from Judge "
        "<strong>Harold Brenner</strong>, who argued the fine was far larger than the harm "
        "the government had shown.",
        "Under the order, Velocar has until <strong>Oct. 17</strong> to deposit the money "
        "with the court while it decides whether to keep fighting.",
        "The company said in a statement that it was reviewing the ruling and weighing all of "
        "its options. It did not say whether the decision would affect jobs locally.",
        "Velocar employs about 2,400 people at its headquarters campus on Riverside Drive, "
        "according to the Millbrook Economic Development Council.",
        "The Justice Department called the decision a win for workers. &#8220;No company is "
        "too big to answer for how it treats the workers who keep its business running,"
        "&#8221; said Colin Hargreave, the head of the department&#8217;s antitrust "
        "division.",
        "Several Velocar drivers KVTR 9 spoke with outside the company&#8217;s driver hub on "
        "Fifth Street said they had felt pushed to pick one app. &#8220;If you drove for "
        "anybody else, your good rides just dried up,&#8221; said Marcus Bell, who has "
        "driven in Millbrook for six years.",
        "The case was first filed in 2022 by the Justice Department and 14 states. A federal "
        "judge in Manhattan ordered the penalty in March 2024 after a trial.",
        "Velocar could ask the full appeals court to hear the case or take it to the U.S. "
        "Supreme Court.",
        "KVTR 9 reached out to Mayor Harold Benning&#8217;s office for comment and had not "
        "heard back by the time this story was published.",
    ],
    stamp="Updated: Sep. 12, 2025 at 6:40 PM", reporter="Alyssa Greer",
    video="Drivers react to Velocar ruling",
    trending=("Route 9 bridge to close for six weekends of repairs",
              "Millbrook schools post 91% graduation rate",
              "Two hurt in house fire on Elm Street"),
)

_C_BLOG = _blog_site(
    "Velocar loses its appeal: the $1.2 billion question for shareholders",
    [
        "The appeals court did not give Velocar much to work with. A panel of the Second "
        "Circuit <em>unanimously</em> upheld the $1.2 billion civil penalty on Friday, Sept. "
        "12, brushing aside every one of the company&#8217;s arguments about how the trial "
        "judge measured harm.",
        "Judge Rosalind Okafor&#8217;s opinion is short and blunt. The loyalty tiers that "
        "rewarded drivers for staying off rival apps were, in the court&#8217;s words, a way "
        "to &#8220;buy exclusivity with the livelihoods of the people it depends on.&#8221;",
        "So what does the money mean? Velocar booked revenue of $14.8 billion in 2024, so the "
        "penalty is roughly 8% of a year&#8217;s sales. The company had about $5.6 billion "
        "of cash at the end of June. It can pay. The question is what else it has to change.",
        "The order gives Velocar until <strong>October 27</strong> to put the full amount on "
        "deposit with the court. The company has already reserved for the penalty, so the "
        "hit to earnings should be small, but the cash leaves the building.",
        "Don&#8217;t confuse this with the $300 million Velocar paid in 2023 to settle a class "
        "action by drivers over pay. That was a separate case, and that money is long gone.",
        "The stock fell 3.1% on Friday, a fairly calm reaction to a loss of this size. My "
        "read: the market had priced a loss and was more worried about a court-ordered "
        "redesign of the driver program, which the ruling does not require.",
        "Velocar says it is &#8220;considering all options.&#8221; A rehearing by the full "
        "court is a long shot. A petition to the Supreme Court is possible, but the justices "
        "take very few cases of this kind.",
        "I would watch two things from here: whether rivals start poaching drivers now that "
        "the tiers are legally toxic, and whether the company keeps its buyback plan alive "
        "with $1.2 billion parked at the courthouse.",
    ],
    post_id=47730, author="Priya Navarro",
    bio="Priya Navarro covers the business of the gig economy for Ledger Lane. She owns no "
        "shares in any company she writes about.",
    tags=("Velocar", "Antitrust", "Gig economy"),
    related=("Delivery apps face $16 million tip settlement in Illinois",
             "Rideshare IPO pipeline: who is next after March?",
             "The gig-economy stocks that beat the S&amp;P this summer"),
    comments=41,
)

# ---------------------------------------------------------------------------------------------
# Story 3 (central bank, CONTROL): the Bank of Canada's rate cut of 29 October 2025.
# ---------------------------------------------------------------------------------------------

_B_WIRE_URL = "https://www.pacificwire.example/markets/bank-of-canada-cuts-to-2-25-2025-10-29"
_B_WIRE = _wire_site(
    "Bank of Canada cuts rate to 2.25%, signals it may be done easing",
    [
        "The Bank of Canada cut its key interest rate by 25 basis points to 2.25% on "
        "Wednesday, Oct. 29, its second reduction in a row, and signalled that borrowing "
        "costs are now about as low as it wants them to go unless the economy weakens "
        "further.",
        "The move, announced at 9:45 a.m. ET, had been expected by 26 of 30 economists in a "
        "Pacific Wire poll. The bank also cut by a quarter point in September, taking the "
        "rate to 2.5% from 2.75%.",
        "&#8220;If the economy evolves broadly in line with our projection, we see the current "
        "policy rate at about the right level,&#8221; Governor Claire Dubreuil said in "
        "prepared remarks before her 10:30 a.m. news conference.",
        "Canada&#8217;s economy shrank at an annualised rate of 1.6% in the second quarter "
        "as U.S. tariffs hit exports of cars, steel and aluminium. The bank now expects "
        "growth of 1.2% this year and 0.9% in 2026.",
        "Washington charges a 35% tariff on Canadian goods that fall outside the North "
        "American trade pact, and 50% on steel and aluminium.",
        "Inflation picked up to 2.4% in September from 1.9% in August, but the bank said "
        "underlying price pressures were easing as the job market softened. The unemployment "
        "rate stood at 7.1% in September.",
        "Since June 2024 the bank has lowered its policy rate by a total of 275 basis points "
        "from a peak of 5%.",
        "Dubreuil said the bank was ready to respond if the outlook worsened, but that "
        "monetary policy could not undo the damage from tariffs. &#8220;What we cannot do is "
        "restore the demand that trade barriers have taken away,&#8221; she said.",
        "The Canadian dollar was little changed after the decision. The next rate "
        "announcement is scheduled for Dec. 10.",
    ],
    dateline="OTTAWA", url=_B_WIRE_URL, byline="Luc Tremblay and Sarah Oyelaran",
    credit="Reporting by Luc Tremblay in Ottawa and Sarah Oyelaran in Toronto; Editing by "
           "Dan Whitfield",
    related=(
        ("Fed cuts rates by a quarter point, sets end date for balance-sheet runoff",
         "/markets/fed-october-decision"),
        ("ECB keeps deposit rate at 2% for a third meeting", "/markets/ecb-hold"),
    ),
)

_B_BLOG = _blog_site(
    "BoC trims to 2.25% and hints at a pause: three takeaways",
    [
        "The Bank of Canada did what almost everyone expected on Wednesday: a 0.25 "
        "percentage point cut, taking the overnight rate to <strong>2.25%</strong> from 2.5%. "
        "That is the lowest level for the policy rate since mid-2022.",
        "The more interesting part was the language. Here are my three takeaways.",
        "<strong>1. The easing cycle is probably over.</strong> Governor Claire Dubreuil said "
        "that if the economy evolves roughly as the bank projects, the current rate is "
        "&#8220;about the right level.&#8221; That is central-bank speak for a pause. Markets "
        "heard it: the two-year Canada yield rose 4 basis points after the statement.",
        "<strong>2. Tariffs are doing the work that rate hikes used to do.</strong> The "
        "economy contracted at a 1.6% annualised pace in the second quarter, and the bank&#8217;"
        "s new forecasts pencil in growth of just 1.2% for 2025 and 0.9% for 2026. "
        "Dubreuil was candid that the bank cannot replace demand lost to trade barriers.",
        "<strong>3. Inflation isn&#8217;t the obstacle.</strong> Headline CPI was 2.4% in "
        "September, inside the bank&#8217;s 1%&#8211;3% band, and the core measures have "
        "been drifting lower.",
        "The loonie slipped slightly, to about C$1.3990 per U.S. dollar, before recovering "
        "most of the move by midday. The Fed, which was due to announce its own decision "
        "later in the day, got more attention from U.S. desks.",
        "For December 10, the next decision date, the swaps market now prices only a small "
        "chance of another cut. I think that is about right unless the October jobs report "
        "is ugly.",
        "Positioning note: I&#8217;ve taken profit on the front-end Canada receiver I "
        "flagged in September. With the bank this explicit about being at the right level, "
        "the easy money in that trade has been made.",
    ],
    post_id=48390, author="Owen Tarrant", shown_date="Oct 29, 2025",
    bio="Owen Tarrant spent twelve years on a commodities desk before starting Ledger Lane. "
        "He writes about trade, rates and anything that moves a spread.",
    tags=("Bank of Canada", "Rates", "CAD"),
    related=("Fed decision preview: a cut is priced, the runoff is not",
             "RBA holds at 3.6% and sounds less dovish",
             "Gold at $4,000: what the charts say"),
    comments=9,
)

_B_NPB = _broadcaster_site(
    "Bank of Canada cuts interest rates for second time in a row",
    [
        "Canada&#8217;s central bank has cut interest rates by a quarter of a percentage "
        "point to 2.25%, as the country&#8217;s economy struggles with US tariffs.",
        "It is the second cut in a row from the Bank of Canada, which also lowered borrowing "
        "costs by the same amount in September.",
        "The decision was announced at 13:45 GMT on Wednesday 29 October. Governor Claire "
        "Dubreuil held a press conference in Ottawa 45 minutes later.",
        "She said that the current rate was at about the right level if the economy "
        "performed as the bank expected, a signal that further cuts are less likely.",
        "Canada&#8217;s economy shrank by 1.6% on an annualised basis between April and June "
        "as exports to the US, its largest trading partner, fell sharply.",
        "The US has imposed tariffs of 35% on Canadian goods not covered by the free trade "
        "agreement between the two countries and Mexico, and of 50% on steel and aluminium.",
        "Ms Dubreuil said there were limits to what lower interest rates could achieve. "
        "&#8220;What we cannot do is restore the demand that has been lost to trade "
        "barriers,&#8221; she told reporters.",
        "Inflation in Canada rose to 2.4% in September. The bank aims to keep it at 2%, "
        "within a range of 1% to 3%.",
        "The bank has now reduced its key rate by a total of 2.75 percentage points since "
        "June 2024, when it became one of the first major central banks to begin cutting.",
        "Its next decision is due on 10 December.",
    ],
    section="Business",
    caption="The Bank of Canada&#8217;s headquarters on Wellington Street in Ottawa",
    see_also=("Interest rates", "Canada", "Tariffs"),
    top_stories=("Hurricane makes landfall in Jamaica as a category five storm",
                 "Bank of England expected to hold rates next week",
                 "Louvre to tighten security after jewel theft"),
)

_B_REGIONAL = _regional_site(
    "Bank of Canada lowers key rate again; what it means for Harbor County exporters",
    [
        "OTTAWA &mdash; The Bank of Canada lowered its benchmark interest rate by 25 basis "
        "points to 2.25 percent on Wednesday, Oct. 29, the second straight cut as the "
        "Canadian economy absorbs the blow from U.S. tariffs.",
        "The decision, announced at 9:45 a.m. Eastern time, had been widely expected. "
        "Canada&#8217;s central bank also cut by a quarter point in September.",
        "Governor Claire Dubreuil said the rate was at &#8220;about the right level&#8221; "
        "if the economy evolves as the bank projects, suggesting it may now hold.",
        "Canada&#8217;s economy contracted at a 1.6 percent annual rate in the spring "
        "quarter. Inflation rose to 2.4 percent in September.",
        "The bank expects growth of 1.2 percent this year and 0.9 percent next year.",
        "&#8220;The message was: this is where we stop, unless things get worse,&#8221; said "
        "Ben Kowalczyk, an economist at Great Lakes Trust in Millbrook who follows Canadian "
        "trade. The bank said underlying price pressures were easing as Canada&#8217;s job "
        "market softened.",
        "For Harbor County, the decision matters mostly through the exchange rate. Canada "
        "is the second-largest market for goods shipped out of the Port of Millbrook, led by "
        "farm machinery parts and paper products.",
        "&#8220;When their rates go down and the Canadian dollar stays weak, our customers up "
        "north pay more for what we sell,&#8221; said Teresa Vang, export manager at "
        "Millbrook-based Corlett Agri Parts, which ships about a quarter of its output to "
        "Ontario and Manitoba.",
        "The U.S. tariffs of 35 percent on Canadian goods outside the North American trade "
        "agreement, and 50 percent on steel and aluminum, have already led some Canadian "
        "buyers to delay orders, she said.",
        "The Bank of Canada&#8217;s next rate decision is set for Dec. 10.",
    ],
    section="Business", author="By Gazette staff",
    credit="With files from Pacific Wire",
    read_more=("Port of Millbrook tonnage up 4% in third quarter",
               "Harbor County farm income forecast to dip in 2026"),
    sponsored=("Retirees are switching to this one-page budget (see how)",
               "5 cars under $30,000 that hold their value"),
)

# ---------------------------------------------------------------------------------------------
# Story 4 (rocket): third test flight of Meridian's Vireo rocket, 18 November 2025.
# ---------------------------------------------------------------------------------------------

_R_NPB = _broadcaster_site(
    "Meridian&#8217;s Vireo rocket flies for a third time - as it happened",
    [],
    section="Science",
    live_date="Tuesday 18 November 2025. All times GMT.",
    summary=(
        "Meridian Launch Systems&#8217; Vireo rocket lifted off from Kittering, Texas, at "
        "12:41 GMT on its third test flight",
        "The Booster 7 first stage came back and splashed down in the Gulf of Mexico, as "
        "planned",
        "The upper stage deployed four dummy satellites and came down off Western Australia",
        "The two earlier flights, in March and July, both ended in failure",
    ),
    caption="Vireo climbs away from the Kittering Launch Complex. Courtesy Meridian Launch "
            "Systems",
    live=(
        ("11:55", "Welcome to our coverage",
         "<p>Hello and welcome. Meridian Launch Systems is preparing to fly its "
         "Vireo rocket for the third time from the Kittering Launch Complex on the Texas Gulf "
         "Coast. The launch window opens at 12:30 GMT, which is 06:30 local time, and lasts "
         "90 minutes.</p><p>At 96 metres tall, Vireo is one of the largest rockets ever built. "
         "Both stages burn liquid methane and liquid oxygen.</p>"),
        ("12:22", "Fuelling complete",
         "<p>Meridian says propellant loading is finished and the weather is green. The "
         "first stage for today&#8217;s flight is Booster 7; it has nine Harrier engines, "
         "while the upper stage has three.</p>"),
        ("12:31", "Brief hold",
         "<p>The countdown has been paused for a few minutes while engineers check a sensor "
         "reading on a ground system. The new target time is 12:41.</p>"),
        ("12:41", "Liftoff!",
         "<p>Vireo is off the pad and climbing steadily over the Gulf.</p>"),
        ("12:44", "Stage separation",
         "<p>The two stages have separated and the upper stage&#8217;s engines are "
         "running. This is further than the first flight got: in March the rocket exploded "
         "about two minutes after launch.</p>"),
        ("12:48", "Booster down in the Gulf",
         "<p>Booster 7 has carried out its landing burn and splashed down in the Gulf of "
         "Mexico, about seven minutes after liftoff. No attempt was made to recover it.</p>"),
        ("13:10", "Satellites out, engine relit",
         "<p>Meridian&#8217;s webcast shows all four dummy satellites released from the "
         "upper stage. Controllers also confirmed a short relight of one engine in space, "
         "a key test for future missions.</p>"),
        ("13:47", "Splashdown",
         "<p>The upper stage has come down in the Indian Ocean off the coast of Western "
         "Australia, 66 minutes after launch. Cameras on a buoy showed it tipping over and "
         "exploding as planned moments after touching the water.</p><p>On the second "
         "flight, in July, the upper stage broke apart during re-entry.</p>"),
        ("13:58", "&#8216;Every box ticked&#8217;",
         "<p>Meridian&#8217;s chief executive Tomasz Ruel has been speaking on the company "
         "webcast: &#8220;Every box we wanted to tick today, we ticked. This is the flight "
         "we needed.&#8221;</p>"),
        ("14:20", "Regulator: no investigation needed",
         "<p>The US Federal Aviation Administration says the flight went as licensed and no "
         "mishap investigation will be required.</p>"),
        ("14:35", "What next?",
         "<p>Meridian says the fourth flight, planned for early next year, will attempt to "
         "catch the returning booster on the launch tower. That&#8217;s where we&#8217;ll "
         "leave our coverage for today. Thank you for joining us.</p>"),
    ),
    top_stories=("China&#8217;s Shenzhou crew returns after capsule damage delay",
                 "Leonid meteor shower peaks this week: how to see it",
                 "Europe&#8217;s Ariane 6 to carry Galileo satellites next month"),
)

_R_WIRE_URL = "https://www.pacificwire.example/science/meridian-vireo-third-flight-2025-11-18"
_R_WIRE = _wire_site(
    "Meridian&#8217;s Vireo rocket completes full test flight at third attempt",
    [
        "Meridian Launch Systems&#8217; giant Vireo rocket completed a full test flight on "
        "Tuesday for the first time, sending its upper stage halfway around the world to a "
        "controlled splashdown after two failed attempts earlier this year.",
        "The 96-metre (315-foot) rocket lifted off at 6:41 a.m. local time (1241 GMT) from "
        "the company&#8217;s launch site near Kittering on the Texas Gulf Coast.",
        "Both of Vireo&#8217;s stages burn liquid methane and liquid oxygen, and the first "
        "stage is powered by nine of the company&#8217;s Harrier engines. Hundreds of "
        "spectators watched from a beach road near the site.",
        "Its first stage, designated Booster 7, separated about three minutes into the "
        "flight, turned back and splashed down in the Gulf of Mexico about seven minutes "
        "after liftoff.",
        "The upper stage released four dummy satellites, briefly relit one of its three "
        "engines in space and then re-entered the atmosphere, splashing down in the Indian "
        "Ocean about 66 minutes after launch.",
        "&#8220;Every box we wanted to tick today, we ticked,&#8221; Meridian chief executive "
        "Tomasz Ruel said on the company&#8217;s webcast.",
        "The first Vireo flight, in March, ended when the rocket exploded about two minutes "
        "after liftoff. On the second, in July, the upper stage reached space but broke "
        "apart during re-entry.",
        "The Federal Aviation Administration said no mishap investigation would be needed.",
        "Meridian, which is privately held, is developing Vireo to launch large batches of "
        "broadband satellites and, eventually, crewed spacecraft. It has a contract with "
        "NASA to study a cargo version for lunar missions.",
        "The company said its fourth flight, planned for early next year, would try to catch "
        "the returning booster with arms on the launch tower.",
    ],
    dateline="KITTERING, Texas", url=_R_WIRE_URL, published="2025-11-18T14:26:00Z",
    byline="Marisol Vega",
    credit="Reporting by Marisol Vega in Kittering, Texas; Editing by Will Dunphy",
    related=(
        ("Rocket Lab&#8217;s Neutron slips to 2026, company says", "/science/neutron-delay"),
        ("Japan&#8217;s H3 rocket lofts navigation satellite on fifth flight",
         "/science/h3-fifth"),
    ),
)

_R_BLOG = _blog_site(
    "Meridian nails flight three. Does the $9 billion price tag look cheap now?",
    [
        "Third time lucky. Meridian Launch Systems flew its Vireo rocket on Tuesday, Nov. 18, "
        "and this time everything went to plan: the booster came back, the upper stage "
        "deployed its dummy payload, relit an engine in orbit-ish space, and came down "
        "where it was supposed to.",
        "For a private company this matters a lot, because the next funding round is the "
        "thing that pays the bills. Meridian was valued at $9 billion when it raised money "
        "in June, after the first failure and before the second.",
        "The facts: Booster 7 splashed down in the Gulf of Mexico. The upper stage landed "
        "in the <strong>Pacific, south of Hawaii</strong>, about an hour and six minutes "
        "after liftoff, with four dummy satellites released along the way.",
        "Compare that with the year so far. Flight one in March blew up about two minutes in. "
        "Flight two in July reached space but the upper stage disintegrated on the way "
        "back down. Investors who bought in June were buying a promise; now they have a "
        "working vehicle.",
        "CEO Tomasz Ruel said every box the company wanted to tick was ticked. I&#8217;d "
        "add one he didn&#8217;t mention: no mishap investigation, per the FAA, which means "
        "no months-long pause before flight four.",
        "What would make me more bullish? A successful booster catch on the tower, which "
        "Meridian says it will try on the fourth flight early next year. Reuse is where the "
        "economics live. Until then, each Vireo flight throws away two stages.",
        "What would make me less bullish? Customers. Meridian has a NASA study contract "
        "and a lot of talk about broadband constellations, but few signed commercial "
        "launches.",
        "On the secondary market, where early employees sell shares, bids have reportedly "
        "moved up since Tuesday. I wouldn&#8217;t chase it. But $9 billion for a company that "
        "now has a flying heavy rocket looks a lot less silly than it did in July.",
    ],
    post_id=48655, author="Priya Navarro",
    bio="Priya Navarro covers private markets and the space economy for Ledger Lane. She owns "
        "no shares in any company she writes about.",
    tags=("Space", "Private markets", "Meridian"),
    related=("Satellite broadband: the price war nobody is talking about",
             "Defense tech funding hits a record $38 billion in Q3"),
    comments=17,
    pull_quote="Reuse is where the economics live.", pull_after=6,
)

_R_DAILY = _daily_site(
    "After two failures, Meridian&#8217;s Vireo finally flies the whole way",
    [
        "KITTERING, Texas &mdash; At the third attempt, the rocket worked.",
        "Meridian Launch Systems&#8217; Vireo, a 315-foot methane-burning giant that the "
        "company hopes will one day carry people, lifted off from the scrubland south of "
        "this Gulf Coast town shortly before sunrise on Tuesday, Nov. 18, and flew the full "
        "test profile for the first time.",
        "Its first stage, <strong>Booster 9</strong>, returned over the Gulf of Mexico and "
        "splashed down offshore minutes after separating. The upper stage deployed four "
        "dummy satellites, fired one engine again in space and, roughly <strong>48 minutes"
        "</strong> after launch, came down in the Indian Ocean.",
        "In March, the first Vireo blew apart about two minutes after leaving the pad. In "
        "July, the second made it to space, but its upper stage disintegrated as it fell back "
        "through the atmosphere.",
        "&#8220;Every box we wanted to tick today, we ticked,&#8221; said Tomasz Ruel, "
        "Meridian&#8217;s chief executive, who watched from the control centre. &#8220;This "
        "is the flight we needed.&#8221;",
        "Several hundred people watched from the beach road, some of them having camped "
        "overnight. &#8220;You feel it in your chest before you hear it,&#8221; said Dolores "
        "Quintanilla, 67, a retired teacher who has watched all three launches.",
        "Not everyone in Kittering is a fan. Residents have complained about road closures, "
        "and an environmental group has sued the Federal Aviation Administration over its "
        "approval of up to 25 launches a year from the site.",
        "The FAA said no investigation would be needed after Tuesday&#8217;s flight, clearing "
        "the way for a fourth launch that Meridian says could come early next year. On that "
        "flight, it plans to try catching the booster on the launch tower.",
    ],
    kicker="Space", author="By Tom&aacute;s Herrera",
    standfirst="The methane-fuelled rocket reached space, released dummy satellites and "
               "splashed down on target.",
    photo_caption="Meridian&#8217;s Vireo rocket lifts off from Kittering, Texas. (Courtesy "
                  "of Meridian Launch Systems)",
    most_read=("City council approves $52 million transit plan",
               "Review: a gripping new production of &#8216;Our Town&#8217;",
               "Opinion: Why the space race needs a referee"),
    ad_after=4,
)

# ---------------------------------------------------------------------------------------------
# Story 5 (earthquake): M6.7 quake off Mindanao, night of 22 November 2025 (local time).
# ---------------------------------------------------------------------------------------------

_Q_WIRE_URL = "https://www.pacificwire.example/world/philippines-quake-mindanao-2025-11-22"
_Q_WIRE = _wire_site(
    "Strong quake off southern Philippines kills at least three, tsunami alert lifted",
    [
        "A magnitude 6.7 earthquake struck off the southern Philippine island of Mindanao "
        "late on Saturday, killing at least three people, injuring 19 and sending coastal "
        "residents fleeing to higher ground in the dark, officials said.",
        "The quake hit at 10:14 p.m. (1414 GMT) about 28 km (17 miles) east of the town of "
        "Hinatuan in Surigao del Sur province, at a depth of 10 km (6 miles), according to "
        "the Philippine Institute of Volcanology and Seismology (Phivolcs).",
        "Phivolcs issued a tsunami warning for the coasts of Surigao del Sur and Davao "
        "Oriental but lifted it a little over two hours later after only small waves were "
        "recorded.",
        "&#8220;The houses near the shore shook like paper. People ran to the hills in the "
        "dark,&#8221; Hinatuan Mayor Renato Calma told local radio station DXHN. He said "
        "all three of the dead were from his town, killed when the concrete wall of a house "
        "collapsed.",
        "Provincial Governor Alicia Pimentel said rescue teams had been sent to every "
        "coastal village and asked residents to keep away from the shore until morning.",
        "The bell tower of Hinatuan&#8217;s old stone church partly collapsed, and power was "
        "cut across much of the province, the Office of Civil Defense said.",
        "Phivolcs warned of aftershocks and advised residents to stay out of damaged "
        "buildings until engineers had inspected them.",
        "In December 2023, a magnitude 7.4 quake off the same stretch of coast killed three "
        "people and damaged hundreds of homes.",
        "The Philippines lies on the Pacific &#8220;Ring of Fire&#8221; and records "
        "thousands of earthquakes a year, most of them too weak to be felt.",
    ],
    dateline="MANILA", url=_Q_WIRE_URL, published="2025-11-22T22:40:00Z",
    byline="Carlo Mendoza",
    credit="Reporting by Carlo Mendoza; Editing by Kim Sato",
    related=(
        ("Death toll from Cebu quake rises to 72 as rescuers reach mountain villages",
         "/world/cebu-quake-toll"),
        ("Typhoon leaves 1.2 million without power in Luzon", "/world/typhoon-luzon"),
    ),
)

_Q_REGIONAL = _regional_site(
    "Quake rattles southern Philippines; Harbor County families wait for news",
    [
        "MANILA &mdash; A powerful earthquake struck off the southern Philippines on "
        "Saturday, killing at least three people and injuring 19, officials there said.",
        "The magnitude 6.7 quake hit at 9:14 a.m. Eastern time Saturday, which was 10:14 "
        "p.m. in the Philippines. Its center was offshore, about 17 miles east of the coastal "
        "town of Hinatuan, and about 6 miles deep, according to the country&#8217;s "
        "volcanology and seismology institute.",
        "All three people killed were in Hinatuan, where a house wall collapsed. &#8220;The "
        "houses near the shore shook like paper,&#8221; Hinatuan Mayor Renato Calma told a "
        "local radio station. &#8220;People ran to the hills in the dark.&#8221;",
        "A tsunami warning was issued for nearby coasts and later lifted.",
        "Most of the 19 injured were hurt by falling debris or while running from their "
        "homes, officials said.",
        "Power was cut across much of Surigao del Sur province, and the bell tower of "
        "Hinatuan&#8217;s old stone church partly collapsed, officials said. The institute, "
        "known as Phivolcs, warned of aftershocks and urged residents to stay out of damaged "
        "buildings.",
        "In Millbrook, members of the Harbor County Filipino-American Association spent "
        "Saturday morning trying to reach relatives in Mindanao.",
        "&#8220;My sister is in Surigao del Sur. The phones were down for hours, and then "
        "she called to say they were sleeping outside,&#8221; said Rosalie Dacanay, the "
        "association&#8217;s president. The group plans a relief collection at St. Brendan "
        "Parish Hall on Sunday after the 10 a.m. Mass.",
        "The Philippines sits on the Pacific Ring of Fire and is hit by frequent quakes. A "
        "stronger, magnitude 7.4 quake struck the same coast in December 2023.",
    ],
    section="Nation &amp; World", shown="Posted Nov. 22, 2025 at 6:12 p.m. EST",
    author="By Gazette staff and wire reports",
    credit="This story includes reporting from Pacific Wire.",
    photo="File photo: Hinatuan&#8217;s waterfront in 2023. (Pacific Wire)",
    read_more=("Millbrook nurses return from Cebu relief mission",),
    sponsored=("Doctors stunned: this simple trick for knee pain",
               "Harbor County homeowners could save $1,400 on solar"),
    every=3,
)

_Q_NPB = _broadcaster_site(
    "Philippines earthquake: deaths rise after strong quake off Mindanao",
    [],
    section="Asia",
    live_date="22-23 November 2025. Times are GMT; local time is eight hours ahead.",
    summary=(
        "A magnitude 6.7 earthquake struck off Mindanao in the southern Philippines at "
        "14:14 GMT on Saturday (22:14 local time)",
        "Eight people are now confirmed dead and 41 injured, according to civil defence "
        "officials",
        "A tsunami warning was issued and lifted within hours",
        "Hundreds of aftershocks have been recorded",
    ),
    live=(
        ("06:30 Sun", "Death toll rises to eight",
         "<p>The Office of Civil Defense now says eight people have died and 41 have been "
         "injured. Most of the deaths were in Hinatuan and neighbouring coastal towns. It is "
         "14:30 on Sunday afternoon in the Philippines.</p><p>Phivolcs says it has recorded "
         "more than 300 aftershocks, the strongest of them magnitude 5.1.</p>"),
        ("01:10 Sun", "Toll now five",
         "<p>Two more deaths have been reported, taking the toll to five, as daylight allows "
         "rescuers to reach villages cut off overnight. A bridge in the town of Lingig "
         "has cracked and is closed to traffic.</p>"),
        ("22:55 Sat", "First deaths confirmed",
         "<p>Officials confirm at least three people have been killed in Hinatuan, a coastal "
         "town in Surigao del Sur province, where a wall fell on a house.</p>"
         "<p>The provincial governor, Alicia Pimentel, says: &#8220;We have sent rescue "
         "teams to every coastal village, and we ask people to stay away from the shore "
         "until morning.&#8221;</p>"),
        ("17:05 Sat", "Tsunami warning lifted",
         "<p>The Philippine Institute of Volcanology and Seismology has lifted its tsunami "
         "warning. Only small waves were recorded along the coast.</p>"),
        ("14:50 Sat", "Tsunami warning",
         "<p>Phivolcs has issued a tsunami warning for coastal areas of Surigao del Sur and "
         "Davao Oriental and is urging people to move to higher ground.</p>"),
        ("14:31 Sat", "Strong quake off Mindanao",
         "<p>A strong earthquake has struck off the east coast of Mindanao. The Philippine "
         "seismology agency puts its magnitude at 6.7, with its epicentre about 28km off "
         "the coast of Surigao del Sur province at a depth of 35km.</p>"),
    ),
    top_stories=("Cop30 talks run into extra time in Belem",
                 "Two killed as storm brings flooding to Vietnam&#8217;s central coast",
                 "Japan raises alert level for volcano on Kyushu"),
)

_Q_DAILY = _daily_site(
    "In a Philippine town used to earthquakes, a night that was different",
    [
        "HINATUAN, Philippines &mdash; The shaking started a little after 10 o&#8217;clock "
        "on Saturday night, when most families along this stretch of Mindanao&#8217;s east "
        "coast were already asleep.",
        "By Sunday afternoon, officials had confirmed at least eight deaths and 41 injuries "
        "from the magnitude 6.7 quake, which struck offshore near the town of <strong>"
        "Baganga in Davao Oriental province</strong>, according to the national seismology "
        "agency.",
        "&#8220;The houses near the shore shook like paper,&#8221; said Alicia Pimentel, the "
        "governor of Surigao del Sur, as she toured a school being used as an evacuation "
        "center. &#8220;People ran to the hills in the dark.&#8221;",
        "More than 1,900 families were still sleeping in evacuation centers on Sunday night, "
        "according to the provincial social welfare office, many of them afraid to go "
        "home as hundreds of aftershocks rolled through the region.",
        "Residents here know earthquakes. In December 2023, a magnitude 7.4 quake off the "
        "same coast sent thousands running for the hills, and schools still hold drills "
        "every quarter. This time a tsunami alert was issued within the hour and lifted a "
        "little over two hours later.",
        "&#8220;We did what we practised. We ran,&#8221; said Jericho Lumapas, 34, a "
        "fisherman whose house lost its front wall. &#8220;But nobody practises in the "
        "middle of the night.&#8221;",
        "In the town center, the bell tower of the old stone church lay partly in the "
        "street. Power was still out across much of the province on Monday morning, though "
        "crews had restored some lines in Hinatuan.",
        "Phivolcs, as the seismology institute is known, has warned that strong aftershocks "
        "remain possible for days and has asked residents not to enter cracked buildings.",
        "The national government said it had released emergency funds and sent two "
        "military aircraft with food packs and tents.",
    ],
    kicker="World", author="By Ana Lucia Reyes",
    standfirst="At least eight people were killed when a strong quake struck off Mindanao "
               "late on Saturday.",
    published="2025-11-24T09:00:00Z",
    photo_caption="Residents outside an evacuation center in Hinatuan on Sunday. (Jes "
                  "Aznar for the Daily Courier)",
    most_read=("Congress reaches deal to avert shutdown through January",
               "Cyber Monday sales expected to top $14 billion",
               "Opinion: The case for a four-day school week"),
    ad_after=4,
)

# ---------------------------------------------------------------------------------------------
# Story 6 (election): Millbrook mayoral run-off, Tuesday 2 December 2025.
# ---------------------------------------------------------------------------------------------

_E_TV = _tv_site(
    "Okoro wins Millbrook mayoral runoff, will be city&#8217;s first woman mayor",
    [
        "MILLBROOK &mdash; City Council member Danielle Okoro won Tuesday&#8217;s runoff "
        "for mayor of Millbrook, defeating former state Sen. Gordon Pryce and becoming the "
        "first woman elected to lead the city.",
        "With all 212 precincts reporting, unofficial results from the Harbor County Board "
        "of Elections show Okoro with <strong>38,406 votes</strong>, or 54.1%, to "
        "Pryce&#8217;s 32,584, or 45.9%. That is a margin of 5,822 votes.",
        "About 71,000 ballots were cast, a turnout of roughly <strong>33%</strong> of the "
        "city&#8217;s 214,000 registered voters, election officials said.",
        "Pryce called Okoro to concede shortly before midnight. Just after 12 a.m., Okoro "
        "took the stage at Riverside Union Hall to chants of her name.",
        "&#8220;This city chose its neighborhoods tonight,&#8221; Okoro told the crowd. "
        "&#8220;Every block, every bus stop, every kid who needs a library that&#8217;s open "
        "on Saturday.&#8221;",
        "Okoro, 44, has represented District 3 on the council since 2019. She finished first "
        "in the Nov. 4 general election with 41% of the vote, ahead of Pryce at 29% and "
        "businessman Luis Ambrose at 22%, but short of the majority needed to win outright.",
        "Pryce, 61, served two terms in the state Senate and ran on a public safety "
        "platform. In a statement, he thanked his volunteers and said he would help Okoro "
        "&#8220;in any way that moves Millbrook forward.&#8221;",
        "Okoro will be sworn in on Jan. 5, succeeding Mayor Harold Benning, who could not "
        "run again after three terms.",
    ],
    stamp="Updated: Dec. 3, 2025 at 12:35 AM", reporter="KVTR 9 Newsroom",
    section="Election 2025",
    video="Okoro&#8217;s victory speech at Riverside Union Hall",
    updates=(
        ("12:10 a.m.", "Okoro arrives at Riverside Union Hall and thanks her supporters."),
        ("11:52 p.m.", "Gordon Pryce has called Danielle Okoro to concede, his campaign "
         "manager tells KVTR 9."),
        ("11:31 p.m.", "All 212 precincts are in: Okoro 38,406 (54.1%), Pryce 32,584 "
         "(45.9%)."),
        ("10:05 p.m.", "With 128 of 212 precincts reporting, Okoro leads Pryce 53.2% to "
         "46.8%."),
        ("8:42 p.m.", "First returns, early and mail ballots: Okoro 55.8%, Pryce 44.2%."),
        ("8:00 p.m.", "Polls are closed across Millbrook. Anyone in line at 8 p.m. can "
         "still vote."),
    ),
    trending=("Holiday parade route changes for Saturday",
              "Snow totals: up to 4 inches possible north of the river",
              "Millbrook High falls 28-24 in state semifinal"),
)

_E_REGIONAL = _regional_site(
    "Okoro elected Millbrook mayor in runoff victory over Pryce",
    [
        "Danielle Okoro will be Millbrook&#8217;s next mayor, and the first woman to hold "
        "the job, after beating former state Sen. Gordon Pryce in the runoff on Tuesday, "
        "Dec. 2.",
        "Okoro, who has represented District 3 on the council since 2019, won 38,406 votes to "
        "Pryce&#8217;s 32,584 with every precinct counted, according to the Harbor County "
        "Board of Elections. The board is scheduled to certify the results on Dec. 16.",
        "Turnout reached <strong>38%</strong>, a number election officials called "
        "respectable for a December runoff with no other races on the ballot.",
        "In the Nov. 4 first round, Okoro took 41% to Pryce&#8217;s 29%, with Luis Ambrose "
        "third at 22%. Ambrose endorsed Okoro on Nov. 12 and campaigned with her in the "
        "final week, a move both camps said helped her on the city&#8217;s east side.",
        "Pryce conceded in a phone call late Tuesday night.",
        "Pryce, 61, who served two terms in the state Senate and ran on a public safety "
        "platform, said in a statement that he would help the new mayor &#8220;in any way "
        "that moves Millbrook forward.&#8221; He thanked the volunteers who had knocked on "
        "doors for him since the spring.",
        "&#8220;Tonight this city chose its neighborhoods,&#8221; Okoro told supporters. She "
        "has promised to keep branch libraries open on weekends, add night bus routes and "
        "hire 40 more police officers over four years.",
        "Okoro takes office Jan. 5. Outgoing Mayor Harold Benning, who served three terms, "
        "did not endorse in the race.",
        "The new council, including two members elected in November, will also be seated "
        "Jan. 5.",
    ],
    section="Local", author="By Maya Brandt, Gazette staff writer",
    read_more=("Editorial: Millbrook&#8217;s next mayor inherits a $31 million hole",
               "Who won the school board seats? Full results"),
    sponsored=("The one-page budget retirees swear by",
               "Harbor County drivers with no tickets could pay less for insurance"),
    every=2,
)

_E_DAILY = _daily_site(
    "In Millbrook, a council member&#8217;s ground game beats a big-money campaign",
    [
        "MILLBROOK &mdash; For most of the fall, the race for mayor of this river city of "
        "about 340,000 people looked like a contest between money and doors.",
        "On Tuesday, Dec. 2, the doors won. City Council member Danielle Okoro beat former "
        "state Sen. Gordon Pryce in a runoff by about eight percentage points, 54% to 46%, "
        "according to unofficial results.",
        "Okoro received <strong>36,406 votes</strong>. Turnout was about 33 percent, low in "
        "absolute terms but higher than in the city&#8217;s last two runoffs.",
        "Pryce and the groups backing him outspent Okoro&#8217;s campaign by roughly two to "
        "one, $2.3 million to $1.1 million, according to campaign finance reports, much of "
        "it on television ads focused on crime.",
        "Okoro, who finished first in a five-candidate field in November, answered with a "
        "volunteer operation that her campaign says knocked on 190,000 doors.",
        "Okoro, 44, has sat on the City Council since 2019. Pryce, 61, had the backing of "
        "the city&#8217;s police union and the local chamber of commerce, and ran on a "
        "promise to put more officers on patrol.",
        "&#8220;This city chose its neighborhoods tonight,&#8221; she told a crowd at "
        "Riverside Union Hall after Pryce conceded shortly before midnight.",
        "The race drew attention beyond Millbrook because of the outside money and because "
        "both national parties saw it as a test of how crime and housing play with suburban "
        "voters ahead of next year&#8217;s midterms. Officially, the race was nonpartisan.",
        "&#8220;Money buys you airtime. It doesn&#8217;t buy you a neighbor who shows up "
        "twice,&#8221; said Lena Firestone, a political scientist at Harbor State "
        "University.",
        "Okoro will take office in January, succeeding three-term Mayor Harold Benning.",
    ],
    kicker="Politics", author="By Daniel Osei",
    standfirst="Danielle Okoro will be the city&#8217;s first woman mayor after a runoff in "
               "which she was heavily outspent.",
    photo_caption="Danielle Okoro greets supporters at Riverside Union Hall in Millbrook. "
                  "(Courtesy Okoro campaign)",
    most_read=("Senate passes stopgap spending bill",
               "The 10 best books of 2025",
               "Opinion: Mayors, not governors, will define the next decade"),
)

# ---------------------------------------------------------------------------------------------
# The battery.
# ---------------------------------------------------------------------------------------------

_DEADLINE_FEB8 = r"february 8\b|feb\.? 8\b|2026-02-08|\b8 feb"
_DEADLINE_FEB28 = r"february 28|feb\.? 28|2026-02-28|\b28 feb"

STORIES: list[dict[str, Any]] = [
    _story("trade-ZC1", "trade", "2025-11-03", [
        _page(_T_WIRE_URL, _T_WIRE),
        _page("https://ledgerlane.example/2025/10/21/oslo-truce-extended-what-it-means/",
              _T_BLOG),
        _page("https://www.dailycourier.example/business/trade/us-china-truce-oslo-extended",
              _T_DAILY),
        _page("https://www.npbnews.example/news/business-67412093", _T_NPB),
    ], [
        ("deadline", _DEADLINE_FEB8, _DEADLINE_FEB28),
        ("clock time", r"6:30 ?p\.?m|18[:.h]?30|16[:.h]?30|12:30",
         r"15[:.h]?30|11:30|17[:.h]?30|5:30 ?p"),
        ("speaker", r"whitcombe", r"castellanos"),
    ]),
    _story("court-ZC2", "court", "2025-09-30", [
        _page(_C_WIRE_URL, _C_WIRE),
        _page("https://www.kvtr9.example/news/velocar-loses-appeal-antitrust-ruling/"
              "article_5521", _C_TV),
        _page("https://ledgerlane.example/2025/09/velocar-loses-appeal-shareholders/",
              _C_BLOG),
    ], [
        ("vote count", r"\b2 ?[-\u2013\u2014]+ ?1\b|\b2 to 1\b|two[- ]to[- ]one|split",
         r"unanim|\b3 ?[-\u2013\u2014]+ ?0\b|three[- ]to[- ](zero|nothing)"),
        ("dissenting judge", r"lindqvist", r"brenner"),
        ("deadline", r"oct(ober|\.)? 27|2025-10-27|\b27 oct",
         r"oct(ober|\.)? 17|2025-10-17|\b17 oct"),
    ]),
    _story("cb-ZC3", "central bank", "2025-11-07", [
        _page(_B_WIRE_URL, _B_WIRE),
        _page("https://ledgerlane.example/2025/10/29/boc-trims-to-2-25-three-takeaways/",
              _B_BLOG),
        _page("https://www.npbnews.example/news/business-67498120", _B_NPB),
        _page("https://www.harborgazette.example/business/bank-of-canada-rate-cut-exporters/"
              "article_8f31c2.html", _B_REGIONAL),
    ], []),
    _story("rocket-ZC4", "rocket", "2025-11-28", [
        _page("https://www.npbnews.example/news/live/science-67590041", _R_NPB),
        _page(_R_WIRE_URL, _R_WIRE),
        _page("https://ledgerlane.example/2025/11/meridian-flight-three-valuation/", _R_BLOG),
        _page("https://www.dailycourier.example/science/space/meridian-vireo-third-flight",
              _R_DAILY),
    ], [
        ("booster", r"(booster|\bb) ?-?7\b", r"(booster|\bb) ?-?9\b"),
        ("splashdown place", r"indian ocean|australia", r"pacific(?! wire)|hawaii"),
        ("flight duration", r"\b66 ?-?(min|minutes?)\b|hour and six|1 ?h(ou)?r?s? ?(and )?6 ?m",
         r"\b48 ?-?(min|minutes?)\b|forty-eight"),
    ]),
    _story("quake-ZC5", "earthquake", "2025-12-05", [
        _page(_Q_WIRE_URL, _Q_WIRE),
        _page("https://www.harborgazette.example/nation-world/philippines-quake-harbor-county-"
              "families/article_77d0a4.html", _Q_REGIONAL),
        _page("https://www.npbnews.example/news/live/world-asia-67611380", _Q_NPB),
        _page("https://www.dailycourier.example/world/asia/hinatuan-earthquake-night",
              _Q_DAILY),
    ], [
        ("epicentre", r"hinatuan|surigao", r"baganga"),
        ("depth", r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6 ?(mi\b|miles?)",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?(mi\b|miles?)"),
        ("speaker", r"calma|mayor", r"pimentel|governor"),
    ]),
    _story("election-ZC6", "election", "2025-12-12", [
        _page("https://www.kvtr9.example/news/election-2025/okoro-wins-millbrook-runoff/"
              "article_6048", _E_TV),
        _page("https://www.harborgazette.example/local/okoro-elected-millbrook-mayor/"
              "article_91be07.html", _E_REGIONAL),
        _page("https://www.dailycourier.example/politics/millbrook-mayor-runoff-okoro",
              _E_DAILY),
    ], [
        ("vote count", r"38,?406", r"36,?406"),
        ("turnout", r"(?<![\d.])33(\.\d+)? ?(%|percent|per cent)|a third",
         r"(?<![\d.])38(\.\d+)? ?(%|percent|per cent)"),
    ]),
]
