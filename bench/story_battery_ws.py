"""Part WS of the story battery (web pages).

Written by engineer WS1 on 2026-12-06 (eighteenth session, eighth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WS`.

Six stories (three on US-China trade talks and tariffs, three on elections), each told by
three or four invented outlets whose whole HTML pages (site furniture included) are built by
one hand-written template per outlet.  One story is a control story with no planted
disagreement.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WS", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: Any, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<li{attr}>{x}</li>" for x in items)


# --------------------------------------------------------------------------------------------
# Outlet templates (one per outlet)
# --------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, updated: str | None = None,
               readmore: tuple[str, str] | None = None, related: Any = (),
               editing: str = "") -> str:
    """Pacific Wire: a wire service, clean <article>, dateline on the lead."""
    meta = ('<meta property="og:site_name" content="Pacific Wire">\n'
            f'<meta property="og:title" content="{title}">\n')
    if published:
        meta += f'<meta property="article:published_time" content="{published}">\n'
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f'<span class="pw-dateline">{dateline} (Pacific Wire) &mdash;</span> {p}'
        body.append(f'<p class="pw-text">{p}</p>')
        if i == 2 and readmore:
            body.append(f'<p class="pw-readmore"><strong>Read more:</strong> '
                        f'<a href="{readmore[1]}">{readmore[0]}</a></p>')
    upd = f'<div class="pw-updated">Updated {updated}</div>' if updated else ""
    rel = "".join(f'<li><a href="/world/{i}">{h}</a></li>' for i, h in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}<link rel="stylesheet" href="/static/pw.css">
</head>
<body class="pw-article">
<a class="skip" href="#pw-main">Skip to main content</a>
<header class="pw-header">
  <div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
  <nav class="pw-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
  </ul></nav>
  <div class="pw-ticker">Markets open in 2 hrs &middot; <a href="/markets">Live data</a></div>
</header>
<main id="pw-main">
<article class="pw-story">
  <h1 class="pw-headline">{title}</h1>
  <div class="pw-byline">By {byline}</div>
  <div class="pw-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
    <a href="#">Copy link</a></div>
  <div class="pw-body">
  {"".join(body)}
  </div>
  {upd}
  <p class="pw-credit">{editing}</p>
  <div class="pw-trust">Our Standards: <a href="/trust">The Pacific Wire Trust Principles.</a>
  </div>
</article>
<aside class="pw-related"><h2>More from Pacific Wire</h2><ul>{rel}</ul></aside>
</main>
<footer class="pw-footer">
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2026 Pacific Wire News Agency. All rights reserved. 400 Harbor Plaza, Oakland.</p>
  <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a> &middot;
  <a href="/cookies">Cookie settings</a>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, section: str, author: str,
                published: str | None = None, caption: str | None = None,
                most_read: Any = (), standfirst: str | None = None,
                pullquote: str | None = None) -> str:
    """The Daily Courier: a national daily, div soup, JSON-LD, cookie wall and paywall."""
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": title, "datePublished": published,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization",
                                          "name": "The Daily Courier"}})
              + "</script>\n")
    fig = ""
    if caption:
        fig = ('<div class="dc-media"><img src="/img/lead.jpg" alt="">'
               f'<div class="dc-caption">{caption}</div></div>')
    stand = f'<div class="dc-standfirst">{standfirst}</div>' if standfirst else ""
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="dc-para"><p>{p}</p></div>')
        if i == 3 and pullquote:
            chunks.append(f'<div class="dc-pullquote"><blockquote>{pullquote}</blockquote>'
                          '</div>')
        if i == 5:
            chunks.append('<div class="dc-inline-promo">Get the Morning Courier briefing '
                          '&mdash; <a href="/newsletters">sign up free</a></div>')
    mr = "".join(f'<div class="dc-mr-item"><span class="dc-mr-n">{n}</span>'
                 f'<a href="/news/{n}">{h}</a></div>' for n, h in enumerate(most_read, 1))
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The Daily Courier</title>
<meta name="description" content="{standfirst or title}">
{ld}</head>
<body>
<div id="cookie-consent" class="cc-banner"><div class="cc-inner">We use cookies and similar
technologies to personalise content and ads. <button>Accept all</button>
<button>Manage preferences</button></div></div>
<div class="dc-top"><div class="dc-top-inner"><div class="dc-masthead">The Daily Courier</div>
<div class="dc-sections"><a href="/news">News</a> | <a href="/politics">Politics</a> |
<a href="/world">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a>
| <a href="/sport">Sport</a> | <a href="/culture">Culture</a></div>
<div class="dc-account"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
</div></div>
<div class="dc-wrap"><div class="dc-row"><div class="dc-main">
<div class="dc-kicker">{section}</div>
<div class="dc-hed"><h1 class="dc-title">{title}</h1></div>
{stand}
<div class="dc-meta"><span class="dc-author">{author}</span></div>
{fig}
<div class="dc-article-body">
{"".join(chunks)}
</div>
<div class="dc-paywall"><div class="dc-paywall-box">You have read 4 of your 5 free articles
this month. <a href="/subscribe">Subscribe from $1 a week</a> for unlimited access.</div></div>
<div class="dc-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
<a href="#">Copy link</a></div>
<div class="dc-comments"><a href="#comments">View comments</a></div>
</div>
<div class="dc-rail"><div class="dc-mostread"><div class="dc-mr-head">Most read</div>{mr}</div>
<div class="dc-ad">Advertisement</div></div>
</div></div>
<div class="dc-foot"><div>The Daily Courier &copy; 2026 Courier Media Group Ltd.
12 Fleetbridge Street.</div><div><a href="/contact">Contact us</a> &middot;
<a href="/complaints">Complaints</a> &middot; <a href="/terms">Terms</a></div></div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, reporter: str, ago: str | None = None,
             trending: Any = (), video: str | None = None) -> str:
    """KVTN 8 News: a local TV station, headline in a div, paragraphs split by <br>."""
    when = f'<div class="ago">Posted {ago}</div>' if ago else ""
    vid = ""
    if video:
        vid = ('<div class="video-player"><div class="vp-poster"></div>'
               f'<div class="vp-caption">VIDEO: {video}</div></div>')
    text = "<br><br>\n".join(paras)
    tr = "".join(f'<div class="trend"><a href="/news/t{n}">{h}</a></div>'
                 for n, h in enumerate(trending))
    return f"""<html>
