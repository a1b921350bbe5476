"""Part WG of the story battery (web pages), written by engineer WG1 on 2026-12-06 (sixteenth
session, sixth batch) without reading Storyline's rules or other parts, before any run; scored
with `bench/bench_story_battery.py WG`.

Six stories (US-China trade talks and tariffs, central-bank decisions, court rulings), each told
by three or four invented outlets whose whole HTML pages are built by one template per outlet.
"""

from __future__ import annotations

import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WG", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _slug(text: str) -> str:
    text = re.sub(r"&[#\w]+;", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def _links(items: list[str] | tuple[str, ...], base: str) -> str:
    return "\n".join(f'      <li><a href="{base}/{_slug(h)}">{h}</a></li>' for h in items)


# --- Pacific Wire: a wire service; <article>, <h1>, dateline, og metadata, update line. ----------

def _wire_site(title: str, paras: list[str], *, dateline: str, published: str | None = None,
               stamp: str = "", updated: str = "", byline: str = "",
               related: tuple[str, ...] = (), section: str = "World") -> str:
    head = [
        '<meta charset="utf-8">',
        f"<title>{title} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{title}">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    body_ps = [f'<p><span class="dateline">{dateline}</span> {paras[0]}</p>']
    body_ps += [f"<p>{p}</p>" for p in paras[1:]]
    when = ""
    if stamp:
        when = f'<div class="story-meta"><time>{stamp}</time></div>'
    if updated:
        when += f'<div class="story-updated">Updated {updated}</div>'
    by = f'<div class="byline">By <a href="/authors/{_slug(byline)}">{byline}</a></div>' \
        if byline else ""
    rel = _links(related, "https://www.pacificwire.example/world")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/pw.css">
</head>
<body class="pw-article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="pw-header">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav aria-label="Sections">
    <ul>
      <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
      <li><a href="/legal">Legal</a></li><li><a href="/sports">Sports</a></li>
    </ul>
  </nav>
  <a class="pw-signin" href="/account">Sign in</a>
</header>
<main id="main">
<div class="breadcrumb"><a href="/{section.lower()}">{section}</a></div>
<article class="story">
  <h1 class="story-headline">{title}</h1>
  {by}
  {when}
  <div class="story-body">
{chr(10).join("    " + p for p in body_ps)}
  </div>
  <p class="story-credit">Reporting by Pacific Wire staff; editing by the World Desk</p>
  <div class="share-tools">
    <a href="#" class="share-fb">Share on Facebook</a> <a href="#" class="share-x">Share on X</a>
    <a href="#" class="share-li">LinkedIn</a> <button class="copy-link">Copy link</button>
  </div>
  <p class="trust">Our Standards: <a href="/trust">The Pacific Wire Trust Principles</a></p>
</article>
<aside class="related">
  <h2>More from Pacific Wire</h2>
  <ul>
{rel}
  </ul>
</aside>
</main>
<footer class="pw-footer">
  <p>&copy; 2026 Pacific Wire Services Ltd. All rights reserved.</p>
  <p>Data is delayed at least 15 minutes. <a href="/terms">Terms of use</a> &middot;
  <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookie settings</a></p>
</footer>
</body>
</html>
"""


# --- Capitol Daily: a national daily; div soup, styled-div headline, cookie banner, paywall. ------

def _daily_site(title: str, paras: list[str], *, dek: str, byline: str,
                date_published: str | None = None, read_more: str = "",
                caption: str = "", most_read: tuple[str, ...] = (),
                section: str = "Politics", correction: str = "") -> str:
    ld = ""
    if date_published:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              f'"@type":"NewsArticle","headline":"{title}","datePublished":"{date_published}",'
              f'"author":{{"@type":"Person","name":"{byline}"}},'
              '"publisher":{"@type":"Organization","name":"Capitol Daily"}}</script>')
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="cd-para"><div class="cd-text">{p}</div></div>')
        if i == 1 and read_more:
            chunks.append(f'<div class="cd-readmore"><strong>Read more:</strong> '
                          f'<a href="/{section.lower()}/{_slug(read_more)}">{read_more}</a></div>')
        if i in (2, 6):
            chunks.append('<div class="cd-ad"><span class="cd-ad-label">Advertisement</span>'
                          '<div class="cd-ad-slot" data-slot="mid"></div></div>')
    fig = ""
    if caption:
        fig = (f'<div class="cd-media"><div class="cd-img"><img src="/img/lead.jpg" alt=""></div>'
               f'<div class="cd-caption">{caption}</div></div>')
    mr = "\n".join(f'<div class="cd-mr-item"><span class="cd-mr-n">{i + 1}</span>'
                   f'<a href="/news/{_slug(h)}">{h}</a></div>' for i, h in enumerate(most_read))
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - Capitol Daily</title>
<meta name="description" content="{dek}">
{ld}
</head>
<body>
<div id="cd-consent" class="cd-consent">
  <div class="cd-consent-inner">We use cookies and similar technologies to personalize content and
  ads and to analyze our traffic. <a href="/privacy">Learn more</a>
  <div class="cd-consent-btns"><button>Accept all</button><button>Manage preferences</button></div>
  </div>
</div>
<div class="cd-top">
  <div class="cd-top-left"><a href="/">Capitol Daily</a></div>
  <div class="cd-top-nav"><a href="/politics">Politics</a> | <a href="/economy">Economy</a> |
  <a href="/world">World</a> | <a href="/opinion">Opinion</a> | <a href="/climate">Climate</a> |
  <a href="/tech">Tech</a></div>
  <div class="cd-top-right"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
</div>
<div class="cd-wrap">
 <div class="cd-col-main">
  <div class="cd-kicker"><a href="/{section.lower()}">{section}</a></div>
  <div class="cd-hed" role="heading" aria-level="1">{title}</div>
  <div class="cd-dek">{dek}</div>
  <div class="cd-byline">By <span class="cd-author">{byline}</span></div>
  <div class="cd-sharebar"><a href="#">Share</a> <a href="#">Gift this article</a>
  <a href="#">Save</a></div>
  {fig}
  <div class="cd-body">
{chr(10).join("   " + c for c in chunks)}
  </div>
  {'<div class="cd-correction"><em>' + correction + '</em></div>' if correction else ''}
  <div class="cd-paywall">
    <div class="cd-paywall-h">You have read 2 of 3 free articles this month.</div>
    <div>Subscribe for $1 a week for your first year. <a href="/subscribe">See offers</a></div>
  </div>
  <div class="cd-newsletter">Sign up for The Daily Briefing, our morning newsletter.
  <form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
  <div class="cd-comments"><a href="#comments">View comments</a></div>
 </div>
 <div class="cd-col-rail">
  <div class="cd-mostread"><div class="cd-mr-title">Most Read</div>
{mr}
  </div>
 </div>
</div>
<div class="cd-footer">
  <div>&copy; 2026 Capitol Daily Company. 1400 K Street NW, Washington, DC 20005</div>
  <div><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot;
  <a href="/careers">Careers</a> &middot; <a href="/terms">Terms of Service</a></div>
</div>
</body>
</html>
"""


# --- KRVT Channel 9: a local TV station; <br> paragraphs, weather strip, relative time. ----------

def _tv_site(title: str, paras: list[str], *, ago: str = "", author: str = "",
             caption: str = "", trending: tuple[str, ...] = ()) -> str:
    text = "<br><br>\n".join(paras)
    when = f'<span class="posted">Posted {ago}</span>' if ago else ""
    by = f'<span class="author">By {author}</span>' if author else ""
    cap = ""
    if caption:
        cap = (f'<div class="video-wrap"><div class="video-player" data-src="/v/lead.m3u8"></div>'
               f'<div class="video-caption">{caption}</div></div>')
    tr = _links(trending, "https://www.krvt9.example/news")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} | KRVT Channel 9 - Cedar Falls, Waterloo</title>
<meta property="og:site_name" content="KRVT">
</head>
<body class="station-page">
<div class="alert-bar"><b>WEATHER ALERT:</b> Dense fog advisory for Black Hawk County until
10 AM. <a href="/weather">Full forecast</a></div>
<div class="masthead">
  <a href="/" class="station-logo">KRVT 9</a>
  <ul class="main-nav">
    <li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
    <li><a href="/sports">Sports</a></li><li><a href="/ag">Ag &amp; Farm</a></li>
    <li><a href="/live">Watch Live</a></li><li><a href="/contests">Contests</a></li>
  </ul>
  <div class="wx-mini">Cedar Falls 64&deg; Cloudy</div>
</div>
<div id="content" class="page">
  <div class="story">
    <h1 class="story-title">{title}</h1>
    <div class="story-meta">{by} {when}</div>
    <div class="share-row"><a href="#">Facebook</a> <a href="#">Twitter</a>
    <a href="#">Email</a> <a href="#">Copy Link</a></div>
    {cap}
    <div id="story-text" class="story-text">
{text}
    </div>
    <div class="story-foot">Copyright 2026 KRVT. All rights reserved.</div>
    <div class="app-promo">Get breaking news alerts: download the KRVT 9 News app.</div>
  </div>
  <div class="sidebar">
    <h3>Trending Now</h3>
    <ul>
{tr}
    </ul>
    <div class="ad-box">Advertisement</div>
  </div>
</div>
<div class="footer">KRVT 9 &middot; 500 Tower Road, Waterloo, IA 50701 &middot;
<a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a> &middot;
Closed captioning contact: (319) 555-0199</div>
</body>
</html>
"""


# --- Ledgerline: a WordPress-like finance blog; entry-content, share buttons, tags, bio. --------

def _blog_site(title: str, paras: list[str], *, author: str, iso: str = "",
               date_text: str = "", tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0) -> str:
    def tex(s: str) -> str:
        return s.replace("'", "&#8217;")
    ps = "\n".join(f"<p>{tex(p)}</p>" for p in paras)
    meta = ""
    when = ""
    if iso:
        meta = f'<meta property="article:published_time" content="{iso}" />'
        when = (f'<span class="posted-on"><time class="entry-date published" '
                f'datetime="{iso}">{date_text}</time></span>')
    tg = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in tags)
    rc = _links(recent, "https://ledgerline.example/2026")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>{tex(title)} &#8211; Ledgerline</title>
<meta property="og:site_name" content="Ledgerline" />
{meta}
<link rel='stylesheet' id='twentyish-style-css' href='/wp-content/themes/twentyish/style.css' />
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">Ledgerline</a></p>
  <p class="site-description">Markets, macro and the money in between</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li><a href="/category/macro/">Macro</a></li><li><a href="/category/trade/">Trade</a></li>
  <li><a href="/category/rates/">Rates</a></li><li><a href="/about/">About</a></li>
  <li><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{tex(title)}</h1>
    <div class="entry-meta">{when}<span class="byline"> by <span class="author vcard">
    <a class="url fn n" href="/author/{_slug(author)}/">{author}</a></span></span></div>
  </header>
  <div class="entry-content">
{ps}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><span>Like</span> Loading&hellip;</div>
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{author} writes about trade, rates and policy for Ledgerline. Before that
they spent a decade on a bond desk. Nothing here is investment advice.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{tex(title)}&rdquo;</h2><p><a href="#respond">Leave a Reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{rc}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Get the Ledger</h2>
<div class="textwidget">Our free Sunday newsletter: one chart, three links, no fluff.
<a href="/newsletter/">Subscribe</a></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Ledgerline
&middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --- Harbour Times: a Hong Kong English daily; figure first, ADVERTISEMENT blocks, popular box. --

def _hk_site(title: str, paras: list[str], *, date_text: str = "", caption: str = "",
             section: str = "China", popular: tuple[str, ...] = (), note: str = "",
             topics: tuple[str, ...] = ("US-China relations", "Economy")) -> str:
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<p class="hk-p">{p}</p>')
        if i in (1, 4):
            parts.append('<div class="hk-advert"><div class="hk-advert-label">ADVERTISEMENT</div>'
                         '<div class="hk-advert-slot"></div></div>')
    fig = ""
    if caption:
        fig = (f'<figure class="hk-figure"><img src="/cdn/photo.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    when = f'<div class="hk-date">{date_text}</div>' if date_text else ""
    nt = f'<div class="hk-note"><em>{note}</em></div>' if note else ""
    pop = "\n".join(f'<li><a href="/news/{_slug(h)}">{h}</a></li>' for h in popular)
    tp = " ".join(f'<a href="/topic/{_slug(t)}">{t}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
</head>
<body>
<div class="hk-topbar"><span>Hong Kong</span> <span>China</span> <span>Asia</span>
<span>Business</span> <span>Tech</span> <span>Opinion</span> <span>Lifestyle</span>
<a href="/subscribe" class="hk-sub">Subscribe</a></div>
<div class="hk-wrapper">
  <div class="hk-main">
    <div class="hk-section"><a href="/{section.lower()}">{section}</a> &rsaquo; Economy</div>
    <h1 class="hk-title">{title}</h1>
    {when}
    <div class="hk-share"><a href="#">WhatsApp</a> <a href="#">Facebook</a>
    <a href="#">X</a> <a href="#">Copy link</a></div>
    {fig}
    <div class="hk-body">
{chr(10).join("      " + p for p in parts)}
    </div>
    {nt}
    <div class="hk-tags">Topics: {tp}</div>
    <div class="hk-trust"><a href="/trust">Why you can trust Harbour Times</a></div>
  </div>
  <div class="hk-side">
    <div class="hk-popular"><h3>Most Popular</h3><ol>
{pop}
    </ol></div>
    <div class="hk-newsletter">Get the Harbour Times Morning Brief in your inbox.
    <a href="/newsletters">Sign up</a></div>
  </div>
</div>
<div class="hk-footer">Copyright &copy; 2026 Harbour Times Publishers Ltd. 22/F, Harbour Centre,
Quarry Bay, Hong Kong. All rights reserved.</div>
</body>
</html>
"""


# --- APB News: a European public broadcaster; <main>, key points, text blocks, no date. ---------

def _broadcaster_site(title: str, paras: list[str], *, key_points: tuple[str, ...] = (),
                      caption: str = "", related: tuple[str, ...] = (),
                      topics: tuple[str, ...] = ()) -> str:
    kp = ""
    if key_points:
        items = "".join(f"<li>{k}</li>" for k in key_points)
        kp = f'<div class="key-points"><h2>Key points</h2><ul>{items}</ul></div>'
    fig = ""
    if caption:
        fig = (f'<figure class="media"><div class="image"><img src="/media/lead.jpg" alt="">'
               f'</div><figcaption><span class="vh">Image caption, </span>{caption}'
               f'</figcaption></figure>')
    blocks = "\n".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paras)
    rel = _links(related, "https://news.apb.example/world")
    tp = " ".join(f'<a href="/topics/{_slug(t)}">{t}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - APB News</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div id="cookie-prompt" class="cookie-prompt"><p>Let us know you agree to cookies. We use
cookies to give you the best online experience.</p><button>Yes, I agree</button>
<button>No, take me to settings</button></div>
<header class="apb-masthead"><a href="#main-content" class="skip">Skip to content</a>
<a href="/" class="apb-logo">APB</a> <nav><a href="/news">News</a> <a href="/radio">Radio</a>
<a href="/tv">Television</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<nav class="sub"><a href="/news/world">World</a> <a href="/news/europe">Europe</a>
<a href="/news/business">Business</a> <a href="/news/science">Science</a></nav></header>
<main id="main-content" role="main">
<article>
<h1 id="main-heading">{title}</h1>
<div class="byline-block"><span>APB News, Business desk</span></div>
{kp}
{fig}
{blocks}
<div class="topics"><h2>Related topics</h2>{tp}</div>
</article>
<section class="related-content"><h2>More on this story</h2><ul>
{rel}
</ul></section>
</main>
<footer><p>Copyright &copy; 2026 APB. APB is not responsible for the content of external
sites. <a href="/accessibility">Accessibility help</a> <a href="/contact">Contact the APB</a>
</p></footer>
</body>
</html>
"""


# --- The Valley Herald: a regional paper drowning in ads; <br> text, sponsored links. ----------

def _regional_site(title: str, paras: list[str], *, byline: str, date_text: str = "",
                   sponsored: tuple[str, ...] = (), local: tuple[str, ...] = ()) -> str:
    out = []
    for i, p in enumerate(paras):
        out.append(p + "<br><br>")
        if i % 2 == 1 and i < len(paras) - 1:
            out.append('<div class="ad-unit ad-inline"><small>Advertisement</small>'
                       '<iframe src="about:blank" width="300" height="250"></iframe></div>')
    when = f'<span class="vh-date">{date_text}</span>' if date_text else ""
    sp = "\n".join(f'<div class="sp-item"><a href="#">{s}</a><span>Sponsored</span></div>'
                   for s in sponsored)
    lc = _links(local, "https://www.valleyherald.example/local")
    return f"""<html>
<head>
<title>{title} | The Valley Herald</title>
<meta name="keywords" content="news, Riverton, valley, local">
</head>
<body bgcolor="#ffffff">
<div class="ad-unit ad-leaderboard"><small>Advertisement</small>
<iframe src="about:blank" width="728" height="90"></iframe></div>
<table class="vh-top" width="100%"><tr><td><a href="/">The Valley Herald</a></td>
<td>Serving Riverton and the Upper Valley since 1911</td>
<td><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> |
<a href="/obits">Obituaries</a> | <a href="/classifieds">Classifieds</a></td></tr></table>
<div class="vh-nav"><a href="/local">Local</a> &middot; <a href="/business">Business</a> &middot;
<a href="/sports">Sports</a> &middot; <a href="/opinion">Opinion</a> &middot;
<a href="/weather">Weather</a></div>
<div class="ad-unit ad-popup">Sign up for breaking news alerts! <button>Allow</button>
<button>Later</button></div>
<div class="vh-story">
<div class="vh-headline"><b>{title}</b></div>
<div class="vh-byline">{byline} {when}</div>
<div class="vh-share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a>
<a href="#">Print</a> <a href="#">Email</a></div>
<div id="storytext">
{chr(10).join(out)}
</div>
<div class="vh-contact">Have a news tip? Email newsroom@valleyherald.example.</div>
</div>
<div class="vh-sponsored"><b>Around the web</b>
{sp}
</div>
<div class="vh-local"><b>More local news</b><ul>
{lc}
</ul></div>
<div class="ad-unit ad-footer"><small>Advertisement</small></div>
<div class="vh-footer">The Valley Herald, 1200 Main Street, Riverton. &copy; 2026 Valley
Media Group. All rights reserved. Use of this site constitutes acceptance of our user agreement.
</div>
</body>
</html>
"""


STORIES: list[dict[str, Any]] = [
    # 1. The Vienna round of US-China talks, Monday-Tuesday 16-17 March 2026.
    _story("trade-WG1", "trade", "2026-03-20", [
        _page("https://www.pacificwire.example/world/us-china-truce-vienna-2026-03-17",
              _wire_site(
                  "US, China extend tariff truce by 90 days after marathon Vienna talks",
                  [
                      "The United States and China agreed on Tuesday to extend their tariff truce "
                      "by 90 days, keeping steep duties on each other's goods on hold after two "
                      "days of talks in Vienna that both sides called difficult but useful.",
                      "The agreement was announced in a joint statement issued at 17:30 GMT, after "
                      "a second day of negotiations that stretched for nearly nine hours at a "
                      "conference centre near the Hofburg palace.",
                      "Under the extension, Washington will keep suspended a 24% "
                      "&quot;reciprocal&quot; tariff on Chinese imports, while a 10% baseline duty "
                      "stays in place. Beijing will keep its matching 24% levy on American goods "
                      "suspended for the same period.",
                      "\u201cWe had very candid, very constructive talks, and we've bought "
                      "ourselves time to finish the harder pieces,\u201d U.S. Treasury Secretary "
                      "Scott Bessent told reporters outside the venue. He was joined by U.S. Trade "
                      "Representative Jamieson Greer.",
                      "China's delegation was led by Vice-Premier He Lifeng, Beijing's top "
                      "economic envoy, who was accompanied by Li Chenggang, the country's "
                      "international trade representative.",
                      "The two sides did not settle their dispute over U.S. export controls on "
                      "advanced semiconductors, according to two people briefed on the talks, who "
                      "asked not to be named because the discussions were private. Greer said "
                      "chips were \u201con the table but not on the menu this week.\u201d",
                      "The negotiators plan to meet again in May, the statement said, without "
                      "naming a venue. The previous round was held in Madrid in late January.",
                      "The truce was first struck last year after tit-for-tat duties on both sides "
                      "briefly climbed above 100%, all but halting trade between the world's two "
                      "largest economies. Chinese customs data show the country's exports to the "
                      "United States fell about 20% in 2025.",
                      "The White House said President Donald Trump had been briefed and "
                      "&quot;welcomed the progress.&quot; China's commerce ministry said in a "
                      "brief statement that the talks had been &quot;in-depth and frank.&quot;",
                      "Soybean futures in Chicago were up 1.2% in afternoon trading on hopes of "
                      "renewed Chinese purchases, and later settled 2.1% higher on the day.",
                      "<em>(This story has been updated with the soybean settlement price.)</em>",
                  ],
                  dateline="VIENNA, March 17 (Pacific Wire) \u2014",
                  published="2026-03-17T17:58:00Z",
                  stamp="March 17, 2026 5:58 PM GMT",
                  updated="March 17, 2026 8:25 PM GMT",
                  byline="Petra Lindqvist and Owen Mercado",
                  related=(
                      "EU and Japan sign chip supply pact worth \u20ac2 billion",
                      "Mexico raises steel tariffs to 35% on imports from Asia",
                      "Australia's wool exports fall 8% in February as demand cools",
                      "Canada, India restart free-trade talks after two-year pause",
                  ),
              )),
        _page("https://www.harbourtimes.example/china/economy/article/3301874/"
              "china-us-prolong-trade-truce",
              _hk_site(
                  "China, US agree to prolong trade truce after Vienna marathon",
                  [
                      "Chinese and American negotiators have agreed to prolong their trade truce "
                      "by 60 days, according to a joint statement released at 1.30am on Wednesday, "
                      "Hong Kong time, after almost nine hours of talks in Vienna on the second "
                      "and final day of the round.",
                      "The extension keeps a 24 per cent additional tariff on mainland goods "
                      "suspended, leaving in place a 10 per cent levy that has applied since last "
                      "year. Beijing will likewise hold off on reimposing its own 24 per cent duty "
                      "on US products.",
                      "Vice-Premier He Lifeng, who led the mainland delegation, said both sides "
                      "should \u201cproperly handle their differences through equal "
                      "consultation\u201d, according to Xinhua. He held the talks with US Treasury "
                      "Secretary Scott Bessent and Trade Representative Jamieson Greer.",
                      "Beijing also agreed to keep issuing general licences for exports of "
                      "rare-earth magnets, which American carmakers and defence contractors depend "
                      "on, for the duration of the truce, according to a person familiar with the "
                      "talks.",
                      "It was the first face-to-face meeting of the two teams since the Madrid "
                      "round in late January, when they agreed to set up working groups on "
                      "agriculture and fentanyl.",
                      "Analysts in Hong Kong said the result removed one immediate risk for "
                      "exporters in the Pearl River Delta, where factories have been holding back "
                      "orders for the summer season.",
                      "\u201cNobody expected a grand bargain in Vienna. The point was to keep the "
                      "lights on, and they did,\u201d said Winnie Lau, chief Greater China "
                      "economist at Kowloon Capital.",
                      "Lau said the more important test would come at the next round, when "
                      "Washington is expected to press again for a relaxation of Chinese limits on "
                      "rare-earth processing technology.",
                      "The truce dates back to last year, when tariffs on both sides briefly "
                      "exceeded 100 per cent before negotiators in Geneva agreed to roll them "
                      "back.",
                      "Mainland commerce officials are expected to brief exporters on the outcome "
                      "at a meeting in Guangzhou next week.",
                  ],
                  date_text="Published: 2:10am, 18 Mar 2026",
                  caption="Vice-Premier He Lifeng arrives for the second day of talks in Vienna. "
                          "Photo: Handout",
                  popular=(
                      "Hong Kong home prices rise for third month, up 1.1% in February",
                      "US, China negotiators to meet in Vienna next week",
                      "Typhoon season could start early, Observatory warns",
                      "Shenzhen start-up raises US$300 million for humanoid robots",
                  ),
              )),
        _page("https://ledgerline.example/2026/03/vienna-talks-truce-extended-chips-still-stuck/",
              _blog_site(
                  "Vienna Talks: Truce Extended, Chips Still Stuck. Here's What Matters",
                  [
                      "Another round, another extension. U.S. and Chinese negotiators wrapped up "
                      "two days of talks in Vienna on Tuesday, March 17, with a 90-day extension "
                      "of the tariff truce, announced around 1:30 p.m. ET.",
                      "The short version: the 24% &ldquo;reciprocal&rdquo; tariff on Chinese "
                      "imports stays on ice, the 10% baseline stays on, and nothing changes for "
                      "chip export controls.",
                      "Tuesday's session ran for six hours, according to a U.S. official, which "
                      "tells you the two sides weren't just signing paperwork someone had drafted "
                      "in advance.",
                      "Treasury Secretary Scott Bessent called the talks &ldquo;very candid and "
                      "very constructive,&rdquo; his favorite pair of adjectives. By our count "
                      "this is the fourth China round he has summed up that way.",
                      "What was missing: any movement on semiconductors. Jamieson Greer, the U.S. "
                      "trade representative, said chips were &ldquo;on the table but not on the "
                      "menu,&rdquo; which is a nice line and also a polite way of saying there is "
                      "no deal on Nvidia-class parts.",
                      "<strong>Markets.</strong> Soybean futures settled 2.1% higher in Chicago, "
                      "the clearest sign that traders expect China to start buying U.S. crops "
                      "again. Shares of big grain handlers rose too. The broader market barely "
                      "noticed; the S&amp;P 500 added 0.3%.",
                      "<strong>Our take.</strong> A truce that keeps getting renewed is still a "
                      "truce, not a deal. Companies with supply chains in China should treat the "
                      "24% tariff as suspended, not gone. We would not price in anything permanent "
                      "until chips and rare-earth processing are on paper.",
                      "<strong>What to watch.</strong> The next round is penciled in for May. "
                      "Before that, keep an eye on whether Beijing actually places soybean orders; "
                      "the USDA's weekly export sales report is the place to look.",
                      "<em>Disclosure: the author holds no positions in companies mentioned in "
                      "this post.</em>",
                  ],
                  author="Dana Whitfield",
                  tags=("China", "Tariffs", "Trade war", "Soybeans"),
                  recent=(
                      "The Fed's March meeting: three scenarios and a coin toss",
                      "Why the 2-year Treasury yield fell 18 basis points in a week",
                      "Copper at $5: real demand or a squeeze?",
                  ),
                  comments=14,
              )),
        _page("https://news.apb.example/business/us-china-prolong-tariff-truce-vienna",
              _broadcaster_site(
                  "US and China prolong tariff truce after talks in Vienna",
                  [
                      "The United States and China have agreed to extend a pause on higher tariffs "
                      "for another 90 days, following two days of negotiations in the Austrian "
                      "capital on 16 and 17 March.",
                      "The joint statement came shortly after half past six on the Tuesday "
                      "evening, Vienna time, as the delegations left the conference centre near "
                      "the Hofburg, the former imperial palace.",
                      "The American side was led by Treasury Secretary Scott Bessent. China sent "
                      "Vice-President He Lifeng, Beijing's chief negotiator on trade with "
                      "Washington.",
                      "Monday's opening session lasted about five hours and focused on agriculture "
                      "and the opioid fentanyl, according to Austrian officials who helped to "
                      "organise the meeting.",
                      "He was quoted by the Chinese state news agency Xinhua as saying the two "
                      "countries should handle their disagreements &ldquo;through consultation on "
                      "an equal footing&rdquo;.",
                      "Austria's foreign minister, Katharina Brenner, said her country was "
                      "&ldquo;glad to offer neutral ground&rdquo; and hoped Vienna could host "
                      "future rounds.",
                      "The chancellery said about 300 journalists had registered to cover the "
                      "meeting, which took place under tight security in the city centre.",
                      "Beijing will go on issuing general licences for exports of rare-earth "
                      "magnets during the truce. The two sides intend to meet again in May.",
                      "In Brussels, the European Commission said it was following the talks "
                      "closely. European manufacturers have warned that Chinese goods shut out of "
                      "the American market are increasingly being redirected to Europe.",
                      "Economists at the Vienna Institute for International Economic Studies said "
                      "a collapse of the truce would have hurt European makers of machinery and "
                      "components, who supply factories in both countries.",
                      "The truce was first agreed in 2025, after tariffs imposed by each side on "
                      "the other briefly rose above 100%.",
                  ],
                  key_points=(
                      "Pause on higher tariffs extended by 90 days",
                      "No agreement on US controls on advanced chips",
                      "Next round of talks planned for May",
                  ),
                  caption="The talks were held at a conference centre in central Vienna",
                  related=(
                      "EU steel quotas to be cut by 15% from July",
                      "Austria's economy returns to growth after two-year slump",
                      "Swiss franc hits record high against the euro",
                  ),
                  topics=("United States", "China", "Trade", "Vienna"),
              )),
    ], [
        ("duration", r"\b9 ?(hours?|hrs?|h\b)|nine(-| )hours?|9-hour|540 ?min",
         r"\b6 ?(hours?|hrs?|h\b)|six(-| )hours?|6-hour|360 ?min"),
        ("title", r"vice[- ]?premier", r"vice[- ]?president"),
        ("truce length", r"(?<![\d.])90(?!\d)|ninety", r"(?<![\d.])60(?!\d)|sixty"),
    ]),
    # 2. The Seoul round, Thursday-Friday 14-15 May 2026: fentanyl tariff halved, soybeans.
    _story("trade-WG2", "trade", "2026-05-29", [
        _page("https://www.pacificwire.example/business/"
              "us-halves-fentanyl-tariff-china-soybeans-2026-05-15",
              _wire_site(
                  "US halves fentanyl tariff on China as Beijing commits to soybean purchases",
                  [
                      "The United States will halve a fentanyl-related tariff on Chinese goods to "
                      "10% and China will resume large purchases of American soybeans, the two "
                      "countries said on Friday after two days of talks in the South Korean "
                      "capital.",
                      "A joint fact sheet released at 07:00 GMT said the tariff cut would take "
                      "effect on June 1. In return, China committed to buy 12 million metric tons "
                      "of U.S. soybeans before the end of this year and 25 million tons a year in "
                      "2027, 2028 and 2029.",
                      "Beijing will also suspend for one year the rare-earth export rules it "
                      "announced last October, and both sides will pause the port fees they have "
                      "been charging on each other's ships, also for a year.",
                      "\u201cAmerican farmers are going to feel this deal on their balance sheets "
                      "by harvest,\u201d U.S. Trade Representative Jamieson Greer said at a "
                      "briefing in Seoul. Treasury Secretary Scott Bessent, who co-led the U.S. "
                      "team, said Washington would \u201cverify, then trust.\u201d",
                      "China's commerce ministry called the outcome &quot;balanced and mutually "
                      "beneficial&quot; in a statement posted on its website. Vice-Premier He "
                      "Lifeng led Beijing's delegation.",
                      "The fentanyl tariff was imposed to press China to curb exports of chemicals "
                      "used to make the opioid. U.S. officials said Beijing had agreed to tighten "
                      "controls on 13 precursor chemicals and to share shipping data with U.S. "
                      "customs.",
                      "China bought almost no U.S. soybeans during last year's harvest season, "
                      "turning instead to Brazil and Argentina, and American farm groups have "
                      "lobbied hard for a purchase commitment.",
                      "The Seoul meeting was the first since a round in Vienna in March, when the "
                      "two sides extended their tariff truce. Officials did not say when they "
                      "would meet next.",
                      "Soybean futures rose about 1.5% in overnight trading in Chicago after the "
                      "announcement.",
                  ],
                  dateline="SEOUL, May 15 (Pacific Wire) \u2014",
                  published="2026-05-15T07:42:00Z",
                  byline="Ji-hoon Park",
                  section="Business",
                  related=(
                      "Brazil's soybean harvest seen at record 172 million tons",
                      "South Korea's exports rise 9% in April on chip demand",
                      "Japan, US agree to review auto tariff quota in July",
                  ),
              )),
        _page("https://www.harbourtimes.example/china/diplomacy/article/3309911/"
              "beijing-suspend-rare-earth-curbs-year",
              _hk_site(
                  "Beijing to suspend rare-earth curbs for a year as US halves fentanyl levy",
                  [
                      "China will suspend its rare-earth export control rules for one year and the "
                      "United States will cut a fentanyl-linked tariff on mainland goods from 20 "
                      "per cent to 10 per cent, under an agreement unveiled in Seoul at 3pm on "
                      "Friday, May 15, Hong Kong time.",
                      "The tariff cut, which takes effect on June 1, lowers the overall additional "
                      "US levy on most Chinese goods by 10 percentage points, analysts said.",
                      "Mainland buyers will purchase 12 million tonnes of US soybeans by December "
                      "and 25 million tonnes a year from 2027 to 2029, according to a joint fact "
                      "sheet.",
                      "The Ministry of Commerce in Beijing said the consensus was \u201cbalanced "
                      "and mutually beneficial\u201d and urged Washington to \u201chonour its "
                      "commitments in full\u201d.",
                      "Vice-Premier He Lifeng and international trade representative Li Chenggang "
                      "met US Treasury Secretary Scott Bessent and US Trade Representative "
                      "Jamieson Greer over two days at a government guest house in the South "
                      "Korean capital.",
                      "Both sides also agreed to suspend, for a year, the special port fees they "
                      "had imposed on each other's vessels. The American charges had added as much "
                      "as US$1.5 million to a single port call by a large Chinese-built ship, "
                      "according to shipping industry estimates.",
                      "Shipping lines in Hong Kong welcomed the pause. \u201cThe fees were "
                      "distorting routes across the Pacific,\u201d said a manager at a Kwai Chung "
                      "terminal operator.",
                      "\u201cFor Hong Kong's traders the rare-earth pause matters far more than "
                      "soybeans,\u201d said Winnie Lau, chief Greater China economist at Kowloon "
                      "Capital. \u201cIt takes the threat of a supply shock off the table for "
                      "twelve months.\u201d",
                      "The rare-earth rules, announced last October, would have required foreign "
                      "firms to obtain licences to export products containing even small amounts "
                      "of Chinese-origin rare earths.",
                  ],
                  section="China",
                  caption="Delegations from China and the United States at the talks in Seoul. "
                          "Photo: Reuters",
                  popular=(
                      "Hang Seng Index falls 1.2% as tech shares slide",
                      "Hong Kong to raise tobacco duty by 30% from August",
                      "Man arrested after HK$4 million jewellery theft in Tsim Sha Tsui",
                      "Vienna talks: US and China extend truce, chips left out",
                  ),
              )),
        _page("https://www.krvt9.example/news/china-deal-soybean-buys-iowa-growers-optimistic/",
              _tv_site(
                  "China deal promises big soybean buys; Iowa growers cautiously optimistic",
                  [
                      "Iowa soybean growers are cautiously hopeful after the United States and "
                      "China announced a trade agreement overnight that includes large purchases "
                      "of American soybeans.",
                      "The deal was released at about 2 a.m. our time Friday, May 15, following "
                      "two days of talks in Seoul, South Korea.",
                      "Under the agreement, China will buy 12 million metric tons of U.S. soybeans "
                      "before the end of this year, and then 20 million metric tons every year for "
                      "three years after that.",
                      "&quot;American farmers are going to feel this deal on their balance sheets "
                      "by harvest,&quot; U.S. Trade Representative Jamieson Greer said.",
                      "Tom Brekke, who farms 1,400 acres near Waverly, says he will believe it "
                      "when he sees ships loading. &quot;I stored most of last fall's crop hoping "
                      "for a better price. If China really comes back, that bet pays off,&quot; "
                      "Brekke told KRVT 9.",
                      "Cash bids at the elevator in Cedar Falls were up 18 cents a bushel by "
                      "mid-morning, according to the co-op.",
                      "The deal also cuts a tariff on Chinese goods that is tied to fentanyl, from "
                      "20% to 10%.",
                      "The Iowa Soybean Association called the agreement &quot;a welcome first "
                      "step&quot; but said farmers need steady buying, not one-off orders.",
                      "Before the trade war began in 2018, China bought roughly 60% of all U.S. "
                      "soybean exports, and much of that crop moved down the Mississippi from Iowa "
                      "and Illinois.",
                      "Iowa is the country's second-largest soybean producer, after Illinois.",
                      "The Iowa Department of Agriculture said it plans to lead a trade mission to "
                      "southern China in the fall to meet with crushers and feed companies.",
                      "<i>KRVT 9's Megan Sorensen contributed to this report.</i>",
                  ],
                  ago="2 weeks ago",
                  author="Luke Harmsen",
                  caption="VIDEO: Waverly farmer Tom Brekke reacts to the China trade deal",
                  trending=(
                      "Waterloo school board approves $48 million bond vote",
                      "Cedar Falls man charged after crash on Highway 58",
                      "UNI Panthers announce 2026 football schedule",
                      "Storms could bring hail to northeast Iowa Tuesday night",
                  ),
              )),
        _page("https://www.capitoldaily.example/economy/2026/05/15/"
              "us-china-seoul-deal-fentanyl-tariff-soybeans/",
              _daily_site(
                  "U.S. and China strike Seoul deal on fentanyl tariff, soybeans and rare earths",
                  [
                      "WASHINGTON \u2014 The Trump administration agreed to halve a tariff on "
                      "Chinese imports linked to the fentanyl crisis in exchange for Chinese "
                      "commitments on soybeans, rare earths and shipping, according to a joint "
                      "fact sheet released early Friday.",
                      "The document, published at 3 a.m. Eastern time after two days of talks in "
                      "Seoul, said the tariff would fall to 10 percent from 20 percent on June 10.",
                      "China agreed to buy 25 million metric tons of American soybeans a year "
                      "\u2014 roughly 920 million bushels \u2014 from 2027 through 2029, plus 12 "
                      "million tons by the end of this year.",
                      "\u201cAmerican farmers are going to feel this deal on their balance sheets "
                      "by harvest,\u201d Treasury Secretary Scott Bessent said in a statement "
                      "after the talks ended.",
                      "Beijing also agreed to suspend for a year the sweeping rare-earth export "
                      "rules it announced in October, which had rattled automakers and defense "
                      "contractors. Both countries will stop charging each other's ships special "
                      "port fees for a year.",
                      "Administration officials said China had promised to tighten its controls on "
                      "chemicals used to make fentanyl, the main justification for the tariff in "
                      "the first place.",
                      "Democrats were unimpressed. \u201cThis deal gets soybean farmers back to "
                      "roughly where they were before the president started a trade war,\u201d "
                      "said Sen. Maria Delgado, Democrat of Minnesota.",
                      "The cut will lower the average U.S. tariff on Chinese goods to about 37 "
                      "percent from 47 percent, according to estimates by the Tariff Policy "
                      "Center, a nonpartisan research group.",
                      "Bessent and Trade Representative Jamieson Greer led the American side; Vice "
                      "Premier He Lifeng led China's. A White House official said President Trump "
                      "and Chinese leader Xi Jinping spoke by phone on Thursday night to sign off "
                      "on the terms.",
                  ],
                  dek="China promises to resume big soybean purchases and pause rare-earth export "
                      "rules; critics say farmers only get back what they lost.",
                  byline="Rebecca Stoltz",
                  date_published="2026-05-15T09:30:00-04:00",
                  read_more="How the soybean trade became a bargaining chip",
                  caption="Soybeans are loaded for export at a terminal on the Mississippi River. "
                          "(File photo)",
                  most_read=(
                      "Senate passes $12 billion disaster aid package",
                      "Supreme Court agrees to hear steel tariff challenge in October",
                      "Why egg prices fell 30% in a year",
                      "Mortgage rates dip to 6.1%, lowest since March",
                  ),
                  section="Economy",
              )),
    ], [
        ("quantity",
         r"(?<![\d.])25 ?(million|m\b|mn|mmt)|25,000,000|twenty-five million|920 million",
         r"(?<![\d.])20 ?(million|m\b|mn|mmt)|20,000,000|twenty million"),
        ("effective date", r"june 1\b|jun\.? 1\b|2026-06-01|(?<!\d)1 june|06/01",
         r"june 10|jun\.? 10|2026-06-10|10 june|06/10"),
        ("quote speaker", r"greer", r"bessent"),
    ]),
    # 3. Federal Circuit (en banc) strikes down a surcharge on Chinese electronics, 21 July 2026.
    _story("court-WG1", "court", "2026-07-24", [
        _page("https://www.pacificwire.example/legal/"
              "us-appeals-court-china-electronics-tariff-unlawful-2026-07-21",
              _wire_site(
                  "US appeals court rules China electronics tariff unlawful",
                  [
                      "A divided U.S. appeals court ruled on Tuesday that President Donald Trump "
                      "overstepped his authority when he imposed a 15% surcharge on Chinese "
                      "laptops, smartphones and game consoles, dealing a fresh legal blow to his "
                      "trade agenda.",
                      "The U.S. Court of Appeals for the Federal Circuit, sitting with all 11 of "
                      "its active judges, ruled 7-4 that a rarely used provision of the Tariff Act "
                      "of 1930, known as Section 338, did not let the president impose open-ended "
                      "duties of that kind without Congress.",
                      "The decision was posted on the court's website at about 14:40 GMT.",
                      "The court put its ruling on hold until Sept. 14 to give the administration "
                      "time to ask the Supreme Court to intervene. The surcharge remains in force "
                      "until then.",
                      "Judge Ruth Castellano wrote for the majority that the 1930 law &quot;was "
                      "written for a world of steamships and gold tariffs, not as a blank "
                      "check.&quot;",
                      "In a dissent joined by three colleagues, Judge Daniel Okafor wrote that the "
                      "majority had &quot;substituted its own economic judgment for that of the "
                      "President&quot; in an area where courts have long deferred to the "
                      "executive.",
                      "The surcharge has raised about $9.8 billion since it took effect in "
                      "February, according to U.S. Customs and Border Protection data.",
                      "The case was brought by five small businesses and a group of 12 states. The "
                      "Court of International Trade had sided with them in April, in a unanimous "
                      "ruling by a three-judge panel.",
                      "White House spokeswoman Abigail Tran said the administration would appeal "
                      "&quot;immediately&quot; and was &quot;confident the Supreme Court will "
                      "uphold the President's lawful use of his tariff powers.&quot;",
                      "The appeals court did not decide whether importers are owed refunds, "
                      "sending that question back to the trade court.",
                  ],
                  dateline="WASHINGTON, July 21 (Pacific Wire) \u2014",
                  published="2026-07-21T15:12:00Z",
                  stamp="July 21, 2026 3:12 PM GMT",
                  byline="Hannah Okoro",
                  section="Legal",
                  related=(
                      "Supreme Court to hear challenge to steel tariffs in October",
                      "EU court upholds \u20ac400 million fine on freight cartel",
                      "Judge blocks Texas law on app store age checks",
                  ),
              )),
        _page("https://www.capitoldaily.example/politics/"
              "appeals-court-strikes-down-trump-tariff-chinese-electronics/",
              _daily_site(
                  "Appeals court strikes down Trump's tariff on Chinese electronics",
                  [
                      "A federal appeals court on Tuesday, July 21, struck down the 15 percent "
                      "tariff that President Trump placed on Chinese consumer electronics in "
                      "February, ruling 7 to 4 that he had stretched a Depression-era trade law "
                      "far beyond what Congress intended.",
                      "The decision by the full U.S. Court of Appeals for the Federal Circuit came "
                      "late Tuesday morning. But the judges delayed the effect of their ruling "
                      "until Oct. 14, leaving the tariff in place while the administration "
                      "appeals.",
                      "Writing for the majority, Judge Ruth Castellano said the law was written "
                      "\u201cfor a world of steamships,\u201d not as \u201ca blank check\u201d for "
                      "any president who wanted to tax imports.",
                      "Judge Daniel Okafor, writing for the four dissenters, argued that the court "
                      "should have deferred to the president on a question of foreign commerce.",
                      "The ruling is the biggest setback yet for the administration's use of "
                      "obscure statutes to impose tariffs without a vote in Congress. The "
                      "president invoked Section 338 of the Tariff Act of 1930, which had not been "
                      "invoked in decades.",
                      "A dozen states and five small businesses brought the case, among them a "
                      "Portland, Ore., maker of bicycle lights and an importer of phone "
                      "accessories in Riverton.",
                      "\u201cThe administration will appeal immediately,\u201d said Abigail Tran, "
                      "a White House spokeswoman, adding that the president had \u201cevery "
                      "right\u201d to protect American industry.",
                      "Importers have paid nearly $10 billion under the surcharge so far. Whether "
                      "any of it comes back to them is still an open question: the court left the "
                      "issue of refunds to the Court of International Trade.",
                      "Rep. Alan Whitcomb, Republican of Ohio, said Congress should \u201cstop "
                      "outsourcing its job to the courts\u201d and vote on tariffs directly.",
                  ],
                  dek="The 7-4 decision by the full Federal Circuit is on hold while the "
                      "administration asks the Supreme Court to step in.",
                  byline="Marcus Fenwick",
                  correction="Correction: An earlier version of this article misspelled the "
                             "surname of Rep. Alan Whitcomb.",
                  read_more="Supreme Court to hear steel tariff challenge in October",
                  most_read=(
                      "Heat wave sends Washington power demand to a record",
                      "Senate confirms new Commerce Department deputy, 52-47",
                      "The 10 best crab shacks on the Chesapeake",
                  ),
                  section="Politics",
              )),
        _page("https://ledgerline.example/2026/07/federal-circuit-gadget-tariff-five-things/",
              _blog_site(
                  "Federal Circuit Kills the Gadget Tariff (For Now): 5 Things to Know",
                  [
                      "The full Federal Circuit ruled on Tuesday, July 21, that the 15% surcharge "
                      "on Chinese laptops, phones and consoles is unlawful. Here's what investors "
                      "should take from it.",
                      "<strong>1. It wasn't close.</strong> The vote was 8-3, with the majority "
                      "opinion by Judge Ruth Castellano. The court sat en banc, meaning every "
                      "active judge took part, which makes it harder to dismiss as one unlucky "
                      "panel.",
                      "<strong>2. Nothing changes yet.</strong> The ruling is stayed until Sept. "
                      "14 so the administration can run to the Supreme Court. Importers keep "
                      "paying in the meantime.",
                      "<strong>3. The money.</strong> Nearly $10 billion has been collected since "
                      "February. The court did not say whether importers get it back; that goes "
                      "back to the Court of International Trade, which had already ruled against "
                      "the tariff in April.",
                      "<strong>4. Who benefits.</strong> Electronics retailers and accessory "
                      "importers are the obvious winners if the ruling holds. BrightBox, the "
                      "big-box gadget chain, rose 3.1% on the day, and contract manufacturers with "
                      "China-heavy supply chains rallied too.",
                      "<strong>5. What's next.</strong> The White House says it will appeal "
                      "&ldquo;immediately.&rdquo; If the justices take the case, a decision could "
                      "come early next year. If they refuse, the tariff dies on the stay date.",
                      "<strong>Bonus: what Section 338 is.</strong> It is a 1930 provision that "
                      "lets a president slap extra duties on countries that discriminate against "
                      "American commerce. No president had used it in decades, which is why the "
                      "judges spent most of their 60-odd pages on history.",
                      "One more thing: the dissent, written by Judge Daniel Okafor, is worth a "
                      "read if you want to know how the administration will argue before the "
                      "Supreme Court. It leans hard on the idea that courts should defer to the "
                      "president on foreign commerce.",
                  ],
                  author="Dana Whitfield",
                  tags=("Tariffs", "Courts", "China", "Retail"),
                  recent=(
                      "June CPI: the 0.2% that moved everything",
                      "Is the dollar's 6% slide this year over?",
                      "Vienna, Seoul, and now what? A US-China trade timeline",
                  ),
                  comments=31,
              )),
        _page("https://www.valleyherald.example/business/riverton-importer-wins-round-tariff-fight/"
              "article_58213.html",
              _regional_site(
                  "Riverton importer wins round in tariff fight as appeals court rules against "
                  "president",
                  [
                      "A Riverton company that imports phone cases and chargers from China is "
                      "among the winners of a federal appeals court ruling Tuesday that found "
                      "President Trump's 15% tariff on Chinese electronics unlawful.",
                      "Riverton Gadget Co., based on Industrial Parkway, was one of five small "
                      "businesses that sued the administration shortly after the surcharge took "
                      "effect.",
                      "The U.S. Court of Appeals for the Federal Circuit ruled 7-4 against the "
                      "tariff. Judge Lionel Brandt wrote the main dissent, arguing the court "
                      "should have deferred to the president on trade.",
                      "&quot;We've paid about $410,000 in tariffs since February,&quot; said owner "
                      "Denise Kowalczyk. &quot;That's three people's salaries. We held on because "
                      "we thought we'd win.&quot;",
                      "Relief is not immediate. The ruling is on hold until Sept. 14 while the "
                      "administration appeals to the U.S. Supreme Court, and the court did not "
                      "order any refunds.",
                      "State Attorney General Marcus Reyes, whose office joined 11 other states in "
                      "the lawsuit, called the decision &quot;a win for every family that has paid "
                      "more for a laptop this year.&quot;",
                      "At the White House, spokeswoman Abigail Tran told reporters the "
                      "administration would appeal the decision immediately.",
                      "Paul Engstrom, who teaches economics at Riverton Community College, "
                      "estimated that the surcharge had added about $180 to the shelf price of a "
                      "typical laptop sold in the Upper Valley.",
                      "Kowalczyk said the company, which employs 22 people, cut back on hiring "
                      "this spring and delayed plans to open a second warehouse in Lind Township.",
                      "&quot;If this holds up, the first thing we do is bring those plans "
                      "back,&quot; she said.",
                  ],
                  byline="By Carl Jessup, Herald staff writer",
                  date_text="07/22/2026",
                  sponsored=(
                      "Doctors stunned: this one trick erases knee pain",
                      "Riverton homeowners could save $1,200 on solar this year",
                      "The 23 most beautiful small towns in America",
                  ),
                  local=(
                      "County fair opens Thursday with record 640 livestock entries",
                      "Riverton council delays vote on $3.2 million pool repairs",
                      "Lind Township man celebrates 100th birthday",
                  ),
              )),
    ], [
        ("majority", r"\b7 ?(-|–|—|to) ?4\b|seven(-| )to(-| )four|\bseven\b|\b7 judges",
         r"\b8 ?(-|–|—|to) ?3\b|eight(-| )to(-| )three|\beight\b|\b8 judges"),
        ("stay date", r"sep(t|tember)?\.? 14|2026-09-14|14 sep",
         r"oct(ober)?\.? 14|2026-10-14|14 oct"),
        ("dissent author", r"okafor", r"brandt"),
    ]),
    # 4. CONTROL. EU General Court trims the fine on an app-store operator, 4 November 2026.
    _story("court-WG2", "court", "2026-11-20", [
        _page("https://news.apb.example/business/eu-court-cuts-quillon-fine",
              _broadcaster_site(
                  "EU court cuts Quillon fine but upholds abuse finding",
                  [
                      "The EU's General Court has upheld a finding that Quillon Systems abused its "
                      "dominant position in app payments, but reduced the fine imposed on the "
                      "technology company from \u20ac1.8bn to \u20ac1.52bn.",
                      "The judgment was delivered in Luxembourg at 09:30 local time on Wednesday 4 "
                      "November.",
                      "The European Commission fined Quillon in March 2022, saying it had forced "
                      "developers selling through its app store to use its own payment system and "
                      "had barred them from telling customers about cheaper offers elsewhere.",
                      "A chamber of five judges agreed with the Commission on the substance, but "
                      "found that it had not proved the abuse for the period before July 2019. The "
                      "fine was reduced by \u20ac280m as a result.",
                      "&ldquo;The court has confirmed the core of our decision,&rdquo; said "
                      "Commission spokesperson Lea Zimmermann. &ldquo;Dominant platforms cannot "
                      "lock developers into their own payment systems.&rdquo;",
                      "Quillon said it was studying the judgment and &ldquo;considering all "
                      "options&rdquo;. The company can appeal on points of law to the Court of "
                      "Justice, the EU's highest court, within two months and ten days.",
                      "Quillon shares were 1.4% higher in Frankfurt by midday.",
                      "Consumer groups welcomed the outcome. The European consumer organisation "
                      "BEUC said the ruling showed that &ldquo;gatekeepers&rdquo; could not rely "
                      "on the courts to wipe out penalties.",
                      "Under the Digital Markets Act, which took full effect in 2024, the largest "
                      "platforms must already allow developers to offer other payment systems, so "
                      "the practical effect of the ruling on prices is likely to be limited.",
                      "The case (T-412/22) is one of several brought by large technology companies "
                      "against EU competition decisions. The General Court is the second-highest "
                      "court in the European Union.",
                  ],
                  key_points=(
                      "Fine cut to \u20ac1.52bn from \u20ac1.8bn",
                      "Court backs the Commission's finding of abuse",
                      "Quillon can still appeal to the Court of Justice",
                  ),
                  caption="Quillon's European headquarters in Dublin",
                  related=(
                      "Brussels fines carmakers \u20ac458m over recycling cartel",
                      "EU opens new inquiry into cloud software licensing",
                      "Luxembourg court rules on Irish tax case in January",
                  ),
                  topics=("European Union", "Competition law", "Technology"),
              )),
        _page("https://www.harbourtimes.example/business/companies/article/3341207/"
              "eu-court-trims-quillon-fine",
              _hk_site(
                  "EU court trims Quillon\u2019s \u20ac1.8 billion app-store fine",
                  [
                      "The European Union\u2019s second-highest court on Wednesday cut the fine on "
                      "Quillon Systems to \u20ac1.52 billion (about HK$13.6 billion), while "
                      "upholding Brussels\u2019 finding that the company abused its dominance of "
                      "app payments.",
                      "The General Court in Luxembourg delivered its judgment at 4.30pm Hong Kong "
                      "time.",
                      "The European Commission had fined Quillon \u20ac1.8 billion in March 2022 "
                      "for requiring app developers to use its in-house payment system. The court "
                      "found the Commission had failed to prove the abuse before July 2019 and "
                      "lowered the penalty by about 16 per cent.",
                      "Quillon, which makes most of its devices in Shenzhen and Dongguan, said it "
                      "was reviewing the ruling and considering its options. It has two months and "
                      "10 days to appeal to the EU\u2019s top court, the Court of Justice.",
                      "\u201cThe court has confirmed the core of our decision,\u201d a Commission "
                      "spokeswoman said.",
                      "The ruling is being watched in Asia, where app developers in South Korea, "
                      "Japan and mainland China have complained about similar payment rules.",
                      "\u201cRegulators in Seoul and Tokyo will read this closely,\u201d said "
                      "Kelvin Ng, a competition lawyer at a Central law firm. \u201cIt confirms "
                      "that the core theory of harm survives a court challenge.\u201d",
                      "South Korea\u2019s Fair Trade Commission fined Quillon 120 billion won last "
                      "year over similar payment rules, a decision the company is contesting in "
                      "Seoul.",
                      "Quillon reported revenue of US$94 billion last year, so the fine is "
                      "unlikely to dent its finances, analysts said.",
                      "The company employs about 8,000 people in the Greater Bay Area, most of "
                      "them in research and manufacturing.",
                  ],
                  date_text="Published: 6:12pm, 4 Nov 2026",
                  section="Business",
                  popular=(
                      "Hong Kong retail sales rise 3.4% in September",
                      "Fed cuts rates again; HKMA follows with base rate cut",
                      "MTR fares to rise 2.8% from January",
                  ),
                  note="This article was updated at 6.45pm to add comment from a Hong Kong lawyer.",
                  topics=("Europe", "Technology", "Competition"),
              )),
        _page("https://ledgerline.example/2026/11/quillon-fine-general-court/",
              _blog_site(
                  "Quillon's Fine Gets a Haircut in Luxembourg. The Business Model Doesn't",
                  [
                      "Quillon Systems got some good news from Luxembourg early Wednesday, "
                      "November 4: the EU's General Court trimmed its antitrust fine to &euro;1.52 "
                      "billion, roughly $1.75 billion, from &euro;1.8 billion.",
                      "The judgment landed at 3:30 a.m. ET, long before U.S. markets opened, and "
                      "Quillon's U.S.-listed shares were up about 1% in premarket trading.",
                      "But read past the headline number. The court agreed with the European "
                      "Commission on the thing that matters: Quillon abused its dominance by "
                      "forcing developers to use its own payment system. The reduction, a little "
                      "over 15%, came only because the Commission couldn't prove part of the "
                      "period covered by its 2022 decision.",
                      "For context, the fine is a rounding error for a company with Quillon's "
                      "revenue. The bigger cost is the one already being paid: developers in "
                      "Europe can now steer customers to cheaper payment options, and some have "
                      "cut their prices by 10% to 20% for buyers who pay outside the app.",
                      "Quillon said it would review the ruling. It can take the case to the Court "
                      "of Justice, the EU's top court, and has a little over two months to decide.",
                      "<strong>What changes for developers:</strong> not much, immediately. "
                      "Quillon already lets European developers link to outside payment options, "
                      "and nothing in the judgment forces it to change its commission rates.",
                      "The largest single EU antitrust fine remains the &euro;4.34 billion imposed "
                      "on Google in 2018 over Android, which the courts later trimmed.",
                      "<strong>Bottom line:</strong> the haircut is nice; the precedent is what "
                      "investors should price in.",
                  ],
                  author="Sam Adeyemi",
                  iso="2026-11-04T07:10:00-05:00",
                  date_text="November 4, 2026",
                  tags=("Antitrust", "EU", "Big Tech"),
                  recent=(
                      "The Fed's October cut, annotated",
                      "Japan's rate hike and the yen: a quick explainer",
                      "Apple, Quillon and the app-store fee math",
                  ),
                  comments=9,
              )),
    ], []),
    # 5. The Bank of Japan raises its policy rate to 1%, Friday 30 October 2026 (Tokyo time).
    _story("cb-WG1", "central bank", "2026-11-03", [
        _page("https://www.pacificwire.example/markets/boj-raises-rates-1-percent-2026-10-30",
              _wire_site(
                  "Bank of Japan raises rates to 1%, highest since 1995; two board members dissent",
                  [
                      "The Bank of Japan raised its short-term policy rate to 1.0% from 0.75% on "
                      "Friday, taking borrowing costs to their highest since 1995 and signalling "
                      "that more increases could follow if wages keep rising.",
                      "The decision, announced at 12:18 p.m. Tokyo time (03:18 GMT) at the end of "
                      "a two-day meeting, was taken by a 7-2 vote. Board members Kenji Mori and "
                      "Aya Ishikawa dissented, arguing that the bank should wait for more evidence "
                      "that consumption was holding up.",
                      "In its quarterly outlook report, the central bank raised its forecast for "
                      "core consumer inflation in the fiscal year ending March 2027 to 2.8% from "
                      "2.5%.",
                      "&quot;Real interest rates remain deeply negative, so financial conditions "
                      "will stay accommodative even after today's move,&quot; Governor Kazuo Ueda "
                      "told a news conference that began at 3:30 p.m.",
                      "Ueda declined to say whether the bank would move again at its next meeting, "
                      "on Dec. 17-18, saying policy would be decided &quot;meeting by "
                      "meeting.&quot;",
                      "The yen was little changed at 152.40 per dollar in the first minutes after "
                      "the decision, then strengthened to 151.65 by late afternoon in Tokyo as "
                      "traders read Ueda's comments as leaving the door open to another hike.",
                      "The yield on the benchmark 10-year Japanese government bond rose 4 basis "
                      "points to 2.05%, its highest since 2008.",
                      "The move was expected by most economists. Eighteen of 25 surveyed by "
                      "Pacific Wire last week had forecast an increase to 1% at this meeting.",
                      "&quot;The board clearly wants to get to 1.25% by spring, but it will not be "
                      "rushed,&quot; said Mariko Ito, chief economist at Shirogane Securities in "
                      "Tokyo.",
                      "<em>(Updates yen move in paragraph 6 and adds Ueda comments.)</em>",
                  ],
                  dateline="TOKYO, Oct 30 (Pacific Wire) \u2014",
                  published="2026-10-30T03:40:00Z",
                  stamp="October 30, 2026 3:40 AM GMT",
                  updated="October 30, 2026 7:10 AM GMT",
                  byline="Yuki Sato and Leo Grant",
                  section="Markets",
                  related=(
                      "Reserve Bank of Australia holds cash rate at 3.35%",
                      "Japan's unemployment rate rises to 2.7% in September",
                      "Bank of Korea cuts rates by quarter point to 2.25%",
                  ),
              )),
        _page("https://www.harbourtimes.example/business/banking-finance/article/3340020/"
              "bank-japan-lifts-rates-1-cent",
              _hk_site(
                  "Bank of Japan lifts rates to 1 per cent, yen firms as Ueda keeps door open",
                  [
                      "The Bank of Japan raised its key interest rate by 0.25 percentage point to "
                      "1 per cent on Friday, its highest level in 31 years, in a decision "
                      "announced at 11.18am Hong Kong time.",
                      "Two of the nine board members, Kenji Mori and Yuko Hanada, voted against "
                      "the increase, saying they preferred to wait.",
                      "Governor Kazuo Ueda told reporters at 2.30pm Hong Kong time that real "
                      "interest rates were \u201cstill deeply negative\u201d and that monetary "
                      "conditions would remain supportive.",
                      "The yen firmed to 151.65 per US dollar by late afternoon in Tokyo, as "
                      "investors bet on a further increase in the new year.",
                      "Japanese companies agreed to raise wages by an average of 5.2 per cent in "
                      "this year\u2019s spring negotiations, the second year in a row above 5 per "
                      "cent, giving the central bank confidence that inflation is becoming "
                      "self-sustaining.",
                      "The central bank began raising rates in March 2024, when it ended eight "
                      "years of negative interest rates.",
                      "For Hong Kong investors, a stronger yen could make holidays in Japan more "
                      "expensive. Japan was the most popular overseas destination for Hong Kong "
                      "residents last year, with 2.7 million visits.",
                      "Analysts said the bank was likely to stay on hold at its next meeting, on "
                      "December 17 and 18, before considering a move to 1.25 per cent early next "
                      "year.",
                      "\u201cThe BOJ is normalising at a glacial pace, but it is "
                      "normalising,\u201d said Hiroshi Takeda, chief Japan strategist at Kowloon "
                      "Capital.",
                      "Takeda said the dissents showed that some board members remained worried "
                      "about weak household spending, which has lagged behind wage gains for most "
                      "of the year.",
                  ],
                  date_text="Published: 6:30pm, 30 Oct 2026",
                  topics=("Japan", "Interest rates", "Currencies"),
                  section="Business",
                  caption="Bank of Japan Governor Kazuo Ueda at a news conference in Tokyo. Photo: "
                          "Bloomberg",
                  popular=(
                      "Hong Kong GDP grows 2.9% in third quarter",
                      "Observatory issues first cold weather warning of the season",
                      "Cathay Pacific adds 12 flights a week to Osaka",
                  ),
              )),
        _page("https://news.apb.example/business/bank-of-japan-raises-interest-rates",
              _broadcaster_site(
                  "Bank of Japan raises interest rates to highest level since 1995",
                  [
                      "Japan's central bank has raised interest rates to 1%, the highest level in "
                      "more than three decades, as it continues to unwind years of ultra-loose "
                      "monetary policy.",
                      "The Bank of Japan announced the increase, from 0.75%, at 05:18 Central "
                      "European Time on Friday 30 October, after a two-day meeting in Tokyo.",
                      "Seven of the nine members of its policy board voted in favour. Kenji Mori "
                      "and Aya Ishikawa voted against.",
                      "For years the Bank of Japan kept interest rates below zero in an effort to "
                      "revive growth and lift prices. It ended negative rates in March 2024.",
                      "Prices in Japan have now risen faster than the bank's 2% target for more "
                      "than four years, helped by a weak yen, which makes imports more expensive.",
                      "The rise is likely to push up repayments for millions of Japanese "
                      "households with variable-rate mortgages, which make up the large majority "
                      "of home loans in the country.",
                      "Governor Kazuo Ueda said borrowing costs adjusted for inflation remained "
                      "very low, so the economy would continue to receive support.",
                      "The bank said it expected the Japanese economy to keep growing at a "
                      "moderate pace, although it warned that American tariffs could weigh on "
                      "exports and factory output.",
                      "The move widens the gap between Japan and the eurozone, where the European "
                      "Central Bank has left its deposit rate unchanged at 2% since last year.",
                      "European exporters competing with Japanese manufacturers have complained "
                      "about the weak yen, which fell to a record low against the euro last year.",
                      "Analysts said the pace of further increases would depend largely on next "
                      "spring's wage negotiations between Japan's big companies and their unions.",
                  ],
                  key_points=(
                      "Rate raised to 1% from 0.75%",
                      "Two of nine board members opposed the rise",
                  ),
                  related=(
                      "ECB leaves rates on hold for sixth meeting in a row",
                      "Swiss National Bank cuts rates to zero",
                      "Japan's Nikkei hits record high above 52,000",
                  ),
                  topics=("Japan", "Interest rates", "Global economy"),
              )),
        _page("https://ledgerline.example/2026/10/boj-hikes-to-one-percent/",
              _blog_site(
                  "BOJ Hikes to 1%: Quick Take While Tokyo Is Still at Lunch",
                  [
                      "The Bank of Japan just raised its policy rate to 1.0% from 0.75%. The "
                      "statement hit at 11:18 p.m. ET on Thursday, which is 12:18 p.m. on Friday "
                      "in Tokyo, so here's a late-night quick take.",
                      "<strong>The vote was 7-2.</strong> Kenji Mori and Aya Ishikawa dissented in "
                      "favor of holding. Two dissents on a widely expected hike tells you the "
                      "board isn't in a hurry to do this again.",
                      "<strong>The yen barely budged</strong>, hovering around 152.40 per dollar "
                      "in the first half hour. Markets had this priced in: overnight index swaps "
                      "were implying roughly an 80% chance of a hike going into the meeting.",
                      "<strong>Why it matters for U.S. investors:</strong> every quarter point the "
                      "BOJ adds chips away at the yen carry trade, where investors borrow cheaply "
                      "in yen to buy higher-yielding assets elsewhere. The last time that trade "
                      "unwound fast, in August 2024, global stocks had a very bad week.",
                      "<strong>The backdrop:</strong> Japanese core inflation has sat above the "
                      "BOJ's 2% target for years now, and this spring's wage round was strong "
                      "again. The bank has been telling everyone it would keep moving as long as "
                      "the data cooperated, and it did.",
                      "<strong>What's next:</strong> the next BOJ meeting is December 10-11. Watch "
                      "Governor Kazuo Ueda's press conference later today (Tokyo time) for hints. "
                      "If he sounds relaxed about the yen, a December move is unlikely.",
                      "<strong>The dissenters' case:</strong> both have argued all year that "
                      "household spending is too soft to take higher borrowing costs, and they "
                      "will keep arguing it.",
                      "We'll update this post after the press conference.",
                      "<em>Housekeeping: times in this post are U.S. Eastern unless we say "
                      "otherwise. Tokyo is 13 hours ahead of New York until U.S. clocks go back on "
                      "Sunday.</em>",
                  ],
                  author="Sam Adeyemi",
                  iso="2026-10-29T23:50:00-04:00",
                  date_text="October 29, 2026 at 11:50 pm",
                  tags=("Bank of Japan", "Yen", "Rates", "Carry trade"),
                  recent=(
                      "The Fed's October cut, annotated",
                      "Treasury refunding preview: coupons steady at $125 billion",
                      "Gold's 40% year in five charts",
                  ),
                  comments=6,
              )),
    ], [
        ("dissenter", r"ishikawa", r"hanada"),
        ("clock time", r"(?<!\d)(0?3[:.]18|12[:.]18|11[:.]18|23[:.]18)(?!\d)",
         r"(?<!\d)0?5[:.]18(?!\d)"),
        ("next meeting",
         r"dec(ember)?\.? 1[78]|1[78] dec|2026-12-1[78]|12/1[78]",
         r"dec(ember)?\.? 1[01](?!\d)|1[01] dec|2026-12-1[01]|12/1[01]"),
    ]),
    # 6. The Federal Reserve cuts by a quarter point, Wednesday 16 September 2026.
    _story("cb-WG2", "central bank", "2026-09-25", [
        _page("https://ledgerline.example/2026/09/fed-cuts-quarter-point-dots/",
              _blog_site(
                  "The Fed Cuts a Quarter Point. The Dots Are the Real Story",
                  [
                      "As expected, the Federal Reserve lowered the federal funds rate by 25 basis "
                      "points on Wednesday, September 16, to a target range of 3.25% to 3.5%. The "
                      "statement came out at 2 p.m. ET.",
                      "Two officials dissented, making it a 10-2 vote: Governor Marcus Hale wanted "
                      "a bigger, half-point cut, while Philadelphia Fed President Anna Paulsen "
                      "wanted no cut at all. Dissents in both directions at one meeting are rare, "
                      "and they tell you how split this committee is.",
                      "<strong>The dots.</strong> The median official now sees the funds rate at "
                      "3.1% at the end of this year, which implies one more quarter-point cut, "
                      "probably in December. For the end of 2027 the median is 2.6%. That's a more "
                      "dovish path than the market had going into the meeting.",
                      "<strong>The press conference.</strong> Chair Elaine Mercer said the Fed was "
                      "&ldquo;in a good place to watch how the economy responds&rdquo; and "
                      "stressed that nothing was pre-set. She spent a lot of time on the labor "
                      "market, which has clearly replaced inflation as the committee's main worry.",
                      "<strong>The market.</strong> The 2-year Treasury yield fell 6 basis points "
                      "after the statement and the S&amp;P 500 closed up 0.6%. Rate-sensitive "
                      "small caps did better.",
                      "<strong>The split.</strong> Hale has been the loudest voice for faster cuts "
                      "all year. Paulsen's dissent is the more interesting one: she votes this "
                      "year in the regional rotation and has been warning about services inflation "
                      "since spring.",
                      "<strong>Our read.</strong> The Fed is cutting into an economy that is "
                      "slowing, not collapsing. If the next two jobs reports are soft, the hawks "
                      "will have a hard time holding the line.",
                      "<em>Ledgerline posts are for information only and are not investment "
                      "advice.</em>",
                  ],
                  author="Dana Whitfield",
                  tags=("Federal Reserve", "Rates", "FOMC", "Dot plot"),
                  recent=(
                      "August jobs: 22,000 and a lot of revisions",
                      "Why the ECB is happy sitting at 2%",
                      "Oil under $60: who wins, who loses",
                  ),
                  comments=27,
              )),
        _page("https://www.capitoldaily.example/economy/2026/09/16/"
              "fed-cuts-interest-rates-quarter-point-dissents/",
              _daily_site(
                  "Fed cuts rates a quarter point as officials split in both directions",
                  [
                      "The Federal Reserve cut its benchmark interest rate by a quarter of a "
                      "percentage point on Wednesday, the second reduction this year, as a cooling "
                      "job market outweighed worries about stubborn inflation.",
                      "The cut brings the federal funds rate to a range of 3.25 to 3.5 percent, "
                      "down from 3.5 to 3.75 percent. It was approved 10 to 2.",
                      "Gov. Marcus Hale dissented in favor of a half-point reduction. Anna "
                      "Paulsen, president of the Federal Reserve Bank of Philadelphia, dissented "
                      "because she preferred to leave rates unchanged, citing inflation that "
                      "remains above the Fed's 2 percent goal.",
                      "\u201cWe are in a good place to watch how the economy responds to what "
                      "we've done,\u201d Chair Elaine Mercer said at a news conference after the "
                      "decision. \u201cOur policy is not on a preset course.\u201d",
                      "New projections released with the decision show officials expect one more "
                      "quarter-point cut this year, with the median official putting the rate at "
                      "3.1 percent at the end of 2026 and 2.9 percent at the end of 2027.",
                      "The unemployment rate rose to 4.5 percent in August, its highest level in "
                      "four years, while the Fed's preferred inflation gauge rose 2.8 percent over "
                      "the year to July.",
                      "The White House welcomed the cut but said it was \u201clong overdue.\u201d",
                      "Investors had widely expected the quarter-point move. Stocks rose after the "
                      "announcement, and yields on two-year Treasury notes, which are sensitive to "
                      "the Fed's plans, fell.",
                      "The decision leaves the Fed walking a narrow line. Cutting too slowly risks "
                      "a sharper rise in unemployment; cutting too quickly risks letting inflation "
                      "settle above the central bank's target for years.",
                      "The Fed's next policy meeting is scheduled for Oct. 27-28.",
                  ],
                  dek="Two officials dissented, one wanting a larger cut and one wanting none, as "
                      "the central bank signaled one more reduction this year.",
                  byline="Nadia Koenig",
                  date_published="2026-09-16T15:05:00-04:00",
                  read_more="What a Fed rate cut means for your credit card, car loan and mortgage",
                  caption="Fed Chair Elaine Mercer at her news conference in Washington. (Pool "
                          "photo)",
                  most_read=(
                      "House passes stopgap spending bill to avert shutdown",
                      "Hurricane Lena strengthens to Category 3 in the Gulf",
                      "Five things to watch in Thursday's retail sales report",
                  ),
                  section="Economy",
              )),
        _page("https://www.krvt9.example/news/fed-cuts-rates-what-it-means-for-iowa-borrowers/",
              _tv_site(
                  "Fed cuts rates again: what it means for Iowa borrowers",
                  [
                      "If you have been waiting to buy a house or refinance, Wednesday's news from "
                      "the Federal Reserve may help, but don't expect miracles.",
                      "The Fed cut its key interest rate by a quarter of a percentage point on "
                      "Wednesday, September 16. The announcement came at 1 p.m. Central time.",
                      "That puts the federal funds rate in a range of 3% to 3.25%. The rate "
                      "affects what banks charge each other overnight, and it ripples out to "
                      "credit cards, car loans and home equity lines.",
                      "Mortgage rates don't move in lockstep with the Fed. The average 30-year "
                      "fixed mortgage was 6.05% last week, according to Freddie Mac, and lenders "
                      "had already priced in much of this cut.",
                      "&quot;People call us the day after every Fed meeting expecting their rate "
                      "to drop half a point. It's usually an eighth, if that,&quot; said Jenna "
                      "Voss, a loan officer at Cedar Valley Community Bank in Waterloo.",
                      "Savers get the other side of the deal: yields on savings accounts and CDs "
                      "are likely to slip in the coming weeks.",
                      "Credit card rates, which are usually tied to the prime rate, should also "
                      "tick down, though the average card still charges well over 20% interest, so "
                      "paying down balances remains the best move.",
                      "Fed Chair Elaine Mercer said the central bank would watch how the economy "
                      "responds before deciding what to do next.",
                      "Farmers with operating loans tied to the prime rate should see a small drop "
                      "on their next statement. Most banks cut their prime rate on Wednesday "
                      "afternoon.",
                  ],
                  author="Alicia Monroe",
                  caption="VIDEO: Loan officer Jenna Voss explains what the rate cut means for "
                          "borrowers",
                  trending=(
                      "Cedar Falls approves new dog park on Hudson Road",
                      "Hawkeyes rally to beat Iowa State 24-17",
                      "Waterloo police investigate overnight shooting on Fourth Street",
                      "Frost possible north of Highway 20 this weekend",
                  ),
              )),
        _page("https://www.harbourtimes.example/business/banking-finance/article/3331560/"
              "fed-cuts-hkma-follows",
              _hk_site(
                  "Fed cuts rates by quarter point; HKMA follows with base rate cut",
                  [
                      "The US Federal Reserve cut its policy rate by 25 basis points in a 9-3 "
                      "vote, in a decision announced at 2am on Thursday, Hong Kong time, prompting "
                      "the Hong Kong Monetary Authority to lower its base rate in step.",
                      "The HKMA cut its base rate to 3.75 per cent from 4 per cent, in line with a "
                      "formula that sets it half a percentage point above the lower end of the Fed "
                      "funds target range. Hong Kong\u2019s currency is pegged to the US dollar.",
                      "The city\u2019s biggest lenders kept their prime lending rates unchanged, "
                      "in a blow to mortgage borrowers hoping for relief. Interbank rates have "
                      "fallen sharply since the summer, and most new mortgages are now priced off "
                      "Hibor rather than prime.",
                      "Fed chair Elaine Mercer said the US central bank was \u201cin a good "
                      "place\u201d to see how the economy reacted to its moves, and officials "
                      "signalled one more cut before the end of the year.",
                      "The Hang Seng Index rose 1.1 per cent on Thursday morning, led by property "
                      "developers, which stand to benefit most from lower borrowing costs.",
                      "\u201cThe Fed gave Hong Kong\u2019s property market a small push, but banks "
                      "are not passing it on yet,\u201d said Winnie Lau, chief Greater China "
                      "economist at Kowloon Capital.",
                      "The Fed\u2019s next policy meeting is on October 27 and 28.",
                      "Home prices in Hong Kong have risen for five straight months after a long "
                      "slump, according to official data.",
                      "Economists expect the Fed to cut again in December, which would bring the "
                      "HKMA base rate down in step once more.",
                  ],
                  date_text="Published: 11:45am, 17 Sep 2026",
                  topics=("Federal Reserve", "Hong Kong property", "Banking"),
                  section="Business",
                  caption="The Federal Reserve building in Washington. Photo: AFP",
                  popular=(
                      "Typhoon signal No 8 possible on Saturday, Observatory says",
                      "Hong Kong to cut stamp duty for first-time buyers",
                      "Macau casino revenue jumps 14% in August",
                  ),
              )),
    ], [
        ("rate range", r"3\.50?(?!\d)|3\.25 ?%? ?(-|–|—|to|and) ?3\.5",
         r"(?<![\d.])3(\.00?)? ?(%|percent|per cent)? ?(-|–|—|to|and) ?3\.25"),
        ("vote", r"\b10 ?(-|–|—|to) ?2\b|ten(-| )to(-| )two",
         r"\b9 ?(-|–|—|to) ?3\b|nine(-| )to(-| )three"),
        ("projection", r"(?<![\d.])2\.9(?!\d)", r"(?<![\d.])2\.6(?!\d)"),
    ]),
]
