"""Story battery, part XA (web pages).

Part XA of the story battery (web pages), written by engineer XA1 on 2026-12-06 (nineteenth
session, ninth batch) without reading Storyline's rules or other parts, before any run; scored
with ``bench/bench_story_battery.py XA``.

Six stories (two on US-China trade, two court rulings, two central-bank decisions), each told
by four invented outlets as whole scraped HTML pages with their own site furniture. Two stories
(``trade-XA2`` and ``cb-XA2``) are control stories with no planted disagreement; the other four
carry the planted disagreements listed with them.
"""

from __future__ import annotations

import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Split a block of text on blank lines; collapse ordinary whitespace inside paragraphs."""
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    return [re.sub(r"[ \t\r\n]+", " ", b).strip() for b in blocks if b.strip()]


def _links(items: list[tuple[str, str]], tag: str = "li") -> str:
    return "".join(f'<{tag}><a href="{u}">{h}</a></{tag}>' for h, u in items)


def _plain(s: str) -> str:
    s = re.sub(r"<[^>]+>", "", s)
    for ent, ch in (("&#8217;", "\u2019"), ("&#8212;", "\u2014"), ("&amp;", "&"),
                    ("&#8211;", "\u2013"), ("&nbsp;", "\u00a0")):
        s = s.replace(ent, ch)
    return s


# ---------------------------------------------------------------------------------------------
# Outlet templates
# ---------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, author: str, credits: str,
               kicker: str, related: list[tuple[str, str]], date_iso: str | None = None,
               date_text: str = "", caption: str | None = None) -> str:
    """Pacific Wire: a wire service. <article>, dateline, JSON-LD, og tags."""
    head_extra = ""
    when = ""
    if date_iso:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": _plain(title), "datePublished": date_iso, "dateModified": date_iso,
              "author": [{"@type": "Person", "name": author}],
              "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
        head_extra = ('<script type="application/ld+json">' + json.dumps(ld) + "</script>")
        when = f'<time class="pw-timestamp" datetime="{date_iso}">{date_text}</time>'
    fig = ""
    if caption:
        fig = ('<figure class="pw-figure"><div class="pw-img" data-src="/media/photo-lead.jpg">'
               f'</div><figcaption class="pw-caption">{caption}</figcaption></figure>')
    body = [f'<p class="pw-par" data-testid="paragraph-0">{dateline} (Pacific Wire) &#8212; '
            f"{paras[0]}</p>"]
    for i, p in enumerate(paras[1:], 1):
        body.append(f'<p class="pw-par" data-testid="paragraph-{i}">{p}</p>')
        if i == 4:
            body.append('<div class="pw-ad" aria-hidden="true"><span>Advertisement &#183; '
                        "Scroll to continue</span></div>")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_plain(title)} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        f'<meta property="og:title" content="{_plain(title)}">',
        '<meta property="og:type" content="article">',
        head_extra,
        '<link rel="stylesheet" href="/static/pw-2025.css"></head>',
        '<body class="pw-article">',
        '<a class="pw-skip" href="#main-content">Skip to main content</a>',
        '<div class="pw-consent" role="dialog" aria-label="Cookie preferences">'
        "<p>We use cookies and similar technologies to personalise content and ads and to "
        "analyse our traffic. You can change your choices at any time.</p>"
        "<button>Accept All</button> <button>Reject All</button> "
        "<button>Cookie Settings</button></div>",
        '<header class="pw-header"><a class="pw-logo" href="/">PACIFIC WIRE</a>'
        '<nav class="pw-nav"><ul><li><a href="/world/">World</a></li>'
        '<li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>'
        '<li><a href="/legal/">Legal</a></li><li><a href="/technology/">Technology</a></li>'
        '<li><a href="/breakingviews/">Commentary</a></li></ul></nav>'
        '<div class="pw-account"><a href="/account/sign-in">Sign In</a> '
        '<a href="/account/register">Register</a></div></header>',
        '<main id="main-content"><article class="pw-story">',
        f'<div class="pw-kicker"><a href="/world/">{kicker}</a></div>',
        f'<h1 class="pw-headline" data-testid="Heading">{title}</h1>',
        f'<div class="pw-byline">By <a href="/authors/">{author}</a></div>',
        when,
        fig,
        '<div class="pw-body">',
        *body,
        "</div>",
        f'<p class="pw-credits">{credits}</p>',
        '<p class="pw-trust"><a href="/about/standards">Our Standards: The Pacific Wire Trust '
        "Principles.</a></p>",
        '<div class="pw-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> '
        '<a href="#">LinkedIn</a> <button>Copy link</button></div>',
        "</article>",
        '<aside class="pw-more"><h2>Read Next</h2><ul>' + _links(related) + "</ul></aside>",
        "</main>",
        '<footer class="pw-footer"><p>All quotes delayed a minimum of 15 minutes. '
        '<a href="/disclaimer">See here for a complete list of exchanges and delays.</a></p>'
        "<p>&copy; 2025 Pacific Wire. All rights reserved.</p></footer>",
        "</body></html>",
    ])


def _courier_site(title: str, paras: list[str], *, standfirst: str, author: str, section: str,
                  most_read: list[tuple[str, str]], date_text: str = "",
                  date_iso: str | None = None, caption: str | None = None,
                  read_more: tuple[str, str] | None = None, topics: str = "") -> str:
    """The Daily Courier: a national daily. Nested div soup, metered paywall, Most read."""
    meta = ""
    if date_iso:
        meta = f'<meta property="article:published_time" content="{date_iso}">'
    date_html = f'<span class="c-date">{date_text}</span>' if date_text else ""
    photo = ""
    if caption:
        photo = ('<div class="c-media"><div class="c-img-wrap"><picture><source '
                 'srcset="/i/lead-1200.webp"></picture></div>'
                 f'<div class="c-caption"><span>{caption}</span></div></div>')
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<div class="c-par"><p>{p}</p></div>')
        if i == 1 and read_more:
            body.append(f'<div class="c-par c-related-inline"><p><strong>Read more:</strong> '
                        f'<a href="{read_more[1]}">{read_more[0]}</a></p></div>')
        if i == 3:
            body.append('<div class="c-promo"><div class="c-promo-inner">Get the Courier '
                        "Business Briefing in your inbox every weekday morning. "
                        '<a href="/newsletters">Sign up</a></div></div>')
    return "\n".join([
        "<html>",
        "<head>",
        f"<title>{_plain(title)} - The Daily Courier</title>",
        f'<meta name="description" content="{_plain(standfirst)}">',
        meta,
        '<link rel="canonical" href="/">',
        "</head>",
        '<body class="page-article">',
        '<div id="cmp-wall" class="cmp"><div class="cmp-box"><div class="cmp-text">The Daily '
        "Courier and our partners use cookies to store and access information on your device. "
        "By clicking &ldquo;Accept&rdquo; you agree to this use.</div>"
        '<div class="cmp-btns"><a class="btn" href="#">Accept</a> <a class="btn" href="#">'
        "Reject all</a> <a href=\"#\">Manage options</a></div></div></div>",
        '<div class="masthead"><div class="mh-top"><div class="mh-date-today"></div>'
        '<div class="mh-logo"><a href="/">The Daily Courier</a></div>'
        '<div class="mh-sub"><a href="/subscribe">Subscribe: $1 a week for your first year'
        "</a> | <a href=\"/login\">Log in</a></div></div>"
        '<div class="mh-nav"><a href="/news">News</a> <a href="/politics">Politics</a> '
        '<a href="/business">Business</a> <a href="/world">World</a> '
        '<a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/life">Life</a> '
        '<a href="/puzzles">Puzzles</a></div></div>',
        '<div class="wrap"><div class="col-main"><div class="art">',
        f'<div class="art-section"><a href="/business">{section}</a></div>',
        f'<h1 class="art-hed">{title}</h1>',
        f'<div class="art-dek">{standfirst}</div>',
        f'<div class="art-meta"><span class="c-author">By {author}</span> {date_html}</div>',
        photo,
        '<div class="art-body">',
        *body,
        "</div>",
        '<div class="c-meter">You have read 3 of your 5 free articles this month. '
        '<a href="/subscribe">Subscribe for unlimited access.</a></div>',
        f'<div class="art-topics">Topics: {topics}</div>' if topics else "",
        '<div class="art-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> '
        '<a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Gift this article</a></div>',
        '<div class="art-comments"><a href="#comments">View comments</a></div>',
        "</div></div>",
        '<div class="col-side"><div class="most-read"><h3>Most read</h3><ol>'
        + _links(most_read) + "</ol></div>"
        '<div class="side-ad"><span>Advertisement</span></div></div>',
        "</div>",
        '<div class="footer"><div>&copy; 2025 The Daily Courier Company. 1 Printing House '
        'Square. <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | '
        '<a href="/contact">Contact us</a></div></div>',
        "</body>",
        "</html>",
    ])


def _kvtn_site(title: str, paras: list[str], *, author: str, trending: list[tuple[str, str]],
               video_label: str, date_text: str = "") -> str:
    """KVTN 7 News: a local TV station. Styled div headline, <br> paragraphs, ad slots."""
    groups: list[list[str]] = [[]]
    for i, p in enumerate(paras):
        groups[-1].append(p)
        if i in (2, 6) and i < len(paras) - 1:
            groups.append([])
    text = ""
    for gi, g in enumerate(groups):
        if gi:
            text += (f'</div>\n<div class="ad-slot ad-inline" id="ad-mid-{gi}">'
                     '<small>ADVERTISEMENT</small></div>\n<div class="story-text">\n')
        text += "<br><br>\n".join(g)
    meta_line = f"{author}, KVTN 7 News"
    if date_text:
        meta_line += f' <span class="story-date">{date_text}</span>'
    return "\n".join([
        "<!doctype html>",
        "<html><head>",
        f"<title>{_plain(title)} | KVTN 7 News</title>",
        '<meta property="og:site_name" content="KVTN 7">',
        f'<meta name="twitter:title" content="{_plain(title)}">',
        "</head><body>",
        '<div class="top-strip"><a href="/live">&#9654; WATCH LIVE</a> '
        '<a href="/weather">Weather 71&deg;</a> <a href="/traffic">Traffic</a> '
        '<a href="/app">Get the KVTN 7 app</a></div>',
        '<div class="navbar"><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/news/local">Local</a> <a href="/news/national">National</a> '
        '<a href="/investigates">7 Investigates</a> <a href="/sports">Sports</a> '
        '<a href="/contests">Contests</a> <a href="/about">About Us</a></div>',
        '<div class="ad-slot ad-leaderboard"><small>ADVERTISEMENT</small></div>',
        '<div class="story-container">',
        '<div class="story-title" style="font-size:34px;font-weight:800;line-height:1.1">'
        f"{title}</div>",
        f'<div class="story-meta">{meta_line}</div>',
        f'<div class="video-embed" data-player="jw"><span class="video-label">VIDEO: '
        f"{video_label}</span></div>",
        '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> '
        '<a href="#">Email</a> <a href="#">Copy Link</a></div>',
        '<div class="story-text">',
        text.rstrip("\n"),
        "</div>",
        '<div class="story-tip">Have a news tip? Email <a href="mailto:desk@kvtn7.example">'
        "desk@kvtn7.example</a> or call the newsroom.</div>",
        '<div class="trending"><h4>Trending on KVTN 7</h4><ul>' + _links(trending)
        + "</ul></div>",
        "</div>",
        '<div class="footer">KVTN 7 &middot; 1200 Levee Road &middot; '
        '<a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a> &middot; '
        '<a href="/closed-captioning">Closed Captioning</a><br>&copy; 2025 KVTN Broadcasting. '
        "All rights reserved.</div>",
        "</body></html>",
    ])


def _margin_blog(title: str, paras: list[str], *, author: str, bio: str, post_id: int,
                 category: str, tags: list[str], recent: list[tuple[str, str]],
                 date_iso: str | None = None, date_text: str = "",
                 pullquote: tuple[int, str] | None = None, comments: int = 0) -> str:
    """Margin Notes: a WordPress-style finance blog."""
    meta = ""
    posted = ""
    if date_iso:
        meta = (f'<meta property="article:published_time" content="{date_iso}" />\n'
                f'<meta property="article:modified_time" content="{date_iso}" />')
        posted = (f'<span class="posted-on">Posted on <a href="#" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{date_iso}">{date_text}'
                  "</time></a></span>")
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if pullquote and i == pullquote[0]:
            body.append('<blockquote class="wp-block-quote"><p>' + pullquote[1]
                        + "</p></blockquote>")
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8" />',
        f"<title>{_plain(title)} &#8211; Margin Notes</title>",
        "<meta name='robots' content='index, follow, max-image-preview:large' />",
        '<meta property="og:site_name" content="Margin Notes" />',
        f'<meta property="og:title" content="{_plain(title)}" />',
        meta,
        "<link rel='stylesheet' id='wp-block-library-css' "
        "href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id} '
        'single-format-standard">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>',
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/" rel="home">Margin Notes</a></p>'
        '<p class="site-description">Markets, macro and the occasional rant</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li class="menu-item"><a href="/">Home</a></li>'
        '<li class="menu-item"><a href="/category/macro/">Macro</a></li>'
        '<li class="menu-item"><a href="/category/rates/">Rates</a></li>'
        '<li class="menu-item"><a href="/category/trade/">Trade</a></li>'
        '<li class="menu-item"><a href="/about/">About</a></li></ul></nav></header>',
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
        f'format-standard hentry category-{category.lower()}">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{title}</h1>',
        f'<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/">{author}</a></span></span></div>',
        "</header>",
        '<div class="entry-content">',
        *body,
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>'
        '<li><a href="#">Share on LinkedIn</a></li><li><a href="#">Copy link</a></li></ul>'
        "</div>",
        "</div>",
        f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/'
        f'{category.lower()}/" rel="category tag">{category}</a></span> '
        f'<span class="tags-links">Tagged {tag_html}</span></footer>',
        "</article>",
        f'<div class="author-info"><h2 class="author-title">About {author}</h2>'
        f'<p class="author-bio">{bio}</p></div>',
        '<div id="comments" class="comments-area">'
        f'<h2 class="comments-title">{comments} thoughts on this post</h2>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>'
        "<p>Your email address will not be published. Required fields are marked *</p>"
        "</div></div>",
        "</main></div>",
        '<aside id="secondary" class="widget-area">'
        '<section class="widget widget_search"><form role="search"><input type="search" '
        'placeholder="Search &hellip;"></form></section>'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
        "</h2><ul>" + _links(recent) + "</ul></section>"
        '<section class="widget"><h2 class="widget-title">Subscribe via Email</h2>'
        "<p>Enter your email address to get new posts by email.</p></section></aside>",
        "</div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">'
        "Proudly powered by WordPress | Theme: Ledgerline by Quiet Themes.</div></footer>",
        "</div>",
        "</body>",
        "</html>",
    ])


def _nbs_site(title: str, paras: list[str], *, author: str, role: str,
              related: list[tuple[str, str]], top: list[tuple[str, str]],
              date_text: str = "", date_iso: str | None = None, updated: str = "",
              caption: str | None = None, correction: str | None = None,
              analysis: tuple[str, list[str]] | None = None) -> str:
    """NBS News: a public broadcaster. <main>, text-block components, Updated line."""
    stamp = ""
    if date_iso:
        stamp = f'<time data-testid="timestamp" datetime="{date_iso}">{date_text}</time>'
    elif date_text:
        stamp = f'<span class="nbs-date">{date_text}</span>'
    if updated:
        stamp += f' <span class="nbs-updated">{updated}</span>'
    fig = ""
    if caption:
        fig = ('<figure data-component="image-block"><div class="nbs-img" role="img"></div>'
               f"<figcaption>{caption}</figcaption></figure>")
    blocks = [f'<div data-component="text-block"><p>{p}</p></div>' for p in paras]
    if len(blocks) > 4:
        blocks.insert(4, '<div data-component="links-block"><h2>Related</h2><ul>'
                      + _links(related[:2]) + "</ul></div>")
    if analysis:
        blocks.append('<div data-component="subheadline-block"><h2>Analysis</h2></div>')
        blocks.append(f'<div data-component="byline-block"><p><strong>{analysis[0]}'
                      "</strong></p></div>")
        blocks.extend(f'<div data-component="text-block"><p>{p}</p></div>'
                      for p in analysis[1])
    if correction:
        blocks.append(f'<div data-component="text-block" class="nbs-correction"><p><em>'
                      f"{correction}</em></p></div>")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{_plain(title)} - NBS News</title>",
        '<meta property="og:site_name" content="NBS News">',
        f'<meta property="og:title" content="{_plain(title)}">',
        "</head><body>",
        '<div id="nbs-cookie-banner"><h2>Let us know you agree to cookies</h2><p>We use '
        "cookies to give you the best online experience. Please let us know if you agree to "
        "all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to "
        "settings</button></div>",
        '<header role="banner"><a href="#main-content" class="nbs-skip">Skip to content</a>'
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/weather">Weather</a> <a href="/listen">Listen</a> '
        '<a href="/watch">Watch</a></nav>'
        '<nav class="nbs-sub"><a href="/news/world">World</a> '
        '<a href="/news/business">Business</a> <a href="/news/politics">Politics</a> '
        '<a href="/news/technology">Tech</a> <a href="/news/science">Science</a> '
        '<a href="/news/verify">NBS Verify</a></nav></header>',
        '<main id="main-content"><article>',
        f'<header><h1 id="main-heading">{title}</h1>',
        f'<div class="nbs-meta">{stamp}</div>' if stamp else "",
        f'<div data-component="byline-block"><p><span>{author}</span><br>'
        f"<span>{role}</span></p></div></header>",
        fig,
        *blocks,
        '<div class="nbs-share"><button>Share</button> <a href="#">Copy link</a> '
        '<a href="#">About sharing</a></div>',
        "</article>",
        '<section class="nbs-more"><h2>More on this story</h2><ul>' + _links(related)
        + "</ul></section>",
        '<section class="nbs-top"><h2>Top Stories</h2><ul>' + _links(top) + "</ul></section>",
        "</main>",
        '<footer><p>&copy; 2025 National Broadcasting Service. NBS is not responsible for the '
        'content of external sites. <a href="/editorial-guidelines">Read about our approach to '
        "external linking.</a></p></footer>",
        "</body></html>",
    ])


def _gazette_site(title: str, paras: list[str], *, author: str, section: str,
                  popular: list[tuple[str, str]], read_more: tuple[str, str] | None = None,
                  caption: str | None = None) -> str:
    """The Harbor Gazette: a regional paper drowning in ad slots; tables and font tags."""
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if i % 2 == 1 and i < len(paras) - 1:
            body.append(f'<div class="ad-inline" id="div-gpt-ad-inline-{i}">'
                        '<span class="ad-label">ADVERTISEMENT</span></div>')
        if i == 2 and read_more:
            body.append(f'<p class="readmore"><b>Read more:</b> <a href="{read_more[1]}">'
                        f"{read_more[0]}</a></p>")
    cap = ""
    if caption:
        cap = (f'<table class="photo" align="right" width="300"><tr><td>'
               f'<div class="photo-ph"></div></td></tr><tr><td class="cutline">'
               f"<font size=\"1\">{caption}</font></td></tr></table>")
    return "\n".join([
        "<html>",
        f"<head><title>{_plain(title)} | The Harbor Gazette</title>",
        "<script>window.googletag = window.googletag || {cmd: []};</script>",
        "</head>",
        '<body bgcolor="#ffffff">',
        '<div id="top-leaderboard" class="ad ad-728x90"><span class="ad-label">ADVERTISEMENT'
        "</span></div>",
        '<table width="100%" class="hdr"><tr><td><a href="/"><font size="6"><b>The Harbor '
        'Gazette</b></font></a><br><font size="1">Serving Port Ellery and Harbor County since '
        '1889</font></td><td align="right" class="wx">Port Ellery: 58&deg;F, Fog</td></tr>'
        "</table>",
        '<div class="menu"><a href="/local">Local</a> | <a href="/business">Business</a> | '
        '<a href="/nation-world">Nation/World</a> | <a href="/sports">Sports</a> | '
        '<a href="/obituaries">Obituaries</a> | <a href="/eedition">e-Edition</a> | '
        '<a href="/classifieds">Classifieds</a> | <a href="/subscribe">Subscribe</a></div>',
        f'<div class="crumbs"><a href="/">Home</a> &raquo; <a href="#">{section}</a></div>',
        '<table width="100%" id="main"><tr><td valign="top" class="left">',
        f'<div class="article-hed"><font size="5"><b>{title}</b></font></div>',
        f'<div class="byline"><font size="2">By {author}</font></div>',
        '<div class="tools"><a href="#">Facebook</a> | <a href="#">Twitter</a> | '
        '<a href="#">Email</a> | <a href="#">Print</a></div>',
        cap,
        '<div class="article-text">',
        *body,
        "</div>",
        '<div class="newsletter"><b>Get the Morning Tide newsletter.</b> Local news in your '
        'inbox by 6 a.m. <input type="email" placeholder="Email address"> '
        "<button>Sign up</button></div>",
        '<div class="sponsored"><b>Sponsored Stories</b><ul>'
        '<li><a href="#">Harbor County homeowners are switching to this roof coating</a></li>'
        '<li><a href="#">The recliner chair that seniors cannot stop talking about</a></li>'
        "</ul></div>",
        '<div class="comments-note">Comments are closed on this story.</div>',
        '</td><td valign="top" width="310" class="right">',
        '<div class="ad ad-300x250"><span class="ad-label">ADVERTISEMENT</span></div>',
        '<div class="mostpop"><b>Most Popular</b><ol>' + _links(popular) + "</ol></div>",
        '<div class="ad ad-300x600"><span class="ad-label">ADVERTISEMENT</span></div>',
        '<div class="obits-box"><b>Obituaries</b> <a href="/obituaries">View all</a></div>',
        "</td></tr></table>",
        '<div class="footer"><font size="1">The Harbor Gazette &middot; 88 Wharf Street, '
        "Port Ellery &middot; Subscriber services: 1-800-555-0143<br>&copy; 2025 Coastline "
        "Media Group. All rights reserved. Use of this site constitutes acceptance of our "
        "User Agreement.</font></div>",
        "</body></html>",
    ])


# ---------------------------------------------------------------------------------------------
# Hosts
# ---------------------------------------------------------------------------------------------

_PW = "https://www.pacificwire.example"
_DC = "https://www.dailycourier.example"
_KV = "https://www.kvtn7.example"
_MN = "https://marginnotes.example"
_NB = "https://www.nbsnews.example"
_HG = "https://www.harborgazette.example"


# ---------------------------------------------------------------------------------------------
# trade-XA1: the Lisbon round of US-China talks (planted)
# ---------------------------------------------------------------------------------------------

_T1_WIRE = _paras("""
The United States and China have agreed on a framework to put their fragile trade truce back
on track, negotiators from both sides said on Tuesday, after two days of talks in the
Portuguese capital that officials described as frank but constructive.

