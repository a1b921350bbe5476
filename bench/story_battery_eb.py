"""Story battery, part EB — Oceania (Australia, New Zealand, Pacific islands), events in 2026.

Written by engineer EB1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between outlets below are legitimate (time zones, UTC vs local dates, rounding,
units, currency conversions, counts that grow with timestamped updates, provisional figures
revised and said so, forecasts vs outcomes, earlier events' figures, other agencies' estimates
attributed to them, names with and without titles or middle names, one body named two ways,
sidebar headlines from other stories). Three stories are controls with nothing planted; the
other three carry exactly three planted contradictions each, every one in a single outlet.
All outlets, reporters, companies, most officials and all figures are invented; real places
and institutions (RBNZ, Electoral Commission, High Court of Australia, ABS, GeoNet, USGS,
NEMA, Australian Space Agency) are scenery only.

cb-EB1 (central bank) — CONTROL. Reserve Bank of New Zealand, August Monetary Policy Statement,
announced 2:00pm NZST (UTC+12) Wednesday 26 August 2026 = 02:00 UTC = noon AEST. OCR cut 25bp
from 3.00% to 2.75%; MPC vote 5-2 (two preferred a hold); OCR track troughs at 2.55% in the June
quarter of 2027. June-quarter CPI 2.4% y/y (0.5% q/q), sectoral-factor-model core 2.6%; March
quarter GDP -0.3%; unemployment 5.3%. NZD/USD 0.5869 before, 0.5845 at 2.20pm (-0.4%), 0.5832
at 3.40pm (-0.6%), 0.5836 at 5pm; 2-year swap -6bp to 2.71%. Previous: cut 3.25%->3.00% on 27
May, hold on 8 July; next review 7 October, MPS 25 November. Governor Anna Ruth Kerridge (also
"Dr Anna Kerridge"); Deputy Governor and chief economist Tomasi Leota; Finance Minister Daniel
Hoskings; 17 of 21 economists expected a cut. Outlets: Pacific Wire Service wire (JSON-LD
02:06Z); Harbour Herald live page (article:published_time, updates in NZST 1.30pm-4.30pm,
newest first); Southern Ledger (Dunedin) newspaper next day, visible "Thursday, 27 August 2026"
only; Basis Point Review (Sydney trade site), NO date at all. Traps: noon AEST = 2pm NZST;
"quarter of a percentage point" vs 25bp; "five to two" vs 5-2 vs "five of the seven";
3% vs 3.00%; US58.45c/58.32c/58.36c at different timestamps; swaps -5bp "so far" then -6bp;
headline vs core CPI, annual vs quarterly; NZ$560,000 ~ A$507,000; RBA 3.35% and the 60bp
spread; Kerridge quote in direct and reported wordings; Hoskings "holding off"/"holding back";
sidebar figures (Fiji 0.25%, petrol $2.89, council vote 9-5).

el-EB2 (election) — PLANTED (3). Ōtaki (NZ) by-election, Saturday 13 June 2026, polls closed
7pm NZST (07:00 UTC). Preliminary (all voting places, 10.40pm): Mereana Tipoki-Hall (Labour)
11,482 (45.5%), Brent Alderson (National) 10,278 (40.7%), Sione Faleolo (Green) 2,134, Graham
Pettigrew (ACT) 1,047, others 288; majority 1,204; turnout 49.1% of 51,380; 13,940 advance
votes. Official result Wednesday 24 June: 2,911 specials, Tipoki-Hall 12,695, Alderson 11,608,
majority 1,087, turnout 54.8%. 2023: Hamish Corwell (National) majority 6,350; he resigned in
April. PLANTED: (1) polling-day weekday — right "Saturday", wrong "Sunday, 13 June" in The
Capital Post; (2) runner-up's surname — right "Alderson", wrong "Alderton" throughout Beehive
Brief; (3) election-night majority — right 1,204, wrong "2,104" in the Aotearoa Press Agency
wire. Outlets: Coastline Crier local live page (JSON-LD LiveBlogPosting coverageStartTime,
updates in NZST 6.45pm-11.40pm); Aotearoa Press Agency wire (JSON-LD 11:55Z = 11.55pm NZST);
The Capital Post analysis, visible "Monday 15 June 2026" only; Beehive Brief specialist site on
the official count, NO date at all. Traps: running counts at 8%/35%/68%/92% with timestamps
(leads 809, 1,094); preliminary 1,204 vs official 1,087 (said so); 49.1% vs 54.8% turnout; 45.5%
vs 45.1%, 40.7% vs 41.3%; "about 2,900" vs 2,911 specials; 2023 majority 6,350 / "more than
6,000"; Ōtaki vs OTAKI; "Ms"/"MP-elect"; quote "Ōtaki has sent a message tonight" in two
wordings; sidebar figures (Silver Ferns 58-55, $3.2m pool, 34% poll).

ct-EB3 (court) — PLANTED (3). High Court of Australia, Marrak Minerals Pty Ltd v Minister for
the Environment and Water [2026] HCA 41, judgment at 10:00am AEDT (UTC+11) Wednesday 11
November 2026 = 23:00 UTC Tuesday 10 November = 7am AWST. Appeal dismissed 5-2 with costs:
joint reasons Ellery-Waugh CJ, Mandalis, Rao, McCrindle JJ; Oyelaran J concurring; Qureshi J and
Brennan-Tait J dissenting separately; 118 pages. Environment (and Water) Minister Maria
Castellano refused the A$2.1bn Yalgarra copper-gold project (95 km / 59 miles SE of Port
Hedland; ghost-bat roost) in August 2024. Federal Court (Harrow J) June 2025; Full Federal Court
2-1 February 2026; hearing 4-5 August 2026. Marrak shares: prior close A$1.28, -8.6% (A$1.17)
just after the open, low A$1.12 (-12.5%), A$1.15 at 10.30am WST, close A$1.16 (-9.4%). Dissent
quote "Fairness is not satisfied by an opportunity to respond to a case one has not been shown"
is Justice Hamid Qureshi's. PLANTED: (1) vote split — right 5-2, wrong "4-3" in The West Coast
Mercury; (2) Castellano's portfolio — right Environment (and Water) Minister, wrong "Resources
Minister" in the Meridian News Agency wire; (3) author of the "case one has not been shown"
passage — right Qureshi, wrong "Chief Justice Catherine Ellery-Waugh" in the Southern Cross
News live page (10.15am). Outlets: Meridian (London) wire, visible "10 November 2026 23:14 GMT"
+ JSON-LD; West Coast Mercury (Perth) with article:published_time in AWST; Bench & Bar Bulletin
case note, NO date at all; Southern Cross News live page, visible "Wednesday 11 November 2026"
only, times AEDT. Traps: 10am AEDT = 7am Perth = 23:00 GMT Tuesday; "Nov 10" dateline vs
"on Wednesday"; Full Federal Court 2-1 vs High Court 5-2; "five of the court's seven";
"Ellery-Waugh CJ" vs "Chief Justice"; A$2.1bn = US$1.4bn at 1.5190; share price at different
times; minister named "Environment Minister", "Environment and Water Minister", "the Minister";
quotes in direct and reported forms; sidebars (BoE 3.5%, Perth prices 1.1%, 49Mt at Hedland).

tr-EB4 (trade) — CONTROL. ABS International Trade in Goods, September 2026, released 11:30am
AEDT Thursday 5 November 2026 = 00:30 UTC = 8:30am AWST. Seasonally adjusted surplus A$5.12bn
(~US$3.39bn) vs consensus A$4.70bn; August revised to A$4.38bn from A$4.61bn (said so);
exports +2.1% to A$43.90bn, imports +0.4% to A$38.78bn; metal ores +A$880m (+6.8%), coal -3.1%,
rural +A$210m; consumption imports +1.9%, capital -2.2%; September quarter surplus A$14.7bn;
original-terms surplus A$5.37bn; exports to China +4.3% to A$14.2bn; net exports +0.3
percentage points to Q3 GDP (estimate); AUD 0.6598 -> 0.6612; Port Hedland 48.3Mt (53.2M short
tons) vs 45.9Mt in August. Outlets: Austral Economic Wire (JSON-LD 00:34Z); Red Dirt Report
(Karratha local), visible "Posted 9:05am AWST, Thursday 5 November 2026" only; Bulk & Box
Freight Weekly trade site, NO date at all. Traps: 11.30am Canberra vs 8.30am WST; revised vs
first-published August; month vs quarter; seasonally adjusted vs original; $4.7bn vs A$4.70bn;
A$ vs US$; tonnes vs short tons; percent vs percentage points; 2022 peaks above A$15bn; sidebar
figures (retail 0.5%, RBA 3.35%, NZ jobless 5.4%).

rk-EB5 (rocket) — CONTROL. Tasman Orbital's Kestrel Flight 2 ("Second Wind") lifted off from
Abbot Point near Bowen, Queensland at 6:42am AEST (UTC+10) Thursday 16 July 2026 = 20:42 UTC
= 4:42pm EDT Wednesday 15 July; window opened 6:30am; staging T+2:38; SECO T+8:51; first
deployment T+58 min (7.40am), third about four minutes later (7.44am); ~530 km (~330 miles)
orbit at 43 degrees (tracking 527 x 534 km; four catalogued objects = three satellites + upper
stage); three payloads, 142 kg (313 lb); capacity 300 kg; 24 m (79 ft). Scrubs on Tuesday 14
(winds) and Wednesday 15 July (valve sensor, T-11 min). First flight 9 October 2025 ended after
37 seconds. A$85m raised in March (~US$55m); Kahu Data contract NZ$4.2m (~A$3.8m). CEO Dr
Lachlan Pryor-Nguyen. Outlets: Orbital Beat (US), visible "July 15, 2026, 6:10 p.m. EDT" +
JSON-LD 22:10Z; Burdekin & Whitsunday Star live page (article:published_time, updates in AEST,
newest first); Smallsat Ledger trade analysis, NO date at all. Traps: Wednesday (US/UTC) vs
Thursday (local); "58 minutes" vs "about an hour" vs "just under nine minutes"; two then three
satellites deployed at 7.40am/7.47am; three satellites vs four tracked objects; km vs miles, kg
vs lb, A$ vs US$ vs NZ$; the previous flight's 37 seconds; staff 64 + about 180 vs about 250;
sidebar figures (11 launches, 24-18).

eq-EB6 (earthquake) — PLANTED (3). Magnitude 6.4 (GeoNet; first automatic estimate 6.2, revised
and said so; USGS 6.3 at 14 km, attributed) at 3:17am NZST (UTC+12) Tuesday 22 September 2026
= 15:17 UTC Monday 21 September, 25 km SE of Seddon, Marlborough, depth 18 km (GeoNet), about
75 km SW of Wellington. M5.1 aftershock at 4:02am; aftershocks ~140 by 9am, >250 by
mid-afternoon, 310 by 6.10pm, >330 by 9pm; felt reports >24,000 (3.40am), >58,000 (12.30pm),
>60,000 (next day); injured 6 (7.15am) then 14 incl. 2 serious; power 8,400 out, 3,200
mid-afternoon, 1,900 at 5pm, ~600 at 10pm; 9% chance of M6+ in a week; local state of emergency
5:40am (Mayor Gwen Hartigan); 2,300 claims. Earlier events: 2013 Seddon M6.5 (21 July), Lake
Grassmere M6.6, 2016 Kaikōura M7.8. PLANTED: (1) epicentre town — right "south-east of
Seddon", wrong "south-east of Havelock" in the Globe Wire report; (2) local time — right 3:17am
(3.17am), wrong "3.47am" in Wairau Valley Voice; (3) GeoNet depth — right 18 km, wrong "81
kilometres" in The Cook Strait Courier. Outlets: Tuia News live page (article:published_time,
updates in NZST, newest first); Globe Wire, visible "Updated 16:40 GMT, 21 September 2026" +
JSON-LD; Wairau Valley Voice local site, NO date at all; Cook Strait Courier newspaper next
day, visible "Wednesday, 23 September 2026" only. Traps: Monday 15:17 GMT vs Tuesday 3:17am;
"Sept 22" dateline on a 21 September GMT page; 6.2 -> 6.4 vs USGS 6.3; 18 km vs USGS 14 km;
25 km (16 miles), 75 km (47 miles); growing counts with timestamps; GeoNet / Earth Sciences New
Zealand; NZTA / Waka Kotahi; Natural Hazards Commission / EQC; sidebars (DST starts Sunday,
Ryder Cup 5-3, petrol $2.71).
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builders.  Every outlet is a dict ("site"), every article a dict.
# Body text is written as blocks separated by blank lines:
#   "## Heading", "> pull quote", "[ad]", "[img] caption | credit", "[box]"
#   (the inline related box) -- anything else is a paragraph.
# ---------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _figure(block: str, cls: str = "inline-figure") -> str:
    caption, credit = (part.strip() for part in block.split(" | ", 1))
    return (
        f'<figure class="{cls}"><img src="/media/placeholder.jpg" alt="{_esc(caption)}"'
        ' loading="lazy" width="960" height="540">'
        f'<figcaption>{_esc(caption)} <span class="credit">{_esc(credit)}</span>'
        "</figcaption></figure>"
    )


def _ad(site: dict, slot: str) -> str:
    label = site.get("ad_label", "Advertisement")
    return (
        f'<div class="ad ad-{slot}" role="complementary"><span class="ad-label">'
        f'{_esc(label)}</span><div class="ad-unit" data-slot="{slot}"></div></div>'
    )


def _link_list(title: str, links: list, cls: str) -> str:
    items = "".join(f'<li><a href="{_esc(h)}">{_esc(t)}</a></li>' for t, h in links)
    return f'<section class="{cls}"><h3>{_esc(title)}</h3><ul>{items}</ul></section>'


def _body(site: dict, art: dict, text: str) -> str:
    out = []
    n_ad = 0
    for block in _blocks(text):
        if block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull"><p>{_esc(block[2:])}</p></blockquote>')
        elif block == "[ad]":
            n_ad += 1
            out.append(_ad(site, f"inarticle-{n_ad}"))
        elif block.startswith("[img] "):
            out.append(_figure(block[6:]))
        elif block == "[box]":
            title = site.get("inline_title", "Read more")
            out.append(_link_list(title, art.get("inline", []), "inline-related"))
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def _live(site: dict, art: dict) -> str:
    out = []
    for i, upd in enumerate(art["live"]):
        shown, iso, heading, text = upd
        dt = f' datetime="{iso}"' if iso else ""
        paras = "".join(f"<p>{_esc(b)}</p>" for b in _blocks(text))
        pin = " pinned" if i == len(art["live"]) - 1 and art.get("pin_last") else ""
        out.append(
            f'<article class="live-post{pin}" id="post-{i + 1}">'
            f'<header><time class="post-time"{dt}>{_esc(shown)}</time>'
            f"<h3>{_esc(heading)}</h3></header>{paras}"
            '<div class="post-share"><button>Share this update</button></div></article>'
        )
        if i in art.get("live_ads", ()):
            out.append(_ad(site, f"live-{i}"))
    if art.get("newest_first"):
        out.reverse()
    return "\n".join(out)


def _jsonld(site: dict, art: dict, url: str) -> str:
    ld = art["ld"]
    data = {
        "@context": "https://schema.org",
        "@type": ld.get("type", "NewsArticle"),
        "headline": art["headline"],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site["name"]},
    }
    if ld.get("published"):
        data["datePublished"] = ld["published"]
    if ld.get("modified"):
        data["dateModified"] = ld["modified"]
    if ld.get("start"):
        data["coverageStartTime"] = ld["start"]
    if art.get("authors"):
        data["author"] = [{"@type": "Person", "name": a} for a in art["authors"]]
    body = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{body}</script>'


def _share(site: dict) -> str:
    nets = site.get("share", ["Facebook", "X", "LinkedIn", "Email"])
    btns = "".join(
        f'<a class="share share-{n.lower().replace(" ", "-")}" '
        f'href="#share-{n.lower().replace(" ", "-")}">{_esc(n)}</a>'
        for n in nets
    )
    return f'<div class="share-bar"><span>Share</span>{btns}</div>'


def _cookie(site: dict) -> str:
    text, accept, manage = site["cookie"]
    return (
        '<div class="consent-banner" role="dialog" aria-live="polite">'
        f"<p>{_esc(text)}</p><button class=\"accept\">{_esc(accept)}</button>"
        f'<button class="manage">{_esc(manage)}</button></div>'
    )


def _newsletter(site: dict) -> str:
    if not site.get("newsletter"):
        return ""
    title, blurb = site["newsletter"]
    return (
        f'<aside class="newsletter"><h3>{_esc(title)}</h3><p>{_esc(blurb)}</p>'
        '<form><input type="email" placeholder="Email address">'
        "<button>Sign up</button></form></aside>"
    )


def _url(site: dict, art: dict) -> str:
    return f"https://{site['domain']}{art['path']}"


def _page(site: dict, art: dict) -> str:
    url = _url(site, art)
    title = art.get("title") or f"{art['headline']}{site['title_sep']}{site['name']}"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{site.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f'<meta name="description" content="{_esc(art["desc"])}">',
        f'<link rel="canonical" href="{_esc(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_esc(art["headline"])}">',
        f'<meta property="og:description" content="{_esc(art["desc"])}">',
        f'<meta property="og:url" content="{_esc(url)}">',
        f'<meta property="og:site_name" content="{_esc(site["name"])}">',
        f'<meta property="og:image" content="https://img.{site["domain"].removeprefix("www.")}'
        '/og/share.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if art.get("meta_time"):
        head.append(f'<meta property="article:published_time" content="{art["meta_time"]}">')
    if art.get("meta_modified"):
        head.append(f'<meta property="article:modified_time" content="{art["meta_modified"]}">')
    if art.get("section"):
        head.append(f'<meta property="article:section" content="{_esc(art["section"])}">')
    if art.get("ld"):
        head.append(_jsonld(site, art, url))
    head.append(f'<link rel="stylesheet" href="/assets/{site.get("css", "main")}.css">')
    head.append("</head>")

    nav = "".join(f'<li><a href="/{_esc(n.lower().replace(" ", "-"))}/">{_esc(n)}</a></li>'
                  for n in site["nav"])
    top = [
        f'<body class="{site.get("body_class", "article")}">',
        '<a class="skip" href="#main">Skip to content</a>',
    ]
    if site.get("cookie_pos", "top") == "top":
        top.append(_cookie(site))
    top.append(
        f'<header class="masthead"><a class="logo" href="/">{_esc(site["name"])}</a>'
        f'<p class="tagline">{_esc(site.get("tagline", ""))}</p>'
        f'<nav class="primary"><ul>{nav}</ul></nav>'
        '<a class="subscribe" href="/subscribe/">Subscribe</a></header>'
    )
    if site.get("top_ad", True):
        top.append(_ad(site, "leaderboard"))
    crumbs = art.get("section", "News")
    top.append(f'<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; '
               f'<a href="/section/">{_esc(crumbs)}</a></nav>')

    main = ['<main id="main"><article class="story">']
    if art.get("kicker"):
        main.append(f'<p class="kicker">{_esc(art["kicker"])}</p>')
    main.append(f'<h1>{_esc(art["headline"])}</h1>')
    if art.get("standfirst"):
        main.append(f'<p class="standfirst">{_esc(art["standfirst"])}</p>')
    meta = [f'<span class="byline">{_esc(art["byline"])}</span>']
    if art.get("role"):
        meta.append(f'<span class="author-role">{_esc(art["role"])}</span>')
    if art.get("visible_date"):
        meta.append(f'<span class="dateline">{_esc(art["visible_date"])}</span>')
    if art.get("read_time"):
        meta.append(f'<span class="read-time">{_esc(art["read_time"])}</span>')
    main.append(f'<div class="story-meta">{"".join(meta)}</div>')
    if site.get("share_pos", "top") == "top":
        main.append(_share(site))
    if art.get("hero"):
        main.append(_figure(art["hero"], "hero"))
    if art.get("keypoints"):
        items = "".join(f"<li>{_esc(k)}</li>" for k in art["keypoints"])
        main.append(f'<section class="key-points"><h2>Key points</h2><ul>{items}</ul></section>')
    if art.get("live"):
        main.append(f'<div class="live-feed">{_live(site, art)}</div>')
    if art.get("body"):
        main.append(f'<div class="story-body">{_body(site, art, art["body"])}</div>')
    if art.get("trailer"):
        main.append(f'<p class="trailer">{_esc(art["trailer"])}</p>')
    if art.get("tags"):
        tags = "".join(f'<a class="tag" href="/topic/{_esc(t.lower().replace(" ", "-"))}/">'
                       f"{_esc(t)}</a>" for t in art["tags"])
        main.append(f'<div class="tags">{tags}</div>')
    if site.get("share_pos", "top") == "bottom":
        main.append(_share(site))
    main.append("</article>")

    aside = ['<aside class="rail">']
    aside.append(_ad(site, "mrec"))
    if art.get("related"):
        aside.append(_link_list(site.get("related_title", "Related"), art["related"], "related"))
    if art.get("most_read"):
        aside.append(_link_list(site.get("popular_title", "Most read"), art["most_read"],
                                "most-read"))
    aside.append(_newsletter(site))
    aside.append("</aside></main>")

    foot_links = "".join(f'<li><a href="/{_esc(f.lower().replace(" ", "-"))}/">{_esc(f)}</a></li>'
                         for f in site["footer"])
    foot = [
        f'<footer class="site-footer"><ul>{foot_links}</ul>'
        f'<p class="legal">{_esc(site["legal"])}</p></footer>'
    ]
    if site.get("cookie_pos", "top") == "bottom":
        foot.append(_cookie(site))
    foot.append('<script src="/assets/app.js" defer></script>')
    foot.append("</body>\n</html>")
    return "\n".join(head + top + main + aside + foot)


def _story(sid: str, domain: str, fetched: str, pairs: list, planted: list) -> dict:
    return {
        "id": sid,
        "part": "EB",
        "domain": domain,
        "fetched": fetched,
        "articles": [{"url": _url(s, a), "html": _page(s, a)} for s, a in pairs],
        "planted": planted,
    }


# ===========================================================================
# Story 1 -- cb-EB1 -- central bank (CONTROL)
# ===========================================================================

_PWS = {
    "name": "Pacific Wire Service",
    "domain": "www.pacificwire.example",
    "title_sep": " | ",
    "lang": "en",
    "kind": "wire",
    "tagline": "Markets, politics and business across the Pacific",
    "nav": ["World", "Markets", "Business", "Pacific", "Commodities", "Sport"],
    "cookie": ("We use cookies to personalise content and measure traffic. By continuing "
               "you agree to our cookie policy.", "Accept all", "Settings"),
    "cookie_pos": "bottom",
    "share": ["X", "LinkedIn", "Email"],
    "share_pos": "bottom",
    "footer": ["About PWS", "Editorial standards", "Contact", "Terms of use", "Privacy"],
    "legal": "All quotes delayed a minimum of 15 minutes. (c) 2026 Pacific Wire Service.",
    "newsletter": None,
    "related_title": "More from Markets",
    "popular_title": "Trending",
    "top_ad": False,
}

_HARBOUR = {
    "name": "The Harbour Herald",
    "domain": "www.harbourherald.example",
    "title_sep": " - ",
    "lang": "en-NZ",
    "tagline": "Auckland's independent daily",
    "nav": ["News", "Business", "Property", "Politics", "World", "Sport", "Opinion"],
    "cookie": ("The Harbour Herald uses cookies and similar technologies to improve your "
               "experience and show relevant advertising.", "OK, got it", "Manage choices"),
    "share": ["Facebook", "X", "WhatsApp", "Email"],
    "footer": ["About us", "Advertise", "Careers", "Contact the newsroom", "Privacy policy"],
    "legal": "(c) 2026 Harbour Herald Media Ltd. All rights reserved.",
    "newsletter": ("Business Briefing", "The day's business news in your inbox at 6am, "
                                        "Monday to Friday."),
    "related_title": "Related stories",
    "popular_title": "Most popular",
    "body_class": "live-blog",
}

_LEDGER = {
    "name": "The Southern Ledger",
    "domain": "www.southernledger.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "Serving Otago and Southland since 1894",
    "nav": ["Dunedin", "Regions", "Business", "Farming", "National", "Sport", "Life"],
    "cookie": ("We value your privacy. We and our partners use cookies to run this site "
               "and to understand how it is used.", "Accept", "Reject non-essential"),
    "share": ["Facebook", "X", "Email", "Print"],
    "footer": ["Contact", "Subscriptions", "Public notices", "Letters", "Terms"],
    "legal": "The Southern Ledger is published by Ledger Print & Digital, Dunedin.",
    "newsletter": ("The Ledger Daily", "Local news, every morning. Free to your inbox."),
    "related_title": "More business",
    "popular_title": "Most read in Otago",
    "ad_label": "ADVERTISEMENT",
}

_BPR = {
    "name": "Basis Point Review",
    "domain": "basispoint.example",
    "title_sep": " -- ",
    "lang": "en-AU",
    "tagline": "Rates, FX and central banks for Australasian professionals",
    "nav": ["Central banks", "Rates", "FX", "Credit", "Data calendar", "Podcasts"],
    "cookie": ("This site uses cookies. Professional subscribers can manage preferences in "
               "their account.", "Accept", "Preferences"),
    "share": ["LinkedIn", "X", "Email"],
    "share_pos": "bottom",
    "footer": ["Subscribe", "Corporate licences", "Editorial calendar", "Disclaimer"],
    "legal": "Basis Point Review, Sydney NSW. Not financial advice.",
    "newsletter": ("Morning Rates Note", "Our analysts' pre-open briefing for AU and NZ "
                                         "rates markets."),
    "related_title": "Also on Basis Point",
    "popular_title": "Most read this week",
    "inline_title": "Related analysis",
}

_CB_A = {
    "path": "/markets/2026/08/26/new-zealand-central-bank-cuts-cash-rate-to-2-75",
    "headline": "New Zealand central bank cuts cash rate to 2.75%, signals one more move "
                "possible",
    "desc": "The Reserve Bank of New Zealand cut its official cash rate by 25 basis points "
            "to 2.75% and published a track that leaves room for one more reduction.",
    "section": "Markets",
    "byline": "By Olivia Marsters and Ben Takerei",
    "authors": ["Olivia Marsters", "Ben Takerei"],
    "ld": {"published": "2026-08-26T02:06:00Z", "modified": "2026-08-26T03:12:00Z"},
    "read_time": "4 min read",
    "body": """
