"""Part MC of the story battery (web pages).

Written by engineer MC1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py MC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-MC1 (CONTROL): Bank Indonesia cuts the BI-Rate by 25 bp to 4.25% on Wednesday 22 April 2026; no planted disagreement; traps are 25 bp / a quarter point / 4.25 per cent, the previous 4.50% and the 5.25% start of the cycle, 100 bp vs one percentage point, the deposit and lending facility rates, the rupiah intraday low (16,412) vs its close (16,395), 2:30 p.m. WIB vs 0730 GMT, "yesterday" vs "Wednesday" vs "April 22", the poll (19 of 28 / two-thirds), forecasts (4.00% by Q3), the Philippine rate of 4.50%, reserves in dollars and rupiah, and "Hendra" vs "Santoso" for the same governor.
el-MC2 (planted): Pakatan Sejahtera wins the Melaka state election of Saturday 28 March 2026; planted: one newspaper gives the winners 18 seats and the outgoing Gagasan Nasional 8 (others: 17 and 9), and the local site credits the "steadiness over spectacle" line to state secretary Rosnah Idris instead of Azlan; traps are live-blog partial tallies (14, 15, 16 seats; GN 6, 7), turnout rising from 38.5% (noon) and 61.2% (4 p.m.) to 67.9% and the final 68.4%, the 15-seat majority and 19-seat two-thirds mark, vote share 46.2% vs seat count, the 2021 turnout, 12:40 a.m. Sunday vs 1640 GMT Saturday, "yesterday" and "today" on pages of Sunday and Monday, 11 a.m. MYT vs 0300 GMT, and seats won by margins of 3,126, 812 and 1,487 votes.
ct-MC3 (planted): the Philippine Supreme Court voids the environmental permit of the Bayfront Horizon reclamation project in Manila Bay (decision dated 24 February 2026, released Tuesday 3 March 2026); planted: the wire gives the vote as 10-4 (others 9-5, one justice taking no part) and the broadcaster gives the project as 240 hectares (others 420); traps are dated vs released, the 180-hectare first phase, hectares vs acres, pesos vs dollars, 15 days for reconsideration vs 12 months for the study, the 2023 permit and the 2024 petition and TEPO, the 64-page decision and 31-page dissent, 2 p.m. Manila vs 0600 GMT, and full names vs surnames of the justices.
tr-MC4 (CONTROL): Vietnam's statistics office reports May 2026 trade (exports $41.63 bn, +14.2% y/y, surplus $2.15 bn) on Saturday 6 June 2026; no planted disagreement; traps are month-on-month vs year-on-year, the month vs January-May figures ($190.7 bn, surplus $8.8 bn), the revised April figure ($42.1 bn first estimate vs $42.39 bn), the May 2025 base, the US and China sub-totals, electronics and phone lines, percentage points vs per cent, dollars vs dong, the FDI figure of $8.1 bn, and "Ms Giang" vs "Nguyen" for the same official.
rk-MC5 (planted): Rocket Lab's Electron launches Singapore start-up Seraya Space's first radar satellite from Mahia, New Zealand (6:42 a.m. NZST Thursday 14 May 2026); planted: the broadcaster puts the orbit at 350 km (others 530 km) and the New Zealand local site calls co-founder Arjun Menon the chief executive (others: chief technology officer); traps are the same instant as 18:42 UTC Wednesday, 2:42 a.m. Thursday in Singapore and 6:42 a.m. in New Zealand, deployment at T+58:30 vs "just under an hour", km vs miles and kg vs lb, S$48 million vs about US$37 million, the two scrubbed attempts (9 and 11 May), first signal at 4:15 a.m. SGT vs 93 minutes after launch, and planned satellites (12 by 2029, two more in 2027).
eq-MC6 (CONTROL): a magnitude 6.6 earthquake off Surigao del Sur, the Philippines, at 2:17 a.m. Tuesday 13 October 2026; no planted disagreement; traps are 2:17 a.m. Tuesday local vs 1817 GMT Monday, Phivolcs' first estimate 6.8 and the USGS 6.4 vs the revised 6.6, depths of 14 km (Phivolcs) and 10 km (USGS), a death toll rising 2, 9, 13, 16, 17 with injured and missing changing as of each page's time, aftershock counts rising, the strongest aftershock (5.2), intensity VII vs magnitude, epicentre given as off Carrascal vs off Surigao del Sur vs Mindanao, and the 7.4 Hinatuan quake of December 2023.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "MC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared page pieces
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _body(blocks: list[str], ad_label: str = "Advertisement") -> str:
    """Article body mini-language: '## ' sub-head, '> ' pull quote, 'AD' ad slot,
    'IMG|caption|credit' inline photo, 'READ|title|href' inline related link,
    anything else a paragraph."""
    out = []
    for n, b in enumerate(blocks):
        if b == "AD":
            out.append(f'<aside class="ad-slot ad-inline" id="ad-mid-{n}"><span class="ad-label">{_e(ad_label)}</span>'
                       f'<div class="ad-creative" data-ad-unit="article_mid_{n}"></div></aside>')
        elif b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(b[2:])}</p></blockquote>')
        elif b.startswith("IMG|"):
            _, cap, credit = b.split("|", 2)
            out.append(f'<figure class="inline-photo"><img src="/media/photo-{n}.jpg" alt="{_e(cap)}" loading="lazy">'
                       f'<figcaption>{_e(cap)} <span class="photo-credit">{_e(credit)}</span></figcaption></figure>')
        elif b.startswith("READ|"):
            _, title, href = b.split("|", 2)
            out.append(f'<p class="read-also"><strong>Read also:</strong> <a href="{_e(href)}">{_e(title)}</a></p>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _ld(kind: str, headline: str, url: str, publisher: str, published: str | None = None,
        modified: str | None = None, author: str | None = None, extra: dict[str, Any] | None = None) -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": headline,
                         "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                         "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if author:
        d["author"] = {"@type": "Person", "name": author}
    if extra:
        d.update(extra)
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def _links(host: str, items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="https://{host}{h}">{_e(t)}</a></li>' for t, h in items)


def _share(url: str, title: str) -> str:
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-buttons"><span>Share</span>'
            f'<a class="share-x" href="https://x.example/intent/post?url={u}&amp;text={t}">X</a>'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share-wa" href="https://wa.example/send?text={t}%20{u}">WhatsApp</a>'
            f'<a class="share-li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?subject={t}&amp;body={u}">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _cookie(site: str) -> str:
    return (f'<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>{_e(site)} and our partners use cookies '
            'to personalise content and ads, to provide social media features and to analyse our traffic. '
            'You can change your choices at any time in Privacy Settings.</p>'
            '<button class="cookie-accept">Accept all</button><button class="cookie-reject">Reject non-essential</button>'
            '<a href="/privacy">Manage preferences</a></div>')


def _metas(pairs: list[tuple[str, str, str | None]]) -> str:
    out = []
    for attr, key, val in pairs:
        if val is not None:
            out.append(f'<meta {attr}="{key}" content="{_e(val)}">')
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Template 1: wire agency
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, host: str, path: str, section: str, headline: str, summary: str,
               byline: str, shown: str, published: str | None, modified: str | None,
               body: list[str], related: list[tuple[str, str]], credits: str = "") -> str:
    url = f"https://{host}{path}"
    nav = _links(host, [(s, "/" + s.lower() + "/") for s in
                        ("World", "Business", "Markets", "Politics", "Technology", "Sustainability", "Asia Pacific")])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(headline)} | {_e(site)}</title>
{_metas([("name", "description", summary), ("property", "og:type", "article"), ("property", "og:site_name", site),
         ("property", "og:title", headline), ("property", "og:url", url),
         ("property", "article:published_time", published), ("property", "article:modified_time", modified),
         ("property", "article:section", section), ("name", "twitter:card", "summary_large_image")])}
<link rel="canonical" href="{url}">
{_ld("NewsArticle", headline, url, site, published, modified, byline)}
</head>
<body class="wire-article">
{_cookie(site)}
<header class="masthead"><a class="logo" href="https://{host}/">{_e(site)}</a>
<nav class="primary-nav"><ul>{nav}</ul></nav>
<div class="account"><a href="https://{host}/register">Register</a> <a href="https://{host}/signin">Sign in</a></div></header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><div class="ad-creative" data-ad-unit="top_leaderboard"></div></div>
<main class="content">
<article class="story">
<nav class="breadcrumbs"><a href="https://{host}/">Home</a> &rsaquo; <a href="https://{host}/{section.lower().replace(' ', '-')}/">{_e(section)}</a></nav>
<h1 class="story-headline">{_e(headline)}</h1>
<div class="byline">By {_e(byline)}</div>
<div class="dateline"><time datetime="{_e(published or '')}">{_e(shown)}</time></div>
{_share(url, headline)}
<div class="story-body">
{_body(body)}
</div>
<p class="credits">{_e(credits)}</p>
<p class="standards"><a href="https://{host}/about/standards">Our Standards: the {_e(site)} editorial principles.</a></p>
</article>
<aside class="right-rail"><h3>More from {_e(site)}</h3><ul>{_links(host, related)}</ul>
<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-creative" data-ad-unit="rail_mpu"></div></div></aside>
</main>
<footer class="site-footer"><ul><li><a href="https://{host}/about">About us</a></li><li><a href="https://{host}/careers">Careers</a></li>
<li><a href="https://{host}/contact">Contact</a></li><li><a href="https://{host}/terms">Terms of use</a></li><li><a href="https://{host}/privacy">Privacy</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 2: daily newspaper
# ---------------------------------------------------------------------------

def _paper_page(*, site: str, host: str, path: str, section: str, masthead_date: str, headline: str,
                standfirst: str, author: str, author_role: str, shown: str, published: str | None,
                modified: str | None, hero: tuple[str, str], body: list[str], tags: list[str],
                most_read: list[tuple[str, str]], ticker: str = "", jsonld: bool = False) -> str:
    url = f"https://{host}{path}"
    nav = _links(host, [(s, "/" + s.lower().replace(" ", "-") + "/") for s in
                        ("News", "Nation", "Business", "World", "Opinion", "Sport", "Lifestyle", "E-paper")])
    tag_html = " ".join(f'<a class="tag" href="https://{host}/tag/{_e(t.lower().replace(" ", "-"))}">{_e(t)}</a>' for t in tags)
    ld = _ld("NewsArticle", headline, url, site, published, modified, author) if jsonld else ""
    ticker_html = f'<div class="breaking-ticker"><strong>Latest</strong> {_e(ticker)}</div>' if ticker else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{_metas([("name", "description", standfirst), ("name", "author", author), ("property", "og:title", headline),
         ("property", "og:description", standfirst), ("property", "og:site_name", site), ("property", "og:url", url),
         ("property", "article:published_time", published), ("property", "article:modified_time", modified),
         ("property", "article:section", section)])}
<link rel="canonical" href="{url}">
{ld}
</head>
<body class="newspaper article-page">
{_cookie(site)}
<div class="top-strip"><span class="today">{_e(masthead_date)}</span> <a href="https://{host}/subscribe">Subscribe</a> <a href="https://{host}/login">Log in</a></div>
<header class="masthead"><a class="logo" href="https://{host}/">{_e(site)}</a><nav class="sections"><ul>{nav}</ul></nav></header>
{ticker_html}
<div class="ad-slot ad-billboard"><span class="ad-label">Advertisement</span><div class="ad-creative"></div></div>
<main>
<article class="article">
<p class="kicker"><a href="https://{host}/{section.lower().replace(' ', '-')}/">{_e(section)}</a></p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">{_e(author)}</span> <span class="role">{_e(author_role)}</span> <span class="published">{_e(shown)}</span></div>
{_share(url, headline)}
<figure class="hero"><img src="/images/hero.jpg" alt="{_e(hero[0])}"><figcaption>{_e(hero[0])} <span class="credit">{_e(hero[1])}</span></figcaption></figure>
<div class="article-body">
{_body(body)}
</div>
<div class="tags">Topics: {tag_html}</div>
<section class="newsletter-box"><h3>Get the morning briefing</h3><p>The day's top stories in your inbox before breakfast, six days a week.</p>
<form action="https://{host}/newsletters/signup" method="post"><input type="email" placeholder="Your email address"><button>Sign up</button></form></section>
<section class="comments"><h3>Comments</h3><p>Comments are moderated and may take time to appear. Please read our community guidelines.</p></section>
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{_links(host, most_read)}</ol>
<div class="ad-slot ad-halfpage"><span class="ad-label">Advertisement</span><div class="ad-creative"></div></div></aside>
</main>
<footer class="footer"><p><a href="https://{host}/about">About</a> | <a href="https://{host}/advertise">Advertise with us</a> | <a href="https://{host}/contact">Contact</a> | <a href="https://{host}/privacy">Privacy policy</a> | <a href="https://{host}/terms">Terms</a></p>
<p>&copy; 2026 {_e(site)}. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 3: broadcaster news site (visible date only)
# ---------------------------------------------------------------------------

def _broadcast_page(*, site: str, host: str, path: str, section: str, headline: str, summary: str,
                    shown: str, reporter: str, video: tuple[str, str], body: list[str],
                    trending: list[tuple[str, str]], listen: str = "") -> str:
    url = f"https://{host}{path}"
    nav = _links(host, [(s, "/" + s.lower().replace(" ", "-") + "/") for s in
                        ("Live TV", "News", "Business", "Regional", "World", "Sports", "Entertainment", "Weather")])
    listen_html = f'<div class="audio-player"><button>Listen to this article</button> <span>{_e(listen)}</span></div>' if listen else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{_metas([("name", "description", summary), ("property", "og:title", headline), ("property", "og:site_name", site),
         ("property", "og:image", f"https://{host}/thumbs/share.jpg"), ("property", "og:type", "article")])}
<link rel="canonical" href="{url}">
</head>
<body class="broadcaster">
{_cookie(site)}
<header class="station-header"><a class="logo" href="https://{host}/">{_e(site)}</a>
<a class="watch-live" href="https://{host}/live">&#9679; Watch live</a>
<nav><ul>{nav}</ul></nav></header>
<main class="page">
<article>
<div class="category"><a href="https://{host}/{section.lower().replace(' ', '-')}/">{_e(section)}</a></div>
<h1>{_e(headline)}</h1>
<div class="reporter">{_e(reporter)}</div>
<div class="date">{_e(shown)}</div>
{_share(url, headline)}
<div class="video-embed"><div class="player" data-video-id="v-{len(headline) * 7919 % 100000}"></div>
<p class="video-caption">{_e(video[0])} <span class="duration">{_e(video[1])}</span></p></div>
{listen_html}
<div class="story-text">
{_body(body, ad_label="ADVERTISEMENT")}
</div>
<p class="follow">Follow us on social media and download our app for breaking news alerts.</p>
</article>
<aside class="trending"><h3>Trending now</h3><ul>{_links(host, trending)}</ul>
<div class="ad-slot"><span class="ad-label">ADVERTISEMENT</span><div class="ad-creative"></div></div></aside>
</main>
<footer><p>Download our app on iOS and Android.</p><p><a href="https://{host}/about">About us</a> &middot; <a href="https://{host}/schedule">TV schedule</a> &middot; <a href="https://{host}/privacy">Privacy</a></p>
<p>&copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 4: trade / specialist newsletter (web edition)
# ---------------------------------------------------------------------------

def _newsletter_page(*, site: str, host: str, path: str, issue_line: str, headline: str, summary: str,
                     author: str, in_this_issue: list[str], body: list[str], extra_html: str = "",
                     published: str | None = None) -> str:
    url = f"https://{host}{path}"
    toc = "\n".join(f"<li>{_e(x)}</li>" for x in in_this_issue)
    ld = _ld("Article", headline, url, site, published, None, author) if published else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_e(summary)}">
<meta name="robots" content="noarchive">
{ld}
</head>
<body class="newsletter-web">
{_cookie(site)}
<header class="nl-header"><a class="brand" href="https://{host}/">{_e(site)}</a>
<nav><a href="https://{host}/archive">Archive</a> <a href="https://{host}/data">Data</a> <a href="https://{host}/events">Events</a> <a href="https://{host}/account">My account</a></nav></header>
<div class="issue-line">{_e(issue_line)}</div>
<section class="toc"><h2>In this issue</h2><ul>{toc}</ul></section>
<main>
<article class="lead-item">
<h1>{_e(headline)}</h1>
<p class="author">By {_e(author)}</p>
{_share(url, headline)}
<div class="item-body">
{_body(body, ad_label="Sponsored")}
</div>
{extra_html}
</article>
<section class="subscriber-box"><h3>Forwarded this issue?</h3><p>Subscribe to get the full briefing, our data tables and the weekly calendar.</p>
<a class="btn" href="https://{host}/subscribe">Start a free trial</a></section>
</main>
<footer class="nl-footer"><p>You are receiving this because you signed up at {_e(host)}. <a href="https://{host}/unsubscribe">Unsubscribe</a> | <a href="https://{host}/preferences">Update preferences</a></p>
<p>&copy; 2026 {_e(site)}. Redistribution outside your organisation is not permitted.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 5: live blog
# ---------------------------------------------------------------------------

def _live_page(*, site: str, host: str, path: str, headline: str, summary: str, start_iso: str,
               key_points: list[str], entries: list[tuple[str, str, list[str]]], status: str,
               related: list[tuple[str, str]]) -> str:
    url = f"https://{host}{path}"
    kp = "\n".join(f"<li>{_e(k)}</li>" for k in key_points)
    ent = []
    for stamp, iso, paras in entries:  # newest first
        ent.append(f'<div class="live-entry" data-ts="{_e(iso)}"><time datetime="{_e(iso)}">{_e(stamp)}</time>'
                   f'<div class="entry-body">{_body(paras)}</div>'
                   '<div class="entry-share"><a href="#">Share this post</a></div></div>')
    ld = _ld("LiveBlogPosting", headline, url, site, None, None, None,
             {"coverageStartTime": start_iso, "description": summary})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(summary)}">
<meta property="og:title" content="{_e(headline)}">
<meta http-equiv="refresh" content="120">
{ld}
</head>
<body class="liveblog">
{_cookie(site)}
<header class="topbar"><a class="logo" href="https://{host}/">{_e(site)}</a>
<nav><a href="https://{host}/news">News</a> <a href="https://{host}/live">Live</a> <a href="https://{host}/video">Video</a> <a href="https://{host}/podcasts">Podcasts</a></nav></header>
<main>
<h1><span class="live-badge">LIVE</span> {_e(headline)}</h1>
<p class="live-status">{_e(status)}</p>
{_share(url, headline)}
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-creative"></div></div>
<section class="live-feed">
{chr(10).join(ent)}
</section>
<button class="load-more">Load earlier updates</button>
<aside class="related"><h3>Related coverage</h3><ul>{_links(host, related)}</ul></aside>
</main>
<footer><p>&copy; 2026 {_e(site)}. <a href="https://{host}/privacy">Privacy</a> <a href="https://{host}/terms">Terms</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 6: local news site (blog-style, visible date or none)
# ---------------------------------------------------------------------------

def _local_page(*, site: str, host: str, path: str, tagline: str, headline: str, posted: str,
                body: list[str], categories: list[str], recent: list[tuple[str, str]], weather: str) -> str:
    url = f"https://{host}{path}"
    cats = "\n".join(f'<li><a href="https://{host}/category/{_e(c.lower().replace(" ", "-"))}/">{_e(c)}</a></li>' for c in categories)
    posted_html = f'<div class="entry-meta">{_e(posted)}</div>' if posted else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} &#8211; {_e(site)}</title>
<meta name="generator" content="WordPress 6.8">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
<link rel="canonical" href="{url}">
</head>
<body class="post-template-default single single-post">
{_cookie(site)}
<div id="page" class="site">
<header id="masthead"><p class="site-title"><a href="https://{host}/">{_e(site)}</a></p><p class="site-description">{_e(tagline)}</p>
<nav id="site-navigation"><ul><li><a href="https://{host}/">Home</a></li>{cats}<li><a href="https://{host}/contact-us/">Contact Us</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{_e(headline)}</h1>{posted_html}</header>
{_share(url, headline)}
<div class="entry-content">
{_body(body)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in {_e(categories[0])}</span></footer>
</article>
<nav class="post-navigation"><a rel="prev" href="https://{host}/?p=prev">&larr; Previous post</a> <a rel="next" href="https://{host}/?p=next">Next post &rarr;</a></nav>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget weather"><h3>Weather</h3><p>{_e(weather)}</p></section>
<section class="widget ad"><span class="ad-label">Advertisement</span><div class="ad-creative"></div></section>
<section class="widget recent-posts"><h3>Recent Posts</h3><ul>{_links(host, recent)}</ul></section>
<section class="widget newsletter"><h3>Join our mailing list</h3><p>Local news, once a week. No spam.</p><input type="email"><button>Subscribe</button></section>
</aside>
</div>
<footer id="colophon"><p>&copy; 2026 {_e(site)} &middot; Proudly community-owned &middot; <a href="https://{host}/advertise/">Advertise</a></p></footer>
</div>
</body>
</html>
"""


