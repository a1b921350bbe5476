"""Story battery, part AA — the Caribbean (Jamaica, Trinidad and Tobago, the Dominican Republic, Barbados, the Bahamas), events in 2026.

Written by engineer AA1 on 2026-12-07 for the thirty-second batch, a precision batch.
All outlets (domains ending in .example), reporters, companies, candidates, most officials and
all figures are invented; real institutions and places appear only as scenery. Time zones used:
Jamaica UTC-5 all year (no DST); Barbados, Trinidad and Tobago and the Dominican Republic UTC-4
all year; the Bahamas on EDT (UTC-4) in July.

cb-AA1 (central bank, CONTROL, planted = [], fetched 2026-08-29). True facts: on Thursday 20
August 2026 the Bank of Jamaica's six-member Monetary Policy Committee unanimously cut the policy
rate by 25 basis points to 5.50% from 5.75% (the first 2026 cut, in May, was from 6.00%). The
statement came out at 1:00 p.m. Kingston time (1800 GMT); Governor Camille (Yvonne)
Ashworth-Reid held a news conference at about 3 p.m. at Nethersole Place with Deputy Governor
Nigel (O.) Brissett. July CPI inflation 4.3% (June 4.9%; STATIN release Friday 14 August), the
fourth month inside the 4-6% target; net international reserves US$6.41 billion at end-July,
about 27 weeks of imports (~J$1.01 trillion at J$158.20); PIOJ preliminary April-June growth
1.9%, BOJ projection for FY2026/27 1.5-2.5%; oil assumption about US$72/bbl; next announcement
Wednesday 30 September. Outlets: Caribbean Newswire Service (wire; article:published_time
2026-08-20T21:05Z plus a visible GMT stamp; "on Thursday"); The Kingston Ledger (newspaper;
only a visible date, Friday 21 August; "yesterday"); Island Business Radio (live blog in
Kingston time, newest first; JSON-LD datePublished 2026-08-20T12:40-05:00); Carib Rates Monitor
(newsletter; no date anywhere). Legitimate traps: 5.50% vs "5.5 per cent" and 6.00% vs "6.0 per
cent"; "25 basis points" vs "a quarter of a percentage point" vs "quarter-point"; 1:00 p.m. local
= 1800 GMT; "yesterday" on the 21 August page and "last Friday" on the live page both resolve
correctly; earlier rates 5.75% and 6.00%; June inflation 4.9% vs July 4.3%; the newsletter's own
4.6% forecast vs the 4.3% actual, and its forecast of 5.25% later in the fiscal year; US$6.41
billion vs "just over J$1 trillion"; governor with/without middle name and "Dr"; the statement
quote in two slightly different wordings ("has now been"/"has been"), the Chung quote from two
different interviews; 7 of 11 surveyed expected a hold vs "most analysts"; real rate 1.2 points
(5.50 - 4.3); regional rates in sidebars (TT 3.50%, Barbados 2.00%, Bahamas 4.00%, DR 5.00%);
"30 September" vs "the end of September".

el-AA2 (election, 3 PLANTED, fetched 2026-05-06). True facts: by-election in the (fictional)
Barbados constituency of St. Andrew North on Wednesday 22 April 2026, polls 6 a.m.-6 p.m.
(2200 GMT), 14 polling stations, count at Alleyne School, Belleplaine. Sherelle (A.)
Maynard-Forde (BLP) 2,671 (62.2%), Roderick Bascombe (DLP) 1,393 (32.4%), Veronica Layne
(independent) 231 (5.4%); margin 1,278; 8,236 electors, 4,316 ballots cast, turnout 52.4%, 21
rejected, 4,295 valid. Provisional figures at 10:55 p.m., formal declaration by RETURNING
OFFICER Marlon Greaves at 11:48 p.m. Seat vacated in February by Desmond Alleyne-Boyce; 2022
result in the seat: BLP 68.9%, DLP 26.5%, turnout 41.8%. Sworn in Tuesday 28 April. PLANTED:
(1) margin - right 1,278, wrong 1,728 in the Bajan Daily Courier (which still prints the correct
vote totals); (2) turnout - right 52.4%, wrong 54.2% in Antilles Wire; (3) Greaves's role -
right "returning officer", wrong "chief electoral officer" in the Coral FM live page. Outlets:
Antilles Wire (wire; article:published_time 2026-04-23T03:58Z = 11:58 p.m. AST on the 22nd,
dateline April 22; "on Wednesday"); Bajan Daily Courier (newspaper; visible date Thursday 23
April only; "yesterday", "on Tuesday"); Coral FM 98.1 (live results page, Barbados times from
6:02 p.m. past midnight; no date anywhere); Caribbean Politics Digest (newsletter; JSON-LD
datePublished 2026-04-29T09:00-04:00; "yesterday" = swearing-in, "last Wednesday" = polling day).
Legitimate traps: partial counts on the live page (3 of 14, 9 of 14) and provisional vs final
figures with timestamps; mid-day turnout estimate of about 36% at 2 p.m.; ballots cast 4,316 vs
valid votes 4,295; "about 8,200" electors vs 8,236; 62.2% vs "Five per cent"/5.4% rounding;
earlier 2022 shares and turnout; swing arithmetic (6.7, 5.9, 6.3 points); local vs UTC (6 p.m. =
2200 GMT; wire stamp after midnight UTC); live timestamps crossing midnight; name with/without
middle initial; concession quote "we will"/"we'll"; two different Harewood-Jordan quotes from
two interviews; "just before midnight" vs 11:48 p.m.

ct-AA3 (court, CONTROL, planted = [], fetched 2026-06-30). True facts: on Tuesday 16 June 2026
at 10 a.m. (Port of Spain and Barbados both UTC-4, 1400 GMT) the Caribbean Court of Justice, a
five-judge panel, unanimously allowed the appeal of the Speightstown Fisherfolk Cooperative
Society Ltd (63 members) against Azure Crest Developments Inc. (planned 120-room resort); lead
judgment by Justice Hilary (E.) Rampersad-Lowe; a footpath to Pelican Cove, St. Peter (about 3 m
/ 10 ft wide, 140 m long), used since at least the 1950s, is a public right of way; the gate put
up in November 2023 must go within 90 days (= 14 September 2026); costs fixed at BDS$185,000 (~
US$92,500 at the fixed 2:1 rate); the BDS$1.2 million lost-income claim was dismissed. History:
High Court for the cooperative in 2024; Court of Appeal for the developer 2-1 in July 2025; CCJ
hearing on 3 March 2026. Counsel: Gail Haynes-Boyce KC and Trevor Mapp-Sealy KC. Outlets: The
Westside Herald (newspaper; visible date Wednesday 17 June only; "yesterday"); Gulf Coast
Broadcasting News (broadcaster; article:published_time 2026-06-16T13:20-04:00 meta only; "on
Tuesday"; "July last year"); Caribbean Law Brief (case-note newsletter; no date anywhere).
Legitimate traps: metres vs feet; BDS$ vs US$; "within 90 days" vs "by September 14"; 10 a.m.
local = 1400 GMT; "yesterday"/"on Tuesday"; "unanimous" vs "all five judges" vs "5 judges"; the
earlier 2-1 split; BDS$1.2 million claimed vs BDS$185,000 costs; "since at least the 1950s" vs
"more than 70 years"; judge's name with/without middle initial and full honorific; March
hearing date; the cooperative's quote "end of the summer"/"end of summer"; counsel's quote
quoted vs paraphrased; Mapp-Sealy spoke to one outlet but not another.

tr-AA4 (trade, 3 PLANTED, fetched 2026-10-27). True facts: on Wednesday 14 October 2026, at a
ceremony at 11 a.m. (UTC-4, 1500 GMT) at the National Palace in SANTO DOMINGO, Trinidad and
Tobago's Minister of Trade and Industry Kendra Baptiste-Ramlal and the Dominican Minister of
Industry, Commerce and MSMEs Rafael Emilio Castillo Peralta signed a partial-scope agreement on
214 tariff lines: 107 to zero on entry into force on 1 JANUARY 2027, the rest phased out over five
years. Bilateral trade 2025 US$486 million (TT exports US$412 million, DR exports US$74 million;
2024: US$431 million; ~TT$3.3 billion at 6.78; ~RD$30.7 billion at 63.10); DR target US$150
million of exports to TT a year by 2030; weekly Point Lisas-Caucedo container service from
January, four-day transit. PLANTED: (1) 2025 bilateral trade - right US$486 million, wrong US$468
million in The Port of Spain Mercantile (which still gives the 412 and 74 components); (2)
entry-into-force date - right 1 January 2027, wrong 1 July 2027 in the Hispaniola Business
Report; (3) place of signing - right Santo Domingo (National Palace), wrong Punta Cana in Antilles
Wire (dateline and body). Outlets: The Port of Spain Mercantile (newspaper; visible date Thursday
15 October only; "yesterday"); Hispaniola Business Report (newsletter; JSON-LD datePublished
2026-10-19T07:30-04:00; "last Wednesday", "on Friday"); Antilles Wire (wire;
article:published_time 2026-10-14T17:45Z plus visible GMT stamp; "on Wednesday"); Savannah
Broadcasting Corporation (broadcaster; no date anywhere). Legitimate traps: US$486 million vs
TT$3.3 billion vs RD$30.7 billion; components 412 + 74; the 2024 figure US$431 million; 214
lines vs "more than 200" vs "half"/107; 11 a.m. local = 1500 GMT; "yesterday"/"last
Wednesday"; the DR minister's full double surname vs "Rafael Castillo" and full vs short titles;
the 2030 target as a forecast ("roughly double"); "Jan. 1" vs "January 1"; the shipping start
"in January" vs "early next year"; 40% regional-value rule and 18 companies mentioned by one
outlet only; the Baptiste-Ramlal quote in two wordings and the TTMA quote quoted vs paraphrased;
other DR trade figures and market data in sidebars.

rk-AA5 (rocket, CONTROL, planted = [], fetched 2026-07-20). True facts: Boreal Launch Systems'
two-stage Halyard rocket (sixth flight, third dedicated rideshare) lifted off from Space Launch
Complex 20, Cape Canaveral, on Tuesday 7 July 2026 at 9:14 p.m. EDT (01:14 UTC Wednesday 8
July) with nine satellites, including LIGNUM-1, a 3U CubeSat (4.1 kg) built by 23 students at
the University of The Bahamas under Dr. Keturah Rolle-Saunders; deployed at T+58 min (10:12
p.m. EDT / 02:12 UTC); first signal at the Oakes Field ground station at 11:36 p.m. EDT (03:36
UTC, 2 h 22 min after liftoff); orbit 525 km (326 miles) sun-synchronous, 97.5 degrees; 30 m
camera; design life 18 months; cost B$1.4 million (= US$1.4 million at par) from a US$900,000
grant plus B$500,000 from the government. A first attempt on Sunday 5 July (01:14 UTC 6 July)
was scrubbed about 40 minutes before launch for upper-level winds. Outlets: The Nassau Sentinel
(newspaper; visible date Wednesday 8 July only; "last night"); Orbital Ledger (launch
newsletter in UTC; JSON-LD datePublished 2026-07-08T06:05Z); Lucayan Broadcasting Network (live
page in Nassau time; no date anywhere). Legitimate traps: EDT vs UTC with the date rolling over
(7 vs 8 July; the scrub on 5 July local = 6 July UTC); 525 km vs 326 miles; 4.1 kg vs "about
nine pounds"; 58 minutes vs "a little under an hour"; first-signal forecast "around 11:35 p.m."
vs actual 11:36; "a little over two hours" vs 2 h 22 min; 18 months vs "a year and a half";
B$ vs US$ at par and the two funding parts; stage separation "about three minutes" vs 9:17 p.m.;
quote wording variants (Ferguson); "Sunday night" vs 5 July; sidebar flight record.

eq-AA6 (earthquake, 3 PLANTED, fetched 2026-11-25). True facts: a magnitude 6.1 earthquake
(ISU automatic 6.3, revised about 40 minutes later; USGS 6.1) struck on SATURDAY 14 November
2026 at 3:42 a.m. local time (UTC-4; 07:42 UTC), 18 km (11 miles) deep, 24 km (15 miles) NNE of
Puerto Plata, Dominican Republic. Two dead (a 67-year-old woman in Sosua, a 34-year-old man in
Puerto Plata), 37 injured, 311 homes damaged (19 severely); no tsunami threat; largest
aftershock M4.6 at 9:15 a.m. (13:15 UTC); 43 aftershocks in the first 24 hours; schools in the
province closed on Monday 16 November. PLANTED: (1) magnitude - right 6.1, wrong 6.4 in the
Caribbean Newswire Service wire; (2) clock time - right 3:42 a.m. (07:42 UTC), wrong 4:32 a.m.
in the Santo Domingo Chronicle; (3) weekday - right Saturday, wrong Sunday in Quake Desk Weekly
("struck early on Sunday"). Outlets: Caribbean Newswire Service (wire; article:published_time
2026-11-14T19:40Z plus visible GMT stamp; "on Saturday"); Santo Domingo Chronicle (newspaper;
visible date 15 November 2026 only; "yesterday", "tomorrow", "last night"); Quake Desk Weekly
(science newsletter; JSON-LD datePublished 2026-11-16T08:00-04:00; "today" = Monday); Norte TV
News (live page in local time; no date anywhere). Legitimate traps: preliminary 6.3 vs reviewed
6.1 (made clear); local time vs UTC (0742 GMT, 07:42 UTC, 13:15 UTC); km vs miles; partial
counts on the live page (at least 9 injured, then 29, then 37; one dead, then two) and
aftershock counts "more than 30 by Saturday afternoon", 34 at 4:10 p.m., 43 in 24 hours;
injured 37 vs 22 treated at one hospital; "yesterday"/"tomorrow"/"today" resolving from each
page's date; the Lantigua quote in three wordings (quoted twice, paraphrased once); Santo
Domingo about 200 km away; the 1946 historical quake; intensity scale values; sidebar phone
numbers.
"""

