"""Part WC of the story battery (web pages).

Written by engineer WC1 on 2026-12-06 (fifteenth session, fifth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WC`.

Six stories (two rocket test flights, two earthquakes, two elections), each told by three or
four invented outlets whose whole HTML pages are produced by one template per outlet.  One
story (rocket-WC2) is a control story with no planted disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Outlet templates (one per outlet)
# ---------------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, credit: str,
               related: list[str], section: str = "World", published: str | None = None,
               shown: str | None = None, read_more: str | None = None) -> str:
    """Meridian Wire: a London wire service.  Plain <article>, dateline, credit line."""
    meta = ""
    stamp = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">'
        stamp = f'<time class="stamp" datetime="{published}">{shown or published}</time>'
    parts = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f"{dateline} (Meridian Wire) &ndash; {p}"
        parts.append(f'<p class="para" data-idx="{i}">{p}</p>')
        if read_more and i == 2:
            parts.append('<div class="read-more"><span>Read more:</span> '
                         f'<a href="/world/related-story">{read_more}</a></div>')
    body = "\n".join(parts)
    more = "\n".join(f'<li><a href="/article/mw-{n}">{h}</a></li>'
                     for n, h in enumerate(related, 1))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}
<link rel="stylesheet" href="/static/mw.css">
</head>
<body class="mw-article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="mw-top">
  <a href="/" class="mw-logo">MERIDIAN WIRE</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>
    <li><a href="/sustainability">Sustainability</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav>
  <form class="mw-search" action="/search"><input type="search" name="q"
    placeholder="Search Meridian Wire"><button>Search</button></form>
  <a class="mw-signin" href="/account">Sign in</a>
</header>
<main id="main-content">
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/section">{section}</a></div>
<article class="story">
<header class="story-head">
<h1 class="story-title">{title}</h1>
<div class="story-meta"><span class="by">By {byline}</span> {stamp}</div>
<div class="share-bar"><a href="#fb">Share on Facebook</a> <a href="#x">Tweet</a>
  <a href="#li">Share on LinkedIn</a> <button class="copy">Copy link</button></div>
</header>
<div class="story-body">
{body}
</div>
<p class="credit">{credit}</p>
<p class="standards"><a href="/about/standards">Our Standards: The Meridian Wire Trust
Principles.</a> <a href="/licensing">Purchase licensing rights</a></p>
</article>
<aside class="mw-more"><h2>More from Meridian Wire</h2><ul>
{more}
</ul></aside>
</main>
<footer class="mw-foot">
<p>Meridian Wire, 40 Fenwick Street, London EC3R 7BB. All quotes delayed a minimum of
15 minutes.</p>
<p>&copy; 2025 Meridian Wire Ltd. All rights reserved. <a href="/privacy">Privacy</a> &middot;
<a href="/cookies">Cookies</a> &middot; <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, standfirst: str, author: str,
                author_bio: str, most_read: list[str], section: str,
                json_date: str | None = None, correction: str | None = None,
                comments: int = 0, read_more: str | None = None) -> str:
    """The Continental: a Brussels-based national daily with cookie wall and metered paywall."""
    ld = ""
    if json_date:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"NewsArticle","headline":"' + title.replace('"', "'") + '",'
              '"datePublished":"' + json_date + '","publisher":{"@type":"Organization",'
              '"name":"The Continental"}}</script>')
    parts = []
    for i, p in enumerate(paras):
        parts.append(f"<p>{p}</p>")
        if i == 1:
            parts.append('<div class="paywall-teaser"><strong>You have 2 free articles left '
                         'this month.</strong> Subscribe for &euro;1 a week for the first '
                         'three months. <a href="/subscribe">Subscribe now</a></div>')
        if read_more and i == 3:
            parts.append(f'<p class="inline-link"><em>Read more: <a href="/related">'
                         f'{read_more}</a></em></p>')
    if correction:
        parts.append(f'<p class="correction"><em>{correction}</em></p>')
    body = "\n".join(parts)
    mr = "\n".join(f'<li><span class="rank">{n}</span> <a href="/most-read/{n}">{h}</a></li>'
                   for n, h in enumerate(most_read, 1))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - The Continental</title>
<meta property="og:site_name" content="The Continental">
<meta name="description" content="{standfirst}">
{ld}
</head>
<body>
<div id="cookie-consent" class="cmp-banner" role="dialog">
  <p>We and our 214 partners use cookies and similar technologies to store and access
  information on your device, to personalise content and ads and to measure audiences.
  You can change your choices at any time via &ldquo;Privacy settings&rdquo;.</p>
  <button class="accept">Accept all</button> <button class="reject">Reject all</button>
  <a href="/privacy-settings">Manage preferences</a>
</div>
<div class="masthead">
  <div class="edition">Europe edition &middot; <a href="/uk">UK</a> &middot;
    <a href="/intl">International</a></div>
  <a class="brand" href="/">The Continental</a>
  <ul class="primary-nav"><li><a href="/europe">Europe</a></li><li><a href="/world">World</a>
  </li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul>
  <a class="btn-subscribe" href="/subscribe">Subscribe</a>
</div>
<div class="page">
<main>
<article class="article">
<div class="kicker"><a href="/{section.lower()}">{section}</a></div>
<h1 class="headline">{title}</h1>
<p class="standfirst">{standfirst}</p>
<div class="byline">By <a href="/authors/{author.lower().replace(' ', '-')}">{author}</a></div>
<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a>
</li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
<div class="article-body">
{body}
</div>
<div class="author-bio"><strong>{author}</strong> {author_bio}</div>
<div class="comments-teaser"><a href="#comments">{comments} comments</a> &ndash; join the
conversation. Comments are open to subscribers.</div>
</article>
</main>
<aside class="rail">
<section class="most-read"><h2>Most read</h2><ol>
{mr}
</ol></section>
<section class="newsletter"><h2>The Morning Brief</h2><p>Europe&#8217;s news in five minutes,
every weekday at 7am CET.</p><form><input type="email" placeholder="Your email">
<button>Sign up</button></form></section>
<div class="ad ad-mpu">Advertisement</div>
</aside>
</div>
<footer class="site-footer">
<p>The Continental Media SA &middot; Rue de la Loi 140, 1040 Brussels &middot; Company no.
0741.552.918</p>
<p>&copy; The Continental 2025. <a href="/privacy">Privacy notice</a> &middot;
<a href="/privacy-settings">Privacy settings</a> &middot; <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, video_label: str, reporter: str,
             trending: list[str], stamp: str | None = None) -> str:
    """KGLF 4 Gulf Coast News: local TV station; video player and transcript-like <br> text."""
    text = "<br><br>\n".join(paras)
    trend = "\n".join(f'<div class="trend-item"><a href="/news/trending-{n}">{h}</a></div>'
                      for n, h in enumerate(trending, 1))
    when = f'<div class="ts">{stamp}</div>' if stamp else ""
    return f"""<html>
<head>
<title>{title} | KGLF 4 Gulf Coast News</title>
<meta name="description" content="{title}">
<meta property="og:site_name" content="KGLF 4">
</head>
<body class="station kglf">
<div id="alert-bar"><a href="/live">LIVE: KGLF 4 News at Noon</a> &middot;
  <a href="/weather">First Alert Weather</a></div>
<div class="nav-wrap"><div class="logo">KGLF<span>4</span></div>
  <div class="menu"><a href="/news">News</a> | <a href="/weather">Weather</a> |
  <a href="/traffic">Traffic</a> | <a href="/sports">Sports</a> |
  <a href="/investigates">4 Investigates</a> | <a href="/contests">Contests</a></div>
  <div class="wx-mini">Port Harlan <b>81&deg;F</b> Partly cloudy</div></div>
<div class="container"><div class="row"><div class="col-8">
<div class="story-hdr"><div class="hdr-text">{title}</div>
  <div class="reporter">By {reporter}</div>{when}</div>
<div class="video-player" data-provider="anvato" data-id="kglf-{sum(map(ord, title)) % 99991}">
  <div class="vp-poster"></div>
  <div class="vp-msg">Video player is loading.</div>
  <div class="vp-caption">{video_label}</div>
  <div class="vp-controls">Play &nbsp; Mute &nbsp; Captions &nbsp; Fullscreen</div>
</div>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
  <a href="#">Copy Link</a></div>
<div class="story-text">
{text}
</div>
<div class="ad-leader">ADVERTISEMENT</div>
<div class="tip">Have a news tip? Email <a href="mailto:desk@kglf4.example">desk@kglf4.example</a>
  or call 361-555-0144. <a href="/report-typo">Report a typo</a></div>
<div class="app-promo">Download the KGLF 4 app for breaking news alerts and live radar.</div>
</div>
<div class="col-4 sidebar"><div class="trending-hdr">Trending on KGLF 4</div>
{trend}
<div class="ad-box">ADVERTISEMENT</div></div></div></div>
<div class="footer">KGLF 4 &middot; 2200 Shoreline Blvd, Port Harlan, TX 78397 &middot;
  <a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a> &middot;
  &copy; 2025 Bayline Media Group. All rights reserved.</div>
