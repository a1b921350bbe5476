"""Story battery, part DF — Indonesia, the Philippines and Papua New Guinea, events in 2026.

Written by engineer DF1 on 2026-12-07 for the twenty-ninth batch, a precision batch: most
differences between outlets are legitimate (time zones, UTC vs local dates, rounding, unit
and currency conversions, growing counts with their times, revisions, forecasts, previous
events, attributed estimates of other bodies, look-alike measures, name and title variants,
quote wordings, sidebar figures); three stories are controls with no contradiction at all
and three carry exactly three planted contradictions each. All outlets, reporters,
companies, most officials and all figures are invented; every domain ends in .example.

cb-DF1 (central bank). Bank Indonesia's Board of Governors (meeting 21-22 April) announced on
Wednesday 22 April 2026 at 14:30 WIB (07:30 GMT) a 25 bp cut of the BI-Rate to 5.25% from
5.50%; deposit facility 4.50%, lending facility 6.00%; first cut since September 2025 (held at
six meetings since). Governor Hendra Wiratmaja, Deputy Governor Dewi Kusumastuti. March CPI
2.14% headline, 2.38% core; target 1.5-3.5%; rupiah low 16,440 just after the decision, close
16,385 (prev. 16,418); JCI +0.8% at 14:46 WIB, close +1.2% at 7,412; 10-year yield -6 bp to
6.61%; reserves $151.2bn; growth forecast 4.7-5.5%; next meeting 19-20 May. PLANTED (3):
weekday Wednesday vs "Thursday, 22 April" (Emerging Rates Monitor wrong); cut of 25 basis
points vs "50 basis points" (The Garuda Times wrong); previous cut September 2025 vs
"September 2024" (Jakarta Ledger live page wrong). Outlets: Archipelago Wire wire report
(JSON-LD 2026-04-22T08:05Z), Jakarta Ledger live page with WIB timestamps (meta
published_time), The Garuda Times next-day newspaper (visible date only, 23 April), Emerging
Rates Monitor specialist analysis (no date at all). Traps: 14:30 WIB = 0730 GMT = 2.30pm;
intraday vs closing rupiah and JCI; headline vs core inflation and "around 2.1 per cent";
real rate 3.1% vs 2.9%; 6 bp vs "about 5 bp" at 14:46; governor quote in three wordings;
poll forecast vs outcome; 2025 easing cycle (75 bp) and forecast of 5.00% by end-2026; Bank
Cendana's 15-25 bp loan-rate cut; sidebar figures of other central banks.

el-DF2 (election). CONTROL. Lae Open by-election (Papua New Guinea, Morobe): polling Saturday
13 June 2026, counting from Tuesday 16 June at Sir Ignatius Kilage Stadium; Joseph Kaupa
Nalau (Morobe Unity Party) declared Thursday 25 June at 16:40 PNG time (UTC+10, 06:40 GMT) by
returning officer Miriam Tokome. 27 candidates; roll 112,406; ballots 71,390 (63.5%);
informal 1,872; formal 69,518. First preferences Nalau 18,214 (26.2%), Grace Tomuriesa 14,905,
Paul Wenge 9,660. Before the last exclusion 27,118 / 24,770 / 13,984, 3,646 exhausted; final
33,906 vs 29,441, 6,171 exhausted, absolute majority 31,674, margin 4,465 (53.5% of the
continuing vote, 48.8% of formal). Seat vacant since Benson Gitua died in February; cost K4.8m
(~$1.2m); Parliament resumes 4 August. Outlets: Pacific Newswire wire report (meta
published_time 07:20 GMT), Morobe Now local live page with PNG-time stamps (visible date
only), Pacific Polls Review specialist analysis (no date at all; "last Thursday"). Traps:
primary vs after-preference vs partial unofficial tallies with their times; percentages on
different bases; 16:40 local vs 0640 GMT; "tenth day" vs "more than a week"; 640 personnel
overall vs 200 officers on the day; 2022 general-election figures; "almost thirty thousand";
name with and without middle names; a quote in two wordings.

ct-DF3 (court). Philippine Supreme Court en banc, decision dated (promulgated) Tuesday 14
April 2026 in its Baguio summer session, released Thursday 16 April at a 2 p.m. (UTC+8)
briefing by spokesperson Carlo Miguel Dizon: RA 12347 (Public Transport Modernization Act of
2025) upheld 11-3, Section 22(c) (revocation without notice and hearing) struck down; ponente
Associate Justice Ma. Teresa L. Dimaculangan; dissent written by Ramon P. Abalos-Cruz ("...
displacement with a timetable"), joined by Leonora V. Salcedo and Antonio G. Reyes-Manalo;
Benedicto F. Lazatin inhibited; 87-page decision, 41-page dissent; 81% consolidated (LTFRB) vs
62% (STOP); unit P2.8m (~$49,000), subsidy P280,000. PLANTED (3): vote 11-3 vs "11-4"
(Highland Herald wrong); ponente Dimaculangan vs "Dimaculagan" (Lex Philippina Review wrong);
dissent quote by Abalos-Cruz vs attributed to Salcedo (The Manila Sentinel wrong). Outlets:
Luzon Wire Service wire (JSON-LD 2026-04-16T06:42Z), The Manila Sentinel next-day newspaper
(meta published_time 17 April), Highland Herald Baguio local site (visible "Posted April 16,
2026 at 4:15 PM" only), Lex Philippina Review legal specialist site (no date at all). Traps:
promulgated Tuesday 14 April vs released Thursday; Baguio vs Manila; Ma./Maria; Banez vs
Bañez; chairman vs chairperson; Baguio's 70% vs national 81%; quote wordings of the dissent;
15 days from receipt; deadline end-2028; pesos vs dollars.

tr-DF4 (trade). CONTROL. Philippine Statistics Authority, Friday 10 July 2026, 11 a.m. Manila
(03:00 GMT), preliminary May 2026 data: exports $6.91bn (+8.3%), imports $10.71bn (+2.1%),
deficit $3.80bn (May 2025 $4.11bn, -7.5%), total trade $17.62bn (+4.4%); electronics $3.97bn
(+11.6%, 57.5% of exports), semiconductors $2.88bn; US 16.2%, Japan 15.1%, China 14.2%; China
25.6% of imports ($2.74bn); April deficit revised to $4.38bn from $4.46bn; Jan-May deficit
$19.88bn (exports $33.05bn +6.1%, imports $52.93bn +1.8%); National Statistician Lourdes C.
Abesamis. Outlets: SEA Markets Wire wire report (meta published_time 03:25 GMT), PesoWatch
live page in Manila time (JSON-LD), Electronics Supply Chain Asia specialist site (no date at
all). Traps: month vs year-to-date; revised vs preliminary April; two different attributed
polls ($4.2bn, $4.3bn) vs outcome; peso 57.45 open, 57.40 at 11:20, 57.38 at 11:45, 57.31
close; P218bn and P228bn conversions; electronics YTD 57.2% vs May 57.5%; non-electronics ~4%;
industry forecast 8-10% vs 2025's 3.8%; sidebar figures of other countries.

rk-DF5 (rocket). CONTROL. Nusantara Orbital's Garuda-1 (19.5 m, 64 ft) lifted off from Biak
Island (Papua) at 05:42 WIT (UTC+9) on Tuesday 8 September 2026 = 03:42 WIB = 20:42 UTC Monday
7 September; first-stage burn 2 min 28 s, staging T+2:31, fairing T+3:05, SECO T+8:40,
deployment from T+9:52; three cubesats, 38 kg (84 lb), into ~540 km (335 miles), ~6 degrees
inclination; first signal 47 minutes after liftoff (04:29 WIB / 06:29 WIT); Saturday 5
September scrub at T-14 min; first flight 19 November 2025 failed at 74 s; $62m raised; ~$7m
per launch; four launches planned in 2027. Outlets: Nusantara Press Agency wire (JSON-LD
2026-09-07T21:35Z, dateline Sept 7), Tekno Kini live page in WIB (meta published_time), Biak
Coastline News local site in WIT (no date at all), SmallSat Launch Report specialist
analysis (visible date only, 9 September). Traps: three time zones and a UTC date a day
earlier; durations in seconds vs "nine minutes and 52 seconds" vs "about ten"; 148 s vs 74 s;
km vs miles, kg vs lb; CEO with and without middle name; previous failed flight; scrub.

eq-DF6 (earthquake). Magnitude 7.1 (USGS; first 6.9, revised; PNG's Port Moresby Geophysical
Observatory 7.0 at 40 km) at 03:12 PNG time (UTC+10) on Sunday 9 August 2026 = 17:12 UTC
Saturday 8 August, depth 35 km (USGS), 62 km (39 miles) north-east of Kimbe, West New Britain;
strong shaking about 40 seconds; tsunami threat 03:21-05:09 local, ~30 cm wave at Kimbe;
deaths 3 (09:30), 9 with 41 injured (17:00 Sunday), 14 with 63 injured and 5 missing (Monday
morning); houses >800 (Sunday) then 1,460 (Monday); aftershocks a dozen+, 23 by 18:10, >30 by
Monday; largest M5.8 at 06:55; Governor Francis Tovue Kali; Australia A$5m (~US$3.3m); PNG
K10m. PLANTED (3): epicentre relative to Kimbe vs "Kokopo" (The Southern Cross Herald wrong);
shaking about 40 seconds vs "about four minutes" (Islands Daily live page wrong); USGS
magnitude 7.1 vs "7.4" (Kimbe Bay News wrong). Outlets: Coral Sea Wire wire (JSON-LD
18:05Z, updated 23:40Z), Islands Daily live page in PNG time (meta published_time), The
Southern Cross Herald next-day paper (visible "Monday 10 August 2026" only), Kimbe Bay News
local site (no date at all). Traps: local Sunday vs UTC Saturday; USGS vs PMGO magnitude and
depth; preliminary 6.9; growing tolls with their times; km vs miles; $ = AUD vs US$; previous
quake of October 2023 (M6.5); aftershock counts over time; "less than four hours".
"""

import html
import json
import re

_CONSENT = [
    (
        "We use cookies to personalise content and ads, to provide social media features and "
        "to analyse our traffic. You can change your choices at any time.",
        "Accept all",
        "Manage preferences",
    ),
    (
        "This site uses cookies and similar technologies. By continuing to browse you agree "
        "to our use of cookies.",
        "OK",
        "Learn more",
    ),
    (
        "We and our partners store and access information on your device for measurement, "
        "audience insights and personalised advertising.",
        "I agree",
        "Reject non-essential",
    ),
    (
        "Cookies help us keep this site free to read. Choose which ones we may use.",
        "Allow cookies",
        "Cookie settings",
    ),
]

_SHARE = [
    ["Facebook", "X", "LinkedIn", "WhatsApp", "Email"],
    ["Share", "Tweet", "Copy link"],
    ["WhatsApp", "Facebook", "Telegram", "Print"],
    ["LinkedIn", "X", "Email", "Save"],
]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:72].rstrip("-")


def _norm(chunk: str) -> str:
    text = " ".join(chunk.split())
    return text.replace(" -- ", " \u2014 ").replace("--", "\u2013")


def _blocks(src: str) -> list[tuple]:
    out: list[tuple] = []
    for chunk in re.split(r"\n\s*\n", src.strip()):
        t = _norm(chunk)
        if t.startswith("## "):
            out.append(("h", t[3:]))
        elif t.startswith("> "):
            quote, _, cite = t[2:].partition(" ~ ")
            out.append(("q", quote, cite))
        elif t.startswith("[fig] "):
            cap, _, credit = t[6:].partition(" | ")
            out.append(("fig", cap, credit))
        elif t.startswith("[ad]"):
            out.append(("ad",))
        elif t.startswith("[table] "):
            rows = [[c.strip() for c in r.split("|")] for r in t[8:].split(";")]
            out.append(("table", rows))
        elif t.startswith("@@ "):
            stamp, _, head = t[3:].partition(" | ")
            out.append(("entry", stamp, head))
        else:
            out.append(("p", t))
    return out


def body_words(src: str) -> int:
    """Words of article text (paragraphs, subheads, quotes, tables, live headings)."""
    n = 0
    for b in _blocks(src):
        if b[0] in ("p", "h", "q", "entry"):
            n += sum(len(x.split()) for x in b[1:])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


def _ad(kind: str, n: int) -> str:
    return (
        f'<div class="ad ad--{kind}" id="ad-{kind}-{n}" aria-hidden="true">'
        '<span class="ad__label">Advertisement</span>'
        f'<div class="ad__slot" data-slot="{kind}-{n}"></div></div>'
    )


def _figure(cap: str, credit: str, domain: str, n: int, cls: str) -> str:
    src = f"https://img.{domain}/2026/{_slug(cap)[:40]}-{n}.jpg"
    cred = f' <span class="{cls}__credit">{_e(credit)}</span>' if credit else ""
    return (
        f'<figure class="{cls}"><img src="{src}" alt="{_e(cap)}" loading="lazy" '
        f'width="1200" height="675"><figcaption>{_e(cap)}{cred}</figcaption></figure>'
    )


def _body_html(src: str, domain: str, live: bool, ad_every: int) -> str:
    out: list[str] = []
    n_par = 0
    n_fig = 0
    n_ad = 0
    in_entry = False
    for b in _blocks(src):
        kind = b[0]
        if kind == "entry":
            if in_entry:
                out.append("</article>")
            out.append(
                '<article class="live-post"><div class="live-post__meta">'
                f'<span class="live-post__time">{_e(b[1])}</span></div>'
                f'<h3 class="live-post__title">{_e(b[2])}</h3>'
            )
            in_entry = True
        elif kind == "p":
            out.append(f"<p>{_e(b[1])}</p>")
            n_par += 1
            if ad_every and n_par % ad_every == 0 and not in_entry:
                n_ad += 1
                out.append(_ad("inline", n_ad))
        elif kind == "h":
            out.append(f"<h2>{_e(b[1])}</h2>")
        elif kind == "q":
            cite = f"<cite>{_e(b[2])}</cite>" if b[2] else ""
            out.append(f"<blockquote><p>{_e(b[1])}</p>{cite}</blockquote>")
        elif kind == "fig":
            n_fig += 1
            out.append(_figure(b[1], b[2], domain, n_fig + 1, "inline-figure"))
        elif kind == "ad":
            n_ad += 1
            out.append(_ad("mid", n_ad))
        elif kind == "table":
            rows = b[1]
            head = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
            )
            out.append(
                f'<table class="data-table"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>"
            )
    if in_entry:
        out.append("</article>")
    return "\n".join(out)


def _links(domain: str, titles: list[str], cls: str, heading: str) -> str:
    if not titles:
        return ""
    items = "".join(
        f'<li><a href="https://{domain}/{_slug(t)}">{_e(t)}</a></li>' for t in titles
    )
    return f'<section class="{cls}"><h2>{_e(heading)}</h2><ol>{items}</ol></section>'


