"""Part MF of the story battery (web pages).

Written by engineer MF1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py MF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-MF1: Colombia's central bank cuts its policy rate a quarter point to 8.00% on Tuesday 31 March 2026 in a 4-2-1 board vote; CONTROL (no planted disagreement); traps: 25bp / quarter point / 0.25 percentage point, 8% / 8.00%, 1:05 p.m. Bogota vs 18:05 GMT, "yesterday" from a next-day paper, the previous 5-2 hold in January, the minister's demanded 100bp cut, staff inflation and growth forecasts, peso level intraday vs at the close, Peru's 4.25% rate, next meeting on 30 April, governor vs general manager.
- el-MF2: Renata Figueiredo Couto wins the supplementary mayoral election in Governador Valadares (Minas Gerais) on Sunday 7 June 2026; planted: the winner's final vote total (71,352 vs 71,532) and the day she takes office (1 July vs 10 July); traps: a partial count at 91.6% of machines, share of valid votes vs share of all ballots, turnout vs abstention, the annulled 2024 result (50.9%), a pre-election poll, dd/mm dates, Brasilia time vs GMT, certification on 23 June.
- ct-MF3: Costa Rica's Constitutional Chamber strikes down two articles of a coastal concessions law on Wednesday 12 August 2026 (article 7 unanimously, article 3 by 5-2); CONTROL; traps: the law's 31-18 passage, an older 4-3 ruling, 7-0 vs 5-2 on different articles, 200/50/150 metres vs feet, $850 million vs colones, 20- and 40-year concession terms, case file vs resolution numbers, local time vs GMT, former lawmaker vs deputy, "on Wednesday" from later pages.
- tr-MF4: Colombia imposes a provisional safeguard surcharge on imported steel rebar, published Monday 9 March 2026 and effective 24 March; planted: the surcharge rate (22% vs 25%), its duration (200 vs 180 days) and the value of 2025 imports ($238 million vs $283 million); traps: the 35% rate producers asked for, the four-year ceiling of a definitive measure, tonnes, peso conversions (971,000 million pesos), China's 61% share, the 3% developing-country exemption threshold, a 1.3% cost effect, import growth vs 2024.
- rk-MF5: Brazilian startup Ventura Aeroespacial flies its Harpia-1 suborbital rocket from Alcantara at 10:47 p.m. local on Wednesday 21 October 2026 (01:47 GMT Thursday); CONTROL; traps: the calendar day in GMT vs local, "last night", preliminary "more than 110 km" vs final 112.4 km / 69.8 miles, the earlier 38 km flight, the scrub on Monday at T-41 seconds, R$48 million vs about $8.7 million, flight time vs microgravity time, capsule recovery the next morning, next flights in 2027 and 2028.
- eq-MF6: A magnitude 6.9 earthquake strikes off Chala in southern Peru at 11:52 p.m. on Sunday 19 July 2026 (04:52 GMT Monday); planted: the clock time (11:52 vs 11:25 p.m.) and the weekday (Sunday vs Saturday); traps: IGP 6.9 (first 7.0) vs USGS 6.7, death and injury tolls rising from 2 to 9 and from 19 to 162 over two days, 48 km / 30 miles south-west of Chala vs Arequipa region vs 600 km from Lima, aftershock counts and the 5.2 aftershock, the 2001 magnitude 8.4 and 2007 Pisco quakes, a 60-day emergency, highway kilometre marks.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "MF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _ad(n: int, label: str = "Advertisement") -> str:
    return (f'<div class="ad-slot ad-inline" id="ad-slot-{n}" aria-hidden="true">'
            f'<span class="ad-label">{_e(label)}</span>'
            f'<div class="ad-container" data-slot="inarticle-{n}"></div></div>')


def _paras(text: str, ads: tuple[int, ...] = (), ad_label: str = "Advertisement",
           first_prefix: str = "") -> str:
    """Paragraphs separated by blank lines; '## ' starts a subhead, '> ' a pull quote."""
    out: list[str] = []
    n = 0
    blocks = [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]
    for b in blocks:
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
            continue
        if b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(b[2:])}</p></blockquote>')
            continue
        if n == 0 and first_prefix:
            out.append(f'<p><span class="dateline">{_e(first_prefix)}</span> {_e(b)}</p>')
        else:
            out.append(f"<p>{_e(b)}</p>")
        n += 1
        if n in ads:
            out.append(_ad(n, ad_label))
    return "\n".join(out)


def _jsonld(kind: str, headline: str, url: str, publisher: str, published: str | None,
            modified: str | None = None, author: str | None = None,
            section: str | None = None) -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                         "headline": headline, "mainEntityOfPage": url,
                         "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if author:
        d["author"] = {"@type": "Person", "name": author}
    if section:
        d["articleSection"] = section
    return ('<script type="application/ld+json">'
            + json.dumps(d, ensure_ascii=False) + "</script>")


def _figure(caption: str, credit: str, src: str) -> str:
    return (f'<figure class="lead-image"><img src="{_e(src)}" alt="{_e(caption)}" '
            f'loading="lazy" width="1200" height="675">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
            f'</figcaption></figure>')


def _links(items: list[tuple[str, str]], cls: str) -> str:
    lis = "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in items)
    return f'<ul class="{cls}">{lis}</ul>'


def _share(url: str) -> str:
    return ('<div class="share-bar" role="group" aria-label="Share this article">'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={_e(url)}">Share</a>'
            f'<a class="share-x" href="https://x.example/intent?url={_e(url)}">Post</a>'
            f'<a class="share-wa" href="https://wa.example/send?text={_e(url)}">WhatsApp</a>'
            '<a class="share-mail" href="mailto:?subject=Shared%20article">Email</a>'
            '<button class="copy-link" type="button">Copy link</button></div>')


_COOKIE_EN = ("We and our partners use cookies to store and access information on your "
              "device, to measure audiences and to show you relevant advertising. You can "
              "accept, refuse or choose which purposes you allow.")


def _cookie(text: str = _COOKIE_EN, accept: str = "Accept all",
            reject: str = "Reject", more: str = "Manage preferences") -> str:
    return ('<div id="consent-banner" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_e(text)}</p><button type="button" class="btn-accept">{_e(accept)}</button>'
            f'<button type="button" class="btn-reject">{_e(reject)}</button>'
            f'<a href="/privacy/cookies">{_e(more)}</a></div>')


def _head(title: str, desc: str, url: str, site: str, extra_meta: str = "",
          jsonld: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_e(title)}</title>\n'
            f'<meta name="description" content="{_e(desc)}">\n'
            f'<link rel="canonical" href="{_e(url)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{_e(title)}">\n'
            f'<meta property="og:description" content="{_e(desc)}">\n'
            f'<meta property="og:url" content="{_e(url)}">\n'
            f'<meta property="og:site_name" content="{_e(site)}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n'
            f'{extra_meta}'
            f'<link rel="stylesheet" href="/static/css/main.min.css">\n'
            f'<script async src="/static/js/ads-loader.js"></script>\n'
            f'{jsonld}\n</head>\n')


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _wire(*, site: str, domain: str, url: str, headline: str, desc: str, dateline: str,
          body: str, published: str, visible_time: str, byline: str, credit_line: str,
          related: list[tuple[str, str]], section: str = "Americas",
          updated: str | None = None, ads: tuple[int, ...] = (4,)) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n'
            + (f'<meta property="article:modified_time" content="{updated}">\n' if updated else "")
            + f'<meta property="article:section" content="{_e(section)}">\n')
    head = _head(f"{headline} | {site}", desc, url, site, meta,
                 _jsonld("NewsArticle", headline, url, site, published, updated, byline, section))
    nav = _links([("World", f"https://{domain}/world"), ("Americas", f"https://{domain}/world/americas"),
                  ("Business", f"https://{domain}/business"), ("Markets", f"https://{domain}/markets"),
                  ("Science", f"https://{domain}/science"), ("Pictures", f"https://{domain}/pictures")],
                 "main-nav")
    return head + (
        '<body class="wire-article">\n'
        + _cookie() +
        f'\n<header class="site-header"><a class="logo" href="https://{domain}/">{_e(site)}</a>'
        f'<nav aria-label="Sections">{nav}</nav>'
        '<form class="search" action="/search"><input name="q" placeholder="Search"></form>'
        '<a class="btn-signin" href="/account/sign-in">Sign in</a></header>\n'
        f'<main><article>\n<div class="breadcrumb"><a href="/world">World</a> &rsaquo; '
        f'<a href="/world/americas">{_e(section)}</a></div>\n'
        f'<h1>{_e(headline)}</h1>\n'
        f'<div class="byline">By {_e(byline)}</div>\n'
        f'<div class="timestamp"><time>{_e(visible_time)}</time></div>\n'
        + _share(url) + '\n<div class="article-body">\n'
        + _paras(body, ads, first_prefix=dateline) +
        f'\n<p class="credit-line">{_e(credit_line)}</p>\n'
        '<p class="standards"><a href="/about/standards">Our editorial standards</a></p>\n'
        '</div>\n</article>\n'
        '<aside class="rail"><h3>Read next</h3>' + _links(related, "related") + '</aside>\n'
        '<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>\n'
        '</main>\n'
        f'<footer class="site-footer"><p>&copy; 2026 {_e(site)}. All rights reserved. '
        'Content is for the personal use of subscribers and may not be redistributed.</p>'
        '<ul><li><a href="/about">About us</a></li><li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>'
        '</footer>\n</body>\n</html>\n')


def _newspaper(*, site: str, domain: str, url: str, section: str, kicker: str, headline: str,
               standfirst: str, byline: str, author_bio: str, visible_date: str, body: str,
               figure: tuple[str, str] | None, related: list[tuple[str, str]],
               most_read: list[str], published: str | None = None,
               tagline: str = "Independent journalism since 1921",
               newsletter: str = "The Morning Briefing",
               ads: tuple[int, ...] = (3, 8)) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n' if published else "")
    meta += f'<meta name="author" content="{_e(byline)}">\n'
    head = _head(f"{headline} | {site}", standfirst, url, site, meta,
                 _jsonld("NewsArticle", headline, url, site, published, None, byline, section)
                 if published else "")
    sections = ["Home", "Nation", "Politics", "Business", "World", "Opinion", "Sport", "Culture"]
    nav = _links([(s, f"https://{domain}/{s.lower()}") for s in sections], "sections")
    fig = _figure(figure[0], figure[1], f"https://img.{domain}/2026/lead.jpg") if figure else ""
    mr = "".join(f"<li>{_e(t)}</li>" for t in most_read)
    return head + (
        '<body class="article-page newspaper">\n' + _cookie() +
        '\n<div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>\n'
        f'<header class="masthead"><a href="https://{domain}/" class="logo">{_e(site)}</a>'
        f'<p class="tagline">{_e(tagline)}</p>'
        '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a>'
        f'<nav>{nav}</nav></header>\n'
        '<main class="content"><article class="story">\n'
        f'<p class="kicker"><a href="/{_e(section.lower())}">{_e(section)}</a> | {_e(kicker)}</p>\n'
        f'<h1 class="headline">{_e(headline)}</h1>\n'
        f'<p class="standfirst">{_e(standfirst)}</p>\n'
        f'<div class="meta"><span class="author">By {_e(byline)}</span>'
        f' <span class="date">{_e(visible_date)}</span></div>\n'
        + _share(url) + "\n" + fig + '\n<div class="story-body">\n'
        + _paras(body, ads) +
        f'\n</div>\n<div class="author-box"><p>{_e(author_bio)}</p></div>\n'
        '<div class="comments-cta"><a href="#comments">Join the conversation</a></div>\n'
        '</article>\n<aside class="sidebar">\n'
        '<section class="related"><h3>Related coverage</h3>' + _links(related, "related-list") +
        '</section>\n<section class="most-read"><h3>Most read</h3><ol>' + mr + '</ol></section>\n'
        f'<section class="newsletter-box"><h3>{_e(newsletter)}</h3><p>The stories that matter, '
        'in your inbox before breakfast. Free for registered readers.</p>'
        '<form><input type="email" placeholder="Your email address"><button>Sign up</button>'
        '</form></section>\n'
        '<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span></div>\n'
        '</aside></main>\n'
        f'<footer><p>{_e(site)} &middot; Printed and published by its owners. &copy; 2026</p>'
        '<ul><li><a href="/contact">Contact the newsroom</a></li><li><a href="/corrections">'
        'Corrections</a></li><li><a href="/advertise">Advertise with us</a></li>'
        '<li><a href="/privacy">Privacy policy</a></li></ul></footer>\n</body>\n</html>\n')


def _broadcast(*, site: str, domain: str, url: str, headline: str, desc: str,
               visible_updated: str, body: str, video_caption: str,
               related: list[tuple[str, str]], byline: str = "",
               published: str | None = None, ads: tuple[int, ...] = (5,)) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n' if published else "")
    head = _head(f"{headline} - {site}", desc, url, site, meta, "")
    nav = _links([("Live TV", f"https://{domain}/live"), ("News", f"https://{domain}/news"),
                  ("Regions", f"https://{domain}/regions"), ("Economy", f"https://{domain}/economy"),
                  ("Weather", f"https://{domain}/weather"), ("Video", f"https://{domain}/video"),
                  ("Shows", f"https://{domain}/shows")], "nav")
    by = f'<p class="reporter">{_e(byline)}</p>' if byline else ""
    return head + (
        '<body class="tv-site story">\n'
        + _cookie("This site uses cookies to improve your experience and to deliver "
                  "personalised adverts. By continuing you agree to our use of cookies.",
                  "OK", "No thanks", "Cookie settings") +
        f'\n<header class="tv-header"><a class="brand" href="https://{domain}/">{_e(site)}</a>'
        f'{nav}<a class="watch-live" href="/live">&#9679; WATCH LIVE</a></header>\n'
        '<main><div class="video-player" data-autoplay="false">'
        '<div class="player-placeholder">Video unavailable in your region or browser.</div>'
        f'<p class="video-caption">{_e(video_caption)}</p></div>\n'
        f'<h1>{_e(headline)}</h1>\n{by}'
        f'<p class="updated">{_e(visible_updated)}</p>\n'
        + _share(url) + '\n<section class="story-text">\n'
        + _paras(body, ads) +
        '\n</section>\n<section class="more-from"><h3>More from ' + _e(site) + '</h3>'
        + _links(related, "cards") + '</section>\n'
        '<div class="ad-slot"><span class="ad-label">Advertisement</span></div>\n'
        '<section class="schedule"><h3>On air next</h3><ul><li>Evening News</li>'
        '<li>Regional Roundup</li><li>Late Edition</li></ul></section>\n</main>\n'
        f'<footer><p>&copy; 2026 {_e(site)}. Part of a broadcasting group. '
        'Download our app. Follow us on social media.</p>'
        '<a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/accessibility">'
        'Accessibility</a></footer>\n</body>\n</html>\n')


def _newsletter(*, site: str, domain: str, url: str, issue: str, headline: str, deck: str,
                author: str, visible_date: str, published: str | None,
                key_numbers: list[tuple[str, str]], body: str,
                related: list[tuple[str, str]], ads: tuple[int, ...] = (6,)) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n' if published else "")
    head = _head(f"{headline} | {site}", deck, url, site, meta,
                 _jsonld("Article", headline, url, site, published, None, author, "Briefing"))
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in key_numbers)
    return head + (
        '<body class="briefing">\n' + _cookie() +
        f'\n<header class="brief-header"><a href="https://{domain}/">{_e(site)}</a>'
        f'<span class="issue">{_e(issue)}</span>'
        '<nav><a href="/briefings">Briefings</a> <a href="/data">Data</a> '
        '<a href="/events">Events</a> <a href="/subscribe">Subscribe</a></nav></header>\n'
        '<main><article>\n'
        f'<h1>{_e(headline)}</h1>\n<p class="deck">{_e(deck)}</p>\n'
        f'<p class="meta">{_e(author)} &middot; {_e(visible_date)}</p>\n'
        '<div class="paywall-note">Subscriber edition. You are reading this briefing as part '
        'of your organisation&#39;s licence.</div>\n'
        f'<table class="key-numbers"><caption>Key numbers</caption>{rows}</table>\n'
        '<div class="brief-body">\n' + _paras(body, ads, "Sponsored") +
        '\n</div>\n</article>\n'
        '<aside><h3>Further reading</h3>' + _links(related, "further") +
        '<div class="subscribe-box"><h3>Get the briefing</h3><p>Sent every weekday at 7:00. '
        'Corporate licences available.</p><form><input type="email" placeholder="Work email">'
        '<button>Request a trial</button></form></div></aside></main>\n'
        f'<footer><p>{_e(site)} is an independent publication. &copy; 2026. Reproduction '
        'without licence prohibited.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms'
        '</a></footer>\n</body>\n</html>\n')


def _liveblog(*, site: str, domain: str, url: str, headline: str, desc: str,
              published: str, modified: str, summary: list[str],
              entries: list[tuple[str, str, str]], related: list[tuple[str, str]],
              visible: str) -> str:
    meta = (f'<meta property="article:published_time" content="{published}">\n'
            f'<meta property="article:modified_time" content="{modified}">\n')
    head = _head(f"{headline} | {site}", desc, url, site, meta,
                 _jsonld("LiveBlogPosting", headline, url, site, published, modified))
    summ = "".join(f"<li>{_e(s)}</li>" for s in summary)
    posts = []
    for i, (t, title, text) in enumerate(entries):
        posts.append(f'<div class="live-post" id="post-{i}"><time class="post-time">{_e(t)}</time>'
                     f'<h3>{_e(title)}</h3>' + _paras(text) + "</div>")
        if i == 2:
            posts.append(_ad(90 + i))
    return head + (
        '<body class="liveblog">\n' + _cookie() +
        f'\n<header><a class="brand" href="https://{domain}/">{_e(site)}</a>'
        '<nav><a href="/news">News</a> <a href="/live">Live</a> <a href="/video">Video</a> '
        '<a href="/regions">Regions</a></nav></header>\n<main>\n'
        f'<p class="live-badge">LIVE</p><h1>{_e(headline)}</h1>\n'
        f'<p class="live-updated">{_e(visible)}</p>\n' + _share(url) +
        f'\n<section class="key-points"><h2>Key points</h2><ul>{summ}</ul></section>\n'
        '<section class="live-feed">\n' + "\n".join(reversed(posts)) +
        '\n</section>\n<aside><h3>Related</h3>' + _links(related, "related") + '</aside>\n'
        '</main>\n'
        f'<footer><p>&copy; 2026 {_e(site)}</p><a href="/privacy">Privacy</a></footer>\n'
        '</body>\n</html>\n')


def _local(*, site: str, domain: str, url: str, headline: str, desc: str, author: str,
           visible_date: str | None, body: str, figure: tuple[str, str] | None,
           most_read: list[str], related: list[tuple[str, str]], lang: str = "en",
           ads: tuple[int, ...] = (2, 6), ad_label: str = "Advertisement") -> str:
    head = _head(f"{site} - {headline}", desc, url, site, "", "", lang)
    fig = _figure(figure[0], figure[1], f"https://{domain}/uploads/2026/photo1.jpg") if figure else ""
    date = f'<span class="post-date">{_e(visible_date)}</span>' if visible_date else ""
    mr = "".join(f"<li>{_e(t)}</li>" for t in most_read)
    return head + (
        '<body class="single-post">\n'
        + _cookie("This website uses cookies. Continuing to browse means you accept them.",
                  "I agree", "Decline", "Learn more") +
        f'\n<div class="topbar"><span class="weather-widget">Weather: 24&deg;C, partly cloudy</span>'
        '<a href="/whatsapp">Join our WhatsApp channel</a></div>\n'
        f'<header><a class="site-title" href="https://{domain}/">{_e(site)}</a>'
        '<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/region">Region</a> '
        '<a href="/police">Police</a> <a href="/sports">Sports</a> <a href="/classifieds">'
        'Classifieds</a></nav></header>\n'
        '<main><article class="post">\n'
        f'<h1 class="entry-title">{_e(headline)}</h1>\n'
        f'<div class="entry-meta">{date} <span class="author">{_e(author)}</span></div>\n'
        + fig + '\n<div class="entry-content">\n' + _paras(body, ads, ad_label) +
        '\n</div>\n' + _share(url) + '\n</article>\n'
        '<aside class="widget-area"><section><h3>Most read</h3><ol>' + mr + '</ol></section>'
        '<section><h3>See also</h3>' + _links(related, "see-also") + '</section>'
        f'<section class="classifieds"><span class="ad-label">{_e(ad_label)}</span>'
        '<p>Apartment for rent, 2 bedrooms, near the bus terminal. Call the number on our '
        'classifieds page.</p></section></aside></main>\n'
        f'<footer><p>{_e(site)} &middot; Local news every day &middot; &copy; 2026</p>'
        '<a href="/expediente">Masthead</a> <a href="/contato">Contact</a></footer>\n'
        '</body>\n</html>\n')


# ---------------------------------------------------------------------------
# Story 1 - cb-MF1 - Colombia rate cut (CONTROL)
# ---------------------------------------------------------------------------

_S1_A = _wire(
    site="Andean Press Service", domain="www.andeanpress.example",
    url="https://www.andeanpress.example/business/colombia-central-bank-cuts-rate-split-vote-2026-03-31/",
    headline="Colombia's central bank cuts rate to 8% in split vote, says it is 'not on autopilot'",
    desc="Banco de la Republica lowered its benchmark rate by 25 basis points as inflation eased, with four of seven directors backing the move.",
    dateline="BOGOTA, March 31 (APS) -",
    published="2026-03-31T18:12:00Z", updated="2026-03-31T18:58:00Z",
    visible_time="March 31, 2026 6:58 PM GMT Updated",
    byline="Tomas Ilarraza and Juliana Peralta",
    credit_line="(Reporting by Tomas Ilarraza and Juliana Peralta; Writing by Marta Ordonez; Editing by Paul Whitcombe)",
    section="Americas",
    related=[("Peru's central bank holds rate at 4.25%, flags weaker demand", "https://www.andeanpress.example/business/peru-holds-rate-2026-03-12/"),
             ("APS poll: Most analysts see Colombia resuming rate cuts in March", "https://www.andeanpress.example/business/poll-colombia-rates-2026-03-25/"),
             ("Colombia's inflation slows for third month in February", "https://www.andeanpress.example/business/colombia-inflation-february-2026/"),
             ("Colombian peso slips as oil prices fall", "https://www.andeanpress.example/markets/colombian-peso-oil-2026-03-30/")],
    body='''
Colombia's central bank cut its benchmark interest rate by 25 basis points to 8.00% on Tuesday, resuming a cautious easing cycle after a pause in January as inflation kept slowing but stayed well above target.

The seven-member board of Banco de la Republica was divided: four directors voted for the quarter-point reduction, two preferred to keep the rate at 8.25% and one backed a deeper cut of 50 basis points, the bank said in a statement released at 1:05 p.m. local time (1805 GMT).

The outcome matched the forecast of most economists. In an Andean Press Service poll published last week, 17 of 25 analysts expected a 25-basis-point cut, six forecast no change and two predicted a half-point reduction.

"The reduction in inflation gives the board room to continue with a gradual and prudent adjustment of the policy rate," bank governor Andres Felipe Cardenas told a news conference that began at 2 p.m.

Annual consumer price inflation eased to 4.62% in February from 4.81% in January, according to statistics agency DANE. The bank aims for inflation of 3%, with a tolerance band of one percentage point above or below that goal.

Cardenas said the bank's technical staff now expect inflation to end the year at 3.7%, and that they had raised their forecast for economic growth in 2026 to 2.7% from 2.5%.

"We are not on autopilot. Every decision will depend on the data," he said, declining to say whether the board would lower borrowing costs again at its next policy meeting on April 30.

Finance Minister Julian Restrepo, who chairs the board and for weeks has pressed publicly for a reduction of a full percentage point, said he had argued for a larger move during the meeting.

"I would have liked a bigger cut, and I said so at the table, but the board is autonomous and I respect its decision," Restrepo told reporters as he left the bank's headquarters in downtown Bogota.

The bank does not publish how individual directors vote, although Restrepo's remarks suggested he was the director who favored the half-point reduction.

At its previous meeting on Jan. 30, the board left the rate unchanged at 8.25% in a 5-2 vote, with the two dissenters favoring a cut. The last reduction before Tuesday's came in December, when the bank lowered the rate from 8.50%.

Tuesday's decision leaves the benchmark 5.25 percentage points below the peak of 13.25% it reached in 2023.

Valeria Montoya, chief economist at Banco Andino de Inversion in Bogota, said the three-way split showed the board was "in no hurry" and would move in small steps. She expects the rate to end the year at 7.25%.

The peso was little changed after the announcement, trading at 4,104 per dollar at 1:40 p.m. local time.

Minutes of the meeting will be published on April 7.
''')

_S1_B = _newspaper(
    site="The Bogota Ledger", domain="www.bogotaledger.example",
    url="https://www.bogotaledger.example/business/2026/04/01/central-bank-trims-rates-divided-board/",
    section="Business", kicker="Monetary policy",
    headline="Central bank trims rates again, but a divided board signals no rush",
    standfirst="Banco de la República lowered its benchmark rate to 8 per cent yesterday. The finance minister, who wanted a much deeper cut, says he will respect the decision.",
    byline="Catalina Rueda Mejía",
    author_bio="Catalina Rueda Mejía covers the economy and financial markets for The Bogota Ledger.",
    visible_date="Wednesday, April 1, 2026",
    published="2026-04-01T06:30:00-05:00",
    figure=("The headquarters of Banco de la República in central Bogotá, where the board met on Tuesday.", "Photo: Andrés Beltrán / The Bogota Ledger"),
    related=[("Inflation eases again in February, but rents keep climbing", "https://www.bogotaledger.example/business/2026/03/09/inflation-february/"),
             ("Opinion: The case for patience at the central bank", "https://www.bogotaledger.example/opinion/2026/03/28/patience-central-bank/"),
             ("January: Board holds rates, two directors dissent", "https://www.bogotaledger.example/business/2026/01/31/board-holds-rates/"),
             ("How the fiscal deficit is shaping the rates debate", "https://www.bogotaledger.example/business/2026/03/16/fiscal-deficit-rates/")],
    most_read=["Bogotá metro: first trains to run on test track in May", "Millonarios sack coach after derby defeat", "Central bank trims rates again, but a divided board signals no rush", "Five places to eat ajiaco this Easter"],
    body='''
Colombia's central bank lowered its benchmark interest rate by a quarter of a percentage point yesterday, to 8 per cent, but a split among its directors suggested that households and companies hoping for a rapid fall in the cost of credit may have to be patient.

Four of the seven members of the board of Banco de la República voted for the cut. Of the three who did not, two wanted to leave the rate at 8.25 per cent and one pushed for a reduction twice as large, of half a percentage point.

It was the first cut of the year. In January the board voted five to two to hold the rate, and the previous reduction, from 8.5 per cent, came in December.

Andrés Felipe Cárdenas Roa, the bank's general manager, a post usually described in English as governor, said the steady fall in inflation "leaves room to keep adjusting the rate gradually and cautiously". He insisted that the board had not committed itself to a path. "Each decision will depend on what the data tell us," he told reporters at the bank's afternoon press conference.

## A minister at the table

The finance minister, Julián Restrepo Vélez, who by law presides over the board's meetings, had spent much of March calling for a cut of 100 basis points, arguing that high borrowing costs were holding back investment and house-building.

Leaving the bank's building on Tuesday afternoon, he told journalists he had made his case "at the table" and had wanted a bigger reduction, but would respect the institution's autonomy. The bank does not reveal individual votes, but his remarks left little doubt about which way he had voted.

Consumer prices rose 4.62 per cent in the twelve months to February, according to DANE, the national statistics agency. That is the lowest annual rate in several years but still well above the bank's 3 per cent target. Rents and regulated prices such as electricity tariffs have been slow to come down, economists say. March figures are due next week.

The bank's staff now expect inflation to finish 2026 at 3.7 per cent, and raised their growth forecast for this year from 2.5 per cent to 2.7 per cent, Mr Cárdenas said.

## Slow relief for borrowers

Yesterday's decision leaves the rate 525 basis points below the peak of 13.25 per cent set in 2023, but the pass-through to lending rates has been uneven. Mortgage rates have fallen faster than those on credit cards, according to bankers.

"A quarter of a point is a step, but a small one," said Ricardo Salcedo, president of the Colombian Manufacturers' Association, Acoman. "Industry needs a clear signal that money will be cheaper in the second half of the year."

Analysts were divided on what comes next. Sergio Lozano, head of research at the Bogotá brokerage Cumbre Valores, expects two more quarter-point cuts this year, which would take the rate to 7.5 per cent by December. Others warned that the government's finances could tie the bank's hands: the Ministry of Finance projects a central government deficit of 6.2 per cent of gross domestic product this year.

Markets reacted calmly. The peso closed at 4,118 to the dollar, 0.3 per cent weaker on the day, and yields on long-dated government bonds fell slightly.

The board meets again on Thursday, April 30. Minutes of yesterday's meeting will be published on April 7.
''')

_S1_C = _broadcast(
    site="Canal Cordillera", domain="www.canalcordillera.example",
    url="https://www.canalcordillera.example/economy/banco-republica-rate-8-percent-what-it-means",
    headline="Banco de la República lowers interest rate to 8%: what it means for your loans",
    desc="The central bank's board cut the rate by 25 basis points on Tuesday. Here is what changes for mortgages, car loans and savings.",
    visible_updated="Updated: March 31, 2026 | 7:45 p.m.",
    byline="By Felipe Argáez, economy desk",
    video_caption="Watch: Governor Andrés Felipe Cárdenas explains the board's decision (2:41)",
    related=[("Fuel prices: government confirms no increase for April", "https://www.canalcordillera.example/economy/fuel-prices-april"),
             ("Rain alert for the Andean region this weekend", "https://www.canalcordillera.example/weather/rain-alert-andean"),
             ("Explainer: who sits on the central bank's board?", "https://www.canalcordillera.example/economy/explainer-central-bank-board")],
    body='''
Colombia's central bank cut its benchmark interest rate by 25 basis points on Tuesday, to 8%, in a decision announced shortly after 1 p.m. in Bogotá.

The board of Banco de la República did not decide unanimously. Four directors supported the quarter-point cut, two voted to keep the rate at 8.25% and one called for a larger cut of half a point.

Governor Andrés Felipe Cárdenas said lower inflation allowed the bank to keep reducing the rate in a "careful, step-by-step" way. "This board is not on autopilot," he added at the press conference, saying future moves would depend on new data.

Inflation stood at 4.62% in February, compared with the central bank's goal of 3%.

## What changes for you

Economists told Canal Cordillera that the effect on the loans people take out will not be immediate. Banks usually take weeks or months to pass on a change in the central bank's rate, and they do so faster for some products than for others.

"For someone buying a home, a cut like this one, added to the previous ones, starts to make a difference over a year," said Natalia Guerrero, a financial adviser in Medellín. "On a credit card, honestly, you will barely notice it."

Savers may see slightly lower returns on fixed-term deposits, known as CDTs, which have been paying above 9% a year at some banks.

## The minister wanted more

Finance Minister Julián Restrepo, who chairs the board, said he had wanted a bigger cut. "I said so at the table," the minister told reporters as he left the bank. He had asked in recent weeks for a reduction of a full percentage point.

The board's previous decision, at the end of January, was to leave the rate at 8.25%.

The next rate decision is scheduled for April 30.

## Why the board was divided

According to analysts consulted by this channel, the directors who preferred a pause are worried that rents and services are still rising quickly and that a weaker peso could make imported goods more expensive in the coming months. On the other side, the government argues that high borrowing costs are holding back investment and house-building. The rate has come down from its peak of 13.25% in 2023, but it remains high for Colombia.

## Looking ahead

Bank staff forecast that inflation will close the year at 3.7%, closer to the target but still above it. They also expect the economy to grow 2.7% this year, a slightly better outlook than before.

The central bank will publish the minutes of Tuesday's meeting next week, on April 7, when Colombians will learn more about the arguments on each side of the board's debate.
''')

_S1_D = _newsletter(
    site="LatAm Rates Monitor", domain="www.latamratesmonitor.example",
    url="https://www.latamratesmonitor.example/briefings/2026-03-31-banrep-25bp-cut-4-2-1",
    issue="No. 1,187 · Evening edition",
    headline="BanRep: 25bp to 8.00%, 4-2-1 split keeps April live but not locked",
    deck="Consensus cut, hawkish-leaning vote; staff raise growth call and pencil in 3.7% year-end inflation.",
    author="Gustavo Peñaloza, Andean rates strategist",
    visible_date="31 Mar 2026, 23:30 GMT",
    published="2026-03-31T23:30:00Z",
    key_numbers=[("Policy rate", "8.00% (-25bp)"), ("Vote", "4-2-1 (cut 25bp / hold / cut 50bp)"),
                 ("CPI, Feb (y/y)", "4.62%"), ("Staff CPI forecast, end-2026", "3.7%"),
                 ("USD/COP close", "4,118 (+0.3%)"), ("10y TES", "11.62% (-9bp)"),
                 ("Next decision", "30 Apr")],
    related=[("Peru: BCRP on hold at 4.25%, dovish tilt in statement (12 Mar)", "https://www.latamratesmonitor.example/briefings/2026-03-12-bcrp-hold"),
             ("Colombia CPI preview: March print due next week", "https://www.latamratesmonitor.example/briefings/2026-03-30-colombia-cpi-preview"),
             ("Chart pack: real policy rates across the region", "https://www.latamratesmonitor.example/data/real-rates")],
    body='''
Banco de la República (BanRep) delivered the consensus 25bp cut, taking the policy rate to 8.00%. The statement crossed at 18:05 GMT and Governor Cárdenas's press conference started at 19:00 GMT.

The split was the story. Four directors voted for 25bp, two for an unchanged 8.25% and one for 50bp. With Minister Restrepo saying openly that he wanted a bigger move, the market is reading the half-point vote as his. Stripping that out, the technical members of the board look closer to a hold than the headline suggests.

That matters for April. Going into the meeting the IBR swap curve priced roughly 20bp of easing for 30 April; after the statement it priced about 15bp, or close to a 60% probability of another quarter-point cut. We think that is about right.

## Data and staff projections

February headline CPI printed at 4.62% y/y, down from 4.81% in January; core measures excluding food and regulated prices are stickier at around 4.9%. February's decline came mostly from food; rents and regulated prices, electricity in particular, barely moved. With the policy rate at 8.00%, the ex-post real rate is about 3.4 percentage points, still restrictive by BanRep's own estimates of neutral.

Staff now see headline inflation at 3.7% at end-2026 and GDP growth of 2.7% this year (2.5% previously). The growth upgrade gives the hawks an argument: a firmer economy does not need much help.

Cárdenas stuck to a data-dependent script. His line that the board is "not on autopilot" was clearly aimed at pushing back against any sense of a pre-set path, and he refused to be drawn on April.

## Our call

We keep our view of 25bp cuts at alternate meetings, with a year-end rate of 7.25%. Risks are tilted to fewer cuts given the fiscal picture, with the government projecting a 6.2%-of-GDP central government deficit for 2026, and the weaker peso.

Cumulative easing since the 13.25% peak now stands at 525bp.

## Market reaction

USD/COP finished at 4,118, up 0.3% on the day, though most of the move came before the decision on softer oil. The 10-year TES yield fell 9bp to 11.62%, with the belly of the curve outperforming.

## Regional read-across

BanRep remains the most cautious easer among the region's inflation targeters relative to its inflation gap. Peru's BCRP, with inflation inside its target range, held at 4.25% on 12 March and is not under the same pressure.

Minutes are due on 7 April and should tell us whether the two hold votes reflected worries about inflation expectations or about the fiscal side. Our base case is the former.
''')

STORY_1 = _story("cb-MF1", "central bank", "2026-04-02", [
    _page("https://www.andeanpress.example/business/colombia-central-bank-cuts-rate-split-vote-2026-03-31/", _S1_A),
    _page("https://www.bogotaledger.example/business/2026/04/01/central-bank-trims-rates-divided-board/", _S1_B),
    _page("https://www.canalcordillera.example/economy/banco-republica-rate-8-percent-what-it-means", _S1_C),
    _page("https://www.latamratesmonitor.example/briefings/2026-03-31-banrep-25bp-cut-4-2-1", _S1_D),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 2 - el-MF2 - Governador Valadares supplementary mayoral election (planted)
# ---------------------------------------------------------------------------

_S2_A = _wire(
    site="ASN - Agência Sul-Americana de Notícias", domain="en.asn-noticias.example",
    url="https://en.asn-noticias.example/politics/brazil-valadares-supplementary-election-couto-leads-2026-06-07",
    headline="Couto set to win Governador Valadares mayoral re-run after 2024 vote annulled",
    desc="With most machines counted, PSD candidate Renata Figueiredo Couto held an unassailable lead in the Minas Gerais city's supplementary election.",
    dateline="BELO HORIZONTE, June 7 (ASN) -",
    published="2026-06-07T21:31:00Z",
    visible_time="7 June 2026 · 18:31 BRT",
    byline="Heloísa Damasceno",
    credit_line="(Reporting by Heloísa Damasceno; additional reporting by Caio Tavares in Governador Valadares; Editing by Rui Almada)",
    section="Brazil",
    related=[("TSE upholds annulment of Governador Valadares election, orders new vote", "https://en.asn-noticias.example/politics/tse-valadares-annulment-2026-03"),
             ("Explainer: what happens when a Brazilian election is annulled", "https://en.asn-noticias.example/politics/explainer-supplementary-elections"),
             ("Minas Gerais floods: Doce River level falls after week of rain", "https://en.asn-noticias.example/brazil/doce-river-floods-2026-01")],
    body='''
Physician Renata Figueiredo Couto was on course on Sunday to win a supplementary election for mayor of Governador Valadares, a city of about 260,000 people in the Brazilian state of Minas Gerais, ending months of political limbo after the previous result was thrown out for abuse of power.

With 91.6% of electronic voting machines counted at 6:20 p.m. local time, Couto, of the Social Democratic Party (PSD), had 53.6% of valid votes against 39.9% for Márcio Teodoro Lins of the Liberal Party (PL), according to the Minas Gerais regional electoral court, TRE-MG. Joel Batista Franco, of the Socialism and Liberty Party (PSOL), had 6.5%.

The court said the remaining machines could no longer change the outcome.

Polls opened at 8 a.m. and closed at 5 p.m. Brasília time. Because the city has fewer than 200,000 registered voters, 198,430 in all, there is no second round: the candidate with the most valid votes wins outright.

"We will wait for the last machine, but the people of Valadares have spoken," Couto, 47, told reporters outside her campaign office in the city centre as the partial results came in. Lins's campaign said he would comment once the count was complete.

The vote was called after the Superior Electoral Court (TSE) in March upheld the annulment of the October 2024 election, which former mayor Edvaldo Pinheiro Sales had won with 50.9% of valid votes. Judges found that he had used municipal contracts and places in a housing programme to win support, and barred him from running for office for eight years. Since then the president of the city council, Gilson Amaral, has served as interim mayor.

Couto, a former municipal health secretary, finished second in 2024. Lins, 55, a businessman and former city councillor, was endorsed by Pinheiro's allies, although the former mayor stayed away from the campaign.

TRE-MG president Otávio Rezende Martins said voting had been calm, with three machines replaced during the day because of faults. "Nobody was prevented from voting," he said at the court's press room in Belo Horizonte.

A poll by Instituto Pesquisa Vale published on Wednesday had put Couto at 48% and Lins at 38%, with Franco on 7%.

The winner is due to be certified by the regional court on June 23 and to take office on July 1, serving out the current term, which ends on Dec. 31, 2028.

Governador Valadares, on the Doce River in the east of the state, is known across Brazil for the thousands of its residents who have emigrated to the United States, and remittances from abroad remain an important part of the local economy.
''')

_S2_B = _local(
    site="Valadares Agora", domain="www.valadaresagora.example",
    url="https://www.valadaresagora.example/politica/renata-couto-eleita-prefeita-valadares-eleicao-suplementar/",
    headline="Renata Couto is elected mayor of Valadares with 53.42% of valid votes",
    desc="PSD candidate beats Márcio Lins by 17,778 votes in Sunday's supplementary election. Count finished at 7:52 p.m.",
    author="By the Valadares Agora newsroom",
    visible_date="07/06/2026 - 20:34 (updated 21:02)",
    figure=("Renata Couto celebrates with supporters in the city centre on Sunday night.", "Photo: Júlio Mafra / Valadares Agora"),
    most_read=["Doce River: water utility announces maintenance in three neighbourhoods", "Renata Couto is elected mayor of Valadares with 53.42% of valid votes", "Democrata wins derby and leads state second division", "June festivals: full programme for the weekend"],
    related=[("Live: follow the count of the supplementary election", "https://www.valadaresagora.example/politica/apuracao-ao-vivo/"),
             ("Who are the three candidates for mayor", "https://www.valadaresagora.example/politica/candidatos-prefeito-2026/"),
             ("Interim mayor Gilson Amaral signs budget decree", "https://www.valadaresagora.example/cidade/prefeito-interino-decreto/")],
    body='''
Renata Figueiredo Couto (PSD) is the new mayor of Governador Valadares. The physician won Sunday's supplementary election with 71,352 votes, or 53.42% of valid votes, according to the final count published by the Regional Electoral Court of Minas Gerais (TRE-MG). The count of all 566 electronic voting machines was completed at 7:52 p.m.

Márcio Teodoro Lins (PL) came second with 53,574 votes (40.11%). Joel Batista Franco (PSOL) received 8,642 votes (6.47%). The difference between the winner and the runner-up was 17,778 votes.

Of the 198,430 voters registered in the municipality, 142,871 turned out, a turnout of 72%. Abstention reached 28%, or 55,559 voters, well above the 21.4% recorded in the October 2024 election. There were 3,214 blank votes and 6,089 null votes.

## "The time of uncertainty is over"

Renata spoke to supporters at about 8:15 p.m. in front of her campaign committee in the Centro neighbourhood, where a crowd had gathered since the end of the afternoon, waving the blue and yellow flags of the campaign.

"Valadares chose stability. The time of uncertainty is over," she said. "From today I am the mayor of everyone, including those who did not vote for me."

According to her campaign, Márcio Lins phoned her at 8:05 p.m. to congratulate her. In a short video posted on social media, the PL candidate thanked his voters and said he would "respect the will of the people of Valadares".

Joel Franco said the PSOL campaign had "put on the agenda the issues that matter to the periphery", such as public transport and the supply of water in the higher neighbourhoods.

## Next steps

The TRE-MG will certify the elected candidates on June 23. Renata Couto and her deputy, Wanderley Gomes (MDB), take office on July 1 and will govern until December 31, 2028, the end of the term that began in January 2025.

Until then the city will continue to be run by the president of the City Council, Gilson Amaral, who has been interim mayor since the Superior Electoral Court confirmed, in March, the annulment of the 2024 election.

The former mayor Edvaldo Pinheiro Sales, elected in 2024 with 50.9% of valid votes, was removed from office and declared ineligible for eight years for abuse of economic and political power.

## Calm day at the polls

Voting ran from 8 a.m. to 5 p.m. without major incidents, according to the TRE-MG. Three voting machines had to be replaced during the day. In the Santa Rita and Turmalina neighbourhoods, voters reported queues in the late morning.

At the polling station in the Municipal School Professor Darcy Ribeiro, retired teacher Maria das Graças Lopes, 71, said she had voted "so that the city can finally have a mayor it chose, not one chosen by the courts".

Valadares Agora will publish the complete results by polling station on Monday.
''')

_S2_C = _newspaper(
    site="The Minas Chronicle", domain="www.minaschronicle.example",
    url="https://www.minaschronicle.example/politics/2026/06/08/couto-wins-valadares-rerun-turnout-falls/",
    section="Politics", kicker="Supplementary election",
    headline="Couto wins Valadares re-run as more than a quarter of voters stay home",
    standfirst="The PSD physician took 53.4 per cent of valid votes on Sunday, ending three months of interim government in the city on the Doce River.",
    byline="Leonardo Faria",
    author_bio="Leonardo Faria is The Minas Chronicle's political correspondent in the Rio Doce valley.",
    visible_date="Monday, 8 June 2026",
    published="2026-06-08T07:00:00-03:00",
    tagline="News from Minas Gerais, in English",
    newsletter="Minas This Morning",
    figure=("Voters queue at a polling station in Governador Valadares on Sunday morning.", "Photo: Priscila Antunes for The Minas Chronicle"),
    related=[("Why Brazil's electoral courts annul more municipal elections than ever", "https://www.minaschronicle.example/analysis/2026/04/annulled-elections/"),
             ("Valadares candidates clash over water supply in final debate", "https://www.minaschronicle.example/politics/2026/06/04/valadares-debate/"),
             ("State assembly approves Doce River recovery fund", "https://www.minaschronicle.example/politics/2026/05/20/doce-fund/")],
    most_read=["Couto wins Valadares re-run as more than a quarter of voters stay home", "BH metro strike called off after late-night deal", "Cruzeiro's new stadium plan: what we know", "Coffee harvest begins under threat of early frost"],
    body='''
Governador Valadares finally has a mayor it chose itself. Renata Figueiredo Couto, a 47-year-old physician from the Social Democratic Party (PSD), won Sunday's supplementary election with 71,352 votes, 53.4 per cent of the valid vote, defeating the Liberal Party's Márcio Teodoro Lins by a margin of 17,778 votes, or about 13 percentage points.

Lins took 40.1 per cent and Joel Batista Franco, of the left-wing PSOL, 6.5 per cent, according to the final figures from the regional electoral court, TRE-MG, which completed its count just before 8 p.m.

The result was comfortable, but the mandate is thinner than the headline figure suggests. Brazil counts percentages only among valid votes, excluding blank and spoiled ballots. Measured against every ballot cast, Couto's share was just under half, 49.9 per cent. And only 72 per cent of the 198,430 registered voters turned out, meaning that more than one in four stayed at home on a cold, sunny Sunday.

Abstention, 28 per cent, was the highest the city has recorded in a mayoral vote this century, according to TRE-MG data. In October 2024 it was 21.4 per cent.

"People are tired," said Antônio Ferraz, a political scientist at the Federal University of Juiz de Fora's Governador Valadares campus. "They voted in 2024, they watched the result being annulled, and they were called back to the polls twenty months later. A part of the electorate simply switched off."

## The road to a re-run

The vote was needed because the Superior Electoral Court (TSE) upheld in March the annulment of the 2024 election, won by Edvaldo Pinheiro Sales with 50.9 per cent of valid votes. The court ruled that Pinheiro had used municipal contracts and a housing programme to buy political support, and barred him from standing for eight years. The city council president, Gilson Amaral, has run the city on an interim basis since.

Couto had finished second to Pinheiro in 2024 with 44.7 per cent. This time she ran on a promise of "clean accounts", an audit of every contract signed by the previous administration and a plan to expand water storage in the hillside neighbourhoods that suffer shortages every dry season.

Speaking to supporters on Sunday evening, she said the city had "chosen stability" and that "the time of uncertainty has ended".

## Certification and inauguration

The TRE-MG is scheduled to certify the result on June 23. Couto and her running mate, Wanderley Gomes of the MDB, will take office on July 10, and will govern until the current term expires at the end of 2028.

Lins, who congratulated Couto by telephone on Sunday night, said on Monday morning that his party would "look carefully" at complaints from some of its poll watchers but had no plans to contest the result.

## A city with long memories

The new mayor inherits a city whose finances have been frozen by months of legal uncertainty, and whose residents still remember the collapse of the Fundão tailings dam upstream in 2015, which cut the city's water supply for days.

Valadares is also a city shaped by emigration: tens of thousands of its people have left for the United States over the past four decades, and money sent home by relatives abroad sustains many families. Several voters interviewed on Sunday said relatives in Massachusetts had phoned to ask who was winning.

"My son called from Boston at six o'clock asking for the result before the television had it," said Cleide Moura, 63, a shopkeeper in the Santa Terezinha neighbourhood. "Here everybody follows everything."
''')

_S2_D = _broadcast(
    site="Rede Horizonte", domain="www.redehorizonte.example",
    url="https://www.redehorizonte.example/minas/noticia/renata-couto-eleita-governador-valadares-transicao",
    headline="Renata Couto, elected mayor of Governador Valadares, begins transition",
    desc="The PSD candidate won Sunday's supplementary election and met the interim mayor on Monday morning.",
    visible_updated="08/06/2026 12h10 - Updated 08/06/2026 12h48",
    byline="By Rede Horizonte Vale do Rio Doce",
    video_caption="Watch: the mayor-elect speaks to Jornal do Vale after meeting the interim mayor (3:05)",
    related=[("Supplementary election: see the result by neighbourhood", "https://www.redehorizonte.example/minas/eleicao-suplementar-valadares-bairros"),
             ("Cold front brings 6°C minimum to eastern Minas", "https://www.redehorizonte.example/minas/frente-fria-leste"),
             ("BR-116: stretch near Valadares gets new lanes", "https://www.redehorizonte.example/minas/br-116-obras")],
    body='''
The mayor-elect of Governador Valadares, Renata Figueiredo Couto (PSD), met the interim mayor, Gilson Amaral, on Monday morning at the city hall to start the transition of government, a day after winning the city's supplementary election.

Renata won with 71,532 votes, 53.42% of the valid votes. Márcio Teodoro Lins (PL) had 40.11% and Joel Batista Franco (PSOL), 6.47%, according to the Regional Electoral Court (TRE-MG). The count ended on Sunday at 7:52 p.m.

After the meeting, which lasted about an hour and a half, the mayor-elect said she had asked for a full report on the city's finances and on contracts signed since 2025.

"We are not going to arrive and discover problems on the first day. We want to know everything now," she told Rede Horizonte.

Amaral said the city hall would hand over "all the information requested" and that a transition committee with five members from each side would begin work on Tuesday.

## Inauguration on July 1

Renata Couto and the deputy mayor-elect, Wanderley Gomes (MDB), will be certified by the TRE-MG on June 23 and take office on July 1. They will complete the term that ends on December 31, 2028.

The supplementary election was called after the Superior Electoral Court confirmed the annulment of the 2024 election. The former mayor, Edvaldo Pinheiro Sales, was found guilty of abuse of economic and political power.

## Turnout

The turnout on Sunday was 72% of the 198,430 registered voters. Abstention was 28%. According to the TRE-MG, there were no serious incidents; three voting machines were replaced.

Márcio Lins told Rede Horizonte on Monday that he had called the winner on Sunday night. "The people decided, and I respect it. We will be a responsible opposition," he said.

## First promises

During the campaign, the mayor-elect promised an audit of the contracts of the previous administration, new water reservoirs for the higher neighbourhoods and the reopening of two health centres closed last year.

She said on Monday that the audit would be the first measure of her government. "It is the commitment I made in every neighbourhood," she said.

The city, in the Rio Doce valley in eastern Minas Gerais, has about 260,000 inhabitants.

## Celebration

On Sunday night, supporters of the mayor-elect celebrated in the city centre with a motorcade along the avenue beside the Doce River, honking horns until late.

The former mayor, Edvaldo Pinheiro Sales, had won the annulled 2024 election with 50.9% of the valid votes. He was barred from running for eight years and did not take part in the campaign.
''')

STORY_2 = _story("el-MF2", "election", "2026-06-09", [
    _page("https://en.asn-noticias.example/politics/brazil-valadares-supplementary-election-couto-leads-2026-06-07", _S2_A),
    _page("https://www.valadaresagora.example/politica/renata-couto-eleita-prefeita-valadares-eleicao-suplementar/", _S2_B),
    _page("https://www.minaschronicle.example/politics/2026/06/08/couto-wins-valadares-rerun-turnout-falls/", _S2_C),
    _page("https://www.redehorizonte.example/minas/noticia/renata-couto-eleita-governador-valadares-transicao", _S2_D),
], [
    ("winner's vote total", r"71[.,\s]?352", r"71[.,\s]?532"),
    ("date the mayor takes office", r"july 1(st)?\b|\b1(st)? (of )?july|\b0?1/07\b", r"july 10(th)?\b|\b10(th)? (of )?july|\b10/07\b"),
])


# ---------------------------------------------------------------------------
# Story 3 - ct-MF3 - Costa Rica Constitutional Chamber, coastal concessions (CONTROL)
# ---------------------------------------------------------------------------

_S3_A = _wire(
    site="Istmo Press", domain="www.istmopress.example",
    url="https://www.istmopress.example/en/costa-rica/court-strikes-down-coastal-concession-articles-2026-08-12",
    headline="Costa Rica's top constitutional court strikes down key parts of coastal tourism law",
    desc="The Constitutional Chamber annulled two articles that lengthened beach-zone concessions and waived environmental reviews for small projects.",
    dateline="SAN JOSE, Aug 12 (Istmo Press) -",
    published="2026-08-12T18:25:00Z",
    visible_time="12 Aug 2026, 12:25 p.m. Costa Rica time",
    byline="Mariela Chinchilla",
    credit_line="(Reporting by Mariela Chinchilla; Editing by Óscar Lindo)",
    section="Central America",
    related=[("Costa Rica lawmakers approve coastal tourism bill in second debate", "https://www.istmopress.example/en/costa-rica/coastal-bill-second-debate-2025-10-14"),
             ("Guanacaste hotel occupancy hits record in July", "https://www.istmopress.example/en/costa-rica/guanacaste-occupancy-july"),
             ("Panama court weighs challenge to mining contract law", "https://www.istmopress.example/en/panama/court-mining-law")],
    body='''
Costa Rica's Constitutional Chamber on Wednesday struck down two central provisions of a 2025 law meant to spur hotel investment along the country's coastline, ruling that they weakened environmental protections guaranteed by the constitution.

The chamber, known locally as the Sala IV, annulled article 7 of the law unanimously. That article exempted tourism projects of less than five hectares from the environmental impact assessment normally required by the National Environmental Technical Secretariat, SETENA.

By five votes to two, the seven magistrates also annulled article 3, which had doubled the maximum length of beach-zone concessions from 20 to 40 years and allowed them to be renewed without a new public tender.

The court's press office announced the decision at 11:40 a.m. local time. Only the operative part of the ruling was released; the full text will be published in the coming weeks, the court said.

Magistrates Ana Lucía Víquez Mora and Rodrigo Esquivel Brenes dissented on article 3, arguing that the length of concessions is a policy decision that belongs to lawmakers. They agreed with the majority on article 7.

The remaining 14 of the law's 16 articles stand.

The challenge was brought in December by the environmental group Fundación Litoral Vivo and was backed by the Ombudsman's Office.

"The coast is not for sale for 40 years at a time, and nobody can build next to a mangrove without first showing what the damage will be," said Daniela Arce Solís, the foundation's lawyer.

Costa Rican law divides the 200 meters of land inland from the high-tide line into a 50-meter public strip, which cannot be privately occupied, and a 150-meter restricted zone, where municipalities may grant concessions. There are around 1,900 such concessions nationwide, many for hotels and restaurants on the Pacific coast.

Tourism Minister Esteban Mora Calvo said the government respected the ruling and would study the full text before deciding its next steps. He said about $850 million of planned hotel investment, mostly in the provinces of Guanacaste and Puntarenas, could be delayed.

The law was approved by the Legislative Assembly in October 2025 by 31 votes to 18 and took effect when it was published in the official gazette, La Gaceta, on Nov. 20.

The chamber ordered municipalities to review the 37 concession extensions granted under article 3 since then.

The Ombudsman's Office said in a statement that the ruling "confirms that the coast is a public good, not a commodity."

Silvia Rojas Fallas, executive director of the Costa Rican Hoteliers Association, said at least a dozen hotel projects had been designed around the longer concession terms and now faced "legal uncertainty."
''')

_S3_B = _newspaper(
    site="The San José Courier", domain="www.sanjosecourier.example",
    url="https://www.sanjosecourier.example/news/2026/08/13/sala-iv-coastal-law-ruling/",
    section="Nation", kicker="Constitutional Chamber",
    headline="Sala IV guts coastal tourism law: no 40-year concessions, no shortcuts on environmental permits",
    standfirst="Magistrates annulled two articles of Law 10,718 on Wednesday. Environmentalists celebrated; hoteliers warned of 'legal uncertainty'.",
    byline="Adriana Solano Víquez",
    author_bio="Adriana Solano Víquez covers the courts and the Legislative Assembly for The San José Courier.",
    visible_date="Thursday, August 13, 2026",
    published="2026-08-13T06:00:00-06:00",
    tagline="Costa Rica's English-language daily",
    newsletter="Courier Daily",
    figure=("A beach in Guanacaste, where several hotel projects depended on the annulled articles.", "Photo: Kenneth Barquero / The San José Courier"),
    related=[("What is the maritime-terrestrial zone? A guide", "https://www.sanjosecourier.example/explainers/maritime-terrestrial-zone/"),
             ("Lawmakers pass coastal tourism bill, 31 to 18", "https://www.sanjosecourier.example/news/2025/10/14/coastal-bill-passes/"),
             ("Editorial: The coast deserves better laws", "https://www.sanjosecourier.example/opinion/2026/08/13/editorial-coast/")],
    most_read=["Sala IV guts coastal tourism law", "Red-light cameras to start issuing fines on Circunvalación", "Saprissa edges Herediano in late drama", "Rainy season: Turrialba volcano ash alert lifted"],
    body='''
The Constitutional Chamber of the Supreme Court struck down on Wednesday the two provisions that gave the 2025 coastal tourism law most of its reach, leaving in place a much smaller reform than the one lawmakers approved last year.

In a ruling announced just before midday, the chamber declared unconstitutional article 3 of Law 10,718, which allowed municipalities to grant concessions in the restricted part of the maritime-terrestrial zone for up to 40 years instead of the current maximum of 20, and to renew them without a new public competition. That decision was taken by a majority of five magistrates to two.

All seven magistrates agreed to annul article 7, which freed tourism projects of under five hectares, about 12.4 acres, from having to obtain an environmental viability permit from SETENA.

"The right to a healthy and ecologically balanced environment, protected by Article 50 of the Constitution, does not allow the legislator to exempt entire categories of projects from prior environmental assessment," the chamber said in its statement, according to the operative part released by the court's press office.

The dissenting magistrates, Ana Lucía Víquez and Rodrigo Esquivel, held that setting the duration of concessions is a matter for the Legislative Assembly. The full ruling, with the reasoning of the majority and the dissent, is expected in the coming weeks.

## Celebration and concern

Outside the court building in San José, a small group of activists from the Fundación Litoral Vivo, which filed the challenge in December, unfurled a banner that read "The coast belongs to everyone."

"Today the court told the country that the coast is not for sale for 40 years at a time," said the group's lawyer, Daniela Arce Solís. She said the Ombudsman's Office had supported the action from the start.

Hotel owners reacted with alarm. Silvia Rojas Fallas, executive director of the Costa Rican Hoteliers Association, said at least a dozen projects had been designed on the assumption of longer concessions. "Nobody invests tens of millions of dollars in a hotel that has to be handed back in 20 years," she said. "What we have now is legal uncertainty."

Tourism Minister Esteban Mora Calvo said the government respected the decision and would wait for the full text. He estimated that some $850 million in planned investment, equivalent to roughly ₡430 billion, could be delayed.

Former lawmaker Mauricio Leiva Jiménez, who sponsored the bill in the previous Legislative Assembly, said the ruling "condemns coastal communities to keep waiting for jobs that never arrive".

## What remains

The other 14 articles of the law remain in force, including provisions that require municipalities to update their coastal zoning plans and that create a single digital registry of concessions.

Under existing law, the first 50 metres of land from the high-tide line are a public zone that no one can occupy, and the following 150 metres are a restricted zone in which municipalities may grant concessions.

The chamber ordered the municipalities that have extended concessions under article 3 since the law took effect on November 20 to review those 37 extensions.

The bill was approved in its second debate on October 14, 2025, by 31 votes to 18, after a campaign by coastal mayors from Guanacaste and Puntarenas.
''')

_S3_C = _broadcast(
    site="Teleistmo 7", domain="www.teleistmo7.example",
    url="https://www.teleistmo7.example/noticias/nacionales/sala-iv-anula-articulos-ley-costera",
    headline="Sala IV annuls two articles of the coastal tourism law",
    desc="The Constitutional Chamber struck down the 40-year concessions and the exemption from environmental studies for small projects.",
    visible_updated="Wednesday, August 12, 2026 - 8:10 p.m.",
    byline="Reporter: Josué Arrieta",
    video_caption="Watch: activists and hoteliers react outside the Supreme Court (2:18)",
    related=[("Heavy rain forecast for the Central Pacific", "https://www.teleistmo7.example/noticias/clima/lluvias-pacifico-central"),
             ("Ruta 27: toll rates to rise in September", "https://www.teleistmo7.example/noticias/nacionales/peajes-ruta-27"),
             ("Minister: tourist arrivals up 6% in first half", "https://www.teleistmo7.example/noticias/economia/turistas-primer-semestre")],
    body='''
The Constitutional Chamber annulled two articles of the law on tourism development in the maritime-terrestrial zone this morning, in a ruling that environmental groups called historic and that hotel owners said puts investments at risk.

The magistrates struck down the article that allowed concessions on the coast to last up to 40 years, twice the current limit of 20 years. That part of the decision was split: five magistrates voted in favour and two against.

The article that exempted small tourism projects from environmental impact studies fell unanimously.

The chamber released only the operative part of the ruling. The full document, with the arguments of each magistrate, will be published later.

## Reactions

"This is a victory for the coastal communities and for the people who go to the beach every weekend," said Daniela Arce, lawyer for the Fundación Litoral Vivo, which filed the challenge.

The Tourism Minister, Esteban Mora, said the government "respects the decision of the Sala IV" and would analyse the full ruling. He warned that around 850 million dollars in hotel projects in Guanacaste and Puntarenas could be delayed.

The president of the chamber, magistrate Fernando Castro Quesada, declined to comment on the ruling beyond the press statement, saying the court speaks through its decisions.

## Which projects are affected?

According to the Costa Rican Hoteliers Association, at least a dozen projects were planned on the basis of the longer concessions. Its executive director, Silvia Rojas, said the sector needed "clear rules".

The municipalities that extended concessions under the annulled article, 37 in total, will have to review those extensions, the chamber said.

The mayor of Santa Cruz, in Guanacaste, Yamileth Obando, said her municipality had granted 11 of those 37 extensions and would wait for the full ruling before contacting the concession holders. "We acted according to a law that was in force. Now we will do what the court orders," she said.

## What is the coastal zone?

By law, the maritime-terrestrial zone covers the 200 metres of land measured inland from the high-tide line. The first 50 metres are public and nobody can occupy them. The remaining 150 metres can be granted in concession by the municipalities, for hotels, restaurants or homes.

## The law

The law was approved by the Legislative Assembly in October of last year with 31 votes in favour and 18 against, and has been in force since November 20.

Of its 16 articles, 14 remain valid.

Teleistmo 7 will have more on this story in the Late Edition at 10 p.m.
''')

_S3_D = _newsletter(
    site="Central America Legal Brief", domain="www.calegalbrief.example",
    url="https://www.calegalbrief.example/briefs/costa-rica-sala-iv-law-10718-articles-3-7",
    issue="Weekly · Issue 233",
    headline="Costa Rica: Sala IV voids 40-year coastal concessions and SETENA exemption in Law 10,718",
    deck="Article 7 falls 7-0, article 3 falls 5-2; operative part only, reasoning to follow. What it means for concession holders and developers.",
    author="By Gabriela Montenegro Ulate, contributing editor",
    visible_date="14 August 2026",
    published=None,
    key_numbers=[("Court", "Constitutional Chamber (Sala IV), Supreme Court of Justice"),
                 ("Case file", "25-021774-0007-CO"), ("Resolution", "2026-019930"),
                 ("Announced", "Wed 12 Aug 2026, 11:40 local (17:40 GMT)"),
                 ("Article 7 (SETENA exemption)", "Unconstitutional, 7-0"),
                 ("Article 3 (40-year terms)", "Unconstitutional, 5-2"),
                 ("Articles still in force", "14 of 16")],
    related=[("Panama: Supreme Court admits challenge to port concessions law", "https://www.calegalbrief.example/briefs/panama-ports-challenge"),
             ("Guatemala: new public procurement regulations take effect", "https://www.calegalbrief.example/briefs/guatemala-procurement-rules"),
             ("Costa Rica's maritime-terrestrial zone: a practitioner's primer", "https://www.calegalbrief.example/guides/zmt-primer")],
    body='''
On Wednesday, 12 August, the Constitutional Chamber of Costa Rica's Supreme Court of Justice announced its decision on the action of unconstitutionality against Law 10,718, the Law on Tourism Development in the Maritime-Terrestrial Zone. The press office circulated the operative part at 11:40 local time (17:40 GMT). The reasoned judgment has not yet been notified to the parties.

## The holdings

Article 7, which exempted tourism projects below five hectares from SETENA's environmental impact assessment, was declared unconstitutional unanimously (7-0) as contrary to Article 50 of the Constitution.

Article 3, which raised the maximum term of concessions in the restricted zone from 20 to 40 years and allowed renewal without a new tender, was declared unconstitutional by a 5-2 majority. Magistrates Víquez Mora and Esquivel Brenes dissented on this point, on the view that the term of a concession is a matter of legislative discretion; they joined the majority on article 7.

The remaining 14 of the law's 16 articles were upheld, including the obligation for coastal municipalities to update their regulatory plans and the creation of a national digital concessions registry.

## Effects

Declarations of unconstitutionality in Costa Rica ordinarily have effect from the date the annulled norm entered into force, here 20 November 2025, subject to rights acquired in good faith. The chamber ordered the municipalities concerned to review the 37 concession extensions granted under article 3. Clients holding such extensions should expect them to be reassessed against the 20-year ceiling; whether any can be preserved will depend on the reasoning in the full text.

Developers with projects under five hectares that relied on article 7 will need SETENA environmental viability before starting works. We understand several Guanacaste projects had begun earthworks on that basis.

## Context

The action (case file 25-021774-0007-CO) was filed in December 2025 by Fundación Litoral Vivo, with a supporting brief from the Ombudsman's Office. The law had passed its second debate on 14 October 2025 by 31 votes to 18 and was published in La Gaceta on 20 November.

This is not the first time the chamber has divided over coastal legislation: in 2019 it annulled parts of a law on coastal settlements by a narrower 4-3 vote.

The government, through Tourism Minister Esteban Mora Calvo, has said it will study the full ruling before proposing any corrective bill. The ministry puts planned hotel investment at risk at about US$850 million. Presiding magistrate Fernando Castro Quesada has not commented beyond the court's statement.

## What to watch

Publication of the full judgment, expected within weeks, will determine how the 37 extensions are treated and whether the majority's reasoning leaves room for a legislative fix, for example a 40-year term tied to a full tender and an approved regulatory plan.

Resolution number: 2026-019930.
''')

STORY_3 = _story("ct-MF3", "court", "2026-08-15", [
    _page("https://www.istmopress.example/en/costa-rica/court-strikes-down-coastal-concession-articles-2026-08-12", _S3_A),
    _page("https://www.sanjosecourier.example/news/2026/08/13/sala-iv-coastal-law-ruling/", _S3_B),
    _page("https://www.teleistmo7.example/noticias/nacionales/sala-iv-anula-articulos-ley-costera", _S3_C),
    _page("https://www.calegalbrief.example/briefs/costa-rica-sala-iv-law-10718-articles-3-7", _S3_D),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 4 - tr-MF4 - Colombia safeguard on steel rebar imports (planted)
# ---------------------------------------------------------------------------

_S4_A = _wire(
    site="Meridian Newswire", domain="www.meridiannews.example",
    url="https://www.meridiannews.example/markets/commodities/colombia-safeguard-steel-rebar-imports-2026-03-09",
    headline="Colombia slaps 22% provisional safeguard on imported steel rebar as Chinese shipments surge",
    desc="The surcharge, published on Monday, takes effect on March 24 and will last 200 days while authorities decide on a definitive measure.",
    dateline="BOGOTA, March 9 (Meridian) -",
    published="2026-03-09T16:40:00Z", updated="2026-03-09T17:22:00Z",
    visible_time="Mon Mar 9, 2026 5:22pm GMT",
    byline="Andrea Villamizar",
    credit_line="(Reporting by Andrea Villamizar; additional reporting by Li Wen in Beijing; Editing by Sandra Kroll)",
    section="Commodities",
    related=[("China's steel exports hit record in 2025 as home demand slumps", "https://www.meridiannews.example/markets/commodities/china-steel-exports-record"),
             ("Mexico extends tariffs on steel from non-trade-partner countries", "https://www.meridiannews.example/markets/mexico-steel-tariffs"),
             ("Colombia opens safeguard probe into rebar imports (Sept 2025)", "https://www.meridiannews.example/markets/colombia-rebar-probe-2025")],
    body='''
Colombia will impose a provisional safeguard surcharge of 22% on imports of steel reinforcing bar, the trade ministry said on Monday, after domestic mills complained that a surge of cheap shipments, mostly from China, was pushing them to the brink.

The surcharge, set out in a decree published in the official gazette on Monday, will apply on top of existing tariffs for 200 calendar days from March 24, while the government decides whether to adopt a definitive safeguard, the Ministry of Commerce, Industry and Tourism said.

Rebar imports rose 52% last year to 412,000 tonnes, worth $238 million, according to ministry data. China accounted for 61% of the volume.

"We are not closing the door to anyone. We are giving our industry time to adjust to a jump in imports that it could not have foreseen," Trade Minister Lucía Fernanda Ospina said in a statement.

The domestic producers, represented by the Colombian Steel Producers Committee (CCPA), had asked for a 35% surcharge for four years when the ministry opened its investigation in September.

CCPA president Hernán Vergara said the provisional measure was "less than the industry needed, but a step in the right direction". He said the country's mills had been running at 58% of capacity in 2025, down from 71% two years earlier.

Under World Trade Organization rules, a safeguard can be imposed when a sudden rise in imports seriously harms a domestic industry, regardless of whether the goods are sold below their normal value. Unlike anti-dumping duties, it applies to imports from all origins, although developing countries that each supply less than 3% of imports are exempt.

A definitive safeguard, if adopted, could last up to four years.

Vice Minister of Foreign Trade Tomás Bernal told reporters the measure was "temporary, proportional and consistent with our WTO commitments", and that Colombia would notify the organization's Committee on Safeguards this week.

China's embassy in Bogota said in a statement that it was studying the decree and urged Colombia to use trade remedies "with restraint", adding that Chinese companies would defend their "legitimate rights". The Chinese commerce ministry in Beijing did not immediately respond to a request for comment.

Construction companies, the main users of rebar, criticised the decision. The builders' association Asoconstruye estimates that rebar makes up about 6% of the cost of a low-income housing unit.

Before the decree, Chinese rebar was being offered at about $560 a tonne delivered to Colombian ports, traders said, well below the more than $700 a tonne charged by local mills.

The ministry has scheduled a public hearing on the case for April 21.
''')

_S4_B = _newsletter(
    site="Steel & Trade Americas", domain="www.steeltradeamericas.example",
    url="https://www.steeltradeamericas.example/briefing/2026/03/10/colombia-rebar-provisional-safeguard",
    issue="Daily Briefing · 10 March 2026",
    headline="Colombia rebar safeguard: what importers need to know before 24 March",
    deck="Provisional surcharge applies to HS 7214.20.00 from all origins, with a 3% exemption for developing-country suppliers. Chinese offers already pulled.",
    author="By Ricardo Benavides, Andean correspondent",
    visible_date="Tuesday 10 March 2026",
    published="2026-03-10T12:00:00Z",
    key_numbers=[("Measure", "Provisional safeguard, ad valorem surcharge 22%"),
                 ("Product", "Rebar, HS 7214.20.00"),
                 ("In force", "24 Mar 2026, for 180 days"),
                 ("2025 imports", "412,000 t (+52% y/y), $283 million"),
                 ("China share of 2025 volume", "61%"),
                 ("Industry request", "35% for four years"),
                 ("Public hearing", "21 Apr 2026")],
    related=[("Peru: mills lobby for grinding-ball duties to be extended", "https://www.steeltradeamericas.example/briefing/2026/03/05/peru-grinding-balls"),
             ("Brazil rebar prices steady as construction slows", "https://www.steeltradeamericas.example/briefing/2026/03/04/brazil-rebar-prices"),
             ("Price assessment: rebar CFR Caribbean, weekly", "https://www.steeltradeamericas.example/prices/rebar-cfr-caribbean")],
    body='''
Colombia's Ministry of Commerce, Industry and Tourism (MinCIT) published on Monday, 9 March, the decree imposing a provisional safeguard on imports of rebar. The measure is an ad valorem surcharge of 22% on top of the applicable tariff, in force for 180 days from 24 March. The decree was signed on Friday and published in the Diario Oficial on Monday; the 15-day gap is meant to allow cargoes already at sea to clear.

## Scope

The measure covers hot-rolled deformed bars under HS subheading 7214.20.00 from all origins. In line with WTO rules, developing-country suppliers each accounting for less than 3% of imports are excluded. On 2025 data that leaves China, Turkey and a handful of others inside the net; Turkey supplied about 17% of volume last year.

## The numbers behind the case

Imports reached 412,000 tonnes in 2025, up 52% from 271,000 tonnes in 2024, and were worth $283 million. China supplied 61% of the volume. Domestic mills' capacity utilisation fell to 58% from 71% in 2023, according to the petition filed by the Colombian Steel Producers Committee (CCPA), which asked for a 35% surcharge lasting four years.

The CCPA puts direct employment in the sector at about 14,500.

## Market reaction

Traders told Steel & Trade Americas that Chinese mills withdrew offers into Colombian ports on Monday afternoon. Before the decree, Chinese rebar was being offered at around $560 per tonne CFR Buenaventura and Cartagena, against domestic list prices above $700 per tonne delivered Bogotá.

"With 22% on top, Chinese material lands at roughly the same level as local product. That was the point," said one Bogotá-based importer, who asked not to be named because of ongoing negotiations.

A Medellín distributor said some buyers were rushing to clear cargoes before 24 March. "Anything that docks after that date pays," he said.

## What comes next

MinCIT will hold a public hearing on 21 April. Interested parties can file comments and evidence until then. A decision on a definitive safeguard, which under Colombian and WTO rules may last up to four years, is expected before the provisional measure lapses.

Vice Minister of Foreign Trade Tomás Bernal Acuña said Colombia would notify the WTO Committee on Safeguards this week, opening a window for consultations with exporting members. China's embassy has urged "restraint".

Builders are lobbying against the measure. Asoconstruye, the construction association, estimates that the surcharge could raise the cost of a low-income housing unit by about 1.3%.

## Our view

The 22% level sits below the industry's ask but high enough to close most of the import price gap at current Chinese offer levels. Expect Turkish and Vietnamese sellers to test whether individual suppliers can stay under the 3% threshold.
''')

_S4_C = _newspaper(
    site="Bogota Business Journal", domain="www.bogotabusinessjournal.example",
    url="https://www.bogotabusinessjournal.example/industry/2026/03/12/rebar-safeguard-builders-steelmakers/",
    section="Business", kicker="Trade",
    headline="Steelmakers cheer, builders fume: the battle over Colombia's rebar safeguard",
    standfirst="The government imposed a 25% surcharge on imported reinforcing bar on Monday. Construction firms say social housing will pay the price.",
    byline="Juan Pablo Saavedra",
    author_bio="Juan Pablo Saavedra writes about industry, trade and infrastructure.",
    visible_date="Thursday, March 12, 2026",
    published="2026-03-12T05:00:00-05:00",
    tagline="Business news for Colombia's decision-makers",
    newsletter="BBJ Morning Markets",
    figure=("Workers handle steel bars at a construction site in Soacha, south of Bogotá.", "Photo: Mauricio Daza / BBJ"),
    related=[("Housing starts fall for sixth month running", "https://www.bogotabusinessjournal.example/real-estate/2026/02/26/housing-starts/"),
             ("Interview: the trade minister on China, tariffs and free-trade deals", "https://www.bogotabusinessjournal.example/trade/2026/02/15/minister-interview/"),
             ("Column: Safeguards are a painkiller, not a cure", "https://www.bogotabusinessjournal.example/opinion/2026/03/11/safeguards-painkiller/")],
    most_read=["Steelmakers cheer, builders fume", "Peso weakens past 4,100 as oil slides", "Ecopetrol board names interim chief", "Coffee exports rise 8% in February"],
    body='''
The decree appeared in the Diario Oficial on Monday morning, and by the afternoon the phones of steel traders in Barranquilla and Buenaventura were ringing with the same question: how many cargoes could still be cleared before the deadline.

The answer matters. From March 24, imports of steel reinforcing bar, the ribbed rods that hold up almost every building in the country, will pay a provisional safeguard surcharge of 25% on top of their normal tariff, for 200 days, under the measure issued by the Ministry of Commerce, Industry and Tourism.

For domestic mills, it is a long-awaited lifeline. For construction companies, it is a new cost arriving just as the housing market was beginning to recover.

## A flood from abroad

Imports of rebar reached 412,000 tonnes last year, 52 per cent more than in 2024, with a value of 238 million dollars, roughly 971,000 million pesos at last year's average exchange rate. Some three-fifths of that steel came from China, where a property slump has left mills with huge surpluses to sell abroad.

"We competed with Chinese bars that arrived at prices below what it costs us to buy scrap," said Hernán Vergara Duque, president of the Colombian Steel Producers Committee. The committee had asked for a 35 per cent surcharge for four years. "We got less, but it gives us air," he said.

The country's steel mills employ about 14,500 people directly. Their plants ran at 58 per cent of capacity last year.

Trade Minister Lucía Fernanda Ospina Arango defended the decision in an interview with Radio Andina Estéreo on Tuesday. "This is not protectionism. It is a temporary instrument that the World Trade Organization rules provide for exactly this kind of situation," she said.

## Builders push back

Carolina Pardo Nieto, president of the builders' association Asoconstruye, said rebar accounts for about 6 per cent of the cost of a social-interest home, and that the surcharge could add about 1.3 per cent to the price of each unit.

"At a time when housing sales are falling, the government has chosen to make homes more expensive for the families that can least afford it," she said. Asoconstruye plans to present its arguments at the public hearing the ministry has called for April 21.

Economists were divided. Laura Mejía, an economist at the think tank Fundación Desarrollo Abierto, said safeguards can protect jobs in the short term but warned that "four years of protection, if the measure becomes definitive, is a long time for an industry to postpone modernising".

## China watches

The Chinese embassy said on Monday it was studying the measure and asked Colombia to apply trade defence tools with restraint. Colombia's Vice Minister of Foreign Trade, Tomás Bernal Acuña, said the government would notify the WTO this week and was open to consultations with any affected country.

Developing countries that each supply less than 3 per cent of Colombia's rebar imports are exempt from the surcharge.

The ministry must decide on a definitive measure before the provisional safeguard expires in October.
''')

_S4_D = _local(
    site="Boyacá al Día", domain="www.boyacaaldia.example",
    url="https://www.boyacaaldia.example/economia/salvaguardia-varilla-acero-nobsa-trabajadores",
    headline="Steel safeguard brings relief to Nobsa and Sogamoso workers",
    desc="Union leaders at the Boyacá steel plants welcomed the surcharge on imported rebar announced by the national government.",
    author="Written by Yesenia Pérez Cely",
    visible_date="March 9, 2026",
    figure=("The Aceros de Boyacá plant in Nobsa, seen from the road to Sogamoso.", "Photo: Boyacá al Día archive"),
    most_read=["Steel safeguard brings relief to Nobsa and Sogamoso workers", "Lake Tota: farmers and environmentalists meet over onion crops", "Patriotas sign two forwards for the new season", "Road to Tunja closed at night for repairs"],
    related=[("Aceros de Boyacá suspends second shift, 2025", "https://www.boyacaaldia.example/economia/aceros-boyaca-turno"),
             ("Sogamoso hosts regional industry fair", "https://www.boyacaaldia.example/sogamoso/feria-industrial")],
    ads=(3,), ad_label="Advertising",
    body='''
The steel workers of Nobsa and Sogamoso received with relief the news that the national government will charge a surcharge of 22% on imported rebar, a measure the industry had been demanding for months.

The decree, published today in the Diario Oficial by the Ministry of Commerce, Industry and Tourism, establishes a provisional safeguard that will take effect in 15 days, on March 24, and will last 200 days.

"For us this means that the second shift could come back," said Fabio Niño Cely, president of the metalworkers' union at the Aceros de Boyacá plant in Nobsa. The company suspended its night shift in September last year, when, according to the union, imported bars were arriving at prices local plants could not match.

The plant employs about 2,300 people directly and many more through contractors and transport companies in the Sugamuxi province.

## What the measure says

The surcharge applies to hot-rolled rebar from every country, with the exception of developing countries that each represent less than 3% of imports. According to the ministry, imports of this product grew 52% in 2025 and reached 412,000 tonnes, with a value of some 238 million dollars. Most of them, 61%, came from China.

The steel producers had asked for a surcharge of 35% for four years. The ministry will decide later whether to adopt a definitive measure.

According to the union, a tonne of Chinese rebar was arriving at Colombian ports at around 560 dollars, a price the plants in Boyacá say they cannot match without losing money. The ministry said Colombia would notify the measure to the World Trade Organization.

## Local reactions

The mayor of Nobsa, Édgar Rincón Vargas, said that the municipality's income depends to a large extent on the steel industry. "When the plant slows down, the whole town feels it: the shops, the restaurants, the transport," he told Boyacá al Día.

Not everyone is celebrating. Builders in Tunja and Duitama fear that the price of rebar will rise in the coming weeks. "We already have projects sold at a fixed price. If the steel goes up, who pays the difference?" asked a builder in Duitama who preferred not to be named.

The Trade Minister, Lucía Fernanda Ospina, said in a statement that the government was "giving our industry time to adjust".

## Next steps

The ministry will hold a public hearing on April 21, where companies, unions and builders can present their arguments.

Governor's office sources said the governor of Boyacá would travel to Bogotá next week to ask the ministry to consider the effects on the region's employment when it takes the definitive decision.
''')

STORY_4 = _story("tr-MF4", "trade", "2026-03-13", [
    _page("https://www.meridiannews.example/markets/commodities/colombia-safeguard-steel-rebar-imports-2026-03-09", _S4_A),
    _page("https://www.steeltradeamericas.example/briefing/2026/03/10/colombia-rebar-provisional-safeguard", _S4_B),
    _page("https://www.bogotabusinessjournal.example/industry/2026/03/12/rebar-safeguard-builders-steelmakers/", _S4_C),
    _page("https://www.boyacaaldia.example/economia/salvaguardia-varilla-acero-nobsa-trabajadores", _S4_D),
], [
    ("safeguard surcharge rate", r"\b22\s?(%|percent|per ?cent)", r"\b25\s?(%|percent|per ?cent)"),
    ("duration of the provisional safeguard", r"\b200[-\s]?(calendar[-\s])?days?\b|\b200\b", r"\b180[-\s]?(calendar[-\s])?days?\b|\b180\b"),
    ("value of 2025 rebar imports", r"\b238\b", r"\b283\b"),
])


# ---------------------------------------------------------------------------
# Story 5 - rk-MF5 - Harpia-1 suborbital flight from Alcantara (CONTROL)
# ---------------------------------------------------------------------------

_S5_A = _wire(
    site="Atlantic Wire Service", domain="www.atlanticwire.example",
    url="https://www.atlanticwire.example/science/brazil-startup-rocket-harpia-reaches-space-alcantara-2026-10-22",
    headline="Brazilian startup's Harpia-1 rocket reaches space on first full test flight",
    desc="Ventura Aeroespacial's suborbital rocket lifted off from the Alcantara launch centre and passed the 100 km mark, preliminary data showed.",
    dateline="SAO PAULO, Oct 21 (AWS) -",
    published="2026-10-22T02:35:00Z",
    visible_time="22 October 2026 02:35 GMT",
    byline="Ana Beatriz Lacerda",
    credit_line="(Reporting by Ana Beatriz Lacerda; Editing by Kevin Mulroy)",
    section="Science",
    related=[("Ventura Aeroespacial scrubs Harpia-1 launch at last minute", "https://www.atlanticwire.example/science/harpia-scrub-2026-10-19"),
             ("Latin America's new space race: startups look to the equator", "https://www.atlanticwire.example/business/latam-space-startups"),
             ("Argentina's Tronador programme gets fresh funding", "https://www.atlanticwire.example/science/tronador-funding")],
    body='''
A suborbital rocket built by Brazilian startup Ventura Aeroespacial crossed the 100-kilometre boundary of space on Wednesday night, in the first full test flight of the vehicle from the Alcantara launch centre in northeastern Brazil, the company said.

The 12.8-metre Harpia-1 lifted off at 10:47 p.m. local time on Wednesday (0147 GMT on Thursday) from the Air Force-run base on the coast of Maranhao state, two days after a first attempt was called off in the final seconds of the countdown.

Preliminary telemetry showed the rocket climbed to more than 110 km before its payload capsule separated and began falling back towards the Atlantic, flight director Diego Amaral Sato said in a webcast from the control centre.

"We went to space with a rocket designed and built in Brazil, by a Brazilian company. That had never happened before," Ventura's chief executive and co-founder, Luana Carvalho Prates, told employees and guests in the control room, to loud applause.

The capsule, carrying six scientific experiments from Brazilian universities and a public school in Sao Luis, descended under parachutes and splashed down about 95 km northeast of the launch site roughly 14 minutes after liftoff, the company said. A Brazilian Navy patrol ship was heading to the area and was expected to recover it at first light.

The Harpia-1 is powered by a hybrid engine that burns solid paraffin with liquid nitrous oxide, a combination the company says is cheaper and safer to handle than conventional solid propellants. The rocket itself was not designed to be recovered.

On Monday the countdown was halted 41 seconds before liftoff after a sensor on the nitrous oxide feed line gave an abnormal pressure reading. Engineers replaced the sensor on Tuesday.

Ventura, based in Sao Jose dos Campos, in Sao Paulo state, flew a smaller demonstrator, the Harpia-0, to an altitude of 38 km from Alcantara in November 2025.

The company says it has spent 48 million reais (about $8.7 million) developing the Harpia-1, with backing from the government innovation agency FINEP and private investors. It plans to start flying paying customers' experiments on a second flight in the first half of 2027, and is developing a small orbital launcher, the Harpia-2, which it hopes to fly in 2028.

Alcantara, just over two degrees south of the equator, has long been promoted by Brazilian governments as one of the best-placed launch sites in the world, because launches close to the equator get a greater boost from the Earth's rotation.

"Tonight Alcantara showed what it exists for," said Roberto Mendonca Leal, president of the Brazilian Space Agency (AEB), who watched the launch from the base.
''')

_S5_B = _local(
    site="São Luís em Foco", domain="www.saoluisemfoco.example",
    url="https://www.saoluisemfoco.example/ciencia/foguete-harpia-1-capsula-resgatada-marinha",
    headline="Harpia-1 capsule is recovered at sea after night launch from Alcântara",
    desc="Navy ship picked up the capsule with six experiments, including one by students from a São Luís state school.",
    author="Reporting: Thiago Serejo",
    visible_date="22/10/2026 - 08:15",
    figure=("The Harpia-1 rocket climbs into the night sky over Alcântara on Wednesday.", "Photo: Ventura Aeroespacial / Disclosure"),
    most_read=["Harpia-1 capsule is recovered at sea after night launch from Alcântara", "Ferry-boat to Alcântara: timetable changes for the holiday", "Sampaio Corrêa fans protest at training ground", "Heat: São Luís records 34°C on Wednesday"],
    related=[("Alcântara residents gather in the square to watch the launch", "https://www.saoluisemfoco.example/cidades/alcantara-praca-lancamento"),
             ("Students from the Liceu Maranhense send experiment to space", "https://www.saoluisemfoco.example/educacao/liceu-experimento-foguete")],
    body='''
The capsule launched into space by the Harpia-1 rocket on Wednesday night was recovered from the Atlantic Ocean by a Brazilian Navy patrol ship at 6:20 a.m. this Thursday, according to the company Ventura Aeroespacial, which developed the rocket.

The capsule, weighing 38 kg, came down with the help of parachutes about 95 km northeast of the Alcântara Launch Center (CLA), where the rocket lifted off at 10:47 p.m. on Wednesday. The company said the capsule was intact and that the six experiments on board would be handed over to the researchers by the weekend.

One of the experiments was prepared by students of a state school in São Luís, who sent seeds of açaí and bean to test how they germinate after a few minutes in microgravity. "We stayed awake all night waiting for news," said the biology teacher who coordinated the project, Rosângela Pinheiro. "When they told us the capsule had been found, the students started screaming in the WhatsApp group."

## Night launch

The launch could be seen from several points of São Luís, across the bay. In the historic centre of Alcântara, dozens of residents gathered in the main square to watch the rocket climb into the clear sky.

According to preliminary data released by the company on Wednesday night, the Harpia-1 passed 110 km of altitude, above the 100 km line that is commonly used as the border of space. The final data of the flight should be released in the coming hours.

The 12.8-metre rocket uses a hybrid engine, with paraffin as fuel and nitrous oxide as oxidiser. The first attempt to launch it, on Monday, was interrupted 41 seconds before liftoff because of a problem with a sensor.

## Brazilian rocket

Ventura Aeroespacial, from São José dos Campos (SP), says the Harpia-1 is the first rocket developed by a private Brazilian company to reach space. The company's chief executive, Luana Carvalho Prates, thanked the Air Force teams at the CLA. "Without the people of Alcântara and the Air Force, none of this would be possible," she said.

The other experiments on board came from the Federal University of Maranhão (UFMA), the Aeronautics Institute of Technology (ITA) and the University of São Paulo (USP), among others.

The director of the CLA, Air Force Colonel Marcelo Tavares Brito, said the base was prepared to receive more commercial launches. "It is a new moment for Alcântara," he said.

The company plans a new flight in the first half of 2027.

Ventura Aeroespacial says it has invested 48 million reais in the development of the Harpia-1, with support from the federal innovation agency FINEP and private investors. It also plans an orbital rocket, the Harpia-2, for 2028.
''')

_S5_C = _broadcast(
    site="TV Atlântico", domain="www.tvatlantico.example",
    url="https://www.tvatlantico.example/ciencia/harpia-1-altitude-final-112-km",
    headline="Harpia-1 reached 112.4 km: company releases final data of historic flight",
    desc="The Brazilian rocket launched last night from Alcântara flew higher than the preliminary data indicated.",
    visible_updated="Updated Thursday, 22 October 2026, 5:40 p.m.",
    byline="By Camila Furtado, TV Atlântico",
    video_caption="Watch: the Harpia-1 launch and the capsule recovery at sea (4:12)",
    related=[("Alcântara: quilombola leaders call for meeting on base expansion", "https://www.tvatlantico.example/maranhao/alcantara-quilombolas-reuniao"),
             ("Space: what is the Kármán line?", "https://www.tvatlantico.example/ciencia/linha-karman-explicacao"),
             ("Maranhão exports rise with record soy shipments", "https://www.tvatlantico.example/economia/exportacoes-maranhao")],
    body='''
The Harpia-1 rocket, launched last night from the Alcântara Launch Center in Maranhão, reached a maximum altitude of 112.4 kilometres, the company Ventura Aeroespacial said this afternoon after analysing the flight data.

The figure is slightly above the preliminary estimate released on Wednesday night, when the company said only that the rocket had passed 110 km. The 100 km mark is the line usually used to define where space begins.

The rocket lifted off at 10:47 p.m. The capsule with the experiments separated from the rocket after the engine shut down and spent about four minutes in microgravity before falling back to Earth. It splashed down in the sea with parachutes 14 minutes and 20 seconds after liftoff.

A Navy ship recovered the capsule early this morning, at 6:20 a.m.

The capsule, which weighs 38 kg, came down about 95 km northeast of the launch site. It carried six experiments, from the Federal University of Maranhão, ITA, USP and a state school in São Luís, whose students sent seeds to test how they germinate after a few minutes in microgravity. The company said all six were recovered in good condition.

## "A rocket made in Brazil"

At a press conference in São José dos Campos, in the interior of São Paulo, where the company is based, chief executive Luana Carvalho Prates said the flight "exceeded the targets in every respect".

"We designed the engine, the structure, the electronics and the software here. We went to space with a rocket made in Brazil," she said.

The flight director, Diego Amaral Sato, said the engine burned for 62 seconds, as planned.

The president of the Brazilian Space Agency, Roberto Mendonça Leal, who watched the launch from Alcântara, called it "a turning point" for the Brazilian space programme.

## Next steps

Ventura Aeroespacial has spent 48 million reais developing the Harpia-1. The next flight, already with experiments from paying clients, is planned for the first half of 2027. The company is also developing the Harpia-2, a rocket capable of putting small satellites into orbit, with a first launch planned for 2028.

The first launch attempt, on Monday, was cancelled 41 seconds before liftoff because of a fault in a pressure sensor.

In November of last year the company launched a smaller prototype, the Harpia-0, which reached 38 km.

## Alcântara

The launch center, run by the Brazilian Air Force, sits just south of the equator, which saves fuel on launches. The region is also home to quilombola communities, who for decades have been debating with the federal government about the use of their land by the base.
''')

_S5_D = _newsletter(
    site="Orbital Dispatch", domain="www.orbitaldispatch.example",
    url="https://www.orbitaldispatch.example/launch-report/harpia-1-flight-1-alcantara",
    issue="Launch Report · Friday edition",
    headline="Launch report: Ventura's Harpia-1 clears the Kármán line on first full flight",
    deck="Hybrid sounding rocket reaches 112.4 km apogee from Alcântara; capsule recovered intact. The numbers, and what comes next.",
    author="By Peter Albuquerque-Hale",
    visible_date="23 October 2026",
    published="2026-10-23T10:00:00Z",
    key_numbers=[("Vehicle", "Harpia-1 (single-stage hybrid, 12.8 m)"),
                 ("Launch site", "Alcântara Launch Center (CLA), Brazil"),
                 ("Liftoff", "01:47 UTC 22 Oct (22:47 local, 21 Oct)"),
                 ("Apogee", "112.4 km (69.8 mi)"),
                 ("Engine burn", "62 s"),
                 ("Microgravity", "about 250 s"),
                 ("Liftoff to splashdown", "14 min 20 s"),
                 ("Capsule recovered", "09:20 UTC 22 Oct")],
    related=[("Launch report: Harpia-0 demonstrator reaches 38 km (Nov 2025)", "https://www.orbitaldispatch.example/launch-report/harpia-0"),
             ("Analysis: can Alcântara become a commercial spaceport?", "https://www.orbitaldispatch.example/analysis/alcantara-commercial"),
             ("Small launchers tracker, Q4 2026", "https://www.orbitaldispatch.example/data/small-launchers")],
    body='''
Brazilian startup Ventura Aeroespacial flew its Harpia-1 suborbital rocket to an apogee of 112.4 km (69.8 miles) from the Alcântara Launch Center late on Wednesday local time, clearing the 100 km Kármán line on the vehicle's first full flight.

Liftoff came at 22:47 local time on 21 October, which was 01:47 UTC on 22 October, inside a four-hour window that opened at 21:00. A first attempt on Monday, 19 October, was scrubbed at T-41 seconds when a pressure transducer on the nitrous oxide feed line read out of limits; the part was swapped on Tuesday.

## Flight profile

The 12.8 m single-stage vehicle is powered by a hybrid motor burning paraffin with liquid nitrous oxide. The company says the motor burned for 62 seconds, and that the vehicle reached a peak speed of about 1.5 km per second before coasting to apogee.

The 38 kg payload capsule separated after burnout and gave its six experiments about 250 seconds, just over four minutes, of microgravity. It splashed down under parachutes 14 minutes 20 seconds after liftoff, roughly 95 km northeast of the pad, and was recovered by a Brazilian Navy patrol vessel at 06:20 local (09:20 UTC) on Thursday. The spent vehicle was not recovered.

On the night, the company's webcast reported only that the rocket had passed 110 km. The 112.4 km figure came from post-flight analysis released on Thursday afternoon.

## Who flew

Payloads came from the Federal University of Maranhão, the Aeronautics Institute of Technology (ITA), the University of São Paulo and a state secondary school in São Luís, among others. None was a paying customer on this flight.

## The company

Ventura, headquartered in São José dos Campos, was co-founded by chief executive Luana Carvalho Prates. It flew a subscale demonstrator, Harpia-0, to 38 km from Alcântara in November 2025.

The company puts Harpia-1 development spending at R$48 million, roughly US$8.7 million at current exchange rates, funded by the innovation agency FINEP and private investors. It plans a first commercial Harpia-1 flight in the first half of 2027 and a debut of its Harpia-2 small orbital launcher in 2028, a schedule we regard as ambitious.

## Why it matters

Alcântara sits about 2.3 degrees south of the equator, an advantage for eastward launches, but the site has seen little commercial activity despite years of promotion and a 2019 technology safeguards agreement with the United States. AEB president Roberto Mendonça Leal called the flight "a turning point". A regular suborbital customer would give the Air Force-run centre the cadence it has lacked.

Harpia-1 is a sounding rocket, not an orbital launcher. But a privately developed Brazilian vehicle reaching space on its first full attempt is a genuine milestone for a programme better known for its setbacks.
''')

STORY_5 = _story("rk-MF5", "rocket", "2026-10-24", [
    _page("https://www.atlanticwire.example/science/brazil-startup-rocket-harpia-reaches-space-alcantara-2026-10-22", _S5_A),
    _page("https://www.saoluisemfoco.example/ciencia/foguete-harpia-1-capsula-resgatada-marinha", _S5_B),
    _page("https://www.tvatlantico.example/ciencia/harpia-1-altitude-final-112-km", _S5_C),
    _page("https://www.orbitaldispatch.example/launch-report/harpia-1-flight-1-alcantara", _S5_D),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 6 - eq-MF6 - Earthquake off Chala, southern Peru (planted)
# ---------------------------------------------------------------------------

_S6_A = _wire(
    site="Pacific Coast Wire", domain="www.pacificcoastwire.example",
    url="https://www.pacificcoastwire.example/world/americas/peru-earthquake-chala-arequipa-2026-07-20",
    headline="Strong earthquake hits southern Peru, at least two killed",
    desc="A magnitude 6.9 quake struck off the coast of Arequipa region late on Sunday, damaging adobe homes in coastal towns. No tsunami threat, navy says.",
    dateline="LIMA, July 20 (PCW) -",
    published="2026-07-20T06:05:00Z", updated="2026-07-20T06:40:00Z",
    visible_time="July 20, 2026 6:40 AM UTC",
    byline="Gonzalo Ríos Aliaga",
    credit_line="(Reporting by Gonzalo Ríos Aliaga; Editing by Hannah Breuer)",
    section="Americas",
    related=[("Peru's 2007 Pisco earthquake: a look back", "https://www.pacificcoastwire.example/world/americas/pisco-earthquake-anniversary"),
             ("Chile quake: no damage reported after magnitude 6.1 tremor", "https://www.pacificcoastwire.example/world/americas/chile-quake-6-1"),
             ("Peru mining output rises in May", "https://www.pacificcoastwire.example/business/peru-mining-may")],
    body='''
A strong earthquake struck off the coast of southern Peru late on Sunday, killing at least two people, injuring 19 and damaging dozens of adobe homes in towns along the Pan-American Highway, officials said.

Peru's Geophysical Institute (IGP) said the quake hit at 11:52 p.m. local time on Sunday (0452 GMT on Monday) at sea, 48 km (30 miles) south-west of the fishing town of Chala, in the Arequipa region, at a depth of 35 km.

The institute first put the magnitude at 7.0, before revising it to 6.9 less than an hour later. The U.S. Geological Survey measured it at 6.7.

The navy's hydrography directorate ruled out a tsunami at 12:20 a.m., about half an hour after the quake.

Chala mayor Percy Valdivia Salas told local radio that two people had died when the wall of an adobe house collapsed on them as they slept. "People ran out into the street in the dark. We have no electricity and we are checking house by house," he said.

Residents of the city of Arequipa, the country's second largest, and of Nazca, in the neighbouring Ica region, also reported strong shaking, and some people in Lima said they felt the quake, though no damage was reported in the capital.

Images shared on social media showed cracked walls and fallen roof tiles in Chala and goods scattered on the floors of shops. Several aftershocks were felt in the first hour.

The national civil defence institute, INDECI, said teams were being sent from Arequipa and Nazca and that it would release a first official damage report after daybreak. Police said rocks had fallen onto stretches of the Pan-American Highway South near Chala.

Arequipa's regional governor, Rosa Elvira Chambi Mamani, said on social media that she had activated the regional emergency operations centre and asked residents to stay away from damaged buildings until they had been inspected. The local electricity distributor said power was out in much of Caraveli province.

The government said in a statement that ministers would travel to the affected area in the morning and that air force planes were ready to carry tents, water and medical teams from Lima.

Peru lies on one of the most earthquake-prone stretches of the Pacific coast, where the oceanic Nazca plate is pushed under the South American continent. In August 2007, a magnitude 8.0 earthquake centred near Pisco, south of Lima, killed more than 500 people.

The southern coast was last hit by a quake of comparable destructive force in June 2001, when a magnitude 8.4 tremor devastated towns in Arequipa, Moquegua and Tacna.
''')

_S6_B = _liveblog(
    site="Panamericana Noticias", domain="www.panamericananoticias.example",
    url="https://www.panamericananoticias.example/en-vivo/sismo-chala-arequipa-20-julio",
    headline="Earthquake in southern Peru: magnitude 6.9 quake off Chala, live updates",
    desc="Follow the latest on the earthquake that hit the coast of Arequipa on Sunday night: victims, damage, aftershocks.",
    published="2026-07-20T05:10:00Z", modified="2026-07-20T23:30:00Z",
    visible="Last updated: 20 July 2026, 18:30 (Lima time)",
    summary=["A magnitude 6.9 earthquake, according to the IGP, struck at 11:52 p.m. on Sunday off the coast of Caravelí province, Arequipa.",
             "As of 6 p.m. Monday, INDECI reports 7 dead and 131 injured.",
             "No tsunami risk, the Navy confirmed shortly after midnight.",
             "Pan-American Highway South reopened to one lane near Chala."],
    entries=[
        ("00:10", "Strong earthquake felt across southern Peru",
         "A strong earthquake shook the south of Peru at 11:52 p.m. this Sunday. Viewers in Arequipa, Nazca, Ica and Camaná tell us the shaking lasted close to a minute. The IGP gives a preliminary magnitude of 7.0."),
        ("00:35", "Navy rules out tsunami; IGP revises magnitude to 6.9",
         "The Navy's Directorate of Hydrography and Navigation ruled out a tsunami on the Peruvian coast at 12:20 a.m.\n\nThe IGP has revised the magnitude to 6.9. The epicentre was in the sea, 48 km south-west of Chala, in Caravelí province, at a depth of 35 km."),
        ("01:20", "First victims reported in Chala",
         "The mayor of Chala, Percy Valdivia, told Panamericana Noticias that two people died when an adobe wall collapsed in the upper part of the town. There is no electricity in much of the district."),
        ("02:20", "Strongest aftershock so far: magnitude 5.2",
         "A magnitude 5.2 aftershock was recorded at 2:13 a.m., according to the IGP, again off Chala. Many families in Chala and Atico are spending the night outdoors."),
        ("06:45", "Toll rises to five dead, 54 injured",
         "INDECI's first report of the morning puts the toll at five dead and 54 injured. Rockfalls have blocked the Pan-American Highway South between kilometre 590 and kilometre 612, near Chala.\n\n\"We are asking drivers not to travel south of Nazca until the road is cleared,\" a police spokesman said."),
        ("09:30", "Prime Minister travels to the area; church tower collapses in Acarí",
         "Prime Minister Jorge Salazar Ortiz is flying to Chala with the head of INDECI, retired general Walter Cano Huamán.\n\nIn Acarí, the bell tower of the colonial church of San Jerónimo collapsed during the quake. No one was inside, the parish priest said."),
        ("13:30", "Seven dead, 118 injured",
         "INDECI's latest report: seven dead and 118 injured. Three of the deaths were in Chala, two in Atico, one in Yauca and one in Acarí. Most of the injured were taken to hospitals in Nazca and Camaná, and the most serious cases to Arequipa."),
        ("15:50", "Highway reopened to one lane",
         "The Pan-American Highway South was reopened to traffic in one lane at 3:40 p.m., the Ministry of Transport said. Machinery continues to clear rocks."),
        ("18:30", "131 injured, 1,020 homes damaged; 41 aftershocks",
         "INDECI's 6 p.m. report keeps the death toll at seven and raises the number of injured to 131. At least 1,020 homes have been damaged.\n\nThe IGP has recorded 41 aftershocks so far, the largest of them the 5.2 at 2:13 a.m. \"It is normal that aftershocks continue for days or weeks. They should become less frequent,\" said Ricardo Quispe Villanueva, director of seismology at the IGP.\n\nThe government is preparing a decree declaring a state of emergency in the affected districts."),
    ],
    related=[("How to prepare an emergency backpack", "https://www.panamericananoticias.example/servicios/mochila-emergencia"),
             ("Photos: the damage in Chala and Atico", "https://www.panamericananoticias.example/fotos/sismo-chala-danos"),
             ("What is an aftershock and how long do they last?", "https://www.panamericananoticias.example/ciencia/replicas-explicacion")],
)

_S6_C = _newspaper(
    site="The Lima Tribune", domain="www.limatribune.example",
    url="https://www.limatribune.example/nation/2026/07/21/earthquake-toll-rises-nine-arequipa-coast/",
    section="Nation", kicker="Earthquake in the south",
    headline="Quake death toll rises to nine as coastal towns count the damage",
    standfirst="INDECI says 162 people were injured and 310 homes are uninhabitable after the magnitude 6.9 earthquake off Chala. A 60-day emergency is in force in 15 districts.",
    byline="Mariana Cárdenas Zevallos, in Chala",
    author_bio="Mariana Cárdenas Zevallos is The Lima Tribune's correspondent in southern Peru.",
    visible_date="Tuesday, July 21, 2026",
    published="2026-07-21T14:00:00-05:00",
    tagline="Peru's news in English",
    newsletter="Tribune Today",
    figure=("Residents of Chala remove rubble from a collapsed adobe house on Monday.", "Photo: Rodrigo Tapia / The Lima Tribune"),
    related=[("Live: earthquake in southern Peru (Monday)", "https://www.limatribune.example/live/2026/07/20/earthquake-south/"),
             ("Why adobe homes still kill in Peruvian earthquakes", "https://www.limatribune.example/analysis/2026/07/21/adobe-homes/"),
             ("Fishing fleet in Chala reports no damage to boats", "https://www.limatribune.example/business/2026/07/20/chala-fishing-fleet/")],
    most_read=["Quake death toll rises to nine", "Inauguration day: what to expect on July 28", "Alianza Lima wins Clásico", "Lima winter: drizzle and 14°C for the rest of the week"],
    body='''
The death toll from the earthquake that struck the coast of Arequipa late on Saturday rose to nine on Tuesday, after rescuers found the body of a man under the rubble of his home in Atico and a woman from Yauca died in hospital, the National Civil Defence Institute (INDECI) said.

In its 11 a.m. report, INDECI said 162 people had been injured, 1,240 homes damaged and 310 left uninhabitable. The toll had stood at seven on Monday evening, with 131 injured.

The magnitude 6.9 quake hit at 11:52 p.m. on Saturday, at sea about 30 miles south-west of Chala, according to the Geophysical Institute of Peru (IGP). It was felt from Ica to Moquegua and as far away as Lima.

Three of the dead were in Chala, three in Atico, two in Yauca and one in Acarí. Most were killed when adobe walls and roofs collapsed on them as they slept.

## A town sleeping outdoors

In Chala, a fishing and gold-trading town of about 15,000 people on the Pan-American Highway, dozens of families spent a second night in tents and under plastic sheets on the football pitch and in the main square, afraid to return to cracked houses as aftershocks continued.

"Every time the ground moves, the children start crying," said Yolanda Huarcaya, 44, who shares a tent with her three children and her mother. "Our house is standing, but the back wall is open. How are we going to sleep there?"

The IGP said it had recorded more than 60 aftershocks by Tuesday morning. The strongest, of magnitude 5.2, came a little over two hours after the main quake.

Ricardo Quispe Villanueva, director of seismology at the IGP, said the earthquake occurred where the Nazca plate slides beneath the continent, in a segment that also produced a magnitude 7.1 quake off Acarí in January 2018. "This area has a long history of large earthquakes. It will shake again," he said.

## Emergency declared

The government declared a 60-day state of emergency in 15 districts of the provinces of Caravelí and Camaná in a decree published late on Monday in the official gazette, El Peruano. The measure allows ministries and regional authorities to buy supplies and contract repairs without the usual tenders.

Prime Minister Jorge Salazar Ortiz, who visited Chala and Acarí on Monday, promised temporary housing modules for families who lost their homes. "No family will be left without a roof," he said.

The regional governor of Arequipa, Rosa Elvira Chambi Mamani, said the region needed more tents and drinking water. "Aid is arriving, but it is not enough yet," she told reporters in Atico on Tuesday morning.

In Acarí, the bell tower of the colonial church of San Jerónimo lies in pieces in front of the building. The Ministry of Culture said a team would assess the structure this week.

## Road open, power back

The Pan-American Highway South, blocked by rockfalls near Chala, reopened to one lane on Monday afternoon, and the Ministry of Transport said both lanes should be open by Wednesday. Electricity had been restored to most homes in Chala by Monday night.

INDECI chief Walter Cano Huamán said most of the damaged homes were built of adobe, as in previous earthquakes. In 2007 a magnitude 8.0 quake centred near Pisco killed more than 500 people, many of them in adobe buildings.

"We know what kills in an earthquake in Peru: it is not the quake, it is the house," he said.
''')

_S6_D = _local(
    site="Arequipa Hoy", domain="www.arequipahoy.example",
    url="https://www.arequipahoy.example/region/sismo-chala-caraveli-siete-fallecidos-ayuda",
    headline="Earthquake in Caravelí: seven dead, 131 injured; regional government sends aid to Chala and Atico",
    desc="Trucks with tents, water and food left Arequipa on Monday for the towns hit by the 6.9 earthquake.",
    author="Arequipa Hoy newsroom",
    visible_date=None,
    figure=("Regional government trucks with humanitarian aid leave Arequipa for Chala on Monday.", "Photo: Regional Government of Arequipa"),
    most_read=["Earthquake in Caravelí: seven dead, 131 injured", "Misti volcano: IGP reports normal activity", "FBC Melgar prepares for Copa Sudamericana match", "Frost alert in the Arequipa highlands"],
    related=[("Photo gallery: the earthquake in Chala", "https://www.arequipahoy.example/galeria/sismo-chala"),
             ("How to check whether your house is safe after a quake", "https://www.arequipahoy.example/servicios/vivienda-segura-sismo")],
    ads=(3,), ad_label="Advertisement",
    body='''
Seven people died and 131 were injured in the province of Caravelí as a result of the earthquake of magnitude 6.9 that shook the south of the country at 11:25 p.m. on Sunday, according to the report of the National Civil Defence Institute (INDECI) issued at 5 p.m. on Monday.

The Regional Government of Arequipa sent eight trucks with 600 tents, 20,000 litres of bottled water, blankets and food to Chala and Atico on Monday morning. The convoy left the regional government's warehouse at 7 a.m. and, because of the highway closure, was expected to arrive in the evening.

"We have mobilised everything we have. Our brothers in Caravelí are not alone," said the regional governor, Rosa Elvira Chambi Mamani, before the trucks left.

## Where the victims were

According to INDECI, three people died in Chala, two in Atico, one in Yauca and one in Acarí. The injured were taken to the hospitals of Nazca and Camaná, and eleven people in serious condition were transferred to the Honorio Delgado hospital in Arequipa.

The epicentre was located in the sea, 48 kilometres south-west of Chala, at a depth of 35 kilometres, according to the Geophysical Institute of Peru (IGP). In the city of Arequipa the shaking was strong but caused no major damage. Some residents of the Cercado, Cayma and Yanahuara districts left their homes in the middle of the night.

## Damage

In Acarí, the bell tower of the colonial church of San Jerónimo collapsed. In Chala, the municipal market and a health post suffered cracks, and the municipality ordered the market closed until engineers inspect it.

The Pan-American Highway South was closed for several hours by rockfalls between kilometres 590 and 612, and was reopened to one lane on Monday afternoon.

The electricity company said power was restored to most of its customers in Caravelí during the day.

## Aftershocks

The IGP has recorded dozens of aftershocks. The strongest, of magnitude 5.2, occurred at 2:13 a.m. on Monday.

"It is important that people stay calm, check their houses and do not go back into buildings with large cracks," said engineer Ricardo Quispe Villanueva, director of seismology at the IGP.

## How to help

The regional government has opened a collection centre at its headquarters on Avenida Kennedy in Paucarpata, where residents can donate water, canned food, blankets and hygiene products from 8 a.m. to 6 p.m.

The southern region of Peru was hit in June 2001 by an earthquake of magnitude 8.4, one of the strongest in the country's recent history.
''')

STORY_6 = _story("eq-MF6", "earthquake", "2026-07-22", [
    _page("https://www.pacificcoastwire.example/world/americas/peru-earthquake-chala-arequipa-2026-07-20", _S6_A),
    _page("https://www.panamericananoticias.example/en-vivo/sismo-chala-arequipa-20-julio", _S6_B),
    _page("https://www.limatribune.example/nation/2026/07/21/earthquake-toll-rises-nine-arequipa-coast/", _S6_C),
    _page("https://www.arequipahoy.example/region/sismo-chala-caraveli-siete-fallecidos-ayuda", _S6_D),
], [
    ("local clock time of the quake", r"11:52|\b0?4:52\b|\b0452\b|23:52|11\.52", r"11:25|23:25|11\.25"),
    ("weekday of the quake", r"\bsunday\b", r"\bsaturday\b"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
