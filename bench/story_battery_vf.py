"""Story battery, part VF (web pages).

Part VF of the story battery (web pages), written by engineer VF1 on 2026-12-06 (twentieth
session, twelfth batch) without reading Storyline's rules or other parts, before any run;
scored with `bench/bench_story_battery.py VF`.

Six stories (trade talks and truces, export licences, an appeals-court ruling on tariffs, a
central-bank decision reacting to tariffs, an election fought over tariffs, and one control
story), each told by three or four invented outlets. Every page is a whole HTML document built
by one template per outlet, with that site's furniture around the article.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# helpers


def _P(text: str) -> list[str]:
    """Paragraphs from a wrapped block: blank lines separate paragraphs."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in b.splitlines()) for b in blocks if b.strip()]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _links(items: tuple[str, ...] | list[str], base: str) -> str:
    return "\n".join(f'<li><a href="{base}{_slug(h)}">{_esc(h)}</a></li>' for h in items)


# ---------------------------------------------------------------------------------------------
# outlet 1: Pacific Wire (wire service)


def _wire_site(title: str, body_paragraphs: list[str], *, dateline: str, credit: str,
               byline: str = "", section: str = "World", published: str | None = None,
               shown: str | None = None, related: tuple[str, ...] = (),
               note: str | None = None) -> str:
    head = [
        '<meta charset="utf-8">',
        f"<title>{_esc(title)} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        f'<meta property="og:title" content="{_esc(title)}">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    stamp = ""
    if published and shown:
        stamp = f'<time class="pw-time" datetime="{published}">{shown}</time>'
    elif shown:
        stamp = f'<span class="pw-time">{shown}</span>'
    paras = []
    for i, p in enumerate(body_paragraphs):
        if i == 0:
            p = f'<span class="pw-dateline">{dateline}</span> {p}'
        paras.append(f'<p class="pw-p">{p}</p>')
        if i == 2:
            paras.append('<div class="pw-ad" data-slot="inline-1" aria-hidden="true">'
                         '<span>Advertisement</span></div>')
        if i == 6:
            paras.append('<div class="pw-ad" data-slot="inline-2" aria-hidden="true">'
                         '<span>Advertisement</span></div>')
    more = ""
    if related:
        more = ('<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>'
                + _links(related, "https://www.pacificwire.example/world/") + "</ul></aside>")
    by = f'<div class="pw-byline">By {byline}</div>' if byline else ""
    tail = f'<p class="pw-note"><em>{note}</em></p>' if note else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/pw.min.css">
</head>
<body class="pw-article">
<a class="skip" href="#main">Skip to main content</a>
<header class="pw-header">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav><ul>
    <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/markets/">Markets</a></li><li><a href="/politics/">Politics</a></li>
    <li><a href="/science/">Science</a></li><li><a href="/sports/">Sports</a></li>
  </ul></nav>
  <a class="pw-login" href="/account/">Sign in</a>
</header>
<main id="main">
<article class="pw-story">
  <header>
    <a class="pw-kicker" href="/{section.lower()}/">{section}</a>
    <h1 class="pw-headline">{_esc(title)}</h1>
    {by}
    {stamp}
    <div class="pw-share">
      <button>Share on Facebook</button><button>Tweet</button><button>Copy link</button>
    </div>
  </header>
  <div class="pw-body">
{chr(10).join(paras)}
<p class="pw-credit">{credit}</p>
{tail}
  </div>
  <div class="pw-standards"><a href="/trust/">Our Standards: The Pacific Wire Trust
    Principles.</a></div>
</article>
{more}
</main>
<footer class="pw-footer">
  <p>&copy; 2025 Pacific Wire. All rights reserved. Pacific Wire content is for personal use
  only; redistribution requires a licence.</p>
  <p><a href="/terms/">Terms of use</a> &middot; <a href="/privacy/">Privacy</a> &middot;
  <a href="/accessibility/">Accessibility</a> &middot; <a href="/feeds/">Feeds</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# outlet 2: The National Ledger (national daily, div soup, paywall)


def _daily_site(title: str, body_paragraphs: list[str], *, byline: str, dek: str = "",
                section: str = "Business", published: str | None = None,
                shown: str | None = None, caption: str | None = None,
                most_read: tuple[str, ...] = (), note: str | None = None) -> str:
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": published, "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": "The National Ledger"}}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    date_html = f'<span class="nl-date">{shown}</span>' if shown else ""
    chunks = []
    for i, p in enumerate(body_paragraphs):
        chunks.append(f'<p class="nl-text">{p}</p>')
        if i % 3 == 2 and i < len(body_paragraphs) - 1:
            chunks.append('<div class="nl-adwrap"><div class="nl-adlabel">ADVERTISEMENT</div>'
                          f'<div class="nl-ad" id="nl-ad-{i}"></div></div>')
    fig = ""
    if caption:
        fig = ('<div class="nl-media"><img src="/img/placeholder-1600.jpg" alt="">'
               f'<div class="nl-caption">{caption}</div></div>')
    mr = ""
    if most_read:
        mr = ('<div class="nl-rail"><div class="nl-rail-title">Most Read</div><ol>'
              + _links(most_read, "https://www.nationalledger.example/story/") + "</ol></div>")
    tail = f'<div class="nl-correction">{note}</div>' if note else ""
    dek_html = f'<div class="nl-dek">{dek}</div>' if dek else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_esc(title)} - The National Ledger</title>
<meta name="description" content="{_esc(dek or title)}">
{ld}
</head>
<body>
<div id="nl-root">
 <div class="nl-top">
  <div class="nl-brand"><a href="/">The National Ledger</a></div>
  <div class="nl-nav">
   <a href="/us/">U.S.</a> | <a href="/world/">World</a> | <a href="/business/">Business</a> |
   <a href="/opinion/">Opinion</a> | <a href="/arts/">Arts</a> | <a href="/real-estate/">Real
   Estate</a> | <a href="/puzzles/">Puzzles</a>
  </div>
  <div class="nl-account"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div>
 </div>
 <div class="nl-paywall-teaser">You have 2 free articles left this month.
  <a href="/subscribe/">Subscribe for $1 a week</a> for unlimited access.</div>
 <div class="nl-main">
  <div class="nl-col">
   <div class="nl-section"><a href="/{section.lower()}/">{section}</a></div>
   <h1 class="nl-headline">{_esc(title)}</h1>
   {dek_html}
   <div class="nl-meta"><span class="nl-by">By {byline}</span> {date_html}</div>
   <div class="nl-sharebar"><a href="#">Share full article</a> <a href="#">Facebook</a>
    <a href="#">X</a> <a href="#">Email</a> <a href="#">Save</a></div>
   {fig}
   <div class="nl-body">
{chr(10).join(chunks)}
   </div>
   {tail}
   <div class="nl-newsletter">
    <div class="nl-nl-title">The Morning Ledger</div>
    <div>Get the day&#8217;s top stories in your inbox before 7 a.m.</div>
    <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
   </div>
   <div class="nl-comments"><a href="#comments">See all comments</a></div>
  </div>
  {mr}
 </div>
 <div class="nl-footer">
  <div>&copy; 2025 The National Ledger Company</div>
  <div><a href="/contact/">Contact us</a> <a href="/careers/">Work with us</a>
   <a href="/privacy/">Your privacy choices</a> <a href="/terms/">Terms of sale</a></div>
 </div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# outlet 3: KTRV 9 News (local TV station; <br> paragraphs, styled div headline)


def _tv_site(title: str, body_paragraphs: list[str], *, reporter: str,
             shown: str | None = None, trending: tuple[str, ...] = (),
             video: str | None = None) -> str:
    body = "<br><br>\n".join(body_paragraphs)
    vid = ""
    if video:
        vid = (f'<div class="video-player"><div class="vp-poster"></div>'
               f'<div class="vp-title">WATCH: {video}</div></div>')
    date_html = f'<div class="story-date">{shown}</div>' if shown else ""
    trend = ""
    if trending:
        trend = ('<div class="sidebar-box"><div class="sb-title">Trending on KTRV 9</div><ul>'
                 + _links(trending, "https://www.ktrv9.example/news/") + "</ul></div>")
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_esc(title)} | KTRV 9 News</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{_esc(title)}">
</head>
<body class="station-ktrv">
<div class="skip-links"><a href="#content">Skip to content</a></div>
<div class="alert-bar">TRAFFIC ALERT: Overnight lane closures on the Millford bridge.</div>
<div class="header-wrap">
  <div class="logo-block"><a href="/"><span class="logo">KTRV 9</span>
    <span class="tagline">Tri-Valley&#39;s News Leader</span></a></div>
  <div class="weather-mini"><span>Millford</span> <span>7-Day Forecast</span></div>
  <div class="menu">
    <a href="/news/">News</a><a href="/weather/">Weather</a><a href="/sports/">Sports</a>
    <a href="/traffic/">Traffic</a><a href="/9-on-your-side/">9 On Your Side</a>
    <a href="/live/">WATCH LIVE</a>
  </div>
