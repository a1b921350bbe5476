"""Part WO of the story battery (web pages).

Written by engineer WO1 on 2026-12-06 (seventeenth session, seventh batch) without reading
Storyline's rules or other parts, before any run; scored with
``bench/bench_story_battery.py WO``.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by three or four invented outlets whose whole HTML pages are built by one template per
outlet (wire service, national daily, local TV station, WordPress-like finance blog, public
broadcaster, regional paper with heavy ads). The central-bank story is the control story
(no planted disagreement). Precision traps: paragraphs recalling the previous event of the
same kind with its own figures, officials' titles given in several true ways, one body named
two ways, units and zones converted, furniture listing other stories' numbers.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WO", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: tuple[str, ...] | list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/read/{i + 101}">{t}</a></li>'
                   for i, t in enumerate(items))


# --------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, <h1>, dateline, og/article meta.
# --------------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, published: str | None = None,
               updated: str | None = None, byline: str = "Pacific Wire staff",
               section: str = "World", related: tuple[str, ...] = (),
               credit: str = "") -> str:
    meta = ""
    stamp = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:section" content="{section}">\n')
        stamp = f'<time class="pw-time" datetime="{published}">{published[:10]}</time>'
    upd = f'<p class="pw-updated">Updated {updated}</p>' if updated else ""
    first = (f'<p><span class="dateline">{dateline} (Pacific Wire) &mdash;</span> '
             f'{paras[0]}</p>')
    rest = "\n".join(f"<p>{p}</p>" for p in paras[1:])
    rel = ""
    if related:
        rel = ('<aside class="pw-related" aria-label="Related coverage"><h2>Related coverage'
               f'</h2><ul>{_lis(related)}</ul></aside>')
    cred = f'<p class="pw-credit">{credit}</p>' if credit else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pacific Wire</title>
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}<link rel="stylesheet" href="https://static.pacificwire.example/css/main.4f2a.css">
<script async src="https://static.pacificwire.example/js/metrics.js"></script>
</head>
<body class="pw-article">
<a class="skip-link" href="#main-content">Skip to content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav" aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
    <li><a href="/pictures">Pictures</a></li></ul></nav>
  <form class="pw-search" action="/search"><input type="search" name="q"
    placeholder="Search Pacific Wire"><button>Go</button></form>
  <a class="pw-signin" href="/account">Sign in</a>
</header>
<main id="main-content">
<article class="pw-story">
  <p class="pw-kicker"><a href="/{section.lower()}">{section}</a></p>
  <h1 class="pw-headline">{title}</h1>
  <div class="pw-meta"><span class="pw-byline">By {byline}</span> {stamp}</div>
  {upd}
  <div class="pw-body">
{first}
{rest}
  </div>
  {cred}
  <div class="pw-share"><button class="fb">Share on Facebook</button>
    <button class="x">Tweet</button><button class="li">Share on LinkedIn</button>
    <button class="copy">Copy link</button></div>
  <p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire Trust
    Principles.</a></p>
</article>
{rel}
</main>
<footer class="pw-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/terms">Terms of use</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2025 Pacific Wire Ltd. 1180 Embarcadero Row, San Francisco, CA.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. Nested <div> soup, styled <div> headline,
# cookie banner, paywall teaser, ad slots, "Most read", optional JSON-LD date.
# --------------------------------------------------------------------------------------------
def _daily_site(title: str, paras: list[str], *, standfirst: str = "",
                published: str | None = None, author: str = "",
                pull_quote: str | None = None, read_more: tuple[int, str] | None = None,
                most_read: tuple[str, ...] = (), section: str = "News") -> str:
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": title, "datePublished": published,
                "author": {"@type": "Person", "name": author or "Courier Staff"},
                "publisher": {"@type": "Organization", "name": "The Daily Courier"}}
        ld = ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
              + "</script>")
    blocks: list[str] = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="dc-para"><div class="dc-txt">{p}</div></div>')
        if read_more and i == read_more[0]:
            blocks.append('<div class="dc-inline"><span>Read more:</span> '
                          f'<a href="/news/related-8812">{read_more[1]}</a></div>')
        if pull_quote and i == 2:
            blocks.append(f'<div class="dc-pullquote"><blockquote>{pull_quote}'
                          "</blockquote></div>")
        if i in (3, 8):
            blocks.append(f'<div class="dc-ad" data-slot="mid-{i}"><div class="dc-ad-label">'
                          'Advertisement</div><div class="dc-ad-frame"></div></div>')
    body = "\n".join(blocks)
    mr = ""
    if most_read:
        mr = ('<div class="dc-rail"><div class="dc-rail-title">Most read</div>'
              f'<ol class="dc-mostread">{_lis(most_read)}</ol></div>')
    auth = (f'<div class="dc-author">By <a href="/by/{author.lower().replace(" ", "-")}">'
            f"{author}</a></div>") if author else ""
    stand = f'<div class="dc-standfirst">{standfirst}</div>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The Daily Courier</title>
<meta name="description" content="{standfirst or title}">
{ld}
</head>
<body>
<div id="cookie-consent" class="cc-banner"><div class="cc-inner">
  <div class="cc-text">We use cookies and similar technologies to personalise content and
  ads and to analyse our traffic. By clicking &ldquo;Accept all&rdquo; you agree to this.</div>
  <div class="cc-buttons"><a class="cc-accept">Accept all</a> <a class="cc-manage">Manage
  preferences</a></div></div></div>
<div id="wrapper"><div class="dc-top">
  <div class="dc-brand"><a href="/">The Daily Courier</a></div>
  <div class="dc-menu"><a href="/news">News</a> | <a href="/politics">Politics</a> |
  <a href="/business">Business</a> | <a href="/world">World</a> | <a href="/opinion">Opinion</a>
  | <a href="/sport">Sport</a> | <a href="/culture">Culture</a></div>
  <div class="dc-subscribe"><a href="/subscribe">Subscribe &ndash; first month $1</a></div>
</div>
<div class="dc-main"><div class="dc-col-left"><div class="dc-article">
  <div class="dc-section">{section}</div>
  <div class="dc-headline" role="heading" aria-level="1">{title}</div>
  {stand}
  {auth}
  <div class="dc-tools"><a class="dc-share-fb">Share on Facebook</a>
    <a class="dc-share-tw">Tweet</a> <a class="dc-share-mail">Email</a>
    <a class="dc-gift">Gift this article</a></div>
  <div class="dc-content">
{body}
  </div>
  <div class="dc-paywall"><div class="dc-paywall-h">You have read 3 of 5 free articles
  this month.</div><div>Subscribe for unlimited access to award-winning journalism.
  <a href="/subscribe">See offers</a></div></div>
  <div class="dc-comments"><a href="#comments">View comments</a></div>
</div></div>
<div class="dc-col-right">{mr}
  <div class="dc-ad dc-ad-tall"><div class="dc-ad-label">Advertisement</div></div>
  <div class="dc-newsletter"><div>The Morning Courier</div><div>Our editors&#8217; pick of
  the day&#8217;s news, in your inbox at 6 a.m.</div><input type="email"
  placeholder="Email address"><button>Sign up</button></div>
</div></div>
<div class="dc-footer"><div>&copy; 2025 The Daily Courier Company. All rights reserved.
</div><div>Daily Courier Building, 400 Lexington Square, New York, NY 10017</div>
<div><a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms of service</a>
&middot; <a href="/corrections">Corrections</a></div></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 3: KXRT 7 News, a local TV station. Paragraphs as <br><br> runs in one <div>.
# --------------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, stamp: str | None = None, reporter: str = "",
             read_more: tuple[int, str] | None = None, trending: tuple[str, ...] = (),
             caption: str | None = None) -> str:
    chunks: list[str] = []
    for i, p in enumerate(paras):
        chunks.append(p)
        if read_more and i == read_more[0]:
            chunks.append(f'<b>READ MORE:</b> <a href="/news/local/7731">{read_more[1]}</a>')
        if i == 4:
            chunks.append('<span class="ad-tag">ADVERTISEMENT</span>')
    body = "\n<br><br>\n".join(chunks)
    st = f'<div class="kx-stamp">{stamp}</div>' if stamp else ""
    cap = (f'<div class="kx-media"><img src="/img/lead.jpg" alt=""><div class="kx-cap">{caption}'
           "</div></div>") if caption else ""
    tr = ""
    if trending:
        tr = ('<div class="kx-trending"><h3>Trending on KXRT7.com</h3>'
              f"<ul>{_lis(trending)}</ul></div>")
    rep = f'<div class="kx-reporter">{reporter}</div>' if reporter else ""
    return f"""<html>