# ===========================================================================
# STORY 1 - cb-MC1 - Bank Indonesia rate cut (CONTROL: outlets agree on every fact)
# ===========================================================================

_S1_A_URL = "https://www.nusantarawire.example/markets/bank-indonesia-cuts-rate-25-bps-signals-room-for-more-easing-2026-04-22/"
_S1_A = _wire_page(
    site="Nusantara Wire", host="www.nusantarawire.example",
    path="/markets/bank-indonesia-cuts-rate-25-bps-signals-room-for-more-easing-2026-04-22/",
    section="Markets",
    headline="Bank Indonesia cuts rate by 25 bps, signals room for more easing",
    summary="Bank Indonesia lowered the BI-Rate to 4.25% on Wednesday, its fourth cut since September, and said it still had room to ease.",
    byline="Arief Budiman and Lestari Putri",
    shown="April 22, 2026 2:52 PM GMT+7 · Updated April 22, 2026 4:10 PM GMT+7",
    published="2026-04-22T07:52:00Z", modified="2026-04-22T09:10:00Z",
    body=[
        "JAKARTA, April 22 (Nusantara Wire) - Bank Indonesia lowered its benchmark interest rate by 25 basis points on Wednesday, its fourth cut since September, saying subdued inflation gave it space to support an economy that has struggled to pull clear of 5% growth.",
        "The central bank cut the BI-Rate to 4.25% from 4.50% at the end of a two-day policy meeting. It also reduced the deposit facility rate to 3.50% and the lending facility rate to 5.00%, each by the same 25 basis points.",
        "Nineteen of 28 economists polled by Nusantara Wire last week had expected a quarter-point cut, while the other nine forecast no change.",
        "“The decision is consistent with the forecast that inflation will stay low in 2026 and 2027, with keeping the rupiah stable, and with efforts to push economic growth higher,” Governor Hendra Wirawan Santoso told a news conference that began at 2:30 p.m. (0730 GMT) and was streamed online.",
        "Hendra said the bank still saw room for further easing but that the timing would depend on the rupiah and on conditions in global financial markets.",
        "AD",
        "The rupiah, which traded at 16,368 per dollar before the announcement, weakened as far as 16,412 shortly afterwards, a fall of about 0.3%, before trimming its losses. Indonesia's 10-year government bond yield fell 4 basis points to 6.38%.",
        "Annual inflation was 2.68% in March, a little above the midpoint of the bank's 2026 target range of 1.5% to 3.5%. Core inflation, which leaves out volatile food prices and government-set prices such as fuel, was 2.41%.",
        "Senior Deputy Governor Ratna Kusumawardani said the central bank would stay in the market to steady the currency, intervening in the spot and domestic non-deliverable forwards markets and buying government bonds in the secondary market when needed.",
        "Foreign exchange reserves stood at $151.8 billion at the end of March, enough to pay for more than six months of imports, she said.",
        "## Growth outlook",
        "Southeast Asia's largest economy grew 5.02% year on year in the October-December quarter. Bank Indonesia kept its forecast for 2026 growth at 4.7% to 5.5%, and Hendra said the outcome was likely to land near the middle of that range.",
        "Bank lending rose 8.1% in the year to March, at the lower end of the central bank's target of 8% to 11% growth for this year.",
        "Dimas Prasetyo, chief economist at Bank Mandala Sejahtera in Jakarta, said a quarter point had been the cautious choice. “They wanted to keep helping growth without handing the rupiah a reason to slide, so 25 basis points was the natural compromise,” he said.",
        "Bank Indonesia left its rate at 4.50% at its March meeting, when the rupiah was under pressure from a firmer dollar. Counting Wednesday's move, it has now cut by a total of 100 basis points since September 2025, when the BI-Rate stood at 5.25%.",
        "Elsewhere in the region, the Philippine central bank lowered its own policy rate to 4.50% earlier this month, while the Bank of Thailand kept its benchmark at 1.25% at its most recent review.",
        "Bank Indonesia's next policy meeting is scheduled for May 19-20.",
    ],
    credits="(Reporting by Arief Budiman and Lestari Putri; Writing by Kevin Sutanto; Editing by Margaret Loh)",
    related=[("Indonesia's March inflation edges up on food prices", "/markets/indonesia-march-inflation-2026-04-01/"),
             ("Rupiah steadies as exporters sell dollars ahead of holiday", "/markets/rupiah-steadies-exporters-2026-04-17/"),
             ("Philippine central bank cuts rate, flags pause", "/markets/philippines-central-bank-cut-2026-04-09/"),
             ("Jakarta stocks: banks lead gains on rate bets", "/markets/jakarta-stocks-banks-2026-04-21/")],
)

_S1_B_URL = "https://www.jakartaledger.example/business/2026/04/23/bi-trims-key-rate-to-4-25-per-cent-keeps-door-open"
_S1_B = _paper_page(
    site="The Jakarta Ledger", host="www.jakartaledger.example",
    path="/business/2026/04/23/bi-trims-key-rate-to-4-25-per-cent-keeps-door-open",
    section="Business", masthead_date="Thursday, April 23, 2026",
    headline="BI trims key rate to 4.25 per cent, keeps door open to further cuts",
    standfirst="The central bank eases for the fourth time since September as inflation stays tame, but says the rupiah will set the pace of any further moves.",
    author="Yohanes Sitorus", author_role="Economics reporter",
    shown="Published: Thu, April 23, 2026 06:00 AM",
    published="2026-04-23T06:00:00+07:00", modified=None,
    hero=("Bank Indonesia Governor Hendra Wirawan Santoso (centre) speaks at a press conference at the central bank's headquarters in Jakarta on Wednesday.",
          "(Ledger/Bayu Nugroho)"),
    body=[
        "Bank Indonesia (BI) cut its benchmark interest rate by a quarter of a percentage point yesterday, extending an easing cycle that began last September, as policymakers bet that tame prices leave room to give growth another push.",
        "The BI-Rate now stands at 4.25 per cent, down from 4.5 per cent, following a two-day meeting of the Board of Governors that ended on Wednesday afternoon. The deposit facility and lending facility rates were lowered in step, to 3.5 per cent and 5 per cent respectively.",
        "Governor Hendra Wirawan Santoso said the decision was in line with the bank's projection that inflation would remain low this year and next, with the need to keep the rupiah stable and with the effort to support growth.",
        "“We still see room to ease further. When we use that room will depend on the rupiah and on how global financial markets behave,” he told reporters at the central bank's headquarters on Jalan MH Thamrin in Central Jakarta.",
        "Consumer prices rose 2.68 per cent in March from a year earlier, comfortably inside the target BI has set for 2026 of 2.5 per cent, plus or minus one percentage point.",
        "AD",
        "Yesterday's cut is the fourth since September and brings total easing in this cycle to a full percentage point. BI paused in March, holding the rate at 4.5 per cent while the rupiah was under pressure.",
        "The currency wobbled after the announcement, weakening to about 16,410 per US dollar in the afternoon before recovering some ground to end the day at 16,395.",
        "Senior Deputy Governor Ratna Kusumawardani said the bank would keep up what it calls its “triple intervention”: operations in the spot market, in domestic non-deliverable forwards and in government bonds on the secondary market. Reserves of US$151.8 billion at the end of March gave the bank ample firepower, she added.",
        "## What it means for borrowers",
        "Commercial lenders typically take several months to pass central bank cuts on to customers. Loan growth reached 8.1 per cent year-on-year in March, near the bottom of BI's 8 to 11 per cent target range for 2026, and the central bank has been urging banks to lower lending rates faster.",
        "Bambang Kurniawan, a director at state-owned lender Bank Rakyat Nusantara, said borrowers should not expect overnight relief. “Mortgage and working-capital rates should start coming down in the third quarter. Deposit rates take time to adjust, and we price loans off what we pay depositors,” he said.",
        "IMG|Motorcyclists pass a branch of a state-owned bank in Jakarta's Kuningan business district on Wednesday.|(Ledger/Rina Maharani)",
        "Economists were divided ahead of the meeting. Dimas Prasetyo, chief economist at Bank Mandala Sejahtera, described 25 basis points as the “natural compromise” between supporting growth and protecting the currency.",
        "Koh Wei Ling, a senior economist at Halcyon Capital Research in Singapore, expects one more quarter-point cut in the third quarter, which would take the BI-Rate to 4 per cent by September. “Beyond that the bar rises sharply, because the interest rate gap with the United States matters more for the rupiah than anything else,” she said.",
        "BI kept its 2026 economic growth forecast at 4.7 to 5.5 per cent. The economy expanded 5.02 per cent in the final quarter of 2025, and Hendra said growth this year should come in around the middle of the range.",
        "READ|Editorial: A cut is welcome, but banks must pass it on|/opinion/2026/04/23/editorial-a-cut-is-welcome",
        "The bank's next two-day policy meeting will take place on May 19 and 20.",
    ],
    tags=["Bank Indonesia", "interest rates", "rupiah", "inflation", "monetary policy"],
    most_read=[("Toll road operator plans extra lanes for May Day long weekend", "/news/2026/04/22/toll-road-extra-lanes"),
               ("Jakarta MRT extension to open in stages from June", "/news/2026/04/21/mrt-extension"),
               ("Nickel smelter output hits record in first quarter", "/business/2026/04/20/nickel-smelter-record"),
               ("Football: Persija seal comeback win in capital derby", "/sport/2026/04/22/persija-derby")],
    ticker="Rupiah ends Wednesday at 16,395 per dollar after BI cut",
)