</body>
</html>
"""


def _blog_site(title: str, blocks: list[str], *, author: str, bio: str, tags: list[str],
               recent: list[str], posted: str | None = None, comments: int = 0,
               post_id: int = 4800) -> str:
    """Ledger &amp; Orbit: WordPress-like space-business blog."""
    parts = [b if b.lstrip().startswith("<") else f"<p>{b}</p>" for b in blocks]
    body = "\n".join(parts)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    rec = "\n".join(f'<li><a href="/recent-{n}/">{h}</a></li>' for n, h in enumerate(recent, 1))
    meta = ""
    if posted:
        meta = ('<span class="posted-on">Posted on <time class="entry-date published">'
                f'{posted}</time></span> ')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledger &amp; Orbit</title>
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css' type='text/css' media='all' />
<link rel='stylesheet' id='ledger-style-css' href='/wp-content/themes/ledger/style.css' />
<meta property="og:site_name" content="Ledger &amp; Orbit" />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Ledger &amp; Orbit</a>
</p><p class="site-description">The business of space, without the countdown hype</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/launch/">Launch</a></li>
<li class="menu-item"><a href="/category/funding/">Funding</a></li>
<li class="menu-item"><a href="/category/policy/">Policy</a></li>
<li class="menu-item"><a href="/category/markets/">Markets</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p class="must-log-in">You must be <a href="/wp-login.php">logged
in</a> to post a comment.</p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">
Recent Posts</h2><ul>
{rec}
</ul></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Get Ledger &amp; Orbit in
your inbox</h2><p>One email a week. No launch-day hype.</p><form><input type="email"
placeholder="Email address"><input type="submit" value="Subscribe"></form></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger &amp; Orbit
&middot; <a href="https://wordpress.example/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""


def _broadcaster_site(title: str, paras: list[str], *, related: list[str], topics: list[str],
                      shown_date: str | None = None, updated: str | None = None,
                      listen: str = "4 min") -> str:
    """BPB News: Baltic Public Broadcasting, English service of a public broadcaster."""
    date_html = f'<span class="pub-date">{shown_date}</span>' if shown_date else ""
    upd = f'<p class="updated">Updated {updated}</p>' if updated else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    rel = "\n".join(f'<li><a href="/en/story/{n}">{h}</a></li>' for n, h in enumerate(related, 1))
    tops = " ".join(f'<a class="topic" href="/en/topic/{t.lower()}">{t}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | BPB News</title>
<meta property="og:site_name" content="BPB News &ndash; Baltic Public Broadcasting">
<meta property="og:locale" content="en_GB">
</head>
<body>
<div class="lang-bar"><a href="/et">Eesti</a> <a href="/lv">Latvie&scaron;u</a>
<a href="/lt">Lietuvi&#371;</a> <a href="/ru">&#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;</a>
<b>English</b></div>
<header class="bpb-header"><a class="bpb-logo" href="/en">BPB News</a>
<nav><a href="/en/baltics">Baltics</a> <a href="/en/europe">Europe</a>
<a href="/en/world">World</a> <a href="/en/science">Science &amp; Tech</a>
<a href="/en/culture">Culture</a> <a href="/en/radio">Radio</a> <a href="/en/tv">TV</a></nav>
</header>
<main class="bpb-main">
<div class="story">
<h1>{title}</h1>
<div class="story-info">{date_html} <button class="listen">Listen to this article
 &middot; {listen}</button></div>
{upd}
<div class="story-body">
{body}
</div>
<div class="topics">Related topics: {tops}</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a>
<a href="#">Copy link</a></div>
</div>
<section class="more"><h2>More on this topic</h2><ul>
{rel}
</ul></section>
</main>
<footer class="bpb-footer"><p>Baltic Public Broadcasting is funded by its member states&#8217;
public service budgets. It carries no political advertising.</p>
<p>BPB, Gonsiori 21, 10147 Tallinn &middot; &copy; BPB 2025</p></footer>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, byline: str, most_read: list[str],
                   shown_date: str | None = None, kicker: str = "News",
                   note: str | None = None) -> str:
    """The Gulf Gazette-Tribune: regional paper, div soup, advertising everywhere."""
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<div class="p-block"><p>{p}</p></div>')
        if i % 2 == 1:
            parts.append(f'<div class="ad-slot ad-inline-{i}"><span class="ad-label">'
                         'Advertisement</span><div class="ad-frame"></div></div>')
        if i == 4:
            parts.append('<div class="sponsored"><span>SPONSORED</span> <a href="#">Gulf '
                         'Coast homeowners are switching insurers &mdash; here&#8217;s why</a>'
                         ' &middot; <a href="#">Doctors stunned by this one knee trick</a></div>')
    if note:
        parts.append(f'<div class="p-block note"><p><i>{note}</i></p></div>')
    body = "\n".join(parts)
    date_html = f'<div class="art-date">{shown_date}</div>' if shown_date else ""
    mr = "\n".join(f'<div class="mr-row"><span>{n}</span><a href="/mr/{n}">{h}</a></div>'
                   for n, h in enumerate(most_read, 1))
    return f"""<!DOCTYPE html>
<html>
<head>
<title>{title} | Gulf Gazette-Tribune</title>
<meta property="og:site_name" content="The Gulf Gazette-Tribune">
</head>
<body>
<div id="wrap">
<div class="ad-top"><span class="ad-label">Advertisement</span><div class="ad-frame"></div></div>
<div id="hdr"><div class="hdr-left"><a href="/">The Gulf Gazette-Tribune</a></div>
<div class="hdr-right"><a href="/subscribe" class="sub-btn">Subscribe for 99&cent;</a>
<a href="/login">Log in</a></div></div>
<div id="menu"><a href="/news/local">Local</a> &middot; <a href="/news/world">Nation &amp;
World</a> &middot; <a href="/sports">Sports</a> &middot; <a href="/obituaries">Obituaries</a>
&middot; <a href="/classifieds">Classifieds</a> &middot; <a href="/enewspaper">e-Edition</a>
&middot; <a href="/weather">Weather</a></div>
<div class="col-main"><div class="art">
<div class="art-kicker">{kicker}</div>
<div class="art-headline" style="font-size:34px;font-weight:700">{title}</div>
<div class="art-byline">{byline}</div>
{date_html}
<div class="art-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a> <a href="#">Save</a></div>
<div class="art-body">
{body}
</div>
<div class="paywall-note">Support local journalism. Get unlimited digital access for 99&cent;
for the first month.</div>
</div></div>
<div class="col-side">
<div class="ad-side"><span class="ad-label">Advertisement</span></div>
<div class="most-read"><div class="mr-title">Most Read</div>
{mr}
</div>
<div class="ad-side"><span class="ad-label">Advertisement</span></div>
<div class="promo">Sign up for Gazette-Tribune Breaking News emails</div>
</div>
<div id="ftr">The Gulf Gazette-Tribune &middot; 118 Water Street, Port Harlan, Texas &middot;
&copy; Copyright 2025, Gulf Coast Newspapers LLC &middot; <a href="/terms">Terms</a>
&middot; <a href="/privacy">Privacy Policy</a> &middot; <a href="/ads">Advertise with us</a></div>
</div>
</body>
</html>
"""


def _andes_site(title: str, paras: list[str], *, section: str, author: str, tags: list[str],
                also: list[str], shown_date: str | None = None,
                caption: str | None = None) -> str:
    """The Andes Courier: English-language daily from Lima; <h2> headline, div paragraphs."""
    photo = ""
    if caption:
        photo = ('<figure class="foto-principal"><img src="/media/fp.jpg" alt="">'
                 f'<figcaption>{caption}</figcaption></figure>')
    fecha = f'<span class="fecha">Lima, {shown_date}</span>' if shown_date else ""
    body = "\n".join(f'<div class="parrafo">{p}</div>' for p in paras)
    etiq = " &middot; ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}">{t}</a>'
                             for t in tags)
    ver = "\n".join(f'<li><a href="/nota/{n}">{h}</a></li>' for n, h in enumerate(also, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} &ndash; The Andes Courier</title>
<meta property="og:site_name" content="The Andes Courier">
</head>
<body class="nota-page">
<div class="top-links"><a href="#contenido">Skip to content</a> &middot;
<a href="/es">Versi&oacute;n en espa&ntilde;ol</a> &middot; <a href="/epaper">Print edition</a>
</div>
<div class="cabecera"><a class="marca" href="/">The Andes Courier</a>
<span class="lema">Peru and the region, in English since 1998</span></div>
<div class="secciones"><a href="/nacional">Peru</a> <a href="/mundo">World</a>
<a href="/economia">Economy</a> <a href="/mining">Mining</a> <a href="/travel">Travel</a>
<a href="/opinion">Opinion</a></div>
<div id="contenido" class="nota">
<div class="seccion">{section}</div>
<h2 class="titular">{title}</h2>
<div class="firma">By {author} {fecha}</div>
{photo}
<div class="cuerpo">
{body}
</div>
<div class="etiquetas">Tags: {etiq}</div>
<div class="compartir"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
</div>
<div class="ver-tambien"><h3>See also</h3><ul>
{ver}
</ul></div>
<div class="suscripcion">Get The Andes Courier weekday briefing. <a href="/newsletter">Sign
up free</a></div>
<div class="pie">The Andes Courier S.A.C. &middot; Av. Jos&eacute; Larco 1150, Miraflores, Lima
&middot; &copy; 2025 &middot; <a href="/contact">Contact</a> &middot; <a href="/advertise">
Advertise</a></div>
</body>
</html>
"""


def _scb_site(title: str, paras: list[str], *, key_points: list[str], reporter: str,
              related: list[str], topics: list[str], posted: str | None = None) -> str:
    """SCB News: Southern Cross Broadcasting, an Australian public broadcaster."""
    kp = "\n".join(f"<li>{k}</li>" for k in key_points)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    rel = "\n".join(f'<li><a href="/news/{n}">{h}</a></li>' for n, h in enumerate(related, 1))
    tp = "".join(f'<a class="tag" href="/news/topic/{t.lower()}">{t}</a>' for t in topics)
    when = f'<p class="posted">Posted {posted}</p>' if posted else ""
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{title} - SCB News</title>
<meta property="og:site_name" content="SCB News">
</head>
<body>
<a href="#content" class="skip">Skip to main content</a>
<header class="scb-masthead"><a href="/news" class="scb-logo">SCB News</a>
<nav><a href="/news/justin">Just In</a> <a href="/news/australia">Australia</a>
<a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/science">Science</a> <a href="/news/sport">Sport</a>
<a href="/listen">SCB Listen</a> <a href="/iview">SCB iScreen</a></nav>
</header>
<main id="content">
<article class="story">
<h1>{title}</h1>
<p class="byline">By {reporter}</p>
{when}
<div class="topics">Topic: {tp}</div>
<section class="key-points"><h2>In short:</h2><ul>
{kp}
</ul></section>
<div class="story-body">
{body}
</div>
<div class="share"><button>Share</button> <a href="#">Copy link</a> <a href="#">Facebook</a>
<a href="#">X (formerly Twitter)</a></div>
</article>
<section class="related"><h2>Related stories</h2><ul>
{rel}
</ul></section>
</main>
<footer class="scb-footer"><p>SCB pays its respects to the First Nations peoples on whose
lands we live, work and broadcast.</p><p>&copy; 2025 Southern Cross Broadcasting &middot;
<a href="/contact">Contact SCB</a> &middot; <a href="/editorial">Editorial policies</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

