"""Story battery, part XD (web pages).

Part XD of the story battery (web pages), written by engineer XD1 on 2026-12-06
(nineteenth session, ninth batch) without reading Storyline's rules or other
parts, before any run; scored with `bench/bench_story_battery.py XD`.

Six stories (two on US-China trade, two on central banks, one election, one
court ruling), each told by three or four invented outlets from several
countries. Every page is a whole HTML document in its outlet's own template,
with site furniture around the article. Story ``cb-XD2`` is a control story
with no planted disagreement.
"""

from __future__ import annotations

import html as _html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _plain(text: str) -> str:
    """Text of an HTML fragment for JSON-LD and attributes."""
    out, depth = [], 0
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(ch)
    return _html.unescape("".join(out))


def _attr(text: str) -> str:
    return _html.escape(_plain(text), quote=True)


def _li(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{href}">{label}</a></li>' for label, href in items)


# ---------------------------------------------------------------------------
# 1. Pacific Wire: an American wire service. <article>, JSON-LD date, dateline.
# ---------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, published: str,
               shown: str, byline: str, related: list[tuple[str, str]],
               section: str = "World", updated: str | None = None,
               correction: str | None = None) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": _plain(title), "datePublished": published,
          "author": [{"@type": "Person", "name": n.strip()}
                     for n in byline.split(" and ")],
          "publisher": {"@type": "Organization", "name": "Pacific Wire"}}
    if updated:
        ld["dateModified"] = updated
    body = [f"<p>{dateline} &mdash; {paras[0]}</p>"]
    body += [f"<p>{p}</p>" for p in paras[1:]]
    fix = (f'<p class="story__correction"><em>{correction}</em></p>'
           if correction else "")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_html.escape(_plain(paras[0])[:150])}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel="stylesheet" href="/static/pw.3f9a.css">
</head>
<body class="pw">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/tech">Technology</a></li><li><a href="/photos">Photos</a></li>
  </ul></nav>
  <a class="pw-login" href="/account">Sign in</a>
</header>
<main id="main">
<article class="story">
  <div class="story__kicker"><a href="/{section.lower()}">{section}</a></div>
  <h1 class="story__headline">{title}</h1>
  <div class="story__meta">By <span class="story__byline">{byline}</span>
    &middot; <time datetime="{published}">{shown}</time></div>
  <div class="story__share">
    <button>Share on Facebook</button><button>Post on X</button>
    <button>Copy link</button>
  </div>
  <div class="story__body">
{chr(10).join(body)}
{fix}
  </div>
  <p class="story__trust">Our standards: <a href="/principles">The Pacific Wire Trust
  Principles</a>.</p>
</article>
<aside class="story__related">
  <h2>More from Pacific Wire</h2>
  <ul>
{_li(related)}
  </ul>
</aside>
</main>
<footer class="pw-footer">
  <p>&copy; 2025 Pacific Wire. All rights reserved. Data is delayed at least 15
  minutes.</p>
  <p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy</a> |
  <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 2. The Northern Ledger: a British national daily. Div soup, og: meta,
#    cookie banner, standfirst, "Most viewed".
# ---------------------------------------------------------------------------

def _ledger_site(title: str, paras: list[str], *, standfirst: str, iso: str,
                 shown: str, byline: str, section: str,
                 most_viewed: list[tuple[str, str]],
                 read_more: tuple[str, str] | None = None,
                 caption: str | None = None) -> str:
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<p class="dcr-p">{p}</p>')
        if i == 2:
            body.append('<div class="ad-slot ad-slot--inline" aria-hidden="true">'
                        '<span class="ad-label">Advertisement</span></div>')
        if i == 4 and read_more:
            body.append(f'<p class="dcr-p dcr-rich-link"><strong>Read more:</strong> '
                        f'<a href="{read_more[1]}">{read_more[0]}</a></p>')
    fig = ""
    if caption:
        fig = ('<figure class="dcr-fig"><img src="/img/lead-1200.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | {section} | The Northern Ledger</title>
<meta property="og:site_name" content="The Northern Ledger">
<meta property="og:title" content="{_attr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
</head>
<body>
<div id="cmp-banner" class="cmp" role="dialog">
  <div class="cmp__inner"><p>We and our partners use cookies to personalise content and
  ads and to analyse our traffic. You can change your choice at any time under
  &lsquo;Privacy settings&rsquo;.</p>
  <button class="cmp__yes">Yes, I&#8217;m happy</button>
  <button class="cmp__opts">Manage or reject cookies</button></div>
</div>
<div class="dcr-top"><a class="dcr-skip" href="#maincontent">Skip to main content</a>
  <div class="dcr-support">Support the Ledger &rarr; <a href="/support">Fund
  independent journalism from just &pound;2 a month</a></div>
  <div class="dcr-brand"><a href="/">The Northern Ledger</a></div>
  <div class="dcr-nav"><a href="/uk">UK</a> <a href="/world">World</a>
  <a href="/business">Business</a> <a href="/politics">Politics</a>
  <a href="/environment">Environment</a> <a href="/sport">Sport</a>
  <a href="/culture">Culture</a></div>
</div>
<div id="maincontent" class="dcr-grid">
 <div class="dcr-col-left"><div class="dcr-section">{section}</div></div>
 <div class="dcr-col-main">
  <div class="dcr-headline"><h1>{title}</h1></div>
  <div class="dcr-standfirst"><p>{standfirst}</p></div>
  {fig}
  <div class="dcr-meta"><div class="dcr-byline">{byline}</div>
   <div class="dcr-date">{shown}</div>
   <div class="dcr-share"><a href="#fb">Share on Facebook</a>
   <a href="#tw">Share on X</a> <a href="#mail">Share via Email</a></div></div>
  <div class="dcr-body">
{chr(10).join(body)}
  </div>
  <div class="dcr-epic"><h3>&hellip; we have a small favour to ask.</h3>
  <p>Millions turn to the Ledger for open, independent journalism. We don&#8217;t
  have a billionaire owner, so if you can, please <a href="/support">support us
  today</a>.</p></div>
 </div>
 <div class="dcr-col-right">
  <div class="dcr-mostviewed"><h2>Most viewed</h2><ol>
{_li(most_viewed)}
  </ol></div>
 </div>
</div>
<div class="dcr-footer"><p>&copy; 2025 Northern Ledger News &amp; Media Ltd or its
affiliated companies. All rights reserved. Registered in England and Wales No.
0418273. Registered office: 90 Quay Street, Manchester M3 3JE.</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. Harbour Business Times: a Hong Kong business daily. Headline in a styled
#    div, photo caption before the lead, paywall teaser, no date.
# ---------------------------------------------------------------------------

def _harbour_site(title: str, paras: list[str], *, byline: str, caption: str,
                  popular: list[tuple[str, str]], topic: str) -> str:
    body = "\n".join(f'<div class="hbt-txt"><p>{p}</p></div>' for p in paras)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_plain(title)} - Harbour Business Times</title>
<meta name="keywords" content="{topic}, China, economy, markets">
</head>
<body>
<div class="hbt-wrap">
 <div class="hbt-top"><div class="hbt-logo"><a href="/">Harbour Business Times</a></div>
  <div class="hbt-menu"><a href="/china">China</a> | <a href="/asia">Asia</a> |
  <a href="/markets">Markets</a> | <a href="/property">Property</a> |
  <a href="/opinion">Opinion</a> | <a href="/epaper">E-paper</a></div>
  <div class="hbt-sub"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
 </div>
 <div class="hbt-main">
  <div class="hbt-crumbs"><a href="/">Home</a> &gt; <a href="/china">China</a> &gt;
  {topic}</div>
  <div class="hbt-headline" style="font-size:34px;font-weight:700">{title}</div>
  <div class="hbt-author">{byline}</div>
  <div class="hbt-pic"><img src="/photos/2025/hbt-lead.jpg" alt="">
   <div class="hbt-caption">{caption}</div></div>
  <div class="hbt-body">
{body}
  </div>
  <div class="hbt-paywall"><div class="hbt-paywall-box">You have read 2 of your 3
  free articles this month. <a href="/subscribe">Subscribe for HK$88 a month</a>
  for unlimited access to markets coverage.</div></div>
  <div class="hbt-share">Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a>
  <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
 </div>
 <div class="hbt-side">
  <div class="hbt-box"><div class="hbt-box-title">Most Popular</div>
   <ul>
{_li(popular)}
   </ul></div>
  <div class="hbt-box hbt-ad">ADVERTISEMENT</div>
  <div class="hbt-box"><div class="hbt-box-title">Morning Brief newsletter</div>
   <p>Asia&#8217;s markets before the opening bell, in your inbox at 07:00.</p>
   <input type="email" placeholder="Email address"><button>Sign up</button></div>
 </div>
 <div class="hbt-foot">Harbour Business Times Ltd, 23/F, Harbour Commerce Tower,
 Gloucester Road, Wan Chai, Hong Kong. &copy; 2025 All rights reserved.</div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. The Basis Point: a WordPress finance blog.
# ---------------------------------------------------------------------------

def _blog_site(title: str, paras: list[str], *, post_id: int, slug: str,
               tags: list[str], recent: list[tuple[str, str]], comments: int,
               published: str | None = None, shown: str | None = None) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n'
            if published else "")
    when = (f' on <time class="entry-date published">{shown}</time>'
            if shown else "")
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                          for t in tags)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_plain(title)} &#8211; The Basis Point</title>
<meta property="og:site_name" content="The Basis Point">
<meta property="og:type" content="article">
{meta}<link rel="stylesheet" id="twentyish-style-css" href="/wp-content/themes/tw/style.css">
</head>
<body class="post-template-default single single-post postid-{post_id}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <p class="site-title"><a href="/" rel="home">The Basis Point</a></p>
 <p class="site-description">Macro, markets and the occasional rant</p>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu">
 <li><a href="/category/macro/">Macro</a></li><li><a href="/category/rates/">Rates</a></li>
 <li><a href="/category/fx/">FX</a></li><li><a href="/about/">About</a></li>
 <li><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">
 <header class="entry-header"><h1 class="entry-title">{title}</h1>
 <div class="entry-meta"><span class="byline">Posted by <a href="/author/dana/">Dana
 Whitfield</a></span>{when}</div></header>
 <div class="entry-content">
{body}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3>
<a class="share-facebook" href="#">Share on Facebook</a>
<a class="share-twitter" href="#">Tweet</a>
<a class="share-linkedin" href="#">LinkedIn</a>
<a class="share-copy" href="#">Copy link</a></div>
<p class="disclaimer"><em>Nothing here is investment advice. I may hold positions in
instruments mentioned.</em></p>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tag_links}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About Dana Whitfield</h2>
<p class="author-bio">Dana spent eleven years on a rates desk before deciding that writing
about markets was more fun than trading them. Based in Chicago.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments}
thoughts on &ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a comment</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>
{_li(recent)}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Get the Sunday letter</h2>
<div class="textwidget"><p>One email a week. No spam, no hot takes (well, a few).</p>
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The Basis
Point &middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. SCB News: an Australian public broadcaster. Key points box, posted date.
# ---------------------------------------------------------------------------

