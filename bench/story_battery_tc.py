"""Part TC of the story battery (web pages).

Written by engineer TC1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TC`.

Six stories, each told by three or four invented outlets as whole scraped pages: a magnitude
6.1 earthquake in Nepal's far-western Bajhang district (quake-TC1, CONTROL, four pages); a
Kenyan Court of Appeal ruling that restores an 18 per cent cap on ride-hailing commissions
(court-TC2, four pages, four planted disagreements); the Singapore High Court sentencing of a
former oil trader for cheating banks (court-TC3, CONTROL, three pages); Bulgaria's presidential
run-off (election-TC4, four pages, four planted); the signing of a Chile-India economic
partnership agreement (trade-TC5, three pages, three planted); and a Bank of Thailand rate cut
(cb-TC6, three pages, three planted). Fourteen planted disagreements in all; the two controls
are as dense in figures, dates, names and quotes as the others but every fact agrees.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------------
# Shared helpers for the outlet templates.
# --------------------------------------------------------------------------------------------

def _links(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="#">{x}</a></li>' for x in items)


def _ld(kind: str, headline: str, iso: str | None, author: str | None, publisher: str,
        url: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "mainEntityOfPage": url,
                            "publisher": {"@type": "Organization", "name": publisher}}
    if iso:
        data["datePublished"] = iso
        data["dateModified"] = iso
    if author:
        data["author"] = [{"@type": "Person", "name": n.strip()}
                          for n in author.replace(" and ", ",").split(",") if n.strip()]
    text = json.dumps(data, ensure_ascii=False)
    return f'<script type="application/ld+json">{text}</script>'


# --------------------------------------------------------------------------------------------
# Template 1: an international wire service (terse, dateline, credits line at the foot).
# Keys: site, short, url, headline, dek, iso, when, byline, section, body, credit, more
# --------------------------------------------------------------------------------------------

def _wire_meridian(a: dict[str, Any]) -> str:
    ad = ('<div class="mw-ad" role="complementary"><span>Advertisement'
          ' &middot; Scroll to continue</span></div>')
    body = a["body"].replace("<!--ad-->", ad)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{a['headline']} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{a['dek']}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{a['headline']}">
<meta property="og:url" content="{a['url']}">
<meta property="article:published_time" content="{a['iso']}">
<meta property="article:section" content="{a['section']}">
<link rel="canonical" href="{a['url']}">
{_ld("NewsArticle", a['headline'], a['iso'], a['byline'], "Meridian Wire", a['url'])}
</head>
<body class="mw">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="mw-topbar">
 <a class="mw-logo" href="/">MERIDIAN<span>WIRE</span></a>
 <nav aria-label="Sections"><ul>
  <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
  <li><a href="/markets/">Markets</a></li><li><a href="/legal/">Legal</a></li>
  <li><a href="/climate/">Climate &amp; Energy</a></li><li><a href="/tech/">Technology</a></li>
  <li><a href="/investigations/">Investigations</a></li>
 </ul></nav>
 <a class="mw-btn" href="/register/">Register</a> <a class="mw-btn" href="/signin/">Sign in</a>
</div>
<main id="main-content">
<article class="mw-story">
 <p class="mw-kicker"><a href="/{a['section'].lower()}/">{a['section']}</a></p>
 <h1>{a['headline']}</h1>
 <div class="mw-byline">By <a rel="author" href="#">{a['byline']}</a></div>
 <div class="mw-time"><time datetime="{a['iso']}">{a['when']}</time></div>
 <div class="mw-tools"><button>Share</button> <button>Save</button>
  <button>Text size</button></div>
 <div class="mw-body">
{body}
 </div>
 <p class="mw-credit">{a['credit']}</p>
 <p class="mw-standards"><a href="/trust/">Our Standards: The Meridian Trust Principles.</a></p>
</article>
<aside class="mw-more">
 <h2>Read next</h2>
 <ul>
{_links(a['more'])}
 </ul>
</aside>
</main>
<footer class="mw-foot">
 <ul><li><a href="/about/">About Meridian</a></li><li><a href="/careers/">Careers</a></li>
 <li><a href="/licensing/">Licensing &amp; reprints</a></li>
 <li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookie settings</a></li></ul>
 <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire Ltd.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 2: a second wire/agency, plainer, with a slug line and "ends" marker.
# Keys: site, abbr, url, headline, iso, stamp, slug, body, more
# --------------------------------------------------------------------------------------------

def _wire_agency(a: dict[str, Any]) -> str:
    body = a["body"].replace("<!--ad-->", '<div class="adslot">ADVERTISEMENT</div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{a['site']} - {a['headline']}</title>
<meta name="og:title" property="og:title" content="{a['headline']}">
<meta property="og:site_name" content="{a['site']}">
<meta name="pubdate" content="{a['iso']}">
<link rel="stylesheet" href="/static/agency.css">
</head>
<body>
<div id="consent" class="consent-bar">We and our partners use cookies to personalise
 content and measure traffic. <button>Accept all</button> <button>Reject</button>
 <a href="/privacy">Manage preferences</a></div>
<header>
 <div class="brand"><a href="/">{a['site']}</a> <small>{a['tagline']}</small></div>
 <ul class="menu">
  <li><a href="/en/latest">Latest</a></li><li><a href="/en/world">World</a></li>
  <li><a href="/en/economy">Economy</a></li><li><a href="/en/politics">Politics</a></li>
  <li><a href="/en/photos">Photo service</a></li><li><a href="/en/subscribe">For clients</a></li>
 </ul>
 <form class="search" action="/search"><input name="q" placeholder="Search the wire"></form>
</header>
<div class="wrap">
<div class="story">
 <div class="slug">{a['slug']}</div>
 <h1 class="headline">{a['headline']}</h1>
 <div class="stamp">{a['stamp']}</div>
 <div class="text">
{body}
 </div>
 <p class="ends">{a['abbr']} {a['sign']}</p>
 <div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a>
  <a href="#">Email</a> <a href="#">Copy link</a></div>
</div>
<div class="side">
 <h3>Latest from the wire</h3>
 <ol>
{_links(a['more'])}
 </ol>
 <div class="adslot">ADVERTISEMENT</div>
</div>
</div>
<footer><p>&copy; {a['site']}. Reproduction without a subscription agreement is prohibited.</p>
<p><a href="/en/terms">Terms</a> | <a href="/en/privacy">Privacy</a> |
 <a href="/en/contact">Contact the newsdesk</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 3: a national daily with weather strip, e-paper link, image and related box.
# Keys: site, url, headline, dek, when, iso, byline, section, body, img, cap, credit,
#       related, tagline
# --------------------------------------------------------------------------------------------

def _daily_print(a: dict[str, Any]) -> str:
    ad = '<aside class="ad-inline"><p>- Advertisement -</p></aside>'
    body = a["body"].replace("<!--ad-->", ad)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{a['headline']} - {a['site']}</title>
<meta name="description" content="{a['dek']}">
<meta property="og:title" content="{a['headline']}">
<meta property="og:image" content="https://{a['host']}/img/{a['img']}">
<meta name="twitter:card" content="summary_large_image">
<meta name="author" content="{a['byline']}">
</head>
<body>
<a href="#content" class="sr-only">Skip to content</a>
<div class="strip">
 <span class="today">{a['strip']}</span>
 <a href="/epaper/">E-Paper</a> | <a href="/subscribe/">Subscribe</a> |
 <a href="/login/">Login</a>
</div>
<header class="masthead">
 <a href="/"><img src="/img/logo.svg" alt="{a['site']}"></a>
 <p class="motto">{a['tagline']}</p>
 <nav><ul>
{_links(a['nav'])}
 </ul></nav>
</header>
<div id="content" class="page">
 <ol class="crumbs"><li><a href="/">Home</a></li><li><a href="#">{a['section']}</a></li></ol>
 <h1 class="title">{a['headline']}</h1>
 <p class="standfirst">{a['dek']}</p>
 <div class="meta"><span class="author">{a['byline']}</span>
  <span class="date">{a['when']}</span></div>
 <div class="social"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>
  <a href="#">Print</a></div>
 <figure class="lead"><img src="/img/{a['img']}" alt="">
  <figcaption>{a['cap']} <span class="credit">{a['credit']}</span></figcaption></figure>
 <div class="article-body">
{body}
 </div>
 <div class="tags">Published in print edition. Topics: {a['topics']}</div>
 <section class="related"><h3>Related news</h3><ul>
{_links(a['related'])}
 </ul></section>
 <section class="newsletter"><h3>Morning briefing</h3>
  <p>The day's top stories in your inbox before 7am.</p>
  <input type="email" placeholder="Your email"> <button>Sign up</button></section>
</div>
<footer class="foot">
 <p>{a['footer']}</p>
 <p><a href="/about/">About us</a> &middot; <a href="/advertise/">Advertise</a> &middot;
 <a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy policy</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 4: a public broadcaster with key points box, listen button and topic tags.
# Keys: site, short, host, url, headline, dek, posted, iso, byline, body, points, topics,
#       cap, credit, more
# --------------------------------------------------------------------------------------------

def _broadcaster(a: dict[str, Any]) -> str:
    points = "\n".join(f"<li>{p}</li>" for p in a["points"])
    body = a["body"].replace("<!--ad-->", "")
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{a['headline']} - {a['short']} News</title>
<meta name="description" content="{a['dek']}">
<meta property="og:title" content="{a['headline']}">
<meta property="og:description" content="{a['dek']}">
<meta property="og:site_name" content="{a['short']} News">
<meta property="article:published_time" content="{a['iso']}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="skip"><a href="#main">Skip to main content</a>
 <a href="#nav">Skip to navigation</a></div>
<div class="network-bar"><a href="/">{a['site']}</a> <a href="/news/">News</a>
 <a href="/radio/">Radio</a> <a href="/tv/">Watch live</a> <a href="/kids/">Kids</a></div>
<nav id="nav" class="news-nav"><ul>
 <li><a href="/news/">Just In</a></li><li><a href="/news/world/">World</a></li>
 <li><a href="/news/asia/">Asia</a></li><li><a href="/news/africa/">Africa</a></li>
 <li><a href="/news/business/">Business</a></li><li><a href="/news/analysis/">Analysis</a></li>
 <li><a href="/news/factcheck/">Fact Check</a></li>
</ul></nav>
<main id="main">
<article>
 <header>
  <h1>{a['headline']}</h1>
  <p class="byline">{a['byline']}</p>
  <p class="timestamp">{a['posted']}</p>
  <button class="listen">Listen to this article</button>
 </header>
 <figure><img src="/images/{a['img']}" alt="">
  <figcaption>{a['cap']} ({a['credit']})</figcaption></figure>
 <section class="key-points" aria-label="Key points">
  <h2>Key points:</h2>
  <ul>
{points}
  </ul>
 </section>
 <div class="story-text">
{body}
 </div>
 <p class="topics">Topics: {a['topics']}</p>
 <div class="share">Share this article <a href="#">Copy link</a> <a href="#">Facebook</a>
  <a href="#">X (formerly Twitter)</a></div>
</article>
<aside><h2>Top stories</h2><ul>
{_links(a['more'])}
</ul></aside>
</main>
<footer>
 <p>{a['footer']}</p>
 <p><a href="/help/">Help</a> <a href="/accessibility/">Accessibility</a>
 <a href="/privacy/">Privacy policy</a> <a href="/conditions/">Conditions of use</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 5: a specialist site with breadcrumb, JSON-LD and an "at a glance" sidebar.
# Keys: site, host, url, headline, dek, iso, when, byline, crumbs, body, glance, tags, more
# --------------------------------------------------------------------------------------------

def _specialist(a: dict[str, Any]) -> str:
    glance = "\n".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in a["glance"])
    crumbs = " &rsaquo; ".join(f'<a href="#">{c}</a>' for c in a["crumbs"])
    body = a["body"].replace("<!--ad-->", '<div class="promo">Sponsored content</div>')
    when = f'<time datetime="{a["iso"]}">{a["when"]}</time>' if a.get("when") else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{a['headline']} &#8212; {a['site']}</title>
<meta name="description" content="{a['dek']}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a['headline']}">
<meta property="og:site_name" content="{a['site']}">
{_ld("Article", a['headline'], a['iso'], a['byline'], a['site'], a['url'])}
</head>
<body class="single">
<a class="screen-reader-text" href="#primary">Skip to content</a>
<header class="site-header">
 <p class="site-title"><a href="/">{a['site']}</a></p>
 <p class="site-description">{a['tagline']}</p>
 <nav class="main-navigation"><ul>
{_links(a['nav'])}
 </ul></nav>
</header>
<div id="primary" class="content-area">
 <div class="breadcrumbs">{crumbs}</div>
 <article class="post">
  <h1 class="entry-title">{a['headline']}</h1>
  <p class="entry-summary">{a['dek']}</p>
  <div class="entry-meta">{a['byline']} {when}</div>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer">Filed under: {a['tags']}</footer>
 </article>
 <section class="newsletter-box"><h2>Get the weekly briefing</h2>
  <p>One email every Friday. No spam, unsubscribe at any time.</p>
  <form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
 </section>
</div>
<aside class="widget-area">
 <section class="widget glance"><h2>At a glance</h2><dl>
{glance}
 </dl></section>
 <section class="widget"><h2>Most read this week</h2><ol>
{_links(a['more'])}
 </ol></section>
</aside>
<footer class="site-footer"><p>{a['footer']}</p>
 <p><a href="/about">About</a> | <a href="/masthead">Masthead</a> |
 <a href="/corrections">Corrections policy</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 6: a UK national daily with consent wall, share rail and most-read list.
# Keys: url, headline, dek, when, iso, byline, role, section, body, cap, credit, more
# --------------------------------------------------------------------------------------------

def _albion(a: dict[str, Any]) -> str:
    ad = ('<div class="ac-ad"><p class="ac-ad__label">Advertisement</p>'
          '<div class="ac-ad__slot"></div></div>')
    body = a["body"].replace("<!--ad-->", ad)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{a['headline']} | {a['section']} | The Albion Courier</title>
<meta name="description" content="{a['dek']}">
<meta property="og:title" content="{a['headline']}">
<meta property="og:site_name" content="The Albion Courier">
<meta property="article:published_time" content="{a['iso']}">
<meta property="article:author" content="{a['byline']}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="ac-consent" role="dialog" aria-label="Your privacy">
 <h2>It's your choice</h2>
 <p>We use cookies and similar technologies to run this site, to understand how you use it
 and to show you relevant advertising. You can change your mind at any time via
 "Privacy settings" at the bottom of every page.</p>
 <button>Yes, I'm happy</button> <button>Manage my cookies</button>
</div>
<a class="ac-skip" href="#maincontent">Skip to main content</a>
<header class="ac-header">
 <div class="ac-support">Support independent journalism <a href="/support">Support us</a></div>
 <a class="ac-logo" href="/">The Albion Courier</a>
 <nav><ul>
  <li><a href="/uk">UK</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/politics">Politics</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/culture">Culture</a></li>
 </ul></nav>
</header>
<main id="maincontent">
<article>
 <p class="ac-section"><a href="#">{a['section']}</a></p>
 <h1>{a['headline']}</h1>
 <p class="ac-standfirst">{a['dek']}</p>
 <figure><img src="/pics/{a['img']}" alt="">
  <figcaption>{a['cap']} Photograph: {a['credit']}</figcaption></figure>
 <address class="ac-byline"><a rel="author" href="#">{a['byline']}</a>
  <span>{a['role']}</span></address>
 <p class="ac-dateline"><time datetime="{a['iso']}">{a['when']}</time></p>
 <div class="ac-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
  <a href="#">Share via Email</a> <span class="ac-comments">{a['comments']} comments</span></div>
 <div class="ac-body">
{body}
 </div>
 <div class="ac-ask"><p>Before you move on ... if you value our reporting, please consider
 supporting us from as little as &pound;1. It takes less than a minute.</p>
 <button>Continue</button> <button>Remind me in May</button></div>
</article>
<aside class="ac-mostread"><h2>Most viewed</h2><ol>
{_links(a['more'])}
</ol></aside>
</main>
<footer class="ac-footer">
 <p><a href="#">Privacy settings</a> &middot; <a href="#">Terms &amp; conditions</a> &middot;
 <a href="#">Complaints &amp; corrections</a> &middot; <a href="#">Newsletters</a></p>
 <p>&copy; 2026 Albion Courier News &amp; Media Limited or its affiliated companies.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 7: a blog / newsletter site (tags, author box, comments, paywall teaser).
# Keys: site, host, url, headline, dek, when, iso, author, bio, body, tags, comments, more
# --------------------------------------------------------------------------------------------

def _blog(a: dict[str, Any]) -> str:
    body = a["body"].replace(
        "<!--ad-->", '<div class="inline-cta">Enjoying this? Forward it to a colleague.</div>')
    tags = " ".join(f'<a class="tag" href="#">#{t}</a>' for t in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{a['headline']} - {a['site']}</title>
<meta name="description" content="{a['dek']}">
<meta property="og:title" content="{a['headline']}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['iso']}">
<meta name="twitter:site" content="@{a['handle']}">
</head>
<body>
<a class="skip" href="#post">Skip to the post</a>
<div class="topnav">
 <a class="logo" href="/">{a['site']}</a>
 <a href="/archive">Archive</a> <a href="/about">About</a> <a href="/podcast">Podcast</a>
 <a class="btn" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
</div>
<div id="post" class="post">
 <h1 class="post-title">{a['headline']}</h1>
 <h3 class="subtitle">{a['dek']}</h3>
 <div class="post-meta"><img class="avatar" src="/a/{a['handle']}.png" alt="">
  <span class="author">{a['author']}</span> <span class="date">{a['when']}</span>
  <span class="read">{a['read']} min read</span></div>
 <div class="post-actions"><button>Like ({a['likes']})</button>
  <button>Comment</button> <button>Share</button></div>
 <div class="body markup">
{body}
 </div>
 <div class="tags">{tags}</div>
 <div class="author-box"><strong>{a['author']}</strong> {a['bio']}</div>
 <div class="subscribe-widget"><p>{a['pitch']}</p>
  <input type="email" placeholder="Type your email..."> <button>Subscribe</button></div>
 <div class="comments"><h4>{a['comments']} Comments</h4>
  <p class="comment-hint">Paid subscribers can join the discussion.</p></div>
</div>
<div class="more"><h4>Recent posts</h4><ul>
{_links(a['more'])}
</ul></div>
<footer><p>&copy; 2026 {a['site']} &middot; <a href="/privacy">Privacy</a> &middot;
 <a href="/terms">Terms</a> &middot; <a href="/collection">Collection notice</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Template 8: a small English-language local site, no structured data, often no date.
# Keys: site, headline, byline, when (may be ""), body, weather, more, footer
# --------------------------------------------------------------------------------------------

def _local(a: dict[str, Any]) -> str:
    body = a["body"].replace(
        "<!--ad-->", '<div class="banner-ad"><img src="/ads/bn.gif" alt="Advertisement"></div>')
    when = f'<span class="posted">{a["when"]}</span>' if a.get("when") else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['site']} :: {a['headline']}</title>
<meta name="keywords" content="{a['keywords']}">
</head>
<body>
<table class="top" width="100%"><tr>
 <td class="logo"><a href="/">{a['site']}</a></td>
 <td class="weather">{a['weather']}</td>
 <td class="fx">{a['fx']}</td>
</tr></table>
<div class="menu"><a href="/">Home</a> | <a href="/news">News</a> |
 <a href="/business">Business</a> | <a href="/city">City Life</a> |
 <a href="/opinion">Opinion</a> | <a href="/classifieds">Classifieds</a> |
 <a href="/contact">Contact</a></div>
<div class="main">
 <h1>{a['headline']}</h1>
 <div class="info">{a['byline']} {when}</div>
 <div class="content">
{body}
 </div>
 <div class="fb-like">Like us on Facebook &middot; Follow us on Telegram</div>
 <div class="prevnext"><a href="#">&laquo; Previous article</a> |
  <a href="#">Next article &raquo;</a></div>
</div>
<div class="right">
 <h4>Popular now</h4>
 <ul>
{_links(a['more'])}
 </ul>
 <div class="banner-ad"><img src="/ads/side.gif" alt="Advertisement"></div>
</div>
<div class="footer">{a['footer']}</div>
</body>
</html>
"""