def _head(a: dict, url: str, title: str) -> str:
    img = f"https://img.{a['domain']}/og/{_slug(a['headline'])[:48]}.jpg"
    h = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(a["desc"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{_e(a["site"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(a["headline"])}">',
        f'<meta property="og:description" content="{_e(a["desc"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{img}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if a.get("meta_time"):
        h.append(f'<meta property="article:published_time" content="{a["meta_time"]}">')
        if a.get("meta_mod"):
            h.append(f'<meta property="article:modified_time" content="{a["meta_mod"]}">')
    if a.get("section"):
        h.append(f'<meta property="article:section" content="{_e(a["section"])}">')
    ld: dict = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting" if a["style"] == "live" else "NewsArticle",
        "headline": a["headline"],
        "mainEntityOfPage": url,
        "image": [img],
        "publisher": {
            "@type": "Organization",
            "name": a["site"],
            "logo": {"@type": "ImageObject", "url": f"https://{a['domain']}/logo.png"},
        },
    }
    if a.get("ld_time"):
        ld["datePublished"] = a["ld_time"]
        if a.get("ld_mod"):
            ld["dateModified"] = a["ld_mod"]
    if a.get("ld_author"):
        ld["author"] = [{"@type": "Person", "name": n} for n in a["ld_author"]]
    if a.get("ld_time") or a.get("ld_author") or a.get("ld_always"):
        h.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
            + "</script>"
        )
    h.append(f'<link rel="stylesheet" href="https://static.{a["domain"]}/css/site.css">')
    h.append(
        f'<script async src="https://static.{a["domain"]}/js/bundle.js"></script>'
    )
    return "<head>\n" + "\n".join(h) + "\n</head>"


def _consent(i: int) -> str:
    text, yes, more = _CONSENT[i % len(_CONSENT)]
    return (
        '<div class="consent" role="dialog" aria-label="Cookie consent">'
        f"<p>{_e(text)}</p><button class=\"consent__yes\">{_e(yes)}</button>"
        f'<button class="consent__more">{_e(more)}</button></div>'
    )


def _nav(a: dict) -> str:
    items = "".join(
        f'<li><a href="https://{a["domain"]}/{_slug(n)}">{_e(n)}</a></li>' for n in a["nav"]
    )
    return (
        f'<header class="site-header"><a class="logo" href="https://{a["domain"]}/">'
        f"{_e(a['site'])}</a><nav aria-label=\"Main\"><ul>{items}</ul></nav>"
        '<a class="subscribe" href="#subscribe">Subscribe</a></header>'
    )


def _share(i: int) -> str:
    btns = "".join(
        f'<button class="share__btn" data-net="{_slug(s)}">{_e(s)}</button>'
        for s in _SHARE[i % len(_SHARE)]
    )
    return f'<div class="share">{btns}</div>'


def _newsletter(a: dict) -> str:
    return (
        '<aside class="newsletter" id="subscribe">'
        f"<h2>{_e(a.get('nl_title', 'Get our newsletter'))}</h2>"
        f"<p>{_e(a['newsletter'])}</p>"
        '<form><input type="email" placeholder="Your email address">'
        "<button>Sign up</button></form></aside>"
    )


def _footer(a: dict) -> str:
    links = ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "Careers"]
    li = "".join(
        f'<li><a href="https://{a["domain"]}/{_slug(x)}">{_e(x)}</a></li>' for x in links
    )
    return (
        f'<footer class="site-footer"><ul>{li}</ul><p>{_e(a["footer"])}</p></footer>'
    )


def _page(a: dict) -> str:
    """Render one article spec as a whole HTML page."""
    url = f"https://{a['domain']}{a['path']}"
    title = a.get("title") or f"{a['headline']} | {a['site']}"
    style = a["style"]
    k = a.get("variant", 0)
    live = style == "live"
    byline = f'<p class="byline">{_e(a["byline"])}</p>' if a.get("byline") else ""
    date = f'<p class="dateline-time">{_e(a["visible_date"])}</p>' if a.get("visible_date") else ""
    dek = f'<p class="standfirst">{_e(a["dek"])}</p>' if a.get("dek") else ""
    crumbs = (
        f'<nav class="breadcrumbs"><a href="https://{a["domain"]}/">Home</a> &rsaquo; '
        f'<a href="https://{a["domain"]}/{_slug(a.get("section", "News"))}">'
        f"{_e(a.get('section', 'News'))}</a></nav>"
    )
    hero = _figure(a["hero"][0], a["hero"][1], a["domain"], 1, "hero") if a.get("hero") else ""
    body = _body_html(a["body"], a["domain"], live, a.get("ad_every", 4))
    tags = ""
    if a.get("tags"):
        tags = '<ul class="tags">' + "".join(
            f'<li><a href="https://{a["domain"]}/topic/{_slug(t)}">{_e(t)}</a></li>'
            for t in a["tags"]
        ) + "</ul>"
    keypts = ""
    if a.get("keypoints"):
        keypts = (
            '<section class="key-points"><h2>Key points</h2><ul>'
            + "".join(f"<li>{_e(x)}</li>" for x in a["keypoints"])
            + "</ul></section>"
        )
    bio = f'<p class="author-bio">{_e(a["bio"])}</p>' if a.get("bio") else ""
    related = _links(a["domain"], a.get("related", []), "related", a.get("rel_title", "Related"))
    most = _links(a["domain"], a.get("most_read", []), "most-read", "Most read")
    extra = f'<div class="notice">{_e(a["notice"])}</div>' if a.get("notice") else ""
    if style == "wire":
        main = [crumbs, f"<h1>{_e(a['headline'])}</h1>", dek, byline, date, _share(k), hero,
                f'<div class="article-body">{body}</div>', tags, related,
                '<p class="standards"><a href="#">Our editorial standards</a></p>']
        side = [_ad("rail", 1), most]
    elif style == "paper":
        main = [crumbs, f"<h1>{_e(a['headline'])}</h1>", dek, hero, byline, date, _share(k),
                f'<div class="story-body">{body}</div>', bio, tags, _newsletter(a)]
        side = [most, _ad("rail", 1), related]
    elif style == "live":
        live_badge = '<span class="badge badge--live">LIVE</span>'
        main = [crumbs, live_badge, f"<h1>{_e(a['headline'])}</h1>", dek, date, byline,
                _share(k), keypts, hero,
                '<p class="live-refresh">This page updates automatically.</p>',
                f'<div class="live-feed">{body}</div>', related]
        side = [_ad("rail", 1), most, _newsletter(a)]
    elif style == "local":
        main = [f"<h1>{_e(a['headline'])}</h1>", byline, date, hero, _share(k),
                f'<div class="entry-content">{body}</div>', tags,
                '<section class="comments"><h2>Comments</h2>'
                "<p>Comments are moderated and may take time to appear.</p></section>"]
        side = [_newsletter(a), most, _ad("rail", 1), related]
    else:
        main = [crumbs, extra, f"<h1>{_e(a['headline'])}</h1>", dek, byline, date,
                _share(k), f'<div class="article-content">{body}</div>', bio, tags, related]
        side = [_newsletter(a), _ad("rail", 1), most]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{a.get("lang", "en")}">',
        _head(a, url, title),
        f'<body class="{style}">',
        _consent(a.get("consent", k)),
        _ad("leaderboard", 0),
        _nav(a),
        '<div class="layout"><main>',
        "\n".join(x for x in main if x),
        "</main><aside class=\"sidebar\">",
        "\n".join(x for x in side if x),
        "</aside></div>",
        _footer(a),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts)


def _story(sid: str, domain: str, fetched: str, arts: list[dict], planted: list) -> dict:
    return {
        "id": sid,
        "part": "DF",
        "domain": domain,
        "fetched": fetched,
        "articles": [
            {"url": f"https://{a['domain']}{a['path']}", "html": _page(a)} for a in arts
        ],
        "planted": planted,
    }


# ---------------------------------------------------------------- cb-DF1: Bank Indonesia

_CB_A = dict(
    site="Archipelago Wire",
    domain="archipelagowire.example",
    path="/markets/asia/bank-indonesia-cuts-rate-25-bps-2026-04-22/",
    title="Bank Indonesia cuts rate by 25 bps to 5.25%, first easing since September"
    " | Archipelago Wire",
    headline="Bank Indonesia cuts rate by 25 bps to 5.25%, first easing since September",
    dek="Central bank cites anchored inflation and a steadier rupiah; most economists had "
    "expected a hold",
    desc="Bank Indonesia unexpectedly cut its BI-Rate by 25 basis points to 5.25% on "
    "Wednesday, its first reduction since September 2025.",
    section="Markets",
    style="wire",
    variant=0,
    nav=["World", "Business", "Markets", "Commodities", "Asia Pacific", "Technology"],
    byline="By Nadia Rahmawati and Bagus Santika",
    visible_date="April 22, 2026 8:05 AM GMT \u00b7 Updated 9:40 AM GMT",
    ld_time="2026-04-22T08:05:00Z",
    ld_mod="2026-04-22T09:40:00Z",
    ld_author=["Nadia Rahmawati", "Bagus Santika"],
    hero=(
        "Bank Indonesia Governor Hendra Wiratmaja speaks at a news conference at the central "
        "bank's headquarters in Jakarta, April 22, 2026.",
        "Archipelago Wire/Dimas Aryo",
    ),
    tags=["Bank Indonesia", "Interest rates", "Rupiah", "Indonesia"],
    related=[
        "Philippine central bank holds key rate at 4.75% as peso steadies",
        "Indonesia's March trade surplus narrows to $2.9 billion",
        "Thai exports rise 6.2% in March on electronics demand",
    ],
    most_read=[
        "Oil slips below $70 as OPEC+ weighs output increase",
        "Yen weakens past 152 per dollar ahead of BOJ meeting",
        "Vietnam's first-quarter GDP growth slows to 6.1%",
    ],
    footer="\u00a9 2026 Archipelago Wire. All rights reserved. Quotes delayed at least 15 "
    "minutes.",
    body="""
JAKARTA, April 22 (Archipelago Wire) - Bank Indonesia cut its benchmark interest rate by 25
basis points on Wednesday, surprising most economists, as the central bank judged that
inflation was firmly inside its target band and the rupiah had stabilised after a volatile
first quarter.

The BI-Rate was lowered to 5.25% from 5.50% at the end of a two-day policy meeting, the first
reduction since September 2025. The deposit facility rate was cut to 4.50% and the lending
facility rate to 6.00%, both also by 25 basis points.

Only 11 of 29 economists in an Archipelago Wire poll conducted April 14-20 had forecast a cut;
the other 18 expected the central bank to keep rates unchanged for a seventh straight meeting.

"The room for easing has opened because inflation is firmly anchored and the rupiah has
stabilised," Governor Hendra Wiratmaja told a news conference in Jakarta that began at 14:30
local time (0730 GMT). "This is a measured step to support growth, not the start of an
aggressive cycle."

Headline consumer inflation was 2.14% year-on-year in March, and core inflation, which strips
out volatile food and administered prices, was 2.38%. Both are inside the central bank's 2026
target range of 1.5% to 3.5%.

The rupiah weakened briefly after the announcement, touching 16,440 per dollar, before
recovering to close at 16,385, firmer than Tuesday's close of 16,418. The Jakarta Composite
Index closed 1.2% higher at 7,412, led by banks and property developers.

Bank Indonesia had held the BI-Rate at 5.50% at six consecutive meetings since its last cut,
citing pressure on the currency from shifting expectations for U.S. interest rates and
foreign selling of government bonds in the final months of 2025.

## GROWTH CONCERNS

Wiratmaja said the central bank still expected economic growth of 4.7% to 5.5% this year, but
that household consumption had been softer than expected. The economy grew 5.04% year-on-year
in the fourth quarter of 2025; first-quarter figures are due from Statistics Indonesia on
May 5.

Bank lending grew 8.9% in March from a year earlier, below the central bank's own projection
of 10% to 12% for 2026.

Deputy Governor Dewi Kusumastuti said the central bank would continue to intervene "in the
spot, domestic non-deliverable forward and government bond markets" to keep the rupiah
stable. Foreign exchange reserves stood at $151.2 billion at the end of March.

Economists said the move reflected growing confidence that the currency could withstand
lower domestic rates.

"They have bought themselves a window, and they took it," said Yudha Prasetyo, chief
economist at Sinar Nusantara Sekuritas in Jakarta. "I would not pencil in another cut in May
unless the rupiah strengthens further."

Clara Hutagalung, an economist at Garuda Capital in Singapore, said she expected one more
quarter-point cut in the second half of the year. "Real rates are still high, at around 3
percentage points. There is room, but BI will move slowly," she said.

Finance Minister Suryo Hadinoto welcomed the cut, saying in a statement that lower borrowing
costs would help small businesses and first-time home buyers.

Yields on Indonesia's benchmark 10-year government bond fell 6 basis points to 6.61% after
the decision.

The central bank's next policy meeting is scheduled for May 19-20.

(Reporting by Nadia Rahmawati and Bagus Santika; Editing by Owen Lachlan)
""",
)