WELLINGTON, Aug 26 (PWS) - New Zealand's central bank cut its official cash rate by 25 basis
points to 2.75% on Wednesday, its second reduction this year, and published a rate track that
economists said left the door open to one further move before the easing cycle ends.

The Reserve Bank of New Zealand's Monetary Policy Committee voted 5-2 for the cut, with two
members preferring to keep the rate at 3.00%, according to the record of the meeting released
alongside the August Monetary Policy Statement. The bank's projections show the cash rate
bottoming out at 2.55% in the June quarter of 2027.

The decision was in line with market pricing, which had put the chance of a cut at about 80%
earlier in the week, and with the forecasts of 17 of the 21 economists polled by Pacific Wire
Service last week. The other four had expected the bank to stay on hold for a second meeting
after it left the rate unchanged at its July 8 review.

"We have room to ease further if inflation behaves as we expect, but we are not on a pre-set
course," Governor Anna Kerridge told reporters in Wellington an hour after the announcement.
"The committee judged that the balance of risks had shifted toward weaker growth."

[ad]

The New Zealand dollar fell about 0.6% to $0.5832 after the decision, as some investors had
positioned for a hold. Two-year swap rates dropped 6 basis points to 2.71%.

Annual consumer price inflation slowed to 2.4% in the June quarter, Statistics New Zealand
said last month, inside the bank's 1% to 3% target band. Prices rose 0.5% in the quarter
itself. The sectoral factor model, the central bank's preferred gauge of core inflation,
stood at 2.6%.

The economy has been sluggish. Gross domestic product shrank 0.3% in the March quarter and the
unemployment rate rose to 5.3% in the three months to June, its highest level in more than
five years.

The committee said in its statement that spare capacity had "opened up more quickly than
expected" and that a lower cash rate would support activity while keeping inflation
expectations anchored near the 2% midpoint of the target band.

The RBNZ last cut rates on May 27, when it took the cash rate down from 3.25% to 3.00%. It held
in July, saying it wanted more evidence that domestic inflation was easing.

Finance Minister Daniel Hoskings welcomed the decision. "Lower interest rates will be a relief
for families with a mortgage and for businesses that have been holding off on investment," he
said in a statement.

Kea Bank chief economist Priya Raman said the projected track implied "one more cut, probably
in November, and then a long pause". Harbourline Bank senior economist Jonah Whitcombe, whose
team had forecast a hold, said the two dissenting votes showed the committee was "closer to the
end of the cycle than the start".

The next review of the cash rate is due on Oct. 7, followed by the November Monetary Policy
Statement on Nov. 25.
""",
    "trailer": "(Reporting by Olivia Marsters and Ben Takerei; Editing by Graham Fowler)",
    "related": [
        ("Australian dollar steadies as iron ore recovers above US$100",
         "/markets/2026/08/26/aussie-steadies"),
        ("Japan's core inflation slows to 1.9% in July", "/markets/2026/08/25/japan-cpi"),
        ("Fiji central bank holds policy rate at 0.25%", "/pacific/2026/08/21/fiji-holds"),
    ],
    "most_read": [
        ("Oil falls 2% as OPEC+ weighs larger output rise", "/commodities/2026/08/26/oil"),
        ("Copper hits three-month high on China stimulus bets", "/commodities/copper-high"),
        ("Global dairy auction prices rise 1.8%", "/commodities/2026/08/19/gdt"),
    ],
}

_CB_B = {
    "path": "/business/live/2026/08/26/ocr-decision-live-reserve-bank-august",
    "headline": "OCR decision live: Reserve Bank cuts to 2.75%, Kiwi dollar slides",
    "desc": "Follow our live coverage of the Reserve Bank's August Monetary Policy Statement, "
            "the reaction from economists, banks and the Government.",
    "section": "Business",
    "kicker": "LIVE",
    "byline": "Business team: Aroha Pene, Sam Delacourt",
    "meta_time": "2026-08-26T13:30:00+12:00",
    "meta_modified": "2026-08-26T16:32:00+12:00",
    "keypoints": [
        "The OCR has been cut by 25 basis points to 2.75 per cent",
        "The Monetary Policy Committee voted five to two in favour",
        "Projections show the OCR bottoming at 2.55 per cent next year",
        "Kea Bank is first to pass the cut on to floating mortgage rates",
    ],
    "live_ads": (2, 5),
    "pin_last": True,
    "newest_first": True,
    "live": [
        ("1.30pm", "2026-08-26T13:30:00+12:00", "Welcome to our live coverage",
         """Kia ora and good afternoon. The Reserve Bank will publish its August Monetary
Policy Statement at 2pm, and almost everyone expects a 25 basis point cut to the official
cash rate, which would take it from 3 per cent to 2.75 per cent. Wholesale markets were
pricing about an 80 per cent chance of a cut this morning. Governor Anna Ruth Kerridge and
her deputy, Tomasi Leota, front the media at 3pm."""),
        ("1.52pm", None, "What the economists expect",
         """Kea Bank chief economist Priya Raman says the cut itself is "the easy part" and
the market will be watching the projected rate track. "If the track dips below 2.6 per cent,
that is the bank telling you there is another move coming," she wrote in a note this morning.
Harbourline Bank is one of the few houses picking a hold. Its senior economist, Jonah
Whitcombe, says the July pause showed a committee "in no hurry"."""),
        ("2.00pm", "2026-08-26T14:00:00+12:00", "It's a cut: OCR now 2.75 per cent",
         """The Reserve Bank has cut the official cash rate by a quarter of a percentage point
to 2.75 per cent. The Monetary Policy Committee voted five to two in favour; the two
dissenters preferred to leave the rate at 3 per cent. The committee says spare capacity in
the economy has "opened up more quickly than expected"."""),
        ("2.07pm", None, "The track: one more to come?",
         """The bank's projections have the OCR bottoming out at 2.55 per cent in the middle
of next year, which implies a good chance of one more cut. The statement notes annual
inflation of 2.4 per cent in the June quarter and core inflation of 2.6 per cent on its
sectoral factor model, comfortably inside the 1 to 3 per cent target band."""),
        ("2.20pm", None, "Kiwi dollar drops",
         """The New Zealand dollar has slipped to US58.45c, down 0.4 per cent from US58.69c
just before the announcement. Some traders had been positioned for Harbourline's hold call.
Two-year swap rates are down 5 basis points so far."""),
        ("2.45pm", None, "Finance Minister welcomes the cut",
         """Finance Minister Daniel Hoskings has put out a short statement. "Lower interest