# ============================================================================================
# STORY 1 - earthquake, far-western Nepal (CONTROL: every fact agrees across the four pages).
# Canon: Tue 10 Mar 2026 11:42 p.m. local (17:57 GMT); magnitude 6.1 (NEMRC); depth 12 km;
# epicentre near Chainpur, Bajhang; ~450 km (280 miles) west of Kathmandu; 17 dead (11 Bajhang,
# 6 Bajura); 112 injured, 23 airlifted to Dhangadhi; 1,436 houses destroyed, 3,912 damaged;
# 38 aftershocks >= 4.0 by Wednesday midday, largest 5.2 at 2:15 a.m.; ~600 security personnel,
# two army helicopters; Rs 200,000 per bereaved family; schools shut until at least 18 March.
# ============================================================================================

_S1_MERIDIAN = _wire_meridian({
    "url": "https://www.meridianwire.example/world/asia-pacific/"
           "strong-quake-far-western-nepal-kills-17-2026-03-11/",
    "headline": "Strong quake in Nepal's far west kills 17, flattens hundreds of homes",
    "dek": "A magnitude 6.1 earthquake hit Bajhang district late on Tuesday as families slept.",
    "iso": "2026-03-11T09:20:00Z",
    "when": "March 11, 2026 9:20 AM GMT",
    "byline": "Prakash Thapa",
    "section": "World",
    "credit": "Reporting by Prakash Thapa in Kathmandu; additional reporting by Anjali Rawat in"
              " Dhangadhi; Editing by Simon Hale",
    "more": ["India's monsoon forecast points to a normal season, weather office says",
             "Bhutan hydropower exports to India hit record",
             "Sri Lanka seeks faster IMF tranche after cyclone losses",
             "Pakistan's wheat stocks ample, food ministry says"],
    "body": """
<p>KATHMANDU, March 11 (Meridian) - A magnitude 6.1 earthquake struck a remote mountain
district in far-western Nepal late on Tuesday, killing at least 17 people and bringing down
hundreds of stone-and-mud houses on families as they slept, officials said on Wednesday.</p>
<p>The quake hit at 11:42 p.m. (1757 GMT) and was centred near Chainpur, the headquarters of
Bajhang district, about 450 km (280 miles) west of the capital, according to Nepal's National
Earthquake Monitoring and Research Centre.</p>
<p>Eleven people were killed in Bajhang and six in neighbouring Bajura, Home Ministry
spokesperson Kamal Raj Bhattarai told Meridian. A further 112 people were hurt, and 23 of the
most seriously injured were flown by helicopter to hospitals in Dhangadhi, the main city of
Sudurpashchim province on the plains near the Indian border.</p>
<p>"Nearly everyone who died was inside, asleep, when the walls gave way," Bhattarai said.
"Our teams could only reach some of the upper villages at first light because landslides had
closed the road in several places."</p>
<!--ad-->
<p>A preliminary count by the district administration showed 1,436 houses completely destroyed
and 3,912 partly damaged, most of them traditional buildings of stacked stone bound with mud
that are common across the hills of western Nepal.</p>
<p>Two Nepal Army helicopters and about 600 soldiers, police and Armed Police Force personnel had
been deployed for search and rescue, the ministry said. By Wednesday afternoon officials believed
no one remained trapped, though teams were still checking hamlets that can only be reached on
foot.</p>
<p>Seismologists recorded 38 aftershocks of magnitude 4.0 or above by midday on Wednesday. The
strongest, a 5.2 tremor at 2:15 a.m., sent people who had returned to damaged homes running back
into the open.</p>
<p>Sunita Awasthi, the chief district officer of Bajhang, said thousands of people had spent the
night outside in temperatures close to freezing.</p>
<p>"We have tarpaulins and blankets for perhaps one family in three," Awasthi said by telephone.
"The first trucks from Dhangadhi are on the way, but the road is slow and we need more
helicopters for the villages above Chainpur."</p>
<p>The government said it would give 200,000 Nepali rupees to the family of each person killed
and ordered schools in Bajhang closed until at least March 18 while engineers inspect
classrooms.</p>
<p>The tremor was felt across much of western Nepal and in parts of the Indian state of
Uttarakhand, where residents of Pithoragarh and Dharchula reported cracked walls but no
casualties, local officials there said.</p>
<p>Nepal lies on the boundary where the Indian landmass is still pushing northwards into the
rest of Asia, the same slow collision that built the Himalayas. Bajhang was shaken by a run of
strong tremors in October 2023, and an earthquake in Jajarkot district a month later killed more
than 150 people.</p>
<p>The country's deadliest recent disaster, the April 2015 earthquake centred in Gorkha district,
killed nearly 9,000 people and destroyed or damaged hundreds of thousands of buildings.</p>
<p>Dhan Bahadur Bohara, a 54-year-old farmer from a village north of Chainpur, said his house
collapsed seconds after the shaking began. He pulled his wife and two grandchildren out through a
gap in the back wall.</p>
<p>"There was no time to think. The roof came down where my son usually sleeps, but he was away
in India for work," Bohara said. "We have lost the house and the grain store. We have nothing
left to cook."</p>
"""})

_S1_CHRONICLE = _daily_print({
    "site": "The Valley Chronicle",
    "host": "www.valleychronicle.example",
    "url": "https://www.valleychronicle.example/national/2026/03/11/bajhang-earthquake-toll",
    "headline": "Bajhang quake: 17 dead, over 1,400 homes razed",
    "dek": "Survivors spend freezing night in the open; relief stuck behind landslides on the"
           " Chainpur road",
    "when": "Wednesday, March 11, 2026",
    "byline": "Laxmi Bist, Chainpur &amp; Chronicle Desk, Kathmandu",
    "section": "National",
    "img": "2026/03/bajhang-rubble.jpg",
    "cap": "Residents search through the remains of a collapsed house in Chainpur, Bajhang, on"
           " Wednesday morning.",
    "credit": "Photo: Laxmi Bist",
    "strip": "Kathmandu 9&deg;C &middot; Fagun 27, 2082",
    "tagline": "Independent. Since 1994.",
    "nav": ["National", "Kathmandu Valley", "Provinces", "Politics", "Money", "World", "Sports",
            "Opinion", "E-Paper"],
    "topics": "Bajhang, earthquake, Sudurpashchim, disaster",
    "related": ["Lawmakers from Sudurpashchim demand quake relief package",
                "How safe are Kathmandu's schools? An audit two years on",
                "Mid-hill highway section in Dadeldhura to open in June"],
    "footer": "&copy; 2026 Valley Chronicle Publications Pvt Ltd. All rights reserved.",
    "body": """
<p>CHAINPUR, March 11: The 6.1-magnitude earthquake that shook Bajhang on Tuesday night has
killed 17 people and injured 112 in the far-western hill districts, according to the Ministry of
Home Affairs.</p>
<p>Of the dead, 11 were from Bajhang and six from Bajura, ministry spokesperson Kamal Raj
Bhattarai said at a briefing in Kathmandu on Wednesday afternoon. Twenty-three of the injured
were airlifted to Dhangadhi for treatment, while others were being cared for at the district
hospital in Chainpur, where doctors set up beds in the courtyard after cracks appeared in the
building.</p>
<p>The National Earthquake Monitoring and Research Centre said the quake struck at 11:42 pm with
its epicentre near Chainpur, the district headquarters. Its focus lay about 12 kilometres below
the surface, shallow enough to cause heavy shaking over a wide area.</p>
<p>Walking through the lower bazaar on Wednesday morning, this reporter saw whole rows of houses
reduced to heaps of stone and timber. Goats and buffaloes were tied to electricity poles because
most cattle sheds had also collapsed.</p>
<!--ad-->
<p>The District Administration Office said 1,436 houses had been fully destroyed and 3,912
partially damaged across Bajhang and Bajura. Officials warned that the numbers could climb once
teams reach settlements on the higher slopes, which are a day's walk from the nearest road.</p>
<p>"Our first task was to pull out people buried under rubble. Now the challenge is shelter,"
Chief District Officer Sunita Awasthi told the Chronicle. "Families are sleeping in fields with
children and old people. Night temperatures here are near zero."</p>
<p>She said some 600 personnel from the Nepal Army, Armed Police Force and Nepal Police were
working in the affected areas. Two army helicopters have been flying between Chainpur and
Dhangadhi since morning.</p>
<p>Landslides triggered by the tremor blocked the road into Chainpur at several points. Relief
trucks carrying tarpaulins, rice and blankets left Dhangadhi before dawn but were held up for
hours while excavators cleared debris.</p>
<p>The National Earthquake Monitoring and Research Centre recorded 38 aftershocks measuring 4.0
or above until noon on Wednesday. The largest, of magnitude 5.2, came at 2:15 am.</p>
<p>"When the second big one came, everyone who had gone back inside ran out again. Nobody slept
after that," said Kalawati Saud, a teacher at a secondary school in Chainpur.</p>
<p>The government has decided to provide Rs 200,000 in immediate relief to the family of each
person killed, Bhattarai said. Schools in Bajhang will stay shut until at least March 18 so that
engineers can examine their buildings.</p>
<p>Local representatives said the relief package was welcome but far from enough. "A family that
has lost its house, its grain and its animals cannot start again with a tarpaulin," said the
chair of a rural municipality north of Chainpur, who asked that the figures for his ward not be
published until a door-to-door survey is finished.</p>
<p>Bajhang has been hit before. A series of strong tremors damaged thousands of homes in the
district in October 2023, and many families who rebuilt afterwards used the same stone-and-mud
methods, engineers say, because reinforced concrete is too expensive to carry up the hills.</p>
<p>The Jajarkot earthquake of November 2023 killed more than 150 people, while the 2015 Gorkha
earthquake claimed nearly 9,000 lives.</p>
"""})

