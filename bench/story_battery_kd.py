"""Part KD of the story battery (web pages).

Written by engineer KD1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KD`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KD1: Qatar Central Bank cuts its three policy rates by 25 bp after the Fed; CONTROL; traps: old
        and new rates of three instruments, bp vs points, rounding, running index moves, QR vs $,
        the June and 2025 cuts, a statement quoted at different places.
el-KD2: Greater Irbid mayoral result in Jordan's local elections; CONTROL; traps: running
        station-by-station counts, city vs national turnout (estimate revised), one district's
        votes, shares vs counts, name forms, quotes cut differently.
ct-KD3: Beirut urgent-matters judge orders a bank to repay 14 depositors; CONTROL; traps: $/LBP
        conversions and rounding, claimed vs awarded, daily penalty, an earlier case,
        Beirut/Adlieh, local time vs GMT, "two days ago", quotes cut differently.
tr-KD4: Saudi July non-oil export figures; PLANTED: growth rate (Dhow Trade Brief), the
        official's title (Riyadh Tribune); traps: SAR vs $, components, June and year-to-date
        growth, shares, a quote cut at different places.
rk-KD5: Omani suborbital rocket flight from Etlaq Spaceport; PLANTED: liftoff time (Khaleej 24),
        flight director's surname (Launch Manifest), number of experiments (Sultanate Times);
        traps: GST/GMT/Doha time, km vs miles, the scrubbed Sunday attempt, recovery times.
eq-KD6: Gulf of Aqaba earthquake felt in Aqaba and Haql; PLANTED: focal depth (Levant Press
        Service), weekday (Riyadh Tribune); traps: revised magnitude, aftershocks, running injury
        counts, GMT vs local time, place at different precision, the 1995 quake.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates.  Every outlet is a small dict; every article is rendered by
# one of six layouts (wire, paper, broadcaster, local site, newsletter, live
# blog).  Article text is written as blocks separated by blank lines:
#   "## heading"  -> <h2>,   "> text" -> pull quote,   "[ad]" -> ad slot,
#   "@@ HH:MM | title" (live blogs only) -> starts a timestamped entry.
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<aside class="ad ad-{slot}" data-ad-slot="{slot}" data-size="{size}">'
            '<span class="ad-label">Advertisement</span>'
            f'<div class="ad-frame" id="div-gpt-{slot}"></div></aside>')


def _blocks(text: str, slot: str = "inarticle") -> list[str]:
    out: list[str] = []
    n = 0
    for raw in text.strip().split("\n\n"):
        block = " ".join(raw.split())
        if not block:
            continue
        if block == "[ad]":
            n += 1
            out.append(_ad(f"{slot}-{n}"))
        elif block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull"><p>{_e(block[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_e(block)}</p>")
    return out


def _body(text: str, dateline: str = "", slot: str = "inarticle") -> str:
    parts = _blocks(text, slot)
    if dateline and parts and parts[0].startswith("<p>"):
        parts[0] = f'<p><span class="dateline">{_e(dateline)}</span> {parts[0][3:]}'
    return "\n".join(parts)


def _ld(site: dict[str, Any], a: dict[str, Any], url: str) -> str:
    if not a.get("iso"):
        return ""
    authors = a.get("authors") or []
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": a.get("ld_type", "NewsArticle"),
        "headline": a["headline"],
        "description": a["dek"],
        "datePublished": a["iso"],
        "dateModified": a.get("modified") or a["iso"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": a.get("section", "News"),
        "inLanguage": "en",
        "author": ([{"@type": "Person", "name": n} for n in authors]
                   or [{"@type": "Organization", "name": site["name"]}]),
        "publisher": {"@type": "Organization", "name": site["name"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{site['domain']}/static/logo.png"}},
    }
    if a.get("img"):
        data["image"] = [f"https://{site['domain']}/media/{a['img'][0]}"]
    if a.get("keywords"):
        data["keywords"] = a["keywords"]
    blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{blob}\n</script>'


def _head(site: dict[str, Any], a: dict[str, Any], url: str, sep: str = "|") -> str:
    title = f"{a['headline']} {sep} {site['name']}"
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(a["dek"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{_a(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(a["headline"])}">',
        f'<meta property="og:description" content="{_a(a["dek"])}">',
        f'<meta property="og:url" content="{url}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{site["handle"]}">',
    ]
    if a.get("img"):
        metas.append(f'<meta property="og:image" content="https://{site["domain"]}'
                     f'/media/{a["img"][0]}">')
    if a.get("iso"):
        metas.append(f'<meta property="article:published_time" content="{a["iso"]}">')
        metas.append(f'<meta property="article:modified_time" '
                     f'content="{a.get("modified") or a["iso"]}">')
        metas.append(f'<meta property="article:section" content="{_a(a.get("section", "News"))}">')
    if a.get("authors"):
        metas.append(f'<meta name="author" content="{_a(", ".join(a["authors"]))}">')
    metas.append(f'<link rel="stylesheet" href="https://{site["domain"]}/assets/{site["css"]}">')
    metas.append(_ld(site, a, url))
    return "<head>\n" + "\n".join(m for m in metas if m) + "\n</head>"


def _nav(site: dict[str, Any]) -> str:
    links = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/">{_e(s)}</a></li>'
                    for s in site["nav"])
    return (f'<nav class="main-nav" aria-label="Sections"><ul>{links}</ul>'
            '<button class="search-toggle" aria-label="Search">Search</button></nav>')


def _cookie(site: dict[str, Any]) -> str:
    text = site.get("cookie") or (
        f"{site['name']} uses cookies and similar technologies to run this site, measure "
        "audiences and show advertising. You can accept all cookies or choose your settings.")
    return ('<div id="consent-banner" class="cookie-banner" role="dialog" aria-live="polite">'
            f"<p>{_e(text)}</p>"
            '<button class="cc-accept">Accept all</button>'
            '<button class="cc-reject">Reject non-essential</button>'
            '<a href="/privacy/cookies/">Cookie settings</a></div>')


def _share(url: str, label: str = "Share this article") -> str:
    from urllib.parse import quote
    u = quote(url, safe="")
    return (f'<div class="share-bar"><span>{_e(label)}</span>'
            f'<a class="share-x" href="https://x.com/intent/tweet?url={u}">X</a>'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
            f'<a class="share-wa" href="https://wa.me/?text={u}">WhatsApp</a>'
            f'<a class="share-li" href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?body={u}">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _figure(site: dict[str, Any], img: tuple[str, str, str] | None) -> str:
    if not img:
        return ""
    src, caption, credit = img
    return (f'<figure class="lead-image"><img src="https://{site["domain"]}/media/{src}" '
            f'alt="{_a(caption)}" width="1200" height="675" loading="eager">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
            '</figcaption></figure>')


def _related(items: list[tuple[str, str]], title: str = "Related") -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="related"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>'


def _footer(site: dict[str, Any]) -> str:
    links = ["About us", "Contact", "Advertise", "Terms of use", "Privacy policy",
             "Cookie policy", "Corrections"]
    lis = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}/">{x}</a></li>' for x in links)
    return (f'<footer class="site-footer"><ul class="footer-links">{lis}</ul>'
            f"<p>{_e(site.get('footer', ''))}</p>"
            f"<p>&copy; 2026 {_e(site['name'])}. All rights reserved.</p></footer>")


def _byline(a: dict[str, Any]) -> str:
    authors = a.get("authors") or []
    who = " and ".join(authors) if authors else a.get("byline_org", "Staff")
    role = f' <span class="role">{_e(a["role"])}</span>' if a.get("role") else ""
    when = (f'<time datetime="{a["iso"]}">{_e(a["shown"])}</time>' if a.get("iso")
            else f'<span class="date">{_e(a["shown"])}</span>' if a.get("shown") else "")
    upd = f' <span class="updated">{_e(a["updated_shown"])}</span>' if a.get("updated_shown") else ""
    return f'<div class="byline">By <span class="author">{_e(who)}</span>{role} {when}{upd}</div>'


def _doc(head: str, body_cls: str, inner: str) -> str:
    return f'<!DOCTYPE html>\n<html lang="en">\n{head}\n<body class="{body_cls}">\n{inner}\n</body>\n</html>\n'


def _url(site: dict[str, Any], a: dict[str, Any]) -> str:
    return f"https://{site['domain']}{a['path']}"


def _wire(site: dict[str, Any], a: dict[str, Any]) -> tuple[str, str]:
    url = _url(site, a)
    inner = "\n".join([
        _cookie(site),
        f'<header class="wire-header"><a class="logo" href="/">{_e(site["name"])}</a>'
        f'<span class="tag">{_e(site.get("tagline", ""))}</span></header>',
        _nav(site),
        _ad("leaderboard", "728x90"),
        '<main class="wire-story">',
        f'<div class="kicker">{_e(a.get("section", "News"))}</div>',
        "<article>",
        f"<h1>{_e(a['headline'])}</h1>",
        _byline(a),
        _share(url),
        _figure(site, a.get("img")),
        _body(a["text"], a.get("dateline", "")),
        f'<p class="wire-credit">{_e(a.get("credit", ""))}</p>',
        "</article>",
        _related(a.get("related", []), "More from the wire"),
        _ad("footer", "970x250"),
        "</main>",
        _footer(site),
    ])
    return url, _doc(_head(site, a, url, "|"), "wire article", inner)


def _paper(site: dict[str, Any], a: dict[str, Any]) -> tuple[str, str]:
    url = _url(site, a)
    crumbs = " &rsaquo; ".join(f'<a href="/{c.lower()}/">{_e(c)}</a>' for c in a.get("crumbs", []))
    inner = "\n".join([
        _cookie(site),
        f'<div class="edition-bar">{_e(site.get("edition", ""))}'
        '<a href="/subscribe/" class="btn-sub">Subscribe</a><a href="/login/">Sign in</a></div>',
        f'<header class="masthead"><a href="/" class="logo">{_e(site["name"])}</a></header>',
        _nav(site),
        _ad("top", "970x90"),
        '<main><div class="layout">',
        f'<nav class="breadcrumbs">{crumbs}</nav>',
        '<article class="story">',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["dek"])}</p>',
        _byline(a),
        _figure(site, a.get("img")),
        _share(url, "Share"),
        '<div class="story-body">',
        _body(a["text"], a.get("dateline", "")),
        "</div>",
        f'<p class="author-bio">{_e(a.get("bio", ""))}</p>',
        "</article>",
        '<aside class="sidebar">',
        _ad("sidebar", "300x600"),
        _related(a.get("related", []), "Read next"),
        '<div class="newsletter-signup"><h3>Morning briefing</h3>'
        '<p>The day\'s essential stories, in your inbox before breakfast.</p>'
        '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
        "</aside></div></main>",
        _footer(site),
    ])
    return url, _doc(_head(site, a, url, "|"), "paper article", inner)


def _broadcast(site: dict[str, Any], a: dict[str, Any]) -> tuple[str, str]:
    url = _url(site, a)
    video = a.get("video", ("Watch the report", "2:41"))
    inner = "\n".join([
        _cookie(site),
        f'<header class="tv-header"><a href="/" class="logo">{_e(site["name"])}</a>'
        '<a href="/live/" class="live-btn">&#9679; Watch live</a>'
        '<a href="/schedule/">Schedule</a></header>',
        _nav(site),
        '<main class="tv-article">',
        '<div class="player" data-provider="jw">'
        f'<div class="player-title">{_e(video[0])}</div>'
        f'<span class="duration">{_e(video[1])}</span></div>',
        "<article>",
        f'<span class="category">{_e(a.get("section", "News"))}</span>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="summary">{_e(a["dek"])}</p>',
        _byline(a),
        _share(url),
        _figure(site, a.get("img")),
        _body(a["text"], a.get("dateline", "")),
        "</article>",
        _ad("mpu", "300x250"),
        _related(a.get("related", []), "Most watched"),
        "</main>",
        _footer(site),
    ])
    return url, _doc(_head(site, a, url, "-"), "broadcaster article", inner)


def _newsletter(site: dict[str, Any], a: dict[str, Any]) -> tuple[str, str]:
    url = _url(site, a)
    inner = "\n".join([
        _cookie(site),
        '<div class="view-online">You are reading the web edition. '
        '<a href="/subscribe/">Get it by email</a></div>',
        f'<header class="nl-header"><a href="/" class="logo">{_e(site["name"])}</a>'
        f'<p class="nl-tagline">{_e(site.get("tagline", ""))}</p></header>',
        _nav(site),
        '<main class="issue">',
        f'<p class="issue-no">{_e(a.get("issue", ""))}</p>',
        "<article>",
        f"<h1>{_e(a['headline'])}</h1>",
        _byline(a),
        _figure(site, a.get("img")),
        _body(a["text"], a.get("dateline", ""), "nl"),
        f'<p class="signoff">{_e(a.get("signoff", ""))}</p>',
        "</article>",
        _share(url, "Forward this issue"),
        _related(a.get("related", []), "From the archive"),
        '<div class="nl-cta"><p>Was this forwarded to you? Subscribe for free.</p>'
        '<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>',
        "</main>",
        _footer(site),
    ])
    return url, _doc(_head(site, a, url, "-"), "newsletter issue", inner)


def _liveblog(site: dict[str, Any], a: dict[str, Any]) -> tuple[str, str]:
    url = _url(site, a)
    entries: list[str] = []
    cur: list[str] = []
    day = a.get("day", "")
    for raw in a["text"].strip().split("\n\n"):
        block = " ".join(raw.split())
        if block.startswith("@@ "):
            if cur:
                entries.append("\n".join(cur) + "</section>")
            stamp, _, title = block[3:].partition("|")
            stamp = stamp.strip()
            if stamp.startswith("[") and "]" in stamp:
                day, stamp = stamp[1:stamp.index("]")], stamp[stamp.index("]") + 1:].strip()
            iso = f'{day}T{stamp}:00{a.get("tz", "+03:00")}' if day else ""
            cur = [f'<section class="lb-entry"><time datetime="{iso}">{_e(stamp)}</time>',
                   f"<h3>{_e(title.strip())}</h3>"]
        elif block == "[ad]":
            cur.append(_ad(f"lb-{len(entries)}"))
        else:
            cur.append(f"<p>{_e(block)}</p>")
    if cur:
        entries.append("\n".join(cur) + "</section>")
    keys = "".join(f"<li>{_e(k)}</li>" for k in a.get("keypoints", []))
    inner = "\n".join([
        _cookie(site),
        f'<header class="site-head"><a href="/" class="logo">{_e(site["name"])}</a></header>',
        _nav(site),
        '<main class="liveblog">',
        "<article>",
        '<span class="live-badge">LIVE</span>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="lb-summary">{_e(a["dek"])}</p>',
        _byline(a),
        _figure(site, a.get("img")),
        f'<div class="key-points"><h2>Key points</h2><ul>{keys}</ul></div>',
        _share(url),
        '<div class="lb-feed">',
        "\n".join(entries),
        "</div>",
        "</article>",
        _ad("lb-side", "300x250"),
        _related(a.get("related", []), "More coverage"),
        "</main>",
        _footer(site),
    ])
    return url, _doc(_head(site, a, url, "|"), "liveblog", inner)


_LAYOUTS = {"wire": _wire, "paper": _paper, "tv": _broadcast,
            "newsletter": _newsletter, "live": _liveblog}


def _render(site: dict[str, Any], **a: Any) -> dict[str, Any]:
    url, doc = _LAYOUTS[site["kind"]](site, a)
    return _page(url, doc)


# Outlets (all invented).
GLW = {"name": "Gulf Ledger Wire", "domain": "gulfledger.example", "handle": "gulfledgerwire",
       "kind": "wire", "css": "wire.3f1a.css", "tagline": "Markets and policy, as it happens",
       "nav": ["Markets", "Economy", "Energy", "Companies", "Politics", "Tech"],
       "footer": "Gulf Ledger Wire is an independent news agency with bureaux in Doha, Dubai, "
                 "Riyadh, Muscat and Amman."}
LPS = {"name": "Levant Press Service", "domain": "levantpress.example", "handle": "levantpress",
       "kind": "wire", "css": "lps.min.css", "tagline": "The region's newswire since 1998",
       "nav": ["Jordan", "Lebanon", "Syria", "Gulf", "World", "Business"],
       "footer": "Levant Press Service material may not be republished without a subscription."}
DOHA_COURIER = {"name": "The Doha Courier", "domain": "dohacourier.example", "handle": "dohacourier",
                "kind": "paper", "css": "dc-2026.css", "edition": "Qatar edition",
                "nav": ["Qatar", "Business", "Gulf", "World", "Opinion", "Sport", "Life"],
                "footer": "The Doha Courier is published by Courier Media Group, West Bay, Doha."}
K24 = {"name": "Khaleej 24", "domain": "k24news.example", "handle": "khaleej24tv", "kind": "tv",
       "css": "k24.bundle.css",
       "nav": ["News", "Business", "Programmes", "Video", "Weather", "Sport"],
       "footer": "Khaleej 24 is a pan-Gulf news channel broadcasting in English and Arabic."}
THE_PEG = {"name": "The Peg", "domain": "thepeg.example", "handle": "thepegletter", "kind": "newsletter",
           "css": "letter.css", "tagline": "A weekly letter on Gulf rates, currencies and banks",
           "nav": ["Archive", "About", "Sponsor", "Subscribe"],
           "cookie": "We use a small number of cookies to count readers and remember your settings.",
           "footer": "The Peg is written independently and is not investment advice."}
AMMAN_CHRONICLE = {"name": "The Amman Chronicle", "domain": "ammanchronicle.example",
                   "handle": "ammanchronicle", "kind": "paper", "css": "chronicle.css",
                   "edition": "Jordan edition",
                   "nav": ["Local", "Politics", "Economy", "Region", "Opinion", "Culture"],
                   "footer": "The Amman Chronicle, Jabal Amman. Founded 1991."}
IRBID_NOW = {"name": "Irbid Now", "domain": "irbidnow.example", "handle": "irbidnow", "kind": "live",
             "css": "irbidnow.css",
             "nav": ["City", "Universities", "Services", "Elections", "Sport", "Jobs"],
             "footer": "Irbid Now is a community news site for northern Jordan."}
CEDAR_DAILY = {"name": "Cedar Daily", "domain": "cedardaily.example", "handle": "cedardaily",
               "kind": "paper", "css": "cedar.min.css", "edition": "Beirut",
               "nav": ["Lebanon", "Economy", "Justice", "Region", "Opinion", "Culture"],
               "footer": "Cedar Daily, Hamra Street, Beirut."}
RAOUCHE_TV = {"name": "Raouche TV", "domain": "raouchetv.example", "handle": "raouchetv", "kind": "tv",
              "css": "rtv.css",
              "nav": ["News", "Lebanon", "Economy", "Talk shows", "Live", "Weather"],
              "footer": "Raouche TV, Verdun, Beirut."}
FROZEN = {"name": "Frozen", "domain": "frozenletter.example", "handle": "frozenletter",
          "kind": "newsletter", "css": "frozen.css",
          "tagline": "A newsletter for Lebanon's depositors, from the courtroom to the bank counter",
          "nav": ["Issues", "Court tracker", "About", "Subscribe"],
          "footer": "Frozen is funded by its readers. Nothing here is legal advice."}
RIYADH_TRIBUNE = {"name": "Riyadh Tribune", "domain": "riyadhtribune.example", "handle": "riyadhtribune",
                  "kind": "paper", "css": "rt-main.css", "edition": "Kingdom edition",
                  "nav": ["Saudi Arabia", "Economy", "Region", "World", "Opinion", "Lifestyle"],
                  "footer": "Riyadh Tribune, King Fahd Road, Riyadh."}
SBTV = {"name": "Sahara Business TV", "domain": "sbtv.example", "handle": "saharabiztv", "kind": "tv",
        "css": "sbtv.css",
        "nav": ["Markets", "Economy", "Energy", "Shows", "Live TV", "Podcasts"],
        "footer": "Sahara Business TV broadcasts from Riyadh and Dubai."}
DHOW_BRIEF = {"name": "Dhow Trade Brief", "domain": "dhowbrief.example", "handle": "dhowbrief",
              "kind": "newsletter", "css": "brief.css",
              "tagline": "Gulf trade, shipping and tariffs, twice a week",
              "nav": ["Latest", "Data", "Ports", "About", "Subscribe"],
              "footer": "Dhow Trade Brief is an independent newsletter."}
WUSTA_TODAY = {"name": "Al Wusta Today", "domain": "alwustatoday.example", "handle": "alwustatoday",
               "kind": "live", "css": "wusta.css",
               "nav": ["Duqm", "Haima", "Fishing", "Industry", "Events", "Contact"],
               "footer": "Al Wusta Today covers Oman's central governorate."}
SULTANATE_TIMES = {"name": "Sultanate Times", "domain": "sultanatetimes.example",
                   "handle": "sultanatetimes", "kind": "paper", "css": "st.css",
                   "edition": "Muscat edition",
                   "nav": ["Oman", "Business", "Science", "Gulf", "World", "Opinion"],
                   "footer": "Sultanate Times, Ruwi, Muscat."}
LAUNCH_MANIFEST = {"name": "Launch Manifest", "domain": "launchmanifest.example",
                   "handle": "launchmanifest", "kind": "newsletter", "css": "lm.css",
                   "tagline": "Rockets, spaceports and the people who fly them",
                   "nav": ["Issues", "Launch log", "About", "Subscribe"],
                   "footer": "Launch Manifest is reader-supported."}
AQABA_GATE = {"name": "Aqaba Gate News", "domain": "aqabagate.example", "handle": "aqabagate",
              "kind": "live", "css": "ag.css",
              "nav": ["Aqaba", "Port", "Tourism", "Wadi Rum", "Ma'an", "Contact"],
              "footer": "Aqaba Gate News, a local site for Jordan's south."}


# ---------------------------------------------------------------------------
# cb-KD1 (CONTROL).
# Facts: Qatar Central Bank cut its three policy rates by 25 bp on Thursday 17 September 2026,
# effective the same day, after the US Federal Reserve cut to 3.25%-3.50% on Wednesday 16
# September (2pm Washington = 9pm Doha).  Deposit rate 3.85% -> 3.60%, repo rate 4.10% -> 3.85%,
# lending rate 4.35% -> 4.10%.  Statement out at 9:40am Doha (06:40 GMT).  Second cut of 2026
# (first: 25 bp on 18 June); 50 bp so far in 2026; 75 bp over three cuts in late 2025.  Peg 3.64
# riyals per dollar.  August CPI +1.4% y/y (July +1.1%).  Private-sector credit QR1.02 trillion
# (~$280bn) at end-July.  QSE index +0.3% at 10am, +0.4% at midday, closed +0.6% at 10,742.31.
# Lusail Commercial Bank reprices corporate loans from 1 October.  Leena Matar (Corniche
# Capital), Omar Fakhroo (Al Dafna Asset Management).  Next Fed meeting 27-28 October.
# Traps: old/new rates of three instruments, running index moves, bp vs percentage points,
# rounding (3.6 per cent), QR vs dollars, "yesterday"/"Thursday"/"this morning", a quote cut at
# different places, June cut and 2025 cuts.
# ---------------------------------------------------------------------------

_CB1_TEXT = """
Qatar Central Bank (QCB) lowered its three main policy rates by 25 basis points on Thursday, following the U.S. Federal Reserve's decision late on Wednesday and keeping the Qatari riyal's dollar peg in step with American monetary policy.