rates will be a relief for families with a mortgage and for businesses that have been holding
back on investment," he says. He adds that the Government's "focus remains on getting
spending under control so that inflation stays low"."""),
        ("3.05pm", "2026-08-26T15:05:00+12:00", "Kerridge: 'We are not on a pre-set course'",
         """At the press conference, Governor Kerridge says there is "room to ease further if
inflation behaves as we expect" but stresses that the committee is "not on a pre-set course".
Asked about the two dissenting votes, she says the disagreement was about timing rather than
direction. Deputy Governor Tomasi Leota, who is also the bank's chief economist, points to the
5.3 per cent unemployment rate and the 0.3 per cent fall in GDP in the March quarter as signs
that the economy is "running below its potential"."""),
        ("3.40pm", None, "Dollar extends its fall",
         """The Kiwi has kept sliding through the press conference and is now at US58.32c,
about 0.6 per cent lower than just before 2pm. Two-year swaps are now 6 basis points lower at
2.71 per cent."""),
        ("4.10pm", None, "Kea Bank first to pass on the cut",
         """Kea Bank says it will cut its floating mortgage rate by 25 basis points to 6.14 per
cent from September 2, and trim its 12-month fixed special by 15 basis points. Harbourline
says it is "reviewing" its rates. For a household with a $560,000 mortgage, a quarter-point
cut is worth roughly $80 to $100 a month, depending on the loan term."""),
        ("4.30pm", "2026-08-26T16:30:00+12:00", "That's it from us",
         """That wraps up our live coverage. To recap: the OCR is 2.75 per cent after the
Reserve Bank's second cut of the year, following May's move from 3.25 per cent to 3 per cent
and a hold in July. The next decision is on October 7. Thanks for reading."""),
    ],
    "related": [
        ("Fixed or floating? What the cut means for your mortgage",
         "/property/2026/08/26/fixed-or-floating"),
        ("July: Reserve Bank holds OCR at 3 per cent", "/business/2026/07/08/ocr-hold"),
        ("House prices edge up 0.4 per cent in July", "/property/2026/08/12/house-prices"),
    ],
    "most_read": [
        ("Auckland Harbour Bridge lane closures extended to October", "/news/bridge-lanes"),
        ("Blues confirm new coach on three-year deal", "/sport/blues-coach"),
        ("Petrol prices hit $2.89 a litre in Auckland", "/news/petrol-prices"),
    ],
}

_CB_C = {
    "path": "/business/reserve-bank-trims-ocr-again-split-committee",
    "headline": "Reserve Bank trims OCR again, but split committee hints end is near",
    "desc": "Mortgage holders in Otago and Southland welcome a second cut this year, "
            "while two committee members wanted to wait.",
    "section": "Business",
    "byline": "Fiona Gallacher",
    "role": "Business Editor",
    "visible_date": "Thursday, 27 August 2026",
    "hero": "Reserve Bank Governor Anna Kerridge speaks to reporters in Wellington "
            "yesterday. | Photo: Ledger Wire Services",
    "body": """
The Reserve Bank cut the official cash rate to 2.75 per cent yesterday, its second reduction
this year, but the committee that made the call was split and the bank's own forecasts suggest
borrowers should not count on many more.

The quarter-point cut, announced at 2pm, had been widely expected. Five of the seven members
of the Monetary Policy Committee voted for it, while two wanted to leave the rate at 3 per cent
for a little longer, according to the record of the meeting.

Governor Dr Anna Kerridge told reporters in Wellington that there was room to ease further "if
inflation behaves as we expect", but the bank was "not on a pre-set course". The committee's
projections show the cash rate falling to a low of 2.55 per cent by the middle of next year,
which most economists read as signalling one more cut, possibly in November.

For Dunedin property manager Trudy Oakes, the decision was a welcome one. "A lot of our owners
are on fixed terms that roll over before Christmas, and every bit helps," she said. "But people
have been burnt before, so nobody is rushing out to buy a second rental."

[ad]

About 45 per cent of the value of New Zealand's mortgages is due to be refixed within the next
six months, according to Reserve Bank figures, meaning many households will feel the lower
rates relatively quickly. Kea Bank was the first lender to move, cutting its floating rate to
6.14 per cent from September 2.

## Economy still soft

The bank's statement painted a picture of an economy that has struggled to get going. Gross
domestic product fell 0.3 per cent in the March quarter, and unemployment rose to 5.3 per cent
in the June quarter. Annual inflation, by contrast, has settled at 2.4 per cent, close to the
middle of the 1 to 3 per cent target range the bank is required to meet.

Deputy Governor Tomasi Leota, the bank's chief economist, said the committee had seen "clear
evidence that firms are finding it harder to pass on cost increases", which gave it confidence
inflation would keep easing.

Otago Chamber of Commerce chief executive Sandra Kilgour said local businesses had been holding
back. "Our members tell us the phones are quieter and customers are taking longer to pay. A lower
cash rate won't fix that overnight, but it helps with confidence," she said.

Not everyone was convinced. Harbourline Bank senior economist Jonah Whitcombe, who had expected
no change, said the dissenting votes were a sign the committee was "closer to the end of the
cycle than the start".

[box]

Finance Minister Daniel Hoskings said lower rates would be "a relief for families with a
mortgage", and repeated the Government's commitment to restraining its own spending.

The New Zealand dollar fell after the announcement and was trading at US58.36c at 5pm, down from
about US58.7c before the decision.

The Reserve Bank last cut in May, from 3.25 per cent to 3 per cent, before holding in July. Its
next decision is due on October 7, with a full Monetary Policy Statement on November 25.
""",
    "inline": [
        ("Otago house values flat for third month", "/property/otago-values-flat"),
        ("Southland dairy farmers brace for lower payout", "/farming/dairy-payout"),
    ],
    "related": [
        ("Queenstown rents fall for the first time in four years", "/property/qt-rents"),
        ("Port Otago posts record container volumes", "/business/port-otago-volumes"),
        ("Tertiary cuts: university confirms 120 roles to go", "/dunedin/university-roles"),
    ],
    "most_read": [
        ("Highlanders name captain for 2027 season", "/sport/highlanders-captain"),
        ("Snow closes Crown Range Road for second day", "/regions/crown-range-snow"),
        ("Council votes 9-5 to keep George St bus hub", "/dunedin/bus-hub-vote"),
    ],
    "tags": ["Reserve Bank", "Interest rates", "Mortgages", "Economy"],
}

_CB_D = {
    "path": "/central-banks/rbnz-25bp-cut-mpc-split-track-implies-one-more",
    "headline": "RBNZ delivers 25bp cut to 2.75% as MPC splits 5-2; track implies one more",
    "desc": "Analysis: the RBNZ's August MPS, the vote split, the 2.55% trough in the OCR "
            "track and what it means for AUD/NZD and the RBA-RBNZ spread.",
    "section": "Central banks",
    "byline": "Marcus Ellwood",
    "role": "Senior Rates Analyst, Sydney",
    "read_time": "6 minute read",
    "body": """
The Reserve Bank of New Zealand (RBNZ) lowered the official cash rate (OCR) by 25bp to 2.75% on
Wednesday, announcing the move at noon AEST (2pm in Wellington). The cut was close to fully
priced: OIS markets had assigned roughly an 80% probability to a move in the days before the
decision.

What was not priced was the vote. The Monetary Policy Committee split 5-2, with two of its seven
members preferring to hold at 3.00%. The record of meeting says the minority "saw merit in
waiting for the September quarter labour market data" before moving again. The RBNZ has
published vote counts since 2025, and this is the first non-unanimous decision of the current
easing phase.

## The track

The August Monetary Policy Statement (MPS) projection has the OCR troughing at 2.55% in the June
quarter of 2027. A 2.55% average for a quarter is consistent with either one further 25bp cut
or a meaningful probability of one. Kea Bank's Priya Raman reads it as "one more cut, probably
in November, and then a long pause". We agree, but the 5-2 vote raises the bar.

Headline CPI inflation was 2.4% y/y in Q2, with the quarterly print at 0.5%. The sectoral factor
model measure of core inflation, which Governor Anna Ruth Kerridge has repeatedly highlighted,
was 2.6%. The RBNZ projects headline CPI returning to about 2.1% by mid-2027.

[ad]

Growth is the bank's main concern. Real GDP contracted 0.3% q/q in Q1 and unemployment reached
5.3% in Q2. At the press conference Deputy Governor Tomasi Leota described the economy as
"running below its potential", and Kerridge said the committee "has room to ease further if
inflation behaves as we expect, but we are not on a pre-set course".

## Market reaction

NZD/USD fell from 0.5869 immediately before the release to 0.5832 by mid-afternoon in
Wellington, a drop of a little more than 0.6%. Two-year swaps declined 6bp to 2.71%. The
Australian dollar was steady against the US dollar, so AUD/NZD climbed to about 1.105.

The cross is the cleanest expression of policy divergence. The Reserve Bank of Australia left
its cash rate at 3.35% at its August meeting, so the RBA-RBNZ policy spread has widened to 60bp,
from 35bp at the start of the year. If the RBNZ delivers the implied November cut and the RBA
stays on hold, the spread goes to 85bp.

## Transmission

About 45% of New Zealand's mortgage book by value reprices within six months, far more than in
Australia, where variable-rate lending dominates but the pass-through is mechanical. Kea Bank
moved its floating rate down 25bp to 6.14% within hours. On an average new mortgage of about
NZ$560,000 (roughly A$507,000), a 25bp reduction is worth NZ$80 to NZ$100 a month.

[box]

## Calendar

The RBNZ cut by 25bp on May 27 (3.25% to 3.00%) and held on July 8. The next Monetary Policy
Review is on October 7; the November MPS is on November 25. For Australia-based investors, the
October decision lands at noon AEDT, as Sydney will by then have moved to daylight saving time
while New Zealand will be on NZDT, keeping the two-hour gap.
""",
    "inline": [
        ("RBA preview: why the board is in no hurry", "/central-banks/rba-preview-august"),
        ("NZ swaps: the curve is pricing too little", "/rates/nz-swaps-curve"),
    ],
    "related": [
        ("Bank of Japan: October hike odds rise to 40%", "/central-banks/boj-october-odds"),
        ("AUD/NZD: 1.10 is the new floor", "/fx/audnzd-floor"),
        ("Chart of the week: Australian wage growth at 3.1%", "/data/chart-wages"),
    ],
    "most_read": [
        ("ACGB 10-year yield tests 4.20%", "/rates/acgb-10y"),
        ("Kiwi banks' deposit funding costs explained", "/credit/nz-deposit-funding"),
        ("Podcast: the Fed after Jackson Hole", "/podcasts/fed-jackson-hole"),
    ],
}

CB_PAIRS = [(_PWS, _CB_A), (_HARBOUR, _CB_B), (_LEDGER, _CB_C), (_BPR, _CB_D)]


# ===========================================================================
# Story 2 -- el-EB2 -- election (3 PLANTED)
# ===========================================================================

_CRIER = {
    "name": "Coastline Crier",
    "domain": "coastlinecrier.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "News for Kapiti, Otaki and Horowhenua",
    "nav": ["Local", "Council", "By-election 2026", "Community", "Sport", "Events"],
    "cookie": ("This website uses cookies to keep it running and to count visitors. "
               "Read our privacy notice.", "That's fine", "Options"),
    "share": ["Facebook", "WhatsApp", "Email"],
    "footer": ["About the Crier", "Advertise locally", "Send us a tip", "Privacy"],
    "legal": "Coastline Crier is an independent, locally owned news site.",
    "newsletter": ("The Crier Weekly", "Every Friday: council, community and sport from the "
                                       "coast."),
    "related_title": "More by-election coverage",
    "popular_title": "Popular this week",
    "body_class": "live-blog local",
}

_APA = {
    "name": "Aotearoa Press Agency",
    "domain": "www.apa-news.example",
    "title_sep": " - ",
    "lang": "en-NZ",
    "tagline": "New Zealand's national news agency",
    "nav": ["National", "Politics", "Business", "World", "Sport", "Te Ao"],
    "cookie": ("APA uses essential cookies only. No advertising trackers are set.",
               "Dismiss", "Learn more"),
    "cookie_pos": "bottom",
    "share": ["X", "Email"],
    "share_pos": "bottom",
    "footer": ["About APA", "Subscribers", "Corrections", "Contact"],
    "legal": "(c) 2026 Aotearoa Press Agency. Redistribution requires a licence.",
    "newsletter": None,
    "related_title": "Related",
    "popular_title": "Latest",
    "top_ad": False,
}

_CAPPOST = {
    "name": "The Capital Post",
    "domain": "www.capitalpost.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "Wellington's newspaper",
    "nav": ["Wellington", "Politics", "Business", "Opinion", "Arts", "Sport", "Puzzles"],
    "cookie": ("We and our advertising partners use cookies. You can change your choices at "
               "any time in Privacy Settings.", "Accept all", "Privacy settings"),
    "share": ["Facebook", "X", "LinkedIn", "Email", "Copy link"],
    "footer": ["Contact us", "Subscribe", "Digital edition", "Complaints", "Terms and conditions"],
    "legal": "(c) 2026 Capital Post Publishing. Member of the Media Council.",
    "newsletter": ("Politics Weekly", "Our political editor's take on the week in Parliament, "
                                      "every Thursday."),
    "related_title": "More on Politics",
    "popular_title": "Most read",
}

_BEEHIVE = {
    "name": "Beehive Brief",
    "domain": "beehivebrief.example",
    "title_sep": " :: ",
    "lang": "en-NZ",
    "tagline": "Politics and policy, for people who work in it",
    "nav": ["Parliament", "Polls", "Elections", "Policy", "People moves", "Members"],
    "cookie": ("Members: cookies keep you signed in. Everyone else: we count visits and "
               "nothing more.", "OK", "More info"),
    "share": ["LinkedIn", "Email"],
    "share_pos": "bottom",
    "footer": ["Membership", "About", "Tip line", "Privacy"],
    "legal": "Beehive Brief Ltd, Wellington.",
    "newsletter": ("The Brief", "Weekday morning briefing for subscribers."),
    "related_title": "Elections desk",
    "popular_title": "Members are reading",
    "inline_title": "Background",
}

_EL_A = {
    "path": "/by-election-2026/live-otaki-by-election-results-night",
    "headline": "Ōtaki by-election live: Tipoki-Hall claims seat for Labour",
    "desc": "Live results and reaction from election night in the Ōtaki by-election, as "
            "votes are counted across Levin, Ōtaki, Foxton and Waikanae.",
    "section": "By-election 2026",
    "kicker": "LIVE UPDATES",
    "byline": "Crier reporters Jess Moana and Callum Pike",
    "authors": ["Jess Moana", "Callum Pike"],
    "ld": {"type": "LiveBlogPosting", "start": "2026-06-13T18:45:00+12:00",
           "modified": "2026-06-13T23:48:00+12:00"},
    "live_ads": (3,),
    "live": [
        ("6.45pm", "2026-06-13T18:45:00+12:00", "Polls close in 15 minutes",
         """Kia ora and welcome to the Crier's results night coverage. Voting places close at
7pm. There are 51,380 people enrolled in the Ōtaki electorate and 13,940 of them have already
cast advance votes, more than at any by-election in the last decade. It has been a cold,
clear Saturday on the coast, and queues at the Levin Adventure Park voting place stretched to
the car park at lunchtime."""),
        ("7.00pm", None, "Voting has closed",
         """Voting has now closed. Advance votes are counted first, so the early numbers are
likely to be decent-sized chunks. The Electoral Commission expects the first results shortly
after 7.30pm."""),
        ("7.40pm", None, "First results are in",
         """With 8 per cent of votes counted, Labour's Mereana Tipoki-Hall has 1,102 votes and
National's Brent Alderson 1,015. Very early days."""),
        ("8.30pm", None, "Tipoki-Hall ahead at a third of the count",
         """About 35 per cent counted now. Tipoki-Hall 3,996, Alderson 3,580, the Green Party's
Sione Faleolo 741 and ACT's Graham Pettigrew 362. Labour people at the Ōtaki Memorial Hall
are starting to look relaxed."""),
        ("9.15pm", None, "Lead grows past 800",
         """With 68 per cent counted, Tipoki-Hall is on 7,790 votes and Alderson on 6,981, a
gap of 809. National supporters at the Levin Cosmopolitan Club say the election-day votes from
Foxton and Shannon could still narrow it."""),
        ("10.05pm", None, "92 per cent counted",
         """Tipoki-Hall 10,560, Alderson 9,466. The lead is now 1,094 and it is very hard to
see a path back for National tonight."""),
        ("10.40pm", "2026-06-13T22:40:00+12:00", "All votes counted: Tipoki-Hall wins",
         """All voting places have reported. The preliminary result: Mereana Tipoki-Hall
(Labour) 11,482, Brent Alderson (National) 10,278, Sione Faleolo (Green) 2,134, Graham
Pettigrew (ACT) 1,047, and 288 votes for the three other candidates. That is a preliminary
majority of 1,204. Turnout on the night is 49.1 per cent of those enrolled.

Special votes, which include people who enrolled late or voted outside the electorate, have
still to be counted. The Electoral Commission will declare the official result on Wednesday
24 June. In 2023 the seat was won by National's Hamish Corwell with a majority of 6,350."""),
        ("11.15pm", None, "Alderson concedes",
         """Brent Alderson has conceded at the Cosmopolitan Club. "The numbers are what they are
tonight, and I congratulate Mereana," he told supporters. "We'll wait for the specials, but
I'm not going to pretend this is close." He said he would be National's candidate again at the
general election."""),
        ("11.40pm", "2026-06-13T23:40:00+12:00", "Tipoki-Hall: 'Ōtaki has sent a message'",
         """To a packed Ōtaki Memorial Hall, the new MP-elect said: "Ōtaki has sent a message
tonight, and the message is that people on this coast want to be heard." Tipoki-Hall, a
former Horowhenua district councillor and nurse, thanked Corwell, who resigned in April, for
his years of service to the electorate. That's all from us tonight. Ka kite anō."""),
    ],
    "related": [
        ("Meet the candidates: who is standing in Ōtaki", "/by-election-2026/candidates"),
        ("Where to vote on by-election day", "/by-election-2026/where-to-vote"),
        ("Why is there a by-election? Corwell's resignation explained",
         "/by-election-2026/why-by-election"),
    ],
    "most_read": [
        ("Levin pool reopens after $3.2m upgrade", "/local/levin-pool-reopens"),
        ("Waikanae River flood works to start in spring", "/council/waikanae-flood-works"),
        ("Ōtaki College netball team heads to nationals", "/sport/otaki-college-netball"),
    ],
}

