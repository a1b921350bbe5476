"""Part VD of the story battery (web pages).

Written by engineer VD1 on 2026-12-06 (twentieth session, twelfth batch) without reading
Storyline's rules or other parts, before any run; scored with
``bench/bench_story_battery.py VD``.

Six stories (two trade, two central bank, one election, one court), each told by three or
four invented outlets from several countries, each page rendered through its outlet's own
HTML template with site furniture. Two stories are controls with no planted disagreement.
"""

from __future__ import annotations

import html as _html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _plain(text: str) -> str:
    """Title text for attributes and JSON: entities decoded, quotes escaped."""
    return _html.escape(_html.unescape(text), quote=True)


def _links(items: list[str], cls: str) -> str:
    out = []
    for it in items:
        slug = it.lower().replace(" ", "-").replace("&amp;", "and")
        out.append(f'<li class="{cls}"><a href="/{slug}/">{it}</a></li>')
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Outlet 1: Meridian Wire, a London-based wire service. <article>, dateline, JSON-LD.
# ---------------------------------------------------------------------------------------
def _meridian_wire(title: str, paras: list[str], *, dateline: str, credit: str,
                   published: str | None = None, updated: str | None = None,
                   related: tuple[str, ...] = (), section: str = "World") -> str:
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": _html.unescape(title), "datePublished": published,
                "publisher": {"@type": "Organization", "name": "Meridian Wire"}}
        ld = ('<script type="application/ld+json">' + json.dumps(data) + "</script>")
    body = [f'<p class="story-para"><span class="dateline">{dateline}</span> {paras[0]}</p>']
    body += [f'<p class="story-para">{p}</p>' for p in paras[1:]]
    upd = f'<div class="story-updated">Updated {updated}</div>' if updated else ""
    rel = "".join(f'<li><a href="/world/{i}">{h}</a></li>' for i, h in enumerate(related))
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        f"<title>{title} | Meridian Wire</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{ld}</head>\n<body class=\"mw\">"
        '<a class="skip" href="#main">Skip to main content</a>'
        '<header class="mw-top"><a class="logo" href="/">MERIDIAN WIRE</a><nav><ul>'
        + _links(["World", "Business", "Markets", "Politics", "Technology", "Sustainability",
                  "Breakingviews"], "nav-item")
        + "</ul></nav><a class=\"signin\" href=\"/account\">Sign in</a></header>\n"
        f'<main id="main"><div class="crumbs"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{section.lower()}/">{section}</a></div>'
        f'<article class="story"><header><h1 class="story-title">{title}</h1>'
        f'<div class="story-meta">By Meridian Wire staff {upd}</div></header>'
        '<div class="share-row"><button>Share</button><button>Copy link</button>'
        "<button>Email</button></div>\n"
        '<div class="story-body">' + "\n".join(body) +
        f'\n<p class="story-credit">{credit}</p>'
        '<p class="story-trust">Our Standards: The Meridian Wire Trust Principles.</p>'
        "</div></article>\n"
        '<aside class="more"><h2>More from Meridian Wire</h2><ul>' + rel + "</ul></aside>"
        '<div class="sponsored"><span>Sponsored content</span> <a href="/ad/1">Five '
        "pension mistakes to avoid before you turn 60</a></div></main>\n"
        '<footer class="mw-foot"><p>Data is delayed at least 15 minutes.</p>'
        "<p>&copy; 2025 Meridian Wire. All rights reserved. 30 Fleet Row, London EC4A 2BB."
        "</p></footer></body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 2: The Straits Ledger, a Singapore national daily. Div soup, og meta, paywall.
# ---------------------------------------------------------------------------------------
def _straits_ledger(title: str, paras: list[str], *, standfirst: str, byline: str,
                    date_text: str | None = None, og_time: str | None = None,
                    caption: str | None = None, read_more: str | None = None,
                    most_read: tuple[str, ...] = ()) -> str:
    meta = '<meta property="og:site_name" content="The Straits Ledger">'
    meta += f'<meta property="og:title" content="{_plain(title)}">'
    if og_time:
        meta += f'<meta property="article:published_time" content="{og_time}">'
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="sl-para"><p>{p}</p></div>')
        if i in (2, 7):
            chunks.append('<div class="sl-ad"><span class="sl-ad-label">ADVERTISEMENT'
                          f'</span><div id="dfp-inline-{i}"></div></div>')
        if i == 4 and read_more:
            chunks.append(f'<div class="sl-readmore"><strong>READ MORE:</strong> '
                          f'<a href="/rm/{i}">{read_more}</a></div>')
    fig = ""
    if caption:
        fig = ('<div class="sl-media"><img src="/img/lead.jpg" alt="">'
               f'<div class="sl-caption">{caption}</div></div>')
    dt = f'<div class="sl-date">Published {date_text}</div>' if date_text else ""
    mr = "".join(f'<div class="sl-mr-item"><span>{n + 1}</span> <a href="/mr/{n}">{h}</a>'
                 "</div>" for n, h in enumerate(most_read))
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f"<title>{title} | The Straits Ledger</title>{meta}</head><body>"
        '<div id="sl-cookie" class="sl-cookie">We use cookies to give you a better reading '
        "experience. By continuing to use this site you agree to our cookie policy. "
        '<button>Accept</button> <a href="/privacy">Manage settings</a></div>'
        '<div class="sl-wrap"><div class="sl-hdr"><div class="sl-logo">The Straits Ledger'
        '</div><div class="sl-nav">'
        + "".join(f'<a href="/{s.lower()}">{s}</a> ' for s in
                  ["Singapore", "Asia", "World", "Business", "Tech", "Sport", "Opinion",
                   "Life", "E-paper"])
        + '</div><div class="sl-sub"><a href="/subscribe">Subscribe</a></div></div>'
        '<div class="sl-main"><div class="sl-col-l"><div class="sl-kicker">World</div>'
        f'<div class="sl-head"><h1>{title}</h1></div>'
        f'<div class="sl-standfirst">{standfirst}</div>'
        f'<div class="sl-byline">{byline}</div>{dt}'
        '<div class="sl-share"><a>Share on Facebook</a> <a>Share on X</a> '
        "<a>WhatsApp</a> <a>Copy link</a> <a>Gift this article</a></div>"
        f"{fig}<div class=\"sl-body\">" + "".join(chunks) + "</div>"
        '<div class="sl-paywall"><p>Unlock more stories like this. Subscribe from '
        "S$0.99 for the first month.</p><a href=\"/subscribe\">See plans</a></div>"
        '<div class="sl-topics">Topics: <a>Trade</a> <a>Economy</a> <a>Asia</a></div>'
        '</div><div class="sl-col-r"><div class="sl-mostread"><h3>Most read</h3>'
        + mr + "</div>"
        '<div class="sl-newsletter"><h4>Sign up for the Morning Ledger</h4>'
        "<p>The day's top stories in your inbox, every weekday at 6am.</p>"
        '<input type="email" placeholder="Email address"><button>Sign up</button></div>'
        "</div></div>"
        '<div class="sl-foot">Copyright &copy; 2025 Straits Ledger Press. '
        "Co. Regn. No. 198400001X. 1000 Toa Payoh North, Singapore 318994. "
        '<a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></div>'
        "</div></body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 3: Mumbai Mercantile, an Indian markets blog on a WordPress-like theme.
# ---------------------------------------------------------------------------------------
def _mumbai_mercantile(title: str, paras: list[str], *, author: str, bio: str,
                       posted: str | None = None, posted_iso: str | None = None,
                       also_read: str | None = None, tags: tuple[str, ...] = (),
                       trending: tuple[str, ...] = ()) -> str:
    posted_html = ""
    if posted:
        posted_html = ('<span class="posted-on">Posted on <time class="entry-date published" '
                       f'datetime="{posted_iso or ""}">{posted}</time></span> ')
    content = []
    for i, p in enumerate(paras):
        content.append(f"<p>{p}</p>")
        if i == 2 and also_read:
            content.append(f'<p class="also-read"><strong>Also Read:</strong> '
                           f'<a href="/also/">{also_read}</a></p>')
        if i == 5:
            content.append('<div class="code-block code-block-3" style="margin:8px auto">'
                           "<small>Advertisement</small><ins class=\"adsbygoogle\"></ins></div>")
    tag_html = " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                        for t in tags)
    tr = "".join(f'<li><a href="/t/{n}/">{h}</a></li>' for n, h in enumerate(trending))
    return (
        "<!DOCTYPE html>\n<html lang=\"en-IN\"><head><meta charset=\"UTF-8\">"
        f"<title>{title} &#8211; Mumbai Mercantile</title>"
        '<meta name="generator" content="WordPress 6.4.2">'
        '<link rel="stylesheet" id="mm-style-css" href="/wp-content/themes/mm/style.css">'
        "</head>\n<body class=\"post-template-default single single-post\">"
        '<div id="page" class="site"><a class="skip-link screen-reader-text" '
        'href="#content">Skip to content</a>'
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/">Mumbai Mercantile</a></p>'
        '<p class="site-description">Markets. Money. Policy.</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        + _links(["Markets", "Economy", "Banking", "Commodities", "Global", "IPO",
                  "Personal Finance"], "menu-item")
        + "</ul></nav></header>\n"
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main"><article class="post type-post status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta">{posted_html}<span class="byline"> by '
        f'<span class="author vcard"><a href="/author/">{author}</a></span></span></div>'
        "</header>\n"
        '<div class="sharedaddy"><a class="share-facebook">Share on Facebook</a> '
        '<a class="share-twitter">Tweet</a> <a class="share-whatsapp">Share on WhatsApp</a>'
        ' <a class="share-link">Copy link</a></div>\n'
        '<div class="entry-content">' + "\n".join(content) + "</div>\n"
        f'<footer class="entry-footer"><span class="tags-links">Tags: {tag_html}</span>'
        "</footer>"
        f'<div class="author-info"><h2 class="author-title">About {author}</h2>'
        f'<p class="author-bio">{bio}</p></div>'
        "</article>\n"
        '<div id="comments" class="comments-area"><h3 id="reply-title">Leave a Reply</h3>'
        "<p>Your email address will not be published. Required fields are marked *</p>"
        "<textarea name=\"comment\"></textarea><button>Post Comment</button></div>"
        "</main></div>"
        '<aside id="secondary" class="widget-area"><section class="widget">'
        '<h2 class="widget-title">Trending Now</h2><ul>' + tr + "</ul></section>"
        '<section class="widget"><h2 class="widget-title">Subscribe</h2><p>Get our '
        "9 AM markets newsletter on WhatsApp and email.</p></section></aside></div>\n"
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 '
        "Mumbai Mercantile Media Pvt Ltd, 4th Floor, Maker Bhavan, Nariman Point, "
        "Mumbai 400021. Disclaimer: Views are personal and not investment advice."
        "</div></footer></div></body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 4: Southern Cross Broadcasting, an Australian public broadcaster. Div heading.
