"""Story battery, part HC — written by engineer HC1 on 2026-12-07.

Twenty-fifth batch; a precision batch. Region: the Andes (Colombia, Ecuador,
Chile, Peru). All outlets (*.example), reporters, officials, companies and
figures are invented; the prose is original. Three controls (ct-HC3, tr-HC4,
rk-HC5) carry no planted disagreement at all; the other three carry three
plants each. Every story is loaded with legitimate variation.

1. cb-HC1 (central bank) — Colombia's Banco de la República cuts its rate by
   50 bp to 8.75% on Friday 27 March 2026. PLANTED:
   - vote split: 5-2 (Andean Wire, Meridian TV; "five to two" at Latam Rates
     Monitor) vs 4-3 (The Continental Ledger);
   - governor's surname: Quintero (wire, Ledger, Meridian) vs Quintana
     (Latam Rates Monitor);
   - weekday of the decision: Friday (wire, Ledger) vs Thursday (Meridian TV,
     published Friday evening).
   Traps: old rate 9.25% vs new 8.75%; 50 basis points / half a percentage
   point / 4.5 points cumulative from 13.25% peak; previous meeting's 6-1 hold;
   analysts' poll 14 of 22 (forecast vs outcome); inflation 5.1% vs "about 5%",
   January 5.3%, core 5.4%, target 3% +/- 1 pt; staff forecast 4.2% vs January's
   4.0%; peso 3,912 vs "about 3,900"; 5 p.m. local = 2200 GMT; finance minister
   named German Ospina / Germán Ospina Rueda / "minister of finance"; governor with
   and without second surname; technical manager described as chief economist;
   governor's quote full vs excerpted; analysts' year-end forecasts (7.5%,
   7.50%, 7.25–7.75% range); Peru's rate 4.25% (another country); minutes
   April 6 and next meeting April 30 (planned); one page without a machine date.

2. el-HC2 (election) — Popayán (Colombia) mayoral rerun, Sunday 23 August 2026,
   won by Adriana Ruiz Mosquera. PLANTED:
   - winner's share at the final preliminary bulletin (99.93% of tables):
     48.27% / 48.3% (Radio Pacífico Sur live blog, Cauca Courier, Andean
     Observer) vs 43.8% (Pan-American Press);
   - the concession remark ("I called Adriana Ruiz to congratulate her.
     Popayán has spoken…") said by Fabián Cerón (live blog, wire, Observer) vs
     given to third-placed Hernando Velasco (Cauca Courier);
   - Liliana Orozco's title: Registraduría delegate for Cauca / departmental
     registrar (live blog, Courier) vs "the national registrar" (Observer).
   Traps: running count in the live blog (61.2% of tables: 47.1%; 92.4%: 47.9%;
   99.93%: 48.27%), times shown; 48.27% vs 48.3% rounding; Cerón 36.88% / 36.9%;
   margin 14,491 votes / "more than 14,000" / 11.4 percentage points; turnout 45.4%
   vs "about 45%" vs rural townships 38.7% (part vs whole) vs 2023 turnout 52.1%;
   Andrade's 2023 share 41.5%; ~21% of registered voters; 2,100 / "more than
   2,000" security forces; 4 p.m. local = 2100 GMT; campaign's 37 tables vs MOE's
   14 reports (different people's numbers); names with/without second surnames
   and diacritics; victory quote full vs excerpted; scrutiny planned for Monday,
   credentials expected later; term ends 31 December 2027; the Courier page has
   no machine-readable date.

3. ct-HC3 (court) — Ecuador's Constitutional Court clears an Azuay provincial
   consultation on a mining ban in water-recharge areas. CONTROL.
   Traps: plenary vote Thursday 14 May, statement 7:40 p.m. local = 0040 GMT
   Friday, full 64-page ruling published Monday 18 May (adopted vs published);
   7-2 / "seven votes to two" / "seven of the nine judges" on question one vs
   unanimous 9-0 rejection of question two; 3,100 km2 / 1,200 sq mi / 310,000
   hectares / "more than a third of the province"; Sierra Austral shares closed
   -11.2% at C$3.42 after falling as much as 14% intraday; market value C$610m /
   US$440m; capex US$1.4bn; 3.2 Moz; prefect hopes for October vs CNE member's
   "no earlier than November" and cost $4.5m vs ~$5m (attributed); 2019 rejected
   request and 2021 Cuenca vote (~80%); "nearly 700,000" voters; names with and
   without second surnames; minister titled "Energy and Mines Minister" / "the
   minister of energy and mines"; the Cuenca Herald page has no machine date.

4. tr-HC4 (trade) — Chile's May 2026 goods trade balance, released Monday
   8 June 2026. CONTROL.
   Traps: surplus $2.27bn vs "about $2.3bn" vs ~2.1 trillion pesos; May 2025
   surplus $1.74bn; forecast $1.95bn vs outcome; April surplus revised to $1.58bn
   from $1.64bn (said revised); Jan–May $9.8bn vs $8.1bn a year earlier;
   exports +8.6% / imports +3.1%; copper +14.2% in value while volume fell
   (~1.8%); copper share 53.4% vs 50.8% (+2.6 percentage points) / "more than
   half" / "just over 53%"; LME $11,290/t = $5.12/lb vs year-earlier ~$9,700/t;
   Cochilco 2026 forecast $4.85/lb vs bank forecasts $5.00–5.30 (range);
   China ~$3.7bn / "nearly 40%" / "about 39 per cent"; 8:30 a.m. local = 1230
   GMT; Codelco's own April output +3%; April activity +2.4%; the RedMetal page
   has no machine date.

5. rk-HC5 (rocket) — Qhapaq Aerospace's Inti-2 suborbital flight from Punta
   Lobos, Peru, Saturday 17 October 2026. CONTROL.
   Traps: early specialist report (14:05 UTC) gives preliminary apogee "about
   110 km", later pages 112.4 km / "about 112 km" / "about 70 miles" with the
   revision stated; liftoff 12:43 UTC = 7:43 a.m. local = 1243 GMT; window opened
   11:00 UTC; hold "more than an hour and a half" / "more than 90 minutes";
   flight 8 minutes 41 seconds / "nearly nine minutes"; burn 38 s / "under 40
   seconds"; 9.8 m / "nearly ten metres" / 32 feet; 1.6 t / 1,600 kg; 6,100 km/h
   / 3,800 mph; previous flight Inti-1 reached 48 km; originally planned for
   Friday, flew Saturday; earlier August scrub; recovery at 10:58 a.m., "a little
   over three hours after liftoff", "late morning"; US$14m / 52 million soles;
   Kármán line 100 km vs 80 km convention; CONIDA head's title in several forms;
   the Pacífico 24 page has no machine date.

6. eq-HC6 (earthquake) — magnitude 6.6 earthquake off Camaná, Arequipa region,
   Peru, Tuesday 10 February 2026, 2:17 a.m. local. PLANTED:
   - local time of the main shock: 2:17 a.m. / 02:17 / 2.17am (Pan-American
     Press, Meridian TV, Lima Gazette) vs 3:17 a.m. (Arequipa Sentinel);
   - epicentre reference town: 42 km south-west of Camaná (wire, Meridian,
     Sentinel) vs 42 km south-west of Mollendo (Lima Gazette);
   - IGP focal depth: 38 km (wire, Gazette) vs 53 km (Meridian TV).
   Traps: IGP preliminary 6.4 revised to 6.6 (said revised) vs USGS 6.5 and USGS
   depth 35 km (other agency); 2:17 a.m. local = 0717 GMT; 42 km = 26 miles;
   running toll 1 dead / 14 injured (6:40 a.m. Tue) -> 4 / 57 (Tue evening) ->
   5 / 83 (7 a.m. Wed); homes "dozens" -> 700+ / 210 uninhabitable -> 1,140 /
   386; aftershocks 23 (6 a.m.) -> 48 (6 p.m.) -> 61 (Wed morning), largest 4.9;
   state of emergency announced, due, then declared (60 days, 12 districts);
   2 million soles = about $540,000; Arequipa ~165 km away; felt durations
   ("like a minute", "three minutes of terror") vs seismologists' "well under a
   minute"; 2001 M8.4 and 2018 M7.1 earlier quakes; names with/without second
   surnames; the Sentinel page has no machine date.
"""

from __future__ import annotations

import json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# page-building helpers (each outlet kind gets its own skeleton)
# ---------------------------------------------------------------------------

def _body(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p.startswith("<"):
            out.append(p)
        elif p.startswith("## "):
            out.append(f"<h2>{p[3:]}</h2>")
        elif p.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{p[2:]}</p></blockquote>')
        elif p == "--AD--":
            out.append('<div class="ad-slot ad-inline" data-slot="mid-article"><span class="ad-label">Advertisement</span></div>')
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def _head(title, site, url, desc, iso_pub=None, iso_mod=None, authors=(), section="News",
          image="", extra_meta="", ld=True, lang="en"):
    desc = desc.replace('"', "&quot;")
    title_attr = title.replace('"', "&quot;")
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{desc}">',
        f'<meta property="og:title" content="{title_attr}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{site}">',
        f'<meta property="og:description" content="{desc}">',
    ]
    if image:
        meta.append(f'<meta property="og:image" content="{image}">')
    meta.append('<meta name="twitter:card" content="summary_large_image">')
    if iso_pub:
        meta.append(f'<meta property="article:published_time" content="{iso_pub}">')
    if iso_mod:
        meta.append(f'<meta property="article:modified_time" content="{iso_mod}">')
    meta.append(f'<meta property="article:section" content="{section}">')
    if extra_meta:
        meta.append(extra_meta)
    meta.append(f'<link rel="canonical" href="{url}">')
    script = ""
    if ld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "mainEntityOfPage": url,
            "articleSection": section,
            "author": [{"@type": "Person", "name": a} for a in authors] or {"@type": "Organization", "name": site},
            "publisher": {"@type": "Organization", "name": site},
        }
        if image:
            data["image"] = [image]
        if iso_pub:
            data["datePublished"] = iso_pub
        if iso_mod:
            data["dateModified"] = iso_mod
        script = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(meta)
            + f"\n<title>{title} | {site}</title>\n"
            + '<link rel="stylesheet" href="/static/css/main.css">\n'
            + script + "\n</head>\n")


_COOKIE = ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
           '<p>We use cookies and similar technologies to personalise content and ads, to provide social media features '
           'and to analyse our traffic. You can change your choices at any time in Privacy Settings.</p>'
           '<button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button></div>')


def _share(url, title):
    return ('<div class="share-bar"><span>Share</span>'
            f'<a class="share-x" href="https://x.example/intent/tweet?url={url}">X</a>'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={url}">Facebook</a>'
            f'<a class="share-wa" href="https://wa.example/send?text={url}">WhatsApp</a>'
            f'<a class="share-mail" href="mailto:?subject={title[:40]}">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _related(items, heading="Related coverage"):
    lis = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(items, start=101))
    return f'<aside class="related"><h3>{heading}</h3><ul>{lis}</ul></aside>'


def _newsletter(name):
    return (f'<section class="newsletter-signup"><h3>{name}</h3>'
            '<p>The day\'s essential stories, in your inbox every morning.</p>'
            '<form action="/newsletter" method="post"><input type="email" placeholder="Your email address">'
            '<button type="submit">Sign up</button></form></section>')


def _footer(site, year=2026):
    return ('<footer class="site-footer"><nav><a href="/about">About us</a> <a href="/contact">Contact</a> '
            '<a href="/ethics">Editorial standards</a> <a href="/corrections">Corrections</a> '
            '<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a> <a href="/advertise">Advertise</a></nav>'
            f'<p>&copy; {year} {site}. All rights reserved.</p></footer>')


