"""Part LD of the story battery (web pages).

Written by engineer LD1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LD`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LD1: Peru's central bank (BCRP) cuts its reference rate 25 bp to 4.00% on Thu 12 March 2026; PLANTED: February annual inflation 2.13% vs 2.38% (Lima Ledger), board vote 5-2 vs 6-1 (The Quarter Point newsletter); traps: 25 bp / quarter point, 7 p.m. Lima = midnight GMT, "about 2.1%", February's unanimous hold, forecasts, soles vs dollars, fuller/shorter names and titles of the bank's president.
el-LD2: Cochabamba (Bolivia) governor runoff on Sun 19 April 2026, won by Marcela Vargas Choque; PLANTED: winner's surname Choque vs Chuque (La Paz Chronicle), official declaration at 18:30 vs 20:30 Monday (Valle Alto Digital), municipalities won 31 vs 27 of 47 (Condor Wire); traps: live-blog partial counts growing through the night, first-round percentages, one province's votes vs department totals, Sunday/yesterday/19 April, quotes cut differently.
ct-LD3: Chile's Supreme Court (3-2) annuls the environmental permit for an invented lithium expansion at Salar de Maricunga on Tue 26 May 2026; PLANTED: company chief Etcheverry's title chief executive vs chief financial officer (Radio Cordillera), ruling date Tuesday 26 May vs Monday 25 May (Andean Law Brief), lower court Copiapó vs Antofagasta appeals court (Santiago Standard); traps: dollars vs pesos, tonnes per year now vs planned, the earlier appeals-court date, 60 working days, justice's full/short name.
tr-LD4: Colombia's DANE reports April 2026 exports of US$4,318.6 million, up 6.2%; CONTROL; traps: US$4.32 billion / 17.9 trillion pesos / euros, 6.2% growth vs 6.2 percentage-point share shift, coffee +41.3%, fuels -9.8%, Jan-April total, March figure, April 2025 base, bags vs dollars.
rk-LD5: Peru's CONIDA flies the invented Illapa-2 sounding rocket from Punta Lobos on Sat 18 July 2026, apogee 112.4 km; CONTROL; traps: 09:42 local = 14:42 UTC, km vs miles vs feet, Friday's scrubbed attempt, Illapa-1's 34 km in 2025, live-blog T-minus entries, soles vs dollars, flight duration in minutes/seconds.
eq-LD6: Magnitude 6.4 earthquake near Pallatanga, Ecuador, at 03:17 on Sun 23 August 2026; CONTROL; traps: death toll growing 3 -> 7 -> 11 -> 12 with times, USGS 6.3 vs IG-EPN 6.4 attributed, 08:17 UTC, aftershocks of other magnitudes, km vs miles, one canton's damage vs province totals.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Small helpers shared by the templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _jsonld(kind: str, url: str, headline: str, description: str, site: str, domain: str,
            authors: list[str], date_iso: str | None, modified_iso: str | None,
            image: str, section: str, extra: dict[str, Any] | None = None) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": description,
        "image": [image],
        "articleSection": section,
        "inLanguage": "en",
        "author": ([{"@type": "Person", "name": a} for a in authors]
                   or [{"@type": "Organization", "name": site}]),
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{domain}/static/logo-600x60.png"}},
    }
    if date_iso:
        data["datePublished"] = date_iso
    if modified_iso:
        data["dateModified"] = modified_iso
    if extra:
        data.update(extra)
    blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{blob}\n</script>'


def _meta(title: str, description: str, url: str, image: str, site: str,
          date_iso: str | None, authors: list[str], section: str, keywords: list[str],
          og_type: str = "article") -> str:
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<meta name="keywords" content="{_a(", ".join(keywords))}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:type" content="{og_type}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:title" content="{_a(title)}">',
        f'<meta property="og:description" content="{_a(description)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="{_a(image)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta property="article:section" content="{_a(section)}">',
    ]
    if date_iso:
        parts.append(f'<meta property="article:published_time" content="{date_iso}">')
    for a in authors:
        parts.append(f'<meta name="author" content="{_a(a)}">')
    for k in keywords:
        parts.append(f'<meta property="article:tag" content="{_a(k)}">')
    return "\n".join(parts)


def _body(paras: list[str], ad_after: int = 3, ad_label: str = "Advertisement",
          inline: str = "", inline_after: int = 6) -> str:
    """Paragraph list -> HTML. '## ' starts a subheading, '> ' a pull quote."""
    out: list[str] = []
    n = 0
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
            continue
        if p.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(p[2:])}</p></blockquote>')
            continue
        out.append(f"<p>{_e(p)}</p>")
        n += 1
        if n == ad_after:
            out.append(f'<aside class="ad ad-inarticle" data-slot="mid-1"><span class="ad-label">'
                       f'{ad_label}</span><div class="ad-frame" style="min-height:250px"></div></aside>')
        if inline and n == inline_after:
            out.append(inline)
    return "\n".join(out)


def _related(title: str, links: list[tuple[str, str]], cls: str = "related") -> str:
    items = "\n".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<aside class="{cls}"><h3>{_e(title)}</h3><ul>\n{items}\n</ul></aside>'


def _share(url: str) -> str:
    u = _a(url)
    return ('<div class="share-bar" aria-label="Share this story">'
            f'<a class="share fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share x" href="https://x.example/intent/post?url={u}">X</a>'
            f'<a class="share wa" href="https://wa.example/send?text={u}">WhatsApp</a>'
            f'<a class="share li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            '<button class="share copy" type="button">Copy link</button></div>')


def _cookie(site: str, policy: str) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f"<p>{_e(site)} and its partners use cookies to remember your settings, measure "
            "audiences and show advertising. You can accept them all, refuse the optional ones, "
            f'or choose purpose by purpose. <a href="{_a(policy)}">Read our cookie policy</a>.</p>'
            '<button type="button" class="accept">Accept all</button>'
            '<button type="button" class="reject">Refuse optional</button>'
            '<button type="button" class="settings">Manage choices</button></div>')


def _figure(src: str, caption: str, credit: str, cls: str = "lead-figure") -> str:
    return (f'<figure class="{cls}"><img src="{_a(src)}" alt="{_a(caption)}" loading="lazy" '
            f'width="1200" height="675"><figcaption>{_e(caption)} '
            f'<span class="credit">{_e(credit)}</span></figcaption></figure>')


# ---------------------------------------------------------------------------
# Page templates: each returns a page dict (url + full HTML document)
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, abbr: str, domain: str, path: str, headline: str, dek: str,
               authors: list[str], date_iso: str | None, date_text: str, dateline: str,
               paras: list[str], fig: tuple[str, str, str], related: list[tuple[str, str]],
               section: str, keywords: list[str], modified_iso: str | None = None,
               editing: str = "") -> dict[str, Any]:
    url = f"https://{domain}/{path}"
    title = f"{headline} | {site}"
    img = f"https://media.{domain}/{fig[0]}"
    first = f"{dateline} ({abbr}) - {paras[0]}"
    body = _body([first, *paras[1:]], ad_after=4)
    by = " and ".join(authors)
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 modified_iso, img, section) if date_iso else ""
    time_el = (f'<time datetime="{date_iso}">{_e(date_text)}</time>' if date_iso
               else f"<span class=\"date\">{_e(date_text)}</span>")
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<link rel="stylesheet" href="https://static.{domain}/css/wire.4.12.css">
{ld}
</head>
<body class="wire story">
{_cookie(site, f"https://{domain}/legal/cookies")}
<header class="topbar">
<a class="brand" href="https://{domain}/">{_e(site)}</a>
<nav class="primary"><ul>
<li><a href="https://{domain}/world">World</a></li>
<li><a href="https://{domain}/americas">Americas</a></li>
<li><a href="https://{domain}/business">Business</a></li>
<li><a href="https://{domain}/markets">Markets</a></li>
<li><a href="https://{domain}/science">Science</a></li>
<li><a href="https://{domain}/pictures">Pictures</a></li>
</ul></nav>
<a class="login" href="https://{domain}/account">Client login</a>
</header>
<main id="content">
<div class="breadcrumbs"><a href="https://{domain}/americas">Americas</a> / <a href="https://{domain}/{section.lower().replace(" ", "-")}">{_e(section)}</a></div>
<article class="story-body" data-agency="{_a(abbr)}">
<header class="story-head">
<h1>{_e(headline)}</h1>
<p class="byline">By {_e(by)}</p>
<p class="timestamp">{time_el}</p>
{_share(url)}
</header>
{_figure(img, fig[1], fig[2])}
<div class="story-text">
{body}
</div>
<p class="credits">{_e(editing)}</p>
<p class="trust">Our Standards: The {_e(site)} Trust Principles.</p>
</article>
{_related("More from " + site, related)}
<aside class="ad ad-rail"><span class="ad-label">Advertisement</span><div class="ad-frame" style="min-height:600px"></div></aside>
</main>
<footer class="site-footer">
<ul><li><a href="https://{domain}/about">About us</a></li><li><a href="https://{domain}/careers">Careers</a></li>
<li><a href="https://{domain}/legal/terms">Terms of use</a></li><li><a href="https://{domain}/legal/privacy">Privacy</a></li>
<li><a href="https://{domain}/legal/cookies">Cookies</a></li></ul>
<p>&copy; 2026 {_e(site)}. All rights reserved. Republication or redistribution of {_e(abbr)} content is prohibited without prior written consent.</p>
</footer>
</body>
</html>
"""
    return _page(url, doc)


def _paper_page(*, site: str, domain: str, path: str, headline: str, dek: str,
                authors: list[str], author_note: str, date_iso: str | None, date_text: str,
                paras: list[str], fig: tuple[str, str, str], related: list[tuple[str, str]],
                most_read: list[str], section: str, keywords: list[str],
                modified_iso: str | None = None, updated_text: str = "",
                sep: str = "|", print_note: str = "") -> dict[str, Any]:
    url = f"https://www.{domain}/{path}"
    title = f"{headline} {sep} {site}"
    img = f"https://img.{domain}/{fig[0]}"
    inline = _related("Read more", related[:2], cls="inline-related")
    body = _body(paras, ad_after=3, inline=inline, inline_after=6)
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 modified_iso, img, section) if date_iso else ""
    time_el = (f'<time datetime="{date_iso}" class="published">{_e(date_text)}</time>' if date_iso
               else f'<span class="published">{_e(date_text)}</span>')
    upd = f'<span class="updated">{_e(updated_text)}</span>' if updated_text else ""
    mr = "\n".join(f'<li><a href="https://www.{domain}/most-read/{i}">{_e(t)}</a></li>'
                   for i, t in enumerate(most_read, 1))
    pn = f'<p class="print-note">{_e(print_note)}</p>' if print_note else ""
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<link rel="stylesheet" href="https://www.{domain}/assets/main.css?v=20260301">
<link rel="alternate" type="application/rss+xml" title="{_a(site)} - {_a(section)}" href="https://www.{domain}/{section.lower()}/rss">
{ld}
</head>
<body class="article-page">
{_cookie(site, f"https://www.{domain}/cookies")}
<div class="masthead">
<a class="logo" href="https://www.{domain}/">{_e(site)}</a>
<p class="edition">International edition &middot; <a href="https://www.{domain}/subscribe">Subscribe</a> &middot; <a href="https://www.{domain}/login">Sign in</a></p>
</div>
<nav class="sections"><ul>
<li><a href="https://www.{domain}/news">News</a></li>
<li><a href="https://www.{domain}/politics">Politics</a></li>
<li><a href="https://www.{domain}/economy">Economy</a></li>
<li><a href="https://www.{domain}/region">Region</a></li>
<li><a href="https://www.{domain}/opinion">Opinion</a></li>
<li><a href="https://www.{domain}/culture">Culture</a></li>
<li><a href="https://www.{domain}/sport">Sport</a></li>
</ul></nav>
<aside class="ad ad-leaderboard"><span class="ad-label">Advertisement</span><div class="ad-frame" style="min-height:90px"></div></aside>
<div class="layout">
<main>
<article class="article">
<p class="kicker"><a href="https://www.{domain}/{section.lower()}">{_e(section)}</a></p>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="meta">
<p class="byline">{_e(", ".join(authors))}</p>
<p class="author-note">{_e(author_note)}</p>
<p class="dates">{time_el} {upd}</p>
{_share(url)}
</div>
{_figure(img, fig[1], fig[2])}
<div class="article-body">
{body}
</div>
{pn}
<p class="topics">Topics: {" ".join(f'<a href="https://www.{domain}/topic/{_a(k.lower().replace(" ", "-"))}">{_e(k)}</a>' for k in keywords)}</p>
<div class="comments-teaser"><a href="{_a(url)}#comments">Read readers' comments</a></div>
</article>
{_related("Related coverage", related)}
</main>
<aside class="sidebar">
<section class="most-read"><h3>Most read</h3><ol>
{mr}
</ol></section>
<section class="newsletter-signup"><h3>The morning briefing</h3><p>The stories that matter in the region, in your inbox before breakfast.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
<aside class="ad ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-frame" style="min-height:250px"></div></aside>
</aside>
</div>
<footer class="footer">
<nav><a href="https://www.{domain}/about">About</a> <a href="https://www.{domain}/contact">Contact</a> <a href="https://www.{domain}/corrections">Corrections</a> <a href="https://www.{domain}/privacy">Privacy</a> <a href="https://www.{domain}/cookies">Cookie settings</a></nav>
<p>&copy; {_e(site)} 2026. Registered in accordance with the press law. Content may not be reproduced without permission.</p>
</footer>
</body>
</html>
"""
    return _page(url, doc)


def _broadcast_page(*, site: str, domain: str, path: str, headline: str, dek: str,
                    authors: list[str], date_iso: str | None, date_text: str,
                    paras: list[str], video: tuple[str, str], fig: tuple[str, str, str],
                    related: list[tuple[str, str]], section: str, keywords: list[str],
                    modified_iso: str | None = None, updated_text: str = "") -> dict[str, Any]:
    url = f"https://{domain}/news/{path}"
    title = f"{headline} - {site}"
    img = f"https://cdn.{domain}/images/{fig[0]}"
    body = _body(paras, ad_after=2, ad_label="ADVERTISEMENT")
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 modified_iso, img, section) if date_iso else ""
    time_el = (f'<time datetime="{date_iso}">{_e(date_text)}</time>' if date_iso
               else f"<span>{_e(date_text)}</span>")
    upd = f'<p class="updated">{_e(updated_text)}</p>' if updated_text else ""
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<meta property="og:video" content="https://cdn.{domain}/video/{_a(path)}.mp4">
<link rel="stylesheet" href="https://cdn.{domain}/web/app.css">
{ld}
</head>
<body class="tv-site">
{_cookie(site, f"https://{domain}/privacy#cookies")}
<header class="site-header">
<a class="logo" href="https://{domain}/">{_e(site)}</a>
<a class="watch-live" href="https://{domain}/live">&#9679; Watch live</a>
<nav><a href="https://{domain}/news">News</a> <a href="https://{domain}/news/business">Business</a> <a href="https://{domain}/news/region">Region</a> <a href="https://{domain}/programmes">Programmes</a> <a href="https://{domain}/weather">Weather</a> <a href="https://{domain}/podcasts">Podcasts</a></nav>
</header>
<main>
<article class="news-article">
<h1>{_e(headline)}</h1>
<p class="summary">{_e(dek)}</p>
<div class="video-player" data-src="https://cdn.{domain}/video/{_a(path)}.m3u8">
<img src="https://cdn.{domain}/images/poster-{_a(fig[0])}" alt="">
<p class="video-title">WATCH: {_e(video[0])} <span class="duration">{_e(video[1])}</span></p>
</div>
<div class="byline-block">
<p class="author">By {_e(" and ".join(authors))}, {_e(site)}</p>
<p class="date">{time_el}</p>
{upd}
<button class="listen" type="button">&#9654; Listen to this article</button>
{_share(url)}
</div>
<div class="article-content">
{body}
{_figure(img, fig[1], fig[2], cls="inline-figure")}
</div>
<p class="copyright-note">Copyright 2026 {_e(site)}. All rights reserved.</p>
</article>
<section class="related-videos"><h3>Related videos</h3><ul>
{"".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in related[:2])}
</ul></section>
{_related("More stories", related[2:] or related)}
<aside class="ad"><span class="ad-label">ADVERTISEMENT</span><div class="ad-frame" style="min-height:250px"></div></aside>
</main>
<footer class="site-footer">
<p><a href="https://{domain}/about">About {_e(site)}</a> &middot; <a href="https://{domain}/schedule">TV schedule</a> &middot; <a href="https://{domain}/contact">Contact the newsroom</a> &middot; <a href="https://{domain}/privacy">Privacy &amp; cookies</a></p>
<p>&copy; 2026 {_e(site)}. Broadcasting licence holder.</p>
</footer>
</body>
</html>
"""
    return _page(url, doc)


def _local_page(*, site: str, domain: str, path: str, headline: str, dek: str,
                authors: list[str], date_iso: str | None, date_text: str,
                paras: list[str], fig: tuple[str, str, str], related: list[tuple[str, str]],
                section: str, keywords: list[str], widget: str,
                modified_iso: str | None = None) -> dict[str, Any]:
    url = f"https://{domain}/{path}/"
    title = f"{headline} - {site}"
    img = f"https://{domain}/wp-content/uploads/2026/{fig[0]}"
    body = _body(paras, ad_after=3)
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 modified_iso, img, section) if date_iso else ""
    time_el = (f'<time class="entry-date published" datetime="{date_iso}">{_e(date_text)}</time>'
               if date_iso else f'<span class="entry-date">{_e(date_text)}</span>')
    tags = ", ".join(f'<a href="https://{domain}/tag/{_a(k.lower().replace(" ", "-"))}/" rel="tag">{_e(k)}</a>'
                     for k in keywords)
    doc = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<meta name="generator" content="WordPress 6.8">