# ---------------------------------------------------------------------------------------
def _southern_cross(title: str, paras: list[str], *, byline: str, caption: str,
                    key_points: tuple[str, ...] = (), posted: str | None = None,
                    related: tuple[str, ...] = ()) -> str:
    kp = ""
    if key_points:
        kp = ('<aside class="kp"><h2>Key points:</h2><ul>'
              + "".join(f"<li>{k}</li>" for k in key_points) + "</ul></aside>")
    post = f'<div class="ts">Posted {posted}</div>' if posted else ""
    rel = "".join(f'<li><a href="/news/rel-{n}">{h}</a></li>' for n, h in enumerate(related))
    pars = "".join(f'<p class="par">{p}</p>' for p in paras)
    return (
        "<!DOCTYPE html><html lang=\"en-AU\"><head><meta charset=\"utf-8\">"
        f"<title>{title} - SCB News</title>"
        '<meta property="og:site_name" content="SCB News">'
        '<meta name="description" content="Southern Cross Broadcasting news">'
        "</head><body>"
        '<a href="#content" class="skiplink">Skip to main content</a>'
        '<a href="#nav" class="skiplink">Skip to navigation</a>'
        '<div class="topbar"><span class="brand">SCB News</span>'
        '<nav id="nav"><a href="/news/justin">Just In</a> <a href="/news/australia">'
        'Australia</a> <a href="/news/world">World</a> <a href="/news/business">Business'
        '</a> <a href="/news/politics">Politics</a> <a href="/news/sport">Sport</a> '
        '<a href="/listen">Listen</a> <a href="/watch">Watch live</a></nav></div>'
        '<main id="content"><div class="hdr-wrap">'
        f'<div class="story-title" role="heading" aria-level="1">{title}</div>'
        f'<div class="by">{byline}</div>{post}</div>'
        '<figure class="lead-img"><img src="/img/x.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
        f"{kp}<div class=\"article-text\">{pars}</div>"
        '<div class="share"><span>Share</span> <a>Facebook</a> <a>Email</a> '
        "<a>Copy link</a></div>"
        '<section class="related"><h3>Related stories</h3><ul>' + rel + "</ul></section>"
        '<section class="topics"><h3>Topics</h3><a>Economic Trends</a> '
        "<a>World Politics</a> <a>Business, Economics and Finance</a></section></main>"
        '<footer class="site-foot"><p>Southern Cross Broadcasting pays respect to the '
        "Traditional Owners of the lands on which we live and work.</p>"
        "<p>SCB, GPO Box 4990, Sydney NSW 2001. &copy; 2025 SCB</p></footer>"
        "</body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 5: CKVT Okanagan, a Canadian local TV station site. Table layout, <br> paragraphs.
# ---------------------------------------------------------------------------------------
def _ckvt(title: str, paras: list[str], *, reporter: str, date_text: str | None = None,
          trending: tuple[str, ...] = ()) -> str:
    parts = []
    for i, p in enumerate(paras):
        parts.append(p)
        if i in (2, 6, 10):
            parts.append('<div class="adbox"><span>ADVERTISEMENT</span>'
                         '<iframe src="/ads/box.html" width="300" height="250"></iframe></div>')
    body = "<br><br>\n".join(parts)
    dt = f'<span class="storyDate">{date_text}</span>' if date_text else ""
    tr = "".join(f"<tr><td>&bull; <a href=\"/t{n}\">{h}</a></td></tr>"
                 for n, h in enumerate(trending))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>CKVT Okanagan - {title}</title></head>"
        '<body bgcolor="#ffffff"><div id="topad"><span>ADVERTISEMENT</span></div>'
        '<table width="980" cellpadding="0" cellspacing="0" class="frame"><tr>'
        '<td colspan="2" class="masthead"><img src="/i/ckvt.gif" alt="CKVT Okanagan"> '
        '<a href="/news">News</a> | <a href="/weather">Weather</a> | <a href="/traffic">'
        'Traffic</a> | <a href="/sports">Sports</a> | <a href="/contests">Contests</a> | '
        '<a href="/live">Watch Live</a></td></tr><tr><td class="main" valign="top">'
        f'<div class="storyTitle"><font size="5"><b>{title}</b></font></div>'
        f'<div class="storyByline">{reporter} {dt}</div>'
        '<div class="tools"><a>Share on Facebook</a> &middot; <a>Tweet</a> &middot; '
        "<a>Email this story</a> &middot; <a>Print</a></div>"
        f'<div class="storyBody">{body}</div>'
        '<div class="promo">Watch CKVT News at Six, weeknights on channel 4 and '
        "streaming on CKVT+.</div>"
        '<div class="comments">Comments are closed on this story.</div>'
        '</td><td class="side" valign="top" width="300">'
        '<div class="wx">Kelowna now: 14&deg;C, cloudy. <a href="/weather">7-day</a></div>'
        '<div class="adbox"><span>ADVERTISEMENT</span></div>'
        '<table class="trending"><tr><th>Trending in the Okanagan</th></tr>' + tr +
        "</table></td></tr></table>"
        '<div class="foot">&copy; 2025 CKVT Okanagan, a division of Valley Broadcasting Ltd. '
        "1450 Ellis Street, Kelowna, B.C. V1Y 2A5 | <a href=\"/contact\">Contact us</a> | "
        "<a href=\"/cdn-notice\">Closed captioning</a></div></body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 6: The Wessex Courier, an English regional paper with heavy advertising.
# ---------------------------------------------------------------------------------------
def _wessex_courier(title: str, paras: list[str], *, byline: str, bio: str,
                    caption: str | None = None, date_text: str | None = None,
                    most_read: tuple[str, ...] = (), read_more: str | None = None) -> str:
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<div class="txt"><p>{p}</p></div>')
        if i % 2 == 1 and i < len(paras) - 1:
            parts.append('<div class="ad-slot mpu"><span class="ad-label">Advertisement'
                         "</span></div>")
        if i == 3 and read_more:
            parts.append(f'<div class="rm"><a href="/news/rm">Read more: {read_more}</a></div>')
    fig = ""
    if caption:
        fig = ('<div class="pic"><img src="/p/lead.jpg" alt="">'
               f'<div class="pic-cap">{caption}</div></div>')
    dt = f'<div class="art-date">{date_text}</div>' if date_text else ""
    mr = "".join(f'<li><span class="n">{n + 1}</span><a href="/news/mr{n}">{h}</a></li>'
                 for n, h in enumerate(most_read))
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title} | The Wessex Courier</title></head><body class=\"wc\">"
        '<a class="skip" href="#art">Skip to content</a>'
        '<div class="consent">We and our partners store and access information on your '
        "device, such as cookies, to personalise ads and content and measure audiences. "
        "<button>I Accept</button> <button>Show Purposes</button></div>"
        '<div class="ad-slot leaderboard"><span class="ad-label">Advertisement</span></div>'
        '<div class="wc-head"><div class="wc-logo">The Wessex Courier</div>'
        '<div class="wc-nav"><a>News</a> <a>Sport</a> <a>What&#8217;s On</a> '
        "<a>Property</a> <a>Jobs</a> <a>Announcements</a> <a>Motors</a> <a>Puzzles</a></div>"
        "</div>"
        '<div id="art" class="wc-art"><div class="article-header"><div class="sect">News '
        f'&gt; Politics</div><h1>{title}</h1></div>'
        f'<div class="auth">By <b>{byline}</b></div>{dt}'
        '<div class="shr"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a> '
        "<a>Comments</a></div>"
        f"{fig}" + "".join(parts) +
        f'<div class="author-box"><p>{bio}</p></div>'
        '<div class="comments-teaser">Join the conversation: 31 comments</div></div>'
        '<div class="side"><div class="ad-slot mpu"><span class="ad-label">Advertisement'
        "</span></div><div class=\"most-read\"><h3>Most Read</h3><ol>" + mr + "</ol></div>"
        '<div class="nl"><h3>Get the Courier daily briefing</h3><p>The stories that '
        "matter across Wiltshire and beyond, delivered at 7am.</p><input><button>"
        "Sign me up</button></div>"
        '<div class="ad-slot skyscraper"><span class="ad-label">Advertisement</span></div>'
        "</div>"
        '<div class="ad-slot outbrain"><span class="ad-label">Sponsored links</span> '
        "<a>Locals are switching to this cheaper broadband</a> <a>Retirees in Wiltshire "
        "could be owed money</a></div>"
        '<div class="wc-foot">The Wessex Courier, Courier House, 12 Market Street, Salisbury '
        "SP1 1AA. Part of Downland Media Group. &copy; 2025. Registered in England and Wales "
        "no. 04011223. <a>Contact</a> <a>Complaints</a> <a>Cookie settings</a></div>"
        "</body></html>"
    )