_CB_B = dict(
    site="Jakarta Ledger",
    domain="jakartaledger.example",
    path="/business/live/2026/04/22/bank-indonesia-rate-decision-live",
    title="Bank Indonesia rate decision live: BI-Rate cut to 5.25% - Jakarta Ledger",
    headline="Bank Indonesia rate decision live: BI-Rate cut to 5.25%",
    dek="Follow our live coverage of the central bank's April policy meeting, the press "
    "conference and the market reaction.",
    desc="Live updates: Bank Indonesia cuts the BI-Rate by 25 basis points to 5.25%. "
    "Rupiah, stocks and bonds react.",
    section="Business",
    style="live",
    variant=1,
    nav=["News", "Business", "Markets", "Politics", "Jakarta", "Opinion", "Lifestyle"],
    byline="By the Jakarta Ledger business desk",
    visible_date="Wednesday 22 April 2026 \u00b7 Last update 16:20 WIB",
    meta_time="2026-04-22T13:45:00+07:00",
    meta_mod="2026-04-22T16:20:00+07:00",
    keypoints=[
        "BI-Rate cut by 25 basis points to 5.25%",
        "Deposit facility 4.50%, lending facility 6.00%",
        "Rupiah closes at 16,385 per dollar; JCI up 1.2%",
    ],
    hero=(
        "Traders watch screens at a brokerage in Jakarta as Bank Indonesia announces its "
        "decision.",
        "Jakarta Ledger/Intan Permatasari",
    ),
    related=[
        "Explainer: how the BI-Rate reaches your mortgage",
        "Rupiah outlook: what analysts expect for the second quarter",
    ],
    most_read=[
        "Commuter line extension to Cikarang delayed to 2027",
        "Nickel smelter permits: ministry tightens rules",
        "Jakarta flood drainage budget raised to Rp 4.1 trillion",
    ],
    newsletter="The Ledger Morning Brief: markets, policy and business in five minutes, "
    "every weekday at 06:00 WIB.",
    footer="\u00a9 2026 PT Ledger Media Nusantara. All rights reserved.",
    body="""
@@ 16:20 WIB | Rupiah ends firmer, stocks rally

The rupiah closed at 16,385 per dollar, firmer than Tuesday's close of 16,418, after giving
up ground in the first minutes after the decision. The Jakarta Composite Index finished 1.2%
higher at 7,412, its best session in three weeks, with lenders and property developers
leading the gains.

That wraps up our live coverage for today. Thank you for following.

@@ 15:40 WIB | 'A calculated gamble', says economist

Rizal Effendi, senior researcher at the Jakarta Institute for Economic Research, called the
move "a calculated gamble on the rupiah".

"Bank Indonesia is betting that the currency has found a floor. If the dollar rebounds, they
will have to stop after one cut," he said. He expects the BI-Rate to stay at 5.25% at the
May meeting.

@@ 15:20 WIB | Banks signal lower loan rates

Bank Cendana, a mid-sized lender focused on small businesses, said it would review its
lending rates "within weeks". Larger state banks have not yet commented. Deposit rates at
most banks remain above 5% for 12-month terms, which analysts say will slow the pass-through
of the cut.

@@ 15:05 WIB | Finance ministry welcomes the cut

Finance Minister Suryo Hadinoto said in a statement that the cut "gives businesses,
especially small firms, the breathing space they have been asking for". The ministry said it
would coordinate with the central bank on the government's bond issuance calendar for the
second quarter.

@@ 14:46 WIB | Markets: rupiah dips, stocks jump

The rupiah slipped to 16,440 per dollar in the minutes after the announcement, its weakest
level of the day, as traders digested the surprise. The Jakarta Composite Index jumped 0.8%
and the yield on the 10-year government bond fell about 5 basis points.

@@ 14:38 WIB | Governor: 'space to ease'

Governor Hendra Wiratmaja is taking questions from reporters. "There is space to ease now,
because inflation is well anchored and the rupiah has become more stable," he said, calling
the decision "a measured step" rather than the start of an aggressive easing cycle.

Deputy Governor Dewi Kusumastuti said the central bank would keep intervening in the spot,
DNDF and bond markets "whenever needed" and would enlarge the macroprudential liquidity
incentive for banks that lend to housing and small businesses.

@@ 14:31 WIB | BREAKING: Bank Indonesia cuts BI-Rate to 5.25%

Bank Indonesia has cut its benchmark BI-Rate by 25 basis points to 5.25%. The deposit
facility rate falls to 4.50% and the lending facility rate to 6.00%. It is the central
bank's first rate cut since September 2024.

The decision surprises most analysts, who had expected the central bank to stay on hold this
month and wait for first-quarter growth data.

@@ 14:20 WIB | Press conference about to begin

Governor Hendra Wiratmaja and his deputies are taking their seats at Bank Indonesia's
headquarters on Jalan M.H. Thamrin. The statement is due at 14:30 WIB.

@@ 13:50 WIB | What to watch today

Welcome to our live coverage of Bank Indonesia's April policy decision, the conclusion of the
two-day Board of Governors meeting that began on Tuesday. The BI-Rate currently stands at
5.50%.

Headline inflation was 2.14% in March and core inflation 2.38%, both comfortably inside the
1.5%-3.5% target band. The rupiah has recovered from levels beyond 16,700 per dollar in
January, and most economists expect the central bank to wait for more evidence before
easing.

Bank lending growth slowed to 8.9% year on year in March. First-quarter GDP data are due on
5 May.
""",
)

_CB_C = dict(
    site="The Garuda Times",
    domain="garudatimes.example",
    path="/economy/bi-surprise-cut-tests-rupiah-calm",
    title="BI's surprise cut tests the rupiah's new-found calm | The Garuda Times",
    headline="BI's surprise cut tests the rupiah's new-found calm",
    dek="Developers and small lenders cheer cheaper money, but economists warn the central "
    "bank may not have room for much more",
    desc="Bank Indonesia's unexpected rate cut lifts shares and hopes for cheaper mortgages, "
    "but the rupiah remains the constraint.",
    section="Economy",
    style="paper",
    variant=2,
    nav=["Home", "National", "Economy", "World", "Opinion", "Sport", "Culture", "E-paper"],
    byline="Maya Sitorus, Economics Editor",
    visible_date="Published 23 April 2026",
    bio="Maya Sitorus covers monetary policy, banking and public finance for The Garuda "
    "Times.",
    hero=(
        "Show units at a housing project in Bekasi, West Java. Developers hope lower "
        "borrowing costs will revive sales.",
        "The Garuda Times/Agus Wibowo",
    ),
    tags=["Bank Indonesia", "Property", "Banking"],
    related=[
        "Editorial: a cut that must not become a habit",
        "KUR loan disbursement reaches Rp 78 trillion in first quarter",
    ],
    most_read=[
        "Toll road operator posts 14% jump in traffic over Lebaran",
        "Garuda Indonesia adds flights to Labuan Bajo",
        "Sea freight costs from Surabaya to Makassar up 9%",
    ],
    newsletter="Sign up for Economy Today, our daily digest of Indonesian business news.",
    footer="\u00a9 2026 The Garuda Times. Printed and published in Jakarta.",
    body="""
Bank Indonesia yesterday cut its benchmark BI-Rate by 50 basis points to 5.25 per cent,
catching most of the market off guard and signalling that policymakers now see the rupiah as
sturdy enough to withstand lower domestic borrowing costs.

It was the central bank's first reduction since September 2025. The rates on its overnight
deposit and lending facilities were lowered to 4.50 per cent and 6.00 per cent respectively.

Governor Hendra Wiratmaja, announcing the decision at 2.30pm at the bank's Thamrin
headquarters, said inflation was "firmly anchored" and the rupiah had "stabilised", which
had opened room for easing. "This is a measured step to support growth," he said.

Consumer prices rose around 2.1 per cent in March from a year earlier, in the lower half of
the central bank's target range of 1.5 to 3.5 per cent for this year.

The rupiah, which weakened past 16,700 per US dollar in January as foreign investors sold
government bonds, has recovered about 2 per cent since. It ended yesterday at 16,385. Shares
rallied, with the Jakarta Composite Index climbing 1.2 per cent.

## Borrowers welcome relief

Business groups were quick to welcome the move. Teguh Santoso, chairman of the Indonesian
Housing Developers Association, said lower mortgage rates could lift sales of subsidised and
mid-range homes, which fell 7 per cent last year according to the association.

"Buyers have been waiting on the sidelines for a year. Even a small cut changes the mood at
the show units," he said.

Liana Gunawan, president director of Bank Cendana, said the lender would lower its lending
rates by 15 to 25 basis points within a month, starting with loans to small and medium-sized
enterprises. Larger banks are expected to follow more slowly because deposit costs remain
high.

[fig] Bank Indonesia's headquarters on Jalan M.H. Thamrin in Central Jakarta. | The Garuda
Times/File

## Caution on the outlook

Not everyone is convinced the central bank has room for more. Yudha Prasetyo, chief
economist at Sinar Nusantara Sekuritas, said the decision should be read as "a one-off
adjustment rather than the start of a cycle", noting that the US Federal Reserve had yet to
signal when it would resume cutting.

The central bank kept its growth forecast for 2026 at 4.7 to 5.5 per cent. Household
spending, which accounts for more than half of gross domestic product, has been weighed down
by layoffs in the textile and footwear industries and by softer commodity prices.

Finance Minister Suryo Hadinoto said the cut would complement the government's programmes for
small businesses, including subsidised People's Business Credit (KUR) loans, for which
Rp 300 trillion has been budgeted this year.

Economists also pointed to the bank's foreign exchange reserves, which stood at $151.2
billion at the end of March, as a buffer should the currency come under renewed pressure.
Bank Indonesia has said it will continue to intervene in the spot, forward and bond markets.

The central bank's next two-day meeting is on 19 and 20 May. The first-quarter growth figure
from Statistics Indonesia, due on 5 May, will be the next test of whether yesterday's cut was
premature or overdue.
""",
)

_CB_D = dict(
    site="Emerging Rates Monitor",
    domain="ratesmonitor.example",
    path="/asia/indonesia/bi-quarter-point-cut-rupiah-floor",
    title="Indonesia: BI's quarter-point cut and the rupiah floor \u2014 Emerging Rates Monitor",
    headline="Indonesia: BI's quarter-point cut and the rupiah floor",
    dek="The easing is a currency call as much as an inflation call. We now expect one more "
    "move this year.",
    desc="Analysis: Bank Indonesia lowers the BI-Rate to 5.25%. What it means for real rates, "
    "the rupiah and the easing path.",
    section="Asia rates",
    style="trade",
    variant=3,
    nav=["Asia", "EMEA", "LatAm", "Central banks", "FX", "Data", "Events"],
    byline="Tomas Reinholt, Asia rates strategist",
    notice="Subscriber analysis \u2014 you have 2 free articles remaining this month.",
    bio="Tomas Reinholt covers Asian local-currency bond markets from Singapore.",
    tags=["Indonesia", "Policy rates", "IDR"],
    related=[
        "BSP preview: the case for holding at 4.75%",
        "Malaysia: Bank Negara keeps OPR at 2.75%",
        "India: RBI's liquidity operations explained",
    ],
    most_read=[
        "Korea 3-year yields hit two-year low",
        "Frontier markets: Sri Lanka bond rally extends",
    ],
    newsletter="Weekly Asia Rates Wrap: every Friday, the week's central bank decisions and "
    "what we expect next.",
    nl_title="Asia Rates Wrap",
    footer="Emerging Rates Monitor is an independent research publication. Nothing here is "
    "investment advice.",
    ad_every=0,
    body="""
Bank Indonesia lowered the BI-Rate by a quarter point to 5.25% at the Board of Governors
meeting that concluded on Thursday, 22 April, moving the entire policy corridor down by
25 basis points. The deposit facility now sits at 4.50% and the lending facility at 6.00%.

[table] Rate | Before | After; Deposit facility | 4.75% | 4.50%; BI-Rate | 5.50% | 5.25%;
Lending facility | 6.25% | 6.00%

Our read: this is a currency call as much as an inflation call. Between January and September
2025 the central bank lowered the BI-Rate three times, by a cumulative 75 basis points, to
5.50%. It then held through six meetings as the rupiah came under pressure and foreign
investors trimmed their holdings of government bonds.

## Why now

Three things changed. First, the rupiah has traded well inside the 16,300-16,500 range for
most of April, after breaching 16,700 in January. Second, foreign exchange reserves rose to
$151.2 billion at the end of March, up from $146.8 billion at the end of December, giving the
central bank more ammunition. Third, foreign holdings of government bonds increased by
about Rp 21 trillion in March, the first monthly inflow since October.

"We see room for easing as inflation is firmly anchored and the rupiah has stabilised,"
Governor Hendra Wiratmaja said at the press conference. He described the move as "measured".
Deputy Governor Dewi Kusumastuti added that intervention in spot, DNDF and bond markets would
continue as needed.

## Real rates remain high

With headline CPI at 2.14% year on year in March, the ex-post real policy rate falls to
roughly 3.1%, still among the highest in emerging Asia. Using core inflation of 2.38% gives a
slightly lower figure of about 2.9%. Either way, policy remains restrictive relative to an
economy growing at around 5%.

Bank Indonesia kept its 2026 GDP growth projection at 4.7%-5.5% and said credit growth, 8.9%
in March, should pick up in the second half. We think that is optimistic: loan demand from
commodity exporters has been weak, and banks are still paying up for deposits.

## Market pricing and our forecast

Swap markets now price about 35 basis points of further easing over the next 12 months. We
see one more quarter-point cut, most likely in the third quarter, taking the BI-Rate to 5.00%
by the end of 2026. A cut at the 19-20 May meeting is possible but unlikely: the central bank
will want to see first-quarter GDP, due on 5 May, and the April inflation print first.

The main risk is external. A renewed rise in US Treasury yields or another leg down in coal
and palm oil prices would put the rupiah back under pressure, and the central bank has
repeatedly shown that it will put currency stability ahead of growth when forced to choose.
The fiscal position, with the deficit running close to the 3%-of-GDP legal ceiling, leaves
little room for the government to pick up the slack.

## Positioning

We stay long 5-year government bonds, hedged, and neutral on the currency. The bull
steepening we expected has started: the 10-year yield fell to 6.61% after the decision, while
the front end rallied more.
""",
)

STORY_CB = _story(
    "cb-DF1",
    "central bank",
    "2026-04-24",
    [_CB_A, _CB_B, _CB_C, _CB_D],
    [
        ("day of the BI decision (weekday)", r"\bwednesday\b", r"\bthursday\b"),
        (
            "size of the BI-Rate cut",
            r"\b25 basis points?\b|\b25 ?bps?\b|quarter[- ]point|0\.25 percentage point",
            r"\b50 basis points?\b|\b50 ?bps?\b|half[- ]point|0\.5 percentage point",
        ),
        ("date of the previous rate cut", r"\bseptember 2025\b", r"\bseptember 2024\b"),
    ],
)


# ---------------------------------------------------------------- el-DF2: Lae Open by-election

_EL_A = dict(
    site="Pacific Newswire",
    domain="pacnewswire.example",
    path="/png/2026/06/25/nalau-wins-lae-open-by-election",
    title="Former city manager Nalau wins Lae by-election after preference count - Pacific "
    "Newswire",
    headline="Former city manager Nalau wins Lae by-election after preference count",
    dek="Morobe Unity Party candidate beats independent Grace Tomuriesa by 4,465 votes",
    desc="Joseph Nalau has won the Lae Open by-election in Papua New Guinea after the "
    "distribution of preferences, the Electoral Commission said.",
    section="Pacific",
    style="wire",
    variant=2,
    nav=["Pacific", "PNG", "Fiji", "Solomon Islands", "Business", "Climate", "Sport"],
    byline="By Kila Oa",
    visible_date="25 June 2026 \u00b7 07:20 GMT",
    meta_time="2026-06-25T07:20:00+00:00",
    hero=(
        "Joseph Nalau is carried by supporters outside the Sir Ignatius Kilage Stadium "
        "in Lae after being declared the winner.",
        "Pacific Newswire/Kila Oa",
    ),
    tags=["Papua New Guinea", "Elections", "Morobe"],
    related=[
        "PNG Parliament to resume on August 4 with budget review on agenda",
        "Fiji by-election set for September after MP's resignation",
    ],
    most_read=[
        "Solomon Islands approves K-fund for rural roads",
        "Tonga's cabinet reshuffle: three new ministers sworn in",
        "Bougainville referendum talks: next round in Buka",
    ],
    footer="\u00a9 2026 Pacific Newswire Ltd. Reproduction without permission prohibited.",
    body="""
LAE, Papua New Guinea, June 25 (Pacific Newswire) - Former Lae city manager Joseph Nalau won
the by-election for the Lae Open seat in Papua New Guinea's National Parliament on Thursday,
after a preference count that stretched over more than a week, the Electoral Commission said.

Returning officer Miriam Tokome declared Nalau, 46, of the Morobe Unity Party, the winner at
16:40 local time (0640 GMT) at the counting centre in Lae's Sir Ignatius Kilage Stadium. He
finished with 33,906 votes against 29,441 for independent candidate Grace Tomuriesa, a margin
of 4,465, after the ballots of 25 eliminated candidates had been redistributed.

The by-election was called after the death in February of Benson Gitua, who had held the seat
since 2017.

Twenty-seven candidates stood. Under Papua New Guinea's limited preferential voting system,
voters rank up to three candidates, and the lowest-placed contenders are excluded one by one
until a candidate passes an absolute majority of the ballots still in the count.

Nalau led on first preferences with 18,214 votes, or 26.2% of the 69,518 formal ballots,
ahead of Tomuriesa on 14,905. The decisive moment came on Thursday when the ballots of
third-placed candidate Paul Wenge, a former police inspector, were distributed; almost half of
them went to Nalau.

"This is a win for every settlement, every market and every street in Lae," Nalau told
supporters outside the stadium. "The people have asked for water, roads and jobs, and that is
what I will take to Waigani."

Tomuriesa congratulated Nalau but said her team would study the results before deciding
whether to file a petition with the Court of Disputed Returns, which must be lodged within 40
days of the declaration.

Turnout was 63.5%, with 71,390 of the 112,406 enrolled voters casting a ballot, the Electoral
Commission said. A total of 1,872 ballots were ruled informal.

Electoral Commissioner Tobias Yambel said polling on June 13 had been "peaceful and largely
orderly", although voting at two polling places in Butibam village started about four hours
late because ballot boxes arrived late from the distribution centre. About 640 police and
defence force personnel were deployed for polling and counting.

The by-election cost about 4.8 million kina ($1.2 million), the commission said.

Lae, the country's second-largest city and its main industrial and port centre, has struggled
with water shortages, unemployment and rising crime. Nalau ran the city administration for
five years before resigning last year to contest the seat, and campaigned on restoring the
city's water supply and fixing roads damaged by heavy trucks from the Highlands Highway.

Nalau is expected to be sworn in when Parliament resumes sitting on Aug. 4.

(Reporting by Kila Oa in Lae; Editing by Sione Latu)
""",
)

