"""Part WI of the story battery (web pages).

Written by engineer WI1 on 2026-12-06 (sixteenth session, sixth batch) without reading
Storyline's rules or other parts, before any run. Scored with
`bench/bench_story_battery.py WI`.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by 3-4 invented outlets whose whole HTML pages (navigation, banners, share buttons, ads,
"Most read"/"Related" boxes about other news, captions, footers) are produced by one template
function per outlet. The election story is a control story with no planted disagreement.
"""

from __future__ import annotations

import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WI", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Split a blank-line separated block into paragraphs, joining wrapped lines."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        line = " ".join(part.strip() for part in block.splitlines() if part.strip())
        if line:
            out.append(line)
    return out


def _lis(items: list[str] | tuple[str, ...], href: str = "#") -> str:
    return "".join(f'<li><a href="{href}">{item}</a></li>' for item in items)


# ---------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. Clean <article>, dateline in the first paragraph,
# og:site_name always, article:published_time only when given, credit line at the end.
# ---------------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, section: str = "World",
               byline: str = "", credit: str = "", published: str | None = None,
               related: tuple[str, ...] = (), updated: str | None = None) -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f"{dateline} (Pacific Wire) &#8212; {p}"
        body.append(f"<p>{p}</p>")
    when = ""
    if published:
        when = f'<time class="stamp" datetime="{published}">{published[:10]}</time>'
    upd = f'<div class="stamp-upd">{updated}</div>' if updated else ""
    by = f'<div class="byline">By {byline}</div>' if byline else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
{meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/pw.css">
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="pw-top">
  <div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
  </ul></nav>
  <a class="pw-login" href="/login">Sign in</a>
</header>
<div id="consent" class="consent-bar" role="dialog">
  <p>We and our partners use cookies to personalise content and measure audiences.
  <a href="/privacy">Privacy notice</a></p>
  <button>Accept all</button> <button>Reject non-essential</button>
</div>
<main id="content">
<article class="pw-story">
  <div class="pw-kicker">{section}</div>
  <h1 class="pw-headline">{title}</h1>
  {by}
  {when}{upd}
  <div class="pw-share"><button>Share on Facebook</button><button>Post to X</button>
  <button>Copy link</button></div>
  <div class="pw-body">
{chr(10).join(body)}
  </div>
  <p class="pw-credit">{credit}</p>
  <p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire Trust Principles.</a></p>
</article>
<aside class="pw-related">
  <h2>Related coverage</h2>
  <ul>{_lis(related)}</ul>
</aside>
</main>
<footer class="pw-foot">
  <p>&copy; 2025 Pacific Wire News Agency. All rights reserved.</p>
  <p>Pacific Wire, 40 Harbour Lane, Singapore 049321 &middot; <a href="/contact">Contact</a>
  &middot; <a href="/terms">Terms of use</a> &middot; <a href="/ads">Advertise with us</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. <div> soup, JSON-LD when dated, photo caption
# before the lead, adverts between paragraphs, inline "Read more", Most read, newsletter.
# ---------------------------------------------------------------------------------------------
def _daily_site(title: str, paras: list[str], *, standfirst: str, byline: str,
                bio: str, section: str, published: str | None = None,
                caption: str | None = None, readmore: str | None = None,
                most_read: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": title, "datePublished": published,
                            "publisher": {"@type": "Organization",
                                          "name": "The Daily Courier"}})
              + "</script>\n")
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<div class="dc-par"><p>{p}</p></div>')
        if i == 1:
            parts.append('<div class="dc-ad dc-ad--mpu"><span>Advertisement</span>'
                         '<div id="gpt-mpu-1"></div></div>')
        if i == 3 and readmore:
            parts.append(f'<div class="dc-readmore"><strong>Read more:</strong> '
                         f'<a href="/news/related">{readmore}</a></div>')
        if i == 6:
            parts.append('<div class="dc-ad"><span>Advertisement</span>'
                         '<div id="gpt-mpu-2"></div></div>')
    fig = ""
    if caption:
        fig = (f'<div class="dc-media"><img src="/img/lead.jpg" alt="">'
               f'<div class="dc-caption">{caption}</div></div>')
    shown = ""
    if published:
        shown = f'<div class="dc-date">Published {published[:10]}</div>'
    tag_html = "".join(f'<a class="dc-tag" href="/tag">{t}</a>' for t in tags)
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The Daily Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Daily Courier">
{ld}</head>
<body class="dc-article">
<div class="dc-wrap">
 <div class="dc-masthead"><div class="dc-brand">The Daily Courier</div>
  <div class="dc-nav"><a href="/">Home</a> | <a href="/news">News</a> |
  <a href="/politics">Politics</a> | <a href="/business">Business</a> |
  <a href="/opinion">Opinion</a> | <a href="/sport">Sport</a> | <a href="/culture">Culture</a>
  </div>
  <div class="dc-sub">Subscribe for $1 a week &rarr;</div></div>
 <div class="dc-cookie">This site uses cookies. By continuing to browse you agree to our use
 of cookies. <a href="#">OK</a></div>
 <div class="dc-main">
  <div class="dc-left">
   <div class="dc-section">{section}</div>
   <h1 class="dc-title">{title}</h1>
   <div class="dc-standfirst">{standfirst}</div>
   <div class="dc-byline">By {byline}</div>
   {shown}
   <div class="dc-share"><a href="#">Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a>
   <a href="#">Copy link</a></div>
   {fig}
   <div class="dc-body">
{chr(10).join(parts)}
   </div>
   <div class="dc-tags">{tag_html}</div>
   <div class="dc-bio"><strong>{byline}</strong> {bio}</div>
   <div class="dc-comments"><a href="#comments">View comments</a></div>
  </div>
  <div class="dc-right">
   <div class="dc-mostread"><div class="dc-h">Most read</div><ol>{_lis(most_read)}</ol></div>
   <div class="dc-newsletter"><div class="dc-h">The Morning Courier</div>
   <p>Get the day&#8217;s top stories in your inbox every weekday at 6 a.m.</p>
   <input type="email" placeholder="Your email"><button>Sign up</button></div>
   <div class="dc-ad dc-ad--sky"><span>Advertisement</span></div>
  </div>
 </div>
 <div class="dc-footer">&copy; The Daily Courier Ltd 2025. 18 Printing House Square, New York,
 NY 10038. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a>
 &middot; <a href="/corrections">Corrections</a></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 3: KQAB 4 NewsCenter, a local TV station site (Albuquerque). Headline in a styled