# ---------------------------------------------------------------------------------------
# Outlet 7: The Albion Times, a British national daily. <article>, standfirst, pull quote.
# ---------------------------------------------------------------------------------------
def _albion_times(title: str, paras: list[str], *, standfirst: str, byline: str,
                  published_iso: str | None = None, pull_quote: str | None = None,
                  section: str = "Politics", related: tuple[str, ...] = (),
                  topics: tuple[str, ...] = ()) -> str:
    meta = ('<meta property="og:site_name" content="The Albion Times">'
            '<meta property="og:type" content="article">')
    if published_iso:
        meta += f'<meta property="article:published_time" content="{published_iso}">'
    parts = []
    for i, p in enumerate(paras):
        parts.append(f"<p>{p}</p>")
        if i == 3 and pull_quote:
            parts.append(f'<aside class="pull-quote"><blockquote>{pull_quote}</blockquote>'
                         "</aside>")
    rel = "".join(f'<li><a href="/{section.lower()}/r{n}">{h}</a></li>'
                  for n, h in enumerate(related))
    return (
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        f"<title>{title} | The Albion Times</title>{meta}</head><body>"
        '<div class="cookie-bar">The Albion Times uses cookies. Read our '
        '<a href="/cookies">cookie policy</a>. <button>OK</button></div>'
        '<header class="masthead"><a href="/">The Albion Times</a><nav>'
        '<a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">'
        'Business</a> <a href="/money">Money</a> <a href="/comment">Comment</a> '
        '<a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>'
        '<a class="sub" href="/subscribe">Subscribe for &pound;1</a></header>'
        f'<main><article class="art"><header><p class="section">{section}</p>'
        f'<h1 class="art-title">{title}</h1><p class="standfirst">{standfirst}</p>'
        f'<p class="art-byline">{byline}</p></header>'
        '<div class="art-tools"><a>Share</a> <a>Save</a> <a>Gift article</a></div>'
        '<div class="art-body">' + "".join(parts) + "</div>"
        '<div class="paywall-note">You&#8217;re reading 1 of your 3 free articles this '
        'month. <a href="/subscribe">Subscribe</a></div>'
        '<footer class="art-foot">Topics: ' + " ".join(f"<a>{t}</a>" for t in topics)
        + "</footer>"
        "</article>"
        '<aside class="related"><h2>More on this topic</h2><ul>' + rel + "</ul></aside></main>"
        '<footer class="site-foot">&copy; Albion Times Media Ltd 2025. Registered office: '
        "1 Printing House Square, London SE1 9GF.</footer></body></html>"
    )


# =======================================================================================
# Story 1 (trade): the Copenhagen round of US-China talks, 13-14 October 2025.
# =======================================================================================
_T1_MERIDIAN = _meridian_wire(
    "US, China agree to seek longer tariff truce after Copenhagen talks",
    [
        "The United States and China agreed on Tuesday to recommend that their leaders "
        "extend a tariff truce by a further 90 days, after two days of talks in the Danish "
        "capital that officials on both sides described as frank but productive.",
        "Treasury Secretary Scott Bessent, who led the U.S. team alongside Trade "
        "Representative Jamieson Greer, said negotiators had settled most of the technical "
        "issues still open and that the package would now go to President Donald Trump and "
        "President Xi Jinping for a decision.",
        "&#8220;We had candid, constructive discussions, and we have a framework our leaders "
        "can work with,&#8221; Bessent told reporters outside the Eigtveds Pakhus conference "
        "centre, where Tuesday&#8217;s session ran for five and a half hours.",
        "China&#8217;s delegation was headed by Vice-Premier He Lifeng, Beijing&#8217;s chief "
        "economic envoy, who was joined by international trade representative Li Chenggang. "
        "Chinese state media said the two sides had held &#8220;in-depth&#8221; exchanges on "
        "export controls, port fees and farm purchases.",
        "The current pause, first agreed in Geneva in May and extended in August, runs out on "
        "Nov. 10. Under it, additional U.S. duties on Chinese goods stand at 30%, down from a "
        "peak of 145%, while China&#8217;s retaliatory levy on American products is 10%, down "
        "from 125%.",
        "According to two people briefed on the talks, Chinese negotiators agreed to buy 12 "
        "million metric tons of U.S. soybeans in the current season, a concession sought by "
        "American farm groups after Chinese buyers shunned U.S. cargoes for months. China "
        "bought about US$12.6 billion (&pound;9.5 billion) of American soybeans last year.",
        "U.S. soybean futures rose 1.8% in Chicago after the reports, while the yuan was "
        "little changed in offshore trade.",
        "A joint statement was released at 18:40 local time (1640 GMT) on Tuesday. It said "
        "the next round of negotiations would take place in Washington on Dec. 3.",
        "Trump and Xi are expected to meet on the sidelines of the Asia-Pacific Economic "
        "Cooperation summit in South Korea at the end of the month, where a longer extension "
        "could be signed off.",
        "The Copenhagen meeting was the fifth round since May, following sessions in Geneva, "
        "London, Stockholm and Madrid. Business groups on both sides have urged a more "
        "durable arrangement, saying the 90-day cycle makes it hard to plan orders for the "
        "Christmas and Lunar New Year seasons.",
        "&#8220;Every extension buys time, but it does not buy certainty,&#8221; said Marta "
        "Lindqvist, a trade analyst at the Nordic Institute for Economic Affairs in "
        "Copenhagen. &#8220;Companies want to know what tariffs look like next summer, not "
        "next month.&#8221;",
    ],
    dateline="COPENHAGEN, Oct 14 (Meridian Wire) &#8212;",
    credit="Reporting by Anders Holm in Copenhagen and Lily Zhao in Beijing; Editing by "
           "Simon Carvell",
    published="2025-10-14T17:05:00Z", updated="17:52 GMT",
    related=(
        "EU and India close in on trade pact as talks enter final week",
        "Japan&#8217;s exports fall 0.1% in August as US shipments slide 13.8%",
        "Oil steadies near $62 after OPEC+ agrees modest November output rise",
        "Mexico proposes tariffs of up to 50% on cars from China",
    ),
)

_T1_STRAITS = _straits_ledger(
    "US and China inch towards truce extension after Copenhagen round",
    [
        "SINGAPORE &#8211; American and Chinese negotiators have agreed to ask their leaders "
        "to extend a fragile tariff truce by another 90 days, following two days of talks in "
        "Copenhagen that ended on Tuesday (Oct 14).",
        "A joint statement, issued shortly after 12.40am on Wednesday, Singapore time, said "
        "both sides had reached a &#8220;basic consensus&#8221; on the main issues and would "
        "submit the package to US President Donald Trump and Chinese President Xi Jinping.",
        "Tuesday&#8217;s session at the Eigtveds Pakhus, a conference venue run by the Danish "
        "Foreign Ministry, lasted three and a half hours, according to a Chinese official who "
        "spoke on condition of anonymity.",
        "Chinese Vice-Premier He Lifeng led Beijing&#8217;s team, while the American side was "
        "headed by Treasury Secretary Scott Bessent, with US Trade Representative Jamieson "
        "Greer also at the table.",
        "Mr Bessent described the talks as &#8220;candid and constructive&#8221; and said the "
        "negotiators now had &#8220;a framework that our leaders can work with&#8221;.",
        "People familiar with the matter said China had agreed to purchase 12 million tonnes "
        "of American soybeans this season, a gesture to US farmers who have been largely "
        "shut out of the Chinese market since the spring.",
        "The truce, first struck in Geneva in May, brought US tariffs on Chinese goods down "
        "to 30 per cent from 145 per cent, and Chinese duties on US goods to 10 per cent from "
        "125 per cent. It was extended in August and is due to lapse on Nov 10.",
        "For Singapore, which counts both powers among its largest trading partners, a longer "
        "truce would ease pressure on the export sector. The Ministry of Trade and Industry "
        "in August raised its 2025 growth forecast to between 1.5 and 2.5 per cent, citing "
        "front-loading of shipments ahead of US tariffs.",
        "&#8220;This buys the region another quarter of relative calm,&#8221; said Ms Tan Wei "
        "Ling, senior economist at Marina Bay Securities. &#8220;But the underlying disputes "
        "over chips and export controls have not gone away.&#8221;",
        "The next round will be held in Washington, the statement said. Mr Trump and Mr Xi are "
        "expected to meet at the Apec summit in South Korea later this month.",
    ],
    standfirst="Both sides will ask Trump and Xi to extend the pause for another 90 days; a "
               "soybean purchase is part of the deal",
    byline="Goh Mei Xuan, Correspondent",
    read_more="Singapore&#8217;s key exports fall 11.3% in August on weaker pharma shipments",
    most_read=(
        "HDB resale prices rise 0.9% in third quarter, slowest pace in five years",
        "MAS keeps monetary policy settings unchanged in October review",
        "Core inflation eases to 0.3% in August, lowest since 2021",
        "Two men charged over $3m online investment scam",
    ),
)

_T1_MUMBAI = _mumbai_mercantile(
    "US-China Copenhagen talks: Truce extension on the table, soybean deal sweetens pot",
    [
        "Washington and Beijing have agreed to push for another 90-day extension of their "
        "tariff truce after two days of negotiations in Copenhagen, a development Indian "
        "exporters are watching closely.",
        "The talks on Monday and Tuesday were led by US Treasury Secretary <strong>Scott "
        "Bessent</strong> and Chinese Vice-Premier <strong>He Lifeng</strong>. Tuesday&#8217;s "
        "round alone stretched to five and a half hours, with officials breaking only briefly "
        "for lunch, according to people present.",
        "A joint statement came out at around 10.10 pm IST on Tuesday. It said the two sides "
        "would put their recommendations to President Donald Trump and President Xi Jinping.",
        "As part of the package, China is said to have agreed to buy <em>20 million "
        "tonnes</em> of US soybeans this season &#8212; a big win for American farmers, who "
        "sold about US$12.6 billion (roughly &#8377;1.1 lakh crore) worth of the oilseed to "
        "China last year.",
        "The existing truce, agreed in Geneva in May, cut US tariffs on Chinese goods from "
        "145% to 30% and China&#8217;s levies on American goods from 125% to 10%. Extended "
        "once in August, it now expires on November 10.",
        "Li Chenggang, China&#8217;s international trade representative, called the talks "
        "&#8220;in-depth and frank&#8221; in remarks carried by state broadcaster CCTV.",
        "<strong>Why it matters for India:</strong> Indian goods have faced US tariffs of "
        "50% since August 27, well above the 30% rate on Chinese goods. A lasting US-China "
        "thaw could widen that gap for exporters of textiles, gems and jewellery, and "
        "engineering goods.",
        "&#8220;Any thaw between the two largest economies changes the competitive landscape "
        "for us overnight,&#8221; said Suresh Balakrishnan, president of the Federation of "
        "Engineering Exporters of Western India. &#8220;Our buyers in the US are already "
        "asking whether they should shift orders back to China.&#8221;",
        "Commerce ministry officials in New Delhi said separately that India&#8217;s own "
        "negotiations with Washington on a bilateral trade agreement were progressing, "
        "without giving a timeline.",
        "<strong>What next:</strong> Trump and Xi are expected to meet at the APEC summit in "
        "Gyeongju, South Korea, later this month, where an extension could be formally "
        "approved.",
    ],
    author="Rohan Deshpande",
    bio="Rohan Deshpande covers trade policy and commodities for Mumbai Mercantile. He was "
        "earlier a markets reporter in Singapore.",
    also_read="Rupee ends at 88.72 against dollar as FPIs pull out &#8377;4,100 crore",
    tags=("US-China trade", "Tariffs", "Soybeans", "Scott Bessent", "Exports"),
    trending=(
        "Sensex jumps 582 points as IT stocks rally on Q2 earnings",
        "Gold hits record &#8377;1,27,000 per 10 grams on festive demand",
        "RBI keeps repo rate at 5.50%, changes stance wording",
        "Tata Capital IPO subscribed 1.96 times on final day",
    ),
)

