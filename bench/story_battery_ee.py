"""Story battery, part EE — Mexico and Central America, events in 2026.

Written by engineer EE1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between outlets are legitimate (time zones, UTC vs local dates, rounding, units,
currencies, counts that grow with each timestamped update, provisional figures revised and said
so, forecasts vs outcomes, previous events' figures, other agencies' attributed estimates,
names with and without second surnames or diacritics, one body named two ways, quotes worded
slightly differently, sidebar figures of other stories). Three stories carry exactly three
planted contradictions each, each in exactly one outlet; three stories are controls with none.
All outlets, reporters, companies, most officials and all figures are invented; real
institutions and places are scenery only. Every page is a whole HTML document built by the
small helpers below.

cb-EE1 (central bank). Bank of Mexico (Banxico) decision on Thursday 26 March 2026, published
13:00 Mexico City time (UTC-6) = 19:00 GMT = 15:00 ET (EDT). Overnight interbank rate target cut
25 bp (a quarter point, 0.25 pp) to 6.75% from 7.00%; vote 4-1, Deputy Governor Tomás Echeverri
Luna voting to hold; Governor Adriana Solís Bermúdez. Headline inflation, first half of March
3.71% (published Tuesday 24 March), core 3.94%; February full-month headline 3.82%. Q4 2026
headline forecast raised to 3.4% from 3.3%; convergence to 3% in Q3 2027. Previous decision 5
February: unanimous 25 bp cut to 7.00%. Cumulative cut since March 2024 from 11.25%: 450 bp (425
bp before this meeting). Peso 18.35 before, 18.42 at 13:30 local, ~18.39 at the New York close.
19 of 23 analysts expected the cut. Minutes 9 April; next decision 14 May. PLANTED (3): vote
split right 4-1 vs wrong 3-2 (The Mexico City Ledger); weekday right Thursday vs wrong
"Wednesday, March 26" (Central Bank Watch); core inflation right 3.94% vs wrong 3.49% (LatAm
Markets Live, 15:06 ET entry). Outlets: Meridiano Wire (wire, 19:14 GMT same day,
article:published_time meta); LatAm Markets Live (live page, entries in ET, date only in visible
text); The Mexico City Ledger (newspaper, next morning 27 March, JSON-LD); Central Bank Watch
(specialist analysis, NO date anywhere). Traps: 13:00 local / 19:00 GMT / 15:00 ET; 25 bp vs
quarter point vs 4.5 pp cumulative; 3.71% vs "about 3.7%"; headline vs core; February 3.82%
full month vs March half-month; 425 bp (before) vs 450 bp (after); February unanimous decision;
Q4 forecast 3.4% vs prior 3.3%; peso 18.42 intraday vs 18.39 close; 55% vs 70% swap pricing at
different times; Solís quote in three wordings; "Adriana Solís" vs full name; Fed range
3.25%-3.50% and 325 bp spread; sidebars about Chile (4.25%) and Guatemala (3.75%).

el-EE2 (election). Repeat mayoral election in Quetzaltenango (Xela), Guatemala, Sunday 14 June
2026; polls 07:00-18:00 local (UTC-6), i.e. closing at 00:00 UTC on Monday 15 June. TSE
preliminary count (TREP), 412 of 412 voting tables at 02:05 local Monday: Marisol Ajanel Cutzal
(ACO, Alianza Ciudadana de Occidente / Western Citizens' Alliance) 28,961 = 41.6% of valid
votes; Rodrigo Estuardo Pac Xicará (PUA) 24,139 = 34.7%; Héctor Barrios Lémus (FCX) 10,438 =
15.0%; two others 3,512 and 2,518. Valid 69,568; null 2,541; blank 977; cast 73,086 of 138,420
registered = turnout 52.8% (2023: 60.4%). Margin 4,822 votes, 6.9 points; Ajanel 39.6% of all
ballots cast. Pac conceded 23:15 Sunday. Takes office Wednesday 1 July; term to January 2028.
PLANTED (3): surname right Ajanel vs wrong "Ajanal" (The Isthmus Tribune, throughout); turnout
right 52.8% vs wrong 58.2% (Istmo Press Agency); polls closing right 18:00 / 6 p.m. vs wrong
17:00 (Xela Hoy, 06:45 entry). Outlets: Istmo Press Agency (wire, 09:20 GMT Monday 15 June,
meta); Xela Hoy (local live page, Guatemala time, visible date only); The Isthmus Tribune
(newspaper, Monday afternoon 15 June, JSON-LD); Americas Elections Monitor (specialist results
page, NO date). Traps: 18:00 local vs 00:00 UTC next day; partial TREP counts growing (12%,
63.4%, 91.2%, 100%) with times; provisional turnout "about 53%"; share of valid votes (41.63%)
vs share of all ballots (39.6%); 2023 turnout 60.4%; margin in votes vs points; Xela vs
Quetzaltenango; party named in Spanish and English; names with and without second surnames;
Pac quote in two wordings; 37 altered tally sheets of 2023; sidebar "71-57" Honduran budget.

ct-EE3 (court). CONTROL (no planted disagreement). Costa Rica's Constitutional Chamber (Sala
Constitucional, "Sala IV" / "Sala Cuarta") on Wednesday 19 August 2026 annulled articles 3, 7
and 12 of Law 10612, the Coastal Tourism Development Law, 5-2 (dissent: Rodrigo Araya Solís,
Paula Mena Chacón; rapporteur Julia Hernández Arce; presiding magistrate Ana Lucía Quesada
Mora). Operative part released 19:30 local (UTC-6) = 01:30 UTC Thursday 20 August; resolution
2026-021457, file 25-018342-0007-CO. 38 concessions voided (29 Guanacaste, 9 Puntarenas), six
months to remove structures; ICT estimate $212 million (about 107 billion colones). Law passed
18 November 2025 by 31-19; action filed 9 January 2026 by Frente Costero Guanacaste;
Defensoría de los Habitantes (Ombudsman's Office) joined. Earlier ruling March 2024 on marinas
was 4-3. Outlets: Centroamérica Wire Service (wire, 02:05 UTC 20 August, meta, dateline Aug 19);
Pacífico Norte Noticias (local, visible "Thursday 20 August 2026, 08:15" only); The Central
American Post (newspaper, 20 August, JSON-LD); Lex Istmo (legal specialist, NO date). Traps:
local Wednesday evening vs UTC Thursday; 5-2 vs "five votes to two" vs "five of seven"; earlier
4-3 ruling; law vote 31-19; 50 m vs 164 feet, 200 m vs 656 feet; dollars vs colones; 38 vs
29 + 9; magistrates vs justices; names with/without second surname; ICT as Institute/Board;
Ombudsman vs Defensoría; quotes by Rojas and Brenes in slightly different wordings.

tr-EE4 (trade). CONTROL (no planted disagreement). INEGI timely estimate of Mexico's April 2026
merchandise trade, published Wednesday 27 May 2026 at 06:00 Mexico City (12:00 GMT). Surplus
$1.842bn (forecast: $950m median of 14 analysts; April 2025: about $620m surplus). Exports
$55.317bn +6.2% y/y; imports $53.475bn +3.9%. Oil exports $2.104bn -18.5%; non-oil +7.5%;
manufacturing $50.126bn +8.1%; automotive $15.804bn +2.6%; non-automotive manufacturing +10.8%.
Consumer-goods imports -1.4%, intermediate +5.0%, capital +2.1%. Seasonally adjusted April:
deficit $416m. January-April: deficit $2.385bn. March revised to $3.381bn surplus from $3.442bn.
Peso 17.95 around the release, 17.91 later. Outlets: Norte Financial Wire (wire, 12:14 GMT,
meta); Peso Desk (live page, Mexico City time, visible date only); Monterrey Business Journal
(newspaper, 28 May, JSON-LD); Nearshore Freight Weekly (specialist logistics, NO date; says
"last Wednesday (May 27)"). Traps: month vs year to date; unadjusted surplus vs seasonally
adjusted deficit; forecast vs outcome; March initial vs revised; $1.842bn vs "about $1.8
billion" vs 33 billion pesos; $55.3bn rounding; automotive vs total manufacturing growth;
tonnes vs short tons; Laredo and Manzanillo freight figures; Economy Ministry undersecretary
quote in two wordings; "last Wednesday" vs the date.

rk-EE5 (rocket). Tonatiuh Aeroespacial (Tonatiuh Aerospace), Querétaro; Xiuhcóatl-1 flight 2
lifted off Tuesday 6 October 2026 at 06:42:10 local in Baja California Sur (UTC-7) = 13:42:10
UTC = 07:42 Mexico City (= 06:42 PDT in San Diego), from Bahía Magdalena near Puerto San Carlos,
about 60 km (37 miles) west of Ciudad Constitución. MECO T+2:38, separation T+2:41, second-stage
burn 6 min 31 s to T+9:16, payload deployment T+9 min 48 s (13:51:58 UTC); orbit about 510 km
(317 miles), preliminary 507 x 515 km, 97.4 degrees. Three cubesats, 38 kg (84 lb). Rocket
19.6 m (64 ft). Monday 5 October attempt scrubbed (winds); flight 1 on 11 December 2025 failed
at T+74 s. CEO and co-founder Valeria Itzel Montaño Ruiz; chief engineer Damián Ocampo Herrera.
PLANTED (3): role right chief executive / CEO vs wrong "chief operating officer" (Prensa
Continental); deployment time right 9 min 48 s vs wrong "8 minutes and 48 seconds" (Noticias
Bahía); launch site right near Puerto San Carlos / west of Ciudad Constitución vs wrong "near
Loreto" (The Pacific Coast Herald). Outlets: Prensa Continental (wire, 14:31 GMT, meta); Orbit
Watch (live page in UTC, visible date only); Noticias Bahía (local site, NO date); The Pacific
Coast Herald (US newspaper, 7 October, JSON-LD). Traps: 06:42 local vs 13:42 UTC vs 07:42
Mexico City vs same clock in San Diego; "nearly 10 minutes" vs 9:48; burn 6:31 and MECO 2:38
(other durations); flight 1's 74 s; km vs miles, kg vs lb, m vs ft; preliminary orbit vs
nominal; Colibrí-2 signal 9:20 Costa Rica = 15:20 UTC; company name Spanish/English; Xiuhcóatl
with and without accent.

eq-EE6 (earthquake). CONTROL (no planted disagreement). Earthquake at 23:48:31 local (UTC-6) on
Sunday 8 November 2026 = 05:48:31 UTC Monday 9 November, off Oaxaca. SSN: magnitude 6.7
(preliminary 6.9, revised within an hour), 14 km south of Pinotepa Nacional, depth 18 km. USGS:
Mww 6.6, depth 23.9 km, 21 km SSW of Santiago Pinotepa Nacional. Deaths: 1 (03:30 Monday), 2
(09:10), 3 (18:20, Ometepec, Guerrero). Injured 11 in the morning, 27 by evening. Damaged homes
640 preliminary (morning) then 1,185 (912 Oaxaca + 273 Guerrero). Aftershocks 186 by 08:00, 398
by 19:00, 412 by 20:00 local; largest M5.1 at 01:12 local (07:12 UTC). CFE: 1.2 million
customers cut, 94% restored by 10:00. SASMEX alert 58 s ("nearly a minute") before shaking in
Mexico City, about 360 km (225 miles) away. 14 cm sea-level change at Puerto Ángel; no tsunami.
Outlets: Meridiano Wire (wire, 06:35 UTC, updated 16:05 UTC, meta); Costa Oaxaqueña (local live
page, Oaxaca time, visible date only); Mexico News Journal (newspaper, 10 November, JSON-LD);
Quake Science Digest (specialist, NO date). Traps: Sunday local vs Monday UTC; SSN vs USGS
magnitude, depth and reference town; provisional 6.9 revised to 6.7; tolls and counts growing
with each timestamp; 58 s vs nearly a minute; km vs miles; 2018 M7.2 and 2020 M7.4 (10 dead)
earlier quakes; Topete quote in two wordings; sidebar figures of other stories.
"""

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builder.  Each outlet is a dict of "furniture" settings; every
# article is rendered into a whole page with head, nav, consent banner, share
# buttons, figure, body, ads, link lists, newsletter box and footer.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(text: str) -> list[str]:
    """Split a triple-quoted block on blank lines and re-flow each paragraph."""
    return [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]


def _updates(text: str) -> list[tuple[str, str]]:
    """Live-page entries: each block starts with 'STAMP ::' followed by the text."""
    out = []
    for block in _paras(text):
        stamp, _, body = block.partition(" :: ")
        out.append((stamp.strip(), body.strip()))
    return out


def _links(title: str, items: list[tuple[str, str]], cls: str) -> str:
    lis = "".join(f'<li><a href="{_e(href)}">{_e(label)}</a></li>' for href, label in items)
    return f'<aside class="{cls}"><h2>{_e(title)}</h2><ul>{lis}</ul></aside>'


def _head(site: dict, art: dict, url: str) -> str:
    title = f"{art['headline']}{site['sep']}{site['name']}"
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(art["dek"])}">',
        f'<link rel="canonical" href="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(site["name"])}">',
        f'<meta property="og:type" content="{"article" if not art.get("live") else "website"}">',
        f'<meta property="og:title" content="{_e(art.get("og_title", art["headline"]))}">',
        f'<meta property="og:description" content="{_e(art["dek"])}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:image" content="https://{site["domain"]}/img/{art["img"]}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if art["date_mode"] == "meta":
        parts.append(f'<meta property="article:published_time" content="{art["published"]}">')
        if art.get("modified"):
            parts.append(
                f'<meta property="article:modified_time" content="{art["modified"]}">'
            )
        parts.append(f'<meta property="article:section" content="{_e(art["section"])}">')
    if art["date_mode"] == "jsonld":
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["headline"],
            "description": art["dek"],
            "datePublished": art["published"],
            "author": [{"@type": "Person", "name": n} for n in art["authors"]],
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        if art.get("modified"):
            data["dateModified"] = art["modified"]
        parts.append(
            '<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False)
            + "</script>"
        )
    parts.append(f'<link rel="stylesheet" href="/static/{site["css"]}.css">')
    parts.append(f'<script src="/static/{site["css"]}-bundle.js" defer></script>')
    return "<head>" + "".join(parts) + "</head>"


def _share(site: dict, url: str) -> str:
    links = "".join(
        f'<a class="share-{_e(n.lower())}" href="https://{site["domain"]}/share?to='
        f'{_e(n.lower())}&amp;u={_e(url)}">{_e(n)}</a>'
        for n in site["share"]
    )
    return f'<div class="share-bar"><span>{_e(site["share_label"])}</span>{links}</div>'


def _body_html(site: dict, art: dict) -> str:
    chunks = []
    if art.get("live"):
        if art.get("intro"):
            chunks.append(f'<p class="live-summary">{_e(art["intro"])}</p>')
        chunks.append('<ol class="live-feed">')
        for i, (stamp, text) in enumerate(art["updates"]):
            chunks.append(
                f'<li class="live-entry"><span class="stamp">{_e(stamp)}</span>'
                f"<p>{_e(text)}</p></li>"
            )
            if i == 3:
                chunks.append(
                    f'<li class="ad-slot"><span>{_e(site["ad"])}</span>'
                    '<div class="ad-frame"></div></li>'
                )
        chunks.append("</ol>")
        return "".join(chunks)
    for i, para in enumerate(art["body"]):
        chunks.append(f"<p>{_e(para)}</p>")
        if i == 2:
            chunks.append(
                f'<div class="ad-slot"><span>{_e(site["ad"])}</span>'
                '<div class="ad-frame"></div></div>'
            )
        if i == 5 and art.get("pull"):
            chunks.append(f'<blockquote class="pull">{_e(art["pull"])}</blockquote>')
    return "".join(chunks)


