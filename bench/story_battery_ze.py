"""Part ZE of the story battery (web pages).

Written by engineer ZE1 on 2026-12-06 (twentieth session, eleventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py ZE`.

Six stories (one per domain, one of them a control story with no planted disagreement),
each told by three or four invented outlets whose whole HTML pages are built by the
templates below. Every sentence and every template was written for this file.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ZE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _links(items: list[tuple[str, str]] | tuple[()], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="{href}">{text}</a></li>' for text, href in items)


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, <h1>, article:published_time meta,
# a dateline on the lead, "Reporting by" credits and a "More from" rail.
# --------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               credits: str, published: str | None = None, updated: str | None = None,
               related: list[tuple[str, str]] | tuple[()] = ()) -> str:
    meta = ""
    stamp = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{updated or published}">')
        stamp = f'<time datetime="{published}" class="ts">{published[:10]}</time>'
    body = [f'<p class="lead"><span class="dl">{dateline} (Pacific Wire) &#8212;</span> '
            f'{paras[0]}</p>']
    body += [f"<p>{p}</p>" for p in paras[1:]]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}
<link rel="stylesheet" href="/static/pw-main.css">
</head>
<body class="pw story">
<a class="skip" href="#main-content">Skip to main content</a>
<header class="pw-masthead">
  <a class="logo" href="/">PACIFIC WIRE</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
    <li><a href="/science">Science</a></li><li><a href="/breakingviews">Commentary</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search Pacific Wire">
  </form>
  <a class="btn-register" href="/account/register">Register</a>
</header>
<main id="main-content">
<article class="pw-article">
  <header>
    <h1>{title}</h1>
    <div class="byline">By {byline}</div>
    {stamp}
    <ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Tweet</a></li>
    <li><button>Copy link</button></li></ul>
  </header>
  <div class="article-body">
{chr(10).join(body)}
  </div>
  <p class="credits">{credits}</p>
  <p class="standards"><a href="/trust">Our Standards: The Pacific Wire Trust Principles.</a>
  </p>
</article>
<aside class="more-from"><h2>More from Pacific Wire</h2>
<ul>
{_links(related)}
</ul></aside>
</main>
<footer class="pw-footer">
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2026 Pacific Wire News Agency. All rights reserved.</p>
  <ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/cookies">Cookie settings</a></li></ul>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. Div soup, og:site_name, JSON-LD, cookie
# banner, paywall teaser, advertisement slots, fact box, pull quote, "Most read".
# --------------------------------------------------------------------------------------
def _daily_site(title: str, standfirst: str, paras: list[str], *, byline: str,
                section: str, published: str | None = None, shown_date: str | None = None,
                caption: str | None = None, pull_quote: str | None = None,
                fact_box: list[str] | None = None,
                most_read: list[tuple[str, str]] | tuple[()] = (), year: str = "2026") -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": title, "datePublished": published,
                            "author": {"@type": "Person", "name": byline},
                            "publisher": {"@type": "Organization",
                                          "name": "The Daily Courier"}})
              + "</script>")
    chunks: list[str] = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="dc-para"><p>{p}</p></div>')
        if i == 1 and pull_quote:
            chunks.append(f'<div class="dc-pullquote"><blockquote>{pull_quote}</blockquote>'
                          "</div>")
        if i % 3 == 2 and i < len(paras) - 1:
            chunks.append('<div class="dc-ad-slot"><span class="ad-label">Advertisement'
                          f'</span><div class="ad" data-slot="mpu-{i}"></div></div>')
        if i == 4 and fact_box:
            items = "".join(f"<li>{f}</li>" for f in fact_box)
            chunks.append(f'<div class="dc-factbox"><div class="dc-factbox-h">Key facts</div>'
                          f"<ul>{items}</ul></div>")
    fig = ""
    if caption:
        fig = ('<div class="dc-media"><div class="img-wrap"><img src="/img/lead.jpg" alt="">'
               f'</div><div class="dc-caption">{caption}</div></div>')
    date_html = f'<div class="dc-date">{shown_date}</div>' if shown_date else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="og:title" content="{title}">
<meta name="description" content="{standfirst}">
{ld}
</head>
<body>
<div id="cookie-consent" class="cc-banner">
  <div class="cc-text">We and our 143 partners use cookies to personalise content and ads and
  to analyse our traffic. You can change your choices at any time.</div>
  <div class="cc-buttons"><button class="cc-accept">Accept all</button>
  <button class="cc-manage">Manage preferences</button></div>
</div>
<div class="dc-wrap">
 <div class="dc-top">
  <div class="dc-logo"><a href="/">The Daily Courier</a></div>
  <div class="dc-nav">
   <a href="/news">News</a> | <a href="/world">World</a> | <a href="/business">Business</a> |
   <a href="/money">Money</a> | <a href="/science">Science</a> | <a href="/sport">Sport</a> |
   <a href="/opinion">Opinion</a> | <a href="/puzzles">Puzzles</a>
  </div>
  <div class="dc-subscribe"><a href="/subscribe">Subscribe &#8211; first month &pound;1</a>
  </div>
 </div>
 <div class="dc-main">
  <div class="dc-col-left">
   <div class="dc-kicker"><a href="/{section.lower()}">{section}</a></div>
   <div class="dc-headline"><h1>{title}</h1></div>
   <div class="dc-standfirst">{standfirst}</div>
   <div class="dc-byline">By <a href="/profile">{byline}</a></div>
   {date_html}
   <div class="dc-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
   <a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Save</a></div>
   {fig}
   <div class="dc-body">
{chr(10).join(chunks)}
   </div>
   <div class="dc-paywall"><div class="pw-h">Enjoying The Daily Courier?</div>
   <div>You have read 4 of your 5 free articles this month. Subscribe for unlimited
   access from &pound;1 a week.</div><a href="/subscribe">Subscribe now</a></div>
   <div class="dc-comments"><a href="#comments">Comments (212)</a> &#8211; join the
   conversation</div>
  </div>
  <div class="dc-col-right">
   <div class="dc-mostread"><div class="dc-mr-h">Most read</div>
    <ol>
{_links(most_read)}
    </ol>
   </div>
   <div class="dc-ad-slot"><span class="ad-label">Advertisement</span>
   <div class="ad" data-slot="sky-1"></div></div>
  </div>
 </div>
 <div class="dc-footer">
  <div>&copy; {year} Courier Media Group Ltd, 1 Kingsway Place, London WC2B 6XF.
  Registered in England No. 01938455.</div>
  <div><a href="/contact">Contact us</a> &middot; <a href="/complaints">Complaints</a>
  &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookies</a>
  </div>
 </div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: KGCX 12 News, a Gulf Coast local TV station. Styled <div> headline, text with
# <br><br> breaks, a video player, a weather widget, "Trending" links, no date metadata.
# --------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, reporter: str, posted: str | None = None,
             video_caption: str | None = None,
             trending: list[tuple[str, str]] | tuple[()] = (), year: str = "2026") -> str:
    posted_html = f'<div class="post-time">Posted: {posted}</div>' if posted else ""
    video = ""
    if video_caption:
        video = ('<div class="video-player"><div class="vp-frame" data-id="kgcx-88213"></div>'
                 f'<div class="vp-caption">{video_caption}</div></div>')
    text = "<br><br>\n".join(paras[:3])
    text2 = "<br><br>\n".join(paras[3:])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | kgcx12.example</title>
<meta name="description" content="KGCX 12 News - Southeast Texas news, weather and sports">
</head>
<body style="margin:0;background:#f4f4f4">
<div class="topbar">
 <div class="station-logo">KGCX <b>12</b> NEWS</div>
 <div class="menu"><a href="/">Home</a> <a href="/news/local">Local</a>
 <a href="/weather">Weather</a> <a href="/traffic">Traffic</a> <a href="/sports">Sports</a>
 <a href="/watch">Watch Live</a> <a href="/verify">VERIFY</a> <a href="/contests">Contests</a>
 </div>
 <div class="wx-mini">Port Arthur &#8212; Weather</div>
</div>
<div class="alert-strip">DOWNLOAD THE KGCX 12 APP for breaking news alerts</div>
<div class="page">
 <div class="story-col">
  <div class="hl" style="font-size:34px;font-weight:800">{title}</div>
  <div class="credit">Author: {reporter}</div>
  {posted_html}
  <div class="social"><a href="#">Share on Facebook</a> &nbsp; <a href="#">Share on Twitter</a>
   &nbsp; <a href="#">Email</a></div>
  {video}
  <div class="story-text" style="font-size:18px">
{text}
  <div class="inline-ad">ADVERTISEMENT</div>
{text2}
  </div>
  <div class="station-note">Have a news tip? Email <a href="mailto:desk@kgcx12.example">
  desk@kgcx12.example</a> or call (409) 555-0112.</div>
 </div>
 <div class="rail">
  <div class="rail-h">Trending on kgcx12.example</div>
  <ul>
{_links(trending)}
  </ul>
  <div class="wx-widget"><b>7-Day Forecast</b><br>
  <a href="/weather">Check the latest forecast and radar</a></div>
  <div class="ad-box">Advertisement</div>
 </div>
</div>
<div class="foot">&copy; {year} KGCX-TV. All Rights Reserved. 2955 Gulfway Drive, Port Arthur,
TX 77640 | <a href="/eeo">EEO Report</a> | <a href="/fcc">FCC Public File</a> |
<a href="/closed-captioning">Closed Captioning</a></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Yield & Ledger, a WordPress-like finance blog. entry-title / entry-content,
# visible date only, tags, author box, recent posts, comments.
# --------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, date_str: str | None = None,
               tags: list[str] | tuple[()] = (), bio: str = "", comments: int = 0,
               recent: list[tuple[str, str]] | tuple[()] = ()) -> str:
    posted = (f'<span class="posted-on">Posted on <time class="entry-date published">'
              f"{date_str}</time></span> ") if date_str else ""
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Yield &amp; Ledger</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="ledger-style-css" href="/wp-content/themes/ledger/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <p class="site-title"><a href="/" rel="home">Yield &amp; Ledger</a></p>
 <p class="site-description">Markets, macro and the occasional rant</p>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/category/macro/">Macro</a></li>
  <li class="menu-item"><a href="/category/trade/">Trade</a></li>
  <li class="menu-item"><a href="/category/rates/">Rates</a></li>
  <li class="menu-item"><a href="/category/stocks/">Stocks</a></li>
  <li class="menu-item"><a href="/about/">About</a></li>
  <li class="menu-item"><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
 <header class="entry-header">
  <h1 class="entry-title">{title}</h1>
  <div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
  <a class="url fn n" href="/author/">{author}</a></span></span></div>
 </header>
 <div class="entry-content">
{body}
 <div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
 <li><a class="share-twitter" href="#">Tweet</a></li>
 <li><a class="share-facebook" href="#">Facebook</a></li>
 <li><a class="share-linkedin" href="#">LinkedIn</a></li></ul></div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p class="must-log-in">You must be <a href="/wp-login.php">logged
in</a> to post a comment.</p></div>
</main></div>
<aside id="secondary" class="widget-area">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
 <ul>
{_links(recent)}
 </ul></section>
 <section class="widget widget_text"><h2 class="widget-title">Get the Sunday letter</h2>
 <div class="textwidget"><p>One email a week. No hot takes, we promise (mostly).</p>
 <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
 </div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Yield &amp;
Ledger &middot; Nothing here is investment advice &middot; Proudly powered by WordPress
</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: NBS News, a public broadcaster. <main>, skip link, <figure> with caption before
# the lead, an optional "Updated" line, "Related topics" and "Top stories".
# --------------------------------------------------------------------------------------
def _pub_site(title: str, paras: list[str], *, caption: str | None = None,
              updated: str | None = None, author: str | None = None,
              topics: list[str] | tuple[()] = (),
              top_stories: list[tuple[str, str]] | tuple[()] = ()) -> str:
    fig = ""
    if caption:
        fig = ('<figure class="nbs-fig"><img src="/media/story-main.jpg" alt="" width="976">'
               f"<figcaption>{caption}</figcaption></figure>")
    upd = f'<p class="nbs-updated">Updated {updated}</p>' if updated else ""
    by = f'<p class="nbs-author">By {author}</p>' if author else ""
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
        if i == 5:
            blocks.append('<div data-component="links-block"><p><b>Read more:</b> '
                          f'<a href="{top_stories[0][1] if top_stories else "#"}">'
                          f'{top_stories[0][0] if top_stories else "More news"}</a></p></div>')
    topic_html = " ".join(f'<a class="topic" href="/topics/{t.lower().replace(" ", "-")}">'
                          f"{t}</a>" for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta name="robots" content="max-image-preview:large">
<meta property="og:site_name" content="NBS News">
</head>
<body>
<a href="#main-heading" class="skip-link">Skip to content</a>
<div id="nbs-consent" role="dialog">
  <p>Let us know you agree to cookies</p>
  <p>We use cookies to give you the best online experience. Please let us know if you agree
  to all of these cookies.</p>
  <button>Yes, I agree</button> <a href="/usingthenbs/cookies">No, take me to settings</a>
</div>
<header class="nbs-header"><a href="/" class="nbs-logo">NBS</a>
<nav><ul><li><a href="/news">Home</a></li><li><a href="/news/world">World</a></li>
<li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li>
<li><a href="/news/science">Science</a></li><li><a href="/news/in-pictures">In Pictures</a>
</li><li><a href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
</header>
<main id="main-content" role="main">
<article>
<div data-component="headline-block"><h1 id="main-heading">{title}</h1></div>
{upd}
{by}
<div data-component="share">Share <button>Save</button></div>
{fig}
{chr(10).join(blocks)}
<div data-component="topic-list"><h2>Related topics</h2>{topic_html}</div>
</article>
<section class="nbs-top-stories"><h2>Top stories</h2><ul>
{_links(top_stories)}
</ul></section>
</main>
<footer class="nbs-footer"><p>Copyright &copy; 2026 NBS. The NBS is not responsible for the
content of external sites. <a href="/editorialguidelines/external-linking">Read about our
approach to external linking.</a></p><ul><li><a href="/terms">Terms of Use</a></li>
<li><a href="/about">About the NBS</a></li><li><a href="/accessibility">Accessibility Help</a>
</li><li><a href="/contact">Contact the NBS</a></li></ul></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: The Harbour Gazette, a regional paper drowning in ads. Table layout, text in
# <font>/<div> with <br> breaks, ad slots after every second paragraph, newsletter box,
# obituaries and classifieds links, an optional correction note.
# --------------------------------------------------------------------------------------
def _regional_site(title: str, paras: list[str], *, byline: str, date_str: str | None = None,
                   caption: str | None = None, correction: str | None = None,
                   related: list[tuple[str, str]] | tuple[()] = (), year: str = "2026") -> str:
    parts: list[str] = []
    for i, p in enumerate(paras):
        parts.append(p + "<br><br>")
        if i % 2 == 1 and i < len(paras) - 1:
            parts.append('</div>\n<div class="ad-wrap"><div class="ad-lbl">ADVERTISEMENT</div>'
                         f'<iframe class="adframe" src="/ads/slot-{i}.html"></iframe></div>\n'
                         '<div class="storytext">')
    date_html = f'<span class="pubdate">{date_str}</span>' if date_str else ""
    cap = ""
    if caption:
        cap = ('<table class="photo"><tr><td><img src="/photos/main.jpg" width="620"></td></tr>'
               f'<tr><td class="cutline">{caption}</td></tr></table>')
    corr = f'<div class="correction"><b>Correction:</b> {correction}</div>' if correction else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{title} - The Harbour Gazette</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="news, Gulf Coast, Port Halden, Port Arthur, Texas">
</head>
<body bgcolor="#ffffff">
<div class="leaderboard"><div class="ad-lbl">ADVERTISEMENT</div>
<iframe class="adframe" src="/ads/leader.html"></iframe></div>
<table width="100%" class="masthead"><tr>
<td><a href="/"><img src="/img/gazette-flag.gif" alt="The Harbour Gazette"></a></td>
<td align="right"><a href="/subscribe">Subscribe</a> | <a href="/e-edition">e-Edition</a> |
<a href="/login">Log in</a></td></tr></table>
<table width="100%" class="navbar"><tr>
<td><a href="/news">News</a></td><td><a href="/news/local">Local</a></td>
<td><a href="/news/state">State</a></td><td><a href="/news/nation-world">Nation/World</a></td>
<td><a href="/sports">Sports</a></td><td><a href="/obituaries">Obituaries</a></td>
<td><a href="/classifieds">Classifieds</a></td><td><a href="/opinion">Opinion</a></td>
</tr></table>
<table width="100%"><tr>
<td valign="top" width="68%">
<div class="headline"><font size="6"><b>{title}</b></font></div>
<div class="byl">{byline} {date_html}</div>
<div class="sharebar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a></div>
{cap}
<div class="storytext">
{chr(10).join(parts)}
</div>
{corr}
<div class="newsletter"><b>Get the Gazette Morning Briefing</b> &#8212; local headlines in
your inbox every weekday at 6 a.m. <input type="text" value="Your email"> <input
type="submit" value="Sign me up"></div>
<div class="comments-teaser">Comments are closed on this story.</div>
</td>
<td valign="top" width="32%">
<div class="ad-wrap"><div class="ad-lbl">ADVERTISEMENT</div>
<iframe class="adframe" src="/ads/box1.html"></iframe></div>
<div class="related"><b>Related stories</b><ul>
{_links(related)}
</ul></div>
<div class="ad-wrap"><div class="ad-lbl">SPONSORED CONTENT</div>
<a href="/sponsored/roof">Gulf Coast homeowners are replacing their roofs for less</a></div>
<div class="ad-wrap"><div class="ad-lbl">ADVERTISEMENT</div>
<iframe class="adframe" src="/ads/box2.html"></iframe></div>
</td></tr></table>
<div class="footer">The Harbour Gazette &middot; 410 Front Street, Port Halden, TX 77705 &middot;
(409) 555-0190<br>&copy; Copyright {year} Harbour Gazette Publishing Co. All rights reserved.
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 7: Orbit Desk, a niche space-news site. og tags, article:published_time, a dek,
# a "Mission facts" box after the lead, "Further reading", newsletter plug.
# --------------------------------------------------------------------------------------
def _orbit_site(title: str, dek: str, paras: list[str], *, author: str,
                published: str | None = None, specs: list[tuple[str, str]] | None = None,
                caption: str | None = None,
                further: list[tuple[str, str]] | tuple[()] = ()) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">'
            if published else "")
    spec_html = ""
    if specs:
        rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in specs)
        spec_html = f'<aside class="mission-facts"><h3>Mission facts</h3><dl>{rows}</dl></aside>'
    fig = (f'<figure><img src="/uploads/launch.jpg" alt=""><figcaption>{caption}</figcaption>'
           "</figure>") if caption else ""
    body = [f"<p>{paras[0]}</p>", spec_html] + [f"<p>{p}</p>" for p in paras[1:]]
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Orbit Desk</title>
<meta property="og:site_name" content="Orbit Desk">
<meta property="og:description" content="{dek}">
{meta}
</head>
<body>
<div class="od-nav"><a class="brand" href="/">ORBIT<span>DESK</span></a>
<a href="/launches">Launches</a><a href="/schedule">Launch schedule</a>
<a href="/industry">Industry</a><a href="/policy">Policy</a><a href="/science">Science</a>
<a class="cta" href="/pro">Orbit Desk Pro</a></div>
<div class="od-container">
<div class="od-article">
<div class="od-cat">Launch report</div>
<h1 class="od-title">{title}</h1>
<div class="od-dek">{dek}</div>
<div class="od-author">by {author}</div>
{fig}
<div class="od-body">
{chr(10).join(body)}
</div>
<div class="od-share">Share: <a href="#">X</a> <a href="#">Bluesky</a> <a href="#">LinkedIn</a>
<a href="#">Copy link</a></div>
<div class="od-plug">Like this? Orbit Desk Pro subscribers get launch-day analysis and our
weekly industry data sheet. <a href="/pro">Try it free for 14 days</a>.</div>
</div>
<div class="od-side"><h4>Further reading</h4><ul>
{_links(further)}
</ul></div>
</div>
<div class="od-foot">&copy; 2026 Orbit Desk Media LLC &middot; <a href="/about">About</a>
&middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a></div>
</body>
</html>
"""