<link rel="stylesheet" id="theme-css" href="https://{domain}/wp-content/themes/newsroom/style.css?ver=3.2" media="all">
{ld}
</head>
<body class="post-template-default single single-post">
{_cookie(site, f"https://{domain}/privacy-policy/")}
<div id="page" class="site">
<header id="masthead" class="site-header">
<p class="site-title"><a href="https://{domain}/" rel="home">{_e(site)}</a></p>
<p class="site-description">Local news, every day</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">
<li><a href="https://{domain}/category/news/">News</a></li>
<li><a href="https://{domain}/category/{_a(section.lower())}/">{_e(section)}</a></li>
<li><a href="https://{domain}/category/community/">Community</a></li>
<li><a href="https://{domain}/category/business/">Business</a></li>
<li><a href="https://{domain}/category/events/">Events</a></li>
<li><a href="https://{domain}/contact/">Send us a tip</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{sum(map(ord, path)) * 7 % 90000 + 10000}" class="post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header">
<span class="cat-links"><a href="https://{domain}/category/{_a(section.lower())}/" rel="category tag">{_e(section)}</a></span>
<h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on {time_el}</span> <span class="byline">by <span class="author vcard">{_e(", ".join(authors))}</span></span></div>
</header>
<div class="post-thumbnail">{_figure(img, fig[1], fig[2], cls="wp-block-image")}</div>
<div class="entry-content">
<p class="excerpt"><strong>{_e(dek)}</strong></p>
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span>
{_share(url)}</footer>
</article>
{_related("You may also like", related, cls="jp-relatedposts")}
<div id="comments" class="comments-area"><h2 class="comments-title">Leave a comment</h2><p>Comments are moderated and will appear after review.</p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_text">{widget}</section>
<section class="widget ad"><span class="ad-label">Advertisement</span><div class="ad-frame" style="min-height:250px"></div></section>
<section class="widget widget_search"><form role="search"><input type="search" placeholder="Search"><button>Search</button></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2026 {_e(site)} &middot; <a href="https://{domain}/about/">About</a> &middot; <a href="https://{domain}/advertise/">Advertise with us</a> &middot; <a href="https://{domain}/privacy-policy/">Privacy policy</a></p></footer>
</div>
</body>
</html>
"""
    return _page(url, doc)


def _newsletter_page(*, site: str, domain: str, path: str, headline: str, dek: str,
                     authors: list[str], date_iso: str | None, date_text: str, issue: str,
                     greeting: str, paras: list[str], sponsor: str,
                     related: list[tuple[str, str]], section: str, keywords: list[str],
                     fig: tuple[str, str, str] | None = None) -> dict[str, Any]:
    url = f"https://{domain}/p/{path}"
    title = f"{headline} | {site}"
    img = f"https://{domain}/cdn/{fig[0]}" if fig else f"https://{domain}/cdn/cover.png"
    body = _body(paras, ad_after=4, ad_label="Advertisement")
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 None, img, section) if date_iso else ""
    figure = _figure(img, fig[1], fig[2], cls="nl-figure") if fig else ""
    time_el = (f'<time datetime="{date_iso}">{_e(date_text)}</time>' if date_iso
               else f"<span>{_e(date_text)}</span>")
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<link rel="stylesheet" href="https://{domain}/static/reader.css">
{ld}
</head>
<body class="newsletter-web">
{_cookie(site, f"https://{domain}/privacy")}
<div class="topnav"><a href="https://{domain}/">{_e(site)}</a> <a href="https://{domain}/archive">Archive</a> <a href="https://{domain}/about">About</a> <a class="btn" href="https://{domain}/subscribe">Subscribe</a></div>
<main class="post">
<article class="newsletter-issue">
<p class="issue-line">{_e(issue)} &middot; {time_el}</p>
<h1 class="post-title">{_e(headline)}</h1>
<h3 class="subtitle">{_e(dek)}</h3>
<div class="post-meta"><span class="author">{_e(" & ".join(authors))}</span></div>
{_share(url)}
<div class="body markup">
<p><em>{_e(greeting)}</em></p>
{figure}
{body}
<div class="sponsor-block"><p class="ad-label">Advertisement</p><p>{_e(sponsor)}</p></div>
<p>That's all for this issue. Reply to this email if you spotted something we got wrong; we publish corrections at the top of the next edition.</p>
</div>
</article>
{_related("Recent issues", related)}
</main>
<footer class="nl-footer"><p>You are receiving this because you subscribed to {_e(site)}. <a href="https://{domain}/account/unsubscribe">Unsubscribe</a> &middot; <a href="https://{domain}/account">Manage preferences</a></p>
<p>&copy; 2026 {_e(site)}. Forwarded this? <a href="https://{domain}/subscribe">Sign up here</a>.</p></footer>
</body>
</html>
"""
    return _page(url, doc)


def _live_page(*, site: str, domain: str, path: str, headline: str, dek: str,
               authors: list[str], date_iso: str | None, date_text: str,
               key_points: list[str], entries: list[tuple[str, str, str, list[str]]],
               related: list[tuple[str, str]], section: str, keywords: list[str],
               fig: tuple[str, str, str], modified_iso: str | None = None,
               status: str = "LIVE") -> dict[str, Any]:
    """entries: (visible clock label, ISO timestamp, entry title, paragraphs), newest first."""
    url = f"https://{domain}/live/{path}"
    title = f"{headline} - {site}"
    img = f"https://img.{domain}/live/{fig[0]}"
    ld = _jsonld("NewsArticle", url, headline, dek, site, domain, authors, date_iso,
                 modified_iso, img, section,
                 extra={"coverageStartTime": date_iso} if date_iso else None) if date_iso else ""
    kp = "\n".join(f"<li>{_e(k)}</li>" for k in key_points)
    ents: list[str] = []
    for i, (label, iso, etitle, eparas) in enumerate(entries):
        ps = "\n".join(f"<p>{_e(p)}</p>" for p in eparas)
        ents.append(f'<div class="live-entry" id="entry-{len(entries) - i}">'
                    f'<p class="entry-time"><time datetime="{iso}">{_e(label)}</time></p>'
                    f"<h2>{_e(etitle)}</h2>\n{ps}\n"
                    f'<div class="entry-share"><a href="{_a(url)}#entry-{len(entries) - i}">Link to this post</a></div></div>')
        if i == 2:
            ents.append('<aside class="ad ad-live"><span class="ad-label">Advertisement</span>'
                        '<div class="ad-frame" style="min-height:250px"></div></aside>')
    time_el = (f'<time datetime="{date_iso}">{_e(date_text)}</time>' if date_iso
               else f"<span>{_e(date_text)}</span>")
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(title, dek, url, img, site, date_iso, authors, section, keywords)}
<meta http-equiv="refresh" content="120">
<link rel="stylesheet" href="https://static.{domain}/live.css">
{ld}
</head>
<body class="liveblog">
{_cookie(site, f"https://{domain}/cookie-policy")}
<header class="global-nav"><a class="logo" href="https://{domain}/">{_e(site)}</a>
<nav><a href="https://{domain}/news">News</a> <a href="https://{domain}/live">Live</a> <a href="https://{domain}/audio">Radio</a> <a href="https://{domain}/region">Region</a> <a href="https://{domain}/business">Business</a></nav></header>
<main>
<article class="live-blog">
<p class="live-badge">{_e(status)}</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<p class="live-meta">Edited by {_e(", ".join(authors))} &middot; Started {time_el}</p>
{_share(url)}
{_figure(img, fig[1], fig[2])}
<section class="key-points"><h2>Key points</h2><ul>
{kp}
</ul></section>
<div class="live-feed">
{chr(10).join(ents)}
</div>
</article>
{_related("Further reading", related)}
</main>
<footer><p><a href="https://{domain}/about">About us</a> &middot; <a href="https://{domain}/cookie-policy">Cookies</a> &middot; <a href="https://{domain}/terms">Terms</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""
    return _page(url, doc)


# ===========================================================================
# Story 1 - cb-LD1: Peru's central bank cuts its reference rate
# ===========================================================================
# Facts: BCRP board cut the reference rate 25 bp from 4.25% to 4.00% on Thursday 12 March 2026;
# statement published at 19:00 Lima time (00:00 GMT Friday 13 March). Vote 5-2: directors
# Gonzalo Tapia Ferreyros and Ines Mallqui Rojas wanted to hold. February 12-month inflation
# (Lima, INEI) 2.13%; core 1.96%; target range 1%-3%; 12-month expectations 2.05%.
# Previous move: September 2025, 4.50% -> 4.25%; 12 February 2026 meeting held unanimously.
# Next meeting Thursday 9 April. Sol closed 3.672 per dollar Thursday, 3.683 Friday midday.
# President Teodoro Vilcapoma Arana briefed reporters Friday 13 March at 09:00.
# GDP grew 3.2% in 2025; BCRP December forecast 3.0% growth in 2026, inflation 2.0% by December.
# PLANTED: Lima Ledger gives February inflation as 2.38%; The Quarter Point gives the vote as 6-1.

_CB_STATEMENT = ("With expectations settled inside the target band, the Board judged that the "
                 "policy stance could be eased by a modest step without putting price stability "
                 "at risk. Any further move will depend on what the coming inflation and "
                 "activity data show.")

_CB_RELATED_WIRE = [
    ("Peru's fishmeal exporters brace for a shorter first anchovy season",
     "https://pacandeswire.example/business/peru-fishmeal-season-2026-03-10"),
    ("Chile's peso slips as copper retreats from February highs",
     "https://pacandeswire.example/markets/chile-peso-copper-2026-03-11"),
    ("Colombia's finance ministry sells local bonds at lower yields",
     "https://pacandeswire.example/markets/colombia-tes-auction-2026-03-11"),
    ("Bolivia's fuel imports strain dollar reserves, traders say",
     "https://pacandeswire.example/americas/bolivia-fuel-dollars-2026-03-09"),
]

CB_A = _wire_page(
    site="Pacific Andes Wire", abbr="PAW", domain="pacandeswire.example",
    path="markets/peru-central-bank-rate-cut-2026-03-12",
    headline="Peru central bank trims reference rate to 4.00% in split decision",
    dek="Board votes 5-2 for a quarter-point cut as inflation holds near the middle of the target band.",
    authors=["Renata Ocampo", "Diego Huarcaya"],
    date_iso="2026-03-12T19:24:00-05:00", date_text="March 12, 2026 7:24 PM GMT-5",
    dateline="LIMA, March 12",
    section="Markets", keywords=["Peru", "BCRP", "Interest rates", "Inflation"],
    fig=("2026/03/bcrp-facade.jpg",
         "The headquarters of Peru's central bank in central Lima, pictured in January.",
         "PAW/Hugo Quiroz"),
    related=_CB_RELATED_WIRE,
    editing="Reporting by Renata Ocampo and Diego Huarcaya; editing by Paul Westcott",
    paras=[
        "Peru's central bank lowered its benchmark interest rate by 25 basis points to 4.00% on "
        "Thursday, its first move in six months, as a divided board concluded that inflation "
        "sitting close to the middle of its target range left space for slightly cheaper credit.",
        "The board of the Banco Central de Reserva del Perú (BCRP) voted 5-2 for the reduction, "
        "according to the policy statement published at 7 p.m. local time. Directors Gonzalo "
        "Tapia Ferreyros and Inés Mallqui Rojas preferred to keep the rate at 4.25%, the bank "
        "said.",
        "In a short note attached to the statement, the two dissenters said they wanted more "
        "time to gauge how a warmer-than-normal sea off the northern coast might affect food "
        "prices in the second quarter. The bank does not usually publish individual votes, but "
        "began attaching a summary of dissenting views last year.",
        "Nine of the 14 economists polled by PAW last week had forecast a cut, while the other "
        "five expected the bank to wait for more data and move in April.",
        "Twelve-month inflation in Lima stood at 2.13% in February, according to the national "
        "statistics institute INEI, comfortably inside the bank's target range of 1% to 3%. "
        "Core inflation, which strips out food and energy, was 1.96%.",
        f"\u201c{_CB_STATEMENT}\u201d the board said in its statement.",
        "The cut is the first since September 2025, when the bank lowered the rate to 4.25% "
        "from 4.50%. At its previous meeting on Feb. 12 the board kept the rate on hold in a "
        "unanimous decision.",
        "Inflation expectations for the next 12 months were 2.05% in February, the statement "
        "said. That leaves the real policy rate at roughly 1.95%, still a little above the "
        "level of about 1.75% that bank staff consider neutral for the economy.",
        "The sol closed at 3.672 per dollar on Thursday, before the decision was released. "
        "Traders said they expected only a limited reaction on Friday because most local banks "
        "had already priced in a reduction this quarter.",
        "Peru's economy grew 3.2% in 2025, helped by record gold prices and a recovery in "
        "construction. In its December inflation report the central bank forecast growth of "
        "3.0% this year and projected that inflation would end 2026 at 2.0%, exactly at the "
        "midpoint of the target.",
        "Central bank president Teodoro Vilcapoma Arana, who has led the institution since "
        "January, is scheduled to take questions from reporters at 9 a.m. on Friday at the "
        "bank's headquarters. He has repeatedly said that the board would not commit in "
        "advance to a sequence of rate moves.",
        "Some economists said the split vote suggested the board would be cautious about "
        "following up quickly. \u201cA 5-2 vote tells you the doves won the argument this month, "
        "but not by a landslide,\u201d said Ximena Cornejo, senior economist at the Lima "
        "brokerage Inversiones Pachacamac. \u201cI would not count on back-to-back cuts.\u201d",
        "Others pointed to weak credit growth. Loans to small businesses rose at their slowest "
        "pace in two years in January, according to figures from the banking regulator, and "
        "lenders have tightened their conditions for consumer credit cards.",
        "The board is next scheduled to meet on April 9. The bank will publish its March "
        "inflation report, with updated forecasts, later this month.",
    ],
)

_CB_VILCAPOMA = ("We are not starting a cycle of cuts on autopilot. Each meeting will be decided "
                 "on its own evidence, and the evidence this month pointed to a small reduction.")

CB_B = _paper_page(
    site="The Lima Ledger", domain="limaledger.example",
    path="economy/2026/03/13/central-bank-cuts-rate-vilcapoma-briefing",
    headline="Central bank cuts rates, but Vilcapoma warns against betting on a run of reductions",
    dek="The reference rate falls to 4% after a divided board vote; the bank's president tells "
        "reporters that April's decision is still open.",
    authors=["Mariana Salcedo Ruiz"],
    author_note="Mariana Salcedo Ruiz covers the economy and financial markets for The Lima Ledger.",
    date_iso="2026-03-13T14:30:00-05:00", date_text="Friday 13 March 2026, 14:30",
    modified_iso="2026-03-13T16:05:00-05:00", updated_text="Updated 16:05",
    section="Economy", keywords=["Central bank", "Interest rates", "Inflation", "Peruvian sol"],
    fig=("2026/03/13/vilcapoma-briefing.jpg",
         "Teodoro Vilcapoma Arana, president of the central bank, at Friday's briefing.",
         "Photo: Lima Ledger / Carmen Ayala"),
    related=[
        ("What a lower reference rate means for your mortgage",
         "https://www.limaledger.example/economy/2026/03/13/mortgage-explainer"),
        ("Small firms still struggle to get credit, survey finds",
         "https://www.limaledger.example/economy/2026/03/02/small-firms-credit-survey"),
        ("Opinion: The central bank's independence is worth defending",
         "https://www.limaledger.example/opinion/2026/03/08/central-bank-independence"),
        ("Gold miners in La Libertad report record quarterly sales",
         "https://www.limaledger.example/region/2026/03/06/la-libertad-gold-sales"),
    ],
    most_read=["Metropolitano buses to run later on weekends",
               "Peru names squad for South American qualifiers",
               "Cusco hotels report strong bookings for Easter",
               "Congress committee approves pension withdrawal bill",
               "Central bank cuts rates, but Vilcapoma warns against betting on a run of reductions"],
    print_note="A version of this article appears in the Saturday print edition.",
    paras=[
        "The president of Peru's central bank said on Friday that the institution had not "
        "embarked on a long easing cycle, a day after its board lowered the reference rate by a "
        "quarter of a percentage point to 4% in a split vote.",
        f"\u201c{_CB_VILCAPOMA}\u201d Teodoro Vilcapoma Arana told reporters at the bank's "
        "headquarters in central Lima on Friday morning.",
        "The seven-member board voted five to two on Thursday evening to take the rate down "
        "from 4.25%, the level at which it had stood since September. The decision was "
        "announced at 7pm, as usual after the monthly meeting.",
        "Vilcapoma said the board had been encouraged by the path of prices. Annual inflation "
        "in Lima stood at 2.38% in February, according to the statistics institute INEI, while "
        "core inflation, which excludes food and energy, was 1.96%. Both are inside the bank's "
        "target range of 1% to 3%.",
        "## A divided board",
        "The two directors who voted to keep the rate unchanged, Gonzalo Tapia Ferreyros and "
        "Inés Mallqui Rojas, said in a note published with the decision that they wanted to "
        "see how warmer sea temperatures off the northern coast would affect harvests and "
        "food prices before easing.",
        "Asked whether the dissent weakened the decision, Vilcapoma said disagreement was a "
        "sign of a healthy debate. He said the board had discussed both a pause and a cut, and "
        "that nobody had argued for a larger reduction.",
        "The central bank president also played down concerns that lower rates could weaken "
        "the sol. The currency traded at 3.683 per dollar at midday on Friday, slightly weaker "
        "than Thursday's close of 3.672, in what dealers described as a quiet session.",
        "> Each meeting will be decided on its own evidence.",
        "## Reaction from lenders and business",
        "Alfonso Rebaza, chief economist at Banco Andino del Sur, said he expected commercial "
        "banks to pass the cut on to corporate borrowers within weeks, but more slowly to "
        "households. \u201cCredit card rates in Peru barely move with the policy rate,\u201d he "
        "said. \u201cWhere you will see it is in working-capital loans for medium-sized firms.\u201d",
        "The association of small and micro businesses welcomed the decision but said it would "
        "make little difference without changes to guarantee programmes. Its president, "
        "Evaristo Chumpitaz, said many of its members were paying annual rates above 30% on "
        "short-term loans.",
        "Real-estate developers were more upbeat. The chamber that represents Lima's housing "
        "builders said lower funding costs, combined with the state-backed mortgage scheme for "
        "first-time buyers, could revive sales of mid-priced flats, which fell last year in "
        "districts such as Surquillo and Jesús María.",
        "Not everyone was convinced the timing was right. A former director of the bank, "
        "speaking on condition of anonymity because he still advises the institution on "
        "research projects, said the majority had given too little weight to the weather "
        "risks raised by the dissenters. \u201cIf the sea stays warm into May, the food "
        "numbers could look very different,\u201d he said.",
        "Economists said the balance of the board would be tested at the next meeting, on 9 "
        "April. The central bank will publish its March inflation report, with new forecasts "
        "for growth and prices, before then.",
        "In December the bank projected that the economy would grow 3.0% this year, after "
        "expanding 3.2% in 2025, and that inflation would close 2026 at 2.0%.",
        "Vilcapoma, who took over as president of the BCRP in January, declined to comment on "
        "the political calendar, but said the bank's forecasts assumed no major change in fiscal "
        "policy. He added that the board would watch the government's spending plans closely.",
    ],
)

CB_C = _broadcast_page(
    site="Andean Business Television", domain="abtv.example",
    path="business/peru-rate-cut-what-it-means-2026-03-12",
    headline="Peru's central bank lowers rates for first time since September",
    dek="Borrowing costs ease a quarter of a point after a vote that split the bank's board, "
        "with inflation running at about 2.1 per cent.",
    authors=["Lucía Pardo"],
    date_iso="2026-03-12T21:10:00-05:00", date_text="Published 9:10 PM PET, Thu 12 March 2026",
    modified_iso="2026-03-12T22:40:00-05:00", updated_text="Updated 10:40 PM PET",
    video=("Peru's central bank cuts rates: what it means for your loans", "2:47"),
    section="Business", keywords=["Peru", "Central bank", "Rates", "Economy"],
    fig=("2026/03/lima-exchange-house.jpg",
         "A money changer counts notes on Avenida Larco in Miraflores, Lima.",
         "ABTV / Gabriel Nestares"),
    related=[
        ("Video: Lima's money changers on a quiet day for the sol",
         "https://abtv.example/video/lima-money-changers-2026-03-12"),
        ("Video: Economists debate how far rates can fall",
         "https://abtv.example/video/economists-rates-debate-2026-03-11"),
        ("Copper miners in southern Peru renew wage talks",
         "https://abtv.example/news/business/southern-peru-wage-talks-2026-03-10"),
        ("Ecuador's bond prices climb on new IMF disbursement",
         "https://abtv.example/news/region/ecuador-bonds-imf-2026-03-09"),
    ],
    paras=[
        "Peru's central bank cut its key interest rate on Thursday for the first time since "
        "September, lowering it by 25 basis points to 4 per cent after a board meeting that "
        "ended in an unusually open split.",
        "The decision was published at 7 p.m. in Lima, which was midnight GMT. Five members of "
        "the seven-strong board backed the cut and two wanted to keep the rate at 4.25 per cent. "
        "The bank's statement spelled out the split: five votes to two.",
        "Inflation has cooled steadily over the past year. Prices in Lima were about 2.1 per "
        "cent higher in February than a year earlier, close to the middle of the central bank's "
        "target range of between 1 and 3 per cent.",
        "\u201cWith expectations settled inside the target band, the Board judged that the policy "
        "stance could be eased by a modest step without putting price stability at risk,\u201d the "
        "bank said in the statement, adding that any further move would depend on upcoming data.",
        "The two dissenters, directors Gonzalo Tapia and Inés Mallqui, pointed to the risk "
        "that unusually warm waters off the northern coast could push up the prices of fish, "
        "lemons and other fresh produce in the coming months.",
        "Economist Carla Benavente, of the Lima consultancy Macroandina, told ABTV's evening "
        "programme that the move was modest but symbolically important. \u201cFor six months the "
        "message was patience. Tonight the message is that the bank is comfortable with where "
        "inflation is, and that matters for how banks price loans,\u201d she said.",
        "## What it means for borrowers",
        "A lower reference rate makes it cheaper for commercial banks to borrow from each other "
        "and from the central bank, and over time that tends to filter through to the rates "
        "charged on business loans and, more slowly, on mortgages.",
        "Benavente said households should not expect an immediate change in what they pay. "
        "Most mortgages in Peru are at fixed rates, and the rates on credit cards and consumer "
        "loans depend much more on the lender's view of the borrower's risk than on the "
        "central bank.",
        "For companies, the picture is different. Medium-sized firms that refinance working "
        "capital every few months are likely to see the cut first, she said.",
        "## The wider picture",
        "Peru's economy expanded 3.2 per cent last year. The central bank expects growth of "
        "3.0 per cent in 2026 and inflation of 2.0 per cent at the end of the year, according to "
        "forecasts it published in December.",
        "The central bank's president, Teodoro Vilcapoma, has said the bank will not tie itself "
        "to a fixed path. He is due to meet the press on Friday morning.",
        "The sol ended Thursday's session at 3.672 per dollar, before the announcement. "
        "Currency dealers contacted by ABTV said they did not expect a large reaction, since "
        "the cut had been widely anticipated by local banks and pension funds.",
        "Business groups had been calling for lower rates since late last year, arguing that "
        "private investment would struggle to recover while credit remained expensive. The "
        "national chamber of commerce said in a statement on Thursday night that the decision "
        "was a step in the right direction and urged the government to speed up approvals "
        "for infrastructure projects.",
        "The board meets next on 9 April, when it will have the March inflation figures in "
        "hand.",
    ],
)