<head>
<title>{title} | kxrt7.example</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@KXRT7">
<meta property="og:title" content="{title}">
</head>
<body>
<div class="kx-alert">WEATHER ALERT: Dense fog advisory for coastal counties until 9 AM</div>
<div class="kx-header"><a href="/" class="kx-logo">KXRT 7</a>
<ul class="kx-nav"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/traffic">Traffic</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/watch">Watch Live</a></li><li><a href="/vote">Decision 2025</a></li>
<li><a href="/contests">Contests</a></li></ul></div>
<div class="kx-page"><div class="kx-story">
<h1 class="kx-title">{title}</h1>
{rep}
{st}
<div class="kx-social"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
{cap}
<div class="kx-text">
{body}
</div>
<div class="kx-tips">Have a news tip? Email <a>newsdesk@kxrt7.example</a> or call
(361) 555-0177.</div>
<div class="kx-copy">Copyright 2025 KXRT. All rights reserved. This material may not be
published, broadcast, rewritten or redistributed.</div>
</div>
{tr}
<div class="kx-weather"><b>7 First Alert Forecast</b> Tonight: Low 54&deg;. Tomorrow:
Sunny, high 71&deg;.</div>
</div>
<div class="kx-footer">KXRT 7 &middot; 2200 Shoreline Boulevard &middot; FCC Public File
&middot; EEO Report &middot; Closed Captioning &middot; Privacy Policy</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 4: Ledger & Lane, a WordPress-like finance blog. entry-title, entry-content, tags,
# author bio, sidebar widgets, comments.
# --------------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, date_text: str | None = None,
               author: str = "", bio: str = "", tags: tuple[str, ...] = (),
               popular: tuple[str, ...] = (), category: str = "Macro") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras[:4])
    body += ('\n<div class="wp-block-group ad-inline"><p class="ad-label">Advertisement'
             "</p></div>\n")
    body += "\n".join(f"<p>{p}</p>" for p in paras[4:])
    date = (f'<span class="posted-on"><a href="#" rel="bookmark">{date_text}</a></span>'
            if date_text else "")
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{t}</a>'
                         for t in tags)
    pop = ""
    if popular:
        pop = ('<section class="widget widget_popular"><h2 class="widget-title">Popular posts'
               f"</h2><ul>{_lis(popular)}</ul></section>")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledger &amp; Lane</title>
<link rel='stylesheet' id='ll-theme-css' href='/wp-content/themes/ledger/style.css?ver=6.6'>
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Ledger &amp; Lane</a></p>
<p class="site-description">Markets, money and the macro picture &mdash; without the jargon</p>
</div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/macro">Macro</a></li><li><a href="/category/markets">Markets</a></li>
<li><a href="/category/investing">Investing</a></li><li><a href="/podcast">Podcast</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry category-macro">
<header class="entry-header">
<span class="cat-links"><a href="/category/{category.lower()}">{category}</a></span>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">{date} <span class="byline">by <span class="author vcard">
<a class="url fn n" href="/author/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-facebook">Facebook</a></li><li><a class="share-twitter">X</a></li>
<li><a class="share-email">Email</a></li><li><a class="share-print">Print</a></li>
</ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">12 thoughts on
&ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><input type="search"
placeholder="Search &hellip;"></form></section>
{pop}
<section class="widget widget_text"><h2 class="widget-title">Get the Sunday Ledger</h2>
<div class="textwidget"><p>One email a week. No spam, unsubscribe any time.</p>
<p><input type="email" placeholder="you@example.com"> <button>Subscribe</button></p>
</div></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger &amp;
Lane Media LLC &middot; Nothing on this site is investment advice. &middot;
<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 5: Northbridge Broadcasting, a public broadcaster. <main>, <figure> before the lead,
# optional visible date, "More on this story", topics.
# --------------------------------------------------------------------------------------------
def _public_site(title: str, paras: list[str], *, date_text: str | None = None,
                 caption: str | None = None, related: tuple[str, ...] = (),
                 topics: tuple[str, ...] = (), correspondent: str = "",
                 analysis: tuple[str, str] | None = None) -> str:
    fig = ""
    if caption:
        fig = ('<figure class="nb-lead-image"><img src="/media/lead.jpg" alt="">'
               f"<figcaption>{caption}</figcaption></figure>")
    date = f'<div class="nb-date">{date_text}</div>' if date_text else ""
    parts = [f"<p><b>{paras[0]}</b></p>"] + [f"<p>{p}</p>" for p in paras[1:]]
    if analysis:
        parts.append(f'<section class="nb-analysis"><h2>Analysis</h2><p class="nb-by">'
                     f"{analysis[0]}</p><p>{analysis[1]}</p></section>")
    body = "\n".join(parts)
    corr = f'<div class="nb-contrib">{correspondent}</div>' if correspondent else ""
    rel = ""
    if related:
        rel = ('<section class="nb-more"><h2>More on this story</h2>'
               f"<ul>{_lis(related)}</ul></section>")
    tp = " ".join(f'<a class="nb-topic" href="/topics/{t.lower()}">{t}</a>' for t in topics)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - Northbridge News</title>
