"""Story battery, part EA — West Africa (Nigeria, Ghana, Senegal, Côte d'Ivoire), events in 2026.

Written by engineer EA1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between the outlets below are legitimate (time zones, rounding, units, counts that
grow with the time of each update, attributed estimates, earlier events, sidebars), and only the
three non-control stories carry exactly three planted contradictions each. All outlets,
reporters, companies, most officials and all figures are invented; real institutions and places
are scenery only. Every domain ends in .example. WAT = UTC+1 (Nigeria); Ghana, Senegal and
Cote d'Ivoire use GMT = UTC; Kourou (French Guiana) is UTC-3.

cb-EA1 (central bank). The Central Bank of Nigeria's Monetary Policy Committee met Monday 21 and
Tuesday 22 September 2026 in Abuja; Governor Halima Aisha Bello-Okafor announced on Tuesday 22
September at a press conference that began 14:10 WAT (13:10 GMT) a 50 bp cut of the MPR from
26.00% to 25.50%, by a 9-3 vote (three members wanted a hold). Corridor +250/-250 bp, CRR 45%
(16% merchant banks) and liquidity ratio 30% unchanged. August headline inflation 18.7% (July
19.4%), core 16.9%, food 21.3%, m/m 1.42% (July 1.61%). Reserves $43.2bn at 18 September
($40.9bn end-June); naira closed at 1,412.50/$; Q2 GDP 3.9% (Q1 3.4%); prime lending rate 29.8%.
Previous: May cut 26.50->26.00, July 20-21 hold; next meeting 23-24 November. Sahel Wire poll:
10 of 15 analysts expected 25 bp, 3 a hold, 2 a 50 bp cut. PLANTED (3): vote split 9-3 right vs
10-2 ("ten of the 12 members ... two members") in The Daily Courier; weekday Tuesday right vs
"Thursday, 22 September" in Accra Business Mirror; August headline inflation 18.7% right vs
17.8% in the Lagos Ledger live page. Outlets: Sahel Wire (wire, 22 Sept 13:52 GMT, meta
published_time); Lagos Ledger (live page, WAT timestamps 07:30-16:45, JSON-LD dates); The Daily
Courier (Lagos newspaper, Wednesday 23 Sept, visible date only, "yesterday"); Accra Business
Mirror (Ghanaian regional analysis in GMT, no date at all). Traps: 14:10 WAT vs 13:10 GMT; 50
bp vs half a percentage point; 25.5% vs 25.50%; headline vs core vs food inflation and July's
19.4%; previous cuts (May) and hold (July); analysts' forecast of 25 bp vs the outcome;
1,412.50 vs "around 1,412"; governor with and without middle name and "Dr"; "apex bank";
quote in slightly different wordings; Bank of Ghana's 18% rate and 7.5-point gap; the
Lagos Ledger's own survey (six of eight); NGX index move; sidebar figures of other stories.

el-EA2 (election). Awutu Senya East (Central Region, Ghana) parliamentary by-election on Tuesday
19 May 2026, polls 07:00-17:00 GMT, 212 polling stations, 148,362 registered voters; called
after NPP MP Emmanuel Kwesi Badu died on 14 March 2026 aged 61 (he won in December 2024 with
50.8% on 64.5% turnout). Returning Officer Gifty Akosua Nartey declared at the collation centre
in Kasoa at 01:40 GMT (02:40 WAT) on Wednesday 20 May: Abena Serwaa Owusu-Ansah (NDC) 32,418
(56.09%); Kofi Amankwah Boateng (NPP) 24,481 (42.35%); Yaw Darko-Mensah (CPP) 603; Ibrahim
Sulemana Alhassan (Ind.) 298; valid 57,800, rejected 412, cast 58,212, turnout 39.24%; margin
7,937. Boateng conceded about 09:15 GMT Wednesday. Police: 2 arrests by 12:30, 5 by 19:10
Tuesday. CODEO (75 observers) estimated turnout at 38.9% from a sample. Opeikuma station
opened 08:30 (90 minutes late). PLANTED (3): place of declaration Kasoa right vs Winneba in
Continental Ledger; winner's surname Owusu-Ansah right vs "Owusu-Asante" in the GGPA wire;
margin 7,937 right vs 7,397 in The Accra Chronicle. Outlets: Kasoa Today (local live blog in
GMT, 07:00 Tuesday to 02:10 Wednesday, visible date only); GGPA (wire, 20 May 02:05 GMT, meta
published_time); Continental Ledger (Lagos pan-African analysis, WAT, JSON-LD 20 May 09:30
WAT); The Accra Chronicle (newspaper, Thursday 21 May, no date at all). Traps: 01:40 GMT vs
02:40 WAT; early Wednesday vs "Tuesday's poll"; provisional party-agent and partial EC tallies
(20:30, 23:15) vs final; 56.1% / "about 56 per cent" / 56.09%; 39.2% / "just under 40 per
cent" / 39.24%; CODEO's 38.9% estimate; 2024 figures; arrests growing from two to five;
"about an hour and a half" / "90 minutes" / 08:30 instead of 07:00; "nearly 8,000 votes";
names with and without middle names; NDC / National Democratic Congress; quote variants.

ct-EA3 (court) - CONTROL (no planted disagreement). The ECOWAS Court of Justice (Community
Court of Justice of ECOWAS) in Abuja delivered judgment on Thursday 15 October 2026 at 11:20
WAT (10:20 GMT) in CJLS and two others v. Republic of Senegal (ECW/CCJ/APP/19/25, filed 2
September 2025, heard 9 July 2026, judgment first scheduled for 30 September). A unanimous
three-judge panel (Justice Mariama Koné-Traoré presiding, Justice Oluwaseun (Tolu) Adeyemi judge
rapporteur, Justice Ricardo Monteiro Gomes) held that the suspension of mobile data from 23:00
GMT on 3 June to 03:00 GMT on 6 June 2025 (52 hours) violated Article 9 ACHPR / Article 19
ICCPR; damages 20 million CFA francs each to Aminata Ndiaye Sarr and Ousmane Ba and 30 million
to the CJLS (70 million total, about EUR 106,700 / $124,000 / N175m); 500 million claimed;
messaging-app claim dismissed; report due within six months. Outlets: Atlantic Newswire (wire,
15 Oct 11:02 GMT, meta published_time); Dakar Matin English (Dakar reactions, visible date
only, 16:40 GMT); Rights & Courts Africa (specialist analysis, JSON-LD 16 Oct 08:00 GMT);
Abuja Observer (Nigerian newspaper, WAT, no date at all). Traps: 11:20 WAT / 11.20am vs 10:20
GMT; 23:00 GMT on 3 June = midnight in Abuja; 52 hours vs "late on June 3 until the early hours
of June 6" and a sidebar's "two-day suspension"; CFA vs euro, dollar and naira conversions;
claimed 500m vs awarded 70m; per-applicant vs total damages; names with and without diacritics
and middle names; CJLS in French and English; government "takes note" quote variants and "no
immediate comment" in the earlier wire; previous rulings against Togo (2020) and Nigeria
(2022); a sidebar "8-3" vote from another court.

tr-EA4 (trade). On Wednesday 30 September 2026, at the launch of the 2026/27 cocoa season in
Daloa (ceremony from about 11:00 GMT, noon WAT), Côte d'Ivoire's Minister of Agriculture, Rural
Development and Food Production Jean-Baptiste Koffi N'Guessan set the main-crop farmgate price at
3,000 CFA francs/kg, up 250 francs or 9.1% from 2,750 (2025/26 main and mid-crop); robusta
coffee 1,650 from 1,500 (+10%); main crop opens Thursday 1 October. Coffee and Cocoa Council
(CCC) director general Marie-Laure Kouassi: more than 1.3 million tonnes sold forward at about
$8,700/t CIF, price about 61% of CIF (60% floor). Exporters' arrivals estimate 1.84 Mt (1 Oct
2025 - 27 Sept 2026) vs 1.79 Mt; week to 27 Sept 21,000 t; CCC main-crop projection 1.55 Mt vs
Agrimetrics 1.48 Mt. Quotes: FENACOOP-CI president Moussa Bamba ("We asked for 3,500 francs
..."), exporter Pierre-Yves Aké of Lagune Commodities (smuggling). PLANTED (3): Kouassi's role
director general right vs "Trade Minister" in the Afrique Economic Wire report; the "We asked
for 3,500 francs" quote is Bamba's, attributed to Aké in Abidjan Eco; the increase 9.1% right
vs 8.3% (computed on the new price) in Lagos Commodities Review. Outlets: Afrique Economic Wire
(wire, 30 Sept 12:10 GMT, meta published_time); CocoaTrade Monitor (specialist trade site,
JSON-LD 30 Sept 15:30 GMT); Abidjan Eco (local site, visible "Mis à jour le 30/09/2026 à 17h45
GMT" only); Lagos Commodities Review (Nigerian trade site, WAT, no date at all). Traps: 3,000
CFA/kg vs XOF 3,000/kg vs 3 million per tonne vs EUR 4.57 vs $5.30 vs N7.5m per tonne; "about
9%"; 250 francs; previous season's 2,750; coffee +10%; 61% vs the 60% floor; season arrivals vs
the week's arrivals; CCC vs consultancy crop forecasts; 11am GMT vs noon Lagos time; CCC named
three ways; minister with and without middle name; Nigerian Akure price of N9.6m/t.

rk-EA5 (rocket) - CONTROL (no planted disagreement). Meridian Orbital's Kestrel-2 (third
flight; debut September 2025; second flight February 2026 with nine satellites) lifted off from
the Guiana Space Centre, Kourou, on Wednesday 10 June 2026 at 22:47 local time = 01:47 UTC/GMT
Thursday 11 June = 02:47 WAT, after a scrub on Tuesday 9 June at T-4 minutes (upper-level
winds). 12 satellites: primary ZumaSat-1 (NASRDA, 214 kg, 1.5 m pan / 6 m multispectral, 24 km
swath, ~540 km / 336 miles sun-synchronous orbit, seven-year life, N68bn / about $48m) separated
at T+56:10 (02:43 UTC, 03:43 WAT); Ghana's Anansi-1 (3U cubesat, ~4 kg, Volta Institute of
Technology, Ho) deployed at T+1:04 (02:51 UTC); all 12 out by T+1:21 (03:08 UTC). First
ZumaSat-1 telemetry in Abuja at 03:31 UTC (04:31 WAT), 1 h 44 min after liftoff; Anansi-1's
first beacon heard in Ho at 09:12 GMT (10:12 WAT). Outlets: OrbitWatch Africa (live blog in
UTC, JSON-LD 00:30-03:40 UTC 11 June); The Lagos Herald (newspaper, WAT, visible date only,
Thursday 11 June 3:15 pm); Continental Press Service (wire datelined Kourou June 10, meta
published_time 02:58 UTC 11 June, before first contact); Volta Voice (Ho local site, GMT, no
date at all). Traps: local date (10 June) vs UTC/WAT date (11 June); 22:47 / 01:47 / 02:47;
"about 56 minutes" / "nearly an hour" / T+56:10; 540 km vs 336 miles; 12 satellites vs "11
rideshare/smaller" payloads; the wire's forecast of first contact "within about an hour" vs the
actual 03:31; previous flight's nine satellites; N68bn vs $48m; DG's pre-launch statement vs
post-launch quote; GhanaSat-1 (2017) and NigeriaSat-1 (2003) history.

eq-EA6 (earthquake) - CONTROL (no planted disagreement). Earthquake on Sunday 6 September 2026
at 03:12 GMT (04:12 WAT) near Weija, about 14 km (9 miles) west of central Accra. Ghana
Geological Survey Authority (GGSA): ML 4.9, 03:12:41 GMT, depth 8 km. USGS: M4.6, depth 10 km,
16 km WSW of Accra. Aftershocks (GGSA): 2 by 06:40, 3 by 09:00, 5 by 15:00, 6 by 18:00 GMT
Sunday, 8 by 08:00 Monday; largest 3.1 at 04:05 GMT. NADMO: 08:00 Sunday 9 injured, no deaths,
about 60 houses; 14:30 Sunday 1 dead (a 67-year-old woman, Weija, died at Korle Bu late
morning), 17 injured, 98 houses; 09:00 Monday 1 dead, 23 injured (4 still in hospital), 146
houses damaged, 12 collapsed, 410 displaced. Weija Dam undamaged. Outlets: Accra Pulse (local
live page in GMT, JSON-LD 04:02-18:50 GMT Sunday); GGPA (wire, 10:30 GMT Sunday, meta
published_time); Continental Ledger (Lagos, visible "Updated 19:05 WAT, 6 September 2026"
only); The Accra Chronicle (newspaper of Tuesday 8 September, "yesterday" = Monday, no date at
all). Traps: GGSA 4.9 vs USGS 4.6 and 8 vs 10 km depth, 14 vs 16 km distance (attributed);
03:12 GMT vs 04:12 WAT vs "just after 3am"; casualty, damage and aftershock counts growing with
the time of each update ("no deaths so far" at 08:00 vs one death at 14:30); "4pm Lagos time
(3pm in Accra)"; km vs miles; GGSA seismologist described as "head of seismology" and "chief
seismologist"; NADMO spelled out or not; the 1939 quake and January's 3.8 near Nsawam.
"""
import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder. Article bodies are written in a tiny markup:
#   blank line            -> new block
#   "## text"             -> sub-heading
#   "> text"              -> pull quote
#   "@@ 14:10 WAT | Head" -> start of a timestamped live update
#   "[fig caption || credit]" -> photo with caption and credit
#   "[ad]"                -> advertisement slot
#   "[box Title || text]" -> boxed "read more" / factfile
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(markup: str) -> list[str]:
    out = []
    for chunk in markup.strip().split("\n\n"):
        text = " ".join(chunk.split())
        if text:
            out.append(text)
    return out


def _figure(domain: str, n: int, caption: str, credit: str) -> str:
    return (
        f'<figure class="media"><img src="https://{domain}/media/{n:04d}.jpg" '
        f'alt="{_e(caption)}" loading="lazy" width="960" height="540">'
        f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
        "</figcaption></figure>"
    )


def _ad(label: str, slot: str) -> str:
    return (
        f'<div class="ad-slot" data-slot="{slot}"><span class="ad-label">{_e(label)}</span>'
        '<div class="ad-frame"></div></div>'
    )


def _body(site: dict, markup: str, seed: int) -> str:
    out = []
    in_update = False
    n = seed
    for block in _blocks(markup):
        if block.startswith("@@ "):
            if in_update:
                out.append("</section>")
            stamp, _, title = block[3:].partition(" | ")
            out.append(
                '<section class="live-update"><p class="update-time">'
                f"<time>{_e(stamp)}</time></p><h3>{_e(title)}</h3>"
            )
            in_update = True
        elif block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull"><p>{_e(block[2:])}</p></blockquote>')
        elif block.startswith("[fig ") and block.endswith("]"):
            caption, _, credit = block[5:-1].partition(" || ")
            n += 1
            out.append(_figure(site["domain"], n, caption, credit))
        elif block == "[ad]":
            n += 1
            out.append(_ad(site["ad_label"], f"inline-{n}"))
        elif block.startswith("[box ") and block.endswith("]"):
            title, _, text = block[5:-1].partition(" || ")
            out.append(
                f'<aside class="factbox"><h4>{_e(title)}</h4><p>{_e(text)}</p></aside>'
            )
        elif block == "@@end":
            if in_update:
                out.append("</section>")
            in_update = False
        else:
            out.append(f"<p>{_e(block)}</p>")
    if in_update:
        out.append("</section>")
    return "\n".join(out)


def _nav(site: dict) -> str:
    items = "".join(
        f'<li><a href="https://{site["domain"]}/{item.lower().replace(" ", "-")}/">'
        f"{_e(item)}</a></li>"
        for item in site["nav"]
    )
    return (
        f'<header class="masthead"><a class="logo" href="https://{site["domain"]}/">'
        f'{_e(site["name"])}</a><p class="tagline">{_e(site["tagline"])}</p>'
        f'<nav aria-label="Main"><ul>{items}</ul></nav>'
        '<form class="search" action="/search"><input name="q" placeholder="Search">'
        "<button>Go</button></form></header>"
    )


def _cookie(site: dict) -> str:
    return (
        '<div class="consent-banner" role="dialog" aria-label="Cookie consent">'
        f'<p>{_e(site["cookie"])}</p><button class="accept">{_e(site["accept"])}</button>'
        f'<button class="manage">{_e(site.get("manage", "Manage preferences"))}</button></div>'
    )


def _share(site: dict, url: str) -> str:
    links = "".join(
        f'<a class="share-{net.lower()}" href="https://{net.lower()}.example/share?u={_e(url)}">'
        f"{_e(net)}</a>"
        for net in site["share"]
    )
    return f'<div class="share"><span>{_e(site["share_label"])}</span>{links}</div>'


def _links(site: dict, heading: str, items: list, cls: str) -> str:
    lis = []
    for i, item in enumerate(items, 1):
        if isinstance(item, tuple):
            title, path = item
        else:
            title, path = item, "/" + "-".join(item.lower().split()[:6]).strip(",.:'") + f"-{i}"
        lis.append(f'<li><a href="https://{site["domain"]}{_e(path)}">{_e(title)}</a></li>')
    return f'<aside class="{cls}"><h3>{_e(heading)}</h3><ol>{"".join(lis)}</ol></aside>'