CB_D = _newsletter_page(
    site="The Quarter Point", domain="quarterpoint.example",
    path="peru-cuts-andean-rates-watch",
    headline="Peru blinks first: 25bp off the reference rate",
    dek="The BCRP cuts to 4.00%, Vilcapoma tries to cool expectations, and what it means for the "
        "rest of the Andes.",
    authors=["Tomás Echeverría"],
    date_iso=None, date_text="Friday 13 March 2026", issue="Issue 118",
    greeting="Good afternoon, and welcome to The Quarter Point, a twice-weekly note on Andean "
             "central banks and currencies.",
    section="Central banks", keywords=["BCRP", "Peru", "Monetary policy", "Andean FX"],
    sponsor="This issue is supported by Cumbre Analytics, whose daily FX dashboard covers every "
            "Andean currency pair. Try it free for a month.",
    fig=("peru-rate-chart.png",
         "Peru's reference rate since 2024, in per cent. Source: BCRP.",
         "Chart: The Quarter Point"),
    related=[
        ("Issue 117: Chile's copper windfall and the peso",
         "https://quarterpoint.example/p/chile-copper-windfall-peso"),
        ("Issue 116: Why Colombia's hawks are not done yet",
         "https://quarterpoint.example/p/colombia-hawks-not-done"),
        ("Issue 115: Bolivia's dollar queues, explained",
         "https://quarterpoint.example/p/bolivia-dollar-queues"),
    ],
    paras=[
        "## Peru: the cut is in",
        "The BCRP did what most of the sell side expected and took 25bp off the reference rate "
        "on Thursday evening, bringing it to 4.00% from 4.25%. It is the first move since "
        "September 2025, when the bank cut from 4.50%.",
        "The headline number is less interesting than the vote. The board split 6-1, with "
        "director Gonzalo Tapia Ferreyros the lone voice for a hold, citing food-price risks "
        "from warm water off the northern coast. In February the board had held unanimously.",
        "The data gave the majority cover. Lima inflation was 2.13% year on year in February, "
        "core was 1.96%, and 12-month expectations sat at 2.05%, all comfortably inside the "
        "1%-3% target range. With the policy rate at 4.00%, the ex-ante real rate is just under "
        "2%, still above the staff's estimate of neutral, which we understand to be around 1.75%.",
        "## Vilcapoma pushes back",
        "At his briefing on Friday morning, BCRP president Teodoro Vilcapoma Arana tried hard "
        "to stop the market from extrapolating. \u201cWe are not starting a cycle of cuts on "
        "autopilot,\u201d he said, repeating the line twice when pressed by reporters.",
        "We read that as a genuine signal rather than boilerplate. Vilcapoma has been in the "
        "job only since January and has been keen to show that the bank can ease without "
        "looking as if it is responding to political pressure for cheaper credit.",
        "Our base case is a hold on 9 April and another 25bp in May or June, conditional on "
        "the March inflation report confirming the bank's December projections of 3.0% growth "
        "and 2.0% inflation at year-end.",
        "## Market reaction",
        "Muted. The sol was at 3.683 per dollar around midday on Friday against a close of "
        "3.672 on Thursday. Short-dated government bonds rallied a few basis points at the "
        "open and then gave most of it back. Swap markets are pricing a total of about 50bp of "
        "cuts over the next twelve months, which looks about right to us.",
        "## Around the region",
        "Chile: the central bank meets later this month. Our contacts in Santiago expect no "
        "change, with the governor's recent speeches stressing services inflation.",
        "Colombia: the Banco de la República remains the most hawkish of the Andean group, and "
        "the split on its board is the mirror image of Peru's, with a minority pushing for "
        "cuts. We do not expect a move before the second half.",
        "Bolivia: no policy-rate story to speak of, but the official exchange rate is under "
        "more strain than at any point since the currency regime was set up. We will have more "
        "on this in the next issue.",
        "Ecuador: dollarised, so no rate decisions, but sovereign spreads have narrowed sharply "
        "since the last IMF review.",
        "## One more thing",
        "Several readers asked why the BCRP publishes its decisions at 7 p.m. rather than "
        "during market hours. The short answer is that it gives local banks a night to digest "
        "the statement before trading opens, and it keeps the announcement away from the "
        "daily fixing of the exchange rate. For readers in Europe it means the statement lands "
        "at midnight GMT, which is why our Thursday-evening alert went out so late.",
    ],
)

STORY_1 = _story("cb-LD1", "central bank", "2026-03-15", [CB_A, CB_B, CB_C, CB_D], [
    ("February annual inflation", r"2\.13|\b2\.1 per ?cent|\b2\.1%", r"2\.38"),
    ("board vote split", r"\b5-2\b|five (?:votes )?to two", r"\b6-1\b|six (?:votes )?to one"),
])


# ===========================================================================
# Story 2 - el-LD2: Cochabamba governor runoff (Bolivia)
# ===========================================================================
# Facts: runoff for governor of Cochabamba department on Sunday 19 April 2026 (Bolivia, UTC-4).
# Marcela Vargas Choque (Alianza Valles Unidos, 46, former mayor of Tiquipaya) beat Efrain
# Torrico Mendieta (Movimiento Cochabamba Primero). Official count (TED Cochabamba, 100% of tally
# sheets): Vargas 612,430 (53.4% of valid votes), Torrico 534,517 (46.6%); blank 38,210,
# null 61,455; 1,452,380 registered; turnout 85.8%. Vargas won 31 of the 47 municipalities;
# Torrico won Cercado province (the city) with 51.2%; Vargas won Punata province with 69.4% (Torrico 30.6%).
# TED president Ruben Ayaviri Mamani declared the official result on Monday 20 April at 18:30
# (22:30 GMT). Polls closed 16:00 Sunday. Torrico conceded at about 23:10 Sunday. First round
# Sunday 22 March: Vargas 38.2%, Torrico 29.7%. Swearing-in Monday 4 May.
# Preliminary counts (live blog): 38.4% counted -> Vargas 54.6%; 81.2% -> 53.8%;
# 97.6% -> 53.5%; a private quick count put Vargas at 53.1%.
# PLANTED: La Paz Chronicle spells the surname "Chuque"; Valle Alto Digital says the result was
# declared at 8.30 p.m.; Condor Wire says Vargas won 27 of the 47 municipalities.

_EL_VARGAS = ("Cochabamba voted for water, for roads and for an end to the quarrels between the "
              "city and the countryside. From tomorrow I will govern for those who did not vote "
              "for me as well.")
_EL_TORRICO = ("The people have spoken and I accept it without reservations. I called Marcela "
               "Vargas to congratulate her and to offer my help wherever Cochabamba needs it.")

EL_A = _live_page(
    site="Radio Tunari Noticias", domain="tunarinoticias.example",
    path="cochabamba-runoff-results-2026-04-19",
    headline="Cochabamba runoff: Vargas heads for victory as count passes 97%",
    dek="Live updates from the second round of the race for governor of Cochabamba, with "
        "preliminary results, reaction and the candidates' speeches.",
    authors=["Noemí Quiroga", "Hernán Rocabado"],
    date_iso="2026-04-19T15:30:00-04:00", date_text="Sunday 19 April 2026, 15:30",
    modified_iso="2026-04-20T00:05:00-04:00", status="LIVE - coverage ended",
    section="Elections", keywords=["Cochabamba", "Elections 2026", "Runoff", "Governor"],
    fig=("cochabamba-tally.jpg",
         "Polling station officials count ballots at a school in Quillacollo on Sunday.",
         "Radio Tunari / Wilder Antezana"),
    related=[
        ("Who is Marcela Vargas Choque?",
         "https://tunarinoticias.example/profiles/marcela-vargas-choque"),
        ("Who is Efraín Torrico Mendieta?",
         "https://tunarinoticias.example/profiles/efrain-torrico-mendieta"),
        ("How Bolivia's runoff rules work",
         "https://tunarinoticias.example/explainers/bolivia-runoff-rules"),
    ],
    key_points=[
        "Marcela Vargas Choque of Alianza Valles Unidos leads with 53.5% with 97.6% of tally "
        "sheets counted in the preliminary system.",
        "Efraín Torrico Mendieta of Movimiento Cochabamba Primero conceded shortly after 11 p.m.",
        "The official count by the departmental electoral tribunal continues on Monday.",
    ],
    entries=[
        ("00:05", "2026-04-20T00:05:00-04:00", "We are closing this live coverage", [
            "With 97.6% of tally sheets processed in the preliminary system, Marcela Vargas Choque "
            "has 53.5% of the valid votes and Efraín Torrico Mendieta 46.5%. The gap is too wide "
            "to close with the sheets still outstanding, most of them from remote areas of the "
            "Ayopaya and Tapacarí provinces.",
            "The preliminary figures have no legal weight. The departmental electoral tribunal "
            "(TED) will carry on with its official count on Monday and will proclaim the result "
            "once every tally sheet has been checked. Thank you for following the night with us.",
        ]),
        ("23:32", "2026-04-19T23:32:00-04:00", "Vargas: 'From tomorrow I will govern for those who did not vote for me'", [
            "Speaking to several thousand supporters in the Plaza 14 de Septiembre, Vargas "
            f"thanked her campaign volunteers and the polling station officials. \u201c{_EL_VARGAS}\u201d",
            "She promised that her first decision as governor would be to set up a joint "
            "commission with the mayors of the metropolitan area on water supply, and said she "
            "would ask the national government for an urgent meeting on the road to the "
            "tropics of Cochabamba.",
        ]),
        ("23:10", "2026-04-19T23:10:00-04:00", "Torrico concedes", [
            "Efraín Torrico has conceded defeat in a short statement at his campaign "
            f"headquarters on Avenida Ayacucho. \u201c{_EL_TORRICO}\u201d",
            "Torrico did not take questions. A member of his team told Radio Tunari that the "
            "party would still follow the official count closely in Cercado, where it believes "
            "it has won comfortably.",
        ]),
        ("21:58", "2026-04-19T21:58:00-04:00", "Count passes 80%", [
            "The preliminary system now shows 81.2% of tally sheets counted. Vargas has 53.8% "
            "and Torrico 46.2%. The gap has narrowed slightly as more urban sheets come in, but "
            "not by enough to change the picture.",
        ]),
        ("21:15", "2026-04-19T21:15:00-04:00", "The city leans Torrico, the valleys lean Vargas", [
            "In Cercado province, which is the city of Cochabamba itself, Torrico leads with "
            "51.6% against 48.4% for Vargas with about 70% of its sheets counted. Vargas, by "
            "contrast, is winning by wide margins in the Valle Alto and in Chapare.",
            "Our political analyst, Gonzalo Zurita, says the pattern mirrors the first round. "
            "\u201cTorrico needed to win the city by ten points to have a chance. He is winning it "
            "by three,\u201d he said on air.",
        ]),
        ("20:05", "2026-04-19T20:05:00-04:00", "First preliminary results", [
            "The electoral tribunal's preliminary results system has published its first "
            "figures. With 38.4% of tally sheets counted, Vargas has 54.6% of valid votes and "
            "Torrico 45.4%. Early sheets tend to come from rural areas, where Vargas was strong "
            "in March, so expect this lead to shrink.",
        ]),
        ("19:10", "2026-04-19T19:10:00-04:00", "Quick count favours Vargas", [
            "A quick count by the polling firm Encuestas Illimani, based on a sample of 600 "
            "polling stations, gives Vargas 53.1% and Torrico 46.9%. The firm puts its margin "
            "of error at 1.5 percentage points.",
        ]),
        ("17:40", "2026-04-19T17:40:00-04:00", "High turnout expected", [
            "A member of the electoral tribunal told reporters that turnout appeared similar to "
            "the first round. Voting is compulsory in Bolivia, and 1,452,380 people were "
            "registered to vote in the department.",
        ]),
        ("16:00", "2026-04-19T16:00:00-04:00", "Polls close", [
            "Polling stations across Cochabamba closed at 4 p.m. Those still in line at closing "
            "time are allowed to vote. Counting takes place in public at each table, and party "
            "delegates sign the tally sheets before they are sent to the tribunal.",
        ]),
        ("15:30", "2026-04-19T15:30:00-04:00", "Welcome to our live coverage", [
            "Good afternoon. Cochabamba is choosing its governor in a runoff between Marcela "
            "Vargas Choque, a former mayor of Tiquipaya, and Efraín Torrico Mendieta, a "
            "businessman and former member of the departmental assembly.",
            "In the first round on 22 March, Vargas won 38.2% of the valid votes and Torrico "
            "29.7%. Because no candidate passed 50%, or reached 40% with a lead of at least ten "
            "points, the two leading candidates went through to today's second round.",
        ]),
    ],
)

EL_B = _wire_page(
    site="Condor Wire", abbr="Condor", domain="condorwire.example",
    path="americas/bolivia-cochabamba-governor-official-result-2026-04-20",
    headline="Bolivia's Cochabamba confirms Vargas as governor-elect after official count",
    dek="The departmental electoral tribunal proclaims Marcela Vargas Choque the winner of "
        "Sunday's runoff with 53.4% of valid votes.",
    authors=["Julián Terrazas"],
    date_iso="2026-04-20T19:05:00-04:00", date_text="20 April 2026, 19:05 (GMT-4)",
    dateline="COCHABAMBA, Bolivia, April 20",
    section="Elections", keywords=["Bolivia", "Cochabamba", "Elections", "Regional government"],
    fig=("2026/04/vargas-celebrates.jpg",
         "Marcela Vargas Choque greets supporters in Cochabamba's main square on Sunday night.",
         "Condor/Ana Lucía Gutiérrez"),
    related=[
        ("Bolivia's lowland governors press for fuel-import changes",
         "https://condorwire.example/americas/bolivia-lowland-governors-fuel-2026-04-17"),
        ("Santa Cruz soy farmers count losses after late rains",
         "https://condorwire.example/business/santa-cruz-soy-rains-2026-04-15"),
        ("Peru's Congress opens debate on regional election reform",
         "https://condorwire.example/americas/peru-regional-election-reform-2026-04-14"),
    ],
    editing="Reporting by Julián Terrazas; editing by Clara Montes",
    paras=[
        "Electoral authorities in Bolivia's Cochabamba department on Monday proclaimed Marcela "
        "Vargas Choque the winner of Sunday's runoff for governor, after an official count that "
        "confirmed the lead she had built on election night.",
        "Vargas, of the Alianza Valles Unidos, received 612,430 votes, or 53.4% of valid votes, "
        "against 534,517, or 46.6%, for Efraín Torrico Mendieta of the Movimiento Cochabamba "
        "Primero, the departmental electoral tribunal (TED) said.",
        "Tribunal president Rubén Ayaviri Mamani read out the results at 18:30 local time "
        "(2230 GMT) at the tribunal's offices in the city of Cochabamba, after the last tally "
        "sheets from the Ayopaya and Tapacarí provinces had been checked.",
        "Turnout was 85.8% of the 1,452,380 registered voters. Blank ballots numbered 38,210 "
        "and spoiled ballots 61,455, the tribunal said. Voting is compulsory in Bolivia.",
        "Vargas won in 27 of the 47 municipalities in the department, with her strongest "
        "results in the Valle Alto and in the tropical Chapare region. Torrico carried Cercado "
        "province, which corresponds to the city of Cochabamba, with 51.2% of valid votes.",
        "Torrico conceded late on Sunday, before the official count was complete. \u201cThe "
        "people have spoken and I accept it without reservations,\u201d he told supporters at "
        "his campaign offices.",
        "In a victory speech in the city's main square on Sunday night, Vargas, a 46-year-old "
        "former mayor of Tiquipaya, promised to prioritise water supply for the metropolitan "
        "area, which suffered months of rationing last year.",
        f"\u201c{_EL_VARGAS}\u201d she said.",
        "Vargas came first in the first round on March 22 with 38.2% of valid votes, ahead of "
        "Torrico with 29.7%. Under Bolivian law a candidate for governor must win more than "
        "50% of valid votes, or at least 40% with a lead of ten points over the runner-up, to "
        "avoid a runoff.",
        "Cochabamba, Bolivia's third most populous department, is a major producer of milk, "
        "fruit and flowers and sits on the main road and rail corridor between the highlands "
        "and the eastern lowlands. Governors control significant budgets for roads, hospitals "
        "and irrigation, though much of their revenue depends on transfers from the central "
        "government linked to hydrocarbon taxes, which have shrunk as gas output has fallen.",
        "Vargas is due to be sworn in on May 4. She will need to work with a departmental "
        "assembly in which no party holds a majority, and where Torrico's party is the largest "
        "single group.",
        "Political analysts said the result reflected frustration in rural areas with the "
        "outgoing administration's handling of road repairs after last year's floods, as well "
        "as Vargas's record on water projects as a mayor. \u201cShe ran a campaign about pipes "
        "and bridges, not ideology, and that worked outside the city,\u201d said Verónica "
        "Soliz, a political scientist at a private university in Cochabamba.",
        "Torrico, a businessman who made his fortune in construction materials, had campaigned "
        "on cutting red tape and attracting private investment to the department's industrial "
        "park in Santiváñez.",
        "The tribunal said it would hand Vargas her credentials as governor-elect at a "
        "ceremony on April 28. Observers from a coalition of civic groups, who deployed to "
        "about a fifth of polling stations, said on Monday that they had found no "
        "irregularities capable of changing the result, although they reported delays in "
        "opening some tables in rural Ayopaya.",
        "Runoffs were also held on Sunday in two other departments. Counting in Tarija was "
        "still under way on Monday evening, with the two finalists separated by less than two "
        "percentage points in the preliminary figures.",
    ],
)

