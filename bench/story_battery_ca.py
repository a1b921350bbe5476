"""Story battery, part CA — the Maghreb and Egypt (Morocco, Algeria, Tunisia, Egypt), events in 2026.

Written by engineer CA1 on 2026-12-07 for the thirtieth batch, a precision batch: most differences
between outlets are legitimate (a careful editor would accept them) and only a few real
contradictions are planted, each in exactly one outlet. Three stories are controls with no planted
disagreement and no real contradiction anywhere. All outlets (domains ending in .example),
reporters, companies, most officials and all figures are invented; real institutions and places
(Bank Al-Maghrib, ISIE, Cairo Economic Court, Office des Changes, Guiana Space Centre, CRAAG, USGS,
EMSC...) are scenery only. Times: Morocco GMT+1 in June/September, Tunisia and Algeria GMT+1 (no
DST), Egypt GMT+3 (summer time) in May and July, Kourou GMT-3.

cb-CA1 (central bank). True facts: Bank Al-Maghrib's board met in Rabat on Tuesday 23 June 2026 and
cut the key rate by 25 bp from 2.25% to 2.00% (second cut of 2026 after March, 2.50% -> 2.25%;
cycle began September 2025, 2.75% -> 2.50%; 75 bp in all). Statement 17:00 Rabat = 16:00 GMT;
Governor Mohamed Mehdi Lahlou's press conference 18:00 Rabat = 17:00 GMT. May CPI 0.9% y/y, core
1.4%; inflation forecast 1.3% for 2026 (1.6% in March), 1.9% for 2027; growth 4.6% for 2026 (3.9%
in March), 3.8% for 2027; cereal harvest 52 million quintals = 5.2 Mt (44 Mq in 2025); reserves
projected at 412 billion dirhams (~$44.5bn) = 5 months 20 days of imports; credit +4.7%; deficit
3.5% of GDP; next meeting 22 September. Lahlou said the room for easing 'is not unlimited' and the
bank will move 'step by step'; Deputy Governor Salma Kettani spoke only on banks (NPLs 8.6%).
PLANTED (3): (1) weekday: right Tuesday, wrong 'Wednesday' in Frontier Rates Monitor; (2) who said
the 'room for easing ... not unlimited' quote: right Lahlou, wrong Kettani in The Atlas Ledger; (3)
end-2026 reserves: right 412 billion dirhams, wrong 421 billion in the Le Comptoir Eco live page.
Outlets: Maghreb Wire Service wire (article:published_time 23 June 16:24 GMT); Le Comptoir Eco live
page with timestamped updates in Rabat time (JSON-LD, 16:30-19:15); The Atlas Ledger newspaper
piece next day (24 June, visible date only, says 'yesterday'); Frontier Rates Monitor specialist
note (no date at all, JSON-LD without date). Traps: 17:00 Rabat vs 16:00 GMT; 2%/2.00%; 25 bp vs a
quarter of a percentage point vs 0.75 points over three moves; headline 0.9% vs core 1.4% vs
forecast 1.3% vs March forecast 1.6%; growth 4.6% vs March 3.9% vs IMF 4.2% (attributed); 52 Mq vs
5.2 Mt; reserves '5 months and 20 days' vs 'nearly/close to six months', dirhams vs dollars; real
rate 1.1% vs 0.6% (headline vs core); quote in slightly different wordings; name with/without
'Mohamed'; analyst poll 8 of 12; sidebars with Egypt 21%, Tunisia 7.00% and 5.1% inflation;
December 1.75% forecast is a forecast.

el-CA2 (election) — CONTROL. True facts: partial municipal election in Sfax, Tunisia, Sunday 18
October 2026, polls 08:00-18:00 Tunis (07:00-17:00 GMT); 36 seats, eight lists, 288 candidates,
246,800 registered voters. ISIE turnout 9.8% at 13:00, 17.2% at 16:00, provisional 23.4% at close
(announced 19:45), revised to 23.7% in the preliminary results announced Tuesday 20 October at
15:00 Tunis (14:00 GMT): 58,492 ballots, 56,340 valid. Sfax Awla (head Dr Mounir Ben Slama, 54)
17,803 votes, 31.6%, 12 seats; Al-Amal Citizens' List (Amira Chaabane) 12,564, 22.3%, 8 seats;
Coalition for Sfax (Hatem Kammoun) 10,029, 17.8%, 7 seats; three smaller lists 9 seats (4+3+2); two
lists below 3%. Margin 5,239 votes / 9.3 points; majority 19; final results by 10 November; 2018
turnout 31.2%. Outlets: Sfax Today local live page (JSON-LD, updates in Tunis time, 07:40-21:10 on
polling day); The Tunis Courier newspaper next day (Monday 19 October, visible date only) with
Ballot Watch's parallel tally (about 32/22/18% on 71% of stations, projected 11-13 seats); Maghreb
Wire Service wire on results day (article:published_time 20 October 14:40 GMT); Maghreb Electoral
Review specialist analysis (no date at all). Traps: turnout growing through the day; provisional
23.4% vs revised 23.7% (said so); observers' projection vs official result; 31.6% of votes vs a
third of the seats; 7.2% of registered voters; margin in votes vs points; 18:00 local vs GMT; ISIE
named in English, French and by acronym; 'Dr' title; Chaabane's quote shortened; 2018 figures.

ct-CA3 (court). True facts: Thursday 14 May 2026, Cairo Economic Court, three-judge panel presided
over by Judge (Counsellor) Ashraf Zaki Mansour; session opened 10:30, verdict read at 13:15 Cairo
(10:15 GMT). Nile Yield founder Tarek Hamdy El-Sherbiny, 41: 10 years and EGP 50 million fine
(~$1m); co-founder Mostafa Adel Ragab 7 years; four defendants 5 years, five defendants 3 years; 11
of 14 convicted, 3 acquitted; assets of ~EGP 640 million confiscated; civil claims referred to
civil courts; appeal within 40 days. Scheme raised ~EGP 2.3 billion (~$46m) from ~18,600 investors
(2022-2025) at 6% a month; FRA warning March 2025; referral November 2025; first hearing 12 January
2026; nine sessions. PLANTED (3): (1) size of the bench: right three-judge panel, wrong 'five-judge
panel' in Compliance North Africa; (2) court's city: right Cairo, wrong 'Alexandria Economic Court'
(dateline ALEXANDRIA) in The Delta Gazette; (3) founder's first name: right Tarek, wrong 'Tamer' in
the Qanun Today live blog. Outlets: Levant & Nile Press Agency wire (article:published_time 14 May
10:58 GMT); Qanun Today live blog in Cairo time (JSON-LD, 09:50-14:40); The Delta Gazette newspaper
next day (15 May, visible date only); Compliance North Africa specialist site (no date at all,
JSON-LD without date). Traps: 13:15 Cairo vs 10:15 GMT; EGP 2.3bn vs $46m; 50 million pounds vs
$1m; '10 years' vs 'a decade'/'ten years'; '9 others got three to five years'; 6% a month vs 72% a
year (simple) vs over 100% compounded; ~21,000 initial complaints consolidated to 18,600 investors
(said so); Judge vs Counsellor; 'Mostafa Ragab' without middle name; Golden Horizon 2024 (seven
years, 11% recovered) is an earlier case; 640m is less than a third of 2.3bn; sidebar inflation
13.1%.

tr-CA4 (trade) — CONTROL. True facts: Office des Changes released preliminary January-August 2026
figures on Wednesday 30 September 2026: exports 318.4bn dirhams (+6.2%), imports 528.9bn (+4.1%),
deficit 210.5bn (+1.1%); coverage ratio 60.2% (59.0% a year earlier, +1.2 points); automotive
104.7bn (+8.9%), phosphates and derivatives 59.3bn (+11.4%), aerospace 16.8bn (+12.0%), agrifood
61.2bn (-1.8%); energy imports 73.6bn (-5.8%), capital goods 142.6bn (+14.3%); travel receipts
79.2bn (+9.7%), remittances 81.6bn (+3.2%), net FDI 17.4bn (+21.5%); August alone: exports 35.1bn,
imports 61.4bn, deficit 26.3bn. Minister of Industry and Trade Karima Lazrak. Tanger Med (port
authority figures): 6.9 million TEU (+7.5%) and 452,000 vehicles (+6.1%) in eight months. Outlets:
Atlantic Economic Wire wire (article:published_time 30 September 15:10 UTC); Casablanca Business
Daily newspaper next day (1 October, visible date only, 'yesterday'); Maritime & Trade Maghreb
specialist site (JSON-LD 2 October, euro conversions at 10.80); Tanja24 local Tangier site (no date
at all, 'on Wednesday'). Traps: month (August) vs year to date; dirhams vs dollars ($22.8bn) vs
euros (EUR29.5bn, 49.0bn, 19.5bn, 9.7bn, 5.5bn); 12.0% vs 12%; 'almost a third'/'one dirham in
three' for 32.9%; increases in dirhams (20.8bn vs 18.6bn, 8.6bn) vs percentages; coverage ratio vs
'ratio of exports to imports'; monthly coverage about 57%; TEU vs vehicles; minister's title
phrased two ways and quote in two wordings; Office des Changes vs 'foreign exchange office';
release date vs data period; sidebars (Egypt +9%, Morocco inflation 1.1%, Marrakesh +6%).

rk-CA5 (rocket). True facts: Meridian-2 (Orbital Meridian, Toulouse) lifted off from the Guiana
Space Centre, Kourou, on Wednesday 8 July 2026 at 22:41:30 local (GMT-3) = 01:41:30 UTC on Thursday
9 July = 04:41 Cairo; four satellites on board (Egypt's NEXSAT-2 plus three cubesats, one of them
Argan-1 of Ibn Zohr University, Agadir). NEXSAT-2 separated at T+54 min 20 s (02:36 UTC); cubesats
released by 02:47 UTC; first signal at Space City 05:52 Cairo = 02:52 UTC. NEXSAT-2: 312 kg, 540 km
(336 miles) sun-synchronous orbit, 1.2 m pan / 4.8 m multispectral, five-year design life,
programme ~$38m (~EGP 1.8bn). First attempt scrubbed Monday 6 July (winds). Second flight of
Meridian-2 (maiden flight November 2025 carried six satellites). EgSA CEO Dr Hala El-Kholy; Orbital
Meridian CEO Laurent Viguier. PLANTED (3): (1) liftoff local time: right 22:41, wrong '22:14' in
the Cairo Evening Post; (2) NEXSAT-2 separation: right 54 minutes after liftoff, wrong '45 minutes'
in Agadir Now; (3) satellites on board: right four, wrong 'five satellites' in the Orbit Ledger
live page. Outlets: Continental Wire wire (dateline KOUROU July 8, article:published_time 9 July
02:58 GMT); Orbit Ledger specialist live page in UTC (JSON-LD, 00:30-03:15 UTC 9 July); Cairo
Evening Post newspaper (Friday 10 July, visible date only, 'yesterday'); Agadir Now local site (no
date at all). Traps: Wednesday evening local vs Thursday UTC/Cairo/Morocco (date crosses midnight);
22:41:30 vs 22:41 vs 01:41 UTC vs 04:41 Cairo; 'just under an hour' vs '54 minutes' vs '54 minutes
20 seconds'; 05:52 Cairo vs 02:52 UTC; 540 km vs 336 miles; 312 kg vs 312 kilograms; $38m vs 1.8bn
pounds; 'three cubesats' vs 'four satellites'; six satellites on the previous flight; Argan-1's
beacon at 05:10 Moroccan time is a different satellite; NEXSAT-1 (2019-2024); radar satellite
planned for 2028.

eq-CA6 (earthquake) — CONTROL. True facts: Saturday 14 November 2026 at 03:27 local (GMT+1) = 02:27
UTC, CRAAG ML 5.4, epicentre 9 km north of Kherrata, Béjaïa province (~30 km south-east of Béjaïa
city, ~200 km / 125 miles east of Algiers), depth 10 km; USGS Mw 5.2 at 12 km; EMSC 5.3. Civil
Protection tolls: 06:40 1 dead/9 injured; 10:15 3 dead/27; 13:30 4 dead/41; 19:00 5 dead/63; Sunday
08:00 5 dead/68 (12 still in hospital). Aftershocks: 23 by midday Saturday (largest M4.1 at 05:02
local = 04:02 UTC), 37 by 07:00 Sunday. Damage: 212 houses damaged and 38 uninhabitable
(preliminary, Saturday evening); 57 of 340 inspected buildings uninhabitable by Sunday morning.
National Road 9 reopened 11:30; 150 tents Saturday, more than 260 by Sunday. Interior Minister
Lakhdar Benyoucef, wali Kamel Hadjadj, Dr Samia Boudiaf (CRAAG). Outlets: North Africa Press Agency
wire (article:published_time 14 November 07:20 GMT, modified 13:50 GMT, toll as of 13:30 local);
Bejaia Info local live page (JSON-LD, updates 03:48-19:20 local); The Algiers Observer newspaper
next day (Sunday 15 November, visible date only); QuakeDesk specialist site (no date at all, UTC
times, toll 'as of Saturday afternoon'). Traps: counts growing with the time of each update; 03:27
local vs 02:27 UTC vs 3:27 a.m.; magnitudes of three agencies (attributed) and depth 10 vs 12 km;
km vs miles; 38 vs 57 uninhabitable (preliminary vs inspected, said so); 150 vs 260 tents over
time; 23 vs 37 aftershocks over time; Béjaïa/Bejaia and Sétif/Setif spellings; wali vs governor;
minister's quote in two wordings; the 2024 M4.9 tremor; sidebar M4.6 Al Hoceima.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder.  Article bodies are written as plain text blocks:
# paragraphs are separated by blank lines; a paragraph starting with
#   "## "  is a sub-heading,        "> "  a pull quote,
#   "!! "  a figure ("caption || credit"),
#   "** "  a bullet list (items separated by " ;; "),
#   "@@ "  a live-blog entry header ("HH:MM | Title").
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _chunks(text: str) -> list[str]:
    out = []
    for block in text.strip().split("\n\n"):
        line = " ".join(block.split())
        if line:
            out.append(line)
    return out


def _outlet(name: str, domain: str, kind: str, **kw: object) -> dict:
    o: dict = {
        "name": name,
        "domain": domain,
        "kind": kind,
        "sep": " | ",
        "tagline": "",
        "nav": ["News", "Business", "Politics", "World", "Sport", "Opinion"],
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic.",
        "cookie_buttons": ("Accept all", "Manage preferences"),
        "newsletter": None,
        "footer": ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"],
        "year": True,
        "most_read": [],
        "ld_without_date": False,
        "share": ["Facebook", "X", "WhatsApp", "LinkedIn", "Email"],
    }
    o.update(kw)
    return o


def _url(o: dict, a: dict) -> str:
    return f"https://{o['domain']}/{a['path']}"


def _jsonld(o: dict, a: dict, with_date: bool) -> str:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting" if o["kind"] == "live" else "NewsArticle",
        "headline": a["headline"],
        "description": a["dek"],
        "mainEntityOfPage": _url(o, a),
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": o["name"]},
        "image": [f"https://{o['domain']}/media/{a['path'].rsplit('/', 1)[-1]}.jpg"],
    }
    if with_date:
        data["datePublished"] = a["iso"]
        if a.get("modified"):
            data["dateModified"] = a["modified"]
    body = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{body}\n</script>'


def _head(o: dict, a: dict) -> str:
    url = _url(o, a)
    title = a["headline"] + o["sep"] + o["name"]
    img = f"https://{o['domain']}/media/{a['path'].rsplit('/', 1)[-1]}.jpg"
    rows = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(a["dek"])}">',
        f'<meta name="author" content="{_e(a["author"])}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_e(o["name"])}">',
        f'<meta property="og:title" content="{_e(a["headline"])}">',
        f'<meta property="og:description" content="{_e(a["dek"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{img}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{_e(a["headline"])}">',
    ]
    if a["date_mode"] == "meta":
        rows.append(f'<meta property="article:published_time" content="{a["iso"]}">')
        if a.get("modified"):
            rows.append(f'<meta property="article:modified_time" content="{a["modified"]}">')
        rows.append(f'<meta property="article:section" content="{_e(a["section"])}">')
    elif a["date_mode"] == "jsonld":
        rows.append(_jsonld(o, a, True))
    elif a["date_mode"] == "none" and o["ld_without_date"]:
        rows.append(_jsonld(o, a, False))
    rows.append(f'<link rel="stylesheet" href="/assets/css/{o["kind"]}.min.css">')
    rows.append(f'<link rel="icon" href="https://{o["domain"]}/favicon.ico">')
    return "<head>\n" + "\n".join(rows) + "\n</head>"


def _cookie(o: dict) -> str:
    yes, more = o["cookie_buttons"]
    return (
        '<div id="consent-banner" class="cookie-banner" role="dialog" '
        'aria-label="Cookie consent">\n'
        f"<p>{_e(o['cookie'])} <a href=\"/privacy#cookies\">Learn more</a></p>\n"
        f'<button class="btn-accept">{_e(yes)}</button> '
        f'<button class="btn-settings">{_e(more)}</button>\n</div>'
    )


def _header(o: dict) -> str:
    nav = "".join(
        f'<li><a href="/{n.lower().replace(" ", "-").replace("&", "and")}/">{_e(n)}</a></li>'
        for n in o["nav"]
    )
    tools = {
        "wire": '<a href="/alerts">Alerts</a> <a href="/login">Client login</a>',
        "live": '<span class="live-badge">LIVE</span> <a href="/login">Sign in</a>',
        "paper": '<a href="/e-paper">Today\'s paper</a> <a href="/subscribe">Subscribe</a>',
        "trade": '<a href="/research">Research</a> <a href="/subscribe">Get full access</a>',
        "local": '<a href="/weather">Weather</a> <a href="/contact">Send us a tip</a>',
    }[o["kind"]]
    tag = f'<p class="tagline">{_e(o["tagline"])}</p>' if o["tagline"] else ""
    return (
        '<a class="skip-link" href="#main">Skip to content</a>\n'
        '<header class="site-header">\n'
        f'<div class="brand"><a href="https://{o["domain"]}/" class="logo">{_e(o["name"])}</a>'
        f"{tag}</div>\n"
        f'<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>\n'
        f'<div class="header-tools">{tools} <button class="search-toggle">Search</button></div>\n'
        "</header>"
    )


def _ad(slot: str) -> str:
    return (
        f'<div class="ad-slot ad-{slot}" aria-hidden="true"><span class="ad-label">'
        "Advertisement</span></div>"
    )


def _newsletter(o: dict) -> str:
    if not o["newsletter"]:
        return ""
    return (
        '<aside class="newsletter-box">\n'
        f"<h4>{_e(o['newsletter'])}</h4>\n"
        '<form action="/newsletter/subscribe" method="post">'
        '<label>Email address <input type="email" name="email"></label>'
        "<button>Sign up</button></form>\n"
        "<p class=\"small\">You can unsubscribe at any time.</p>\n</aside>"
    )


def _share(o: dict, pos: str) -> str:
    links = " ".join(
        f'<a class="share-{n.lower()}" href="#share-{n.lower()}">{_e(n)}</a>' for n in o["share"]
    )
    return f'<div class="share-bar share-{pos}"><span>Share</span> {links} ' \
        '<button class="copy-link">Copy link</button></div>'


def _body(o: dict, a: dict) -> str:
    out: list[str] = []
    first = True
    in_entry = False
    n_par = 0
    for c in _chunks(a["body"]):
        if c.startswith("@@ "):
            if in_entry:
                out.append("</article>")
            stamp, title = c[3:].split(" | ", 1)
            if a["date_mode"] in ("meta", "jsonld") and a.get("live_day"):
                t = f'<time datetime="{a["live_day"]}T{stamp}:00{a["live_tz"]}">{stamp}</time>'
            else:
                t = f'<span class="entry-time">{stamp}</span>'
            out.append(f'<article class="live-entry">\n<header>{t} <h3>{_e(title)}</h3></header>')
            in_entry = True
        elif c.startswith("## "):
            out.append(f"<h2>{_e(c[3:])}</h2>")
        elif c.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(c[2:])}</p></blockquote>')
        elif c.startswith("!! "):
            cap, credit = c[3:].split(" || ", 1)
            out.append(
                f'<figure class="inline-image"><img src="/media/inline-{n_par}.jpg" '
                f'alt="{_e(cap)}"><figcaption>{_e(cap)} <span class="credit">{_e(credit)}'
                "</span></figcaption></figure>"
            )
        elif c.startswith("** "):
            items = "".join(f"<li>{_e(i)}</li>" for i in c[3:].split(" ;; "))
            cls = "key-points" if o["kind"] == "live" else "fact-list"
            out.append(f'<ul class="{cls}">{items}</ul>')
        else:
            text = _e(c)
            if first and a.get("dateline"):
                text = f'<span class="dateline">{_e(a["dateline"])}</span> {text}'
            first = False
            out.append(f"<p>{text}</p>")
            n_par += 1
            if n_par == 3:
                out.append(_ad("inarticle"))
            if n_par == 6 and o["kind"] in ("paper", "local"):
                out.append(_newsletter(o))
            if n_par == 9 and o["kind"] != "wire":
                out.append(_ad("inarticle-2"))
    if in_entry:
        out.append("</article>")
    return '<div class="article-body">\n' + "\n".join(out) + "\n</div>"


def _byline(o: dict, a: dict) -> str:
    when = ""
    if a.get("visible_date"):
        if a["date_mode"] in ("meta", "jsonld"):
            when = f'<time datetime="{a["iso"]}">{_e(a["visible_date"])}</time>'
        else:
            when = f'<span class="pubdate">{_e(a["visible_date"])}</span>'
    role = f'<span class="role">{_e(a["role"])}</span>' if a.get("role") else ""
    return (
        f'<div class="byline"><span class="author">{_e(a["byline"])}</span> {role} '
        f"{when}</div>"
    )


def _aside(o: dict, a: dict) -> str:
    rel = "".join(
        f'<li><a href="https://{o["domain"]}/{slug}">{_e(t)}</a></li>' for t, slug in a["related"]
    )
    label = {
        "wire": "Related coverage",
        "live": "More on this story",
        "paper": "Read next",
        "trade": "Related analysis",
        "local": "Also on " + o["name"],
    }[o["kind"]]
    most = ""
    if o["most_read"]:
        items = "".join(f"<li>{_e(t)}</li>" for t in o["most_read"])
        most = f'<section class="most-read"><h3>Most read</h3><ol>{items}</ol></section>'
    return (
        '<aside class="sidebar">\n'
        f'<section class="related"><h3>{label}</h3><ul>{rel}</ul></section>\n'
        f"{_ad('sidebar')}\n{most}\n"
        f"{_newsletter(o) if o['kind'] in ('wire', 'live', 'trade') else ''}\n"
        "</aside>"
    )


def _footer(o: dict) -> str:
    links = " ".join(f'<a href="/{f.lower().replace(" ", "-")}">{_e(f)}</a>' for f in o["footer"])
    year = "2026 " if o["year"] else ""
    return (
        '<footer class="site-footer">\n'
        f'<nav class="footer-nav">{links}</nav>\n'
        f'<p class="copyright">&copy; {year}{_e(o["name"])}. All rights reserved.</p>\n'
        '<p class="social">Follow us: <a href="#x">X</a> <a href="#fb">Facebook</a> '
        '<a href="#ig">Instagram</a> <a href="#yt">YouTube</a></p>\n'
        "</footer>"
    )


def _page(o: dict, a: dict) -> str:
    cap, credit = a["image"]
    img = f"https://{o['domain']}/media/{a['path'].rsplit('/', 1)[-1]}.jpg"
    tags = "".join(f'<li><a href="/tag/{t.lower().replace(" ", "-")}">{_e(t)}</a></li>'
                   for t in a.get("tags", []))
    author_box = ""
    if o["kind"] in ("paper", "trade") and a.get("bio"):
        author_box = f'<div class="author-box"><p>{_e(a["bio"])}</p></div>'
    cookie = _cookie(o)
    top_cookie = o["kind"] in ("paper", "local", "live")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        _head(o, a),
        f'<body class="layout-{o["kind"]}">',
        cookie if top_cookie else "",
        _header(o),
        _ad("leaderboard"),
        '<main id="main">',
        '<article class="story">',
        f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{a["section"].lower().replace(" ", "-")}/">{_e(a["section"])}</a></nav>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["dek"])}</p>',
        _byline(o, a),
        _share(o, "top"),
        f'<figure class="lead-image"><img src="{img}" alt="{_e(cap)}">'
        f'<figcaption>{_e(cap)} <span class="credit">{_e(credit)}</span></figcaption></figure>',
        _body(o, a),
        f'<ul class="tags">{tags}</ul>' if tags else "",
        _share(o, "bottom"),
        author_box,
        "</article>",
        _aside(o, a),
        "</main>",
        _footer(o),
        "" if top_cookie else cookie,
        '<script src="/assets/js/app.min.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p)


def _story(sid: str, domain: str, fetched: str, pairs: list, planted: list) -> dict:
    return {
        "id": sid,
        "part": "CA",
        "domain": domain,
        "fetched": fetched,
        "articles": [{"url": _url(o, a), "html": _page(o, a)} for o, a in pairs],
        "planted": planted,
    }


# ===========================================================================
# cb-CA1 — Bank Al-Maghrib rate cut, Tuesday 23 June 2026 (PLANTED x3)
# ===========================================================================

_MWS = _outlet(
    "Maghreb Wire Service", "maghrebwire.example", "wire",
    tagline="Independent news from North Africa",
    nav=["Maghreb", "Africa", "Business", "Markets", "Energy", "Politics", "Pictures"],
    cookie="This site uses cookies for audience measurement and to remember your settings.",
    cookie_buttons=("OK", "Cookie settings"),
    newsletter="MWS Morning Briefing: the Maghreb's business news before markets open",
    footer=["About MWS", "Editorial standards", "Licensing", "Careers", "Privacy", "Terms"],
)

_COMPTOIR = _outlet(
    "Le Comptoir Eco", "lecomptoir-eco.example", "live", sep=" - ",
    tagline="Economy, markets and companies in Morocco",
    nav=["Economy", "Markets", "Banks", "Property", "Companies", "Jobs", "Live"],
    cookie="Le Comptoir Eco and its partners use cookies to measure audience and show "
    "relevant advertising.",
    cookie_buttons=("Accept and close", "Customise"),
    newsletter="Le Comptoir Eco daily: the markets brief in your inbox",
    most_read=[
        "Casablanca bourse: MASI posts its best quarter since 2021",
        "Property: notary fees to be capped at 1% for first-time buyers",
        "Phosphates group signs fertiliser deal with Ethiopia",
        "Dirham: why the band stays where it is",
    ],
)

_ATLAS = _outlet(
    "The Atlas Ledger", "atlasledger.example", "paper",
    tagline="Morocco's English-language daily",
    nav=["Home", "Morocco", "Economy", "Africa", "Opinion", "Culture", "Sport"],
    cookie="We and our partners store and access information on your device. Choose how your "
    "data is used.",
    cookie_buttons=("I agree", "Show purposes"),
    newsletter="The Ledger Daily: our editors' pick every morning",
    most_read=[
        "Tangier tram line: tender awarded after three-year delay",
        "Opinion: the drought is over, the water crisis is not",
        "Raja and Wydad to share stadium during renovation",
        "Schools: baccalaureate pass rate rises to 71%",
    ],
)

_FRM = _outlet(
    "Frontier Rates Monitor", "frontierrates.example", "trade",
    tagline="Rates, FX and sovereign credit in frontier markets",
    nav=["Research", "Central banks", "FX", "Sovereigns", "Data", "Events"],
    cookie="We use strictly necessary cookies and, with your consent, analytics cookies.",
    cookie_buttons=("Allow analytics", "Necessary only"),
    newsletter="Frontier Rates Weekly: central bank calls and data, every weekend",
    footer=["About", "Methodology", "Disclaimer", "Privacy", "Contact"],
    year=False,
    ld_without_date=True,
    share=["LinkedIn", "X", "Email"],
)

_CB_A = {
    "path": "business/2026/06/23/morocco-central-bank-cuts-key-rate-to-2pct",
    "section": "Business",
    "headline": "Morocco's central bank cuts key rate to 2% as inflation stays subdued",
    "dek": "Bank Al-Maghrib lowers its benchmark rate by 25 basis points and raises its growth "
    "forecast on the back of a strong cereal harvest.",
    "author": "Hind Zerouali",
    "byline": "By Hind Zerouali",
    "role": "Maghreb Wire Service",
    "dateline": "RABAT, June 23 (MWS) -",
    "date_mode": "meta",
    "iso": "2026-06-23T16:24:00Z",
    "visible_date": "23 June 2026 16:24 GMT",
    "image": ("The headquarters of Bank Al-Maghrib in Rabat.", "Photo: Youssef Alami/MWS"),
    "tags": ["Morocco", "Central banks", "Interest rates", "Inflation"],
    "related": [
        ("Egypt's central bank holds overnight deposit rate at 21%", "business/egypt-cbe-holds"),
        ("Tunisia's inflation eases to 5.1% in May", "business/tunisia-inflation-may"),
        ("Moroccan dirham steady as tourism receipts climb", "markets/dirham-tourism"),
        ("Algeria's trade surplus narrows in first quarter", "business/algeria-trade-q1"),
    ],
    "body": """