# ======================================================================================
# Story 1: trade. Helsinki round of US-China talks (Monday-Tuesday 9-10 March 2026).
# ======================================================================================
_T_WIRE = [
    "The United States and China agreed on Tuesday to extend their tariff truce by another "
    "90 days, and Washington will halve a fentanyl-related duty on Chinese goods to 10%, "
    "officials said after two days of talks in the Finnish capital.",
    "Treasury Secretary Daniel Hartwell, who led the U.S. side, told reporters at the U.S. "
    "ambassador&#8217;s residence that Beijing had also committed to buy 12 million metric tons "
    "of American soybeans by the end of August.",
    "&#8220;We made real progress on fentanyl and on farm purchases, and we agreed to keep "
    "talking,&#8221; Hartwell said. He declined to say whether President Donald Trump would "
    "meet Chinese leader Xi Jinping again before the summer.",
    "Tuesday&#8217;s session ran nearly seven hours, after roughly five hours of talks on "
    "Monday, according to a U.S. official who asked not to be named because the discussions "
    "were private.",
    "Chinese Vice Premier Liu Zhenhai described the talks as &#8220;candid, in-depth and "
    "constructive&#8221;, the state news agency Xinhua reported. China will also pause for one "
    "year the export licensing regime for rare-earth elements that it announced last October, "
    "Xinhua said.",
    "The truce, first struck in Geneva last May after both sides had raised tariffs far above "
    "100%, had been due to lapse on April 10. In April 2025 U.S. duties on many Chinese goods "
    "reached 145%, and China retaliated with levies of 125%.",
    "U.S. Trade Representative Marisa Okafor, who sat beside Hartwell, said the cut in the "
    "fentanyl duty from 20% was conditional. &#8220;If the fentanyl numbers don&#8217;t move, "
    "the rate moves back,&#8221; she said.",
    "Claire Rousseau, a senior fellow at the Atlantic Trade Institute in Washington, said the "
    "soybean pledge was &#8220;the piece farm-state senators will read first&#8221;, but "
    "cautioned that earlier purchase promises had fallen short. Under the 2020 Phase One deal, "
    "China bought only about 58% of the goods it had pledged, she noted.",
    "Soybean futures in Chicago rose 2.3% on the news. Officials said the next round was "
    "expected in Washington in May, though no date had been set.",
]