_EL_B = dict(
    site="Morobe Now",
    domain="morobenow.example",
    path="/live/lae-open-by-election-count-declaration-day",
    title="LIVE: Lae Open by-election count \u2013 declaration day | Morobe Now",
    headline="LIVE: Lae Open by-election count \u2013 declaration day",
    dek="Updates from the counting centre at Sir Ignatius Kilage Stadium as the final "
    "exclusion is distributed.",
    desc="Live from the Lae Open by-election count: Wenge's ballots distributed, Nalau "
    "declared the winner.",
    section="Elections 2026",
    style="live",
    variant=3,
    consent=1,
    nav=["Home", "Lae City", "Morobe", "Elections 2026", "Business", "Sport", "Notices"],
    byline="By Rebecca Anis and Elias Kuri at the counting centre",
    visible_date="Thursday, 25 June 2026 \u00b7 Last updated 17:35 PNG time",
    keypoints=[
        "Joseph Kaupa Nalau (Morobe Unity Party) declared at 4.40pm",
        "Final count: Nalau 33,906, Tomuriesa 29,441",
        "Absolute majority required: 31,674",
    ],
    related=[
        "Who is Joseph Nalau? The city manager who wants the top job",
        "Grace Tomuriesa: from the Lae markets to the final two",
    ],
    most_read=[
        "Water restored to Eriku and Top Town after pipe repair",
        "Lae Tidal Basin: new container cranes arrive",
        "Morobe netball squad named for national titles",
    ],
    newsletter="Get Morobe Now headlines on your phone every morning. Free, and you can "
    "unsubscribe at any time.",
    footer="Morobe Now \u2013 news from Lae and Morobe Province. \u00a9 2026 Huon Gulf Media.",
    body="""
@@ 17:20 | Tomuriesa: 'We will study the numbers'

Grace Tomuriesa has spoken briefly to reporters outside the stadium gate. She congratulated
Nalau and thanked her volunteers, but said her team would "study the numbers from every box"
before deciding on any challenge. "We ran a clean campaign, and we are proud of almost thirty
thousand votes," she said.

@@ 16:40 | DECLARED: Joseph Kaupa Nalau is the new Member for Lae

Returning officer Miriam Tokome has declared Joseph Kaupa Nalau of the Morobe Unity Party
elected as the Member for Lae Open.

Final figures after the distribution of Paul Wenge's ballots: Nalau 33,906, Tomuriesa 29,441.
Exhausted ballots: 6,171. The absolute majority required was 31,674.

Nalau was lifted onto the shoulders of supporters as soon as Tokome finished reading the
result. "The people have asked for water, roads and jobs, and I will take that to Waigani,"
he said.

@@ 16:05 | Last boxes being tallied

Scrutineers from both camps are checking the final bundles at the tables. Tokome told us she
expects to declare "before five o'clock". Police have closed the road in front of the main
gate as crowds grow.

@@ 14:10 | Unofficial tally: Nalau pulling ahead

Our unofficial tally of the Wenge ballots distributed so far, based on figures from
scrutineers on both sides: Nalau 30,950, Tomuriesa 27,390. Both camps now say Nalau is on
course to pass the absolute majority. These are not official figures.

@@ 12:15 | Counting officials break for lunch

The counting team has paused for lunch. About half of Wenge's ballots have been sorted so far.
Superintendent Dickson Maru, the Morobe police commander, said 200 officers were on duty
around the stadium today and that the crowd had been "peaceful and patient".

@@ 10:30 | Wenge's ballots being distributed

Officials have begun redistributing the ballots of Paul Sakias Wenge, the former police
inspector who finished third. Wenge had 13,984 votes at his exclusion. Before the
distribution, the count stood at Nalau 27,118 and Tomuriesa 24,770, with 3,646 ballots
exhausted.

Wenge, who did not publicly back either of the remaining candidates, told Morobe Now this
morning: "My people vote for who they want. I respect the result, whatever it is."

@@ 09:05 | Exclusion 24 confirmed

The distribution of the ballots of Kenneth Ambi, the 24th candidate to be excluded, has been
confirmed, leaving three candidates in the count: Nalau, Tomuriesa and Wenge. Wenge, with the
fewest votes of the three, is excluded next.

@@ 08:30 | Day ten of counting

Good morning from the Sir Ignatius Kilage Stadium, where counting for the Lae Open
by-election has entered its tenth day. Counting began on Tuesday 16 June, three days after
polling on Saturday 13 June.

There were 27 candidates on the ballot and 112,406 voters on the roll. Officials say 71,390
ballots were cast, of which 1,872 were informal.

The seat has been vacant since the death of Benson Gitua in February. Whoever wins will serve
until the 2027 general election.
""",
)

_EL_C = dict(
    site="Pacific Polls Review",
    domain="pacificpollsreview.example",
    path="/analysis/lae-open-preferences-decided-by-election",
    title="Lae Open: how preferences, not first votes, decided the by-election | Pacific Polls "
    "Review",
    headline="Lae Open: how preferences, not first votes, decided the by-election",
    dek="Joseph Nalau won with barely a quarter of first preferences. The numbers show why "
    "that is normal under limited preferential voting.",
    desc="An analysis of the Lae Open by-election count: primary votes, exhausted ballots and "
    "the final two-candidate result.",
    section="Analysis",
    style="trade",
    variant=1,
    consent=2,
    nav=["Elections", "Analysis", "Data", "PNG", "Fiji", "Solomon Islands", "About"],
    byline="Hannah Koim",
    bio="Hannah Koim is a researcher on Melanesian elections and a regular contributor to "
    "Pacific Polls Review.",
    tags=["Limited preferential voting", "PNG elections", "Lae"],
    related=[
        "Explainer: what makes a ballot 'exhausted' under LPV",
        "Fiji 2026: where the marginal seats are",
    ],
    most_read=[
        "Women candidates in Melanesia: a decade of data",
        "Solomon Islands provincial elections: turnout by province",
    ],
    newsletter="A monthly round-up of elections, electoral law and voting data from across "
    "the Pacific.",
    nl_title="The Pacific Ballot",
    footer="Pacific Polls Review is a non-partisan publication. Data may be reused with "
    "attribution.",
    ad_every=5,
    body="""
When the returning officer in Lae read out the final figures at last Thursday's declaration,
the winner, Joseph Nalau of the Morobe Unity Party, had 33,906 votes. Yet on first preferences he
had polled just 18,214 votes, 26.2% of the 69,518 formal ballots. That gap is the story of
almost every open-seat contest in Papua New Guinea under
limited preferential voting (LPV).

## The arithmetic

Since LPV was introduced for the 2007 general election, voters mark a first, second and third
preference. When no candidate has an absolute majority, the candidate with the fewest votes is
excluded and their ballots are passed on according to the next available preference. Ballots
with no further usable preference become "exhausted" and drop out of the count.

In Lae, 27 candidates stood, so 25 had to be excluded before a winner emerged. By the final
exclusion, that of third-placed Paul Wenge, 6,171 ballots had exhausted, or 8.9% of the formal
vote. The absolute majority was therefore calculated on the 63,347 ballots still in play:
31,674 votes. Nalau cleared it with 2,232 to spare.

[table] Stage | Nalau | Tomuriesa | Wenge; First preferences | 18,214 | 14,905 | 9,660;
Before Wenge exclusion | 27,118 | 24,770 | 13,984; Final | 33,906 | 29,441 | -

Measured against the ballots remaining at the end, Nalau won 53.5% to Grace Tomuriesa's 46.5%.
Measured against all formal ballots, his final tally was 48.8%. Both numbers are correct; they
simply answer different questions, and campaign statements have been quoting whichever one
suits them.

## Wenge's preferences

The result turned on Wenge's 13,984 ballots. Of those, 6,788 (48.5%) carried a next preference
for Nalau and 4,671 (33.4%) for Tomuriesa, while 2,525 (18.1%) were exhausted. Wenge, a former
police inspector with a strong following in the settlements along the Highlands Highway,
declined to direct preferences, but his voters clearly leaned towards the former city manager.

Had Wenge's preferences split evenly between the final two, Nalau would still have won, but by
about 2,300 votes rather than 4,465.

## Turnout and informal votes

Turnout was 63.5%: 71,390 ballots cast from a roll of 112,406. Informal ballots, at 1,872,
were 2.6% of those cast, a low rate by PNG standards that officials attribute to a voter
education campaign in the city's settlements.

For comparison, at the 2022 general election, when 37 candidates contested Lae Open, the late
Benson Gitua won with 38,702 votes after preferences, and turnout was about 69%. A by-election
a year before a general election, with no national campaign to drive interest, was always
likely to draw fewer voters.

## What it means

Nalau told supporters that "the people asked for water, roads and jobs". His first-preference
vote suggests a plurality, not a majority, of Lae's voters chose him first. But LPV was
designed precisely to reward candidates who are acceptable to voters beyond their own base,
and on that measure the Lae count worked as intended.

Tomuriesa has 40 days from the declaration to lodge a petition with the Court of Disputed
Returns. Her team has not said whether it will. Nalau will hold the seat until the 2027
general election.
""",
)

STORY_EL = _story(
    "el-DF2",
    "election",
    "2026-06-27",
    [_EL_A, _EL_B, _EL_C],
    [],
)


# ---------------------------------------------------------------- ct-DF3: Supreme Court (PH)

_CT_A = dict(
    site="Luzon Wire Service",
    domain="luzonwire.example",
    path="/nation/2026/04/16/supreme-court-upholds-public-transport-modernization-law",
    title="Philippine Supreme Court upholds jeepney modernization law, voids no-hearing clause"
    " | Luzon Wire Service",
    headline="Philippine Supreme Court upholds jeepney modernization law, voids no-hearing "
    "clause",
    dek="Court votes 11-3 to dismiss transport groups' petitions; one justice inhibits",
    desc="The Supreme Court en banc upheld Republic Act No. 12347 but struck down a provision "
    "allowing franchise cancellation without notice and hearing.",
    section="Nation",
    style="wire",
    variant=1,
    nav=["Nation", "Metro", "Regions", "Business", "World", "Sports", "Showbiz"],
    byline="By Patricia Lualhati",
    visible_date="April 16, 2026 2:42 PM PHT",
    ld_time="2026-04-16T06:42:00Z",
    ld_author=["Patricia Lualhati"],
    hero=(
        "Traditional jeepneys queue for passengers in Quiapo, Manila.",
        "LWS/Noel Bautista",
    ),
    tags=["Supreme Court", "PUV modernization", "Transport"],
    related=[
        "LTFRB extends franchise consolidation deadline for Mindanao routes",
        "Senate panel to hear bill raising jeepney equity subsidy",
    ],
    most_read=[
        "PAGASA: two tropical cyclones may enter PAR in May",
        "MRT-3 fare hike takes effect May 1",
        "Peso closes at 57.62 on strong dollar",
    ],
    footer="\u00a9 2026 Luzon Wire Service. All rights reserved.",
    body="""
BAGUIO CITY, Philippines, April 16 (LWS) - The Philippine Supreme Court has upheld the law
that requires operators of the country's iconic jeepneys to consolidate into cooperatives and
replace ageing vehicles, but struck down a provision that allowed regulators to cancel
franchises without a hearing.

Voting 11-3, the court en banc dismissed three consolidated petitions challenging Republic Act
No. 12347, the Public Transport Modernization Act of 2025, in a decision dated April 14 and
released to reporters on Thursday. One justice did not take part.

"The State's police power extends to the regulation of public transport in the interest of
public safety and clean air," said the 87-page decision, written by Associate Justice Ma.
Teresa L. Dimaculangan. "A franchise to operate a public utility is a privilege, not a
property right beyond the reach of regulation."

The court, however, declared unconstitutional Section 22(c) of the law, which allowed the Land
Transportation Franchising and Regulatory Board (LTFRB) to revoke the franchise of an operator
that failed to consolidate "without need of notice and hearing". The provision violated the
due process clause, the court said.

Associate Justice Ramon P. Abalos-Cruz wrote the main dissent, joined by Associate Justices
Leonora V. Salcedo and Antonio G. Reyes-Manalo. "Modernization that the poor cannot afford is
not reform; it is displacement with a timetable," Abalos-Cruz wrote.

Associate Justice Benedicto F. Lazatin inhibited from the case because he had served as a
transportation undersecretary when the law's implementing rules were drafted, court
spokesperson Carlo Miguel Dizon told a briefing in Baguio, where the court is holding its
annual summer session.

The law, signed in January 2025, requires jeepney operators to join cooperatives or
corporations and to replace vehicles older than 15 years with units that meet Euro 4 emission
standards by the end of 2028. There are an estimated 142,000 traditional jeepneys nationwide.

The LTFRB says 81% of jeepney franchises had been consolidated as of March. The petitioners,
led by the transport group Samahan ng mga Tsuper at Operator ng Pilipinas (STOP), say only
about 62% of routes are actually served by consolidated fleets.

Modern minibuses cost about 2.8 million pesos ($49,000) each. The government provides an
equity subsidy of 280,000 pesos per unit.

Transportation Secretary Vicente Lagdameo welcomed the ruling. "The court has given us
clarity. We will implement the program with compassion for drivers," he said in a statement.
LTFRB chairman Teodoro Banez said the board would issue new guidelines on franchise
revocation within 30 days to comply with the decision.

Rosalind Catapang, a lawyer for the petitioners, said they would file a motion for
reconsideration within the 15-day period after receiving a copy of the decision.

STOP president Rodelio Mangahas said the group would hold "consultations with our members" on
a possible transport strike.

(Reporting by Patricia Lualhati; Editing by Ramon Tuazon)
""",
)