_S1_SXB = _broadcaster({
    "site": "Southern Cross Broadcasting",
    "short": "SXB",
    "lang": "en-AU",
    "url": "https://www.sxb.example/news/2026-03-11/nepal-earthquake-bajhang-survivors/106112",
    "headline": "Nepal earthquake kills 17 as survivors endure a freezing night outdoors",
    "dek": "A strong earthquake in Nepal's remote far west has killed 17 people and destroyed"
           " more than 1,400 homes.",
    "iso": "2026-03-11T11:05:00+00:00",
    "posted": "Posted Wed 11 Mar 2026 at 10:05pm",
    "byline": "By South Asia correspondent Hannah Kerrigan",
    "img": "nepal-quake-tarps.jpg",
    "cap": "Families shelter under tarpaulins near Chainpur after the earthquake.",
    "credit": "Supplied: Nepal Red Cross Society",
    "points": ["The magnitude-6.1 quake struck near Chainpur in Bajhang district just before"
               " midnight on Tuesday",
               "Seventeen people were killed and 112 injured, officials say",
               "Dozens of aftershocks have kept people out of their damaged homes"],
    "topics": "Earthquakes, Nepal, Disasters and Accidents, Asia",
    "more": ["Cyclone warning issued for Pilbara coast",
             "Reserve Bank minutes show board weighed pause",
             "Search resumes for missing hiker in Tasmania's south-west",
             "Indonesian volcano alert raised to highest level"],
    "footer": "Southern Cross Broadcasting acknowledges First Nations peoples as the Traditional"
              " Custodians of the lands where we live, work and broadcast.",
    "body": """
<p>An earthquake of magnitude 6.1 has killed 17 people in the mountains of far-western Nepal,
with thousands more left sleeping in the open after their homes collapsed.</p>
<p>The quake struck at 11:42pm local time on Tuesday near Chainpur, a small town that serves as
headquarters of Bajhang district, roughly 450 kilometres west of Kathmandu.</p>
<p>Nepal's Home Ministry said 11 people died in Bajhang and six in the neighbouring district of
Bajura, while 112 were injured.</p>
<h2>'Everything fell at once'</h2>
<p>Most of the houses in the area are built from stacked stone and mud, and many gave way
within seconds.</p>
<p>Dhan Bahadur Bohara, a 54-year-old farmer, said he heard a roar before the shaking began and
managed to drag his wife and two grandchildren through a hole in the back wall of his home.</p>
<p>"There was no time to think," he told local reporters. "We have lost the house and the grain
store."</p>
<p>Local officials said 1,436 houses had been destroyed outright and another 3,912 damaged.</p>
<p>The aid agency coordinating shelter in the district said night temperatures in the valleys
were hovering around zero degrees Celsius, and that elderly people and young children were most
at risk.</p>
<p>"People are frightened to go back inside, and honestly we cannot tell them it is safe yet,"
said Bhim Singh Dhami, who chairs the Nepal Red Cross Society's Bajhang chapter.</p>
<p>"We have distributed what we had in our warehouse in the first six hours. What we need now is
tents, blankets and warm clothing, and we need them up the hill, not in Dhangadhi."</p>
<h2>Aftershocks and landslides slow rescue</h2>
<p>Seismologists recorded 38 aftershocks of magnitude 4.0 or higher by midday on Wednesday,
including one measuring 5.2 at 2:15am.</p>
<p>Landslides closed sections of the only road into Chainpur, meaning the first relief trucks
from the plains took most of Wednesday to arrive.</p>
<p>About 600 soldiers and police were deployed, and two army helicopters evacuated 23 of the most
badly injured people to hospitals in Dhangadhi.</p>
<p>Kamal Raj Bhattarai, a spokesman for the Home Ministry, said search teams had reached every
ward of the worst-affected municipalities by Wednesday afternoon.</p>
<p>"We are now fairly confident that no-one remains under the rubble, but we will keep checking
the more remote settlements until we are sure," he said.</p>
<p>The government has promised 200,000 rupees to each bereaved family.</p>
<h2>A country shaped by earthquakes</h2>
<p>Nepal's mountains are still rising as the Indian tectonic plate grinds northwards, and large
earthquakes are a recurring threat.</p>
<p>The 2015 Gorkha earthquake killed nearly 9,000 people, and a shallow quake in Jajarkot in
November 2023 killed more than 150, many of them children.</p>
<p>Engineers have long warned that rebuilding in the same stone-and-mud style leaves families
just as exposed to the next tremor, but concrete and steel are costly to carry into districts
such as Bajhang, where many villages are hours from the nearest road.</p>
<p>The tremor was also felt in India's Uttarakhand state, where authorities in Pithoragarh and
Dharchula reported minor damage but no injuries.</p>
"""})

_S1_TREMOR = _specialist({
    "site": "Tremor Report",
    "host": "tremorreport.example",
    "url": "https://tremorreport.example/events/2026/m6-1-bajhang-nepal/",
    "headline": "M6.1 Bajhang, Nepal: shallow thrust quake kills 17 in far-western hills",
    "dek": "Event summary, aftershock sequence and early damage figures for the 10 March"
           " earthquake in Sudurpashchim province.",
    "iso": "2026-03-11T16:30:00Z",
    "when": "11 March 2026, 16:30 UTC",
    "byline": "Event desk &middot; Dr Elin Marsh",
    "tagline": "Independent earthquake news and analysis",
    "nav": ["Latest events", "Maps", "Explainers", "Aftershock tracker", "Data", "Support us"],
    "crumbs": ["Home", "Events", "2026", "Asia"],
    "glance": [("Origin time", "10 Mar 2026, 17:57 UTC (23:42 local)"),
               ("Magnitude", "6.1 (NEMRC)"),
               ("Depth", "about 12 km"),
               ("Epicentre", "near Chainpur, Bajhang district"),
               ("Deaths", "17"),
               ("Injured", "112"),
               ("Aftershocks M4+", "38 by midday 11 Mar")],
    "tags": "Nepal, Himalaya, thrust faulting, aftershocks, damage",
    "more": ["Why some Himalayan quakes are so shallow",
             "Reading a focal mechanism: a beginner's guide",
             "Aftershock forecasts: what the percentages mean",
             "Retrofitting stone masonry houses: what works"],
    "footer": "Tremor Report is reader-funded. Figures on event pages are updated as agencies"
              " revise them; see the changelog at the foot of each page.",
    "body": """
<p>A magnitude 6.1 earthquake struck the Bajhang district of far-western Nepal at 23:42 local
time on 10 March (17:57 UTC), according to Nepal's National Earthquake Monitoring and Research
Centre (NEMRC). The epicentre was placed near Chainpur, the district headquarters, at a depth of
about 12 km.</p>
<p>As of Wednesday afternoon, Nepal's Ministry of Home Affairs reported 17 deaths - 11 in
Bajhang and 6 in Bajura - and 112 injuries. Twenty-three injured people were evacuated by air to
Dhangadhi.</p>
<h2>Tectonic setting</h2>
<p>The event fits the pattern of thrust earthquakes along the Himalayan front, where the crust
of the Indian plate is driven beneath southern Tibet. In western Nepal that motion is
accommodated on the Main Himalayan Thrust and a stack of shallower faults branching off it.
"A depth of around 12 kilometres puts this rupture on or just above the main detachment," said
Hari Shankar Pandit, a senior seismologist at NEMRC. "That is exactly where we expect the
moderate events that fill in between the great ones."</p>
<p>Far-western Nepal sits within a stretch of the arc that has not produced a great earthquake
in more than five centuries, a gap that seismologists have flagged for years. Pandit cautioned
against reading the Bajhang quake as a sign that a larger one was imminent. "A 6.1 releases only
a tiny fraction of the strain stored here. It neither relieves the hazard nor tells us when the
big one will come," he said.</p>
<!--ad-->
<h2>Aftershock sequence</h2>
<p>NEMRC had catalogued 38 aftershocks of magnitude 4.0 or above by midday on 11 March. The
largest so far, M5.2, occurred at 02:15 local time, about two and a half hours after the
mainshock. The sequence has been productive but is decaying in the usual way, with the hourly
rate of M4+ events falling through Wednesday morning.</p>
<p>Standard aftershock statistics suggest a further event of magnitude 5 or larger remains
possible over the coming week. Damaged stone houses are especially vulnerable to such a
follow-on shock, and local authorities have urged residents not to sleep in cracked
buildings.</p>
<h2>Damage</h2>
<p>The district administration's preliminary assessment lists 1,436 houses destroyed and 3,912
partially damaged. Almost all of the collapsed buildings were of random-rubble stone masonry set
in mud mortar, the dominant construction type in the hill districts. Landslides cut the road into
Chainpur at several points, and the first relief convoys from the Tarai arrived only in the
afternoon.</p>
<p>About 600 army, armed police and police personnel and two Nepal Army helicopters have been
deployed. The government announced relief of NPR 200,000 for each bereaved family, and schools in
Bajhang will remain closed until at least 18 March pending structural checks.</p>
<h2>Recent history</h2>
<p>The same district was struck by a cluster of strong tremors in October 2023. The Jajarkot
earthquake of 3 November 2023, although smaller in magnitude, killed more than 150 people, largely
because it hit at night and brought down similar houses. The M7.8 Gorkha earthquake of April
2015 killed nearly 9,000 people.</p>
<p>Shaking from Tuesday's event was reported across western Nepal and into Uttarakhand in India,
including Pithoragarh and Dharchula, where minor damage was reported.</p>
<p class="changelog"><em>Changelog:</em> 11 March 16:30 UTC - page created with NEMRC origin
parameters and Home Ministry casualty figures.</p>
"""})

STORY_1 = _story("quake-TC1", "earthquake", "2026-03-13", [
    _page("https://www.meridianwire.example/world/asia-pacific/"
          "strong-quake-far-western-nepal-kills-17-2026-03-11/", _S1_MERIDIAN),
    _page("https://www.valleychronicle.example/national/2026/03/11/bajhang-earthquake-toll",
          _S1_CHRONICLE),
    _page("https://www.sxb.example/news/2026-03-11/nepal-earthquake-bajhang-survivors/106112",
          _S1_SXB),
    _page("https://tremorreport.example/events/2026/m6-1-bajhang-nepal/", _S1_TREMOR),
], [])


# ============================================================================================
# STORY 2 - Kenya Court of Appeal restores the 18% ride-hailing commission cap (4 PLANTED).
# Canon: ruling Fri 6 Feb 2026, five-judge bench in Nairobi; lead judgment Justice Aisha Wario,
# with Justices Francis Rotich and Mumbua Nzioka; High Court judge Lucy Njoroge; NTSA held 11
# county forums and received about 2,300 written submissions; platforms Safiri Technologies and
# MoveNow Kenya charge 20-25%; ~48,000 registered drivers; each party bears its own costs.
# Planted: split 3-2 (Meridian, Sentinel, TechSavannah) vs 4-1 (CBA); High Court ruling
# 14 July 2025 (Meridian, CBA, TechSavannah) vs 24 July 2025 (Sentinel); compliance window
# 90 days (Meridian, Sentinel, CBA) vs 60 days (TechSavannah); "4am" quote by Dorcas Achieng
# (Meridian, Sentinel) vs Peter Kariuki (CBA).
# ============================================================================================

_S2_MERIDIAN = _wire_meridian({
    "url": "https://www.meridianwire.example/legal/kenya-appeals-court-restores-ride-hailing-"
           "commission-cap-2026-02-06/",
    "headline": "Kenyan appeals court restores cap on ride-hailing commissions",
    "dek": "A divided Court of Appeal reinstated rules limiting app commissions to 18% of fares.",
    "iso": "2026-02-06T13:45:00Z",
    "when": "February 6, 2026 1:45 PM GMT",
    "byline": "Faith Muthoni",
    "section": "Legal",
    "credit": "Reporting by Faith Muthoni; Editing by Olu Adebayo and Mark Ferris",
    "more": ["Kenya shilling steady as tea, remittance inflows offset import demand",
             "Uganda's oil pipeline reaches 80% completion, operator says",
             "Tanzania tightens rules for foreign-owned mining service firms",
             "Nigeria's fintech lenders face new licensing deadline"],
    "body": """
<p>NAIROBI, Feb 6 (Meridian) - Kenya's Court of Appeal on Friday reinstated government rules
that cap the commission ride-hailing platforms can take from drivers at 18% of each fare,
overturning a High Court decision that had struck the regulations down last year.</p>
<p>A five-judge bench ruled 3-2 in favour of the National Transport and Safety Authority (NTSA),
which drafted the rules after years of protests by drivers over shrinking earnings. Justices
Joseph Ombati and Grace Waweru dissented.</p>
<p>Writing for the majority, Justice Aisha Wario said the authority had consulted widely before
issuing the regulations, holding 11 county forums and receiving about 2,300 written submissions,
and that the High Court had been wrong to find public participation inadequate.</p>
<p>"Public participation does not require that every stakeholder be persuaded, only that every
stakeholder be heard," Wario wrote in a judgment joined by Justices Francis Rotich and Mumbua
Nzioka.</p>
<!--ad-->
<p>The High Court's Justice Lucy Njoroge had quashed the rules on July 14, 2025, in a case brought
by two platforms, Safiri Technologies and MoveNow Kenya, which argued the cap amounted to price
control imposed without an act of parliament.</p>
<p>The appeal court gave the companies 90 days to bring their contracts with drivers into line
with the regulations, which also require them to register every driver with the NTSA, explain
how fares are calculated and keep a staffed office in Kenya.</p>
<p>Both platforms currently take between 20% and 25% of each fare, according to court filings.
Roughly 48,000 drivers are registered on ride-hailing apps in Kenya, most of them in Nairobi and
Mombasa, NTSA figures show.</p>
<p>In their dissent, Ombati and Waweru said fixing commission levels was a policy choice for
parliament and that the regulator had stretched the powers given to it by its founding law.</p>
<p>Drivers gathered outside the Milimani law courts cheered as the decision was read out.</p>
<p>"For the driver who leaves home at 4am and pays for fuel, insurance and the car loan, every
shilling of commission matters. Today the court has heard us," said Dorcas Achieng, chair of the
Digital Taxi Drivers Association of Kenya.</p>
<p>Safiri said in a statement it respected the court and was studying the judgment with its
lawyers, including the option of seeking leave to appeal to the Supreme Court. MoveNow did not
immediately respond to a request for comment.</p>
<p>NTSA Director-General Samuel Langat said the authority would begin checking compliance once
the grace period ends. "These rules are about fairness and safety. A driver who is not squeezed
on every trip is a driver who does not work 16 hours a day," Langat said.</p>
<p>Ride-hailing drivers in Kenya have staged several strikes since 2022, logging off apps and
blocking roads in Nairobi to demand higher fares and lower commissions. Platforms have argued
that a cap will force them to cut spending on safety features and driver incentives.</p>
<p>The court ordered each party to bear its own costs.</p>
"""})