_T_DAILY = [
    "For the third time in a year, the world&#8217;s two largest economies have stepped back "
    "from the edge. After a marathon second day of negotiations in Helsinki that ended late "
    "on Tuesday, American and Chinese officials agreed to prolong their tariff ceasefire for "
    "a further three months.",
    "The session on Tuesday lasted six hours and 45 minutes, according to people briefed on "
    "the talks, and finished only after Commerce Minister Liu Zhenhai, the head of "
    "Beijing&#8217;s delegation, had spoken by phone with colleagues at home.",
    "Under the deal, the US will cut its fentanyl-linked levy on Chinese imports from 20 per "
    "cent to 10 per cent. China, for its part, will purchase 12m tonnes of American soybeans "
    "before the end of August and suspend for 12 months its licensing rules on rare-earth "
    "exports.",
    "&#8220;A truce is not a treaty,&#8221; the US Treasury Secretary, Daniel Hartwell, told a "
    "press conference in the Finnish capital. &#8220;Nothing here is permanent until both "
    "leaders sign off.&#8221;",
    "Marisa Okafor, the US trade representative, warned that Washington could restore the "
    "higher rate. &#8220;If the fentanyl numbers don&#8217;t move, the rate moves back,&#8221; "
    "she said.",
    "The d&eacute;tente dates back to May 2025, when negotiators meeting in Geneva agreed to "
    "slash tariffs that had climbed to 145 per cent on the American side and 125 per cent on "
    "the Chinese side. Later rounds in London, Stockholm, Madrid and Kuala Lumpur kept it "
    "alive, and a meeting between the two presidents in Busan last October produced a broader "
    "framework.",
    "China bought roughly 22m tonnes of American soybeans in 2024 but very few during the "
    "tariff fight of 2025, turning instead to Brazil, whose farmers enjoyed a record year.",
    "Claire Rousseau of the Atlantic Trade Institute said the fentanyl cut was the more "
    "significant concession. &#8220;Ten points off a tariff is real money for importers,&#8221; "
    "she said. &#8220;Soybean pledges are easy to make and easy to miss.&#8221;",
    "Investors in Asia took the news calmly. By lunchtime on Wednesday Hong Kong&#8217;s Hang "
    "Seng had gained 1.1 per cent, led by exporters and chipmakers.",
]

_T_BLOG = [
    "Another round, another extension. US and Chinese negotiators wrapped up two days of "
    "talks in Helsinki on Tuesday with an agreement to keep the tariff truce alive for 90 more "
    "days, and this time there&#8217;s a bit more meat on the bone.",
    "The headline items: the US is <strong>halving its fentanyl tariff to 10%</strong>, China "
    "is committing to buy <strong>12 million tonnes of US soybeans</strong> by the end of "
    "August, and Beijing is freezing its rare-earth licensing regime for a year. (Pacific Wire "
    "has <a href=\"https://www.pacificwire.example/world/us-china-helsinki-truce-0310\">the "
    "straight news version</a> if you want it.)",
    "The Tuesday session ran about four and a half hours, which by the standards of these "
    "things is brisk. Treasury Secretary Daniel Hartwell came out afterwards and said: "
    "&#8220;We made real progress on fentanyl and on farm purchases, and we&#8217;ve agreed to "
    "keep talking.&#8221;",
    "Vice Premier Liu Zhenhai led Beijing&#8217;s team, as he has at every round since "
    "Geneva.",
    "Deng Wei, chief economist at Harbour Securities in Hong Kong, put it to me this way in an "
    "email: &#8220;The market wanted an extension and got one. The soybean number is the "
    "surprise; it&#8217;s bigger than most of us expected.&#8221;",
    "Markets agreed with him. S&amp;P 500 futures rose 0.6% after the announcement and the "
    "offshore yuan firmed to 7.08 per dollar.",
    "Some context on why the fentanyl tariff matters. It was imposed at 10% in February 2025, "
    "doubled to 20% a month later, and has sat there ever since. For importers of Chinese "
    "electronics and furniture, <em>ten points</em> is the difference between a thin margin "
    "and no margin.",
    "What I&#8217;d watch: the truce was set to expire on April 10, so the new deadline lands "
    "in early July, right as the soybean buying window closes. That&#8217;s not a "
    "coincidence. If Beijing is behind on purchases by June, expect the rhetoric to heat up "
    "again.",
    "No date for the next round has been set. I&#8217;ll update this post when there is one.",
]

_T_PUB = [
    "The US and China have agreed to extend a pause on steep tariffs for another 90 days "
    "after two days of negotiations in Helsinki.",
    "Under the deal, Beijing will buy 18 million tonnes of American soybeans, a crop that has "
    "been at the centre of the dispute, while Washington will reduce a tariff it linked to the "
    "flow of fentanyl from 20% to 10%.",
    "US farmers have been hit hard. Soybean exports to China, once their biggest customer, "
    "collapsed during last year&#8217;s tariff battle.",
    "&#8220;Our farmers have waited long enough,&#8221; said Treasury Secretary Daniel "
    "Hartwell, who led the American delegation.",
    "Josh Pemberton, who farms 1,800 acres near Ames, Iowa, and heads the Iowa Soybean "
    "Growers Council, said the deal was welcome but late. &#8220;We lost a whole marketing "
    "year. You don&#8217;t get that back,&#8221; he told NBS News.",
    "China&#8217;s delegation was led by Vice Premier Liu Zhenhai. A commerce ministry "
    "spokeswoman in Beijing, Ma Lirong, said the two sides had &#8220;narrowed their "
    "differences on several concerns&#8221; and would stay in close contact.",
    "Beijing will also put on hold, for a year, controls it introduced last October on "
    "exports of rare earths, the minerals used in everything from smartphones to fighter "
    "jets.",
    "Deng Wei of Harbour Securities in Hong Kong said the extension bought time but did not "
    "settle the harder questions of technology controls and chip sales. &#8220;Everyone is "
    "kicking the can, but at least it&#8217;s the same can,&#8221; he said.",
    "The truce dates from talks in Geneva in May 2025, when the two sides cut tariffs that had "
    "risen as high as 145% on Chinese goods entering the US.",
    "Officials said a further round of talks was expected in Washington in May.",
]