import html as _html
import json as _json
import re as _re
from urllib.parse import quote as _quote

# ---------------------------------------------------------------------------
# Page-building helpers (used only at import time; STORIES ends up plain data)
# ---------------------------------------------------------------------------


def _paras(block):
    """Split a prose block into paragraphs (blank-line separated, lines joined)."""
    out = []
    for chunk in block.strip().split("\n\n"):
        text = " ".join(line.strip() for line in chunk.strip().splitlines())
        if text:
            out.append(text)
    return out


def _updates(block):
    """Parse live-page updates written as '[stamp] text' paragraphs."""
    ups = []
    for para in _paras(block):
        stamp, text = para[1:].split("]", 1)
        ups.append((stamp.strip(), text.strip()))
    return ups


def _e(text):
    """Escape text content."""
    return _html.escape(text, quote=False)


def _a(text):
    """Escape an attribute value."""
    return _html.escape(text, quote=True)


def _slug(text):
    return _re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_COOKIE = {
    "wire": (
        "We use cookies and similar technologies to operate this site, to measure audiences "
        "and to show relevant advertising. You can change your choices at any time."
    ),
    "paper": (
        "This website uses cookies to improve your experience and to support our journalism "
        "through advertising. By continuing you agree to our use of cookies."
    ),
    "live": (
        "We and our partners use cookies to keep live coverage running smoothly, to remember "
        "your settings and to personalise ads."
    ),
    "newsletter": (
        "We use a small number of cookies to keep you signed in and to understand which notes "
        "our readers find useful. We do not sell your data."
    ),
    "broadcast": (
        "Our site uses cookies for streaming, analytics and advertising. Manage your "
        "preferences below."
    ),
}

_FOOTER_LINKS = [
    "About us",
    "Contact",
    "Advertise with us",
    "Careers",
    "Privacy policy",
    "Terms of use",
    "Cookie settings",
]


def _share(url, headline):
    q = _quote(url, safe="")
    t = _quote(headline, safe="")
    links = [
        ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + q),
        ("x", "X", "https://x.com/intent/post?url=" + q + "&text=" + t),
        ("whatsapp", "WhatsApp", "https://wa.me/?text=" + t + "%20" + q),
        ("email", "Email", "mailto:?subject=" + t + "&body=" + q),
    ]
    items = "".join(
        f'<li><a class="share-{k}" href="{_a(h)}" rel="noopener" target="_blank">{lab}</a></li>'
        for k, lab, h in links
    )
    return (
        '<div class="share-tools"><span class="share-label">Share this story</span><ul>'
        + items
        + '<li><button type="button" class="copy-link">Copy link</button></li></ul></div>'
    )


def _ad(kind):
    return (
        f'<div class="ad-slot ad-{kind}" data-ad-unit="{kind}">'
        '<span class="ad-label">Advertisement</span></div>'
    )


def _sidebar(box):
    title, rows = box
    parts = [f'<section class="sidebar-box"><h2>{_e(title)}</h2>']
    if rows and isinstance(rows[0], tuple):
        parts.append("<table><tbody>")
        for k, v in rows:
            parts.append(f'<tr><th scope="row">{_e(k)}</th><td>{_e(v)}</td></tr>')
        parts.append("</tbody></table>")
    else:
        parts.append("<ul>")
        for r in rows:
            parts.append(f"<li>{_e(r)}</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def _render(o, a):
    """Build a complete HTML document for outlet ``o`` and article ``a``."""
    style = o["style"]
    dom = o["domain"]
    url = "https://" + dom + a["path"]
    mode = a["date_mode"]
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(a['headline'])} | {_e(o['name'])}</title>",
        f'<meta name="description" content="{_a(a["standfirst"])}">',
        f'<meta property="og:site_name" content="{_a(o["name"])}">',
        f'<meta property="og:title" content="{_a(a["headline"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<link rel="stylesheet" href="https://{dom}/assets/css/{style}.css">',
        f'<link rel="icon" href="https://{dom}/favicon.ico">',
    ]
    if mode == "meta":
        head.append(f'<meta property="article:published_time" content="{a["published"]}">')
        if a.get("modified"):
            head.append(f'<meta property="article:modified_time" content="{a["modified"]}">')
        head.append(f'<meta property="article:section" content="{_a(a["section"])}">')
        head.append(f'<meta name="author" content="{_a(a["byline"])}">')
    elif mode == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if "updates" in a else "NewsArticle",
            "headline": a["headline"],
            "description": a["standfirst"],
            "mainEntityOfPage": url,
            "datePublished": a["published"],
            "author": {"@type": "Person", "name": a["byline"]},
            "publisher": {
                "@type": "Organization",
                "name": o["name"],
                "logo": {"@type": "ImageObject", "url": f"https://{dom}/assets/img/logo.png"},
            },
        }
        if a.get("modified"):
            ld["dateModified"] = a["modified"]
        blob = _json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append('<script type="application/ld+json">' + blob + "</script>")
    head.append(f'<script src="https://{dom}/assets/js/consent.js" defer></script>')
    head.append("</head>")

    nav = "".join(
        f'<li><a href="https://{dom}/{_slug(item)}/">{_e(item)}</a></li>' for item in o["nav"]
    )
    body = [
        f'<body class="layout-{style} section-{_slug(a["section"])}">',
        '<div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Cookies">',
        f'<p>{_e(_COOKIE[style])} <a href="https://{dom}/privacy/">Read our privacy policy</a>.'
        "</p>",
        '<button type="button" class="cookie-accept">Accept all</button>',
        '<button type="button" class="cookie-reject">Reject non-essential</button>',
        '<button type="button" class="cookie-manage">Manage preferences</button>',
        "</div>",
        '<header class="site-header">',
        f'<a class="brand" href="https://{dom}/">{_e(o["name"])}</a>',
        f'<p class="tagline">{_e(o["tagline"])}</p>',
        f'<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>',
        '<form class="site-search" role="search" action="/search">'
        '<input type="search" name="q" placeholder="Search"><button>Go</button></form>',
        f'<a class="btn-subscribe" href="https://{dom}/subscribe/">{_e(o["cta"])}</a>',
        "</header>",
        _ad("leaderboard"),
        '<main class="page">',
        '<article class="story">',
        '<header class="story-head">',
        f'<p class="kicker"><a href="https://{dom}/{_slug(a["section"])}/">'
        f"{_e(a['section'])}</a></p>",
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["standfirst"])}</p>',
        f'<p class="byline">By <span class="author">{_e(a["byline"])}</span></p>',
    ]
    if a.get("visible"):
        body.append(f'<p class="pubdate">{_e(a["visible"])}</p>')
    body.append("</header>")
    body.append(_share(url, a["headline"]))
    if "updates" in a:
        body.append('<p class="live-badge"><span class="dot"></span>LIVE</p>')
        if a.get("intro"):
            body.append(f'<p class="live-intro">{_e(a["intro"])}</p>')
        body.append('<section class="live-feed" aria-live="polite">')
        ups = list(enumerate(a["updates"]))
        for n, (i, (stamp, text)) in enumerate(reversed(ups)):
            body.append(
                f'<article class="live-entry" id="entry-{i + 1}">'
                f'<p class="live-time">{_e(stamp)}</p>'
                f'<div class="live-text"><p>{_e(text)}</p></div></article>'
            )
            if n in (3, 8):
                body.append(_ad("in-feed"))
        body.append("</section>")
    else:
        body.append('<div class="story-body">')
        for i, p in enumerate(a["paras"]):
            body.append(f"<p>{_e(p)}</p>")
            if i in (2, 7):
                body.append(_ad("in-article"))
        body.append("</div>")
    tags = "".join(
        f'<li><a href="https://{dom}/topic/{_slug(t)}/">{_e(t)}</a></li>' for t in a["tags"]
    )
    body.append(f'<footer class="story-foot"><ul class="tags">{tags}</ul>')
    body.append(_share(url, a["headline"]))
    body.append("</footer>")
    body.append("</article>")
    body.append('<aside class="sidebar">')
    body.append(_sidebar(a["sidebar"]))
    body.append(_ad("mpu"))
    if style == "newsletter":
        body.append(
            '<section class="signup"><h2>Get every note by email</h2>'
            '<form action="/signup"><input type="email" name="email" placeholder="Your email">'
            "<button>Sign up</button></form></section>"
        )
    elif style in ("live", "broadcast"):
        body.append(
            f'<section class="on-air"><h2>On air now</h2><p><a href="https://{dom}/listen/">'
            'Listen live</a> | <a href="https://' + dom + '/watch/">Watch live</a></p></section>'
        )
    body.append("</aside>")
    body.append("</main>")
    rel = "".join(
        f'<li><a href="https://{dom}/{_slug(a["section"])}/{_slug(t)}">{_e(t)}</a></li>'
        for t in a["related"]
    )
    body.append(f'<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>')
    foot = "".join(
        f'<li><a href="https://{dom}/{_slug(x)}/">{_e(x)}</a></li>' for x in _FOOTER_LINKS
    )
    year = "2026 " if mode != "none" else ""
    body.append(
        f'<footer class="site-footer"><nav aria-label="Footer"><ul>{foot}</ul></nav>'
        f"<p>&copy; {year}{_e(o['name'])}. All rights reserved. {_e(o['legal'])}</p></footer>"
    )
    body.append(f'<script src="https://{dom}/assets/js/app.js" defer></script>')
    body.append("</body>")
    body.append("</html>")
    return "\n".join(head + body) + "\n"


def _article(outlet, **a):
    if "body" in a:
        a["paras"] = _paras(a.pop("body"))
    if "live" in a:
        a["updates"] = _updates(a.pop("live"))
    o = _OUTLETS[outlet]
    return {"url": "https://" + o["domain"] + a["path"], "html": _render(o, a)}


_OUTLETS = {
    "cns": {
        "name": "Caribbean Newswire Service",
        "domain": "www.cnswire.example",
        "style": "wire",
        "tagline": "Regional news, first",
        "nav": ["Caribbean", "World", "Business", "Markets", "Politics", "Sport", "Pictures"],
        "cta": "Client login",
        "legal": "CNS content may not be republished without a licence.",
    },
    "ledger": {
        "name": "The Kingston Ledger",
        "domain": "kingstonledger.example",
        "style": "paper",
        "tagline": "Jamaica's business daily",
        "nav": ["News", "Business", "Sport", "Entertainment", "Opinion", "Letters", "E-paper"],
        "cta": "Subscribe",
        "legal": "Published in Kingston, Jamaica.",
    },
    "ibr": {
        "name": "Island Business Radio",
        "domain": "ibr.example",
        "style": "live",
        "tagline": "Business news on air and online",
        "nav": ["Live", "Listen", "Markets", "Business Hour", "Podcasts", "Schedule"],
        "cta": "Listen live",
        "legal": "Broadcasting from Kingston.",
    },
    "crm": {
        "name": "Carib Rates Monitor",
        "domain": "ratesmonitor.example",
        "style": "newsletter",
        "tagline": "Central banks, rates and currencies of the Caribbean",
        "nav": ["Notes", "Data", "Calendar", "Archive", "About"],
        "cta": "Subscribe",
        "legal": "Nothing in this note is investment advice.",
    },
    "antilles": {
        "name": "Antilles Wire",
        "domain": "www.antilleswire.example",
        "style": "wire",
        "tagline": "The Caribbean, as it happens",
        "nav": ["Top news", "Caribbean", "Americas", "Business", "Energy", "Politics", "Sport"],
        "cta": "For media clients",
        "legal": "Antilles Wire stories are supplied to subscribing media.",
    },
    "courier": {
        "name": "Bajan Daily Courier",
        "domain": "bajancourier.example",
        "style": "paper",
        "tagline": "Barbados' people's paper",
        "nav": ["Local", "Politics", "Business", "Sport", "Lifestyle", "Opinion", "Obituaries"],
        "cta": "Get the e-edition",
        "legal": "Printed and published in Bridgetown.",
    },
    "coral": {
        "name": "Coral FM 98.1",
        "domain": "coralfm.example",
        "style": "live",
        "tagline": "News, talk and music for Barbados",
        "nav": ["News", "Live", "Shows", "Podcasts", "Contests", "Listen"],
        "cta": "Listen live",
        "legal": "Coral FM is a licensed broadcaster.",
    },
    "digest": {
        "name": "Caribbean Politics Digest",
        "domain": "politicsdigest.example",
        "style": "newsletter",
        "tagline": "Elections, parliaments and power across the region",
        "nav": ["Analysis", "Elections", "Data", "Podcast", "About"],
        "cta": "Subscribe",
        "legal": "Independent and reader-funded.",
    },
    "herald": {
        "name": "The Westside Herald",
        "domain": "westsideherald.example",
        "style": "paper",
        "tagline": "News from the west coast and beyond",
        "nav": ["News", "Courts", "Business", "Sport", "Community", "Opinion", "Classifieds"],
        "cta": "Subscribe",
        "legal": "Published in Holetown, Barbados.",
    },
    "gcb": {
        "name": "Gulf Coast Broadcasting News",
        "domain": "gcbnews.example",
        "style": "broadcast",
        "tagline": "Trinidad and Tobago's news channel",
        "nav": ["Local", "Regional", "Business", "Sport", "Video", "Watch live"],
        "cta": "Watch live",
        "legal": "Gulf Coast Broadcasting, San Fernando.",
    },
    "clb": {
        "name": "Caribbean Law Brief",
        "domain": "clbrief.example",
        "style": "newsletter",
        "tagline": "Case notes for Caribbean practitioners",
        "nav": ["Case notes", "Legislation", "Courts", "Practice", "Archive"],
        "cta": "Subscribe",
        "legal": "Case notes are not legal advice.",
    },
    "merc": {
        "name": "The Port of Spain Mercantile",
        "domain": "posmercantile.example",
        "style": "paper",
        "tagline": "Business news for Trinidad and Tobago",
        "nav": ["Business", "Trade", "Energy", "Markets", "Companies", "Opinion", "E-paper"],
        "cta": "Subscribe",
        "legal": "Published in Port of Spain.",
    },
    "hbr": {
        "name": "Hispaniola Business Report",
        "domain": "hbreport.example",
        "style": "newsletter",
        "tagline": "Weekly intelligence on the Dominican economy, in English",
        "nav": ["Weekly", "Trade", "Free zones", "Tourism", "Data", "About"],
        "cta": "Start a trial",
        "legal": "Santo Domingo. For subscribers only; do not forward.",
    },
    "sbc": {
        "name": "Savannah Broadcasting Corporation",
        "domain": "sbcnews.example",
        "style": "broadcast",
        "tagline": "SBC News: Trinidad and Tobago first",
        "nav": ["News", "Business", "Sport", "Entertainment", "Video", "Radio"],
        "cta": "Watch SBC live",
        "legal": "SBC, Port of Spain.",
    },
    "sentinel": {
        "name": "The Nassau Sentinel",
        "domain": "nassausentinel.example",
        "style": "paper",
        "tagline": "The Bahamas' morning paper",
        "nav": ["Local", "Business", "Family Islands", "Sport", "Opinion", "Weather"],
        "cta": "Subscribe",
        "legal": "Printed in Nassau, New Providence.",
    },
    "orbital": {
        "name": "Orbital Ledger",
        "domain": "orbitalledger.example",
        "style": "newsletter",
        "tagline": "Launch reports and small-satellite news",
        "nav": ["Launch reports", "Smallsats", "Industry", "Schedule", "Archive"],
        "cta": "Subscribe",
        "legal": "Independent launch coverage.",
    },
    "lbn": {
        "name": "Lucayan Broadcasting Network",
        "domain": "lbn.example",
        "style": "live",
        "tagline": "LBN News, Nassau",
        "nav": ["News", "Live", "Radio", "TV", "Sport", "Weather"],
        "cta": "Watch LBN",
        "legal": "Lucayan Broadcasting Network, Nassau.",
    },
    "sdc": {
        "name": "Santo Domingo Chronicle",
        "domain": "sdchronicle.example",
        "style": "paper",
        "tagline": "The Dominican Republic's English-language daily",
        "nav": ["National", "Business", "Tourism", "Culture", "Sport", "Opinion"],
        "cta": "Subscribe",
        "legal": "Santo Domingo, Dominican Republic.",
    },
    "qdesk": {
        "name": "Quake Desk Weekly",
        "domain": "quakedesk.example",
        "style": "newsletter",
        "tagline": "Earthquake science, explained each week",
        "nav": ["Reports", "Explainers", "Data", "Archive", "About"],
        "cta": "Subscribe",
        "legal": "Quake Desk is reader-supported.",
    },
    "norte": {
        "name": "Norte TV News",
        "domain": "nortetv.example",
        "style": "live",
        "tagline": "News from the north coast, in English and Spanish",
        "nav": ["Live", "News", "Puerto Plata", "Santiago", "Sport", "Video"],
        "cta": "Watch live",
        "legal": "Norte TV, Puerto Plata.",
    },
}


