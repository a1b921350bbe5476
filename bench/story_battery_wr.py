"""Part WR of the story battery (web pages).

Written by engineer WR1 on 2026-12-06 (seventeenth session, seventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WR`.

Six stories (two rocket test flights, two earthquakes, two elections), each told by three or
four invented outlets as whole HTML pages with their site furniture.  One story is a control
story with no planted disagreement.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WR", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------- helpers

def _paras(text: str) -> list[str]:
    """Split a block of prose on blank lines; lines inside a paragraph are joined."""
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    return [re.sub(r"[ \t]*\n[ \t]*", " ", b).strip() for b in blocks if b.strip()]


def _slug(text: str) -> str:
    text = re.sub(r"&[#\w]+;", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:70]


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def _ld(kind: str, site: str, headline: str, published: str) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "headline": headline,
            "datePublished": published,
            "publisher": {"@type": "Organization", "name": site}}
    return '<script type="application/ld+json">' + json.dumps(data) + "</script>"


def _plain(title: str) -> str:
    """Title text for attributes: drop tags, keep entities."""
    return re.sub(r"<[^>]+>", "", title).replace('"', "&quot;")


# --------------------------------------------------------------------------- templates

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, credit: str,
               published: str | None = None, section: str = "World",
               related: tuple[str, ...] = (), readmore: str | None = None,
               correction: str | None = None, year: str = "2025") -> str:
    """Pacific Wire: a wire service.  <article>, dateline in the lead, og/JSON-LD meta."""
    head = ['<meta charset="utf-8">',
            f"<title>{_plain(title)} | Pacific Wire</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta property="og:site_name" content="Pacific Wire">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{_plain(title)}">']
    stamp = ""
    if published:
        d = _dt(published)
        head.append(f'<meta property="article:published_time" content="{published}">')
        head.append(_ld("NewsArticle", "Pacific Wire", _plain(title), published))
        stamp = (f'<time class="pw-time" datetime="{published}">'
                 f"{d:%B} {d.day}, {d:%Y} {d:%H:%M} GMT</time>")
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f'<span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> {p}'
        body.append(f"<h3>{p[3:]}</h3>" if p.startswith("## ") else f"<p>{p}</p>")
        if readmore and i == 2:
            body.append(f'<p class="pw-also"><strong>READ MORE:</strong> '
                        f'<a href="/{section.lower()}/{_slug(readmore)}">{readmore}</a></p>')
    rel = "\n".join(f'<li><a href="/{section.lower()}/{_slug(h)}">{h}</a></li>'
                    for h in related)
    corr = f'<p class="pw-correction"><em>{correction}</em></p>' if correction else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="pw-article">
<a class="pw-skip" href="#pw-main">Skip to main content</a>
<header class="pw-top">
<div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
<nav class="pw-nav"><ul>
<li><a href="/world">World</a></li><li><a href="/us">U.S.</a></li>
<li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
</ul></nav>
<div class="pw-tools"><a href="/search">Search</a> <a href="/account">Sign in</a></div>
</header>
<main id="pw-main">
<article class="pw-story">
<header class="pw-head">
<p class="pw-kicker"><a href="/{section.lower()}">{section}</a></p>
<h1 class="pw-title">{title}</h1>
<p class="pw-byline">{byline}</p>
{stamp}
</header>
<div class="pw-share">
<a href="#" class="share fb">Share on Facebook</a> <a href="#" class="share tw">Tweet</a>
<a href="#" class="share ln">Share on LinkedIn</a> <a href="#" class="share cp">Copy link</a>
</div>
<div class="pw-body">
{chr(10).join(body)}
<p class="pw-credit">({credit})</p>
{corr}
</div>
<p class="pw-trust">Our Standards: <a href="/principles">The Pacific Wire Trust Principles.</a></p>
</article>
<aside class="pw-related">
<h2>Related coverage</h2>
<ul>
{rel}
</ul>
</aside>
</main>
<footer class="pw-foot">
<p>&copy; {year} Pacific Wire. All rights reserved. 88 Embarcadero Plaza, San Francisco, CA.</p>
<p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/cookies">Cookie settings</a> &middot; <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, dek: str, author: str, section: str,
                published: str | None = None, caption: str | None = None,
                most_read: tuple[str, ...] = (), year: str = "2025") -> str:
    """The Daily Courier: a national daily.  Nested div soup, cookie banner, paywall teaser."""
    head = ['<meta charset="utf-8">',
            f"<title>{_plain(title)} | Daily Courier</title>",
            f'<meta name="description" content="{_plain(dek)}">',
            '<meta property="og:site_name" content="The Daily Courier">']
    shown = ""
    if published:
        d = _dt(published)
        head.append(f'<meta property="article:published_time" content="{published}">')
        shown = f'<span class="byline__date">{d:%B} {d.day}, {d:%Y}</span>'
    fig = ""
    if caption:
        fig = ('<div class="story-media"><div class="story-media__img">'
               f'<img src="/img/{_slug(title)}.jpg" alt="" loading="lazy"></div>'
               f'<div class="story-media__caption">{caption}</div></div>')
    body = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            body.append(f'<div class="story-body__crosshead"><h2>{p[3:]}</h2></div>')
        else:
            body.append(f'<div class="story-body__para"><p>{p}</p></div>')
        if i in (3, 8):
            body.append('<div class="ad ad--inline" data-slot="mid-article">'
                        '<span class="ad__label">Advertisement</span>'
                        '<div class="ad__frame"></div></div>')
    mr = "\n".join(f'<li><a href="/{_slug(h)}">{h}</a></li>' for h in most_read)
    return f"""<!DOCTYPE html>
<html>
<head>
{chr(10).join(head)}
</head>
<body>
<div class="cookie-consent" role="dialog">
<div class="cookie-consent__text">We use cookies and similar technologies to improve your
experience, measure our audience and show you relevant advertising. By clicking
&ldquo;Accept all&rdquo; you agree to this. <a href="/privacy">Learn more</a></div>
<div class="cookie-consent__buttons"><button>Accept all</button>
<button>Manage preferences</button></div>
</div>
<div id="page-wrap">
<div class="masthead">
<div class="masthead__date-weather">Today&#8217;s paper &middot;
<a href="/epaper">E-edition</a></div>
<div class="masthead__logo"><a href="/">The Daily Courier</a></div>
<div class="masthead__nav">
<a href="/us">U.S.</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/science">Science</a> <a href="/opinion">Opinion</a>
<a href="/sports">Sports</a> <a href="/subscribe" class="btn-sub">Subscribe</a>
</div>
</div>
<div class="story-wrap">
<div class="story-head">
<div class="story-head__section"><a href="/{_slug(section)}">{section}</a></div>
<h1 class="story-head__title">{title}</h1>
<div class="story-head__dek">{dek}</div>
<div class="byline">By <a href="/by/{_slug(author)}">{author}</a> {shown}</div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
<a href="#">Gift this article</a></div>
</div>
{fig}
<div class="story-body">
{chr(10).join(body)}
</div>
<div class="paywall-teaser">
<div class="paywall-teaser__msg">You&#8217;ve read 3 of your 5 free articles this month.</div>
<div class="paywall-teaser__cta"><a href="/subscribe">Subscribe for $1 a week</a> &middot;
Cancel anytime.</div>
</div>
<div class="newsletter-box"><div class="newsletter-box__title">The Morning Courier</div>
<div class="newsletter-box__text">The day&#8217;s biggest stories in your inbox by 6 a.m.</div>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</div>
<div class="rail">
<div class="most-read"><div class="most-read__title">Most read</div>
<ol>
{mr}
</ol></div>
</div>
<div class="site-footer">
<div>&copy; {year} The Daily Courier Media Co. 1200 Commerce Avenue, Baltimore, MD</div>
<div><a href="/about">About us</a> | <a href="/careers">Careers</a> |
<a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a></div>
</div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, reporter: str, posted: str | None = None,
             video: str | None = None, most_watched: tuple[str, ...] = (),
             alert: str | None = None, weather: str = "Fresno 91&deg;") -> str:
    """KVCA 30: a local TV station.  Headline in a styled div, paragraphs as <br> runs."""
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f"<b>{p[3:]}</b>" if p.startswith("## ") else p)
        if i == 3:
            chunks.append('<div class="ad-300x250" id="ad-mid-1">ADVERTISEMENT</div>')
    text = "\n<br><br>\n".join(chunks)
    mw = "\n".join(f'<div class="mw-item"><a href="/video/{_slug(h)}">{h}</a></div>'
                   for h in most_watched)
    when = f' <span class="posted">Posted {posted}</span>' if posted else ""
    vid = ""
    if video:
        vid = ('<div class="video-wrap"><div class="vplayer" data-autoplay="false"></div>'
               f'<div class="vcap">WATCH: {video}</div></div>')
    alrt = f'<div class="alert-bar"><strong>ALERT:</strong> {alert}</div>' if alert else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_plain(title)} - KVCA 30 Valley News</title>