_STORY_TRADE = _story("trade-ZE1", "trade", "2026-03-20", [
    _page("https://www.pacificwire.example/world/us-china-helsinki-truce-0310",
          _wire_site(
              "US, China agree to extend tariff truce, halve fentanyl levy after Helsinki talks",
              _T_WIRE, dateline="HELSINKI, March 10", byline="Anna Lehtinen and Joe Cheng",
              credits="Reporting by Anna Lehtinen in Helsinki and Joe Cheng in Beijing; "
                      "Editing by Mark Deller",
              related=[("Japan&#8217;s exports rise 4.1% in February on chip demand",
                        "/markets/japan-exports-feb"),
                       ("Canada extends steel safeguard quotas to June 30",
                        "/business/canada-steel-quotas"),
                       ("Brazil&#8217;s soybean harvest seen at record 172 million tons",
                        "/markets/brazil-soy-harvest")])),
    _page("https://www.dailycourier.example/business/2026/mar/11/us-china-tariff-truce-helsinki",
          _daily_site(
              "Tariff truce survives another spring as Washington and Beijing strike Helsinki "
              "deal",
              "US halves fentanyl tariff and China promises soybean purchases, but analysts "
              "warn the d&eacute;tente remains fragile",
              _T_DAILY, byline="Helen Marsh, Economics correspondent", section="Business",
              published="2026-03-11T05:30:00+00:00",
              shown_date="Wed 11 Mar 2026 05.30 GMT",
              caption="Daniel Hartwell, left, and Liu Zhenhai before the talks in Helsinki "
                      "on Monday. Photograph: Pekka Rautio/Pacific Wire",
              fact_box=["Truce extended: 90 days", "US fentanyl tariff: 20% to 10%",
                        "Soybeans: 12m tonnes by end of August",
                        "Rare earths: licensing paused for 12 months"],
              most_read=[("Shipping rates through Suez fall 12% as insurers return",
                          "/business/suez-rates"),
                         ("Storm Hedda leaves 40,000 homes without power in Scotland",
                          "/uk/storm-hedda"),
                         ("Why the over-50s are quitting the gym", "/lifestyle/gyms"),
                         ("Supermarket profits rise to &pound;2.9bn despite price war",
                          "/business/supermarket-profits")])),
    _page("https://yieldledger.example/2026/03/11/helsinki-truce-whats-in-it/",
          _blog_site(
              "Helsinki: the truce gets another 90 days. Here&#8217;s what&#8217;s actually in "
              "it",
              _T_BLOG, author="Ben Kowalczyk", date_str="March 11, 2026",
              tags=["US-China", "Tariffs", "Soybeans", "Rare earths"],
              bio="Ben spent eleven years on a commodities desk in Chicago before deciding "
                  "that writing about markets was more fun than trading them.",
              comments=37,
              recent=[("The Fed&#8217;s dot plot in five charts", "/2026/03/06/dots/"),
                      ("Copper at $5.10: what&#8217;s driving it", "/2026/03/04/copper/"),
                      ("Why I&#8217;m not worried about the 2s10s (yet)",
                       "/2026/02/27/2s10s/")])),
    _page("https://www.nbs-news.example/news/business-68841207",
          _pub_site(
              "US and China extend trade truce after talks in Finland", _T_PUB,
              caption="File photo: Soybeans being loaded at a grain terminal on the "
                      "Mississippi River in Louisiana",
              author="Laura Finch, Business reporter",
              topics=["US-China relations", "Trade", "Finland"],
              top_stories=[("Ukraine and Russia swap 150 prisoners each",
                            "/news/world-europe-68840112"),
                           ("Inflation in Germany eases to 2.1%",
                            "/news/business-68839954"),
                           ("Storm Hedda leaves 40,000 homes without power",
                            "/news/uk-scotland-68838210")])),
], [
    ("duration",
     r"(seven|\b7) ?(hours?|hrs?|h\b)|(six|\b6) ?(hours?|hrs?|h)( and)? ?45|\b6:45|405 ?min",
     r"four and a half|\b4\.5 ?(hours?|hrs?|h\b)|(four|\b4) ?(hours?|hrs?|h)( and)? ?30"
     r"|\b4:30|270 ?min"),
    ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
    ("soybean purchases",
     r"(?<![\d.,])12 ?(million|m\b|mn\b|mln)|twelve million|(?<![\d.,])12,000,000",
     r"(?<![\d.,])18 ?(million|m\b|mn\b|mln)|eighteen million|(?<![\d.,])18,000,000"),
])


# ======================================================================================
# Story 2: court. 5th Circuit upholds an EPA benzene penalty (Wednesday 15 April 2026).
# ======================================================================================
_C_WIRE = [
    "A divided federal appeals court on Wednesday upheld a $48 million civil penalty against "
    "Marlow Chemical Co. over benzene releases from its plant in Port Arthur, Texas, rejecting "
    "the company&#8217;s argument that the Environmental Protection Agency had overreached.",
    "The 5th U.S. Circuit Court of Appeals ruled 2-1. Circuit Judge Elena Rosales, joined by "
    "Judge Marcus Bell, wrote that the Clean Air Act allowed regulators to count each day of "
    "excess emissions as a separate violation.",
    "&#8220;Congress gave the agency a blunt instrument on purpose,&#8221; Rosales wrote.",
    "Judge Thomas Whitcomb dissented. &#8220;The agency has stretched a penalty statute well "
    "past anything Congress wrote,&#8221; he wrote, adding that the company had not been given "
    "fair notice of how the daily count would be applied.",
    "The penalty was set by a federal judge in Beaumont in 2024 after the EPA sued over "
    "emissions from flares and storage tanks between 2019 and 2022. The agency had originally "
    "sought $71 million.",
    "Marlow spokeswoman Dana Kessler said the company was reviewing the decision and weighing "
    "its options, including asking the full 5th Circuit to rehear the case.",
    "Aaron Lindqvist, who teaches environmental law at the University of Houston Law Center, "
    "said a petition to the U.S. Supreme Court was possible but would be an uphill fight. "
    "&#8220;The daily-violation question has been settled in most circuits for decades,&#8221; "
    "he said.",
    "The panel heard arguments in January. Houston-based Marlow employs about 6,000 people "
    "worldwide and reported revenue of $11.3 billion last year.",
    "Marlow shares closed down 1.4% on Wednesday. Residents of Port Arthur&#8217;s West "
    "Side, the neighborhood next to the plant, had pressed regulators to act for years.",
]

_C_TV = [
    "PORT ARTHUR, Texas &#8212; A federal appeals court ruled Thursday that Marlow Chemical "
    "must pay a $48 million fine over benzene pollution from its Port Arthur plant, a decision "
    "West Side residents have been waiting on for years.",
    "In a 2-1 decision, a three-judge panel of the Fifth Circuit Court of Appeals in New "
    "Orleans upheld the penalty, which the EPA pursued after air monitors at the plant&#8217;s "
    "fence line recorded benzene at more than three times the federal action level in 2022.",
    "Hilda Broussard, director of the Port Arthur Clean Air Coalition, has lived four blocks "
    "from the plant for 31 years. &#8220;My grandchildren grew up smelling that plant. "
    "Forty-eight million dollars doesn&#8217;t give them that back, but it&#8217;s a "
    "start,&#8221; she told KGCX 12 News.",
    "The EPA&#8217;s regional administrator, Lorena Castillo, said in a statement that the "
    "ruling &#8220;tells every facility on the Gulf Coast that fenceline monitoring is not "
    "optional.&#8221;",
    "Not every judge agreed. In his dissent, Judge Thomas Whitcomb wrote, &#8220;The agency has "
    "stretched a penalty statute well past anything Congress wrote.&#8221;",
    "A Marlow spokeswoman, Dana Kessler, said the company is &#8220;reviewing the decision and "
    "weighing our options.&#8221; She said the ruling would not affect operations at the plant, "
    "which employs about 420 people.",
    "Broussard said her group plans to ask the city council to press for health screenings "
    "on the West Side, though under federal law the penalty itself is paid to the U.S. "
    "Treasury, not to the city.",
    "KGCX 12 News reached out to Marlow for details on upgrades at the plant. We will update "
    "this story if we hear back.",
]

_C_REG = [
    "A federal appeals court has upheld a $64 million penalty against Marlow Chemical over "
    "years of benzene emissions at the company&#8217;s Port Arthur complex, handing the "
    "Environmental Protection Agency a significant win in a case watched closely by Gulf Coast "
    "industry.",
    "In an opinion issued April 15, a divided panel of the 5th Circuit found that regulators "
    "were entitled to count each day of excess emissions as its own violation. Judge Elena "
    "Rosales wrote for the majority: &#8220;Congress gave the agency a blunt instrument on "
    "purpose.&#8221;",
    "Judge Thomas Whitcomb, in dissent, accused the EPA of going too far, writing that "
    "&#8220;the agency has stretched a penalty statute well past anything Congress "
    "wrote.&#8221;",
    "The case goes back to flaring and tank leaks between 2019 and 2022. In 2022 a fenceline "
    "monitor recorded benzene at more than three times the federal action level, according to "
    "court records, and the EPA sued the following year.",
    "It was not Marlow&#8217;s first brush with regulators. The Texas Commission on "
    "Environmental Quality fined the plant $1.9 million in 2021 over a separate release of "
    "butadiene.",
    "&#8220;Fenceline monitoring is not optional on the Gulf Coast, and this ruling makes "
    "that plain,&#8221; said Lorena Castillo, the EPA&#8217;s Region 6 administrator.",
    "Marlow said it was studying the ruling. &#8220;We are reviewing the decision and weighing "
    "our options, including a request for rehearing by the full court,&#8221; spokeswoman Dana "
    "Kessler said.",
    "Port Arthur City Councilman Dwayne Fontenot said he hoped the ruling would push Marlow to "
    "finish a $30&nbsp;million flare upgrade it announced in 2023. &#8220;They promised it. "
    "Now they can afford to stop stalling,&#8221; he said.",
]

_C_BLOG = [
    "Marlow Chemical (MRLW) lost its appeal on Wednesday: a Fifth Circuit panel voted "
    "2&#8211;1 to uphold the <strong>$48 million</strong> Clean Air Act penalty over benzene "
    "emissions at its Port Arthur site. The stock slipped 1.4% on the day.",
    "Let&#8217;s get the size question out of the way. Sanjay Mehra, who covers chemicals at "
    "Brightwater Capital, notes that the fine is about 6% of Marlow&#8217;s 2025 net income of "
    "$790 million. &#8220;It&#8217;s a bad headline, not a bad quarter,&#8221; he told me.",
    "The more interesting part is the reasoning. The majority opinion, written by Judge Elena "
    "Rosales, accepted the EPA&#8217;s method of counting each day of excess emissions as a "
    "separate violation. Judge Thomas Whitcomb dissented on fair-notice grounds.",
    "Marlow&#8217;s lead lawyer, Gregory Thane, who argued the case in January, was blunter: "
    "&#8220;The agency has stretched a penalty statute well past anything Congress "
    "wrote.&#8221;",
    "I asked Aaron Lindqvist, an environmental law professor at the University of Houston, "
    "whether this travels. His answer: &#8220;Every plant on the Ship Channel has fenceline "
    "monitors now. If each bad day is its own violation, the exposure math changes for all of "
    "them.&#8221;",
    "That&#8217;s the real story for investors. Marlow runs roughly a dozen facilities on the "
    "Texas and Louisiana coast, and peers such as Gulfstar Petrochemicals and Redfern Polymers "
    "operate similar units.",
    "What next? Marlow can ask the full Fifth Circuit for a rehearing or head to the Supreme "
    "Court. I&#8217;d put the odds of the justices taking it in the low single digits.",
    "<em>Disclosure: I own no Marlow shares and have no plans to buy any in the next 72 "
    "hours.</em>",
]