EL_C = _paper_page(
    site="La Paz Chronicle", domain="lapazchronicle.example",
    path="politics/2026/04/21/cochabamba-vargas-victory-what-next",
    headline="Vargas's win in Cochabamba redraws the map of regional power",
    dek="The former Tiquipaya mayor won the runoff on the strength of the rural vote. Now she "
        "must govern with a hostile assembly and an empty treasury.",
    authors=["Sebastián Ugarte", "Paola Mercado"],
    author_note="Sebastián Ugarte is the Chronicle's political editor; Paola Mercado reports "
                "from Cochabamba.",
    date_iso="2026-04-21T07:00:00-04:00", date_text="Tuesday, 21 April 2026",
    section="Politics", keywords=["Cochabamba", "Regional elections", "Governors", "Bolivia"],
    sep="-",
    fig=("2026/04/21/vargas-rally.jpg",
         "Supporters of the governor-elect wave flags in the Plaza 14 de Septiembre on Sunday night.",
         "Photograph: Paola Mercado for the Chronicle"),
    related=[
        ("Analysis: Bolivia's governors and the shrinking gas rent",
         "https://www.lapazchronicle.example/economy/2026/04/10/governors-gas-rent"),
        ("Tarija runoff too close to call, says tribunal",
         "https://www.lapazchronicle.example/politics/2026/04/19/tarija-runoff"),
        ("Editorial: Regional elections deserve more attention",
         "https://www.lapazchronicle.example/opinion/2026/04/20/editorial-regional-elections"),
        ("Cochabamba's water crisis in five charts",
         "https://www.lapazchronicle.example/society/2025/11/02/cochabamba-water-charts"),
    ],
    most_read=["Teleférico line to El Alto closes for maintenance",
               "Bolivia's national team names new coach",
               "Vargas's win in Cochabamba redraws the map of regional power",
               "Flour prices rise again in La Paz markets",
               "Uyuni tourism recovers after rainy season"],
    paras=[
        "When the electoral tribunal in Cochabamba confirmed the final count at 6.30 p.m. on "
        "Monday, Marcela Vargas Chuque had already spent most of the day meeting mayors. The "
        "governor-elect, who takes office on 4 May, knows that the votes that carried her to "
        "victory came overwhelmingly from outside the city, and that the city will judge her "
        "first.",
        "The official result gave Vargas 612,430 votes, or 53.4% of valid votes, against "
        "534,517, or 46.6%, for Efraín Torrico Mendieta. Vargas won in 31 of the 47 "
        "municipalities of the department, including every municipality of the Valle Alto "
        "and of Chapare. Torrico took Cercado, the capital, by 51.2% to 48.8%, and also won "
        "in several municipalities of the metropolitan belt.",
        "Turnout, at 85.8%, was slightly higher than in the first round on 22 March.",
        "## A rural mandate",
        "Vargas, 46, built her reputation as mayor of Tiquipaya, a fast-growing town on the "
        "edge of the metropolitan area, where she oversaw the expansion of the water network "
        "after the mudslides of 2018. Her campaign barely mentioned national politics. Instead "
        "she toured market towns with a list of unfinished roads and irrigation canals.",
        "Torrico, a construction-materials entrepreneur and former departmental assembly "
        "member, ran on a pro-business platform and tried to turn the runoff into a vote on "
        "economic management. That message worked in the city but not beyond it.",
        "Late on Sunday, before the official count had ended, Torrico accepted defeat. \u201cI "
        "called Marcela Vargas to congratulate her and to offer my help wherever Cochabamba "
        "needs it,\u201d he said in a brief statement.",
        "## The assembly problem",
        "The governor-elect's main difficulty will be the departmental assembly, elected in "
        "March, where no party has a majority. Torrico's Movimiento Cochabamba Primero is the "
        "largest single group, and its leaders have already said they will not give the new "
        "administration a blank cheque on the budget.",
        "Vargas has said she will seek agreements project by project. In her victory speech "
        "in the Plaza 14 de Septiembre she said: \u201cFrom tomorrow I will govern for those who "
        "did not vote for me as well.\u201d",
        "## Money",
        "The bigger constraint may be money. Transfers linked to the direct hydrocarbons tax, "
        "which fund a large share of departmental budgets, have fallen for several years in a "
        "row as natural gas production has declined. Officials in the outgoing administration "
        "said last month that payments to contractors were already running behind.",
        "Vargas has promised to finish the distribution network that is supposed to carry "
        "water from the Misicuni reservoir to the southern districts of the city, a project "
        "that has been delayed for more than a decade. She has also promised to resurface the "
        "road to the Chapare, a route vital for fruit producers and for freight heading to "
        "Santa Cruz.",
        "Her allies admit that she will have to prioritise. \u201cShe cannot do everything in "
        "the first year, and she has said so,\u201d said a senior member of Alianza Valles "
        "Unidos, who asked not to be named because the transition team has not yet been "
        "announced.",
        "The outgoing governor, who did not run for a second term, has promised an orderly "
        "handover. His chief of staff said on Monday that transition teams would start work "
        "this week and that a full inventory of unfinished contracts would be handed to the "
        "new administration before the swearing-in. Vargas's team said it would publish that "
        "inventory, so that voters can see what she inherits.",
        "For the national parties, the result is another sign that regional politics in "
        "Bolivia is slipping out of their hands. Neither finalist in Cochabamba belonged to a "
        "party with seats in the national legislature.",
    ],
)

EL_D = _local_page(
    site="Valle Alto Digital", domain="valleyaltodigital.example",
    path="2026/04/21/punata-voto-vargas-gobernadora",
    headline="Punata gave Vargas her biggest margin; now the valley wants its road",
    dek="The governor-elect won almost seven in ten votes in Punata province. Farmers and "
        "traders say they will be watching her first hundred days.",
    authors=["Rosario Zambrana"],
    date_iso="2026-04-21T10:15:00-04:00", date_text="April 21, 2026",
    section="Politics", keywords=["Punata", "Elections", "Marcela Vargas", "Valle Alto"],
    widget='<h2 class="widget-title">Weather in Punata</h2><p class="wx">Sunny, 24&deg;C. '
           'Light winds from the north-east.</p><h2 class="widget-title">Market prices</h2>'
           '<p class="prices">Potato (arroba): Bs 48 &middot; Milk (litre): Bs 5.50</p>',
    fig=("04/punata-feria.jpg",
         "Traders at the Tuesday fair in Punata, a day after the official count ended.",
         "Valle Alto Digital / Rosario Zambrana"),
    related=[
        ("Cliza dairy farmers demand better prices from processors",
         "https://valleyaltodigital.example/2026/04/14/cliza-lecheros-precios/"),
        ("Arani bread festival returns in May",
         "https://valleyaltodigital.example/2026/04/10/arani-festival-pan/"),
        ("Tolata irrigation canal still unfinished after three years",
         "https://valleyaltodigital.example/2026/03/30/tolata-canal-riego/"),
    ],
    paras=[
        "PUNATA - Marcela Vargas Choque will be governor of Cochabamba for the next five years, "
        "and nowhere did she win more convincingly than in Punata. With all tally sheets "
        "counted, the governor-elect took 69.4% of the valid votes in the province, her best "
        "result anywhere in the department.",
        "The departmental electoral tribunal announced the official results at 8.30 p.m. on "
        "Monday, after a day of checking tally sheets from remote areas. Across Cochabamba, "
        "Vargas won 612,430 votes, 53.4% of the valid vote, while Efraín Torrico Mendieta "
        "obtained 534,517, or 46.6%. Turnout in the department was 85.8%; in Punata province "
        "it was higher still, at 88.9%.",
        "Vargas won in 31 of the department's 47 municipalities. Torrico's strength was "
        "concentrated in the city of Cochabamba and in parts of the metropolitan area.",
        "At the Tuesday fair in Punata, the mood among traders was relaxed rather than "
        "euphoric. Many said they had voted for Vargas because she had spent time in the "
        "valley during the campaign, something they said previous candidates had not done.",
        "\u201cShe came three times. The others came once, for a photo,\u201d said Fortunato "
        "Claros, who sells potatoes and broad beans at the market. \u201cNow we will see if she "
        "remembers the road.\u201d",
        "The road he means is the stretch between Punata and the junction with the main "
        "highway, which was badly damaged by floods last year and has been only partly "
        "repaired. Trucks carrying milk to the processing plants in Quillacollo have to take "
        "a longer route, adding costs that dairy farmers say the buyers refuse to share.",
        "## What the governor-elect promised",
        "During the campaign, Vargas signed a written commitment with the mayors of the Valle "
        "Alto to repair the road within her first year and to finish the Tolata irrigation "
        "canal. In her speech on Sunday night in the Plaza 14 de Septiembre in Cochabamba, she "
        "repeated that rural areas would not be forgotten.",
        "\u201cCochabamba voted for water, for roads and for an end to the quarrels between the "
        "city and the countryside,\u201d she said.",
        "Torrico, who conceded on Sunday night, said he had called Vargas to congratulate her. "
        "His party did well in the city but finished far behind in every Valle Alto "
        "municipality. In Punata he received 30.6% of valid votes.",
        "## First round and second round",
        "In the first round on 22 March, Vargas had won 38.2% of the valid votes across the "
        "department and Torrico 29.7%. Between the two rounds, three of the eliminated "
        "candidates endorsed Vargas, including the farmer leader from Cliza who had finished "
        "fourth.",
        "The mayor of Punata, Wilfredo Guzmán, who did not endorse either candidate publicly, "
        "said the municipality would present the new governor with a list of five priority "
        "projects. \u201cWe are not asking for miracles. We are asking for what was promised,\u201d "
        "he said.",
        "Not everyone in the valley is convinced. At a hardware shop near the main square, "
        "owner Nélida Rojas said she had voted for Torrico because she believed he would be "
        "better for small businesses. \u201cThe countryside voted with its heart. I hope it was "
        "right,\u201d she said, adding that she would give the new governor a fair chance.",
        "Local leaders also want the new administration to take a position on the price that "
        "the large processors pay for milk, a long-running complaint in Cliza and Tolata. "
        "Vargas has said that the departmental government cannot set prices, but that it can "
        "help producers' associations build their own collection centres.",
        "Vargas will take office on 4 May in a ceremony at the departmental government "
        "building. Her team said she intends to visit the Valle Alto during her first week in "
        "the job.",
    ],
)

STORY_2 = _story("el-LD2", "election", "2026-04-23", [EL_A, EL_B, EL_C, EL_D], [
    ("governor-elect's second surname", r"\bchoque\b", r"\bchuque\b"),
    ("time the official result was announced", r"18[.:]30|\b6[.:]30 ?p\.? ?m",
     r"20[.:]30|\b8[.:]30 ?p\.? ?m"),
    ("municipalities won by Vargas", r"\b31\b(?![.,]\d)", r"\b27\b(?![.,]\d)"),
])


# ===========================================================================
# Story 3 - ct-LD3: Chile's Supreme Court annuls a lithium expansion permit
# ===========================================================================
# Facts: on Tuesday 26 May 2026 (ruling released around 13:00 Santiago time, UTC-4) the Third
# (Constitutional) Chamber of Chile's Supreme Court voted 3-2 to annul the environmental approval
# granted in August 2024 to the invented Salar Blanco Minerales S.A. for its Maricunga Norte
# expansion at the Salar de Maricunga (Atacama region, about 160 km east of Copiapo, near the
# Argentine border, ~3,750 m). Appeal brought by the invented Comunidad Colla Llano Verde after
# the Court of Appeals of Copiapo rejected it on 14 November 2025. Majority: Justice Ximena
# Araya Pizarro (author), Justice Patricia Inostroza Valdes, associate lawyer Felipe Orrego
# Matte; dissent: Justices Mauricio Fuenzalida Rios and Andres Covarrubias Soto.
# The court ordered the Environmental Evaluation Service (SEA) to run an indigenous consultation
# under ILO Convention 169 and to start it within 60 working days; expansion works suspended,
# existing plant keeps operating. Expansion: 20,000 -> 45,000 tonnes a year of lithium
# carbonate equivalent; investment US$620 million (about 589 billion pesos). Salar Blanco's chief
# executive is Rodrigo Etcheverry Lagos; parent Andes Lithium Holdings (Toronto) fell 14.2% on
# Tuesday. Community lawyer: Javiera Maturana Olivares.
# PLANTED: Radio Cordillera calls Etcheverry chief financial officer; Andean Law Brief dates
# the ruling Monday 25 May; The Santiago Standard says the first ruling came from the Court of
# Appeals of Antofagasta.

_CT_ETCHEVERRY = ("We respect the decision of the Supreme Court and we will comply with it in "
                  "full. We have always been willing to talk with the Colla communities, and we "
                  "will take part in the consultation in good faith.")
_CT_MATURANA = ("For years the community was told that the salt flat was a matter for engineers. "
                "Today the highest court in the country said that it is also a matter for the "
                "people who live there.")

CT_A = _paper_page(
    site="The Santiago Standard", domain="santiagostandard.example",
    path="news/2026/05/26/supreme-court-maricunga-lithium-permit",
    headline="Supreme Court strikes down permit for Maricunga lithium expansion",
    dek="In a 3-2 ruling, judges say the state failed to consult Colla communities before "
        "approving a plan to more than double output at the high-Andean salt flat.",
    authors=["Catalina Ossandón"],
    author_note="Catalina Ossandón covers courts and justice for The Santiago Standard.",
    date_iso="2026-05-26T20:15:00-04:00", date_text="26 May 2026 - 20:15",
    section="News", keywords=["Supreme Court", "Lithium", "Indigenous rights", "Mining"],
    fig=("2026/05/26/maricunga-salt-flat.jpg",
         "Evaporation ponds at the edge of the Salar de Maricunga, in the Atacama region.",
         "Photo: The Santiago Standard archive"),
    related=[
        ("What ILO Convention 169 requires of the Chilean state",
         "https://www.santiagostandard.example/explainers/ilo-169-consultation"),
        ("Lithium royalties: how much do regions really get?",
         "https://www.santiagostandard.example/business/2026/04/12/lithium-royalties-regions"),
        ("Constitutional Court hears challenge to fishing law",
         "https://www.santiagostandard.example/news/2026/05/20/constitutional-court-fishing-law"),
        ("The long fight over water in the high Andes",
         "https://www.santiagostandard.example/features/2025/09/14/water-high-andes"),
    ],
    most_read=["Santiago metro line 7 opening date confirmed",
               "Wine exporters warn of poor harvest in Maule",
               "Supreme Court strikes down permit for Maricunga lithium expansion",
               "Winter smog alert declared for the capital",
               "Colo-Colo coach resigns after cup exit"],
    paras=[
        "Chile's Supreme Court on Tuesday annulled the environmental approval for a large "
        "expansion of a lithium operation at the Salar de Maricunga, ruling that the state had "
        "failed to consult the Colla indigenous people who graze animals and collect water on "
        "the salt flat's edges.",
        "The court's Third Chamber, which hears constitutional and administrative appeals, "
        "decided the case by three votes to two. It ordered the Environmental Evaluation "
        "Service (SEA) to carry out a formal consultation under ILO Convention 169 before the "
        "project can be assessed again, and to begin that process within 60 working days.",
        "The ruling reverses a decision by the Court of Appeals of Antofagasta, which in "
        "November rejected the appeal brought by the Comunidad Colla Llano Verde. The "
        "community argued that the expansion would lower the water table in the wetlands on "
        "which its herds depend.",
        "The project, known as Maricunga Norte, belongs to Salar Blanco Minerales S.A., which "
        "has operated a smaller brine plant at the site since 2021. The company planned to "
        "raise output from 20,000 to 45,000 tonnes a year of lithium carbonate equivalent, "
        "with an investment of US$620 million, or around 589 billion pesos.",
        "The existing plant can keep operating, the court said, but no work on the expansion "
        "may go ahead until a new environmental approval is issued.",
        "## 'A matter for the people who live there'",
        "The majority opinion was written by Justice Ximena Araya Pizarro and signed by Justice "
        "Patricia Inostroza Valdés and by the associate lawyer Felipe Orrego Matte. It says "
        "that the authorities treated the Colla presence in the area as a historical "
        "background fact rather than as a living use of the territory, and that this led "
        "them to skip a consultation that the law required.",
        "Justices Mauricio Fuenzalida Ríos and Andrés Covarrubias Soto dissented. In their view, "
        "the environmental review had studied the effects on the wetlands in detail and the "
        "community had been able to participate through the ordinary public comment process.",
        "Javiera Maturana Olivares, the community's lawyer, welcomed the decision outside the "
        f"courthouse. \u201c{_CT_MATURANA}\u201d she said.",
        "## The company's response",
        "Rodrigo Etcheverry Lagos, Salar Blanco's chief executive, said the company would "
        "comply. \u201cWe respect the decision of the Supreme Court and we will comply with it "
        "in full,\u201d he said in a statement. The company did not say how long it expected the "
        "delay to last.",
        "Shares in Andes Lithium Holdings, the Toronto-listed firm that owns a controlling "
        "stake in Salar Blanco, fell 14.2% on Tuesday.",
        "The Salar de Maricunga lies at about 3,750 metres above sea level, close to the "
        "Argentine border in the Atacama region. It is one of the salt flats the government "
        "has identified as strategic in its national lithium policy, which seeks to expand "
        "production while giving the state and local communities a bigger share of the "
        "benefits.",
        "Mining industry groups warned that the ruling could slow other projects. The head of "
        "one association said that companies now faced uncertainty over when a consultation "
        "would be required. Environmental lawyers said the opposite: the ruling, they argued, "
        "would give firms a clearer signal to consult early and avoid litigation later.",
        "The government said it would study the ruling. A spokesperson for the Environment "
        "Ministry said the SEA would comply with the deadline set by the court.",
    ],
)