The QCB deposit rate (QCBDR) now stands at 3.60%, the lending rate (QCBLR) at 4.10% and the repo rate at 3.85%, the central bank said in a statement published on its website and social media accounts at 9:40 a.m. local time (0640 GMT). The new rates apply from Thursday.

"Today's adjustment keeps the riyal's peg to the US dollar at the centre of our policy framework, while giving households and firms some relief from borrowing costs as price growth in Qatar remains moderate and the domestic economy continues to expand," the statement said.

The Fed on Wednesday lowered its benchmark federal funds rate by a quarter of a percentage point to a target range of 3.25% to 3.50%. Its decision was released at 2 p.m. in Washington, or 9 p.m. in Doha.

Thursday's move is the Qatari central bank's second reduction this year, after a cut of the same size on June 18, and brings its easing in 2026 to 50 basis points. The QCB lowered rates three times in the final months of 2025, by a total of 75 basis points.

Like most Gulf Arab central banks, the QCB tends to shadow Fed decisions because the riyal has been fixed at 3.64 per dollar for more than two decades. Monetary authorities in Saudi Arabia, the United Arab Emirates, Kuwait and Bahrain also announced reductions after the U.S. decision.

Economists said the cut would filter into loan pricing over the coming weeks. Qatari banks' lending to the private sector stood at about 1.02 trillion riyals ($280 billion) at the end of July, according to central bank data.

"The pass-through to corporate borrowers tends to be quick in Qatar because so much of the loan book is floating and priced off QCB rates or interbank benchmarks," said Leena Matar, chief economist at Doha-based Corniche Capital. "For mortgages and personal loans it usually takes a quarter or two."

[ad]

Inflation gives the central bank little reason to hesitate. Consumer prices rose 1.4% in August from a year earlier, according to the Planning and Statistics Authority, after a 1.1% increase in July, with rents broadly flat and food slightly dearer.

The Qatar Stock Exchange's main index was 0.3% higher at 10 a.m., with banking shares among the gainers.

One Doha lender, Lusail Commercial Bank, said it would lower rates on new and existing corporate facilities linked to the central bank's lending rate from Oct. 1. Bankers said others were likely to make similar announcements before the end of the month.

The Fed's next policy meeting is scheduled for Oct. 27-28. Futures markets on Thursday implied roughly even odds of another quarter-point U.S. reduction at that meeting.

"Our base case is one more quarter-point step from the Fed before year-end, and the QCB will match it the next morning," said Omar Fakhroo, head of fixed income at Al Dafna Asset Management. "There is no domestic reason for Doha to deviate from Washington."

Qatar's economy is expected to gather pace as new liquefied natural gas capacity from the North Field expansion starts production, which economists say should lift government revenue and non-energy activity alike.

Lower rates are also welcome news for the property market, where transaction volumes have recovered this year after a slow 2025, and for contractors whose working capital lines are mostly priced off the lending rate.

The central bank did not hold a news conference. Its statement said it would continue to monitor developments in domestic and global markets and take whatever measures it considered appropriate.
"""

CB1_WIRE = _render(
    GLW, path="/markets/2026/09/17/qatar-central-bank-trims-rates-after-fed/",
    headline="Qatar central bank lowers three key rates by 25 bps after Fed move",
    dek="Qatar Central Bank cut its deposit, lending and repo rates by a quarter point on "
        "Thursday, hours after the US Federal Reserve eased policy.",
    section="Central Banks", authors=["Hiba Rahmani"], iso="2026-09-17T10:05:00+03:00",
    modified="2026-09-17T11:20:00+03:00", shown="September 17, 2026 10:05 AM AST",
    updated_shown="Updated 11:20 AM AST", dateline="DOHA, Sept 17 (Gulf Ledger Wire) -",
    img=("2026/09/qcb-building.jpg", "The Qatar Central Bank headquarters in Doha.",
         "Photo: Gulf Ledger Wire/File"),
    credit="Reporting by Hiba Rahmani; additional reporting by Tom Ellery in Dubai; "
           "editing by Sunil Varghese",
    keywords=["Qatar", "interest rates", "QCB", "Federal Reserve"],
    related=[("Saudi central bank follows Fed with quarter-point cut", "/markets/2026/09/17/sama-cut/"),
             ("Fed lowers rates, signals caution on further moves", "/markets/2026/09/16/fed-decision/"),
             ("Gulf bank shares rise as rate relief arrives", "/markets/2026/09/17/gulf-banks/")],
    text=_CB1_TEXT)

_CB2_TEXT = """
Companies and households with loans from Qatari banks can expect slightly smaller repayments in the coming months after Qatar Central Bank reduced its interest rates by a quarter of a percentage point this morning, its second cut of the year.

The move, announced hours after the US Federal Reserve lowered its own benchmark rate last night, takes the QCB deposit rate to 3.6 per cent from 3.85 per cent. The lending rate falls to 4.1 per cent from 4.35 per cent and the repo rate to 3.85 per cent from 4.1 per cent. All three changes took effect today.

In a short statement, the central bank said the adjustment "keeps the riyal's peg to the US dollar at the centre of our policy framework". The riyal has been pegged at QR3.64 to the dollar for more than 20 years, which in practice obliges Doha to follow the direction of US rates.

The Fed announced its decision at 9pm Doha time on Wednesday, cutting the federal funds target range by 25 basis points to between 3.25 and 3.5 per cent. Within about 13 hours the QCB had matched it.

## What it means for borrowers

Bankers said corporate clients would be the first to notice. Most business lending in Qatar is on floating terms, and many facilities reset monthly or quarterly against the QCB lending rate or interbank rates.

Lusail Commercial Bank said this afternoon that it would reprice corporate facilities linked to the lending rate from October 1, and at least two other lenders told the Courier they were preparing similar notices.

Retail customers will have to be more patient. "For mortgages and personal loans it usually takes a quarter or two," said Leena Matar, chief economist at Corniche Capital, who added that banks were also weighing the effect of lower rates on their deposit margins.