_T1_SCB = _southern_cross(
    "Tariff truce likely to be extended after US and China hold talks in Copenhagen",
    [
        "Negotiators from the world&#8217;s two biggest economies have agreed to recommend "
        "another 90-day pause in their tariff war, after talks in the Danish capital wrapped "
        "up on Tuesday evening, European time.",
        "China&#8217;s delegation was led by Commerce Minister Wang Wentao, with trade envoy "
        "Li Chenggang at his side. The American team was led by Treasury Secretary Scott "
        "Bessent and Trade Representative Jamieson Greer.",
        "Mr Bessent said the two days of talks had been &#8220;candid&#8221; and "
        "&#8220;constructive&#8221;, and that a framework was now ready for the two "
        "presidents to consider.",
        "The current truce, struck in Geneva in May and extended in August, expires on 10 "
        "November. Without a further extension, US tariffs on Chinese goods, now 30 per cent, "
        "could climb sharply again.",
        "Any deal between Washington and Beijing is watched closely in Canberra. China buys "
        "roughly a third of Australia&#8217;s goods exports, and Australian farmers have "
        "benefited from Chinese buyers turning away from US grain and beef this year.",
        "Jessica Huang, a trade economist at the Perth Institute of Trade, said a soybean "
        "purchase commitment by Beijing could eventually weigh on prices for Australian "
        "canola and barley.",
        "&#8220;If Chinese importers are told to buy American again, some of the demand that "
        "drifted our way will drift back,&#8221; she said. &#8220;It won&#8217;t happen "
        "overnight, but growers should plan for it.&#8221;",
        "Trade Minister Don Farrell&#8217;s office said Australia welcomed any step that "
        "lowered tensions between its largest trading partner and its closest ally.",
        "The next round of talks has been pencilled in for Washington on 10 December, "
        "according to the joint statement.",
        "US President Donald Trump and Chinese President Xi Jinping are expected to meet on "
        "the sidelines of the APEC summit in South Korea at the end of October.",
    ],
    byline="By business reporter Lachlan Moore",
    caption="Scott Bessent speaks to reporters in Copenhagen. (Supplied: Pool)",
    key_points=(
        "The US and China will ask their leaders to extend the tariff truce by 90 days",
        "The current pause expires on 10 November",
        "Australian exporters could lose some of the gains made during the trade war",
    ),
    posted="Wed 15 Oct 2025 at 5:12am",
    related=(
        "Iron ore slips below $US100 a tonne as Chinese steel output falls",
        "Reserve Bank holds cash rate at 3.6 per cent in September",
        "Canberra and Beijing agree to resume talks on lobster exports",
    ),
)


# =======================================================================================
# Story 2 (trade, CONTROL): China's August 2025 trade figures, released 8 September 2025.
# =======================================================================================
_T2_MERIDIAN = _meridian_wire(
    "China&#8217;s exports to US slump a third in August as overall growth slows",
    [
        "China&#8217;s exports grew at their slowest pace in six months in August as "
        "shipments to the United States fell by a third, customs data showed on Monday, "
        "although strong sales to Southeast Asia and Africa kept overall growth positive.",
        "Outbound shipments rose 4.4% from a year earlier to US$321.8 billion, the General "
        "Administration of Customs said, missing the 5.0% forecast in a Meridian Wire poll of "
        "economists and slowing from 7.2% growth in July.",
        "Exports to the United States dropped 33.1% year-on-year, a fifth consecutive monthly "
        "decline and a sharper fall than July&#8217;s 21.7%. Imports from the U.S. fell 16.0%.",
        "Shipments to the 10-member Association of Southeast Asian Nations jumped 22.5%, and "
        "exports to the European Union rose 10.4%. Sales to Africa climbed 25.9%.",
        "&#8220;Trade diversion is doing a lot of the heavy lifting,&#8221; said Owen Pryce, "
        "chief Asia economist at Harrowgate Capital in Hong Kong. &#8220;Some of what shows "
        "up as exports to Vietnam or Thailand is ultimately headed for American shelves.&#8221;",
        "Total imports edged up 1.3% in August, down from a 4.1% rise in July, leaving a trade "
        "surplus of US$102.3 billion, compared with US$98.2 billion the previous month.",
        "In the first eight months of the year, exports rose 5.9% from the same period of "
        "2024.",
        "The figures were released at 11:00 a.m. Beijing time (0300 GMT).",
        "Washington and Beijing agreed in Geneva in May to a 90-day truce that cut U.S. "
        "tariffs on Chinese goods to 30% from 145%. The pause was extended in August and now "
        "runs until Nov. 10.",
        "Analysts said the weak export growth, together with soft domestic demand, added to "
        "the case for more support from Beijing. Consumer price data due on Wednesday are "
        "expected to show prices falling from a year earlier.",
    ],
    dateline="BEIJING (Meridian Wire) &#8212;",
    credit="Reporting by Lily Zhao and Kevin Huang; Editing by Sam Holmes",
    section="Markets",
    related=(
        "Japan&#8217;s economy grew at 2.2% annualised pace in second quarter, revised data show",
        "Oil rises 1% after OPEC+ agrees smaller-than-expected output hike for October",
        "South Korea&#8217;s August exports rise 1.3% on record chip sales",
        "Australian dollar hits seven-week high as iron ore climbs",
    ),
)

_T2_STRAITS = _straits_ledger(
    "China&#8217;s export growth cools in August as US shipments plunge",
    [
        "BEIJING &#8211; China&#8217;s export growth slowed in August, official data showed on "
        "Monday (Sept 8), as goods bound for the United States kept falling despite a "
        "tariff truce between the two countries.",
        "Exports rose 4.4 per cent from a year earlier in US dollar terms, down from 7.2 per "
        "cent in July and below the roughly 5 per cent that economists had expected. In yuan "
        "terms, exports grew 4.8 per cent.",
        "Shipments to the US tumbled 33.1 per cent, their fifth straight monthly decline, "
        "while imports from the US shrank 16 per cent.",
        "Exports to Asean were the bright spot, surging 22.5 per cent year on year. Singapore, "
        "Vietnam and Indonesia have all reported strong growth in re-exports and transhipment "
        "this year, as Chinese manufacturers reroute goods and expand factories in the region.",
        "&#8220;The Asean corridor is now doing what the US market used to do for Chinese "
        "exporters,&#8221; said Ms Rachel Ong, head of Asia research at Lion City Advisory. "
        "&#8220;The risk is that Washington starts targeting transhipment more "
        "aggressively.&#8221;",
        "The US imposed a 40 per cent tariff on goods deemed to have been transhipped to evade "
        "duties in August, though officials have yet to spell out how it will be enforced.",
        "China&#8217;s imports rose 1.3 per cent in August, slower than July&#8217;s 4.1 per "
        "cent, leaving a trade surplus of just over US$102 billion.",
        "The data was published by China&#8217;s customs agency at 11am, the same time in "
        "Singapore and Beijing.",
        "Under the truce reached in Geneva in May, US tariffs on Chinese goods fell to 30 per "
        "cent from 145 per cent. The arrangement has been extended to Nov 10.",
        "Economists said the slowdown, combined with weak consumer demand and a prolonged "
        "property slump, would keep pressure on Beijing to roll out further stimulus before "
        "the end of the year.",
    ],
    standfirst="Shipments to Asean jump more than a fifth, cushioning a one-third drop in "
               "sales to America",
    byline="Claire Huang, China Correspondent",
    date_text="8 Sep 2025, 05:26 PM",
    og_time="2025-09-08T17:26:00+08:00",
    caption="Containers at a port in Qingdao, in China&#8217;s Shandong province. PHOTO: "
            "FILE",
    read_more="Singapore&#8217;s key exports rise 13% in July, beating forecasts",
    most_read=(
        "CPF interest rates for October to December held at up to 4%",
        "Changi Airport handles 5.9 million passengers in July, a record for the month",
        "Condo resale prices up 0.7% in August: SRX, 99.co",
    ),
)

_T2_MUMBAI = _mumbai_mercantile(
    "China&#8217;s August exports: US shipments crash 33%, ASEAN and Africa take up slack",
    [
        "China&#8217;s export engine lost some steam in August. Data from the General "
        "Administration of Customs (GAC), released at 8.30 am IST on Monday, showed "
        "outbound shipments growing 4.4% year-on-year, the weakest pace since February.",
        "Exports to the US fell 33.1%, while those to ASEAN countries jumped 22.5% and to "
        "Africa by nearly 26%. Shipments to the European Union grew 10.4%.",
        "The trade surplus came in at US$102.3 billion (about &#8377;9 lakh crore), up from "
        "US$98.2 billion in July. Imports grew just 1.3%.",
        "<strong>The India angle:</strong> Cheaper Chinese goods that can no longer find "
        "buyers in the US are increasingly being diverted to other markets, including India. "
        "Steel and chemical producers here have repeatedly asked the government for "
        "safeguard duties against what they call dumping.",
        "&#8220;When a third of your largest market disappears, the goods have to go "
        "somewhere,&#8221; said Kavita Menon, chief economist at Dalal Street Research. "
        "&#8220;India needs to be vigilant on anti-dumping, but it also has an opportunity to "
        "pitch itself as the alternative supplier to the US &#8212; provided our own tariff "
        "issue is resolved.&#8221;",
        "Indian goods have faced a 50% US tariff since August 27, compared with the 30% "
        "levy currently applied to Chinese goods under a truce between Washington and "
        "Beijing that runs until November 10.",
        "For the January&#8211;August period, China&#8217;s exports were up 5.9%, showing the "
        "country has so far absorbed the hit from US tariffs better than many had expected.",
        "<strong>What to watch:</strong> China&#8217;s inflation data for August, due on "
        "Wednesday, and any fresh signals on stimulus from Beijing.",
    ],
    author="Neha Kulkarni",
    bio="Neha Kulkarni writes on the global economy and Asian markets for Mumbai Mercantile.",
    posted="08/09/2025", posted_iso="2025-09-08T12:15:00+05:30",
    also_read="Nifty ends above 24,770 as auto stocks extend GST-cut rally",
    tags=("China", "Exports", "US tariffs", "ASEAN", "Trade data"),
    trending=(
        "GST Council approves two-rate structure of 5% and 18% from September 22",
        "India&#8217;s GDP grows 7.8% in April-June quarter, fastest in five quarters",
        "Rupee hits record low of 88.33 against US dollar",
    ),
)