_KGLF_TRENDING = [
    "Port Harlan council delays vote on $14 million seawall plan",
    "Troopers: 2 hurt in Highway 48 crash near Bayview",
    "Cold front to drop overnight lows into the 50s by Friday",
    "Harlan High rallies past Kingsford 28-21 to stay unbeaten",
]

_ROCKET1 = _story("rocket-WC1", "rocket", "2025-10-20", [
    _page("https://www.kglf4.example/news/local/vireo-rocket-third-test-flight-cado-island/",
          _tv_site(
              "Vireo rocket soars on third test flight from Cado Island",
              [
                  "It was loud, it was bright, and this time it held together. Stellant "
                  "Aerospace&#8217;s Vireo rocket roared off the pad at the Starling Point "
                  "launch site on Cado Island at 7:23 Tuesday morning on its third full test "
                  "flight.",
                  "Thousands of people lined Harlan Beach and the causeway before sunrise to "
                  "watch. Some told KGLF 4 they had staked out their spots at 3 a.m.",
                  "&ldquo;You feel it in your chest before you hear it,&rdquo; said Lupe Garza, "
                  "who drove in from Bayview with her two grandsons. &ldquo;I&#8217;ve seen all "
                  "three now. This was the best one.&rdquo;",
                  "The booster &mdash; the company calls this one Booster 7 &mdash; lit all 31 "
                  "of its engines. About seven minutes after liftoff it came back down and made "
                  "a controlled splashdown in the Gulf, right where Stellant said it would.",
                  "The upper stage kept climbing. It got to about 133 miles above the Earth, "
                  "let go of two dummy satellites and then came back in over the Indian Ocean.",
                  "It splashed down at 8:29 a.m. our time, 66 minutes after it left Cado "
                  "Island.",
                  "Stellant chief executive Marta Okafor-Lind talked with reporters at the "
                  "launch site later in the morning.",
                  "&ldquo;We pushed this vehicle harder than ever, and it held together,&rdquo; "
                  "Okafor-Lind said. &ldquo;That is exactly what we needed to see before we ask "
                  "more of it.&rdquo;",
                  "You may remember how the last one went. Back in June, the second Vireo broke "
                  "apart about eight and a half minutes into its flight, and neighbors were "
                  "finding pieces of it along the shoreline for weeks.",
                  "This time the Federal Aviation Administration says nobody on the ground was "
                  "hurt and no property was damaged.",
                  "Not everybody is a fan. A few residents on the north end of the island told "
                  "us the rumble rattled their windows, and the county kept the causeway closed "
                  "for almost four hours.",
                  "Stellant says it wants to fly Vireo again before the end of the year. KGLF 4 "
                  "will have crews on the island when it does.",
              ],
              video_label="WATCH: Vireo lifts off from Starling Point, seen from the KGLF 4 "
                          "tower camera (2:41)",
              reporter="Marisol Ybarra",
              trending=_KGLF_TRENDING,
              stamp="Posted 6 days ago",
          )),
    _page("https://www.meridianwire.example/science/stellant-vireo-third-test-flight-2025-10-14/",
          _wire_site(
              "Stellant&#8217;s Vireo rocket completes third test flight, booster splashes "
              "down in Gulf",
              [
                  "Stellant Aerospace&#8217;s Vireo rocket completed its third test flight on "
                  "Tuesday, bringing its super-heavy booster down under control in the Gulf of "
                  "Mexico and steering its upper stage through re-entry, four months after the "
                  "previous Vireo broke apart in flight.",
                  "The 121-metre rocket lifted off from the company&#8217;s Starling Point site "
                  "on Cado Island at 7:23 a.m. local time (1223 GMT), watched by crowds on "
                  "nearby beaches.",
                  "Booster 7, the first stage, fired all 31 of its methane-fuelled Gale engines "
                  "and separated about two and a half minutes into the flight, then returned "
                  "for a splashdown roughly seven minutes after liftoff.",
                  "The upper stage, designated Ship 4, reached a peak altitude of about 214 km "
                  "(133 miles), released two mass simulators standing in for satellites and "
                  "briefly relit one of its six engines in space, a manoeuvre Stellant had not "
                  "tried before.",
                  "It splashed down in the Indian Ocean at 1329 GMT, according to the "
                  "company&#8217;s webcast, although on-board cameras showed several "
                  "heat-shield tiles missing near one of its flaps.",
                  "&ldquo;We pushed this vehicle harder than ever, and it held together,&rdquo; "
                  "Chief Executive Marta Okafor-Lind told reporters at the site. She said "
                  "engineers would study the missing tiles before Stellant set a date for a "
                  "fourth flight, which she hoped could take place before the end of the year.",
                  "It was the first Vireo flight since June 18, when the second vehicle broke "
                  "apart about eight and a half minutes after launch and scattered debris over "
                  "the Gulf. The U.S. <a href=\"/world/us/faa\">Federal Aviation "
                  "Administration</a> closed its investigation into that mishap in late "
                  "September and licensed Tuesday&#8217;s flight on Oct. 3.",
                  "The FAA said no public injuries or property damage had been reported.",
                  "Stellant, founded in 2016, is competing for commercial and government "
                  "contracts to launch large satellites and cargo, and says a fully reusable "
                  "Vireo could cut the cost of reaching orbit several times over.",
                  "Analysts said a clean flight would ease pressure on the privately held "
                  "company ahead of an expected fundraising. &ldquo;Flight two raised real "
                  "questions. Today answers a good number of them,&rdquo; said Priya Raman, a "
                  "space industry analyst at Corbel Research in Washington.",
              ],
              dateline="PORT HARLAN, Texas, Oct 14",
              byline="Dana Whitcombe",
              credit="Reporting by Dana Whitcombe in Port Harlan; additional reporting by "
                     "Felix Aird in London; editing by Simon Clare",
              section="Science",
              published="2025-10-14T14:05:00Z",
              shown="October 14, 2025 2:05 PM GMT",
              read_more="Indian start-up&#8217;s small rocket reaches orbit at third attempt",
              related=[
                  "European launcher start-up raises &euro;85 million ahead of maiden flight",
                  "Satellite operator Lumenor cuts 2025 revenue forecast by 6%",
                  "Japan&#8217;s space agency sets February date for lunar rover test",
                  "Gold hits record high as investors seek safety",
              ],
          )),
    _page("https://news.bpb.example/en/world/us-rocket-vireo-test-flight-14102025",
          _broadcaster_site(
              "US mega-rocket Vireo flies without exploding this time",
              [
                  "A giant rocket built by the American company Stellant Aerospace completed a "
                  "test flight on Tuesday without the break-up that ended its previous attempt "
                  "in June.",
                  "The Vireo lifted off from the Gulf coast of Texas at 14:23 Central European "
                  "Summer Time. Its first stage, <strong>Booster 9</strong>, fell back towards "
                  "the sea near the launch site as planned and made a controlled splashdown "
                  "about seven minutes later.",
                  "The upper stage flew on halfway around the planet. It touched the surface of "
                  "the Indian Ocean at 15:21 CEST, some 58 minutes after launch, and stayed "
                  "intact long enough to send back images of its final moments.",
                  "&ldquo;We pushed this vehicle harder than ever, and it held together,&rdquo; "
                  "said Tomas Reinholt, Stellant&#8217;s flight director, as staff in the "
                  "company&#8217;s control room cheered.",
                  "With 31 engines on its first stage, Vireo is far more powerful than anything "
                  "flown from Europe. &ldquo;What matters now is not one good flight, it is how "
                  "quickly they can repeat it,&rdquo; said Lina Kaasik, a propulsion researcher "
                  "at Tallinn University of Technology. &ldquo;If they fly again within weeks, "
                  "that is the real news.&rdquo;",
                  "In June the second Vireo broke up about eight and a half minutes after "
                  "liftoff. The US aviation regulator, the FAA, approved Tuesday&#8217;s flight "
                  "after closing its investigation into that accident in September.",
                  "The flight is also being watched closer to home. Orbiloop, a satellite maker "
                  "based in Tartu, signed a letter of intent this year to fly a small payload on "
                  "a future Vireo mission. Its chief executive, Kristjan Mets, said "
                  "Tuesday&#8217;s result &ldquo;makes our plans look a lot less "
                  "theoretical&rdquo;.",
                  "European governments are trying to build up their own launch industry. "
                  "Several small rockets from European start-ups are due to attempt first "
                  "flights over the next two years, though none is designed to match the size "
                  "of Vireo.",
                  "Stellant has not announced a date for its next flight.",
              ],
              related=[
                  "Estonian cubesat team wins &euro;2.4 million ESA contract",
                  "Latvia&#8217;s Ventspils radio telescope to be upgraded by 2027",
                  "Finnish radar satellite firm plans 12 launches next year",
              ],
              topics=["Space", "USA", "Science"],
              updated="15:40 CEST",
              listen="3 min",
          )),
    _page("https://ledgerorbit.example/2025/10/15/vireo-flight-three-stellant-next-raise/",
          _blog_site(
              "Vireo flight three: what a clean test means for Stellant&#8217;s next raise",
              [
                  "Stellant Aerospace got the flight it badly needed. Tuesday&#8217;s third "
                  "Vireo test went roughly to script: liftoff at 7:23 a.m. Central, a "
                  "controlled booster splashdown in the Gulf, an engine relight in space and an "
                  "upper stage that made it down to the Indian Ocean just over an hour after "
                  "leaving the pad.",
                  "If you only follow the company through its funding rounds, here is why that "
                  "matters. By our rough count Stellant has spent something like $4 billion "
                  "since it was founded in 2016, and until this week its rocket had yet to fly "
                  "a full test profile.",
                  "Chief executive Marta Okafor-Lind summed up the mood afterwards: "
                  "<em>&ldquo;We pushed this vehicle harder than ever, and it held "
                  "together.&rdquo;</em> Investors will like the second half of that sentence "
                  "more than the first.",
                  "The timing is not an accident. Stellant raised $1.2 billion in May at a "
                  "valuation of about $38 billion, according to people familiar with the deal, "
                  "and <a href=\"/2025/08/stellant-raise-reports/\">several outlets have "
                  "reported</a> since the summer that it wants to raise again early next year. "
                  "A repeat of June would have made that conversation a lot harder.",
                  "June, for anyone who has blocked it out: the second Vireo&#8217;s upper stage "
                  "broke apart roughly 8.5 minutes into flight, and Stellant spent the summer "
                  "inside an FAA mishap investigation.",
                  '<figure class="wp-block-pullquote"><blockquote><p>A clean flight does not '
                  'make a business. A cadence does.</p></blockquote></figure>',
                  "Three things we&#8217;ll be watching:",
                  "<ul class=\"wp-block-list\"><li><strong>Tiles.</strong> Webcast video showed "
                  "several heat-shield tiles missing from the upper stage. If that means weeks "
                  "of rework, flight four slips.</li><li><strong>Cadence.</strong> Okafor-Lind "
                  "wants flight four before the end of the year. Hitting that would be the best "
                  "signal yet that the nearly 400-foot rocket can fly on something like a "
                  "schedule.</li><li><strong>Reuse.</strong> Booster 7 was put down in the "
                  "water this time. Stellant has said it wants to catch and refly boosters from "
                  "2026, which is where the economics really change.</li></ul>",
                  "Corbel Research analyst Priya Raman puts the cost of each Vireo test at $80 "
                  "million to $100 million once hardware is counted, which gives a sense of how "
                  "much Stellant is paying to learn in public.",
                  "Our take: this was a good day for Stellant, and a necessary one. It was not "
                  "yet a business.",
              ],
              author="Nadia Broussard",
              bio="Nadia covers launch companies and space finance. She previously spent "
                  "nine years as an equity analyst covering aerospace suppliers.",
              tags=["Stellant", "Vireo", "Funding", "Launch"],
              recent=[
                  "Lumenor&#8217;s 6% guidance cut: a broadband warning sign?",
                  "Five launch start-ups that could run out of cash in 2026",
                  "Why insurers are pricing in-orbit cover 20% higher this year",
              ],
              posted="October 15, 2025",
              comments=14,
              post_id=4821,
          )),
], [
    ("booster", r"booster ?(no\.? ?)?7\b|\bb7\b|booster seven",
     r"booster ?(no\.? ?)?9\b|\bb9\b|booster nine"),
    ("landing time", r"8:29|13:?29|15:29|(?<!\d)66 ?min|1 ?h(ou)?r?,? 6 ?min",
     r"8:21|13:?21|15:21|(?<!\d)58 ?min"),
    ("speaker", r"okafor|chief executive|\bceo\b", r"reinholt|flight director"),
])