Rashid Al-Naimi, who runs a building-materials trading firm in the Industrial Area, said his company pays interest on a revolving credit line of about QR18 million. "A quarter point is not going to change our plans, but two of them in one year, plus the three last year, starts to add up," he said. "We are finally thinking about the second warehouse again."

[ad]

## Second cut of 2026

Today's decision follows a reduction of the same size on June 18, meaning the QCB has now cut by 50 basis points in 2026. It lowered rates three times in the closing months of 2025, by a combined 75 basis points.

Credit to the private sector reached about QR1.02 trillion at the end of July, according to central bank figures. Much of that is owed by real-estate, trade and services companies, sectors that economists expect to benefit most from cheaper money.

Inflation is not an obstacle. The Planning and Statistics Authority said consumer prices were 1.4 per cent higher in August than a year earlier, up from 1.1 per cent in July.

Investors welcomed the decision. The Qatar Stock Exchange index closed 0.6 per cent higher at 10,742.31 points, with Lusail Commercial Bank and other lenders among the best performers.

## What comes next

The Fed meets again on October 27-28, and traders are split on whether it will cut again. Omar Fakhroo, head of fixed income at Al Dafna Asset Management, said he expected one more US reduction before the end of the year, adding that the QCB "will match it the next morning".

Economists said the more important story for Qatar's economy in the next two years was gas rather than rates. New liquefied natural gas trains from the North Field expansion are due to start up in stages, which should give a lift to state revenue and to spending across the non-energy economy.

For now, the central bank appears content to let the dollar peg dictate its course. It said it would keep watching local and international developments and would act as needed.
"""

CB1_PAPER = _render(
    DOHA_COURIER, path="/business/banking/qcb-cuts-rates-second-time-2026-borrowers-relief", dateline="DOHA -",
    headline="Borrowers get some relief as QCB follows Fed with quarter-point cut",
    dek="The central bank's second reduction of 2026 takes its deposit rate to 3.6 per cent; "
        "banks say loan repricing will start next month.",
    section="Business", crumbs=["Business", "Banking"], authors=["Aisha Al-Marri"],
    role="Economy Editor", iso="2026-09-17T19:45:00+03:00",
    shown="Thursday, 17 September 2026, 7:45pm",
    img=("2026/09/westbay-towers.jpg",
         "Office towers in Doha's West Bay district, home to many of Qatar's banks.",
         "Photograph: Courier/Yusuf Rahimi"),
    bio="Aisha Al-Marri covers banking, property and the economy.",
    keywords=["QCB", "interest rates", "loans"],
    related=[("Explained: how the riyal peg works", "/business/explainers/riyal-peg"),
             ("Property sales rebound in the first half", "/business/property/h1-sales"),
             ("QSE week ahead: banks in focus", "/business/markets/qse-week-ahead")],
    text=_CB2_TEXT)

_CB3_TEXT = """
Qatar's central bank cut all three of its benchmark interest rates by a quarter of a percentage point on Thursday morning, mirroring a move by the US Federal Reserve the night before.

Qatar Central Bank said its deposit rate would drop to 3.6%, its repo rate to 3.85% and its lending rate to 4.1%, effective immediately. Each rate is 25 basis points lower than before.

The decision came in a statement released at 9.40am Doha time. The central bank said the adjustment was intended to keep the riyal's dollar peg at the heart of its policy while "giving households and firms some relief from borrowing costs".

The US Federal Reserve had lowered its main rate on Wednesday, announcing a cut to a range of 3.25 to 3.5 per cent at 9pm Qatar time. Because the Qatari riyal is tied to the dollar at a fixed rate of 3.64, the central bank in Doha normally moves within hours of Washington.

[ad]

## Second reduction this year

Thursday's decision is the second time this year that Qatar has reduced borrowing costs. In June the central bank also cut by 25 basis points, so rates are now half a percentage point lower than they were in January.

At midday, the Qatar Stock Exchange's main index was trading 0.4% up, with bank shares leading the gains.

Khaleej 24 asked people in Doha what the decision meant for them. Outside a bank branch in Al Sadd, Mohammed Iqbal, a restaurant owner, said he had taken out a loan last year to open a second outlet. "Every small cut helps me, but it is the banks that decide when I feel it," he said.

Nour Haidar, a teacher who is paying off a car loan, said she had not heard about the decision. "If my instalment goes down, I will notice it. If not, it is just news," she said.

## Banks expected to pass cut on

Economists told Khaleej 24 that businesses would feel the change first because corporate loans in Qatar are usually linked to variable rates.

Leena Matar, chief economist at Corniche Capital in Doha, said the benefit would take longer to reach ordinary borrowers. She said mortgages and personal loans typically adjusted over one or two quarters.

Lusail Commercial Bank, one of the country's mid-sized lenders, told customers it would lower rates on corporate loans tied to the central bank's lending rate from the first of October.

Prices in Qatar are rising only slowly, which gives the central bank room to ease. Official figures show inflation of 1.4% in August.

## Across the Gulf

Central banks in Saudi Arabia, the UAE, Kuwait and Bahrain also lowered rates after the Fed's decision. Most Gulf currencies are pegged to the dollar, with Kuwait the exception: its dinar is managed against a basket of currencies, though the US dollar dominates.

Analysts said attention would now turn to the Fed's next meeting at the end of October. If the US central bank cuts again, Qatar is widely expected to follow.

The QCB did not say whether more cuts were likely. In its statement it said it would continue to follow economic and financial developments at home and abroad.

Khaleej 24's business programme Market Close will discuss the decision with bankers and economists tonight at 7pm Doha time.

Last year the central bank cut rates three times between September and December, lowering them by 75 basis points in total.
"""

CB1_TV = _render(
    K24, path="/business/2026/09/17/qatar-cuts-interest-rates-matching-fed", dateline="Doha:",
    headline="Qatar cuts interest rates, matching US Federal Reserve",
    dek="Qatar Central Bank lowers deposit, repo and lending rates by 0.25 percentage points. "
        "What does it mean for your loan?",
    section="Business", authors=["Karim Mansour"], iso="2026-09-17T12:40:00+03:00",
    shown="17 Sep 2026, 12:40 Doha",
    video=("Watch: What Qatar's rate cut means for borrowers", "2:14"),
    img=("2026/09/doha-bank-branch.jpg", "Customers at a bank branch in Doha's Al Sadd area.",
         "Khaleej 24"),
    keywords=["Qatar", "rates", "loans"],
    related=[("Fed cuts rates by a quarter point", "/world/2026/09/16/fed-cuts"),
             ("Gulf markets open higher", "/business/2026/09/17/gulf-markets-open"),
             ("Market Close: full episode", "/programmes/market-close")],
    text=_CB3_TEXT)

_CB4_TEXT = """
Good morning from Doha. Another Fed Wednesday, another Gulf Thursday. Yesterday Qatar Central Bank did exactly what everybody expected and lowered all three of its policy rates by 25bp, about 13 hours after Washington cut the federal funds range to 3.25-3.50% on Wednesday afternoon US time.

## The numbers

Here is the new QCB grid, effective from yesterday: deposit rate 3.60% (was 3.85%), repo rate 3.85% (was 4.10%), lending rate 4.10% (was 4.35%). Note that the corridor has not changed. Lending still sits 50bp above deposit, with repo in the middle. And yes, the new repo rate is exactly where the deposit rate was until Thursday morning, which is what happens when you shift a ladder down by one rung.

This is the second cut of 2026, after the 25bp move on 18 June, so the cumulative easing this year is 50bp. Add the 75bp the QCB delivered across three meetings at the end of 2025 and the deposit rate is now 125bp below where it stood in the summer of 2025.

The statement was posted at 9.40am Doha time (06:40 GMT) and was, as usual, short. The line I would underline is the last clause of its key sentence: the cut comes "as price growth in Qatar remains moderate and the domestic economy continues to expand". Translation: no domestic reason to resist the Fed.

[ad]

## Inflation and credit

August CPI came in at 1.4% y/y, up from 1.1% in July. Housing, the biggest weight in the basket, is flat. Food is a touch firmer. None of it worries anyone.

Private-sector credit was QR1.02 trillion at end-July, roughly $280bn at the peg. Most of the corporate book floats, so the pass-through there is quick. Leena Matar at Corniche Capital put it neatly this week when she said retail loans take "a quarter or two" to reprice, which matches what we have seen in past cycles.

Lusail Commercial Bank was first out of the blocks, telling corporate clients their facilities linked to the QCB lending rate will reset from 1 October. Expect more of these letters over the next fortnight.

## Markets

The QSE index closed up 0.6% at 10,742.31 yesterday, helped by the banks. Net interest margins will compress a little as loans reprice faster than deposits, but equity investors seem to think volume growth will make up for it. I am less sure, at least for the smaller lenders with expensive funding.

Three-month interbank rates drifted lower through the session, though trading was thin.

## What I am watching

The Fed meets on 27-28 October. Futures are near a coin toss on another cut. Omar Fakhroo at Al Dafna Asset Management expects one more before Christmas and said the QCB "will match it the next morning". That is everyone's working assumption, including mine.

The more interesting question is what happens if the Fed pauses while Qatar's LNG expansion is ramping up. Stronger growth at home with flat US rates would mean a tighter stance than the domestic economy might want. That is the price of the peg, and Doha has paid it willingly for a long time.

## Elsewhere in the Gulf

Saudi Arabia, the UAE, Kuwait and Bahrain all followed the Fed as well. Kuwait, with its basket peg, is always the one to watch for a smaller move, but not this time.

## Housekeeping

No issue next Friday; I will be at a conference in Riyadh. Back on 2 October. Replies to this email reach me directly, and I read all of them.
"""

CB1_LETTER = _render(
    THE_PEG, path="/issues/112-doha-moves-in-lockstep-again",
    headline="The Peg #112: Doha moves in lockstep, again",
    dek="QCB cuts by 25bp after the Fed; the corridor stays intact; what to watch into October.",
    section="Newsletter", authors=["Yara Khoury"], iso=None,
    shown="Friday 18 September 2026", issue="Issue 112",
    signoff="Until next time, Yara",
    img=("112/qcb-grid.png", "Chart: QCB deposit, repo and lending rates since 2023.",
         "Source: QCB; chart by The Peg"),
    related=[("#111: Waiting for Jackson Hole", "/issues/111-waiting"),
             ("#108: The June cut", "/issues/108-the-june-cut")],
    text=_CB4_TEXT)

STORY_1 = _story("cb-KD1", "central bank", "2026-09-20",
                 [CB1_WIRE, CB1_PAPER, CB1_TV, CB1_LETTER], [])


# ---------------------------------------------------------------------------
# el-KD2 (CONTROL).
# Facts: Jordan's local elections, Tuesday 13 October 2026, polls 7am-7pm (16:00 GMT).  Greater
# Irbid mayor: Eng. Ziad Tawfiq Al-Shurman 41,286 (47.1%); Dr. Hala Mahmoud Al-Rousan 33,907
# (38.7%); Bassam Al-Jarrah 9,114 (10.4%); two others 3,402 combined.  Valid 87,709, invalid
# 2,318, ballots cast 90,027, registered 412,560, turnout 21.8%.  Margin 7,379.  186 polling
# stations.  National turnout: 27.1% announced on Tuesday night, 27.6% in the IEC's final
# figure on Wednesday.  IEC preliminary results Wednesday 14 October at 14:30.  Rousan
# conceded by phone at 10:05 Wednesday.  Municipal debt JD38 million (~$53.6m).
# Traps: running partial counts with their station numbers and moments, national vs city
# turnout, a district's votes, turnout estimate revised, vote shares vs vote counts, name
# forms ("Ziad Al-Shurman", "Eng. Shurman"), one quotation cut differently, Tuesday/yesterday.
# ---------------------------------------------------------------------------

_EL1_TEXT = """
@@ [2026-10-13] 19:00 | Polls close across Jordan

Polling stations closed at 7pm after twelve hours of voting in the municipal, governorate council and mayoral elections. In Greater Irbid, staff at the Al-Hashimiyya girls' school locked the doors on time, though people already queuing were allowed to vote.

The Independent Election Commission (IEC) said turnout nationwide stood at 19.8% at 5pm. A final figure is expected tonight.

@@ [2026-10-13] 19:45 | National turnout about 27%

The IEC's spokeswoman, Ruba Haddad, told reporters in Amman that preliminary national turnout at the close of polls was 27.1%. She said the commission would publish a checked figure with the results.

@@ [2026-10-13] 20:30 | Counting under way in Irbid

Counting has begun in the 186 polling stations of Greater Irbid. Each station counts its own boxes and sends the tally sheet to the district committee. Candidates' agents are watching in most rooms we visited.

@@ [2026-10-13] 21:15 | A slow start in the eastern districts

In one classroom in the eastern part of the city, the head of the station read out every ballot aloud before placing it on one of five piles, one per mayoral candidate, with a sixth pile for blank and spoiled papers. Agents checked each ballot against the light. At this pace, officials told us, the bigger stations will not finish before midnight.

[ad]

@@ [2026-10-13] 23:30 | Three-way race, two front-runners

Irbid Now reporters at the counting rooms say the mayoral race is between engineer Ziad Al-Shurman and pharmacist Dr. Hala Al-Rousan, with Bassam Al-Jarrah some way behind. No numbers yet that we can confirm.

@@ [2026-10-14] 01:50 | Shurman ahead with 112 stations counted

With 112 of 186 polling stations counted, according to tally sheets collected by candidates' agents, Shurman has 24,870 votes, Rousan 21,455 and Jarrah 5,230. These are unofficial and incomplete figures.

@@ [2026-10-14] 04:20 | Lead widens

With 171 of 186 stations in, the unofficial count gives Shurman 37,902, Rousan 31,160 and Jarrah 8,407. The remaining stations are mostly in the eastern neighbourhoods, where Shurman's campaign was strongest.

@@ [2026-10-14] 09:10 | All stations counted: Shurman wins, unofficially

All 186 stations have now reported. By the agents' tally Ziad Al-Shurman has 41,286 votes and Hala Al-Rousan 33,907, a margin of 7,379. Bassam Al-Jarrah has 9,114. Two other candidates received 3,402 votes between them.

@@ [2026-10-14] 10:05 | Rousan concedes

Dr. Hala Al-Rousan called Shurman to congratulate him, her campaign said. In a statement she said: "We accept the result. Irbid has chosen, and we will hold the new mayor to every promise he made in these weeks."

@@ [2026-10-14] 11:30 | Shurman speaks to supporters

Speaking outside his campaign tent on University Street, Shurman thanked voters. "This city gave me its trust without asking my family name or my street, and I will repay it with clean water in every neighbourhood, a bus that arrives on time and a municipality that answers its telephone," he said.

[ad]

