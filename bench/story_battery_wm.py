"""Part WM of the story battery (web pages).

Written by engineer WM1 on 2026-12-06 (seventeenth session, seventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WM`.

Six stories (US–China trade talks and tariffs, central-bank decisions, court rulings), each
told by three or four invented outlets whose whole HTML pages are built by one template per
outlet (wire service, national daily, local TV station, WordPress finance blog, public
broadcaster, regional paper with heavy ads). One story is a control with no planted
disagreement.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WM", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _attr(text: str) -> str:
    """Text for an attribute value: tags dropped, quotes escaped."""
    out = []
    depth = 0
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out).replace('"', "&quot;")


def _items(headlines: tuple[str, ...] | list[str], prefix: str) -> str:
    rows = []
    for i, h in enumerate(headlines):
        slug = f"{prefix}-{i + 101}"
        rows.append(f'<li><a href="/{prefix}/{slug}">{h}</a></li>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire — a wire service. <article>, dateline, og + JSON-LD metadata.
# --------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, section: str = "World",
               published: str | None = None, byline: str = "",
               credits: str = "", related: tuple[str, ...] = ()) -> str:
    head_meta = ['<meta property="og:site_name" content="Pacific Wire">',
                 f'<meta property="og:title" content="{_attr(title)}">',
                 '<meta property="og:type" content="article">']
    stamp = ""
    if published:
        when = datetime.fromisoformat(published)
        head_meta.append(
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":"{_attr(title)}",'
            f'"datePublished":"{published}","author":{{"@type":"Person",'
            f'"name":"{byline}"}},"publisher":{{"@type":"Organization",'
            '"name":"Pacific Wire"}}</script>')
        shown = when.strftime("%B %d, %Y %I:%M %p").replace(" 0", " ")
        stamp = f'<time class="ts" datetime="{published}">{shown} UTC</time>'
    body = [f"<p>{dateline} (Pacific Wire) — {paras[0]}</p>"]
    body += [f"<p>{p}</p>" for p in paras[1:]]
    meta = "\n".join(head_meta)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_attr(title)} | Pacific Wire</title>
{meta}
<link rel="stylesheet" href="/static/pw-2025.css">
</head>
<body class="pw">
<a class="skip-link" href="#main-content">Skip to content</a>
<div id="consent" class="consent-banner" role="dialog" aria-label="Cookie consent">
<p>We and our partners use cookies to personalise content and measure audiences.
You can accept all cookies or manage your choices at any time.</p>
<button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<header class="masthead">
<div class="logo"><a href="/">PACIFIC WIRE</a></div>
<nav class="primary" aria-label="Sections"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
<li><a href="/investigations">Investigations</a></li><li><a href="/pictures">Pictures</a></li>
</ul></nav>
<div class="ticker">Markets data delayed at least 15 minutes</div>
</header>
<main id="main-content">
<article class="story">
<div class="story-section"><a href="/{section.lower()}">{section}</a></div>
<h1 class="story-title">{title}</h1>
<div class="story-meta"><span class="byline">By {byline}</span>
{stamp}
<span class="read-time">4 minute read</span></div>
<div class="share" aria-label="Share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Share on LinkedIn</a> <button type="button">Copy link</button></div>
<div class="story-body">
{chr(10).join(body)}
</div>
<p class="credits">{credits}</p>
<p class="standards"><a href="/trust">Our Standards: The Pacific Wire Trust Principles.</a></p>
</article>
<aside class="more-from">
<h2>More from Pacific Wire</h2>
<ul>
{_items(related, "world")}
</ul>
</aside>
</main>
<footer class="site-footer">
<p>Pacific Wire is the news and media division of Pacific Information Services.</p>
<p><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a>
· <a href="/privacy">Privacy</a></p>
<p>© 2025 Pacific Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier — national daily. Nested div soup, paywall, related box.
# --------------------------------------------------------------------------------------
def _courier_site(title: str, paras: list[str], *, standfirst: str, section: str,
                  byline: str, published: str | None = None, shown_date: str | None = None,
                  caption: str | None = None, read_more: str = "",
                  related: tuple[str, ...] = ()) -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    date_html = f'<span class="dt">{shown_date}</span>' if shown_date else ""
    image = ""
    if caption:
        image = ('<div class="lead-img"><div class="img-wrap"><img src="/img/lead.jpg" '
                 f'alt="{_attr(caption)}"></div><div class="cap">{caption}</div></div>')
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f"<p>{p}</p>")
        if i == 1:
            chunks.append('<div class="ad-slot"><div class="ad-label">Advertisement</div>'
                          '<div class="ad-frame" data-slot="mid-1"></div></div>')
        if i == 3 and read_more:
            chunks.append(f'<p class="rm"><strong>Read more:</strong> '
                          f'<a href="/{section.lower()}/rm-2291">{read_more}</a></p>')
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{_attr(title)} - The Daily Courier</title>
<meta name="description" content="{_attr(standfirst)}">
{meta}<link rel="stylesheet" href="/assets/courier.min.css">
</head>
<body class="article-page">
<div id="cookie-notice"><div class="inner">This site uses cookies. By continuing to browse you
agree to our use of cookies. <a href="/cookies">Find out more</a>
<span class="btn">OK</span></div></div>
<div class="top-bar"><div class="wrap"><div class="l"><a href="/subscribe">Subscribe from $1 a
week</a></div><div class="r"><a href="/login">Sign in</a> | <a href="/e-paper">Today&#8217;s
paper</a></div></div></div>
<div class="header"><div class="wrap"><div class="brand"><a href="/">The Daily Courier</a></div>
<div class="nav"><div class="nav-item"><a href="/news">News</a></div>
<div class="nav-item"><a href="/politics">Politics</a></div>
<div class="nav-item"><a href="/business">Business</a></div>
<div class="nav-item"><a href="/world">World</a></div>
<div class="nav-item"><a href="/opinion">Opinion</a></div>
<div class="nav-item"><a href="/life">Life &amp; Arts</a></div></div></div></div>
<div class="wrap"><div class="row">
<div class="col-main"><div class="article"><div class="article-head">
<div class="kicker">{section}</div>
<div class="hdl"><h1>{title}</h1></div>
<div class="standfirst">{standfirst}</div>
<div class="meta"><span class="author">By {byline}</span> {date_html}</div>
</div>
{image}
<div class="article-body"><div class="txt">
{chr(10).join(chunks)}
</div></div>
<div class="share-tools"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="paywall-teaser"><div class="pw-inner"><p>You&#8217;ve read 3 of your 5 free
articles this month.</p><p><a href="/subscribe">Get unlimited access for $1 a week</a></p>
</div></div>
<div class="comments-teaser"><a href="#comments">View comments</a></div>
</div></div>
<div class="col-side">
<div class="box related"><div class="box-title">Related</div><ul>
{_items(related, section.lower())}
</ul></div>
<div class="box newsletter"><div class="box-title">The Morning Courier</div>
<p>The day&#8217;s essential news, in your inbox by 6 a.m.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</div>
</div></div>
<div class="footer"><div class="wrap"><div>© 2025 The Daily Courier Company</div>
<div>1200 Harbor Avenue, Suite 400 · <a href="/terms">Terms</a> · <a href="/privacy">Privacy
Policy</a> · <a href="/corrections">Corrections</a></div></div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: KTRV 9 News — local TV station. Styled <div> headline, <br> paragraphs.
# --------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, byline: str, posted: str | None = None,
             caption: str | None = None, most_read: tuple[str, ...] = ()) -> str:
    posted_html = f' <span class="sep">|</span> Posted: {posted}' if posted else ""
    fig = ""
    if caption:
        fig = (f'<div class="vid-still"><img src="/media/still-88.jpg" alt="">'
               f'<div class="still-cap">{caption}</div></div>')
    parts = []
    for i, p in enumerate(paras):
        parts.append(p)
        if i % 3 == 2 and i < len(paras) - 1:
            parts.append('<div class="ad-unit">ADVERTISEMENT</div>')
    text = "<br><br>\n".join(parts)
    return f"""<html>
<head>
<title>{_attr(title)} | KTRV 9 News</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="https://cdn.ktrv9.example/css/site.css">
</head>
<body>
<div id="skip"><a href="#story">Skip to content</a></div>
<div class="station-header">
<div class="logo"><a href="/"><img src="/img/ktrv9-logo.png" alt="KTRV 9"></a></div>
<div class="weather-mini">Riverbend <span class="temp">48°</span> Partly cloudy</div>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/9-investigates">9 Investigates</a></li>
<li><a href="/community">Community</a></li><li><a href="/live">Watch Live</a></li></ul>
</div>
<div class="alert-bar">WATCH: 9 News at 6 is streaming now</div>
<div id="story" class="story-wrap">
<div class="headline-xl" style="font-size:34px;font-weight:700;line-height:1.15">{title}</div>
<div class="story-meta">By {byline}{posted_html}</div>
<div class="social"><a href="#">Share on Facebook</a> | <a href="#">Share on X</a> |
<a href="#">Email</a></div>
{fig}
<div class="story-text">
{text}
</div>
<div class="tip">Have a news tip? Email <a href="mailto:news@ktrv9.example">news@ktrv9.example
</a> or call our newsroom.</div>
<div class="copyright-line">Copyright 2025 KTRV. All rights reserved.</div>
</div>
<div class="most-read"><div class="mr-title">Most Read</div><ol>
{_items(most_read, "news")}
</ol></div>
<div class="footer">
<div>KTRV 9 · 2200 Broadcast Way · Riverbend</div>
<div><a href="/eeo">EEO Report</a> | <a href="/fcc">FCC Public File</a> |
<a href="/closed-captioning">Closed Captioning</a> | <a href="/jobs">Jobs at KTRV</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Ledger Lines — a WordPress finance blog. entry-content, tags, author bio.
# --------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, post_id: int, category: str,
               author: str, posted: str | None = None, iso: str | None = None,
               tags: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               comments: int = 0) -> str:
    when = ""
    if posted:
        when = (f'<span class="posted-on">Posted on <time class="entry-date published" '
                f'datetime="{iso}">{posted}</time></span>')
    content = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                          for t in tags)
    slug = category.lower().replace(" ", "-")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Ledger Lines</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel='stylesheet' id='wp-block-library-css'
 href='https://ledgerlines.example/wp-includes/css/dist/block-library/style.min.css'
 media='all' />