CT_B = _broadcast_page(
    site="Radio Cordillera Internacional", domain="radiocordillera.example",
    path="chile/supreme-court-lithium-maricunga-colla-2026-05-26",
    headline="Chile's top court halts lithium expansion over lack of indigenous consultation",
    dek="The Supreme Court annulled the environmental permit for Salar Blanco's Maricunga "
        "Norte project in a split decision on Tuesday.",
    authors=["Felipe Antúnez"],
    date_iso="2026-05-26T18:40:00-04:00", date_text="26/05/2026 18:40 (Santiago)",
    video=("Colla leaders react to the Supreme Court ruling", "3:12"),
    section="Chile", keywords=["Chile", "Lithium", "Supreme Court", "Colla"],
    fig=("2026/05/colla-herders.jpg",
         "Members of a Colla community with their llamas near the Salar de Maricunga.",
         "RCI / Valentina Rojas"),
    related=[
        ("Audio: What the Maricunga ruling means for lithium policy",
         "https://radiocordillera.example/audio/maricunga-ruling-explainer"),
        ("Video: A day with the Colla herders of the high Andes",
         "https://radiocordillera.example/video/colla-herders-day"),
        ("Argentina's lithium output climbs to new high",
         "https://radiocordillera.example/news/region/argentina-lithium-output-2026-05-22"),
        ("Chile's copper exports rise on strong Chinese demand",
         "https://radiocordillera.example/news/business/chile-copper-exports-2026-05-19"),
    ],
    paras=[
        "Chile's Supreme Court on Tuesday annulled the environmental permit that allowed a "
        "private company to expand lithium production at the Salar de Maricunga, in a ruling "
        "that indigenous leaders described as a turning point for mining in the high Andes.",
        "In a split three-two decision, the court's Third Chamber said the authorities should "
        "have consulted the Colla people before approving the project, as required by "
        "International Labour Organization Convention 169, which Chile ratified in 2008.",
        "The ruling, released shortly after 1 p.m., overturns a November decision by the Court "
        "of Appeals of Copiapó, which had rejected the community's appeal. The Supreme Court "
        "ordered the Environmental Evaluation Service to open a consultation within 60 working "
        "days.",
        "The case was brought by the Comunidad Colla Llano Verde, a community of herders whose "
        "families have moved animals between the valleys east of Copiapó and the pastures "
        "around the salt flat for generations.",
        "The community's lawyer, Javiera Maturana, told Radio Cordillera that the ruling was "
        "the result of four years of work. \u201cFor years the community was told that the salt "
        "flat was a matter for engineers. Today the highest court in the country said that it "
        "is also a matter for the people who live there,\u201d she said.",
        "## What the project involved",
        "The company, Salar Blanco Minerales, wanted to increase production from 20,000 to "
        "45,000 tonnes a year of lithium carbonate equivalent, investing 620 million dollars. "
        "Its existing plant will continue to operate while the new process takes place, "
        "according to the ruling.",
        "Salar Blanco's chief financial officer, Rodrigo Etcheverry, said in a statement that "
        "the company would abide by the decision. \u201cWe respect the decision of the Supreme "
        "Court and we will comply with it in full. We have always been willing to talk with "
        "the Colla communities,\u201d he said.",
        "Shares in the company's Canadian parent, Andes Lithium Holdings, dropped 14.2% in "
        "Toronto.",
        "## A divided court",
        "Justice Ximena Araya wrote the majority opinion. Two justices, Mauricio Fuenzalida and "
        "Andrés Covarrubias, dissented, arguing that the environmental study had been thorough "
        "and that the community had had the chance to comment during the review.",
        "Legal experts consulted by Radio Cordillera said the decision fits a pattern in which "
        "Chile's highest court has given more weight to indigenous consultation in "
        "environmental cases. But they noted that the narrow margin means the question is far "
        "from settled.",
        "\u201cA three-two vote tells you that the court itself is divided,\u201d said Ignacio "
        "Bustamante, a professor of environmental law in Santiago. \u201cThe next case, with a "
        "different composition of the chamber, could go the other way.\u201d",
        "## Reactions",
        "The regional governor of Atacama said the ruling should be an opportunity for the "
        "company, the state and the communities to sit down together. Mining associations "
        "warned that legal uncertainty could deter investment at a time when Chile is trying "
        "to recover ground lost to Argentina and Australia in lithium production.",
        "The Salar de Maricunga, about 160 kilometres east of Copiapó and close to the "
        "Argentine border, sits at an altitude of about 3,750 metres.",
        "Lithium from Chile's salt flats is used mainly in batteries for electric vehicles and "
        "for storing power from solar and wind farms. Prices have swung sharply over the past "
        "three years, and several companies have postponed investment decisions while they "
        "wait for a clearer picture of demand.",
        "The Environment Ministry said it would comply with the ruling and that the SEA would "
        "contact the community in the coming weeks to agree on how the consultation will be "
        "organised.",
    ],
)

CT_C = _local_page(
    site="Copiapó Courier", domain="copiapocourier.example",
    path="2026/05/27/maricunga-fallo-corte-suprema-reacciones",
    headline="In Copiapó, celebration and worry after Supreme Court ruling on Maricunga",
    dek="Colla families celebrated on Tuesday night; contractors who were counting on the "
        "expansion are less sure about what comes next.",
    authors=["Daniela Cortés Tapia"],
    date_iso=None, date_text="Wednesday 27 May 2026",
    section="Region", keywords=["Maricunga", "Colla", "Lithium", "Atacama"],
    widget='<h2 class="widget-title">Copiapó today</h2><p class="wx">Clear skies, max 22&deg;C, '
           'min 9&deg;C.</p><h2 class="widget-title">Pharmacy on duty</h2>'
           '<p class="duty">Farmacia del Carmen, Calle Chacabuco.</p>',
    fig=("05/colla-celebracion.jpg",
         "Members of the Comunidad Colla Llano Verde gather in Copiapó after learning of the ruling.",
         "Copiapó Courier / Daniela Cortés"),
    related=[
        ("Copiapó river flow at lowest level in a decade",
         "https://copiapocourier.example/2026/05/18/rio-copiapo-caudal/"),
        ("Regional council approves funds for Tierra Amarilla clinic",
         "https://copiapocourier.example/2026/05/12/tierra-amarilla-consultorio/"),
        ("Desert bloom tourism season ends with record visitors",
         "https://copiapocourier.example/2026/05/05/desierto-florido-balance/"),
    ],
    paras=[
        "The news reached the Colla families of Llano Verde by telephone a little after 1 p.m. "
        "on Tuesday: the Supreme Court, by three votes to two, had annulled the environmental "
        "permit for the Maricunga Norte lithium expansion. By the evening dozens of people had "
        "gathered at the community's meeting hall on the eastern edge of Copiapó, where there "
        "was music, soup and more than a few tears.",
        "\u201cMy grandmother took her goats up to the vegas near the salt flat every summer. "
        "Nobody asked her anything when they drew the lines for the project,\u201d said Elsa "
        "Quispe Bordones, the community's president. \u201cToday the court said that was "
        "wrong.\u201d",
        "The ruling by the Third Chamber of the Supreme Court overturns the decision of the "
        "Court of Appeals of Copiapó, which rejected the community's appeal on 14 November last "
        "year. The Santiago court ordered the Environmental Evaluation Service to carry out an "
        "indigenous consultation, starting within 60 working days, before the project can be "
        "evaluated again.",
        "The community's lawyer, Javiera Maturana Olivares, said the judgment recognised that "
        "the Colla still use the territory. \u201cToday the highest court in the country said "
        "that it is also a matter for the people who live there,\u201d she said in a message to "
        "members on Tuesday.",
        "## Jobs on hold",
        "Not everyone in Copiapó was celebrating. Salar Blanco Minerales had said the "
        "expansion would create about 850 jobs during construction and 300 permanent posts, "
        "and several local transport and catering firms had been preparing bids.",
        "\u201cWe bought two trucks on the strength of what we were told,\u201d said Marcelo "
        "Henríquez, who runs a haulage company in the Paipote industrial area. \u201cI understand "
        "the communities, but somebody has to think about the people who live here too.\u201d",
        "The president of the regional chamber of commerce said he hoped the consultation "
        "could be completed quickly, so that the project could be re-evaluated without years "
        "of delay.",
        "## The company",
        "Salar Blanco's chief executive, Rodrigo Etcheverry Lagos, said in a statement that "
        f"the company would respect the ruling. \u201c{_CT_ETCHEVERRY}\u201d",
        "The company's existing plant at the salt flat, which has been producing since 2021, "
        "will keep running. The expansion would have raised capacity from 20,000 to 45,000 "
        "tonnes a year of lithium carbonate equivalent, with an investment of 620 million "
        "dollars, roughly 589 billion pesos.",
        "The Salar de Maricunga lies about 160 kilometres east of Copiapó, at around 3,750 "
        "metres above sea level. The road from the city climbs through the Paipote ravine and "
        "the Quebrada San Miguel, and in winter it is often closed by snow.",
        "## What happens now",
        "The SEA's regional office in Copiapó will be in charge of the consultation. Its "
        "director said on Wednesday that he had not yet received formal notice of the ruling "
        "but that the office would meet the deadline. Consultations of this kind in the region "
        "have taken between one and two years in the past.",
        "The Colla community said it would take part. \u201cWe never said no to everything. We "
        "said: ask us first,\u201d said Quispe.",
        "For the families of Llano Verde, the next test is practical. Quispe said the community "
        "would ask for the consultation meetings to be held in Copiapó and at the summer "
        "pastures, not in Santiago, and for independent hydrologists to be paid from public "
        "funds so that the community can check the company's models. \u201cWe want to "
        "understand the water ourselves,\u201d she said.",
    ],
)

CT_D = _newsletter_page(
    site="Andean Law Brief", domain="andeanlawbrief.example",
    path="maricunga-ruling-consultation-doctrine",
    headline="Maricunga: the Supreme Court tightens the consultation test",
    dek="A close reading of the Third Chamber's 3-2 judgment on Salar Blanco's expansion, and "
        "what it means for pending permits.",
    authors=["Andrea Lillo", "Martín Recabarren"],
    date_iso="2026-05-28T08:00:00-04:00", date_text="Thursday 28 May 2026", issue="No. 57",
    greeting="Welcome to this week's Andean Law Brief, a weekly digest of court rulings and "
             "regulation affecting business in Chile, Peru, Bolivia, Colombia and Ecuador.",
    section="Courts", keywords=["Chile", "Supreme Court", "Indigenous consultation", "Lithium"],
    sponsor="Sponsored: Cerro Alto Abogados advises mining and energy companies on permitting "
            "across the Andean region. Our team is hiring associates in Santiago and Lima.",
    related=[
        ("No. 56: Peru's new rules for informal miners",
         "https://andeanlawbrief.example/p/peru-informal-mining-rules"),
        ("No. 55: Colombia's Constitutional Court and prior consultation",
         "https://andeanlawbrief.example/p/colombia-prior-consultation"),
        ("No. 54: Bolivia's lithium contracts before the legislature",
         "https://andeanlawbrief.example/p/bolivia-lithium-contracts"),
    ],
    paras=[
        "## The ruling",
        "On Monday 25 May the Third Chamber of Chile's Supreme Court annulled the environmental "
        "approval (RCA) granted in August 2024 to Salar Blanco Minerales S.A. for the Maricunga "
        "Norte project, an expansion of its lithium brine operation at the Salar de Maricunga, "
        "in the Atacama region. The vote was 3-2.",
        "The appeal was brought by the Comunidad Colla Llano Verde after the Court of Appeals of "
        "Copiapó rejected its protection action in November 2025. The Supreme Court reversed, "
        "ordered the Environmental Evaluation Service (SEA) to conduct an indigenous "
        "consultation under ILO Convention 169, and set a deadline of 60 working days for the "
        "process to begin. Works on the expansion are suspended; the existing operation is not "
        "affected.",
        "## The majority's reasoning",
        "Justice Ximena Araya Pizarro, writing for the majority with Justice Patricia Inostroza "
        "Valdés and associate lawyer Felipe Orrego Matte, makes three moves that deserve "
        "attention.",
        "First, the majority treats the question of whether a community is directly affected "
        "as one of fact that courts can review in full, rather than as a technical judgment "
        "reserved to the SEA. Second, it holds that seasonal use of a territory, such as "
        "summer grazing, counts as use for the purposes of the consultation duty, even where "
        "the community lives most of the year elsewhere. Third, it says that participation in "
        "the ordinary public comment period cannot replace a consultation, because the two "
        "processes pursue different aims.",
        "None of these points is entirely new, but the judgment states them more firmly than "
        "earlier decisions, and it does so in a case involving a project the government "
        "itself has described as strategic.",
        "## The dissent",
        "Justices Mauricio Fuenzalida Ríos and Andrés Covarrubias Soto would have upheld the "
        "permit. Their dissent stresses the depth of the hydrogeological modelling in the "
        "environmental impact study and warns that the majority's approach turns the courts "
        "into a second evaluation body. Expect that language to be quoted in future appeals "
        "by project owners.",
        "## What the parties said",
        "Salar Blanco's chief executive, Rodrigo Etcheverry Lagos, said the company would "
        "comply and would take part in the consultation \u201cin good faith\u201d. The "
        "community's counsel, Javiera Maturana Olivares, said the court had recognised that the "
        "salt flat \u201cis also a matter for the people who live there\u201d.",
        "## Practical consequences",
        "The expansion was designed to take capacity from 20,000 to 45,000 tonnes a year of "
        "lithium carbonate equivalent, for an investment of US$620 million (about CLP 589 "
        "billion at current exchange rates). The company has not given a new timetable. Based "
        "on recent consultations in northern Chile, a realistic estimate for the process is "
        "12 to 24 months, followed by a fresh evaluation.",
        "For clients with projects under review in areas with any indigenous presence, our "
        "practical advice is unchanged but more urgent: map seasonal and customary uses early, "
        "document contacts with communities, and consider asking the SEA to open a "
        "consultation voluntarily rather than waiting for a court to order it.",
        "Permits already granted are not automatically exposed, since the deadlines for "
        "challenging most of them have passed. But projects whose approvals are still within "
        "the appeal window should assume that this judgment will be cited against them.",
        "## Also this week",
        "Peru: the Constitutional Tribunal admitted a challenge to the new water-use fees for "
        "mining companies. Colombia: the Council of State suspended a decree on offshore wind "
        "auctions pending a full hearing.",
    ],
)

STORY_3 = _story("ct-LD3", "court", "2026-05-30", [CT_A, CT_B, CT_C, CT_D], [
    ("Etcheverry's title at Salar Blanco", r"chief executive|\bceo\b",
     r"chief financial officer|\bcfo\b"),
    ("date of the Supreme Court ruling", r"\btuesday\b|\b26 may|may 26", r"\bmonday\b|\b25 may|may 25"),
    ("appeals court that first rejected the case", r"copiap", r"antofagasta"),
])


# ===========================================================================
# Story 4 - tr-LD4: Colombia's April exports (CONTROL: no planted disagreement)
# ===========================================================================
# Facts: DANE released April 2026 export figures on Tuesday 2 June 2026 at 10:00 Bogota time
# (15:00 GMT). April exports US$4,318.6 million FOB, up 6.2% from US$4,066.4 million in April
# 2025 (an increase of US$252.2 million). Fuels and extractive industries US$1,512.3 million,
# down 9.8% (crude oil US$1,041.7 million, down 14.6%; coal US$318.9 million, down 2.3%).
# Agriculture, food and drinks US$1,347.9 million, up 24.5%; coffee US$681.2 million, up 41.3%
# (1.31 million 60-kg bags, up 12% in volume, per the coffee growers' federation). Manufactures
# US$1,118.0 million, up 3.9%. Fuels' share of exports 35.0%, down from 41.2% a year earlier
# (6.2 percentage points). January-April exports US$16,402.7 million, up 3.1%. March exports
# US$4,502.3 million. United States took 27.4% of April exports (US$1,183.3 million).
# Average April exchange rate about 4,150 pesos per dollar (about 17.9 trillion pesos; about
# EUR3.8 billion). DANE director Lucia Benavides Ortegon; trade minister German Ospina Reyes.
# April import figures due Wednesday 17 June.

TR_A = _wire_page(
    site="Meridian Newswire", abbr="Meridian", domain="meridiannews.example",
    path="business/colombia-exports-april-2026-06-02",
    headline="Colombia's April exports rise 6.2% as coffee offsets weaker oil sales",
    dek="Exports reached US$4,318.6 million in April, statistics agency DANE said, with coffee "
        "sales up 41.3% from a year earlier.",
    authors=["Andrés Felipe Rincón"],
    date_iso="2026-06-02T11:02:00-05:00", date_text="June 2, 2026, 11:02 a.m. COT",
    dateline="BOGOTA, June 2",
    section="Economy", keywords=["Colombia", "Exports", "Coffee", "Oil", "DANE"],
    fig=("2026/06/buenaventura-port.jpg",
         "Containers stacked at the port of Buenaventura on Colombia's Pacific coast.",
         "Meridian/Camilo Arboleda"),
    related=[
        ("Colombian peso firms as oil prices steady",
         "https://meridiannews.example/markets/colombian-peso-oil-2026-06-01"),
        ("Ecuador's banana exporters seek new markets in Asia",
         "https://meridiannews.example/business/ecuador-banana-asia-2026-05-29"),
        ("Peru's copper output rebounds after road blockades end",
         "https://meridiannews.example/business/peru-copper-output-2026-05-28"),
        ("Colombia's central bank minutes show debate over pace of cuts",
         "https://meridiannews.example/markets/colombia-central-bank-minutes-2026-05-26"),
    ],
    editing="Reporting by Andrés Felipe Rincón; editing by Laura Peñaloza",
    paras=[
        "Colombia's exports rose 6.2% in April from the same month last year to US$4,318.6 "
        "million, the national statistics agency DANE said on Tuesday, as a surge in coffee "
        "revenue more than made up for lower sales of crude oil and coal.",
        "Exports were US$252.2 million higher than in April 2025, when they totalled "
        "US$4,066.4 million, DANE said in its monthly report, released at 10 a.m. local time.",
        "Sales of agricultural products, food and drinks climbed 24.5% to US$1,347.9 million. "
        "Coffee alone brought in US$681.2 million, up 41.3%, reflecting high international "
        "prices and larger shipments after a strong harvest in the central coffee belt.",
        "Exports of fuels and extractive industry products, traditionally the largest group, "
        "fell 9.8% to US$1,512.3 million. Crude oil sales dropped 14.6% to US$1,041.7 million "
        "and coal sales slipped 2.3% to US$318.9 million.",
        "As a result, fuels and extractive products accounted for 35.0% of Colombia's exports in "
        "April, compared with 41.2% a year earlier.",
        "Manufactured goods exports increased 3.9% to US$1,118.0 million, led by chemicals, "
        "plastics and processed foods, according to the report.",
        "In the first four months of the year, exports totalled US$16,402.7 million, up 3.1% "
        "from the same period of 2025.",
        "On a monthly basis, April exports were lower than in March, when they reached "
        "US$4,502.3 million, a pattern economists attributed in part to the Easter holidays, "
        "which fell in early April this year.",
        "The United States remained Colombia's main market, buying 27.4% of the country's "
        "exports in April, worth US$1,183.3 million.",
        "\u201cThe composition of our exports is changing faster than many people expected. "
        "Coffee, flowers, avocados and manufactured goods are carrying a larger share of the "
        "load,\u201d Trade Minister Germán Ospina Reyes said in a post on social media after "
        "the data was released.",
        "Economists cautioned that the coffee boom depends on prices that may not last. "
        "\u201cA good part of this increase is price, not volume. If coffee prices normalise in "
        "the second half, the picture will look less rosy,\u201d said Natalia Gómez, an "
        "economist at Bogotá brokerage Valores del Páramo.",
        "DANE director Lucía Benavides Ortegón told a news conference that the agency's data "
        "showed a clear shift. \u201cWhat we see in April is a basket that depends less on oil "
        "and coal than at any time in the past decade,\u201d she said.",
        "Other farm goods also contributed to the rise. Shipments of cut flowers, bananas and "
        "Hass avocados all grew from a year earlier, according to the breakdown published by "
        "the agency, although none came close to the jump in coffee. Exporters of processed "
        "foods reported stronger sales to Ecuador and Peru, Colombia's partners in the Andean "
        "Community trade bloc.",
        "Colombia's coffee growers' federation said last week that the country exported 1.31 "
        "million 60-kg bags of coffee in April, 12% more than a year earlier.",
        "The weaker performance of oil reflects both lower output from mature fields and lower "
        "average prices than a year ago. Colombia's government has not awarded new oil "
        "exploration contracts in recent years, and analysts expect crude production to keep "
        "declining gradually.",
        "DANE will publish import figures for April on June 17, which will allow analysts to "
        "calculate the monthly trade balance.",
        "The Colombian peso was little changed after the release, as traders had largely "
        "anticipated the strength in coffee from the federation's earlier shipment data. "
        "Colombia's current account deficit has narrowed over the past two years, and the "
        "government is counting on non-oil exports to keep it in check as crude revenue "
        "declines.",
    ],
)

_TR_BENAVIDES = ("What we see in April is a basket that depends less on oil and coal than at any "
                 "time in the past decade. That does not mean the oil story is over, but the "
                 "balance has clearly moved.")