_ROCKET2 = _story("rocket-WC2", "rocket", "2025-03-28", [
    _page("https://www.meridianwire.example/science/haldor-skarv-rocket-andoya-maiden-flight/",
          _wire_site(
              "German-Norwegian rocket Skarv falls into sea 41 seconds after liftoff",
              [
                  "A rocket built by start-up Haldor Orbital fell into the sea shortly after "
                  "lifting off from Norway&#8217;s And&oslash;ya Spaceport on Thursday, ending "
                  "the first attempt to reach orbit from Norwegian soil after 41 seconds.",
                  "The 28-metre Skarv rocket rose from its Arctic launch pad at 12:30 p.m. "
                  "local time (1130 GMT) but began to roll soon after clearing the tower, "
                  "company footage showed. Its flight termination system shut down the engines "
                  "and the rocket dropped into the water close to the launch site.",
                  "No one was hurt, the Norwegian Space Agency said. And&oslash;ya Spaceport "
                  "said the pad had suffered only minor damage.",
                  "&ldquo;Forty-one seconds of flight data is worth more than a year of ground "
                  "tests,&rdquo; Haldor Chief Executive Ingrid Solberg-Haas said in a "
                  "statement. &ldquo;We will be back on the pad faster than people "
                  "expect.&rdquo;",
                  "The flight carried no satellites. Haldor, which is headquartered in Bremen "
                  "and has raised more than 300 million euros from investors since 2018, had "
                  "said in advance that reaching orbit on a first attempt was unlikely.",
                  "Europe has had few launches of its own since the retirement of the Ariane 5, "
                  "and governments are backing a new generation of smaller rockets built by "
                  "private companies to close the gap.",
                  "Thursday&#8217;s attempt followed two postponements this week, on Monday "
                  "because of high winds and on Wednesday because of a faulty sensor.",
                  "Norway has spent years preparing And&oslash;ya, which lies well north of the "
                  "Arctic Circle and offers rockets a clear path over open sea towards polar "
                  "orbits, for launches of this kind.",
              ],
              dateline="OSLO, March 20",
              byline="Siri Nygaard",
              credit="Reporting by Siri Nygaard in Oslo and Jonas Brenner in Bremen; editing by "
                     "Alison Park",
              section="Science",
              related=[
                  "ECB holds deposit rate at 2.5% as trade risks cloud outlook",
                  "Airbus delivers 44 jets in February, short of analyst forecasts",
                  "Swedish satellite maker signs 90 million crown defence deal",
              ],
          )),
    _page("https://www.thecontinental.example/science/2025/03/20/skarv-rocket-haldor-andoya",
          _daily_site(
              "Europe&#8217;s orbital hopes take a dive as Skarv rocket crashes off Norway",
              [
                  "For just over 40 seconds on Thursday afternoon, it looked as if "
                  "Europe&#8217;s new generation of launch companies had a success on its "
                  "hands.",
                  "Haldor Orbital&#8217;s Skarv, a two-stage rocket standing 28 metres tall, "
                  "climbed off its pad on And&oslash;ya, an island in northern Norway, at 12.30 "
                  "local time. Then it began to roll. Moments later the vehicle&#8217;s safety "
                  "system cut its nine engines, and the rocket tumbled back into the Norwegian "
                  "Sea a few hundred metres from the shore.",
                  "Nobody was injured. Norway&#8217;s space agency, Norsk Romsenter, said the "
                  "debris had fallen inside a zone that had been cleared in advance.",
                  "The company put a brave face on it. &ldquo;Forty-one seconds in the air have "
                  "taught us more than a year of testing on the ground could,&rdquo; Ingrid "
                  "Solberg-Haas, Haldor&#8217;s chief executive, said in a statement released "
                  "after the flight.",
                  "That is not spin, according to people who have been through it. &ldquo;Every "
                  "first flight is a test of the whole system, including the people,&rdquo; said "
                  "Matthias Krebber, a former launch director who now advises space investors "
                  "in Munich. &ldquo;Nobody in this business expects orbit on day one.&rdquo;",
                  "Haldor, based in Bremen, is one of several European start-ups racing to "
                  "build small and medium launchers. It has raised more than &euro;300 million "
                  "since 2018 and is among the companies bidding for support under a "
                  "<a href=\"/tags/esa\">European Space Agency</a> programme intended to give "
                  "the continent more independent access to space.",
                  "The launch had already slipped twice this week. Monday&#8217;s attempt was "
                  "called off because of strong winds, and Wednesday&#8217;s because of a faulty "
                  "sensor on a valve.",
                  "Norway&#8217;s government and the spaceport&#8217;s owners have spent years "
                  "preparing And&oslash;ya for orbital launches, betting that its location, with "
                  "open sea to the north, makes it ideal for polar orbits.",
                  "Haldor has not said when it will try again. Components for a second rocket "
                  "are already in production.",
              ],
              standfirst="Haldor Orbital&#8217;s first launch from And&oslash;ya lasts less than "
                         "a minute, but the company insists it learned plenty",
              author="Elke Vandermeulen",
              author_bio="is The Continental&#8217;s science correspondent, covering space, "
                         "energy and climate research.",
              most_read=[
                  "Dutch court orders airport to cut night flights by 10%",
                  "Heat records tumble in 14 Italian cities",
                  "Warsaw&#8217;s new metro line opens three months late",
                  "Why Europe&#8217;s trains still don&#8217;t talk to each other",
              ],
              section="Science",
              json_date="2025-03-20T18:30:00+01:00",
              correction="Correction, 21 March: an earlier version of this article misspelled "
                         "the surname of Haldor&#8217;s chief executive.",
              comments=38,
              read_more="Inside the race to build Europe&#8217;s first reusable booster",
          )),
    _page("https://news.bpb.example/en/science/norway-andoya-skarv-rocket-launch",
          _broadcaster_site(
              "Rocket launched from Norway crashes into sea seconds after lift-off",
              [
                  "The first attempt to send a rocket into orbit from Norway ended within a "
                  "minute on Thursday, when Haldor Orbital&#8217;s Skarv lost control and fell "
                  "into the sea beside the And&oslash;ya Spaceport.",
                  "The two-stage rocket lifted off at 12:30 CET. After 41 seconds the on-board "
                  "flight termination system switched off its engines.",
                  "Norway&#8217;s space agency said nobody was injured. The debris came down "
                  "inside a cordoned-off area of sea.",
                  "Haldor, a German-Norwegian company, said the flight had gathered valuable "
                  "data. Chief executive Ingrid Solberg-Haas said in a statement that 41 seconds "
                  "of flight data were &ldquo;worth more than a year of ground tests&rdquo;.",
                  "The rocket is 28 metres tall and is powered by nine engines on its first "
                  "stage. It carried no satellites on this flight.",
                  "Two previous attempts this week were called off, on Monday because of high "
                  "winds and on Wednesday because of a faulty sensor.",
                  "The launch was followed closely around the Baltic. Veltra, an engineering "
                  "firm in Riga, built parts of the rocket&#8217;s second stage, which never got "
                  "the chance to fire.",
                  "&ldquo;It is disappointing, of course, but a first flight that clears the "
                  "tower is a good first flight,&rdquo; said Veltra&#8217;s technical director, "
                  "Ilze Ozola.",
                  "Several European companies are developing small launchers, partly with "
                  "public money. And&oslash;ya lies more than 1,000 kilometres north of Oslo, "
                  "on an island off the northern coast, and has been preparing for orbital "
                  "launches for several years.",
                  "Haldor, which is based in Bremen, has not said when it will try again, but "
                  "says parts for a second rocket are already being built.",
              ],
              related=[
                  "Lithuanian laser firm wins order for satellite communication terminals",
                  "Tartu students&#8217; cubesat marks 500 days in orbit",
                  "Estonia to spend &euro;18 million on space research by 2028",
              ],
              topics=["Space", "Norway", "Science"],
              listen="2 min",
          )),
    _page("https://ledgerorbit.example/2025/03/21/haldor-skarv-41-seconds-investors/",
          _blog_site(
              "Haldor&#8217;s 41-second flight: a failure investors had already priced in",
              [
                  "Haldor Orbital&#8217;s first Skarv rocket lifted off from And&oslash;ya, "
                  "Norway, at 7:30 a.m. Eastern on Thursday and was in the Norwegian Sea less "
                  "than a minute later. The flight termination system cut its engines 41 "
                  "seconds in, after the vehicle started rolling off course.",
                  "Cue the headlines about Europe&#8217;s launch problem. But if you look at how "
                  "Haldor has raised money, Thursday&#8217;s result is closer to the plan than "
                  "it looks.",
                  "The Bremen-based company has pulled in more than &euro;300 million since "
                  "2018, and in every round we have seen described, investors were told plainly "
                  "that a first orbital attempt would probably fail. Chief executive Ingrid "
                  "Solberg-Haas repeated the point after the crash: <em>&ldquo;Forty-one "
                  "seconds of flight data is worth more than a year of ground "
                  "tests.&rdquo;</em>",
                  "What matters for the cap table is how fast the second rocket flies. Haldor "
                  "says hardware for it is already being built. A repeat attempt inside twelve "
                  "months would put the company roughly where American small-launch firms were "
                  "at the same stage; anything longer starts to cost real money.",
                  "A few numbers for context. Skarv is 28 meters (about 92 feet) tall and flies "
                  "on nine first-stage engines. It is aimed at small-satellite customers who "
                  "want rides to polar orbit, which And&oslash;ya&#8217;s position well north "
                  "of the Arctic Circle suits.",
                  "Nobody was hurt, according to the Norwegian Space Agency, and the spaceport "
                  "says damage to the pad was minor. That matters too: a badly damaged pad "
                  "would have been the real schedule risk.",
                  "We would not read much into Thursday for Europe&#8217;s other launch "
                  "start-ups, several of which are aiming for first flights within the next "
                  "year or so. If anything, Haldor just paid the tuition for everyone.",
              ],
              author="Nadia Broussard",
              bio="Nadia covers launch companies and space finance. She previously spent "
                  "nine years as an equity analyst covering aerospace suppliers.",
              tags=["Haldor Orbital", "Europe", "Launch", "Funding"],
              recent=[
                  "Small-sat rideshare prices fell 15% in 2024. Will they keep falling?",
                  "The three numbers that matter in every launch start-up deck",
                  "Ground-station operators are quietly having a great year",
              ],
              posted="March 21, 2025",
              comments=6,
              post_id=4512,
          )),
], [])