# ---------------------------------------------------------------------------
# cb-AA1 — Bank of Jamaica rate cut (CONTROL)
# ---------------------------------------------------------------------------

_CB_RATES = (
    "Regional policy rates",
    [
        ("Jamaica (BOJ policy rate)", "5.50%"),
        ("Trinidad and Tobago (repo rate)", "3.50%"),
        ("Barbados (policy rate)", "2.00%"),
        ("The Bahamas (discount rate)", "4.00%"),
        ("Dominican Republic (policy rate)", "5.00%"),
    ],
)

_CB_WIRE = """
KINGSTON, Aug 20 (CNS) - The Bank of Jamaica cut its policy interest rate by 25 basis points to
5.50% on Thursday, its second reduction this year, saying inflation had settled inside its
target range and the economy could absorb a little more support.

The decision by the central bank's Monetary Policy Committee, announced at 1:00 p.m. local time
(1800 GMT), was unanimous among the committee's six members. The rate had stood at 5.75% since
May, when the bank made its first cut of the year, from 6.00%.

Annual inflation slowed to 4.3% in July from 4.9% in June, according to figures released by the
Statistical Institute of Jamaica on Aug. 14. It was the fourth consecutive month in which
inflation sat inside the central bank's target range of 4% to 6%.

"Inflation has now been inside our target range for four consecutive months, and we judge that
there is room to give the economy a little more support without putting that at risk," Governor
Camille Ashworth-Reid said in the committee's statement.

At a news conference at the bank's headquarters in downtown Kingston two hours later,
Ashworth-Reid cautioned against reading the move as the first of a string of reductions. "This
is not the start of an automatic series of cuts. Every decision will depend on the data in front
of us," she said.

The bank said it expected inflation to stay within the target range over the next eight
quarters, but it flagged risks from international grain and fuel prices and from the peak weeks
of the Atlantic hurricane season, which in past years has pushed up food prices after storms
damaged crops.

Many private-sector economists had expected the committee to wait for another month of price
data before moving again. Damion Chung, head of research at Harbourview Securities in Kingston,
said the July figure had tipped the balance. "The bank has been telling us for months that it
wanted to see inflation settle before it moved again. July gave it that comfort," he said.

The central bank said net international reserves stood at US$6.41 billion at the end of July,
equal to about 27 weeks of imports of goods and services, a level it described as comfortably
above international adequacy benchmarks.

The Jamaican dollar was little changed after the announcement at around J$158.20 per U.S. dollar.

The Planning Institute of Jamaica has estimated, on a preliminary basis, that the economy grew
1.9% in the April-June quarter from a year earlier. The central bank projects growth of between
1.5% and 2.5% for the fiscal year ending in March 2027.

Commercial banks typically take several weeks to pass changes in the policy rate through to
lending rates, and none had announced changes by Thursday afternoon.

The committee's next policy announcement is scheduled for Sept. 30.

Elsewhere in the region, the Central Bank of Trinidad and Tobago has held its repo rate at
3.50%, while the Central Bank of Barbados has kept its policy rate at 2.00%.

(Reporting by Andre Lindo; Editing by Margaret Osei-Hall)
"""

_CB_LEDGER = """
THE Bank of Jamaica (BOJ) yesterday lowered its policy rate by a quarter of a percentage point
to 5.5 per cent, its second cut this year following a reduction in May, pointing to four
straight months of inflation inside its target range.

Governor Dr Camille Yvonne Ashworth-Reid told journalists at the central bank's Nethersole Place
headquarters in downtown Kingston that the six-member Monetary Policy Committee (MPC) had been
unanimous. "There was no dissent. All six members were of one mind on this," she said.

The cut takes the rate down from 5.75 per cent, where it had been since the May meeting, when
the MPC made its first move of the year, lowering the rate from 6.0 per cent.

Inflation, as measured by the Statistical Institute of Jamaica (STATIN), was 4.3 per cent in the
12 months to July, down from 4.9 per cent in June. The BOJ's target is inflation of between four
and six per cent.

"Inflation has been inside our target range for four consecutive months, and we judge there is
room to give the economy a little more support without putting that at risk," Dr Ashworth-Reid
said, reading from the MPC statement, which was published at 1 p.m.

Pressed on whether another cut would follow at the next announcement, due on Wednesday,
September 30, the governor declined to commit. "This is not the start of an automatic series of
cuts. Every decision will depend on the data in front of us," she said.

Deputy Governor Nigel O. Brissett said the bank's inflation projections assumed international
oil prices averaging about US$72 a barrel over the coming year, and warned that a disruptive
hurricane could push up food prices quickly.

The BOJ reported net international reserves of US$6.41 billion at the end of July, enough to
cover about 27 weeks of imports. At Wednesday's weighted average selling rate of J$158.20 to the
US dollar, that is just over J$1 trillion.

Business groups welcomed the move. Sasha-Kay Morrison, an economist at the Private Sector
Organisation of Jamaica (PSOJ), said lower rates would take time to reach borrowers. "Businesses
have been waiting for this, but nobody should expect loan rates to fall next week. The
pass-through is slow," she said.

None of the major commercial banks had announced changes to their lending rates up to last evening.

Growth indicators have been steady. The Planning Institute of Jamaica's preliminary estimate
puts growth in the April-to-June quarter at 1.9 per cent, and the BOJ is projecting growth of
1.5 to 2.5 per cent for the 2026/27 fiscal year.

The MPC said it would continue to monitor global commodity prices and the hurricane season, and
stood ready to adjust policy if inflation threatened to move outside the target range.
"""

_CB_LIVE = """
[12:40 p.m.] Good afternoon and welcome to IBR's live coverage of the Bank of Jamaica's monetary
policy announcement. The Monetary Policy Committee is due to publish its decision at 1 p.m. The
policy rate currently stands at 5.75%. Most of the analysts we have spoken to this week expect
the committee to leave it there, although a vocal minority think July's softer inflation reading
has opened the door to a cut.

[12:52 p.m.] A reminder of the backdrop. STATIN reported last Friday that annual inflation
slowed to 4.3% in July from 4.9% in June, a fourth straight month inside the BOJ's target range
of 4% to 6%. The central bank last moved in May, when it trimmed the rate from 6.00% to 5.75%.

[1:01 p.m.] BREAKING: The Bank of Jamaica has cut its policy rate by 25 basis points to 5.50%.

[1:06 p.m.] The statement says the decision was unanimous among the six members of the
committee. Governor Camille Ashworth-Reid is quoted in it: "Inflation has now been inside our
target range for four consecutive months, and we judge that there is room to give the economy a
little more support without putting that at risk."

[1:14 p.m.] More from the statement: the BOJ expects inflation to remain within the target range
over the next eight quarters. The risks it lists are international grain and fuel prices and the
hurricane season, which has historically pushed up food prices after storms.

[1:27 p.m.] First reaction. Damion Chung, head of research at Harbourview Securities, tells IBR
the July print gave the bank the comfort it had been waiting for. "They wanted to see inflation
settle. July gave them that," he said. He expects the committee to pause at its next meeting.

[1:45 p.m.] What does it mean for borrowers? Not much, immediately. Commercial banks usually
take weeks or months to adjust loan rates after a policy move, and none has announced a change
so far this afternoon.

[2:15 p.m.] The Private Sector Organisation of Jamaica has welcomed the cut. Economist Sasha-Kay
Morrison told us businesses had been waiting for lower rates but warned that the pass-through to
loan rates would be slow.

[2:40 p.m.] Markets: the Jamaican dollar is little changed this afternoon at around J$158.20 to
the US dollar.

[3:02 p.m.] The governor's news conference has begun at the BOJ's Nethersole Place headquarters
in downtown Kingston. Deputy Governor Nigel Brissett is alongside her.

[3:11 p.m.] Ashworth-Reid is asked whether this is the beginning of an easing cycle. Her answer:
"This is not the start of an automatic series of cuts. Every decision will depend on the data in
front of us."

[3:19 p.m.] On reserves: net international reserves were US$6.41 billion at the end of July,
equivalent to about 27 weeks of imports of goods and services, the governor says.

[3:24 p.m.] Brissett says the bank's inflation projections assume oil prices averaging around
US$72 a barrel over the coming year. A damaging hurricane, he adds, is the risk the committee
watches most closely at this time of year.

[3:30 p.m.] On growth: the governor cites the Planning Institute of Jamaica's preliminary
estimate of 1.9% growth in the April-June quarter and repeats the BOJ's projection of 1.5% to
2.5% for the 2026/27 fiscal year.

[3:36 p.m.] That's where we'll leave our live coverage. To recap: the policy rate is now 5.50%,
down from 5.75%; the vote was unanimous; and the next announcement is due on Wednesday, 30
September. Full analysis on IBR's Business Hour at 6 p.m.
"""

_CB_NOTE = """
The Bank of Jamaica's Monetary Policy Committee delivered a quarter-point cut in August, taking
the policy rate to 5.50% from 5.75%. It was the committee's second reduction of the year, after
May's move down from 6.00%, and it was agreed by all six members.

The decision surprised the majority of forecasters. In our pre-meeting survey, seven of the 11
economists who responded expected a hold and four expected a cut of 25 basis points. Nobody
expected a larger move.

What changed? The July consumer price index. Annual inflation eased to 4.3%, from 4.9% in June,
the fourth consecutive reading inside the bank's 4-6% target band. Our own forecast had
pencilled in 4.6% for July; the actual print came in lower, largely because agricultural prices
fell sharply as supplies recovered.

Governor Camille Ashworth-Reid framed the move as a measured response to that improvement,
saying the committee saw room to give the economy some more support without endangering the
inflation target. She was equally clear that markets should not assume further cuts are
pre-programmed: every decision, she said, will depend on the data.

Real rates. With the policy rate at 5.50% and July inflation at 4.3%, the ex-post real policy
rate is 1.2 percentage points. That is still positive, which helps explain why the committee
felt it could move without undermining the credibility it has built up over the past several
years.

Reserves remain a source of comfort. Net international reserves were US$6.41 billion at the end
of July, about 27 weeks of import cover, which gives the bank room to lean against any sharp
move in the exchange rate.

Growth is modest rather than weak. The Planning Institute of Jamaica's preliminary estimate
shows the economy expanding 1.9% year on year in the April-June quarter, and the central bank's
projection for the fiscal year that ends next March is 1.5% to 2.5%. Preliminary quarterly
estimates are routinely revised, so we would not read too much into the decimal point.

What next? The next announcement is due at the end of September. Our base case is a hold then,
followed by one further quarter-point cut before the end of the fiscal year, which would take
the rate to 5.25%. The main risk to that view is a damaging hurricane, which would push food
prices up quickly and probably keep the committee on the sidelines.

Regional context. Jamaica now sits in the middle of the regional pack: Trinidad and Tobago's
repo rate is 3.50%, the Central Bank of Barbados's policy rate is 2.00%, the Central Bank of The
Bahamas's discount rate is 4.00% and the Dominican Republic's policy rate is 5.00%. Only Jamaica
has cut twice this year.

For borrowers, the effect will be gradual. Commercial bank lending rates tend to follow the
policy rate with a lag of several months, and banks have been slow to pass on the May cut.
Savers are likely to see deposit rates drift lower before borrowers see much relief.
"""