@@ [2026-10-14] 14:30 | IEC confirms the result

The commission has announced preliminary official results. In Greater Irbid, 90,027 ballots were cast, of which 87,709 were valid and 2,318 invalid or blank. With 412,560 registered voters, turnout in the city was 21.8%. The figures match the count we have been reporting since this morning.

Nationwide turnout has been put at 27.6%, slightly above the 27.1% estimate given last night, after the commission finished checking returns from all districts.

@@ [2026-10-14] 15:40 | What happens next

Candidates have the right to challenge results in court within the legal deadline. The new mayor and council will take office once the final results are published in the Official Gazette. Shurman inherits a municipality that owes around JD38 million, according to its most recent budget.

That is the end of our live coverage. Thank you for following along.
"""

EL2_LIVE = _render(
    IRBID_NOW, path="/elections/2026/live-irbid-mayor-count",
    headline="Live: Irbid mayoral count - Shurman wins, IEC confirms",
    dek="Follow the count for Greater Irbid's mayor through the night, station by station, "
        "until the Independent Election Commission's announcement.",
    section="Elections", authors=["Lina Bataineh", "Omar Hijazi"],
    iso="2026-10-13T18:45:00+03:00", modified="2026-10-14T15:40:00+03:00",
    shown="Started Tuesday 13 October 2026, 18:45", updated_shown="Last update 15:40 Wednesday",
    img=("2026/10/irbid-count.jpg", "Election staff count ballots at a school in Irbid.",
         "Irbid Now/Omar Hijazi"),
    keypoints=["Ziad Al-Shurman wins the Greater Irbid mayoral race with 41,286 votes",
               "Hala Al-Rousan second with 33,907 and concedes",
               "City turnout 21.8%; nationwide 27.6%"],
    keywords=["Irbid", "local elections", "mayor"],
    related=[("Meet the five candidates for mayor", "/elections/2026/candidates"),
             ("Where to vote: polling stations by neighbourhood", "/elections/2026/where-to-vote")],
    text=_EL1_TEXT)

_EL2_TEXT = """
Engineer Ziad Al-Shurman won the race for mayor of Greater Irbid, Jordan's second-largest municipality, defeating a pharmacist and university lecturer who had sought to become the northern city's first woman mayor, the Independent Election Commission (IEC) said on Wednesday.

Shurman took 41,286 votes, or 47.1% of valid ballots, in Tuesday's local elections, according to preliminary official results announced by the commission in Amman. Dr. Hala Al-Rousan received 33,907 votes, or 38.7%. Bassam Al-Jarrah, a businessman backed by several merchant families, came third with 9,114 votes.

Turnout in Greater Irbid was 21.8%, with 90,027 ballots cast by 412,560 registered voters. Nationwide, the commission put turnout at 27.6%.

Rousan conceded on Wednesday morning. "We accept the result. Irbid has chosen," she said in a statement.

Shurman, 54, is a former head of the Irbid branch of the engineers' association and campaigned on water supply, public transport and the municipality's finances. Speaking to supporters, he said the city "gave me its trust without asking my family name or my street".

[ad]

The vote was the first for municipal and governorate councils since the government dissolved elected councils last year and placed them under appointed committees, a step officials said was needed to prepare a new local administration law.

Ruba Haddad, the IEC spokeswoman, said polling had passed without serious incidents. The commission received 214 complaints nationwide, most of them about campaigning near polling centres, she said, and none was serious enough to affect a result.

Independent monitors broadly agreed. A coalition of civil society groups that deployed observers to 1,400 polling stations said in a preliminary statement that the vote had been well organised, though it noted that some voters with disabilities struggled to reach upper-floor classrooms.

Irbid has long had a reputation for family-based voting, in which large clans agree on a candidate in advance. Shurman's campaign sought to play down that pattern, holding open meetings in neighbourhoods rather than in family guest houses.

Rousan's strong showing surprised some observers. She ran without the backing of a major family alliance and drew heavily on students and staff around Yarmouk University, where she teaches. She had promised to publish every municipal contract online.

"The result tells you that a woman with no clan machine can get almost four votes in ten in Irbid," said Samir Naffa, a political scientist who studies local government. "That would have been unthinkable ten years ago."

Polls were open from 7 a.m. to 7 p.m. (0400 to 1600 GMT). Counting in Irbid continued through the night, and unofficial tallies collected by candidates' agents showed Shurman ahead from the early hours of Wednesday.

The winner inherits serious financial problems. Greater Irbid Municipality owes about 38 million dinars ($53.6 million), much of it to suppliers and to the state-owned Cities and Villages Development Bank, according to its latest budget.

Candidates may appeal against the results in court within the legal deadline. The new mayors and councils take office after final results are published in the Official Gazette.

Shurman said on Wednesday that his first decision would be to publish a full list of the municipality's debts and the contracts behind them, and that he would ask the Ministry of Local Administration for help in rescheduling the largest ones.
"""

EL2_WIRE = _render(
    LPS, path="/jordan/2026/10/14/irbid-mayor-shurman-wins",
    headline="Engineer Shurman elected mayor of Irbid as Jordan counts local votes",
    dek="Ziad Al-Shurman beat Hala Al-Rousan with 47.1% of the vote; city turnout was 21.8% and "
        "national turnout 27.6%.",
    section="Jordan", authors=["Dana Qasem"], iso="2026-10-14T16:10:00+03:00",
    shown="14 October 2026 | 16:10 (Amman)", dateline="IRBID, Jordan, Oct 14 (LPS) -",
    img=("2026/10/shurman-supporters.jpg",
         "Supporters of Ziad Al-Shurman celebrate in Irbid on Wednesday.", "LPS/Ahmad Fraihat"),
    credit="Additional reporting by Raed Salameh in Amman; editing by Nadine Karam",
    keywords=["Jordan", "Irbid", "elections"],
    related=[("Jordanians vote for municipal and governorate councils",
              "/jordan/2026/10/13/local-elections-vote"),
             ("Zarqa mayor re-elected in tight race", "/jordan/2026/10/14/zarqa-mayor")],
    text=_EL2_TEXT)

_EL3_TEXT = """
The queues outside Irbid's polling stations on Tuesday were not long, but the result that emerged after a night of counting says a good deal about how the north's biggest city is changing.

Ziad Al-Shurman, an engineer who spent two decades building water and sewage networks before entering local politics, will be the next mayor of Greater Irbid. The Independent Election Commission (IEC) confirmed yesterday afternoon that he won 41,286 votes, 7,379 more than his nearest rival, Dr. Hala Al-Rousan.

Rousan's 33,907 votes were the story many people in Irbid were talking about yesterday. A pharmacist who lectures at Yarmouk University, she ran with no alliance of large families behind her, and still finished only about eight percentage points behind the winner.

## A vote in numbers

Of the 412,560 people registered in Greater Irbid, 90,027 cast a ballot, a turnout of just under 22 per cent, lower than the national figure of 27.6 per cent. Some 2,318 ballots were spoiled or blank, leaving 87,709 valid votes. Bassam Al-Jarrah came third with 9,114, and two minor candidates shared 3,402.

The margin was built neighbourhood by neighbourhood. In the Al-Barha area, near the old city centre, Shurman took 6,214 votes to Rousan's 4,980, according to the district committee's sheets. Rousan did better around the university and in newer districts to the south.

[ad]

## Promises to keep

In a speech to supporters yesterday, Shurman said the city had given him its trust and promised "clean water in every neighbourhood, a bus that arrives on time and a municipality that answers its telephone".

Each promise will be tested. Parts of Irbid still receive piped water only once or twice a week in summer. A planned rapid bus line to the university has been discussed for years without a start date. And the municipality's debts stand at about JD38 million, according to its most recent budget, leaving little money for new projects.

Mahmoud Obeid, who sells coffee from a kiosk near the Clock Roundabout, voted for Shurman. "He knows pipes. That is what we need," he said. His neighbour, a retired teacher, said she had voted for Rousan "because she talked to us like adults, not like cousins".

## What the result means

Tuesday's elections were the first since the government dissolved municipal councils last year and replaced them with appointed committees. Officials have said a new law will give councils more control over their own spending.

Samir Naffa, a political scientist who follows local government, said the Irbid result showed that family alliances still mattered, but less than before. He said the result showed that "a woman with no clan machine can get almost four votes in ten in Irbid".

Rousan has said she will hold the new mayor "to every promise he made in these weeks". Her supporters say they will field candidates for the council again in the next election.

The IEC said it received 214 complaints nationwide during the voting, most of them minor. Candidates can still challenge the results in court. Shurman will take office after the final results appear in the Official Gazette.

For now, the mood in the city is one of cautious curiosity. Shop owners on King Hussein Street said they would judge the new mayor by the state of the pavements and the rubbish collection by the spring, not by the size of his victory.
"""

EL2_PAPER = _render(
    AMMAN_CHRONICLE, path="/local/irbid-chooses-engineer-as-mayor-rousan-close-second", dateline="IRBID -",
    headline="Irbid chooses an engineer, but the runner-up may have made history",
    dek="Ziad Al-Shurman won Greater Irbid's mayoral race by 7,379 votes. Hala Al-Rousan's "
        "showing without family backing drew as much attention.",
    section="Local", crumbs=["Local", "Elections 2026"], authors=["Faris Momani"],
    role="Northern correspondent", iso="2026-10-15T07:00:00+03:00",
    shown="Thursday 15 October 2026",
    img=("2026/10/irbid-clock-roundabout.jpg", "Evening traffic at the Clock Roundabout in Irbid.",
         "Chronicle photo/Sami Zoubi"),
    bio="Faris Momani reports from Irbid and the northern governorates.",
    keywords=["Irbid", "mayor", "local elections"],
    related=[("Editorial: local councils need real money", "/opinion/local-councils-money"),
             ("Full results: mayors across the Kingdom", "/local/elections-2026-results")],
    text=_EL3_TEXT)

STORY_2 = _story("el-KD2", "election", "2026-10-17", [EL2_LIVE, EL2_WIRE, EL2_PAPER], [])


# ---------------------------------------------------------------------------
# ct-KD3 (CONTROL).
# Facts: Monday 19 January 2026, about 11am Beirut time (09:00 GMT), Palace of Justice in
# Adlieh: Beirut judge for urgent matters Rima Abi Khalil ordered Banque Cedrus (Cedrus Bank)
# to pay 14 depositors (mostly retired teachers) $2,371,600 in total ("$2.37 million", "nearly
# $2.4 million", ~LBP212 billion at 89,500 per dollar) into accounts abroad or in cash, within
# 15 days of notification; penalty LBP50 million (~$560) per day of delay.  Claimed: $2.9
# million with interest (interest refused).  Largest account $412,000, smallest $38,500.
# Appeal within eight days to the Beirut Court of Appeal; appeal does not suspend the order
# unless that court decides so.  Lawyer Karim Nassif (Wadi'a depositors' group).  Abi Khalil's
# earlier order (2025) for a single depositor: $186,000.
# Traps: dollar/pound conversions and rounding, claimed vs awarded, daily penalty, earlier
# case, Beirut/Adlieh, local time vs GMT, Monday/"two days ago", quote cut differently, bank
# name forms.
# ---------------------------------------------------------------------------

_CT1_TEXT = """
A Beirut judge on Monday ordered Banque Cedrus to return $2.37 million to 14 depositors, most of them retired teachers, in one of the largest rulings yet in favour of savers whose accounts have been frozen since Lebanon's financial collapse in 2019.

Judge Rima Abi Khalil, who hears urgent matters at the Beirut court, told the bank to pay the money within 15 days of being notified, either by transfer to accounts the depositors hold abroad or in cash dollars. For each day of delay after that, the bank will owe a penalty of 50 million Lebanese pounds, roughly $560 at the official exchange rate of 89,500 pounds to the dollar.

The decision was read shortly after 11am at the Palace of Justice in Adlieh, where a few dozen depositors had gathered in the corridor outside the courtroom. Some applauded when their lawyer came out.

The depositors had asked for $2.9 million, including interest accrued since 2019. The judge granted the principal sums in full, $2,371,600 between them, but refused the claim for interest, saying that question belonged before the courts that would hear the merits of the case.

## "The law is on the side of the depositor"

"For six years the banks told these teachers that the law did not allow them to pay," said Karim Nassif, the lawyer who represents the group on behalf of the depositors' association Wadi'a. "Today a judge said the law is on the side of the person who made the deposit, not the one who spent it."

[ad]

The individual amounts ranged from $38,500 to $412,000, according to the court file. Several of the account holders are in their seventies and said they had deposited their end-of-service payments with the bank.

Samia Chidiac, 71, who taught French at a public school in Jounieh for 34 years, said she had been withdrawing small sums in Lebanese pounds at a heavy loss to pay for medicine. "I am not asking for a gift. I am asking for my own money, the money I earned standing in front of a blackboard," she said.

## Bank to appeal

In a statement, Banque Cedrus said it "respects the judiciary" but considered that "individual rulings cannot solve a systemic crisis that requires a comprehensive legal framework", and that it would "use all available legal remedies".

The bank has eight days to appeal to the Beirut Court of Appeal. An appeal will not by itself suspend the order unless the appeal court decides to do so, Nassif said.

Similar rulings by urgent-matters judges have multiplied in recent years, but banks have often delayed payment through appeals and procedural challenges. Judge Abi Khalil issued a comparable order last year in favour of a single depositor, for $186,000, which the bank concerned eventually paid.

Lebanon's banks have limited withdrawals of dollar deposits since the autumn of 2019. Parliament has yet to agree on a law that would divide the losses of the financial system between the state, the central bank, commercial banks and depositors.

Bankers argue that paying some depositors in full because they went to court is unfair to the many who cannot afford lawyers. Depositors' groups answer that without court pressure, nobody would be paid at all.

Nassif said his team would notify the bank formally on Tuesday. If Banque Cedrus does not pay within the deadline and no court suspends the order, the depositors can ask the enforcement department to seize bank assets.
"""

CT3_PAPER = _render(
    CEDAR_DAILY, path="/justice/2026/01/19/judge-orders-banque-cedrus-repay-14-depositors", dateline="BEIRUT -",
    headline="Judge orders Banque Cedrus to repay $2.37 million to 14 depositors",
    dek="Most of the savers are retired teachers. The bank says it will appeal the urgent "
        "ruling issued in Beirut on Monday.",
    section="Justice", crumbs=["Justice", "Depositors"], authors=["Nadia Frem"],
    role="Courts reporter", iso="2026-01-19T18:30:00+02:00",
    shown="Monday, January 19, 2026 - 06:30 PM",
    img=("2026/01/adlieh-corridor.jpg",
         "Depositors wait outside a courtroom at the Palace of Justice in Adlieh, Beirut.",
         "Cedar Daily/Hassan Yammine"),
    bio="Nadia Frem covers the courts and the banking crisis.",
    keywords=["depositors", "banks", "courts", "Lebanon"],
    related=[("Explainer: what an urgent-matters judge can and cannot do",
              "/justice/explainer-urgent-matters-judge"),
             ("Depositors protest outside banks in Hamra", "/economy/2026/01/10/depositors-hamra"),
             ("Losses law: where the talks stand", "/economy/losses-law-state-of-play")],
    text=_CT1_TEXT)

_CT2_TEXT = """
Raouche TV - A judge in Beirut has ordered Banque Cedrus to give back nearly $2.4 million to a group of 14 savers whose money has been stuck in the bank since 2019.