_STORY_COURT = _story("court-ZE2", "court", "2026-04-28", [
    _page("https://www.pacificwire.example/legal/marlow-benzene-penalty-upheld-0415",
          _wire_site(
              "US appeals court upholds $48 million benzene penalty against Marlow Chemical",
              _C_WIRE, dateline="NEW ORLEANS, April 15", byline="Daniel Fortier",
              credits="Reporting by Daniel Fortier in New Orleans; Editing by Susan Ng",
              related=[("Judge pauses Louisiana LNG export permit over wetlands review",
                        "/legal/lng-permit-paused"),
                       ("Refiner agrees $9.2 million Clean Air Act settlement in Corpus "
                        "Christi", "/legal/corpus-christi-settlement"),
                       ("Supreme Court to hear pipeline easement case in October",
                        "/legal/scotus-pipeline")])),
    _page("https://www.kgcx12.example/article/news/local/marlow-fine-appeals-court/88213",
          _tv_site(
              "Appeals court sides with EPA, Marlow plant fine stands", _C_TV,
              reporter="Tasha Guidry", posted="Apr 16, 2026 / 5:48 PM CDT",
              video_caption="West Side residents react to the ruling on the Marlow plant",
              trending=[("Beaumont ISD names interim superintendent", "/article/bisd"),
                        ("Crash closes I-10 eastbound near Winnie for three hours",
                         "/article/i10-crash"),
                        ("Pleasure Island pier reopens after $2.1M repairs",
                         "/article/pier")])),
    _page("https://www.harbourgazette.example/news/local/court-upholds-marlow-fine/"
          "article_5d1c.html",
          _regional_site(
              "Court upholds Marlow benzene fine; dissenting judge says EPA overreached",
              _C_REG, byline="By Carmen Ruiz, Staff Writer",
              related=[("Port Arthur council OKs $4.5M drainage bond for West Side",
                        "/news/local/drainage-bond"),
                       ("Refinery worker hurt in Nederland fire", "/news/local/nederland"),
                       ("Port Halden runoff: Delgado, Brennan square off Dec. 9",
                        "/news/local/runoff-preview")])),
    _page("https://yieldledger.example/2026/04/16/marlow-fifth-circuit/",
          _blog_site(
              "Marlow loses in the Fifth Circuit. Is $48M material? No. Is the precedent? "
              "Maybe.",
              _C_BLOG, author="Ben Kowalczyk", date_str="April 16, 2026",
              tags=["Chemicals", "MRLW", "Regulation", "Courts"],
              bio="Ben spent eleven years on a commodities desk in Chicago before deciding "
                  "that writing about markets was more fun than trading them.",
              comments=12,
              recent=[("Q1 earnings: are chemicals margins bottoming?",
                       "/2026/04/13/chem-margins/"),
                      ("Why ethane at 22 cents matters", "/2026/04/08/ethane/"),
                      ("Helsinki: the truce gets another 90 days",
                       "/2026/03/11/helsinki-truce-whats-in-it/")])),
], [
    ("date of ruling", r"wednesday|april 15|2026-04-15|15 april|apr\.? 15\b",
     r"thursday|april 16|2026-04-16|16 april|apr\.? 16\b"),
    ("penalty",
     r"(?<![\d.,])48(\.0+)? ?(million|m\b|mn\b|mln)|forty-eight million|48,000,000",
     r"(?<![\d.,])64(\.0+)? ?(million|m\b|mn\b|mln)|sixty-four million|64,000,000"),
    ("quote speaker", r"^(?!.*thane).*whitcomb", r"thane"),
])


# ======================================================================================
# Story 3: central bank (CONTROL, no planted disagreement). Bank of England cut of
# Thursday 19 March 2026.
# ======================================================================================
_B_DAILY = [
    "The Bank of England has cut interest rates for the second time this year, lowering "
    "borrowing costs by a quarter of a percentage point to 3.5 per cent, but a split on its "
    "rate-setting committee signalled that further relief may be slow in coming.",
    "The Monetary Policy Committee voted by six votes to three for the reduction, which was "
    "announced at noon on Thursday. The Bank&#8217;s chief economist, Rhys Llewellyn, and the "
    "external members Anneke Vos and Julian Marsh preferred to keep Bank Rate at 3.75 per "
    "cent.",
    "&#8220;We are not on a pre-set path,&#8221; the governor, Margaret Hale, said. &#8220;Each "
    "decision will be taken meeting by meeting.&#8221;",
    "Consumer price inflation stood at 3.1 per cent in January, well above the 2 per cent "
    "target, but the Bank&#8217;s new forecasts show it falling back close to target by early "
    "2027 as energy bills and food prices ease.",
    "Thursday&#8217;s move is the seventh cut since August 2024, when Threadneedle Street "
    "began lowering rates from a 16-year high of 5.25 per cent. The previous reduction, from 4 "
    "per cent, came in February.",
    "Regular pay growth has slowed to 4.2 per cent, according to the latest official figures, "
    "which the minutes said gave the majority confidence that pressure from the jobs market "
    "was fading. The minority argued that services inflation remained too sticky.",
    "Priya Raman, chief UK economist at Northgate Bank, said the split was more hawkish than "
    "the City had expected. &#8220;Three dissenters is a loud signal. I&#8217;d be surprised "
    "to see another cut before the summer,&#8221; she said.",
    "Shortly after the announcement, sterling slipped 0.3 per cent to $1.3120, and the yield "
    "on two-year gilts fell 6 basis points to 3.41 per cent.",
    "The committee&#8217;s next decision is due on May 7.",
]

_B_BLOG = [
    "The Bank of England delivered the quarter-point cut everyone expected at 8:00 a.m. ET "
    "(12:00 GMT) on Thursday, March 19, taking Bank Rate to <strong>3.50%</strong>. What "
    "nobody quite expected was the vote: 6&#8211;3, with three MPC members wanting to stay at "
    "3.75%.",
    "The three holdouts were chief economist Rhys Llewellyn and external members Anneke Vos "
    "and Julian Marsh. Losing your own chief economist on a cut is not nothing.",
    "Governor Margaret Hale tried to thread the needle at the press conference. "
    "&#8220;Inflation is coming down, but the job is not done,&#8221; she said, and later "
    "added: &#8220;Households should not read this as the start of a rapid descent.&#8221;",
    "Zoom out: Bank Rate is now 1.75 points below its 5.25% peak, and February&#8217;s cut to "
    "3.75% came only six weeks earlier. January CPI was 3.1%, so real rates are positive, but "
    "only just.",
    "Priya Raman at Northgate Bank sent over a note arguing that the split matters more than "
    "the level: &#8220;The committee is closer to a pause than the headline suggests.&#8221;",
    "Rates markets now price roughly a 60% chance of another 25bp move at the June meeting. "
    "The next decision is May 7, and I&#8217;d be stunned by a move there.",
    "Contrast that with the Fed, which kept its target range at 3.50%&#8211;3.75% on March 18. "
    "For the first time in a while the BoE&#8217;s policy rate sits at the bottom of the "
    "Fed&#8217;s range rather than above it. Funny old world.",
    "Cable took the decision badly, for what it&#8217;s worth, but currency moves on decision "
    "day rarely last. I&#8217;m more interested in what the May forecasts say about wages.",
]

_B_PUB = [
    "UK interest rates have been cut from 3.75% to 3.5%, as the Bank of England continues to "
    "ease borrowing costs despite inflation remaining above its target.",
    "Three of the nine members of the Bank&#8217;s Monetary Policy Committee wanted to hold "
    "rates, among them its chief economist Rhys Llewellyn.",
    "Economists had widely expected the cut, but fewer had predicted that a third of the "
    "committee would vote against it. It is the second reduction this year, after rates were "
    "lowered from 4% in February.",
    "Governor Margaret Hale said: &#8220;We&#8217;re not on a pre-set path, and we&#8217;ll "
    "take each decision meeting by meeting.&#8221;",
    "She added that inflation was coming down &#8220;but the job is not done&#8221;.",
    "The cut of 0.25 percentage points will be welcome news for about 600,000 homeowners on "
    "tracker mortgages, whose repayments move in line with the Bank rate.",
    "The average two-year fixed mortgage rate stands at 4.62%, according to the data provider "
    "RateWatch, although lenders had already priced in much of the expected cut.",
    "Savers, however, face lower returns. The average easy-access savings account now pays "
    "2.9%, the same firm said, and some banks trimmed their rates within hours.",
    "Inflation, which measures the pace of price rises, was just over 3% in January, compared "
    "with the Bank&#8217;s target of 2%.",
    "Martin Hoyle of the British Retail Forum said shops had been hoping for a stronger "
    "signal. &#8220;Customers are still cautious. One quarter-point cut doesn&#8217;t change "
    "that,&#8221; he said.",
    "The pound fell after the announcement and by late afternoon was down 0.5% against the "
    "dollar at $1.3095.",
    "The next interest rate decision is on 7&nbsp;May.",
]

