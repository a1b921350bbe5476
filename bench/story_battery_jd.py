"""Part JD of the story battery (web pages).

Written by engineer JD1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JD`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JD1: Bank Al-Maghrib cuts its key rate 25 bp to 2% (Tue 23 June); CONTROL; traps: bp / quarter point, 2.25% before, 3% peak, 15:00 GMT = 16:00 local, old vs new forecasts, tonnes vs quintals, dirhams vs dollars, band +/-5% = 10 points, quote cut differently, undated newsletter.
el-JD2: Tunisian by-election in Sakiet Eddaier (Sfax), results Tue 14 April; PLANTED: runoff 10 May (Tunis Observer) v 3 May, turnout 16.8% (Carthage Radio) v 14.2%, "Ben Ramdane" (Sfax Now) v Ben Romdhane; traps: coastal/inland partial counts, 2022 turnouts, cast/valid votes, rounded shares.
ct-JD3: Cairo Economic Court jails the Nilewise app founder (Wed 16 Sept); PLANTED: founder's term five years (Nile Markets Brief) v seven, Abdelmeguid "chief executive" (Misr Today) v chief financial officer; traps: CFO four years, others one to three, pounds vs dollars, 4,300 v "more than 4,000" investors, 11 a.m. = 0800 GMT.
tr-JD4: Tunisia's first-half 2026 trade figures (Wed 15 July); CONTROL; traps: deficit 8.42 bn dinars = $2.85 bn = EUR 2.46 bn, 9.56 bn a year earlier, narrowing 1.14 bn / nearly 12%, energy and June-only deficits, olive oil v previous record, rounded rates.
rk-JD5: Moroccan start-up's Anzar-S1 reaches 112 km from near Tan-Tan (Sat 10 Oct); CONTROL; traps: 07:42 local = 06:42 GMT = 08:42 Paris, window 07:30, km vs miles, 100 km line, scrubbed 26 Sept attempt, 31 km old record, live-blog times, undated newsletter.
eq-JD6: magnitude-5.9 quake near Kherrata, Bejaia, Algeria (Thu 19 Nov); PLANTED: Wednesday (El Djazair Daily) v Thursday, epicentre near Amizour (Numidia TV) v Kherrata, 2:17 a.m. (Bejaia Info) v 2:47 a.m.; traps: rising tolls with times, USGS 5.7, 4.6 aftershock, 2021 tremor, 01:47 GMT, growing counts.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates.  Each story page is described by a dict `m` with:
#   kind, site, host, path, headline, desc, section, authors, role, published,
#   modified, date_text, paras, image, alt, caption, credit, related, keywords,
#   and a few kind-specific extras (issue, video, weather, points, entries...).
# Paragraph strings are plain text; "## " starts a sub-heading, "> " a
# pulled quote.
# ---------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _url(m: dict[str, Any]) -> str:
    return f"https://{m['host']}/{m['path']}"


def _ld(m: dict[str, Any]) -> str:
    authors = m.get("authors") or []
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": m.get("ld_type", "NewsArticle"),
        "headline": m["headline"],
        "description": m["desc"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": _url(m)},
        "image": [f"https://{m['host']}/media/{m['image']}"],
        "articleSection": m.get("section", "News"),
        "inLanguage": "en",
        "publisher": {
            "@type": "Organization",
            "name": m["site"],
            "logo": {"@type": "ImageObject",
                     "url": f"https://{m['host']}/static/logo-600x60.png"},
        },
    }
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    else:
        data["author"] = {"@type": "Organization", "name": m["site"]}
    if m.get("published"):
        data["datePublished"] = m["published"]
        data["dateModified"] = m.get("modified") or m["published"]
    if m.get("keywords"):
        data["keywords"] = ", ".join(m["keywords"])
    if m.get("ld_type") == "LiveBlogPosting" and m.get("entries"):
        data["coverageStartTime"] = m["published"]
        data["liveBlogUpdate"] = [
            {"@type": "BlogPosting", "headline": e[1],
             "datePublished": e[0]} for e in m["entries"]]
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home",
             "item": f"https://{m['host']}/"},
            {"@type": "ListItem", "position": 2, "name": m.get("section", "News"),
             "item": f"https://{m['host']}/{m['path'].split('/')[0]}/"},
        ],
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1)
            + "</script>\n"
            + '<script type="application/ld+json">'
            + json.dumps(crumbs, ensure_ascii=False)
            + "</script>")


_CSS = {
    "wire": "body{font-family:Arial,sans-serif}.top{background:#f60;color:#fff}",
    "paper": "body{font-family:Georgia,serif}.masthead{text-align:center}",
    "broadcast": "body{font-family:Helvetica,sans-serif;background:#0b1a2e}",
    "local": "body{font-family:Verdana,sans-serif}.weather{float:right}",
    "newsletter": "body{background:#eef2f5}.wrap{max-width:640px;margin:auto}",
    "live": ".live-badge{background:#c00;color:#fff}.entry{border-left:3px solid #c00}",
}


def _head(m: dict[str, Any]) -> str:
    sep = m.get("sep", " | ")
    url = _url(m)
    img = f"https://{m['host']}/media/{m['image']}"
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(m['headline'] + sep + m['site'])}</title>",
        f'<meta name="description" content="{_attr(m["desc"])}">',
        f'<link rel="canonical" href="{url}">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_attr(m["site"])}">',
        f'<meta property="og:title" content="{_attr(m["headline"])}">',
        f'<meta property="og:description" content="{_attr(m["desc"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{img}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{_attr(m["headline"])}">',
    ]
    if m.get("published"):
        metas.append(f'<meta property="article:published_time" content="{m["published"]}">')
        metas.append('<meta property="article:modified_time" content="'
                     f'{m.get("modified") or m["published"]}">')
    if m.get("authors"):
        metas.append(f'<meta name="author" content="{_attr(", ".join(m["authors"]))}">')
    if m.get("section"):
        metas.append(f'<meta property="article:section" content="{_attr(m["section"])}">')
    for kw in m.get("keywords", []):
        metas.append(f'<meta property="article:tag" content="{_attr(kw)}">')
    metas.append(f'<link rel="stylesheet" href="https://{m["host"]}/static/site.css">')
    metas.append(f"<style>{_CSS[m['kind']]}</style>")
    if m.get("ld", True):
        metas.append(_ld(m))
    return "<head>\n" + "\n".join(metas) + "\n</head>"


def _nav(m: dict[str, Any], items: list[str]) -> str:
    lis = "".join(
        f'<li><a href="/{i.lower().replace(" ", "-")}/">{_esc(i)}</a></li>' for i in items)
    return (f'<header class="site-header"><a class="logo" href="/">{_esc(m["site"])}</a>'
            f'<nav aria-label="Main navigation"><ul>{lis}</ul></nav>'
            '<form class="search" action="/search" role="search">'
            '<input type="search" name="q" placeholder="Search" aria-label="Search">'
            '<button type="submit">Go</button></form>'
            '<a class="signin" href="/account/login">Sign in</a></header>')


def _cookie(m: dict[str, Any]) -> str:
    text = m.get("cookie") or (
        f"{m['site']} and its partners use cookies and similar technologies to keep this site "
        "working, to measure audiences and to show you advertising that is more relevant. "
        "You can accept all of them, refuse the optional ones or choose purpose by purpose.")
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" '
            'aria-label="Cookie consent" aria-modal="false">'
            f"<p>{_esc(text)} <a href=\"/legal/cookies\">Cookie policy</a></p>"
            '<button type="button" class="accept">Accept all</button>'
            '<button type="button" class="reject">Reject optional cookies</button>'
            '<button type="button" class="settings">Settings</button></div>')


def _share(m: dict[str, Any]) -> str:
    u = _attr(_url(m))
    return ('<div class="share-bar" aria-label="Share this story">'
            '<span class="share-label">Share</span>'
            f'<a class="share-x" href="https://x.example/intent/post?url={u}">X</a>'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share-wa" href="https://whatsapp.example/send?text={u}">WhatsApp</a>'
            f'<a class="share-li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?subject=From%20{_attr(m["host"])}&amp;body={u}">Email</a>'
            '<button type="button" class="copy-link">Copy link</button></div>')


def _ad(slot: str) -> str:
    return (f'<aside class="ad-slot" data-ad-slot="{slot}">'
            '<span class="ad-label">Advertisement</span>'
            f'<div class="ad-frame" id="ad-{slot}" style="min-height:250px"></div></aside>')


def _figure(m: dict[str, Any]) -> str:
    return (f'<figure class="lead-image"><img src="https://{m["host"]}/media/{m["image"]}" '
            f'alt="{_attr(m["alt"])}" width="1200" height="675" loading="eager">'
            f'<figcaption>{_esc(m["caption"])} '
            f'<span class="credit">{_esc(m["credit"])}</span></figcaption></figure>')


def _related(m: dict[str, Any], heading: str) -> str:
    lis = "".join(f'<li><a href="/{p}">{_esc(t)}</a></li>' for t, p in m.get("related", []))
    return f'<aside class="related-links"><h3>{_esc(heading)}</h3><ul>{lis}</ul></aside>'


def _footer(m: dict[str, Any], note: str) -> str:
    links = ["About us", "Contact", "Editorial standards", "Corrections", "Advertise",
             "Terms of use", "Privacy policy", "Cookie settings"]
    lis = "".join(
        f'<li><a href="/info/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in links)
    return (f'<footer class="site-footer"><ul class="footer-links">{lis}</ul>'
            f"<p>{_esc(note)}</p>"
            f"<p>&copy; 2026 {_esc(m['site'])}. All rights reserved.</p></footer>")


def _body(paras: list[str], ads: tuple[int, ...] = (3, 9), fig: str = "",
          fig_after: int = 1) -> str:
    out: list[str] = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"<h2>{_esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_esc(p[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_esc(p)}</p>")
        if fig and i == fig_after - 1:
            out.append(fig)
        if i + 1 in ads and i + 1 < len(paras):
            out.append(_ad(f"inarticle-{i + 1}"))
    return "\n".join(out)


def _time(m: dict[str, Any]) -> str:
    if m.get("published"):
        return f'<time datetime="{m["published"]}">{_esc(m["date_text"])}</time>'
    return f'<span class="date-line">{_esc(m["date_text"])}</span>'


def _byline(m: dict[str, Any]) -> str:
    names = " and ".join(m.get("authors", [])) or m["site"]
    role = f', <span class="role">{_esc(m["role"])}</span>' if m.get("role") else ""
    return f'<p class="byline">By <span class="author">{_esc(names)}</span>{role}</p>'


def _doc(m: dict[str, Any], inner: str) -> str:
    return ("<!DOCTYPE html>\n" f'<html lang="en">\n{_head(m)}\n'
            f'<body class="{m["kind"]}-page">\n{inner}\n</body>\n</html>\n')


def _wire_page(m: dict[str, Any]) -> str:
    inner = (
        _cookie(m)
        + '<div class="top">' + _esc(m["site"]) + " | Breaking news for professionals</div>"
        + _nav(m, ["World", "Africa", "Middle East", "Business", "Markets", "Politics",
                   "Science", "Pictures"])
        + _ad("leaderboard")
        + '<main id="content"><article class="story">'
        + f'<p class="kicker"><a href="/{m["path"].split("/")[0]}/">{_esc(m["section"])}</a></p>'
        + f"<h1>{_esc(m['headline'])}</h1>"
        + _byline(m) + f'<p class="timestamp">{_time(m)}</p>'
        + _share(m)
        + '<div class="article-body">' + _body(m["paras"], (3, 9), _figure(m), 1) + "</div>"
        + f'<p class="standards">{_esc(m.get("tail", "Our editorial standards are published on this site."))}</p>'
        + "</article>"
        + _related(m, "Related coverage")
        + _ad("sidebar") + "</main>"
        + _footer(m, "All quotes delayed by at least 15 minutes. Wire content may not be "
                     "republished without a licence.")
    )
    return _doc(m, inner)


def _paper_page(m: dict[str, Any]) -> str:
    inner = (
        _cookie(m)
        + f'<div class="masthead"><p class="edition">{_esc(m.get("edition", ""))}</p>'
        + f'<a class="logo" href="/">{_esc(m["site"])}</a>'
        + '<a class="subscribe" href="/subscribe">Subscribe for full access</a></div>'
        + _nav(m, ["Home", "Nation", "Economy", "World", "Opinion", "Culture", "Sport",
                   "Puzzles"])
        + _ad("top-banner")
        + '<main><article class="article">'
        + f'<header><p class="section-label">{_esc(m["section"])}</p>'
        + f"<h1>{_esc(m['headline'])}</h1>"
        + f'<p class="standfirst">{_esc(m["desc"])}</p>'
        + _byline(m) + f'<p class="pubdate">{_time(m)}</p>' + _share(m) + "</header>"
        + _figure(m)
        + '<div class="article-content">' + _body(m["paras"], (4, 10)) + "</div>"
        + '<div class="article-tags">Topics: '
        + ", ".join(f'<a href="/topic/{_attr(k.lower())}">{_esc(k)}</a>'
                    for k in m.get("keywords", []))
        + "</div>"
        + '<section class="comments"><h3>Comments</h3><p>Comments are open to subscribers. '
        + "Please keep the discussion civil and on topic.</p></section>"
        + "</article>"
        + _related(m, "Read more")
        + '<aside class="newsletter-signup"><h3>The morning briefing</h3><p>The day\'s '
        + "essential stories, in your inbox before 7 a.m.</p>"
        + '<input type="email" placeholder="Your email"><button>Sign up</button></aside>'
        + _ad("bottom") + "</main>"
        + _footer(m, m.get("footnote", "Registered newspaper. Printed and published by "
                                         + m["site"] + "."))
    )
    return _doc(m, inner)


def _broadcast_page(m: dict[str, Any]) -> str:
    vid = m.get("video", ("Watch our report", "2:14"))
    inner = (
        _cookie(m)
        + _nav(m, ["Live TV", "News", "Business", "Programmes", "Weather", "Sport",
                   "Podcasts", "Schedule"])
        + '<div class="breaking-ticker"><span>Latest</span> '
        + _esc(m.get("ticker", "")) + "</div>"
        + '<main><article class="news-story">'
        + f'<p class="category">{_esc(m["section"])}</p>'
        + f"<h1>{_esc(m['headline'])}</h1>"
        + f'<div class="meta">{_byline(m)}<p>{_time(m)}</p></div>'
        + f'<div class="video-player" data-duration="{_attr(vid[1])}">'
        + '<button class="play" aria-label="Play video">&#9654;</button>'
        + f'<p class="video-title">{_esc(vid[0])} ({_esc(vid[1])})</p></div>'
        + _share(m)
        + '<div class="story-body">' + _body(m["paras"], (3, 8), _figure(m), 4) + "</div>"
        + "</article>"
        + _related(m, "More on this story")
        + '<aside class="most-watched"><h3>Most watched</h3><ol>'
        + "".join(f"<li>{_esc(x)}</li>" for x in m.get("watched", []))
        + "</ol></aside>"
        + _ad("mpu") + "</main>"
        + _footer(m, m.get("footnote", m["site"] + " is a licensed broadcaster."))
    )
    return _doc(m, inner)


def _local_page(m: dict[str, Any]) -> str:
    crumbs = " &rsaquo; ".join(
        f'<a href="/{_attr(c.lower())}/">{_esc(c)}</a>' for c in m.get("crumbs", ["Home"]))
    inner = (
        _cookie(m)
        + f'<div class="topbar"><span class="weather">{_esc(m.get("weather", ""))}</span>'
        + f'<span class="today">{_esc(m.get("today", ""))}</span></div>'
        + _nav(m, ["Home", "Local news", "Economy", "Community", "Events", "Weather",
                   "Classifieds", "Contact"])
        + _ad("header")
        + f'<main><nav class="crumbs" aria-label="Breadcrumb">{crumbs}</nav>'
        + '<article class="post">'
        + f"<h1>{_esc(m['headline'])}</h1>"
        + f'<div class="post-meta">{_byline(m)} <p>{_time(m)}</p></div>'
        + _figure(m)
        + '<div class="post-content">' + _body(m["paras"], (3, 7)) + "</div>"
        + _share(m)
        + '<p class="tip">Do you have information about this story? Write to the '
        + "newsroom through our contact page.</p>"
        + "</article>"
        + _related(m, "More local news")
        + _ad("footer") + "</main>"
        + _footer(m, m.get("footnote", "An independent local news site."))
    )
    return _doc(m, inner)


def _newsletter_page(m: dict[str, Any]) -> str:
    others = "".join(f"<li>{_esc(x)}</li>" for x in m.get("briefs", []))
    inner = (
        _cookie(m)
        + _nav(m, ["Latest issue", "Archive", "About", "Sponsor us", "Subscribe"])
        + '<main class="wrap">'
        + f'<p class="issue">{_esc(m.get("issue", ""))}</p>'
        + f'<p class="greeting">{_esc(m.get("greeting", "Good morning."))}</p>'
        + '<article class="lead-item">'
        + f"<h1>{_esc(m['headline'])}</h1>"
        + _byline(m) + f'<p class="sent">{_time(m)}</p>'
        + _figure(m)
        + _body(m["paras"], (5,))
        + "</article>"
        + '<section class="briefs"><h2>In other news</h2><ul>' + others + "</ul></section>"
        + _ad("sponsor")
        + _share(m)
        + _related(m, "From the archive")
        + '<section class="subscribe-box"><h3>Forwarded this issue?</h3><p>Subscribe to get '
        + "the next one directly.</p><input type=\"email\" placeholder=\"Email address\">"
        + "<button>Subscribe</button></section></main>"
        + _footer(m, m.get("footnote", "You are receiving this because you subscribed. "
                                         "Unsubscribe at any time from your account page."))
    )
    return _doc(m, inner)


def _live_page(m: dict[str, Any]) -> str:
    points = "".join(f"<li>{_esc(p)}</li>" for p in m.get("points", []))
    entries = []
    for iso, title, clock, paras in m["entries"]:
        body = "".join(f"<p>{_esc(p)}</p>" for p in paras)
        entries.append(f'<div class="entry" id="e-{iso[11:16].replace(":", "")}">'
                       f'<time datetime="{iso}">{_esc(clock)}</time>'
                       f"<h3>{_esc(title)}</h3>{body}</div>")
    ad_at = len(entries) // 2
    entries.insert(ad_at, _ad("live-mid"))
    inner = (
        _cookie(m)
        + _nav(m, ["News", "Space", "Tech", "Energy", "Start-ups", "Podcasts", "Newsletter"])
        + '<main><article class="live-blog">'
        + '<p><span class="live-badge">LIVE</span> ' + _esc(m["section"]) + "</p>"
        + f"<h1>{_esc(m['headline'])}</h1>"
        + _byline(m) + f'<p class="updated">{_time(m)}</p>'
        + _share(m)
        + _figure(m)
        + f'<section class="key-points"><h2>Key points</h2><ul>{points}</ul></section>'
        + '<section class="entries">' + "\n".join(entries) + "</section>"
        + "</article>"
        + _related(m, "Read next")
        + "</main>"
        + _footer(m, m.get("footnote", "Live coverage is updated as events happen."))
    )
    return _doc(m, inner)


_KINDS = {"wire": _wire_page, "paper": _paper_page, "broadcast": _broadcast_page,
          "local": _local_page, "newsletter": _newsletter_page, "live": _live_page}


def _build(m: dict[str, Any]) -> dict[str, Any]:
    return _page(_url(m), _KINDS[m["kind"]](m))


# ======================================================================
# cb-JD1 -- CONTROL.  Facts: Bank Al-Maghrib board, Rabat, Tue 23 June 2026: key rate
#   -25 bp, 2.25% -> 2.00%, first change since March 2025 (3% peak in 2022-23).  Statement
#   16:00 local (15:00 GMT), news conference 17:00.  Governor Rachid Benmoussa El Idrissi.
#   May CPI 0.8%, core 1.1%.  Inflation f'cast 1.6% (March: 1.9%), 2.1% in 2027; growth
#   4.6% (March: 4.2%), 3.9% in 2027.  Harvest 5.1 Mt = 51 m quintals (2025: 4.4 Mt).
#   Reserves 418 bn dirhams (~$46 bn), 5 months 10 days of imports.  Band +/-5%.  Next
#   meeting 22 Sept.  Two governor quotes, cut in different places.
# ======================================================================

_CB_A = _build({
    "kind": "wire", "site": "Maghreb Wire Service", "host": "maghrebwire.example",
    "path": "business/morocco-central-bank-cuts-key-rate-to-2-percent-2026-06-23",
    "headline": "Morocco's central bank cuts key rate to 2%, first move since March 2025",
    "desc": "Bank Al-Maghrib lowers its benchmark rate by 25 basis points, raises its 2026 "
            "growth forecast and cuts its inflation projection.",
    "section": "Africa Business", "authors": ["Leila Bensouda"],
    "published": "2026-06-23T16:24:00+01:00", "modified": "2026-06-23T17:58:00+01:00",
    "date_text": "June 23, 2026 4:24 PM GMT+1 Updated 5:58 PM GMT+1",
    "image": "2026/06/bam-rabat-hq.jpg",
    "alt": "The headquarters of Bank Al-Maghrib in Rabat",
    "caption": "The headquarters of Bank Al-Maghrib in central Rabat, Morocco, pictured in "
               "February 2026.",
    "credit": "MWS/Anas Filali",
    "keywords": ["Morocco", "Bank Al-Maghrib", "Interest rates", "Inflation"],
    "related": [
        ("Moroccan inflation slows to 0.8% in May on cheaper fresh food",
         "business/morocco-inflation-may-2026"),
        ("Explainer: how Morocco's managed dirham band works",
         "business/explainer-dirham-band"),
        ("Egypt's central bank holds rates as it weighs currency pressures",
         "business/egypt-central-bank-holds-june-2026"),
    ],
    "tail": "Reporting by Leila Bensouda in Rabat; additional reporting by Hamza Ouali in "
            "Casablanca; editing by Claire Hollis.",
    "paras": [
        "RABAT, June 23 (MWS) - Morocco's central bank lowered its benchmark interest "
        "rate by 25 basis points to 2% on Tuesday, its first move since March 2025, saying "
        "price growth had settled at comfortable levels and that a farm sector recovering "
        "from years of drought still needed support.",
        "Bank Al-Maghrib's board, which sets policy once a quarter, had left the key rate "
        "at 2.25% at each of its four previous meetings. The decision was released in a "
        "statement at 1500 GMT, an hour before Governor Rachid Benmoussa El Idrissi took "
        "questions from reporters at the bank's headquarters in Rabat.",
        "The cut surprised most forecasters. Nine of 13 economists polled by Maghreb Wire "
        "Service last week had expected the board to stand pat, while the other four "
        "predicted a quarter-point reduction.",
        "\"Inflation has come back to levels we consider comfortable, and the economy needs "
        "support at a moment when rain has finally returned to the fields, so the board "
        "judged that a measured step was justified,\" Benmoussa El Idrissi said.",
        "He pushed back against the idea that the move marked the start of a new easing "
        "phase. \"We are not starting a cycle of cuts; we will look at the data meeting by "
        "meeting,\" he said.",
        "Consumer prices rose 0.8% in May from a year earlier, according to the High "
        "Commission for Planning, the country's statistics agency. Core inflation, which "
        "leaves out volatile fresh food and regulated prices, was 1.1%.",
        "The central bank now expects inflation to average 1.6% this year, below the 1.9% "
        "it projected in March, and to pick up to 2.1% in 2027 as household demand firms.",
        "It raised its 2026 growth forecast to 4.6% from 4.2% three months ago, citing a "
        "cereal harvest that the agriculture ministry puts at 5.1 million tonnes after a "
        "wet winter, compared with 4.4 million tonnes last year. Growth is then seen "
        "slowing to 3.9% in 2027.",
        "Foreign exchange reserves should reach 418 billion dirhams (about $46 billion) by "
        "the end of the year, equivalent to five months and 10 days of imports of goods "
        "and services, the bank said.",
        "The dirham trades within a band of plus or minus 5% around a central rate pegged "
        "to a basket of the euro and the dollar. Asked whether the bank would loosen the "
        "regime further, the governor said: \"The dirham has behaved well inside its band, "
        "and we see no reason to widen it this year.\"",
        "Bank Al-Maghrib lifted its key rate to 3% during the inflation surge of 2022 and "
        "2023, then brought it down in three quarter-point steps between June 2024 and "
        "March 2025 before pausing.",
        "Nadia Chraibi, chief economist at Casablanca brokerage Sefrou Capital, called "
        "Tuesday's decision a close call that the bank could afford given how far price "
        "growth had fallen. \"The signal that matters is the tone. They are telling the "
        "market not to pencil in a second cut for September,\" she said.",
        "Yields on short-dated Moroccan treasury bills had drifted lower over the past two "
        "weeks as some local investors positioned for easing, traders in Casablanca said.",
        "The board's next scheduled meeting is on Sept. 22, when it will also publish "
        "its next set of quarterly forecasts.",
    ],
})

_CB_B = _build({
    "kind": "paper", "site": "The Rabat Ledger", "host": "rabatledger.example",
    "path": "economy/2026/06/24/bank-al-maghrib-trims-rate-quarter-point",
    "headline": "Bank Al-Maghrib trims its key rate to 2 per cent but warns against "
                "expecting more",
    "desc": "The first reduction in fifteen months is meant to help a country coming out "
            "of drought; the governor says the board will decide meeting by meeting.",
    "section": "Economy", "authors": ["Mehdi Skalli"], "role": "Economics correspondent",
    "published": "2026-06-24T06:00:00+01:00",
    "date_text": "Wednesday 24 June 2026",
    "edition": "Wednesday 24 June 2026 - Rabat edition",
    "sep": " - ",
    "image": "eco/bam-governor-presser.jpg",
    "alt": "The governor of Bank Al-Maghrib at a lectern",
    "caption": "Governor Rachid Benmoussa El Idrissi during his news conference in Rabat "
               "on Tuesday.",
    "credit": "Photograph: Othmane Berrada for The Rabat Ledger",
    "keywords": ["Bank Al-Maghrib", "Monetary policy", "Agriculture", "Dirham"],
    "related": [
        ("Editorial: a small cut, and the right one", "opinion/2026/06/24/editorial-rate-cut"),
        ("Farmers in the Saiss plain count a harvest they had stopped hoping for",
         "nation/2026/06/20/saiss-harvest"),
        ("What a lower key rate means for your mortgage", "economy/2026/06/24/mortgage-guide"),
    ],
    "paras": [
        "Bank Al-Maghrib lowered its key interest rate by a quarter of a percentage point "
        "yesterday, to 2 per cent, ending a pause that had lasted fifteen months and "
        "offering modest relief to borrowers as the country emerges from a long run of "
        "dry years.",
        "The decision, taken at the board's quarterly meeting in Rabat and published shortly "
        "after 4 p.m., was the central bank's first change since March 2025, when it brought "
        "the rate down to 2.25 per cent. It then left the rate untouched at four meetings "
        "in a row.",
        "Speaking at a news conference that began at 5 p.m., Governor Rachid Benmoussa El "
        "Idrissi insisted that nobody should read the move as the opening of a series. "
        "\"We are not starting a cycle of cuts; we will look at the data meeting by "
        "meeting,\" he said.",
        "The governor, who took over at the bank's head after a long career in its "
        "supervision department, defended the timing by pointing to prices. Inflation fell "
        "to 0.8 per cent in May, according to the High Commission for Planning, and the "
        "bank's own projection for the year as a whole has been lowered to 1.6 per cent, "
        "from 1.9 per cent in March. It sees inflation returning to 2.1 per cent in 2027.",
        "## Rain, at last",
        "Much of the bank's reasoning rests on the countryside. The agriculture ministry "
        "expects a cereal crop of 51 million quintals this year, after 44 million in 2025, "
        "thanks to the heavy rains of January and February that refilled reservoirs in "
        "the north and centre of the country.",
        "That harvest is the main reason the central bank now forecasts growth of 4.6 per "
        "cent for 2026, against the 4.2 per cent it pencilled in three months ago. For "
        "2027 it expects the economy to expand by 3.9 per cent, as the boost from farming "
        "fades and the public investment tied to the 2030 World Cup levels off.",
        "The bank also expects foreign currency reserves to reach 418 billion dirhams by "
        "December, enough to pay for five months and ten days of imports of goods and "
        "services, a comfortable cushion by the standards of the region.",
        "## What changes for borrowers",
        "Omar Lahlou, an economist at the Institut Bouregreg, a Rabat research centre, said "
        "households should not expect their loan repayments to fall overnight. \"Moroccan "
        "banks usually take two or three quarters to pass a cut through to lending rates, "
        "and most mortgages here are at fixed rates anyway,\" he said. Small firms that "
        "borrow on short-term credit lines would feel the change sooner, he added.",
        "Nor is the currency likely to move much. The dirham is allowed to fluctuate by "
        "up to 5 per cent on either side of a reference rate set against the euro and the "
        "dollar, and the governor said that arrangement would stay as it is for now, "
        "adding that the bank saw \"no reason to widen it this year\".",
        "Asked whether the government had pressed for lower rates ahead of next year's "
        "budget, the governor smiled and said the board had reached its decision "
        "\"on its own analysis, as it always does\".",
        "The board meets next on 22 September. Most of the economists consulted by The "
        "Rabat Ledger yesterday expect no further change before the end of the year.",
    ],
})

_CB_C = _build({
    "kind": "broadcast", "site": "Atlas 24", "host": "atlas24.example",
    "path": "news/economy/central-bank-rate-cut-23-06-2026",
    "headline": "Central bank lowers key rate to 2.00% as harvest lifts growth outlook",
    "desc": "Bank Al-Maghrib's board cut its policy rate by 25 basis points this afternoon. "
            "The governor says the decision is not the start of a series.",
    "section": "Economy", "authors": ["Sanaa Berrada"], "role": "Business reporter",
    "published": "2026-06-23T19:10:00+01:00",
    "date_text": "23 June 2026, 19:10",
    "image": "news/2026/06/23/souk-rabat.jpg",
    "alt": "Shoppers at a market stall selling vegetables",
    "caption": "Food prices have eased since the winter rains; shoppers at the central "
               "market in Rabat.",
    "credit": "Atlas 24 / Youness Kabbaj",
    "video": ("Watch: the governor explains the cut", "3:05"),
    "ticker": "Central bank cuts key rate to 2.00% - next meeting 22 September",
    "watched": ["Heatwave warning for the Souss valley",
                "Tangier Med sets a new container record for May",
                "Atlas Lions squad named for September friendlies"],
    "keywords": ["Bank Al-Maghrib", "Economy", "Interest rates"],
    "related": [
        ("Video: what a rate cut means for your savings account",
         "news/economy/rate-cut-savings-video"),
        ("Cereal harvest: the agriculture ministry confirms 51 million quintals",
         "news/economy/cereal-harvest-2026"),
        ("Inflation at 0.8% in May, lowest in years", "news/economy/inflation-may-2026"),
    ],
    "footnote": "Atlas 24 is a licensed television and digital news service based in "
                "Casablanca.",
    "paras": [
        "Morocco's central bank cut its key interest rate this afternoon by 25 basis points, "
        "bringing it down from 2.25% to 2.00%, the first change the board has made in "
        "fifteen months.",
        "Bank Al-Maghrib announced the decision at 4pm after its quarterly board meeting in "
        "Rabat. At his news conference an hour later, Governor Rachid Benmoussa El Idrissi "
        "said the bank had been watching inflation fall for months and had decided the "
        "time had come to act.",
        "\"Inflation has come back to levels we consider comfortable, and the economy needs "
        "support at a moment when rain has finally returned to the fields,\" the governor "
        "told journalists.",
        "Prices rose by just 0.8% over the year to May, according to figures from the High "
        "Commission for Planning, helped by cheaper vegetables and fruit after the wettest "
        "winter the country has seen in several years.",
        "The bank now expects inflation of 1.6% on average in 2026. For next year it "
        "forecasts 2.1%.",
        "The rains have also transformed the outlook for farmers. The agriculture ministry "
        "estimates this year's cereal harvest at 51 million quintals, or 5.1 million "
        "tonnes, and the central bank has raised its growth forecast for the year to 4.6%, "
        "up from 4.2% in March.",
        "In Sale, Hind Amzil, who runs a furniture workshop with eleven employees, said the "
        "cut was welcome but small. \"A quarter of a point will not change my life. What "
        "would change it is a bank that answers my loan application in two weeks instead "
        "of three months,\" she told Atlas 24.",
        "Associations representing small and medium-sized firms welcomed the decision "
        "in statements on Tuesday evening, while calling on banks to pass it on quickly "
        "to their customers.",
        "Asked by Atlas 24 whether the cut was linked to the government's spending "
        "plans, the governor said the board had decided on the basis of its own "
        "analysis.",
        "Economists had mostly expected the central bank to wait until September. The "
        "governor said the board would take each decision on its merits and warned "
        "against assuming that another cut was on the way.",
        "For savers, the effect will run the other way. Banks are expected to trim the "
        "rates they pay on term deposits over the coming months, although the governor "
        "pointed out that real returns remain positive with inflation below 1%.",
        "He also said the board had taken into account a slowdown in bank lending to "
        "small businesses, which he described as a concern for the months ahead.",
        "On the Casablanca Stock Exchange, which had already closed when the decision "
        "was published, traders expect bank shares to come under some pressure "
        "tomorrow, since lower rates tend to squeeze lending margins.",
        "The governor also ruled out any change to the system that governs the dirham this "
        "year. The currency can move up to 5% above or below its central rate.",
        "Bank Al-Maghrib raised rates sharply in 2022 and 2023, to 3%, to fight the jump "
        "in import prices that followed the war in Ukraine, before easing them gradually "
        "from June 2024.",
        "The bank's foreign exchange reserves are expected to reach 418 billion dirhams at "
        "the end of 2026, it said, covering more than five months of imports.",
        "The board's next meeting is scheduled for Tuesday 22 September. Atlas 24 will "
        "broadcast the governor's news conference live.",
    ],
})

_CB_D = _build({
    "kind": "newsletter", "site": "Dirham Desk", "host": "dirhamdesk.example",
    "path": "issues/212-a-cut-with-a-warning-label",
    "headline": "A cut with a warning label",
    "desc": "Dirham Desk issue 212: what Bank Al-Maghrib's quarter-point cut does, and "
            "does not, tell you about the rest of 2026.",
    "section": "Newsletter", "authors": ["Karim Zniber"],
    "published": None,
    "date_text": "Thursday 25 June 2026",
    "issue": "Issue 212 - Thursday 25 June 2026 - read time 6 minutes",
    "greeting": "Good morning, and welcome to the 1,840 readers who joined this month.",
    "image": "issues/212/chart-policy-rate.png",
    "alt": "Line chart of Morocco's policy rate since 2020",
    "caption": "Bank Al-Maghrib's key rate since 2020: up to 3% in 2022-23, down to 2% "
               "on Tuesday.",
    "credit": "Chart: Dirham Desk; data: Bank Al-Maghrib",
    "briefs": [
        "Tangier Med handled a record volume of containers in May, the port authority said.",
        "OCP priced a new dollar bond; the order book was more than three times covered.",
        "Casablanca Stock Exchange index closed Wednesday up 0.6%, led by bank shares.",
    ],
    "keywords": ["Morocco", "Monetary policy", "Dirham"],
    "related": [
        ("Issue 199: Why the March hold was not a surprise", "issues/199-the-march-hold"),
        ("Issue 205: Reading the dirham band", "issues/205-reading-the-band"),
    ],
    "paras": [
        "Bank Al-Maghrib did what most forecasters thought it would not do this week. "
        "Tuesday's quarter-point cut takes the policy rate to 2.00%, from 2.25%, and it is "
        "the first change since March 2025. The statement landed at 16:00 Rabat time "
        "(15:00 GMT, or 17:00 for readers in Paris), and the governor's press conference "
        "followed an hour later.",
        "The cut itself is the least interesting part. What deserves your attention is the "
        "warning that came attached to it.",
        "Going into the meeting, 62% of the readers who answered our survey expected a "
        "hold, which put you in good company: most of the sell-side did too. The board "
        "clearly saw enough in the inflation numbers to move, and enough risk in the "
        "outlook to tell everyone not to get used to it.",
        "## The words",
        "Governor Rachid Benmoussa El Idrissi framed the decision as a one-off adjustment "
        "to an economy where prices have cooled, saying that inflation had fallen back to "
        "comfortable levels and that \"the board judged that a measured step was "
        "justified\". He then closed the door on the obvious follow-up question: \"we will "
        "look at the data meeting by meeting\".",
        "Translated from central-bank language, that means September is live but not "
        "likely. We put the odds of a second cut at the 22 September meeting at about one "
        "in four.",
        "## The numbers",
        "The forecasts explain the confidence. The bank's inflation projection for 2026 "
        "is down to 1.6% from 1.9% in March; May's reading from the statistics office was "
        "0.8%, with core inflation at 1.1%. Growth for this year has been revised up to "
        "4.6% from 4.2%, largely on the back of a 5.1-million-tonne cereal crop. The bank "
        "sees growth of 3.9% and inflation of 2.1% in 2027.",
        "Reserves are projected at 418 billion dirhams at end-2026, roughly $46bn, or "
        "five months and ten days of imports. That buffer is what allows the bank to cut "
        "without worrying much about the currency.",
        "## The band",
        "On that subject, the governor said the dirham had behaved well inside its band "
        "and ruled out widening it this year. For newer readers: since 2020 the dirham "
        "can move 5% either side of its central rate, a corridor 10 percentage points "
        "wide in total, against a basket weighted 60% to the euro and 40% to the dollar. "
        "It has not come close to either edge in the past year.",
        "## What we are watching",
        "First, bank lending rates. The last easing round took roughly two quarters to "
        "show up in the rates that small and mid-sized companies pay, and we expect the "
        "same lag this time. Second, the treasury bill auctions: yields on the shortest "
        "paper had already slipped before Tuesday, and the curve will tell us whether the "
        "market believes the governor's caution.",
        "Third, food prices in the autumn. The good harvest is doing a lot of work in the "
        "inflation figures, and any reversal there would make the board far less "
        "comfortable than it sounded this week.",
        "That is all for this issue. As always, reply to this email with questions; the "
        "best ones end up in Monday's mailbag.",
    ],
})

STORY_1 = _story("cb-JD1", "central bank", "2026-06-27",
                 [_CB_A, _CB_B, _CB_C, _CB_D], [])


# ======================================================================
# el-JD2 -- PLANTED.  Facts: Sakiet Eddaier (Sfax) by-election Sun 12 April 2026, ISIE
#   results Tue 14 April.  Registered 58,640, cast 8,327 (14.2%), valid 7,964, blank 363.
#   Ben Romdhane 3,391 (42.6%), Jaziri 2,418 (30.4%), Trabelsi 1,207 (15.2%), Kchaou 612,
#   Ayari 336.  Runoff Sun 3 May.  12 coastal centres: Jaziri 1,102 v 987; 19 inland:
#   2,404 v 1,316.  2022 turnout 10.9% (national 11.2%).
#   Planted: runoff 10 May (Tunis Observer); turnout 16.8% (Carthage Radio); "Ben Ramdane"
#   (Sfax Now).
# ======================================================================

_EL_A = _build({
    "kind": "wire", "site": "Nordafrik Presse Agency", "host": "npa-wire.example",
    "path": "politics/tunisia-sfax-by-election-heads-to-runoff-20260414",
    "headline": "Teacher leads Tunisian by-election in Sfax, faces pharmacist in May 3 runoff",
    "desc": "Preliminary results show independent Hela Ben Romdhane ahead with 42.6% in "
            "Sakiet Eddaier, on a turnout of 14.2%.",
    "section": "Politics", "authors": ["Anis Ben Slimane"],
    "published": "2026-04-14T22:10:00+01:00",
    "date_text": "14 April 2026 22:10 (Tunis)",
    "image": "photos/2026/04/isie-press-conference.jpg",
    "alt": "Election officials seated behind a long table at a news conference",
    "caption": "Members of the Independent High Authority for Elections announce "
               "preliminary results in Tunis on April 14, 2026.",
    "credit": "NPA photo / Wassim Jlassi",
    "keywords": ["Tunisia", "Elections", "Sfax", "ISIE"],
    "related": [
        ("Tunisia sets April date for Sfax by-election after MP named ambassador",
         "politics/tunisia-sets-sfax-by-election-date"),
        ("Factbox: Tunisia's single-member constituencies and two-round system",
         "politics/factbox-tunisia-electoral-system"),
        ("Water cuts dominate campaign in Sfax suburbs", "politics/sfax-water-cuts-campaign"),
    ],
    "tail": "Reporting by Anis Ben Slimane; editing by Malek Gharbi.",
    "paras": [
        "TUNIS, April 14 (NPA) - An independent secondary-school teacher led the first round "
        "of a parliamentary by-election in the Sfax constituency of Sakiet Eddaier but fell "
        "short of an outright majority and will face a local pharmacist in a runoff on "
        "May 3, preliminary results showed on Tuesday.",
        "Hela Ben Romdhane, 46, who teaches philosophy at a lycee in the constituency, won "
        "3,391 votes, or 42.6% of valid ballots, the Independent High Authority for "
        "Elections (ISIE) told a news conference in Tunis. Mounir Jaziri, 53, took 2,418 "
        "votes, or 30.4%.",
        "Turnout in Sunday's vote was 14.2%, the commission said, with 8,327 of the "
        "constituency's 58,640 registered voters casting a ballot. Of those, 7,964 ballots "
        "were valid and 363 were blank or spoiled.",
        "Engineer Sami Trabelsi finished third with 1,207 votes (15.2%), ahead of lawyer "
        "Amel Kchaou with 612 (7.7%) and retired customs officer Ridha Ayari with 336 "
        "(4.2%).",
        "Under the electoral law, a candidate must win more than half of the valid votes to "
        "be elected in the first round. Ben Romdhane and Jaziri will meet in a second round "
        "on Sunday May 3, three weeks after the first.",
        "The seat fell vacant in January when its holder, Lotfi Hammami, was appointed "
        "ambassador. Sakiet Eddaier, a mix of dense suburbs north of Sfax city, olive groves "
        "and a stretch of coastline, is one of the single-member constituencies created by "
        "the 2022 electoral law.",
        "Fethi Boughanmi, a member of the ISIE board, said the participation rate compared "
        "well with the first round of the December 2022 legislative elections, when 10.9% "
        "of voters turned out in the same constituency and 11.2% nationwide.",
        "\"People did not stay at home because they are indifferent. They stayed at home "
        "because nobody came to knock on their door, and in the next three weeks I intend "
        "to knock on every one,\" Ben Romdhane told NPA by telephone.",
        "Jaziri, who has the backing of a local association of traders and small "
        "manufacturers, said he was confident of closing the gap. \"The second round is a "
        "new election, and the people of the coast have already told us what they want,\" "
        "he said.",
        "The pharmacist carried the 12 polling centres along the coast, with 1,102 votes to "
        "Ben Romdhane's 987, according to a breakdown published by the commission, but she "
        "won comfortably in the 19 inland centres.",
        "Water cuts during last summer's heat, the condition of the coastal road and jobs "
        "for graduates dominated a campaign that drew little attention outside Sfax.",
        "Ben Romdhane, who has never held elected office, campaigned on water supply "
        "and on the state of school buildings in the inland districts, where several "
        "primary schools have no heating. Jaziri, who stood in the same constituency in "
        "2022 but was eliminated in the first round, promised help for small "
        "businesses.",
        "The commission said counting in the constituency's 74 polling stations had "
        "gone smoothly and that observers from two local associations had reported no "
        "serious irregularities.",
        "Candidates may contest the preliminary results before the administrative court. "
        "The ISIE will proclaim final first-round results once any appeals have been "
        "settled.",
    ],
})

_EL_B = _build({
    "kind": "paper", "site": "Tunis Observer", "host": "tunisobserver.example",
    "path": "nation/2026/04/15/sakiet-eddaier-by-election-second-round",
    "headline": "Sakiet Eddaier by-election goes to a second round between teacher and "
                "pharmacist",
    "desc": "Hela Ben Romdhane finished well ahead but short of a majority. Low turnout, "
            "though higher than in 2022, again framed the contest.",
    "section": "Nation", "authors": ["Rim Saidane"], "role": "Political correspondent",
    "published": "2026-04-15T06:30:00+01:00",
    "date_text": "Wednesday 15 April 2026",
    "edition": "Wednesday 15 April 2026",
    "image": "2026/04/15/sfax-polling-centre.jpg",
    "alt": "A voter dropping a ballot into a transparent box",
    "caption": "A voter casts her ballot at a primary school in Sakiet Eddaier on Sunday.",
    "credit": "Photo: Yassine Mahjoub / Tunis Observer",
    "footnote": "Tunis Observer is published daily except Mondays.",
    "keywords": ["Elections", "Sfax", "Parliament"],
    "related": [
        ("Analysis: why by-elections matter more than their turnout suggests",
         "opinion/2026/04/13/by-elections-analysis"),
        ("Sfax: the coastal road works, two years behind schedule",
         "nation/2026/03/28/sfax-coastal-road"),
        ("Who are the five candidates in Sakiet Eddaier?",
         "nation/2026/04/09/sakiet-eddaier-candidates"),
    ],
    "paras": [
        "Voters in Sakiet Eddaier will have to go back to the polls. Hela Ben Romdhane, a "
        "philosophy teacher standing without party support, came first in Sunday's "
        "by-election with 42.6 per cent of valid votes, according to preliminary results "
        "announced by the electoral commission yesterday evening, but she remains short of "
        "the absolute majority required to win outright.",
        "She will face Mounir Jaziri, a pharmacist well known in the coastal part of the "
        "constituency, who obtained 30.4 per cent. The second round is scheduled for "
        "Sunday 10 May.",
        "In raw numbers, Ms Ben Romdhane received 3,391 votes and Mr Jaziri 2,418. The "
        "three other candidates, the engineer Sami Trabelsi, the lawyer Amel Kchaou and "
        "the retired customs officer Ridha Ayari, shared the remaining votes, with "
        "Mr Trabelsi in third place on 15.2 per cent.",
        "## Turnout: low, but rising",
        "Turnout stood at 14.2 per cent of the 58,640 people on the register. That is "
        "modest by any standard, but it is higher than the 10.9 per cent recorded in the "
        "constituency at the first round of the December 2022 legislative elections, and "
        "above the national figure of 11.2 per cent from that vote.",
        "Fethi Boughanmi, who sits on the board of the Independent High Authority for "
        "Elections, said that 363 of the ballots cast had been left blank or spoiled. The "
        "count in the 74 polling stations had gone off without serious incident, he added.",
        "## Coast against hinterland",
        "The map of the results tells a story of two constituencies. Mr Jaziri, whose "
        "pharmacy has stood on the same corner of the coastal road for two decades, won "
        "the twelve polling centres by the sea. Ms Ben Romdhane, who spent the campaign "
        "going from olive farm to olive farm in the inland districts, won almost everywhere "
        "else, and by wide margins.",
        "In the twelve coastal centres, Mr Jaziri took 1,102 votes to Ms Ben Romdhane's "
        "987. In the nineteen inland centres she more than made up the difference, "
        "which leaves Mr Trabelsi's 1,207 voters holding much of the balance for the "
        "second round.",
        "The teacher told the Tunis Observer that the low turnout reflected neglect rather "
        "than apathy. \"They stayed at home because nobody came to knock on their door,\" "
        "she said, promising to visit every household before polling day.",
        "Mr Jaziri, for his part, said the second round would be \"a new election\". He "
        "has the support of an association of traders and small manufacturers and is "
        "expected to court voters who backed Mr Trabelsi, whose campaign focused on "
        "industrial jobs.",
        "## Why the seat was empty",
        "The by-election was called after Lotfi Hammami, who won the seat in 2023, was "
        "appointed ambassador in January. Under the rules adopted in 2022, each of the "
        "country's constituencies elects a single member in a two-round vote.",
        "The preliminary results can still be challenged before the administrative court. "
        "Final results of the first round are expected once the appeal period has run its "
        "course.",
        "Whoever wins will take a seat in a chamber where Sfax's representatives have "
        "pressed, so far with little success, for faster work on the city's drinking "
        "water network and on the long-delayed coastal road.",
    ],
})

_EL_C = _build({
    "kind": "broadcast", "site": "Carthage Radio English Service",
    "host": "carthageradio.example",
    "path": "en/news/sfax-by-election-runoff-teacher-pharmacist",
    "headline": "Sfax by-election: teacher and pharmacist head for second round",
    "desc": "Independent candidate Hela Ben Romdhane tops the first round in Sakiet "
            "Eddaier; a runoff against Mounir Jaziri is set for 3 May.",
    "section": "Tunisia", "authors": ["Nour El Houda Mbarki"],
    "published": None,
    "date_text": "15 April 2026 - 12:30",
    "sep": " - ",
    "image": "en/2026/04/sakiet-eddaier-street.jpg",
    "alt": "Campaign posters on a wall in a residential street",
    "caption": "Campaign posters in Sakiet Eddaier, north of Sfax, in the week before the "
               "vote.",
    "credit": "Carthage Radio / Hamdi Zouari",
    "video": ("Listen: our correspondent in Sfax on the results", "4:40"),
    "ticker": "Sfax by-election runoff on 3 May - Ben Romdhane v Jaziri",
    "watched": ["Olive oil exporters count the cost of lower prices",
                "Spring storms: roads closed near Kasserine",
                "Club Africain appoint new coach"],
    "keywords": ["Tunisia", "Sfax", "Elections"],
    "related": [
        ("Podcast: what does a member of parliament do in 2026?",
         "en/podcasts/what-does-an-mp-do"),
        ("Electoral commission publishes timetable for second round",
         "en/news/isie-second-round-timetable"),
        ("Sfax residents protest over summer water cuts",
         "en/news/sfax-water-protest"),
    ],
    "footnote": "Carthage Radio English Service broadcasts daily on FM in Tunis and Sfax "
                "and online.",
    "paras": [
        "The by-election for the vacant parliamentary seat of Sakiet Eddaier, in the Sfax "
        "region, will be decided in a second round on Sunday 3 May, after none of the five "
        "candidates won a majority in the first.",
        "According to the preliminary results announced by the Independent High Authority "
        "for Elections on Tuesday evening, the independent candidate Hela Ben Romdhane came "
        "first with 42.6 percent of the vote. The pharmacist Mounir Jaziri was second with "
        "30.4 percent.",
        "In raw numbers, Hela Ben Romdhane received 3,391 votes and Mounir Jaziri "
        "2,418, according to the commission.",
        "Turnout was 16.8 percent, the electoral commission said. That is well above the "
        "national turnout of 11.2 percent in the first round of the 2022 legislative "
        "elections, although still far from the levels Tunisia knew in the years after "
        "the revolution.",
        "Hela Ben Romdhane teaches philosophy in a secondary school and has never held "
        "elected office. Speaking to Carthage Radio on Wednesday morning, she said the "
        "result showed that voters would turn out for someone who listened to them.",
        "\"People did not stay at home because they are indifferent,\" she said. She "
        "promised to spend the next three weeks going door to door across the "
        "constituency.",
        "Her rival was just as combative. \"The second round is a new election, and the "
        "people of the coast have already told us what they want,\" Mounir Jaziri told "
        "our correspondent in Sfax, referring to his strong result in the polling centres "
        "along the sea.",
        "The engineer Sami Trabelsi, who finished third with 15.2 percent, has not said "
        "whether he will back either of the two remaining candidates. Lawyer Amel Kchaou "
        "and retired customs officer Ridha Ayari were further behind.",
        "In the streets of Sakiet Eddaier on Wednesday, reactions were mixed. Mohamed "
        "Ellouze, a retired mechanic, said he had voted for the first time since 2019. "
        "\"My neighbour is on the list of candidates' helpers, so I went. Next time I will "
        "go because I want the water to stay on in August,\" he said.",
        "Sonia Karray, who runs a bakery near the main market, said she had not voted. "
        "\"I do not know what a member of parliament can do for a bakery,\" she said, "
        "adding that she might change her mind for the second round.",
        "The seat has been empty since January, when the previous member, Lotfi Hammami, "
        "was appointed ambassador. Since the electoral law of 2022, members are elected "
        "individually in constituencies, in two rounds if necessary.",
        "Both finalists have promised to make water their priority. Parts of the "
        "constituency went without running water for days at a time last summer, and "
        "the regional water utility has promised to replace old pipes before the hot "
        "season. Our correspondent says the issue came up in almost every conversation "
        "she had with voters during the campaign.",
        "The electoral commission said candidates can appeal against the preliminary "
        "results before the administrative court, and that the official campaign for the "
        "second round will open once the final first-round results are proclaimed.",
        "Carthage Radio will broadcast a debate between the two candidates in the week "
        "before the vote.",
    ],
})

_EL_D = _build({
    "kind": "local", "site": "Sfax Now", "host": "sfaxnow.example",
    "path": "local-news/2026/04/15/sakiet-eddaier-results-map",
    "headline": "Sakiet Eddaier results: the inland vote carries Hela Ben Ramdane, the coast "
                "sticks with Jaziri",
    "desc": "Centre-by-centre figures from Sunday's by-election show a constituency split "
            "between its olive country and its seafront.",
    "section": "Local news", "authors": ["Walid Frikha"],
    "published": "2026-04-15T17:45:00+01:00",
    "date_text": "15/04/2026 17:45",
    "weather": "Sfax 23\u00b0C, light wind",
    "today": "Wednesday 15 April 2026",
    "crumbs": ["Home", "Local news", "Sakiet Eddaier"],
    "image": "uploads/2026/04/sakiet-eddaier-count.jpg",
    "alt": "Volunteers counting paper ballots by lamplight",
    "caption": "Counting under way at a polling station in Sakiet Eddaier on Sunday evening.",
    "credit": "Sfax Now / Ines Ghorbel",
    "keywords": ["Sakiet Eddaier", "By-election", "Sfax"],
    "related": [
        ("Coastal road: the contractor promises the last section for September",
         "local-news/2026/04/10/coastal-road-september"),
        ("Olive pickers' wages: what the growers' union agreed",
         "economy/2026/03/30/olive-pickers-wages"),
        ("Where to vote on 3 May: the list of polling centres",
         "local-news/2026/04/15/polling-centres-list"),
    ],
    "footnote": "Sfax Now is an independent news site covering Sfax and its region.",
    "paras": [
        "Hela Ben Ramdane owes her first-place finish in Sunday's by-election to the "
        "inland districts of Sakiet Eddaier, while Mounir Jaziri's second place was built "
        "almost entirely on the seafront, according to the centre-by-centre results "
        "published by the electoral commission after its announcement on Tuesday.",
        "Across the whole constituency, the philosophy teacher received 3,391 votes "
        "(42.6%) and the pharmacist 2,418 (30.4%). The two will face each other again on "
        "Sunday 3 May.",
        "## Two halves",
        "The constituency has 31 polling centres. In the 12 centres along the coast, "
        "Mr Jaziri came first with 1,102 votes, against 987 for Ms Ben Ramdane. In the 19 "
        "inland centres, the picture was reversed: Ms Ben Ramdane collected 2,404 votes, "
        "almost twice Mr Jaziri's 1,316.",
        "Her best result came from the primary school in the olive-growing area at the "
        "western edge of the constituency, where she won well over half of the votes cast. Mr Jaziri's "
        "strongest centre was the youth club next to the fishing harbour, a few hundred "
        "metres from his pharmacy.",
        "The other three candidates did best in the newer housing estates. Engineer Sami "
        "Trabelsi, third overall with 1,207 votes, came close to Mr Jaziri in the estates "
        "near the industrial zone; lawyer Amel Kchaou received 612 votes and retired "
        "customs officer Ridha Ayari 336.",
        "## Who voted",
        "In all, 8,327 of the 58,640 registered voters took part, a turnout of 14.2%. "
        "That is low, but better than in December 2022, when only 10.9% of the "
        "constituency's voters went to the polls.",
        "Blank and spoiled ballots numbered 363, leaving 7,964 valid votes, the figure "
        "on which the candidates' percentages are calculated.",
        "Turnout was noticeably higher inland, where Ms Ben Ramdane's volunteers had "
        "organised lifts to the polling centres for elderly voters, several residents "
        "told Sfax Now.",
        "Several centres on the coast reported queues in the late afternoon, shortly "
        "before polls closed. Figures for each centre are published on the commission's "
        "website.",
        "The candidate herself rejected the idea that the abstainers did not care. "
        "\"People did not stay at home because they are indifferent. They stayed at home "
        "because nobody came to knock on their door,\" she said on Tuesday night, at a "
        "small gathering of supporters in a cafe near the Sakiet Eddaier market.",
        "Mr Jaziri, reached by phone on Wednesday, said he would concentrate on the "
        "inland districts in the coming weeks. \"The second round is a new election,\" "
        "he said.",
        "Mr Trabelsi's supporters were due to meet on Wednesday evening to discuss "
        "whether to back one of the two finalists. A member of his campaign team told "
        "Sfax Now that no decision would be announced before the end of the week.",
        "Polling centres will again be open from 8 a.m. to 6 p.m. on polling day.",
        "## What happens now",
        "Any candidate can contest the preliminary results before the administrative "
        "court. Once the final first-round results are proclaimed, a short official "
        "campaign will open for the second round.",
        "The seat has been vacant since the former member, Lotfi Hammami, was named "
        "ambassador in January. Sfax Now will publish the list of polling centres, which "
        "is unchanged for the second round, and the candidates' answers to our readers' "
        "questions next week.",
    ],
})

STORY_2 = _story("el-JD2", "election", "2026-04-17",
                 [_EL_A, _EL_B, _EL_C, _EL_D],
                 [("second-round date", r"\b3 may\b|\bmay 3\b", r"\b10 may\b|\bmay 10\b"),
                  ("turnout", r"14\.2", r"16\.8"),
                  ("winner's surname spelling", r"ben romdhane", r"ben ramdane")])


# ======================================================================
# ct-JD3 -- PLANTED.  Facts: Cairo Economic Court, Wed 16 Sept 2026, ~11 a.m. (0800 GMT),
#   Counsellor Hatem El-Shennawy.  Nilewise founder Karim Abdel-Sattar Haridy, 41: seven
#   years, 50 m pounds (~$1 m).  Former chief financial officer Yasser Abdelmeguid: four
#   years, 20 m pounds.  Six others 1-3 years; three acquitted (11 defendants).  Repay
#   1.18 bn pounds (~$24 m) to ~4,300 investors.  Up to 8% a month; FRA warning May 2024;
#   freeze Oct 2025.  Planted: five years (Nile Markets Brief); "chief executive" (Misr
#   Today).
# ======================================================================

_CT_A = _build({
    "kind": "wire", "site": "Delta Newswire", "host": "deltanews.example",
    "path": "egypt/courts/nilewise-founder-sentenced-20260916",
    "headline": "Egyptian court jails Nilewise app founder for seven years over "
                "investment scheme",
    "desc": "The Cairo Economic Court convicted eight of eleven defendants and ordered "
            "1.18 billion pounds returned to about 4,300 investors.",
    "section": "Egypt", "authors": ["Amr Fathallah"],
    "published": "2026-09-16T12:05:00+03:00", "modified": "2026-09-16T14:40:00+03:00",
    "date_text": "Sep 16, 2026, 12:05 Cairo (09:05 GMT) - updated 14:40",
    "image": "2026/09/cairo-economic-court.jpg",
    "alt": "Relatives of investors wait outside a court building",
    "caption": "Investors and relatives wait outside the Cairo Economic Court before the "
               "verdict on Sept. 16, 2026.",
    "credit": "Delta Newswire / Sherif Mansour",
    "keywords": ["Egypt", "Courts", "Fraud", "Fintech"],
    "related": [
        ("Nilewise investors stage sit-in as app freezes withdrawals",
         "egypt/nilewise-investors-sit-in-20251019"),
        ("Egypt's financial regulator warns against unlicensed investment apps",
         "egypt/fra-warning-investment-apps"),
        ("Timeline: the rise and fall of Nilewise", "egypt/timeline-nilewise"),
    ],
    "tail": "Reporting by Amr Fathallah; additional reporting by Nourhan Adel; editing by "
            "Peter Lindqvist.",
    "paras": [
        "CAIRO, Sept 16 (Delta) - An Egyptian court on Wednesday sentenced the founder of "
        "Nilewise, a mobile investment app that froze its customers' money last year, to "
        "seven years in prison for running an unlicensed scheme that took deposits from "
        "thousands of small savers.",
        "The Cairo Economic Court also fined Karim Abdel-Sattar Haridy, 41, 50 million "
        "Egyptian pounds (about $1 million) and ordered the defendants to repay 1.18 "
        "billion pounds (about $24 million) to roughly 4,300 investors, according to the "
        "ruling read out in court shortly after 11 a.m. (0800 GMT).",
        "Yasser Abdelmeguid, the company's former chief financial officer, received four "
        "years and a fine of 20 million pounds. Six other defendants, most of them former "
        "employees and sales agents, were given sentences of between one and three years. "
        "Three of the 11 people on trial were acquitted.",
        "Haridy, dressed in white prison clothes, listened from the defendants' cage and "
        "did not react when presiding judge Hatem El-Shennawy read the verdict.",
        "The defendants were convicted of receiving money from the public for investment "
        "without a licence from the Financial Regulatory Authority, of fraud and of money "
        "laundering.",
        "In its ruling, the court said the defendants had used advertising to present "
        "Nilewise as an authorised investment firm, leaving customers no way of "
        "checking where their money was placed. Investor groups say most customers "
        "deposited between 20,000 and 500,000 pounds each.",
        "Launched in March 2023, Nilewise promised monthly returns of up to 8% on funds "
        "that it said were invested in property, agricultural exports and short-term trade "
        "finance. Prosecutors said most of the payouts to early customers had been funded "
        "with money from later depositors.",
        "The app stopped processing withdrawals in October 2025. Haridy was arrested at "
        "Cairo airport the following month, and the public prosecution referred the case "
        "to court in March. The trial opened in May.",
        "The Financial Regulatory Authority had warned in May 2024 that Nilewise was not "
        "licensed to manage investments, but the app continued to advertise heavily on "
        "social media for more than a year afterwards.",
        "Defence lawyer Mahmoud Seoudi said he would appeal. \"My client built a technology "
        "company, not a trap, and the appeal will show that the money went into real "
        "projects,\" he told reporters outside the courtroom.",
        "Seoudi said his client had cooperated with investigators and had offered to "
        "hand over property to speed up repayments, an offer he said the prosecution "
        "had ignored.",
        "Outside the court, a few dozen investors, some holding printouts of their account "
        "balances, said the sentence was too light. \"Seven years is nothing compared with "
        "what he took from families who trusted a phone screen,\" said Dina Farouk, a "
        "pharmacist from Mansoura who said she had put her savings into the app.",
        "Rulings of the economic court's first-instance chambers can be challenged before "
        "its appellate chambers. It was not immediately clear how much of the money "
        "investors would recover, since the court's order depends on the sale of assets "
        "seized by the authorities.",
        "Egypt has tightened oversight of financial technology firms since 2022, as a "
        "growing number of apps offering high returns drew savers struggling with high "
        "inflation and a weaker pound.",
    ],
})

_CT_B = _build({
    "kind": "paper", "site": "The Cairo Courier", "host": "cairocourier.example",
    "path": "news/courts/2026/09/17/nilewise-verdict-seven-years",
    "headline": "Nilewise founder gets seven years; investors ask where the money went",
    "desc": "The Economic Court convicted eight of the app's former managers and staff and "
            "ordered them to repay 1.18 billion pounds. Investors doubt they will see much "
            "of it.",
    "section": "Courts", "authors": ["Mariam El-Naggar"], "role": "Courts reporter",
    "published": "2026-09-17T05:30:00+03:00",
    "date_text": "Thursday, 17 September 2026",
    "edition": "Thursday 17 September 2026",
    "sep": " - ",
    "image": "news/2026/09/17/haridy-court-cage.jpg",
    "alt": "A defendant in a white shirt behind bars in a courtroom",
    "caption": "Karim Haridy, founder of Nilewise, in the defendants' cage at the Cairo "
               "Economic Court on Wednesday.",
    "credit": "Photo: Ahmed Zaki / The Cairo Courier",
    "footnote": "The Cairo Courier is an independent English-language daily.",
    "keywords": ["Nilewise", "Economic Court", "Fraud", "Savers"],
    "related": [
        ("How to check whether an investment app is licensed",
         "money/2026/09/17/check-app-licence"),
        ("Opinion: Nilewise is a regulatory failure too", "opinion/2026/09/17/nilewise"),
        ("Inside the Nilewise call centre, in the words of former staff",
         "news/2026/05/12/nilewise-call-centre"),
    ],
    "paras": [
        "Karim Abdel-Sattar Haridy, who built the Nilewise investment app into one of the "
        "most advertised brands on Egyptian social media before it collapsed last autumn, "
        "was sentenced yesterday to seven years in prison by the Cairo Economic Court.",
        "The court also fined him 50 million pounds and ordered the convicted defendants "
        "to return 1.18 billion pounds to the app's investors, whom prosecutors put at "
        "about 4,300 people, many of them teachers, pharmacists and retired civil servants "
        "who had put in their savings.",
        "Eight of the eleven defendants were convicted. Yasser Abdelmeguid, the former "
        "chief financial officer, was given four years and a 20 million pound fine. Six "
        "others received terms of one to three years, and three were acquitted, among "
        "them a software contractor who had built the app's payment system.",
        "Mr Abdelmeguid, the former finance chief, had told the court during the trial "
        "that he raised concerns about the payouts in 2024 and was ignored. The judges "
        "did not accept that defence.",
        "The verdict, read by Counsellor Hatem El-Shennawy at around 11 o'clock, took less "
        "than ten minutes. Mr Haridy, who is 41, stood in silence. Several relatives of "
        "defendants began to cry; a small group of investors at the back of the room "
        "applauded, before court guards asked them to leave.",
        "## 'Real projects'",
        "The case turned on where the money went. Nilewise told its customers that their "
        "funds were financing apartment blocks, citrus exports and short-term trade deals, "
        "and promised monthly returns of up to 8 per cent. Prosecutors argued that the "
        "app had little real business and paid its early customers with money from newer "
        "ones.",
        "The defence disputes that. \"My client built a technology company, not a trap,\" "
        "his lawyer, Mahmoud Seoudi, said after the hearing, adding that he would appeal.",
        "Mr Seoudi told The Cairo Courier that several of the property projects existed "
        "and could be sold to repay customers, and that the collapse had been caused by a "
        "wave of withdrawals triggered by rumours.",
        "## 'A phone screen'",
        "Investors gathered outside the courthouse were unconvinced. Dina Farouk, a "
        "pharmacist from Mansoura, travelled to Cairo at dawn to hear the verdict. She "
        "said she had lost most of what she had saved for her daughters' education. "
        "\"Seven years is nothing compared with what he took from families who trusted a "
        "phone screen,\" she said.",
        "Many investors first heard of Nilewise through sponsored videos that promised "
        "a steady monthly income. The Financial Regulatory Authority warned in May 2024 "
        "that the company had no licence to manage money, but the advertisements did not "
        "stop, and deposits kept arriving until the app froze withdrawals in October 2025.",
        "Mr Haridy was arrested at Cairo airport in November of that year. The case was "
        "referred to the Economic Court in March, and hearings began in May.",
        "## Will anyone be repaid?",
        "The repayment order is only as good as the assets behind it. Lawyers representing "
        "groups of investors said the sums seized so far were a small fraction of 1.18 "
        "billion pounds, and that recovery would take years. The ruling can be appealed "
        "before the appellate chambers of the Economic Court.",
    ],
})

_CT_C = _build({
    "kind": "newsletter", "site": "Nile Markets Brief", "host": "nilemarkets.example",
    "path": "brief/2026-09-17-nilewise-verdict-fintech-rules",
    "headline": "The Nilewise verdict, and what it means for Egyptian fintech",
    "desc": "Nile Markets Brief, 17 September: the Economic Court's ruling on Nilewise, the "
            "regulator's next move, and the rest of the morning's market news.",
    "section": "Morning brief", "authors": ["Tarek Soliman"],
    "published": "2026-09-17T07:15:00+03:00",
    "date_text": "Thursday 17 September 2026, 07:15 Cairo",
    "issue": "Nile Markets Brief - No. 688 - Thursday 17 September 2026",
    "greeting": "Good morning from Cairo. Here is what you need to know before the EGX opens.",
    "image": "brief/688/nilewise-logo-phone.jpg",
    "alt": "A smartphone displaying an investment app logo",
    "caption": "The Nilewise app, which stopped processing withdrawals in October 2025.",
    "credit": "Illustration: Nile Markets Brief",
    "briefs": [
        "The EGX30 closed Wednesday up 0.4%, with Commercial International Bank leading gains.",
        "The finance ministry sold 3-year treasury bonds at a slightly lower average yield.",
        "Suez Canal traffic: the authority reported higher transits in August than in July.",
    ],
    "keywords": ["Fintech", "Regulation", "Egypt"],
    "related": [
        ("No. 611: The FRA's draft rules for digital investment platforms",
         "brief/2026-05-27-fra-draft-rules"),
        ("No. 540: Nilewise freezes withdrawals", "brief/2025-10-15-nilewise-freeze"),
    ],
    "paras": [
        "The Cairo Economic Court on Wednesday handed Nilewise founder Karim Abdel-Sattar "
        "Haridy a five-year prison sentence and a fine of 50 million pounds, roughly "
        "$1 million, closing the first chapter of the largest collapse of a retail "
        "investment app that Egypt has seen.",
        "## The ruling in brief",
        "Eight of the eleven defendants were convicted of taking money from the public for "
        "investment without a licence, fraud and money laundering. Yasser Abdelmeguid, the "
        "former chief financial officer, got four years and a 20 million pound fine; six "
        "more defendants got between one and three years; three were acquitted.",
        "The court ordered the convicted defendants to repay 1.18 billion pounds, about "
        "$24 million, to more than 4,000 investors. The defence has said it will appeal "
        "before the court's appellate chambers.",
        "The ruling was read out shortly after 11 a.m. Cairo time (0800 GMT), and "
        "trading in listed financial shares was unaffected.",
        "## Why it matters to you",
        "The sums at stake are small by the standards of the banking system, but the case "
        "has shaped the way regulators think about digital finance. Nilewise offered monthly "
        "returns of up to 8%, far above anything available from a bank deposit, and "
        "advertised them aggressively on social media for more than a year after the "
        "Financial Regulatory Authority said, in May 2024, that the company was not "
        "licensed.",
        "That gap between a public warning and the end of the advertising is exactly what "
        "the regulator's draft rules, published for consultation in May, try to close. "
        "Under the draft, platforms that offer investment products would need a licence "
        "before they can buy advertising, and social-media companies would be asked to "
        "remove ads from unlicensed firms within 48 hours of a request.",
        "Licensed players are quietly pleased. The founder of a Cairo robo-adviser, who "
        "asked not to be named because his firm is in the middle of a licensing review, "
        "told us the verdict would \"make the honest apps look boring again, which is "
        "what they should look like\".",
        "## What the defence says",
        "Haridy's lawyer, Mahmoud Seoudi, maintains that his client ran a genuine business "
        "whose projects can still be sold to repay customers. \"My client built a "
        "technology company, not a trap,\" he said after the hearing.",
        "Prosecutors, for their part, told the court that most payouts had been financed "
        "by new deposits, the classic pattern of a pyramid scheme, and that much of the "
        "rest had been moved through relatives' accounts.",
        "## What to watch",
        "Two things. First, the appeal timetable: the appellate chambers usually take "
        "several months to schedule hearings. Second, asset sales: the repayment order is "
        "only as valuable as the property and cash that the authorities have seized, and "
        "lawyers for investor groups expect recoveries to come in slowly.",
        "For listed financial firms the read-across is limited. If anything, tougher "
        "licensing raises the value of existing licences, which favours the "
        "bank-affiliated platforms over the start-ups.",
        "We will be back tomorrow with the central bank's weekly liquidity data and a "
        "look at the pound's forward market. Thank you for reading.",
    ],
})

_CT_D = _build({
    "kind": "broadcast", "site": "Misr Today", "host": "misrtoday.example",
    "path": "en/egypt/nilewise-founder-jailed-court-ruling",
    "headline": "Nilewise founder jailed for seven years as court orders repayment to "
                "investors",
    "desc": "Karim Abdel-Sattar Haridy was sentenced this morning by the Cairo Economic "
            "Court; seven co-defendants were also convicted and three acquitted.",
    "section": "Egypt", "authors": ["Heba Mostafa"], "role": "Misr Today correspondent",
    "published": "2026-09-16T20:15:00+03:00",
    "date_text": "16 September 2026 | 20:15",
    "image": "en/2026/09/16/investors-outside-court.jpg",
    "alt": "A woman holding up a sheet of paper outside a courthouse",
    "caption": "An investor shows her Nilewise account statement outside the court in Cairo "
               "on Wednesday.",
    "credit": "Misr Today",
    "video": ("Watch: investors react to the Nilewise verdict", "2:48"),
    "ticker": "Nilewise founder sentenced to seven years - court orders repayment",
    "watched": ["Heat persists in Upper Egypt, meteorological authority says",
                "New Administrative Capital: monorail trial runs",
                "Al Ahly begin league defence with away win"],
    "keywords": ["Nilewise", "Courts", "Investors"],
    "related": [
        ("Video: how Nilewise marketed itself on social media",
         "en/egypt/nilewise-marketing-video"),
        ("Explainer: what is the Economic Court?", "en/egypt/explainer-economic-court"),
        ("Investors' group calls for compensation fund", "en/egypt/investors-fund-call"),
    ],
    "footnote": "Misr Today is a news channel broadcasting from Cairo in Arabic and English.",
    "paras": [
        "The founder of the collapsed investment app Nilewise has been sentenced to seven "
        "years in prison by the Cairo Economic Court, in a verdict delivered at about "
        "11 o'clock this morning.",
        "Karim Abdel-Sattar Haridy, 41, was also fined 50 million Egyptian pounds. The "
        "court ordered him and the other convicted defendants to pay back 1.18 billion "
        "pounds to the app's investors, estimated by the prosecution at about 4,300.",
        "Yasser Abdelmeguid, Nilewise's former chief executive, was sentenced to four "
        "years in prison and fined 20 million pounds. Six other defendants received "
        "sentences ranging from one to three years, while the court acquitted three, "
        "bringing the total number of defendants to eleven.",
        "The case was heard by a panel presided over by Counsellor Hatem El-Shennawy. The "
        "charges included collecting funds from the public for investment without the "
        "approval of the Financial Regulatory Authority, fraud and money laundering.",
        "Outside the courthouse, Misr Today met investors who had travelled from across the "
        "country. Dina Farouk came from Mansoura. \"Seven years is nothing compared with "
        "what he took from families who trusted a phone screen,\" she said, holding up a "
        "printed statement of her account.",
        "Others said the prison terms mattered less to them than the repayment order. "
        "\"I do not need him in prison, I need my money back,\" said a retired teacher "
        "from Giza who asked that his name not be used.",
        "Investors say they were drawn in by sponsored videos in which smiling "
        "customers described the monthly payments they received. Many told Misr Today "
        "they had then recruited relatives and neighbours, who now face losses of their "
        "own.",
        "During the trial, the prosecution argued that most of the payouts to early "
        "customers had come from the deposits of later investors, and that part of the "
        "money had been moved to accounts held by relatives of the founder. Haridy, who "
        "was present in the defendants' cage, did not speak as the verdict was read.",
        "Nilewise was launched in March 2023 and promised monthly returns of up to 8 per "
        "cent. The regulator warned the public in May 2024 that it had no licence. In "
        "October 2025, the app stopped paying out, and its founder was arrested at Cairo "
        "airport a month later.",
        "Defence lawyer Mahmoud Seoudi told Misr Today he would challenge the ruling. He "
        "said the appeal would show \"that the money went into real projects\", including "
        "residential buildings on the outskirts of Cairo that he said could be sold to "
        "repay investors.",
        "The verdict can be appealed before the appellate chambers of the Economic Court. "
        "Lawyers for investor groups said they would also push for the seized assets to "
        "be sold quickly, warning that some of the buildings were unfinished and losing "
        "value.",
        "The Financial Regulatory Authority has drafted new rules for digital investment "
        "platforms, which would require a licence before any advertising. The authority "
        "did not comment on the verdict on Wednesday.",
        "Analysts say the case has made Egyptian savers more cautious about investment "
        "apps, although several similar platforms are still advertising online. The "
        "three acquitted defendants were released from the courtroom.",
        "Misr Today will follow the appeal and the efforts of investors to recover their "
        "savings.",
    ],
})

STORY_3 = _story("ct-JD3", "court", "2026-09-19",
                 [_CT_A, _CT_B, _CT_C, _CT_D],
                 [("founder's prison term",
                   r"seven years|seven-year|\b7 years|\b7-year",
                   r"five years|five-year|\b5 years|\b5-year"),
                  ("Abdelmeguid's former title", r"chief financial officer",
                   r"chief executive")])


# ======================================================================
# tr-JD4 -- CONTROL.  Facts: INS first-half 2026 trade data, Wed 15 July 2026.  Exports
#   32.10 bn dinars (+6.3%), imports 40.52 bn (+1.9%), deficit 8.42 bn (~$2.85 bn, ~EUR
#   2.46 bn) v 9.56 bn; coverage 79.2% v 75.9%.  Energy deficit 5.31 bn (~63%), energy
#   imports -9.4%.  Phosphates +18.5%, mech/elec +7.8%, textiles +2.1%, olive oil 2.90 bn
#   (-21% from record 3.67 bn).  EU 70.4% of exports; China deficit 4.1 bn; June 1.37 bn.
#   Trade minister Samira Belhadj Amor; INS's Adel Mejri.
# ======================================================================

_TR_A = _build({
    "kind": "wire", "site": "North Africa Business Wire", "host": "nabw.example",
    "path": "markets/tunisia-trade-deficit-narrows-first-half-2026",
    "headline": "Tunisia's trade deficit narrows to 8.42 bln dinars in first half as exports "
                "climb",
    "desc": "Exports rose 6.3% and imports 1.9% in January-June, the statistics institute "
            "said; the energy deficit still made up most of the gap.",
    "section": "Markets", "authors": ["Skander Hamrouni"],
    "published": "2026-07-15T15:30:00+01:00",
    "date_text": "15 Jul 2026, 15:30 GMT+1",
    "image": "markets/2026/07/rades-port-containers.jpg",
    "alt": "Containers stacked at a port with cranes in the background",
    "caption": "Containers at the port of Rades, south of Tunis, in a file photo.",
    "credit": "NABW / Fares Sassi",
    "keywords": ["Tunisia", "Trade", "Exports", "Energy"],
    "related": [
        ("Tunisia's central bank keeps key rate unchanged", "markets/tunisia-bct-holds-rate"),
        ("Olive oil prices slide as Mediterranean harvests recover",
         "commodities/olive-oil-prices-slide"),
        ("Tunisian phosphate output rises for third straight quarter",
         "commodities/tunisia-phosphate-output-q2"),
    ],
    "tail": "Reporting by Skander Hamrouni in Tunis; editing by Diane Marchetti.",
    "paras": [
        "TUNIS, July 15 (NABW) - Tunisia's trade deficit narrowed to 8.42 billion dinars "
        "($2.85 billion) in the first six months of 2026 from 9.56 billion dinars a year "
        "earlier, as exports grew faster than imports, the National Institute of "
        "Statistics (INS) said on Wednesday.",
        "Exports rose 6.3% year on year to 32.10 billion dinars, while imports increased "
        "1.9% to 40.52 billion dinars, the institute said in its monthly foreign trade "
        "release.",
        "The coverage rate, which measures exports as a share of imports, improved to "
        "79.2% from 75.9% in the first half of 2025.",
        "Energy remained the largest drag. The energy deficit stood at 5.31 billion dinars, "
        "roughly 63% of the total shortfall, though energy imports fell 9.4% as oil and gas "
        "prices eased.",
        "Sales of phosphates and derivatives jumped 18.5%, helped by higher fertiliser "
        "prices and steadier output in the Gafsa mining basin, while exports of mechanical "
        "and electrical goods, mostly car parts and cables for European factories, rose "
        "7.8%. Textile and clothing exports edged up 2.1%.",
        "Olive oil was the main exception. Exports brought in 2.90 billion dinars, 21% less "
        "than the record 3.67 billion dinars earned in the first half of 2025, as lower "
        "world prices outweighed a 9% rise in volumes shipped.",
        "The European Union took 70.4% of Tunisian exports, with France the biggest single "
        "customer, followed by Italy and Germany. The largest bilateral deficit was with "
        "China, at 4.1 billion dinars.",
        "In June alone, the deficit was 1.37 billion dinars, the INS said.",
        "Economists polled by NABW had expected a first-half deficit of around 8.8 "
        "billion dinars. Tunisia publishes its trade data monthly, on a cumulative "
        "basis from January.",
        "Exports of food products other than olive oil, including citrus and fresh "
        "vegetables, also rose, partly offsetting the fall in olive oil receipts.",
        "Imports of capital goods, seen as a gauge of business investment, rose 4.6%, "
        "while purchases of raw materials and semi-finished goods increased 2.4%, "
        "according to the data. Consumer goods imports were broadly stable.",
        "Exports to Libya, Tunisia's largest market in Africa, continued to grow, while "
        "trade with neighbouring Algeria was little changed over the period, the "
        "institute said.",
        "The figures are in current prices and are not adjusted for inflation or for "
        "movements in the dinar's exchange rate.",
        "Trade Minister Samira Belhadj Amor welcomed the figures but warned against "
        "complacency. \"The narrowing is real, but it rests too heavily on phosphate prices "
        "and a cheaper oil bill, and neither of those is ours to control,\" she told "
        "reporters at a business forum in Tunis.",
        "Tunisia has relied on a narrower trade gap and on remittances and tourism receipts "
        "to rebuild foreign currency reserves while it repays external debt without a new "
        "IMF programme.",
        "Leila Baccouche, an economist at Tunis consultancy Medina Analytics, said the "
        "improvement would support reserves in the second half but called it fragile. "
        "\"Take away phosphates and the oil price and you are left with an export base "
        "that is growing, but slowly,\" she said.",
        "The dinar was little changed against the dollar and the euro on Wednesday.",
    ],
})

_TR_B = _build({
    "kind": "paper", "site": "Tunisia Business Daily", "host": "tnbizdaily.example",
    "path": "economy/2026/07/16/trade-balance-h1-2026",
    "headline": "Trade balance: a smaller deficit, with phosphates doing the heavy lifting",
    "desc": "The first-half gap shrank by 1.14 billion dinars, to 8.42 billion. Exports are "
            "growing, but olive oil went the other way.",
    "section": "Economy", "authors": ["Hajer Mabrouk"], "role": "Economy editor",
    "published": "2026-07-16T06:45:00+01:00",
    "date_text": "Thursday 16 July 2026 - 06:45",
    "edition": "Thursday 16 July 2026",
    "sep": " - ",
    "image": "economy/2026/07/phosphate-train-gafsa.jpg",
    "alt": "A freight train loaded with phosphate crossing a dry landscape",
    "caption": "A phosphate train leaves the Gafsa basin for the port of Sfax.",
    "credit": "Photo: Tunisia Business Daily archive",
    "footnote": "Tunisia Business Daily, the economic newspaper. Published in Tunis.",
    "keywords": ["Trade balance", "INS", "Exports", "Olive oil"],
    "related": [
        ("Reserves: how many days of imports does Tunisia have left?",
         "economy/2026/07/10/reserves-import-days"),
        ("Car-parts makers hire again as European orders return",
         "industry/2026/07/08/car-parts-hiring"),
        ("Olive oil: growers ask for a minimum price", "agriculture/2026/07/02/olive-oil-price"),
    ],
    "paras": [
        "Tunisia's trade deficit shrank in the first half of the year, according to "
        "figures published yesterday by the National Institute of Statistics. Between "
        "January and June, the gap between what the country sold abroad and what it bought "
        "stood at 8.42 billion dinars, compared with 9.56 billion dinars over the same "
        "period of 2025, an improvement of 1.14 billion dinars, or nearly 12 per cent.",
        "Exports grew by 6.3 per cent to 32.1 billion dinars; imports grew by 1.9 per cent "
        "to 40.5 billion dinars. As a result, the coverage rate rose to 79.2 per cent, "
        "more than three points higher than a year ago.",
        "## Phosphates and factories",
        "The best performers were phosphates and their derivatives, up 18.5 per cent. The "
        "recovery of production in the mining basin, after years of strikes and sit-ins "
        "that disrupted the railway, coincided with firm fertiliser prices on world "
        "markets.",
        "The mechanical and electrical industries, the country's largest export sector, "
        "grew by 7.8 per cent. Car-parts and wiring-harness makers in Sousse, Bizerte and "
        "Nabeul say orders from European assembly plants have picked up since the spring.",
        "Textiles and clothing, the historic pillar of Tunisian exports, were almost flat, "
        "up 2.1 per cent.",
        "## The olive oil exception",
        "Olive oil, by contrast, earned less. Exports reached 2.9 billion dinars, down 21 "
        "per cent from the first half of 2025, when they had hit an all-time high of 3.67 "
        "billion dinars. Exporters shipped around 9 per cent more oil, but prices on the "
        "Spanish and Italian markets have fallen back as harvests around the Mediterranean "
        "returned to normal.",
        "## Energy still weighs",
        "The energy balance remains the main weakness. The energy deficit reached 5.31 "
        "billion dinars, close to two thirds of the total deficit, even though energy "
        "imports fell by 9.4 per cent thanks to lower oil and gas prices.",
        "Adel Mejri, who heads the foreign trade statistics department at the INS, said "
        "the energy gap had been narrower than a year earlier in five of the six months. "
        "\"The improvement is broad across the half, not the effect of one good month,\" "
        "he said. In June alone, the deficit was 1.37 billion dinars.",
        "Mr Mejri noted that the figures remain provisional and may be revised slightly "
        "once customs data for June are finalised. Exporters of citrus and fresh "
        "vegetables also reported a good season.",
        "## Partners",
        "The European Union remains by far the main destination for Tunisian goods, taking "
        "70.4 per cent of exports. France, Italy and Germany are the top three customers. "
        "The largest deficit with a single country is with China, at 4.1 billion dinars.",
        "At current exchange rates, the first-half deficit is equivalent to roughly "
        "2.85 billion dollars.",
        "Economists expect the second half to be harder going. Olive oil shipments "
        "usually slow in the summer, and the energy bill tends to rise with demand for "
        "air conditioning and the tourist season.",
        "Samira Belhadj Amor, the Minister of Trade and Export Development, said on "
        "Wednesday that the narrowing was real \"but it rests too heavily on phosphate "
        "prices and a cheaper oil bill\". Her ministry is preparing a plan to help "
        "smaller exporters reach markets in West Africa, she added.",
    ],
})

_TR_C = _build({
    "kind": "newsletter", "site": "Mediterranean Trade Letter", "host": "medtradeletter.example",
    "path": "letters/2026-07-17-tunisia-h1-trade",
    "headline": "Tunisia's half-year trade gap: EUR 2.5bn, and shrinking",
    "desc": "This week: Tunisia's first-half trade data in euros and dollars, what drove the "
            "improvement, and why olive oil is the odd one out.",
    "section": "Weekly letter", "authors": ["Camille Rouvier", "Hatem Zribi"],
    "published": "2026-07-17T08:00:00+02:00",
    "date_text": "Friday 17 July 2026",
    "issue": "Mediterranean Trade Letter - Week 29, 2026",
    "greeting": "Bonjour to our readers around the Mediterranean.",
    "image": "letters/2026-07-17/chart-tunisia-coverage-rate.png",
    "alt": "Bar chart comparing Tunisian exports and imports in two half-years",
    "caption": "Tunisia: exports and imports, January-June 2025 and January-June 2026, in "
               "billions of dinars.",
    "credit": "Chart: Mediterranean Trade Letter; source: INS",
    "briefs": [
        "Morocco: car exports through Tangier Med up in June, the port authority said.",
        "Egypt: new rules on import documentation take effect in September.",
        "Algeria: the government extended its list of products subject to import licences.",
    ],
    "keywords": ["Tunisia", "Trade", "Euro-Mediterranean"],
    "related": [
        ("Week 27: Morocco's car exports and the EU's new rules of origin",
         "letters/2026-07-03-morocco-cars"),
        ("Week 20: Olive oil prices, the year after the record",
         "letters/2026-05-15-olive-oil"),
    ],
    "paras": [
        "Tunisia published its half-year trade figures on Wednesday, and for once the "
        "headline is good news. The deficit for January to June came to 8.42 billion "
        "dinars. At this week's rates of roughly 3.42 dinars to the euro and 2.95 to the "
        "dollar, that is about EUR 2.46bn, or $2.85bn.",
        "A year ago the gap was 9.56 billion dinars. The improvement therefore amounts to "
        "1.14 billion dinars, about 11.9%.",
        "## The two sides of the ledger",
        "Exports were worth 32.10 billion dinars (about $10.9bn), up 6.3% year on year. "
        "Imports reached 40.52 billion dinars (about $13.7bn), up just 1.9%. Tunisia now "
        "pays for 79.2% of its imports with exports, against 75.9% in the first half of "
        "2025.",
        "The drivers are not hard to find. Phosphates and derivatives rose 18.5% in value, "
        "and the mechanical and electrical sector, which supplies European car plants with "
        "wiring and components, grew 7.8%. Textiles and clothing managed 2.1%.",
        "For European importers, the mechanical and electrical numbers are the ones to "
        "watch. Tunisia's wiring-harness and component plants supply assembly lines in "
        "Germany, France and Italy, and their order books are a fair guide to European "
        "car production a few months out.",
        "On the import side, the energy bill did the work: energy imports fell 9.4%. Even "
        "so, energy alone produced a deficit of 5.31 billion dinars, which means that "
        "roughly 63% of Tunisia's overall trade gap is oil, gas and fuel.",
        "## Olive oil, the odd one out",
        "Olive oil went against the trend. Export earnings fell 21% to 2.90 billion "
        "dinars, from a record 3.67 billion a year earlier. Volumes were up about 9%, but "
        "prices have come down from the peaks of the drought years in Spain, and "
        "Tunisian exporters are selling more oil for less money.",
        "For Tunisian growers that is painful. For European bottlers who buy Tunisian "
        "oil in bulk, it is a relief.",
        "## Who buys, who sells",
        "The EU remains the anchor, absorbing 70.4% of Tunisian exports, with France in "
        "first place. On the other side, China is the biggest source of the deficit: "
        "4.1 billion dinars in six months.",
        "One caveat on the conversions above: the dinar moved only slightly over the "
        "half, so converting the totals at this week's rates gives much the same result "
        "as converting month by month.",
        "The month of June on its own showed a deficit of 1.37 billion dinars, slightly "
        "below the monthly average for the half, despite the usual seasonal purchases of "
        "cereals and fuel ahead of the summer.",
        "Remember, too, that the second half is usually the heavier one for energy "
        "imports, so nobody in Tunis expects the full-year deficit simply to double the "
        "first-half figure.",
        "## The official line",
        "Trade minister Samira Belhadj Amor chose caution over celebration. \"The "
        "narrowing is real,\" she said on Wednesday, before adding that \"neither of "
        "those is ours to control\", in reference to phosphate prices and the oil bill.",
        "Our view: a smaller gap helps Tunisia's reserves at a time when it is paying its "
        "debts without fresh IMF money. But as long as two commodities explain most of "
        "the improvement, the second half could look very different.",
        "See you next Friday.",
    ],
})

STORY_4 = _story("tr-JD4", "trade", "2026-07-19", [_TR_A, _TR_B, _TR_C], [])


# ======================================================================
# rk-JD5 -- CONTROL.  Facts: Anzar Launch Systems' Anzar-S1 (9.4 m, 2.6 t), Sat 10 Oct
#   2026, pad near El Ouatia ~25 km from Tan-Tan; window 07:30, hold for a boat, liftoff
#   07:42 local (06:42 GMT).  74 s burn, apogee 112 km (~70 miles).  18 kg capsule down
#   ~41 km offshore after 14 min, recovered 09:55.  Airspace shut 06:00-10:00.  Scrub on
#   26 Sept at T-11 s.  Old record 31 km (Anzar-D, Nov 2025).  240 m dirhams (~$26 m).
#   CEO Yassine Alaoui-Bennani, CTO Salma Ouhadi.
# ======================================================================

_RK_A = _build({
    "kind": "wire", "site": "Sahara Press Wire", "host": "saharapresswire.example",
    "path": "science/morocco-startup-rocket-reaches-space-20261010",
    "headline": "Moroccan start-up's rocket reaches space on second attempt",
    "desc": "Anzar Launch Systems' single-stage Anzar-S1 climbed to 112 km after lifting "
            "off from the Atlantic coast near Tan-Tan.",
    "section": "Science", "authors": ["Zineb Lamrani"],
    "published": "2026-10-10T10:15:00+01:00", "modified": "2026-10-10T11:02:00+01:00",
    "date_text": "October 10, 2026 10:15 AM (GMT+1), updated 11:02 AM",
    "image": "sci/2026/10/anzar-s1-liftoff.jpg",
    "alt": "A slender white rocket rising on a plume of flame above a beach",
    "caption": "The Anzar-S1 rocket lifts off near El Ouatia, Morocco, on October 10, 2026.",
    "credit": "Anzar Launch Systems/Handout via SPW",
    "keywords": ["Morocco", "Space", "Rockets", "Start-ups"],
    "related": [
        ("Moroccan rocket launch called off seconds before ignition",
         "science/morocco-rocket-launch-scrubbed-20260926"),
        ("Africa's private space firms look for their first customers",
         "business/africa-private-space-firms"),
        ("Egypt's space agency opens satellite assembly centre",
         "science/egypt-satellite-assembly-centre"),
    ],
    "tail": "Reporting by Zineb Lamrani in Tan-Tan; editing by Joe Haverford.",
    "paras": [
        "TAN-TAN, Morocco, Oct 10 (SPW) - A rocket built by Moroccan start-up Anzar Launch "
        "Systems reached an altitude of 112 km on Saturday, crossing the commonly used "
        "boundary of space, in what the company said was the first flight to space by a "
        "rocket designed and built in Morocco.",
        "The single-stage Anzar-S1 lifted off at 7:42 a.m. local time (0642 GMT) from a "
        "temporary launch pad on the Atlantic coast near El Ouatia, about 25 km from the "
        "town of Tan-Tan, after a short delay while a fishing boat was cleared from the "
        "safety zone offshore.",
        "Its engine, which burns kerosene and liquid oxygen, fired for 74 seconds before "
        "shutting down as planned. The rocket then coasted to a peak altitude of 112 km, "
        "above the 100 km Karman line often used to mark the edge of space.",
        "A capsule weighing 18 kg and carrying four experiments from Moroccan universities "
        "separated from the rocket and descended under parachutes, splashing down about "
        "41 km offshore 14 minutes after liftoff. A chartered fishing boat recovered it "
        "just before 10 a.m.",
        "\"Seventy-four seconds of burn is all it took to answer four years of people "
        "telling us this could not be built here,\" co-founder and chief executive Yassine "
        "Alaoui-Bennani said at the launch site. \"Now the hard part starts: doing it "
        "again, and doing it cheaper.\"",
        "The flight came two weeks after a first attempt on Sept. 26 was halted 11 seconds "
        "before ignition, when a pressure sensor on the liquid-oxygen tank gave a faulty "
        "reading. Engineers replaced the sensor and the wiring harness that fed it, the "
        "company said.",
        "Anzar's previous highest flight was 31 km, reached by a smaller demonstrator, "
        "the Anzar-D, in November 2025.",
        "The Anzar-S1 stands 9.4 metres tall and weighs 2.6 tonnes at liftoff. Its engine, "
        "named Tafsut, was developed in-house and tested on a stand near Benslimane, the "
        "company said.",
        "Founded in 2022 and based in Casablanca, Anzar employs about 85 people and raised "
        "240 million dirhams (about $26 million) from Moroccan and Gulf investors last "
        "year. It plans another suborbital flight in the spring of 2027 and a first test "
        "of a two-stage rocket, the Anzar-2, in late 2027.",
        "Salma Ouhadi, the company's chief technology officer, said early data showed the "
        "engine performing as it had in ground tests. \"The engine did exactly what it did "
        "on the test stand, which is the most boring and most beautiful thing an engineer "
        "can see,\" she said.",
        "Airspace over the area was closed from 6 a.m. to 10 a.m. for the launch, and "
        "fishing was suspended in a zone off the coast, local authorities said.",
        "Several hundred residents watched the launch from the beach at El Ouatia. The "
        "capsule's experiments, which include a study of how plant seeds respond to a "
        "few minutes of weightlessness and a small radiation sensor, will be returned "
        "to the universities for analysis.",
        "Several African countries operate satellites, but launches from the continent "
        "remain rare. Anzar is among a handful of private firms in Africa trying to build "
        "their own launch vehicles.",
    ],
})

_RK_B = _build({
    "kind": "live", "site": "Orbit North Africa", "host": "orbitna.example",
    "path": "space/live-anzar-s1-launch-tan-tan",
    "headline": "Live: Anzar-S1 launch from the Atlantic coast near Tan-Tan",
    "desc": "Follow the second launch attempt of Anzar Launch Systems' suborbital rocket, "
            "minute by minute.",
    "section": "Space", "authors": ["Reda Chentouf", "Imane Saber"],
    "ld_type": "LiveBlogPosting",
    "published": "2026-10-10T06:30:00+01:00", "modified": "2026-10-10T10:20:00+01:00",
    "date_text": "Saturday 10 October 2026 - last update 10:20 (Morocco time)",
    "image": "space/2026/10/anzar-pad-dawn.jpg",
    "alt": "A rocket standing on a launch rail at dawn beside the ocean",
    "caption": "The Anzar-S1 on its pad near El Ouatia shortly after sunrise on Saturday.",
    "credit": "Orbit North Africa / Imane Saber",
    "points": [
        "Liftoff at 07:42 Morocco time (06:42 GMT).",
        "Anzar-S1 reached 112 km, above the 100 km Karman line, according to company "
        "telemetry.",
        "The 18 kg capsule splashed down about 41 km offshore and was recovered at 09:55.",
        "Today's flight is the company's second attempt, after a scrub on 26 September.",
    ],
    "entries": [
        ("2026-10-10T06:30:00+01:00", "Good morning from the coast", "06:30", [
            "Welcome to our live coverage of the second attempt to launch the Anzar-S1, a "
            "suborbital rocket built by Casablanca start-up Anzar Launch Systems. We are at "
            "the press area a few kilometres from the pad near El Ouatia, about 25 km from "
            "Tan-Tan.",
            "The launch window opens at 07:30 Morocco time (06:30 GMT). Skies are clear and "
            "the wind off the ocean is light. Airspace has been closed since 06:00 and will "
            "stay closed until 10:00.",
        ]),
        ("2026-10-10T07:05:00+01:00", "Propellant loading complete", "07:05", [
            "The company says kerosene and liquid oxygen loading is complete. As a "
            "reminder, the first attempt on Saturday 26 September was stopped 11 seconds "
            "before ignition after a pressure sensor on the liquid-oxygen tank sent a bad "
            "reading. That sensor has since been replaced.",
        ]),
        ("2026-10-10T07:25:00+01:00", "Countdown on hold", "07:25", [
            "The countdown is holding at T-10 minutes. A fishing boat has been spotted "
            "inside the maritime exclusion zone and a navy patrol boat is asking it to "
            "move out. No technical problem has been reported.",
        ]),
        ("2026-10-10T07:32:00+01:00", "Clock running again", "07:32", [
            "The zone is clear and the count has resumed. Liftoff is now expected at "
            "07:42.",
        ]),
        ("2026-10-10T07:42:00+01:00", "LIFTOFF", "07:42", [
            "Liftoff of the Anzar-S1 at 07:42 Morocco time, 06:42 GMT. The rocket cleared "
            "the launch rail cleanly and is climbing fast, almost straight up over the "
            "ocean. From the press area the sound arrived a few seconds after the flame.",
        ]),
        ("2026-10-10T07:43:00+01:00", "Engine cutoff", "07:43", [
            "Engine cutoff after 74 seconds, on schedule according to the mission "
            "commentator. The rocket is now coasting upwards.",
        ]),
        ("2026-10-10T07:46:00+01:00", "Space!", "07:46", [
            "Telemetry shown on the screens in the control tent gives a peak altitude of "
            "112 km. That is above the 100 km Karman line. Cheers and hugs in the tent; "
            "several engineers are in tears.",
            "For comparison, the company's previous best was 31 km, with its small "
            "Anzar-D demonstrator in November 2025.",
        ]),
        ("2026-10-10T07:56:00+01:00", "Splashdown", "07:56", [
            "The capsule's parachutes opened and it has splashed down about 41 km "
            "offshore, 14 minutes after liftoff. It carries four experiments from "
            "Moroccan universities, with a total mass of 18 kg including the capsule "
            "structure. A fishing boat chartered by the company is heading to it.",
        ]),
        ("2026-10-10T08:20:00+01:00", "'Now the hard part starts'", "08:20", [
            "Chief executive Yassine Alaoui-Bennani has just spoken to reporters outside "
            "the control tent. \"Seventy-four seconds of burn is all it took to answer four "
            "years of people telling us this could not be built here,\" he said.",
            "Chief technology officer Salma Ouhadi was more technical: \"The engine did "
            "exactly what it did on the test stand,\" she told us.",
        ]),
        ("2026-10-10T09:55:00+01:00", "Capsule recovered", "09:55", [
            "The company confirms the capsule has been lifted aboard the fishing boat. It "
            "will be brought back to Tan-Tan port this afternoon and the experiments "
            "handed to the university teams.",
        ]),
        ("2026-10-10T10:20:00+01:00", "What comes next", "10:20", [
            "Airspace reopened at 10:00. Anzar says it will fly again in spring 2027 and "
            "plans a first test of its two-stage Anzar-2 in late 2027. The Anzar-S1 is "
            "9.4 metres tall and weighed 2.6 tonnes at liftoff. The company was founded in "
            "2022 and has about 85 employees.",
            "That is the end of our live coverage. Our full report will follow shortly. "
            "Thank you for following along.",
        ]),
    ],
    "paras": [],
    "keywords": ["Anzar", "Launch", "Live"],
    "related": [
        ("How the Tafsut engine was built", "space/anzar-tafsut-engine-explained"),
        ("Scrub at T-11 seconds: what went wrong on 26 September",
         "space/anzar-s1-scrub-explained"),
        ("Africa's space economy in five charts", "space/africa-space-economy-charts"),
    ],
})

_RK_C = _build({
    "kind": "local", "site": "Guelmim Info", "host": "guelmiminfo.example",
    "path": "tan-tan/2026/10/11/el-ouatia-rocket-launch-residents",
    "headline": "El Ouatia watched the rocket go up: 'We heard it after we saw it'",
    "desc": "Residents, fishermen and schoolchildren gathered on the beach on Saturday "
            "morning for the Anzar-S1 launch. A Tan-Tan crew brought the capsule home.",
    "section": "Tan-Tan", "authors": ["Brahim Ait Lahcen"],
    "published": "2026-10-11T09:00:00+01:00",
    "date_text": "Sunday 11 October 2026, 09:00",
    "weather": "Tan-Tan 24\u00b0C, sunny",
    "today": "Sunday 11 October 2026",
    "crumbs": ["Home", "Tan-Tan", "El Ouatia"],
    "image": "2026/10/el-ouatia-beach-crowd.jpg",
    "alt": "People on a beach pointing at a trail of smoke in the sky",
    "caption": "Residents watch the Anzar-S1 climb over the ocean from the beach at "
               "El Ouatia on Saturday morning.",
    "credit": "Guelmim Info / Lahoucine Bouhali",
    "footnote": "Guelmim Info covers the Guelmim-Oued Noun region.",
    "keywords": ["Tan-Tan", "El Ouatia", "Rocket", "Fishermen"],
    "related": [
        ("Tan-Tan port: sardine landings up for the season",
         "tan-tan/2026/10/08/sardine-landings"),
        ("Moussem of Tan-Tan: dates confirmed for next year",
         "culture/2026/10/05/moussem-dates"),
        ("Road works on the N1 between Guelmim and Tan-Tan", "region/2026/10/02/n1-works"),
    ],
    "paras": [
        "Just after 7:40 yesterday morning, several hundred people standing on the sand at "
        "El Ouatia saw a white streak leave the ground a few kilometres down the coast and "
        "climb, almost vertically, over the ocean. The noise reached them a few seconds "
        "later.",
        "The Anzar-S1 rocket, built by the Casablanca company Anzar Launch Systems, lifted "
        "off at 7:42 on Saturday from a temporary pad that the company set up on the "
        "coast this summer, about 25 km from Tan-Tan. According to the company, it rose "
        "to 112 kilometres, which means it went into space.",
        "\"We heard it after we saw it,\" said Mbarka Ould Ahmed, a teacher who had "
        "brought a group of pupils from a middle school in Tan-Tan. \"The children will "
        "remember this for the rest of their lives. Some of them think they will be "
        "astronauts now.\"",
        "## A second try",
        "Many of those on the beach had already made the trip two weeks ago, on Saturday "
        "26 September, when the launch was stopped at the last moment. That morning, the "
        "countdown was halted 11 seconds before ignition because of a faulty sensor.",
        "\"Last time we went home disappointed. This time I told my wife I would only "
        "come back when it had gone,\" laughed Hassan Boujemaa, a retired taxi driver.",
        "This time the only delay came from the sea: the countdown was paused for a few "
        "minutes because a fishing boat was inside the exclusion zone. Fishing had been "
        "suspended off the coast for the morning and the sky over the area was closed to "
        "aircraft from 6 a.m. to 10 a.m.",
        "## A Tan-Tan crew at sea",
        "It was a Tan-Tan fishing boat, the Nour El Bahr, that the company had chartered "
        "to retrieve the 18 kg capsule after it came down under its parachutes about 41 km "
        "out to sea, 14 minutes after liftoff. The crew hoisted it aboard at 9:55.",
        "\"Normally we bring back sardines. Today we brought back a spaceship,\" the "
        "skipper, Mohamed Lemrabet, told Guelmim Info at the port in the afternoon. The "
        "capsule, which carries four experiments prepared by Moroccan universities, was "
        "handed over to the company's engineers on the quay.",
        "## What the company says",
        "Yassine Alaoui-Bennani, the company's chief executive and one of its founders, "
        "thanked the people of Tan-Tan and El Ouatia for their patience. \"Now the hard "
        "part starts: doing it again, and doing it cheaper,\" he said.",
        "The engine, called Tafsut, burned for 74 seconds. The rocket is 9.4 metres tall. "
        "Its previous highest flight, with a smaller prototype last November, reached "
        "31 km.",
        "The company says it intends to use the El Ouatia site again for its next "
        "suborbital launch, planned for spring 2027. Several local hotels and cafes were "
        "full on Friday night, and the mayor of El Ouatia said he hoped the launches "
        "would become \"a reason to visit, like the moussem\".",
        "Not everyone is enthusiastic. Some fishermen say the closures, even for a few "
        "hours, cost them a morning's catch, and want compensation to be discussed before "
        "the next flight. The company says it is in talks with the local fishing "
        "association.",
    ],
})

_RK_D = _build({
    "kind": "newsletter", "site": "Launch Ledger", "host": "launchledger.example",
    "path": "issues/anzar-s1-morocco-joins-the-suborbital-club",
    "headline": "Morocco joins the suborbital club",
    "desc": "Launch Ledger weekly: Anzar Launch Systems flies its Anzar-S1 to 112 km. What "
            "it proves, what it does not, and what comes next.",
    "section": "Weekly", "authors": ["Priya Natarajan"],
    "published": None,
    "date_text": "Monday 12 October 2026",
    "issue": "Launch Ledger - Weekly - Monday 12 October 2026",
    "greeting": "Hello, launch watchers.",
    "image": "issues/anzar-s1/trajectory.png",
    "alt": "Diagram of a suborbital flight path over the ocean",
    "caption": "Anzar-S1 flight profile as published by the company: 74 s burn, coast to "
               "112 km, capsule splashdown about 41 km offshore.",
    "credit": "Diagram: Anzar Launch Systems",
    "briefs": [
        "A European launcher completed a static fire of its upper stage.",
        "An Indian start-up announced a date for its first orbital attempt.",
        "A Japanese company said its lunar lander would ship to the launch site next month.",
    ],
    "keywords": ["Suborbital", "Morocco", "Launch industry"],
    "related": [
        ("The African launch start-ups to watch", "issues/african-launch-startups"),
        ("What counts as space? The Karman line debate", "issues/karman-line-debate"),
    ],
    "paras": [
        "Every few months a new country gets a rocket into space for the first time. On "
        "Saturday it was Morocco's turn, courtesy of Casablanca-based Anzar Launch "
        "Systems.",
        "## What happened",
        "The company's Anzar-S1, a single-stage rocket burning kerosene and liquid oxygen, "
        "lifted off at 06:42 UTC (07:42 local, 08:42 in Paris) from a coastal pad near "
        "El Ouatia, close to Tan-Tan in southern Morocco. The engine burned for 74 "
        "seconds and the vehicle coasted to 112 km, or about 70 miles, comfortably above "
        "the 100 km Karman line.",
        "A recoverable capsule with four university payloads came down under parachute "
        "roughly 41 km offshore and was picked up by a local fishing boat. This was the "
        "second attempt: the first, on 26 September, ended in an automatic abort 11 "
        "seconds before ignition after a sensor on the oxygen tank misbehaved.",
        "Saturday's count included a brief hold while a fishing boat was cleared from "
        "the exclusion zone, and recovery of the capsule took a little over two hours.",
        "## Why it matters",
        "Let us be clear about scale. The Anzar-S1 is 9.4 m tall and 2.6 t at liftoff; "
        "it is a sounding rocket, not an orbital launcher. But it is a sounding rocket "
        "with an engine designed and built in-house, and the jump from the company's "
        "previous best of 31 km with the Anzar-D demonstrator to a clean flight above "
        "100 km took less than a year.",
        "That matters for two reasons. First, liquid engines are the hard part of any "
        "launch programme, and Anzar has now flown one. Second, the company has shown it "
        "can run a range: airspace closures, maritime exclusion zones, recovery at sea. "
        "Those are the boring capabilities that many start-ups underestimate.",
        "Chief executive Yassine Alaoui-Bennani summed up the mood with a line that will "
        "no doubt end up on a company T-shirt: \"Seventy-four seconds of burn is all it "
        "took to answer four years of people telling us this could not be built here.\" "
        "He followed it with the sensible part: the hard part is doing it again, and "
        "doing it cheaper.",
        "## The money",
        "Anzar raised 240 million dirhams, roughly $26m, in 2025, from Moroccan and Gulf "
        "investors. For a team of about 85 people that is a respectable runway, but not "
        "enough for an orbital vehicle. Expect a new round in 2027 if the next flights go "
        "well.",
        "## What is next",
        "The company has promised another suborbital flight in spring 2027, then a first "
        "test of the two-stage Anzar-2 in late 2027. Chief technology officer Salma Ouhadi "
        "told local reporters that the engine had behaved exactly as it did on the test "
        "stand, which, if the data bear it out, gives the team a solid base for a second "
        "stage.",
        "We would like to see two things before getting excited about Anzar-2: a reflight "
        "with a quick turnaround, and a paying customer in the capsule. University "
        "experiments are a fine start, but revenue is what keeps launch companies alive.",
        "## Our take",
        "A clean first flight to space, on the second try, from a pad that did not exist "
        "a year ago. Not bad for a company founded in 2022.",
    ],
})

STORY_5 = _story("rk-JD5", "rocket", "2026-10-14", [_RK_A, _RK_B, _RK_C, _RK_D], [])


# ======================================================================
# eq-JD6 -- PLANTED.  Facts: Thu 19 Nov 2026, 02:47 local (01:47 GMT), M5.9 (CRAAG;
#   USGS 5.7), 10 km deep, 14 km NE of Kherrata, Bejaia.  Aftershock 4.6 at 05:12.  Tolls:
#   6/140 at 06:00 Thu, 11/176 at 13:00, 17/212 at 21:00, 19/236 at 15:00 Fri.  Homes
#   1,340 damaged, 287 uninhabitable (Fri).  N9 reopened Fri.  Minister Mourad Belkacemi
#   in Kherrata Thu afternoon.  Planted: Wednesday (El Djazair Daily); Amizour (Numidia
#   TV); 2:17 a.m. (Bejaia Info).
# ======================================================================

_EQ_A = _build({
    "kind": "wire", "site": "Maghreb Dispatch Agency", "host": "mdagency.example",
    "path": "world/africa/algeria-earthquake-bejaia-kherrata-20261119",
    "headline": "Earthquake kills at least six in Algeria's Bejaia province",
    "desc": "A magnitude 5.9 quake struck before dawn near Kherrata; rescuers are searching "
            "collapsed houses in mountain villages.",
    "section": "Africa", "authors": ["Samir Haddadi"],
    "published": "2026-11-19T07:05:00+01:00", "modified": "2026-11-19T07:40:00+01:00",
    "date_text": "19 November 2026, 07:05 (06:05 GMT); updated 07:40",
    "image": "world/2026/11/kherrata-rubble.jpg",
    "alt": "Rescue workers with headlamps searching rubble at night",
    "caption": "Civil Protection rescuers search a collapsed house in Kherrata before dawn "
               "on November 19, 2026.",
    "credit": "MDA / Walid Boudjemaa",
    "keywords": ["Algeria", "Earthquake", "Bejaia", "Civil Protection"],
    "related": [
        ("Algeria strengthens building code for seismic zones",
         "world/africa/algeria-building-code-seismic"),
        ("Why northern Algeria is prone to earthquakes", "science/northern-algeria-seismicity"),
        ("Morocco offers help after Algerian quake", "world/africa/morocco-offers-help"),
    ],
    "tail": "Reporting by Samir Haddadi in Algiers; additional reporting by Kahina Meziane "
            "in Bejaia; editing by Ruth Abernethy.",
    "paras": [
        "ALGIERS, Nov 19 (MDA) - An earthquake of magnitude 5.9 struck Bejaia province in "
        "northeastern Algeria before dawn on Thursday, killing at least six people and "
        "injuring 140 as houses collapsed in mountain villages, the Civil Protection "
        "service said.",
        "The quake hit at 2:47 a.m. (01:47 GMT) at a depth of 10 km, with its epicentre "
        "14 km north-east of the town of Kherrata, about 200 km east of Algiers, "
        "according to the Research Centre in Astronomy, Astrophysics and Geophysics "
        "(CRAAG), which monitors seismic activity in Algeria.",
        "The U.S. Geological Survey put the magnitude at 5.7.",
        "The toll, given by the Civil Protection at 6 a.m., was expected to rise as "
        "rescuers reached remote hamlets in the hills around Kherrata, Draa El Kaid and "
        "Taskriout, many of them built of stone and unreinforced concrete.",
        "\"Our teams are still working under the rubble in several places, and some "
        "villages can only be reached on foot,\" Colonel Nassima Ferhat, a spokeswoman "
        "for the Civil Protection, told MDA by telephone.",
        "Residents of Kherrata said the shaking woke them with a loud roar. \"The wall of "
        "the bedroom simply left. I was holding my son's hand, and the other side of the "
        "room was the street,\" said Said Amrani, 57, a baker, who spent the rest of the "
        "night outside with his family.",
        "The tremor was felt in the cities of Bejaia, Setif and Jijel, where many people "
        "ran into the streets in the cold and stayed there until daylight.",
        "A strong aftershock of magnitude 4.6 shook the area at 5:12 a.m., sending "
        "rescuers scrambling away from damaged buildings. CRAAG said it had recorded 28 "
        "aftershocks by 6:30 a.m.",
        "Rockfalls blocked the N9 road, the main route between Bejaia and Setif, in the "
        "Kherrata gorge, complicating the arrival of heavy equipment, the Civil "
        "Protection said. Teams from neighbouring provinces were being sent by other "
        "roads.",
        "In the village of Taskriout, residents used shovels and their bare hands to "
        "pull neighbours from the rubble before rescuers arrived, a local official told "
        "MDA. Hospitals in Kherrata and Bejaia received the injured, and the health "
        "ministry said additional medical teams were on their way from Setif.",
        "Images shared on social media showed the top of a minaret fallen into a "
        "courtyard and cars crushed by stones in the centre of Kherrata.",
        "Tunisia and Morocco sent messages of condolence and offered help.",
        "Power was cut in parts of Kherrata after the quake, and the electricity "
        "company Sonelgaz said teams were working to restore supply. Telephone networks "
        "were briefly saturated as people tried to reach relatives.",
        "Algeria lies on the boundary between the African and Eurasian plates and has a "
        "long history of destructive earthquakes. Thursday's quake was the strongest in "
        "Bejaia province since a magnitude 6.0 tremor off its coast in March 2021, which "
        "caused damage but no deaths.",
        "Interior Minister Mourad Belkacemi was expected to travel to the area later on "
        "Thursday, his ministry said. Schools in the worst-hit districts were closed.",
        "The Algerian Red Crescent said it was sending blankets and tents to the province "
        "from its warehouses in Algiers and Constantine.",
    ],
})

_EQ_B = _build({
    "kind": "broadcast", "site": "Numidia TV", "host": "numidiatv.example",
    "path": "en/algeria/bejaia-earthquake-toll-rises-to-11",
    "headline": "Bejaia earthquake: death toll rises to 11, minister heads to the area",
    "desc": "Civil Protection teams are still searching collapsed homes after the "
            "magnitude 5.9 earthquake that struck before dawn on Thursday.",
    "section": "Algeria", "authors": ["Lynda Hamidouche"], "role": "Numidia TV, Bejaia",
    "published": "2026-11-19T13:40:00+01:00",
    "date_text": "Thursday 19 November 2026 - 13:40",
    "sep": " - ",
    "image": "en/2026/11/19/draa-el-kaid-tents.jpg",
    "alt": "Families standing beside tents in a village square",
    "caption": "Families gather next to the first tents set up in Draa El Kaid on Thursday "
               "morning.",
    "credit": "Numidia TV",
    "video": ("Watch: our team in the damaged villages", "3:52"),
    "ticker": "Bejaia earthquake: 11 dead, 176 injured - Civil Protection, 13:00",
    "watched": ["Rain warning for the eastern coastal provinces",
                "Olive harvest begins in Kabylie",
                "JS Kabylie win derby in Tizi Ouzou"],
    "keywords": ["Earthquake", "Bejaia", "Civil Protection"],
    "related": [
        ("Emergency numbers and where to donate blood in Bejaia",
         "en/algeria/bejaia-emergency-numbers"),
        ("Video: the moment the quake hit, filmed by a security camera",
         "en/algeria/quake-security-camera-video"),
        ("What to do during an aftershock", "en/algeria/aftershock-safety-tips"),
    ],
    "footnote": "Numidia TV is a news channel broadcasting from Algiers.",
    "paras": [
        "The number of people killed by the earthquake that struck Bejaia province before "
        "dawn on Thursday has risen to 11, with 176 injured, the Civil Protection said in "
        "an update at 1 p.m.",
        "The magnitude 5.9 earthquake hit at 2:47 a.m. Its epicentre was located 14 km "
        "north-east of Amizour, at a depth of 10 km, according to the Research Centre in "
        "Astronomy, Astrophysics and Geophysics, CRAAG.",
        "Our team in the province has seen whole rows of old houses reduced to rubble in "
        "the villages of Taskriout and Draa El Kaid, and severe damage in the centre of "
        "Kherrata, where the front of the old covered market has fallen into the street.",
        "\"Our teams are still working under the rubble in several places,\" said Colonel "
        "Nassima Ferhat of the Civil Protection. She said more than 600 rescuers, with "
        "sniffer dogs and thermal cameras, had been deployed, including reinforcements "
        "from Setif, Jijel, Bouira and Tizi Ouzou.",
        "Many families spent the morning outdoors in the cold, afraid to go back inside. "
        "A strong aftershock of magnitude 4.6 at 5:12 a.m. added to the fear, and smaller "
        "tremors have continued to shake the region throughout the morning.",
        "The Civil Protection said 23 people had been pulled alive from the rubble "
        "since the early hours. The health ministry has sent extra medical teams from "
        "Setif and Algiers to the hospital in Kherrata, where the most seriously "
        "injured were stabilised before being transferred.",
        "In Bejaia city, many residents left their flats after the shaking and spent "
        "the rest of the night in their cars or on the seafront, wrapped in blankets.",
        "The U.S. Geological Survey measured the earthquake at magnitude 5.7, slightly "
        "lower than the CRAAG estimate.",
        "Power and water supplies were cut in parts of Kherrata, and Sonelgaz said its "
        "teams were restoring electricity street by street. Volunteers from Bejaia and "
        "Setif have arrived with food, water and blankets, and several mosques have "
        "opened their doors to families.",
        "In Draa El Kaid, Nadia Benali, a mother of three, told Numidia TV that her house "
        "was still standing but that the walls were cracked from floor to ceiling. \"The "
        "children do not want to go in to get their coats. We are waiting for an engineer "
        "to tell us whether it is safe,\" she said.",
        "The Algerian Red Crescent has started setting up tents in village squares and "
        "school yards. Hospitals in Bejaia and Setif have called for blood donors.",
        "Rockfalls have blocked the N9 road in the Kherrata gorge, forcing rescue convoys "
        "to make long detours through the mountains. Public works teams were clearing "
        "the road on Thursday.",
        "Interior Minister Mourad Belkacemi is expected in Kherrata this afternoon, "
        "accompanied by the ministers of housing and health, the government said.",
        "Schools in the two hardest-hit districts will remain closed until at least "
        "Sunday, the education directorate of the province announced.",
        "The earthquake is the strongest to hit the province since the magnitude 6.0 "
        "tremor recorded off the coast of Bejaia in March 2021.",
        "Numidia TV will continue to bring you updates from the affected area throughout "
        "the day.",
    ],
})

_EQ_C = _build({
    "kind": "paper", "site": "El Djazair Daily", "host": "eldjazairdaily.example",
    "path": "national/2026/11/20/bejaia-earthquake-17-dead",
    "headline": "Bejaia earthquake: 17 dead as villages count their losses",
    "desc": "The magnitude 5.9 tremor near Kherrata destroyed old stone houses across the "
            "hills. The interior minister promised that every fallen house would be "
            "rebuilt.",
    "section": "National", "authors": ["Karim Boukhalfa", "Sonia Aouchiche"],
    "role": "in Kherrata",
    "published": "2026-11-20T06:30:00+01:00",
    "date_text": "Friday 20 November 2026",
    "edition": "Friday 20 November 2026 - national edition",
    "image": "national/2026/11/20/taskriout-ruins.jpg",
    "alt": "A collapsed stone house on a hillside with people standing nearby",
    "caption": "Residents stand by the ruins of a house in Taskriout, one of the villages "
               "worst hit by the earthquake.",
    "credit": "Photo: Farid Ouali / El Djazair Daily",
    "footnote": "El Djazair Daily, national daily newspaper, Algiers.",
    "keywords": ["Earthquake", "Bejaia", "Kherrata", "Housing"],
    "related": [
        ("Editorial: building codes are only as good as their inspectors",
         "opinion/2026/11/20/building-codes"),
        ("Donations: the official accounts for earthquake victims",
         "national/2026/11/20/donation-accounts"),
        ("Seismologists explain the Kherrata fault", "science/2026/11/20/kherrata-fault"),
    ],
    "paras": [
        "The earthquake that shook Bejaia province early on Wednesday has killed 17 people "
        "and injured 212, according to the latest figures released by the Civil Protection "
        "at 9 p.m. on Wednesday, as rescue teams worked through the evening in the "
        "villages around Kherrata.",
        "The tremor, measured at magnitude 5.9 by the Research Centre in Astronomy, "
        "Astrophysics and Geophysics (CRAAG), struck at 2:47 a.m. Its epicentre was "
        "located 14 km north-east of Kherrata, at a shallow depth of 10 km, which explains "
        "the violence of the shaking in the surrounding hills.",
        "## 'The other side of the room was the street'",
        "In Kherrata, Said Amrani, a 57-year-old baker, was sitting on a chair in front of "
        "what used to be his home. The outer wall of the bedroom collapsed in the first "
        "seconds. \"I was holding my son's hand, and the other side of the room was the "
        "street,\" he said. His family was unhurt. Two of his neighbours were not so "
        "lucky.",
        "The worst damage is in Taskriout and Draa El Kaid, where many families still live "
        "in stone houses built before independence, sometimes extended with upper floors "
        "of unreinforced concrete. Early estimates by local officials put the number of "
        "damaged homes at more than 900.",
        "## The minister's promise",
        "Interior Minister Mourad Belkacemi, who toured Kherrata on Wednesday afternoon "
        "with the ministers of housing and health, said the State would bear the cost of "
        "reconstruction. \"The State will rebuild every house that fell, and no family "
        "will spend the winter without a roof,\" he said, standing in front of the "
        "damaged covered market.",
        "Engineers from the national Technical Construction Control agency (CTC) began "
        "inspecting buildings in the afternoon, marking them green, orange or red "
        "depending on whether they can be occupied.",
        "The Algerian Red Crescent said it had distributed 1,200 tents by Wednesday "
        "evening, along with blankets and hot meals. Many families preferred to sleep in "
        "cars or in the open, fearing aftershocks.",
        "## Hundreds of aftershocks feared",
        "The largest aftershock so far, of magnitude 4.6, came at 5:12 a.m. CRAAG said it "
        "had recorded 43 aftershocks by 8 p.m. and warned that others, some of them "
        "strong enough to bring down weakened walls, were likely in the coming days.",
        "Colonel Nassima Ferhat, spokeswoman for the Civil Protection, said searches would "
        "continue overnight in two villages where residents were still unaccounted for.",
        "Hospitals in Bejaia, Kherrata and Setif treated the injured. The most serious "
        "cases were transferred to the university hospital in Setif, where doctors said "
        "several patients remained in intensive care. The U.S. Geological Survey gave a "
        "magnitude of 5.7.",
        "The N9 road, which runs through the Kherrata gorge between Bejaia and Setif, "
        "remained closed by rockfalls last night. Public works teams hope to reopen it "
        "this morning.",
        "## A known risk",
        "Northern Algeria sits on the meeting point of the African and Eurasian plates. "
        "The Bejaia region had not experienced such a strong tremor since March 2021, "
        "when a magnitude 6.0 earthquake struck off the coast without causing deaths.",
        "Schools in the districts of Kherrata and Draa El Kaid will remain closed until "
        "at least Sunday.",
    ],
})

_EQ_D = _build({
    "kind": "local", "site": "Bejaia Info", "host": "bejaiainfo.example",
    "path": "actualite/kherrata-seisme-bilan-vendredi",
    "headline": "Kherrata earthquake: 19 dead, 287 homes declared uninhabitable",
    "desc": "Latest toll from the Civil Protection on Friday afternoon; the N9 through the "
            "gorge has reopened; where to find help.",
    "section": "Actualite", "authors": ["Rachid Ait Ouarab"],
    "published": None, "ld": True,
    "date_text": "20/11/2026 - 17:30",
    "weather": "Bejaia 14\u00b0C, showers",
    "today": "Friday 20 November 2026",
    "crumbs": ["Home", "Actualite", "Kherrata"],
    "image": "wp-content/uploads/2026/11/kherrata-ctc-inspection.jpg",
    "alt": "An engineer writing on the wall of a damaged building",
    "caption": "A CTC engineer marks a damaged building in the centre of Kherrata on "
               "Friday.",
    "credit": "Bejaia Info / Yanis Bouzid",
    "footnote": "Bejaia Info - independent news from Bejaia and the Soummam valley.",
    "keywords": ["Kherrata", "Earthquake", "Bejaia"],
    "related": [
        ("List of reception centres for families without shelter",
         "actualite/centres-accueil-sinistres"),
        ("Volunteers from Bejaia city organise food convoys", "actualite/convois-benevoles"),
        ("Kherrata gorge: how the N9 was cleared", "actualite/n9-gorges-kherrata"),
    ],
    "paras": [
        "The toll from Thursday's earthquake has risen to 19 dead and 236 injured, the "
        "Civil Protection announced at 3 p.m. on Friday. Two more victims were recorded "
        "overnight: a woman who died of her injuries in hospital in Setif, and a man whose "
        "body was recovered from the rubble of his house near Taskriout.",
        "Of the 236 injured, most have now left hospital, according to the wilaya's "
        "health directorate, but 31 remain under treatment, nine of them in Setif. "
        "Rescuers ended their search operations at midday on Friday, once every "
        "resident reported missing had been accounted for.",
        "The magnitude 5.9 earthquake struck at 2:17 a.m. on Thursday, with its epicentre "
        "14 km north-east of Kherrata, according to CRAAG. Most of our readers in the "
        "Soummam valley and in Bejaia city were woken by it.",
        "## 287 homes uninhabitable",
        "Engineers from the Technical Construction Control agency (CTC) have now inspected "
        "1,340 damaged homes in the province, and declared 287 of them uninhabitable, the "
        "wali's office said on Friday. The rest were classified as repairable, some only "
        "after work on walls and floors.",
        "Families whose homes are marked red are being offered places in tents or in "
        "reception centres set up in schools and youth centres. The Algerian Red Crescent "
        "said it had distributed 2,600 tents by Friday afternoon.",
        "\"We spent the first night in the car, the second in a tent. The children are "
        "cold, but at least we are together,\" said Lamine Cherifi, a taxi driver from "
        "Draa El Kaid whose house has been marked red.",
        "## Aftershocks continue",
        "The ground has not stopped moving. CRAAG said it had recorded 61 aftershocks by "
        "Friday noon, the strongest still being the magnitude 4.6 tremor at 5:12 a.m. on "
        "Thursday. Most were too weak to be felt, but several shook Kherrata during the "
        "night and sent people running outside again.",
        "In the centre of Kherrata, Said Amrani, the baker whose bedroom wall collapsed on "
        "Thursday, was back at work on Friday morning in a borrowed oven. \"The wall of "
        "the bedroom simply left,\" he repeated to us. \"But people still need bread.\"",
        "## The N9 is open again",
        "Good news for travellers: the N9 through the Kherrata gorge, closed by rockfalls "
        "since Thursday, reopened to traffic on Friday morning after public works teams "
        "cleared the road. Drivers are asked to be careful, as stones may still fall "
        "after aftershocks.",
        "Electricity has been restored in most of Kherrata, Sonelgaz said on Friday.",
        "## The State's promise",
        "During his visit to Kherrata on Thursday afternoon, Interior Minister Mourad "
        "Belkacemi said the State would rebuild every house that fell. \"No family will "
        "spend the winter without a roof,\" he said. Residents told Bejaia Info they would "
        "judge that promise in the spring.",
        "Schools in the districts of Kherrata and Draa El Kaid will stay closed at least "
        "until Sunday, the education directorate said.",
        "How to help: the wilaya has opened a bank account for donations, and blood "
        "donations are being accepted at the hospitals of Bejaia and Kherrata. Bejaia Info "
        "will publish the list of reception centres and collection points, updated each "
        "evening.",
    ],
})

STORY_6 = _story("eq-JD6", "earthquake", "2026-11-22",
                 [_EQ_A, _EQ_B, _EQ_C, _EQ_D],
                 [("day of the main shock", r"thursday", r"wednesday"),
                  ("epicentre reference town", r"kherrata", r"amizour"),
                  ("time of the main shock", r"\b0?2[:.]47\b|\b0?1[:.]47\b",
                   r"\b0?2[:.]17\b")])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
