"""Story battery, part WK (web pages).

Part WK of the story battery (web pages), written by engineer WK1 on 2026-12-06 (sixteenth
session, sixth batch) without reading Storyline's rules or other parts, before any run; scored
with `bench/bench_story_battery.py WK`.

Six stories (two trade, two central bank, two court; one control story with no planted
disagreement), each told by three or four invented outlets. Every outlet has its own page
template with its own furniture (navigation, cookie banners, ads, related boxes about other
news, newsletters, footers). Planted disagreements are listed per story as
(class, regex for side a, regex for side b), matched on lower-cased reported values.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WK", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Split a block of text on blank lines; join wrapped lines with spaces."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if lines:
            out.append(" ".join(lines))
    return out


def _ld(headline: str, published: str, org: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": headline, "datePublished": published,
            "publisher": {"@type": "Organization", "name": org}}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _plain(title: str) -> str:
    return title.replace('"', "&quot;")


def _texturize(s: str) -> str:
    """WordPress-style entities for quotes and apostrophes (outside tags)."""
    out: list[str] = []
    in_tag = False
    for ch in s:
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        if not in_tag and ch in "\u2019\u2018\u201c\u201d\u2014\u2013":
            out.append({"\u2019": "&#8217;", "\u2018": "&#8216;", "\u201c": "&#8220;",
                        "\u201d": "&#8221;", "\u2014": "&#8212;", "\u2013": "&#8211;"}[ch])
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, dateline, JSON-LD when dated.
# ---------------------------------------------------------------------------------------------

def _wire_site(title: str, body_paragraphs: list[str], *, dateline: str,
               section: str = "World", published: str | None = None,
               byline: str = "Pacific Wire staff", caption: str | None = None,
               related: tuple[str, ...] = (), credit: str = "",
               updated: str | None = None) -> str:
    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            f'<title>{title} | Pacific Wire</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta property="og:site_name" content="Pacific Wire">',
            f'<meta property="og:title" content="{_plain(title)}">',
            '<link rel="stylesheet" href="/static/pw.min.css">']
    if published:
        head.append(_ld(title, published, "Pacific Wire"))
    head += ['</head>', '<body class="pw">']
    top = ('<a class="skip-link" href="#main">Skip to content</a>\n'
           '<header class="pw-top"><div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>\n'
           '<nav aria-label="Sections"><ul>'
           '<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>'
           '<li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>'
           '<li><a href="/tech">Technology</a></li><li><a href="/science">Science</a></li>'
           '</ul></nav>\n<form class="pw-search" action="/search"><input name="q" '
           'placeholder="Search Pacific Wire"></form></header>')
    meta = [f'<div class="pw-kicker"><a href="/{section.lower()}">{section}</a></div>',
            f'<h1 class="pw-headline">{title}</h1>',
            f'<div class="pw-byline">By {byline}</div>']
    if published:
        dt = datetime.fromisoformat(published)
        shown = dt.strftime("%B %d, %Y %I:%M %p").replace(" 0", " ") + " GMT"
        meta.append(f'<div class="pw-date"><time datetime="{published}">{shown}</time></div>')
    fig = ""
    if caption:
        fig = ('<figure class="pw-photo"><img src="/img/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    body = [f'<p><span class="pw-dateline">{dateline} (Pacific Wire) &mdash;</span> '
            f'{body_paragraphs[0]}</p>']
    body += [f'<p>{p}</p>' for p in body_paragraphs[1:]]
    tail = []
    if credit:
        tail.append(f'<p class="pw-credit">{credit}</p>')
    if updated:
        tail.append(f'<p class="pw-updated">{updated}</p>')
    share = ('<div class="pw-share"><a href="#" class="fb">Share on Facebook</a> '
             '<a href="#" class="x">Tweet</a> <a href="#" class="li">LinkedIn</a> '
             '<button type="button">Copy link</button></div>')
    rel = ""
    if related:
        rel = ('<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>'
               + "".join(f'<li><a href="/story/{i + 4101}">{h}</a></li>'
                         for i, h in enumerate(related)) + '</ul></aside>')
    foot = ('<footer class="pw-foot"><p>&copy; 2025 Pacific Wire Inc. All rights reserved. '
            '400 Harbor Street, San Francisco, CA 94105.</p><p><a href="/terms">Terms of use'
            '</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/licensing">'
            'Licensing</a> &middot; <a href="/corrections">Corrections</a></p></footer>')
    return "\n".join([*head, top, '<main id="main">', '<article class="pw-story">', *meta,
                      fig, '<div class="pw-body">', *body, '</div>', *tail, share,
                      '</article>', rel, '</main>', foot, '</body>', '</html>'])


# ---------------------------------------------------------------------------------------------
# Outlet 2: The National Ledger, a national daily. Nested <div> soup, OG + article meta,
# cookie banner, paywall teaser, ads between paragraphs, inline "Read more", "Most read".
# ---------------------------------------------------------------------------------------------

def _daily_site(title: str, body_paragraphs: list[str], *, author: str, author_bio: str,
                section: str, published: str | None = None, standfirst: str = "",
                read_more: tuple[int, str] | None = None, most_read: tuple[str, ...] = (),
                caption: str | None = None, tags: tuple[str, ...] = ()) -> str:
    head = ['<!doctype html>', '<html>', '<head>', '<meta charset="utf-8">',
            f'<title>{title} - The National Ledger</title>',
            '<meta property="og:site_name" content="The National Ledger">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{_plain(title)}">',
            f'<meta name="description" content="{_plain(standfirst)}">']
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    head += [f'<meta property="article:section" content="{section}">', '</head>',
             '<body>']
    cookie = ('<div id="consent" class="cmp-banner"><div class="cmp-inner"><p>We use cookies '
              'and similar technologies to personalise content and ads and to analyse our '
              'traffic. You can change your choices at any time in Privacy Settings.</p>'
              '<button class="cmp-accept">Accept all</button> <button class="cmp-manage">'
              'Manage preferences</button></div></div>')
    mast = ('<div class="site-head"><div class="site-head__row"><div class="logo">'
            '<a href="/">The National Ledger</a></div><div class="head-links">'
            '<a href="/subscribe" class="btn-sub">Subscribe</a> <a href="/login">Sign in</a>'
            '</div></div><div class="sections"><a href="/politics">Politics</a> '
            '<a href="/economy">Economy</a> <a href="/world">World</a> '
            '<a href="/business">Business</a> <a href="/opinion">Opinion</a> '
            '<a href="/climate">Climate</a> <a href="/sports">Sports</a></div></div>')
    top = ['<div class="pg">', cookie, mast, '<div class="pg-main"><div class="col-story">',
           f'<div class="story-sec"><a href="/{section.lower()}">{section}</a></div>',
           f'<div class="story-hed"><h1 class="hed">{title}</h1></div>']
    if standfirst:
        top.append(f'<div class="dek">{standfirst}</div>')
    top.append(f'<div class="byl">By <a href="/by/{author.lower().replace(" ", "-")}">'
               f'{author}</a></div>')
    if caption:
        top.append('<div class="lead-art"><div class="img"><img src="/p/lead.jpg" alt="">'
                   f'</div><div class="cap">{caption}</div></div>')
    body = ['<div class="story-body">']
    for i, p in enumerate(body_paragraphs):
        body.append(f'<div class="para"><p>{p}</p></div>')
        if read_more and i == read_more[0]:
            body.append('<div class="inline-rel"><strong>Read more:</strong> '
                        f'<a href="/story/related">{read_more[1]}</a></div>')
        if i % 3 == 2 and i < len(body_paragraphs) - 1:
            body.append('<div class="ad ad--inline"><span class="ad-label">Advertisement'
                        '</span><div class="ad-slot" data-slot="mid"></div></div>')
    body.append('</div>')
    paywall = ('<div class="pw-teaser"><div class="pw-teaser__in"><strong>You have 2 free '
               'articles left this month.</strong> Subscribe for unlimited access to '
               'The Ledger. <a href="/subscribe">See offers</a></div></div>')
    bio = f'<div class="author-card"><div class="author-card__bio">{author_bio}</div></div>'
    tg = ""
    if tags:
        tg = ('<div class="tags">' + " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}">'
                                               f'{t}</a>' for t in tags) + '</div>')
    side = ""
    if most_read:
        side = ('<div class="col-rail"><div class="mostread"><div class="mostread__t">'
                'Most read</div><ol>' + "".join(f'<li><a href="/mr/{i}">{h}</a></li>'
                                                 for i, h in enumerate(most_read))
                + '</ol></div><div class="ad ad--rail"><span class="ad-label">Advertisement'
                '</span></div></div>')
    foot = ('<div class="site-foot"><div class="foot-links"><a href="/about">About us</a> '
            '<a href="/contact">Contact</a> <a href="/careers">Careers</a> '
            '<a href="/privacy">Privacy Settings</a></div><div class="copy">&copy; 2025 '
            'National Ledger Media Group, 1 Commerce Plaza, New York, NY 10004</div></div>')
    return "\n".join(head + top + body + [paywall, tg, bio, '</div>', side, '</div>', foot,
                                          '</div>', '</body>', '</html>'])


# ---------------------------------------------------------------------------------------------
# Outlet 3: WKTR NewsChannel 6, a local TV station. Styled <div> headline, <br> paragraphs,
# weather strip, video box, "Trending" list.
# ---------------------------------------------------------------------------------------------

def _tv_site(title: str, body_paragraphs: list[str], *, reporter: str,
             shown_date: str | None = None, video: str | None = None,
             trending: tuple[str, ...] = ()) -> str:
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title} | WKTR NewsChannel 6</title>'
            '<meta name="twitter:card" content="summary_large_image"></head>')
    bar = ('<body><div id="wrapper"><div class="topbar"><span class="wx">Fairview '
           '&nbsp;54&deg;F Cloudy</span> <a href="/live" class="live">&#9679; WATCH LIVE</a> '
           '<a href="/weather">7-Day Forecast</a> <a href="/traffic">Traffic</a> '
           '<a href="/contests">Contests</a></div><div class="menu"><a href="/">HOME</a> | '
           '<a href="/news">NEWS</a> | <a href="/local">LOCAL</a> | <a href="/money">YOUR '
           'MONEY</a> | <a href="/sports">SPORTS</a> | <a href="/6oninvestigates">6 ON YOUR '
           'SIDE</a></div>')
    parts = [head, bar, '<div class="content"><div class="left">',
             f'<div class="headline" style="font-size:34px;font-weight:bold">{title}</div>',
             f'<div class="byline">By {reporter}, WKTR NewsChannel 6</div>']
    if shown_date:
        parts.append(f'<div class="posted">{shown_date}</div>')
    if video:
        parts.append('<div class="video-box"><div class="player" data-src="/v/clip.m3u8">'
                     f'</div><div class="vcap">VIDEO: {video}</div></div>')
    parts.append('<div class="sharebar"><a href="#">Facebook</a> <a href="#">X</a> '
                 '<a href="#">Email</a> <a href="#">Copy link</a></div>')
    parts.append('<div class="storytext">' + "<br><br>\n".join(body_paragraphs) + '</div>')
    parts.append('<div class="tip">Have a news tip? Email <a href="mailto:news@wktr6.example">'
                 'news@wktr6.example</a> or call 555-0166.</div>')
    parts.append('</div><div class="right"><div class="trending"><b>TRENDING NOW</b>'
                 + "".join(f'<div class="tr-item"><a href="/t/{i}">{h}</a></div>'
                           for i, h in enumerate(trending))
                 + '</div><div class="adbox">ADVERTISEMENT</div></div></div>')
    parts.append('<div class="footer">Copyright 2025 WKTR-TV. All rights reserved. '
                 '2200 Broadcast Lane, Fairview. <a href="/eeo">EEO Report</a> '
                 '<a href="/fcc">FCC Public File</a> <a href="/closed-captioning">Closed '
                 'Captioning</a></div></div></body></html>')
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Outlet 4: Basis Point Brief, a WordPress-style finance blog.
# ---------------------------------------------------------------------------------------------

def _blog_site(title: str, body_paragraphs: list[str], *, post_id: int, author: str,
               published: str | None = None, shown_date: str | None = None,
               categories: tuple[str, ...] = (), tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0, disclosure: str = "") -> str:
    t = _texturize(title)
    head = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="UTF-8">',
            f'<title>{t} &#8211; Basis Point Brief</title>',
            "<link rel='stylesheet' id='bpb-style-css' href='/wp-content/themes/ledgerline/"
            "style.css?ver=6.4.2' media='all' />",
            '<meta name="generator" content="WordPress 6.4.2" />']
    if published:
        head.append(f'<meta property="article:published_time" content="{published}" />')
    head += ['</head>', f'<body class="post-template-default single single-post '
             f'postid-{post_id}">']
    site = ['<div id="page" class="site">',
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
            '<header id="masthead" class="site-header"><div class="site-branding">'
            '<p class="site-title"><a href="/" rel="home">Basis Point Brief</a></p>'
            '<p class="site-description">Rates, trade &amp; markets, minus the noise</p>'
            '</div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" '
            'class="menu"><li><a href="/">Home</a></li><li><a href="/category/macro/">Macro'
            '</a></li><li><a href="/category/trade/">Trade</a></li><li><a href="/category/'
            'central-banks/">Central Banks</a></li><li><a href="/about/">About</a></li></ul>'
            '</nav></header>',
            '<div id="content" class="site-content"><div id="primary" class="content-area">'
            '<main id="main" class="site-main">',
            f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
            'publish format-standard hentry">',
            f'<header class="entry-header"><h1 class="entry-title">{t}</h1>']
    meta = '<div class="entry-meta">'
    if shown_date:
        iso = published or ""
        meta += ('<span class="posted-on">Posted on <time class="entry-date published" '
                 f'datetime="{iso}">{shown_date}</time></span> ')
    meta += (f'<span class="byline"> by <span class="author vcard"><a class="url fn n" '
             f'href="/author/{author.split()[-1].lower()}/">{author}</a></span></span></div>')
    site += [meta, '</header>', '<div class="entry-content">']
    site += [f'<p>{_texturize(p)}</p>' for p in body_paragraphs]
    if disclosure:
        site.append(f'<p class="disclosure"><em>{_texturize(disclosure)}</em></p>')
    site.append('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:'
                '</h3><ul><li><a class="share-twitter" href="#">Share on X</a></li><li><a '
                'class="share-facebook" href="#">Share on Facebook</a></li><li><a class="share'
                '-linkedin" href="#">LinkedIn</a></li><li><a class="share-email" href="#">'
                'Email</a></li></ul></div>')
    site.append('</div>')
    cats = ", ".join(f'<a href="/category/{c.lower().replace(" ", "-")}/" rel="category tag">'
                     f'{c}</a>' for c in categories)
    tg = ", ".join(f'<a href="/tag/{x.lower().replace(" ", "-")}/" rel="tag">{x}</a>'
                   for x in tags)
    site.append(f'<footer class="entry-footer"><span class="cat-links">Posted in {cats}'
                f'</span> <span class="tags-links">Tagged {tg}</span></footer>')
    site.append('<div class="author-info"><h2 class="author-title">About the author</h2>'
                f'<p>{author} writes about rates, trade policy and the plumbing of markets. '
                'Views are personal and not investment advice.</p></div>')
    site.append('</article>')
    site.append(f'<div id="comments" class="comments-area"><h2 class="comments-title">'
                f'{comments} thoughts on &#8220;{t}&#8221;</h2><div id="respond" '
                'class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will '
                'not be published. Required fields are marked *</p></div></div>')
    site.append('</main></div>')
    site.append('<aside id="secondary" class="widget-area"><section class="widget '
                'widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
                + "".join(f'<li><a href="/p/{i}/">{_texturize(r)}</a></li>'
                          for i, r in enumerate(recent))
                + '</ul></section><section class="widget widget_newsletter"><h2 '
                'class="widget-title">Get the Brief</h2><p>One email every weekday before '
                'the open. Free.</p><form><input type="email" placeholder="Email address">'
                '<button>Subscribe</button></form></section></aside>')
    site.append('</div><footer id="colophon" class="site-footer"><div class="site-info">'
                '&copy; 2025 Basis Point Brief &middot; <a href="https://wordpress.example/">'
                'Proudly powered by WordPress</a></div></footer></div>')
    return "\n".join(head + site + ['</body>', '</html>'])


# ---------------------------------------------------------------------------------------------
# Outlet 5: Commonwealth Public Radio (CPR News), a public broadcaster. Transcript-heavy:
# body items are plain paragraphs or (speaker, text) pairs rendered as a transcript.
# ---------------------------------------------------------------------------------------------

def _broadcaster_site(title: str, items: list[Any], *, shown_date: str | None = None,
                      listen: str | None = None, summary: str = "",
                      more: tuple[str, ...] = (), note: str = "") -> str:
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>{title} : CPR News</title>'
            '<meta property="og:site_name" content="CPR News">'
            f'<meta name="description" content="{_plain(summary)}"></head>')
    parts = [head, '<body>',
             '<div class="consent-bar" role="dialog"><p>CPR uses cookies to understand how '
             'you use our site. <a href="/cookies">Read our cookie policy</a>.</p>'
             '<button>OK</button><button>Reject non-essential</button></div>',
             '<header class="cpr-head"><a href="#article" class="skip">Skip to main content'
             '</a><div class="brand">CPR News &middot; Commonwealth Public Radio</div>'
             '<nav><a href="/news">News</a> <a href="/business">Business</a> '
             '<a href="/programs">Programs</a> <a href="/podcasts">Podcasts</a> '
             '<a href="/schedule">Schedule</a> <a class="donate" href="/donate">Donate</a>'
             '</nav></header>',
             '<main><article id="article" class="cpr-article">',
             f'<h1>{title}</h1>']
    if summary:
        parts.append(f'<p class="teaser"><em>{summary}</em></p>')
    if shown_date:
        parts.append(f'<div class="dateblock"><span class="date">{shown_date}</span></div>')
    if listen:
        parts.append(f'<div class="audio-module"><button class="play">Listen</button> '
                     f'<span class="audio-title">{listen}</span></div>')
    in_transcript = False
    for it in items:
        if isinstance(it, tuple):
            if not in_transcript:
                parts.append('<section class="transcript"><h2>Transcript</h2>')
                in_transcript = True
            who, text = it
            parts.append(f'<p class="turn"><b>{who}:</b> {text}</p>')
        else:
            if in_transcript:
                parts.append('</section>')
                in_transcript = False
            parts.append(f'<p>{it}</p>')
    if in_transcript:
        parts.append('</section>')
    if note:
        parts.append(f'<p class="editor-note"><i>{note}</i></p>')
    parts.append('<div class="support">CPR News is funded by listeners like you. '
                 '<a href="/donate">Make a gift today</a>.</div>')
    parts.append('</article>')
    if more:
        parts.append('<aside class="more"><h3>More from CPR News</h3><ul>'
                     + "".join(f'<li><a href="/n/{i}">{m}</a></li>' for i, m in enumerate(more))
                     + '</ul></aside>')
    parts.append('</main><footer><p>Commonwealth Public Radio is a listener-supported public '
                 'broadcaster. 90 Gallery Road, Northbridge.</p><p>&copy; 2025 CPR. '
                 '<a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></footer>'
                 '</body></html>')
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Outlet 6: The Tri-County Sentinel, a regional paper with heavy ads that rewrites wire copy
# with a local angle.
# ---------------------------------------------------------------------------------------------

def _regional_site(title: str, body_paragraphs: list[str], *, byline: str,
                   shown_date: str | None = None, caption: str | None = None,
                   sponsored: tuple[str, ...] = (), popular: tuple[str, ...] = ()) -> str:
    ad = ('<div class="adwrap"><div class="adlabel">ADVERTISEMENT</div>'
          '<div class="adunit" style="width:300px;height:250px"></div></div>')
    parts = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
             f'<title>{title} | Tri-County Sentinel</title>',
             '<script src="/ads/prebid.js"></script></head><body>',
             '<div class="leaderboard">ADVERTISEMENT</div>',
             '<table class="mast" width="100%"><tr><td class="logo"><a href="/">The Tri-County '
             'Sentinel</a><div class="motto">Serving Harlan, Polk &amp; Mercer counties since '
             '1884</div></td><td class="wx">Millbrook: 48&deg; &middot; <a href="/obits">'
             'Obituaries</a> &middot; <a href="/e-edition">e-Edition</a> &middot; '
             '<a href="/subscribe">Subscribe: $1 for 3 months</a></td></tr></table>',
             '<div class="navbar"><a href="/news/local">Local</a> <a href="/news/state">State'
             '</a> <a href="/news/nation-world">Nation &amp; World</a> <a href="/business">'
             'Business</a> <a href="/ag">Agriculture</a> <a href="/sports">Sports</a> '
             '<a href="/classifieds">Classifieds</a> <a href="/legals">Legal Notices</a></div>',
             '<div class="main"><div class="story">',
             f'<h1 class="title">{title}</h1>',
             f'<div class="author">{byline}</div>']
    if shown_date:
        parts.append(f'<div class="pubdate">{shown_date}</div>')
    if caption:
        parts.append(f'<div class="photo"><img src="/photos/a.jpg" alt=""><div '
                     f'class="photocap">{caption}</div></div>')
    for i, p in enumerate(body_paragraphs):
        parts.append(f'<p class="bodytext">{p}</p>')
        if i in (1, 4, 7, 10) and i < len(body_paragraphs) - 1:
            parts.append(ad)
    parts.append('<div class="share">Share this story: <a href="#">Facebook</a> '
                 '<a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>')
    parts.append('<div class="comments-teaser">Join the conversation &mdash; '
                  'comments are open to subscribers.</div>')
    parts.append('</div><div class="sidebar">' + ad)
    if popular:
        parts.append('<div class="popular"><h3>Most Popular</h3><ol>'
                     + "".join(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(popular))
                     + '</ol></div>')
    if sponsored:
        parts.append('<div class="sponsored"><h4>Sponsored Content</h4>'
                     + "".join(f'<div class="sp"><a href="/sp/{i}">{s}</a></div>'
                               for i, s in enumerate(sponsored)) + '</div>')
    parts.append(ad + '</div></div>')
    parts.append('<div class="footer">&copy; 2025 Tri-County Sentinel, 118 Main Street, '
                 'Millbrook. <a href="/contact">Contact us</a> | <a href="/tos">Terms</a> | '
                 '<a href="/privacy">Privacy</a> | <a href="/subscribe">Subscribe</a></div>')
    parts.append('</body></html>')
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

# --- trade-WK1: Copenhagen round of US-China talks ------------------------------------------

_T1_WIRE = _paras("""
U.S. and Chinese negotiators agreed in principle on Tuesday to extend their tariff truce by
another 90 days, wrapping up two days of talks in the Danish capital that both sides described
as candid and constructive.