# <div>, paragraphs separated with <br><br>, weather widget, trending list, app promo.
# ---------------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, reporter: str, stamp: str | None = None,
             trending: tuple[str, ...] = (), video_caption: str | None = None) -> str:
    body = "<br><br>\n".join(paras)
    stamp_html = f'<div class="tv-stamp">{stamp}</div>' if stamp else ""
    vid = ""
    if video_caption:
        vid = (f'<div class="tv-video"><div class="tv-player">&#9654; Watch</div>'
               f'<div class="tv-vcap">{video_caption}</div></div>')
    return f"""<html>
<head>
<title>{title} | KQAB 4 NewsCenter</title>
<meta name="description" content="{title}">
<meta name="twitter:site" content="@KQAB4">
</head>
<body>
<div id="tv-header">
 <div class="tv-logo">KQAB <span>4</span> NewsCenter</div>
 <div class="tv-menu"><a href="/news">News</a> <a href="/weather">Weather</a>
 <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> <a href="/watch">Watch Live</a>
 <a href="/contests">Contests</a></div>
 <div class="tv-weather">Albuquerque <b>Partly Cloudy</b> &middot; 7-Day Forecast</div>
</div>
<div class="tv-alert">WATCH: KQAB 4 News at 10 streaming now</div>
<div id="tv-page">
 <div class="tv-col-main">
  <div class="story-headline" style="font-size:32px;font-weight:700">{title}</div>
  <div class="tv-author">Author: {reporter}</div>
  {stamp_html}
  <div class="tv-social"><a href="#">Share on Facebook</a> &middot; <a href="#">Share on X</a>
  &middot; <a href="#">Email</a></div>
  {vid}
  <div class="story-body">
{body}
  </div>
  <div class="tv-tips">Have a news tip? Email newsdesk@kqab4.example or call 505-555-0144.
  </div>
 </div>
 <div class="tv-col-side">
  <div class="tv-trending"><h3>Trending on KQAB4.example</h3><ul>{_lis(trending)}</ul></div>
  <div class="tv-app">Download the KQAB 4 app for breaking news alerts.</div>
  <div class="tv-ad">Advertisement</div>
 </div>
</div>
<div id="tv-footer">&copy; 2025 KQAB-TV. All Rights Reserved. 4 Broadcast Plaza SW,
Albuquerque, NM 87102. <a href="#">EEO Report</a> | <a href="#">FCC Public File</a> |
<a href="#">Closed Captioning</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 4: Basis Point, a WordPress finance blog. entry-content, tags, author box,
# comments count, sidebar with recent posts, disclosure line.
# ---------------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, post_id: int, category: str,
               shown: str | None = None, published: str | None = None,
               tags: tuple[str, ...] = (), recent: tuple[str, ...] = (),
               comments: int = 0, relative: str | None = None) -> str:
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}" />\n'
    posted = ""
    if shown:
        posted = (f'<span class="posted-on">Posted on <time class="entry-date published" '
                  f'datetime="{published or ""}">{shown}</time></span>')
    elif relative:
        posted = f'<span class="posted-on">{relative}</span>'
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_html = ", ".join(f'<a href="/tag/" rel="tag">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>{title} &#8211; Basis Point</title>
<meta property="og:site_name" content="Basis Point" />
{meta}<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/style.css' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/">Basis Point</a></p>
 <p class="site-description">Markets, macro and the occasional rant</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
 <li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/macro">Macro</a>
 </li><li class="menu-item"><a href="/equities">Equities</a></li>
 <li class="menu-item"><a href="/about">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">
 <header class="entry-header">
  <span class="cat-links"><a href="/category/" rel="category tag">{category}</a></span>
  <h1 class="entry-title">{title}</h1>
  <div class="entry-meta">{posted}
  <span class="byline"> by <span class="author vcard"><a href="/author/">Nate Ferris</a></span>
  </span></div>
 </header>
 <div class="entry-content">
{body}
<p class="disclosure"><em>Disclosure: nothing here is investment advice. I may hold positions
in instruments mentioned.</em></p>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Twitter</a></li>
<li><a class="share-facebook" href="#">Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li></ul></div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About Nate Ferris</h2>
<p class="author-bio">Nate spent eleven years on a rates desk before starting this blog in
2019. He writes about central banks, trade and anything with a yield.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} Comments</h2>
<p><a href="#respond">Leave a Reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
 <section class="widget widget_search"><form><input type="search" placeholder="Search &hellip;">
 </form></section>
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
 <ul>{_lis(recent)}</ul></section>
 <section class="widget"><h2 class="widget-title">Subscribe</h2><p>Get new posts by
 email.</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Basis Point
&middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 5: NBS News, a public broadcaster. <main>/<article>, figure with "Image caption",
# optional Updated line, "More on this story", "Related topics", no og tags.
# ---------------------------------------------------------------------------------------------
def _broadcaster_site(title: str, paras: list[str], *, caption: str | None = None,
                      credit: str = "", updated: str | None = None,
                      published: str | None = None, more: tuple[str, ...] = (),
                      topics: tuple[str, ...] = (), crosshead: dict[int, str] | None = None
                      ) -> str:
    fig = ""
    if caption:
        fig = (f'<figure class="nbs-fig"><img src="/media/1.jpg" alt="">'
               f'<figcaption><span class="vh">Image caption, </span>{caption}'
               f'<span class="nbs-credit">{credit}</span></figcaption></figure>')
    stamp = ""
    if published:
        stamp = f'<time datetime="{published}" class="nbs-time">{updated or ""}</time>'
    elif updated:
        stamp = f'<div class="nbs-time">{updated}</div>'
    body = []
    for i, p in enumerate(paras):
        if crosshead and i in crosshead:
            body.append(f"<h2 class=\"nbs-cross\">{crosshead[i]}</h2>")
        body.append(f'<p class="nbs-p">{p}</p>')
    topic_html = "".join(f'<li><a href="/topics">{t}</a></li>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div id="nbs-skip"><a href="#main-content">Skip to content</a></div>
<div class="nbs-cookie"><h2>Let us know you agree to cookies</h2><p>We use cookies to give you
the best online experience. <button>Yes, I agree</button> <button>No, take me to settings</button>
</p></div>
<header class="nbs-masthead"><a href="/" class="nbs-logo">NBS</a>
<nav><a href="/news">Home</a> <a href="/news/world">World</a> <a href="/news/business">Business
</a> <a href="/news/science">Science</a> <a href="/news/politics">Politics</a>
<a href="/sounds">Radio</a> <a href="/weather">Weather</a></nav></header>
<main id="main-content">
<article>
<header><h1 id="main-heading">{title}</h1>{stamp}</header>
<div class="nbs-share"><button aria-label="Share">Share</button>
<button aria-label="Save">Save</button></div>
{fig}
<div class="nbs-text">
{chr(10).join(body)}
</div>
<section class="nbs-more"><h2>More on this story</h2><ul>{_lis(more)}</ul></section>
<section class="nbs-topics"><h2>Related topics</h2><ul>{topic_html}</ul></section>
</article>
</main>
<footer class="nbs-foot"><ul><li><a href="/terms">Terms of Use</a></li>
<li><a href="/about">About the NBS</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/accessibility">Accessibility Help</a></li></ul>
<p>Copyright &copy; 2025 NBS. The NBS is not responsible for the content of external sites.
</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 6: The Rio Grande Herald, a regional paper drowning in ads. Table layout, paragraphs as
# <div class="art-p">, an ad after every second paragraph, paywall teaser, sponsored links.
# ---------------------------------------------------------------------------------------------
def _regional_site(title: str, paras: list[str], *, byline: str, shown: str | None = None,
                   popular: tuple[str, ...] = (), sponsored: tuple[str, ...] = (),
                   note: str | None = None) -> str:
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<div class="art-p">{p}</div>')
        if i % 2 == 1 and i < len(paras) - 1:
            parts.append(f'<div class="ad-slot" id="ad-inline-{i}">ADVERTISEMENT<br>'
                         f'<span class="ad-note">Ad closes in 5</span></div>')
    date_html = f'<span class="art-date">{shown}</span>' if shown else ""
    note_html = f'<div class="art-note"><i>{note}</i></div>' if note else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | The Rio Grande Herald</title>
</head>
<body bgcolor="#ffffff">
<div class="ad-leader">ADVERTISEMENT</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="rgh-logo"><a href="/">The Rio Grande Herald</a><br><small>Serving the Rio Grande
valley since 1911</small></td>
<td class="rgh-links"><a href="/news">Local News</a> &middot; <a href="/state">State</a> &middot;
<a href="/obits">Obituaries</a> &middot; <a href="/sports">Prep Sports</a> &middot;
<a href="/classifieds">Classifieds</a> &middot; <a href="/eedition">e-Edition</a></td>
</tr></table>
<div class="paywall-teaser">You have <b>2</b> free articles left this month. <a href="/subscribe">
Subscribe now for 99&cent;</a></div>
<table width="100%"><tr><td valign="top" width="70%">
<div class="art-head"><b><font size="5">{title}</font></b></div>
<div class="art-by">{byline} {date_html}</div>
<div class="art-tools">Print &middot; Email &middot; Share on Facebook &middot; Tweet</div>
<div class="ad-slot">ADVERTISEMENT</div>
{chr(10).join(parts)}
{note_html}
<div class="ad-slot">ADVERTISEMENT</div>
<div class="rgh-sponsored"><b>Sponsored Content</b><ul>{_lis(sponsored)}</ul></div>
</td><td valign="top">
<div class="ad-slot ad-tall">ADVERTISEMENT</div>
<div class="rgh-popular"><b>Most Popular</b><ol>{_lis(popular)}</ol></div>
<div class="ad-slot ad-tall">ADVERTISEMENT</div>
</td></tr></table>
<div class="rgh-foot">The Rio Grande Herald &middot; 212 Lead Ave. SE, Albuquerque, NM 87102
&middot; &copy; Copyright 2025, Rio Grande Media Group. Terms of Service.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 7: LaunchPad Report, a niche space-news site. Fact box (launch stats) belonging to the
# article, section.post markup, comment thread teaser.
# ---------------------------------------------------------------------------------------------
def _space_site(title: str, paras: list[str], *, author: str, facts: list[tuple[str, str]],
                published: str | None = None, shown: str | None = None,
                caption: str | None = None, upcoming: tuple[str, ...] = ()) -> str:
    meta = ""
    if published:
        meta = f'<meta itemprop="datePublished" content="{published}">\n'
    box = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    body = "\n".join(f"<p>{p}</p>" for p in paras[:3])
    rest = "\n".join(f"<p>{p}</p>" for p in paras[3:])
    cap = ""
    if caption:
        cap = (f'<div class="lp-photo"><img src="/p.jpg" alt="">'
               f'<p class="lp-cap">{caption}</p></div>')
    when = f'<span class="lp-when">{shown}</span>' if shown else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} &mdash; LaunchPad Report</title>
<meta property="og:site_name" content="LaunchPad Report">
{meta}</head>
<body>
<div class="lp-bar"><a href="/">LaunchPad Report</a> <a href="/schedule">Launch Schedule</a>
<a href="/news">News</a> <a href="/reviews">Reviews</a> <a href="/patreon">Support us</a></div>
<section class="post" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="post-title" itemprop="headline">{title}</h1>
<div class="post-meta">by <span itemprop="author">{author}</span> {when}</div>
{cap}
{body}
<div class="lp-factbox"><h4>Mission facts</h4><dl>{box}</dl></div>
{rest}
<div class="lp-support">LaunchPad Report is reader-funded. Become a supporter for $3 a month.
</div>
</section>
<section class="lp-upcoming"><h3>Upcoming launches</h3><ul>{_lis(upcoming)}</ul></section>
<div class="lp-comments">Join the discussion &mdash; 87 comments</div>
<div class="lp-foot">&copy; 2025 LaunchPad Report. Titusville, FL.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Outlet 8: Andes Post, an English-language Latin American news site. Title in a styled <div>,
# Spanish-flavoured furniture ("Lo más leído"), JSON-LD when dated.
# ---------------------------------------------------------------------------------------------
def _andes_site(title: str, paras: list[str], *, author: str, published: str | None = None,
                shown: str | None = None, caption: str | None = None,
                lo_mas: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@type": "NewsArticle", "datePublished": published,
                            "author": {"@type": "Person", "name": author}})
              + "</script>\n")
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    cap = ""
    if caption:
        cap = f'<div class="foto"><img src="/f.jpg" alt=""><span class="pie">{caption}</span></div>'
    when = f'<div class="fecha">{shown}</div>' if shown else ""
    tag_html = " ".join(f'<a href="/etiqueta">#{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Andes Post</title>
<meta property="og:site_name" content="Andes Post">
{ld}</head>
<body>
<div class="barra"><a href="/">Andes Post</a> &middot; <a href="/peru">Peru</a> &middot;
<a href="/chile">Chile</a> &middot; <a href="/bolivia">Bolivia</a> &middot;
<a href="/economia">Economy</a> &middot; <a href="/es">Edición en español</a></div>
<div class="cookies">Usamos cookies / We use cookies. <a href="#">Aceptar</a></div>
<div class="nota">
 <div class="seccion">Peru</div>
 <div class="titulo" style="font:700 30px Georgia">{title}</div>
 <div class="autor">{author}</div>
 {when}
 <div class="compartir">WhatsApp &middot; Facebook &middot; X &middot; Copiar enlace</div>
 {cap}
 <div class="cuerpo">
{body}
 </div>
 <div class="etiquetas">{tag_html}</div>
</div>
<div class="lomas"><h3>Lo más leído / Most read</h3><ol>{_lis(lo_mas)}</ol></div>
<div class="boletin">Sign up for the Andes Post morning briefing. <button>Suscribirse</button>
</div>
<div class="pie-pagina">&copy; 2025 Andes Post S.A.C. Av. Larco 1150, Miraflores, Lima.</div>
</body>
</html>
"""