<meta property="og:site_name" content="KVCA 30">
</head>
<body>
<div id="wrapper">
<div class="topbar">KVCA 30 Valley News &bull; Fresno &bull; Bakersfield &bull; Visalia
<span class="wx-mini">{weather}</span> <a href="/live">WATCH LIVE</a></div>
<div class="nav-menu">
<a href="/news">News</a> | <a href="/weather">First Alert Weather</a>
| <a href="/traffic">Traffic</a> | <a href="/sports">Sports</a>
| <a href="/investigates">30 Investigates</a>
| <a href="/contests">Contests</a> | <a href="/app">Get our app</a>
</div>
{alrt}
<div class="article-container">
<div class="hdl" style="font-size:34px;font-weight:700;line-height:1.1">{title}</div>
<div class="meta">By <span class="rep">{reporter}</span> | KVCA 30{when}</div>
<div class="share-row"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Email</a></div>
{vid}
<div class="article-text">
{text}
</div>
<div class="copyright-note">Copyright KVCA 30. All rights reserved. This material may not
be published, broadcast, rewritten or redistributed.</div>
<div class="tip-line">See news happening? Send tips, photos and video to
<a href="mailto:news@kvca30.example">news@kvca30.example</a>.</div>
</div>
<div class="sidebar">
<div class="ad-300x600">ADVERTISEMENT</div>
<div class="most-watched"><div class="mw-title">MOST WATCHED</div>
{mw}
</div>
</div>
<div class="footer">KVCA 30 &middot; 1020 W. Shaw Ave., Fresno, CA &middot;
<a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot;
<a href="/closed-captioning">Closed Captioning</a> &middot; <a href="/privacy">Privacy</a></div>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, bio: str, post_id: int,
               published: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0, year: str = "2025") -> str:
    """Orbit Ledger: a space-business blog on WordPress."""
    meta = ""
    head_extra = ""
    if published:
        d = _dt(published)
        meta = (f'<span class="posted-on"><time class="entry-date published" '
                f'datetime="{published}">{d:%B} {d.day}, {d:%Y}</time></span> ')
        head_extra = f'<meta property="article:published_time" content="{published}">'
    body = "\n".join(f"<h3>{p[3:]}</h3>" if p.startswith("## ") else f"<p>{p}</p>"
                     for p in paras)
    tg = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in tags)
    rc = "\n".join(f'<li><a href="/{_slug(h)}/">{h}</a></li>' for h in recent)
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_plain(title)} &#8211; Orbit Ledger</title>
<meta name="generator" content="WordPress 6.8.1">
{head_extra}
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/ledger/style.css">
</head>
<body class="post-template-default single single-post postid-{post_id}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Orbit Ledger</a></p>
<p class="site-description">Launch, satellites and the money behind them</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/launch/">Launch</a></li>
<li class="menu-item"><a href="/category/satellites/">Satellites</a></li>
<li class="menu-item"><a href="/category/funding/">Funding</a></li>
<li class="menu-item"><a href="/about/">About</a></li>
<li class="menu-item"><a href="/support/">Support the Ledger</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard">
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{_slug(author)}/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-reddit" href="#">Reddit</a></li>
<li><a class="share-copy" href="#">Copy link</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a comment</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><input type="search"
placeholder="Search &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>
{rc}
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Newsletter</h2>
<p>One email every Friday with the week&#8217;s launches and deals. Free.</p>
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {year} Orbit Ledger
&middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


def _public_site(title: str, paras: list[str], *, caption: str | None = None,
                 credit: str | None = None, updated: str | None = None,
                 related: tuple[str, ...] = (), topics: tuple[str, ...] = (),
                 year: str = "2025") -> str:
    """NBS News: a public broadcaster.  <main>/<article>, text blocks, figure before the lead."""
    fig = ""
    if caption:
        cr = f'<span class="image-copyright">{credit}</span>' if credit else ""
        fig = (f'<figure data-component="image-block"><div class="image-wrap">'
               f'<img src="/images/{_slug(title)[:30]}.jpg" alt="">{cr}</div>'
               f"<figcaption>{caption}</figcaption></figure>")
    blocks = []
    for p in paras:
        if p.startswith("## "):
            blocks.append(f'<div data-component="subheadline-block"><h2>{p[3:]}</h2></div>')
        else:
            blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
    upd = f'<div data-component="byline-block"><span>{updated}</span></div>' if updated else ""
    rel = "\n".join(f'<li><a href="/news/{_slug(h)}">{h}</a></li>' for h in related)
    tps = "\n".join(f'<li><a href="/topics/{_slug(t)}">{t}</a></li>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - NBS News</title>
<meta property="og:site_name" content="NBS News">
<meta name="twitter:site" content="@NBSNews">
</head>
<body>
<div id="nbs-cookie-banner">
<h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree
to all of these cookies.</p>
<button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header class="nbs-header">
<a href="#main-content" class="nbs-skip">Skip to content</a>
<a href="/" class="nbs-logo">NBS</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
</header>
<nav class="nbs-news-nav"><a href="/news/world">World</a> <a href="/news/uk">UK</a>
<a href="/news/business">Business</a> <a href="/news/science_and_environment">Science</a>
<a href="/news/politics">Politics</a></nav>
<main id="main-content">
<article>
<header><h1 id="main-heading">{title}</h1></header>
{upd}
{fig}
{chr(10).join(blocks)}
<section data-component="topic-list"><h2>Related Topics</h2><ul>
{tps}
</ul></section>
</article>
<section data-component="links-block"><h2>More on this story</h2><ul>
{rel}
</ul></section>
</main>
<footer class="nbs-footer">
<ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About the NBS</a></li>
<li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li>
<li><a href="/contact">Contact the NBS</a></li></ul>
<p>Copyright &copy; {year} NBS. The NBS is not responsible for the content of external
sites. <a href="/linking">Read about our approach to external linking.</a></p>
</footer>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, author: str | None = None,
                   shown: str | None = None, caption: str | None = None,
                   more: tuple[str, ...] = (), sponsored: tuple[str, ...] = ()) -> str:
    """San Joaquin Valley Herald: a regional paper with heavy ads and a table layout."""
    cells = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            cells.append(f'<p class="subhed"><strong>{p[3:]}</strong></p>')
        else:
            cells.append(f'<p class="MsoNormal">{p}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            cells.append(f'<div class="adunit" id="gpt-inline-{i}">'
                         '<div class="adlabel">Advertisement</div>'
                         '<iframe title="3rd party ad content" width="300" height="250">'
                         "</iframe></div>")
    sp = "\n".join(f'<td class="sp-cell"><a href="/sponsored/{_slug(h)}">{h}</a>'
                   '<span class="sp-src">Sponsored</span></td>' for h in sponsored)
    mo = "\n".join(f'<li><a href="/news/{_slug(h)}.html">{h}</a></li>' for h in more)
    by = f'<div class="art-by">By {author}</div>' if author else ""
    dt = f'<div class="art-date">{shown}</div>' if shown else ""
    cap = ""
    if caption:
        cap = ('<table class="photo"><tr><td><img src="/photos/lead.jpg" width="620"></td></tr>'
               f'<tr><td class="photo-cap">{caption}</td></tr></table>')
    return f"""<html>
<head>
<meta charset="utf-8">
<title>{_plain(title)} | San Joaquin Valley Herald</title>
</head>
<body bgcolor="#ffffff">
<div id="consent-popup">This site uses cookies. By continuing to browse you agree to our
use of cookies. <a href="/privacy">Privacy policy</a> <button>OK</button></div>
<div class="leaderboard"><div class="adlabel">Advertisement</div>
<iframe width="728" height="90" title="ad"></iframe></div>
<table width="100%" cellpadding="0" cellspacing="0" class="hdr"><tr>
<td class="logo"><a href="/"><img src="/img/herald-logo.gif" alt="San Joaquin Valley Herald"></a>
</td><td class="hdr-links"><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a>
| <a href="/obits">Obituaries</a> | <a href="/classifieds">Classifieds</a> |
<a href="/legals">Legal Notices</a></td></tr></table>
<div class="menubar"><a href="/news">News</a> <a href="/news/local">Local</a>
<a href="/sports">Sports</a> <a href="/ag">Agriculture</a> <a href="/opinion">Opinion</a>
<a href="/lifestyle">Lifestyle</a> <a href="/weather">Weather</a></div>
<div class="sub-popup">Unlimited digital access: 99&cent; for your first 3 months.
<a href="/subscribe">Start now</a></div>
<table width="980" cellpadding="0" cellspacing="0" align="center"><tr>
<td class="main-col" valign="top" width="640">
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<h2 class="art-title">{title}</h2>
{by}
{dt}
<div class="tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a> <a href="#">Save</a></div>
{cap}
<div class="art-body">
{chr(10).join(cells)}
</div>
<div class="comments-teaser">Join the conversation: <a href="#comments">View comments</a>.
Comments are moderated.</div>
<table class="sponsored"><tr><td colspan="3"><b>Sponsored Content</b></td></tr><tr>
{sp}
</tr></table>
</td>
<td class="right-col" valign="top" width="320">
<div class="adunit"><div class="adlabel">Advertisement</div>
<iframe width="300" height="600" title="ad"></iframe></div>
<div class="more-box"><div class="more-title">More from the Herald</div><ul>
{mo}
</ul></div>
<div class="adunit"><div class="adlabel">Advertisement</div>
<iframe width="300" height="250" title="ad"></iframe></div>
<div class="alerts">Get breaking news alerts: text HERALD to 55-123</div>
</td></tr></table>
<div class="ftr">San Joaquin Valley Herald, 300 W. Seventh St., Hanford, CA &middot;
&copy; Valley Herald Publishing Co. &middot; <a href="/terms">Terms</a> &middot;
<a href="/privacy">Privacy</a> &middot; <a href="/do-not-sell">Do Not Sell My Personal
Information</a></div>
</body>
</html>
"""