# =======================================================================================
# Story 3 (central bank): the Reserve Bank of Australia's cut of 12 August 2025.
# =======================================================================================
_C1_SCB = _southern_cross(
    "Reserve Bank cuts interest rates to 3.6 per cent, the third cut this year",
    [
        "Mortgage holders have been handed another reprieve, with the Reserve Bank of "
        "Australia lowering the cash rate by 25 basis points to 3.6 per cent.",
        "The decision, announced at 2:30pm AEST on Tuesday, was unanimous and follows earlier "
        "cuts in February and May. It takes the cash rate to its lowest level since April "
        "2023.",
        "In a statement, the RBA&#8217;s Monetary Policy Board said underlying inflation had "
        "continued to ease and was now within the 2 to 3 per cent target band. Trimmed mean "
        "inflation, the bank&#8217;s preferred measure, was 2.7 per cent over the year to the "
        "June quarter.",
        "Governor Michele Bullock told a press conference an hour later that further cuts "
        "were possible but not guaranteed.",
        "&#8220;We are not on a pre-set path. Each decision will depend on what the data tell "
        "us,&#8221; Ms Bullock said.",
        "The bank also released its updated forecasts. It now expects the economy to grow by "
        "1.7 per cent this year, down from 2.1 per cent in its May forecasts, after cutting "
        "its assumption for productivity growth to 0.7 per cent from 1 per cent. It expects "
        "unemployment to be 4.3 per cent at the end of the year.",
        "For an owner-occupier with a $600,000 loan and 25 years remaining, the cut will "
        "reduce monthly repayments by about $90, according to comparison site RateFinder.",
        "All four major banks said they would pass on the cut in full, with new rates taking "
        "effect from Friday.",
        "Treasurer Jim Chalmers welcomed the decision, saying it was &#8220;further evidence "
        "that we have made a lot of progress together on inflation&#8221;.",
        "Shadow treasurer Ted O&#8217;Brien said households were still under pressure from "
        "higher living costs.",
        "The Australian dollar was little changed at 65.2 US cents after the announcement.",
        "The board next meets on 29 and 30 September, with its decision due on the afternoon "
        "of 30 September.",
    ],
    byline="By business reporter Emily Nguyen",
    caption="Michele Bullock fronts the media in Sydney after the board meeting. "
            "(SCB News: Ian Cutler)",
    key_points=(
        "The cash rate is now 3.6 per cent",
        "It is the third rate cut this year",
        "The RBA has lowered its growth forecast for this year to 1.7 per cent",
    ),
    posted="Tue 12 Aug 2025 at 2:41pm",
    related=(
        "Unemployment rose to 4.3 per cent in June as jobs growth stalled",
        "Reserve Bank of New Zealand holds official cash rate at 3.25 per cent",
        "Big four bank profits hit by rising competition for home loans",
    ),
)

_C1_MERIDIAN = _meridian_wire(
    "Australia&#8217;s central bank cuts rates to 2-year low, trims growth outlook",
    [
        "Australia&#8217;s central bank cut its benchmark cash rate by a quarter of a "
        "percentage point to 3.60% on Tuesday, its third reduction this year, and signalled "
        "that further easing was possible as inflation returns to target.",
        "The decision by the Reserve Bank of Australia&#8217;s Monetary Policy Board was "
        "unanimous and widely expected, after the bank surprised markets by holding rates "
        "steady at its July meeting. It was announced at 0430 GMT.",
        "The RBA lowered its forecast for economic growth this year to 1.7% from 2.1%, "
        "largely because it now assumes weaker productivity growth of 0.7% a year, down from "
        "1.0%. It expects the jobless rate to be 4.5% at the end of this year.",
        "&#8220;We are not on a pre-set path. Each decision will depend on what the data tell "
        "us,&#8221; Governor Michele Bullock told reporters in Sydney.",
        "Core inflation, measured by the trimmed mean, slowed to 2.7% in the June quarter "
        "from a year earlier, comfortably inside the bank&#8217;s 2-3% target band.",
        "Markets had fully priced in Tuesday&#8217;s move and are betting on one or two more "
        "cuts by mid-2026. The Australian dollar held steady at $0.6520.",
        "Commonwealth Bank, the country&#8217;s largest mortgage lender, said it would pass "
        "the cut on to variable-rate home loan customers in full.",
        "&#8220;The RBA is edging lower rather than rushing,&#8221; said Fiona Clarke, an "
        "economist at Harbourside Securities. &#8220;With growth this soft, we think a "
        "November cut is more likely than not.&#8221;",
        "Treasurer Jim Chalmers said the cut would be welcome relief for households with "
        "mortgages. The RBA has now lowered rates by a total of 75 basis points since "
        "February.",
        "The RBA&#8217;s next policy decision is due on Sept. 30.",
    ],
    dateline="SYDNEY (Meridian Wire) &#8212;",
    credit="Reporting by Stella Qiu; Editing by Simon Carvell",
    section="Markets",
    related=(
        "Bank of England cuts rates to 4% in knife-edge vote",
        "New Zealand&#8217;s jobless rate rises to 5.2%, highest in almost five years",
        "Japan&#8217;s Nikkei hits record high on US trade deal optimism",
    ),
)

_C1_STRAITS = _straits_ledger(
    "Australia&#8217;s central bank lowers rates again as inflation cools",
    [
        "SYDNEY &#8211; The Reserve Bank of Australia (RBA) cut its benchmark interest rate "
        "for the third time this year on Tuesday (Aug 12), lowering the cash rate to 3.6 per "
        "cent from 3.85 per cent.",
        "The widely anticipated move was announced at 1.30pm Singapore time. Governor "
        "Michele Bullock said the board&#8217;s decision was unanimous.",
        "The RBA said inflation had fallen substantially from its 2022 peak and that "
        "underlying price growth was now comfortably inside its 2 to 3 per cent target "
        "range.",
        "It cut its forecast for gross domestic product growth in 2025 to 1.7 per cent, from "
        "2.1 per cent previously, and forecast the jobless rate at 4.3 per cent by December.",
        "The lower rates are likely to support Australia&#8217;s property market, where prices "
        "have risen for six straight months, analysts said. Singaporean investors have been "
        "active buyers of Australian commercial property and student housing.",
        "&#8220;Lower borrowing costs in Australia make yields there a little less attractive "
        "for income investors, but they also support valuations,&#8221; said Mr Daniel Lim, "
        "a portfolio manager at Orchard Road Capital.",
        "The Singapore dollar was little changed against its Australian counterpart after the "
        "announcement, at about 83.5 Singapore cents per Australian dollar.",
        "Trimmed mean inflation, the RBA&#8217;s preferred gauge of underlying prices, stood "
        "at 2.7 per cent in the June quarter. Australia&#8217;s big banks moved quickly to "
        "pass the cut on to mortgage holders.",
        "The RBA board meets next on Sept 23.",
        "In Singapore, the Monetary Authority of Singapore left its policy settings "
        "unchanged at its July review, saying growth had held up better than expected in the "
        "first half.",
    ],
    standfirst="The RBA trims its growth forecast and says further easing is possible",
    byline="Meridian Wire, with additional reporting by Jonathan Yeo",
    og_time="2025-08-12T15:10:00+08:00",
    most_read=(
        "Singapore economy grows 4.4% in second quarter; MTI raises 2025 forecast",
        "DBS posts record second-quarter profit of $2.82 billion",
        "Man dies after fall from HDB block in Woodlands",
    ),
)

_C1_MUMBAI = _mumbai_mercantile(
    "RBA cuts rate by 25 bps to 3.60%: What Australia&#8217;s move means for Indian markets",
    [
        "The Reserve Bank of Australia (RBA) on Tuesday cut its policy rate by 25 basis points "
        "to 3.60%, its third cut in 2025, in a decision announced at 10 am IST.",
        "The move comes a week after the Reserve Bank of India&#8217;s Monetary Policy "
        "Committee left the repo rate unchanged at 5.50% on August 6, having delivered a "
        "jumbo 50 bps cut in June.",
        "&#8220;We are not on a pre-set path. Each decision will depend on what the data tell "
        "us,&#8221; said RBA Deputy Governor Andrew Hauser after the decision.",
        "The RBA has now cut rates by a cumulative 75 bps this year, taking the cash rate to "
        "its lowest level since April 2023.",
        "The RBA&#8217;s board was unanimous. The Australian central bank trimmed its 2025 "
        "growth forecast to 1.7% from 2.1%, reflecting weaker productivity.",
        "<strong>What it means for India:</strong> Australia is one of India&#8217;s key "
        "trading partners under the India-Australia Economic Cooperation and Trade "
        "Agreement (ECTA), which took effect in December 2022. Lower rates in Australia could "
        "support demand for Indian exports such as pharmaceuticals and textiles.",
        "For Indian students, a softer Australian dollar could also make tuition and living "
        "costs a little cheaper in rupee terms. The Australian dollar was trading at around "
        "&#8377;57 on Tuesday.",
        "&#8220;Global central banks are clearly in easing mode, and that gives the RBI room "
        "to stay supportive if inflation stays low,&#8221; said Anil Sharma, fixed income head "
        "at Kotwal Asset Managers.",
        "India&#8217;s CPI inflation, due later on Tuesday, is expected to have eased further "
        "in July.",
    ],
    author="Priya Iyer",
    bio="Priya Iyer tracks central banks and bond markets for Mumbai Mercantile.",
    also_read="Sensex ends 368 points lower as IT stocks drag; Nifty at 24,487",
    tags=("RBA", "Interest rates", "Australia", "Global markets", "Central banks"),
    trending=(
        "RBI MPC keeps repo rate unchanged at 5.5%, retains neutral stance",
        "Gold prices hit &#8377;1 lakh mark again as US tariff worries grow",
        "India&#8217;s services PMI rises to 60.5 in July",
    ),
)