Treasury Secretary Daniel Whitcombe, who led the American team alongside U.S. Trade
Representative Marisa Okafor, told reporters the extension still needed approval from the
White House. The Chinese delegation was led by Vice Premier Liu Zhenhai, Beijing&#8217;s top
economic envoy.

Tuesday&#8217;s session ran for nearly seven hours and ended shortly after 8 p.m. local time
(1800 GMT), according to a Danish official who helped host the meetings at a government
conference centre on the harbour.

“We made real progress on the framework, but nothing is agreed until everything is agreed,”
Whitcombe said. “Both teams will now report back to their leaders.”

Under the truce first reached in Geneva in May, Washington cut its tariffs on most Chinese
goods from 145% to 30%, while Beijing lowered its levies on American products from 125% to
10%. Without an extension, the higher rates could have snapped back.

Liu told Chinese state media the two sides had reached a “basic consensus” on export controls
and on purchases of agricultural goods, without giving details.

The next round of talks is scheduled to open in Washington on Oct. 20, a U.S. official said,
speaking on condition of anonymity because the date has not been formally announced.

Copenhagen was the fourth meeting between the negotiating teams this year, after Geneva in
May, London in June and Stockholm in July.

Trade between the world&#8217;s two largest economies totalled about $580 billion in goods last
year, according to U.S. Census Bureau data, with the United States running a deficit of
roughly $295 billion.