def _newsletter(site: dict) -> str:
    if not site.get("newsletter"):
        return ""
    title, text = site["newsletter"]
    return (
        f'<aside class="newsletter"><h3>{_e(title)}</h3><p>{_e(text)}</p>'
        '<form><input type="email" placeholder="Your email address">'
        "<button>Sign up</button></form></aside>"
    )


def _footer(site: dict) -> str:
    links = "".join(
        f'<a href="https://{site["domain"]}/{x.lower().replace(" ", "-")}">{_e(x)}</a>'
        for x in ("About us", "Contact", "Advertise", "Privacy policy", "Terms of use")
    )
    return (
        f'<footer class="site-footer"><nav>{links}</nav>'
        f'<p>{_e(site["footer"])}</p></footer>'
    )


def _page(site: dict, art: dict) -> str:
    url = f"https://{site['domain']}{art['path']}"
    title = f"{art['headline']}{site['sep']}{site['name']}"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{site.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(art["description"])}">',
        f'<link rel="canonical" href="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(art["headline"])}">',
        f'<meta property="og:description" content="{_e(art["description"])}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:image" content="https://{site["domain"]}/media/og-{art["seed"]}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta property="article:section" content="{_e(art["section"])}">',
    ]
    where = art.get("date_in")
    if where in ("meta", "both"):
        head.append(f'<meta property="article:published_time" content="{art["published"]}">')
        if art.get("modified"):
            head.append(f'<meta property="article:modified_time" content="{art["modified"]}">')
    ld = {
        "@context": "https://schema.org",
        "@type": art.get("ld_type", "NewsArticle"),
        "headline": art["headline"],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site["name"]},
    }
    if art.get("ld_author"):
        ld["author"] = {"@type": "Person", "name": art["ld_author"]}
    if where in ("jsonld", "both"):
        ld["datePublished"] = art["published"]
        if art.get("modified"):
            ld["dateModified"] = art["modified"]
    if where != "none-ld":
        head.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False)
            + "</script>"
        )
    head.append(f'<link rel="stylesheet" href="https://{site["domain"]}/static/site.css">')
    head.append("</head>")

    top = [
        f'<body class="{site["kind"]}">',
        _cookie(site),
        _ad(site["ad_label"], "leaderboard"),
        _nav(site),
        '<main id="content">',
        f'<p class="kicker">{_e(art["section"])}</p>',
        "<article>",
        f'<h1>{_e(art["headline"])}</h1>',
    ]
    if art.get("dek"):
        top.append(f'<p class="standfirst">{_e(art["dek"])}</p>')
    meta = [f'<p class="byline">{_e(art["byline"])}</p>']
    if art.get("visible_date"):
        meta.append(f'<p class="timestamp">{_e(art["visible_date"])}</p>')
    if site.get("share_top", True):
        meta.append(_share(site, url))
    top.append('<div class="article-meta">' + "".join(meta) + "</div>")
    if art.get("lead"):
        cap, credit = art["lead"]
        top.append(_figure(site["domain"], art["seed"], cap, credit))
    body = _body(site, art["body"], art["seed"] * 10)
    tail = [
        f'<div class="article-body">\n{body}\n</div>',
    ]
    if art.get("tags"):
        tags = "".join(f"<li>{_e(t)}</li>" for t in art["tags"])
        tail.append(f'<ul class="tags">{tags}</ul>')
    if not site.get("share_top", True):
        tail.append(_share(site, url))
    tail.append("</article>")
    if art.get("related"):
        tail.append(_links(site, site["related_label"], art["related"], "related"))
    tail.append(_newsletter(site))
    tail.append(_ad(site["ad_label"], "mpu"))
    if art.get("most_read"):
        tail.append(_links(site, site["most_read_label"], art["most_read"], "most-read"))
    tail.append("</main>")
    tail.append(_footer(site))
    tail.append("</body>\n</html>")
    return "\n".join(head + top + tail)


def _story(sid: str, domain: str, fetched: str, items: list, planted: list) -> dict:
    return {
        "id": sid,
        "part": "EA",
        "domain": domain,
        "fetched": fetched,
        "articles": [
            {"url": f"https://{site['domain']}{art['path']}", "html": _page(site, art)}
            for site, art in items
        ],
        "planted": planted,
    }


# ---------------------------------------------------------------------------
# Outlets (all invented). Furniture varies between them.
# ---------------------------------------------------------------------------