Bank Al-Maghrib cut its benchmark interest rate by 25 basis points to 2.00% on Tuesday, its second
reduction this year, saying inflation was likely to stay well below 2% in 2026 while a strong cereal
harvest lifted the growth outlook.

The decision, announced in a statement at 17:00 local time (16:00 GMT) after the board's quarterly
meeting in Rabat, follows a cut of the same size in March, when the rate was lowered from 2.50% to
2.25%. The bank began its current easing cycle last September with a move from 2.75% to 2.50%.

Eight of 12 economists polled by Maghreb Wire Service last week had expected a reduction; the other
four forecast a hold.

Annual consumer price inflation slowed to 0.9% in May, according to the High Commission for
Planning, while core inflation, which strips out volatile food items and regulated prices, stood at
1.4%. The central bank now expects inflation to average 1.3% this year, down from the 1.6% it
projected in March, and 1.9% in 2027.

'There is still room for easing, but it is not unlimited, and we will move step by step,' Governor
Mohamed Mehdi Lahlou told a news conference at the bank's headquarters an hour after the statement
was published.

## Harvest lifts growth forecast

The bank raised its forecast for economic growth this year to 4.6% from 3.9% three months ago,
citing a cereal harvest estimated by the agriculture ministry at 52 million quintals, or 5.2 million
tonnes, against 44 million quintals in 2025. Growth is expected to slow to 3.8% in 2027 on the
assumption of an average harvest.

Non-agricultural activity should expand by about 3.7%, supported by infrastructure spending ahead of
the 2030 World Cup, which Morocco will co-host with Spain and Portugal, and by the automotive and
aerospace industries, the statement said.

Official reserve assets are projected at 412 billion dirhams (about $44.5 billion) at the end of the
year, enough to cover five months and 20 days of imports of goods and services. Bank lending to the
non-financial sector is seen growing by 4.7% in 2026.

The budget deficit is projected at 3.5% of gross domestic product this year, in line with the
finance ministry's target, the bank said.

!! Governor Mohamed Mehdi Lahlou speaks to reporters in Rabat. || Photo: Youssef Alami/MWS

## 'Conditional' forecasts

Lahlou said the board had weighed the risk of renewed increases in global energy prices and the
effect of recurrent drought on food prices. 'Our forecasts are conditional. If food prices surprise
us on the upside, we will not hesitate to pause,' he said.

The dirham, which is pegged to a basket of the euro and the dollar within a fluctuation band, was
little changed at 9.25 per dollar after the announcement. The Casablanca bourse had closed before
the decision was published.

Rachid Ouazzani, chief economist at Casablanca brokerage Atlas Capital Partners, said the statement
left the door open to a further cut. 'The tone is cautious, but the inflation numbers give them
space. We pencil in one more reduction, probably in December,' he said.

The board's next meeting is scheduled for 22 September.

(Reporting by Hind Zerouali; Editing by Marc Delorme)
""",
}

_CB_B = {
    "path": "live/bank-al-maghrib-decision-june-2026",
    "section": "Live",
    "headline": "Live: Bank Al-Maghrib cuts its key rate to 2% - governor's press conference",
    "dek": "Follow the central bank's June decision and Governor Mehdi Lahlou's news conference "
    "as they happened. All times are Rabat time (GMT+1).",
    "author": "Omar Benkirane",
    "byline": "Omar Benkirane and Soukaina Filali",
    "role": "Markets desk",
    "date_mode": "jsonld",
    "iso": "2026-06-23T16:30:00+01:00",
    "modified": "2026-06-23T19:15:00+01:00",
    "visible_date": "Last updated 19:15, 23 June 2026",
    "live_day": "2026-06-23",
    "live_tz": "+01:00",
    "image": ("Governor Mehdi Lahlou arrives for the press conference.",
              "Le Comptoir Eco / Amine Rhazi"),
    "tags": ["Bank Al-Maghrib", "Rates", "Live"],
    "related": [
        ("March decision: Bank Al-Maghrib cuts to 2.25%", "economy/bam-march-decision"),
        ("Explainer: how the key rate reaches your mortgage", "banks/explainer-key-rate"),
        ("Cereal harvest: the ministry's estimate region by region", "economy/harvest-regions"),
    ],
    "body": """
** Bank Al-Maghrib cuts its key rate by a quarter point, to 2%, its second cut this year ;; Growth
forecast for 2026 raised to 4.6%; inflation seen averaging 1.3% ;; Governor Mehdi Lahlou: room for
easing 'is not unlimited' ;; All times are Rabat time (GMT+1)

@@ 19:15 | That's all from us

We are wrapping up our live coverage. To sum up: Bank Al-Maghrib lowered its key rate by 25 basis
points to 2%, raised its growth forecast to 4.6% on the back of a strong harvest and cut its
inflation forecast for the year to 1.3%. Our full analysis will be in tomorrow's edition. Thanks
for following.

@@ 19:02 | Analyst: 'one more cut before year-end'

Ghita Berrada, fixed-income strategist at Rabat asset manager Sekkat Gestion, tells us the bank's
tone 'is more dovish than in March'. 'Inflation at 0.9% leaves real rates at about 1.1%, which is
still restrictive for an economy growing at more than 4%. We expect a final quarter-point cut in
December,' she said.

@@ 18:41 | No change to the exchange-rate band this year