<head>
<title>{title} | KVTN 8 News</title>
<meta property="og:site_name" content="KVTN 8">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="alert-bar">WEATHER ALERT: Frost advisory for the river counties until 9 a.m.
<a href="/weather">Details</a></div>
<div class="site-head"><div class="logo">KVTN<span>8</span></div>
<div class="menu"><a href="/news">News</a><a href="/weather">Weather</a>
<a href="/traffic">Traffic</a><a href="/sports">Sports</a><a href="/live">Watch Live</a>
<a href="/8-on-your-side">8 On Your Side</a></div>
<div class="wx-mini">58&deg; Partly cloudy</div></div>
<div class="page"><div class="content-col">
{vid}
<div class="story-title">{title}</div>
<div class="author">By {reporter}, KVTN 8 News</div>
{when}
<div class="social"><a href="#">Facebook</a> | <a href="#">Twitter</a> | <a href="#">Email</a>
</div>
<div class="story-text">
{text}
</div>
<div class="copyright-note">Copyright 2026 KVTN. All rights reserved. This material may not
be published, broadcast, rewritten or redistributed.</div>
<div class="app-promo">Download the KVTN 8 app for breaking news alerts.</div>
</div>
<div class="side-col"><div class="trending-head">Trending Now</div>{tr}
<div class="ad-slot">Advertisement</div></div></div>
<div class="site-foot">KVTN 8 &middot; 1200 Broadcast Way &middot; EEO Report &middot;
FCC Public File &middot; Closed Captioning</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, bio: str, tags: Any,
               related: Any = (), comments: int = 0, ticker: Any = ()) -> str:
    """Ledger Street: a WordPress-like finance blog, entry-content, author box, comments."""
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i in (2, 7):
            out.append('<div class="code-block code-block-3" style="margin:8px auto">'
                       '<span class="ad-label">Advertisement</span>'
                       '<ins class="adsbygoogle"></ins></div>')
    tk = " &nbsp; ".join(ticker)
    tg = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                   for t in tags)
    rp = "".join(f'<li class="jp-related"><a href="/{i}/">{h}</a></li>'
                 for i, h in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledger Street</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="ls-style-css" href="/wp-content/themes/ledger/style.css" media="all">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="ticker-strip">{tk}</div>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Ledger Street</a></p>
<p class="site-description">Markets, money and the people who move them</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/macro/">Macro</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li>
<li class="menu-item"><a href="/category/rates/">Rates</a></li>
<li class="menu-item"><a href="/category/politics/">Politics &amp; Policy</a></li>
<li class="menu-item"><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/">{author}</a></span></span></div></header>
<div class="entry-content">
{"".join(out)}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3>
<a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a>
</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div id="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><ul>{rp}</ul></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a Reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_text">
<h2 class="widget-title">Get the Ledger in your inbox</h2><p>Three charts, every weekday.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
</section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Ledger Street
Media LLC &middot; Proudly powered by WordPress &middot; Nothing here is investment advice.
</div></footer>
</div>
</body>
</html>
"""


def _broadcaster_site(title: str, paras: list[str], *, section: str, date: str | None = None,
                      caption: str | None = None, related: Any = (),
                      topics: Any = ()) -> str:
    """NBS News: a public broadcaster, semantic <main>/<article>, dd/mm/yyyy date."""
    fig = ""
    if caption:
        fig = ('<figure class="nbs-fig"><img src="/images/1024/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    dt = f'<time class="nbs-date">{date}</time>' if date else ""
    blocks = "".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paras)
    rel = "".join(f'<li><a href="/news/{i}">{h}</a></li>' for i, h in enumerate(related))
    tp = "".join(f'<li><a href="/topics/{i}">{t}</a></li>' for i, t in enumerate(topics))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta property="og:site_name" content="NBS News">
<meta property="og:type" content="article">
</head>
<body>
<div id="nbs-cookie">Let us know you agree to cookies. <button>Yes, I agree</button>
<button>No, take me to settings</button></div>
<a href="#main-content" class="nbs-skip">Skip to content</a>
<header class="nbs-masthead"><a href="/" class="nbs-logo">NBS</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
<nav class="nbs-sub"><a href="/news/uk">UK</a> <a href="/news/world">World</a>
<a href="/news/business">Business</a> <a href="/news/politics">Politics</a></nav>
</header>
<main id="main-content">
<article>
<header><span class="nbs-section">{section}</span><h1 id="main-heading">{title}</h1>
{dt}
<div class="nbs-share"><button>Share</button><button>Save</button></div></header>
{fig}
{blocks}
<section class="nbs-topics"><h2>Related topics</h2><ul>{tp}</ul></section>
</article>
<section class="nbs-more"><h2>More on this story</h2><ul>{rel}</ul></section>
</main>
<footer class="nbs-footer"><p>Copyright &copy; 2026 NBS. The NBS is not responsible for the
content of external sites. <a href="/editorial">Read about our approach to external
linking.</a></p></footer>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, author: str, caption: str | None = None,
                   most_read: Any = (), readmore: tuple[str, str] | None = None) -> str:
    """The Alden Valley Gazette: a regional paper with heavy ads and nested divs."""
    cap = ""
    if caption:
        cap = ('<div class="avg-photo"><div class="avg-photo-img"></div>'
               f'<div class="avg-photo-cap">{caption}</div></div>')
    out = []
    for i, p in enumerate(paras):
        out.append(f'<div class="avg-graf"><p>{p}</p></div>')
        if i % 2 == 1:
            out.append('<div class="avg-ad avg-ad-inline"><div class="avg-ad-label">'
                       'ADVERTISEMENT</div><div class="avg-ad-unit" id="div-gpt-ad-'
                       f'{i}"></div></div>')
        if i == 4 and readmore:
            out.append(f'<div class="avg-related-inline">READ MORE: <a href="{readmore[1]}">'
                       f'{readmore[0]}</a></div>')
    mr = "".join(f'<div class="avg-mr"><a href="/story/{n}">{h}</a></div>'
                 for n, h in enumerate(most_read))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} | Alden Valley Gazette</title>
<script>window.adQueue = window.adQueue || [];</script>
</head>
<body class="avg">
<div class="avg-ad avg-ad-leader"><div class="avg-ad-label">ADVERTISEMENT</div></div>
<div class="avg-head"><div class="avg-head-in">
<div class="avg-brand"><a href="/">Alden Valley Gazette</a></div>
<div class="avg-tagline">Serving the Alden Valley since 1887</div>
<div class="avg-nav"><a href="/local">Local</a> <a href="/politics">Politics</a>
<a href="/schools">Schools</a> <a href="/obits">Obituaries</a> <a href="/sports">Sports</a>
<a href="/classifieds">Classifieds</a> <a href="/e-edition">e-Edition</a></div>
<div class="avg-sub"><a href="/subscribe">Subscribe: 99&cent; for 3 months</a></div>
</div></div>
<div class="avg-body"><div class="avg-left"><div class="avg-story">
<div class="avg-story-hd"><h1>{title}</h1>
<div class="avg-by">{author}</div></div>
{cap}
<div class="avg-story-txt">
{"".join(out)}
</div>
<div class="avg-tipline">Have a news tip? Email newsroom@aldenvalleygazette.example or call
our newsroom.</div>
<div class="avg-newsletter"><b>Sign up for Valley Daybreak</b>, our free morning newsletter.
<input type="email"> <button>Sign up</button></div>
</div></div>
<div class="avg-right"><div class="avg-ad avg-ad-box"><div class="avg-ad-label">ADVERTISEMENT
</div></div><div class="avg-mr-box"><div class="avg-mr-hd">MOST READ</div>{mr}</div>
<div class="avg-ad avg-ad-box"><div class="avg-ad-label">ADVERTISEMENT</div></div></div></div>
<div class="avg-foot">&copy; 2026 Alden Valley Gazette, a division of Riverline Local Media.
88 Front St. <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a>
<a href="/do-not-sell">Do Not Sell My Personal Information</a></div>
</body>
</html>
"""


def _straits_site(title: str, paras: list[str], *, published_local: str, author: str,
                  caption: str | None = None, related: Any = (),
                  pullquote: str | None = None) -> str:
    """The Straits Ledger (Singapore): visible local date and time in SGT, related rail."""
    cap = ""
    if caption:
        cap = f'<div class="sl-figure"><img src="/photo.jpg" alt=""><p class="sl-cap">{caption}'
        cap += "</p></div>"
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<p class="sl-p">{p}</p>')
        if i == 4 and pullquote:
            parts.append(f'<aside class="sl-quote"><p>{pullquote}</p></aside>')
    rel = "".join(f'<div class="sl-card"><a href="/asia/{i}">{h}</a></div>'
                  for i, h in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Straits Ledger</title>
<meta property="og:site_name" content="The Straits Ledger">
</head>
<body>
<div class="sl-topbar"><span>SINGAPORE EDITION</span> <a href="/epaper">E-paper</a>
<a href="/login">Sign in</a> <a href="/subscribe" class="sl-btn">Subscribe</a></div>
<div class="sl-header"><div class="sl-logo">The Straits Ledger</div>
<ul class="sl-menu"><li>Singapore</li><li>Asia</li><li>World</li><li>Business</li>
<li>Tech</li><li>Opinion</li><li>Life</li></ul></div>
<div class="sl-container">
<div class="sl-article">
<div class="sl-breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/world/us">United
States</a></div>
<h1 class="sl-headline">{title}</h1>
<div class="sl-byline">{author}</div>
<div class="sl-published">Published {published_local}</div>
{cap}
<div class="sl-text">
{"".join(parts)}
</div>
<div class="sl-gift">Gift this article <span>|</span> <a href="#">WhatsApp</a>
<a href="#">Telegram</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div>
<div class="sl-join">Join the Straits Ledger&#8217;s WhatsApp channel and get the latest news
and must-reads.</div>
</div>
<div class="sl-rail"><div class="sl-rail-hd">Related stories</div>{rel}</div>
</div>
<div class="sl-footer">Copyright &copy; 2026 Straits Ledger Media. Co. Regn. No. 198000000X.
All rights reserved. 1 Anson Quay, Singapore.</div>
</body>
</html>
"""


def _harbour_site(title: str, paras: list[str], *, published_local: str, author: str,
                  related: Any = (), factbox: Any = ()) -> str:
    """Harbour Herald (Auckland): div soup, visible NZ date, an election fact box."""
    fb = ""
    if factbox:
        fb = ('<div class="hh-factbox"><div class="hh-factbox-hd">Election night at a '
              f'glance</div><ul>{_lis(factbox)}</ul></div>')
    paras_html = "".join(f'<div class="hh-p">{p}</div>' for p in paras)
    rel = "".join(f'<a class="hh-rel" href="/nz/{i}">{h}</a>' for i, h in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head><meta charset="utf-8"><title>{title} - Harbour Herald</title></head>
<body>
<div class="hh-cookie">This site uses cookies. By continuing you agree to our use of cookies.
<a href="#">OK</a></div>
<div class="hh-nav"><div class="hh-logo">Harbour Herald</div>
<a href="/nz">New Zealand</a> <a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/world">World</a> <a href="/sport">Sport</a> <a href="/premium">Premium</a></div>
<div class="hh-wrap"><div class="hh-article">
<div class="hh-label">ELECTION 2026</div>
<div class="hh-title"><h1>{title}</h1></div>
<div class="hh-meta"><span class="hh-author">{author}</span>
<span class="hh-time">{published_local}</span></div>
<div class="hh-body">
{fb}
{paras_html}
</div>
<div class="hh-share">Share this article <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a></div>
<div class="hh-premium">Support quality journalism. <a href="/premium">Go Premium</a></div>
</div>
<div class="hh-side"><div class="hh-side-hd">Latest from Politics</div>{rel}</div></div>
<div class="hh-foot">&copy; 2026 Harbour Herald. Level 4, 20 Quay Street, Auckland.</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# trade-WS1: the Copenhagen round of US-China talks (14-15 October 2025)
# --------------------------------------------------------------------------------------------

_T1_WIRE = [
    "The United States and China agreed on Wednesday to extend their tariff truce by another"
    " 90 days, with Washington lowering its additional duty on most Chinese imports to 20%"
    " from 30% and Beijing halving its retaliatory tariff, after two days of talks in the"
    " Danish capital.",
    "The joint statement, issued shortly before midnight local time, said the extension would"
    " run until Jan.&nbsp;13 and would be reviewed at a further round of talks in Washington"
    " in early December.",
    "U.S. Treasury Secretary Daniel Whitcombe, who led the American side alongside Trade"
    " Representative Maria Okafor, told reporters outside the venue that negotiators had"
    " &#8220;made real progress&#8221; and now had &#8220;a framework that both leaders can"
    " sign off on.&#8221;",
    "China&#8217;s delegation was headed by Vice Premier Zhou Anming, Beijing&#8217;s point"
    " man on economic relations with Washington. He did not speak to reporters after the"
    " final session, but in remarks carried by the state news agency he called the talks"
    " candid and constructive.",
    "The second day of negotiations stretched for about seven and a half hours, according to"
    " two people briefed on the meetings, as officials haggled over export controls on"
    " rare-earth magnets and American limits on chip-design software.",
    "Under the deal, China will cut its tariff on U.S. goods to 5% from 10% and speed"
    " up export licences for rare-earth magnets, including general licences that cover"
    " several shipments at once. Washington will pause a planned expansion of its export"
    " blacklist for the same 90-day period.",
    "The truce dates from May, when talks in <a href=\"/world/geneva-deal\">Geneva</a> brought"
    " U.S. tariffs on most Chinese goods down from 145% to 30% and China&#8217;s from 125% to"
    " 10%. It was extended once in August and had been due to lapse later this week.",
    "Futures tied to the S&amp;P 500 rose 0.8% in late trading after the statement was"
    " published, and soybean futures in Chicago also climbed.",
    "Okafor said the two sides would keep working on purchases of U.S. farm goods and on a"
    " mechanism to settle disputes over licences. &#8220;Nobody is pretending the hard parts"
    " are done,&#8221; she said.",
]

_T1_DAILY = [
    "America and China have stepped back from a renewed tariff war, agreeing in Copenhagen to"
    " prolong the truce struck in the spring for a further 90 days and to lower the duties"
    " each side charges on the other&#8217;s goods.",
    "The deal, announced in a joint statement late on Wednesday 15 October after talks that"
    " began a day earlier, takes the additional US tariff on most Chinese imports down from"
    " 30 per cent to 20 per cent. China will reduce its countervailing levy on American goods"
    " from 10 per cent to 5 per cent.",
    "Negotiators met for more than 10 hours on the second day, according to officials on both"
    " sides, and a final text was agreed only in the late evening.",
    "Daniel Whitcombe, the US Treasury secretary, described the outcome as a framework the"
    " two presidents could endorse. Maria Okafor, the US trade representative, also took part"
    " in the talks and is expected to lead the technical work that follows.",
    "Beijing sent Zhou Anming, the vice-premier who has handled every round since the talks"
    " began, at the head of a delegation of about 20 officials.",
    "For China the most valuable concession was the lower tariff. For Washington it was a"
    " promise that licences for exports of rare-earth magnets, which American carmakers and"
    " defence suppliers depend on, would be granted more quickly.",
    "China also agreed to buy 12 million tonnes of US soybeans before the end of the year, a"
    " commitment that will be welcomed in farm states where growers have been sitting on"
    " unsold crops.",
    "Economists were cautious. &#8220;A truce is not a treaty,&#8221; said Ines Calder, chief"
    " economist at Northbay Capital. &#8220;Companies are being asked to plan around another"
    " 90-day window, and that is no way to build a factory.&#8221;",
    "The two sides said they would meet again in Beijing in early December to review"
    " progress before the extended truce expires.",
]

_T1_BLOG = [
    "So the truce survives. Late on Wednesday, October 15, in Copenhagen, after two days of"
    " talks, US and Chinese negotiators signed off on a 90-day extension that runs until"
    " mid-January and &mdash; more important for anyone importing from China &mdash; a cut"
    " in the extra US tariff from 30% to 20%.",
    "That is a reduction of <strong>10 percentage points</strong>, not 10%, and the"
    " difference matters. On a $100,000 container of furniture the added duty drops from"
    " $30,000 to $20,000.",
    "Beijing reciprocates by halving its own retaliatory levy on American goods to 5%. It"
    " also pledged to buy 12 million metric tons of US soybeans by the end of December, which"
    " is roughly what Chinese crushers would have bought in a normal autumn anyway.",
    "The Chinese side was led by Commerce Minister Zhou Anming, who has been the face of"
    " these talks since Geneva. Across the table sat Treasury Secretary Daniel Whitcombe and"
    " US Trade Representative Maria Okafor.",
    "What the statement does not say is just as telling. There is nothing on chip-design"
    " software, nothing on the port fees both countries slapped on each other&#8217;s ships"
    " this autumn, and on rare-earth magnets only a promise of faster licences with no"
    " numbers attached.",
    "Whitcombe&#8217;s line to reporters was that the two sides had &#8220;made real"
    " progress&#8221; and had a framework &#8220;that both leaders can sign off on.&#8221;"
    " Fine. But frameworks have been agreed before.",
    "Here is how I read it for the next 90 days. Importers should front-load orders while the"
    " 20% rate holds. Gulf soybean basis should firm. And anyone betting on a comprehensive"
    " deal should wait for the next round, pencilled in for Washington in early December.",
    "Two-way goods trade between the countries was about $582 billion last year, according"
    " to <a href=\"https://census.example/trade\">Census Bureau data</a>. Even a partial thaw"
    " moves a lot of money.",
    "<em>Disclosure: the author holds no positions in soybean futures.</em>",
]

_T1_STRAITS = [
    "SINGAPORE/COPENHAGEN &ndash; The United States and China have agreed to extend their"
    " fragile tariff truce by 90 days, in a deal announced in the early hours of Thursday"
    " (Oct 16) Singapore time, late on Wednesday in Copenhagen.",
    "Under the agreement, Washington will lower its additional tariff on most Chinese goods"
    " to 25 per cent from 30 per cent, while Beijing will halve its retaliatory levy on"
    " American products to 5 per cent, according to a joint statement released at 5.30am"
    " Singapore time.",
    "The statement capped two days of negotiations that opened on Tuesday. The final session"
    " on Wednesday lasted about 7&#189; hours, people familiar with the talks said.",
    "Chinese Vice-Premier Zhou Anming, who led Beijing&#8217;s team, said the talks had been"
    " &#8220;candid, in-depth and constructive&#8221;, according to Xinhua. The US side was"
    " led by Treasury Secretary Daniel Whitcombe.",
    "Asian markets rallied on the news. Hong Kong&#8217;s Hang Seng index rose 1.6 per cent"
    " by mid-morning on Thursday, and the yuan firmed against the US dollar.",
    "For Singapore and other trade-dependent economies in South-east Asia, which have been"
    " caught in the crossfire of the tariff fight, the extension offers breathing space."
    " Singapore&#8217;s non-oil domestic exports to China fell 6.2 per cent in September from"
    " a year earlier.",
    "The truce dates back to May, when talks in Geneva cut US tariffs on Chinese goods from"
    " 145 per cent to 30 per cent, and China&#8217;s tariffs on US goods from 125 per cent"
    " to 10 per cent.",
    "&#8220;It is a reprieve rather than a resolution,&#8221; said Dr Tan Kok Leong, a trade"
    " economist at the Institute of Regional Economics in Singapore. &#8220;Firms in the"
    " region will keep hedging.&#8221;",
    "China also agreed to speed up export licences for rare-earth magnets, a key sticking"
    " point for American carmakers. Both sides said they would meet again before the"
    " extended truce expires in January.",
]

# --------------------------------------------------------------------------------------------
# trade-WS2 (control): US raises tariffs on Chinese legacy chips (announced 11 December 2025)
# --------------------------------------------------------------------------------------------

_T2_DAILY = [
    "The United States will double its tariff on older-generation computer chips made in"
    " China, raising the levy from 25 per cent to 50 per cent in a move that tests the"
    " fragile trade truce between the two countries.",
    "The Office of the US Trade Representative said on Thursday afternoon that the higher"
    " rate would take effect on 1 January and would apply to so-called legacy semiconductors,"
    " the cheap, mature chips found in cars, washing machines and medical equipment.",
    "The decision concludes an investigation opened in December last year under Section 301"
    " of the Trade Act of 1974. The agency said it had received more than 1,100 public"
    " comments, many of them from American chipmakers urging tougher action.",
    "Imports covered by the measure were worth $18.2bn last year, according to the"
    " agency&#8217;s notice. Fourteen product categories, mainly chips used in medical"
    " devices and in repairing older aircraft, are excluded.",
    "&#8220;Beijing has spent a decade flooding the market for basic chips, and American"
    " manufacturers have paid the price,&#8221; said Maria Okafor, the US trade"
    " representative.",
    "China&#8217;s Ministry of Commerce said it firmly opposed the move and would take"
    " necessary measures to safeguard its legitimate rights and interests. It did not say"
    " what those measures would be.",
    "The announcement comes less than two months after the two countries agreed in"
    " Copenhagen to extend a tariff ceasefire. Officials in Washington argued that the chip"
    " levy was outside the scope of that deal, which covered the broad tariffs on Chinese"
    " goods rather than duties imposed after specific investigations.",
    "Industry groups were split. Carmakers warned of higher costs for components that have"
    " few suppliers outside China, while a coalition of US foundries said the tariff was"
    " overdue.",
]

_T2_BLOG = [
    "USTR finally pulled the trigger. The Section 301 case on Chinese &#8220;legacy&#8221;"
    " chips, opened last December, ends with the tariff doubling to 50% on New Year&#8217;s"
    " Day. That is 25 percentage points on top of the existing 25% rate, and it lands on"
    " roughly $18bn of annual imports.",
    "If you are wondering why this matters more than the headline number suggests, look at"
    " who buys these parts. Mature-node chips &mdash; 28 nanometres and older &mdash; go into"
    " brake controllers, thermostats, infusion pumps and power tools. Margins are thin, and"
    " a 50% duty is not something a tier-two auto supplier can simply absorb.",
    "There are carve-outs. USTR excluded 14 categories, mostly medical-device chips and parts"
    " for keeping older aircraft flying. Everything else gets the higher rate.",
    "Trade Representative Maria Okafor did not mince words: China had spent a decade"
    " &#8220;flooding the market for basic chips,&#8221; she said, and American manufacturers"
    " &#8220;have paid the price.&#8221;",
    "The agency says it read more than 1,100 comments during the investigation. I read a"
    " sample of them. The split is predictable: US foundries for, buyers against.",
    "Beijing&#8217;s commerce ministry responded within hours with its usual formula,"
    " promising &#8220;necessary measures&#8221;. The question for markets is whether those"
    " measures land on US farm goods, on energy, or on the rare-earth licences that were the"
    " big prize of the Copenhagen truce in October.",
    "My base case: a targeted response, sized to look proportionate. Watch soybeans and LNG.",
    "One more thing for importers: this tariff is separate from the broad levy on Chinese"
    " goods that was cut in Copenhagen. The two stack.",
]

_T2_NBS = [
    "The US is to double tariffs on older types of computer chips imported from China,"
    " raising them to 50% from 1 January.",
    "The Office of the US Trade Representative (USTR) announced the move late on Thursday UK"
    " time, at the end of an investigation that began a year ago.",
    "The tariff applies to so-called legacy chips, which are less advanced than those used in"
    " smartphones or artificial intelligence but are found in everything from cars to"
    " kettles. The current rate is 25%.",
    "About $18bn (&pound;13.6bn) of imports a year are affected, although the USTR excluded"
    " 14 categories of product, including chips used in medical devices.",
    "US Trade Representative Maria Okafor said: &#8220;China has spent a decade flooding the"
    " market for basic chips and American manufacturers have paid for it.&#8221;",
    "China&#8217;s commerce ministry said it firmly opposed the decision and would take the"
    " necessary measures to protect its legitimate rights.",
    "The move comes weeks after Washington and Beijing agreed to extend a truce in their"
    " wider trade war at talks in Copenhagen.",
    "For UK firms the effect is likely to be indirect. Some British manufacturers buy"
    " components from US suppliers that rely on Chinese chips, and the Engineering"
    " Manufacturers Forum said prices could rise in 2026.",
    "China produces about a third of the world&#8217;s legacy chips, according to industry"
    " estimates, and has been expanding capacity rapidly with state support.",
    "The White House said the tariff was also a matter of national security, because older"
    " chips are used in military equipment as well as in civilian goods.",
]

# --------------------------------------------------------------------------------------------
# trade-WS3: China's retaliatory tariffs on US goods (announced 4 March 2026)
# --------------------------------------------------------------------------------------------

_T3_WIRE = [
    "China said on Wednesday, March 4, it would impose additional tariffs of up to 20% on"
    " U.S. goods worth about $21 billion a year, hitting liquefied natural gas, soybeans and farm"
    " machinery in retaliation for Washington&#8217;s doubling of duties on Chinese chips.",
    "The Customs Tariff Commission of the State Council said a 20% levy would apply to"
    " American LNG, 15% to soybeans and pork, and 10% to agricultural machinery and pickup"
    " trucks. The duties take effect on Tuesday, March 10.",
    "Cargoes that leave U.S. ports before March 10 and arrive in China by April 14 will be"
    " exempt, the commission said.",
    "&#8220;The responsibility for this escalation lies entirely with Washington,&#8221;"
    " commerce ministry spokesman Tang Wenjie told a regular briefing in Beijing, adding that"
    " China remained open to talks &#8220;on the basis of equality.&#8221;",
    "The United States raised its tariff on Chinese-made legacy semiconductors to 50% from"
    " 25% on Jan. 1, a move Beijing had warned would be met with countermeasures.",
    "The new Chinese duties are narrower than the sweeping tariffs the two countries imposed"
    " on each other last year, and analysts said they appeared calibrated to avoid wrecking"
    " the truce agreed in Copenhagen in October.",
    "&#8220;This is a message, not a war,&#8221; said Rowan Achterberg, head of Asia trade"
    " research at Hollis &amp; Grange. &#8220;They picked products where China has other"
    " suppliers.&#8221;",
    "U.S. soybean futures fell 1.9% in Chicago after the announcement. China has been buying"
    " more soybeans from Brazil, and U.S. LNG accounted for a small share of its gas imports"
    " last year.",
    "The office of U.S. Trade Representative Maria Okafor said it was reviewing the"
    " announcement.",
]

_T3_STRAITS = [
    "BEIJING &ndash; China will slap extra tariffs on about US$21 billion worth of American"
    " goods, including liquefied natural gas and soybeans, it said on Wednesday (March 4),"
    " in its first retaliation since Washington doubled duties on Chinese chips in January.",
    "The State Council&#8217;s tariff commission said in a notice issued on Wednesday"
    " afternoon Beijing time that US LNG would face an additional 20 per cent levy, while"
    " soybeans and pork would face 15 per cent. Farm machinery and pickup trucks will be"
    " taxed at an extra 10 per cent.",
    "The measures take effect on Tuesday, March 10.",
    "&#8220;The responsibility for this escalation lies entirely with Washington,&#8221;"
    " foreign ministry spokeswoman Mao Lin said, urging the United States to &#8220;correct"
    " its wrong practices&#8221;.",
    "The move is the most serious test yet of the trade truce that the two sides extended in"
    " Copenhagen last October. Beijing left untouched the rare-earth export licences that"
    " were central to that deal.",
    "Analysts in the region said the choice of targets was deliberate. China buys most of its"
    " soybeans from Brazil, and it has long-term LNG contracts with Qatar and Australia.",
    "&#8220;Beijing is signalling that it can respond without hurting itself very"
    " much,&#8221; said Ms Farah Iskandar, chief economist at Meridian Securities in Kuala"
    " Lumpur.",
    "The Singapore dollar and regional stock markets were little changed after the"
    " announcement. The Straits Times Index ended 0.2 per cent lower on Wednesday.",
    "Washington raised its tariff on older Chinese-made semiconductors to 50 per cent from 25"
    " per cent on Jan 1, after a year-long investigation.",
]

_T3_TV = [
    "Alden Valley farmers are bracing for another hit after China announced new tariffs on"
    " American farm goods early Wednesday.",
    "Beijing says it will add a 25 percent tariff on U.S. soybeans and pork starting next"
    " Tuesday. It&#8217;s retaliation for higher U.S. tariffs on Chinese computer chips that"
    " took effect on New Year&#8217;s Day.",
    "&#8220;We just got our markets back,&#8221; said Dale Henningsen, who farms about 1,400"
    " acres of corn and soybeans north of Port Alden. &#8220;Now we&#8217;re back to"
    " guessing.&#8221;",
    "Soybean futures fell nearly 2 percent on the news.",
    "Henningsen says he still has about a third of last fall&#8217;s soybean crop in the bin,"
    " waiting for better prices.",
    "China was the biggest buyer of U.S. soybeans for years. American growers sold nearly"
    " $13 billion worth of soybeans to China last year, according to federal figures.",
    "The tariffs announced Wednesday cover about $21 billion in American goods in all,"
    " including natural gas and farm equipment.",
    "The Alden County Farm Bureau says it&#8217;s asking the state&#8217;s congressional"
    " delegation to push for relief payments if prices fall.",
    "&#8220;Nobody out here wants a check from Washington,&#8221; said bureau president"
    " Carla Voss. &#8220;We want to sell our crop.&#8221;",
    "At the Riverside co-op elevator in Port Alden, the cash bid for soybeans dropped 22"
    " cents a bushel by midday.",
    "The county extension office says growers in Alden County planted about 410,000 acres"
    " of soybeans last year.",
    "KVTN 8 reached out to the offices of both of our U.S. senators. We&#8217;ll update this"
    " story when we hear back.",
]

_T3_BLOG = [
    "Beijing has answered the chip tariff. The State Council&#8217;s tariff commission will"
    " add duties to roughly $21bn of US exports from Monday, March 10: 20% on LNG, 15% on"
    " soybeans and pork, 10% on farm machinery and pickups.",
    "Three things stand out.",
    "<strong>First, the size.</strong> $21bn is small next to the hundreds of billions"
    " caught up in last year&#8217;s tariff war. This is a proportionate answer to a"
    " proportionate provocation, and Beijing wants everyone to notice the proportion.",
    "<strong>Second, the targets.</strong> China can buy soybeans from Brazil and LNG from"
    " Qatar. US soybean exports to China were worth $12.8 billion last year, so growers will"
    " feel it, but China will not go hungry.",
    "<strong>Third, the grace period.</strong> Shipments that leave US ports before March 10"
    " and land by April 14 are exempt. That is a signal that traders have a few weeks to"
    " reroute, and that Beijing is in no hurry.",
    "The line from the commerce ministry, delivered by spokesman Tang Wenjie, was that"
    " responsibility for the escalation &#8220;lies entirely with Washington&#8221;. He also"
    " said China remained open to talks.",
    "What does not appear on the list matters too. No rare-earth restrictions, no new"
    " entries on China&#8217;s unreliable entity list. The Copenhagen truce bends, it does"
    " not break.",
    "For LNG the timing is awkward. Several US export terminals that started up last year"
    " had been counting on Chinese buyers for part of their output, and those cargoes will"
    " now head to Europe and Japan instead.",
    "Market reaction: soybean futures off almost 2%, Henry Hub shrugged. I would fade the"
    " soybean move if US negotiators get back to the table before the tariffs bite.",
]

# --------------------------------------------------------------------------------------------
# election-WS1: the Port Alden mayoral runoff (Tuesday 9 June 2026)
# --------------------------------------------------------------------------------------------

_E1_TV = [
    "Elena Marsh will be Port Alden&#8217;s next mayor.",
    "Marsh defeated City Council President Tom Beckett in the June 9 runoff, taking 52.1"
    " percent of the vote to Beckett&#8217;s 47.9 percent, according to unofficial results"
    " from the Alden County elections office with all 112 precincts reporting. Her margin"
    " was 2,531 votes.",
    "She will be the first woman to lead the city.",
    "Beckett conceded shortly before 11 p.m., telling supporters at the Ironworkers Local 41"
    " hall that he had called Marsh to congratulate her. &#8220;She has my full support, and"
    " she&#8217;s going to need all of ours,&#8221; he said.",
    "Across town at Riverside Brewing Co., Marsh thanked volunteers and promised to start on"
    " the city&#8217;s aging water mains on day one.",
    "&#8220;This city voted to fix what&#8217;s broken, not to fight about it,&#8221; Marsh"
    " said to loud cheers.",
    "The race was the most expensive in city history. Marsh, a three-term council member from"
    " the east side, raised about $1.2 million. Beckett raised just over $900,000.",
    "Turnout was about 34 percent of the city&#8217;s registered voters.",
    "Marsh finished first in the April 14 primary with 38 percent in a five-candidate field."
    " Beckett was second with 29 percent.",
    "Marsh will be sworn in July 1, replacing Mayor Ray Dunleavy, who did not seek a third"
    " term. The county canvass board will certify the results later this month.",
    "Marsh&#8217;s transition team will be led by former city manager Gloria Tate, her"
    " campaign said. Beckett keeps his council seat until his term ends next year.",
    "<b>Stay with KVTN 8</b> for full results from every race on the ballot.",
]

_E1_GAZETTE = [
    "Elena Marsh, the east-side council member who has campaigned for years on the state of"
    " Port Alden&#8217;s water pipes, was elected mayor in the June 9 runoff, beating"
    " Council President Tom Beckett by 2,351 votes.",
    "Unofficial results posted by the Alden County elections office show Marsh winning 52.1%"
    " to 47.9%. The margin, a little over four percentage points, was wider than either"
    " campaign had predicted in the final week.",
    "Marsh becomes the first woman elected mayor in the city&#8217;s 170-year history.",
    "&#8220;I called Elena and congratulated her,&#8221; Beckett told supporters at the"
    " Ironworkers hall. &#8220;She has my full support.&#8221;",
    "The runoff was needed because no candidate won a majority in the April 14 first round,"
    " when Marsh led a field of five with 38% and Beckett took 29%.",
    "The central issue was the city&#8217;s $48 million plan to replace water mains, some of"
    " them more than a century old. Marsh wants to speed it up. Beckett, who helped write the"
    " plan, argued the city could not borrow faster without raising water rates.",
    "Beckett, 57, has served on the council for 12 years and as its president since 2021.",
    "&#8220;This city voted to fix what&#8217;s broken instead of fighting about it,&#8221;"
    " Marsh told the crowd at Riverside Brewing, where supporters had waited for results"
    " since polls closed at 8 p.m.",
    "Marsh will take office July 1. Outgoing Mayor Ray Dunleavy, who served two terms,"
    " endorsed neither candidate.",
    "County elections director Sharon Pike said about 2,100 provisional and late-arriving"
    " mail ballots remain to be counted, not enough to change the outcome.",
]

_E1_WIRE = [
    "Voters in Port Alden elected Elena Marsh as the city&#8217;s first female mayor on"
    " Tuesday, rejecting Deputy Mayor Tom Beckett in a runoff shaped by anger over crumbling"
    " water pipes and rising utility bills.",
    "Marsh won 31,406 votes, or 52.1%, to Beckett&#8217;s 28,875, or 47.9%, with all"
    " precincts counted, according to unofficial county results. Turnout was about 34%.",
    "Beckett conceded late Tuesday.",
    "Beckett had been endorsed by the city&#8217;s police and firefighter unions and by the"
    " local chamber of commerce. Marsh campaigned on speeding up the replacement of the"
    " oldest water mains, a pledge her opponent said the city could not afford without"
    " raising rates.",
    "&#8220;This city voted to fix what&#8217;s broken, not to fight about it,&#8221; Marsh"
    " told cheering supporters.",
    "The river city has recorded more than 300 water-main breaks in the past two years, and a"
    " boil-water notice last August affected some 40,000 homes.",
    "The race was watched closely by bond investors, because the new mayor will oversee a"
    " $48 million pipe replacement program that the city plans to fund partly with debt.",
    "Outside groups spent more than $600,000 on advertising in the officially nonpartisan"
    " contest, according to campaign finance filings.",
    "&#8220;The pipes don&#8217;t care who you voted for,&#8221; said Wanda Pruett, 71, a"
    " retired nurse who voted for Marsh at a church polling place on the north side."
    " &#8220;They just need fixing.&#8221;",
    "Port Alden is one of several mid-sized U.S. cities where aging infrastructure has"
    " dominated local elections this year.",
    "Marsh, 44, takes office on July 1. She succeeds two-term Mayor Ray Dunleavy, who did not"
    " run.",
]

_E1_DAILY = [
    "The winning slogan in Port Alden&#8217;s mayoral runoff fitted on a yard sign: <em>Fix"
    " the Pipes</em>.",
    "Elena Marsh, a council member from the city&#8217;s east side, beat Tom Beckett, the"
    " council president, in the runoff on 9 June, winning about 52% of the vote to his 48%."
    " She will be the first woman to run the city.",
    "Turnout reached 39%, unusually high for a summer runoff in a mid-sized American city,"
    " where a quarter of voters showing up is normally considered a good day.",
    "The campaign turned on a $48m programme to replace water mains, some laid before the"
    " first world war. Burst pipes have become a weekly event, and residents of whole"
    " neighbourhoods have learned to keep bottled water in the garage.",
    "Marsh, a former hospital administrator, first ran for the council after a boil-water"
    " notice closed her children&#8217;s school for a week. She has talked about pipes ever"
    " since, to the point where opponents mocked her as a one-issue candidate.",
    "Beckett, who helped draft the programme, ran on experience. Marsh ran on impatience."
    " &#8220;People are tired of hearing that the pipe will be fixed next year,&#8221; she"
    " said in an interview before the vote.",
    "Her margin of roughly four points was wider than her internal polls had suggested, her"
    " campaign manager, Luis Ferreira, said.",
    "Beckett conceded on election night and pledged his support to the new mayor.",
    "Fights over ageing water systems have shaped local races across the industrial Midwest"
    " this year, and national party strategists have started to pay attention to who wins"
    " them.",
    "Marsh takes office on 1 July.",
]

# --------------------------------------------------------------------------------------------
# election-WS2: the Amberley and Wenlow by-election (Thursday 17 September 2026)
# --------------------------------------------------------------------------------------------

_E2_NBS = [
    "Reform UK has won the Amberley and Wenlow by-election, taking a seat Labour had held"
    " since 1997.",
    "Gareth Pollard won 14,212 votes, giving him a majority of 3,125 over Labour&#8217;s"
    " Priya Nandra, who polled 11,087.",
    "The result was declared at 03:40 BST at Wenlow Leisure Centre after an overnight count.",
    "Reform&#8217;s share of the vote was 38.4%, up 24.3 percentage points on the 2024"
    " general election. Labour&#8217;s share fell 15.3 points to 29.9%.",
    "That represents a swing of 19.8 points from Labour to Reform.",
    "The Conservatives&#8217; Hugo Tennant came third with 7,046 votes (19%), and the Liberal"
    " Democrats&#8217; Ruth Oakes was fourth with 3,115.",
    "Nine candidates stood. The remaining five, including the Green Party&#8217;s Tom Ashby,"
    " shared 1,562 votes between them.",
    "Turnout was 41.2%, down from 63.5% at the general election.",
    "The by-election was called after Labour MP Colin Hartwell stood down in July for health"
    " reasons.",
    "In his victory speech, Mr Pollard said: &#8220;Tonight Amberley and Wenlow has sent a"
    " message that Westminster cannot ignore.&#8221;",
    "Labour chair Owen Crabtree said it had been &#8220;a disappointing night&#8221; but that"
    " by-elections in the middle of a parliament were &#8220;always tough for the party in"
    " government&#8221;.",
    "Dr Nandra, a GP in Wenlow, thanked her campaign team and said Labour had to work"
    " harder to &#8220;win back people&#8217;s trust&#8221;.",
    "Mr Pollard, who ran a haulage firm before entering politics, is expected to take his"
    " seat in the Commons next week.",
    "The Conservatives said their vote had held up better than expected in the rural wards"
    " around Amberley.",
]

_E2_DAILY = [
    "Reform UK captured one of Labour&#8217;s safest seats early on Friday, as Gareth Pollard"
    " overturned a majority of more than 9,000 to win the Amberley and Wenlow by-election.",
    "The result was declared shortly after 5am at Wenlow leisure centre, after a request for"
    " a recount was turned down by the returning officer.",
    "Pollard took 38.4 per cent of the vote, a rise of 24.3 percentage points on"
    " Reform&#8217;s showing at the 2024 general election. Labour&#8217;s Priya Nandra"
    " finished 3,125 votes behind.",
    "&#8220;Amberley and Wenlow has sent a message tonight that Westminster can&#8217;t"
    " ignore,&#8221; Pollard said, flanked by activists in turquoise rosettes.",
    "Labour&#8217;s share of the vote fell to 29.9 per cent. The Conservatives came third on"
    " 19 per cent and the Liberal Democrats fourth.",
    "Turnout was 41.2 per cent, down from 63.5 per cent at the general election.",
    "Hugo Tennant, the Conservative candidate, said his party had been &#8220;squeezed from"
    " both sides&#8221; and that the result was a warning to every mainstream party.",
    "Labour strategists had privately expected to lose the seat, one party official said, but"
    " not by so much. The party&#8217;s campaign had leaned heavily on Nandra&#8217;s record"
    " as a local GP.",
    "The constituency, which stretches from the market town of Amberley to the former"
    " mining villages around Wenlow, voted heavily to leave the European Union in 2016.",
    "Pollard, 46, a former haulage company owner who has lived in Wenlow all his life, will"
    " take his seat in the Commons next week.",
    "Owen Crabtree, the Labour chair, said by-elections held mid-term were &#8220;always"
    " tough for the party in government&#8221;.",
]

_E2_WIRE = [
    "Britain&#8217;s Reform UK won a parliamentary by-election in the Labour-held seat of"
    " Amberley and Wenlow, in a result declared at about 3:40 a.m. on Friday, Sept. 18,"
    " deepening the governing party&#8217;s troubles.",
    "Reform candidate Gareth Pollard won 38.4% of the vote, a 24.3% increase in the"
    " party&#8217;s share from the 2024 national election, while Labour&#8217;s Priya Nandra"
    " took 29.9%.",
    "Pollard&#8217;s majority was 3,125 votes. Turnout in the Sept. 17 vote was 41.2%.",
    "Polls closed at 10 p.m. on Sept. 17, and ballots were counted overnight at Wenlow"
    " Leisure Centre, where about 200 activists waited for the declaration.",
    "Labour had won the seat with a majority of about 9,400 at the general election,"
    " when turnout was 63.5%.",
    "&#8220;Tonight Amberley and Wenlow has sent a message that Westminster cannot"
    " ignore,&#8221; Pollard said after the count.",
    "Labour chair Owen Crabtree said the party would &#8220;listen and learn&#8221; from the"
    " result.",
    "Nandra, a local family doctor, said she was proud of the campaign Labour had run and"
    " congratulated Pollard.",
    "Pollard, a former haulage company owner, ran on a promise to cut immigration and to"
    " reopen a maternity unit in Amberley that closed in 2023.",
    "Reform has led several national opinion polls over the past year, and the result is"
    " likely to add to pressure on the government ahead of local elections in May.",
    "Nine candidates stood. The Conservatives&#8217; Hugo Tennant finished third with 19%,"
    " and the Liberal Democrats&#8217; Ruth Oakes was fourth.",
    "By-elections in Britain are held when a seat in the House of Commons falls vacant"
    " between national elections. This one followed the resignation in July of Labour"
    " lawmaker Colin Hartwell.",
]

# --------------------------------------------------------------------------------------------
# election-WS3: New Zealand general election (Saturday 7 November 2026)
# --------------------------------------------------------------------------------------------

_E3_HERALD = [
    "Prime Minister Hamish Corrigan has won a second term, with National and its coalition"
    " partners ACT and New Zealand First on track to hold 64 of Parliament&#8217;s 120 seats"
    " on election-night figures.",
    "National won 36.8 per cent of the party vote on the preliminary count, ahead of Labour"
    " on 31.5 per cent.",
    "Corrigan claimed victory at 10.45pm on Saturday in front of several hundred supporters in"
    " a hotel ballroom in central Auckland.",
    "&#8220;New Zealanders have asked us to finish the job, and that is exactly what we will"
    " do,&#8221; he said.",
    "Labour leader Aroha Whitfield conceded about 35 minutes later in Wellington, telling the"
    " party faithful that Labour had &#8220;won back a lot of trust tonight, but not"
    " enough.&#8221;",
    "The Greens had their strongest night in years, winning 10.9 per cent and 13 seats on"
    " current numbers.",
    "ACT took 8.1 per cent and NZ First 7.2 per cent. Te P&#257;ti M&#257;ori, on 3.1 per"
    " cent, held its electorate seats and will have four MPs.",
    "Preliminary turnout was 78.4 per cent of enrolled voters.",
    "The Electoral Commission says about 560,000 special votes, including those cast overseas,"
    " are still to be counted. Official results will be declared on 20 November. Specials"
    " have tended to favour the left in past elections, so the final seat count could shift"
    " by one or two.",
    "Coalition talks between National, ACT and NZ First are set to begin on Monday.",
    "Whitfield said she would stay on as Labour leader and would &#8220;take the fight to"
    " this government from day one&#8221;.",
]

_E3_WIRE = [
    "New Zealand Prime Minister Hamish Corrigan won a second term in Saturday&#8217;s general"
    " election, with preliminary results giving his National Party and two smaller allies a"
    " majority in parliament.",
    "National won 36.8% of the party vote against 31.5% for the opposition Labour Party,"
    " according to the Electoral Commission&#8217;s preliminary count. With coalition"
    " partners ACT and New Zealand First, the bloc is projected to win 64 of 120 seats.",
    "Corrigan claimed victory late on Saturday local time (0945 GMT) in Auckland."
    " &#8220;New Zealanders asked us to finish the job, and that&#8217;s exactly what"
    " we&#8217;ll do,&#8221; he told supporters.",
    "Labour leader Aroha Whitfield conceded shortly afterwards.",
    "The Greens won 10.9% of the vote, while ACT took 8.1% and New Zealand First 7.2%. The"
    " Maori party Te Pati Maori retained its electorate seats.",
    "Preliminary turnout was 78.4%. Special votes, which include ballots cast overseas, are"
    " yet to be counted, and official results are due on Nov.&nbsp;20. The Electoral"
    " Commission said about 560,000 special votes remained outstanding.",
    "The campaign was fought largely over the cost of living, housing and a strained public"
    " health system.",
    "Corrigan, a former dairy co-operative executive, has promised to keep cutting public"
    " spending and to press ahead with a plan to sell minority stakes in state-owned power"
    " companies, which Labour opposes.",
    "On the preliminary count National would have 45 seats and Labour 39. Coalition"
    " negotiations are expected to start on Monday.",
    "New Zealand, a nation of about 5.3 million people, uses a proportional voting system"
    " that almost always produces coalition governments.",
]

_E3_NBS = [
    "New Zealand&#8217;s centre-right government has been returned to power, with Prime"
    " Minister Hamish Corrigan&#8217;s National Party winning the most votes in the 7"
    " November election.",
    "National took 38.6% of the party vote in the preliminary count, with Labour on 31.5%.",
    "Together with its partners, the libertarian ACT party and the populist New Zealand First,"
    " National is expected to command 64 of the 120 seats in parliament.",
    "Mr Corrigan told supporters in Auckland that voters had &#8220;asked us to finish the"
    " job&#8221;.",
    "Labour leader Aroha Whitfield conceded defeat in Wellington.",
    "She told supporters that her party had &#8220;won back a lot of trust tonight, but not"
    " enough&#8221;.",
    "The Green Party won 10.9% of the vote, and Te P&#257;ti M&#257;ori, which campaigns for"
    " M&#257;ori rights, will have four MPs.",
    "ACT won 8.1% and New Zealand First 7.2%. Preliminary turnout was 78.4%.",
    "The campaign was dominated by the cost of living, housing and waiting times in the"
    " public health system.",
    "National is projected to win 45 seats and Labour 39. Coalition talks are due to begin"
    " on 9 November.",
    "Mr Corrigan, a former dairy co-operative executive, first became prime minister after"
    " the 2023 election.",
    "Special votes, including ballots cast overseas, are still being counted. The Greens are"
    " on course for 13 MPs on current numbers.",
    "New Zealand uses a mixed-member proportional (MMP) system, in which a party&#8217;s"
    " share of seats broadly reflects its share of the party vote. A party needs 5% of the"
    " vote or an electorate seat to enter parliament.",
    "Final results, including special votes, will be published on 20 November.",
]

_E3_DAILY = [
    "New Zealand voters have handed Hamish Corrigan a second term as prime minister,"
    " returning his centre-right coalition in the 7 November general election despite a"
    " sluggish economy and a fractious final week of campaigning.",
    "Corrigan&#8217;s National Party finished on 36.8 per cent, about five points ahead of"
    " Labour.",
    "Its partners did their part: ACT took 8.1 per cent and New Zealand First 7.2 per cent."
    " The Greens, on 10.9 per cent, were the opposition&#8217;s bright spot.",
    "Corrigan claimed victory in Auckland, telling supporters that New Zealanders had asked"
    " his government to &#8220;finish the job&#8221;.",
    "The result gives the governing bloc of National, ACT and New Zealand First a projected 64"
    " seats in the 120-seat parliament, three more than it needs to govern.",
    "But the counting is not over. More than half a million special votes remain, and the"
    " Electoral Commission will not declare the official result until 27 November.",
    "Aroha Whitfield, who became Labour leader only 18 months ago, conceded on election"
    " night. Her party recovered ground in Auckland and Wellington but could not break"
    " through in the provinces.",
    "&#8220;We won back a lot of trust tonight, but not enough,&#8221; she told supporters.",
    "Turnout, at 78.4 per cent on preliminary figures, was roughly in line with recent"
    " elections.",
    "Preliminary figures give National 45 seats and Labour 39. Coalition talks between the"
    " three governing parties are expected to begin on 9 November.",
    "Corrigan, a former dairy co-operative executive, has promised to keep cutting public"
    " spending in his second term and to push ahead with a contested plan to sell minority"
    " stakes in state-owned power companies.",
]


# --------------------------------------------------------------------------------------------
# The stories
# --------------------------------------------------------------------------------------------

_NUM = r"(\.0+)? ?(%|percent|per cent|pct)"

STORIES: list[dict[str, Any]] = [
    _story("trade-WS1", "trade", "2025-10-24", [
        _page("https://www.pacificwire.example/world/us-china-truce-copenhagen-2025-8841",
              _wire_site(
                  "US and China extend tariff truce by 90 days, Washington trims levy to 20%",
                  _T1_WIRE, dateline="COPENHAGEN", byline="Lene Kj&aelig;r and Tom Ashdown",
                  published="2025-10-15T21:58:00Z",
                  updated="Oct. 15, 2025 10:40 PM GMT",
                  readmore=("Talks to open Tuesday in Copenhagen as truce deadline nears",
                            "/world/copenhagen-talks-preview-8790"),
                  related=["Fed cuts rates by a quarter point to 4.00%-4.25% range",
                           "Magnitude 6.3 quake strikes off northern Chile, no tsunami threat",
                           "EU and India close in on trade pact after 14th round of talks",
                           "Japan&#8217;s exports fall 0.1% in August as US tariffs bite"],
                  editing="Reporting by Lene Kj&aelig;r in Copenhagen and Tom Ashdown in"
                          " Washington; Editing by Ruth Varga")),
        _page("https://www.dailycourier.example/world/2025/oct/us-china-copenhagen-truce",
              _daily_site(
                  "US and China pull back from the brink with 90-day truce extension",
                  _T1_DAILY, section="World &rsaquo; Trade",
                  author="Harriet Lomax, Economics Editor",
                  caption="Daniel Whitcombe arrives for the second day of talks in"
                          " Copenhagen. Photograph: Jonas Friis/The Courier",
                  standfirst="Washington cuts extra levy on Chinese goods by 10 percentage"
                             " points as both sides buy time",
                  pullquote="&#8220;We&#8217;ve made real progress, and there is a framework"
                            " both leaders can sign off on&#8221; &mdash; Daniel Whitcombe",
                  most_read=["Copenhagen talks to open Tuesday, Treasury confirms",
                             "Bank of England holds rates at 4% as inflation stays sticky",
                             "Rail strike called off after 11th-hour deal on pay",
                             "Magnitude 5.8 quake rattles Istanbul, 151 people injured",
                             "Opinion: The tariff war was always going to end in a fudge"])),
        _page("https://ledgerstreet.example/trade/copenhagen-truce-tariffs-drop-10-points/",
              _blog_site(
                  "Copenhagen truce: tariffs drop 10 points, soybeans back on the table",
                  _T1_BLOG, author="Nate Pruitt",
                  bio="Nate Pruitt covers trade policy and farm commodities for Ledger Street."
                      " He spent nine years as a grain merchandiser in Chicago.",
                  tags=["US-China", "Tariffs", "Soybeans", "Rare earths"],
                  related=["Geneva deal: what the 145% to 30% cut means for importers",
                           "Five charts on China&#8217;s rare-earth export slump",
                           "Fed cuts by 25bp, with one dissent for a bigger move"],
                  comments=23,
                  ticker=["Gold $4,180 +0.6%", "10Y 4.03%", "WTI $58.27",
                          "USD/CNY 7.13"])),
        _page("https://www.straitsledger.example/world/united-states/us-china-extend-truce",
              _straits_site(
                  "US, China extend tariff truce by 90 days; Washington lowers levy to 25%",
                  _T1_STRAITS,
                  published_local="Thursday, 16 October 2025, 7:05 am SGT",
                  author="Ong Siew Mei, Europe Correspondent",
                  caption="Chinese Vice-Premier Zhou Anming (centre) leaving the talks venue"
                          " in Copenhagen on Oct 15. PHOTO: PACIFIC WIRE",
                  pullquote="&#8220;It is a reprieve rather than a resolution.&#8221;",
                  related=["Singapore&#8217;s core inflation eases to 0.3% in August",
                           "Malaysia&#8217;s central bank holds key rate at 2.75%",
                           "Magnitude 6.9 quake off Cebu kills at least 70",
                           "Vietnam&#8217;s exports to US jump 28% in first nine months"])),
    ], [
        ("duration", r"\b10 ?(hours?|hrs?|h\b)|ten hours|600 ?min",
         r"7\.5 ?(hours?|hrs?|h\b)|7 ?½|seven and a half|seven-and-a-half|7 1/2"
         r"|7 hours? (and )?30|450 ?min"),
        ("tariff rate", r"(?<![\d.])20" + _NUM, r"(?<![\d.])25" + _NUM),
        ("title", r"vice[- ]?premier", r"commerce minister|minister of commerce"),
        ("place", r"washington", r"beijing"),
    ]),

    _story("trade-WS2", "trade", "2025-12-19", [
        _page("https://www.dailycourier.example/business/2025/dec/us-doubles-china-chip-tariff",
              _daily_site(
                  "US doubles tariffs on Chinese legacy chips in blow to trade truce",
                  _T2_DAILY, section="Business &rsaquo; Technology",
                  author="Harriet Lomax and Sam Otieno",
                  published="2025-12-11T21:05:00+00:00",
                  standfirst="Levy on older-generation semiconductors rises to 50% from 1"
                              " January",
                  most_read=["Chip tariff: what it means for car prices",
                             "ECB holds deposit rate at 2% for fourth meeting",
                             "Magnitude 7.5 quake off Aomori triggers tsunami warnings",
                             "Hong Kong fire death toll rises to 160"])),
        _page("https://ledgerstreet.example/trade/ustr-legacy-chip-tariff-50-percent/",
              _blog_site(
                  "USTR doubles the legacy-chip tariff. Here&#8217;s who pays",
                  _T2_BLOG, author="Nate Pruitt",
                  bio="Nate Pruitt covers trade policy and farm commodities for Ledger Street."
                      " He spent nine years as a grain merchandiser in Chicago.",
                  tags=["Semiconductors", "Section 301", "US-China", "Autos"],
                  related=["Copenhagen truce: tariffs drop 10 points, soybeans back on the"
                           " table",
                           "Fed cuts again, to 3.50%-3.75%; three dissents",
                           "Why Mexico&#8217;s 50% tariff on Chinese cars matters for"
                           " Detroit"],
                  comments=41,
                  ticker=["S&amp;P 500 6,901.00 +0.2%", "10Y 4.14%", "WTI $57.60",
                          "USD/CNY 7.06"])),
        _page("https://www.nbs.example/news/business-70231845",
              _broadcaster_site(
                  "US to double tariffs on Chinese computer chips",
                  _T2_NBS, section="Business", date="12/12/2025",
                  caption="Legacy chips are used in cars, household appliances and medical"
                          " equipment",
                  related=["US and China agree to extend trade truce",
                           "Why are computer chips so important?",
                           "UK inflation falls to 3.6% in October"],
                  topics=["US-China trade", "Semiconductors", "Tariffs"])),
    ], []),

    _story("trade-WS3", "trade", "2026-03-13", [
        _page("https://www.pacificwire.example/business/china-retaliatory-tariffs-lng-9120",
              _wire_site(
                  "China hits US LNG, soybeans with new tariffs in chip dispute",
                  _T3_WIRE, dateline="BEIJING", byline="Mei Huang and Oliver Strand",
                  related=["Bank of Canada holds rate at 2.25%, signals long pause",
                           "Magnitude 5.9 quake jolts eastern Taiwan, no major damage",
                           "Oil slips 1% as OPEC+ weighs April output hike",
                           "South Korea&#8217;s February exports rise 4.1%"],
                  editing="Reporting by Mei Huang; Additional reporting by Oliver Strand in"
                          " Washington; Editing by Paul Osei")),
        _page("https://www.straitsledger.example/asia/east-asia/china-tariffs-us-lng-soybeans",
              _straits_site(
                  "China imposes tariffs on US$21b of American goods in retaliation over"
                  " chip levies",
                  _T3_STRAITS,
                  published_local="Wednesday, 4 March 2026, 6:48 pm SGT",
                  author="Lim Jia Hui, China Correspondent",
                  related=["Bank Negara keeps OPR at 2.75%",
                           "Indonesia&#8217;s inflation climbs to 2.9% in February",
                           "Earlier: Copenhagen talks end with 90-day truce extension",
                           "Japan&#8217;s ruling bloc wins Aichi governor race"])),
        _page("https://www.kvtn8.example/news/local/alden-valley-farmers-china-tariffs",
              _tv_site(
                  "Alden Valley farmers brace as China slaps new tariffs on soybeans",
                  _T3_TV, reporter="Jenna Olafsen", ago="9 days ago",
                  video="Farmers north of Port Alden react to China&#8217;s tariff"
                        " announcement",
                  trending=["Two hurt in I-80 pileup near Marlow exit",
                            "Port Alden school board approves 4-day week pilot",
                            "Snow totals: up to 7 inches in northern counties",
                            "Pirates fall 61-58 in state quarterfinal"])),
        _page("https://ledgerstreet.example/trade/china-answers-chip-tariff-21bn/",
              _blog_site(
                  "China answers the chip tariff with a $21bn list. Three things stand out",
                  _T3_BLOG, author="Nate Pruitt",
                  bio="Nate Pruitt covers trade policy and farm commodities for Ledger Street."
                      " He spent nine years as a grain merchandiser in Chicago.",
                  tags=["US-China", "LNG", "Soybeans", "Tariffs"],
                  related=["USTR doubles the legacy-chip tariff. Here&#8217;s who pays",
                           "Brazil&#8217;s soybean crop seen at record 178 million tons",
                           "Henry Hub: why $3 gas is the new normal"],
                  comments=17,
                  ticker=["S&amp;P 500 6,812.40 -0.6%", "10Y 4.21%",
                          "Soybeans $10.42 -1.9%", "USD/CNY 7.02"])),
    ], [
        ("tariff rate", r"(?<![\d.])15" + _NUM, r"(?<![\d.])25" + _NUM),
        ("weekday", r"tuesday", r"monday"),
        ("speaker", r"tang( wenjie)?\b|commerce ministry", r"mao( lin)?\b|foreign ministry"),
    ]),

    _story("election-WS1", "election", "2026-06-17", [
        _page("https://www.kvtn8.example/news/politics/marsh-wins-port-alden-mayor-runoff",
              _tv_site(
                  "Marsh wins Port Alden mayor&#8217;s race, will be city&#8217;s first"
                  " female mayor",
                  _E1_TV, reporter="Marcus Bell",
                  video="Elena Marsh speaks to supporters at Riverside Brewing Co.",
                  trending=["Boil-water advisory lifted for Northgate neighborhood",
                            "Lakeview mayor wins second term with 61% of vote",
                            "Storms knock out power to 12,000 customers",
                            "Pirates sweep doubleheader, move to 18-4"])),
        _page("https://www.aldenvalleygazette.example/news/local/mayor-marsh-wins-runoff",
              _regional_site(
                  "It&#8217;s Mayor Marsh: east-side council member wins runoff",
                  _E1_GAZETTE, author="By Lydia Korver | Staff Writer",
                  caption="Elena Marsh greets supporters at Riverside Brewing Co. on election"
                          " night, June 9. (Gazette photo / Ben Ostrowski)",
                  readmore=("Valley school board approves $212 million budget, 3% raises",
                            "/news/schools/budget-approved"),
                  most_read=["Runoff preview: Marsh, Beckett make final pitch before"
                             " June 9 vote",
                             "Harbor Street bridge closed for 6 weeks of repairs",
                             "County fair moves to Aug. 12-16 after flooding",
                             "Obituary: Margaret Lindqvist, 94, taught piano to generations"])),
        _page("https://www.pacificwire.example/us/port-alden-mayor-runoff-5512",
              _wire_site(
                  "Port Alden elects first woman mayor in runoff fought over water pipes",
                  _E1_WIRE, dateline="PORT ALDEN", byline="Carla Mendes",
                  published="2026-06-10T05:02:00Z",
                  related=["Fed holds rates steady, sees two cuts this year",
                           "Magnitude 6.0 quake strikes off Peru&#8217;s coast",
                           "New Jersey primary turnout hits 22%, lowest in a decade",
                           "US job openings fall to 7.1 million in April"],
                  editing="Reporting by Carla Mendes; Editing by Daniel Ruiz")),
        _page("https://www.dailycourier.example/us-news/2026/jun/port-alden-mayor-pipes",
              _daily_site(
                  "In Port Alden, a race about pipes ends with a historic win",
                  _E1_DAILY, section="US news",
                  author="Nathan Oyelaran in Port Alden",
                  most_read=["Heatwave: temperatures to hit 34C by Thursday",
                             "Bank of England cuts rates to 3.5% in 5-4 vote",
                             "Who won the night? Five takeaways from the New Jersey primary",
                             "Review: a Hamlet for the TikTok age"])),
    ], [
        ("margin", r"2,?531", r"2,?351"),
        ("turnout", r"(?<![\d.])34(\.\d+)? ?(%|percent|per cent)",
         r"(?<![\d.])39(\.\d+)? ?(%|percent|per cent)"),
        ("title", r"council president|president of the (city )?council", r"deputy mayor"),
    ]),

    _story("election-WS2", "election", "2026-09-29", [
        _page("https://www.nbs.example/news/uk-politics-71140233",
              _broadcaster_site(
                  "Reform UK wins Amberley and Wenlow by-election from Labour",
                  _E2_NBS, section="UK Politics", date="18/09/2026",
                  caption="Gareth Pollard speaks after the declaration at Wenlow Leisure"
                          " Centre",
                  related=["Amberley and Wenlow by-election: who are the candidates?",
                           "Reform gains two council seats in Kent by-elections",
                           "Bank of England holds rates at 3.5% in 7-2 vote"],
                  topics=["Reform UK", "Labour Party", "By-elections"])),
        _page("https://www.dailycourier.example/politics/2026/sep/18/amberley-wenlow-result",
              _daily_site(
                  "Reform seizes Labour stronghold in Amberley and Wenlow",
                  _E2_DAILY, section="Politics",
                  author="Rachel Ambrose, Political Correspondent",
                  published="2026-09-18T07:30:00+01:00",
                  pullquote="&#8220;Amberley and Wenlow has sent a message tonight that"
                            " Westminster can&#8217;t ignore&#8221;",
                  most_read=["Bank of England holds rates at 3.5% in 7-2 vote",
                             "Strictly line-up revealed: 15 celebrities confirmed",
                             "Storm Amy: 90mph gusts forecast for western Scotland",
                             "Sketch: a very long night in a very cold sports hall"])),
        _page("https://www.pacificwire.example/world/uk-reform-by-election-7755",
              _wire_site(
                  "Reform UK takes Labour seat in English by-election",
                  _E2_WIRE, dateline="WENLOW, England", byline="Kate Holloway",
                  readmore=("Explainer: How Reform UK overtook the Conservatives in the polls",
                            "/world/uk-reform-explainer-7702"),
                  related=["Sterling edges up to $1.36 after by-election result",
                           "Magnitude 6.1 quake hits eastern Turkey, 3 dead",
                           "Japan&#8217;s central bank keeps rates at 0.75%",
                           "Sweden heads for tight finish after September 13 vote"],
                  editing="Editing by Simon Leach")),
    ], [
        ("percentage points", r"24\.3 ?(percentage points?|points?|pts?|pp)\b",
         r"24\.3 ?(%|per ?cent)(?!age)(?! ?points?)"),
        ("clock time", r"(?<!\d)0?3[:.]40|0340",
         r"(?<!\d)0?5(:\d\d|\.\d\d)? ?(a\.?m\b|bst)|(?<!\d)05:\d\d|after 5"),
    ]),

    _story("election-WS3", "election", "2026-11-16", [
        _page("https://www.harbourherald.example/politics/election-2026-corrigan-second-term",
              _harbour_site(
                  "Election 2026: Corrigan wins second term as National-led bloc holds on",
                  _E3_HERALD,
                  published_local="8 Nov, 2026 09:15 AM NZDT",
                  author="Kiri Matthews, Political Editor",
                  factbox=["National 36.8% &ndash; 45 seats",
                           "Labour 31.5% &ndash; 39 seats",
                           "Greens 10.9% &ndash; 13 seats",
                           "ACT 8.1% &ndash; 10 seats",
                           "NZ First 7.2% &ndash; 9 seats",
                           "Te P&#257;ti M&#257;ori 3.1% &ndash; 4 seats",
                           "Preliminary turnout: 78.4%"],
                  related=["Live: election night as it happened",
                           "Reserve Bank cuts OCR to 2.25%, signals end of easing",
                           "Auckland Council approves 5.8% rates rise",
                           "Magnitude 5.6 quake shakes Wellington, no damage reported"])),
        _page("https://www.pacificwire.example/world/new-zealand-election-corrigan-6620",
              _wire_site(
                  "New Zealand&#8217;s Corrigan wins second term as centre-right bloc holds"
                  " majority",
                  _E3_WIRE, dateline="WELLINGTON", byline="Aaron Whitcliffe",
                  published="2026-11-07T11:20:00Z",
                  related=["Australia&#8217;s central bank holds cash rate at 3.60%",
                           "Magnitude 6.4 quake strikes off Tonga, tsunami threat lifted",
                           "Peru&#8217;s Congress approves 2027 budget of 271 billion soles",
                           "China&#8217;s October exports rise 2.3%"],
                  editing="Reporting by Aaron Whitcliffe; Editing by Ruth Varga")),
        _page("https://www.nbs.example/news/world-asia-71502290",
              _broadcaster_site(
                  "New Zealand election: Hamish Corrigan secures second term",
                  _E3_NBS, section="Asia-Pacific",
                  caption="Hamish Corrigan thanks supporters in Auckland on election night",
                  related=["Who is Hamish Corrigan?",
                           "Australia election: Labor wins second term",
                           "Australia&#8217;s central bank holds cash rate at 3.6%"],
                  topics=["New Zealand", "Elections"])),
        _page("https://www.dailycourier.example/world/2026/nov/new-zealand-election-result",
              _daily_site(
                  "New Zealand votes for continuity as Corrigan&#8217;s coalition survives",
                  _E3_DAILY, section="World &rsaquo; Asia Pacific",
                  author="Alice Pemberton, Asia-Pacific correspondent",
                  most_read=["US midterms: what the results mean for 2028",
                             "Bank of England cuts rates to 3.25%",
                             "Magnitude 7.0 quake off Hokkaido, tsunami advisory issued",
                             "Review: the year&#8217;s best crime novels"])),
    ], [
        ("vote share", r"36\.8", r"38\.6"),
        ("date", r"november 20|20 november|nov\.? 20\b|2026-11-20|20/11",
         r"november 27|27 november|nov\.? 27\b|2026-11-27|27/11"),
    ]),
]