TR_B = _paper_page(
    site="Bogotá Business Journal", domain="bogotabusinessjournal.example",
    path="economy/2026/06/03/coffee-not-oil-april-exports",
    headline="Coffee, not oil: April data shows Colombia's export mix shifting",
    dek="Exports grew to US$4.32 billion, about 17.9 trillion pesos. Fuels made up only 35% of "
        "the total, down from 41% a year ago.",
    authors=["Valentina Carrasquilla"],
    author_note="Valentina Carrasquilla is the Journal's trade and commodities correspondent.",
    date_iso="2026-06-03T05:30:00-05:00", date_text="June 3, 2026",
    section="Economy", keywords=["Exports", "Coffee", "Oil", "Trade"],
    fig=("2026/06/03/huila-coffee-harvest.jpg",
         "Pickers sort coffee cherries on a farm in the department of Huila.",
         "Photo: BBJ / Jorge Iván Londoño"),
    related=[
        ("How long can coffee prices stay this high?",
         "https://www.bogotabusinessjournal.example/markets/2026/05/25/coffee-prices-outlook"),
        ("Ecopetrol's output falls for third straight quarter",
         "https://www.bogotabusinessjournal.example/energy/2026/05/20/oil-output-quarter"),
        ("Flower exporters prepare for Mother's Day in the US",
         "https://www.bogotabusinessjournal.example/agro/2026/04/28/flowers-mothers-day"),
        ("Opinion: Colombia needs a plan for life after oil",
         "https://www.bogotabusinessjournal.example/opinion/2026/05/30/plan-after-oil"),
    ],
    most_read=["Dollar rate today in Colombia",
               "Bogotá metro: when will the first line open?",
               "Coffee, not oil: April data shows Colombia's export mix shifting",
               "Minimum wage debate starts early this year",
               "Avianca adds routes to Central America"],
    paras=[
        "For decades, a monthly export report in Colombia was really a report about oil. "
        "April's figures, published by the statistics agency DANE on Tuesday, suggest that is "
        "starting to change.",
        "Exports rose 6.2% year on year in April to US$4.32 billion, equivalent to about 17.9 "
        "trillion pesos at the month's average exchange rate of roughly 4,150 pesos per dollar. "
        "The increase came despite a 9.8% fall in sales of fuels and extractive products, "
        "which dropped to US$1.51 billion.",
        "Agricultural goods, food and drinks, by contrast, rose 24.5% to US$1.35 billion, and "
        "manufactures grew 3.9% to US$1.12 billion.",
        "The share of fuels and extractive products in total exports fell to 35.0% from 41.2% in "
        "April 2025, a drop of 6.2 percentage points in a single year.",
        "## The coffee effect",
        "Coffee was the star. Exports of the bean reached US$681.2 million, 41.3% more than a "
        "year earlier, the highest April figure on record according to DANE. Volumes also "
        "rose: the coffee growers' federation reported exports of 1.31 million 60-kilo bags, "
        "12% more than in April 2025. But most of the increase in value came from prices.",
        f"\u201c{_TR_BENAVIDES}\u201d DANE director Lucía Benavides Ortegón told reporters at "
        "the agency's headquarters.",
        "Crude oil exports fell 14.6% to just over US$1.04 billion, while coal dropped 2.3%. "
        "Analysts said the decline in oil reflected both lower prices and lower volumes from "
        "fields that have been producing for decades.",
        "## Still a long way to go",
        "Economists warned against reading too much into a single month. Mauricio Arango, head "
        "of research at the investment bank Andinvest, said that if coffee prices fall back "
        "towards their long-term average, the apparent diversification could partly reverse. "
        "\u201cWe are seeing a price boom in one commodity replace a decline in another. That is "
        "not the same thing as a structural transformation,\u201d he said.",
        "Still, he acknowledged that manufacturing exports had grown for several months in a "
        "row, especially to Ecuador, Peru and Central America.",
        "Exporters of flowers and Hass avocados, two products that have grown quickly in the "
        "past five years, also reported a good April. Growers on the Sabana de Bogotá said "
        "demand from the United States had been strong ahead of Mother's Day in May, while "
        "avocado packers in Antioquia and Tolima said new buyers in Europe were paying "
        "higher prices for fruit with sustainability certificates. Neither product comes "
        "close to coffee in value, but both are part of the same shift away from fuels.",
        "For the first four months of the year, exports added up to US$16.4 billion, 3.1% more "
        "than in January-April 2025. The United States bought 27.4% of April's exports, "
        "remaining by far the largest single destination.",
        "## What to watch",
        "April exports were lower than March's US$4.5 billion, a month-on-month dip that "
        "economists said was normal given the Easter holidays.",
        "The next piece of the puzzle will arrive on 17 June, when DANE publishes April import "
        "figures. Economists polled by the Journal expect the trade deficit to narrow compared "
        "with April last year, helped by the coffee windfall.",
        "The trade ministry has set a goal of raising non-mining exports substantially by the "
        "end of the current government's term. Officials say April's numbers show that goal "
        "is within reach; critics say the ministry is taking credit for the weather in "
        "Colombia's coffee regions and for strong prices set in New York.",
    ],
)

TR_C = _broadcast_page(
    site="Canal Andino Noticias", domain="canalandino.example",
    path="economia/exportaciones-abril-cafe-petroleo-2026-06-02",
    headline="Coffee boom lifts Colombian exports in April while oil sales slide",
    dek="Foreign sales topped 4.3 billion dollars, 6.2% more than a year earlier, DANE reported "
        "on Tuesday.",
    authors=["Mateo Quintero", "Sara Villegas"],
    date_iso="2026-06-02T19:30:00-05:00", date_text="Tuesday, June 2, 2026 - 7:30 p.m.",
    video=("Coffee growers in Caldas enjoy a rare good year", "2:58"),
    section="Economy", keywords=["Colombia", "Exports", "Coffee", "Caldas"],
    fig=("2026/06/caldas-finca.jpg",
         "A coffee farm near Chinchiná, in the department of Caldas.",
         "Canal Andino / Juliana Ocampo"),
    related=[
        ("Video: Inside a coffee cooperative in Chinchiná",
         "https://canalandino.example/video/cooperativa-chinchina"),
        ("Video: Why oil production keeps falling",
         "https://canalandino.example/video/produccion-petroleo-explicada"),
        ("Fuel prices: what changes this month",
         "https://canalandino.example/news/economia/precios-combustibles-junio"),
        ("Bogotá hosts Andean agriculture fair",
         "https://canalandino.example/news/regiones/feria-agro-bogota"),
    ],
    paras=[
        "Colombia sold more than 4.3 billion dollars' worth of goods abroad in April, 6.2% more "
        "than in the same month of 2025, and for once the main reason was not oil but coffee.",
        "According to the national statistics agency, DANE, coffee exports reached 681.2 "
        "million dollars in April, an increase of 41.3%. Sales of crude oil, on the other hand, "
        "fell 14.6%, and the broader group of fuels and extractive products was down 9.8%.",
        "DANE's director, Lucía Benavides, said at a news conference in Bogotá that Colombia's "
        "export basket now depends less on oil and coal than at any time in the past decade. "
        "\u201cThat does not mean the oil story is over, but the balance has clearly moved,\u201d "
        "she said.",
        "In Chinchiná, in the department of Caldas, the good news has been felt for months. "
        "Coffee grower Rubiela Marín, who farms six hectares on a steep hillside outside the "
        "town, said this had been the best year she could remember.",
        "\u201cFor the first time in a long while we could pay the pickers well and still have "
        "something left to fix the house,\u201d she told Canal Andino. \u201cBut we know that "
        "prices go up and they come down. Nobody here is buying a new car.\u201d",
        "## A change in the mix",
        "Sales of agricultural products, food and drinks grew 24.5% in April, while "
        "manufactured goods rose 3.9%. Fuels and extractive products, which a year ago made "
        "up 41.2% of everything Colombia sold abroad, now account for 35%.",
        "Trade minister Germán Ospina welcomed the figures. \u201cThe composition of our exports "
        "is changing faster than many people expected,\u201d he wrote on social media.",
        "Economists were more cautious. They pointed out that most of coffee's gain came from "
        "higher international prices rather than from larger harvests, although volumes did "
        "rise. The coffee growers' federation has reported 1.31 million bags exported in April, "
        "each of 60 kilos.",
        "## The oil question",
        "Oil remains Colombia's single most valuable export, bringing in about 1.04 billion "
        "dollars in April. But output from ageing fields has been falling, and the country "
        "has not signed new exploration contracts in several years.",
        "Workers in the oil town of Barrancabermeja told Canal Andino that contractors had "
        "already begun reducing staff. The union representing oil workers said it would ask "
        "the government for a plan to protect jobs in the regions that depend most on crude.",
        "## The year so far",
        "Between January and April, Colombia exported goods worth 16.4 billion dollars, 3.1% "
        "more than in the same period of last year. The United States remained the largest "
        "buyer, taking 27.4% of April's sales.",
        "DANE will publish import figures for April on Wednesday, June 17. Those figures will "
        "show whether the trade deficit, which has weighed on the peso in recent years, is "
        "narrowing as the government hopes.",
        "Back in Chinchiná, the local cooperative said it had paid growers a record price in "
        "April, and that many were using the extra income to pay off debts taken on during "
        "the lean years. Its manager said he had advised members to set money aside for the "
        "moment when the cycle turns.",
        "The Colombian peso was little changed against the dollar on Tuesday afternoon, with "
        "traders saying the export figures were broadly in line with what the market had "
        "expected after strong coffee shipments were reported by the federation last week.",
    ],
)

TR_D = _newsletter_page(
    site="The Commodity Corridor", domain="commoditycorridor.example",
    path="colombia-april-exports-coffee-oil-crossover",
    headline="Colombia's crossover month",
    dek="April exports up 6.2% to $4.32bn; fuels slip to 35% of the basket; what the coffee "
        "windfall does and does not tell us.",
    authors=["Hannah Orozco"],
    date_iso="2026-06-03T07:15:00-05:00", date_text="Wednesday 3 June 2026", issue="Vol. 4, No. 22",
    greeting="Hello from Bogotá. This week's Corridor is almost entirely about one data "
             "release, because it deserves the space.",
    section="Trade", keywords=["Colombia", "Coffee", "Crude oil", "Trade data"],
    sponsor="Brought to you by Pacifica Freight Analytics: live container rates for every "
            "Pacific port from Guayaquil to Valparaíso.",
    fig=("colombia-export-mix-apr26.png",
         "Colombia's exports by group, April 2025 and April 2026, in US$ million. Source: DANE.",
         "Chart: The Commodity Corridor"),
    related=[
        ("Peru's copper and the China question",
         "https://commoditycorridor.example/p/peru-copper-china-question"),
        ("Ecuador's shrimp exporters face a price squeeze",
         "https://commoditycorridor.example/p/ecuador-shrimp-squeeze"),
        ("Why Chile's lithium numbers look odd this year",
         "https://commoditycorridor.example/p/chile-lithium-numbers"),
    ],
    paras=[
        "## The numbers",
        "DANE's April export report landed on Tuesday at 10:00 Bogotá time (15:00 GMT). "
        "Headline: exports of $4,318.6m FOB, up 6.2% on April 2025's $4,066.4m. For readers "
        "who think in euros, that is roughly €3.8bn at about $1.14 to the euro; in local "
        "currency it comes to about COP 17.9 trillion.",
        "By group: fuels and extractive products $1,512.3m (-9.8%); agriculture, food and "
        "drinks $1,347.9m (+24.5%); manufactures $1,118.0m (+3.9%). The remainder, a mixed "
        "bag of other goods, makes up the difference.",
        "Within agriculture, coffee was $681.2m, up 41.3%. Within fuels, crude was $1,041.7m "
        "(-14.6%) and coal $318.9m (-2.3%).",
        "## Why we call it a crossover",
        "Put the groups together and fuels and extractives made up 35.0% of April exports, down "
        "from 41.2% a year before. That 6.2-point fall in share happens to match the 6.2% "
        "headline growth rate, which is a coincidence, but a memorable one. Non-fuel exports "
        "together were worth almost twice as much as fuels in April.",
        "The crossover we have been waiting for, the month when coffee alone outsells coal "
        "plus a good slice of crude, is not here yet. But agriculture and food as a group are "
        "now within about $165m of the fuels group, which would have been unthinkable three "
        "years ago.",
        "## Price versus volume",
        "The honest caveat is that this is mostly a price story. The coffee growers' federation "
        "says April shipments were 1.31 million 60-kg bags, 12% more than a year earlier. A "
        "12% volume gain against a 41.3% value gain means the average price received per bag "
        "rose by roughly a quarter. If the futures market is right about prices easing into "
        "the end of the year, the value line will flatten even if volumes keep growing.",
        "Oil is the mirror image: some of the fall is price, but volumes are also drifting "
        "lower as mature fields decline and the exploration pipeline stays thin.",
        "## Year to date and month on month",
        "January-April exports totalled $16,402.7m, up 3.1%. April was below March's "
        "$4,502.3m, but we would not read anything into that: Holy Week fell at the turn of "
        "the month and port activity always slows.",
        "## Destinations",
        "The US took 27.4% of April shipments, about $1,183m. That concentration is one reason "
        "exporters watch Washington's trade policy so closely; a change in tariff treatment "
        "for flowers or coffee would hit the regions that are driving the current growth.",
        "## Three things we are watching",
        "First, whether manufacturing can keep growing without a currency tailwind. Second, "
        "whether the government follows through on talk of new exploration licensing, which "
        "would change the oil outlook over a five-year horizon but not this year. Third, "
        "whether the Andean Community's long-delayed customs digitisation project finally "
        "cuts border waiting times with Ecuador, where trucks still queue for days at "
        "Rumichaca.",
        "## What's next",
        "April imports are due on 17 June. We will do the trade-balance arithmetic then. Our "
        "working assumption is a narrower deficit than a year ago, since imports of fuels and "
        "capital goods have been soft.",
        "## The quote of the week",
        "DANE director Lucía Benavides Ortegón, asked at Tuesday's press conference whether the "
        "oil era was over: \u201cThat does not mean the oil story is over, but the balance has "
        "clearly moved.\u201d We agree with both halves of that sentence.",
    ],
)

STORY_4 = _story("tr-LD4", "trade", "2026-06-05", [TR_A, TR_B, TR_C, TR_D], [])


# ===========================================================================
# Story 5 - rk-LD5: Peru's Illapa-2 sounding rocket (CONTROL: no planted disagreement)
# ===========================================================================
# Facts: CONIDA launched the invented single-stage solid-fuel sounding rocket Illapa-2 from the
# Punta Lobos launch base (Pucusana district, about 60 km south of Lima) on Saturday 18 July 2026
# at 09:42 local time (14:42 GMT), 12 minutes after the planned 09:30 because a fishing boat
# entered the safety zone. Friday 17 July attempt scrubbed at T-4 minutes (upper-level winds).
# Rocket 9.8 m long, 1,240 kg at liftoff; motor burned 41 seconds; peak speed about 6,100 km/h.
# Apogee 112.4 km (about 69.8 miles, about 369,000 feet) at 2 min 48 s (168 s) after liftoff;
# early telemetry had shown "more than 110 km". Payload 48 kg (a UNI student cubesat prototype
# and an IGP ionosphere probe) splashed down 186 km offshore 9 min 31 s after liftoff; a Navy
# patrol ship recovered it at 13:20. Illapa-1 (November 2025) reached only 34 km after a fin
# failed. Cost 14.5 million soles (about US$3.9 million). CONIDA head Mariela Huaman Salcedo;
# flight director Aurelio Pacheco Luna. Illapa-3 planned for 2027.

_RK_HUAMAN = ("Today Peru showed that it can design, build and fly a rocket to space with its own "
              "engineers. This is not the end of a project; it is the beginning of a programme.")

RK_A = _live_page(
    site="TV Costa Verde", domain="tvcostaverde.example",
    path="illapa-2-launch-punta-lobos-2026-07-18",
    headline="Illapa-2 launch: Peruvian rocket reaches space on second attempt",
    dek="Follow the launch of CONIDA's Illapa-2 sounding rocket from Punta Lobos, south of "
        "Lima, minute by minute.",
    authors=["Gianella Zapata", "Óscar Medina"],
    date_iso="2026-07-18T08:15:00-05:00", date_text="Saturday 18 July 2026, 08:15",
    modified_iso="2026-07-18T13:40:00-05:00", status="LIVE - ended",
    section="Science", keywords=["CONIDA", "Illapa-2", "Rocket", "Punta Lobos"],
    fig=("illapa2-pad.jpg",
         "Illapa-2 on its launch rail at Punta Lobos early on Saturday.",
         "TV Costa Verde / Franco Alarcón"),
    related=[
        ("Explainer: What is a sounding rocket?",
         "https://tvcostaverde.example/explainers/sounding-rockets"),
        ("The students who built a satellite in a shoebox",
         "https://tvcostaverde.example/science/uni-cubesat-students"),
        ("Why Illapa-1 fell short, and what changed",
         "https://tvcostaverde.example/science/illapa-1-lessons"),
    ],
    key_points=[
        "Illapa-2 lifted off at 09:42 from Punta Lobos and reached an altitude of 112.4 km, "
        "above the 100 km line commonly used as the edge of space.",
        "The 48 kg payload splashed down in the Pacific and was recovered by the Navy.",
        "Friday's first attempt was called off four minutes before launch because of winds.",
    ],
    entries=[
        ("13:40", "2026-07-18T13:40:00-05:00", "Payload on board: we are closing this blog", [
            "The Navy has confirmed that its patrol ship recovered the payload capsule at "
            "13:20, floating 186 km off the coast. The experiments will be brought back to "
            "Callao tonight and handed to the teams on Sunday.",
            "That is the end of our live coverage. Thanks for watching and reading with us.",
        ]),
        ("11:55", "2026-07-18T11:55:00-05:00", "CONIDA chief: 'the beginning of a programme'", [
            "At a news conference at the launch base, CONIDA's head, Mariela Huamán Salcedo, "
            f"could barely contain her smile. \u201c{_RK_HUAMAN}\u201d she said.",
            "She thanked the Navy, the Air Force and the students of the National University of "
            "Engineering, and confirmed the project cost 14.5 million soles, about 3.9 million "
            "dollars.",
        ]),
        ("10:40", "2026-07-18T10:40:00-05:00", "Official: apogee of 112.4 km", [
            "CONIDA has confirmed the final figure from the tracking radar: Illapa-2 reached a "
            "maximum altitude of 112.4 km, 2 minutes and 48 seconds after liftoff. That is "
            "about 69.8 miles, or roughly 369,000 feet.",
            "Flight director Aurelio Pacheco Luna said the rocket's motor burned for 41 seconds "
            "and pushed it to a top speed of about 6,100 km/h.",
        ]),
        ("10:15", "2026-07-18T10:15:00-05:00", "What the experiments on board will tell us", [
            "While we wait for the final altitude, a word on the payload. The ionosphere "
            "instrument from the Geophysical Institute of Peru measured how the density of "
            "charged particles changes with height, data that matters for radio and GPS signals "
            "over the Andes. The student cubesat prototype recorded vibration, temperature and "
            "acceleration during the flight, to check that its electronics survive a launch.",
            "Both experiments store their data on board, so the teams will only know how well "
            "they worked once the capsule is back on land.",
        ]),
        ("09:52", "2026-07-18T09:52:00-05:00", "Splashdown", [
            "The payload capsule has come down under its parachute in the Pacific, 186 km off "
            "the coast. Total flight time: 9 minutes and 31 seconds.",
            "Early telemetry shown in the control room suggests the rocket went higher than 110 "
            "km. CONIDA says it will give a final figure after checking the radar data.",
        ]),
        ("09:44", "2026-07-18T09:44:00-05:00", "It's in space", [
            "Cheers in the control room as the rocket climbs. The motor has burned out and the "
            "payload has separated on schedule.",
        ]),
        ("09:42", "2026-07-18T09:42:00-05:00", "LIFTOFF!", [
            "Illapa-2 has left the rail at Punta Lobos with a roar we could hear from the "
            "press area more than a kilometre away. A clean, straight climb over the sea.",
        ]),
        ("09:05", "2026-07-18T09:05:00-05:00", "Weather looks good", [
            "The meteorology team has released its latest balloon reading, and winds at high "
            "altitude are much calmer than on Friday. Low cloud is sitting over the coast, as "
            "usual in July, but that does not affect the launch. The launch director says the "
            "team is aiming for 09:30.",
        ]),
        ("09:37", "2026-07-18T09:37:00-05:00", "Five minutes to go", [
            "The countdown is running again and the launch director has polled all stations. "
            "Winds at altitude are within limits today, unlike yesterday.",
        ]),
        ("09:26", "2026-07-18T09:26:00-05:00", "Hold: a boat in the safety zone", [
            "The countdown has been paused. A small fishing boat has entered the maritime "
            "exclusion zone and a Navy launch is on its way to escort it out. The planned "
            "launch time of 09:30 will slip.",
        ]),
        ("08:15", "2026-07-18T08:15:00-05:00", "Good morning from Punta Lobos", [
            "Welcome to our live coverage. CONIDA, Peru's space agency, is making a second "
            "attempt to launch Illapa-2, a 9.8-metre sounding rocket weighing 1,240 kg. "
            "Friday's attempt was called off at T-minus 4 minutes because of strong winds "
            "high above the launch site.",
            "The rocket carries 48 kg of experiments, including a cubesat prototype built by "
            "students of the National University of Engineering (UNI) and an instrument from "
            "the Geophysical Institute of Peru to measure the ionosphere.",
            "The goal is to pass 100 km of altitude. Its predecessor, Illapa-1, reached only "
            "34 km in November 2025 after one of its fins failed.",
        ]),
    ],
)