# =============================================================================================
# Story 1 (trade): the Copenhagen round of US-China talks, Mon 20 - Tue 21 October 2025.
# =============================================================================================
_TRADE_WIRE = _paras("""
The United States and China agreed on Tuesday to extend their tariff truce by another 90 days,
leaving US duties on Chinese goods at 30% and China&#8217;s levies on American products at 10%
while negotiators work toward a broader deal, officials from both sides said after two days of
talks in the Danish capital.

The truce had been due to expire on November 10. Treasury Secretary Daniel Whitcombe, who led
the US team alongside Trade Representative Priya Castellano, told reporters the extension would
&#8220;give both sides room to finish the hard parts.&#8221;

China&#8217;s delegation was headed by Vice Premier Han Zhiwei, Beijing&#8217;s top economic
envoy, who has led every round since the two sides first met in Geneva in May.

The second day&#8217;s session, held at the Eigtveds Pakhus conference centre near the
waterfront, ran nearly five hours, according to a US official who briefed reporters on
condition of anonymity. Monday&#8217;s opening meeting dealt mostly with agriculture.

Under the arrangement, China will resume purchases of American soybeans, committing to buy at
least 12 million metric tons before the end of February, and will issue general licences for
exports of rare-earth magnets, a sticking point since Beijing tightened its controls in April.

Washington, for its part, agreed to delay for a year a planned fee on Chinese-built ships
docking at US ports, a measure that shipping lines had warned would raise freight costs.

Negotiators will meet again on December 9 in Washington, Whitcombe said, adding that he hoped
the leaders of the two countries could sign off on a fuller agreement early next year.

The truce dates back to the Geneva meeting, when the two sides agreed to cut duties that had
reached 145% on Chinese goods and 125% on US goods. A round in London in June produced a
framework on export controls, and follow-up talks in Stockholm in July and Madrid in September
kept the pause in place.

Xinhua, China&#8217;s state news agency, quoted Han as saying the discussions had been
&#8220;frank, in-depth and constructive&#8221; and that both sides should &#8220;meet each
other halfway.&#8221;

Semiconductor export controls, which Beijing wants loosened, were not part of the package,
according to both the US official and a person familiar with the Chinese position.
""")

_TRADE_DAILY = _paras("""
American and Chinese negotiators wrapped up two days of talks in Copenhagen on Tuesday with an
agreement to prolong their fragile tariff ceasefire for three more months, pushing back a
deadline that had loomed on November 10.

The extension keeps in place the 30 per cent tariff Washington charges on most Chinese imports
and the 10 per cent duty Beijing imposes on American goods. Without it, both sides had
threatened to snap back to far higher rates.

<strong>Priya Castellano</strong>, the US Trade Representative, called the outcome &#8220;a
floor, not a ceiling.&#8221; &#8220;We have not solved everything,&#8221; she said outside the
venue. &#8220;But we are no longer arguing about whether to keep talking.&#8221;

Vice Premier Han Zhiwei, who headed the Chinese team, did not speak to reporters. Xinhua, the
state news agency, quoted him as saying the two countries should &#8220;meet each other half
way&#8221; and avoid &#8220;unilateral escalation.&#8221;

The most concrete gains came on agriculture and minerals. China will buy at least 12 million
tonnes of US soybeans by the end of February, according to a White House fact sheet, and will
grant general licences for rare-earth magnet exports, easing a bottleneck that has idled some
carmakers&#8217; assembly lines.

Treasury Secretary Daniel Whitcombe said the next round would take place in Washington on
December 16, and that he expected both presidents to review the text &#8220;well before the
truce runs out.&#8221;

It is the fifth round of talks since May, when the two sides met in
<a href="/world/geneva-tariffs">Geneva</a> and agreed to cut tariffs from triple-digit levels.
The London round in June lasted two days and was followed by meetings in Stockholm and Madrid.

Trade between the two economies has still fallen sharply. Chinese customs data showed exports
to the United States dropped 27% in September from a year earlier, even as shipments to
Southeast Asia climbed.

Analysts were cautious. &#8220;This is a truce about the truce,&#8221; said Meredith Hsu, a
trade economist at the Halvorsen Institute. &#8220;The tough issues, chips above all, were
parked again.&#8221;

The United States also agreed to postpone for a year its planned port fees on Chinese-built
vessels, a move welcomed by shipping companies and by retailers worried about holiday-season
freight.
""")

_TRADE_BLOG = _paras("""
Another 90 days. That is what negotiators from Washington and Beijing bought themselves on
Tuesday in Copenhagen, extending the tariff truce that was set to lapse on November 10.

For markets, the headline numbers did not move: US tariffs on Chinese imports stay at
<strong>30%</strong>, and China&#8217;s retaliatory tariffs on US goods stay at
<strong>10%</strong>. What changed is the tail risk. A snap-back to the triple-digit rates we
saw in April is off the table until at least February.

The S&amp;P 500 closed up 0.6% on Tuesday, led by chipmakers and farm-equipment names. Soybean
futures in Chicago gained 1.8% on the day, and the offshore yuan firmed to 7.11 per dollar.

The Chinese side was led by Finance Minister Han Zhiwei, while the US team was headed by
Treasury Secretary Daniel Whitcombe together with USTR Priya Castellano. The next round is
pencilled in for December 9 in Washington.

What is in the deal, as far as I can tell from the statements: China commits to at least 12
million metric tons of US soybean purchases by the end of February; it will issue general
licences for rare-earth magnet exports; and the US pushes back its port fees on Chinese-built
ships by a year.

Whitcombe&#8217;s line to reporters was that the extension gives both sides &#8220;room to
finish the hard parts.&#8221; Han, via Xinhua, urged Washington to meet China
&#8220;halfway.&#8221;

My take: positive but incremental. The big-ticket item, export controls on advanced chips, was
not resolved. Recall that the London round in June ended with a framework that took six weeks
to implement, so I would not expect the soybean numbers to show up in the weekly export sales
data before mid-November.

Positioning: I remain overweight US agriculture names and neutral on China ADRs. I trimmed my
shipping exposure last week and am not adding back on this news.

One more thing worth watching is the calendar. February is also when the Chinese new year
distorts trade data, so the first clean read on whether purchases actually happened will come
in March at the earliest.
""")

_TRADE_NBS = _paras("""
The US and China have agreed to extend a pause on higher tariffs for a further 90 days, after
two days of negotiations in Denmark.

The truce, which had been due to end on 10 November, keeps US tariffs on most Chinese goods at
30% and Chinese tariffs on US goods at 10%.

US Treasury Secretary Daniel Whitcombe said the talks had been &#8220;candid and
productive&#8221;. Tuesday&#8217;s session lasted three hours and 20 minutes, according to
Denmark&#8217;s foreign ministry, which hosted the meeting.

China&#8217;s team was led by Vice-Premier Han Zhiwei. In comments carried by the state news
agency Xinhua, he said both countries should meet each other halfway, and he warned against
&#8220;unilateral&#8221; steps.

As part of the deal, China will restart large-scale purchases of American soybeans and ease
licensing for exports of rare-earth magnets, which are used in everything from electric cars to
fighter jets.

The US will hold off for a year on charging fees to Chinese-built ships arriving at American
ports.

The two sides will meet again in Washington in December.

Trade between the world&#8217;s two largest economies fell sharply after tariffs were raised in
the spring. At one point in April, US duties on Chinese imports reached 145% and China&#8217;s
on US goods reached 125%.

Those rates were cut in Geneva in May, in what became the first of a series of meetings. Talks
in London in June ran for almost 20 hours over two days.

Farm groups welcomed the news. The American Soybean Association said growers had &#8220;lost
most of an export season&#8221; to the dispute and urged both governments to lock in the
purchases.

Denmark&#8217;s foreign minister said his country had been glad to offer neutral ground, and
thanked both delegations for &#8220;choosing dialogue&#8221;.
""")

_TRADE_RELATED_WIRE = (
    "US-China talks to open in Copenhagen on Monday, officials confirm",
    "Fed cuts rates by a quarter point, signals caution on December",
    "Japan's exports rise 4.2% in September on chip demand",
    "EU and India aim to close free-trade deal by year-end",
)
_TRADE_MOST_READ = (
    "Mortgage rates slip to 6.19%, lowest in three years",
    "Court blocks city&#8217;s 12% rent cap",
    "Storm leaves 40,000 without power across the Northeast",
    "Opinion: Why the Fed should wait until January",
)