def _page(site: dict, art: dict) -> dict:
    url = f"https://{site['domain']}{art['path']}"
    nav = "".join(
        f'<li><a href="/{_e(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>'
        for n in site["nav"]
    )
    cookie = (
        f'<div class="consent" role="dialog" aria-label="Cookie consent"><p>'
        f'{_e(site["cookie"])}</p><button>{_e(site["accept"])}</button>'
        f'<button>{_e(site["reject"])}</button></div>'
    )
    header = (
        f'<header class="masthead"><a class="logo" href="/">{_e(site["name"])}</a>'
        f'<p class="tagline">{_e(site["tagline"])}</p>'
        f'<nav aria-label="Sections"><ul>{nav}</ul></nav></header>'
    )
    crumbs = ""
    if site.get("crumbs"):
        crumbs = (
            f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
            f'<a href="/{_e(art["section"].lower())}/">{_e(art["section"])}</a></nav>'
        )
    meta_line = []
    if art.get("authors"):
        meta_line.append(f'<p class="byline">By {_e(" and ".join(art["authors"]))}</p>')
    if art.get("role"):
        meta_line.append(f'<p class="byline-role">{_e(art["role"])}</p>')
    if art.get("visible_date"):
        meta_line.append(f'<p class="timestamp">{_e(art["visible_date"])}</p>')
    figure = ""
    if art.get("caption"):
        figure = (
            f'<figure><img src="https://{site["domain"]}/img/{art["img"]}.jpg" alt="">'
            f'<figcaption>{_e(art["caption"])} <span class="credit">'
            f'{_e(art["credit"])}</span></figcaption></figure>'
        )
    share = _share(site, url)
    top_share = share if site.get("share_top") else ""
    bottom_share = "" if site.get("share_top") else share
    tags = ""
    if art.get("tags"):
        tags = '<ul class="tags">' + "".join(
            f'<li><a href="/tag/{_e(t.lower().replace(" ", "-"))}/">{_e(t)}</a></li>'
            for t in art["tags"]
        ) + "</ul>"
    newsletter = (
        f'<section class="newsletter"><h2>{_e(site["nl_title"])}</h2>'
        f'<p>{_e(site["nl_text"])}</p><form><input type="email" placeholder="Email address">'
        f'<button>{_e(site["nl_button"])}</button></form></section>'
    )
    related = _links(site["related_title"], art.get("related", []), "related")
    most = _links(site["most_title"], art.get("most_read", []), "most-read")
    footer_links = "".join(
        f'<a href="/{_e(f.lower().replace(" ", "-"))}">{_e(f)}</a>' for f in site["footer_links"]
    )
    footer = (
        f'<footer><div class="footer-links">{footer_links}</div>'
        f'<p>{_e(site["footer"])}</p></footer>'
    )
    side_ad = f'<div class="ad-slot side"><span>{_e(site["ad"])}</span></div>'
    article = (
        f'<article class="story{" live" if art.get("live") else ""}">{crumbs}'
        f'<p class="kicker">{_e(art.get("kicker", art["section"]))}</p>'
        f'<h1>{_e(art["headline"])}</h1><p class="dek">{_e(art["dek"])}</p>'
        + "".join(meta_line)
        + top_share
        + figure
        + f'<div class="article-body">{_body_html(site, art)}</div>'
        + tags
        + bottom_share
        + "</article>"
    )
    if site.get("cookie_bottom"):
        page_body = header + "<main>" + article + newsletter + "</main>"
        page_body += "<div class=\"rail\">" + side_ad + most + related + "</div>" + footer + cookie
    else:
        page_body = cookie + header + "<main>" + article + related + "</main>"
        page_body += "<div class=\"rail\">" + most + side_ad + newsletter + "</div>" + footer
    doc = (
        f'<!DOCTYPE html><html lang="{site.get("lang", "en")}">{_head(site, art, url)}'
        f'<body class="{site["css"]}">{page_body}</body></html>'
    )
    return {"url": url, "html": doc}


def _site(name: str, domain: str, css: str, **kw) -> dict:
    base = {
        "name": name,
        "domain": domain,
        "css": css,
        "sep": " | ",
        "tagline": "",
        "nav": ["News", "Business", "Politics", "World", "Opinion"],
        "cookie": "We use cookies to improve your experience and to show relevant advertising.",
        "accept": "Accept all",
        "reject": "Manage options",
        "share": ["Facebook", "X", "WhatsApp", "Email"],
        "share_label": "Share",
        "nl_title": "Newsletter",
        "nl_text": "The day's essential stories, every morning.",
        "nl_button": "Sign up",
        "related_title": "Related",
        "most_title": "Most read",
        "footer_links": ["About us", "Contact", "Privacy policy", "Terms of use"],
        "footer": f"\u00a9 {name}. All rights reserved.",
        "ad": "Advertisement",
    }
    base.update(kw)
    return base


# ---------------------------------------------------------------------------
# cb-EE1 — Banco de México rate decision, Thursday 26 March 2026
# ---------------------------------------------------------------------------

_CB_WIRE = _site(
    "Meridiano Wire",
    "meridianowire.example",
    "mw",
    sep=" | ",
    tagline="Independent news agency for the Americas",
    nav=["Top news", "Markets", "Americas", "Energy", "Politics", "Sports"],
    cookie="Meridiano and its partners store cookies to measure audiences and personalise ads.",
    accept="I agree",
    reject="Cookie settings",
    share=["LinkedIn", "X", "Email"],
    nl_title="Meridiano Markets Brief",
    nl_text="Rates, currencies and commodities from Mexico to Patagonia, before the open.",
    related_title="More from Meridiano",
    most_title="Trending",
    share_top=True,
)

_CB_LIVE = _site(
    "LatAm Markets Live",
    "latammarkets.example",
    "lml",
    sep=" - ",
    tagline="Emerging-market money, minute by minute",
    nav=["Live", "FX", "Rates", "Equities", "Commodities", "Calendar"],
    cookie="This site uses cookies. By continuing to browse you accept their use.",
    accept="OK",
    reject="Learn more",
    share=["X", "LinkedIn", "Copy link"],
    share_label="Share this live page",
    nl_title="The Closing Bell",
    nl_text="A five-minute wrap of Latin American markets after the close.",
    most_title="Most popular",
    related_title="Earlier live coverage",
    cookie_bottom=True,
)

_CB_PAPER = _site(
    "The Mexico City Ledger",
    "cdmxledger.example",
    "ledger",
    sep=" | ",
    tagline="Mexico's English-language daily",
    nav=["Mexico", "Business", "Politics", "Culture", "Opinion", "Travel"],
    cookie="We value your privacy. We and our 142 partners use cookies for ads and analytics.",
    accept="Accept",
    reject="Reject non-essential",
    share=["Facebook", "X", "WhatsApp", "Email", "Print"],
    nl_title="Ledger Morning",
    nl_text="Mexico's biggest stories in your inbox by 7 a.m.",
    related_title="Read more",
    most_title="Most read today",
    crumbs=True,
)

_CB_SPEC = _site(
    "Central Bank Watch",
    "cbwatch.example",
    "cbw",
    sep=" \u2014 ",
    tagline="Monetary policy, decoded",
    nav=["Decisions", "Analysis", "Data", "People", "Podcast"],
    cookie="Central Bank Watch uses essential cookies only. Optional analytics need your consent.",
    accept="Allow analytics",
    reject="Essential only",
    share=["LinkedIn", "Email"],
    nl_title="The Dot Plot",
    nl_text="Our weekly guide to what central banks did and what they will do next.",
    nl_button="Subscribe",
    related_title="Further reading",
    most_title="Popular on Central Bank Watch",
    footer_links=["Methodology", "Advertise", "Privacy", "Contact"],
    cookie_bottom=True,
    crumbs=True,
)

_CB_SIDEBAR = [
    ("/rates/chile-holds", "Chile's central bank holds rate at 4.25% for third meeting"),
    ("/fx/real-slides", "Brazil's real slides 1.2% as fiscal worries return"),
    ("/rates/guatemala", "Guatemala's Junta Monetaria keeps leading rate at 3.75%"),
]

_CB_A = _page(
    _CB_WIRE,
    {
        "path": "/markets/2026/03/26/mexico-banxico-cuts-rate-to-675-one-dissent",
        "headline": "Mexico's central bank cuts key rate to 6.75%, one board member dissents",
        "dek": (
            "Banxico trims borrowing costs by a quarter point as inflation edges toward "
            "its target; Deputy Governor Echeverri votes to hold."
        ),
        "section": "Markets",
        "img": "banxico-facade",
        "authors": ["Lucía Ferrer Ortega", "Daniel Kessler"],
        "date_mode": "meta",
        "published": "2026-03-26T19:14:00Z",
        "modified": "2026-03-26T20:31:00Z",
        "visible_date": "March 26, 2026 7:14 PM GMT \u00b7 Updated 8:31 PM GMT",
        "caption": "The Bank of Mexico building in the capital's historic centre.",
        "credit": "Photo: Carlos Mejía/Meridiano",
        "tags": ["Banxico", "Interest rates", "Mexico", "Inflation"],
        "body": _paras(
            """
MEXICO CITY, March 26 (Meridiano) - Mexico's central bank cut its benchmark interest rate by 25
basis points to 6.75% on Thursday, extending an easing cycle that began two years ago, but the
decision was not unanimous, with one of the five members of its governing board voting to keep
borrowing costs on hold.

The Bank of Mexico, known as Banxico, said in a statement released at 13:00 local time (1900
GMT) that its Governing Board had voted 4-1 to lower the target for the overnight interbank rate
from 7.00%. Deputy Governor Tomás Echeverri Luna cast the dissenting vote, preferring to leave
the rate unchanged.

The cut was expected by 19 of the 23 analysts polled by Meridiano last week; the other four had
forecast a pause.

Annual headline inflation slowed to 3.71% in the first half of March, data from the national
statistics agency INEGI showed on Tuesday, its lowest reading in more than five years. Core
inflation, which strips out volatile items such as fresh produce and energy, stood at 3.94%.
Banxico targets inflation of 3% with a tolerance range of one percentage point either side.

In its statement the board said the inflationary outlook "allows for a further reduction" but
added that it would "evaluate with caution" any additional adjustments. It raised its forecast
for average headline inflation in the fourth quarter of 2026 to 3.4% from 3.3%, citing
stubborn prices for some services, and kept its expectation that inflation would converge to the
3% target in the third quarter of 2027.

"Inflation is converging, but it has not arrived yet," Governor Adriana Solís Bermúdez told a
financial forum in Mexico City on Thursday afternoon, adding that future decisions would depend
"on the data, meeting by meeting."

The peso weakened after the announcement, trading at 18.42 per dollar at 13:30 local time,
about 0.4% weaker than before the decision was published.

Banxico has now lowered its benchmark rate by a cumulative 450 basis points since March 2024,
when it began cutting from a record 11.25%. At its previous meeting on Feb. 5 the board voted
unanimously for a quarter-point cut to 7.00%.

The gap between Mexican rates and those in the United States, where the Federal Reserve last
week kept its target range at 3.25%-3.50%, has narrowed to 325 basis points measured against
the top of the Fed's range, a spread that some investors say leaves less room for further cuts
without hurting the peso.

"The dissent tells you the bar for another cut in May is higher," said Gabriel Ortiz Landa,
chief economist for Mexico at Banco Sierra Madre. "Echeverri has been worried about services
inflation for months, and now he has put that concern on the record."

The economy remains weak. Gross domestic product shrank 0.3% in the fourth quarter of 2025
from the previous three months, according to revised INEGI figures, and private-sector
economists surveyed by Banxico expect growth of just 1.1% this year.

The minutes of Thursday's meeting, which will set out Echeverri's reasoning, are due on April 9.
The board's next monetary policy announcement is scheduled for May 14.
"""
        ),
        "related": _CB_SIDEBAR,
        "most_read": [
            ("/energy/pemex-bond", "Pemex prices $2.5 billion bond as yields ease"),
            ("/americas/colombia-strike", "Colombian truckers end 9-day strike"),
            ("/markets/peso-week", "Peso posts third weekly gain"),
        ],
    },
)

_CB_B = _page(
    _CB_LIVE,
    {
        "path": "/live/latam-markets-banxico-decision",
        "headline": "LIVE: Banxico decision day \u2014 rate cut to 6.75%, peso reaction",
        "og_title": "Banxico decision day live",
        "dek": "Rolling coverage of the Bank of Mexico announcement and the market reaction.",
        "section": "Live",
        "img": "live-trading-floor",
        "authors": ["Priya Raman", "Tom Westerberg"],
        "date_mode": "visible",
        "visible_date": "Thursday, March 26, 2026 \u2014 all times ET (New York)",
        "caption": "Traders watch screens in New York as the Banxico statement is published.",
        "credit": "LatAm Markets Live",
        "live": True,
        "intro": (
            "Key points: Banxico cut its overnight rate target by 25 basis points to 6.75% in "
            "a split decision; the peso weakened; next decision May 14."
        ),
        "updates": _updates(
            """
16:20 ET :: That's it from us for today. To recap: Banxico cut by a quarter point to 6.75%,
Deputy Governor Tomás Echeverri voted for a hold, the board nudged up its fourth-quarter
inflation forecast to 3.4%, and the peso was
trading near 18.39 per dollar late in the New York session. We
will be back on April 9 for the minutes.

16:05 ET :: Governor Adriana Solís, speaking at a forum in Mexico City, says: "Inflation is
converging, but it is not there yet." She says decisions will be taken "meeting by meeting."
No hint on May from her, which the market reads as mildly hawkish.

15:31 ET :: The peso is at 18.42 per dollar, about 0.4% weaker than just before the
announcement. TIIE swaps are pricing roughly a 55% chance of another quarter-point cut on May
14, down from around 70% this morning.

15:12 ET :: Quick reaction from Mariana Quiroz, Latin America strategist at Halcón Capital: "A
dissent in favour of a hold is the story here. The easing cycle is not over, but the pace is
now a live debate on the board."

15:06 ET :: The statement points to the latest inflation data. Headline inflation for the first
half of March came in at 3.71% year on year, while core inflation was at 3.49%, according to the
figures INEGI published on Tuesday. Banxico's target is 3%, plus or minus one percentage point.

15:03 ET :: Important detail: the decision was NOT unanimous. The vote was 4-1, with Deputy
Governor Tomás Echeverri Luna preferring to keep the rate at 7.00%. The February 5 decision had
been unanimous.

15:00 ET :: BREAKING: Banxico cuts its overnight interbank rate target by 25 basis points to
6.75%, from 7.00%. That was the consensus call; 19 of 23 economists in a Meridiano poll had
expected a cut.

14:50 ET :: Ten minutes to go. The announcement is due at 1 p.m. in Mexico City, which is 3 p.m.
here in New York and 19:00 GMT. The peso is steady at 18.35 per dollar.

13:15 ET :: What are we watching? Beyond the decision itself, look at the vote split, the
inflation forecasts and the forward guidance. In February the board said it would "consider
further adjustments"; any softening of that phrase will be read as a signal that the end of the
easing cycle is near.

11:40 ET :: Some context while we wait. Banxico has cut from a peak of 11.25% since March 2024,
a total of 425 basis points to date. Last week the US Federal Reserve held its range at
3.25%-3.50%, so the carry on the peso is thinner than at any time since 2022.

09:30 ET :: Good morning and welcome to our live coverage of Banxico decision day. Wall Street
has opened slightly higher and Mexico's IPC index is up 0.3% in early trade, led by
retailers and airport operators. We will bring you the announcement, the vote and the reaction
as they happen.
"""
        ),
        "related": [
            ("/live/copom-march", "Live: Brazil's Copom decision, March 18"),
            ("/live/fed-march", "Live: Federal Reserve decision, March 18"),
            ("/live/banxico-february", "Live: Banxico decision, February 5"),
        ],
        "most_read": [
            ("/fx/peso-carry", "Is the peso carry trade over?"),
            ("/rates/chile-holds", "Chile holds at 4.25%"),
        ],
    },
)

_CB_C = _page(
    _CB_PAPER,
    {
        "path": "/business/banxico-rate-cut-dissent-peso",
        "headline": "Banxico cuts again, but a dissent signals the end of easy easing",
        "dek": (
            "The central bank lowered its benchmark rate to 6.75% on Thursday. Borrowers "
            "cheered; the peso did not."
        ),
        "section": "Business",
        "img": "banxico-board",
        "authors": ["Renata Villaseñor"],
        "role": "Economics correspondent",
        "date_mode": "jsonld",
        "published": "2026-03-27T05:30:00-06:00",
        "visible_date": "Friday, March 27, 2026",
        "caption": (
            "Governor Adriana Solís Bermúdez at a financial forum in Mexico City on "
            "Thursday afternoon."
        ),
        "credit": "Photo: Ledger/Ana Pulido",
        "pull": "\u201cInflation is converging, but it has not yet arrived.\u201d",
        "body": _paras(
            """
The Bank of Mexico lowered its key interest rate by a quarter of a percentage point on Thursday,
to 6.75%, the latest step in an easing cycle that has now taken 4.5 percentage points off
borrowing costs since March 2024. But the decision also exposed a division on the board.

The decision was split 3-2, according to the statement the central bank published at 1 p.m.,
with Deputy Governor Tomás Echeverri Luna voting to keep the overnight interbank rate at 7.00%.
At the previous meeting, on February 5, all five board members had backed a cut of the same
size.

Governor Adriana Solís Bermúdez defended the move in remarks to a financial forum on Thursday
afternoon. "Inflation is converging, but it has not yet arrived," she said, in a phrase that
economists spent the rest of the day parsing. Decisions, she added, would be taken "meeting by
meeting, according to the data."

The data are mixed. Headline inflation fell to about 3.7% in the first half of March, its
lowest level since early 2021 and comfortably inside the bank's tolerance range of 2% to 4%.
But core inflation, which excludes the most volatile prices and which the board watches
closely, was 3.94%, held up by restaurant meals, rents and insurance premiums.

In its statement, Banxico nudged its forecast for fourth-quarter headline inflation up by a
tenth of a point, to 3.4%, and repeated that it expects to reach its 3% target in the third
quarter of next year.

For households and small firms, Thursday's cut is welcome but modest. Average mortgage rates
at the big banks have fallen by about a percentage point over the past year, according to the
mortgage broker Hipotecaria Llave, which tracks 14 lenders, while rates on credit cards have
barely moved.

"Every quarter point helps, but our members are still paying close to 20% on working capital
loans," said Julieta Arreola, president of the Mexican Association of Small Manufacturers, which
represents about 3,100 firms. "The cuts are arriving slowly at the factory floor."

Markets were less enthusiastic. The peso, which had been trading at around 18.35 per dollar
before the announcement, weakened to 18.42 in the first half hour and closed in New York at
18.39. Investors worry that the gap between Mexican and US interest rates, now 3.25 percentage
points measured against the top of the Federal Reserve's range, leaves the currency more
exposed if global markets turn.

The dissent matters because Echeverri has been the board's most vocal critic of what he has
called "sticky" services inflation. His reasons will be known when the bank publishes the
minutes of the meeting on April 9. Analysts said the split makes a pause at the next meeting,
on May 14, more likely.

"The easing cycle isn't over, but the board now has a built-in brake," said Gabriel Ortiz Landa
of Banco Sierra Madre. "Solís needs a clear majority for every cut, and one more hawkish vote
would change the arithmetic."

The economy, meanwhile, is giving the bank reasons to keep cutting. Output fell 0.3% in the last
three months of 2025, and the finance ministry has trimmed its growth forecast for this year.
Most private economists expect growth of around 1%.
"""
        ),
        "related": [
            ("/business/mortgages-2026", "How much cheaper is a mortgage than a year ago?"),
            ("/business/remittances-feb", "Remittances fell 4.6% in February"),
            ("/opinion/banxico-independence", "Opinion: Banxico's independence is an asset"),
        ],
        "most_read": [
            ("/mexico/metro-line-7", "Metro Line 7 extension opens to passengers"),
            ("/culture/festival-centro", "Festival del Centro Histórico: what to see"),
            ("/business/ipc-record", "Stocks hit record as retailers rally"),
        ],
    },
)