RK_B = _wire_page(
    site="Southern Hemisphere Press", abbr="SHP", domain="shpress.example",
    path="science/peru-illapa-2-rocket-reaches-space-2026-07-18",
    headline="Peru's home-built Illapa-2 rocket crosses into space on second try",
    dek="The CONIDA sounding rocket reached 112.4 km after lifting off from Punta Lobos, a day "
        "after winds forced a scrub.",
    authors=["Camila Ferrándiz"],
    date_iso="2026-07-18T11:20:00-05:00", date_text="18 July 2026 11:20 GMT-5 | Updated 14:10",
    modified_iso="2026-07-18T14:10:00-05:00",
    dateline="PUCUSANA, Peru, July 18",
    section="Science", keywords=["Peru", "Space", "CONIDA", "Rockets"],
    fig=("2026/07/illapa2-liftoff.jpg",
         "The Illapa-2 sounding rocket lifts off from the Punta Lobos launch base on Saturday.",
         "SHP/Milagros Chávez"),
    related=[
        ("Chile's astronomers brace for cuts to observatory funding",
         "https://shpress.example/science/chile-observatory-funding-2026-07-15"),
        ("Bolivia and China discuss second communications satellite",
         "https://shpress.example/science/bolivia-china-satellite-2026-07-10"),
        ("Colombia's air force tests locally built drone",
         "https://shpress.example/americas/colombia-air-force-drone-2026-07-08"),
    ],
    editing="Reporting by Camila Ferrándiz; additional reporting by Raúl Meza in Lima; "
            "editing by Ines Garrido",
    paras=[
        "A sounding rocket designed and built in Peru reached space on Saturday, climbing to "
        "an altitude of 112.4 km before dropping a package of scientific experiments into the "
        "Pacific Ocean, the country's space agency said.",
        "The Illapa-2 rocket lifted off at 09:42 local time (1442 GMT) from the Punta Lobos "
        "launch base, on the coast about 60 km south of Lima, on the second attempt in two "
        "days. A first try on Friday was called off four minutes before launch because of "
        "strong upper-level winds.",
        "Saturday's launch was itself delayed by 12 minutes after a fishing boat strayed into "
        "the maritime safety zone and had to be escorted out by the Navy.",
        "The National Commission for Aerospace Research and Development (CONIDA) said radar "
        "tracking showed the rocket reached its highest point 168 seconds after liftoff, well "
        "above the 100 km mark that is widely used to define the boundary of space.",
        "The 9.8-metre, single-stage rocket, which weighed 1,240 kg at launch, is powered by a "
        "solid-fuel motor that burned for 41 seconds, accelerating it to about 6,100 km/h, "
        "flight director Aurelio Pacheco Luna told reporters.",
        "Its 48 kg payload included a prototype miniature satellite built by students at the "
        "National University of Engineering and an instrument from the Geophysical Institute "
        "of Peru designed to measure electron density in the ionosphere. The capsule "
        "descended by parachute and landed in the sea 186 km from the coast, 9 minutes and 31 "
        "seconds after launch.",
        "A Navy patrol ship recovered the capsule at 13:20, CONIDA said in an update.",
        "The flight is a milestone for a programme that suffered a setback in November 2025, "
        "when the previous rocket in the series, Illapa-1, reached only 34 km after one of its "
        "stabilising fins broke away during the climb.",
        "\u201cToday Peru showed that it can design, build and fly a rocket to space with its "
        "own engineers,\u201d CONIDA's head, Mariela Huamán Salcedo, said at a news conference "
        "at the base.",
        "The project cost 14.5 million soles, or about US$3.9 million, according to the "
        "agency. Most of the components, including the motor casing and the guidance "
        "electronics, were made in Peru, although some materials for the propellant were "
        "imported.",
        "Peru has launched sounding rockets from Punta Lobos before, but those flights reached "
        "much lower altitudes. Several Latin American countries, including Brazil and "
        "Argentina, have longer-established rocket programmes, and Brazil has operated "
        "launch bases for decades.",
        "Huamán said CONIDA planned to build a larger rocket, Illapa-3, with a first flight "
        "in 2027, and hoped eventually to use the programme to test technologies for placing "
        "small satellites in orbit. Experts say that goal would require far greater "
        "investment than the agency currently receives.",
        "Some scientists cautioned against overstating the achievement. \u201cReaching space "
        "with a sounding rocket is an important technical step, but it is still a long way "
        "from an orbital capability,\u201d said Alberto Rosas, a physicist who studies the upper "
        "atmosphere at a private university in Lima. \u201cWhat matters now is that the "
        "programme gets stable funding and flies regularly.\u201d",
        "Residents of Pucusana watched the launch from nearby beaches, and fishermen in the "
        "area were kept ashore on Friday and Saturday while the maritime exclusion zone was in "
        "force.",
        "The results from the ionospheric instrument are expected to be published later this "
        "year, the Geophysical Institute said. The student satellite team said it would "
        "analyse data stored on board once the capsule is returned to Lima.",
    ],
)

RK_C = _local_page(
    site="Pucusana al Día", domain="pucusanaaldia.example",
    path="2026/07/19/cohete-illapa-2-vecinos-pescadores",
    headline="From Naplo beach, Pucusana watched its rocket go to space",
    dek="Families gathered on the sand before dawn on Saturday. Fishermen, kept ashore for two "
        "days, want to be told earlier next time.",
    authors=["Kevin Ñaupari"],
    date_iso="2026-07-19T09:00:00-05:00", date_text="19 July, 2026",
    section="Local", keywords=["Pucusana", "Punta Lobos", "Illapa-2", "Fishermen"],
    widget='<h2 class="widget-title">Tides today</h2><p class="tides">High 05:12 &middot; Low '
           '11:38 &middot; High 17:50</p><h2 class="widget-title">Sea temperature</h2>'
           '<p class="sst">16&deg;C</p>',
    fig=("07/naplo-vecinos-cohete.jpg",
         "Residents on Naplo beach point at the rocket's trail over the sea on Saturday morning.",
         "Pucusana al Día / Kevin Ñaupari"),
    related=[
        ("Pucusana fishermen ask for new landing pier",
         "https://pucusanaaldia.example/2026/07/02/muelle-pescadores/"),
        ("Winter swells close two beaches this weekend",
         "https://pucusanaaldia.example/2026/06/27/oleaje-playas-cerradas/"),
        ("Municipality opens registration for swimming classes",
         "https://pucusanaaldia.example/2026/06/20/clases-natacion/"),
    ],
    paras=[
        "By eight in the morning on Saturday, there was barely space left on the low wall "
        "above Naplo beach. Families had come with thermos flasks of coffee, children with "
        "drawings of rockets, and at least one grandmother with a folding chair and a radio "
        "tuned to the live broadcast from the launch base a few kilometres to the south.",
        "At 9:42 a.m. they got what they had come for. Illapa-2, the rocket built by Peru's "
        "space agency CONIDA, rose from Punta Lobos on a column of white smoke and disappeared "
        "into the grey winter sky within seconds, leaving a trail that drifted over the bay "
        "for several minutes.",
        "\u201cMy son has been talking about this for a month. He says he is going to be an "
        "engineer now,\u201d said Yolanda Carhuas, a market trader who brought her two children. "
        "\u201cFor us it is a source of pride that it happened here, in Pucusana.\u201d",
        "CONIDA later confirmed that the rocket reached an altitude of 112.4 kilometres, "
        "crossing the 100-kilometre line that is commonly used to mark the edge of space. Its "
        "payload, a 48-kilo capsule with scientific experiments, came down by parachute 186 "
        "kilometres offshore and was picked up by a Navy patrol ship early in the afternoon.",
        "## A day late, and twelve minutes more",
        "It was the second try. On Friday, many of the same families had waited on the beach "
        "only to hear that the launch had been called off four minutes before liftoff, "
        "because of strong winds at high altitude.",
        "On Saturday the countdown was stopped again shortly before the planned time of 9:30 "
        "a.m., when a small fishing boat entered the exclusion zone. The Navy escorted the boat "
        "out and the rocket finally left 12 minutes late.",
        "The owner of the boat, who asked not to be named, told Pucusana al Día that he had "
        "gone out before dawn to check his nets and had not heard the radio warnings. \u201cI "
        "was not trying to cause trouble. Nobody came to tell us at the pier,\u201d he said.",
        "## Two days without fishing",
        "The episode reflects a wider complaint among the district's artisanal fishermen. The "
        "maritime exclusion zone around the launch kept boats ashore on both Friday and "
        "Saturday, and the fishermen's association says its members lost two days of income.",
        "\u201cWe are happy for the country, but we need to know earlier, and we need someone "
        "to talk to,\u201d said Teófilo Yupanqui, the association's secretary. He said the "
        "association would ask CONIDA and the port authority for a meeting before the next "
        "launch, and for compensation to be considered.",
        "A CONIDA spokesperson said the agency had published notices to mariners a week in "
        "advance and broadcast warnings by radio, but acknowledged that communication with "
        "small boat owners could be improved. The agency plans a larger rocket, Illapa-3, for "
        "2027, and has said it wants Punta Lobos to host more launches in the coming years.",
        "## The base next door",
        "The Punta Lobos launch base sits on a rocky headland at the southern end of the "
        "district, about 60 kilometres south of central Lima. Most residents know it only as a "
        "fenced area on the road to the lighthouse. On Saturday, for a few minutes, it was the "
        "centre of attention for the whole country.",
        "The mayor of Pucusana said the municipality would ask CONIDA to open the base to "
        "school visits, and would propose a small exhibition in the town square about the "
        "Illapa programme.",
    ],
)

RK_D = _newsletter_page(
    site="Orbital Andes", domain="orbitalandes.example",
    path="illapa-2-by-the-numbers",
    headline="Illapa-2, by the numbers",
    dek="Peru's sounding rocket reached 112.4 km on Saturday. Here is what the flight data "
        "says, in metric and imperial.",
    authors=["Ignacio Valdivia"],
    date_iso=None, date_text="Monday, 20 July 2026", issue="Orbital Andes #41",
    greeting="Hi all. A short, numbers-heavy issue this week, because there is only one story "
             "in Andean spaceflight right now.",
    section="Launches", keywords=["Illapa-2", "CONIDA", "Sounding rockets", "Peru"],
    sponsor="Orbital Andes is supported by readers like you, and this week by Altiplano "
            "Instruments, makers of low-cost ground stations for university cubesat teams.",
    related=[
        ("#40: Bolivia's satellite, ten years on",
         "https://orbitalandes.example/p/bolivia-satellite-ten-years"),
        ("#39: Why Punta Lobos?",
         "https://orbitalandes.example/p/why-punta-lobos"),
        ("#38: The Illapa-1 failure report, read closely",
         "https://orbitalandes.example/p/illapa-1-failure-report"),
    ],
    paras=[
        "## The launch",
        "Illapa-2 left the rail at Punta Lobos at 09:42 PET on Saturday 18 July, which is 14:42 "
        "UTC. That was 12 minutes behind the planned 09:30, after a fishing boat wandered into "
        "the exclusion zone. Friday's attempt had been scrubbed at T-4 minutes for upper-level "
        "winds.",
        "## The vehicle",
        "Single stage, solid propellant, 9.8 m tall, 1,240 kg at liftoff (about 2,730 lb). The "
        "motor burned for 41 s and pushed the vehicle to roughly 6,100 km/h, which is about "
        "3,800 mph.",
        "## The altitude",
        "CONIDA's confirmed apogee is 112.4 km, reached at T+168 s (2 min 48 s). In imperial "
        "terms that is about 69.8 miles, or roughly 369,000 ft. On launch day the control room "
        "first quoted \u201cmore than 110 km\u201d from early telemetry; the 112.4 km figure comes "
        "from the tracking radar and was released later in the morning.",
        "For context: the 100 km Kármán line is the most commonly used boundary of space, "
        "though the US Air Force and NASA have historically used 50 miles, about 80 km. "
        "Illapa-2 clears both comfortably. Its predecessor, Illapa-1, reached 34 km in November "
        "2025 before a fin failure ended its climb.",
        "## The payload",
        "48 kg (about 106 lb) in a recoverable capsule: a student-built cubesat prototype from "
        "the National University of Engineering and an ionosphere probe from the Geophysical "
        "Institute of Peru. Splashdown came 9 min 31 s after liftoff, 186 km offshore (just "
        "over 100 nautical miles). A Navy patrol ship had the capsule on deck at 13:20 local "
        "time.",
        "## The money",
        "CONIDA puts the cost at 14.5 million soles, about US$3.9 million. That is cheap by "
        "international standards for a vehicle reaching this altitude, largely because "
        "labour costs are low and much of the engineering was done by agency staff and "
        "university partners rather than contractors.",
        "## What it means",
        "The honest framing is the one CONIDA's head, Mariela Huamán Salcedo, used at the "
        "post-flight press conference: \u201cThis is not the end of a project; it is the "
        "beginning of a programme.\u201d A sounding rocket that reaches space is not an orbital "
        "launcher. To put even a small satellite in orbit, a rocket needs to reach about "
        "28,000 km/h horizontally, not just climb high. That is a different order of "
        "difficulty and expense.",
        "But the flight does show that the team can now design a stable airframe, a reliable "
        "solid motor and a recovery system, and that it has learned from Illapa-1. Flight "
        "director Aurelio Pacheco Luna told us the fin attachment had been completely "
        "redesigned and tested in a wind tunnel abroad before this flight.",
        "## What's next",
        "Illapa-3, a larger vehicle, is pencilled in for 2027. We will be watching the 2027 "
        "budget for signs that the money is there. We will also be looking for the data from "
        "the ionosphere probe, which the Geophysical Institute says it will publish this year.",
        "## Reader mail",
        "Several of you asked whether Punta Lobos could ever host orbital launches. Short "
        "answer: its location is fine, but the infrastructure is not, and the safety zone "
        "issues seen on Saturday would be much bigger for an orbital vehicle. More in a "
        "future issue.",
    ],
)

STORY_5 = _story("rk-LD5", "rocket", "2026-07-21", [RK_A, RK_B, RK_C, RK_D], [])


# ===========================================================================
# Story 6 - eq-LD6: earthquake near Pallatanga, Ecuador (CONTROL: no planted disagreement)
# ===========================================================================
# Facts: Sunday 23 August 2026, 03:17 local time (08:17 GMT). Magnitude 6.4 according to the
# Geophysical Institute (IG-EPN), first given as a preliminary 6.2 and revised at about 04:20;
# USGS measured 6.3. Depth 24 km (IG-EPN). Epicentre 14 km south-east of Pallatanga, Chimborazo
# province, about 45 km south-west of Riobamba, about 200 km south of Quito, about 110 km
# north-east of Guayaquil. Largest aftershock magnitude 4.7 at 05:02 Sunday; 31 aftershocks by
# 18:00 Sunday, 46 by 06:00 Monday.
# Toll (Risk Management Secretariat, SNGR): 06:30 Sun 3 dead, 21 injured; 13:00 Sun 7 dead, 58
# injured; 20:00 Sun 11 dead, 96 injured; 08:00 Mon 12 dead, 104 injured (an injured man died in
# hospital in Riobamba overnight). Homes: 20:00 Sun 870 affected, 190 uninhabitable; 08:00 Mon
# 1,240 affected, 310 uninhabitable. Pallatanga canton: 6 of the 12 dead, 420 damaged homes.
# 60-day state of emergency for Chimborazo declared Sunday afternoon; schools in the province
# closed Monday and Tuesday; Riobamba-Pallatanga-Bucay road blocked by landslides in three
# places, one lane reopened Monday morning. Officials: Risk Management Secretary Patricio Endara
# Vaca; IG-EPN director Sofia Almeida Carrion; Pallatanga mayor Segundo Yumbillo.

_EQ_ENDARA = ("The priority now is people. We have teams in every parish of Pallatanga, and we "
              "will not stop searching until we have checked every house that has been "
              "reported.")