American farm groups, which have watched Chinese soybean orders dry up since the spring,
welcomed the outcome but said they wanted firm purchase commitments rather than statements.

Markets took the news calmly. The S&amp;P 500 closed up 0.3% on Tuesday, while the yuan edged
firmer in offshore trading.
""")

_T1_LEDGER = _paras("""
COPENHAGEN &mdash; After a final negotiating session that stretched to more than 11 hours,
American and Chinese officials emerged on Tuesday evening with an agreement to keep their
trade truce alive for another three months.

The extension, which the White House must still approve, would leave in place the 30 percent
tariff Washington charges on most Chinese imports and the 10 percent duty Beijing applies to
American goods.

The talks ended around 2 p.m. Eastern time. Treasury Secretary Daniel Whitcombe, flanked by
Trade Representative Marisa Okafor, called the outcome “real progress on a framework” but
cautioned reporters that “nothing is agreed until everything is agreed.”

China&#8217;s team was headed by Vice Premier Liu Zhenhai, a soft-spoken economist who has
led Beijing&#8217;s side since the first round in Geneva.

The 30 percent figure includes a 20 percent levy the administration imposed earlier this year
over China&#8217;s role in the fentanyl trade, a sore point that Chinese negotiators have
pushed hard to remove.

“Extending the truce is the easy part,” said Helen Ward-Tanaka, a former U.S. trade negotiator
who is now a fellow at the Linwood Institute. “The hard questions &mdash; chips, rare earths,
soybeans &mdash; have been kicked down the road again.”

Beijing tightened export licensing for rare-earth magnets in April, causing shortages at
automakers in Europe and the United States. People familiar with the talks said the Chinese
side offered to speed up approvals but stopped short of scrapping the licensing regime.

Copenhagen, the fourth round this year, followed meetings in Geneva, London and Stockholm.
Negotiators are expected to meet again in Washington later in October.

For American companies with factories or suppliers in China, the extension buys time but
little certainty. Several executives said they would keep shifting orders to Vietnam, India
and Mexico regardless of the outcome in Denmark.
""")

_T1_BLOG = _paras("""
Another round, another reprieve. Washington and Beijing agreed in Copenhagen to extend the
tariff truce for 90 days, which means the current 30% US tariff on most Chinese goods and
China’s 10% retaliatory rate stay put for now.

For anyone who has lost track: in April, US tariffs on Chinese imports peaked at 145% and
China’s counter-tariffs at 125%. The Geneva deal in May rolled both back by 115 percentage
points, and the truce has already been extended once.

Treasury Secretary Daniel Whitcombe and Vice Premier Liu Zhenhai led the two delegations.
Whitcombe’s line to reporters &mdash; “nothing is agreed until everything is agreed” &mdash;
is one we have heard before.

The next round is pencilled in for <strong>October 27 in Washington</strong>, according to a
schedule circulated to industry groups, and that is where the heavier items (chip export
controls, rare-earth licensing and farm purchases) are supposed to land.

Here’s what we’re watching between now and then.

<strong>1. Soybeans.</strong> China has bought almost nothing from this year’s US crop. Any
purchase announcement would show up first in the USDA’s weekly export sales report, so keep
an eye on Thursday mornings.

<strong>2. Rare earths.</strong> Licensing delays for magnets are the real pressure point.
Auto suppliers told us approvals have sped up since the summer but remain unpredictable.

<strong>3. The yuan.</strong> The PBOC has kept the currency on a tight leash through every
round of talks. A sudden weakening would be the clearest sign that Beijing is bracing for a
breakdown.

Bottom line: the extension removes a tail risk for the fourth quarter, but it doesn’t change
our view that tariffs on China stay at or near current levels well into 2026. We would not
chase the rally in China-exposed US industrials.
""")

_T1_SENTINEL = _paras("""
Farmers across Harlan, Polk and Mercer counties got a sliver of good news Tuesday as the
United States and China agreed to extend their tariff truce by 90 days, following two days of
talks in Copenhagen, Denmark.

The American side was led by Treasury Secretary Daniel Whitcombe. China&#8217;s delegation, led
by Commerce Minister Wang Jiantao, agreed to keep its tariffs on U.S. goods at 10 percent,
while the U.S. rate on most Chinese imports stays at 30 percent, according to wire reports.

Tuesday&#8217;s session lasted about seven hours, and the two sides plan to meet again Oct. 20
in Washington.

For growers like Dale Vanderpool, who farms 1,400 acres of soybeans and corn north of
Millbrook, the extension means little until China starts buying again.

“A truce is better than a trade war, but my bins are full and the elevator in town is paying
less than it did last fall,” Vanderpool said Wednesday.

China was the largest buyer of U.S. soybeans last year, but it has placed almost no orders for
this fall&#8217;s harvest, according to the county extension office.

Karen Ostlund, who manages the Mercer County Grain Cooperative, said the co-op is storing
about 30 percent more grain than at this time last year and has rented extra space in
Dunmore.

“Everybody is waiting on Washington,” Ostlund said. “If there&#8217;s a purchase deal, prices
move the next morning. If there isn&#8217;t, we sit on it.”

Whitcombe said after the talks that both sides had made “real progress,” though he cautioned
that nothing was final until every piece had been agreed.