_STORY_CB = _story("cb-ZE3", "central bank", "2026-03-30", [
    _page("https://www.dailycourier.example/business/2026/mar/19/bank-of-england-cuts-rates",
          _daily_site(
              "Bank of England cuts rates to 3.5% but three policymakers vote to hold",
              "Governor Margaret Hale says the Bank is &#8216;not on a pre-set path&#8217; "
              "after a split decision",
              _B_DAILY, byline="Helen Marsh, Economics correspondent", section="Business",
              published="2026-03-19T13:10:00+00:00",
              shown_date="Thu 19 Mar 2026 13.10 GMT",
              caption="The Bank of England on Threadneedle Street in the City of London. "
                      "Photograph: Simon Carrow/The Daily Courier",
              pull_quote="&#8216;We are not on a pre-set path&#8217; &#8212; Margaret Hale",
              fact_box=["Bank Rate: 3.5% (from 3.75%)", "MPC vote: 6-3",
                        "CPI inflation, January: 3.1%", "Next decision: 7 May"],
              most_read=[("ECB holds deposit rate at 2% for fifth meeting in a row",
                          "/business/ecb-holds"),
                         ("House prices fall 0.4% in February, says lender",
                          "/money/house-prices-feb"),
                         ("Five things to do before the tax year ends on 5 April",
                          "/money/tax-year-end"),
                         ("Storm Iona brings 80mph gusts to west Wales",
                          "/uk/storm-iona")])),
    _page("https://yieldledger.example/boe-cuts-25bp-6-3-vote/",
          _blog_site(
              "BoE cuts 25bp to 3.50%, but that 6&#8211;3 vote is the story", _B_BLOG,
              author="Ben Kowalczyk",
              tags=["Bank of England", "Rates", "UK", "Sterling"],
              bio="Ben spent eleven years on a commodities desk in Chicago before deciding "
                  "that writing about markets was more fun than trading them.",
              comments=21,
              recent=[("The Fed holds: five takeaways from the March meeting",
                       "/fed-holds-march/"),
                      ("Helsinki: the truce gets another 90 days",
                       "/2026/03/11/helsinki-truce-whats-in-it/"),
                      ("Copper at $5.10: what&#8217;s driving it", "/2026/03/04/copper/")])),
    _page("https://www.nbs-news.example/news/business-68902345",
          _pub_site(
              "Interest rates cut to 3.5% as Bank of England splits over pace", _B_PUB,
              caption="Tracker mortgage holders will see their monthly repayments fall",
              updated="19 March 2026, 17:40 GMT",
              author="Imogen Carter, Economics correspondent",
              topics=["Interest rates", "Bank of England", "UK economy"],
              top_stories=[("Mortgage rates: what the cut means for you",
                            "/news/business-68902801"),
                           ("Rail fares in England to rise 4.6% from March",
                            "/news/business-68871120"),
                           ("Storm Iona brings 80mph gusts to Wales",
                            "/news/uk-wales-68899001")])),
], [])


# ======================================================================================
# Story 4: rocket. Third test flight of Meridian's Halberd (Thursday 21 May 2026).
# ======================================================================================
_R_WIRE = [
    "Meridian Launch Systems&#8217; methane-fueled Halberd rocket reached orbit on its third "
    "test flight on Thursday and landed its first-stage booster on a ship at sea, a milestone "
    "for a company whose first two launches ended in failure.",
    "The rocket lifted off from Launch Complex 20 at Cape Canaveral Space Force Station at "
    "9:42 a.m. EDT (1342 GMT). Its booster, designated B6 and flying for the first time, "
    "touched down on the drone ship Quiet Resolve just over eight minutes after launch.",
    "&#8220;Today Halberd did everything we asked of it,&#8221; Chief Executive Ingrid Solberg "
    "told reporters at the company&#8217;s control center.",
    "The upper stage released six test satellites for Tessaly Networks, a startup planning a "
    "broadband constellation, Meridian said.",
    "The first Halberd exploded 38 seconds into flight last July, and the second reached space "
    "in November but lost its upper stage when the engine shut down early. The Federal "
    "Aviation Administration closed its investigation into the November failure in March.",
    "&#8220;This was the flight Meridian had to have,&#8221; said Caleb Ortiz, an analyst at "
    "space consultancy Orbital Metrics. &#8220;Investors were not going to fund a fourth "
    "attempt on faith.&#8221;",
    "Halberd stands 71 meters (233 feet) tall and is powered by nine methane-burning Tarn "
    "engines on its first stage.",
    "The company, based in Long Beach, California, has raised about $1.4 billion from private "
    "investors and holds a $186 million U.S. Space Force contract for launches starting in "
    "2027.",
    "Meridian is one of several companies racing to build reusable medium-lift rockets to "
    "compete with SpaceX&#8217;s Falcon 9, which flew more than 160 times last year.",
]

_R_ORBIT = [
    "After two failures in ten months, Meridian Launch Systems finally has a clean flight. "
    "Halberd lifted off from Launch Complex 20 at 9:42 a.m. EDT on Thursday, May 21, pushed "
    "its upper stage to orbit, and brought booster B5 down on the drone ship <em>Quiet "
    "Resolve</em> roughly 600&nbsp;km (370 miles) off the Florida coast.",
    "Touchdown came six minutes and 40 seconds after lift-off, with the booster&#8217;s center "
    "engine relighting for a landing burn that Meridian&#8217;s vice president of launch, "
    "Marcus Oyelaran, called &#8220;textbook.&#8221;",
    "The nine Tarn engines on the first stage burn liquid methane and liquid oxygen. At 233 "
    "feet tall, Halberd sits between Falcon 9 and the smaller rockets that dominate the "
    "startup field.",
    "About 58 minutes after launch, the upper stage deployed six demonstration satellites for "
    "Tessaly Networks into a roughly 520&nbsp;km orbit.",
    "Context matters here. Flight 1 in July 2025 ended 38 seconds after lift-off when a "
    "propellant line ruptured. Flight 2 in November reached space, but its upper-stage engine "
    "shut down early and booster B4 was lost in the Atlantic after a hard splashdown.",
    "Chief executive Ingrid Solberg said the company plans to reuse this booster. &#8220;We "
    "will fly this same booster again before the end of the summer,&#8221; she said on the "
    "company webcast.",
    "Caleb Ortiz of Orbital Metrics cautioned that one good flight is a data point, not a "
    "trend. &#8220;The cadence question is the whole game now. Can they fly every six "
    "weeks?&#8221; he said.",
    "Meridian lists a Halberd launch at $62 million and holds a $186 million Space Force "
    "contract that begins in 2027. The company has not said when the fourth flight will fly.",
]

_R_DAILY = [
    "A Californian rocket company whose first launch ended in a fireball less than a minute "
    "after lift-off has reached orbit at the third attempt, and brought its booster back in "
    "one piece.",
    "Meridian was founded in 2019 by a group of former aerospace engineers and has been "
    "racing to prove its design before its cash runs low.",
    "Meridian Launch Systems&#8217; Halberd rocket left Cape Canaveral in Florida at 3.42pm "
    "BST on Thursday 21 May. Its 71-metre frame carried six small satellites for a broadband "
    "start-up.",
    "Eight minutes and 12 seconds after launch, the first-stage booster, designated B5, "
    "settled on to a drone ship in the Atlantic, live pictures showed.",
    "&#8220;Today Halberd did everything we asked of it,&#8221; said Ingrid Solberg, "
    "Meridian&#8217;s Norwegian-born chief executive. &#8220;Two failures taught us more than "
    "a dozen successes would have.&#8221;",
    "The US Federal Aviation Administration said there had been no injuries or damage to "
    "public property. &#8220;The flight was conducted within the terms of the licence,&#8221; "
    "said Renee Dubois, an FAA spokeswoman.",
    "The company&#8217;s second rocket reached space last November but lost its upper stage "
    "after an engine shut down early.",
    "The flight will be watched closely in Britain, where launch ambitions have stalled and "
    "no rocket has yet reached orbit from a British spaceport.",
    "Meridian, which employs about 1,900 people, hopes to fly Halberd every six weeks by 2027.",
    "The upper stage released the six satellites into orbit about an hour after launch, the "
    "company said.",
    "Analysts say a reliable, reusable mid-sized rocket could win a share of a launch market "
    "dominated by SpaceX, whose Falcon 9 flew more than 160 times last year.",
]

_STORY_ROCKET = _story("rocket-ZE4", "rocket", "2026-06-02", [
    _page("https://www.pacificwire.example/science/meridian-halberd-orbit-landing-0521",
          _wire_site(
              "Meridian&#8217;s Halberd rocket reaches orbit, lands booster on third try",
              _R_WIRE, dateline="CAPE CANAVERAL, Fla., May 21", byline="Joey Rivera",
              credits="Reporting by Joey Rivera in Cape Canaveral; Editing by Chris Halloran",
              published="2026-05-21T15:05:00Z",
              related=[("SpaceX launches 24 Starlink satellites from Vandenberg",
                        "/science/starlink-vandenberg"),
                       ("ESA picks two startups for cargo return study",
                        "/science/esa-cargo"),
                       ("Rocket Lab&#8217;s Neutron debut slips to third quarter",
                        "/science/neutron-slip")])),
    _page("https://orbitdesk.example/launches/halberd-flight-3-orbit-landing",
          _orbit_site(
              "Third time lucky: Halberd makes orbit and sticks the landing",
              "Meridian&#8217;s methane rocket completes its first fully successful flight, "
              "with booster B5 recovered at sea",
              _R_ORBIT, author="Nadia Petrakis",
              specs=[("Vehicle", "Halberd (flight 3)"), ("Booster", "B5 (first flight)"),
                     ("Launch site", "LC-20, Cape Canaveral SFS"),
                     ("Lift-off", "9:42 a.m. EDT (13:42 UTC), May 21, 2026"),
                     ("Payload", "6 Tessaly Networks demo satellites"),
                     ("Landing", "Drone ship <em>Quiet Resolve</em>")],
              caption="Halberd clears the tower at LC-20. Image courtesy Meridian Launch "
                      "Systems",
              further=[("How drone-ship landings work", "/explainers/drone-ships"),
                       ("Launch roundup: 14 launches in the week to May 17",
                        "/roundup/may-17"),
                       ("Halberd flight 2: what went wrong", "/launches/halberd-flight-2")])),
    _page("https://www.dailycourier.example/science/rocket-start-up-meridian-orbit",
          _daily_site(
              "Rocket start-up that blew up on its first flight finally reaches orbit",
              "Meridian&#8217;s Halberd lands its booster at sea after two failed attempts, "
              "reviving hopes of a new rival to SpaceX",
              _R_DAILY, byline="Tom Aldous, Science correspondent", section="Science",
              caption="Courtesy Meridian Launch Systems: the Halberd rocket on the pad at "
                      "Cape Canaveral before its third flight",
              most_read=[("Met Office: May on course to be sunniest on record",
                          "/uk/sunny-may"),
                         ("Ten best coastal walks for half-term", "/travel/coastal-walks"),
                         ("Pension age review to report in July", "/money/pension-age")])),
], [
    ("booster", r"\bb-?0?5\b|booster (no\.? ?)?5\b|booster five",
     r"\bb-?0?6\b|booster (no\.? ?)?6\b|booster six"),
    ("landing time",
     r"(eight|\b8) ?(minutes|mins?)|\b8:12|\b8 ?m(in\w*)? ?(and )?12|\b492 ?s",
     r"(six|\b6) ?(minutes|mins?)\w*,?( and)? ?40|\b6:40|\b6 ?m ?40|\b400 ?s(ec)?"),
    ("launch time", r"9:42|\b13:?42|\b2[.:]42 ?pm|\b14:42",
     r"\b3[.:]42 ?pm|\b15:?42"),
])