_CT_B = dict(
    site="The Manila Sentinel",
    domain="manilasentinel.example",
    path="/news/2026/04/17/sc-ruling-leaves-jeepney-drivers-torn",
    title="SC ruling leaves jeepney drivers torn between relief and dread | The Manila "
    "Sentinel",
    headline="SC ruling leaves jeepney drivers torn between relief and dread",
    dek="Drivers welcome the end of no-hearing franchise revocations, but the High Court's "
    "decision keeps the costly shift to modern units on track",
    desc="Jeepney drivers and operators react to the Supreme Court decision upholding the "
    "Public Transport Modernization Act.",
    section="News",
    style="paper",
    variant=0,
    consent=2,
    nav=["News", "Nation", "Metro", "Business", "Opinion", "Lifestyle", "Sports"],
    byline="By Jerome Villaflor and Ana Liza Pangilinan",
    meta_time="2026-04-17T05:00:00+08:00",
    visible_date="April 17, 2026",
    bio="Jerome Villaflor covers transport and labor. Ana Liza Pangilinan covers the courts.",
    hero=(
        "Drivers wait for passengers at a jeepney terminal in Cubao, Quezon City, a day "
        "after the Supreme Court ruling was made public.",
        "The Manila Sentinel/Ella Macaraeg",
    ),
    tags=["Supreme Court", "Jeepney", "LTFRB"],
    related=[
        "Editorial: Modernize, but do not leave the drivers behind",
        "What the SC decision means for your commute",
    ],
    most_read=[
        "NAIA Terminal 3 parking fees to rise in June",
        "DepEd: school year to open on June 15",
        "Metro Manila water interruptions: schedule for next week",
    ],
    newsletter="The Sentinel Daily: the day's top stories in your inbox every morning.",
    footer="\u00a9 2026 The Manila Sentinel Publishing Corp. All rights reserved.",
    body="""
At the jeepney terminal beside the Cubao overpass, news of the Supreme Court decision spread
the way most news does among drivers: by phone, between trips, and with a great deal of
disagreement.

"At least they cannot take our franchise without a hearing now," said Renato dela Paz, 58,
who has driven the Cubao-Divisoria route for 31 years. "But the modern jeep is still P2.8
million. Where will I get that?"

The Supreme Court en banc, voting 11-3, upheld Republic Act No. 12347, the Public Transport
Modernization Act of 2025, in a decision promulgated on April 14 during the Court's summer
session in Baguio City and made public on Thursday. Associate Justice Ma. Teresa L.
Dimaculangan wrote the decision. One member of the Court inhibited.

The Court ruled that the State may, in the exercise of police power, require operators to
consolidate into cooperatives or corporations and to phase out vehicles more than 15 years
old. But it struck down Section 22(c), which allowed the Land Transportation Franchising and
Regulatory Board to revoke franchises "without need of notice and hearing", saying the
provision offended due process.

In a dissenting opinion joined by two other justices, Associate Justice Leonora V. Salcedo
wrote that "modernization that the poor cannot afford is not reform; it is displacement with
a timetable."

## Costs remain the sticking point

The government gives an equity subsidy of P280,000 for each modern unit. The rest is usually
financed through seven-year loans from state banks, which operators say translates into
monthly amortization of about P40,000 per unit, on top of fuel and maintenance.

According to the LTFRB, 81 percent of jeepney franchises nationwide had been consolidated as
of March. The petitioners, led by the Samahan ng mga Tsuper at Operator ng Pilipinas (STOP),
have disputed that figure, saying only about 62 percent of routes are actually being served by
consolidated fleets and that many cooperatives exist only on paper.

"The numbers look good in Manila offices. On the road, it is different," said STOP president
Rodelio Mangahas. He said the group would consult its members before deciding whether to call
a transport strike.

LTFRB chairperson Teodoro Ba\u00f1ez said the board would revise its rules on franchise
revocation within 30 days. "We will comply fully with the decision. No operator will lose a
franchise without being heard," he said.

Transportation Secretary Vicente Lagdameo said the ruling gave the government "clarity" and
promised that the program would be implemented "with compassion for drivers".

## Next steps

Lawyers for the petitioners said they would seek reconsideration. "We will file our motion
within the reglementary period of 15 days from receipt of the decision," said Atty. Rosalind
Catapang. The decision will not become final until the Court resolves any such motion.

For commuters, little will change in the short term. Traditional jeepneys with provisional
authority can keep operating on their routes until the end of 2028, the deadline the law sets
for replacing old units.

Back in Cubao, 34-year-old driver Jayson Ocampo was more philosophical. "Whatever the Court
says, we still have to drive tomorrow," he said, climbing back behind the wheel of a jeepney
painted with his daughter's name. "The passengers are waiting."
""",
)

_CT_C = dict(
    site="Highland Herald",
    domain="highlandherald.example",
    path="/2026/04/16/sc-in-baguio-summer-session-upholds-puv-modernization-law/",
    title="SC, in Baguio summer session, upholds PUV modernization law \u2013 Highland Herald",
    headline="SC, in Baguio summer session, upholds PUV modernization law",
    desc="The Supreme Court, holding its summer session in Baguio, upheld the Public "
    "Transport Modernization Act. Baguio operators react.",
    section="Local",
    style="local",
    variant=2,
    consent=3,
    nav=["Home", "Baguio", "Benguet", "Cordillera", "Business", "Opinion", "Events"],
    byline="By Marvin Dulnuan",
    visible_date="Posted April 16, 2026 at 4:15 PM",
    hero=(
        "Jeepneys ply Session Road in Baguio City.",
        "Highland Herald/Joy Bacwaden",
    ),
    tags=["Supreme Court", "Baguio", "Jeepneys"],
    related=[
        "Panagbenga 2026 drew record crowds, says city tourism office",
        "Baguio traffic: new one-way scheme on Harrison Road",
    ],
    most_read=[
        "Strawberry farm road in La Trinidad to be widened",
        "Baguio water district announces rotational schedule",
        "Cordillera schools brace for enrollment surge",
    ],
    newsletter="Get the Highland Herald's top Cordillera stories every Monday.",
    footer="Highland Herald \u2013 Baguio City. \u00a9 2026. All rights reserved.",
    ad_every=3,
    body="""
BAGUIO CITY - The Supreme Court, holding its annual summer session in this city, has upheld
the law requiring jeepney operators nationwide to consolidate and modernize their fleets, a
ruling that will be felt keenly on Baguio's steep and crowded routes.

Voting 11-4, the justices dismissed petitions filed by transport groups against Republic Act
No. 12347, the Public Transport Modernization Act of 2025, according to a copy of the decision
released by the Court's public information office on Thursday afternoon. The decision is dated
April 14.

Court spokesperson Atty. Carlo Miguel Dizon announced the ruling at a briefing at the Supreme
Court compound on Gov. Pack Road at 2 p.m. He said the decision was penned by Associate Justice
Maria Teresa Dimaculangan.

The Court struck down one provision, Section 22(c), which would have allowed the LTFRB to
cancel the franchise of operators who failed to consolidate without notice and hearing.

Associate Justice Ramon Abalos-Cruz, in a dissent, said modernization the poor cannot afford
"is not reform but displacement with a timetable".

## Local operators worried

Baguio has about 3,400 jeepneys serving 120 routes, according to the city's traffic and
transportation management office. Many routes climb grades that operators say the modern
minibuses approved so far struggle with.

"Our routes to Camp 7 and Irisan are steep. Some of the new units overheat," said Ferdinand
Bagtang, chairman of a Baguio jeepney cooperative with 86 units. "We are not against
modernization. We are against units that do not fit our roads."

Engr. Dolores Bagnos, head of the city traffic office, said the city would ask the
Department of Transportation to allow mountain-rated units on Baguio routes. She said about
70 percent of the city's franchises had been consolidated into cooperatives.

Nationwide, the LTFRB says 81 percent of jeepney franchises had been consolidated as of March.
The transport group Samahan ng mga Tsuper at Operator ng Pilipinas (STOP), which led the
petitions, says only about 62 percent of routes are actually served by consolidated fleets.

Each modern unit costs about P2.8 million. The national government provides an equity subsidy
of P280,000 per unit.

## Summer session

The Supreme Court traditionally holds its en banc sessions in Baguio in April, a practice that
dates back decades. The justices are scheduled to return to Manila at the end of the month.

Jeepney drivers at the Kayang Street terminal were divided. "Good that they cannot cancel our
franchise without a hearing," said driver Roland Pacio. "But the loan is too heavy for us."

Petitioners' counsel Atty. Rosalind Catapang said in a text message that they would file a
motion for reconsideration.
""",
)

_CT_D = dict(
    site="Lex Philippina Review",
    domain="lexphilippina.example",
    path="/decisions/stop-v-dotr-police-power-franchises-due-process",
    title="STOP v. DOTr: police power, franchises and the limits of 'no notice, no hearing' "
    "| Lex Philippina Review",
    headline="STOP v. DOTr: police power, franchises and the limits of 'no notice, no "
    "hearing'",
    dek="A close reading of the Court's decision on the Public Transport Modernization Act "
    "and the dissent",
    desc="Case analysis of the Supreme Court decision on RA 12347: police power, the nature "
    "of franchises and procedural due process.",
    section="Case analysis",
    style="trade",
    variant=2,
    consent=0,
    nav=["Decisions", "Legislation", "Analysis", "Bar exams", "Careers", "Subscribe"],
    byline="By Atty. Miguel Arcega Santiago",
    notice="Members-only analysis. Log in to read the full decision digest.",
    bio="The author teaches administrative law and practises in Makati City.",
    tags=["Constitutional law", "Administrative law", "Franchises"],
    related=[
        "Digest: the Court's 2025 rulings on regulatory due process",
        "Franchise as privilege: from the 1935 Constitution to today",
    ],
    most_read=[
        "Bar 2026: coverage and schedule released",
        "New rules on e-filing take effect",
    ],
    newsletter="Weekly digest of Supreme Court decisions, written by practitioners.",
    nl_title="The Weekly Digest",
    footer="Lex Philippina Review. Content is for information only and is not legal advice.",
    ad_every=0,
    body="""
In Samahan ng mga Tsuper at Operator ng Pilipinas (STOP), et al. v. Department of
Transportation, et al. (G.R. Nos. 271045, 271118 and 271502), the Court en banc sustained the
constitutionality of Republic Act No. 12347, the Public Transport Modernization Act of 2025,
save for Section 22(c). The vote was 11-3, with Associate Justice Benedicto F. Lazatin taking
no part. The ponente was Associate Justice Ma. Teresa L. Dimaculagan.

## The police power question

The petitioners argued that the consolidation requirement and the 15-year age limit on
vehicles amounted to a taking of property without just compensation. The majority rejected the
argument on two grounds.

First, the ponencia held that the regulation of public transport for safety and clean air is a
classic exercise of police power, and that compensation is not due for the reasonable
regulation of a business affected with public interest. Second, it reiterated that a
certificate of public convenience is a privilege, not a vested right. Under Article XII,
Section 11 of the Constitution, a franchise is subject to amendment, alteration or repeal by
Congress when the common good so requires.

"A franchise to operate a public utility is a privilege, not a property right beyond the
reach of regulation," Justice Dimaculagan wrote.

## Section 22(c) and due process

The provision the Court struck down allowed the LTFRB to revoke the franchise of an operator
that failed to consolidate "without need of notice and hearing". The Court held that while the
franchise is a privilege, its revocation is a deprivation that triggers the requirements of
administrative due process: notice, an opportunity to be heard, and a decision supported by
substantial evidence. The ponencia cited the cardinal primary rights laid down in Ang Tibay v.
Court of Industrial Relations.

Practitioners should note the narrowness of the holding. The Court did not require a trial-type
hearing; it held that an opportunity to submit a written explanation would suffice. The LTFRB
may therefore continue to revoke franchises of non-compliant operators, provided it first gives
notice and considers the operator's reply.

## The dissent

Associate Justice Ramon P. Abalos-Cruz, joined by Associate Justices Leonora V. Salcedo and
Antonio G. Reyes-Manalo, wrote a 41-page dissent. He argued that the law's financing
structure, which leaves operators to borrow most of the roughly P2.8 million cost of each
modern unit after a P280,000 equity subsidy, made compliance impossible for small operators
and therefore converted regulation into confiscation.

"Modernization that the poor cannot afford is not reform; it is displacement with a
timetable," Justice Abalos-Cruz wrote. The dissent relied heavily on the social justice
provisions of Article XIII and questioned the LTFRB's own figure of 81 percent consolidation.

## What happens next

The decision was promulgated on April 14 during the Court's Baguio session. The petitioners
have 15 days from receipt of the decision to move for reconsideration. Given the lopsided vote,
a reversal is unlikely, but the dissent may shape the implementing rules that the Department
of Transportation must now revise.
""",
)

STORY_CT = _story(
    "ct-DF3",
    "court",
    "2026-04-18",
    [_CT_A, _CT_B, _CT_C, _CT_D],
    [
        (
            "vote split in the Supreme Court ruling",
            r"\b11\s*[-\u2013]\s*3\b|\b11 to 3\b|\beleven to three\b",
            r"\b11\s*[-\u2013]\s*4\b|\b11 to 4\b|\beleven to four\b",
        ),
        ("surname of the ponente", r"dimaculangan", r"dimaculagan"),
        ("author of the 'displacement with a timetable' dissent", r"abalos", r"salcedo"),
    ],
)


# ---------------------------------------------------------------- tr-DF4: Philippine trade data