_CB_D = _page(
    _CB_SPEC,
    {
        "path": "/decisions/banxico-echeverri-dissent-analysis",
        "headline": "Banxico's first split vote of the year: what Echeverri's dissent means",
        "dek": (
            "A quarter-point cut to 6.75% was expected. A deputy governor voting to hold was "
            "not. We look at the numbers behind the split."
        ),
        "section": "Analysis",
        "kicker": "Decision analysis \u00b7 Mexico",
        "img": "banxico-chart",
        "authors": ["Helen Marchetti"],
        "role": "Senior analyst, Americas",
        "date_mode": "none",
        "caption": "Banxico's target rate and headline inflation, 2023-2026.",
        "credit": "Chart: Central Bank Watch, data from Banxico and INEGI",
        "body": _paras(
            """
Banco de México's Governing Board on Wednesday, March 26, cut the target for the overnight
interbank interest rate by 25 basis points to 6.75%. The move itself was no surprise: most
economists had pencilled in a quarter-point reduction. What caught attention was the line at
the bottom of the statement noting that Deputy Governor Tomás Echeverri Luna had voted to hold
the rate at 7.00%, making the decision 4-1.

Split votes are not new at Banxico, which publishes the direction of each member's vote on the
day and the detailed arguments two weeks later. But the February 5 decision had been unanimous,
and the board had spent much of the past year presenting a united front as it brought the rate
down from its 11.25% peak. Including the latest move, the cumulative reduction now stands at
450 basis points.

Why would a board member vote to hold with headline inflation at 3.71%, the lowest since early
2021? The answer lies in the composition of prices. Core inflation, at 3.94% in the first half
of March, has fallen much more slowly than the headline number, which has been pulled down by
cheaper fruit, vegetables and fuel. Within the core, services inflation has been running above
4.5% for most of the past year.

There is also the matter of the board's own projections. The statement raised the forecast for
average headline inflation in the fourth quarter of 2026 from 3.3% to 3.4%, while leaving the
date for convergence to the 3% target unchanged at the third quarter of 2027. A hawk can
reasonably ask why the bank is cutting while revising its inflation path upward.

For the full month of February, INEGI reported headline inflation of 3.82%. The half-month
figure for March, published on Tuesday, March 24, is therefore a genuine improvement, but one
half-month does not make a trend, as Echeverri has argued in previous speeches.

Governor Adriana Solís Bermúdez gave little away. "Inflation is converging, but it has not yet
arrived," she told a financial forum in Mexico City after the decision, repeating that the
board would decide "meeting by meeting."

The communication matters because of the forward guidance. In February, the statement said
the board would "consider further adjustments". This time it said it would "evaluate with
caution" any further adjustments, a subtle change that most analysts read as a step towards a
pause.

Market pricing moved accordingly. Before the statement, swaps implied about a 70% probability of
another cut on May 14; by the New York close, the figure was closer to 55%. The peso weakened
by about 0.4%, to 18.42 per dollar, in the first half hour after the announcement.

The international backdrop also argues for patience. With the US Federal Reserve keeping its
target range at 3.25% to 3.50%, the spread between the two countries' policy rates has shrunk to
325 basis points at the upper end of the Fed range, from more than 600 basis points at its
widest.

Our base case is now a hold in May followed by a final quarter-point cut in the second half of
the year, taking the rate to 6.50%. The minutes, due on April 9, will tell us whether
Echeverri is a lone voice or the first of several.

Key numbers: rate 6.75% (from 7.00%); vote 4-1; headline inflation 3.71%; core 3.94%;
Q4 2026 inflation forecast 3.4%; next decision May 14.
"""
        ),
        "related": [
            ("/decisions/fed-march-hold", "Fed holds at 3.25%-3.50%: the dot plot explained"),
            ("/people/echeverri-profile", "Profile: Tomás Echeverri, Banxico's quiet hawk"),
            ("/data/latam-policy-rates", "Tracker: Latin American policy rates"),
        ],
        "most_read": [
            ("/decisions/chile-hold", "Chile: a third hold at 4.25%"),
            ("/analysis/neutral-rate-mexico", "Where is Mexico's neutral rate?"),
        ],
    },
)

_CB = {
    "id": "cb-EE1",
    "part": "EE",
    "domain": "central bank",
    "fetched": "2026-03-28",
    "articles": [_CB_A, _CB_B, _CB_C, _CB_D],
    "planted": [
        ("board vote split", r"\b4\s*(?:-|\u2013|\u2014|to)\s*1\b", r"\b3\s*(?:-|\u2013|\u2014|to)\s*2\b"),
        ("weekday of the decision", r"\bthursday\b", r"\bwednesday\b"),
        ("core inflation, first half of March", r"\b3\.94\b", r"\b3\.49\b"),
    ],
}


# ---------------------------------------------------------------------------
# el-EE2 — Quetzaltenango repeat mayoral election, Sunday 14 June 2026
# ---------------------------------------------------------------------------

_EL_WIRE = _site(
    "Istmo Press Agency",
    "istmopress.example",
    "ipa",
    sep=" | ",
    tagline="News from the isthmus since 1988",
    nav=["Latest", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama"],
    cookie="IPA uses cookies to analyse traffic. You can change your preferences at any time.",
    accept="Accept cookies",
    reject="Preferences",
    share=["Facebook", "X", "Telegram", "Email"],
    nl_title="Isthmus Daily",
    nl_text="Central America's top stories, every weekday at 6 a.m.",
    related_title="Related coverage",
    most_title="Most viewed",
    share_top=True,
)

_EL_LIVE = _site(
    "Xela Hoy",
    "xelahoy.example",
    "xh",
    sep=" - ",
    tagline="Quetzaltenango's news, in Spanish and English",
    nav=["Xela", "Occidente", "Elections 2026", "Sports", "Events", "Classifieds"],
    cookie="Xela Hoy uses its own and third-party cookies. Continue browsing to accept.",
    accept="Continue",
    reject="More information",
    share=["Facebook", "WhatsApp", "X"],
    share_label="Share the live blog",
    nl_title="Xela Hoy by WhatsApp",
    nl_text="Get our morning headlines on WhatsApp. Free, and you can leave any time.",
    nl_button="Join",
    related_title="Election coverage",
    most_title="Most read in Xela",
    cookie_bottom=True,
)

_EL_PAPER = _site(
    "The Isthmus Tribune",
    "isthmustribune.example",
    "tribune",
    sep=" | ",
    tagline="Central America in English",
    nav=["Region", "Politics", "Economy", "Environment", "Opinion", "Travel"],
    cookie="We and our partners use cookies and similar technologies for ads and measurement.",
    accept="Accept and close",
    reject="Customise",
    share=["Facebook", "X", "LinkedIn", "Email", "Print"],
    nl_title="Tribune Weekly",
    nl_text="The week in Central America, curated by our editors every Friday.",
    related_title="More on Guatemala",
    most_title="Most read",
    crumbs=True,
)

_EL_SPEC = _site(
    "Americas Elections Monitor",
    "electionsmonitor.example",
    "aem",
    sep=" \u00b7 ",
    tagline="Data and analysis on elections across the hemisphere",
    nav=["Results", "Calendar", "Analysis", "Country profiles", "About"],
    cookie="We use privacy-friendly analytics. No advertising cookies are set without consent.",
    accept="Fine",
    reject="No thanks",
    share=["X", "Bluesky", "Email"],
    nl_title="Ballot Box",
    nl_text="Every election in the Americas, summarised in one fortnightly email.",
    nl_button="Subscribe",
    related_title="Elsewhere in the Americas",
    most_title="Popular analysis",
    footer_links=["Data sources", "Corrections", "Privacy", "Contact"],
    crumbs=True,
)

_EL_A = _page(
    _EL_WIRE,
    {
        "path": "/guatemala/2026/06/15/quetzaltenango-repeat-election-ajanel-wins",
        "headline": "Engineer Marisol Ajanel wins Quetzaltenango's repeat mayoral vote",
        "dek": (
            "Preliminary results give the water-company veteran a lead of almost seven "
            "points; runner-up Pac concedes."
        ),
        "section": "Guatemala",
        "img": "xela-ballot",
        "authors": ["Sergio Tun Morales"],
        "date_mode": "meta",
        "published": "2026-06-15T09:20:00Z",
        "visible_date": "15/06/2026 09:20 GMT",
        "caption": "Election workers count ballots at a school in Quetzaltenango on Sunday.",
        "credit": "IPA/Wilmer Chay",
        "tags": ["Guatemala", "Elections", "Quetzaltenango", "TSE"],
        "body": _paras(
            """
QUETZALTENANGO, Guatemala, June 15 (IPA) - Civil engineer Marisol Ajanel Cutzal won a repeat
election for mayor of Quetzaltenango, Guatemala's second-largest city, according to preliminary
results published early on Monday by the Supreme Electoral Tribunal (TSE), ending more than two
years of legal uncertainty over who should run the highland city.

With all 412 voting tables counted in the tribunal's preliminary results system, known by its
Spanish acronym TREP, Ajanel, of the Alianza Ciudadana de Occidente (ACO), had 28,961 votes, or
41.6% of valid votes. Rodrigo Estuardo Pac Xicará of the Partido Unión Altense (PUA) had 24,139,
or 34.7%, and Héctor Barrios Lémus of the Frente Cívico Xelajú was third with 10,438, or 15.0%.
Two other candidates shared the rest.

Turnout was 58.2% of the 138,420 registered voters, the TSE said. Polls were open from 7 a.m.
to 6 p.m. (1300 to 0000 GMT) on Sunday, and the preliminary count reached 100% at 2:05 a.m. on
Monday.

Pac conceded shortly after 11 p.m. on Sunday, when more than 90% of tables had been counted.
"The people of Xela have spoken and I respect their decision," he told supporters at his
campaign headquarters in the city centre.

Ajanel, 41, is a K'iche' Maya engineer who spent nine years at the municipal water company
before running for office. She will be the first woman elected to lead the city, according to
the municipal archive, and is due to take office on July 1 for the remainder of the term, which
ends in January 2028.

"We are going to start with the water, because without water there is no city," Ajanel told
reporters after midnight, in a crowded hall near the Parque Centro América. "Tomorrow we begin
to work, and we will work for everyone, including those who did not vote for us."

The vote was called by the TSE in March after the Constitutional Court annulled the result of
the 2023 municipal election in Quetzaltenango, citing altered tally sheets from 37 voting tables.
The city has been run since then by an interim municipal council.

TSE president Julio César Tzoc Ixcot said the day had passed "in calm and with civic
participation." A domestic observer group, the Observatorio Ciudadano Altense, reported 14
incidents, none of which it considered serious enough to affect the result. One polling centre
in Zone 3 opened 40 minutes late because of missing materials.

The preliminary figures must now be confirmed by the Departmental Electoral Board, which began
reviewing the tally sheets on Monday. The tribunal said it expected to declare the official
result by Friday.

Quetzaltenango, known to many Guatemalans by its K'iche'-derived name Xela, lies in the western
highlands about 200 km (124 miles) from Guatemala City. Its municipality has about 180,000
inhabitants, and the city is a commercial hub for the western departments and a centre for
language schools and universities.

The repeat election was closely watched as a test for the national parties ahead of the 2027
general election. Neither the ACO nor the PUA is represented in Congress; both were founded as
local civic committees and later registered as regional parties.
"""
        ),
        "related": [
            ("/honduras/congress-budget", "Honduran Congress passes 2026 budget 71-57"),
            ("/guatemala/cc-annulment", "Constitutional Court annuls Quetzaltenango 2023 result"),
            ("/el-salvador/bond", "El Salvador sells $1 billion of bonds"),
        ],
        "most_read": [
            ("/panama/canal-draught", "Panama Canal eases draught limits"),
            ("/guatemala/volcano-fuego", "Fuego volcano: ash closes airport for 6 hours"),
        ],
    },
)

_EL_B = _page(
    _EL_LIVE,
    {
        "path": "/elections-2026/live-repeat-election-quetzaltenango",
        "headline": "LIVE | Xela elects its mayor: results, reactions and the count",
        "dek": "Minute-by-minute coverage of the repeat municipal election in Quetzaltenango.",
        "section": "Elections 2026",
        "img": "xela-live",
        "authors": ["Ana Gabriela Sic", "Fernando Ixcoy"],
        "date_mode": "visible",
        "visible_date": "Sunday 14 June 2026 \u00b7 Times are Guatemala time (GMT-6)",
        "caption": "Queues outside the Instituto Normal de Occidente polling centre.",
        "credit": "Photo: Xela Hoy",
        "live": True,
        "intro": (
            "Summary: Marisol Ajanel (ACO) leads with more than 91% of tables counted; "
            "Rodrigo Pac (PUA) has conceded. Turnout estimated at about 53%."
        ),
        "updates": _updates(
            """
23:50 :: We are closing this live blog for tonight. Thank you for following. The TSE expects the
preliminary count to be complete in the early hours. Our morning edition will have the final
preliminary numbers and reaction from all the campaigns.

23:30 :: The TSE's provisional turnout estimate is about 53%, lower than in 2023, when the
municipal vote coincided with the general election. Rain in the afternoon may have kept some
voters at home, according to campaign officials from two parties.

23:15 :: Rodrigo Pac concedes. Speaking at his headquarters on 14 Avenida, he says: "The people
of Xela have spoken and I respect what they decided." He says he called Marisol Ajanel to
congratulate her and offered to help with the transition.

23:05 :: New TREP update with 91.2% of tables: Ajanel 41.4%, Pac 34.9%, Barrios 15.1%. The gap
is about 6.5 points and has been widening since the first update.

22:10 :: Héctor Barrios (Frente Cívico Xelajú) tells Xela Hoy he will wait for the full count but
that "the trend is clear". He thanks the volunteers who staffed his party's table observers.

21:40 :: TREP update, 63.4% of tables counted: Marisol Ajanel (ACO) 40.9%, Rodrigo Pac (PUA)
35.8%, Héctor Barrios (FCX) 15.3%, others 8.0%. Celebrations starting outside the ACO office in
Zone 1.

20:35 :: The first TREP numbers are out, with 12% of tables counted. Too early to draw
conclusions: Ajanel 39.7%, Pac 37.2%. Most early tables are in the city centre.

19:10 :: Counting is under way at all 58 voting centres. Tally sheets are photographed and
transmitted to the TSE's data centre; the tribunal says the first results will appear on its
website from about 20:30.

18:05 :: Polls have now closed across the municipality. People still in line at closing time are
being allowed to vote, as the law requires. At the Instituto Normal de Occidente about 30 people
were still queuing.

15:20 :: Heavy rain over the city. Some voters are sheltering in school corridors while they wait.
The TSE says participation is "within the expected range" but gives no figures yet.

11:45 :: The Observatorio Ciudadano Altense reports nine incidents so far, mostly arguments over
the placement of party observers. Nothing serious, its coordinator Brenda Xicay tells us.

08:30 :: One voting centre in Zone 3 has opened late, at 07:40, because boxes of ballots arrived
incomplete. The TSE says the missing materials have now been delivered and voting is normal.

06:45 :: Good morning from Quetzaltenango. Today 138,420 registered voters can choose a mayor and
municipal council in a repeat election ordered after the 2023 result was annulled. There are 412
voting tables in 58 centres. Polls open at 07:00 and close at 17:00; anyone in line at closing
time can still vote.
"""
        ),
        "related": [
            ("/elections-2026/candidates", "Who is who: the five candidates for mayor"),
            ("/elections-2026/where-to-vote", "Where do I vote? Look up your voting table"),
            ("/xela/water-cuts", "Water cuts in 11 neighbourhoods this week"),
        ],
        "most_read": [
            ("/sports/xelaju-final", "Xelajú MC lose 2-1 in the final"),
            ("/events/feria-septiembre", "Independence fair: this year's programme"),
        ],
    },
)

_EL_C = _page(
    _EL_PAPER,
    {
        "path": "/politics/quetzaltenango-new-mayor-water-debt",
        "headline": "Xela's new mayor inherits dry taps, debts and a divided council",
        "dek": (
            "Marisol Ajanal Cutzal won Sunday's repeat vote comfortably. Governing "
            "Guatemala's second city will be harder."
        ),
        "section": "Politics",
        "img": "ajanal-victory",
        "authors": ["Rebecca Lindqvist", "Óscar Tzul"],
        "date_mode": "jsonld",
        "published": "2026-06-15T16:40:00-06:00",
        "modified": "2026-06-15T19:05:00-06:00",
        "visible_date": "Published 15 June 2026",
        "caption": (
            "Mayor-elect Marisol Ajanal Cutzal greets supporters in central Quetzaltenango "
            "after midnight on Monday."
        ),
        "credit": "Photograph: Óscar Tzul for the Isthmus Tribune",
        "pull": "\u201cWithout water there is no city.\u201d",
        "body": _paras(
            """
QUETZALTENANGO - When Marisol Ajanal Cutzal walked into a packed hall near the Parque Centro
América shortly after midnight, the chant that greeted her was not her name but a single word:
"Agua!" Water. For the engineer who spent nine years at the municipal water company, it was a
reminder of the first promise she will be expected to keep.

Ajanal, 41, won Sunday's repeat mayoral election with 41.6% of valid votes, according to the
preliminary count completed by the Supreme Electoral Tribunal in the early hours of Monday. Her
nearest rival, the businessman and former congressman Rodrigo Pac Xicará, took 34.7% and
conceded late on Sunday night. The margin was a little over 4,800 votes.

"We will start with water, because without water there is no city," Ajanal told supporters, in a
speech that mixed Spanish and K'iche'. She will be sworn in on Wednesday, July 1, and will serve
until January 2028, the end of the term that began after the 2023 vote.

That vote is the reason Quetzaltenango went to the polls again. In February the Constitutional
Court upheld the annulment of the 2023 municipal result after investigators found altered tally
sheets from 37 voting tables. Since March the city has been governed by an interim council whose
main achievement, residents joke, has been to keep the lights on in the municipal palace.

Turnout was 52.8%, well below the 60.4% recorded in 2023, when the municipal race shared the
ballot with the presidential election. Heavy afternoon rain did not help.

The problems waiting for the mayor-elect are considerable. According to the municipality's own
figures, about 40% of households in the urban area receive piped water for less than 12 hours a
day, and several neighbourhoods on the city's northern edge are supplied by tanker trucks. The
water company's pumps are old, and the city's debt stands at about 318 million quetzales
(roughly $41 million), much of it owed to suppliers.

Ajanal will also have to work with a divided council. Under Guatemala's electoral rules,
council seats are shared out in proportion to the vote, and her alliance's majority will be the
narrowest possible: a single defection would leave her without one.

"She has a strong technical profile and a clear mandate on water, but she has never managed a
political coalition," said Claudia Pérez Xiloj, a political scientist at the Quetzaltenango
campus of Rafael Landívar University. "The first hundred days will depend on whether she can
get the budget through the council."

Pac, who narrowly lost the annulled 2023 count, struck a conciliatory tone. "The people of Xela
have spoken and I respect their decision," he said, adding that his councillors would support
"any serious project for the city".

At the market of La Democracia on Monday morning, vendors were cautiously hopeful. "Every mayor
promises water," said Juana Chojolán, who sells vegetables and fills two buckets each morning
from a public tap. "This one at least knows where the pipes are."

The tribunal expects the Departmental Electoral Board to confirm the result by the end of the
week, after reviewing every tally sheet. Observers reported no serious irregularities.
"""
        ),
        "related": [
            ("/politics/guatemala-2027-race", "Guatemala's 2027 race: the early field"),
            ("/environment/highland-water", "Why the western highlands are running dry"),
            ("/economy/remittances-guatemala", "Remittances to Guatemala up 7% in May"),
        ],
        "most_read": [
            ("/region/honduras-budget", "Honduras approves budget by 71 votes to 57"),
            ("/travel/lake-atitlan", "Lake Atitlán: a weekend guide"),
            ("/region/panama-canal", "Panama Canal traffic recovers"),
        ],
    },
)

_EL_D = _page(
    _EL_SPEC,
    {
        "path": "/results/guatemala/quetzaltenango-municipal-repeat",
        "headline": "Quetzaltenango repeat municipal election: results and turnout",
        "dek": (
            "Full preliminary results by candidate, null and blank votes, and how turnout "
            "compares with 2023."
        ),
        "section": "Results",
        "kicker": "Results \u00b7 Guatemala \u00b7 Municipal",
        "img": "xela-results-chart",
        "authors": ["Joaquín Ríos", "Megan O'Leary"],
        "date_mode": "none",
        "caption": "Share of valid votes by candidate, preliminary TREP count at 100% of tables.",
        "credit": "Chart: Americas Elections Monitor; data: TSE Guatemala",
        "body": _paras(
            """
Marisol Ajanel Cutzal of the Alianza Ciudadana de Occidente (Western Citizens' Alliance, ACO)
has won the repeat election for mayor of Quetzaltenango held on Sunday 14 June, according to the
preliminary results transmitted by Guatemala's Supreme Electoral Tribunal (TSE). The figures
below are from the TREP, the tribunal's preliminary transmission system, with 412 of 412 voting
tables reported. They are provisional until the Departmental Electoral Board completes its
review of the tally sheets.

Ajanel received 28,961 votes (41.63% of valid votes). Rodrigo Estuardo Pac Xicará of the
Partido Unión Altense (PUA) received 24,139 (34.70%). Héctor Barrios Lémus of the Frente Cívico
Xelajú (FCX) received 10,438 (15.00%). Lidia Coyoy Tax, an independent civic committee
candidate, received 3,512 (5.05%) and Óscar Méndez Xet 2,518 (3.62%).

Valid votes totalled 69,568. There were 2,541 null votes and 977 blank ballots, giving 73,086
ballots cast out of 138,420 registered voters: a turnout of 52.8%. The winning margin was 4,822
votes, or 6.9 percentage points of the valid vote.

Note that some outlets express shares as a proportion of all ballots cast, including null and
blank ballots. On that basis Ajanel's share was 39.6% and Pac's 33.0%. Guatemalan law uses valid
votes to determine the winner of a mayoral race, which is decided by simple plurality with no
runoff.

Turnout fell sharply from the 60.4% recorded in Quetzaltenango in June 2023, when the municipal
vote coincided with the first round of the presidential election. Stand-alone municipal repeat
elections in Guatemala have historically drawn lower participation; the last comparable case,
in a smaller municipality in 2017, saw turnout of about 45%.

Polling stations were open from 07:00 to 18:00 local time, which is six hours behind UTC, so
polls closed at 00:00 UTC on 15 June. The TSE published its first preliminary figures at about
20:35 local time with 12% of tables counted, when Ajanel's lead was only 2.5 points. The lead
widened steadily as tables from the outlying zones and rural villages (aldeas) reported, and
the count reached 100% at 02:05 local time on Monday 15 June.

Council seats are allocated by the D'Hondt method in proportion to valid votes. On these
figures, our projection gives the ACO five of the ten councillor seats at stake, the PUA four
and the FCX one. The mayor's own vote counts in council decisions, so the ACO would control six
of eleven votes, a majority that a single defection would erase.

Context: the TSE called the repeat vote in March, after the Constitutional Court upheld the
annulment of the 2023 municipal result because of altered tally sheets at 37 voting tables. The
winner takes office on 1 July and serves the remainder of the 2024-2028 term, until January 2028.

The runner-up, Pac, conceded shortly after 23:00 on election night. The TSE president, Julio
César Tzoc, described the vote as calm. The domestic observer network Observatorio Ciudadano
Altense logged 14 incidents, mostly disputes over the accreditation of party observers; none
affected the counting.

Ajanel, a civil engineer, previously worked at the municipal water company. She will be the
city's first elected female mayor, according to the municipal archive.
"""
        ),
        "related": [
            ("/results/honduras-congress", "Honduras: congressional by-elections, May 2026"),
            ("/results/colombia-2026", "Colombia 2026 presidential: second-round results"),
            ("/results/peru-2026", "Peru 2026: full results by region"),
        ],
        "most_read": [
            ("/analysis/turnout-latam", "Why turnout is falling in local elections"),
            ("/analysis/dhondt-explained", "The D'Hondt method, explained"),
        ],
    },
)

_EL = {
    "id": "el-EE2",
    "part": "EE",
    "domain": "election",
    "fetched": "2026-06-16",
    "articles": [_EL_A, _EL_B, _EL_C, _EL_D],
    "planted": [
        ("winner's surname spelling", r"\bajanel\b", r"\bajanal\b"),
        ("turnout", r"\b52\.8\b", r"\b58\.2\b"),
        ("polls closing time", r"\b(?:18:00|6\s*p\.?\s*m\.?)", r"\b(?:17:00|5\s*p\.?\s*m\.?)"),
    ],
}


# ---------------------------------------------------------------------------
# ct-EE3 — Costa Rica Constitutional Chamber strikes down beach-concession articles,
# Wednesday 19 August 2026 (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = _site(
    "Centroamérica Wire Service",
    "cawire.example",
    "caws",
    sep=" - ",
    tagline="Wire news for Central America and the Caribbean",
    nav=["Latest", "Politics", "Courts", "Economy", "Environment", "Sport"],
    cookie="We use cookies for analytics and advertising. See our cookie policy for details.",
    accept="Accept",
    reject="Settings",
    share=["Facebook", "X", "Email"],
    nl_title="Morning Wire",
    nl_text="Ten stories from the region you need to know, before breakfast.",
    related_title="Related stories",
    most_title="Top stories",
    share_top=True,
)