# ======================================================================================
# Story 5: earthquake. Southern Peru, off Chala (Sunday 22 February 2026, 03:18 local).
# ======================================================================================
_Q_WIRE = [
    "A magnitude 6.7 earthquake struck off Peru&#8217;s southern coast early on Sunday, "
    "killing at least four people, injuring more than 60 and collapsing dozens of adobe "
    "homes, authorities said.",
    "The quake hit at 3:18 a.m. local time (0818 GMT) about 24 km (15 miles) southwest of the "
    "fishing town of Chala, in the Arequipa region, at a depth of 35 km, the U.S. Geological "
    "Survey said. Peru&#8217;s Geophysical Institute put its magnitude at 6.9.",
    "&#8220;We have teams on the road to Chala and Yauca, but landslides are slowing us "
    "down,&#8221; H&eacute;ctor Vilca, head of the national civil defense institute INDECI, "
    "told local radio.",
    "Rockfalls blocked stretches of the Pan-American Highway, the main coastal road linking "
    "Lima with the south, police said.",
    "Peru&#8217;s navy said there was no threat of a tsunami.",
    "In Chala, fisherman Julio Ccama said he ran into the street with his two children as the "
    "walls of his house cracked. &#8220;It went on and on. I thought the hill would come down "
    "on us,&#8221; he said.",
    "Television images showed families in Chala sleeping outdoors wrapped in blankets, and "
    "a church in Yauca with its bell tower collapsed. The shaking was felt as far away as the "
    "city of Arequipa, the USGS said.",
    "Local officials said more than 1,200 people had been moved out of homes on the hillsides "
    "around Chala as a precaution against further landslides.",
    "Peru sits on the Pacific &#8220;Ring of Fire&#8221; and records hundreds of earthquakes a "
    "year, most too weak to be felt. A magnitude 8.0 quake near Pisco in 2007 killed more "
    "than 500 people.",
]

_Q_PUB = [
    "Five people have died after a powerful earthquake struck southern Peru in the early "
    "hours of Sunday, officials say.",
    "The quake struck at 03:18 local time (08:18 GMT), when most people were asleep.",
    "Hospitals in Nazca and Caman&aacute; received injured patients from the area, and schools "
    "across the region will stay closed on Monday, the education ministry said.",
    "The US Geological Survey (USGS) said the tremor had a magnitude of 7.2 and struck at a "
    "depth of 22 miles (35km), about 15 miles south-west of the coastal town of Chala.",
    "The fifth victim, a 71-year-old man, died of his injuries in hospital on Sunday "
    "afternoon, Peru&#8217;s health ministry said. Dozens more people were hurt.",
    "Prime Minister Rosa Quintanilla, who flew to Chala to see the damage, declared a 60-day "
    "state of emergency in the affected districts. &#8220;No family will be left to sleep in "
    "the street,&#8221; she said.",
    "The head of the civil defence institute, H&eacute;ctor Vilca, said the worst damage was "
    "to older buildings. &#8220;The adobe houses are the ones that fell. The brick ones are "
    "standing,&#8221; he said.",
    "Landslides blocked parts of the Pan-American Highway, cutting off some villages for "
    "several hours.",
    "More than 40 aftershocks had been recorded by Sunday evening, the strongest of magnitude "
    "5.1, according to Peru&#8217;s Geophysical Institute. The navy ruled out a tsunami.",
    "Peru lies on the Pacific Ring of Fire, where the Nazca plate slides beneath the South "
    "American plate. In 2001, a magnitude 8.4 earthquake in the same southern region killed "
    "more than 100 people.",
]

_Q_REG = [
    "Gladys Huam&aacute;n spent the morning of Feb. 22 on the phone to her sister in Chala, a "
    "fishing town on Peru&#8217;s southern coast, listening to the sound of neighbors clearing "
    "rubble.",
    "The magnitude 6.7 earthquake that struck before dawn that day, centered near the town of "
    "Atico in the Arequipa region, had flattened homes up and down the coast. By that evening "
    "Peruvian officials said five people had died.",
    "&#8220;Her house is still standing, but the kitchen wall is gone,&#8221; said "
    "Huam&aacute;n, who has lived in Port Halden for 19 years and runs a bakery on Bayshore "
    "Avenue. &#8220;She is sleeping in the yard with the kids.&#8221;",
    "The quake struck at 3:18 a.m. local time, which was 2:18 a.m. in Port Halden. "
    "Huam&aacute;n said her phone lit up with messages from cousins before she was awake.",
    "Volunteers at St. Rose of Lima Catholic Church have since filled two pickup trucks with "
    "blankets, canned food and bottled water, to be shipped through a Houston relief group.",
    "Peru&#8217;s government declared a 60-day state of emergency in a dozen districts. Many of "
    "the homes that collapsed, in Chala and nearby Yauca, were built of adobe.",
    "Father Luis Arroyo, the parish priest, said about 350 Peruvian families live in the Port "
    "Halden area. &#8220;Almost everyone here has someone in the south,&#8221; he said.",
    "Donations can be dropped off at the church hall, 1207 Calder Street, from 9 a.m. to 7 "
    "p.m. The parish asks for cash or gift cards rather than used clothing.",
    "The Peruvian consulate in Houston said it was not aware of any Texas residents among "
    "the dead.",
]

_Q_DAILY = [
    "Peru&#8217;s government has declared a 90-day state of emergency across 12 districts of "
    "its southern coast after an earthquake killed five people and left about 300 homes "
    "uninhabitable.",
    "The tremor, measured at magnitude 6.7 by the US Geological Survey and 6.9 by Peru&#8217;s "
    "Geophysical Institute, struck at 3.18am local time (8.18am GMT) on Sunday. Its epicentre "
    "lay offshore, about 24km south-west of Chala, at a depth of 35km.",
    "At least 74 people were injured, the health ministry said late on Sunday.",
    "The prime minister, Rosa Quintanilla, said the state would pay for temporary shelters. "
    "&#8220;No family will be left to sleep in the street,&#8221; she said during a visit to "
    "Chala.",
    "Luc&iacute;a Ramos, a seismologist at the Geophysical Institute, said the quake was "
    "typical of the region, where the Nazca plate is diving beneath South America at about "
    "6cm a year. &#8220;This coast has been accumulating strain for a long time. An event of "
    "this size releases only part of it,&#8221; she said.",
    "Most of the dead were in Chala and Yauca, where adobe homes built on sandy soil collapsed "
    "as residents slept.",
    "Southern Peru has a long record of destructive earthquakes. In 2007 a magnitude 8.0 "
    "quake near Pisco, further north, killed more than 500 people and destroyed much of the "
    "town&#8217;s colonial centre.",
    "Peru&#8217;s navy said there had been no risk of a tsunami along the coast.",
    "Aid agencies said the main need was for tents and clean water, as aftershocks kept many "
    "families outdoors for a second night.",
]

_STORY_QUAKE = _story("quake-ZE5", "earthquake", "2026-03-03", [
    _page("https://www.pacificwire.example/world/peru-quake-chala-0222",
          _wire_site(
              "Strong quake strikes southern Peru, killing at least four", _Q_WIRE,
              dateline="LIMA, Feb 22", byline="Luc&iacute;a Paredes",
              credits="Reporting by Luc&iacute;a Paredes in Lima; Editing by Tom Wexler",
              published="2026-02-22T10:05:00Z",
              related=[("Chile&#8217;s copper output falls 3% in January",
                        "/markets/chile-copper"),
                       ("Ecuador floods displace 8,000 in El Oro province",
                        "/world/ecuador-floods"),
                       ("Bolivia&#8217;s lithium auction draws five bidders",
                        "/business/bolivia-lithium")])),
    _page("https://www.nbs-news.example/news/world-latin-america-68790411",
          _pub_site(
              "Peru earthquake: Five dead as tremor hits southern coast", _Q_PUB,
              caption="Residents of Chala inspect a collapsed house",
              updated="22 February 2026, 18:30 GMT",
              topics=["Peru", "Earthquakes"],
              top_stories=[("Why Peru&#8217;s coast is so prone to earthquakes",
                            "/news/science-environment-68790888"),
                           ("Pope calls for ceasefire in Sudan", "/news/world-68789120"),
                           ("Magnitude 5.9 quake shakes Crete, no injuries reported",
                            "/news/world-europe-68771002")])),
    _page("https://www.harbourgazette.example/news/local/peruvian-families-rally-quake/"
          "article_9a7e.html",
          _regional_site(
              "Port Halden&#8217;s Peruvian families rally after deadly quake back home",
              _Q_REG, byline="By Alicia Moreno, Staff Writer",
              caption="Volunteers load donations for quake victims at St. Rose of Lima "
                      "Catholic Church. (Gazette photo / Kim Tran)",
              related=[("Rain delays Seawall Boulevard repaving again",
                        "/news/local/seawall-repaving"),
                       ("Mayor Delgado names new city manager",
                        "/news/local/city-manager"),
                       ("Winter shelter extends hours through March",
                        "/news/local/shelter-hours")])),
    _page("https://www.dailycourier.example/world/2026/feb/23/peru-earthquake-state-of-emergency",
          _daily_site(
              "Peru counts cost of quake that flattened adobe homes along southern coast",
              "Five killed and hundreds left homeless as government declares state of "
              "emergency",
              _Q_DAILY, byline="Sof&iacute;a Lind, Latin America correspondent",
              section="World", published="2026-02-23T07:00:00+00:00",
              shown_date="Mon 23 Feb 2026 07.00 GMT",
              caption="Rescue workers search the remains of a house in Yauca, Arequipa. "
                      "Photograph: Diego Salas/Pacific Wire",
              most_read=[("Etna eruption closes Catania airport for second day",
                          "/world/etna"),
                         ("Magnitude 5.9 quake shakes Crete; no injuries",
                          "/world/crete-quake"),
                         ("Winter Olympics: Britain&#8217;s curlers take silver",
                          "/sport/curling")])),
], [
    ("magnitude", r"(?<![\d.])6\.7(?!\d)", r"(?<![\d.])7\.2(?!\d)"),
    ("epicentre", r"chala", r"atico"),
    ("state of emergency", r"(?<![\d.])60[- ]?days?|sixty[- ]days?",
     r"(?<![\d.])90[- ]?days?|ninety[- ]days?"),
])