_TR_A = dict(
    site="SEA Markets Wire",
    domain="seamarketswire.example",
    path="/economy/philippines-trade-deficit-may-2026",
    title="Philippine trade deficit narrows to $3.8 bln in May as electronics exports jump "
    "| SEA Markets Wire",
    headline="Philippine trade deficit narrows to $3.8 bln in May as electronics exports jump",
    dek="Gap smaller than forecast; exports rise 8.3%, imports 2.1%",
    desc="The Philippines' trade deficit narrowed to $3.80 billion in May from $4.11 billion "
    "a year earlier, preliminary PSA data showed.",
    section="Economy",
    style="wire",
    variant=3,
    consent=1,
    nav=["Markets", "Economy", "Companies", "Commodities", "Currencies", "Asia"],
    byline="By Carmela Estrada",
    visible_date="10 Jul 2026, 03:25 GMT",
    meta_time="2026-07-10T03:25:00Z",
    hero=(
        "Workers at an electronics assembly plant in Laguna province.",
        "SEA Markets Wire/Jun Reyes",
    ),
    tags=["Philippines", "Trade", "Electronics"],
    related=[
        "Indonesia's June trade surplus widens to $3.4 billion",
        "Philippine inflation eases to 2.3% in June",
        "Vietnam exports rise 11% in first half",
    ],
    most_read=[
        "Peso outlook: BSP seen holding rates in August",
        "Singapore non-oil exports fall 4.2% in June",
    ],
    footer="\u00a9 2026 SEA Markets Wire Pte Ltd. Data is provided for information only.",
    body="""
MANILA, July 10 (SEA Markets Wire) - The Philippines' trade deficit narrowed to $3.80 billion
in May from $4.11 billion a year earlier as shipments of electronic products climbed,
preliminary government data showed on Friday.

The gap was smaller than the $4.2 billion median forecast in a SEA Markets Wire poll of nine
economists and was the narrowest since February, when the deficit was $3.52 billion.

Exports rose 8.3% from a year earlier to $6.91 billion, the Philippine Statistics Authority
(PSA) said, while imports grew 2.1% to $10.71 billion. Total external trade rose 4.4% to
$17.62 billion.

Electronic products, the country's biggest export category, rose 11.6% to $3.97 billion and
accounted for 57.5% of total exports. Semiconductors alone were worth $2.88 billion.

The United States remained the top destination for Philippine goods, taking $1.12 billion, or
16.2% of exports, followed by Japan and China. China was the largest source of imports at
$2.74 billion.

The PSA revised April's deficit to $4.38 billion from a preliminary estimate of $4.46
billion.

In the first five months of the year, the trade deficit reached $19.88 billion, as exports
rose 6.1% to $33.05 billion and imports increased 1.8% to $52.93 billion.

"Demand for chips used in data centres and vehicles continues to support our exports, while
lower oil prices have kept the import bill in check," National Statistician Lourdes Abesamis
told a briefing. Imports of mineral fuels and lubricants fell 9.4% to $1.61 billion.

Trade Secretary Felicidad Tuazon-Ramos said the government was "on track" to meet its goal of
6% export growth in 2026, but warned that new tariffs in major markets remained a risk for
manufacturers of garments, furniture and processed food.

Nathaniel Uy, chief economist at Sampaguita Securities, said the narrower gap should ease
pressure on the peso. "A smaller deficit takes some pressure off the peso, but one good month
does not make a trend," he said. "Capital goods imports are still soft, which tells you
companies are cautious about investing."

Imports of capital goods fell 3.2% in May, while imports of raw materials and intermediate
goods rose 4.7%, the PSA data showed.

The peso was trading at 57.40 per dollar at 11:20 a.m. (0320 GMT), little changed from
Thursday's close. At that rate, May's deficit is equivalent to about 218 billion pesos.

The Philippines has run a trade deficit every month for more than a decade, financed largely
by remittances from overseas workers and receipts from business process outsourcing.

The PSA will release June trade data on Aug. 11.
""",
)

_TR_B = dict(
    site="PesoWatch",
    domain="pesowatch.example",
    path="/live/2026-07-10-philippine-trade-data-peso",
    title="Live: Philippine May trade data and peso reaction | PesoWatch",
    headline="Live: Philippine May trade data and peso reaction",
    dek="The PSA releases May foreign trade figures at 11 a.m. We follow the numbers, the "
    "peso and what economists make of it.",
    desc="Live blog: Philippine trade deficit narrows to $3.80 billion in May; peso reaction "
    "and economists' comments.",
    section="Markets",
    style="live",
    variant=0,
    consent=3,
    nav=["Peso", "Stocks", "Bonds", "Economy", "Personal finance", "Crypto"],
    byline="PesoWatch markets team: Kristine Dalisay, Paolo Guevarra",
    visible_date="Friday, July 10, 2026 (Manila time)",
    ld_time="2026-07-10T10:45:00+08:00",
    ld_mod="2026-07-10T15:40:00+08:00",
    ld_author=["Kristine Dalisay", "Paolo Guevarra"],
    keypoints=[
        "May trade deficit $3.80 billion, down from $4.11 billion a year ago",
        "Exports +8.3%, imports +2.1%",
        "Peso closes at 57.31 per dollar",
    ],
    related=[
        "Explainer: why the Philippines always runs a trade deficit",
        "OFW remittances rise 3.1% in May",
    ],
    most_read=[
        "Pag-IBIG raises housing loan ceiling",
        "PSEi ends week at 6,480",
        "Gold prices in Manila: what to expect",
    ],
    newsletter="PesoWatch Daily: the peso, rates and markets in one email before 8 a.m.",
    footer="PesoWatch is a product of Dalisay Digital Media Inc. \u00a9 2026.",
    body="""
@@ 15:40 | Peso closes stronger at 57.31

The peso closed at 57.31 per dollar, firmer than Thursday's 57.46, its strongest finish in
two weeks. Traders cited the smaller-than-expected trade gap and dollar selling by exporters
ahead of the weekend. That's it from us today. Thanks for reading.

@@ 14:05 | Economist: 'Electronics doing the heavy lifting'

Bea Villaluz, economist at Pacific Rim Bank Manila, said the headline numbers flattered the
broader export picture. "Electronics are doing the heavy lifting. Strip them out and exports
rose only about 4% year on year," she said. "The question is how long the chip cycle lasts."

She said she still expects the full-year deficit to exceed $48 billion.

@@ 13:10 | DTI: export goal 'on track'

Trade Secretary Felicidad Tuazon-Ramos told reporters the government was "on track" to meet
its goal of 6% export growth this year. She said tariffs in major markets were still a risk
for garment, furniture and processed food exporters, and that the department would step up
trade missions to the Middle East and Latin America in the second half.

@@ 12:30 | Year to date: deficit at $19.88 billion

For January to May, the PSA puts the trade deficit at $19.88 billion. Exports in the
five months rose 6.1% to $33.05 billion; imports rose 1.8% to $52.93 billion.

Monthly deficits so far this year: January $4.02 billion, February $3.52 billion, March
$4.16 billion, April $4.38 billion (revised) and May $3.80 billion.

@@ 11:45 | Peso edges up

The peso has firmed to 57.38 per dollar from an opening level of 57.45.

@@ 11:15 | The details

Electronic products made up 57.5% of May exports, worth $3.97 billion. By destination, the
United States took 16.2% of exports, Japan 15.1% and China 14.2%. On the import side, China
was the biggest supplier with a 25.6% share, worth $2.74 billion.

The PSA also revised its April figures: the deficit for that month is now $4.38 billion,
smaller than the $4.46 billion first reported.

National Statistician Lourdes C. Abesamis said lower global oil prices had "kept the import
bill in check".

@@ 11:02 | JUST IN: May deficit $3.80 billion

The Philippine Statistics Authority says the trade deficit in May was $3.80 billion, narrower
than $4.11 billion in May 2025. That's roughly P218 billion.

Exports: $6.91 billion, up 8.3% year on year. Imports: $10.71 billion, up 2.1%. Total trade:
$17.62 billion.

@@ 10:45 | Good morning

Welcome to our live coverage of the May foreign trade release from the Philippine Statistics
Authority, due at 11 a.m. Manila time.

A survey of five bank economists by PesoWatch produced a median forecast of a $4.3 billion
deficit for May. In April, the first estimate was a $4.46 billion gap.

The peso opened at 57.45 per dollar.
""",
)

_TR_C = dict(
    site="Electronics Supply Chain Asia",
    domain="escasia.example",
    path="/markets/philippines/electronics-exports-may-2026",
    title="Philippine electronics exports climb 11.6% in May as chip lines stay full - "
    "Electronics Supply Chain Asia",
    headline="Philippine electronics exports climb 11.6% in May as chip lines stay full",
    dek="Semiconductors account for nearly three-quarters of the sector's shipments; "
    "industry raises full-year outlook",
    desc="Philippine electronics exports rose 11.6% to $3.97 billion in May, according to "
    "PSA data. Industry group expects 8% to 10% growth in 2026.",
    section="Markets",
    style="trade",
    variant=0,
    consent=2,
    nav=["Semiconductors", "EMS", "Components", "Markets", "Policy", "Events", "Jobs"],
    byline="By Victor Lim, Manila correspondent",
    notice="Free article \u2014 register to read unlimited market reports.",
    bio="Victor Lim reports on electronics manufacturing in the Philippines and Vietnam.",
    tags=["Philippines", "Semiconductors", "Exports"],
    related=[
        "Malaysia's Penang: test and packaging capex rises again",
        "Vietnam overtakes Thailand in PCB assembly exports",
        "Japanese component maker expands Cebu plant",
    ],
    most_read=[
        "Memory prices: contract DRAM up 6% in Q3",
        "Substrate shortage eases as new capacity comes online",
    ],
    newsletter="ESC Asia Weekly: supply chain news from across Southeast and East Asia.",
    nl_title="ESC Asia Weekly",
    footer="Electronics Supply Chain Asia \u00a9 2026. All rights reserved.",
    ad_every=4,
    body="""
Philippine exports of electronic products rose 11.6% year on year to $3.97 billion in May,
preliminary data from the Philippine Statistics Authority (PSA) showed on Friday, as
semiconductor assembly and test lines in Laguna, Cavite and Cebu ran close to full capacity.

Electronics accounted for 57.5% of the country's total exports of $6.91 billion in the month.
Semiconductors, mostly assembled and tested chips, were worth $2.88 billion, or 72.5% of
electronics shipments. Electronic equipment and parts made up most of the rest.

At 57.40 pesos to the dollar, the sector's May exports were worth about 228 billion pesos.

For the first five months of 2026, electronics exports totalled $18.92 billion, up 9.1% from
a year earlier and equivalent to 57.2% of total exports of $33.05 billion.

## Industry raises outlook

The Philippine Electronics Exporters Council (PEEC) said it now expects the sector's exports
to grow 8% to 10% this year, up from its January forecast of 5% to 7%. Electronics exports grew
3.8% in 2025.

"Our members are seeing orders from automotive and data centre customers that we did not
expect at the start of the year," PEEC president Arnel Dumlao said. "Capacity utilisation at
the big assembly and test plants is above 85%. The constraint now is people, not orders."

Dumlao said the industry would need about 25,000 additional technicians and engineers over
the next three years and called for more funding for technical training through TESDA.

## Investment pipeline

Several manufacturers have announced expansions. Laguna Precision Semiconductor said in June
it would add 1,200 jobs at its plant in Santa Rosa, Laguna, with a new line for power
management chips scheduled to start production in the first quarter of 2027. A Japanese
passive component maker is expanding its plant in Cebu.

The Board of Investments said electronics projects worth 41 billion pesos had been
registered in the first half of the year, although not all of them will be built.

## Broader trade picture

The strength in electronics helped narrow the country's overall trade deficit to $3.80
billion in May from $4.11 billion a year earlier. Total exports rose 8.3%, while imports grew
2.1% to $10.71 billion.

National Statistician Lourdes C. Abesamis, who heads the PSA, said demand for chips used in
data centres and vehicles "continues to support our exports".

Imports of electronic components, which Philippine plants assemble and test before
re-exporting, rose 5.9% in May, a sign that manufacturers are stocking up for the second
half.

## Risks

Analysts caution that Philippine electronics exports are concentrated in the lower-value
assembly and test stage, leaving the sector exposed to shifts in global chip demand and to
competition from Vietnam and Malaysia. Tariff changes in the United States, the largest
market for Philippine goods, are another uncertainty.

"The cycle is favourable now, but we have seen this before," said Dumlao. "In 2023 the
downturn hit us within two quarters."
""",
)

STORY_TR = _story(
    "tr-DF4",
    "trade",
    "2026-07-12",
    [_TR_A, _TR_B, _TR_C],
    [],
)


# ---------------------------------------------------------------- rk-DF5: Garuda-1 from Biak

_RK_A = dict(
    site="Nusantara Press Agency",
    domain="nusantarapress.example",
    path="/en/science/2026/09/07/indonesian-startup-reaches-orbit-biak",
    title="Indonesian startup reaches orbit on second try, launching from Biak | Nusantara "
    "Press Agency",
    headline="Indonesian startup reaches orbit on second try, launching from Biak",
    dek="Nusantara Orbital's Garuda-1 puts three small satellites into orbit ten months after "
    "its maiden flight failed",
    desc="Nusantara Orbital's Garuda-1 rocket reached orbit from Biak Island, the first "
    "privately developed Indonesian launcher to do so.",
    section="Science",
    style="wire",
    variant=0,
    consent=0,
    nav=["National", "Business", "World", "Science", "Sports", "Photos", "Bahasa"],
    byline="By Yosua Mambor and Ratna Dewi Lestari",
    visible_date="Sep 7, 2026 21:35 UTC",
    ld_time="2026-09-07T21:35:00Z",
    ld_author=["Yosua Mambor", "Ratna Dewi Lestari"],
    hero=(
        "The Garuda-1 rocket lifts off from Nusantara Orbital's launch site on Biak Island, "
        "Papua.",
        "Nusantara Orbital via NPA",
    ),
    tags=["Space", "Papua", "Technology"],
    related=[
        "BRIN opens new satellite integration facility in Bogor",
        "Philippine Space Agency picks launch provider for Diwata-4",
    ],
    most_read=[
        "Rupiah steady at 16,210 ahead of inflation data",
        "Jakarta MRT phase 2 reaches Kota station",
        "Garuda Indonesia adds Biak-Jayapura flights",
    ],
    footer="\u00a9 2026 Nusantara Press Agency. All rights reserved.",
    body="""
BIAK, Indonesia, Sept 7 (NPA) - Indonesian startup Nusantara Orbital put three small
satellites into orbit on Tuesday local time with its Garuda-1 rocket, the first time a
privately developed Indonesian launcher has reached orbit, ten months after its maiden flight
ended in failure.

The two-stage rocket lifted off from the company's launch site near Bosnik on Biak Island, off
the northern coast of Papua, at 05:42 local time (2042 GMT on Monday). The satellites began
separating from the upper stage nine minutes and 52 seconds after liftoff, in a near-circular
orbit about 540 km (335 miles) above Earth, the company said.

"Garuda has reached orbit. Today we proved that Indonesia can build its own road to space,"
chief executive Arief Santoso Wibisono told employees and guests at the company's mission
control centre on Biak.

The 19.5-metre rocket burns kerosene and liquid oxygen. Its first stage is powered by five
Rajawali-3 engines developed in-house at the company's facility in Bandung, West Java.

Garuda-1's first flight, on Nov. 19, 2025, ended 74 seconds after liftoff when one of the
first-stage engines shut down and the rocket veered off course and fell into the Pacific. An
investigation traced the failure to a faulty valve in an engine's fuel feed line.

An attempt on Saturday was called off 14 minutes before liftoff because of strong upper-level
winds.

The rocket carried three cubesats with a combined mass of 38 kg: one each from the Bandung
Institute of Technology (ITB) and Gadjah Mada University, and one from Kalayaan Space
Systems, a company based in the Philippines. Garuda-1 is designed to carry up to 150 kg to low
Earth orbit.

Rika Anggraeni, head of the Research Organization for Aeronautics and Space at the National
Research and Innovation Agency (BRIN), called the launch "a milestone for the whole national
space ecosystem". BRIN absorbed the former national space agency, LAPAN, in 2021.

Indonesia has long promoted Biak, which lies about one degree south of the equator, as a
launch site because rockets launched eastward near the equator get a larger boost from the
Earth's rotation.

Nusantara Orbital, founded in 2019, has raised $62 million from investors. It lists the price
of a dedicated Garuda-1 launch at about $7 million and plans four launches in 2027, the first
of them in the first quarter.

Hundreds of residents watched the launch from the beach at Bosnik. Local authorities had
closed a stretch of sea east of the island to fishing boats before dawn.

The company said it received the first signal from one of the satellites, ITB's, 47 minutes
after launch.

(Reporting by Yosua Mambor in Biak and Ratna Dewi Lestari in Jakarta; Editing by Hendra
Siregar)
""",
)