_EL_B = {
    "path": "/politics/2026/06/13/labour-tipoki-hall-wins-otaki-by-election",
    "headline": "Labour's Tipoki-Hall wins Ōtaki by-election, overturning National majority",
    "desc": "Labour candidate Mereana Tipoki-Hall has won the Ōtaki by-election on "
            "preliminary results, taking a seat National held at the 2023 election.",
    "section": "Politics",
    "byline": "Ngaio Whatuira, Political Reporter",
    "authors": ["Ngaio Whatuira"],
    "ld": {"published": "2026-06-13T11:55:00Z"},
    "body": """
OTAKI (APA) - Labour has won Saturday's Ōtaki by-election, with candidate Mereana
Tipoki-Hall taking a seat that National held by more than 6,000 votes at the last general
election.

On preliminary results released by the Electoral Commission, Tipoki-Hall won 11,482 votes, a
preliminary majority of 2,104 over National's Brent Alderson, who took 40.7 per cent of the
vote. Tipoki-Hall's share was 45.5 per cent.

The Green Party's Sione Faleolo was third with 2,134 votes, and ACT's Graham Pettigrew fourth
with 1,047. Three other candidates shared 288 votes.

Turnout on the night was 49.1 per cent of the 51,380 people enrolled, although that figure
will rise once special votes are added. The official result is due on June 24.

The by-election was triggered by the resignation of National MP Hamish Corwell in April to
become chief executive of a horticulture export body. Corwell won the electorate in 2023 with a
majority of 6,350.

"Ōtaki has sent a message tonight: people on this coast want to be heard," Tipoki-Hall told
supporters at the Ōtaki Memorial Hall shortly before midnight.

She said the campaign had been fought on the cost of living, the future of Horowhenua Hospital's
maternity unit and the state of State Highway 1 north of Levin. "People told me on the doorstep
that they are working harder than ever and getting further behind," she said.

Alderson conceded at about 11.15pm, telling supporters in Levin that he would not "pretend this
is close" and that he would seek the nomination again for the general election.

Labour's campaign chair, Rawiri Tane, said the result showed "the Government cannot take
provincial New Zealand for granted".

National's campaign spokesperson, Sarah Minto, said by-elections were "always tough for a
governing party, particularly in the middle of a difficult economic cycle", and that the party
would "reflect on the result and listen".

Advance voting was unusually strong, with 13,940 votes cast before election day, about 55 per
cent of the preliminary total. Electoral Commission figures show advance voting in the
electorate has risen at every election since 2014.

The result will not change the balance of power in Parliament, where the governing parties
retain a working majority. A general election is due later this year.

Tipoki-Hall, 44, is a registered nurse and a former Horowhenua district councillor. She stood
unsuccessfully in the electorate in 2023.

Special votes can shift results by several hundred votes in a close race. Electoral officials
said about 2,900 special votes had been issued.

- APA
""",
    "related": [
        ("Electoral Commission: how special votes are counted", "/politics/special-votes"),
        ("Corwell confirms resignation from Parliament", "/politics/2026/04/14/corwell-resigns"),
    ],
    "most_read": [
        ("Wellington water main burst closes Kent Terrace", "/national/kent-tce-burst"),
        ("Silver Ferns beat Australia 58-55 in Melbourne", "/sport/silver-ferns-win"),
        ("Auckland fuel tax refund applications open", "/national/fuel-tax-refund"),
    ],
}

_EL_C = {
    "path": "/politics/what-otaki-tells-us-about-the-general-election",
    "headline": "What Ōtaki tells us about the general election - and what it doesn't",
    "desc": "Labour's by-election win in Ōtaki was decisive, but the turnout, the advance "
            "vote and history all counsel caution before reading too much into it.",
    "section": "Politics",
    "kicker": "ANALYSIS",
    "byline": "Thomas Rangi-Whitmore",
    "role": "Political Editor",
    "visible_date": "Monday 15 June 2026",
    "hero": "Mereana Tipoki-Hall with supporters at the Ōtaki Memorial Hall on election "
            "night. | Photo: Capital Post / Hinemoa Reid",
    "body": """
At the Ōtaki by-election on Sunday, 13 June, Labour's Mereana Tipoki-Hall won a seat National
had won comfortably at the last general election, turning a 6,350-vote National majority at
the 2023 election into a preliminary Labour majority of 1,204.

That is a big swing by any measure, and Labour wasted no time talking it up. "If Ōtaki can
change, anywhere can," the party's campaign chair, Rawiri Tane, said at the weekend. But
by-elections are notoriously poor predictors of general elections, and there are good reasons
to be careful with this one.

The first is turnout. Only 49.1 per cent of enrolled voters cast a ballot on the preliminary
count, compared with close to 80 per cent at the 2023 general election. Special votes will
push that up a little when the official result is declared on Wednesday 24 June, but it will
still be far below what the electorate will see later this year.

Low-turnout contests reward the side whose voters are most motivated, and in the middle of a
long economic slowdown, that is rarely the governing party. Victoria University of Wellington
political scientist Dr Lena Fairbrother said the pattern was familiar. "Governments lose
by-elections in hard times. What matters is whether the people who stayed home come back in
November, and who they vote for when they do," she said.

[ad]

## The advance vote

The second caution is the advance vote. Of the 25,229 votes counted on the night, 13,940 were
cast before election day, and Labour's field organisers had plainly worked hard to bank them.
Tipoki-Hall led from the first results, which were drawn largely from advance votes, and never
fell behind.

That is an organisational achievement rather than a change of heart, National strategists
argue. National's candidate, Brent Alderson, took 40.7 per cent of the vote to Tipoki-Hall's
45.5 per cent, a closer margin than the headline swing suggests. National's campaign
spokesperson, Sarah Minto, said the party would "reflect on the result and listen".

The third is the candidate. Tipoki-Hall is a nurse and a former Horowhenua district councillor
who has stood in the electorate before and is well known in Levin. The hospital maternity unit
she campaigned to keep open is a local issue with real reach. Alderson, a Waikanae accountant,
was selected only in early May, a little over five weeks before polling day.

## What it does tell us

None of that means the result is meaningless. The swing away from National was broadly even
across the electorate: Labour won voting places in Foxton, Shannon and Waikanae that it lost in
2023, as well as its traditional strongholds in Ōtaki township. The Greens' Sione Faleolo, on
8.5 per cent, held up well, and there was little sign of voters peeling off to the smaller
parties on the right. ACT's Graham Pettigrew managed just over 4 per cent.

"It's a warning, not a verdict," Dr Fairbrother said.

For the Government, the immediate consequences are limited. It retains a working majority in
Parliament, and Tipoki-Hall will sit for only a few months before the general election. But the
result will sharpen nerves among National MPs in provincial seats who won in 2023 with
majorities smaller than Corwell's.

[box]

The Electoral Commission will count about 2,900 special votes before the official declaration.
Specials have tended to favour the left in recent elections, though in an electorate with an
older population, that is not guaranteed.
""",
    "inline": [
        ("Opinion: the by-election the Government didn't need", "/opinion/otaki-by-election"),
        ("Poll: Labour and National level on 34 per cent", "/politics/latest-poll-june"),
    ],
    "related": [
        ("Corwell's new role: the job that triggered a by-election", "/politics/corwell-new-job"),
        ("Five things we learned from the Ōtaki campaign", "/politics/otaki-five-things"),
        ("Budget 2026: the numbers that matter", "/business/budget-2026-numbers"),
    ],
    "most_read": [
        ("Cuba St shop owners say earthquake strengthening costs 'impossible'",
         "/wellington/cuba-st-strengthening"),
        ("Hurricanes sign halfback from Tasman", "/sport/hurricanes-halfback"),
        ("Review: a glorious Midsummer Night's Dream at Circa", "/arts/circa-review"),
    ],
    "tags": ["Ōtaki by-election", "Labour", "National", "Election 2026"],
}

_EL_D = {
    "path": "/elections/otaki-official-result-specials-narrow-majority",
    "headline": "Ōtaki official result: specials narrow Tipoki-Hall's majority to 1,087",
    "desc": "The Electoral Commission has declared the official result of the Ōtaki "
            "by-election. Special votes narrowed Labour's majority but did not change the "
            "winner.",
    "section": "Elections",
    "byline": "Beehive Brief elections desk",
    "body": """
The Electoral Commission has declared Labour's Mereana Tipoki-Hall the winner of the Ōtaki
by-election, with the official count confirming a majority of 1,087 over National's Brent
Alderton.

The official result, released on Wednesday 24 June, was narrower than the election-night
margin of 1,204 after 2,911 special votes were added. Alderton won the specials, taking 1,330
to Tipoki-Hall's 1,213, but the gap was never going to be closed by a count of that size.

Final figures: Tipoki-Hall 12,695; Alderton 11,608; Sione Faleolo (Green) 2,394; Graham
Pettigrew (ACT) 1,131; others 312. A total of 28,140 votes were counted, putting official
turnout at 54.8 per cent of the 51,380 people enrolled, up from 49.1 per cent on the
preliminary count.

Tipoki-Hall's share of the vote slipped slightly, from 45.5 per cent on election night to 45.1
per cent, while Alderton's rose from 40.7 per cent to 41.3 per cent.

[ad]

## No recount

Candidates have three working days after the declaration to apply to a District Court judge
for a judicial recount. Alderton told Beehive Brief he would not be seeking one. "A thousand
votes is a thousand votes. The voters have spoken and I respect that," he said.

Chief Electoral Officer Kathryn Oduya said the by-election had run smoothly. "Advance voting
continues to grow, and we saw a record number of people use it in this electorate," she said.
Advance votes made up 13,940 of the ballots cast before special votes were added.

Tipoki-Hall is expected to be sworn in when Parliament next sits, on Tuesday 30 June. She will
take Labour's caucus to 35 MPs.

## Specials: where they came from

Special votes are cast by people who are not on the printed roll at their voting place, who
enrolled after writ day, or who voted from outside the electorate. In Ōtaki, a commuter
electorate with many residents working in Wellington and Palmerston North, that is a sizeable
group.

National's stronger performance among special voters runs against the pattern of recent general
elections, where specials have typically favoured Labour and the Greens. Strategists on both
sides told us this was likely because older voters who had moved into retirement villages in
Waikanae and Levin since the last election were enrolling late.

## The wider picture

The by-election was triggered by Hamish Corwell's resignation from Parliament in April. Corwell
won the seat in 2023 with a majority of 6,350, so the swing against National was substantial
even after the specials. Labour will hold the seat for only a few months before the general
election, when both main candidates are expected to stand again.

Alderton, an accountant from Waikanae, was confirmed as National's candidate for the general
election within hours of the official declaration. Labour has yet to open its selection for the
seat but is expected to confirm Tipoki-Hall unopposed.

[box]

Polling-place results released with the official count show Labour won 31 of the electorate's
44 voting places, including all four in Ōtaki township and five of the seven in Foxton.
""",
    "inline": [
        ("How a judicial recount works", "/elections/explainer-judicial-recount"),
        ("Election-night numbers: Ōtaki by voting place", "/elections/otaki-prelim-places"),
    ],
    "related": [
        ("Poll of polls: the gap narrows to two points", "/polls/poll-of-polls-june"),
        ("Who's retiring at the general election: the full list", "/parliament/retirements"),
    ],
    "most_read": [
        ("Select committee: 1,400 submissions on the fast-track bill",
         "/parliament/fast-track-submissions"),
        ("People moves: new chief of staff for Deputy PM", "/people-moves/deputy-pm-cos"),
    ],
}

EL_PAIRS = [(_CRIER, _EL_A), (_APA, _EL_B), (_CAPPOST, _EL_C), (_BEEHIVE, _EL_D)]

EL_PLANTED = [
    ("by-election polling day weekday", r"\bsaturday\b", r"\bsunday\b"),
    ("runner-up candidate's surname", r"\balderson\b", r"\balderton\b"),
    ("election-night (preliminary) majority", r"\b1,?204\b", r"\b2,?104\b"),
]


# ===========================================================================
# Story 3 -- ct-EB3 -- court (3 PLANTED)
# ===========================================================================

_MERIDIAN = {
    "name": "Meridian News Agency",
    "domain": "www.meridiannews.example",
    "title_sep": " | ",
    "lang": "en-GB",
    "tagline": "Independent global news since 1961",
    "nav": ["World", "Business", "Legal", "Markets", "Climate", "Technology"],
    "cookie": ("Meridian and its partners use cookies for analytics and advertising. Choose "
               "'Accept' to agree or manage your settings.", "Accept", "Manage settings"),
    "share": ["X", "LinkedIn", "Facebook", "Email"],
    "footer": ["About Meridian", "Trust principles", "Careers", "Contact", "Cookies"],
    "legal": "(c) 2026 Meridian News Agency Ltd, London. All rights reserved.",
    "newsletter": ("Meridian Daily Briefing", "The stories that matter, before you start your "
                                              "day."),
    "related_title": "Read next",
    "popular_title": "Most read on Meridian",
    "top_ad": False,
}

_WCM = {
    "name": "The West Coast Mercury",
    "domain": "www.wcmercury.example",
    "title_sep": " | ",
    "lang": "en-AU",
    "tagline": "Western Australia's business paper",
    "nav": ["News", "Business", "Mining", "Energy", "Property", "Opinion", "Sport"],
    "cookie": ("We use cookies to deliver our services and show you relevant ads. See our "
               "Privacy Policy.", "Accept and close", "Customise"),
    "share": ["Facebook", "X", "LinkedIn", "Email"],
    "share_pos": "bottom",
    "footer": ["Contact", "Subscribe", "Today's paper", "Advertise", "Code of conduct"],
    "legal": "(c) 2026 West Coast Mercury Pty Ltd, Perth WA.",
    "newsletter": ("Resources Daily", "Mining and energy news from the west, every weekday."),
    "related_title": "More mining",
    "popular_title": "Trending in WA",
}

_BENCH = {
    "name": "Bench & Bar Bulletin",
    "domain": "benchbar.example",
    "title_sep": " - ",
    "lang": "en-AU",
    "tagline": "Case notes and commentary for the Australian legal profession",
    "nav": ["High Court", "Federal", "State courts", "Practice", "Careers", "CPD"],
    "cookie": ("Cookies keep you signed in to your CPD account.", "Continue", "Details"),
    "share": ["LinkedIn", "Email", "Print"],
    "footer": ["Contributors", "Subscriptions", "CPD points", "Disclaimer"],
    "legal": "Bench & Bar Bulletin. Commentary is not legal advice.",
    "newsletter": ("High Court Watch", "Every judgment, summarised within 24 hours."),
    "related_title": "Related case notes",
    "popular_title": "Most read case notes",
    "inline_title": "See also",
    "top_ad": False,
}

_SCN = {
    "name": "Southern Cross News",
    "domain": "www.scnews.example",
    "title_sep": " - ",
    "lang": "en-AU",
    "tagline": "Australia's news, live",
    "nav": ["Just In", "Politics", "Business", "Environment", "World", "Sport", "Watch"],
    "cookie": ("We use cookies to measure audiences and improve our services.", "Accept",
               "Decline"),
    "share": ["Facebook", "X", "Email", "Copy link"],
    "footer": ["About SCN", "Editorial policies", "Contact", "Accessibility", "Privacy"],
    "legal": "Southern Cross News acknowledges the Traditional Custodians of the lands on "
             "which we work.",
    "newsletter": None,
    "related_title": "Related coverage",
    "popular_title": "Top stories",
    "body_class": "live-blog",
}

