"""Part NC of the story battery (web pages).

Written by engineer NC1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py NC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-NC1 (CONTROL): Chile's central bank cuts its policy rate 25 bp to 4.50% by a 4-1 vote on Tuesday 21 April 2026 (one member wanted to hold at 4.75%); traps: 4.5%/4.50%/quarter point/25 basis points/0.25 percentage point, 6 p.m. Santiago = 2200 GMT = midnight in Madrid (Wednesday), "yesterday" from a Wednesday paper, the dissenter's proposed 4.75%, core inflation 3.9% vs headline 3.6%, year-end forecasts of 4.25%, Peru's 4.25% hold, the peso at 928.40 on Tuesday vs 932.10 on Wednesday morning, "president"/"head"/"governor" of the bank, a statement quoted in two translations.
- el-NC2 (planted): Marcela Quispe wins the Cochabamba (Bolivia) governor runoff on Sunday 12 April 2026; planted: one outlet puts her Sunday-night victory speech in Plaza Colon instead of Plaza 14 de Septiembre, another gives her first-round share as 36.4% instead of 38.4%; traps: shares rising/falling with the count (53.8% at 71.2%, 53.1% at 89.7%, 52.9% at 96.4%, official 52.6%), local time vs GMT across midnight, concession timing, municipal sub-results, another department's runoff, proposed budgets in bolivianos/dollars.
- ct-NC3 (CONTROL): Ecuador's Constitutional Court approves, 6-3, a Loja provincial referendum question on banning metal mining in water-recharge zones (adopted Wednesday 12 August 2026, made public Thursday 13 August); traps: adopted vs published day, hectares vs acres vs share of the province, signatures gathered vs validated vs required, the dissent's author vs the judges joining it, a company's share fall given as 14% and "about a seventh", quotes translated two ways, an earlier rejected question, the next local elections.
- tr-NC4 (planted): Bolivia requires export licences and a monthly floor price for lithium compounds (decree announced Wednesday 10 June 2026); planted: one outlet says the rules start July 15 (others July 1), one says licences are valid 60 days (others 90), and one attributes the "clearance prices" quote to YLB's president Mamani instead of minister Arancibia; traps: applications opening June 15, ten working days to process, 7 p.m. La Paz = 2300 GMT, $11,400 a tonne vs bolivianos vs yuan, Chinese spot price below the floor, 2025 vs January-May export volumes, nominal plant capacity, quote translated three ways.
- rk-NC5 (planted): Argentine startup Estela Espacial's Pampero-2 suborbital rocket reaches space from Alcantara (Brazil) on Tuesday 22 September 2026; planted: one outlet gives the apogee as 102 km (others 112 km / 112.4 km), another the liftoff as 9:17 p.m. / 00:17 UTC (others 9:47 p.m. / 00:47 UTC); traps: local time vs UTC across midnight, preliminary 112 km vs refined 112.4 km vs 70 miles, the 120 km target, the 100 km line, a splashdown 180 km (112 miles) offshore, the earlier 38 km flight, a Sunday scrub, the future orbital rocket's 150 kg.
- eq-NC6 (CONTROL): a magnitude 6.6 (IG-EPN; USGS 6.5) offshore earthquake near Pedernales, Ecuador, at 11:32 p.m. Saturday 7 November 2026 (04:32 GMT Sunday); traps: tolls rising over time (2 dead/31 injured, 6/97, 9/184, 11/236), a live blog whose first magnitude estimate was revised, aftershock counts rising, the largest aftershock's 5.1, the 2016 magnitude-7.8 quake, deaths by town adding to the total, Pedernales vs Manabi vs "off the coast".
"""

from __future__ import annotations

import html as _html
import json as _json
import zlib as _zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "NC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _a(s: str) -> str:
    return _html.escape(s, quote=True)


def _img(key: str) -> str:
    return "%08x" % (_zlib.crc32(key.encode("utf-8")) & 0xFFFFFFFF)


def _blocks(text: str, cdn: str) -> str:
    """Turn a plain-text body into HTML.

    Blocks are separated by blank lines.  "## x" is a subhead, "[AD]" an in-article
    advertisement, "[FIG caption || credit]" a photo, "[READ text]" an inline related link,
    "[QUOTE text || who]" a pull quote; anything else is a paragraph.
    """
    out: list[str] = []
    for raw in text.strip().split("\n\n"):
        b = " ".join(raw.split())
        if not b:
            continue
        if b == "[AD]":
            out.append('<aside class="ad ad--inline" data-ad-unit="article_mid">'
                       '<p class="ad__label">Advertisement</p>'
                       '<div class="ad__slot" style="min-height:250px"></div>'
                       '<p class="ad__continue">Story continues below advertisement</p></aside>')
        elif b.startswith("## "):
            out.append(f'<h2 class="body-subhead">{_e(b[3:])}</h2>')
        elif b.startswith("[FIG ") and b.endswith("]"):
            cap, _, credit = b[5:-1].partition("||")
            cap, credit = cap.strip(), credit.strip()
            out.append(f'<figure class="body-figure"><img src="https://{cdn}/photos/{_img(cap)}.jpg" '
                       f'alt="{_a(cap)}" width="960" height="640" loading="lazy">'
                       f'<figcaption><span class="caption">{_e(cap)}</span> '
                       f'<span class="credit">{_e(credit)}</span></figcaption></figure>')
        elif b.startswith("[READ ") and b.endswith("]"):
            out.append('<p class="inline-related"><strong>Read more:</strong> '
                       f'<a href="#">{_e(b[6:-1].strip())}</a></p>')
        elif b.startswith("[QUOTE ") and b.endswith("]"):
            q, _, who = b[7:-1].partition("||")
            out.append(f'<blockquote class="pull-quote"><p>{_e(q.strip())}</p><cite>{_e(who.strip())}</cite></blockquote>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _links(items: list[str], cls: str = "rail-list") -> str:
    return (f'<ul class="{cls}">') + "".join(
        f'<li><a href="#">{_e(t)}</a></li>' for t in items) + "</ul>"


def _nav(items: list[str]) -> str:
    return '<nav class="site-nav" aria-label="Main"><ul>' + "".join(
        '<li><a href="/{}/">{}</a></li>'.format(_a(t.lower().replace(" ", "-")), _e(t))
        for t in items) + "</ul></nav>"


def _share(url: str) -> str:
    return ('<div class="share-bar" aria-label="Share this article">'
            '<span class="share-bar__label">Share</span>'
            '<a class="share share--x" href="https://x.example/intent?u=%s">X</a>'
            '<a class="share share--fb" href="https://facebook.example/sharer?u=%s">Facebook</a>'
            '<a class="share share--wa" href="https://whatsapp.example/send?text=%s">WhatsApp</a>'
            '<a class="share share--li" href="https://linkedin.example/share?u=%s">LinkedIn</a>'
            '<a class="share share--mail" href="mailto:?body=%s">Email</a>'
            '<button class="share share--copy" type="button">Copy link</button></div>'
            % ((_a(url),) * 5))


def _cookie(site: str, text: str | None = None) -> str:
    text = text or (f"{site} and its partners use cookies and similar technologies to run this site, "
                    "measure audiences and show you relevant advertising. You can change your "
                    "choices at any time under Privacy settings.")
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
            f'<p>{_e(text)}</p><button type="button">Accept all</button>'
            '<button type="button">Reject non-essential</button>'
            '<a href="/privacy/">Manage preferences</a></div>')


def _ad(slot: str, size: str = "728x90") -> str:
    return (f'<div class="ad ad--{_a(slot)}" data-slot="{_a(slot)}" data-size="{_a(size)}">'
            '<span class="ad-label">Advertisement</span><div class="ad-box"></div></div>')


def _jsonld(kind: str, headline: str, url: str, site: str, published: str | None,
            modified: str | None, authors: list[str], section: str) -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                         "headline": headline, "mainEntityOfPage": url,
                         "articleSection": section,
                         "publisher": {"@type": "Organization", "name": site}}
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if authors:
        d["author"] = [{"@type": "Person", "name": a} for a in authors]
    return f'<script type="application/ld+json">{_json.dumps(d, ensure_ascii=False)}</script>'


# ---------------------------------------------------------------------------
# page templates
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, host: str, url: str, section: str, headline: str, dek: str,
               author: str, published: str, modified: str | None, visible_date: str,
               body: str, credit_line: str, related: list[str], lead_photo: str | None = None,
               keywords: str = "") -> str:
    """A news agency page: full metadata, terse chrome, 'Reporting by' line."""
    photo = ""
    if lead_photo:
        cap, _, credit = lead_photo.partition("||")
        photo = (f'<figure class="lead-image"><img src="https://media.{host}/pix/{_img(cap)}.jpg" alt="{_a(cap.strip())}">'
                 f'<figcaption>{_e(cap.strip())} <span class="credit">{_e(credit.strip())}</span></figcaption></figure>')
    mod_meta = (f'<meta property="article:modified_time" content="{_a(modified)}">') if modified else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta name="keywords" content="{_a(keywords)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
<meta property="article:published_time" content="{_a(published)}">
{mod_meta}
<meta property="article:section" content="{_a(section)}">
<meta name="author" content="{_a(author)}">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="https://static.{host}/css/wire.min.css">
{_jsonld("NewsArticle", headline, url, site, published, modified, [author], section)}
</head>
<body class="wire article-page">
{_cookie(site)}
<header class="wire-header">
<a class="logo" href="https://www.{host}/">{_e(site)}</a>
{_nav(["World", "Business", "Markets", "Politics", "Science", "Sustainability", "Latin America"])}
<form class="search" role="search"><input type="search" placeholder="Search {_a(site)}"><button>Search</button></form>
<a class="signin" href="/account/">Sign in</a>
</header>
{_ad("leaderboard")}
<main>
<article class="wire-story">
<p class="breadcrumb"><a href="/">{_e(site)}</a> &rsaquo; <a href="/{_a(section.lower().replace(" ", "-"))}/">{_e(section)}</a></p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="byline-block"><span class="byline">By {_e(author)}</span>
<span class="timestamp">{_e(visible_date)}</span></div>
{_share(url)}
{photo}
<div class="article-body">
{_blocks(body, "media." + host)}
</div>
<p class="credit-line">{_e(credit_line)}</p>
<p class="standards"><a href="/about/standards/">Our Standards: The {_e(site)} Trust Principles.</a></p>
</article>
<aside class="rail">
<h3>More from {_e(site)}</h3>
{_links(related)}
{_ad("rail_mpu", "300x250")}
<div class="newsletter-box"><h3>The Southern Brief</h3><p>Our editors' pick of the day's top stories from South America, in your inbox every weekday morning.</p>
<form><input type="email" placeholder="Your email address"><button type="submit">Sign up</button></form></div>
</aside>
</main>
<footer class="wire-footer">
<ul><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/licensing/">Licensing and reprints</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/contact/">Contact</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _paper_page(*, site: str, host: str, url: str, section: str, headline: str,
                standfirst: str, author: str, author_role: str, edition_date: str,
                visible_date: str, body: str, lead_photo: str, most_read: list[str],
                tags: list[str], comments: int, city: str) -> str:
    """A daily newspaper: only a visible date, masthead, comments, most read."""
    cap, _, credit = lead_photo.partition("||")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{_a(standfirst)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(standfirst)}">