<em>This story includes information from Pacific Wire.</em>
""")

# --- trade-WK2: doubled US tariff on Chinese batteries ----------------------------------------

_T2_WIRE = _paras("""
The United States will double tariffs on Chinese lithium-ion batteries used outside electric
vehicles to 50%, U.S. Trade Representative Marisa Okafor said on Wednesday, escalating a fight
over clean-energy supply chains even as a broader trade truce between the two countries holds.

The higher rate takes effect on Jan. 1 and covers batteries for grid storage, power tools and
consumer electronics, Okafor&#8217;s office said in a notice. The current rate is 25%.

The United States imported $16.4 billion of such batteries from China last year, about 70% of
its total purchases, according to trade data compiled by Pacific Wire.

“America&#8217;s battery supply chain cannot depend on a country that uses overcapacity as a
weapon,” Okafor said in a statement.

China&#8217;s Ministry of Commerce responded within hours. Spokesperson He Lanying said Beijing
“firmly opposes” the decision and “will take necessary measures to safeguard its legitimate
rights and interests.”

The battery tariffs were first set under Section 301 of the Trade Act of 1974, the same law
used to impose duties on hundreds of billions of dollars of Chinese goods during the
2018-2019 trade war.

Industry groups were split. A trade association for solar and storage developers warned the
move would raise costs for grid-scale projects, many of which have already signed supply
contracts, while a coalition of U.S. battery makers said it would help plants that are still
ramping up production.

Okafor&#8217;s office will take public comments on how the tariff is applied until Dec. 19.

The announcement does not change the 30% tariff that applies to most Chinese goods under the
truce agreed in May, officials said.

Shares of Chinese battery makers listed in Hong Kong are expected to come under pressure when
trading opens on Thursday, analysts said.
""")

_T2_BLOG = _paras("""
USTR Marisa Okafor announced Wednesday that Section 301 tariffs on Chinese non-EV lithium-ion
batteries will rise by 25 percentage points, from 25% to 50%, starting <strong>January
15</strong>.

That’s about $16 billion of annual imports, mostly the large cells that go into
utility-scale storage. Remember that the new rate stacks on top of the 30% across-the-board
levy on Chinese goods, so the all-in duty on a Chinese storage battery is heading to 80%.

<strong>Who wins.</strong> US cell makers that have been ramping up in Georgia, Michigan and
Tennessee, and the Korean and Japanese suppliers that build here. Their pricing power just
improved.

<strong>Who loses.</strong> Storage developers with projects due online in 2026 and 2027.
Several of them signed fixed-price cell contracts with Chinese suppliers last year, and the
tariff is paid by the importer of record, which is usually the developer.

Beijing’s commerce ministry, via spokesperson He Lanying, said it “firmly opposes” the move
and will “take necessary measures.” Translation: watch graphite and rare-earth licensing,
which is where China has pushed back before.

Okafor framed the decision as a supply-chain issue: the US battery chain “cannot depend on a
country that uses overcapacity as a weapon.” Expect that sentence to show up in every
exemption fight from here.

What to watch: the comment period, and whether USTR carves out contracts already signed. A
grandfather clause would take a lot of the sting out for developers. Without one, we think
a few 2026 projects slip into 2027.

Bottom line: a modest inflation impulse for the storage build-out, a tailwind for domestic
cell makers, and another data point that tariff policy on China only moves one way.
""")

_T2_TV = _paras("""
If you have been thinking about adding a battery to your home solar system, it may soon cost
more.

The federal government announced Wednesday it will double the tariff on lithium-ion batteries
imported from China, from 25 percent to 50 percent, starting Jan. 1.

The U.S. imports about $16 billion worth of these batteries from China each year, and they
power everything from cordless drills to the home backup systems sold by local installers.

At SunRidge Solar in Fairview, owner Tasha Greene says most of the home batteries her crews
install use Chinese cells.

“We have maybe two months of inventory. After that, customers are going to see it in the
price,” Greene said.

Greene estimates a typical home battery that costs about $12,000 installed could go up by
$1,000 to $1,500 once her current stock runs out.

China pushed back quickly. “China firmly opposes this decision and will take necessary
measures to safeguard its legitimate rights and interests,” Commerce Minister Wang Jiantao
said.

U.S. Trade Representative Marisa Okafor said the country&#8217;s battery supply chain should
not rely on a country that “uses overcapacity as a weapon.”

The new rate applies to batteries for things like power tools, laptops and home energy
storage. The change does not affect batteries for electric vehicles, which are covered under
a separate rule.

Consumer advocates say homeowners who have already signed a contract should ask their
installer whether the price is locked in, and get that promise in writing.

Greene says her phone has already been busier than usual. “People want to beat the deadline,”
she said.
""")

_T2_SENTINEL = _paras("""
MILLBROOK &mdash; Harlow Energy Systems, which assembles home and commercial battery packs at
its plant on Route 9, says a federal decision to double tariffs on Chinese lithium-ion
batteries will force it to rethink where it buys cells.

U.S. Trade Representative Marisa Okafor announced Wednesday that the tariff on Chinese
lithium-ion batteries not used in electric vehicles will climb to 50 percent from 25 percent
on Jan. 1, according to wire reports. The U.S. imported $19 billion of the batteries from
China last year.

Harlow employs 420 people in Millbrook and buys nearly all of its cells from two suppliers in
China, said plant manager Rob Kessler.

“We knew something was coming, but doubling it overnight is hard to plan around,” Kessler
said. “Our customers signed contracts at this year&#8217;s prices.”

Kessler said the company is in talks with a cell maker in South Korea, but switching suppliers
would take at least a year because every new cell has to be tested and certified. He said
Harlow has enough cells in its Millbrook warehouse to keep its lines running into February.

State Rep. Linda Morales, whose district includes Millbrook, said she would ask the
state&#8217;s congressional delegation to press for an exemption for small manufacturers.

“These are good jobs, and they shouldn&#8217;t be collateral damage,” Morales said.

In Beijing, a Commerce Ministry spokesperson, He Lanying, said China “firmly opposes” the
decision and would “take necessary measures,” wire services reported.

The Millbrook plant opened in 2019 and expanded last spring, adding 85 jobs.

<em>This story includes information from Pacific Wire.</em>
""")

# --- cb-WK1: Federal Reserve December decision ------------------------------------------------

_C1_WIRE = _paras("""
The Federal Reserve cut interest rates by a quarter of a percentage point on Wednesday, its
third reduction in a row, but signalled it may hold off on further moves while it assesses a
cooling labour market and inflation that remains above its 2% goal.

The Federal Open Market Committee voted 10-2 to lower its benchmark overnight lending rate to
a range of 3.50% to 3.75%. Governor Stephen Miran dissented in favour of a half-point cut,
while Kansas City Fed President Jeffrey Schmid preferred to leave rates unchanged.

The decision, released at 2 p.m. EST (1900 GMT), brings the total reduction this year to 75
basis points, and to 1.75 percentage points since the Fed began easing in September 2024.

New quarterly projections showed the median policymaker expects just one more quarter-point
cut in 2026, unchanged from September.

In its statement, the committee said it would weigh “the extent and timing of additional
adjustments” to rates, wording that echoed the language it used before pausing its cuts
earlier this year.

The Fed also said it would start buying short-term Treasury bills to keep bank reserves
ample, beginning with about $40 billion in the first month.

Speaking to reporters after the meeting, Chair Jerome Powell said the Fed was “well
positioned to wait and see how the economy evolves.”

Treasury yields fell after the announcement, with the two-year note down about 5 basis
points, and the S&amp;P 500 closed 0.7% higher.

The unemployment rate stood at 4.4% in September, the latest month for which official figures
are available after a six-week government shutdown delayed several reports.

Policymakers next meet on Jan. 27-28.
""")

_C1_LEDGER = _paras("""
WASHINGTON &mdash; The Federal Reserve lowered borrowing costs for the third straight meeting
on Wednesday, but the two dissents behind the decision showed how hard it has become for
officials to agree on what comes next.

The central bank trimmed its policy rate by 25 basis points, to between 3.5 percent and 3.75
percent. Governor Stephen Miran wanted a bigger, half-point cut. Chicago Fed President Austan
Goolsbee voted against any cut at all, arguing that inflation had not fallen enough to
justify one.

“We are well positioned to wait and see how the economy evolves,” Chair Jerome Powell said at
his news conference, adding that the committee was “not on a preset course.”

Officials&#8217; projections, released alongside the decision, show a median expectation of
one additional cut next year.

Inflation as measured by the personal consumption expenditures price index stood at 2.8
percent in September, still above the Fed&#8217;s 2 percent target. The unemployment rate
rose to 4.4 percent that month.

The data have been patchy. The six-week federal government shutdown that ended in November
delayed several key reports, leaving officials with less information than usual heading into
the meeting.

“This is a committee that is split almost down the middle on how much risk inflation still
poses,” said Priya Raman, chief U.S. economist at Harrowgate Capital. “The dissents in both
directions tell you the easy part of the cutting cycle is over.”

For households, the cut will trickle through to credit card rates and home equity lines within
weeks. Mortgage rates, which track longer-term bond yields, have already fallen since the
summer and may not move much further.