&#8220;We had two very productive days, and the framework now goes to the two presidents for
their approval,&#8221; U.S. Treasury Secretary Martin Kessler told reporters outside the
riverside government palace where the meetings were held. He declined to give details before
the leaders sign off.

According to a U.S. official briefed on the text, Washington will lower its so-called fentanyl
tariff on Chinese imports to 10% from 20%, while Beijing will resume approving export licences
for rare-earth magnets within 30 days. The official asked not to be named because the document
has not been published.

China&#8217;s delegation was led by Vice Premier Zhao Wenbo, Beijing&#8217;s point man on
economic ties with Washington, and included Commerce Minister Lin Shufen. Lin told state
broadcaster CCTV that the consensus was &#8220;a step toward stable and healthy ties&#8221; and
that Beijing would publish the details once they had been approved.

Kessler was joined at the table by Commerce Secretary Paula Ostrander and U.S. Trade
Representative Dana Whitlock.

The Lisbon meeting was the second round since the two sides agreed in May to suspend for
90&nbsp;days most of the tariffs they had traded in April. That pause expires on Aug. 12, and
neither side said on Tuesday whether it would be extended.

The delegations plan to meet again in Stockholm in late July, the U.S. official said. A date
has not been set.

Rare earths have become Beijing&#8217;s most effective lever in the dispute. Export curbs
imposed in April left car and electronics makers in Europe, Japan and the United States
scrambling for magnets, and several suppliers warned of production halts.