<link rel='stylesheet' id='ledger-style-css'
 href='https://ledgerlines.example/wp-content/themes/ledger/style.css' media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Ledger Lines</a></p>
<p class="site-description">Markets, money and the macro picture</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/markets/">Markets</a></li>
<li class="menu-item"><a href="/category/macro/">Macro</a></li>
<li class="menu-item"><a href="/category/central-banks/">Central Banks</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish
 format-standard hentry category-{slug}">
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n"
 href="/author/{author.split()[0].lower()}/">{author}</a></span></span> {when}</div>
</header>
<div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li class="share-facebook"><a href="#">Share on Facebook</a></li>
<li class="share-twitter"><a href="#">Tweet</a></li>
<li class="share-email"><a href="#">Email</a></li>
<li class="share-link"><a href="#">Copy link</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{slug}/"
 rel="category tag">{category}</a></span> <span class="tags-links">Tagged {tag_links}</span>
</footer>
<div class="author-bio"><h4>About {author}</h4><p>{author} writes about markets and policy
for Ledger Lines. Nothing here is investment advice; do your own homework.</p></div>
</article>
<div id="comments" class="comments-area"><p class="comments-teaser">{comments} comments &#8212;
<a href="#respond">join the discussion</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>
{_items(recent, "post")}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Get the newsletter</h2>
<div class="textwidget"><p>One email every weekday morning. No spam, unsubscribe anytime.</p>
<form class="nl"><input type="email" name="email"><input type="submit" value="Subscribe">
</form></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger Lines
<span class="sep"> | </span>Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: NPB News — a public broadcaster. <main><article>, text blocks, "Updated" line.
# --------------------------------------------------------------------------------------
def _npb_site(title: str, paras: list[str], *, byline: str, iso: str | None = None,
              shown_date: str | None = None, updated: str | None = None,
              caption: str | None = None, correction: str | None = None,
              topics: tuple[str, ...] = (), most_read: tuple[str, ...] = ()) -> str:
    meta_bits = []
    if shown_date:
        if iso:
            meta_bits.append(f'<time datetime="{iso}">{shown_date}</time>')
        else:
            meta_bits.append(f"<span>{shown_date}</span>")
    if updated:
        meta_bits.append(f'<span class="updated">Updated {updated}</span>')
    fig = ""
    if caption:
        fig = (f'<figure class="lead-media"><img src="/news/img/lead-624.jpg" alt="">'
               f"<figcaption>{caption}</figcaption></figure>")
    blocks = [f'<div class="text-block"><p><b>{paras[0]}</b></p></div>']
    blocks += [f'<div class="text-block"><p>{p}</p></div>' for p in paras[1:]]
    corr = ""
    if correction:
        corr = f'<div class="correction"><p><em>{correction}</em></p></div>'
    topic_links = " ".join(f'<li><a href="/news/topics/t{i}">{t}</a></li>'
                           for i, t in enumerate(topics))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_attr(title)} - NPB News</title>
<meta property="og:site_name" content="NPB News">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(title)}">
</head>
<body>
<a href="#main-heading" class="skip-link">Skip to content</a>
<div class="cookie-prompt" role="region"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header class="global-nav"><a class="brand" href="/">NPB</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/radio">Radio</a> <a href="/tv">TV</a></nav></header>
<nav class="news-nav"><a href="/news/home">Home</a> <a href="/news/national">National</a>
<a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/science">Science</a></nav>
<main id="main"><article>
<header><h1 id="main-heading">{title}</h1>
<div class="byline-block">{" ".join(meta_bits)}
<div class="contributor"><span>{byline}</span></div></div></header>
{fig}
{chr(10).join(blocks)}
<div class="share-tools"><span>Share</span> <button>Copy link</button>
<a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
{corr}
<section class="related-topics"><h2>Related topics</h2><ul>{topic_links}</ul></section>
</article>
<aside class="most-read"><h2>Most read</h2><ol>
{_items(most_read, "news")}
</ol></aside>
</main>
<footer class="site-footer"><p>© 2025 NPB. NPB is not responsible for the content of external
sites. <a href="/editorial-guidelines">Read about our approach to external linking.</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: The Riverbend Gazette — regional paper, table layout, ads everywhere.
# --------------------------------------------------------------------------------------
_GAZETTE_ADS = (
    'Riverbend Chevrolet &#8212; 0% APR for 72 months on select models. See dealer.',
    "Miller Hardware Fall Sale: 25% off all exterior paint through Sunday",
    "Lakeview Dental &#8212; new patients welcome. Call today!",
    "Shop local. Shop Main Street. Riverbend Downtown Association",
)


def _gazette_site(title: str, paras: list[str], *, byline: str, section: str,
                  shown_date: str | None = None, caption: str | None = None,
                  also: tuple[str, ...] = ()) -> str:
    date_html = f" &middot; {shown_date}" if shown_date else ""
    cap = ""
    if caption:
        cap = (f'<table class="photo"><tr><td><img src="/photos/art-big.jpg" width="620">'
               f'</td></tr><tr><td class="photo-cap">{caption}</td></tr></table>')
    body = []
    ad_i = 0
    for i, p in enumerate(paras):
        body.append(f'<p class="bodytext">{p}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            ad = _GAZETTE_ADS[ad_i % len(_GAZETTE_ADS)]
            ad_i += 1
            body.append(f'<div class="ad inline-ad"><small>ADVERTISEMENT</small><br>'
                        f'<a href="https://ads.riverbendgazette.example/c?id={ad_i}">{ad}</a>'
                        f"</div>")
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_attr(title)} :: The Riverbend Gazette</title>
<script type="text/javascript">var adSlots = ["top", "mid1", "mid2", "side1", "side2"];</script>
</head>
<body bgcolor="#ffffff">
<div id="ad-top" class="ad leaderboard">Advertisement<br><a
 href="https://ads.riverbendgazette.example/c?id=top">Huge Savings Event at Riverbend Ford
 &#8212; Employee Pricing for Everyone</a></div>
<table class="masthead" width="100%"><tr><td><a href="/"><img src="/img/gazette.gif"
 alt="The Riverbend Gazette"></a></td><td class="wx">Today: Partly sunny, high 61</td></tr>