_S2_SENTINEL = _daily_print({
    "site": "The East African Sentinel",
    "host": "www.easentinel.example",
    "url": "https://www.easentinel.example/business/2026-02-07-court-reinstates-18pc-cap-taxi-apps",
    "headline": "Court of Appeal reinstates 18pc commission cap for taxi apps",
    "dek": "Drivers celebrate as split bench overturns High Court; Safiri weighs Supreme Court"
           " bid",
    "when": "Saturday, February 7, 2026",
    "byline": "By Kevin Omondi",
    "section": "Business",
    "img": "2026/02/milimani-drivers.jpg",
    "cap": "Ride-hailing drivers outside the Milimani Law Courts in Nairobi after the Court of"
           " Appeal judgment on Friday.",
    "credit": "PHOTO | SENTINEL",
    "strip": "Nairobi 24&deg;C &middot; Sat, Feb 7, 2026 &middot; USD/KES 129.3",
    "tagline": "The Truth Without Fear",
    "nav": ["News", "Counties", "Business", "Markets", "Opinion", "Sports", "Lifestyle",
            "Tech", "Jobs"],
    "topics": "Court of Appeal, NTSA, ride-hailing, drivers",
    "related": ["Fuel prices unchanged in EPRA's monthly review",
                "Matatu owners threaten strike over new speed governor rules",
                "Nairobi county moves to license boda boda stages"],
    "footer": "&copy; 2026 Sentinel Media Group. All rights reserved.",
    "body": """
<p>Ride-hailing companies will have to cut the share of fares they keep to no more than 18 per
cent after the Court of Appeal on Friday reinstated regulations that the High Court had thrown
out last year.</p>
<p>In a split decision, a five-judge bench sitting in Nairobi allowed an appeal by the National
Transport and Safety Authority (NTSA) and the Ministry of Roads and Transport by a majority of
three to two.</p>
<p>Justice Aisha Wario, who wrote the lead judgment, was joined by Justices Francis Rotich and
Mumbua Nzioka. Justices Joseph Ombati and Grace Waweru dissented.</p>
<p>The ruling sets aside the judgment delivered by Justice Lucy Njoroge of the High Court on July
24, 2025, which had found that the NTSA (Operation of Transport Network Companies) Regulations,
2024, were made without adequate public participation.</p>
<p>The appellate judges disagreed. They noted that the authority held 11 county forums and
received about 2,300 written submissions, and said the High Court had set a standard that "no
regulator could ever meet."</p>
<!--ad-->
<p>"Public participation does not require that every stakeholder be persuaded, only that every
stakeholder be heard," Justice Wario said.</p>
<p>In their dissent, Justices Ombati and Waweru held that capping commissions was a form of price
control that should have been enacted by Parliament rather than introduced through subsidiary
legislation.</p>
<p>"A regulator cannot fix the price of a private contract through the back door," Justice
Waweru wrote.</p>
<p>Safiri Technologies and MoveNow Kenya, the two platforms that filed the original petition,
were given 90 days to comply. Court documents show both currently charge commissions of between
20 and 25 per cent of every trip.</p>
<p>Apart from the cap, the rules require platforms to register all their drivers with the NTSA,
publish how fares are calculated and maintain a physical office in the country.</p>
<p>At the Milimani Law Courts, dozens of drivers in reflective vests broke into song when the
verdict was read.</p>
<p>"For the driver who leaves home at 4am and pays for fuel, insurance and the car loan, every
shilling of commission matters. Today the court has heard us," said Dorcas Achieng, who chairs
the Digital Taxi Drivers Association of Kenya.</p>
<p>Ms Achieng said many of the association's members earn less than Sh2,000 a day after paying
for fuel and the weekly instalment on their vehicles.</p>
<p>Safiri's head of public policy, Brian Otieno, said the company respected the court's decision.
"We are studying the judgment with our lawyers, including whether to seek leave to go to the
Supreme Court," he said. MoveNow Kenya did not respond to our questions by press time.</p>
<p>NTSA Director-General Samuel Langat welcomed the ruling. "These rules are about fairness and
safety," he said.</p>
<p>According to NTSA data, about 48,000 drivers are registered with ride-hailing apps, the
majority operating in Nairobi and Mombasa.</p>
<p>The court directed that each party bear its own costs.</p>
"""})

_S2_CBA = _broadcaster({
    "site": "Continental Broadcasting Africa",
    "short": "CBA",
    "lang": "en-GB",
    "url": "https://news.cba.example/africa/kenya-ride-hailing-commission-cap-appeal-68201",
    "headline": "Kenya court backs cap on what ride-hailing apps can take from drivers",
    "dek": "The Court of Appeal has restored an 18% limit on commissions charged by ride-hailing"
           " platforms in Kenya.",
    "iso": "2026-02-06T16:40:00+00:00",
    "posted": "Published 6 February 2026, 19:40 EAT",
    "byline": "By Amina Yusuf, CBA News, Nairobi",
    "img": "nairobi-drivers-court.jpg",
    "cap": "Drivers outside the court in Nairobi",
    "credit": "CBA",
    "points": ["Kenya's Court of Appeal has reinstated an 18% cap on ride-hailing commissions",
               "The judges overturned a High Court ruling from July 2025",
               "Platforms have 90 days to comply and may seek to go to the Supreme Court"],
    "topics": "Kenya, Ride-hailing, Gig economy, Courts",
    "more": ["Ghana cedi slides as cocoa revenues fall short",
             "Ethiopia opens telecoms tender to third operator",
             "Drought warning for northern Kenya pastoralists",
             "Senegal's first offshore gas cargo sails for Europe"],
    "footer": "CBA is not responsible for the content of external sites.",
    "body": """
<p>Kenya's Court of Appeal has ruled that ride-hailing platforms cannot take more than 18% of
each fare in commission, a victory for drivers who have campaigned for years against what they
say are unfair deductions.</p>
<p>By a 4-1 majority, a five-judge bench overturned a High Court ruling that had struck down the
regulations, with only Justice Grace Waweru dissenting.</p>
<p>The regulations were drawn up by the National Transport and Safety Authority (NTSA) and
challenged by two platforms, Safiri Technologies and MoveNow Kenya.</p>
<p>The High Court's Justice Lucy Njoroge quashed the rules on 14 July 2025, finding that the
authority had not consulted the public properly.</p>
<p>But Justice Aisha Wario, writing the lead judgment, said the authority's 11 county forums and
the roughly 2,300 written submissions it received were enough.</p>
<p>"Public participation does not require that every stakeholder be persuaded, only that every
stakeholder be heard," she said.</p>
<h2>'The court has heard us'</h2>
<p>Outside the courthouse in central Nairobi, drivers sang and waved their phones.</p>
<p>"For the driver who leaves home at 4am and pays for fuel, insurance and the car loan, every
shilling of commission matters. Today the court has heard us," said Peter Kariuki, secretary
general of the Digital Taxi Drivers Association of Kenya.</p>
<p>Many drivers in Nairobi rent their cars from owners who charge a weekly fee, and say that once
fuel and the platform's cut are paid, they are left with very little.</p>
<p>The two platforms currently charge between 20% and 25%, according to documents filed in
court.</p>
<h2>What happens next?</h2>
<p>The companies have 90 days to change their contracts with drivers. The rules also require
them to register all drivers with the NTSA, show passengers and drivers how fares are worked out
and keep an office in Kenya.</p>
<p>In her dissent, Justice Waweru said setting commission levels was a decision for parliament.
"A regulator cannot fix the price of a private contract through the back door," she wrote.</p>
<p>Safiri said it was studying the judgment and might ask the Supreme Court to hear a further
appeal. MoveNow did not comment.</p>
<p>The NTSA's director-general, Samuel Langat, said the rules were "about fairness and safety",
and that inspectors would check compliance once the grace period runs out.</p>
<p>About 48,000 drivers are registered with ride-hailing apps in Kenya, according to the
authority.</p>
<p>The ruling is the latest turn in a dispute that stretches back years, through repeated
strikes in which drivers in Nairobi switched off their apps and gathered outside the offices of
the platforms. The companies have argued throughout that their commissions pay for insurance
cover, customer support and the technology that matches riders with drivers.</p>
<p>Across Africa, governments are grappling with how to regulate app-based transport. Platforms
argue that price caps will make it harder to invest in new cities and safety tools; driver
groups say the companies set the terms of work without any negotiation.</p>
"""})

_S2_TECHSAVANNAH = _blog({
    "site": "TechSavannah",
    "host": "techsavannah.example",
    "handle": "techsavannah",
    "url": "https://techsavannah.example/p/appeal-court-18-percent-cap-what-it-means",
    "headline": "Appeal court hands NTSA a win: what the 18% cap means for Safiri, MoveNow and"
                " drivers",
    "dek": "The Court of Appeal has revived Kenya's ride-hailing rules. Here's what changes, who"
           " pays, and what to watch next.",
    "iso": "2026-02-07T06:30:00+03:00",
    "when": "Feb 7, 2026",
    "author": "Daniel Kiprop",
    "read": "6",
    "likes": "214",
    "bio": "covers platforms, payments and the gig economy in East Africa. He previously"
           " reported on mobile money for a Nairobi business weekly.",
    "pitch": "TechSavannah is a newsletter about the businesses building Africa's digital"
             " economy. Join 41,000 readers.",
    "tags": ["ridehailing", "regulation", "kenya", "gigeconomy"],
    "comments": "37",
    "more": ["M-Pesa's new fee tiers, explained",
             "Inside the scramble for Nairobi's e-bike delivery fleets",
             "Why Kenyan startups are re-domiciling to Delaware (and some are coming back)"],
    "body": """
<p>Friday's Court of Appeal decision is the biggest regulatory moment for Kenyan ride-hailing
since the apps arrived a decade ago. By a 3-2 split, the court reinstated the NTSA's Transport
Network Companies regulations, including the headline rule: platforms can keep no more than 18%
of a fare.</p>
<p>Quick recap for anyone who lost track. NTSA published the rules in 2024 after rounds of driver
protests. Safiri Technologies and MoveNow Kenya sued, and on July 14, 2025 Justice Lucy Njoroge
of the High Court quashed the whole package, mainly on the ground that consultation had been
inadequate. NTSA and the transport ministry appealed.</p>
<h2>What the court actually said</h2>
<p>The majority judgment, written by Justice Aisha Wario and joined by Justices Francis Rotich and
Mumbua Nzioka, is mostly about process. The bench counted 11 county forums and about 2,300
written submissions and decided that was enough consultation. The key line: participation means
stakeholders are heard, not that they are persuaded.</p>
<p>The dissent, from Justices Joseph Ombati and Grace Waweru, is the part platform lawyers will
read most closely. They argue a commission cap is price control and belongs in an act of
parliament, not in regulations. If Safiri goes to the Supreme Court, expect that argument to be
the core of the petition.</p>
<!--ad-->
<h2>The clock</h2>
<p>The platforms have 60 days to comply. That is not much time to rewrite driver contracts, rebuild
the fare breakdown shown in the apps and register every active driver with NTSA, which the rules
also require. They also have to maintain a staffed office in Kenya, which both already do.</p>
<h2>The money</h2>
<p>Both companies take 20% to 25% today, per their court filings. Assume a Nairobi driver grosses
KSh 6,000 a day before costs. At a 25% commission the platform keeps KSh 1,500; at 18% it keeps
KSh 1,080. That KSh 420 difference is real money for someone who also pays for fuel and a weekly
car-hire fee - and, multiplied across roughly 48,000 registered drivers, it is a meaningful dent
in platform revenue.</p>
<p>Will the platforms absorb that? Probably not all of it. Watch for three levers:</p>
<ul>
<li><strong>Booking fees.</strong> The regulations cap the commission taken from drivers; a fee
charged to riders is arguably a different thing. Expect lawyers to test that line.</li>
<li><strong>Incentives.</strong> Bonuses for completing a set number of trips are the easiest
cost to cut, and drivers may find the cap offset by lower bonuses.</li>
<li><strong>Product tiers.</strong> Premium categories with higher fares may become more
important to platform margins.</li>
</ul>
<h2>What people are saying</h2>
<p>Safiri's statement said it respects the court and is reviewing the judgment, "including the
option of seeking leave to appeal to the Supreme Court." MoveNow has been silent.</p>
<p>NTSA's Samuel Langat framed the rules as "about fairness and safety," and his team says it
will start compliance checks once the grace period is over.</p>
<p>Drivers, unsurprisingly, are jubilant; videos from outside Milimani show a crowd singing in
reflective vests. The harder question is enforcement. NTSA has never audited a platform's
payout data before, and the rules are thin on how it will do so.</p>
<h2>Bottom line</h2>
<p>For now, the cap is law again. The platforms can live with 18% - they operate at lower take
rates elsewhere - but the bigger risk for them is the precedent of a regulator setting prices
without parliament. That is what a Supreme Court fight, if it comes, will be about.</p>
"""})

