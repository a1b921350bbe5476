"""Part WN of the story battery (web pages).

Written by engineer WN1 on 2026-12-06 (seventeenth session, seventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WN`.

Six stories (two rocket test flights, two earthquakes, two elections), each told by three or
four invented outlets as whole scraped HTML pages with their site furniture. One earthquake
story is a wire report re-published by two other sites with small edits beside an
independent report. One story (rocket-WN2) is a control with no planted disagreement.
"""

from __future__ import annotations

import html as _html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WN", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _plain(text: str) -> str:
    return _html.unescape(text).replace("<em>", "").replace("</em>", "")


def _ld(title: str, site: str, published: str | None, modified: str | None = None,
        author: str | None = None) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": _plain(title),
                            "publisher": {"@type": "Organization", "name": site}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _links(items: tuple[str, ...] | list[str], base: str) -> str:
    out = []
    for i, text in enumerate(items):
        out.append(f'<li><a href="{base}/{i + 101}">{text}</a></li>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, JSON-LD, dateline, updated line.
# --------------------------------------------------------------------------------------
def _wire_site(title: str, body_paragraphs: list[str], *, byline: str,
               published: str | None = None, updated: str | None = None,
               modified: str | None = None, credit: str = "", section: str = "World",
               related: tuple[str, ...] = (), caption: str | None = None) -> str:
    ld = _ld(title, "Pacific Wire", published, modified) if published else ""
    fig = ""
    if caption:
        fig = ('<figure class="pw-photo"><img src="/img/pw-lead.jpg" alt="">'
               f"<figcaption>{caption}</figcaption></figure>")
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    upd = f'<p class="pw-updated">{updated}</p>' if updated else ""
    cred = f'<p class="pw-credit">{credit}</p>' if credit else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.pacificwire.example/">
{ld}
</head>
<body class="pw">
<a class="skip-link" href="#main">Skip to content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav"><a href="/world">World</a> <a href="/business">Business</a>
  <a href="/markets">Markets</a> <a href="/science">Science</a> <a href="/us">U.S.</a>
  <a href="/sport">Sport</a> <a href="/photos">Wire Photos</a></nav>
  <a class="pw-signin" href="/login">Sign in</a>
</header>
<main id="main">
<article class="pw-story">
  <div class="pw-kicker">{section}</div>
  <h1 class="pw-headline">{title}</h1>
  <div class="pw-byline">By {byline}</div>
  <div class="pw-share"><a href="#fb">Share on Facebook</a> <a href="#x">Tweet</a>
  <a href="#li">LinkedIn</a> <button type="button">Copy link</button></div>
  {fig}
  <div class="pw-body">
{paras}
  </div>
  {upd}
  {cred}
  <p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire Trust
  Principles.</a></p>
</article>
<aside class="pw-more"><h2>More from Pacific Wire</h2>
<ul>
{_links(related, "/story")}
</ul></aside>
</main>
<footer class="pw-footer"><p>&copy; 2025 Pacific Wire Ltd. All rights reserved.
Pacific Wire content may not be redistributed without prior written consent.</p>
<p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy</a> |
<a href="/cookies">Cookie settings</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. Div soup, og/article meta, cookie banner,
# paywall teaser, "Most read", optional inline "Read more" link.
# --------------------------------------------------------------------------------------
def _daily_site(title: str, body_paragraphs: list[str], *, standfirst: str = "",
                byline: str = "", published: str | None = None,
                visible_date: str | None = None, caption: str | None = None,
                section: str = "World", most_read: tuple[str, ...] = (),
                read_more: str | None = None, read_more_after: int = 3) -> str:
    meta = ['<meta property="og:site_name" content="The Daily Courier">',
            f'<meta property="og:title" content="{title}">',
            '<meta property="og:type" content="article">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    meta.append(f'<meta property="article:section" content="{section}">')
    blocks = []
    for i, p in enumerate(body_paragraphs):
        blocks.append(f'<div class="c-para"><p>{p}</p></div>')
        if i == 1:
            blocks.append('<div class="c-ad"><span class="c-ad__label">Advertisement'
                          '</span><div class="c-ad__slot" data-slot="mid1"></div></div>')
        if read_more and i == read_more_after:
            blocks.append(f'<div class="c-para c-inline"><p><strong>Read more:</strong> '
                          f'<a href="/read-more/1">{read_more}</a></p></div>')
        if i == 4:
            blocks.append('<div class="c-paywall-teaser"><p>You have read 3 of your 5 free '
                          'articles this month.</p><p><a href="/subscribe">Subscribe from '
                          '&pound;1 a week</a> &middot; <a href="/login">Log in</a></p>'
                          '</div>')
    fig = ""
    if caption:
        fig = ('<div class="c-media"><div class="c-media__img"><img src="/m/lead.jpg" '
               f'alt=""></div><div class="c-media__caption">{caption}</div></div>')
    date_html = ""
    if visible_date:
        date_html = f'<div class="c-meta__date">{visible_date}</div>'
    by_html = f'<div class="c-meta__by">{byline}</div>' if byline else ""
    stand = f'<div class="c-standfirst">{standfirst}</div>' if standfirst else ""
    mr = "\n".join(f'<div class="c-mostread__item"><span class="n">{i + 1}</span>'
                   f'<a href="/mr/{i}">{h}</a></div>' for i, h in enumerate(most_read))
    body = "\n".join(blocks)
    meta_html = "\n".join(meta)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | The Daily Courier</title>
{meta_html}
</head>
<body>
<div id="cookie-consent" class="cc-banner"><div class="cc-inner"><p>We use cookies and
similar technologies to personalise content and ads and to analyse our traffic. You can
change your choices at any time.</p><button>Accept all</button> <button>Manage
preferences</button></div></div>
<div class="c-page">
 <div class="c-header"><div class="c-header__logo">The Daily Courier</div>
  <div class="c-header__nav"><a href="/news">News</a> &middot; <a href="/world">World</a>
  &middot; <a href="/politics">Politics</a> &middot; <a href="/business">Business</a>
  &middot; <a href="/science">Science</a> &middot; <a href="/opinion">Opinion</a> &middot;
  <a href="/culture">Culture</a></div>
  <div class="c-header__sub"><a href="/subscribe">Subscribe</a></div></div>
 <div class="c-main">
  <div class="c-article">
   <div class="c-article__section">{section}</div>
   <div class="c-article__head"><h1 class="c-headline">{title}</h1>{stand}</div>
   <div class="c-meta">{by_html}{date_html}</div>
   {fig}
   <div class="c-article__body">
{body}
   </div>
   <div class="c-share"><span>Share this article</span> <a href="#fb">Facebook</a>
   <a href="#tw">Twitter</a> <a href="#wa">WhatsApp</a> <a href="#mail">Email</a></div>
   <div class="c-comments-teaser"><a href="#comments">View comments</a></div>
  </div>
  <div class="c-rail">
   <div class="c-mostread"><div class="c-mostread__title">Most read</div>
{mr}
   </div>
   <div class="c-newsletter"><div class="c-newsletter__title">The Morning Courier</div>
   <p>Our editors&#8217; pick of the day&#8217;s news, in your inbox before 7am.</p>
   <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
   </div>
  </div>
 </div>
 <div class="c-footer"><p>&copy; Courier Media Group 2025. Registered in England and Wales
 No. 0412876. 20 Fenwick Place, London.</p><p><a href="/about">About us</a> &middot;
 <a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/privacy">Privacy
 policy</a></p></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: KGCT 7 News, a local TV station (Texas Gulf Coast). Styled div headline, weather
# bar, video box, ads, "Related" list, share buttons, wire copyright line when syndicated.
# --------------------------------------------------------------------------------------
def _tv_site(title: str, body_paragraphs: list[str], *, posted: str | None = None,
             byline: str = "", related: tuple[str, ...] = (), video: str | None = None,
             alert: str = "", copyright_line: str | None = None,
             section: str = "Local News") -> str:
    parts = []
    for i, p in enumerate(body_paragraphs):
        parts.append(f"<p>{p}</p>")
        if i % 3 == 2 and i < len(body_paragraphs) - 1:
            parts.append('<div class="ad-container"><div class="ad-label">ADVERTISEMENT'
                         '</div><div id="gpt-ad-' + str(i) + '"></div></div>')
    body = "\n".join(parts)
    vid = ""
    if video:
        vid = ('<div class="video-player"><div class="vp-poster"></div>'
               f'<div class="vp-title">WATCH: {video}</div></div>')
    alert_html = ""
    if alert:
        alert_html = f'<div class="alert-bar"><b>WEATHER ALERT</b> {alert}</div>'
    post = f'<div class="story-date">{posted}</div>' if posted else ""
    by = f'<div class="story-byline">{byline}</div>' if byline else ""
    cr = f'<p class="copyright-note">{copyright_line}</p>' if copyright_line else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - KGCT 7 News</title>
<meta name="twitter:site" content="@KGCT7">
</head>
<body class="kgct story-page">
{alert_html}
<div id="hdr"><div class="logo">KGCT<span>7</span> NEWS</div>
<ul class="topnav"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a>
</li><li><a href="/traffic">Traffic</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/7-on-your-side">7 On Your Side</a></li><li><a href="/live">Watch Live</a>
</li></ul></div>
<div id="content-wrap"><div class="col-main">
<div class="breadcrumb"><a href="/news">News</a> &rsaquo; {section}</div>
<div class="story-title" style="font:700 30px/1.2 Arial,sans-serif">{title}</div>
{by}
{post}
<div class="share-tools"><a class="fb" href="#">Share on Facebook</a>
<a class="tw" href="#">Tweet</a> <a class="em" href="#">Email</a>
<a class="cp" href="#">Copy link</a></div>
{vid}
<div class="story-body">
{body}
{cr}
</div>
<div class="related"><h3>Related</h3><ul>
{_links(related, "/news/story")}
</ul></div>
</div>
<div class="col-side"><div class="ad-container"><div class="ad-label">ADVERTISEMENT</div>
</div><div class="app-promo">Download the KGCT 7 News app for breaking news alerts.</div>
<div class="forecast-widget">7-Day Forecast</div></div></div>
<div id="ftr"><p>KGCT-TV, 4100 Shoreline Blvd., Corpus Christi, TX 78402</p>
<p>Copyright &copy; 2025 Gulf Coast Broadcasting, Inc. | <a href="/eeo">EEO Report</a> |
<a href="/fcc">FCC Public File</a> | <a href="/closed-captioning">Closed Captioning</a></p>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Orbit & Ledger, a WordPress space-business blog.
# --------------------------------------------------------------------------------------
def _blog_site(title: str, body_paragraphs: list[str], *, posted: str | None = None,
               iso: str | None = None, author: str = "Wes Tanaka",
               tags: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               comments: int = 0, slug: str = "post") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    meta = ""
    if posted:
        meta = (f'<span class="posted-on">Posted on <time class="entry-date published" '
                f'datetime="{iso or ""}">{posted}</time></span> ')
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    rec = "\n".join(f'<li><a href="/recent/{i}/">{h}</a></li>' for i, h in enumerate(recent))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Orbit &amp; Ledger</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/style.min.css"
 media="all">
</head>
<body class="post-template-default single single-post postid-{len(slug) * 37} wp-embed">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Orbit &amp; Ledger</a></p>
<p class="site-description">The business of getting to space</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/launch/">Launch</a></li><li><a href="/category/funding/">Funding
</a></li><li><a href="/category/policy/">Policy</a></li><li><a href="/about/">About</a>
</li><li><a href="/newsletter/">Newsletter</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{slug}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/wes/">{author}</a></span></span></div></header>
<div class="entry-content">
{paras}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a href="#" class="share-twitter">Click to share on X</a></li><li><a href="#"
class="share-facebook">Click to share on Facebook</a></li><li><a href="#"
class="share-linkedin">Click to share on LinkedIn</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2><p
class="author-bio">{author} has covered launch companies and their finances since 2016.
Tips and corrections: the contact page.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts
on &ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a comment</a></p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>
{rec}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Get the Ledger</h2>
<div class="textwidget"><p>One email a week on launch, money and regulation. Free.</p>
</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Orbit &amp;
Ledger &middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: Tasman Public Radio, a public broadcaster. <main>, listen bar, Key facts box.
# --------------------------------------------------------------------------------------
def _public_site(title: str, body_paragraphs: list[str], *, published: str | None = None,
                 visible_date: str | None = None, factbox: list[str] | None = None,
                 factbox_title: str = "Key facts", related: tuple[str, ...] = (),
                 listen: str = "3:10", section: str = "World", reporter: str = "",
                 caption: str | None = None) -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">'
    box = ""
    if factbox:
        items = "\n".join(f"<li>{f}</li>" for f in factbox)
        box = (f'<aside class="key-facts" aria-label="{factbox_title}"><h2>{factbox_title}'
               f"</h2><ul>\n{items}\n</ul></aside>")
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    vis = f'<p class="article__date">{visible_date}</p>' if visible_date else ""
    rep = f'<p class="article__reporter">{reporter}</p>' if reporter else ""
    fig = ""
    if caption:
        fig = f'<figure class="article__image"><img src="/i/x.jpg" alt=""><figcaption>{caption}'
        fig += "</figcaption></figure>"
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>{title} | Tasman Public Radio</title>
<meta property="og:site_name" content="Tasman Public Radio">
{meta}
</head>
<body>
<a href="#main-content" class="skip">Skip to main content</a>
<header class="tpr-header"><div class="tpr-brand">Tasman Public Radio</div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/news/national">National</a></li>
<li><a href="/news/world">World</a></li><li><a href="/news/pacific">Pacific</a></li>
<li><a href="/programmes">Programmes</a></li><li><a href="/live">Listen live</a></li></ul>
</nav></header>
<main id="main-content">
<article class="article">
<p class="article__section">{section}</p>
<h1 class="article__title">{title}</h1>
{vis}
{rep}
<div class="listen-bar"><button>&#9654; Listen to this story</button> <span>{listen}</span>
</div>
{fig}
{box}
<div class="article__body rich-text">
{paras}
</div>
<div class="article__share">Share: <a href="#">Facebook</a> &middot; <a href="#">X</a>
&middot; <a href="#">Email</a> &middot; <a href="#">Copy link</a></div>
</article>
<section class="related"><h2>Related stories</h2><ul>
{_links(related, "/news/r")}
</ul></section>
</main>
<footer class="tpr-footer"><p>Tasman Public Radio is an independent public broadcaster.
Our journalism is free to read and listen to.</p><p>&copy; Tasman Public Radio 2025 |
<a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: Coastal Herald-Gazette (Eureka, Calif.), a regional paper with heavy ads.
# Paragraphs separated by <br><br> in a div, ad slots cut into the text.
# --------------------------------------------------------------------------------------
def _regional_site(title: str, body_paragraphs: list[str], *, posted: str | None = None,
                   byline: str = "", related: tuple[str, ...] = (),
                   caption: str | None = None, read_more: str | None = None,
                   wire_note: str | None = None, section: str = "Local News") -> str:
    chunks = []
    group: list[str] = []
    for i, p in enumerate(body_paragraphs):
        group.append(p)
        if i % 2 == 1 and i < len(body_paragraphs) - 1:
            chunks.append("<br><br>\n".join(group))
            group = []
    if group:
        chunks.append("<br><br>\n".join(group))
    ad = ('\n<div class="hg-ad hg-ad-inline"><small>ADVERTISEMENT</small>'
          '<iframe src="/ads/inline" width="300" height="250"></iframe></div>\n')
    text = ad.join(f'<div class="hg-text">{c}</div>' for c in chunks)
    if read_more:
        text += (f'\n<div class="hg-readmore">READ MORE: <a href="/rm/1">{read_more}</a>'
                 "</div>")
    fig = ""
    if caption:
        fig = (f'<table class="hg-photo"><tr><td><img src="/p/lead.jpg" alt=""></td></tr>'
               f'<tr><td class="hg-cutline">{caption}</td></tr></table>')
    post = f'<div class="hg-posted">Posted: {posted}</div>' if posted else ""
    by = f'<div class="hg-byline">{byline}</div>' if byline else ""
    wn = f'<div class="hg-wire">{wire_note}</div>' if wire_note else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{title} | Coastal Herald-Gazette</title>
</head>
<body>
<div class="hg-ad hg-ad-leader"><small>ADVERTISEMENT</small><iframe src="/ads/leader"
 width="728" height="90"></iframe></div>
<div id="hg-top"><div class="hg-logo">Coastal Herald-Gazette</div>
<div class="hg-tag">Serving the North Coast since 1889</div>
<div class="hg-links"><a href="/news">News</a> | <a href="/local">Local</a> |
<a href="/sports">Sports</a> | <a href="/obituaries">Obituaries</a> | <a href="/opinion">
Opinion</a> | <a href="/classifieds">Classifieds</a> | <a href="/e-edition">e-Edition</a>
| <a href="/subscribe">Subscribe</a></div></div>
<div class="hg-wrap">
<div class="hg-left">
<div class="hg-section">{section}</div>
<h2 class="hg-headline">{title}</h2>
{by}
{post}
<div class="hg-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a></div>
{fig}
<div id="storytext">
{text}
</div>
{wn}
<div class="hg-newsletter"><b>Get the Morning Tide.</b> Local headlines delivered free
every weekday. <a href="/newsletters">Sign up</a></div>
<div class="hg-comments">Comments are closed on this story.</div>
</div>
<div class="hg-right">
<div class="hg-ad hg-ad-box"><small>ADVERTISEMENT</small><iframe src="/ads/box"
 width="300" height="600"></iframe></div>
<div class="hg-popular"><h4>Popular on Herald-Gazette</h4><ol>
{_links(related, "/local/story")}
</ol></div>
<div class="hg-ad hg-ad-box"><small>ADVERTISEMENT</small></div>
</div>
</div>
<div id="hg-footer">Coastal Herald-Gazette &middot; 930 Fourth Street, Eureka, CA 95501
&middot; (707) 555-0142<br>&copy; 2025 North Coast Newspapers LLC. All rights reserved.
<a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></div>
</body></html>
"""


# --------------------------------------------------------------------------------------
# Outlet 7: Bayline, a nonprofit local newsroom (Port Marlow, Texas). Div paragraphs,
# donation box, republish notice, author bio.
# --------------------------------------------------------------------------------------
def _civic_site(title: str, body_paragraphs: list[str], *, author: str, author_bio: str,
                published: str | None = None, dek: str = "",
                related: tuple[str, ...] = ()) -> str:
    ld = _ld(title, "Bayline", published, author=author) if published else ""
    grafs = []
    for i, p in enumerate(body_paragraphs):
        grafs.append(f'<div class="graf">{p}</div>')
        if i == 3:
            grafs.append('<div class="donate-inline"><div class="donate-inline__hed">'
                         "Local news is a public good.</div><div>Bayline is a nonprofit. "
                         "No paywall, ever. <a href=\"/donate\">Become a member</a></div>"
                         "</div>")
    body = "\n".join(grafs)
    rel = "\n".join(f'<div class="card"><a href="/stories/{i}">{h}</a></div>'
                    for i, h in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} &middot; Bayline</title>
<meta property="og:site_name" content="Bayline">
{ld}
</head>
<body>
<div class="topbar"><div class="brand">Bayline</div><div class="brand-tag">Independent,
nonprofit news for Port Marlow</div><div class="menu"><a href="/city-hall">City Hall</a>
<a href="/port">The Port</a> <a href="/schools">Schools</a> <a href="/environment">
Environment</a> <a href="/elections-2025">Elections 2025</a> <a class="btn" href="/donate">
Donate</a></div></div>
<div class="story">
<div class="story__kicker">Elections 2025</div>
<div class="story__hed" role="heading" aria-level="1">{title}</div>
<div class="story__dek">{dek}</div>
<div class="story__byline">by <a href="/people/author">{author}</a></div>
<div class="story__body">
{body}
</div>
<div class="story__bio"><b>{author}</b> {author_bio}</div>
<div class="republish">Republish this story for free under our Creative Commons license.
<a href="/republish">Learn more</a></div>
</div>
<div class="more-bayline"><div class="more-bayline__hed">More from Bayline</div>
{rel}
</div>
<div class="footer">Bayline is a 501(c)(3) nonprofit newsroom. 212 Water Street, Suite 4,
Port Marlow, TX. <a href="/ethics">Ethics policy</a> &middot; <a href="/supporters">Our
supporters</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 8: North Atlantic Monitor, a regional affairs magazine. <section> body, "At a
# glance" box, pull quote.
# --------------------------------------------------------------------------------------
def _monitor_site(title: str, body_paragraphs: list[str], *, kicker: str = "",
                  standfirst: str = "", author: str = "", published: str | None = None,
                  glance: list[tuple[str, str]] | None = None, pull: str | None = None,
                  pull_after: int = 4, most_read: tuple[str, ...] = ()) -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">'
    parts = []
    for i, p in enumerate(body_paragraphs):
        parts.append(f'<p class="body-text">{p}</p>')
        if pull and i == pull_after:
            parts.append(f'<blockquote class="pull">{pull}</blockquote>')
    body = "\n".join(parts)
    box = ""
    if glance:
        rows = "\n".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in glance)
        box = f'<div class="glance"><h3>At a glance</h3><dl>\n{rows}\n</dl></div>'
    mr = "\n".join(f"<li>{h}</li>" for h in most_read)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - North Atlantic Monitor</title>
<meta property="og:site_name" content="North Atlantic Monitor">
{meta}
</head>
<body class="longform">
<nav class="nam-nav"><span class="nam-logo">North Atlantic Monitor</span>
<a href="/politics">Politics</a> <a href="/fisheries">Fisheries</a> <a href="/arctic">
Arctic</a> <a href="/energy">Energy</a> <a href="/culture">Culture</a>
<a href="/subscribe" class="cta">Subscribe</a></nav>
<section class="longform__head">
<p class="kicker">{kicker}</p>
<h1>{title}</h1>
<p class="standfirst">{standfirst}</p>
<p class="author">By {author}</p>
</section>
<section class="longform__body">
{box}
{body}
</section>
<section class="nam-newsletter"><h4>The Monitor Weekly</h4><p>Analysis from Reykjav&iacute;k
to Bergen, every Friday.</p><input type="email" placeholder="you@example.com"><button>Sign
me up</button></section>
<section class="nam-mostread"><h4>Most read</h4><ol>
{mr}
</ol></section>
<footer><p>North Atlantic Monitor &copy; 2025. Published in Bergen and T&oacute;rshavn.</p>
</footer>
</body>
</html>
"""


# ======================================================================================
# Story 1: rocket-WN1, third test flight of Meridian's Vireo (Texas, Thu 14 Aug 2025)
# ======================================================================================
_R1_WIRE = _wire_site(
    "Meridian&#8217;s Vireo rocket reaches space, booster lands on ship in third test",
    [
        "<span class=\"dateline\">SEADRIFT, Texas (Pacific Wire) &#8212;</span> Meridian "
        "Rocket Works flew its methane-fuelled Vireo rocket to space on Thursday and brought "
        "the booster back onto a ship in the Gulf of Mexico, a clean result for a programme "
        "whose first two test flights ended early.",
        "The 61-metre (200-foot) rocket lifted off from the company&#8217;s launch site on "
        "the Texas coast at 7:42 a.m. local time (1242 GMT), powered by nine Talon engines "
        "burning liquid methane and liquid oxygen.",
        "The first stage, designated B4, separated about two and a half minutes into the "
        "flight and flipped around for its return. It touched down on the recovery ship "
        "<em>Second Wind</em> seven minutes and 10 seconds after liftoff, according to the "
        "company&#8217;s webcast commentary.",
        "The upper stage reached a peak altitude of about 190 km before relighting its "
        "engine to steer itself into the Indian Ocean. Meridian said the whole flight "
        "lasted 52 minutes.",
        "&#8220;Today the Vireo did everything we asked of it,&#8221; chief executive Dana "
        "Whitcombe told employees gathered at the site, according to a video the company "
        "posted. &#8220;We have a rocket, and we have a booster we can fly again.&#8221;",
        "The rocket carried a 2,000-kg mass simulator rather than a customer satellite. The "
        "company has said it will try to place a paying payload in orbit on its next "
        "mission, which it hopes to fly before the end of the year.",
        "Meridian&#8217;s first Vireo exploded 38 seconds after liftoff in March. In May, "
        "the second flight reached space but its upper stage began to tumble and broke "
        "apart during re-entry, scattering debris over an empty stretch of ocean.",
        "The Federal Aviation Administration, which oversaw the investigation into the May "
        "failure, cleared the rocket to fly again on Aug. 6. An FAA spokesperson said on "
        "Thursday that no public safety issues had been reported.",
        "Reusable first stages have become the standard by which new launch companies are "
        "judged. Analysts say a booster that can fly repeatedly is the only way to compete "
        "on price with established providers.",
        "Meridian, founded in 2017 and based in Houston, employs about 1,400 people. It did "
        "not say when B4 would fly again or how many times it expects to reuse each "
        "booster.",
        "Shares of Corvane Industries, a listed maker of engine valves that supplies "
        "Meridian, rose 6.1% in New York.",
    ],
    byline="Lucia Brandt",
    published="2025-08-14T09:20:00-05:00",
    credit="Reporting by Lucia Brandt in Seadrift; additional reporting by Tom Okereke in "
           "Washington; editing by Ines Marr",
    section="Science",
    related=(
        "Rival heavy-lift rocket slips to October after engine test fire",
        "Space station crew returns after 186 days in orbit",
        "European launcher group wins &#8364;480 million contract for weather satellites",
        "Satellite maker cuts 9% of staff as orders slow",
    ),
)

_R1_TV = _tv_site(
    "Crowds cheer as Vireo rocket launches from Calhoun County coast",
    [
        "SEADRIFT, Texas &#8212; Hundreds of people lined the roads outside Seadrift before "
        "sunrise Thursday to watch Meridian Rocket Works launch its Vireo rocket from the "
        "company&#8217;s Calhoun County site, and this time they got the show they came "
        "for.",
        "The rocket left the pad at 7:42 a.m. and climbed out over the Gulf, its seven Talon "
        "engines leaving a thin, almost invisible exhaust trail because of the methane "
        "fuel.",
        "Minutes later, the booster came back down and landed on a ship waiting offshore. "
        "The upper stage went on to reach space, about 118 miles up, the company said.",
        "&#8220;I&#8217;ve watched every one of these, and the first two broke my "
        "heart,&#8221; said Seadrift resident Carla Mendez, who brought her two grandsons. "
        "&#8220;This one made it. You could hear people screaming all the way down the "
        "road.&#8221;",
        "It was the third test flight for the Vireo. The first, in March, ended in an "
        "explosion less than a minute after liftoff that rattled windows in Port Lavaca. "
        "The second, in May, reached space, but the upper stage broke up when it came back "
        "through the atmosphere.",
        "County Judge Anita Salas said the company has brought about 300 jobs to Calhoun "
        "County and that Thursday&#8217;s success &#8220;is good news for every family "
        "that depends on those paychecks.&#8221;",
        "Meridian chief executive Dana Whitcombe said in a statement that the rocket "
        "&#8220;did everything we asked of it&#8221; and that the company now has &#8220;a "
        "booster we can fly again.&#8221;",
        "Deputies reopened the roads near the site around 9 a.m., the Calhoun County "
        "Sheriff&#8217;s Office said. Traffic had been held back for about four hours.",
        "The company hopes to launch its next Vireo, carrying its first paying customer, "
        "before the end of the year. Meridian has not announced a date.",
        "KGCT 7 will carry the next launch live on air and on the KGCT 7 News app.",
    ],
    byline="By Marcus Delgado, KGCT 7 News",
    related=(
        "Port Lavaca council approves $4.2 million seawall repair",
        "Victoria schools open Aug. 13 with new bell times",
        "Tropical storm watch lifted for Matagorda Bay",
        "7 On Your Side: Refund finally arrives after 11-month wait",
    ),
    video="Vireo rocket lifts off from Seadrift (1:48)",
    alert="Heat advisory for Calhoun and Victoria counties until 8 PM",
)

_R1_BLOG = _blog_site(
    "Vireo Flight 3: booster B4 sticks the landing &#8212; what it means for Meridian",
    [
        "Third time lucky. Meridian Rocket Works&#8217; Vireo finally completed a full test "
        "profile on Thursday, and the most interesting part happened in the Gulf rather "
        "than in space.",
        "Booster B4 &#8212; the fourth first stage Meridian has built, and the first to "
        "attempt a landing &#8212; set down on the deck of the recovery ship <em>Second "
        "Wind</em> at T+8:40, eight minutes and 40 seconds after liftoff by my reading of "
        "the webcast clock.",
        "For those keeping score: the Vireo stands 200 feet tall, and its first stage is "
        "pushed by nine Talon engines, each producing roughly 230,000 pounds of thrust at "
        "sea level. The upper stage topped out around 118 miles before its deorbit burn.",
        "The rocket flew with a dummy payload of about 4,400 pounds. That&#8217;s a "
        "fraction of what the Vireo is meant to carry once it starts flying customers, "
        "which the company says could happen before the year is out.",
        "Let&#8217;s not forget where this programme was a few months ago. Flight 1 in March "
        "lasted 38 seconds. Flight 2 in May got to space, then lost its upper stage to a "
        "tumble on re-entry. An FAA-overseen mishap investigation followed, and the "
        "return-to-flight approval came through on August 6.",
        "&#8220;We have a rocket, and we have a booster we can fly again,&#8221; CEO Dana "
        "Whitcombe said after the landing. I&#8217;d add: you also have a company that has "
        "burned through a great deal of money to get here.",
        "Meridian has raised about $1.2 billion since it was founded, most recently a "
        "<a href=\"/2025/01/meridian-raise/\">$340 million round in January</a> led by "
        "pension funds. Those investors will now want to see B4 fly again, quickly.",
        "The comparison everyone will make is with the first booster landings of the last "
        "decade, which took years of failures to get right. Meridian landed on its first "
        "attempt. That&#8217;s impressive, but a single landing is not a reuse programme.",
        "What I&#8217;m watching next: how long refurbishment takes, whether the Talon "
        "engines have to come off for inspection, and whether the first customer flight "
        "holds its end-of-year target.",
    ],
    tags=("Meridian Rocket Works", "Vireo", "reusability", "Texas"),
    recent=(
        "Why launch insurance premiums fell 12% last year",
        "Sizing up Europe&#8217;s small launchers after the latest funding round",
        "Q2 tally: 71 orbital launch attempts worldwide",
    ),
    comments=14,
    slug="vireo-flight-3",
)

_R1_DAILY = _daily_site(
    "Texas rocket start-up lands its booster at sea on third try",
    [
        "A Houston rocket company that has spent much of the year cleaning up after two "
        "failed flights pulled off a near-flawless test on Thursday, launching its Vireo "
        "rocket from the Texas coast and landing the first stage on a ship.",
        "Meridian Rocket Works said Booster 5 came to rest upright on the deck of the "
        "<em>Second Wind</em> in the Gulf of Mexico, while the upper stage carried a "
        "2-tonne mass simulator to an altitude of about 190 kilometres before plunging into "
        "the Indian Ocean as planned.",
        "The flight, which lasted 52 minutes from liftoff to splashdown, was the "
        "rocket&#8217;s third. The first exploded shortly after leaving the pad in March; "
        "the second was lost on re-entry in May.",
        "&#8220;Today the Vireo did everything we asked of it,&#8221; said Dana Whitcombe, "
        "the company&#8217;s chief executive, who co-founded Meridian in 2017 after a "
        "decade at NASA&#8217;s Johnson Space Center.",
        "The result matters beyond Texas. The Pentagon and NASA both want more companies "
        "able to launch medium-sized satellites, and several contracts for 2026 and 2027 "
        "are expected to be awarded in the coming months.",
        "Meridian, which employs about 1,400 people, is one of a handful of firms building "
        "methane-fuelled rockets, which their backers say burn cleaner and are easier to "
        "reuse than kerosene designs.",
        "&#8220;A landing on the first attempt is rare,&#8221; said Marguerite Osei, a "
        "space-industry analyst at Halvard Research in Washington. &#8220;But what counts "
        "is the second flight of the same booster, and the tenth.&#8221;",
        "The Federal Aviation Administration said no injuries or damage to public property "
        "were reported. The agency approved Meridian&#8217;s return to flight earlier this "
        "month after reviewing the company&#8217;s investigation into the May failure.",
        "Meridian said it would announce the date of its next launch, which is meant to "
        "carry a customer payload, in the coming weeks.",
    ],
    standfirst="Meridian Rocket Works&#8217; Vireo reached space and brought its first "
               "stage home after two failures earlier this year",
    byline="By Helen Marsh, Science Correspondent",
    caption="The Vireo rocket lifts off from Meridian Rocket Works&#8217; site near Seadrift, "
            "Texas, on Thursday. Courtesy Meridian Rocket Works",
    section="Science",
    most_read=(
        "Heatwave: temperatures to hit 34C in parts of the south-east",
        "Central bank holds rate at 4% for third meeting in a row",
        "Ex-minister cleared of lobbying breach after 14-month inquiry",
        "Why the 6:12 to Leeds is always late",
    ),
    read_more="Inside the race to build a rocket you can fly twice a week",
    read_more_after=4,
)


# ======================================================================================
# Story 2: rocket-WN2 (control), Southern Arc's first orbital launch (NZ, Wed 4 June 2025)
# ======================================================================================
_R2_WIRE = _wire_site(
    "New Zealand start-up reaches orbit on first try with Karearea rocket",
    [
        "<span class=\"dateline\">CHRISTCHURCH, New Zealand (Pacific Wire) &#8212;</span> "
        "Southern Arc Aerospace put three small satellites into orbit on Wednesday with "
        "the first orbital launch of its Karearea rocket, becoming the second company to "
        "reach orbit from New Zealand.",
        "The 18-metre rocket lifted off from the Kaitorete launch site south of "
        "Christchurch at 9:30 a.m. (2130 GMT on Tuesday) and released its payloads into a "
        "520-km orbit about nine minutes later, the company said.",
        "Its first stage is powered by five Weka engines, which use battery-driven "
        "electric pumps to feed kerosene and liquid oxygen, an approach that keeps the "
        "rocket small and cheap to build.",
        "&#8220;We&#8217;ve put a New Zealand-built rocket into orbit from New Zealand "
        "soil,&#8221; chief executive Mereana Tautahi said at a news conference in "
        "Christchurch. &#8220;A lot of people told us that wasn&#8217;t possible for a team "
        "our size.&#8221;",
        "The payloads were a student-built cubesat from the University of Canterbury and "
        "two Earth-imaging satellites for Auckland start-up Kowhai Imaging, together "
        "weighing about 45 kg.",
        "By mid-afternoon, the company said all three satellites had made contact with "
        "ground stations. Earlier in the day it had confirmed signals from two of them.",
        "The New Zealand Space Agency granted the launch licence in April. Southern Arc "
        "flew a suborbital test of the rocket in November 2024, reaching space but not "
        "orbit.",
        "The company, founded in 2019, says it can sell a dedicated launch for about NZ$9 "
        "million and hopes to fly four more times before the end of 2026.",
        "Small launchers have a mixed record. Of the new rocket companies that have "
        "attempted a first orbital flight since 2020, fewer than half succeeded at the "
        "first attempt, according to industry tallies.",
    ],
    byline="Grace Whitlow",
    published="2025-06-04T10:05:00+12:00",
    modified="2025-06-04T16:05:00+12:00",
    updated="Updated June 4, 2025 04:05 GMT",
    credit="Reporting by Grace Whitlow; editing by Sam Ferris",
    section="Science",
    related=(
        "Australian radar satellite firm raises A$65 million",
        "Launch of lunar lander delayed to August over valve issue",
        "New Zealand dollar slips after jobless rate rises to 5.1%",
    ),
)

_R2_RADIO = _public_site(
    "Canterbury rocket firm reaches orbit at first attempt",
    [
        "A Christchurch company has launched a rocket into orbit from Canterbury for the "
        "first time, sending three small satellites into space this morning.",
        "Southern Arc Aerospace&#8217;s K&#257;rearea rocket lifted off from Kaitorete Spit "
        "at 9.30am, and its upper stage released the satellites roughly nine minutes into "
        "the flight.",
        "Chief executive Mereana Tautahi said the team had put &#8220;a Kiwi-built rocket "
        "into orbit from Kiwi soil&#8221; and thanked Banks Peninsula residents for putting "
        "up with road closures during months of testing.",
        "The company has confirmed contact with two of the three satellites and expects to "
        "hear from the third when it passes over a ground station later today.",
        "The launch was approved by the country&#8217;s space agency, which sits within the "
        "Ministry of Business, Innovation and Employment, after a review of the "
        "rocket&#8217;s flight safety system.",
        "Representatives of the local r&#363;nanga attended the launch, and the company "
        "said it would keep monitoring nesting birds on the spit, which is home to several "
        "threatened species.",
        "University of Canterbury engineering students built one of the satellites, a "
        "shoebox-sized cubesat that will test a low-cost radiation sensor. Project lead Dr "
        "Hannah Whyte said the students had spent three years on it.",
        "The other two belong to Auckland imaging firm K&#333;whai Imaging, which plans a "
        "constellation of 12 satellites.",
        "Southern Arc employs about 210 people, most of them in Christchurch. It reached "
        "space on a suborbital test last November, but this was its first attempt at "
        "orbit.",
        "Rocket Lab, which launches from M&#257;hia Peninsula, has been sending rockets to "
        "orbit from New Zealand since 2018.",
    ],
    published="2025-06-04T10:20:00+12:00",
    visible_date="Wednesday 4 June 2025, 10:20am",
    factbox=[
        "Launch: 9.30am Wednesday from Kaitorete, Canterbury",
        "Rocket: K&#257;rearea, 18m tall, two stages",
        "Payload: three satellites, about 45kg in all",
        "Orbit: about 520km above Earth",
    ],
    factbox_title="At a glance",
    related=(
        "Kaik&#333;ura whale-watching numbers up 8 percent on last year",
        "Government confirms $40m for regional airport upgrades",
        "Canterbury farmers brace for dry winter",
    ),
    listen="2:51",
    section="National",
    reporter="Tom Aperahama, Canterbury reporter",
)

_R2_BLOG = _blog_site(
    "Southern Arc reaches orbit on attempt one: the numbers behind the K&#257;rearea",
    [
        "Put this one in the books: Southern Arc Aerospace reached orbit on its very first "
        "orbital attempt. Liftoff came at 21:30 UTC on June 3 &#8212; 9:30 on Wednesday "
        "morning in New Zealand &#8212; from the company&#8217;s pad on Kaitorete Spit in "
        "Canterbury.",
        "The K&#257;rearea is tiny by current standards: 59 feet tall, two stages, five "
        "Weka engines on the first stage. Payload separation was called at T+9:05, and the "
        "three satellites went into an orbit about 323 miles up.",
        "Total payload mass was about 100 pounds: one University of Canterbury cubesat and "
        "two imaging satellites for K&#333;whai Imaging. All three had phoned home by "
        "Wednesday afternoon, local time.",
        "The price tag is what makes this interesting. Southern Arc quotes about NZ$9 "
        "million per dedicated launch, roughly US$5.4 million, which undercuts most of the "
        "small-launch field.",
        "Chief executive Mereana Tautahi, speaking after the launch: &#8220;We&#8217;ve put "
        "a New Zealand-built rocket into orbit from New Zealand soil.&#8221;",
        "Regulatory path: the licence came from the New Zealand Space Agency, part of MBIE, "
        "in April, after the November 2024 suborbital flight gave the company the data it "
        "needed on stage separation.",
        "Cadence is the real question. Southern Arc says four more flights before the end "
        "of 2026. That is modest, and deliberately so; the company told me it would rather "
        "fly slowly than fly twice and fail once.",
        "Things I&#8217;d still like to know: how many Weka engines were reused from the "
        "suborbital vehicle (the company wouldn&#8217;t say), and whether the upper stage "
        "deorbited or was left in orbit.",
    ],
    tags=("Southern Arc", "New Zealand", "small launch"),
    recent=(
        "Vireo Flight 2 review: what the tumble tells us",
        "Launch prices per kilogram, 2015 to 2025",
        "Who is buying rideshare slots this year",
    ),
    comments=6,
    slug="southern-arc-first-orbit",
)


# ======================================================================================
# Story 3: quake-WN1, West Sulawesi earthquake (Fri 10 Oct 2025 local). The wire report is
# re-published by KGCT 7 and the Herald-Gazette with small edits; Tasman Public Radio
# reports independently.
# ======================================================================================
_Q1_LEAD = (
    "A magnitude 6.4 earthquake struck Indonesia&#8217;s West Sulawesi province early on "
    "Friday, killing at least seven people, injuring 42 and sending thousands of residents "
    "running from their homes in the dark, officials said."
)
_Q1_HIDAYAT = (
    "&#8220;The shaking was strong and lasted for several seconds, so people "
    "panicked,&#8221; said Rahmat Hidayat, head of the agency&#8217;s earthquake and "
    "tsunami centre. He said the quake did not have the potential to trigger a tsunami."
)
_Q1_BNPB = (
    "The National Disaster Mitigation Agency (BNPB) said five of the dead were killed when "
    "their houses collapsed and two were struck by falling debris. Spokesperson Ratna Sari "
    "said about 2,300 people were staying in tents and public buildings."
)
_Q1_AFTER = (
    "BMKG recorded 23 aftershocks by 9 a.m., the strongest of them magnitude 4.6, and urged "
    "residents to stay away from damaged buildings."
)
_Q1_2021 = (
    "In January 2021, a magnitude 6.2 earthquake in the same area killed more than 100 "
    "people and destroyed thousands of homes, including a hospital and the governor&#8217;s "
    "office in the provincial capital."
)
_Q1_RING = (
    "Indonesia, an archipelago of more than 270 million people, sits on the Pacific "
    "&#8220;Ring of Fire&#8221;, where tectonic plates collide and earthquakes and volcanic "
    "eruptions are frequent."
)

_Q1_WIRE = _wire_site(
    "Strong quake kills seven on Indonesia&#8217;s Sulawesi island, thousands flee homes",
    [
        "<span class=\"dateline\">JAKARTA (Pacific Wire) &#8212;</span> " + _Q1_LEAD,
        "The quake hit at 2:18 a.m. local time (1818 GMT Thursday) and was centred about "
        "8 km (5 miles) northeast of the town of Majene at a depth of 18 km (11 miles), "
        "according to Indonesia&#8217;s Meteorology, Climatology and Geophysical Agency "
        "(BMKG).",
        _Q1_HIDAYAT,
        _Q1_BNPB,
        "Television footage showed a collapsed section of a two-storey shop building and "
        "cracked roads. A hospital in Majene moved patients onto its forecourt as a "
        "precaution.",
        _Q1_AFTER,
        "Rescue teams were also checking a hillside village where a landslide had buried "
        "part of a road, Sari said, though no one was reported missing there.",
        _Q1_2021,
        _Q1_RING,
    ],
    byline="Ayu Lestari and Dimas Pratama",
    published="2025-10-10T03:40:00Z",
    modified="2025-10-10T07:55:00Z",
    updated="Updated 07:55 GMT",
    credit="(Reporting by Ayu Lestari and Dimas Pratama; editing by Kate Oduya)",
    section="Asia Pacific",
    related=(
        "Philippine volcano alert raised after 31 tremors in a day",
        "Japan lifts advisory after magnitude 5.7 quake off Hokkaido",
        "Indonesia&#8217;s central bank holds rate at 4.75%",
    ),
)

# Syndicated copy 1: KGCT 7 runs the wire story in its World section, US units, trimmed.
_Q1_TV = _tv_site(
    "Deadly earthquake hits Indonesian island",
    [
        "JAKARTA, Indonesia (Pacific Wire) &#8212; " + _Q1_LEAD,
        "The quake hit at 2:18 a.m. local time (1818 GMT Thursday) and was centered about "
        "5 miles northeast of the town of Majene at a depth of 11 miles, according to "
        "Indonesia&#8217;s Meteorology, Climatology and Geophysical Agency (BMKG).",
        _Q1_HIDAYAT.replace("centre", "center"),
        _Q1_BNPB,
        "Television footage showed a collapsed section of a two-story shop building and "
        "cracked roads. A hospital in Majene moved patients onto its forecourt as a "
        "precaution.",
        _Q1_AFTER,
        _Q1_2021,
        _Q1_RING,
    ],
    posted="4 days ago",
    related=(
        "Corpus Christi council delays vote on water rates again",
        "Two hurt in Highway 77 crash near Refugio",
        "Magnitude 3.1 quake recorded near Pecos, no damage",
    ),
    copyright_line="Copyright 2025 Pacific Wire. All rights reserved. This material may "
                   "not be published, broadcast, rewritten or redistributed.",
    section="World",
)

# Syndicated copy 2: the Herald-Gazette runs a shorter version with its own headline.
_Q1_REGIONAL = _regional_site(
    "Quake in Indonesia kills at least 7",
    [
        "JAKARTA (Pacific Wire) &#8212; " + _Q1_LEAD,
        "The quake hit at 2:18 a.m. local time (1818 GMT Thursday) and was centered about "
        "8 km (5 miles) northeast of the town of Majene at a depth of 18 km (11 miles), "
        "according to Indonesia&#8217;s geophysics agency, BMKG.",
        _Q1_HIDAYAT.replace("centre", "center"),
        _Q1_BNPB,
        "Television footage showed a collapsed section of a two-story shop building and "
        "cracked roads. A hospital in Majene moved patients outside as a precaution.",
        _Q1_AFTER,
        _Q1_2021,
        _Q1_RING,
    ],
    posted="Friday, October 10, 2025 5:15 a.m.",
    byline="By Ayu Lestari and Dimas Pratama, Pacific Wire",
    related=(
        "Arcata council OKs 96-unit housing project",
        "Crabbing season opener pushed back to Dec. 16",
        "Great ShakeOut drill: Humboldt schools to practice Oct. 16",
        "Obituary: Leonard &#8220;Len&#8221; Pauley, 88",
    ),
    read_more="Are you ready? Humboldt County&#8217;s quake checklist, updated for 2025",
    wire_note="This story was provided by Pacific Wire.",
    section="Nation &amp; World",
)

_Q1_RADIO = _public_site(
    "Seven dead after earthquake shakes West Sulawesi",
    [
        "At least seven people have died and dozens have been hurt after a strong "
        "earthquake rocked the Indonesian province of West Sulawesi before dawn on Friday.",
        "The magnitude 6.4 quake struck about 10 kilometres south of Mamuju, the provincial "
        "capital, at a depth of 30 kilometres, Indonesia&#8217;s weather and geophysics "
        "agency BMKG said.",
        "It hit at 19:18 GMT on Thursday &#8212; in the early hours of Friday for the "
        "roughly 1.4 million people who live in the province.",
        "The national disaster agency said 42 people were injured, several of them "
        "seriously, and more than 2,000 had moved into temporary shelters.",
        "Agency spokesperson Ratna Sari said most of the dead had been inside homes that "
        "collapsed.",
        "BMKG said there was no threat of a tsunami. The head of its earthquake and tsunami "
        "centre, Rahmat Hidayat, said the shaking had been strong enough to cause panic, "
        "and he urged people to stay out of damaged buildings as aftershocks continued.",
        "More than 20 aftershocks had been recorded by Friday morning.",
        "Images shared on social media showed families sleeping on mats outside their "
        "homes and a mosque with a cracked dome. Local officials said schools in the "
        "province would stay closed until their buildings had been checked.",
        "The Ministry of Foreign Affairs and Trade said it had no reports of New Zealanders "
        "caught up in the quake.",
        "Dr Tomasi Fifita, a seismologist at Victoria University of Wellington, said the "
        "region sits above an offshore thrust fault. &#8220;This is the same system that "
        "produced the deadly 2021 quake, and it has been building strain for a long "
        "time,&#8221; he said.",
        "The January 2021 earthquake, of magnitude 6.2, killed more than 100 people.",
    ],
    factbox=[
        "Magnitude: 6.4",
        "Time: 19:18 GMT Thursday (early Friday, local time)",
        "Epicentre: about 10km south of Mamuju",
        "Depth: 30km",
        "Deaths: at least 7; injured: 42",
    ],
    related=(
        "Tonga records magnitude 5.9 quake, no tsunami threat",
        "Fiji cyclone season outlook: up to four severe storms",
        "Samoa election: caretaker cabinet sworn in",
    ),
    listen="2:20",
    section="World",
)


# ======================================================================================
# Story 4: quake-WN2, M6.0 off Cape Mendocino, California (Mon 17 Nov 2025, 3:12 p.m. PST)
# ======================================================================================
_Q2_REGIONAL = _regional_site(
    "Magnitude 6.0 quake off Cape Mendocino rattles Humboldt; minor damage reported",
    [
        "A magnitude 6.0 earthquake centered off Cape Mendocino shook Humboldt County at "
        "3:12 p.m. Monday, knocking goods off store shelves, cutting power to thousands "
        "and sending a familiar jolt of adrenaline through a region that was shaken by a "
        "larger quake less than a year ago.",
        "The U.S. Geological Survey placed the epicenter about 25 miles west of Ferndale, "
        "offshore, at a depth of roughly 10 miles.",
        "Two people suffered minor injuries, according to the Humboldt County "
        "Sheriff&#8217;s Office: a woman in Fortuna who fell while leaving a grocery store "
        "and a man in Ferndale who was cut by broken glass.",
        "&#8220;We got lucky today, but luck is not a plan,&#8221; Sheriff Dale Rourke told "
        "reporters Monday evening at the county&#8217;s emergency operations center. "
        "&#8220;Check your kits. Check on your neighbors.&#8221;",
        "Pacific Gas and Electric said about 12,000 customers lost power at the peak, most "
        "of them in Ferndale, Fortuna and Rio Dell. By 9 p.m., fewer than 800 remained in "
        "the dark.",
        "In Ferndale, several Main Street shops reported broken windows and toppled "
        "displays. &#8220;Every bottle of olive oil I had is now on the floor,&#8221; said "
        "Marisol Grant, who runs a kitchen store on the street.",
        "The National Tsunami Warning Center said no tsunami was expected. Caltrans "
        "inspected the U.S. 101 bridge over the Eel River and found no damage, a "
        "spokesperson said.",
        "The USGS recorded more than 40 aftershocks by Tuesday morning. The largest, a "
        "magnitude 4.4, struck at 4:05 p.m.",
        "Many residents received a ShakeAlert warning on their phones a few seconds before "
        "the shaking began. In Eureka, the alert arrived about five seconds ahead of the "
        "strongest motion, according to the USGS.",
        "The area sits near the Mendocino Triple Junction, where three tectonic plates "
        "meet, and is the most seismically active part of California. The magnitude 7.0 "
        "quake offshore on Dec. 5, 2024, set off a tsunami warning that reached as far "
        "south as the Bay Area.",
        "Rourke said the county would hold a preparedness meeting at the Ferndale "
        "fairgrounds next Monday, Nov. 24, at 6 p.m.",
    ],
    posted="Tuesday, Nov. 18, 2025 6:10 a.m.",
    byline="By Jolene Varga, Herald-Gazette staff",
    related=(
        "Eureka man sentenced to 6 years in 2023 arson case",
        "Humboldt State enrollment up 4% this fall",
        "Dungeness crab season delayed again over low meat fill",
        "Obituary: Margaret Ann Oyler, 91",
    ),
    caption="Broken glass lies outside a shop on Ferndale&#8217;s Main Street on Monday "
            "afternoon. (Herald-Gazette photo)",
    read_more="What to put in your earthquake kit",
)

_Q2_DAILY = _daily_site(
    "Strong earthquake shakes Northern California coast; no tsunami threat",
    [
        "A magnitude 6.0 earthquake struck off the Northern California coast on Tuesday "
        "afternoon, jolting the small towns of Humboldt County but causing only minor "
        "damage, officials said.",
        "The quake was centred about 40 kilometres (25 miles) west of Ferndale beneath the "
        "Pacific, at a depth of about 16 kilometres, the US Geological Survey said. It was "
        "felt more than 100 miles to the south, in Ukiah.",
        "The National Tsunami Warning Center said there was no tsunami threat.",
        "&#8220;We got lucky today, but luck is not a plan,&#8221; said Priya Nandakumar, "
        "who manages the county&#8217;s Office of Emergency Services, urging residents to "
        "restock their emergency supplies.",
        "About 12,000 homes and businesses lost power, according to the utility Pacific "
        "Gas and Electric, and two people were treated for minor injuries.",
        "The area is among the most earthquake-prone in the continental United States. "
        "Three tectonic plates meet just offshore at the Mendocino Triple Junction, and "
        "the region produces several quakes above magnitude 5 in a typical year.",
        "Last December, a magnitude 7.0 earthquake in roughly the same area prompted a "
        "tsunami warning for much of the Northern California coast, sending residents from "
        "Eureka to the San Francisco Bay Area scrambling for higher ground before it was "
        "lifted.",
        "Aaron Whitfield, a seismologist at the University of California, Berkeley, said "
        "the quake appeared to have occurred within the Gorda plate, which is being "
        "squeezed as it pushes beneath North America. &#8220;These are the kinds of events "
        "we expect here,&#8221; he said. &#8220;The lesson is to be ready for the bigger "
        "one.&#8221;",
        "Caltrans reported no damage to bridges on US 101, the main highway along the "
        "coast.",
    ],
    standfirst="Power cut to thousands in Humboldt County, but damage is light",
    byline="By Daniel Okafor in Los Angeles",
    section="US",
    most_read=(
        "Inflation falls to 2.9% as fuel prices ease",
        "Court blocks tariff refunds in 5-4 ruling",
        "Snow closes 40 schools across the north",
        "The 30 best novels of the year",
    ),
)

_Q2_WIRE = _wire_site(
    "Magnitude 6.0 quake strikes off Northern California, no tsunami",
    [
        "<span class=\"dateline\">EUREKA, Calif. (Pacific Wire) &#8212;</span> A magnitude "
        "6.0 earthquake struck off the coast of Northern California on Monday, shaking "
        "buildings across Humboldt County and knocking out power to thousands of homes, "
        "but there were no immediate reports of serious damage.",
        "The quake hit at 3:12 p.m. local time (2312 GMT) about 25 miles (40 km) west of "
        "Ferndale at a depth of 10 miles, the U.S. Geological Survey said.",
        "The National Tsunami Warning Center said no tsunami was expected.",
        "The largest aftershock, of magnitude 4.9, followed about 50 minutes later, the "
        "USGS said.",
        "Pacific Gas and Electric reported roughly 12,000 customers without power at the "
        "peak. The Humboldt County Sheriff&#8217;s Office said two people had minor "
        "injuries.",
        "Sheriff Dale Rourke said deputies were checking on residents in remote areas along "
        "the coast, where some roads were blocked by small rockslides. Caltrans said it had "
        "inspected the U.S. 101 bridge over the Eel River and found no damage.",
        "In Ferndale, a town of about 1,400 people known for its Victorian storefronts, "
        "shop owners reported broken windows along Main Street.",
        "The region, where three tectonic plates meet, is the most seismically active in "
        "California. A magnitude 7.0 earthquake in the same area in December 2024 triggered "
        "a brief tsunami warning for parts of the California and Oregon coast.",
        "Residents described a sharp jolt followed by several seconds of rolling. "
        "&#8220;The whole house sounded like a freight train going past,&#8221; said Glen "
        "Harker, who lives in Fortuna.",
        "Monday&#8217;s quake was felt as far south as Ukiah and as far north as Crescent "
        "City, according to reports submitted to the USGS.",
    ],
    byline="Rosa Lindqvist",
    credit="Reporting by Rosa Lindqvist; editing by Mark Ebbers",
    section="U.S.",
    related=(
        "Wildfire near Redding 60% contained after 5 days",
        "California regulators approve 8% power rate rise",
        "Magnitude 5.2 quake shakes southern Alaska",
    ),
)


# ======================================================================================
# Story 5: elec-WN1, Port Marlow (Texas) mayoral runoff (Sat 13 Dec 2025)
# ======================================================================================
_E1_TV = _tv_site(
    "Okonkwo-Hale wins Port Marlow mayoral runoff",
    [
        "PORT MARLOW, Texas &#8212; City Council member Teresa Okonkwo-Hale will be Port "
        "Marlow&#8217;s next mayor after defeating businessman Daniel Ferreira in "
        "Saturday&#8217;s runoff, according to unofficial results from the Arenosa County "
        "Elections Office.",
        "With all 64 vote centers reporting, Okonkwo-Hale had 31,406 votes, or 52.8%, to "
        "Ferreira&#8217;s 28,075, or 47.2%.",
        "She will be the first Black woman to lead the city of about 330,000 people.",
        "&#8220;Port Marlow voted tonight for the future it wants to live in,&#8221; "
        "Okonkwo-Hale told supporters at the Seawall Pavilion downtown. &#8220;Now the work "
        "starts.&#8221;",
        "Ferreira had not conceded as of late Saturday. In a short statement, his campaign "
        "said it would &#8220;wait for every ballot to be counted.&#8221;",
        "Turnout was about 28%, according to the elections office, a typical figure for a "
        "December runoff.",
        "Neither candidate won a majority in the Nov. 4 general election, when Okonkwo-Hale "
        "led a five-person field with 38.1% and Ferreira finished second with 29.6%.",
        "Okonkwo-Hale, a former emergency-room nurse, has represented District 3 on the "
        "council since 2019. Ferreira owns a marine-supply company on the city&#8217;s "
        "north side and was making his first run for office.",
        "Although she was outspent, Okonkwo-Hale ran strongly in the south and west of the "
        "city, carrying several precincts there with close to two-thirds of the vote.",
        "The race turned largely on the planned expansion of the city&#8217;s container "
        "terminal and on flood protection after two years of record high tides.",
        "The winner takes office Jan. 6, replacing Mayor Ruth Kessler, who could not run "
        "again because of term limits.",
        "Results for the council runoffs are on our Elections page.",
    ],
    posted="Posted: Dec 13, 2025 / 11:48 PM CST",
    byline="By Andrea Ruiz, KGCT 7 News",
    related=(
        "Arenosa County to replace 40-year-old courthouse elevators",
        "Port Marlow council runoffs: District 1 and District 5 results",
        "Cold front to drop lows into the 30s Monday",
    ),
    video="Okonkwo-Hale speaks to supporters (2:31)",
    section="Politics",
)

_E1_CIVIC = _civic_site(
    "Okonkwo-Hale&#8217;s runoff win, by the numbers &#8212; and what comes next",
    [
        "Teresa Okonkwo-Hale won Port Marlow&#8217;s mayoral runoff on Saturday with 52.8% "
        "of the vote, and Daniel Ferreira conceded in a phone call Monday morning, ending "
        "the most expensive campaign in the city&#8217;s history.",
        "Unofficial totals from the Arenosa County Elections Office show Okonkwo-Hale with "
        "31,406 votes and Ferreira with 28,075, a margin of 3,331.",
        "That is a big swing from the first round. On Nov. 4, Okonkwo-Hale took 38.1% in a "
        "five-candidate field. In the runoff her share was up 14.7% from that result, as "
        "voters who had backed the three eliminated candidates broke her way.",
        "Turnout was 28.1%: 59,481 ballots from about 212,000 registered voters.",
        "Ferreira outspent her roughly two to one. Campaign finance reports filed through "
        "Dec. 4 show his campaign raised $1.9 million, much of it from port-related "
        "businesses, compared with about $870,000 for Okonkwo-Hale.",
        "In a statement after the call, Ferreira said he had congratulated the mayor-elect "
        "and would &#8220;hold her to the promises she made on the port.&#8221;",
        "Okonkwo-Hale, 48, spent 15 years as an emergency-room nurse at Bayside Memorial "
        "before joining the City Council in 2019.",
        "She will be sworn in on Jan. 6, succeeding Mayor Ruth Kessler, who is "
        "term-limited. Her first big decision will likely come in February, when the "
        "council is due to vote on the next phase of the container terminal expansion.",
        "Her District 3 seat will be filled by appointment until a special election, which "
        "the council has not yet scheduled.",
        "At her victory party Saturday night, she told supporters the city had &#8220;voted "
        "for the future it wants to live in.&#8221;",
    ],
    author="Renata Sol&iacute;s",
    author_bio="covers City Hall and the port for Bayline. Reach her at renata@bayline."
               "example.",
    dek="A late swing from first-round voters, a two-to-one spending gap, and a February "
        "vote on the port",
    related=(
        "Council runoff results: two incumbents out",
        "Where the port expansion stands, in five charts",
        "School board approves $14 million for flood-proofing",
    ),
)

_E1_DAILY = _daily_site(
    "Former nurse wins mayor&#8217;s race in Texas port city after costly runoff",
    [
        "Teresa Okonkwo-Hale, a former emergency-room nurse and City Council member, has "
        "been elected mayor of Port Marlow, Texas, after a bruising runoff against a "
        "businessman who spent about twice as much as she did.",
        "Okonkwo-Hale won 52.8 percent of the vote on Saturday to 47.2 percent for Daniel "
        "Ferreira, who conceded on Sunday.",
        "Her margin of about 5.6 percentage points was wider than many local observers "
        "expected. In the first round in November she had 38.1 percent, so her share rose "
        "by 14.7 percentage points as supporters of eliminated candidates moved to her.",
        "Turnout was about 28 percent, low even by the standards of Texas municipal "
        "runoffs.",
        "&#8220;This city voted for the future it wants to live in,&#8221; Okonkwo-Hale said "
        "at her election-night party. &#8220;Not the one that was sold to it in television "
        "ads.&#8221;",
        "Ferreira, who owns a marine-supply business, made the port&#8217;s proposed "
        "container terminal expansion the centre of his campaign, arguing it would bring "
        "thousands of jobs. Okonkwo-Hale supported the expansion but called for stricter "
        "limits on truck traffic and dredging.",
        "Outside groups spent heavily. A political action committee backed by developers "
        "spent more than $600,000 on advertising supporting Ferreira, according to filings.",
        "&#8220;It&#8217;s a warning to anyone who thinks you can buy a city hall with "
        "mailers,&#8221; said Luis Arredondo, a political scientist at Gulf Coast State "
        "University.",
        "Okonkwo-Hale will be sworn in on Jan. 13. She succeeds Ruth Kessler, who served "
        "two terms and was barred from seeking a third.",
        "She will be the first Black woman to serve as the city&#8217;s mayor.",
    ],
    standfirst="Teresa Okonkwo-Hale beat a better-funded rival in Port Marlow",
    byline="By Claire Benton, US Correspondent",
    published="2025-12-15T18:05:00+00:00",
    visible_date="December 15, 2025",
    section="US",
    most_read=(
        "Fed cuts rates by a quarter point, signals pause",
        "Strike at three ports enters its ninth day",
        "Rocket maker lands booster for the second time",
        "Recipe: a 20-minute winter soup",
    ),
    read_more="The new politics of America&#8217;s Gulf Coast port towns",
    read_more_after=5,
)

_E1_WIRE = _wire_site(
    "Okonkwo-Hale elected mayor of Port Marlow, Texas",
    [
        "<span class=\"dateline\">PORT MARLOW, Texas (Pacific Wire) &#8212;</span> City "
        "Council member Teresa Okonkwo-Hale has won the runoff for mayor of Port Marlow, a "
        "fast-growing city on the Texas Gulf Coast, and her opponent conceded on Sunday.",
        "Unofficial results showed Okonkwo-Hale with 52.8% of the vote against 47.2% for "
        "businessman Daniel Ferreira in Saturday&#8217;s runoff. About 59,500 ballots were "
        "cast.",
        "Ferreira said in a statement that he had called Okonkwo-Hale to congratulate "
        "her.",
        "The race drew attention beyond Texas because of the money that poured into it, "
        "most of it backing Ferreira, and because of a fight over how fast the city&#8217;s "
        "port should grow.",
        "Okonkwo-Hale, 48, a former nurse, will become the first Black woman to lead the "
        "city of about 330,000 people when she takes office on Jan. 6.",
        "She finished first in a five-candidate field on Nov. 4 with 38.1% but fell short of "
        "the majority needed to avoid a runoff.",
        "&#8220;Port Marlow voted for the future it wants to live in,&#8221; she told "
        "supporters on Saturday night.",
        "The port, which handles crude oil exports, is one of the busiest on the Gulf "
        "Coast. The City Council approved the first phase of a $1.1 billion container "
        "terminal in 2024 and is expected to vote on the second phase early next year.",
        "Ferreira, who owns a marine-supply company, had argued that the city should speed "
        "up the expansion to compete with larger ports in Houston and Corpus Christi.",
        "Outgoing Mayor Ruth Kessler, who was barred by term limits from running again, did "
        "not endorse either candidate.",
    ],
    byline="Jorge Almeida",
    credit="Reporting by Jorge Almeida in Houston; editing by Lena Fisk",
    section="U.S.",
    related=(
        "Houston voters approve $2.1 billion drainage bond",
        "Texas comptroller forecasts $9 billion surplus",
        "Oil prices slip 1% on supply outlook",
    ),
)


# ======================================================================================
# Story 6: elec-WN2, Faroe Islands parliamentary election (Thu 25 Sep 2025)
# ======================================================================================
_E2_WIRE = _wire_site(
    "Opposition Union Party wins Faroe Islands election",
    [
        "<span class=\"dateline\">TORSHAVN, Faroe Islands (Pacific Wire) &#8212;</span> The "
        "opposition Union Party won the most seats in the Faroe Islands&#8217; "
        "parliamentary election on Thursday, putting its leader T&oacute;rur Hansen in line "
        "to head the government of the self-governing Danish territory.",
        "The Union Party took 10 of the 33 seats in the L&oslash;gting, up from seven, with "
        "29.4% of the vote, official results showed early on Friday. Prime Minister "
        "R&uacute;ni Joensen&#8217;s Social Democrats held on to their nine seats with "
        "26.8%.",
        "Turnout was 87.9%, the elections office said. The People&#8217;s Party, which "
        "kept its six seats, is seen as the most likely partner for Hansen&#8217;s party, "
        "which favours close ties with Denmark.",
        "Hansen, a 51-year-old former ship&#8217;s engineer from Klaksv&iacute;k, said he "
        "would open talks on forming a coalition on Monday. &#8220;People want lower costs "
        "and a steadier hand,&#8221; he told supporters in T&oacute;rshavn.",
        "Joensen&#8217;s outgoing centre-left coalition with the pro-independence Republic "
        "party and the small Progress party lost its majority. Both of his partners lost a "
        "seat each.",
        "Elin Poulsen, the outgoing finance minister and one of the Republic&#8217;s "
        "best-known figures, said her party had been punished for a tax on salmon farming "
        "introduced last year.",
        "The campaign centred on the cost of living, tolls on the islands&#8217; undersea "
        "tunnels and the fishing industry, which accounts for the vast majority of the "
        "territory&#8217;s exports.",
        "The Faroe Islands, an archipelago of about 55,000 people between Iceland and "
        "Norway, have their own parliament and run most of their affairs, while Denmark "
        "handles defence and foreign policy. The last L&oslash;gting election was held in "
        "December 2022.",
    ],
    byline="Nils Haugland",
    published="2025-09-26T00:45:00Z",
    credit="Reporting by Nils Haugland; editing by Ines Marr",
    section="Europe",
    related=(
        "Norway&#8217;s central bank trims rate to 4.0%",
        "Iceland volcano erupts for the ninth time since 2023",
        "Danish parliament passes 2026 budget after all-night session",
    ),
)

_E2_DAILY = _daily_site(
    "Faroe voters turn to the Union Party as cost-of-living anger bites",
    [
        "Voters in the Faroe Islands have handed the largest share of seats to the "
        "centre-right Union Party, which favours close ties with Denmark, in an election "
        "dominated by the price of food, fuel and tunnel tolls.",
        "The party won 10 of 33 seats in Thursday&#8217;s vote for the L&oslash;gting, the "
        "islands&#8217; parliament, three more than it won in 2021.",
        "The Social Democrats of the outgoing prime minister, R&uacute;ni Joensen, kept "
        "nine seats. The People&#8217;s Party, seen as the Union Party&#8217;s most likely "
        "partner, held its six, which would leave the two parties one seat short of a "
        "majority, so a third partner will be needed.",
        "Turnout was 87.9 per cent, high by European standards but normal for the islands.",
        "T&oacute;rur Hansen, the Union Party leader and a former ship&#8217;s engineer "
        "from Klaksv&iacute;k, is expected to lead the talks and has promised to cut the "
        "tolls on the undersea tunnels. "
        "&#8220;People want lower costs and a steadier hand at the wheel,&#8221; he said on "
        "election night.",
        "Analysts said the result reflected frustration over rising prices more than any "
        "shift on independence, a question that has long divided Faroese politics. "
        "&#8220;This was a kitchen-table election,&#8221; said Sunnv&aacute; Dahl, a "
        "political scientist at the University of the Faroe Islands. &#8220;Nobody voted "
        "on the constitution.&#8221;",
        "The outgoing coalition of the Social Democrats, the Republic and the Progress "
        "party lost its majority.",
        "The islands, home to about 55,000 people, are part of the Kingdom of Denmark but "
        "govern most domestic matters themselves. They send two members to the Danish "
        "parliament in Copenhagen.",
    ],
    standfirst="The pro-Denmark party is set to lead coalition talks after Thursday&#8217;s "
               "vote",
    byline="By Kirsten Lund in Copenhagen",
    caption="Ballot boxes are carried into the count at T&oacute;rshavn&#8217;s town hall "
            "on Thursday night. Photo: Courier",
    section="Europe",
    most_read=(
        "Energy bills to rise 6% from October",
        "Greenland minister resigns over mining licence",
        "Five things we learned from the party conference",
        "Sweden votes to keep krona, 54% to 46%",
    ),
)

_E2_MONITOR = _monitor_site(
    "Faroe Islands: why the Union Party won, and what Hansen must do next",
    [
        "Thursday&#8217;s election in the Faroe Islands has handed the Union Party and its "
        "leader, T&oacute;rur Hansen, the first chance to form a government.",
        "The party finished with 11 seats, a gain that came almost entirely at the expense "
        "of the outgoing coalition, whose voters in the northern islands and in the "
        "fishing villages of Su&eth;uroy stayed home or switched.",
        "Turnout, at 87.9%, was in line with past elections.",
        "Hansen, 51, has promised to cut tunnel tolls by a third and to review the "
        "salmon-farming tax. He met the People&#8217;s Party leadership on Monday to begin "
        "coalition talks, and officials on both sides expect that a third partner will be "
        "needed.",
        "The outgoing government&#8217;s most visible figure, fisheries minister Elin "
        "Poulsen of the Republic, said on election night that her party had paid the price "
        "for the salmon-farming tax. &#8220;We did the right thing and the voters have "
        "told us what they think of it,&#8221; she said.",
        "Since the last election, in December 2022, the cost of a weekly shop in "
        "T&oacute;rshavn has risen by about 18%, according to the islands&#8217; "
        "statistics office. That, more than any constitutional question, decided the "
        "vote.",
        "The Social Democrats, who kept their nine seats, are unlikely to join a government "
        "led by the Union Party, officials in both parties said.",
        "The Republic remains committed to independence from Denmark; the Union Party "
        "opposes it. Hansen has said the question &#8220;is not on the table for this "
        "parliament&#8221;.",
        "Whoever governs will also inherit an argument with Brussels and London over "
        "mackerel quotas, and a fishing agreement with Russia that several parties want to "
        "end.",
    ],
    kicker="Analysis",
    standfirst="Cost of living, not independence, decided the Faroese vote",
    author="Halla Sigur&eth;ard&oacute;ttir",
    glance=[
        ("Election day", "Thursday 25 September"),
        ("Seats in the L&oslash;gting", "33 (17 for a majority)"),
        ("Largest party", "Union Party, 11 seats"),
        ("Turnout", "87.9%"),
        ("Last election", "December 2022"),
    ],
    pull="&#8220;People want lower costs and a steadier hand.&#8221; &#8212; T&oacute;rur "
         "Hansen, Union Party leader",
    pull_after=3,
    most_read=(
        "Greenland&#8217;s new mine: 300 jobs and a fight over uranium",
        "Shetland&#8217;s ferries: a 40-year-old fleet",
        "Iceland&#8217;s central bank holds at 7.5%",
    ),
)


# ======================================================================================
# The battery
# ======================================================================================
_N = r"(?<![\d.,])"  # number must not continue a longer number on the left

STORIES: list[dict[str, Any]] = [
    _story("rocket-WN1", "rocket", "2025-08-19", [
        _page("https://www.pacificwire.example/science/meridian-vireo-third-flight-20250814",
              _R1_WIRE),
        _page("https://www.kgct7.example/news/local/vireo-rocket-launch-seadrift-calhoun",
              _R1_TV),
        _page("https://orbitledger.example/2025/08/15/vireo-flight-3-booster-b4-landing/",
              _R1_BLOG),
        _page("https://www.dailycourier.example/science/texas-rocket-booster-lands-at-sea",
              _R1_DAILY),
    ], [
        ("engine count",
         r"\bnine\b(?! min)|" + _N + r"9 ?(talon )?engines|^9$",
         r"\bseven\b(?! min)|" + _N + r"7 ?(talon )?engines|^7$"),
        ("booster name",
         r"\bb-?4\b|booster (no\.? ?)?(4|four)\b",
         r"\bb-?5\b|booster (no\.? ?)?(5|five)\b"),
        ("landing time",
         r"(\b7|seven) ?min(ute)?s?,?( and)? ?(10|ten)\b|t\+ ?0?7:10|\b7:10\b|" + _N
         + r"430 ?s",
         r"(\b8|eight) ?min(ute)?s?,?( and)? ?(40|forty)\b|t\+ ?0?8:40|\b8:40\b|" + _N
         + r"520 ?s"),
    ]),
    _story("rocket-WN2", "rocket", "2025-06-09", [
        _page("https://www.pacificwire.example/science/new-zealand-karearea-orbit-20250604",
              _R2_WIRE),
        _page("https://www.tasmanradio.example/news/national/southern-arc-karearea-orbit",
              _R2_RADIO),
        _page("https://orbitledger.example/2025/06/05/southern-arc-karearea-first-orbit/",
              _R2_BLOG),
    ], []),
    _story("quake-WN1", "earthquake", "2025-10-14", [
        _page("https://www.pacificwire.example/world/asia-pacific/indonesia-sulawesi-quake"
              "-20251010", _Q1_WIRE),
        _page("https://www.kgct7.example/news/world/deadly-earthquake-hits-indonesian-island",
              _Q1_TV),
        _page("https://www.heraldgazette.example/news/nation-world/quake-in-indonesia-kills"
              "-at-least-7", _Q1_REGIONAL),
        _page("https://www.tasmanradio.example/news/world/west-sulawesi-earthquake-seven-dead",
              _Q1_RADIO),
    ], [
        ("epicentre", r"majene", r"mamuju"),
        ("depth",
         _N + r"18 ?(km|kilomet)|" + _N + r"11 ?mi(les?)?\b",
         _N + r"30 ?(km|kilomet)|" + _N + r"19 ?mi(les?)?\b"),
        ("clock time",
         r"18[:.]?18|(?<!\d)0?2[:.]18",
         r"19[:.]?18|(?<!\d)0?3[:.]18"),
    ]),
    _story("quake-WN2", "earthquake", "2025-11-21", [
        _page("https://www.heraldgazette.example/news/local/quake-cape-mendocino-nov-17",
              _Q2_REGIONAL),
        _page("https://www.dailycourier.example/us/california-earthquake-humboldt-coast",
              _Q2_DAILY),
        _page("https://www.pacificwire.example/us/california-quake-humboldt-20251117",
              _Q2_WIRE),
    ], [
        ("weekday",
         r"monday|nov(ember)?\.? 17\b|2025-11-17|\b17 nov",
         r"tuesday|nov(ember)?\.? 18\b|2025-11-18|\b18 nov"),
        ("aftershock magnitude", _N + r"4\.4\b", _N + r"4\.9\b"),
        ("quote speaker", r"rourke|sheriff", r"nandakumar|emergency services"),
    ]),
    _story("elec-WN1", "election", "2025-12-18", [
        _page("https://www.kgct7.example/news/politics/port-marlow-mayor-runoff-results",
              _E1_TV),
        _page("https://bayline.example/2025/12/okonkwo-hale-runoff-win-by-the-numbers",
              _E1_CIVIC),
        _page("https://www.dailycourier.example/us/former-nurse-wins-texas-port-city-mayor",
              _E1_DAILY),
        _page("https://www.pacificwire.example/us/port-marlow-mayor-runoff-20251214",
              _E1_WIRE),
    ], [
        ("share change unit",
         _N + r"14\.7 ?(percentage[ -]points?|points?|pts?\b|pp\b)",
         _N + r"14\.7 ?(%|percent(?!age)|per cent|pct)"),
        ("swearing-in date",
         r"jan(uary)?\.? 6\b|2026-01-06|\b6 jan",
         r"jan(uary)?\.? 13\b|2026-01-13|\b13 jan"),
        ("concession day",
         r"sunday|dec(ember)?\.? 14\b|2025-12-14|\b14 dec",
         r"monday|dec(ember)?\.? 15\b|2025-12-15|\b15 dec"),
    ]),
    _story("elec-WN2", "election", "2025-09-30", [
        _page("https://www.pacificwire.example/world/europe/faroe-islands-election-20250926",
              _E2_WIRE),
        _page("https://www.dailycourier.example/world/faroe-voters-turn-to-union-party",
              _E2_DAILY),
        _page("https://www.northatlanticmonitor.example/politics/faroes-union-party-won",
              _E2_MONITOR),
    ], [
        ("seat count", _N + r"10\b(?! ?%)|\bten\b", _N + r"11\b(?! ?%)|\beleven\b"),
        ("title", r"financ", r"fisher"),
        ("previous election year", r"2022", r"2021"),
    ]),
]