_CT_LOCAL = _site(
    "Pacífico Norte Noticias",
    "pacificonorte.example",
    "pnn",
    sep=" | ",
    tagline="Guanacaste's local news",
    nav=["Guanacaste", "Liberia", "Santa Cruz", "Nicoya", "Beaches", "Agenda"],
    cookie="Pacífico Norte uses cookies to run the site and measure visits. OK?",
    accept="OK",
    reject="No",
    share=["Facebook", "WhatsApp"],
    share_label="Share with your neighbours",
    nl_title="Guanacaste this week",
    nl_text="Local news, events and tide tables every Friday.",
    nl_button="Subscribe",
    related_title="Also in Guanacaste",
    most_title="Most read",
    footer_links=["Advertise with us", "Contact", "Privacy"],
    cookie_bottom=True,
)

_CT_PAPER = _site(
    "The Central American Post",
    "capost.example",
    "cap",
    sep=" | ",
    tagline="News and analysis from Guatemala to Panama",
    nav=["News", "Business", "Real estate", "Travel", "Opinion", "Podcasts"],
    cookie="The Post and its partners use cookies to personalise content and ads.",
    accept="Accept all cookies",
    reject="Reject optional cookies",
    share=["Facebook", "X", "LinkedIn", "Email"],
    nl_title="The Post Daily",
    nl_text="Our editors' pick of the day's news from the isthmus.",
    related_title="You may also like",
    most_title="Most read this week",
    crumbs=True,
)

_CT_SPEC = _site(
    "Lex Istmo",
    "lexistmo.example",
    "lex",
    sep=" \u2014 ",
    tagline="Law and courts in Central America",
    nav=["Rulings", "Constitutional", "Commercial", "Environmental", "Jobs", "Events"],
    cookie="Lex Istmo sets strictly necessary cookies. Analytics cookies require your consent.",
    accept="Consent",
    reject="Necessary only",
    share=["LinkedIn", "Email", "X"],
    nl_title="Lex Istmo Brief",
    nl_text="Rulings, reforms and regulation across the isthmus, every Monday.",
    nl_button="Subscribe",
    related_title="Related rulings",
    most_title="Most read by subscribers",
    footer_links=["Editorial policy", "Subscriptions", "Privacy", "Contact"],
    crumbs=True,
)

_CT_A = _page(
    _CT_WIRE,
    {
        "path": "/courts/2026/08/20/costa-rica-court-strikes-down-beach-concessions",
        "headline": "Costa Rica's top court strikes down law allowing beach clubs on public shore",
        "dek": (
            "Constitutional Chamber annuls three articles of the coastal tourism law in a "
            "5-2 vote; 38 concessions affected."
        ),
        "section": "Courts",
        "img": "playa-costa-rica",
        "authors": ["Andrés Solano Quirós"],
        "date_mode": "meta",
        "published": "2026-08-20T02:05:00Z",
        "modified": "2026-08-20T03:40:00Z",
        "visible_date": "Published 20 Aug 2026, 02:05 UTC",
        "caption": "A beach club deck at Playa Flamingo, Guanacaste, in July.",
        "credit": "CAWS/Laura Mora",
        "tags": ["Costa Rica", "Courts", "Tourism", "Environment"],
        "body": _paras(
            """
SAN JOSÉ, Aug 19 (CAWS) - Costa Rica's Constitutional Chamber on Wednesday struck down key
parts of a law that allowed beach clubs, decks and restaurants to be built on the publicly owned
strip of the country's coastline, dealing a blow to a flagship tourism policy of the government.

The chamber, known as the Sala IV, voted 5-2 to annul articles 3, 7 and 12 of the Coastal
Tourism Development Law, which the Legislative Assembly passed in November 2025 by 31 votes to
19. The court said the articles violated the constitutional right to a healthy and ecologically
balanced environment and the principle that the first 50 metres of coastline from the high-tide
line are inalienable public property.

The court's press office released the operative part of the ruling at about 7:30 p.m. local time
(0130 GMT Thursday). The full text, including the reasoning of the majority and of the two
dissenting magistrates, will be published in the coming weeks.

Under the 1977 Maritime Terrestrial Zone Law, the 200-metre strip along Costa Rica's coasts is
divided into a 50-metre public zone, open to everyone and where building is banned with few
exceptions, and a 150-metre restricted zone where municipalities can grant concessions. The 2025
law allowed municipalities to grant concessions for "light and removable" structures in the
public zone as well.

Since the law took effect, municipalities in Guanacaste and Puntarenas provinces have approved 38
such concessions, according to the Costa Rican Tourism Institute (ICT). The ruling voids them,
and holders will have six months from notification to remove any structures, the court said.

"The beaches belong to everyone, and today the court said so," said Daniela Rojas Vindas, a
lawyer for the environmental coalition Frente Costero Guanacaste, which filed the challenge in
January. The Ombudsman's Office later joined the case in support of the plaintiffs.

Tourism Minister Laura Brenes Cordero said the government respected the decision. "We will
comply with the ruling and work with the municipalities to review each of the 38 concessions,"
she said in a statement. The ICT had estimated that projects linked to the concessions
represented about $212 million of investment.

The national tourism chamber, Canatur, said the ruling created legal uncertainty for investors
who had acted in good faith under a law approved by Congress. "People invested on the basis of
a law of the Republic. Someone has to answer for that," said its executive director, Esteban
Porras Leiva.

Magistrates Rodrigo Araya Solís and Paula Mena Chacón dissented, voting to reject the action.
The ruling was drafted by Magistrate Julia Hernández Arce.

The decision is the second major ruling by the chamber on coastal development in recent years.
In March 2024 the court voted 4-3 to uphold a regulation that allowed marina operators to obtain
longer concessions, a case that environmental groups lost.

Tourism is one of Costa Rica's largest sources of foreign currency. The country received about
2.6 million international visitors by air last year, according to ICT figures, many of them
heading to the beaches of the northern Pacific coast.
"""
        ),
        "related": [
            ("/courts/panama-mining", "Panama court hears new mining contract challenge"),
            ("/economy/costa-rica-gdp", "Costa Rica's economy grew 4.1% in Q2"),
            ("/environment/turtles", "Record leatherback nesting season at Playa Grande"),
        ],
        "most_read": [
            ("/politics/honduras-cabinet", "Honduran president names new finance minister"),
            ("/sport/saprissa", "Saprissa win 3-0 in Concacaf Cup"),
        ],
    },
)

_CT_B = _page(
    _CT_LOCAL,
    {
        "path": "/beaches/sala-iv-annuls-public-zone-concessions-guanacaste",
        "headline": "Sala IV ruling: what happens now to the beach clubs of Guanacaste",
        "dek": (
            "Twenty-nine of the 38 concessions voided by the Constitutional Chamber are in "
            "our province. Owners, workers and neighbours react."
        ),
        "section": "Beaches",
        "img": "tamarindo-deck",
        "authors": ["María José Obando"],
        "date_mode": "visible",
        "visible_date": "Thursday 20 August 2026, 08:15",
        "caption": "The wooden deck of a beach club in Tamarindo built under the 2025 law.",
        "credit": "Photo: María José Obando",
        "body": _paras(
            """
TAMARINDO - The wooden decks and parasols that appeared on several Guanacaste beaches this year
have an expiry date. On Wednesday night the Constitutional Chamber of the Supreme Court, the Sala
Cuarta, announced that it had annulled the articles of the coastal tourism law that allowed
municipalities to grant concessions inside the 50-metre public zone.

Of the 38 concessions granted under those articles since January, 29 are in Guanacaste and 9 in
Puntarenas, according to a list published by the ICT. In our province, the municipality of Santa
Cruz, which includes Tamarindo and Playa Conchal, approved 17; Carrillo, which includes Playas del
Coco, approved 8; and Nicoya and La Cruz approved the other 4.

The decision, adopted by five votes to two, gives the concession holders six months from
notification to remove whatever they have built. Most of the structures are platforms, bars and
restaurant terraces; the law only allowed structures that could be taken down, which several
owners say will make the removal quick, though expensive.

"We invested almost 90 million colones in this deck and the kitchen, with all the permits," said
Gerardo Vargas, who runs a beach bar in Tamarindo and employs 14 people. "Now they tell us the
permits were worthless. I respect the court, but who pays?"

Others celebrated. Members of the Frente Costero Guanacaste, the coalition that challenged the
law, gathered at Playa Brasilito on Thursday morning with a banner reading "La playa es de
todos". Its lawyer, Daniela Rojas, told Pacífico Norte that the ruling "confirms that the
beaches belong to all Costa Ricans" and said the group would monitor compliance "beach by
beach".

The mayor of Santa Cruz, Marco Tulio Espinoza Arias, said his council would meet on Monday to
"study the ruling and act in accordance with the law". He said the municipality had collected
about 41 million colones in concession fees since January and would need legal advice on whether
that money must be returned.

The tourism minister, Laura Brenes, said on Wednesday evening that the government respected the
ruling and would review "each one of the 38 concessions" with the municipalities. In Liberia,
the regional office of the ICT said it had received dozens of calls from worried business owners
on Thursday morning.

The Defensoría de los Habitantes, which joined the case in support of the environmental groups,
said in a statement that the ruling "restores legal certainty about what belongs to everyone".

For many residents, the issue was access. "There were afternoons when you had to walk around
tables and loungers to reach the water," said Ana Lorena Zúñiga, a teacher from Villarreal, who
has swum at Tamarindo for 30 years. "The sea is not a private club."

The Sala IV's press office said the full ruling would be published in the coming weeks. Until
the chamber notifies the parties, the concessions remain formally in place, lawyers consulted by
this outlet explained, but the six-month clock will start as soon as notification happens.
"""
        ),
        "related": [
            ("/liberia/airport-record", "Liberia airport handles record 412,000 passengers"),
            ("/nicoya/water-rationing", "Nicoya: water rationing in six districts"),
            ("/beaches/flag-awards", "Ecological Blue Flag for 41 Guanacaste beaches"),
        ],
        "most_read": [
            ("/santa-cruz/fiestas", "Santa Cruz fiestas: programme and road closures"),
            ("/agenda/surf-contest", "National surf championship returns to Playa Negra"),
        ],
    },
)