Asked about a further widening of the dirham's fluctuation band, the governor said the subject was
'not on the agenda this year', adding that the bank would first complete the review of its
inflation-targeting framework. The dirham traded at about 9.25 per dollar this evening.

@@ 18:27 | Banks 'solid', says deputy governor

Deputy Governor Salma Kettani, who presented the banking-supervision section, said the sector
remained well capitalised. 'The banking system is solid. Non-performing loans have stabilised at
8.6% of outstanding credit,' she said. Lending to the non-financial sector is expected to grow by
4.7% this year.

@@ 18:15 | Lahlou: forecasts 'conditional' on food prices

The governor stressed the risks from drought and from global energy prices. 'Our forecasts are
conditional. If food prices surprise us on the upside, we will not hesitate to pause,' he said.

@@ 18:04 | Press conference under way

Governor Mehdi Lahlou opens the press conference at the bank's headquarters in Rabat. 'There is
room for further easing, but it is not unlimited. We will proceed step by step,' he says in his
opening remarks.

@@ 17:20 | Reserves and public finances

The bank projects official reserve assets at 421 billion dirhams at the end of 2026, equivalent to
five months and 20 days of imports of goods and services. The budget deficit is expected at 3.5% of
GDP.

@@ 17:12 | Growth forecast raised to 4.6%

Thanks to a cereal harvest estimated at 52 million quintals, the bank now sees growth of 4.6% this
year, against 3.9% in its March projections. For 2027, it expects 3.8%. Non-agricultural GDP should
grow by about 3.7%.

@@ 17:06 | Inflation seen at 1.3% this year

The central bank cut its inflation forecast for 2026 to 1.3% from 1.6% in March. It sees inflation
at 1.9% in 2027. Annual inflation stood at 0.9% in May and core inflation at 1.4%.

@@ 17:01 | It's a cut

Bank Al-Maghrib lowers its key rate by 25 basis points to 2%. The board, which met on Tuesday in
Rabat, says the decision aims to 'support economic activity and credit' while inflation remains
'well anchored'. It is the second cut of the year, after March (2.50% to 2.25%).

@@ 16:30 | Welcome

Good afternoon and welcome to our live coverage of Bank Al-Maghrib's second quarterly board meeting
of 2026. The statement is expected at 17:00 and Governor Mehdi Lahlou will hold his press conference
at 18:00. A Maghreb Wire Service poll published last week showed eight of 12 economists expecting a
cut. The Casablanca bourse closed at 15:30 with the MASI index up 0.4%.
""",
}

_CB_C = {
    "path": "economy/cheaper-credit-thinner-savings-what-the-2-rate-means",
    "section": "Economy",
    "headline": "Cheaper credit, thinner savings: what the 2% rate means",
    "dek": "Bank Al-Maghrib's second cut of the year cheers developers and small firms. Savers "
    "and retirees are less enthusiastic.",
    "author": "Layla Bensouda",
    "byline": "Layla Bensouda",
    "role": "Economics Editor",
    "date_mode": "visible",
    "iso": "2026-06-24T06:15:00+01:00",
    "visible_date": "Published 24 June 2026, 06:15",
    "image": ("A property developer's sales office in Casablanca.", "Atlas Ledger / Karim Tazi"),
    "bio": "Layla Bensouda is the Atlas Ledger's economics editor. She covers monetary policy, "
    "banking and public finance.",
    "tags": ["Economy", "Bank Al-Maghrib", "Housing", "Savings"],
    "related": [
        ("Mortgage rates: why banks are slow to pass on cuts", "economy/mortgage-rates-lag"),
        ("Savings books: what the next revision could bring", "economy/savings-revision"),
        ("Editorial: growth is back, now jobs must follow", "opinion/editorial-growth-jobs"),
    ],
    "body": """
Bank Al-Maghrib's decision yesterday to trim its key rate by a quarter of a percentage point, to 2%,
was greeted with relief by property developers and small businesses, and with rather less
enthusiasm by savers.

It was the central bank's second cut this year, after March's move from 2.5% to 2.25%, and its
third since the easing cycle began last September. Taken together, the three moves have lowered the
cost of central bank money by 0.75 percentage points in nine months.

'There is still room for easing, but it is not unlimited,' Deputy Governor Salma Kettani told
reporters at the bank's headquarters in Rabat, adding that the board would 'move step by step'.

Governor Mehdi Lahlou, for his part, insisted that the bank's projections were 'conditional' on
food prices, which remain hostage to the weather. Inflation slowed to 0.9% in May from a year
earlier, and the bank now expects it to average 1.3% over 2026.

## Developers cheer

'This is good news for middle-class buyers,' said Adil Cherkaoui, president of the National
Association of Housing Developers. 'But the cut needs to reach the counter. After the last two
reductions, banks lowered their mortgage rates by barely 30 basis points.'

Central bank data show the average rate on new housing loans stood at 4.62% in the first quarter.
Banks typically pass on rate changes with a lag of three to six months, according to the central
bank's own studies.

Small and medium-sized firms, which complain that collateral requirements matter more than
headline rates, were cautiously positive. 'Every quarter point helps cash flow, but access to
credit remains the real bottleneck,' said Hanane Saadi, who runs a packaging company in Mohammedia
employing 85 people.

## Savers lose out

For households with money in savings accounts, the news is less welcome. The minimum rate on
passbook savings, revised every six months, is indexed to Treasury bill yields, which have already
fallen since March.

'Retirees who live on interest income are the forgotten ones of this cycle,' said Nadia Sqalli, an
economics professor at Mohammed V University in Rabat. 'Monetary policy can support growth, but it
cannot do the heavy lifting alone.'

## Harvest to the rescue

Yesterday's statement was brightened by the farm sector. The bank raised its growth forecast for
this year to 4.6%, from 3.9% in March, after the agriculture ministry estimated the cereal harvest
at 52 million quintals. The International Monetary Fund, in its April outlook, had projected growth
of 4.2% for Morocco this year.

Official reserves are projected at 412 billion dirhams at the end of the year, or nearly six months
of imports - a comfortable cushion that gives the bank room to keep easing without fearing for the
dirham.

Bank lending is expected to grow by 4.7% this year, and the bank sees the budget deficit at 3.5% of
GDP, in line with the government's target.

Analysts broadly expect one more move before the end of the year. The board meets next on 22
September.
""",
}

_CB_D = {
    "path": "research/central-banks/morocco-bam-25bp-cut-to-2-00",
    "section": "Central banks",
    "headline": "Bank Al-Maghrib: 25bp cut to 2.00%, guidance stays data-dependent",
    "dek": "Morocco's central bank delivers the expected quarter-point cut and lifts its growth "
    "call. We keep one more cut in our forecast for year-end.",
    "author": "Julien Marechal",
    "byline": "Julien Marechal",
    "role": "Senior Analyst, MENA Rates",
    "date_mode": "none",
    "image": ("Moroccan dirham banknotes.", "Frontier Rates Monitor / stock"),
    "bio": "Julien Marechal covers central banks and local-currency debt in North Africa and the "
    "Middle East.",
    "tags": ["Morocco", "BAM", "Policy rates", "MAD"],
    "related": [
        ("CBE preview: another hold at 21.00%?", "research/central-banks/cbe-preview"),
        ("Tunisia: BCT on hold at 7.00%, real rates still high", "research/central-banks/bct"),
        ("MAD band: what a wider corridor would mean", "research/fx/mad-band"),
    ],
    "body": """
Bank Al-Maghrib (BAM) lowered its policy rate by 25bp to 2.00% at its quarterly board meeting on
Wednesday, in line with our call and with the majority of the sell-side consensus. The statement
hit the wires at 16:00 GMT, with Governor Mehdi Lahlou's press conference following an hour later.

## The decision in numbers

The move takes cumulative easing to 75bp since the cycle began in September 2025. With May headline
CPI at 0.9% y/y, the ex-post real policy rate now stands at about 1.1%; deflated by core inflation
(1.4% y/y), it is closer to 0.6%.

BAM's updated staff projections are summarised below.

** CPI inflation: 1.3% in 2026 (March projection: 1.6%) and 1.9% in 2027 ;; Real GDP growth: 4.6%
in 2026 (March projection: 3.9%) and 3.8% in 2027 ;; Official reserve assets: MAD412bn at end-2026,
or 5 months and 20 days of imports ;; Bank credit to the non-financial sector: +4.7% in 2026

## Guidance: step by step

Lahlou's message was that the easing bias remains but is not open-ended. 'The room for easing is
there, but it is not unlimited. We will move step by step,' he said, adding that the board's
projections were conditional on food prices. We read this as a signal that the bank is comfortable
with one more move but unwilling to pre-commit.

The decision was taken against a benign inflation backdrop. Food prices, which account for close to
40% of the CPI basket, have been held down by a recovery in domestic farm output: the agriculture
ministry puts the cereal harvest at 5.2 million tonnes, up from 4.4 million tonnes in 2025.

## Fiscal and external cushions

The Treasury is targeting a budget deficit of 3.5% of GDP this year, and public debt is broadly
stable at around 68% of GDP. External buffers are comfortable: reserves cover close to six months
of imports, and the dirham has traded in a narrow range around 9.25 per dollar.

## Our view

We maintain our forecast of a final 25bp cut in December, taking the policy rate to 1.75%, followed
by an extended pause in 2027. The main upside risk to inflation is energy: a sustained $10 rise in
Brent would add around 0.3 percentage points to headline CPI over a year, by our estimates. A poor
autumn rainfall season would be the second risk to watch.

Market reaction was muted. Treasury bill yields had already drifted lower in the weeks before the
meeting, and the next primary auctions will show how much of the move was priced in. We expect the
52-week bill yield to settle some 20bp below its pre-meeting level, which would feed through to
the next revision of regulated savings rates.

## Regional context

BAM's move contrasts with the caution elsewhere in North Africa. The Central Bank of Tunisia left
its key rate at 7.00% in May, while the Central Bank of Egypt has brought its overnight deposit rate
down to 21.00% after a series of cuts since early 2025. Among frontier and emerging peers, Morocco's
real policy rate remains at the lower end of the range, which limits how far the easing cycle can
run.

Disclaimer: this note is for professional investors only and does not constitute investment
advice.
""",
}

STORY_CB = _story(
    "cb-CA1", "central bank", "2026-06-25",
    [(_MWS, _CB_A), (_COMPTOIR, _CB_B), (_ATLAS, _CB_C), (_FRM, _CB_D)],
    [
        ("board meeting weekday", r"\btuesday\b", r"\bwednesday\b"),
        ("speaker of 'room for easing ... not unlimited'", r"\blahlou\b", r"\bkettani\b"),
        ("official reserves projected for end-2026", r"\b412\b", r"\b421\b"),
    ],
)

# ===========================================================================
# el-CA2 — Sfax municipal election, Sunday 18 October 2026 (CONTROL)
# ===========================================================================

_SFAXTODAY = _outlet(
    "Sfax Today", "sfaxtoday.example", "live", sep=" - ",
    tagline="News from Sfax and the south",
    nav=["Sfax", "Region", "Elections 2026", "Economy", "Sport", "Culture", "Services"],
    cookie="Sfax Today uses cookies to run the site and to count visits.",
    cookie_buttons=("Accept", "Refuse"),
    newsletter="The Sfax Today evening digest",
    most_read=[
        "Water cuts in Sakiet Eddaier: the utility promises a fix",
        "Club Sportif Sfaxien sign Algerian midfielder",
        "Olive harvest: growers expect a 'good but not exceptional' year",
        "Ferry to Kerkennah: new timetable for the winter",
    ],
)

_TCOURIER = _outlet(
    "The Tunis Courier", "tuniscourier.example", "paper",
    tagline="Tunisia's independent English-language newspaper",
    nav=["Tunisia", "Politics", "Economy", "Maghreb", "World", "Opinion", "Culture"],
    cookie="We use cookies and similar technologies. By continuing you accept our use of "
    "cookies.",
    cookie_buttons=("Continue", "Settings"),
    newsletter="The Courier Briefing: Tunisia's news in five minutes",
    most_read=[
        "Phosphate output in Gafsa recovers to pre-strike levels",
        "Tunis-Carthage airport: new terminal works begin",
        "Opinion: why local democracy still matters",
        "Dates exports hit record in first half",
    ],
)

_MER = _outlet(
    "Maghreb Electoral Review", "electoralreview.example", "trade",
    tagline="Data and analysis on elections in North Africa",
    nav=["Elections", "Results data", "Electoral law", "Observers", "About"],
    cookie="We only use cookies that are necessary for this site to work.",
    cookie_buttons=("Understood", "Details"),
    newsletter="Subscribe to the Review's election alerts",
    footer=["About the Review", "Our data", "Contributors", "Privacy", "Contact"],
    year=False,
    share=["X", "LinkedIn", "Email"],
)

_EL_A = {
    "path": "elections-2026/live-sfax-municipal-election-polling-day",
    "section": "Elections 2026",
    "headline": "Live: Sfax votes in municipal rerun - turnout, polling stations, first reactions",
    "dek": "Voters in Tunisia's second city elect a new 36-seat municipal council. Follow the day "
    "with our reporters. All times Tunis time (GMT+1).",
    "author": "Yosra Ellouze",
    "byline": "Yosra Ellouze, Anis Bouaziz and Mariem Gargouri",
    "role": "Sfax Today newsroom",
    "date_mode": "jsonld",
    "iso": "2026-10-18T07:40:00+01:00",
    "modified": "2026-10-18T21:10:00+01:00",
    "visible_date": "Updated 21:10",
    "live_day": "2026-10-18",
    "live_tz": "+01:00",
    "image": ("A voter dips her finger in ink at a polling station in Sfax El Jadida.",
              "Sfax Today / Anis Bouaziz"),
    "tags": ["Sfax", "Municipal election", "ISIE"],
    "related": [
        ("Eight lists, 288 candidates: our guide to the Sfax vote", "elections-2026/guide"),
        ("Why the previous council was dissolved", "elections-2026/council-dissolved"),
        ("Where to vote: find your polling station", "elections-2026/polling-stations"),
    ],
    "body": """
** Polls open from 08:00 to 18:00 in 1,146 polling stations ;; 246,800 registered voters choose
among eight lists for 36 seats ;; Provisional turnout at the close: 23.4% (ISIE) ;; Preliminary
results expected on Tuesday

@@ 21:10 | Ben Slama claims first place

Mounir Ben Slama, who heads the Sfax Awla (Sfax First) list, told supporters at his campaign
headquarters that his list's own count put it 'clearly in first place'. 'The people of Sfax have
chosen competence over slogans,' he said. The electoral authority has published no figures on
results and has asked the lists to wait for the official count.

@@ 20:35 | Al-Amal: 'wait for the official results'

Amira Chaabane, head of the Al-Amal Citizens' List, urged her rivals not to pre-empt the official
figures. 'Tonight, nobody has won. The ballot boxes speak through the ISIE, not through campaign
offices,' she said.

@@ 19:45 | Provisional turnout: 23.4%

The Independent High Authority for Elections (ISIE) says provisional turnout at the close of polls
was 23.4% of the 246,800 registered voters. The figure will be consolidated as the official reports
of polling stations reach the regional office, the authority's spokesman said. In 2018, turnout in
Sfax was 31.2%.

@@ 18:05 | Polls closed

Polling stations closed at 18:00 and counting has begun in each station, in the presence of list
representatives and observers. Results will be compiled at the ISIE's regional office in Sfax
before being announced in Tunis. Preliminary results are expected on Tuesday.

@@ 16:20 | Turnout 17.2% at 16:00

Turnout reached 17.2% at 16:00, according to the ISIE. Our reporters in the Medina and in Sfax El
Jadida saw short queues of mostly older voters. Several polling station chairs told us they
expected a rush after the afternoon prayer.

@@ 14:50 | Observers report minor irregularities

Ballot Watch Tunisia, which has deployed 210 observers, said it had recorded minor irregularities at
14 polling stations, mostly campaign material left near entrances. 'Nothing that affects the
integrity of the vote so far,' said its coordinator for the south, Walid Jerbi.

@@ 13:10 | 9.8% at 13:00

Turnout stood at 9.8% at 13:00, the ISIE said. Young voters remain hard to find at polling
stations; in the polling centre we visited near the port, the youngest voter in the queue was 38.

@@ 11:45 | The list leaders vote

The three main list leaders have voted. Mounir Ben Slama (Sfax Awla) cast his ballot at a school in
Sfax El Jadida shortly after 11:00, surrounded by cameras. Amira Chaabane (Al-Amal) voted in the
Medina earlier in the morning, and Hatem Kammoun (Coalition for Sfax) near the port. All three urged
residents to turn out, and the ISIE reminded them that campaigning is forbidden on polling day.

@@ 09:30 | Slow start

Voting got off to a slow start in the city centre. At a primary school on Avenue Majida Boulila,
fewer than 30 voters had cast their ballots in the first hour, according to the chair of the
polling station.

@@ 07:40 | Good morning

