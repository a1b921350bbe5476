"""Story battery, part WJ (web pages).

Part WJ of the story battery (web pages), written by engineer WJ1 on 2026-12-06 (sixteenth
session, sixth batch) without reading Storyline's rules or other parts, before any run;
scored with `bench/bench_story_battery.py WJ`.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by four invented outlets whose whole HTML pages come from the site templates below. The
central-bank story is the control story (no planted disagreement). Precision traps: a
print-edition page with a correction appended, explainer boxes with historical figures,
reader-comment sections under articles, old and other stories in sidebars, time zones, unit
conversions, updated counts on dated pages; about half of the pages carry no date at all.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WJ", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _ps(text: str) -> list[str]:
    """Split a block of text into paragraphs at blank lines (lines of one paragraph joined)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append(" ".join(line.strip() for line in block.strip().splitlines()))
    return out


def _li(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="/a/{i + 4410}">{h}</a></li>'
                     for i, h in enumerate(items))


# ---------------------------------------------------------------------------------------------
# Site templates (one per kind of outlet)
# ---------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, credit: str,
               published: str | None = None, visible_date: str | None = None,
               updated: str | None = None, most_read: tuple[str, ...] = (),
               section: str = "World", site: str = "Pacific Wire") -> str:
    """A wire service: <article>, dateline on the lead, JSON-LD, 'Most read' rail."""
    head_meta = f'<meta property="og:site_name" content="{site}">\n'
    if published:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published, "author": {"@type": "Person", "name": byline},
              "publisher": {"@type": "Organization", "name": site}}
        head_meta += ('<script type="application/ld+json">' + json.dumps(ld)
                      + "</script>\n")
    body = [f'<p class="pw-p">{dateline} ({site}) &mdash; {paras[0]}</p>']
    body += [f'<p class="pw-p">{p}</p>' for p in paras[1:]]
    date_html = ""
    if visible_date:
        date_html = f'<time class="pw-time" datetime="{published or ""}">{visible_date}</time>'
    upd = f'<div class="pw-updated">Updated {updated}</div>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
{head_meta}<link rel="stylesheet" href="/static/pw.3f2a1.css">
</head>
<body class="pw pw-article">
<a class="pw-skip" href="#main">Skip to main content</a>
<header class="pw-header">
<div class="pw-logo"><a href="/">{site.upper()}</a></div>
<nav class="pw-nav" aria-label="Sections">
<ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
<li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/pictures">Pictures</a></li></ul>
</nav>
<div class="pw-account"><a href="/login">Sign in</a> <a href="/register">Register</a></div>
</header>
<main id="main" class="pw-main">
<div class="pw-crumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{section}</a>
</div>
<article class="pw-story">
<header class="pw-story-head">
<h1 class="pw-headline">{title}</h1>
<div class="pw-byline">By <a href="/authors/{byline.split()[0].lower()}">{byline}</a></div>
{date_html}
</header>
<div class="pw-share"><a href="#fb">Share on Facebook</a> <a href="#x">Tweet</a>
<a href="#copy">Copy link</a></div>
<div class="pw-body">
{chr(10).join(body)}
<p class="pw-credit">{credit}</p>
</div>
{upd}
<div class="pw-trust">Our Standards: <a href="/trust">The {site} Trust Principles.</a></div>
</article>
<aside class="pw-rail">
<h2 class="pw-rail-title">Most read</h2>
<ol class="pw-mostread">
{_li(most_read)}
</ol>
</aside>
</main>
<footer class="pw-footer">
<p>Get our daily briefing: <a href="/newsletters">Sign up for the {site} Daily</a></p>
<p>&copy; 2025 {site}. All rights reserved. Quotes delayed at least 15 minutes.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot;
<a href="/terms">Terms of Use</a> &middot; <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, site: str, host_section: str, kicker: str,
                dek: str, byline: str, published: str | None = None,
                visible_date: str | None = None, read_more: str = "",
                most_read: tuple[str, ...] = (), free_left: int = 2) -> str:
    """A national daily: nested <div> soup, styled-div headline, cookie banner, ads, paywall."""
    meta = f'<meta property="og:site_name" content="{site}">\n'
    meta += f'<meta property="og:title" content="{title}">\n'
    if published:
        meta += f'<meta property="article:published_time" content="{published}">\n'
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<p class="sl-para">{p}</p>')
        if i == 1 and read_more:
            parts.append('<div class="sl-inline-rm"><strong>Read more:</strong> '
                         f'<a href="/{host_section}/rm-2291">{read_more}</a></div>')
        if i % 3 == 2 and i < len(paras) - 1:
            parts.append('<div class="sl-ad" data-slot="mid-' + str(i) + '">'
                         '<div class="sl-ad-label">Advertisement</div>'
                         '<div class="sl-ad-box"></div></div>')
    ts = f'<span class="sl-ts">{visible_date}</span>' if visible_date else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - {site}</title>
{meta}<meta name="description" content="{dek}">
</head>
<body>
<div id="cc-banner" class="cc-wrap"><div class="cc-inner"><div class="cc-text">We and our
partners use cookies to personalise content and ads and to analyse our traffic. You can change
your choices at any time by clicking &lsquo;Privacy settings&rsquo;.</div>
<div class="cc-buttons"><button class="cc-accept">Accept all</button>
<button class="cc-manage">Manage preferences</button></div></div></div>
<div class="sl-site">
<div class="sl-masthead"><div class="sl-top-links"><a href="/subscribe">Subscribe</a> |
<a href="/login">Log in</a> | <a href="/epaper">Today&#8217;s paper</a></div>
<div class="sl-logo"><a href="/">{site}</a></div>
<div class="sl-nav"><div class="sl-nav-item"><a href="/news">News</a></div>
<div class="sl-nav-item"><a href="/politics">Politics</a></div>
<div class="sl-nav-item"><a href="/business">Business</a></div>
<div class="sl-nav-item"><a href="/world">World</a></div>
<div class="sl-nav-item"><a href="/opinion">Opinion</a></div>
<div class="sl-nav-item"><a href="/lifestyle">Life &amp; Style</a></div></div></div>
<div class="sl-grid"><div class="sl-col-main"><div class="sl-story">
<div class="sl-kicker"><a href="/{host_section}">{kicker}</a></div>
<div class="sl-hed" style="font-family:Georgia,serif;font-size:2.4em;font-weight:700">{title}
</div>
<div class="sl-dek">{dek}</div>
<div class="sl-byline-row"><span class="sl-by">By {byline}</span> {ts}</div>
<div class="sl-share"><a href="#" class="fb">Share on Facebook</a>
<a href="#" class="tw">Tweet</a> <a href="#" class="em">Email</a>
<a href="#" class="cp">Copy link</a></div>
<div class="sl-body"><div class="sl-body-inner">
{chr(10).join(parts)}
</div></div>
<div class="sl-paywall"><div class="sl-paywall-msg">You have {free_left} free articles left
this month.</div><div class="sl-paywall-cta">Subscribe from $1 a week. Cancel anytime.
<a href="/subscribe">Subscribe now</a></div></div>
<div class="sl-comments-teaser"><a href="#comments">View comments</a></div>
</div></div>
<div class="sl-col-side"><div class="sl-ad sl-ad-mpu"><div class="sl-ad-label">Advertisement
</div></div><div class="sl-mostread"><div class="sl-mr-title">Most read</div>
<ol>
{_li(most_read, "sl-mr")}
</ol></div>
<div class="sl-newsletter"><div class="sl-nl-title">The Morning Edition</div>
<div>The day&#8217;s top stories, in your inbox before 7am.</div>
<input type="email" placeholder="Your email"> <button>Sign up</button></div></div></div>
<div class="sl-footer"><div>&copy; 2025 {site} Ltd. All rights reserved.</div>
<div><a href="/about">About us</a> | <a href="/contact">Contact</a> |
<a href="/terms">Terms</a> | <a href="/privacy">Privacy settings</a> |
<a href="/advertise">Advertise with us</a></div></div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, station: str, callsign: str, city: str,
             weather: str, byline: str, video: str, trending: tuple[str, ...] = ()) -> str:
    """A local TV station: <br>-separated text, video box, weather bar, no date metadata."""
    text = "<br><br>\n".join(paras)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} | {station}</title>
<meta name="viewport" content="width=device-width">
<script src="/js/player.min.js"></script>
</head>
<body class="tv-site">
<div id="tv-topbar"><span class="tv-live"><a href="/live">&#9679; Watch Live</a></span>
<span class="tv-wx">{city}: {weather}</span>
<span class="tv-links"><a href="/weather">Weather</a> <a href="/traffic">Traffic</a>
<a href="/contests">Contests</a> <a href="/tips">Send us a tip</a></span></div>
<div id="tv-header"><a href="/"><img src="/img/logo.png" alt="{station}"></a>
<ul class="tv-menu"><li><a href="/news">News</a></li><li><a href="/local">Local</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/community">Community</a></li><li><a href="/shows">Shows</a></li></ul></div>
<div class="tv-wrap"><div class="tv-left">
<h2 class="tv-headline">{title}</h2>
<div class="tv-meta">By {byline} &bull; {callsign}</div>
<div class="tv-video"><div class="tv-video-label">&#9654; WATCH: {video}</div>
<div class="tv-video-frame" data-player="jw"></div></div>
<div class="tv-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a> <a href="#">Copy link</a></div>
<div id="story-text" class="tv-text">
{text}
</div>
<div class="tv-app">Download the {station} app for breaking news alerts.</div>
</div>
<div class="tv-right"><div class="tv-trending"><b>Trending on {station}</b>
<ul>
{_li(trending)}
</ul></div>
<div class="tv-ad">Advertisement</div></div></div>
<div class="tv-footer">&copy; 2025 {station}. All rights reserved.<br>
<a href="/fcc">Public File</a> | <a href="/eeo">EEO Report</a> |
<a href="/closed-captioning">Closed Captioning</a> | <a href="/privacy">Privacy Policy</a>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, blog: str, tagline: str, author: str,
               post_id: int, bio: str, tags: tuple[str, ...],
               comments: tuple[tuple[str, str, str], ...], recent: tuple[str, ...],
               date_iso: str | None = None, date_visible: str | None = None) -> str:
    """A WordPress blog: entry-content, author bio, tags, reader comments, sidebar widgets."""
    posted = ""
    if date_visible:
        posted = ('<span class="posted-on">Posted on <a href="#" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{date_iso or ""}">'
                  f"{date_visible}</time></a></span>")
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    com = []
    for i, (who, when, txt) in enumerate(comments):
        com.append(f'<li id="comment-{post_id * 10 + i}" class="comment even thread-even">'
                   f'<article class="comment-body"><footer class="comment-meta">'
                   f'<div class="comment-author vcard"><b class="fn">{who}</b> '
                   f'<span class="says">says:</span></div>'
                   f'<div class="comment-metadata">{when}</div></footer>'
                   f'<div class="comment-content"><p>{txt}</p></div>'
                   f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a>'
                   f"</div></article></li>")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {blog}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='twentysixteen-style-css'
 href='/wp-content/themes/twentysixteen/style.css?ver=20231107' media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">{blog}</a></p>