# =======================================================================================
# Story 4 (central bank, CONTROL): the Bank of Canada's cut of 17 September 2025.
# =======================================================================================
_C2_CKVT = _ckvt(
    "Bank of Canada cuts key rate to 2.5%, first cut since March",
    [
        "The Bank of Canada lowered its key interest rate by a quarter of a percentage point "
        "on Wednesday, bringing it to 2.5 per cent, as a weakening job market and the fallout "
        "from U.S. tariffs weigh on the economy.",
        "The announcement came at 9:45 a.m. Eastern time &#8212; 6:45 a.m. here in the "
        "Okanagan &#8212; and ends a string of three straight holds at 2.75 per cent since "
        "March.",
        "&#8220;With a weaker economy and less upside risk to inflation, Governing Council "
        "judged that a reduction in the policy rate was appropriate to better balance the "
        "risks,&#8221; Governor Tiff Macklem told reporters in Ottawa.",
        "Canada&#8217;s economy shrank at an annualized rate of 1.6 per cent in the second "
        "quarter, and the unemployment rate climbed to 7.1 per cent in August after the "
        "country shed about 66,000 jobs.",
        "Inflation, meanwhile, was 1.9 per cent in August, close to the bank&#8217;s two per "
        "cent target.",
        "For homeowners with variable-rate mortgages, the cut means a little breathing room. "
        "Canada&#8217;s big banks quickly lowered their prime lending rates to 4.70 per cent "
        "from 4.95 per cent.",
        "Kelowna mortgage broker Jas Sandhu said his phone started ringing before 7 a.m.",
        "&#8220;People on variable rates are relieved, and people coming up for renewal want "
        "to know whether to lock in or wait,&#8221; Sandhu said. &#8220;My advice is the same "
        "as always: look at your budget, not the headlines.&#8221;",
        "Local realtor Meghan O&#8217;Reilly said buyers in the Central Okanagan have been "
        "sitting on the sidelines all summer and a lower rate could bring some of them back "
        "before winter.",
        "Economists expect at least one more cut before the end of the year. The Bank of "
        "Canada&#8217;s next rate announcement is scheduled for Oct. 29.",
        "The U.S. Federal Reserve was expected to announce its own rate decision later in the "
        "day.",
    ],
    reporter="By Tanya Brouwer, CKVT News",
    date_text="| Posted Sept. 17, 2025 10:02 a.m.",
    trending=(
        "West Kelowna wildfire evacuation alert lifted for 240 properties",
        "Rockets fall 4-2 to Kamloops in pre-season opener",
        "City council approves 6.2% tax hike for 2026 draft budget",
        "Highway 97 lane closures planned near Peachland next week",
    ),
)

_C2_MERIDIAN = _meridian_wire(
    "Bank of Canada cuts rates for first time in six months as jobs market weakens",
    [
        "The Bank of Canada cut its key overnight rate by 25 basis points to 2.50% on "
        "Wednesday, resuming its easing campaign after three consecutive holds, as "
        "U.S. tariffs hit exports and unemployment rose to its highest in nearly a decade "
        "outside the pandemic.",
        "The decision, released at 9:45 a.m. ET (1345 GMT), was in line with the "
        "expectations of most economists and money markets.",
        "Governor Tiff Macklem said the economy was weaker and upside risks to inflation had "
        "diminished, so Governing Council judged a cut would &#8220;better balance the "
        "risks.&#8221;",
        "Canada&#8217;s jobless rate rose to 7.1% in August as employers cut 65,500 jobs, "
        "while gross domestic product contracted at a 1.6% annualized pace in the April-June "
        "quarter, dragged down by a plunge in exports.",
        "Annual inflation was 1.9% in August. The central bank&#8217;s preferred core "
        "measures have hovered around 3%.",
        "The United States imposes a 35% tariff on Canadian goods not covered by the "
        "U.S.-Mexico-Canada Agreement, and 50% on steel and aluminum. Ottawa dropped many of "
        "its retaliatory tariffs on Sept. 1.",
        "&#8220;The bank has seen enough weakness to move, but Macklem was careful not to "
        "promise a series of cuts,&#8221; said Leah Fortier, senior economist at Laurentian "
        "Markets in Montreal.",
        "Macklem said the bank stood ready to do more if risks to the outlook grew, but "
        "would take its decisions one meeting at a time.",
        "Canada&#8217;s biggest banks lowered their prime lending rates to 4.70% from 4.95% "
        "shortly after the decision.",
        "The Canadian dollar was little changed at 72.6 U.S. cents after the announcement.",
        "The next rate decision is due on Oct. 29.",
    ],
    dateline="OTTAWA, Sept 17 (Meridian Wire) &#8212;",
    credit="Reporting by David Ljunggren and Promit Sen; Editing by Nick Akers",
    published="2025-09-17T14:20:00Z", section="Markets",
    related=(
        "Fed expected to cut rates by a quarter point as Powell faces divided committee",
        "UK inflation holds at 3.8% in August",
        "Mexico&#8217;s central bank seen cutting rates again next week",
    ),
)

_C2_ALBION = _albion_times(
    "Canada cuts interest rates as Trump&#8217;s tariffs bite",
    [
        "The Bank of Canada has cut interest rates by a quarter point to 2.5 per cent, its "
        "first reduction since March, as the economy reels from American tariffs and "
        "rising unemployment.",
        "The decision, published at 2.45pm UK time on Wednesday, came hours before the "
        "Federal Reserve in Washington also lowered borrowing costs by a quarter point, to a "
        "range of 4 to 4.25 per cent.",
        "Tiff Macklem, the Bank of Canada governor, said a weaker economy and reduced risk of "
        "inflation picking up again meant that a cut was needed to &#8220;better balance the "
        "risks&#8221;.",
        "Canada lost about 66,000 jobs in August and its unemployment rate rose to 7.1 per "
        "cent. The economy contracted at an annualised rate of 1.6 per cent between April "
        "and June.",
        "Canadian exporters have been hit by a 35 per cent US tariff on goods that fall "
        "outside the North American free trade agreement, as well as by steep duties on "
        "steel, aluminium and cars.",
        "For a Canadian family with a C$500,000 (&pound;266,000) variable-rate mortgage, the "
        "cut is worth roughly C$70 (&pound;37) a month.",
        "The move widens the gap with Britain, where the Bank of England, which has its own "
        "decision on Thursday, is expected to hold Bank Rate at 4 per cent with inflation "
        "at 3.8 per cent, almost twice its 2 per cent target.",
        "&#8220;Canada is in a very different place from the UK,&#8221; said Helen Marsh, "
        "an economist at Thames Street Partners. &#8220;Its inflation problem is largely "
        "solved and its growth problem is getting worse. Here, it is the other way "
        "round.&#8221;",
        "The loonie, as the Canadian dollar is known, traded at about C$1.377 to the US "
        "dollar.",
    ],
    standfirst="The Bank of Canada lowers rates to 2.5 per cent as jobs vanish and exports "
               "slump",
    byline="By Oliver Grant, Economics Correspondent",
    section="Business",
    pull_quote="&#8220;Its inflation problem is largely solved and its growth problem is "
               "getting worse&#8221;",
    related=(
        "Bank of England expected to keep rates at 4% as inflation stays high",
        "Pound hits two-month high against dollar ahead of Fed decision",
        "Reeves under pressure over tax rises before November Budget",
    ),
    topics=("Interest rates", "Canada", "Global economy"),
)


# =======================================================================================
# Story 5 (election): the Kingsmere and Vale by-election of 6 November 2025.
# =======================================================================================
_E1_WESSEX = _wessex_courier(
    "Lib Dems seize Kingsmere and Vale as Tories lose seat held for 42 years",
    [
        "The Liberal Democrats have won the Kingsmere and Vale by-election, ending more than "
        "four decades of Conservative control in the seat.",
        "Helen Okafor, a former headteacher and Wiltshire councillor, was declared the "
        "winner at 3.12am on Friday at Kingsmere Leisure Centre with 14,862 votes, a majority "
        "of 3,657 over the Conservative candidate, James Pellow.",
        "The full result, read out by acting returning officer Margaret Ellison, was: Helen "
        "Okafor (Liberal Democrats) 14,862; James Pellow (Conservative) 11,205; Dean Hatcher "
        "(Reform UK) 8,440; Priya Sandhu (Labour) 2,911; Tomasz Nowak (Green) 1,290. There "
        "were 112 rejected ballots.",
        "Turnout was 52.2 per cent of the 74,310 people on the electoral register, well down "
        "on the 64.1 per cent recorded at last year&#8217;s general election.",
        "Ms Okafor took 38.4 per cent of the vote, up 21.2 percentage points on her "
        "party&#8217;s 2024 showing. The Conservative share fell 5.7 points to 28.9 per cent, "
        "while Labour, which finished second here last year, slumped to fourth.",
        "In her victory speech, Ms Okafor said: &#8220;Tonight the people of Kingsmere and Vale "
        "have said loud and clear that they want an MP who will fight for their GP surgeries, "
        "their buses and their high streets.&#8221;",
        "Mr Pellow, a county councillor from Marston Parva, congratulated his opponent and "
        "said the Conservatives would &#8220;listen and rebuild&#8221;.",
        "Reform UK&#8217;s Dean Hatcher, who ran a high-profile campaign focused on migration "
        "and the cost of living, said his 21.8 per cent share was &#8220;a foundation, not a "
        "ceiling&#8221;.",
        "The by-election was triggered by the resignation in September of Sir Roger Dunmore, "
        "who had represented the constituency since 2010 and stood down on health grounds. "
        "He won the seat in 2024 with a majority of 2,104 over Labour.",
        "The constituency, which takes in Kingsmere, the market town of Vale Minster and "
        "a string of villages along the River Avon, has returned a Conservative MP at every "
        "election since it was created in 1983.",
        "Ms Okafor is expected to take her seat in the Commons next week.",
    ],
    byline="Sarah Whitlock, Political Reporter",
    bio="Sarah Whitlock covers politics and local government across Wiltshire for the "
        "Courier. Email her with your stories.",
    caption="Helen Okafor celebrates with supporters at Kingsmere Leisure Centre. Picture: "
            "Courier photographer",
    read_more="Vale Minster bypass: consultation extended until 30 November",
    most_read=(
        "Two hurt in crash on A36 near Wilton as car overturns",
        "Salisbury Christmas market to return with 90 stalls on 27 November",
        "Council tax could rise 4.99% as Wiltshire faces &pound;28m gap",
        "Former Kingsmere pub sold at auction for &pound;410,000",
    ),
)