_CT_A = {
    "path": "/legal/2026/11/10/australia-high-court-rejects-miner-marrak-appeal",
    "headline": "Australia's top court rejects Marrak Minerals bid to revive blocked "
                "copper mine",
    "desc": "Australia's High Court dismissed Marrak Minerals' appeal over the refusal of "
            "its Yalgarra copper-gold project, protecting a colony of threatened ghost bats.",
    "section": "Legal",
    "byline": "By Harriet Kemble",
    "authors": ["Harriet Kemble"],
    "visible_date": "10 November 2026 23:14 GMT",
    "ld": {"published": "2026-11-10T23:14:00Z"},
    "body": """
CANBERRA, Nov 10 (Meridian) - Australia's High Court on Wednesday rejected an appeal by Marrak
Minerals against the government's refusal to approve its A$2.1 billion ($1.4 billion) Yalgarra
copper-gold mine, ending a two-year legal fight over a colony of threatened ghost bats.

Five of the court's seven judges dismissed the appeal, finding that Resources Minister Maria
Castellano had not denied the company procedural fairness when she refused the project in
August 2024 without showing it an internal departmental assessment of the bats' roost caves.

The ruling was handed down in Canberra shortly after 10 a.m. local time (2300 GMT on
Tuesday).

Shares in the Perth-based company fell 8.6% to A$1.17 shortly after the Australian market
opened, giving it a market value of about A$410 million.

The Yalgarra project, about 95 km (59 miles) southeast of Port Hedland in Western Australia's
Pilbara region, would have destroyed a series of caves that scientists say house one of the
largest known roosts of ghost bats, Australia's only carnivorous bat, listed as vulnerable
under national law.

[ad]

Marrak argued that a supplementary assessment prepared by the department in July 2024, which
concluded that the bats could not be relocated, was the decisive material before the minister
and that it should have been given a chance to respond to it.

The majority, led by Chief Justice Catherine Ellery-Waugh, said the company had been told
clearly that the fate of the roost caves was the central issue and had addressed it at length.
"The obligation of procedural fairness is not an obligation to disclose every document that
was before the decision-maker," the majority wrote.

Justice Hamid Qureshi, one of two dissenting judges, wrote: "Fairness is not satisfied by an
opportunity to respond to a case one has not been shown." Justice Louise Brennan-Tait also
dissented.

Castellano said the ruling confirmed the decision "was lawfully made and fairly made", adding
that the government supported mining "in the right places, done the right way".

Marrak's managing director, Glenn Ashcombe, said the company was "deeply disappointed" and
would study the 118-page judgment before deciding its next steps, which could include a
redesigned proposal that avoided the caves. The company says it has spent A$310 million on
exploration, studies and approvals at Yalgarra since 2019.

The case had been closely watched by the mining industry, which has complained that Australia's
federal environment approval process is slow and unpredictable. The Federal Court dismissed
Marrak's challenge in June 2025 and the Full Court of the Federal Court upheld that decision
by a 2-1 majority in February.

Conservation groups welcomed the ruling. "This is a good day for the ghost bats and for
everyone who believes the law should mean what it says," said Erin Tully of the Pilbara
Conservation Alliance.

($1 = 1.5190 Australian dollars)
""",
    "trailer": "(Reporting by Harriet Kemble in Sydney; Additional reporting by Tom Alders in "
               "Perth; Editing by Martin Coyle)",
    "related": [
        ("After Juukan Gorge: how Australia tightened cave protections",
         "/world/asia-pacific/cave-rules-explainer"),
        ("Copper climbs to record on supply worries", "/markets/copper-record"),
        ("Canada's top court hears pipeline consultation case", "/legal/canada-pipeline"),
    ],
    "most_read": [
        ("Bank of England holds rates at 3.5%", "/business/boe-holds"),
        ("COP31 talks stall over finance target", "/climate/cop31-stall"),
        ("Airbus lifts delivery target to 820 jets", "/business/airbus-target"),
    ],
}

_CT_B = {
    "path": "/mining/high-court-ends-marrak-yalgarra-fight",
    "headline": "High Court ends Marrak's Yalgarra fight as ghost bats win out",
    "desc": "The High Court has dismissed Marrak Minerals' appeal over its Pilbara copper-gold "
            "project. Shares in the Perth miner plunged in early trade.",
    "section": "Mining",
    "byline": "Kieran Doyle",
    "role": "Resources Reporter",
    "meta_time": "2026-11-11T10:45:00+08:00",
    "hero": "Ghost bats roosting in a Pilbara cave. | Picture: Supplied / Pilbara "
            "Conservation Alliance",
    "body": """
Perth miner Marrak Minerals has lost its last-ditch legal bid to revive the Yalgarra
copper-gold project, after the High Court dismissed its appeal by a 4-3 majority this morning.

The judgment, handed down in Canberra at 7am Perth time, upholds federal Environment Minister
Maria Castellano's 2024 refusal of the $2.1 billion project, which would have destroyed caves
sheltering one of the Pilbara's largest colonies of ghost bats.

Marrak shares fell as much as 12.5 per cent to $1.12 in early trade and were down 10.2 per cent
at $1.15 at 10.30am WST, wiping more than $40 million off the company's value.

Managing director Glenn Ashcombe said the board was "deeply disappointed" and would "consider
the judgment carefully over the coming days". He did not rule out a redesigned proposal.

"We still believe Yalgarra can be built in a way that protects the bat population, and we will
look at every option to bring that to the Minister," Mr Ashcombe said. "What we won't do is
walk away from a resource of this quality."

[ad]

The project, 95km south-east of Port Hedland, was expected to create about 1,200 construction
jobs and 450 ongoing roles. Marrak has spent $310 million on exploration, studies and approvals
since 2019.

At the heart of the case was a supplementary assessment prepared by the federal environment
department in July 2024, which found the bats could not be safely moved to other caves. Marrak
was never shown the document before Ms Castellano made her decision in August that year.

The company argued that meant it had been denied procedural fairness. The Federal Court
rejected that argument in June last year, and the Full Federal Court dismissed Marrak's appeal
2-1 in February.

In the High Court, the majority found Marrak had been told plainly that the roost caves were
the critical issue and had made detailed submissions on it. Justice Hamid Qureshi, one of the
dissenting judges, said fairness was "not satisfied by an opportunity to respond to a case one
has not been shown".

## Industry alarm

WA Resources Council chief executive Tom Beverley said the ruling would "send a chill through
every project proponent in the state".

"The lesson from Yalgarra is that you can spend hundreds of millions of dollars, do everything
you're asked, and still not see the document that sinks you," he said. "Federal approvals need
to be faster and more transparent, and this case shows why."

Ms Castellano said the court had confirmed her decision was "lawfully made and fairly made",
and that the Commonwealth would continue to approve mines "in the right places, done the right
way".

The Pilbara Conservation Alliance's Erin Tully, who has campaigned against the project for five
years, said the ruling was "a good day for the ghost bats and for everyone who believes the law
should mean what it says".

Marrak was also ordered to pay the Commonwealth's legal costs. Analysts at Perth broker
Swanbourne Partners cut their price target on the stock to $1.05 from $1.60, saying the
company's other projects were years from production.

[box]
""",
    "inline": [
        ("Timeline: Yalgarra from discovery to the High Court", "/mining/marrak-timeline"),
        ("Ghost bats: why a small mammal stopped a big mine", "/news/ghost-bats-explainer"),
    ],
    "related": [
        ("Iron ore slips below US$100 as Chinese steel output falls", "/mining/iron-ore-slips"),
        ("Lithium miner posts $86m quarterly loss", "/mining/lithium-quarterly-loss"),
        ("Port Hedland shipments hit record 49 million tonnes", "/mining/port-hedland-record"),
    ],
    "most_read": [
        ("Perth house prices rise 1.1 per cent in October", "/property/perth-prices-october"),
        ("Fremantle Dockers sign key forward on four-year deal", "/sport/dockers-forward"),
        ("Metronet: new line opening date set for March", "/news/metronet-opening"),
    ],
    "tags": ["Marrak Minerals", "High Court", "Environment", "Pilbara"],
}

_CT_C = {
    "path": "/high-court/marrak-minerals-v-minister-environment-water-2026-hca-41",
    "headline": "Marrak Minerals v Minister for the Environment and Water [2026] HCA 41: "
                "fairness does not require disclosure of every document",
    "desc": "Case note: the High Court's 5-2 decision on procedural fairness and "
            "undisclosed departmental assessments under the EPBC Act.",
    "section": "High Court",
    "byline": "Priyanka Deshmukh",
    "role": "Barrister, Sydney",
    "read_time": "8 min read",
    "body": """
The High Court has dismissed Marrak Minerals Pty Ltd's appeal in its long-running challenge to
the refusal of the Yalgarra copper-gold project, holding by a majority of five to two that the
Minister for the Environment and Water did not deny the company procedural fairness.

Judgment was delivered in Canberra at 10am AEDT on 11 November. The joint reasons of Chief
Justice Ellery-Waugh and Justices Mandalis, Rao and McCrindle command the majority, with
Justice Oyelaran concurring in separate reasons. Justices Qureshi and Brennan-Tait each wrote a
dissent. The judgment runs to 118 pages.

## Background

In August 2024 the Minister, Ms Maria Castellano, refused to approve the project under the
Environment Protection and Biodiversity Conservation Act 1999 (Cth). The decisive concern was
the project's effect on a series of caves about 95 kilometres south-east of Port Hedland that
house a large roost of ghost bats (Macroderma gigas), a species listed as vulnerable.

Before the decision, the department prepared a supplementary assessment, dated July 2024,
concluding that the roost could not be relocated and that offsets would not compensate for its
loss. Marrak was not shown the supplementary assessment. It had, however, been told in a letter
from the department that the Minister's "principal concern" was the roost caves, and it made
three rounds of submissions on the subject, including expert reports on relocation.

Justice Harrow, at first instance in the Federal Court, dismissed the application in June 2025.
The Full Court of the Federal Court dismissed the appeal in February 2026, by majority (2-1).
Special leave was granted in May, and the appeal was heard over two days on 4 and 5 August.

## The majority

The joint reasons begin from the proposition that the content of procedural fairness is
governed by the statutory context and the circumstances of the case. The question is whether
the person affected was given a fair opportunity to deal with the critical issues, and with
adverse material that is credible, relevant and significant, and that the decision-maker
proposes to take into account.

"The obligation of procedural fairness is not an obligation to disclose every document that
was before the decision-maker," their Honours wrote. Marrak "was told, in terms, that the effect
on the roost caves was the critical issue, and it addressed that issue at length". The
supplementary assessment, on the majority's analysis, drew conclusions from material Marrak
already had and did not introduce a new issue.

Justice Oyelaran agreed in the orders but placed more weight on the structure of the EPBC Act,
which in his Honour's view contemplates departmental advice to the Minister that is not shared
with the proponent.

[ad]

## The dissents

Justice Qureshi would have allowed the appeal. His Honour characterised the supplementary
assessment as the "fulcrum" of the decision, not merely a summary of existing material, because
it was the only document that concluded relocation was impossible. "Fairness is not satisfied
by an opportunity to respond to a case one has not been shown," he wrote.

Justice Brennan-Tait reached the same result by a different route, focusing on the Minister's
statement of reasons, which quoted the supplementary assessment four times. On her Honour's
reading the assessment "was, on any view, the decisive material".

## Significance

For practitioners, the decision confirms that proponents under the EPBC Act cannot expect to
see internal departmental briefs, provided the critical issue has been identified and the
proponent has had a genuine opportunity to address it. The 5-2 split, and the strength of the
dissents, suggest the boundary between a summary of known material and new adverse material
will continue to be litigated.

The orders: appeal dismissed, with costs.

[box]
""",
    "inline": [
        ("Procedural fairness after Kioa v West: a refresher", "/practice/kioa-refresher"),
        ("Full Federal Court: Marrak Minerals (2-1), our February note",
         "/federal/marrak-full-court-note"),
    ],
    "related": [
        ("[2026] HCA 39: statutory interpretation and extrinsic materials",
         "/high-court/2026-hca-39"),
        ("Special leave grants: October sittings", "/high-court/special-leave-october"),
    ],
    "most_read": [
        ("NSW Court of Appeal on costs in representative proceedings",
         "/state-courts/nswca-costs"),
        ("CPD: ethics and AI drafting tools (1 point)", "/cpd/ethics-ai"),
    ],
}

_CT_D = {
    "path": "/news/live/high-court-marrak-minerals-yalgarra-judgment-live",
    "headline": "Live: High Court rules on Marrak Minerals' Yalgarra mine appeal",
    "desc": "Follow live as the High Court hands down its judgment in the Yalgarra ghost bat "
            "case, with reaction from the company, the Minister and conservationists.",
    "section": "Environment",
    "kicker": "LIVE",
    "byline": "Nadia Fenwick and Lachie Brandt",
    "visible_date": "Wednesday 11 November 2026",
    "live_ads": (2, 6),
    "live": [
        ("9.35am AEDT", None, "Judgment day for Yalgarra",
         """Good morning from outside the High Court in Canberra, where the seven justices will
hand down judgment at 10am in Marrak Minerals v Minister for the Environment and Water. The
Perth miner is appealing against the 2024 refusal of its Yalgarra copper-gold project in the
Pilbara. Conservationists with cardboard ghost bats have gathered on the forecourt; Marrak's
lawyers arrived about 20 minutes ago."""),
        ("10.02am", None, "Appeal dismissed",
         """The High Court has dismissed Marrak's appeal by a majority of five to two. The
decision means Environment Minister Maria Castellano's refusal of the $2.1 billion mine
stands. Marrak has also been ordered to pay the Commonwealth's costs."""),
        ("10.09am", None, "What the majority said",
         """The joint majority reasons say Marrak was "told, in terms, that the effect on the
roost caves was the critical issue, and it addressed that issue at length". They add: "The
obligation of procedural fairness is not an obligation to disclose every document that was
before the decision-maker.\""""),
        ("10.15am", None, "'A case one has not been shown'",
         """In the most striking passage of the 118-page judgment, Chief Justice Catherine
Ellery-Waugh wrote: "Fairness is not satisfied by an opportunity to respond to a case one has
not been shown." Justices Hamid Qureshi and Louise Brennan-Tait dissented, saying Marrak should
have been shown the department's July 2024 supplementary assessment of the roost."""),
        ("10.40am", None, "Marrak shares plunge",
         """Marrak Minerals shares have fallen as much as 12.5 per cent to $1.12 on the ASX,
from Tuesday's close of $1.28. Around 6 million shares have changed hands already, more than
three times a normal day's volume."""),
        ("11.20am", None, "Minister: 'lawfully made and fairly made'",
         """Environment and Water Minister Maria Castellano has released a statement. "The
court has confirmed that my decision was lawfully made and fairly made," she says. "The
Government supports mining in the right places, done the right way." She says her department
has already met Marrak twice this year to discuss "alternative configurations" of the mine."""),
        ("12.05pm", None, "Marrak 'deeply disappointed'",
         """Marrak managing director Glenn Ashcombe says the company is "deeply disappointed"
and will study the judgment before deciding its next steps. He points to the $310 million the
company has spent at Yalgarra since 2019 and the 1,200 construction jobs the project promised.
"What we won't do is walk away from a resource of this quality," he says."""),
        ("1.30pm", None, "Conservationists celebrate, industry fumes",
         """Erin Tully of the Pilbara Conservation Alliance called it "a good day for the ghost
bats". The WA Resources Council's Tom Beverley said the ruling would "send a chill through
every project proponent in the state" and repeated calls for faster federal approvals. Ghost
bats are Australia's only carnivorous bat; the Yalgarra caves are thought to hold one of the
largest roosts in the Pilbara."""),
        ("4.20pm", None, "Marrak closes down 9.4 per cent",
         """Marrak shares have closed at $1.16, down 9.4 per cent on the day, having recovered
some ground from their morning low. That's where we'll leave our live coverage. Thanks for
following along."""),
    ],
    "related": [
        ("What is procedural fairness? The legal question at the heart of Yalgarra",
         "/news/explainer-procedural-fairness"),
        ("Ghost bat numbers fall 30 per cent in a decade, survey finds",
         "/environment/ghost-bat-survey"),
        ("Environment law overhaul delayed until 2027", "/politics/epbc-overhaul-delay"),
    ],
    "most_read": [
        ("Heatwave warning for western Sydney as temperatures tip 41C",
         "/news/sydney-heatwave"),
        ("Matildas name squad for Asian Cup qualifiers", "/sport/matildas-squad"),
        ("Cost of living: grocery prices up 3.2 per cent in a year", "/business/grocery-prices"),
    ],
}

CT_PAIRS = [(_MERIDIAN, _CT_A), (_WCM, _CT_B), (_BENCH, _CT_C), (_SCN, _CT_D)]

CT_PLANTED = [
    ("High Court vote split",
     r"\b5\s*[-\u2013]\s*2\b|\bfive\s*(?:to|-)\s*two\b|\bfive of (?:the )?(?:court's )?seven\b",
     r"\b4\s*[-\u2013]\s*3\b|\bfour\s*(?:to|-)\s*three\b"),
    ("Maria Castellano's portfolio",
     r"environment(?: and water)? minister|minister for the environment",
     r"resources minister"),
    ("author of the 'case one has not been shown' passage",
     r"qureshi",
     r"ellery[- ]?waugh"),
]