Judge Rima Abi Khalil, the Beirut judge for urgent matters, issued the decision on Monday morning at the Palace of Justice. The bank must pay the depositors within 15 days of being notified of the ruling, either by transferring the money abroad or in cash.

At the official exchange rate of 89,500 pounds to the dollar, the amount is equal to about 212 billion Lebanese pounds.

If the bank does not pay on time, it will be fined 50 million pounds for every day of delay.

Most of the depositors are retired teachers from public schools. Their lawyer, Karim Nassif, spoke to Raouche TV outside the courtroom.

"Today a judge said the law is on the side of the person who made the deposit," Nassif said. He said the teachers had tried for years to get their money through the bank's branches before deciding to go to court.

[ad]

## The bank's response

Banque Cedrus said in a written statement that individual rulings "cannot solve a systemic crisis". The bank said it would use all legal options, which means it is expected to appeal. Under the law it has eight days to take the case to the Beirut Court of Appeal.

The depositors had asked for more: about $2.9 million, because they also wanted interest for the years their money was blocked. The judge did not accept that part of the request.

## Teachers who waited six years

Among the depositors in court on Monday was Joseph Haddad, 68, a retired mathematics teacher from Zahle. He said his savings of just over $100,000 had been meant to pay for his grandchildren's university fees.

"The first year I was angry, the second year I was sad, and then I stopped telling my family about it," he told Raouche TV. "Today is the first good day in a long time, but I will believe it when the money is in my hand."

Another depositor, Samia Chidiac, a former French teacher, said she had sold her car to pay for medical treatment because she could not reach her savings.

## A crisis without a law

Since October 2019, Lebanese banks have stopped most depositors from withdrawing their dollars freely. Successive governments have promised a law to share the losses between the state, the central bank, the banks and depositors, but Parliament has not passed it.

In the meantime, some depositors have gone to court, and some judges have ruled in their favour. Banks usually appeal, and many rulings have taken months to enforce.

Last year Judge Abi Khalil issued a similar decision for one depositor, who was owed $186,000. That money was eventually paid, according to Nassif.

## What happens next

The depositors' lawyers say they will formally notify the bank on Tuesday. The 15-day deadline starts from that date. If the bank appeals, the Court of Appeal can decide whether to suspend the order while it examines the case.

Wadi'a, the depositors' association that supported the case, said it had more than 40 similar files ready for court.

Raouche TV will follow the case. Watch our full report on the evening news at 8pm.
"""

CT3_TV = _render(
    RAOUCHE_TV, path="/news/lebanon/2026-01-19/judge-cedrus-teachers-deposits",
    headline="Beirut judge tells Banque Cedrus to return savings of 14 retired teachers",
    dek="The bank must pay nearly $2.4 million within 15 days of notification or face a daily "
        "fine, the urgent-matters judge ruled.",
    section="Lebanon", authors=["Rami Azar"], iso="2026-01-19T13:15:00+02:00",
    shown="19-01-2026 | 13:15", video=("Depositors react outside the courtroom", "3:02"),
    img=("2026/01/teachers-court.jpg", "Retired teachers at the Palace of Justice on Monday.",
         "Raouche TV"),
    keywords=["Banque Cedrus", "depositors", "judiciary"],
    related=[("Depositors' associations plan new protest", "/news/lebanon/depositors-protest"),
             ("Talk show: who pays for the losses?", "/shows/the-hour/losses")],
    text=_CT2_TEXT)

_CT3_TEXT = """
Dear readers,

Two days ago, on Monday, fourteen of you, or people very much like you, won something that most Lebanese depositors have stopped hoping for: a court order telling a bank to hand back their money in real dollars.

## The ruling

Judge Rima Abi Khalil, who sits as the Beirut judge for urgent matters, ordered Banque Cedrus to pay $2,371,600 to 14 depositors, mostly retired public-school teachers. The order covers the full principal of their dollar accounts, which range from $38,500 to $412,000. The money must be transferred abroad or paid in cash within 15 days of notification. After that, the bank owes LBP 50 million for every day it is late, about $560 at the official rate of 89,500.

The depositors had claimed $2.9 million, including interest since 2019. The judge said interest was a matter for the full trial and refused it for now. That is a reasonable outcome, and it avoids a fight over which interest rate applies to a frozen account.

The decision was read just after 11am on Monday (9am GMT) in a courtroom at the Palace of Justice in Adlieh. We have seen a copy.

[ad]

## Why it matters

Urgent-matters judges have issued orders like this before. What is different here is the size. At nearly $2.4 million, this is among the largest orders of its kind in a single file. Abi Khalil's previous order in a similar case, last year, was for one depositor and $186,000.

Karim Nassif, the lawyer for the group and for the depositors' association Wadi'a, put it this way in court: "For six years the banks told these teachers that the law did not allow them to pay." We have heard some version of that from many of you.

## The bank's answer

Banque Cedrus said it "respects the judiciary" but that individual rulings cannot fix what it called a systemic crisis "that requires a comprehensive legal framework". It will appeal. It has eight days to do so, before the Beirut Court of Appeal. An appeal does not automatically freeze the order; the appeal court must decide that.

The formal notification was delivered yesterday, Tuesday, according to Nassif's office. So the 15-day clock is now running.

## What you can do

If your situation is similar, here is what we have learned from following these cases for three years:

Keep every bank statement since 2019, including the ones showing transfers into "lollar" accounts.

Do not sign any document from your bank that describes a partial payment as a full settlement.

Talk to a lawyer or a depositors' association before you go to court. Filing fees and expert costs are not small, and some associations, including Wadi'a, help members with them.

## A word of caution

A court order is not money in the bank. Lebanese banks have delayed many such orders through appeals and procedural objections, and enforcement can take months. We will track this one and tell you when, or whether, the teachers are paid.

## Also this week

The parliamentary finance committee met again on the law that is supposed to divide the losses of the banking system. There was no vote. We will have a full reading of the latest draft in our next issue.

Stay strong, and write to us.
"""

CT3_LETTER = _render(
    FROZEN, path="/issues/2026-01-21-the-teachers-case",
    headline="The teachers' case: what Monday's ruling against Banque Cedrus means",
    dek="A Beirut judge ordered $2.37 million returned to 14 depositors. We read the decision "
        "and explain what happens next.",
    section="Newsletter", authors=["The Frozen team"], iso=None,
    shown="Wednesday 21 January 2026", issue="Issue 87 · Court tracker",
    signoff="Maya, Walid and the Frozen team",
    img=("87/courtroom-sketch.jpg", "Illustration: the courtroom in Adlieh on Monday.",
         "Illustration by Rana Sfeir for Frozen"),
    related=[("How urgent-matters cases work, step by step", "/guides/urgent-matters"),
             ("Issue 86: the lollar trap", "/issues/2026-01-14-lollar-trap")],
    text=_CT3_TEXT)

STORY_3 = _story("ct-KD3", "court", "2026-01-23", [CT3_PAPER, CT3_TV, CT3_LETTER], [])


# ---------------------------------------------------------------------------
# tr-KD4 (PLANTED: growth rate of non-oil exports in the newsletter; the official's title in
# the Riyadh paper).
# Facts: GASTAT published July 2026 trade data on Tuesday 29 September 2026.  Non-oil exports
# incl. re-exports SAR28.6bn ($7.63bn), +11.2% y/y (SAR25.7bn in July 2025).  National non-oil
# exports SAR19.5bn +6.0%; re-exports SAR9.1bn +24.5% (machinery and electrical equipment
# +41%).  Oil exports SAR67.8bn, -8.1%; total exports SAR96.4bn, -3.1%; oil share 70.3% (74.1% a
# year earlier).  Imports SAR74.9bn +4.6%.  Surplus SAR21.5bn (SAR27.9bn a year earlier).
# Non-oil exports / imports 38.2% (35.9%).  Jan-Jul non-oil exports SAR187.4bn +8.9%; June
# non-oil exports +8.7%.  China biggest buyer overall (14.2% of exports), UAE top market for
# non-oil goods.  Abdulmajeed Al-Sahli, GASTAT vice-president for economic statistics.
# Tariq Bukhari, Najd Capital.
# Planted: growth 11.2% vs 12.4% (Dhow Trade Brief); vice-president vs president (Riyadh
# Tribune).  Traps: SAR vs dollars, rounding, June and year-to-date growth, components' growth,
# shares, a quote cut at different places.
# ---------------------------------------------------------------------------

_TR1_TEXT = """
Saudi Arabia's non-oil exports rose 11.2% in July from a year earlier, driven by a jump in re-exports of machinery and electrical goods, while lower crude shipments pulled total exports down, official data showed on Tuesday.

Non-oil exports, including re-exports, reached 28.6 billion riyals ($7.63 billion), up from 25.7 billion riyals in July 2025, the General Authority for Statistics (GASTAT) said in its monthly international trade bulletin.

Re-exports climbed 24.5% to 9.1 billion riyals. National non-oil exports, which exclude goods that pass through the kingdom without being processed, rose 6.0% to 19.5 billion riyals.

Oil exports fell 8.1% to 67.8 billion riyals, reflecting lower prices and output, and total merchandise exports slipped 3.1% to 96.4 billion riyals. Oil accounted for 70.3% of all exports, down from 74.1% a year earlier.

"Re-exports of machinery and electrical equipment were the fastest-growing part of the non-oil basket in July, and that reflects the expanding role of the Kingdom's ports and logistics zones as a gateway to neighbouring markets," said Abdulmajeed Al-Sahli, GASTAT's vice-president for economic statistics.

Re-exports of machinery, electrical equipment and parts rose 41% year on year, the data showed.

[ad]

Imports rose 4.6% to 74.9 billion riyals, narrowing the merchandise trade surplus to 21.5 billion riyals from 27.9 billion riyals in July 2025. The ratio of non-oil exports to imports improved to 38.2% from 35.9%.

Diversifying exports away from oil is a central aim of Vision 2030, the economic reform plan launched a decade ago, which targets non-oil exports equal to 50% of non-oil gross domestic product by the end of the decade.

July's growth rate was the strongest in several months. Non-oil exports rose 8.7% in June, and over the first seven months of 2026 they totalled 187.4 billion riyals, 8.9% more than a year earlier.

"The headline is flattered by re-exports, which carry less local value added, but national non-oil exports are still growing at a decent clip despite weak petrochemical prices," said Tariq Bukhari, senior economist at Riyadh-based Najd Capital. "What I would like to see is that 6% turning into double digits."

China remained the kingdom's largest export market overall, taking 14.2% of total exports in July, followed by India and Japan. The United Arab Emirates was the largest destination for non-oil goods.

Chemical and plastic products made up the bulk of national non-oil exports. Saudi petrochemical producers have faced weaker margins this year as new capacity in Asia has weighed on prices.

The government has invested heavily in ports, free zones and logistics parks, including special economic zones near Jeddah and on the eastern coast, to attract regional distribution hubs. Several global manufacturers have moved Middle East warehousing to the kingdom since 2024.

GASTAT is due to publish August trade figures in late October.

The statistics authority compiles the monthly bulletin from customs declarations, and figures for recent months are sometimes revised as late documents arrive. It does not publish separate price and volume indices with the monthly release, which makes it hard to say how much of the change in oil revenue came from prices rather than quantities.

Saudi shares were little changed after the data, with the main index ending Tuesday's session almost flat.
"""

TR4_WIRE = _render(
    GLW, path="/economy/2026/09/29/saudi-non-oil-exports-rise-july/",
    headline="Saudi non-oil exports up 11.2% in July on re-export surge",
    dek="Non-oil exports including re-exports reached SAR 28.6 billion in July; total exports "
        "fell as oil shipments declined.",
    section="Economy", authors=["Faisal Al-Harbi"], iso="2026-09-29T11:20:00+03:00",
    shown="September 29, 2026 11:20 AM AST", dateline="RIYADH, Sept 29 (Gulf Ledger Wire) -",
    img=("2026/09/jeddah-port.jpg", "Containers stacked at Jeddah Islamic Port.",
         "Photo: Gulf Ledger Wire/File"),
    credit="Reporting by Faisal Al-Harbi; editing by Sunil Varghese",
    keywords=["Saudi Arabia", "trade", "exports", "GASTAT"],
    related=[("Saudi PMI edges up in August", "/economy/2026/09/03/saudi-pmi/"),
             ("Oil exports slip as OPEC+ output steady", "/energy/2026/09/18/saudi-crude-exports/")],
    text=_TR1_TEXT)

_TR2_TEXT = """
Saudi Arabia's exports of goods other than oil grew by 11.2% in July compared with the same month last year, according to figures released on Tuesday by the General Authority for Statistics.

The value of non-oil exports, which includes re-exports, was 28.6 billion riyals, or about 7.6 billion dollars. A year earlier the figure was 25.7 billion riyals.

Most of the increase came from re-exports: goods that are imported and then shipped on to other countries. They grew by almost a quarter, 24.5%, to 9.1 billion riyals. Exports of goods made in Saudi Arabia, excluding oil, rose 6% to 19.5 billion riyals.

## Machinery leads the way

GASTAT's vice-president for economic statistics, Abdulmajeed Al-Sahli, told Sahara Business TV that machinery and electrical equipment led the growth in re-exports.

In an interview on our Markets Today programme, Al-Sahli said the surge "reflects the expanding role of the Kingdom's ports and logistics zones as a gateway to neighbouring markets".

Re-exports in that category were up 41% on the year.

[ad]

## Oil drags on total exports

Total exports, including oil, fell 3.1% to 96.4 billion riyals. Oil exports dropped 8.1% to 67.8 billion riyals, and the share of oil in total exports went down to 70.3%.

Imports increased by 4.6% to 74.9 billion riyals. As a result, the trade surplus was 21.5 billion riyals, smaller than the 27.9 billion riyals recorded in July last year.

Non-oil exports covered 38.2% of imports, up from 35.9% a year earlier.

## What analysts say

Tariq Bukhari, a senior economist at Najd Capital in Riyadh, told Sahara Business TV that the growth in re-exports was good news for the logistics sector but added less to the economy than locally made goods.