Welcome to our live coverage of the municipal election in Sfax. Polls open at 08:00 and close at
18:00. Eight lists and 288 candidates are competing for the 36 seats on the council, which was
dissolved last year after months of paralysis. We will bring you turnout figures as the ISIE
publishes them, and reactions from the lists tonight.
""",
}

_EL_B = {
    "path": "tunisia/sfax-awla-heads-for-victory-low-turnout",
    "section": "Tunisia",
    "headline": "Sfax Awla heads for victory in low-turnout municipal vote, observers' tally shows",
    "dek": "A parallel count by Ballot Watch Tunisia puts the list led by Mounir Ben Slama in "
    "first place, but well short of a majority on the 36-seat council.",
    "author": "Karim Ayari",
    "byline": "By Karim Ayari, in Sfax",
    "role": "",
    "date_mode": "visible",
    "iso": "2026-10-19T06:00:00+01:00",
    "visible_date": "Monday 19 October 2026",
    "image": ("Supporters of the Sfax Awla list outside its campaign office on Sunday night.",
              "Tunis Courier / Mehdi Zribi"),
    "bio": "Karim Ayari is the Courier's correspondent in the south.",
    "tags": ["Sfax", "Elections", "Local government"],
    "related": [
        ("Sfax's rubbish crisis: a timeline", "tunisia/sfax-rubbish-timeline"),
        ("Light rail for Sfax: where the project stands", "economy/sfax-light-rail"),
        ("Editorial: a vote nobody wanted, a council everybody needs", "opinion/editorial-sfax"),
    ],
    "body": """
The Sfax Awla list of Dr Mounir Ben Slama appeared headed for first place in Sunday's municipal
election in Tunisia's second-largest city, according to a parallel vote tabulation by an observer
group, although it is likely to fall well short of a majority on the 36-seat council.

Ballot Watch Tunisia, which based its projection on results from 71% of polling stations, said Sfax
Awla had won about 32% of valid votes, ahead of the Al-Amal Citizens' List with around 22% and the
Coalition for Sfax with about 18%. Five smaller lists shared the rest.

'On these numbers, Sfax Awla would take between 11 and 13 seats,' said Walid Jerbi, the group's
coordinator for southern Tunisia. 'Nobody will govern alone.'

The Independent High Authority for Elections (ISIE), which alone is entitled to announce results,
said preliminary figures would be published on Tuesday. It put provisional turnout at 23.4% of the
246,800 registered voters, down from 31.2% when the city last voted for its council in 2018.

## A city tired of waiting

The election was called after the previous council was dissolved last year, following months in
which budget votes were blocked and rubbish collection was repeatedly interrupted. Residents
interviewed on Sunday cited potholed streets, winter flooding and the long-delayed light-rail
project as their main concerns.

'I voted because the rubbish is piling up in my street, not because I believe in anybody,' said
Fatma, a 58-year-old schoolteacher in the Sfax El Jadida neighbourhood, who declined to give her
surname.

Many younger residents stayed at home. 'Young people here think about leaving, not about voting,'
said Hamza, a 24-year-old engineering graduate.

Observers said turnout appeared particularly low among voters under 30, although the electoral
authority does not publish participation figures by age. Queues were longest in the late afternoon,
after the heat of the day had passed.

## Ben Slama, the engineer

Ben Slama, 54, a civil engineer and former president of the regional chamber of commerce, ran on a
promise to 'clean up the city in 100 days'. He claimed victory on Sunday night before any official
figures were released. 'The people of Sfax have chosen competence over slogans,' he told
supporters.

His main rival, Amira Chaabane, a 41-year-old lawyer who leads the Al-Amal list, urged patience.
'Tonight, nobody has won,' she said on Sunday evening. 'The ballot boxes speak through the ISIE.'

Hatem Kammoun, whose Coalition for Sfax is expected to come third, said he was open to talks 'with
any list that puts the city before parties'. Under the electoral law, the new council will elect
the mayor from among its members at its first session.

## What comes next

Once the ISIE publishes preliminary results, lists have a few days to file appeals with the
administrative courts. Final results are expected by 10 November. The governor of Sfax will then
convene the council's inaugural session, at which the mayor is elected.

Ballot Watch said it had recorded minor irregularities at 14 polling stations on Sunday, mostly
campaign posters left near entrances, and 'no violation likely to affect the outcome'.
""",
}

_EL_C = {
    "path": "politics/2026/10/20/tunisia-sfax-council-election-results",
    "section": "Politics",
    "headline": "Sfax Awla wins most seats in Tunisian city's council election, short of majority",
    "dek": "Preliminary results give the list led by engineer Mounir Ben Slama 12 of 36 seats; "
    "turnout revised to 23.7%.",
    "author": "Sami Haddad",
    "byline": "By Sami Haddad",
    "role": "Maghreb Wire Service",
    "dateline": "TUNIS, Oct 20 (MWS) -",
    "date_mode": "meta",
    "iso": "2026-10-20T14:40:00Z",
    "visible_date": "20 October 2026 14:40 GMT",
    "image": ("Officials of the electoral authority announce results in Tunis.",
              "Photo: Nizar Belhadj/MWS"),
    "tags": ["Tunisia", "Elections", "Sfax"],
    "related": [
        ("Tunisia's parliament passes 2027 budget in first reading", "politics/tunisia-budget"),
        ("Sfax port: container traffic up 4% in nine months", "business/sfax-port"),
        ("Algeria: local elections set for next spring", "politics/algeria-local-elections"),
    ],
    "body": """
The Sfax Awla list won 12 of the 36 seats on the municipal council of Sfax, Tunisia's
second-largest city, in Sunday's election, leaving it seven short of a majority, preliminary
results showed on Tuesday.

The Independent High Authority for Elections (ISIE) said at a news conference in Tunis at 15:00
local time (14:00 GMT) that Sfax Awla, led by civil engineer Mounir Ben Slama, took 31.6% of valid
votes. The Al-Amal Citizens' List won 22.3% and eight seats, and the Coalition for Sfax 17.8% and
seven seats. Three smaller lists shared the remaining nine seats, while two fell below the 3%
threshold.

Turnout was 23.7% of the 246,800 registered voters, the authority said, revised up from the
provisional figure of 23.4% announced on election night after all polling station reports had been
processed. A total of 58,492 ballots were cast, of which 56,340 were valid.

Sfax Awla received 17,803 votes, 5,239 more than Al-Amal, which won 12,564.

'The voters have given us a clear mandate, but not a blank cheque. We will talk to everybody,' Ben
Slama, 54, told Maghreb Wire Service by telephone.

To become mayor, he will need the support of a majority of the council's members when it holds its
first session after final results are confirmed. Final results are expected by 10 November, once
appeals have been heard.

Amira Chaabane, who led the Al-Amal list, said her group would study the results 'polling station
by polling station' before deciding whether to appeal. Hatem Kammoun, head of the Coalition for
Sfax, said he was ready to negotiate on a programme but had 'no interest in posts'.

During the three-week campaign, Ben Slama promised to 'clean up the city in 100 days' and to revive
the long-delayed light-rail project. Al-Amal campaigned on transparency in municipal contracts,
while the Coalition for Sfax focused on the clean-up of the polluted coastline south of the city.

## Low turnout

Turnout was well below the 31.2% recorded in the city in the 2018 municipal election, reflecting
what analysts describe as widespread disillusionment with local politics after the previous council
was dissolved last year amid budget deadlock.

'Three voters out of four stayed at home. Whoever becomes mayor will have to earn legitimacy in the
street, not only in the council chamber,' said Sonia Mahjoub, a political scientist at the
University of Sfax.

The authority said it had received nine complaints on polling day, none of which it considered
serious enough to affect the result. The observer group Ballot Watch Tunisia, which deployed 210
observers, reported minor irregularities at 14 polling stations.

Sfax, a city of about 350,000 people, is Tunisia's main industrial and commercial centre outside the
capital, known for its olive oil exporters, its fishing port and its textile and food-processing
industries. Its council had been run by an appointed special delegation since it was dissolved.

(Reporting by Sami Haddad; Editing by Marc Delorme)
""",
}

_EL_D = {
    "path": "analysis/tunisia/sfax-fragmented-council-mandate-fewer-than-one-in-four",
    "section": "Analysis",
    "headline": "Sfax: a fragmented council and a mandate from fewer than one voter in four",
    "dek": "Preliminary results in Tunisia's second city give Sfax Awla a plurality but no "
    "majority. We look at the numbers, the seat allocation and the coalition arithmetic.",
    "author": "Ines Ben Amor",
    "byline": "By Dr Ines Ben Amor",
    "role": "Contributing analyst",
    "date_mode": "none",
    "image": ("Ballot papers being counted at a polling station in Sfax.",
              "Maghreb Electoral Review"),
    "bio": "Ines Ben Amor is a political scientist specialising in electoral systems in the "
    "Maghreb.",
    "tags": ["Tunisia", "Municipal elections", "Seat allocation"],
    "related": [
        ("How Tunisia's largest-remainder system works", "explainers/largest-remainder"),
        ("Turnout in Tunisian local elections since 2018", "data/turnout-local-tunisia"),
        ("Morocco's legislative elections: the new electoral quotient", "analysis/morocco"),
    ],
    "body": """
The Independent High Authority for Elections (Instance supérieure indépendante pour les élections,
ISIE) published preliminary results of the Sfax municipal election on Tuesday afternoon, two days
after the vote. They confirm what the observers' parallel tally had suggested on Monday: a clear
first place for Sfax Awla, but a council in which no list comes close to the 19 seats needed for a
majority.

## The numbers

** Registered voters: 246,800 ;; Ballots cast: 58,492 (turnout 23.7%, revised from a provisional
23.4%) ;; Valid votes: 56,340; blank and spoiled ballots: 2,152 ;; Sfax Awla: 17,803 votes (31.6%),
12 seats ;; Al-Amal Citizens' List: 12,564 votes (22.3%), 8 seats ;; Coalition for Sfax: 10,029
votes (17.8%), 7 seats ;; Sfax Green Initiative: 4 seats; Youth of Sfax: 3 seats; Independent
Workers' List: 2 seats ;; Two lists below the 3% threshold: no seats

## Votes and seats

With 31.6% of the vote, Sfax Awla obtains a third of the seats - 12 of 36. The three leading lists
together won 71.7% of the vote and 27 of the 36 seats, or three-quarters of the council. The two
lists that fell below the 3% threshold together gathered 5.7% of valid votes; because their votes
were excluded from the seat calculation, every list above the threshold was slightly
over-represented.

Sfax Awla's margin over Al-Amal is 5,239 votes, or 9.3 percentage points. Its 17,803 votes
represent just 7.2% of registered voters, a figure its rivals have been quick to point out.

## Turnout

At 23.7%, turnout was well below the 31.2% of 2018. Hourly figures published by the ISIE on polling
day - 9.8% at 13:00 and 17.2% at 16:00 - point to a late-afternoon surge. The authority's
provisional figure of 23.4%, announced on Sunday evening, was revised upwards on Tuesday once all
polling station reports had been entered.

Abstention was highest, according to the observers, in the new districts on the city's outskirts,
where many residents are registered in their home towns rather than in Sfax.

## Coalition arithmetic

A majority requires 19 seats. Sfax Awla plus the Coalition for Sfax would reach exactly 19; Sfax
Awla plus Al-Amal would reach 20. Ben Slama has said he will 'talk to everybody'; Hatem Kammoun of
the Coalition for Sfax has signalled openness to a programme-based deal. Amira Chaabane's Al-Amal
list, which campaigned against Ben Slama's business ties, is considering an appeal.

The observers' parallel tally, based on 71% of polling stations, had given Sfax Awla about 32% of
the vote - within half a point of the official figure - and projected between 11 and 13 seats.

The smaller lists could also matter. The Sfax Green Initiative, with four seats, has made the
closure of the city's polluting industrial sites its condition for any agreement.

## Timetable

Lists may appeal against the preliminary results before the administrative courts; the ISIE
expects to proclaim final results by 10 November. The new council's first session - at which the
mayor is elected by the councillors - must then be convened by the governor.
""",
}

STORY_EL = _story(
    "el-CA2", "election", "2026-10-22",
    [(_SFAXTODAY, _EL_A), (_TCOURIER, _EL_B), (_MWS, _EL_C), (_MER, _EL_D)],
    [],
)

# ===========================================================================
# ct-CA3 — 'Nile Yield' verdict, Cairo Economic Court, Thursday 14 May 2026
# (PLANTED x3)
# ===========================================================================

_LNPA = _outlet(
    "Levant & Nile Press Agency", "lnpa.example", "wire",
    tagline="Wire news from Egypt and the Levant",
    nav=["Egypt", "Levant", "Gulf", "Business", "Courts", "Health", "Photos"],
    cookie="LNPA uses cookies to provide its services and for statistics.",
    cookie_buttons=("Accept", "Reject non-essential"),
    newsletter="LNPA Daily Digest: the region's top stories every evening",
    footer=["About LNPA", "Subscribe to the wire", "Corrections", "Privacy", "Terms"],
)

_QANUN = _outlet(
    "Qanun Today", "qanuntoday.example", "live", sep=" | ",
    tagline="Law, courts and justice in Egypt",
    nav=["Courts", "Legislation", "Economic courts", "Human rights", "Explainers", "Live"],
    cookie="We use cookies to analyse traffic and improve our coverage.",
    cookie_buttons=("Accept", "More options"),
    newsletter="The Docket: Qanun Today's weekly legal newsletter",
    most_read=[
        "New rent law: what changes for old tenancies",
        "Explainer: how the economic courts work",
        "Court of Cassation upholds sentence in telecom bribery case",
        "Personal status draft law reaches parliament",
    ],
)

_DELTA = _outlet(
    "The Delta Gazette", "deltagazette.example", "paper",
    tagline="News from Alexandria and the Delta",
    nav=["Alexandria", "Delta", "Egypt", "Business", "Society", "Sport", "Opinion"],
    cookie="The Delta Gazette uses cookies. Manage your choices at any time in Privacy settings.",
    cookie_buttons=("Accept all", "Privacy settings"),
    newsletter="Morning Gazette: the day's stories from the Delta",
    most_read=[
        "Corniche works: traffic diversions extended to June",
        "Damanhour cotton ginning plant to reopen",
        "Ittihad appoint new coach after cup exit",
        "Port of Dekheila: new grain silos inaugurated",
    ],
)

_CNA = _outlet(
    "Compliance North Africa", "compliance-na.example", "trade",
    tagline="Financial crime, regulation and compliance in North Africa",
    nav=["AML", "Sanctions", "Fintech", "Enforcement", "Regulators", "Training"],
    cookie="This website uses cookies. Some are essential; others help us improve the site.",
    cookie_buttons=("Accept all", "Essential only"),
    newsletter="Enforcement Watch: weekly alerts for compliance officers",
    footer=["About", "Editorial team", "Advertise", "Privacy", "Contact"],
    year=False,
    ld_without_date=True,
    share=["LinkedIn", "X", "Email"],
)

_CT_A = {
    "path": "egypt/2026/05/14/egypt-court-jails-nile-yield-founder-10-years",
    "section": "Courts",
    "headline": "Egyptian court jails 'Nile Yield' founder for 10 years over investment scheme",
    "dek": "The Cairo Economic Court convicts 11 of 14 defendants in a case involving 2.3 billion "
    "pounds raised from some 18,600 investors.",
    "author": "Mona Galal",
    "byline": "By Mona Galal",
    "role": "LNPA",
    "dateline": "CAIRO, May 14 (LNPA) -",
    "date_mode": "meta",
    "iso": "2026-05-14T10:58:00Z",
    "visible_date": "14 May 2026 | 10:58 GMT",
    "image": ("Defendants in the Nile Yield case in the dock during the verdict hearing.",
              "LNPA / Hossam Adel"),
    "tags": ["Egypt", "Courts", "Fraud", "Investment"],
    "related": [
        ("Egypt's annual urban inflation slows to 13.1% in April",
         "business/egypt-inflation-april"),
        ("Regulator warns against unlicensed forex apps", "business/fra-warning-forex-apps"),
        ("Golden Horizon appeal rejected", "egypt/golden-horizon-appeal"),
    ],
    "body": """
An Egyptian court on Thursday sentenced the founder of the Nile Yield investment platform to 10
years in prison and fined him 50 million Egyptian pounds (about $1 million) for running an
unlicensed scheme that raised some 2.3 billion pounds from investors, judicial sources and lawyers
said.

A three-judge panel of the Cairo Economic Court, presided over by Judge Ashraf Zaki Mansour,
convicted 11 of the 14 defendants and acquitted three, reading the verdict at 13:15 local time
(10:15 GMT) in a packed courtroom.

Police cordoned off the street outside the courthouse, where dozens of investors who could not
find a place inside had gathered since the early morning. Some wept as the sentences were relayed
by relatives on their phones.

Founder Tarek Hamdy El-Sherbiny, 41, was convicted of collecting funds from the public without a
licence, fraud and money laundering. His co-founder and former finance director, Mostafa Adel
Ragab, received seven years. Four defendants were sentenced to five years and five to three years.

The court also ordered the confiscation of seized assets valued at about 640 million pounds,
including apartments, villas and vehicles, and referred the investors' civil claims to the civil
courts.

## Promised 6% a month

Prosecutors said Nile Yield, which operated through a mobile app and a network of agents between
2022 and 2025, collected about 2.3 billion pounds ($46 million at current exchange rates) from some
18,600 investors, promising monthly returns of 6% from what it described as trading in commodities
and cryptocurrencies.

Early investors were paid with money from later ones until withdrawals were frozen in the summer
of 2025, prosecutors said. The Financial Regulatory Authority had warned the public against the
platform in March of that year.

The case was referred to trial in November 2025 and the first hearing was held on 12 January. The
court heard the case over nine sessions.

## Appeal planned

Khaled Abdel-Aziz, a lawyer for El-Sherbiny, said his client would appeal. 'The court ignored
evidence that the funds were invested in real activities. We are confident the appeal chamber will
see the case differently,' he told LNPA outside the courtroom.