# ===========================================================================
# Story 4 -- tr-EB4 -- trade (CONTROL)
# ===========================================================================

_AEW = {
    "name": "Austral Economic Wire",
    "domain": "www.aewire.example",
    "title_sep": " | ",
    "lang": "en-AU",
    "tagline": "Economic data and policy, as it breaks",
    "nav": ["Economy", "Markets", "Policy", "Commodities", "Data", "Calendar"],
    "cookie": ("AEW uses cookies to remember your data alerts and for analytics.", "Accept",
               "Cookie settings"),
    "cookie_pos": "bottom",
    "share": ["X", "LinkedIn", "Email"],
    "footer": ["About AEW", "Data licensing", "Corrections policy", "Contact"],
    "legal": "(c) 2026 Austral Economic Wire Pty Ltd.",
    "newsletter": None,
    "related_title": "More data",
    "popular_title": "Latest headlines",
    "top_ad": False,
}

_REDDIRT = {
    "name": "Red Dirt Report",
    "domain": "reddirtreport.example",
    "title_sep": " - ",
    "lang": "en-AU",
    "tagline": "News from the Pilbara, the Goldfields and the Kimberley",
    "nav": ["Pilbara", "Goldfields", "Kimberley", "Mining", "Jobs", "Community"],
    "cookie": ("G'day. We use cookies to see which stories you read so we can write more of "
               "them.", "No worries", "Tell me more"),
    "share": ["Facebook", "Email"],
    "share_pos": "bottom",
    "footer": ["About", "Advertise with us", "Job ads", "Contact"],
    "legal": "Red Dirt Report is published in Karratha, WA.",
    "newsletter": ("Red Dirt Weekly", "Mining, jobs and community news from the north-west."),
    "related_title": "Recent stories",
    "popular_title": "Most read",
}

_BULKBOX = {
    "name": "Bulk & Box Freight Weekly",
    "domain": "bulkbox.example",
    "title_sep": " | ",
    "lang": "en",
    "tagline": "Shipping, ports and commodity freight in Asia-Pacific",
    "nav": ["Dry bulk", "Containers", "Ports", "Tankers", "Data", "Events"],
    "cookie": ("We use cookies to provide subscriber services and analytics.", "Accept",
               "Manage"),
    "share": ["LinkedIn", "X", "Email"],
    "footer": ["Subscribe", "Advertise", "Events", "Terms", "Privacy"],
    "legal": "Bulk & Box Freight Weekly is published in Singapore and Sydney.",
    "newsletter": ("Dry Bulk Daily", "Freight rates, fixtures and port data every morning."),
    "related_title": "Related",
    "popular_title": "Most read",
    "inline_title": "Further reading",
}

_TR_A = {
    "path": "/economy/2026/11/05/australia-september-trade-surplus-widens",
    "headline": "Australia's trade surplus widens to A$5.12 billion as iron ore shipments "
                "jump",
    "desc": "Australia's goods trade surplus widened more than expected in September, helped by "
            "higher metal ore exports, ABS data showed.",
    "section": "Economy",
    "byline": "By Dominic Ferris",
    "authors": ["Dominic Ferris"],
    "ld": {"published": "2026-11-05T00:34:00Z", "modified": "2026-11-05T01:20:00Z"},
    "body": """
SYDNEY, Nov 5 (AEW) - Australia's trade surplus widened more than expected in September as
shipments of iron ore and other metal ores rose, official data showed on Thursday, suggesting
net exports made a positive contribution to economic growth in the third quarter.

The seasonally adjusted surplus on goods trade rose to A$5.12 billion in September, the
Australian Bureau of Statistics (ABS) said, from a downwardly revised A$4.38 billion in August.
Economists polled by AEW had expected a surplus of A$4.70 billion.

August's surplus was originally reported as A$4.61 billion.

Exports of goods rose 2.1% in the month to A$43.90 billion, while imports rose 0.4% to A$38.78
billion.

Exports of metal ores and minerals increased A$880 million, or 6.8%, driven by iron ore, while
coal exports fell 3.1% as prices for metallurgical coal eased. Rural goods exports rose A$210
million on strong wheat and barley shipments.

"Metal ores and minerals exports rose on higher volumes of iron ore, with prices broadly
steady," said Kylie Tran, head of international statistics at the ABS.

[ad]

On the import side, consumption goods rose 1.9% while capital goods imports fell 2.2%, with
fewer purchases of industrial machinery and aircraft.

For the September quarter as a whole, the surplus totalled A$14.7 billion.

Bellbird Bank senior economist Marcus Fenn estimated that net exports would add about 0.3
percentage points to gross domestic product growth in the third quarter. "It's a solid end to
the quarter. The iron ore volumes out of the Pilbara were better than we expected," he said.

In original, or unadjusted, terms the surplus was A$5.37 billion.

The Australian dollar edged up to $0.6612 from $0.6598 before the data.

Goods exports to China, Australia's largest trading partner, rose 4.3% to A$14.2 billion.

Treasurer Michael Drummond-Lee said the figures showed "the resilience of our export base at
a time of real uncertainty in the global economy". Trade Minister Aisha Karimi said a
diversification push was working, pointing to higher shipments to India and Southeast Asia.

Not everyone expects the strength to last. "Chinese steel production has been falling
for several months, and we think iron ore prices drift lower through 2027, which will squeeze
export values even if volumes hold up," said Joanne Whitby, chief economist at Koala
Securities. She said non-monetary gold, a volatile component of the trade figures, had been
little changed in September and was not behind the beat.

The surplus remains well below the peaks of 2022, when record commodity prices pushed monthly
surpluses above A$15 billion. Monthly surpluses have mostly ranged between A$4 billion and
A$7 billion since early 2024.

The ABS will publish balance of payments data, including services trade, for the September
quarter on Dec. 1, the day before the quarterly national accounts.
""",
    "trailer": "(Reporting by Dominic Ferris; Editing by Jane Whitlock)",
    "related": [
        ("Australian retail sales rise 0.5% in September", "/economy/retail-sales-sept"),
        ("RBA holds cash rate at 3.35%, flags patience", "/policy/rba-november"),
        ("China's October iron ore imports dip 2% from record", "/commodities/china-ore"),
    ],
    "most_read": [
        ("NZ unemployment rises to 5.4%", "/economy/nz-jobs-q3"),
        ("Australian building approvals fall 4.2%", "/economy/building-approvals"),
        ("Gold steadies near record", "/commodities/gold-steadies"),
    ],
}

_TR_B = {
    "path": "/mining/iron-ore-powers-surplus-as-hedland-shipments-surge",
    "headline": "Pilbara iron ore powers national trade surplus as Hedland shipments surge",
    "desc": "Iron ore from the Pilbara drove a bigger than expected trade surplus in "
            "September, with Port Hedland exports the strongest in more than a year.",
    "section": "Mining",
    "byline": "By Shannon Cooke",
    "visible_date": "Posted 9:05am AWST, Thursday 5 November 2026",
    "hero": "An ore carrier loads at Port Hedland. | Photo: Red Dirt Report",
    "body": """
Iron ore from the Pilbara has again carried the national trade figures, with Australia's goods
surplus growing to $5.12 billion in September, according to data released by the Australian
Bureau of Statistics at 8.30am WST today.

Metal ores and minerals exports jumped $880 million, or 6.8 per cent, on the month, the
biggest increase since March. The ABS said the rise was driven by higher volumes of iron ore,
with prices broadly unchanged.

That matches what people in Port Hedland have seen from the shoreline. Pilbara Ports figures
released last month show 48.3 million tonnes of cargo left Port Hedland in September, up from
45.9 million tonnes in August, with iron ore making up almost all of it.

"The harbour has been as busy as I've seen it," said Port Hedland tug master Wayne Pittaway, who
has worked on the harbour for 17 years. "We had 22 ships at anchor one weekend in September. The
crews are flat out."

[ad]

The national surplus was well ahead of the $4.7 billion economists had forecast and up from
$4.38 billion in August. The ABS revised August's figure down from the $4.61 billion it first
reported a month ago.

Across the whole economy, exports rose 2.1 per cent and imports edged up 0.4 per cent. Coal, the
other big bulk commodity, went the other way, with exports down 3.1 per cent.

## Prices steady, volumes up

Iron ore was trading at about US$104.50 a tonne in Singapore on Wednesday, little changed from
a month earlier. That means the September jump came from tonnes rather than dollars, which is
good news for jobs in the region: more tonnes means more shifts on the railways, at the car
dumpers and on the ship loaders.

Town of Port Hedland mayor Carol Mbeki-Stewart said the numbers were "a reminder of what this
town does for the country". "Every time the national numbers look good, it's worth remembering
that a lot of it comes through our harbour," she said.

Pilbara Chamber of Commerce president Dean Okafor said local businesses were seeing the benefit,
but housing remained a constraint. "We've got employers who can't fill jobs because there is
nowhere for people to live. Record tonnes don't fix that," he said.

Treasurer Michael Drummond-Lee said the figures showed the "resilience of our export base".

## The quarter

Over the September quarter the surplus added up to $14.7 billion. Bellbird Bank senior economist
Marcus Fenn said trade would add about 0.3 percentage points to economic growth for the quarter.

Not all the news is good for the north-west. Exports to China rose 4.3 per cent in September,
but Chinese steel output has been falling, and some analysts expect iron ore demand to soften in
the new year.

"Nobody up here takes it for granted," Mr Pittaway said. "We've seen the down years too."

[box]
""",
    "inline": [
        ("Karratha housing: 140 new lots released", "/community/karratha-lots"),
        ("FIFO roster changes at two Newman mines", "/pilbara/newman-rosters"),
    ],
    "related": [
        ("Goldfields gold miner lifts output 8 per cent", "/goldfields/gold-output"),
        ("Broome airport upgrade gets $18m", "/kimberley/broome-airport"),
        ("Hedland tug crews vote on new pay deal", "/pilbara/tug-pay-deal"),
    ],
    "most_read": [
        ("Cyclone season outlook: two to four systems likely", "/community/cyclone-outlook"),
        ("Tom Price footy club celebrates 60 years", "/community/tom-price-footy"),
        ("Road train rollover closes Great Northern Hwy", "/pilbara/road-train-rollover"),
    ],
}

_TR_C = {
    "path": "/dry-bulk/australia-september-trade-ore-volumes-container-imports",
    "headline": "Australia's September trade: ore volumes up, container imports flat",
    "desc": "What the ABS goods trade release for September says about dry bulk demand out of "
            "the Pilbara and container flows into the east coast ports.",
    "section": "Dry bulk",
    "byline": "Rohan Pillai, Asia-Pacific Editor",
    "read_time": "5 min",
    "body": """
Australia's monthly goods trade figures for September, released by the Australian Bureau of
Statistics (ABS) at 11.30am Canberra time on 5 November, confirm what freight markets had
already priced in: a strong month for iron ore volumes and a quiet one for everything in a box.

The seasonally adjusted goods surplus came in at A$5.12 billion (about US$3.39 billion), against
a consensus of around A$4.7 billion. Goods exports rose 2.1% month on month to A$43.90 billion,
and imports rose 0.4% to A$38.78 billion.

## Dry bulk: it is about the tonnes

The A$880 million (6.8%) rise in exports of metal ores and minerals was, according to the ABS,
volume-driven. That lines up with port data. Pilbara Ports figures show Port Hedland shipped
48.3 million tonnes (about 53.2 million short tons) in September, up from 45.9 million tonnes
in August, the best month for the port since mid-2025.

Capesize rates out of Western Australia to Qingdao firmed to around US$10.80 a tonne during
September as Chinese mills restocked ahead of the October holidays, before slipping back in the
first week of October. Coal was weaker: export values fell 3.1%, reflecting softer
metallurgical coal prices more than any drop in volumes through Dalrymple Bay or Newcastle.

[ad]

## Boxes: flat, with a tilt to consumer goods

On the import side, consumption goods rose 1.9% and capital goods fell 2.2%. Container operators
at the east coast ports describe a similar pattern: steady flows of consumer goods ahead of the
Christmas peak and fewer project cargoes and machinery imports.

"Retailers front-loaded in August, so September was always going to be a bit flat," said Leona
Park, a Sydney-based freight forwarder with Tasman Cargo Partners. "October and November will
tell you more about how confident they are for Christmas."

## Revisions and the quarter

The ABS revised August's surplus down to A$4.38 billion from the A$4.61 billion first published,
mostly on revised import data. Revisions of that size are common in the monthly series and
rarely change the quarterly picture much.

For the September quarter, the surplus was A$14.7 billion. Economists estimate net exports will
add around 0.3 percentage points to quarterly GDP growth when the national accounts are released
in early December.

In original terms, before seasonal adjustment, the September surplus was A$5.37 billion. China
took A$14.2 billion of Australian goods exports in September, up 4.3% on August.

## What it means for shipping

For dry bulk owners, the Australian numbers support the view that Pilbara output will stay near
record levels through the end of the year, provided the cyclone season is kind. Freight analysts
at Lumen Maritime expect Western Australian iron ore exports of around 890 million tonnes for
2026 as a whole.

For container lines, the import data is a reminder that the Australian trades remain a
steady rather than spectacular market. Box volumes through the five major container ports rose
about 1% in the year to September, according to port authority data compiled by Bulk & Box.

The Australian dollar was little changed on the release at about US$0.661.

[box]
""",
    "inline": [
        ("Capesize outlook: Simandou and the 2027 ore market", "/dry-bulk/capesize-2027"),
        ("Port Botany: landside congestion eases", "/ports/botany-landside"),
    ],
    "related": [
        ("Baltic Dry Index falls for fifth session", "/data/bdi-fifth-session"),
        ("Indonesia coal exports hit monthly record", "/dry-bulk/indonesia-coal-record"),
        ("New Zealand log exports to China down 11%", "/dry-bulk/nz-logs-china"),
    ],
    "most_read": [
        ("Singapore bunker sales steady at 4.5 million tonnes", "/tankers/singapore-bunkers"),
        ("Red Sea transits: the slow return", "/containers/red-sea-return"),
    ],
}

TR_PAIRS = [(_AEW, _TR_A), (_REDDIRT, _TR_B), (_BULKBOX, _TR_C)]


# ===========================================================================
# Story 5 -- rk-EB5 -- rocket (CONTROL)
# ===========================================================================

_ORBEAT = {
    "name": "Orbital Beat",
    "domain": "orbitalbeat.example",
    "title_sep": " | ",
    "lang": "en-US",
    "tagline": "Launch news, every launch",
    "nav": ["Launches", "Schedule", "Companies", "Science", "Defense", "Podcast"],
    "cookie": ("We use cookies and similar technologies for analytics and ads. California "
               "residents: Do Not Sell My Info.", "Accept", "Do Not Sell My Info"),
    "share": ["X", "Facebook", "Reddit", "Email"],
    "footer": ["About", "Launch schedule", "Advertise", "Contact", "Privacy"],
    "legal": "(c) 2026 Orbital Beat Media LLC, Cocoa Beach, Florida.",
    "newsletter": ("Launch Alerts", "Get an email before every orbital launch, worldwide."),
    "related_title": "More launch coverage",
    "popular_title": "Popular now",
}

_BWSTAR = {
    "name": "Burdekin & Whitsunday Star",
    "domain": "www.bwstar.example",
    "title_sep": " - ",
    "lang": "en-AU",
    "tagline": "Bowen, Ayr, Proserpine and Airlie Beach",
    "nav": ["Local news", "Launch", "Council", "Rural", "Sport", "Classifieds"],
    "cookie": ("We use cookies to improve your experience and to show local advertising.",
               "Accept", "Settings"),
    "share": ["Facebook", "X", "Email"],
    "footer": ["Contact the Star", "Place a notice", "Advertise", "Privacy"],
    "legal": "(c) 2026 Burdekin & Whitsunday Star. Proudly local.",
    "newsletter": ("Star Daily", "Local news from the Burdekin and Whitsundays, every morning."),
    "related_title": "More launch news",
    "popular_title": "Most read",
    "body_class": "live-blog",
}

_SSL = {
    "name": "Smallsat Ledger",
    "domain": "smallsatledger.example",
    "title_sep": " -- ",
    "lang": "en",
    "tagline": "The business of small satellites and small launchers",
    "nav": ["Launch", "Satellites", "Funding", "Policy", "Data", "Jobs"],
    "cookie": ("Cookies help us run subscriptions and measure readership.", "Accept",
               "Preferences"),
    "share": ["LinkedIn", "X", "Email"],
    "share_pos": "bottom",
    "footer": ["Subscribe", "About", "Launch database", "Contact"],
    "legal": "Smallsat Ledger. All rights reserved.",
    "newsletter": ("Ledger Weekly", "Deals, launches and contracts in one email."),
    "related_title": "Related",
    "popular_title": "Most read",
    "inline_title": "From the archive",
}