Business groups welcomed the outcome but said companies needed to see licences being issued.
&#8220;A framework is good news. Licences in hand would be better news,&#8221; said Evan
Tolliver, president of the U.S.-China Business Forum.

U.S. stock index futures edged up 0.2% after the announcement.
""")

_T1_COURIER = _paras("""
After a marathon second day of talks that ran for about 10 hours, American and Chinese
negotiators emerged from a palace on Lisbon&#8217;s waterfront late on Tuesday with what both
sides called a framework &#8212; a plan to carry out, rather than replace, the truce they
struck this spring.

On paper it is slim. At its centre is a swap: China resumes issuing export licences for
rare-earth magnets, and the United States halves its so-called fentanyl tariff on Chinese
goods, from 20 per cent to 10 per cent.

&#8220;We&#8217;ve had two very productive days here,&#8221; Treasury Secretary Martin Kessler
said as he left, adding that he expected President Trump and President Xi Jinping to review
the plan &#8220;within days.&#8221;

Across the table sat Vice Premier Zhao Wenbo, the soft-spoken economist who has become
Beijing&#8217;s chief negotiator with Washington. He made no public comment on Tuesday night.

The magnets matter more than their modest trade value suggests. Beijing&#8217;s export curbs,
imposed in April, left carmakers in Detroit and Stuttgart warning of idle assembly lines, and
one Ohio parts supplier told the <em>Courier</em> this month that it had three weeks of stock
left.

For the White House the calculation is different. Officials have leaned on export controls on
chip-design software and jet-engine parts as leverage, and on Tuesday they would not say whether
any of those would be eased as part of the deal.

The next round is expected in Oslo in the second half of July, according to two officials
familiar with the planning.

&#8220;This is a framework for a framework,&#8221; said Maya Reinholt, a trade economist at the
Chatham Ridge Institute. &#8220;It buys time before the Aug. 12 deadline, and time is the one
thing both sides agree they need.&#8221;

That deadline marks the end of the 90-day pause agreed in May, when the two countries stepped
back from tariffs that had climbed above 100 per cent on each other&#8217;s goods.

If the framework holds, exporters on both sides may finally see paperwork move. If it falters,
the August deadline will arrive with the two sides no closer than they were in the spring.
""")

_T1_KVTN = _paras("""
After seven hours of talks on Tuesday, June 17, negotiators from the United States and China
said they had reached a framework to ease trade tensions between the world&#8217;s two largest
economies.

The meetings took place over two days in Lisbon, Portugal. Treasury Secretary Martin Kessler
led the American team, while China&#8217;s side was led by Commerce Minister Zhao Wenbo.

Kessler called the talks &#8220;very productive&#8221; and said the plan now heads to
President Trump and Chinese President Xi Jinping for approval. The White House has not released
the full text.

Under the framework, China is expected to start approving export licenses again for rare earth
magnets, which automakers and electronics companies rely on.

For farmers here in the Valley, the bigger question is whether Chinese buyers come back. China
was once the top overseas market for the region&#8217;s walnuts, and shipments have dropped
sharply since the tariff fight escalated this spring.

&#8220;We&#8217;ve been through this before. A framework is not a purchase order,&#8221; said
Luis Ferreira, who grows walnuts on 400 acres outside Riverbend. &#8220;I&#8217;ll believe it
when the containers are moving.&#8221;

Exporters who ship through the region&#8217;s inland port told KVTN 7 that bookings to Chinese
ports are down by about a third compared with last summer.

The Lisbon talks were the second round since May, when both countries agreed to pause most of
their tariff increases for 90 days while they negotiated.

Rep. Anna Lacerda, whose district covers much of the county, said in a statement that she
welcomed &#8220;any step that gets our crops back on ships.&#8221;

We&#8217;ll have more on this story tonight on KVTN 7 News at 5 and 6.
""")

_T1_BLOG = _paras("""
So we have a framework. After two days in Lisbon, Treasury Secretary Martin Kessler and Vice
Premier Zhao Wenbo have something to take home to their bosses, and the market reaction so far
has been a polite shrug. Here is my read of what we actually know.

<strong>Tariffs.</strong> The U.S. will cut the fentanyl-linked tariff on Chinese goods from 20%
to 15%, according to the readouts circulating after the talks. That is the only tariff line
that moves. Everything else stays where the May truce left it.

<strong>Rare earths.</strong> Beijing resumes approving export licences for magnets within
30&nbsp;days. This is the part that matters for industry. Auto suppliers have been living off
inventory since April, and a 30-day clock is, frankly, slow.

<strong>What is missing.</strong> Nothing on chips. Nothing on soybeans or on the port fees for
Chinese-built ships. Nothing that locks in the truce past its current expiry date of Aug. 12.

U.S. Trade Representative Dana Whitlock put it more bluntly in a
<a href="https://x.example/ustr">post on X</a>: &#8220;Implementation is the whole game
now.&#8221; I agree with her, for once.

<strong>Next.</strong> Another round is pencilled in for Stockholm in late July, before the
pause runs out. If that slips, the August deadline becomes a real cliff rather than a talking
point.