The verdict can be appealed before the court's appellate circuit within 40 days.

Rania Fawzy, a lawyer representing a group of about 300 investors, said the ruling was 'a first
step'. 'Prison sentences do not return a single pound to families who sold their land and their
gold to invest. Now the fight for restitution begins,' she said.

Egypt has seen a string of such schemes in recent years as high inflation eroded the value of
savings and pushed households towards promises of high returns. In 2024, the founder of the Golden
Horizon platform was sentenced to seven years in a similar case.

Economic courts, set up in 2008 to speed up commercial and financial cases, have jurisdiction over
offences under the capital market, banking and anti-money laundering laws.

(Reporting by Mona Galal; Editing by Tarek Said)
""",
}

_CT_B = {
    "path": "live/nile-yield-verdict-economic-court",
    "section": "Economic courts",
    "headline": "Nile Yield verdict: live from the Cairo Economic Court",
    "dek": "Our reporters follow the verdict hearing in the trial of 14 defendants in the Nile "
    "Yield investment case. All times Cairo (GMT+3).",
    "author": "Nourhan Said",
    "byline": "Nourhan Said and Ahmed Lotfy",
    "role": "Qanun Today court desk",
    "date_mode": "jsonld",
    "iso": "2026-05-14T09:50:00+03:00",
    "modified": "2026-05-14T14:40:00+03:00",
    "visible_date": "Live - updated 14:40 Cairo time",
    "live_day": "2026-05-14",
    "live_tz": "+03:00",
    "image": ("Investors wait outside the courthouse ahead of the verdict.",
              "Qanun Today / Ahmed Lotfy"),
    "tags": ["Nile Yield", "Economic courts", "Live"],
    "related": [
        ("Nile Yield case: the charges explained", "explainers/nile-yield-charges"),
        ("From app to courtroom: a timeline of the Nile Yield affair",
         "courts/nile-yield-timeline"),
        ("Can investors get their money back?", "explainers/restitution"),
    ],
    "body": """
** Founder sentenced to 10 years in prison and fined EGP 50 million ;; 11 of 14 defendants
convicted, 3 acquitted ;; Assets worth about EGP 640 million confiscated ;; Defence says it will
appeal

@@ 14:40 | Summary

To recap: the Cairo Economic Court sentenced Nile Yield founder Tamer El-Sherbiny to 10 years in
prison and a fine of EGP 50 million, his co-founder Mostafa Ragab to seven years, four defendants to
five years and five to three years. Three defendants were acquitted. The court confiscated assets
worth about EGP 640 million and referred civil claims to the civil courts. This live blog is now
closed.

@@ 14:05 | Investors outside: 'Where is our money?'

About 150 investors gathered outside the courthouse after the verdict. 'Ten years is good, but I put
in 400,000 pounds, my whole retirement. Who gives it back?' said Sayed, a retired teacher from
Qalyubia who invested in 2023.

@@ 13:50 | Victims' lawyer: 'a first step'

Rania Fawzy, who represents around 300 investors, called the ruling 'a first step'. 'Prison terms
do not return one pound to the families who sold their land and gold. The fight for restitution
starts now,' she told us.

@@ 13:35 | Defence will appeal

Khaled Abdel-Aziz, lawyer for Tamer El-Sherbiny, says his client will appeal. 'The court ignored
evidence that the money was invested in real activities,' he said. The defendants have 40 days to
appeal before the court's appellate circuit.

@@ 13:15 | VERDICT: 10 years for the founder

Counsellor Ashraf Zaki Mansour reads the verdict. Tamer El-Sherbiny, 41, founder of Nile Yield: 10
years and a fine of EGP 50 million for collecting public funds without a licence, fraud and money
laundering. Co-founder Mostafa Adel Ragab: 7 years. Four defendants: 5 years. Five defendants: 3
years. Three acquitted.

@@ 12:40 | Court back in session

The three judges have returned to the bench after deliberating. The defendants are in the dock;
El-Sherbiny is wearing the white uniform of pre-trial detainees.

@@ 12:10 | What the charges are

The defendants are charged under the capital market law and the anti-money laundering law.
Collecting funds from the public without a licence from the Financial Regulatory Authority carries
heavy prison terms and fines. At the last hearing, the prosecution asked for the maximum penalty for
the two founders.

@@ 11:20 | Court retires to deliberate

After final procedural requests from defence lawyers - including a request to reopen the expert
accounting report, which the court rejected - the panel retired to deliberate.

@@ 10:30 | Session opens

Presiding judge Ashraf Zaki Mansour opens the session. All 14 defendants are present. The courtroom
is full; dozens of investors could not get in and are waiting outside.

@@ 09:50 | Good morning

The Cairo Economic Court is due to deliver its verdict today in the Nile Yield case. Prosecutors say
the platform collected about EGP 2.3 billion from some 18,600 investors between 2022 and 2025,
promising returns of 6% a month. The case was referred to trial in November 2025 and the first
hearing took place on 12 January. The prosecution's initial referral cited around 21,000
complaints, which investigators later consolidated after removing duplicates.
""",
}

_CT_C = {
    "path": "egypt/after-nile-yield-verdict-investors-ask-what-now",
    "section": "Egypt",
    "headline": "After Nile Yield verdict, 18,600 investors ask: what now?",
    "dek": "The founder got ten years. Most of the money is gone. Lawyers say recovering even a "
    "fraction will take years.",
    "author": "Heba Nassar",
    "byline": "By Heba Nassar",
    "role": "Staff reporter",
    "date_mode": "visible",
    "iso": "2026-05-15T07:00:00+03:00",
    "visible_date": "15 May 2026",
    "image": ("Investors in the Nile Yield scheme outside the courthouse on Thursday.",
              "Delta Gazette / Walid Mansy"),
    "bio": "Heba Nassar covers courts and consumer affairs for the Delta Gazette.",
    "tags": ["Nile Yield", "Courts", "Investors"],
    "related": [
        ("How to file a civil claim: a step-by-step guide", "egypt/civil-claim-guide"),
        ("Delta villages where the scheme recruited", "delta/nile-yield-villages"),
        ("Opinion: financial literacy is a public health issue", "opinion/financial-literacy"),
    ],
    "body": """
ALEXANDRIA - When the presiding judge of the Alexandria Economic Court read out the sentences in the
Nile Yield case on Thursday afternoon, some of the investors packed into the back of the courtroom
applauded. Outside, others wept.

Founder Tarek Hamdy El-Sherbiny was sentenced to ten years in prison and fined EGP 50 million. His
co-founder, Mostafa Adel Ragab, got seven years; nine other defendants received terms of three to
five years, and three were acquitted.

But for the thousands of families who poured their savings into the platform, the question is no
longer who goes to prison. It is whether they will ever see their money again.

## 'I sold my wife's gold'

Prosecutors say Nile Yield collected about EGP 2.3 billion from some 18,600 investors between 2022
and 2025, promising monthly returns of 6% - 72% a year - supposedly generated by commodity and
cryptocurrency trading. Investigators found that returns to early investors were paid out of new
deposits.

'I sold my wife's gold and put 250,000 pounds in. For eight months I received my 6%, so I added
more,' said Mahmoud, a 47-year-old pharmacist from Damanhour, who asked that his family name not be
used. 'Then the app stopped working.'

The platform froze withdrawals in the summer of 2025, a few months after the Financial Regulatory
Authority warned the public that it was not licensed to collect funds.

## Confiscated assets

The court ordered the confiscation of assets seized during the investigation, valued at about EGP
640 million - apartments, villas, vehicles and bank balances. That is less than a third of what
investors handed over.

The civil claims of investors were referred to the civil courts, which means each claimant, or
group of claimants, must now file a separate case. 'We are talking about years, not months,' said
Rania Fawzy, a lawyer for about 300 investors. 'Prison sentences do not return a single pound. The
real fight starts now.'

Lawyers say a specialised liquidation committee, similar to those set up after earlier schemes,
would speed things up. In the Golden Horizon case, in which the founder was sentenced to seven years
in 2024, investors have so far recovered about 11% of their deposits, according to their lawyers.

## Appeal

Khaled Abdel-Aziz, El-Sherbiny's lawyer, said the defence would appeal within the legal deadline of
40 days. 'The court ignored evidence that funds were invested in real activities,' he said.

The trial opened on 12 January, two months after the Public Prosecution referred the case, and the
court held nine sessions before delivering its verdict.

Economists say such schemes thrive when inflation eats into the real value of bank deposits. 'When
people feel their savings are melting, a promise of 6% a month sounds like salvation,' said Dr Amr
Hegazy, an economist who has studied informal investment networks in the Delta.

Several investors said they had been recruited by relatives or neighbours who received commissions
from the platform. 'My cousin brought me in. He lost everything too,' said Mahmoud.
""",
}

_CT_D = {
    "path": "enforcement/nile-yield-convictions-lessons-unlicensed-fundraising",
    "section": "Enforcement",
    "headline": "Nile Yield convictions: what Egypt's economic court ruling means for unlicensed "
    "fund-raising",
    "dek": "Eleven convictions, a ten-year term for the founder and a confiscation order: "
    "lessons for platforms, payment providers and banks.",
    "author": "Sarah Lindqvist",
    "byline": "By Sarah Lindqvist",
    "role": "Senior Editor, Financial Crime",
    "date_mode": "none",
    "image": ("A smartphone displaying an investment app.", "Compliance North Africa / stock"),
    "bio": "Sarah Lindqvist covers enforcement and financial crime across North Africa.",
    "tags": ["Egypt", "AML", "Unlicensed activity", "Fintech"],
    "related": [
        ("Egypt's FRA tightens rules for digital investment platforms", "regulators/fra-rules"),
        ("Morocco: AML authority publishes 2025 typologies report", "aml/morocco-typologies"),
        ("E-wallets and mule accounts: a red-flag checklist", "training/e-wallet-red-flags"),
    ],
    "body": """
Egypt's economic courts have delivered one of their heaviest sentences yet in a case of unlicensed
collection of public funds. A five-judge panel of the Cairo Economic Court, presided over by Judge
Ashraf Zaki Mansour, convicted 11 of the 14 defendants in the Nile Yield case and sentenced its
founder, Tarek El-Sherbiny, to 10 years in prison and a fine of EGP 50 million.

The platform raised approximately EGP 2.3 billion (roughly US$46 million) from about 18,600 retail
investors between 2022 and 2025, according to the Public Prosecution's case file. Deposits were
collected through a mobile application, through agents paid on commission, and through transfers to
personal bank accounts and e-wallets.

## Key takeaways for compliance teams

** Licensing: any collection of funds from the public with a promise of return requires a licence
from the Financial Regulatory Authority (FRA); Nile Yield had none ;; Red flags: a 'guaranteed'
return of 6% a month (more than 100% a year compounded) should have triggered enhanced due diligence
;; Payment channels: prosecutors traced flows through 37 personal bank accounts and more than 200
mobile wallets ;; Confiscation: the court ordered the confiscation of assets worth about EGP 640
million

## The role of intermediaries

The case file shows that the platform relied heavily on banks and e-wallet providers to receive and
disburse funds. Investigators identified 37 personal accounts, opened in the names of the founders,
relatives and agents, through which roughly 60% of the deposits passed.

None of the financial institutions was charged. But the judgment, according to lawyers who have
read its operative part, criticises the 'absence of any alert' despite deposits of several million
pounds a month into the accounts of individuals with no declared business activity.

'This should be a wake-up call for transaction-monitoring teams,' said Yasmine Abdelrahman, a
Cairo-based financial crime consultant. 'The pattern - round-number deposits from thousands of
individuals, immediate onward transfers - is textbook.'

## The regulatory timeline

The FRA issued a public warning against the platform in March 2025. Withdrawals were frozen in the
summer of 2025. The Public Prosecution referred the case to the economic court in November 2025,
and the trial opened on 12 January 2026. The verdict was delivered after nine sessions.

The defendants have 40 days to appeal before the court's appellate circuit. Defence lawyer Khaled
Abdel-Aziz has said his client will do so.

## Comparison with earlier cases

In the Golden Horizon case in 2024, the founder received seven years. The Nile Yield sentence, at
ten years, is the longest handed down so far for unlicensed fund-raising by Egypt's economic courts,
lawyers say. The court's decision to refer civil claims to the civil courts, rather than rule on
compensation itself, follows the earlier precedent.

For platforms operating in Egypt's growing fintech sector, the message is clear: 'guaranteed'
returns and agent networks paid on commission are precisely what prosecutors will look for.

Compliance officers should also note that the court did not limit liability to the founders:
agents and managers who recruited investors or moved funds were among those convicted, even where
they argued that they had believed the platform's promises themselves.
""",
}

STORY_CT = _story(
    "ct-CA3", "court", "2026-05-16",
    [(_LNPA, _CT_A), (_QANUN, _CT_B), (_DELTA, _CT_C), (_CNA, _CT_D)],
    [
        ("size of the bench", r"\bthree[- ]judge\b|\bthree judges\b", r"\bfive[- ]judge\b"),
        ("city of the economic court", r"\bcairo\b", r"\balexandria\b"),
        ("founder's first name", r"\btarek\b", r"\btamer\b"),
    ],
)

# ===========================================================================
# tr-CA4 — Morocco trade data, January-August 2026, released Wednesday
# 30 September 2026 (CONTROL)
# ===========================================================================

_AEW = _outlet(
    "Atlantic Economic Wire", "aewire.example", "wire", sep=" - ",
    tagline="Economic and financial news from Africa's Atlantic coast",
    nav=["Economy", "Markets", "Commodities", "Trade", "Companies", "Data"],
    cookie="We use cookies to deliver our services. Read our cookie policy for details.",
    cookie_buttons=("Accept cookies", "Cookie policy"),
    newsletter="AEW Africa Economics: the daily data round-up",
    footer=["About AEW", "Products", "Corrections", "Privacy", "Terms"],
)

_CBD = _outlet(
    "Casablanca Business Daily", "cbdaily.example", "paper",
    tagline="The business newspaper of Morocco",
    nav=["Economy", "Finance", "Industry", "Trade", "Property", "Careers", "Opinion"],
    cookie="To improve your experience, we and our partners use cookies.",
    cookie_buttons=("Accept", "Set preferences"),
    newsletter="The CBD Morning Note: markets and companies before 8am",
    most_read=[
        "Casablanca Finance City: three new banks licensed",
        "Phosphates group posts first-half profit rise",
        "Property: Marrakesh prices up 6% in a year",
        "New labour code: what employers need to know",
    ],
)

_MTM = _outlet(
    "Maritime & Trade Maghreb", "mtmaghreb.example", "trade",
    tagline="Shipping, ports and trade flows in North Africa",
    nav=["Ports", "Shipping", "Trade data", "Logistics", "Free zones", "Events"],
    cookie="We use cookies for login, analytics and to personalise content.",
    cookie_buttons=("Accept", "Manage"),
    newsletter="MTM Weekly: ports and trade data every week",
    footer=["About MTM", "Advertise", "Events", "Privacy", "Contact"],
    share=["LinkedIn", "X", "Email"],
)

_TANJA = _outlet(
    "Tanja24", "tanja24.example", "local", sep=" - ",
    tagline="Tangier, Tetouan and the North",
    nav=["Tangier", "Tetouan", "Economy", "Society", "Sport", "Culture", "Videos"],
    cookie="Tanja24 uses cookies to measure its audience and to show advertising.",
    cookie_buttons=("OK", "Refuse"),
    newsletter="Get Tanja24's headlines on WhatsApp and by email",
    year=False,
    most_read=[
        "Tangier: new bus network starts on Monday",
        "IRT Tangier win derby in front of 30,000 fans",
        "Beaches: bathing banned at two sites after storms",
        "Tetouan: old medina restoration enters second phase",
    ],
)

_TR_A = {
    "path": "economy/2026/09/30/morocco-trade-deficit-eight-months",
    "section": "Economy",
    "headline": "Morocco's trade deficit widens 1.1% in eight months as car exports climb",
    "dek": "Exports rose 6.2% and imports 4.1% in January-August, Office des Changes data show; "
    "automotive sales abroad topped 100 billion dirhams.",
    "author": "Youssef Tahiri",
    "byline": "By Youssef Tahiri",
    "role": "Atlantic Economic Wire",
    "dateline": "CASABLANCA, Sept 30 (AEW) -",
    "date_mode": "meta",
    "iso": "2026-09-30T15:10:00Z",
    "visible_date": "Sep 30, 2026 3:10 PM UTC",
    "image": ("Containers stacked at Tanger Med port.", "AEW / Said Bennani"),
    "tags": ["Morocco", "Trade", "Automotive", "Phosphates"],
    "related": [
        ("Egypt's non-oil exports rise 9% in first half", "economy/egypt-non-oil-exports"),
        ("Tunisia's trade gap narrows on olive oil sales", "economy/tunisia-trade-olive-oil"),
        ("Morocco: inflation at 1.1% in August", "economy/morocco-inflation-august"),
    ],
    "body": """
Morocco's goods trade deficit widened by 1.1% year on year to 210.5 billion dirhams ($22.8
billion) in the first eight months of 2026, as rising imports of capital goods offset strong growth
in car and phosphate exports, data from the Office des Changes showed on Wednesday.