_CT_C = _page(
    _CT_PAPER,
    {
        "path": "/news/costa-rica-court-beach-law-ruling-investors",
        "headline": "Court ruling on beach concessions leaves $212 million in projects in limbo",
        "dek": (
            "Costa Rica's Constitutional Chamber says the public beach strip cannot be "
            "leased, even for removable structures."
        ),
        "section": "News",
        "img": "beach-zone-sign",
        "authors": ["Jennifer Alvarado"],
        "role": "Staff writer",
        "date_mode": "jsonld",
        "published": "2026-08-20T10:00:00-06:00",
        "visible_date": "August 20, 2026",
        "caption": (
            "A municipal sign marks the start of the public zone at a beach in Puntarenas "
            "province."
        ),
        "credit": "The Central American Post",
        "pull": "\u201cThe beaches belong to everyone.\u201d",
        "body": _paras(
            """
Costa Rica's Constitutional Chamber has annulled the core of a 2025 law that let coastal
municipalities lease parts of the public beach to private businesses, a decision that leaves
tens of millions of dollars of tourism projects in limbo and reaffirms one of the country's most
cherished legal principles: the beach belongs to everyone.

In a ruling announced late on Wednesday, five of the chamber's seven magistrates found that
articles 3, 7 and 12 of the Coastal Tourism Development Law were unconstitutional. Those articles
allowed municipalities to grant concessions for removable structures such as decks, bars and
sun-lounger areas within the first 50 meters (about 164 feet) from the high-tide line, a strip
that Costa Rican law has treated as public and inalienable since 1977.

The two dissenting justices, Rodrigo Araya and Paula Mena, voted to reject the challenge
altogether. The chamber, widely known as the Sala IV, did not release the full reasoning; its
press office published only the operative part of the decision, saying the complete ruling
would follow.

The law had been sold by its sponsors as a way to bring investment and jobs to coastal
communities. The Costa Rican Tourism Board, known by its Spanish initials ICT, had estimated
that projects linked to the 38 concessions granted under the law represented about $212
million in investment, or roughly 107 billion colones. The ruling voids all 38 concessions and
gives their holders six months from notification to dismantle what they have built.

"The beaches belong to everyone, and today the court said that clearly," said Daniela Rojas
Vindas, the lawyer who represented the environmental coalition Frente Costero Guanacaste. The
group filed its action of unconstitutionality in January, a few weeks after the law took
effect.

Tourism Minister Laura Brenes Cordero said the government would comply. "We will respect the
ruling and work with the municipalities to review each of the 38 concessions," she said.
Business groups were less measured. Esteban Porras Leiva, executive director of the national
tourism chamber, Canatur, said investors had relied "in good faith on a law of the Republic"
and that the state should consider compensation.

Real estate lawyers said the immediate impact on the wider property market would be limited.
"This does not touch titled land or the 150-meter restricted zone, where concessions are
granted under the old rules," said Carolina Fonseca, a partner at a San José law firm who
advises foreign buyers. "What it does is draw a hard line at the public zone."

The 200-meter maritime-terrestrial zone, about 656 feet, runs along both of Costa Rica's
coasts. Beyond the first 50 meters, the remaining 150 meters may be granted in concession by
municipalities in accordance with coastal zoning plans, many of which are outdated.

The Legislative Assembly approved the law in November 2025 by 31 votes to 19 after a heated
debate. Several deputies who voted in favor said on Thursday that they would study a new bill
that "respects the ruling" while allowing seasonal, non-fixed services such as umbrella rentals.

The ruling is a reversal of fortune for environmental groups, which lost a closer case in March
2024, when the chamber voted 4-3 to uphold longer concessions for marinas.
"""
        ),
        "related": [
            ("/real-estate/buying-beachfront", "Buying beachfront in Costa Rica: the 200-meter rule"),
            ("/business/tourism-arrivals", "Tourist arrivals up 6% in first half"),
            ("/travel/nicoya-peninsula", "The Nicoya Peninsula beyond the surf towns"),
        ],
        "most_read": [
            ("/news/panama-canal-water", "Panama Canal water plan wins approval"),
            ("/business/intel-expansion", "Chipmaker to add 1,200 jobs in Heredia"),
            ("/news/guatemala-mayor", "Guatemala: Xela's new mayor sworn in"),
        ],
    },
)

_CT_D = _page(
    _CT_SPEC,
    {
        "path": "/rulings/costa-rica/sala-constitucional-zona-maritimo-terrestre-10612",
        "headline": "Sala Constitucional annuls public-zone concessions in Law 10612",
        "dek": (
            "Operative part of resolution 2026-021457: articles 3, 7 and 12 unconstitutional; "
            "effects, dissents and what comes next."
        ),
        "section": "Constitutional",
        "kicker": "Ruling note \u00b7 Costa Rica",
        "img": "corte-suprema-san-jose",
        "authors": ["Lic. Rafael Castro Umaña"],
        "role": "Contributing editor, constitutional law",
        "date_mode": "none",
        "caption": "The Supreme Court of Justice building in San José.",
        "credit": "Lex Istmo archive",
        "body": _paras(
            """
The Constitutional Chamber of the Supreme Court of Justice of Costa Rica has declared
unconstitutional articles 3, 7 and 12 of Law No. 10612, the Coastal Tourism Development Law, in
the action of unconstitutionality processed under file 25-018342-0007-CO. The chamber voted on
Wednesday 19 August 2026 and its press office circulated the operative part ("por tanto") of
resolution 2026-021457 that evening, at 19:30 Costa Rica time, which was 01:30 GMT on 20
August.

Composition and vote. The decision was adopted by a majority of five magistrates to two. The
presiding magistrate of the chamber, Ana Lucía Quesada Mora, voted with the majority; the
rapporteur (magistrada ponente) was Julia Hernández Arce. Magistrates Rodrigo Araya Solís and
Paula Mena Chacón issued a dissenting vote declaring the action without merit ("sin lugar").

The challenged provisions. Article 3 allowed municipalities to grant concessions for "light,
removable structures" inside the public zone, the first 50 metres of the maritime-terrestrial
zone measured from the ordinary high-tide line; article 7 set a ten-year term for those
concessions, renewable; and article 12 exempted them from the requirement of an approved coastal
zoning plan. The Maritime Terrestrial Zone Law (Law 6043 of 1977) declares the public zone
inalienable and not subject to concession, save for narrow exceptions such as port works.

Grounds. According to the operative part, the majority found a violation of Article 50 of the
Political Constitution (right to a healthy and ecologically balanced environment) and of the
principle of non-regression in environmental matters, as well as of the public-domain regime
of the coastline. The full reasoning will be available once the ruling is drafted and notified.

Effects. The declaration has general effects (erga omnes) and is retroactive to the date the
law entered into force, without prejudice to rights acquired in good faith. The chamber ordered
that concessions granted under the annulled articles be considered void and gave their holders
a period of six months from notification to remove the structures. According to the Costa Rican
Tourism Institute (ICT), 38 concessions were granted under the articles, 29 of them in
Guanacaste and nine in Puntarenas.

Procedural history. The law was approved by the Legislative Assembly on 18 November 2025 with 31
votes in favour and 19 against, and published in the official gazette La Gaceta on 15 December
2025. The action was filed on 9 January 2026 by the Frente Costero Guanacaste. The chamber
admitted it in February, and the Defensoría de los Habitantes (Ombudsman's Office) joined as a
supporting party. The Attorney General's Office (Procuraduría General de la República) had
advised the chamber that articles 3 and 12 were unconstitutional but defended article 7.

Precedent. The ruling should be read alongside the chamber's March 2024 decision on marina
concessions, adopted 4-3, in which the majority upheld longer concession terms for marinas in
the restricted zone. The difference, practitioners note, is the zone: marinas were authorised
under a separate statute and largely sit in the restricted zone, while Law 10612 opened the
public zone itself.

Practical consequences. Holders of concessions should expect municipal orders to remove
structures once the ruling is notified. Claims for compensation against the State or the
municipalities are likely; their prospects will depend on the reasoning of the full ruling,
particularly on how the chamber treats good faith. Legislators have indicated that a
replacement bill limited to non-fixed seasonal services may be tabled.
"""
        ),
        "related": [
            ("/rulings/panama/mining-contract", "Panama: Supreme Court on the mining contract law"),
            ("/rulings/costa-rica/marinas-2024", "Sala IV upholds marina concession terms (4-3)"),
            ("/rulings/guatemala/cc-xela", "Guatemala CC confirms annulment of Xela 2023 vote"),
        ],
        "most_read": [
            ("/commercial/arbitration-2026", "Arbitration reform in Honduras: first cases"),
            ("/environmental/eia-reform", "Environmental impact assessments: the new rules"),
        ],
    },
)