def _scb_site(title: str, paras: list[str], *, key_points: list[str],
              byline: str, related: list[tuple[str, str]],
              posted: str | None = None, updated: str | None = None,
              topic: str = "Business") -> str:
    stamp = ""
    if posted:
        stamp = f'<div class="scb-timestamp">Posted {posted}'
        if updated:
            stamp += f", updated {updated}"
        stamp += "</div>"
    kp = "\n".join(f"<li>{k}</li>" for k in key_points)
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<p class="scb-para">{p}</p>')
        if i == 5:
            body.append('<div class="scb-inline-related">Loading&hellip;</div>')
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - SCB News</title>
<meta name="description" content="{_html.escape(_plain(paras[0])[:160])}">
<meta property="og:site_name" content="SCB News">
</head>
<body>
<div id="scb-root">
<a href="#content" class="scb-skip">Skip to main content</a>
<header class="scb-header"><a href="/news" class="scb-logo">SCB News</a>
<nav><a href="/news/justin">Just In</a> <a href="/news/australia">Australia</a>
<a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/sport">Sport</a>
<a href="/listen">Listen live</a></nav></header>
<main id="content">
<div class="scb-topic"><a href="/news/topic/{topic.lower()}">{topic}</a></div>
<h1 class="scb-h1">{title}</h1>
<div class="scb-byline">By {byline}</div>
{stamp}
<section class="scb-keypoints"><h2>Key points:</h2><ul>
{kp}
</ul></section>
<div class="scb-body">
{chr(10).join(body)}
</div>
<div class="scb-share"><button>Share</button> <button>Copy link</button>
<button>Facebook</button> <button>X (formerly Twitter)</button></div>
<section class="scb-related"><h2>Related stories</h2><ul>
{_li(related)}
</ul></section>
</main>
<footer class="scb-footer"><p>SCB News is produced by the Southern Cross Broadcasting
Corporation. We pay our respects to the Traditional Owners of the land on which we
broadcast.</p><p>&copy; 2025 SCB &middot; <a href="/conditions">Conditions of use</a>
&middot; <a href="/privacy">Privacy policy</a></p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 6. KSVN 7: an Iowa local TV station. Styled-div headline, <br> paragraphs,
#    ad slots, weather widget, no date.
# ---------------------------------------------------------------------------

def _ksvn_site(title: str, paras: list[str], *, byline: str,
               trending: list[tuple[str, str]]) -> str:
    groups: list[list[str]] = [[]]
    for i, p in enumerate(paras):
        groups[-1].append(p)
        if i in (1, 5) and i < len(paras) - 1:
            groups.append([])
    ad = ('<div class="ad-container"><div class="ad-label">Advertisement</div>'
          '<div class="gpt-ad"></div></div>')
    text = ad.join('<div class="story-text">' + "<br><br>\n".join(g) + "</div>"
                   for g in groups)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_plain(title)}</title>
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="ksvn-story">
<div class="top-bar"><div class="weather-mini">Cedar Falls 61&deg;F Partly
Cloudy</div><div class="watch-live"><a href="/live">WATCH LIVE: KSVN 7 News at
6</a></div></div>
<div class="nav-wrap"><div class="logo"><a href="/">KSVN 7</a></div>
<div class="menu"><a href="/news">News</a> <a href="/weather">First Alert Weather</a>
<a href="/sports">Sports</a> <a href="/ag">Ag Report</a>
<a href="/investigates">7 Investigates</a> <a href="/contests">Contests</a></div></div>
<div class="page"><div class="col-main">
<div class="headline-lg" style="font:700 36px/1.15 Georgia,serif">{title}</div>
<div class="author-line">By {byline}</div>
<div class="social-row"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
<a href="#">Copy link</a></div>
{text}
<div class="tips">Have a news tip? Email <a href="mailto:news@ksvn7.example">news@ksvn7.example</a>
or call (319) 555-0107.</div>
<div class="app-promo">Download the free KSVN 7 News app for breaking alerts.</div>
</div>
<div class="col-side"><div class="trending"><h3>Trending Now</h3><ul>
{_li(trending)}
</ul></div><div class="ad-container"><div class="ad-label">Advertisement</div></div>
</div></div>
<div class="footer">Copyright 2025 KSVN-TV. All rights reserved. |
<a href="/fcc">FCC Public File</a> | <a href="/eeo">EEO Report</a> |
<a href="/closed-captioning">Closed Captioning</a> | 1200 Main St, Cedar Falls, IA</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 7. Vale Courier: an English regional paper with heavy ads. No date.
# ---------------------------------------------------------------------------