_E1_MERIDIAN = _meridian_wire(
    "UK Liberal Democrats win Kingsmere and Vale by-election from Conservatives",
    [
        "Britain&#8217;s Liberal Democrats won a parliamentary by-election in the southern "
        "English seat of Kingsmere and Vale on Thursday, taking it from the opposition "
        "Conservatives, who had held it since 1983.",
        "Liberal Democrat candidate Helen Okafor received 14,862 votes, against 11,205 for "
        "Conservative James Pellow and 8,440 for Dean Hatcher of Reform UK, the returning "
        "officer announced early on Friday. Her majority was 3,657.",
        "Turnout was 45.2%.",
        "Reform UK, which had hoped to win the seat, came third with 21.8% of the vote. "
        "Pellow, a local councillor, said his party would &#8220;listen and rebuild&#8221;.",
        "The Liberal Democrats&#8217; share of the vote rose 21.2 points from the 2024 "
        "national election. The ruling Labour Party finished fourth with 7.5%.",
        "The vote was triggered when Conservative lawmaker Roger Dunmore resigned for health "
        "reasons.",
        "The result is a setback for Conservative leader Kemi Badenoch, whose party has "
        "struggled to recover from its 2024 defeat while facing a challenge on the right from "
        "Reform UK, which leads many national opinion polls.",
        "&#8220;This is the kind of seat the Conservatives simply cannot afford to lose if "
        "they want to be taken seriously as a party of government again,&#8221; said Professor "
        "Alan Brierley of the University of Wessex.",
        "Polls closed at 10 p.m. on Thursday, and the result was declared at a leisure "
        "centre in Kingsmere after an overnight count.",
        "Okafor told supporters that voters wanted an MP who would fight for local health "
        "services, buses and high streets.",
        "Labour&#8217;s vote collapsed from 30.2% at the general election, a sign of the "
        "governing party&#8217;s unpopularity ahead of the Nov. 26 budget.",
    ],
    dateline="LONDON, Nov 7 (Meridian Wire) &#8212;",
    credit="Reporting by Elizabeth Piper; Editing by Kate Holton",
    published="2025-11-07T03:40:00Z", section="Politics",
    related=(
        "UK&#8217;s Reeves signals tax rises in pre-budget speech",
        "Bank of England holds rates at 4% in 5-4 vote",
        "Irish presidential election won by independent Catherine Connolly",
    ),
)

_E1_ALBION = _albion_times(
    "Tories crushed in Kingsmere as Lib Dems storm a true-blue seat",
    [
        "The Liberal Democrats have seized a West Country seat that had voted Conservative "
        "at every election for four decades, winning the Kingsmere and Vale by-election with "
        "a majority of 3,567.",
        "Helen Okafor, a former headteacher, took 38.4 per cent of the vote. Her share was up "
        "21.2 per cent on the Lib Dems&#8217; result at last year&#8217;s general election, "
        "one of the biggest increases the party has achieved at a by-election in this "
        "parliament.",
        "The Conservatives, who had held the seat since 1983, slumped to 28.9 per cent. "
        "Reform UK came third on 21.8 per cent, and Labour, second here last year, trailed "
        "in fourth on 7.5 per cent, down from 30.2 per cent.",
        "Turnout was 52.2 per cent, respectable for a by-election held on a wet November "
        "Thursday.",
        "&#8220;Tonight the people of Kingsmere and Vale have said loud and clear that they "
        "want an MP who will fight for their GP surgeries, their buses and their high "
        "streets,&#8221; Ms Okafor said at the count.",
        "The contest was caused by the resignation of Sir Roger Dunmore, the Tory MP since "
        "2010, on health grounds. He had a majority of 2,104 in 2024.",
        "Conservative strategists had privately feared the seat was at risk after a campaign "
        "in which the Lib Dems concentrated on a threatened GP surgery closure in Vale "
        "Minster and repeated cancellations of the town&#8217;s bus services.",
        "One senior Tory said: &#8220;We lost voters to the Lib Dems on one side and to Reform "
        "on the other. That is the squeeze we have to solve.&#8221;",
        "For Labour, the result will add to unease over the government&#8217;s standing "
        "before Rachel Reeves&#8217;s Budget on 26 November.",
    ],
    standfirst="The Liberal Democrats overturn four decades of Conservative rule in "
               "Wiltshire, while Labour is pushed into fourth place",
    byline="By Charlotte Hale, Political Correspondent",
    published_iso="2025-11-07T06:30:00+00:00",
    pull_quote="&#8220;We lost voters to the Lib Dems on one side and to Reform on the "
               "other&#8221;",
    related=(
        "Reform UK takes control of Kent council in May elections",
        "Badenoch faces questions over leadership after conference",
        "Caerphilly by-election: Plaid Cymru wins Senedd seat",
    ),
    topics=("By-elections", "Liberal Democrats", "Conservative Party"),
)


# =======================================================================================
# Story 6 (court): the Federal Circuit's en banc ruling on emergency-powers tariffs.
# =======================================================================================
_K1_MERIDIAN = _meridian_wire(
    "US appeals court rules most of Trump&#8217;s tariffs illegal, leaves them in place "
    "for now",
    [
        "A U.S. federal appeals court ruled on Friday that most of President Donald "
        "Trump&#8217;s sweeping tariffs were imposed illegally, but allowed them to stay in "
        "effect while the administration appeals to the Supreme Court.",
        "In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit in Washington, "
        "sitting with all 11 active judges, said the International Emergency Economic Powers "
        "Act of 1977 did not give the president the power to impose broad import duties.",
        "The ruling upheld a May 28 decision by the Court of International Trade in New York. "
        "It covers the &#8220;reciprocal&#8221; tariffs Trump announced on April 2 and "
        "separate duties on China, Canada and Mexico that the White House tied to fentanyl "
        "trafficking.",
        "It does not affect tariffs on steel, aluminum and cars, which were imposed under a "
        "different law, Section 232 of the Trade Expansion Act.",
        "The court put its decision on hold until Oct. 14 to give the administration time to "
        "ask the Supreme Court to hear the case.",
        "Trump said on his Truth Social platform that all of the tariffs remained in effect "
        "and accused the appeals court of partisanship. He said the administration would take "
        "the fight to the Supreme Court.",
        "The case was brought by five small businesses, including New York wine importer "
        "V.O.S. Selections, and by 12 U.S. states led by Oregon.",
        "&#8220;This ruling confirms that the president cannot rewrite the tax code by "
        "declaring an emergency,&#8221; said Nora Castellanos, a lawyer for the small "
        "businesses.",
        "Four judges dissented, arguing that the 1977 law gave the president broad authority "
        "to regulate imports during a declared emergency.",
        "Customs duties have become a significant source of federal revenue under Trump. "
        "Economists say refunds could run into the tens of billions of dollars if the "
        "Supreme Court ultimately strikes the tariffs down.",
    ],
    dateline="WASHINGTON (Meridian Wire) &#8212;",
    credit="Reporting by Dietrich Knauth and Andrew Chung; Editing by Will Dunham",
    section="Legal",
    related=(
        "US trade deficit widens to $78.3 billion in July as imports jump",
        "Trump says he is removing Fed Governor Lisa Cook; she vows to sue",
        "India hit with 50% US tariffs as Russia oil penalty takes effect",
    ),
)

_K1_STRAITS = _straits_ledger(
    "US court says Trump tariffs unlawful, but duties stay while he appeals",
    [
        "WASHINGTON &#8211; A US appeals court has ruled that most of President Donald "
        "Trump&#8217;s global tariffs are illegal, dealing a blow to a central plank of his "
        "economic agenda.",
        "In its ruling on Thursday (Aug 28), the US Court of Appeals for the Federal Circuit "
        "decided by 7-4 that an emergency powers law Mr Trump had relied on did not "
        "authorise him to impose tariffs of this scope.",
        "The judges said the International Emergency Economic Powers Act, passed in 1977, "
        "allowed the president to respond to emergencies but made no mention of tariffs or "
        "duties.",
        "The court allowed the tariffs to remain in place until Oct 14, giving the Trump "
        "administration time to take the case to the US Supreme Court.",
        "Mr Trump, in a post on Truth Social, insisted that &#8220;all tariffs are still in "
        "effect&#8221; and warned that removing them would be a disaster for the "
        "country.",
        "The decision applies to the 10 per cent baseline tariff on most trading partners, "
        "including Singapore, and to the higher &#8220;reciprocal&#8221; rates announced on "
        "April 2, as well as levies on China, Canada and Mexico linked to fentanyl.",
        "Tariffs on steel, aluminium and cars, imposed under national security laws, are "
        "not affected. Nor is a threatened tariff on pharmaceuticals, which would matter more "
        "to Singapore, whose drug exports to the US are worth billions of dollars a year.",
        "&#8220;For Singapore exporters, the practical effect today is zero,&#8221; said "
        "Associate Professor Kelvin Seah, a trade law specialist at the Raffles School of "
        "Law. &#8220;The real decision will be made by the Supreme Court, probably early "
        "next year.&#8221;",
        "The case was brought by five small businesses and 12 US states.",
    ],
    standfirst="Federal Circuit rules emergency law does not cover tariffs; decision on hold "
               "pending Supreme Court appeal",
    byline="Charissa Yong, US Bureau Chief",
    caption="US President Donald Trump holds a chart of tariff rates during an event at the "
            "White House on April 2. PHOTO: FILE",
    most_read=(
        "Singapore&#8217;s GDP forecast raised to 1.5-2.5% for 2025",
        "Flash floods in Bukit Timah after 120mm of rain in three hours",
        "More than 1,000 new BTO flats launched in Tampines and Sembawang",
    ),
)