_QUAKE1 = _story("quake-WC1", "earthquake", "2025-08-25", [
    _page("https://www.andescourier.example/nacional/2025/08/17/arequipa-earthquake-chala",
          _andes_site(
              "Strong quake on southern coast kills nine in Arequipa region",
              [
                  "At least nine people were killed and 64 injured when a strong earthquake "
                  "shook Peru&#8217;s southern coast on Saturday night, bringing down adobe "
                  "homes in several towns of the Arequipa region, authorities said on Sunday.",
                  "The quake struck at 21:47 local time, with its epicentre at sea about 22 "
                  "kilometres south-west of <strong>Chala</strong>, in Caravel&iacute; province, "
                  "at a depth of 35 kilometres, according to the Geophysical Institute of Peru "
                  "(IGP), which measured its magnitude at 6.1. The US Geological Survey put the "
                  "magnitude at 6.3.",
                  "The National Civil Defence Institute (INDECI) said 140 homes had collapsed or "
                  "been declared uninhabitable, most of them built of adobe, and that the figure "
                  "could rise as teams reached villages in the hills above the coast.",
                  "Among the dead were two children in Yauca, whose home collapsed as they "
                  "slept, the district&#8217;s mayor, H&eacute;ctor Quispe, told local radio.",
                  "&ldquo;The walls simply came down. There was no time to run,&rdquo; Quispe "
                  "said.",
                  "Landslides blocked stretches of the Pan-American Highway south of Chala "
                  "overnight. By Sunday morning the Ministry of Transport said one lane had been "
                  "reopened.",
                  "The Peruvian Navy&#8217;s hydrographic service ruled out a tsunami threat "
                  "shortly after the quake.",
                  "The shaking was felt strongly in the city of Arequipa and as far away as "
                  "Lima, where some residents left their buildings. Hospitals in Arequipa "
                  "received several of the injured by road during the night.",
                  "The government declared a 60-day state of emergency in three provinces of "
                  "Arequipa on Sunday afternoon, freeing funds for shelter and repairs.",
                  "Peru sits on the Pacific Ring of Fire. The 2007 Pisco earthquake, of "
                  "magnitude 8.0, killed more than 500 people.",
              ],
              section="Peru",
              author="Rosa Ccama",
              tags=["Earthquake", "Arequipa", "INDECI", "Disasters"],
              also=[
                  "Copper output at Las Bambas rises 11% in July",
                  "Lima metro Line 2 to open four more stations in October",
                  "Magnitude 5.4 tremor rattles Ica; no damage reported (June 3)",
              ],
              shown_date="17/08/2025",
              caption="File photo: Residents of Chala clear rubble after a smaller tremor in "
                      "2023. (Andes Courier archive)",
          )),
    _page("https://www.meridianwire.example/world/americas/peru-earthquake-arequipa-2025-08-17/",
          _wire_site(
              "Earthquake kills nine in southern Peru, brings down homes",
              [
                  "A magnitude 6.3 earthquake struck southern Peru late on Saturday, killing at "
                  "least nine people, injuring dozens and bringing down houses in coastal towns "
                  "of the Arequipa region, officials said.",
                  "The quake hit at 0247 GMT on Sunday near the coastal town of Atico, "
                  "according to the U.S. Geological Survey, which put its depth at 35 km (22 "
                  "miles).",
                  "Peru&#8217;s civil defence institute said at least 140 homes had collapsed "
                  "or been left uninhabitable, most of them made of adobe.",
                  "Television images showed residents sleeping outdoors on blankets and plastic "
                  "chairs, fearing aftershocks, as police and firefighters searched damaged "
                  "buildings with torches.",
                  "&ldquo;Everything was shaking, the lights went out and people were screaming "
                  "in the street,&rdquo; a woman in Yauca told broadcaster Radio Costa Sur.",
                  "Landslides cut parts of the Pan-American Highway, the main coastal road "
                  "linking Lima with the south, and the transport ministry said crews were "
                  "working through the night to clear it.",
                  "The navy said there was no risk of a tsunami on the Peruvian coast.",
                  "The tremor was felt in the city of Arequipa, Peru&#8217;s second largest, and "
                  "as far away as the capital.",
                  "Authorities said rescue teams and water tankers were being sent from "
                  "Arequipa and Lima, and that schools in the worst-hit districts would be used "
                  "as temporary shelters.",
                  "Peru lies on the so-called Ring of Fire around the Pacific, where frequent "
                  "quakes are caused by the Nazca plate sliding beneath South America. A "
                  "magnitude 8.0 quake near Pisco in 2007 killed more than 500 people.",
              ],
              dateline="LIMA, Aug 17",
              byline="Luc&iacute;a Herrera",
              credit="Reporting by Luc&iacute;a Herrera in Lima; writing by Tom Ashby; editing "
                     "by Clare Dunmore",
              section="Americas",
              published="2025-08-17T05:10:00Z",
              shown="August 17, 2025 5:10 AM GMT",
              read_more="Magnitude 7.0 quake off Ecuador prompts brief tsunami alert in March",
              related=[
                  "Chile&#8217;s central bank holds rate at 4.75%",
                  "Argentine inflation slows to 1.9% in July",
                  "Colombia&#8217;s Petro names new finance minister",
              ],
          )),
    _page("https://www.scbnews.example/news/world/peru-earthquake-southern-coast/105522",
          _scb_site(
              "Deadly earthquake strikes Peru&#8217;s southern coast",
              [
                  "Seven people have died after a magnitude 6.3 earthquake struck off "
                  "Peru&#8217;s southern coast, bringing down homes and cutting the "
                  "country&#8217;s main coastal highway.",
                  "The quake hit at 10:47pm local time on Saturday, or 1:47pm on Sunday AEST, "
                  "with its epicentre in the Pacific about 22 kilometres south-west of Chala "
                  "and at a depth of 35 kilometres.",
                  "Peru&#8217;s civil defence agency said more than 60 people were injured and "
                  "at least 140 homes had collapsed or were left unsafe to live in. Most were "
                  "built of adobe, sun-dried mud brick that crumbles under strong shaking.",
                  "Footage shared on social media showed the front of a church partly collapsed "
                  "in one coastal town, and families dragging mattresses into the street to "
                  "sleep outside.",
                  "Peru&#8217;s navy ruled out a tsunami, and the Bureau of Meteorology said "
                  "there was no threat to Australia.",
                  "The Department of Foreign Affairs and Trade said it was not aware of any "
                  "Australians affected and urged travellers in the region to follow the advice "
                  "of local authorities.",
                  "The Peruvian government has declared a 60-day state of emergency in three "
                  "provinces of the Arequipa region, and rescue crews have been sent to "
                  "villages in the hills above the coast that were cut off by landslides.",
                  "Seismologist Anna Whitfield, from the University of Queensland, said the "
                  "quake was typical of the region. &ldquo;The Nazca plate is diving under South "
                  "America at several centimetres a year. Quakes like this are the price of "
                  "living on that boundary,&rdquo; she said.",
                  "Peru&#8217;s deadliest recent earthquake, near Pisco in 2007, had a magnitude "
                  "of 8.0 and killed more than 500 people.",
              ],
              key_points=[
                  "A magnitude 6.3 earthquake has killed seven people in southern Peru",
                  "The epicentre was off the coast near the town of Chala",
                  "More than 60 people were injured and at least 140 homes collapsed",
              ],
              reporter="Tom Okeke",
              related=[
                  "Magnitude 5.2 quake shakes Victoria&#8217;s Gippsland, no damage reported",
                  "Vanuatu rebuild still under way eight months after deadly quake",
                  "Why the 2007 Pisco disaster changed how Peru builds schools",
              ],
              topics=["Earthquakes", "Peru", "World"],
          )),
], [
    ("death toll", r"(?<![\d.,])9(?![\d.,])|\bnine\b", r"(?<![\d.,])7(?![\d.,])|\bseven\b"),
    ("epicentre", r"chala", r"atico"),
    ("time", r"(?<![\d:])(21:47|9:47|0?2:?47|12:47)",
     r"(?<![\d:])(22:47|10:47|0?3:?47|1:47|13:47)"),
])