The committee&#8217;s next meeting is in late January.
""")

_C1_CPR_ITEMS: list[Any] = [*_paras("""
The Federal Reserve on Wednesday lowered its benchmark interest rate by a quarter point, to a
range of 3.50% to 3.75%, in a 10-2 vote. Chair Jerome Powell then took questions from
reporters for nearly an hour. Below are excerpts from his news conference, edited for length
and clarity.
"""),
    ("CHAIR POWELL", "Good afternoon. Today the committee decided to lower our policy rate by "
     "a quarter percentage point. With this move, we have lowered rates by 75 basis points "
     "this year. We believe we are well positioned to wait and see how the economy evolves."),
    ("QUESTION", "Two of your colleagues dissented, in opposite directions. What does that "
     "tell us?"),
    ("CHAIR POWELL", "It tells you that these are hard calls. One colleague wanted a larger "
     "cut, and another would have preferred to hold. I think that&#8217;s healthy. People have "
     "different views of the risks, and they&#8217;re all reasonable views."),
    ("QUESTION", "Is a cut at the next meeting off the table?"),
    ("CHAIR POWELL", "I&#8217;m not going to take anything off the table. But I would say the "
     "bar for further adjustments is higher now than it was. We&#8217;ll have a lot more data "
     "by then."),
    ("QUESTION", "Unemployment is at 4.4%. Are you worried about the labour market?"),
    ("CHAIR POWELL", "The labour market has cooled gradually. Job gains have slowed quite a "
     "bit, and some of that reflects lower labour supply, including from lower immigration. We "
     "are watching it very carefully."),
    ("QUESTION", "The Treasury bill purchases you announced &mdash; is that quantitative "
     "easing?"),
    ("CHAIR POWELL", "No. These are purchases for reserve management. They are technical, and "
     "they are not intended to change the stance of monetary policy."),
    ("QUESTION", "What about tariffs and inflation?"),
    ("CHAIR POWELL", "Goods prices have moved up, and we think most of that reflects tariffs. "
     "Our base case is that this is a one-time increase in the price level, but we have to "
     "make sure that it doesn&#8217;t turn into ongoing inflation."),
    *_paras("""
<strong>What&#8217;s next:</strong> The committee next meets January 28&ndash;29, when it will
also hear from staff on how the bill purchases are working.
"""),
]

_C1_BLOG = _paras("""
As expected, the FOMC cut by 25 bp to 3.50&#8211;3.75% on Wednesday. The vote was 10-2:
Miran dissented for 50 bp, Schmid for no move. What we didn’t fully expect was the dot plot.

The median 2026 dot now shows <strong>two more quarter-point cuts</strong>, which would take
the funds rate to 3.00&#8211;3.25% by the end of next year.

Powell’s message at the presser was more cautious than the dots. The Fed is “well positioned
to wait and see,” he said, which the market read as a January skip. Fed funds futures now
price less than a 25% chance of a cut at the Jan. 27&#8211;28 meeting.

The balance-sheet surprise: reserve management purchases of T-bills, starting at around $40
billion in the first month. Powell insisted this isn’t QE, and he’s right &mdash; it’s
plumbing. Repo rates have been creeping above the top of the range since October, and the
Fed wants to get ahead of another September 2019.

Our take: the committee cuts once more by spring and then sits. The two dissents tell you the
middle of the committee is holding the line against both wings, and Powell has only a few
meetings left as chair.

Positioning: we like the front end. Two-year yields near 3.5% look about right if the Fed
pauses in January and cuts again in March or April. We would fade any rally that prices a
January move.

Risks to the view: a weak December jobs report (released in early January) or a hot core PCE
print. Either would move the debate fast, in opposite directions.
""")

# --- cb-WK2: Bank of England December decision -----------------------------------------------

_C2_WIRE = _paras("""
The Bank of England cut interest rates by a quarter of a percentage point to 3.75% on
Thursday after a knife-edge vote, and said further reductions would depend on how quickly
inflation keeps falling.

The Monetary Policy Committee voted 5-4 in favour of the cut, with Governor Andrew Bailey
casting the deciding vote. The four members in the minority wanted to keep Bank Rate at 4%.

The decision was announced at 1200 GMT. It was the Bank&#8217;s sixth cut since it began
lowering borrowing costs in August 2024, when rates stood at 5.25%.

“We still think rates are on a gradual path downward, but with every cut we make, the next
decision becomes a closer call,” Bailey told reporters.

Official data published a day earlier showed consumer price inflation fell to 3.2% in
November from 3.6% in October, a bigger drop than economists had forecast. The Bank&#8217;s
target is 2%.

The economy has also lost momentum. Gross domestic product shrank by 0.1% in the three months
to October, and unemployment has risen to 5.1%, its highest in nearly five years.

Sterling slipped about a third of a cent against the dollar after the announcement, and
two-year gilt yields fell by around 4 basis points.

Bailey said the committee had been encouraged by signs that wage growth was slowing, but that
services inflation remained too high for comfort.

Investors now expect one or two further cuts in 2026. The MPC&#8217;s next decision is due on
Feb. 5, alongside a new set of economic forecasts.
""")

_C2_LEDGER = _paras("""
LONDON &mdash; The Bank of England lowered its key interest rate on Thursday for the sixth time
since the summer of 2024, cutting it to 3.75 percent from 4 percent as inflation in Britain
finally showed signs of easing.

The decision, announced at 7 a.m. Eastern time, was made by a 6-3 vote of the bank&#8217;s
nine-member Monetary Policy Committee, with the dissenters preferring to hold rates steady.

Britain&#8217;s inflation rate fell to 3.2 percent in November, the Office for National
Statistics reported on Wednesday, down from 3.6 percent the month before. That is still well
above the 2 percent target, and higher than in the United States or the euro zone.

Governor Andrew Bailey said rates remained “on a gradual path downward” but that each further
cut would be “a closer call.”

Britain has struggled with slow growth and stubborn price pressures more than most large
economies. Household energy bills, which are regulated by a price cap, rose in October, and
food prices have climbed faster than in much of Europe.

The Federal Reserve cut its own benchmark rate last week, to a range of 3.5 to 3.75 percent,
while the European Central Bank has left its key rate at 2 percent since June.

“The committee is clearly nervous about moving too fast,” said Martin Oyelaran, an economist
at Castlegate Securities in London. “They have cut, but they have also told you not to expect
a cut at every meeting.”

For British homeowners, the move will lower payments on tracker mortgages almost at once.
Fixed-rate deals, which most borrowers hold, have already priced in much of the decline.

The pound fell slightly against the dollar after the announcement.
""")

_C2_BLOG = _paras("""
The Bank of England delivered the quarter-point cut on Thursday (the announcement hit at 8
a.m. ET), taking Bank Rate to 3.75%.

The vote was 5-4, with Bailey the swing voter. The four hawks, who wanted to hold at 4%,
argued that services inflation and wage growth are still running too hot.

For context, this is the sixth cut since August 2024, when Bank Rate was 5.25%. The cycle has
been slow by design: roughly one cut a quarter, and never two meetings in a row.

The catalyst was Wednesday’s CPI print: headline inflation fell to 3.2% in November from
3.6% in October. Services inflation eased to 4.4%, still roughly double what the MPC would be
comfortable with.

Market pricing: short sterling futures imply Bank Rate of around 3.25% by late 2026, i.e. two
more cuts. That looks reasonable to us, though the path is unlikely to be smooth.

Bailey’s language &mdash; a “gradual path downward” on which each cut is a “closer call”
&mdash; is a clear signal that February is live but not a done deal.

What we’re watching: the February 5 decision comes with a new Monetary Policy Report, and the
January labour market data will carry a lot of weight. If pay growth slows below 4%, the
doves get their majority.

Trade idea: we prefer receiving two-year gilts against two-year Treasuries. The BoE has more
room to cut than the Fed, and the gap in policy rates is still wide.

One detail we liked: the minutes say several members of the majority called the decision
finely balanced. Read that as a warning to anyone pricing a cut at every meeting.
""")

_C2_CPR_ITEMS: list[Any] = _paras("""
The Bank of England has cut interest rates from 4% to 3.75%, a move that should bring some
relief to people with tracker and variable-rate mortgages.

The Bank&#8217;s Monetary Policy Committee was split, voting by five to four for the
reduction, which was announced at noon on Thursday.

Governor Andrew Bailey said: “Inflation came down faster than we expected in November, and
that is welcome news. We still think rates are on a gradual path downward. But with every cut
we make, how much further we go becomes a closer call.”

<strong>What does it mean for mortgages?</strong> About 600,000 homeowners on tracker deals,
which follow Bank Rate, will see their monthly payments fall almost immediately, according to
the banking trade body UK Finance. Those on fixed deals will see no change until their deal
ends.

<strong>What about savers?</strong> Banks and building societies are likely to trim the rates
they pay on easy-access accounts in the coming weeks, although some fixed-rate savings bonds
still pay more than inflation.

<strong>Why did some members vote against?</strong> Four members wanted to hold rates at 4%
because they worry that prices for services, such as restaurant meals and haircuts, are still
rising quickly.

<strong>Why now?</strong> Figures published on Wednesday showed inflation fell to 3.2% in
November, down from 3.6% in October. The Bank&#8217;s target is 2%, and it expects inflation
to fall closer to that over the course of 2026.

<strong>What happens next?</strong> The next decision is on 5 February. Most economists
expect the Bank to move slowly from here.
""")

# --- court-WK1: appeals court ruling on emergency tariffs -------------------------------------

_K1_WIRE = _paras("""
A federal appeals court ruled on Friday that most of the sweeping tariffs imposed this year
under an emergency-powers law were illegal, but allowed them to stay in place while the
administration appeals to the Supreme Court.

In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit upheld a May ruling by
the Court of International Trade, finding that the International Emergency Economic Powers
Act does not give the president authority to impose broad import taxes.

The law “does not mention tariffs, duties or anything similar,” the majority wrote in an
unsigned opinion. “Had Congress meant to hand over its power to tax imports, it would have
said so.”

Judge Marian Ostrowski wrote the main dissent, joined by three colleagues, arguing that the
statute&#8217;s power to “regulate importation” plainly covers tariffs in an emergency.

The court put its decision on hold until Oct. 14 to give the government time to ask the
Supreme Court to take up the case.

“All of the tariffs remain in effect, and we expect to ultimately prevail at the Supreme
Court,” White House spokeswoman Dana Whitfield said in a statement.

The ruling covers the so-called reciprocal tariffs announced in April and separate levies on
China, Canada and Mexico tied to fentanyl trafficking. It does not affect duties on steel,
aluminium and cars imposed under a different law.

The case was brought by five small businesses, led by Cascade Wine Traders, an importer based
in Portland, Oregon, and by 12 states.