def _vale_site(title: str, paras: list[str], *, byline: str,
               most_read: list[tuple[str, str]],
               read_more: tuple[str, str] | None = None,
               caption: str | None = None) -> str:
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if i % 2 == 1:
            body.append('<div class="mpu-ad"><small>ADVERTISEMENT</small>'
                        '<div class="ad-unit" data-slot="inarticle"></div></div>')
        if i == 3 and read_more:
            body.append(f'<p class="read-more"><b>READ MORE:</b> '
                        f'<a href="{read_more[1]}">{read_more[0]}</a></p>')
    pic = ""
    if caption:
        pic = (f'<div class="lead-image"><img src="/images/lead.jpg" alt="">'
               f'<p class="caption">{caption}</p></div>')
    mr = "\n".join(f'<div class="mr-item"><span class="mr-num">{n}</span>'
                   f'<a href="{h}">{t}</a></div>'
                   for n, (t, h) in enumerate(most_read, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Vale Courier</title>
</head>
<body>
<div class="leaderboard-ad">ADVERTISEMENT</div>
<div class="site-header"><div class="masthead"><a href="/">Vale Courier</a>
<span class="strap">Serving Harrowfield, Ashby and the Vale since 1868</span></div>
<div class="nav"><a href="/news">News</a> <a href="/news/politics">Politics</a>
<a href="/sport">Sport</a> <a href="/whats-on">What&#8217;s On</a>
<a href="/property">Property</a> <a href="/announcements">Announcements</a>
<a href="/jobs">Jobs</a></div></div>
<div class="cookie-notice">This site uses cookies. By continuing to browse you agree
to our use of cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="content"><div class="article-col">
<h1 class="headline">{title}</h1>
<div class="byline">{byline}</div>
{pic}
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Share on WhatsApp</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="newsletter-box"><h4>Get the Courier&#8217;s daily newsletter</h4>
<p>The biggest stories from across the Vale, every morning.</p>
<input type="email" placeholder="Enter your email"><button>Sign me up</button></div>
<div class="comments-teaser"><a href="#comments">View comments</a></div>
</div>
<div class="sidebar"><div class="most-read"><h3>Most Read</h3>
{mr}
</div><div class="mpu-ad"><small>ADVERTISEMENT</small></div>
<div class="mpu-ad"><small>ADVERTISEMENT</small></div></div></div>
<div class="footer">Vale Courier, Unit 4, Kingsmead Business Park, Harrowfield HF2 7RL.
Part of Midshire Local Media. &copy; 2025. <a href="/ipso">IPSO regulated</a> |
<a href="/contact">Contact us</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 8. Coastline Herald: an Australian regional paper (Newcastle and the Hunter),
#    div soup, paywall teaser, lots of ads, no date.
# ---------------------------------------------------------------------------

def _coastline_site(title: str, paras: list[str], *, byline: str,
                    also: list[tuple[str, str]], caption: str | None = None) -> str:
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f'<div class="para">{p}</div>')
        if i in (0, 3, 6):
            body.append('<div class="ad ad--mrec"><div class="ad__lbl">Advertisement'
                        '</div></div>')
    pic = ""
    if caption:
        pic = (f'<div class="hero"><img src="/m/hero.jpg" alt=""><div class="hero__cap">'
               f'{caption}</div></div>')
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Coastline Herald | Newcastle, NSW</title>
<meta property="og:site_name" content="Coastline Herald">
</head>
<body>
<div class="ad ad--leader"><div class="ad__lbl">Advertisement</div></div>
<div class="hdr"><div class="hdr__logo"><a href="/">Coastline Herald</a></div>
<div class="hdr__nav"><a href="/news/local-news">Local News</a> <a href="/news/business">
Business</a> <a href="/sport/knights">Knights</a> <a href="/news/property">Property</a>
<a href="/obituaries">Obituaries</a> <a href="/weather">Weather</a></div>
<div class="hdr__sub"><a href="/subscribe">Subscribe</a></div></div>
<div class="wrap"><div class="story">
<div class="story__head"><div class="story__title" role="heading" aria-level="1">{title}
</div><div class="story__by">{byline}</div></div>
{pic}
<div class="story__body">
{chr(10).join(body)}
</div>
<div class="paywall">Subscribe now for unlimited access to local news. $1 a week for
the first 12 weeks. <a href="/subscribe">Subscribe</a> or <a href="/login">log
in</a>.</div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
<a href="#">Copy link</a></div>
</div>
<div class="rail"><div class="also"><h4>You might also like</h4><ul>
{_li(also)}
</ul></div><div class="ad ad--mrec"><div class="ad__lbl">Advertisement</div></div>
<div class="ad ad--mrec"><div class="ad__lbl">Advertisement</div></div></div></div>
<div class="ftr">Coastline Herald, 28 Bolton Street, Newcastle NSW 2300. &copy; 2025
Coastline Regional Media Pty Ltd. <a href="/privacy">Privacy</a> |
<a href="/conditions">Conditions</a></div>
</body>
</html>
"""


# ===========================================================================
# Stories
# ===========================================================================

_S1 = [
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/world/us-china-truce-copenhagen-7a41c2",
          _wire_site(
              "US, China agree to extend tariff truce by 90 days after Copenhagen talks",
              [
                  "The United States and China agreed on Tuesday to extend their tariff "
                  "truce by another 90 days, pushing back a deadline that had threatened to "
                  "send duties on each other&#8217;s goods soaring again, after two days of "
                  "talks in the Danish capital.",
                  "Treasury Secretary Marcus Hale, who led the U.S. delegation, told "
                  "reporters outside Eigtveds Pakhus, the Danish foreign ministry&#8217;s "
                  "conference center, that the truce would now run until Nov. 10 instead of "
                  "expiring on Aug. 12.",
                  "“We had very constructive, very candid conversations,” Hale said. "
                  "“Nobody got everything they wanted, and that is usually a sign that a "
                  "deal is real.”",
                  "Tuesday&#8217;s round of negotiations lasted nearly seven hours, "
                  "according to a U.S. official who asked not to be named because the "
                  "discussions were private. Monday&#8217;s opening session ran for about "
                  "five hours.",
                  "Under the arrangement, U.S. tariffs on most Chinese goods stay at 30% "
                  "and Chinese duties on American products at 10%. Both levels were set in "
                  "May, when negotiators meeting in Geneva stepped back from rates that had "
                  "topped 145% on the American side.",
                  "China also committed to buy 12 million metric tons of U.S. soybeans "
                  "before the end of 2025 and to speed up export licenses for rare-earth "
                  "magnets, which American automakers and defense contractors have "
                  "struggled to obtain since April.",
                  "In return, Washington will ease curbs on the sale of some chip-design "
                  "software to Chinese companies, said U.S. Trade Representative Janet "
                  "Orloff, who sat beside Hale at the table.",
                  "China&#8217;s team was led by Vice Premier Liu Zhenhai. In remarks "
                  "carried by the state news agency, Liu said both sides should “meet each "
                  "other halfway” and keep channels of communication open.",
                  "A joint statement was released at 3:30 p.m. EDT, shortly after the two "
                  "delegations left the venue. Any extension still has to be signed off by "
                  "the White House, Orloff said, though she expected that to be a "
                  "formality.",
                  "Trade in goods between the world&#8217;s two largest economies reached "
                  "$582 billion last year, according to U.S. government data. Investors "
                  "welcomed the news, and S&amp;P 500 futures rose 0.4% in after-hours "
                  "trading.",
                  "Hale said the two teams would meet again in the autumn but gave no "
                  "date.",
              ],
              dateline="COPENHAGEN (Pacific Wire)",
              published="2025-07-15T20:41:00Z", shown="July 15, 2025 8:41 PM GMT",
              byline="Anna Keller and Joseph Tran",
              related=[
                  ("US, China open two-day trade talks in Copenhagen",
                   "/world/us-china-copenhagen-talks-open-6f10aa"),
                  ("Fed holds rates at 4.25%-4.50% for fourth straight meeting",
                   "/business/fed-holds-june-5b22e1"),
                  ("EU trade chief to visit Washington on July 22 for steel talks",
                   "/world/eu-trade-chief-washington-7a0c19"),
                  ("Japan&#8217;s June exports slip 0.5% as shipments to US fall",
                   "/business/japan-exports-june-7a3307"),
              ])),
    # --- The Northern Ledger ------------------------------------------------
    _page("https://www.northernledger.example/business/2025/jul/15/"
          "us-china-trade-truce-extended-copenhagen",
          _ledger_site(
              "US and China extend trade truce as Copenhagen talks end in cautious deal",
              [
                  "The US and China have agreed to extend a fragile truce in their trade "
                  "war for a further 90 days, averting a return to triple-digit tariffs "
                  "that economists had warned could push parts of the global economy "
                  "towards recession.",
                  "The deal, struck in Copenhagen on Tuesday after two days of "
                  "negotiations, means the pause that was due to lapse on 12 August will "
                  "now last until 10 November.",
                  "Tuesday&#8217;s session ran for four hours and 40 minutes, with "
                  "officials shuttling between rooms at the Danish foreign ministry&#8217;s "
                  "waterfront conference centre, according to a person briefed on the "
                  "talks.",
                  "Marcus Hale, the US treasury secretary, described the discussions as "
                  "“very candid and very constructive”, and said neither team had walked "
                  "away with everything it wanted.",
                  "The tariffs themselves are unchanged. Washington will keep charging 30% "
                  "on most Chinese imports, while Beijing keeps a 10% duty on American "
                  "goods.",
                  "China has also promised to buy 12m tonnes of American soya beans before "
                  "the end of the year &ndash; a significant gesture to US farmers, who "
                  "have watched Brazil take much of their share of the Chinese market "
                  "&ndash; and to speed up licences for exports of rare-earth magnets.",
                  "The Chinese delegation, headed by the vice-premier Liu Zhenhai, called "
                  "the outcome balanced. The US trade representative, Janet Orloff, said "
                  "Washington would loosen export controls on some chip-design software.",
                  "A joint statement was published at 8.30pm BST, shortly after the two "
                  "delegations left the building.",
                  "The truce dates back to May, when talks in Geneva brought US tariffs on "
                  "Chinese goods down from 145% and Chinese tariffs on US goods down from "
                  "125%.",
                  "Analysts were cautious. “This buys time, not peace,” said Fiona "
                  "Adebayo, chief economist at the London consultancy Thameside Economics. "
                  "“The hard questions about chips and industrial subsidies have simply "
                  "been pushed into the autumn.”",
                  "Hale said the two sides would meet again later in the year. European "
                  "officials, who are negotiating their own arrangement with Washington, "
                  "will be watching closely.",
              ],
              standfirst="Washington and Beijing push back tariff deadline to November "
                         "after two days of negotiations in the Danish capital",
              iso="2025-07-15T21:10:00+01:00", shown="Tue 15 Jul 2025 21.10 BST",
              byline="Helen Sayer Economics correspondent", section="Business",
              read_more=("US and China open talks in Copenhagen as tariff deadline looms",
                         "/business/2025/jul/14/us-china-talks-copenhagen-open"),
              most_viewed=[
                  ("Bank of England holds rates at 4.25% as inflation rises to 3.6%",
                   "/business/2025/jul/boe-holds"),
                  ("Heatwave: temperatures forecast to reach 33C in London on Friday",
                   "/uk/2025/jul/heatwave-friday"),
                  ("Premier League 2025-26 fixtures: champions open at home on 15 August",
                   "/sport/2025/jun/fixtures"),
                  ("Water company fined &pound;3.4m over sewage spills into the Wye",
                   "/environment/2025/jul/water-fine"),
              ])),
    # --- Harbour Business Times ---------------------------------------------
    _page("https://www.harbourtimes.example/china/trade/article/3318274/"
          "china-us-extend-tariff-truce-soybeans",
          _harbour_site(
              "China, US extend tariff truce for 90 days; Beijing to step up soybean "
              "purchases",
              [
                  "China and the United States will extend their tariff truce for another "
                  "90 days after two days of talks in Copenhagen, the Ministry of Commerce "
                  "said, describing the discussions as “in-depth, candid and "
                  "constructive”.",
                  "The joint statement, released at 03:30 Hong Kong time on Wednesday, "
                  "confirmed that a deadline of 12 August had been pushed back to 10 "
                  "November.",
                  "Vice-Premier Liu Zhenhai led the Chinese team. US Treasury Secretary "
                  "Marcus Hale headed Washington&#8217;s delegation, accompanied by US "
                  "Trade Representative Janet Orloff.",
                  "As part of the arrangement, Chinese buyers will purchase 15 million "
                  "tonnes of US soybeans before the end of 2025, according to two people "
                  "familiar with the matter, a move that would restore some of the trade "
                  "lost since the tariff fight began.",
                  "The US will keep its 30 per cent tariff on most Chinese goods, and "
                  "China its 10 per cent levy on US products, for the duration of the "
                  "extension.",
                  "Beijing also agreed to accelerate approvals of export licences for "
                  "rare-earth magnets, while Washington will relax controls on some "
                  "electronic design automation (EDA) software used to lay out chips.",
                  "Liu told state media that the two sides should “meet each other "
                  "halfway” on the remaining disputes.",
                  "Bilateral goods trade totalled US$582bn last year, or roughly 4.2 "
                  "trillion yuan, making any breakdown of the truce costly for both "
                  "economies.",
                  "“Soybeans are the easiest card for Beijing to play. They are cheap "
                  "goodwill,” said Chen Huiling, chief China economist at Lantau "
                  "Securities in Hong Kong. “The real test is whether the chip software "
                  "concession survives the next round of US export-control reviews.”",
                  "Markets in the region reacted calmly. The CSI 300 index of Shanghai- "
                  "and Shenzhen-listed stocks rose 0.6 per cent on Wednesday and the Hang "
                  "Seng Index added 0.9 per cent, while the offshore yuan strengthened to "
                  "7.16 per US dollar.",
                  "Officials did not say when or where the next round would take place.",
              ],
              byline="By Wong Ka-yan in Hong Kong and Li Shuang in Beijing",
              caption="File photo: Containers stacked at the Kwai Chung terminal in Hong "
                      "Kong. Photo: HBT",
              topic="Trade",
              popular=[
                  ("PBOC keeps one-year loan prime rate at 3.0% for a second month",
                   "/china/economy/article/3318001"),
                  ("Singapore GDP grows 4.3% in second quarter, beating forecasts",
                   "/asia/article/3317950"),
                  ("Hong Kong June exports rise 11.3% on front-loading before tariffs",
                   "/hong-kong/article/3317822"),
                  ("Developer Kinwah Land seeks HK$6bn loan extension",
                   "/property/article/3317710"),
              ])),
    # --- The Basis Point ----------------------------------------------------
    _page("https://thebasispoint.example/2025/07/16/tariff-truce-extended-to-november/",
          _blog_site(
              "Tariff truce extended to November: what changed, what didn&#8217;t",
              [
                  "So the trade truce lives to fight another day. After two days in "
                  "Copenhagen, Washington and Beijing agreed late Tuesday to push the "
                  "tariff deadline back by 90 days, from Aug. 12 to Nov. 10. Here&#8217;s "
                  "my quick take on what it means.",
                  "<strong>What didn&#8217;t change:</strong> the rates. US tariffs on most "
                  "Chinese goods remain at 30%, China&#8217;s on US goods at 10%. If you "
                  "were hoping for a cut, keep waiting.",
                  "<strong>What did:</strong> China will buy 12 million metric tons of US "
                  "soybeans by year-end, and it will speed up export licenses for "
                  "rare-earth magnets. The US side, in turn, loosens export controls on some "
                  "chip-design (EDA) software.",
                  "<strong>The cast:</strong> Treasury Secretary Marcus Hale led the US "
                  "side alongside Commerce Secretary Janet Orloff, while Vice-Premier Liu "
                  "Zhenhai headed China&#8217;s team. Orloff was the blunt one, telling "
                  "reporters that “nothing is final until the President signs it,” though "
                  "she expects that to happen quickly.",
                  "<strong>Markets:</strong> S&amp;P 500 futures rose about 0.4% after the "
                  "statement hit the wires, and soybean futures in Chicago jumped 2.1% to "
                  "$10.62 a bushel overnight. Not a huge move, because a rollover was "
                  "roughly what everyone expected.",
                  "For context, the Geneva deal in May took US tariffs on Chinese goods "
                  "from 145% down to 30%. Nothing agreed in Copenhagen touches that number.",
                  "The chip-software piece is the most interesting bit to me. It is the "
                  "first time since the spring that Washington has given ground on tech "
                  "controls rather than on tariffs, and hawks in Congress will not love it. "
                  "Watch whether the Commerce Department actually issues the licenses.",
                  "<strong>Bottom line:</strong> this is a delay, not a deal. The hard "
                  "stuff &ndash; subsidies, chips, fentanyl &ndash; all got pushed to the "
                  "autumn, and the next deadline is just ahead of the holiday shipping "
                  "season. I&#8217;d keep my tariff-sensitive shorts on a short leash until "
                  "then.",
                  "As always, tell me in the comments where you think I&#8217;m wrong.",
              ],
              post_id=4821, slug="tariff-truce-extended-to-november",
              tags=["China", "Tariffs", "Soybeans", "Trade war"],
              comments=14,
              recent=[
                  ("June CPI: core at 2.9% and why the Fed won&#8217;t blink",
                   "/2025/07/15/june-cpi-core/"),
                  ("Copper at $5.60? A note on the 50% tariff threat",
                   "/2025/07/10/copper-tariff/"),
                  ("The Swiss franc trade nobody talks about",
                   "/2025/07/03/swiss-franc/"),
              ])),
]

_P1 = [
    ("duration",
     r"(?<![\d.])(seven|7) ?(hours?|hrs?|h\b)|420 ?min",
     r"(four|4) ?(hours?|hrs?|h\b)( and)? ?40|4 ?h ?40|280 ?min"),
    ("quantity",
     r"(?<![\d.])12 ?(million|m\b|mn|mln)",
     r"(?<![\d.])15 ?(million|m\b|mn|mln)"),
    ("title",
     r"trade representative|\bustr\b",
     r"commerce secretary|secretary of commerce"),
]

_S2 = [
    # --- Harbour Business Times ---------------------------------------------
    _page("https://www.harbourtimes.example/china/trade/article/3329410/"
          "beijing-retaliates-tariffs-us-energy-farm-machinery",
          _harbour_site(
              "Beijing hits back with tariffs of up to 15% on US energy and farm "
              "machinery",
              [
                  "China will impose additional tariffs of up to 15 per cent on American "
                  "energy products and farm machinery from 15 September, the Ministry of "
                  "Commerce said on Wednesday, in retaliation for new US duties on "
                  "Chinese-made semiconductors.",
                  "The measures cover about 100bn yuan (US$14bn) of US goods. Liquefied "
                  "natural gas and coal will face an extra 15 per cent levy, while crude "
                  "oil, agricultural machinery and cars with large engines will be charged "
                  "an additional 10 per cent.",
                  "The announcement came at 17:00 Beijing time, two days after a 25 per "
                  "cent US tariff on Chinese legacy chips took effect on 1 September. "
                  "Semiconductors were left out of the truce that has kept most other "
                  "tariffs in check since May.",
                  "“The US side has repeatedly politicised and weaponised trade and "
                  "technology issues, and China will firmly safeguard its legitimate "
                  "rights and interests,” commerce ministry spokesperson Wen Jiaxin said "
                  "in a statement.",
                  "The ministry also added two US defence contractors, Corvane Aerospace "
                  "and Halvorsen Dynamics, to its unreliable entity list, barring them from "
                  "trade and investment in China.",
                  "Analysts said the package was narrower than the headline suggested. "
                  "China bought relatively little American LNG in the first half of the "
                  "year, and its crude imports from the US had already fallen sharply.",
                  "“Beijing is choosing targets where it has alternatives,” said Ivy "
                  "Tsang, senior economist at Harbourgate Capital. “Qatar, Australia and "
                  "Russia can cover LNG. Farm machinery is more symbolic, but the message "
                  "is aimed squarely at US states that matter politically.”",
                  "She said the choice of 15 September gave both sides almost two weeks "
                  "to talk before the duties bite.",
                  "Futures on the Hang Seng Index slipped 0.8 per cent in evening trading "
                  "after the announcement, and the offshore yuan weakened slightly to 7.14 "
                  "per US dollar.",
                  "The Ministry of Commerce said it remained open to dialogue and urged "
                  "Washington to “correct its wrong practices”.",
              ],
              byline="By Li Shuang in Beijing",
              caption="Courtesy: a liquefied natural gas carrier berths at a terminal in "
                      "Tianjin. Photo: Handout",
              topic="Trade",
              popular=[
                  ("China&#8217;s August exports grow 4.4% year on year",
                   "/china/economy/article/3329001"),
                  ("Bank of Japan&#8217;s Ueda signals patience on next hike",
                   "/asia/article/3328850"),
                  ("Hang Seng Tech index hits four-year high on AI rally",
                   "/markets/article/3328790"),
                  ("Macau gaming revenue rises 12% in August to 22.2bn patacas",
                   "/macau/article/3328655"),
              ])),
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/business/china-retaliatory-tariffs-chips-9c0e55",
          _wire_site(
              "China slaps retaliatory tariffs on US energy, farm equipment in chip "
              "dispute",
              [
                  "China on Wednesday announced tariffs on about $14 billion of American "
                  "goods, including liquefied natural gas, coal and farm machinery, "
                  "striking back at Washington&#8217;s new levy on Chinese-made chips.",
                  "The duties take effect Monday, Sept. 15, the Commerce Ministry said in "
                  "a statement posted at 5 p.m. local time.",
                  "LNG and coal will be hit with an additional 15% tariff. Crude oil, "
                  "agricultural machinery and large-engine cars will face an additional "
                  "10%.",
                  "Commerce Ministry spokesperson Wen Jiaxin accused the United States of "
                  "having “repeatedly politicized and weaponized trade and technology "
                  "issues” and said Beijing would firmly defend its interests.",
                  "Beijing also put two U.S. defense firms, Corvane Aerospace and "
                  "Halvorsen Dynamics, on its so-called unreliable entity list, which "
                  "bars them from doing business in China.",
                  "The move follows a 25% U.S. tariff on older-generation semiconductors "
                  "imported from China, which took effect Sept. 1. Washington cited "
                  "national security concerns when it announced the levy in August.",
                  "White House spokesperson Karen Liddell said the administration would "
                  "“respond as appropriate” and that the chip tariff was “not "
                  "negotiable.”",
                  "At a regular briefing in Beijing, Foreign Ministry spokesperson Guo "
                  "Ming said China “does not want a trade war, but it is not afraid of "
                  "one.”",
                  "Energy analysts said the direct effect would be modest. China imported "
                  "just 11 cargoes of U.S. LNG in the first half of the year, according to "
                  "ship-tracking firm Meridian Cargo Data, and has been buying more from "
                  "Qatar and Australia.",
                  "Farm groups were more worried. U.S. exports of agricultural machinery "
                  "to China are small compared with soybeans or pork, but manufacturers in "
                  "the Midwest have been counting on the Chinese market to offset weak "
                  "demand at home.",
                  "U.S. crude futures were little changed in early New York trading.",
              ],
              dateline="BEIJING (Pacific Wire)",
              published="2025-09-03T10:12:00Z", shown="Sept. 3, 2025 10:12 AM GMT",
              byline="Joseph Tran", section="Business",
              related=[
                  ("US tariff on Chinese legacy chips takes effect",
                   "/business/us-chip-tariff-takes-effect-9b8812"),
                  ("Brazil soybean exports to China hit record 11.8 million tons in July",
                   "/business/brazil-soy-record-9a7720"),
                  ("Oil rises 1% as OPEC+ weighs October output",
                   "/markets/oil-opec-october-9bf104"),
              ])),
    # --- SCB News -----------------------------------------------------------
    _page("https://www.scbnews.example/news/2025-09-03/"
          "china-retaliates-us-chip-tariffs-energy-farm-machinery/105741220",
          _scb_site(
              "China retaliates against US chip tariffs with levies on energy and farm "
              "machinery",
              [
                  "China has announced new tariffs on US energy exports and farm "
                  "machinery in response to Washington&#8217;s tariffs on Chinese "
                  "semiconductors, reigniting trade tensions between the world&#8217;s two "
                  "biggest economies.",
                  "The levies, which cover about $US17 billion ($26 billion) worth of "
                  "American goods, will apply from Monday, 15 September, Beijing said.",
                  "Liquefied natural gas and coal will attract an extra 15 per cent tariff, "
                  "and crude oil, agricultural machinery and large-engine vehicles an "
                  "extra 10 per cent.",
                  "“The US side has repeatedly politicised and weaponised trade and "
                  "technology issues,” foreign ministry spokesman Guo Ming said, adding "
                  "that China would “firmly safeguard its legitimate rights and "
                  "interests”.",
                  "The announcement was made at 7:00pm AEST (5:00pm in Beijing), and two "
                  "American defence companies were also added to China&#8217;s "
                  "&ldquo;unreliable entity&rdquo; list.",
                  "The US tariff of 25 per cent on Chinese chips came into force on 1 "
                  "September. Beijing said its measures were a direct response to that "
                  "decision and that it remained open to talks.",
                  "Australia is one of China&#8217;s biggest suppliers of LNG and coal, and "
                  "economists said local exporters could pick up some extra business in "
                  "the short term.",
                  "“If Chinese buyers step away from American cargoes, Australian and "
                  "Qatari LNG are the obvious replacements,” said Tom Reardon, head of "
                  "Asia economics at Southgate Bank. “But a wider slowdown in global "
                  "trade would hurt us far more than any gain in market share.”",
                  "Trade Minister Kate Ellery said the government was &ldquo;watching "
                  "closely&rdquo; and that escalating tensions between the United States "
                  "and China were &ldquo;not in anyone&#8217;s interest&rdquo;.",
                  "The Australian dollar was steady at 65.3 US cents in evening trade.",
              ],
              key_points=[
                  "China will put tariffs of 10 to 15 per cent on some US goods",
                  "Beijing says it is responding to a US tariff on Chinese chips",
                  "Australian LNG exporters could benefit in the short term",
              ],
              byline="Emily Tran",
              posted="Wed 3 Sep 2025 at 9:48pm", topic="Business",
              related=[
                  ("Australia&#8217;s economy grew 0.6 per cent in the June quarter",
                   "/news/2025-09-03/gdp-june-quarter/105739900"),
                  ("Iron ore price falls below $US100 a tonne",
                   "/news/2025-09-02/iron-ore/105736118"),
                  ("Barley exports to China back to record levels, two years after "
                   "tariffs lifted", "/news/2025-08-28/barley/105720034"),
              ])),
    # --- KSVN 7 -------------------------------------------------------------
    _page("https://www.ksvn7.example/2025/09/03/chinas-new-tariffs-hit-farm-equipment-"
          "cedar-valley-manufacturers-brace/",
          _ksvn_site(
              "China&#8217;s new tariffs hit farm equipment; Cedar Valley manufacturers "
              "brace",
              [
                  "CEDAR FALLS, Iowa (KSVN) &mdash; Manufacturers in the Cedar Valley are "
                  "bracing for fallout after China announced new tariffs on American farm "
                  "machinery early Wednesday, Sept. 3.",
                  "Beijing says a 10% tariff on U.S. agricultural machinery will take "
                  "effect Thursday, Sept. 18. The duty is part of a package that also "
                  "targets American liquefied natural gas, coal, crude oil and some cars.",
                  "Heartland Implement Co., which employs about 1,400 people at its plant "
                  "on the west side of Cedar Falls, sold roughly $60 million worth of "
                  "tractor and combine parts to Chinese buyers last year, according to "
                  "the company.",
                  "&ldquo;Ten percent doesn&#8217;t sound like much until you&#8217;re the "
                  "one bidding against a German or a Brazilian competitor who "
                  "doesn&#8217;t have to pay it,&rdquo; said Ray Dunbar, the plant&#8217;s "
                  "general manager.",
                  "Dunbar said the company had no plans to cut jobs but would "
                  "&ldquo;take a hard look&rdquo; at overtime if orders from China dry up.",
                  "China says the tariffs are a response to a 25% U.S. tariff on "
                  "Chinese-made computer chips that started Sept. 1.",
                  "Soybeans, Iowa&#8217;s biggest export to China, were not on the list. "
                  "Linda Haugen, who farms corn and soybeans near Waverly and sits on the "
                  "Black Hawk County Farm Bureau board, called that &ldquo;a small "
                  "mercy.&rdquo;",
                  "&ldquo;We&#8217;ve been here before, in 2018 and again this spring. "
                  "Every time, it&#8217;s the farm economy that takes the first hit,"
                  "&rdquo; Haugen said.",
                  "U.S. Rep. Mark Tollefson, R-Iowa, said in a statement that he had "
                  "spoken with the White House and urged negotiators to &ldquo;keep Iowa "
                  "manufacturers out of the crossfire.&rdquo;",
                  "KSVN reached out to the White House for comment but had not heard back "
                  "by air time. Stay with KSVN 7 News for updates on this story.",
              ],
              byline="Megan Vaughn, KSVN 7 News",
              trending=[
                  ("Waterloo man charged after Tuesday chase on Highway 218",
                   "/2025/09/02/waterloo-chase/"),
                  ("First Alert Weather: storms possible Friday, highs near 80",
                   "/weather/"),
                  ("UNI Panthers open season with 31-17 win",
                   "/sports/2025/08/30/uni-opener/"),
                  ("Cedar Falls council approves $4.2 million trail project",
                   "/2025/09/02/trail-project/"),
              ])),
]

_P2 = [
    ("amount",
     r"(?<![\d.])14 ?(billion|bn|b\b)",
     r"(?<![\d.])17 ?(billion|bn|b\b)"),
    ("date",
     r"(sept?\.?|september) 15|15 sept|2025-09-15|\b15/0?9\b|\bmonday",
     r"(sept?\.?|september) 18|18 sept|2025-09-18|\b18/0?9\b|\bthursday"),
    ("speaker",
     r"\bwen\b|jiaxin|commerce ministry|ministry of commerce",
     r"\bguo\b|guo ming|foreign ministry"),
]

_S3 = [
    # --- SCB News -----------------------------------------------------------
    _page("https://www.scbnews.example/news/2025-08-12/"
          "reserve-bank-cuts-interest-rates-august/105612884",
          _scb_site(
              "Reserve Bank cuts interest rates to 3.6 per cent, the third cut this year",
              [
                  "The Reserve Bank has cut the official cash rate by 0.25 percentage "
                  "points to 3.6 per cent, delivering a third interest rate cut this year "
                  "for mortgage holders.",
                  "The decision by the RBA&#8217;s Monetary Policy Board, announced at "
                  "2:30pm AEST on Tuesday, takes the cash rate to its lowest level since "
                  "April 2023. The board also cut rates in February and May.",
                  "The decision was unanimous, governor Helen Marsh told reporters at her "
                  "3:30pm press conference in Sydney.",
                  "&ldquo;Inflation has come down a long way, and the board judged that a "
                  "further easing was appropriate,&rdquo; Ms Marsh said. &ldquo;But we are "
                  "not on a pre-set path.&rdquo;",
                  "The trimmed mean measure of inflation, the RBA&#8217;s preferred gauge of "
                  "underlying price growth, fell to 2.7 per cent in the year to June, "
                  "inside the bank&#8217;s 2 to 3 per cent target band.",
                  "In its updated forecasts, the RBA now expects the economy to grow by "
                  "1.7 per cent this year, a downgrade that reflects weak household "
                  "spending and a soft patch in business investment.",
                  "The jobless rate rose to 4.3 per cent in June, its highest level in "
                  "more than three years.",
                  "According to comparison site RateWise, a borrower with a $600,000 loan "
                  "and 25 years remaining will save about $90 a month if the cut is "
                  "passed on in full.",
                  "Southgate Bank and Westshore Bank said within an hour that they would "
                  "pass on the cut in full to variable-rate customers from Friday, 15 "
                  "August.",
                  "Treasurer Daniel Okafor said the cut was &ldquo;welcome relief for "
                  "millions of Australians with a mortgage&rdquo;, but the Opposition said "
                  "families were still paying more than they were three years ago.",
              ],
              key_points=[
                  "The cash rate is now 3.6 per cent, down from 3.85 per cent",
                  "It is the third cut of 2025, after February and May",
                  "The RBA has lowered its forecast for economic growth",
              ],
              byline="Michael Dunne",
              posted="Tue 12 Aug 2025 at 2:41pm",
              updated="Tue 12 Aug 2025 at 5:05pm", topic="Interest Rates",
              related=[
                  ("What the Reserve Bank&#8217;s new board means for your mortgage",
                   "/news/2025-03-30/rba-board/105110212"),
                  ("Unemployment rises to 4.3 per cent as 2,000 jobs lost in June",
                   "/news/2025-07-17/jobs-june/105540211"),
                  ("New Zealand&#8217;s central bank tipped to cut to 3 per cent next "
                   "week", "/news/2025-08-11/rbnz/105609001"),
              ])),
    # --- The Basis Point ----------------------------------------------------
    _page("https://thebasispoint.example/2025/08/12/rba-cuts-to-3-60/",
          _blog_site(
              "RBA cuts to 3.60% and the Aussie barely notices",
              [
                  "The Reserve Bank of Australia lowered its cash rate target by 25 basis "
                  "points to 3.60% on Tuesday, its third cut of 2025 after the February "
                  "and May moves. Previous level: 3.85%.",
                  "The vote on the nine-member Monetary Policy Board was unanimous, per "
                  "the post-meeting statement. No drama there.",
                  "AUD/USD slipped 0.2% to 65.1 US cents after the 14:30 AEST release "
                  "(04:30 GMT), which is about as muted as it gets. The market had this "
                  "fully priced.",
                  "The more interesting stuff was in the forecasts. The August Statement "
                  "on Monetary Policy trims 2025 GDP growth to 1.7% from 2.1%, and staff "
                  "now see trimmed mean inflation at 2.6% by December.",
                  "Trimmed mean CPI was 2.7% y/y in Q2, so the RBA is comfortably back "
                  "inside its 2&ndash;3% band, and unemployment has drifted up to 4.3%. "
                  "That combination is what a central bank cuts into.",
                  "For the mortgage crowd: comparison site RateWise reckons a borrower "
                  "with a $600k loan and 25 years left saves around $110 a month if the "
                  "banks pass the cut on in full.",
                  "Governor Helen Marsh was careful at the presser, saying the board "
                  "&ldquo;is not on a preset path&rdquo;. Translation: don&#8217;t assume "
                  "September.",
                  "Pricing has roughly one more cut by year-end. The next meeting is "
                  "Sept. 29&ndash;30, and I&#8217;d be surprised if they move before the "
                  "Q3 CPI print at the end of October.",
                  "Trade idea, for what it&#8217;s worth: I still like being long the "
                  "front end of the Aussie curve against New Zealand, where the Reserve "
                  "Bank of New Zealand is further along its cutting cycle.",
              ],
              post_id=4902, slug="rba-cuts-to-3-60",
              tags=["RBA", "Australia", "Rates", "AUD"], comments=6,
              published="2025-08-12T08:05:00-04:00", shown="August 12, 2025",
              recent=[
                  ("July CPI preview: tariffs are finally showing up",
                   "/2025/08/11/july-cpi-preview/"),
                  ("Bank of England cuts to 4% in a 5&ndash;4 squeaker",
                   "/2025/08/07/boe-cuts-to-4/"),
                  ("Gold at $3,400: who is still buying?", "/2025/08/05/gold/"),
              ])),
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/business/australia-central-bank-cuts-rates-"
          "8d2f70",
          _wire_site(
              "Australia&#8217;s central bank cuts rates to 3.6%, lowers growth outlook",
              [
                  "Australia&#8217;s central bank cut its benchmark interest rate by a "
                  "quarter of a percentage point on Tuesday to 3.6%, the lowest in more "
                  "than two years, as inflation cooled and the labor market softened.",
                  "Two of the nine members of the Reserve Bank of Australia&#8217;s "
                  "Monetary Policy Board voted to keep the cash rate at 3.85%, according "
                  "to a summary of the vote released with the decision.",
                  "Governor Helen Marsh told a news conference that the board was "
                  "&ldquo;not on a pre-set path&rdquo; and would be guided by the data.",
                  "Underlying inflation slowed to an annual 2.7% in the April-June "
                  "quarter, while the unemployment rate rose to 4.3% in June.",
                  "The RBA also lowered its forecasts for economic growth, citing "
                  "sluggish consumer spending and uncertainty over U.S. trade policy.",
                  "It was the central bank&#8217;s third cut this year. Thirty of 32 "
                  "economists polled by Pacific Wire had expected a reduction.",
                  "The Australian dollar fell 0.2% to 65.10 U.S. cents after the "
                  "decision, and yields on three-year government bonds edged lower.",
                  "Treasurer Daniel Okafor welcomed the move, saying it would help "
                  "households that had &ldquo;done it tough&rdquo; through a long period "
                  "of high interest rates.",
                  "Australia&#8217;s major banks quickly said they would pass on the cut "
                  "to borrowers.",
                  "The RBA has now lowered the cash rate by a total of 75 basis points "
                  "since February, when it delivered its first cut in more than four "
                  "years.",
                  "Marsh said the board was watching the effect of U.S. tariffs on China, "
                  "Australia&#8217;s largest trading partner, and would respond if global "
                  "demand weakened sharply. Markets are pricing in about one more "
                  "reduction before the end of the year.",
              ],
              dateline="SYDNEY (Pacific Wire)",
              published="2025-08-12T05:02:00Z", shown="Aug. 12, 2025 5:02 AM GMT",
              byline="Rachel Boyd", section="Business",
              related=[
                  ("New Zealand central bank seen cutting rates again next week",
                   "/business/rbnz-preview-8d0e41"),
                  ("Bank of England cuts rates to 4% in split vote",
                   "/business/boe-cuts-8c9911"),
                  ("China&#8217;s July exports beat forecasts, rise 7.2%",
                   "/business/china-exports-july-8cc302"),
              ])),
    # --- Coastline Herald ---------------------------------------------------
    _page("https://www.coastlineherald.example/story/9012448/"
          "rate-cut-relief-what-it-means-for-hunter-borrowers/",
          _coastline_site(
              "Rate cut relief: what the RBA&#8217;s move means for Hunter borrowers",
              [
                  "Hunter homeowners are in line for some relief after the Reserve Bank "
                  "cut the cash rate by 25 basis points to 3.6 per cent on Tuesday, 12 "
                  "August.",
                  "It is the third cut this year, and it was announced at 2.30pm after "
                  "the bank&#8217;s Monetary Policy Board met in Sydney.",
                  "According to comparison site RateWise, a borrower with a $600,000 loan "
                  "and 25 years remaining will save about $90 a month, or more than "
                  "$1000 a year, if the cut is passed on in full.",
                  "With the median Newcastle house price now above $950,000, many local "
                  "buyers are carrying larger loans than that, and will see bigger "
                  "savings.",
                  "The RBA also revised its forecasts, tipping economic growth of 1.9 per "
                  "cent this year as households keep a tight grip on their spending.",
                  "Charlestown mortgage broker Jess Pallister said her phone had been "
                  "ringing since the announcement. &ldquo;People have been waiting for "
                  "this. Some are asking whether they should refinance, and for a lot of "
                  "them the answer is yes,&rdquo; she said.",
                  "Southgate Bank and Westshore Bank said they would pass the cut on in "
                  "full from Friday, 15 August. The region&#8217;s customer-owned "
                  "lenders were expected to follow within days.",
                  "Treasurer Daniel Okafor described the cut as &ldquo;welcome relief for "
                  "millions of mortgage holders&rdquo;.",
                  "Not everyone is celebrating. Retirees who rely on term deposits will "
                  "see their interest income fall again, said Merewether financial "
                  "planner Graham Tuckwell, who urged savers to shop around.",
                  "Governor Helen Marsh said the board would keep watching the data and "
                  "did not commit to further cuts.",
              ],
              byline="Sophie Carrick",
              caption="Homes in Adamstown Heights. Picture by Marina Neil",
              also=[
                  ("Knights sign halfback on three-year deal",
                   "/story/9011877/knights-halfback/"),
                  ("Port of Newcastle coal exports fall 8 per cent in July",
                   "/story/9011560/port-coal/"),
                  ("Lake Macquarie council approves $12m aquatic centre upgrade",
                   "/story/9011302/aquatic-centre/"),
              ])),
]

_P3 = [
    ("vote",
     r"unanimous",
     r"(?<![\d.])7 ?(-|–|to) ?2(?![\d.])|seven to two|two (of the nine )?(members|dissent)"
     r"|\b2 dissent"),
    ("forecast",
     r"(?<![\d.])1\.7 ?(%|per ?cent|percent|pct)",
     r"(?<![\d.])1\.9 ?(%|per ?cent|percent|pct)"),
    ("amount",
     r"(?<![\d.])90(?![\d.,])",
     r"(?<![\d.])110(?![\d.,])"),
]

_S4 = [
    # --- The Northern Ledger ------------------------------------------------
    _page("https://www.northernledger.example/business/2025/sep/11/"
          "ecb-holds-interest-rates-eurozone-inflation",
          _ledger_site(
              "ECB holds interest rates at 2% as eurozone inflation stays close to target",
              [
                  "The European Central Bank has left interest rates unchanged for a "
                  "second meeting in a row, saying inflation in the eurozone is close to "
                  "its 2% target and the economy has held up better than expected despite "
                  "US tariffs.",
                  "The ECB&#8217;s governing council kept its deposit rate at 2%, where it "
                  "has stood since June, after eight cuts in a year that brought it down "
                  "from a peak of 4%.",
                  "The decision, announced at 1.15pm UK time, had been widely expected by "
                  "financial markets.",
                  "Speaking at a press conference in Frankfurt, the ECB president, "
                  "&Eacute;lodie Varenne, said: &ldquo;We are in a good place, and we "
                  "intend to stay there for as long as the data allow.&rdquo;",
                  "ECB staff now expect inflation to average 2.1% this year and 1.7% in "
                  "2026, before returning to 1.9% in 2027. The forecast for growth this "
                  "year was raised to 1.2%, from 0.9% in June, after a stronger than "
                  "expected first half.",
                  "Annual inflation across the 20 countries that use the euro was 2.1% in "
                  "August, according to Eurostat&#8217;s flash estimate.",
                  "The central bank is also continuing to shrink its balance sheet, "
                  "letting about &euro;40bn a month of bonds mature without reinvesting "
                  "the proceeds.",
                  "&ldquo;The bar for another cut is now quite high,&rdquo; said Marta "
                  "Lindholm, European economist at Canalside Capital. &ldquo;It would take "
                  "a clear undershoot of inflation next year, and the ECB&#8217;s own "
                  "numbers show only a small and temporary one.&rdquo;",
                  "The euro was trading at about $1.17 after the announcement.",
                  "In the UK, the Bank of England, which meets next week, is expected to "
                  "keep its base rate at 4%.",
              ],
              standfirst="Central bank leaves deposit rate unchanged for second meeting in "
                         "a row and raises its growth forecast for 2025",
              iso="2025-09-11T16:48:00+01:00", shown="Thu 11 Sep 2025 16.48 BST",
              byline="Jasper Reid in Frankfurt", section="Business",
              caption="The European Central Bank&#8217;s headquarters in Frankfurt. "
                      "Photograph: Lukas Brandt/Ledger",
              most_viewed=[
                  ("UK economy flatlined in July, figures show",
                   "/business/2025/sep/12/uk-gdp-july"),
                  ("Rail fares in England to rise by 4.6% next year",
                   "/uk/2025/sep/rail-fares"),
                  ("Fed expected to cut rates next week as US jobs growth stalls",
                   "/business/2025/sep/fed-preview"),
                  ("Ryder Cup: Europe name final two wildcard picks",
                   "/sport/2025/sep/ryder-cup"),
              ])),
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/business/ecb-holds-rates-september-9d41b7",
          _wire_site(
              "ECB keeps rates on hold for second straight meeting, nudges up growth "
              "outlook",
              [
                  "The European Central Bank left its key interest rate unchanged at "
                  "2.00% on Thursday, keeping policy on hold for a second straight meeting "
                  "as inflation hovers near its target.",
                  "The decision, announced at 14:15 Frankfurt time (8:15 a.m. EDT), was "
                  "expected by all 68 economists in a Pacific Wire poll.",
                  "The deposit rate has been at 2% since June, when the ECB completed a "
                  "run of eight quarter-point cuts that lowered borrowing costs by 200 "
                  "basis points over 12 months.",
                  "The main refinancing rate stayed at 2.15% and the marginal lending "
                  "rate at 2.40%.",
                  "ECB President Élodie Varenne told reporters that the bank “remains in a "
                  "good place” and that the Governing Council would keep deciding meeting "
                  "by meeting.",
                  "Staff projections published alongside the decision put euro area "
                  "inflation at 2.1% in 2025 and 1.7% in 2026. Economic growth is now seen "
                  "at 1.2% this year, up from 0.9% previously.",
                  "Varenne said the dip in inflation below target next year was expected "
                  "to be short-lived, mainly reflecting lower energy prices and a "
                  "stronger euro.",
                  "The euro rose 0.2% to $1.1722 after the decision. Money markets trimmed "
                  "bets on another rate cut by the end of the year.",
                  "Several policymakers had signaled before the meeting that they saw no "
                  "need to move again soon, though a minority argued that U.S. tariffs "
                  "could weigh on growth more than expected.",
                  "Euro zone inflation was 2.1% in August. Unlike the U.S. Federal "
                  "Reserve, which is expected to resume cutting rates next week, the ECB "
                  "did most of its easing early and is now in no hurry to move.",
                  "The next policy meeting is on Oct. 30.",
              ],
              dateline="FRANKFURT (Pacific Wire)",
              published="2025-09-11T12:31:00Z", shown="Sept. 11, 2025 12:31 PM GMT",
              byline="Sabine Hartl", section="Business",
              updated="2025-09-11T14:20:00Z",
              related=[
                  ("US consumer prices rise 2.9% in August",
                   "/business/us-cpi-august-9d3a02"),
                  ("Swiss National Bank expected to hold at zero next week",
                   "/business/snb-preview-9d2f55"),
                  ("France&#8217;s government falls in confidence vote",
                   "/world/france-confidence-vote-9c80aa"),
              ])),
    # --- The Basis Point ----------------------------------------------------
    _page("https://thebasispoint.example/2025/09/11/ecb-on-hold-at-2/",
          _blog_site(
              "ECB on hold at 2%: Varenne stays in her &#8216;good place&#8217;",
              [
                  "No surprises from Frankfurt. The ECB held the deposit facility rate at "
                  "2.00% (refi 2.15%, marginal lending 2.40%), its second hold in a row "
                  "after eight cuts worth 2 percentage points between June 2024 and June "
                  "2025.",
                  "The statement dropped at 8:15 a.m. ET and the euro barely flinched. "
                  "EUR/USD ended up about 0.2% on the day, around 1.172.",
                  "<strong>Projections.</strong> Headline inflation 2.1% for 2025, 1.7% "
                  "for 2026, 1.9% for 2027. GDP 1.2% for 2025 (was 0.9%), 1.0% for 2026, "
                  "1.3% for 2027. The 2026 undershoot is the dovish card, but staff clearly "
                  "see it as temporary.",
                  "<strong>Balance sheet.</strong> APP and PEPP run-off continues at "
                  "roughly &euro;40 billion (about $47 billion) a month. Nobody asked about "
                  "it at the press conference, which tells you how boring QT has become.",
                  "<strong>Tone.</strong> Varenne repeated the line that the ECB is "
                  "&ldquo;in a good place&rdquo;, and she was asked about it four times. "
                  "She did not close the door to another cut, but she did not open it "
                  "either.",
                  "My read: the euro area is growing a bit faster than anyone expected in "
                  "the spring, core inflation is sticky around 2.3%, and the Governing "
                  "Council has no appetite to cut into that. Unless the tariff hit turns "
                  "out to be much bigger, 2% is the floor for this cycle.",
                  "Next meeting is Oct. 30. I&#8217;d put the odds of a cut there at well "
                  "under 20%, and I&#8217;m not sure December is much more likely.",
                  "For US readers: this is the opposite of where the Fed is. The Fed "
                  "hasn&#8217;t cut at all this year and is about to start, while the ECB "
                  "did its cutting early and is now sitting still.",
              ],
              post_id=5017, slug="ecb-on-hold-at-2",
              tags=["ECB", "Euro", "Rates"], comments=9,
              recent=[
                  ("August CPI: 2.9% headline, and the tariff pass-through debate",
                   "/2025/09/11/august-cpi/"),
                  ("Payrolls at 22k. Yes, twenty-two thousand",
                   "/2025/09/05/payrolls-august/"),
                  ("JGB 30-year yield at a record 3.28%", "/2025/09/03/jgb-30y/"),
              ])),
]

_S5 = [
    # --- Vale Courier -------------------------------------------------------
    _page("https://www.valecourier.example/news/politics/"
          "lib-dems-seize-harrowfield-and-ashby-by-election-4417203",
          _vale_site(
              "Lib Dems seize Harrowfield and Ashby as Labour vote collapses",
              [
                  "Liberal Democrat Sarah Penhallow has won the Harrowfield and Ashby "
                  "by-election, overturning a Labour majority of more than 9,800 in one "
                  "of the most dramatic results the constituency has ever seen.",
                  "The result of Thursday&#8217;s poll was declared at 3.40am on Friday, "
                  "24 October, at Harrowfield Leisure Centre by the acting returning "
                  "officer, Margaret Oyelaran, after an overnight count.",
                  "Mrs Penhallow took 14,382 votes (38.4 per cent), with Reform UK&#8217;s "
                  "Gary Tolland second on 11,907. Her majority is 2,745.",
                  "Labour&#8217;s Priya Nandakumar finished third with 5,210 votes, "
                  "Conservative James Arkwright fourth with 4,118 and the Green "
                  "Party&#8217;s Tom Eddery fifth with 1,822.",
                  "Turnout was 50.7 per cent, down from 64.2 per cent at last year&#8217;s "
                  "general election.",
                  "&ldquo;Harrowfield and Ashby has sent a message tonight that it is "
                  "tired of being taken for granted,&rdquo; Mrs Penhallow said in her "
                  "victory speech, to loud cheers from party activists who had travelled "
                  "from across the Midlands.",
                  "She promised to make the fight to reopen the maternity unit at Ashby "
                  "Community Hospital, which closed in March, her first priority at "
                  "Westminster.",
                  "Mr Tolland said: &ldquo;We have come from nowhere to a strong second. "
                  "Next time, we win.&rdquo;",
                  "The by-election was called after Labour&#8217;s Dominic Farrow stood "
                  "down in August to take up a post with a United Nations agency in "
                  "Geneva. He had represented the seat since 2017.",
                  "Ms Nandakumar, a Harrowfield councillor, thanked her volunteers and "
                  "said Labour would &ldquo;reflect carefully&rdquo; on the result.",
                  "Mrs Penhallow, 44, is a former head teacher at Ashby Primary School and "
                  "has sat on Vale District Council since 2019.",
              ],
              byline="By Gareth Minns, Political Reporter",
              caption="Sarah Penhallow celebrates with supporters at Harrowfield Leisure "
                      "Centre. Picture: Vale Courier",
              read_more=("Harrowfield and Ashby by-election: the five candidates and what "
                         "they stand for",
                         "/news/politics/harrowfield-ashby-candidates-4409120"),
              most_read=[
                  ("Council tax set to rise by 4.99 per cent in Harrowfield",
                   "/news/council-tax-4416988"),
                  ("Ashby bypass to close for 10 nights from 3 November",
                   "/news/ashby-bypass-4416541"),
                  ("Vale Rovers beat Hinckley 2-0 to go top",
                   "/sport/vale-rovers-4416332"),
                  ("New bakery opens in Harrowfield market hall",
                   "/news/bakery-4416120"),
              ])),
    # --- The Northern Ledger ------------------------------------------------
    _page("https://www.northernledger.example/politics/2025/oct/24/"
          "liberal-democrats-win-harrowfield-and-ashby-byelection",
          _ledger_site(
              "Liberal Democrats win Harrowfield and Ashby byelection as Labour slumps "
              "to third",
              [
                  "The Liberal Democrats have won the Harrowfield and Ashby byelection, "
                  "overturning Labour&#8217;s 9,814 majority and pushing the governing "
                  "party into third place in a seat it had held for eight years.",
                  "Sarah Penhallow took 38.4% of the vote, finishing 2,475 votes ahead of "
                  "Reform UK&#8217;s Gary Tolland, who took 31.8%.",
                  "Labour&#8217;s share fell by almost 31 percentage points to 13.9%. The "
                  "Conservatives were fourth on 11.0% and the Greens fifth on 4.9%.",
                  "Turnout was 47.9%, relatively high for a byelection, and the result "
                  "was declared shortly before 3.45am.",
                  "&ldquo;Harrowfield and Ashby has sent a message that it will not be "
                  "taken for granted,&rdquo; Penhallow said in her acceptance speech.",
                  "The result will alarm Labour strategists, who had hoped that a strong "
                  "local candidate and a campaign focused on the NHS would hold off the "
                  "challenge. Instead, voters split between the Liberal Democrats and "
                  "Reform.",
                  "A Labour spokesperson said: &ldquo;This is a disappointing result and "
                  "we will listen to what voters have told us.&rdquo;",
                  "Reform UK said finishing second in a seat where it had never come "
                  "close showed the party could now win &ldquo;anywhere in England&rdquo;.",
                  "The Liberal Democrats had been third in Harrowfield and Ashby at the "
                  "general election. Their campaign concentrated on the closure of the "
                  "maternity unit at the town&#8217;s community hospital.",
                  "The byelection was triggered when the Labour MP Dominic Farrow "
                  "resigned in August to join a UN agency.",
                  "Penhallow, a former head teacher, has been a district councillor since "
                  "2019. Tolland runs a haulage firm in the town and was standing for "
                  "parliament for the first time.",
              ],
              standfirst="Reform UK finishes second and Labour vote falls sharply in "
                          "first byelection of the autumn",
              iso="2025-10-24T07:15:00+01:00", shown="Fri 24 Oct 2025 07.15 BST",
              byline="Owen Pritchard Political correspondent", section="Politics",
              most_viewed=[
                  ("Storm Amy: 80mph gusts forecast for north-west on Saturday",
                   "/uk/2025/oct/storm-amy"),
                  ("Inflation holds at 3.8% in September",
                   "/business/2025/oct/inflation-september"),
                  ("Clocks go back this weekend: what you need to know",
                   "/uk/2025/oct/clocks"),
                  ("Louvre reopens after jewel theft", "/world/2025/oct/louvre"),
              ])),
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/world/uk-liberal-democrats-win-special-"
          "election-f31c08",
          _wire_site(
              "UK&#8217;s Liberal Democrats win special election in blow to ruling Labour",
              [
                  "Britain&#8217;s centrist Liberal Democrats won a special election for a "
                  "parliamentary seat in central England, results showed early Friday, as "
                  "voters deserted the ruling Labour Party.",
                  "Sarah Penhallow won 14,382 votes in Harrowfield and Ashby, beating "
                  "Gary Tolland of the anti-immigration Reform UK party by 2,475 votes. "
                  "Labour&#8217;s candidate came third with 13.9% of the vote.",
                  "Penhallow, 44, a former head teacher, took 38.4% of the vote against "
                  "31.8% for Reform. The Conservatives, who governed Britain until last "
                  "year, finished fourth. Turnout was 50.7%.",
                  "The result was announced at 4:55 a.m. local time (0355 GMT) after an "
                  "overnight count.",
                  "Labour won the seat with a majority of 9,814 at the general election "
                  "in July 2024, when it swept to power with a large national majority.",
                  "The vote was held to replace Labour lawmaker Dominic Farrow, who quit "
                  "parliament in August to work for the United Nations. Labour had held "
                  "the seat since 2017.",
                  "The Liberal Democrats made the closure of a maternity unit at the "
                  "local hospital the centerpiece of their campaign, and Penhallow "
                  "promised to keep fighting to reopen it.",
                  "&ldquo;This constituency has sent a message that it will not be taken "
                  "for granted,&rdquo; Penhallow told supporters.",
                  "Opinion polls have shown support for Labour sliding since the start "
                  "of the year, with Reform UK leading many national surveys.",
                  "A spokesman for the prime minister said the government would "
                  "&ldquo;get on with delivering&rdquo; on its priorities and that "
                  "by-elections were often difficult for governing parties.",
                  "The Liberal Democrats now hold 73 seats in the 650-seat House of "
                  "Commons.",
              ],
              dateline="LONDON (Pacific Wire)",
              published="2025-10-24T04:20:00Z", shown="Oct. 24, 2025 4:20 AM GMT",
              byline="Kate Holloway", section="World",
              correction="This story has been corrected to show that the seat is in "
                         "central England, not northern England.",
              related=[
                  ("Bank of England expected to hold rates at 4% next month",
                   "/business/boe-preview-f2e010"),
                  ("Irish voters elect new president with 63% of the vote",
                   "/world/ireland-president-f30b61"),
                  ("UK borrowing hits 20.2 billion pounds in September",
                   "/business/uk-borrowing-f2ff31"),
              ])),
]

_P5 = [
    ("margin",
     r"(?<![\d.,])2,?475(?![\d])",
     r"(?<![\d.,])2,?745(?![\d])"),
    ("turnout",
     r"(?<![\d.])50\.7",
     r"(?<![\d.])47\.9"),
    ("clock time",
     r"\b0?3[:.]4[05]|\b02[:.]?4[05] ?(gmt|utc)",
     r"\b0?4[:.]55|\b0?3[:.]?55 ?(gmt|utc)"),
]

_S6 = [
    # --- SCB News -----------------------------------------------------------
    _page("https://www.scbnews.example/news/2025-11-21/"
          "coralink-penalty-federal-court-nbn-speeds/106008412",
          _scb_site(
              "Coralink ordered to pay $58 million penalty for misleading customers about "
              "internet speeds",
              [
                  "Telco Coralink has been ordered to pay a $58 million penalty for "
                  "misleading more than 120,000 customers about the speeds of their NBN "
                  "internet plans.",
                  "Federal Court Justice Fiona Kettering handed down the penalty in "
                  "Melbourne on Friday, after the company admitted it had advertised "
                  "speeds it knew many customers could not get between January 2021 and "
                  "June 2023.",
                  "The case was brought by the Australian Competition and Consumer "
                  "Commission (ACCC) in March 2024.",
                  "&ldquo;A penalty must be large enough that it cannot be regarded, by "
                  "Coralink or by others, as an acceptable cost of doing business,"
                  "&rdquo; Justice Kettering said.",
                  "The court heard that Coralink kept selling its top-tier plans to "
                  "customers whose connections were technically incapable of reaching "
                  "the advertised speeds, even after its own engineers raised concerns "
                  "internally.",
                  "Coralink has already refunded affected customers about $9.2 million "
                  "and has been ordered to contribute $400,000 towards the ACCC&#8217;s "
                  "legal costs.",
                  "ACCC chair Rosalind Tey said the penalty sent a clear message to the "
                  "industry.",
                  "&ldquo;Consumers rely on the speed claims telcos make when they choose "
                  "a plan. When those claims are false, people pay for something they "
                  "never receive,&rdquo; Ms Tey said.",
                  "Coralink chief executive Adrian Mulvey said the company apologised "
                  "unreservedly and had overhauled the way it tests and advertises "
                  "speeds.",
                  "Coralink shares closed 2.4 per cent lower at $3.18 after the "
                  "decision was published.",
                  "Customers who believe they were affected and have not been contacted "
                  "can apply for a refund through Coralink&#8217;s website until 31 "
                  "March next year.",
              ],
              key_points=[
                  "Coralink admitted misleading customers about NBN speeds",
                  "The ACCC says customers paid for speeds they could not get",
                  "Refunds of about $9.2 million have already been paid",
              ],
              byline="Nadia Rahimi", topic="Consumer Protection",
              related=[
                  ("Energy retailer fined $14 million for overcharging customers",
                   "/news/2025-10-02/energy-retailer-fine/105850117"),
                  ("NBN to offer 2 gigabit speeds to 10 million homes",
                   "/news/2025-09-01/nbn-upgrade/105712205"),
                  ("ACCC sues supermarket over &lsquo;was/now&rsquo; discount claims",
                   "/news/2025-08-19/accc-supermarket/105660433"),
              ])),
    # --- Coastline Herald ---------------------------------------------------
    _page("https://www.coastlineherald.example/story/9133027/"
          "telco-fined-over-nbn-speed-claims/",
          _coastline_site(
              "Telco fined $68m over NBN speed claims",
              [
                  "Coralink will pay a $68 million penalty after admitting it misled "
                  "customers about the speeds of their internet plans, in one of the "
                  "biggest consumer-law penalties handed to an Australian telco.",
                  "Justice Fiona Kettering of the Federal Court said the penalty had to "
                  "be big enough that Coralink and other telcos could not treat it as "
                  "&ldquo;an acceptable cost of doing business&rdquo;.",
                  "About 123,500 customers were sold plans between January 2021 and June "
                  "2023 promising speeds their connections could not deliver.",
                  "Customers in the Hunter and on the Central Coast were among those "
                  "affected. Belinda Starr, of Maryville, said she paid for a premium "
                  "plan for almost two years before a technician told her the line to "
                  "her house could never reach the advertised speed.",
                  "&ldquo;I was working from home and it kept dropping out. I rang them "
                  "dozens of times,&rdquo; she said. &ldquo;I got a refund in the end, "
                  "but nobody ever said sorry.&rdquo;",
                  "Coralink has already refunded about $9.2 million to customers, and "
                  "Justice Kettering also ordered it to contribute to the ACCC&#8217;s "
                  "legal costs.",
                  "The Australian Competition and Consumer Commission, which brought the "
                  "case in the Federal Court in Melbourne in March 2024, said telcos had "
                  "been warned repeatedly about speed claims.",
                  "&ldquo;When those claims are false, people end up paying for something "
                  "they never get,&rdquo; ACCC chair Rosalind Tey said.",
                  "Coralink shares fell 2.4 per cent to $3.18 on Friday.",
                  "The company said it accepted the court&#8217;s decision and had "
                  "changed how it tests and markets its plans.",
              ],
              byline="Luke Farrelly",
              also=[
                  ("Hunter Water warns of 12 per cent price rise from July",
                   "/story/9132510/hunter-water/"),
                  ("Jets draw 1-1 with Wanderers in front of 11,000",
                   "/story/9132244/jets-draw/"),
                  ("Merewether surf club celebrates 100 years",
                   "/story/9131908/surf-club/"),
              ])),
    # --- Pacific Wire -------------------------------------------------------
    _page("https://www.pacificwire.example/business/australia-coralink-penalty-"
          "court-1a07d3",
          _wire_site(
              "Australian court fines telecom Coralink A$58 million over misleading "
              "speed claims",
              [
                  "An Australian court on Friday ordered telecommunications company "
                  "Coralink to pay a penalty of A$58 million ($37.7 million) for "
                  "misleading about 123,500 customers about the internet speeds they "
                  "could expect.",
                  "Federal Court Justice Fiona Kettridge said the penalty needed to be "
                  "high enough to deter Coralink and other companies from treating such "
                  "fines as a cost of doing business.",
                  "The Australian Competition and Consumer Commission, the country&#8217;s "
                  "consumer watchdog, brought the case in March 2024. Coralink admitted "
                  "the conduct, which took place between January 2021 and June 2023.",
                  "The company had already refunded A$9.2 million to affected customers, "
                  "and it was also ordered to pay part of the regulator&#8217;s legal "
                  "costs.",
                  "&ldquo;We apologise unreservedly to the customers we let down,&rdquo; "
                  "Chief Executive Adrian Mulvey said in a statement to the stock "
                  "exchange.",
                  "ACCC Chair Rosalind Tey said the case should serve as a warning to "
                  "the whole telecommunications industry that speed claims must be "
                  "accurate.",
                  "Coralink, which has about 1.1 million broadband customers, is one of "
                  "the larger challengers to Australia&#8217;s biggest telecom "
                  "providers.",
                  "The watchdog has stepped up action against companies over misleading "
                  "advertising in the past two years, and has several other cases "
                  "against telecom and energy providers before the courts. Consumer "
                  "groups welcomed Friday&#8217;s decision but said refunds should be "
                  "automatic.",
                  "Affected customers who have not yet been refunded can still apply to "
                  "the company, the ACCC said.",
                  "Kettridge said Coralink had continued selling its fastest plans to "
                  "some customers even after its own staff warned that their "
                  "connections could not reach the advertised speeds.",
              ],
              dateline="MELBOURNE, Australia (Pacific Wire)",
              published="2025-11-21T03:10:00Z", shown="Nov. 21, 2025 3:10 AM GMT",
              byline="Rachel Boyd", section="Business",
              related=[
                  ("Australia&#8217;s jobless rate rises to 4.5%",
                   "/business/australia-jobs-1a0222"),
                  ("Qatar LNG producer signs 20-year deal with Japanese utility",
                   "/business/lng-deal-19ffa0"),
              ])),
]

_P6 = [
    ("amount",
     r"(?<![\d.])58 ?(million|m\b|mn|mln)|58,000,000",
     r"(?<![\d.])68 ?(million|m\b|mn|mln)|68,000,000"),
    ("name",
     r"kettering",
     r"kettridge"),
]

STORIES: list[dict[str, Any]] = [
    _story("trade-XD1", "trade", "2025-07-21", _S1, _P1),
    _story("trade-XD2", "trade", "2025-09-09", _S2, _P2),
    _story("cb-XD1", "central bank", "2025-08-21", _S3, _P3),
    _story("cb-XD2", "central bank", "2025-09-22", _S4, []),
    _story("election-XD1", "election", "2025-10-29", _S5, _P5),
    _story("court-XD1", "court", "2025-11-27", _S6, _P6),
]