_QUAKE2 = _story("quake-WC2", "earthquake", "2025-06-02", [
    _page("https://www.meridianwire.example/world/europe/greece-crete-earthquake-ierapetra/",
          _wire_site(
              "Strong quake off Crete sends residents into streets, three tourists hurt",
              [
                  "A magnitude 5.9 earthquake struck in the sea off the Greek island of Crete "
                  "early on Wednesday, damaging some old buildings and slightly injuring three "
                  "tourists, authorities said.",
                  "The quake hit at 6:19 a.m. (0319 GMT) about 30 km south of the town of "
                  "Ierapetra at a depth of 12 km, according to the Geodynamic Institute of the "
                  "National Observatory of Athens. It was felt across Crete and on the islands "
                  "of Karpathos and Rhodes.",
                  "The three tourists were hurt by falling plaster at a hotel in Ierapetra and "
                  "treated in hospital, a police official said.",
                  "Greece&#8217;s civil protection ministry sent a mobile phone alert urging "
                  "people on the south coast to move away from the shore as a precaution. The "
                  "warning was lifted about an hour later.",
                  "A magnitude 4.6 aftershock followed about 40 minutes after the main quake, "
                  "sending people who had gone back indoors out onto the streets again.",
                  "A rockfall closed the road between Ierapetra and Sitia for several hours, "
                  "and authorities shut schools in the municipality of Ierapetra for the day "
                  "while engineers inspected buildings.",
                  "&ldquo;This is a seismically very active area and a quake of this size is "
                  "not unusual there,&rdquo; Katerina Vlachou, a seismologist at the National "
                  "Observatory, told state television. &ldquo;We expect aftershocks for several "
                  "days.&rdquo;",
                  "Greece is one of Europe&#8217;s most earthquake-prone countries. A 2021 "
                  "quake near the village of Arkalochori in central Crete killed one person and "
                  "damaged thousands of buildings.",
                  "Tourism accounts for roughly a fifth of the Greek economy, and Crete is one "
                  "of the country&#8217;s busiest destinations, with the season just getting "
                  "under way.",
              ],
              dateline="ATHENS, May 21",
              byline="Nikos Papathanasiou",
              credit="Reporting by Nikos Papathanasiou in Athens; editing by Ed Marlow",
              section="Europe",
              related=[
                  "Greek tourism arrivals up 7% in first quarter",
                  "Turkey&#8217;s lira weakens past 39 per dollar",
                  "Magnitude 5.2 quake shakes Santorini, schools shut for second day in February",
              ],
          )),
    _page("https://www.thecontinental.example/europe/crete-earthquake-ierapetra-tourists",
          _daily_site(
              "Crete shaken by 5.9 quake as phone alert sends beachgoers inland",
              [
                  "Holidaymakers on Crete were jolted awake on Thursday morning when a "
                  "magnitude 5.9 earthquake struck beneath the sea south of the island, shaking "
                  "hotels along the coast and sending a phone alert to thousands of people "
                  "telling them to move away from the shore.",
                  "The quake struck at 6.19am, with its epicentre roughly 30 kilometres south "
                  "of Ierapetra and its focus about 12 kilometres (7.5 miles) down, Greek "
                  "seismologists said.",
                  "Three tourists staying at a hotel in Ierapetra were slightly hurt by falling "
                  "plaster. Local officials said all three had been treated and released.",
                  "&ldquo;The building moved like a boat. Then the alarm on every phone went "
                  "off at once,&rdquo; said Hanna Lindqvist, a Swedish visitor staying in the "
                  "town with her family.",
                  "The alert, issued by the civil protection authorities through the 112 "
                  "emergency system, was withdrawn about an hour later once it was clear that "
                  "no tsunami had formed.",
                  "A 4.6-magnitude aftershock rattled the island around 40 minutes after the "
                  "first jolt.",
                  "Katerina Vlachou, a seismologist at the National Observatory of Athens, said "
                  "the quake had occurred along the Hellenic arc, where the African plate "
                  "slides beneath the Aegean. &ldquo;This is a seismically very active area, "
                  "and a quake of this size there is not unusual,&rdquo; she said, adding that "
                  "aftershocks were likely to continue for several days.",
                  "The timing is awkward for Crete&#8217;s tourism industry, whose main season "
                  "has just begun. Hoteliers in Ierapetra said they had received a handful of "
                  "cancellations by the afternoon but expected most guests to stay.",
                  "The island&#8217;s worst recent quake, in 2021 near the village of "
                  "Arkalochori, killed one person and left thousands of buildings damaged.",
              ],
              standfirst="Three tourists hurt in Ierapetra hotel; seismologists warn aftershocks "
                         "could last for days",
              author="Sofia Markou",
              author_bio="reports on Greece, Cyprus and the eastern Mediterranean for The "
                         "Continental from Athens.",
              most_read=[
                  "Spain&#8217;s unemployment falls below 11% for first time since 2008",
                  "Lisbon tram fares to rise 15% from July",
                  "Belgian coalition agrees &euro;3 billion defence top-up",
              ],
              section="Europe",
              comments=11,
          )),
    _page("https://www.scbnews.example/news/world/crete-earthquake-greece/105318",
          _scb_site(
              "Greek island of Crete hit by magnitude 5.9 earthquake",
              [
                  "A strong earthquake has struck off the Greek island of Crete, a popular "
                  "destination for Australian travellers, injuring three tourists and damaging "
                  "old buildings.",
                  "The magnitude 5.9 quake hit at 6:19am local time on Wednesday, or 1:19pm "
                  "AEST, in the sea south of the town of Ierapetra. It was shallow, about 12 "
                  "kilometres deep, which meant the shaking was strongly felt across the "
                  "island. It was also felt on the islands of Karpathos and Rhodes.",
                  "About 40 minutes later a magnitude 4.2 aftershock struck the same area.",
                  "Greek authorities sent an emergency alert to phones along the south coast "
                  "telling people to move away from the beach. It was cancelled about an hour "
                  "later.",
                  "The Department of Foreign Affairs and Trade said it was not aware of any "
                  "Australians among the injured. Its Smartraveller service advises "
                  "Australians in Greece to follow the instructions of local authorities.",
                  "Schools in the Ierapetra area were closed for the day while engineers "
                  "inspected public buildings.",
                  "Melbourne man Nick Papadakis, whose family comes from a village near "
                  "Ierapetra, said he had been on the phone to relatives all afternoon. "
                  "&ldquo;My aunt said the plates came off the shelves and the dog ran out the "
                  "door. Everybody is fine, thank God,&rdquo; he said.",
                  "A rockfall closed the road between Ierapetra and Sitia, and the bell tower of "
                  "an old church in Ierapetra was cracked.",
                  "Seismologists say the area south of Crete, where the African plate pushes "
                  "beneath the Aegean, is among the most active in Europe.",
                  "In 2021, a quake near the village of Arkalochori in central Crete killed one "
                  "person.",
              ],
              key_points=[
                  "The quake struck off Crete&#8217;s south coast at 1:19pm AEST",
                  "Three tourists were slightly injured",
                  "DFAT says it is not aware of any Australians among the injured",
              ],
              reporter="Helen Argyros",
              related=[
                  "Greek Australians raise $250,000 for Rhodes wildfire recovery",
                  "Why Santorini&#8217;s February quake swarm rattled scientists",
                  "Travel insurance: what happens if an earthquake ruins your holiday",
              ],
              topics=["Earthquakes", "Greece", "World"],
              posted="Wed 21 May 2025 at 4:02pm",
          )),
    _page("https://www.gulfgazette.example/news/world/article_8842a1/crete-quake-local-couple.html",
          _regional_site(
              "Port Harlan couple rides out strong quake on Greek island of Crete",
              [
                  "Gina and Paul Stavros had been on Crete for three days when their hotel "
                  "started to shake. The Port Harlan couple had saved for years for the trip to "
                  "Greece&#8217;s largest island, where Paul&#8217;s family has its roots.",
                  "&ldquo;We thought a truck had hit the building,&rdquo; Gina Stavros told the "
                  "Gazette-Tribune by phone from the island. &ldquo;Then everybody was out in "
                  "the parking lot in their pajamas.&rdquo;",
                  "The magnitude 5.9 earthquake struck at 6:19 a.m. Wednesday local time "
                  "&mdash; 10:19 p.m. Tuesday in Port Harlan &mdash; in the sea about 19 miles "
                  "south of the town of Ierapetra, where the couple are staying. Greek "
                  "seismologists put its depth at about 40 kilometers (25 miles).",
                  "Three tourists at another hotel in Ierapetra were slightly hurt by falling "
                  "plaster, Greek officials said. The Stavroses were not hurt.",
                  "Phones across the south coast buzzed with an emergency alert telling people "
                  "to move away from the water, the couple said. It was called off about an hour "
                  "later.",
                  "A magnitude 4.6 aftershock about 40 minutes after the first quake sent guests "
                  "back outside. &ldquo;That&#8217;s when I started to get nervous,&rdquo; Paul "
                  "Stavros said.",
                  "Paul Stavros, 67, a retired ship pilot, said his grandparents emigrated from "
                  "a village in the hills above Ierapetra in the 1950s. The couple are members "
                  "of St. Nicholas Greek Orthodox Church in Port Harlan, which is collecting "
                  "donations for repairs in the area.",
                  "Authorities on Crete closed schools in the Ierapetra area for the day and "
                  "shut a road east of the town after a rockfall.",
                  "The couple plan to stay until the end of their trip on May 30. &ldquo;The "
                  "people here are calm, so we&#8217;re calm,&rdquo; Gina Stavros said.",
              ],
              byline="By Wes Landry | Staff Writer",
              most_read=[
                  "Bayview ISD approves $2.1 million for new school buses",
                  "Man, 34, charged after Highway 48 chase",
                  "Shrimp season closes May 15 in Texas waters",
                  "Port Harlan splash pad to open Memorial Day weekend",
              ],
              shown_date="05/21/2025",
              kicker="Nation &amp; World",
          )),
], [
    ("depth", r"(?<![\d.])12 ?(km|kilomet)|7\.5 ?mi",
     r"(?<![\d.])40 ?(km|kilomet)|(?<![\d.])25 ?mi"),
    ("aftershock magnitude", r"4\.6", r"4\.2"),
    ("weekday", r"wednesday|21 may|may 21|2025-05-21", r"thursday"),
])