<meta property="og:image" content="https://img.{host}/{_img(cap)}.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/assets/paper.css">
</head>
<body class="newspaper">
{_cookie(site)}
<div class="topbar"><span class="edition">{_e(edition_date)}</span> <a href="/subscribe/" class="btn-subscribe">Subscribe</a> <a href="/login/">Log in</a> <a href="/e-paper/">Today's paper</a></div>
<header class="masthead"><a href="/" class="masthead__title">{_e(site)}</a><p class="masthead__tag">Independent journalism from {_e(city)}</p></header>
{_nav(["Home", "National", "Business", "World", "Opinion", "Sport", "Culture", "Podcasts"])}
{_ad("top_banner", "970x250")}
<main class="layout">
<article class="story">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="#">{_e(section)}</a></li></ol>
<h1 class="story__headline">{_e(headline)}</h1>
<p class="story__standfirst">{_e(standfirst)}</p>
<div class="story__meta"><span class="author">{_e(author)}</span>, <span class="role">{_e(author_role)}</span><br><span class="date">{_e(visible_date)}</span> &middot; <a href="#comments">{comments} comments</a></div>
<figure class="story__lead"><img src="https://img.{host}/{_img(cap)}.jpg" alt="{_a(cap.strip())}"><figcaption>{_e(cap.strip())} <small>{_e(credit.strip())}</small></figcaption></figure>
{_share(url)}
<div class="article-body story__body">
{_blocks(body, "img." + host)}
</div>
<div class="story__tags">Topics: {", ".join(f'<a href="#">{_e(t)}</a>' for t in tags)}</div>
<section id="comments" class="comments"><h3>Comments ({comments})</h3><p>Comments are open to subscribers. Please keep the conversation civil and on topic.</p><button>Show comments</button></section>
</article>
<aside class="sidebar">
{_ad("sidebar_1", "300x600")}
<section class="most-read"><h3>Most read</h3>{_links(most_read, "most-read__list")}</section>
<section class="newsletter"><h3>Get the morning briefing</h3><p>The news you need before your first coffee, written by our editors. Free for registered readers.</p><form><input type="email" placeholder="Email address"><button>Sign me up</button></form></section>
</aside>
</main>
<footer class="site-footer">
<p>{_e(site)} &middot; {_e(city)}</p>
<ul><li><a href="#">Contact the newsroom</a></li><li><a href="#">Advertise with us</a></li><li><a href="#">Corrections</a></li><li><a href="#">Cookie policy</a></li><li><a href="#">Terms and conditions</a></li></ul>
<p>&copy; 2026 {_e(site)}. Reproduction without permission is prohibited.</p>
</footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, host: str, url: str, section: str, headline: str,
                    summary: str, author: str, visible_date: str, body: str,
                    video_caption: str, related_videos: list[str], more: list[str],
                    published: str | None = None, program: str = "News") -> str:
    """A broadcaster's web story: video player, listen-live bar, dd/mm dates."""
    pub_meta = (f'<meta itemprop="datePublished" content="{_a(published)}">') if published else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{_a(summary)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="video.other">
<meta property="og:url" content="{_a(url)}">
{pub_meta}
<link rel="stylesheet" href="https://assets.{host}/web/main.css">
</head>
<body class="broadcaster">
<div class="live-bar"><a href="/live/" class="live-dot">LIVE</a> <a href="/radio/listen/">Listen live</a> <a href="/tv/watch/">Watch {_e(site)}</a> <a href="/schedule/">Schedule</a></div>
<header class="bc-header"><a class="bc-logo" href="/">{_e(site)}</a>
{_nav(["News", "Politics", "Economy", "Regions", "World", "Weather", "Sport", "Programmes"])}
</header>
{_cookie(site, "We use cookies to give you the best experience, to analyse traffic and to personalise content and ads. By clicking Accept you agree to our use of cookies.")}
<main>
<article class="bc-story">
<p class="kicker">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="bc-summary">{_e(summary)}</p>
<div class="bc-video" data-player="vp-{_img(video_caption)}"><div class="play-button" aria-label="Play video"></div><p class="bc-video__caption">Watch: {_e(video_caption)}</p><p class="bc-video__duration">Video</p></div>
<p class="bc-meta"><span class="bc-author">{_e(author)}</span> | <span class="bc-program">{_e(program)}</span> | <time>{_e(visible_date)}</time></p>
{_share(url)}
<div class="article-body bc-text">
{_blocks(body, "assets." + host)}
</div>
</article>
<aside class="bc-rail">
<h3>Related videos</h3>{_links(related_videos, "video-list")}
{_ad("rail", "300x250")}
<h3>More news</h3>{_links(more)}
</aside>
</main>
<section class="bc-newsletter"><h3>News alerts</h3><p>Get breaking news from {_e(site)} on your phone. Download our app or subscribe to our WhatsApp channel.</p></section>
<footer class="bc-footer"><ul><li><a href="#">About {_e(site)}</a></li><li><a href="#">Frequencies</a></li><li><a href="#">Accessibility</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">Contact</a></li></ul><p>&copy; {_e(site)} 2026</p></footer>
</body>
</html>
"""


def _newsletter_page(*, site: str, host: str, url: str, issue: str, headline: str,
                     author: str, published: str, visible_date: str, body: str,
                     in_this_issue: list[str], tagline: str, section: str = "Markets") -> str:
    """A subscriber trade newsletter archived on the web: JSON-LD only, issue chrome."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noarchive">
<meta name="description" content="{_a(tagline)}">
<link rel="canonical" href="{_a(url)}">
{_jsonld("ReportageNewsArticle", headline, url, site, published, None, [author], section)}
<style>body{{font-family:Georgia,serif;max-width:720px;margin:auto}} .paywall-note{{background:#f4f1e8}}</style>
</head>
<body class="newsletter-archive">
{_cookie(site, "This site uses strictly necessary cookies and, with your consent, analytics cookies. See our cookie notice.")}
<header class="nl-header"><p class="nl-brand"><a href="/">{_e(site)}</a></p><p class="nl-tagline">{_e(tagline)}</p>
<p class="nl-issue">{_e(issue)} &middot; <span class="nl-date">{_e(visible_date)}</span></p>
<nav class="nl-nav"><a href="/archive/">Archive</a> <a href="/data/">Data</a> <a href="/events/">Events</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></nav></header>
<div class="paywall-note">Subscriber edition. You are reading this story because a subscriber shared it with you. <a href="/subscribe/">Get full access</a>.</div>
<section class="in-this-issue"><h2>In this issue</h2>{_links(in_this_issue, "toc")}</section>
<article class="nl-lead">
<h1>{_e(headline)}</h1>
<p class="nl-byline">{_e(author)}</p>
<div class="article-body">
{_blocks(body, "files." + host)}
</div>
</article>
<div class="sponsor-box"><span class="ad-label">Advertisement</span><p>Sponsored: Register now for our regional outlook conference. Early-bird rates end soon.</p></div>
<section class="nl-signup"><h3>Forwarded this issue?</h3><p>Sign up to receive {_e(site)} every weekday before the markets open.</p><form><input type="email" placeholder="Work email"><button>Subscribe</button></form></section>
<footer class="nl-footer"><p>{_e(site)} is an independent publication. Nothing in this newsletter is investment advice.</p><p><a href="#">Unsubscribe</a> &middot; <a href="#">Update preferences</a> &middot; <a href="#">Privacy</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _local_page(*, site: str, host: str, url: str, section: str, headline: str, dek: str,
                author: str, visible_date: str, body: str, lead_photo: str,
                weather: str, ticker: list[str], most_shared: list[str], towns: list[str]) -> str:
    """A local news site: weather widget, breaking ticker, town navigation, no metadata dates."""
    cap, _, credit = lead_photo.partition("||")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:image" content="https://{host}/uploads/{_img(cap)}.jpg">
<link rel="stylesheet" href="/wp-content/themes/localnews/style.css">
</head>
<body class="post-template-default single single-post">
{_cookie(site)}
<div class="top-strip"><span class="weather-widget">{_e(weather)}</span> <a href="/advertise/">Advertise</a> <a href="/tips/">Send us a tip</a></div>
<header class="site-header"><a class="site-title" href="/">{_e(site)}</a>
{_nav(["Home", "Local", *towns, "Politics", "Business", "Community", "Obituaries"])}
</header>
<div class="breaking-ticker"><strong>Latest:</strong> {" &bull; ".join(_e(t) for t in ticker)}</div>
{_ad("header", "728x90")}
<div class="content-area">
<article class="post">
<span class="cat-links"><a href="#">{_e(section)}</a></span>
<h1 class="entry-title">{_e(headline)}</h1>
<p class="entry-dek">{_e(dek)}</p>
<div class="entry-meta">By <span class="author vcard">{_e(author)}</span> &mdash; <span class="posted-on">{_e(visible_date)}</span></div>
<figure class="wp-block-image"><img src="https://{host}/uploads/{_img(cap)}.jpg" alt="{_a(cap.strip())}"><figcaption>{_e(cap.strip())} ({_e(credit.strip())})</figcaption></figure>
<div class="article-body entry-content">
{_blocks(body, host + "/uploads")}
</div>
{_share(url)}
</article>
<aside class="widget-area">
{_ad("sidebar", "300x250")}
<section class="widget"><h2 class="widget-title">Most shared this week</h2>{_links(most_shared)}</section>
<section class="widget newsletter"><h2 class="widget-title">Our daily newsletter</h2><p>Local news, events and notices, free in your inbox every evening.</p><form><input type="email" placeholder="Email"><button>Join</button></form></section>
</aside>
</div>
<footer class="site-footer"><p>{_e(site)} &mdash; news for our region, by people who live here.</p><p><a href="#">About</a> | <a href="#">Contact</a> | <a href="#">Privacy</a> | <a href="#">Support local journalism</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _liveblog_page(*, site: str, host: str, url: str, headline: str, intro: str,
                   key_points: list[str], entries: list[tuple[str, str, str]],
                   modified: str, visible_updated: str, authors: list[str],
                   more: list[str]) -> str:
    """A broadcaster live blog: newest entry first, each with its own local time stamp."""
    items = []
    for stamp, title, text in entries:
        items.append('<article class="lb-entry"><header><time class="lb-time">{}</time>'
                     '<h3 class="lb-title">{}</h3></header><div class="lb-text">{}</div>'
                     '<div class="lb-share"><a href="#">Share this update</a></div></article>'.format(_e(stamp), _e(title), _blocks(text, "assets." + host)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(intro)}">
<meta property="og:title" content="LIVE: {_a(headline)}">
<meta property="article:modified_time" content="{_a(modified)}">
<link rel="stylesheet" href="https://assets.{host}/live/liveblog.css">
{_jsonld("LiveBlogPosting", headline, url, site, None, modified, authors, "News")}
</head>
<body class="liveblog">
<div class="live-bar"><span class="live-dot">LIVE</span> <a href="/tv/watch/">Watch {_e(site)} live</a> <a href="/radio/">Radio</a></div>
<header class="bc-header"><a class="bc-logo" href="/">{_e(site)}</a>
{_nav(["News", "Coast", "Highlands", "Amazon", "Economy", "Sport", "Weather"])}
</header>
{_cookie(site, "Our site uses cookies for analytics and advertising. Accept to continue or review your options.")}
<main>
<h1><span class="live-label">Live</span> {_e(headline)}</h1>
<p class="lb-intro">{_e(intro)}</p>
<p class="lb-updated">{_e(visible_updated)} &middot; Reporting by {_e(", ".join(authors))}</p>
<section class="key-points"><h2>Key points</h2>{_links(key_points, "kp-list")}</section>
{_share(url)}
<div class="article-body lb-feed">
{"".join(items)}
</div>
{_ad("feed_end", "300x250")}
<section><h3>More coverage</h3>{_links(more)}</section>
</main>
<footer class="bc-footer"><p>&copy; {_e(site)} 2026. All rights reserved.</p><p><a href="#">Privacy</a> &middot; <a href="#">Terms</a> &middot; <a href="#">Contact the newsroom</a></p></footer>
</body>
</html>
"""


# ===========================================================================
# STORY 1 - cb-NC1 - central bank (CONTROL: every outlet agrees on every fact)
# Chile's central bank cuts 25 bp to 4.50%, 4-1, Tuesday 21 April 2026, 6 p.m. Santiago.
# ===========================================================================

_S1_A = _wire_page(
    site="Southern Cone Wire", host="scwire.example",
    url="https://www.scwire.example/markets/chile-central-bank-cuts-rate-split-vote-2026-04-21/",
    section="Markets",
    headline="Chile's central bank cuts rate to 4.50% in split vote",
    dek="Board trims benchmark by 25 basis points; one member backed a hold at 4.75%",
    author="Ignacio Lagos Mardones",
    published="2026-04-21T22:09:00Z", modified="2026-04-21T22:41:00Z",
    visible_date="April 21, 2026 10:09 PM GMT - Updated April 21, 2026 10:41 PM GMT",
    keywords="Chile, central bank, interest rates, inflation, peso",
    lead_photo="The headquarters of the Central Bank of Chile on Agustinas street in downtown Santiago. || SCW/Marcelo Ibaceta",
    credit_line="Reporting by Ignacio Lagos Mardones; additional reporting by Valentina Soza; Editing by Paula Ruiz Tagle",
    related=["Peru's central bank holds key rate at 4.25%, says inflation expectations anchored",
             "Chile's March inflation slows to 3.6%, core steady",
             "Copper slips as traders weigh Chinese demand signals",
             "Argentina's peso steadies after central bank dollar sales",
             "Chile's jobless rate edges down in first quarter"],
    body="""
SANTIAGO, April 21 (SCW) - Chile's central bank lowered its benchmark interest rate by 25 basis points to 4.50% on Tuesday, resuming an easing cycle it had paused since December, although one of the five members of its board voted to leave borrowing costs where they were.

The decision was announced at 6 p.m. local time (2200 GMT) after the board's one-day monetary policy meeting. It passed by four votes to one: board member Tomas Iturriaga Reyes preferred to keep the policy rate at 4.75%, the bank said in its statement, which did not set out his reasons. Those are expected in the minutes of the meeting, scheduled for publication on May 5.

Twelve of 14 economists polled by Southern Cone Wire last week had forecast a quarter-point cut, while the other two expected the bank to stand pat.

"The Board will evaluate the future path of the monetary policy rate in light of how the macroeconomic scenario evolves and its implications for the convergence of inflation to the target," the statement said, repeating language the bank used in March.

## Inflation cooling, but not there yet

Consumer prices rose 3.6% in the 12 months to March, down from 3.8% in February, according to the national statistics institute. A core gauge that leaves out food and energy stood at 3.9%. The bank aims for 3% inflation and judges its policy over a two-year horizon.

The board last reduced the rate on December 16, taking it to 4.75% from 5.00%, and then kept it unchanged at its January and March meetings while it looked for evidence that price pressures in services were easing.

Rosario Valdebenito, the bank's president, told the Senate finance committee on April 1 that the board saw "room for additional cuts this year, though at a gradual pace." She did not speak to reporters on Tuesday and is due to address a banking conference in Vina del Mar on Thursday.

[AD]

Camila Fuenzalida, chief economist at Banco Austral in Santiago, said the dissent mattered more than the cut. "A split vote on the first move after a pause is a message in itself," she said. "The bar for another reduction in June is higher than the market is assuming."

The bank's own monthly survey of economists, released on April 10, showed a median forecast of 4.25% for the policy rate at the end of 2026, implying one more quarter-point reduction over the rest of the year.

Chile's economy grew 2.4% last year. In its March monetary policy report the bank projected growth of between 1.75% and 2.75% for 2026, a range it will revise in June.

The peso had closed at 928.40 per dollar before the decision. Local rate swaps had priced in roughly a 90% probability of a cut, traders said.

The next monetary policy meeting is scheduled for June 16-17, with the decision due on the second day.
""")

_S1_B = _paper_page(
    site="The Santiago Ledger", host="santiagoledger.example",
    url="https://www.santiagoledger.example/business/2026/04/22/central-bank-resumes-cuts-lone-dissent/",
    section="Business",
    headline="Central bank resumes cuts, but a lone dissent clouds the outlook",
    standfirst="The policy rate falls to 4.5 per cent. Households should not expect cheaper credit overnight, and one board member wanted no cut at all.",
    author="Francisca Orrego", author_role="Economics correspondent",
    edition_date="Wednesday, April 22, 2026", visible_date="Wednesday, April 22, 2026",
    lead_photo="Shoppers on Paseo Ahumada in central Santiago. Consumer loans and credit cards respond fastest to changes in the policy rate. || Photo: Daniela Carrasco / The Santiago Ledger",
    most_read=["Metro Line 7 opening pushed back again, ministry confirms",
               "Colo-Colo's new coach: 'We will play to win every match'",
               "What the pension reform means for your monthly statement",
               "Five restaurants in Barrio Italia worth the queue",
               "Wine exports fall as shipping costs bite"],
    tags=["Central Bank of Chile", "Interest rates", "Inflation", "Personal finance"],
    comments=87, city="Santiago, Chile",
    body="""
The Central Bank of Chile cut its policy rate by a quarter of a percentage point yesterday, to 4.5 per cent, ending a pause that began after its December reduction. But a dissent on the board suggested that the road to cheaper credit will not be a smooth one.

The five-member board announced its decision at 6 p.m. on Tuesday. Four members backed the reduction; the fifth, Tomas Iturriaga, argued for leaving the rate at 4.75 per cent. It was the first time this year that the board has not been unanimous: it held the rate at both its January and March meetings without a dissenting vote.

The minutes, due on May 5, should explain Iturriaga's reasoning. Until then, economists are left to read the statement, in which the board said it would judge the future course of the rate according to how the economic scenario unfolds and what that implies for inflation returning to its target.

"The bar for another reduction in June is higher than the market is assuming," said Camila Fuenzalida, chief economist at Banco Austral, who argued that a split vote on the first move after a pause is itself a signal.

[FIG The Central Bank of Chile's board meets eight times a year to set the policy rate. || Photo: Archive / The Santiago Ledger]

## What it means for your wallet

For households, the cut matters most for consumer loans and credit cards, whose interest rates follow the policy rate more closely than mortgage rates do. Most Chilean home loans are fixed-rate and denominated in the UF, the inflation-indexed unit of account, and their average rate was 4.2 per cent in March, according to figures from the financial regulator.

"It is good news, but it does not reach the corner shop tomorrow," said Sergio Matamala, who heads the Santiago Small Business Association. "Banks take months to pass these cuts on, and many of our members are still paying working-capital loans they signed when the rate was much higher."

[AD]

## Inflation still above target

Annual inflation was 3.6 per cent in March, down from 3.8 per cent in February but still above the 3 per cent the bank aims for. The core measure, which excludes food and energy, was 3.9 per cent. The April consumer price figure is due on May 8, and analysts expect seasonal increases in education and utility tariffs to keep it sticky.

Economists surveyed by the central bank earlier this month expect the rate to end the year at 4.25 per cent, which would mean just one more quarter-point cut.

Rosario Valdebenito, the central bank's president, made no comment yesterday. She is due to speak at a banking conference in Vina del Mar tomorrow, and her remarks will be scrutinised for any hint about the next decision, on June 17.

The peso closed at 928.40 to the dollar on Tuesday, before the announcement.

For the government, which is counting on lower borrowing costs to revive investment, the cut was welcome. A Finance Ministry spokesperson said the ministry does not comment on the bank's decisions but noted that the economy "continues to make progress in reducing inflation".
""")

_S1_C = _newsletter_page(
    site="Iberia Markets Daily", host="iberiamarkets.example",
    url="https://www.iberiamarkets.example/latam/2026/04/22/chile-bcch-cuts-to-450/",
    issue="Issue 1,842 - Latin America edition",
    headline="Chile: BCCh cuts to 4.50%, but the 4-1 vote is the story",
    author="By Lucia Arrieta Goni, Madrid",
    published="2026-04-22T00:35:00+02:00",
    visible_date="22 April 2026, 00:35 CEST",
    tagline="Markets intelligence for investors with exposure to Spain and Latin America",
    in_this_issue=["Chile: BCCh cuts to 4.50%, but the 4-1 vote is the story",
                   "Spain: Treasury auction draws strongest demand since January",
                   "Brazil: real holds gains ahead of fiscal data",
                   "Calendar: Colombia's central bank meets next week"],
    body="""
Chile's central bank (BCCh) cut its monetary policy rate, the TPM, by 25bp to 4.50% on Tuesday. The statement was released at 18:00 in Santiago, which was midnight here in Madrid, so for European desks this is Wednesday morning's news.

The move itself was priced. What was not was the vote: 4-1, with council member Tomas Iturriaga voting to hold at 4.75%. The previous two meetings, in January and March, ended in unanimous holds, and the last cut before this one came in December, from 5.00% to 4.75%.

In our translation, the key sentence of the statement reads: "The Council will assess the future course of the TPM according to how the macroeconomic scenario evolves and its implications for the convergence of inflation to target." That is unchanged from March, and gives no commitment to further easing.

## Why the dissent matters

Hector Olave, strategist at Cordillera Capital in Santiago, told us the board's majority is still leaning towards easing, but the pace is now in question. "We still see 4.25% by December, but June is now a coin toss," he said. "One dissent on a quarter-point cut tells you the council is not going to be rushed."

The numbers give both camps something. Headline inflation fell to 3.6% year on year in March, from 3.8% in February. Core inflation, excluding food and energy, is running at 3.9%, which is what worries the hawks. The target is 3%.

The BCCh's own estimate of the nominal neutral rate is around 4%, so at 4.50% policy is still mildly restrictive. The median of the bank's April economist survey also points to 4.25% at year end.

[AD]

## Regional context

Tuesday's cut brings Chile's policy rate closer to Peru's: the Peruvian central bank held its reference rate at 4.25% on April 9. Colombia's central bank meets next week. For Spanish banks with large Chilean franchises, a slower easing path is mildly positive for margins on peso lending, although the effect at this stage is small.

On the currency, the peso closed Tuesday's session at 928.40 per dollar, before the announcement. We expect a modest softening when trading resumes, as the market digests the split.

## What to watch

The minutes are due on May 5 and will show whether Iturriaga had company in spirit, if not in vote. The April CPI arrives on May 8. BCCh President Rosario Valdebenito speaks in Vina del Mar on Thursday. The next decision is on June 17.

Our view: the council wants to keep easing, slowly. We do not expect a cut in June unless April and May inflation surprise on the downside.
""")

_S1_D = _broadcast_page(
    site="Radio Pacifico Internacional", host="rpi-news.example",
    url="https://www.rpi-news.example/en/economy/2026/04/22/peso-slips-after-rate-cut",
    section="Economy",
    headline="Peso slips after Chile's central bank trims rates",
    summary="Markets read one board member's vote against the cut as a sign the central bank will move slowly.",
    author="RPI Business Desk", visible_date="22/04/2026 13:05 (Santiago)",
    program="RPI English Service",
    video_caption="Business update: what the central bank's rate cut means for borrowers",
    related_videos=["Inside the Santiago stock exchange on decision day",
                    "Interview: what drives food prices in Chile?",
                    "Copper towns brace for a softer market"],
    more=["Port workers in Valparaiso call off planned strike",
          "Government presents plan to speed up mining permits",
          "Heavy rain forecast for Biobio region this weekend",
          "Chile's wine harvest smaller but better, growers say"],
    body="""
Chile's peso weakened on Wednesday morning, a day after the central bank cut interest rates and one of its board members broke ranks to vote against the move.

By 11 a.m. in Santiago, the dollar was trading at 932.10 pesos, compared with 928.40 at Tuesday's close, a fall of about 0.4 per cent for the peso. Traders said the currency was also feeling the effect of a weaker copper price.

On Tuesday evening, the Central Bank of Chile reduced its key rate by 0.25 percentage point to 4.5 per cent. It was the first cut since December. The decision was taken by four votes to one, with board member Tomas Iturriaga favouring keeping the rate at 4.75 per cent.

"Markets were expecting the cut, so the reaction is not about the cut," said Hector Olave, a strategist at Cordillera Capital. "It is about the vote. People are asking whether the next step is further away than they thought."

[AD]

## Borrowers wait

In Maipu, on the western edge of Santiago, Pamela Rojas runs a hardware shop that relies on a bank credit line to buy stock. "Anything that makes credit cheaper helps," she said. "But I will believe it when my bank calls me with a better rate."

Banks usually adjust consumer loan rates gradually, and analysts say households may not see much change for several months.

The Finance Ministry said in a short statement that it respects the autonomy of the central bank and that the economy continues to make progress in reducing inflation, which stood at 3.6 per cent in March. The bank's target is 3 per cent.

## What comes next

The head of the central bank, Rosario Valdebenito, did not comment after the decision. She is scheduled to speak on Thursday at a banking conference in Vina del Mar, where analysts hope she will explain how the board weighed the dissent.

The minutes of Tuesday's meeting will be published on May 5, and inflation figures for April are due on May 8. The board's next rate decision is scheduled for June 17.

Economists surveyed by the central bank expect the key rate to stand at 4.25 per cent at the end of the year.

Chile's economy, which leans heavily on what it earns from copper sold abroad, has been growing at a moderate pace. Lower interest rates are expected to support investment and consumption over the second half of the year, although officials have warned that global trade tensions could weigh on exports.
""")

STORY_1 = _story("cb-NC1", "central bank", "2026-04-22", [
    _page("https://www.scwire.example/markets/chile-central-bank-cuts-rate-split-vote-2026-04-21/", _S1_A),
    _page("https://www.santiagoledger.example/business/2026/04/22/central-bank-resumes-cuts-lone-dissent/", _S1_B),
    _page("https://www.iberiamarkets.example/latam/2026/04/22/chile-bcch-cuts-to-450/", _S1_C),
    _page("https://www.rpi-news.example/en/economy/2026/04/22/peso-slips-after-rate-cut", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 2 - el-NC2 - election (PLANTED)
# Cochabamba (Bolivia) governor runoff, Sunday 12 April 2026. Quispe beats Saavedra.
# Planted: victory-speech square (Plaza Colon in _S2_C), first-round share (36.4% in _S2_D).
# ===========================================================================

_S2_A = _wire_page(
    site="Andean Newswire", host="andeannewswire.example",
    url="https://www.andeannewswire.example/politics/bolivia-cochabamba-runoff-quispe-leads-20260413/",
    section="Politics",
    headline="Quispe leads Cochabamba governor runoff, rival awaits official count",
    dek="Former Sacaba mayor claims victory with 71% of tally sheets processed",
    author="Mauricio Rocha Villarroel",
    published="2026-04-13T03:05:00Z", modified=None,
    visible_date="April 13, 2026 03:05 GMT",
    keywords="Bolivia, Cochabamba, elections, governor, runoff",
    lead_photo="Supporters of Marcela Quispe wave flags in Plaza 14 de Septiembre in Cochabamba on Sunday night. || ANW/Karen Antezana",
    credit_line="Reporting by Mauricio Rocha Villarroel in Cochabamba; Editing by Andres Beltran",
    related=["Bolivia's inflation eases for third month, statistics institute says",
             "Santa Cruz farmers warn of diesel shortages ahead of winter harvest",
             "Bolivian lawmakers approve electoral calendar for judicial vote",
             "Flooding cuts roads in Chapare region, hundreds evacuated"],
    body="""
COCHABAMBA, Bolivia, April 12 (ANW) - Agronomist Marcela Quispe took a clear lead in Sunday's runoff for governor of Bolivia's Cochabamba department, preliminary results showed, and she claimed victory before a crowd of supporters late in the evening, although her rival said he would wait for the official count.

With 71.2% of tally sheets processed at 10:30 p.m. (0230 GMT on Monday), Quispe, of the Alianza Valles Unidos (AVU), had 53.8% of the valid votes against 46.2% for businessman Rodrigo Saavedra of the Movimiento Civico Cochabambino (MCC), according to the preliminary results system run by the departmental electoral tribunal.

"This victory belongs to the valleys, to the tropics and to the city alike. Nobody will be left out," Quispe, 44, told several thousand people gathered in Plaza 14 de Septiembre, the main square of the city of Cochabamba.

Saavedra, 57, told reporters at his campaign headquarters that the gap was still narrowing as results from the city's outskirts came in. "We will respect the result, but the result is the official count, not a screen," he said.

[AD]

Quispe led the first round on March 22 with 38.4% of the vote, short of what she needed to win outright. Saavedra came second with 31.9%. Under Bolivian rules a candidate for governor avoids a runoff by winning more than half of the valid votes, or at least 40% with a lead of 10 percentage points over the runner-up.

Voting is compulsory in Bolivia, and polling stations across the department's 47 municipalities were open from 8 a.m. to 4 p.m. The electoral tribunal reported no serious incidents, although voting at two polling stations in the Chapare tropical region began about an hour late because floodwater had cut access roads.

Quispe, who served two terms as mayor of Sacaba, a fast-growing municipality just east of the city of Cochabamba, campaigned on water supply. She has promised to complete an expansion of the Misicuni water system, at a cost she puts at 1.2 billion bolivianos (about $172 million).

Saavedra, a former president of the department's chamber of industry, ran on a pledge to cut the departmental government's payroll by 15% and to attract private investment to the region's highways and industrial parks.

The winner will succeed outgoing governor Efrain Colque, who was not eligible to run again, and is due to take office on May 3.

The official count, which gives the results legal force, should be completed this week, said Jhonny Vargas Terceros, president of the departmental electoral tribunal. "The preliminary system is a tool for transparency. The count of the original tally sheets is what decides," he said.
""")

_S2_B = _local_page(
    site="Valle Noticias", host="vallenoticias.example",
    url="https://vallenoticias.example/2026/04/13/saavedra-concedes-quispe-governor/",
    section="Politics",
    headline="Saavedra concedes: 'The people of Cochabamba have spoken'",
    dek="With almost all tally sheets processed, Marcela Quispe's lead is beyond reach. Her rival called her on Monday afternoon to congratulate her.",
    author="Carla Mendieta Zurita",
    visible_date="Monday 13 April 2026, 5:40 pm",
    lead_photo="Rodrigo Saavedra speaks to reporters at his campaign headquarters on Avenida Ayacucho on Monday. || Valle Noticias / Jorge Claure",
    weather="Cochabamba 24C, sunny",
    ticker=["Roadworks close part of Avenida Blanco Galindo until Friday",
            "La Cancha market traders protest new stall fees",
            "Water rationing schedule for northern districts published"],
    most_shared=["Where to eat the best silpancho, according to our readers",
                 "Teachers in Quillacollo call 48-hour strike",
                 "New bus route links Tiquipaya and the city centre",
                 "Football: Wilstermann wins derby in stoppage time"],
    towns=["Cercado", "Sacaba", "Quillacollo", "Tiquipaya", "Chapare"],
    body="""
Rodrigo Saavedra conceded the race for governor of Cochabamba on Monday afternoon, ending a day of uncertainty after Sunday's runoff and clearing the way for Marcela Quispe to become the department's next governor.

"The people of Cochabamba have spoken and I respect their decision," Saavedra said at about 5 p.m. at a press conference at his campaign headquarters on Avenida Ayacucho. He said he had called Quispe a few minutes earlier to congratulate her and to offer his party's cooperation "on the things that unite us".

By 3 p.m. on Monday, with 96.4% of tally sheets processed, Quispe had 52.9% of the valid votes and Saavedra 47.1%, according to the preliminary results system of the departmental electoral tribunal. Turnout was running at about 86%.

The margin narrowed overnight as tally sheets from the southern districts of the city, where Saavedra was strong, were added. On Sunday night, with about seven in ten sheets processed, Quispe's share had stood at 53.8%.

[FIG Marcela Quispe greets voters at La Cancha market on Monday morning. || Valle Noticias / Jorge Claure]

## A map of two Cochabambas

The results show a department split between its capital and everywhere else. Saavedra won the Cercado, the city proper, with 51.3% of the vote. Quispe swept the rural valleys and the tropical Chapare, where she took more than 70% in several municipalities, and she won 67.5% in Sacaba, where she was mayor for two terms.

On Sunday night her supporters filled Plaza 14 de Septiembre until well after midnight, setting off fireworks and blocking traffic on the streets around the cathedral. Quispe told them the victory belonged "to the valleys, to the tropics and to the city" and promised that nobody would be left out.

On Monday morning she visited La Cancha market, where she had closed her campaign. "I will govern for those who voted for me and for those who did not," she told vendors. Asked about the water project that was the centrepiece of her campaign, she said her team would present a timetable "within the first hundred days".

[AD]

## From first round to runoff

In the first round, on March 22, Quispe won 38.4% and Saavedra 31.9%. Neither reached the threshold to win outright, and the five other candidates were eliminated. Several of them endorsed Saavedra, but the numbers suggest their voters did not follow as a bloc.

The departmental electoral tribunal said the official count of original tally sheets, which has legal force, would continue through the week. Quispe is due to take office on May 3, replacing outgoing governor Efrain Colque.

Saavedra did not say what he would do next. Asked whether he would run for mayor of Cochabamba in the future, he smiled and said: "Today is not the day for that question."
""")

_S2_C = _paper_page(
    site="La Paz Herald", host="lapazherald.example",
    url="https://www.lapazherald.example/politics/2026/04/16/cochabamba-official-count-quispe/",
    section="Politics",
    headline="Official count confirms Quispe as Cochabamba governor",
    standfirst="The former Sacaba mayor wins by about 56,600 votes. Analysts see a department divided between its capital and its countryside.",
    author="Diego Arze Salinas", author_role="Political correspondent",
    edition_date="Thursday 16 April 2026", visible_date="Thursday 16 April 2026",
    lead_photo="Marcela Quispe, governor-elect of Cochabamba, at a meeting with farmers' unions on Tuesday. || Photo: Lucia Ferrufino / La Paz Herald",
    most_read=["Fuel queues return to El Alto as imports lag",
               "Teleferico adds new line to southern zone",
               "Opinion: the judiciary needs more than an election",
               "Bolivia's quinoa growers look to new markets",
               "Strongest finishes third in title race thriller"],
    tags=["Elections 2026", "Cochabamba", "Regional government"],
    comments=54, city="La Paz, Bolivia",
    body="""
Cochabamba's departmental electoral tribunal on Wednesday night completed the official count of Sunday's runoff for governor, confirming that Marcela Quispe of the Alianza Valles Unidos (AVU) won the race.

Quispe received 572,914 votes, or 52.6% of the valid votes, against 516,308, or 47.4%, for Rodrigo Saavedra of the Movimiento Civico Cochabambino (MCC), the tribunal said. Blank and spoiled ballots added up to 97,530. Turnout was 86.0% of the 1,379,600 people registered to vote in the department.

The final margin, 56,606 votes, was a little narrower than the preliminary results had suggested. The preliminary system, which processes photographs of tally sheets, had shown Quispe ahead by more than seven points on Sunday night.

Quispe had declared victory on Sunday night before a crowd in Plaza Colon, in the centre of the city of Cochabamba, telling supporters that "nobody will be left out". Saavedra initially said he would wait for the official count but conceded on Monday afternoon, after the preliminary system had processed more than 96% of the tally sheets.

The tribunal will hand Quispe her credentials at a ceremony next week. She takes office on May 3, succeeding Efrain Colque.

[AD]

## A divided department

Quispe, 44, is an agronomist who served two terms as mayor of Sacaba, east of the departmental capital. She came first in the March 22 first round with 38.4%, ahead of Saavedra's 31.9%, but below the 40% that, with a ten-point lead, would have given her the governorship without a runoff.

Her coalition of rural unions, irrigators' associations and urban neighbourhood groups held together in the second round, while Saavedra, a 57-year-old businessman, won the Cercado, the city proper, but could not make up the difference in the provinces.

"This result confirms that Cochabamba no longer has a dominant party," said Gabriela Torrico, a political scientist at the Universidad Mayor de San Simon. "Quispe has built a coalition around water and municipal management, not around a national banner. That makes her stronger locally, but it also means she will have to negotiate every vote in the departmental assembly."

The new assembly, elected in March, has no majority for any single group. AVU holds the largest bloc.

[FIG Tally sheets are checked during the official count at the electoral tribunal in Cochabamba. || Photo: Lucia Ferrufino / La Paz Herald]

## Water first

Quispe's central promise is to complete an expansion of the Misicuni water system, which she costs at 1.2 billion bolivianos, about $172 million. Her team says part of the money would come from the national government and development banks, a plan that will depend on negotiations with La Paz.

Saavedra, who had promised to cut the departmental payroll by 15%, said on Monday his party would act as "a responsible opposition".

In Tarija, the only other department where a runoff was held on Sunday, the incumbent governor was re-elected with 55.1% of the valid votes, according to that department's official count, completed on Tuesday.
""")

_S2_D = _broadcast_page(
    site="Altiplano Television", host="altiplanotv.example",
    url="https://www.altiplanotv.example/en/news/cochabamba-runoff-quispe-ahead-monday",
    section="Elections 2026",
    headline="Cochabamba runoff: Quispe keeps lead as count nears 90%",
    summary="Marcela Quispe has claimed victory. Rodrigo Saavedra says he is waiting for the official count.",
    author="Altiplano Television newsroom", visible_date="13/04/2026 08:15",
    published="2026-04-13T08:15:00-04:00", program="Morning Edition",
    video_caption="Marcela Quispe addresses supporters in Plaza 14 de Septiembre on Sunday night",
    related_videos=["Election day in Cochabamba: queues from early morning",
                    "Saavedra: 'The result is the official count'",
                    "How Bolivia's preliminary count works"],
    more=["Government announces new diesel import schedule",
          "La Paz: cable car service restored after power cut",
          "Potosi miners' cooperatives demand new roads",
          "Weather: cold front to reach the Altiplano on Wednesday"],
    body="""
Marcela Quispe was still ahead on Monday morning in the runoff for governor of Cochabamba, with the preliminary count approaching 90% of the tally sheets.

At 7 a.m., with 89.7% of sheets processed, Quispe of the Alianza Valles Unidos had 53.1% of the valid votes and Rodrigo Saavedra of the Movimiento Civico Cochabambino had 46.9%, according to the departmental electoral tribunal's preliminary results system.

Quispe's lead has narrowed slightly since Sunday night, when the first large batch of results gave her 53.8%. Tally sheets from urban polling stations, where Saavedra is stronger, have been arriving later than those from rural areas.

## Victory speech

Quispe declared victory on Sunday night in front of thousands of supporters in Plaza 14 de Septiembre, the main square of the city of Cochabamba. "This victory belongs to the valleys, to the tropics and to the city alike," she said. "Nobody will be left out."

If confirmed, the result would make the 44-year-old agronomist and former mayor of Sacaba the first woman elected governor of Cochabamba.

Saavedra has not conceded. On Sunday night he said he would accept the outcome of the official count, not the figures on a screen, and told supporters to remain calm. His campaign did not respond to requests for comment on Monday morning.

[AD]

## How they got here

In the first round on March 22, Quispe received 36.4% of the vote and Saavedra 31.9%. Five other candidates were eliminated. Because no candidate cleared the threshold for an outright win, the two front-runners went to a second round.

The campaign for the runoff focused on water and jobs. Quispe has promised to complete the expansion of the Misicuni water system. Saavedra, a businessman and former head of the department's chamber of industry, promised a leaner departmental government and more private investment.

The electoral tribunal said voting on Sunday was generally calm. Polling stations were open from 8 a.m. to 4 p.m. In the Chapare region, two polling stations opened about an hour late because floods had cut the roads.

In the city of Cochabamba, some voters complained of long queues at the largest polling centres, where lines stretched around the block for much of the morning. Electoral officials said the delays were caused by the size of those centres rather than by any technical problem, and that everyone in line at closing time was allowed to vote.

## What happens next

The official count, based on the original tally sheets, has legal force and is expected to be completed during the week. The new governor will take office on May 3, replacing Efrain Colque, who could not stand for another term.

Altiplano Television will have live coverage of the count throughout the day on our website and on our morning and evening news programmes.
""")

STORY_2 = _story("el-NC2", "election", "2026-04-16", [
    _page("https://www.andeannewswire.example/politics/bolivia-cochabamba-runoff-quispe-leads-20260413/", _S2_A),
    _page("https://vallenoticias.example/2026/04/13/saavedra-concedes-quispe-governor/", _S2_B),
    _page("https://www.lapazherald.example/politics/2026/04/16/cochabamba-official-count-quispe/", _S2_C),
    _page("https://www.altiplanotv.example/en/news/cochabamba-runoff-quispe-ahead-monday", _S2_D),
], [
    ("victory speech venue", r"14 de septiembre|september 14", r"\bcol[oó]n\b"),
    ("Quispe first-round share", r"\b38[.,]4\b", r"\b36[.,]4\b"),
])

# ===========================================================================
# STORY 3 - ct-NC3 - court (CONTROL: every outlet agrees on every fact)
# Ecuador's Constitutional Court approves, 6-3, a Loja referendum question on mining in
# water-recharge zones: adopted Wednesday 12 August 2026, made public Thursday 13 August.
# ===========================================================================

_S3_A = _wire_page(
    site="Andean Newswire", host="andeannewswire.example",
    url="https://www.andeannewswire.example/world/ecuador-court-clears-loja-mining-referendum-20260813/",
    section="Latin America",
    headline="Ecuador court clears Loja vote on mining ban in water zones",
    dek="Constitutional Court approves provincial referendum question by six votes to three",
    author="Paola Yanez Cordero",
    published="2026-08-13T19:20:00Z", modified=None,
    visible_date="August 13, 2026 19:20 GMT",
    keywords="Ecuador, Constitutional Court, mining, water, referendum, Loja",
    lead_photo="A stream runs through cloud forest in the highlands of Loja province, southern Ecuador. || ANW/Santiago Armijos",
    credit_line="Reporting by Paola Yanez Cordero in Quito and Esteban Ochoa in Loja; Editing by Andres Beltran",
    related=["Ecuador's oil output recovers after pipeline repairs",
             "Peru's mining exports rise on higher copper prices",
             "Ecuador's National Assembly debates security spending bill",
             "Colombian court suspends coal mine expansion over water concerns"],
    body="""
QUITO, Aug 13 (ANW) - Ecuador's Constitutional Court has cleared the way for voters in the southern province of Loja to decide whether to ban metal mining in the areas that feed the province's rivers and springs, according to a ruling made public on Thursday.

The nine-member court approved the proposed referendum question by six votes to three at a plenary session on Wednesday, the ruling in case 4-26-CP showed. Judge Ines Carrion Paredes drafted the majority opinion.

"Human consumption has priority over any other use of water, and a provincial electorate may legitimately ask itself how that priority should be protected," the majority wrote.

The question asks voters whether they agree to prohibit metal mining, in all its phases, in the water-recharge zones mapped in the provincial government's water plan. Those zones cover about 212,000 hectares, nearly a fifth of the province's territory, and overlap with 41 mining concessions, according to the petitioners. The court approved the question with minor changes to the wording of its preamble.

The ruling said any ban would apply from the proclamation of the results and would not be retroactive, leaving the fate of existing concessions to be settled in other proceedings.

[AD]

Judge Fabian Mosquera wrote the dissenting opinion, joined by judges Teresa Villacis and Gonzalo Endara. He argued that the question "poses a false dilemma between water and development" and that the maps attached to it were too technical for voters to assess.

The petition was promoted by a federation of rural water boards and Indigenous organisations from the Saraguro area. They collected 41,200 signatures, of which the National Electoral Council (CNE) validated 40,118, above the threshold of 10% of the provincial electoral roll, or about 39,000 signatures.

"Water has won the first round. The second one is won at the ballot box," said Rosa Guaman Sarango, a spokeswoman for the petitioners.

The CNE must now call the vote. Officials have said it could be held alongside the local elections scheduled for February 2027.

Toronto-listed Cordillera Sur Resources, whose Cerro Chinchilla copper and gold project in the province covers about 38,500 hectares, said in a statement: "We will respect the constitutional process and remain committed to dialogue with communities." The company did not say how much of its concession area lies within the recharge zones.

Ecuador's mining industry has been pressing the government for clearer rules after a series of local consultations. The country's mining chamber called the ruling a "chilling signal" for investors.

In March 2025 the same court rejected a proposed question from the neighbouring province of Zamora Chinchipe, finding that its wording could mislead voters.
""")

_S3_B = _local_page(
    site="Sur Noticias", host="surnoticias.example",
    url="https://surnoticias.example/loja/2026/08/13/corte-constitucional-consulta-agua-mineria/",
    section="Loja",
    headline="'The water won the first round': Loja celebrates court's green light for mining vote",
    dek="Hundreds gathered in front of the provincial government building after the Constitutional Court published its decision on Thursday.",
    author="Marco Cueva Jaramillo",
    visible_date="13 August 2026, 20:15",
    lead_photo="Members of rural water boards celebrate the Constitutional Court's decision in central Loja on Thursday afternoon. || Sur Noticias / Andrea Ordonez",
    weather="Loja 17C, light drizzle",
    ticker=["Catamayo airport runway works finish ahead of schedule",
            "Loja city council approves new market regulations",
            "Festival of the Virgen del Cisne: pilgrimage route and road closures"],
    most_shared=["Coffee growers in Espindola win national quality award",
                 "Power cuts scheduled in parts of Loja on Saturday",
                 "LDU Loja names new coach after defeat",
                 "Photos: the first rains of the season in Vilcabamba"],
    towns=["Loja", "Saraguro", "Catamayo", "Vilcabamba", "Zapotillo"],
    body="""
Cheers, drums and the flags of the water boards filled the square in front of the provincial government building in central Loja on Thursday afternoon, as news spread that the Constitutional Court had approved the question for a provincial vote on mining in water-recharge areas.

The court published its decision on Thursday. The judges had voted on it at a plenary session in Quito the day before, on Wednesday, approving the question by six votes to three.

"Today the water won the first round. The second round is at the ballot box," said Rosa Guaman Sarango, spokeswoman for the coalition of rural water boards and Saraguro Indigenous organisations that promoted the petition. "We are going to go community by community, canton by canton, so that everyone knows what is being decided."

The question asks whether metal mining, in all its phases, should be prohibited in the water-recharge zones identified in the provincial water plan. According to the petitioners, those zones cover some 212,000 hectares across several of Loja's 16 cantons, including the headwaters of the streams that supply the city of Loja.

[FIG Rosa Guaman Sarango speaks to the crowd outside the provincial government building. || Sur Noticias / Andrea Ordonez]

## What the judges said

In the majority opinion, drafted by Judge Ines Carrion Paredes, the court said that the use of water for human consumption comes before any other use, and that the people of a province may legitimately ask themselves how to protect that priority.

The three dissenting judges, in an opinion written by Judge Fabian Mosquera, argued that the question sets up a false dilemma between water and development and that its technical maps would be hard for ordinary voters to evaluate.

The ruling makes clear that a ban, if approved, would not be retroactive. It would apply from the moment the results are proclaimed, and any dispute over existing concessions would have to be resolved in other proceedings.

[AD]

## Long road

The petition began more than a year ago. Volunteers collected 41,200 signatures in markets, parish halls and at Sunday fairs. The National Electoral Council validated 40,118 of them, enough to clear the legal requirement of 10% of the province's voters, about 39,000 people.

"I signed because my father's farm in Saraguro lives off one spring," said Manuel Quizhpe, 58, who travelled to the city for the celebration. "If that spring goes, the farm goes."

Loja's prefect, Hernan Jaramillo, said the provincial government would "respect and support" the vote and would make its technical staff available to explain the maps.

Not everyone was celebrating. In a statement, Cordillera Sur Resources, the Canadian company developing the Cerro Chinchilla copper and gold project, said it would respect the constitutional process and remained committed to dialogue with communities. Some residents of parishes near the project, where the company employs local workers, have said they fear losing jobs.

The National Electoral Council must now call the vote, which could take place together with the local elections of February 2027.
""")

_S3_C = _newsletter_page(
    site="Andes Mining Brief", host="andesminingbrief.example",
    url="https://www.andesminingbrief.example/ecuador/2026/08/14/loja-referendum-cordillera-sur/",
    issue="Vol. 9, No. 156",
    headline="Ecuador: court clears Loja water referendum; Cordillera Sur slides 14%",
    author="Rebecca Thornbury, Toronto, with Julian Paez in Quito",
    published="2026-08-14T11:00:00Z",
    visible_date="Friday, 14 August 2026",
    tagline="Daily intelligence on mining, permitting and politics from Colombia to Patagonia",
    section="Ecuador",
    in_this_issue=["Ecuador: court clears Loja water referendum; Cordillera Sur slides 14%",
                   "Chile: environmental agency extends review of Antofagasta copper expansion",
                   "Peru: community blockade lifted at southern corridor",
                   "Argentina: San Juan approves new mining investment regime rules"],
    body="""
Ecuador's Constitutional Court has approved a referendum question that could ban metal mining across the water-recharge zones of Loja province, a decision that knocked about a seventh off the market value of the most exposed developer.

The ruling, in case 4-26-CP, was adopted by a 6-3 vote at the court's plenary session on Wednesday and published on Thursday. The majority opinion was drafted by Judge Ines Carrion Paredes; Judge Fabian Mosquera wrote a dissent joined by two colleagues, Teresa Villacis and Gonzalo Endara.

The court found that water for human consumption takes precedence over any other use and that a provincial electorate can legitimately vote on how to protect it. The dissent said the question presents voters with "a false dilemma between water and development".

## The exposure

The recharge zones cover roughly 212,000 hectares (about 524,000 acres), close to a fifth of Loja province, and overlap 41 mining concessions, according to the petitioners' maps.

The most exposed listed company is Cordillera Sur Resources, whose Cerro Chinchilla copper and gold project spans about 38,500 hectares (roughly 95,000 acres). By our reading of the provincial maps, around 60% of that area falls inside the recharge zones, including the area of the project's main resource.

Cordillera Sur shares fell 14% in Toronto on Thursday to close at C$0.62. The company said it "will respect the constitutional process" and remains committed to dialogue with communities.

[AD]

The project's 2025 preliminary economic assessment put its after-tax net present value at $410 million, using a copper price well below today's. Investors now have to weigh that against a vote the company cannot control.

"The market is pricing a high chance that the ban passes," said Peter Lindqvist, mining analyst at Boreal Securities in Toronto. "The key question is how Ecuadorian courts treat existing concessions afterwards, because the ruling itself leaves that open."

## The fine print

That point matters. The ruling says a ban would apply from the proclamation of the results and would not be retroactive. It does not extinguish existing concessions, and it sends any dispute about them to other proceedings. Lawyers we spoke to expect years of litigation if voters approve the ban.

The petition carried 41,200 signatures, of which 40,118 were validated by the National Electoral Council. The legal threshold was 10% of the provincial roll, about 39,000.

Diego Salcedo, president of Ecuador's mining chamber, said: "This sends a chilling signal to investors at the worst possible moment." A survey commissioned by the petitioners in June found 71% support for a ban, although the poll has not been independently verified.

## Timing

The National Electoral Council must now issue the call for the vote. The most likely date is alongside the local elections in February 2027. In March 2025 the court rejected a similar question from neighbouring Zamora Chinchipe over misleading wording, so this week's ruling marks a shift in how the court reads these petitions.
""")

STORY_3 = _story("ct-NC3", "court", "2026-08-15", [
    _page("https://www.andeannewswire.example/world/ecuador-court-clears-loja-mining-referendum-20260813/", _S3_A),
    _page("https://surnoticias.example/loja/2026/08/13/corte-constitucional-consulta-agua-mineria/", _S3_B),
    _page("https://www.andesminingbrief.example/ecuador/2026/08/14/loja-referendum-cordillera-sur/", _S3_C),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 4 - tr-NC4 - trade (PLANTED)
# Bolivia: export licences and a monthly floor price for lithium compounds, decree approved
# and announced Wednesday 10 June 2026 (7 p.m. La Paz), published Thursday 11 June.
# Planted: start date (July 15 in _S4_C), licence validity (60 days in _S4_B),
# speaker of the "clearance prices" quote (YLB's Mamani in _S4_C).
# ===========================================================================

_S4_A = _wire_page(
    site="Southern Cone Wire", host="scwire.example",
    url="https://www.scwire.example/commodities/bolivia-lithium-export-licences-floor-price-2026-06-10/",
    section="Commodities",
    headline="Bolivia to require licences, floor price for lithium exports from July 1",
    dek="Decree covers carbonate, chloride and hydroxide; initial reference price set at $11,400 a tonne",
    author="Natalia Ribera Suarez",
    published="2026-06-10T23:48:00Z", modified=None,
    visible_date="June 10, 2026 11:48 PM GMT",
    keywords="Bolivia, lithium, exports, YLB, batteries, commodities",
    lead_photo="Evaporation ponds at the state lithium complex on the Uyuni salt flat, Potosi department. || SCW/Rodrigo Urzagasti",
    credit_line="Reporting by Natalia Ribera Suarez in La Paz; additional reporting by Wang Lei in Shanghai; Editing by Paula Ruiz Tagle",
    related=["Chile's lithium exports rise in May on higher volumes",
             "Argentina approves two more lithium projects under investment regime",
             "China lithium carbonate prices edge lower on weak EV sales",
             "Bolivia's central bank says reserves rose in May"],
    body="""
LA PAZ, June 10 (SCW) - Bolivia will require a government license for every export of lithium compounds from July 1 and will bar sales below a monthly reference price, Hydrocarbons and Energy Minister Gustavo Arancibia said on Wednesday, as the government seeks tighter control over a resource it has struggled to turn into revenue.

Supreme Decree 5612, approved by the cabinet on Wednesday, covers lithium carbonate, lithium chloride and lithium hydroxide. Each license will be tied to a specific buyer and volume and will be valid for 90 days, Arancibia told a news conference at the presidential palace in La Paz that started at 7 p.m. (2300 GMT). The decree is due to be published in the official gazette on Thursday.

"We are not going to sell our lithium at clearance prices," Arancibia said. "The license is a control tool, not a barrier."

A technical committee made up of the ministry, state lithium company Yacimientos de Litio Bolivianos (YLB) and the central bank will set the reference price each month. For July, the floor for battery-grade lithium carbonate will be $11,400 per tonne, the minister said. Shipments priced below the reference will not be licensed.

Companies can start filing applications on June 15, and the ministry will have 10 working days to process each one.

[AD]

## Below the floor

The floor sits above current prices in China, the main market. Battery-grade lithium carbonate was quoted at around 76,000 yuan ($10,500) a tonne in Chinese spot trading this week, according to price reporting agencies.

YLB's president, Veronica Mamani, said the company's contracts for the third quarter had already been signed at prices above the reference, so its shipments would not be disrupted.

YLB is currently Bolivia's only lithium exporter. It shipped 2,180 tonnes of lithium carbonate in 2025, worth $28.6 million, and 1,040 tonnes in the first five months of this year, according to ministry figures. Its industrial plant at Llipi, on the Uyuni salt flat in Potosi department, has a nominal capacity of 15,000 tonnes a year but has operated well below that level.

Officials said the rules would matter more in the future, when joint ventures with foreign partners, whose contracts still await approval by the legislature, are expected to start production.

"A floor price only works if you are the price setter," said Daniela Roca, a consultant at Andina Commodities Research in Santa Cruz. "Bolivia is not, yet. If Chinese prices stay where they are, the main effect of this decree may be fewer shipments, not higher prices."

Geologists have long counted the brines under Bolivia's salt flats among the biggest lithium deposits anywhere, but the country's output remains a small fraction of what neighbouring Chile and Argentina ship, where private companies operate under concessions or contracts with provincial and national authorities.

Arancibia said the decree would be reviewed after six months.
""")

_S4_B = _newsletter_page(
    site="BatteryMetals Monitor", host="batterymetalsmonitor.example",
    url="https://www.batterymetalsmonitor.example/lithium/2026/06/11/bolivia-export-licence-floor-price/",
    issue="Daily briefing No. 612",
    headline="Bolivia imposes export licences and a $11,400/t floor on lithium",
    author="Hannah Okafor, London, and Tomas Gutierrez, Santa Cruz de la Sierra",
    published="2026-06-11T09:30:00Z",
    visible_date="Thursday 11 June 2026",
    tagline="Prices, supply and policy across the battery raw materials chain",
    section="Lithium",
    in_this_issue=["Bolivia imposes export licences and a $11,400/t floor on lithium",
                   "Cobalt: DRC quota review pushed to September",
                   "Nickel: Indonesian ore premiums ease",
                   "Prices: lithium carbonate, spodumene and hydroxide assessments"],
    body="""
Bolivia will require an export licence for every shipment of lithium carbonate, chloride and hydroxide from 1 July and will refuse licences for sales below a reference price set each month, the government announced late on Wednesday La Paz time.

The measures are set out in Supreme Decree 5612, approved by the cabinet on Wednesday and published in the official gazette today (Thursday). Hydrocarbons and Energy Minister Gustavo Arancibia presented them at a news conference at the presidential palace in La Paz.

Each licence covers a named buyer and a fixed volume and is valid for 60 days. Applications open on 15 June, and the ministry has ten working days to decide on each one.

"We are not going to sell our lithium at fire-sale prices," Arancibia said.

## The floor

The first reference price, for July, is $11,400 per tonne of battery-grade carbonate, or roughly 82,500 yuan. That is above where the Chinese spot market has been trading: our assessment for battery-grade carbonate, delivered China, was 76,000 yuan per tonne on Wednesday, about $10,500.

The committee that will set the price each month includes the ministry, the state company Yacimientos de Litio Bolivianos (YLB) and the central bank. The decree does not say what benchmark it will use, only that it will take account of "international references and production costs".

[AD]

## Who is affected

For now, the answer is YLB and its customers. YLB is the only exporter. It shipped 2,180 t of carbonate in 2025, for $28.6 million, and 1,040 t between January and May this year. Its Llipi plant on the Uyuni salt flat has a nameplate capacity of 15,000 t/yr, but output has been a fraction of that.

YLB's president, Veronica Mamani, said third-quarter contracts were already signed above the reference price. Traders we spoke to in Shanghai were less sure the floor would hold for fourth-quarter business if Chinese prices stay weak.

"A floor price only works if you are the price setter," said Daniela Roca of Andina Commodities Research in Santa Cruz. "Bolivia is not, yet."

The rules will bite harder once the joint ventures with foreign partners, whose contracts are still pending in the legislature, begin producing, which is still several years away.

## Our view

Bolivian volumes are a rounding error next to Chilean and Argentine supply, so the decree will not move the global market. What it does show is a government keen to avoid selling into a weak market at a loss, and willing to accept lower volumes to do so. For buyers, the practical change is paperwork: from 1 July, no Bolivian cargo leaves without a licence number.

The decree provides for a review after six months.
""")

_S4_C = _paper_page(
    site="La Paz Herald", host="lapazherald.example",
    url="https://www.lapazherald.example/economy/2026/06/12/lithium-export-licences-decree/",
    section="Economy",
    headline="Lithium exports will need a licence and a minimum price",
    standfirst="The government says the decree protects the value of a strategic resource. Exporters say they were not consulted.",
    author="Rocio Villegas Aramayo", author_role="Economy reporter",
    edition_date="Friday 12 June 2026", visible_date="Friday 12 June 2026",
    lead_photo="The industrial lithium carbonate plant at Llipi, on the Uyuni salt flat. || Photo: YLB handout",
    most_read=["Fuel queues return to El Alto as imports lag",
               "How the new bus fares will work in La Paz",
               "Opinion: lithium is not a magic wand",
               "Bolivian singer wins Latin music award",
               "Bolivar fans queue all night for derby tickets"],
    tags=["Lithium", "Exports", "YLB", "Economy"],
    comments=41, city="La Paz, Bolivia",
    body="""
Exports of lithium compounds will require a government licence from July 15 and will be barred if they are priced below a monthly reference, under a supreme decree approved by the cabinet on Wednesday and published in the official gazette on Thursday.

Supreme Decree 5612 applies to lithium carbonate, lithium chloride and lithium hydroxide. Each licence will be issued for a specific buyer and volume and will be valid for 90 days, according to the text published on Thursday. Companies can apply from June 15, and the Ministry of Hydrocarbons and Energy will have ten working days to answer each request.

Minister Gustavo Arancibia presented the measure on Wednesday night at the presidential palace. "The licence is a control tool, not a barrier," he said.

The head of the state lithium company, Veronica Mamani, defended the floor price. "We are not going to sell our lithium at bargain prices," said Mamani, president of Yacimientos de Litio Bolivianos (YLB).

[AD]

## The price

For July, the minimum price for battery-grade lithium carbonate will be $11,400 a tonne, about 79,300 bolivianos at the official exchange rate of 6.96. A committee of the ministry, YLB and the Central Bank of Bolivia will set the figure every month.

YLB exported 2,180 tonnes of lithium carbonate last year, earning $28.6 million, and 1,040 tonnes between January and May. The plant at Llipi, in Potosi department, was designed to produce 15,000 tonnes a year, but it has never come close to that figure.

Prices in China, which buys most of the world's lithium carbonate, are currently below the floor set by the government. Analysts warn that, if they stay there, Bolivian exports could fall.

## Exporters not consulted

The National Chamber of Exporters said it learned of the decree from the press. "We support adding value to lithium, but a licence regime of this kind should have been discussed with the private sector, which will eventually have to invest in it," the chamber said in a statement.

Economists also questioned whether the state has the staff to run the system. "Ten working days is ambitious for a ministry that has never issued this type of licence," said Oscar Mendez, a former deputy minister of foreign trade. "The risk is that cargoes are left waiting at the border."

At present, YLB is the only company exporting lithium from Bolivia. The government expects joint ventures with foreign partners, whose contracts are still waiting for approval by the Plurinational Legislative Assembly, to begin production later in the decade.

The ministry said it would also review the royalty rates for lithium later this year and that the decree itself would be evaluated after six months.

Opposition lawmakers asked Arancibia to appear before the Chamber of Deputies to explain how the reference price will be calculated. No date has been set.
""")

STORY_4 = _story("tr-NC4", "trade", "2026-06-13", [
    _page("https://www.scwire.example/commodities/bolivia-lithium-export-licences-floor-price-2026-06-10/", _S4_A),
    _page("https://www.batterymetalsmonitor.example/lithium/2026/06/11/bolivia-export-licence-floor-price/", _S4_B),
    _page("https://www.lapazherald.example/economy/2026/06/12/lithium-export-licences-decree/", _S4_C),
], [
    ("start date of the licence rule", r"\bjuly 1(?:st)?\b|\b1(?:st)? (?:of )?july\b", r"\bjuly 15(?:th)?\b|\b15(?:th)? (?:of )?july\b"),
    ("licence validity", r"\b90\b|ninety", r"\b60\b|sixty"),
    ("speaker of the 'not going to sell our lithium at ... prices' quote", r"arancibia|minister", r"mamani|\bylb\b"),
])

# ===========================================================================
# STORY 5 - rk-NC5 - rocket (PLANTED)
# Estela Espacial's Pampero-2 suborbital flight from Alcantara, Brazil: liftoff 9:47 p.m.
# local on Tuesday 22 September 2026 (00:47 UTC Wednesday), apogee 112 km.
# Planted: liftoff 9:17 p.m. / 00:17 UTC in _S5_B; apogee 102 km in _S5_C.
# ===========================================================================

_S5_A = _wire_page(
    site="Southern Cone Wire", host="scwire.example",
    url="https://www.scwire.example/science/argentine-startup-rocket-reaches-space-alcantara-2026-09-23/",
    section="Science",
    headline="Argentine startup's rocket reaches space on test flight from Brazil",
    dek="Estela Espacial's Pampero-2 climbs to 112 km, short of its 120 km goal but past the 100 km mark",
    author="Federico Aguirre Lanusse",
    published="2026-09-23T01:58:00Z", modified=None,
    visible_date="September 23, 2026 1:58 AM GMT",
    keywords="Argentina, Brazil, Alcantara, rocket, space, startup, Estela Espacial",
    lead_photo="The Pampero-2 rocket lifts off from the Alcantara Launch Center in Maranhao state, Brazil, on Tuesday night. || Estela Espacial/Handout via SCW",
    credit_line="Reporting by Federico Aguirre Lanusse in Buenos Aires and Larissa Mendes in Sao Luis; Editing by Paula Ruiz Tagle",
    related=["Brazil's space agency signs launch deal with South Korean firm",
             "Argentina's satellite operator plans new geostationary craft",
             "Chilean university nanosatellite to fly on rideshare mission",
             "Venture funding for Latin American tech startups rebounds"],
    body="""
ALCANTARA, Brazil, Sept 22 (SCW) - A rocket built by Argentine startup Estela Espacial climbed to an altitude of 112 km (70 miles) on Tuesday night, making it the first privately developed Argentine rocket to pass the 100 km line commonly used to mark the edge of space, the company said.

The two-stage Pampero-2 lifted off at 9:47 p.m. local time (0047 GMT on Wednesday) from the Alcantara Launch Center, a Brazilian Air Force facility on the Atlantic coast of Maranhao state. Buenos Aires and Alcantara share the same time zone.

The 112 km apogee is based on preliminary telemetry and fell short of the 120 km the company had targeted. Chief executive Lucia Ferraro said the shortfall was within the range expected for the first flight of a two-stage vehicle.

"Tonight a rocket designed and built in Argentina went to space and came back with science on board," Ferraro told reporters at the launch center.

The rocket's payload capsule, carrying four experiments, splashed down under a parachute about nine minutes after liftoff, roughly 180 km (112 miles) northeast of the launch site. A Brazilian Navy patrol vessel was heading to the splashdown area to recover it, the company said.

[AD]

The experiments include a study of fluid behavior in microgravity from the National University of Cordoba, a radiation sensor from Chile's University of Concepcion and an electronics test built by students at Uruguay's University of the Republic. The fourth is an avionics unit Estela plans to use on future rockets.

The launch had been scrubbed on Sunday four minutes before liftoff because of strong winds at high altitude.

Estela, founded in 2019 and based in the Argentine city of Cordoba, flew its single-stage Pampero-1 in November 2025. That rocket reached 38 km.

The company, which employs about 85 people, raised $14 million from investors in 2025 and is developing an orbital rocket, Pampero-O, designed to carry up to 150 kg to low Earth orbit. It aims to attempt a first orbital launch in 2028.

Colonel Ricardo Tavares Leal, director of the Alcantara center, said the flight showed the base could serve companies from across South America. "Alcantara is open to the region's launchers," he said.

Brazil has sought for years to attract commercial customers to Alcantara, whose location close to the equator gives rockets an extra boost from the Earth's rotation. Several small launch firms from Asia and Europe have flown or plan to fly from the site.

Estela said it would publish detailed flight data after reviewing the telemetry over the coming days.
""")

_S5_B = _newsletter_page(
    site="LatAm Space Report", host="latamspacereport.example",
    url="https://www.latamspacereport.example/launch/2026/09/23/pampero-2-reaches-space/",
    issue="Issue 211",
    headline="Pampero-2 reaches space: Estela's second stage delivers",
    author="Joana Ribeiro Castro",
    published="2026-09-23T14:00:00Z",
    visible_date="23 September 2026",
    tagline="The business of launch, satellites and space policy in Latin America",
    section="Launch",
    in_this_issue=["Pampero-2 reaches space: Estela's second stage delivers",
                   "Mexico: new space agency bill clears committee",
                   "Satellites: Peruvian Earth-observation craft passes review",
                   "Funding round-up: three ground-segment startups raise capital"],
    body="""
Estela Espacial's Pampero-2 suborbital rocket lifted off from the Alcantara Launch Center in Brazil at 21:17 local time on 22 September (00:17 UTC on 23 September) and crossed the 100 km line, giving the Cordoba-based company its first flight to space.

Refined trajectory data released by the company on Wednesday put the apogee at 112.4 km. Estela had been aiming for 120 km. The payload capsule separated after second-stage burnout, coasted over the top of the arc and descended under parachute, splashing down 9 minutes 12 seconds after liftoff about 180 km north-east of Alcantara.

A Brazilian Navy patrol vessel recovered the capsule shortly before 1 a.m. local time on Wednesday. The company said all four experiments on board appeared to be intact.

## The second stage

For engineers, the headline is the second stage. Pampero-1, which flew in November 2025, was a single-stage vehicle and topped out at 38 km. Pampero-2 adds a solid upper stage that had never flown before, and separation and ignition worked on the first attempt.

"The second stage performed almost exactly as our models predicted," said chief technology officer Gaston Ibarguren. "The eight-kilometre shortfall comes mainly from the first stage, which burned a little less efficiently than on the test stand, and we think we know why."

The 38 kg payload included a microgravity fluids experiment from the National University of Cordoba, a radiation sensor from the University of Concepcion in Chile, a student electronics board from the University of the Republic in Uruguay, and Estela's own avionics package.

[AD]

## Why Alcantara

Estela chose Alcantara over sites in Argentina because its coastal location allows a safe splashdown corridor over the Atlantic. The Brazilian Air Force, which runs the base, has been actively courting small launch companies, and its director, Colonel Ricardo Tavares Leal, said after the flight that "Alcantara is open to the region's launchers."

An attempt on Sunday 20 September was called off at T-4 minutes because of high-altitude winds.

## What next

Chief executive Lucia Ferraro said the company would fly Pampero-2 at least once more in 2027 before concentrating on its orbital vehicle, Pampero-O, which is meant to carry up to 150 kg to low Earth orbit. The first orbital attempt is planned for 2028.

Estela, founded in 2019, raised $14 million in a Series A round in 2025. Ferraro told us the company would seek a larger round next year. "Investors wanted to see us reach space," she said. "Now they have."

## Our take

A suborbital flight is a long way from orbit, and 2028 is an ambitious target for a company with about 85 employees. But a two-stage vehicle that flew cleanly at the first attempt, with a recovered payload, is a real milestone for Argentine private spaceflight.
""")

_S5_C = _paper_page(
    site="The Cordoba Chronicle", host="cordobachronicle.example",
    url="https://www.cordobachronicle.example/science/2026/09/23/pampero-2-cordoba-rocket-space/",
    section="Science & Technology",
    headline="Made in Cordoba, flown to space: Pampero-2 crosses the line",
    standfirst="Estela Espacial's rocket lifted off from Brazil last night. In Cordoba, employees, families and university researchers watched the flight on a big screen.",
    author="Agustina Bustos Ferreyra", author_role="Science editor",
    edition_date="Wednesday 23 September 2026", visible_date="Wednesday 23 September 2026",
    lead_photo="Estela Espacial employees and relatives react as the Pampero-2 passes 100 km, at the company's headquarters in Cordoba. || Photo: Nicolas Paez / The Cordoba Chronicle",
    most_read=["Cordoba city bus strike: what we know",
               "Talleres fans plan march to the stadium on Sunday",
               "Road to Carlos Paz reopens after rockslide",
               "Wine and cheese: the best fairs in the Sierras this spring",
               "Province announces new technology park in Rio Cuarto"],
    tags=["Space", "Estela Espacial", "Science", "Cordoba"],
    comments=132, city="Cordoba, Argentina",
    body="""
The room went silent for several seconds after the second stage ignited. Then the number on the screen passed 100, and the headquarters of Estela Espacial in Cordoba erupted.

The company's Pampero-2 rocket lifted off at 9:47 p.m. on Tuesday from the Alcantara Launch Center in northern Brazil and reached a maximum altitude of 102 km, the company said, becoming the first privately built Argentine rocket to reach space by the most widely used definition, the 100 km line.

About 200 employees, relatives and guests watched the live feed in the company's assembly hall. Some had worked on the rocket since Estela was founded in 2019.

"Tonight a rocket designed and built in Argentina went to space and came back with science on board," chief executive Lucia Ferraro said from Alcantara, in a video call that was shown on the big screen.

## Science from Cordoba

Among the four experiments in the rocket's payload capsule was a study of how fluids behave in microgravity, prepared by a team from the National University of Cordoba led by physicist Silvina Araoz.

"We had a few minutes of weightlessness, and we needed every second of them," Araoz said. The capsule was recovered from the Atlantic by a Brazilian Navy ship shortly before 1 a.m., about 180 km from the launch site, and her team expects to receive the hard drives within two weeks.

The other experiments came from the University of Concepcion in Chile, students at the University of the Republic in Uruguay and Estela itself.

[AD]

## A year of progress

Estela's previous rocket, the single-stage Pampero-1, reached 38 km in November 2025. This time the company had aimed for 120 km with a two-stage design. Ferraro said the flight had fallen somewhat short of that target but had proved the rocket's second stage, which was the main goal.

The launch had already been postponed once, on Sunday, when strong winds at high altitude forced a stop four minutes before liftoff.

The company, which employs about 85 people, most of them in Cordoba, raised $14 million last year. It is developing an orbital rocket, Pampero-O, which would carry up to 150 kg to low Earth orbit and could make its first attempt in 2028.

The provincial government congratulated the company in a statement and said it would support plans to build a new engine test facility in the south of the province.

Gaston Ibarguren, Estela's chief technology officer, said the engineers would spend the coming weeks analysing data. "We learned more in nine minutes than in a year of ground tests," he said.

[FIG Members of the National University of Cordoba team that built the microgravity experiment, in their laboratory last month. || Photo: Nicolas Paez / The Cordoba Chronicle]
""")

STORY_5 = _story("rk-NC5", "rocket", "2026-09-24", [
    _page("https://www.scwire.example/science/argentine-startup-rocket-reaches-space-alcantara-2026-09-23/", _S5_A),
    _page("https://www.latamspacereport.example/launch/2026/09/23/pampero-2-reaches-space/", _S5_B),
    _page("https://www.cordobachronicle.example/science/2026/09/23/pampero-2-cordoba-rocket-space/", _S5_C),
], [
    ("liftoff time", r"\b9[:.]47\b|\b21[:.h]?47\b|\b00[:.h]?47\b|\b0047\b", r"\b9[:.]17\b|\b21[:.h]?17\b|\b00[:.h]?17\b|\b0017\b"),
    ("apogee", r"\b112(?:[.,]\d+)?\s*-?\s*(?:km|kilomet)|^\s*112(?:[.,]\d+)?\s*$|\b70\s*mi", r"\b102(?:[.,]\d+)?\s*-?\s*(?:km|kilomet)|^\s*102(?:[.,]\d+)?\s*$"),
])

# ===========================================================================
# STORY 6 - eq-NC6 - earthquake (CONTROL: every outlet agrees on every fact)
# Magnitude 6.6 (IG-EPN; USGS 6.5) offshore quake ~28 km west of Pedernales, Ecuador, at
# 11:32 p.m. Saturday 7 November 2026 (04:32 GMT Sunday 8 November). Tolls rise over time.
# ===========================================================================

_S6_A = _wire_page(
    site="Andean Newswire", host="andeannewswire.example",
    url="https://www.andeannewswire.example/world/ecuador-earthquake-pedernales-manabi-20261108/",
    section="Latin America",
    headline="Strong earthquake off Ecuador's coast kills at least two",
    dek="Magnitude 6.6 quake strikes near Pedernales late on Saturday; no tsunami threat, navy says",
    author="Esteban Ochoa",
    published="2026-11-08T06:25:00Z", modified=None,
    visible_date="November 8, 2026 06:25 GMT",
    keywords="Ecuador, earthquake, Manabi, Pedernales, Esmeraldas",
    lead_photo="Residents stand in a street in Pedernales after the earthquake late on Saturday. || ANW/Jorge Vinces",
    credit_line="Reporting by Esteban Ochoa in Quito; Editing by Andres Beltran",
    related=["Ecuador extends state of emergency in three coastal provinces",
             "Peru's Arequipa region shaken by moderate quake, no damage reported",
             "Ecuador's banana exports hit monthly record",
             "Chile updates building code after 2025 review"],
    body="""
QUITO, Nov 8 (ANW) - A strong earthquake struck off Ecuador's northern Pacific coast late on Saturday, killing at least two people, injuring 31 and damaging homes in the province of Manabi, authorities said.

The magnitude 6.6 quake hit at 11:32 p.m. local time (0432 GMT on Sunday), with its epicentre at sea about 28 km (17 miles) west of the town of Pedernales, at a depth of 19 km, according to Ecuador's Geophysical Institute (IG-EPN). The U.S. Geological Survey measured it at magnitude 6.5.

The National Risk Management Secretariat said in a report issued at 1 a.m. on Sunday that two people had died and 31 had been injured. One of the dead was a man struck by a falling wall in Pedernales, local radio said. Officials said the figures were preliminary and could rise as rescue teams reached rural areas.

The navy's oceanographic institute, INOCAR, ruled out a tsunami threat about 20 minutes after the quake.

[AD]

The tremor was felt strongly in Quito, Guayaquil and other cities. In Pedernales, residents ran into the streets and many said they planned to spend the night outdoors.

"People ran into the streets remembering 2016," Pedernales Mayor Wilmer Cedeno Loor told local radio. "Thank God the buildings we rebuilt held up, but there is damage in the older houses and we still do not know the situation in the rural parishes."

In Jama, a coastal town south of Pedernales, firefighters said several older houses had partly collapsed, and a landslide blocked the E15 coastal highway between the two towns. The Health Ministry said hospitals in Pedernales and Chone were treating the injured and that ambulances had been sent from Portoviejo, the provincial capital, and from Esmeraldas.

Power was cut to large parts of Manabi and the neighbouring province of Esmeraldas. The state electricity company said about 42,000 customers were without service and crews were working to restore it.

The Geophysical Institute had recorded more than 20 aftershocks in the first hour.

Pedernales was the town worst hit by the magnitude 7.8 earthquake of April 16, 2016, which killed more than 670 people along Ecuador's coast and left tens of thousands homeless. Much of its centre was rebuilt under stricter building rules.

Ecuador sits where the Nazca plate slides beneath South America, and the coast of Manabi and Esmeraldas has a long record of large earthquakes.

The government said Risk Management Secretary Paulina Andrade Cevallos would travel to the area on Sunday.
""")

_S6_B = _liveblog_page(
    site="Costa TV", host="costatv.example",
    url="https://www.costatv.example/en/live/earthquake-pedernales-manabi-2026-11-08",
    headline="Earthquake in Manabi: death toll rises to nine",
    intro="Follow our live coverage of the magnitude 6.6 earthquake that struck off the coast of Pedernales late on Saturday night. All times are Ecuador time.",
    key_points=["Nine people dead and 184 injured, according to the Risk Management Secretariat's 6 p.m. report",
                "1,120 homes damaged in Manabi and Esmeraldas",
                "Magnitude 6.6 quake struck at 11:32 p.m. on Saturday, about 28 km west of Pedernales",
                "No tsunami threat, navy says",
                "Coastal highway E15 reopened between Pedernales and Jama"],
    modified="2026-11-08T23:10:00Z",
    visible_updated="Last updated Sunday 8 November 2026, 6:10 p.m. (Ecuador time)",
    authors=["Gabriela Mendoza", "Luis Alcivar", "Costa TV newsroom"],
    more=["Video: drone footage of Pedernales after the quake",
          "How to prepare an emergency backpack",
          "Explainer: why Ecuador's coast has so many earthquakes",
          "Where to donate: verified collection points in Guayaquil and Quito"],
    entries=[
        ("Sunday 6:05 p.m.", "Toll rises to nine dead",
         """The Risk Management Secretariat has published its 6 p.m. report: nine people have died and 184 have been injured. A total of 1,120 homes have been damaged. Earlier today the secretariat had reported six deaths.

The secretariat says the figures include people treated and discharged from hospitals in Pedernales, Chone and Esmeraldas."""),
        ("Sunday 4:30 p.m.", "Coastal highway reopened",
         """The Transport Ministry says the E15 coastal highway between Pedernales and Jama is open again after crews cleared a landslide that had blocked it since the early hours. Traffic is passing in one lane at a time."""),
        ("Sunday 2:15 p.m.", "Risk management secretary visits Pedernales",
         """Risk Management Secretary Paulina Andrade Cevallos has arrived in Pedernales and is touring damaged neighbourhoods with the mayor.

"The priority in these first hours is to reach every family in the rural areas," she told our reporter. "We have teams walking to communities where the roads are cut."

[FIG Risk Management Secretary Paulina Andrade Cevallos speaks to residents in Pedernales on Sunday afternoon. || Costa TV / Luis Alcivar]"""),
        ("Sunday 12:10 p.m.", "57 aftershocks so far",
         """The Geophysical Institute says it has recorded 57 aftershocks up to noon. The largest, of magnitude 5.1, struck at 3:04 a.m. and was felt strongly in Pedernales and Jama. The institute expects aftershocks to continue for days or weeks, becoming less frequent over time."""),
        ("Sunday 9:20 a.m.", "Six dead, 97 injured",
         """The Risk Management Secretariat's 9 a.m. report puts the toll at six dead and 97 injured. It says 340 homes have been damaged, most of them in Pedernales and Jama.

[AD]"""),
        ("Sunday 7:45 a.m.", "Power returning",
         """The electricity company says supply has been restored to about 60% of the roughly 42,000 customers who lost power overnight in Manabi and Esmeraldas."""),
        ("Sunday 3:10 a.m.", "Strong aftershock",
         """A strong aftershock was felt a few minutes ago in Pedernales. Residents who had returned to their homes went back out into the streets. The Geophysical Institute gives it a preliminary magnitude of 5.1."""),
        ("Sunday 1:05 a.m.", "First official figures: two dead",
         """The Risk Management Secretariat confirms two people have died and 31 have been injured. One of the victims was a man hit by a falling wall in Pedernales."""),
        ("Saturday 11:52 p.m.", "No tsunami threat",
         """INOCAR, the navy's oceanographic institute, says the earthquake does not pose a tsunami threat to Ecuador's coast or the Galapagos Islands."""),
        ("Saturday 11:40 p.m.", "Strong earthquake felt along the coast",
         """A strong earthquake has just been felt in Manabi, Esmeraldas, Guayaquil and Quito. The Geophysical Institute's first automatic estimate gives a magnitude of 6.8. We will update as soon as there is a reviewed figure.

Update, 12:05 a.m.: the institute has revised the magnitude to 6.6 after review. It says the quake struck at 11:32 p.m. at sea, about 28 km west of Pedernales, at a depth of 19 km. The U.S. Geological Survey puts it at 6.5."""),
    ])

_S6_C = _paper_page(
    site="The Guayaquil Courier", host="guayaquilcourier.example",
    url="https://www.guayaquilcourier.example/national/2026/11/09/pedernales-earthquake-toll-eleven/",
    section="National",
    headline="Quake toll rises to 11 as Manabi counts the damage",
    standfirst="Nearly 1,500 homes were damaged by Saturday night's earthquake. In Pedernales, memories of 2016 kept families sleeping outdoors.",
    author="Veronica Intriago Mero", author_role="Coast correspondent",
    edition_date="Monday, 9 November 2026", visible_date="Monday, 9 November 2026",
    lead_photo="A family rests outside their damaged house in Pedernales on Sunday. || Photo: Ricardo Zambrano / The Guayaquil Courier",
    most_read=["Guayaquil's new river promenade opens this month",
               "Barcelona and Emelec draw in tense Clasico",
               "Shrimp farmers warn of higher feed costs",
               "Port of Guayaquil breaks container record",
               "Opinion: the coast deserves better building inspections"],
    tags=["Earthquake", "Manabi", "Esmeraldas", "Risk management"],
    comments=64, city="Guayaquil, Ecuador",
    body="""
The number of people killed by the earthquake that shook Ecuador's northern coast late on Saturday rose to 11 by Monday morning, and 236 people have been injured, according to the National Risk Management Secretariat's 7 a.m. report.

Six of the dead were in Pedernales, three in Jama and two in Muisne, in Esmeraldas province. The secretariat said 1,480 homes had been damaged, 95 of them so badly that they can no longer be lived in.

The magnitude 6.6 quake struck at 11:32 p.m. on Saturday, with its epicentre in the sea about 28 kilometres west of Pedernales and at a depth of 19 kilometres, according to the Geophysical Institute of the National Polytechnic School. The United States Geological Survey estimated the magnitude at 6.5.

The toll rose steadily through Sunday as rescue teams reached rural parishes cut off by landslides. In the first official report, issued at 1 a.m. on Sunday, the secretariat counted two deaths.

[AD]

## Sleeping outdoors

In Pedernales, many families spent a second night outside their homes on Sunday, in tents, under tarpaulins or in their cars. By Monday morning the Geophysical Institute had recorded 112 aftershocks, the largest a magnitude 5.1 tremor at 3:04 a.m. on Sunday.

"Every time the ground moves, the children start crying," said Narcisa Zambrano, 63, who sells fish at the town market. "In 2016 I lost my house. This time the house is standing, but I cannot sleep inside it."

Ten years ago, the magnitude 7.8 earthquake of April 16, 2016, killed more than 670 people and destroyed much of the centre of Pedernales. Buildings put up since then under stricter rules appear to have come through Saturday's quake largely intact; most of the damage was to older houses of brick and wood.

"It is the same subduction system, but a far smaller rupture than in 2016," said Santiago Yepez, a seismologist at the Geophysical Institute. He said the energy released was several dozen times smaller than in the 2016 event.

[FIG Workers clear rubble from a street in Jama on Sunday. || Photo: Ricardo Zambrano / The Guayaquil Courier]

## Schools closed

The Education Ministry suspended classes on Monday in the cantons of Pedernales, Jama and Muisne so that school buildings can be inspected. Several schools are being used as temporary shelters.

Risk Management Secretary Paulina Andrade Cevallos, who visited Pedernales on Sunday, said the government would deliver food kits and water to affected families and would begin a house-by-house damage survey today.

The E15 coastal highway, blocked by a landslide between Pedernales and Jama, reopened on Sunday afternoon. The electricity company said power had been restored to all but about 3,000 of the roughly 42,000 customers who lost supply.

Pedernales Mayor Wilmer Cedeno Loor appealed for tents and drinking water. "We have the strength to get through this. What we need now is for help to arrive quickly," he said.
""")

_S6_D = _broadcast_page(
    site="EuroAtlantic News", host="euroatlantic.example",
    url="https://www.euroatlantic.example/world/americas/ecuador-earthquake-six-dead-20261108",
    section="Americas",
    headline="Ecuador earthquake: six dead as rescuers reach coastal villages",
    summary="A magnitude 6.6 earthquake struck off the coast of Manabi province, a region devastated by a much larger quake ten years ago.",
    author="EuroAtlantic News with agencies", visible_date="08/11/2026 15:00 GMT",
    published="2026-11-08T15:00:00Z", program="World News",
    video_caption="Footage shows damaged houses in Pedernales, Ecuador",
    related_videos=["Ecuador 2016: the earthquake that changed the coast",
                    "How earthquake early warning works",
                    "Inside a rebuilt town: Pedernales five years on"],
    more=["Colombia: heavy rains trigger landslides in Antioquia",
          "Peru: protests in the south over water project",
          "Brazil: Amazon fire season ends with fewer hotspots",
          "Argentina: wheat harvest forecast raised"],
    body="""
Six people have died and 97 have been injured after a strong earthquake struck off Ecuador's Pacific coast, the country's emergency authorities said on Sunday.

The magnitude 6.6 quake hit at 04:32 GMT on Sunday, which was 11:32 p.m. on Saturday in Ecuador. Its epicentre was in the sea about 28 kilometres (17 miles) west of the town of Pedernales in Manabi province, at a depth of 19 kilometres, according to Ecuador's Geophysical Institute. The US Geological Survey measured it at 6.5.

The latest figures, released by Ecuador's National Risk Management Secretariat at 9 a.m. local time (14:00 GMT), also showed that 340 homes had been damaged. Officials have warned that the numbers are likely to rise as teams reach remote communities.

Ecuador's navy said there was no danger of a tsunami.

## Memories of 2016

For people in Pedernales, the shaking brought back memories of April 2016, when a magnitude 7.8 earthquake destroyed much of the town and killed more than 670 people along the coast.

"It went on and on. I grabbed my grandchildren and ran," said one resident, speaking to Ecuadorian television. Many residents spent the night in the streets and in open spaces, fearing aftershocks.

[AD]

The strongest aftershock so far, of magnitude 5.1, struck at 3:04 a.m. local time on Sunday, according to the Geophysical Institute.

A landslide blocked the main coastal highway between Pedernales and Jama, and power was cut to tens of thousands of homes in Manabi and the neighbouring province of Esmeraldas. The electricity company said supply was being restored gradually.

## A region still rebuilding

Ecuador's coast lies above the boundary where the Nazca plate is pushed beneath South America, a fault zone that has produced several very large earthquakes over the past century. The 2016 earthquake led the government to introduce stricter building rules, and much of central Pedernales was rebuilt.

Initial reports suggest newer buildings withstood Saturday night's quake well, while older homes built of brick and wood suffered most of the damage.

Ecuador's Risk Management Secretary, Paulina Andrade Cevallos, was travelling to the affected area on Sunday. The government said emergency teams, the armed forces and the Red Cross had been deployed and that shelters were being set up in schools and sports fields.

The quake was also felt in the capital, Quito, and in Guayaquil, Ecuador's largest city, where some residents left their homes briefly. No damage was reported in either city.

European governments said they were in contact with their embassies in Quito. There were no immediate reports of foreign nationals among the victims.
""")

STORY_6 = _story("eq-NC6", "earthquake", "2026-11-09", [
    _page("https://www.andeannewswire.example/world/ecuador-earthquake-pedernales-manabi-20261108/", _S6_A),
    _page("https://www.costatv.example/en/live/earthquake-pedernales-manabi-2026-11-08", _S6_B),
    _page("https://www.guayaquilcourier.example/national/2026/11/09/pedernales-earthquake-toll-eleven/", _S6_C),
    _page("https://www.euroatlantic.example/world/americas/ecuador-earthquake-six-dead-20261108", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