_S_TRADE = _story("trade-WI1", "trade", "2025-11-02", [
    _page("https://www.pacificwire.example/world/us-china-copenhagen-truce-2025-10-21",
          _wire_site("US and China agree to extend tariff truce by 90 days after Copenhagen "
                     "talks", _TRADE_WIRE, dateline="COPENHAGEN", section="World",
                     byline="Lena S&#248;rgaard and Tom Achebe",
                     credit="Reporting by Lena S&#248;rgaard in Copenhagen and Tom Achebe in "
                            "Washington; Editing by Mark Ruiz",
                     published="2025-10-21T19:05:00Z", related=_TRADE_RELATED_WIRE)),
    _page("https://www.dailycourier.example/business/2025/tariff-truce-extended-copenhagen",
          _daily_site("Washington and Beijing buy time as Copenhagen round ends",
                      _TRADE_DAILY,
                      standfirst="Three-month extension keeps 30% US duties in place; soybeans "
                                 "and rare earths at the heart of the deal",
                      byline="Caroline Mbeki",
                      bio="is the Courier&#8217;s economics correspondent.",
                      section="Business",
                      caption="Treasury Secretary Daniel Whitcombe, left, greets Vice Premier "
                              "Han Zhiwei in Copenhagen. Photo: Courier staff",
                      readmore="Soybean farmers brace for another season of uncertainty",
                      most_read=_TRADE_MOST_READ, tags=("Trade", "China", "Tariffs"))),
    _page("https://basispoint.example/2025/10/22/tariff-truce-rolls-on-copenhagen/",
          _blog_site("Tariff truce rolls on: what the Copenhagen extension means for markets",
                     _TRADE_BLOG, post_id=4312, category="Macro",
                     shown="October 22, 2025", published="2025-10-22T07:30:00-04:00",
                     tags=("China", "Tariffs", "Soybeans", "Rare earths"),
                     recent=("Fed minutes: three things I noticed",
                             "Q3 earnings scorecard: 78% beat so far",
                             "Why I am not chasing gold above $4,000"),
                     comments=14)),
    _page("https://www.nbsnews.example/news/business-68211450",
          _broadcaster_site("US and China extend tariff pause after Copenhagen talks",
                            _TRADE_NBS,
                            caption="The talks were held at a conference centre on "
                                    "Copenhagen&#8217;s waterfront",
                            credit="Getty Images",
                            crosshead={7: "Why does this matter?"},
                            more=("Copenhagen to host next round of US-China trade talks",
                                  "China&#8217;s exports to US fall sharply in September",
                                  "EU electric car tariffs: what you need to know"),
                            topics=("US-China trade", "Tariffs", "Denmark"))),
], [
    ("duration", r"nearly five hours|\bfive hours|(?<![\d.])5 ?(hours?|hrs?|h)\b",
     r"three hours and 20|(?<![\d.])3 ?(hours?|hrs?|h) ?(and )?20|\b3:20\b|200 ?min"),
    ("title", r"vice[- ]?premier", r"financ(e|ial) minister|minister of finance"),
    ("date", r"dec(ember|\.)? ?9\b|\b9 dec|2025-12-09|12/9\b",
     r"dec(ember|\.)? ?16\b|\b16 dec|2025-12-16|12/16\b"),
])


# =============================================================================================
# Story 2 (court): New Mexico Supreme Court voids the produced-water fee, Thu 26 June 2025.
# =============================================================================================
_COURT_WIRE = _paras("""
New Mexico&#8217;s Supreme Court on Thursday struck down a per-barrel fee on the wastewater
pumped up alongside oil and gas, ruling 3-2 that state regulators had imposed a tax they had
no power to levy.

The fee of 3 cents per barrel of so-called produced water was adopted by the Oil Conservation
Commission in 2023 and has raised about $212 million since it took effect that September,
money the state has spent on plugging abandoned wells.

Writing for the majority, Justice Daniel Archuleta said the charge &#8220;bears every hallmark
of a tax&#8221;: it was mandatory, unconnected to any service the producers received, and paid
into a fund for general public purposes. &#8220;Only the Legislature may tax,&#8221; he wrote.

Chief Justice Ramona Baca wrote the dissent, arguing that the commission&#8217;s broad
authority to prevent waste and protect groundwater included the power to recover the cost of
doing so.

The court sent the case back to the district court in Santa Fe, which had upheld the fee in
2024, to decide whether and how the money already collected should be returned.

Attorney General Lucia Benavidez said her office was reviewing the decision. The New Mexico Oil
&amp; Gas Producers Coalition, which brought the challenge, called the ruling &#8220;a win for
the rule of law and for every business that pays its taxes.&#8221;

New Mexico has more than 1,700 orphaned wells, according to the state Energy, Minerals and
Natural Resources Department. Environmental groups warned that the decision could slow
plugging work that had sped up since 2023.

Produced water is the salty, often contaminated water that comes to the surface with oil. The
Permian Basin of southeastern New Mexico generates several barrels of it for every barrel of
crude.

The ruling is a rare instance of the court voiding a charge set by a state agency. In 2019 it
unanimously upheld a landfill fee imposed by the Environment Department, finding that the money
paid for inspections of the landfills themselves.
""")

_COURT_TV = _paras("""
The New Mexico Supreme Court has thrown out a fee charged on wastewater from oil and gas wells,
a decision that puts more than $200 million in question.

In a 3-2 decision released Thursday, the justices sided with oil producers who argued the Oil
Conservation Commission overstepped its authority when it created the fee in 2023.

The fee is three cents for every barrel of produced water &#8212; the salty water that comes up
with oil and gas. Since September 2023 it has brought in about $212 million.

Justice Daniel Archuleta wrote the majority opinion. Chief Justice Ramona Baca dissented.

&#8220;This was always about who gets to raise taxes in New Mexico,&#8221; said Grant
Pettibone, a lawyer for the producers&#8217; coalition. &#8220;The answer is the Legislature,
and today the court said so.&#8221;

The money has been used to cap old, leaking wells that no company is responsible for anymore.
The state says there are more than 1,700 of them.

Sandra Yazzie with the group Clean Water Southwest told KQAB 4 the ruling is a setback for
families who live near those wells. &#8220;Those wells don&#8217;t plug themselves,&#8221; she
said.

The case now goes back to a district court in Santa Fe, which will decide what happens to the
money that has already been collected.

Attorney General Lucia Benavidez&#8217;s office said it is reviewing the decision.

Some lawmakers told KQAB 4 they may try to write the fee into state law during the next
legislative session, which starts in January.

KQAB 4 first reported on the lawsuit in 2024, when a Santa Fe district judge upheld the fee and
the producers appealed.
""")

_COURT_REGIONAL = _paras("""
SANTA FE &#8212; The state Supreme Court has struck down a fee on oil and gas wastewater that
raised about $212 million for well cleanup, handing the industry a major win.

The justices ruled 4-1 on Thursday that the Oil Conservation Commission lacked the authority to
impose the 3-cent-per-barrel charge on produced water, which the commission adopted in 2023.

Justice Daniel Archuleta wrote for the majority that the fee was a tax in all but name. Chief
Justice Ramona Baca was the only member of the court to dissent.

Southeastern New Mexico, home to the state&#8217;s share of the Permian Basin, pumps the vast
majority of the state&#8217;s oil. Lea and Eddy counties alone account for more than 90% of
output, according to state figures.

Local officials in Carlsbad said the ruling could slow the plugging of abandoned wells near the
city. &#8220;We have wells leaking in people&#8217;s back pastures,&#8221; said Eddy County
Commissioner Ray Dominguez. &#8220;Somebody has to pay to close them.&#8221;

State regulators have used the fee to plug more than 400 orphaned wells since 2023, according
to the Energy, Minerals and Natural Resources Department.

The case returns to the 1st Judicial District Court in Santa Fe to sort out refunds. Attorney
General Lucia Benavidez said her office was studying the opinion.

Grant Pettibone, who represented the producers, said companies had paid the fee &#8220;under
protest from day one&#8221; and expected the money back.

The ruling comes two years after the Legislature rejected a bill that would have written a
similar fee into state law. Its sponsor, state Sen. Alma Trujillo of Las Cruces, said Thursday
she would try again.
""")

_COURT_DAILY = _paras("""
New Mexico&#8217;s highest court has ruled that state oil regulators overstepped their
authority by charging drillers a fee on produced water, the briny wastewater that gushes up
with crude, in a decision that could cost the state more than $200 million.

The 3-2 ruling on Thursday found that the charge, set at 3 cents a barrel by the Oil
Conservation Commission in 2023, was in effect a tax, which only the Legislature can impose.

&#8220;An agency cannot create a revenue stream simply by calling it a fee,&#8221; Justice
Helen Vandermeer wrote for the majority.

In dissent, Chief Justice Ramona Baca warned that the decision would &#8220;leave the public to
pay for the industry&#8217;s abandoned wells.&#8221;

The fee has brought in about $212 million since September 2023. The state has used it to plug
wells left behind by bankrupt or vanished operators; New Mexico counts more than 1,700 such
orphaned wells.

The producers&#8217; coalition welcomed the ruling. Environmental groups called it a blow to
communities in the Permian Basin, where methane leaks from unplugged wells have drawn
complaints for years.

The case now returns to the district court in Santa Fe, which had upheld the fee, to decide
what happens to the money already collected. Attorney General Lucia Benavidez said she was
reviewing the opinion.

The ruling comes as New Mexico&#8217;s oil output has soared. The state pumped about 2 million
barrels a day last year, second only to Texas, and oil and gas money supplies roughly a third
of its general fund.

Similar fights are playing out elsewhere. In March, Colorado&#8217;s Supreme Court upheld a
per-well fee on drillers in a 5-2 decision, finding that the money paid for inspections.

The New Mexico justices heard arguments in the case in January.
""")