_ELECTION1 = _story("election-WC1", "election", "2025-12-22", [
    _page("https://www.kglf4.example/news/politics/quintanilla-wins-port-harlan-mayor-runoff/",
          _tv_site(
              "Quintanilla wins Port Harlan mayor&#8217;s race in runoff",
              [
                  "Port Harlan has a new mayor-elect. City council member Dolores Quintanilla "
                  "beat former county commissioner Grant Whitaker in Saturday&#8217;s runoff.",
                  "Final unofficial results posted by Harlan County elections just before 10:40 "
                  "p.m. showed Quintanilla with 14,212 votes, or 53.8 percent, to "
                  "Whitaker&#8217;s 12,196, or 46.2 percent.",
                  "When the first batch of early votes came in at 7:15, Quintanilla was already "
                  "up with about 55 percent, and her lead never really slipped.",
                  "Whitaker called her to concede at about 10:55 p.m., both campaigns confirmed.",
                  "Inside the union hall on Ocean Drive, her supporters were chanting her name "
                  "when she walked onto the stage.",
                  "&ldquo;Port Harlan voted tonight for a city that works for the people who "
                  "already live here,&rdquo; Quintanilla told the crowd. &ldquo;Now we get to "
                  "work.&rdquo;",
                  "Across town, Whitaker thanked volunteers at his watch party in a restaurant on "
                  "the marina. &ldquo;I called Dolores and wished her well. This city deserves a "
                  "mayor who succeeds, and I mean that,&rdquo; he said.",
                  "Turnout came in at about 21.6 percent. That is low, but not unusual for a "
                  "December runoff.",
                  "In the first round on Nov. 4, Quintanilla finished first with 41.2 percent "
                  "and Whitaker second with 33.5 percent. Nobody got the majority needed to win "
                  "outright, so the top two moved on.",
                  "The biggest issue on the trail was the growth of the Starling Point launch "
                  "site on Cado Island. Quintanilla has promised a noise-and-traffic agreement "
                  "with Stellant Aerospace. Whitaker ran on keeping the company, and its jobs, "
                  "happy.",
                  "Quintanilla takes over from Mayor Ed Tran, who could not run again after two "
                  "terms. She will be sworn in Jan. 5.",
              ],
              video_label="WATCH: Quintanilla speaks to supporters after runoff win (3:12)",
              reporter="Derek Salinas",
              trending=[
                  "Holiday boat parade moves to Sunday because of wind",
                  "Harlan County jail to add 40 beds under $9 million plan",
                  "Freeze watch for inland counties Tuesday night",
                  "Bayview man wins $1 million on scratch-off ticket",
              ],
          )),
    _page("https://www.gulfgazette.example/news/local/article_9c31f0/quintanilla-mayor.html",
          _regional_site(
              "Quintanilla elected Port Harlan mayor, promises &#8216;new deal&#8217; with "
              "spaceport",
              [
                  "Dolores Quintanilla, a three-term member of the Port Harlan City Council, was "
                  "elected mayor Saturday, defeating former Harlan County Commissioner Grant "
                  "Whitaker in a runoff that turned largely on the city&#8217;s relationship "
                  "with its booming spaceport.",
                  "Quintanilla took 58.3 percent of the vote, according to unofficial results "
                  "from the Harlan County Elections Administration. She carried 11 of the "
                  "city&#8217;s 16 voting precincts.",
                  "Turnout was 17.6 percent of the city&#8217;s 150,100 registered voters, "
                  "county figures show, down from the November general election.",
                  "&ldquo;Port Harlan voted for a city that works for the people who already "
                  "live here,&rdquo; Quintanilla told about 300 supporters at the Gulf Coast "
                  "Labor Hall on Ocean Drive shortly after 11 p.m.",
                  "Whitaker conceded shortly before 11 p.m. In a statement, he said he had "
                  "called Quintanilla to congratulate her and urged residents to &ldquo;get "
                  "behind our new mayor.&rdquo;",
                  "The race was the most expensive in city history. Campaign finance reports "
                  "filed Dec. 5 show Whitaker&#8217;s campaign and an allied political action "
                  "committee spent about $1.4 million, compared with about $610,000 spent by "
                  "Quintanilla and her supporters.",
                  "Much of that money went into ads about Starling Point, where Stellant "
                  "Aerospace launches its Vireo rocket. Quintanilla has called for a binding "
                  "agreement with the company on noise, road closures and beach access. "
                  "Whitaker, who owns a marine supply business, argued that the city should "
                  "avoid &ldquo;picking fights&rdquo; with its largest new employer.",
                  "In the Nov. 4 first round, Quintanilla led a three-candidate field with 41.2 "
                  "percent, followed by Whitaker with 33.5 percent and retired police captain "
                  "Marcus Bell with 25.3 percent. Bell endorsed Quintanilla two weeks later.",
                  "Quintanilla, 49, is a former public school teacher and will be the "
                  "city&#8217;s first Latina mayor. She succeeds Ed Tran, who was barred by "
                  "term limits from seeking a third term, and will take office Jan. 5.",
              ],
              byline="By Carmen Rios | crios@gulfgazette.example",
              most_read=[
                  "Stellant files plans for 2nd launch pad on Cado Island",
                  "Obituary: Harold &#8216;Hal&#8217; Brandt, 88, longtime shrimp boat captain",
                  "Christmas tree lighting draws record 6,000 to Bayfront Park",
                  "Two arrested in Kingsford pharmacy break-in",
              ],
              shown_date="12/14/2025",
              kicker="Local &middot; Election 2025",
              note="This story has been updated with comments from Whitaker.",
          )),
    _page("https://ledgerorbit.example/port-harlan-runoff-what-it-means-for-stellant/",
          _blog_site(
              "Port Harlan&#8217;s new mayor wants a deal with Stellant. Here&#8217;s what "
              "that could cost",
              [
                  "Stellant Aerospace&#8217;s home town has a new mayor, and she has made the "
                  "spaceport her first item of business.",
                  "Dolores Quintanilla, a council member for District 3, won Saturday&#8217;s "
                  "runoff in Port Harlan with 53.8% of the vote, beating Grant Whitaker, a "
                  "former school board president who runs a marine supply business and had the "
                  "backing of most of the local business lobby.",
                  "Turnout was under 18%, so nobody should call this a mandate. But Quintanilla "
                  "ran on one idea more than any other: a binding community agreement with "
                  "Stellant covering noise, road closures and beach access around the Starling "
                  "Point launch site on Cado Island.",
                  '<blockquote class="wp-block-quote"><p>&ldquo;Port Harlan voted for a city '
                  "that works for the people who live here now.&rdquo;</p><cite>Dolores "
                  "Quintanilla, election night</cite></blockquote>",
                  "What would that look like? Her campaign has pointed to the kind of deals some "
                  "cities strike with stadium owners and ports: fixed launch windows, payments "
                  "for road closures, a fund for noise insulation in nearby neighborhoods.",
                  "For Stellant, the money involved is small. A city fund of a few million "
                  "dollars a year is a rounding error for a company that raised $1.2 billion in "
                  "May. The real cost is flexibility. Stellant wants to fly Vireo far more "
                  "often next year, and every hour of closed roads becomes a negotiation.",
                  "Whitaker argued during the campaign that the city should not pick a fight "
                  "with its largest new employer. He lost by a little over 2,000 votes.",
                  "Our read: Stellant will probably sign something. The company needs city "
                  "permits for its planned expansion, including a second launch pad, and "
                  "Quintanilla takes "
                  "office on Jan. 5, well before most of those come up for a vote.",
                  "One more thing to watch is the county. The causeway to Cado Island is a "
                  "county road, so any deal on closures needs Harlan County at the table too. "
                  "Expect that to be the slow part.",
              ],
              author="Nadia Broussard",
              bio="Nadia covers launch companies and space finance. She previously spent "
                  "nine years as an equity analyst covering aerospace suppliers.",
              tags=["Stellant", "Port Harlan", "Policy", "Local government"],
              recent=[
                  "Stellant&#8217;s second pad: what the Cado Island filing tells us",
                  "Launch insurance rates fell 8% this quarter",
                  "The FAA&#8217;s new licensing rule, explained in 500 words",
              ],
              comments=23,
              post_id=5107,
          )),
], [
    ("vote share", r"53\.8|(?<![\d.])54 ?(%|percent|per cent)",
     r"58\.3|(?<![\d.])58 ?(%|percent|per cent)"),
    ("turnout", r"17\.6|(?<![\d.])18 ?(%|percent|per cent)|under 18",
     r"21\.6|(?<![\d.])22 ?(%|percent|per cent)"),
    ("title", r"county commissioner", r"school board"),
])