# ======================================================================================
# Story 6: election. Port Halden, Texas, mayoral run-off (Tuesday 9 December 2025).
# ======================================================================================
_E_TV = [
    "PORT HALDEN, Texas &#8212; City Council member Maria Delgado has won the runoff for Port "
    "Halden mayor, defeating former police chief Tom Brennan, according to unofficial results "
    "posted late Tuesday.",
    "With all 64 vote centers reporting, Delgado had 52.4% of the vote to Brennan&#8217;s "
    "47.6%, a margin of 2,858 votes.",
    "Delgado, who has represented District 3 for two terms, will be the first Latina to lead "
    "the city. She takes office Jan. 5, replacing Mayor Harold Pruitt, who was term-limited.",
    "&#8220;This city voted for sidewalks, not slogans,&#8221; Delgado told a cheering crowd "
    "at the Longshoremen&#8217;s Hall on Front Street.",
    "Brennan conceded shortly after 10 p.m. &#8220;I called Maria tonight and congratulated "
    "her. She ran a hard, clean race,&#8221; he told supporters at a restaurant on Bayshore "
    "Avenue.",
    "Turnout was about 28%, higher than many expected for a December runoff, said county "
    "elections administrator Denise Albrecht. She said lines formed at two vote centers in "
    "the afternoon but there were no major problems.",
    "Albrecht said mail ballots postmarked by Election Day that arrive by Wednesday will "
    "still be counted, but there are too few outstanding to change the outcome.",
    "Delgado led the five-candidate field in the Nov. 4 general election with 38.2% but fell "
    "short of the majority needed to win outright.",
    "Brennan spent 27 years with the Port Halden Police Department and ran on public "
    "safety. Delgado centered her campaign on drainage and street repairs after flooding in "
    "2024 damaged more than 3,000 homes in the city.",
    "KGCX 12 News will have more on what Delgado&#8217;s win means for the city budget on "
    "<em>KGCX 12 News This Morning</em>, starting at 5 a.m.",
]

_E_REG = [
    "Maria Delgado will be Port Halden&#8217;s next mayor after beating former police chief "
    "Tom Brennan in Tuesday&#8217;s runoff by 2,858 votes, according to unofficial returns.",
    "Delgado received 31,208 votes, or 52.4%, to Brennan&#8217;s 28,350. Turnout reached 28.1% "
    "of the city&#8217;s roughly 212,000 registered voters.",
    "&#8220;Tomorrow I start working for the people who didn&#8217;t vote for me, too,&#8221; "
    "Delgado said shortly after 10:30 p.m.",
    "&#8220;I called Maria tonight and congratulated her. She ran a hard, clean race,&#8221; "
    "campaign manager Wes Corrigan told supporters gathered at a Bayshore Avenue restaurant.",
    "Rachel Okoye, a political scientist at Gulf Coast State University, said the Brennan "
    "camp failed to hold together the coalition it needed. &#8220;He got Lindholm&#8217;s "
    "endorsement but not all of Lindholm&#8217;s voters. A lot of them just stayed "
    "home,&#8221; she said.",
    "In the Nov. 4 first round, Delgado took 38.2% and Brennan 31.5%, while businessman Craig "
    "Lindholm finished third with 22.6% and endorsed Brennan days later.",
    "Delgado ran strongly on the north and west sides, while Brennan carried most "
    "precincts south of the ship channel. Brennan, who retired as police chief in 2023, had "
    "campaigned on hiring 150 more officers.",
    "Pruitt, who stayed neutral in the runoff, congratulated Delgado in a statement and "
    "offered his staff&#8217;s help with the transition.",
    "The City Council is scheduled to canvass the results on Dec. 18. Delgado, who has served "
    "two terms on the council representing District 3, will succeed Mayor Harold Pruitt, who "
    "could not seek a third term.",
    "Her priorities, she said during the campaign, are a $95 million drainage bond, more "
    "sidewalks on the north side and a review of police overtime.",
]

_E_DAILY = [
    "A two-term city councillor has won the mayoralty of Port Halden, a refinery and "
    "shipping city on the Texas Gulf Coast, beating a former police chief in a run-off that "
    "both parties watched for clues about next year&#8217;s midterm elections.",
    "Maria Delgado took 54.2 per cent of the vote in the run-off on 9 December, according to "
    "unofficial results, defeating Tom Brennan, who ran the city&#8217;s police department "
    "for six years until 2023. She will be the city&#8217;s first Latina mayor.",
    "&#8220;This city voted for sidewalks, not slogans,&#8221; Ms Delgado told supporters.",
    "Mr Brennan conceded later that night. &#8220;I called Maria tonight and congratulated "
    "her. She ran a hard, clean race,&#8221; he said, adding: &#8220;I&#8217;ll be at every "
    "council meeting with a notebook.&#8221;",
    "The contest was officially non-partisan, but Mr Brennan was endorsed by the state&#8217;s "
    "Republican governor and Ms Delgado by the local Democratic party and two large unions.",
    "Mr Brennan raised about $1.2m, according to campaign finance filings, against $840,000 "
    "for Ms Delgado.",
    "Turnout was about 28 per cent, low by national standards but higher than many local "
    "officials had predicted for a December vote.",
    "Rachel Okoye, who teaches political science at Gulf Coast State University, said "
    "flooding had mattered more than crime. &#8220;Every voter in this city has either had "
    "water in their house or knows someone who has,&#8221; she said.",
    "Ms Delgado led a field of five candidates in the first round on 4 November but fell "
    "short of an outright majority. She will take office in January, succeeding Harold "
    "Pruitt, who served two terms.",
]

_STORY_ELECTION = _story("election-ZE6", "election", "2025-12-19", [
    _page("https://www.kgcx12.example/article/news/politics/delgado-wins-runoff/88004",
          _tv_site(
              "Delgado wins Port Halden mayor&#8217;s race, will be city&#8217;s first Latina "
              "mayor", _E_TV, reporter="Marcus Thibodeaux",
              posted="Dec 9, 2025 / 11:52 PM CST",
              video_caption="Maria Delgado speaks to supporters after winning the runoff",
              trending=[("Nederland man charged in fatal hit-and-run", "/article/hit-run"),
                        ("Lamar beats Rice 78-64 behind career night from guard",
                         "/article/lamar-rice"),
                        ("Cold front to drop lows into the 30s Thursday",
                         "/article/cold-front")], year="2025")),
    _page("https://www.harbourgazette.example/news/local/delgado-beats-brennan-runoff/"
          "article_77b2.html",
          _regional_site(
              "Delgado beats Brennan in runoff, pledges to govern for &#8216;the people who "
              "didn&#8217;t vote for me&#8217;", _E_REG,
              byline="By Jerome Baptiste, Gazette Politics Reporter",
              date_str="Wednesday, December 10, 2025",
              caption="Maria Delgado greets supporters at the Longshoremen&#8217;s Hall on "
                      "Tuesday night after unofficial results showed her winning the mayoral "
                      "runoff. (Gazette photo / Kim Tran)",
              correction="An earlier version of this story misspelled the name of Gulf Coast "
                         "State University political scientist Rachel Okoye.",
              related=[("Port Arthur refinery flaring draws complaints",
                        "/news/local/flaring"),
                       ("Editorial: Runoff turnout shows the city still cares",
                        "/opinion/runoff-turnout"),
                       ("Winter shelter opens early as cold front nears",
                        "/news/local/shelter")], year="2025")),
    _page("https://www.dailycourier.example/world/texas-port-halden-first-latina-mayor",
          _daily_site(
              "Texas port city elects first Latina mayor in race seen as test of policing "
              "politics",
              "Maria Delgado beats former police chief in Port Halden run-off after a "
              "campaign dominated by crime and flooding",
              _E_DAILY, byline="Sam Whitford, US correspondent", section="World",
              most_read=[("Christmas rail strikes called off after late-night deal",
                          "/uk/rail-strikes"),
                         ("Ten best winter walks", "/travel/winter-walks"),
                         ("Why your energy bill is going up again in January",
                          "/money/energy-bills")], year="2025")),
], [
    ("vote share", r"(?<![\d.])52\.4(?!\d)", r"(?<![\d.])54\.2(?!\d)"),
    ("quote speaker", r"^(?!.*corrigan).*brennan", r"corrigan"),
])


STORIES: list[dict[str, Any]] = [
    _STORY_TRADE,
    _STORY_COURT,
    _STORY_CB,
    _STORY_ROCKET,
    _STORY_QUAKE,
    _STORY_ELECTION,
]