STORY_2 = _story("court-TC2", "court", "2026-02-12", [
    _page("https://www.meridianwire.example/legal/kenya-appeals-court-restores-ride-hailing-"
          "commission-cap-2026-02-06/", _S2_MERIDIAN),
    _page("https://www.easentinel.example/business/2026-02-07-court-reinstates-18pc-cap-taxi-apps",
          _S2_SENTINEL),
    _page("https://news.cba.example/africa/kenya-ride-hailing-commission-cap-appeal-68201",
          _S2_CBA),
    _page("https://techsavannah.example/p/appeal-court-18-percent-cap-what-it-means",
          _S2_TECHSAVANNAH),
], [
    ("appeal court vote split",
     r"(?<![\d.])3 ?(-|–|—|to) ?2(?![\d.])|three[- ](to[- ])?two",
     r"(?<![\d.])4 ?(-|–|—|to) ?1(?![\d.])|four[- ](to[- ])?one"),
    ("date of the High Court ruling",
     r"(?<!\d)14(th)? (of )?jul|jul[a-z]*\.? 14(?!\d)",
     r"(?<!\d)24(th)? (of )?jul|jul[a-z]*\.? 24(?!\d)"),
    ("compliance window",
     r"(?<![\d.])90[ -]days?|ninety[ -]days?",
     r"(?<![\d.])60[ -]days?|sixty[ -]days?"),
    ("who said the 4am drivers' quote",
     r"achieng",
     r"kariuki"),
])


# ============================================================================================
# STORY 3 - Singapore High Court jails former oil trader for cheating banks (CONTROL).
# Canon: Thu 22 Jan 2026; Justice Roderick Sim; Marcus Teo Wei Ming, 47, ex-director of Straits
# Petrochem Trading; 14 years 6 months, backdated to 3 Apr 2024; pleaded guilty Oct 2025 to 12
# charges (9 cheating, 3 forgery), 31 taken into consideration; March 2019 - February 2023;
# eight banks; S$183.4m obtained, S$97.2m unrecovered; firm owed > S$400m at its collapse in
# March 2023; DPP Nadia Rahman sought 16-17 years; SC Anand Krishnasamy sought <= 11 years;
# co-accused Chan Li Ting, 39, got 5 years 8 months in Sept 2025.
# ============================================================================================

_S3_OPA = _wire_agency({
    "site": "Orient Press Agency",
    "abbr": "OPA",
    "tagline": "News for Asia, from Asia",
    "sign": "hl/rk",
    "url": "https://www.orientpress.example/en/news/20260122/sg-court-oil-trader-jailed",
    "headline": "Singapore jails former oil trader 14.5 years over S$183m bank fraud",
    "iso": "2026-01-22T07:12:00Z",
    "stamp": "SINGAPORE, 22 January 2026, 15:12 SGT",
    "slug": "SINGAPORE-COURT/OIL-FRAUD (UPDATE 1)",
    "more": ["Malaysia's ringgit firms as exporters convert dollars",
             "Indonesia extends coal export reporting rule",
             "Vietnam's January FDI disbursement rises",
             "Philippine peso slips on wider trade gap"],
    "body": """
<p>A Singapore court on Thursday sentenced the former head of a collapsed oil trading company to
14 years and six months in prison for deceiving eight banks into lending about S$183.4 million
against cargoes that were forged on paper, in one of the city-state's largest trade-finance
frauds.</p>
<p>Marcus Teo Wei Ming, 47, a former director and majority shareholder of Straits Petrochem
Trading Pte Ltd, had pleaded guilty in October to nine charges of cheating and three of forgery
for the purpose of cheating. Another 31 charges were taken into consideration for sentencing.</p>
<p>High Court Justice Roderick Sim backdated the sentence to 3 April 2024, when Teo was first
remanded.</p>
<p>"The accused did not merely tell lies to banks. He manufactured an entire paper world of
cargoes that did not exist, and he did so for four years," the judge said.</p>
<!--ad-->
<p>Court documents showed that between March 2019 and February 2023, Teo and staff acting on
his instructions produced fake bills of lading, sale invoices and warehouse receipts to obtain
short-term financing. In some cases the same shipment of fuel oil was pledged to several banks at
once.</p>
<p>About S$97.2 million of the money has not been recovered, the prosecution said.</p>
<p>Deputy Public Prosecutor Nadia Rahman had asked for 16 to 17 years, describing the offences as
"calculated, sustained and sophisticated." Defence lawyer Anand Krishnasamy, a Senior Counsel,
argued for no more than 11 years, citing his client's guilty plea and cooperation with
investigators.</p>
<p>Justice Sim said the plea deserved some credit but that the duration and scale of the scheme,
together with the harm to confidence in Singapore's trade-finance market, called for a long
sentence.</p>
<p>The judge noted that much of the money had gone to repay earlier loans as they fell due, a
pattern he described as "borrowing from one bank to pay another", but said that did not lessen
the harm to the lenders who were left holding worthless paper.</p>
<p>Straits Petrochem traded mainly in high-sulphur fuel oil sold to ships refuelling in
Singapore's port, one of the world's largest bunkering hubs.</p>
<p>Straits Petrochem was placed under judicial management in March 2023 owing creditors more than
S$400 million, after a bank queried a warehouse receipt and discovered that the storage tank it
referred to was empty.</p>
<p>Teo's former finance manager, Chan Li Ting, 39, was jailed for five years and eight months in
September 2025 for her part in the scheme.</p>
<p>Krishnasamy told reporters outside court that his client would study the judge's grounds
before deciding whether to appeal.</p>
<p>The case is the latest in a series of failures among Singapore's mid-sized commodity traders
since 2020, when a slump in oil prices exposed a string of financing frauds and prompted banks to
tighten their checks on the documents behind trade loans.</p>
"""})

_S3_LCT = _daily_print({
    "site": "The Lion City Times",
    "host": "www.lioncitytimes.example",
    "url": "https://www.lioncitytimes.example/singapore/courts-crime/"
           "ex-straits-petrochem-boss-jailed-14-years-6-months",
    "headline": "Ex-Straits Petrochem boss jailed 14 years, 6 months for cheating banks with fake"
                " cargo papers",
    "dek": "Judge says Marcus Teo built 'an entire paper world' of non-existent fuel oil"
           " shipments over four years",
    "when": "Jan 22, 2026, 06:48 PM",
    "byline": "Nur Syafiqah Ismail, Court Correspondent",
    "section": "Courts &amp; Crime",
    "img": "2026/01/marcus-teo-court.jpg",
    "cap": "Marcus Teo Wei Ming arriving at the Supreme Court building on Jan 22.",
    "credit": "LCT PHOTO: GAVIN LOW",
    "strip": "THURSDAY, JANUARY 22, 2026 &middot; 31&deg;C Partly cloudy",
    "tagline": "Singapore's paper of record",
    "nav": ["Singapore", "Asia", "World", "Business", "Tech", "Sport", "Life", "Opinion",
            "Multimedia"],
    "topics": "Courts, Crime, Commodities, Banking",
    "related": ["Commodity trader bankruptcies: a timeline since 2020",
                "MAS fines two banks over lapses in trade-finance checks",
                "Former finance manager of Straits Petrochem jailed five years, eight months"],
    "footer": "Lion City Times Media Pte Ltd. Co Regn No. 199900001Z.",
    "body": """
<p>SINGAPORE - A former oil trader who deceived eight banks into extending about $183.4 million
in trade financing using forged shipping and warehouse documents was sentenced on Jan 22 to 14
years and six months' jail.</p>
<p>Marcus Teo Wei Ming, 47, was the founder, director and majority shareholder of Straits
Petrochem Trading, which collapsed in March 2023 with debts of more than $400 million.</p>
<p>He pleaded guilty in October 2025 to 12 charges - nine for cheating and three for forgery for
the purpose of cheating. Another 31 charges were considered in sentencing.</p>
<p>Justice Roderick Sim backdated the sentence to April 3, 2024, the day Teo was remanded.</p>
<p>In his sentencing remarks, the judge said trade finance in Singapore "rests on the assumption
that documents mean what they say."</p>
<p>"The accused did not merely tell lies to banks. He manufactured an entire paper world of
cargoes that did not exist, and he did so for four years," he added.</p>
<!--ad-->
<p>The court heard that from March 2019 to February 2023, Teo directed employees to draw up fake
bills of lading, invoices and warehouse receipts for shipments of fuel oil, which were then
presented to banks to draw down short-term loans. Some cargoes existed only on paper; others were
real but were pledged to more than one lender at the same time.</p>
<p>The scheme unravelled in early 2023 when one of the banks sent staff to inspect a storage tank
named in a warehouse receipt and found it empty.</p>
<p>Of the sums disbursed, about $97.2 million remains unrecovered, Deputy Public Prosecutor Nadia
Rahman told the court.</p>
<p>She had sought 16 to 17 years' jail, arguing that the offences were "calculated, sustained and
sophisticated" and had damaged Singapore's standing as a trading hub.</p>
<p>Teo's lawyer, Senior Counsel Anand Krishnasamy, asked for no more than 11 years. He said his
client had pleaded guilty at an early stage, helped the judicial managers trace funds and was
"deeply ashamed."</p>
<p>Justice Sim said the early plea had spared the court a lengthy trial and deserved credit.
But he added that the length of the scheme and the sums involved placed the case "in the most
serious category of commercial cheating to come before these courts."</p>
<p>Teo, dressed in a dark suit, stood with his hands clasped as the sentence was read and did not
react. Several family members sat in the public gallery.</p>
<p>For each count of cheating, the maximum penalty is 10 years' jail and a fine. The same maximum
applies to each count of forgery for the purpose of cheating.</p>
<p>The company's former finance manager, Chan Li Ting, 39, was sentenced to five years and eight
months' jail in September 2025.</p>
<p>Speaking to reporters after the hearing, Mr Krishnasamy said the defence would consider the
judge's grounds before deciding on an appeal.</p>
"""})

_S3_LEDGER = _specialist({
    "site": "Commodity Ledger",
    "host": "commodityledger.example",
    "url": "https://commodityledger.example/oil/singapore-straits-petrochem-teo-sentenced/",
    "headline": "Straits Petrochem founder gets 14.5 years as Singapore court details"
                " double-pledged fuel oil",
    "dek": "Eight lenders advanced S$183.4 million on forged documents; S$97.2 million is still"
           " missing.",
    "iso": "2026-01-22T10:05:00Z",
    "when": "January 22, 2026",
    "byline": "By Ravi Menon",
    "tagline": "Physical markets, trade finance and the people who move cargoes",
    "nav": ["Oil", "Metals", "Agriculture", "Shipping", "Trade Finance", "Data", "Events"],
    "crumbs": ["Home", "Trade Finance", "Asia"],
    "glance": [("Defendant", "Marcus Teo Wei Ming, 47"),
               ("Company", "Straits Petrochem Trading Pte Ltd"),
               ("Sentence", "14 years 6 months (from April 3, 2024)"),
               ("Charges", "12 proceeded (9 cheating, 3 forgery); 31 considered"),
               ("Banks", "8"),
               ("Financing obtained", "S$183.4 million"),
               ("Unrecovered", "S$97.2 million")],
    "tags": "Singapore, fuel oil, fraud, trade finance, warehouse receipts",
    "more": ["Why banks still accept paper bills of lading",
             "Fujairah bunker sales hit a 14-month high",
             "Electronic trade documents: who has adopted them so far",
             "Copper smelters squeezed as treatment charges fall"],
    "footer": "Commodity Ledger is published by Ledger Media. Subscriber-only pricing data is"
              " for internal use.",
    "body": """
<p>Singapore's High Court on Thursday sentenced Marcus Teo Wei Ming, founder of the failed
fuel-oil trader Straits Petrochem Trading, to 14 years and six months in prison for a
four-year scheme in which forged documents were used to draw about S$183.4 million (roughly
US$142 million) in trade financing from eight banks.</p>
<p>Teo, 47, pleaded guilty in October 2025 to nine counts of cheating and three of forgery for
the purpose of cheating, with 31 further charges taken into consideration. Justice Roderick Sim
backdated the term to April 3, 2024, when Teo was remanded.</p>
<h2>How it worked</h2>
<p>The agreed statement of facts describes a familiar pattern for anyone who followed the wave of
trading-house failures in the city-state after 2020. Between March 2019 and February 2023,
Straits Petrochem presented banks with bills of lading, invoices and warehouse receipts for fuel
oil cargoes. Some of those cargoes never existed. Others existed but were financed by two or three
lenders at once, each believing it held title.</p>
<p>Because most of the lenders were extending short-tenor, transaction-by-transaction credit,
none of them had a view of the company's full borrowings. The deception came to light only when
one bank checked a storage tank cited in a warehouse receipt and found it empty. The company
went into judicial management in March 2023 owing more than S$400 million.</p>
<!--ad-->
<p>Of the S$183.4 million advanced on the forged paperwork, S$97.2 million has not been
recovered, according to the prosecution.</p>
<h2>The sentencing arguments</h2>
<p>Deputy Public Prosecutor Nadia Rahman asked for 16 to 17 years. The defence, led by Senior
Counsel Anand Krishnasamy, sought a term of no more than 11 years, pointing to the early plea and
Teo's help in tracing assets.</p>
<p>Justice Sim landed closer to the prosecution's range. "Trade finance in Singapore rests on the
assumption that documents mean what they say," he said, adding that the accused had
"manufactured an entire paper world of cargoes that did not exist."</p>
<p>Chan Li Ting, 39, the company's former finance manager, received five years and eight months
in September 2025.</p>
<h2>Why it matters for lenders</h2>
<p>Bankers in Singapore say the case has added to pressure to move away from paper documents.
Several lenders now require independent inspection of storage or electronic bills of lading for
fuel-oil deals above a set size, and some have withdrawn from financing smaller traders
altogether.</p>
<p>"Every one of these cases ends with a tank that is empty or a cargo that was sold three times,"
said a trade-finance head at a European bank in Singapore, who asked not to be named because he
was not authorised to speak to the media. "The only real fix is to stop relying on pieces of
paper that anyone with a printer can make."</p>
<p>Krishnasamy said after the hearing that the defence would review the grounds of decision before
deciding whether to appeal.</p>
"""})

STORY_3 = _story("court-TC3", "court", "2026-01-26", [
    _page("https://www.orientpress.example/en/news/20260122/sg-court-oil-trader-jailed", _S3_OPA),
    _page("https://www.lioncitytimes.example/singapore/courts-crime/"
          "ex-straits-petrochem-boss-jailed-14-years-6-months", _S3_LCT),
    _page("https://commodityledger.example/oil/singapore-straits-petrochem-teo-sentenced/",
          _S3_LEDGER),
], [])