_RK_A = {
    "path": "/2026/07/15/tasman-orbital-kestrel-reaches-orbit-second-flight",
    "headline": "Tasman Orbital's Kestrel reaches orbit on second try, deploys three satellites",
    "desc": "The Australian startup's two-stage Kestrel rocket reached orbit from Queensland "
            "and released three small satellites, nine months after a failed debut.",
    "section": "Launches",
    "byline": "By Caleb Whitford",
    "authors": ["Caleb Whitford"],
    "visible_date": "July 15, 2026, 6:10 p.m. EDT",
    "ld": {"published": "2026-07-15T22:10:00Z"},
    "hero": "Tasman Orbital's Kestrel rocket lifts off from its pad near Bowen, Queensland. "
            "| Credit: Tasman Orbital",
    "body": """
Australian launch startup Tasman Orbital reached orbit for the first time Wednesday, with its
Kestrel rocket lifting off from a pad on Queensland's coast and deploying three small
satellites, nine months after the vehicle's debut flight ended in failure seconds after
liftoff.

The 24-meter (79-foot) Kestrel lifted off at 4:42 p.m. EDT (2042 GMT) Wednesday, which was
6:42 a.m. Thursday local time at the company's launch site near Abbot Point, north-west of the
town of Bowen. The launch came 12 minutes into a window that opened at 6:30 a.m. local time,
after a short hold for upper-level winds.

The first stage, powered by nine kerosene-fueled engines, burned for about two and a half
minutes before separating at T+2 minutes 38 seconds. The second stage shut down at T+8:51 and,
after a coast and a short circularization burn, began releasing its payloads 58 minutes after
liftoff. The last of the three satellites was deployed about four minutes later, into an orbit
roughly 330 miles (530 kilometers) high, inclined 43 degrees to the equator.

"Orbit. We are an orbital launch company," Tasman Orbital co-founder and CEO Lachlan
Pryor-Nguyen said on the company's webcast, to cheers from the control room in Bowen. "Eight
years of work, two scrubs this week, and a lot of people who never stopped believing."

[ad]

The mission, nicknamed "Second Wind," had been scrubbed twice this week, both times on mornings
local time: on Tuesday because of upper-level winds, and on Wednesday, with 11 minutes left in
the countdown, because of a faulty sensor on a ground-side valve.

Kestrel's first launch, on Oct. 9, 2025, ended 37 seconds after liftoff when the rocket lost
roll control and its flight termination system was activated. An investigation traced the
problem to a software error in the roll-control logic, which the company says it has fixed and
tested in more than 400 simulated flights.

The three payloads on Flight 2 were an Earth-imaging cubesat, Mulga-1, for Brisbane-based
Capricorn Space Lab; Kahu-2, a ship-tracking satellite for New Zealand startup Kahu Data; and
Lyrebird, a radio technology demonstrator funded by the Australian Space Agency. Together they
weighed 142 kilograms (313 pounds). Kestrel is designed to carry up to 300 kilograms to low
Earth orbit.

Enrico Salvatore, head of the Australian Space Agency, called the launch "a landmark for
Australian industry." The agency has backed the company with grants, and Tasman Orbital raised
A$85 million (about $55 million) in a funding round in March.

Tasman Orbital joins a small but growing group of commercial companies that have reached orbit
with a new small launcher in the past decade. It hopes to fly Kestrel up to four times in 2027
and says the next flight, carrying a payload for a Japanese customer, is planned for late this
year.

"The next milestone is doing it again," Pryor-Nguyen said. "And then doing it again."
""",
    "related": [
        ("Launch roundup: 11 launches scheduled this week", "/2026/07/13/launch-roundup"),
        ("Kestrel's first flight ends 37 seconds after liftoff", "/2025/10/09/kestrel-failure"),
        ("Small-launch rivals: who is next to orbit?", "/2026/06/30/small-launch-rivals"),
    ],
    "most_read": [
        ("Heavy-lift test flight slips to August", "/2026/07/14/heavy-lift-slip"),
        ("ESA picks two companies for cargo return study", "/2026/07/10/esa-cargo"),
        ("Cape weather: what the new hurricane season means for launches",
         "/2026/07/08/cape-weather"),
    ],
    "tags": ["Tasman Orbital", "Kestrel", "Australia", "Small launch"],
}

_RK_B = {
    "path": "/launch/live-kestrel-flight-2-second-wind-launch-bowen",
    "headline": "LIVE: Kestrel lifts off from Abbot Point - all three satellites deployed",
    "desc": "Live updates from Tasman Orbital's third attempt to launch Kestrel Flight 2 from "
            "Abbot Point, north-west of Bowen.",
    "section": "Launch",
    "kicker": "Live",
    "byline": "Star reporters Bree Halloran and Matt Giordano",
    "meta_time": "2026-07-16T05:50:00+10:00",
    "meta_modified": "2026-07-16T08:05:00+10:00",
    "newest_first": True,
    "live_ads": (3, 7),
    "live": [
        ("5.50am", "2026-07-16T05:50:00+10:00", "Third time lucky?",
         """Good morning from the viewing area on the Bruce Highway, where a few hundred people
have already set up camp chairs for Tasman Orbital's third go at launching Kestrel Flight 2.
The launch window opens at 6.30am and runs for two hours. Tuesday's attempt was called off
because of high-altitude winds and yesterday's was scrubbed 11 minutes before liftoff because
of a sensor on a ground valve."""),
        ("6.05am", None, "Fuelling complete",
         """The company says Kestrel is fully fuelled with kerosene and liquid oxygen. Weather is
clear, light south-easterly on the ground. The rocket is 24 metres tall and carries three
satellites for this mission, which the company has nicknamed "Second Wind"."""),
        ("6.30am", None, "Window open - short hold for winds",
         """The window has opened but the team is holding to let upper-level winds ease. The
webcast commentator says they hope to go "within the next 15 minutes"."""),
        ("6.42am", "2026-07-16T06:42:00+10:00", "LIFTOFF",
         """Kestrel has lifted off from Abbot Point at 6.42am! The sound took several seconds to
reach us here, a deep crackle that rolled across the paddocks. Cheers and car horns up and down
the highway."""),
        ("6.45am", None, "Stage separation",
         """The first stage has separated and the second stage engine has lit, at about two
minutes and 38 seconds into the flight. This is much further than the first Kestrel got last
October, when the flight ended after 37 seconds."""),
        ("6.51am", None, "Second stage engine cutoff",
         """Second stage engine cutoff confirmed at just under nine minutes. The company says
the vehicle is in a preliminary orbit and will coast before a short burn to circularise at
about 530km."""),
        ("7.20am", None, "Waiting for deployment",
         """The webcast has gone quiet while the second stage coasts. Deployment of the first
satellite is expected just before 7.40am. Some of the crowd are already packing up."""),
        ("7.40am", None, "First two satellites deployed",
         """Tasman Orbital confirms two of the three satellites have separated: Mulga-1 for
Capricorn Space Lab and Kahu-2 for New Zealand's Kahu Data."""),
        ("7.47am", None, "All three deployed",
         """The third satellite, the Australian Space Agency-funded Lyrebird, has been released,
about an hour after liftoff. That's all three. "We are an orbital launch company," co-founder
and chief executive Dr Lachlan Pryor-Nguyen told the webcast."""),
        ("8.05am", "2026-07-16T08:05:00+10:00", "What it means for Bowen",
         """Whitsunday Regional Council mayor Kerrie Dunstan said the launch put Bowen "on the
map for the right reasons". The company employs 64 people at Abbot Point and about 180 in
Brisbane, and has said it wants to fly up to four times next year. Chief engineer Hemi Walker,
who grew up in Christchurch, said the team would "sleep for a day and then start on Flight 3".
That's the end of our live coverage."""),
    ],
    "related": [
        ("Launch day road closures: what you need to know", "/launch/road-closures"),
        ("Tuesday's launch called off because of winds", "/launch/tuesday-scrub"),
        ("Bowen's space industry: 64 local jobs and counting", "/launch/bowen-jobs"),
    ],
    "most_read": [
        ("Mango season forecast: early flowering across the Burdekin", "/rural/mango-season"),
        ("Airlie Beach foreshore upgrade approved", "/council/airlie-foreshore"),
        ("Bowen Seagulls win derby 24-18", "/sport/seagulls-derby"),
    ],
}

_RK_C = {
    "path": "/launch/kestrel-orbit-what-flight-2-means-for-tasman-orbital",
    "headline": "Kestrel makes orbit: what Flight 2 means for Tasman Orbital's order book",
    "desc": "Tasman Orbital's successful second flight puts Australia's newest launcher in the "
            "small-launch market. We look at customers, cadence and cash.",
    "section": "Launch",
    "byline": "Ines Marchetti",
    "role": "Launch Industry Editor",
    "read_time": "7 min read",
    "body": """
Tasman Orbital has done the thing that separates launch companies from launch projects: it has
put a payload into orbit. Kestrel Flight 2, nicknamed "Second Wind", lifted off from the
company's Abbot Point site near Bowen in north Queensland at 6:42am AEST on 16 July (20:42 UTC
on 15 July) and released all three of its customer satellites into a roughly 530 km orbit,
inclined at 43 degrees.

US Space Force tracking data published in the following days catalogued four objects from the
launch: the three satellites and the Kestrel upper stage. Orbital elements for the satellites
show an orbit of about 527 by 534 km, close to the company's target.

## The flight

By the company's account, stage separation came at T+2:38, second-stage cutoff at T+8:51, and
the first satellite separated 58 minutes after liftoff. Deployment of the third was confirmed
about four minutes later. The flight followed two scrubs, one for upper-level winds and one for
a ground-side valve sensor.

That is a long way from the first flight, on 9 October 2025, which ended 37 seconds after
liftoff with the loss of roll control. Tasman Orbital attributed the failure to a software
error and says it re-ran the fixed code through more than 400 simulated flights.

[ad]

## Customers

The three payloads, 142 kg in total, were deliberately low-risk customers. Capricorn Space Lab's
Mulga-1 is a 6U Earth-imaging cubesat; Lyrebird, a radio technology demonstration, was funded
by the Australian Space Agency; and Kahu-2 is the second ship-tracking satellite for Wellington
startup Kahu Data, which signed a launch contract worth NZ$4.2 million (about A$3.8 million) in
2024 covering two flights.

"We signed with Tasman Orbital when they had a test stand and a spreadsheet," Kahu Data
co-founder Ana Tupou told Smallsat Ledger. "Putting our satellite on a second flight was a risk,
and it paid off."

The company says it has signed contracts for seven more flights, including one for a Japanese
customer it has not named, and expects to fly again before the end of 2026. Chief executive Dr
Lachlan Pryor-Nguyen has said the target is four launches in 2027.

## Cash and cadence

Tasman Orbital raised A$85 million (roughly US$55 million) in a Series C round in March, led by
an Australian superannuation fund, taking its total funding to about A$240 million. It employs
about 250 people, most of them in Brisbane.

Kestrel can carry up to 300 kg to low Earth orbit, which places it in the same class as several
established small launchers and below a wave of medium-lift vehicles due to enter service in
2027. Analysts at Perigee Advisory estimate the addressable market for dedicated small launch
at fewer than 40 missions a year globally, and say price, rather than availability, will decide
which vehicles survive.

"The question for Tasman is not whether Kestrel works. It does," said Perigee analyst Oskar
Lindahl. "The question is whether they can fly it every six weeks at a price that makes sense."

For the Australian Space Agency, the launch is a policy win. Agency head Enrico Salvatore called
it "a landmark for Australian industry" and pointed to the Abbot Point site's access to
mid-inclination orbits, which is rare among commercial launch sites in the region.

[box]
""",
    "inline": [
        ("Kestrel's debut: 37 seconds, and what went wrong", "/launch/kestrel-debut-failure"),
        ("Kahu Data raises NZ$12m for maritime constellation", "/funding/kahu-data-round"),
    ],
    "related": [
        ("Dedicated small launch: 2026 mid-year market review", "/data/small-launch-midyear"),
        ("Japan's rideshare demand outstrips supply", "/launch/japan-rideshare"),
    ],
    "most_read": [
        ("Earth-imaging startups consolidate: three deals in a month", "/satellites/eo-deals"),
        ("Spectrum filing: 1,200-satellite IoT constellation", "/policy/iot-filing"),
    ],
}

RK_PAIRS = [(_ORBEAT, _RK_A), (_BWSTAR, _RK_B), (_SSL, _RK_C)]


# ===========================================================================
# Story 6 -- eq-EB6 -- earthquake (3 PLANTED)
# ===========================================================================

_TUIA = {
    "name": "Tuia News",
    "domain": "www.tuianews.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "News for all of Aotearoa",
    "nav": ["Latest", "New Zealand", "Politics", "Te Ao Māori", "Business", "World", "Weather"],
    "cookie": ("Tuia News uses cookies to understand how our journalism is used. We don't sell "
               "your data.", "Accept", "Manage cookies"),
    "share": ["Facebook", "X", "WhatsApp", "Email"],
    "footer": ["About Tuia", "Contact", "Editorial standards", "Complaints", "Privacy"],
    "legal": "(c) 2026 Tuia News Ltd.",
    "newsletter": ("Tuia Morning", "The news you need before 7am, every weekday."),
    "related_title": "Earthquake coverage",
    "popular_title": "Most read",
    "body_class": "live-blog breaking",
}

_GLOBE = {
    "name": "Globe Wire",
    "domain": "www.globewire.example",
    "title_sep": " - ",
    "lang": "en",
    "tagline": "World news from 120 bureaus",
    "nav": ["World", "Asia Pacific", "Business", "Science", "Sport", "Video"],
    "cookie": ("Globe Wire and partners use cookies. Continue to accept or see options.",
               "Continue", "Options"),
    "cookie_pos": "bottom",
    "share": ["X", "Facebook", "Email"],
    "share_pos": "bottom",
    "footer": ["About", "Standards", "Contact", "Terms", "Privacy"],
    "legal": "(c) 2026 Globe Wire. All rights reserved.",
    "newsletter": None,
    "related_title": "More from Asia Pacific",
    "popular_title": "Top headlines",
    "top_ad": False,
}

_WVV = {
    "name": "Wairau Valley Voice",
    "domain": "wairauvoice.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "Marlborough's community news",
    "nav": ["Blenheim", "Picton", "Awatere", "Wine", "Council", "Sport", "Notices"],
    "cookie": ("Kia ora! We use a small number of cookies to keep this site going.", "Sweet",
               "What's this?"),
    "share": ["Facebook", "Email"],
    "footer": ["About the Voice", "Advertise", "Community notices", "Contact"],
    "legal": "Wairau Valley Voice, Blenheim. Community owned since 2011.",
    "newsletter": ("The Voice Weekly", "Marlborough news every Friday."),
    "related_title": "Quake updates",
    "popular_title": "Most read",
    "inline_title": "Where to get help",
}

_COURIER = {
    "name": "The Cook Strait Courier",
    "domain": "www.cookstraitcourier.example",
    "title_sep": " | ",
    "lang": "en-NZ",
    "tagline": "Wellington and the top of the south",
    "nav": ["Wellington", "Top of the South", "National", "Business", "Opinion", "Sport"],
    "cookie": ("We use cookies to personalise content and ads and to analyse our traffic.",
               "Accept all", "Cookie preferences"),
    "share": ["Facebook", "X", "LinkedIn", "Email"],
    "footer": ["Contact us", "Subscriptions", "E-edition", "Advertise", "Terms"],
    "legal": "(c) 2026 Cook Strait Courier Ltd. Member of the Media Council.",
    "newsletter": ("Courier Briefing", "Wellington's news, every weekday at 6am."),
    "related_title": "More on the Marlborough quake",
    "popular_title": "Most read",
}