</div>
<div id="content" class="page-content">
  <div class="col-main">
    <div class="crumbs"><a href="/news/">News</a> &rsaquo; <a href="/news/local/">Local</a></div>
    <div class="headline-xl">{_esc(title)}</div>
    <div class="author-line">By {reporter}</div>
    {date_html}
    <div class="social"><a class="fb" href="#">Share on Facebook</a>
      <a class="tw" href="#">Share on X</a><a class="em" href="#">Email</a>
      <a class="cp" href="#">Copy link</a></div>
    {vid}
    <div class="story-text">
{body}
    </div>
    <div class="app-promo">Download the KTRV 9 app for breaking news alerts and live
      streaming.</div>
    <div class="tip-line">See something newsworthy? Send tips to news@ktrv9.example.</div>
  </div>
  <div class="col-side">
    <div class="ad-300x250"><span>Advertisement</span></div>
    {trend}
    <div class="ad-300x250"><span>Advertisement</span></div>
  </div>
</div>
<div class="site-footer">
  <div>KTRV 9 &middot; 880 Station Road, Millford</div>
  <div><a href="/fcc/">FCC Public Inspection File</a> | <a href="/eeo/">EEO Report</a> |
    <a href="/closed-captioning/">Closed Captioning</a> | <a href="/privacy/">Privacy
    Policy</a></div>
  <div>&copy; 2025 Tri-Valley Broadcasting LLC. All Rights Reserved.</div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# outlet 4: MarketMoat (WordPress-like finance blog)


def _blog_site(title: str, body_paragraphs: list[str], *, author: str, post_id: int,
               shown: str | None = None, published: str | None = None,
               tags: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               comments: int = 0) -> str:
    head_meta = ""
    if published:
        head_meta = f'<meta property="article:published_time" content="{published}" />'
    meta_html = ""
    if shown:
        meta_html = (f'<div class="entry-meta"><span class="posted-on">Posted on '
                     f'<time class="entry-date published">{shown}</time></span> '
                     f'<span class="byline">by <span class="author vcard">{author}</span>'
                     f'</span></div>')
    else:
        meta_html = (f'<div class="entry-meta"><span class="byline">by <span class="author '
                     f'vcard">{author}</span></span></div>')
    parts = []
    for p in body_paragraphs:
        if p.startswith("<ul>") or p.startswith("<h2") or p.startswith("<blockquote"):
            parts.append(p)
        else:
            parts.append(f"<p>{p}</p>")
    tag_html = " ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{_esc(t)}</a>' for t in tags)
    rec = _links(recent, "https://marketmoat.example/")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>{_esc(title)} &#8211; MarketMoat</title>
<meta name="generator" content="WordPress 6.4.2" />
{head_meta}
<link rel='stylesheet' id='moat-style-css' href='/wp-content/themes/moat/style.css' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">MarketMoat</a></p>
  <p class="site-description">Markets, macro and the occasional rant</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li><a href="/category/macro/">Macro</a></li><li><a href="/category/stocks/">Stocks</a></li>
    <li><a href="/category/trade/">Trade</a></li><li><a href="/about/">About</a></li>
    <li><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish hentry">
  <header class="entry-header"><h1 class="entry-title">{_esc(title)}</h1>{meta_html}</header>
  <div class="entry-content">
{chr(10).join(parts)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Twitter</a></li>
<li><a class="share-facebook" href="#">Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li>
<li><a class="share-copy" href="#">Copy link</a></li></ul></div>
<div class="moat-subscribe"><strong>Get MarketMoat in your inbox.</strong> One email every
weekday morning, no fluff. <a href="/newsletter/">Subscribe free</a></div>
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{author} writes MarketMoat. Former bond-desk analyst, current coffee
addict. Nothing here is investment advice.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{_esc(title)}&rdquo;</h2><p><a href="#respond">Leave a Reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{rec}</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>Sponsored: Open a brokerage
account in 5 minutes.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 MarketMoat
&middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# outlet 5: Northbridge Public Broadcasting (public broadcaster, cookie banner)


def _pub_site(title: str, body_paragraphs: list[str], *, section: str = "World",
              caption: str | None = None, published: str | None = None,
              shown: str | None = None, related: tuple[str, ...] = (),
              topics: tuple[str, ...] = (), minutes: int = 4) -> str:
    og = ""
    if published:
        og = f'<meta property="article:published_time" content="{published}">'
    fig = ""
    if caption:
        fig = ('<figure class="npb-figure"><img src="/media/lead-976.jpg" alt="" '
               f'loading="lazy"><figcaption>{caption}</figcaption></figure>')
    stamp = f'<div class="npb-stamp">{shown}</div>' if shown else ""
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    rel = ""
    if related:
        rel = ('<section class="npb-related"><h2>More on this story</h2><ul>'
               + _links(related, "https://www.northbridgepb.example/news/") + "</ul></section>")
    top = " ".join(f'<a class="npb-topic" href="/topics/{_slug(t)}">{_esc(t)}</a>'
                   for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_esc(title)} - Northbridge Public Broadcasting</title>
<meta property="og:site_name" content="Northbridge Public Broadcasting">
<meta property="og:title" content="{_esc(title)}">
{og}
</head>
<body>
<div id="cookie-consent" class="npb-cookie" role="dialog">
  <p>Let us know you agree to cookies. We use cookies to give you the best online experience.
  Please let us know if you agree to all of these cookies.</p>
  <button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<a class="npb-skip" href="#main-content">Skip to content</a>
<header class="npb-header">
  <a class="npb-logo" href="/">NPB</a>
  <nav class="npb-nav"><a href="/news">News</a> <a href="/news/world">World</a>
    <a href="/news/business">Business</a> <a href="/news/climate">Climate</a>
    <a href="/radio">Radio</a> <a href="/tv">TV</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<main id="main-content">
<article class="npb-article">
  <div class="npb-section">{section}</div>
  <h1 id="main-heading">{_esc(title)}</h1>
  {stamp}
  <div class="npb-listen"><button>Listen to this article</button>
    <span>&middot; {minutes} min</span></div>
  {fig}
  <div class="npb-text">
{paras}
  </div>
  <div class="npb-topics"><span>Related topics</span> {top}</div>
</article>
{rel}
<section class="npb-promo"><h2>Top stories</h2><ul>
<li><a href="/news/uk-storm">Storm warnings as gusts of 80mph forecast for west coast</a></li>
<li><a href="/news/health-waits">Hospital waiting list falls for third month</a></li>
</ul></section>
</main>
<footer class="npb-footer">
  <p>&copy; 2025 Northbridge Public Broadcasting. NPB is not responsible for the content of
  external sites. <a href="/editorial">Read about our approach to external linking.</a></p>
  <p><a href="/terms">Terms of Use</a> <a href="/about">About NPB</a>
  <a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a>
  <a href="/contact">Contact NPB</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# outlet 6: Harbor City Gazette (regional paper, heavy ads)


def _regional_site(title: str, body_paragraphs: list[str], *, byline: str,
                   section: str = "Business", shown: str | None = None,
                   read_more: str | None = None, popular: tuple[str, ...] = (),
                   caption: str | None = None) -> str:
    out = []
    for i, p in enumerate(body_paragraphs):
        out.append(f'<p class="gz-body">{p}</p>')
        if i == 2 and read_more:
            out.append('<p class="gz-readmore"><strong>Read more:</strong> '
                       f'<a href="/business/{_slug(read_more)}.html">{_esc(read_more)}</a></p>')
        if i % 2 == 1 and i < len(body_paragraphs) - 1:
            out.append('<div class="gz-ad gz-ad-inline"><div class="gz-ad-label">'
                       'Advertisement</div><iframe title="ad" src="about:blank"></iframe>'
                       '</div>')
            if i == 3:
                out.append('<div class="gz-sponsored"><span>SPONSORED CONTENT</span> '
                           '<a href="#">Harbor City homeowners are switching to this '
                           'roofing trick</a></div>')
    date_html = f'<span class="gz-date">{shown}</span>' if shown else ""
    fig = ""
    if caption:
        fig = f'<div class="gz-photo"><img src="/photos/x.jpg" alt=""><p>{caption}</p></div>'
    pop = ""
    if popular:
        pop = ('<div class="gz-popular"><h3>MOST POPULAR</h3><ol>'
               + _links(popular, "https://www.harborcitygazette.example/news/") + "</ol></div>")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_esc(title)} | Harbor City Gazette</title>