# ============================================================================================
# STORY 4 - Bulgaria's presidential run-off (4 PLANTED).
# Canon: first round Sun 1 Nov 2026, run-off Sun 8 Nov 2026, polls closed 8 p.m.; Elena
# Daskalova, 58, constitutional law professor, 54.3%; Kiril Zhelev, 61, retired general and
# former deputy defence minister, 45.7%; "I do not support anyone" 3.1%; first round Daskalova
# 38.9%, Zhelev 31.6%, Todor Angelov 12.7%; running mate Plamen Kostadinov; CEC result with all
# protocols on Monday 9 Nov; inauguration 22 Jan 2027; Bulgaria joined the euro on 1 Jan 2026.
# Planted: turnout 36.4% (CPA, Albion, SEE Monitor) vs 39.1% (Sofia Morning Post); Rositsa
# Mateva chair of the CEC (CPA, Sofia Morning Post) vs spokeswoman (Albion); Zhelev conceded at
# 10:40 p.m. (CPA) vs 11:40 p.m. (SEE Monitor); provinces won 21 of 28 (CPA, SEE Monitor) vs
# 19 of 28 (Albion).
# ============================================================================================

_S4_CPA = _wire_agency({
    "site": "Continental Press Agency",
    "abbr": "CPA",
    "tagline": "The European news agency",
    "sign": "dv/ms",
    "url": "https://www.continentalpress.example/en/politics/2026-11-09/"
           "bulgaria-daskalova-wins-presidential-runoff",
    "headline": "Law professor Daskalova wins Bulgarian presidency in run-off",
    "iso": "2026-11-09T10:05:00Z",
    "stamp": "SOFIA, 9 November 2026, 11:05 CET",
    "slug": "BULGARIA-ELECTION/PRESIDENT (RESULTS, QUOTES)",
    "more": ["Romania's cabinet survives confidence vote",
             "Greek parliament approves 2027 budget",
             "Serbia and Hungary sign oil pipeline deal",
             "North Macedonia opens final EU accession chapter"],
    "body": """
<p>Constitutional law professor Elena Daskalova won Bulgaria's presidential run-off on Sunday,
defeating retired army general Kiril Zhelev after a campaign dominated by rising prices and the
country's first year in the euro zone, official results showed on Monday.</p>
<p>Daskalova, 58, who ran as an independent backed by centre-right parties, took 54.3 per cent of
the vote against 45.7 per cent for Zhelev, 61, a former deputy defence minister, according to
the Central Election Commission (CEC), which published results with all precinct protocols
processed.</p>
<p>Turnout was 36.4 per cent, among the lowest for a presidential run-off since the end of
communist rule. A further 3.1 per cent of voters chose the ballot option "I do not support
anyone".</p>
<p>"The result is final subject only to appeals before the Constitutional Court, and we have not
received any indication of irregularities that would change it," said Rositsa Mateva, chair of
the Central Election Commission.</p>
<!--ad-->
<p>Daskalova won in 21 of Bulgaria's 28 provinces, including Sofia, Plovdiv and Varna, and carried
the diaspora vote by a wide margin. Zhelev was strongest in the north-west and in parts of the
south-east, where he had campaigned against the euro changeover and against sanctions on Russia.
Her margin was about 190,000 votes.</p>
<p>Zhelev conceded at 10:40 p.m. on Sunday in a short address to supporters at a Sofia hotel.</p>
<p>"The people have spoken and I accept their verdict. But the questions we raised about prices,
about corruption, about sovereignty, have not gone away," he said.</p>
<p>Addressing supporters in front of the National Palace of Culture, Daskalova promised to be a
president "of those who voted for me and of those who did not," and said she would use the
office to press for judicial reform and a tougher stance on graft.</p>
<p>"Bulgaria's place is in the heart of Europe, not on its edge," she said.</p>
<p>In the first round on Nov. 1, Daskalova won 38.9 per cent and Zhelev 31.6 per cent, with
businessman Todor Angelov third on 12.7 per cent. Angelov did not endorse either candidate.</p>
<p>Observers from the Organization for Security and Co-operation in Europe said in a preliminary
statement that the run-off was competitive and that fundamental freedoms had been respected, but
noted persistent reports of vote-buying in some areas and of pressure on public-sector employees
to vote. Polling stations closed at 8 p.m. on Sunday.</p>
<p>The presidency is largely ceremonial, but the head of state appoints caretaker governments when
parliament fails to form one, can return legislation to parliament and is commander-in-chief of
the armed forces. Bulgaria has held repeated snap parliamentary elections since 2021, giving
presidents unusual influence.</p>
<p>Daskalova and her running mate for vice-president, Plamen Kostadinov, will be sworn in on
January 22, 2027.</p>
"""})

_S4_ALBION = _albion({
    "url": "https://www.albioncourier.example/world/2026/nov/09/bulgaria-presidential-election-"
           "elena-daskalova-wins",
    "headline": "Pro-European law professor wins Bulgaria's presidency as voters stay at home",
    "dek": "Elena Daskalova beats former general Kiril Zhelev, who campaigned against the euro,"
           " but turnout slumps",
    "when": "Mon 9 Nov 2026 14.20 GMT",
    "iso": "2026-11-09T14:20:00Z",
    "byline": "Miriam Kostova in Sofia",
    "role": "Balkans correspondent",
    "section": "Europe",
    "img": "2026/11/09/daskalova-victory.jpg",
    "cap": "Elena Daskalova greets supporters in Sofia on Sunday night.",
    "credit": "Stoyan Nenov/CPA",
    "comments": "412",
    "more": ["Chancellor signals U-turn on fuel duty",
             "Storm warnings as gales sweep northern Scotland",
             "'It felt like a betrayal': nurses on the new pay offer",
             "Ukraine war: latest developments"],
    "body": """
<p>A softly spoken constitutional lawyer who has never held elected office will be Bulgaria's
next president, after voters rejected a retired general who had promised to "give the country
back its own voice" on the euro and relations with Moscow.</p>
<p>Elena Daskalova, 58, a professor at Sofia University, won Sunday's run-off with 54.3 per cent,
according to the final count from the Central Election Commission, against 45.7 per cent for
Kiril Zhelev, 61.</p>
<p>But the victory was tempered by apathy. Only 36.4 per cent of registered voters cast a ballot,
and 3.1 per cent of those who did chose the option "I do not support anyone", a feature of
Bulgarian ballots since 2016.</p>
<p>Rositsa Mateva, the commission's spokeswoman, said on Monday that all polling-station records
had been processed and that no complaints had been received that could affect the outcome.</p>
<!--ad-->
<p>Daskalova's map of victory tells its own story. She won 19 of the country's 28 provinces,
sweeping the big cities and the younger, more prosperous south-west, while Zhelev held much of
the depopulating north-west, where the euro changeover at the start of the year is widely blamed
for higher prices in shops and cafes.</p>
<p>Zhelev, a former deputy defence minister, ran a campaign steeped in nostalgia and grievance.
His rallies featured army veterans and folk singers, and he repeatedly called for an end to
military aid to Ukraine. He conceded late on Sunday night.</p>
<p>"The people have spoken and I accept their verdict," he told supporters. "But the questions
we raised about prices, about corruption, about sovereignty, have not gone away."</p>
<p>Daskalova, whose campaign was backed by centre-right parties but who ran as an independent,
struck a conciliatory note in her victory speech outside the National Palace of Culture.</p>
<p>"I will be the president of those who voted for me and of those who did not," she said. "And I
will also try to be the president of the many who did not vote at all, because their silence is
a message too."</p>
<p>The Bulgarian presidency has limited formal powers, but it matters more than its job
description suggests. Since 2021 the country has been through a string of snap elections, and
each time parliament failed to form a government it was the president who named a caretaker
cabinet.</p>
<p>Analysts in Sofia said Daskalova's most immediate influence would be on judicial appointments
and on the tone of Bulgaria's foreign policy. "She is a lawyer who has spent twenty years writing
about the independence of prosecutors. She will not be quiet on that," said Vesela
Hristova, a political scientist at New Bulgarian University.</p>
<p>For the European Union, the result will be a relief. Bulgaria adopted the euro on 1 January
2026, and Zhelev's strong first-round showing - 31.6 per cent, behind Daskalova's 38.9 per cent
- had prompted fears in Brussels of a presidency hostile to the bloc.</p>
<p>Daskalova will take office on 22 January 2027, alongside her vice-president, Plamen
Kostadinov.</p>
"""})

_S4_SEEM = _specialist({
    "site": "SEE Monitor",
    "host": "seemonitor.example",
    "url": "https://seemonitor.example/analysis/bulgaria-runoff-2026-daskalova-zhelev/",
    "headline": "Bulgaria's run-off: five takeaways from Daskalova's win",
    "dek": "A clear victory on a low turnout, a map split along economic lines and a presidency"
           " that will matter more than its powers suggest.",
    "iso": "2026-11-09T17:45:00+02:00",
    "when": "9 November 2026",
    "byline": "Analysis by Ivo Marinov",
    "tagline": "Politics and economics of South-East Europe",
    "nav": ["Analysis", "Elections", "Energy", "Rule of Law", "Economy", "Podcast",
            "Country profiles"],
    "crumbs": ["Home", "Elections", "Bulgaria"],
    "glance": [("Run-off date", "8 November 2026"),
               ("Winner", "Elena Daskalova (ind.), 54.3%"),
               ("Runner-up", "Kiril Zhelev (ind.), 45.7%"),
               ("Turnout", "36.4%"),
               ("&quot;I do not support anyone&quot;", "3.1%"),
               ("Inauguration", "22 January 2027")],
    "tags": "Bulgaria, presidential election, euro, Russia, turnout",
    "more": ["Montenegro's EU chapters: what is left to close",
             "Why Balkan electricity prices spiked in August",
             "Albania's new judicial vetting round, explained",
             "Kosovo-Serbia: the licence plate dispute returns"],
    "footer": "SEE Monitor is an independent publication. Views in analysis pieces are the"
              " authors' own.",
    "body": """
<p>Elena Daskalova will be Bulgaria's next president. The constitutional law professor beat
retired general Kiril Zhelev in Sunday's run-off by 54.3% to 45.7%, a wider margin than most
final polls suggested. Here is what the result tells us.</p>
<h2>1. A comfortable win, but a thin mandate</h2>
<p>Turnout of 36.4% means Daskalova was elected by roughly one in five registered voters. That
is not unusual by recent Bulgarian standards - voter fatigue after a long series of snap
parliamentary elections is real - but it will give her opponents an easy line of attack whenever
she clashes with parliament. It also hands Zhelev's camp a ready-made talking point about
the legitimacy of a president chosen by a minority of the electorate.
Another 3.1% of those who turned out ticked "I do not support anyone".</p>
<h2>2. The map follows the money</h2>
<p>Daskalova carried 21 of the 28 provinces. She was dominant in Sofia, Plovdiv and Varna, and in
the south-west around Blagoevgrad, regions that have drawn most of the country's foreign
investment. Zhelev's provinces are mostly in the north-west and along the Danube, where incomes
are lowest and populations have fallen fastest.</p>
<!--ad-->
<h2>3. The euro was on the ballot, sort of</h2>
<p>Bulgaria switched to the euro on 1 January, and Zhelev made price rises the centrepiece of his
campaign. His first-round score of 31.6%, against Daskalova's 38.9%, showed the message had
purchase. The third-placed candidate in that round, businessman Todor Angelov (12.7%), declined to
endorse anyone, and exit polling suggests his voters split roughly evenly or stayed at home.</p>
<h2>4. Zhelev lost, but did not go away</h2>
<p>Zhelev conceded at 11:40 p.m., more than three hours after polls closed at 8 p.m., once the
CEC's partial count put Daskalova beyond reach. His speech was gracious in form but not in
substance: "The people have spoken and I accept their verdict. But the questions we raised about
prices, about corruption, about sovereignty, have not gone away." Expect him to try to turn his
45.7% into a parliamentary vehicle before the next snap election.</p>
<h2>5. A presidency that matters</h2>
<p>On paper the Bulgarian president has limited powers: a suspensive veto, a role in foreign and
defence policy, and the appointment of certain officials. In practice, the repeated failure of
parliaments to form governments has made the president's right to name caretaker cabinets
decisive. Daskalova, who has written extensively on prosecutorial independence, is likely to use
her appointments and her platform to push for judicial reform.</p>
<p>"Bulgaria's place is in the heart of Europe, not on its edge," she told supporters on Sunday
night. That line will be welcomed in Brussels. Whether it survives contact with a fragmented
parliament is another matter.</p>
<p>Daskalova and her running mate, Plamen Kostadinov, are due to be inaugurated on 22 January
2027.</p>
"""})

_S4_SMP = _local({
    "site": "Sofia Morning Post",
    "headline": "Daskalova elected president, Zhelev concedes",
    "keywords": "Bulgaria, presidential election, Daskalova, Zhelev, CEC",
    "byline": "By Boryana Petrova",
    "when": "",
    "weather": "Sofia 7&deg;C, light rain",
    "fx": "EUR/USD 1.084 &middot; SOFIX 1,012.4",
    "footer": "Sofia Morning Post - English-language news from Bulgaria since 2009. All rights"
              " reserved. Reproduction only with written permission.",
    "more": ["Metro line 3 extension: new stations open next spring",
             "Heating prices for the season approved by energy regulator",
             "Vitosha Boulevard to become fully pedestrian on weekends",
             "Bulgarian rose oil harvest down after hot spring"],
    "body": """
<p>Elena Daskalova, a professor of constitutional law at Sofia University, has been elected
president of Bulgaria, defeating former general Kiril Zhelev in Sunday's second round of
voting.</p>
<p>With all protocols processed, the Central Election Commission (CEC) said Daskalova received
54.3 percent and Zhelev 45.7 percent. Voter turnout in the run-off was 39.1 percent, the
commission said.</p>
<p>CEC chair Rositsa Mateva told a press conference on Monday that the commission had received no
complaints serious enough to affect the result. The results can still be challenged before the
Constitutional Court within seven days.</p>
<!--ad-->
<p>In Sofia, Daskalova won every district, with her strongest results in Lozenets, Mladost and
Studentski grad. Zhelev performed better in the outer neighbourhoods and surrounding villages but
did not win any part of the capital.</p>
<p>Daskalova also won comfortably among Bulgarians voting abroad. Polling stations in Germany,
Spain, the United Kingdom and Turkey reported queues for much of Sunday afternoon, and several
sections in London and Madrid ran out of ballot papers before closing time.</p>
<p>Election day passed largely calmly. Police said they had opened several pre-trial proceedings
over alleged vote-buying, most of them in small towns in the north-west of the country.</p>
<p>Zhelev admitted defeat on Sunday night. Speaking at a hotel in central Sofia, he said he
accepted the verdict of the voters but warned that "the questions we raised about prices, about
corruption, about sovereignty, have not gone away."</p>
<p>Daskalova celebrated with supporters in the square in front of the National Palace of Culture,
where a crowd of several thousand waved Bulgarian and EU flags.</p>
<p>"I will be the president of those who voted for me and of those who did not," she said. She
thanked volunteers, her family and her running mate, Plamen Kostadinov, who will serve as
vice-president.</p>
<p>Daskalova, 58, has never held elected office. She is known to the public mainly as a commentator
on television debates about the judiciary and as the author of a widely used university
textbook on constitutional law. She ran as an independent with the backing of centre-right
parties.</p>
<p>Zhelev, 61, served as deputy minister of defence and, before that, as a commander in the land
forces. During the campaign he criticised the transition to the euro, which Bulgaria adopted on
January 1 this year, and called for Bulgaria to stop sending military aid to Ukraine.</p>
<p>In the first round on November 1, Daskalova finished first with 38.9 percent, ahead of
Zhelev's 31.6 percent. Businessman Todor Angelov came third with 12.7 percent.</p>
<p>The new president and vice-president will take the oath before the National Assembly and take
office on January 22, 2027.</p>
<p>Some 3.1 percent of voters chose the "I do not support anyone" option on the ballot.</p>
"""})