Exports rose 6.2% to 318.4 billion dirhams in January-August, while imports increased 4.1% to 528.9
billion dirhams, the foreign exchange regulator said in its monthly report. The ratio of exports to
imports improved to 60.2% from 59.0% a year earlier.

Automotive exports, the country's largest export sector, grew 8.9% to 104.7 billion dirhams,
crossing the 100-billion mark before the end of August for the first time. Sales of phosphates and
derivatives rose 11.4% to 59.3 billion dirhams on higher fertiliser prices and volumes. Aerospace
exports were up 12.0% at 16.8 billion dirhams.

The energy bill fell 5.8% to 73.6 billion dirhams, reflecting lower prices for diesel and coal,
while imports of capital goods jumped 14.3% to 142.6 billion dirhams as work continued on World Cup
stadiums, the high-speed rail extension to Marrakesh and new desalination plants.

## Tourism and remittances

Travel receipts, a key source of foreign currency, rose 9.7% to 79.2 billion dirhams, and
remittances from Moroccans living abroad increased 3.2% to 81.6 billion dirhams. Net foreign direct
investment flows reached 17.4 billion dirhams, up 21.5%.

In August alone, exports totalled 35.1 billion dirhams and imports 61.4 billion, leaving a monthly
deficit of 26.3 billion dirhams. August is traditionally a slow month for industrial exports because
of factory holidays.

## 'Structural' gains

Industry and Trade Minister Karima Lazrak said the figures confirmed the 'structural
transformation' of Moroccan exports. 'Ten years ago, cars were a promise. Today they are our first
export, and the ecosystem keeps deepening,' she said in a statement.

Economists cautioned that the deficit remains large. 'The coverage ratio is improving, but slowly.
As long as the country imports most of its energy and a large share of its cereals, the trade gap
will stay above 15% of GDP,' said Amine Lahrichi, an economist at the Casablanca-based think tank
Institut Atlas pour l'Economie.

Analysts at Casablanca brokerages said the figures were broadly in line with expectations and
pointed to a moderate current account deficit for the year as a whole, with strong tourism and
remittance inflows offsetting most of the goods gap.

Agriculture and agri-food exports fell 1.8% to 61.2 billion dirhams after a difficult season for
citrus growers, whose shipments to Europe were hit by hail in the Souss valley in the spring.

The Office des Changes, which publishes monthly preliminary indicators about four weeks after the
end of each month, will release September figures at the end of October. The data are provisional
and subject to revision in the annual balance of payments report.

(Reporting by Youssef Tahiri; Editing by Anne Morel)
""",
}

_TR_B = {
    "path": "economy/trade-car-and-phosphate-exports-carry-the-year",
    "section": "Economy",
    "headline": "Trade: car and phosphate exports carry the year",
    "dek": "Eight-month figures show exports growing faster than imports. But the deficit is "
    "still above 210 billion dirhams.",
    "author": "Salma Idrissi Kaitouni",
    "byline": "Salma Idrissi Kaitouni",
    "role": "Economy desk",
    "date_mode": "visible",
    "iso": "2026-10-01T07:00:00+01:00",
    "visible_date": "1 October 2026, 07:00",
    "image": ("New cars waiting to be shipped at the port of Kenitra.", "CBD / Hicham Rami"),
    "bio": "Salma Idrissi Kaitouni covers trade, industry and the balance of payments.",
    "tags": ["Trade", "Automotive", "Phosphates", "Balance of payments"],
    "related": [
        ("Free zones: Kenitra Atlantic park fully let", "industry/kenitra-free-zone"),
        ("Citrus exporters count the cost of spring hail", "trade/citrus-hail"),
        ("Column: the dirham is not overvalued", "opinion/dirham-column"),
    ],
    "body": """
The foreign exchange office's eight-month figures, released yesterday, tell two stories at once.
Exports are growing faster than imports - by 6.2% against 4.1% - and the coverage ratio has crept up
to 60.2%. Yet the trade deficit has still widened, if only slightly, to 210.5 billion dirhams.

The explanation is arithmetic: because imports remain much larger than exports, a smaller
percentage increase on a bigger base still adds more dirhams. Imports rose by about 20.8 billion
dirhams over the period, exports by about 18.6 billion.

## Cars in the lead

Automotive exports reached 104.7 billion dirhams in January-August, up 8.9%. The sector, built
around two large assembly plants and a dense network of component suppliers in Tangier and
Kenitra, now accounts for almost a third of all goods exports.

The sector's growth this year has come as much from new models as from volumes: two new
small-car models launched last year are now at full production, and several suppliers have added
lines to serve plants in Europe directly.

Wiring harnesses, seats and electronic components account for a growing share of that total, said
Hamza Tazi, secretary-general of the Tangier Automotive Suppliers Cluster. 'We are no longer just
assembling. Local content in the vehicles leaving Tangier is above 65%,' he said.

## Phosphates rebound

Phosphates and derivatives brought in 59.3 billion dirhams, 11.4% more than a year earlier, helped
by firmer prices for fertilisers on world markets. Agriculture and agri-food exports slipped 1.8% to
61.2 billion dirhams after a difficult season for citrus.

## Energy relief

On the import side, the energy bill fell 5.8% to 73.6 billion dirhams. Purchases of capital goods,
in contrast, climbed 14.3% to 142.6 billion dirhams, driven by major infrastructure projects.

## Services and transfers

Beyond goods, the figures are reassuring for the balance of payments. Travel receipts rose 9.7% to
79.2 billion dirhams and remittances from Moroccans abroad 3.2% to 81.6 billion. Together, these two
flows, worth 160.8 billion dirhams, cover about three-quarters of the goods deficit.

'The external position is solid. The goods deficit is financed by tourism, remittances and
investment,' said Omar Filali, president of the Federation of Moroccan Exporters. 'Our concern is
competitiveness: energy costs and the strength of the dirham against some of our competitors'
currencies.'

## The month of August

Taken alone, August was less flattering: exports totalled 35.1 billion dirhams against imports of
61.4 billion, a monthly coverage ratio of about 57%. The usual summer slowdown in factories explains
part of the gap.

The minister of industry and trade, Karima Lazrak, welcomed figures that she said confirmed the
'structural transformation' of exports. 'Cars are now our first export, and the ecosystem keeps
deepening,' she said.

Economists will watch the autumn months closely. Shipments of citrus and early vegetables usually
pick up from October, while the energy bill tends to rise with winter demand. The central bank, in
its June projections, expected the current account deficit to remain moderate this year.
""",
}

_TR_C = {
    "path": "trade-data/morocco-jan-aug-2026-autos-tanger-med-volumes",
    "section": "Trade data",
    "headline": "Morocco Jan-Aug trade: autos up 8.9%, Tanger Med volumes keep climbing",
    "dek": "Office des Changes data show MAD318.4bn of exports in eight months. We look at what "
    "is moving through the ports.",
    "author": "Pieter Van Damme",
    "byline": "Pieter Van Damme",
    "role": "Maghreb correspondent",
    "date_mode": "jsonld",
    "iso": "2026-10-02T09:30:00+01:00",
    "visible_date": "2 Oct 2026",
    "image": ("Car carriers at the vehicle terminal of Tanger Med.", "MTM / Tanger Med archive"),
    "bio": "Pieter Van Damme reports on ports and shipping from Casablanca.",
    "tags": ["Morocco", "Trade data", "Ro-ro", "Containers", "Phosphates"],
    "related": [
        ("Nador West Med: first container call scheduled", "ports/nador-west-med"),
        ("Algeria's ports: dwell times fall to 9 days", "ports/algeria-dwell-times"),
        ("Ro-ro capacity on the Strait: operators add sailings", "shipping/strait-roro"),
    ],
    "body": """
Morocco's merchandise exports reached MAD318.4bn (about EUR29.5bn) in January-August 2026, up 6.2%
year on year, according to provisional figures published on 30 September by the Office des
Changes, the country's foreign exchange office. Imports rose 4.1% to MAD528.9bn (EUR49.0bn), leaving
a deficit of MAD210.5bn (EUR19.5bn).

For shipping lines and port operators, the detail matters more than the headline. The automotive
sector - the single largest export category, worth MAD104.7bn (EUR9.7bn), up 8.9% - is almost
entirely dependent on ro-ro and container links from Tangier and Kenitra to European markets.

## Port volumes

The Tanger Med Port Authority says the complex handled 6.9 million TEU in the first eight months of
the year, up 7.5% on the same period of 2025, and 452,000 vehicles through its car terminals, up
6.1%. Transhipment accounts for the bulk of container traffic, but gateway volumes linked to the
industrial free zones are growing faster, the authority said.

Ro-ro operators on the Strait of Gibraltar have added sailings to cope with the flow of finished
vehicles and components. Services between Tanger Med and southern Spain and France are running close
to capacity in peak weeks, forwarders say, and at least one operator plans to deploy a larger vessel
from January.

'Every new supplier that opens in the free zones adds boxes to our quays,' said Nabil Chraibi,
commercial director of the port authority.

## Phosphates and fertilisers

Phosphate and derivative exports, shipped mainly from Jorf Lasfar and Safi, rose 11.4% to MAD59.3bn
(EUR5.5bn). Dry bulk charter rates on the Morocco-India and Morocco-Brazil routes firmed in the
summer on the back of strong fertiliser demand, brokers said.

## Energy and capital goods

Imports of energy products fell 5.8% to MAD73.6bn, mirroring lower prices. Capital goods imports
jumped 14.3% to MAD142.6bn, reflecting equipment for stadiums, rail and desalination projects - much
of it shipped as breakbulk and project cargo through Casablanca and Tanger Med.

## Coverage ratio

The coverage of imports by exports improved by 1.2 percentage points to 60.2%. The August figures
alone - exports of MAD35.1bn, imports of MAD61.4bn - show the usual seasonal dip, as car plants and
many of their suppliers close for two to three weeks in the summer.

## Outlook

Forwarders expect the autumn to be busier. 'Order books from European carmakers are solid into the
first quarter of 2027, and the new supplier plants in Kenitra are ramping up,' said Leila Ammor,
managing director of the Casablanca freight forwarder Atlas Cargo Solutions.

Risks remain on the import side: a rise in oil prices would quickly push the energy bill back up,
and the cereal import bill will depend on the next harvest. On the export side, forwarders are
watching demand for small cars in Europe and the pace of new fertiliser capacity in West Africa.

Conversions at EUR1 = MAD10.80.
""",
}

_TR_D = {
    "path": "economy/tangier-car-industry-exports-100-billion-dirhams",
    "section": "Economy",
    "headline": "Tangier's car industry drives exports past 100 billion dirhams",
    "dek": "Suppliers in the Tangier industrial zones say they are hiring again after record "
    "eight-month figures for automotive exports.",
    "author": "Rachida El Ouazzani",
    "byline": "Rachida El Ouazzani",
    "role": "Tanja24",
    "date_mode": "none",
    "image": ("Workers on a wiring-harness line in Tangier Automotive City.",
              "Tanja24 / Rachida El Ouazzani"),
    "tags": ["Tangier", "Automotive", "Jobs", "Tanger Med"],
    "related": [
        ("Tangier Automotive City: 2,000 jobs advertised", "economy/tac-jobs"),
        ("Traffic jams on the port road: drivers' anger", "society/port-road-traffic"),
        ("Housing for factory workers: the city's plan", "society/worker-housing"),
    ],
    "body": """
The automotive sector's exports passed the 100-billion-dirham mark in the first eight months of the
year, according to figures published on Wednesday by the Office des Changes, and in Tangier's
industrial zones the mood is upbeat.

Car exports totalled 104.7 billion dirhams between January and August, an increase of 8.9% on the
same period last year, or some 8.6 billion dirhams more. The automotive industry now brings in
close to one dirham in three earned by Moroccan exports.

'We have taken on 350 people since June, and we are still recruiting technicians,' said Khalid
Amrani, human resources manager at a wiring-harness maker in the Tangier Automotive City zone, which
employs 2,900 people.

## Suppliers want more local content

Hamza Tazi, secretary-general of the Tangier Automotive Suppliers Cluster, said more than 65% of the
value of vehicles assembled in Tangier was now produced locally. 'The next step is to design here,
not only to produce here. We need engineers, and we need them to stay,' he said.

The regional vocational training office says it will open 1,200 additional places in automotive
trades next year, including maintenance, quality control and industrial electronics, to meet the
demand from factories in the free zones.

Unions in the free zones say wages have not kept pace with rents in the city. 'A technician earns
barely enough to rent a room in Beni Makada,' said a union representative at one of the harness
plants. Employers reply that wages in the sector are above the legal minimum and that most plants
now pay transport allowances.

The cluster brings together about 120 companies, which employ some 48,000 people in the
Tangier-Tetouan-Al Hoceima region, according to its own figures.

## The port in the middle

For the region, the other good news is the activity at Tanger Med. The port complex handled 452,000
vehicles in its car terminals in the first eight months of the year, according to the port
authority, and nearly 6.9 million TEU (twenty-foot equivalent units) of containers.

Lorry drivers and logistics firms, however, complain of congestion on the road to the port at peak
hours. 'Queues of two or three hours are common on some afternoons,' said Mustapha Boukili, who runs
a fleet of 40 lorries.

## National picture

Nationally, exports rose 6.2% to 318.4 billion dirhams and imports 4.1% to 528.9 billion, according
to the Office des Changes, which means the trade deficit, at 210.5 billion dirhams, was slightly
larger than a year earlier. Phosphates, aerospace - whose exports rose 12% to 16.8 billion dirhams -
and tourism also posted strong growth.

Minister of Industry and Trade Karima Lazrak said the figures reflected 'the structural
transformation of our exports'.

Local officials want the next step to be housing and transport for workers. 'Tangier is growing
faster than its infrastructure,' said a member of the city council's economic committee, who asked
not to be named. The council is expected to vote in the coming weeks on a plan for two new bus
lines serving the industrial zones.
""",
}

STORY_TR = _story(
    "tr-CA4", "trade", "2026-10-03",
    [(_AEW, _TR_A), (_CBD, _TR_B), (_MTM, _TR_C), (_TANJA, _TR_D)],
    [],
)

# ===========================================================================
# rk-CA5 — Meridian-2 launches Egypt's NEXSAT-2 from Kourou, Wednesday 8 July
# 2026 22:41 local (Thursday 9 July 01:41 UTC) (PLANTED x3)
# ===========================================================================

_CW = _outlet(
    "Continental Wire", "continentalwire.example", "wire",
    tagline="News agency",
    nav=["World", "Africa", "Europe", "Science", "Business", "Technology"],
    cookie="Continental Wire uses cookies to operate this website and to analyse usage.",
    cookie_buttons=("Accept", "Decline"),
    newsletter="CW Science Briefing: space, climate and health news",
    footer=["About CW", "Our journalists", "Media clients", "Privacy", "Terms"],
)

_ORBIT = _outlet(
    "Orbit Ledger", "orbitledger.example", "live", sep=" - ",
    tagline="Launches, satellites and the space industry",
    nav=["Launches", "Satellites", "Industry", "Policy", "Schedule", "Live"],
    cookie="We use cookies to keep you signed in and to understand how readers use the site.",
    cookie_buttons=("Accept", "Preferences"),
    newsletter="Launch Manifest: the week's launches in your inbox",
    most_read=[
        "Ariane 6 completes its seventh flight",
        "Smallsat rideshare prices fall again",
        "ESA ministerial: what's on the table",
        "Kenya's first radar satellite enters service",
    ],
)

_CEP = _outlet(
    "Cairo Evening Post", "cairoeveningpost.example", "paper",
    tagline="Egypt's evening newspaper in English",
    nav=["Egypt", "Politics", "Business", "Science & Tech", "Arts", "Sport", "Opinion"],
    cookie="This site uses cookies to improve your experience and for advertising.",
    cookie_buttons=("Agree", "Manage settings"),
    newsletter="The Evening Post Newsletter: today's Egypt in ten stories",
    most_read=[
        "Metro line 4: first section to open next spring",
        "Nile water levels: ministry reassures farmers",
        "Ahly clinch league title with two games to spare",
        "New Administrative Capital: ministries complete move",
    ],
)

_AGADIR = _outlet(
    "Agadir Now", "agadirnow.example", "local", sep=" - ",
    tagline="News from Agadir and Souss-Massa",
    nav=["Agadir", "Souss-Massa", "Campus", "Economy", "Tourism", "Sport", "Agenda"],
    cookie="Agadir Now uses cookies to analyse traffic and improve the site.",
    cookie_buttons=("Accept", "No thanks"),
    newsletter="Agadir Now in your inbox: the week in Souss-Massa",
    year=False,
    most_read=[
        "Taghazout: surf festival draws record crowds",
        "Argan cooperatives win fair-trade certification",
        "Agadir airport: new routes to Lyon and Bergamo",
        "Water: Souss desalination plant expansion approved",
    ],
)

_RK_A = {
    "path": "science/2026/07/09/egypt-nexsat-2-satellite-launched-french-guiana",
    "section": "Science",
    "headline": "Egypt's NEXSAT-2 observation satellite launched from French Guiana",
    "dek": "A Meridian-2 rocket carried the Egyptian satellite and three cubesats into orbit; "
    "Egypt's space agency says first signals were received.",
    "author": "Claire Dumont",
    "byline": "By Claire Dumont",
    "role": "Continental Wire",
    "dateline": "KOUROU, French Guiana, July 8 (CW) -",
    "date_mode": "meta",
    "iso": "2026-07-09T02:58:00Z",
    "visible_date": "Published 9 July 2026, 02:58 GMT",
    "image": ("A Meridian-2 rocket lifts off from the Guiana Space Centre in Kourou.",
              "Orbital Meridian / handout via CW"),
    "tags": ["Egypt", "Space", "Satellites", "French Guiana"],
    "related": [
        ("Morocco's second observation satellite: tender launched", "science/morocco-eo-tender"),
        ("Africa's space agencies: who is building what", "science/africa-space-agencies"),
        ("Ariane 6 to fly twelve times next year", "science/ariane-6-cadence"),
    ],
    "body": """