_EQ_A = {
    "path": "/new-zealand/live-magnitude-6-earthquake-marlborough-seddon",
    "headline": "Live: Magnitude 6.4 quake near Seddon - state of emergency in Marlborough",
    "desc": "A powerful earthquake struck near Seddon in Marlborough early on Tuesday, "
            "shaking the top of the South Island and Wellington. Follow live updates.",
    "section": "New Zealand",
    "kicker": "BREAKING",
    "byline": "Tuia News reporters",
    "meta_time": "2026-09-22T03:25:00+12:00",
    "meta_modified": "2026-09-22T18:10:00+12:00",
    "newest_first": True,
    "live_ads": (3, 8),
    "live": [
        ("3.25am", "2026-09-22T03:25:00+12:00", "Strong quake shakes top of the south",
         """A strong earthquake has shaken Marlborough and Wellington. GeoNet's first estimate
is magnitude 6.2, centred 25km south-east of Seddon, at 3.17am. People in Blenheim describe
long, violent shaking. We'll bring you updates as we get them."""),
        ("3.31am", None, "No tsunami threat",
         """The National Emergency Management Agency says there is no tsunami threat to New
Zealand from this earthquake. People near the coast who felt a long or strong quake should
still use their judgement, it says."""),
        ("3.40am", None, "Revised to magnitude 6.4",
         """GeoNet has revised the quake to magnitude 6.4, at a depth of 18km. More than 24,000
people have already filled in felt reports, from Kaikōura to Palmerston North."""),
        ("3.50am", None, "USGS: magnitude 6.3",
         """The United States Geological Survey has its own estimate: magnitude 6.3, at a depth
of 14km. Agencies often differ slightly in the first hours."""),
        ("4.05am", None, "Large aftershock",
         """A magnitude 5.1 aftershock struck at 4.02am, again near Seddon. Residents there say
it brought down more bricks and shelving."""),
        ("5.45am", None, "State of emergency declared",
         """Marlborough mayor Gwen Hartigan declared a local state of emergency at 5.40am. "We
have damage to homes in Seddon and Ward, slips on the state highway and a lot of frightened
people," she said. A welfare centre is open at the Seddon School hall."""),
        ("6.30am", None, "Roads, rail and power",
         """State Highway 1 is closed between Blenheim and Ward because of slips and a damaged
bridge approach near the Awatere River. The Main North Line is closed for inspections and Cook
Strait ferry sailings are on hold. About 8,400 customers are without power."""),
        ("7.15am", None, "Injuries",
         """Wairau Hospital in Blenheim has treated six people for minor injuries. A man in his
70s was seriously injured in Seddon when a chimney collapsed into his bedroom."""),
        ("9.00am", None, "140 aftershocks so far",
         """GeoNet has recorded about 140 aftershocks. Duty seismologist Dr Hana Sefton said
there was a 9 per cent chance of a magnitude 6 or larger aftershock in the next week. "This
area has a long history. The 2013 Seddon earthquake was magnitude 6.5, and the Kaikōura
earthquake in 2016 was a 7.8," she said. "People should expect strong aftershocks for weeks."
She said the shaking lasted about 20 to 25 seconds in Blenheim."""),
        ("12.30pm", None, "Fourteen treated, two seriously hurt",
         """Wairau Hospital has now treated 14 people, two of them with serious injuries: the
man in Seddon and a woman in Ward who was struck by falling shelving in her kitchen. More than
58,000 felt reports have been lodged with GeoNet."""),
        ("5.00pm", None, "Power mostly back",
         """The lines company says power has been restored to all but 1,900 customers. The
Natural Hazards Commission says 2,300 claims have been lodged so far."""),
        ("6.10pm", "2026-09-22T18:10:00+12:00", "Evening summary",
         """GeoNet has now recorded 310 aftershocks. Schools in Seddon and Ward will stay
closed tomorrow. State Highway 1 remains closed south of Blenheim; ferry sailings resumed this
afternoon after inspections in Picton and Wellington. That's the end of our live coverage for
today."""),
    ],
    "related": [
        ("What to do in an earthquake: drop, cover and hold", "/new-zealand/drop-cover-hold"),
        ("Ten years on: how Kaikōura rebuilt", "/new-zealand/kaikoura-ten-years"),
        ("Is your home insured? What the Natural Hazards Commission covers",
         "/business/nhc-cover"),
    ],
    "most_read": [
        ("All Blacks name squad for northern tour", "/sport/all-blacks-squad"),
        ("Daylight saving starts on Sunday: clocks go forward", "/new-zealand/daylight-saving"),
        ("Petrol drops to $2.71 a litre in Wellington", "/business/petrol-wellington"),
    ],
}

_EQ_B = {
    "path": "/asia-pacific/2026/09/21/strong-earthquake-new-zealand-south-island",
    "headline": "Strong magnitude 6.4 earthquake shakes New Zealand's South Island, Wellington",
    "desc": "A strong earthquake struck New Zealand's upper South Island early on Tuesday, "
            "jolting residents awake in Marlborough and the capital, Wellington.",
    "section": "Asia Pacific",
    "byline": "By Rachel Ngata in Wellington",
    "authors": ["Rachel Ngata"],
    "visible_date": "Updated 16:40 GMT, 21 September 2026",
    "ld": {"published": "2026-09-21T16:05:00Z", "modified": "2026-09-21T16:40:00Z"},
    "hero": "Goods lie on the floor of a supermarket in Blenheim after the earthquake. | "
            "Photo: Globe Wire / Supplied",
    "body": """
WELLINGTON, Sept 22 (Globe Wire) - A strong earthquake of magnitude 6.4 struck New Zealand's
upper South Island early on Tuesday, jolting residents awake across the Marlborough region and
in the capital, Wellington, and bringing down chimneys and shop shelves.

The quake struck at 3:17 a.m. local time on Tuesday (1517 GMT on Monday) about 25 km (16 miles)
south-east of Havelock at a depth of 18 km, according to GeoNet, the country's geological
hazard monitoring service. GeoNet initially put the magnitude at 6.2 before revising it.

The U.S. Geological Survey measured the quake at magnitude 6.3, with a depth of 14 km.

There were no immediate reports of deaths. Emergency services said they were responding to
calls about damaged homes and injuries in rural Marlborough, and police urged people to stay off
the roads until daylight.

The National Emergency Management Agency said there was no tsunami threat to New Zealand.

[ad]

Residents described violent shaking lasting 20 seconds or more. "It was like being inside a
washing machine. Everything on the shelves came down," said Blenheim resident Louise Carver,
who sheltered under a table with her two children.

A magnitude 5.1 aftershock struck at 4:02 a.m., and dozens of smaller aftershocks followed
within the first hour, GeoNet said. Tens of thousands of people lodged reports on the agency's
website saying they had felt the quake, some as far north as Palmerston North.

Several thousand homes lost power in Marlborough, the local lines company said. Ferry services
across Cook Strait, which links the North and South islands, were halted while ports were
inspected, and the rail line south of Blenheim was closed.

In Wellington, about 75 km (47 miles) north-east of the epicentre, residents reported items
falling from shelves and some minor cracking in older buildings. The city council said
engineers would inspect its buildings from first light.

New Zealand sits on the boundary of the Pacific and Australian tectonic plates and records
thousands of earthquakes each year, most too small to be felt. The upper South Island has been
hit repeatedly in recent years. A magnitude 7.8 earthquake centred near Kaikōura in November
2016 killed two people and caused extensive damage to roads and railways in the region.

The central bank and insurers have spent years warning that Wellington's exposure to a major
quake remains one of the country's biggest financial risks.

The Prime Minister's office said the government was "in close contact with Civil Defence and local
authorities" and would provide support as needed.

GeoNet warned that further strong aftershocks were likely in the coming days.
""",
    "trailer": "(Reporting by Rachel Ngata; Editing by Simon Kerr)",
    "related": [
        ("Tonga: magnitude 5.9 quake, no damage reported", "/asia-pacific/tonga-quake"),
        ("Japan tests new earthquake early warning system", "/asia-pacific/japan-warning"),
        ("Australia's east coast braces for early fire season", "/asia-pacific/fire-season"),
    ],
    "most_read": [
        ("Oil rises after Gulf tanker incident", "/business/oil-rises"),
        ("UN General Assembly opens with climate focus", "/world/unga-opens"),
        ("Ryder Cup: Europe lead 5-3 after first day", "/sport/ryder-cup-day-one"),
    ],
}

_EQ_C = {
    "path": "/awatere/seddon-ward-count-the-cost-after-big-shake",
    "headline": "Seddon and Ward count the cost after the big shake",
    "desc": "Chimneys down, wine tanks split and a highway cut: the Awatere Valley is cleaning "
            "up after Tuesday morning's magnitude 6.4 earthquake.",
    "section": "Awatere",
    "byline": "Words and photos: Kirsty McAlister",
    "hero": "Volunteers clear bricks from a collapsed chimney on Seddon's main street. | "
            "Photo: Kirsty McAlister",
    "body": """
For the second time in 13 years, the people of Seddon have woken to the sound of their houses
coming apart.

The magnitude 6.4 earthquake that struck at 3.47am on Tuesday was centred about 25 kilometres
south-east of the township, out under Clifford Bay, according to GeoNet. It was shallow, and in
Seddon and Ward it was ferocious.

"It went on and on," said Seddon School principal Megan Tuhiwai, who was at the school by 5am
checking classrooms. "In 2013 we thought we'd had the big one. This felt bigger." The school,
which lost a chimney and several windows, will be closed until at least Thursday while engineers
inspect it.

Marlborough mayor Gwen Hartigan declared a local state of emergency at 5.40am, and the Seddon
School hall has been turned into a welfare centre. By lunchtime about 60 people had come through
for a cup of tea, a hot meal or somewhere to charge their phones. Civil Defence controller Aaron
Whitu said the priority was checking on older people living alone on the rural roads inland
from Ward.

[ad]

## Injuries

Wairau Hospital had treated 14 people by midday, two with serious injuries. A Seddon man in his
70s was badly hurt when a chimney fell into his bedroom, and a woman in Ward was struck by
falling kitchen shelving. Both were in a stable condition on Tuesday afternoon.

## Road cut, power patchy

State Highway 1 was closed between Blenheim and Ward, with slips north of the Awatere River
bridge and cracking on the bridge approach. Waka Kotahi crews were assessing the road, and a
detour via the inland route was not possible for heavy vehicles.

The power went out across most of the valley. By mid-afternoon the lines company said about
3,200 customers were still without power, down from about 8,400 at the peak. Crews from
Canterbury and Nelson were on their way to help.

## Wineries hit

Several Awatere Valley wineries reported damage to stainless steel tanks, some of which split or
buckled on their legs. Rowan Farrier, who manages a 160-hectare vineyard near Seddon, said two
tanks holding about 40,000 litres of last season's sauvignon blanc had failed. "You could smell
it from the road. That's a year of work on the concrete," he said.

Marlborough Wine Growers chair Sue Pritchard said it was too early to estimate the damage. In
2013, several wineries lost whole tanks of wine after the Seddon and Lake Grassmere quakes, she
said, and many had since upgraded their tank bracing.

## Aftershocks

GeoNet had recorded more than 250 aftershocks by mid-afternoon, the largest a magnitude 5.1 just
after 4am. GeoNet's forecast puts the chance of a magnitude 6 or larger aftershock in the next
seven days at 9 per cent.

"Keep your shoes and a torch by the bed, and stay away from damaged chimneys," Mr Whitu said.

[box]

The Natural Hazards Commission, which replaced EQC, is urging people to photograph damage before
cleaning up, and to lodge claims through their insurer.
""",
    "inline": [
        ("Welfare centre: Seddon School hall, open 24 hours", "/notices/welfare-centre"),
        ("Civil Defence Marlborough: 0800 numbers and updates", "/notices/civil-defence"),
    ],
    "related": [
        ("Photos: the quake in pictures", "/awatere/quake-photos"),
        ("SH1 closure: how to get between Blenheim and Kaikōura", "/blenheim/sh1-detour"),
        ("Wineries assess tank damage", "/wine/tank-damage"),
    ],
    "most_read": [
        ("Picton ferry terminal upgrade on track", "/picton/ferry-terminal"),
        ("Blenheim A&P Show dates confirmed", "/blenheim/ap-show"),
        ("Rugby: Awatere beat Central 31-27 in thriller", "/sport/awatere-central"),
    ],
}

_EQ_D = {
    "path": "/top-of-the-south/quake-leaves-marlborough-shaken-wellington-checks-buildings",
    "headline": "Quake leaves Marlborough shaken and Wellington checking its buildings",
    "desc": "Hundreds of aftershocks, a closed highway and two people seriously hurt: the day "
            "after the magnitude 6.4 Seddon earthquake.",
    "section": "Top of the South",
    "byline": "Anjali Moore and Tane Raukura",
    "visible_date": "Wednesday, 23 September 2026",
    "hero": "Engineers inspect an older building on Wellington's Cuba Street yesterday. | "
            "Photo: Cook Strait Courier",
    "body": """
Marlborough is cleaning up and Wellington is checking its older buildings after yesterday's
3.17am earthquake, the strongest to hit the region since the Kaikōura quake nearly ten years
ago.

GeoNet, the monitoring service run by Earth Sciences New Zealand, measured the quake at
magnitude 6.4 and said it was centred 25 kilometres south-east of Seddon at a depth of 81
kilometres. Its first automatic estimate, issued within minutes, was 6.2. The US Geological
Survey put the magnitude at 6.3.

More than 330 aftershocks had been recorded by 9pm last night, including a magnitude 5.1 at
4.02am yesterday. GeoNet's forecast gives a 9 per cent chance of a magnitude 6 or larger
aftershock within the next week, and a near-certain chance of more quakes above magnitude 4.

"The aftershocks will taper off, but not in a straight line," said Earth Sciences New Zealand
duty seismologist Dr Hana Sefton. "A magnitude 5 next week would be entirely normal, and people
should plan for that."

[ad]

## Marlborough

A local state of emergency remains in place in Marlborough. Mayor Gwen Hartigan said it would
stay at least until the weekend while engineers checked homes in Seddon and Ward, where dozens
of chimneys fell.

Fourteen people were treated at Wairau Hospital yesterday, two for serious injuries. Both were
reported to be in a stable condition last night.

State Highway 1 between Blenheim and Ward will stay closed until at least Friday, NZTA said, and
the Main North Line remained shut for inspections. The lines company said all but about 600
customers had their power back by 10pm.

The Natural Hazards Commission, formerly EQC, said it had received 2,300 claims by yesterday
evening, most for chimneys, broken contents and cracked plasterboard. It expects that number to
rise as people return home and inspect properly.

## Wellington

In the capital, about 75km north-east of the epicentre, the shaking was long and rolling rather
than violent. More than 60,000 people across the country have now filled in GeoNet felt
reports, a large share of them from the Wellington region.

Wellington City Council sent engineers to inspect 40 council-owned buildings yesterday and
reported only minor damage. Several privately owned heritage buildings in Cuba Street and on the
Terrace were cordoned off as a precaution after bricks fell from parapets.

Ferries across Cook Strait were held for most of the morning while wharves in Picton and
Wellington were inspected. Sailings resumed in the afternoon, but freight operators warned of a
backlog of trucks on both sides of the strait.

Emergency Management Minister Rosa Tautahi, who flew to Blenheim yesterday afternoon, said the
Government would consider support for Marlborough once the scale of the damage was clear. "The
people of Seddon have been here before, in 2013, and they know how to look after each other,"
she said.

## A familiar fault zone

The 2013 Seddon earthquake, magnitude 6.5, struck on July 21 that year and damaged buildings in
Wellington and Marlborough. Less than a month later the magnitude 6.6 Lake Grassmere quake hit
the same area. In November 2016, the magnitude 7.8 Kaikōura earthquake ruptured more than a
dozen faults and reshaped the coastline north of Kaikōura.

GeoNet scientists said yesterday's quake appeared to have occurred on a fault in the same
broad system, though it would take weeks to confirm which one.

Schools in Seddon and Ward remain closed today.
""",
    "related": [
        ("Editorial: the quake is a reminder, not a surprise", "/opinion/editorial-quake"),
        ("Earthquake-prone buildings: Wellington's list, street by street",
         "/wellington/quake-prone-list"),
        ("Ferries: how the backlog will be cleared", "/business/ferry-backlog"),
    ],
    "most_read": [
        ("Wellington's new cycleway opens on Adelaide Rd", "/wellington/adelaide-cycleway"),
        ("Phoenix sign Australian striker", "/sport/phoenix-striker"),
        ("Daylight saving: what time the clocks change on Sunday", "/national/daylight-saving"),
    ],
    "tags": ["Earthquake", "Marlborough", "Seddon", "Wellington"],
}

EQ_PAIRS = [(_TUIA, _EQ_A), (_GLOBE, _EQ_B), (_WVV, _EQ_C), (_COURIER, _EQ_D)]

EQ_PLANTED = [
    ("epicentre reference town", r"\bseddon\b", r"\bhavelock\b"),
    ("local time of the main shock", r"(?<![\d:.])0?3[:.]17(?!\d)",
     r"(?<![\d:.])0?3[:.]47(?!\d)"),
    ("GeoNet focal depth", r"\b18\s*(?:km|kilomet)", r"\b81\s*(?:km|kilomet)"),
]


# ===========================================================================
# The battery
# ===========================================================================

STORIES: list[dict] = [
    _story("cb-EB1", "central bank", "2026-08-28", CB_PAIRS, []),
    _story("el-EB2", "election", "2026-06-26", EL_PAIRS, EL_PLANTED),
    _story("ct-EB3", "court", "2026-11-13", CT_PAIRS, CT_PLANTED),
    _story("tr-EB4", "trade", "2026-11-06", TR_PAIRS, []),
    _story("rk-EB5", "rocket", "2026-07-21", RK_PAIRS, []),
    _story("eq-EB6", "earthquake", "2026-09-24", EQ_PAIRS, EQ_PLANTED),
]