He said "national non-oil exports are still growing at a decent clip despite weak petrochemical prices", which he described as the more encouraging part of the report.

Bukhari said petrochemicals, which make up most of Saudi Arabia's own non-oil exports, had been hurt by new factories in Asia that have increased supply and lowered prices.

## Diversification target

Saudi Arabia wants non-oil exports to become much more important under Vision 2030. The target is for non-oil exports to reach half of non-oil GDP by 2030.

So far this year, from January to July, non-oil exports totalled 187.4 billion riyals, an increase of 8.9% from the first seven months of 2025. In June alone the increase was 8.7%.

## Who buys Saudi goods

China was again the biggest buyer of Saudi exports in July, with 14.2% of the total. India and Japan followed. For non-oil products, the United Arab Emirates was the top destination.

Sahara Business TV's Markets Today airs weekdays at 9am Riyadh time. Watch the full interview with Abdulmajeed Al-Sahli on our website and app.

Saudi shares were little changed on Tuesday after the data. The main index ended the session almost flat, with petrochemical stocks slightly lower.

The next monthly trade report, covering August, is expected from GASTAT towards the end of October.

Exporters we spoke to at a trade exhibition in Riyadh this week said the picture in their own order books was mixed. A manufacturer of electrical cables said orders from Iraq and Kuwait were strong, while a maker of plastic packaging said buyers in Asia were still pushing hard on price.
"""

TR4_TV = _render(
    SBTV, path="/economy/saudi-non-oil-exports-july-2026", dateline="Riyadh:",
    headline="Saudi non-oil exports climb 11.2% in July as re-exports jump",
    dek="Re-exports of machinery and electrical equipment drove the increase, GASTAT official "
        "tells Sahara Business TV.",
    section="Economy", authors=["Reem Al-Qahtani"], iso="2026-09-29T15:05:00+03:00",
    shown="29/09/2026 15:05 KSA", video=("Interview: GASTAT's Abdulmajeed Al-Sahli", "6:48"),
    img=("2026/09/dammam-port.jpg", "Cranes at King Abdulaziz Port in Dammam.",
         "Sahara Business TV"),
    keywords=["exports", "GASTAT", "Vision 2030"],
    related=[("Markets Today: full episode", "/shows/markets-today/2026-09-29"),
             ("Petrochemical margins under pressure", "/energy/petchem-margins-q3")],
    text=_TR2_TEXT)

_TR3_TEXT = """
Re-exports are doing much of the heavy lifting for the Kingdom's non-oil trade, the latest official figures show, as goods shipped through Saudi ports to neighbouring markets grew at about four times the pace of locally made exports in July.

Non-oil exports, including re-exports, rose 11.2 per cent year on year to SR28.6 billion, the General Authority for Statistics (GASTAT) said yesterday. Re-exports alone jumped 24.5 per cent to SR9.1 billion, while national non-oil exports grew 6 per cent to SR19.5 billion.

GASTAT president Abdulmajeed Al-Sahli said machinery and electrical equipment were the fastest-growing part of the non-oil basket. He said in comments accompanying the release that the surge "reflects the expanding role of the Kingdom's ports and logistics zones as a gateway to neighbouring markets".

Re-exports of machinery, electrical equipment and parts rose 41 per cent, according to the bulletin.

## Oil share falls

Total merchandise exports fell 3.1 per cent to SR96.4 billion as oil exports declined 8.1 per cent to SR67.8 billion. Oil's share of total exports fell to 70.3 per cent from 74.1 per cent a year earlier, a change that reflects weaker crude revenue as much as stronger non-oil sales.

Imports rose 4.6 per cent to SR74.9 billion, and the surplus in merchandise trade narrowed to SR21.5 billion from SR27.9 billion in July 2025.

[ad]

## Logistics bet pays off

The figures lend support to the government's push to turn the Kingdom into a regional distribution centre. Over the past three years, special economic zones and logistics parks have opened near Jeddah, Riyadh and on the Gulf coast, and several multinational manufacturers have moved their regional warehouses into the country.

At a logistics park east of Riyadh, Hamad Al-Shehri, operations manager for a distribution company that supplies electrical equipment to Kuwait, Bahrain and Iraq, said volumes through his warehouse had roughly doubled since 2024. "Customers want stock within a day's drive of their shops. From here we reach three countries by road," he said.

Economists caution that re-exports bring less benefit to the economy than goods made locally. "The headline is flattered by re-exports, which carry less local value added," said Tariq Bukhari, senior economist at Najd Capital. He said he wanted national non-oil exports to reach double-digit growth.

## Year to date

In the first seven months of 2026, non-oil exports reached SR187.4 billion, up 8.9 per cent on the same period last year. June's increase was 8.7 per cent, making July's rise the fastest in several months.

The ratio of non-oil exports to imports, which the government watches as a measure of progress on diversification, improved to 38.2 per cent from 35.9 per cent.

China bought 14.2 per cent of all Saudi exports in July, making it the largest market, ahead of India and Japan. The UAE was the top market for non-oil products.

Under Vision 2030, the Kingdom aims to raise non-oil exports to 50 per cent of non-oil GDP by 2030. In dollar terms, July's non-oil exports were worth about $7.6 billion.

GASTAT will release August trade data next month.

Officials at the Saudi Export Development Authority have said they expect the share of locally made goods in non-oil exports to rise as new plants for vehicles, pharmaceuticals and processed minerals start production over the next two years. Until then, much of the growth is likely to keep coming from trade that passes through Saudi ports rather than trade that starts in Saudi factories.
"""

TR4_PAPER = _render(
    RIYADH_TRIBUNE, path="/economy/2026/09/30/re-exports-heavy-lifting-non-oil-trade", dateline="RIYADH -",
    headline="Re-exports do the heavy lifting as non-oil trade grows 11.2%",
    dek="Goods passing through Saudi ports grew about four times as fast as locally made "
        "exports in July, official data show.",
    section="Economy", crumbs=["Economy", "Trade"], authors=["Mohammed Al-Zahrani"],
    role="Business reporter", iso="2026-09-30T06:00:00+03:00",
    shown="Wednesday 30 September 2026",
    img=("2026/09/logistics-park.jpg", "A distribution warehouse at a logistics park east of Riyadh.",
         "Riyadh Tribune/Saad Al-Otaibi"),
    bio="Mohammed Al-Zahrani writes about trade, industry and logistics.",
    keywords=["Saudi Arabia", "re-exports", "logistics"],
    related=[("New free zone opens near Jeddah port", "/economy/2026/08/jeddah-free-zone"),
             ("Opinion: exports need more local content", "/opinion/exports-local-content")],
    text=_TR3_TEXT)

_TR4_TEXT = """
Good morning. Three things today: Saudi July trade, a rate change on the Jebel Ali to Dammam feeder route, and a tariff notice from Oman.

## 1. Saudi July trade: re-exports carry the month

GASTAT's July bulletin landed on Tuesday, and the number that will be quoted in every ministry presentation this month is the 12.4% year-on-year rise in non-oil exports, to SAR 28.6bn ($7.6bn).

Look underneath and the picture is more mixed. Re-exports did most of the work, up 24.5% to SAR 9.1bn. Goods made in the Kingdom, excluding oil, managed 6% growth to SAR 19.5bn. Within re-exports, machinery and electrical equipment were up 41%, which fits everything we hear from forwarders about regional distribution centres moving into Saudi logistics parks.

Abdulmajeed Al-Sahli, GASTAT's vice-president for economic statistics, described machinery and electrical equipment as "the fastest-growing part of the non-oil basket in July". He tied it to "the expanding role of the Kingdom's ports and logistics zones as a gateway to neighbouring markets".

Tariq Bukhari at Najd Capital was more cautious, pointing out that re-exports carry less local value added. He wants the 6% figure for national exports to get into double digits.

[ad]

The rest of the bulletin, quickly:

Total exports SAR 96.4bn, down 3.1%. Oil exports SAR 67.8bn, down 8.1%. Oil's share of exports 70.3%, against 74.1% in July 2025.

Imports SAR 74.9bn, up 4.6%. Surplus SAR 21.5bn, down from SAR 27.9bn.

Non-oil exports to imports: 38.2%, from 35.9%.

Year to date (January to July): non-oil exports SAR 187.4bn, up 8.9%. June's growth was 8.7%, so July was a clear step up.

Markets: China 14.2% of total exports, then India and Japan. The UAE remains the top buyer of Saudi non-oil goods.

Our take: the logistics story is real, but it tells you as much about Saudi Arabia's role as a warehouse for the region as about its factories. Petrochemical producers, who make up most national non-oil exports, are still struggling with prices. Watch August data, due late October, to see whether re-exports can keep this pace.

## 2. Feeder rates: Jebel Ali to Dammam

Two feeder operators have raised rates on the Jebel Ali to Dammam run by around 8% from 1 October, citing higher bunker costs and congestion at the Dammam end during the peak season. One forwarder told us the increase had been expected since August. Shippers with fixed contracts are not affected until renewal.

## 3. Oman: tariff notice on steel products

Oman's commerce ministry has published a notice on proposed changes to import duties on some flat steel products, with comments invited from importers for 30 days. The notice does not yet give a final rate. We will read the details and report back in Friday's issue.

## Quick hits

Qatar's port volumes rose in August, according to the port operator's monthly update. Jordan's Aqaba container terminal reported a busy month for transit cargo to Iraq. And Bahrain's customs authority says its new single-window system is now handling more than 90% of declarations.

One more note from readers: several of you asked whether the re-export jump reflects goods that used to move through Dubai now moving through Saudi hubs instead. The bulletin cannot answer that directly, because it reports destinations, not previous routings. Anecdotally, forwarders tell us that some regional stock has indeed moved, mostly for customers who need to be close to Saudi buyers, while Dubai keeps its role for re-exports to Africa and South Asia.

See you on Friday.
"""

TR4_LETTER = _render(
    DHOW_BRIEF, path="/latest/2026-10-01-saudi-july-trade-feeder-rates",
    headline="Saudi July trade: re-exports carry the month",
    dek="Non-oil exports up on re-exports; feeder rates rise on the Jebel Ali to Dammam route; "
        "Oman steel tariff notice.",
    section="Newsletter", authors=["Priya Menon"], iso="2026-10-01T08:00:00+04:00",
    shown="Thursday 1 October 2026", issue="Dhow Trade Brief No. 241",
    signoff="Priya Menon, Dubai",
    img=("241/saudi-nonoil-chart.png",
         "Chart: Saudi non-oil exports and re-exports, monthly, 2024-2026.",
         "Data: GASTAT; chart: Dhow Trade Brief"),
    keywords=["Saudi Arabia", "trade", "shipping"],
    related=[("No. 240: Red Sea routings in September", "/latest/2026-09-28-red-sea-routings"),
             ("No. 238: Saudi June trade", "/latest/2026-09-01-saudi-june-trade")],
    text=_TR4_TEXT)

STORY_4 = _story("tr-KD4", "trade", "2026-10-02", [TR4_WIRE, TR4_TV, TR4_PAPER, TR4_LETTER],
                 [("non-oil export growth in July", r"11\.2\s?(%|per ?cent)",
                   r"12\.4\s?(%|per ?cent)"),
                  ("Abdulmajeed Al-Sahli's title", r"vice[- ]president",
                   r"(?<!vice-)(?<!vice )\bpresident\b")])


# ---------------------------------------------------------------------------
# rk-KD5 (PLANTED: liftoff time on Khaleej 24; the flight director's surname in Launch
# Manifest; the number of experiments in Sultanate Times).
# Facts: Nawras Aerospace's Najm-2, a two-stage solid-fuel suborbital rocket (8.7 m), lifted
# off from Etlaq Spaceport near Duqm (Al Wusta, about 450 km south of Muscat) on Wednesday 11
# November 2026 at 06:42 Gulf Standard Time (02:42 GMT).  Apogee 134 km (about 83 miles), top
# speed about Mach 4.6.  Capsule with four experiments splashed down in the Arabian Sea about
# 212 km downrange some 14 minutes after liftoff, recovered by the vessel Sawqirah at 09:35.
# First attempt on Sunday 8 November stopped at T-minus 40 seconds (pressure sensor reading in
# the second stage).  CEO Marwan bin Saif Al-Habsi; flight director Dr. Katrin Vogelsang
# (Nordwind Raumfahrt, Bremen).  Next: Najm-3 in 2027.
# Planted: 06:42 vs 07:12 (Khaleej 24); Vogelsang vs Vogelgesang (Launch Manifest); four vs
# three experiments (Sultanate Times).  Traps: GST vs GMT vs Doha time, km vs miles, the
# scrubbed Sunday attempt, staging and splashdown times, quote cut at different places.
# ---------------------------------------------------------------------------

_RK1_TEXT = """
@@ 05:20 | Good morning from Duqm

We are at the public viewing area about 12 km from the pad at Etlaq Spaceport. Nawras Aerospace is trying again to launch its Najm-2 rocket after Sunday's attempt was called off at T-minus 40 seconds. The launch window opens at 06:30 and closes at 08:30 local time.

@@ 05:55 | Weather looks good

Light north-easterly wind, clear sky, sea calm. The company's weather officer says all launch criteria are met. A few hundred people have come, many of them students from schools in Duqm and Haima.

@@ 06:10 | Count resumes after brief hold

A short hold while range safety confirmed that fishing boats had left the hazard area off the coast. The count is running again, with liftoff now targeted for 06:42 GST.

@@ 06:25 | Final poll: all stations "go"

On the mission audio, each console answered the flight director's final poll in turn: propulsion, avionics, tracking, recovery, range safety and weather. All reported "go". The rocket is now on internal power. Children near us have started their own countdown, far too early.

[ad]

@@ 06:42 | Liftoff!

Najm-2 is off the pad. A bright orange flame and then a white trail heading south-east over the sea. The crowd is cheering. The two-stage rocket is carrying four experiments in its recovery capsule.

@@ 06:45 | Second stage burning

Flight director Dr. Katrin Vogelsang confirmed on the mission audio feed that the first stage separated as planned and the second stage ignited. Nawras says the rocket reached about Mach 4.6.

@@ 06:47 | Above 100 km

The company's commentator says Najm-2 has passed 100 km, the height usually used as the boundary of space. Applause in the viewing area.

@@ 06:57 | Splashdown

The capsule splashed down under its parachute in the Arabian Sea, about 212 km downrange, some 14 minutes after liftoff. The recovery ship Sawqirah is heading to it.

@@ 07:05 | Reactions in the viewing area

Fatma Al-Junaibi, 16, a student from Duqm, told us she had been awake since three in the morning. "I saw it with my own eyes. Now I want to build the next one," she said. An older fisherman standing next to her said he had moved his boat out of the hazard zone on Tuesday night and did not mind at all.