_S1_C_URL = "https://www.kanaltujuh.example/ekonomi/bank-indonesia-cuts-bi-rate-to-4-25-rupiah-pares-losses-1187342"
_S1_C = _broadcast_page(
    site="KTV News", host="www.kanaltujuh.example",
    path="/ekonomi/bank-indonesia-cuts-bi-rate-to-4-25-rupiah-pares-losses-1187342",
    section="Economy",
    headline="Bank Indonesia Cuts BI-Rate to 4.25%, Rupiah Pares Losses",
    summary="Bank Indonesia lowered the BI-Rate by 25 basis points to 4.25% after its April Board of Governors meeting.",
    shown="Wednesday, 22 April 2026 | 19:05 WIB",
    reporter="Reporter: Sinta Maharani | Editor: Rudi Hartanto",
    video=("Watch: BI Governor explains why the central bank cut rates again", "02:41"),
    listen="4 min",
    body=[
        "Jakarta, KTV - Bank Indonesia (BI) lowered its benchmark BI-Rate by 25 basis points to 4.25% on Wednesday (22/4/2026), the central bank's first move since February.",
        "The decision was announced by BI Governor Hendra Wirawan Santoso at about 14:30 WIB, at the close of the Board of Governors' monthly meeting held on 21 and 22 April.",
        "According to Hendra, the cut was consistent with low inflation projections for 2026 and 2027, with rupiah stability, and with the push to boost economic growth.",
        "“There is still room for rate cuts going forward, but the timing will take into account the rupiah and developments in global financial markets,” Hendra said.",
        "At the same meeting BI also lowered the deposit facility rate to 3.50% and the lending facility rate to 5.00%.",
        "AD",
        "## Rupiah recovers",
        "The rupiah briefly weakened after the announcement, touching Rp16,412 per US dollar, before paring its losses. By the close of trading it stood at Rp16,395 per dollar.",
        "On the Indonesia Stock Exchange, the Jakarta Composite Index (JCI) closed 0.6% higher at 7,412.35, led by banking and property shares, which traders said would benefit most from cheaper credit.",
        "BI Senior Deputy Governor Ratna Kusumawardani said the central bank would remain in the market to keep the currency stable. She noted that the rupiah had weakened by about 1.2% against the dollar since the start of the year, a move she described as in line with other currencies in the region.",
        "Annual inflation in March was recorded at 2.68%, while core inflation was 2.41%. BI's target for 2026 is 2.5% plus or minus 1%.",
        "IMG|Bank Indonesia's headquarters on Jalan MH Thamrin, Central Jakarta.|KTV/Dok.",
        "## Economists: cut alone is not enough",
        "Fajar Nugraha, an economist at the University of Indonesia's Institute for Economic and Social Research (LPEM), said lower rates would help but would not on their own revive household spending, which accounts for more than half of the economy.",
        "“People are still cautious. They need to see jobs and income first. The rate cut is a signal, but it has to be followed by banks actually lowering their loan rates,” Fajar told KTV on Wednesday evening.",
        "BI has now cut its rate four times since September 2025, from 5.25% to 4.25%. It held the rate at 4.50% at its March meeting.",
        "The central bank kept its 2026 economic growth projection at 4.7-5.5%. Indonesia's economy grew 5.02% year on year in the fourth quarter of 2025.",
        "BI's next Board of Governors meeting is scheduled for 19-20 May 2026.",
    ],
    trending=[("Long weekend: 1.4 million vehicles expected to leave Jakarta", "/nasional/long-weekend-vehicles-1187290"),
              ("Gold price at Antam boutiques rises Rp9,000 per gram", "/ekonomi/gold-price-antam-1187301"),
              ("Heavy rain forecast for Greater Jakarta until Friday", "/cuaca/heavy-rain-jabodetabek-1187322"),
              ("National team squad announced for June qualifiers", "/sport/national-team-squad-1187330")],
)

_S1_D_URL = "https://www.asiaratesbrief.example/issues/412/indonesia-bi-quarter-point-cut"
_S1_D = _newsletter_page(
    site="Asia Rates Brief", host="www.asiaratesbrief.example",
    path="/issues/412/indonesia-bi-quarter-point-cut",
    issue_line="Issue 412 · Friday 24 April 2026 · Central banks, bonds and FX across emerging Asia",
    headline="Indonesia: BI's quarter-point cut leaves one more in the tank",
    summary="Bank Indonesia took the BI-Rate to 4.25%; we see one more 25bp cut this cycle, with the rupiah as the binding constraint.",
    author="Priya Raman, Senior Analyst",
    in_this_issue=["Indonesia: BI's quarter-point cut leaves one more in the tank",
                   "Korea: exports data preview",
                   "India: bond index inclusion flows, week 16",
                   "Calendar: policy meetings to mid-May"],
    body=[
        "Bank Indonesia cut the BI-Rate by 25bp to 4.25% on April 22, taking the deposit and lending facility rates down by the same margin to 3.50% and 5.00%. Wednesday's decision matched the call of about two-thirds of the economists polled by Nusantara Wire (19 of 28); the rest had pencilled in a hold.",
        "With this move BI has delivered 100bp of easing since September 2025, a cumulative cut of one percentage point from 5.25%. It skipped March, holding at 4.50% while the rupiah was under pressure, so the April cut looks like a resumption rather than an acceleration.",
        "Governor Santoso said there was “still room” to ease, but tied the timing to the rupiah and global financial conditions. We read that as conditional guidance, not a commitment.",
        "## Market reaction",
        "The rupiah's reaction was modest. It slipped about 0.3% to 16,412 per dollar in the minutes after the 2:30pm Jakarta announcement before closing Wednesday at 16,395. The 10-year INDOGB yield fell 4bp to 6.38% on the day and added another 3bp of gains on Thursday, ending at 6.35%.",
        "Overnight indexed swaps price roughly 20bp of further easing by year-end, i.e. most, but not all, of one more quarter-point cut.",
        "AD",
        "## The numbers behind the call",
        "Headline CPI ran at 2.68% y/y in March, core at 2.41%, both well inside the 1.5-3.5% band. Q4 2025 GDP growth was 5.02% y/y, and BI left its 2026 range at 4.7-5.5%. Credit growth of 8.1% y/y in March sits at the bottom of BI's 8-11% target, which gives the board a reason to keep leaning toward easing.",
        "FX reserves of $151.8bn at end-March (roughly Rp2,490 trillion at current rates) give BI the means to lean against rupiah weakness, and Senior Deputy Governor Ratna Kusumawardani reiterated that the bank will keep intervening in spot, DNDF and the secondary bond market.",
        "## Our view",
        "We expect one more 25bp cut this cycle, most likely at the July meeting, which would take the BI-Rate to 4.00%. A move at the May 19-20 meeting is possible but would require a calm dollar. The risk to our call is the rate gap with the US: if it narrows much further, BI is more likely to stop at 4.25%.",
        "Regionally, BI joins the Bangko Sentral ng Pilipinas, which trimmed its policy rate by 25bp to 4.50% on April 9. The Bank of Thailand and Bank Negara Malaysia are on hold.",
    ],
    extra_html="""<table class="data-table"><caption>Policy rates, emerging Southeast Asia (as of 23 April 2026)</caption>
<thead><tr><th>Central bank</th><th>Rate</th><th>Level</th><th>Last change</th></tr></thead>
<tbody><tr><td>Bank Indonesia</td><td>BI-Rate</td><td>4.25%</td><td>-25bp, 22 Apr 2026</td></tr>
<tr><td>Bangko Sentral ng Pilipinas</td><td>Target RRP rate</td><td>4.50%</td><td>-25bp, 9 Apr 2026</td></tr>
<tr><td>Bank of Thailand</td><td>Policy rate</td><td>1.25%</td><td>on hold</td></tr>
<tr><td>Bank Negara Malaysia</td><td>OPR</td><td>2.75%</td><td>on hold</td></tr></tbody></table>
<p class="source">Source: central banks, Asia Rates Brief.</p>""",
)