_S_COURT = _story("court-WI1", "court", "2025-07-10", [
    _page("https://www.pacificwire.example/legal/new-mexico-produced-water-fee-ruling",
          _wire_site("New Mexico top court strikes down produced-water fee on oil drillers",
                     _COURT_WIRE, dateline="SANTA FE, N.M.", section="Legal",
                     byline="Andrea Whitehorse",
                     credit="Reporting by Andrea Whitehorse; Editing by Clare Duval",
                     published="2025-06-26T22:14:00Z",
                     related=("Texas appeals court revives $1.2 billion royalty suit",
                              "Oil settles at $64.80 as OPEC+ weighs output",
                              "Supreme Court to hear pipeline easement case in October"))),
    _page("https://www.kqab4.example/article/news/local/nm-supreme-court-wastewater-fee/"
          "65-9d1c2e",
          _tv_site("NM Supreme Court tosses oil wastewater fee; $212M at stake", _COURT_TV,
                   reporter="Marcos Olguin", stamp="Posted 2 weeks ago",
                   video_caption="The ruling could affect how the state pays to cap "
                                 "abandoned wells.",
                   trending=("Balloon Fiesta announces 2025 mass ascension schedule",
                             "I-25 crash leaves 2 injured near Bernalillo",
                             "APS board approves 4% raises for teachers",
                             "Monsoon moisture brings 40% chance of storms Friday"))),
    _page("https://www.riograndeherald.example/news/state/justices-void-wastewater-fee/"
          "article_7f1e.html",
          _regional_site("High court strikes down wastewater fee on oil producers",
                         _COURT_REGIONAL, byline="By Jolene Begay, Herald Capitol Bureau",
                         shown="06/27/2025",
                         popular=("Rio Rancho council approves $48 million budget",
                                  "Obituary: Eloy Sandoval, 91",
                                  "Valley High wins state title in 7-6 thriller",
                                  "Roadwork to close Coors Blvd. lanes through August"),
                         sponsored=("Doctors stunned by this one knee trick",
                                    "Albuquerque homeowners: check your roof eligibility"),
                         note="Correction: An earlier version of this story misspelled the "
                              "name of the Eddy County commissioner quoted.")),
    _page("https://www.dailycourier.example/us/2025/new-mexico-court-oil-water-fee",
          _daily_site("Court rules New Mexico regulators overstepped with oilfield water fee",
                      _COURT_DAILY,
                      standfirst="Decision puts more than $200 million for well clean-up in "
                                 "doubt",
                      byline="Peter Lindahl",
                      bio="covers energy and the environment from Denver.",
                      section="US news",
                      caption="File photo: A pumpjack outside Carlsbad, New Mexico.",
                      readmore="The West&#8217;s orphaned-well problem, in five charts",
                      most_read=("Heatwave pushes Phoenix past 115F for third day",
                                 "Senate passes $9 billion rescissions package",
                                 "Why egg prices are falling again"),
                      tags=("New Mexico", "Oil", "Courts"))),
], [
    ("split", r"(?<![\d.])3 ?([-–—‐]|to) ?2(?![\d.])|three[- ]to[- ]two|"
     r"three (of the five )?justices",
     r"(?<![\d.])4 ?([-–—‐]|to) ?1(?![\d.])|four[- ]to[- ]one|four (of the five )?justices|"
     r"lone dissent|only (member|justice)"),
    ("name", r"archuleta", r"vandermeer"),
])


# =============================================================================================
# Story 3 (central bank): Central Bank of Iceland cuts to 7.25%, Wed 19 November 2025.
# =============================================================================================
_CB_WIRE = _paras("""
Iceland&#8217;s central bank cut its key interest rate by 25 basis points to 7.25% on
Wednesday, extending an easing cycle that began last year, but one of the five members of its
Monetary Policy Committee voted against the move.

Herd&iacute;s Steingr&iacute;msd&oacute;ttir, an external member of the committee, preferred
to keep the seven-day term deposit rate at 7.50%, the bank said in its statement.

Twelve-month inflation eased to 4.1% in October, still well above the bank&#8217;s 2.5%
target, and Governor Bjarki &THORN;orvaldsson said further cuts would depend on wage
agreements due to be negotiated early next year.

&#8220;We are moving cautiously, one step at a time,&#8221; &THORN;orvaldsson told a news
conference in Reykjav&iacute;k. &#8220;The direction is clear, but the pace is not
fixed.&#8221;

The decision matched the expectations of nine of the 12 economists polled by Pacific Wire last
week; the other three had expected the bank to hold.

At its previous meeting on October 8, the committee lowered the rate by the same margin, to
7.50% from 7.75%, in a unanimous decision. The rate peaked at 9.25%, where it stayed for more
than a year until October 2024.

The bank&#8217;s next rate decision is due on February 11.

Iceland&#8217;s economy, which leans heavily on tourism and fishing, has slowed this year, and
the collapse of a low-cost airline in September weighed on visitor numbers. In its updated
forecast the bank said it now expects growth of 1.2% next year.

Housing remains a worry. House prices in the capital region have risen faster than wages for
most of the past decade, and the committee said it would keep its tighter limits on mortgage
lending in place.
""")

_CB_NBS = _paras("""
Iceland&#8217;s central bank has lowered interest rates for the second meeting in a row,
cutting its main rate by a quarter of a percentage point to 7.25%.

The Monetary Policy Committee voted four to one for the cut on Wednesday 19 November. Gylfi
Arnarson, one of its two external members, voted to keep rates at 7.5%.

Inflation in Iceland stood at 4.1% in October. That is down from a peak of more than 10% in
early 2023, but remains well above the bank&#8217;s target of 2.5%.

Governor Bjarki &THORN;orvaldsson said the bank would &#8220;take one step at a time&#8221; and
that the direction of travel was clear, even if the speed was not.

Mortgage holders will welcome the cut. Many Icelandic households moved to non-indexed loans
during the pandemic, when rates sat at a record low of 0.75%, and have faced sharply higher
repayments since.

The bank said wage negotiations in the new year would be a key test. Several large unions
have said they will seek raises that keep pace with prices.

The committee will announce its next decision on 4 February.

Economists had widely expected the move. Some had wondered whether the bank would pause
because of strong wage growth, but the committee said the economy was cooling faster than it
had expected in the summer.

Iceland&#8217;s interest rates remain among the highest in Europe. The European Central
Bank&#8217;s deposit rate is 2%, and Norway&#8217;s central bank holds its policy rate at 4%.

The krona has been relatively stable this year, helped by strong tourist arrivals over the
summer, although airline capacity has fallen since the autumn.
""")

_CB_BLOG = _paras("""
The Central Bank of Iceland (Se&eth;labanki &Iacute;slands, for the purists) delivered the
widely expected quarter-point cut yesterday, taking the seven-day term deposit rate to
<strong>7.25%</strong>.

Two things stood out. First, the vote was 4&#8211;1, with external member Herd&iacute;s
Steingr&iacute;msd&oacute;ttir voting to hold at 7.50%. At the October meeting, which took the
rate down from 7.75%, the committee was unanimous.

Second, the statement leaned hawkish. Headline inflation was 4.3% in October, and the bank
flagged the coming round of wage negotiations as the main upside risk to prices.

Governor Bjarki &THORN;orvaldsson summed it up at the press conference: &#8220;We are moving
carefully, one step at a time.&#8221;

Cumulatively, the bank has now cut by 200bp from the 9.25% peak. That sounds like a lot, but
real rates are still firmly positive, which is exactly where the committee wants them while
inflation sits this far above the 2.5% target.

Positioning thoughts: ISK rates still offer one of the widest carry spreads in Europe. Against
the ECB&#8217;s 2% deposit rate, that is 525bp of nominal spread. The catch, as always, is
liquidity: the krona market is tiny, and exits can be ugly.

Next decision: February 4. I would pencil in a pause unless the January inflation print
surprises to the downside or the wage round settles early and low.

For comparison, Norway&#8217;s Norges Bank sits at 4% and Sweden&#8217;s Riksbank at 1.75%.
Iceland remains the high-yield outlier of the Nordics, and that is unlikely to change before
the summer.

Also worth noting: the committee left its macroprudential settings alone, so the tighter limits
on mortgage lending stay in place. No surprise there, given how hot the housing market has run.
""")