STORY_4 = _story("election-TC4", "election", "2026-11-12", [
    _page("https://www.continentalpress.example/en/politics/2026-11-09/"
          "bulgaria-daskalova-wins-presidential-runoff", _S4_CPA),
    _page("https://www.albioncourier.example/world/2026/nov/09/bulgaria-presidential-election-"
          "elena-daskalova-wins", _S4_ALBION),
    _page("https://seemonitor.example/analysis/bulgaria-runoff-2026-daskalova-zhelev/", _S4_SEEM),
    _page("https://www.sofiamorningpost.example/news/daskalova-elected-president-zhelev-concedes",
          _S4_SMP),
], [
    ("run-off turnout",
     r"(?<![\d.])36[.,]4(?!\d)",
     r"(?<![\d.])39[.,]1(?!\d)"),
    ("Rositsa Mateva's title at the election commission",
     r"chair",
     r"spokes"),
    ("time Zhelev conceded",
     r"(?<!\d)10[:.]40",
     r"(?<!\d)11[:.]40"),
    ("provinces won by Daskalova",
     r"(?<![\d.,])21(?![\d.,])|twenty-one",
     r"(?<![\d.,])19(?![\d.,])|nineteen"),
])


# ============================================================================================
# STORY 5 - Chile and India sign a Comprehensive Economic Partnership Agreement (3 PLANTED).
# Canon: signed Tue 16 Jun 2026 at Hyderabad House, New Delhi; India's commerce minister Anand
# Raghavan, Chile's undersecretary for international economic relations Claudia Sanhueza; 14
# chapters incl. a critical-minerals chapter; Chile removes tariffs on 98% of lines; copper
# concentrate, lithium carbonate, cobalt, molybdenum duty-free on entry into force; wine duty
# cut over 10 years; dairy excluded; six rounds since 2025; builds on 2006 PTA expanded in
# 2017; entry into force hoped for in the first half of 2027.
# Planted: India's tariff-line coverage 86% (Meridian, Tariff Desk) vs 68% (Coromandel Herald);
# copper cathode duty phase-out five years (Meridian, Coromandel) vs seven years (Tariff Desk);
# 2025 bilateral trade $3.8bn (Meridian, Tariff Desk) vs $4.3bn (Coromandel Herald).
# ============================================================================================

_S5_MERIDIAN = _wire_meridian({
    "url": "https://www.meridianwire.example/business/chile-india-sign-trade-pact-copper-"
           "lithium-2026-06-16/",
    "headline": "Chile, India sign trade pact with focus on copper and lithium",
    "dek": "The agreement is India's first to include a chapter on critical minerals.",
    "iso": "2026-06-16T11:32:00Z",
    "when": "June 16, 2026 11:32 AM GMT",
    "byline": "Aditi Menon and Tomas Fuentes",
    "section": "Business",
    "credit": "Reporting by Aditi Menon in New Delhi and Tomas Fuentes in Santiago; Editing by"
              " Clarence Webb",
    "more": ["Copper climbs to two-month high on Chinese demand signals",
             "India's May merchandise exports rise as electronics shipments jump",
             "Peru's mining output slips on lower grades",
             "Argentina lithium project wins approval under investment regime"],
    "body": """
<p>NEW DELHI, June 16 (Meridian) - Chile and India signed a broad trade agreement on Tuesday that
will remove or cut Indian tariffs on most Chilean goods and guarantee Indian industry access to
copper, lithium and other minerals from the South American country.</p>
<p>Under the Comprehensive Economic Partnership Agreement (CEPA), signed at Hyderabad House in New
Delhi, India will eliminate or reduce duties on 86% of its tariff lines for Chilean products,
while Chile will scrap tariffs on 98% of its lines for Indian goods, officials from both sides
said.</p>
<p>Copper concentrate, lithium carbonate, cobalt and molybdenum will enter India duty-free as soon
as the pact takes effect, and India will phase out its import duty on refined copper cathodes
over five years, according to a summary released by India's commerce ministry.</p>
<p>"Chile gives Indian industry a secure source of the minerals our energy transition depends on,
and gives our pharmaceutical and automobile makers a gateway to Latin America," Indian Commerce
Minister Anand Raghavan told reporters after the signing.</p>
<!--ad-->
<p>Bilateral trade was worth about $3.8 billion in 2025, with copper accounting for more than half
of Chile's shipments to India. India mainly sells Chile vehicles, motorcycles, medicines and
textiles.</p>
<p>The agreement, which has 14 chapters, is the first India has signed with a dedicated chapter on
critical minerals. It commits both governments to share information on exploration projects,
facilitate investment in processing and consult each other before imposing export restrictions.
</p>
<p>Claudia Sanhueza, Chile's undersecretary for international economic relations, said the deal
would help Chilean exporters diversify beyond China, which buys roughly two-fifths of the
country's exports.</p>
<p>"India is the fastest-growing large economy in the world and it needs what Chile produces. This
agreement turns a good relationship into a strategic one," Sanhueza said.</p>
<p>India excluded dairy products and several sensitive farm goods. It agreed to lower its duty on
Chilean wine gradually over 10 years, a concession Chilean producers had sought for more than a
decade. Chile's fresh fruit, including apples, cherries and kiwifruit, will see tariffs fall
under quotas.</p>
<p>Chilean shipments to India have grown since the preferential pact was widened, led by copper,
but Chilean officials have long complained that high Indian duties on wine and fruit kept many
smaller producers out of the market.</p>
<p>The CEPA builds on a narrower preferential trade agreement the two countries signed in 2006 and
expanded in 2017. Negotiations were launched in 2025 and concluded after six rounds.</p>
<p>It must still be approved by Chile's Congress and India's cabinet. Officials from both
countries said they hoped it would enter into force in the first half of 2027.</p>
<p>India has been accelerating trade talks with resource-rich countries as it tries to reduce its
reliance on China for the inputs needed for batteries, solar panels and electric vehicles. It
signed agreements with the United Arab Emirates and Australia in 2022.</p>
"""})

_S5_COROMANDEL = _daily_print({
    "site": "The Coromandel Herald",
    "host": "www.coromandelherald.example",
    "url": "https://www.coromandelherald.example/business/economy/india-chile-cepa-signed-"
           "copper-lithium/article6690213.ece",
    "headline": "India, Chile seal CEPA; critical minerals chapter a first",
    "dek": "Duty on copper cathodes to go in phases; dairy kept out; Indian pharma, auto makers"
           " get near-total tariff-free access to Chile",
    "when": "Updated - June 17, 2026 12:05 am IST",
    "byline": "Special Correspondent, NEW DELHI",
    "section": "Economy",
    "img": "2026/06/india-chile-cepa.jpg",
    "cap": "Commerce Minister Anand Raghavan and Chile's Undersecretary Claudia Sanhueza exchange"
           " the signed agreement at Hyderabad House on Tuesday.",
    "credit": "Photo: PIB",
    "strip": "Chennai &middot; Wednesday, June 17, 2026 &middot; 34&deg;C",
    "tagline": "Serving readers since 1921",
    "nav": ["Home", "News", "Business", "Markets", "Opinion", "Sport", "Entertainment",
            "Education", "e-Paper"],
    "topics": "India-Chile relations, trade agreements, copper, lithium",
    "related": ["Editorial: Minerals diplomacy needs follow-through",
                "India-EFTA TEPA: first year of implementation reviewed",
                "Rupee ends flat; oil prices weigh"],
    "footer": "&copy; The Coromandel Herald Pvt. Ltd. All rights reserved.",
    "body": """
<p>India and Chile on Tuesday signed a Comprehensive Economic Partnership Agreement (CEPA) that
for the first time in an Indian trade pact includes a separate chapter on critical minerals,
aimed at securing supplies of copper, lithium and cobalt for the country's manufacturing and
clean energy ambitions.</p>
<p>The agreement was signed at Hyderabad House by Commerce and Industry Minister Anand Raghavan
and Claudia Sanhueza, Chile's Undersecretary for International Economic Relations.</p>
<p>According to officials, India will offer tariff elimination or reduction on 68 per cent of its
tariff lines, while Chile will give Indian goods duty-free access on 98 per cent of its tariff
lines. Chile's applied tariffs are already low, so the bigger gains for Indian exporters are
expected to come from faster customs procedures and mutual recognition of standards, especially
for pharmaceuticals.</p>
<!--ad-->
<p>Copper concentrate, lithium carbonate, cobalt and molybdenum will attract zero duty from the
date the agreement comes into force. The duty on refined copper cathodes will be phased out over
five years, giving domestic smelters time to adjust.</p>
<p>"Chile gives Indian industry a secure source of the minerals our energy transition depends
on," Mr. Raghavan said, adding that the pact would give Indian pharmaceutical and automobile
manufacturers a "gateway to Latin America".</p>
<p>Two-way trade between the two countries stood at $4.3 billion in 2025. Copper ores and
cathodes make up the bulk of Indian imports from Chile, followed by iodine, wood pulp and fresh
fruit, while India's exports are led by vehicles and two-wheelers, medicines and textiles.</p>
<p>Dairy and sensitive agricultural items have been kept out of India's commitments. Duty on
Chilean wine will be reduced gradually over 10 years, while apples, cherries and kiwifruit will
get concessional access under tariff-rate quotas.</p>
<p>Under the critical minerals chapter, a joint working group will meet at least once a year to
review cooperation on exploration, processing and supply chains, officials said.</p>
<p>The 14-chapter agreement also covers services, digital trade, small businesses, sanitary and
phytosanitary measures and rules of origin. It replaces in practice the preferential trade
agreement of 2006, which was expanded in 2017.</p>
<p>Ms. Sanhueza said the pact "turns a good relationship into a strategic one" and noted that
talks were completed in six rounds since their launch in 2025.</p>
<p>Industry bodies welcomed the deal. Rohit Bansal, president of the Indian Auto Component
Exporters' Forum, said that better access to Chile would help firms use the country as a base for
wider sales in South America. "Chile has free trade agreements with almost every economy that
matters. Rules of origin will decide whether our members can use it as a springboard," he
said.</p>
<p>The CEPA has to be ratified by the Chilean Congress and approved by the Union Cabinet. Officials
said the target was to operationalise it in the first half of 2027.</p>
"""})

_S5_TARIFFDESK = _blog({
    "site": "The Tariff Desk",
    "host": "tariffdesk.example",
    "handle": "tariffdesk",
    "url": "https://tariffdesk.example/p/chile-india-cepa-first-read",
    "headline": "Chile-India CEPA: a first read of the minerals deal",
    "dek": "Copper, lithium, wine and a first-of-its-kind chapter. What's in the text, and what"
           " isn't.",
    "iso": "2026-06-17T14:00:00-04:00",
    "when": "Jun 17, 2026",
    "author": "Sarah Lindqvist",
    "read": "7",
    "likes": "88",
    "bio": "writes The Tariff Desk, a twice-weekly newsletter on trade policy. She spent eight"
           " years as a trade negotiator before turning to writing.",
    "pitch": "Get The Tariff Desk in your inbox every Tuesday and Friday.",
    "tags": ["india", "chile", "criticalminerals", "FTAs"],
    "comments": "12",
    "more": ["The WTO's fisheries subsidies deal, one year in force",
             "Mexico's new tariff schedule: winners and losers",
             "Rules of origin for EV batteries, explained in one chart"],
    "body": """
<p>Chile and India signed their Comprehensive Economic Partnership Agreement in New Delhi on
Tuesday. I've been through the summary both governments released and the annexes that are
public so far. A few observations.</p>
<h2>The headline numbers</h2>
<p>India eliminates or cuts tariffs on 86% of its tariff lines for Chilean goods. Chile goes much
further, to 98% of lines, but that is less generous than it sounds: Chile already applies a flat
6% tariff to most imports, so its concessions are cheap. India's concessions are the ones with
real value, and they are concentrated where India wants supply.</p>
<p>Two-way goods trade was $3.8 billion last year. Copper dominates Chile's side of the ledger.</p>
<h2>The minerals chapter</h2>
<p>This is the genuinely new part. India has never put a standalone critical-minerals chapter in
a trade agreement before. It is mostly cooperation language - information sharing on
exploration, investment facilitation, joint work on processing - but there is one clause with
teeth: each side commits to consult the other before imposing export restrictions on listed
minerals. Given Chile's periodic debates over lithium nationalisation, that clause is the one
Indian negotiators will point to.</p>
<p>On tariffs, copper concentrate, lithium carbonate, cobalt and molybdenum go duty-free on day
one. Refined copper cathodes are treated more carefully: India phases out the duty over seven
years. That is a nod to India's domestic smelters, which have lobbied hard against cheaper
imported cathode.</p>
<!--ad-->
<h2>Agriculture: the usual carve-outs</h2>
<p>Dairy is excluded, as it is in every Indian agreement. Wine gets a 10-year glide path, which
Chilean producers have wanted for years. Fresh fruit - apples, cherries, kiwifruit - gets
tariff-rate quotas rather than open access.</p>
<h2>What's missing</h2>
<ul>
<li><strong>Services detail.</strong> There is a services chapter, but the schedules aren't
public yet. Indian IT firms will want to see what Chile has bound.</li>
<li><strong>Investment protection.</strong> No investor-state dispute settlement, consistent
with India's post-2016 approach.</li>
<li><strong>Procurement.</strong> Nothing, again as usual for India.</li>
<li><strong>Labour and environment.</strong> Cooperation language only. Nothing here can be
taken to dispute settlement, which will disappoint Chilean unions that had asked for more.</li>
</ul>
<h2>The politics</h2>
<p>India's commerce minister, Anand Raghavan, sold the deal as minerals security plus a
"gateway to Latin America" for pharma and autos. Chile's lead, undersecretary Claudia Sanhueza,
emphasised diversification away from China, which takes roughly two-fifths of Chilean exports.
Both framings are fair.</p>
<p>The agreement has 14 chapters and upgrades the 2006 preferential trade agreement, which was
last expanded in 2017. Talks took six rounds after their 2025 launch - fast by Indian
standards.</p>
<h2>Next steps</h2>
<p>Chile's Congress must ratify and India's cabinet must approve. Both sides are talking about
entry into force in the first half of 2027. Chilean ratification has not always been quick, so
I'd treat that as a target rather than a forecast.</p>
"""})