STORY_1 = _story("cb-MC1", "central bank", "2026-04-25", [
    _page(_S1_A_URL, _S1_A),
    _page(_S1_B_URL, _S1_B),
    _page(_S1_C_URL, _S1_C),
    _page(_S1_D_URL, _S1_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 2 - el-MC2 - Melaka state election (planted: seat tally 17/9 vs 18/8 in
# the newspaper; the "steadiness over spectacle" line credited to Rosnah Idris
# instead of Azlan on the local site)
# ===========================================================================

_S2_A_URL = "https://www.straitsnewswire.example/asia/malaysia-pakatan-sejahtera-wins-melaka-state-poll-azlan-sworn-in-2026-03-29/"
_S2_A = _wire_page(
    site="Straits Newswire", host="www.straitsnewswire.example",
    path="/asia/malaysia-pakatan-sejahtera-wins-melaka-state-poll-azlan-sworn-in-2026-03-29/",
    section="Asia Pacific",
    headline="UPDATE 1-Malaysia's Pakatan Sejahtera wins Melaka state poll; Azlan sworn in",
    summary="Pakatan Sejahtera won 17 of 28 seats in Melaka's state election, ending Gagasan Nasional rule; Azlan Harun Mokhtar was sworn in as chief minister on Sunday.",
    byline="Nurul Huda Rahman",
    shown="March 29, 2026 1:55 AM GMT+8 · Updated March 29, 2026 12:30 PM GMT+8",
    published="2026-03-28T17:55:00Z", modified="2026-03-29T04:30:00Z",
    body=[
        "MELAKA, Malaysia, March 29 (Straits Newswire) - The Pakatan Sejahtera coalition won a clear majority in Melaka's state election, official results showed early on Sunday, unseating the Gagasan Nasional government that had run the historic port state since 2021.",
        "Pakatan Sejahtera's state leader Azlan Harun Mokhtar was sworn in as chief minister before the state governor at 11 a.m. (0300 GMT) on Sunday, less than 11 hours after the last result was declared.",
        "The coalition took 17 of the 28 seats in the state assembly, two more than the 15 needed to govern, the Election Commission said after the final seat was declared at 12:40 a.m. (1640 GMT on Saturday). Gagasan Nasional won nine seats and the smaller Ikatan Demokratik two. Pakatan Sejahtera had held 12 seats in the outgoing assembly.",
        "Turnout was 68.4% of the roughly 512,000 registered voters, the commission said, compared with about 66% at the previous state election in 2021, which was held under pandemic restrictions.",
        "“Melaka has chosen steadiness over spectacle. Tonight is not about revenge, it is about repair,” Azlan told cheering supporters at a hotel in Ayer Keroh shortly after 1 a.m.",
        "Azlan, 58, a lawyer and former state executive councillor, held his own seat of Ayer Keroh with a majority of 3,126 votes.",
        "AD",
        "Outgoing Chief Minister Khairul Anuar Ismail conceded in a statement issued before 2 a.m., saying Gagasan Nasional accepted the result and would be “a firm but fair opposition”. Khairul narrowly kept his own seat of Serkam, by 812 votes.",
        "Pakatan Sejahtera won 46.2% of the popular vote and Gagasan Nasional 38.9%, according to official results compiled by Straits Newswire. Ikatan Demokratik took 9.7%.",
        "The result leaves the coalition short of the 19 seats that would give it a two-thirds majority, the threshold for amending the state constitution.",
        "Rosnah Idris, the coalition's state secretary, told Straits Newswire the new executive council line-up would be announced “by Friday at the latest”.",
        "## Test for coalitions",
        "Melaka, home to roughly a million people, earns much of its living from visitors to its centuries-old port quarter and from electronics and food-processing plants on the edges of the state capital.",
        "Khairul sought the dissolution of the state assembly on Feb. 9, several months before its term was due to end, saying he needed a fresh mandate to push through a long-delayed water supply project. Police and military personnel voted early on Tuesday.",
        "“Voters here punished a government they saw as tired, but they did not hand the winners a blank cheque,” said Farah Liyana Zulkifli, a political scientist at Universiti Teknologi MARA's Melaka campus. “Two seats above the line is a working majority, not a landslide.”",
        "Campaigning focused on water shortages in Jasin district, traffic congestion and the cost of living. Police said they had received 23 reports of alleged campaign offences, most of them involving banners and posters put up in the wrong places.",
    ],
    credits="(Reporting by Nurul Huda Rahman in Melaka; Additional reporting by Jason Teoh in Kuala Lumpur; Editing by Raymond Chua)",
    related=[("Malaysia's ringgit firms as exporters convert proceeds", "/markets/ringgit-firms-2026-03-27/"),
             ("Melaka poll: what's at stake in the port state", "/asia/melaka-poll-explainer-2026-03-06/"),
             ("Malaysia February exports rise on chip demand", "/business/malaysia-february-exports-2026-03-18/"),
             ("Singapore core inflation eases in February", "/asia/singapore-core-inflation-2026-03-23/")],
)

_S2_B_URL = "https://www.peninsulacourier.example/news/nation/2026/03/29/ps-sweeps-to-power-in-melaka"
_S2_B = _paper_page(
    site="The Peninsula Courier", host="www.peninsulacourier.example",
    path="/news/nation/2026/03/29/ps-sweeps-to-power-in-melaka",
    section="Nation", masthead_date="Sunday, 29 March 2026",
    headline="PS sweeps to power in Melaka",
    standfirst="Azlan to be sworn in as Chief Minister this morning after coalition wins a commanding majority; GN's Khairul concedes",
    author="Siti Aishah Kamarudin and Daniel Ooi", author_role="The Peninsula Courier",
    shown="Sunday, 29 Mar 2026 7:30 AM MYT",
    published="2026-03-29T07:30:00+08:00", modified=None,
    hero=("PS chairman Datuk Seri Azlan Harun Mokhtar addresses supporters at a hotel in Ayer Keroh early this morning.",
          "— Courier pic by Hafiz Rahim"),
    body=[
        "MELAKA: Pakatan Sejahtera (PS) will form the next Melaka state government after winning 18 of the 28 state seats in yesterday's election, comfortably clearing the 15 needed for a simple majority.",
        "Gagasan Nasional (GN), which has governed the state since 2021, was reduced to eight seats, while Ikatan Demokratik (ID) held on to two.",
        "PS chairman Datuk Seri Azlan Harun Mokhtar will take his oath as Chief Minister before the Yang di-Pertua Negeri at Seri Negeri in Ayer Keroh at 11am today, his aides said.",
        "“Melaka has chosen steadiness over spectacle,” Azlan told a packed ballroom in Ayer Keroh at about 1.15am, as supporters waved the coalition's flags. “Tonight is not about revenge. It is about repair.”",
        "The final result, for the Kesidang seat, was announced at 12.40am, more than six and a half hours after polling stations closed at 6pm.",
        "Election Commission (EC) figures showed that 68.4 per cent of the 512,347 registered voters cast their ballots, up from the 61.2 per cent recorded at 4pm.",
        "AD",
        "Azlan retained Ayer Keroh with a 3,126-vote majority, while outgoing Chief Minister Datuk Khairul Anuar Ismail scraped through in Serkam by 812 votes.",
        "In a statement released at about 1.50am, Khairul said GN accepted the people's decision “with an open heart” and would serve as “a firm but fair opposition”.",
        "PS state secretary Rosnah Idris said the new state executive council would be named “by Friday at the latest”. Asked whether ID would be offered posts, she said only that “all doors are open to those who share our agenda”.",
        "PS took 46.2 per cent of the popular vote, ahead of GN's 38.9 per cent.",
        "A total of 87 candidates contested the 28 seats, including nine independents, none of whom won. Early voting for 7,912 police and military personnel was held on Tuesday.",
        "IMG|PS supporters celebrate outside the tallying centre in Ayer Keroh early this morning.|— Courier pic by Hafiz Rahim",
        "## Analysts: voters wanted change, not upheaval",
        "Lim Chee Keong of the Selat Policy Institute said the result showed voters wanted “a change of drivers, not a change of road”.",
        "“PS ran on competence and water pipes, not on grand promises, and that tone matched the mood. Melaka voters are practical people,” he said.",
        "PS dominated in the largely rural Jasin and Alor Gajah districts, while voters in Melaka Tengah, the urban district around the state capital, split their seats more evenly between the two main coalitions.",
        "READ|The marginal seats that decided Melaka|/news/nation/2026/03/29/marginal-seats-that-decided-melaka",
        "The state assembly was dissolved on Feb 9. The EC said the results would be gazetted within a week.",
    ],
    tags=["Melaka polls", "state election", "Pakatan Sejahtera", "Gagasan Nasional"],
    most_read=[("Ringgit ends week firmer against US dollar", "/business/2026/03/28/ringgit-ends-week-firmer"),
               ("Aidilfitri open house season in full swing across the state", "/metro/2026/03/28/raya-bazaar-sales"),
               ("Flash floods hit parts of Johor after overnight downpour", "/news/nation/2026/03/28/johor-flash-floods"),
               ("Badminton: national pair reach Swiss Open final", "/sport/2026/03/28/swiss-open-final")],
    ticker="Azlan to be sworn in as Melaka Chief Minister at 11am",
)

_S2_C_URL = "https://www.suaranews.example/live/melaka-state-election-2026-results"
_S2_C = _live_page(
    site="Suara News", host="www.suaranews.example",
    path="/live/melaka-state-election-2026-results",
    headline="Melaka state election 2026: results as they happen",
    summary="Live updates from polling day and the count in Melaka's 28-seat state election.",
    start_iso="2026-03-28T08:00:00+08:00",
    status="This live coverage has ended. Last updated 2:05am, Sunday 29 March 2026.",
    key_points=["Pakatan Sejahtera (PS) wins 17 of 28 seats and will form the state government",
                "Gagasan Nasional (GN) 9 seats, Ikatan Demokratik (ID) 2",
                "Final turnout 68.4%, according to the Election Commission",
                "Azlan Harun Mokhtar to be sworn in as chief minister at 11am on Sunday"],
    entries=[
        ("2:05am", "2026-03-29T02:05:00+08:00", [
            "We are wrapping up our live coverage here. To recap: PS 17, GN 9, ID 2. The Election Commission has put final turnout at 68.4%. Azlan will be sworn in at Seri Negeri at 11am. Thanks for staying with us through the night."]),
        ("1:52am", "2026-03-29T01:52:00+08:00", [
            "Khairul concedes. In a written statement, the outgoing chief minister says GN “accepts the verdict of the people with an open heart” and will be “a firm but fair opposition” in the new assembly."]),
        ("1:31am", "2026-03-29T01:31:00+08:00", [
            "PS state secretary Rosnah Idris tells our reporter at the hotel that the exco line-up will come “by Friday at the latest”. She would not say whether ID will be brought into the government."]),
        ("1:16am", "2026-03-29T01:16:00+08:00", [
            "Azlan is speaking now in Ayer Keroh. “Melaka has chosen steadiness over spectacle,” he says. “Tonight is not about revenge — it is about repair.”",
            "He thanks the volunteers, confirms the swearing-in is set for 11am, and asks supporters to drive home safely."]),
        ("12:40am", "2026-03-29T00:40:00+08:00", [
            "It's official: the last seat, Kesidang, goes to PS by 1,487 votes. Final tally: PS 17, GN 9, ID 2. All 28 seats have now been declared."]),
        ("11:35pm", "2026-03-28T23:35:00+08:00", [
            "Running count of declared seats: PS 16, GN 7, ID 2. Three seats still to come, including Kesidang, where GN agents have asked for a recount of some ballot boxes."]),
        ("10:50pm", "2026-03-28T22:50:00+08:00", [
            "PS crosses the line. With Bukit Katil declared for the coalition, PS has 15 seats, a simple majority in the 28-seat assembly.",
            "Declared so far: PS 15, GN 6, ID 1."]),
        ("9:40pm", "2026-03-28T21:40:00+08:00", [
            "First big names through. Azlan holds Ayer Keroh by 3,126 votes. Khairul survives a scare in Serkam, winning by just 812."]),
        ("8:15pm", "2026-03-28T20:15:00+08:00", [
            "Unofficial counts from party agents at several tallying centres suggest PS is ahead in 14 seats. Treat these with caution: nothing is official until the returning officer makes a declaration."]),
        ("6:40pm", "2026-03-28T18:40:00+08:00", [
            "Polls have closed. The EC puts provisional turnout at 67.9%. That figure may rise a little once late returns from rural centres are added in."]),
        ("4:20pm", "2026-03-28T16:20:00+08:00", [
            "Turnout had reached 61.2% by 4pm, the EC says. Polling stations close at 6pm."]),
        ("12:10pm", "2026-03-28T12:10:00+08:00", [
            "Turnout at noon stood at 38.5%, according to the EC's hourly update. Queues are longest in Alor Gajah, our reporters say."]),
        ("8:05am", "2026-03-28T08:05:00+08:00", [
            "Good morning. Polls opened at 8am at some 300 polling centres across Melaka's three districts: Melaka Tengah, Alor Gajah and Jasin.",
            "About 512,000 voters are eligible to choose 28 state assembly members from 87 candidates. A party or coalition needs 15 seats for a simple majority and 19 for two-thirds."]),
    ],
    related=[("Explainer: how Melaka's 28 seats are won and lost", "/news/melaka-28-seats-explainer"),
             ("Who is Azlan Harun Mokhtar?", "/news/profile-azlan-harun-mokhtar"),
             ("Melaka early voting runs smoothly, EC says", "/news/melaka-early-voting-smooth")],
)

_S2_D_URL = "https://melakakini.example/2026/03/30/azlan-takes-oath-as-melaka-chief-minister-promises-repair-agenda/"
_S2_D = _local_page(
    site="Melaka Kini", host="melakakini.example",
    path="/2026/03/30/azlan-takes-oath-as-melaka-chief-minister-promises-repair-agenda/",
    tagline="Berita dan cerita dari Negeri Bersejarah — news from the historic state",
    headline="Azlan takes oath as Melaka Chief Minister, promises ‘repair’ agenda",
    posted="Posted on March 30, 2026 by Melaka Kini Team",
    body=[
        "AYER KEROH — Datuk Seri Azlan Harun Mokhtar was sworn in as Melaka Chief Minister yesterday (Sunday), barely half a day after Pakatan Sejahtera (PS) secured a majority in Saturday's state election.",
        "He took the oath of office before the Yang di-Pertua Negeri at Seri Negeri at 11am, watched by his wife, coalition leaders and senior state civil servants. Traffic along Jalan Ayer Keroh was diverted between 9am and 1pm for the ceremony.",
        "PS won 17 of the 28 seats, while Gagasan Nasional (GN) took nine and Ikatan Demokratik (ID) two, according to the Election Commission (SPR).",
        "“Melaka has chosen steadiness over spectacle,” PS state secretary Rosnah Idris told supporters at a hotel in Ayer Keroh in the early hours of Sunday, as the final results came in. “Tonight is not about revenge, it is about repair.”",
        "Speaking to reporters after the ceremony, Azlan said his first priority would be the water supply in Jasin district, where some villages have faced rationing for months.",
        "“Families in Jasin have waited six years for a proper treatment plant. That is where we begin, this week, not next year,” he said.",
        "AD",
        "He said the new state executive council would be named within the week and that he would hold his first meeting with heads of state departments on Tuesday.",
        "Outgoing Chief Minister Datuk Khairul Anuar Ismail, who kept his Serkam seat by 812 votes, attended the ceremony and shook hands with Azlan. GN has said it will be “a firm but fair opposition”.",
        "Turnout was 68.4 per cent, the SPR said, slightly higher than at the 2021 state election.",
        "## Jasin and Alor Gajah swing",
        "Much of PS's gain came from seats in the Jasin and Alor Gajah districts, where water disruptions and poor rural roads dominated the campaign. In Melaka Tengah, the urban district around the state capital, the two main coalitions split the seats more evenly.",
        "Traders in Jasin town welcomed the result. “We just want the taps to run. Whoever does that gets my vote next time too,” said Norhayati Yusof, 47, who runs a food stall near the Jasin bus station.",
        "IMG|Datuk Seri Azlan Harun Mokhtar (right) receives his letter of appointment at Seri Negeri, Ayer Keroh, on Sunday.|— Melaka Kini photo",
        "The Kesidang seat, the last to be declared at 12.40am on Sunday, went to PS by 1,487 votes after the returning officer turned down a request by GN for a full recount.",
        "Azlan, who is also the Ayer Keroh assemblyman, is expected to chair his first state executive council meeting once the line-up is sworn in.",
    ],
    categories=["Politik", "Berita Tempatan", "Ekonomi", "Komuniti", "Sukan"],
    recent=[("Jonker Street night market to extend hours during school holidays", "/2026/03/20/jonker-street-night-market-hours/"),
            ("Jasin residents hold vigil over water cuts", "/2026/03/14/jasin-residents-vigil-water-cuts/"),
            ("Melaka River cruise fares unchanged this year", "/2026/03/09/melaka-river-cruise-fares/")],
    weather="Melaka: 33°C, scattered thunderstorms in the afternoon",
)

STORY_2 = _story("el-MC2", "election", "2026-03-31", [
    _page(_S2_A_URL, _S2_A),
    _page(_S2_B_URL, _S2_B),
    _page(_S2_C_URL, _S2_C),
    _page(_S2_D_URL, _S2_D),
], [
    ("Pakatan Sejahtera seat tally", r"\b17\b|seventeen", r"\b18\b|eighteen"),
    ("Gagasan Nasional seat tally", r"\b9\b(?!\.\d)|\bnine\b", r"\b8\b(?!\.\d)|\beight\b"),
    ("who said 'steadiness over spectacle'", r"azlan", r"rosnah"),
])


# ===========================================================================
# STORY 3 - ct-MC3 - Philippine Supreme Court voids Manila Bay reclamation permit
# (planted: vote 10-4 in the wire vs 9-5 elsewhere; 240 hectares in the
# broadcaster vs 420 elsewhere)
# ===========================================================================

_S3_A_URL = "https://www.manilameridian.example/news/nation/2026/03/03/sc-voids-permit-manila-bay-reclamation"
_S3_A = _paper_page(
    site="Manila Meridian", host="www.manilameridian.example",
    path="/news/nation/2026/03/03/sc-voids-permit-manila-bay-reclamation",
    section="Nation", masthead_date="Tuesday, March 3, 2026",
    headline="SC voids permit for Manila Bay reclamation, orders review of cumulative impact",
    standfirst="High court sides with fisherfolk, saying the environment department approved the 420-hectare Bayfront Horizon project without consulting affected communities",
    author="Jerome Villanueva", author_role="Reporter",
    shown="Published March 3, 2026 5:40 PM",
    published="2026-03-03T17:40:00+08:00", modified="2026-03-03T19:05:00+08:00",
    hero=("Fishing boats moored along the Parañaque coastline on Tuesday, March 3, 2026, near the site of the suspended Bayfront Horizon reclamation project.",
          "MERIDIAN PHOTO / ARNEL TUAZON"),
    body=[
        "The Supreme Court has nullified the environmental compliance certificate (ECC) issued for the Bayfront Horizon reclamation project off Parañaque City, ruling that the Department of Environment and Natural Resources (DENR) approved the 420-hectare development without the public consultations the law requires.",
        "Voting 9-5, the court en banc granted the petition for a writ of kalikasan filed in April 2024 by the fisherfolk group Samahan ng Mangingisda ng Baybay-Maynila (SMBM) and residents of coastal barangays in Parañaque and Las Piñas. One justice took no part.",
        "The decision, penned by Associate Justice Maria Teresa Lagdameo-Ocampo, is dated Feb. 24 but was made public only on Tuesday, when Supreme Court spokesperson Atty. Gerard Salonga discussed it at a 2 p.m. briefing.",
        "“An environmental compliance certificate is not a rubber stamp. It is the State's assurance that it looked carefully before it allowed the sea to be filled,” the court said in the 64-page ruling.",
        "The court found that the DENR's Environmental Management Bureau issued the ECC in August 2023 without holding the required consultations in the affected coastal communities, and without weighing how the project, together with neighbouring reclamation works, would add to flooding along the southern shore of Manila Bay.",
        "AD",
        "It ordered that reclamation works stay halted until a new ECC is issued after full consultations, and directed the DENR to complete a cumulative impact assessment of all reclamation projects in Manila Bay within 12 months and report its findings to the court.",
        "Work on the project has been suspended since October 2024, when the court issued a temporary environmental protection order (TEPO).",
        "## Dissent",
        "Associate Justice Ramon Villaluz, joined by four other justices, dissented. In a 31-page opinion he argued that the petitioners should first have appealed to the environment secretary before going to court, and warned that the majority had strayed into technical questions.",
        "“The Court today substitutes its own judgment for that of the agency's engineers on questions it is ill-equipped to answer,” Villaluz wrote.",
        "Associate Justice Emilio Santos-Bautista inhibited from the case. He was undersecretary for legal affairs at the DENR when the permit application was being processed.",
        "## Developer to study ruling",
        "Pacific Tideland Development Corp. (PTDC), which is building the P95-billion project in a joint venture with the Parañaque city government, said it would study the decision. Parties have 15 days from receipt of the ruling to file a motion for reconsideration.",
        "“We respect the Court, and we will go over the decision carefully with our lawyers. A motion for reconsideration is among the options on the table,” PTDC spokesperson Atty. Lourdes Catindig said.",
        "The company has said it spent about P3.2 billion on dredging and perimeter dikes for the project's 180-hectare first phase before work was stopped.",
        "AD",
        "SMBM chair Teodoro “Dodong” Macaraeg, who has fished off Parañaque for nearly four decades, said members gathered at their chapel in Barangay La Huerta to hear the news. “For the first time in years, the fishers feel someone was listening,” he said. The group says it represents some 2,300 registered fishers.",
        "Environment Secretary Gregorio Alcantara said the department respected the ruling and would review the permits of other reclamation projects in the bay.",
        "READ|EXPLAINER: What is a writ of kalikasan?|/news/nation/2024/04/18/explainer-writ-of-kalikasan",
    ],
    tags=["Supreme Court", "Manila Bay", "reclamation", "DENR", "environment"],
    most_read=[("MMDA extends number coding window on EDSA", "/news/metro/2026/03/02/mmda-number-coding-edsa"),
               ("Rice prices ease in Metro Manila markets, DA says", "/business/2026/03/02/rice-prices-ease"),
               ("PBA: Beermen take Game 3 behind late run", "/sports/2026/03/03/pba-beermen-game-3"),
               ("Peso closes at weakest level in three weeks", "/business/2026/03/03/peso-closes-weaker")],
    jsonld=True,
)

_S3_B_URL = "https://www.tanglawnews.example/news/metro/sc-junks-ecc-paranaque-reclamation-fisherfolk-rejoice-88213"
_S3_B = _broadcast_page(
    site="Tanglaw News", host="www.tanglawnews.example",
    path="/news/metro/sc-junks-ecc-paranaque-reclamation-fisherfolk-rejoice-88213",
    section="Metro",
    headline="SC junks ECC of Parañaque reclamation project; fisherfolk rejoice",
    summary="The Supreme Court struck down the environmental compliance certificate of the Bayfront Horizon reclamation project in Manila Bay.",
    shown="March 3, 2026 | 8:15 PM",
    reporter="By Kristine Sarmiento, Tanglaw News",
    video=("WATCH: Fisherfolk in Parañaque react to the Supreme Court ruling", "03:12"),
    body=[
        "MANILA — The Supreme Court has struck down the environmental compliance certificate of the 240-hectare Bayfront Horizon reclamation project in Manila Bay, handing a victory to fisherfolk who said the project was approved behind their backs.",
        "In a decision made public on Tuesday, the high court en banc voted 9-5 to grant the petition for a writ of kalikasan filed by the group Samahan ng Mangingisda ng Baybay-Maynila (SMBM).",
        "The ruling was written by Associate Justice Maria Teresa Lagdameo-Ocampo. Justice Ramon Villaluz wrote the dissent.",
        "According to the decision, the Environmental Management Bureau of the DENR failed to consult the communities affected by the project before issuing the permit in 2023.",
        "SC spokesperson Atty. Gerard Salonga told reporters that the court also found the bureau had ignored the combined effect of several reclamation projects on flooding in coastal areas south of Manila.",
        "Works cannot resume unless a new ECC is issued after proper consultations, he said.",
        "AD",
        "## ‘Someone listened’",
        "“Ngayon lang namin naramdaman na may nakinig sa amin,” said SMBM chair Teodoro Macaraeg — roughly, “Only now have we felt that someone listened to us.”",
        "Dozens of fishermen gathered at the group's chapel in Barangay La Huerta, Parañaque, to follow the announcement on their phones, some still in their boots after the morning's catch.",
        "Developer Pacific Tideland Development Corp. said in a statement that it respects the court and will study the ruling with its lawyers.",
        "Parañaque Mayor Cristina Almario said the city was “disappointed” because it had expected the project to create some 12,000 jobs, but added that it would comply.",
        "“We will sit down with the DENR and the developer to see what can still be done within the law,” Almario said.",
        "IMG|Members of the fisherfolk group SMBM in Barangay La Huerta, Parañaque, on Tuesday.|Tanglaw News / Jun Dela Rosa",
        "The project's first phase, covering 180 hectares, has been on hold since October 2024, when the court issued a temporary environmental protection order.",
        "The high court also ordered the DENR to study the combined impact of all reclamation projects in Manila Bay within a year.",
        "The petition was filed in April 2024 by SMBM and residents of coastal barangays in Parañaque and Las Piñas, who said the dredging had already driven fish away from their traditional grounds.",
        "One justice, Associate Justice Emilio Santos-Bautista, took no part in the case.",
        "Environment Secretary Gregorio Alcantara said the DENR respects the decision and will review the permits of other reclamation projects in the bay.",
        "Parties may file a motion for reconsideration within 15 days.",
    ],
    trending=[("PAGASA: Amihan to weaken by mid-March", "/news/weather/amihan-weaken-88190"),
              ("LRT-1 extension stations open to commuters next week", "/news/metro/lrt1-extension-88201"),
              ("Lotto jackpot climbs to P120 million", "/news/nation/lotto-jackpot-88207"),
              ("Gilas pool named for February window", "/sports/gilas-pool-88160")],
)

_S3_C_URL = "https://www.apsnews.example/world/asia/philippine-top-court-scraps-permit-manila-bay-reclamation-2026-03-03"
_S3_C = _wire_page(
    site="Archipelago Press Service", host="www.apsnews.example",
    path="/world/asia/philippine-top-court-scraps-permit-manila-bay-reclamation-2026-03-03",
    section="Asia Pacific",
    headline="Philippine top court scraps permit for $1.65 bln Manila Bay reclamation",
    summary="The Philippine Supreme Court voided the environmental permit for the Bayfront Horizon reclamation project in Manila Bay.",
    byline="Carlo Mendoza",
    shown="March 3, 2026 3:20 PM GMT+8",
    published="2026-03-03T07:20:00Z", modified=None,
    body=[
        "MANILA, March 3 (APS) - The Philippines' Supreme Court has voided the environmental permit for a 95 billion peso ($1.65 billion) land reclamation project in Manila Bay, ruling that authorities approved it without consulting the fishing communities it would affect.",
        "The court voted 10-4 to cancel the environmental compliance certificate for the 420-hectare (1,040-acre) Bayfront Horizon project off Parañaque City, south of the capital, with one justice taking no part, court spokesperson Gerard Salonga told a news briefing on Tuesday.",
        "The decision, dated Feb. 24, was made public at the briefing, which began at 2 p.m. (0600 GMT).",
        "The ruling orders the environment department to carry out a study of the combined impact of all reclamation projects in Manila Bay within 12 months. Work on Bayfront Horizon, halted by a court order since October 2024, cannot resume unless a new permit is issued after proper consultations.",
        "“An environmental compliance certificate is not a rubber stamp,” the court said in the decision, written by Associate Justice Maria Teresa Lagdameo-Ocampo. It described the permit as the state's assurance that it had “looked carefully before it allowed the sea to be filled”.",
        "AD",
        "Associate Justice Ramon Villaluz wrote the main dissent, arguing that the petitioners had skipped an administrative appeal and that the court was second-guessing the government's technical experts.",
        "Associate Justice Emilio Santos-Bautista, who had been a legal affairs official at the environment department while the permit was being processed, did not take part.",
        "Pacific Tideland has said it spent about 3.2 billion pesos on dredging and dike works before the court halted the project.",
        "The project is being developed by Pacific Tideland Development Corp in a joint venture with the Parañaque city government. The company said it would study the ruling. Parties have 15 days to seek reconsideration.",
        "Manila Bay has been ringed by reclamation projects in recent years as developers look for land for ports, casinos, housing and business districts close to the capital. Environmental groups say the works have damaged fishing grounds and worsened flooding, while supporters point to jobs and investment.",
        "The petition was filed in April 2024 by a fishers' group, Samahan ng Mangingisda ng Baybay-Maynila, which says it represents more than 2,000 fishers in Parañaque and neighbouring Las Piñas.",
        "Environment Secretary Gregorio Alcantara said the department respected the decision and would look again at permits issued for other projects in the bay.",
        "The peso was 0.2% weaker at 57.62 per dollar in afternoon trade on Tuesday, and shares of listed property developers were little changed after the ruling was announced.",
    ],
    credits="(Reporting by Carlo Mendoza; Editing by Anne Lim)",
    related=[("Philippine inflation seen steady in February - poll", "/business/philippine-inflation-poll-2026-03-02"),
             ("Manila casino operator posts record fourth-quarter revenue", "/business/manila-casino-revenue-2026-02-27"),
             ("Philippines, Japan sign port upgrade loan", "/world/asia/philippines-japan-port-loan-2026-02-25")],
)

_S3_D_URL = "https://www.benchandbardigest.example/digest/2026/03/04/en-banc-voids-bayfront-horizon-ecc"
_S3_D = _newsletter_page(
    site="Bench & Bar Digest", host="www.benchandbardigest.example",
    path="/digest/2026/03/04/en-banc-voids-bayfront-horizon-ecc",
    issue_line="Vol. 9, No. 41 · Wednesday, March 4, 2026 · Daily digest of Philippine jurisprudence and legal news",
    headline="En banc voids Bayfront Horizon ECC; writ of kalikasan granted (G.R. No. 268417)",
    summary="Digest of the Supreme Court en banc decision voiding the ECC of the Bayfront Horizon reclamation project in Manila Bay.",
    author="Atty. Paolo Reyes-Santiago, Editor",
    in_this_issue=["En banc voids Bayfront Horizon ECC; writ of kalikasan granted",
                   "CA: labor-only contracting in logistics firms, revisited",
                   "New rules on e-filing of pleadings take effect April 1",
                   "Bar bulletin: MCLE compliance deadlines"],
    body=[
        "The Supreme Court en banc has granted the petition for a writ of kalikasan in Samahan ng Mangingisda ng Baybay-Maynila, et al. v. Department of Environment and Natural Resources, et al., G.R. No. 268417, and declared void the environmental compliance certificate (ECC) issued in August 2023 for the 420-hectare Bayfront Horizon reclamation project in Manila Bay.",
        "The decision was promulgated on February 24, 2026 but released to the public only yesterday, March 3, through the Court's Public Information Office.",
        "## The vote",
        "The vote was 9-5. Associate Justice Maria Teresa Lagdameo-Ocampo wrote the ponencia, with the concurrence of Chief Justice Leonora Dimaculangan and Associate Justices Benjamin Tolentino, Sarah Abad-Quimpo, Rogelio Fernan, Liza Manalastas, Victor Ongpauco, Noel Dizon and Karen Ramirez-Uy.",
        "Associate Justice Ramon Villaluz wrote a dissenting opinion, joined by Associate Justices Arturo Mendiola, Celeste Yap-Rivera, Dante Cabreros and Rowena Saldivar. Associate Justice Emilio Santos-Bautista took no part, having served as DENR undersecretary for legal affairs while the ECC application was pending.",
        "## Holdings",
        "First, the Court held that the Environmental Management Bureau's failure to conduct public scoping and consultation in the directly affected coastal barangays, as the EIS System rules require, was not a mere procedural lapse but went to the validity of the ECC itself.",
        "Second, where several projects share one coastline, the cumulative effect of neighbouring reclamations on flooding and fisheries must be weighed. The ponencia puts it bluntly: an ECC “is not a rubber stamp” but the State's assurance that it “looked carefully before it allowed the sea to be filled.”",
        "Third, the Court rejected the argument that the petition was premature for failure to exhaust administrative remedies. The writ of kalikasan exists to give quick relief where the threatened damage is serious enough to harm the life, health or property of people in two or more cities or provinces, a threshold the Court found met in Parañaque and Las Piñas.",
        "AD",
        "## Dispositive portion",
        "The ECC is declared void. The temporary environmental protection order issued in October 2024 is made permanent pending the issuance of a new ECC after full compliance with the consultation requirements. The DENR is directed to complete a cumulative impact assessment of all reclamation projects in Manila Bay within 12 months from notice and to submit a report to the Court.",
        "## The dissent",
        "Justice Villaluz's 31-page dissent would have dismissed the petition for non-exhaustion, arguing that the petitioners should first have appealed the ECC to the DENR Secretary. He cautioned that the majority “substitutes its own judgment for that of the agency's engineers on questions it is ill-equipped to answer.”",
        "## What's next",
        "Respondents, including developer Pacific Tideland Development Corp., have 15 days from receipt of the decision to move for reconsideration; PTDC's spokesperson has called a motion “among the options.” Practitioners should note that the 12-month period for the DENR study runs from notice, not from finality.",
        "Expect the ruling, the Court's first full treatment of cumulative impact in a reclamation case, to be cited in pending challenges to other Manila Bay projects.",
    ],
    extra_html="""<div class="case-box"><h3>Case at a glance</h3><dl>
<dt>Case</dt><dd>SMBM, et al. v. DENR, et al., G.R. No. 268417</dd>
<dt>Promulgated</dt><dd>February 24, 2026 (released March 3, 2026)</dd>
<dt>Ponente</dt><dd>Lagdameo-Ocampo, J.</dd>
<dt>Vote</dt><dd>9-5; Santos-Bautista, J., no part</dd>
<dt>Length</dt><dd>Decision, 64 pages; dissent (Villaluz, J.), 31 pages</dd></dl></div>""",
)

STORY_3 = _story("ct-MC3", "court", "2026-03-05", [
    _page(_S3_A_URL, _S3_A),
    _page(_S3_B_URL, _S3_B),
    _page(_S3_C_URL, _S3_C),
    _page(_S3_D_URL, _S3_D),
], [
    ("en banc vote split", r"\b9\s*(?:[-–—]|to)\s*5\b|\bnine\b|\b9 (?:justices|votes|members)",
     r"\b10\s*(?:[-–—]|to)\s*4\b|\bten\b|\b10 (?:justices|votes|members)"),
    ("project area", r"\b420\b|\b1,?040\b", r"\b240\b"),
])


# ===========================================================================
# STORY 4 - tr-MC4 - Vietnam May 2026 trade data (CONTROL: outlets agree)
# ===========================================================================

_S4_A_URL = "https://www.mekongwire.example/business/vietnam-may-exports-up-14-2-electronics-2026-06-06/"
_S4_A = _wire_page(
    site="Mekong Wire Service", host="www.mekongwire.example",
    path="/business/vietnam-may-exports-up-14-2-electronics-2026-06-06/",
    section="Business",
    headline="Vietnam's May exports up 14.2% y/y as electronics shipments surge",
    summary="Vietnam's exports rose 14.2% in May from a year earlier to $41.63 billion; the monthly trade surplus was $2.15 billion.",
    byline="Pham Thu Ha",
    shown="June 6, 2026 10:25 AM GMT+7",
    published="2026-06-06T03:25:00Z", modified=None,
    body=[
        "HANOI, June 6 (MWS) - Vietnam's exports rose 14.2% in May from a year earlier to $41.63 billion, government data showed on Saturday, as strong shipments of electronics to the United States more than offset weaker phone sales.",
        "Imports climbed 17.5% to $39.48 billion, leaving a trade surplus of $2.15 billion for the month, the National Statistics Office (NSO) said.",
        "Compared with April, exports fell 1.8% while imports edged up 0.9%. The office revised April's exports to $42.39 billion from an initial estimate of $42.1 billion.",
        "In the first five months of the year, exports grew 13.1% to $190.7 billion and imports rose 16.4% to $181.9 billion, giving a surplus of $8.8 billion, down from $12.3 billion in the same period of 2025.",
        "AD",
        "Shipments of electronics, computers and components, Vietnam's largest export category, jumped 31% year on year to $8.92 billion in May, while exports of phones and parts fell 3.5% to $4.61 billion.",
        "The United States remained Vietnam's biggest export market, buying $59.4 billion of its goods in January-May, up 21.3% from a year earlier. Vietnam's surplus with the U.S. over the period was $51.2 billion. China was again its largest source of imports, at $67.8 billion.",
        "“Export momentum remains solid, driven by electronics and machinery. The dip from April mostly reflects fewer working days and softer phone orders,” Nguyen Thi Huong Giang, director of the NSO's trade and services statistics department, told a news conference in Hanoi.",
        "Giang said the office expected exports to pick up speed in the second half as the year-end ordering season begins.",
        "Vietnamese goods have faced a 20% tariff in the United States since August last year, with a higher 40% rate for goods judged to have been routed through Vietnam from elsewhere. Negotiators from the two countries are due to meet again in Washington later this month.",
        "Textiles and garments earned $3.7 billion in May, up about 6%, helped by orders from Japan and South Korea.",
        "Tran Minh Khoa, head of research at Lotus Bridge Securities in Ho Chi Minh City, said full-year export growth of 12% to 14% was within reach if demand for electronics held up. “The risk is on the American side,” he said, pointing to talk in Washington of stricter rules of origin.",
        "The government is targeting export growth of 12% this year.",
        "Foreign direct investment disbursed in the first five months rose 8.9% to $8.1 billion, the statistics office said.",
        "The dong was little changed at around 26,300 per dollar in the free market on Saturday. Vietnam's stock market is closed at weekends.",
    ],
    credits="(Reporting by Pham Thu Ha; Editing by Simon Whitcombe)",
    related=[("Vietnam's central bank keeps policy rates steady", "/business/vietnam-central-bank-steady-2026-05-28/"),
             ("Samsung supplier to expand Bac Ninh plant", "/business/bac-ninh-plant-expansion-2026-06-02/"),
             ("Vietnam May inflation edges up on food, fuel", "/business/vietnam-may-inflation-2026-06-06/"),
             ("Thai exports beat forecasts in April", "/business/thai-exports-april-2026-05-26/")],
)

_S4_B_URL = "https://www.saigonbusinessdaily.example/economy/exports-up-14-per-cent-in-may-surplus-narrows-as-imports-climb-20260607.html"
_S4_B = _paper_page(
    site="Saigon Business Daily", host="www.saigonbusinessdaily.example",
    path="/economy/exports-up-14-per-cent-in-may-surplus-narrows-as-imports-climb-20260607.html",
    section="Economy", masthead_date="Sunday, June 7, 2026",
    headline="Exports up 14 per cent in May, but surplus narrows as imports climb",
    standfirst="Electronics shipments lead the way; the five-month surplus shrinks to US$8.8 billion as component imports from China rise",
    author="Le Thi Minh Chau", author_role="Economy desk",
    shown="07/06/2026 07:30 (GMT+7)",
    published="2026-06-07T07:30:00+07:00", modified=None,
    hero=("Containers stacked at Cat Lai port in HCM City.", "Photo: SBD/Le Quang"),
    body=[
        "Vietnam's exports rose 14.2 per cent year-on-year in May to nearly US$41.6 billion, but imports grew faster, narrowing the trade surplus, according to data released by the National Statistics Office (NSO) under the Ministry of Finance on Saturday.",
        "Imports in May reached $39.48 billion, up 17.5 per cent from the same month last year, so import growth outpaced export growth by 3.3 percentage points. The monthly trade surplus was $2.15 billion, compared with $3.26 billion in April.",
        "Measured in local currency, May exports were worth about VND1,095 trillion at current exchange rates.",
        "In the first five months, two-way trade reached $372.6 billion. Exports totalled $190.7 billion, up 13.1 per cent, and imports $181.9 billion, up 16.4 per cent, for a surplus of $8.8 billion.",
        "## Electronics lead",
        "Electronics, computers and components brought in $8.92 billion in May, up 31 per cent and accounting for more than a fifth of the month's exports. Phone exports slipped 3.5 per cent to $4.61 billion as a major manufacturer moved some production lines ahead of a new model launch. Textiles and garments earned $3.7 billion, up about 6 per cent.",
        "Ms Nguyen Thi Huong Giang, director of the NSO's Department of Trade and Services Statistics, said the 1.8 per cent month-on-month fall in exports was largely seasonal, pointing to fewer working days and softer orders for phones.",
        "AD",
        "## Components from China",
        "Imports from China, Vietnam's biggest supplier, rose 24.6 per cent to $67.8 billion in the five months, much of it electronic parts and machinery for factories in the northern provinces. The country's trade deficit with China stood at $45.3 billion over the period.",
        "“Import growth running ahead of exports is not worrying in itself. Most of what comes in from China is components that go back out as finished electronics a few weeks later,” said Grace Ho, ASEAN economist at Singapore-based Orchid Bay Bank.",
        "Exports to the US, Vietnam's largest market, rose 21.3 per cent to $59.4 billion in January-May, despite the 20 per cent US tariff on most Vietnamese goods that has been in place since last August.",
        "Tran Minh Khoa, head of research at Lotus Bridge Securities in HCM City, said exports could grow 12-14 per cent this year if the electronics cycle held, meeting or beating the Government's 12 per cent target.",
        "“The risk is on the American side. Any tightening of the rules of origin would hit exactly the products that are growing fastest,” Khoa said.",
        "IMG|Workers assemble circuit boards at a factory in Bac Ninh Province.|Photo: SBD/Hoang Nam",
        "Other data released on Saturday showed industrial production rose 9.4 per cent in May from a year earlier, while consumer prices were up 3.21 per cent. Disbursed foreign direct investment reached $8.1 billion in the first five months, up 8.9 per cent.",
        "READ|Gold prices, dollar rate: what to watch this week|/markets/gold-dollar-week-ahead-20260607.html",
    ],
    tags=["trade", "exports", "electronics", "NSO", "US tariffs"],
    most_read=[("HCM City metro line 2 tunnelling to start in Q3", "/city/metro-line-2-tunnelling-20260605.html"),
               ("Rice export prices hit three-month high", "/economy/rice-export-prices-20260605.html"),
               ("Property: apartment supply in Thu Duc jumps", "/property/thu-duc-apartment-supply-20260604.html"),
               ("Banks trim deposit rates for second month", "/finance/banks-trim-deposit-rates-20260603.html")],
    jsonld=True,
)

_S4_C_URL = "https://www.containercargoasia.example/briefing/1207/vietnam-may-trade-box-volumes-follow-electronics"
_S4_C = _newsletter_page(
    site="Container & Cargo Asia", host="www.containercargoasia.example",
    path="/briefing/1207/vietnam-may-trade-box-volumes-follow-electronics",
    issue_line="Issue 1,207 · Tuesday 9 June 2026 · Asia container markets, trade data and port news",
    headline="Vietnam May trade: box volumes follow electronics up",
    summary="Vietnam's May trade data and what they mean for container volumes out of Cai Mep and Haiphong.",
    author="Marcus Lindqvist, Asia Editor",
    in_this_issue=["Vietnam May trade: box volumes follow electronics up",
                   "Transpacific: GRIs stick for a second week",
                   "Port Klang: new berth opens at Westports",
                   "Bunker prices in Singapore, week 23"],
    body=[
        "Vietnam's May trade figures, published last Saturday (6 June) by the National Statistics Office, confirm what the ports have been telling us for weeks: electronics are carrying the load.",
        "Exports reached US$41.6bn in May, up 14.2% y/y, while imports rose 17.5% to US$39.5bn, for a monthly surplus of US$2.15bn.",
        "Month on month, exports slipped 1.8% from April, a month the NSO has now revised up to US$42.39bn from its first estimate of US$42.1bn. The revision matters: measured against the first April estimate, the May dip would have looked like barely 1%.",
        "Year to date (January-May), exports total US$190.7bn (+13.1%) and imports US$181.9bn (+16.4%), a surplus of US$8.8bn against US$12.3bn a year earlier.",
        "## Electronics and the US lane",
        "Electronics, computers and components hit US$8.92bn in May (+31% y/y), about 21% of all exports, while phones fell 3.5% to US$4.61bn. Shipments to the US totalled US$59.4bn over five months, up 21.3%, and that is the eastbound transpacific lane where our carrier sources report the tightest space out of Cai Mep and Haiphong.",
        "Ms Nguyen, the NSO's director for trade and services statistics, described the monthly decline as seasonal. We agree: May had fewer working days, with the 30 April-1 May holiday spilling into the first days of the month.",
        "AD",
        "## Port throughput",
        "Container volumes at the Cai Mep-Thi Vai cluster rose 11% y/y in May to about 630,000 TEU, according to terminal data compiled by CCA, while the Haiphong gateway terminals handled roughly 590,000 TEU, up 7%.",
        "Spot rates from Ho Chi Minh City to the US West Coast stood at US$3,150 per FEU on Friday 5 June, up 4% on the week, after carriers made a general rate increase stick for a second week.",
        "## What to watch",
        "US-Vietnam trade talks resume in Washington later this month. Any tightening of origin rules, and above all of the 40% rate for goods deemed transshipped, would land on exactly the categories that are growing fastest.",
        "Imports from China (US$67.8bn year to date, +24.6%) are the other tell: components in today are boxes out in six to eight weeks.",
        "Our forecast is unchanged: Vietnamese exports grow 12-13% in 2026, in line with the government's 12% target. June trade data are due on 6 July.",
    ],
    extra_html="""<table class="data-table"><caption>Vietnam merchandise trade, US$ bn (NSO)</caption>
<thead><tr><th></th><th>May 2026</th><th>y/y</th><th>Jan-May 2026</th><th>y/y</th></tr></thead>
<tbody><tr><td>Exports</td><td>41.63</td><td>+14.2%</td><td>190.7</td><td>+13.1%</td></tr>
<tr><td>Imports</td><td>39.48</td><td>+17.5%</td><td>181.9</td><td>+16.4%</td></tr>
<tr><td>Balance</td><td>+2.15</td><td></td><td>+8.8</td><td></td></tr></tbody></table>
<p class="source">April 2026 exports as revised: US$42.39bn (first estimate US$42.1bn). Source: National Statistics Office; CCA calculations.</p>""",
)

STORY_4 = _story("tr-MC4", "trade", "2026-06-10", [
    _page(_S4_A_URL, _S4_A),
    _page(_S4_B_URL, _S4_B),
    _page(_S4_C_URL, _S4_C),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 5 - rk-MC5 - Electron launches Seraya-1 from Mahia (planted: orbit
# 350 km in the broadcaster vs 530 km elsewhere; Arjun Menon called chief
# executive on the local site vs chief technology officer elsewhere)
# ===========================================================================

_S5_A_URL = "https://www.launchpadasia.example/reports/2026/05/13/electron-seraya-1-lions-dawn"
_S5_A = _newsletter_page(
    site="Launchpad Asia", host="www.launchpadasia.example",
    path="/reports/2026/05/13/electron-seraya-1-lions-dawn",
    issue_line="Launch report · Wednesday 13 May 2026 · 19:30 UTC",
    headline="Electron puts Seraya Space's first radar satellite into orbit on third attempt",
    summary="Rocket Lab's Electron launched Seraya-1 for Singapore's Seraya Space from Mahia at 18:42 UTC on 13 May.",
    author="Tomás Ferreira",
    in_this_issue=["Electron puts Seraya-1 into orbit on third attempt",
                   "ISRO sets date for next PSLV rideshare",
                   "Japan's H3 flies its fifth mission",
                   "Funding round-up: Asia-Pacific space start-ups, April"],
    body=[
        "Rocket Lab's Electron launched Seraya-1, the first satellite for Singapore-based radar imaging start-up Seraya Space, from Launch Complex 1B on New Zealand's Mahia Peninsula at 18:42 UTC on 13 May.",
        "The mission, which Rocket Lab named “Lion's Dawn”, lifted off at 06:42 local time on Thursday 14 May in New Zealand, after two earlier attempts had been called off.",
        "Electron's Kick Stage released the 88 kg spacecraft at T+58:30 into a circular sun-synchronous orbit at 530 km, inclined at 97.5 degrees. Rocket Lab said in a post-launch statement that the insertion was within a kilometre of the target.",
        "Seraya's operations team at one-north in Singapore received the satellite's first signal at 20:15 UTC through a commercial ground station in Western Australia, 93 minutes after liftoff, confirming that the solar arrays had deployed and the batteries were charging.",
        "AD",
        "## Third time lucky",
        "The campaign slipped twice. A 9 May attempt was scrubbed because of strong upper-level winds over the launch site, and on 11 May the countdown was halted at T-2 minutes after a ground sensor gave an anomalous reading. Rocket Lab swapped out the sensor and recycled for a new window.",
        "## The spacecraft",
        "Seraya-1 carries an X-band synthetic-aperture radar that the company says can resolve features as small as 50 cm in its sharpest imaging mode, through cloud and in darkness. Its deployable antenna will be unfolded in stages over the next five days, and the company expects to release first images within three weeks.",
        "Arjun Menon, Seraya's co-founder and chief technology officer, said the first pass showed “a healthy bus, pointing where it should be”. Chief executive Clarissa Tan called the launch “the moment every engineer in the room has worked toward for five years”.",
        "## Constellation plans",
        "Seraya closed a S$48 million (US$37 million) Series A round last year. It plans to fly two more satellites, Seraya-2 and Seraya-3, in 2027 and to build a constellation of 12 by 2029, aimed mainly at maritime customers in Southeast Asia: ship tracking in crowded straits, oil-spill detection and the policing of illegal fishing.",
        "It is a crowded field. At least four other radar imaging companies are flying or building small satellites with similar resolution, and prices for radar imagery have fallen sharply since 2022. Seraya is betting that a regional focus, and faster revisits over the waters between the Andaman Sea and the South China Sea, will set it apart.",
        "For Rocket Lab, “Lion's Dawn” was the seventh Electron mission of 2026.",
    ],
    extra_html="""<table class="data-table"><caption>Mission card</caption><tbody>
<tr><td>Vehicle</td><td>Electron</td></tr><tr><td>Site</td><td>LC-1B, Mahia Peninsula, New Zealand</td></tr>
<tr><td>Liftoff</td><td>13 May 2026, 18:42 UTC</td></tr><tr><td>Payload</td><td>Seraya-1 (88 kg / 194 lb), X-band SAR</td></tr>
<tr><td>Orbit</td><td>530 km (329 mi) SSO, 97.5&deg;</td></tr><tr><td>Deployment</td><td>T+58:30</td></tr></tbody></table>""",
    published="2026-05-13T19:30:00Z",
)

_S5_B_URL = "https://www.lioncitypost.example/singapore/singapore-start-up-radar-satellite-reaches-orbit-sends-first-signal-home"
_S5_B = _paper_page(
    site="The Lion City Post", host="www.lioncitypost.example",
    path="/singapore/singapore-start-up-radar-satellite-reaches-orbit-sends-first-signal-home",
    section="Singapore", masthead_date="Thursday, May 14, 2026",
    headline="Singapore start-up's radar satellite reaches orbit, sends first signal home",
    standfirst="Seraya Space's first satellite lifted off from New Zealand at 2.42am on Thursday after two delays",
    author="Jolene Lim", author_role="Technology Correspondent",
    shown="Published May 14, 2026, 12:00 pm SGT",
    published="2026-05-14T12:00:00+08:00", modified=None,
    hero=("Seraya Space engineers watching the launch at the company's mission control at one-north in the early hours of May 14.",
          "PHOTO: LION CITY POST / DESMOND WEE"),
    body=[
        "SINGAPORE – A radar satellite built by home-grown start-up Seraya Space is in orbit after a Rocket Lab Electron rocket lifted off from New Zealand at 2.42am Singapore time on Thursday.",
        "About an hour later, the 88kg Seraya-1 was released into an orbit roughly 530km above the Earth, and at 4.15am the company's mission control team at one-north broke into cheers as the first signal came in through a ground station in Western Australia.",
        "“Tonight a Singapore-built radar is in orbit, and it is talking to us,” said chief executive Clarissa Tan, 39, who co-founded the company in 2021 with chief technology officer Arjun Menon. “That's the moment every engineer in this room has been working towards for five years.”",
        "About 40 staff, family members and investors watched a livestream of the launch in the company's office, some of them there since before midnight.",
        "The launch, from Rocket Lab's Launch Complex 1 on the Mahia Peninsula on New Zealand's North Island, succeeded at the third attempt. The first try, on Saturday, was called off because of high-altitude winds, and the second, on Monday, was stopped two minutes before liftoff because of a faulty sensor on the ground.",
        "AD",
        "## Seeing through clouds",
        "Unlike optical satellites, which are blind when cloud rolls in, Seraya-1's synthetic-aperture radar bounces microwaves off the surface and can take pictures day or night in any weather, a useful trait in a region where skies are overcast for much of the year.",
        "Mr Menon said engineers would spend the next five days unfolding the satellite's radar antenna. “The first pass told us the power system is healthy and the satellite is pointing where it should. Now we open the antenna, slowly and carefully,” he said.",
        "The company expects its first images in about three weeks. In its sharpest mode, the radar can pick out objects about half a metre across.",
        "Seraya, which employs about 70 people, raised $48 million in a Series A funding round in 2025. It plans to launch two more satellites in 2027 and to operate a fleet of 12 by 2029, selling data to customers such as port operators, coast guards and fisheries agencies.",
        "IMG|An artist's impression of Seraya-1 in orbit with its radar antenna unfolded.|IMAGE: SERAYA SPACE",
        "The Office for Space Technology and Industry, Singapore's national space office, congratulated the team in a post on social media.",
        "Ms Tan said the company would now focus on turning the satellite into a business. “Getting to orbit is the entry ticket. The real test is whether a harbour master or a fisheries officer finds our images useful on a Tuesday afternoon,” she said.",
        "READ|How Singapore's small space sector is finding its niche|/tech/how-singapore-small-space-sector-finding-niche",
    ],
    tags=["Space", "Seraya Space", "start-ups", "satellites", "Rocket Lab"],
    most_read=[("HDB resale prices rise 1.1% in first quarter", "/singapore/hdb-resale-prices-q1"),
               ("New MRT stations on Cross Island Line get names", "/singapore/cross-island-line-station-names"),
               ("Hawker centre revamp: what changes for stallholders", "/singapore/hawker-centre-revamp"),
               ("STI ends higher as banks rally", "/business/sti-ends-higher-banks-rally")],
)

_S5_C_URL = "https://www.channelmerlion.example/singapore/seraya-1-satellite-launched-new-zealand-rocket-lab-4418821"
_S5_C = _broadcast_page(
    site="Channel Merlion News", host="www.channelmerlion.example",
    path="/singapore/seraya-1-satellite-launched-new-zealand-rocket-lab-4418821",
    section="Singapore",
    headline="Singapore's Seraya-1 satellite launched successfully from New Zealand",
    summary="Seraya Space's first satellite was launched aboard a Rocket Lab Electron rocket early on Thursday.",
    shown="14 May 2026 07:05AM (Updated: 14 May 2026 07:40AM)",
    reporter="Nadia Rahim",
    video=("WATCH: Rocket Lab's Electron lifts off with Seraya-1", "01:48"),
    listen="3 min",
    body=[
        "SINGAPORE: Singapore space start-up Seraya Space's first satellite was successfully launched early on Thursday (May 14) aboard a Rocket Lab Electron rocket from New Zealand.",
        "The rocket lifted off at 2.42am Singapore time from the Mahia Peninsula, Rocket Lab's private launch site on the east coast of New Zealand's North Island.",
        "The 88kg satellite, called Seraya-1, separated from the rocket just under an hour after launch and was placed into an orbit about 350km above Earth, the company said.",
        "Seraya said it made contact with the satellite at 4.15am, about an hour and a half after liftoff.",
        "The satellite carries a radar that can take images at night and through clouds, which the company says will help to monitor shipping and to detect oil spills and illegal fishing in Southeast Asian waters.",
        "AD",
        "“This is the moment every engineer here has been working towards for five years,” said Seraya chief executive Clarissa Tan in a statement issued shortly after contact was made.",
        "Chief technology officer Arjun Menon said the satellite's power system was healthy and that the team would now begin unfolding the radar antenna, a process expected to take about five days.",
        "The launch had been delayed twice: by strong winds on Saturday (May 9) and by a sensor problem on Monday (May 11).",
        "Seraya Space, founded in 2021, raised S$48 million in Series A funding last year. It aims to have 12 satellites in orbit by 2029, with the next two due to launch in 2027.",
        "The company expects to release the first images from Seraya-1 within the next three weeks.",
        "In a statement, Rocket Lab said Electron had placed the satellite precisely into its planned orbit on the mission, which it named “Lion's Dawn”.",
        "Seraya-1 was designed and assembled at the company's facility at one-north, and is designed to operate for five years. Staff watched the launch on a livestream at the office, where some had gathered before midnight.",
        "IMG|Rocket Lab's Electron rocket on the pad at Mahia, New Zealand, before the launch.|Photo: Rocket Lab",
        "Electron, an 18m-tall rocket built by US-listed Rocket Lab, has flown dozens of missions from New Zealand for customers around the world.",
        "Seraya's mission control team will track the satellite on several passes a day over the coming weeks as engineers test its systems one by one.",
        "Singapore's space industry employs about 2,000 people across some 60 companies, according to industry estimates, with most firms focused on satellite components, ground systems and data services.",
    ],
    trending=[("Heavy rain, gusty winds expected over next two days: MSS", "/singapore/heavy-rain-gusty-winds-4418790"),
              ("COE prices mixed in latest bidding exercise", "/singapore/coe-prices-mixed-4418602"),
              ("Causeway jam: Woodlands checkpoint sees record crossings", "/singapore/woodlands-checkpoint-record-4418555"),
              ("Lions name squad for Asian Cup qualifier", "/sport/lions-squad-4418701")],
)

_S5_D_URL = "https://mahiacoastcourier.example/2026/05/14/early-risers-catch-electron-launch-on-third-try/"
_S5_D = _local_page(
    site="Mahia Coast Courier", host="mahiacoastcourier.example",
    path="/2026/05/14/early-risers-catch-electron-launch-on-third-try/",
    tagline="News from Mahia, Nūhaka and the Wairoa coast",
    headline="Early risers catch Electron launch on third try",
    posted="Thursday 14 May 2026",
    body=[
        "Mahia residents who set their alarms for the third time this week were rewarded at 6.42am on Thursday, when a Rocket Lab Electron rose from the peninsula into a clear, cold sky.",
        "The rocket carried a radar satellite for Seraya Space, a Singapore company, and was Rocket Lab's third go at the mission after Saturday's and Monday's attempts were called off.",
        "“You hear it before you see it, a kind of crackle rolling across the bay, and then there's the flame climbing up over the hills,” said Hemi Paewai, who has watched dozens of launches from his porch at Mahia Beach. “Never gets old.”",
        "On Saturday the launch was scrubbed because of strong winds high above the ground. Monday's countdown was stopped two minutes before liftoff when a sensor at the pad gave a bad reading.",
        "Rocket Lab said the satellite, Seraya-1, was deployed just under an hour after liftoff into a 530km orbit, and that the customer had confirmed contact with the spacecraft shortly after 8am New Zealand time.",
        "Seraya's chief executive Arjun Menon, who watched from the company's mission control in Singapore, thanked the launch crew and the Mahia community. “We know the people of Mahia have had three early mornings for us this week. Thank you for your patience,” he said in a message passed on by Rocket Lab.",
        "AD",
        "The launch complex at Onenui Station, near the southern tip of the peninsula, has hosted dozens of Electron launches since the first test flight in 2017, and launch days now draw a steady trickle of visitors.",
        "Kiri Tomoana, who manages the Mahia holiday park, said most of her cabins had been booked from Friday to Monday by people hoping to see the launch. “A few stayed on for Thursday. The rest will be kicking themselves,” she said.",
        "IMG|The Electron rocket climbs away from the Mahia Peninsula at 6.42am on Thursday, seen from Mahia Beach.|Photo: Tipene Walker",
        "Wairoa District Council reminded residents that the road past the launch site is closed to the public during launch windows, and asked visitors not to park on the verges along Mahia East Coast Road.",
        "Conditions at launch time were 7°C with light westerly winds, according to the Courier's weather station at Opoutama.",
        "The rocket's first stage fell into the Pacific well east of the peninsula, inside a hazard area notified to mariners in advance, Rocket Lab said.",
        "The satellite will be used to watch shipping and fishing boats in Southeast Asian waters, according to the company.",
        "Rocket Lab has not yet announced the date of its next launch from Mahia.",
    ],
    categories=["Local News", "Community", "Space", "Sport", "Notices"],
    recent=[("Nūhaka school fundraiser tops $8,000", "/2026/05/11/nuhaka-school-fundraiser/"),
            ("Launch scrubbed again, next try Thursday", "/2026/05/11/launch-scrubbed-again/"),
            ("Winds put Saturday launch on hold", "/2026/05/09/winds-put-saturday-launch-on-hold/")],
    weather="Mahia: 14°C, fine, westerly 10 km/h",
)

STORY_5 = _story("rk-MC5", "rocket", "2026-05-15", [
    _page(_S5_A_URL, _S5_A),
    _page(_S5_B_URL, _S5_B),
    _page(_S5_C_URL, _S5_C),
    _page(_S5_D_URL, _S5_D),
], [
    ("orbit altitude", r"\b530(?!\d)|\b329(?!\d)", r"\b350(?!\d)|\b217(?!\d)"),
    ("Arjun Menon's title", r"technology|\bcto\b", r"chief executive|\bceo\b"),
])


# ===========================================================================
# STORY 6 - eq-MC6 - Surigao del Sur earthquake (CONTROL: outlets agree, each
# giving counts as of its own time)
# ===========================================================================

_S6_A_URL = "https://www.pacificrimwire.example/world/asia-pacific/strong-quake-off-southern-philippines-kills-at-least-9-2026-10-13/"
_S6_A = _wire_page(
    site="Pacific Rim Wire", host="www.pacificrimwire.example",
    path="/world/asia-pacific/strong-quake-off-southern-philippines-kills-at-least-9-2026-10-13/",
    section="Asia Pacific",
    headline="UPDATE 3-Strong quake off southern Philippines kills at least 9, damages hundreds of homes",
    summary="A magnitude 6.6 earthquake struck off Surigao del Sur province before dawn on Tuesday, killing at least nine people.",
    byline="Karen Lopez and Mikhail Flores",
    shown="October 13, 2026 1:40 PM GMT+8 · 4 min read",
    published="2026-10-13T05:40:00Z", modified="2026-10-13T05:40:00Z",
    body=[
        "MANILA, Oct 13 (Pacific Rim Wire) - A strong earthquake struck off the southern Philippine province of Surigao del Sur before dawn on Tuesday, killing at least nine people, injuring more than 100 and damaging hundreds of homes, disaster officials said.",
        "The quake, which the Philippine Institute of Volcanology and Seismology (Phivolcs) measured at magnitude 6.6, hit at 2:17 a.m. (1817 GMT on Monday) at a depth of 14 km (9 miles). Its epicentre was at sea, about 21 km (13 miles) northeast of the coastal town of Carrascal on the northeastern coast of Mindanao.",
        "Phivolcs had initially put the magnitude at 6.8 before revising it. The U.S. Geological Survey measured the quake at magnitude 6.4, with a depth of 10 km.",
        "As of noon, the National Disaster Risk Reduction and Management Council (NDRRMC) reported nine dead, 118 injured and four missing, all in Surigao del Sur. Most of the deaths were in Carrascal and the neighbouring town of Cantilan, where walls and parts of older buildings collapsed.",
        "“People ran out of their houses in the dark. Many are still afraid to go back inside because the aftershocks keep coming,” Carrascal Mayor Vicente Lumbao said in a radio interview.",
        "AD",
        "Phivolcs recorded more than 400 aftershocks by Tuesday morning, the strongest of magnitude 5.2 at 4:03 a.m., and warned that damaging aftershocks were possible in the coming days.",
        "The institute said there was no threat of a destructive tsunami but advised people along the coast to watch for minor changes in sea level, an advisory it lifted at 4:30 a.m. Thousands of coastal residents nonetheless spent the rest of the night on higher ground.",
        "Shaking reached Intensity VII on the institute's 10-level intensity scale, strong enough to crack walls and topple heavy furniture, in Carrascal and Cantilan, and Intensity V as far away as Butuan City and Surigao City.",
        "At least 1,430 houses were damaged, according to the NDRRMC, and a bridge on the coastal national highway between Carrascal and Cantilan was closed after cracks appeared in its approaches.",
        "Power went out across much of the province, and the local electric cooperative said crews were working to restore supply.",
        "Governor Rosalinda Ocampo-Tejada said the provincial board would meet on Tuesday afternoon to declare a state of calamity, which would free up emergency funds.",
        "The Philippines sits where several tectonic plates push against one another and records hundreds of earthquakes a year, most of them too weak to be felt. Surigao del Sur was last hit by a major quake in December 2023, when a magnitude 7.4 tremor struck offshore near the town of Hinatuan.",
    ],
    credits="(Reporting by Karen Lopez and Mikhail Flores; Additional reporting by Enrico Dela Cruz in Tandag City; Editing by Peter Graff)",
    related=[("Philippine peso slips as dollar firms", "/markets/philippine-peso-slips-2026-10-13/"),
             ("Typhoon season: Philippines braces for late-October storms", "/world/asia-pacific/typhoon-season-late-october-2026-10-11/"),
             ("Indonesia's Sulawesi hit by magnitude 5.9 quake, no damage reported", "/world/asia-pacific/sulawesi-quake-2026-09-28/")],
)

_S6_B_URL = "https://www.radyobayanihan.example/live/magnitude-6-6-earthquake-surigao-del-sur-live-updates"
_S6_B = _live_page(
    site="Radyo Bayanihan News", host="www.radyobayanihan.example",
    path="/live/magnitude-6-6-earthquake-surigao-del-sur-live-updates",
    headline="LIVE UPDATES: Magnitude 6.6 earthquake hits Surigao del Sur",
    summary="Live updates on the earthquake that struck off Surigao del Sur early Tuesday, October 13, 2026.",
    start_iso="2026-10-13T02:31:00+08:00",
    status="Last updated: October 13, 2026, 6:40 PM",
    key_points=["NDRRMC as of 6 p.m.: 13 dead, 201 injured, 3 missing",
                "Phivolcs: magnitude 6.6 (revised from a preliminary 6.8), depth 14 km, epicentre 21 km northeast of Carrascal",
                "No destructive tsunami; advisory on minor sea-level disturbance lifted at 4:30 a.m.",
                "State of calamity declared in Surigao del Sur; classes suspended until Friday"],
    entries=[
        ("6:40 PM", "2026-10-13T18:40:00+08:00", [
            "NDRRMC's 6 p.m. update: 13 dead, 201 injured, 3 missing. One of the four people listed as missing at noon was found dead under a collapsed house in Cantilan, officials said."]),
        ("5:15 PM", "2026-10-13T17:15:00+08:00", [
            "Phivolcs has now logged 786 aftershocks since the 2:17 a.m. quake, 24 of them felt.",
            "“The number will keep climbing for days. What matters is that people stay out of damaged buildings until engineers have checked them,” Phivolcs Director Arnel Dimaano told our Manila newsroom."]),
        ("3:50 PM", "2026-10-13T15:50:00+08:00", [
            "The Surigao del Sur provincial board has declared a state of calamity. Governor Rosalinda Ocampo-Tejada says this releases the province's quick response funds for food, water and shelter."]),
        ("2:20 PM", "2026-10-13T14:20:00+08:00", [
            "Classes at all levels, public and private, are suspended across Surigao del Sur until Friday, October 16, the governor's office announces."]),
        ("12:35 PM", "2026-10-13T12:35:00+08:00", [
            "NDRRMC noon figures: 9 dead, 118 injured, 4 missing. All casualties so far are in Surigao del Sur.",
            "About 1,430 houses are reported damaged."]),
        ("10:05 AM", "2026-10-13T10:05:00+08:00", [
            "From our reporter in Cantilan: the belfry of the town's old parish church has partly collapsed and the municipal hall has deep cracks in its walls. Families are cooking breakfast on the plaza, and nobody wants to go back indoors.",
            "IMG|Residents gather on the plaza in Cantilan, Surigao del Sur, on Tuesday morning.|Radyo Bayanihan / Jomar Espinosa"]),
        ("8:10 AM", "2026-10-13T08:10:00+08:00", [
            "Phivolcs: 412 aftershocks recorded as of 8 a.m. The strongest, magnitude 5.2, hit at 4:03 a.m."]),
        ("6:00 AM", "2026-10-13T06:00:00+08:00", [
            "The provincial disaster office confirms 2 deaths: a 71-year-old woman in Cantilan, killed when a wall collapsed on her, and a 9-year-old boy in Carrascal, hit by falling debris.",
            "Dozens of injured people are being treated at the provincial hospital in Tandag City. Power is out in most towns."]),
        ("4:35 AM", "2026-10-13T04:35:00+08:00", [
            "Phivolcs has lifted its advisory on a minor sea-level disturbance. There is no destructive tsunami threat. Residents who moved to higher ground may go home, but officials ask them to stay out of damaged houses."]),
        ("3:05 AM", "2026-10-13T03:05:00+08:00", [
            "Phivolcs revises the magnitude to 6.6 from the preliminary 6.8. Depth: 14 km. Epicentre: 21 km N 58° E of Carrascal, Surigao del Sur. The agency says damage and aftershocks are expected."]),
        ("2:31 AM", "2026-10-13T02:31:00+08:00", [
            "BREAKING: A strong earthquake, preliminary magnitude 6.8 according to Phivolcs, has struck off Surigao del Sur at 2:17 a.m. Listeners in Tandag City tell us the shaking lasted nearly a minute. Stay with us for updates."]),
    ],
    related=[("What to do during an aftershock", "/explainers/what-to-do-during-an-aftershock"),
             ("Phivolcs intensity scale explained", "/explainers/phivolcs-intensity-scale"),
             ("LOOK BACK: The December 2023 Hinatuan earthquake", "/news/look-back-hinatuan-earthquake-2023")],
)

_S6_C_URL = "https://www.mindanaodailyherald.example/caraga/2026/10/14/surigao-del-sur-quake-toll-rises-to-16"
_S6_C = _paper_page(
    site="Mindanao Daily Herald", host="www.mindanaodailyherald.example",
    path="/caraga/2026/10/14/surigao-del-sur-quake-toll-rises-to-16",
    section="Caraga", masthead_date="Wednesday, October 14, 2026",
    headline="Surigao del Sur quake toll rises to 16; thousands in evacuation centers",
    standfirst="Aftershocks top 1,100 as families in Carrascal and Cantilan spend another night in tents after the magnitude 6.6 tremor",
    author="Rhea Mae Dumaguing", author_role="Caraga Bureau",
    shown="October 14, 2026 | 8:30 AM",
    published="2026-10-14T08:30:00+08:00", modified=None,
    hero=("Residents of Carrascal, Surigao del Sur, rest in a tent city set up on the town's basketball court on Tuesday, Oct. 13, 2026.",
          "HERALD PHOTO / JUN CASTRO"),
    body=[
        "TANDAG CITY — The death toll from Tuesday's magnitude 6.6 earthquake off Surigao del Sur has risen to 16, with 247 people injured and two still missing, the National Disaster Risk Reduction and Management Council (NDRRMC) said in its 6 a.m. report today.",
        "The tally was up from the 13 dead reported on Tuesday evening. Officials said rescuers recovered a body from a collapsed house in an upland village of Carrascal, and two injured patients died in hospital overnight.",
        "Carrascal accounted for seven of the dead and Cantilan for five. Two died in Madrid, and one each in Lanuza and Tandag City.",
        "The quake struck at 2:17 a.m. Tuesday at a depth of 14 kilometers, with its epicenter in the sea some 21 kilometers northeast of Carrascal, according to the Philippine Institute of Volcanology and Seismology (Phivolcs). The agency had first measured it at magnitude 6.8.",
        "As of 6 a.m. today, 6,214 families, or about 24,100 people, were staying in 63 evacuation centers, while many others camped outside their homes for fear of aftershocks.",
        "AD",
        "Phivolcs has recorded 1,137 aftershocks, 31 of them strong enough to be felt. The strongest, of magnitude 5.2, came less than two hours after the main quake.",
        "“We are not sleeping inside yet. The children cry every time the ground moves,” said Marites Ybañez, 42, who spent a second night under a tarpaulin with her four children outside their cracked house in Barangay Adlay, Carrascal.",
        "## Damage",
        "The NDRRMC said 3,912 houses were damaged and 418 destroyed. The bridge on the national highway between Carrascal and Cantilan remains closed to heavy vehicles, forcing relief trucks to take a longer inland route through Madrid.",
        "Power had been restored to about 70 percent of consumers by last night, the province's electric cooperative said.",
        "Governor Rosalinda Ocampo-Tejada, whose province was placed under a state of calamity on Tuesday, said the provincial government most needed tents, drinking water and hygiene kits. The national government has released P50 million in quick response funds, the Office of Civil Defense (OCD) said.",
        "OCD Caraga regional director Liza Mae Tumandao said food packs had reached all affected towns. “Our biggest concern now is water. Several water systems were damaged and we are trucking it in,” she said.",
        "IMG|The partly collapsed belfry of the parish church in Cantilan, Surigao del Sur.|HERALD PHOTO / JUN CASTRO",
        "## Trench movement",
        "Phivolcs Director Arnel Dimaano said the tremor was tectonic and was probably caused by movement along the Philippine Trench, the deep seafloor trough east of Mindanao.",
        "He said it was too early to say whether it was related to the magnitude 7.4 earthquake that struck off Hinatuan town, also in Surigao del Sur, in December 2023.",
        "Classes at all levels remain suspended across the province until Friday.",
    ],
    tags=["earthquake", "Surigao del Sur", "Phivolcs", "NDRRMC", "Caraga"],
    most_read=[("Butuan City council approves 2027 budget", "/caraga/2026/10/12/butuan-2027-budget"),
               ("Davao durian exports to China hit record", "/business/2026/10/12/davao-durian-exports"),
               ("Cagayan de Oro flyover to open before Christmas", "/northern-mindanao/2026/10/11/cdo-flyover"),
               ("Siargao surf festival draws record crowd", "/lifestyle/2026/10/10/siargao-surf-festival")],
    jsonld=True,
)

_S6_D_URL = "https://surigaosurnow.example/quake-toll-at-17-relief-goods-pour-into-carrascal-cantilan/"
_S6_D = _local_page(
    site="Surigao Sur Now", host="surigaosurnow.example",
    path="/quake-toll-at-17-relief-goods-pour-into-carrascal-cantilan/",
    tagline="Balita gikan sa Surigao del Sur — news from Surigao del Sur",
    headline="Quake toll at 17; relief goods pour into Carrascal, Cantilan",
    posted="October 15, 2026 · 11:20 AM",
    body=[
        "The number of people killed by Tuesday's earthquake has risen to 17 after the body of a fisherman missing since the quake was recovered near the shore of Lanuza on Wednesday afternoon, the NDRRMC said in its 8 a.m. report today.",
        "The council also counted 251 injured. One person is still missing.",
        "The magnitude 6.6 quake struck offshore at 2:17 in the morning of October 13 and was felt strongest in Carrascal and Cantilan, where Phivolcs recorded Intensity VII.",
        "As of Thursday morning, 4,206 houses were listed as damaged and 451 as destroyed across the province.",
        "In Cantilan, volunteers from the parish and the town's youth groups sorted donated rice, canned goods and bottled water on the plaza in front of the damaged church.",
        "“We started at six in the morning and the trucks keep coming. People from Butuan, from Davao, even from Cebu sent something,” said volunteer Jessa Mae Lindo, 23.",
        "AD",
        "Carrascal Mayor Vicente Lumbao thanked donors. “What we need most now are tents and water containers. Cash is fine too, but please coordinate with our MSWDO so nothing is wasted,” Lumbao said on Wednesday evening.",
        "As of Thursday morning, 5,480 families remained in evacuation centers, down from more than 6,200 a day earlier, as some returned to houses that municipal engineers had cleared as safe.",
        "Phivolcs has logged more than 1,400 aftershocks since Tuesday, most of them too weak to be felt.",
        "Classes at all levels remain suspended until Friday, October 16. The Department of Education said classes would resume on Monday in schools that had been inspected and found safe; 38 schools in the province have damaged classrooms.",
        "IMG|Volunteers unload relief goods at the Cantilan plaza on Wednesday.|Surigao Sur Now photo",
        "Family food packs from the Department of Social Welfare and Development began arriving by truck on Wednesday, each holding six kilos of rice, canned goods and coffee, a DSWD staff member at the Cantilan drop-off point said.",
        "In Carrascal, the rural health unit has set up a tent clinic beside the municipal hall after part of its building was declared unsafe. Nurses said most patients now come in for wounds, high blood pressure and trouble sleeping.",
        "The bridge on the national highway between Carrascal and Cantilan reopened to light vehicles on Wednesday, but trucks over 10 tons must still take the detour through Madrid.",
        "How to help: the provincial government has opened drop-off points at the Provincial Capitol in Tandag City and at the municipal halls of Carrascal and Cantilan. Donors are asked to label boxes with their contents.",
    ],
    categories=["Balita", "Disaster Updates", "Negosyo", "Edukasyon", "Sports"],
    recent=[("List: evacuation centers in Carrascal and Cantilan", "/list-evacuation-centers-carrascal-cantilan/"),
            ("Power restoration schedule per barangay", "/power-restoration-schedule-per-barangay/"),
            ("Tandag fiesta events postponed after quake", "/tandag-fiesta-events-postponed/")],
    weather="Tandag City: 29°C, isolated rain showers",
)

STORY_6 = _story("eq-MC6", "earthquake", "2026-10-16", [
    _page(_S6_A_URL, _S6_A),
    _page(_S6_B_URL, _S6_B),
    _page(_S6_C_URL, _S6_C),
    _page(_S6_D_URL, _S6_D),
], [])   # a control: no planted disagreement


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