def _wire(site, host, path, headline, dek, authors, iso_pub, iso_mod, stamp, paras,
          editing="", section="World", related=()):
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, iso_mod, authors, section,
              image=f"https://img.{host}/photo/{path.strip('/').split('/')[-1]}.jpg")
    by = " and ".join(authors)
    timeel = f'<time datetime="{iso_pub}">{stamp}</time>' if iso_pub else f'<span class="stamp">{stamp}</span>'
    return (h + '<body class="wire-story">\n' + _COOKIE
            + f'\n<header class="wire-header"><a class="logo" href="/">{site}</a><nav><a href="/world">World</a> '
              '<a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/americas">Americas</a> '
              '<a href="/science">Science</a> <a href="/sports">Sports</a></nav>'
              '<a class="subscribe" href="/subscribe">Subscribe</a></header>\n'
            + '<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>\n'
            + f'<main><article><p class="kicker">{section}</p><h1>{headline}</h1>'
            + f'<div class="byline">By {by} &middot; {timeel} &middot; <span class="readtime">5 min read</span></div>\n'
            + _share(url, headline) + "\n"
            + _body(paras)
            + (f'\n<p class="credits">{editing}</p>' if editing else "")
            + '\n<p class="trust">Our Standards: The Trust Principles.</p>'
            + "</article>\n"
            + _related(related or ["Markets wrap: Latin American currencies", "Americas daybreak briefing"], "Read next")
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


def _paper(site, host, path, headline, dek, authors, iso_pub, iso_mod, stamp, paras,
           caption="", section="World", related=(), newsletter="The Morning Edition", tagline=""):
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, iso_mod, authors, section,
              image=f"https://static.{host}/images/2026/{path.strip('/').split('/')[-1]}-hero.jpg")
    by = ", ".join(authors[:-1]) + (" and " if len(authors) > 1 else "") + authors[-1]
    timeel = (f'<time class="published" datetime="{iso_pub}">{stamp}</time>' if iso_pub
              else f'<span class="published">{stamp}</span>')
    fig = (f'<figure class="hero"><img src="https://static.{host}/images/hero.jpg" alt="">'
           f'<figcaption>{caption}</figcaption></figure>' if caption else "")
    return (h + '<body class="article-page paper">\n' + _COOKIE
            + f'\n<div class="top-strip">{tagline or "Independent journalism since 1911"} &middot; <a href="/login">Sign in</a> &middot; <a href="/subscribe">Subscribe from $1</a></div>'
            + f'\n<header class="masthead"><a href="/" class="brand">{site}</a>'
              '<nav class="sections"><a href="/news">News</a> <a href="/world">World</a> <a href="/politics">Politics</a> '
              '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> '
              '<a href="/sport">Sport</a> <a href="/puzzles">Puzzles</a></nav></header>\n'
            + '<div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>\n'
            + f'<main class="article"><article><div class="section-label">{section}</div>'
            + f'<h1 class="headline">{headline}</h1><p class="standfirst">{dek}</p>'
            + f'<div class="meta"><span class="author">By {by}</span> {timeel}</div>\n'
            + fig + "\n" + _share(url, headline) + "\n"
            + '<div class="article-body">' + _body(paras) + "</div>\n"
            + '<div class="comments-cta"><a href="#comments">View comments</a></div>'
            + "</article>\n"
            + '<aside class="sidebar"><div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span></div>'
            + _related(related or ["Most read today", "The week in pictures"], "Most read") + "</aside>\n"
            + _newsletter(newsletter)
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


def _broadcast(site, host, path, headline, dek, iso_pub, iso_mod, stamp, paras, caption="",
               section="Americas", related=(), authors=("Staff",)):
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, iso_mod, list(authors), section,
              image=f"https://media.{host}/thumbs/{path.strip('/').split('/')[-1]}.jpg")
    timeel = (f'<time datetime="{iso_mod or iso_pub}">{stamp}</time>' if iso_pub
              else f'<span class="updated">{stamp}</span>')
    return (h + '<body class="bc-article">\n' + _COOKIE
            + f'\n<header class="bc-header"><a class="bc-logo" href="/">{site}</a>'
              '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/americas">Americas</a> '
              '<a href="/business">Business</a> <a href="/tech">Tech</a> <a href="/weather">Weather</a> '
              '<a class="live" href="/live">&#9679; Watch live</a></nav></header>\n'
            + f'<main><article class="bc-story"><h1>{headline}</h1>'
            + f'<div class="bc-meta">{timeel} &middot; <a href="/{section.lower()}">{section}</a></div>\n'
            + '<div class="video-player" data-autoplay="false"><div class="vp-poster"></div>'
              f'<p class="vp-caption">{caption or "Video: footage from the scene"}</p><span class="vp-duration">2:14</span></div>\n'
            + _share(url, headline) + "\n"
            + _body(paras)
            + f'\n<p class="bc-byline">{", ".join(authors)}</p>'
            + "</article>\n"
            + _related(related or ["More from Americas", "Top stories"], "More on this story")
            + '<div class="ad-slot ad-sticky"><span class="ad-label">Advertisement</span></div>'
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


def _live(site, host, path, headline, dek, iso_pub, iso_mod, stamp, summary, entries,
          section="Live", related=(), authors=("Live desk",)):
    """entries: list of (clock, title, [paras])"""
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, iso_mod, list(authors), section,
              image=f"https://cdn.{host}/live/{path.strip('/').split('/')[-1]}.jpg",
              extra_meta='<meta name="robots" content="max-image-preview:large">')
    posts = []
    for i, (clock, title, ps) in enumerate(entries):
        posts.append(f'<div class="live-post" id="post-{900 - i}"><div class="post-time">{clock}</div>'
                     f'<h3>{title}</h3>{_body(ps)}'
                     f'<div class="post-share"><a href="#post-{900 - i}">Link to this post</a></div></div>')
    summ = "".join(f"<li>{s}</li>" for s in summary)
    timeel = (f'<time datetime="{iso_mod or iso_pub}">{stamp}</time>' if iso_pub
              else f'<span class="updated">{stamp}</span>')
    return (h + '<body class="liveblog">\n' + _COOKIE
            + f'\n<header class="lb-header"><a href="/" class="logo">{site}</a><nav><a href="/news">News</a> '
              '<a href="/live">Live</a> <a href="/video">Video</a> <a href="/business">Business</a></nav></header>\n'
            + f'<main><div class="live-badge">LIVE</div><h1>{headline}</h1><p class="lb-dek">{dek}</p>'
            + f'<div class="lb-meta">{", ".join(authors)} &middot; {timeel}</div>'
            + f'<section class="key-points"><h2>Key points</h2><ul>{summ}</ul></section>\n'
            + _share(url, headline) + "\n"
            + '<div class="ad-slot ad-live"><span class="ad-label">Advertisement</span></div>\n'
            + '<section class="live-feed">' + "\n".join(posts) + "</section>\n"
            + '<button class="load-more">Load earlier posts</button>'
            + _related(related or ["Explainer", "In pictures"], "Around the site")
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


def _trade(site, host, path, headline, dek, authors, iso_pub, iso_mod, stamp, paras,
           keyfigs=(), section="Analysis", related=(), newsletter="Weekly briefing"):
    """Specialist / trade site: key-figures box and a paywall teaser."""
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, iso_mod, authors, section,
              image=f"https://assets.{host}/og/{path.strip('/').split('/')[-1]}.png")
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in keyfigs)
    box = f'<table class="key-figures"><caption>Key figures</caption>{rows}</table>' if keyfigs else ""
    timeel = (f'<time datetime="{iso_pub}">{stamp}</time>' if iso_pub else f'<span class="date">{stamp}</span>')
    return (h + '<body class="pro-article">\n' + _COOKIE
            + f'\n<header class="pro-header"><a href="/" class="pro-logo">{site}</a>'
              '<nav><a href="/news">News</a> <a href="/data">Data</a> <a href="/analysis">Analysis</a> '
              '<a href="/events">Events</a> <a href="/jobs">Jobs</a> <a href="/account">My account</a></nav></header>\n'
            + '<div class="ad-slot ad-billboard"><span class="ad-label">Advertisement</span></div>\n'
            + f'<main class="pro-main"><article><div class="tagline">{section}</div><h1>{headline}</h1>'
            + f'<p class="summary">{dek}</p><p class="pro-byline">{" &amp; ".join(authors)} &middot; {timeel}</p>\n'
            + _share(url, headline) + "\n" + box + "\n"
            + _body(paras)
            + '\n<div class="paywall-teaser"><p>Subscribers get full data tables, historical series and alerts.</p>'
              '<a href="/subscribe">Start a free trial</a></div>'
            + "</article>\n"
            + _related(related or ["Data hub", "Upcoming events"], "Related")
            + _newsletter(newsletter)
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


def _regional(site, host, path, headline, dek, author, iso_pub, stamp, paras, caption="",
              section="Region", related=(), weather="Partly cloudy 21&deg;C"):
    url = f"https://{host}{path}"
    h = _head(headline, site, url, dek, iso_pub, None, [author], section,
              image=f"https://{host}/uploads/{path.strip('/').split('/')[-1]}.jpg", ld=bool(iso_pub))
    timeel = (f'<time datetime="{iso_pub}">{stamp}</time>' if iso_pub else f'<span class="fecha">{stamp}</span>')
    fig = (f'<div class="photo"><img src="https://{host}/uploads/main.jpg" alt=""><p class="caption">{caption}</p></div>'
           if caption else "")
    return (h + '<body class="regional">\n' + _COOKIE
            + f'\n<div class="topbar"><span class="weather">{weather}</span> <a href="/epaper">Read the e-paper</a> '
              '<a href="/classifieds">Classifieds</a> <a href="/obituaries">Obituaries</a></div>'
            + f'\n<header><h2 class="brand"><a href="/">{site}</a></h2><nav><a href="/local">Local</a> '
              '<a href="/region">Region</a> <a href="/national">National</a> <a href="/economy">Economy</a> '
              '<a href="/sports">Sports</a> <a href="/community">Community</a></nav></header>\n'
            + '<div class="ad-slot ad-banner"><span class="ad-label">Advertisement</span></div>\n'
            + f'<main><article class="nota"><span class="seccion">{section}</span><h1>{headline}</h1>'
            + f'<h3 class="bajada">{dek}</h3><div class="autor">{author} &mdash; {timeel}</div>\n'
            + fig + "\n" + _body(paras)
            + "\n" + _share(url, headline) + "</article>\n"
            + _related(related or ["Local briefs", "Community notices"], "Also in the region")
            + '<div class="ad-slot ad-footer"><span class="ad-label">Advertisement</span></div>'
            + "</main>\n" + _footer(site) + "\n</body>\n</html>\n")


# ===========================================================================
# Story 1 — cb-HC1 — Colombia's central bank, Friday 27 March 2026 (PLANTED)
# ===========================================================================

_HC1_A = _wire(
    "Andean Wire", "andeanwire.example", "/business/colombia-cenbank-rates-2026-03-27/",
    "Colombia’s central bank cuts rate by 50 bps to 8.75% in split vote",
    "Five of seven directors back half-point cut; two wanted 25 bps; peso slips.",
    ["Camila Ferreira", "Tomás Lindqvist"], "2026-03-27T19:12:00-05:00", "2026-03-27T20:40:00-05:00",
    "March 27, 2026 7:12 PM GMT-5 &middot; Updated 8:40 PM",
    [
        "BOGOTA, March 27 (Andean Wire) - Colombia’s central bank cut its benchmark interest rate by 50 basis points to 8.75% on Friday in a 5-2 vote, as policymakers judged that a steady, if slow, decline in inflation gave them room to lend more support to a sluggish economy.",
        "Five of the bank’s seven directors voted for the half-point reduction, while two favored a smaller cut of 25 basis points, Governor Mauricio Quintero told reporters after the meeting. None of the directors voted to keep the rate at 9.25%.",
        "The decision, published shortly after 5 p.m. local time (2200 GMT), matched the forecasts of 14 of 22 analysts polled by Andean Wire earlier in the week. The other eight had expected a quarter-point move.",
        "“Inflation is moving in the right direction, although more slowly than we would like,” Quintero said. “The board considered that a cut of this size is consistent with inflation converging to the 3% target in the course of 2027, and it preserves our ability to react if the outlook changes.”",
        "--AD--",
        "Annual consumer inflation fell to 5.1% in February from 5.3% in January, according to national statistics agency DANE, still well above the target, which has a tolerance band of one percentage point on either side. Core inflation, which excludes food and regulated prices, stood at 5.4%.",
        "The bank’s technical staff raised their projection for year-end inflation to 4.2%, from the 4.0% they forecast in January, citing larger-than-expected increases in regulated prices and rents. They kept their forecast for economic growth this year at 2.7%, after growth of about 2.6% in 2025.",
        "Finance Minister German Ospina, who sits on the board and chairs its meetings on behalf of the government, has pressed for faster easing for months. He told reporters the reduction was “a step in the right direction” but that real interest rates remained “too high for an economy that needs investment.”",
        "The government and the central bank have clashed in public over the pace of cuts since last year, with officials arguing that high borrowing costs are choking credit to households and small firms. Bank officials have countered that inflation expectations must be anchored before rates can fall much further.",
        "Quintero said the board had spent a large part of the meeting discussing public finances. The fiscal deficit reached 7.1% of gross domestic product in 2025, according to finance ministry figures. “Uncertainty over the fiscal path remains a risk factor that we are watching very closely,” he said.",
        "The bank has now lowered its rate by a cumulative 450 basis points since it began easing from a peak of 13.25%. At its January meeting it left the rate unchanged at 9.25% in a 6-1 vote, pausing after a run of reductions amid worries about the deficit and a 9.5% rise in the minimum wage.",
        "“The board is signalling that it is comfortable with half-point steps as long as inflation keeps falling,” said Andrés Cárdenas, chief economist at Banco Cordillera in Bogota. “We expect the rate to finish the year around 7.5%, but the fiscal noise could easily slow that down.”",
        "The peso closed 0.4% weaker at 3,912 per dollar, before the decision was announced. Colombia’s benchmark TES bonds due 2034 were little changed in late trading.",
        "The board publishes the minutes of its meetings about a week and a half later. Its next monetary policy meeting is scheduled for April 30.",
    ],
    editing="Reporting by Camila Ferreira and Tomás Lindqvist; Writing by Tomás Lindqvist; Editing by Ruth Abernathy",
    section="Business",
    related=["Chile central bank holds rate, signals patience", "Peru’s inflation slows for third month", "Emerging market currencies: peso, sol slip"],
)

_HC1_B = _paper(
    "The Continental Ledger", "continentalledger.example", "/world/americas/2026/03/28/colombia-central-bank-divided-half-point-cut",
    "Divided board delivers half-point cut as Colombia’s inflation eases",
    "The Banco de la República lowered its benchmark to 8.75 per cent, but the narrow vote exposed a rift over how fast to go",
    ["Isabel Marín Toro"], "2026-03-28T07:30:00-05:00", None, "Saturday 28 March 2026, 7.30am COT",
    [
        "BOGOTÁ — Colombia’s central bank lowered its main interest rate by half a percentage point on Friday, to 8.75 per cent, but the decision laid bare a split on its board over how quickly borrowing costs should come down in an economy still wrestling with stubborn price pressures.",
        "Four of the seven directors backed the half-point cut, while three argued for a more cautious quarter-point reduction, according to the governor’s account of the meeting. The 4-3 vote came after a session that stretched late into the afternoon at the bank’s headquarters in the old centre of the capital.",
        "It was the bank’s first move since January, when the board left the rate on hold at 9.25 per cent, and it takes the total reduction since the start of the easing cycle to 4.5 percentage points from a peak of 13.25 per cent.",
        "Mauricio Quintero Aldana, the bank’s governor, told a news conference that inflation was “moving in the right direction, although more slowly than we would like”. He said the board wanted to see price rises converge on the 3 per cent target during 2027 and insisted the bank would keep “all options open” at coming meetings.",
        "Consumer prices rose 5.1 per cent in the 12 months to February, down from 5.3 per cent a month earlier, according to the statistics agency DANE. But the bank’s own economists now expect inflation to end the year at 4.2 per cent, a little higher than they forecast in January, as increases in electricity tariffs and rents filter through.",
        "> “Half a point is something, but I won’t notice it this month.” — Luz Dary Moncada, bakery owner",
        "Germán Ospina Rueda, the minister of finance, who chairs board meetings on behalf of the government, welcomed the reduction but said it fell short. “Real rates are still too high for an economy that needs investment,” he said, repeating a complaint he has made in almost every public appearance since taking office.",
        "The friction between the finance ministry and the central bank has become a fixture of Colombian politics. Ministers argue that dear credit is strangling small businesses and home buyers; the bank’s defenders reply that its independence, written into the 1991 constitution, is the reason Colombians have not suffered the runaway inflation seen elsewhere in the region.",
        "--AD--",
        "Business groups were broadly pleased. Rodrigo Becerra, president of the National Federation of Retailers, said shop sales had been flat for a year and that lower rates would “at last give consumers some oxygen”. Builders, whose sales of new homes fell sharply in 2025, said they hoped mortgage rates would follow quickly.",
        "For many small firms, the relief will be slow to arrive. Luz Dary Moncada, who runs a bakery in the Chapinero district, said the interest on her working-capital loan had climbed to nearly 28 per cent a year. “Half a point is something, but I won’t notice it this month,” she said. “What I notice is the price of flour and the electricity bill.”",
        "Economists had been divided ahead of the meeting. Of 22 analysts surveyed by a wire service earlier in the week, 14 forecast the half-point move and eight a quarter point. Natalia Gutiérrez, head of research at the brokerage Pacífico Valores, said the tone of the governor’s remarks made a faster pace unlikely. “Nobody on this board is in a hurry,” she said. “I would not bet on anything bigger than 50 basis points at the next meetings.”",
        "The peso ended Friday’s session at about 3,900 per dollar, slightly weaker on the day, in trading that closed before the announcement.",
        "The bank will publish the minutes of Friday’s meeting on April 6, which should shed light on the arguments made by each camp. The board meets again to set rates on April 30.",
    ],
    caption="The headquarters of the Banco de la República in Bogotá. Photograph: Ledger staff",
    section="Americas",
    related=["Colombia’s fiscal rule: what suspension means", "Opinion: central bank independence is worth defending", "Chile’s copper windfall, explained"],
)

_HC1_C = _trade(
    "Latam Rates Monitor", "latamrates.example", "/colombia/banrep-march-2026-review",
    "BanRep: 50bp cut as expected, hawkish tilt in staff projections",
    "Half-point move to 8.75% matches consensus; staff inflation path revised up; we keep 7.50% year-end call",
    ["Daniel Oyarzún", "Priya Raman"], None, None, "Updated 3 hours ago",
    [
        "Colombia’s Banco de la República (BanRep) lowered the policy rate by 50bp to 8.75% at its March meeting, in line with our call and with the majority of the market. The vote was five to two, the minority favouring a 25bp cut; no director argued for a hold.",
        "Governor Mauricio Quintana framed the move as a continuation of a “cautious, data-dependent” easing path and stressed at the post-meeting press conference that half-point steps should not be read as a pre-set pace. “Every meeting is a new decision,” he said.",
        "## Staff projections: the hawkish part",
        "The more interesting part of the communication was the update of the staff’s macroeconomic projections. Laura Victoria Restrepo, the bank’s technical manager — in effect its chief economist — presented a revised path that now has headline CPI ending 2026 at 4.2%, against 4.0% in the January report, and reaching the 3% target only in the second half of 2027.",
        "Core inflation remains the sticking point. At 5.4% y/y in February, it is running above headline (5.1%), driven by services, rents and indexed prices. Restrepo said roughly a third of the CPI basket is still subject to some form of backward-looking indexation, which slows disinflation.",
        "--AD--",
        "## Real rates and neutral",
        "With 12-month inflation expectations at about 4.3% in the bank’s own survey of analysts, the ex-ante real policy rate is roughly 4.4%. That is well above the staff’s estimate of the neutral real rate, which Restrepo put in a 2%–2.5% range. In other words, policy remains restrictive even after 450bp of cumulative cuts from the 13.25% peak.",
        "## Market reaction",
        "Swaps had priced about 45bp of easing going into the meeting, so the outcome was a small dovish surprise at the very front end. The 2-year IBR swap fell by around 6bp after the announcement, while the TES 2034s were broadly unchanged. The peso had closed at 3,912 per dollar before the statement, roughly 0.4% weaker on the session.",
        "“The split is the story,” said Henrik Solberg, emerging-markets strategist at Nordhavn Capital in London. “Two directors wanting 25 tells you the ceiling is 50, and the staff forecasts give the hawks ammunition. I don’t see an acceleration to 75 this year.”",
        "## Fiscal overhang",
        "Quintana’s remarks on public finances were unusually pointed. The central government deficit reached 7.1% of GDP in 2025, and the suspension of the fiscal rule has widened term premia across the TES curve. Finance Minister Germán Ospina, who sits on the board, said after the meeting that the cut was “a step in the right direction” but insufficient.",
        "## Our view",
        "We keep our forecast of a 7.50% policy rate at year-end, which implies a further 125bp of cuts over the remaining decisions of 2026. The risks are skewed towards fewer cuts: weather-related food prices, the pass-through of the 9.5% minimum wage increase decreed in December, and any further slippage on the fiscal side.",
        "What to watch: the minutes (April 6), March CPI (April 8) and the April 30 meeting, which comes with a full Monetary Policy Report.",
    ],
    keyfigs=[("Policy rate", "8.75% (prev. 9.25%)"), ("Decision", "–50bp"), ("Vote", "5–2 (minority: –25bp)"),
             ("Feb CPI", "5.1% y/y"), ("Core CPI", "5.4% y/y"), ("Staff end-2026 CPI", "4.2% (Jan: 4.0%)"),
             ("Next meeting", "30 April")],
    section="Central banks &middot; Colombia",
    related=["BCCh preview: hold, with a dovish bias", "BCRP: pause extended", "Chart pack: Andean real rates"],
    newsletter="Rates Monitor Daily",
)

_HC1_D = _broadcast(
    "Meridian TV News", "meridiantv.example", "/americas/colombia-central-bank-rate-cut-8-75",
    "Colombia’s central bank lowers interest rate to 8.75%",
    "Board votes for half-point cut; finance minister says more is needed",
    "2026-03-27T18:05:00-05:00", None, "27 March 2026, 18:05 (Bogotá)",
    [
        "Colombia’s central bank on Thursday cut its benchmark interest rate by half a percentage point to 8.75%, its first reduction of the year, as inflation continued to cool.",
        "The bank’s board voted 5-2 for the cut, with the two dissenting directors preferring a smaller reduction of a quarter of a point, the bank’s governor, Mauricio Quintero, said at a news conference in Bogotá. The rate had stood at 9.25% since December.",
        "The decision was announced at 5 p.m. in the Colombian capital.",
        "## What does it mean for borrowers?",
        "Central bank cuts are passed on to consumers gradually. Commercial banks usually lower the rates on new mortgages, car loans and credit cards over several months, and some loans are tied to benchmarks that move only slowly.",
        "“People should not expect their card statement to change next week,” said Sofía Arango, an economics professor in Medellín who studies household debt. “But if the bank keeps cutting, by the second half of the year you should see cheaper credit, especially for housing.”",
        "--AD--",
        "Consumer prices are still rising at about 5% a year — 5.1% in February, according to official data — well above the bank’s 3% target. Food prices have eased since last year, but electricity bills, rents and the cost of services have kept inflation high.",
        "Finance minister Germán Ospina, who represents the government on the seven-member board, welcomed the cut but said more was needed, arguing that interest rates adjusted for inflation remained too high for the economy to grow faster.",
        "Governor Quintero defended a more measured approach. “We want inflation to keep falling, and for that we have to be prudent,” he said, adding that the board was also watching the government’s finances with concern.",
        "## A long way down from the peak",
        "Colombia’s central bank raised its rate to a peak of 13.25% to fight the surge in prices that followed the pandemic. It has since lowered it in stages, with pauses along the way, most recently in January, when it held the rate steady.",
        "In a market in downtown Bogotá, shoppers told Meridian that prices still felt high. “Everything went up and nothing came down,” said Jairo Pineda, a taxi driver, as he bought vegetables. “They say inflation is lower, but my money doesn’t stretch further.”",
        "Colombia’s rate remains one of the highest among the large Latin American economies that target inflation. Peru’s central bank, by comparison, has kept its benchmark at 4.25% this year, although inflation there has been far lower, at around 2%.",
        "Some economists worry that the public spat between the government and the bank could itself keep rates higher for longer. “Markets read every criticism of the central bank as a risk,” said Arango. “When investors demand more to lend to the government, that feeds back into the rates everyone else pays.”",
        "Economists expect further cuts this year. Most forecast the rate will end 2026 somewhere between 7.25% and 7.75%, depending on how quickly inflation falls and on the state of public finances.",
        "The board’s next rate decision is due on April 30.",
    ],
    caption="Video: Governor Quintero explains the bank’s decision (2:14)",
    section="Americas",
    related=["Peru’s central bank keeps rate on hold", "Why your mortgage rate lags the central bank", "Colombia’s economy: five charts"],
    authors=("Meridian TV News Americas desk",),
)

STORY_1 = _story(
    "cb-HC1", "central bank", "2026-03-28",
    [_page("https://andeanwire.example/business/colombia-cenbank-rates-2026-03-27/", _HC1_A),
     _page("https://continentalledger.example/world/americas/2026/03/28/colombia-central-bank-divided-half-point-cut", _HC1_B),
     _page("https://latamrates.example/colombia/banrep-march-2026-review", _HC1_C),
     _page("https://meridiantv.example/americas/colombia-central-bank-rate-cut-8-75", _HC1_D)],
    [
        ("board vote split on the half-point cut", r"\b(?:5\s*[-–]\s*2|five[- ]to[- ]two)\b", r"\b(?:4\s*[-–]\s*3|four[- ]to[- ]three)\b"),
        ("governor's surname spelling", r"\bquintero\b", r"\bquintana\b"),
        ("weekday of the decision", r"\bfriday\b|\bmarch 27\b|\b27 march\b", r"\bthursday\b"),
    ],
)

# ===========================================================================
# Story 2 — el-HC2 — Popayán (Colombia) mayoral rerun, Sunday 23 August 2026 (PLANTED)
# ===========================================================================

_HC2_A = _live(
    "Radio Pacífico Sur", "radiopacificosur.example", "/en/live/popayan-mayoral-election-2026-results",
    "Popayán mayoral rerun: Adriana Ruiz wins — as it happened",
    "Live updates as voters in the Cauca capital choose a mayor to replace Julián Andrade, whose 2023 election was annulled",
    "2026-08-23T07:45:00-05:00", "2026-08-23T20:22:00-05:00", "Last updated 23 Aug 2026, 8:22 p.m.",
    [
        "Adriana Ruiz Mosquera wins the Popayán mayoral rerun with 48.27% (61,412 votes), with 99.93% of tables counted",
        "Fabián Cerón Duque second with 36.88% (46,921 votes); Hernando Velasco Íquira third with 9.80%",
        "Turnout 45.4%, down from 52.1% in the regular election of October 2023",
        "Cerón concedes; official scrutiny of the tally sheets begins Monday",
    ],
    [
        ("8:22 p.m.", "Ruiz: ‘a mayor for the whole city’", [
            "Speaking from a stage in Parque Caldas, the city’s main square, the mayor-elect thanked volunteers and promised to reach out to those who did not vote for her.",
            "“Popayán voted for calm, not for revenge,” Ruiz said. “I will be the mayor of those who voted for me and of those who did not. Tomorrow morning we start working on the water supply, because the neighbourhoods of the north cannot wait another dry season.”",
            "She will govern until 31 December 2027, the remainder of the term that Andrade was elected to serve.",
        ]),
        ("7:18 p.m.", "Cerón concedes", [
            "Fabián Cerón Duque has conceded. Speaking to supporters at his campaign office on Calle 5, he said: “I called Adriana Ruiz to congratulate her. Popayán has spoken, and from tomorrow we will be a firm but respectful opposition.”",
            "He made no mention of the complaints his campaign raised this morning (see 11.30 a.m.).",
        ]),
        ("6:58 p.m.", "Velasco yet to comment", [
            "Third-placed Hernando Velasco Íquira has not commented on the result so far. A spokeswoman for his campaign told us he would speak to reporters on Monday.",
        ]),
        ("6:40 p.m.", "Turnout lower than in 2023", [
            "Liliana Orozco Paz, the Registraduría’s delegate for Cauca, told a press briefing that turnout stood at 45.4%, with 129,736 of the 285,912 registered voters casting a ballot. That is below the 52.1% recorded in the regular local elections of October 2023.",
            "Turnout was weaker in the rural townships around the city, at about 38.7%, Orozco said, partly because of heavy rain in the morning on the roads to the east.",
        ]),
        ("6:25 p.m.", "99.93% counted: Ruiz 48.27%", [
            "With 99.93% of polling tables counted in the preliminary count:",
            "<ul><li>Adriana Ruiz Mosquera (Popayán Primero): 61,412 votes — 48.27%</li><li>Fabián Cerón Duque (Cauca Digna): 46,921 — 36.88%</li><li>Hernando Velasco Íquira: 12,468 — 9.80%</li><li>Two other candidates: 1,874 and 1,246 votes</li><li>Blank vote: 3,298 — 2.59%</li></ul>",
            "The gap between the top two is 14,491 votes. There is no second round in Colombian mayoral elections, so Ruiz is the winner once the count is confirmed.",
        ]),
        ("5:40 p.m.", "92.4% counted: Ruiz stretches lead", [
            "With 92.4% of tables counted, Ruiz has 47.9% and Cerón 37.3%. The later tables are coming in from the southern comunas, where Ruiz was expected to do well.",
        ]),
        ("5:02 p.m.", "First bulletin", [
            "The Registraduría’s first substantial bulletin, with 61.2% of tables counted: Ruiz 47.1%, Cerón 38.0%, Velasco 10.1%.",
        ]),
        ("4:00 p.m.", "Polls close", [
            "Voting has ended at the 96 voting sites across the municipality (4 p.m. local time, 2100 GMT). Counting at the 805 tables begins immediately.",
            "The Electoral Observation Mission (MOE) said it had received 14 reports of irregularities during the day, most of them about campaigning near voting sites, which is banned on election day.",
        ]),
        ("11:30 a.m.", "Cerón campaign alleges problems", [
            "Ricardo Idrobo, Cerón’s campaign manager, told reporters that the campaign’s witnesses had reported problems at 37 tables, including late openings and missing forms. The Registraduría said all tables had opened and the forms had been delivered.",
        ]),
        ("8:00 a.m.", "Polls open", [
            "Good morning from Popayán. Polls are open from 8 a.m. to 4 p.m. About 2,100 police officers and soldiers have been deployed, and a ban on the sale of alcohol has been in force since 6 p.m. yesterday.",
            "The rerun was called after the Council of State annulled Andrade’s election in April, ruling that he had signed a contract with a municipal agency within the year before the 2023 vote. Since then the city has been run by an acting mayor, Carlos Eduardo Muñoz, appointed by the governor of Cauca.",
        ]),
    ],
    related=["Profile: who is Adriana Ruiz?", "Why Popayán had to vote again", "Cauca’s water crisis in numbers"],
    authors=("Andrea Bolaños", "Felipe Chantre"),
)

_HC2_B = _regional(
    "Cauca Courier", "caucacourier.example", "/local/popayan-wakes-up-to-new-mayor",
    "Popayán wakes up to a new mayor — and an old list of problems",
    "Adriana Ruiz won Sunday’s rerun comfortably; water, traffic and the long shadow of the annulled 2023 election await her",
    "By Marcela Sandoval", None, "Monday, August 24, 2026",
    [
        "POPAYÁN — The banners were coming down by mid-morning on Monday and street sweepers were clearing confetti from the paving stones of Parque Caldas, where Adriana Ruiz Mosquera celebrated her victory in Sunday’s mayoral rerun late into the night.",
        "Ruiz, a 46-year-old civil engineer who ran the municipal water company for four years, won 48.3% of the vote, more than 14,000 votes ahead of her nearest rival, Fabián Cerón Duque, according to the preliminary count published by the Registraduría on Sunday evening.",
        "“Popayán voted for calm, not for revenge,” she told the crowd, promising to govern “for those who voted for me and for those who did not.”",
        "The result was accepted quickly by her rivals. “I called Adriana Ruiz to congratulate her. Popayán has spoken,” said Hernando Velasco Íquira, who finished third, adding that his movement would be “a firm but respectful opposition.”",
        "--AD--",
        "The official scrutiny of the tally sheets began at 9 a.m. on Monday at the Registraduría’s offices on Carrera 6. Liliana Orozco Paz, the departmental registrar, said she expected the commission to finish its review by Wednesday and to hand Ruiz her credentials soon after. Ruiz could take office before the end of the month.",
        "She will serve only until 31 December 2027, the remainder of the four-year term won in 2023 by Julián Andrade Certuche, whose election the Council of State annulled in April because he had signed a contract with a municipal agency within the year before the vote.",
        "## A short term, a long list",
        "Sixteen months is not long to tackle the problems residents raised again and again in interviews with the Courier on Monday.",
        "At the top of the list is water. Several neighbourhoods in the north of the city went without running water for up to three days a week during last year’s dry season, and the treatment plant that serves them is running close to capacity. Ruiz has promised to start work on a second intake on the Cauca river within her first hundred days.",
        "“We have heard promises for ten years,” said Gloria Muñoz, who sells fruit at the Bolívar market. “If she ran the water company, she knows where the pipes are. Let’s see if she knows where the money is.”",
        "Traffic comes next. The city’s historic centre, with its white colonial facades, was not built for the number of motorcycles now on its streets, and the work on the southern section of the ring road has been stalled for two years.",
        "## Lower turnout",
        "Only 45.4% of the 285,912 registered voters cast a ballot, according to the Registraduría, compared with 52.1% in the regular local elections of October 2023. In the rural townships the figure was lower still, at around 38.7%. Observers blamed rain, fatigue with politics and a campaign that lasted barely two months.",
        "The Electoral Observation Mission (MOE) said it had received 14 reports of irregularities on Sunday, none of which, in its view, affected the result. Tatiana Erazo, the mission’s coordinator in Cauca, said the day had been “calm and orderly”, but urged the authorities to investigate reports of vote-buying in two rural townships.",
        "The acting mayor, Carlos Eduardo Muñoz, who was appointed by the governor after Andrade was removed, said his team had prepared a handover report and would meet Ruiz’s transition team on Tuesday.",
    ],
    caption="Supporters of Adriana Ruiz celebrate in Parque Caldas on Sunday night. Courier photo",
    section="Popayán",
    related=["Editorial: a mandate to fix the water", "Rural townships: why fewer people voted", "Sports: Popayán’s derby ends in a draw"],
    weather="Popayán: showers, 19&deg;C",
)

_HC2_C = _wire(
    "Pan-American Press", "papress.example", "/americas/colombia-popayan-mayor-rerun-ruiz-wins",
    "Centrist engineer Ruiz wins rerun for mayor of Colombia’s Popayán",
    "Former water company chief beats Cerón after 2023 election annulled",
    ["Gustavo Rengifo"], "2026-08-23T21:30:00-05:00", None, "Aug. 23, 2026 9:30 PM COT",
    [
        "POPAYÁN, Colombia (PAP) — Centrist civil engineer Adriana Ruiz won a rerun election for mayor of the southwestern Colombian city of Popayán on Sunday, four months after a court annulled the 2023 victory of the city’s previous mayor.",
        "With 99.93% of polling tables counted, Ruiz had 43.8% of the vote against 36.9% for Fabián Cerón, a former city councilor backed by a coalition of left-leaning movements, according to the national registry office. Hernando Velasco, a businessman, was third with about 10%.",
        "Cerón conceded about three hours after polls closed. “Popayán has spoken, and from tomorrow we will be a firm but respectful opposition,” he told supporters.",
        "Ruiz, 46, ran the municipal water company for four years before entering politics, and made the city’s chronic water shortages the centerpiece of her campaign. “Popayán voted for calm, not for revenge,” she said in a victory speech in the city’s main square.",
        "--AD--",
        "Colombia’s Council of State, the highest administrative court, annulled the election of Julián Andrade in April, ruling that he was barred from running because he had signed a contract with a municipal agency within a year of the October 2023 vote. Andrade had won that election with 41.5% of the vote. He has denied wrongdoing and called the ruling politically motivated.",
        "Since then, Popayán, a colonial city of some 330,000 people known for its whitewashed historic center and its Holy Week processions, has been governed by an acting mayor named by the departmental governor.",
        "Turnout was about 45%, the registry office said, lower than in 2023. More than 2,000 members of the security forces were deployed to protect voting sites, and authorities reported no serious incidents. Polls were open from 8 a.m. to 4 p.m.",
        "The vote was closely watched as a test of local coalitions ahead of the regional elections due across Colombia in October 2027, and of the weight of armed-conflict issues in Cauca, one of the departments most affected by violence involving dissident guerrilla factions and drug-trafficking groups.",
        "Cauca has seen repeated attacks on police stations and blockades of the Pan-American Highway, the main road linking Colombia to Ecuador, which runs through Popayán. Both leading candidates promised closer coordination with the national government on security, though the mayor has limited powers over the police and army.",
        "Analysts said Ruiz benefited from a reputation as a technocrat at a time of fatigue with the city’s political feuds. “Voters wanted someone who talks about pipes and budgets, not about enemies,” said Juan Pablo Caicedo, a political scientist at a university in Cali.",
        "The result will become official after a scrutiny of tally sheets by electoral commissions, which is due to begin Monday. Ruiz will serve until the end of 2027.",
    ],
    editing="Associated reporting by Lina Ortiz in Bogotá.",
    section="Americas",
    related=["Colombia: what are ‘atypical’ elections?", "Cauca violence: a timeline", "Ecuador border trade reopens"],
)

_HC2_D = _paper(
    "The Andean Observer", "andeanobserver.example", "/politics/2026/08/24/popayan-ruiz-victory-what-it-means",
    "In Popayán, a technocrat’s win offers a template — and a warning",
    "Adriana Ruiz’s clear victory in the Cauca capital rerun suggests voters are tired of feuds. Low turnout tells another story",
    ["Santiago Ledesma"], "2026-08-24T06:00:00-05:00", "2026-08-24T09:15:00-05:00", "24 August 2026 · 06:00",
    [
        "When the Registraduría’s final bulletin of the night flashed on the screens in Popayán on Sunday, the margin was wider than almost anyone had predicted. Adriana Ruiz Mosquera, a civil engineer with no party card, had 48.3% of the vote. Fabián Cerón Duque, who had led in two of the three published polls, had 36.9%.",
        "An 11-point lead — 11.4 percentage points, to be exact — in a rerun that few people wanted and fewer expected to be decisive is a notable result, and politicians in Bogotá will spend the coming weeks arguing over what it means.",
        "The easy reading is that voters in the Cauca capital rewarded competence over confrontation. Ruiz ran the city’s water company for four years and campaigned almost entirely on pipes, reservoirs and budgets. Her victory speech — “Popayán voted for calm, not for revenge” — was a barely veiled jab at the tone of a campaign in which Cerón repeatedly denounced the “clans” he said had captured city hall.",
        "--AD--",
        "The harder reading starts with turnout. Liliana Orozco, the national registrar, put it at 45.4%, well below the 52.1% of October 2023. In the rural townships that ring the city, barely 38.7% of voters turned out. A mayor elected by about 21% of the registered electorate — 61,412 votes out of 285,912 on the roll — starts with a thin mandate, however large her margin over the runner-up.",
        "## The shadow of 2023",
        "The rerun was forced on the city by the Council of State, which in April annulled the election of Julián Andrade Certuche because he had signed a contract with a municipal agency within the year before the vote, something Colombian law forbids. Andrade, who won in 2023 with 41.5%, backed no one this time, but several of his former councillors campaigned for Cerón.",
        "Ruiz’s share was nearly seven points higher than Andrade’s in 2023, though comparisons are imperfect: there were eight candidates then and five this time.",
        "Cerón, for his part, ran a disciplined campaign and conceded graciously. “I called Adriana Ruiz to congratulate her,” he told supporters on Sunday evening, promising a “firm but respectful opposition”. Earlier in the day his campaign manager had complained of problems at 37 polling tables; by nightfall that complaint had been quietly dropped.",
        "The Electoral Observation Mission, which counted 14 reports of irregularities during the day, described the vote as orderly.",
        "## The national angle",
        "For the new national government, in office for just over two weeks, the result is neither a triumph nor a defeat: it did not field its own candidate. But the coalition that backed Ruiz — a mix of centrist movements, business associations and a handful of local Liberal and Green figures — looks a lot like the alliance that opposition strategists have been trying to assemble for the regional elections of October 2027.",
        "“Popayán is small, but it is a laboratory,” said Verónica Lasso, a political analyst who advises several governors. “If a candidate with no party machine can win by more than 14,000 votes in a city like this, every party in the country will be looking for its own engineer.”",
        "## What comes next",
        "The official scrutiny began on Monday morning and is expected to take two or three days. Ruiz will then receive her credentials and take office, replacing the acting mayor, Carlos Eduardo Muñoz. Her term ends on 31 December 2027 — barely 16 months to show that a technocrat can deliver.",
    ],
    caption="Adriana Ruiz Mosquera addresses supporters in Parque Caldas, Popayán, on Sunday night.",
    section="Politics",
    related=["Colombia’s atypical elections: a record year", "Cauca: security dominates campaign", "Interactive: results by comuna"],
    newsletter="Observer Politics",
)

STORY_2 = _story(
    "el-HC2", "election", "2026-08-24",
    [_page("https://radiopacificosur.example/en/live/popayan-mayoral-election-2026-results", _HC2_A),
     _page("https://caucacourier.example/local/popayan-wakes-up-to-new-mayor", _HC2_B),
     _page("https://papress.example/americas/colombia-popayan-mayor-rerun-ruiz-wins", _HC2_C),
     _page("https://andeanobserver.example/politics/2026/08/24/popayan-ruiz-victory-what-it-means", _HC2_D)],
    [
        ("winner's share with 99.93% of tables counted", r"\b48[.,](?:3|27)\b", r"\b43[.,]8\b"),
        ("who made the concession remark (quote attributed to another candidate)", r"\bcer[oó]n\b", r"\bvelasco\b"),
        ("Liliana Orozco's title", r"\bdelegate\b|departmental registrar", r"\bnational registrar\b"),
    ],
)

# ===========================================================================
# Story 3 — ct-HC3 — Ecuador Constitutional Court clears Azuay mining vote (CONTROL)
# Plenary vote Thursday 14 May 2026; full ruling published Monday 18 May 2026
# ===========================================================================

_HC3_A = _wire(
    "Latin Dispatch", "latindispatch.example", "/news/2026/05/14/ecuador-court-azuay-mining-referendum",
    "Ecuador court clears way for Azuay vote on mining ban in water areas",
    "Constitutional Court approves one question 7-2, rejects second on revoking existing concessions",
    ["Verónica Almeida"], "2026-05-14T21:05:00-05:00", None, "May 14, 2026 · 9:05 PM ECT",
    [
        "QUITO, May 14 (Latin Dispatch) — Ecuador’s Constitutional Court on Thursday cleared the way for voters in the southern province of Azuay to decide whether to ban large- and medium-scale metal mining in highland páramo and water-recharge areas, a setback for gold and copper projects in one of the country’s most promising mineral belts.",
        "The nine-member court approved the proposed ballot question by a 7-2 vote, according to a statement issued after a plenary session in Quito. It unanimously rejected a second question, which would have asked voters whether mining concessions already granted in those areas should be revoked.",
        "The court announced the decision at 7:40 p.m. local time (0040 GMT on Friday). The full text of the ruling, including the reasoning of the two dissenting judges, will be published in the coming days, a court spokesperson said.",
        "The approved question covers an area of about 3,100 square kilometers (1,200 square miles) of páramo grassland and the headwaters of rivers that supply Cuenca, Ecuador’s third-largest city, and dozens of rural parishes.",
        "--AD--",
        "“This is a historic day for the water of Azuay,” provincial prefect Marcelo Vintimilla, who submitted the request in January, told Latin Dispatch by telephone. “The court has recognized that the people have the right to decide what happens to the sources of their water.”",
        "In a short statement, Energy and Mines Minister Rodrigo Gallegos said the government respected the court’s decisions but warned that “mixed signals” could deter the foreign investment the country needs. Ecuador’s mining exports reached about $3.1 billion last year, according to central bank figures.",
        "The court’s statement said the result of any vote would apply from the date of the consultation onward and would not automatically cancel existing mining titles, which is why the second question was struck down. But concession holders that do not yet have environmental licenses for exploitation would be unable to obtain them in the areas covered, lawyers said.",
        "That includes the Rumiurco gold-copper project of Toronto-listed Sierra Austral Gold Corp, which is in an advanced stage of exploration in the province. The company did not immediately respond to a request for comment.",
        "The ruling is the latest chapter in a long-running dispute over mining in Azuay. In 2019, the Constitutional Court rejected an earlier request from the provincial government, finding that the questions were poorly drafted. In 2021, voters in Cuenca approved a ban on mining near five rivers that feed the city, with roughly 80% voting in favor.",
        "Mining groups have argued that local consultations cannot override the national government’s control over subsoil resources. Environmental and indigenous organizations say the constitution gives communities the right to be consulted on projects that affect their water.",
        "The National Electoral Council (CNE) must now set a date for the vote and approve a budget. Nearly 700,000 people are registered to vote in Azuay.",
    ],
    editing="Additional reporting by Esteban Jaramillo in Cuenca; editing by Paula Greer",
    section="Americas",
    related=["Ecuador’s mining boom: a primer", "Quito voters backed Chocó Andino ban in 2023", "Peru copper output rises"],
)

_HC3_B = _trade(
    "Mining Frontier", "miningfrontier.example", "/news/sierra-austral-shares-slide-ecuador-court-azuay",
    "Sierra Austral slides 11% as Ecuador court green-lights Azuay mining vote",
    "Rumiurco’s path to an exploitation licence clouded; analysts cut targets",
    ["Owen Marchetti"], "2026-05-15T16:40:00-04:00", None, "15 May 2026, 4:40 pm ET",
    [
        "Shares of Sierra Austral Gold Corp (TSX: SAG) closed down 11.2% at C$3.42 in Toronto on Friday, after falling as much as 14% in early trading, as investors digested a late-Thursday ruling by Ecuador’s Constitutional Court that allows a provincial vote on banning metal mining in water-recharge zones of Azuay.",
        "The slide wiped roughly C$77 million off the company’s market value, which now stands at about C$610 million (about US$440 million).",
        "## What the court decided",
        "By seven votes to two, the court’s judges found that the first of two questions put forward by the provincial government of Azuay met constitutional requirements. That question asks voters whether they agree to prohibit large- and medium-scale metal mining in páramo and water-recharge areas identified on maps annexed to the request — about 310,000 hectares in total.",
        "All nine judges rejected the second question, which would have asked voters to revoke concessions already granted. The court said a consultation could not retroactively strip holders of acquired rights. The full judgment is expected to be published next week.",
        "The distinction matters for Sierra Austral. The company holds its Rumiurco concessions legally, but the project has not yet obtained the environmental licence it needs to move from exploration to construction and production. If the ban is approved, lawyers for the company acknowledge, that licence could not be granted for the roughly 40% of the concession area that lies inside the mapped zone.",
        "--AD--",
        "## Company response",
        "In a statement released before the market opened, chief executive Graham Whitcombe said the company was “reviewing the decision with our Ecuadorian counsel” and noted that “the court has confirmed that existing titles remain valid.” He said Sierra Austral would “engage constructively with communities and authorities” ahead of any vote.",
        "Rumiurco is one of the larger undeveloped gold-copper deposits in the southern Andes of Ecuador. The company’s 2025 pre-feasibility study estimated probable reserves of 3.2 million ounces of gold and put initial capital spending at US$1.4 billion, with first production targeted for 2030.",
        "## Analysts react",
        "Megan Thorsby, an analyst at Haldane &amp; Rowe, cut her price target to C$4.10 from C$6.25, writing that the ruling “introduces a binary political risk that the market cannot diversify away.” She now assigns a 55% probability to the ban being approved. Others were more sanguine. “Azuay voters are not a monolith; the rural parishes near the deposit depend on jobs,” said Rafael Quezada, a Quito-based consultant who advises mining firms.",
        "The Ecuadorian Chamber of Mining’s president, Jorge Coronel Pacheco, said the decision “creates a patchwork in which each province can write its own mining law,” and called on the national assembly to clarify the rules. Energy and Mines Minister Rodrigo Gallegos Vaca said the government respected the court but that investors needed “predictability.”",
        "## What’s next",
        "Ecuador’s National Electoral Council must schedule the consultation and approve its budget. Azuay’s prefect has said he hopes for a vote in October; the council has not committed to a date.",
        "Ecuador’s mining exports totalled roughly US$3.1 billion in 2025, dominated by two large operations in the southeast of the country. The government has been trying to attract a second wave of projects, and a number of juniors with Azuay exposure also fell on Friday.",
    ],
    keyfigs=[("Company", "Sierra Austral Gold Corp (TSX: SAG)"), ("Close, 15 May", "C$3.42 (–11.2%)"),
             ("Intraday low", "–14%"), ("Court vote, question 1", "7–2 (approved)"), ("Question 2", "rejected 9–0"),
             ("Rumiurco capex (PFS)", "US$1.4bn"), ("Probable reserves", "3.2 Moz Au")],
    section="Markets &middot; Latin America",
    related=["Ecuador: a guide to mining consultations", "Juniors to watch in the southern Andes", "Gold price weekly"],
    newsletter="Frontier Morning Brief",
)

_HC3_C = _regional(
    "The Cuenca Herald", "cuencaherald.example", "/azuay/court-ruling-mining-consultation-full-text",
    "Inside the court ruling that puts Azuay’s water on the ballot",
    "The 64-page judgment, published Monday, sets out why seven judges said yes — and why two dissented",
    "Sebastián Crespo Vintimilla", None, "Updated 2 days ago",
    [
        "CUENCA — Four days after the Constitutional Court approved a provincial vote on mining in Azuay’s water-recharge areas, the full text of the ruling was published on Monday, and it offers the clearest picture yet of what voters will be asked — and what they will not.",
        "The judgment, which runs to 64 pages, confirms the outcome announced in a brief statement on Thursday, May 14, after the court’s plenary session in Quito: seven of the nine judges found that the first question proposed by the provincial government was constitutional; two voted against.",
        "The rapporteur, Judge Mónica Pazmiño Ordóñez, wrote for the majority that the question was “clear, loyal to the voter and accompanied by technical annexes that identify with precision the areas concerned.” Those annexes are maps covering some 3,100 square kilometres — more than a third of the province — including the páramos of the Cajas massif and the headwaters of the Tarqui, Yanuncay and Machángara rivers.",
        "--AD--",
        "## The dissents",
        "The two dissenting judges, Fernando Arízaga León and Patricio Yépez Carrión, wrote separate opinions. Arízaga argued that voters could not be expected to understand a question whose scope depends on maps “that no citizen will read in the voting booth.” Yépez said a provincial consultation could not, in his view, restrict an activity that the constitution places under the control of the central state.",
        "The court was unanimous, however, in striking down the second question, which asked whether concessions already granted should be revoked. The judges held that a popular vote cannot take away rights acquired under the law, and that any ban would apply only from the date of the consultation onwards.",
        "Court president Ramiro Salgado Benítez, who voted with the majority, did not write a separate opinion.",
        "## ‘Our water is not for sale’",
        "In the rural parishes south of Cuenca, the news was celebrated with fireworks on Thursday night. “We have been fighting for this since before my children were born,” said Rosa Guamán, who leads the federation of irrigation boards in the Tarqui valley. “Our water is not for sale, and now the whole province can say so.”",
        "Not everyone in the countryside agrees. In the parish closest to the Rumiurco exploration camp, run by the Canadian-listed Sierra Austral Gold, some residents fear for the jobs the project has brought. “Forty people from here work at the camp,” said Efraín Lojano, a local councillor. “Nobody from the city has told us what we will do instead.”",
        "## When will Azuay vote?",
        "The ruling now passes to the National Electoral Council (CNE), which must call the consultation and approve its budget. Prefect Marcelo Vintimilla Ochoa said on Monday that he hoped the vote could be held in October and estimated the cost at about $4.5 million, to be covered by the provincial government.",
        "Paúl Salazar Endara, a member of the CNE, was more cautious. Given the time needed to print ballots, train poll workers and run the campaign period, he said, a date “no earlier than November” was realistic, and the council’s own estimate of the cost was closer to $5 million.",
        "## A long road",
        "It is not the province’s first attempt. In September 2019, the court turned down an earlier request from the provincial government, finding the questions poorly drafted. Two years later, in February 2021, voters in the canton of Cuenca approved a ban on mining near five rivers with about 80% of the vote.",
        "This time the consultation would cover the whole province, where nearly 700,000 people are registered to vote.",
    ],
    caption="The Cajas páramo, west of Cuenca, whose lakes feed the Tomebamba river. Herald archive",
    section="Azuay",
    related=["Map: the areas covered by the question", "Opinion: let the province decide", "Cuenca tram ridership hits record"],
    weather="Cuenca: cloudy, 17&deg;C",
)

_HC3_D = _broadcast(
    "Sierra Noticias TV", "sierranoticias.example", "/explainers/azuay-mining-consultation-court-what-it-means",
    "Azuay mining vote: what the Constitutional Court decided and what happens next",
    "A quick guide to the ruling that allows a provincial consultation on mining in water areas",
    "2026-05-15T07:30:00-05:00", "2026-05-15T11:10:00-05:00", "Friday, May 15, 2026 · 7:30 a.m.",
    [
        "Late on Thursday, Ecuador’s Constitutional Court gave the green light for the province of Azuay to hold a popular consultation on mining. Here is what we know so far.",
        "## What did the court decide?",
        "Seven of the nine judges approved the first question proposed by the provincial government, which asks voters whether they agree to ban large- and medium-scale metal mining in páramo areas and the zones that recharge rivers and aquifers. Two judges voted against.",
        "A second question, asking whether existing mining concessions should be revoked, was rejected by all the judges. According to the court, a consultation cannot cancel rights that were legally granted in the past.",
        "## Which areas are covered?",
        "The maps attached to the request cover roughly 310,000 hectares, mainly high-altitude grassland and the headwaters of the rivers that supply Cuenca and many rural parishes. Small-scale and artisanal mining are not covered by the question.",
        "--AD--",
        "## Who asked for the vote?",
        "The request was filed in January by the prefect of Azuay, Marcelo Vintimilla. Speaking to Sierra Noticias on Friday morning, the prefect called the ruling “a victory for the water and for democracy.”",
        "“Nobody is against work or investment,” he said. “What we are saying is that there are places where you cannot mine, because that is where our water is born.”",
        "## What do the miners say?",
        "The Ecuadorian Chamber of Mining said the decision sends a worrying message to investors. Its president, Jorge Coronel, told our programme that the country risked having “24 different mining policies, one for each province.”",
        "The minister of energy and mines, Rodrigo Gallegos, said in a statement that the government respected the ruling but called for legal certainty for companies already working in the country.",
        "## When is the vote?",
        "There is no date yet. The National Electoral Council has to call the consultation and approve a budget. The prefect has said he would like the vote to be held in the second half of the year.",
        "## Has this happened before?",
        "Yes. In 2021, voters in Cuenca approved a ban on mining around five rivers, and in 2023 residents of Quito voted to protect the Chocó Andino forest from mining. An earlier attempt by Azuay’s provincial government to hold a consultation was rejected by the court in 2019.",
        "## Where can I read the ruling?",
        "The court said the full text would be published on its website in the coming days, together with the opinions of the two judges who dissented. We will update this article when it is available.",
    ],
    caption="Video: celebrations in Tarqui after the court’s decision",
    section="Ecuador",
    related=["Cuenca’s 2021 water vote, five years on", "Prefect Vintimilla: ‘the water comes first’", "Weather: rain expected in the Sierra"],
    authors=("Sierra Noticias newsroom",),
)

STORY_3 = _story(
    "ct-HC3", "court", "2026-05-20",
    [_page("https://latindispatch.example/news/2026/05/14/ecuador-court-azuay-mining-referendum", _HC3_A),
     _page("https://miningfrontier.example/news/sierra-austral-shares-slide-ecuador-court-azuay", _HC3_B),
     _page("https://cuencaherald.example/azuay/court-ruling-mining-consultation-full-text", _HC3_C),
     _page("https://sierranoticias.example/explainers/azuay-mining-consultation-court-what-it-means", _HC3_D)],
    [],
)

# ===========================================================================
# Story 4 — tr-HC4 — Chile May 2026 trade balance, released Monday 8 June 2026 (CONTROL)
# ===========================================================================

_HC4_A = _wire(
    "Pacific Markets Wire", "pacmarketswire.example", "/markets/chile-trade-balance-may-2026/",
    "Chile’s May trade surplus widens to $2.27 bln as copper prices lift exports",
    "Surplus beats forecasts; April figure revised down; copper shipments up 14.2% in value",
    ["Nicolás Fuenzalida"], "2026-06-08T09:02:00-04:00", "2026-06-08T10:15:00-04:00",
    "June 8, 2026 9:02 AM GMT-4 · Updated an hour ago",
    [
        "SANTIAGO, June 8 (PMW) - Chile posted a trade surplus of $2.27 billion in May, wider than expected and up from $1.74 billion a year earlier, as high copper prices pushed up the value of the world’s top producer’s mineral exports, central bank data showed on Monday.",
        "The median forecast of nine economists polled by Pacific Markets Wire had been for a surplus of $1.95 billion.",
        "Exports rose 8.6% from May 2025 to $9.42 billion, while imports climbed 3.1% to $7.15 billion, the Banco Central de Chile said in its monthly report, published at 8:30 a.m. local time (1230 GMT).",
        "Copper exports jumped 14.2% to $5.03 billion. The increase reflected prices rather than volumes: shipments of the metal fell slightly in tonnage terms, the bank said, as several large mines reported lower ore grades.",
        "--AD--",
        "Benchmark copper on the London Metal Exchange averaged about $11,290 a tonne in May, close to record territory, supported by supply disruptions elsewhere and strong demand linked to power grids and data centers.",
        "Exports of lithium carbonate, Chile’s second mining product, fell 21% to $312 million as prices for the battery metal remained far below the peaks of 2022.",
        "The central bank also revised its estimate of April’s trade surplus to $1.58 billion from the $1.64 billion it initially reported.",
        "In the first five months of the year, the surplus totaled $9.8 billion, compared with $8.1 billion in the same period of 2025.",
        "“It’s a copper story from top to bottom,” said Felipe Ibáñez, chief economist at Banco del Sur in Santiago. “Non-mining exports are holding up, but without the price of copper we would be talking about a very ordinary month.”",
        "Imports of consumer goods rose 6.4%, led by cars and electronics, while imports of capital goods fell 2.2%, a sign that business investment outside mining remains sluggish. Imports of intermediate goods, including fuel, increased 2.5%.",
        "China remained Chile’s biggest customer, buying goods worth about $3.7 billion in May, or nearly 40% of the total.",
        "Rachel Okafor, an economist at Brightwater Research in London, said the figures showed a country “getting richer from copper without producing more of it,” and warned that mine volumes had been flat to lower for three years.",
        "Trade officials are also keeping an eye on U.S. policy. Washington applies a 50% tariff to imports of semi-finished copper products such as pipes and wire, but refined cathodes, which make up the bulk of Chile’s copper sales to U.S. buyers, are exempt.",
        "The figures come as the central bank weighs how quickly to continue lowering interest rates. Economic activity grew 2.4% in April from a year earlier, the bank reported last week, with mining output roughly flat and services and retail doing most of the lifting.",
        "Analysts expect the surplus to narrow in the second half of the year as imports of fuel and capital goods pick up and as the comparison with last year’s higher copper shipments becomes tougher. The bank will publish June trade data in early July.",
        "The Chilean peso was little changed at around 926 per dollar after the data.",
    ],
    editing="Reporting by Nicolás Fuenzalida; Editing by Hannah Kowalczyk",
    section="Markets",
    related=["Copper hits two-week high on supply worries", "Peru’s trade surplus narrows in April", "Chile central bank minutes: board split on pace of cuts"],
)

_HC4_B = _paper(
    "The Santiago Chronicle", "santiagochronicle.example", "/business/2026/06/08/copper-carries-chile-trade-surplus-may",
    "Copper carries Chile to a $2.3bn surplus — but the rest of the trade picture is mixed",
    "May’s figures show record-like prices masking flat mine volumes, a lithium slump and weak investment imports",
    ["Josefina Arancibia", "Martín Olave"], "2026-06-08T18:30:00-04:00", None, "Monday 8 June 2026, 18:30",
    [
        "Chile’s trade surplus widened to about $2.3 billion in May, the central bank reported on Monday, thanks almost entirely to the price of copper. Strip out the red metal and the picture is far less cheerful.",
        "Exports totalled $9.42 billion, 8.6 per cent more than in May last year, and imports $7.15 billion, up 3.1 per cent. The surplus of $2.27 billion — roughly 2.1 trillion pesos at Monday’s exchange rate — compares with $1.74 billion a year earlier and was above the $1.95 billion economists had forecast.",
        "Copper alone brought in $5.03 billion, or more than half of all exports. Its share of the total rose to 53.4 per cent from 50.8 per cent a year earlier, an increase of 2.6 percentage points, even though the volume shipped fell.",
        "“Prices are doing all the work,” said Rachel Okafor, an economist at Brightwater Research in London who covers the Andean economies. “Volumes have been flat to down for three years. Chile is getting richer from copper without producing more of it, and that is not a strategy, it is luck.”",
        "--AD--",
        "## Lithium’s long slide",
        "The contrast with lithium is stark. Sales of lithium carbonate abroad fell 21 per cent from a year earlier to $312 million, as prices hovered at around $10,800 a tonne, a fraction of what they fetched at the height of the electric-vehicle boom. Two projects in the Atacama salt flat have been delayed this year.",
        "Fruit exporters, meanwhile, are in their quiet season — the cherry harvest that dominates Chile’s shipments to China runs from November to February — but salmon exports rose about 4 per cent to $560 million, helped by strong demand in the United States and Brazil.",
        "## Weak investment signal",
        "On the import side, the detail is less encouraging. Purchases of capital goods — machinery, trucks and equipment that firms buy when they expand — fell 2.2 per cent, while consumer goods imports grew 6.4 per cent. Economists read that as a sign that households are spending more confidently than businesses are investing.",
        "Vicente Larraín Ossa, the undersecretary for international economic relations, said the government was “encouraged” by the numbers and pointed to talks with India and the Gulf states as a way to diversify markets. About 39 per cent of Chile’s exports in May went to China.",
        "Trade officials are also watching Washington. The United States imposes a 50 per cent tariff on imports of semi-finished copper products such as pipes and wire, while refined cathodes, which make up most of Chile’s sales to American buyers, are exempt. “Any change to that exemption would be felt immediately,” Larraín said.",
        "## Revisions and the year so far",
        "The central bank lowered its estimate of April’s surplus to $1.58 billion, from the $1.64 billion it published a month ago, after updating customs records. Over the first five months of the year, the surplus reached $9.8 billion, up from $8.1 billion a year earlier.",
        "The central bank will publish its quarterly balance-of-payments estimates, including the services and income accounts, in August.",
    ],
    caption="Copper cathodes await shipment at the port of San Antonio. Chronicle photo",
    section="Business",
    related=["Lithium: the boom that wasn’t", "Chile’s salmon farmers eye Asia", "Analysis: what a copper price of $5 a pound means for the budget"],
    newsletter="Chronicle Business Daily",
    tagline="Santiago’s English-language daily",
)

_HC4_C = _trade(
    "RedMetal Insight", "redmetalinsight.example", "/copper/chile-may-exports-price-volume",
    "Chile’s May copper receipts: price up, tonnes down",
    "Export value rises 14% y/y to $5.03bn on LME strength while shipped volume slips; Cochilco’s forecast looks conservative",
    ["Bernardo Catalán"], None, None, "SANTIAGO",
    [
        "SANTIAGO — Chilean copper export receipts rose 14.2% year on year in May to US$5.03 billion, according to central bank trade data released on Monday, but the gain was all price. Shipped volumes, by our estimate from customs records, fell about 1.8% over the same period.",
        "The London Metal Exchange cash price averaged roughly US$11,290 per tonne in May — about US$5.12 per pound — compared with about US$9,700/t a year earlier. That is a price gain of around 16%, which more than offsets the slide in tonnage.",
        "## Where the tonnes went",
        "Refined cathode shipments were broadly stable, while concentrate exports declined, reflecting lower head grades at several large open pits in the Antofagasta region and maintenance at a concentrator in the central zone. Codelco, the state producer, reported a 3% rise in its own output in April, its most recent monthly figure, but private operators were weaker.",
        "“The ore-grade problem does not go away because the price is high,” said María Jesús Opazo, an analyst at the Chilean Copper Commission (Cochilco). “What high prices do is make marginal tonnes worth processing. That takes time to show up.”",
        "--AD--",
        "## Forecasts look conservative",
        "Cochilco’s current forecast, published in April, puts the average copper price for 2026 at US$4.85/lb. With the first five months averaging above that level, the commission is widely expected to raise its estimate at its mid-year review in July. Several bank analysts now forecast averages between US$5.00/lb and US$5.30/lb for the year.",
        "For the Chilean treasury, every cent per pound matters. The finance ministry’s budget assumes a long-term reference price set by an independent panel, and higher spot prices flow through to Codelco’s transfers and to corporate tax receipts from private miners with a lag of several months.",
        "## Destinations",
        "China took the largest share of Chilean copper in May, followed by Japan, South Korea and the United States. Cathodes bound for the US continue to enter free of the 50% tariff that Washington applies to semi-finished copper products.",
        "Overall, Chile recorded a goods trade surplus of US$2.27 billion in May, on total exports of US$9.42 billion. Copper accounted for just over 53% of exports by value.",
        "## Lithium and molybdenum",
        "Lithium carbonate exports fell 21% to US$312 million. Molybdenum, a by-product of copper mining that has quietly become Chile’s third-largest mineral export, rose in value on firmer prices, although the central bank does not break it out in its headline release.",
        "“The mining basket is increasingly one-dimensional,” said Opazo. “Copper at these prices hides a lot.”",
        "## What to watch",
        "Cochilco’s July forecast revision, June export data (due in early July) and any sign of recovery in concentrate volumes as new grinding capacity at two expansions comes online in the second half of the year.",
    ],
    keyfigs=[("Copper exports, May", "US$5.03bn (+14.2% y/y)"), ("Est. shipped volume", "≈ –1.8% y/y"),
             ("LME cash avg, May", "≈ US$11,290/t (US$5.12/lb)"), ("Cochilco 2026 forecast", "US$4.85/lb (April)"),
             ("Total exports", "US$9.42bn"), ("Trade surplus", "US$2.27bn")],
    section="Copper &middot; Trade data",
    related=["Peru’s copper output: April", "Codelco’s recovery plan, one year on", "Chart: copper grades in decline"],
    newsletter="RedMetal Daily",
)

STORY_4 = _story(
    "tr-HC4", "trade", "2026-06-09",
    [_page("https://pacmarketswire.example/markets/chile-trade-balance-may-2026/", _HC4_A),
     _page("https://santiagochronicle.example/business/2026/06/08/copper-carries-chile-trade-surplus-may", _HC4_B),
     _page("https://redmetalinsight.example/copper/chile-may-exports-price-volume", _HC4_C)],
    [],
)

# ===========================================================================
# Story 5 — rk-HC5 — Qhapaq Aerospace Inti-2 suborbital flight, Punta Lobos (Peru),
# Saturday 17 October 2026 (CONTROL)
# ===========================================================================

_HC5_A = _trade(
    "OrbitalBeat", "orbitalbeat.example", "/launches/qhapaq-inti-2-suborbital-punta-lobos",
    "Qhapaq’s Inti-2 sounding rocket flies from Punta Lobos, crosses 100 km on preliminary data",
    "Peruvian startup’s second flight follows a 48 km hop last November; payload recovery under way",
    ["Elena Vardakis"], "2026-10-17T14:05:00Z", "2026-10-17T14:50:00Z", "17 Oct 2026 · 14:05 UTC",
    [
        "Peruvian launch startup Qhapaq Aerospace flew its Inti-2 sounding rocket from the Punta Lobos range south of Lima this morning, and preliminary tracking data suggest the vehicle climbed past the 100 km Kármán line on its second-ever flight.",
        "Liftoff came at 12:43 UTC after a hold of more than an hour and a half for upper-level winds. The launch window had opened at 11:00 UTC. In a post on its official account at 13:10 UTC, the company said preliminary data indicated an apogee of “about 110 km”, with a final figure to follow once radar data from the range have been processed.",
        "## The vehicle",
        "Inti-2 is a single-stage, solid-propellant rocket, 9.8 m tall with a liftoff mass of roughly 1.6 t. The motor, cast in-house at Qhapaq’s facility in Lurín, burns for about 38 seconds. Fins are fixed; there is no active guidance, so the trajectory relies on the rail launcher’s elevation and azimuth settings and on wind weighting before launch — hence this morning’s wait.",
        "The vehicle carried a recoverable payload section with three experiments: an ionospheric probe built by a group of university researchers in Lima, a sealed microgravity experiment with quinoa and potato seeds, and a spring-driven deployer mechanism that Qhapaq wants to qualify for a future cubesat-class vehicle.",
        "--AD--",
        "## From 48 km to 100+",
        "The company’s first flight, Inti-1, reached 48 km in November 2025. That rocket used a smaller motor and was intended mainly to test the avionics, the launch rail and the recovery system, which worked, according to the company.",
        "Inti-2 was originally scheduled to fly on Friday, but Qhapaq postponed by a day after the Peruvian Navy warned of high swell in the recovery zone. An earlier attempt in August was scrubbed on the pad when an igniter failed a continuity check.",
        "## Recovery",
        "The payload section separates near apogee and descends under a drogue and main parachute into the Pacific. A Peruvian Navy patrol vessel was heading to the splashdown zone at the time of writing; the company expects recovery within a few hours. We will update this story with the confirmed apogee and recovery status.",
        "## Why it matters",
        "Peru’s space programme has a long history at Punta Lobos, a coastal range operated by the national space agency CONIDA, but almost all of it has been small sounding rockets with modest altitudes. If confirmed, Inti-2 would be the first Peruvian-built rocket to reach space, a milestone Qhapaq has been chasing since it was founded in 2019.",
        "The startup has raised about US$14 million from local and regional investors and a development bank programme, and says it wants to fly a two-stage rocket, Inti-3, in the second half of 2027. A small orbital launcher is a longer-term ambition that the company has not put a date on.",
        "For context, the Kármán line at 100 km is a convention rather than a physical boundary; the US Air Force and NASA have traditionally used 80 km (50 miles) to award astronaut wings. Either way, Inti-2’s preliminary figure would clear both.",
        "<p class=\"update-note\"><strong>Update 14:50 UTC:</strong> Qhapaq says a press conference will be held at the launch base this afternoon local time.</p>",
    ],
    keyfigs=[("Vehicle", "Inti-2 (single stage, solid)"), ("Site", "Punta Lobos, Peru"), ("T-0", "12:43 UTC"),
             ("Apogee (prelim.)", "~110 km"), ("Previous flight", "Inti-1, 48 km (Nov 2025)")],
    section="Launch report",
    related=["Launch schedule: next 30 days", "Latin America’s new space startups", "Explainer: what is a sounding rocket?"],
    newsletter="OrbitalBeat Launch Alerts",
)

_HC5_B = _paper(
    "The Lima Gazette", "limagazette.example", "/science/2026/10/18/inti-2-peru-rocket-space",
    "Peru reaches space: Inti-2 rocket climbs to 112 kilometres",
    "A Lima startup’s second rocket crossed the 100 km line on Saturday morning, a first for a Peruvian-built vehicle. Its payload was fished out of the Pacific hours later",
    ["Rosa María Ccahuana", "Diego Althaus"], "2026-10-18T07:00:00-05:00", None, "Sunday, 18 October 2026",
    [
        "PUNTA LOBOS — At 7.43 on Saturday morning, after more than an hour and a half of anxious waiting for the winds to settle, a slender white rocket lifted off a rail on the cliffs south of Pucusana and climbed into a cloudless sky. Eight minutes and 41 seconds later, its payload splashed down in the Pacific. In between, it had gone to space.",
        "The Inti-2, built by the Lima company Qhapaq Aerospace, reached an altitude of 112.4 kilometres, the company said at a press conference at the launch base on Saturday afternoon, revising upwards the preliminary estimate of about 110 km it had published shortly after the flight. The new figure came from the range’s tracking radar.",
        "That is well beyond the 100 km Kármán line commonly used to mark the edge of space, and makes Inti-2 the first Peruvian-built rocket to get there, according to the company and the national space agency, CONIDA.",
        "“Today we proved that this can be done in Peru, by Peruvians,” said Renzo Villanueva Apaza, Qhapaq’s co-founder and chief executive, his voice breaking. “Eleven months ago we reached 48 kilometres and people said it was a toy. Today we went more than twice as high.”",
        "--AD--",
        "The rocket, nearly ten metres tall and weighing about 1,600 kilograms at launch, burned its solid-fuel motor for under 40 seconds and reached a top speed of some 6,100 kilometres an hour before coasting to its peak. The payload section then separated and descended under parachutes.",
        "It was recovered by a Peruvian Navy patrol vessel at 10.58 a.m., a little over three hours after liftoff, about 78 kilometres off the coast. Its three experiments — an ionosphere probe from a team of university researchers, a box of quinoa and potato seeds exposed to a few minutes of microgravity, and a test mechanism for releasing small satellites — were handed to their owners on the dock at Pucusana.",
        "## A long road from Lurín",
        "Qhapaq was founded in 2019 by Villanueva and two fellow engineers in a rented warehouse in Lurín, south of the capital. It has since raised about US$14 million — some 52 million soles — from Peruvian and Chilean investors and a development-bank programme for technology firms.",
        "Its chief engineer, Milagros Quispe Huamán, said the team had made more than 200 changes since Inti-1. “The motor is new, the structure is new, the avionics are new,” Quispe said. “The only thing that is the same is the name.”",
        "The flight had been scheduled for Friday but was pushed back a day because of heavy swell in the recovery area, and an attempt in August was called off when an igniter failed a pre-launch check.",
        "Air Force Major General Luis Alberto Chávarry Ríos, head of CONIDA, which operates the Punta Lobos range, said the launch showed the value of “opening the base to private initiative.” He said the agency would present a proposal to Congress to modernise the range’s radar and telemetry equipment.",
        "## Next: two stages",
        "The company now plans a two-stage rocket, Inti-3, for the second half of 2027, designed to carry heavier payloads higher. Villanueva declined to give a date for the orbital launcher he has spoken about in the past. “One step at a time,” he said. “Yesterday we were dreaming. Today we are in space.”",
    ],
    caption="The Inti-2 rocket lifts off from Punta Lobos on Saturday morning. Photo: Qhapaq Aerospace",
    section="Science",
    related=["Who are the engineers behind Qhapaq?", "Punta Lobos: sixty years of Peruvian rockets", "Opinion: Peru needs a space law"],
    newsletter="Gazette Morning",
    tagline="News from Lima and the nation",
)

_HC5_C = _broadcast(
    "Pacífico 24 Noticias", "pacifico24.example", "/peru/cohete-inti-2-espacio-en",
    "Peruvian rocket Inti-2 reaches space on second flight",
    "The rocket built in Lurín climbed to about 112 km; payload recovered from the sea",
    None, None, "Updated 1 day ago",
    [
        "A rocket designed and built in Peru reached space on Saturday for the first time, climbing to about 112 kilometres above the Pacific before its payload parachuted back into the ocean.",
        "The Inti-2, developed by the private company Qhapaq Aerospace, took off at 7:43 in the morning from the Punta Lobos launch base, south of Lima, after a delay caused by strong winds at high altitude. The whole flight, from liftoff to splashdown, lasted nearly nine minutes.",
        "At first the company estimated that the rocket had reached about 110 kilometres. In the afternoon, after analysing radar data, it raised the figure to 112.4 km.",
        "## Celebration at the base",
        "Engineers and their families cheered and hugged at the base as the rocket disappeared into the sky. Many had worked through the night to prepare it.",
        "“I have been here since three in the morning and I would stay another three days,” said Jhonatan Ríos, 27, a technician who helped build the rocket’s fins. “When you see something you made with your hands go that high, you don’t feel tired.”",
        "The company’s chief executive, Renzo Villanueva, told Pacífico 24 that the success belonged to “all of Peru.” “We did it with Peruvian talent and Peruvian hands,” he said.",
        "--AD--",
        "## What did it carry?",
        "The rocket carried three experiments in a capsule that separated near the highest point of the flight. One studies the ionosphere, a layer of the upper atmosphere that affects radio communications. Another exposed seeds of quinoa and potato to a few minutes of weightlessness, to see whether it changes how they grow. The third tested a mechanism to release small satellites.",
        "A Navy ship recovered the capsule in the late morning, roughly 78 kilometres from the coast.",
        "## From 48 km to space",
        "Qhapaq’s first rocket, Inti-1, reached 48 kilometres in November last year. The new rocket is almost ten metres long and has a more powerful motor.",
        "The launch had been planned for Friday, but it was postponed because of high waves in the area where the capsule was due to land.",
        "Peru’s space agency, CONIDA, which runs the Punta Lobos base, congratulated the company. Its head, General Luis Chávarry, said Peru now had “the talent to compete” with other countries in the region.",
        "## What’s next",
        "The company wants to launch a larger, two-stage rocket in the second half of 2027. Its long-term goal is to put small satellites into orbit from Peruvian territory.",
        "Experts say that will take years and much more money. “Going up and coming down is one thing. Reaching orbit requires going sideways at 28,000 kilometres an hour,” said Andrea Cornejo, a physicist who teaches aerospace engineering in Lima. “But every space programme started exactly like this.”",
    ],
    caption="Video: the Inti-2 launch, seen from the Punta Lobos base",
    section="Peru",
    related=["Quinoa in space? The seed experiment explained", "Punta Lobos in pictures", "Weather: sunny weekend on the coast"],
    authors=("Pacífico 24 Noticias newsroom",),
)

_HC5_D = _wire(
    "Andean Wire", "andeanwire.example", "/science/peru-rocket-inti2-space-2026-10-17/",
    "Peruvian startup’s rocket reaches space in first for country",
    "Inti-2 climbs to 112.4 km from Punta Lobos; payload recovered",
    ["Marco Antonio Salas"], "2026-10-17T15:40:00-05:00", None, "October 17, 2026 3:40 PM GMT-5",
    [
        "LIMA, Oct 17 (Andean Wire) - A rocket built by a Peruvian startup reached space on Saturday, climbing to an altitude of 112.4 kilometers (about 70 miles) on a suborbital test flight from a coastal launch range south of Lima, the company said.",
        "The Inti-2 sounding rocket, developed by Qhapaq Aerospace, lifted off at 7:43 a.m. local time (1243 GMT) from the Punta Lobos base operated by Peru’s national space agency, CONIDA. The flight lasted 8 minutes and 41 seconds from liftoff to the splashdown of its payload capsule in the Pacific Ocean.",
        "The company had initially put the rocket’s peak altitude at about 110 km based on preliminary data, and revised the figure upward after analyzing data from the range’s tracking radar, it said at a news conference.",
        "It is the first time a rocket built in Peru has crossed the 100-km Kármán line, the boundary commonly used to define the edge of space, according to Qhapaq and CONIDA.",
        "--AD--",
        "“This is the beginning, not the end,” Chief Executive Renzo Villanueva said at the launch site. “Eleven months ago we reached 48 kilometers. Today we went more than twice as high.”",
        "The company’s first rocket, Inti-1, reached 48 km in November 2025.",
        "The 9.8-meter (32-foot) Inti-2 uses a solid-fuel motor that burns for about 38 seconds and reached a top speed of about 6,100 km per hour (3,800 mph), according to the company.",
        "The payload capsule, carrying experiments on the ionosphere, on the effect of microgravity on Andean seeds and on a satellite-release mechanism, was recovered by a Peruvian Navy vessel a little over three hours after launch, Qhapaq said.",
        "The launch had been planned for Friday but was delayed by a day because of rough seas in the recovery zone, and on Saturday it was held for more than 90 minutes because of high-altitude winds.",
        "Founded in 2019, Qhapaq has raised about $14 million from investors and a development bank program. It plans to fly a larger two-stage rocket in the second half of 2027.",
        "Several Latin American countries, including Brazil and Argentina, have long-standing rocket programs, and private launch companies have multiplied in the region in recent years, drawn by falling costs of components and strong demand for small-satellite launches. None has yet reached orbit from South American soil with a privately built vehicle.",
        "Peru launched its first sounding rockets from Punta Lobos in the 1970s, and CONIDA has used the range for small scientific and military test flights since then, most reaching altitudes of a few tens of kilometers.",
        "Air Force Major General Luis Alberto Chávarry, who heads CONIDA, said the agency would seek funding to modernize the range’s radar and telemetry systems so it could support more frequent launches.",
    ],
    editing="Reporting by Marco Antonio Salas; Editing by Ruth Abernathy",
    section="Science",
    related=["Brazil’s Alcântara base signs new launch deals", "Argentina tests rocket engine", "Peru economy: mining output rises"],
)

STORY_5 = _story(
    "rk-HC5", "rocket", "2026-10-19",
    [_page("https://orbitalbeat.example/launches/qhapaq-inti-2-suborbital-punta-lobos", _HC5_A),
     _page("https://limagazette.example/science/2026/10/18/inti-2-peru-rocket-space", _HC5_B),
     _page("https://pacifico24.example/peru/cohete-inti-2-espacio-en", _HC5_C),
     _page("https://andeanwire.example/science/peru-rocket-inti2-space-2026-10-17/", _HC5_D)],
    [],
)

# ===========================================================================
# Story 6 — eq-HC6 — offshore earthquake, Arequipa region (Peru),
# Tuesday 10 February 2026, 2:17 a.m. local (07:17 UTC) (PLANTED)
# ===========================================================================

_HC6_A = _wire(
    "Pan-American Press", "papress.example", "/americas/peru-earthquake-arequipa-camana-2026-02-10",
    "Strong earthquake shakes southern Peru, killing at least one",
    "Magnitude 6.6 quake strikes off Arequipa coast before dawn; no tsunami threat",
    ["Carla Huamaní"], "2026-02-10T06:40:00-05:00", "2026-02-10T07:55:00-05:00", "Feb. 10, 2026 6:40 AM PET · Updated 7:55 AM",
    [
        "LIMA, Peru (PAP) — A strong earthquake struck off the coast of southern Peru before dawn on Tuesday, killing at least one person, injuring 14 and damaging dozens of adobe homes in the Arequipa region, authorities said.",
        "Peru’s Geophysical Institute (IGP) said the quake had a magnitude of 6.6 and struck at 2:17 a.m. local time (0717 GMT) at sea, 42 kilometers (26 miles) southwest of the town of Camaná, at a depth of 38 kilometers. The institute initially reported a magnitude of 6.4 and revised it upward after reviewing data from more stations.",
        "The U.S. Geological Survey measured the quake at magnitude 6.5, with a depth of 35 kilometers.",
        "A 71-year-old woman died in the town of Ocoña when an adobe wall of her house collapsed on her as she slept, the National Civil Defense Institute (INDECI) said. Most of the injured had cuts and bruises from falling objects or were hurt while fleeing their homes in the dark.",
        "--AD--",
        "The Peruvian Navy’s hydrography directorate ruled out a tsunami threat to the coast about 20 minutes after the earthquake. Even so, hundreds of residents of coastal neighborhoods in Camaná walked to higher ground and waited there until daylight.",
        "“The whole house was jumping. I grabbed my children and we ran into the street barefoot,” Yolanda Chuctaya, a market vendor in Camaná, told local radio. “It lasted a long time — it felt like a minute.”",
        "The quake was felt strongly in the city of Arequipa, Peru’s second-largest, about 165 kilometers to the northeast, where residents rushed out of buildings. Officials reported cracked walls in some older buildings in the historic center but no major damage there.",
        "Landslides blocked sections of the Pan-American Highway between Camaná and Ocoña, and police stopped traffic while heavy machinery cleared the road.",
        "By 6 a.m., the IGP had recorded 23 aftershocks, the strongest of magnitude 4.9.",
        "IGP seismologist Rocío Mamani Choque told state radio that the quake was caused by the Nazca plate sliding beneath the South American plate, the same process behind most of Peru’s large earthquakes, and that residents should expect aftershocks for days. “Nobody can predict a bigger earthquake, but people should check their walls before going back inside and keep an emergency backpack ready,” she said.",
        "The regional education office said it would inspect school buildings in the province of Camaná before the school year begins next month.",
        "Regional Governor Álvaro Zegarra said emergency teams were still assessing damage in rural districts, where many homes are built of adobe and communications were patchy. “We fear the numbers will rise when we reach the villages in the valleys,” he said.",
        "Peru sits on the Pacific “Ring of Fire” and is hit by frequent earthquakes. The south of the country was devastated in June 2001 by a magnitude 8.4 quake that killed more than 100 people, and in January 2018 a magnitude 7.1 quake off the coast of Arequipa killed two people and damaged hundreds of homes.",
    ],
    editing="Associated reporting by Ernesto Flores in Arequipa.",
    section="Americas",
    related=["Peru earthquakes: a history", "What makes adobe homes so vulnerable", "Chile tsunami drill scheduled"],
)

_HC6_B = _broadcast(
    "Meridian TV News", "meridiantv.example", "/americas/peru-arequipa-earthquake-toll-rises",
    "Peru earthquake: death toll rises to four as aid reaches Arequipa villages",
    "Dozens injured, hundreds of homes uninhabitable after offshore quake",
    "2026-02-10T19:30:00-05:00", "2026-02-10T21:05:00-05:00", "10 February 2026, 19:30 (Lima)",
    [
        "At least four people have died and 57 have been injured after a magnitude 6.6 earthquake struck off the southern coast of Peru in the early hours of Tuesday, according to the national civil defence institute, INDECI.",
        "The earthquake struck at 02:17 local time, about 42 km south-west of Camaná, in the Arequipa region. Peru’s Geophysical Institute (IGP) said it originated at a depth of 53 km beneath the seabed. It was felt across southern Peru and as far as the city of Tacna, near the border with Chile.",
        "By Tuesday evening, INDECI said more than 700 homes had been damaged, 210 of them so badly that they could no longer be lived in. The worst damage was in the districts of Ocoña, Camaná and Mariscal Cáceres, where many houses are built of adobe.",
        "## Victims",
        "Among the dead are a 71-year-old woman in Ocoña, killed when a wall fell on her as she slept, and a lorry driver whose vehicle was buried by a landslide on the Pan-American Highway. Two other people died in the province of Caravelí, officials said, without giving details.",
        "Most of the injured have been treated at the hospital in Camaná, which set up tents in its car park after cracks appeared in one of its wings.",
        "--AD--",
        "## ‘It would not stop’",
        "In Camaná, residents spent the day clearing rubble and checking on elderly neighbours.",
        "“It would not stop,” said Teodoro Quispe, a rice farmer, standing beside the remains of his kitchen. “First it moved side to side, then up and down. I thought the roof would come down on us.”",
        "Many families said they would sleep outside again on Tuesday night, fearing further tremors. The IGP had recorded 48 aftershocks by 6 p.m., the strongest measuring 4.9.",
        "## Aid arrives",
        "Army trucks carrying tents, blankets and drinking water reached the worst-hit villages in the Ocoña valley in the afternoon, after the Pan-American Highway was reopened. The road had been closed for about nine hours while crews removed tonnes of rock and earth.",
        "The head of INDECI, Carmen Rosa Alarcón Vela, who flew to Arequipa in the morning, said the priority was shelter and water. “We have families with nowhere to sleep and children who need clean water,” she told Meridian. “That is where every truck is going.”",
        "The government said it would declare a state of emergency in the affected districts to speed up the delivery of aid.",
        "## Why Peru is so prone to earthquakes",
        "Peru lies where the Nazca plate dives beneath the South American plate, one of the most active subduction zones in the world. Seismologists say earthquakes of magnitude 6 or more occur in the country several times a year, most of them offshore.",
        "Rocío Mamani Choque, a seismologist at the IGP, said the earthquake was typical of the region’s subduction quakes. “This is the kind of event we expect in this part of the coast,” she said. “The aftershocks will continue for days or weeks, decreasing in number and strength.”",
    ],
    caption="Video: damaged homes in Camaná after the earthquake",
    section="Americas",
    related=["Peru earthquake: in pictures", "How to prepare for an earthquake", "Ring of Fire explained"],
    authors=("Meridian TV News, with agencies",),
)

_HC6_C = _regional(
    "The Arequipa Sentinel", "arequipasentinel.example", "/region/camana-ocona-quake-day-two",
    "Day two in Camaná: a town sleeps in the street as aftershocks continue",
    "Toll rises to five; more than a thousand homes damaged across the province",
    "By Gabriela Tejada Núñez", None, "Wednesday, 11 February 2026",
    [
        "CAMANÁ — The plastic chairs were still lined up along the Avenida Lima on Wednesday morning, where families had spent a second night in the open, wrapped in blankets, too frightened to go back inside homes that Tuesday’s earthquake had cracked and tilted.",
        "The magnitude 6.6 quake, which struck at 3:17 a.m. local time on Tuesday with its epicentre out at sea 42 kilometres south-west of Camaná, has now killed five people and injured 83, according to the figures released by INDECI, the national civil defence institute, at 7 a.m. on Wednesday.",
        "The fifth victim, a 58-year-old man from the district of Mariscal Cáceres, died in hospital in Arequipa on Tuesday night from head injuries, his family said.",
        "INDECI now counts 1,140 homes damaged across the affected area, 386 of them uninhabitable. Most are adobe houses in the farming valleys along the Camaná and Ocoña rivers.",
        "--AD--",
        "## A long night",
        "“Nobody slept,” said Elsa Llerena, 64, who shares a tent with her daughter and three grandchildren outside the ruins of her home near the Plaza de Armas. “Every time the ground moved, the children screamed. We counted the tremors until we lost count.”",
        "The Geophysical Institute of Peru (IGP) had recorded 61 aftershocks by Wednesday morning. The strongest, of magnitude 4.9, came less than an hour after the main shock.",
        "Mayor Julio César Paredes said the municipality had set up three shelters, in the stadium, a school and the parish hall, but that many residents preferred to stay close to their homes to guard their belongings. “People are afraid of theft as much as of the aftershocks,” he said.",
        "## Road reopened",
        "The Pan-American Highway, blocked by landslides for about nine hours on Tuesday, was open again on Wednesday, though traffic was restricted to one lane on two stretches near Ocoña. A lorry driver died on Tuesday when rocks buried his vehicle on that section of the road.",
        "Regional Governor Álvaro Zegarra Linares said the regional government would release 2 million soles — about $540,000 — for emergency repairs to water pipes and irrigation channels, many of which were damaged. Farmers warned that the rice harvest, due to start next month, could be hit if the channels were not fixed quickly.",
        "## State of emergency",
        "The national government declared a 60-day state of emergency on Wednesday in 12 districts of the provinces of Camaná and Caravelí, allowing faster procurement of aid and the deployment of the armed forces to help with the clean-up.",
        "Seismologists say the quake was not unusual for this stretch of coast, where the Nazca plate slides beneath South America. Rocío Mamani, of the IGP, noted that the institute’s first estimate, 6.4, had been revised to 6.6 within hours as more data arrived. The US Geological Survey put it at 6.5.",
        "For older residents, the shaking brought back memories of June 2001, when a far stronger quake devastated the south. “That one was worse,” said Llerena. “But then we were younger.”",
    ],
    caption="Families camp outside their damaged homes in Camaná on Tuesday night. Sentinel photo",
    section="Camaná",
    related=["How to help: donation points in Arequipa", "Schools in Camaná to stay closed this week", "Rice farmers count their losses"],
    weather="Arequipa: sunny, 23&deg;C",
)

_HC6_D = _paper(
    "The Lima Gazette", "limagazette.example", "/peru/2026/02/11/arequipa-earthquake-adobe-homes-emergency",
    "Quake exposes Peru’s adobe problem as toll reaches five",
    "Tuesday’s magnitude 6.6 earthquake off Arequipa killed five people and left hundreds of families homeless. Engineers say the damage was predictable",
    ["Patricia Valcárcel"], "2026-02-11T08:00:00-05:00", None, "Wednesday, 11 February 2026, 08:00",
    [
        "For the second time in a decade, an earthquake off the coast of Arequipa has shown how vulnerable much of southern Peru remains to shaking that, by the standards of the region, was not exceptional.",
        "The magnitude 6.6 earthquake struck at 2.17am on Tuesday at sea, 42 kilometres south-west of Mollendo, according to the Geophysical Institute of Peru (IGP). By 7am on Wednesday, the civil defence institute, INDECI, reported five dead, 83 injured and 1,140 homes damaged, of which 386 are uninhabitable.",
        "Almost all the homes that collapsed were built of adobe, the sun-dried mud brick that is cheap, warm and, without reinforcement, deadly in an earthquake.",
        "“We knew exactly which houses would fall, and they fell,” said Hugo Salas Benavente, a structural engineer who has studied adobe housing in the south for twenty years. “It is not the earthquake that kills. It is the wall.”",
        "--AD--",
        "## A known risk",
        "According to census data, around a third of homes in the rural districts of Camaná and Caravelí provinces are built mainly of adobe. Programmes to reinforce them with geomesh and wooden ring beams have existed for years, Salas said, but have reached only a few thousand houses.",
        "The head of INDECI, Carmen Rosa Alarcón, said on Tuesday that reconstruction would prioritise “safe housing, not the same houses in the same places.” The housing ministry is expected to announce a reconstruction bonus for affected families in the coming days.",
        "## Emergency declared",
        "The government was due on Wednesday to publish a decree declaring a 60-day state of emergency in 12 districts. Officials said it would allow municipalities to buy tents, water and building materials without the usual tendering rules.",
        "The quake was felt strongly in Arequipa, about 165 kilometres from the epicentre, where residents poured into the streets in their pyjamas. The city escaped with cracked plaster and fallen cornices in the historic centre.",
        "The IGP initially put the magnitude at 6.4 before revising it; the US Geological Survey gave 6.5. The institute said the rupture occurred at a depth of 38 km, and that 61 aftershocks had been recorded by Wednesday morning.",
        "## ‘Three minutes of terror’",
        "Survivors described the shaking as interminable. “It felt like three minutes of terror,” said Fredy Apaza, a fisherman in Quilca, a cove on the coast, whose boat was undamaged but whose house lost its front wall. Seismologists say strong shaking lasted well under a minute; fear stretches time.",
        "Regional Governor Álvaro Zegarra said 2 million soles had been set aside for urgent repairs to water and irrigation systems. Farmers in the Camaná valley, one of Peru’s main rice-growing areas, warned that broken channels could ruin the coming harvest.",
        "## What next",
        "Engineers say the lesson is the same as after the 2018 earthquake off the same coast, which damaged hundreds of homes in the province of Caravelí: reinforcement costs a fraction of rebuilding. “We will spend millions on reconstruction,” said Salas. “We could have spent a tenth of that on prevention.”",
    ],
    caption="Soldiers clear rubble from an adobe home in Ocoña, Arequipa region, on Tuesday.",
    section="Peru",
    related=["Explainer: how to reinforce an adobe house", "Editorial: prevention is cheaper", "Peru’s seismic map, region by region"],
    newsletter="Gazette Morning",
    tagline="News from Lima and the nation",
)

STORY_6 = _story(
    "eq-HC6", "earthquake", "2026-02-12",
    [_page("https://papress.example/americas/peru-earthquake-arequipa-camana-2026-02-10", _HC6_A),
     _page("https://meridiantv.example/americas/peru-arequipa-earthquake-toll-rises", _HC6_B),
     _page("https://arequipasentinel.example/region/camana-ocona-quake-day-two", _HC6_C),
     _page("https://limagazette.example/peru/2026/02/11/arequipa-earthquake-adobe-homes-emergency", _HC6_D)],
    [
        ("local time of the main shock", r"\b0?2[:.]17(?!\d)", r"\b0?3[:.]17(?!\d)"),
        ("town the epicentre is located from", r"\bcaman[aá]\b", r"\bmollendo\b"),
        ("focal depth given by the IGP", r"\b38\s*(?:km|kilomet)", r"\b53\s*(?:km|kilomet)"),
    ],
)

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