_CT = {
    "id": "ct-EE3",
    "part": "EE",
    "domain": "court",
    "fetched": "2026-08-21",
    "articles": [_CT_A, _CT_B, _CT_C, _CT_D],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-EE4 — Mexico's April 2026 merchandise trade balance, released Wednesday
# 27 May 2026 (CONTROL)
# ---------------------------------------------------------------------------

_TR_WIRE = _site(
    "Norte Financial Wire",
    "nortefinwire.example",
    "nfw",
    sep=" | ",
    tagline="Markets and economics from North America's south",
    nav=["Markets", "Economy", "Trade", "Energy", "Companies", "Data"],
    cookie="Norte Financial Wire uses cookies for analytics and to remember your settings.",
    accept="Accept",
    reject="Decline",
    share=["LinkedIn", "X", "Email"],
    nl_title="Norte Open",
    nl_text="What moves Mexican markets today, in your inbox at 6:30 a.m.",
    related_title="More economy news",
    most_title="Most read",
    share_top=True,
)

_TR_LIVE = _site(
    "Peso Desk",
    "pesodesk.example",
    "pd",
    sep=" - ",
    tagline="Live coverage of Mexican markets",
    nav=["Live", "Peso", "Bonds", "Bolsa", "Calendar", "Glossary"],
    cookie="We use cookies to keep this live page updated and to measure readership.",
    accept="Got it",
    reject="Options",
    share=["X", "WhatsApp", "Copy link"],
    share_label="Share",
    nl_title="Peso Desk Evening",
    nl_text="A summary of the day in Mexican markets, every weekday at 16:00.",
    related_title="Recent live pages",
    most_title="Most read",
    cookie_bottom=True,
)

_TR_PAPER = _site(
    "Monterrey Business Journal",
    "mtybusiness.example",
    "mbj",
    sep=" | ",
    tagline="Industry, trade and money in the north",
    nav=["Industry", "Trade", "Real estate", "Finance", "People", "Opinion"],
    cookie="We and our advertising partners use cookies. Manage your choices below.",
    accept="Accept all",
    reject="Manage choices",
    share=["Facebook", "X", "LinkedIn", "WhatsApp"],
    nl_title="MBJ Industry",
    nl_text="Plant openings, expansions and trade data for northern Mexico, every Tuesday.",
    related_title="Related",
    most_title="Most read",
    crumbs=True,
)

_TR_SPEC = _site(
    "Nearshore Freight Weekly",
    "nearshorefreight.example",
    "nfreight",
    sep=" \u2013 ",
    tagline="Cross-border logistics intelligence",
    nav=["Trucking", "Rail", "Ports", "Customs", "Data", "Events"],
    cookie="This site uses cookies. Some are needed for subscriber logins.",
    accept="Accept",
    reject="Read policy",
    share=["LinkedIn", "Email"],
    nl_title="The Border Brief",
    nl_text="Crossing times, rates and regulation, for shippers and carriers.",
    nl_button="Subscribe free",
    related_title="More data stories",
    most_title="Most read by shippers",
    footer_links=["Advertise", "Events", "Privacy", "Contact"],
    crumbs=True,
)

_TR_A = _page(
    _TR_WIRE,
    {
        "path": "/economy/2026/05/27/mexico-april-trade-surplus-beats-forecast",
        "headline": "Mexico posts $1.84 billion trade surplus in April as manufacturing exports rise",
        "dek": (
            "Result far above the $950 million surplus expected by analysts; oil exports "
            "fall 18.5%."
        ),
        "section": "Economy",
        "img": "manzanillo-port",
        "authors": ["Alejandro Ruvalcaba"],
        "date_mode": "meta",
        "published": "2026-05-27T12:14:00Z",
        "modified": "2026-05-27T13:02:00Z",
        "visible_date": "May 27, 2026 \u00b7 12:14 GMT",
        "caption": "Containers at the port of Manzanillo, Colima.",
        "credit": "NFW/Jorge Salcido",
        "tags": ["Mexico", "Trade", "INEGI", "Exports"],
        "body": _paras(
            """
MEXICO CITY, May 27 (NFW) - Mexico recorded a merchandise trade surplus of $1.842 billion in
April, data from the national statistics agency INEGI showed on Wednesday, as strong
manufacturing exports more than offset a sharp drop in oil sales.

The result was well above the median forecast of a $950 million surplus in a Norte Financial
Wire poll of 14 analysts. In April 2025, Mexico had a surplus of about $620 million.

Exports rose 6.2% from a year earlier to $55.317 billion, while imports increased 3.9% to
$53.475 billion, according to the preliminary figures published at 6 a.m. local time (1200
GMT).

Non-oil exports grew 7.5%, driven by manufacturing, which rose 8.1% to $50.126 billion.
Within manufacturing, automotive exports increased a more modest 2.6% to $15.804 billion,
while other manufactured goods, such as electronics, electrical equipment and medical devices,
jumped 10.8%.

Oil exports fell 18.5% to $2.104 billion, reflecting lower crude output and prices, a trend
that has weighed on the trade balance for more than a year.

On the import side, purchases of intermediate goods, mostly parts and inputs for factories that
assemble products for export, rose 5.0%. Imports of capital goods, a gauge of business
investment, increased 2.1%, while imports of consumer goods fell 1.4%.

Using seasonally adjusted figures, the country posted a deficit of $416 million in April, INEGI
said, as seasonally adjusted imports rose faster than exports in the month.

In the first four months of the year, Mexico accumulated a trade deficit of $2.385 billion.
INEGI also revised its March figures and now puts that month's surplus at $3.381 billion,
compared with $3.442 billion reported initially.

"Exports continue to show the strength of North American integration," Luis Fernando Arriaga
Peña, the Economy Ministry's undersecretary for foreign trade, said in a post on social media.

Analysts were more cautious. "The surplus is flattered by weak consumer imports, which tells you
domestic demand is soft," said Gabriela Montes, chief economist at Banco Tarpón. "The good news
is that the non-automotive manufacturing numbers are very strong."

Iván Ruelas, an economist at Consultora Norte, said the year-to-date deficit showed that one
strong month did not change the overall picture. "The export mix is healthy and the dependence on
oil is almost gone, but we still expect the balance to end the year in the red," he said,
forecasting a full-year deficit of around $6 billion.

Mexico's trade figures are closely watched as a gauge of US demand for the country's factory
goods and of domestic demand for imported consumer goods and machinery. Manufactured goods now
account for about nine-tenths of total exports, while oil accounts for less than 4%.

The figures come weeks before the joint review of the United States-Mexico-Canada Agreement
(USMCA), due by July 1, in which Washington is expected to press for tighter rules of origin for
cars and steel.

The peso was little changed after the data, trading at about 17.95 per dollar.
"""
        ),
        "related": [
            ("/economy/remittances-april", "Remittances to Mexico fall 2.1% in April"),
            ("/economy/gdp-q1", "Mexico's GDP grew 0.2% in first quarter"),
            ("/trade/usmca-review", "Explainer: what is at stake in the USMCA review"),
        ],
        "most_read": [
            ("/markets/cetes-auction", "Cetes yields slip at weekly auction"),
            ("/energy/pemex-output", "Pemex crude output falls to 1.59 million bpd"),
        ],
    },
)

_TR_B = _page(
    _TR_LIVE,
    {
        "path": "/live/peso-bonds-trade-balance-wednesday",
        "headline": "Peso live: trade balance surprise, bond auction and the Fed speakers",
        "dek": "Follow the Mexican peso, bonds and stocks through the session.",
        "section": "Live",
        "img": "peso-bills",
        "authors": ["Karla Bustamante", "Ricardo Yáñez"],
        "date_mode": "visible",
        "visible_date": "Wednesday 27 May 2026 \u00b7 Mexico City time (GMT-6)",
        "caption": "Peso banknotes at an exchange house in Mexico City.",
        "credit": "Peso Desk",
        "live": True,
        "intro": (
            "Mexico reported an April trade surplus of $1.84 billion, about double the "
            "consensus; the peso is steady near 17.9 per dollar."
        ),
        "updates": _updates(
            """
14:45 :: Closing thoughts from the desk. The trade data were the main domestic event today and
they were good on the surface: an unadjusted surplus of about $1.8 billion against a forecast of
$950 million. Underneath, the seasonally adjusted deficit and the fall in consumer imports point
to a soft domestic economy. The peso finished the local session at 17.91.

13:10 :: The IPC is up 0.4% at about 61,480 points, led by airport operators and a large cement
maker. Exporters with dollar revenues are outperforming companies that depend on domestic
consumption, which fits the message from this morning's trade data.

12:30 :: A note from Consultora Norte's Iván Ruelas: "Year to date, the balance is still in the
red, by about $2.4 billion. One good month does not change the picture, but the export
composition is healthy." He expects a full-year deficit of around $6 billion.

11:05 :: Bond market: the 10-year Mbono yield is down 3 basis points at 8.62%. The government
sold 10-year bonds at its weekly auction at an average yield of 8.64%.

10:30 :: Banco Tarpón's Gabriela Montes, in a note to clients, says the surplus is "flattered by
weak consumer imports", a sign that domestic demand is soft, while non-automotive manufacturing
looks "very strong". She still expects Banxico to hold rates at its next meeting.

09:15 :: The peso is at 17.91 per dollar, firmer by about 0.2% on the day. The dollar is slightly
weaker globally after comments from a Federal Reserve official overnight.

08:10 :: Economy undersecretary Luis Fernando Arriaga on X: Mexico's exports "continue to
reflect the strength of North American integration". He highlights electronics and medical
devices.

07:30 :: The Bolsa opens in 90 minutes. Pre-market, futures on the S&P 500 are up 0.3%. The IPC
closed yesterday at 61,240 points.

06:20 :: More detail from INEGI. Manufacturing exports +8.1% year on year, automotive +2.6%,
non-automotive manufacturing +10.8%. Oil exports -18.5% to $2.10 billion. Consumer goods imports
-1.4%, intermediate goods +5.0%, capital goods +2.1%. March revised to a surplus of $3.381
billion from $3.442 billion.

06:05 :: Note the seasonally adjusted numbers: INEGI says the adjusted balance shows a deficit of
$416 million in April. Analysts usually focus on the unadjusted headline, but the adjusted data
are better for month-on-month comparisons.

06:01 :: DATA: Mexico's April trade balance shows a surplus of $1.842 billion, INEGI says.
Consensus was a surplus of $950 million. Exports up 6.2% year on year to $55.3 billion, imports up
3.9% to $53.5 billion.

05:45 :: Good morning. The peso is at 17.95 per dollar ahead of the April trade figures, due from
INEGI at 06:00. Consensus expects a surplus of $950 million, compared with a surplus of $620
million in April last year.
"""
        ),
        "related": [
            ("/live/banxico-may", "Live: Banxico decision, May 14"),
            ("/live/inflation-may-h1", "Live: first-half May inflation"),
        ],
        "most_read": [
            ("/peso/forecasts", "Where analysts see the peso at year-end"),
            ("/glossary/trade-balance", "Glossary: the trade balance"),
            ("/bolsa/ipc-record", "The IPC's record run, in charts"),
        ],
    },
)

_TR_C = _page(
    _TR_PAPER,
    {
        "path": "/trade/april-trade-surplus-nuevo-leon-exporters",
        "headline": "April surplus cheers northern exporters, but carmakers lag",
        "dek": (
            "Electronics and medical devices drove a surprise trade surplus; automotive "
            "shipments grew only 2.6%."
        ),
        "section": "Trade",
        "img": "apodaca-plant",
        "authors": ["Mariana Cantú Villarreal"],
        "role": "Trade reporter",
        "date_mode": "jsonld",
        "published": "2026-05-28T07:00:00-06:00",
        "visible_date": "Thursday, May 28, 2026",
        "caption": "Workers at an electrical equipment plant in Apodaca, Nuevo León.",
        "credit": "Photo: MBJ/Eduardo Leal",
        "pull": "\u201cThe factories are full. The question is what happens in July.\u201d",
        "body": _paras(
            """
Mexico's trade balance swung into a larger-than-expected surplus in April, and the numbers
published on Wednesday by the National Institute of Statistics and Geography (INEGI) carried a
clear message for industrial Nuevo León: the export boom is being driven less by cars and more
by electronics, electrical equipment and medical devices.

The country recorded a merchandise trade surplus of about $1.8 billion in April, or roughly 33
billion pesos at Wednesday's exchange rate of around 17.95 per dollar. Analysts had expected a
surplus of about half that size, $950 million. Exports rose 6.2% from April 2025 to $55.3
billion and imports climbed 3.9% to $53.5 billion.

The detail is where the story lies. Exports of manufactured goods other than vehicles and auto
parts jumped 10.8% from a year earlier, while automotive exports grew just 2.6%, to $15.8
billion. Oil exports, once the backbone of Mexico's foreign sales, fell 18.5% and now account for
less than 4% of the total.

"The factories are full. The question is what happens in July," said Héctor Garza Treviño,
president of the Northeast Manufacturers Association, which groups about 420 companies in
Nuevo León, Coahuila and Tamaulipas. He was referring to the joint review of the USMCA trade
agreement, due by July 1, which could tighten the rules governing how much of a product must be
made in North America to enter the US tariff-free.

Several companies in the Monterrey metropolitan area have announced expansions this year. An
electrical transformer maker in Apodaca said in March it would add 600 jobs, and a medical device
plant in Santa Catarina began a second production line in April. Industrial park occupancy in
the metropolitan area stood at 96.4% at the end of the first quarter, according to the real
estate consultancy Inmuebles Norte.

The automotive picture is weaker. Carmakers and parts suppliers have slowed shipments as US
dealers work through inventories, and some plants in Coahuila cut shifts in the spring. "We are
seeing flat orders for the second half," said a purchasing manager at a Tier 1 supplier in
Ramos Arizpe, who asked not to be named because he was not authorised to speak publicly.

Economists also noted that the headline surplus hides signs of weakness at home. Imports of
consumer goods fell 1.4%, which suggests households are spending less on imported goods. And
once seasonal factors are taken into account, INEGI said, April actually produced a deficit of
$416 million.

Over the first four months of the year, the trade balance remains negative, with a cumulative
deficit of about $2.4 billion. "One month does not make a trend, but the composition of exports
is healthy and the dependence on oil is almost gone," said Iván Ruelas of Consultora Norte.

For Luis Fernando Arriaga Peña, the Economy Ministry's undersecretary for foreign trade, the
figures showed the strength of regional integration. Mexico's exports "continue to reflect the
strength of North American integration," he wrote on social media on Wednesday.

INEGI will publish its revised April figures, with a full breakdown by product, on June 10.
"""
        ),
        "related": [
            ("/industry/apodaca-transformers", "Transformer maker to add 600 jobs in Apodaca"),
            ("/real-estate/industrial-q1", "Industrial occupancy hits 96.4% in Monterrey"),
            ("/industry/coahuila-shifts", "Coahuila auto plants cut shifts"),
        ],
        "most_read": [
            ("/finance/bank-credit", "Bank credit to companies grows 5.3%"),
            ("/people/caintra-new-head", "Caintra names new president"),
            ("/opinion/water-monterrey", "Opinion: Monterrey's water problem is back"),
        ],
    },
)

_TR_D = _page(
    _TR_SPEC,
    {
        "path": "/data/mexico-april-trade-border-freight-volumes",
        "headline": "April trade data: what the export surge means for border freight",
        "dek": (
            "Northbound truck crossings at Laredo rose 4.1%; Manzanillo handled 318,900 TEU. "
            "We break down INEGI's numbers for shippers."
        ),
        "section": "Data",
        "kicker": "Data \u00b7 Cross-border trade",
        "img": "laredo-bridge",
        "authors": ["Dana Whitfield"],
        "role": "Data editor",
        "date_mode": "none",
        "caption": "Trucks queue at the World Trade Bridge between Nuevo Laredo and Laredo.",
        "credit": "Nearshore Freight Weekly",
        "body": _paras(
            """
Mexico's official trade figures for April, released by INEGI last Wednesday (May 27), confirm
what carriers on the border have been reporting for weeks: northbound volumes are growing, and
the mix of freight is shifting away from automotive.

The headline: a merchandise trade surplus of $1.842 billion in April, with exports of $55.317
billion (up 6.2% year on year) and imports of $53.475 billion (up 3.9%). Remember that these are
the "timely" preliminary figures; INEGI's revised numbers, which usually move the totals by a
few tens of millions of dollars, follow in June.

For freight, the most telling number is intermediate goods imports, up 5.0% year on year. Those
are the parts and components that move south to Mexican plants and come back north as finished
products, and they are a good leading indicator of northbound loads in the following weeks.

On the export side, manufacturing exports were $50.126 billion, up 8.1%. Automotive exports,
which account for almost a third of manufacturing, rose only 2.6%, to $15.804 billion. The rest of
manufacturing, led by electrical and electronic equipment, rose 10.8%. That matters for
carriers: electronics move in dry vans and tend to be higher value and more time-sensitive than
auto parts, which rely more on dedicated and rail intermodal services.

Border crossings tell the same story. Northbound truck crossings at the Laredo-Nuevo Laredo
gateway, the busiest land port on the US-Mexico border, reached 251,300 in April, up 4.1% from a
year earlier, according to US Customs and Border Protection counts compiled by the Border
Carriers Council. Average northbound wait times at the World Trade Bridge rose to 52 minutes
from 41 minutes in April 2025.

At sea, the port of Manzanillo handled 318,900 TEU (twenty-foot equivalent units) in April, up
6.8% year on year, the port authority said. Lázaro Cárdenas reported a smaller increase of
2.9%.

Cross-border rail also gained. Northbound rail freight through the Laredo and Eagle Pass
crossings totalled about 1.42 million tonnes in April (around 1.57 million US short tons), up
3.3%, according to figures from the two main railways.

What about the deficit? Readers will see both a surplus and a deficit reported for April, and
both are correct. The unadjusted balance was a surplus of $1.842 billion; the seasonally
adjusted balance was a deficit of $416 million. For January to April combined, the country ran a
deficit of $2.385 billion. For year-on-year comparisons, use the unadjusted series; for
month-to-month momentum, use the adjusted one.

Analysts polled before the release expected a surplus of only $950 million, so the data were a
positive surprise. "Volumes are holding up better than the macro narrative suggests," said Paul
Okafor, head of Mexico operations at the logistics firm Brightline Cartage, in an interview.
"Our northbound electronics loads out of Ciudad Juárez are up double digits."

The outlook depends heavily on the USMCA joint review due by July 1. Shippers should also watch
the new customs rules on temporary imports under the IMMEX programme, which took effect on
April 1 and have added paperwork for some manufacturers.
"""
        ),
        "related": [
            ("/trucking/wait-times-may", "Border wait times: May update"),
            ("/rail/eagle-pass-bridge", "Eagle Pass rail bridge capacity expansion"),
            ("/ports/manzanillo-q1", "Manzanillo Q1: 912,000 TEU"),
        ],
        "most_read": [
            ("/customs/immex-rules", "IMMEX rule changes: a checklist"),
            ("/trucking/spot-rates", "Spot rates: Laredo southbound lanes fall 3%"),
        ],
    },
)

_TR = {
    "id": "tr-EE4",
    "part": "EE",
    "domain": "trade",
    "fetched": "2026-06-02",
    "articles": [_TR_A, _TR_B, _TR_C, _TR_D],
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-EE5 — Tonatiuh Aeroespacial's Xiuhcóatl-1 reaches orbit from Baja California Sur,
# Tuesday 6 October 2026
# ---------------------------------------------------------------------------

_RK_WIRE = _site(
    "Prensa Continental",
    "pcwire.example",
    "pc",
    sep=" | ",
    tagline="The news agency of the Americas",
    nav=["World", "Americas", "Business", "Science", "Technology", "Sport"],
    cookie="Prensa Continental uses cookies to provide its services and for statistics.",
    accept="Accept",
    reject="Configure",
    share=["Facebook", "X", "LinkedIn", "Email"],
    nl_title="Continental Tech",
    nl_text="Science and technology news from the Americas, twice a week.",
    related_title="Related",
    most_title="Most read",
    share_top=True,
)

_RK_LIVE = _site(
    "Orbit Watch",
    "orbitwatch.example",
    "ow",
    sep=" \u2014 ",
    tagline="Every launch, live",
    nav=["Launch schedule", "Live", "Rockets", "Spaceports", "Newsletter"],
    cookie="Orbit Watch uses cookies for the launch-alert service and anonymous statistics.",
    accept="Allow",
    reject="Only essential",
    share=["X", "Reddit", "Bluesky", "Copy link"],
    share_label="Share this launch",
    nl_title="Launch Alerts",
    nl_text="Get an email 24 hours before every orbital launch worldwide.",
    nl_button="Get alerts",
    related_title="Recent launches",
    most_title="Trending on Orbit Watch",
    cookie_bottom=True,
)

_RK_LOCAL = _site(
    "Noticias Bahía",
    "noticiasbahia.example",
    "nb",
    sep=" - ",
    tagline="La Paz, Los Cabos, Comondú and the rest of Baja California Sur",
    nav=["La Paz", "Los Cabos", "Comondú", "Mulegé", "Fishing", "Weather"],
    cookie="We use cookies. If you keep reading, we assume you agree.",
    accept="Agreed",
    reject="Privacy notice",
    share=["Facebook", "WhatsApp", "X"],
    nl_title="Noticias Bahía on WhatsApp",
    nl_text="The headlines from Baja California Sur, every morning on your phone.",
    nl_button="Join",
    related_title="More from Comondú",
    most_title="Most read",
    footer_links=["Advertise", "Contact", "Privacy notice"],
)

_RK_PAPER = _site(
    "The Pacific Coast Herald",
    "pcherald.example",
    "pch",
    sep=" | ",
    tagline="San Diego and the Baja border region",
    nav=["Local", "Border", "Business", "Science", "Sports", "Opinion"],
    cookie="We use cookies and similar technologies. California residents: Do Not Sell link below.",
    accept="Accept",
    reject="Do Not Sell My Info",
    share=["Facebook", "X", "Email", "Print"],
    nl_title="Herald Science",
    nl_text="The week's science, space and environment news from the Herald.",
    related_title="More science",
    most_title="Most popular",
    footer_links=["Contact", "Subscribe", "Privacy policy", "Do Not Sell My Info"],
    crumbs=True,
)

_RK_A = _page(
    _RK_WIRE,
    {
        "path": "/science/2026/10/06/mexican-rocket-xiuhcoatl-reaches-orbit",
        "headline": "Mexican startup's Xiuhcóatl-1 rocket reaches orbit on second try",
        "dek": (
            "Tonatiuh Aeroespacial places three small satellites in orbit from Baja "
            "California Sur, 10 months after a failed first flight."
        ),
        "section": "Science",
        "img": "xiuhcoatl-liftoff",
        "authors": ["Gabriela Rendón"],
        "date_mode": "meta",
        "published": "2026-10-06T14:31:00Z",
        "modified": "2026-10-06T16:10:00Z",
        "visible_date": "06 Oct 2026, 14:31 GMT (updated 16:10 GMT)",
        "caption": "The Xiuhcóatl-1 rocket lifts off from Bahía Magdalena on Tuesday.",
        "credit": "Tonatiuh Aeroespacial/Handout via Prensa Continental",
        "tags": ["Mexico", "Space", "Rockets", "Baja California Sur"],
        "body": _paras(
            """
PUERTO SAN CARLOS, Mexico, Oct 6 (PC) - A rocket built by the Mexican company Tonatiuh
Aeroespacial reached orbit on Tuesday, placing three small satellites in space in what the
company and the Mexican Space Agency described as the first orbital launch by a Mexican company
from Mexican soil.

The two-stage Xiuhcóatl-1 lifted off at 6:42 a.m. local time (1342 GMT) from the company's
launch site on the Pacific coast of Baja California Sur, about 60 km (37 miles) west of the town
of Ciudad Constitución. The satellites were released 9 minutes and 48 seconds after liftoff into
an orbit about 510 km above the Earth, the company said.

"Today Mexico has its own road to space," said Valeria Itzel Montaño Ruiz, the company's
co-founder and chief operating officer, at a news conference at the launch site. "We did it
with Mexican engineers, with Mexican money and from a Mexican beach."

The launch came 10 months after the rocket's first flight, on Dec. 11, 2025, ended when a
first-stage engine shut down 74 seconds after liftoff, sending the vehicle into the ocean. An
attempt on Monday was called off about 40 minutes before the launch window opened because of
strong upper-level winds.

The payload included Colibrí-2, a small satellite built by students at the Costa Rica Institute
of Technology to measure the health of tropical forests; Nanoxólotl, a 3U cubesat from the
Autonomous University of Nuevo León carrying a radiation experiment; and Agrovista-1, a
commercial imaging satellite that will monitor crops for a Sinaloa-based agricultural
company. Together they weighed 38 kg.

The Costa Rican team said it received the first signal from Colibrí-2 at 9:20 a.m. Costa Rica
time, about an hour and a half after launch. "We heard it on the second pass. There was a lot of
shouting," said project leader Andrea Jiménez Solera.

Rubén Ibarra Lozoya, director general of the Mexican Space Agency (AEM), called it "a historic
day for Mexican science and industry" and said the agency would work with the company on future
missions for government satellites.

Tonatiuh Aeroespacial, founded in 2019 and based in Querétaro, has raised about $84 million
from private investors and employs about 310 people. It says it can launch up to 150 kg to a
sun-synchronous orbit and lists a price of $4.9 million for a dedicated flight. Its chief
engineer, Damián Ocampo Herrera, said the company hoped to fly again in the first quarter of
2027 with six satellites on board.

The site at Bahía Magdalena, near the fishing town of Puerto San Carlos, was chosen for its
open ocean to the south and west, which allows launches toward polar and sun-synchronous
orbits without flying over populated areas. Local fishing cooperatives had raised concerns
about exclusion zones; the company said the zone was closed for five hours on launch day and
that it pays compensation for lost fishing days.

Mexico has previously launched satellites on foreign rockets, including the Morelos and
Mexsat communications satellites. Several Latin American countries, including Brazil and
Argentina, have developed launch vehicles, but commercial orbital launch capacity in the region
remains limited.
"""
        ),
        "related": [
            ("/science/brazil-alcantara", "Brazil's Alcântara base signs deal with US firm"),
            ("/science/argentina-tronador", "Argentina's Tronador rocket delayed to 2027"),
            ("/americas/bcs-hurricane", "Hurricane season: BCS prepares for storm"),
        ],
        "most_read": [
            ("/business/pemex-refinery", "Dos Bocas refinery hits 240,000 bpd"),
            ("/sport/mexico-friendly", "Mexico beat Peru 2-0 in friendly"),
        ],
    },
)

_RK_B = _page(
    _RK_LIVE,
    {
        "path": "/live/tonatiuh-xiuhcoatl-1-flight-2",
        "headline": "Live: Tonatiuh Xiuhcóatl-1, flight 2, from Bahía Magdalena",
        "dek": "Launch window 13:30-15:30 UTC. Three cubesats to sun-synchronous orbit.",
        "section": "Live",
        "img": "xiuhcoatl-pad",
        "authors": ["Orbit Watch launch desk"],
        "date_mode": "visible",
        "visible_date": "6 October 2026 \u00b7 All times UTC",
        "caption": "Xiuhcóatl-1 on the pad at Bahía Magdalena before dawn.",
        "credit": "Orbit Watch / remote camera",
        "live": True,
        "intro": (
            "SUCCESS: Xiuhcóatl-1 lifted off at 13:42:10 UTC and deployed its three payloads at "
            "T+09:48. Preliminary orbit 507 x 515 km, 97.4 degrees."
        ),
        "updates": _updates(
            """
17:05 :: The Autonomous University of Nuevo León confirms two-way contact with Nanoxólotl from
its ground station in Monterrey. Agrovista-1 is expected to be contacted on Wednesday, the
company says. That makes two of three satellites heard from so far.

15:20 :: Costa Rica Institute of Technology reports the first signal from Colibrí-2, received in
Cartago on the satellite's second pass. That is 9:20 a.m. in Costa Rica.

14:45 :: Statement from the Mexican Space Agency: director general Rubén Ibarra Lozoya calls it
"a historic day for Mexican science and industry". The agency says it wants to fly future
government satellites on domestic rockets.

14:20 :: CEO Valeria Montaño at the press conference: "Today Mexico has its own road to space."
She confirms all three satellites separated cleanly and says the company will review data before
announcing the date of flight 3, planned for early 2027.

13:56 :: For context: on the first flight, on 11 December 2025, an engine on the first stage shut
down at T+74 seconds and the rocket was lost. Today the first stage burned for its full 2 minutes
38 seconds.

13:52 :: PAYLOAD DEPLOYMENT CONFIRMED at 13:51:58 UTC, T+09:48. Colibrí-2, Nanoxólotl and
Agrovista-1 are in orbit. Huge cheers in the control room in Querétaro.

13:51 :: Second-stage engine cutoff at T+09:16 after a burn of 6 minutes 31 seconds. Coasting to
deployment.

13:45 :: MECO at T+02:38, stage separation at T+02:41, second-stage ignition at T+02:45. This is
all new territory for Xiuhcóatl-1.

13:43 :: Passing Max-Q at T+01:05. Vehicle is supersonic and on a nominal trajectory heading
south over the Pacific.

13:42 :: LIFTOFF! Xiuhcóatl-1 lifts off at 13:42:10 UTC, which is 06:42 local time in Baja
California Sur and 07:42 in Mexico City.

13:38 :: The count has resumed after a short hold for an upper-level winds check. T-4 minutes. The
winds that scrubbed Monday's attempt are within limits today.

13:30 :: Window open. The rocket is 19.6 m tall and its first stage is powered by five Citlalli
engines burning kerosene and liquid oxygen.

13:05 :: Propellant loading is complete on both stages. Today's payload stack: Colibrí-2 (1U,
Costa Rica Institute of Technology, forest monitoring), Nanoxólotl (3U, Autonomous University of
Nuevo León, radiation experiment) and Agrovista-1 (commercial crop imaging). Total 38 kg.

12:15 :: Good morning from Orbit Watch. Tonatiuh Aeroespacial is trying again after yesterday's
scrub. The two-hour window opens at 13:30 UTC (06:30 local). Weather at the Bahía Magdalena site
near Puerto San Carlos is clear, with light winds at the surface.
"""
        ),
        "related": [
            ("/live/electron-october", "Live: Electron launches from New Zealand"),
            ("/live/xiuhcoatl-flight-1", "Archive: Xiuhcóatl-1 flight 1, December 2025"),
            ("/launch-schedule", "The week's launch schedule"),
        ],
        "most_read": [
            ("/rockets/small-launchers-2026", "Small launchers in 2026: who is flying"),
            ("/spaceports/latam", "Latin America's spaceports, mapped"),
        ],
    },
)

_RK_C = _page(
    _RK_LOCAL,
    {
        "path": "/comondu/cohete-orbita-puerto-san-carlos-vecinos",
        "headline": "From the malecón of Puerto San Carlos, the town watched its rocket reach space",
        "dek": (
            "Fishermen, schoolchildren and the municipal president watched the Xiuhcóatl-1 "
            "launch at dawn. Now the town wants a share of the benefits."
        ),
        "section": "Comondú",
        "img": "malecon-san-carlos",
        "authors": ["Rosario Amador Geraldo"],
        "date_mode": "none",
        "caption": "Residents of Puerto San Carlos watch the launch from the malecón.",
        "credit": "Photo: Rosario Amador/Noticias Bahía",
        "body": _paras(
            """
PUERTO SAN CARLOS, Comondú - At 6:42 in the morning on Tuesday, the sky over Bahía Magdalena
lit up orange, and a low rumble rolled across the water toward the malecón, where several
hundred people had gathered in the dark with thermos flasks of coffee and folding chairs. Then
came the cheering.

The Xiuhcóatl-1 rocket of the company Tonatiuh Aeroespacial lifted off from its launch site on
the bay's Pacific coast, about 60 km west of Ciudad Constitución, and this time it did not fall
into the sea. According to the company, the rocket released its three satellites 8 minutes and
48 seconds after liftoff, in an orbit about 510 km high.

"Last December we saw it fall and we all went home quiet," said Ramón Higuera, 58, a member of
the Puerto San Carlos fishing cooperative, remembering the first launch. "Today the children
shouted like it was a World Cup goal."

On Monday the town had also come out early, but the company cancelled the attempt because of
strong winds at high altitude. On Tuesday the launch came 12 minutes after the window opened at
6:30.

For Puerto San Carlos, a town of about 5,500 people that lives from fishing and from the
port that ships grain and fuel, the spaceport has been a mixed blessing. The company has hired
about 40 local residents as technicians, security guards and drivers, and restaurants fill up
on launch weeks with engineers and visitors. But the exclusion zones at sea, which close fishing
areas on launch days, have caused friction.

"It was closed for five hours today, and yesterday too, and that is two days without work for
many boats," said Higuera. The company says it compensates cooperatives for each day the zone is
closed. Fishermen say the payments arrive late.

The municipal president of Comondú, Silvia Castro Arce, was on the malecón with a group of
primary school students. "This launch puts Comondú on the map of the world," she said. She said
the municipality had asked the company and the state government for a technical training centre
in Ciudad Constitución so that more young people from the valley could work in the industry.

Valeria Montaño, co-founder and chief executive of Tonatiuh Aeroespacial, told reporters at the
launch site after the flight that "today Mexico has its own road to space" and thanked the
people of Puerto San Carlos "for their patience and their hospitality."

Among the satellites on board was one built by students in Costa Rica and another from a
university in Nuevo León, as well as a commercial satellite that will photograph fields in
Sinaloa and, the company says, could later be used to monitor farmland in the Santo Domingo
valley around Ciudad Constitución.

The company says it plans the next launch for the first months of 2027. In the meantime, the
cooperative wants to sit down with Tonatiuh before the next exclusion zone is announced. "We are
not against the rocket," said Higuera. "We just want it to be good for the people who were here
first."

The state government said it would present a plan for a "space corridor" in Comondú in the
coming months, with incentives for suppliers to set up in Ciudad Constitución.
"""
        ),
        "related": [
            ("/comondu/water-valley", "Santo Domingo valley farmers face water cuts"),
            ("/la-paz/malecon-works", "La Paz malecón works to finish in December"),
            ("/fishing/sardine-season", "Sardine season: catches down 12%"),
        ],
        "most_read": [
            ("/los-cabos/airport-record", "Los Cabos airport breaks September record"),
            ("/weather/tropical-storm", "Tropical storm forms south of Manzanillo"),
        ],
    },
)

_RK_D = _page(
    _RK_PAPER,
    {
        "path": "/science/mexican-rocket-orbit-baja-california-sur-tonatiuh",
        "headline": "Mexico joins the small-rocket club as Baja launch reaches orbit",
        "dek": (
            "Tonatiuh Aerospace's 64-foot rocket lifted off from Baja California Sur at "
            "dawn Tuesday and put three tiny satellites in orbit."
        ),
        "section": "Science",
        "img": "tonatiuh-control-room",
        "authors": ["Kevin Ostrander"],
        "role": "Science and technology writer",
        "date_mode": "jsonld",
        "published": "2026-10-07T05:00:00-07:00",
        "visible_date": "October 7, 2026",
        "caption": (
            "Engineers celebrate in Tonatiuh Aerospace's control room in Querétaro after "
            "the satellites separated."
        ),
        "credit": "Tonatiuh Aerospace via the Herald",
        "pull": "\u201cToday Mexico has its own road to space.\u201d",
        "body": _paras(
            """
A rocket built by a Mexican startup reached orbit Tuesday from a launch site on the coast of
Baja California Sur, making Mexico the newest country with a home-grown company able to put
satellites into space from its own territory.

The Xiuhcóatl-1, a 64-foot, two-stage rocket developed by Tonatiuh Aerospace, lifted off at 6:42
a.m. local time, the same time on the clock in San Diego, from the company's coastal launch site
near Loreto. Nearly 10 minutes later, the second stage released three small satellites, with a
combined weight of about 84 pounds, into an orbit roughly 317 miles above Earth.

"Today Mexico has its own road to space," said Valeria Montaño, the company's chief executive,
after the launch. The 38-year-old aerospace engineer co-founded Tonatiuh, also known by its
Spanish name Tonatiuh Aeroespacial, in 2019 after working for a satellite company in California.

It was the second attempt to reach orbit. The first, in December, ended 74 seconds after liftoff
when one of the first-stage engines shut down. A launch attempt Monday was scrubbed because of
high-altitude winds.

The company, based in the central Mexican city of Querétaro, has raised about $84 million and
employs around 310 people. It is aiming at a market that has grown quickly with the explosion
of small satellites for Earth observation and communications: customers who want to choose
their own orbit and launch date rather than share a ride on a large rocket.

The satellites included one built by Costa Rican university students to monitor tropical
forests, a radiation experiment from a university in the northern Mexican city of Monterrey, and
a commercial imaging satellite for a farming company. The Costa Rican team reported receiving
signals from its satellite within two hours of launch.

Small-rocket companies have had a mixed record. Several U.S. startups have gone bankrupt after
failed launches, while a handful, such as Rocket Lab, have built steady businesses. Tonatiuh says
it will charge $4.9 million for a dedicated flight and can carry up to about 330 pounds to the
sun-synchronous orbits favored by imaging satellites.

"Getting to orbit on the second flight is an excellent result. Now the hard part is doing it
every month," said Laura Petrakis, a space industry analyst at the consulting firm Orbital
Metrics in Washington.

Mexico's space program has relied on foreign rockets to launch its satellites. The Mexican
Space Agency's director general, Rubén Ibarra Lozoya, called Tuesday "a historic day for Mexican
science and industry." The agency has said it wants to use domestic launchers for future
government satellites.

The launch site's location, facing open ocean to the south and west, allows rockets to fly
toward polar orbits without passing over populated land. Some local fishing cooperatives have
complained about sea closures on launch days, which the company says it compensates.

Tonatiuh plans its next flight in the first quarter of 2027, with six satellites aboard.
"""
        ),
        "related": [
            ("/science/vandenberg-launches", "Vandenberg sets a record for launches in 2026"),
            ("/border/tijuana-aerospace", "Tijuana's aerospace suppliers expand"),
            ("/science/grunion-run", "Grunion runs return to San Diego beaches"),
        ],
        "most_read": [
            ("/local/padres-playoffs", "Padres clinch wild card"),
            ("/border/san-ysidro-wait", "San Ysidro wait times fall after lane expansion"),
            ("/business/port-san-diego", "Port of San Diego cargo up 7%"),
        ],
    },
)

_RK = {
    "id": "rk-EE5",
    "part": "EE",
    "domain": "rocket",
    "fetched": "2026-10-08",
    "articles": [_RK_A, _RK_B, _RK_C, _RK_D],
    "planted": [
        (
            "payload deployment time after liftoff",
            r"\b9\s*min(?:ute)?s?,?\s*(?:and\s*)?48\s*s|\b0?9:48\b",
            r"\b8\s*min(?:ute)?s?,?\s*(?:and\s*)?48\s*s|\b0?8:48\b",
        ),
        (
            "launch site location",
            r"ciudad\s+constituci[oó]n|puerto\s+san\s+carlos",
            r"\bloreto\b",
        ),
        (
            "Montaño's role at the company",
            r"chief\s+executive|\bceo\b",
            r"chief\s+operating\s+officer|\bcoo\b",
        ),
    ],
}


# ---------------------------------------------------------------------------
# eq-EE6 — Magnitude 6.7 earthquake off Pinotepa Nacional, Oaxaca, 23:48 local on
# Sunday 8 November 2026 = 05:48 UTC Monday 9 November (CONTROL)
# ---------------------------------------------------------------------------

_EQ_WIRE = _site(
    "Meridiano Wire",
    "meridianowire.example",
    "mw",
    sep=" | ",
    tagline="Independent news agency for the Americas",
    nav=["Top news", "Americas", "Disasters", "Markets", "Politics", "Sports"],
    cookie="Meridiano and its partners store cookies to measure audiences and personalise ads.",
    accept="I agree",
    reject="Cookie settings",
    share=["Facebook", "X", "Email"],
    nl_title="Meridiano Americas",
    nl_text="The hemisphere's top stories, every morning.",
    related_title="More from Meridiano",
    most_title="Trending",
    share_top=True,
)

_EQ_LIVE = _site(
    "Costa Oaxaqueña",
    "costaoaxaquena.example",
    "coax",
    sep=" | ",
    tagline="News from Pinotepa, Jamiltepec, Puerto Escondido and the Costa",
    nav=["Pinotepa", "Jamiltepec", "Puerto Escondido", "Huatulco", "Guerrero", "Sports"],
    cookie="This site uses cookies. Continuing means you accept them.",
    accept="Accept",
    reject="Read more",
    share=["Facebook", "WhatsApp"],
    share_label="Share the latest",
    nl_title="Alerts by WhatsApp",
    nl_text="Emergency information for the Costa, sent as soon as we have it.",
    nl_button="Join",
    related_title="Earthquake: what to do",
    most_title="Most read",
    footer_links=["Who we are", "Contact", "Privacy notice"],
    cookie_bottom=True,
)

_EQ_PAPER = _site(
    "Mexico News Journal",
    "mxnewsjournal.example",
    "mnj",
    sep=" - ",
    tagline="Mexico, in English, every day",
    nav=["National", "Mexico City", "Business", "Culture", "Opinion", "Expat life"],
    cookie="We use cookies to understand how you use our site and to show you ads.",
    accept="Accept",
    reject="Reject",
    share=["Facebook", "X", "WhatsApp", "Email", "Print"],
    nl_title="Journal Daily",
    nl_text="The news that matters in Mexico, summarised every morning.",
    related_title="More on the earthquake",
    most_title="Most read",
    crumbs=True,
)

_EQ_SPEC = _site(
    "Quake Science Digest",
    "quakedigest.example",
    "qsd",
    sep=" \u00b7 ",
    tagline="Earthquakes explained by seismologists",
    nav=["Recent quakes", "Explainers", "Tectonics", "Preparedness", "About"],
    cookie="We only set analytics cookies if you agree.",
    accept="Agree",
    reject="Disagree",
    share=["X", "Bluesky", "Email"],
    nl_title="Aftershock",
    nl_text="A calm, science-first summary of significant earthquakes worldwide.",
    nl_button="Subscribe",
    related_title="Related explainers",
    most_title="Most read",
    footer_links=["Our authors", "Data sources", "Privacy", "Contact"],
    crumbs=True,
)

_EQ_A = _page(
    _EQ_WIRE,
    {
        "path": "/americas/2026/11/09/mexico-oaxaca-earthquake-pinotepa",
        "headline": "Magnitude 6.7 quake strikes Mexico's Oaxaca coast, two dead",
        "dek": (
            "Shaking felt in Mexico City after alarms sounded; hundreds of homes damaged "
            "near Pinotepa Nacional."
        ),
        "section": "Americas",
        "img": "pinotepa-damage",
        "authors": ["Lucía Ferrer Ortega", "Emilio Santiago Cruz"],
        "date_mode": "meta",
        "published": "2026-11-09T06:35:00Z",
        "modified": "2026-11-09T16:05:00Z",
        "visible_date": "November 9, 2026 \u00b7 Updated 4:05 PM GMT",
        "caption": "A collapsed adobe wall in Pinotepa Nacional, Oaxaca, on Monday morning.",
        "credit": "Photo: Emilio Santiago/Meridiano",
        "tags": ["Mexico", "Earthquakes", "Oaxaca", "Disasters"],
        "body": _paras(
            """
OAXACA, Mexico, Nov 9 (Meridiano) - A strong earthquake struck near Mexico's Pacific coast in
the southern state of Oaxaca late on Sunday, killing at least two people, damaging hundreds of
homes and sending residents of Mexico City into the streets as seismic alarms sounded.

The National Seismological Service (SSN) said the quake had a magnitude of 6.7 and struck at
23:48 local time (0548 GMT Monday), with its epicentre 14 km south of Pinotepa Nacional at a
depth of 18 km. The agency initially reported a magnitude of 6.9 before revising it about an
hour later.

The U.S. Geological Survey put the magnitude at 6.6 and the depth at 23.9 km, locating the
epicentre 21 km south-southwest of Santiago Pinotepa Nacional.

One man died in Pinotepa Nacional when a wall of his house collapsed, and a woman was killed by
falling debris in the nearby town of Santiago Jamiltepec, Oaxaca's civil protection office said
on Monday morning. Eleven people were injured, most of them lightly.

State officials said a preliminary survey had found 640 damaged homes, most of them built of
adobe, in the Costa region of Oaxaca. "That number will rise as our teams reach the
communities in the hills," said Alfredo Nolasco Cruz, the state's civil protection coordinator.

In Mexico City, about 360 km (225 miles) to the north, the seismic alert system sounded nearly a
minute before the shaking arrived, and thousands of people left their homes in pyjamas. The
city government said it had no reports of serious damage.

The national civil protection coordinator, Mariana Topete Ríos, said the army and navy had
deployed personnel to the coast under the DN-III and Marina emergency plans. "The priority is
the people who lost their homes tonight. Nobody will be left without shelter," she told a news
conference early on Monday.

The state power utility CFE said the earthquake cut electricity to 1.2 million customers in
Oaxaca, Guerrero and Puebla. By 10 a.m. it had restored supply to 94% of them.

The SSN had recorded 186 aftershocks by 8 a.m. on Monday, the largest of magnitude 5.1 at 01:12
local time. The navy's tsunami warning centre said it had detected only minor changes in sea
level, and the Pacific Tsunami Warning Center said there was no tsunami threat.

The Mexican Social Security Institute evacuated 38 patients from its hospital in Pinotepa
Nacional as a precaution while engineers inspected the building. Classes were suspended on
Monday across the Costa region of Oaxaca.

A landslide blocked federal Highway 200 near Jamiltepec early on Monday.

The area sits above the boundary where the Cocos plate dives beneath the North American plate,
one of the most seismically active zones in the world. A magnitude 7.2 earthquake struck near
Pinotepa Nacional in February 2018, and a magnitude 7.4 quake near the resort of Huatulco in June
2020 killed 10 people.
"""
        ),
        "related": [
            ("/americas/guatemala-volcano", "Guatemala's Fuego volcano erupts, airport closed"),
            ("/americas/hurricane-season-ends", "Hurricane season ends with 14 named storms"),
            ("/markets/peso-monday", "Peso steady as markets shrug off quake"),
        ],
        "most_read": [
            ("/americas/earthquake-alert-how", "How Mexico's earthquake alarm works"),
            ("/sports/f1-mexico", "Mexico City Grand Prix: race report"),
        ],
    },
)

_EQ_B = _page(
    _EQ_LIVE,
    {
        "path": "/pinotepa/live-earthquake-costa-oaxaca",
        "headline": "LIVE: Earthquake on the Costa \u2014 damage, victims and aftershocks",
        "dek": "Updates from Pinotepa Nacional, Jamiltepec and the rest of the Costa region.",
        "section": "Pinotepa",
        "img": "pinotepa-night",
        "authors": ["Editorial team, Costa Oaxaqueña"],
        "date_mode": "visible",
        "visible_date": "Sunday 8 - Monday 9 November 2026 \u00b7 Oaxaca time",
        "caption": "Neighbours gather in the main square of Pinotepa Nacional after the quake.",
        "credit": "Photo: Costa Oaxaqueña",
        "live": True,
        "intro": (
            "Latest: three people have died, two in Oaxaca and one in Guerrero; 1,185 homes "
            "damaged; the SSN has counted almost 400 aftershocks."
        ),
        "updates": _updates(
            """
Mon 19:40 :: The SSN says it has recorded 398 aftershocks as of 19:00. Most are too small to be
felt, but several above magnitude 4 have been felt in Pinotepa this afternoon. Seismologists ask
people to stay out of damaged buildings.

Mon 18:20 :: A third death is confirmed. Guerrero's civil protection office says a 71-year-old man
died in Ometepec, Guerrero, when an adobe wall collapsed on him; his body was found this
afternoon. Updated totals from both states: 27 injured, 1,185 homes damaged (912 in Oaxaca, 273 in
Guerrero).

Mon 14:30 :: Mayor Reyna Baños Zárate says the municipality has opened two shelters in Pinotepa,
at the auditorium and at the Technical Secondary School 17, with 160 people registered so far.

Mon 12:30 :: Highway 200 reopened near Jamiltepec after about six hours. Traffic is moving in
one lane while machinery clears the rest of the landslide.

Mon 10:05 :: CFE says 94% of the 1.2 million customers who lost power have had it restored. In
Pinotepa most neighbourhoods have light again; some parts of the hills are still dark.

Mon 09:10 :: Second death confirmed by Oaxaca civil protection: a 52-year-old woman in Santiago
Jamiltepec, hit by a falling roof beam. The state also reports 11 injured and, in a preliminary
count, 640 damaged homes, mostly adobe.

Mon 08:20 :: Federal Highway 200 is closed near Jamiltepec because of a landslide that came down
at about 06:20. Take the road through Putla if you must travel.

Mon 06:15 :: The state education institute suspends classes today in the whole Costa region.

Mon 03:30 :: We are sorry to report the first death: a 64-year-old man in Pinotepa Nacional was
killed when a wall of his house collapsed. Neighbours pulled him out but he had died.

Mon 01:40 :: CFE reports 1.2 million customers without power in Oaxaca, Guerrero and Puebla. Most
of Pinotepa is dark.

Mon 01:14 :: Strong aftershock! The SSN reports magnitude 5.1 at 01:12, in the same area.

Mon 00:50 :: The SSN revises the magnitude to 6.7, down from its preliminary 6.9. Epicentre 14 km
south of Pinotepa Nacional, depth 18 km.

Sun 23:58 :: Preliminary report from the National Seismological Service: magnitude 6.9, 14 km
south of Pinotepa Nacional, at 23:48. People in the streets all over the town.

Sun 23:51 :: Very strong earthquake felt in Pinotepa Nacional and all along the Costa. Lights out
in much of the town. Stay calm, stay away from walls and cables, and check gas.
"""
        ),
        "related": [
            ("/guides/after-earthquake", "What to do after an earthquake"),
            ("/guides/adobe-homes", "How to check an adobe house for damage"),
            ("/pinotepa/shelters", "List of shelters in the Costa region"),
        ],
        "most_read": [
            ("/puerto-escondido/surf-open", "Puerto Escondido surf contest postponed"),
            ("/huatulco/cruise-ships", "Huatulco expects 41 cruise ships this season"),
        ],
    },
)

_EQ_C = _page(
    _EQ_PAPER,
    {
        "path": "/national/oaxaca-earthquake-three-dead-homes-damaged",
        "headline": "Oaxaca quake toll rises to three as damage reports top 1,100 homes",
        "dek": (
            "The magnitude 6.7 earthquake struck late Sunday near Pinotepa Nacional; "
            "thousands spent the night outdoors."
        ),
        "section": "National",
        "img": "jamiltepec-rubble",
        "authors": ["Isabel Cárdenas", "Mark Fenwick"],
        "date_mode": "jsonld",
        "published": "2026-11-10T06:00:00-06:00",
        "visible_date": "Tuesday, November 10, 2026",
        "caption": "Residents clear rubble from a house in Santiago Jamiltepec on Monday.",
        "credit": "Photo: Isabel Cárdenas/MNJ",
        "pull": "\u201cNobody will be left without a roof.\u201d",
        "body": _paras(
            """
PINOTEPA NACIONAL, Oaxaca - The death toll from the earthquake that struck Oaxaca's Pacific coast
late on Sunday rose to three on Monday, after officials in neighboring Guerrero reported that a
71-year-old man had been killed when an adobe wall collapsed in the town of Ometepec.

The other victims were a 64-year-old man in Pinotepa Nacional and a 52-year-old woman in
Santiago Jamiltepec. Twenty-seven people were injured across the two states, most of them with
cuts and fractures.

The National Seismological Service (SSN) measured the quake at magnitude 6.7, revised from a
preliminary 6.9, and located its epicenter 14 kilometers south of Pinotepa Nacional at a depth
of 18 kilometers. It struck at 11:48 p.m. on Sunday. The U.S. Geological Survey, which uses
different stations and methods, estimated a magnitude of 6.6.

By Monday evening, civil protection teams had counted 1,185 damaged homes: 912 in Oaxaca and 273
in Guerrero. The figure was almost twice the preliminary count of 640 released by Oaxaca
officials on Monday morning, as teams reached villages in the hills of the Mixteca de la Costa.
Most of the damaged houses are made of adobe, and officials said about 150 of them would have to
be demolished.

"Nobody will be left without a roof," said national civil protection coordinator Mariana Topete
Ríos on a visit to Pinotepa, repeating a pledge she had made in the early hours of Monday. The
federal government said it would activate emergency funds for reconstruction once the state
government submits a formal request.

In Pinotepa, a town of about 55,000 people, many families spent Sunday night and Monday in the
main square or in two shelters opened by the municipality. "We felt it coming from below, like a
truck, and then everything moved," said Eufrosina Salinas, 47, who sells tortillas near the
market. "The wall of the kitchen fell where my son sleeps. Thank God he was with his cousins."

Mayor Reyna Baños Zárate said the town's water system had been damaged and that tanker trucks
were supplying several neighborhoods. She asked federal authorities for engineers to inspect
schools before classes resume.

In Mexico City, about 225 miles away, the earthquake alert sounded 58 seconds before the shaking
arrived, according to the Center for Instrumentation and Seismic Registry, which runs the
system. Residents poured into the streets, some wrapped in blankets, but the city reported no
serious damage.

The SSN had recorded 412 aftershocks by 8 p.m. on Monday. The strongest, of magnitude 5.1, came
at 1:12 a.m., about an hour and a half after the main shock. Seismologists said aftershocks of
magnitude 5 or greater remained possible in the coming days.

The electricity utility, CFE, said power had been restored to almost all of the 1.2 million
customers affected. Highway 200, the main road along the coast, reopened in one lane after a
landslide near Jamiltepec.

The region has a long history of destructive earthquakes. In February 2018, a magnitude 7.2 quake
centered near Pinotepa Nacional damaged thousands of homes, and in June 2020 a magnitude 7.4
earthquake near Huatulco killed 10 people.
"""
        ),
        "related": [
            ("/national/how-to-help-oaxaca", "How to help earthquake victims in Oaxaca"),
            ("/mexico-city/alert-system", "Why the alert sounded in Mexico City"),
            ("/national/adobe-reconstruction", "Adobe homes: rebuild or replace?"),
        ],
        "most_read": [
            ("/culture/day-of-the-dead-review", "Day of the Dead parade drew 1.4 million"),
            ("/business/peso-november", "Peso firms to 18.05 per dollar"),
            ("/expat-life/cfe-bills", "Understanding your CFE electricity bill"),
        ],
    },
)

_EQ_D = _page(
    _EQ_SPEC,
    {
        "path": "/recent-quakes/m6-7-pinotepa-nacional-oaxaca",
        "headline": "M6.7 Pinotepa Nacional, Oaxaca: a megathrust event on the Cocos plate",
        "dek": (
            "Why the SSN and USGS numbers differ, what kind of fault moved, and what to "
            "expect from aftershocks."
        ),
        "section": "Recent quakes",
        "kicker": "Event summary \u00b7 Mexico",
        "img": "pinotepa-shakemap",
        "authors": ["Dr. Elena Vasquez-Moreau"],
        "role": "Seismologist and contributing editor",
        "date_mode": "none",
        "caption": "Estimated shaking intensity from the main shock.",
        "credit": "Map: Quake Science Digest, based on public SSN and USGS data",
        "body": _paras(
            """
A shallow, strong earthquake occurred off the coast of Oaxaca, Mexico, at 05:48:31 UTC on 9
November 2026, which was 23:48 local time on Sunday 8 November. Mexico's National Seismological
Service (Servicio Sismológico Nacional, SSN), operated by the National Autonomous University of
Mexico (UNAM), reports a magnitude of 6.7, an epicentre 14 km south of Pinotepa Nacional, and a
depth of 18 km. Its first automatic estimate, 6.9, was revised downward within about an hour as
more data arrived.

The United States Geological Survey (USGS) reports a moment magnitude (Mww) of 6.6, a depth of
23.9 km (about 15 miles) and an epicentre 21 km (13 miles) south-southwest of Santiago Pinotepa
Nacional, the town's official name.

Why do the numbers differ? Agencies use different seismic networks, velocity models and
magnitude scales, especially in the first hours. A difference of 0.1 in magnitude is well within
normal uncertainty, and depth estimates for offshore events are notoriously hard to pin down
without nearby stations. Neither figure is "wrong"; both describe the same event. Over the coming
days both agencies may refine their solutions again.

What moved? The focal mechanism published by the USGS shows thrust faulting on a shallow plane
dipping gently to the north-east, consistent with slip on the interface between the Cocos plate
and the overriding North American plate. The Cocos plate is converging with North America at
roughly 6 centimetres per year off Oaxaca, and this stretch of the subduction zone has produced
many earthquakes of magnitude 7 or larger, including the magnitude 7.2 Pinotepa earthquake of 16
February 2018 (SSN magnitude) and the magnitude 7.4 Huatulco-area earthquake of 23 June 2020. A
rupture of magnitude 6.7 would involve a fault patch roughly 30 km long.

Shaking. Near the epicentre, shaking was strong enough to bring down adobe walls, which are
especially vulnerable. Three deaths had been reported by the evening of 9 November, two in Oaxaca
and one in Ometepec, across the state line in Guerrero, along with 1,185 damaged homes. In
Mexico City, about 360 km (225 miles) away, the Seismic Alert System of Mexico (SASMEX) issued
its warning nearly a minute before the strongest shaking arrived. The soft lake-bed sediments
under parts of the capital amplify seismic waves, which is why distant coastal quakes are often
felt there.

Tsunami. The Pacific Tsunami Warning Center said there was no tsunami threat. The Mexican Navy's
tsunami warning centre recorded a sea-level fluctuation of 14 cm at Puerto Ángel, which is not
unusual after an offshore quake of this size and posed no hazard.

Aftershocks. The largest aftershock so far was magnitude 5.1 at 01:12 local time on 9 November
(07:12 UTC). The SSN had located 186 aftershocks by 08:00 local time and 412 by 20:00, a typical
sequence. Based on standard statistical models, the chance of an aftershock of magnitude 6 or
larger in the following week is small, around 5%, but not negligible. There is also a small
chance, about 1 in 100, that this event is a foreshock to a larger earthquake.

Our advice is the standard one: stay out of damaged buildings, especially adobe, and follow
guidance from the civil protection authorities.
"""
        ),
        "related": [
            ("/explainers/magnitude-scales", "Magnitude scales: why agencies disagree"),
            ("/explainers/sasmex", "How SASMEX gives Mexico City a head start"),
            ("/recent-quakes/m6-1-guatemala", "M6.1 offshore Guatemala: summary"),
        ],
        "most_read": [
            ("/tectonics/guerrero-gap", "The Guerrero seismic gap, explained"),
            ("/preparedness/kit", "What to keep in an earthquake kit"),
        ],
    },
)

_EQ = {
    "id": "eq-EE6",
    "part": "EE",
    "domain": "earthquake",
    "fetched": "2026-11-11",
    "articles": [_EQ_A, _EQ_B, _EQ_C, _EQ_D],
    "planted": [],
}

STORIES: list[dict] = [_CB, _EL, _CT, _TR, _RK, _EQ]