_ELECTION2 = _story("election-WC2", "election", "2025-12-29", [
    _page("https://www.andescourier.example/mundo/chile-runoff-echeverria-wins",
          _andes_site(
              "Echeverr&iacute;a wins Chile run-off, promises &#8216;order and hope&#8217;",
              [
                  "Rodrigo Echeverr&iacute;a, a conservative former senator, won Chile&#8217;s "
                  "presidential run-off on Sunday, defeating the centre-left candidate Valentina "
                  "Araya by more than nine percentage points.",
                  "With 99.8 per cent of ballots counted, Echeverr&iacute;a had 54.6 per cent "
                  "of the vote against 45.4 per cent for Araya, according to Chile&#8217;s "
                  "Electoral Service (Servel).",
                  "Araya conceded shortly after 9 p.m. in Santiago, telling supporters at a "
                  "downtown hotel that she had called Echeverr&iacute;a to congratulate him.",
                  "&ldquo;Chile has chosen order, and it has chosen hope,&rdquo; "
                  "Echeverr&iacute;a told a crowd in the capital&#8217;s Providencia district. "
                  "&ldquo;I will govern for every Chilean, including those who did not vote "
                  "for me.&rdquo;",
                  "Echeverr&iacute;a, a former senator and businessman, ran on promises to "
                  "expand police powers and speed up deportations of migrants living in Chile "
                  "illegally.",
                  "Turnout was about 85 per cent. Voting is compulsory in Chile.",
                  "The result reverses the order of the first round on 16 November, when Araya "
                  "finished first with 27.1 per cent to Echeverr&iacute;a&#8217;s 24.3 per "
                  "cent in a crowded field. Right-wing candidates eliminated in that round "
                  "backed Echeverr&iacute;a in the run-off.",
                  "The president-elect will take office on <strong>11 March</strong>, "
                  "succeeding Gabriel Boric, who is barred by the constitution from seeking a "
                  "consecutive term.",
                  "In Peru, the change of government in Santiago is being watched closely. "
                  "Echeverr&iacute;a has promised to reinforce Chile&#8217;s northern border "
                  "against irregular migration, a pledge that business groups in Tacna have "
                  "said could slow trade through the Chacalluta crossing.",
                  "Peru&#8217;s foreign ministry congratulated Echeverr&iacute;a in a statement "
                  "on Sunday night.",
              ],
              section="World",
              author="Daniel Mendoza",
              tags=["Chile", "Elections", "Latin America"],
              also=[
                  "Bolivia&#8217;s new government lifts fuel subsidies",
                  "Peru&#8217;s central bank cuts rate to 4.25%",
                  "Lima airport&#8217;s new terminal handles 2 million passengers in first month",
              ],
              caption="Courtesy Chile Firme campaign: Rodrigo Echeverr&iacute;a greets "
                      "supporters in Santiago on Sunday night.",
          )),
    _page("https://www.meridianwire.example/world/americas/chile-election-runoff-2025-12-15/",
          _wire_site(
              "Conservative Echeverr&iacute;a wins Chile presidency by wide margin",
              [
                  "Conservative Rodrigo Echeverr&iacute;a won Chile&#8217;s presidential "
                  "election on Sunday, beating centre-left rival Valentina Araya by more than "
                  "1.1 million votes after a campaign dominated by crime and immigration.",
                  "Echeverr&iacute;a took 54.6% of the vote to Araya&#8217;s 45.4%, with 99.8% "
                  "of ballots counted, the electoral service Servel said.",
                  "Araya conceded at about 9:10 p.m. local time (0010 GMT Monday). &ldquo;The "
                  "people have spoken, and I respect their decision,&rdquo; she told supporters "
                  "in Santiago.",
                  "Echeverr&iacute;a, 61, a former senator and businessman, has promised to "
                  "expand police powers, speed up deportations of people living in Chile "
                  "illegally and cut corporate taxes to revive growth.",
                  "&ldquo;Chile has chosen order and hope,&rdquo; he told supporters. &ldquo;I "
                  "will govern for all Chileans, including those who did not vote for "
                  "me.&rdquo;",
                  "Turnout was about 85%, according to Servel. Voting is compulsory.",
                  "Araya, a former labour minister, had led the first round on Nov. 16 but "
                  "struggled to win support beyond the governing coalition of outgoing "
                  "President Gabriel Boric, who is constitutionally barred from seeking a "
                  "second consecutive term. She had campaigned on raising pensions and "
                  "expanding public health care, building on reforms passed under Boric.",
                  "Echeverr&iacute;a will be sworn in on March 11. His coalition, Chile Firme, "
                  "will not hold a majority in either chamber of Congress, analysts said, "
                  "meaning he will need votes from centrist parties to pass much of his "
                  "agenda.",
                  "Investors had bet on an Echeverr&iacute;a victory. Chile&#8217;s peso and "
                  "local stocks have gained since the first round, and analysts expect a "
                  "further rally when markets open on Monday.",
              ],
              dateline="SANTIAGO, Dec 14",
              byline="Camila Soto",
              credit="Reporting by Camila Soto and Diego Prieto in Santiago; editing by Martin "
                     "Hale",
              section="Americas",
              published="2025-12-15T01:20:00Z",
              shown="December 15, 2025 1:20 AM GMT",
              related=[
                  "Copper climbs to $11,400 a tonne on supply worries",
                  "Honduras vote count drags into third week",
                  "Brazil&#8217;s central bank holds Selic at 15%",
              ],
          )),
    _page("https://www.thecontinental.example/world/americas/chile-election-echeverria-araya",
          _daily_site(
              "Chile swings right as Echeverr&iacute;a beats Araya in presidential run-off",
              [
                  "Chile has elected its most conservative president in decades, handing "
                  "Rodrigo Echeverr&iacute;a a clear victory over the centre-left&#8217;s "
                  "Valentina Araya in Sunday&#8217;s run-off.",
                  "Echeverr&iacute;a won 54.6% to Araya&#8217;s 45.4%, a margin of 9.2 "
                  "percentage points, with almost all votes counted.",
                  "The outcome caps a remarkable shift in a country that four years ago elected "
                  "Gabriel Boric, a former student leader, as its youngest president. Boric "
                  "cannot stand for a consecutive term; Echeverr&iacute;a will succeed him on "
                  "1 March.",
                  "A rise in violent crime, much of it blamed on organised gangs, and a surge in "
                  "irregular migration across the northern border dominated the campaign.",
                  "&ldquo;Chile has chosen order, and it has chosen hope,&rdquo; "
                  "Echeverr&iacute;a told cheering supporters in Santiago on Sunday night.",
                  "Araya, a former labour minister, conceded graciously. She had finished first "
                  "in the November first round but could not draw enough votes from the "
                  "centre. She had campaigned on raising pensions and expanding public health "
                  "care. Turnout was about 85%; voting is compulsory in Chile.",
                  "European governments were quick to send congratulations. Spain&#8217;s "
                  "foreign ministry called the vote &ldquo;an example of democratic "
                  "maturity&rdquo;, and the European Commission said it looked forward to "
                  "deepening trade ties under the EU&ndash;Chile advanced framework agreement.",
                  "In markets, Chile&#8217;s peso strengthened 1.8% against the dollar on "
                  "Monday, and the main Santiago stock index rose 3.1%.",
                  "Analysts cautioned that Echeverr&iacute;a will face a divided Congress. "
                  "&ldquo;He has a mandate on security, not a blank cheque,&rdquo; said "
                  "In&eacute;s Carvajal, a political scientist at a university in "
                  "Valpara&iacute;so.",
              ],
              standfirst="The former senator won with 54.6% of the vote on a promise to restore "
                         "order; he takes office in March",
              author="Pablo Herrero",
              author_bio="is The Continental&#8217;s Latin America correspondent, based in "
                         "Madrid.",
              most_read=[
                  "Germany&#8217;s Christmas markets report 12% fewer visitors",
                  "Irish budget surplus hits &euro;9 billion",
                  "Why Copenhagen&#8217;s new bridge is already 40% over budget",
              ],
              section="World",
              comments=52,
          )),
    _page("https://news.bpb.example/en/world/chile-presidential-election-result",
          _broadcaster_site(
              "Chile elects conservative Echeverr&iacute;a as president",
              [
                  "Voters in Chile have elected the conservative former senator Rodrigo "
                  "Echeverr&iacute;a as their next president.",
                  "In Sunday&#8217;s run-off he received 54.6 percent of the vote, against 45.4 "
                  "percent for Valentina Araya of the centre-left, according to the "
                  "country&#8217;s electoral authority. That is a lead of about 1.6 million "
                  "votes.",
                  "Araya admitted defeat on Sunday evening local time, which was already early "
                  "Monday in Europe.",
                  "&ldquo;I will govern for every Chilean,&rdquo; Echeverr&iacute;a told "
                  "supporters in Santiago. He has promised tougher policing and stricter "
                  "control of migration, and will take office in March.",
                  "Voting in Chile is compulsory, and turnout was about 85 percent.",
                  "Echeverr&iacute;a, 61, served in the Senate before running for president. He "
                  "finished second in the first round in November, behind Araya, a former "
                  "labour minister, but won the backing of other right-wing candidates for the "
                  "run-off.",
                  "Chile&#8217;s electoral service, Servel, said the count had gone smoothly and "
                  "that no significant irregularities had been reported. Echeverr&iacute;a&#8217;s "
                  "coalition will not have a majority in Congress.",
                  "Chile is the world&#8217;s largest copper producer and the second-largest "
                  "producer of lithium, a key ingredient in batteries. Ecovolt, an Estonian "
                  "battery recycler, signed a supply agreement with a Chilean lithium producer "
                  "last year and said it did not expect the change of government to affect it.",
                  "Outgoing president Gabriel Boric congratulated his successor in a phone call "
                  "broadcast on television, a tradition in Chile.",
                  "The European Union and Chile have been deepening trade ties, and EU officials "
                  "said they hoped to keep that work going under the new government.",
              ],
              related=[
                  "Lithuania&#8217;s parliament approves 2026 budget with 3.8% deficit",
                  "Estonian lithium-free battery start-up raises &euro;6 million",
                  "Riga hosts Baltic&ndash;Latin America trade forum for the first time",
              ],
              topics=["Chile", "Elections", "World"],
              shown_date="15.12.2025",
              listen="2 min",
          )),
], [
    ("inauguration date", r"11 march|march 11|2026-03-11|11\.03\.|11/03",
     r"(?<![\d/.])1 march|march 1(?!\d)|2026-03-01|(?<![\d.])1\.03\."),
    ("vote margin", r"1[.,]1\d* ?million|1[.,]15|1,148", r"1[.,]6 ?million"),
])

STORIES: list[dict[str, Any]] = [_ROCKET1, _ROCKET2, _QUAKE1, _QUAKE2, _ELECTION1, _ELECTION2]