EQ_A = _wire_page(
    site="Pacific Andes Wire", abbr="PAW", domain="pacandeswire.example",
    path="americas/ecuador-earthquake-chimborazo-2026-08-23",
    headline="Magnitude 6.4 quake kills at least seven in Ecuador's central Andes",
    dek="The pre-dawn earthquake struck near the town of Pallatanga in Chimborazo province, "
        "damaging hundreds of homes and cutting a key road to the coast.",
    authors=["Daniel Cevallos"],
    date_iso="2026-08-23T13:25:00-05:00", date_text="August 23, 2026 1:25 PM GMT-5",
    dateline="QUITO, Aug 23",
    section="Americas", keywords=["Ecuador", "Earthquake", "Chimborazo", "Disasters"],
    fig=("2026/08/pallatanga-damage.jpg",
         "Residents look at a collapsed adobe house in Pallatanga, Ecuador, on Sunday.",
         "PAW/Verónica Tapia"),
    related=[
        ("Ecuador's IMF programme review slips to September",
         "https://pacandeswire.example/business/ecuador-imf-review-2026-08-20"),
        ("Peru's Arequipa region on alert as Ubinas volcano stirs",
         "https://pacandeswire.example/americas/peru-ubinas-alert-2026-08-18"),
        ("Colombia's Cauca valley floods displace thousands",
         "https://pacandeswire.example/americas/colombia-cauca-floods-2026-08-14"),
    ],
    editing="Reporting by Daniel Cevallos in Quito and Irene Paucar in Riobamba; editing by "
            "Paul Westcott",
    paras=[
        "A magnitude 6.4 earthquake shook Ecuador's central Andes before dawn on Sunday, "
        "killing at least seven people, injuring dozens and damaging hundreds of homes in "
        "Chimborazo province, authorities said.",
        "The quake struck at 3:17 a.m. local time (0817 GMT) at a depth of 24 km, with its "
        "epicentre 14 km south-east of the town of Pallatanga, according to the Geophysical "
        "Institute of the National Polytechnic School (IG-EPN). The U.S. Geological Survey "
        "measured it at magnitude 6.3.",
        "The Risk Management Secretariat (SNGR) said in a report at 1 p.m. that seven people "
        "had died and 58 had been injured. Earlier on Sunday, at 6:30 a.m., it had reported "
        "three deaths and 21 injured, and officials warned the toll could rise as rescue "
        "teams reached remote villages.",
        "Most of the victims were in rural parts of Pallatanga and neighbouring cantons, where "
        "many homes are built of adobe, the secretariat said. Two people died in the city of "
        "Riobamba, the provincial capital, about 45 km north-east of the epicentre, when a wall "
        "collapsed onto a street.",
        "The shaking was felt strongly in Riobamba and Guayaquil, Ecuador's largest city, about "
        "110 km to the south-west, and more weakly in Quito, about 200 km to the north. There "
        "was no risk of a tsunami because the epicentre was inland, the Navy's oceanographic "
        "institute said.",
        "The IG-EPN initially gave a preliminary magnitude of 6.2 and revised it to 6.4 about an "
        "hour later, after reviewing data from more stations. The largest aftershock so far, of "
        "magnitude 4.7, occurred at 5:02 a.m.",
        f"\u201c{_EQ_ENDARA}\u201d Risk Management Secretary Patricio Endara Vaca told reporters "
        "in Riobamba.",
        "Landslides blocked the road linking Riobamba with Pallatanga and Bucay in three places, "
        "cutting one of the main routes between the highlands and the coast. Heavy machinery "
        "from the transport ministry was working to clear it, officials said.",
        "The government declared a 60-day state of emergency in Chimborazo province on Sunday "
        "afternoon, allowing it to release funds quickly and deploy the armed forces to help "
        "with rescue and distribution of aid.",
        "Ecuador sits on the Pacific \u201cRing of Fire\u201d and has a long history of deadly "
        "earthquakes. A magnitude 7.8 quake on the coast in April 2016 killed more than 600 "
        "people. Riobamba itself was destroyed by an earthquake in 1797 and rebuilt on a new "
        "site.",
        "Seismologists said the Pallatanga area lies close to a major fault system that runs "
        "diagonally across the Andes. \u201cThis is one of the most active crustal faults in "
        "the country, and it has produced large earthquakes in the past,\u201d said Sofía "
        "Almeida Carrión, director of the IG-EPN.",
        "Hospitals in Riobamba were treating most of the injured, and some patients with "
        "serious injuries were being transferred to Quito and Guayaquil, the health ministry "
        "said.",
        "Electricity was cut in parts of Pallatanga and neighbouring parishes after the quake, "
        "and the state power distributor said crews were working to restore supply by "
        "nightfall. Mobile phone coverage was patchy in the hills around the town, which "
        "slowed the flow of information from isolated communities.",
        "The Red Cross said it had sent volunteers, tents and hygiene kits from Riobamba and "
        "Quito, and that it was setting up shelters in Pallatanga and Cumandá for families "
        "whose homes were unsafe.",
    ],
)

EQ_B = _live_page(
    site="Radio Sierra Centro", domain="radiosierracentro.example",
    path="sismo-chimborazo-pallatanga-2026-08-23",
    headline="Chimborazo earthquake: death toll rises to 11 as rescuers reach remote villages",
    dek="Live updates after the magnitude 6.4 earthquake near Pallatanga early on Sunday.",
    authors=["Mónica Guaraca", "Luis Orozco"],
    date_iso="2026-08-23T03:40:00-05:00", date_text="Sunday 23 August 2026, 03:40",
    modified_iso="2026-08-23T21:05:00-05:00", status="LIVE - paused overnight",
    section="Chimborazo", keywords=["Earthquake", "Pallatanga", "Riobamba", "Chimborazo"],
    fig=("sismo-riobamba-calle.jpg",
         "Debris from a collapsed wall on a street in Riobamba on Sunday morning.",
         "Radio Sierra Centro / Paúl Cepeda"),
    related=[
        ("What to do during an aftershock",
         "https://radiosierracentro.example/guias/que-hacer-replica"),
        ("Where to donate: collection points in Riobamba",
         "https://radiosierracentro.example/ayuda/centros-acopio-riobamba"),
        ("Listen: our special programme on the earthquake",
         "https://radiosierracentro.example/audio/especial-sismo"),
    ],
    key_points=[
        "A magnitude 6.4 earthquake (IG-EPN) struck at 03:17, 14 km south-east of Pallatanga, "
        "at a depth of 24 km.",
        "As of 20:00, the Risk Management Secretariat reports 11 dead and 96 injured.",
        "A 60-day state of emergency has been declared in Chimborazo; schools are closed on "
        "Monday and Tuesday.",
    ],
    entries=[
        ("21:05", "2026-08-23T21:05:00-05:00", "Where things stand tonight", [
            "The Risk Management Secretariat's latest report, issued at 20:00, puts the toll at "
            "11 dead and 96 injured. It counts 870 homes affected by the earthquake, 190 of them "
            "uninhabitable. Teams will resume searching in the higher parts of Pallatanga at "
            "first light.",
            "We are pausing this live coverage for the night and will be back early on Monday. "
            "If you are in a damaged home, the secretariat asks you to sleep outside or in one "
            "of the shelters set up in Pallatanga, Cumandá and Riobamba.",
        ]),
        ("19:30", "2026-08-23T19:30:00-05:00", "Shelters open for the night", [
            "The Red Cross and the municipalities have opened shelters in Pallatanga, Cumandá "
            "and Riobamba. In Pallatanga, tents have been set up on the football pitch in the "
            "main park. Volunteers are handing out blankets, as temperatures in the area drop "
            "sharply after dark.",
            "If you need a place to sleep, go to the nearest municipal building and ask for "
            "the shelter coordinator, or call 911.",
        ]),
        ("18:40", "2026-08-23T18:40:00-05:00", "31 aftershocks so far", [
            "The Geophysical Institute says it has recorded 31 aftershocks up to 18:00. The "
            "largest remains the magnitude 4.7 tremor at 05:02. Most of the others were too "
            "small to be felt.",
        ]),
        ("16:10", "2026-08-23T16:10:00-05:00", "State of emergency declared", [
            "The government has declared a state of emergency in Chimborazo province for 60 "
            "days. The education ministry has also announced that schools across the province "
            "will stay closed on Monday and Tuesday while engineers inspect buildings.",
        ]),
        ("14:30", "2026-08-23T14:30:00-05:00", "Patients transferred from Riobamba", [
            "The health ministry says the general hospital in Riobamba has received most of "
            "the injured. Some patients with serious fractures and head injuries are being "
            "moved by ambulance to hospitals in Quito and Guayaquil. The hospital is asking "
            "for blood donors of all types.",
        ]),
        ("13:15", "2026-08-23T13:15:00-05:00", "Toll rises to seven", [
            "The 13:00 report from the Risk Management Secretariat confirms seven deaths and 58 "
            "people injured. Two of the dead were in Riobamba, where a wall fell onto a street "
            "in the La Condamine neighbourhood.",
        ]),
        ("12:20", "2026-08-23T12:20:00-05:00", "Why here? The IG explains", [
            "Sofía Almeida Carrión, director of the Geophysical Institute, told our newsroom "
            "by phone that the quake occurred on a crustal fault system that crosses the Andes "
            "diagonally near Pallatanga. \u201cThis is one of the most active crustal faults "
            "in the country,\u201d she said, adding that people should expect more aftershocks "
            "over the coming days and weeks.",
        ]),
        ("11:30", "2026-08-23T11:30:00-05:00", "Endara: 'The priority now is people'", [
            "Risk Management Secretary Patricio Endara Vaca has arrived in Riobamba and spoken "
            "to reporters at the emergency operations centre. \u201cThe priority now is people. "
            "We have teams in every parish of Pallatanga,\u201d he said.",
        ]),
        ("09:20", "2026-08-23T09:20:00-05:00", "Road to the coast blocked", [
            "The road from Riobamba to Pallatanga and Bucay is blocked by landslides in three "
            "places. Drivers heading for Guayaquil are being told to use alternative routes.",
        ]),
        ("07:50", "2026-08-23T07:50:00-05:00", "Power and phone lines down in Pallatanga", [
            "Listeners in Pallatanga tell us that electricity has been cut across much of the "
            "town and that mobile coverage comes and goes. The power distributor says crews "
            "are on their way. In Riobamba the power stayed on in most neighbourhoods.",
        ]),
        ("06:45", "2026-08-23T06:45:00-05:00", "First official figures: three dead", [
            "The Risk Management Secretariat reported at 06:30 that three people have died and "
            "21 have been injured. It stresses that communication with some rural communities "
            "has not yet been restored.",
        ]),
        ("05:05", "2026-08-23T05:05:00-05:00", "Strong aftershock", [
            "A magnitude 4.7 aftershock shook the area at 05:02, sending people who had gone "
            "back inside out onto the streets again. Many families in Riobamba are waiting for "
            "daylight in parks and squares.",
        ]),
        ("04:25", "2026-08-23T04:25:00-05:00", "Magnitude revised to 6.4", [
            "The Geophysical Institute (IG-EPN) has revised the magnitude to 6.4 and places the "
            "epicentre 14 km south-east of Pallatanga, at a depth of 24 km. The US Geological "
            "Survey gives a magnitude of 6.3.",
        ]),
        ("03:40", "2026-08-23T03:40:00-05:00", "Strong earthquake felt across Chimborazo", [
            "A strong earthquake was felt at 03:17 across Chimborazo and neighbouring provinces. "
            "The Geophysical Institute has given a preliminary magnitude of 6.2. Listeners are "
            "calling us from Riobamba, Alausí and Guamote to say that the shaking lasted many "
            "seconds and knocked objects off shelves.",
            "We are following developments and will update this page as information arrives.",
        ]),
    ],
)

EQ_C = _paper_page(
    site="The Quito Tribune", domain="quitotribune.example",
    path="national/2026/08/24/chimborazo-earthquake-toll-twelve",
    headline="Earthquake toll reaches 12 as Chimborazo counts the damage",
    dek="More than 1,200 homes were affected by Sunday's magnitude 6.4 quake. Engineers are "
        "inspecting schools before classes resume.",
    authors=["Gabriela Pástor", "Esteban Vinueza"],
    author_note="Gabriela Pástor reported from Pallatanga; Esteban Vinueza from Quito.",
    date_iso="2026-08-24T10:00:00-05:00", date_text="Monday 24 August 2026, 10:00",
    modified_iso="2026-08-24T11:45:00-05:00", updated_text="Last updated 11:45",
    section="National", keywords=["Earthquake", "Chimborazo", "Pallatanga", "Risk management"],
    fig=("2026/08/24/pallatanga-rescue.jpg",
         "Rescue workers remove rubble from a house in a rural parish of Pallatanga on Monday.",
         "Photo: Gabriela Pástor / The Quito Tribune"),
    related=[
        ("Is your building safe? How to check for earthquake damage",
         "https://www.quitotribune.example/explainers/check-earthquake-damage"),
        ("Ten years after Pedernales, how prepared is Ecuador?",
         "https://www.quitotribune.example/features/2026/04/16/pedernales-ten-years"),
        ("Live: Chimborazo earthquake, Sunday's updates",
         "https://www.quitotribune.example/live/2026/08/23/chimborazo-earthquake"),
        ("Where to send help for families in Chimborazo",
         "https://www.quitotribune.example/national/2026/08/24/how-to-help"),
    ],
    most_read=["Quito's trolleybus fares to rise in September",
               "Earthquake toll reaches 12 as Chimborazo counts the damage",
               "Galápagos tourist quota debate heats up",
               "Barcelona SC clinches place in cup final",
               "Guayaquil's new bridge opens to traffic"],
    paras=[
        "The number of people killed by the earthquake that struck Ecuador's central Andes "
        "early on Sunday rose to 12 on Monday, after a man injured in the canton of Colta died "
        "overnight in hospital in Riobamba, the Risk Management Secretariat said.",
        "In its report at 8 a.m. on Monday, the secretariat said 104 people had been injured, "
        "1,240 homes had been affected and 310 were uninhabitable. On Sunday night, at 8 p.m., "
        "it had counted 11 dead and 96 injured, with 870 homes affected.",
        "The magnitude 6.4 quake hit at 3:17 a.m. on Sunday, with its epicentre 14 km "
        "south-east of Pallatanga and 24 km below the surface, according to the Geophysical "
        "Institute of the National Polytechnic School. The US Geological Survey put its "
        "magnitude at 6.3. It was felt in Quito, about 200 km to the north, and in Guayaquil.",
        "## 'We heard the roof give way'",
        "In a rural parish on the slopes above Pallatanga, where the road gives way to a muddy "
        "track, Rosa Elvira Paca stood in front of what remained of her family's adobe house. "
        "\u201cWe heard the roof give way and we ran out in the dark with the children. My "
        "husband went back for his mother,\u201d she said. Her mother-in-law was rescued with "
        "a broken leg.",
        "Six of the 12 people who died lived in Pallatanga canton, according to the "
        "municipality, and the rest in the cantons of Riobamba, Colta, Cumandá and Alausí.",
        "Risk Management Secretary Patricio Endara Vaca, who spent Sunday night at the "
        "emergency operations centre in Riobamba, said search teams had now reached every "
        "parish in the affected area. \u201cWe will not stop searching until we have checked "
        "every house that has been reported,\u201d he said on Sunday.",
        "## Aftershocks and a blocked road",
        "The Geophysical Institute said it had recorded 46 aftershocks up to 6 a.m. on Monday, "
        "the largest of magnitude 4.7, shortly before dawn on Sunday. Its director, Sofía "
        "Almeida Carrión, said further aftershocks were likely in the coming weeks but that "
        "their frequency should gradually decrease.",
        "The road linking Riobamba, Pallatanga and Bucay, blocked by landslides in three places "
        "on Sunday, was partially reopened on Monday morning with one lane open to traffic, "
        "the transport ministry said. Heavy trucks are still barred.",
        "## Schools closed, emergency declared",
        "Schools across Chimborazo are closed on Monday and Tuesday while engineers inspect "
        "buildings. The government declared a 60-day state of emergency in the province on "
        "Sunday afternoon, which allows it to bypass some procurement rules to buy tents, "
        "water and building materials.",
        "Civil engineers who have visited the area said the damage followed a familiar "
        "pattern. Older adobe and unreinforced brick houses collapsed or cracked badly, while "
        "most newer concrete buildings suffered only minor damage. \u201cThe problem is not the "
        "building code. It is that most rural houses were never built under any code,\u201d "
        "said one engineer from the Riobamba college of engineers.",
        "## A seismic region",
        "The area around Pallatanga sits on one of Ecuador's most active fault systems. "
        "Riobamba was destroyed by an earthquake in 1797, and a magnitude 7.8 earthquake on "
        "the coast in April 2016 killed more than 600 people.",
        "Ecuador's government said it would present a reconstruction plan for the province "
        "within 30 days. Families whose homes are uninhabitable will receive a monthly rent "
        "subsidy for up to six months, the housing ministry said.",
    ],
)

EQ_D = _local_page(
    site="Chimborazo Hoy", domain="chimborazohoy.example",
    path="2026/08/24/pallatanga-despues-del-terremoto",
    headline="Pallatanga, the day after: tents, queues for water and a mayor asking for patience",
    dek="The canton nearest the epicentre lost six residents and has 420 damaged homes. "
        "Families are sleeping outdoors for a second night.",
    authors=["Wilson Lema Cando"],
    date_iso=None, date_text="Monday, August 24, 2026 - 2:00 p.m.",
    section="Pallatanga", keywords=["Pallatanga", "Earthquake", "Shelters", "Chimborazo"],
    widget='<h2 class="widget-title">Emergency numbers</h2><p class="phones">Emergencies: 911 '
           '&middot; Red Cross Riobamba &middot; Municipal shelter line</p>'
           '<h2 class="widget-title">Weather in Riobamba</h2><p class="wx">Cloudy, 15&deg;C</p>',
    fig=("08/pallatanga-carpas.jpg",
         "Tents set up on the football pitch in Pallatanga's main park on Monday.",
         "Chimborazo Hoy / Wilson Lema"),
    related=[
        ("Collection centres for donations in Riobamba and Guamote",
         "https://chimborazohoy.example/2026/08/23/centros-acopio/"),
        ("Which roads are open in Chimborazo today",
         "https://chimborazohoy.example/2026/08/24/estado-vias/"),
        ("Riobamba cathedral closed for structural inspection",
         "https://chimborazohoy.example/2026/08/24/catedral-inspeccion/"),
    ],
    paras=[
        "PALLATANGA - The football pitch in the town's main park has become a small camp. "
        "Around forty tents, most of them donated by the Red Cross, stand in rows on the "
        "grass, and a queue of people with plastic containers stretches from a water tanker "
        "parked on the corner. It is the second day after the earthquake, and nobody here is "
        "in a hurry to go back indoors.",
        "The magnitude 6.4 earthquake that struck at 3:17 a.m. on Sunday had its epicentre 14 "
        "km south-east of this town, according to the Geophysical Institute. Of the 12 people "
        "killed across Chimborazo, according to the Risk Management Secretariat's report at 8 "
        "a.m. on Monday, six were residents of Pallatanga canton.",
        "In the canton alone, 420 homes were damaged, according to the municipality. Across "
        "the province the secretariat counts 1,240 homes affected, 310 of them uninhabitable, "
        "and 104 people injured.",
        "Mayor Segundo Yumbillo said the priority was to get water, food and shelter to the "
        "rural parishes, some of which could only be reached on foot on Sunday. \u201cI ask "
        "people for patience. The help is arriving, but the roads have made everything slower,"
        "\u201d he said at the municipal building, which has cracks in its façade but remains "
        "in use.",
        "## Sleeping outside",
        "Many families whose houses are still standing have chosen to sleep outside anyway. "
        "The Geophysical Institute had counted 46 aftershocks by 6 a.m. on Monday, and the "
        "strongest of them, a magnitude 4.7 tremor at 5:02 a.m. on Sunday, is still fresh in "
        "everyone's mind.",
        "\u201cThe house has a crack from top to bottom. My children won't go in, and to be "
        "honest neither will I,\u201d said Martha Cuji, who runs a small shop selling bread and "
        "groceries. She has moved her stock onto a table on the pavement.",
        "On the slopes above the town, where adobe houses predominate, the damage is much "
        "worse. In some hamlets almost every house has lost its roof or a wall. Farmers say "
        "they are also worried about their animals and about the sugar cane and fruit harvests "
        "that are due in the coming weeks.",
        "## The road",
        "The road that connects Pallatanga with Riobamba to the north and Bucay to the west, "
        "blocked by landslides in three places on Sunday, reopened to light vehicles in one "
        "lane on Monday morning. Trucks carrying aid were being let through first. Drivers "
        "told Chimborazo Hoy that the journey from Riobamba, normally about an hour and a "
        "half, had taken more than three.",
        "The government declared a 60-day state of emergency in Chimborazo on Sunday, and "
        "schools across the province are closed on Monday and Tuesday. In Pallatanga, the "
        "municipality said at least two schools would need major repairs before pupils can "
        "return.",
        "## Help and donations",
        "The Risk Management Secretary, Patricio Endara Vaca, visited the camp on Sunday "
        "afternoon. \u201cThe priority now is people,\u201d he told residents, promising that "
        "engineers would inspect every reported house.",
        "Churches and neighbourhood groups in Riobamba have organised collection points for "
        "blankets, water and non-perishable food. The municipality asks people not to bring "
        "donations directly to Pallatanga, to avoid blocking the road, and instead to use the "
        "collection centres in Riobamba.",
        "For now, life in Pallatanga revolves around the park. Children play football between "
        "the tents, and in the evening neighbours share soup cooked over wood fires. \u201cWe "
        "have been through bad things before,\u201d said Yumbillo. \u201cWe will get through this "
        "too.\u201d",
    ],
)

STORY_6 = _story("eq-LD6", "earthquake", "2026-08-26", [EQ_A, EQ_B, EQ_C, EQ_D], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