<p class="site-description">{tagline}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about/">About</a>
</li><li class="menu-item"><a href="/archives/">Archives</a></li>
<li class="menu-item"><a href="/newsletter/">Newsletter</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{post_id}"
 class="post-{post_id} post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{author.split()[-1].lower()}/">{author}</a></span></span>
</div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/analysis/">
Analysis</a></span> <span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a href="#" class="share-facebook">Share on Facebook</a></li>
<li><a href="#" class="share-twitter">Tweet</a></li><li><a href="#">Copy link</a></li>
<li><a href="#">Print</a></li></ul></div>
<div class="author-info"><div class="author-description"><h2 class="author-title">
<span class="author-heading">Author:</span> {author}</h2>
<p class="author-bio">{bio}</p></div></div>
<div id="comments" class="comments-area">
<h2 class="comments-title">{len(comments)} thoughts on &ldquo;{title}&rdquo;</h2>
<ol class="comment-list">
{chr(10).join(com)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Leave a Reply</h3><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></div>
</div>
</main></div>
<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get">
<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form>
</section>
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>
{_li(recent)}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Subscribe</h2>
<div class="textwidget"><p>Get new posts by email. No spam, unsubscribe any time.</p></div>
</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">
<span class="site-title"><a href="/" rel="home">{blog}</a></span>
<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div>
</footer>
</div>
</body>
</html>
"""


def _broadcaster_site(title: str, paras: list[str], *, name: str, short: str, byline: str,
                      caption: str, related: tuple[str, ...], box_title: str = "",
                      box_items: tuple[str, ...] = (), box_after: int = 3,
                      published: str | None = None, visible_date: str | None = None,
                      topics: tuple[str, ...] = ()) -> str:
    """A public broadcaster: <main><article>, <h1>, figure before the lead, fact box aside."""
    meta = f'<meta property="og:site_name" content="{name}">\n'
    if published:
        meta += f'<meta property="article:published_time" content="{published}">\n'
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
        if box_items and i == box_after:
            items = "\n".join(f"<li>{b}</li>" for b in box_items)
            blocks.append(f'<aside class="factbox" data-component="factbox">'
                          f"<h2>{box_title}</h2>\n<ul>\n{items}\n</ul></aside>")
    date_html = ""
    if visible_date:
        date_html = f'<time datetime="{published or ""}">{visible_date}</time>'
    topic_html = " ".join(f'<a href="/news/topics/{t.lower().replace(" ", "-")}">{t}</a>'
                          for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - {short} News</title>
{meta}</head>
<body>
<a href="#main-content" class="skip-link">Skip to content</a>
<div id="consent" class="consent-banner"><p>Let us know you agree to cookies</p>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header role="banner"><div class="brand"><a href="/">{name}</a></div>
<nav class="global-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/radio">Radio</a></li><li><a href="/tv">TV</a></li></ul></nav>
<nav class="news-nav"><ul><li><a href="/news/world">World</a></li>
<li><a href="/news/business">Business</a></li><li><a href="/news/science">Science</a></li>
<li><a href="/news/politics">Politics</a></li><li><a href="/news/in-pictures">In Pictures</a>
</li></ul></nav></header>
<main id="main-content" role="main">
<article>
<header><h1 id="main-heading">{title}</h1>
{date_html}
<div class="byline"><span class="contributor">{byline}</span></div></header>
<figure><img src="/images/ic/976x549/p0k7a2.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
{chr(10).join(blocks)}
</article>
<section class="topics"><h2>Related topics</h2>{topic_html}</section>
<section class="more"><h2>More on this story</h2>
<ul>
{_li(related)}
</ul></section>
</main>
<footer role="contentinfo"><ul><li><a href="/terms">Terms of Use</a></li>
<li><a href="/about">About the {short}</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility Help</a></li>
<li><a href="/contact">Contact the {short}</a></li></ul>
<p>Copyright &copy; 2025 {name}. The {short} is not responsible for the content of external
sites. <a href="/external">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, paper: str, dek: str, byline: str,
                   edition: str, print_note: str, correction: str, ads: tuple[str, ...],
                   popular: tuple[str, ...], address: str) -> str:
    """A regional paper with heavy ads: table layout, print-edition note, correction appended."""
    rows = []
    for i, p in enumerate(paras):
        rows.append(f"<p>{p}</p>")
        if i % 2 == 1 and i < len(paras) - 1:
            ad = ads[(i // 2) % len(ads)]
            rows.append('<div class="ad-inline"><font size="1">ADVERTISEMENT</font><br>'
                        f"{ad}</div>")
    return f"""<html>
<head>
<title>{title} | {paper}</title>
<meta name="description" content="{dek}">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
</head>
<body bgcolor="#ffffff" topmargin="0">
<div class="ad-leaderboard"><font size="1">Advertisement</font><br>{ads[0]}</div>
<table width="100%" cellpadding="0" cellspacing="0" class="hdr"><tr>
<td><a href="/"><img src="/img/masthead.gif" alt="{paper}"></a></td>
<td align="right"><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> |
<a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a></td></tr></table>
<table width="100%" cellpadding="4" class="layout"><tr>
<td class="nav" width="160" valign="top"><b>Sections</b><br><a href="/news">Local News</a><br>
<a href="/business">Business</a><br><a href="/sports">Sports</a><br><a href="/opinion">
Opinion</a><br><a href="/weather">Weather</a><br><a href="/events">Events</a><br>
<a href="/jobs">Jobs</a></td>
<td class="main" valign="top">
<div class="edition-note">{edition}</div>
<span class="storyhead"><font size="5"><b>{title}</b></font></span><br>
<span class="deck"><i>{dek}</i></span><br>
<span class="byline">By {byline}</span><br>
<div class="storybody">
{chr(10).join(rows)}
</div>
<div class="printnote"><i>{print_note}</i></div>
<div class="correction"><b>Correction:</b> {correction}</div>
<div class="subscribe-box">Support local journalism. Subscribe to the {paper} for
unlimited digital access and home delivery. <a href="/subscribe">Start today</a></div>
</td>
<td class="rail" width="300" valign="top">
<div class="ad-rail"><font size="1">Advertisement</font><br>{ads[-1]}</div>
<div class="popular"><b>Most popular</b><ol>
{_li(popular)}
</ol></div>
<div class="ad-rail"><font size="1">Advertisement</font><br>Place a classified ad online
24/7.</div>
</td></tr></table>
<div class="footer">{paper} &middot; {address}<br>&copy; 2025 {paper}. All rights
reserved. Use of this site constitutes acceptance of our User Agreement.</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

_TRADE_WIRE = _ps("""
The United States and China agreed on Tuesday on a framework to extend their tariff truce by a
year, the two sides said after nearly nine hours of talks on the second day of negotiations in
the Danish capital, easing fears of a renewed escalation between the world&#8217;s two largest
economies.

Under the outline, Washington would cut an additional tariff it imposed on Chinese goods over
fentanyl flows to 10% from 20%, while Beijing would pause for one year a sweeping licensing
regime for rare-earth exports that it announced in October, U.S. Treasury Secretary Scott
Bessent told reporters.

China would also buy 12 million tonnes of U.S. soybeans before the end of this year and at
least 25 million tonnes a year from 2026 through 2028, Bessent said.

&#8220;We now have a framework that both leaders can sign off on,&#8221; Bessent said outside
the Eigtveds Pakhus conference centre, where the delegations met on Monday and Tuesday. He was
joined by U.S. Trade Representative Jamieson Greer.

China&#8217;s delegation was led by Vice Premier He Lifeng. Li Chenggang, Beijing&#8217;s
international trade representative, described the talks as &#8220;candid, in-depth and
constructive&#8221; and said both teams would now seek approval from their leaders.

The truce, first agreed in Geneva in May, had been due to expire on Monday. The Geneva deal
lowered U.S. duties on Chinese imports from 145% to 30% and China&#8217;s retaliatory levies on
American goods from 125% to 10%. Later rounds in London, Stockholm and Madrid kept it alive.

Neither side released a written text on Tuesday. A U.S. official, who asked not to be named
because the matter is sensitive, said lawyers still had to &#8220;paper&#8221; the framework
and that export controls on advanced chips had not been discussed.

President Donald Trump is expected to visit Beijing in April, and officials on both sides have
said they hope to have a signed agreement before then.
""")

_TRADE_DAILY = _ps("""
American and Chinese negotiators emerged from two days of talks in Copenhagen with an outline
agreement that would keep a fragile tariff truce in place for another 12 months and ease two of
the sharpest irritants in the relationship.

Under the framework, the United States would lower the tariff it levies on Chinese imports over
fentanyl trafficking from 20 percent to 10 percent. China, for its part, would suspend for a
year the export-licensing rules on rare earths and magnets that rattled manufacturers from
Detroit to Stuttgart last month.

Treasury Secretary Scott Bessent, who led the American team alongside Trade Representative
Jamieson Greer, called it &#8220;a framework the two presidents can sign off on.&#8221; Vice
Premier He Lifeng headed the Chinese side, as he has at every round since the spring.

Farm-state lawmakers will look closely at the agricultural terms. According to Mr. Bessent,
China has agreed to purchase <strong>12 million metric tons</strong> of American soybeans by
the end of December, and 25 million tons annually over the following three years. Chinese
buyers had shunned this autumn&#8217;s American harvest, leaving growers in Iowa and Illinois
with bulging bins.

The talks were held at Eigtveds Pakhus, a restored 18th-century warehouse on the Copenhagen
waterfront that Denmark&#8217;s foreign ministry uses for conferences. Danish officials played
no part in the negotiations beyond hosting them.

The truce dates back to May, when negotiators meeting in Geneva agreed to roll back the
triple-digit tariffs the two countries had imposed on each other during an April standoff.
American duties on Chinese goods fell to 30 percent from 145 percent at the time.

Critics in Washington were unimpressed. &#8220;We keep buying time and calling it a
strategy,&#8221; said Representative Alan Marsh, a Republican member of the House select
committee on China.

Economists were more charitable. Hana Kol&aacute;&#345;ov&aacute;, chief economist at Lindqvist
Capital in New York, said the deal removed the risk of an abrupt tariff spike heading into the
holiday shipping season, though &#8220;the hard questions about chips and subsidies have simply
been postponed.&#8221;

President Trump plans to travel to Beijing in April. Officials on both sides say they want a
signed text before that visit.
""")

_TRADE_BLOG = _ps("""
Markets got the headline they wanted on Tuesday: the U.S.&ndash;China tariff truce survives
another year. After a second day of talks in Copenhagen that ran about six hours, Treasury
Secretary Scott Bessent said the two sides had a &#8220;framework&#8221; ready for Donald
Trump and Xi Jinping to approve.

Here is what we know, and what we don&#8217;t.

<strong>The fentanyl tariff gets cut in half.</strong> The extra 20% duty Washington slapped on
Chinese goods over fentanyl would drop to 10%. That is a cut of ten percentage points on every
affected shipment&nbsp;&mdash; meaningful for importers of toys, furniture and electronics that
aren&#8217;t already exempted.

<strong>Rare earths get a one-year reprieve.</strong> Beijing would pause the expanded
export-licensing regime it unveiled in October. Note the word <em>pause</em>: the rules are
suspended, not scrapped.

<strong>Soybeans are back.</strong> China is to buy 12 million tons of U.S. soybeans before
year-end and 25 million tons annually in 2026, 2027 and 2028. Chicago soybean futures rose 1.8%
on Tuesday on the news.

<strong>The truce clock resets.</strong> The Geneva arrangement from May, which had been set to
lapse on Nov.&nbsp;10, now runs until Nov.&nbsp;10, 2026.

What we don&#8217;t know: whether the 10% &#8220;reciprocal&#8221; tariff changes at all
(Bessent did not say), whether chip export controls were on the table, and when a written text
will appear. Chinese Vice Premier He Lifeng, who led Beijing&#8217;s delegation, said little in
public; <a href="https://xinhua.example/">state media</a> quoted him as saying the two sides had
reached a &#8220;basic consensus&#8221; on each other&#8217;s main concerns.

For importers, our read is simple: do not plan on lower landed costs until the Federal Register
notice is out. We&#8217;ll update this post when it is.

<em>Disclosure: the author holds no positions in the companies mentioned.</em>
""")

_TRADE_PUB = _ps("""
Negotiators from the United States and China have agreed a framework to extend their trade
truce for another year following two days of talks in Copenhagen.

The US delegation was led by Treasury Secretary Scott Bessent, while China was represented by
Commerce Minister He Lifeng, Beijing's most senior economic negotiator.

Speaking after the talks ended on Tuesday, Mr Bessent said the outline still needed the
approval of President Donald Trump and President Xi Jinping.

"We now have a framework that both leaders can sign off on," he said.

Under the proposals, the US would reduce a 20% tariff on Chinese goods linked to fentanyl to
10%, and China would delay by a year its new controls on exports of rare earths &ndash; minerals
used in everything from electric cars to fighter jets.

Beijing has also agreed to buy 15 million tonnes of American soybeans before the end of 2025, Mr
Bessent said, and 25 million tonnes in each of the following three years. The deal is a relief
for US farmers, who have seen their largest export market dry up this year.

China's trade representative Li Chenggang told reporters the discussions had been "candid,
in-depth and constructive".

Denmark hosted the talks at Eigtveds Pakhus, a waterfront conference venue used by its foreign
ministry. A ministry spokesperson said Denmark was "glad to offer a neutral meeting place".

Analysts say the deal buys time but leaves the thorniest disputes, over semiconductors and
industrial subsidies, unresolved.

The Copenhagen meeting was the latest in a series of
talks this year aimed at stabilising trade ties after tariffs on both sides soared in the
spring.
""")

_TRADE = _story("trade-WJ1", "trade", "2025-11-20", [
    _page("https://www.pacificwire.example/world/china/us-china-framework-copenhagen-2025-11-11",
          _wire_site(
              "US and China agree framework to extend tariff truce after Copenhagen talks",
              _TRADE_WIRE, dateline="COPENHAGEN",
              byline="Mette S&oslash;rensen and Jun Tanaka",
              credit="(Reporting by Mette S&oslash;rensen in Copenhagen and Jun Tanaka in "
                     "Beijing; Editing by Paul Ostrowski)",
              published="2025-11-11T19:40:00Z", visible_date="November 11, 2025 7:40 PM GMT",
              updated="November 11, 2025 9:05 PM GMT",
              most_read=("Mexico approves tariffs of up to 50% on cars from Asia",
                         "Japan&#8217;s October exports rise 3.6%, beating forecasts",
                         "Talks to open Monday in Copenhagen as US-China truce deadline looms",
                         "Oil slips below $60 as OPEC+ weighs January output"))),
    _page("https://www.nationalledger.example/business/trade/"
          "washington-beijing-outline-deal-truce",
          _daily_site(
              "Washington and Beijing strike outline deal to keep tariff truce alive",
              _TRADE_DAILY, site="The National Ledger", host_section="business",
              kicker="Trade", byline="Caroline Whitfield, Economics Correspondent",
              dek="Framework agreed in Copenhagen would halve the fentanyl tariff and pause "
                  "China&#8217;s rare-earth curbs, pending approval by Trump and Xi",
              read_more="Mexico approves tariffs of up to 50% on cars from Asia",
              most_read=("Fed&#8217;s Waller says December cut &#8216;still on the "
                         "table&#8217;",
                         "Mortgage rates dip to 6.17%, lowest in more than a year",
                         "Talks to open Monday in Copenhagen as truce deadline looms",
                         "The small Ohio town that makes half the world&#8217;s "
                         "bowling pins"))),
    _page("https://thetariffdesk.example/2025/11/12/copenhagen-framework-what-changes/",
          _blog_site(
              "Copenhagen framework: what the US&#8211;China truce extension actually changes",
              _TRADE_BLOG, blog="The Tariff Desk",
              tagline="Trade policy for people who ship things", author="Greg Alcott",
              post_id=48213,
              bio="Greg Alcott spent 14 years as a customs broker in Long Beach before starting "
                  "The Tariff Desk. He writes about duties, rules of origin and supply chains.",
              tags=("US-China", "Tariffs", "Soybeans", "Rare earths"),
              comments=(
                  ("FarmerJoeIA", "November 12, 2025 at 8:02 am",
                   "Finally. We&#8217;ve had beans sitting in storage since October. I&#8217;ll "
                   "believe the purchases when the ships show up."),
                  ("K. Lindgren", "November 12, 2025 at 9:41 am",
                   "Good summary. Worth pointing out that this truce has now been extended "
                   "more times than I can count."),
                  ("tradewonk88", "November 12, 2025 at 11:15 am",
                   "Anyone know if the de minimis changes are affected? My shop imports about "
                   "$4k a month of parts."),
              ),
              recent=("Fed minutes: three things importers should watch",
                      "Mexico&#8217;s 50% auto tariff: who actually pays?",
                      "Section 232 on trucks: the 25% rate explained"),
              date_iso="2025-11-12T07:15:00-05:00", date_visible="November 12, 2025")),
    _page("https://www.scandiapb.example/news/world-69813342",
          _broadcaster_site(
              "US and China reach outline deal in Copenhagen to extend trade truce",
              _TRADE_PUB, name="Scandia Public Broadcasting", short="SPB",
              byline="By Ingrid Holm, Business reporter",
              caption="US Treasury Secretary Scott Bessent speaks to reporters in Copenhagen",
              box_title="US-China trade talks in 2025",
              box_items=(
                  "April: US tariffs on Chinese goods reach 145%; China retaliates with 125%",
                  "May, Geneva: both sides cut tariffs by 115 percentage points for 90 days",
                  "June, London: deal on export controls and rare-earth licences",
                  "July, Stockholm, and September, Madrid: truce extended",
                  "November, Copenhagen: framework to extend the truce by a year"),
              box_after=4,
              related=("China&#8217;s exports fall 1.1% in October as US shipments slump",
                       "Danish central bank holds key rate at 1.60%",
                       "What are rare earths and why does China control them?"),
              topics=("US-China relations", "Tariffs", "Copenhagen"))),
], [
    ("duration", r"nine hours|(?<![\d.])9 ?(hours?|hrs?|h\b)|540 ?min",
     r"six hours|(?<![\d.])6 ?(hours?|hrs?|h\b)|360 ?min"),
    ("title", r"vice[- ]premier", r"commerce minister"),
    ("quantity", r"(?<![\d.,])12 ?(million|mn|m\b|mt\b)|12,000,000",
     r"(?<![\d.,])15 ?(million|mn|m\b|mt\b)|15,000,000"),
])

_COURT_WIRE = _ps("""
Europe&#8217;s General Court on Wednesday cut the fine imposed on Dutch chipmaker Norvia
Semiconductors for abusing its dominance in car microcontrollers to &euro;438 million ($515
million) from &euro;1.24 billion, handing the European Commission a partial defeat in one of
its biggest antitrust cases against the chip industry.

The Luxembourg-based court said the Commission had failed to show that rebates Norvia offered
to carmakers and their suppliers between 2014 and 2016 were capable of shutting out rivals. It
upheld the regulator&#8217;s findings for 2017 and 2018.

&#8220;The Commission has not established to the requisite legal standard that the conditional
rebates granted during the first period were capable of having anticompetitive effects,&#8221;
the five-judge chamber wrote.

A Commission spokeswoman, Lotte Verhaegen, told reporters in Brussels: &#8220;We take note of
the judgment and will study it carefully before deciding on next steps.&#8221; The Commission
can appeal to the Court of Justice, the EU&#8217;s top court, on points of law within two months
and ten days.

Norvia, which is based in Nijmegen and employs about 4,800 people in the Netherlands, welcomed
the ruling. Its shares rose 3.1% in Amsterdam.

The Commission fined the company in July 2019 after a complaint from German rival Altwerk, which
said Norvia paid customers to source at least 90% of their microcontroller needs from it.

The judgment is the latest in a run of setbacks for the Commission in rebate cases, after
years of litigation over how regulators must prove that such discounts harm competition.

The case is T-482/19 <em>Norvia v Commission</em>.
""")

_COURT_REGIONAL = _ps("""
Norvia Semiconductors won a partial victory over Brussels on Wednesday when the EU&#8217;s
General Court cut the record antitrust penalty imposed on the Nijmegen chipmaker to
&euro;468 million.

The original fine, &euro;1.24 billion, was handed down by the European Commission in 2019. It
was the largest penalty the Commission had ever imposed on a Dutch company.

At the company&#8217;s campus on the Waalkade, where most of its roughly 4,800 Dutch employees
work, the mood was one of cautious relief. &#8220;People have been worried about this for six
years,&#8221; said Ellen Brouwer, who chairs the works council. &#8220;It&#8217;s not over,
but today is a good day.&#8221;

Judges in Luxembourg found that the Commission had not proved that rebates Norvia gave
carmakers from 2014 to 2016 harmed competition. They sided with Brussels on the later years,
2017 and 2018.

Chief executive Maarten Dijkgraaf said in a statement that the company was &#8220;pleased the
court has recognised the serious flaws in the Commission&#8217;s analysis&#8221; and would
consider whether to challenge the remaining part of the decision.

The Commission has two months and ten days to appeal. It said it would study the judgment.

Sanne Pieters, the city alderman for economic affairs, said the ruling removed a cloud that had
hung over Nijmegen&#8217;s largest private employer. &#8220;Norvia is part of this
city,&#8221; she said. &#8220;We never doubted that.&#8221;

Norvia shares closed 3.1 percent higher in Amsterdam on Wednesday.

The case began with a complaint by Norvia&#8217;s German rival Altwerk in 2016. Altwerk
declined to comment.
""")

_COURT_BLOG = _ps("""
Thursday&#8217;s General Court judgment in <em>Norvia v Commission</em> (T-482/19) is another
reminder that loyalty-rebate cases are hard to win in Luxembourg.

The court annulled the Commission&#8217;s 2019 decision in part and reduced the fine from
&euro;1.24&nbsp;billion to &euro;438&nbsp;million&nbsp;&mdash; a cut of roughly 65%.

The reasoning will look familiar to anyone who has followed the rebate case law of the past
eight years. The Commission relied largely on an &#8216;as-efficient competitor&#8217; test to
show that Norvia&#8217;s conditional rebates were capable of foreclosing rivals, but the court
found errors in how that analysis was applied to 2014&ndash;2016. For 2017 and 2018 the
Commission had more direct evidence&nbsp;&mdash; including emails in which Norvia sales staff
discussed &#8216;locking out&#8217; Altwerk&nbsp;&mdash; and that part of the decision stands.

Three takeaways:

<strong>1. Effects analysis still matters.</strong> The Commission can no longer label
exclusivity rebates abusive by their very nature. It has to engage with the evidence the
dominant firm puts forward, and get the economics right.

<strong>2. Documents win cases.</strong> Where the Commission had internal documents showing
intent, it prevailed.

<strong>3. The fine methodology survived.</strong> The court recalculated the fine itself rather
than sending it back, using the same percentage of relevant sales the Commission had used.

Will the Commission appeal? It has two months and ten days from notification. With new
guidelines on exclusionary abuses being drafted, my guess is that it will want the Court of
Justice to have the last word.

Readers may also want to revisit <a href="/2023/05/altwerk-damages/">our post on the Altwerk
damages action in D&uuml;sseldorf</a>.
""")

_COURT_PUB = _ps("""
The EU's General Court has reduced a fine imposed on Norvia Semiconductors, a Dutch maker of
chips for cars, to &euro;438m from &euro;1.24bn.

In a judgment delivered on Wednesday, the court said the European Commission had failed to
prove that discounts Norvia offered to carmakers between 2014 and 2016 were anticompetitive.

It upheld the rest of the decision, which covered 2017 and 2018.

The case centred on discounts Norvia gave customers who agreed to buy almost all of their
microcontrollers from it. The Commission had argued that these rebates made it impossible for
rivals to compete for the rest of those customers' orders.

Norvia said it was pleased with the outcome and would study the judgment before deciding
whether to challenge the findings that were upheld.

Competition Commissioner Teresa Ribera said: "We take note of the judgment and will study it
carefully before deciding on next steps."

Norvia, based in the Dutch city of Nijmegen, is one of Europe's largest suppliers of
microcontrollers &ndash; small chips that manage functions such as braking, airbags and
electric windows in modern cars.

The Commission opened its investigation in 2017, a year after a complaint from German competitor
Altwerk, and fined the company in 2019.

The Commission can appeal against the ruling at the Court of Justice, the EU's highest court.

Lawyers say rebate cases have become harder for Brussels to win since the EU courts began
insisting that regulators show discounts are actually capable of harming competition, rather
than treating them as illegal by nature.

The company's shares rose on the news.
""")

_COURT = _story("court-WJ2", "court", "2025-10-06", [
    _page("https://www.pacificwire.example/legal/eu-court-cuts-norvia-fine-2025-09-24",
          _wire_site(
              "EU court slashes Norvia&#8217;s antitrust fine to 438 million euros",
              _COURT_WIRE, dateline="LUXEMBOURG", byline="Philippe Marchal",
              credit="(Reporting by Philippe Marchal; additional reporting by Bart Meijer in "
                     "Amsterdam; Editing by Anna Voss)",
              published="2025-09-24T10:32:00Z", section="Legal",
              most_read=("EU fines three banks 61 million euros over bond cartel",
                         "Dutch inflation eases to 2.8% in August",
                         "Carmakers warn chip shortage could return by 2027",
                         "Swiss court clears former bank chief in 2008 bonus case"))),
    _page("https://www.waalvalleycourier.example/news/local/relief-nijmegen-norvia-fine",
          _regional_site(
              "Relief in Nijmegen as EU court cuts Norvia fine",
              _COURT_REGIONAL, paper="Waal Valley Courier",
              dek="Chipmaker wins partial victory in Luxembourg; works council speaks of "
                  "&#8216;a good day&#8217;",
              byline="Femke de Groot | Courier staff",
              edition="Print edition &middot; Thursday, September 25, 2025 &middot; Page 1",
              print_note="This article appeared in print on page 1 of the Thursday edition of "
                         "the Waal Valley Courier.",
              correction="An earlier version of this article stated that the Commission "
                         "imposed its fine in 2018. The fine was imposed in 2019.",
              ads=("Autumn sale at Hendriks Wonen &ndash; up to 30% off sofas and armchairs",
                   "Nijmegen Four Days Marches 2026: registration opens in January",
                   "Van Dijk Opticians: second pair free"),
              popular=("Waal bridge closed for repairs until November 3",
                       "Council approves 1,200 new homes in Lent",
                       "NEC fans celebrate 2-1 win over Twente",
                       "Nijmegen market moves to Saturday for the winter"),
              address="Stationsplein 14, Nijmegen")),
    _page("https://competitionwatch.example/norvia-general-court-rebates/",
          _blog_site(
              "General Court trims Norvia fine: the rebate saga continues",
              _COURT_BLOG, blog="Competition Watch",
              tagline="Notes on EU and UK antitrust law", author="Ingrid Vos",
              post_id=7702,
              bio="Dr. Ingrid Vos is a competition lawyer in Brussels. Views are her own and do "
                  "not reflect those of her firm or its clients.",
              tags=("Article 102", "Rebates", "General Court", "Semiconductors"),
              comments=(
                  ("M. Verstraeten", "3 days ago",
                   "Useful note. One quibble: the court did not say the AEC test is mandatory, "
                   "only that once the Commission relies on it, it has to apply it properly."),
                  ("LuxLawyer", "3 days ago",
                   "The chamber was quite critical of the market definition too. The "
                   "paragraphs on aftermarket sales are worth reading in full."),
                  ("anon", "2 days ago",
                   "&euro;438m is still a lot of money for a company that size."),
              ),
              recent=("Google Android: what the Court of Justice said about the 4.1bn fine",
                      "UK CMA clears cloud merger after 18-month probe",
                      "Altwerk damages claim: Düsseldorf court awards 31 million euros"))),
    _page("https://www.europapublicradio.example/news/business-74410291",
          _broadcaster_site(
              "EU court cuts Dutch chipmaker Norvia's fine by almost two-thirds",
              _COURT_PUB, name="Europa Public Radio", short="EPR",
              byline="By Tom&aacute;&scaron; Novak, Europe business reporter",
              caption="File photo: The General Court of the European Union in Luxembourg",
              box_title="Biggest EU antitrust fines on tech companies",
              box_items=(
                  "Google (Android), 2018: &euro;4.34bn, later reduced to &euro;4.125bn",
                  "Google (Shopping), 2017: &euro;2.42bn, upheld in 2024",
                  "Intel, 2009: &euro;1.06bn, annulled in 2022; &euro;376m re-imposed in 2023",
                  "Qualcomm, 2018: &euro;997m, annulled in 2022"),
              box_after=3,
              related=("Brussels fines carmakers over recycling cartel",
                       "What is the EU General Court?",
                       "Chip shortage: why carmakers still worry"),
              topics=("European Union", "Competition law", "Netherlands"))),
], [
    ("fine", r"(?<![\d.,])438(?![\d,])|0\.438 ?b", r"(?<![\d.,])468(?![\d,])|0\.468 ?b"),
    ("weekday", r"wednesday|sep\w*\.? 24|24 sep|2025-09-24", r"thursday"),
    ("speaker", r"ribera", r"verhaegen"),
])

_CB_WIRE = _ps("""
New Zealand&#8217;s central bank cut its official cash rate by a larger-than-expected 50 basis
points to 2.5% on Wednesday and said it was open to further reductions, as the economy struggles
to recover from a sharp contraction in the second quarter.

The Reserve Bank of New Zealand&#8217;s Monetary Policy Committee lowered the rate from 3.0%,
bringing total cuts since August last year to 300 basis points. Twenty-one of 27 economists
polled by Pacific Wire had expected a 25-basis-point cut.

&#8220;The committee is open to further reductions in the OCR as needed for inflation to settle
sustainably near the 2% target midpoint,&#8221; the bank said in a statement released at 2 p.m.
local time (0100 GMT).

The record of the meeting showed members discussed both a 25- and a 50-basis-point move before
reaching a consensus on the larger cut. Spare capacity in the economy was larger than
previously assumed, it said.

Data last month showed gross domestic product shrank 0.9% in the three months to June, far
worse than the central bank had forecast. Unemployment stands at 5.2%, while annual inflation
was 2.7% in the June quarter, inside the 1% to 3% target band.

The New Zealand dollar fell as much as 0.8% to 57.20 U.S. cents immediately after the
announcement, while two-year swap rates dropped 12 basis points.

The decision was announced by acting Governor Christian Hawkesby, who has led the bank since
Adrian Orr resigned in March. Anna Breman, a former deputy governor of Sweden&#8217;s Riksbank,
takes up the governorship on Dec. 1.

The next monetary policy review is on Nov. 26, the last of the year.
""")

_CB_DAILY = _ps("""
The Reserve Bank has cut the official cash rate by half a percentage point to 2.5 per cent, a
bolder move than most economists expected, and left the door open to more.

Acting Governor Christian Hawkesby told a press conference in Wellington that the committee had
weighed a quarter-point cut but concluded the economy needed more support. &#8220;There is more
spare capacity out there than we thought,&#8221; he said.

The cut, the eighth since the bank began easing in August 2024, takes the OCR down from
3&nbsp;per cent. At its peak, between May 2023 and August 2024, the rate stood at 5.5 per cent.

Two of the big four banks said this afternoon they would pass on the full cut to their floating
mortgage rates from next week. Fixed rates, which have been falling for months in anticipation,
moved less.

Economists were divided on whether the Reserve Bank had overdone it. Kiri Ngata, senior
economist at Harbourside Securities, said the bank had &#8220;clearly decided it was behind the
curve&#8221; after the June quarter contraction. Others worried about inflation, which at
2.7&nbsp;per cent sits in the upper half of the 1&ndash;3 per cent target band.

The New Zealand dollar slid after the announcement and was trading 1.1 per cent lower at
57.03 US cents by 5pm.

The Reserve Bank&#8217;s statement, issued at 2pm, said the committee remained &#8220;open to
further reductions&#8221; if needed to bring inflation sustainably back to around 2 per cent.

The bank&#8217;s next decision is due on November 26. Anna Breman, formerly of Sweden&#8217;s
Riksbank, starts as governor in December.
""")

_CB_TV = _ps("""
Homeowners are set for some relief after the Reserve Bank cut the official cash rate by 50
basis points this afternoon.

The OCR now sits at 2.5 percent, down from 3 percent.

Acting Reserve Bank Governor Christian Hawkesby said the committee was open to cutting further if
needed to get inflation back to the middle of its target range.

&#8220;We&#8217;ve seen the economy is weaker than we expected,&#8221; Hawkesby told reporters
at the bank&#8217;s headquarters on The Terrace.

Economists had mostly expected a smaller, quarter-point cut.

Mortgage adviser Priya Naidoo said people coming off fixed terms in the next few months would
be the big winners. &#8220;Someone with a six-hundred-thousand-dollar loan rolling onto a
one-year rate could be saving a couple of hundred dollars a fortnight compared with this time
last year,&#8221; she said.

But not everyone is celebrating. Retirees who rely on term deposit interest have watched their
returns shrink as the OCR has fallen from a peak of 5.5 percent.

Wellington pensioner Graham Tuhoe said his term deposit income had almost halved. &#8220;It&#8217;s
great for the young ones with mortgages, but we&#8217;re going backwards,&#8221; he said.

Real estate agents in the capital said buyers had been sitting on their hands for months
waiting for lower rates. Tenants are unlikely to see any quick change, property managers said,
because rents follow supply and demand rather than mortgage costs.

Business groups welcomed the cut. The Wellington Chamber of Commerce said retailers had been
doing it tough all winter and needed shoppers to feel more confident before Christmas.

The Reserve Bank&#8217;s next OCR announcement is on November 26.
""")

_CB_BLOG = _ps("""
The Reserve Bank of New Zealand just delivered a 50bp cut, taking the OCR to 2.50%. The decision
hit the wires at 9 p.m. ET on Tuesday&nbsp;&mdash; 2 p.m. Wednesday in Wellington&nbsp;&mdash;
and the kiwi dropped straight away.

Consensus was 25bp, so this is a dovish surprise, though not a shock: after the Q2 GDP print
(&minus;0.9% q/q) a few of the local banks had flagged 50 as a live option.

Key lines from the statement: the committee is &#8220;open to further reductions in the OCR as
needed,&#8221; and there is more spare capacity than it had assumed. The Record shows both 25
and 50 were discussed, with a consensus for 50.

Context: the OCR was 5.50% as recently as July 2024. That&#8217;s 300bp of cuts in a little over
a year, with unemployment at 5.2% and headline CPI at 2.7%.

<strong>What I&#8217;m doing:</strong> short NZD/USD from 0.5760, stop at 0.5840. The rate
differential with the U.S. keeps widening, and I don&#8217;t see the RBNZ pushing back on a
weaker currency.

Why 50 and not 25? My read is that the committee wanted to get ahead of a labour market that is
still loosening. Front-loading the move also hands the incoming governor a cleaner starting
point instead of a half-finished easing cycle.

Next meeting: November 26. OIS now prices roughly a 70% chance of another 25bp there. Governor
Hawkesby (acting, until Anna Breman arrives in December) did nothing at the presser to talk that
down.

<em>Not investment advice. I hold a short NZD position as described above.</em>
""")

_CB = _story("cb-WJ3", "central bank", "2025-10-20", [
    _page("https://www.pacificwire.example/markets/rates/rbnz-cuts-50bp-2025-10-08",
          _wire_site(
              "New Zealand central bank cuts rates by 50 basis points, signals more easing",
              _CB_WIRE, dateline="WELLINGTON", byline="Lucy Craymer",
              credit="(Reporting by Lucy Craymer; Editing by Shri Navaratnam)",
              published="2025-10-08T01:25:00Z", visible_date="October 8, 2025 1:25 AM GMT",
              section="Markets",
              most_read=("Australia&#8217;s RBA holds cash rate at 3.60%, warns on inflation",
                         "Fed minutes show most officials backed September cut",
                         "Gold tops $4,000 an ounce for the first time",
                         "Bank of Korea expected to hold at 2.50% next week"))),
    _page("https://www.harbourcitytimes.example/business/economy/"
          "reserve-bank-half-point-cut-ocr",
          _daily_site(
              "Reserve Bank goes big with half-point cut as economy stalls",
              _CB_DAILY, site="The Harbour City Times", host_section="business",
              kicker="Economy", byline="Sophie Tait, Economics Editor",
              dek="Official cash rate now 2.5 per cent after a 50-point move, with more cuts "
                  "signalled",
              published="2025-10-08T17:40:00+13:00", visible_date="Wed, Oct 8 2025, 5:40pm",
              read_more="What a lower OCR means for your mortgage",
              most_read=("Auckland house prices slip 0.4% in September",
                         "Australia&#8217;s RBA holds cash rate at 3.60%",
                         "Fonterra lifts milk price forecast midpoint to $10.00",
                         "Cook Strait ferry sailings cancelled as swells reach 6m"),
              free_left=1)),
    _page("https://www.capital6news.example/news/local/reserve-bank-ocr-cut-mortgages",
          _tv_site(
              "Reserve Bank slashes OCR to 2.5% &ndash; what it means for your mortgage",
              _CB_TV, station="Capital 6 News", callsign="C6 Wellington", city="Wellington",
              weather="14&deg;C Showers", byline="Aroha Te Whata",
              video="Reserve Bank cuts OCR by half a percentage point",
              trending=("Crash closes SH2 near Upper Hutt",
                        "Hurricanes confirm coach for 2026 season",
                        "Cable Car closed for two weeks of maintenance"))),
    _page("https://carrytradediaries.example/2025/10/07/rbnz-goes-50/",
          _blog_site(
              "RBNZ goes 50: kiwi slides as Hawkesby opens the door to more",
              _CB_BLOG, blog="Carry Trade Diaries",
              tagline="FX and rates from a desk in New Jersey", author="Dan Mercer",
              post_id=3391,
              bio="Dan Mercer traded G10 FX for a bank in New York for 12 years. He now writes "
                  "and trades his own account.",
              tags=("RBNZ", "NZD", "Central banks", "Rates"),
              comments=(
                  ("kiwi_trader", "October 7, 2025 at 9:48 pm",
                   "Called it. 50 was always on the cards after that GDP print."),
                  ("JS", "October 7, 2025 at 10:30 pm",
                   "Any view on AUD/NZD from here? RBA looks a long way from cutting."),
                  ("Margaret P.", "October 8, 2025 at 6:12 am",
                   "My term deposit rolls over next month. Guess that&#8217;s going to hurt."),
              ),
              recent=("Fed minutes: the dots are less dovish than you think",
                      "Riksbank holds at 1.75%: the krona trade",
                      "Why I&#8217;m still long the yen"),
              date_iso="2025-10-07T21:35:00-04:00", date_visible="October 7, 2025")),
], [])

_ROCKET_WIRE = _ps("""
Aldera Space&#8217;s Skarv rocket reached orbit on its third test flight on Tuesday, making the
Bremen-based start-up the first private company to put satellites into orbit from continental
Europe.

The 34-metre (112-foot) rocket lifted off from Andøya Spaceport in northern Norway at 11:42 a.m.
local time (1042 GMT), and its upper stage reached a 550-kilometre sun-synchronous orbit, the
company said.

It released four small satellites, including two built by university teams in Germany and
Norway, about an hour after launch.

&#8220;Today Europe has a new way to space,&#8221; Chief Executive Jonas Kvale told staff and
guests watching from the spaceport&#8217;s control building, according to a company video.

Skarv burns liquid methane and liquid oxygen, a combination favoured by several new rockets
because it burns cleanly and suits reusable engines. Its first stage, powered by nine engines,
fell into the Norwegian Sea as planned; Aldera does not yet try to recover its boosters.

The company&#8217;s first flight, in March 2024, ended in an explosion about 40 seconds after
liftoff. On the second, in June this year, the rocket reached space but the upper stage shut
down too early to achieve orbit.

Aldera has raised about 480 million euros from investors. It is among the companies competing
in the European Space Agency&#8217;s launcher challenge, under which selected firms could each
receive up to 169 million euros.

Europe has struggled to secure independent access to space in recent years, relying on the
heavy Ariane 6 rocket launched from French Guiana and on a small number of Vega C flights.
""")

_ROCKET_PUB = _ps("""
A rocket built by the German company Aldera Space has reached orbit on its third attempt, in
what the firm called a turning point for European spaceflight.

The Skarv rocket lifted off at 09:42 GMT on Tuesday from Andøya Spaceport, on an island inside
the Arctic Circle in northern Norway.

Its upper stage placed four small satellites into an orbit about 550km (342 miles) above the
Earth.

Skarv is a two-stage rocket fuelled by liquid methane and liquid oxygen. Its first
stage fell into the Norwegian Sea after separating, as planned. Two of the satellites on board
were built by university teams in Germany and Norway.

Aldera's chief executive, Jonas Kvale, said: "Today Europe has a new way to space."

The launch follows two failures. The first Skarv exploded shortly after lift-off in March 2024,
while the second, in June, reached space but failed to get into orbit.

Europe relies largely on the Ariane 6 rocket, launched from French Guiana in South America, for
access to space. Governments have been keen to see smaller rockets fly from European soil.

Dr Helen Carr, a space policy researcher, said the success would strengthen the case for
public money. "Investors have been waiting for a European start-up to show it can actually get
to orbit. Now one has," she said.

The rocket's first stage is not reusable, although Aldera says it wants to start recovering
boosters in 2027.

The company has not said when it will fly again.

Mr Kvale said engineers would go through the flight data before the company announced a date
for its next launch.
""")

_ROCKET_TV = _ps("""
Hundreds of people gathered on the beaches and hillsides around Andenes on Tuesday morning to
watch the Skarv rocket climb into a clear Arctic sky &ndash; and this time, it made it to orbit.

The rocket, from German company Aldera Space, lifted off from Andøya Spaceport at 11.42.

Aldera later confirmed that the upper stage had released all five of the small satellites it
was carrying.

&#8220;I&#8217;ve been here for all three. The first one was scary, the second one was sad, and
this one &ndash; this one was beautiful,&#8221; said Andenes resident Tove Hansen, who watched
from the harbour with her grandchildren.

Andøy mayor Knut Ellingsen said the launch was a milestone for the municipality. &#8220;We have
waited a long time for this day. It means jobs, and it means a future for young people
here,&#8221; he said.

About 90 people work at the spaceport today, and the municipality expects that number to grow
if launches become regular.

Police closed the road to the launch site early in the morning, and fishing boats were kept out
of a safety zone off the coast until the first stage had fallen into the sea.

Many in the crowd had also come out for the rocket&#8217;s two earlier flights, in March last
year and in June this year.

Local hotels were fully booked for the launch window, and several cafés in Andenes opened early
to serve spectators who had driven up from Sortland and Harstad the night before.

Aldera has not said when the next Skarv launch will take place.
""")

_ROCKET_BLOG = _ps("""
Third time lucky. Aldera Space&#8217;s Skarv made orbit yesterday from Andøya, and the company
has now published enough flight data to put together a decent picture of the mission.

<strong>Liftoff:</strong> 10:42 UTC from the Andøya pad, on a northbound trajectory over the
Norwegian Sea.

<strong>Staging:</strong> roughly two and a half minutes in. The nine-engine first stage fell
into the sea as planned; there was no recovery attempt.

<strong>Orbit:</strong> the upper stage reached a roughly 520&nbsp;km sun-synchronous orbit,
according to the company&#8217;s post-flight update.

<strong>Payloads:</strong> four cubesats deployed, two of them student-built.

The weather finally cooperated: earlier attempts in this launch window had been called off
because of strong upper-level winds, and Tuesday dawned clear and almost calm at the pad.

Payload mass has not been disclosed. Aldera&#8217;s published capacity figure for Skarv to
sun-synchronous orbit is about 800&nbsp;kg, and this flight carried far less than that.

Why it matters: Skarv is a methalox rocket, and Aldera is the first of Europe&#8217;s new crop
of small-launch companies to get one to orbit. It also means Andøya now has a successful orbital
launch on its record.

The road here was bumpy. Flight 1 (March 2024) lasted about 40 seconds before the vehicle was
lost. Flight 2 (June 2025) got to space, but the second stage shut down early.

Kvale&#8217;s line on the webcast&nbsp;&mdash; &#8220;Today Europe has a new way to
space&#8221;&nbsp;&mdash; is going to be on a lot of conference slides next year.

What&#8217;s next: Aldera says it is aiming for a first commercial mission in 2026, and it
remains in ESA&#8217;s <a href="https://www.esa.example/launcher-challenge">European Launcher
Challenge</a>.
""")

_ROCKET = _story("rocket-WJ4", "rocket", "2025-12-02", [
    _page("https://www.pacificwire.example/science/space/aldera-skarv-orbit-2025-11-18",
          _wire_site(
              "German start-up&#8217;s methane rocket reaches orbit on third attempt",
              _ROCKET_WIRE, dateline="ANDØYA, Norway", byline="Terje Solsvik",
              credit="(Reporting by Terje Solsvik in Oslo and Christoph Steitz in Frankfurt; "
                     "Editing by Miral Fahmy)",
              published="2025-11-18T13:05:00Z", section="Science",
              most_read=("SpaceX Starship completes 11th test flight",
                         "Ariane 6 launches Sentinel satellite on fifth mission",
                         "Rocket Lab delays first Neutron launch to 2026",
                         "China&#8217;s Zhuque-3 rolls out ahead of maiden flight"))),
    _page("https://www.albionpb.example/news/science-environment-70412281",
          _broadcaster_site(
              "Skarv rocket becomes first private launch to reach orbit from mainland Europe",
              _ROCKET_PUB, name="Albion Public Broadcasting", short="APB",
              byline="By Rachel Osei, Science correspondent",
              caption="The Skarv rocket lifts off from Andøya Spaceport. Courtesy Aldera Space",
              box_title="Europe&#8217;s launch sites",
              box_items=(
                  "Kourou, French Guiana: home of Ariane rockets since 1979",
                  "Esrange, Sweden: sounding rockets launched there since 1966",
                  "And&oslash;ya, Norway: sounding rockets since 1962; opened for orbital "
                  "launches in 2023",
                  "SaxaVord, Shetland: the UK&#8217;s first licensed vertical launch site"),
              box_after=4,
              related=("UK&#8217;s first vertical rocket launch delayed again",
                       "What is a sun-synchronous orbit?",
                       "Ariane 6: Europe&#8217;s new rocket explained"),
              topics=("Space exploration", "Norway", "Germany"))),
    _page("https://www.nordlystv.example/nyheter/andenes-skarv-orbit",
          _tv_site(
              "Hundreds watch from Andenes as Skarv finally reaches orbit",
              _ROCKET_TV, station="Nordlys TV", callsign="Nordlys TV Vester&aring;len",
              city="Andenes", weather="&minus;2&deg;C Clear", byline="Siri Nordheim",
              video="Skarv lifts off from Andøya",
              trending=("Storm warning for Lofoten on Thursday",
                        "Fishers sceptical of 2026 cod quota",
                        "Hurtigruten ship delayed six hours at Bod&oslash;"))),
    _page("https://orbitalnotebook.example/2025/11/19/skarv-flight-3-notes/",
          _blog_site(
              "Skarv Flight 3: Aldera makes orbit &#8212; notes and numbers",
              _ROCKET_BLOG, blog="Orbital Notebook",
              tagline="Launch notes from an amateur tracker", author="Pieter Lange",
              post_id=12077,
              bio="Pieter Lange is an engineer in Delft who has been tracking launches since "
                  "2009. Orbital Notebook is a hobby project.",
              tags=("Aldera", "Skarv", "Andøya", "Small launchers"),
              comments=(
                  ("rocketfan_no", "November 19, 2025 at 7:14 am",
                   "Watched it from Andenes! Incredible sound, you feel it in your chest."),
                  ("Dieter K.", "November 19, 2025 at 9:02 am",
                   "Would love to know the payload mass to SSO. Any hints in the update?"),
                  ("T. Okafor", "November 19, 2025 at 12:40 pm",
                   "Great summary as always."),
              ),
              recent=("Starship Flight 11 recap",
                      "Rocket Lab Neutron slips to 2026",
                      "Ariane 6 flies for the fifth time"),
              date_iso="2025-11-19T06:30:00+01:00", date_visible="November 19, 2025")),
], [
    ("clock time", r"11[:.]?42|10[:.]?42 ?(gmt|utc|z\b)|1042 ?(gmt|utc)",
     r"(?<![\d:.])0?9[:.]?42|0942"),
    ("count", r"\bfour\b|(?<![\d.,:])4(?![\d.,:])", r"\bfive\b|(?<![\d.,:])5(?![\d.,:])"),
    ("altitude", r"(?<![\d.,])550[ -]?(km|kilomet)|(?<![\d.,])342 ?mi",
     r"(?<![\d.,])520[ -]?(km|kilomet)|(?<![\d.,])323 ?mi"),
])

_QUAKE_WIRE = _ps("""
A magnitude 6.7 earthquake struck off the coast of Mindanao in the southern Philippines late on
Saturday, killing at least three people, toppling part of a church bell tower and sending
coastal residents fleeing to higher ground, officials said.

The quake hit at 10:17 p.m. (1417 GMT) at a depth of 10 km (6 miles), about 27 km east of the
town of Hinatuan in Surigao del Sur province, the Philippine Institute of Volcanology and
Seismology (Phivolcs) said. The U.S. Geological Survey measured it at magnitude 6.5.

Phivolcs issued a tsunami warning for the coasts of Surigao del Sur and Davao Oriental but
lifted it shortly after midnight, saying only minor sea-level changes had been recorded.

&#8220;We expect aftershocks for several days, and some may be strong enough to cause additional
damage to weakened structures,&#8221; Phivolcs director Teresito Bacolcol told a radio station.

Two of the dead were killed when a wall collapsed in Hinatuan, and a third died in a landslide
in the neighbouring town of Tagbina, the provincial disaster office said. At least 26 people
were injured.

The upper part of the stone bell tower of Hinatuan&#8217;s parish church collapsed, and a bridge
on the coastal highway was closed after cracks appeared in its deck.

More than 400 aftershocks had been recorded by early Sunday afternoon, the strongest of
magnitude 5.1.

The Philippines sits on the Pacific &#8220;Ring of Fire&#8221; and is hit by frequent
earthquakes. In December 2023, a magnitude 7.4 quake off the same stretch of coast killed three
people.
""")

_QUAKE_PUB = _ps("""
The number of people killed by Saturday night's magnitude-6.9 earthquake in the southern
Philippines has risen to seven, disaster officials say, as thousands of residents remain in
evacuation centres.

Rescuers recovered the bodies of four more people from a landslide in Tagbina on Sunday
evening, the provincial disaster office said. Three deaths had been confirmed earlier.

The quake struck at sea about 27km east of Hinatuan, in Surigao del Sur province, at 10:17pm
local time on Saturday.

In Hinatuan, the upper part of the old stone bell tower of the
parish church collapsed, and a bridge on the coastal highway was closed after cracks were found.

Phivolcs briefly issued a tsunami warning for coastal areas of Surigao del Sur and Davao
Oriental, but lifted it after only minor changes in sea level were recorded.

Phivolcs director Teresito Bacolcol said aftershocks would continue for days. "Some of them may
be strong enough to damage structures that are already weakened," he said.

Classes in all public schools in Surigao del Sur were suspended on Monday while engineers
inspected buildings.

Aid agencies said the most urgent needs were drinking water, tarpaulins and hygiene kits for
families who had lost their homes or were afraid to return to them.

Many people in the evacuation centres said they were too frightened by the continuing
aftershocks to go home, even where their houses had not been damaged.

Sitting where several tectonic plates grind against each other, the Philippines records
thousands of earthquakes every year, most of them too weak to be felt.
""")

_QUAKE_TV = _ps("""
A strong earthquake rocked Surigao del Sur late Saturday night, damaging the old bell tower of
the Hinatuan parish church and forcing residents of coastal barangays to flee to higher ground.

Phivolcs said the magnitude 6.7 quake was centered in the sea off the town of Lianga, at a depth
of 10 kilometers.

Residents told Caraga TV 8 the shaking lasted nearly a minute.

In the town proper, several houses made of light materials collapsed, and part of the public
market&#8217;s roof caved in, the municipal disaster office said. Our news team drove through
Hinatuan and Tagbina on Sunday morning and saw cracked roads and fallen concrete fences.

&#8220;The whole house was swaying. We grabbed the children and ran up the hill behind the
school,&#8221; said Nilda Cabrera, a fish vendor in Barangay Poblacion, Hinatuan.

Parish priest Fr. Ronel Sumalpong said the church itself had cracks, but the bell tower
suffered the worst damage. Sunday Masses were held in the plaza.

The provincial government has opened evacuation centers in gyms and schools, and the DSWD said
family food packs were on their way to the affected towns.

Phivolcs has warned residents to expect aftershocks. A tsunami warning issued after the quake
was later lifted.

Classes in Surigao del Sur were suspended on Monday.

The Hinatuan municipal government said it was still assessing damage to homes in upland
barangays, where some roads were blocked by fallen rocks and soil.

Caraga TV 8 will bring you updates as more information comes in. Send your photos and videos to
our Facebook page.
""")

_QUAKE_DAILY = _ps("""
Some 12,000 residents of coastal towns in Surigao del Sur spent Saturday night in evacuation
centers and on high ground after a magnitude 6.7 earthquake struck offshore, the Office of Civil
Defense said.

Phivolcs placed the epicenter 27 kilometers east of Hinatuan, at a depth of 35 kilometers. The
quake was tectonic in origin, the agency said, caused by movement along the Philippine Trench.

The agency issued a tsunami warning minutes after the 10:17 p.m. quake and lifted it about two
hours later.

In Hinatuan, the top of the stone bell tower of the town&#8217;s parish church crashed into the
churchyard. No one was inside at the time, the parish said.

President Ferdinand Marcos Jr. ordered the Department of Social Welfare and Development and the
military to send relief goods to affected towns, Malaca&ntilde;ang said.

The quake was felt as far away as Davao City and Butuan City, where shoppers ran out of malls.

Power was cut in much of the province after the quake and had been restored in most towns by
Sunday, the local electric cooperative said.

Classes in Surigao del Sur were suspended on
Monday, the provincial government announced, and engineers were sent to inspect school
buildings in the coastal towns. In Tagbina, a landslide buried several houses in an
upland village, and rescuers were digging through the mud on Sunday.

Phivolcs Director Teresito Bacolcol urged residents not to return to damaged houses until they
had been checked by engineers. &#8220;Aftershocks can bring down walls that survived the main
shock,&#8221; he said.

The same coastline was struck by a magnitude 7.4 quake in December 2023, which also triggered a
tsunami warning.
""")

_QUAKE = _story("quake-WJ5", "earthquake", "2025-08-12", [
    _page("https://www.pacificwire.example/world/asia-pacific/philippines-quake-mindanao-"
          "2025-08-03",
          _wire_site(
              "Strong quake off southern Philippines kills at least three, damages church",
              _QUAKE_WIRE, dateline="MANILA", byline="Karen Lema",
              credit="(Reporting by Karen Lema and Mikhail Flores; Editing by Kim Coghill)",
              published="2025-08-03T06:10:00Z", visible_date="August 3, 2025 6:10 AM GMT",
              section="World",
              most_read=("Magnitude 8.8 quake off Kamchatka triggers Pacific tsunami alerts",
                         "Japan lifts tsunami advisories after Russian quake",
                         "Indonesia&#8217;s Mount Lewotobi erupts again, ash column 10 km",
                         "Philippine peso hits two-month low at 58.4 per dollar"))),
    _page("https://www.scbc.example/news/world/mindanao-earthquake-death-toll-seven",
          _broadcaster_site(
              "Death toll rises to seven after Mindanao earthquake",
              _QUAKE_PUB, name="Southern Cross Broadcasting Corporation", short="SCBC",
              byline="By Maria Ocampo, South-East Asia correspondent",
              caption="Residents inspect the damaged bell tower of the church in Hinatuan",
              box_title="Mindanao&#8217;s deadliest earthquakes",
              box_items=(
                  "August 1976, Moro Gulf: magnitude 8.1 quake and tsunami; about 8,000 dead",
                  "October 2019, Cotabato: a series of quakes above magnitude 6; more than 20 "
                  "dead",
                  "December 2023, off Hinatuan: magnitude 7.4; three dead"),
              box_after=3,
              published="2025-08-04T03:30:00Z", visible_date="4 August 2025",
              related=("Why is the Philippines so prone to earthquakes?",
                       "Kamchatka quake: tsunami waves reach Hawaii",
                       "Typhoon Co-may makes landfall in northern Luzon"),
              topics=("Philippines", "Earthquakes"))),
    _page("https://www.caragatv8.example/news/hinatuan-church-bell-tower-quake",
          _tv_site(
              "LOOK: Hinatuan church bell tower damaged in strong quake",
              _QUAKE_TV, station="Caraga TV 8", callsign="Caraga TV 8 Surigao",
              city="Tandag", weather="29&deg;C Partly cloudy", byline="Jessa Mae Orillo",
              video="Drone footage of the damaged bell tower",
              trending=("Signal No. 1 raised over Dinagat Islands",
                        "Butuan City council approves 2026 budget",
                        "Rice at P45 a kilo in Caraga markets"))),
    _page("https://www.manilamorningstar.example/nation/12000-evacuate-surigao-del-sur-quake",
          _daily_site(
              "Mindanao quake: 12,000 spend night in evacuation centers",
              _QUAKE_DAILY, site="The Manila Morning Star", host_section="nation",
              kicker="Nation", byline="Rommel Dizon",
              dek="Phivolcs says the offshore temblor was tectonic; tsunami warning lifted "
                  "after about two hours",
              read_more="What to do during an earthquake: a Phivolcs checklist",
              most_read=("Senate opens probe into P6-billion flood control projects",
                         "MRT-3 fares unchanged until 2026, DOTr says",
                         "Gilas Pilipinas beat Jordan 82-75",
                         "LPG prices go up by P1.20 per kilo"))),
], [
    ("place", r"hinatuan", r"lianga"),
    ("depth", r"(?<![\d.,])10[ -]?(km|kilomet)|(?<![\d.,])6 ?mi",
     r"(?<![\d.,])35[ -]?(km|kilomet)|(?<![\d.,])22 ?mi"),
    ("magnitude", r"(?<![\d.])6\.7(?!\d)", r"(?<![\d.])6\.9(?!\d)"),
])

_ELECTION_WIRE = _ps("""
City Council member Dana Whitcombe won a runoff for mayor of Carverton on Tuesday, defeating
former school board president Marcus Oyelaran and becoming the first woman elected to lead the
city of about 310,000 people.

With all precincts reporting, Whitcombe had 31,412 votes, or 52.8%, to Oyelaran&#8217;s 28,077,
or 47.2%, according to unofficial results from the county elections board.

Turnout was about 34% of registered voters, down from 41% in the Nov. 4 first round, when
Whitcombe finished first with 38.5% in a field of five candidates.

Oyelaran conceded shortly before 11 p.m., telling supporters at a downtown hotel that he had
called Whitcombe to congratulate her. &#8220;The voters have spoken, and I respect their
decision,&#8221; he said.

Whitcombe, 51, a former public defender who has represented the city&#8217;s east side on the
council since 2017, campaigned on expanding bus service and speeding up permits for new housing.

Oyelaran, 47, a pharmacist who led the school board for four years, had argued that Whitcombe
would raise property taxes to pay for transit, a charge she denied. Whitcombe said on Tuesday
night that her first tasks would be the bus network and a review of the city&#8217;s permitting
office, which developers blame for long delays.

&#8220;Tonight Carverton chose to move forward together,&#8221; she told a crowd at a brewery in
the Riverside district.

The race was officially nonpartisan, but Whitcombe was backed by the county Democratic Party,
while Oyelaran drew support from business groups and local Republicans.

She succeeds Mayor Tom Brandt, who was barred by term limits from seeking a third term.
""")

_ELECTION_TV = _ps("""
Dana Whitcombe will be Carverton&#8217;s next mayor.

The council member beat Marcus Oyelaran in Tuesday&#8217;s runoff, 52.8 percent to 47.2 percent,
a margin of 3,335 votes.

She&#8217;ll be the first woman to serve as mayor in the city&#8217;s history.

Whitcombe, a former public defender, has served on the city council since 2017. Her supporters
packed Riverside Brewing Co. well before the polls closed, and the room erupted when the final
precincts came in.

Speaking to Channel 11 after her victory party, Whitcombe said her first priority would be the
bus network. &#8220;We&#8217;re going to start on transit on day one. People have waited long
enough,&#8221; she said.

Oyelaran congratulated Whitcombe in his concession speech and told supporters he would stay
involved in city politics. &#8220;This campaign was never about one man,&#8221; he said.

Turnout in the runoff was 34 percent, according to the county elections office. That&#8217;s
lower than in the first round earlier this month.

The results are unofficial until the
county elections board certifies them.

Whitcombe will be sworn in on Monday, January 5, at City Hall.

She also promised to hire more building inspectors to speed up housing permits, a theme she
returned to again and again during the campaign. Oyelaran&#8217;s campaign manager said the team
had no plans to ask for a recount.

Outgoing Mayor Tom Brandt, who did not endorse in the race, said in a statement that he would
work with Whitcombe on a smooth transition.

Channel 11 asked voters outside the polling place at Lincoln Elementary what mattered most to
them. Housing costs and the state of city streets came up again and again.
""")

_ELECTION_REGIONAL = _ps("""
Dana Whitcombe will be Carverton&#8217;s first woman mayor after defeating Marcus Oyelaran in
Tuesday&#8217;s runoff by a margin of more than five percentage points.

Unofficial returns posted by the county elections board shortly after 10 p.m. showed Whitcombe
with 52.8 percent of the vote to 47.2 percent for Oyelaran, the former school board president.

About 38 percent of the city&#8217;s registered voters cast ballots, election officials said, a
figure that surprised both campaigns after weeks of warnings that a runoff so close to
Thanksgiving would draw few voters. Turnout in the Nov. 4 first round was 41 percent.

Whitcombe carried 14 of the city&#8217;s 20 wards. Oyelaran won the West End and the northern
neighborhoods annexed in 2009 by wide margins but could not overcome Whitcombe&#8217;s strength
on the east side, which she has represented on the council since 2017.

&#8220;Tonight Carverton decided to move forward, together,&#8221; Whitcombe said to cheers at
Riverside Brewing Co.

Election officials said the count went smoothly, with no problems
reported at polling places beyond a brief delay at one north side precinct where a ballot
scanner had to be replaced.

Oyelaran, speaking to about 200 supporters at the Hotel Marquette, said he had called Whitcombe
to concede. He thanked his volunteers and said he would &#8220;take some time with my family
before deciding what comes next.&#8221;

Whitcombe will take the oath of office on January 5. She said she would name a chief of staff
before Christmas.

Outgoing Mayor Tom Brandt, who has served two terms, congratulated both candidates on what he
called &#8220;a campaign Carverton can be proud of.&#8221;
""")

_ELECTION_BLOG = _ps("""
The runoff is over and Dana Whitcombe is mayor-elect. A few thoughts after going through the
precinct results.

<strong>The margin was real.</strong> 3,335 votes out of roughly 59,500 cast is not a
landslide, but it is nowhere near recount territory either. Whitcombe&#8217;s 52.8% is almost
exactly what the last public poll showed.

<strong>Delgado voters split.</strong> Ray Delgado, who finished third on Nov. 4 with 21.4%,
stayed neutral in the runoff. Comparing precincts, his voters seem to have broken roughly
55&ndash;45 for Whitcombe, which was enough.

<strong>The east side showed up.</strong> Whitcombe&#8217;s old council district turned out at
a noticeably higher rate than the rest of the city, and she won it by better than two to one.

<strong>Money mattered less than expected.</strong> Oyelaran&#8217;s campaign and its allied
groups outspent Whitcombe&#8217;s side in the runoff, going by the last disclosure reports, but
the extra television ads did not move the precincts that decided it.

<strong>Oyelaran ran a better race than the result suggests.</strong> He trailed by 8.6 points
in the first round (38.5% to 29.9%) and closed that to 5.6. Another week and a few more doors in
the West End might have made it interesting.

<strong>What comes next.</strong> Whitcombe takes office on January 12, and the first big test
comes fast: the transit fund&#8217;s reserve is close to exhausted, and the council has to
adopt a mid-year budget amendment by March.

I&#8217;ll have more on her transition team once names start leaking, which in this city usually
takes about a day.
""")

_ELECTION = _story("election-WJ6", "election", "2025-11-26", [
    _page("https://www.pacificwire.example/us/politics/carverton-mayor-runoff-2025-11-19",
          _wire_site(
              "Whitcombe wins Carverton mayoral runoff, will be city&#8217;s first woman mayor",
              _ELECTION_WIRE, dateline="CARVERTON, Ga.", byline="Jeff Amy",
              credit="(Reporting by Jeff Amy; Editing by Howard Goller)",
              published="2025-11-19T05:20:00Z", visible_date="Nov. 19, 2025",
              section="US",
              most_read=("NYC mayor-elect names transition team ahead of Jan. 1 inauguration",
                         "Brookfield mayor&#8217;s race heads to recount after 212-vote gap",
                         "Government shutdown ends after 43 days",
                         "Macon council runoff draws 19% turnout"))),
    _page("https://www.channel11carverton.example/news/local/whitcombe-wins-runoff",
          _tv_site(
              "Whitcombe wins runoff, says work on transit starts &#8216;day one&#8217;",
              _ELECTION_TV, station="Channel 11 Carverton", callsign="WCVT-TV",
              city="Carverton", weather="48&deg;F Cloudy", byline="Marcus Bell",
              video="Whitcombe&#8217;s victory speech",
              trending=("Police identify victim in Elm Street shooting",
                        "First freeze of the season expected Friday",
                        "Carverton High advances to state quarterfinals"))),
    _page("https://www.courierledger.example/news/politics/whitcombe-makes-history",
          _regional_site(
              "Whitcombe makes history",
              _ELECTION_REGIONAL, paper="Carverton Courier-Ledger",
              dek="Council member wins mayor&#8217;s race by 3,335 votes; first woman to lead "
                  "the city",
              byline="Anne Whitlock, Staff Writer",
              edition="Wednesday, November 19, 2025 &middot; Print edition, Page A1",
              print_note="A version of this article appeared in print on Nov. 19, 2025, on Page "
                         "A1 of the Courier-Ledger with the headline: Whitcombe makes history.",
              correction="An earlier version of this article misstated Marcus Oyelaran&#8217;s "
                         "former position. He was president of the Carverton school board, "
                         "not its vice president.",
              ads=("Holiday Lights at the Botanical Garden &ndash; tickets $18, kids free",
                   "Carverton Honda: 0.9% APR on select models through Nov. 30",
                   "Obituaries &amp; memorials: place a notice online"),
              popular=("Water rates to rise 6% in January",
                       "County commissioners approve $1.2 billion budget",
                       "Remembering Coach Earl Banks, 1941-2025",
                       "Thanksgiving week trash pickup schedule"),
              address="200 Commerce Street, Carverton, GA 31004")),
    _page("https://carvertoncivicnotes.example/runoff-takeaways-whitcombe/",
          _blog_site(
              "Runoff takeaways: how Whitcombe won, and what comes next",
              _ELECTION_BLOG, blog="Carverton Civic Notes",
              tagline="City Hall, neighborhoods and numbers", author="Nate Ruiz",
              post_id=2286,
              bio="Nate Ruiz covered City Hall for the Courier-Ledger for 11 years. He now "
                  "teaches journalism and writes this blog in his spare time.",
              tags=("Mayor", "Runoff", "Elections", "Whitcombe", "Oyelaran"),
              comments=(
                  ("Eastsider", "1 week ago",
                   "Proud of our neighborhood. Now fix the 14 bus!"),
                  ("J. Park", "1 week ago",
                   "Good analysis. Turnout was still pretty awful for a mayor&#8217;s race."),
                  ("Old Carverton", "6 days ago",
                   "Brandt should have endorsed. Would have made it closer either way."),
              ),
              recent=("First-round results: five takeaways",
                      "The transit fund, explained",
                      "Council district 4: who&#8217;s running in 2027?"))),
], [
    ("turnout", r"(?<![\d.])34(\.0+)? ?(%|percent|per cent|pct)",
     r"(?<![\d.])38(\.0+)? ?(%|percent|per cent|pct)"),
    ("date", r"jan(uary|\.)? 5(?!\d)|2026-01-05|(?<!\d)5 jan",
     r"jan(uary|\.)? 12(?!\d)|2026-01-12|(?<!\d)12 jan"),
])

STORIES: list[dict[str, Any]] = [_TRADE, _COURT, _CB, _ROCKET, _QUAKE, _ELECTION]