<script>var gzAds = window.gzAds || [];</script>
</head>
<body class="gz">
<div class="gz-ad gz-leaderboard"><div class="gz-ad-label">Advertisement</div></div>
<div class="gz-cookie">This site uses cookies. By continuing to browse you agree to our use of
  cookies. <a href="/privacy.html">Learn more</a> <a href="#">OK</a></div>
<table class="gz-masthead" width="100%"><tr>
  <td class="gz-logo"><a href="/">Harbor City Gazette</a></td>
  <td class="gz-weather">Harbor City &nbsp;<a href="/weather/">Weather</a></td>
  <td class="gz-sub"><a href="/subscribe.html">Subscribe</a> | <a href="/eedition/">e-Edition</a>
  </td></tr></table>
<div class="gz-nav"><a href="/news/">News</a> <a href="/business/">Business</a>
  <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a>
  <a href="/opinion/">Opinion</a> <a href="/police/">Police Blotter</a>
  <a href="/classifieds/">Classifieds</a></div>
<div class="gz-wrap">
 <div class="gz-left">
  <div class="gz-kicker">{section}</div>
  <h1 class="gz-title">{_esc(title)}</h1>
  <div class="gz-byline">{byline} {date_html}</div>
  {fig}
  <div class="gz-article-body">
{chr(10).join(out)}
  </div>
  <div class="gz-paywall">Enjoying local journalism? Subscribe to the Gazette for 99&cent; for
    your first month.</div>
  <div class="gz-comments">Comments are closed on this article.</div>
 </div>
 <div class="gz-right">
  <div class="gz-ad gz-box"><div class="gz-ad-label">Advertisement</div></div>
  {pop}
  <div class="gz-ad gz-box"><div class="gz-ad-label">Advertisement</div></div>
 </div>
</div>
<div class="gz-footer">Harbor City Gazette &middot; 415 Front Street, Harbor City &middot;
  Newsroom: (555) 014-2200<br>&copy; 2025 Gazette Media Group. All rights reserved.
  <a href="/terms.html">Terms</a> <a href="/privacy.html">Privacy</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# the stories