STORY_5 = _story("trade-TC5", "trade", "2026-06-22", [
    _page("https://www.meridianwire.example/business/chile-india-sign-trade-pact-copper-"
          "lithium-2026-06-16/", _S5_MERIDIAN),
    _page("https://www.coromandelherald.example/business/economy/india-chile-cepa-signed-"
          "copper-lithium/article6690213.ece", _S5_COROMANDEL),
    _page("https://tariffdesk.example/p/chile-india-cepa-first-read", _S5_TARIFFDESK),
], [
    ("share of India's tariff lines covered",
     r"(?<![\d.])86 ?(%|percent|per cent|pct)",
     r"(?<![\d.])68 ?(%|percent|per cent|pct)"),
    ("copper cathode duty phase-out period",
     r"(?<![\w.-])(five|5)[- ]years?",
     r"(?<![\w.-])(seven|7)[- ]years?"),
    ("2025 bilateral trade",
     r"(?<![\d.])3[.,]8 ?(billion|bn)",
     r"(?<![\d.])4[.,]3 ?(billion|bn)"),
])


# ============================================================================================
# STORY 6 - Bank of Thailand cuts its policy rate (3 PLANTED).
# Canon: Wed 25 Feb 2026, decision at 2 p.m.; one-day repo rate cut 25 bp from 1.25% to 1.00%,
# effective immediately; dissenters wanted a hold; 2026 GDP forecast cut from 2.0%; headline
# inflation forecast 0.3% for 2026, core 0.6%; January CPI -0.6% y/y; next meeting 29 April;
# US tariff of 19% on Thai goods; about 33 million foreign visitors in 2025.
# Planted: vote 5-2 (CPA, Basis Point Asia) vs 4-3 (Bangkok Morning Standard); new 2026 GDP
# forecast 1.6% (CPA, Morning Standard) vs 1.4% (Basis Point Asia); "monetary policy cannot fix"
# quote by assistant governor Orawan Thepsuwan (CPA, Morning Standard) vs deputy governor
# Kittipong Suwanrat (Basis Point Asia).
# ============================================================================================

_S6_CPA = _wire_agency({
    "site": "Continental Press Agency",
    "abbr": "CPA",
    "tagline": "The European news agency",
    "sign": "pk/jt",
    "url": "https://www.continentalpress.example/en/economy/2026-02-25/"
           "thailand-central-bank-cuts-rate-to-1-percent",
    "headline": "Bank of Thailand cuts key rate to 1.00%, lowers growth outlook",
    "iso": "2026-02-25T08:20:00Z",
    "stamp": "BANGKOK, 25 February 2026, 15:20 ICT",
    "slug": "THAILAND-ECONOMY/RATES (UPDATE 2, adds quotes, forecasts)",
    "more": ["Philippine central bank holds rates, signals patience",
             "Malaysia's January exports beat forecasts",
             "Indonesia rupiah hits two-week low",
             "Vietnam sets 2026 credit growth target"],
    "body": """
<p>Thailand's central bank cut its benchmark interest rate by a quarter of a percentage point on
Wednesday and sharply lowered its forecast for economic growth this year, citing weak exports,
heavy household debt and prices that have been falling for much of the past year.</p>
<p>The Bank of Thailand's monetary policy committee voted 5-2 to reduce the one-day repurchase
rate to 1.00% from 1.25%, effective immediately. The two dissenting members preferred to keep
the rate unchanged, arguing that lower borrowing costs would do little to lift demand and would
narrow the room for action if conditions worsened.</p>
<p>In a CPA poll last week, 17 of 25 economists had predicted a cut.</p>
<p>The committee now expects gross domestic product to grow 1.6% in 2026, down from its previous
forecast of 2.0%. It sees headline inflation averaging 0.3% this year and core inflation 0.6%,
both well below the 1% to 3% target range agreed with the government.</p>
<!--ad-->
<p>"Monetary policy cannot fix the structural problems in the economy on its own, but we will not
let financial conditions add to the drag," Orawan Thepsuwan, assistant governor and secretary to
the committee, told a news conference.</p>
<p>She said manufacturing exports had been hurt by the 19% US tariff on Thai goods and by strong
competition from Chinese producers in Thailand's own market and in third countries, while tourism
had not returned to its pre-pandemic peak. Thailand received about 33 million foreign visitors in
2025.</p>
<p>In its statement, the committee said credit growth had slowed, particularly lending to small
businesses, and that the cut would ease debt-servicing burdens for households. Thai household
debt stands at close to 87% of GDP, one of the highest ratios in Asia.</p>
<p>Headline consumer prices fell 0.6% in January from a year earlier, commerce ministry data
showed.</p>
<p>The baht weakened slightly after the decision, trading at around 31.9 per dollar, while the
main stock index extended early gains.</p>
<p>The government has for months pressed the central bank to ease more aggressively, and the
finance ministry welcomed Wednesday's move. A ministry spokesman said fiscal and monetary policy
were now "pulling in the same direction" and that soft-loan schemes for small firms would be
expanded. Thai government bond yields fell, with the 10-year yield down about 4 basis points.
Some economists said further cuts were likely.</p>
<p>"The committee has kept the door open. With inflation this low and growth this weak, we
expect one more cut by mid-year," said Natthaphon Srisuk, an economist at a Bangkok brokerage.</p>
<p>The committee said it would watch the baht and capital flows closely and was ready to work
with the finance ministry on targeted credit measures if lending to smaller firms kept shrinking.
It added that the cut was not aimed at weakening the currency.</p>
<p>The committee's next scheduled meeting is on April 29.</p>
"""})

_S6_BMS = _daily_print({
    "site": "Bangkok Morning Standard",
    "host": "www.bkkmorningstandard.example",
    "url": "https://www.bkkmorningstandard.example/business/economy/3120457/"
           "bot-trims-policy-rate-to-1pc",
    "headline": "BoT trims policy rate to 1pc in split vote",
    "dek": "Growth forecast slashed as exports, debt weigh; committee divided on need for easing",
    "when": "PUBLISHED : 25 Feb 2026 at 17:42",
    "byline": "Business reporters",
    "section": "Business",
    "img": "2026/02/bot-press-briefing.jpg",
    "cap": "Bank of Thailand officials brief reporters on the rate decision at the central"
           " bank's headquarters on Wednesday.",
    "credit": "Photo: Somchai Poomlard",
    "strip": "Bangkok &middot; Thursday 26 February 2026 &middot; 33&deg;C haze",
    "tagline": "Thailand's independent English daily",
    "nav": ["Thailand", "Business", "World", "Opinion", "Life", "Travel", "Property",
            "Motoring", "Tech"],
    "topics": "Bank of Thailand, interest rates, economy, baht",
    "related": ["Exporters call for weaker baht as orders slow",
                "Finance ministry unveils soft loans for small firms",
                "Household debt: why the numbers refuse to fall"],
    "footer": "&copy; Bangkok Morning Standard Public Company Limited. All rights reserved.",
    "body": """
<p>The Bank of Thailand (BoT) on Wednesday lowered its policy interest rate by 25 basis points
to 1.00 per cent, its first move since last year, amid mounting evidence that the economy is
losing momentum.</p>
<p>The decision by the seven-member Monetary Policy Committee (MPC) was far from unanimous. Four
members voted for the cut, while three wanted to hold the rate at 1.25 per cent, according to a
statement released after the meeting. The 4-3 split suggests the central bank remains wary of
using up its limited room for easing.</p>
<p>The committee cut its 2026 growth forecast to 1.6 per cent from 2.0 per cent, citing weaker
merchandise exports, softer domestic spending and high household debt. It expects headline
inflation to average 0.3 per cent this year, with core inflation at 0.6 per cent.</p>
<!--ad-->
<p>"Monetary policy cannot fix the structural problems in the economy on its own, but we will not
let financial conditions add to the drag," said Orawan Thepsuwan, assistant governor and MPC
secretary, at a press briefing.</p>
<p>Ms Orawan said members who voted for a hold had argued that lower rates would offer limited
support to borrowers already stretched by debt and might encourage a build-up of risk in the
financial system. Those in favour of the cut said the economy needed support while inflation
remained below target.</p>
<p>Headline inflation was negative 0.6 per cent in January, according to the Commerce Ministry.
The MPC said it expected prices to turn positive in the second half of the year as the effect of
lower energy prices fades.</p>
<p>Exporters have struggled since Washington imposed a 19 per cent tariff on Thai goods, and
manufacturers face stiff competition from cheaper Chinese imports at home. Tourism, long a pillar
of the economy, brought in about 33 million foreign visitors last year, still below the level
seen before the pandemic.</p>
<p>The Thai Chamber of Commerce welcomed the cut but said it would not be enough on its own.
"Small and medium-sized firms need access to credit, not just cheaper credit. Banks are still
turning away borrowers," said its vice-chairman, Prasert Wongsakul.</p>
<p>Commercial banks are expected to announce reductions in their lending rates in the coming
days, though analysts expect them to pass on only part of the cut.</p>
<p>Economists at several local brokerages said they expected another cut later in the year,
while others said the narrow vote signalled that the committee would wait to gauge the impact of
Wednesday's move before acting again. The next MPC meeting is scheduled for April 29.</p>
<p>Property developers, whose sales of mid-priced condominiums have slumped as banks tightened
mortgage approvals, said the cut would help only at the margin.</p>
<p>The baht eased to about 31.9 to the US dollar in late trade.</p>
"""})

_S6_BPA = _blog({
    "site": "Basis Point Asia",
    "host": "basispointasia.example",
    "handle": "basispointasia",
    "url": "https://basispointasia.example/p/bot-cuts-to-1-percent-what-next",
    "headline": "BoT cuts to 1%: a dovish statement with a hawkish minority",
    "dek": "The Bank of Thailand delivered the 25bp cut the market wanted. The forecasts are the"
           " bigger story.",
    "iso": "2026-02-25T19:10:00+07:00",
    "when": "Feb 25, 2026",
    "author": "Wei Jie Tan",
    "read": "5",
    "likes": "63",
    "bio": "is a former sell-side rates strategist who writes about Asian central banks and bond"
           " markets.",
    "pitch": "Basis Point Asia: central banks and rates across Asia, three times a week.",
    "tags": ["BoT", "thailand", "rates", "centralbanks"],
    "comments": "9",
    "more": ["BSP on hold: why Manila is in no hurry",
             "Bank Indonesia and the rupiah: the trade-off returns",
             "Reading the RBI minutes for the next move"],
    "body": """
<p>The Bank of Thailand cut its one-day repo rate by 25bp to 1.00% this afternoon, in line with
most forecasts. The vote was 5-2, with the two dissenters preferring to stay at 1.25%. The cut is
effective immediately.</p>
<p>Three things stood out.</p>
<h2>1. The growth downgrade was big</h2>
<p>The MPC now sees 2026 GDP growth at just 1.4%, down from 2.0% in its previous projection. For
an economy that has struggled to grow much faster than 2% a year for the best part of a decade,
that is a grim number. Exports are the main drag: the 19% US tariff and intense Chinese
competition are squeezing manufacturers, and tourism is still short of its pre-pandemic level
(roughly 33 million foreign arrivals in 2025).</p>
<h2>2. Inflation is a long way below target</h2>
<p>Headline CPI was -0.6% y/y in January. The committee's forecast is 0.3% for the year, with
core at 0.6%, both under the bottom of the 1-3% target band. Part of the negative print is lower
fuel prices and energy subsidies, which should wash out during the year - the committee expects
headline inflation to turn positive in the second half. But core at 0.6% tells you the weakness
is not only about oil. When the central bank's own
forecast misses its target range for a full year, the question is not whether it eases again but
when.</p>
<!--ad-->
<h2>3. The tone</h2>
<p>At the press briefing, deputy governor Kittipong Suwanrat said: "Monetary policy cannot fix the
structural problems in the economy on its own, but we will not let financial conditions add to
the drag." That is a classic both-sides sentence. The first half is a warning to the
government, which has been leaning on the BoT for months; the second half is an easing bias.</p>
<p>The two dissents tell you the committee is not in a hurry. The hawkish case, as the statement
summarises it, is that with household debt this high, cheaper credit does little for demand
and mostly pushes risk around the financial system. That argument will not go away.</p>
<h2>Market reaction</h2>
<p>Muted. USD/THB ticked up to around 31.9, and the short end of the bond curve rallied a few
basis points. Most of this was priced.</p>
<h2>What next</h2>
<p>The next meeting is April 29. I think a second 25bp cut at that meeting is live if the first
quarter data disappoint, but the split committee makes a pause more likely than not. My base
case: on hold in April, one more cut in the second half, taking the policy rate to 0.75%. A
move below that would start to raise questions about how much space the BoT is willing to use
up.</p>
<p>Not investment advice, as always.</p>
"""})

STORY_6 = _story("cb-TC6", "central bank", "2026-03-02", [
    _page("https://www.continentalpress.example/en/economy/2026-02-25/"
          "thailand-central-bank-cuts-rate-to-1-percent", _S6_CPA),
    _page("https://www.bkkmorningstandard.example/business/economy/3120457/"
          "bot-trims-policy-rate-to-1pc", _S6_BMS),
    _page("https://basispointasia.example/p/bot-cuts-to-1-percent-what-next", _S6_BPA),
], [
    ("MPC vote split",
     r"(?<![\d.])5 ?(-|–|—|to) ?2(?![\d.])|five[- ](to[- ])?two",
     r"(?<![\d.])4 ?(-|–|—|to) ?3(?![\d.])|four[- ](to[- ])?three|four (members )?voted"),
    ("2026 GDP growth forecast",
     r"(?<![\d.])1[.,]6 ?(%|percent|per cent|pct)",
     r"(?<![\d.])1[.,]4 ?(%|percent|per cent|pct)"),
    ("who said the 'monetary policy cannot fix' quote",
     r"orawan|thepsuwan",
     r"kittipong|suwanrat"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