_S_CB = _story("cb-WI1", "central bank", "2025-11-28", [
    _page("https://www.pacificwire.example/markets/iceland-central-bank-rate-cut-dissent",
          _wire_site("Iceland&#8217;s central bank trims rate to 7.25%, one policymaker "
                     "dissents", _CB_WIRE, dateline="REYKJAVIK", section="Markets",
                     credit="Reporting by Gunnar Eyvindsson; Editing by Sarah Holt",
                     related=("ECB keeps deposit rate at 2% for third straight meeting",
                              "Sweden&#8217;s Riksbank holds at 1.75%, sees no cut before "
                              "2026",
                              "Norway inflation rises to 3.1% in October"))),
    _page("https://www.nbsnews.example/news/business-68430917",
          _broadcaster_site("Iceland cuts interest rates again as inflation slows", _CB_NBS,
                            caption="The Central Bank of Iceland&#8217;s headquarters in "
                                    "Reykjav&iacute;k",
                            credit="Alamy",
                            more=("Iceland airline collapse strands thousands of passengers",
                                  "ECB holds rates, Lagarde says policy is in a good place",
                                  "Bank of England holds rates at 4% in 5-4 vote"),
                            topics=("Iceland", "Interest rates", "Inflation"))),
    _page("https://basispoint.example/2025/11/20/iceland-another-25bp-a-dissent/",
          _blog_site("Iceland: another 25bp, a dissent, and a hawkish tone", _CB_BLOG,
                     post_id=4398, category="Central banks", shown="November 20, 2025",
                     published="2025-11-20T06:45:00-05:00",
                     tags=("Iceland", "Central banks", "Carry", "FX"),
                     recent=("Fed: the case for a December skip",
                             "Gilts after the Budget: 10-year at 4.45%",
                             "Japan&#8217;s 30-year yield hits a record 3.4%"),
                     comments=6)),
], [
    ("name", r"steingr[ií]msd[oó]tt?ir|herd[ií]s", r"arnarson|gylfi"),
    ("percentage", r"(?<![\d.])4\.1 ?(%|percent|per cent|pct)",
     r"(?<![\d.])4\.3 ?(%|percent|per cent|pct)"),
    ("date", r"feb(ruary|\.)? ?4\b|\b4 feb|2026-02-04|\b2/4\b",
     r"feb(ruary|\.)? ?11\b|\b11 feb|2026-02-11|\b2/11\b"),
])


# =============================================================================================
# Story 4 (rocket): third flight of Corvid Aerospace's methane-fuelled Harrier, Thu 11 Sept 2025.
# =============================================================================================
_ROCKET_SPACE = _paras("""
Third time lucky. Corvid Aerospace&#8217;s Harrier rocket reached orbit on Thursday on its third
attempt, deploying a batch of broadband satellites and landing its first stage on a droneship
in the Atlantic, a clean sweep for a vehicle whose previous flight ended in a fireball.

The 62-metre (203 ft) rocket lifted off from Launch Complex 16 at Cape Canaveral Space Force
Station at 10:42 a.m. EDT (1442 UTC), its nine methane-burning Talon engines leaving a nearly
transparent exhaust plume.

The first stage, booster HB-03 flying for the first time, separated about two and a half
minutes into the flight and touched down on the droneship <em>Long Odds</em> 8 minutes and 5
seconds after liftoff.

The upper stage, powered by a single vacuum-optimised Talon, shut down in a roughly 510 km
circular orbit and released all 14 satellites for Lattice Networks&#8217; Skylattice
constellation about 58 minutes into the mission. Lattice confirmed contact with each of them
within two hours.

&#8220;Third time&#8217;s the charm, and we earned every bit of it,&#8221; Corvid chief
executive Mara Lindqvist said on the company webcast, to cheers from the control room.

It was a very different picture in April. On the second flight, on April 17, the Harrier
exploded 2 minutes and 40 seconds after liftoff at an altitude of about 45 km, after a fuel
line in the engine section ruptured. The FAA closed its investigation into that failure in July.

The debut flight, in December 2024, reached space but its upper stage failed to relight and
never made orbit.

Corvid says it has two more Harrier flights for Lattice on the manifest before the end of the
year, and it wants to refly HB-03 on one of them. Whether the booster comes back in good enough
shape will be clear once the droneship returns to Port Canaveral early next week.

Methane-fuelled rockets have been slow to reach orbit. Engineers like the fuel because it burns
cleanly, leaving little soot inside engines that are meant to be reused many times.
""")

_ROCKET_SPACE_FACTS = [
    ("Vehicle", "Harrier (flight 3)"),
    ("Liftoff", "10:42 a.m. EDT / 14:42 UTC, Sept. 11, 2025"),
    ("Launch site", "LC-16, Cape Canaveral SFS"),
    ("Booster", "HB-03 (1st flight)"),
    ("Landing", "Droneship <i>Long Odds</i>, T+8:05"),
    ("Payload", "14 &times; Skylattice"),
    ("Orbit", "~510 km circular"),
]

_ROCKET_BLOG = _paras("""
Corvid Aerospace finally has an orbital rocket. The Harrier lifted off from Cape Canaveral at
11:12 a.m. ET (15:12 UTC) last Thursday, September 11, put its payload of Skylattice broadband
satellites into orbit and brought booster HB-03 back down onto a droneship. After a partial
failure last December and an explosion in April, this was the flight that had to work.

Why should investors care about a private company&#8217;s launch? Three reasons.

<strong>One: valuations.</strong> Corvid was valued at $4.1 billion in its March funding round,
a price that assumed the Harrier would fly commercially this year. A third failure would have
made the next round ugly. Now the company can go back to its backers with a working rocket and
a booster that landed.

<strong>Two: the customer.</strong> Lattice Networks, which is listed, has bet its constellation
schedule on cheap Harrier rides. Its shares rose 9% on Thursday and another 3% on Friday. If
Corvid can fly every six to eight weeks, Lattice&#8217;s plan to start beta service next year
looks credible again.

<strong>Three: pricing power.</strong> There are very few medium-lift rockets available to
customers outside the big government programmes. A second reusable option should push launch
prices down, which is good for satellite operators and bad for anyone who was counting on
scarcity.

Chief executive Mara Lindqvist called it &#8220;the third time&#8217;s charm&#8221; on the
webcast, and said the company had earned it. Fair enough.

The risks are the usual ones. The Harrier has one success in three tries, and reusability only
pays if the same booster flies again quickly. Corvid says it wants to refly HB-03 before the end
of the year. I will believe the turnaround numbers when I see them.

For now, though, this is the best news the small-launch corner of the market has had in
months.
""")

_ROCKET_DAILY = _paras("""
A Florida rocket company that has spent most of this year cleaning up after an explosion
finally got to celebrate on Thursday, when its Harrier launcher reached orbit for the first
time.

The 203ft rocket, built by Corvid Aerospace, lifted off from Cape Canaveral at 10:42 a.m.
Eastern time and released 12 satellites for the broadband company Lattice Networks into an
orbit about 317 miles above Earth.

About eight minutes after launch its first stage, which burns liquid methane and liquid oxygen,
landed upright on a barge in the Atlantic Ocean, drawing cheers at the company&#8217;s mission
control in Titusville.

&#8220;Third time&#8217;s the charm,&#8221; said Mara Lindqvist, Corvid&#8217;s chief
executive. &#8220;We earned every bit of this one.&#8221;

The success follows two setbacks. Last December the company&#8217;s first Harrier reached space
but failed to get its upper stage into orbit. On April 17, the second exploded less than three
minutes into flight, scattering debris over the ocean and prompting a federal investigation.

Corvid, which employs about 1,400 people along Florida&#8217;s Space Coast, has said it will
need to fly roughly once a month to make money. It has contracts for 11 more launches,
according to the company.

Methane is a newer fuel for rockets. It burns cleaner than kerosene, which makes engines easier
to reuse, but it has proved tricky to master: several companies have spent years trying to
reach orbit with it.

Lattice Networks plans to put more than 300 satellites into orbit by 2028 to sell internet
service to airlines, ships and remote communities.

The Federal Aviation Administration, which licenses commercial launches, said it was aware of
no problems with the flight.
""")

_ROCKET_NBS = _paras("""
A rocket powered by methane has reached orbit and landed its first stage at sea, at the third
attempt, in a milestone for the private company that built it.

Corvid Aerospace&#8217;s Harrier lifted off from Cape Canaveral in Florida at 15:42 BST (10:42
EDT) on Thursday. It carried 14 satellites for Lattice Networks, which is building a broadband
network in space.

The rocket&#8217;s first stage, a booster called HB-04, came back down about eight minutes
later and landed on an uncrewed ship in the Atlantic.

The upper stage continued into an orbit about 510km (317 miles) high, where the satellites were
released.

They will form part of Lattice&#8217;s Skylattice network, which aims to offer internet access
to aircraft, ships and remote communities.

Corvid&#8217;s chief executive Mara Lindqvist said the company had &#8220;earned every bit&#8221;
of the success.

The Harrier&#8217;s first flight, in December 2024, reached space but did not make it to orbit.
Its second, in April this year, ended in an explosion shortly after launch.

Methane, the main ingredient of natural gas, has attracted rocket builders because it burns
more cleanly than the kerosene used in many rockets. That makes it easier to refurbish and
reuse engines, and in principle it could one day be made on Mars.

The first stage of the 62m-tall Harrier is powered by nine engines called Talons.

Landing boosters so they can be flown again is one of the main ways companies hope to cut the
cost of reaching space. Until now, only a handful of rockets have managed it.

Corvid says it plans to launch again before the end of the year.
""")