A Meridian-2 rocket lifted off from the Guiana Space Centre on Wednesday evening carrying NEXSAT-2,
an Earth observation satellite built by the Egyptian Space Agency, and three smaller research
satellites, the launch company Orbital Meridian said.

The rocket left the pad at 22:41 local time (01:41 GMT on Thursday), two days after a first attempt
was called off because of strong upper-level winds. NEXSAT-2 separated from the rocket's upper stage
just under an hour after liftoff, followed by the three cubesats.

Egypt's space agency (EgSA) said its ground station at Space City, in the New Administrative
Capital east of Cairo, received the satellite's first signals at 05:52 Cairo time (02:52 GMT). 'All
subsystems are responding normally,' it said in a statement.

'This is a proud night for Egypt. We are no longer only buyers of satellites; we design them, we
integrate them and we operate them,' EgSA chief executive Hala El-Kholy said in a video message
broadcast from the control room.

NEXSAT-2, which weighs 312 kg, will operate from a sun-synchronous orbit at an altitude of 540 km.
Its camera can distinguish objects as small as 1.2 metres across in panchromatic mode, and it is
designed to operate for at least five years. The agency says it will be used for agricultural
monitoring, urban planning, water resources management and the tracking of desertification.

The programme cost about $38 million, according to the agency, which said around 60% of the
satellite's subsystems had been integrated and tested at Space City by Egyptian engineers.

## Second flight for Meridian-2

It was the second flight of Meridian-2, a two-stage light launcher developed by Toulouse-based
Orbital Meridian. Its maiden flight in November 2025 placed six small satellites in orbit.

'Two flights, two successes. We now want to reach a cadence of one launch every two months by the
end of 2027,' Orbital Meridian chief executive Laurent Viguier told reporters at the launch centre.

Orbital Meridian said the next Meridian-2 mission was planned for September. The company, founded
in 2019, is one of several European start-ups competing for a share of the small-satellite launch
market, where demand from universities, start-ups and governments of emerging space nations has
grown rapidly.

The three cubesats on board were built by Ibn Zohr University in Agadir, Morocco, by a Tunisian
start-up and by a Portuguese research institute.

NEXSAT-2 replaces NEXSAT-1, which was launched in 2019 and stopped transmitting in 2024, leaving
Egypt dependent on commercial imagery bought from foreign operators. The agency plans to launch a
third satellite, with a radar payload, in 2028.

Egypt has been expanding its space programme since the agency was created in 2018, with a focus on
assembling and testing satellites locally rather than buying them ready-made.

(Reporting by Claire Dumont; additional reporting by Ahmed Sabry in Cairo; Editing by Paul
Whitaker)
""",
}

_RK_B = {
    "path": "live/meridian-2-nexsat-2-launch",
    "section": "Launches",
    "headline": "Live: Meridian-2 launches Egypt's NEXSAT-2 from Kourou",
    "dek": "Minute-by-minute coverage of the second Meridian-2 mission, from terminal count to "
    "signal acquisition. All times UTC.",
    "author": "Ravi Menon",
    "byline": "Ravi Menon",
    "role": "Orbit Ledger launch desk",
    "date_mode": "jsonld",
    "iso": "2026-07-09T00:30:00Z",
    "modified": "2026-07-09T03:15:00Z",
    "visible_date": "Live coverage - last update 03:15 UTC, 9 July 2026",
    "live_day": "2026-07-09",
    "live_tz": "Z",
    "image": ("Meridian-2 on the pad before the launch.", "Orbital Meridian"),
    "tags": ["Meridian-2", "Orbital Meridian", "NEXSAT-2", "Egypt", "Kourou"],
    "related": [
        ("Meridian-2 maiden flight: how it went", "launches/meridian-2-maiden-flight"),
        ("NEXSAT-2 payload: a closer look at the camera", "satellites/nexsat-2-camera"),
        ("Launch schedule: July", "schedule/july"),
    ],
    "body": """
** Meridian-2 lifted off at 01:41:30 UTC (22:41:30 local time in Kourou on 8 July) ;; NEXSAT-2
separated 54 minutes 20 seconds into the flight ;; First signal acquired by EgSA's Space City ground
station at 02:52 UTC ;; Second consecutive success for Orbital Meridian's light launcher

@@ 03:15 | Wrap-up

That's a wrap for tonight. Meridian-2 delivered its payloads to a sun-synchronous orbit and
NEXSAT-2 is talking to the ground. Orbital Meridian says the next Meridian-2 mission is planned for
September. Thanks for following along.

@@ 02:53 | Signal acquired

EgSA confirms its ground station at Space City in Egypt's New Administrative Capital acquired
NEXSAT-2's signal at 02:52 UTC (05:52 in Cairo). Telemetry shows the solar arrays deployed and the
battery charging.

@@ 02:47 | Cubesats away

The rideshare cubesats have been released from their dispensers, completing the deployment
sequence. Their operators will now try to make contact during the first passes over their ground
stations.

@@ 02:36 | SEPARATION!

NEXSAT-2 has separated from the upper stage at T+54 minutes 20 seconds. Applause in the control room
in Kourou - and, we are told, in Cairo, where it is 05:36.

@@ 02:20 | Second burn of the upper stage

The upper stage has restarted its engine for a short circularisation burn to reach the target
orbit of 540 km.

@@ 02:05 | What NEXSAT-2 will do

EgSA says the satellite's imagery will feed agricultural monitoring along the Nile valley and the
Delta, urban planning, water resources management and the tracking of desertification. Egypt has
been without a national optical imaging satellite since NEXSAT-1 stopped transmitting in 2024.

@@ 01:50 | Stage separation and fairing jettison

First-stage separation confirmed at T+2 min 38 s; the fairing was jettisoned at T+3 min 40 s. The
upper stage is now in its coast phase.

@@ 01:42 | LIFTOFF

Liftoff of Meridian-2 at 01:41:30 UTC - 22:41:30 on Wednesday evening in Kourou - carrying five
satellites, led by Egypt's 312 kg NEXSAT-2.

@@ 01:30 | Terminal count

Weather is green, range is green. Upper-level winds, which forced Monday's scrub, are well within
limits tonight.

@@ 01:20 | Go for launch

Range safety and the weather officer have both given their 'go'. Tonight's window lasts 30 minutes
and the team is targeting its opening. Orbital Meridian's webcast is live, with commentary from the
control room in Kourou and from EgSA in Egypt.

@@ 01:05 | Fuelling complete

Orbital Meridian reports propellant loading complete on both stages. Mission director Sophie
Arnaud has polled her team: all stations are 'go'.

@@ 00:30 | Welcome

Good evening from our launch desk. Tonight's window opens at 01:41 UTC (22:41 local time in Kourou,
04:41 in Cairo). This is the second flight of Meridian-2; the maiden flight in November 2025 put six
smallsats in orbit. NEXSAT-2 will operate from a 540 km (336-mile) sun-synchronous orbit with 1.2 m
panchromatic resolution; its design life is five years. The first attempt, on Monday, was scrubbed
because of high-altitude winds.
""",
}

_RK_C = {
    "path": "science-tech/nexsat-2-in-orbit-egypt-space-programme-comes-of-age",
    "section": "Science & Tech",
    "headline": "NEXSAT-2 in orbit: Egypt's space programme comes of age",
    "dek": "The 312-kilogram satellite, largely integrated at Space City, sent its first signal "
    "before dawn on Thursday. Engineers now begin months of testing.",
    "author": "Dina El-Masry",
    "byline": "By Dina El-Masry",
    "role": "Science Editor",
    "date_mode": "visible",
    "iso": "2026-07-10T06:00:00+03:00",
    "visible_date": "Friday 10 July 2026",
    "image": ("Engineers in the control room at Space City follow the launch.",
              "Courtesy of the Egyptian Space Agency"),
    "bio": "Dina El-Masry is the Post's science editor.",
    "tags": ["Space", "EgSA", "NEXSAT-2", "Science"],
    "related": [
        ("Space City: inside Egypt's satellite assembly halls", "science-tech/space-city-inside"),
        ("Why Egypt wants a radar satellite", "science-tech/radar-satellite"),
        ("Satellite images to map informal housing", "science-tech/informal-housing-maps"),
    ],
    "body": """
Egypt's newest satellite, NEXSAT-2, is in orbit and working, the Egyptian Space Agency (EgSA) said
yesterday, hours after a Meridian-2 rocket carrying it lifted off from Kourou, in French Guiana.

The rocket lifted off at 22:14 local time in Kourou on Wednesday, in the early hours of Thursday in
Egypt, carrying four satellites in all: NEXSAT-2 and three cubesats built by a Moroccan university,
a Tunisian start-up and a Portuguese research institute.

The satellite separated from the rocket 54 minutes after liftoff, and the agency's ground station
at Space City, in the New Administrative Capital, picked up its first signal at 05:52 Cairo time,
before most Egyptians had woken up.

'It was a very long hour,' admitted Eng. Karim Soliman, NEXSAT-2's project manager, who followed the
launch from the control room. 'When the signal came, people cried. Some of these engineers have
worked on this satellite for six years.'

## Made in Egypt, mostly

EgSA chief executive Dr Hala El-Kholy said Egypt was 'no longer just buying satellites, but
designing, integrating and operating them'. According to the agency, about 60% of the satellite's
subsystems were integrated and tested at Space City, compared with a small fraction for NEXSAT-1,
which was built abroad and launched in 2019.

The new satellite weighs 312 kilograms and will circle the Earth in a sun-synchronous orbit about
540 kilometres up. Its main camera has a resolution of 1.2 metres in panchromatic mode and 4.8
metres in multispectral mode.

The programme cost about $38 million, or roughly 1.8 billion pounds at current exchange rates, the
agency said.

## What it will be used for

Officials say NEXSAT-2's images will be used to monitor crops along the Nile valley and in the
Delta, track the expansion of informal housing, map water resources and follow the advance of the
desert. Since NEXSAT-1 stopped transmitting in 2024, ministries have had to buy commercial images
from foreign suppliers.

'Every image we produce ourselves is an image we don't pay for in dollars,' said Dr El-Kholy.

## The testing phase

Engineers will now spend about three months checking the satellite's systems and calibrating its
cameras before it enters full service, expected in October. The first images should be released
within weeks, the agency said.

NEXSAT-2 is designed to operate for at least five years. A third satellite, carrying a radar that
can see through clouds and at night, is planned for 2028.

The launch was the second for Meridian-2, a light launcher made by the French company Orbital
Meridian. A first attempt on Monday was called off because of high winds at altitude.

Egypt set up its space agency in 2018 and has since made local assembly a priority. Space City,
which houses clean rooms, test halls and the control centre, now employs several hundred engineers
and technicians, many of them trained abroad on earlier satellite programmes.
""",
}

_RK_D = {
    "path": "campus/argan-1-agadir-students-cubesat-reaches-orbit",
    "section": "Campus",
    "headline": "Argan-1: Agadir students' cubesat reaches orbit alongside Egyptian satellite",
    "dek": "The 2-kilogram satellite built at Ibn Zohr University was one of four satellites on "
    "the Meridian-2 rocket launched from French Guiana.",
    "author": "Brahim Ait Lahcen",
    "byline": "Brahim Ait Lahcen",
    "role": "Agadir Now",
    "date_mode": "none",
    "image": ("Students of the Argan-1 team with a model of their cubesat.",
              "Agadir Now / Brahim Ait Lahcen"),
    "tags": ["Agadir", "Ibn Zohr University", "Space", "Students"],
    "related": [
        ("Ibn Zohr University opens aerospace master's programme", "campus/aerospace-masters"),
        ("Souss-Massa region funds 40 research projects", "souss-massa/research-fund"),
        ("Agadir students win African robotics cup", "campus/robotics-cup"),
    ],
    "body": """
A small satellite designed and built by students and researchers at Ibn Zohr University in Agadir
is now in orbit, after travelling on the same rocket as Egypt's NEXSAT-2 Earth observation
satellite.

Argan-1, a 'cubesat' the size of a shoebox weighing just over 2 kilograms, was one of four
satellites carried by a Meridian-2 rocket that lifted off from Kourou, in French Guiana, on
Wednesday night local time - in the early hours of Thursday in Morocco.

The main passenger, NEXSAT-2, separated from the rocket 45 minutes after liftoff. The three
cubesats, including Argan-1, were released from their dispensers shortly afterwards.

'We received the first beacon signal from Argan-1 at 05:10 Moroccan time, during a pass over our
ground station on the roof of the engineering school. There was a lot of shouting,' said Professor
Latifa Ouhmad, who supervises the project.

## Three years of work

The project began in 2023 with a team of eight engineering students. In all, about 40 students have
worked on Argan-1, which carries a small camera and an experiment to measure radiation levels in
low Earth orbit. It will also relay short messages from amateur radio operators.

The university spent about 1.2 million dirhams on the satellite, financed by the Souss-Massa
region, a national research fund and private sponsors. The launch itself was offered by Orbital
Meridian under its programme for university payloads.

'For a student from Taroudant or Tiznit, touching a satellite that will fly in space changes the
way you see your future,' said Youssef Benali, a 23-year-old master's student in embedded systems
who wrote part of the onboard software.

## Following NEXSAT-2

The Egyptian satellite, which weighs 312 kilograms, will operate at an altitude of about 540
kilometres. Egypt's space agency said its ground station received NEXSAT-2's first signals a few
hours after the launch.

Argan-1 should operate for about three years. The team hopes to release the first photographs of
the Souss region within a month, and will publish its radiation measurements for other
universities to use.

The students will operate Argan-1 themselves from the campus ground station, which can talk to the
satellite during passes lasting about ten minutes, several times a day. 'Night shifts are already
organised,' joked one member of the team.

Argan-1 is the first satellite built by a university in southern Morocco. Engineering schools in
Rabat and Fez have built cubesats before, and Ibn Zohr University hopes the project will help it
attract partners from the aerospace industry, which is concentrated around Casablanca.

The launch was the second success for Meridian-2, the light launcher built by the French company
Orbital Meridian, whose first flight in November 2025 carried six satellites. The launch had been
delayed by two days because of strong winds at high altitude.

Professor Ouhmad said the team was already working on a successor. 'Argan-2 will be bigger, with a
better camera. We want to fly it in 2028,' she said.
""",
}

STORY_RK = _story(
    "rk-CA5", "rocket", "2026-07-11",
    [(_CW, _RK_A), (_ORBIT, _RK_B), (_CEP, _RK_C), (_AGADIR, _RK_D)],
    [
        ("liftoff local time in Kourou", r"\b22[:.]41\b", r"\b22[:.]14\b"),
        ("NEXSAT-2 separation after liftoff",
         r"\b54\s*min(?:utes?)?\b", r"\b45\s*min(?:utes?)?\b"),
        ("satellites on the rocket",
         r"\b(?:four|4) satellites\b", r"\b(?:five|5) satellites\b"),
    ],
)

# ===========================================================================
# eq-CA6 — M5.4 earthquake near Kherrata, Bejaia province, Algeria,
# Saturday 14 November 2026 03:27 local (02:27 UTC) (CONTROL)
# ===========================================================================

_NAPA = _outlet(
    "North Africa Press Agency", "napa.example", "wire",
    tagline="NAPA - news from Algeria and the region",
    nav=["Algeria", "Maghreb", "Africa", "Economy", "Society", "Sport", "Photos"],
    cookie="NAPA uses cookies to ensure the site works properly and to measure audience.",
    cookie_buttons=("Accept", "Settings"),
    newsletter="NAPA Newsletter: the day's top stories",
    footer=["About NAPA", "Wire services", "Photo sales", "Privacy", "Legal notice"],
)

_BEJINFO = _outlet(
    "Bejaia Info", "bejaiainfo.example", "live", sep=" - ",
    tagline="Local news from Bejaia and Kabylia",
    nav=["Bejaia", "Kherrata", "Akbou", "Region", "Society", "Sport", "Services"],
    cookie="Bejaia Info uses cookies to analyse visits and to display advertising.",
    cookie_buttons=("Accept", "Refuse"),
    newsletter="Bejaia Info alerts: breaking news from the province",
    most_read=[
        "Bejaia port: new ferry line to Marseille confirmed",
        "JSM Bejaia held at home",
        "Olive oil: prices fall as harvest begins",
        "Gouraya park: hiking trails reopen",
    ],
)

_ALGOBS = _outlet(
    "The Algiers Observer", "algiersobserver.example", "paper",
    tagline="Algeria's English-language news",
    nav=["Algeria", "Politics", "Economy", "Regions", "World", "Culture", "Sport"],
    cookie="We use cookies to give you the best experience. You can change your settings at any "
    "time.",
    cookie_buttons=("Accept all", "Change settings"),
    newsletter="Observer Daily: the essential Algerian news",
    most_read=[
        "Hydrocarbons: Sonatrach signs gas deal with Italian buyer",
        "Algiers metro: extension to the airport opens",
        "Dates harvest in Biskra: growers expect record",
        "Opinion: our cities are not ready for the next big quake",
    ],
)

_QD = _outlet(
    "QuakeDesk", "quakedesk.example", "trade",
    tagline="Earthquake science, explained",
    nav=["Latest quakes", "Explainers", "Tectonics", "Hazard", "Data", "About"],
    cookie="QuakeDesk uses a small number of cookies for analytics. No advertising trackers.",
    cookie_buttons=("Fine by me", "No analytics"),
    newsletter="The QuakeDesk digest: significant earthquakes, explained",
    footer=["About", "Data sources", "Support us", "Privacy", "Contact"],
    year=False,
    share=["X", "Bluesky", "Email"],
)

_EQ_A = {
    "path": "algeria/2026/11/14/earthquake-bejaia-province-kherrata",
    "section": "Algeria",
    "headline": "Earthquake in Algeria's Bejaia province kills four, injures 41",
    "dek": "The magnitude 5.4 quake struck before dawn near Kherrata; dozens of homes were "
    "damaged and a main road was briefly cut by rockfalls.",
    "author": "Amel Saidi",
    "byline": "By Amel Saidi",
    "role": "NAPA",
    "dateline": "ALGIERS, Nov 14 (NAPA) -",
    "date_mode": "meta",
    "iso": "2026-11-14T07:20:00Z",
    "modified": "2026-11-14T13:50:00Z",
    "visible_date": "Updated 13:50 GMT, 14 November 2026",
    "image": ("Residents inspect a damaged house near Kherrata.", "NAPA / Lyes Ait Ouali"),
    "tags": ["Algeria", "Earthquake", "Bejaia", "Civil Protection"],
    "related": [
        ("Morocco: magnitude 4.6 tremor felt in Al Hoceima", "maghreb/al-hoceima-tremor"),
        ("Algeria updates building code for seismic zones", "algeria/seismic-code-update"),
        ("Floods in Tamanrasset: two missing", "algeria/tamanrasset-floods"),
    ],
    "body": """