If the ruling stands, importers could seek refunds of duties already paid. Customs data show
the government collected more than $150 billion under the emergency tariffs through August.
""")

_K1_LEDGER = _paras("""
WASHINGTON &mdash; An appeals court on Friday delivered the most serious legal blow yet to the
administration&#8217;s tariff program, ruling 8-3 that the president overstepped his authority
when he used an emergency-powers law to tax imports from nearly every country.

The full U.S. Court of Appeals for the Federal Circuit, which hears trade cases, agreed with
a lower trade court that the 1977 International Emergency Economic Powers Act was never meant
to authorize tariffs.

But the judges left the tariffs in place until Oct.&nbsp;14, giving the Justice Department
time to appeal.

In dissent, Judge Marian Ostrowski wrote that the majority had “rewritten a statute Congress
chose to write broadly.”

“This is now squarely a question for the justices, and probably this term,” said Lena
Hartwell, a professor of trade law at Carrow University. “The court has given them a clean
statutory question with enormous stakes.”

The White House said the tariffs would remain in force and predicted that it would win at the
Supreme Court.

The ruling does not touch tariffs on steel, aluminum and cars, which rest on a
national-security statute, Section 232 of the Trade Expansion Act of 1962.

Small importers said the ruling offered hope but little immediate relief. “We are still
paying the duties every week,” said Elena Park, the owner of Cascade Wine Traders, one of the
plaintiffs. “A win on paper doesn&#8217;t pay the invoices.”

Economists said the uncertainty alone could weigh on business investment through the fall,
as companies wait to learn whether the tariffs they are paying now will be refunded.
""")

_K1_TV = _paras("""
A federal appeals court says most of the tariffs the president imposed this year are illegal.
But if you run a business that imports goods, don&#8217;t expect your costs to drop anytime
soon.

The U.S. Court of Appeals for the Federal Circuit ruled 7-4 on Friday that an emergency law
the president relied on does not allow him to impose tariffs.

The judges left the tariffs in place until Oct. 17 so the administration can take the case to
the U.S. Supreme Court.

At Brightwell Toys in Fairview, owner Marcus Hale says his company has paid about $240,000 in
tariffs since April on toys and games made in China and Vietnam.

“That&#8217;s two employees I didn&#8217;t hire this year,” Hale said. “We raised some prices,
we ate some of it, and we put off a new warehouse.” Hale&#8217;s store on Commerce Street
employs 14 people.

Hale says he has no plans to cut prices until the Supreme Court decides. “If they rule the same
way, I want my money back, with interest,” he said.

The White House said in a statement that the tariffs remain in effect and that it expects to
win at the Supreme Court.

The ruling does not apply to tariffs on steel, aluminum and cars, which were imposed under a
different law.

The case was brought by a group of small businesses and 12 states. Neither side disputes that
the tariffs will keep being collected until the deadline.

Trade lawyers say importers who hope to get refunds should keep detailed records of every
duty payment and talk to their customs broker now, before any deadlines pass.
""")

_K1_BLOG = _paras("""
The Federal Circuit ruled 7-4 on Friday that IEEPA doesn’t authorize the reciprocal and
fentanyl tariffs, affirming the Court of International Trade. The tariffs stay in place until
October 14 pending a Supreme Court appeal.

The dissent, written by Judge Paul Ferreira and joined by three other judges, argued that the
power to “regulate importation” covers tariffs. It’s a serious argument, and it’s the one the
Solicitor General will lead with.

<strong>Refund math.</strong> Customs has collected north of $150 billion under IEEPA through
August. If the Supreme Court affirms, importers of record could be in line for refunds
&mdash; but only if they have protected their claims. Talk to your customs broker about
protests and liquidation dates now.

<strong>What stays.</strong> Section 232 tariffs on steel, aluminum and autos, and the
Section 301 tariffs on China, none of which were at issue.

<strong>Procedure.</strong> The court heard the case en banc, with all 11 active judges, which
is unusual for the Federal Circuit and tells you how seriously it took the question.

<strong>What the administration can do.</strong> It could re-impose some tariffs under
Section 122 (up to 15% for 150 days) or open new Section 301 investigations country by
country. Neither is quick, and neither matches the reach of IEEPA.

<strong>Market read.</strong> Treasury traders care because tariff revenue has been running
around $30 billion a month, which has helped narrow the deficit. Losing it would mean more
bill issuance next year.

Our base case: the Supreme Court takes the case on an expedited basis and rules by early
2026. Until then, the tariffs are collected as usual.
""")

# --- court-WK2 (control): EU General Court on the Norvant fine -------------------------------

_K2_WIRE = _paras("""
The European Union&#8217;s General Court on Wednesday upheld most of a 2023 antitrust decision
against Norvant Semiconductor, but cut the fine imposed on the Dutch chipmaker to
&euro;1.06 billion ($1.23 billion) from &euro;1.19 billion.

The Luxembourg-based court agreed with the European Commission that Norvant had abused its
dominant position in microcontrollers for cars by offering rebates to carmakers and parts
suppliers that bought almost all their chips from it.

But the judges found the Commission had overstated how long the abuse lasted in one product
segment, and reduced the penalty accordingly, the court said in a statement.

Norvant shares fell about 3% in early trading in Amsterdam after the judgment, which was
handed down at 9:30 a.m. local time (0730 GMT).

“We are disappointed that the court did not accept all of our arguments, and we will study
the judgment carefully before deciding on next steps,” the company said.

Commission spokesperson Lea Vanhoutte said the EU executive “welcomes that the General Court
has confirmed the abuse” and would take note of the reduced amount.

Norvant can appeal to the Court of Justice, the EU&#8217;s top court, on points of law within
two months and ten days.

The case began with a complaint by U.S. rival Kestrel Microsystems in 2019. The fine, imposed
in December 2023, was one of the largest the Commission had levied on a chipmaker.

Carmakers were not parties to the case, and several said through their industry association
that supply arrangements had changed after the Commission&#8217;s decision.

The case is T-88/24 Norvant v Commission.
""")

_K2_CPR_ITEMS: list[Any] = [*_paras("""
Europe&#8217;s second-highest court has largely sided with the European Commission in its
long-running case against the chipmaker Norvant, while reducing the company&#8217;s fine by
about &euro;130m. The case dates back to a complaint by the American rival Kestrel
Microsystems.

The General Court, which sits in Luxembourg, said on Wednesday that Norvant had broken EU
competition rules by rewarding customers that bought nearly all their car microcontrollers
from it. It lowered the penalty to &euro;1.06bn from &euro;1.19bn.

Norvant&#8217;s shares closed 1.8% lower in Amsterdam.

The company said it was disappointed and would consider its options, including an appeal to
the Court of Justice of the European Union.

On this evening&#8217;s Business Hour, presenter Tom Aldridge spoke to the competition lawyer
Saskia de Vries of Brennan Holt.
"""),
    ("TOM ALDRIDGE", "Is this a win for Brussels or for Norvant?"),
    ("SASKIA DE VRIES", "Mostly for Brussels. The court confirmed the core of the case, that "
     "these loyalty rebates shut rivals out. The reduction is about how long one part of the "
     "abuse lasted, not about whether it happened."),
    ("TOM ALDRIDGE", "Will Norvant appeal?"),
    ("SASKIA DE VRIES", "They have two months and ten days, and an appeal can only be on points "
     "of law. Given the size of the fine, I would expect them to try, but the odds of a "
     "further reduction are not great."),
    ("TOM ALDRIDGE", "What does it mean for carmakers?"),
    ("SASKIA DE VRIES", "Not much day to day. The rebate schemes ended when the Commission "
     "ruled in 2023. But it strengthens the Commission&#8217;s hand in other rebate cases, "
     "and there are a few of those in the pipeline."),
    ("TOM ALDRIDGE", "Saskia de Vries, thank you."),
]

_K2_BLOG = _paras("""
The General Court handed down its Norvant judgment Wednesday morning (3:30 a.m. Eastern, for
those of us who were up), and the headline is a haircut: the fine goes from &euro;1.19bn to
&euro;1.06bn, about $1.2 billion at current rates.

That’s roughly an 11% reduction, less than the bulls were hoping for.

<strong>Substance.</strong> The court upheld the abuse finding on exclusivity rebates in
automotive microcontrollers. The trim comes from the duration of the infringement in one
product segment, which the court said the Commission overstated.

<strong>Balance sheet.</strong> Norvant provisioned the full &euro;1.19bn in 2023 and posted
a bank guarantee rather than paying, so the reduction is a small one-off gain rather than a
cash event.

<strong>Stock reaction.</strong> Muted: down about 3% early, recovering part of that later in
the session. The market had assumed the finding would stand; the only question was the size
of the cut.

<strong>Appeal.</strong> Norvant has two months and ten days to go to the Court of Justice on
points of law. Appeals on fines alone rarely move the number much, so we would not model any
further relief.

<strong>Timing.</strong> The Commission’s decision dates to December 2023 and the complaint
behind it to 2019, which tells you everything about the pace of EU competition enforcement. A
Court of Justice appeal would add another 18 months or so.

Our view: this removes an overhang rather than creating an upside. The more interesting read
is for the Commission’s other pending rebate cases, where this judgment gives Brussels
useful cover on the theory of harm.
""")

_K2_SENTINEL = _paras("""
EASTON &mdash; A European court on Wednesday upheld most of an antitrust penalty against Norvant
Semiconductor, the Dutch company that owns the chip plant on Industrial Parkway, while
trimming the fine to about &euro;1.1 billion.

The General Court of the European Union in Luxembourg agreed with EU regulators that Norvant
used rebates to lock carmakers into buying its microcontrollers, according to wire reports.
The court reduced the fine from &euro;1.19 billion to &euro;1.06 billion.

The European Commission fined Norvant in December 2023, finding that the company offered
rebates to carmakers and suppliers that bought almost all of their chips from it. The
complaint that started the case was filed in 2019 by a U.S. competitor.