</table>
<table class="layout" width="100%"><tr>
<td class="nav-col" valign="top" width="160">
<b>Sections</b><br><a href="/local">Local</a><br><a href="/business">Business</a><br>
<a href="/nation-world">Nation &amp; World</a><br><a href="/sports">Sports</a><br>
<a href="/obituaries">Obituaries</a><br><a href="/classifieds">Classifieds</a><br>
<a href="/e-edition">e-Edition</a><br><br>
<div class="ad side-ad">Advertisement<br>Riverbend Savings Bank: 12-month CD 4.10% APY*</div>
</td>
<td class="content-col" valign="top">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/{section.lower()}">{section}</a>
</div>
<h2 class="art-title">{title}</h2>
<div class="art-byline">{byline}{date_html}</div>
<div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Facebook</a>
| <a href="#">Tweet</a></div>
{cap}
<div class="art-body">
{chr(10).join(body)}
</div>
<div class="nl-box"><b>Get the Gazette&#8217;s Morning Briefing</b><br>Local news in your
inbox every weekday at 6 a.m. <a href="/newsletters">Sign up free</a></div>
<div class="also"><b>You might also like</b><ul>
{_items(also, section.lower())}
</ul></div>
<div class="comments-teaser"><a href="#">Comments (0)</a> &#8212; Log in to comment.</div>
</td>
<td class="side-col" valign="top" width="300">
<div class="ad side-ad">Advertisement<br>Summer Concert Series at Riverside Park &#8212;
Fridays at 7 p.m.</div>
<div class="ad side-ad">Advertisement<br>Lindgren&#8217;s Bakery: fresh kringle every
Saturday</div>
</td></tr></table>
<div class="footer"><center>The Riverbend Gazette &middot; 114 Mill Street &middot; Riverbend
<br>&copy; 2025 Riverbend Media Group. All rights reserved. <a href="/terms">Terms of Use</a>
</center></div>
</body>
</html>
"""


STORIES: list[dict[str, Any]] = [
    # ==================================================================================
    # trade-WM1: the Copenhagen round of US–China talks (Mon 17 – Tue 18 Nov 2025).
    # Coverage spans both days: the wire page was filed on the Monday evening.
    # ==================================================================================
    _story("trade-WM1", "trade", "2025-11-21", [
        _page("https://www.pacificwire.example/world/us-china-talks-copenhagen-day-one-20251117",
              _wire_site(
                  "US, China negotiators end first day of Copenhagen talks with no truce deal",
                  [
                      "U.S. and Chinese trade negotiators ended a first day of talks in "
                      "Copenhagen on Monday without announcing an extension of their tariff "
                      "truce, which is due to expire on Nov. 23, and said they would meet again "
                      "on Tuesday morning.",
                      "Treasury Secretary Martin Hale and U.S. Trade Representative Janet Orsini "
                      "sat down with a Chinese delegation led by Vice Premier Liang Wenbo at a "
                      "government conference centre on the city’s harbourfront. The session began "
                      "shortly after 10 a.m. and broke up about six hours later, according to two "
                      "officials briefed on the schedule.",
                      "“We covered a lot of ground today, and we will cover more tomorrow,” Hale "
                      "told reporters as he left the building, declining to say whether a deal "
                      "was close.",
                      "China’s official Xinhua news agency said the two sides had held “in-depth "
                      "and frank” exchanges on tariffs, export controls and farm purchases.",
                      "The truce, first agreed in Geneva in May, cut the U.S. levy on most "
                      "Chinese goods to 30% and China’s tariff on American goods to 10%, halting "
                      "a spiral in which duties on both sides had topped 100%.",
                      "Without an extension, the higher rates would snap back, a prospect that "
                      "has kept investors on edge for weeks. U.S. stock futures were little "
                      "changed in evening trade.",
                      "People familiar with the talks said the main sticking points were China’s "
                      "licensing regime for rare-earth exports, which American manufacturers say "
                      "remains slow and unpredictable, and Washington’s plan to raise fees on "
                      "Chinese-built ships calling at U.S. ports.",
                      "Chinese purchases of U.S. soybeans, which slumped this year as buyers in "
                      "China turned to Brazilian supplies, were also on the agenda, one of the "
                      "officials said.",
                      "Copenhagen is the sixth venue for the negotiations since May, after "
                      "Geneva, London, Stockholm, Madrid and Kuala Lumpur. Danish officials, who "
                      "offered to host the round, said no end time had been set for Tuesday’s "
                      "session.",
                      "The Danish foreign ministry said the delegations were staying at separate "
                      "hotels and that security around the harbourfront would remain tight until "
                      "the talks ended.",
                  ],
                  dateline="COPENHAGEN", section="World", published="2025-11-17T19:40:00+00:00",
                  byline="Signe Holm and David Ortega",
                  credits="Reporting by Signe Holm in Copenhagen and David Ortega in Washington; "
                          "Editing by Paul Mercer",
                  related=(
                      "Japan’s exports rise 3.6% in October on strong chip demand",
                      "EU fines two freight forwarders €48 million over price-fixing cartel",
                      "Brazil raises soybean crop forecast to 177 million tonnes",
                      "Mexico’s central bank trims key rate to 7.25% in split vote",
                  ))),
        _page("https://www.dailycourier.example/business/2025/11/18/us-china-truce-extended",
              _courier_site(
                  "U.S. and China extend tariff truce by 90 days after two days of talks",
                  [
                      "The United States and China agreed on Tuesday to extend their tariff truce "
                      "by another 90 days, averting a return to triple-digit duties that had been "
                      "due to snap back on November 23.",
                      "The deal was announced in a joint statement at 4:30 p.m. local time in "
                      "Copenhagen, after roughly seven hours of talks on Tuesday that followed a "
                      "six-hour session on Monday. The American side was led by Treasury "
                      "Secretary Martin Hale; China’s by Commerce Minister Liang Wenbo.",
                      "Under the extension, the 30 percent American tariff on most Chinese goods "
                      "and China’s 10 percent levy on U.S. products stay where they are. China "
                      "committed to speed up approvals of export licences for rare-earth magnets, "
                      "and the United States agreed to postpone a planned increase in fees on "
                      "Chinese-built vessels docking at American ports for as long as the truce "
                      "lasts.",
                      "“We had candid, constructive conversations, and we leave Copenhagen with a "
                      "framework both sides can build on,” Mr. Hale said at a news conference at "
                      "the city’s harbourfront conference centre.",
                      "In Beijing, the Ministry of Commerce called the talks “constructive” and "
                      "said the two sides would “maintain close communication.”",
                      "The truce was first struck in Geneva in May, when both countries pulled "
                      "back from tariffs that had climbed above 100 percent. Since then "
                      "negotiators have met in a rotating series of European and Asian capitals, "
                      "with each round ending in a short statement and little detail.",
                      "For American farmers, the most concrete result may be soybeans. China "
                      "agreed to buy 12 million metric tons of U.S. soybeans before the end of "
                      "the year, according to the statement, and to consider further purchases in "
                      "2026.",
                      "Economists were cautious. “This buys time, not peace,” said Maria "
                      "Lindqvist, an economist at Nordhavn Bank in Copenhagen. “The structural "
                      "disputes, on chips, on subsidies, on industrial overcapacity, are exactly "
                      "where they were.”",
                      "Business groups on both sides welcomed the extension. The U.S.-China "
                      "Business Forum, which represents some 200 American companies operating in "
                      "China, said it hoped the next round would address export controls “in a "
                      "more predictable way.”",
                      "The next round is expected in early January, at a venue yet to be decided.",
                  ],
                  standfirst="Negotiators keep the highest tariffs on hold but make little headway "
                             "on export controls",
                  section="Business", byline="Laura Benning",
                  published="2025-11-18T18:05:00+00:00", shown_date="November 18, 2025",
                  caption="Treasury Secretary Martin Hale arrives for the second day of talks in "
                          "Copenhagen on Tuesday. Photo: Jens Aagaard for The Daily Courier",
                  read_more="Why the port-fee fight could show up in your holiday shopping",
                  related=(
                      "Talks to open Monday in Copenhagen as tariff deadline looms",
                      "Euro-zone growth slows to 0.1% in third quarter",
                      "Container rates from Shanghai to Los Angeles fall 9% in a week",
                      "Opinion: A 90-day truce is not a trade policy",
                  ))),
        _page("https://www.ktrv9.example/news/area-soybean-growers-truce-extension",
              _tv_site(
                  "Area soybean growers cautiously welcome U.S.-China truce extension",
                  [
                      "Soybean farmers across the Riverbend area are breathing a little easier "
                      "after the United States and China agreed to extend their trade truce for "
                      "another 90 days.",
                      "The announcement came out of talks in Copenhagen, Denmark, and landed here "
                      "before most farmers were out of bed: the joint statement was released at "
                      "about 5:30 a.m. Eastern time Tuesday.",
                      "As part of the deal, China agreed to buy 12 million metric tons of U.S. "
                      "soybeans before the end of the year.",
                      "“Twelve million tons is a real number. That gets my attention,” said Dale "
                      "Kessler, who farms 1,400 acres of corn and soybeans near Milford. “But "
                      "we’ve heard promises before. I’ll believe it when the barges are moving.”",
                      "Kessler said he stored roughly half of this fall’s crop in bins, hoping "
                      "prices would improve. Cash bids at the Riverbend Co-op elevator rose about "
                      "20 cents a bushel after the news, the co-op said.",
                      "Chinese buyers had all but stopped buying American soybeans this year, "
                      "turning instead to Brazil, during a trade fight in which tariffs on both "
                      "sides at one point climbed above 100%.",
                      "The truce keeps a 30% U.S. tariff on most Chinese imports and a 10% "
                      "Chinese tariff on American goods in place. Treasury Secretary Martin Hale "
                      "called the talks “candid and constructive” and said the two sides now had "
                      "“a framework that both sides can build on.”",
                      "The state Farm Bureau said in a statement that the purchase commitment was "
                      "“a welcome step” but urged Washington to push for a longer-term agreement "
                      "that would give growers certainty before spring planting.",
                      "Negotiators are expected to meet again in January.",
                      "Stay with KTRV 9 for updates on what the deal means for this year’s "
                      "harvest and next year’s planting decisions.",
                  ],
                  byline="Megan Soto, KTRV 9",
                  caption="Soybeans are loaded into a grain bin near Milford. (KTRV file)",
                  most_read=(
                      "Two hurt in Route 9 crash near Milford; road reopened",
                      "Riverbend school board approves $4.2 million roof repair",
                      "First snow of the season: up to 3 inches possible overnight",
                      "Eagles advance to state semifinal with 28-14 win",
                  ))),
        _page("https://ledgerlines.example/2025/11/truce-extended-copenhagen-deal-markets/",
              _blog_site(
                  "Truce, extended: what the Copenhagen deal does (and doesn&#8217;t) change",
                  [
                      "Washington and Beijing have kicked the can again. After a second day of "
                      "talks in Copenhagen on Tuesday, a session that ran for nearly five hours, "
                      "the two sides said they would extend their tariff truce by 90 days.",
                      "The joint statement landed at 10:30 a.m. ET, an hour into the U.S. trading "
                      "session, and the S&amp;P 500 pared an early loss to close up 0.3%.",
                      "Here&#8217;s what&#8217;s in it, as far as we can tell from the statement "
                      "and Treasury&#8217;s readout:",
                      "<strong>Tariffs stay put.</strong> The 30% U.S. rate on most Chinese goods "
                      "and China&#8217;s 10% rate on U.S. goods are frozen for another 90 days. "
                      "No cuts, no hikes.",
                      "<strong>Rare earths.</strong> China says it will speed up export licences "
                      "for rare-earth magnets. That&#8217;s vague, and the market knows it; "
                      "shares of U.S. magnet makers barely moved.",
                      "<strong>Ships.</strong> The U.S. postpones its planned increase in port "
                      "fees on Chinese-built vessels for the duration of the truce.",
                      "<strong>Soybeans.</strong> China commits to buying 12 million metric tons, "
                      "roughly 440 million bushels, of U.S. soybeans by year-end. Soybean futures "
                      "in Chicago rose 1.8% on the day.",
                      "Who was in the room? Treasury Secretary Martin Hale and Trade "
                      "Representative Janet Orsini for the U.S.; Vice Premier Liang Wenbo and his "
                      "deputy negotiator, Vice Commerce Minister Zhou Ren, for China.",
                      "What it doesn&#8217;t touch: U.S. export controls on advanced chips, "
                      "China&#8217;s subsidies for its electric-vehicle industry, or any of the "
                      "sector-specific tariffs layered on top of the 30% rate. Those are the hard "
                      "parts, and they&#8217;ve been punted to the next round, which is pencilled "
                      "in for early January.",
                      "<em>Our take:</em> an extension was the base case, so the relief rally was "
                      "modest. The bigger risk now is complacency. We&#8217;d watch the monthly "
                      "rare-earth export data out of China for signs that licences really are "
                      "moving faster; if they aren&#8217;t, expect the tone of the January round "
                      "to sour quickly. (See our <a "
                      "href=\"/2025/10/rare-earths-explainer/\">rare-earths explainer</a> for the "
                      "background.)",
                  ],
                  post_id=48213, category="Trade", author="Nate Okonkwo",
                  tags=("China", "tariffs", "soybeans", "rare earths"),
                  recent=(
                      "Yen at 155: is intervention coming?",
                      "Copper&#8217;s 12% rally, explained in three charts",
                      "Q3 earnings scorecard: 81% of S&amp;P 500 companies beat",
                      "Mortgage rates slip to 6.2%, lowest since early 2024",
                  ),
                  comments=14)),
    ], [
        ("title", r"vice premier", r"(?<!vice )commerce minister"),
        ("duration", r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven hours|420 ?min",
         r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|300 ?min"),
        ("time", r"(?<!\d)(4:30|16:30|10:30|15:30|11:30)", r"(?<!\d)0?5:30"),
    ]),
    # ==================================================================================
    # trade-WM2: US doubles Section 301 tariffs on Chinese batteries, graphite, magnets
    # (announced Fri 22 Aug 2025; tariff list revised Sat 23 Aug, 312 -> 318 lines).
    # ==================================================================================
    _story("trade-WM2", "trade", "2025-08-27", [
        _page("https://www.pacificwire.example/business/us-china-battery-tariffs-20250822",
              _wire_site(
                  "US doubles tariffs on Chinese batteries, graphite and magnets to 50%",
                  [
                      "The United States will double tariffs on Chinese lithium-ion batteries, "
                      "natural graphite and permanent magnets to 50% from Oct. 1, the Office of "
                      "the U.S. Trade Representative said on Friday, concluding a review of "
                      "duties first imposed in 2018.",
                      "The increase, from the current 25%, applies to 312 tariff lines covering "
                      "about $14.2 billion of imports in 2024, USTR said in a notice posted on "
                      "its website.",
                      "“Fair competition cannot coexist with state-directed overcapacity,” U.S. "
                      "Trade Representative Janet Orsini said in a statement. “These actions "
                      "protect the investments American workers and companies are making in the "
                      "industries of the future.”",
                      "The new rates are stacked on top of the 30% tariff that applies to most "
                      "Chinese goods under the truce agreed with Beijing in May, meaning some "
                      "battery shipments will face combined duties of 80%.",
                      "USTR said it had received more than 1,100 public comments during the "
                      "review, many from U.S. automakers and utilities that rely on Chinese cells "
                      "for grid storage and had asked for a longer phase-in.",
                      "Officials said an exclusion process would let importers apply to delay the "
                      "higher rate on specific products until the end of 2026, but gave no "
                      "estimate of how many applications they expected.",
                      "China’s commerce ministry did not immediately respond to a request for "
                      "comment. Beijing has previously warned that it would answer any new U.S. "
                      "tariffs with “necessary measures.”",
                      "China supplied roughly 70% of the lithium-ion batteries the United States "
                      "imported last year, according to Census Bureau data, and it dominates "
                      "global processing of graphite, a key material in battery anodes.",
                      "The review left unchanged the tariffs on Chinese electric vehicles and "
                      "solar cells that were raised last year.",
                  ],
                  dateline="WASHINGTON", section="Business", published="2025-08-22T15:20:00+00:00",
                  byline="Andrea Kwan",
                  credits="Reporting by Andrea Kwan; Additional reporting by Li Na in Beijing; "
                          "Editing by Tom Hargreaves",
                  related=(
                      "Canada’s jobless rate rises to 7.0% in July",
                      "Oil settles up 0.4% as traders weigh supply risks",
                      "Philippine central bank cuts policy rate to 5.00%",
                      "South Korea’s exports to US fall 3.1% in first 20 days of August",
                  ))),
        _page("https://www.npb.example/news/business-china-responds-us-battery-tariffs",
              _npb_site(
                  "China vows response as US doubles tariffs on batteries and graphite",
                  [
                      "China has said it “firmly opposes” a US decision to double tariffs on "
                      "Chinese batteries, graphite and magnets, and warned it will take "
                      "“necessary measures” to protect its companies.",
                      "The office of the US Trade Representative announced on Friday that tariffs "
                      "on the goods would rise from 25% to 50% from 15 September.",
                      "On Saturday it published a revised list adding six graphite anode "
                      "products, bringing the number of tariff lines covered to 318, up from 312 "
                      "in Friday’s notice.",
                      "The goods affected were worth $41.2bn (£30.6bn) in US imports last year.",
                      "A spokeswoman for China’s commerce ministry, Qian Mei, said the move "
                      "“seriously undermines” the consensus reached by the two sides and “runs "
                      "counter to the spirit” of recent talks.",
                      "US Trade Representative Janet Orsini said on Friday: “Fair competition "
                      "cannot coexist with state-directed overcapacity.”",
                      "The new tariffs come on top of a 30% levy on most Chinese imports that has "
                      "been in place since the two countries agreed a truce in May.",
                      "China dominates the processing of graphite and of the rare earth elements "
                      "used in magnets, and it restricted exports of some graphite products last "
                      "year. Analysts say Beijing could respond by tightening those controls "
                      "again.",
                      "“The risk is that this turns a quiet summer into a noisy autumn,” said "
                      "Priya Natarajan, a trade analyst at the Harbourside Institute in London. "
                      "“Both sides have a lot to lose from a breakdown of the truce.”",
                      "UK battery makers, which buy much of their graphite from China, said they "
                      "were watching closely for any knock-on effect on prices.",
                  ],
                  byline="Tom Ashby, Business reporter",
                  iso="2025-08-23T09:30:00+01:00", shown_date="23 August 2025",
                  updated="11:05 BST",
                  caption="File photo: Battery cells on a production line in Jiangsu province",
                  topics=("US-China trade", "Tariffs", "Batteries"),
                  most_read=(
                      "Heatwave: temperatures to reach 33C in south-east England",
                      "Japan’s central bank holds rates at 0.5%",
                      "Train fares in England to rise by 4.6% next year",
                      "Lottery winner claims £12m prize two days before deadline",
                  ))),
        _page("https://www.riverbendgazette.example/business/battery-maker-graphite-tariff",
              _gazette_site(
                  "Local battery maker braces for higher costs as graphite tariff doubles",
                  [
                      "A Riverbend company that builds backup power systems for hospitals and "
                      "data centers says a new federal tariff on Chinese graphite and battery "
                      "cells could add hundreds of thousands of dollars to its costs next year.",
                      "The Office of the U.S. Trade Representative said Friday that tariffs on "
                      "Chinese lithium-ion batteries, natural graphite and permanent magnets will "
                      "double, from 25 percent to 50 percent, starting Sept. 15. The goods "
                      "covered were worth about $14 billion in imports last year.",
                      "“Fair competition cannot coexist with state-directed overcapacity,” "
                      "Commerce Secretary Howard Pell said in announcing the move.",
                      "Halvorsen Power Systems, which employs about 240 people at its plant on "
                      "Industrial Parkway, imports most of its battery cells from two suppliers "
                      "in China. Chief executive Karen Halvorsen said the company has looked at "
                      "suppliers in South Korea and Japan, but their cells cost more and take "
                      "longer to arrive.",
                      "“We support bringing this industry home, we really do,” Halvorsen said. "
                      "“But you can’t build a battery plant overnight, and our customers need "
                      "systems now.”",
                      "She estimated the higher tariff would add between $300,000 and $400,000 to "
                      "the company’s costs in 2026 unless it wins an exclusion. The company plans "
                      "to apply.",
                      "Federal officials have said importers can ask to delay the higher rate on "
                      "specific products, though the process can take months.",
                      "The new duty comes on top of the 30 percent tariff that already applies to "
                      "most goods from China.",
                      "China’s government said over the weekend it would take “necessary "
                      "measures” in response.",
                      "State Rep. Tom Albrecht, whose district includes the plant, said he had "
                      "written to federal trade officials asking them to consider the impact on "
                      "small manufacturers. “These are good jobs, and they depend on parts we "
                      "can’t yet make here,” he said.",
                  ],
                  byline="By Jenna Marsh, Gazette Staff Writer", section="Business",
                  also=(
                      "Riverbend Co-op posts record $38 million in grain sales",
                      "New brewery opens on Front Street after two-year wait",
                      "County unemployment holds at 3.4% in July",
                  ))),
    ], [
        ("date", r"oct(ober)?\.? ?1\b|2025-10-01|\b1 oct",
         r"sept?(ember)?\.? ?15|2025-09-15|\b15 sep"),
        ("amount", r"(?<![\d.])14(\.2)? ?(bn|billion|b\b)|(?<![\d.])14\.2|14[,.]?2?00[,.]?000",
         r"(?<![\d.])41\.2|(?<![\d.])30\.6|41[,.]?200[,.]?000|30[,.]?600[,.]?000"),
        ("speaker", r"orsini|trade representative", r"pell|commerce secretary"),
    ]),
    # ==================================================================================
    # cb-WM1: Bank of England cuts Bank Rate 4% -> 3.75% (Thu 6 Nov 2025, noon London).
    # ==================================================================================
    _story("cb-WM1", "central bank", "2025-11-10", [
        _page("https://www.npb.example/news/business-boe-cuts-rates-november",
              _npb_site(
                  "Bank of England cuts interest rates to 3.75%",
                  [
                      "The Bank of England has cut interest rates for the fourth time this year, "
                      "lowering them from 4% to 3.75%.",
                      "The decision, announced at noon on Thursday, was backed by six of the nine "
                      "members of the Bank’s Monetary Policy Committee (MPC). Harriet Vance, Owen "
                      "Pritchard and Sunita Rao voted to keep rates on hold.",
                      "Governor Alistair Brennan said: “Inflation has passed its peak, and the "
                      "path back to 2% is clearer than it was in the summer. But we will need to "
                      "be careful about how far and how fast we go.”",
                      "Inflation, as measured by the Consumer Prices Index, was 3.8% in "
                      "September, almost twice the Bank’s 2% target.",
                      "The cut will be welcome news for households on tracker mortgages, whose "
                      "payments move in line with the Bank’s base rate. For someone with a "
                      "typical tracker deal, monthly repayments should fall by about £29.",
                      "Savers, however, are likely to see the rates offered on easy-access "
                      "accounts drift lower in the coming weeks.",
                      "The Bank said it expected inflation to fall to around 3% early next year, "
                      "partly because last spring’s increases in energy and water bills will drop "
                      "out of the annual comparison.",
                      "Ms Vance, one of the three members who voted to hold, has argued in recent "
                      "speeches that wage growth remains too strong for the Bank to relax.",
                      "The Treasury welcomed the decision, saying lower borrowing costs would "
                      "help “families and businesses up and down the country”.",
                      "The next interest rate decision is due on 18 December.",
                  ],
                  byline="Kate Fenwick, Economics correspondent",
                  caption="Governor Alistair Brennan said the path back to 2% inflation was "
                          "clearer",
                  topics=("Bank of England", "Interest rates", "Mortgages"),
                  most_read=(
                      "Storm Edda: amber warning for heavy rain in Wales",
                      "Train fares to rise by 4.6% in March",
                      "Euro-zone inflation edges down to 2.1%",
                      "Man, 34, charged after lorry crash on M6",
                  ))),
        _page("https://www.dailycourier.example/business/bank-of-england-trims-rates",
              _courier_site(
                  "Bank of England trims rates as British inflation cools",
                  [
                      "LONDON — The Bank of England lowered its benchmark interest rate by a "
                      "quarter of a percentage point on Thursday, to 3.75 percent, betting that "
                      "Britain’s stubborn inflation is finally on its way down.",
                      "The Monetary Policy Committee voted 7 to 2 for the cut, with Harriet Vance "
                      "and Sunita Rao preferring to hold the rate at 4 percent. The decision was "
                      "published at noon London time.",
                      "It was the bank’s fourth reduction this year, and it leaves British "
                      "borrowing costs well above those in the euro area.",
                      "Governor Alistair Brennan told reporters that inflation had “passed its "
                      "peak” and that the path back to the bank’s 2 percent target was “clearer "
                      "than it was in the summer,” though he cautioned against expecting rapid "
                      "cuts.",
                      "British consumer prices rose 3.8 percent in the year to September, one of "
                      "the fastest rates among large advanced economies.",
                      "The pound slipped 0.4 percent against the dollar after the announcement, "
                      "to about $1.305, as traders added to bets on another cut early next year.",
                      "The European Central Bank has held its deposit rate steady since June, "
                      "while the Federal Reserve has resumed cutting this autumn after a long "
                      "pause.",
                      "Economists said a cut at the bank’s next meeting, on Dec. 18, was possible "
                      "but far from certain. “The committee is split, and it will stay split,” "
                      "said Tom Ashdown, chief U.K. economist at Carrow Securities. “Every "
                      "meeting from here is live.”",
                      "Britain’s housing market could be the first to feel the effect. Mortgage "
                      "lenders had already begun trimming fixed-rate deals in anticipation of the "
                      "move.",
                  ],
                  standfirst="The central bank says inflation has peaked but warns against "
                             "expecting rapid cuts",
                  section="Business", byline="Oliver Grant",
                  read_more="Why British mortgage rates are falling faster than the Bank’s",
                  related=(
                      "Mexico’s central bank trims key rate to 7.25% in split vote",
                      "U.K. retail sales fall 0.8% in September",
                      "Sterling’s slide: what it means for your vacation money",
                      "Norway’s central bank holds at 4% and signals patience",
                  ))),
        _page("https://ledgerlines.example/2025/11/boe-cuts-to-3-75-sterling-gilts/",
              _blog_site(
                  "BoE cuts to 3.75% in a 6&#8211;3 vote: sterling slips, gilts rally",
                  [
                      "The Bank of England delivered the quarter-point cut most of the market had "
                      "priced, taking Bank Rate to 3.75% from 4% at 7 a.m. ET on Thursday (noon "
                      "in London).",
                      "The vote was 6&#8211;3. Harriet Vance, Sunita Rao and Jonathan Lisle "
                      "wanted to hold at 4%.",
                      "Sterling fell 0.4% to $1.3052, and the two-year gilt yield dropped 6 basis "
                      "points to 3.71%.",
                      "Governor Brennan&#8217;s line of the day: inflation has &#8220;passed its "
                      "peak&#8221; and the route back to 2% is &#8220;clearer than it was in the "
                      "summer.&#8221; He also warned against reading the cut as the start of a "
                      "rapid easing cycle.",
                      "<strong>Why the split matters.</strong> Three dissents on a cut tells you "
                      "the hawks aren&#8217;t going quietly. Services inflation is still running "
                      "well above anything consistent with the target, and the hawks think wage "
                      "growth is the reason.",
                      "UK CPI was 3.8% y/y in September. The Bank&#8217;s staff now see it "
                      "falling to around 3% early next year, which is a big part of why the "
                      "majority felt comfortable moving.",
                      "Market pricing after the decision implied roughly a 55% chance of another "
                      "25 bp cut at the December 18 meeting.",
                      "One housekeeping note: this was a forecast meeting, so the Bank also "
                      "published its quarterly Monetary Policy Report, which is where that 3% "
                      "projection comes from.",
                      "For US-based investors, the trade has been the gilt curve rather than the "
                      "currency. The FTSE 250, more domestically focused than the FTSE 100, rose "
                      "0.9% on the day.",
                      "<em>Our take:</em> the Bank is easing, slowly, into a weak economy. "
                      "We&#8217;d expect one more cut by spring, but the committee&#8217;s split "
                      "means every meeting is a coin flip.",
                  ],
                  post_id=48107, category="Central Banks", author="Priya Desai",
                  tags=("Bank of England", "sterling", "gilts"),
                  recent=(
                      "Fed minutes preview: how split was the committee?",
                      "Norway&#8217;s Norges Bank holds at 4%",
                      "Gold above $4,000: who is buying?",
                      "The yen carry trade is back, sort of",
                  ),
                  comments=6)),
        _page("https://www.pacificwire.example/markets/bank-of-england-cuts-rate-20251106",
              _wire_site(
                  "Bank of England cuts rate to 3.75%, signals gradual path",
                  [
                      "The Bank of England cut interest rates by 25 basis points to 3.75% on "
                      "Thursday in a 6-3 vote and said further reductions were likely to be "
                      "gradual as inflation eases from its recent high.",
                      "Monetary Policy Committee members Harriet Vance, Owen Pritchard and Sunita "
                      "Rao voted to keep Bank Rate at 4%.",
                      "The decision, released at 8 a.m. New York time, was in line with the "
                      "expectations of most economists polled by Pacific Wire last week, 41 of 58 "
                      "of whom had forecast a cut.",
                      "“Inflation has passed its peak, and the path back to 2% is clearer than it "
                      "was in the summer,” Governor Alistair Brennan said in a statement "
                      "accompanying the decision.",
                      "Consumer price inflation stood at 3.8% in September, nearly double the "
                      "BoE’s target.",
                      "Sterling weakened against the dollar and the euro after the decision, "
                      "while yields on short-dated British government bonds fell.",
                      "Some economists said the three dissents showed the committee remained "
                      "deeply divided. “The hawks have made their point, and the majority will "
                      "want to see more evidence on wages before moving again,” said Fiona "
                      "Leckie, an economist at Thameside Capital in London.",
                      "The central bank’s updated forecasts showed inflation falling to about 3% "
                      "in early 2026 and returning to the 2% target in 2027.",
                      "Mortgage lenders, including several of Britain’s largest banks, had "
                      "already trimmed the rates on their fixed-rate home loans in the run-up to "
                      "the decision.",
                      "Britain’s economy has been sluggish this year, and business surveys point "
                      "to weak hiring heading into the winter, which some policymakers said "
                      "justified easing now rather than waiting.",
                      "The BoE’s next policy announcement is scheduled for Dec. 18.",
                  ],
                  dateline="LONDON", section="Markets", published="2025-11-06T12:14:00+00:00",
                  byline="William James Hart",
                  credits="Reporting by William James Hart; Editing by Sarah Delaney",
                  related=(
                      "Czech central bank holds rates at 3.50%",
                      "Swiss franc hits 10-year high against the euro",
                      "UK house prices rise 0.3% in October, Halifax says",
                      "Bank of Japan keeps rates at 0.5%, flags December move",
                  ))),
    ], [
        ("vote", r"(?<![\d.])6\s*(?:-|–|—|to)\s*3(?![\d.])|\bsix\b",
         r"(?<![\d.])7\s*(?:-|–|—|to)\s*2(?![\d.])|\bseven\b"),
        ("dissenter", r"pritchard", r"lisle"),
        ("time", r"noon|(?<!\d)12(:00)? ?(p\.?m|gmt)|(?<!\d)12:00|(?<![\d:])7(:00)? ?a\.?m|"
                 r"(?<!\d)07:00",
         r"(?<![\d:])8(:00)? ?a\.?m|(?<!\d)08:00"),
    ]),
    # ==================================================================================
    # cb-WM2 (CONTROL, nothing planted): RBA holds the cash rate at 3.60%
    # (Tue 9 Dec 2025, 2:30 p.m. AEDT = 03:30 GMT = 10:30 p.m. ET on Mon 8 Dec).
    # ==================================================================================
    _story("cb-WM2", "central bank", "2025-12-12", [
        _page("https://www.pacificwire.example/markets/rba-holds-cash-rate-20251209",
              _wire_site(
                  "Australia’s central bank holds rate at 3.60%, flags upside inflation risks",
                  [
                      "Australia’s central bank held its cash rate at 3.60% on Tuesday for a "
                      "third straight meeting, saying recent inflation data had been stronger "
                      "than expected and that risks were now “tilted to the upside.”",
                      "The decision by the Reserve Bank of Australia’s Monetary Policy Board, "
                      "announced at 2:30 p.m. Sydney time (0330 GMT), was unanimous and had been "
                      "expected by all 31 economists in a Pacific Wire poll.",
                      "The RBA cut rates three times earlier in 2025, in February, May and "
                      "August, taking the cash rate down from 4.35%.",
                      "Headline consumer price inflation rose to 3.8% in the year to October, "
                      "according to the monthly indicator, while the trimmed mean measure "
                      "favoured by the RBA rose to 3.3%, above the 2%-3% target band.",
                      "“The Board judges that it is appropriate to remain cautious,” the "
                      "statement said, adding that it would “pay close attention” to incoming "
                      "data and the evolving outlook.",
                      "The unemployment rate was 4.3% in October, and the board said labour "
                      "market conditions remained “a little tight.”",
                      "The Australian dollar rose 0.3% to $0.6640 after the announcement, while "
                      "three-year government bond futures slipped.",
                      "Futures markets now price a roughly 40% chance of a rate increase by June.",
                      "Australia’s economy grew 0.4% in the July-September quarter, data showed "
                      "last week, with household spending picking up as the earlier rate cuts fed "
                      "through. Ellery has said the board will be wary of reading too much into a "
                      "single monthly inflation figure, because the indicator can be volatile.",
                      "Governor Margaret Ellery will hold a news conference at 3:30 p.m. local "
                      "time.",
                      "The board next meets on Feb. 2-3.",
                  ],
                  dateline="SYDNEY", section="Markets", published="2025-12-09T03:42:00+00:00",
                  byline="Emma Riordan",
                  credits="Reporting by Emma Riordan; Editing by Kenji Sato",
                  related=(
                      "New Zealand central bank cuts cash rate to 2.25%",
                      "China’s exports rise 5.9% in November",
                      "Iron ore climbs to $107 a tonne on steel demand hopes",
                      "Bank of Canada holds at 2.25% for second meeting",
                  ))),
        _page("https://ledgerlines.example/2025/12/rba-stands-pat-3-60-next-move-hike/",
              _blog_site(
                  "RBA stands pat at 3.60%, and the &#8216;next move is a hike&#8217; crowd "
                  "gets louder",
                  [
                      "The Reserve Bank of Australia left its cash rate target at 3.60% at 10:30 "
                      "p.m. ET on Monday, which was already Tuesday afternoon in Sydney. No "
                      "surprise there; the statement was the story.",
                      "The key phrase: risks to inflation are now &#8220;tilted to the "
                      "upside.&#8221; That&#8217;s a notable shift in tone from a board that was "
                      "cutting as recently as August.",
                      "Why? October&#8217;s monthly CPI indicator came in hot: 3.8% headline, "
                      "3.3% trimmed mean. The target band is 2&#8211;3%.",
                      "Governor Margaret Ellery, at her press conference an hour after the "
                      "decision, didn&#8217;t shut the door on anything: &#8220;The board "
                      "doesn&#8217;t think further cuts are likely to be needed in the near term, "
                      "and we&#8217;re not ruling anything in or out,&#8221; she said.",
                      "AUD/USD popped 0.3% to 0.6640 on the headline.",
                      "Bank stocks barely reacted, and the ASX 200 finished the session roughly "
                      "flat.",
                      "Remember, the RBA cut three times this year, most recently in August, when "
                      "it took 25 bp off to get to 3.60%. It&#8217;s now on hold for the third "
                      "meeting running.",
                      "The labour market isn&#8217;t giving the doves much to work with either: "
                      "unemployment was 4.3% in October, low by historical standards.",
                      "<em>Our take:</em> a hike in the first half of 2026 is no longer a fringe "
                      "call. We don&#8217;t think the board wants to move before it sees the full "
                      "December-quarter CPI, which lands in late January, but the bar for another "
                      "cut is now very high.",
                      "Next decision: Tuesday, Feb. 3, 2026 (Monday evening, Feb. 2, on the U.S. "
                      "East Coast).",
                  ],
                  post_id=48377, category="Central Banks", author="Priya Desai",
                  tags=("RBA", "Australia", "AUD"),
                  recent=(
                      "Fed preview: a cut, and a lot of dissent",
                      "Bank of Canada holds at 2.25%",
                      "Why the 10-year is stuck near 4.1%",
                      "Japan&#8217;s wage data and the BoJ&#8217;s December dilemma",
                  ),
                  comments=9)),
        _page("https://www.npb.example/news/world-australia-rba-rates-december",
              _npb_site(
                  "Reserve Bank of Australia keeps interest rates on hold at 3.6%",
                  [
                      "Australia’s central bank has kept interest rates unchanged at 3.6%, "
                      "warning that inflation has picked up again.",
                      "The Reserve Bank of Australia (RBA) announced the decision at 2:30pm AEDT "
                      "on Tuesday. Its Monetary Policy Board voted unanimously to hold.",
                      "Governor Margaret Ellery told a press conference that the board did not "
                      "think further cuts were “likely to be needed in the near term”. “We are "
                      "not ruling anything in or out,” she said.",
                      "Figures published last month showed prices rising by 3.8% in the 12 months "
                      "to October, up from 3.6% in September.",
                      "The RBA aims to keep inflation between 2% and 3%.",
                      "Interest rate decisions are now taken by the Monetary Policy Board, which "
                      "replaced the central bank’s old board this year as part of a wider "
                      "overhaul of the institution.",
                      "The central bank lowered rates three times earlier this year, most "
                      "recently by a quarter of a percentage point in August.",
                      "Many of Australia’s mortgage holders had hoped for further relief before "
                      "Christmas. Property groups said the decision would keep pressure on "
                      "first-time buyers in Sydney and Melbourne, where prices have risen "
                      "strongly this year.",
                      "The Australian dollar rose to about 66 US cents after the announcement.",
                      "Economists had widely expected the decision, and some now believe the "
                      "RBA’s next move could be an increase rather than a cut if inflation does "
                      "not ease in the coming months. The Treasurer said the government’s focus "
                      "remained on easing cost-of-living pressures.",
                      "Unemployment stood at 4.3% in October, close to the lowest level in "
                      "decades.",
                      "The RBA’s next meeting is on 2 and 3 February.",
                  ],
                  byline="Hannah Lowe, Sydney",
                  iso="2025-12-09T04:20:00+00:00", shown_date="9 December 2025",
                  updated="05:10 GMT",
                  topics=("Australia", "Interest rates"),
                  most_read=(
                      "Bondi lifeguards rescue 40 swimmers in a single afternoon",
                      "New Zealand cuts interest rates to 2.25%",
                      "Asian shares mixed as investors await Fed decision",
                      "Record 1.2 million visitors expected for Sydney New Year fireworks",
                  ))),
    ], []),
    # ==================================================================================
    # court-WM1: Minnesota Supreme Court sends Northstar Gas rate increase back to the
    # Public Utilities Commission (Wed 24 Sep 2025; argued Tue 11 Mar 2025).
    # ==================================================================================
    _story("court-WM1", "court", "2025-09-29", [
        _page("https://www.ktrv9.example/news/state-supreme-court-northstar-gas-rate-hike",
              _tv_site(
                  "State Supreme Court sends Northstar Gas rate hike back to regulators",
                  [
                      "ST. PAUL, Minn. (KTRV) — The Minnesota Supreme Court on Wednesday ordered "
                      "state regulators to take another look at the $486 million rate increase "
                      "they approved last year for Northstar Gas, the state’s largest natural gas "
                      "utility.",
                      "In a 5-2 decision, the court said the Public Utilities Commission did not "
                      "adequately explain why it allowed the company to earn a 9.8% return on "
                      "equity, higher than the 9.25% its own staff had recommended.",
                      "Justice Elena Brandt wrote the majority opinion. “A regulator may reach "
                      "any conclusion the evidence permits, but it must show its work,” she wrote.",
                      "Chief Justice Thomas Okafor, joined by Justice Henrik Lund, dissented, "
                      "writing that the majority “substitutes its own judgment for that of the "
                      "commission the Legislature created to make exactly these decisions.”",
                      "The increase took effect in January and added about $9.40 a month to the "
                      "average residential customer’s bill. It stays in place for now. If the "
                      "commission lowers the increase, customers could receive refunds.",
                      "Northstar serves about 1.1 million customers across Minnesota, including "
                      "most homes in the Riverbend area.",
                      "The case was brought by Ratepayers United, a St. Paul consumer group. The "
                      "justices heard about 90 minutes of arguments in March, and several of them "
                      "questioned the commission’s lawyer closely about how the return figure was "
                      "chosen.",
                      "“This is a win for every family that opened a heating bill last winter and "
                      "wondered why it jumped,” said Janelle Fisk, the group’s executive director.",
                      "Northstar said in a statement that it was reviewing the decision and would "
                      "“continue to work constructively with the commission.”",
                      "The commission has not said when it will take up the case again. KTRV 9 "
                      "reached out to the governor’s office for comment and did not hear back by "
                      "air time.",
                  ],
                  byline="Chris Vang, KTRV 9 Capitol Bureau",
                  posted="Sep 24, 2025 5:48 PM CDT",
                  most_read=(
                      "Riverbend man charged in $1.3 million farm equipment fraud",
                      "Highway 14 bridge to close for 3 weeks for repairs",
                      "Eagles fall 21-17 in overtime thriller",
                      "Apple orchard season opens with record crowds",
                  ))),
        _page("https://www.riverbendgazette.example/local/court-orders-new-look-gas-rate-hike",
              _gazette_site(
                  "Court orders new look at gas rate hike; refunds possible for local customers",
                  [
                      "Riverbend-area customers of Northstar Gas could eventually get money back "
                      "after the Minnesota Supreme Court ruled Wednesday that state regulators "
                      "did not properly justify a $486 million rate increase.",
                      "The justices split 4-3. Writing for the majority, Justice Carla Whitfield "
                      "said the Public Utilities Commission had not “shown its work” when it set "
                      "the company’s allowed profit level.",
                      "The court sent the case back to the commission, which approved the "
                      "increase in December 2024. The higher rates, which took effect in January, "
                      "will remain on bills while the commission reconsiders.",
                      "For a typical household, the increase amounted to about $9.40 a month, or "
                      "roughly $113 a year.",
                      "Chief Justice Thomas Okafor wrote a dissent joined by Justices Henrik Lund "
                      "and Miguel Reyes, arguing that the court should defer to the commission’s "
                      "expertise.",
                      "The case drew a packed courtroom when it was argued in March; the hearing "
                      "lasted about an hour and a half.",
                      "Ratepayers United, the St. Paul consumer group that challenged the "
                      "increase, said the ruling showed “that the rules apply to utilities, too.”",
                      "Bob Lindgren, who owns Lindgren’s Bakery on Main Street, said his gas bill "
                      "rose nearly $60 a month last winter. “When you run ovens all day, every "
                      "dollar on that rate matters,” he said. “If there’s a refund coming, I’ll "
                      "take it.”",
                      "Northstar, which has about 1.1 million customers statewide, said it was "
                      "reviewing the ruling.",
                      "The rate case was the largest the commission had considered in more than a "
                      "decade, and it drew hundreds of written comments from residents.",
                      "Commission Chair Denise Harwell said in a brief statement that the panel "
                      "would “respond promptly” to the court’s direction.",
                  ],
                  byline="By Sam Ericsson, Gazette Staff Writer", section="Local",
                  caption="Northstar Gas crews work on a line along Elm Street in 2023. "
                          "(Gazette file photo)",
                  also=(
                      "City council approves 2.9% property tax increase",
                      "Riverbend High homecoming parade moves to Saturday",
                      "Library to extend weekend hours starting in October",
                  ))),
        _page("https://ledgerlines.example/2025/09/minnesota-court-northstar-roe/",
              _blog_site(
                  "Minnesota high court tosses Northstar Gas&#8217;s ROE: what it means for "
                  "utility investors",
                  [
                      "A 4&#8211;3 Minnesota Supreme Court ruling on Wednesday has put Northstar "
                      "Gas&#8217;s allowed return on equity back in play, and with it a chunk of "
                      "the $486 million rate increase the company won last December.",
                      "The short version: Justice Elena Brandt, writing for the majority, said "
                      "the Public Utilities Commission never explained why it granted a 9.8% ROE "
                      "when its own staff had recommended 9.25%. Case remanded.",
                      "The rates stay in effect during the remand, so there&#8217;s no immediate "
                      "hit to revenue. But if the commission trims the ROE, refunds are likely.",
                      "On our back-of-envelope math, each 10 bp of ROE is worth about $4 million "
                      "of annual revenue, so going all the way down to the staff&#8217;s 9.25% "
                      "would be worth something like $22 million a year.",
                      "Shares of parent Northstar Energy Holdings fell 2.4% on the day, roughly "
                      "in line with that math once you capitalize it.",
                      "The dissent, from Chief Justice Thomas Okafor (joined by two colleagues), "
                      "argued the majority was second-guessing regulators &#8212; exactly the "
                      "kind of language utility bulls will be quoting in other states.",
                      "One detail we found telling: the oral argument back in March ran about two "
                      "hours, unusually long for a rate case, and several justices hammered the "
                      "commission&#8217;s lawyer on the ROE point.",
                      "Northstar serves around 1.1 million gas customers, so this is a big rate "
                      "base in a state that has not been a friendly jurisdiction lately.",
                      "<em>Our take:</em> the headline risk is bigger than the dollar risk. The "
                      "real question is whether other commissions read this as a signal to "
                      "document their ROE calls more carefully, which would slow rate cases "
                      "everywhere.",
                  ],
                  post_id=47766, category="Markets", author="Nate Okonkwo",
                  tags=("utilities", "Minnesota", "regulation"),
                  recent=(
                      "The Fed cut. Now what for bank stocks?",
                      "Natural gas at $3: winter is coming",
                      "Utility capex is up 14% this year; who pays?",
                      "September seasonality is overrated",
                  ),
                  comments=3)),
    ], [
        ("vote", r"(?<![\d.])4\s*(?:-|–|—|to)\s*3(?![\d.])|\bfour\b",
         r"(?<![\d.])5\s*(?:-|–|—|to)\s*2(?![\d.])|\bfive\b"),
        ("author", r"brandt", r"whitfield"),
        ("duration", r"90 ?min|ninety minutes|hour and a half|1\.5 ?(hours?|hrs?|h\b)|"
                     r"one and a half hours",
         r"(?<![\d.])2 ?(hours?|hrs?|h\b)|two hours|120 ?min"),
    ]),
    # ==================================================================================
    # court-WM2: EU General Court cuts Veritek's antitrust fine (Wed 22 Oct 2025).
    # ==================================================================================
    _story("court-WM2", "court", "2025-10-27", [
        _page("https://www.pacificwire.example/business/eu-court-cuts-veritek-fine-20251022",
              _wire_site(
                  "EU court cuts Veritek antitrust fine to 641 million euros",
                  [
                      "Europe’s General Court on Wednesday cut an antitrust fine imposed on Dutch "
                      "chipmaker Veritek Semiconductors to 641 million euros ($745 million) from "
                      "872 million euros, partly annulling a 2022 decision by the European "
                      "Commission.",
                      "The Luxembourg-based court upheld the Commission’s finding that Veritek "
                      "abused its dominance in 4G modem chips by making access to its patent "
                      "licences conditional on buying its chips, but said EU regulators had not "
                      "proved that the same practice harmed competition in 5G chips.",
                      "The Commission had not shown “to the required standard” that the conduct "
                      "had anticompetitive effects in the market for 5G modems, the judges wrote.",
                      "Veritek said it welcomed the reduction and would study the judgment before "
                      "deciding whether to appeal to the EU Court of Justice. Shares in the "
                      "Eindhoven-based company were up 2.1% in Amsterdam by 0945 GMT.",
                      "The Commission fined Veritek in January 2022 after a complaint from "
                      "British rival Solent Microsystems.",
                      "“We take note of the judgment and will study it carefully,” Commission "
                      "spokesperson Lucas Berger told reporters in Brussels.",
                      "Either side can appeal on points of law to the Court of Justice, the EU’s "
                      "top court, within two months and 10 days.",
                      "The ruling is the latest in a series of cases in which the General Court "
                      "has trimmed or annulled large competition fines, prompting the Commission "
                      "to invest more heavily in economic analysis of the effects of companies’ "
                      "conduct.",
                      "Veritek makes modem and radio-frequency chips used in smartphones, cars "
                      "and industrial equipment.",
                      "The company has always denied wrongdoing.",
                  ],
                  dateline="LUXEMBOURG", section="Business", published="2025-10-22T10:05:00+00:00",
                  byline="Julia Brandstetter",
                  credits="Reporting by Julia Brandstetter in Luxembourg and Marta Quintero in "
                          "Brussels; Editing by Mark Potter",
                  related=(
                      "EU opens probe into $2.1 billion chip-equipment merger",
                      "Lithon orders beat forecasts at 5.4 billion euros",
                      "Dutch inflation slows to 2.8% in September",
                      "Court adviser backs Commission in 2.9 billion euro tax case against Irish "
                      "unit",
                  ))),
        _page("https://www.dailycourier.example/world/eu-court-trims-veritek-fine",
              _courier_site(
                  "E.U. court trims Veritek fine but backs Brussels on 4G chip abuse",
                  [
                      "BRUSSELS — A European Union court on Wednesday upheld most of a landmark "
                      "antitrust case against Veritek Semiconductors but reduced the Dutch "
                      "chipmaker’s fine to €614 million, handing the European Commission only a "
                      "partial victory.",
                      "The General Court, the bloc’s second-highest court, found the Commission "
                      "had correctly concluded that Veritek tied its patent licences to purchases "
                      "of its 4G modem chips, squeezing rivals out of the market for phone "
                      "components. But it threw out the part of the case concerning 5G chips, "
                      "saying regulators had failed to show harm.",
                      "The Commission had fined the company €872 million in January 2022, one of "
                      "the largest penalties it has imposed on a European technology company.",
                      "Veritek, based in Eindhoven, said in a statement that the court had "
                      "“recognized the strength of our arguments on 5G” and that it would "
                      "consider its options.",
                      "Solent Microsystems, the British chip designer whose complaint set off the "
                      "investigation, said the ruling “confirms that Veritek broke the law.”",
                      "A Commission spokesman, Lucas Berger, said Brussels would study the "
                      "judgment carefully.",
                      "The ruling comes as the Commission faces pressure from Washington over its "
                      "regulation of technology companies, and as European officials weigh how "
                      "hard to press cases against the region’s own chip champions at a time when "
                      "they are trying to build up domestic production.",
                      "“The 4G finding is the one that matters for precedent,” said Annelies Vos, "
                      "a competition lawyer in Brussels. “The reduction is real money, but the "
                      "principle survived.”",
                      "Both sides have two months and 10 days to appeal to the Court of Justice, "
                      "the E.U.’s highest court.",
                  ],
                  standfirst="Judges uphold the core of the case against the Dutch chipmaker "
                             "but throw out the 5G findings",
                  section="World", byline="Helen Marchetti",
                  published="2025-10-22T14:30:00+00:00", shown_date="October 22, 2025",
                  read_more="Europe wants chip giants. Its antitrust cops have other ideas.",
                  related=(
                      "E.U. fines two freight forwarders €48 million over cartel",
                      "Brussels opens inquiry into cloud licensing practices",
                      "Opinion: Europe’s tech rules are a tax on ambition",
                      "Dutch government to sell remaining 5% stake in telecom group",
                  ))),
        _page("https://www.npb.example/news/business-veritek-eu-fine-cut",
              _npb_site(
                  "Chipmaker Veritek wins partial cut to EU fine",
                  [
                      "An EU court has reduced a fine imposed on the Dutch chipmaker Veritek "
                      "Semiconductors from €872m to €641m (£557m).",
                      "The General Court in Luxembourg announced its ruling at 9:30am local time "
                      "(08:30 BST) on Wednesday.",
                      "It agreed with the European Commission that Veritek had illegally linked "
                      "its patent licences to sales of its 4G modem chips, which are used in "
                      "smartphones, but said there was not enough evidence of harm in the market "
                      "for 5G chips.",
                      "The Commission imposed the fine in January 2022 following a complaint by "
                      "the UK firm Solent Microsystems, which is based in Southampton.",
                      "The Commission had said the practice made it harder for rival chipmakers "
                      "to win business from phone manufacturers, ultimately reducing choice for "
                      "consumers. Veritek has always denied wrongdoing, arguing that its "
                      "licensing terms were standard for the industry.",
                      "Solent’s chief executive, Fiona Carr, said: “Today’s judgment confirms "
                      "what we have said for years: Veritek broke the law.”",
                      "Veritek said it welcomed the reduction and would “study the reasoning of "
                      "the court carefully”. Its shares rose 2.1% in Amsterdam after the ruling.",
                      "The case can be appealed to the EU’s highest court, the Court of Justice, "
                      "on points of law.",
                      "The General Court, the EU’s second-highest court, hears challenges brought "
                      "by companies against decisions of the European Commission.",
                      "The judgment will be closely watched by other technology firms facing "
                      "competition cases in Brussels. Regulators have opened several "
                      "investigations into licensing practices in the chip industry in recent "
                      "years.",
                      "Veritek employs about 18,000 people worldwide, including several hundred "
                      "in the UK.",
                  ],
                  byline="Rory Callaghan, Technology reporter",
                  caption="Courtesy Veritek Semiconductors: the company’s headquarters in "
                          "Eindhoven",
                  topics=("European Union", "Competition law", "Semiconductors"),
                  most_read=(
                      "Bank of England’s Brennan says rate path ‘still downward’",
                      "Rail strike called off after 11th-hour talks",
                      "Euro-zone business activity grows at fastest pace in 17 months",
                      "Energy price cap to rise 2% in January, regulator says",
                  ))),
        _page("https://ledgerlines.example/2025/10/veritek-fine-cut-4g-loss/",
              _blog_site(
                  "Veritek&#8217;s fine cut by &#8364;231m: a modest win, and a 4G loss that "
                  "matters more",
                  [
                      "Veritek Semiconductors got a partial win in Luxembourg this morning: the "
                      "EU General Court cut its antitrust fine to &#8364;641 million from "
                      "&#8364;872 million.",
                      "The fine dates back to January 2002, when the European Commission "
                      "concluded that Veritek had tied patent licences to its modem chip sales.",
                      "<strong>What the court kept:</strong> the 4G tying finding. That&#8217;s "
                      "the legal core of the case, and it means the Commission&#8217;s theory of "
                      "harm survives for licensing-plus-chips bundles.",
                      "<strong>What it tossed:</strong> the 5G part, for lack of evidence that "
                      "the conduct actually harmed competition there.",
                      "For context, the judgment is long and we have only read the 5G section "
                      "closely so far; we&#8217;ll update this post if anything in the 4G "
                      "reasoning changes the picture.",
                      "<strong>Stock:</strong> up 2.1% in Amsterdam. In dollar terms the fine is "
                      "now roughly $745 million, which Veritek had already provisioned for in "
                      "full, so there may be a small write-back next quarter.",
                      "<strong>Appeal:</strong> either side can go to the Court of Justice within "
                      "two months and ten days. We&#8217;d put decent odds on both sides "
                      "appealing &#8212; the Commission to save the 5G finding, Veritek to attack "
                      "the 4G one.",
                      "<em>Our take:</em> the market is treating this as a win, and on the money "
                      "it is. But the 4G finding gives the Commission a template it can use "
                      "against other chip designers that bundle patents with hardware, and that "
                      "is a longer-running risk for the whole sector.",
                      "Disclosure: the author holds no position in Veritek or Solent "
                      "Microsystems, the British rival whose complaint started the case.",
                  ],
                  post_id=47981, category="Markets", author="Nate Okonkwo",
                  posted="October 22, 2025", iso="2025-10-22T11:12:00+00:00",
                  tags=("EU", "antitrust", "semiconductors"),
                  recent=(
                      "Chip stocks: the three numbers that matter this earnings season",
                      "Euro at $1.16: what the ECB is watching",
                      "Chip export fees: who really pays?",
                      "Why European banks are beating US peers this year",
                  ),
                  comments=11)),
    ], [
        ("amount", r"(?<![\d.,])(641|745|557)(?![\d])|641[,.]?000[,.]?000",
         r"(?<![\d.,])614(?![\d])|614[,.]?000[,.]?000"),
        ("date", r"2022", r"2002"),
    ]),
]