<meta property="og:site_name" content="Northbridge Broadcasting">
<meta name="robots" content="max-image-preview:large">
</head>
<body>
<div class="nb-cookie" role="dialog"><p>Let us know you agree to cookies</p><p>We use
cookies to give you the best online experience. Please let us know if you agree to all of
these cookies.</p><button>Yes, I agree</button><button>No, take me to settings</button></div>
<header class="nb-header"><a class="nb-skip" href="#nb-main">Skip to content</a>
<a class="nb-brand" href="/">Northbridge</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/iplayer">Watch</a> <a href="/sounds">Listen</a></nav>
<nav class="nb-sub"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/science">Science</a> <a href="/news/uk">UK</a>
<a href="/news/politics">Politics</a></nav></header>
<main id="nb-main">
<article>
<header><h1 id="nb-title">{title}</h1>{date}{corr}</header>
{fig}
<div class="nb-share"><button>Share</button><button>Save</button></div>
<div class="nb-body">
{body}
</div>
<div class="nb-topics">{tp}</div>
</article>
{rel}
</main>
<footer class="nb-footer"><p>Northbridge Broadcasting is funded by listeners and viewers.
</p><p><a href="/terms">Terms of Use</a> <a href="/about">About Northbridge</a>
<a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility Help</a></p>
<p>Copyright &copy; 2025 Northbridge. Northbridge is not responsible for the content of
external sites.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 6: The Valley Gazette, a regional paper with heavy ads. Table layout, ad slots
# after every second paragraph, newsletter, "Latest headlines", correction note.
# --------------------------------------------------------------------------------------------
def _regional_site(title: str, paras: list[str], *, date_text: str | None = None,
                   author: str = "", caption: str | None = None,
                   headlines: tuple[str, ...] = (), correction: str | None = None) -> str:
    out: list[str] = []
    for i, p in enumerate(paras):
        out.append(f'<p class="vg-p">{p}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            out.append(f'<div class="vg-adslot" id="ad-{i}"><small>ADVERTISEMENT</small>'
                       '<div class="vg-adbox">Sponsored &middot; Local roofers hate this one'
                       " trick</div></div>")
    body = "\n".join(out)
    cap = (f'<table class="vg-photo"><tr><td><img src="/photos/main.jpg" alt=""></td></tr>'
           f'<tr><td class="vg-caption">{caption}</td></tr></table>') if caption else ""
    date = f'<span class="vg-date">{date_text}</span>' if date_text else ""
    au = f'<span class="vg-author">{author}</span>' if author else ""
    hl = ""
    if headlines:
        hl = ('<td class="vg-side" width="300"><div class="vg-box"><div class="vg-box-h">'
              f'Latest headlines</div><ul>{_lis(headlines)}</ul></div>'
              '<div class="vg-adslot"><small>ADVERTISEMENT</small></div></td>')
    corr = (f'<p class="vg-correction"><i>Correction: {correction}</i></p>'
            if correction else "")
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | The Valley Gazette</title>
</head>
<body bgcolor="#ffffff">
<div class="vg-leaderboard"><small>ADVERTISEMENT</small><div class="vg-adbox">Advertise
with the Gazette &ndash; reach 140,000 readers</div></div>
<table width="100%" class="vg-head"><tr><td><a href="/"><b>THE VALLEY GAZETTE</b></a></td>
<td align="right"><a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a> |
<a href="/e-edition">E-edition</a></td></tr></table>
<div class="vg-nav"><a href="/news">News</a> &bull; <a href="/local">Local</a> &bull;
<a href="/state">State</a> &bull; <a href="/nation-world">Nation &amp; World</a> &bull;
<a href="/obituaries">Obituaries</a> &bull; <a href="/classifieds">Classifieds</a></div>
<table width="100%" class="vg-layout"><tr><td class="vg-main" valign="top">
<h2 class="vg-title">{title}</h2>
<div class="vg-meta">{au} {date}</div>
<div class="vg-share">Share: <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>
{cap}
{body}
{corr}
<div class="vg-newsletter"><b>Get the Gazette Daily</b> &ndash; local headlines every
morning. <input type="text" value="Your email"> <input type="submit" value="Sign up"></div>
<div class="vg-comments">Comments are closed for this story.</div>
</td>{hl}</tr></table>
<div class="vg-footer">The Valley Gazette &middot; 88 Mill Road &middot; Contact the
newsroom &middot; Terms &middot; &copy; 2025 Gazette Media Group</div>
</body>
</html>
"""


# ============================================================================================
# Story 1: trade. The Copenhagen round of US–China talks.
# ============================================================================================
_TRADE_WIRE = [
    "Negotiators from the United States and China agreed on Tuesday on a framework to extend "
    "their tariff truce by another 90 days, U.S. Treasury Secretary Scott Bessent said after "
    "about six hours of talks in the Danish capital.",
    "The round, the fifth since the two sides first sat down in Geneva in May, was held at "
    "Eigtveds Pakhus, the Danish foreign ministry&#8217;s conference centre on the harbour. "
    "It opened at 9:30 a.m. local time (0730 GMT).",
    "&#8220;We made substantial progress, and I think we now have a framework that both "
    "leaders can look at,&#8221; Bessent told reporters outside the venue. He was joined at "
    "the table by U.S. Trade Representative Jamieson Greer.",
    "China&#8217;s delegation was led by Vice Premier He Lifeng, Beijing&#8217;s senior "
    "economic official, with Li Chenggang, the Ministry of Commerce&#8217;s international "
    "trade representative, at his side.",
    "Under the outline, the pause on higher U.S. tariffs, due to lapse on Nov. 10, would run "
    "into early February. U.S. duties on most Chinese goods would stay at 30% and "
    "China&#8217;s retaliatory levy on American goods at 10%.",
    "China would also resume purchases of U.S. soybeans, buying at least 12 million metric "
    "tons before the end of the year, according to two people briefed on the text, and would "
    "delay for one year the expanded rare-earth export controls it announced on Oct. 9.",
    "The truce dates from the Geneva meeting, when Washington cut its tariffs on Chinese "
    "imports from 145% to 30% and Beijing lowered its own from 125% to 10%. Later rounds in "
    "London, Stockholm and Madrid each lasted two days and produced narrower understandings, "
    "including a framework on the ownership of the TikTok app.",
    "Neither side released a joint statement. China&#8217;s commerce ministry said in a brief "
    "online notice that the two teams had reached a &#8220;preliminary consensus&#8221; and "
    "would report back to their leaders.",
    "The framework is expected to be weighed by President Donald Trump and President Xi "
    "Jinping when they meet on the sidelines of the Asia-Pacific Economic Cooperation summit "
    "in South Korea at the end of the month.",
    "Markets took the news calmly. Mainland Chinese stocks had closed before the talks began, "
    "while S&amp;P 500 futures rose 0.4% in early New York trading.",
]

_TRADE_BLOG = [
    "Another round, another extension. After a six-hour session in Copenhagen on Tuesday, "
    "Washington and Beijing said they had agreed a framework that would keep the tariff "
    "truce alive for a further 90 days, pushing the deadline from November 10 to February 8.",
    "The headline numbers do not move: the US keeps a 30% tariff on most Chinese imports and "
    "China keeps 10% on American goods. That is a long way below the 145% and 125% peaks of "
    "April, which is why we have treated every round since Geneva as a non-event for equities "
    "&mdash; until it isn&#8217;t.",
    "Who was in the room matters. Treasury Secretary <strong>Scott Bessent</strong> led for "
    "the US, alongside Trade Representative Jamieson Greer. Across the table sat "
    "China&#8217;s finance minister He Lifeng, Beijing&#8217;s point man on the trade file "
    "since the spring, and Li Chenggang, the vice commerce minister who also carries the title "
    "of international trade representative.",
    "Bessent&#8217;s line to reporters was upbeat: the two sides now had &#8220;a framework "
    "that both leaders can look at.&#8221; Li was more guarded, describing the talks as "
    "&#8220;candid, in-depth and constructive.&#8221;",
    "For agriculture the big line item is soybeans. China is to buy at least 12m tonnes of "
    "US beans by the end of 2025. For context, it bought roughly 27m tonnes in 2024 and next "
    "to nothing from the new crop so far this autumn.",
    "The other piece is rare earths. Beijing will put its October 9 export-control package on "
    "hold for a year, according to US officials, which should ease the squeeze on magnet "
    "users in autos and defence. Recall that the last scare, in April, saw some European car "
    "plants idle lines for days.",
    "What to watch now is the leaders. Presidents Trump and Xi are expected to sign off "
    "&mdash; or not &mdash; at the APEC summit in South Korea later this month. Until then, "
    "as negotiators like to say, nothing is agreed until everything is agreed.",
    "Our positioning does not change. We stay neutral on China-exposed industrials, keep a "
    "small overweight in US agricultural equipment makers and would fade any rally in "
    "November soybean futures above $10.80 a bushel.",
    "<em>Disclosure: the author holds no positions in the securities mentioned.</em>",
]

_TRADE_DAILY = [
    "American and Chinese negotiators emerged from more than eight hours of talks in "
    "Copenhagen on October 21 with an outline deal to keep their fragile tariff truce in "
    "place into the new year.",
    "The meeting, held in a converted 18th-century warehouse that the Danish foreign ministry "
    "uses for conferences, was the fifth round of a process that opened in Geneva in May. "
    "It began at 9:30 a.m., or 3:30 a.m. in Washington.",
    "Treasury Secretary Scott Bessent, who led the American team with the trade "
    "representative, Jamieson Greer, said the framework would now go to the two presidents. "
    "&#8220;I think we have something both leaders can look at,&#8221; he said.",
    "For Beijing, Vice Premier He Lifeng headed the delegation. Li Chenggang, the "
    "government&#8217;s chief trade negotiator, described the talks as &#8220;candid, "
    "in-depth and constructive&#8221; and said both teams had shown &#8220;a positive "
    "attitude.&#8221;",
    "The outline would leave tariff rates unchanged: 30 percent on most Chinese imports into "
    "the United States, and 10 percent on American goods entering China. Without an "
    "extension, the pause agreed in Geneva would have expired on November 10 and far higher "
    "rates could have returned.",
    "The stakes had risen this month. Beijing announced sweeping controls on exports of "
    "rare-earth elements and processing technology on October 9, and President Trump "
    "answered with a threat of an additional 100 percent tariff on Chinese goods.",
    "Previous rounds set the pattern of modest, incremental steps. Geneva ended with the "
    "United States cutting its tariffs from 145 percent to 30 percent; London in June "
    "produced an understanding on rare-earth shipments; Stockholm in July closed with a "
    "promise to extend the pause; Madrid in September yielded a framework on TikTok.",
    "Farm groups welcomed reports that China would resume buying American soybeans. Growers "
    "in Iowa and Illinois have watched Brazilian beans take the Chinese market this year.",
    "&#8220;This is a ceasefire, not a peace treaty,&#8221; said Wendy Cutler-Hale, a former "
    "trade negotiator now at a Washington research group. &#8220;The tariffs that remain are "
    "still the highest in almost a century.&#8221;",
    "The framework is expected to be reviewed by Mr. Trump and Xi Jinping, China&#8217;s "
    "leader, at a summit in South Korea later in the month.",
]

_TRADE_PUBLIC = [
    "The United States and China have agreed to extend a pause on steep tariffs for another "
    "90 days, officials said after talks in Copenhagen on Wednesday.",
    "The six hours of negotiations, led by US Treasury Secretary Scott Bessent and Chinese "
    "Vice-Premier He Lifeng, produced what both sides called a framework rather than a final "
    "deal.",
    "It will now be put to President Donald Trump and Chinese leader Xi Jinping, who are due "
    "to meet at a regional summit in South Korea at the end of October.",
    "Mr Bessent said the teams had made &#8220;substantial progress&#8221; and now had a "
    "framework &#8220;both leaders can look at&#8221;.",
    "Li Chenggang, who holds the rank of vice-minister of commerce and is Beijing&#8217;s "
    "lead technical negotiator, called the talks &#8220;candid, in-depth and "
    "constructive&#8221;.",
    "The truce was first agreed in May in Geneva, Switzerland, where both countries slashed "
    "triple-digit tariffs. US duties on most Chinese goods fell to 30% and Chinese duties on "
    "US imports to 10%. Those rates would stay in place under the extension.",
    "Relations had soured again this month after Beijing announced sweeping new controls on "
    "exports of rare-earth elements, which are used in everything from phones to fighter "
    "jets, and Mr Trump threatened an extra 100% tariff from 1 November.",
    "Under the framework, China would postpone those controls for a year, according to US "
    "officials. It would also restart purchases of American soybeans, a sore point for US "
    "farmers who sold almost none of this year&#8217;s harvest to China.",
    "Denmark&#8217;s foreign minister, who hosted the delegations, said Copenhagen was "
    "&#8220;glad to offer a quiet room&#8221; for the talks.",
]

_TRADE_PAGES = [
    _page("https://www.pacificwire.example/world/china/us-china-copenhagen-truce-2025-10-21/",
          _wire_site("US and China agree framework to extend tariff truce after Copenhagen "
                     "talks", _TRADE_WIRE, dateline="COPENHAGEN",
                     published="2025-10-21T17:05:00Z", updated="17:40 GMT",
                     byline="Andrea Sorensen and Michael Tan", section="World",
                     related=("Japan, EU open steel quota review; duties stay at 25%",
                              "Yuan firms to 7.11 per dollar, strongest since November",
                              "US, China reach TikTok framework after two days in Madrid",
                              "Iron ore shipments from Port Hedland rise 8% in September"),
                     credit="Reporting by Andrea Sorensen in Copenhagen and Michael Tan in "
                            "Beijing; editing by Ruth Ibarra")),
    _page("https://ledgerandlane.example/2025/10/21/copenhagen-round-truce-extension/",
          _blog_site("Copenhagen round: what the US&#8211;China truce extension means for "
                     "your portfolio", _TRADE_BLOG, date_text="October 21, 2025",
                     author="Dana Whitcombe",
                     bio="Dana Whitcombe spent 14 years on commodity desks in Chicago and "
                         "Singapore before starting Ledger &amp; Lane in 2019.",
                     tags=("China", "Tariffs", "Soybeans", "Rare earths"),
                     popular=("Why the 10-year yield is stuck near 4.1%",
                              "Gold at $4,000: froth or floor?",
                              "Three charts on the Stockholm round (July)"))),
    _page("https://www.dailycourier.example/world/2025/trade-truce-copenhagen-session",
          _daily_site("Trade Truce Set to Survive After Marathon Copenhagen Session",
                      _TRADE_DAILY,
                      standfirst="Negotiators agree an outline to keep tariffs where they "
                                 "are; the two presidents must now sign off.",
                      author="Caroline Ashby", section="World",
                      pull_quote="&#8220;This is a ceasefire, not a peace treaty.&#8221;",
                      read_more=(6, "Stockholm talks end with promise to extend tariff "
                                    "pause"),
                      most_read=("Mortgage rates fall to 6.19%, lowest in a year",
                                 "Magnitude 5.9 quake shakes central Chile; no damage",
                                 "Jury awards $2.1 million to former warehouse worker",
                                 "The 38 best fall books, chosen by our critics"))),
    _page("https://news.northbridge.example/world/asia/us-china-truce-copenhagen-64218877",
          _public_site("US-China talks: Tariff truce extension agreed in Copenhagen",
                       _TRADE_PUBLIC, date_text="22 October 2025",
                       caption="Scott Bessent (left) greets He Lifeng before the talks at the "
                               "harbourside conference centre",
                       related=("US and China to hold fifth round of talks in Copenhagen",
                                "What are rare earths and why does China control them?",
                                "Japan's exports fall 2.3% as car shipments slump"),
                       topics=("Trade", "China", "United States"),
                       correspondent="By Hannah Okoro, Business reporter")),
]


# ============================================================================================
# Story 2: court. Court of Appeal dismisses a water company's challenge to a regulator's fine.
# ============================================================================================
_COURT_WIRE = [
    "A British water company lost its challenge to a &pound;38.6 million ($51.5 million) "
    "penalty on Thursday when the Court of Appeal ruled by two votes to one that the "
    "industry regulator had acted lawfully.",
    "Thamesbrook Water, which supplies 2.1 million customers in Berkshire, Oxfordshire and "
    "Wiltshire, had argued that the Water Services Regulation Authority, known as Ofwat, set "
    "the penalty without explaining how it reached the figure.",
    "Lord Justice Harcourt, giving the lead judgment, said Parliament had handed the "
    "regulator &#8220;a broad discretion, and nothing in the way it exercised that discretion "
    "was unlawful.&#8221; Lord Justice Mensah agreed.",
    "Lady Justice Ashworth dissented. &#8220;The regulator never explained how it arrived at "
    "the figure, and a company facing a penalty of this size is entitled to know,&#8221; she "
    "wrote.",
    "Ofwat imposed the penalty in March 2024 after finding that Thamesbrook had failed to "
    "maintain its sewage treatment works and had misreported spills between 2017 and 2022. "
    "The High Court rejected the company&#8217;s first challenge in January.",
    "The fine is separate from &pound;24 million that Thamesbrook had already agreed to "
    "return to customers through lower bills over two years, worth about &pound;11 a "
    "household.",
    "&#8220;This judgment confirms that companies which let their customers and the "
    "environment down will be held to account,&#8221; said Priya Venkatesh, Ofwat&#8217;s "
    "senior director for enforcement.",
    "Thamesbrook said it was disappointed and would study the ruling carefully before "
    "deciding whether to seek permission to appeal to the Supreme Court. It has 28 days to "
    "apply.",
    "The company has been under pressure since 2023, when it was fined &pound;11.2 million at "
    "Reading Crown Court after an Environment Agency prosecution over a 2019 discharge into "
    "the River Kennet. Its chief executive, Fiona Rudd, took the job permanently in July "
    "after a year as interim boss.",
    "Shares in Thamesbrook&#8217;s listed parent, Kennet Holdings, fell 1.8% in London.",
]

_COURT_PUBLIC = [
    "Thamesbrook Water has lost its appeal against a &pound;36.8m fine for failures at its "
    "sewage works, in a split decision by three senior judges.",
    "The Court of Appeal ruled on 9 October that Ofwat, the water regulator for England and "
    "Wales, had been entitled to impose the penalty, which it announced in March 2024.",
    "Two of the three judges, Lord Justice Harcourt and Lord Justice Mensah, dismissed the "
    "company&#8217;s case. The third, Lady Justice Ashworth, said she would have allowed the "
    "appeal because the regulator had not properly explained the size of the fine.",
    "Thamesbrook, which serves about 2.1 million people across three counties west of London, "
    "said it was &#8220;disappointed&#8221; and would &#8220;study the judgment with "
    "care&#8221;.",
    "Its chief executive, Fiona Rudd, who ran the company on an interim basis for a year "
    "before being confirmed in the post this summer, has promised to spend more on treatment "
    "works. Campaigners say the investment has come too late.",
    "&#8220;Rivers like the Kennet and the Ock have paid the price for years of neglect,"
    "&#8221; said Tom Ferris of the group Clean Rivers Thames Valley. &#8220;This ruling "
    "should be a line in the sand.&#8221;",
    "Ofwat&#8217;s senior director for enforcement, Priya Venkatesh, said the judgment "
    "&#8220;confirms that companies which let their customers and the environment down will "
    "be held to account&#8221;.",
    "The regulator found that between 2017 and 2022 the company had not maintained "
    "treatment works properly and had under-reported the number of times sewage spilled into "
    "rivers.",
    "The largest penalty handed to a water firm remains the &pound;90m that Southern Water "
    "was ordered to pay at Canterbury Crown Court in 2021, after it admitted thousands of "
    "illegal discharges.",
    "Thamesbrook can ask the Supreme Court for permission to bring a further appeal.",
]

_COURT_REGIONAL = [
    "Thamesbrook Water will have to pay a &pound;38.6million penalty after losing its "
    "fight at the Court of Appeal, in a ruling that split the three judges who heard the "
    "case.",
    "The Reading-based company, which supplies homes and businesses from Newbury to "
    "Swindon, had asked the court to quash the fine imposed by the regulator Ofwat in March "
    "last year.",
    "But Lord Justice Harcourt and Lord Justice Mensah ruled that the Water Services "
    "Regulation Authority had acted within its powers. Parliament had given the regulator "
    "&#8220;a broad discretion&#8221;, Lord Justice Harcourt wrote, and it had used it "
    "lawfully.",
    "In a dissenting judgment, Lady Justice Ashcroft said the company was entitled to know "
    "how the figure had been calculated and that Ofwat had never told it.",
    "The case centred on failures at sewage treatment works and inaccurate reports of "
    "spills over five years, from 2017 to 2022. A High Court judge threw out "
    "Thamesbrook&#8217;s first challenge in January.",
    "Customers will not see the penalty added to their bills, Ofwat said. It is on top of "
    "the &pound;24million Thamesbrook has agreed to hand back through lower charges, about "
    "&pound;11 for the average household, spread over two years.",
    "Local campaigners gathered outside the company&#8217;s headquarters on Kings Road after "
    "the ruling. &#8220;People in Wantage and Abingdon have been swimming in this for years,"
    "&#8221; said parish councillor Jean Holloway.",
    "Thamesbrook said it would study the judgment carefully and had not yet decided whether "
    "to go to the Supreme Court. It has 28 days to seek permission.",
    "It is not the first time the firm has been in court. In 2023 it was fined "
    "&pound;11.2million at Reading Crown Court after an Environment Agency prosecution for a "
    "2019 sewage discharge that killed fish along a stretch of the River Kennet.",
    "Chief executive Fiona Rudd, confirmed in the role in July, said in a message to staff "
    "that the company would &#8220;take the lessons of this case to heart&#8221;.",
]

_COURT_PAGES = [
    _page("https://www.pacificwire.example/business/utilities/thamesbrook-ofwat-appeal-ruling/",
          _wire_site("UK water firm Thamesbrook loses appeal over regulator's fine",
                     _COURT_WIRE, dateline="LONDON", published="2025-10-09T12:48:00Z",
                     byline="Oliver Grant", section="Business",
                     related=("Severn Trent to raise bills 21% after regulator's review",
                              "UK inflation holds at 3.8% in August",
                              "Court orders Dutch oil firm to cut emissions 45% by 2030"),
                     credit="Reporting by Oliver Grant; editing by Kate Mayhew")),
    _page("https://news.northbridge.example/uk/england/thamesbrook-water-appeal-64101552",
          _public_site("Thamesbrook Water loses appeal against sewage fine", _COURT_PUBLIC,
                       caption="Courtesy Clean Rivers Thames Valley: campaigners sampling "
                               "water on the River Ock",
                       related=("Water bills in England to rise by an average of &pound;123",
                                "What powers does Ofwat have?",
                                "Thamesbrook boss confirmed after interim year"),
                       topics=("Water", "Rivers", "Courts"),
                       correspondent="By Sian Lloyd, Environment correspondent")),
    _page("https://www.valleygazette.example/news/thamesbrook-water-loses-court-of-appeal-fight",
          _regional_site("Thamesbrook Water loses Court of Appeal fight over fine",
                         _COURT_REGIONAL, date_text="09/10/2025",
                         author="By Ellie Harbottle, Chief Reporter",
                         caption="File photo: the sewage treatment works at Sutton Courtenay",
                         headlines=("Newbury bypass closed for 3 nights from Monday",
                                    "Abingdon man, 34, jailed for 18 months for burglary",
                                    "Reading FC fans' trust raises &pound;120,000",
                                    "Didcot power station site plan approved for 600 homes"),
                         correction="An earlier version of this story gave the wrong "
                                    "street name for the company's headquarters.")),
]


# ============================================================================================
# Story 3: central bank (control story, nothing planted). Iceland's central bank cuts.
# ============================================================================================
_CB_WIRE = [
    "Iceland&#8217;s central bank cut its key interest rate by 25 basis points to 7.25% on "
    "Wednesday, surprising most economists, who had expected it to hold for a second "
    "meeting as inflation eases only slowly.",
    "The Monetary Policy Committee of Sedlabanki, as the bank is known in Icelandic, voted "
    "four to one for the cut, the bank said in a statement released at 0830 GMT. One "
    "external member, University of Iceland economics professor Hlynur Bragason, preferred "
    "to keep the seven-day term deposit rate at 7.5%.",
    "&#8220;Inflation is moving in the right direction, but more slowly than we would like,"
    "&#8221; Governor Arnar Thorvaldsson told a news conference in Reykjavik. &#8220;The "
    "monetary stance remains tight, and it will stay tight.&#8221;",
    "Annual inflation slowed to 4.1% in September from 4.3% in August, Statistics Iceland "
    "data showed last week, still well above the bank&#8217;s 2.5% target.",
    "The bank began easing in October 2024, when it lowered the rate from 9.25%, a level it "
    "had held for more than a year. Wednesday&#8217;s move takes the total reduction since "
    "then to 200 basis points. Its last cut, in May, took the rate from 7.75% to 7.5%, and it "
    "left borrowing costs unchanged at its August 20 meeting.",
    "Deputy Governor Katr&iacute;n Sveinsd&oacute;ttir, who oversees monetary policy, said "
    "wage settlements due in the spring would weigh on the next decisions.",
    "The krona was little changed at 142.9 per euro after the announcement.",
    "Of 11 analysts polled by Pacific Wire before the meeting, eight had expected no "
    "change. House prices rose 4.2% in the year to August, and tourism, the island&#8217;s "
    "biggest source of foreign currency, has slowed after a record 2024.",
    "The committee&#8217;s next rate decision is due on Nov. 19.",
]

_CB_BLOG = [
    "Reykjavik blinked first. The Central Bank of Iceland trimmed its policy rate by a "
    "quarter of a percentage point on October 8, to 7.25 per cent, at a meeting most of the "
    "street had pencilled in as a hold.",
    "The call came at 4:30 a.m. New York time, which tells you how many of our readers "
    "caught it live. Here is what matters.",
    "<strong>1. It was not unanimous.</strong> Four of the five members of the Monetary "
    "Policy Committee backed the cut. The holdout was Hlynur Bragason, an academic economist "
    "and one of the committee&#8217;s two outside members, who wanted to stay at 7.5%.",
    "<strong>2. Real rates are still punishing.</strong> With inflation at 4.1% in "
    "September, the real policy rate is a little over 3%. Compare that with the ECB&#8217;s "
    "deposit rate of 2% against euro-area inflation of about 2.2%, or the Riksbank at 1.75%. "
    "Iceland is still running one of the tightest policies in Europe.",
    "<strong>3. The easing cycle is long in the tooth.</strong> From the 9.25% peak, the bank "
    "has now cut by a cumulative two percentage points in a year. The last move before this "
    "one was in May (7.75% to 7.5%); in August it sat on its hands.",
    "<strong>4. Governor Thorvaldsson is not promising more.</strong> The central bank chief "
    "said inflation was moving the right way &#8220;but more slowly than we would like&#8221; "
    "and insisted that the stance would stay tight. Translation: do not price a cut for "
    "November 19 just yet.",
    "<strong>5. Mortgages will follow, a bit.</strong> Landsbankinn said it would lower its "
    "variable-rate mortgages by 0.25 percentage point from October 20. Fixed-rate "
    "borrowers, who are most of the market now, get nothing.",
    "Bottom line: we keep our small long position in krona-denominated government bonds and "
    "would add below a 6.8% yield on the 2031 line.",
]

_CB_PUBLIC = [
    "Iceland&#8217;s central bank has lowered interest rates for the first time since May, "
    "cutting its main rate from 7.5% to 7.25%.",
    "The decision, announced at 8.30am on 8 October, was backed by four of the five members "
    "of the bank&#8217;s rate-setting committee.",
    "Governor Arnar Thorvaldsson said inflation was falling, but &#8220;more slowly than we "
    "would like&#8221;, and warned households not to expect a rapid series of further cuts.",
    "Consumer prices were 4.1% higher in September than a year earlier, according to "
    "Statistics Iceland. The bank&#8217;s target is 2.5%.",
    "Icelanders have lived with some of the highest borrowing costs in Europe since 2023, "
    "when the bank raised its key rate to 9.25% to tackle inflation that had peaked at more "
    "than 10%.",
    "It started to reduce rates in October last year and has since cut them by a total of "
    "two percentage points. At its previous meeting, in August, it kept the rate at 7.5%.",
    "The deputy governor for monetary policy, Katr&iacute;n Sveinsd&oacute;ttir, said the "
    "outcome of next spring&#8217;s wage negotiations would be &#8220;a key test&#8221; for "
    "the bank.",
    "A member of the committee from outside the bank, Professor Hlynur Bragason, voted to "
    "leave rates unchanged. The minutes of the meeting will be published in two weeks.",
    "The bank said the economy had cooled this year, with unemployment edging up to 3.9% "
    "and fewer tourists arriving over the summer. Tourism brings in about a third of the "
    "country&#8217;s export earnings.",
    "The bank will announce its next decision on 19 November.",
    "Across the Nordic region, Norway&#8217;s central bank cut its rate to 4% last month "
    "while Sweden&#8217;s Riksbank left its own at 1.75%.",
]

_CB_PAGES = [
    _page("https://www.pacificwire.example/markets/rates/iceland-central-bank-cuts-rate/",
          _wire_site("Iceland's central bank cuts key rate to 7.25%, one member dissents",
                     _CB_WIRE, dateline="REYKJAVIK", published="2025-10-08T08:41:00Z",
                     byline="Gudrun Halla", section="Markets",
                     related=("Norway's central bank unexpectedly cuts rate to 4%",
                              "ECB keeps deposit rate at 2% for third meeting",
                              "Sweden's Riksbank holds at 1.75%, signals end of easing",
                              "Iceland's inflation slows to 4.1% in September"),
                     credit="Reporting by Gudrun Halla; editing by Peter Vance")),
    _page("https://ledgerandlane.example/2025/10/iceland-cuts-five-things/",
          _blog_site("Iceland cuts: five things to know about Sedlabanki&#8217;s surprise",
                     _CB_BLOG, author="Marcus Feld",
                     bio="Marcus Feld covers European rates and small-currency markets for "
                         "Ledger &amp; Lane. He previously worked at a Nordic bank.",
                     tags=("Central banks", "Iceland", "Krona", "Rates"),
                     popular=("Fed cuts by a quarter point, signals two more",
                              "Norges Bank's 4% surprise, explained",
                              "Why the yen broke 150 again"), category="Markets")),
    _page("https://news.northbridge.example/business/iceland-interest-rates-64188230",
          _public_site("Iceland cuts interest rates as inflation slowly falls", _CB_PUBLIC,
                       caption="File photo: the central bank building in central Reykjavik",
                       related=("Why is Iceland's inflation so stubborn?",
                                "Norway cuts interest rates for second time this year"),
                       topics=("Iceland", "Interest rates", "Economy"),
                       correspondent="By Jonas Eriksen, Nordic correspondent",
                       analysis=("Jonas Eriksen, Nordic correspondent",
                                 "The cut is small, and the governor's message was that "
                                 "it is not the start of a rush. Most Icelandic mortgages "
                                 "are now fixed or index-linked, so the relief for "
                                 "households will take months to arrive."))),
]


# ============================================================================================
# Story 4: rocket. Third test flight of a Norwegian methane rocket.
# ============================================================================================
_ROCKET_WIRE = [
    "Norwegian start-up Nordlys Launch flew its methane-fuelled Havørn rocket to space on "
    "Saturday at the third attempt, less than a year after the vehicle&#8217;s first test "
    "ended seconds after liftoff.",
    "The two-stage rocket lifted off from Andøya Spaceport, on an island above the Arctic "
    "Circle, at 06:42 local time (0442 GMT) after two weather delays, and its upper stage "
    "reached a peak altitude of 243 km before falling into the Norwegian Sea as planned.",
    "&#8220;Today the rocket did everything we asked of it,&#8221; Ingrid Solbakken, the "
    "company&#8217;s co-founder and chief executive, told reporters at the spaceport. "
    "&#8220;This is the flight that makes us a launch company.&#8221;",
    "The first stage, designated B3 and powered by nine Brisk engines burning liquid methane "
    "and liquid oxygen, separated about two and a half minutes into the flight. It made a "
    "controlled splashdown roughly seven minutes after liftoff but was not recovered.",
    "The upper stage carried a 150-kilogram test mass instead of a satellite. Nordlys said "
    "it had met all its primary objectives and would study data on the stage&#8217;s "
    "restart, which it did not attempt on this flight.",
    "The flight was suborbital by design. The company plans its first orbital attempt in the "
    "first half of 2026.",
    "Its two earlier flights failed. The first, on Nov. 21 last year, ended when the engines "
    "shut down 18 seconds after liftoff and the rocket fell back into the sea near the pad. "
    "The second, in April, broke up 71 seconds into the flight at an altitude of about 11 km.",
    "Europe is trying to build a new generation of small launchers after years of depending "
    "on Russian and U.S. rockets. Several rivals in Germany, Spain, France and Britain are "
    "also racing to fly.",
    "The Norwegian Space Agency, which co-owns the Andøya site, called the flight &#8220;a "
    "milestone for Norwegian industry&#8221;.",
]

_ROCKET_PUBLIC = [
    "A Norwegian-built rocket has reached space for the first time, after its makers "
    "launched it from an Arctic island on 13 September.",
    "The Havørn, built by the Trondheim company Nordlys Launch, took off from Andøya "
    "Spaceport in Nordland county at 6.42am local time.",
    "Its upper stage climbed to 212km, well above the 100km line often used to mark the edge "
    "of space, before coming down in the Norwegian Sea.",
    "The rocket&#8217;s first stage, known as B4, splashed down in a controlled descent about "
    "seven minutes after take-off. The company did not try to recover it.",
    "Chief executive Ingrid Solbakken, who co-founded the firm in 2018, said the rocket had "
    "&#8220;done everything we asked of it&#8221;.",
    "It was the third launch of the 28-metre rocket. Its first flight last November lasted "
    "only 18 seconds, and the second, in April this year, broke up just over a minute after "
    "launch.",
    "Norway&#8217;s space agency, Norsk Romsenter, which part-owns the spaceport, said the "
    "flight was &#8220;a milestone for Norwegian industry&#8221;. The trade and industry "
    "minister watched from the control room.",
    "Havørn, Norwegian for sea eagle, burns liquid methane, a fuel that is cheaper and "
    "cleaner-burning than the kerosene used by many older rockets.",
    "The launch had been put back twice because of high winds.",
    "The rocket carried no satellite, only a dummy load standing in for one. Nordlys now "
    "hopes to reach orbit for the first time in the first half of 2026.",
    "Nordlys is one of several European firms hoping to win contracts to put small "
    "satellites into orbit from European soil. Residents of Andenes, the nearest town, "
    "gathered on the beach to watch.",
]

_ROCKET_BLOG = [
    "Nordlys Launch finally has a success to show investors. Its Havørn rocket reached space "
    "on September 13 on the company&#8217;s third try, with the upper stage topping out at "
    "212 kilometres (132 miles).",
    "The launch from Andøya went at 05:42 GMT. Stage separation came at two minutes and 31 "
    "seconds, and the B3 first stage hit the water in a controlled splashdown about seven "
    "minutes after liftoff.",
    "Why does this matter for the money? Because Nordlys raised 480 million Norwegian crowns "
    "(about &euro;41 million) in March, in a round led by two Oslo pension funds, on the "
    "promise that flight three would work. Flight two, using stage B2, broke up 71 seconds "
    "after liftoff in April. Flight one lasted 18 seconds.",
    "Chief executive Ingrid Solbakken was careful not to oversell it. The rocket &#8220;did "
    "everything we asked of it,&#8221; she said, but the upper stage did not attempt a "
    "restart, which is what a real orbital mission will need.",
    "The next milestone is orbit, which the company targets in the first half of 2026. "
    "Before that it needs another fundraising round. Our sources put the target at 700 "
    "million crowns.",
    "The comparison set is not flattering for anyone. Of the half-dozen European small "
    "launcher start-ups, none had reached orbit by the start of this year, and several "
    "have slipped their first launch dates by two years or more.",
    "Methane engines, which Nordlys uses, are cheaper to reuse than kerosene ones, but "
    "Nordlys is not recovering its boosters yet, so the economics remain theoretical.",
    "Our view: a real step, and a reason to stop pricing the company as a science project. "
    "We would still want to see one orbital flight before calling it a launch provider.",
]

_ROCKET_PAGES = [
    _page("https://www.pacificwire.example/science/space/nordlys-havorn-third-flight/",
          _wire_site("Norway's Nordlys reaches space with Havørn rocket on third try",
                     _ROCKET_WIRE, dateline="ANDENES, Norway",
                     published="2025-09-13T09:15:00Z", byline="Kristin Aalberg",
                     section="Science",
                     related=("German start-up's rocket crashes 30 seconds after launch",
                              "Starship's 10th flight splashes down in Indian Ocean",
                              "UK spaceport in Shetland wins licence for 30 launches a year"),
                     credit="Reporting by Kristin Aalberg; editing by Jan Wolfe")),
    _page("https://news.northbridge.example/science/norway-rocket-space-64055120",
          _public_site("Norwegian rocket reaches space at third attempt", _ROCKET_PUBLIC,
                       caption="Havørn lifts off from Andøya. Photo courtesy Nordlys Launch",
                       related=("Why Europe wants its own rockets",
                                "Second Havørn rocket breaks up after launch"),
                       topics=("Space", "Norway"),
                       correspondent="By Liv Carstensen, Science reporter")),
    _page("https://ledgerandlane.example/2025/09/nordlys-havorn-flight-three-investors/",
          _blog_site("Nordlys flight three: the rocket worked. Now the money has to.",
                     _ROCKET_BLOG, author="Dana Whitcombe",
                     bio="Dana Whitcombe writes about commodities, industrials and, "
                         "lately, rockets.",
                     tags=("Space", "Nordlys", "Venture"),
                     popular=("Starship flight 10: what SpaceX proved",
                              "The $1bn question at Rocket Lab",
                              "Defence stocks after the 5% NATO pledge"),
                     category="Investing")),
]


# ============================================================================================
# Story 5: earthquake. A magnitude 6.8 quake off southern Peru.
# ============================================================================================
_QUAKE_WIRE = [
    "A magnitude 6.8 earthquake struck off the coast of southern Peru late on Sunday, "
    "killing nine people, injuring at least 64 and bringing down dozens of adobe homes in "
    "the Arequipa region, officials said on Monday.",
    "The quake hit at 11:52 p.m. on Sunday (0452 GMT Monday) at a depth of 35 km (22 miles), "
    "with its epicentre at sea 38 km (24 miles) southwest of the fishing town of Chala, the "
    "U.S. Geological Survey said.",
    "Peru&#8217;s navy ruled out a tsunami within minutes. The shaking was felt as far away "
    "as Lima, about 540 km (335 miles) to the northwest, where some residents ran into the "
    "streets.",
    "The dead included four members of one family whose house collapsed in Acar&iacute;, "
    "an olive-growing town inland from Chala, said Carmen Villanueva, head of the National "
    "Institute of Civil Defence, known as Indeci.",
    "&#8220;Most of the victims were asleep when their homes fell on them,&#8221; Villanueva "
    "told RPP radio. &#8220;Adobe does not forgive.&#8221;",
    "Rockfalls blocked stretches of the Pan-American Highway near Chala for several hours, "
    "cutting the main road link between Lima and the south. A church tower in Acar&iacute; "
    "also came down.",
    "The Geophysical Institute of Peru recorded more than 40 aftershocks by Monday "
    "afternoon, the strongest of magnitude 5.1.",
    "Prime Minister Ra&uacute;l Espinar, whose formal title is president of the Council of "
    "Ministers, flew to Arequipa with Defence Minister Jorge Ruelas and said the government "
    "would declare a state of emergency in the affected districts.",
    "Peru sits on the Pacific &#8220;Ring of Fire&#8221; and is hit by frequent quakes. In "
    "2007 a magnitude 8.0 earthquake near Pisco, south of Lima, killed more than 500 people.",
]

_QUAKE_DAILY = [
    "LIMA, Peru &mdash; Rescuers dug through collapsed adobe houses in southern Peru after a "
    "powerful earthquake struck late on November 2, local time, killing nine people and "
    "injuring dozens.",
    "The magnitude 6.8 quake was centred off the coast near the town of Yauca, in the "
    "Arequipa region, at a depth of about 35 kilometers, according to the United States "
    "Geological Survey. It hit shortly before midnight, when most people were asleep.",
    "In Acar&iacute;, a farming town of about 5,000 people, four members of one family died "
    "when the walls of their home gave way. Residents spent the rest of the night in the "
    "main square wrapped in blankets, afraid to go back indoors.",
    "&#8220;We heard a roar and then everything was moving,&#8221; said Rosa Huam&aacute;n, "
    "62, who sells bread from her front room. &#8220;I grabbed my grandson and ran.&#8221;",
    "Peru&#8217;s Geophysical Institute counted more than 40 aftershocks in the hours that "
    "followed; the strongest measured 5.1.",
    "The head of the civil defence agency, Carmen Villanueva, said that most of the victims "
    "had been asleep and that adobe construction, common in rural Peru, had made the damage "
    "far worse.",
    "The government sent two military aircraft with tents, water and medical supplies, and "
    "the defense minister, Jorge Ruelas, toured the area with the prime minister.",
    "The same coast was shaken in June 2024 by a magnitude 7.2 earthquake that injured "
    "more than two dozen people but killed no one, in part because it struck farther "
    "offshore.",
    "Seismologists say the stretch of coast is one of the most active in South America, "
    "where the Nazca plate dives beneath the South American plate by a few centimeters "
    "every year.",
]

_QUAKE_PUBLIC = [
    "Nine people have been killed and at least 64 injured after a magnitude 6.8 earthquake "
    "struck off southern Peru.",
    "The quake hit just before midnight on Sunday local time (04:52 GMT on Monday). Its "
    "epicentre was in the Pacific, 38km south-west of the town of Chala, in the Arequipa "
    "region, according to the US Geological Survey (USGS).",
    "The USGS said the quake was shallow, at a depth of 10km, which tends to increase the "
    "shaking felt on the surface.",
    "Homes built from adobe, sun-dried mud brick, collapsed in Chala and in the inland town "
    "of Acar&iacute;, where a family of four was among the dead.",
    "The head of Peru&#8217;s civil defence institute, Carmen Villanueva, said most victims "
    "had been asleep when their houses fell.",
    "The government has declared a 60-day state of emergency in 15 districts of Arequipa "
    "and the neighbouring Ayacucho region.",
    "Peru&#8217;s navy said there was no risk of a tsunami.",
    "The Geophysical Institute of Peru said it had recorded more than 40 aftershocks, the "
    "strongest of magnitude 5.1. Rescue teams were sent from Lima and from the regional "
    "capital, Arequipa, with tents and drinking water.",
    "Peru lies on the Pacific Ring of Fire, where several tectonic plates meet. The "
    "country&#8217;s deadliest recent earthquake, near the city of Pisco in 2007, killed "
    "more than 500 people and left tens of thousands homeless.",
    "The shaking was also felt in the capital, Lima, more than 500km away. There were no "
    "reports of damage there.",
    "Roads in the area were partly blocked by landslides, slowing the arrival of aid.",
]

_QUAKE_REGIONAL = [
    "Seven people died when a magnitude 6.8 earthquake rocked southern Peru late Sunday, "
    "Peruvian officials said, as families in the region&#8217;s adobe towns began to clear "
    "the rubble.",
    "The quake struck at 11:52 p.m. Sunday local time, which was also 11:52 p.m. Eastern, "
    "about 38 kilometers (24 miles) southwest of Chala, a coastal town in the Arequipa "
    "region. It was centered 35 kilometers (22 miles) below the seabed, the U.S. Geological "
    "Survey said.",
    "More than 60 people were hurt. Among the dead were four members of a family in "
    "Acar&iacute;, an inland town known for its olives.",
    "The Peruvian government declared a 60-day state of emergency covering 15 districts in "
    "the Arequipa and Ayacucho regions.",
    "Luis C&aacute;ceres Paz, the regional governor of Arequipa, said the first priority "
    "was shelter. &#8220;People are sleeping outside in the cold,&#8221; he said.",
    "Local volunteers with the Valley Peruvian Association are collecting donations this "
    "week at St. Joseph Parish Hall, 412 Orchard Ave. Organizer Miguel Quispe, who grew up "
    "near Chala, said his cousins&#8217; house was badly cracked.",
    "&#8220;Everybody here has family down there,&#8221; Quispe said. &#8220;We just want "
    "to send something useful, like tents and blankets.&#8221;",
    "Southern Peru was hit by a magnitude 7.2 earthquake in June 2024 that injured more "
    "than two dozen people without causing deaths.",
    "The navy said there was no tsunami threat to Peru&#8217;s coast.",
    "The shaking was felt in the capital, Lima, more than 500 kilometers to the northwest. "
    "Peru&#8217;s government sent military planes carrying tents, water and medical "
    "supplies to the damaged towns.",
]

_QUAKE_PAGES = [
    _page("https://www.pacificwire.example/world/americas/peru-earthquake-arequipa-chala/",
          _wire_site("Magnitude 6.8 quake off southern Peru kills nine, damages adobe homes",
                     _QUAKE_WIRE, dateline="AREQUIPA, Peru",
                     published="2025-11-03T14:30:00Z", updated="15:10 GMT",
                     byline="Marco Aquino Reyes", section="World",
                     related=("Magnitude 6.1 quake strikes off Japan's Hokkaido; no tsunami",
                              "Peru's Congress censures energy minister",
                              "Chile copper output falls 4% in September"),
                     credit="Reporting by Marco Aquino Reyes in Arequipa and Lucia Pardo "
                            "in Lima; editing by Paul Drake")),
    _page("https://www.dailycourier.example/world/americas/peru-earthquake-adobe-towns",
          _daily_site("In Peru's Adobe Towns, a Night of Collapse and Fear", _QUAKE_DAILY,
                      standfirst="A magnitude 6.8 earthquake brought down homes across a "
                                 "poor coastal region, where mud brick is the norm.",
                      author="Isabel Quint", section="World",
                      read_more=(4, "Magnitude 7.2 earthquake off Peru's coast injures "
                                    "dozens (June 2024)"),
                      most_read=("Hurricane Melissa death toll in Jamaica rises to 32",
                                 "Opinion: The Fed's December cut is not a sure thing",
                                 "Quake of magnitude 6.3 hits northern Afghanistan",
                                 "Our 25 favorite restaurants in Queens"))),
    _page("https://news.northbridge.example/world/latin-america/peru-earthquake-64330919",
          _public_site("Peru earthquake: Nine dead as 6.8 quake strikes off southern coast",
                       _QUAKE_PUBLIC, date_text="3 November 2025",
                       caption="Residents outside a collapsed adobe house in Acar&iacute;. "
                               "Photo: Agencia Andina",
                       related=("In pictures: Peru earthquake damage",
                                "Why is Peru so prone to earthquakes?"),
                       topics=("Peru", "Earthquakes"))),
    _page("https://www.valleygazette.example/nation-world/southern-peru-earthquake-local-aid",
          _regional_site("Deadly quake in southern Peru stirs local relief drive",
                         _QUAKE_REGIONAL, date_text="Nov. 4, 2025",
                         author="By Teresa Molina, Gazette staff",
                         headlines=("Orchard Ave. repaving starts Monday, lasts 3 weeks",
                                    "Cougars fall 28-21 in playoff opener",
                                    "County approves $4.2 million jail kitchen upgrade",
                                    "Obituary: Harold Kemp, 91, longtime pharmacist"))),
]


# ============================================================================================
# Story 6: election. A mayoral runoff in a Texas port city.
# ============================================================================================
_ELECTION_TV = [
    "Former deputy mayor Denise Okafor will be Port Ellery&#8217;s next mayor after "
    "defeating Ellery County Commissioner Raymond Castellanos in Saturday&#8217;s runoff, "
    "according to unofficial results from the city secretary&#8217;s office.",
    "With all 64 precincts reporting, Okafor had 31,460 votes, or 54.2%, to "
    "Castellanos&#8217; 26,590, or 45.8%.",
    "Okafor will be the first woman elected to lead the city. She takes office Jan. 5, "
    "replacing Mayor Tom Brannigan, who could not run again after two four-year terms.",
    "&#8220;Tonight this city chose repair over rhetoric,&#8221; Okafor told supporters at "
    "the Bayfront Union Hall shortly after 10:30 p.m. &#8220;Now the real work starts, on "
    "the drainage, on the port, on the budget.&#8221;",
    "Castellanos conceded in a phone call to Okafor at about 10:15 p.m., then thanked "
    "volunteers at his campaign office on Seaport Boulevard.",
    "Turnout was about 41% of registered voters, according to the city secretary, Maria "
    "Dunleavy.",
    "More than half of all runoff ballots were cast during early voting, which ran from "
    "Dec. 1 through Dec. 9, Dunleavy said. Election night went smoothly apart from a "
    "printer fault at one Northshore polling place.",
    "Okafor finished first in the Nov. 4 general election with 38.6% in a five-way race. "
    "Castellanos was second with 29.1%, ahead of City Councilman Eddie Truong, who had 22.4% "
    "and later endorsed Okafor.",
    "Okafor, 51, served as deputy mayor from 2019 to 2023 and spent a year as acting city "
    "manager in 2021. Before that she was the city&#8217;s finance director.",
    "Castellanos, a two-term county commissioner and owner of a marine supply company, ran "
    "on a promise to freeze city property taxes for two years.",
    "The City Council is scheduled to canvass the results on Dec. 18.",
]

_ELECTION_DAILY = [
    "PORT ELLERY, Texas &mdash; In a Gulf Coast city still arguing about the floods of "
    "last year, voters picked the candidate who promised to fix the pipes.",
    "Denise Okafor, a former deputy mayor who once ran the city&#8217;s finances, won the "
    "Dec. 13 mayoral runoff with 52.4 percent of the vote, beating Raymond Castellanos, a "
    "county commissioner who had outspent her by almost two to one.",
    "About 32 percent of the city&#8217;s 182,540 registered voters cast ballots, a little "
    "lower than in the first round on Nov. 4, when turnout reached 36.5 percent and "
    "statewide constitutional amendments were also on the ballot.",
    "Mr. Castellanos, who owns a marine supply business near the port, spent about $1.9 "
    "million, much of it on television ads accusing Ms. Okafor of presiding over the "
    "drainage failures that left parts of the Westside under water in 2024. She spent about "
    "$1.1 million.",
    "Ms. Okafor answered that she had warned about the aging storm sewers as finance "
    "director and was overruled. Her victory speech returned to the theme. &#8220;This "
    "city chose repair over rhetoric,&#8221; she said.",
    "The race was nominally nonpartisan, but state Republicans backed Mr. Castellanos and "
    "the county Democratic Party sent volunteers to knock on doors for Ms. Okafor.",
    "The result ends eight years under Mayor Tom Brannigan, who was barred by term limits "
    "from seeking a third term and did not endorse either candidate.",
    "&#8220;People here are tired of fighting about national things,&#8221; said Lupe "
    "Garza, 47, a shrimp processor who voted for Ms. Okafor at a church polling site. "
    "&#8220;I want the water to go down the drain when it rains.&#8221;",
    "Ms. Okafor, who will be the city&#8217;s first female mayor, is to be sworn in on "
    "Jan. 5. The City Council will canvass the vote on Dec. 18.",
]

_ELECTION_WIRE = [
    "Denise Okafor, a former deputy mayor, won a Dec. 13 runoff to become mayor of the Texas "
    "port city of Port Ellery, defeating former state representative Raymond Castellanos by "
    "nearly 4,900 votes, according to unofficial returns.",
    "Okafor took 54.2% of the vote, the returns published by the city secretary showed. "
    "Turnout was about 32%.",
    "Port Ellery, a city of about 310,000 people, is home to one of the busiest ports on the "
    "Gulf of Mexico, and the campaign turned on flood drainage and a planned $2.3 billion "
    "deepening of the ship channel.",
    "Okafor, who will become the city&#8217;s first woman mayor, backs the channel project "
    "but wants the port authority to pay a larger share of the drainage costs.",
    "&#8220;This city chose repair over rhetoric tonight,&#8221; she said in her victory "
    "speech.",
    "Castellanos had campaigned on a two-year freeze in city property taxes and a review "
    "of the port contract. He conceded on election night.",
    "The race drew outside money from groups aligned with both national parties, even though "
    "municipal elections in Texas are formally nonpartisan.",
    "Okafor replaces Tom Brannigan, who is leaving after two terms. Brannigan, a former "
    "police chief, won his first term in 2017 with 61% of the vote.",
    "In the first round on Nov. 4, Okafor led a field of five with 38.6%, short of the "
    "majority needed to win outright.",
    "The Port Ellery contest was one of several municipal runoffs held across Texas the "
    "same day. Port authority officials said they would meet the mayor-elect before the "
    "end of the year to discuss financing for the channel project.",
    "She is due to be sworn in on Jan. 5.",
]

_ELECTION_PAGES = [
    _page("https://www.kxrt7.example/news/politics/okafor-wins-port-ellery-mayor-runoff/",
          _tv_site("Okafor wins Port Ellery mayoral runoff, will be city's first woman mayor",
                   _ELECTION_TV, stamp="Published: Dec. 14, 2025 at 12:38 AM CST",
                   reporter="By Jordan Villarreal | KXRT 7 News",
                   read_more=(6, "Okafor, Castellanos head to runoff in Port Ellery mayor's "
                                 "race"),
                   trending=("Boil-water notice lifted for Northshore, 2 days ago",
                             "Man, 23, charged after Seaport Blvd. crash",
                             "Port Ellery ISD approves $18 million bond sale",
                             "Grinch Run draws 1,200 runners downtown"),
                   caption="Denise Okafor speaks to supporters at Bayfront Union Hall. "
                           "(KXRT 7 photo)")),
    _page("https://www.dailycourier.example/us/texas-port-ellery-mayor-runoff-okafor",
          _daily_site("In a Flood-Weary Texas Port, Voters Pick the Candidate Who Promised "
                      "Pipes", _ELECTION_DAILY,
                      standfirst="Denise Okafor's win in Port Ellery's mayoral runoff was "
                                 "a vote about drainage, not national politics.",
                      author="Travis Holloway", section="U.S.",
                      published="2025-12-14T09:00:00-06:00",
                      pull_quote="&#8220;I want the water to go down the drain when it "
                                 "rains.&#8221;",
                      most_read=("Senate passes $901 billion defense bill",
                                 "Houston's runoff: Whitmire ally loses council seat",
                                 "How a 2% raise became a 6% pay cut",
                                 "Ice storm leaves 140,000 without power in Oklahoma"))),
    _page("https://www.pacificwire.example/us/texas-port-ellery-mayor-okafor/",
          _wire_site("Former deputy mayor Okafor wins Port Ellery, Texas, mayoral runoff",
                     _ELECTION_WIRE, dateline="PORT ELLERY, Texas",
                     byline="Sam Whitaker", section="U.S.",
                     related=("Miami elects first Democratic mayor in nearly 30 years",
                              "Texas voters approve 17 constitutional amendments"),
                     credit="Reporting by Sam Whitaker; editing by Donna Pruitt")),
]


STORIES: list[dict[str, Any]] = [
    _story("trade-WO1", "trade", "2025-10-30", _TRADE_PAGES, [
        ("duration", r"\b(about |some |roughly )?(6|six)[- ]?(hours?|hrs?|h\b)|360 ?min",
         r"\b(8|eight)[- ]?(hours?|hrs?|h\b)|480 ?min"),
        ("title", r"vice[- ]?premier", r"finance minister|minister of finance"),
        ("date", r"tuesday|oct(ober|\.)? ?21\b|\b21 oct|2025-10-21|10/21",
         r"wednesday|oct(ober|\.)? ?22\b|\b22 oct|2025-10-22|10/22"),
    ]),
    _story("court-WO2", "court", "2025-10-24", _COURT_PAGES, [
        ("fine", r"(?<![\d.])38\.6 ?(m\b|mn|million)|38,600,000",
         r"(?<![\d.])36\.8 ?(m\b|mn|million)|36,800,000"),
        ("dissenting judge", r"ashworth", r"ashcroft"),
    ]),
    _story("cb-WO3", "central bank", "2025-10-20", _CB_PAGES, []),
    _story("rocket-WO4", "rocket", "2025-09-24", _ROCKET_PAGES, [
        ("launch time", r"(?<![\d:.])0?[46][:.h]?42(?!\d)", r"(?<![\d:.])0?5[:.h]?42(?!\d)"),
        ("booster", r"\bb-?0?3\b", r"\bb-?0?4\b"),
        ("apogee", r"(?<![\d.])21[0-2](\.\d+)? ?(km|kilomet)|(?<![\d.])13[0-2] ?mi",
         r"(?<![\d.])243 ?(km|kilomet)|(?<![\d.])151 ?mi"),
    ]),
    _story("quake-WO5", "earthquake", "2025-11-12", _QUAKE_PAGES, [
        ("deaths", r"(?<![\d.])9(?![\d.])|\bnine\b", r"(?<![\d.])7(?![\d.])|\bseven\b"),
        ("epicentre", r"chala", r"yauca"),
        ("depth", r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi",
         r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6(\.2)? ?mi"),
    ]),
    _story("election-WO6", "election", "2025-12-22", _ELECTION_PAGES, [
        ("vote share", r"(?<![\d.])54(\.2)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])52(\.4)? ?(%|percent|per cent|pct)"),
        ("turnout", r"(?<![\d.])32(\.0)? ?(%|percent|per cent|pct)",
         r"(?<![\d.])41(\.0)? ?(%|percent|per cent|pct)"),
        ("title", r"county commissioner", r"state representative|state rep\b|state house"),
    ]),
]