SAHEL_WIRE = {
    "name": "Sahel Wire", "domain": "sahelwire.example", "kind": "wire", "sep": " | ",
    "tagline": "Independent news agency for West Africa",
    "nav": ["World", "Africa", "Business", "Markets", "Politics", "Sport"],
    "cookie": "We use cookies to personalise content and to analyse our traffic. "
              "By continuing you agree to our use of cookies.",
    "accept": "Accept all", "share": ["X", "LinkedIn", "Email"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related coverage",
    "most_read_label": "Most read", "footer": "(c) 2026 Sahel Wire. All rights reserved.",
}

LAGOS_LEDGER = {
    "name": "Lagos Ledger", "domain": "lagosledger.example", "kind": "live", "sep": " - ",
    "tagline": "Markets. Money. Policy.",
    "nav": ["Markets", "Banking", "Energy", "Tech", "Opinion", "Podcasts"],
    "cookie": "This site uses cookies and similar technologies. Some are essential; others "
              "help us show you relevant adverts.",
    "accept": "I agree", "manage": "Cookie settings",
    "share": ["WhatsApp", "X", "Facebook", "Telegram"], "share_label": "Share this live page",
    "newsletter": ("Morning Ledger", "The five numbers Nigerian markets are watching, "
                                     "in your inbox before 7am."),
    "ad_label": "ADVERTISEMENT", "related_label": "More on the CBN",
    "most_read_label": "Trending", "footer": "Lagos Ledger Media Ltd, Victoria Island, Lagos.",
}

DAILY_COURIER = {
    "name": "The Daily Courier", "domain": "dailycourier-ng.example", "kind": "paper",
    "sep": " | ", "tagline": "Truth without fear, since 1994",
    "nav": ["News", "Politics", "Business", "Metro", "Sports", "Editorial", "E-paper"],
    "cookie": "Our website uses cookies to improve your experience. Read our cookie policy.",
    "accept": "OK", "share": ["Facebook", "X", "WhatsApp"], "share_label": "Share on:",
    "share_top": False,
    "newsletter": ("Get the Courier daily", "Headlines from the print edition every morning."),
    "ad_label": "Advertisement", "related_label": "You may also like",
    "most_read_label": "Most popular",
    "footer": "(c) 2026 Courier Newspapers Ltd. Ikeja, Lagos. Reproduction prohibited.",
}

ACCRA_BIZ = {
    "name": "Accra Business Mirror", "domain": "accrabizmirror.example", "kind": "business",
    "sep": " - ", "tagline": "Ghana's business daily online",
    "nav": ["Economy", "Finance", "Companies", "Cocoa & Gold", "Regional", "Jobs"],
    "cookie": "We and our partners store and access information on your device. "
              "You can change your choices at any time.",
    "accept": "Agree and close", "share": ["Facebook", "X", "LinkedIn", "WhatsApp"],
    "share_label": "Share",
    "newsletter": ("Mirror Midday", "A lunchtime briefing on Ghana's economy and markets."),
    "ad_label": "Sponsored", "related_label": "Related stories",
    "most_read_label": "Popular now", "footer": "Accra Business Mirror, Ridge, Accra.",
}

KASOA_TODAY = {
    "name": "Kasoa Today", "domain": "kasoatoday.example", "kind": "local live", "sep": " | ",
    "tagline": "News from Kasoa and the Awutu Senya area",
    "nav": ["Home", "Local", "Politics", "Community", "Sports", "Obituaries"],
    "cookie": "Kasoa Today uses cookies. Click accept to continue.",
    "accept": "Accept", "share": ["Facebook", "WhatsApp"], "share_label": "Share this:",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Also on Kasoa Today",
    "most_read_label": "Most read this week",
    "footer": "Kasoa Today, Old Barrier, Kasoa. Call our newsroom on the hotline.",
}

GGPA = {
    "name": "Gulf of Guinea Press Agency", "domain": "ggpa.example", "kind": "wire",
    "sep": " | ", "tagline": "GGPA - news from the coast",
    "nav": ["Top stories", "Ghana", "Nigeria", "Togo & Benin", "Business", "Photos"],
    "cookie": "GGPA uses strictly necessary cookies and, with your consent, analytics cookies.",
    "accept": "Allow", "manage": "Only necessary",
    "share": ["Email", "X", "Facebook"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most viewed", "footer": "(c) GGPA 2026. For subscriber use.",
}

CONT_LEDGER = {
    "name": "Continental Ledger", "domain": "continentalledger.example", "kind": "magazine",
    "sep": " | ", "tagline": "Africa, in depth",
    "nav": ["Africa", "West Africa", "Economy", "Politics", "Climate", "Long reads"],
    "cookie": "We value your privacy. We use cookies to enhance your browsing experience, "
              "serve personalised ads and analyse traffic.",
    "accept": "Accept cookies", "manage": "Customise",
    "share": ["Facebook", "X", "LinkedIn", "Email", "WhatsApp"], "share_label": "Share article",
    "newsletter": ("The Continental", "Our editors' pick of Africa's stories, every weekday."),
    "ad_label": "Advertisement", "related_label": "More from West Africa",
    "most_read_label": "Most read", "footer": "Continental Ledger is published in Lagos.",
}

ACCRA_CHRONICLE = {
    "name": "The Accra Chronicle", "domain": "accrachronicle.example", "kind": "paper",
    "sep": " - ", "tagline": "Ghana's independent newspaper",
    "nav": ["News", "Politics", "Business", "Regions", "Features", "Sports", "Letters"],
    "cookie": "By using this site you consent to the use of cookies as described in our policy.",
    "accept": "Continue", "share": ["Facebook", "X", "WhatsApp", "Print"],
    "share_label": "Share / print", "share_top": False,
    "newsletter": ("Chronicle Daily", "Today's front page and the day's top stories by email."),
    "ad_label": "ADVERTISEMENT", "related_label": "In today's paper",
    "most_read_label": "Most read", "footer": "The Accra Chronicle, Kokomlemle, Accra.",
}

ATLANTIC = {
    "name": "Atlantic Newswire", "domain": "atlanticnews.example", "kind": "wire",
    "sep": " | ", "tagline": "Breaking news from the Atlantic coast",
    "nav": ["World", "Africa", "Courts", "Business", "Technology"],
    "cookie": "We use cookies to make our site work and to understand how you use it.",
    "accept": "Accept", "share": ["X", "Facebook", "LinkedIn", "Email"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most read", "footer": "(c) 2026 Atlantic Newswire.",
}

DAKAR_MATIN = {
    "name": "Dakar Matin English", "domain": "dakarmatin.example", "kind": "local",
    "sep": " - ", "lang": "en", "tagline": "Senegal's news, in English",
    "nav": ["Senegal", "Politique", "Economy", "Society", "Culture", "Version francaise"],
    "cookie": "Ce site utilise des cookies / This site uses cookies for audience measurement.",
    "accept": "J'accepte / I accept", "share": ["Facebook", "WhatsApp", "X"],
    "share_label": "Partager / Share",
    "newsletter": ("La lettre du matin", "The morning letter, in French and English."),
    "ad_label": "Publicite / Advertisement", "related_label": "Lire aussi / Read also",
    "most_read_label": "Les plus lus / Most read", "footer": "Dakar Matin, Plateau, Dakar.",
}

RIGHTS_COURTS = {
    "name": "Rights & Courts Africa", "domain": "rightscourts.example", "kind": "specialist",
    "sep": " | ", "tagline": "Law reports and analysis from Africa's courts",
    "nav": ["Judgments", "Analysis", "Regional courts", "Constitutions", "Podcast"],
    "cookie": "We use only essential cookies and privacy-friendly analytics.",
    "accept": "Got it", "share": ["LinkedIn", "X", "Email"], "share_label": "Share",
    "newsletter": ("Docket", "A weekly digest of judgments from across the continent."),
    "ad_label": "Supported by our members", "related_label": "Related judgments",
    "most_read_label": "Most read", "footer": "Rights & Courts Africa, a non-profit publication.",
}

ABUJA_OBSERVER = {
    "name": "Abuja Observer", "domain": "abujaobserver.example", "kind": "paper",
    "sep": " - ", "tagline": "The capital's newspaper",
    "nav": ["News", "Politics", "Judiciary", "Business", "FCT", "Opinion"],
    "cookie": "This website uses cookies. Please accept to continue browsing.",
    "accept": "Accept", "share": ["Facebook", "X", "WhatsApp"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related news",
    "most_read_label": "Trending now", "footer": "(c) 2026 Abuja Observer. Wuse II, Abuja.",
}

AE_WIRE = {
    "name": "Afrique Economic Wire", "domain": "aewire.example", "kind": "wire",
    "sep": " - ", "tagline": "Markets and economies of francophone Africa",
    "nav": ["Markets", "Commodities", "Economies", "Companies", "Data"],
    "cookie": "We use cookies for analytics and advertising. See our notice.",
    "accept": "Accept", "share": ["X", "LinkedIn"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most read", "footer": "(c) 2026 Afrique Economic Wire.",
}

COCOA_MONITOR = {
    "name": "CocoaTrade Monitor", "domain": "cocoatrademonitor.example", "kind": "trade",
    "sep": " | ", "tagline": "Intelligence for the cocoa supply chain",
    "nav": ["Prices", "Origins", "Grindings", "Policy", "Sustainability", "Data hub"],
    "cookie": "We use cookies to keep you signed in and to measure readership.",
    "accept": "Accept and continue", "share": ["LinkedIn", "X", "Email"],
    "share_label": "Share with colleagues",
    "newsletter": ("Monitor Weekly", "Arrivals, prices and policy from every origin."),
    "ad_label": "Advertisement", "related_label": "More from origin",
    "most_read_label": "Most read this month",
    "footer": "CocoaTrade Monitor. Subscriber content may not be redistributed.",
}

ABIDJAN_ECO = {
    "name": "Abidjan Eco", "domain": "abidjaneco.example", "kind": "local",
    "sep": " - ", "tagline": "L'economie ivoirienne au quotidien - English service",
    "nav": ["Accueil", "Agriculture", "Finance", "Entreprises", "Emploi", "English"],
    "cookie": "Nous utilisons des cookies. We use cookies to improve our services.",
    "accept": "OK", "share": ["Facebook", "WhatsApp", "X", "LinkedIn"],
    "share_label": "Partager", "newsletter": None,
    "ad_label": "Publicite", "related_label": "A lire aussi",
    "most_read_label": "Les plus lus", "footer": "Abidjan Eco, Cocody, Abidjan.",
}

LAGOS_COMMODITIES = {
    "name": "Lagos Commodities Review", "domain": "lagoscommodities.example",
    "kind": "trade", "sep": " | ", "tagline": "Agribusiness and commodity markets",
    "nav": ["Cocoa", "Sesame", "Cashew", "Grains", "Export", "Events"],
    "cookie": "We use cookies. Continuing means you accept them.",
    "accept": "Fine by me", "share": ["LinkedIn", "WhatsApp", "X"], "share_label": "Share",
    "share_top": False,
    "newsletter": ("LCR Friday", "Farm-gate and export prices from Nigeria and the region."),
    "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most read", "footer": "Lagos Commodities Review, Ikoyi, Lagos.",
}

ORBITWATCH = {
    "name": "OrbitWatch Africa", "domain": "orbitwatchafrica.example", "kind": "live",
    "sep": " | ", "tagline": "Space news for Africa",
    "nav": ["Launches", "Satellites", "Agencies", "Industry", "Explainers"],
    "cookie": "We use cookies to run live coverage and count readers.",
    "accept": "Accept", "share": ["X", "Facebook", "Reddit", "Email"],
    "share_label": "Share this live blog",
    "newsletter": ("Launch Alert", "An email whenever an African satellite heads for orbit."),
    "ad_label": "Advertisement", "related_label": "Related coverage",
    "most_read_label": "Most read", "footer": "OrbitWatch Africa. Independent since 2019.",
}

LAGOS_HERALD = {
    "name": "The Lagos Herald", "domain": "lagosherald.example", "kind": "paper",
    "sep": " - ", "tagline": "Nigeria's news, first",
    "nav": ["Nigeria", "Politics", "Business", "Science & Tech", "Sport", "Entertainment"],
    "cookie": "We use cookies to give you the best experience on our website.",
    "accept": "Accept", "share": ["Facebook", "X", "WhatsApp", "Email"], "share_label": "Share",
    "newsletter": ("Herald Evening", "The day's biggest stories at 6pm."),
    "ad_label": "Advertisement", "related_label": "Also read",
    "most_read_label": "Most read", "footer": "(c) 2026 Herald Publications, Lagos.",
}

CPS = {
    "name": "Continental Press Service", "domain": "cpsnews.example", "kind": "wire",
    "sep": " | ", "tagline": "CPS",
    "nav": ["Africa", "World", "Science", "Business", "Sport"],
    "cookie": "CPS uses cookies for essential functions and anonymous statistics.",
    "accept": "OK", "share": ["Email", "X"], "share_label": "Share",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most read", "footer": "(c) Continental Press Service 2026.",
}

VOLTA_VOICE = {
    "name": "Volta Voice", "domain": "voltavoice.example", "kind": "local",
    "sep": " | ", "tagline": "Ho, Volta and beyond",
    "nav": ["Home", "Volta News", "Education", "Business", "Sports", "Contact"],
    "cookie": "Volta Voice uses cookies to improve your visit.",
    "accept": "Yes, I accept", "share": ["Facebook", "WhatsApp", "X"], "share_label": "Share:",
    "newsletter": None, "ad_label": "Advertisement", "related_label": "Read also",
    "most_read_label": "Popular", "footer": "Volta Voice, Ho. Tips: newsroom@voltavoice.example",
}

ACCRA_PULSE = {
    "name": "Accra Pulse", "domain": "accrapulse.example", "kind": "local live",
    "sep": " | ", "tagline": "Greater Accra, minute by minute",
    "nav": ["News", "Live", "Traffic", "Weather", "Entertainment", "Sports"],
    "cookie": "We use cookies so the live page refreshes properly and to show relevant ads.",
    "accept": "Accept all", "manage": "Reject non-essential",
    "share": ["WhatsApp", "Facebook", "X"], "share_label": "Share",
    "newsletter": ("Pulse Alerts", "Breaking news for Greater Accra, straight to your inbox."),
    "ad_label": "Advertisement", "related_label": "Related",
    "most_read_label": "Most read", "footer": "Accra Pulse, East Legon, Accra.",
}


# ===========================================================================
# Story 1 - cb-EA1 - central bank (Central Bank of Nigeria MPC, 22 September 2026)
# ===========================================================================

_CB_WIRE = {
    "path": "/business/nigeria-central-bank-cuts-rate-50-bps-2026-09-22/",
    "seed": 101,
    "headline": "Nigeria's central bank cuts rate by 50 bps to 25.5% as inflation slows",
    "description": "The Central Bank of Nigeria lowered its Monetary Policy Rate to 25.50% "
                   "on Tuesday, a bigger cut than most analysts expected.",
    "section": "Business",
    "byline": "By Emeka Okorie and Tolu Ademola",
    "ld_author": "Emeka Okorie",
    "date_in": "meta",
    "published": "2026-09-22T13:52:00Z",
    "modified": "2026-09-22T15:20:00Z",
    "visible_date": "September 22, 2026 1:52 PM GMT - Updated 3:20 PM GMT",
    "lead": ("Central Bank of Nigeria Governor Halima Bello-Okafor speaks to reporters after "
             "the Monetary Policy Committee meeting in Abuja.", "Sahel Wire/Musa Garba"),
    "body": """
ABUJA, Sept 22 (Sahel Wire) - The Central Bank of Nigeria cut its benchmark interest rate by
50 basis points to 25.50% on Tuesday, a bigger move than most analysts had expected, saying a
steady slowdown in inflation gave it room to support growth in Africa's most populous country.

Governor Halima Bello-Okafor told reporters in Abuja that nine of the 12 members of the
Monetary Policy Committee (MPC) voted for the half-point cut, while three preferred to keep the
Monetary Policy Rate (MPR) at 26.00%. The committee left the asymmetric corridor around the
policy rate at +250/-250 basis points, and kept the cash reserve ratio for commercial banks at
45% and the liquidity ratio at 30%.

Ten of 15 analysts polled by Sahel Wire last week had forecast a 25-basis-point reduction,
three expected the bank to hold and only two had predicted a cut of 50 basis points.

"The disinflation process is now firmly established, and the committee judged that there is
room to support output without compromising price stability," Bello-Okafor said at a news
conference that began at 14:10 local time (1310 GMT).

Headline inflation eased for a sixth straight month to 18.7% year on year in August from 19.4%
in July, data from the National Bureau of Statistics (NBS) showed last week. Core inflation,
which strips out farm produce and energy, slowed to 16.9%, while food inflation fell to 21.3%.
On a month-on-month basis, consumer prices rose 1.42% in August, compared with 1.61% in July.

[ad]

The bank last cut rates in May, when it lowered the MPR by 50 basis points from 26.50%, before
holding at 26.00% at its July 20-21 meeting.

Bello-Okafor said gross external reserves stood at $43.2 billion as of Sept. 18, up from $40.9
billion at the end of June, helped by higher crude oil output and portfolio inflows into
government debt. The naira closed at 1,412.50 per dollar on the official market on Tuesday,
little changed from Monday's close, according to data from the Nigerian Foreign Exchange
Market (NFEM).

Economic growth picked up to 3.9% year on year in the second quarter from 3.4% in the first
three months of the year, the statistics bureau said last month.

## Dissent over food prices

The governor said the three dissenting members had pointed to risks from food prices ahead of
the dry season and to the possibility of renewed pressure on the currency if global oil prices
weaken. "Those concerns are legitimate and the committee will watch them closely," she said.

"Nine to three is a clear majority, and the message is that the easing cycle has further to
run," said Ngozi Nwachukwu, chief economist at Lagos-based Meridian Capital. "But with the
dissenters worried about food and the exchange rate, I'd expect a more cautious 25 basis points
in November."

Lenders' average prime lending rate was 29.8% in August, central bank data showed, and business
groups have long complained that borrowing costs are choking manufacturing. The Lagos Chamber
of Commerce and Industry welcomed the decision but said rates remained "punishingly high" for
small firms.

Yields on Nigerian treasury bills fell after the announcement, with the one-year bill trading
about 40 basis points lower by mid-afternoon, traders said.

The committee's next meeting is scheduled for Nov. 23-24.

(Reporting by Emeka Okorie in Abuja and Tolu Ademola in Lagos; Editing by Kwesi Arthur)
""",
    "related": [
        ("Ghana's cedi slips 2.3% against dollar in August", "/markets/ghana-cedi-august/"),
        ("Nigeria's August inflation eases to lowest level since 2023, NBS says",
         "/business/nigeria-august-inflation/"),
        ("Analysts split on size of Nigerian rate cut - Sahel Wire poll",
         "/business/cbn-poll-september/"),
    ],
    "most_read": [
        "Senegal's offshore gas output reaches 2.1 million tonnes a year",
        "Cocoa futures jump 4% on West African weather worries",
        "Port of Lome container traffic up 11% in first half",
    ],
}

_CB_LIVE = {
    "path": "/live/cbn-mpc-september-2026-rate-decision/",
    "seed": 102,
    "headline": "LIVE: CBN cuts MPR to 25.5% - naira steady, banking stocks rally",
    "description": "Follow our live coverage of the Central Bank of Nigeria's Monetary Policy "
                   "Committee decision, reactions and market moves.",
    "section": "Markets live",
    "byline": "Live coverage by the Lagos Ledger markets desk (Adaora Nnaji, Segun Bakare)",
    "date_in": "jsonld",
    "ld_type": "LiveBlogPosting",
    "published": "2026-09-22T07:30:00+01:00",
    "modified": "2026-09-22T16:45:00+01:00",
    "visible_date": "Last updated 16:45 WAT",
    "lead": ("Traders on the floor of the Nigerian Exchange in Lagos.",
             "Photo: Lagos Ledger/Kunle Ajayi"),
    "body": """
All times are West Africa Time (WAT, GMT+1). Refresh for the latest.

@@ 16:45 WAT | Wrap: what we learned today

That's where we will leave our live coverage. In summary: the CBN's Monetary Policy Committee
cut the Monetary Policy Rate by 50 basis points to 25.50% by a 9-3 vote; the three dissenters
wanted no change. Other parameters were left alone. Headline inflation, which eased to 17.8% in
August, was the main justification offered by the Governor. Banking stocks led a broad rally,
the naira was steady and treasury bill yields fell. The next MPC meeting is on 23-24 November.

@@ 16:10 WAT | Stocks close higher, banks lead

The NGX All-Share Index closed 1.8% higher at 148,320.55 points, its biggest one-day gain in
five weeks. Tier-one lenders were among the top gainers as investors bet on stronger loan
demand. "Cheaper money is good news for loan books, at least in the short run," said Femi
Adebanjo, head of research at Harbourline Securities.

@@ 15:40 WAT | Economists: more cuts, but smaller

Meridian Capital's chief economist Ngozi Nwachukwu told us the vote showed "a clear majority
for easing", but that she expected a smaller, 25-basis-point move in November because the
minority were worried about food prices and the naira. Kelechi Amadi of Onyx Advisory agreed:
"Half a percentage point was the bold option. The bank now has to show it is not being
reckless."

@@ 15:05 WAT | Naira barely moves

The naira traded at about N1,412.5 to the dollar on the official window at 3pm, almost
unchanged on the day. On the parallel market in Lagos, dealers quoted N1,455. The Governor said
gross external reserves were $43.2 billion as of 18 September.

[ad]

@@ 14:35 WAT | Three members wanted a hold

Dr Bello-Okafor said three of the twelve members voted to hold the rate at 26.00%, citing food
prices ahead of the dry season and exchange-rate risks. The asymmetric corridor stays at
+250/-250 basis points around the MPR, the cash reserve ratio at 45% for commercial banks and
16% for merchant banks, and the liquidity ratio at 30%.

@@ 14:18 WAT | Governor: "disinflation firmly established"

Key quote from the Governor: "The disinflation process is firmly established and the committee
judged there is room to support output without compromising price stability." She added that
second-quarter GDP growth of 3.9% was "encouraging but below our potential".

@@ 14:12 WAT | BREAKING: CBN cuts MPR by 50 bps to 25.50%

The Monetary Policy Committee has lowered the benchmark rate by half a percentage point, from
26.00% to 25.50%. That is a bigger cut than most analysts had pencilled in.

@@ 14:10 WAT | Press conference under way

CBN Governor Halima Bello-Okafor has taken her seat at the bank's head office in Abuja,
flanked by her four deputy governors.

@@ 13:45 WAT | Briefing running late

The post-meeting briefing, scheduled for 13:30, has not started yet. Reporters have been
waiting at the bank's headquarters since midday.

@@ 11:00 WAT | What the analysts expect

Most forecasters expect a smaller move. In a Sahel Wire poll published last week, ten of 15
analysts predicted a 25-basis-point cut, three a hold and two a 50-basis-point cut. Of the eight
economists Lagos Ledger spoke to on Monday, six expect a 25-basis-point reduction.

@@ 07:30 WAT | Good morning

Welcome to our coverage of day two of the MPC's September meeting. The committee held the MPR
at 26.00% in July after cutting it by 50 basis points from 26.50% in May. The average prime
lending rate of Nigerian banks was 29.8% in August.
""",
    "related": [
        ("Explainer: how the MPC votes", "/explainers/how-the-mpc-votes/"),
        ("July: CBN holds rate at 26% for first time this year", "/markets/cbn-july-hold/"),
    ],
    "most_read": [
        "Treasury bill auction oversubscribed 3.4 times",
        "Fintech lender raises $30 million in Series B round",
        "Diesel price falls to N1,180 per litre in Lagos depots",
        "Eurobond yields at lowest level this year",
    ],
}

_CB_PAPER = {
    "path": "/business/cbn-slashes-rate-to-25-5-per-cent-first-cut-since-may/",
    "seed": 103,
    "headline": "CBN slashes rate to 25.5%, first cut since May",
    "dek": "Manufacturers hail decision but say lending rates must follow; naira holds steady",
    "description": "The Monetary Policy Committee of the Central Bank of Nigeria yesterday "
                   "reduced the benchmark interest rate by 50 basis points.",
    "section": "Business",
    "byline": "Chiamaka Eze, Abuja, with additional reporting by Ifeanyi Obi, Lagos",
    "date_in": None,
    "visible_date": "Wednesday, 23 September 2026",
    "lead": ("Members of the Monetary Policy Committee at the start of the two-day meeting in "
             "Abuja on Monday.", "Photo: CBN"),
    "body": """
The Central Bank of Nigeria (CBN) yesterday reduced its benchmark interest rate, the Monetary
Policy Rate (MPR), by 50 basis points to 25.5 per cent, its first cut since May, citing a
sustained decline in inflation.

Announcing the decision of the Monetary Policy Committee (MPC) at the end of its two-day
meeting in Abuja, the Governor of the apex bank, Dr Halima Aisha Bello-Okafor, said ten of the
12 members voted for the 50-basis-point reduction, while two members voted to retain the rate at
26 per cent.

She said the committee was encouraged that headline inflation had declined for six consecutive
months, to 18.7 per cent in August from 19.4 per cent in July, and that core inflation had also
moderated, to 16.9 per cent.

"The disinflation process is now firmly established. The committee therefore judged that there
is room to support output without compromising price stability," the Governor said.

All other policy parameters were retained: the asymmetric corridor at +250/-250 basis points
around the MPR, the Cash Reserve Ratio (CRR) at 45 per cent for commercial banks and 16 per cent
for merchant banks, and the Liquidity Ratio at 30 per cent.

[fig The CBN head office in the Central Business District, Abuja. || Courier photo]

## Manufacturers want cheaper loans

The Manufacturers Association of Nigeria (MAN) welcomed the cut but said its members were still
borrowing at rates above 30 per cent. Its Director-General, Mr Segun Olaniyan-Ajayi, said:
"Half a percentage point off the MPR is a signal. What our members need is for that signal to
reach the banking hall. Nobody can run a factory on 30 per cent money."

The Lagos Chamber of Commerce and Industry (LCCI) also described the decision as "a step in the
right direction" but said interest rates remained "punishingly high" for small businesses.

Banks' average prime lending rate stood at 29.8 per cent in August, according to CBN data.

## Markets react

Banking shares rallied on the Nigerian Exchange yesterday, with the All-Share Index closing
1.8 per cent higher at 148,320.55 points. The naira closed at N1,412.50 to the dollar at the
official window, virtually unchanged from Monday.

The Governor put the country's gross external reserves at $43.2 billion as of September 18.
She also noted that the economy grew by 3.9 per cent in the second quarter, up from 3.4 per cent
in the first quarter.

Most analysts had expected a smaller cut. A chief economist at Meridian Capital, Mrs Ngozi
Nwachukwu, said the decision showed a committee "comfortable with the inflation trend", but
predicted that the bank would reduce the rate by only 25 basis points at its next meeting, on
November 23 and 24.

[ad]

## Background

The MPC had kept the rate unchanged at 26 per cent in July after cutting it by 50 basis points
from 26.5 per cent in May. The committee raised rates aggressively in 2024 as inflation climbed
above 30 per cent, before the National Bureau of Statistics rebased the consumer price index.

Economists say the pace of further cuts will depend on food prices in the coming dry season,
the exchange rate and government borrowing. An economist at the University of Lagos, Prof.
Olufemi Dada, warned that "a naira shock could undo months of disinflation in a few weeks".
""",
    "related": [
        ("Editorial: Lower rates, now lower prices", "/editorial/lower-rates-lower-prices/"),
        ("Senate passes N2.1tn supplementary budget", "/politics/senate-supplementary-budget/"),
    ],
    "most_read": [
        "Lagos-Calabar coastal road: second section 62% complete, says minister",
        "Super Eagles name 26-man squad for qualifiers",
        "Petrol queues return in Abuja as depot prices rise",
    ],
}

_CB_GHANA = {
    "path": "/regional/nigeria-cuts-rates-again-what-it-means-for-ghana/",
    "seed": 104,
    "headline": "Nigeria cuts rates again: what it means for Ghana and the region",
    "description": "Nigeria's central bank lowered its policy rate by half a percentage point. "
                   "Ghanaian exporters and investors weigh the impact.",
    "section": "Regional",
    "byline": "Kwame Asare-Boadu, Regional Economy Editor",
    "date_in": "none-ld",
    "lead": ("Naira and cedi notes at a forex bureau in Accra.", "ABM/Esi Ofori"),
    "body": """
Nigeria's central bank cut its main interest rate by 50 basis points to 25.50 per cent,
announcing the decision on Thursday, 22 September, at a press conference in Abuja that began at
13:10 GMT. It was the second reduction this year by the Central Bank of Nigeria (CBN), and a
larger one than most analysts in Lagos had forecast.

For Ghanaian businesses that trade with Nigeria, and for investors who hold both countries'
debt, the move matters. The gap between the CBN's Monetary Policy Rate and the Bank of Ghana's
policy rate, which stands at 18 per cent after July's cut, has now narrowed to seven and a half
percentage points, from eight percentage points before the decision.

CBN Governor Halima Bello-Okafor said the majority of the Monetary Policy Committee was
persuaded by the steady decline of Nigerian inflation. Headline inflation fell to 18.7 per cent
year on year in August from 19.4 per cent in July, according to Nigeria's National Bureau of
Statistics, while core inflation eased to 16.9 per cent.

"The disinflation process is now firmly established," she said, adding that the committee saw
"room to support output without compromising price stability".

The committee was split by a majority of nine to three, with the three dissenters voting to keep
the rate at 26.00 per cent. The CBN left its cash reserve requirement for commercial banks at 45
per cent, one of the highest in the world, and the liquidity ratio at 30 per cent.

[ad]

## Cheaper naira credit, stable naira?

Analysts in Accra said the immediate impact on Ghana would be limited. "The naira barely moved
on the news, closing around 1,412 to the dollar in Lagos. That tells you the market had priced
in easing," said Abena Dufie Ansah, an economist at the Accra-based research house Coastline
Analytics.

Ghanaian exporters of manufactured goods to Nigeria, from cement to plastics and pharmaceuticals,
have complained for years about payment delays linked to dollar shortages in Nigeria. Gross
external reserves of $43.2 billion, as reported by the CBN governor, should ease those
concerns, said Yaw Boakye-Danquah, who chairs the exporters' committee of the Association of
Ghana Industries.

For bond investors the calculation is different. Nigerian naira treasury bills still offer
yields well above Ghana's cedi bills, but the spread is shrinking. "Foreign investors who came
into Nigerian debt for the yield will be watching to see whether the easing cycle is
accelerating," Ansah said.

## The regional picture

Central banks across West Africa have been loosening policy as inflation recedes from the
peaks of 2023 and 2024. The Central Bank of West African States (BCEAO), which sets rates for
the eight countries of the West African Economic and Monetary Union including Senegal and Cote
d'Ivoire, kept its main rate unchanged at its last meeting.

The Bank of Ghana cut its policy rate by 100 basis points to 18 per cent in July, its third cut
of the year, after Ghana's consumer inflation slowed to 8.9 per cent. Its next Monetary Policy
Committee announcement is due in November.

Nigeria's economy grew 3.9 per cent year on year in the second quarter of 2026, compared with
growth of 5.1 per cent in Ghana over the same period, according to the two countries'
statistics offices.

The CBN's next MPC meeting is scheduled for 23 and 24 November.
""",
    "related": [
        ("Bank of Ghana cuts policy rate to 18% in July", "/finance/bog-cuts-to-18/"),
        ("Cedi ends August 2.3% weaker against the dollar", "/finance/cedi-august/"),
    ],
    "most_read": [
        "Gold exports earn $1.9bn in second quarter",
        "Tema port: new terminal handles first 10,000 containers",
        "Cocoa smuggling costs Ghana 60,000 tonnes a year, study says",
    ],
}

_CB_PLANTED = [
    ("MPC vote split", r"\b9\s*[-\u2013]\s*3\b|\bnine (?:of|to) (?:the )?(?:12|twelve|three)\b",
     r"\b10\s*[-\u2013]\s*2\b|\bten of the (?:12|twelve)\b"),
    ("weekday of the decision (22 September 2026)", r"\btuesday\b", r"\bthursday\b"),
    ("August headline inflation", r"\b18\.7\s*(?:%|per ?cent)", r"\b17\.8\s*(?:%|per ?cent)"),
]

_CB = _story(
    "cb-EA1", "central bank", "2026-09-24",
    [(SAHEL_WIRE, _CB_WIRE), (LAGOS_LEDGER, _CB_LIVE), (DAILY_COURIER, _CB_PAPER),
     (ACCRA_BIZ, _CB_GHANA)],
    _CB_PLANTED,
)


# ===========================================================================
# Story 2 - el-EA2 - election (Awutu Senya East by-election, Ghana, 19 May 2026)
# ===========================================================================

_EL_LIVE = {
    "path": "/politics/live-awutu-senya-east-by-election/",
    "seed": 201,
    "headline": "LIVE: Awutu Senya East by-election - voting, counting and results",
    "description": "Follow Kasoa Today's live coverage of the Awutu Senya East parliamentary "
                   "by-election, from the opening of the polls to the declaration.",
    "section": "Politics",
    "byline": "Kasoa Today reporters: Esi Mensah, Nana Yaw Owusu and Patience Araba Quaye",
    "date_in": None,
    "visible_date": "Live - Tuesday 19 May 2026 (updates continue into Wednesday)",
    "lead": ("Voters queue at a polling station in Kasoa on Tuesday morning.",
             "Kasoa Today/Kojo Fynn"),
    "body": """
All times GMT. Newest updates at the top.

@@ 02:10 | Owusu-Ansah: "This victory belongs to every mother, every trader"

Speaking to supporters outside the collation centre in Kasoa, the MP-elect said: "This victory
belongs to every mother, every trader and every young person in Awutu Senya East. I will not
let you down." Supporters in white and green danced on the main road until police asked them to
clear the way.

@@ 01:40 | DECLARED: Abena Serwaa Owusu-Ansah (NDC) wins

The Returning Officer, Mrs Gifty Akosua Nartey, has declared the NDC candidate, Abena Serwaa
Owusu-Ansah, winner of the Awutu Senya East by-election. Official results from all 212 polling
stations: Abena Serwaa Owusu-Ansah (NDC) 32,418; Kofi Amankwah Boateng (NPP) 24,481; Yaw
Darko-Mensah (CPP) 603; Ibrahim Sulemana Alhassan (Independent) 298. Total valid votes 57,800;
rejected ballots 412; total votes cast 58,212 out of 148,362 registered voters. Margin: 7,937
votes.

"I hereby declare Abena Serwaa Owusu-Ansah of the National Democratic Congress as the Member of
Parliament-elect for the Awutu Senya East constituency," Mrs Nartey announced.

@@ 23:15 | Provisional: 131 of 212 stations collated

The EC's collation at the Kasoa centre has now entered results from 131 of the 212 polling
stations. Provisional figures: Owusu-Ansah 19,870, Boateng 15,102. These figures will change as
more stations are added.

[ad]

@@ 20:30 | Party agents' tallies point to NDC lead

NDC agents say their own unofficial tally from 48 polling stations gives Owusu-Ansah 7,912
votes to Boateng's 5,604. The NPP says its figures show "a close race". Neither count is
official.

@@ 19:10 | Police: five arrests so far

The Central Regional Police Command says five people have now been arrested since the polls
opened, three for alleged vote-buying near Opeikuma and two for attempting to snatch a ballot
box, which was recovered. More than 1,850 officers were deployed for the by-election.

@@ 17:05 | Polls close, counting begins

Voting has ended at most of the 212 polling stations and counting is under way in public view.
Stations that opened late will allow anyone already in the queue to vote.

@@ 15:20 | CODEO: "generally peaceful"

The Coalition of Domestic Election Observers (CODEO) says voting has been generally peaceful
and orderly, with isolated incidents. It has 75 observers in the constituency.

@@ 12:30 | Two arrested near Opeikuma

Police say two men have been arrested on suspicion of distributing cash to voters near a
polling station at Opeikuma.

@@ 09:00 | Late start at Opeikuma

Voting at one polling station at Opeikuma started at 08:30, about an hour and a half late,
because materials arrived late. The EC says voting hours there will be extended.

@@ 07:00 | Polls open

Polling stations opened at 7am. 148,362 voters are registered for the by-election, which was
called after the death in March of the NPP MP, Hon. Emmanuel Kwesi Badu. Polls close at 5pm.
@@end

[box Background || Hon. Emmanuel Kwesi Badu (NPP) won the seat in the December 2024 general
election with 50.8% of the vote on a turnout of 64.5%. He died on 14 March 2026 aged 61.]
""",
    "related": [
        ("Who are the candidates in Awutu Senya East?", "/politics/candidates-awutu-senya-east/"),
        ("Tributes paid to late MP Emmanuel Kwesi Badu", "/obituaries/emmanuel-kwesi-badu/"),
    ],
    "most_read": [
        "Kasoa traffic: new overpass to open in August",
        "Market women protest new tolls at Kasoa market",
        "Awutu Senya district: 14 schools get new classroom blocks",
    ],
}

_EL_WIRE = {
    "path": "/ghana/ndc-wins-awutu-senya-east-by-election/",
    "seed": 202,
    "headline": "Ghana's ruling NDC wins Awutu Senya East by-election, taking seat from NPP",
    "description": "The NDC candidate won the Awutu Senya East parliamentary by-election with "
                   "56.1% of valid votes, the Electoral Commission said.",
    "section": "Ghana",
    "byline": "By Kojo Essel-Aidoo, GGPA",
    "date_in": "meta",
    "published": "2026-05-20T02:05:00Z",
    "visible_date": "20 May 2026 - 02:05 GMT",
    "lead": ("Electoral Commission officials count ballots at a polling station in Kasoa.",
             "GGPA/Yaw Bediako"),
    "body": """
KASOA, Ghana, May 20 (GGPA) - Ghana's governing National Democratic Congress (NDC) won a
parliamentary by-election in the Awutu Senya East constituency, taking a seat previously held by
the opposition New Patriotic Party (NPP), the Electoral Commission (EC) said early on Wednesday.

The NDC candidate, Abena Serwaa Owusu-Asante, a 44-year-old businesswoman and former assembly
member, polled 32,418 votes, or 56.1% of the valid votes cast in Tuesday's poll, the returning
officer, Gifty Akosua Nartey, announced at the collation centre in Kasoa at 01:40 GMT.

The NPP's Kofi Amankwah Boateng received 24,481 votes (42.4%). Yaw Darko-Mensah of the
Convention People's Party (CPP) got 603 votes and independent candidate Ibrahim Sulemana
Alhassan 298.

Of the 148,362 registered voters, 58,212 cast ballots, a turnout of 39.2%. There were 412
rejected ballots. Results from all 212 polling stations were collated overnight; provisional
figures from 131 stations shortly after 23:00 GMT had already shown the NDC candidate ahead.

The by-election was triggered by the death on March 14 of the NPP's Emmanuel Kwesi Badu, who
had held the seat since the December 2024 general election, when he won with 50.8% of the vote
on a turnout of 64.5%.

[ad]

"This victory belongs to every mother, every trader and every young person in Awutu Senya
East," Owusu-Asante told cheering supporters after the declaration. "I will not let you down."

The NPP did not immediately comment on the result. Earlier on Tuesday, its Central regional
chairman, Robert Kwame Essel, had accused NDC supporters of intimidating voters at several
polling stations, a claim the NDC denied.

Police in the Central Region said five people had been arrested during the day, three over
alleged vote-buying and two for trying to snatch a ballot box, which was recovered. More than
1,850 police officers were deployed.

The Coalition of Domestic Election Observers (CODEO), which had 75 observers in the
constituency, said voting was "generally peaceful and transparent, with isolated incidents".
Based on a sample of 40 polling stations, CODEO estimated turnout at 38.9%, close to the
official figure.

Voting at one polling station in Opeikuma began about 90 minutes late because election
materials arrived late, the EC said, and voting hours there were extended.

The constituency, which covers much of the fast-growing town of Kasoa on the western edge of
Greater Accra, is one of the most populous in the country. Traffic congestion, flooding and
the cost of living dominated the campaign.

Analysts said the win would be welcomed by President John Mahama's government, which has faced
criticism over high utility tariffs, but cautioned against reading too much into a low-turnout
by-election. "Turnout below 40% tells you that a lot of voters stayed at home," said Professor
Kwaku Ampratwum-Sarpong, a political scientist at the University of Cape Coast.
""",
    "related": [
        ("Ghana's EC sets May 19 for Awutu Senya East by-election", "/ghana/ec-sets-date/"),
        ("Cedi steadies as Bank of Ghana sells dollars", "/business/cedi-steadies/"),
    ],
    "most_read": [
        "Togo fuel prices rise by 6% from Monday",
        "Nigeria: 17 rescued from collapsed building in Kano",
        "Benin port handles record 1.2 million tonnes in April",
    ],
}

_EL_CONT = {
    "path": "/west-africa/ghana-by-election-ndc-flips-awutu-senya-east/",
    "seed": 203,
    "headline": "Ghana by-election: NDC flips Awutu Senya East as turnout slumps",
    "dek": "The governing party takes a Kasoa seat from the opposition, but fewer than four "
           "in ten registered voters turned out.",
    "description": "Abena Serwaa Owusu-Ansah of the NDC won Awutu Senya East with a margin of "
                   "7,937 votes. Analysis from our West Africa desk.",
    "section": "West Africa",
    "byline": "Tunde Oyelaran-Smith, West Africa correspondent",
    "date_in": "jsonld",
    "published": "2026-05-20T09:30:00+01:00",
    "ld_author": "Tunde Oyelaran-Smith",
    "visible_date": "20 May 2026",
    "lead": ("NDC supporters celebrate in Kasoa after the declaration early on Wednesday.",
             "Continental Ledger/Ama Owusu"),
    "body": """
Ghana's governing National Democratic Congress (NDC) has won the Awutu Senya East parliamentary
seat from the opposition New Patriotic Party (NPP), in a by-election that saw fewer than four in
ten registered voters go to the polls.

The returning officer, Gifty Akosua Nartey, declared Abena Serwaa Owusu-Ansah the winner at
02:40 WAT on Wednesday (01:40 in Accra) at the constituency collation centre in Winneba, after
a count that stretched through the night. Ms Owusu-Ansah won 32,418 votes, about 56 per cent of
the valid votes, against 24,481 for the NPP's Kofi Boateng, a margin of 7,937 votes.

Turnout was just under 40 per cent: 58,212 of the constituency's 148,362 registered voters
cast ballots on Tuesday, and 412 ballots were rejected. Results from all 212 polling stations
were collated overnight. The two minor candidates, from the Convention People's Party (CPP) and
an independent, shared fewer than 1,000 votes between them.

The seat fell vacant when its MP, Emmanuel Kwesi Badu of the NPP, died in March. He had won it in
December 2024 with 50.8 per cent of the vote, when turnout was 64.5 per cent.

## A message for the NPP

For the NPP, which lost power in the December 2024 elections, the result is a blow in a
constituency it had regarded as competitive. The party's Central regional chairman, Robert
Kwame Essel, said on Tuesday that it would "study the results polling station by polling
station" before deciding whether to challenge them. By the time of publication, the NPP
candidate had not spoken publicly.

"This is a seat the NPP won in 2024, in a region that swings. Losing it by nearly 8,000 votes
is significant," said Dr Mawuli Agbenyo-Ofori, a Lagos-based analyst of Ghanaian politics at
the Gulf Policy Institute. "But with turnout this low, you have to be careful about national
conclusions."

[ad]

For the NDC, Owusu-Ansah's victory will be read as a sign that the party's support has held up
despite complaints about electricity tariffs and food prices. The new MP, a 44-year-old
businesswoman and former assembly member, campaigned on roads, flood control and jobs for the
young.

"This victory belongs to every mother, every trader and every young person in Awutu Senya
East," she told supporters after the declaration. "I will not let you down."

## Peaceful, mostly

The Coalition of Domestic Election Observers (CODEO) described the vote as generally peaceful
and transparent. Its own sample-based estimate put turnout at 38.9 per cent, close to the
Electoral Commission's official 39.2 per cent.

Police reported five arrests during the day, mostly over alleged vote-buying, and one polling
station at Opeikuma opened roughly an hour and a half late because materials arrived late.

Ghana's by-elections are closely watched as tests of the national mood between general
elections, which are next due in December 2028.
""",
    "related": [
        ("Ghana's electricity tariffs rise 9% from July", "/economy/ghana-tariffs/"),
        ("Senegal's parliament passes 2026 revised budget", "/west-africa/senegal-budget/"),
    ],
    "most_read": [
        "Nigeria's inflation falls for the fourth month in a row",
        "Cote d'Ivoire cocoa mid-crop arrivals reach 410,000 tonnes",
        "Why Lagos rents rose 25% in a year",
    ],
}

_EL_PAPER = {
    "path": "/news/politics/owusu-ansah-sworn-in-date-set-as-ndc-celebrates/",
    "seed": 204,
    "headline": "Awutu Senya East: NDC celebrates, NPP concedes as Owusu-Ansah prepares for "
                "Parliament",
    "dek": "New MP to be sworn in next week; Boateng congratulates winner",
    "description": "The NPP candidate in the Awutu Senya East by-election has conceded defeat "
                   "and congratulated the MP-elect.",
    "section": "Politics",
    "byline": "By Akosua Frimpong-Manso, Kasoa",
    "date_in": "none-ld",
    "lead": ("The MP-elect, Abena Serwaa Owusu-Ansah (centre), with supporters in Kasoa.",
             "Chronicle photo: Ebo Quansah"),
    "body": """
The New Patriotic Party (NPP) candidate in Tuesday's Awutu Senya East by-election, Mr Kofi
Amankwah Boateng, has conceded defeat and congratulated the National Democratic Congress (NDC)
candidate, Ms Abena Serwaa Owusu-Ansah, on her victory.

Mr Boateng made the concession at a press briefing at his campaign office in Kasoa at about
9:15am on Wednesday, hours after the Returning Officer, Mrs Gifty Akosua Nartey, declared the
results at the constituency collation centre in the early hours of the day.

"I congratulate my sister, Abena. The people have spoken and I respect their verdict. I will
continue to serve this constituency in whatever way I can," he said.

According to the certified results, Ms Owusu-Ansah obtained 32,418 votes, representing 56.09
per cent of the total valid votes, while Mr Boateng polled 24,481 votes, representing 42.35 per
cent. She therefore won by a margin of 7,397 votes. Mr Yaw Darko-Mensah of the Convention
People's Party (CPP) had 603 votes (1.04 per cent) and the independent candidate, Mr Ibrahim
Sulemana Alhassan, 298 votes (0.52 per cent).

A total of 58,212 votes were cast, out of which 412 were rejected. With 148,362 registered
voters, turnout stood at 39.24 per cent.

[fig Mr Kofi Amankwah Boateng addresses journalists in Kasoa on Wednesday. || Chronicle photo:
Ebo Quansah]

## Swearing-in

The Clerk to Parliament has said the MP-elect will be sworn in when the House resumes sitting
next week. Ms Owusu-Ansah, 44, a businesswoman who served as an assembly member for the Kasoa
New Market electoral area, has promised to open a constituency office in every zone.

Addressing party supporters at the NDC constituency office yesterday, she thanked voters and
promised to prioritise the long-awaited drainage works on the Okrudu stream, which floods every
rainy season. "This victory belongs to every mother, every trader and every young person in
Awutu Senya East. I will not let you down," she said.

The by-election became necessary after the death on March 14 of Hon. Emmanuel Kwesi Badu, the
NPP Member of Parliament who won the seat in the 2024 general election with 50.8 per cent of the
votes cast.

## Observers satisfied

The Coalition of Domestic Election Observers (CODEO) commended the Electoral Commission (EC),
the security services and the candidates for a largely peaceful exercise. In a statement signed
by its spokesperson, Dr Esi Amoako-Dadzie, CODEO said its 75 observers reported "isolated
incidents" which did not affect the overall outcome.

The Central Regional Police Command said five persons arrested on Tuesday, three for alleged
vote-buying and two for attempting to snatch a ballot box, would be arraigned before court.

Voting at one polling station at Opeikuma began at 8:30am instead of 7am because of the late
arrival of materials, but the EC extended voting hours there.

[ad]

The NPP's Central Regional Chairman, Mr Robert Kwame Essel, said the party would "go back to the
drawing board" and learn lessons from the defeat.
""",
    "related": [
        ("Editorial: A low turnout should worry everyone", "/opinion/editorial-low-turnout/"),
        ("Kasoa floods: residents demand action on Okrudu stream", "/regions/kasoa-floods/"),
    ],
    "most_read": [
        "Black Stars: coach names 25 for June friendlies",
        "Fuel prices to drop 4% from June 1, NPA says",
        "Accra: 300 traders relocated as Kaneshie market rebuild begins",
    ],
}

_EL_PLANTED = [
    ("place where results were declared", r"\bkasoa\b", r"\bwinneba\b"),
    ("winner's surname", r"owusu[- ]ansah", r"owusu[- ]asante"),
    ("winning margin", r"\b7,?937\b", r"\b7,?397\b"),
]

_EL = _story(
    "el-EA2", "election", "2026-05-22",
    [(KASOA_TODAY, _EL_LIVE), (GGPA, _EL_WIRE), (CONT_LEDGER, _EL_CONT),
     (ACCRA_CHRONICLE, _EL_PAPER)],
    _EL_PLANTED,
)


# ===========================================================================
# Story 3 - ct-EA3 - court (ECOWAS Court judgment on Senegal's 2025 mobile-data
# suspension, Abuja, 15 October 2026) - CONTROL
# ===========================================================================

_CT_WIRE = {
    "path": "/africa/ecowas-court-senegal-internet-shutdown-ruling-20261015/",
    "seed": 301,
    "headline": "ECOWAS court rules Senegal's 2025 mobile data shutdown violated free expression",
    "description": "The ECOWAS Court of Justice ordered Senegal to pay 70 million CFA francs in "
                   "damages to a journalists' group and two reporters.",
    "section": "Africa",
    "byline": "By Chinedu Okafor-Lawson",
    "date_in": "meta",
    "published": "2026-10-15T11:02:00Z",
    "visible_date": "Oct 15, 2026 11:02 GMT",
    "lead": ("The headquarters of the ECOWAS Court of Justice in Abuja.",
             "Atlantic Newswire/Ibrahim Danjuma"),
    "body": """
ABUJA, Oct 15 (Atlantic Newswire) - The Court of Justice of the Economic Community of West
African States (ECOWAS) ruled on Thursday that Senegal violated the right to freedom of
expression when it suspended mobile internet services for 52 hours during protests in June
2025, and ordered the government to pay damages to a group of journalists.

A three-judge panel found unanimously that the suspension, ordered by the communications
ministry from late on June 3 until the early hours of June 6, 2025, breached Article 9 of the
African Charter on Human and Peoples' Rights and Article 19 of the International Covenant on
Civil and Political Rights.

"The respondent State has not shown that the suspension was provided for by a law of sufficient
clarity, nor that it was necessary and proportionate to the aim pursued," Justice Mariama
Kone-Traore, who presided, said as she read the judgment at 11:20 a.m. local time (1020 GMT).

The court ordered Senegal to pay 20 million CFA francs each to the two individual applicants,
online news editor Aminata Ndiaye Sarr and video journalist Ousmane Ba, and 30 million CFA
francs to their organisation, the Collective of Online Journalists of Senegal (CJLS), a total
of 70 million CFA francs (about $124,000). The applicants had sought 500 million CFA francs.

It also ordered the government to adopt measures to ensure that any future restriction of
internet access complied with its international obligations, and to report to the court on
those measures within six months.

The court dismissed a separate complaint about the alleged blocking of a messaging application
on June 7, 2025, saying the applicants had not provided sufficient evidence.

[ad]

Senegal had argued during a hearing in July that the suspension was needed to stop the spread of
"hateful and subversive messages" as protests spread through Dakar and the southern city of
Ziguinchor. Its representative, State Judicial Agent Mamadou Lamine Diouf, told the court the
measure had been "temporary, targeted and limited to mobile data".

The applicants' lawyer, Awa Seck-Diagne, welcomed the ruling. "This is a victory not only for
journalists in Senegal, but for every citizen of the region who relies on a phone to be
informed," she told reporters outside the court in Abuja.

There was no immediate comment from the government in Dakar.

Judgments of the Abuja-based court are binding on the bloc's member states and cannot be
appealed, but rights groups say compliance is patchy. The court has previously ruled against
Togo, in 2020, over internet disruptions during protests in 2017, and against Nigeria, in 2022,
over its suspension of Twitter.

The panel also included Justice Oluwaseun Adeyemi of Nigeria, the judge rapporteur, and Justice
Ricardo Monteiro Gomes of Cabo Verde.

(Editing by Sarah Mensah-Bonsu)
""",
    "related": [
        ("Senegal restores mobile internet after two-day suspension (June 2025)",
         "/africa/senegal-restores-mobile-internet-2025/"),
        ("ECOWAS court orders Nigeria to amend cybercrime law", "/courts/ecowas-cybercrime/"),
    ],
    "most_read": [
        "Ghana's parliament approves $1.4bn road financing deal",
        "Liberia's president names new central bank governor",
        "Gambia: ferry service resumes after 3-week suspension",
    ],
}

_CT_DAKAR = {
    "path": "/en/society/ecowas-court-condemns-senegal-over-mobile-data-cut/",
    "seed": 302,
    "headline": "Mobile data cut: ECOWAS Court condemns Senegal, government 'takes note'",
    "description": "The regional court in Abuja found that the June 2025 suspension of mobile "
                   "data violated the rights of journalists. Reactions in Dakar.",
    "section": "Society",
    "byline": "Fatou Binetou Diallo and Moussa Sow",
    "date_in": None,
    "visible_date": "Jeudi 15 octobre 2026 / Thursday 15 October 2026 - 16:40 GMT",
    "lead": ("Journalists from the CJLS gathered at their Dakar office to follow the judgment "
             "by video link.", "Dakar Matin/Aliou Mbaye"),
    "body": """
The government of Senegal said on Thursday that it "takes note" of a ruling by the Community
Court of Justice of ECOWAS, which found that the suspension of mobile internet in June 2025
violated the freedom of expression of journalists, and ordered the State to pay them damages.

"The government takes note of the decision and will study it with all the seriousness it
deserves," government spokesman Cheikh Tidiane Mbaye said in a brief statement issued in the
afternoon. He did not say whether the State would pay the 70 million CFA francs (about 106,700
euros) awarded by the court.

The judgment was read in Abuja from 10:20 GMT by the president of the panel, Justice Mariama
Koné-Traoré. At the Dakar office of the Collectif des Journalistes en Ligne du Sénégal (CJLS),
which brought the case with two of its members, some thirty journalists followed the reading on
a laptop connected to the court's video link, and applauded when the presiding judge announced
that the panel's decision was unanimous.

## "A lesson for every government"

"Fifty-two hours without mobile data: for an online journalist, that is fifty-two hours without
a newsroom," said the CJLS president, Pape Modou Guèye. "Today the court tells every government
in the region that the switch is not theirs to flip whenever the streets are angry."

Under the judgment, Senegal must pay 20 million CFA francs to each of the two journalists,
Aminata Ndiaye Sarr, editor of the news site Teranga Direct, and Ousmane Ba, a freelance video
journalist, and 30 million CFA francs to the CJLS. The applicants had asked for a total of 500
million francs.

Mrs Sarr said her site lost almost all its traffic during the suspension, which began at 11pm
on 3 June 2025 and ended at 3am on 6 June. "We were reporting on the protests and suddenly our
readers could not reach us. Advertisers cancelled. Two of my reporters were arrested while
trying to send their videos from a hotel with Wi-Fi," she said.

[ad]

The court also ordered Senegal to bring its practice into line with its international
obligations and to report back within six months. It rejected, for lack of evidence, a second
complaint about the blocking of a messaging application on 7 June 2025.

## Government defended "public order"

During the hearing on 9 July in Abuja, the State's representative, the Agent judiciaire de
l'État Mamadou Lamine Diouf, argued that the suspension was necessary to preserve public order
as protests spread in Dakar and Ziguinchor, and that it affected only mobile data, not fixed
lines or voice calls.

For the Senegal Digital Rights Observatory (ODNS), a civil society group, the decision should
lead to a law setting strict conditions for any restriction. "More than 19 million mobile
internet subscriptions were cut off overnight. That cannot be decided by a single ministerial
letter to the operators," said its coordinator, Ndeye Astou Faye.

The judgment had initially been expected on 30 September but was postponed by the court.
Decisions of the ECOWAS Court are binding and not subject to appeal.
""",
    "related": [
        ("Press freedom: Senegal moves up four places in annual index", "/en/society/press-index/"),
        ("Dakar: the BRT carries its 100 millionth passenger", "/en/economy/brt-100-million/"),
    ],
    "most_read": [
        "Lutte: date set for the season's big fight at the national arena",
        "Fishing: 40 pirogues return to Kayar after the storm",
        "Baccalaureat 2026: pass rate at 51.2%",
    ],
}

_CT_SPECIALIST = {
    "path": "/judgments/ecowas/cjls-v-senegal-mobile-data-suspension/",
    "seed": 303,
    "headline": "CJLS v. Senegal: ECOWAS Court sets a proportionality test for network "
                "shutdowns",
    "dek": "In a unanimous judgment, the Abuja court held that a 52-hour mobile data suspension "
           "lacked a clear legal basis. Our analysis of the reasoning and the remedies.",
    "description": "Analysis of the ECOWAS Court judgment in CJLS and others v. Republic of "
                   "Senegal (ECW/CCJ/APP/19/25) on the June 2025 mobile data suspension.",
    "section": "Analysis",
    "byline": "By Dr Adwoa Sarpong-Kyei, Senior Legal Analyst",
    "ld_author": "Adwoa Sarpong-Kyei",
    "date_in": "jsonld",
    "published": "2026-10-16T08:00:00Z",
    "lead": ("A mobile phone showing no data connection in Dakar, June 2025.",
             "File photo: Rights & Courts Africa"),
    "body": """
On Thursday the Community Court of Justice of ECOWAS delivered its judgment in Collectif des
Journalistes en Ligne du Senegal (CJLS) and two others v. Republic of Senegal (suit no.
ECW/CCJ/APP/19/25). The panel - Justice Mariama Koné-Traoré presiding, Justice Oluwaseun Tolu
Adeyemi as judge rapporteur, and Justice Ricardo Monteiro Gomes - was unanimous.

[box The case at a glance || Filed: 2 September 2025. Hearing: 9 July 2026. Judgment: 15
October 2026 (initially scheduled for 30 September). Applicants: CJLS, Aminata Ndiaye Sarr,
Ousmane Ba. Damages awarded: 70 million CFA francs in total. Reporting deadline: six months.]

## The facts

By a letter from the communications ministry to the mobile operators, mobile data services
across Senegal were suspended from 23:00 GMT on 3 June 2025 (midnight in Abuja) until 03:00 GMT
on 6 June 2025 - a suspension of 52 hours. Voice calls, SMS and fixed broadband were not
affected. The government has said the measure was a response to violent protests in Dakar and
Ziguinchor and to the circulation of "hateful and subversive messages".

## The reasoning

The court accepted that the protection of public order is a legitimate aim. It found, however,
that Senegal had not identified a provision of domestic law that foresaw the suspension of
mobile data with sufficient precision for citizens to regulate their conduct, and that a blanket
suspension affecting the entire population could not be regarded as the least restrictive means
available. In the court's words, the State "has not shown that the suspension was provided for
by a law of sufficient clarity, nor that it was necessary and proportionate to the aim pursued".

That is a two-stage test - legality first, then necessity and proportionality - familiar from
the court's earlier decisions on digital rights, notably the 2020 judgment against Togo over
internet disruptions during the 2017 protests and the 2022 judgment against Nigeria over the
suspension of Twitter. What is new is the court's explicit statement that a suspension "by
ministerial letter", without published reasons, fails the legality limb on its own.

[ad]

## Remedies

The applicants had claimed 500 million CFA francs. The court awarded 20 million CFA francs to
each of the individual journalists and 30 million to the CJLS, 70 million in total - roughly
106,700 euros, or about $124,000 at current exchange rates. It dismissed, for want of evidence,
a separate complaint concerning the alleged blocking of a messaging application on 7 June 2025.

More significant in the long run may be the non-monetary order: Senegal must adopt measures,
legislative or otherwise, to ensure that any future restriction of internet access conforms to
the African Charter and the ICCPR, and must report to the court within six months.

## Will Senegal comply?

ECOWAS Court judgments are final and binding, but the court has no enforcement arm of its own,
and compliance with its human-rights judgments has been uneven. The government's first reaction,
through spokesman Cheikh Tidiane Mbaye, was to "take note" of the decision and "study it with
the seriousness it deserves".

For the applicants' counsel, Awa Seck-Diagne, the ruling is "a victory not only for journalists
in Senegal, but for every citizen of the region who relies on a phone to be informed".
""",
    "related": [
        ("Explainer: how to bring a case before the ECOWAS Court", "/explainers/ecowas-court/"),
        ("Kenya High Court: election-night throttling case adjourned", "/judgments/kenya-throttling/"),
    ],
    "most_read": [
        "South Africa: Constitutional Court rules 8-3 on land expropriation appeal",
        "African Court issues 12 judgments in September session",
        "Uganda: High Court awards damages over 2021 election blackout",
    ],
}

_CT_ABUJA = {
    "path": "/judiciary/ecowas-court-orders-senegal-to-pay-journalists-n175m/",
    "seed": 304,
    "headline": "ECOWAS Court orders Senegal to pay journalists N175m over internet shutdown",
    "description": "The Abuja-based ECOWAS Court has held that Senegal's suspension of mobile "
                   "data in 2025 violated the right to freedom of expression.",
    "section": "Judiciary",
    "byline": "Halima Yusuf-Idris",
    "date_in": "none-ld",
    "lead": ("Justice Oluwaseun Adeyemi (right) with other members of the panel.",
             "Abuja Observer"),
    "body": """
The Community Court of Justice of the Economic Community of West African States (ECOWAS),
sitting in Abuja, on Thursday ordered the Republic of Senegal to pay a total of 70 million CFA
francs, about N175 million at current exchange rates, to a journalists' association and two
journalists over the suspension of mobile internet services in that country in June 2025.

Delivering the judgment at 11.20am, the presiding judge, Justice Mariama Kone-Traore, held that
the 52-hour suspension violated the applicants' right to freedom of expression and access to
information, guaranteed under Article 9 of the African Charter on Human and Peoples' Rights.

The three-member panel, which also included Justice Oluwaseun Adeyemi, a Nigerian jurist who
served as judge rapporteur, and Justice Ricardo Monteiro Gomes, was unanimous.

The applicants - the Collective of Online Journalists of Senegal (known by its French initials,
CJLS), the editor Aminata Ndiaye Sarr and the video journalist Ousmane Ba - had approached the
court in September 2025, asking for 500 million CFA francs in damages.

The court awarded 20 million CFA francs each to Sarr and Ba and 30 million CFA francs to the
association. It also directed Senegal to put in place measures to guarantee that future
restrictions of internet access respect its international obligations, and to report back to
the court within six months.

[fig The courtroom of the ECOWAS Court in Abuja. || Abuja Observer]

## "Not provided for by law"

Justice Kone-Traore said Senegal had failed to show that the suspension was based on a clear
law or that it was necessary and proportionate. The panel, however, dismissed a second claim
concerning the blocking of a messaging app, for lack of evidence.

Senegal's representative, Mamadou Lamine Diouf, had argued at the hearing in July that the
measure, which lasted from the night of June 3 until the early hours of June 6, was temporary
and aimed at protecting public order during protests.

Counsel to the applicants, Awa Seck-Diagne, said after the judgment: "This is a victory not just
for journalists in Senegal but for every citizen in the region who relies on a phone to be
informed."

[ad]

## Echoes of Twitter ban

The judgment will resonate in Nigeria, where the same court in 2022 declared unlawful the
Federal Government's suspension of Twitter, which lasted several months. Lawyers in Abuja
said the Senegal ruling went further in spelling out what a government must show before
shutting down networks.

"This judgment is a warning to every government in the sub-region, including ours," said an
Abuja-based human rights lawyer, Barrister Chukwudi Eze-Nwosu. "You cannot switch off the
internet because you do not like what people are saying."

Judgments of the ECOWAS Court are binding on member states and are not subject to appeal,
although the court has repeatedly complained about the slow implementation of its decisions.
""",
    "related": [
        ("NBA president calls for domestication of ECOWAS Court judgments",
         "/judiciary/nba-ecowas-court/"),
        ("FCT High Court adjourns land case to November 4", "/judiciary/fct-land-case/"),
    ],
    "most_read": [
        "Abuja light rail: second line 70% complete, says FCTA",
        "Senate confirms 11 ambassadorial nominees",
        "Kubwa: residents protest 3-day water outage",
    ],
}

_CT = _story(
    "ct-EA3", "court", "2026-10-17",
    [(ATLANTIC, _CT_WIRE), (DAKAR_MATIN, _CT_DAKAR), (RIGHTS_COURTS, _CT_SPECIALIST),
     (ABUJA_OBSERVER, _CT_ABUJA)],
    [],
)


# ===========================================================================
# Story 4 - tr-EA4 - trade (Cote d'Ivoire cocoa farmgate price for 2026/27,
# announced in Daloa on 30 September 2026)
# ===========================================================================

_TR_WIRE = {
    "path": "/commodities/ivory-coast-raises-cocoa-farmgate-price-3000-cfa/",
    "seed": 401,
    "headline": "Ivory Coast raises cocoa farmgate price to 3,000 CFA francs/kg for main crop",
    "description": "Ivory Coast set the farmgate price for the 2026/27 cocoa main crop at "
                   "3,000 CFA francs per kg, up from 2,750 CFA francs.",
    "section": "Commodities",
    "byline": "By Serge Yao Kouame",
    "date_in": "meta",
    "published": "2026-09-30T12:10:00Z",
    "modified": "2026-09-30T13:05:00Z",
    "visible_date": "30 Sep 2026, 12:10 GMT (updated 13:05 GMT)",
    "body": """
DALOA, Ivory Coast, Sept 30 (AEW) - Ivory Coast, the world's top cocoa producer, raised the
guaranteed price paid to farmers for the 2026/27 main crop to 3,000 CFA francs ($5.30) per
kilogram on Wednesday, from 2,750 CFA francs last season, Agriculture Minister Jean-Baptiste
Koffi N'Guessan said.

The increase of 250 CFA francs, or 9.1%, was announced at the official launch of the marketing
season in the western cocoa town of Daloa. The main crop season opens on Thursday, Oct. 1, and
runs until the end of March.

"This price rewards the work of our producers while preserving the stability of the whole
sector," N'Guessan told farmers, exporters and officials gathered for the ceremony, held under
marquees at the Daloa prefecture and broadcast live on national television.

The farmgate price for robusta coffee was raised to 1,650 CFA francs per kg from 1,500 CFA
francs.

Trade Minister Marie-Laure Kouassi told reporters after the ceremony that the Coffee and Cocoa
Council (CCC), the industry regulator, had already sold forward more than 1.3 million tonnes of
the 2026/27 crop at an average price of about $8,700 a tonne, allowing the government to raise
the price while keeping the farmgate price at about 61% of the CIF price, above the 60% minimum
set by the 2012 reform of the sector.

"Any buyer caught paying less than 3,000 francs a kilo will lose their licence. There will be
no tolerance," Kouassi said.

[ad]

Farmers' groups had lobbied for a bigger increase, citing the rising cost of fertiliser and
pesticides. "We asked for 3,500 francs. Three thousand is a step forward, but the price of
fertiliser has almost doubled in two years," said Moussa Bamba, president of the National
Federation of Cocoa Cooperatives (FENACOOP-CI).

Exporters estimated that 1.84 million tonnes of beans had arrived at the ports of Abidjan and
San Pedro between the start of the 2025/26 season on Oct. 1 and Sept. 27, up from 1.79 million
tonnes in the same period a year earlier. Arrivals in the week to Sept. 27 were estimated at
21,000 tonnes, typical of the end of the mid-crop.

The regulator expects main-crop output of around 1.55 million tonnes this season, officials
said, while Abidjan-based consultancy Agrimetrics Cote d'Ivoire has forecast 1.48 million
tonnes, citing patchy rainfall in the east of the growing belt in August.

Pierre-Yves Ake, managing director of exporter Lagune Commodities, said the new price should
help curb smuggling. "At 3,000 francs the gap with neighbouring countries narrows, which should
help slow smuggling across the borders," he said.

Neighbouring Ghana, the other heavyweight of West African cocoa, is expected to announce its
own 2026/27 farmgate price in October.

(Reporting by Serge Yao Kouame; Editing by Claire Ndiaye)
""",
    "related": [
        ("Cocoa futures: London contract falls 2% ahead of Ivorian price decision",
         "/commodities/london-cocoa-falls/"),
        ("Ivory Coast mid-crop arrivals beat expectations", "/commodities/mid-crop-arrivals/"),
    ],
    "most_read": [
        "Senegal's inflation slows to 1.9% in August",
        "BCEAO keeps key rate unchanged at 3.25%",
        "Ghana gold output up 7% in first half",
    ],
}

_TR_MONITOR = {
    "path": "/origins/cote-divoire/2026-27-farmgate-price-3000-cfa-analysis/",
    "seed": 402,
    "headline": "Cote d'Ivoire 2026/27: farmgate price set at XOF 3,000/kg, forward sales "
                "above 1.3 Mt",
    "dek": "The Conseil du Cafe-Cacao lifts the main-crop price by XOF 250/kg. We look at "
           "the CIF ratio, arrivals and the crop outlook.",
    "description": "Ivorian main-crop farmgate price rises to XOF 3,000/kg for 2026/27. "
                   "Analysis of forward sales, the 60% CIF rule and arrivals.",
    "section": "Origins - Cote d'Ivoire",
    "byline": "Hannah Adjoa Mensah-Lindqvist, Origin Analyst, West Africa",
    "ld_author": "Hannah Adjoa Mensah-Lindqvist",
    "date_in": "jsonld",
    "published": "2026-09-30T15:30:00Z",
    "lead": ("Cocoa beans drying at a cooperative near Daloa.",
             "CocoaTrade Monitor/Koffi Amani"),
    "body": """
Cote d'Ivoire's Conseil du Cafe-Cacao (CCC) will pay farmers XOF 3,000/kg for cocoa in the
2026/27 main crop, Minister of Agriculture, Rural Development and Food Production Jean-Baptiste
N'Guessan announced on Wednesday at the season launch in Daloa. That is XOF 250/kg (9.1%) more
than the XOF 2,750/kg paid throughout the 2025/26 season, main crop and April-September mid-crop
alike.

[box Key numbers || Main-crop farmgate price: XOF 3,000/kg (EUR 4.57/kg; about USD 5.30/kg).
Previous: XOF 2,750/kg. Robusta coffee: XOF 1,650/kg (from 1,500). Forward sales of 2026/27
crop: more than 1.3 Mt at an average of about USD 8,700/t CIF. Main crop opens 1 October.]

## The CIF arithmetic

Under the marketing system introduced in 2012, the regulator sells a large share of the
coming crop forward through auctions and guarantees growers at least 60% of the CIF price. CCC
director general Marie-Laure Kouassi told us that more than 1.3 million tonnes of the 2026/27
crop had been sold forward at an average of about USD 8,700/t.

At the fixed parity of XOF 655.957 to the euro and an exchange rate of about USD 1.16 to the
euro, XOF 3,000/kg equates to roughly USD 5,300/t - about 61% of that average forward price. "We
have respected the 60% rule, and we have kept a margin for the stabilisation fund," Kouassi
said. "Any buyer caught paying less than 3,000 francs a kilo will lose their licence. There will
be no tolerance."

The minister framed the decision as a balance between growers and the sector's finances: "This
price rewards the work of our producers while preserving the stability of the sector as a
whole."

[ad]

## Arrivals and crop outlook

Exporters' estimates put arrivals at the ports of Abidjan and San Pedro at 1.84 Mt for the
2025/26 season up to 27 September, against 1.79 Mt over the same period of 2024/25, an increase
of about 2.8%. Arrivals in the week to 27 September were estimated at 21,000 t, typical of the
tail end of the mid-crop.

For the new main crop (October-March), the CCC is working on a figure of about 1.55 Mt. Abidjan
consultancy Agrimetrics Cote d'Ivoire is more cautious at 1.48 Mt, pointing to below-average
August rainfall in the east. Farmers around Daloa and Soubre told our correspondent that flowering
and pod counts looked good after regular rains in the west.

## Growers want more

The National Federation of Cocoa Cooperatives (FENACOOP-CI) had asked for XOF 3,500/kg. Its
president, Moussa Bamba, said: "We asked for 3,500 francs. Three thousand is a step forward, but
the price of fertiliser has almost doubled in two years."

Exporters broadly welcomed the price as realistic. Pierre-Yves Ake, managing director of
Lagune Commodities, one of the larger local exporters, said the narrower gap with neighbouring
countries "should help slow smuggling across the borders". Ghana's COCOBOD is expected to
announce its own 2026/27 price in October.

The robusta coffee farmgate price rises to XOF 1,650/kg from XOF 1,500/kg, an increase of 10%.
""",
    "related": [
        ("Grindings: Q3 European data due 15 October", "/grindings/q3-europe-preview/"),
        ("Ghana: COCOBOD syndicated loan talks", "/origins/ghana/cocobod-financing/"),
        ("Explainer: how Ivorian forward sales work", "/explainers/ivorian-forward-sales/"),
    ],
    "most_read": [
        "Nigeria cocoa exports up 12% in first half, customs data show",
        "Cameroon: 2025/26 output estimated at 310,000 t",
        "EU deforestation rules: what changes on 30 December",
    ],
}

_TR_LOCAL = {
    "path": "/en/agriculture/cocoa-3000-francs-planters-react/",
    "seed": 403,
    "headline": "Cocoa at 3,000 francs: in Daloa, planters welcome a 'step' but want more",
    "description": "The government raised the cocoa farmgate price to 3,000 CFA francs per "
                   "kilo for the 2026/27 main crop. Reactions in Daloa and Abidjan.",
    "section": "Agriculture",
    "byline": "Awa Konate and Didier Zadi, in Daloa",
    "date_in": None,
    "visible_date": "Mis à jour le 30/09/2026 à 17h45 GMT",
    "lead": ("Planters at the launch of the 2026/27 cocoa season in Daloa.",
             "Abidjan Eco / Seydou Traore"),
    "body": """
The announcement came shortly after 11am, under a large white marquee on the esplanade of the
Daloa prefecture. When the Minister of Agriculture, Rural Development and Food Production,
Jean-Baptiste Koffi N'Guessan, read out the new farmgate price - 3,000 CFA francs per kilogram
for the main crop of the 2026/27 season - applause rose from the rows of planters who had
travelled from across the Haut-Sassandra region.

The price is 250 francs higher than the 2,750 francs paid last season, an increase of about 9%.
The main crop campaign opens officially on Thursday 1 October.

"This price rewards the work of our producers while preserving the stability of the entire
sector," the minister said, in a speech broadcast live on national television.

For the robusta coffee producers also present, the price was raised to 1,650 francs per
kilogram, compared with 1,500 francs previously.

## "A step forward"

Not everyone was satisfied. "We asked for 3,500 francs. Three thousand is a step forward, but the
price of fertiliser has almost doubled in two years," said Pierre-Yves Ake, managing director
of the exporting company Lagune Commodities, speaking to Abidjan Eco on the sidelines of the
ceremony.

In the village of Gboguhe, outside Daloa, Koffi Yao Bernard, who farms four
hectares of cocoa, said he would use the extra money to replace old trees. "With 3,000 francs,
if the buyers respect the price, I can pay the labourers and buy a little fertiliser. But we
have seen too many seasons where the trader at the roadside gives you 2,500 and says take it or
leave it," he said.

[fig Koffi Yao Bernard on his farm near Gboguhe. || Abidjan Eco / Seydou Traore]

The director general of the Coffee and Cocoa Council (CCC), Marie-Laure Kouassi, promised
strict controls. "Any buyer caught paying less than 3,000 francs a kilo will lose their licence.
There will be no tolerance," she warned, adding that mobile brigades would be deployed in the
main producing areas from the first week of the campaign.

[ad]

## Forward sales

According to Mrs Kouassi, the CCC has already sold more than 1.3 million tonnes of the coming
crop forward, at an average price of around 8,700 dollars per tonne. This allowed the State to
guarantee farmers about 61% of the CIF price, above the minimum of 60% provided for by the
reform of the sector.

On the port side, exporters estimate that 1.84 million tonnes of cocoa arrived in Abidjan and
San Pedro between 1 October 2025 and 27 September, compared with 1.79 million tonnes during
the same period of the previous season.

For the new season, the CCC expects a main crop of around 1.55 million tonnes. The consultancy
Agrimetrics Cote d'Ivoire expects a slightly smaller harvest, at 1.48 million tonnes.

In Daloa, traders in the central market were already preparing for the first purchases. "From
tomorrow, the trucks will leave for San Pedro," said one warehouse manager.
""",
    "related": [
        ("San Pedro: the new cocoa warehouse zone is ready", "/en/business/san-pedro-warehouses/"),
        ("Cashew: 2026 exports reach 1.1 million tonnes", "/en/agriculture/cashew-exports/"),
    ],
    "most_read": [
        "Abidjan: the fourth bridge records 60,000 vehicles a day",
        "Rubber: prices fall 3% in September",
        "Jobs: 4,000 young people recruited for the agricultural census",
    ],
}

_TR_LAGOS = {
    "path": "/cocoa/ivorian-price-hike-what-it-means-for-nigerian-farmers/",
    "seed": 404,
    "headline": "Ivorian cocoa price hike: what it means for Nigerian farmers and exporters",
    "description": "Cote d'Ivoire's new farmgate price of 3,000 CFA francs/kg sets the tone for "
                   "the region. Nigerian traders assess the impact.",
    "section": "Cocoa",
    "byline": "Bolaji Adekunle-Coker, Commodities Editor",
    "date_in": "none-ld",
    "lead": ("Cocoa bags at a warehouse in Ondo State.", "LCR photo"),
    "body": """
Cote d'Ivoire, which grows more cocoa than any other country, has raised the price it
guarantees to its farmers for the 2026/27 main crop to 3,000 CFA francs per kilogram, an 8.3
per cent increase on the 2,750 CFA francs paid last season. The Ivorian Minister of
Agriculture, Jean-Baptiste N'Guessan, announced the price at a ceremony in Daloa that began at
about noon Lagos time on Wednesday, a day before the main crop opened on October 1.

At the fixed exchange rate of 655.957 CFA francs to the euro, the new price is worth about
EUR4.57 per kilogram, or a little over $5.30. Converted at the official naira rate, that is
roughly N7.5 million per tonne.

Nigeria, one of the region's big four growers, has no fixed farmgate price. Farmers in Ondo,
Ogun, Osun and Cross River sell at prices that follow the world market. Buying agents in
Akure told LCR that beans were changing hands at around N9.6 million per tonne last week,
well above the Ivorian guaranteed price, although Nigerian farmers carry the full risk of
falling world prices.

"The Ivorian system gives certainty, ours gives upside," said Alhaji Musa Danladi-Ojo, who
exports cocoa through Lagos and chairs the cocoa committee of a national exporters' group. "When
world prices were at their peak, our farmers earned far more than farmers in Abidjan. When
prices fall, they will envy the Ivorians."

[ad]

## Forward sales and the 60% rule

The Ivorian regulator, the Coffee and Cocoa Council (CCC), says it has already sold forward more
than 1.3 million tonnes of the new crop at an average of about $8,700 per tonne. The CCC's
director general, Marie-Laure Kouassi, said this allowed the government to pay farmers around
61 per cent of the CIF price, above the 60 per cent minimum written into the 2012 reform.

She also warned that buyers who paid below the official price would lose their licences. "There
will be no tolerance," she said.

Ivorian farmers' cooperatives had asked for 3,500 francs. The president of the National
Federation of Cocoa Cooperatives, Moussa Bamba, said the increase was "a step forward" but
complained that fertiliser prices had "almost doubled in two years". The price of a 50kg bag of
NPK fertiliser in Nigeria has risen by a similar amount since 2024, according to dealers in
Ibadan.

## Crop outlook

Exporters estimate that 1.84 million tonnes of Ivorian cocoa reached the ports of Abidjan and
San Pedro in the 2025/26 season up to September 27, against 1.79 million tonnes a year earlier.
For the main crop that has just begun, the CCC expects about 1.55 million tonnes, while the
Abidjan consultancy Agrimetrics Cote d'Ivoire forecasts 1.48 million tonnes.

Nigerian output, by contrast, is forecast by industry estimates at around 340,000 tonnes for
2026/27, similar to last season. Ghana's Cocoa Board is expected to announce its 2026/27 price
later in October.

Robusta coffee producers in Cote d'Ivoire will receive 1,650 CFA francs per kilogram, up from
1,500 CFA francs.
""",
    "related": [
        ("Sesame: export prices firm at $1,450 a tonne", "/sesame/export-prices-firm/"),
        ("Cashew season: Ogbomoso buyers pay N1,900/kg", "/cashew/ogbomoso-buyers/"),
    ],
    "most_read": [
        "Cocoa: Ondo farmers get 14,000 new seedlings",
        "Ginger prices fall 20% as harvest begins",
        "Apapa: export terminal queue down to 3 days",
    ],
}

_TR_PLANTED = [
    ("Marie-Laure Kouassi's role", r"\bdirector[- ]general\b", r"\btrade minister\b"),
    ("who said 'We asked for 3,500 francs'", r"\bbamba\b", r"\bak[e\u00e9]\b"),
    ("percentage increase of the farmgate price", r"\b9\.1\s*(?:%|per ?cent)",
     r"\b8\.3\s*(?:%|per ?cent)"),
]

_TR = _story(
    "tr-EA4", "trade", "2026-10-02",
    [(AE_WIRE, _TR_WIRE), (COCOA_MONITOR, _TR_MONITOR), (ABIDJAN_ECO, _TR_LOCAL),
     (LAGOS_COMMODITIES, _TR_LAGOS)],
    _TR_PLANTED,
)


# ===========================================================================
# Story 5 - rk-EA5 - rocket (Kestrel-2 launch of Nigeria's ZumaSat-1 and Ghana's
# Anansi-1 from Kourou, 10/11 June 2026) - CONTROL
# ===========================================================================

_RK_LIVE = {
    "path": "/launches/live-kestrel-2-zumasat-1-anansi-1/",
    "seed": 501,
    "headline": "Live: Kestrel-2 launches Nigeria's ZumaSat-1 and Ghana's Anansi-1",
    "description": "Minute-by-minute coverage of the third Kestrel-2 flight from Kourou, "
                   "carrying 12 satellites including two from West Africa.",
    "section": "Launches",
    "byline": "Live blog: Obinna Chukwuma-Hart and Akua Serwaa Donkor",
    "date_in": "jsonld",
    "ld_type": "LiveBlogPosting",
    "published": "2026-06-11T00:30:00Z",
    "modified": "2026-06-11T03:40:00Z",
    "visible_date": "Updated 03:40 UTC",
    "lead": ("The Kestrel-2 rocket on its pad at the Guiana Space Centre before Tuesday's "
             "scrubbed attempt.", "Meridian Orbital"),
    "body": """
Times in UTC. Kourou is UTC-3; Accra is UTC; Lagos and Abuja are UTC+1.

@@ 03:40 UTC | First signal from ZumaSat-1

NASRDA has confirmed that its mission control centre in Abuja received the first telemetry
from ZumaSat-1 at 03:31 UTC (04:31 in Abuja), one hour and 44 minutes after liftoff. Solar
panels have deployed and the satellite is power-positive, according to the agency. "Tonight
Nigeria has eyes in the sky again, built with Nigerian hands," said NASRDA director general Dr
Ifeoma Chukwu-Adebayo.

@@ 03:08 UTC | Twelve for twelve

Meridian Orbital says the last of the 12 payloads has been released, one hour and 21 minutes
after liftoff. "Kestrel performed flawlessly. Twelve for twelve," mission director Claire
Dufresne-Moreau wrote on the company's feed.

@@ 02:51 UTC | Anansi-1 deployed

Ghana's Anansi-1 cubesat, built by students at the Volta Institute of Technology in Ho, has been
ejected from its dispenser at T+1:04. The team in Ho will listen for its beacon on later passes.

@@ 02:43 UTC | ZumaSat-1 separation confirmed

The primary payload, Nigeria's 214 kg ZumaSat-1 Earth-observation satellite, separated from the
upper stage at T+56:10 into a sun-synchronous orbit of about 540 km. Applause in the Kourou
control room - and, we are told, in Abuja, where it is 03:43.

[ad]

@@ 02:20 UTC | Second burn complete

The upper stage has completed its second, circularisation burn. The stack is in the target
orbit. Satellite deployments begin in about 20 minutes.

@@ 01:51 UTC | Fairing away

Payload fairing separated at T+3:40. The upper-stage engine is burning normally.

@@ 01:50 UTC | Stage separation

First-stage separation at T+2:38, upper-stage ignition confirmed.

@@ 01:47 UTC | LIFTOFF

Kestrel-2 has lifted off from the Guiana Space Centre at 01:47 UTC - 22:47 on Wednesday evening
in Kourou, 02:47 on Thursday morning in Lagos and Abuja, 01:47 in Accra. This is the third
flight of Meridian Orbital's Kestrel-2 and it carries 12 satellites.

@@ 01:40 UTC | Terminal count

The terminal count is under way. In Abuja, where it is 02:40, NASRDA staff have gathered in the
mission control centre to watch the launch on a big screen. ZumaSat-1 is designed to operate
for seven years; the programme has cost N68 billion, about $48 million.

@@ 01:30 UTC | Weather 90% go

Tuesday's attempt was scrubbed four minutes before liftoff because of strong upper-level winds.
Tonight the forecast is 90% favourable. The launch window opens at 01:47 UTC and lasts 22
minutes.

@@ 00:30 UTC | Welcome

Good evening from Kourou and good morning to readers in West Africa. Tonight's primary payload
is ZumaSat-1, Nigeria's first Earth-observation satellite in more than a decade, with a ground
resolution of 1.5 m in panchromatic and 6 m in multispectral mode and a swath of 24 km. Among
the 11 rideshare payloads is Anansi-1, a 3U cubesat from Ghana. Kestrel-2's second flight, in
February, carried nine satellites.
@@end
""",
    "related": [
        ("Explainer: what is a sun-synchronous orbit?", "/explainers/sun-synchronous-orbit/"),
        ("February: Kestrel-2 puts nine satellites in orbit on second flight",
         "/launches/kestrel-2-second-flight/"),
    ],
    "most_read": [
        "Rwanda signs agreement for 2028 Earth-observation mission",
        "Egypt's new satellite assembly centre opens",
        "Kenya's Taifa-2 passes critical design review",
    ],
}

_RK_HERALD = {
    "path": "/science-tech/zumasat-1-nigeria-launches-new-earth-observation-satellite/",
    "seed": 502,
    "headline": "ZumaSat-1: Nigeria back in space as new satellite sends first signals",
    "dek": "N68bn Earth-observation satellite launched from French Guiana in the early hours",
    "description": "Nigeria's ZumaSat-1 satellite was launched from Kourou in the early hours of "
                   "Thursday and has made contact with the ground station in Abuja.",
    "section": "Science & Tech",
    "byline": "By Oluwatoyin Bamgbose-Reid, Science Correspondent",
    "date_in": None,
    "visible_date": "Thursday, June 11, 2026 | 3:15 pm",
    "lead": ("NASRDA engineers celebrate in the mission control room in Abuja.",
             "Photo: NASRDA"),
    "body": """
Nigeria returned to space in the early hours of Thursday when ZumaSat-1, an Earth-observation
satellite built for the National Space Research and Development Agency (NASRDA), was launched
from the Guiana Space Centre in Kourou, French Guiana, at 2.47am Nigerian time.

Less than two hours later, at 4.31am, engineers at NASRDA's mission control centre in Abuja
received the first signals from the 214-kilogramme satellite, confirming that it had survived
the launch and that its solar panels had deployed.

"Tonight Nigeria has eyes in the sky again, and they were built with Nigerian hands," the
Director-General of NASRDA, Dr Ifeoma Chukwu-Adebayo, told journalists at the agency's
headquarters in Abuja, where staff had gathered overnight to watch the launch on a big screen.

ZumaSat-1 was carried into orbit by the Kestrel-2 rocket of the European launch company Meridian
Orbital, on the rocket's third flight. It separated from the rocket's upper stage at 3.43am,
about 56 minutes after liftoff, in a sun-synchronous orbit about 540 kilometres above the Earth.

[ad]

The launch was originally scheduled for Tuesday night but was called off minutes before liftoff
because of strong winds at high altitude, and was moved back by 24 hours.

## What the satellite will do

The satellite, named after Zuma Rock, the monolith near Abuja, carries a camera that can see
objects as small as 1.5 metres across in black and white and six metres in colour, covering a
strip of land 24 kilometres wide on each pass. NASRDA says it will be used to monitor
farmland, flooding, illegal mining, urban growth and oil pipelines, and to support security
agencies.

The programme cost N68 billion, or about $48 million, including the ground segment and the
training of 40 Nigerian engineers who worked alongside the European partner, Aster Space
Systems, on the design and assembly. The satellite is designed to operate for seven years.

"The data will be available to Nigerian ministries and states free of charge, and to private
users at a commercial rate," Dr Chukwu-Adebayo said.

## Twelve satellites

ZumaSat-1 was one of 12 satellites on board. Among the others was Anansi-1, a small satellite
built by students in Ghana, which was released about an hour after liftoff and whose signal was
picked up by its team in Ho at 10.12am Nigerian time. All 12 were released successfully, the
launch company said.

[fig Kestrel-2 lifts off from Kourou. The launch took place at 10.47pm local time on
Wednesday. || Photo: Meridian Orbital]

Nigeria launched its first satellite, NigeriaSat-1, in 2003. Experts say the country's space
programme has suffered from gaps in funding and from the loss of trained staff to foreign
companies. "The test now is not the launch, it is the next seven years," said Dr Yemi
Olatunji-Bassey, a space policy researcher at the University of Ibadan. "Will the data be used
by the people who need it?"

Meridian Orbital's mission director, Claire Dufresne-Moreau, described the flight as "flawless"
and said the company planned two more Kestrel-2 launches before the end of the year.
""",
    "related": [
        ("Editorial: A satellite is only as good as the data it shares", "/opinion/zumasat-editorial/"),
        ("How Zuma Rock got its name", "/features/zuma-rock/"),
    ],
    "most_read": [
        "Fuel: NNPC retail price unchanged at N935 per litre",
        "Super Falcons beat Cameroon 2-1 in friendly",
        "Lagos: 3rd Mainland Bridge closed for 48 hours this weekend",
    ],
}

_RK_WIRE = {
    "path": "/science/kestrel-2-launches-nigerian-satellite-from-kourou/",
    "seed": 503,
    "headline": "Kestrel-2 rocket launches Nigerian Earth-observation satellite from Kourou",
    "description": "A Kestrel-2 rocket carrying Nigeria's ZumaSat-1 and 11 other satellites "
                   "lifted off from French Guiana on Wednesday night.",
    "section": "Science",
    "byline": "By Jean-Marc Lafleur-Obeng",
    "date_in": "meta",
    "published": "2026-06-11T02:58:00Z",
    "body": """
KOUROU, French Guiana, June 10 (CPS) - A Kestrel-2 rocket lifted off from the Guiana Space Centre
on Wednesday night carrying Nigeria's ZumaSat-1 Earth-observation satellite and 11 smaller
spacecraft, including a student-built satellite from Ghana.

The rocket, built and operated by the European launch company Meridian Orbital, left the pad at
10:47 p.m. local time (0147 GMT Thursday), a day after a first attempt was scrubbed four minutes
before liftoff because of strong upper-level winds.

ZumaSat-1, a 214-kg satellite built for Nigeria's National Space Research and Development Agency
(NASRDA), separated from the upper stage about 56 minutes after launch in a sun-synchronous orbit
at an altitude of about 540 km (336 miles), the company said.

Ghana's Anansi-1, a 3U cubesat built by students at the Volta Institute of Technology in Ho,
was released at 0251 GMT. The remaining rideshare payloads, from Europe and Latin America, were
due to be deployed over the following 20 minutes.

NASRDA said it expected to receive the first signals from ZumaSat-1 at its mission control
centre in Abuja within about an hour.

The launch window opened at 10:47 p.m. and lasted 22 minutes, and the rocket left at the first
opportunity. On Tuesday, the countdown was halted at T-minus four minutes after weather balloons
measured wind shear at high altitude above the rocket's limits, the company said.

Kestrel-2 is a two-stage rocket. Its first stage separated about two and a half minutes after
liftoff, and the upper stage fired twice to reach the target orbit before releasing the
satellites. The rideshare payloads include Earth-observation, communications and
technology-demonstration satellites for universities and companies in Europe and Latin America.

[ad]

"It was a textbook ascent," Meridian Orbital mission director Claire Dufresne-Moreau said in
the Kourou control centre after the primary payload separated.

The launch was the third for Kestrel-2, which made its debut in September 2025. Its second
flight, in February, placed nine satellites in orbit.

Nigeria, Africa's most populous nation, has spent about 68 billion naira ($48 million) on the
ZumaSat-1 programme, including a ground station and training for Nigerian engineers. The
satellite, designed to last seven years, will provide imagery with a resolution of 1.5 metres
for agriculture, flood monitoring and security.

NASRDA's director general, Ifeoma Chukwu-Adebayo, said in a statement before the launch that
the satellite would "give Nigeria its eyes in the sky again".

ZumaSat-1 is named after Zuma Rock, a monolith near Abuja, and will be controlled from the
agency's mission control centre in the capital.

Anansi-1 carries a receiver for the identification signals broadcast by ships, to help track
fishing vessels in the Gulf of Guinea. "We have waited three years for this night," the
project's lead, Efua Mensimah Quaye, said before the launch.

Nigeria's first satellite, NigeriaSat-1, was launched in 2003. Ghana's first, GhanaSat-1, was
deployed from the International Space Station in 2017.
""",
    "related": [
        ("Meridian Orbital wins contract for 2027 constellation launches",
         "/business/meridian-orbital-contract/"),
    ],
    "most_read": [
        "Gabon: port strike ends after 6 days",
        "Mauritania gas field ships 10th cargo",
        "Cameroon's central bank governor reappointed",
    ],
}

_RK_VOLTA = {
    "path": "/education/anansi-1-volta-institute-satellite-in-orbit/",
    "seed": 504,
    "headline": "Anansi-1 in orbit: Volta Institute students hear their satellite 'speak'",
    "description": "The cubesat built by students in Ho was launched from French Guiana with "
                   "Nigeria's ZumaSat-1. Its first beacon was received in Ho.",
    "section": "Education",
    "byline": "Selorm Kwame Agbeko",
    "date_in": "none-ld",
    "lead": ("Students of the Volta Institute of Technology celebrate in the ground station "
             "in Ho after receiving the first beacon.", "Volta Voice/Edem Dzokoto"),
    "body": """
At 9:12am GMT on Thursday, a faint series of beeps filled the small ground station on the roof of
the engineering block at the Volta Institute of Technology in Ho, and fourteen students who had
not slept all night began to shout and hug each other. Anansi-1, the satellite they spent three
years building, was alive in orbit.

"That sound is the most beautiful thing I have ever heard," said Elikem Dotse, a 23-year-old
final-year student who wrote much of the satellite's software. "It means everything we did
works."

Anansi-1 is a 3U cubesat, roughly the size of a loaf of bread and weighing about 4 kilograms. It
was launched from the Guiana Space Centre in Kourou, French Guiana, on a Kestrel-2 rocket at
1:47am GMT on Thursday, which was 10:47pm on Wednesday in Kourou. The rocket's main passenger
was Nigeria's ZumaSat-1 Earth-observation satellite; Anansi-1 was one of 11 smaller satellites
sharing the ride.

The cubesat was released from its dispenser at 2:51am GMT, one hour and four minutes after
liftoff. The team then had to wait for the satellite to pass over Ghana with its antennas
deployed before they could hear it.

[ad]

## Watching the sea

The project lead, Dr Efua Mensimah Quaye, who heads the institute's space systems laboratory,
said Anansi-1 carries a receiver that picks up the automatic identification signals
transmitted by ships, which will help track fishing vessels in the Gulf of Guinea, as well as
a small camera to photograph the coastline and the Volta Lake.

"Illegal fishing costs our coastal communities dearly. With Anansi-1, young Ghanaians are
building the tools to watch our own waters," Dr Quaye said.

The project cost GH₵2.1 million, funded by the institute, a grant from a European foundation
and contributions from two Ghanaian companies. The launch was provided at a reduced price under
a programme for universities run by the launch company, Meridian Orbital.

Anansi-1 is expected to operate for about two years before its orbit, some 540 kilometres above
the Earth, slowly decays.

## A proud night for the region

Students and lecturers watched the launch on a projector in the institute's main lecture
theatre. The first attempt, on Tuesday night, was called off minutes before liftoff because of
strong winds high in the atmosphere, to groans in the hall. "We came back the next night with
more people," laughed Dr Quaye.

Ghana's first satellite, GhanaSat-1, was built by university students in Koforidua and
deployed from the International Space Station in 2017. The Ho team believes Anansi-1 is the first
Ghanaian satellite to be launched directly into orbit by a rocket.

The Volta Regional Minister's office sent a message of congratulations, and the institute said
the students would be received by education officials in Accra next week.
""",
    "related": [
        ("Ho: Volta Institute opens new engineering block", "/education/new-engineering-block/"),
        ("Keta: fishermen report 30% drop in catches", "/business/keta-catches/"),
    ],
    "most_read": [
        "Ho Teaching Hospital gets new dialysis unit",
        "Hohoe: 200 farmers receive improved maize seed",
        "Volta Regional football: Ho Heroes win 3-0",
    ],
}

_RK = _story(
    "rk-EA5", "rocket", "2026-06-12",
    [(ORBITWATCH, _RK_LIVE), (LAGOS_HERALD, _RK_HERALD), (CPS, _RK_WIRE),
     (VOLTA_VOICE, _RK_VOLTA)],
    [],
)


# ===========================================================================
# Story 6 - eq-EA6 - earthquake (Weija/Accra earthquake, Sunday 6 September 2026)
# - CONTROL
# ===========================================================================

_EQ_LIVE = {
    "path": "/live/earthquake-accra-weija-tremor-updates/",
    "seed": 601,
    "headline": "Earthquake live: tremor shakes Accra, one dead as NADMO counts damage",
    "description": "Live updates after an earthquake near Weija woke residents across Greater "
                   "Accra in the early hours of Sunday.",
    "section": "Live",
    "byline": "Accra Pulse newsroom: Kafui Adzo Amenyo, Michael Nii Lamptey",
    "date_in": "jsonld",
    "ld_type": "LiveBlogPosting",
    "published": "2026-09-06T04:02:00Z",
    "modified": "2026-09-06T18:50:00Z",
    "visible_date": "Sunday 6 September 2026 - last update 18:50 GMT",
    "lead": ("A cracked wall in a house at Weija after the earthquake.",
             "Accra Pulse/Nana Kwesi Asiedu"),
    "body": """
All times GMT (local time in Ghana). Latest first.

@@ 18:50 | Six aftershocks so far

The Ghana Geological Survey Authority (GGSA) says it has recorded six aftershocks by 18:00 GMT,
all of them smaller than magnitude 3.2. Most were not felt by residents. The authority again
urged people not to sleep in rooms with cracked walls.

@@ 15:20 | NADMO: one dead, 17 injured

NADMO's afternoon update, issued at 14:30, says a 67-year-old woman has died. She was injured
when a wall of her house at Weija collapsed and died at Korle Bu Teaching Hospital late in the
morning. The number of injured has risen to 17 and 98 houses are now recorded as damaged.
The GGSA said at 15:00 that it had recorded five aftershocks.

@@ 12:10 | Weija Dam is safe, says Ghana Water

Ghana Water Limited says engineers inspected the Weija Dam at first light and found no
structural damage. "Water supply to the western parts of Accra is normal," said its
communications manager, Ebenezer Nii Armah.

@@ 10:05 | USGS puts magnitude at 4.6

The US Geological Survey has estimated the quake's magnitude at 4.6, at a depth of 10 km, with
the epicentre 16 km west-southwest of Accra. The GGSA's own reading remains 4.9 at a depth of
8 km. Dr Nana Akua Boakye-Ansah, head of seismology at the GGSA, told Accra Pulse: "Different
agencies use different stations and different magnitude scales. For a local event our network
is the reference, but a difference of three tenths is normal."

[ad]

@@ 09:30 | Police cordon off damaged houses

Police and NADMO officials have cordoned off several damaged houses at Weija and Gbawe. The Fire
Service says it has responded to calls for help across the western suburbs since the quake, but
no fires have been reported.

@@ 08:15 | NADMO: nine injured, no deaths

The National Disaster Management Organisation (NADMO) says nine people were injured, most by
falling blocks and broken glass, and about 60 houses were damaged, mainly at Weija, Gbawe and
Mallam. No deaths have been reported so far.

@@ 06:40 | Two aftershocks recorded

The GGSA says two aftershocks have been recorded, the largest of magnitude 3.1 at 04:05.

@@ 05:30 | GGSA: magnitude 4.9 near Weija

Preliminary figures from the GGSA: magnitude 4.9 (local magnitude), origin time 03:12:41 GMT,
depth 8 km, epicentre near Weija, about 14 km west of central Accra. No tsunami threat.

@@ 05:10 | Families spend the night outside

Our reporter at Gbawe says dozens of families are sitting on plastic chairs by the roadside,
afraid to go back inside. "The walls were shaking like paper," one woman told us.

@@ 04:02 | Earthquake felt across Accra

Residents across Greater Accra were woken just after 3am by an earthquake. Readers in Kasoa,
Tema, Dansoman and Nsawam tell us the shaking lasted several seconds. Several people ran into
the streets.
@@end

[box What to do after an earthquake || Check walls and ceilings for cracks before going back
inside. Do not sleep in damaged rooms. Report damage to NADMO on its toll-free line.]
""",
    "related": [
        ("January: magnitude 3.8 tremor near Nsawam", "/news/nsawam-tremor-january/"),
        ("Why Accra sits on fault lines - explained", "/news/accra-fault-lines-explained/"),
    ],
    "most_read": [
        "Traffic: Kasoa road works end next week",
        "Weather: 30mm of rain expected in Accra on Tuesday",
        "Hearts of Oak win 2-0 at home",
    ],
}

_EQ_WIRE = {
    "path": "/ghana/earthquake-shakes-accra-nine-injured/",
    "seed": 602,
    "headline": "Earthquake shakes Ghana's capital Accra, nine injured",
    "description": "A moderate earthquake struck near Accra before dawn on Sunday, injuring nine "
                   "people and damaging dozens of houses, officials said.",
    "section": "Ghana",
    "byline": "By Adjoa Nyarko-Sam, GGPA",
    "date_in": "meta",
    "published": "2026-09-06T10:30:00Z",
    "visible_date": "6 September 2026 - 10:30 GMT",
    "lead": ("Residents inspect a damaged house in Gbawe, west of Accra.", "GGPA/Yaw Bediako"),
    "body": """
ACCRA, Sept 6 (GGPA) - A moderate earthquake struck near Ghana's capital Accra before dawn on
Sunday, injuring nine people and damaging about 60 houses, the National Disaster Management
Organisation (NADMO) said.

The Ghana Geological Survey Authority (GGSA) said the quake, which hit at 03:12 GMT, had a
magnitude of 4.9 and a depth of 8 km, with its epicentre near Weija, about 14 km (9 miles) west
of the city centre.

The US Geological Survey (USGS) put the magnitude at 4.6 and the depth at 10 km, locating the
epicentre 16 km west-southwest of Accra.

The tremor was felt across Greater Accra and in the neighbouring towns of Kasoa, Tema and
Nsawam. Some residents of Lome, the capital of neighbouring Togo, also reported on social media
that they had felt it.

NADMO Director-General Kwaku Agyemang-Duah said the nine injured, most of them hit by falling
blocks or glass, had been taken to hospitals in Accra, including Korle Bu Teaching Hospital. "No
deaths have been reported so far, but our teams are still going house to house in the affected
communities," he said in a statement at 08:00 GMT.

[ad]

Most of the damaged buildings were in Weija, Gbawe and Mallam, on the western side of the
capital, where many homes are built of sandcrete blocks without reinforcement.

"I thought a truck had hit the house. The whole room was shaking and the windows were
rattling," said Kwesi Appiah, a 38-year-old taxi driver in Gbawe, who spent the rest of the
night outside with his wife and three children. "Nobody wanted to go back in."

Police and NADMO officials cordoned off several damaged buildings in Weija, and the Ghana
National Fire Service said it had responded to 11 calls for help since the quake, none of them
involving fires. The GGSA urged residents to stay out of rooms with visible cracks and to report
damage to NADMO.

The GGSA said it had recorded three aftershocks by 09:00 GMT, the largest of magnitude 3.1 at
04:05 GMT.

"This was a moderate earthquake by world standards, but a significant one for Accra, because
it was shallow and close to a densely populated area," said Dr Nana Akua Boakye-Ansah, the
GGSA's chief seismologist. She said there was no risk of a tsunami.

Accra lies near the junction of the Akwapim fault zone and the coastal boundary fault, and has
a long history of seismic activity. An earthquake in 1939 was the most destructive in the
country's recorded history. In January this year, a magnitude 3.8 tremor was recorded near
Nsawam, north of the capital, without causing damage.

Ghana Water Limited said it was inspecting the Weija Dam, which supplies water to western Accra,
as a precaution.
""",
    "related": [
        ("Ghana: NADMO warns of flooding risk as rains intensify", "/ghana/nadmo-flooding/"),
        ("Togo: Lome port traffic rises 11%", "/togo/lome-port/"),
    ],
    "most_read": [
        "Nigeria: 4 killed in tanker explosion on Lagos-Ibadan road",
        "Benin: cotton exports reach 700,000 tonnes",
        "Cote d'Ivoire: cocoa farmgate price decision due this month",
    ],
}

_EQ_CONT = {
    "path": "/west-africa/accra-earthquake-death-toll-rises/",
    "seed": 603,
    "headline": "Accra earthquake: one dead, 17 injured as Ghana assesses damage",
    "dek": "A shallow magnitude 4.9 quake near Weija damaged dozens of homes, raising "
           "questions about building standards across the region.",
    "description": "One person has died and 17 were injured after an earthquake near Accra on "
                   "Sunday, Ghana's disaster agency said.",
    "section": "West Africa",
    "byline": "Tunde Oyelaran-Smith, with Ama Owusu in Accra",
    "date_in": None,
    "visible_date": "Updated 19:05 WAT, 6 September 2026",
    "lead": ("Soldiers and NADMO officials clear debris at Weija on Sunday.",
             "Continental Ledger/Ama Owusu"),
    "body": """
One person has died and 17 have been injured after an earthquake struck near Ghana's capital,
Accra, in the early hours of Sunday, the country's National Disaster Management Organisation
(NADMO) said.

The quake hit at 04:12 West Africa Time (03:12 GMT in Accra), waking residents across the city
of more than five million people. The Ghana Geological Survey Authority (GGSA) measured it at
magnitude 4.9, with a shallow depth of 8 km, and placed the epicentre near Weija, on the western
edge of the capital. The United States Geological Survey gave a slightly lower magnitude of 4.6.

The shaking was felt across Greater Accra and in Kasoa, Tema and Nsawam, and some residents of
Lome, the Togolese capital, said on social media that they had felt it too. Many people ran into
the streets in their nightclothes.

In an update at 14:30 GMT, NADMO said a 67-year-old woman died in hospital after a wall of her
house in Weija collapsed on her. Earlier in the day the agency had reported nine injured and no
deaths. It said 98 houses had been damaged.

"We are asking residents whose walls have cracked to sleep elsewhere until our engineers have
inspected them," NADMO Director-General Kwaku Agyemang-Duah told reporters at Weija. "Most of
the damage we have seen is to buildings that were put up without proper supervision."

[ad]

## Aftershocks and fear

By 4pm Lagos time (3pm in Accra), the GGSA had recorded five aftershocks, the largest of
magnitude 3.1. Dr Nana Akua Boakye-Ansah, who heads the authority's seismology department, said
aftershocks could continue for days. "People should not panic, but they should be careful," she
said.

The Weija-Gbawe Municipal Chief Executive, Comfort Adjeley Quartey, said temporary shelter had
been arranged in two schools for families whose houses were unsafe. "Some people spent the rest
of the night outside and will sleep outside again tonight," she said.

## A region unprepared?

West Africa is not usually thought of as earthquake country, but southern Ghana is an
exception. Accra sits close to the junction of two fault systems, and the 1939 earthquake that
destroyed parts of the city remains the most destructive in Ghana's recorded history.

Engineers say the greater danger is not the size of the earthquakes but the quality of
construction. "A magnitude 4.9 should not bring down walls. When it does, it tells you about the
blocks and the mortar, not about the earthquake," said Engineer Kofi Asamoah-Darko, a former
president of a Ghanaian engineers' association. Similar concerns have been raised in Lagos,
where dozens of buildings have collapsed in recent years without any earthquake at all.

Ghana Water Limited said the Weija Dam, which supplies much of western Accra, had been inspected
and showed no structural damage.
""",
    "related": [
        ("Lagos building collapses: what the inquiry found", "/nigeria/lagos-collapses-inquiry/"),
        ("Ghana by-election: NDC flips Awutu Senya East", "/west-africa/ghana-by-election/"),
    ],
    "most_read": [
        "Senegal's first LNG cargo leaves Saint-Louis",
        "Nigeria's naira weakens to 1,430 per dollar",
        "Why Abidjan's metro is two years late",
    ],
}

_EQ_PAPER = {
    "path": "/news/weija-earthquake-146-houses-damaged-23-injured/",
    "seed": 604,
    "headline": "Weija earthquake: 146 houses damaged, 23 injured - NADMO",
    "dek": "Victim, 67, to be buried next week; GGSA records 8 aftershocks",
    "description": "NADMO has updated the figures from Sunday's earthquake near Weija: one "
                   "dead, 23 injured and 146 houses damaged.",
    "section": "News",
    "byline": "By Emmanuel Kofi Tawiah & Gifty Naa Dedei Addo",
    "date_in": "none-ld",
    "lead": ("A collapsed kitchen wall at Weija.", "Chronicle photo: Ebo Quansah"),
    "body": """
The National Disaster Management Organisation (NADMO) yesterday put the number of people injured
in Sunday's earthquake at 23, with 146 houses damaged, 12 of which collapsed completely.

In a statement issued at 9am, NADMO said 410 people had been displaced and were staying with
relatives or in two temporary shelters opened by the Weija-Gbawe Municipal Assembly. Four of
the injured were still on admission at hospitals in Accra; the rest had been treated and
discharged.

The one person confirmed dead, Madam Adwoa Nyarkoa, 67, was injured when the wall of her room
collapsed on her as she slept at Weija. She died later that morning at the Korle Bu Teaching
Hospital. Her family said she would be buried next week.

The Director-General of NADMO, Mr Kwaku Agyemang-Duah, who toured the affected communities of
Weija, Gbawe and Mallam, said relief items including mattresses, blankets and food had been
distributed. "We will not leave anybody behind," he assured the residents.

[fig Residents of Gbawe with relief items distributed by NADMO. || Chronicle photo: Ebo
Quansah]

## Quake was magnitude 4.9

According to the Ghana Geological Survey Authority (GGSA), the earthquake struck at 3:12am on
Sunday with a magnitude of 4.9 and its epicentre near Weija, about 14 kilometres west of central
Accra, at a depth of eight kilometres. The United States Geological Survey (USGS) estimated the
magnitude at 4.6.

The head of seismology at the GGSA, Dr Nana Akua Boakye-Ansah, told The Chronicle that eight
aftershocks had been recorded by 8am yesterday, the largest of magnitude 3.1. "The activity is
decreasing, which is what we expect. But Accra must take earthquakes seriously," she said.

She called for the enforcement of the national building code and for a study of all public
buildings in the western part of the city.

[ad]

## Schools affected

Two basic schools at Weija suffered cracks in classroom walls, and the Municipal Education
Directorate has suspended classes in the affected blocks until engineers certify them as safe.

The Weija-Gbawe Municipal Chief Executive, Mrs Comfort Adjeley Quartey, urged landlords to
inspect their buildings and warned that structures found to be dangerous would be pulled down.
"Nobody wants to lose a house, but nobody should lose a life either," she said.

Ghana Water Limited said the Weija Dam was inspected on Sunday morning and showed no structural
damage.

At Weija Junction, traders said business had been slow since Sunday as customers stayed away
from multi-storey buildings. "People are afraid of the buildings. They buy quickly and go," said
Auntie Esi Mansa, who sells provisions near the lorry station.

Accra has experienced several minor tremors in recent years, including a magnitude 3.8 event
near Nsawam in January. An earthquake in 1939 remains the most destructive in Ghana's history.
""",
    "related": [
        ("Editorial: Build right, or pay the price", "/opinion/editorial-build-right/"),
        ("Kaneshie: traders relocated as market rebuild continues", "/news/kaneshie-market/"),
    ],
    "most_read": [
        "Black Stars name 24-man squad for September qualifiers",
        "Fuel prices unchanged in September window, NPA says",
        "Teacher trainees' allowances to be paid this week",
    ],
}

_EQ = _story(
    "eq-EA6", "earthquake", "2026-09-08",
    [(ACCRA_PULSE, _EQ_LIVE), (GGPA, _EQ_WIRE), (CONT_LEDGER, _EQ_CONT),
     (ACCRA_CHRONICLE, _EQ_PAPER)],
    [],
)

STORIES: list[dict] = [_CB, _EL, _CT, _TR, _RK, _EQ]