_RK_B = dict(
    site="Tekno Kini",
    domain="teknokini.example",
    path="/antariksa/live-peluncuran-garuda-1-biak-8-september-2026",
    title="LIVE: Garuda-1 launch from Biak \u2013 second attempt to reach orbit | Tekno Kini",
    headline="LIVE: Garuda-1 launch from Biak \u2013 second attempt to reach orbit",
    dek="Nusantara Orbital tries again after November's failure. All times in WIB (Jakarta "
    "time); Biak is two hours ahead (WIT).",
    desc="Live updates: Nusantara Orbital's Garuda-1 rocket launches from Biak and deploys "
    "three cubesats.",
    section="Space",
    style="live",
    variant=2,
    consent=1,
    nav=["Gadget", "Startup", "Space", "Science", "Games", "Reviews", "Podcast"],
    byline="Live blog by Fajar Nugroho and Sekar Ayuningtyas",
    visible_date="Tuesday, 8 September 2026",
    meta_time="2026-09-08T02:55:00+07:00",
    meta_mod="2026-09-08T06:10:00+07:00",
    keypoints=[
        "Garuda-1 lifted off at 03:42 WIB (05:42 WIT)",
        "Three cubesats deployed into a 540 km orbit",
        "First signal received at 04:29 WIB",
    ],
    hero=(
        "Garuda-1 on the launch pad at Biak before the countdown.",
        "Nusantara Orbital",
    ),
    related=[
        "How Garuda-1 works: engines, stages and payloads",
        "November 2025: what went wrong on the first flight",
    ],
    most_read=[
        "Review: the best mid-range phones under Rp 5 million",
        "Indonesian game studio signs console deal",
        "Satellite internet: rural coverage map updated",
    ],
    newsletter="Tekno Kini Weekly: the best of Indonesian tech and science every Friday.",
    footer="Tekno Kini \u00a9 2026 PT Kini Media Digital. All rights reserved.",
    body="""
@@ 06:10 WIB | Company: 'mission success'

Nusantara Orbital has declared the mission a success. Two of the three satellites have now
made contact with their operators: ITB's satellite and Gadjah Mada University's GamaSat-2,
which checked in at 05:58 WIB. Kalayaan Space Systems, the Philippine operator of the third
satellite, Banog-1, expects its first pass over its ground station later this morning.

The company says the launch webcast peaked at 1.3 million concurrent viewers.

"Our team never gave up after November," CTO Putri Maharani Siregar said in a video message.

@@ 04:29 WIB | First signal!

BRIN's ground station at Rumpin, West Java, has received the first signal from ITB-Lintas,
the satellite built by students at the Bandung Institute of Technology, 47 minutes after
liftoff. Cheers in the control room, according to the company's feed.

@@ 03:54 WIB | Satellites deployed

The company confirms that satellite separation began at T+9 minutes 52 seconds. All three
cubesats were released over about 90 seconds into a near-circular orbit of about 540 km.

@@ 03:47 WIB | Fairing off, second stage burning

The payload fairing separated at T+3 minutes 5 seconds. The second stage's single engine is
burning normally.

@@ 03:45 WIB | Stage separation

The first stage shut down after a burn of 2 minutes 28 seconds, and stage separation came at
T+2 minutes 31 seconds. This is already far beyond the 74 seconds reached on the first flight
in November.

@@ 03:42 WIB | LIFTOFF!

Garuda-1 has lifted off from Biak at 03:42 WIB, 05:42 local time in Papua. The five Rajawali-3
engines are burning and the rocket is climbing east over the Pacific.

@@ 03:30 WIB | Weather is go

The launch director has polled the team: weather is go, with upper-level winds within limits
today. On Saturday, winds forced a scrub 14 minutes before liftoff.

@@ 02:55 WIB | Good morning, space fans

Welcome to our live coverage of the second launch of Garuda-1, the 19.5-metre rocket built by
Bandung-based Nusantara Orbital. The launch window opens at 03:40 WIB (05:40 WIT) and lasts
40 minutes.

On board are three cubesats with a combined mass of 38 kg. The rocket can carry up to 150 kg
to low Earth orbit.

The first flight, on 19 November 2025, ended 74 seconds after liftoff when a first-stage
engine shut down. The company has spent ten months on fixes, including a redesigned fuel valve
and new engine health monitoring software.

Biak is on Eastern Indonesia Time (WIT, UTC+9), two hours ahead of Jakarta. We will give
times in WIB.
""",
)

_RK_C = dict(
    site="Biak Coastline News",
    domain="biakcoastline.example",
    path="/berita/garuda-1-roket-bosnik-warga-menonton",
    title="Bosnik crowds cheer as Garuda-1 climbs into dawn sky - Biak Coastline News",
    headline="Bosnik crowds cheer as Garuda-1 climbs into dawn sky",
    desc="Residents gathered on Bosnik beach before dawn to watch the Garuda-1 rocket launch "
    "from Biak.",
    section="Biak Numfor",
    style="local",
    variant=3,
    consent=2,
    nav=["Beranda", "Biak Numfor", "Supiori", "Papua", "Ekonomi", "Olahraga", "English"],
    byline="Reporting by Theresia Rumkorem",
    hero=(
        "Residents watch the Garuda-1 rocket rise over the sea from Bosnik beach, Biak.",
        "Biak Coastline News/Theresia Rumkorem",
    ),
    tags=["Biak", "Rocket", "Bosnik"],
    related=[
        "Biak airport runway extension: tender opens in October",
        "Fishing cooperative receives new cold storage",
    ],
    most_read=[
        "Biak Numfor regency budget 2027 draft submitted",
        "Padaido Islands tourism: homestays double",
        "Persibo Biak win derby 2-1",
    ],
    newsletter="Get Biak Coastline News stories on WhatsApp. Send 'JOIN' to our number.",
    nl_title="Biak news on WhatsApp",
    footer="Biak Coastline News \u2013 independent news from Biak Numfor and Supiori.",
    ad_every=3,
    lang="en",
    body="""
BOSNIK - Hundreds of people gathered on the beach at Bosnik long before dawn on Tuesday,
wrapped in sarongs against the sea breeze, to watch Biak's own rocket try again.

At 05:42 WIT, the sky over the launch site lit up orange and the Garuda-1 rocket rose slowly
and then quickly over the sea, its roar reaching the crowd a few seconds later. Children
screamed, mothers clapped and an old man near the fish market started singing.

"In November we cried because it fell. Today we are proud," said Marthen Wospakrik, 52, a
fisherman who watched with his two grandsons. "Now my grandsons say they want to be engineers."

Nusantara Orbital, the company that built the rocket, said all three small satellites on board
reached orbit about 540 kilometres above the Earth. The first signal from one of them, built by
students in Bandung, was received at 06:29 WIT.

## Fishermen asked to stay ashore

Biak Numfor regency authorities had asked fishermen to keep their boats out of an exclusion
zone east of the island from 03:00 to 08:00 WIT. Port officials said all boats had complied.

Regent Yohanis Rumbiak, who watched from the company's visitor area, said the launch put
Biak "on the map of the world".

"We have waited a long time for this. Since the 1980s people have talked about a space
launch site on Biak. Today it is real," he said. He asked the company to keep hiring local
people and to support schools in the villages around the site.

The company says 140 of its roughly 420 employees are from Biak. Most work at the launch site
and the assembly building, which opened in 2024.

## Second attempt, after Saturday delay

The launch was the company's second try at reaching orbit. The first Garuda-1 flew on 19
November last year but fell into the sea 74 seconds after liftoff. On Saturday, the countdown
was stopped 14 minutes before liftoff because of strong winds high in the atmosphere, and
spectators who had gathered that morning went home disappointed.

"Saturday we waited for nothing. Today it was worth it," said Yuliana Mansoben, a teacher
from Bosnik village, who brought 30 students to the beach at four in the morning.

The rocket is 19.5 metres tall and is assembled in Biak from parts made in Bandung.

## Questions about the future

Not everyone is fully at ease. Members of a Bosnik customary council have asked the company
for a clearer agreement on the use of customary land around the launch site and on
compensation for fishermen during launch days. The company says it pays a daily allowance to
affected fishing families and is negotiating a long-term agreement.

Nusantara Orbital plans four launches from Biak in 2027.

For now, Bosnik is celebrating. Food stalls along the beach road stayed open until midday,
and the village church bells rang after the rocket disappeared from view.
""",
)

_RK_D = dict(
    site="SmallSat Launch Report",
    domain="smallsatlaunchreport.example",
    path="/launches/garuda-1-flight-2-analysis",
    title="Garuda-1 flight 2: what Nusantara Orbital's first orbital success tells us | "
    "SmallSat Launch Report",
    headline="Garuda-1 flight 2: what Nusantara Orbital's first orbital success tells us",
    dek="A clean ascent, a near-equatorial orbit and a light payload. The harder part starts "
    "now.",
    desc="Analysis of the second Garuda-1 flight from Biak: timeline, orbit, payloads and "
    "Nusantara Orbital's commercial prospects.",
    section="Launch analysis",
    style="trade",
    variant=1,
    consent=3,
    nav=["Launches", "Manifest", "Vehicles", "Spaceports", "Funding", "Newsletter"],
    byline="By Eleanor Fairweather",
    visible_date="Published September 9, 2026",
    bio="Eleanor Fairweather tracks small launch vehicles and spaceports in the Asia-Pacific.",
    tags=["Garuda-1", "Nusantara Orbital", "Biak", "Small launch"],
    related=[
        "Japanese startup's second flight slips to 2027",
        "Australian spaceport signs two new launch customers",
        "Launch manifest: September 2026",
    ],
    most_read=[
        "Rideshare prices rise for the third quarter in a row",
        "Which small launchers reached orbit in 2026?",
    ],
    newsletter="The Manifest: every launch in the Asia-Pacific, every Monday.",
    nl_title="The Manifest",
    footer="SmallSat Launch Report \u00a9 2026. Independent analysis of the small launch "
    "market.",
    ad_every=0,
    body="""
Nusantara Orbital's 19.5-metre (64 ft) Garuda-1 reached orbit on its second attempt, lifting
off from Biak Island at 20:42 UTC on September 7, which was 05:42 local time on September 8.
The flight was, by
the available telemetry, close to nominal from liftoff to payload deployment.

## The timeline

[table] Event | Mission time; Liftoff | T+0; First-stage cutoff | T+2:28; Stage separation |
T+2:31; Fairing jettison | T+3:05; Second-stage cutoff | T+8:40; Payload deployment begins |
T+9:52

The first-stage burn of 148 seconds is double the 74 seconds the rocket managed on its first
flight last November, when an engine shutdown doomed the vehicle. The company traced that
failure to a faulty valve in an engine fuel feed line and redesigned the part.

## Orbit and payload

The three cubesats were released into a near-circular orbit of about 540 km, inclined about
6 degrees to the equator. Biak's position, roughly 1 degree south of the equator, makes such
low-inclination orbits cheap to reach, and it is one of the few launch sites anywhere that can
offer them without a large dog-leg manoeuvre.

The payload was light: three cubesats totalling 38 kg (84 lb), roughly a quarter of the 150 kg
Garuda-1 is designed to lift. That is normal for a second flight, and it is consistent with a
company that chose to fly customers it knows well, two Indonesian universities and a
Philippine startup, rather than wait for a paying commercial payload that would fill the
fairing.

## The business case

Nusantara Orbital lists a dedicated launch at about $7 million. At full capacity, that is
about $47,000 per kilogram, well above rideshare prices on larger rockets. The company's pitch
is not price per kilogram but orbit and schedule: near-equatorial orbits for Earth observation
and communications over the tropics, flown when the customer wants.

There is a market for that, but it is not large. The company says it has signed launch
agreements covering the four flights it plans for 2027, though it has not said how many of
those customers have paid deposits. It has raised $62 million since its founding in 2019.

## What to watch

Three things will decide whether Garuda-1 becomes a business. First, cadence: four flights
next year would mean a rocket every quarter from a site with limited infrastructure, on an
island where most supplies arrive by sea. Second, reuse of ground systems: the Saturday scrub,
called at T-14 minutes because of upper-level winds, was handled cleanly, and the pad was
ready again within three days. Third, government support. BRIN, which absorbed the former
space agency LAPAN in 2021, has welcomed the launch, but it has not committed to buying
launches.

Chief executive Arief Wibisono said after the flight that the company would "now earn the
trust of customers, one launch at a time". That is the right attitude. The company has shown
that Garuda-1 can reach orbit. The next year will show whether it can do so routinely.
""",
)

STORY_RK = _story(
    "rk-DF5",
    "rocket",
    "2026-09-10",
    [_RK_A, _RK_B, _RK_C, _RK_D],
    [],
)


# ---------------------------------------------------------------- eq-DF6: West New Britain quake

_EQ_A = dict(
    site="Coral Sea Wire",
    domain="coralseawire.example",
    path="/pacific/2026/08/08/png-quake-west-new-britain-tsunami-threat",
    title="Strong quake kills three in Papua New Guinea's West New Britain; tsunami threat "
    "lifted | Coral Sea Wire",
    headline="Strong quake kills three in Papua New Guinea's West New Britain; tsunami threat "
    "lifted",
    dek="Magnitude 7.1 earthquake damages homes and hospital in Kimbe",
    desc="A magnitude 7.1 earthquake struck off New Britain in Papua New Guinea early on "
    "Sunday, killing at least three people.",
    section="Pacific",
    style="wire",
    variant=2,
    consent=3,
    nav=["Asia", "Pacific", "Australia", "Business", "Environment", "Video"],
    byline="By Peni Kaupa and Luke Harland",
    visible_date="First published 18:05 GMT, 8 August 2026 \u00b7 Updated 23:40 GMT",
    ld_time="2026-08-08T18:05:00Z",
    ld_mod="2026-08-08T23:40:00Z",
    ld_author=["Peni Kaupa", "Luke Harland"],
    hero=(
        "Patients rest in tents set up in the grounds of Kimbe General Hospital after the "
        "earthquake.",
        "Coral Sea Wire/Handout via West New Britain Provincial Government",
    ),
    tags=["Earthquakes", "Papua New Guinea", "Tsunami"],
    related=[
        "Vanuatu: magnitude 6.3 quake shakes Port Vila, no damage reported",
        "Indonesia's Maluku hit by magnitude 5.9 tremor",
    ],
    most_read=[
        "Fiji cabinet approves new sugar price",
        "Solomon Islands election date set",
        "Samoa's tourism arrivals up 12%",
    ],
    footer="\u00a9 2026 Coral Sea Wire. All rights reserved.",
    body="""
PORT MORESBY, Aug 9 (Coral Sea Wire) - A magnitude 7.1 earthquake struck off the island of New
Britain in Papua New Guinea early on Sunday, killing at least three people, damaging homes and
a hospital and briefly triggering a tsunami threat, officials said.

The quake hit at 03:12 local time on Sunday (17:12 GMT on Saturday) at a depth of 35 km
(22 miles), with its epicentre 62 km (39 miles) north-east of Kimbe, the capital of West New
Britain province, the U.S. Geological Survey (USGS) said. The USGS initially reported the
magnitude as 6.9 before revising it to 7.1.

Papua New Guinea's Port Moresby Geophysical Observatory measured the quake at magnitude 7.0 and
put its depth at 40 km. Its principal seismologist, Jonah Sialis, said strong shaking lasted
about 40 seconds in Kimbe.

The Pacific Tsunami Warning Center issued a threat message for coasts within 300 km of the
epicentre at 03:21 local time and lifted it at 05:09, after a wave of about 30 cm was recorded
at Kimbe.

Provincial disaster coordinator Matilda Puana said three people were confirmed dead as of
09:30 on Sunday, two of them killed when a house collapsed in a settlement on the outskirts of
Kimbe and one in a landslide near Bialla. "We are still trying to reach villages along the
coast. Phone lines are down in many places," she said.

Kimbe General Hospital moved about 120 patients into tents in its grounds after cracks
appeared in the walls of the maternity ward, hospital officials said.

Hoskins Airport, the main airport serving Kimbe, was closed for a runway inspection.

The USGS recorded more than a dozen aftershocks, the strongest of magnitude 5.8 at 06:55 local
time.

West New Britain Governor Francis Tovue Kali appealed for calm. "Stay on high ground until our
teams have checked the coast. Do not go back into damaged houses," he said in a radio address.

Papua New Guinea lies on the Pacific "Ring of Fire", a horseshoe of volcanoes and faults
around the Pacific Basin, and earthquakes are common. In October 2023, a magnitude 6.5 quake
off West New Britain damaged the wharf at Kimbe but caused no deaths.

The province, on the north coast of New Britain, is home to about 300,000 people and is a
centre of the country's palm oil industry. Hoskins Oil Palm Estates said it had halted two
mills for inspection.

The National Disaster Centre in Port Moresby said it was sending an assessment team on a
Papua New Guinea Defence Force aircraft.

(Reporting by Peni Kaupa in Port Moresby and Luke Harland in Brisbane; Editing by Mere
Tuilagi)
""",
)