_S_ROCKET = _story("rocket-WI1", "rocket", "2025-09-22", [
    _page("https://www.launchpadreport.example/2025/09/harrier-flight-3-reaches-orbit/",
          _space_site("Harrier reaches orbit on flight 3, sticks droneship landing",
                      _ROCKET_SPACE, author="Dana Kowalczyk", facts=_ROCKET_SPACE_FACTS,
                      published="2025-09-11T16:20:00Z", shown="September 11, 2025",
                      caption="Courtesy Corvid Aerospace: the Harrier clears the tower at "
                              "LC-16.",
                      upcoming=("Sept. 24 &#8212; Falcon 9, 24 broadband satellites, "
                                "Vandenberg",
                                "Sept. 29 &#8212; Electron, radar satellite, Mahia",
                                "TBD &#8212; Harrier flight 4, second Skylattice batch"))),
    _page("https://basispoint.example/2025/09/corvid-harrier-orbit-what-it-means/",
          _blog_site("Corvid&#8217;s Harrier makes orbit: why markets should care",
                     _ROCKET_BLOG, post_id=4251, category="Equities",
                     tags=("Space", "Corvid Aerospace", "Lattice Networks"),
                     recent=("August CPI: core at 3.1%, no relief yet",
                             "The yen carry trade is back (again)",
                             "Small caps: Russell 2000 finally beats its 2021 high"),
                     comments=23)),
    _page("https://www.dailycourier.example/science/2025/methane-rocket-reaches-orbit",
          _daily_site("Methane-fuelled rocket reaches orbit at third attempt", _ROCKET_DAILY,
                      standfirst="Corvid Aerospace&#8217;s Harrier also lands its booster at "
                                 "sea, months after an explosion",
                      byline="Rafael Ortiz",
                      bio="is the Courier&#8217;s science reporter, based in Miami.",
                      section="Science",
                      readmore="Inside the race to build reusable rockets",
                      most_read=("Hurricane season: forecasters eye system near Cape Verde",
                                 "Apple unveils thinner iPhone at $999",
                                 "Jobless claims jump to 263,000"),
                      tags=("Space", "Florida", "Rockets"))),
    _page("https://www.nbsnews.example/news/science-environment-68102276",
          _broadcaster_site("Methane rocket reaches orbit and lands booster at sea",
                            _ROCKET_NBS,
                            caption="The Harrier rocket is 62m tall",
                            credit="Corvid Aerospace",
                            more=("Why rockets are switching to methane",
                                  "UK spaceport launch delayed to 2026"),
                            topics=("Space exploration", "Florida"))),
], [
    ("time", r"10:42|14:42|1442|15:42", r"11:12|15:12|1512|16:12"),
    ("booster", r"hb[- ]?0?3\b", r"hb[- ]?0?4\b"),
    ("count", r"(?<![\d:.])14(?![\d:.])|fourteen", r"(?<![\d:.])12(?![\d:.])|twelve"),
])


# =============================================================================================
# Story 5 (earthquake): southern Peru quake, 03:18 local (08:18 GMT) Sat 22 November 2025.
# =============================================================================================
_QUAKE_WIRE = _paras("""
A strong earthquake of magnitude 6.6 shook southern Peru before dawn on Saturday, killing at
least two people, injuring about 30 and bringing down adobe homes in several towns of the
Arequipa region, officials said.

The quake struck at 3:18 a.m. local time (0818 GMT) at a depth of 35 km, with its epicentre
about 20 km (12 miles) southwest of the town of Acar&iacute; in Caravel&iacute; province,
according to Peru&#8217;s Geophysical Institute.

A woman died when her house collapsed in the coastal town of Chala, and a miner was killed by
falling rock at an informal gold mine in the hills above it, the national civil defence
institute, INDECI, said.

Residents ran into the streets in darkness as the shaking went on for close to a minute.
&#8220;The walls were moving like paper,&#8221; said Marleni Quispe, a shopkeeper in
Acar&iacute;, by telephone. &#8220;Everyone was screaming for their children.&#8221;

The navy said the quake did not pose a tsunami threat to Peru&#8217;s coast.

Landslides blocked sections of the Pan-American Highway near Chala, stranding lorries and
buses, and power was cut to parts of the province. More than 20 aftershocks had been recorded
by mid-morning.

Peru sits on the Pacific &#8220;Ring of Fire&#8221; and is hit by frequent earthquakes. In
January 2018 a magnitude 7.1 quake off the same stretch of coast killed two people and damaged
hundreds of homes.

Authorities said they were still assessing damage in remote villages, where many houses are
built of mud brick, and that teams from Arequipa city were on their way.

The government said it would send tents, blankets and water to the area on Saturday afternoon.
""")

_QUAKE_ANDES = _paras("""
Three people were killed and 47 injured when a magnitude 6.6 earthquake rocked the southern
coast of Peru early Sunday, toppling adobe houses and cutting the Pan-American Highway in
several places.

The tremor hit at 3:18 a.m., with its epicentre near Yauca, in the Caravel&iacute; province of
the Arequipa region, the Instituto Geof&iacute;sico del Per&uacute; (IGP) said. It originated
35 kilometres below the surface.

The victims were a woman whose home fell on her in Chala, a miner crushed by rocks at an
informal gold mine, and a 64-year-old man who died in hospital in Arequipa after being pulled
from the rubble of his house.

&#8220;We lost everything in less than a minute,&#8221; said Ruth Mamani, 52, standing next to
the collapsed walls of her family home. &#8220;Now we sleep outside, because we are afraid of
the aftershocks.&#8221;

The IGP registered more than 60 aftershocks, the strongest of magnitude 4.8.

The Navy&#8217;s Directorate of Hydrography and Navigation ruled out a tsunami within minutes
of the quake.

INDECI, the civil defence agency, said 212 homes had been destroyed or left uninhabitable and
that more than 900 people had been affected. Schools in the province will stay closed on
Monday while engineers inspect them.

The Pan-American Highway was reopened to light vehicles by the afternoon, after crews cleared
landslides near Chala, but lorries were still being held back.

This part of the coast was also shaken in June 2024 by a magnitude 7.2 earthquake offshore,
which injured dozens but caused no deaths.

Mining companies in the area said their operations were unaffected. Informal miners, who work
thousands of small shafts in the hills, have no such reporting obligations, and local officials
fear more victims could be found.
""")

_QUAKE_NBS = _paras("""
At least three people have died after a powerful earthquake struck southern Peru.

The magnitude 6.9 quake hit at 08:18 GMT (03:18 local time) on Saturday near the town of
Acar&iacute;, in the Arequipa region, Peru&#8217;s Geophysical Institute said. It was 35km
(22 miles) deep.

Officials had earlier reported two deaths; a third victim, a man who had been pulled from the
rubble of his home, died in hospital later on Saturday. At least 47 people were injured.

The shaking was felt as far away as Lima, the capital, where some residents left their
buildings.

Video shared on social media showed collapsed adobe walls and rubble in the streets of small
towns near the epicentre. Landslides blocked the Pan-American Highway, the main coastal road,
near the town of Chala.

Peru&#8217;s navy said there was no risk of a tsunami.

More than 60 aftershocks have been recorded.

Teams from the city of Arequipa were sent to the area with tents, blankets and water, and
officials said schools in the affected province would stay closed on Monday.

Peru is one of the most earthquake-prone countries in the world. Its deadliest recent quake, a
magnitude 8.0 tremor near Pisco in August 2007, killed more than 500 people.

Many homes in rural Peru are made of adobe, or mud brick, which can crumble in strong shaking.

The government has declared a state of emergency in the affected districts for 60 days, which
frees up money for repairs and allows the army to help with relief.
""")

_S_QUAKE = _story("quake-WI1", "earthquake", "2025-12-01", [
    _page("https://www.pacificwire.example/world/peru-earthquake-arequipa-2025-11-22",
          _wire_site("Magnitude 6.6 quake kills at least two in southern Peru", _QUAKE_WIRE,
                     dateline="LIMA", section="World",
                     credit="Reporting by Camila Rojas in Lima; Editing by Jon Harker",
                     published="2025-11-22T09:40:00Z",
                     updated="Updated 09:40 GMT",
                     related=("Magnitude 5.9 quake rattles northern Chile, no damage reported",
                              "Peru&#8217;s Congress approves 2026 budget",
                              "Japan lifts tsunami advisory after 6.7 quake off Iwate"))),
    _page("https://www.andespost.example/peru/2025/11/23/earthquake-southern-coast/",
          _andes_site("Earthquake kills three on Peru&#8217;s southern coast", _QUAKE_ANDES,
                      author="By Luc&iacute;a Paredes",
                      published="2025-11-23T11:00:00-05:00",
                      shown="23 de noviembre de 2025, 11:00",
                      caption="Residents inspect a collapsed adobe house. Photo: Andes Post",
                      lo_mas=("Lima metro Line 2 to open two new stations in March",
                              "Copper hits $11,000 a tonne on supply fears",
                              "Cusco bans single-use plastics from January"),
                      tags=("Peru", "Earthquake", "Arequipa"))),
    _page("https://www.nbsnews.example/news/world-latin-america-68477031",
          _broadcaster_site("Peru earthquake: Three dead after powerful quake hits south",
                            _QUAKE_NBS,
                            caption="Rescue workers search a collapsed house in the Arequipa "
                                    "region",
                            credit="Reuters",
                            published="2025-11-22T21:30:00Z",
                            updated="Updated 22 November 2025, 21:30 GMT",
                            more=("Ecuador: magnitude 6.1 quake shakes Guayaquil",
                                  "Why Peru is so prone to earthquakes"),
                            topics=("Peru", "Earthquakes"))),
], [
    ("magnitude", r"(?<![\d.])6\.6(?![\d])", r"(?<![\d.])6\.9(?![\d])"),
    ("place", r"acar[ií]", r"yauca"),
    ("date", r"saturday|nov(ember|\.)? ?22\b|\b22 nov|2025-11-22|11/22\b",
     r"sunday|nov(ember|\.)? ?23\b|\b23 nov|2025-11-23|11/23\b"),
])