<strong>My take.</strong> A small tariff trim in exchange for magnets is a trade both sides can
sell at home. It is not a deal. I&#8217;m still underweight anything that needs Chinese magnets
to ship product, and I&#8217;ll stay there until the licences show up in customs data.
""")

_T1_PAGES = [
    _page(f"{_PW}/world/china/us-china-agree-framework-lisbon-talks-2025-06-17/",
          _wire_site(
              "US, China agree framework to revive truce after two days of Lisbon talks",
              _T1_WIRE, dateline="LISBON", author="Sofia Marques",
              credits="Reporting by Sofia Marques in Lisbon and Chen Yiming in Beijing; "
                      "Editing by Raymond Ekwueme",
              kicker="World &#8226; China", date_iso="2025-06-17T21:48:00Z",
              date_text="June 17, 2025 9:48 PM UTC",
              caption="U.S. Treasury Secretary Martin Kessler speaks to reporters in Lisbon, "
                      "Portugal, June 17, 2025. Pacific Wire/Ana Pires",
              related=[("Japan&#8217;s exports fall 1.7% in May as US tariffs bite",
                        "/markets/asia/japan-exports-may/"),
                       ("EU and India push to close trade deal by year-end",
                        "/world/eu-india-trade/"),
                       ("Wall Street ends higher as chipmakers rally; Nasdaq gains 1.1%",
                        "/markets/us/stocks-close/"),
                       ("Canada says steel talks with Washington in &#8216;intense phase&#8217;",
                        "/world/americas/canada-steel/")])),
    _page(f"{_DC}/business/2025/06/18/lisbon-trade-talks-framework/",
          _courier_site(
              "Lisbon talks yield a trade framework. The hard part comes next.", _T1_COURIER,
              standfirst="Negotiators from Washington and Beijing say they have a plan to "
                         "rescue the spring truce. Their leaders still have to sign it.",
              author="Helen Strand", section="Business", date_text="June 18, 2025",
              read_more=("Rare earths 101: why a handful of metals can stop a car plant",
                         "/business/2025/05/30/rare-earths-explainer/"),
              topics="Trade, China, Tariffs",
              most_read=[("Mortgage rates dip to 6.81%, lowest since April", "/mr/1"),
                         ("Forecasters expect 13 to 19 named storms this hurricane season",
                          "/mr/2"),
                         ("City council approves $2.1bn transit plan in 9-4 vote", "/mr/3"),
                         ("Chip designer to cut 1,200 jobs as orders slump", "/mr/4"),
                         ("The 40 best summer reads, chosen by our critics", "/mr/5")])),
    _page(f"{_KV}/news/national/us-china-trade-talks-lisbon-valley-growers",
          _kvtn_site(
              "US-China trade talks wrap up in Lisbon as Valley growers watch closely",
              _T1_KVTN, author="Marco Delgado",
              video_label="Valley walnut growers react to trade talks",
              trending=[("Grass fire near Highway 99 burns 250 acres; crews reach 60% "
                         "containment", "/t/1"),
                        ("School board votes 4-1 to extend superintendent&#8217;s contract",
                         "/t/2"),
                        ("Heat advisory: highs near 104 expected Friday", "/t/3")])),
    _page(f"{_MN}/2025/06/the-lisbon-framework-whats-in-it/",
          _margin_blog(
              "The Lisbon framework: what&#8217;s in it, and what isn&#8217;t", _T1_BLOG,
              author="Greg Vasquez",
              bio="Greg spent fourteen years on a bank trading desk before deciding he would "
                  "rather write about markets than lose money in them.",
              post_id=4812, category="Trade", tags=["China", "tariffs", "rare earths"],
              pullquote=(3, "&#8220;We had two very productive days, and the framework now "
                            "goes to the two presidents.&#8221; &#8212; Martin Kessler"),
              comments=14,
              recent=[("May CPI: core at 0.1% m/m and why I don&#8217;t trust it", "/p/1"),
                      ("The ECB cut to 2% and nobody blinked", "/p/2"),
                      ("Geneva, ninety days, and a lot of hope", "/p/3")])),
]

_T1_PLANTED = [
    ("duration", r"(?<![\d.])10 ?(hours?|hrs?|h)\b|\bten hours|600 ?min",
     r"(?<![\d.])7 ?(hours?|hrs?|h)\b|\bseven hours|420 ?min"),
    ("tariff rate", r"(?<![\d.])10(\.0+)? ?(%|percent|per cent|pct)",
     r"(?<![\d.])15(\.0+)? ?(%|percent|per cent|pct)"),
    ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
    ("venue of next round", r"stockholm", r"oslo"),
]


# ---------------------------------------------------------------------------------------------
# trade-XA2: the 90-day extension of the tariff truce (control: no planted disagreement)
# ---------------------------------------------------------------------------------------------

_T2_WIRE = _paras("""
The United States and China extended their tariff truce by another 90 days, to Nov. 10, hours
before it was due to lapse, with Washington and Beijing announcing matching moves on Tuesday,
Beijing time.

President Donald Trump signed an executive order at 8:45 a.m. on Tuesday, Beijing time,
keeping U.S. tariffs on most Chinese goods at 30%. Minutes later China&#8217;s Ministry of
Commerce said it would keep its own duties on American goods at 10% for the same period.

Without the extension, U.S. duties on Chinese imports would have snapped back to 145% and
China&#8217;s duties on American goods to 125%.

The ministry, often known by its acronym MOFCOM, also said it would keep suspended for another
90 days the measures it took in April against 17 U.S. companies placed on its export control
list. It said a fuller notice would follow later in the day.

Wang Jiahui, China&#8217;s international trade representative and vice minister of commerce,
said the extension showed that &#8220;dialogue on an equal footing works.&#8221;

In Washington, U.S. Trade Representative Dana Whitlock said the extension &#8220;gives
negotiators room to finish the job.&#8221;

The truce was first agreed in May after talks in Geneva, and a framework to implement it was
reached in Lisbon in June. Officials have met several times since without settling disputes
over chips, rare earths and fentanyl.

The United States imported $438.9 billion of goods from China last year, according to Commerce
Department data.

Analysts said the extension removed an immediate threat but left the main quarrels unresolved.
&#8220;It&#8217;s a stay of execution, not a pardon,&#8221; said Li Wen-hsuan, a strategist at
Harbour Crest Securities in Hong Kong.

Farm groups in the U.S. Midwest have been pressing for Chinese purchases of soybeans. China
bought about 27 million metric tons of U.S. soybeans last year but has not booked any cargoes
from the new crop.
""")

_T2_NBS = _paras("""
The US and China have extended a pause on steep tariff increases for a further 90 days, pushing
the deadline back to 10 November.

President Donald Trump signed an executive order late on Monday, Washington time, hours before
the existing truce was due to expire. Beijing announced a matching extension shortly
afterwards, on Tuesday morning local time.

Had the pause lapsed, tariffs would have jumped by 115 percentage points on both sides, to
levels that businesses had warned would amount to a trade embargo.

Instead the US will keep a 30% levy on most Chinese goods, and China a 10% levy on American
products, while talks continue.

In a fuller notice published on Tuesday afternoon, China&#8217;s commerce ministry said the
suspension of its export control measures now covered 28 US companies, up from the 17 it had
named in its first statement in the morning.

Vice Commerce Minister Wang Jiahui said the move showed that &#8220;equal dialogue
works&#8221;, in comments carried by state media.