An earthquake of magnitude 5.4 struck Algeria's northeastern province of Bejaia before dawn on
Saturday, killing at least four people and injuring 41, the Civil Protection service said, as
rescuers searched damaged houses in mountain villages.

The quake hit at 03:27 local time (02:27 GMT), with its epicentre 9 km north of the town of
Kherrata, about 30 km south-east of the city of Bejaia, according to Algeria's Research Centre for
Astronomy, Astrophysics and Geophysics (CRAAG). The centre put its depth at 10 km.

The U.S. Geological Survey measured the quake at magnitude 5.2, at a depth of 12 km.

The tremor was felt in the provinces of Bejaia, Setif, Jijel and Bordj Bou Arreridj, and lightly
in Algiers, about 200 km to the west. Many residents spent the rest of the night outdoors.

The latest toll, issued by the Civil Protection at 13:30 local time, stood at four dead and 41
injured, most of them hurt by falling debris or while fleeing their homes. Earlier in the day the
service had reported three dead.

Among the dead was a 67-year-old woman killed when the roof of her house collapsed in a hamlet near
Kherrata, local officials said.

## Aftershocks

CRAAG said it had recorded 23 aftershocks by midday, the strongest of magnitude 4.1 at 05:02 local
time. 'Aftershocks are expected to continue for several days, with decreasing frequency. We call on
residents not to return to buildings with visible cracks,' said Dr Samia Boudiaf, head of the
centre's seismic surveillance department.

National Road 9, which runs through the Kherrata gorge linking Bejaia with Setif, was closed for
several hours after rocks fell onto the carriageway. It reopened at 11:30.

Interior Minister Lakhdar Benyoucef was due to visit the area in the afternoon, his ministry said.
The governor (wali) of Bejaia, Kamel Hadjadj, said teams were assessing damage to houses, schools
and mosques. 'Our priority is to shelter the families whose homes are no longer safe,' he said.

The Civil Protection said it had deployed 420 personnel, 65 vehicles and search dogs to the area.
Hospitals in Bejaia and Setif called for blood donations.

In Kherrata itself, shopkeepers began clearing fallen plaster and broken glass in the morning, and
the municipality opened two sports halls for families who did not want to spend another night at
home. Mobile phone networks were briefly overloaded after the quake but worked normally by dawn.

Television footage showed collapsed walls, cracked facades and a minaret that had partly fallen
onto a street in one village. Residents said many of the older houses in the hamlets around
Kherrata were built of stone and earth, without reinforcement.

Northern Algeria lies on the boundary between the African and Eurasian tectonic plates and is
regularly shaken by earthquakes. In 2024, a magnitude 4.9 tremor in the same area damaged about 60
homes.

(Reporting by Amel Saidi; Editing by Karim Mebarki)
""",
}

_EQ_B = {
    "path": "region/live-earthquake-kherrata-toll-damage-aftershocks",
    "section": "Region",
    "headline": "LIVE - Earthquake near Kherrata: toll, damage, aftershocks",
    "dek": "A magnitude 5.4 earthquake struck Béjaïa province at 03:27. Follow the latest. All "
    "times local (GMT+1).",
    "author": "Bejaia Info newsroom",
    "byline": "Bejaia Info newsroom",
    "role": "With our correspondent in Kherrata",
    "date_mode": "jsonld",
    "iso": "2026-11-14T03:48:00+01:00",
    "modified": "2026-11-14T19:20:00+01:00",
    "visible_date": "Live - updated 19:20",
    "live_day": "2026-11-14",
    "live_tz": "+01:00",
    "image": ("Families wrapped in blankets on the main square of Kherrata.",
              "Bejaia Info / Said Amrouche"),
    "tags": ["Earthquake", "Kherrata", "Live"],
    "related": [
        ("Earthquake: what to do during and after a quake", "services/earthquake-advice"),
        ("Where to give blood in Bejaia", "services/blood-donation"),
        ("Emergency numbers", "services/emergency-numbers"),
    ],
    "body": """
** Magnitude 5.4 earthquake at 03:27, epicentre 9 km north of Kherrata (CRAAG) ;; Latest toll
(Civil Protection, 19:00): 5 dead, 63 injured ;; 212 houses damaged, 38 declared uninhabitable
(preliminary) ;; National Road 9 through the Kherrata gorge reopened at 11:30

@@ 19:20 | Toll rises to five dead, 63 injured

The Civil Protection's 19:00 update puts the toll at five dead and 63 injured. The fifth victim, a
52-year-old man, died in hospital in Sétif, where he had been transferred with head injuries.

@@ 18:05 | 212 houses damaged

According to a preliminary assessment by the province, 212 houses were damaged, 38 of which are
uninhabitable. Three schools and two mosques have cracks. Technical inspection teams will continue
their work tomorrow.

@@ 17:25 | Aftershock felt in Kherrata

A fresh aftershock, of magnitude 3.6 according to CRAAG, was felt in Kherrata at 17:22, sending
residents back into the streets. No new damage has been reported.

@@ 16:40 | Minister in Kherrata

Interior Minister Lakhdar Benyoucef arrived in Kherrata this afternoon with the wali, Kamel
Hadjadj. 'The state will rebuild every house that has to be demolished,' he told residents. So far
150 tents have been distributed to families.

@@ 15:10 | Blood donations

The university hospital in Béjaïa is calling for blood donations. Queues formed in the afternoon in
front of the blood transfusion centre.

@@ 14:30 | Reinforcements arrive

Civil Protection units from Sétif, Jijel and Bordj Bou Arreridj have joined the teams from Béjaïa.
According to the Civil Protection, 420 personnel, 65 vehicles and search dogs are now deployed in
the area.

@@ 13:40 | Four dead, 41 injured

The Civil Protection's 13:30 update: four dead and 41 injured. Most of the injured were hit by
falling debris or hurt while fleeing.

@@ 12:15 | 23 aftershocks

CRAAG says it has recorded 23 aftershocks since 03:27, the strongest of magnitude 4.1 at 05:02.

@@ 11:35 | National Road 9 reopened

National Road 9 through the Kherrata gorge reopened to traffic at 11:30 after rocks were cleared.

@@ 10:20 | Toll rises to three dead

The Civil Protection now reports three dead and 27 injured.

@@ 09:30 | Schools to be inspected

The education directorate says all schools in the municipality of Kherrata will be inspected
before classes resume.

@@ 08:10 | Residents spent the night outside

Our correspondent in Kherrata describes families wrapped in blankets on the main square. 'The house
danced. I took the children and ran,' says Hassina, a mother of three. The temperature fell to 4°C
overnight.

@@ 07:30 | Electricity restored

Teams from the electricity distributor have restored power to most of the villages around
Kherrata, where lines were cut by
falling rocks and damaged poles. A few isolated hamlets remain without electricity this morning.

@@ 06:45 | First death confirmed

The Civil Protection confirms one death, a 67-year-old woman whose roof collapsed in a hamlet near
Kherrata, and nine injured.

@@ 04:05 | Magnitude 5.4 (CRAAG)

CRAAG gives a magnitude of 5.4, with the epicentre 9 km north of Kherrata at a depth of 10 km. The
quake was felt in Béjaïa, Sétif and Jijel and as far away as Algiers.

@@ 03:48 | Strong earthquake felt

A strong earthquake was felt at 03:27 across Béjaïa province. Many residents rushed into the
streets. Details to follow.
""",
}

_EQ_C = {
    "path": "regions/kherrata-counts-its-losses-aftershocks",
    "section": "Regions",
    "headline": "Kherrata counts its losses as aftershocks keep residents outdoors",
    "dek": "Five people were killed and 68 injured in Saturday's earthquake. Inspectors have "
    "declared 57 buildings uninhabitable.",
    "author": "Mourad Bensalem",
    "byline": "By Mourad Bensalem, in Kherrata",
    "role": "",
    "date_mode": "visible",
    "iso": "2026-11-15T11:00:00+01:00",
    "visible_date": "Sunday 15 November 2026, updated 11:00",
    "image": ("Tents set up on a football pitch in Kherrata.", "Algiers Observer / Nassim Rahmani"),
    "bio": "Mourad Bensalem is the Observer's correspondent in eastern Algeria.",
    "tags": ["Earthquake", "Kherrata", "Bejaia", "Housing"],
    "related": [
        ("Seismic code: why builders ignore it", "regions/seismic-code-builders"),
        ("Boumerdes 2003: lessons still unlearned", "opinion/boumerdes-lessons"),
        ("Prefabricated housing: the government's plan", "politics/prefab-housing"),
    ],
    "body": """
KHERRATA - A day after the earthquake that killed five people in the mountains of Béjaïa province,
hundreds of families in and around Kherrata spent a second night in tents, cars and courtyards,
unwilling to sleep under roofs that had cracked.

The magnitude 5.4 quake, which struck at 3:27 a.m. on Saturday, injured 68 people, according to the
latest figures from the Civil Protection, released at 8 a.m. today. Twelve of the injured were
still in hospital; the others have been discharged.

The toll rose through Saturday as rescuers reached isolated hamlets. The fifth victim, a 52-year-old
man, died in hospital in Sétif on Saturday afternoon.

## 57 buildings condemned

Technical inspectors from the building control agency examined 340 buildings by Sunday morning and
classified 57 as uninhabitable, up from 38 in Saturday's preliminary assessment. Most of the others
need repairs before families can safely return.

'We are seeing old stone-and-earth houses that simply collapsed, and newer concrete houses built
without respecting the seismic code,' said an engineer with the inspection teams, who was not
authorised to speak publicly.

The wali of Béjaïa, Kamel Hadjadj, said more than 260 tents had been set up and that families whose
homes were condemned would be rehoused in prefabricated units 'within weeks'. Interior Minister
Lakhdar Benyoucef, who visited Kherrata on Saturday, promised that the state would rebuild 'every
house that must be demolished'.

Schools in the municipality of Kherrata remained closed today, the first day of the school week,
pending inspection. Three school buildings have visible cracks.

## 'Every shake, we run'

CRAAG, the national seismological centre, had recorded 37 aftershocks by 7 a.m. today, the
strongest a magnitude 4.1 tremor less than two hours after the main shock.

'Every time the ground shakes, we run outside. The children don't want to go back in,' said Nadia,
39, who was cooking on a gas stove in front of her damaged house in a hamlet above the town.

Seismologists say the aftershocks are normal. 'A sequence like this can last weeks. The number of
events will decrease, but a shock above magnitude 4 cannot be ruled out,' said Dr Samia Boudiaf of
CRAAG.

## A known risk

The quake's epicentre lay 9 km north of Kherrata, at a depth of 10 km, according to CRAAG; the U.S.
Geological Survey measured it at 5.2. The area, about 200 km east of Algiers, has been shaken
before: a 4.9 tremor in 2024 damaged about 60 homes.

Engineers and local associations say the lesson has not been learned. 'After every earthquake we
talk about the seismic code, and then we forget,' said Rachid Ait Kaci, president of a local
residents' association.

The road through the Kherrata gorge, briefly closed on Saturday by rockfalls, was open this morning
but subject to checks, and traffic police were stopping heavy lorries at both ends.
""",
}

_EQ_D = {
    "path": "quakes/m5-4-kherrata-algeria-reverse-faulting-tell-atlas",
    "section": "Latest quakes",
    "headline": "M5.4 Kherrata, Algeria: reverse faulting on the Tell Atlas front",
    "dek": "Agencies differ slightly on magnitude and depth, as usual for moderate events. "
    "Here is what the data say about the quake in Bejaia province.",
    "author": "Tomasz Wierzbicki",
    "byline": "By Dr Tomasz Wierzbicki",
    "role": "QuakeDesk",
    "date_mode": "none",
    "image": ("Map of the epicentre and aftershocks near Kherrata.",
              "QuakeDesk, data: CRAAG, EMSC"),
    "bio": "Tomasz Wierzbicki is a seismologist and science writer.",
    "tags": ["Algeria", "Tell Atlas", "Reverse faulting", "Aftershocks"],
    "related": [
        ("Why ML and Mw differ for moderate earthquakes", "explainers/ml-vs-mw"),
        ("Omori's law in five charts", "explainers/omori-law"),
        ("M4.6 Al Hoceima, Morocco: a quick look", "quakes/m4-6-al-hoceima"),
    ],
    "body": """
A moderate, shallow earthquake struck the Tell Atlas of north-eastern Algeria on Saturday at 02:27
UTC (03:27 local time), close to the town of Kherrata in Bejaia province. The event caused deaths
and significant damage to vulnerable masonry houses: the Civil Protection reported at least four
people killed and 41 injured as of Saturday afternoon.

## Magnitude and location: agencies compared

** CRAAG (Algeria): ML 5.4, epicentre 9 km N of Kherrata, depth 10 km ;; USGS: Mw 5.2, depth 12 km
;; EMSC: M 5.3, depth 10 km

The spread of 0.2 magnitude units is typical. CRAAG reports a local magnitude (ML) from its
national network, which has the densest coverage of the region; the USGS figure is a moment
magnitude (Mw) derived from long-period waveforms recorded at teleseismic distances. The two scales
often diverge slightly for events of this size. Depth estimates for shallow crustal events are also
uncertain by several kilometres, so 10 km versus 12 km should not be read as a disagreement.

## Tectonic setting

Northern Algeria absorbs part of the roughly 5 mm per year of convergence between the African and
Eurasian plates. Much of this is taken up by reverse (thrust) faults and folds along the Tell
Atlas, trending roughly east-north-east. The USGS moment tensor for Saturday's event indicates
reverse faulting on a plane striking north-east, consistent with this regime.

The Kherrata area and the Babors range have a history of moderate seismicity. A magnitude 4.9
event in 2024 damaged about 60 homes in the same area.

## Aftershocks

CRAAG had located 23 aftershocks by 11:00 UTC (12:00 local), the largest an M4.1 at 04:02 UTC,
about 95 minutes after the main shock. The rate is decaying as expected under Omori's law. The
probability of an event larger than the main shock in the coming week is low but not negligible:
statistically, in the order of 5% for sequences like this one.

## Shaking and felt reports

EMSC collected more than 1,800 felt reports within three hours, from Bejaia, Setif, Jijel and Bordj
Bou Arreridj, with a few from Algiers, about 200 km (125 miles) to the west. Maximum intensities
reported near the epicentre reached VI-VII on the European Macroseismic Scale, consistent with the
damage to older stone-and-earth houses.

The USGS PAGER system issued a yellow alert for fatalities, indicating that some casualties were
likely.

## Why moderate quakes kill

At magnitude 5.2-5.4, well-built reinforced-concrete structures should suffer little more than
cosmetic damage. The deaths in Bejaia province illustrate instead the vulnerability of traditional
unreinforced masonry and of informal extensions built without respect for Algeria's seismic code.
Retrofitting such houses is cheap compared with rebuilding them, but rarely done.

For the coming days, the main hazards are aftershocks bringing down already weakened structures,
and rockfalls on the steep slopes of the Kherrata gorge, especially if rain arrives. Residents of
damaged houses should follow the guidance of the inspection teams before going back inside.
""",
}

STORY_EQ = _story(
    "eq-CA6", "earthquake", "2026-11-16",
    [(_NAPA, _EQ_A), (_BEJINFO, _EQ_B), (_ALGOBS, _EQ_C), (_QD, _EQ_D)],
    [],
)

STORIES: list[dict] = [STORY_CB, STORY_EL, STORY_CT, STORY_TR, STORY_RK, STORY_EQ]