The Easton plant, which Norvant bought in 2016, employs about 1,100 people and makes sensors
for the auto industry. It was not part of the case.

A company spokesperson in Easton, Jill Haddad, said the ruling would have “no impact on our
local operations or employment.”

County Executive Ray Donnelly said he had spoken with plant management Wednesday morning.

“They assured me this is a European legal matter and that Easton is not affected,” Donnelly
said. “That plant is one of our largest employers, so we pay attention.”

Norvant said in a statement that it was disappointed and would study the judgment before
deciding on next steps. It can appeal to the EU&#8217;s highest court.

The plant&#8217;s planned $85 million expansion, announced in March, remains on schedule,
Haddad said.

<em>This story includes information from Pacific Wire.</em>
""")


# ---------------------------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------------------------

_SPONSORED = ("Millbrook seniors are switching to this Medicare plan",
              "The 5 best gutter guards of 2025, ranked by a contractor",
              "Local dentist reveals the one habit that stains teeth")

_OCT20 = r"oct(ober)?\.?\s*20\b|2025-10-20|\b20\s*oct"
_OCT27 = r"oct(ober)?\.?\s*27\b|2025-10-27|\b27\s*oct"
_JAN2728 = (r"27\s*(-|–|—|to|and|/)\s*28|jan(uary)?\.?\s*27\b|2026-01-27|\b27\s*jan")
_JAN2829 = (r"28\s*(-|–|—|to|and|/)\s*29|jan(uary)?\.?\s*29\b|2026-01-29|\b29\s*jan"
            r"|jan(uary)?\.?\s*28\s*(-|–|—|to|and|/)")

STORIES: list[dict[str, Any]] = [
    _story("trade-WK1", "trade", "2025-09-30", [
        _page("https://www.pacificwire.example/world/us-china-copenhagen-truce-5581203",
              _wire_site(
                  "US, China agree to extend tariff truce after Copenhagen talks", _T1_WIRE,
                  dateline="COPENHAGEN", section="World",
                  published="2025-09-16T19:40:00+00:00",
                  caption="File photo: Shipping containers are stacked at a port in Qingdao, "
                          "China. (Pacific Wire)",
                  related=("Japan&#8217;s exports fall for a fourth month as U.S. tariffs bite",
                           "EU and Indonesia sign trade pact after nine years of talks",
                           "Mexico proposes tariffs of up to 50% on cars from China"),
                  credit="Reporting by Anna Lindqvist in Copenhagen and Tom Reyes in "
                         "Washington; Editing by Mark Hollis")),
        _page("https://www.nationalledger.example/economy/2025/09/17/copenhagen-trade-truce/",
              _daily_site(
                  "Marathon Copenhagen session yields 90-day tariff reprieve", _T1_LEDGER,
                  author="Julia Brandt", section="Economy",
                  author_bio="Julia Brandt covers trade and international economics for the "
                             "Ledger from Washington. She previously reported from Beijing.",
                  published="2025-09-17T10:30:00Z",
                  standfirst="The extension keeps current tariff rates in place while the "
                             "hardest issues wait for another round.",
                  read_more=(1, "Inside the soybean slump hitting Midwest farm towns"),
                  most_read=("Fed expected to cut rates by a quarter point next week",
                             "Storm knocks out power to 200,000 homes in the Carolinas",
                             "Opinion: The farm economy can&#8217;t live on bailouts",
                             "Rocket maker delays third test flight to October"),
                  tags=("Trade", "China", "Tariffs"))),
        _page("https://basispointbrief.example/2025/09/copenhagen-truce-extension/",
              _blog_site(
                  "Copenhagen truce extension: what it means for your China exposure",
                  _T1_BLOG, post_id=4417, author="Owen Castellano",
                  categories=("Trade",), tags=("China", "tariffs", "soybeans", "yuan"),
                  recent=("Fed preview: 25 bp and a fight over the dots",
                          "Why the yen still matters for US rates",
                          "August CPI: goods inflation is back"),
                  comments=14,
                  disclosure="The author holds no positions in the securities mentioned.")),
        _page("https://www.tricountysentinel.example/ag/soybean-growers-truce-extension",
              _regional_site(
                  "Local soybean growers cautiously welcome US-China truce extension",
                  _T1_SENTINEL, byline="By Greg Halvorsen, Sentinel staff writer",
                  shown_date="09/17/2025",
                  caption="Dale Vanderpool checks soybean plants in a field north of "
                          "Millbrook. Staff photo by Jenna Kowalczyk",
                  popular=("Mercer County fair draws record 61,000 visitors",
                           "Polk County board approves $4.2 million road plan",
                           "Harlan Hawks roll past Dunmore 28-14"),
                  sponsored=_SPONSORED)),
    ], [
        ("duration", r"\b(7|seven)\s*(hours?|hrs?|h\b)|420\s*min",
         r"\b(11|eleven)\s*(hours?|hrs?|h\b)|660\s*min"),
        ("delegation leader", r"liu|vice[- ]premier", r"wang|commerce minister"),
        ("next meeting date", _OCT20, _OCT27),
    ]),

    _story("trade-WK2", "trade", "2025-12-03", [
        _page("https://www.pacificwire.example/business/us-china-battery-tariff-5702114",
              _wire_site(
                  "US to double tariffs on Chinese batteries to 50%", _T2_WIRE,
                  dateline="WASHINGTON", section="Business",
                  published="2025-11-19T21:10:00+00:00",
                  related=("EU opens anti-subsidy probe into Chinese wind turbines",
                           "Korean battery maker Hanseo to build $2 billion cell plant in "
                           "Arizona",
                           "Copper hits record high on mine supply worries"),
                  credit="Reporting by Tom Reyes; additional reporting by Mei Chen in "
                         "Beijing; Editing by Mark Hollis",
                  updated="Updated 22:05 GMT: adds analyst comment on Hong Kong shares.")),
        _page("https://basispointbrief.example/2025/11/battery-tariffs-double/",
              _blog_site(
                  "Battery tariffs double to 50%: who wins, who loses", _T2_BLOG,
                  post_id=4602, author="Owen Castellano",
                  categories=("Trade", "Energy"),
                  tags=("batteries", "Section 301", "China", "storage"),
                  recent=("Copenhagen truce, take two: what changed",
                          "The dollar after the shutdown",
                          "Rare earth licences: a primer"),
                  comments=9)),
        _page("https://www.wktr6.example/money/chinese-battery-tariff-home-solar",
              _tv_site(
                  "New tariff on Chinese batteries could raise cost of home solar systems",
                  _T2_TV, reporter="Dana Okoye",
                  video="Fairview installer on what the battery tariff means for customers",
                  trending=("Police identify driver in Route 9 crash",
                            "Fairview schools weigh later start times",
                            "First frost warning of the season for the valley"))),
        _page("https://www.tricountysentinel.example/business/harlow-battery-tariff",
              _regional_site(
                  "Millbrook battery plant braces for doubled tariff on Chinese cells",
                  _T2_SENTINEL, byline="By Priya Natarajan, Sentinel business editor",
                  popular=("Millbrook council delays vote on water rates",
                           "Deer season opens Saturday: what hunters need to know",
                           "Obituary: Harold J. Berne, 91"),
                  sponsored=_SPONSORED)),
    ], [
        ("effective date", r"jan(uary)?\.?\s*1\b|2026-01-01|(?<!\d)1\s*jan|new year",
         r"jan(uary)?\.?\s*15\b|2026-01-15|\b15\s*jan"),
        ("import value", r"(?<![\d.])16(\.4)?\s*(billion|bn|b\b)",
         r"(?<![\d.])19(\.0)?\s*(billion|bn|b\b)"),
        ("quote attribution", r"he lanying|lanying|spokes", r"wang|jiantao"),
    ]),

    _story("cb-WK1", "central bank", "2025-12-19", [
        _page("https://www.pacificwire.example/markets/fed-cuts-rates-december-5790032",
              _wire_site(
                  "Fed cuts rates for third time, signals pause ahead", _C1_WIRE,
                  dateline="WASHINGTON", section="Markets",
                  published="2025-12-10T19:25:00+00:00",
                  related=("Bank of Canada holds key rate at 2.25%",
                           "Swiss National Bank keeps rates at zero",
                           "Brazil&#8217;s central bank holds Selic at 15%"),
                  credit="Reporting by Howard Lindgren; Editing by Paula Meyers")),
        _page("https://www.nationalledger.example/economy/2025/12/11/fed-cuts-divided/",
              _daily_site(
                  "Fed cuts again, but a divided committee hints at a pause", _C1_LEDGER,
                  author="Samuel Adeyemi", section="Economy",
                  author_bio="Samuel Adeyemi covers the Federal Reserve and the U.S. "
                             "economy.",
                  published="2025-12-11T11:00:00Z",
                  standfirst="Two dissents in opposite directions show how hard the next "
                             "step will be.",
                  caption="Jerome Powell, the Fed chair, speaking to reporters in Washington "
                          "on Wednesday.",
                  read_more=(3, "What a Fed cut means for your mortgage, car loan and "
                                "savings"),
                  most_read=("Holiday shipping deadlines: the dates to know",
                             "Winter storm warning issued for the Great Lakes",
                             "Opinion: The Fed&#8217;s independence is on the ballot",
                             "Magnitude 6.7 quake shakes northern Japan"),
                  tags=("Federal Reserve", "Interest Rates", "Economy"))),
        _page("https://www.cprnews.example/business/2025/12/10/powell-news-conference-excerpts",
              _broadcaster_site(
                  "Powell on the rate cut: &#8216;We are well positioned to wait&#8217;",
                  _C1_CPR_ITEMS, shown_date="December 10, 2025",
                  listen="Listen &middot; 6:42 &middot; Business Hour",
                  summary="Excerpts from the Fed chair&#8217;s news conference after "
                          "Wednesday&#8217;s decision.",
                  more=("Holiday retail sales up 3.1% in early count, industry group says",
                        "Why egg prices fell this fall",
                        "Bank of England expected to cut rates next week"),
                  note="This transcript has been edited for length and clarity.")),
        _page("https://basispointbrief.example/2025/12/fomc-recap-december/",
              _blog_site(
                  "FOMC recap: 25 bp, two dissents and a dot plot that says two more",
                  _C1_BLOG, post_id=4688, author="Renata Voss",
                  categories=("Central Banks",), tags=("Fed", "FOMC", "dot plot", "T-bills"),
                  recent=("ECB preview: on hold at 2%, for how long?",
                          "November payrolls: the shutdown hangover",
                          "BoE preview: another knife-edge"),
                  comments=31)),
    ], [
        ("dissenter", r"schmid", r"goolsbee"),
        ("rate projection", r"\bone\b|\b1\b|single", r"\btwo\b|\b2\b|3\.00?\s*%?\s*(-|–|to)"),
        ("next meeting date", _JAN2728, _JAN2829),
    ]),

    _story("cb-WK2", "central bank", "2026-01-06", [
        _page("https://www.pacificwire.example/markets/boe-cuts-rates-5830417",
              _wire_site(
                  "Bank of England cuts rates to 3.75% in 5-4 vote", _C2_WIRE,
                  dateline="LONDON", section="Markets",
                  related=("ECB holds deposit rate at 2% for fourth straight meeting",
                           "Bank of Japan seen raising rates to 0.75% on Friday",
                           "Norway&#8217;s central bank holds at 4%"),
                  credit="Reporting by Fiona Walsh and David Mensah; Editing by Paula "
                         "Meyers")),
        _page("https://www.nationalledger.example/world/2025/12/18/bank-of-england-rates/",
              _daily_site(
                  "Bank of England trims rates as British inflation cools", _C2_LEDGER,
                  author="Clare Whitmore", section="World",
                  author_bio="Clare Whitmore is the Ledger&#8217;s London bureau chief.",
                  published="2025-12-18T16:30:00Z",
                  standfirst="A split committee lowers borrowing costs to their lowest "
                             "level in nearly three years.",
                  most_read=("Winter storm to bring 18 inches of snow to upstate New York",
                             "The 10 best books of 2025",
                             "Ukraine talks resume in Berlin",
                             "Mortgage rates dip to 6.2%, lowest since 2024"),
                  tags=("Bank of England", "Britain", "Interest Rates"))),
        _page("https://basispointbrief.example/2025/12/boe-cuts-five-four/",
              _blog_site(
                  "BoE cuts to 3.75%: the 5-4 split tells you everything", _C2_BLOG,
                  post_id=4701, author="Renata Voss",
                  published="2025-12-18T15:20:00+00:00", shown_date="December 18, 2025",
                  categories=("Central Banks",), tags=("BoE", "gilts", "UK inflation"),
                  recent=("FOMC recap: 25 bp, two dissents and a dot plot that says two more",
                          "ECB: nothing to see here",
                          "BoJ to 0.75%? Probably"),
                  comments=6)),
        _page("https://www.cprnews.example/business/bank-of-england-rate-cut-explained",
              _broadcaster_site(
                  "Bank of England cuts interest rates to 3.75% &ndash; what it means for you",
                  _C2_CPR_ITEMS,
                  summary="Borrowers on tracker mortgages will feel the benefit first.",
                  more=("Energy price cap to rise slightly in January, regulator says",
                        "Christmas rail strikes called off after pay offer",
                        "House prices rose 1.9% in the year to November"))),
    ], [
        ("vote split", r"\b5\s*(-|–|—|to|:)\s*4\b|five[- ]to[- ]four|\bfive\b",
         r"\b6\s*(-|–|—|to|:)\s*3\b|six[- ]to[- ]three|\bsix\b"),
        ("announcement time",
         r"\b12(:00)?\s*(p\.?m\.?|gmt|utc)|\bnoon\b|\b1200\b|\b12:00\b|\b7(:00)?\s*a\.?m|\b07:00",
         r"\b8(:00)?\s*a\.?m|\b08:00|\b13:00|\b1300\b|\b1(:00)?\s*p\.?m"),
    ]),

    _story("court-WK1", "court", "2025-09-08", [
        _page("https://www.pacificwire.example/politics/appeals-court-tariffs-5512987",
              _wire_site(
                  "Appeals court rules emergency tariffs illegal but leaves them in place",
                  _K1_WIRE, dateline="WASHINGTON", section="Politics",
                  published="2025-08-29T22:15:00+00:00",
                  related=("Canada drops most retaliatory tariffs on U.S. goods",
                           "India says it will keep buying Russian oil despite 50% tariff",
                           "Swiss exporters reel from 39% U.S. levy"),
                  credit="Reporting by Nora Castillo; Editing by Mark Hollis")),
        _page("https://www.nationalledger.example/politics/2025/08/30/tariffs-appeals-court/",
              _daily_site(
                  "Appeals court strikes down emergency tariffs, setting up Supreme Court "
                  "showdown", _K1_LEDGER,
                  author="Marcus Feld", section="Politics",
                  author_bio="Marcus Feld covers the courts and legal affairs for the "
                             "Ledger.",
                  published="2025-08-30T09:00:00Z",
                  standfirst="The ruling leaves the tariffs in force for now, but raises "
                             "the prospect of refunds for importers.",
                  read_more=(2, "How the emergency tariffs reshaped U.S. imports this year"),
                  most_read=("Labor Day traffic: the worst times to hit the road",
                             "Hurricane season&#8217;s quiet August may not last",
                             "Opinion: Congress gave away its tariff power. Take it back.",
                             "Jobs report preview: economists expect 75,000 gain"),
                  tags=("Tariffs", "Courts", "Trade"))),
        _page("https://www.wktr6.example/news/appeals-court-tariffs-local-businesses",
              _tv_site(
                  "Court says tariffs illegal, but local businesses still paying for now",
                  _K1_TV, reporter="Luis Ferrante", shown_date="10 days ago",
                  video="Fairview toy seller reacts to tariff ruling",
                  trending=("Fairview Fall Festival returns this weekend",
                            "County fair attendance tops 50,000",
                            "High school football: Week 2 scores"))),
        _page("https://basispointbrief.example/2025/08/ieepa-federal-circuit-ruling/",
              _blog_site(
                  "IEEPA tariffs lose at the Federal Circuit: refund math and what’s next",
                  _K1_BLOG, post_id=4350, author="Owen Castellano",
                  categories=("Trade",), tags=("IEEPA", "tariffs", "refunds", "SCOTUS"),
                  recent=("Jackson Hole: what Powell actually said",
                          "Tariff revenue by month, in one chart",
                          "Section 122, explained"),
                  comments=22)),
    ], [
        ("majority", r"\b7\s*(-|–|—|to)\s*4\b|\b7\b|\bseven\b",
         r"\b8\s*(-|–|—|to)\s*3\b|\b8\b|\beight\b"),
        ("stay deadline", r"oct(ober)?\.?\s*14\b|2025-10-14|\b14\s*oct",
         r"oct(ober)?\.?\s*17\b|2025-10-17|\b17\s*oct"),
        ("dissent author", r"ostrowski", r"ferreira"),
    ]),

    _story("court-WK2", "court", "2025-11-04", [
        _page("https://www.pacificwire.example/business/norvant-general-court-fine-5650871",
              _wire_site(
                  "EU court upholds Norvant antitrust ruling, trims fine to &euro;1.06 "
                  "billion", _K2_WIRE, dateline="LUXEMBOURG", section="Business",
                  published="2025-10-22T09:12:00+00:00",
                  related=("EU fines three banks &euro;300 million over bond cartel",
                           "Carmakers warn of chip shortages as a supplier halts shipments",
                           "Dutch lithography maker&#8217;s orders beat forecasts"),
                  credit="Reporting by Lotte Janssen in Luxembourg and Pieter de Boer in "
                         "Amsterdam; Editing by Paula Meyers",
                  updated="Corrects spelling of Commission spokesperson&#8217;s name in "
                          "paragraph 6.")),
        _page("https://www.cprnews.example/business/2025/10/22/norvant-fine-general-court",
              _broadcaster_site(
                  "EU court trims Norvant fine but backs Brussels on abuse finding",
                  _K2_CPR_ITEMS, shown_date="22 October 2025 &middot; 18:40 BST",
                  listen="Listen &middot; 4:15 &middot; Business Hour",
                  summary="The chipmaker&#8217;s penalty is cut, but the core finding stands.",
                  more=("Chancellor&#8217;s Budget date confirmed for 26 November",
                        "Inflation holds at 3.8% in September",
                        "Steelworks rescue talks enter final week"))),
        _page("https://basispointbrief.example/2025/10/norvant-general-court/",
              _blog_site(
                  "Norvant’s €1.06bn: the General Court giveth (a little)", _K2_BLOG,
                  post_id=4555, author="Renata Voss",
                  categories=("Equities", "Regulation"),
                  tags=("Norvant", "EU competition", "semis"),
                  recent=("Q3 semis earnings: autos still soft",
                          "The ECB in October: steady as she goes",
                          "Copper, chips and China"),
                  comments=3)),
        _page("https://www.tricountysentinel.example/news/local/norvant-eu-ruling-easton",
              _regional_site(
                  "EU court upholds most of fine against Norvant, owner of Easton chip plant",
                  _K2_SENTINEL, byline="By Greg Halvorsen, Sentinel staff writer",
                  caption="Courtesy Norvant Semiconductor: The company&#8217;s plant on "
                          "Industrial Parkway in Easton.",
                  popular=("Easton man charged in string of catalytic converter thefts",
                           "Polk County voters to decide $18 million school bond",
                           "Obituary: Margaret &#8220;Peg&#8221; Lindahl, 84"),
                  sponsored=_SPONSORED)),
    ], []),
]