_EQ_B = dict(
    site="Islands Daily",
    domain="islandsdaily.example",
    path="/live/earthquake-west-new-britain-9-august-2026",
    title="Live: Earthquake hits West New Britain \u2013 latest updates | Islands Daily",
    headline="Live: Earthquake hits West New Britain \u2013 latest updates",
    dek="A strong earthquake has struck off New Britain. Follow the latest on casualties, "
    "damage and the tsunami threat. All times PNG time.",
    desc="Live updates on the West New Britain earthquake: deaths, damage in Kimbe, "
    "aftershocks and the tsunami threat.",
    section="National",
    style="live",
    variant=1,
    consent=0,
    nav=["National", "Provinces", "Business", "Pacific", "World", "Sport", "Weekend"],
    byline="By the Islands Daily newsroom",
    visible_date="Sunday 9 August 2026",
    meta_time="2026-08-09T03:35:00+10:00",
    meta_mod="2026-08-09T18:10:00+10:00",
    keypoints=[
        "Magnitude 7.1 quake struck at 3.12am off West New Britain",
        "Nine confirmed dead, 41 injured (as of 5pm)",
        "Tsunami threat lifted at 5.09am",
    ],
    hero=(
        "A damaged house in a settlement on the outskirts of Kimbe.",
        "Islands Daily/Supplied",
    ),
    related=[
        "How to prepare an emergency kit for earthquakes and tsunamis",
        "Explainer: why PNG has so many earthquakes",
    ],
    most_read=[
        "Kumuls squad named for Pacific Championships",
        "Fuel prices to drop by 12 toea a litre",
        "Port Moresby: new bus routes start Monday",
    ],
    newsletter="Breaking news alerts from Islands Daily, straight to your inbox.",
    footer="\u00a9 2026 Islands Daily Ltd, Port Moresby.",
    body="""
@@ 18:10 | Aftershocks continue

The USGS now lists 23 aftershocks of magnitude 4.5 or greater since the main quake. People in
Kimbe say many families will sleep outdoors again tonight.

We are ending our live coverage for today. Our reporters in Kimbe will continue to file.

@@ 17:00 | Death toll rises to nine

Provincial disaster coordinator Matilda Puana says nine people are now confirmed dead and 41
injured. Five of the dead were in settlements around Kimbe, three were killed by landslides on
the road to Bialla and one person died in a collapsed church hall in a coastal village.

@@ 14:00 | Hoskins Airport reopens

Hoskins Airport has reopened after engineers inspected the runway and found only minor
cracks. A Defence Force aircraft carrying tents, tarpaulins and medical supplies is expected
to land this afternoon.

@@ 12:20 | Government releases K10 million

The national government has released K10 million in emergency funds for West New Britain,
the Prime Minister's office said. Provincial officials estimate that more than 800 houses
have been damaged, but say the figure will rise as teams reach remote villages.

@@ 11:05 | Hospital patients moved into tents

Kimbe General Hospital has moved about 120 patients into tents in the hospital grounds after
cracks appeared in the walls of the maternity ward. Staff say mothers and newborns were
carried out first. The hospital is asking for generators and more tents.

@@ 09:40 | Three confirmed dead

Matilda Puana says three people have been confirmed dead: two in a house collapse near Kimbe
and one in a landslide near Bialla.

@@ 07:30 | Governor: stay on high ground

West New Britain Governor Francis Tovue Kali, speaking on provincial radio, asked coastal
residents to stay on high ground until teams have checked the coast and not to go back into
damaged houses.

@@ 06:58 | Strong aftershock

A strong aftershock was felt in Kimbe at 6.55am. The USGS puts it at magnitude 5.8. Residents
ran out of their homes again.

@@ 05:20 | What we know about the main shock

The main shock lasted about four minutes, according to the Port Moresby Geophysical
Observatory, which measured the quake at magnitude 7.0 and a depth of 40km. Residents in
Kimbe described furniture toppling and water tanks bursting.

@@ 05:10 | Tsunami threat lifted

The Pacific Tsunami Warning Center has lifted its tsunami threat message. It was issued at
3.21am. A small wave of about 30cm was recorded at Kimbe.

@@ 04:15 | Magnitude revised to 7.1

The US Geological Survey has revised the magnitude to 7.1 from its first estimate of 6.9. It
says the epicentre was 62km north-east of Kimbe at a depth of 35km.

@@ 03:35 | Strong earthquake felt across New Britain

A strong earthquake struck off West New Britain at 3.12am. The USGS gives a preliminary
magnitude of 6.9. The Pacific Tsunami Warning Center has issued a threat message for coasts
within 300km of the epicentre. People in coastal areas should move to higher ground.
""",
)

_EQ_C = dict(
    site="The Southern Cross Herald",
    domain="southerncrossherald.example",
    path="/world/pacific/death-toll-climbs-png-quake-survivors-sleep-in-open",
    title="Death toll climbs to 14 as PNG quake survivors sleep in the open | The Southern "
    "Cross Herald",
    headline="Death toll climbs to 14 as PNG quake survivors sleep in the open",
    dek="Australia pledges $5 million in aid as aftershocks rattle West New Britain",
    desc="Fourteen people are confirmed dead after a magnitude 7.1 earthquake in Papua New "
    "Guinea's West New Britain province.",
    section="World",
    style="paper",
    variant=3,
    consent=1,
    nav=["News", "National", "World", "Business", "Opinion", "Sport", "Culture", "Travel"],
    byline="Sarah Whitcombe, Pacific correspondent",
    visible_date="Monday 10 August 2026",
    bio="Sarah Whitcombe is The Southern Cross Herald's Pacific correspondent, based in "
    "Brisbane.",
    hero=(
        "Residents of a settlement near Kimbe clear debris from a collapsed house on Sunday.",
        "Supplied",
    ),
    tags=["Papua New Guinea", "Earthquake", "Foreign aid"],
    related=[
        "Explainer: Australia's disaster response in the Pacific",
        "PNG's palm oil industry: what's at stake",
    ],
    most_read=[
        "Interest rates: RBA holds at 3.35%",
        "Brisbane Olympics venue costs revised",
        "Winter flu cases ease in Queensland",
    ],
    newsletter="Our Pacific newsletter: the region's news, every Wednesday.",
    footer="\u00a9 2026 The Southern Cross Herald. All rights reserved.",
    body="""
Fourteen people are now confirmed dead and five are missing after a powerful earthquake struck
Papua New Guinea's West New Britain province early on Sunday, with more than 1,400 homes damaged
or destroyed and thousands of people sleeping in the open for a second night.

The magnitude-7.1 quake struck at 3.12am local time on Sunday, 62 kilometres north-east of
Kokopo, at a depth of 35 kilometres, according to the US Geological Survey. PNG's own
geophysical observatory measured it at magnitude 7.0.

Provincial disaster coordinator Matilda Puana said on Monday morning that 63 people had been
injured, most of them in and around Kimbe, the provincial capital. The provincial disaster
office has counted 1,460 houses damaged or destroyed, a figure that has almost doubled since
Sunday as assessment teams reached villages along the coast.

"Many families have lost everything. They are sleeping under tarpaulins, under trees, in
church grounds," Puana said.

## Aid begins to arrive

The Australian government announced $5 million (about US$3.3 million) in humanitarian
assistance on Monday, including shelter kits, water purification tablets and hygiene supplies.
An Australian Defence Force C-130 Hercules was due to land at Hoskins Airport on Monday
afternoon with relief supplies from Brisbane.

PNG's national government has released K10 million in emergency funds.

West New Britain Governor Francis Tovue Kali said the priority was clean water and shelter.
"Our people need water, tarpaulins and medicine. The roads are broken, so help must come by
air and by sea," he said.

Landslides have cut the New Britain Highway between Kimbe and Bialla in at least three
places, isolating villages to the east. Three of the dead were killed by landslides on that
road.

At Kimbe General Hospital, about 120 patients are being treated in tents after the walls of
the maternity ward cracked. Hospital staff said they had delivered four babies under canvas
since Sunday.

## Aftershocks

More than 30 aftershocks of magnitude 4.5 or greater had been recorded by Monday morning,
according to the USGS, the strongest of them a magnitude-5.8 tremor less than four hours after
the main quake. Each one sent people running from buildings.

The Pacific Tsunami Warning Center had issued a tsunami threat message shortly after the
quake, but it was lifted before dawn on Sunday after a wave of about 30 centimetres was
recorded.

## Australians accounted for

The Department of Foreign Affairs and Trade said all Australians registered as being in the
province had been accounted for.

West New Britain, home to about 300,000 people, is the centre of PNG's palm oil industry. The
largest plantation company in the area, Hoskins Oil Palm Estates, said two of its mills
remained closed for inspection and that several workers' houses had been damaged.

The province was hit by a magnitude 6.5 earthquake in October 2023, which damaged the Kimbe
wharf but caused no deaths.
""",
)

_EQ_D = dict(
    site="Kimbe Bay News",
    domain="kimbebaynews.example",
    path="/news/kimbe-counts-the-cost-hospital-market-roads",
    title="Kimbe counts the cost: hospital in tents, market closed, roads to Bialla cut "
    "\u2013 Kimbe Bay News",
    headline="Kimbe counts the cost: hospital in tents, market closed, roads to Bialla cut",
    desc="Kimbe residents pick up the pieces after Sunday's earthquake. Hospital patients in "
    "tents, market closed, highway cut by landslides.",
    section="Local news",
    style="local",
    variant=0,
    consent=2,
    nav=["Home", "Kimbe", "Talasea", "Hoskins", "Bialla", "Sport", "Classifieds"],
    byline="Story and photos: Agnes Malai",
    hero=(
        "Stalls at the Kimbe main market lie empty after the market was closed for safety "
        "checks.",
        "Kimbe Bay News/Agnes Malai",
    ),
    tags=["Earthquake", "Kimbe", "West New Britain"],
    related=[
        "Where to get help: relief distribution points in Kimbe",
        "Schools closed until further notice, says education division",
    ],
    most_read=[
        "Oil palm smallholders: new fruit price announced",
        "Kimbe Cutters win the Hoskins nines",
        "Ferry to Lae back on schedule",
    ],
    newsletter="Join the Kimbe Bay News SMS service for emergency updates and local news.",
    nl_title="SMS alerts",
    footer="Kimbe Bay News \u2013 serving West New Britain. \u00a9 2026.",
    ad_every=4,
    body="""
KIMBE - The main market is shut, its stalls empty. Patients lie on mattresses under white tents
in the hospital grounds. Along the road to Bialla, landslides have buried long stretches of
the highway. This is Kimbe after Sunday morning's earthquake.

The magnitude 7.4 earthquake, as measured by the US Geological Survey, struck at 3.12am on
Sunday, when most people were asleep. The epicentre was in the sea north-east of town. The
Port Moresby Geophysical Observatory measured it at 7.0.

"The house was jumping. I grabbed the children and ran outside in the dark. The shaking went
on and on," said Margaret Tovili of Buvussi settlement, whose kitchen collapsed.

By Sunday evening, provincial authorities had confirmed nine deaths and 41 injuries in the
province, and officials estimated that more than 800 houses had been damaged.

## Hospital in tents

At Kimbe General Hospital, about 120 patients were moved outside after large cracks appeared
in the maternity ward walls. Nurses worked by torchlight until power was restored around 7am.

"We carried the mothers and babies out first. Everyone helped, even patients' relatives," said
Sister Josephine Kavon, the nursing officer in charge. "We need more tents and more
generators."

## Market and shops closed

Kimbe Urban Local Level Government closed the main market for safety checks after part of
its roof fell in. Market vendors, many of whom travel in from villages along the coast, were
told to wait for an engineer's report.

Several shops on the main street had broken windows and fallen stock. The town's biggest
supermarket opened briefly on Sunday afternoon to sell water and rice, and queues stretched
into the car park.

## Roads cut

The New Britain Highway between Kimbe and Bialla was cut in several places by landslides.
Provincial works teams with two excavators started clearing the road on Sunday morning, but
said it could take a week to reopen it fully.

Hoskins Airport was closed on Sunday morning for a runway check and reopened in the
afternoon. Air Niugini said its Monday flight from Port Moresby would operate as scheduled.

## Tsunami scare

Many coastal residents fled to higher ground after the quake, some carrying children and
elderly relatives up the hill behind the town in the dark. A tsunami threat message was
issued but later lifted, and a small wave was recorded at the Kimbe wharf.

"We remember the 2023 quake. This was much stronger," said fisherman Peter Lolo.

Governor Francis Tovue Kali visited the hospital and the market on Sunday afternoon and
promised that the provincial government would pay for temporary shelters for families who had
lost their homes.

Aftershocks continued through Sunday, the strongest soon before 7am. Provincial disaster
coordinator Matilda Puana asked people not to re-enter cracked buildings and to report damage
to ward councillors.
""",
)

STORY_EQ = _story(
    "eq-DF6",
    "earthquake",
    "2026-08-11",
    [_EQ_A, _EQ_B, _EQ_C, _EQ_D],
    [
        ("town the epicentre is measured from", r"\bkimbe\b", r"\bkokopo\b"),
        (
            "duration of the main shaking",
            r"\b40 seconds\b|\bforty seconds\b",
            r"\bfour minutes\b|\b4 minutes\b",
        ),
        ("USGS magnitude of the main shock", r"\b7\.1\b", r"\b7\.4\b"),
    ],
)

STORIES: list[dict] = [STORY_CB, STORY_EL, STORY_CT, STORY_TR, STORY_RK, STORY_EQ]