@@ 07:30 | "Above the line where space begins"

Nawras chief executive Marwan Al-Habsi spoke to reporters at the viewing site. "Today an Omani team put an Omani rocket above the line where space begins, from Omani soil, and brought its cargo home in one piece," he said. He said the rocket reached a maximum altitude of 134 km, according to preliminary tracking data.

[ad]

@@ 08:15 | Sunday's problem explained

Dr. Vogelsang, who is on loan from Nordwind Raumfahrt in Bremen, told us Sunday's countdown was stopped because a pressure sensor in the second stage gave a reading outside its limits. Engineers replaced the sensor on Monday. "The rocket was fine. The sensor was not. We prefer to stop for a bad sensor than fly with a doubt," she said.

@@ 09:35 | Capsule recovered

Nawras says the Sawqirah crew has lifted the capsule out of the water. All four experiments are on board and will be brought back to Duqm port this afternoon.

@@ 10:10 | Ministry statement

The Ministry of Transport, Communications and Information Technology has issued a short statement calling the flight "a proud day for the Sultanate" and thanking the engineers and the spaceport staff.

@@ 11:00 | What comes next

The company plans to fly a larger rocket, Najm-3, in 2027 from the same spaceport. We are ending our live coverage here. Thank you for joining us, and congratulations to the team.
"""

RK5_LIVE = _render(
    WUSTA_TODAY, path="/live/2026/11/11/najm-2-launch-etlaq",
    headline="Live: Najm-2 launch from Etlaq Spaceport - rocket reaches space",
    dek="Follow Nawras Aerospace's second attempt to launch its Najm-2 suborbital rocket from "
        "Duqm, as it happened.",
    section="Duqm", authors=["Salim Al-Jabri"], iso="2026-11-11T05:20:00+04:00",
    modified="2026-11-11T11:00:00+04:00", shown="Wednesday 11 November 2026",
    updated_shown="Updated 11:00", day="2026-11-11", tz="+04:00",
    img=("2026/11/najm2-liftoff.jpg", "Najm-2 lifts off from Etlaq Spaceport near Duqm.",
         "Al Wusta Today/Salim Al-Jabri"),
    keypoints=["Najm-2 lifted off at 06:42 GST and reached 134 km",
               "Capsule with four experiments recovered from the Arabian Sea",
               "Sunday's attempt was stopped at T-minus 40 seconds"],
    keywords=["Duqm", "Etlaq", "Nawras Aerospace", "Najm-2"],
    related=[("Sunday's launch attempt stopped seconds before liftoff", "/news/2026/11/08/najm-2-scrub"),
             ("Inside Etlaq: a visit to the spaceport", "/features/inside-etlaq")],
    text=_RK1_TEXT)

_RK2_TEXT = """
An Omani company has launched a rocket into space for the first time, sending its Najm-2 vehicle to an altitude of 134 kilometres from the Etlaq Spaceport near Duqm on Wednesday morning.

The two-stage rocket, built by Muscat-based Nawras Aerospace, lifted off at 7.12am local time (0312 GMT) and crossed the 100-kilometre mark, the altitude widely accepted as the edge of space, a few minutes later.

Its recovery capsule, carrying four experiments from universities and companies in Oman and Qatar, came down by parachute in the Arabian Sea about 212km from the launch site. A company ship recovered it later in the morning.

Nawras chief executive Marwan Al-Habsi said the flight proved that Oman could build and launch its own rockets. "We now know what we are capable of, and we will be back on this pad in 2027 with something bigger," he told Khaleej 24 at the spaceport.

## Second attempt

Wednesday's launch was the company's second try this week. On Sunday the countdown was stopped 40 seconds before liftoff after a sensor in the rocket's second stage gave an abnormal pressure reading. Engineers replaced the part on Monday.

The flight was overseen by Dr. Katrin Vogelsang, a German engineer from the firm Nordwind Raumfahrt in Bremen, which has helped Nawras with ground systems and tracking.

[ad]

## What was on board

Sultan Qaboos University flew a small instrument to measure radiation at high altitude. A team from the German University of Technology in Oman tested how liquids behave during the few minutes of weightlessness. A Doha start-up, Sidra Orbital, flew a prototype satellite radio, and Nawras carried its own navigation sensor package.

The experiments will be taken back to the company's workshop in Duqm before being handed to their owners.

## A spaceport in the desert

Etlaq, which means "launch" in Arabic, is Oman's first spaceport. It is run by the National Aerospace Services Company and sits on the coast of Al Wusta governorate, roughly 450km south of Muscat. The site hosted a much smaller rocket launch in December 2024.

Oman's government sees the space sector as part of its plan to diversify the economy away from oil and gas. The Ministry of Transport, Communications and Information Technology said in a statement that the launch was "a proud day for the Sultanate" and thanked the engineers involved.

Residents of Duqm watched the launch from a viewing area set up by the company about 12 kilometres from the pad. Fatma Al-Junaibi, a 16-year-old student, said she wanted to study engineering. "I saw it with my own eyes. Now I want to build the next one," she said.

## What's next

Nawras says the data shows the rocket reached a top speed of about Mach 4.6. The company plans to fly a bigger rocket, Najm-3, in 2027, and hopes to offer rides to scientific payloads from across the region.

Experts say suborbital flights are an important step, but reaching orbit requires far more powerful rockets and years of additional work.

For the team, the day ended in the workshop at Duqm port, where engineers began unpacking the capsule and checking its data recorder. Nawras said it would publish a short flight report within a month, including the final tracking figures.

Watch our full report from Duqm on Khaleej 24's evening bulletin.
"""

RK5_TV = _render(
    K24, path="/science/2026/11/11/oman-rocket-najm-2-reaches-space", dateline="DUQM, Oman:",
    headline="Omani rocket Najm-2 reaches space from Duqm",
    dek="Nawras Aerospace's two-stage rocket flew to 134 km on its second attempt, three days "
        "after a last-minute stop.",
    section="Science", authors=["Huda Al-Balushi"], iso="2026-11-11T10:15:00+04:00",
    shown="11 Nov 2026, 09:15 Doha", video=("Watch: Najm-2 lifts off from Etlaq", "1:36"),
    img=("2026/11/najm2-trail.jpg", "The trail of the Najm-2 rocket over the Arabian Sea.",
         "Khaleej 24"),
    keywords=["Oman", "space", "rocket", "Duqm"],
    related=[("Gulf states race to build a space industry", "/science/gulf-space-race"),
             ("Explained: what is the Karman line?", "/science/karman-line-explained")],
    text=_RK2_TEXT)

_RK3_TEXT = """
For the crowd of schoolchildren, engineers and fishermen gathered on a low dune outside Duqm yesterday, the launch lasted only a few seconds: a flash on the horizon, a rising column of white smoke, and then a distant crackle that arrived well after the rocket had climbed out of sight.

For Nawras Aerospace, the Muscat company that built the Najm-2 rocket, it was the moment six years of work had been leading to. At 6.42am, the two-stage solid-fuel rocket left its launch rail at Etlaq Spaceport and climbed to 134 kilometres, comfortably above the 100-kilometre line commonly used to mark the beginning of space.

"Today an Omani team put an Omani rocket above the line where space begins, from Omani soil," said the company's chief executive, Marwan bin Saif Al-Habsi, shortly after the flight. "We now know what we are capable of."

The 8.7-metre rocket carried three experiments in its nose capsule: a radiation monitor from Sultan Qaboos University, a fluid-physics experiment from the German University of Technology in Oman and a prototype satellite radio built by Sidra Orbital, a start-up based in Doha.

The capsule separated after the engines burned out, coasted to the top of its arc and fell back under a parachute, landing in the Arabian Sea roughly 212 kilometres from the pad about 14 minutes after liftoff. The recovery vessel Sawqirah picked it up at 9.35am.

[ad]

## A second chance

The launch came at the second attempt. On Sunday, the countdown was stopped at T-minus 40 seconds when a sensor in the second stage reported a pressure reading outside its limits.

Dr. Katrin Vogelsang, the German flight director who joined the project from Nordwind Raumfahrt in Bremen, said the decision had been easy. "The rocket was fine. The sensor was not," she said. Engineers changed the sensor on Monday and the team was ready again by Tuesday evening.

## Building a space sector

The launch is a milestone for Oman's plans to build a space industry around Etlaq, which is operated by the National Aerospace Services Company on the coast of Al Wusta governorate, about 450 kilometres south of Muscat. The government hopes the site will attract foreign launch companies looking for a location close to the equator with open sea to the east and south.

The Ministry of Transport, Communications and Information Technology called the flight "a proud day for the Sultanate".

Dr. Ahmed Al-Amri, an aerospace engineering lecturer at Sultan Qaboos University, said the most valuable result was not the altitude but the experience. "A country learns to launch rockets by launching rockets. Every procedure they wrote and tested here is worth more than the height record," he said.

## What next

Nawras plans a larger rocket, Najm-3, for 2027, and says it has signed letters of intent with two regional universities to fly their experiments. Al-Habsi said the company would also hire more Omani engineers, who today make up about two thirds of its staff of 60.

Reaching orbit is still a distant goal. A rocket like Najm-2 reaches space for only a few minutes; placing a satellite in orbit needs a vehicle many times more powerful. But as one engineer said while packing up equipment at the viewing site, "Every space programme had a first morning like this one."
"""

RK5_PAPER = _render(
    SULTANATE_TIMES, path="/science/najm-2-first-omani-rocket-to-space", dateline="DUQM -",
    headline="Najm-2 takes Oman into space on a clear Duqm morning",
    dek="Nawras Aerospace's rocket reached 134 km on Wednesday, three days after a last-second "
        "stop, and its capsule was recovered from the Arabian Sea.",
    section="Science", crumbs=["Science", "Space"], authors=["Ruqaiya Al-Hinai"],
    role="Science correspondent", iso="2026-11-11T20:30:00+04:00",
    shown="Wednesday, November 11, 2026 - 8:30 pm",
    img=("2026/11/duqm-crowd.jpg", "Students watch the launch from a dune outside Duqm.",
         "Sultanate Times/Khalid Al-Farsi"),
    bio="Ruqaiya Al-Hinai covers science, health and technology.",
    keywords=["Oman", "space", "Nawras Aerospace"],
    related=[("Editorial: the value of a first step", "/opinion/editorial-najm-2"),
             ("Etlaq Spaceport: what we know", "/science/etlaq-what-we-know")],
    text=_RK3_TEXT)

_RK4_TEXT = """
## Launch log

A short issue this week, because there is really only one story for us: Oman's Nawras Aerospace got Najm-2 to space on its second try.

The two-stage, solid-fuel suborbital vehicle lifted off from Etlaq Spaceport, on the Arabian Sea coast near Duqm, at 06:42 GST (02:42 UTC) on Wednesday 11 November. Preliminary tracking put the apogee at 134 km, or about 83 miles, with a peak speed of roughly Mach 4.6. The recovery capsule, with four experiments on board, splashed down about 212 km downrange around 14 minutes after liftoff and was hoisted aboard the support ship Sawqirah at 09:35 local time.

That makes Najm-2 the first rocket built in Oman to cross the 100 km line, and the first from Etlaq to do so.

## The scrub that made the flight

Sunday's attempt ended at T-40 seconds when a second-stage pressure transducer gave a reading out of limits. Flight director Dr. Katrin Vogelgesang, who is seconded from Bremen ground-systems firm Nordwind Raumfahrt, called the hold. Her summary to local reporters afterwards was perfect: "The rocket was fine. The sensor was not. We prefer to stop for a bad sensor than fly with a doubt."

We like this. Young launch teams are often tempted to push through marginal readings to avoid the embarrassment of a scrub in front of a crowd. Nawras replaced the sensor on Monday, reviewed the data on Tuesday and flew on Wednesday. That is a healthy culture.

[ad]

## Who flew what

The four experiments: a radiation dosimeter from Sultan Qaboos University; a capillary-flow experiment from the German University of Technology in Oman; a prototype S-band radio from Doha start-up Sidra Orbital; and a navigation sensor package that Nawras flew for itself, to collect data for Najm-3.

## The boss

Nawras chief executive Marwan Al-Habsi gave the best line of the day: "Today an Omani team put an Omani rocket above the line where space begins, from Omani soil, and brought its cargo home in one piece." He followed it with a promise to be back on the pad in 2027 with something bigger.

## Context

Etlaq is operated by the National Aerospace Services Company and sits roughly 450 km south of Muscat. The site saw a much smaller rocket fly in December 2024. Its pitch to international customers is geography: launches over open water to the east and south, and a latitude of under 20 degrees north.

Suborbital is not orbital, of course. Najm-2 is an 8.7-metre vehicle; an orbital launcher for even small satellites would need to be an order of magnitude more capable. But the real product of a flight like this is a team that has now run a full countdown, handled a scrub, flown, tracked and recovered. That experience is the hard part to buy.

## Also in the log

A commercial operator in New Zealand flew its fourth mission of the quarter. A European start-up completed a full-duration static fire of its upper-stage engine. And India's space agency confirmed a new date window for its next small-satellite launcher flight.

## Next week

We will have an interview with the Etlaq site team about range safety and how they clear fishing boats from the hazard area before a launch.