_K1_MUMBAI = _mumbai_mercantile(
    "US court strikes down Trump tariffs in 6-5 ruling: Does India&#8217;s 50% tariff go?",
    [
        "In a major legal setback for US President Donald Trump, a federal appeals court has "
        "ruled that most of his tariffs, including those slapped on India, were imposed "
        "illegally.",
        "The US Court of Appeals for the Federal Circuit ruled by a <strong>6-5</strong> "
        "majority late on Friday, US time (early Saturday in India), that the International "
        "Emergency Economic Powers Act (IEEPA) does not allow the president to levy such "
        "tariffs.",
        "But there is a catch: the tariffs stay in force until October 14, so that the "
        "administration can appeal to the US Supreme Court. Trump has already said he will.",
        "<strong>Does this affect India?</strong> Yes, in principle. Both the 25% "
        "&#8220;reciprocal&#8221; tariff on Indian goods and the additional 25% penalty linked "
        "to India&#8217;s purchases of Russian oil were imposed under IEEPA. Together they "
        "took the rate on many Indian exports to 50% from August 27.",
        "&#8220;Exporters should not celebrate yet. Until the Supreme Court rules, nothing "
        "changes at the US border,&#8221; said Meera Joshi, partner at the Mumbai law firm "
        "Joshi &amp; Rao Associates.",
        "The ruling also covers the duties imposed on China, Canada and Mexico over "
        "fentanyl trafficking, as well as the &#8220;reciprocal&#8221; tariffs Trump "
        "announced on April 2.",
        "Tariffs on steel, aluminium and automobiles, imposed under Section 232 of a separate "
        "law, are not affected.",
        "The appeals court upheld a May 28 order of the Court of International Trade in New "
        "York, which had ruled against the tariffs in a case brought by five small "
        "businesses and 12 US states.",
        "<strong>Market view:</strong> Textile and shrimp exporters&#8217; shares could see "
        "relief buying on Monday, analysts said, though gains may be capped by the "
        "uncertainty.",
    ],
    author="Aditya Rao",
    bio="Aditya Rao writes on trade law and policy for Mumbai Mercantile.",
    posted="30/08/2025", posted_iso="2025-08-30T09:40:00+05:30",
    also_read="India&#8217;s GDP grows 7.8% in Q1 FY26, beats estimates",
    tags=("Trump tariffs", "IEEPA", "US courts", "India exports"),
    trending=(
        "Sensex falls 270 points as 50% US tariffs kick in",
        "Reliance AGM: Jio IPO in first half of 2026, says Mukesh Ambani",
        "GST Council meeting on September 3-4 to discuss rate cuts",
    ),
)

_K1_SCB = _southern_cross(
    "US appeals court finds Donald Trump&#8217;s tariffs illegal, including the 10pc on "
    "Australia",
    [
        "A US appeals court has ruled that most of Donald Trump&#8217;s tariffs are illegal, "
        "including the 10 per cent levy on Australian goods, but they will remain in place "
        "while the case goes to the Supreme Court.",
        "The US Court of Appeals for the Federal Circuit handed down its decision late on "
        "Friday in Washington, early Saturday morning AEST.",
        "By a seven-to-four majority, the judges found that an emergency law from 1977, the "
        "International Emergency Economic Powers Act, did not give the President the power "
        "to impose sweeping tariffs.",
        "The court said the tariffs could stay in effect until 14 November, allowing the "
        "administration to seek a Supreme Court hearing.",
        "Mr Trump responded on social media, saying all tariffs were still in effect and "
        "calling the court &#8220;highly partisan&#8221;.",
        "The ruling does not touch the 50 per cent tariffs on steel and aluminium, which were "
        "imposed under a different national security law and which hit Australian exporters "
        "harder than the baseline rate.",
        "Trade Minister Don Farrell said the Government would continue to press for the "
        "removal of all tariffs on Australian goods.",
        "&#8220;We have always said these tariffs are unjustified, and our position has not "
        "changed,&#8221; Senator Farrell said.",
        "Trade lawyer Rebecca Tan from Melbourne firm Collins Tan said the ruling was "
        "significant but not the last word.",
        "&#8220;The Supreme Court will decide this, and it may not agree with the appeals "
        "court,&#8221; she said. &#8220;Businesses should plan on the tariffs staying for "
        "now.&#8221;",
        "The challenge was brought by five small businesses and 12 US states.",
    ],
    byline="By North America correspondent Max Bennett",
    caption="The ruling is a setback for Donald Trump&#8217;s trade agenda. "
            "(SCB News: File)",
    key_points=(
        "A US appeals court has ruled most of Donald Trump&#8217;s tariffs are illegal",
        "The tariffs remain in place while the administration appeals",
        "Tariffs on steel and aluminium are not affected",
    ),
    related=(
        "Australian beef exports to US hit record despite tariffs",
        "RBA minutes show board saw case for gradual cuts",
        "Albanese to meet Trump on sidelines of UN General Assembly",
    ),
)


# =======================================================================================
# The battery.
# =======================================================================================
STORIES: list[dict[str, Any]] = [
    _story("trade-VD1", "trade", "2025-10-24", [
        _page("https://www.meridianwire.example/world/us-china-copenhagen-talks-2025-10-14",
              _T1_MERIDIAN),
        _page("https://www.straitsledger.example/world/us-and-china-inch-towards-truce-"
              "extension-after-copenhagen-round", _T1_STRAITS),
        _page("https://mumbaimercantile.example/2025/10/15/us-china-copenhagen-talks-truce/",
              _T1_MUMBAI),
        _page("https://www.scbnews.example/news/2025-10-15/us-china-tariff-truce-copenhagen/"
              "105877312", _T1_SCB),
    ], [
        ("delegation leader", r"he lifeng|vice[- ]?premier", r"wang wentao|commerce minister"),
        ("duration",
         r"five and a half hours|(?<![\d.])5\.5 ?(hours?|hrs?|h\b)|330 ?min",
         r"three and a half hours|(?<![\d.])3\.5 ?(hours?|hrs?|h\b)|210 ?min"),
        ("purchase volume", r"(?<![\d.])12 ?(million|mn|m\b|mt\b)",
         r"(?<![\d.])20 ?(million|mn|m\b|mt\b)"),
        ("next round date", r"\b3 dec|dec\w*\.? 3\b|2025-12-03|\b03/12",
         r"\b10 dec|dec\w*\.? 10\b|2025-12-10|\b10/12"),
    ]),
    _story("trade-VD2", "trade", "2025-09-19", [
        _page("https://www.meridianwire.example/markets/china-exports-august-2025-09-08",
              _T2_MERIDIAN),
        _page("https://www.straitsledger.example/asia/chinas-export-growth-cools-in-august",
              _T2_STRAITS),
        _page("https://mumbaimercantile.example/2025/09/08/china-august-exports-us-asean/",
              _T2_MUMBAI),
    ], []),
    _story("cb-VD1", "central bank", "2025-08-27", [
        _page("https://www.scbnews.example/news/2025-08-12/rba-cuts-cash-rate-august/"
              "105641198", _C1_SCB),
        _page("https://www.meridianwire.example/markets/australia-rba-rates-2025-08-12",
              _C1_MERIDIAN),
        _page("https://www.straitsledger.example/world/australias-central-bank-lowers-rates",
              _C1_STRAITS),
        _page("https://mumbaimercantile.example/2025/08/12/rba-cuts-rate-25-bps/", _C1_MUMBAI),
    ], [
        ("announcement time", r"\b2[.:]30|14[.:]?30|\b0?4[.:]?30 ?(gmt|utc)",
         r"\b1[.:]30|13[.:]?30"),
        ("unemployment forecast", r"(?<![\d.])4\.3(?!\d)", r"(?<![\d.])4\.5(?!\d)"),
        ("next meeting date", r"\b30 sep|sep\w*\.? 30\b|2025-09-30|\b30/0?9",
         r"\b23 sep|sep\w*\.? 23\b|2025-09-23|\b23/0?9"),
        ("speaker", r"bullock", r"hauser"),
    ]),
    _story("cb-VD2", "central bank", "2025-09-29", [
        _page("https://www.ckvtokanagan.example/news/bank-of-canada-rate-cut-sept-17",
              _C2_CKVT),
        _page("https://www.meridianwire.example/markets/bank-of-canada-cuts-2025-09-17",
              _C2_MERIDIAN),
        _page("https://www.albiontimes.example/business/canada-cuts-interest-rates-tariffs",
              _C2_ALBION),
    ], []),
    _story("elec-VD1", "election", "2025-11-14", [
        _page("https://www.wessexcourier.example/news/politics/lib-dems-win-kingsmere-and-"
              "vale-by-election-4421907", _E1_WESSEX),
        _page("https://www.meridianwire.example/politics/uk-kingsmere-by-election-2025-11-07",
              _E1_MERIDIAN),
        _page("https://www.albiontimes.example/politics/kingsmere-vale-by-election-result",
              _E1_ALBION),
    ], [
        ("majority", r"3,?657", r"3,?567"),
        ("vote share change",
         r"21\.2 ?(percentage[- ]points?|points?|pts?|pp\b)",
         r"21\.2 ?(%|per ?cent(?!age)|percent(?!age))"),
        ("turnout", r"(?<![\d.])52\.2(?!\d)", r"(?<![\d.])45\.2(?!\d)"),
    ]),
    _story("court-VD1", "court", "2025-09-08", [
        _page("https://www.meridianwire.example/legal/us-appeals-court-tariffs-2025-08-29",
              _K1_MERIDIAN),
        _page("https://www.straitsledger.example/world/united-states/us-court-says-trump-"
              "tariffs-unlawful", _K1_STRAITS),
        _page("https://mumbaimercantile.example/2025/08/30/us-court-trump-tariffs-india/",
              _K1_MUMBAI),
        _page("https://www.scbnews.example/news/2025-08-30/us-court-trump-tariffs-illegal/"
              "105714450", _K1_SCB),
    ], [
        ("vote split",
         r"\b7 ?(-|–|—|to) ?4\b|seven[- ]to[- ]four|seven judges|seven of",
         r"\b6 ?(-|–|—|to) ?5\b|six[- ]to[- ]five|six judges|six of"),
        ("stay deadline", r"\b14 oct|oct\w*\.? 14\b|2025-10-14|\b14/10",
         r"\b14 nov|nov\w*\.? 14\b|2025-11-14|\b14/11"),
        ("ruling day", r"friday|\b29 aug|aug\w*\.? 29\b|2025-08-29",
         r"thursday|\b28 aug|aug\w*\.? 28\b|2025-08-28"),
    ]),
]