STORIES: list[dict[str, Any]] = [
    # ---- 1. the Helsinki round of US–China talks ----------------------------------------
    _story("trade-VF1", "trade", "2025-12-02", [
        _page("https://www.pacificwire.example/world/us-china-helsinki-truce-extension-2025-11-19/",
              _wire_site(
                  "US, China agree to seek 90-day extension of tariff truce after Helsinki talks",
                  _P("""
The United States and China agreed on Wednesday to ask their leaders to extend a fragile
tariff truce by another 90 days, to March 9, after two days of talks in the Finnish capital
that both sides described as constructive.

Treasury Secretary Scott Bessent, who led the US team alongside Trade Representative Jamieson
Greer, said the delegations would send their recommendation to Washington and Beijing "within
days" and that neither side had asked to reopen the tariff levels agreed earlier in the year.

"We had candid, very constructive conversations, and both sides leave Helsinki with a path to
keep the truce in place," Bessent told reporters outside the venue.

Wednesday's session ran for about six and a half hours, well past its scheduled close,
according to two officials briefed on the talks who asked not to be named because the
discussions were private.

China's delegation was led by Vice Premier He Lifeng, with Li Chenggang, the country's
international trade representative, handling much of the technical negotiation.

Under the current arrangement, which expires on Dec. 9, Washington charges an additional 30%
on most Chinese goods and has suspended a further 24 percentage points of so-called
reciprocal tariffs. Beijing applies a 10% levy on American products.

The truce grew out of the first round of talks in Geneva in May, when the two sides each cut
tariffs by 115 percentage points, pulling US duties on Chinese goods down from 145% and
China's duties on US goods down from 125%.

The state news agency Xinhua quoted He Lifeng as saying the exchanges had been "candid, in-depth and
constructive" and that the two teams had reached a "basic consensus" on extending the
arrangement.

Officials also discussed Chinese licences for rare-earth exports, fentanyl enforcement and
farm purchases, people familiar with the agenda said. No date was set for another round.

The talks, which opened on Tuesday, were the sixth in-person meeting between the two economic
teams this year.
"""),
                  dateline="HELSINKI (Pacific Wire) &mdash;",
                  byline="Anna Laine and Mark Obi",
                  credit="Reporting by Anna Laine in Helsinki and Mark Obi in Washington; "
                         "Editing by Paul Ross",
                  published="2025-11-19T19:40:00Z", shown="November 19, 2025 7:40 PM UTC",
                  related=("Japan's exports to US fall for sixth month as car shipments slide",
                           "Mexico raises tariffs to 50% on cars from countries without deal",
                           "Magnitude 6.2 quake jolts northern Chile; no damage reported",
                           "Swiss central bank holds rate at zero, sees growth of 1.5%"),
              )),
        _page("https://www.nationalledger.example/2025/11/20/business/helsinki-trade-talks.html",
              _daily_site(
                  "Helsinki Talks End With Plan to Prolong U.S.-China Tariff Truce",
                  _P("""
HELSINKI &mdash; American and Chinese negotiators wrapped up two days of talks here on
Wednesday, Nov. 19, with an agreement to recommend that their governments keep a tariff
cease-fire in place until March 19, pushing off a cliff that had loomed over factories and
farmers on both sides of the Pacific.

The talks opened on Tuesday, Nov. 18. The second and final day lasted four hours and 40
minutes, according to a schedule handed to reporters, and ended with brief statements from
each side but no joint communiqu&eacute;.

Treasury Secretary Scott Bessent, who headed the American side, said the teams had held
&ldquo;very constructive&rdquo; discussions and were leaving Helsinki &ldquo;with a path to
keep the truce in place.&rdquo; He said he expected President Trump and President Xi Jinping
to approve the extension.

The standoff is far from resolved. American importers still pay an extra 30 percent on most
goods from China, and Beijing charges 10 percent on American goods. A larger, suspended layer
of duties &mdash; 24 percentage points &mdash; would snap back if the truce lapsed.

China&rsquo;s team was headed by Vice Premier He Lifeng, Beijing&rsquo;s point man on the
economy. He Lifeng was accompanied by Li Chenggang, China&rsquo;s international trade
representative, who has sat across from Jamieson Greer, the United States trade
representative, in every round since the spring.

For American farmers, the extension matters most. Soybean growers lost much of their biggest
export market this year, and the administration has pressed Beijing to follow through on
purchases it promised earlier in the autumn.

Chinese officials, for their part, agreed to speed up approvals of export licenses for
rare-earth magnets, according to an American official, who described the pace of approvals as
the most contentious subject at the table.

&ldquo;The truce is only as good as the licenses,&rdquo; said Maria Esposito, a trade lawyer
in Washington who advises manufacturers. &ldquo;If the magnets don&rsquo;t move, the rest is
paper.&rdquo;

No date was set for the next round. Officials on both sides said the two leaders would need to
sign off first.
"""),
                  byline="Clara Whitfield",
                  dek="Negotiators will ask President Trump and President Xi to keep current "
                      "tariff levels in place while talks continue.",
                  section="Business",
                  most_read=("Opinion: The Quiet Collapse of the Office Lunch",
                             "Mortgage Rates Drop to 6.2%, Lowest Since 2024",
                             "A 7.0 Earthquake Off Alaska Set Off Sirens. Then Nothing Happened.",
                             "U.S.-China Negotiators to Meet in Helsinki Next Week"),
              )),
        _page("https://marketmoat.example/2025/11/19/tariff-truce-reprieve-helsinki/",
              _blog_site(
                  "Tariff truce gets a reprieve: what the Helsinki round means for your portfolio",
                  _P("""
Markets got the outcome they were hoping for. After talks that began Monday in Helsinki, US
and Chinese negotiators said Wednesday they would recommend pushing the tariff truce out by
another 90 days, to March 9.

The S&amp;P 500 added 0.8% on the headlines, and the offshore yuan firmed to 7.09 per dollar.
Chip and auto names led.

Here&#8217;s the quick version for anyone who doesn&#8217;t want to wade through the official
statements:

<ul><li><strong>Tariffs stay where they are.</strong> The 30% extra US duty on Chinese goods
stays, and so does China&#8217;s 10% on US products.</li> <li><strong>The snapback is
delayed.</strong> The 24-point reciprocal layer that&#8217;s been on ice since May stays
suspended.</li> <li><strong>Rare earths are the real story.</strong> Chinese officials promised
faster licensing for magnet exports, which matters a lot more to automakers than any headline
rate.</li></ul>

Jamieson Greer, the US trade representative, was careful not to oversell it. &#8220;Nothing
is final until the presidents sign off,&#8221; he said.

Treasury Secretary Scott Bessent, for his part, called the conversations &#8220;candid&#8221;
and &#8220;very constructive.&#8221; That&#8217;s diplomat for &#8220;we argued a lot but
nobody walked out.&#8221;

<h2>My take</h2>

This is a holding pattern, not a deal. Nothing about chips, nothing about the bigger structural
stuff. But a holding pattern is exactly what earnings models for the next two quarters assumed,
so the relief rally makes sense. The risk is what happens in March if the two sides can&#8217;t
agree on the next step.

I&#8217;m staying overweight the names with big China supply chains but I&#8217;ve trimmed the
ones that need rare-earth magnets until I see those licences actually moving.

<em>Disclosure: the author holds no positions in the stocks mentioned.</em>
"""),
                  author="Dev Raman", post_id=18842, shown="November 19, 2025",
                  tags=("China", "tariffs", "trade war", "S&P 500"),
                  recent=("Three charts on the October jobs report",
                          "Why I'm not buying the copper breakout",
                          "ECB holds deposit rate at 2%: nothing to see here"),
                  comments=14,
              )),
        _page("https://www.northbridgepb.example/news/world-70118244",
              _pub_site(
                  "US and China to recommend longer tariff truce after Helsinki round",
                  _P("""
Negotiators from the United States and China have agreed to recommend extending their tariff
truce by 90 days, after two days of talks in Helsinki that ended on Wednesday, 19 November.

The meetings, held at Smolna, the Finnish government&#8217;s banquet hall, brought together
US Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer with a Chinese team
led by Vice Premier He Lifeng.

Also at the table was Vice Finance Minister Li Chenggang, who has been a constant presence at
the talks since the spring.

If approved by both leaders, the extension would run to 9 March 2026. The current truce is due
to expire on 9 December.

The truce keeps US tariffs on most Chinese goods at an additional 30 per cent, down from the
145 per cent imposed in April, while China’s retaliatory tariff stands at 10 per cent.

Speaking to reporters, Mr Bessent said both delegations were leaving Helsinki “with a path to
keep the truce in place”.

China’s state news agency, Xinhua, said the two sides had reached a “basic consensus”.

Analysts cautioned that the extension leaves the hardest questions untouched. “They’ve bought
another winter,” said Henrik Salo, an economist at the Nordic Institute for Trade Studies in
Helsinki. “What they haven’t bought is certainty for anyone planning a factory.”

Finland offered to host the talks after the previous round in Kuala Lumpur in October.
Finnish Foreign Minister Elina Valtonen welcomed the delegations on the morning of Tuesday,
18 November.

Trade between the world’s two largest economies has fallen sharply this year, and companies on
both sides have been rerouting supply chains through South-East Asia and Mexico.
"""),
                  section="Business",
                  caption="File photo: Containers stacked at a terminal in Shanghai. "
                          "(NPB/Archive)",
                  related=("US and China agree to cut tariffs sharply for 90 days (May)",
                           "Why rare earths became China's trump card"),
                  topics=("US-China trade", "Tariffs", "Finland"),
              )),
    ], [
        ("duration",
         r"six and a half hours|(?<![\d.])6\.5 ?(hours?|hrs?|h\b)|390 ?min|(?<![\d.])6 ?h(ours?)?"
         r" ?(and )?30",
         r"four hours and 40|(?<![\d.])4 ?(hours?|hrs?|h) ?(and )?40|(?<![\d.])4:40|280 ?min"
         r"|4\.67 ?h"),
        ("date", r"march 9(?!\d)|mar\.? 9(?!\d)|2026-03-09|(?<!\d)9 march",
         r"march 19|mar\.? 19|2026-03-19|19 march"),
        ("weekday", r"tuesday|nov(ember)?\.? 18|2025-11-18|18 nov",
         r"monday|nov(ember)?\.? 17|2025-11-17|17 nov"),
        ("title", r"trade representative|trade negotiator|commerce", r"financ"),
    ]),
    # ---- 2. the appeals-court ruling on emergency tariffs --------------------------------
    _story("court-VF2", "court", "2025-09-12", [
        _page("https://www.pacificwire.example/legal/appeals-court-emergency-tariffs-2025-08-29/",
              _wire_site(
                  "US appeals court rules Trump's emergency tariffs illegal, leaves them in "
                  "place for now",
                  _P("""
A federal appeals court ruled on Friday that most of President Donald Trump's sweeping
tariffs were imposed unlawfully under an emergency-powers statute, but allowed them to remain
in force until Oct. 14 so the administration can ask the Supreme Court to intervene.

The US Court of Appeals for the Federal Circuit, sitting with all 11 of its active judges,
split 7-4. The unsigned majority opinion said the International Emergency Economic Powers Act,
a 1977 law, gives a president broad powers to respond to emergencies but "does not hand the
President unbounded power to set tax rates on imports."

The ruling covers the "reciprocal" tariffs Trump announced on April 2 and separate levies on
goods from China, Canada and Mexico that the White House tied to fentanyl trafficking. It does
not affect tariffs imposed under other laws, including the 50% duties on steel and aluminum.

Judge Richard Taranto wrote the principal dissent, arguing that the statute's power to
"regulate" imports was broad enough to include duties.

White House spokesman Kush Desai said in a statement: "The president acted lawfully, his
tariffs remain in place, and we expect to win this case at the Supreme Court."

Trump himself posted on social media that "ALL TARIFFS ARE STILL IN EFFECT" and called the
decision "highly partisan."

The case was brought by five small businesses, led by New York wine importer V.O.S.
Selections, and by 12 states led by Oregon. The US Court of International Trade had ruled
against the tariffs on May 28; the appeals court largely upheld that decision but sent part of
the case back to the lower court to reconsider whether its order should apply to everyone or
only to the plaintiffs.

Oregon Attorney General Dan Rayfield called the decision "a win for the rule of law and for
every family paying more at the checkout."

Trade lawyers said the Supreme Court could move quickly. "This is headed for the justices,
and probably this term," said Rachel Kim, a former Commerce Department attorney now in private
practice.
"""),
                  dateline="WASHINGTON (Pacific Wire) &mdash;",
                  byline="Sam Greene",
                  credit="Reporting by Sam Greene; Additional reporting by Lena Ortiz; "
                         "Editing by Jo Patel",
                  section="Legal",
                  published="2025-08-29T22:15:00Z", shown="August 29, 2025 10:15 PM UTC",
                  note="This story has been updated to add comment from Oregon's attorney "
                       "general.",
                  related=("Trade court blocks Trump's 'Liberation Day' tariffs",
                           "India's exports face 50% US tariff from Wednesday",
                           "Bank of England cuts rate to 4% in knife-edge vote",
                           "Starship's tenth flight slips to next week after ground-system snag"),
              )),
        _page("https://www.harborcitygazette.example/business/article_5c1e09a2.html",
              _regional_site(
                  "Court: Most Trump tariffs illegal — but they stay for now",
                  _P("""
A divided federal appeals court on Friday declared most of President Trump's tariffs
unlawful, handing importers a legal victory that will not show up on their invoices anytime
soon.

The ruling leaves the duties in effect until Oct. 17, giving the administration time to appeal
to the U.S. Supreme Court.

Judges on the U.S. Court of Appeals for the Federal Circuit found that the emergency law Trump
relied on, the International Emergency Economic Powers Act, does not give the president power
to impose tariffs of the scope he has set since the spring. Seven judges joined the majority;
four dissented.

For businesses along Harbor City's waterfront, the practical effect is nil for now. "We still
cut the check to customs every week," said Dana Whitcomb, who runs a marine-parts importer on
Pier Road. "A court saying it's illegal doesn't refund a dime until someone orders it to."

The federal government collected $159&nbsp;billion in customs duties in the fiscal year
through July, more than double the figure a year earlier, according to Treasury data.

The case grew out of lawsuits filed by a group of small businesses and by a dozen states. The
Court of International Trade, a specialized court in New York, ruled against the tariffs in
May.

President Trump wrote on his social media platform that all of the tariffs "are still in
effect" and said he would take the fight to the Supreme Court.

Tariffs on steel and aluminum, imposed under a different law, were not part of the case.
Neither were the duties on imported copper.

Whitcomb said she has no plans to change suppliers. "I've been through three tariff rates on
the same pump in a year," she said. "I'll wait for the last word."
"""),
                  byline="By Tom Kerrigan, Staff Writer",
                  shown="08/30/2025",
                  read_more="Port of Harbor City container volumes fall 6% in July",
                  popular=("Fire destroys boathouse at Lantern Cove marina",
                           "Harbor City council approves $4.2M for Front Street repaving",
                           "Mariners fall 5-3 in extra innings",
                           "Obituary: Margaret 'Peg' Dolan, 91"),
              )),
        _page("https://www.ktrv9.example/news/local/valley-importers-react-tariff-ruling/"
              "81342207",
              _tv_site(
                  "Valley importers react as appeals court strikes down most tariffs",
                  _P("""
A federal appeals court’s ruling on Friday, Aug. 29, that most of President Trump’s tariffs
are illegal drew cautious cheers from small importers here in the Tri-Valley — and a lot of
questions.

The U.S. Court of Appeals for the Federal Circuit ruled 8-3 that the president overstepped the
International Emergency Economic Powers Act when he used it to impose the tariffs.

The tariffs stay in place until Oct. 14 while the administration appeals to the Supreme
Court.

At Canyon Creek Bikes in Millford, owner Luis Ortega says the frames he imports from Taiwan
have cost him about 20% more since April. “If this sticks, maybe I can stop raising prices,”
Ortega told KTRV 9. “But I’ve learned not to count on anything until it actually happens.”

Oregon was one of 12 states that sued over the tariffs. The lead plaintiff among the
businesses, V.O.S. Selections, is a wine importer based in New York.

The White House says the president acted within his authority. After the ruling, President
Trump posted that “ALL TARIFFS ARE STILL IN EFFECT!” and vowed to win at the Supreme Court.

Judge Richard Taranto wrote the main dissent.

Economists at Western Valley University estimate the average household in the region pays about
$1,900 a year more because of tariffs. Professor Dana Liu, who led that study, said a final
ruling against the tariffs would not lower prices overnight. “Stores set prices months ahead,”
she said. “Even good news takes a while to reach the shelf.”

KTRV 9 reached out to the offices of both of the state’s U.S. senators for comment and will
update this story.
"""),
                  reporter="Marisol Vega",
                  video="Local shop owners weigh in on tariff ruling",
                  trending=("Crash closes Highway 14 near Millford for three hours",
                            "Tri-Valley schools start two hours late Monday",
                            "High school football: Eagles rout Rams 42-7"),
              )),
        _page("https://www.northbridgepb.example/news/world-us-68804411",
              _pub_site(
                  "Appeals court finds Trump's emergency tariffs unlawful",
                  _P("""
A US federal appeals court has ruled that most of the tariffs imposed by President Donald
Trump under emergency powers are illegal, in a decision issued on Friday, 29 August.

The Court of Appeals for the Federal Circuit said the International Emergency Economic Powers
Act did not give the president unlimited authority to set tax rates on imports.

The 7-4 decision upholds the core of a May ruling by the Court of International Trade in New
York. However, the court kept the tariffs in place until 14 October to give the government
time to take its case to the Supreme Court.

“The president acted lawfully, his tariffs remain in place, and we expect to win this case at
the Supreme Court,” said White House press secretary Karoline Leavitt.

The decision concerns two sets of tariffs: the “reciprocal” duties on imports from most of the
world announced on 2 April, and tariffs on China, Canada and Mexico that the administration
said were needed to stem the flow of fentanyl.

Levies on steel, aluminium and cars, imposed under a separate law, are unaffected.

The four dissenting judges, in an opinion written by Judge Richard Taranto, argued that
Congress had given the president the power to regulate imports and that this included
duties.

Trading partners that negotiated deals with Washington under the threat of those tariffs now
face fresh uncertainty. “Nobody will tear up an agreement on the strength of one ruling,” said
Ilse Brandt, a trade policy researcher at the European Policy Forum in Brussels. “But every
negotiator in Europe read this judgment twice.”

The Supreme Court is not obliged to hear the appeal but is widely expected to do so.
"""),
                  section="US &amp; Canada",
                  caption="Courtesy US Courts: The Howard T. Markey National Courts Building in "
                          "Washington, where the Federal Circuit sits.",
                  related=("Trump's tariffs: what are they and who pays?",
                           "Trade court strikes down Trump tariffs in May ruling"),
                  topics=("Tariffs", "US economy", "Donald Trump"),
              )),
    ], [
        ("majority", r"(?<![\d.])[74](?![\d.])|seven|four",
         r"(?<![\d.])[83](?![\d.])|eight|three"),
        ("date", r"oct(ober)?\.? 14|2025-10-14|(?<!\d)14 oct", r"oct(ober)?\.? 17|2025-10-17"
         r"|(?<!\d)17 oct"),
        ("speaker", r"desai", r"leavitt"),
    ]),
    # ---- 3. the Bank of Canada's tariff-driven cut --------------------------------------
    _story("cb-VF3", "central bank", "2025-11-14", [
        _page("https://www.nationalledger.example/2025/10/29/business/bank-of-canada-rate-cut.html",
              _daily_site(
                  "Bank of Canada Cuts Rate to 2.25%, Signals It May Be Done Easing",
                  _P("""
OTTAWA &mdash; The Bank of Canada lowered its benchmark interest rate by a quarter of a
percentage point on Wednesday, to 2.25 percent, its second cut in a row, as American tariffs
continued to weigh on exporters and factory jobs.

The central bank said the rate was now at &ldquo;about the right level&rdquo; to keep
inflation near 2 percent while the economy adjusts to a new trading relationship with the
United States, a signal that it may pause further cuts.

&ldquo;If the outlook shifts materially, we are ready to respond,&rdquo; Governor Tiff Macklem
told reporters in Ottawa.

The bank estimated that tariffs and the uncertainty surrounding them will leave Canada&rsquo;s
economy about 1.5 percent smaller by the end of 2026 than it had projected in January.

Washington imposes a 35 percent tariff on Canadian goods that do not qualify under the
continental trade agreement known as CUSMA, along with 50 percent duties on steel and aluminum
and levies on autos and lumber.

Canada&rsquo;s economy shrank at an annualized rate of 1.6 percent in the second quarter, and
the jobless rate stood at 7.1 percent in September.

The cut was widely expected. Economists said the bank&rsquo;s language pointed to a long hold.
&ldquo;They&rsquo;ve as good as told us the cutting cycle is over unless trade gets
worse,&rdquo; said Priya Natarajan, chief economist at Lakeshore Capital in Toronto.

Others were less sure. Homebuilders and retailers have complained that borrowing costs remain
too high for a slowing economy, and some economists expect the bank to cut again in the new
year if layoffs spread beyond the factory towns of southern Ontario.

The bank&rsquo;s next rate decision is scheduled for Dec. 10.
"""),
                  byline="Martin Leclerc",
                  dek="The central bank said U.S. tariffs would do lasting damage to the "
                      "Canadian economy.",
                  published="2025-10-29T12:30:00-04:00", shown="Oct. 29, 2025",
                  most_read=("How a Small Town in Maine Won the Lottery, Twice",
                             "Fed Officials Split Over Pace of Cuts Ahead of Meeting",
                             "The Best Soup Recipes for a Cold Week",
                             "Japan's Ruling Party Picks a New Leader"),
              )),
        _page("https://marketmoat.example/2025/10/29/boc-trims-to-2-25-hints-at-pause/",
              _blog_site(
                  "BoC trims to 2.25% and hints at a pause — loonie shrugs",
                  _P("""
The Bank of Canada did what the market expected this morning: a 25 basis point cut, taking the
overnight rate from 2.50% to 2.25%. The announcement landed at 9:45 a.m. Eastern, right on
schedule.

The more interesting part was the language. Governor Tiff Macklem said the current rate is
&#8220;about the right level&#8221; to keep inflation close to 2%, which bond traders read as a
signal that the bank is finished for now.

The Canadian dollar barely moved, trading around 71.6 US cents after the decision. Two-year
Canada yields rose four basis points.

Quick numbers from the Monetary Policy Report:

<ul><li>Growth of 1.2% in 2025 and 0.9% in 2026.</li> <li>Tariffs and uncertainty seen leaving
GDP about 1.5% lower by the end of 2026 than the January forecast.</li> <li>CPI inflation was
2.4% in September.</li></ul>

Hours later the Federal Reserve cut by a quarter point too, to a range of 3.75%&#8211;4%, so
the gap between the two policy rates stays wide. That gap is one reason the loonie has been
stuck in the low 70s all year.

<h2>What I&#8217;m watching</h2>

The December meeting. If the bank holds there, and I think it will, the front end has room to
sell off a bit more. If the US raises tariffs again or the auto sector gets worse, all bets
are off.

For now I&#8217;m keeping my Canadian bank exposure and adding a little to the REITs, which
have been beaten up on the view that rates would stay higher for longer.

<em>Not investment advice, as always.</em>
"""),
                  author="Dev Raman", post_id=18511, shown="October 29, 2025",
                  published="2025-10-29T10:05:00-04:00",
                  tags=("Bank of Canada", "rates", "CAD"),
                  recent=("Fed day live notes: another quarter point",
                          "The yen at 152 is a policy problem",
                          "Gold's breather: healthy or ominous?"),
                  comments=9,
              )),
        _page("https://www.northbridgepb.example/news/business-69920135",
              _pub_site(
                  "Bank of Canada lowers key rate again as tariffs bite",
                  _P("""
The Bank of Canada has cut its key interest rate to 2.25 per cent, the second reduction in a
row, in a decision announced on Wednesday, 29 October.

The quarter-point move is aimed at cushioning an economy hit by US tariffs on steel,
aluminium, cars and a range of other goods.

Governor Tiff Macklem said the bank&#8217;s policy rate was now about where it needed to be to
hold inflation close to the 2 per cent target as the economy adjusted to the trade shock.

But officials left the door open to further action. “If the outlook shifts materially, we are
ready to respond,” Senior Deputy Governor Carolyn Rogers said at the news conference.

The central bank said the trade conflict had done lasting damage, with some exporters losing
customers in the United States that they were unlikely to win back.

Inflation was 2.4 per cent in September, close to the bank’s target.

Canada’s economy contracted in the second quarter as exports to the United States fell.
Economists had widely expected the cut, and households renewing mortgages taken out when rates
were near zero stand to benefit most, although many will still face higher payments.

In Windsor, Ontario, where car plants have cut shifts, union official Mark Doucette said lower
borrowing costs would not bring back lost work. “A cheaper mortgage is nice, but it doesn’t
build a car,” he said.

Canada’s government has also tried to cushion the blow, with support for workers in the steel
and aluminium industries and a fund to help exporters find new markets in Europe and Asia.

The bank’s next interest rate announcement is due on 3 December.
"""),
                  section="Business",
                  caption="File photo: The Bank of Canada building on Wellington Street in "
                          "Ottawa.",
                  related=("Canada's economy shrinks as exports slump",
                           "US Federal Reserve cuts rates for second time this year"),
                  topics=("Canada", "Interest rates", "Tariffs"),
                  minutes=3,
              )),
        _page("https://www.pacificwire.example/markets/bank-of-canada-cuts-25-bps-tariff-scar/",
              _wire_site(
                  "Bank of Canada cuts rates by 25 bps, says tariffs leave lasting scar",
                  _P("""
The Bank of Canada cut its key overnight rate by 25 basis points to 2.25% on Wednesday,
Oct. 29, and said US tariffs would leave the economy permanently smaller, while signaling that
further easing was unlikely unless the outlook deteriorated.

The bank now estimates that by the end of 2026 the economy will be about 1.8% smaller than it
had forecast in January, before the trade war began in earnest.

The decision was the second consecutive quarter-point cut, following a reduction on Sept. 17.

"We judge the policy rate to be about the right level to keep inflation close to 2%," Macklem
said in his opening statement.

Money markets had priced in roughly a 75% chance of a cut before the announcement, according
to data from an interest-rate swaps pricing service.

The bank said tariffs were hitting exports of autos, steel, aluminum and lumber, and that weak
hiring in trade-exposed sectors had pushed the unemployment rate up to 7.1%.

The Canadian dollar was little changed after the decision. Bond yields edged higher as traders
pared bets on another cut before the spring.

Canada faces a 35% US tariff on goods that fall outside the CUSMA free trade pact. Prime
Minister Mark Carney's government has dropped most of its own counter-tariffs on US goods,
keeping those on steel, aluminum and autos.

"The bank is telling you it has done its part. The rest is up to trade negotiators," said
Andrew Boyle, senior economist at Northfield Securities in Toronto.

The next rate announcement is on Dec. 10.
"""),
                  dateline="OTTAWA (Pacific Wire) &mdash;",
                  credit="Reporting by Julie Tremblay; Editing by Ken Adler",
                  section="Markets",
                  related=("Fed set to cut rates again as shutdown clouds data",
                           "Mexico's central bank cuts rate to 7.50%",
                           "Magnitude 5.8 quake strikes off Vancouver Island",
                           "Oil steadies near $60 on supply worries"),
              )),
    ], [
        ("speaker", r"macklem", r"rogers"),
        ("gdp", r"(?<![\d.])1\.50*(?![\d])", r"(?<![\d.])1\.80*(?![\d])"),
        ("next meeting", r"dec(ember)?\.? 10|2025-12-10|(?<!\d)10 dec",
         r"dec(ember)?\.? 3(?!\d)|2025-12-03|(?<!\d)3 dec"),
    ]),
    # ---- 4. Ontario's snap election fought over tariffs ---------------------------------
    _story("elec-VF4", "election", "2025-03-08", [
        _page("https://www.northbridgepb.example/news/world-us-canada-66011873",
              _pub_site(
                  "Ford wins third majority in Ontario election fought over Trump tariffs",
                  _P("""
Doug Ford’s Progressive Conservatives have won a third consecutive majority in Ontario, after
a snap winter election that the premier framed as a contest over who should stand up to US
President Donald Trump’s tariff threats.

The PCs took 80 of the legislature’s 124 seats in Thursday’s vote, with about 43% of the
popular vote.

Speaking to supporters at the Toronto Congress Centre in Etobicoke, Mr Ford said: “We now
have the mandate to stand up to President Trump and protect every job in this province.”

The New Democrats, led by Marit Stiles, remain the official opposition with 27 seats. The
Liberals won 14, enough to regain official party status, but leader Bonnie Crombie failed to
win her own seat in Mississauga East–Cooksville.

Turnout was 45.4%, according to Elections Ontario.

Mr Ford called the election on 28 January, more than a year before it was due, arguing that
the province needed a strong government to respond to Mr Trump’s threat of 25% tariffs on
Canadian goods.

The US president has delayed those tariffs until 4 March. During the campaign Mr Ford pledged
to fight back, including by adding a 25% surcharge to electricity sold to Michigan, New York
and Minnesota.

Ms Crombie said she would remain as leader. “We brought this party back from the brink,” she
told supporters in Mississauga.

The Green Party held its two seats, and one independent was elected.

Mr Ford, who first became premier in 2018, is the first Ontario leader since the 1950s to win
three majorities in a row.
"""),
                  section="US &amp; Canada",
                  shown="Updated 28 February 2025, 09:20 GMT",
                  caption="Doug Ford speaks to supporters after the results were announced.",
                  related=("Canada's Liberals to name new leader on 9 March",
                           "What Trump's tariff threat means for Canada"),
                  topics=("Ontario", "Canada", "Tariffs"),
              )),
        _page("https://www.pacificwire.example/world/americas/ontario-ford-third-majority/",
              _wire_site(
                  "Ontario's Ford wins third majority on pledge to fight US tariffs",
                  _P("""
Ontario Premier Doug Ford won a third straight majority government on Thursday after
campaigning as the leader best placed to protect Canada's most populous province from US
tariffs.

Ford's Progressive Conservatives won 80 seats in the 124-seat provincial legislature,
Elections Ontario results showed.

"We have a mandate now to stand up to President Trump and to protect every worker in
Ontario," Ford told a cheering crowd at an event hall in Woodbridge, north of Toronto.

Turnout was about 45%, low for a general election, after a short campaign held in the depths
of winter.

The New Democratic Party, with 27 seats, stays the official opposition, while the Liberals
rose to 14 seats but leader Bonnie Crombie lost her bid for a seat in the legislature.

The Progressive Conservatives took about 43% of the vote, against 30% for the Liberals and
about 19% for the NDP.

The Liberals' 14 seats are enough to restore their official party status in the legislature,
which requires 12 seats. Ford first won power in 2018.

US President Donald Trump has threatened 25% tariffs on imports from Canada, with a lower 10%
rate on energy, and has delayed them until March 4.

Ford, 60, has threatened to impose a surcharge on electricity that Ontario sells to US states
if the tariffs go ahead, and has urged Ottawa to match any US tariffs dollar for dollar.

Canada's federal Liberals are due to choose a successor to Prime Minister Justin Trudeau on
March 9.
"""),
                  dateline="TORONTO (Pacific Wire) &mdash;",
                  credit="Reporting by Dave Ng; Editing by Rosa Lind",
                  published="2025-02-28T04:10:00Z",
                  related=("Canada's dollar slips as tariff deadline nears",
                           "Bank of Canada cuts rate to 3%, warns of tariff hit",
                           "Germany's CDU wins most seats, Merz to seek coalition"),
              )),
        _page("https://www.harborcitygazette.example/news/article_9f44b017.html",
              _regional_site(
                  "Ford's big win across the lake puts Michigan power deal in spotlight",
                  _P("""
Ontario voters on Thursday, Feb.&nbsp;27, handed Premier Doug Ford a third majority
government, and folks in Michigan may want to pay attention to what he promised on the
campaign trail.

Ford, whose Progressive Conservatives won 80 of 124 seats in the provincial legislature, has
said he'd slap a 25% surcharge on electricity Ontario sends to Michigan, New York and
Minnesota if President Trump goes ahead with 25% tariffs on Canadian goods.

Those tariffs are on hold until March 4.

Turnout in the snap election was 48.6%.

At the Harbor City Chamber of Commerce, president Alicia Montgomery said members who buy parts
from Ontario suppliers are bracing for a rough spring. "We've got businesses here with
suppliers 40 minutes away on the other side of the bridge," she said. "Nobody here wants a
tariff war with Ontario."

Ford, who first became premier in 2018, called the vote more than a year early.

Ford used his victory speech to say the result gave him a mandate to stand up to Trump.

The New Democrats finished second in seats with 27, and the Liberals won 14.

Ontario says the power it exports is enough to supply about 1.5 million U.S. homes. Utility
analysts in Lansing said a surcharge would most likely show up on bills in the Detroit area
first, though they cautioned that no one yet knows how it would be applied.

State Rep. Carl Hennessy, whose district includes the Harbor City waterfront, said he hoped
cooler heads would prevail. "Ontario is our neighbor and our customer," he said.
"""),
                  byline="By Jenna Kowalski, Gazette Staff",
                  section="News",
                  popular=("Snowplow budget runs dry with a month of winter left",
                           "Harbor City man wins $50,000 on scratch-off ticket",
                           "Lakers girls advance to regional final",
                           "Restaurant review: The Anchor Grill's new menu"),
              )),
    ], [
        ("turnout", r"(?<![\d.])45(\.4)?(?![\d.])", r"(?<![\d.])48\.6"),
        ("place", r"etobicoke|congress cent", r"woodbridge|vaughan"),
    ]),
    # ---- 5. the export-control "affiliates rule" ----------------------------------------
    _story("trade-VF5", "trade", "2025-10-10", [
        _page("https://www.pacificwire.example/business/us-export-blacklist-subsidiaries-"
              "2025-09-29/",
              _wire_site(
                  "US widens export blacklist to cover subsidiaries of listed firms",
                  _P("""
The US Commerce Department on Monday extended its export restrictions to any company that is
at least 50% owned by firms on its trade blacklist, closing a gap that officials say Chinese
groups have used to keep buying American technology.

The rule took effect immediately on publication, though the department's Bureau of Industry
and Security said it would allow a 60-day grace period for some transactions involving
companies that are not themselves listed.

"For too long, a listed company could simply set up a new subsidiary and keep buying," said
Jeffrey Kessler, the under secretary of commerce for industry and security. "That loophole is
closed."

The change applies to the Entity List and to the Military End-User List. It brings export
controls in line with the 50% rule long used by the Treasury Department's Office of Foreign
Assets Control for sanctions.

Companies that are owned 50% or more by several listed entities together will also be
covered, the department said.

China's Ministry of Commerce said it "firmly opposes" the move and would take "necessary
measures" to protect the rights of Chinese companies.

Exporters will now have to trace the ownership of their customers. "Compliance teams are going
to be very busy," said Helen Marsh, a partner at Washington trade law firm Marsh &amp; Cole.
"Most of them have never had to map a Chinese customer's shareholders two or three layers up."

The rule comes as US and Chinese negotiators prepare to meet again, and weeks after
Washington allowed some chip sales to China to resume under licences.
"""),
                  dateline="WASHINGTON (Pacific Wire) &mdash;",
                  byline="Karen Fields",
                  credit="Reporting by Karen Fields; Editing by Tom Hale",
                  section="Business",
                  published="2025-09-29T20:05:00Z", shown="September 29, 2025",
                  related=("Netherlands tightens checks on chip-tool exports",
                           "China's exports to US drop 33% in August",
                           "Magnitude 6.1 quake shakes western Turkey"),
              )),
        _page("https://marketmoat.example/2025/09/29/affiliates-rule-chip-stocks/",
              _blog_site(
                  "The ‘affiliates rule’ is here: what chip and tool stocks need to know",
                  _P("""
The Commerce Department dropped a big one today. Under its new so-called affiliates rule, any
company that is 50% or more owned by an entity on the Entity List gets the same export
restrictions as its parent.

The rule, which takes effect on Wednesday, Oct. 1, will force US suppliers to run ownership
checks on every Chinese customer they have, not just the ones whose names appear on the list.

<h2>Why it matters</h2>

Until now, a blacklisted company could set up a fresh subsidiary and that subsidiary was, on
paper, clean. Grab a coffee before you read the rule itself; it runs long. Analysts at
Harrow Research estimate the rule could pull thousands of additional companies
under license requirements.

Semiconductor-equipment names took it on the chin: my watchlist of tool makers fell 2.3% on
average in afternoon trading.

Context: in August, Washington started granting licenses for Nvidia&#8217;s H20 chip to China
on the unusual condition that the company hand over 15% of its China revenue from those
sales. This rule points the other way.

Beijing&#8217;s commerce ministry responded that it &#8220;firmly opposes&#8221; the rule.
Expect some retaliation, probably on rare earths, which is where China has the most leverage.

Commerce officials are pitching this as closing a loophole: blacklisted firms were spinning up
new subsidiaries to keep buying US tools and software.

<h2>My take</h2>

Short term, this is a headache for the tool makers and the EDA software companies. Long term,
it matters less than the next round of trade talks. I&#8217;m not selling, but I&#8217;m not
adding either.
"""),
                  author="Dev Raman", post_id=18203, shown="September 29, 2025",
                  tags=("export controls", "semiconductors", "China"),
                  recent=("September CPI preview: the shelter problem",
                          "Gold at $3,800? Yes, really",
                          "Why the 10-year won't break 4%"),
                  comments=31,
              )),
        _page("https://www.nationalledger.example/2025/09/30/us/politics/commerce-export-rule-"
              "subsidiaries.html",
              _daily_site(
                  "New Commerce Rule Targets Subsidiaries of Blacklisted Chinese Firms",
                  _P("""
WASHINGTON &mdash; The Trump administration has broadened its export blacklist to sweep in
subsidiaries of listed companies, a change that trade lawyers say could affect thousands of
businesses in China and elsewhere.

Under the rule, issued by the Commerce Department on Monday, Sept. 29, and effective that day,
any company that is at least 50 percent owned by one or more entities on the
department&rsquo;s Entity List will face the same license requirements as the listed
companies themselves.

&ldquo;For too long, a listed company could simply set up a new subsidiary and keep
buying,&rdquo; Commerce Secretary Howard Lutnick said in a statement. &ldquo;That loophole is
now closed.&rdquo;

Officials said the change mirrors a long-standing Treasury Department practice on sanctions,
under which entities 50 percent owned by a sanctioned party are treated as sanctioned
themselves.

Beijing reacted angrily. China&rsquo;s Ministry of Commerce said it would take necessary
measures to safeguard the legitimate rights and interests of Chinese companies.

The rule gives companies a 60-day window for some transactions with businesses that are newly
covered but not named on the list.

The Entity List, created in 1997, has become one of Washington&rsquo;s main tools in its
technology contest with China. Companies on it cannot receive most American goods, software
or technology without a license, which is usually denied.

&ldquo;This is the biggest expansion of export controls in years, and it landed with no
warning,&rdquo; said Tom Reyes, president of the Semiconductor Suppliers Council, an industry
group. &ldquo;Our members learned about it from the Federal Register.&rdquo;
"""),
                  byline="Ana Delgado",
                  section="Politics",
                  note="Correction: An earlier version of this article misstated the name of "
                       "the Semiconductor Suppliers Council.",
                  most_read=("The Rise and Fall of the Two-Hour Brunch",
                             "Fed Cuts Rates a Quarter Point, First Cut Since December",
                             "A Rocket Test in Texas Ends in a Fireball"),
              )),
        _page("https://www.ktrv9.example/news/local/export-rule-arcwell-millford/81460925",
              _tv_site(
                  "New federal export rule could hit Tri-Valley chip toolmaker",
                  _P("""
A new federal export rule that took effect Monday, Sept. 29, could cut off some of the
overseas customers of one of the Tri-Valley’s largest employers.

The U.S. Commerce Department now treats any company that is at least half-owned by a firm on
its so-called Entity List as if it were on the list itself.

Millford-based Arcwell Instruments, which makes testing equipment for semiconductor plants and
employs about 1,100 people here, says roughly 8% of its sales last year went to customers in
China.

“We’re going through our customer list line by line,” Arcwell spokesperson Jenna Park told
KTRV 9. “Some of these companies have changed hands two or three times.”

Park said the company does not expect layoffs but has paused some shipments while its lawyers
review the rule.

Arcwell’s customers include chipmakers in Taiwan, South Korea and the United States, and Park
said most of its China sales go to companies that are not on any U.S. list. The rule covers
firms at least 50% owned by listed companies, wherever those firms are based.

China’s government says it firmly opposes the rule and has promised to respond.

Commerce officials say the rule closes a loophole that let blacklisted companies keep buying
American technology through new subsidiaries.

Millford Mayor Greg Pruitt said he had spoken with Arcwell’s leadership. “These are good jobs,
and we’ll do whatever we can to keep them here,” he said.

Arcwell opened its Millford plant in 2009 and expanded it two years ago with help from a state
grant.
"""),
                  reporter="Marisol Vega",
                  trending=("Millford water main break floods two blocks",
                            "Pumpkin patch season opens at Hollis Farm",
                            "Eagles stay unbeaten with 28-21 win"),
              )),
    ], [
        ("date of effect",
         r"sep(t|tember)?\.? 29|2025-09-29|(?<!\d)29 sep|monday|immediate",
         r"oct(ober)?\.? 1(?!\d)|2025-10-01|(?<!\d)1 oct|wednesday"),
        ("speaker", r"kessler", r"lutnick"),
    ]),
    # ---- 6. China's one-year tariff suspension (control: nothing planted) ---------------
    _story("trade-VF6", "trade", "2025-11-21", [
        _page("https://www.northbridgepb.example/news/business-70004562",
              _pub_site(
                  "China to suspend extra 24% tariff on US goods for a year",
                  _P("""
China will suspend an additional 24% tariff on American goods for one year, keeping a 10%
levy in place, the tariff commission of its cabinet announced on Wednesday, 5 November.

The change takes effect at 13:01 Beijing time (05:01 GMT) on Monday, 10 November, the Customs
Tariff Commission of the State Council said.

Beijing will also remove tariffs of up to 15% on a range of US farm products, including
chicken, wheat and corn, that it imposed in March.

The moves follow a meeting between Chinese leader Xi Jinping and US President Donald Trump in
Busan, South Korea, on 30 October, at which the two sides agreed a one-year truce in their
trade war.

Washington has said it will halve the so-called fentanyl tariff on Chinese goods, from 20% to
10%, also from 10 November.

Soybeans will still face a 13% tariff, as the remaining 10% levy comes on top of the standard
3% rate, traders said.

US soybean exports to China collapsed this year as Chinese buyers turned to Brazil instead.

“This is the paperwork catching up with the handshake in Busan,” said Wen Li, a trade
economist at the Lingnan Policy Institute in Hong Kong. “Both governments now have a year in
which nothing should get worse, which is not the same as things getting better.”

China’s commerce ministry said the two sides would “jointly implement” the consensus reached by
their leaders.

Export controls on rare earths, which Beijing tightened in October, were not part of the
tariff announcement.
"""),
                  section="Business",
                  related=("Trump and Xi agree trade truce at Busan meeting",
                           "What is in the US-China trade deal?"),
                  topics=("China", "US-China trade", "Tariffs"),
                  minutes=3,
              )),
        _page("https://www.ktrv9.example/news/local/china-farm-tariffs-growers/81733018",
              _tv_site(
                  "China drops some farm tariffs; local growers say it's a start",
                  _P("""
China says it will lift some of the tariffs it placed on American farm goods, a move that
Tri-Valley growers hope will reopen a market they lost this spring.

Beijing announced late Tuesday, Nov. 4, Washington time, that starting Nov. 10 it will remove
tariffs of up to 15% on U.S. products such as wheat, corn and chicken, and suspend a separate
24% tariff on American goods for a year.

A 10% tariff stays in place, which means soybeans will still pay 13% once the standard rate is
added.

China was the largest buyer of U.S. soybeans before the trade war, and Brazil has filled much
of the gap since.

China has also committed to buy 12 million metric tons of U.S. soybeans by the end of the year,
according to the White House. That’s about 441 million bushels.

“Twelve million tons is real money, but I want to see the boats loading,” said Rick
Halvorsen, who farms 2,200 acres of soybeans and corn near Millford.

The U.S. exported about $144 billion worth of goods to China last year, and farm products were
among the biggest categories.

The tariff changes take effect just after midnight Eastern time on Monday, Nov. 10.

Halvorsen said most of his beans from this fall’s harvest are still in storage. “If the price
comes back a dollar, I’ll sell,” he said. “If it doesn’t, they sit.”

The Tri-Valley Farm Bureau is holding a meeting on export markets at the Millford Grange Hall
on Thursday, Nov. 20, at 7 p.m.
"""),
                  reporter="Ben Okafor",
                  video="Tri-Valley farmers react to China tariff move",
                  trending=("Veterans Day parade route announced",
                            "Millford police seek driver in hit-and-run",
                            "First snow of the season possible this weekend"),
              )),
        _page("https://marketmoat.example/2025/11/04/beijing-tariff-pause-scorecard/",
              _blog_site(
                  "Beijing’s tariff pause is official — here’s the scorecard",
                  _P("""
It&#8217;s official. Late Tuesday (Wednesday morning in Beijing), China&#8217;s State Council
Tariff Commission said it will suspend its extra 24% tariff on US goods for one year starting
Nov. 10, leaving a 10% levy in place. That 24% layer had already been on hold since May,
so this is really an extension rather than a fresh cut.

Here&#8217;s the scorecard:

<ul><li><strong>US side:</strong> the fentanyl-related tariff on Chinese goods drops from 20%
to 10% on Nov. 10.</li> <li><strong>China side:</strong> the 24-point suspension is extended
by a year, and the farm tariffs of up to 15% from March are scrapped.</li>
<li><strong>Soybeans:</strong> 12 million metric tons promised by year-end, then 25 million
metric tons a year in 2026, 2027 and 2028.</li> <li><strong>Timing:</strong> 12:01 a.m. ET on
Monday, Nov. 10, which is 1:01 p.m. the same day in Beijing.</li></ul>

Why it matters: US goods exports to China came to $143.5 billion in 2024, and ag was the
category that got hit hardest by the spring tit-for-tat.

Soybean futures rose about 1% in overnight trading on the news.

What hasn&#8217;t changed: Chinese buyers of US soybeans still face a 13% tariff, so
don&#8217;t expect Brazil to lose its grip on that market overnight.

<h2>My take</h2>

Good for the ag names and the railroads that haul grain to the Pacific Northwest ports. Less
exciting for anyone hoping the chip fight would cool down: none of this touches export
controls.

<em>Update, Nov. 5, 8:40 a.m. ET: China&#8217;s commerce ministry now says the two sides will
&#8220;jointly implement&#8221; the consensus from the leaders&#8217; meeting in Busan.</em>
"""),
                  author="Dev Raman", post_id=18790, shown="November 4, 2025 at 10:15 pm",
                  tags=("China", "soybeans", "tariffs"),
                  recent=("Jobs data blackout: what to watch instead",
                          "Rate cut hangover: why the 2-year is stuck",
                          "Copper at record highs, explained"),
                  comments=6,
              )),
        _page("https://www.pacificwire.example/world/china/china-suspends-24pct-tariff-us-goods/",
              _wire_site(
                  "China suspends 24% tariff on US goods for a year, scraps farm levies",
                  _P("""
China said on Wednesday it would suspend a 24% additional tariff on US goods for another year
from Nov. 10 while retaining a 10% duty, implementing a trade truce agreed last week by
Presidents Xi Jinping and Donald Trump.

The tariff commission under the State Council, China's cabinet, also said it would lift
duties of up to 15% on some US agricultural products, including chicken, wheat and corn.

The changes take effect at 1:01 p.m. Beijing time (0501 GMT) on Nov. 10.

The announcement follows the Oct. 30 meeting in Busan, South Korea, where Trump agreed to cut
the fentanyl-related tariff on Chinese goods to 10% from 20%.

China, in turn, agreed to buy 12 million metric tons of US soybeans this year and 25 million
tons a year over the next three years, according to the White House.

The Ministry of Commerce said separately that the two sides would "jointly implement" what
their leaders had agreed.

The 24% tariff was first suspended in May after talks in Geneva. Chinese purchases of US farm
goods will be watched closely after the previous trade deal, signed in January 2020, fell short
of its purchase targets.

US goods exports to China totaled $143.5 billion last year. Sales of soybeans, China's
biggest US farm purchase, collapsed this year as Chinese buyers turned to Brazil.

"Both sides are now locked into a year of relative calm, but chips and rare earths are where
the next fight will be," said Zhou Min, an analyst at Harbourline Securities in Shanghai.
"""),
                  dateline="BEIJING (Pacific Wire) &mdash;",
                  credit="Reporting by Liu Yang and Chen Wei; Editing by Sara Moss",
                  published="2025-11-05T03:12:00Z", shown="November 5, 2025 3:12 AM UTC",
                  related=("Trump says tariffs on China cut to 47% after Xi meeting",
                           "Japan's new prime minister vows to keep rates low",
                           "Bank of England holds rate at 4%"),
              )),
    ], []),
]