Clear skies.
"""

RK5_LETTER = _render(
    LAUNCH_MANIFEST, path="/issues/214-najm-2-reaches-space",
    headline="Issue 214: Najm-2 gets Oman to space at the second attempt",
    dek="Nawras Aerospace's suborbital rocket reached 134 km from Etlaq. Plus: why the Sunday "
        "scrub was a good sign.",
    section="Newsletter", authors=["Daniel Okafor"], iso="2026-11-12T14:00:00+00:00",
    shown="12 November 2026", issue="Issue 214",
    signoff="Daniel",
    img=("214/najm2-profile.png", "Diagram: Najm-2 flight profile, from liftoff to splashdown.",
         "Launch Manifest, based on Nawras Aerospace data"),
    keywords=["suborbital", "Oman", "Etlaq"],
    related=[("Issue 213: Spaceports of the Arabian Sea", "/issues/213-spaceports"),
             ("Launch log archive", "/launch-log")],
    text=_RK4_TEXT)

STORY_5 = _story("rk-KD5", "rocket", "2026-11-14", [RK5_LIVE, RK5_TV, RK5_PAPER, RK5_LETTER],
                 [("Najm-2 liftoff time", r"\b0?6[:.]42(?!\d)|\b0?2[:.]?42 ?(gmt|utc)",
                   r"\b0?7[:.]12(?!\d)|\b0?3[:.]?12 ?(gmt|utc)"),
                  ("flight director's surname", r"vogelsang", r"vogelgesang"),
                  ("number of experiments aboard",
                   r"\bfour\b[^.]{0,30}\b(experiments|payloads)\b",
                   r"\bthree\b[^.]{0,30}\b(experiments|payloads)\b")])


# ---------------------------------------------------------------------------
# eq-KD6 (PLANTED: focal depth in the Levant Press Service report; the weekday in Riyadh
# Tribune).
# Facts: Friday 17 July 2026 at 21:37 local time (18:37 GMT), magnitude 5.4 (Jordan
# Seismological Observatory; its first estimate of 5.7 was revised within the hour; the Saudi
# Geological Survey also gave 5.4), depth 10 km, epicentre in the Gulf of Aqaba about 41 km
# south of Aqaba and some 15 km south-west of Haql.  Aftershocks: 3.9 at 22:05 Friday, 4.2 at
# 05:50 Saturday, more than 20 smaller ones by Saturday noon.  Injured in Aqaba (no deaths):
# 3 by 22:30 Friday, 6 by 00:40 Saturday, 11 by 10:15 Saturday (two kept in hospital).  23
# buildings inspected in Aqaba, two residential buildings evacuated.  Aqaba port paused cargo
# handling for about two hours.  JSO director Dr. Hazem Tarawneh; ASEZA commissioner Nidal
# Al-Majali.  Background: the magnitude 7.2 quake of 22 November 1995.
# Planted: 10 km vs 18 km (LPS); Friday vs Thursday (Riyadh Tribune).  Traps: revised
# magnitude, aftershock magnitudes, running injury counts, GMT vs local time, place at
# different precision, the 1995 quake, quote cut differently.
# ---------------------------------------------------------------------------

_EQ1_TEXT = """
@@ [2026-07-17] 21:50 | Strong tremor felt across Aqaba

A strong earthquake shook Aqaba at 21:37 this Friday evening. Our staff in the city centre felt the building sway for several seconds. People have left their homes and are standing in the streets, especially in the older neighbourhoods near the castle.

@@ [2026-07-17] 22:00 | Magnitude 5.7, first estimate

The Jordan Seismological Observatory gives a preliminary magnitude of 5.7, with the epicentre in the Gulf of Aqaba south of the city. We will update as more information comes in.

@@ [2026-07-17] 22:10 | Aftershock

A second, weaker tremor was felt at 22:05. The observatory says it measured 3.9.

@@ [2026-07-17] 22:30 | Observatory revises magnitude to 5.4

The observatory has revised its reading to magnitude 5.4, at a depth of 10 km. The epicentre was in the sea about 41 km south of Aqaba. The Saudi Geological Survey also reports 5.4.

Civil Defence says three people have been taken to hospital with light injuries, two of them after falling on stairs while leaving buildings.

[ad]

@@ [2026-07-17] 23:05 | Port pauses work

Aqaba port has stopped loading and unloading ships while engineers check cranes and berths, a port official told Aqaba Gate News. Hotels on the South Beach moved guests to their gardens as a precaution.

@@ [2026-07-17] 23:30 | "The cups fell off the shelf"

Umm Khaled, who lives on the third floor of a building near the old market, told us she was washing dishes when the shaking began. "The cups fell off the shelf one after the other, and then the lights went out for a moment. I took my grandchildren and ran down the stairs without shoes," she said. Her family plans to spend the night in the courtyard of a nearby mosque.

@@ [2026-07-18] 00:40 | Six injured, no deaths

The number of injured has risen to six, according to Civil Defence. None of the injuries is serious. Cargo handling at the port has resumed after about two hours.

@@ [2026-07-18] 06:20 | Early morning aftershock

Many residents slept outside or in their cars. A magnitude 4.2 aftershock woke others at 05:50 this morning, the observatory said. No new damage has been reported.

@@ [2026-07-18] 08:00 | Services running

The municipality says water and electricity are working normally across the city. The road to Wadi Rum and the Desert Highway to Amman are open. Civil Defence teams are visiting neighbourhoods where residents reported cracks overnight, and ask people not to return to any building with visible damage until it has been checked.

@@ [2026-07-18] 09:30 | "A known active zone"

Dr. Hazem Tarawneh, director of the Jordan Seismological Observatory, told Aqaba Gate News: "This is a known active zone, the southern part of the Dead Sea transform, and a moderate event of this size is within what we expect there. It is not a sign that a larger earthquake is coming, but people should check their buildings and keep an emergency plan."

@@ [2026-07-18] 10:15 | Eleven treated

The Ministry of Health says 11 people were treated in Aqaba hospitals after Friday's earthquake. Nine have gone home; two older residents were kept for observation.

[ad]

@@ [2026-07-18] 11:30 | Two buildings evacuated

Nidal Al-Majali, the Aqaba Special Economic Zone Authority commissioner for infrastructure, said engineers had inspected 23 buildings where residents reported cracks. Two residential buildings in the Al-Shallaleh area were evacuated until further checks. "Most of what we saw is plaster damage, not structural damage," he said.

@@ [2026-07-18] 12:30 | Summary

The observatory has recorded more than 20 small aftershocks since Friday night. It reminds residents that the Gulf of Aqaba saw a magnitude 7.2 earthquake in November 1995, and that smaller events like this one happen every few years. This live page is now closed. Send your photos and questions to our newsroom.
"""

EQ6_LIVE = _render(
    AQABA_GATE, path="/live/earthquake-aqaba-july-2026",
    headline="Live: Earthquake shakes Aqaba - magnitude 5.4, 11 treated in hospital",
    dek="A magnitude 5.4 earthquake in the Gulf of Aqaba was felt across the city on Friday "
        "night. Live updates on injuries, damage and aftershocks.",
    section="Aqaba", authors=["Yazan Al-Khawaldeh"], iso="2026-07-17T21:50:00+03:00",
    modified="2026-07-18T12:30:00+03:00", shown="Friday 17 July 2026, 21:50",
    updated_shown="Updated Saturday 12:30",
    img=("2026/07/aqaba-residents-street.jpg",
         "Residents gather in a street in central Aqaba after the earthquake.",
         "Aqaba Gate News/reader photo"),
    keypoints=["Magnitude 5.4 at 21:37 Friday, 10 km deep, about 41 km south of Aqaba",
               "11 people treated by Saturday morning, no deaths",
               "Two residential buildings evacuated for checks"],
    keywords=["Aqaba", "earthquake", "Gulf of Aqaba"],
    related=[("What to do in an earthquake: a checklist", "/guides/earthquake-checklist"),
             ("Remembering the 1995 earthquake", "/features/1995-earthquake")],
    text=_EQ1_TEXT)

_EQ2_TEXT = """
A magnitude 5.4 earthquake struck beneath the Gulf of Aqaba late on Friday, sending residents of Jordan's only coastal city into the streets and injuring at least six people, officials said.

The quake hit at 9:37 p.m. (1837 GMT) at a depth of 18 km, according to the Jordan Seismological Observatory, which placed the epicentre in the sea about 41 km south of Aqaba. The observatory's first reading of 5.7 was lowered to 5.4 within the hour. The Saudi Geological Survey also measured 5.4 and said the tremor was felt in Haql and other towns on the Saudi coast.

Civil Defence said six people were taken to hospital in Aqaba with minor injuries by early Saturday, most of them hurt while rushing out of buildings. No deaths were reported in Jordan or Saudi Arabia.

"It started as a low rumble, and then the whole block was moving," said Rami Haddadin, who runs a dive shop on the South Beach. "The tourists were calmer than the locals. I think they did not understand what was happening."

[ad]

Two aftershocks were widely felt: a magnitude 3.9 tremor at 10:05 p.m. on Friday and a stronger, magnitude 4.2 event at 5:50 a.m. on Saturday, the observatory said.

Aqaba port, which handles most of Jordan's seaborne trade, halted cargo operations for about two hours overnight so engineers could inspect cranes and quay walls. Work resumed before dawn.

The Aqaba Special Economic Zone Authority (ASEZA) said engineering teams would inspect buildings on Saturday morning, starting with older blocks in the city centre where residents had reported cracks.

Hazem Tarawneh, director of the observatory, said the earthquake occurred on the southern part of the Dead Sea transform, the fault system that runs from the Red Sea through the Gulf of Aqaba and the Jordan valley to Turkey.

Tarawneh said "a moderate event of this size is within what we expect there", adding: "It is not a sign that a larger earthquake is coming."

The Gulf of Aqaba is one of the most seismically active parts of the region. In November 1995 a magnitude 7.2 earthquake centred in the gulf killed several people in Egypt and damaged buildings in Aqaba and on the Saudi coast.

Seismologists in Jordan have long warned that many older buildings in Aqaba and other cities were built before the national building code included earthquake requirements. The government updated the code in recent years, but enforcement for small residential buildings remains uneven.

In Haql, on the Saudi side of the gulf, residents said they felt strong shaking but saw little damage. Saudi Civil Defense said it had received no reports of injuries.

Hotels along the South Beach and in the Tala Bay resort area briefly moved guests outdoors. Several hotel managers said they were checking rooms before allowing guests back in.

Jordanian officials urged residents to avoid damaged buildings, to stay away from the shoreline if they felt strong aftershocks, and to follow instructions from Civil Defence.

The observatory said it would continue to monitor the area and publish updates on aftershock activity. It said small aftershocks were likely to continue for days and possibly weeks.
"""

EQ6_WIRE = _render(
    LPS, path="/jordan/2026/07/18/aqaba-earthquake-magnitude-5-4",
    headline="Magnitude 5.4 quake rattles Aqaba, six hurt",
    dek="The earthquake struck beneath the Gulf of Aqaba late on Friday and was felt on the "
        "Saudi coast; no deaths were reported.",
    section="Jordan", authors=["Hani Sweis"], iso="2026-07-18T07:45:00+03:00",
    shown="18 July 2026 | 07:45 (Amman)", dateline="AQABA, Jordan, July 18 (LPS) -",
    img=("2026/07/aqaba-port-night.jpg", "Cranes at Aqaba port, where work paused after the quake.",
         "LPS/File"),
    credit="Additional reporting by Dana Qasem in Amman and Ali Al-Shahri in Tabuk; "
           "editing by Nadine Karam",
    keywords=["Jordan", "Aqaba", "earthquake", "Saudi Arabia"],
    related=[("Jordan updates building code for seismic risk", "/jordan/2025/building-code"),
             ("Aqaba port volumes rise in first half", "/business/2026/07/aqaba-port-h1")],
    text=_EQ2_TEXT)

_EQ3_TEXT = """
Residents of Haql and other towns along the Kingdom's north-western coast were shaken by an earthquake centred in the Gulf of Aqaba late on Thursday night, but Saudi authorities said there were no injuries on the Saudi side and only minor damage.

The Saudi Geological Survey (SGS) said the earthquake measured 5.4 and struck at 9:37 pm at a depth of 10 kilometres. Its epicentre was in the waters of the gulf, roughly 15 kilometres south-west of Haql, in the Tabuk region. The tremor was also felt in the city of Tabuk, more than 200 kilometres away, and across the border in the Jordanian port city of Aqaba.

The Jordan Seismological Observatory gave the same magnitude after revising an initial estimate of 5.7.

## Cracks in older houses

Saudi Civil Defense said its teams in Haql had checked several older houses where residents reported cracks in walls. None required evacuation. The directorate urged residents to stay away from damaged walls and to report any new cracks.

Abdullah Al-Atawi, a teacher in Haql, said his family ran out of the house when the windows began to rattle. "We stood on the street with the neighbours for an hour. The children thought it was a game until the second shake came," he said.

The SGS recorded a magnitude 3.9 aftershock 28 minutes after the main tremor and a magnitude 4.2 aftershock at 5:50 am on Saturday.

[ad]

## Eleven treated in Aqaba

In Jordan, where the shaking was stronger, the Ministry of Health said 11 people had been treated in Aqaba hospitals by Saturday morning, two of whom were kept for observation. There were no deaths.

Nidal Al-Majali, commissioner for infrastructure at the Aqaba Special Economic Zone Authority, said 23 buildings had been inspected and two residential buildings evacuated as a precaution. Aqaba's port briefly suspended cargo handling for about two hours.

## An active fault

The Gulf of Aqaba sits on the southern section of the Dead Sea transform, a fault system that separates the Arabian and African plates. Earthquakes of moderate size happen there every few years.

Dr. Hazem Tarawneh, director of the Jordanian observatory, said the event was "within what we expect there". He added: "It is not a sign that a larger earthquake is coming, but people should check their buildings and keep an emergency plan."

The most destructive earthquake in the area in modern times was the magnitude 7.2 event of November 1995, which caused damage on both sides of the gulf.

## NEOM and the coast

The earthquake is likely to renew questions about building standards along the coast, where large tourism and urban projects linked to NEOM are under construction. An SGS spokesman said seismic risk had been included in planning studies for the region, and that building codes required new structures to withstand earthquakes much stronger than this one.

Fahad Al-Balawi, who manages a small hotel on the Haql seafront, said all his guests spent part of the night in the car park. "Nobody was hurt, thanks to God. In the morning we checked every room, and breakfast was served as usual," he said.

The SGS said it was monitoring aftershocks and would issue further information if needed. Residents were advised to follow official channels and not to share unverified warnings on social media.
"""

EQ6_PAPER = _render(
    RIYADH_TRIBUNE, path="/kingdom/2026/07/18/gulf-of-aqaba-quake-felt-haql-tabuk", dateline="HAQL -",
    headline="Gulf of Aqaba quake felt in Haql and Tabuk; no injuries in the Kingdom",
    dek="The 5.4-magnitude earthquake caused cracks in some older houses in Haql. In Aqaba, "
        "across the gulf, 11 people were treated in hospital.",
    section="Saudi Arabia", crumbs=["Kingdom", "Tabuk"], authors=["Nawaf Al-Anazi"],
    role="Tabuk correspondent", iso="2026-07-18T16:00:00+03:00",
    shown="Saturday 18 July 2026",
    img=("2026/07/haql-seafront.jpg", "The seafront at Haql, on the Saudi side of the Gulf of Aqaba.",
         "Riyadh Tribune/File"),
    bio="Nawaf Al-Anazi reports from the Tabuk region.",
    keywords=["earthquake", "Haql", "Tabuk", "Saudi Geological Survey"],
    related=[("Saudi Geological Survey expands seismic network", "/kingdom/2025/sgs-network"),
             ("Tourism projects on the Red Sea coast: an overview", "/economy/red-sea-projects")],
    text=_EQ3_TEXT)

STORY_6 = _story("eq-KD6", "earthquake", "2026-07-20", [EQ6_LIVE, EQ6_WIRE, EQ6_PAPER],
                 [("focal depth", r"\b10 ?(km|kilomet)", r"\b18 ?(km|kilomet)"),
                  ("weekday of the earthquake", r"\bfriday\b", r"\bthursday\b")])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