def _live_site(title: str, entries: list[tuple[str, str | None, str]], *, standfirst: str,
               key_points: tuple[str, ...], date_line: str, tz: str, author: str,
               published: str | None = None, related: tuple[str, ...] = ()) -> str:
    """The Meridian Post live blog: timestamped entries, newest first."""
    head = ['<meta charset="utf-8">',
            f"<title>{_plain(title)} | The Meridian Post</title>",
            '<meta property="og:site_name" content="The Meridian Post">']
    if published:
        head.append(_ld("LiveBlogPosting", "The Meridian Post", _plain(title), published))
    out = []
    for n, (clock, heading, text) in enumerate(entries):
        ps = []
        for p in _paras(text):
            ps.append(p if p.startswith("<") else f"<p>{p}</p>")
        h = f'<h3 class="block-title">{heading}</h3>' if heading else ""
        out.append(f'<div class="live-block" id="block-{len(entries) - n}">'
                   f'<div class="block-time"><time>{clock} {tz}</time></div>{h}'
                   f'<div class="block-body">{"".join(ps)}</div>'
                   '<div class="block-share"><a href="#">Share</a></div></div>')
    kp = "\n".join(f"<li>{k}</li>" for k in key_points)
    rel = "\n".join(f'<li><a href="/{_slug(h)}">{h}</a></li>' for h in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="live">
<a class="skip" href="#maincontent">Skip to main content</a>
<div class="mp-support">Support the Meridian Post: reader-funded since 1884.
<a href="/support">Support us</a></div>
<header class="mp-header"><a class="mp-logo" href="/">The Meridian Post</a>
<nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a>
<a href="/culture">Culture</a> <a href="/science">Science</a></nav></header>
<div id="maincontent" class="live-wrap">
<div class="live-badge">LIVE</div>
<h1 class="live-title">{title}</h1>
<div class="live-standfirst"><p>{standfirst}</p></div>
<div class="live-meta"><span class="live-date">{date_line}</span>
<span class="live-author">{author}</span></div>
<div class="key-events"><h2>Key points</h2><ul>
{kp}
</ul></div>
<div class="live-note">{_tz_note(tz)}</div>
<div class="live-blocks">
{chr(10).join(out)}
</div>
</div>
<aside class="mp-onward"><h2>More on this story</h2><ul>
{rel}
</ul></aside>
<footer class="mp-footer"><p>&copy; 2025 Meridian Post Media Ltd. Registered in England
and Wales. 14 Farringdon Row, London.</p><p><a href="/help">Help</a> &middot;
<a href="/complaints">Complaints &amp; corrections</a> &middot; <a href="/privacy">Privacy</a>
</p></footer>
</body>
</html>
"""


def _tz_note(tz: str) -> str:
    return f"All times {tz}. Refresh for the latest updates."


# --------------------------------------------------------------------------- rocket 1
# Third test flight of Halcyon Aerospace's Kestrel, Vandenberg, Tuesday 12 August 2025.

_R1_WIRE = _paras("""
Halcyon Aerospace&#8217;s methane-fuelled Kestrel rocket reached orbit for the first time
on Tuesday, completing its third test flight and landing its first-stage booster on a ship
in the Pacific Ocean, the company said.

The 62-metre (203-foot) rocket lifted off from Space Launch Complex 11 at 7:04 a.m. local
time (1404 GMT), about 20 minutes into its launch window, after a fishing boat strayed into
the range.

Its first stage, known as Booster 5, separated roughly two minutes and 40 seconds into the
flight and fell back toward the drone ship <em>Patience</em>, where it touched down 8 minutes
and 10 seconds after liftoff, according to Halcyon&#8217;s webcast.

The upper stage continued to an orbit about 520 kilometres above Earth and released a
3-tonne mass simulator standing in for a paying satellite. About 50 minutes after launch it
relit its single engine to steer itself back into the atmosphere over the South Pacific, a
manoeuvre that failed on the previous flight.

&#8220;Today Kestrel did everything we asked of it,&#8221; Chief Executive Mara Quist said
in a statement. &#8220;Orbit, a landing and a relight, all on one morning. Now we have to do
it again, and then do it every month.&#8221;

Kestrel is powered by nine Corvid engines on its first stage, which burn liquid methane and
liquid oxygen. Methane burns cleaner than kerosene, leaving less soot inside engines that
Halcyon hopes to fly dozens of times.

The rocket&#8217;s first flight in November 2024 ended when it exploded 71 seconds after
liftoff. Its second, in March, reached space, but the upper stage could not relight its
engine, and the company called that flight a partial success.

The Long Beach, California-based company holds a U.S. Space Force contract worth up to
$160 million for launches beginning in 2027 and has said it needs a reliable record before
commercial customers will commit.

The Federal Aviation Administration, which licensed the flight, said no mishap
investigation would be required. Halcyon said it planned to fly Kestrel again before the
end of the year.
""")

_R1_LIVE = [
    ("16:02", "That&#8217;s a wrap", """
We&#8217;re going to close this live blog here. Halcyon has flown Kestrel to orbit at the
third time of asking, after a first flight that exploded in November and a second in March
whose upper stage failed to reignite.

The company says the next flight will come before the end of the year. Thanks for
following along with us this afternoon.
"""),
    ("15:55", "Deorbit burn confirmed", """
Halcyon says the upper stage has relit its engine, about 50 minutes after liftoff, and is
heading for a controlled re-entry over the South Pacific. That relight is exactly what
failed on the second flight in March.
"""),
    ("15:21", "Quist: &#8216;Kestrel did everything we asked of it&#8217;", """
Halcyon&#8217;s chief executive, Mara Quist, has posted a statement:

<blockquote><p>&#8220;Today Kestrel did everything we asked of it. Orbit, a landing and a
relight, all on one morning. Now we have to do it again, and then do it every
month.&#8221;</p></blockquote>
"""),
    ("15:14", "Orbit", """
The upper stage&#8217;s engine has shut down on schedule and mission control is calling a
good orbit, roughly 520km up. The 3-tonne dummy payload &#8211; a block of steel and
aluminium standing in for a satellite &#8211; is separating now.
"""),
    ("15:12", "Touchdown!", """
<strong>Booster 5 has landed</strong> on the drone ship <em>Patience</em>, 8 minutes and 10
seconds after liftoff. Huge cheers from the Halcyon factory floor in Long Beach, where
employees are watching the webcast.
"""),
    ("15:07", None, """
Stage separation confirmed at about T+2 minutes 40 seconds. All nine Corvid engines on the
first stage did their job; the booster is now flipping round for its trip back.
"""),
    ("15:04", "Liftoff", """
And there it goes. Kestrel has cleared the tower at Vandenberg Space Force Base on
California&#8217;s Central Coast: nine methane-burning engines, 62 metres of rocket.
"""),
    ("14:47", None, """
The window opened at 14:45 but the range is not clear yet: Halcyon says a fishing boat has
wandered into the hazard area off the coast. New target time is 15:04.
"""),
    ("14:20", "Welcome", """
Good afternoon and welcome to our live coverage of the third test flight of Kestrel, the
methane-fuelled rocket built by Halcyon Aerospace. The launch window opens at 14:45 BST,
which is 6.45am on the Californian coast.

The Federal Aviation Administration has licensed the flight. Halcyon wants three things
today: orbit, a booster landing at sea and a second firing of the upper-stage engine. Its
Space Force contract, worth up to $160m, depends on getting there.
"""),
]

_R1_BLOG = _paras("""
Third time lucky. Halcyon Aerospace&#8217;s Kestrel made it to orbit on Tuesday morning,
and for a company that has spent most of the past nine months explaining what went wrong,
that matters more than any single number from the flight.

The quick version, for anyone who missed the webcast: Kestrel left Vandenberg Space Force
Base in Santa Barbara County at 7:04&nbsp;a.m. Pacific time, the upper stage reached an
orbit of about 323 miles (520&nbsp;km) and then relit to bring itself down, and the first
stage &#8212; Booster 6, per Halcyon&#8217;s own mission graphic &#8212; landed on the
drone ship <em>Patience</em> 8 minutes 10 seconds after liftoff.

That relight is the headline for me. On Flight 2 in March the upper stage reached space
but refused to restart, which meant no controlled re-entry and an awkward few weeks with
regulators. Customers who want to be dropped into specific orbits need an engine that
starts when it is told to.

## The money question

Halcyon closed a $420 million Series D round in February, led by a pair of infrastructure
funds, at a valuation that people close to the deal put at around $3.1 billion. That money
was raised on the promise of a reusable medium-lift rocket. Until this week the company
had shown neither reuse nor orbit.

It still has not shown reuse, strictly speaking: landing a booster is not the same as
flying it again. But a recovered stage gives Halcyon&#8217;s engineers something to take
apart, and the company says it will try to refly a booster in 2026.

The <a href="/halcyon-space-force-award/">U.S. Space Force contract</a>, worth up to
$160 million, starts paying out for launches in 2027. Two satellite operators have signed
what Halcyon calls launch reservation agreements; neither has named a date.

## What we still don&#8217;t know

Halcyon has not said how much propellant was left in the booster at touchdown, or how the
nine Corvid engines on the first stage performed against their targets. Nor has it said
when Flight 4 flies beyond &#8220;before the end of the year.&#8221;

For a rocket that blew up 71 seconds into its first flight last November, though, this
was a very good Tuesday.
""")

_R1_NBS = _paras("""
A US company has flown its new reusable rocket to orbit for the first time, nine months
after the vehicle exploded shortly after lift-off on its maiden flight.

Halcyon Aerospace&#8217;s Kestrel launched from Vandenberg Space Force Base in California
at 07:04 local time (15:04 BST) on Tuesday.

Its first stage, the part that gives the rocket most of its thrust, returned to land
upright on a ship in the Pacific Ocean seven minutes and 50 seconds after launch.

The upper stage carried on to an orbit about 520km (323 miles) high, released a dummy
payload and later fired its engine again so that it would fall back into the atmosphere
rather than stay in space as debris.

&#8220;Today Kestrel did everything we asked of it,&#8221; said Halcyon&#8217;s chief
engineer, Tobias Renn. &#8220;Orbit, a landing and a relight, all on one morning.&#8221;

## Cleaner fuel

Kestrel belongs to a new generation of rockets that burn methane, which leaves fewer
deposits in the engines than the kerosene used by many older designs. That makes it
easier, in theory, to fly the same hardware again and again.

Dr Helen Achebe, a space-systems researcher at the University of Leicester, said reaching
orbit on a third flight was a respectable record for a new rocket. &#8220;Plenty of
launchers have taken longer. The harder part is making this routine, and nobody should
pretend that comes quickly,&#8221; she said.

The rocket&#8217;s first flight, in November 2024, ended in an explosion 71 seconds after
lift-off. A second flight in March reached space, but its upper stage failed to reignite.

Halcyon, which is based in Long Beach, California, says it hopes to fly again before the
end of the year and to begin launching satellites for the US Space Force in 2027.
""")

# --------------------------------------------------------------------------- rocket 2
# First launch attempt of Skyrra Launch's Fulmar from SaxaVord, Unst, Wed 8 October 2025.

_R2_WIRE = _paras("""
The first vertical rocket launch attempted from British soil ended on Wednesday when the
Fulmar rocket built by Skyrra Launch was destroyed by its own safety system 84 seconds
after lifting off from the Shetland Islands, the company said.

The 21-metre (69-foot) rocket left SaxaVord Spaceport on the island of Unst at 13:45 BST
(1245 GMT). It climbed normally for about a minute before one of the seven engines on its
first stage shut down early, Skyrra said, and the vehicle began to drift off course.

Its flight termination system then ended the flight at an altitude of about 18 km. Debris
fell into the sea inside a hazard area east of Unst that had been cleared of shipping, and
nobody was hurt, the coastguard said.

&#8220;Nobody wants to see their rocket come apart, but we learned more in 84 seconds than
in a year of ground testing,&#8221; said Ailsa Morrow, Skyrra&#8217;s chief operating
officer.

The Aberdeen-based company had scrubbed an attempt on Monday because of high winds over
the launch site. The rocket carried no customer satellites, only a mass simulator.

Fulmar burns biopropane, a fuel made from waste products, with liquid oxygen. Skyrra says
the rocket is designed to carry up to 250 kg to a polar orbit, a market dominated by
American and New Zealand launchers.

Britain has tried for years to build a domestic launch industry. Virgin Orbit&#8217;s
attempt to send satellites to orbit from a modified airliner over Cornwall in January 2023
failed, and the company collapsed months later.

The Civil Aviation Authority, which granted Skyrra its launch licence in July, said it
would oversee the company&#8217;s investigation. Skyrra said it hoped to fly again within
six months.
""")

_R2_DAILY = _paras("""
A small Scottish rocket that was meant to open a new era of British spaceflight was
destroyed shortly after liftoff on its first flight on Thursday, after an engine failure
sent it veering off course.

Skyrra Launch&#8217;s Fulmar lifted off from SaxaVord Spaceport, at the northern tip of
Shetland, at 1.45pm. Its flight termination system destroyed the rocket 84 seconds later,
at a height of roughly 11 miles, once it became clear that it would not reach orbit.

The company said one of the seven Skua engines on the first stage had shut down early,
leaving the rocket short of thrust and unbalanced. Debris fell into a cleared zone of sea
east of Unst, Britain&#8217;s northernmost inhabited island. No one was injured.

Ailsa Morrow, Skyrra&#8217;s chief executive, said the team was &#8220;disappointed but
not discouraged.&#8221; &#8220;Nobody wants to see their rocket come apart,&#8221; she
said, &#8220;but we learned more in 84 seconds than in a year of ground testing.&#8221;

## A crowded field at SaxaVord

Skyrra is one of several companies hoping to launch from the spaceport, which sits on the
Lamba Ness peninsula. A German rival, Rocket Factory Augsburg, lost the first stage of its
rocket in a fire during an engine test there in August 2024.

The British government has spent tens of millions of pounds supporting spaceports in
Scotland and Cornwall, arguing that small satellite operators would rather launch from
home than queue for slots in the United States or New Zealand.

Critics say the business case has always been thin. &#8220;The market for tiny launchers
is brutal,&#8221; said Owen Pryce, an analyst at the consultancy Northstar Orbital.
&#8220;Most of the companies that tried this in America are gone.&#8221;

Skyrra, based in Aberdeen, had called off a first attempt on Monday because of strong
winds. It said it would share its findings with the Civil Aviation Authority, which
issued its licence in July, and aimed to fly a second Fulmar within six months.
""")

_R2_BLOG = _paras("""
Skyrra&#8217;s first Fulmar lasted 96 seconds on Wednesday before the range pulled the
plug, which is roughly how long many first flights of small rockets last when they go
wrong. Here are my notes from the webcast and the company&#8217;s post-flight call.

<strong>The launch.</strong> Liftoff from SaxaVord on Unst came at 12:45 UTC, at the first
attempt of the day after Monday&#8217;s wind scrub. The ascent looked clean through
max-Q.

<strong>The failure.</strong> Skyrra says one of the first stage&#8217;s seven Skua
engines shut down early. With one engine out on a seven-engine stage you lose a seventh of
your thrust and, worse, the thrust is no longer symmetrical; the webcast showed the vehicle
visibly starting to pitch over.

<strong>The termination.</strong> The autonomous flight termination system did its job at
about 18&nbsp;km altitude, and debris came down in the cleared box east of Unst. That is a
success of sorts: a safety system working on a first flight is exactly what the Civil
Aviation Authority wanted to see.

<strong>The people.</strong> Ailsa Morrow, the company&#8217;s chief executive, did most
of the talking on the call and was careful not to guess at a root cause. She said the
telemetry link held to the end and that Skyrra has &#8220;every channel we need.&#8221;

<strong>The money.</strong> Skyrra raised &pound;38 million last year and says it has
runway into 2027. A second vehicle is in assembly in Aberdeen; the company is talking
about flying it within six months, which I would treat as optimistic.

<strong>The context.</strong> This was the first vertical orbital launch attempt from the
UK. The only previous orbital attempt from British soil, Virgin Orbit&#8217;s air launch
from Cornwall in January 2023, also failed. RFA&#8217;s stage fire at SaxaVord in August
2024 happened during a ground test, not a launch.

Fulmar is a small rocket: 21&nbsp;m tall, up to 250&nbsp;kg to polar orbit, burning
biopropane and liquid oxygen. If Skyrra finds something simple, the second one could fly
sooner than the sceptics think.
""")

# --------------------------------------------------------------------------- quake 1
# M6.1 near Coalinga, western Fresno County, California, Saturday 19 July 2025, 4:17 a.m. PDT.

_Q1_TV = _paras("""
COALINGA, Calif. (KVCA) &#8212; Two people were killed and at least 27 others were hurt when
a magnitude 6.1 earthquake struck western Fresno County before dawn Saturday, toppling brick
storefronts in downtown Coalinga and shaking homes from Sacramento to Los Angeles.

The U.S. Geological Survey said the quake hit at 4:17 a.m., about 12 kilometers (7 miles)
northeast of Coalinga, at a depth of 9 kilometers.

Fresno County Sheriff&#8217;s Office spokesperson Lt. Andre Silva said a man in his 70s
died when the front wall of a vacant building on Elm Avenue collapsed onto the sidewalk
where he was walking his dog. The second victim, a woman, was found in a mobile home that
had slid off its foundation north of town.

&#8220;It sounded like a freight train coming right through the kitchen,&#8221; said
Coalinga resident Teresa Ochoa, who spent the morning sweeping glass out of her
family&#8217;s taqueria. &#8220;Everything on the shelves is on the floor.&#8221;

Coalinga Regional Medical Center treated most of the injured, and several patients were
taken to hospitals in Fresno, officials said. None of the injuries were described as
life-threatening.

More than 100 aftershocks followed by Saturday afternoon, the largest a magnitude 4.6 at
5:02 a.m., according to the USGS.

PG&amp;E said about 18,000 customers lost power at the height of the outages. Caltrans
closed State Route 198 west of Interstate 5 after rocks slid onto the roadway.

Gov. Gavin Newsom declared a state of emergency for Fresno County on Saturday afternoon,
freeing state money for cleanup and repairs.

Many longtime residents said the shaking brought back memories of May 2, 1983, when a
magnitude 6.2 earthquake destroyed much of Coalinga&#8217;s downtown. &#8220;We rebuilt
once,&#8221; said City Manager Rob Delaney. &#8220;We&#8217;ll do it again.&#8221;

Red Cross volunteers have opened a shelter in the West Hills College gym for people who
cannot go back to their homes. Stay with KVCA 30 on air and online for updates.
""")

_Q1_WIRE = _paras("""
A magnitude 6.1 earthquake struck central California early on Saturday, killing two
people, injuring at least 27 and bringing down old brick buildings in the farming town of
Coalinga, officials said.

The quake hit at 12:17 GMT about 7 miles (12 km) northeast of Coalinga, a town of about
17,000 people roughly midway between San Francisco and Los Angeles, according to the U.S.
Geological Survey. Its focus lay 9 km (5.6 miles) below the surface.

The Fresno County sheriff&#8217;s office said a man was killed when a wall fell on him and
a woman died in a mobile home that was knocked off its base. The injured were treated in
hospitals, none with life-threatening injuries.

Shaking was felt as far away as Sacramento and Los Angeles. Many residents received a
warning on their phones a few seconds before the shaking began through ShakeAlert, the
early-warning system run by the USGS and state agencies.

California Governor Gavin Newsom declared a state of emergency in Fresno County. About
18,000 homes and businesses lost power, according to utility Pacific Gas and Electric.

The area sits on a system of folds and hidden thrust faults along the western edge of the
San Joaquin Valley. A magnitude 6.2 earthquake in 1983 destroyed much of Coalinga&#8217;s
downtown, and a magnitude 6.0 quake struck Parkfield, about 40 miles (65 km) to the
southwest, in 2004.

The USGS recorded more than 100 aftershocks by Saturday afternoon, the strongest of
magnitude 4.6. Seismologists said there was a small chance of an equal or larger quake in
the coming week.

Coalinga Mayor Adam Ruiz said crews were checking water lines and that the town&#8217;s
drinking water was safe. &#8220;People are shaken up, but they are looking after each
other,&#8221; he said.
""")

_Q1_HERALD = _paras("""
A magnitude 6.1 earthquake centered about 6 miles south of Avenal jolted the west side of
the valley before dawn Saturday, killing two people in neighboring Coalinga and sending
residents across Kings County running out of their homes.

The shaking started shortly after 4 a.m. and lasted about 20 seconds, long enough to knock
pictures off walls in Hanford and Lemoore, some 40 miles away. The U.S. Geological Survey
put the depth at about 5.6 miles.

In Avenal, police Chief Dora Lindquist said there were no serious injuries, but the
city&#8217;s water tower was being inspected and several older homes on Skyline Boulevard
had cracked chimneys.

Coalinga took the worst of it. Officials there said two people died: a man struck by a
falling wall downtown and a woman whose mobile home was thrown off its foundation. At
least 27 people were treated at hospitals.

&#8220;My whole house moved sideways,&#8221; said Frank Delgado, 66, who farms pistachios
between the two towns. &#8220;I went through 1983 and this one was just as bad, maybe
worse.&#8221;

The 1983 quake, a magnitude 6.2, flattened Coalinga&#8217;s downtown and is still the
yardstick for people on the west side.

Avenal State Prison reported no injuries among inmates or staff, a corrections
spokesperson said. Kings County Fire Department crews checked bridges along Interstate 5
and State Route 33 and found no major damage.

PG&amp;E restored power by Saturday evening to most of the roughly 18,000 customers who
lost it. Kings County supervisors scheduled an emergency meeting for Monday.

Gov. Gavin Newsom&#8217;s emergency declaration covers Fresno County; Kings County officials
said they would ask to be added if damage assessments warranted it.
""")

_Q1_DAILY = _paras("""
The earthquake that struck Fresno County before dawn on Saturday was not on the San
Andreas Fault, and that, seismologists say, is exactly the point.

The magnitude 6.1 quake, which hit at 4:17 a.m. Pacific time at a depth of about 9
kilometers, killed three people and injured at least 27, according to county officials.
It brought down brick facades, shattered windows and broke water mains across a swath of
the western San Joaquin Valley.

Like the 1983 Coalinga earthquake, a magnitude 6.2 event that leveled eight blocks of that
town&#8217;s downtown, Saturday&#8217;s shock appears to have occurred on a blind thrust
fault &#8212; one that does not break the surface and may not appear on many maps.

&#8220;These faults are hiding under the hills,&#8221; said Karen Oyelaran, a geophysicist
at the University of California, Santa Cruz. &#8220;You can drive over one every day and
never know it&#8217;s there until it moves.&#8221;

## A warning that worked

Many residents got an alert on their phones seconds before the ground began to move,
through the ShakeAlert system operated by the U.S. Geological Survey with California and
other West Coast states. For people within a few miles of the epicenter the warning came
too late to matter; for those in Fresno, roughly 55 miles away, it gave several seconds.

Gov. Gavin Newsom declared a state of emergency for Fresno County on Saturday. Pacific Gas
and Electric said about 18,000 customers lost power.

State officials said a preliminary review found that most buildings retrofitted after 1983
came through with cosmetic damage. The worst failures were in unreinforced masonry
buildings that had never been strengthened, a problem found in older towns across the
Central Valley.

The USGS put the chance of a quake of magnitude 6.1 or larger in the area within the next
week at about 1 in 20, a probability that falls quickly with time.
""")

# --------------------------------------------------------------------------- quake 2
# Control story.  M6.9 off Aomori, 1:26 a.m. JST Tuesday 18 Nov 2025 = 16:26 GMT Monday.

_Q2_WIRE = _paras("""
A magnitude 6.9 earthquake struck off the Pacific coast of northern Japan early on
Tuesday, shaking buildings in Aomori prefecture and prompting a tsunami advisory that was
later lifted, the Japan Meteorological Agency said.

The quake hit at 1:26 a.m. on Tuesday (1626 GMT on Monday) about 80 km (50 miles) east of
the port city of Hachinohe at a depth of 50 km, the agency said. It registered upper 5 in
Hachinohe on Japan&#8217;s seismic intensity scale, which tops out at 7.

Waves of up to 40 cm were observed at Hachinohe port about 40 minutes after the quake. The
advisory for the coasts of Aomori, Iwate and Hokkaido was lifted at 5:10 a.m.

At least nine people suffered minor injuries, mostly from falling objects, according to
local officials. There were no reports of deaths.

Tohoku Electric Power said there were no abnormalities at its Higashidori nuclear plant,
which has been offline since 2011. Japan Nuclear Fuel said the same of its Rokkasho
reprocessing plant.

About 12,000 households in Aomori lost power, the utility said. East Japan Railway
suspended Tohoku Shinkansen bullet train services between Morioka and Shin-Aomori to check
the tracks.

The government set up a liaison office at the prime minister&#8217;s office to gather
information, and its top spokesman urged residents to watch for aftershocks over the
coming week.

Japan sits where four tectonic plates meet and accounts for about a fifth of the
world&#8217;s earthquakes of magnitude 6 or greater. In March 2011, a magnitude 9.0 quake
and tsunami off the northeast coast left more than 18,000 people dead or missing.
""")

_Q2_NBS = _paras("""
A strong earthquake has struck off northern Japan, injuring 17 people and briefly
triggering a tsunami advisory along the Pacific coast.

The magnitude 6.9 tremor hit at 16:26 GMT on Monday &#8211; early on Tuesday morning local
time &#8211; at a depth of about 31 miles (50km), according to the Japan Meteorological
Agency (JMA).

Its epicentre was about 50 miles off the coast of Hachinohe, a fishing port in Aomori
prefecture. Intensity there reached upper 5 on the JMA&#8217;s scale, which tops out at 7,
strong enough to topple unsecured furniture.

Residents described being woken by violent shaking. &#8220;The whole apartment block swayed
for what felt like a minute,&#8221; one Hachinohe resident told Japanese television.
&#8220;Then the sirens started.&#8221;

Waves of about 40cm (16in) reached Hachinohe port, and the JMA lifted its advisory a few
hours later. No deaths have been reported.

Local officials said the number of injured had risen to 17 by Tuesday afternoon, most of
them with cuts and bruises from falling furniture and broken glass. An elderly woman in
the town of Gonohe broke her hip.

## Nuclear plants checked

The nearby Higashidori nuclear power plant, which is not operating, and the Rokkasho
nuclear fuel reprocessing plant reported no problems, their operators said.

Bullet train services on the Tohoku Shinkansen line north of Morioka were suspended
overnight and resumed at about 10:00 local time on Tuesday.

Japan is one of the most earthquake-prone countries in the world. The magnitude 9.0
earthquake and tsunami that hit the north-east of the country in March 2011 left some
18,500 people dead or missing.
""")

_Q2_DAILY = _paras("""
HACHINOHE, Japan &#8212; Shortly before 1:30 a.m. local time on Tuesday, phones across
Aomori Prefecture shrieked with the government&#8217;s earthquake alert. Seconds later, a
magnitude 6.9 quake centered off the coast began rattling apartment blocks and fishing
sheds along northern Japan&#8217;s Pacific shore.

By the time the sun came up, the damage looked modest: toppled shelves, cracked roads, a
few broken water pipes. Seventeen people were hurt, most of them lightly, officials said
on Tuesday, and no deaths were reported.

That outcome reflects decades of investment in building codes and warning systems in the
Tohoku region, which was devastated by the magnitude 9.0 earthquake and tsunami of March
2011.

The Japan Meteorological Agency said the quake struck at a depth of roughly 50
kilometers. It issued a tsunami advisory &#8212; the lowest of its three levels of warning
&#8212; for Aomori, Iwate and the Pacific coast of Hokkaido, and waves about 40
centimeters high were measured at Hachinohe port. The advisory was lifted at 5:10 a.m.

&#8220;We went up the hill with the neighbors, like we practice,&#8221; said Michiko Sato,
74, who runs a dried-squid shop near the harbor. &#8220;We waited in the cold, and then
the radio said we could go home.&#8221;

The weather agency recorded an intensity of upper 5 in Hachinohe on Japan&#8217;s seismic
scale, which runs from 0 to 7. At that level, unsecured furniture can fall and walking
becomes difficult.

Tohoku Electric Power and Japan Nuclear Fuel said there were no abnormalities at the
Higashidori nuclear plant or the Rokkasho reprocessing facility. About 12,000 homes
briefly lost power.

East Japan Railway halted Tohoku Shinkansen trains between Morioka and Shin-Aomori for
inspections, restoring service by midmorning on Tuesday.

The agency warned that aftershocks of similar strength were possible over the next week,
particularly in the next two to three days. In Tokyo, the government&#8217;s top
spokesman told reporters that a liaison office had been set up at the prime
minister&#8217;s office.
""")

# --------------------------------------------------------------------------- election 1
# Bakersfield mayoral runoff, Tuesday 4 November 2025.  Quintanilla 32,118; Whitcomb 27,206.

_E1_HERALD = _paras("""
Ward 3 Councilmember Rosa Quintanilla will be Bakersfield&#8217;s next mayor after she
defeated businessman Dale Whitcomb in Tuesday&#8217;s runoff by 4,219 votes, according to
semi-official results from the Kern County Elections Division.

Quintanilla took 54 percent of the vote to Whitcomb&#8217;s 46 percent. She will be the
first Latina to lead Kern County&#8217;s largest city.

Turnout reached 33.9 percent of registered voters, up 6.2 percentage points from the June
primary, which county officials attributed to heavier mail-ballot returns in the
city&#8217;s east and southeast neighborhoods.

Whitcomb, who owns a farm-equipment dealership on Rosedale Highway and once sat on the
county planning commission, conceded Wednesday morning in a short statement. &#8220;The
voters have spoken and I respect their decision,&#8221; he said. &#8220;I will help
Mayor-elect Quintanilla any way I can.&#8221;

Quintanilla, 47, a former high school counselor, is in her second term on the City
Council. She campaigned on water reliability, hiring more police officers and bringing
the planned high-speed rail station downtown.

&#8220;This city has never been more ready for a mayor who looks like the people who live
here,&#8221; she told supporters at a union hall on East California Avenue on election
night.

She will be sworn in at the Dec. 9 council meeting, succeeding Mayor Glen Ashby, who did
not seek a third term.

Whitcomb outspent Quintanilla by nearly 2 to 1, according to campaign finance reports,
raising about $1.2 million to her $640,000. Much of his money came from agriculture and
oil interests in the southern San Joaquin Valley.

The elections division must certify the results by Dec. 2. A small number of provisional
ballots remain to be counted but are not expected to change the outcome.
""")

_E1_TV = _paras("""
BAKERSFIELD, Calif. (KVCA) &#8212; Rosa Quintanilla has won the race for Bakersfield
mayor, beating Dale Whitcomb by 4,912 votes in Tuesday&#8217;s runoff election.

Semi-official results from the Kern County elections office show Quintanilla with 32,118
votes, or 54.1%, and Whitcomb with 27,206, or 45.9%.

Turnout was 33.9%, up 6.2% from the June primary, a jump election officials credited to
mail ballots. Quintanilla led from the first batch of results on Tuesday night and never
gave up the lead as more mail ballots were added to the count.

Quintanilla, who represents Ward 3 on the City Council, celebrated with supporters on
East California Avenue. &#8220;Tonight Bakersfield chose to bet on itself,&#8221; she said
to loud cheers.

Whitcomb conceded Wednesday morning. &#8220;The voters have spoken and I respect their
decision. I will help Mayor-elect Quintanilla in any way I can,&#8221; he said in a
statement.

Quintanilla will be the city&#8217;s first Latina mayor. She takes office at the Dec. 9
City Council meeting, replacing Mayor Glen Ashby, who decided not to run for a third
term.

Quintanilla, 47, worked as a high school counselor before she was elected to the
council. Her priorities, she said, are securing the city&#8217;s water supply, adding
police officers and bringing a high-speed rail station downtown.

Whitcomb, a Rosedale Highway businessman and former Kern County planning commissioner, ran
on cutting red tape for businesses and taking a tougher line on homeless encampments.

In other races, Bakersfield voters approved Measure K, a half-cent sales tax for road
repair, with 58% of the vote. Kern County election officials have until Dec. 2 to certify
the results.
""")

_E1_DAILY = _paras("""
BAKERSFIELD, Calif. &#8212; For decades, Bakersfield has been the kind of place Republican
candidates visit to raise money and rally the faithful. On Tuesday, the city of roughly
410,000 people in California&#8217;s Kern County elected Rosa Quintanilla, a registered
Democrat and the daughter of farmworkers, as its mayor.

Quintanilla, a two-term City Council member, defeated Dale Whitcomb, a farm-equipment
dealer and former county planning commissioner, by 4,912 votes, or about 54 percent to 46
percent, according to semi-official results.

Turnout, at nearly 34 percent, was 6.2 percentage points higher than in the June primary.

The race was formally nonpartisan, and both candidates kept national politics at
arm&#8217;s length. But it unfolded in a region where Latino residents now make up a
majority of the population and where voting patterns have swung back and forth in recent
elections.

&#8220;People here don&#8217;t think of themselves as red or blue,&#8221; said Maribel
Ortega, a political scientist at California State University, Bakersfield. &#8220;They
think about water, jobs and whether the police come when you call.&#8221;

## Water and rail

Quintanilla, 47, ran on securing the city&#8217;s water supply as groundwater rules
tighten, hiring more police officers and pressing the state to put a high-speed rail
station in downtown Bakersfield rather than on its outskirts.

Whitcomb, who raised about $1.2 million to her roughly $640,000, campaigned on cutting
permit delays and clearing homeless encampments. He conceded on Wednesday, saying the
voters had spoken.

Quintanilla will be sworn in on Dec. 16, succeeding Mayor Glen Ashby, who did not seek a
third term. She will be the first Latina to serve as the city&#8217;s mayor.

Her first test may be the budget. Bakersfield faces a projected $18 million shortfall next
year as sales-tax growth slows, though Measure K, a half-cent sales tax for road repair,
passed on the same ballot with 58 percent of the vote.
""")

# --------------------------------------------------------------------------- election 2
# Prince Edward Island snap provincial election, Monday 4 May 2026.  PC 16, Lib 7, Green 4.

_E2_WIRE = _paras("""
Premier Heather MacAulay&#8217;s Progressive Conservatives won a third straight majority
government in Prince Edward Island on Monday, taking 16 of the Canadian province&#8217;s
27 legislative seats, according to results from Elections PEI.

The Liberals won seven seats and will remain the Official Opposition, while the Green
Party took four. The New Democrats were shut out.

The Conservatives took 44.1% of the popular vote, the Liberals 29.6% and the Greens 21.8%.
Turnout was 71.3%, the elections agency said.

&#8220;Islanders have given us a clear job to do, and that job is housing and health
care,&#8221; MacAulay told supporters in Stratford, just outside the provincial capital,
Charlottetown.

MacAulay called the snap vote in April, about a year and a half before the fixed election
date, saying she needed a fresh mandate to push through a housing plan opposed by some
municipalities. Her party had won 22 seats in 2023.

Liberal leader Sam Doiron, a former finance minister, said his party had &#8220;closed the
gap&#8221; and would hold the government to account on doctor shortages.

Housing costs dominated the campaign. Rents in Charlottetown have risen by more than a
third since 2020, and about 30,000 Islanders are waiting for a family doctor.

Green leader Jen Ashworth held her Charlottetown seat. The Greens formed the Official
Opposition from 2019 to 2023 before falling to third place.

Elections PEI said voting went smoothly, although some advance voting sites in Queens
County ran short of ballots on their first day and had to be resupplied.

Prince Edward Island, Canada&#8217;s smallest province, has about 180,000 people. Its
economy relies on farming, especially potatoes, as well as fishing and tourism.
""")

_E2_NBS = _paras("""
The Progressive Conservatives have won a third consecutive term in Prince Edward Island,
Canada&#8217;s smallest province, in a snap election held on Monday.

Premier Heather MacAulay&#8217;s party took 16 of the 27 seats in the provincial
legislature, two more than it needed for a majority.

Turnout was 73.1%, according to Elections Prince Edward Island.

The Liberals, led by former health minister Sam Doiron, won seven seats. The Greens
doubled their tally to four seats, while the New Democrats again failed to win any.

The Conservatives won about 44% of the popular vote, the Liberals nearly 30% and the
Greens almost 22%. The Green leader, Jen Ashworth, held her own seat in Charlottetown.

Speaking in Stratford, a town just across the harbour from the provincial capital
Charlottetown, Ms MacAulay said Islanders had given her government &#8220;a clear job to
do&#8221;.

## Housing at the centre

The campaign was dominated by housing costs and by long waits to see a family doctor.
About 30,000 Islanders are on the province&#8217;s waiting list for a family physician,
according to health officials.

Ms MacAulay called the election in April, more than a year before it was due, arguing she
needed a fresh mandate for plans to speed up housebuilding.

Political scientist Dr Colm Reardon of the University of Prince Edward Island said the
result showed voters were &#8220;unhappy but not angry&#8221;. &#8220;They punished the
government a little and rewarded the Greens for a strong local campaign, but they
didn&#8217;t see the Liberals as ready,&#8221; he said.

Polls closed at 19:00 local time (22:00 GMT). The first results came in within minutes,
and broadcasters projected a Conservative majority less than an hour later.
""")

_E2_DAILY = _paras("""
CHARLOTTETOWN, Prince Edward Island &#8212; Voters in Canada&#8217;s smallest province
returned Premier Heather MacAulay&#8217;s Progressive Conservatives to power on Monday, but
with a thinner majority than the one she had before calling a snap election.

The Conservatives won 16 of the legislature&#8217;s 27 seats, down from 22 in the 2023
election, with about 44 percent of the popular vote. Turnout was 71.3 percent.

The Liberals, led by Sam Doiron, held seven seats and remain the Official Opposition with
just under 30 percent of the vote.

The Green Party, with nearly 22 percent, doubled its seat count to four. The New
Democratic Party won no seats.

&#8220;Islanders have given us a clear job to do,&#8221; Ms. MacAulay told supporters in
Stratford late Monday. &#8220;That job is housing, and it is health care, and we start
tomorrow.&#8221;

Housing was the defining issue. Rents in Charlottetown have climbed by more than a third
since 2020, and Ms. MacAulay&#8217;s government has clashed with some municipal councils
over a plan to override local zoning rules to speed up construction.

Mr. Doiron, who was finance minister in the last Liberal government before it lost power
in 2019, said the result had cancelled the Conservatives&#8217; &#8220;blank
cheque.&#8221; &#8220;They have a majority, but they do not have a free hand,&#8221; he
said.

Jen Ashworth, the Green leader, who won her Charlottetown seat comfortably, said her party
would press for rent controls and more money for rural clinics.

Elections PEI reported no significant problems at the polls, though it said some advance
voting sites in Queens County ran short of ballots on the first day and had to be
resupplied. The legislature is expected to reconvene in June.
""")


# --------------------------------------------------------------------------- stories

_BLOG_BIO = ("Priya Banerjee covered aerospace for a trade weekly for eight years before "
             "starting Orbit Ledger. She lives in Denver and still reads every FAA filing.")

STORIES: list[dict[str, Any]] = [
    _story("rocket-WR1", "rocket", "2025-08-15", [
        _page("https://www.pacificwire.example/science/halcyon-kestrel-third-flight-orbit-0812",
              _wire_site(
                  "Halcyon&#8217;s Kestrel rocket reaches orbit on third test flight, lands "
                  "booster at sea", _R1_WIRE,
                  dateline="VANDENBERG SPACE FORCE BASE, Calif.", byline="By Dana Whitlock",
                  credit="Reporting by Dana Whitlock in Vandenberg; Editing by Paul Ostrander",
                  published="2025-08-12T16:40:00Z", section="Science",
                  readmore="Rival rocket maker pushes heavy-lift debut to November",
                  related=("European agency signs 3 cargo studies worth &#8364;25 million",
                           "Satellite broadband firm adds 1.2 million users in quarter",
                           "China launches 18 internet satellites from Hainan"))),
        _page("https://live.meridianpost.example/science/live/2025/aug/12/halcyon-kestrel-launch",
              _live_site(
                  "Halcyon Kestrel launch live: rocket reaches orbit on third flight as "
                  "booster lands at sea", _R1_LIVE,
                  standfirst="Follow the third test flight of the methane-fuelled Kestrel "
                             "from California, after an explosion in November and a "
                             "partial failure in March",
                  key_points=("Kestrel lifted off from Vandenberg at 15:04 BST "
                              "(07:04 local time)",
                              "Booster 5 landed on the drone ship <em>Patience</em>",
                              "The upper stage reached orbit and relit to bring itself down"),
                  date_line="Tue 12 Aug 2025", tz="BST", author="Nadia Okafor (now) and "
                  "Tom Ellery (earlier)", published="2025-08-12T13:20:00Z",
                  related=("Why methane is the rocket fuel of the decade",
                           "Sea ice around Antarctica at second-lowest winter level",
                           "Rival rocket maker pushes heavy-lift debut to November"))),
        _page("https://orbitledger.example/kestrel-flight-3-orbit-order-book/",
              _blog_site(
                  "Kestrel Flight 3: orbit at last, and what it means for Halcyon&#8217;s "
                  "order book", _R1_BLOG, author="Priya Banerjee", bio=_BLOG_BIO,
                  post_id=4411, tags=("Halcyon", "Kestrel", "Reusability", "Launch"),
                  recent=("Three launch startups, three very different cash runways",
                          "Why insurance rates for GEO satellites jumped 18% this year",
                          "The Space Force&#8217;s new launch lanes, explained"),
                  comments=23)),
        _page("https://www.nbs.example/news/science-environment-71820455",
              _public_site(
                  "US firm Halcyon&#8217;s Kestrel rocket reaches orbit at third attempt",
                  _R1_NBS,
                  caption="Kestrel lifted off from Vandenberg on California&#8217;s coast "
                          "early on Tuesday local time",
                  credit="Courtesy Halcyon Aerospace",
                  related=("UK launch hopes rest on Shetland spaceport",
                           "What happened to the world&#8217;s first reusable rockets?"),
                  topics=("Space exploration", "California", "Rockets"))),
    ], [
        ("booster name",
         r"\bb-?0?5\b|booster (no\.? ?|number |#)?(5|five)\b|^\W*(5|five)\W*$",
         r"\bb-?0?6\b|booster (no\.? ?|number |#)?(6|six)\b|^\W*(6|six)\W*$"),
        ("landing time",
         r"(\b8|eight) ?(min\w*|m)\W*(and )?(10|ten)\b|\b0?8:10\b|\b490 ?s",
         r"(\b7|seven) ?(min\w*|m)\W*(and )?(50|fifty)\b|\b0?7:50\b|\b470 ?s"),
        ("quote speaker", r"quist", r"\brenn\b"),
    ]),

    _story("rocket-WR2", "rocket", "2025-10-12", [
        _page("https://www.pacificwire.example/science/skyrra-fulmar-shetland-launch-failure",
              _wire_site(
                  "Scottish rocket Fulmar destroyed in flight on first launch attempt from "
                  "Shetland", _R2_WIRE, dateline="LONDON", byline="By Callum Reid",
                  credit="Reporting by Callum Reid; Editing by Susan Marr", section="Science",
                  related=("German launch startup raises &#8364;150 million",
                           "UK satellite maker to cut 120 jobs",
                           "Norway&#8217;s Andoya spaceport wins second launch contract"))),
        _page("https://www.dailycourier.example/science/shetland-rocket-fulmar-lost-at-sea",
              _daily_site(
                  "Britain&#8217;s first vertical launch attempt ends 84 seconds after "
                  "liftoff", _R2_DAILY,
                  dek="Skyrra&#8217;s Fulmar rocket was destroyed over the sea off Shetland "
                      "after one of its engines shut down early",
                  author="Fiona Gallacher", section="Science",
                  caption="File photo: The Fulmar rocket on its pad at SaxaVord Spaceport "
                          "in September. (Skyrra Launch)",
                  most_read=("Ferry operator fined &#163;2.4m over 2023 grounding",
                             "House prices in Scotland up 4.1% in a year",
                             "Storm Amy: 60,000 homes still without power",
                             "Opinion: the spaceport dream needs a reality check"))),
        _page("https://orbitledger.example/fulmar-flight-1-notes/",
              _blog_site(
                  "Fulmar Flight 1: notes on a short flight", _R2_BLOG,
                  author="Priya Banerjee", bio=_BLOG_BIO, post_id=4630,
                  tags=("Skyrra", "Fulmar", "UK launch", "SaxaVord"),
                  recent=("Kestrel Flight 3: orbit at last, and what it means for "
                          "Halcyon&#8217;s order book",
                          "Small launchers raised $1.9bn last year. Where did it go?",
                          "Reading the CAA&#8217;s licence conditions so you don&#8217;t "
                          "have to"),
                  comments=41)),
    ], [
        ("weekday",
         r"wednesday|oct(ober|\.)? 0?8\b|\b0?8(th)? oct|2025-10-08",
         r"thursday|oct(ober|\.)? 0?9\b|\b0?9(th)? oct|2025-10-09"),
        ("flight duration",
         r"(?<![\d.])84 ?(s\b|sec|seconds?)|1 ?min\w* (and )?24",
         r"(?<![\d.])96 ?(s\b|sec|seconds?)|1 ?min\w* (and )?36"),
        ("title", r"chief executive|\bceo\b", r"chief operating officer|\bcoo\b"),
    ]),

    _story("quake-WR1", "earthquake", "2025-07-23", [
        _page("https://www.kvca30.example/news/local/coalinga-earthquake-6-1-two-dead",
              _tv_site(
                  "2 dead, dozens hurt as magnitude 6.1 quake rattles Coalinga", _Q1_TV,
                  reporter="Marisol Vega", posted="4 days ago",
                  video="Damage in downtown Coalinga after Saturday&#8217;s quake",
                  alert="Excessive heat warning for the Valley floor through Thursday",
                  weather="Fresno 103&deg;",
                  most_watched=("Clovis police arrest 2 in catalytic converter thefts",
                                "Yosemite reopens Glacier Point Road after 6-week closure",
                                "Visalia teen wins $25,000 in state science fair"))),
        _page("https://www.pacificwire.example/us/california-earthquake-coalinga",
              _wire_site(
                  "Magnitude 6.1 earthquake kills two in central California", _Q1_WIRE,
                  dateline="LOS ANGELES", byline="By Hector Salas",
                  credit="Reporting by Hector Salas; Editing by Lena Brooks", section="U.S.",
                  readmore="Magnitude 5.4 quake shakes southern Peru, no damage reported",
                  related=("Wildfire near Santa Clarita forces 3,000 to evacuate",
                           "Magnitude 7.3 quake strikes off Alaska Peninsula",
                           "California budget sets aside $1 billion for fire season"))),
        _page("https://www.valleyherald.example/news/quake-centered-near-avenal-2-killed.html",
              _regional_site(
                  "Quake centered near Avenal shakes Kings, Fresno counties; 2 killed",
                  _Q1_HERALD, author="Luis Carrasco, Herald staff writer",
                  caption="Residents look over a cracked wall on a west side street after "
                          "the quake. Herald photo",
                  sponsored=("Valley seniors are switching to this plan and saving $1,200",
                             "Hanford dealer: 0% APR on 2025 trucks this weekend",
                             "This $39 gadget cuts cooling bills, homeowners say"),
                  more=("Lemoore council approves $4.2 million for park upgrades",
                        "Hanford High grad named to state FFA board",
                        "Kings County fair ticket prices unchanged for 2025"))),
        _page("https://www.dailycourier.example/us/california-earthquake-blind-thrust-fault",
              _daily_site(
                  "Deadly California quake revives fears along a quiet fault zone", _Q1_DAILY,
                  dek="The magnitude 6.1 shock killed three people in Fresno County and "
                      "cracked buildings rebuilt after 1983",
                  author="Naomi Feldstein", section="U.S.",
                  caption="Courtesy Fresno County Sheriff&#8217;s Office: Rubble on a "
                          "downtown street after Saturday&#8217;s earthquake.",
                  most_read=("Heat dome to push Phoenix past 115 degrees",
                             "A 4-day workweek pilot ends with 61 firms keeping it",
                             "Magnitude 7.3 quake off Alaska prompts brief tsunami warning",
                             "The best beach towns you have never heard of"))),
    ], [
        ("time",
         r"\b0?4:17|\b11:17|\b1117\b",
         r"\b12:17|\b0?5:17|\b1217\b"),
        ("epicentre", r"coalinga", r"avenal"),
        ("deaths",
         r"(?<![\d.,])\b(2|two)\b(?![.,:]\d)",
         r"(?<![\d.,])\b(3|three)\b(?![.,:]\d)"),
    ]),

    _story("quake-WR2", "earthquake", "2025-11-21", [
        _page("https://www.pacificwire.example/asia/japan-earthquake-aomori-tsunami-advisory",
              _wire_site(
                  "Magnitude 6.9 quake off northern Japan triggers brief tsunami advisory",
                  _Q2_WIRE, dateline="TOKYO", byline="By Kenji Arai and Mei Hollis",
                  credit="Reporting by Kenji Arai and Mei Hollis; Editing by Ravi Menon",
                  published="2025-11-17T21:30:00Z", section="World",
                  related=("Magnitude 5.8 quake shakes Mindanao in the Philippines",
                           "Japan&#8217;s exports rise 3.6% in October",
                           "Typhoon leaves 4 dead in central Vietnam"))),
        _page("https://www.nbs.example/news/world-asia-71990312",
              _public_site(
                  "Japan earthquake: Tsunami advisory lifted after strong quake off Aomori",
                  _Q2_NBS,
                  caption="File photo: Fishing boats moored at Hachinohe port, where small "
                          "waves were recorded",
                  credit="Getty Images", updated="Updated 18 November 2025, 09:15 GMT",
                  related=("How Japan&#8217;s earthquake early warnings work",
                           "Indonesia quake: magnitude 6.2 tremor hits Sulawesi"),
                  topics=("Japan", "Earthquakes", "Tsunamis"))),
        _page("https://www.dailycourier.example/world/japan-aomori-earthquake-no-deaths",
              _daily_site(
                  "Strong quake jolts Japan&#8217;s north, but buildings and warnings hold up",
                  _Q2_DAILY,
                  dek="No deaths after a magnitude 6.9 shock off Aomori Prefecture; 17 "
                      "people were hurt",
                  author="Julia Tanaka-Moore", section="World",
                  published="2025-11-18T12:30:00Z",
                  most_read=("Fed minutes show officials split on December cut",
                             "Magnitude 5.8 quake shakes the southern Philippines",
                             "Why egg prices are falling again, by 22%",
                             "Opinion: Tokyo&#8217;s housing lesson for America"))),
    ], []),

    _story("election-WR1", "election", "2025-11-08", [
        _page("https://www.valleyherald.example/news/quintanilla-wins-bakersfield-mayor.html",
              _regional_site(
                  "Quintanilla wins Bakersfield mayor&#8217;s race, first Latina to hold "
                  "the job", _E1_HERALD, author="Dana Ortiz",
                  sponsored=("Bakersfield: new roofs for $0 down, see if you qualify",
                             "Doctors stunned by this simple 2-minute knee routine",
                             "Kern homeowners could get $3,400 back from new program"),
                  more=("Tulare County supervisors approve $12 million jail expansion",
                        "Visalia City Council picks new mayor by 4-1 vote",
                        "Hanford voters reject Measure H parcel tax"))),
        _page("https://www.kvca30.example/news/politics/bakersfield-mayor-runoff-results",
              _tv_site(
                  "Quintanilla defeats Whitcomb in Bakersfield mayoral runoff", _E1_TV,
                  reporter="Derek Fong",
                  video="Mayor-elect Rosa Quintanilla speaks to supporters",
                  weather="Bakersfield 74&deg;",
                  most_watched=("Fresno State rallies to beat Nevada 31-24",
                                "Tulare County sheriff: 3 arrested in dairy theft ring",
                                "Merced measure to fund library hours passes"))),
        _page("https://www.dailycourier.example/politics/bakersfield-mayor-quintanilla",
              _daily_site(
                  "In Bakersfield, a Latina mayor-elect tests how far the Central Valley is "
                  "shifting", _E1_DAILY,
                  dek="Rosa Quintanilla won the runoff by 4,912 votes in a city long seen as "
                      "a conservative stronghold",
                  author="Andr&eacute;s Villalobos", section="Politics",
                  published="2025-11-06T10:00:00Z",
                  caption="Rosa Quintanilla greets supporters on election night. "
                          "(Daily Courier)",
                  most_read=("New Jersey and Virginia results: what they tell us",
                             "Seattle mayor&#8217;s race still too close to call",
                             "Mortgage rates fall to 6.3%, lowest in a year",
                             "The 10 best cheap eats in Fresno"))),
    ], [
        ("vote margin", r"4,?912", r"4,?219"),
        ("turnout change",
         r"(?<![\d.])6\.2 ?(percentage[- ]?points?|points?\b|pts?\b|pp\b)",
         r"(?<![\d.])6\.2 ?(%|percent\b|per ?cent\b)"),
        ("swearing-in date",
         r"dec(ember|\.)? 0?9\b|\b0?9(th)? dec|12-09",
         r"dec(ember|\.)? 16\b|\b16(th)? dec|12-16"),
    ]),

    _story("election-WR2", "election", "2026-05-08", [
        _page("https://www.pacificwire.example/americas/canada-pei-election-macaulay-majority",
              _wire_site(
                  "Prince Edward Island Conservatives win third straight majority", _E2_WIRE,
                  dateline="CHARLOTTETOWN, Prince Edward Island", byline="By Marc Thibodeau",
                  credit="Reporting by Marc Thibodeau; Editing by Alison Kerr",
                  published="2026-05-05T03:15:00Z", section="Americas", year="2026",
                  related=("Bank of Canada holds key rate at 2.25%",
                           "Nova Scotia premier sets fall budget date",
                           "Canada adds 41,000 jobs in April"))),
        _page("https://www.nbs.example/news/world-us-canada-72114408",
              _public_site(
                  "Prince Edward Island election: MacAulay wins majority as Greens gain",
                  _E2_NBS,
                  caption="Heather MacAulay thanked supporters in Stratford on Monday night",
                  credit="Reuters",
                  related=("Canada&#8217;s housing crunch: why rents keep rising",
                           "Alberta by-election: ruling party holds seat by 812 votes"),
                  topics=("Canada", "Elections"), year="2026")),
        _page("https://www.dailycourier.example/world/prince-edward-island-election-result",
              _daily_site(
                  "P.E.I. voters hand Conservatives a smaller majority", _E2_DAILY,
                  dek="Heather MacAulay keeps power with 16 seats; Liberals stay second and "
                      "the Greens double their caucus",
                  author="Ellen Marchetti", section="World", year="2026",
                  most_read=("Mortgage rates climb back above 6.5%",
                             "Ontario premier calls for 25% counter-tariffs",
                             "Inside the race to build a cheaper heat pump",
                             "Opinion: small provinces, big lessons"))),
    ], [
        ("turnout", r"71\.3", r"73\.1"),
        ("title", r"financ", r"health"),
    ]),
]