The two economies remain deeply entwined. The US bought nearly $440bn (about &#163;325bn) of
Chinese goods last year.

Shares in Shanghai closed 0.5% higher on Tuesday, while Hong Kong&#8217;s Hang Seng index was
little changed.
""")

_T2_NBS_ANALYSIS = ("Priya Lindgren, Business correspondent", _paras("""
The extension buys time, but the hard questions have not gone away. Washington still wants
Beijing to do more on fentanyl; Beijing wants relief from American export controls on advanced
chips.

For exporters on both sides of the Pacific, another three months of certainty is welcome. But
few firms will make long-term investment decisions on the strength of a truce that has to be
renewed every quarter.
"""))

_T2_BLOG = _paras("""
The tariff truce lives another 90 days. Late on Monday, August 11 (Washington time), the White
House and China&#8217;s MOFCOM both extended the pause to November 10th, which means the
snapback that markets were half-pricing in is off the table until the holidays.

For the record, the snapback would have been brutal: a jump of 115 percentage points on both
sides, taking U.S. duties on Chinese goods to 145% and China&#8217;s on U.S. goods to 125%.
Nobody sane wanted that, and nobody got it.

<strong>Soybeans are the tell.</strong> China bought roughly a billion bushels of U.S. soybeans
last year. So far it hasn&#8217;t booked a single cargo of new-crop beans, and Brazil is more
than happy to fill the gap. If you want to know whether this truce is turning into a deal, watch
the weekly export sales report, not the press releases.

<strong>Who to watch.</strong> On the Chinese side, keep an eye on China&#8217;s international
trade representative, Wang Jiahui. She did the heavy lifting in Geneva and in Lisbon, and her
line on the extension (&#8220;dialogue on an equal footing works&#8221;) is about as warm as
Beijing gets in public.

<strong>What I&#8217;m watching.</strong> Chips, fentanyl, and whether anyone commits a purchase
number to paper. Until then this is a holding pattern, and holding patterns are fine for
markets right up until they aren&#8217;t.

Also worth noting: the pause covers tariffs only. The export controls on chips are a separate
fight, and nothing announced this week touches them.

<strong>Positioning.</strong> I&#8217;m trimming the hedges I put on in July but not removing
them. Three months goes quickly.
""")

_T2_GAZETTE = _paras("""
President Donald Trump signed an order Monday, Aug. 11, at 8:45 p.m. Eastern time, extending a
pause on higher tariffs on Chinese goods for another 90 days and sparing local importers a jump
in duties that would have taken effect at 12:01 a.m. Tuesday.

The extension runs until Nov. 10. China announced a matching move, keeping its tariffs on U.S.
goods at 10%.

Without the order, duties on most Chinese goods would have soared to 145% from the current 30%.

&#8220;The extension gives our negotiators the room to finish the job,&#8221; U.S. Trade
Representative Dana Whitlock said in a statement.

At the Port of Ellery, where goods from China make up the largest share of inbound containers,
the news was greeted with relief. &#8220;We had customers asking whether they should hold
cargo at sea,&#8221; said port director Sandra Okoye. &#8220;Now they can plan through the
fall.&#8221;

Rick Thibodeau, who imports garden furniture through a warehouse on Cannery Row, said he had
delayed two orders while waiting for the decision. &#8220;I&#8217;ll place them this week,&#8221;
he said. &#8220;Ninety days is not forever, but it&#8217;s long enough to get product on the
floor for the holidays.&#8221;

The port handled about 410,000 containers last year, and port officials have warned that a
sudden jump in tariffs could cost dockworkers shifts.

Nationally, the U.S. imported $438.9 billion in goods from China last year.

Harbor County Commissioner Joan Petrakis said the county would keep pressing Washington for a
longer-term agreement. &#8220;Our port runs on predictability,&#8221; she said.
""")

_T2_PAGES = [
    _page(f"{_PW}/world/china/us-china-extend-tariff-truce-90-days-2025-08-12/",
          _wire_site(
              "US, China extend tariff truce by 90 days, averting snapback to triple-digit "
              "duties", _T2_WIRE, dateline="BEIJING", author="Chen Yiming",
              credits="Reporting by Chen Yiming in Beijing and Andrea Kowalczyk in Washington; "
                      "Editing by Tom Hallsworth",
              kicker="World &#8226; China", date_iso="2025-08-12T01:30:00Z",
              date_text="August 12, 2025 1:30 AM UTC",
              related=[("India&#8217;s July inflation slows to 1.55%, lowest in eight years",
                        "/world/india/cpi-july/"),
                       ("Australia&#8217;s central bank cuts rates to 3.6%",
                        "/markets/rates/rba-august/"),
                       ("Oil falls 1% as supply worries ease", "/business/energy/oil/")])),
    _page(f"{_NB}/news/business-71234567",
          _nbs_site(
              "US and China pause tariff hikes for another three months", _T2_NBS,
              author="Owen Carrick", role="Business reporter",
              date_text="12 August 2025", date_iso="2025-08-12T07:10:00Z",
              updated="Updated 12:40 GMT",
              caption="Shipping containers stacked at a port in eastern China",
              analysis=_T2_NBS_ANALYSIS,
              related=[("What are tariffs and how do they work?", "/news/business-1"),
                       ("How the US-China trade war has unfolded", "/news/business-2"),
                       ("China&#8217;s exports beat forecasts in July", "/news/business-3")],
              top=[("Wildfires force 8,000 to flee homes in southern Spain", "/news/w-1"),
                   ("Ukraine peace talks: what we know so far", "/news/w-2"),
                   ("UK unemployment rises to 4.7%", "/news/b-4")])),
    _page(f"{_MN}/2025/08/truce-extended-now-what/",
          _margin_blog(
              "Truce extended to November 10th. Now what?", _T2_BLOG, author="Greg Vasquez",
              bio="Greg spent fourteen years on a bank trading desk before deciding he would "
                  "rather write about markets than lose money in them.",
              post_id=5190, category="Trade", tags=["China", "soybeans", "tariffs"],
              comments=9,
              recent=[("July CPI: shelter cools, services don&#8217;t", "/p/4"),
                      ("Why I&#8217;m not buying the 2-year here", "/p/5"),
                      ("Jackson Hole preview: three things to listen for", "/p/6")])),
    _page(f"{_HG}/nation-world/tariff-truce-extended-port-ellery-shippers",
          _gazette_site(
              "Tariff truce extended; Port Ellery shippers exhale", _T2_GAZETTE,
              author="Warren Pike, Gazette Business Editor", section="Business",
              read_more=("Port Ellery council weighs $14 million dredging plan",
                         "/local/dredging-plan"),
              popular=[("Two hurt in Route 1 crash near Ocean Bluff", "/l/1"),
                       ("Harbor High falls 28-21 in season opener", "/l/2"),
                       ("Fish plant to add 45 jobs this fall", "/l/3"),
                       ("Police log: Aug. 4-10", "/l/4")])),
]

_T2_PLANTED: list[tuple[str, str, str]] = []


# ---------------------------------------------------------------------------------------------
# court-XA1: the Federal Circuit ruling on emergency tariffs (planted)
# ---------------------------------------------------------------------------------------------

_C1_COURIER = _paras("""
A federal appeals court ruled on Thursday that most of the sweeping tariffs President Trump
imposed under an emergency-powers law were unlawful, handing the White House its most
significant legal defeat yet on trade.

The U.S. Court of Appeals for the Federal Circuit, sitting as a full 11-judge court, ruled 7-4
that the International Emergency Economic Powers Act does not give the president authority to
impose tariffs of the breadth and duration at issue.

&#8220;The statute hands the President real power in an emergency,&#8221; the majority wrote in
an unsigned opinion, &#8220;but the power to tax imports is not among the tools Congress
named.&#8221;

The court left the tariffs in place until Oct. 14 so that the administration can ask the
Supreme Court to take up the case.

Judge Harold Brennick wrote for the dissent, joined by three colleagues, arguing that the
law&#8217;s power to &#8220;regulate importation&#8221; plainly includes tariffs.

White House spokeswoman Kara Lindqvist said in a statement: &#8220;All of the president&#8217;s
tariffs remain in effect, and we will ask the Supreme Court to reverse this decision.&#8221;

The ruling upholds a May 28 decision by the U.S. Court of International Trade in New York,
which found the tariffs exceeded the president&#8217;s powers. The case was brought by five
small businesses, led by an Albany, N.Y., wine importer, and by 12 states led by Oregon.

The decision does not affect tariffs on steel, aluminum and autos, which were imposed under a
separate national-security law, Section 232 of the Trade Expansion Act.

Customs and Border Protection had collected $95.7 billion in duties under the emergency
tariffs through the end of August, according to agency figures, raising the question of refunds
if the ruling stands.

Trade lawyers said the Supreme Court was likely to move quickly. &#8220;This is going to the
justices, and fast,&#8221; said Nadia Forsythe, a former Commerce Department official now at
the law firm Halberd &amp; Crane.
""")

_C1_KVTN = _paras("""
A federal appeals court on Thursday, Sept. 4, ruled that many of the tariffs imposed by
President Trump under an emergency-powers law are illegal &#8212; but the tariffs aren&#8217;t
going away just yet.

The U.S. Court of Appeals for the Federal Circuit said the tariffs can stay in place until
Oct. 17 while the administration appeals to the U.S. Supreme Court.

The White House says it will do exactly that. &#8220;All of the president&#8217;s tariffs
remain in effect, and we will ask the Supreme Court to reverse this decision,&#8221;
spokeswoman Kara Lindqvist said.

The case was brought by a group of small businesses and a dozen states.

For Marisol Ortega, who imports restaurant equipment for her shop in Riverbend, the ruling
brought hope but not relief. &#8220;I&#8217;ve paid more in tariffs this year than I&#8217;ve
paid myself,&#8221; she said. &#8220;If there&#8217;s a refund, I&#8217;ll believe it when I
see it.&#8221;

Legal experts say businesses shouldn&#8217;t expect refunds any time soon. Even if the Supreme
Court agrees with the lower courts, getting money back from U.S. Customs could take months.

Tariffs on steel, aluminum and cars are not affected by the ruling because they were imposed
under a different law.

The appeals court, which is based in Washington, D.C., upheld a decision made in May by the
Court of International Trade.

Valley farm groups, which have watched export markets shrink during the tariff fight, said they
hoped the ruling would push both sides back toward negotiations.

Stay with KVTN 7 News for updates on this developing story.
""")

_C1_GAZETTE = _paras("""
The nation&#8217;s top trade appeals court has ruled 8-3 that President Trump overstepped his
authority when he used an emergency-powers law to impose tariffs on goods from nearly every
country.

The Sept. 4 decision by the U.S. Court of Appeals for the Federal Circuit upheld a ruling issued
in May by the Court of International Trade. The tariffs will stay in place until Oct. 14 to
give the government time to appeal to the Supreme Court.

Oregon Attorney General Tomas Ruelas, whose office led the 12 states that sued, called the
decision &#8220;a win for every family that has been paying these taxes at the checkout
line.&#8221;

The law at the center of the case, the International Emergency Economic Powers Act of 1977,
allows the president to &#8220;regulate&#8221; imports during a national emergency. The
majority said that power does not stretch to open-ended tariffs.

At Tidewater Marine Supply on Wharf Street, owner Curtis Bell said tariffs had raised the cost
of the outboard motors he sells by roughly a fifth since spring. &#8220;I&#8217;m not
celebrating until the prices come down,&#8221; he said.

Port of Ellery officials said they expected no immediate change in cargo volumes while the case
moves to the Supreme Court.

The ruling does not touch the separate tariffs on steel and aluminum, which matter more to the
county&#8217;s boatyards than the broader import taxes do.

&#8220;For our members, steel is the whole story,&#8221; said Dana Kowal of the Harbor County
Marine Trades Association. &#8220;This ruling doesn&#8217;t change what we pay for it.&#8221;
""")

_C1_NBS = _paras("""
A US appeals court has ruled that most of President Donald Trump&#8217;s sweeping global
tariffs are illegal, in a decision issued on Thursday.

The Court of Appeals for the Federal Circuit in Washington DC ruled by seven votes to four that
the president had exceeded his powers by using an emergency law to impose the levies.

But it allowed the tariffs to remain in place until the middle of October, so that the
administration can appeal to the Supreme Court.

&#8220;All of the president&#8217;s tariffs remain in effect, and we will ask the Supreme Court
to reverse this decision,&#8221; Commerce Secretary Paula Ostrander said in a statement.

The ruling upheld a decision in May by the Court of International Trade, a specialist court
based in New York.

The challenge was brought by five small businesses and by 12 US states, led by Oregon.

The tariffs at issue include the 10% baseline levy on imports from most countries announced in
April, as well as higher rates on dozens of trading partners.

The US had collected nearly $96bn in such duties by the end of August.

Tariffs on steel, aluminium and cars, imposed under a different law, are not affected.
""")

_C1_NBS_ANALYSIS = ("Anthony Reyes, North America business correspondent", _paras("""
This is a serious blow to the White House, but it is not the end of the story. The tariffs stay
in place for now, and the administration has made clear it will fight all the way.

If the Supreme Court agrees with the lower courts, the government could face claims for refunds
running into tens of billions of dollars, and its leverage in trade talks would shrink.
"""))

_C1_PAGES = [
    _page(f"{_DC}/politics/2025/09/04/appeals-court-emergency-tariffs-illegal/",
          _courier_site(
              "Appeals court rules most of Trump&#8217;s emergency tariffs are illegal",
              _C1_COURIER,
              standfirst="A divided Federal Circuit upheld a trade court&#8217;s ruling but left "
                         "the duties in place while the administration appeals.",
              author="Jonah Whitaker", section="Politics", date_text="Sept. 4, 2025",
              date_iso="2025-09-04T19:30:00-04:00",
              read_more=("What the Section 232 tariffs cover, and what they don&#8217;t",
                         "/business/2025/08/20/section-232-explainer/"),
              topics="Tariffs, Courts, Trade",
              most_read=[("Labor Day traffic deaths fall to 412, safety council says", "/mr/6"),
                         ("Senate confirms new ambassador to Japan, 51-47", "/mr/7"),
                         ("Apple unveils thinner phone with $999 starting price", "/mr/8"),
                         ("Opinion: The tariff refunds nobody planned for", "/mr/9")])),
    _page(f"{_KV}/news/national/appeals-court-tariffs-ruling-valley-businesses",
          _kvtn_site(
              "Court rules against emergency tariffs; what it means for Valley businesses",
              _C1_KVTN, author="Priya Natarajan",
              video_label="Local importers react to tariff ruling",
              trending=[("Fair opens Friday with $5 admission before noon", "/t/4"),
                        ("Deputies: 2 arrested after pursuit on Route 4", "/t/5"),
                        ("First rain of the season could bring 0.3 inches", "/t/6")])),
    _page(f"{_HG}/business/appeals-court-emergency-tariffs-exceed-power",
          _gazette_site(
              "Appeals court: emergency tariffs exceed president&#8217;s power", _C1_GAZETTE,
              author="Warren Pike, Gazette Business Editor", section="Business",
              read_more=("Boatyard owners brace for higher steel costs",
                         "/business/boatyards-steel"),
              caption="File photo: Containers wait on the dock at the Port of Ellery. "
                      "(Gazette photo)",
              popular=[("Harbor County fair draws record crowd of 61,000", "/l/5"),
                       ("Ferry fares rise 50 cents on Oct. 1", "/l/6"),
                       ("Obituary: Margaret &#8216;Peg&#8217; Lindholm, 94", "/l/7")])),
    _page(f"{_NB}/news/world-us-canada-71299881",
          _nbs_site(
              "US appeals court rules Trump&#8217;s global tariffs unlawful", _C1_NBS,
              author="Michael Osei", role="Business reporter", date_text="5 September 2025",
              caption="Containers stacked at a port in California",
              analysis=_C1_NBS_ANALYSIS,
              related=[("Trump tariffs: the list of countries and rates", "/news/business-4"),
                       ("What is IEEPA, the law behind the tariffs?", "/news/business-5"),
                       ("US jobs growth slows sharply in July", "/news/business-6")],
              top=[("Floods in Pakistan: death toll passes 800", "/news/w-3"),
                   ("Premier League transfer window: the 10 biggest deals", "/news/s-1"),
                   ("UK borrowing costs hit 27-year high", "/news/b-7")])),
]

_C1_PLANTED = [
    ("vote", r"(?<![\d.])7\s*(-|–|—|to)\s*4(?![\d.])|seven[- ]to[- ]four|"
             r"seven votes|\bseven\b|(?<![\d.])7(?![\d.])",
     r"(?<![\d.])8\s*(-|–|—|to)\s*3(?![\d.])|eight[- ]to[- ]three|"
     r"eight votes|\beight\b|(?<![\d.])8(?![\d.])"),
    ("date", r"oct(ober|\.)? ?14\b|\b14 oct|2025-10-14|\b10/14\b",
     r"oct(ober|\.)? ?17\b|\b17 oct|2025-10-17|\b10/17\b"),
    ("speaker", r"lindqvist", r"ostrander"),
]


# ---------------------------------------------------------------------------------------------
# court-XA2: the EU General Court ruling on Corvane's fine (planted)
# ---------------------------------------------------------------------------------------------

_C2_WIRE = _paras("""
Europe&#8217;s General Court on Wednesday cut to 412 million euros ($479 million) a 1.06
billion euro fine imposed on U.S. chipmaker Corvane Semiconductor, saying EU regulators had
failed to prove part of their case that the company abused its dominance of the market for PC
processors.

The Luxembourg-based court upheld the European Commission&#8217;s finding that Corvane paid
computer makers to delay or cancel the launch of laptops built with a rival&#8217;s chips, but
annulled the larger part of the 2019 decision, which concerned loyalty rebates.

The Commission &#8220;did not establish to the required legal standard that the rebates were
capable of foreclosing competitors,&#8221; the judges said.

Commission spokesperson Ines Vandermeer said the EU executive took note of the judgment and
would study it carefully before deciding on next steps. It can appeal on points of law to the
Court of Justice, the bloc&#8217;s top court, within two months and 10 days.

Corvane, headquartered in Sacramento, California, said it welcomed the ruling.

According to the Commission&#8217;s original decision, the conduct ran from 2008 to 2012, when
Corvane supplied the large majority of processors used in Windows laptops sold in Europe.

The General Court is the lower of the EU&#8217;s two courts, and its judgments can be
challenged only on points of law. Corvane had provided a bank guarantee for the fine while it
contested the decision.

Corvane shares rose 2.1% in premarket trading in New York.

The judgment is the latest in a series of setbacks for EU antitrust enforcers in long-running
cases over rebates, which courts have required regulators to analyse in more economic detail
than they once did.
""")

_C2_BLOG = _paras("""
Good news for Corvane shareholders this morning: the EU&#8217;s General Court has cut the
company&#8217;s &#8364;1.6 billion antitrust fine to &#8364;412 million, throwing out the
Commission&#8217;s rebate theory while keeping the so-called &#8220;naked restrictions&#8221;
finding.

Quick refresher. Back in 2019, the European Commission found that Corvane had given PC makers
rebates on condition that they buy nearly all their processors from it, and had paid some of
them to hold back laptops built around a rival&#8217;s chips. The conduct ran from 2008 to
2012.

Today&#8217;s judgment keeps the second half of that and throws out the first. The court said
the Commission hadn&#8217;t shown that the rebates were actually capable of pushing competitors
out of the market, which has been the recurring weak point in these cases for a decade.

Corvane&#8217;s general counsel, Rhea Castellano, called the ruling &#8220;a clear vindication of
how we compete,&#8221; which is a stretch when you still owe &#8364;412 million.

The Commission says it will study the judgment. It has two months and ten days to appeal to the
Court of Justice, and given how the last few of these have gone, I wouldn&#8217;t bet the house
on an appeal succeeding.

<strong>What it means for the stock.</strong> Not much, honestly. Corvane provisioned for the
full amount years ago, so the reduction shows up as a one-time gain. The shares were up about 2%
in early trading, which feels right.

<strong>What it means for Brussels.</strong> Rebate cases are now very hard to win. Expect the
Commission to lean on the new digital rules instead, where it doesn&#8217;t have to prove harm
the old-fashioned way.
""")

_C2_KVTN = _paras("""
Corvane Semiconductor, one of the region&#8217;s biggest employers, won a partial victory in a
European court on Wednesday, Oct. 15, when judges cut an antitrust fine the company was hit
with in 2017 to 412 million euros.

The General Court of the European Union said regulators had not proved all of their case
against the Sacramento-based company, which employs about 2,300 people at its campus in Lodi.

The European Commission had accused Corvane of using rebates and payments to computer makers to
keep a competitor&#8217;s chips out of laptops.

&#8220;Today&#8217;s ruling is a clear vindication of the way we compete,&#8221; Corvane
general counsel Rhea Castellano said in a statement.

Employees we spoke with outside the Lodi campus said the news was welcome, but few expected it
to change much day to day. &#8220;It&#8217;s good for the company, so it&#8217;s good for us,
I guess,&#8221; said one engineer, who asked not to be named.

European officials said they would study the decision. The Commission can still appeal to the
EU&#8217;s highest court.

The fine has been the subject of legal wrangling for years, and Corvane has said in the past
that the money was set aside long ago.

Corvane shares rose in early trading on Wall Street after the decision was announced.

Lodi Mayor Frank Estrada said the city was &#8220;glad to see one of our anchor employers
get some good news,&#8221; and noted that Corvane is in the middle of expanding its campus.

KVTN 7 will have more on this story tonight at 6.
""")

_C2_NBS = _paras("""
The EU&#8217;s General Court has reduced a competition fine imposed on US chipmaker Corvane
Semiconductor from &#8364;1.06bn to &#8364;412m (about &#163;358m).

The Strasbourg-based court said the European Commission had not proved that rebates Corvane
offered to computer makers harmed rivals, although it upheld the finding that the firm paid
manufacturers to delay products using a competitor&#8217;s chips.

The Commission fined Corvane in 2019 after a long-running investigation into its treatment of
PC makers.

Corvane had argued that the Commission misread the economics of its rebates and ignored
evidence that rival chipmakers gained ground during the period under investigation.

The case is one of several in which EU judges have demanded that regulators show a rebate
scheme actually harmed competition, rather than assume that it did.

A Commission spokesperson, Ines Vandermeer, said: &#8220;We take note of the judgment and will
study it carefully before deciding on next steps.&#8221;

The Commission has two months and ten days to lodge an appeal with the Court of Justice, the
EU&#8217;s highest court.

The company, based in Sacramento, California, makes processors for laptops and servers.

Corvane said it was pleased with the ruling.
""")

_C2_NBS_ANALYSIS = ("Katrin Vogel, Europe business correspondent", _paras("""
The ruling is the latest in a run of defeats for Brussels in cases about rebates, and it will
sharpen questions about whether the Commission&#8217;s older competition tools are fit for
purpose.

Officials increasingly prefer the EU&#8217;s newer digital rules, which set out obligations in
advance rather than requiring regulators to prove harm after the fact. For big tech and chip
firms, that may prove the more important battleground.
"""))

_C2_PAGES = [
    _page(f"{_PW}/legal/eu-court-cuts-corvane-fine-2025-10-15/",
          _wire_site(
              "EU court slashes Corvane antitrust fine to 412 million euros", _C2_WIRE,
              dateline="LUXEMBOURG", author="Pieter Lannoo",
              credits="Reporting by Pieter Lannoo; Additional reporting by Clara Eichner in "
                      "Brussels; Editing by Hugh Darrow",
              kicker="Legal &#8226; Litigation", date_iso="2025-10-15T09:58:00Z",
              date_text="October 15, 2025 9:58 AM UTC",
              related=[("Dutch court orders chip equipment maker to pay 2.4 million euros "
                        "in patent case", "/legal/dutch-patent/"),
                       ("EU fines car parts makers 458 million euros over cartel",
                        "/legal/eu-cartel-fine/"),
                       ("ECB keeps rates at 2%, sees no rush to move", "/markets/ecb/")])),
    _page(f"{_MN}/2025/10/corvane-wins-most-of-its-eu-fine-fight/",
          _margin_blog(
              "Corvane wins (most of) its EU fine fight", _C2_BLOG, author="Dee Okonkwo",
              bio="Dee covers tech and semis for Margin Notes. Former sell-side analyst, "
                  "current skeptic.",
              post_id=5733, category="Tech", tags=["Corvane", "EU", "antitrust"],
              date_iso="2025-10-15T13:20:00-04:00", date_text="October 15, 2025",
              comments=6,
              recent=[("TSMC-style capex and what it tells us", "/p/7"),
                      ("September jobs: the report we didn&#8217;t get", "/p/8"),
                      ("Gold at $4,000: now what?", "/p/9")])),
    _page(f"{_KV}/news/local/corvane-wins-partial-victory-european-court",
          _kvtn_site(
              "Valley chipmaker Corvane wins partial victory in European court", _C2_KVTN,
              author="Marco Delgado", video_label="Corvane employees react to court ruling",
              trending=[("Lodi council approves 180-home subdivision", "/t/7"),
                        ("Pumpkin patch guide: 12 farms to visit this fall", "/t/8"),
                        ("Frost advisory issued for Thursday morning", "/t/9")])),
    _page(f"{_NB}/news/business-71455302",
          _nbs_site(
              "EU court cuts chipmaker Corvane&#8217;s competition fine", _C2_NBS,
              author="Sophie Lambert", role="Technology reporter",
              analysis=_C2_NBS_ANALYSIS,
              related=[("EU&#8217;s digital rules: what they mean for big tech",
                        "/news/technology-1"),
                       ("Chipmaker shares slide on weak PC demand", "/news/business-8"),
                       ("Apple fined &#8364;500m under EU digital rules", "/news/technology-2")],
              top=[("Gaza ceasefire: hostages and prisoners exchanged", "/news/w-4"),
                   ("Bank of England warns of AI bubble risk", "/news/b-9"),
                   ("Louvre closed after jewel theft", "/news/w-5")])),
]

_C2_PLANTED = [
    ("fine", r"(?<![\d.,])1[.,]06 ?(bn|billion)|(?<![\d.,])1,?060 ?(m|mn|million)",
     r"(?<![\d.,])1[.,]6 ?(bn|billion)|(?<![\d.,])1,?600 ?(m|mn|million)"),
    ("year", r"\b2019\b", r"\b2017\b"),
    ("place", r"luxembourg", r"strasbourg"),
]


# ---------------------------------------------------------------------------------------------
# cb-XA1: the Federal Reserve's September cut (planted)
# ---------------------------------------------------------------------------------------------

_B1_WIRE = _paras("""
The Federal Reserve cut interest rates by a quarter of a percentage point on Wednesday, its
first reduction since December, and signaled that two more cuts were likely before the end of
the year as concern about a weakening job market outweighed worries about stubborn inflation.

The Fed&#8217;s rate-setting committee lowered its benchmark overnight rate to the 4.00%-4.25%
range in an 11-1 vote. Governor Miriam Okafor dissented in favor of a larger, half-point cut.

New economic projections showed policymakers expect the unemployment rate to end the year at
4.6%, with core inflation at 3.1%.

&#8220;This is a risk-management cut,&#8221; Fed Chair Elaine Marsh told reporters after the
decision. &#8220;The labor market is cooling more than we expected, and we want to get ahead of
that.&#8221;

The cut follows a run of weak employment reports. Employers added just 22,000 jobs in August,
and revisions showed the economy shed jobs in June.

Inflation has stayed well above the Fed&#8217;s 2% target, in part because of tariffs on
imports, and several officials have warned that cutting too quickly could entrench higher
prices.

The decision was announced at 2 p.m. EDT (1800 GMT). U.S. stocks rose briefly after the
statement before paring gains, and the yield on the 2-year Treasury note was little changed.

The Fed&#8217;s next policy meeting is scheduled for Oct. 28-29.

The central bank has been under heavy public pressure from the White House to lower borrowing
costs quickly, and Marsh was asked repeatedly about the Fed&#8217;s independence. &#8220;We
make these decisions on the data, and only on the data,&#8221; she said.

&#8220;The Fed has pivoted from worrying mostly about prices to worrying mostly about
jobs,&#8221; said Darnell Whitfield, chief U.S. economist at Keystone Meridian. &#8220;The
question now is how fast they are willing to go.&#8221;
""")

_B1_COURIER = _paras("""
The Federal Reserve lowered its key interest rate by 25 basis points on Wednesday, to a range of
4 to 4.25 percent, in a move officials framed as insurance against a faltering labor market.

The vote on the Federal Open Market Committee was 11 to 1. Miriam Okafor, a Fed governor,
wanted a deeper, half-point reduction.

&#8220;Think of this as a risk-management cut,&#8221; Chair Elaine Marsh said at her news
conference, adding that the job market had cooled &#8220;more than we expected.&#8221;

Wednesday&#8217;s move was the Fed&#8217;s first change in rates since December, when it made the
last of three cuts in 2024, and it came after months in which officials held steady while they
gauged the effect of tariffs on prices.

Asked about pressure from the White House, Ms. Marsh said the committee&#8217;s decisions were
&#8220;made on the data.&#8221;

The unemployment rate rose to 4.3 percent in August, the highest in nearly four years, and
hiring has slowed to a crawl. In their new forecasts, officials projected it would reach 4.5
percent by the end of the year.

The median official now expects two more quarter-point cuts before the year is out, according
to the Fed&#8217;s closely watched &#8220;dot plot,&#8221; though the range of views on the
committee is unusually wide.

Officials will next meet on Nov. 4-5, when they will have another two months of jobs data in
hand.

For borrowers, the effect will be modest at first. Rates on credit cards and home-equity lines,
which are tied to the Fed&#8217;s benchmark, tend to move within a billing cycle or two.
Mortgage rates, which track longer-term bond yields, had already fallen in anticipation.

The White House, which has pushed for far deeper cuts, did not immediately comment.
""")

_B1_BLOG = _paras("""
As expected, the FOMC delivered 25 bps on Wednesday, September 17, taking fed funds to
4.00&#8211;4.25%. First cut since December. Here are my notes, in the order I care about them.

<strong>The statement.</strong> The language on jobs moved from &#8220;solid&#8221; to
&#8220;has slowed,&#8221; and they added a line saying downside risks to employment have risen.
That sentence did more work than the cut itself. Inflation &#8220;has moved up and remains
somewhat elevated&#8221; &#8212; same old, same old.

<strong>The dots.</strong> The median dot now shows three more cuts this year, which is more
than the market had priced going in. The spread of dots is wide, and one participant is clearly
on another planet, but the median is what moves markets.

<strong>The SEP.</strong> Unemployment projected at 4.5% at year-end; core PCE at 3.1%. In other
words: a weaker labor market and inflation that is still not coming down much. That is not a
comfortable mix.

<strong>The dissent.</strong> Okafor went for 50. Not a surprise to anyone who read her August
speech, and I wouldn&#8217;t be shocked if she has company next time.

<strong>The presser.</strong> Marsh called it a &#8220;risk-management cut.&#8221; Translation:
we don&#8217;t love the inflation numbers, but we love a rising unemployment rate even less.

<strong>Next up.</strong> October 28&#8211;29. If payrolls stay soft, another 25 is close to a
lock.

<strong>Bottom line.</strong> The Fed has told us it cares more about jobs than prices right
now. Believe it, and trade it.

<strong>Positioning.</strong> Still long the front end. Not touching the long bond while the
deficit story is what it is.
""")

_B1_GAZETTE = _paras("""
The Federal Reserve on Wednesday, Sept. 17, cut its benchmark interest rate by a quarter point,
to a range of 4% to 4.25%, the first reduction since December.

The decision drew one dissent, from Fed Governor Stephen Hale, who favored a half-point cut.

Fed Chair Elaine Marsh called the move a &#8220;risk-management cut&#8221; aimed at supporting
a cooling job market.

The Fed&#8217;s benchmark rate sets what banks charge each other for overnight loans and,
indirectly, influences rates on credit cards, auto loans and business credit lines.

Fed officials signaled that more cuts are likely before the end of the year if the job market
keeps cooling.

For Harbor County home buyers, don&#8217;t expect miracles. &#8220;Mortgage rates had already
come down in anticipation of this,&#8221; said Linda Castellanos, a loan officer at Harbor
Federal Credit Union. &#8220;The bigger effect will be on home-equity lines and car loans.&#8221;

The average 30-year fixed mortgage rate was 6.35% last week, according to Freddie Mac.

Savers will feel it too. Yields on high-yield savings accounts and certificates of deposit
tend to drift lower after a Fed cut, local bankers said.

At Bayside Hardware, owner Tom Mulcahy said a lower rate on his line of credit would help him
restock for winter. &#8220;Every quarter point matters when you&#8217;re carrying
inventory,&#8221; he said.

Harbor Federal Credit Union said it would lower the rate on its variable home-equity lines by a
quarter point starting next month.

Not everyone is cheering. Retirees who rely on interest income said they had enjoyed two years
of decent returns on savings. &#8220;I&#8217;m the one person in town hoping rates stay
up,&#8221; joked Evelyn Sorensen, 78, of Ocean Bluff.
""")

_B1_PAGES = [
    _page(f"{_PW}/markets/us/fed-cuts-rates-quarter-point-2025-09-17/",
          _wire_site(
              "Fed cuts rates by a quarter point, signals two more reductions this year",
              _B1_WIRE, dateline="WASHINGTON", author="Andrea Kowalczyk",
              credits="Reporting by Andrea Kowalczyk and Marcus Bell; Editing by Paul Simms",
              kicker="Markets &#8226; US Markets", date_iso="2025-09-17T18:45:00Z",
              date_text="September 17, 2025 6:45 PM UTC",
              caption="Federal Reserve Chair Elaine Marsh holds a news conference in "
                      "Washington. Pacific Wire/Kevin Lam",
              related=[("Bank of Canada cuts rate to 2.5% as economy weakens",
                        "/markets/rates/boc-sept/"),
                       ("Bank of England holds at 4%, slows bond sales",
                        "/markets/rates/boe-sept/"),
                       ("Gold hits record above $3,700 an ounce", "/markets/commodities/")])),
    _page(f"{_DC}/business/2025/09/17/fed-cuts-rates-dissent/",
          _courier_site(
              "Fed trims rates for the first time this year, with one dissent", _B1_COURIER,
              standfirst="Officials cast the cut as insurance against a weakening job market "
                         "and pointed to more easing ahead.",
              author="Helen Strand", section="Economy", date_text="Sept. 17, 2025",
              date_iso="2025-09-17T17:05:00-04:00",
              read_more=("How to read the Fed&#8217;s dot plot", "/business/dot-plot-guide/"),
              topics="Federal Reserve, Interest rates, Economy",
              most_read=[("Jobless claims fall to 231,000", "/mr/10"),
                         ("Housing starts drop 8.5% in August", "/mr/11"),
                         ("Late-night host&#8217;s show pulled after 22 years", "/mr/12"),
                         ("Opinion: The Fed is cutting into a fog", "/mr/13")])),
    _page(f"{_MN}/2025/09/fomc-recap-25-one-dissent-dovish-dots/",
          _margin_blog(
              "FOMC recap: 25 bps, one dissent, and a dot plot that leans dovish", _B1_BLOG,
              author="Greg Vasquez",
              bio="Greg spent fourteen years on a bank trading desk before deciding he would "
                  "rather write about markets than lose money in them.",
              post_id=5481, category="Rates", tags=["Fed", "FOMC", "dot plot"], comments=22,
              recent=[("August retail sales: the consumer refuses to quit", "/p/10"),
                      ("BoJ preview: no move, lots of talk", "/p/11"),
                      ("Why the 10-year is stuck near 4%", "/p/12")])),
    _page(f"{_HG}/business/fed-cuts-key-rate-harbor-county-borrowers",
          _gazette_site(
              "Fed cuts key rate; what it means for Harbor County borrowers", _B1_GAZETTE,
              author="Warren Pike, Gazette Business Editor", section="Business",
              read_more=("Harbor County home prices up 3.2% from a year ago",
                         "/business/home-prices"),
              popular=[("New bakery opens on Front Street", "/l/8"),
                       ("Harbor High wins 35-14 at Cape Lorne", "/l/9"),
                       ("County approves $4.8 million road budget", "/l/10")])),
]

_B1_PLANTED = [
    ("dissenter", r"okafor", r"\bhale\b"),
    ("number of further cuts", r"\btwo\b|(?<![\d.])2(?![\d.])",
     r"\bthree\b|(?<![\d.])3(?![\d.])"),
    ("date of next meeting",
     r"oct(ober|\.)? ?28|\b28 oct|2025-10-2[89]|\b10/2[89]\b",
     r"nov(ember|\.)? ?0?[45]\b|\b[45] nov|2025-11-0[45]|\b11/0?[45]\b"),
    ("unemployment projection", r"(?<![\d.])4\.5(?![\d])", r"(?<![\d.])4\.6(?![\d])"),
]


# ---------------------------------------------------------------------------------------------
# cb-XA2: the Bank of Japan's December rise (control: no planted disagreement)
# ---------------------------------------------------------------------------------------------

_B2_WIRE = _paras("""
The Bank of Japan raised its short-term interest rate to 0.75% from 0.5% on Friday, taking
borrowing costs to their highest level since 1995 and signalling that further increases were
possible if wages keep rising.

The decision, announced at 12:20 p.m. Tokyo time (0320 GMT), was unanimous, with all nine board
members voting in favour.

The yen slipped about 0.3% against the dollar in the minutes after the announcement, to 156.2
per dollar, as some traders had bet on a more hawkish message. The yield on the benchmark
10-year Japanese government bond rose to 2.02%.

The move had been widely expected after Minami said earlier this month that the bank would
weigh the pros and cons of a hike, and overnight swaps had priced in an increase with a
probability of about 90%.

Japanese companies agreed to wage increases averaging more than 5% in this year&#8217;s spring
negotiations, giving the central bank confidence that inflation is becoming driven by pay rather
than by import costs alone.

Finance Minister Reiko Tanabe said the government respected the central bank&#8217;s
independent decision and would &#8220;watch market moves with a high sense of urgency.&#8221;

Governor Haruto Minami will hold a news conference at 3:30 p.m. local time.

Japan&#8217;s core consumer inflation was 3.0% in November, and has stayed above the
BOJ&#8217;s 2% target for more than three and a half years.

The BOJ also kept in place its plan to slow purchases of government bonds, under which monthly
buying will shrink to about 2.9 trillion yen by early next year.

The next policy meeting is scheduled for Jan. 22-23.
""")

_B2_NBS = _paras("""
Japan&#8217;s central bank has raised interest rates to their highest level in 30 years,
lifting its key rate by a quarter of a percentage point to 0.75%.

The Bank of Japan (BOJ) announced the decision shortly after noon on Friday in Tokyo. Its
nine-member board voted unanimously for the rise.

Deputy Prime Minister Reiko Tanabe, who also serves as finance minister, said the government
respected the bank&#8217;s decision.

At a news conference, Governor Haruto Minami said real interest rates remained &#8220;deeply
negative&#8221; and that the bank would keep raising rates if its forecasts were borne out.

By the end of the Tokyo session, the yen was 0.6% weaker against the dollar on the day, at
about 156.6, while the 10-year government bond yield held above 2%.

Japan spent much of the past three decades battling falling prices. The BOJ ended its policy of
negative interest rates only in March 2024.

Inflation has now been above the bank&#8217;s 2% target for more than three years, driven
first by import costs and more recently by rising wages and food prices, including rice.

The bank said it expected underlying inflation to move gradually towards its 2% target, and
that it would continue to raise rates if the economy and prices developed as it forecast.

Shares in Tokyo rose on the news, with investors taking the decision as a sign of confidence in
the economy.

Economists said the bank was likely to move slowly from here.

The increase is expected to feed through to variable-rate mortgages, which most Japanese
homeowners hold.
""")

_B2_BLOG = _paras("""
The Bank of Japan hiked by 25 bps to 0.75% on Friday, December 19 (Tokyo time), taking the
policy rate to its highest since 1995. Unanimous, telegraphed for weeks, and yet the yen
weakened. Let&#8217;s talk about why.

<strong>The vote.</strong> 9&#8211;0. No dissent, which tells you the board has been ready for
this since the autumn and was only waiting for the wage data and a quiet currency market.

<strong>The yen.</strong> The market wanted a clear signal of more hikes and didn&#8217;t get
one. By the close of Tokyo trading dollar-yen was near 156.6, and the carry crowd was
back at it within the hour.

<strong>Tanabe.</strong> Reiko Tanabe, Japan&#8217;s finance minister and deputy prime minister,
said the government respects the BOJ&#8217;s decision &#8212; the standard line. Watch her
comments on the currency, not the rate.

<strong>JGBs.</strong> The 10-year yield pushed above 2%. The taper continues: monthly bond
purchases are set to fall to roughly $18.5 billion by early 2026.

<strong>Inflation.</strong> Core CPI was 3% in November. This is not a central bank racing to
catch up; it is one that is still behind and knows it.

<strong>Next meeting.</strong> January 22&#8211;23. My base case is a hold, then another 25 in
the spring if the wage round comes in hot.

<strong>What could go wrong.</strong> A sharp drop in the yen from here would put the Ministry of
Finance back on intervention watch, and that is the one thing that could make the BOJ move
faster than it wants to. If you see officials start using words like &#8220;excessive&#8221;
and &#8220;speculative,&#8221; pay attention.

<strong>Positioning.</strong> Short yen has worked all year and I&#8217;m not fighting it yet,
but I&#8217;ve tightened the stop.
""")

_B2_KVTN = _paras("""
Japan&#8217;s central bank raised interest rates Thursday night, our time. The Bank of Japan
announced the increase at 7:20 p.m. Thursday, Dec. 18, Pacific time &#8212; 12:20 p.m. Friday in
Tokyo.

The BOJ lifted its key rate by a quarter of a percentage point, to 0.75 percent, the highest
level in three decades. The bank&#8217;s nine-member board voted unanimously.

Japan kept its interest rates below zero for eight years before the Bank of Japan ended that
policy in March 2024. Since then it has raised rates slowly and carefully.

Why does that matter here? Japan is one of the biggest overseas buyers of the Valley&#8217;s
rice, walnuts and wine, and the value of the yen affects how much Japanese buyers can afford.

&#8220;When the yen gets stronger, our product gets cheaper for Japanese buyers,&#8221; said
Janet Moriyama, export manager at Delta Sun Growers. &#8220;That&#8217;s what we&#8217;re
hoping for.&#8221;

So far, though, the yen has actually weakened since the announcement, traders said, because
investors had hoped the Bank of Japan would signal more increases were coming soon.

For Americans planning a trip to Japan, that means the dollar still goes a long way. Travel
agents in the area say bookings to Tokyo and Osaka are up this winter.

Economists say higher rates in Japan could eventually pull some Japanese investment money home
from the United States, which could nudge U.S. mortgage rates higher over time.

KVTN 7&#8217;s business team will keep an eye on how this affects local exporters in the new
year.
""")

_B2_PAGES = [
    _page(f"{_PW}/markets/asia/boj-raises-rates-0-75-2025-12-19/",
          _wire_site(
              "Bank of Japan raises rates to 0.75%, highest since 1995", _B2_WIRE,
              dateline="TOKYO", author="Kenta Shimura",
              credits="Reporting by Kenta Shimura and Yuki Arai; Editing by Sam Holloway",
              kicker="Markets &#8226; Asia", date_iso="2025-12-19T03:41:00Z",
              date_text="December 19, 2025 3:41 AM UTC",
              related=[("Bank of England cuts rates to 3.75% in 5-4 vote",
                        "/markets/rates/boe-dec/"),
                       ("Fed cuts by a quarter point, signals pause",
                        "/markets/us/fed-dec/"),
                       ("China&#8217;s November retail sales grow 1.3%, weakest since 2022",
                        "/markets/asia/china-retail/")])),
    _page(f"{_NB}/news/business-71822004",
          _nbs_site(
              "Japan raises interest rates to 30-year high", _B2_NBS,
              author="Naomi Feld", role="Asia business correspondent",
              date_text="19 December 2025", date_iso="2025-12-19T04:15:00Z",
              updated="Updated 09:05 GMT",
              caption="Bank of Japan Governor Haruto Minami at the bank&#8217;s headquarters "
                      "in Tokyo",
              related=[("Why Japan&#8217;s rice prices have soared", "/news/business-9"),
                       ("The yen: why Japan&#8217;s currency keeps falling",
                        "/news/business-10"),
                       ("Japan&#8217;s economy shrinks 0.6% in third quarter",
                        "/news/business-11")],
              top=[("Storm Bram: thousands without power", "/news/w-6"),
                   ("UK inflation falls to 3.2% in November", "/news/b-12"),
                   ("Christmas travel: what to expect on the roads", "/news/w-7")])),
    _page(f"{_MN}/2025/12/boj-goes-to-075-the-yen-didnt-get-the-memo/",
          _margin_blog(
              "BOJ goes to 0.75%: the yen didn&#8217;t get the memo", _B2_BLOG,
              author="Greg Vasquez",
              bio="Greg spent fourteen years on a bank trading desk before deciding he would "
                  "rather write about markets than lose money in them.",
              post_id=6020, category="Rates", tags=["BOJ", "yen", "JGBs"], comments=11,
              recent=[("The Fed&#8217;s last cut of the year, annotated", "/p/13"),
                      ("November payrolls: 64,000 and a lot of noise", "/p/14"),
                      ("2026 outlook: five trades I like", "/p/15")])),
    _page(f"{_KV}/news/business/japan-raises-interest-rates-valley-exporters",
          _kvtn_site(
              "Japan raises interest rates: what it means for Valley exporters", _B2_KVTN,
              author="Priya Natarajan",
              video_label="What Japan&#8217;s rate hike means for local growers",
              trending=[("Tule fog advisory for morning commute", "/t/10"),
                        ("Toy drive collects 3,400 gifts for local kids", "/t/11"),
                        ("Christmas lights map: 25 displays worth the drive", "/t/12")])),
]

_B2_PLANTED: list[tuple[str, str, str]] = []


STORIES: list[dict[str, Any]] = [
    _story("trade-XA1", "trade", "2025-06-27", _T1_PAGES, _T1_PLANTED),
    _story("trade-XA2", "trade", "2025-08-20", _T2_PAGES, _T2_PLANTED),
    _story("court-XA1", "court", "2025-09-12", _C1_PAGES, _C1_PLANTED),
    _story("court-XA2", "court", "2025-10-24", _C2_PAGES, _C2_PLANTED),
    _story("cb-XA1", "central bank", "2025-09-26", _B1_PAGES, _B1_PLANTED),
    _story("cb-XA2", "central bank", "2026-01-06", _B2_PAGES, _B2_PLANTED),
]