# =============================================================================================
# Story 6 (election, CONTROL: nothing planted): Albuquerque mayoral run-off, Tue 9 Dec 2025.
# Traps only: a partial count on an early, time-stamped page; rounding; GMT vs local time;
# first-round figures; turnout as a share and as "one in five".
# =============================================================================================
_ELEC_TV = _paras("""
Former state Sen. Rosa Elena Quintana holds a solid lead over City Councilor Mark Delahunt in
the race to become Albuquerque&#8217;s next mayor, according to early returns from
Tuesday&#8217;s runoff election.

With about 91% of ballots counted as of 9:45 p.m., Quintana had 54.0% of the vote, or 37,780
ballots, to Delahunt&#8217;s 46.0%, or 32,182, according to the Bernalillo County
Clerk&#8217;s Office.

Polls closed at 7 p.m. Most of the remaining ballots are absentee ballots dropped off on
Election Day, which the clerk&#8217;s office said it expects to finish counting before
midnight.

Quintana finished first in the Nov. 4 election with 38.1% of the vote, but fell short of the
50% needed to win outright, forcing a one-on-one matchup with Delahunt, who placed second.

At Quintana&#8217;s watch party in Nob Hill, supporters began chanting her name as the numbers
came in. Quintana had not yet spoken to the crowd.

Delahunt&#8217;s campaign said he would address supporters at a Northeast Heights restaurant
later in the evening.

The runoff decides who replaces Mayor Alan Rourke, who did not seek a third term. The new mayor
takes office Jan. 1.

Quintana campaigned on adding police officers to the city&#8217;s west side and on converting
empty office buildings downtown into housing. Delahunt, a two-term councilor from the
Northeast Heights, focused on cutting the city&#8217;s gross receipts tax and on cleaning up
Central Avenue.

Voter turnout appeared to be lower than in November, election workers said, with short lines
at most voting convenience centers throughout the day.

KQAB 4 will update this story as more results come in. Watch KQAB 4 News at 10 for live
coverage from both campaigns.
""")

_ELEC_REGIONAL = _paras("""
Rosa Elena Quintana will be Albuquerque&#8217;s next mayor.

The former state senator defeated City Councilor Mark Delahunt in Tuesday&#8217;s runoff,
winning 41,218 votes, or 53.6%, to Delahunt&#8217;s 35,663 votes, or 46.4%, according to
final unofficial results posted by the Bernalillo County Clerk early Wednesday.

Delahunt conceded shortly after 10 p.m., telling supporters at a Northeast Heights restaurant
that he had called Quintana to congratulate her. &#8220;The voters have spoken, and I respect
their decision,&#8221; he said. &#8220;I hope she succeeds, because if she succeeds, this city
succeeds.&#8221;

Quintana, 47, thanked volunteers at a packed brewery in Nob Hill. &#8220;Tonight Albuquerque
chose to stop arguing and start building,&#8221; she said.

Turnout was 21.4% of the city&#8217;s roughly 359,000 registered voters, down from the
November election, when more than three in ten voters cast ballots.

In the Nov. 4 first round, Quintana led a field of five with 38.1%, Delahunt was second with
27.9%, and businessman Ted Varga finished third with 19.3%. Varga endorsed Delahunt in the
runoff.

Quintana will be sworn in on Jan. 1, replacing Mayor Alan Rourke, who did not run for a third
term.

She inherits a city budget of about $1.4 billion and a police department that has struggled to
hire officers. On the campaign trail she promised to put 150 more officers on the street
within two years.

The City Council will also see new faces in January, after runoffs in two council districts
were decided Tuesday.

The county will canvass the results next week, and the city is expected to certify them before
Christmas. Neither campaign has suggested a recount.
""")

_ELEC_WIRE = _paras("""
Former state senator Rosa Elena Quintana won Albuquerque&#8217;s mayoral runoff on Tuesday,
defeating city councilor Mark Delahunt by about 7 percentage points in a low-turnout contest
for the largest city in New Mexico.

Quintana took 53.6% of the vote to Delahunt&#8217;s 46.4%, a margin of 5,555 votes, according
to unofficial results from the Bernalillo County clerk. Polls closed at 7 p.m. local time (0200
GMT on Wednesday).

Delahunt conceded on Tuesday night. &#8220;The voters have spoken and I respect their
decision,&#8221; he told supporters.

Turnout was 21.4%, county figures showed, lower than in the first round on November 4, when
Quintana finished first with 38.1% in a five-candidate field but fell short of the 50%
threshold needed to avoid a runoff.

The race was nominally non-partisan, but Quintana, a Democrat, drew support from labor unions
and the state party, while Delahunt, a registered independent, was backed by business groups
and many Republican voters.

Quintana will take office on January 1, succeeding Alan Rourke, who did not seek a third term.

Albuquerque, a city of about 560,000 people, has wrestled with high rates of property crime and
homelessness, issues that dominated the campaign.

&#8220;This city chose to stop arguing and start building tonight,&#8221; Quintana told
supporters at her victory party.

She has pledged to hire more police officers and to turn vacant downtown office buildings into
housing. Delahunt had campaigned on cutting the city&#8217;s gross receipts tax and on a
crackdown on crime along Central Avenue, the city&#8217;s main east-west artery.

Results will become official after a county canvass.
""")

_ELEC_DAILY = _paras("""
Albuquerque voters on Tuesday chose Rosa Elena Quintana, a former state senator, as their next
mayor, handing her about 54% of the vote in a runoff against City Councilor Mark Delahunt.

Quintana, a Democrat, beat Delahunt by roughly seven points, according to final unofficial
results, in a contest that drew just over one in five registered voters to the polls.

The result extends a run of victories for candidates who promised to tackle crime and housing
together rather than choosing between them, a message that has also carried mayoral races in
other Western cities this year.

&#8220;Tonight Albuquerque chose to stop arguing and start building,&#8221; Quintana told a
cheering crowd in the Nob Hill neighbourhood.

Delahunt, who was endorsed by the third-place finisher from November&#8217;s first round,
Ted Varga, conceded late on Tuesday evening and said he hoped Quintana would succeed.

Quintana had led the first round on November 4 with 38.1% of the vote, short of the majority
required to win outright.

She takes office on New Year&#8217;s Day, succeeding Alan Rourke, who did not seek a third
term after eight years in office.

Among her first tests will be the police department, which has been under a federal
court-monitored reform agreement for a decade, and a downtown that has struggled to recover
since the pandemic.

The two candidates offered sharply different plans. Delahunt, a two-term councilor, argued that
the city should cut its gross receipts tax to lure employers back. Quintana promised more police
officers and the conversion of vacant downtown offices into apartments.

Albuquerque&#8217;s mayor has broad executive powers and oversees a city budget of about $1.4
billion. Quintana will also face a City Council that has often clashed with the mayor&#8217;s
office over spending.
""")

_S_ELEC = _story("election-WI1", "election", "2025-12-16", [
    _page("https://www.kqab4.example/article/news/politics/elections/"
          "albuquerque-mayor-runoff-results/65-a41f02",
          _tv_site("Quintana leads Delahunt in early returns in Albuquerque mayor runoff",
                   _ELEC_TV, reporter="Kelsey Tafoya",
                   stamp="Updated: 9:52 PM MST December 9, 2025",
                   video_caption="Live look at election night watch parties.",
                   trending=("Rio Rancho man charged in $2M fraud scheme",
                             "Arctic front to drop lows into the teens this weekend",
                             "Lobos beat New Mexico State 78-70",
                             "Sandia Peak Tramway reopens after 3-month repair"))),
    _page("https://www.riograndeherald.example/news/local/quintana-wins-mayor-runoff/"
          "article_c93a.html",
          _regional_site("Quintana wins Albuquerque mayor&#8217;s race", _ELEC_REGIONAL,
                         byline="By Tomas Gallegos, Herald Staff Writer",
                         popular=("Las Cruces mayor sworn in for second term",
                                  "Obituary: Geraldine Otero, 88",
                                  "Santa Fe approves 2% lodgers&#8217; tax increase",
                                  "Cibola routs Volcano Vista 42-14 in state semifinal"),
                         sponsored=("Seniors: new 2026 benefits you may be missing",
                                    "This Albuquerque roofer is offering free inspections"),
                         note="This story has been updated to include final unofficial "
                              "results and comments from both candidates.")),
    _page("https://www.pacificwire.example/world/us/albuquerque-mayor-runoff-quintana",
          _wire_site("Former state senator Quintana wins Albuquerque mayoral runoff",
                     _ELEC_WIRE, dateline="ALBUQUERQUE, N.M.", section="US",
                     credit="Reporting by Andrea Whitehorse; Editing by Leah Moss",
                     published="2025-12-10T07:15:00Z",
                     related=("Miami elects first new mayor in eight years",
                              "Georgia runoff turnout tops 1.1 million",
                              "Democrats flip two state House seats in special elections"))),
    _page("https://www.dailycourier.example/us/2025/albuquerque-mayor-quintana",
          _daily_site("Quintana elected Albuquerque mayor on promise to build", _ELEC_DAILY,
                      standfirst="Former state senator wins runoff comfortably as turnout "
                                 "sags",
                      byline="Peter Lindahl",
                      bio="covers the Mountain West from Denver.",
                      section="US news",
                      caption="Rosa Elena Quintana greets supporters in Nob Hill on election "
                              "night. Photo: Courier staff",
                      most_read=("Fed cuts rates, signals pause in new year",
                                 "Winter storm to bring 12 inches of snow to Rockies",
                                 "The best books of 2025"),
                      tags=("Elections", "New Mexico", "Albuquerque"))),
], [])

STORIES: list[dict[str, Any]] = [_S_TRADE, _S_COURT, _S_CB, _S_ROCKET, _S_QUAKE, _S_ELEC]