_CB = {
    "id": "cb-AA1",
    "part": "AA",
    "domain": "central bank",
    "fetched": "2026-08-29",
    "articles": [
        _article(
            "cns",
            path="/business/2026/08/20/jamaica-central-bank-cuts-policy-rate-to-5-50",
            section="Business",
            headline="Bank of Jamaica trims policy rate to 5.50% as inflation settles",
            standfirst=(
                "Second quarter-point cut of the year; governor says further moves will "
                "depend on the data"
            ),
            byline="Andre Lindo",
            date_mode="meta",
            published="2026-08-20T21:05:00+00:00",
            visible="20 Aug 2026, 21:05 GMT",
            body=_CB_WIRE,
            tags=["Jamaica", "Central banks", "Interest rates", "Inflation"],
            sidebar=_CB_RATES,
            related=[
                "Jamaica's annual inflation eases as produce prices fall",
                "Trinidad and Tobago central bank keeps repo rate on hold",
                "Caribbean currencies steady against the U.S. dollar",
                "Jamaica bond yields edge lower ahead of rate decision",
            ],
        ),
        _article(
            "ledger",
            path="/business/boj-cuts-rate-again-to-5-5-per-cent",
            section="Business",
            headline="BOJ cuts rate again, to 5.5 per cent",
            standfirst=(
                "Governor says there is no 'automatic series' of cuts as inflation stays "
                "inside target"
            ),
            byline="Tanisha Rowe-Palmer, Senior Business Reporter",
            date_mode="visible",
            visible="Friday, August 21, 2026",
            body=_CB_LEDGER,
            tags=["BOJ", "Monetary policy", "Economy"],
            sidebar=(
                "Market snapshot",
                [
                    ("BOJ policy rate", "5.5%"),
                    ("Inflation, 12 months to July", "4.3%"),
                    ("Net international reserves, end-July", "US$6.41b"),
                    ("J$ per US$ (Wednesday WASR)", "158.20"),
                ],
            ),
            related=[
                "Editorial: A cautious cut, and the right one",
                "PSOJ urges banks to pass on lower rates",
                "Hurricane season: farmers brace for the peak weeks",
                "Stock market: JSE main index edges up",
            ],
        ),
        _article(
            "ibr",
            path="/live/bank-of-jamaica-rate-decision",
            section="Markets",
            headline="LIVE: Bank of Jamaica policy rate decision",
            standfirst=(
                "Follow our live coverage of the central bank's announcement and the "
                "governor's news conference. All times are Kingston time."
            ),
            byline="IBR Business Desk",
            date_mode="jsonld",
            published="2026-08-20T12:40:00-05:00",
            modified="2026-08-20T15:36:00-05:00",
            intro="Latest updates appear at the top.",
            live=_CB_LIVE,
            tags=["Live", "Bank of Jamaica", "Rates"],
            sidebar=_CB_RATES,
            related=[
                "Business Hour podcast: what a rate cut means for your loan",
                "Explainer: how the BOJ's Monetary Policy Committee works",
                "Markets wrap: Jamaican dollar steady",
            ],
        ),
        _article(
            "crm",
            path="/notes/boj-second-quarter-point-cut",
            section="Notes",
            headline="BOJ's second quarter-point cut: what the August decision tells us",
            standfirst=(
                "A unanimous vote, a cautious governor and a real policy rate that is still "
                "positive."
            ),
            byline="Priya Maharaj-Sutherland, Senior Analyst",
            date_mode="none",
            body=_CB_NOTE,
            tags=["Jamaica", "BOJ", "Policy rates"],
            sidebar=(
                "Our pre-meeting survey",
                [
                    ("Expected a hold", "7"),
                    ("Expected a 25 bp cut", "4"),
                    ("Responses", "11"),
                    ("Outcome", "25 bp cut to 5.50%"),
                ],
            ),
            related=[
                "Trinidad and Tobago: why the repo rate is stuck",
                "Barbados: a policy rate that has not moved",
                "The Bahamas: reserves and the peg",
                "Dominican Republic: easing with care",
            ],
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AA2 — Barbados by-election, St. Andrew North (3 planted)
# ---------------------------------------------------------------------------

_EL_WIRE = """
BRIDGETOWN, April 22 (Antilles Wire) - Barbados' governing Barbados Labour Party (BLP) held the
rural St. Andrew North seat in a by-election on Wednesday, with attorney Sherelle Maynard-Forde
defeating the candidate of the opposition Democratic Labour Party (DLP) by 1,278 votes.

Returning officer Marlon Greaves declared the result at 11:48 p.m. at the counting centre at
Alleyne School in Belleplaine, almost six hours after polls closed at 6 p.m. (2200 GMT).

Maynard-Forde received 2,671 votes, or 62.2% of valid ballots, against 1,393 (32.4%) for the
DLP's Roderick Bascombe, a secondary school teacher. Independent candidate Veronica Layne, a
community health worker, took 231 votes (5.4%).

Turnout was 54.2%, according to figures released at the count. About 8,200 people are registered
to vote in the constituency, a largely agricultural district on the island's rugged east coast.

The seat fell vacant in February when Desmond Alleyne-Boyce, who had represented the
constituency for the BLP since 2018, resigned to take up a post with a regional development
agency. In the 2022 general election he won 68.9% of the vote in the constituency, with Bascombe
taking 26.5%.

Water supply interruptions, the condition of rural roads and the lack of a polyclinic in the
north of the island dominated a short campaign.

"Tonight St. Andrew North chose roads, water and jobs over noise," Maynard-Forde told supporters
outside the counting centre. "I will be in every village in this constituency, not just at
election time."

Bascombe conceded before the formal declaration. "The people have spoken and I respect that. But
we more than held our ground, and we will be back," he said.

The result does not change the balance of power in the 30-seat House of Assembly, where the BLP
holds an overwhelming majority, but the contest was watched as a test of the opposition's
recovery since its heavy defeat in 2022.

Political scientist Corey Harewood-Jordan of the University of the West Indies' Cave Hill campus
said the swing to the opposition was notable but typical of by-elections. "Governing parties
usually bleed a few points in by-elections. The DLP will take heart from this, but a 1,278-vote
margin is still a very comfortable win," he said.

Voters queued at some polling stations in the early morning, and officials said voting proceeded
without serious incident. The BLP chose Maynard-Forde, a former branch officer of the party in
the constituency, after a contested internal selection in March.

Maynard-Forde, 44, is expected to be sworn in at the next sitting of the House of Assembly.

(Reporting by Kerri-Ann Thornhill; Editing by Desmond Parris)
"""

_EL_COURIER = """
ATTORNEY-AT-LAW Sherelle A. Maynard-Forde is the new Member of Parliament for St. Andrew North
after winning yesterday's by-election for the Barbados Labour Party (BLP) by a margin of 1,728
votes.

Returning officer Marlon Greaves announced the final count just before midnight at Alleyne
School, Belleplaine, where supporters of both main parties had gathered from early evening.
Maynard-Forde polled 2,671 votes to 1,393 for the Democratic Labour Party's (DLP) Roderick
Bascombe. Independent candidate Veronica Layne received 231.

Of the 8,236 electors on the register, 4,316 cast ballots, a turnout of 52.4 per cent.
Twenty-one ballots were rejected, leaving 4,295 valid votes.

Turnout was well up on the 41.8 per cent recorded in the constituency at the 2022 general
election, while the BLP's share of the vote slipped to 62.2 per cent from 68.9 per cent in that
poll.

"Tonight St. Andrew North chose roads, water and jobs over noise. I will be in every village,
not just at election time," a visibly emotional Maynard-Forde told the crowd, flanked by her
husband and two daughters.

The 44-year-old, who practises law in Speightstown, thanked the outgoing MP, Desmond
Alleyne-Boyce, whose resignation in February to join a regional development agency triggered the
by-election. Alleyne-Boyce, who campaigned alongside her in the final week, said he was leaving
the constituency "in safe hands".

Bascombe, 51, who also contested the seat in 2022, said the DLP had reason to be encouraged.
"The people have spoken and I respect that. But we more than held our ground, and we will be
back," he said. The DLP's share of the vote rose to 32.4 per cent from 26.5 per cent four years
ago.

Layne, who ran on a platform of better primary health care in the northern parishes, said she
would keep campaigning. "Five per cent of the people here voted for a clinic, not for a party.
That matters," she said.

Party volunteers ferried elderly voters to the polls throughout the day, and lines formed at
several stations in the early evening before the close.

Polling was orderly. Greaves said all 14 polling stations opened on time at 6 a.m. and closed at
6 p.m., and that no serious incidents had been reported.

BLP general secretary Hallam Estwick described the result as a clear endorsement of the
Government's infrastructure programme in the rural north. DLP spokesman Omari Ince said the
party would study the results station by station and "build from here".

Maynard-Forde is expected to take her seat in the House of Assembly when it next sits on Tuesday.
"""

_EL_LIVE = """
[6:02 p.m.] Polls have now closed in St. Andrew North. The 14 polling stations opened at 6
o'clock this morning and voting was steady through the day, according to our reporters on the
ground. Ballot boxes are being taken under police escort to the counting centre at Alleyne
School in Belleplaine.

[6:20 p.m.] A reminder: three candidates are on the ballot. Attorney Sherelle Maynard-Forde is
defending the seat for the governing Barbados Labour Party, secondary school teacher Roderick
Bascombe is running for the Democratic Labour Party, and community health worker Veronica Layne
is standing as an independent. Earlier today, officials estimated turnout at about 36 per cent
at 2 p.m.

[7:05 p.m.] Our reporters say the mood in the constituency today was relaxed, with party vans
ferrying elderly voters to polling stations from early morning and short queues at most stations
in the last hour before the close.

[7:41 p.m.] Counting is under way. Agents for all three candidates are inside the hall, and
supporters of both main parties have gathered behind the barriers outside. Police say the
atmosphere is good-natured.

[8:32 p.m.] FIRST FIGURES: With 3 of the 14 polling stations counted, Maynard-Forde has 598
votes, Bascombe 311 and Layne 52. Early days.

[9:10 p.m.] Bascombe's campaign manager tells Coral FM the DLP is doing better than in 2022 in
the villages around Belleplaine. The BLP camp says its hillside strongholds have not yet
reported.

[9:46 p.m.] UPDATE: 9 of 14 stations counted. Maynard-Forde 1,702, Bascombe 911, Layne 148.
Cheers from the BLP side of the barrier.

[10:55 p.m.] ALL 14 STATIONS COUNTED. Provisional figures, still subject to final verification
by the count officials: Maynard-Forde 2,671, Bascombe 1,393, Layne 231.

[11:20 p.m.] Roderick Bascombe has conceded. Speaking to Coral FM outside the hall, he said:
"The people have spoken and I respect that. But we more than held our ground, and we'll be
back."

[11:48 p.m.] IT'S OFFICIAL. Chief electoral officer Marlon Greaves has declared Sherelle
Maynard-Forde duly elected as Member of Parliament for St. Andrew North. The final figures are
unchanged from the provisional count: Maynard-Forde 2,671 (62.2%), Bascombe 1,393 (32.4%), Layne
231 (5.4%). The margin is 1,278 votes. Turnout was 52.4%, with 4,316 ballots cast and 21
rejected.

[11:55 p.m.] Maynard-Forde, speaking to a packed crowd: "Tonight St. Andrew North chose roads,
water and jobs over noise. I will be in every village in this constituency, not just at election
time."

[12:04 a.m.] Veronica Layne says her result shows that health care matters to voters in the
north. "Five per cent of the people here voted for a clinic, not for a party," she told us.

[12:10 a.m.] That's all from Belleplaine tonight. The new MP will be sworn in at the next
sitting of the House of Assembly. Full reaction on Morning Tide from 6 a.m.
"""

_EL_DIGEST = """
Sherelle Maynard-Forde was sworn in as Member of Parliament for St. Andrew North yesterday,
taking the oath at the first sitting of the House of Assembly since last Wednesday's
by-election. Her margin of 1,278 votes over the Democratic Labour Party's Roderick Bascombe was
never really in doubt once the first polling stations reported, but the detail of the count is
more interesting than the headline.

The numbers. Maynard-Forde (Barbados Labour Party) 2,671 votes, 62.2%; Bascombe (DLP) 1,393,
32.4%; Veronica Layne (independent) 231, 5.4%. Valid votes: 4,295. Rejected ballots: 21. Ballots
cast: 4,316 of 8,236 registered electors, a turnout of 52.4%.

Turnout. By-elections in Barbados are often sleepy affairs. This one was not. Turnout was more
than ten points higher than the 41.8% recorded in the constituency at the 2022 general election,
a poll held in January of that year with COVID-19 restrictions still in place. Both parties ran
energetic ground campaigns, and the independent candidacy gave voters unhappy with both a reason
to turn out.

The swing. The BLP's share fell 6.7 points, from 68.9% in 2022 to 62.2%; the DLP's rose 5.9
points, from 26.5% to 32.4%. On the conventional two-party measure that is a swing of about 6.3
points to the opposition. Governing parties usually bleed support in by-elections, and this
swing, while real, is well short of what the DLP would need to threaten the seat at a general
election.

Geography. The station-by-station returns released by returning officer Marlon Greaves show the
DLP winning two of the 14 polling stations, both in villages close to Belleplaine, where
complaints about water outages were loudest during the campaign. The BLP's strongest results
came in the hillside districts, where Maynard-Forde's promise of road repairs appears to have
landed.

The independent. Layne's 5.4% is small but not trivial. She campaigned almost entirely on the
lack of a polyclinic in the northern parishes, and her vote was highest at the stations furthest
from existing health centres. Neither main party can ignore that.

The analyst's view. "The DLP will take heart from this, but 1,278 votes is still a lot of ground
to make up," Dr. Corey Harewood-Jordan, a political scientist at the University of the West
Indies' Cave Hill campus, told the Digest. "The bigger story is turnout. People came out for a
by-election, and that tells you the local issues are biting."

What it means. The government's majority in the 30-seat House is unaffected. For the BLP,
holding the seat comfortably is what matters; for the DLP, the result is a modest but measurable
recovery from 2022. In her first remarks after taking the oath, Maynard-Forde promised to open a
constituency office in Belleplaine within a month and to publish a schedule of road repairs for
the northern districts.
"""

_EL = {
    "id": "el-AA2",
    "part": "AA",
    "domain": "election",
    "fetched": "2026-05-06",
    "articles": [
        _article(
            "antilles",
            path="/news/2026/04/22/barbados-by-election-blp-holds-st-andrew-north",
            section="Politics",
            headline="Barbados ruling party holds St. Andrew North in by-election",
            standfirst=(
                "BLP candidate Sherelle Maynard-Forde wins comfortably; opposition DLP gains ground"
            ),
            byline="Kerri-Ann Thornhill",
            date_mode="meta",
            published="2026-04-23T03:58:00+00:00",
            visible="Updated 11:58 p.m. AST, 22 April 2026",
            body=_EL_WIRE,
            tags=["Barbados", "Elections", "Caribbean politics"],
            sidebar=(
                "More from the Caribbean",
                [
                    "Guyana opens bids for new coastal highway section",
                    "Saint Lucia tourism arrivals climb",
                    "Trinidad and Tobago parliament debates procurement changes",
                    "Jamaica police launch anti-extortion unit",
                ],
            ),
            related=[
                "Barbados by-election campaign ends with rival rallies",
                "Factbox: Barbados' political parties",
                "Barbados MP quits seat for regional post",
            ],
        ),
        _article(
            "courier",
            path="/news/politics/maynard-forde-wins-st-andrew-north",
            section="Politics",
            headline="Maynard-Forde wins St. Andrew North",
            standfirst="BLP keeps seat but DLP narrows the gap in yesterday's by-election",
            byline="Ricardo Boyce-Holder, Political Reporter",
            date_mode="visible",
            visible="Thursday 23 April 2026",
            body=_EL_COURIER,
            tags=["By-election", "St. Andrew", "BLP", "DLP"],
            sidebar=(
                "Result at a glance",
                [
                    ("Sherelle Maynard-Forde (BLP)", "2,671"),
                    ("Roderick Bascombe (DLP)", "1,393"),
                    ("Veronica Layne (IND)", "231"),
                    ("Rejected ballots", "21"),
                ],
            ),
            related=[
                "Editorial: The north has spoken, now deliver",
                "Pictures: Polling day in St. Andrew North",
                "Residents list water, roads as top concerns",
                "Who is Sherelle Maynard-Forde?",
            ],
        ),
        _article(
            "coral",
            path="/news/live/st-andrew-north-by-election-results",
            section="News",
            headline="LIVE RESULTS: St. Andrew North by-election",
            standfirst=(
                "Rolling coverage from the count at Alleyne School, Belleplaine. Times are "
                "Barbados time."
            ),
            byline="Coral FM Newsroom",
            date_mode="none",
            intro="Newest updates first. Refresh for the latest figures.",
            live=_EL_LIVE,
            tags=["Live", "By-election", "St. Andrew North"],
            sidebar=(
                "Final result",
                [
                    ("Maynard-Forde (BLP)", "2,671"),
                    ("Bascombe (DLP)", "1,393"),
                    ("Layne (IND)", "231"),
                    ("Stations counted", "14 of 14"),
                ],
            ),
            related=[
                "Morning Tide: reaction from Belleplaine",
                "Listen: candidates' final pitches",
                "How the count works",
            ],
        ),
        _article(
            "digest",
            path="/barbados/st-andrew-north-what-the-numbers-say",
            section="Elections",
            headline="St. Andrew North: what the by-election numbers say",
            standfirst=(
                "The BLP's new MP took her seat yesterday. Behind the comfortable win, a "
                "modest swing to the DLP."
            ),
            byline="Dr. Nadine Hoyte-Mitchell",
            date_mode="jsonld",
            published="2026-04-29T09:00:00-04:00",
            body=_EL_DIGEST,
            tags=["Barbados", "By-elections", "Swing"],
            sidebar=(
                "By the numbers",
                [
                    ("Registered electors", "8,236"),
                    ("Ballots cast", "4,316"),
                    ("Turnout", "52.4%"),
                    ("Margin", "1,278"),
                    ("Polling stations", "14"),
                ],
            ),
            related=[
                "Jamaica: what local government by-elections tell us",
                "Trinidad and Tobago: the marginal seats to watch",
                "Podcast: the state of the Caribbean opposition",
            ],
        ),
    ],
    "planted": [
        ("winning margin (votes)", r"\b1,?278\b", r"\b1,?728\b"),
        ("turnout", r"\b52\.4\b", r"\b54\.2\b"),
        ("Marlon Greaves's role", r"returning officer", r"chief electoral officer"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AA3 — Caribbean Court of Justice, Pelican Cove right of way (CONTROL)
# ---------------------------------------------------------------------------

_CT_HERALD = """
FISHERFOLK in St. Peter are celebrating after the Caribbean Court of Justice (CCJ) yesterday
ruled that a footpath to Pelican Cove is a public right of way and ordered the developer who
fenced it off to reopen it within 90 days.

In a unanimous judgment delivered at 10 a.m. from the court's seat in Port of Spain and streamed
online, the five-judge panel allowed the appeal of the Speightstown Fisherfolk Cooperative
Society Ltd against Azure Crest Developments Inc., which put a locked gate across the path in
November 2023.

The lead judgment was written by Justice Hilary Rampersad-Lowe, with whom the other four judges
agreed. The court found that fishers and residents had used the path openly and without
permission since at least the 1950s, long enough to establish a public right of way on foot.

"A right of way that has been walked openly, as of right, by generations of fishers cannot be
extinguished by a padlock," Justice Rampersad-Lowe wrote.

The court ordered Azure Crest to remove the gate and restore the path, which is about three
metres wide and 140 metres long, by September 14. It also ordered the company to pay the
cooperative's costs, which it fixed at BDS$185,000.

However, the judges rejected the cooperative's claim for BDS$1.2 million in damages for lost
income, finding that the evidence did not show how much fishing had been lost because of the
closure rather than because of poor catches and high fuel prices.

The ruling overturns a July 2025 decision of the Court of Appeal of Barbados, which had found
for the developer by a 2-1 majority, and restores the 2024 High Court judgment in the
cooperative's favour. The CCJ heard the appeal on March 3.

About 40 members of the cooperative watched the judgment on a large screen set up at the
Speightstown fish market, and many were in tears by the time the orders were read.

"We will be walking that path again before the end of the summer, the same way our fathers did,"
said Ezra Bynoe-Griffith, president of the 63-member cooperative.

Gail Haynes-Boyce KC, who represented the cooperative, called the ruling "a victory for every
fisherman who has had to climb a fence to get to his boat". She said the judgment would be
studied by coastal communities across the region.

In a statement issued yesterday afternoon, Azure Crest said it respected the court and would
comply with its orders within the time allowed. "We remain committed to the project and to being
good neighbours in St. Peter," the statement said. The company plans a 120-room resort on land
behind the beach.

Trevor Mapp-Sealy KC, counsel for Azure Crest, told the Herald the company would meet the
deadline. He declined to comment further.

For the fishers, the practical effect will be felt before the start of the next flying fish
season. Since the gate went up, members have had to launch from a public beach almost two
kilometres away, or cross private land with the quiet consent of a neighbouring landowner.
"""

_CT_GCB = """
PORT OF SPAIN - The Caribbean Court of Justice on Tuesday ordered a Barbados resort developer to
reopen a footpath to a beach in the parish of St. Peter, ruling unanimously that generations of
fishers had established a public right of way over it.

The judgment, delivered at 10 a.m. (1400 GMT) from the court's headquarters on Henry Street in
Port of Spain and streamed online, ends a legal fight that began in November 2023, when Azure
Crest Developments Inc. locked a gate across the path to Pelican Cove.

All five judges on the panel agreed. Writing the lead judgment, Justice Hilary E. Rampersad-Lowe
said the evidence showed that fishers and villagers had used the path openly, without force and
without asking permission for more than 70 years.

"A right of way that has been walked openly, as of right, by generations of fishers cannot be
extinguished by a padlock," the judge wrote.

The court gave Azure Crest 90 days to take down the gate and restore the path, which is roughly
10 feet wide, and ordered the company to pay BDS$185,000, about US$92,500, towards the legal
costs of the Speightstown Fisherfolk Cooperative Society. A claim by the cooperative for BDS$1.2
million in lost income was dismissed for lack of evidence.

The case reached the CCJ after Barbados' Court of Appeal, in a split 2-1 decision in July last
year, overturned a High Court ruling that had favoured the fishers. The CCJ heard the appeal in
March.

Barbados is among the Caribbean states that use the CCJ as their final court of appeal. Trinidad
and Tobago, which hosts the court, still sends its final civil and criminal appeals to the
Judicial Committee of the Privy Council in London.

Speaking to GCB News by telephone from Barbados, the cooperative's president, Ezra
Bynoe-Griffith, said members had gathered at the Speightstown fish market to watch the judgment.
"We will be walking that path again before the end of summer, the same way our fathers did," he
said.

The cooperative's lead counsel, Gail Haynes-Boyce KC, called the ruling a victory for every
fisherman who had been forced to climb a fence to reach his boat.

Azure Crest, which plans a 120-room resort on the land behind the beach, said in a statement
that it respected the court and would comply with its orders within the time allowed. Its
lawyer, Trevor Mapp-Sealy KC, did not respond to a request for comment from GCB News.

Legal observers in Trinidad said the judgment would be read closely across the region. "Beach
access is a live issue from Tobago to Antigua. This gives every court in the region a clear
statement of when long use, openly enjoyed, becomes a right," said Port of Spain attorney Ria
Sookram-Bailey, who was not involved in the case.

In Tobago, where several communities have complained about access to beaches near new hotel
projects, the Tobago House of Assembly's legal unit said it would review the decision.
"""

_CT_NOTE = """
Summary. The Caribbean Court of Justice, exercising its appellate jurisdiction as Barbados'
final court, has unanimously allowed the appeal in Speightstown Fisherfolk Cooperative Society
Ltd v Azure Crest Developments Inc. It declared that a footpath crossing the respondent's land
at Pelican Cove, St. Peter, is subject to a public right of way on foot, and ordered the
respondent to remove the gate it installed and to reinstate the path.

Panel. The appeal was heard by a panel of five judges. The lead judgment was delivered by the
Honourable Mme Justice Hilary E. Rampersad-Lowe, with whom the other four members of the panel
agreed; there were no separate concurring opinions.

Background. The path runs from the public road to the beach at Pelican Cove and has long been
used by fishers to reach their boats. Azure Crest bought the surrounding land for a planned
120-room resort and, in November 2023, erected a locked gate across the path. The cooperative,
which has 63 members, sued. In 2024 the High Court of Barbados found that the path had been
dedicated to public use and granted an injunction. In July 2025 the Court of Appeal reversed
that decision by a majority of 2-1, holding that the use had been by the tolerance of successive
owners and therefore not "as of right".

Issues. The court identified three questions: whether the long use of the path was "as of
right"; whether the evidence supported the inference of dedication at common law; and whether
the cooperative had proved its claim for damages.

Holding on user. The court accepted the evidence of elderly fishers and residents that the path
had been used openly, continuously and without permission since at least the 1950s. It held that
the Court of Appeal majority had wrongly treated the absence of objection by landowners as
evidence of permission. The passage most likely to be quoted is at paragraph 87: "A right of way
that has been walked openly, as of right, by generations of fishers cannot be extinguished by a
padlock."

Holding on damages. The cooperative's claim for BDS$1.2 million in lost income was dismissed.
The court found that the evidence did not allow it to separate losses caused by the closure from
the effects of poor catches and rising fuel costs over the same period.

Orders. (1) A declaration of a public right of way on foot over the path, approximately 3 m wide
and 140 m long. (2) Removal of the gate and reinstatement of the path within 90 days of
judgment. (3) Costs to the appellant, fixed at BDS$185,000 (approximately US$92,500 at the fixed
rate of BDS$2 to US$1).

Comment. The judgment is the court's most thorough treatment to date of public rights of way,
and it will matter well beyond Barbados. Coastal access disputes are common across the region,
and the court's insistence that silence by a landowner is not the same as permission will make
it harder for developers to close long-used paths. There is also a practical lesson: a survey of
existing access routes, and a negotiated alternative where a route must move, is far cheaper
than litigation through three levels of courts.

Counsel. Gail Haynes-Boyce KC for the appellant; Trevor Mapp-Sealy KC for the respondent.
"""

_CT = {
    "id": "ct-AA3",
    "part": "AA",
    "domain": "court",
    "fetched": "2026-06-30",
    "articles": [
        _article(
            "herald",
            path="/news/courts/ccj-orders-pelican-cove-path-reopened",
            section="Courts",
            headline="CCJ orders Pelican Cove path reopened",
            standfirst=(
                "Fisherfolk win final appeal against resort developer; gate must come down "
                "within 90 days"
            ),
            byline="Marcia Clarke-Bynoe, Court Reporter",
            date_mode="visible",
            visible="Wednesday, June 17, 2026",
            body=_CT_HERALD,
            tags=["CCJ", "St. Peter", "Fisheries", "Beach access"],
            sidebar=(
                "Case at a glance",
                [
                    ("Court", "Caribbean Court of Justice"),
                    ("Panel", "Five judges, unanimous"),
                    ("Deadline to reopen path", "September 14"),
                    ("Costs awarded", "BDS$185,000"),
                    ("Damages claim", "Dismissed"),
                ],
            ),
            related=[
                "Speightstown fish market gets new cold storage",
                "Editorial: The beach belongs to all of us",
                "West coast hotel projects under review",
            ],
        ),
        _article(
            "gcb",
            path="/regional/ccj-rules-for-barbados-fisherfolk-in-beach-path-case",
            section="Regional",
            headline="CCJ rules for Barbados fisherfolk in beach path dispute",
            standfirst=(
                "Five judges agree a footpath to Pelican Cove is a public right of way; "
                "developer given 90 days"
            ),
            byline="Shivani Persad-Lewis",
            date_mode="meta",
            published="2026-06-16T13:20:00-04:00",
            body=_CT_GCB,
            tags=["CCJ", "Barbados", "Courts"],
            sidebar=(
                "Top stories",
                [
                    "Tobago ferry schedule changes for the long weekend",
                    "Water authority announces pipeline repairs in south Trinidad",
                    "Cricket: Red Force name squad for regional tournament",
                ],
            ),
            related=[
                "CCJ hears Barbados beach path appeal",
                "Explainer: what the Caribbean Court of Justice does",
                "Tobago residents protest over beach fencing",
            ],
        ),
        _article(
            "clb",
            path="/case-notes/speightstown-fisherfolk-v-azure-crest",
            section="Case notes",
            headline=(
                "Case note: Speightstown Fisherfolk Cooperative v Azure Crest Developments - "
                "CCJ restores public right of way"
            ),
            standfirst=(
                "Silence is not permission: the court's fullest statement yet on public "
                "rights of way over private coastal land."
            ),
            byline="Adrian Welch-Mohammed",
            date_mode="none",
            body=_CT_NOTE,
            tags=["Property", "Rights of way", "CCJ", "Barbados"],
            sidebar=(
                "Key figures",
                [
                    ("Panel", "5 judges"),
                    ("Path", "approx. 3 m x 140 m"),
                    ("Time to comply", "90 days"),
                    ("Costs", "BDS$185,000"),
                    ("Damages claimed", "BDS$1.2 million (dismissed)"),
                ],
            ),
            related=[
                "Prescription and dedication: a primer",
                "Coastal access legislation across the region",
                "Costs orders at the CCJ: a survey",
            ],
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AA4 — Trinidad and Tobago / Dominican Republic trade agreement (3 planted)
# ---------------------------------------------------------------------------

_TR_MERC = """
SANTO DOMINGO - Trinidad and Tobago and the Dominican Republic yesterday signed a partial-scope
trade agreement that will cut or remove tariffs on 214 product lines, in a bid to diversify a
trading relationship that is still dominated by T&T's energy exports.

Minister of Trade and Industry Kendra Baptiste-Ramlal and her Dominican counterpart, Minister of
Industry, Commerce and MSMEs Rafael Emilio Castillo Peralta, signed the agreement at the
National Palace in Santo Domingo at a ceremony that began at 11 a.m.

Two-way trade between the countries was worth US$468 million last year, according to figures
presented at the signing. T&T exported US$412 million worth of goods to the Dominican Republic,
mostly natural gas, petroleum products, ammonia and urea, while imports from the Dominican
Republic totalled US$74 million.

Under the agreement, 107 of the 214 tariff lines - half of the total - will go to zero as soon
as it enters into force on January 1, 2027. Duties on the remaining lines will be phased out
over five years.

"For too long our trade with the Dominican Republic has run on gas and little else. This
agreement gives our manufacturers a door they can actually walk through," Baptiste-Ramlal said.

Products set to benefit on the T&T side include processed foods, beverages, steel products and
paper packaging. Dominican exporters of cement, medical devices, fresh fruit and cigars are
expected to gain easier access to the local market.

"We want Dominican cement, fruit and medical devices on shelves and building sites in Trinidad,
and we want Trinidadian products here in our supermarkets. This is a two-way street," Castillo
said, speaking in Spanish.

The Trinidad and Tobago Manufacturers' Association (TTMA) gave the deal a cautious welcome. Its
president, Anand Ramoutar-Singh, who travelled with the ministerial delegation, said members
would be watching the rules of origin closely. "A tariff cut is only worth what the paperwork
lets you claim," he said.

Officials also announced that Antillean Feeder Lines will begin a weekly direct container
service between Point Lisas and the Dominican port of Caucedo in January, cutting transit times
to four days. Local exporters have long complained that cargo bound for the Dominican Republic
must be transshipped through Kingston or Cartagena, adding a week or more to delivery times.

The Dominican government has set a target of raising its exports to T&T to US$150 million a year
by 2030.

The agreement builds on the older CARICOM-Dominican Republic free trade agreement, which already
covers a large share of the goods traded between the two countries but left many manufactured
products facing duties.

Baptiste-Ramlal's delegation, which included representatives of 18 local companies, was due to
visit the Caucedo port and the Las Americas free zone before returning home.
"""

_TR_HBR = """
The Dominican Republic and Trinidad and Tobago signed a partial-scope trade agreement at the
National Palace in Santo Domingo last Wednesday, the first bilateral tariff deal between the two
countries outside the CARICOM-Dominican Republic framework.

The text, which the Ministry of Industry, Commerce and MSMEs (MICM) published on Friday, covers
214 tariff lines. Half of them - 107 lines - fall to zero on entry into force; the rest are
phased out in equal annual cuts over five years.

Entry into force is scheduled for July 1, 2027, once both governments have completed their
domestic procedures.

Trade numbers. Bilateral trade reached US$486 million in 2025, up from US$431 million in 2024.
The balance is heavily in Trinidad and Tobago's favour: Dominican exports to the twin-island
republic were just US$74 million, against imports of US$412 million, mostly liquefied natural
gas, fuels, ammonia and urea for the Dominican farm sector. At the Central Bank's reference rate
of RD$63.10 per dollar, two-way trade was worth about RD$30.7 billion.

Who gains. Cement producers are the most obvious winners: Trinidad and Tobago's construction
sector imports clinker and bagged cement, and Dominican plants have spare capacity. Medical
device makers in the free zones, which already ship to the United States, get a new regional
outlet. Fresh fruit exporters - avocados, pineapples and plantains - and cigar makers also
secure lower duties.

Minister Rafael Castillo said at the signing that the agreement should be "a two-way street",
with Dominican cement, fruit and medical devices reaching Trinidadian shelves and building
sites.

The target. The government wants exports to Trinidad and Tobago to reach US$150 million a year
by 2030, roughly double the 2025 figure. That will depend less on tariffs than on freight. A new
weekly direct container service between Caucedo and Point Lisas is due to start early next year,
with a transit time of four days, replacing routings that currently run through Kingston or
Cartagena.

"Trinidad is a market we have looked at for years. The duties were one problem, but the real
problem was getting a container there in less than three weeks," said Mariela Santos Ureña,
executive director of a cement exporters' group, who attended the signing.

Rules of origin. Goods must contain at least 40% regional value content to qualify, a threshold
exporters consider workable for cement and fruit but demanding for medical devices that rely on
imported components.

What to watch. The MICM says it will hold information sessions for exporters in Santiago and
Santo Domingo before the agreement takes effect. Trinidad and Tobago's trade ministry has
promised a similar programme. The first quota and certificate-of-origin procedures will be
published in the coming weeks.

Bottom line. The agreement will not change the shape of the trade balance quickly - gas will
dominate the numbers for years - but for cement and fresh produce it opens a door that has been
half-shut for two decades.
"""

_TR_WIRE = """
PUNTA CANA, Dominican Republic, Oct 14 (Antilles Wire) - Trinidad and Tobago and the Dominican
Republic signed a trade agreement on Wednesday that will remove or reduce tariffs on 214
products, as the two Caribbean economies try to expand commerce beyond Trinidad's shipments of
natural gas and fertilisers.

Trade ministers Kendra Baptiste-Ramlal of Trinidad and Tobago and Rafael Castillo of the
Dominican Republic signed the partial-scope agreement at a ceremony in Punta Cana that began at
11 a.m. local time (1500 GMT).

Bilateral trade totalled US$486 million in 2025, equivalent to about TT$3.3 billion, with
Trinidad and Tobago accounting for US$412 million of that in exports, according to figures
released by the two governments.

Half of the 214 tariff lines will be cut to zero when the agreement takes effect on Jan. 1,
2027, with the remainder phased out over five years, officials said.

"For too long our trade with the Dominican Republic has run on gas and little else. This
agreement gives our manufacturers a door they can actually walk through," Baptiste-Ramlal said
at the signing.

The Dominican Republic, the largest economy in the Caribbean, has been courting markets in the
English-speaking islands as its manufacturing free zones look to diversify away from the United
States. Trinidad and Tobago, whose economy is built on oil and gas, has been trying to expand
non-energy exports as gas output has declined.

Dominican cement, fresh fruit, medical devices and cigars are among the products expected to
benefit, while Trinidadian exporters of processed food, beverages, steel and paper packaging
will gain easier access to a market of more than 11 million people. The Trinidad and Tobago
Manufacturers' Association welcomed the agreement but said it would scrutinise the rules of
origin.

Shipping has been a bigger obstacle than tariffs. A new weekly container service between
Trinidad's Point Lisas and the Dominican port of Caucedo is due to begin in January, with a
four-day transit time.

The Dominican government aims to raise its exports to Trinidad and Tobago to US$150 million a
year by 2030, about double last year's level.

Trade economist Neil Jagdeo-Francis of Gulf Paria Advisory in Port of Spain said the impact
would be modest in the short term. "Gas will still dominate the numbers for years. What matters
is whether small manufacturers actually use the preferences," he said.

Both countries are already covered by the CARICOM-Dominican Republic free trade agreement, but
many processed and manufactured goods were left outside it or faced long phase-in periods.

(Reporting by Carlos Pena Almonte; additional reporting by Kerri-Ann Thornhill; Editing by
Desmond Parris)
"""

_TR_SBC = """
Trade and Industry Minister Kendra Baptiste-Ramlal has signed a partial-scope trade agreement
with the Dominican Republic that will give local manufacturers duty-free or reduced-duty access
to the Dominican market for more than 200 products.

The signing took place at the National Palace in Santo Domingo, where the minister is leading a
delegation of officials and business representatives on a three-day trade mission.

The Dominican Republic was represented by its Minister of Industry, Commerce and MSMEs, Rafael
Castillo.

Speaking to SBC News after the ceremony, Baptiste-Ramlal said the agreement was about giving
manufacturers a real chance in one of the region's fastest-growing markets. "Our trade with the
Dominican Republic has run on gas and little else for far too long. This agreement gives our
manufacturers a door they can walk through," she said.

The agreement covers 214 tariff lines. Half of them will be duty-free from January 1, 2027, when
the agreement is due to enter into force, and duties on the rest will be phased down over five
years.

Two-way trade between the countries was valued at US$486 million in 2025 - about TT$3.3 billion
- but only US$74 million of that was made up of goods shipped from the Dominican Republic to
Trinidad and Tobago. The rest was largely natural gas, fuels and fertiliser going the other way.

Among the local firms on the trade mission are producers of snacks, beverages, paper packaging
and steel products. Several told SBC News they had been waiting years for lower duties in the
Dominican market, which has a population of more than 11 million.

The Trinidad and Tobago Manufacturers' Association says it welcomes the deal but will be looking
closely at the rules of origin, which determine whether a product qualifies for the lower
duties. TTMA president Anand Ramoutar-Singh said a tariff cut is only as valuable as the
paperwork allows.

Freight costs have long been a barrier. A weekly direct container service between Point Lisas
and the Dominican port of Caucedo is scheduled to start in January, with a transit time of four
days. At present most cargo is transshipped through other Caribbean ports.

Opposition trade spokesman Devendra Maraj-Lutchman said the government should publish the full
list of products covered so that local producers could judge whether they faced new competition.
The ministry says the list will be posted on its website.

The minister is expected to brief Cabinet on the agreement when she returns to Port of Spain at
the end of the mission.
"""

_TR = {
    "id": "tr-AA4",
    "part": "AA",
    "domain": "trade",
    "fetched": "2026-10-27",
    "articles": [
        _article(
            "merc",
            path="/business/trade/tt-dominican-republic-sign-tariff-deal",
            section="Trade",
            headline="T&T, Dominican Republic sign tariff-cutting deal",
            standfirst=(
                "Agreement covers 214 product lines; manufacturers hope to widen a trade flow "
                "dominated by energy"
            ),
            byline="Rajiv Seepersad-Maingot",
            date_mode="visible",
            visible="Thursday 15 October 2026",
            body=_TR_MERC,
            tags=["Trade", "Dominican Republic", "Manufacturing", "TTMA"],
            sidebar=(
                "Markets",
                [
                    ("TTSE Composite Index", "1,218.40"),
                    ("TT$ per US$ (Central Bank mid-rate)", "6.78"),
                    ("Henry Hub gas, US$/MMBtu", "3.12"),
                    ("WTI crude, US$/bbl", "71.85"),
                ],
            ),
            related=[
                "TTMA: exporters need faster customs clearance",
                "Point Lisas port posts record container volumes",
                "Analysis: Can non-energy exports fill the gas gap?",
            ],
        ),
        _article(
            "hbr",
            path="/weekly/dominican-republic-trinidad-partial-scope-agreement",
            section="Trade",
            headline="What the new Dominican Republic-Trinidad and Tobago trade agreement covers",
            standfirst=(
                "Cement, fruit and medical devices gain; gas still dominates a lopsided balance."
            ),
            byline="Luisa Marte Guzman, Trade Editor",
            date_mode="jsonld",
            published="2026-10-19T07:30:00-04:00",
            body=_TR_HBR,
            tags=["Trade agreements", "Trinidad and Tobago", "Cement", "Free zones"],
            sidebar=(
                "Other DR trade figures (2025)",
                [
                    ("Exports to the United States", "US$6.9 billion"),
                    ("Free-zone exports, total", "US$8.4 billion"),
                    ("Exports to Haiti", "US$1.1 billion"),
                    ("Exports to Jamaica", "US$97 million"),
                ],
            ),
            related=[
                "Free zones: medical devices overtake textiles",
                "Caucedo expansion: what it means for shippers",
                "Cement exports hit a record",
            ],
        ),
        _article(
            "antilles",
            path="/business/2026/10/14/trinidad-dominican-republic-trade-pact",
            section="Business",
            headline=(
                "Trinidad and Tobago, Dominican Republic sign deal to cut tariffs on 214 products"
            ),
            standfirst="Pact aims to widen trade beyond gas and fertiliser",
            byline="Carlos Pena Almonte",
            date_mode="meta",
            published="2026-10-14T17:45:00+00:00",
            visible="14 Oct 2026 17:45 GMT",
            body=_TR_WIRE,
            tags=["Trade", "Caribbean", "Energy"],
            sidebar=(
                "Caribbean business briefs",
                [
                    "Guyana oil output steady as new vessel ramps up",
                    "Jamaica tourism earnings rise on stopover arrivals",
                    "Barbados launches green bond roadshow",
                ],
            ),
            related=[
                "Factbox: CARICOM's trade agreements with its neighbours",
                "Trinidad gas output: the long decline",
                "Dominican free zones seek new markets",
            ],
        ),
        _article(
            "sbc",
            path="/news/business/trade-minister-signs-dominican-republic-agreement",
            section="Business",
            headline="Trade Minister signs tariff agreement with Dominican Republic",
            standfirst=(
                "Local manufacturers to get duty-free or reduced-duty access for more than 200 "
                "products"
            ),
            byline="SBC News",
            date_mode="none",
            body=_TR_SBC,
            tags=["Trade", "Manufacturing", "Dominican Republic"],
            sidebar=(
                "Watch on SBC",
                [
                    "Business Tonight: the trade mission in pictures",
                    "Morning Edition: manufacturers react",
                    "The Big Question: Is CARICOM trade working?",
                ],
            ),
            related=[
                "Minister leads trade mission to Santo Domingo",
                "Manufacturers call for faster port clearance",
                "Explainer: what are rules of origin?",
            ],
        ),
    ],
    "planted": [
        ("bilateral trade in 2025 (US$)", r"\b486\b|486,?000,?000", r"\b468\b|468,?000,?000"),
        (
            "entry-into-force date",
            r"\bjan(uary)?\b|2027-01-01|\b1/1/2027\b",
            r"\bjul(y)?\b|2027-07-01|\b7/1/2027\b",
        ),
        ("place of signing", r"santo domingo", r"punta cana"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AA5 — LIGNUM-1 CubeSat launch (CONTROL)
# ---------------------------------------------------------------------------

_RK_SENTINEL = """
THE first satellite designed and built in The Bahamas is in orbit after a rocket carrying it
lifted off from Cape Canaveral, Florida, at 9:14pm last night, and the University of The Bahamas
(UB) team that built it picked up its first signal a little over two hours later.

LIGNUM-1, a 3U CubeSat roughly the size of a loaf of bread and weighing 4.1 kilograms, was one
of nine satellites aboard a Halyard rocket operated by Florida-based Boreal Launch Systems. It
was released from the rocket's upper stage 58 minutes after liftoff, at 10:12pm.

The first packet of data from the satellite reached UB's ground station at the Oakes Field
campus at 11:36pm. Students and lecturers who had crowded into the small control room, some of
them awake since before dawn, broke into cheers.

"When the first packet came in, the whole room just went silent, and then everybody screamed,"
said Jaden Ferguson, 22, an engineering student who led the team's communications subsystem.

"Twenty-three young Bahamians built something that is circling the planet tonight. That sentence
did not exist in our vocabulary three years ago," said project lead Dr Keturah Rolle-Saunders, a
physics lecturer at UB.

The launch had been scheduled for Sunday night but was scrubbed about 40 minutes before liftoff
because of strong upper-level winds over the Cape. The team, which had travelled to Florida for
the first attempt, returned to Nassau on Monday to follow last night's launch from the ground
station.

LIGNUM-1, named after the lignum vitae, the national tree, will orbit at an altitude of about
525 kilometres. Over a design life of 18 months it will photograph seagrass beds and measure
sea-surface temperatures across the Great Bahama Bank and around Andros, data the team hopes
will help track coral bleaching and the health of fisheries.

The satellite's camera can make out features about 30 metres across, enough to map the edges of
seagrass meadows and spot changes in the colour of shallow water after storms.

The project cost B$1.4 million. A US$900,000 grant from the Caribbean Climate Innovation Fund
covered most of it, and the Government contributed B$500,000.

UB President Dr Theron Pinder-Moss said the university would now seek funding for a second
satellite. "LIGNUM-1 proves that the capability is here. Our job is to make sure it is not a
one-off," he said.

Boreal chief executive Garrett Lindqvist described the mission as "a clean flight from start to
finish" in a statement posted on the company's website.

The team will spend the coming weeks testing the satellite's systems before switching on its
camera. The first images are expected within a month.
"""

_RK_ORBITAL = """
Boreal Launch Systems' Halyard rocket lifted off from Space Launch Complex 20 at Cape Canaveral
Space Force Station at 01:14 UTC on 8 July (21:14 EDT on 7 July), carrying nine small satellites
to a sun-synchronous orbit of 525 km at an inclination of 97.5 degrees.

It was the sixth flight of the two-stage Halyard and its third dedicated rideshare mission. A
first attempt, timed for 01:14 UTC on 6 July (the evening of 5 July local time), was scrubbed at
T-40 minutes because of upper-level winds.

Flight profile. First-stage separation and second-stage ignition came about three minutes into
the flight. After a coast phase and a short circularisation burn, payload deployment began about
54 minutes after liftoff and finished roughly 20 minutes later.

LIGNUM-1. The University of The Bahamas' LIGNUM-1, a 3U CubeSat with a mass of 4.1 kg, separated
at T+58 minutes, at 02:12 UTC. The university's ground station in Nassau acquired the
satellite's beacon at 03:36 UTC, 2 hours 22 minutes after liftoff, on an early pass over the
northern Caribbean.

The satellite carries a multispectral camera with a ground sample distance of 30 m and a
sea-surface temperature sensor. Its mission is to map seagrass and monitor water temperatures on
the Great Bahama Bank, with a design life of 18 months. The team has said it will commission the
spacecraft over several weeks before taking its first images.

The programme, led by physicist Dr. Keturah Rolle-Saunders, involved 23 students and cost B$1.4
million (US$1.4 million; the Bahamian dollar is pegged at par to the US dollar), funded by a
US$900,000 grant from the Caribbean Climate Innovation Fund and B$500,000 from the Bahamian
government.

Other payloads. The remaining eight satellites comprised four Earth-observation CubeSats for a
Canadian operator, two Internet-of-Things relay satellites, a technology demonstrator from a US
university and a radiation-monitoring payload. Boreal said all nine had deployed successfully
and that it had received confirmation of contact from most of the operators within hours.

"A clean flight from start to finish," Boreal chief executive Garrett Lindqvist said. "Nine for
nine, and a country getting its first satellite. That's a good night."

Vehicle notes. Halyard is rated for about 320 kg to a 500 km sun-synchronous orbit. This flight
used a new payload adapter that allows CubeSat dispensers and larger smallsats to share the same
ring, which Boreal says will allow it to mix customers more flexibly on future missions. The
upper stage was commanded to perform a deorbit burn after deployment.

Context. Boreal has now flown Halyard six times without a failure. Its next mission, for a
commercial Earth-observation customer, is planned for the fourth quarter.

For Caribbean space science, LIGNUM-1 is a modest spacecraft with an outsized symbolic role: the
team says it has already been contacted by universities elsewhere in the region interested in
building their own.
"""

_RK_LIVE = """
[8:31 p.m.] Good evening. We're live from the University of The Bahamas' Oakes Field campus,
where students and lecturers have gathered to watch the launch of LIGNUM-1, the first satellite
built in The Bahamas. Liftoff is scheduled for 9:14 p.m. Nassau time from Cape Canaveral in
Florida.

[8:48 p.m.] Weather at the Cape is "go", according to Boreal Launch Systems. That's a relief
after Sunday's attempt was called off about 40 minutes before launch because of high winds
aloft.

[9:05 p.m.] Ten minutes or so to go. Project lead Dr. Keturah Rolle-Saunders tells LBN the team
has been "living on coffee" since Sunday. There are about 80 people in the lecture hall next to
the ground station.

[9:14 p.m.] LIFTOFF! The Halyard rocket has cleared the pad at Cape Canaveral. Huge cheer here
in Nassau.

[9:17 p.m.] The first stage has separated and the second-stage engine has ignited, according to
Boreal's webcast. Everything nominal so far.

[9:26 p.m.] The rocket is now coasting. There are nine satellites on board; LIGNUM-1 is
scheduled to be released a little under an hour after launch.

[9:40 p.m.] While the rocket coasts, a word about the payload. LIGNUM-1 carries a camera able to
make out features about 30 metres across and a sensor that measures the temperature of the sea
surface. The team will use the data to map seagrass on the Great Bahama Bank and track coral
bleaching around Andros.

[10:05 p.m.] UB President Dr. Theron Pinder-Moss has joined the crowd. He tells LBN the
university is already thinking about a second satellite: "LIGNUM-1 proves that the capability is
here. Our job is to make sure it is not a one-off."

[10:12 p.m.] DEPLOYED. Boreal confirms LIGNUM-1 has separated from the upper stage, 58 minutes
after liftoff. It is now flying on its own, about 326 miles above the Earth.

[10:20 p.m.] Now the wait. The satellite must switch itself on, unfold its antennas and start
transmitting. The team expects its first chance to hear from it on a pass over the region at
around 11:35 p.m.

[10:45 p.m.] While we wait, some numbers: LIGNUM-1 weighs about nine pounds, was built by 23
students and cost B$1.4 million, most of it from an international climate grant.

[11:36 p.m.] SIGNAL! The UB ground station has received the first packet from LIGNUM-1. The room
has erupted.

[11:41 p.m.] Student Jaden Ferguson, who led the communications team, describes the moment: "The
whole room went silent, and then everybody just screamed."

[11:52 p.m.] Dr. Rolle-Saunders: "Twenty-three young Bahamians built something that is circling
the planet tonight. That sentence did not exist in our vocabulary three years ago."

[11:58 p.m.] That's all from Oakes Field tonight. LIGNUM-1 will spend the next year and a half
photographing seagrass and measuring sea temperatures around The Bahamas. The first pictures are
expected in about a month. Thank you for joining LBN.
"""

_RK = {
    "id": "rk-AA5",
    "part": "AA",
    "domain": "rocket",
    "fetched": "2026-07-20",
    "articles": [
        _article(
            "sentinel",
            path="/local/lignum-1-reaches-orbit",
            section="Local",
            headline="LIGNUM-1 reaches orbit: first Bahamian-built satellite is flying",
            standfirst=(
                "University of The Bahamas CubeSat launched from Cape Canaveral last night "
                "and sent its first signal within hours"
            ),
            byline="Deandra Knowles",
            date_mode="visible",
            visible="Wednesday, July 8, 2026",
            body=_RK_SENTINEL,
            tags=["UB", "Space", "Education", "Climate"],
            sidebar=(
                "LIGNUM-1 fact file",
                [
                    ("Type", "3U CubeSat"),
                    ("Mass", "4.1 kg"),
                    ("Orbit", "about 525 km"),
                    ("Design life", "18 months"),
                    ("Cost", "B$1.4 million"),
                ],
            ),
            related=[
                "UB students race to finish satellite",
                "Seagrass: the Bahamas' hidden carbon store",
                "Editorial: Small satellite, big ambition",
            ],
        ),
        _article(
            "orbital",
            path="/launch-reports/halyard-flight-6-rideshare",
            section="Launch reports",
            headline="Halyard Flight 6 deploys nine smallsats, including first Bahamian CubeSat",
            standfirst="Boreal's two-stage rocket goes nine for nine from Cape Canaveral",
            byline="Tomasz Wieland-Achebe",
            date_mode="jsonld",
            published="2026-07-08T06:05:00Z",
            body=_RK_ORBITAL,
            tags=["Boreal Launch Systems", "Halyard", "Rideshare", "CubeSats"],
            sidebar=(
                "Halyard flight record",
                [
                    ("Flights", "6"),
                    ("Failures", "0"),
                    ("Dedicated rideshares", "3"),
                    ("Payload to 500 km SSO", "about 320 kg"),
                ],
            ),
            related=[
                "Rideshare prices: who is undercutting whom",
                "Smallsat ground stations go regional",
                "Cape Canaveral's busy summer",
            ],
        ),
        _article(
            "lbn",
            path="/live/lignum-1-launch-night",
            section="News",
            headline="LIVE: LIGNUM-1 launch night at Oakes Field",
            standfirst=(
                "Follow the launch of the first Bahamian-built satellite. Times are Nassau time."
            ),
            byline="LBN News",
            date_mode="none",
            intro="Latest first.",
            live=_RK_LIVE,
            tags=["Live", "LIGNUM-1", "Space"],
            sidebar=(
                "Tonight's timeline",
                [
                    ("Liftoff", "9:14 p.m."),
                    ("LIGNUM-1 deploys", "10:12 p.m."),
                    ("First signal", "11:36 p.m."),
                ],
            ),
            related=[
                "Meet the students behind LIGNUM-1",
                "How a CubeSat works",
                "LBN Evening News: launch special",
            ],
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AA6 — Offshore earthquake near Puerto Plata (3 planted)
# ---------------------------------------------------------------------------

_EQ_WIRE = """
SANTO DOMINGO, Nov 14 (CNS) - A magnitude 6.4 earthquake struck off the north coast of the
Dominican Republic before dawn on Saturday, killing two people, injuring dozens and damaging
hundreds of homes in and around the tourist city of Puerto Plata, officials said.

The quake hit at 3:42 a.m. local time (0742 GMT) at a depth of 18 km (11 miles), with its
epicentre offshore about 24 km (15 miles) north-northeast of Puerto Plata.

The national Emergency Operations Centre (COE) said a 67-year-old woman died in Sosua when a
wall collapsed onto her home, and a 34-year-old man was killed in Puerto Plata when part of a
balcony fell onto the street. Thirty-seven people were treated in hospitals, most for cuts and
bruises.

"Our teams were on the street within half an hour," COE director Julio Cesar Mendoza Abreu told
reporters in Santo Domingo. He said 311 homes had been damaged, 19 of them severely.

The shaking was felt strongly across the northern Cibao region, including in Santiago de los
Caballeros, the country's second-largest city, and woke residents as far away as the capital,
Santo Domingo.

The Pacific Tsunami Warning Center said there was no tsunami threat from the quake.

At the Ricardo Limardo hospital in Puerto Plata, doctors set up triage tents in the car park
while engineers checked the building, a hospital spokeswoman said. Civil defence teams and
soldiers were deployed to clear debris and inspect damaged houses, and many families said they
planned to sleep outdoors on Saturday night for fear of further shocks.

More than 30 aftershocks had been recorded by Saturday afternoon, the strongest of magnitude 4.6
at 9:15 a.m., according to the seismological institute of the Autonomous University of Santo
Domingo.

"The whole building moved like a boat," said Ramon Almanzar, 58, a night watchman at a Puerto
Plata hotel who ran into the street with guests. "People were shouting in four languages."

Power distributor Edenorte said supply had been restored to most customers by midday after
outages across Puerto Plata and neighbouring Sosua.

Classes in Puerto Plata province will be suspended on Monday so that school buildings can be
inspected, the Education Ministry said.

Tourism officials said hotels along the coast reported broken glass and cracked plaster but no
serious structural damage, and that visitors had been allowed back into their rooms after
inspections.

The north coast of Hispaniola lies close to the boundary between the Caribbean and North
American tectonic plates and has a long history of damaging earthquakes.

(Reporting by Yokasta Reyes Duran; Editing by Margaret Osei-Hall)
"""

_EQ_SDC = """
PUERTO PLATA - Residents of this north-coast city spent yesterday clearing rubble and checking
walls for cracks after a magnitude 6.1 earthquake shook them out of bed at 4:32 a.m., killing
two people and damaging 311 homes across the province.

The Instituto Sismologico Universitario (ISU) initially estimated the quake at magnitude 6.3 but
revised the figure to 6.1 about 40 minutes later, after analysing more data. The United States
Geological Survey also put the magnitude at 6.1.

The epicentre was in the Atlantic, 24 kilometres north-northeast of the city, at a depth of 18
kilometres.

"The rupture was on a fault system offshore that we monitor constantly. An earthquake of this
size at that depth is going to be felt strongly along the whole northern coast," said ISU
director Dr. Patricia Lantigua Rosario.

The dead were a 67-year-old woman in Sosua, whose bedroom wall collapsed, and a 34-year-old man
struck by a falling balcony in Puerto Plata's historic centre. Of the 37 people injured, 22 were
treated at the Ricardo Limardo regional hospital, most for cuts from broken glass, hospital
director Dr. Felix Almonte Pena said.

"We were lucky that it happened when the streets were empty," said Yolanda Cruz Minaya, the
provincial governor, as she toured damaged houses in the Los Domingos neighbourhood.

Of the 311 damaged homes, 19 were severely damaged and will have to be demolished or rebuilt,
according to the Emergency Operations Centre (COE). Several of the Victorian-era wooden houses
around the central park lost parts of their balconies and porches, and the bell tower of a
church near the park was cracked.

Dozens of aftershocks followed through the day, the strongest of magnitude 4.6 at 9:15 a.m.,
sending residents who had gone back inside into the streets again.

Hotels in the Playa Dorada resort area reported minor damage, mostly broken windows and fallen
ceiling panels. The cruise terminals at Amber Cove and Taino Bay were inspected and cleared for
operations, the port authority said.

Edenorte crews worked through the morning to restore power, and by midday most customers in the
province had electricity again, the company said.

Schools in Puerto Plata province will be closed tomorrow while engineers from the Ministry of
Public Works inspect classrooms. The Education Ministry said classes would resume as buildings
were cleared.

Many families slept outdoors last night, in yards and in the central park, afraid of further
shocks. The COE distributed tarpaulins and drinking water, and the Red Cross set up a first-aid
post near the Malecon.

"I have lived here 60 years and I have never felt anything like it," said Altagracia Reynoso,
72, sitting on a plastic chair outside her cracked house. "The whole street was dancing."
"""

_EQ_QD = """
The magnitude 6.1 earthquake that struck early on Sunday off the north coast of the Dominican
Republic ruptured at a depth of about 18 km, roughly 24 km north-northeast of Puerto Plata.
Origin time was 07:42 UTC (03:42 local time).

Tectonic setting. Northern Hispaniola sits on the boundary between the North American and
Caribbean plates, where motion is oblique: the plates slide past each other while the North
American plate is also pushed beneath the island along an offshore thrust system. The location
and depth of this event, and the published focal mechanisms, point to reverse faulting on that
offshore thrust rather than on the strike-slip faults that cross the island on land.

Magnitude. The Instituto Sismologico Universitario (ISU) issued an automatic solution of M6.3
about five minutes after origin time. Its reviewed solution, released roughly 40 minutes after
the event, settled on 6.1, in line with the moment magnitude calculated by the USGS. Early
automatic magnitudes for events of this size are routinely revised as more distant stations
report, and a downward revision of two tenths is unremarkable.

Shaking. Intensity reports point to strong shaking (Modified Mercalli VII) in Puerto Plata and
Sosua, moderate shaking (V to VI) in Santiago de los Caballeros and light shaking (IV) in Santo
Domingo, roughly 200 km away.

Aftershocks. ISU counted 43 aftershocks in the first 24 hours. The largest, M4.6, occurred at
13:15 UTC (9:15 a.m. local time). The sequence is decaying at a normal rate. Our rough estimate,
based on standard aftershock statistics, is a probability of about 10% of an M5 or larger
aftershock in the coming week, falling after that.

Impact. According to the Emergency Operations Centre (COE), two people were killed and 37
injured. A total of 311 homes were damaged, 19 of them severely. Most of the damage was to older
masonry walls and to the balconies of wooden houses in Puerto Plata's historic centre.

ISU director Dr. Patricia Lantigua Rosario told reporters that the rupture occurred on an
offshore fault system that the institute monitors constantly, and that an event of this size at
that depth was bound to be felt strongly along the entire northern coast.

Tsunami. The Pacific Tsunami Warning Center said there was no tsunami threat. A thrust event of
this magnitude at this depth can produce small local sea-level changes, but none was reported by
tide gauges on the north coast.

History. The northern margin of Hispaniola has produced much larger earthquakes, including the
great 1946 event off the northeast of the island, which generated a deadly tsunami. The current
event is a reminder that the offshore thrust is active along its whole length.

What next. Schools in Puerto Plata province are closed today for inspections. The ISU is
deploying four additional temporary seismometers along the coast to improve locations of the
aftershocks.
"""

_EQ_LIVE = """
[3:55 a.m.] A strong earthquake has just been felt across Puerto Plata and the north coast. Our
team in the city reports people running into the streets in their nightclothes. More soon.

[4:02 a.m.] The Instituto Sismologico Universitario's automatic system gives a preliminary
magnitude of 6.3, with the quake recorded at 3:42 a.m. These figures may change.

[4:23 a.m.] UPDATE: ISU has revised the magnitude to 6.1 after reviewing the data. Depth 18 km.
The epicentre was at sea, 24 km north-northeast of Puerto Plata.

[4:40 a.m.] No tsunami threat, according to the Pacific Tsunami Warning Center. Civil defence
asks residents near the shore to stay calm but to keep away from damaged structures.

[5:15 a.m.] First reports of injuries: the Ricardo Limardo hospital is treating at least 9
people, mostly for cuts from broken glass.

[6:30 a.m.] The COE confirms one death: a 67-year-old woman in Sosua, after a wall collapsed
onto her home.

[7:10 a.m.] Daylight is showing the damage. Our camera crew in the historic centre has filmed
balconies torn from several wooden houses and a large crack in the bell tower of a church near
the central park.

[8:45 a.m.] Power cuts across parts of Puerto Plata and Sosua. Edenorte says crews are working
to restore supply.

[9:20 a.m.] A strong aftershock was felt a few minutes ago. ISU: magnitude 4.6 at 9:15 a.m.
People who had returned home are back in the streets.

[10:15 a.m.] Our reporter in Sosua says several families are setting up tents and mattresses in
the town's main square. Many say they will not sleep indoors tonight, whatever the engineers
tell them.

[11:30 a.m.] COE update: the death toll has risen to two after a 34-year-old man was struck by a
falling balcony in Puerto Plata. 29 people injured so far.

[12:05 p.m.] COE director Julio Cesar Mendoza Abreu, speaking in Santo Domingo: "Our teams were
on the street within half an hour. We are going house by house."

[1:05 p.m.] The Education Ministry says engineers will inspect every school in the province
before classes resume. Hotels in the Playa Dorada area report broken windows and fallen ceiling
panels but no serious damage.

[2:15 p.m.] Latest COE figures: two dead, 37 injured, 311 homes damaged, 19 of them severely.
Schools in the province will be closed on Monday for inspections.

[2:40 p.m.] ISU director Dr. Patricia Lantigua Rosario: "The rupture was on a fault system
offshore that we monitor constantly. A magnitude 6.1 at that depth is going to be felt strongly
along the whole northern coast."

[4:10 p.m.] The ISU says it has recorded 34 aftershocks so far. Most are too small to be felt.
We are ending our live coverage here; our evening bulletin at 7 p.m. will have the latest.
"""

_EQ = {
    "id": "eq-AA6",
    "part": "AA",
    "domain": "earthquake",
    "fetched": "2026-11-25",
    "articles": [
        _article(
            "cns",
            path="/world/2026/11/14/dominican-republic-earthquake-puerto-plata",
            section="Caribbean",
            headline="Strong quake off Dominican Republic's north coast kills two",
            standfirst="Hundreds of homes damaged around Puerto Plata; no tsunami threat",
            byline="Yokasta Reyes Duran",
            date_mode="meta",
            published="2026-11-14T19:40:00+00:00",
            visible="14 Nov 2026, 19:40 GMT",
            body=_EQ_WIRE,
            tags=["Dominican Republic", "Earthquakes", "Disasters"],
            sidebar=(
                "Emergency numbers",
                [
                    ("Emergency (national)", "911"),
                    ("Red Cross, Puerto Plata", "809-555-0143"),
                    ("COE information line", "809-555-0190"),
                ],
            ),
            related=[
                "Factbox: Earthquakes in Hispaniola",
                "Dominican tourism arrivals at record pace",
                "Haiti feels tremor but reports no damage",
            ],
        ),
        _article(
            "sdc",
            path="/national/puerto-plata-counts-the-cost",
            section="National",
            headline="Puerto Plata counts the cost after pre-dawn quake",
            standfirst=(
                "Two dead, 37 injured and 311 homes damaged; families sleep outdoors as "
                "aftershocks continue"
            ),
            byline="Elena Polanco Vicioso",
            date_mode="visible",
            visible="15 November 2026",
            body=_EQ_SDC,
            tags=["Puerto Plata", "Earthquake", "COE"],
            sidebar=(
                "Damage so far",
                [
                    ("Deaths", "2"),
                    ("Injured", "37"),
                    ("Homes damaged", "311"),
                    ("Severely damaged", "19"),
                ],
            ),
            related=[
                "How to check your home for earthquake damage",
                "Puerto Plata's Victorian houses: a fragile heritage",
                "Opinion: Building codes must be enforced",
            ],
        ),
        _article(
            "qdesk",
            path="/reports/m6-1-puerto-plata-offshore",
            section="Reports",
            headline=(
                "M6.1 off Puerto Plata: a moderate-depth thrust event on the northern "
                "Hispaniola margin"
            ),
            standfirst=(
                "Why the magnitude came down, what the aftershocks are doing and what "
                "history says about this coast."
            ),
            byline="Dr. Hugo Lindahl-Mercado",
            date_mode="jsonld",
            published="2026-11-16T08:00:00-04:00",
            body=_EQ_QD,
            tags=["Hispaniola", "Subduction", "Aftershocks"],
            sidebar=(
                "Event parameters",
                [
                    ("Magnitude (reviewed)", "6.1"),
                    ("Automatic magnitude", "6.3"),
                    ("Depth", "18 km"),
                    ("Origin time", "07:42 UTC"),
                    ("Aftershocks, first 24 h", "43"),
                ],
            ),
            related=[
                "Explainer: why early magnitudes change",
                "Aftershock forecasts, and how to read them",
                "The 1946 Hispaniola earthquake and tsunami",
            ],
        ),
        _article(
            "norte",
            path="/en/live/earthquake-puerto-plata",
            section="Live",
            headline="LIVE: Earthquake shakes Puerto Plata and the north coast",
            standfirst="Rolling updates from our newsroom in Puerto Plata. All times local.",
            byline="Norte TV newsroom",
            date_mode="none",
            intro="Newest updates at the top.",
            live=_EQ_LIVE,
            tags=["Live", "Earthquake", "Puerto Plata", "Sosua"],
            sidebar=(
                "Key facts",
                [
                    ("Magnitude", "6.1 (revised from 6.3)"),
                    ("Depth", "18 km"),
                    ("Epicentre", "24 km NNE of Puerto Plata"),
                    ("Tsunami", "No threat"),
                ],
            ),
            related=[
                "Video: the moment the quake hit our studio",
                "Where to find shelter and water",
                "Aftershocks: what to do",
            ],
        ),
    ],
    "planted": [
        ("magnitude", r"\b6\.1\b", r"\b6\.4\b"),
        ("local time of the quake", r"\b0?3:42\b|\b07:?42\b", r"\b0?4:32\b|\b08:?32\b"),
        ("weekday of the quake", r"saturday", r"sunday"),
    ],
}

STORIES = [_CB, _EL, _CT, _TR, _RK, _EQ]
