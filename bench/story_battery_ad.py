"""Story battery, part AD — Malta, Cyprus and the Greek islands, events in 2026.

Written by engineer AD1 on 2026-12-07 for the thirty-second batch, a precision batch
Six invented stories, each told by 3 or 4 invented outlets as whole HTML pages. All
outlets, reporters, companies, most officials and all figures are invented; real
institutions and places are scenery only. Three stories are controls (planted == []).

cb-AD1 (central bank, CONTROL, fetched 2026-06-26). True facts: on Thursday 11 June 2026
the Central Bank of Malta (Governor Karmenu Joseph Azzopardi; head of economic research
Dr Roberta Psaila) published projections at a news conference at 11:00 CEST (09:00 GMT):
GDP growth 4.3% in 2026 (3.9% in the December 2025 round), 3.7% in 2027, 3.5% in 2028;
2025 outturn 5.6%; HICP inflation 2.2% (2026; December round 2.1%), 2.0% (2027), 1.9%
(2028); 2025 inflation 2.4%; unemployment 2.7% (2026), 2.8% (2027); employment growth
3.6%; deficit 3.1% of GDP (2026), 2.6% (2027); nominal GDP EUR 25.8bn (~$29.7bn at
1.1512). Planted: none. Outlets: Mediterranean Wire Service (wire; article:published_time
2026-06-11T09:48Z; "on Thursday"); The Valletta Ledger (newspaper; visible date only,
Friday 12 June 2026; "yesterday"); Euro Periphery Monitor (newsletter; JSON-LD
datePublished 2026-06-15, a Monday; "last Thursday"); Island Radio News (broadcaster; no
date anywhere; "on Thursday"). Legitimate traps: 2.0% vs "2 per cent" vs "2%"; "4.3%" vs
"4.3 per cent" vs "4.3 percent"; 11:00 local vs 0900 GMT; "on Thursday"/"yesterday"/"last
Thursday" all resolving to 11 June; earlier December projections 3.9% (growth) and 2.1%
(inflation) vs new 4.3%/2.2%; 2025 outturns 5.6% growth and 2.4% inflation; EUR 25.8
billion vs $29.7 billion; euro area 1.1%, Cyprus 3.2% and Greece 2.1% in sidebars; the
newsletter's own forecasts (4.0% for 2026, 3.6% for 2027) vs the bank's; "more than three
times" vs "almost four times" the euro area pace (both true of 4.3 vs 1.1); the governor's
quote given verbatim in two slightly different wordings and paraphrased; governor's name
with and without "Joseph", "Governor" vs "central bank governor"; Psaila with and without
"Dr".

el-AD2 (election, fetched 2026-10-22). True facts: snap mayoral run-off in the
municipality of Rhodes on Sunday 11 October 2026 (EEST, UTC+3); Eleni Markopoulou, 47,
civil engineer, former deputy mayor for tourism, list Rhodes Together, won 54.6% (24,118
votes) against Stavros Kalogirou, 58, lawyer and former chairman of the municipal
council, list A New Start for Rhodes, 45.4% (20,054); margin 4,064 votes; blank/invalid
1,023; turnout 39.8% (first round on Sunday 4 October: 47.1%; Markopoulou 38.9%,
Kalogirou 31.2%, Vassilakis 17.5%). Polls closed 19:00 local (16:00 GMT); Kalogirou
conceded at 21:15 local (18:15 GMT); Markopoulou spoke near Mandraki harbour at about
21:40; count complete at 00:20 on Monday; result certified by the Rhodes Court of First
Instance on Monday 12 October; swearing-in Monday 19 October. PLANTED: (1) winner's vote
share: right 54.6%, wrong 56.4% in Aegean Press Agency (the wire); (2) time of
Kalogirou's concession: right 21:15 local (18:15 GMT), wrong 23:15 in The Rhodes Courier;
(3) Markopoulou's former post: right deputy mayor for tourism, wrong "deputy mayor for
finance" in Southern Europe Briefing. Outlets: DTV News (live page, timestamped local
updates; article:published_time 2026-10-11T18:55+03:00); Aegean Press Agency (wire;
JSON-LD datePublished 2026-10-12T06:30+03:00; "on Sunday", "early on Monday"); The Rhodes
Courier (weekly newspaper; visible date Tuesday 13 October 2026; "yesterday" = Monday
certification); Southern Europe Briefing (newsletter; no date anywhere; times in GMT).
Legitimate traps: live partial counts (52.4% at 12%, 53.1% at 41%, 54.2% at 78%) vs final
54.6%; first-round shares and turnout vs run-off; 19:00/21:15 local vs 16:00/18:15 GMT;
"on Sunday", "last Sunday", "a week earlier", "yesterday", "4 October"/"Oct. 4"; margin as
4,064 votes, "more than 3,000" mid-count, "beyond 3,000"; "fewer than four in ten" and
"fewer than two in five" for 39.8%; "roughly a fifth of the electorate" (24,118 of
113,560); victory and concession quotes in slightly different wordings; council seats
21/14/6 of 41; other countries' local votes in a sidebar; the previous mayor Kyriazis
re-elected in 2023, term ending December 2028.

ct-AD3 (court, fetched 2026-03-30). True facts: on Thursday 12 March 2026 (EET, UTC+2) a
three-judge panel of the Limassol Assize Court presided over by Judge Nikolaos
Christoforou began reading its sentence at 10:30 local (08:30 GMT) and jailed Andreas
Michael Hadjipetrou, 54, former finance director of Akrotiri Marine Services Ltd, for
six years (concurrent terms; six years on the money-laundering counts, maximum 14 years)
for embezzling EUR 4,312,650 (about EUR 4.3m; ~GBP 3.7m, ~USD 4.7m) through 212 payments
to three shell companies; convicted Thursday 19 February on 11 counts; mitigation hearing
Monday 2 March; EUR 620,000 repaid; confiscation of about EUR 1.9m including a flat in
Germasogeia and a 14-metre yacht; co-defendant Marina Solomou, 36, two years suspended for
three years; defence lawyer Sofia Ioannidou to appeal. PLANTED: (1) prison term: right six
years, wrong "eight years" in Kypros Broadcast News; (2) weekday of sentencing: right
Thursday, wrong "last Wednesday" in Shipping Compliance Brief; (3) amount embezzled: right
EUR 4.3 million / 4,312,650, wrong "EUR 3.4 million" in the Limassol Herald. Outlets:
Eastern Med Wire (wire; article:published_time 2026-03-12T10:20Z; "on Thursday"); Limassol
Herald (newspaper; visible date Friday 13 March 2026; "yesterday"); Shipping Compliance
Brief (newsletter; JSON-LD datePublished 2026-03-16); Kypros Broadcast News (broadcaster;
no date anywhere; "on Thursday"). Legitimate traps: EUR 4,312,650 vs "about 4.3 million
euros"; GBP 3.7m and USD 4.7m conversions; six-year main sentence vs two-year suspended
sentence for Solomou vs suspension period of three years vs 14-year maximum; 11 counts vs
three counts for Solomou; conviction date 19 February vs sentencing 12 March vs mitigation
hearing 2 March (a Monday); 10:30 local vs 0830 GMT; "yesterday"/"on Thursday"/"last
month"; judge as "Judge", "presiding judge" and "the president of the court"; defendant's
name with and without "Michael"; judge's quote in three wordings; confiscation EUR 1.9m vs
repaid EUR 620,000 vs EUR 25,000 second-signature threshold; arrest June 2024 and payments
between 2017 and 2023; sidebar enforcement tracker with other sums.

tr-AD4 (trade, CONTROL, fetched 2026-11-20). True facts: on Friday 6 November 2026 at
11:00 CET (10:00 GMT) Malta's National Statistics Office published provisional September
2026 goods trade: exports EUR 301.4m (+6.4% y/y), imports EUR 714.0m (-8.6%), deficit EUR
412.6m (September 2025: EUR 498.1m = 781.5 - 283.4; narrowing EUR 85.5m); January-September
deficit EUR 4,011.8m vs EUR 4,387.2m; August deficit revised to EUR 449.8m from a
preliminary EUR 455.3m; consensus about EUR 450m; mineral fuel imports EUR 176.9m,
machinery imports EUR 243.5m; machinery exports EUR 132.8m, chemicals EUR 58.7m; Germany
EUR 38.2m, US EUR 26.9m. Planted: none. Outlets: Mediterranean Wire Service (wire;
article:published_time 2026-11-06T10:35Z; "on Friday"); The Harbour Times (newspaper;
visible date Saturday 7 November 2026; "yesterday"); Med Trade Digest (newsletter; no
date anywhere; "on Friday"). Legitimate traps: EUR 412.6m vs "EUR 413m" rounding; EUR
714.0m vs "EUR 714 million"; ~USD 474m at 1.1500; year-earlier EUR 498.1m; "just over EUR
4 billion" and "some EUR 375 million less" vs exact cumulative figures; August
preliminary vs revised; consensus EUR 450m vs actual; 11:00 local vs 1000 GMT; Cyprus
(EUR 611.2m, August), Greece (EUR 3.1bn) and Italy in sidebars; the newsletter's forecast
of an annual deficit near EUR 5.3bn vs EUR 5.8bn last year; economist quote given verbatim
in different wordings and paraphrased.

rk-AD5 (rocket, CONTROL, fetched 2026-06-03). True facts: Idaean Aerospace (Heraklion;
CEO Dimitra Lagou; flight director and CTO Yannis Pattakos) launched the single-stage
solid-fuel Talos-2 (7.4 m, 1,150 kg, ~31 s burn, ~Mach 4.3) from the NAMFI range on the
Akrotiri peninsula, Crete, on Wednesday 20 May 2026 at 10:42 EEST (07:42 UTC), twelve
minutes into a window opening at 10:30 (hold for a fishing boat); a first attempt on
Tuesday 19 May was scrubbed for upper-level winds; apogee 84.6 km (52.6 mi) about 2 min
40 s after liftoff vs a pre-flight prediction of 88 km; preliminary "about 85 km" at an
11:10 briefing, 84.6 km confirmed at 13:30; ~140 s (2 min 20 s) of microgravity; capsule
splashdown about 14 minutes after liftoff, 61 km north-west of the range, recovered by
the Agia Irini at 12:55 local (09:55 UTC); four experiments (University of Crete,
University of Malta, Troodos Sensing, Idaean); Talos-1 reached 31.5 km in September
2025; Series A EUR 6.8m; about 85 staff; Talos-3 aims above 120 km by end-2027.
Planted: none. Outlets: Orbit & Ascent (newsletter; article:published_time
2026-05-20T14:05Z; UTC times); Chania Daily Post (newspaper; visible date Thursday 21 May
2026; "yesterday"); Crete Channel 9 (live page; no date anywhere; local timestamps).
Legitimate traps: 10:42 local vs 07:42 UTC; 12:55 local vs 09:55 UTC vs "just before
1pm"; scrubbed Tuesday attempt vs Wednesday launch; preliminary "about 85 km" vs confirmed
84.6 km vs 88 km prediction; km vs miles; 1,150 kg vs 1.15 tonnes; 140 s vs "two minutes
and 20 seconds"; Talos-1's 31.5 km and the 100 km Karman line; Talos-3's 120 km target,
"by the end of 2027" vs "by the end of next year"; the CEO's quote in three wordings;
window opening 10:30 vs liftoff 10:42.

eq-AD6 (earthquake, fetched 2026-08-21). True facts: on Saturday 8 August 2026 at 06:14
EEST (03:14 UTC) an earthquake struck at sea about 28 km (17 mi) south-west of Pigadia,
Karpathos, between Karpathos and Kasos, depth 12 km (7.5 mi); the NOA Geodynamic
Institute's automatic magnitude 6.1 was revised to 5.9; EMSC gave 5.8; 19 people injured
(final count at the 20:00 briefing; 3 flown to Rhodes, including a woman of 78 with a
broken hip), no deaths; worst damage in Arkasa (church bell tower collapsed, tents for
about 120 residents); 112 shore advisory 06:31-07:40 local; more than 60 aftershocks,
largest 4.3 at 09:02 local (06:02 UTC); 140 buildings inspected and 37 declared unsafe by
early evening, 168 and 44 by midnight. PLANTED: (1) magnitude: right 5.9, wrong 5.6
(attributed to the Geodynamic Institute) in the Dodecanese Chronicle; (2) injured: right
19, wrong 29 in Aegean Press Agency (the wire); (3) worst-hit village: right Arkasa, wrong
Menetes in Quake Notes. Outlets: DTV News (live page; article:published_time
2026-08-08T06:40+03:00; local timestamps); Aegean Press Agency (wire; JSON-LD
datePublished 2026-08-08T20:45+03:00; "on Saturday"); Dodecanese Chronicle (newspaper;
visible date Sunday 9 August 2026; "yesterday"); Quake Notes (newsletter; no date
anywhere; UTC times). Legitimate traps: automatic 6.1 revised to 5.9; EMSC 5.8; partial
injured counts (at least six at 08:10, 12 at 11:20) vs final 19; 06:14 local vs 03:14
UTC/0314 GMT, and the other times in both zones; largest aftershock 4.3; 140/37 vs 168/44
inspections with their times; km vs miles; "Saturday"/"yesterday"/"this morning";
sidebar with earlier quakes (4.6, 5.1, 4.8); Bath's-law arithmetic (about 1.2 units); the
mayor's and minister's quotes paraphrased differently; emergency phone numbers.
"""

import html
import json


def _esc(text):
    return html.escape(text, quote=False)


def _attr(text):
    return html.escape(text, quote=True)


def _paras(text):
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        joined = " ".join(line for line in lines if line)
        if joined:
            out.append(joined)
    return out


def _slug(text):
    keep = [c.lower() if c.isalnum() else "-" for c in text]
    return "-".join(part for part in "".join(keep).split("-") if part)


_SHARE = (
    '<div class="share-buttons" aria-label="Share this article">'
    '<a class="share fb" href="#share-facebook">Facebook</a>'
    '<a class="share x" href="#share-x">X</a>'
    '<a class="share wa" href="#share-whatsapp">WhatsApp</a>'
    '<a class="share mail" href="#share-email">Email</a>'
    '<button class="copy-link" type="button">Copy link</button>'
    "</div>"
)

_AD = (
    '<div class="ad-slot {cls}" data-ad-unit="{unit}">'
    '<span class="ad-label">Advertisement</span></div>'
)


def _page(
    outlet,
    url,
    headline,
    body,
    *,
    section,
    standfirst="",
    byline="",
    published_meta=None,
    modified_meta=None,
    jsonld_date=None,
    visible_date=None,
    live=None,
    live_intro_title="Latest updates",
    sidebar_title="",
    sidebar=(),
    related=(),
    most_read=(),
    description="",
    extra_body_end="",
):
    """Render one complete HTML page for an invented outlet."""
    site = outlet["site"]
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(headline)} | {_esc(site)}</title>",
        f'<meta name="description" content="{_attr(description or standfirst or headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_attr(headline)}">',
        f'<meta property="og:site_name" content="{_attr(site)}">',
        f'<meta property="og:url" content="{_attr(url)}">',
        f'<meta property="article:section" content="{_attr(section)}">',
    ]
    if published_meta:
        head.append(f'<meta property="article:published_time" content="{published_meta}">')
    if modified_meta:
        head.append(f'<meta property="article:modified_time" content="{modified_meta}">')
    head.append(f'<link rel="canonical" href="{_attr(url)}">')
    head.append(f'<link rel="stylesheet" href="/assets/{outlet["css"]}.css">')
    if jsonld_date:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": jsonld_date,
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": site},
        }
        if byline:
            ld["author"] = {"@type": "Person", "name": byline.replace("By ", "", 1)}
        dumped = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{dumped}</script>')
    head.append("</head>")

    nav_items = "".join(
        f'<li><a href="/{_slug(item)}/">{_esc(item)}</a></li>' for item in outlet["nav"]
    )
    top = [
        f'<body class="{outlet["css"]} article-page">',
        '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">',
        f"<p>{_esc(outlet['cookie'])}</p>",
        '<button type="button" class="accept">Accept all</button>',
        '<button type="button" class="settings">Manage preferences</button>',
        "</div>",
        '<header class="site-header">',
        f'<a class="logo" href="/">{_esc(site)}</a>',
        f'<p class="tagline">{_esc(outlet["tagline"])}</p>',
        f'<nav class="main-nav" aria-label="Sections"><ul>{nav_items}</ul></nav>',
        "</header>",
        _AD.format(cls="ad-leaderboard", unit="top-728x90"),
        '<main class="layout">',
        '<article class="story">',
        f'<p class="kicker">{_esc(section)}</p>',
        f"<h1>{_esc(headline)}</h1>",
    ]
    if standfirst:
        top.append(f'<p class="standfirst">{_esc(standfirst)}</p>')
    if byline:
        top.append(f'<p class="byline">{_esc(byline)}</p>')
    if visible_date:
        top.append(f'<p class="dateline-date"><span class="date">{_esc(visible_date)}</span></p>')
    top.append(_SHARE)
    top.append('<div class="article-body">')

    paras = _paras(body)
    body_html = []
    for i, p in enumerate(paras):
        body_html.append(f"<p>{_esc(p)}</p>")
        if i == 2 and len(paras) > 5:
            body_html.append(_AD.format(cls="ad-inline", unit="mid-300x250"))
    if live:
        body_html.append(f'<h2 class="live-heading">{_esc(live_intro_title)}</h2>')
        body_html.append('<div class="live-feed">')
        for stamp, title, text in reversed(live):
            body_html.append('<div class="live-update">')
            body_html.append(f'<span class="live-time">{_esc(stamp)}</span>')
            if title:
                body_html.append(f"<h3>{_esc(title)}</h3>")
            for p in _paras(text):
                body_html.append(f"<p>{_esc(p)}</p>")
            body_html.append("</div>")
        body_html.append("</div>")
    if extra_body_end:
        body_html.append(extra_body_end)

    rel_items = "".join(
        f'<li><a href="{_attr(href)}">{_esc(text)}</a></li>' for href, text in related
    )
    side_items = "".join(f"<li>{_esc(item)}</li>" for item in sidebar)
    most_items = "".join(f"<li>{_esc(item)}</li>" for item in most_read)
    footer_links = "".join(
        f'<li><a href="/{_slug(x)}/">{_esc(x)}</a></li>'
        for x in ("About us", "Contact", "Privacy policy", "Cookie settings", "Terms of use")
    )
    tail = [
        "</div>",
        _SHARE.replace('class="share-buttons"', 'class="share-buttons bottom"'),
        '<section class="related-links"><h2>Related stories</h2>',
        f"<ul>{rel_items}</ul></section>",
        "</article>",
        '<aside class="sidebar">',
        _AD.format(cls="ad-mpu", unit="side-300x600"),
        f'<section class="sidebar-box"><h2>{_esc(sidebar_title)}</h2><ul>{side_items}</ul>',
        "</section>",
        f'<section class="most-read"><h2>Most read</h2><ol>{most_items}</ol></section>',
        _AD.format(cls="ad-mpu", unit="side-300x250"),
        "</aside>",
        "</main>",
        '<footer class="site-footer">',
        f"<ul>{footer_links}</ul>",
        f"<p>{_esc(outlet['footer'])}</p>",
        f"<p>&copy; {_esc(site)}. All rights reserved.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(head + top + body_html + tail) + "\n"


_OUTLETS = {
    "mws": {
        "site": "Mediterranean Wire Service",
        "css": "mws",
        "tagline": "News from the Mediterranean, as it happens",
        "nav": ["World", "Business", "Markets", "Politics", "Energy", "Sport"],
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic. "
        "You can change your choices at any time.",
        "footer": "Mediterranean Wire Service is an independent news agency. "
        "Wire copy may not be republished without a licence.",
    },
    "ledger": {
        "site": "The Valletta Ledger",
        "css": "ledger",
        "tagline": "Malta's independent daily",
        "nav": ["Local", "Business", "Opinion", "Gozo", "Culture", "Sport", "Obituaries"],
        "cookie": "This website uses cookies. By continuing to browse you agree to our use "
        "of cookies.",
        "footer": "The Valletta Ledger is published by Ledger Media Ltd, Marsa, Malta.",
    },
    "epm": {
        "site": "Euro Periphery Monitor",
        "css": "epm",
        "tagline": "Macro intelligence for southern Europe",
        "nav": ["Briefings", "Country notes", "Central banks", "Data", "Subscribe"],
        "cookie": "We use essential cookies to run this newsletter site and optional cookies "
        "to understand how it is read.",
        "footer": "Euro Periphery Monitor is a subscriber newsletter. Nothing here is "
        "investment advice.",
    },
    "irn": {
        "site": "Island Radio News",
        "css": "irn",
        "tagline": "Malta's news, on air and online",
        "nav": ["News", "Listen live", "Podcasts", "Weather", "Traffic", "Sport"],
        "cookie": "Island Radio uses cookies to remember your settings and to measure "
        "audiences.",
        "footer": "Island Radio News is part of the Island Broadcasting Group.",
    },
    "dtv": {
        "site": "DTV News",
        "css": "dtv",
        "tagline": "Dodecanese Television - news for the islands",
        "nav": ["Islands", "Greece", "Live", "Weather", "Ferries", "Video"],
        "cookie": "DTV uses cookies for essential functions, analytics and advertising.",
        "footer": "DTV News is the news service of Dodecanese Television, Rhodes.",
    },
    "apa": {
        "site": "Aegean Press Agency",
        "css": "apa",
        "tagline": "Wire news from Greece and the Aegean",
        "nav": ["Greece", "Islands", "World", "Economy", "Politics", "Photos"],
        "cookie": "Our partners and we use cookies to deliver the service and measure "
        "performance.",
        "footer": "Aegean Press Agency content is supplied to subscribing media under "
        "licence.",
    },
    "courier": {
        "site": "The Rhodes Courier",
        "css": "courier",
        "tagline": "The English-language weekly of the Dodecanese",
        "nav": ["News", "Rhodes town", "Villages", "Tourism", "Letters", "What's on"],
        "cookie": "We use cookies to make this site work and to show you relevant adverts.",
        "footer": "The Rhodes Courier is published every Tuesday and online daily.",
    },
    "seb": {
        "site": "Southern Europe Briefing",
        "css": "seb",
        "tagline": "Politics and policy from Lisbon to Limassol",
        "nav": ["Briefings", "Elections", "Policy", "Podcast", "Subscribe"],
        "cookie": "This site uses cookies to keep you signed in and to count readers.",
        "footer": "Southern Europe Briefing is an independent newsletter.",
    },
    "emw": {
        "site": "Eastern Med Wire",
        "css": "emw",
        "tagline": "Cyprus, Greece and the Levant",
        "nav": ["Cyprus", "Courts", "Business", "Shipping", "Region", "World"],
        "cookie": "Eastern Med Wire uses cookies to provide its services and for analytics.",
        "footer": "Eastern Med Wire, Nicosia. Subscriber wire service.",
    },
    "herald": {
        "site": "Limassol Herald",
        "css": "herald",
        "tagline": "The voice of the south coast",
        "nav": ["Limassol", "Cyprus", "Courts", "Business", "Opinion", "Property"],
        "cookie": "The Limassol Herald uses cookies. Click accept to continue.",
        "footer": "The Limassol Herald is published by Herald Publications Ltd, Limassol.",
    },
    "scb": {
        "site": "Shipping Compliance Brief",
        "css": "scb",
        "tagline": "Enforcement, sanctions and fraud in maritime business",
        "nav": ["Briefs", "Enforcement", "Sanctions", "Fraud", "Events", "Subscribe"],
        "cookie": "We use cookies to manage subscriptions and understand readership.",
        "footer": "Shipping Compliance Brief is a weekly subscriber newsletter.",
    },
    "kbn": {
        "site": "Kypros Broadcast News",
        "css": "kbn",
        "tagline": "Television and radio news for Cyprus",
        "nav": ["News", "Watch", "Listen", "Weather", "Sport", "Programmes"],
        "cookie": "KBN uses cookies to improve your experience on our services.",
        "footer": "Kypros Broadcast News is a service of KBN Media.",
    },
    "harbour": {
        "site": "The Harbour Times",
        "css": "harbour",
        "tagline": "News and business from Malta and Gozo",
        "nav": ["National", "Business", "World", "Opinion", "Lifestyle", "Sport"],
        "cookie": "We use cookies so our website works well and to show relevant adverts.",
        "footer": "The Harbour Times is published by Harbour Press Ltd, Valletta.",
    },
    "mtd": {
        "site": "Med Trade Digest",
        "css": "mtd",
        "tagline": "Goods, ports and trade flows around the Mediterranean",
        "nav": ["Digest", "Trade data", "Ports", "Tariffs", "Subscribe"],
        "cookie": "Med Trade Digest uses cookies for log-in and readership statistics.",
        "footer": "Med Trade Digest is an independent trade newsletter.",
    },
    "orbit": {
        "site": "Orbit & Ascent",
        "css": "orbit",
        "tagline": "The newsletter of the European launch business",
        "nav": ["Launches", "Industry", "Policy", "Data", "Jobs", "Subscribe"],
        "cookie": "Orbit & Ascent uses cookies for sign-in and to measure readership.",
        "footer": "Orbit & Ascent is published by Ascent Media.",
    },
    "chania": {
        "site": "Chania Daily Post",
        "css": "chania",
        "tagline": "News from western Crete",
        "nav": ["Chania", "Crete", "Greece", "Business", "Culture", "Weather"],
        "cookie": "This site uses cookies. You can accept or manage them below.",
        "footer": "Chania Daily Post, Chania, Crete.",
    },
    "c9": {
        "site": "Crete Channel 9",
        "css": "c9",
        "tagline": "Crete's news channel",
        "nav": ["News", "Live", "Video", "Crete", "Sport", "Weather"],
        "cookie": "Crete Channel 9 uses cookies for video playback, analytics and ads.",
        "footer": "Crete Channel 9 is a regional broadcaster based in Heraklion.",
    },
    "chron": {
        "site": "Dodecanese Chronicle",
        "css": "chron",
        "tagline": "Since the days of the caiques",
        "nav": ["Islands", "Rhodes", "Kos", "Karpathos", "Opinion", "Weather"],
        "cookie": "We and our partners use cookies. Accept to continue reading.",
        "footer": "The Dodecanese Chronicle is printed in Rhodes and published online.",
    },
    "qn": {
        "site": "Quake Notes",
        "css": "qn",
        "tagline": "Plain-language notes on earthquakes around the Mediterranean",
        "nav": ["Notes", "Maps", "Explainers", "Archive", "Subscribe"],
        "cookie": "Quake Notes uses a small number of cookies for readership counts.",
        "footer": "Quake Notes is written by volunteers with a background in seismology.",
    },
}


# ---------------------------------------------------------------------------
# cb-AD1 - central bank (control)
# ---------------------------------------------------------------------------

_CB1_WIRE = """
VALLETTA, June 11 (MWS) - The Central Bank of Malta on Thursday raised its forecast
for economic growth this year to 4.3%, from 3.9% in its December projections, saying
strong services exports and another busy tourism season would keep the island well
ahead of the rest of the euro area.

In its twice-yearly economic projections, presented at a news conference at the bank's
headquarters on Castille Place that began at 11:00 local time (0900 GMT), the bank said
it expected real gross domestic product to expand by 3.7% in 2027 and 3.5% in 2028 as
the pace of job creation slows.

Growth last year came in at 5.6%, according to official data, so the new forecast still
implies a gradual cooling of an economy that has outpaced most of Europe for a decade.

Governor Karmenu Azzopardi said the upgrade reflected stronger-than-expected activity in
the first quarter, when tourist arrivals, remote gaming revenue and financial services
all beat the bank's assumptions.

"Malta's economy is still growing at more than three times the pace of the euro area,
but the labour market is tight and we cannot take that momentum for granted,"
Azzopardi told reporters.

Inflation, as measured by the harmonised index of consumer prices, is projected to
average 2.2% this year, slightly above the 2.1% pencilled in last December, before
easing to 2.0% in 2027 and 1.9% in 2028. Annual inflation averaged 2.4% in 2025.

The bank expects the unemployment rate to hold at 2.7% this year and edge up to 2.8% in
2027, levels it described as close to full employment. Employment is forecast to grow by
3.6% in 2026, down from last year's pace.

On public finances, the projections show the general government deficit narrowing to
3.1% of GDP this year and 2.6% in 2027, assuming no new support measures. Nominal GDP is
projected at 25.8 billion euros ($29.7 billion) in 2026.

Roberta Psaila, who heads the bank's economic research department, said net exports of
services would account for roughly half of this year's growth. "Tourism, financial
services and the digital sectors remain the main engines," she said, adding that private
consumption would also benefit from rising real wages.

The bank identified weaker demand in the euro area, higher energy prices and renewed
trade tensions as the main downside risks. On the upside, it said tourism could again
outperform if airlines kept adding capacity to the island.

European Central Bank staff projections published earlier this month put euro area
growth at 1.1% this year. Azzopardi, who sits on the ECB's Governing Council, declined to
comment on the outlook for interest rates, saying only that decisions would continue to
be taken "meeting by meeting".

Business groups have repeatedly warned that roads, housing and the power grid have
struggled to keep pace with an economy that has been expanding much faster than the EU
average, largely on the back of a growing foreign workforce.

(Reporting by Lara Micallef; Editing by Tom Ashdown)
"""

_CB1_LEDGER = """
The Central Bank of Malta yesterday revised its growth forecast for this year upwards to
4.3 per cent, citing a stronger start to the year than it had anticipated when it last
published projections in December.

Presenting the bank's latest economic projections in Valletta, Governor Karmenu Joseph
Azzopardi said the Maltese economy remained on a "solid footing" but cautioned that
shortages of workers and housing could weigh on growth over the coming years.

"Our economy is still growing at more than three times the pace of the euro area, but
the labour market is very tight and we cannot take this momentum for granted," the
governor said.

In December the bank had expected growth of 3.9 per cent this year. It now sees the
economy expanding by 3.7 per cent next year and 3.5 per cent in 2028, after growth of
5.6 per cent in 2025.

Inflation is projected at 2.2 per cent this year before falling to 2 per cent in 2027
and 1.9 per cent in 2028. The bank said the government's policy of keeping retail
energy prices stable would continue to shield households from swings in international
markets, while services inflation would ease only slowly.

The unemployment rate is expected to remain at a historically low 2.7 per cent this
year, with employment growing by 3.6 per cent.

Dr Roberta Psaila, head of economic research at the bank, told journalists that roughly
half of this year's growth would come from net exports of services. She pointed to
tourism, financial services and the digital economy as the main drivers, and said rising
real wages should support household spending through the rest of the year.

The projections also foresee the government deficit falling to 3.1 per cent of GDP this
year and 2.6 per cent next year. The bank noted that this assumed no new support
measures beyond those already announced in the last Budget.

Asked whether the forecasts were too optimistic, the governor said the bank had
deliberately built in a slowdown. "We are not projecting a boom. We are projecting a
gradual normalisation," he said.

Economist Luke Spiteri, a lecturer at the University of Malta, said the upgrade was
"largely mechanical" after a strong first quarter. "The interesting number is not 4.3
per cent for this year, it is the steady slide to 3.5 per cent by 2028. The bank is
telling us the easy gains from importing labour are running out," he said.

The Malta Chamber of Commerce, Enterprise and Industry said in a statement that the
figures confirmed the resilience of the private sector, but it repeated its call for
faster investment in infrastructure, skills and the planning system.

The bank's next set of projections is due in December.
"""

_CB1_EPM = """
Malta's central bank did what most forecasters expected last Thursday and pushed its
2026 growth projection higher, to 4.3% from 3.9% in December. What stood out in the
June projections was less the headline upgrade than the shape of the path that
follows it.

The numbers. Real GDP growth is now projected at 4.3% in 2026, 3.7% in 2027 and 3.5% in
2028, after an outturn of 5.6% in 2025. HICP inflation is seen at 2.2% this year, 2% next
year and 1.9% in 2028; the December round had 2.1% for 2026. Unemployment stays at 2.7%
this year before edging up to 2.8%. The general government deficit is projected at 3.1%
of GDP in 2026 and 2.6% in 2027, on a no-policy-change basis. Nominal GDP is put at
EUR25.8bn this year.

The message. Governor Karmenu Azzopardi framed the release around the labour market.
Malta, he said, is still expanding at more than three times the euro-area pace, but he
warned that this momentum could not be taken for granted when firms are struggling to
hire and housing costs are rising. The bank's head of economic research, Roberta Psaila,
attributed about half of this year's expansion to net exports of services.

Context. The ECB's June staff projections have euro area growth at 1.1% in 2026, which
makes Malta's projection almost four times the regional figure. Of the other small
southern members, the Central Bank of Cyprus projects 3.2% growth for Cyprus this year,
and the Bank of Greece 2.1% for Greece. None of the three is forecasting a recession,
and all three cite tourism as the single largest swing factor.

What we think. The Central Bank of Malta has a decent record on near-term projections,
but its medium-term numbers have tended to be too cautious: it underestimated growth in
four of the last five years. We keep our own forecast for 2026 at 4.0%, a little below
the bank's, because we expect slower growth in gaming revenue in the second half. For
2027 our forecast is 3.6%.

On inflation, the projections look reasonable. Energy prices remain administered and
services inflation is sticky but easing. The risk is to the upside if wage settlements
in the public sector spill over into private services.

The fiscal numbers deserve more scrutiny. A deficit of 3.1% of GDP in a year of growth
above 4% is not a comfortable place to be, and the projection relies on spending
restraint that has rarely materialised in the run-up to an election.

Bottom line. A strong year, a gentle slowdown, and a central bank that is more worried
about capacity than demand. For bond investors, the spread story remains unchanged:
Malta trades on its growth and its small, domestically held debt stock, not on its
deficit.

Next week: we look at Cyprus's banking sector after the latest stress tests.
"""

_CB1_RADIO = """
Malta's economy is set to grow faster this year than previously expected, according to
the Central Bank of Malta.

In its latest economic projections, published on Thursday, the bank said it now expects
the economy to grow by 4.3 percent this year. Its previous forecast, published in
December, was 3.9 percent.

Growth is expected to slow to 3.7 percent next year and to 3.5 percent the year after.

Speaking to journalists at the bank in Valletta, central bank governor Karmenu Azzopardi
said the economy was growing much faster than the rest of the euro area, but that
businesses were finding it hard to recruit workers.

Mr Azzopardi said the bank could not take the current momentum for granted, and that a
tight labour market was the biggest challenge facing the economy.

The bank expects inflation to average 2.2 percent this year and to ease to 2.0 percent
next year.

Unemployment is expected to stay very low, at 2.7 percent.

The bank's head of economic research, Dr Roberta Psaila, said tourism, financial
services and the digital sector would account for much of the growth. She told Island
Radio News that she expected higher wages to keep consumer spending strong.

"People are earning more in real terms, and that is showing up in the shops and in
restaurants," Dr Psaila said.

The projections were welcomed by business organisations. A spokesperson for the Malta
Chamber of Small and Medium Enterprises told us that members were reporting strong
order books, but that staff shortages and rising rents remained their main worry.

The Opposition's spokesman for the economy, Mark Zerafa Bugeja, said the figures showed
the economy was growing but that families did not feel it. He said the government's
deficit, which the bank projects at 3.1 percent of GDP this year, was too high for an
economy growing this quickly.

The finance ministry said the projections were in line with its own expectations and
that the deficit would continue to fall.

Last year the Maltese economy grew by 5.6 percent.

The central bank publishes its economic projections twice a year. The next set is due in
December.

In other business news, the Malta Stock Exchange index closed slightly higher on
Thursday, led by banking shares.

You can hear more on this story in our Business Hour programme, with an interview with
the governor.

Join the conversation on our social media pages and let us know: are you feeling the
benefits of a growing economy?
"""

_CB_AD1 = {
    "id": "cb-AD1",
    "part": "AD",
    "domain": "central bank",
    "fetched": "2026-06-26",
    "articles": [
        {
            "url": "https://www.medwire.example/business/2026/06/11/"
            "malta-central-bank-raises-growth-forecast",
            "html": _page(
                _OUTLETS["mws"],
                "https://www.medwire.example/business/2026/06/11/"
                "malta-central-bank-raises-growth-forecast",
                "Malta central bank raises 2026 growth forecast to 4.3%, flags tight "
                "labour market",
                _CB1_WIRE,
                section="Business",
                byline="By Lara Micallef",
                published_meta="2026-06-11T09:48:00Z",
                modified_meta="2026-06-11T10:31:00Z",
                sidebar_title="Markets snapshot",
                sidebar=(
                    "EUR/USD: 1.1512",
                    "Brent crude: $78.40 a barrel",
                    "MSE Share Index: 3,912.6 (+0.3%)",
                    "German 10-year Bund yield: 2.61%",
                ),
                related=(
                    ("/business/ecb-staff-projections", "ECB staff see euro area growth "
                     "of 1.1% this year"),
                    ("/business/cyprus-central-bank-outlook", "Cyprus central bank keeps "
                     "growth outlook steady"),
                    ("/business/malta-tourism-record", "Malta airport passenger numbers "
                     "hit new monthly high"),
                ),
                most_read=(
                    "Ferry operators warn of summer capacity squeeze",
                    "Italian bond yields ease after auction",
                    "Gozo tunnel study sent back for review",
                ),
            ),
        },
        {
            "url": "https://www.vallettaledger.example/business/"
            "central-bank-lifts-growth-outlook",
            "html": _page(
                _OUTLETS["ledger"],
                "https://www.vallettaledger.example/business/"
                "central-bank-lifts-growth-outlook",
                "Central Bank lifts growth outlook to 4.3 per cent",
                _CB1_LEDGER,
                section="Business",
                standfirst="Governor warns that a tight labour market could test the "
                "economy's momentum",
                byline="By Matthew Cassar",
                visible_date="Friday, 12 June 2026",
                sidebar_title="At a glance: the bank's projections",
                sidebar=(
                    "GDP growth: 4.3% (2026), 3.7% (2027), 3.5% (2028)",
                    "Inflation: 2.2% (2026), 2.0% (2027), 1.9% (2028)",
                    "Unemployment: 2.7% (2026)",
                    "Deficit: 3.1% of GDP (2026)",
                    "Euro area growth, ECB: 1.1% (2026)",
                ),
                related=(
                    ("/business/budget-deficit-target", "Government sticks to deficit "
                     "target despite spending pressures"),
                    ("/local/rents-rise-again", "Rents rise again as demand outstrips "
                     "supply"),
                    ("/opinion/labour-shortage", "Editorial: the limits of importing "
                     "growth"),
                ),
                most_read=(
                    "Traffic diversions in Msida for road works",
                    "Heritage Malta opens restored fort to visitors",
                    "Water polo: Sliema edge derby",
                ),
            ),
        },
        {
            "url": "https://www.europeriphery.example/notes/malta-growth-upgrade-june",
            "html": _page(
                _OUTLETS["epm"],
                "https://www.europeriphery.example/notes/malta-growth-upgrade-june",
                "Malta: growth upgrade, and a central bank worried about capacity",
                _CB1_EPM,
                section="Country notes",
                byline="By Helena Strand",
                jsonld_date="2026-06-15T07:00:00+02:00",
                sidebar_title="2026 growth projections, latest",
                sidebar=(
                    "Malta (Central Bank of Malta): 4.3%",
                    "Cyprus (Central Bank of Cyprus): 3.2%",
                    "Greece (Bank of Greece): 2.1%",
                    "Euro area (ECB staff): 1.1%",
                    "Our forecast for Malta: 4.0%",
                ),
                related=(
                    ("/notes/ecb-june-projections", "ECB June projections: slow and "
                     "steady"),
                    ("/notes/cyprus-banks-stress", "Cyprus: what the stress tests will "
                     "show"),
                ),
                most_read=(
                    "Portugal: the housing question",
                    "Spreads: why the periphery stopped being peripheral",
                    "Greece: primary surplus in the spotlight",
                ),
            ),
        },
        {
            "url": "https://www.islandradio.example/news/central-bank-upgrades-forecast",
            "html": _page(
                _OUTLETS["irn"],
                "https://www.islandradio.example/news/central-bank-upgrades-forecast",
                "Central Bank upgrades growth forecast as governor warns on labour "
                "shortages",
                _CB1_RADIO,
                section="News",
                sidebar_title="Also on Island Radio",
                sidebar=(
                    "Business Hour: weekdays at 6pm",
                    "Weather: sunny, highs of 29C",
                    "Sea temperature: 24C",
                ),
                related=(
                    ("/news/chamber-smes-survey", "SMEs report strong order books"),
                    ("/news/rents-survey", "Survey: one in three tenants spends half of "
                     "income on rent"),
                ),
                most_read=(
                    "Bus routes changed for summer timetable",
                    "Man hospitalised after fall in Qormi",
                    "Festa season: road closures this weekend",
                ),
                extra_body_end='<div class="audio-player"><button type="button">'
                "Listen to this report</button></div>",
            ),
        },
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AD2 - election (three planted disagreements)
# ---------------------------------------------------------------------------

_EL2_LIVE_INTRO = """
Voters in the municipality of Rhodes returned to the polls today for the second round of
the snap mayoral election called after Antonis Kyriazis stepped down in July for health
reasons.

The run-off pits Eleni Markopoulou, 47, a civil engineer and former deputy mayor for
tourism who heads the independent list Rhodes Together, against Stavros Kalogirou, 58, a
lawyer and former chairman of the municipal council, who leads A New Start for Rhodes.

Markopoulou finished first in last Sunday's first round with 38.9%, ahead of Kalogirou
on 31.2%. Polls close at 19:00. Follow our live coverage of the count below; all times
are local.
"""

_EL2_LIVE = [
    (
        "18:55",
        "Five minutes to go",
        """
Polling stations from the Old Town to Lindos, Archangelos and Embonas close in five
minutes. The municipal election office estimated turnout at 17:00 at just under a third
of registered voters, well below the pace of the first round.
""",
    ),
    (
        "19:00",
        "Polls closed",
        """
Voting has ended. Counting is under way at all 146 polling stations in the municipality.
Results will be posted on the interior ministry's results site as they arrive.
""",
    ),
    (
        "19:40",
        "First results: Markopoulou ahead",
        """
With 12% of polling stations counted, Eleni Markopoulou has 52.4% and Stavros Kalogirou
47.6%. These are early returns, mostly from villages in the south of the island.
""",
    ),
    (
        "20:30",
        "Lead widens as town centre reports",
        """
With 41% of polling stations counted: Markopoulou 53.1%, Kalogirou 46.9%. The stations
in Rhodes town, where Markopoulou was strongest in the first round, are now coming in.

"We are cautious, but the trend is clear," her campaign spokesman, Manolis Fotiou, told
DTV outside the Rhodes Together office.
""",
    ),
    (
        "21:05",
        "Three quarters counted",
        """
With 78% of polling stations counted: Markopoulou 54.2%, Kalogirou 45.8%. The gap is
now more than 3,000 votes. Supporters are gathering near Mandraki harbour.
""",
    ),
    (
        "21:15",
        "Kalogirou concedes",
        """
Stavros Kalogirou has conceded defeat. Speaking to supporters at his campaign office on
Australias Avenue, he said: "The people have spoken and I respect their decision. I have
called Mrs Markopoulou to congratulate her and to wish her every success, because her
success is the success of Rhodes."

He said his list would take its seats in the council as a "constructive but vigilant"
opposition.
""",
    ),
    (
        "21:40",
        "Markopoulou: a city for those who live here all year round",
        """
Eleni Markopoulou has addressed several hundred supporters near Mandraki harbour. "Rhodes
voted tonight for a city that works for the people who live here all year round, not
only for the summer," she said, to loud cheers.

She promised to present a plan for water supply in the villages and for traffic in the
Old Town within her first hundred days.
""",
    ),
    (
        "22:30",
        "Reactions",
        """
The regional governor of the South Aegean, Giannis Dimitrakis, congratulated
Markopoulou and said the region would work "hand in hand" with the new municipal
authority. Nikos Vassilakis, who came third in the first round and declined to back
either candidate in the run-off, also sent his congratulations.
""",
    ),
    (
        "00:20",
        "Final result",
        """
All 146 polling stations have now been counted. Final result: Eleni Markopoulou 54.6%
(24,118 votes), Stavros Kalogirou 45.4% (20,054 votes). Blank and invalid ballots:
1,023. Turnout was 39.8%, down from 47.1% in the first round a week ago.

This live page is now closed. Thank you for following DTV's election night coverage.
""",
    ),
]

_EL2_WIRE = """
RHODES, Greece, Oct 12 (APA) - Eleni Markopoulou, a former deputy mayor for tourism,
was elected mayor of Rhodes on Sunday, winning 56.4% of the vote in a run-off against
lawyer Stavros Kalogirou, who took 45.4%, according to final results published early on
Monday.

Markopoulou, 47, who ran at the head of the independent list Rhodes Together, received
24,118 votes to Kalogirou's 20,054, a margin of 4,064 votes. Turnout in the second round
was 39.8%, down from 47.1% a week earlier, continuing a long decline in participation in
Greek local elections.

The snap vote was called after Antonis Kyriazis resigned as mayor in July for health
reasons, halfway through his term. Markopoulou will serve the remainder of that term,
which runs until the end of 2028.

Kalogirou, 58, a former chairman of the municipal council, conceded at 21:15 local time
(1815 GMT), a little over two hours after polls closed, when about three quarters of
polling stations had reported.

"The people have spoken and I respect their decision," he told supporters. He said he
had telephoned Markopoulou to congratulate her.

Speaking near Mandraki harbour later in the evening, Markopoulou said voters had chosen
"a city that works for the people who live here all year round, not only for the
summer". The campaign was dominated by complaints about water shortages in the villages,
summer traffic in the Old Town and the pressure of mass tourism on housing.

Rhodes, the largest of the Dodecanese islands, received record numbers of visitors this
summer, and local residents have increasingly complained that short-term rentals are
pushing up rents for workers and families. Markopoulou has promised a register of
short-term lets and a cap on new licences in the Old Town, a UNESCO World Heritage site.

In the first round on Oct. 4, Markopoulou won 38.9% and Kalogirou 31.2%. Nikos
Vassilakis, a businessman who came third with 17.5%, declined to endorse either
candidate.

The regional governor of the South Aegean, Giannis Dimitrakis, said the region would
work closely with the new mayor on water infrastructure projects. A spokeswoman for the
interior ministry said the vote had passed without incident.

Markopoulou is expected to be sworn in later this month. She will be only the second
woman to lead the municipality since it took its current form.

Political analysts said the result showed the strength of independent local lists on
the islands, where national party labels count for less than in mainland cities.
"Voters in Rhodes were choosing a manager for their town, not sending a message to
Athens," said Thanos Kyrou, a political scientist at the University of the Aegean.

(Reporting by Maria Stathaki; editing by Paul Keane)
"""

_EL2_COURIER = """
Rhodes has a new mayor. Eleni Markopoulou, the former deputy mayor for tourism, won
Sunday's run-off with 54.6 per cent of the vote, beating Stavros Kalogirou, who took 45.4
per cent, in an election that saw fewer than four in ten voters turn out.

The result was certified yesterday by the Rhodes Court of First Instance, clearing the
way for Mrs Markopoulou to be sworn in on Monday 19 October at the town hall.

The count on Sunday night was never really in doubt. Mrs Markopoulou led from the first
returns, and by the time the town centre polling stations had reported her lead had
stretched beyond 3,000 votes. Mr Kalogirou conceded at 23:15, telling supporters at his
office on Australias Avenue that "the people have spoken" and that he had called his
rival to congratulate her.

Shortly afterwards Mrs Markopoulou appeared before a crowd near Mandraki harbour. "Rhodes
has voted for a city that works for those who live here all year round, and not just in
the summer," she said.

In the end she received 24,118 votes to Mr Kalogirou's 20,054. Turnout was 39.8 per cent,
against 47.1 per cent in the first round on 4 October, when Mrs Markopoulou took 38.9 per
cent and Mr Kalogirou 31.2 per cent.

For the villages, the result may matter more than for the town. Mrs Markopoulou's
strongest support outside Rhodes town came from the south of the island, where several
communities went without running water for days in August. She has promised a
water-supply plan for the villages within her first hundred days, along with a scheme to
ease traffic around the Old Town walls.

"We have heard the villages," her campaign spokesman, Manolis Fotiou, told the Courier on
Monday. "The first meetings will be with the community presidents in the south."

Mr Kalogirou, 58, a lawyer who chaired the municipal council for four years, said his
list would act as a "constructive but vigilant" opposition. A New Start for Rhodes will
hold 14 of the 41 seats on the new council, with Rhodes Together holding 21 and smaller
lists the remaining six.

The election was called after Antonis Kyriazis, who was re-elected in 2023, resigned in
July on medical advice. Mrs Markopoulou, 47, served as his deputy for tourism for four
years before leaving the administration to set up her own list.

Reactions from across the island were largely positive. The Rhodes Hoteliers'
Association said it looked forward to "a serious dialogue" on the future of tourism,
while the Rhodes Traders' Association urged the new mayor to move quickly on parking.

Readers can find full results by polling station, and a map of how each village voted,
on our website.
"""

_EL2_SEB = """
A low-turnout run-off on Rhodes has handed the island's town hall to an independent
candidate who campaigned on a single, simple idea: that the island should be run for
those who live on it all year.

Eleni Markopoulou, a former deputy mayor for finance on the island, won Sunday's
second round with 54.6% of the vote against 45.4% for Stavros Kalogirou, a lawyer backed
by a rival independent list. Turnout was 39.8%, down from 47.1% in the first round a week
earlier.

The timing tells its own story. Polls closed at 16:00 GMT; Kalogirou conceded at 18:15
GMT, once around three quarters of the vote had been counted and his deficit had grown
beyond 3,000 votes. The final margin was 4,064 votes.

Why it matters beyond Rhodes. Greece's island municipalities are where the tension
between mass tourism and local life is sharpest, and Rhodes, with its UNESCO-listed Old
Town and a summer population several times its winter one, is the test case. Markopoulou's
platform - a register of short-term rentals, a cap on new licences inside the walls, and
a water plan for the villages - reads like a checklist of grievances that can be heard
from Santorini to Corfu.

Her victory is also another data point in the steady rise of independent local lists.
Neither finalist ran under a national party label, and the parties that dominate
parliament in Athens kept a conspicuously low profile during the campaign. The
first-round third-placed candidate, businessman Nikos Vassilakis, refused to endorse
anyone, and many of his voters appear to have stayed at home.

The quote. "Rhodes voted tonight for a city that works for the people who live here all
year round, not only for the summer," Markopoulou told supporters near Mandraki harbour.
Kalogirou, conceding, said simply: "The people have spoken and I respect their
decision."

What to watch. The new mayor inherits a municipality that has struggled to fund basic
water infrastructure, and she will need the cooperation of the South Aegean region and
of central government to deliver on her hundred-day promises. Her list will have a
majority on the council, which should make the first budget easier to pass.

The turnout figure should worry everyone. Fewer than two in five registered voters took
part, and in some villages participation was lower still. Part of this is structural -
many people registered on Rhodes live and work elsewhere - but it leaves the new mayor
with a mandate from roughly a fifth of the electorate.

Our view: a modest mandate, a clear programme, and an early test of whether island
towns can regulate the industry they depend on.
"""

_EL_AD2 = {
    "id": "el-AD2",
    "part": "AD",
    "domain": "election",
    "fetched": "2026-10-22",
    "articles": [
        {
            "url": "https://www.dtvnews.example/live/rhodes-mayoral-runoff-results",
            "html": _page(
                _OUTLETS["dtv"],
                "https://www.dtvnews.example/live/rhodes-mayoral-runoff-results",
                "LIVE: Rhodes mayoral run-off - results as they come in",
                _EL2_LIVE_INTRO,
                section="Live",
                byline="By the DTV News team",
                published_meta="2026-10-11T18:55:00+03:00",
                modified_meta="2026-10-12T00:20:00+03:00",
                live=_EL2_LIVE,
                live_intro_title="Live updates (times are local)",
                sidebar_title="First round, last Sunday",
                sidebar=(
                    "Markopoulou (Rhodes Together): 38.9%",
                    "Kalogirou (A New Start for Rhodes): 31.2%",
                    "Vassilakis (Rhodes First): 17.5%",
                    "Stergiou (Citizens' Rhodes): 8.3%",
                    "Karras (Dodecanese Left): 4.1%",
                    "Turnout: 47.1%",
                ),
                related=(
                    ("/islands/kos-council-budget", "Kos council approves harbour "
                     "upgrade"),
                    ("/islands/rhodes-water-villages", "Southern villages still waiting "
                     "for water fix"),
                ),
                most_read=(
                    "Ferry timetable changes for the winter season",
                    "Symi: new jetty opens",
                    "Weather: first autumn rain expected midweek",
                ),
            ),
        },
        {
            "url": "https://www.aegeanpress.example/greece/20261012/"
            "markopoulou-wins-rhodes-mayoral-runoff",
            "html": _page(
                _OUTLETS["apa"],
                "https://www.aegeanpress.example/greece/20261012/"
                "markopoulou-wins-rhodes-mayoral-runoff",
                "Independent Markopoulou wins Rhodes mayoral run-off",
                _EL2_WIRE,
                section="Greece",
                byline="By Maria Stathaki",
                jsonld_date="2026-10-12T06:30:00+03:00",
                sidebar_title="Rhodes municipality in numbers",
                sidebar=(
                    "Registered voters: 113,560",
                    "Polling stations: 146",
                    "Council seats: 41",
                    "Mayoral term ends: December 2028",
                ),
                related=(
                    ("/greece/local-lists-rise", "Analysis: the quiet rise of "
                     "independent local lists"),
                    ("/islands/rhodes-short-term-rentals", "Rhodes residents protest "
                     "over short-term rentals"),
                    ("/islands/kyriazis-resigns", "Rhodes mayor Kyriazis resigns on "
                     "medical advice"),
                ),
                most_read=(
                    "Athens metro extension: new stations open",
                    "Olive harvest forecast lowered in Crete",
                    "Piraeus container volumes steady",
                ),
            ),
        },
        {
            "url": "https://www.rhodescourier.example/news/markopoulou-rhodes-new-mayor",
            "html": _page(
                _OUTLETS["courier"],
                "https://www.rhodescourier.example/news/markopoulou-rhodes-new-mayor",
                "Markopoulou is Rhodes' new mayor after comfortable run-off win",
                _EL2_COURIER,
                section="News",
                standfirst="Result certified as turnout falls below 40 per cent",
                byline="By Sophia Lambrou",
                visible_date="Tuesday 13 October 2026",
                sidebar_title="How the new council looks",
                sidebar=(
                    "Rhodes Together: 21 seats",
                    "A New Start for Rhodes: 14 seats",
                    "Other lists: 6 seats",
                    "Total: 41 seats",
                ),
                related=(
                    ("/news/results-by-polling-station", "Full results by polling "
                     "station"),
                    ("/villages/water-crisis-south", "The south's long, dry August"),
                    ("/letters/turnout", "Letters: why so few of us voted"),
                ),
                most_read=(
                    "Lindos: donkey rides row rumbles on",
                    "Charter flights extended into November",
                    "What's on: autumn concerts in the Old Town",
                ),
            ),
        },
        {
            "url": "https://www.sebriefing.example/briefings/rhodes-runoff-independents",
            "html": _page(
                _OUTLETS["seb"],
                "https://www.sebriefing.example/briefings/rhodes-runoff-independents",
                "Rhodes: an island votes for the people who stay",
                _EL2_SEB,
                section="Elections",
                byline="By Anna Ferreira Costa",
                sidebar_title="Other local votes we are watching",
                sidebar=(
                    "Malaga mayoral recall petition: 41,000 signatures needed",
                    "Sardinia regional by-election: turnout 36.2%",
                    "Algarve water referendum: 58% yes",
                ),
                related=(
                    ("/briefings/overtourism-politics", "The politics of overtourism, "
                     "island by island"),
                    ("/briefings/greek-local-government", "Explainer: how Greek local "
                     "government works"),
                ),
                most_read=(
                    "Portugal's housing vote",
                    "Italy's regions and the autonomy law",
                    "Spain: the coastal law fight",
                ),
            ),
        },
    ],
    "planted": [
        ("winner's vote share in the run-off", r"54\.6", r"56\.4"),
        (
            "time Kalogirou conceded (local time)",
            r"21[:.]15|9[:.]15\s*p\.?m",
            r"23[:.]15|11[:.]15\s*p\.?m",
        ),
        ("Markopoulou's former post", r"touris", r"financ"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AD3 - court (three planted disagreements)
# ---------------------------------------------------------------------------

_CT3_WIRE = """
LIMASSOL, March 12 (EMW) - A Cypriot court on Thursday sentenced the former finance
director of a Limassol ship-management company to six years in prison for embezzling
about 4.3 million euros from his employer over several years and laundering the
proceeds through shell companies.

Andreas Hadjipetrou, 54, was convicted last month on 11 counts including embezzlement,
forgery, circulating forged documents and money laundering. The Limassol Assize Court
found that he had diverted 4,312,650 euros from Akrotiri Marine Services Ltd through 212
payments to three companies he secretly controlled, disguising them as fees to
port agents and suppliers.

The three-judge panel, presided over by Judge Nikolaos Christoforou, began reading its
sentencing decision at 10:30 local time (0830 GMT). It imposed concurrent terms, the
longest of them six years on the money-laundering counts, which carry a maximum penalty
of 14 years.

"These offences were not a moment of weakness. They were a calculated and prolonged
betrayal of the trust placed in him by his employer," Christoforou said, adding that the
scale of the fraud and the use of forged invoices called for a custodial sentence that
would deter others.

The court also ordered the confiscation of assets worth about 1.9 million euros,
including an apartment in Germasogeia and a motor yacht, and took into account that
Hadjipetrou had already returned 620,000 euros to the company.

A co-defendant, former accounts clerk Marina Solomou, 36, who was convicted on three
counts of forgery, received a two-year prison sentence suspended for three years. The
court accepted that she had acted on Hadjipetrou's instructions and had not benefited
financially.

Hadjipetrou's lawyer, Sofia Ioannidou, told reporters outside the court that the
sentence was "excessive" and that her client would appeal. "We respect the court, but we
believe it did not give enough weight to his cooperation and to the money he has already
repaid," she said.

Counsel for the Republic, Christos Antoniades, had argued at a mitigation hearing on
March 2 that the case was among the most serious breaches of trust to come before the
Limassol courts in recent years.

The fraud came to light in 2024, when an internal audit ordered by the company's new
chief executive found discrepancies in payments to suppliers. Hadjipetrou was arrested in
June of that year and released on bail.

Akrotiri Marine Services, which manages about 40 dry bulk and tanker vessels, said in a
statement that it welcomed the end of the criminal proceedings and would pursue a civil
claim for the remaining losses.

Limassol is one of the Mediterranean's largest ship-management centres, and the case has
been closely watched by an industry that has come under growing pressure to tighten
financial controls.

(Reporting by Christina Georgiou; editing by Mark Hollis)
"""

_CT3_HERALD = """
A former finance director of a Limassol ship-management firm was jailed for six years
yesterday for stealing €3.4 million from his employer, in one of the largest
embezzlement cases heard by the town's Assize Court.

Andreas Michael Hadjipetrou, 54, from Agios Athanasios, showed no emotion as the
presiding judge, Nikolaos Christoforou, read out the sentence in a packed courtroom.
His wife and two adult children sat in the public gallery.

Hadjipetrou had been found guilty on 19 February of 11 charges, among them embezzlement,
forgery and money laundering, for siphoning money from Akrotiri Marine Services Ltd into
three companies he controlled. The payments were dressed up as fees to port agents,
bunker suppliers and surveyors.

"What we have before us is not a moment of weakness but a calculated, long-running
betrayal of the trust his employer placed in him," the judge said. He said the court had
considered the defendant's clean record, his family circumstances and the money he had
paid back, but that only a prison term would reflect the seriousness of the offences.

The court ordered the confiscation of property worth around €1.9 million, including a
flat in Germasogeia and a 14-metre motor yacht moored at Limassol Marina. Hadjipetrou had
already returned €620,000 to the company before the trial.

His co-accused, Marina Solomou, 36, a former accounts clerk at the firm, was given a
two-year sentence suspended for three years. The judges said she had been "used" by her
superior and had gained nothing from the scheme.

Defence lawyer Sofia Ioannidou said outside the court that the sentence was excessive
and would be appealed. At the mitigation hearing on 2 March she had told the court that
her client had suffered from a gambling addiction for years and had sought treatment
since his arrest.

Prosecutor Christos Antoniades declined to comment after the hearing.

The company's chief executive, Petros Demetriades, who ordered the audit that uncovered
the fraud shortly after taking over in early 2024, said he hoped the case would be "a
lesson for the whole industry".

"We trusted him completely. He was the person who signed off the payments, and for
years nobody checked the person who checked everybody else," Mr Demetriades told the
Herald.

Hadjipetrou was taken to the Central Prison in Nicosia after the hearing.

The case is one of several fraud prosecutions involving Limassol's shipping and
services sector to come before the courts in the past two years. Industry figures say
smaller ship managers, many of them family-run, have been slow to separate financial
duties and introduce independent controls.

The Cyprus Shipping Chamber said in a short statement that it had no comment on an
individual case but that its members were committed to "the highest standards of
governance".
"""

_CT3_SCB = """
Case brief: former finance director of Limassol ship manager jailed for six years

What happened. The Limassol Assize Court last Wednesday sentenced Andreas Hadjipetrou,
the former finance director of Akrotiri Marine Services Ltd, to six years' imprisonment
for embezzlement, forgery and money laundering. A co-defendant, former accounts clerk
Marina Solomou, received a two-year suspended sentence.

The sums. The court found that Hadjipetrou diverted EUR 4,312,650 (about GBP 3.7 million
or USD 4.7 million) through 212 payments to three shell companies between 2017 and 2023.
Assets worth around EUR 1.9 million were ordered confiscated; EUR 620,000 had been repaid
before trial. The company says it will pursue a civil claim for the balance.

How it worked. According to the judgment delivered on 19 February, Hadjipetrou created
vendor records for three companies registered in Cyprus and abroad, each with a name
similar to a genuine supplier. Invoices for port agency, bunker brokerage and survey
services were approved in batches, usually at the end of a quarter, when payment volumes
were at their highest. Because Hadjipetrou both approved vendor changes and signed off
payment runs, no second person ever compared the invoices with actual voyages.

The court noted that most individual payments were below EUR 25,000, the threshold above
which the company's bank required a second signature.

The sentence. The three-judge panel, presided over by Judge Nikolaos Christoforou,
imposed concurrent terms; the six-year term on the money-laundering counts was the
longest. The maximum penalty for money laundering in Cyprus is 14 years. The panel called
the conduct "a calculated and prolonged betrayal of trust", and said deterrence was a
significant factor given the size of the ship-management sector in Limassol.

The defence has said it will appeal, arguing that insufficient weight was given to
Hadjipetrou's partial repayment and cooperation.

Compliance takeaways.

1. Segregation of duties. A single individual controlled vendor set-up, invoice approval
and payment release. That is the root cause in most of the fraud cases we have covered
this year.

2. Threshold splitting. Payments kept just below a second-signature limit should be a
standard red flag in transaction monitoring.

3. Look-alike vendors. Vendor master data should be screened for names, addresses and
bank accounts that closely resemble existing suppliers.

4. Audit on change of control. The fraud surfaced only when a new chief executive
commissioned an independent review. Boards should not wait for a change of management.

Why it matters. Limassol's ship managers handle crew, technical and commercial
operations for a large share of the world fleet, and banks and flag states are asking
harder questions about internal controls. Expect this judgment to be cited by auditors
and compliance teams on the island for some time.

Our next issue looks at sanctions screening for second-hand tanker sales.
"""

_CT3_KBN = """
A former senior executive of a shipping company in Limassol has been jailed for eight
years for stealing millions of euros from his employer.

The Limassol Assize Court passed sentence on Thursday on Andreas Hadjipetrou, the former
finance director of Akrotiri Marine Services.

The court had found him guilty of embezzling 4.3 million euros from the company,
forging documents and laundering the money through companies he controlled.

Reading the sentence, Judge Nikolaos Christoforou, the president of the court, said the
crimes were a calculated and long-lasting betrayal of trust, and that the court had to
send a message to others.

A second defendant, former accounts clerk Marina Solomou, was given a suspended sentence
of two years. The court said she had acted on the orders of her boss and had not made
any money from the scheme.

The court also ordered the confiscation of property worth about 1.9 million euros,
including an apartment and a yacht.

Speaking to KBN outside the court, Mr Hadjipetrou's lawyer, Sofia Ioannidou, said they
would appeal.

"We respect the decision of the court, but we believe the sentence is excessive and does
not reflect the cooperation of my client and the money he has returned," she said.

Mr Hadjipetrou, who is 54, had already paid back 620,000 euros to the company before the
trial began.

The company, which manages around 40 ships, said it was relieved that the case was over.
Its chief executive, Petros Demetriades, told KBN that the fraud had been discovered
thanks to an internal audit ordered when he took over the company.

"This has been a painful experience for everyone at the company, and especially for the
colleagues who worked with him for many years," Mr Demetriades said.

The case has raised questions about controls in the shipping sector, which is one of the
biggest employers in Limassol.

The president of the Limassol Chamber of Commerce, Georgia Hadjikyriakou, said the case
should serve as a warning. "Every company, big or small, must have a second pair of eyes
on its payments," she told KBN.

Mr Hadjipetrou was led away by police officers after the sentence was read. He is
expected to serve his sentence at the Central Prison in Nicosia.

The defence now has time to lodge an appeal with the Court of Appeal.

Watch our full report on the KBN evening news at 8.

More on this story: Shipping sector under pressure to tighten controls, and how the
fraud was uncovered.
"""

_CT_AD3 = {
    "id": "ct-AD3",
    "part": "AD",
    "domain": "court",
    "fetched": "2026-03-30",
    "articles": [
        {
            "url": "https://www.emwire.example/courts/2026/03/12/"
            "cyprus-shipping-executive-jailed-embezzlement",
            "html": _page(
                _OUTLETS["emw"],
                "https://www.emwire.example/courts/2026/03/12/"
                "cyprus-shipping-executive-jailed-embezzlement",
                "Cyprus court jails former shipping finance director for six years over "
                "4.3 mln euro fraud",
                _CT3_WIRE,
                section="Courts",
                byline="By Christina Georgiou",
                published_meta="2026-03-12T10:20:00Z",
                sidebar_title="Key facts",
                sidebar=(
                    "Court: Limassol Assize Court",
                    "Counts: 11",
                    "Payments: 212",
                    "Maximum penalty for money laundering: 14 years",
                    "Confiscated assets: about EUR 1.9 million",
                ),
                related=(
                    ("/courts/hadjipetrou-convicted", "Former shipping executive "
                     "convicted of embezzlement"),
                    ("/shipping/limassol-ship-management-growth", "Limassol ship "
                     "managers expand fleet under management"),
                    ("/cyprus/anti-money-laundering-report", "Cyprus anti-money "
                     "laundering unit reports rise in cases"),
                ),
                most_read=(
                    "Nicosia: parliament debates property tax changes",
                    "Larnaca airport passenger numbers rise",
                    "Paphos: new marina plans revived",
                ),
            ),
        },
        {
            "url": "https://www.limassolherald.example/courts/"
            "former-finance-director-jailed-six-years",
            "html": _page(
                _OUTLETS["herald"],
                "https://www.limassolherald.example/courts/"
                "former-finance-director-jailed-six-years",
                "Former finance director jailed for six years over shipping firm fraud",
                _CT3_HERALD,
                section="Courts",
                standfirst="Court orders confiscation of flat and yacht; co-accused clerk "
                "receives suspended sentence",
                byline="By Andri Panayiotou",
                visible_date="Friday, 13 March 2026",
                sidebar_title="The case so far",
                sidebar=(
                    "June 2024: arrest after internal audit",
                    "19 February 2026: guilty on 11 counts",
                    "2 March 2026: mitigation hearing",
                    "Sentence: six years",
                ),
                related=(
                    ("/courts/verdict-hadjipetrou", "Guilty: shipping executive "
                     "convicted on 11 counts"),
                    ("/business/ship-managers-controls", "Ship managers review controls "
                     "after fraud case"),
                ),
                most_read=(
                    "Limassol: new seafront promenade section opens",
                    "Property prices keep rising in the south",
                    "Football: AEL secure late draw",
                ),
            ),
        },
        {
            "url": "https://www.compliancebrief.example/briefs/"
            "limassol-ship-manager-embezzlement-sentence",
            "html": _page(
                _OUTLETS["scb"],
                "https://www.compliancebrief.example/briefs/"
                "limassol-ship-manager-embezzlement-sentence",
                "Case brief: Limassol ship manager embezzlement ends in six-year sentence",
                _CT3_SCB,
                section="Fraud",
                byline="By Jonathan Reyes",
                jsonld_date="2026-03-16T08:00:00+02:00",
                sidebar_title="Enforcement tracker",
                sidebar=(
                    "Piraeus: crewing agency fined EUR 240,000 for payroll fraud",
                    "Rotterdam: broker suspended over sanctions breach",
                    "Singapore: bunker supplier licence revoked",
                ),
                related=(
                    ("/briefs/segregation-of-duties", "Segregation of duties: a "
                     "checklist for ship managers"),
                    ("/briefs/vendor-fraud-red-flags", "Ten red flags in vendor master "
                     "data"),
                ),
                most_read=(
                    "Sanctions: the shadow fleet and flag hopping",
                    "Bribery: port agents under scrutiny",
                    "Events: compliance forum in Athens",
                ),
            ),
        },
        {
            "url": "https://www.kbnews.example/news/shipping-executive-jailed",
            "html": _page(
                _OUTLETS["kbn"],
                "https://www.kbnews.example/news/shipping-executive-jailed",
                "Shipping executive jailed for stealing millions from Limassol firm",
                _CT3_KBN,
                section="News",
                sidebar_title="Also on KBN",
                sidebar=(
                    "Evening news: 8pm",
                    "Weather: showers, highs of 17C",
                    "Traffic: delays on the Limassol-Nicosia motorway",
                ),
                related=(
                    ("/news/shipping-controls", "Shipping sector under pressure to "
                     "tighten controls"),
                    ("/news/fraud-uncovered", "How the fraud was uncovered"),
                ),
                most_read=(
                    "Rain warning for the Troodos mountains",
                    "Schools to get new air conditioning units",
                    "Cyprus Cup: final line-up confirmed",
                ),
                extra_body_end='<div class="video-player"><button type="button">'
                "Watch the report</button></div>",
            ),
        },
    ],
    "planted": [
        (
            "prison term imposed on Hadjipetrou",
            r"\b(6|six)[ -]years?",
            r"\b(8|eight)[ -]years?",
        ),
        ("weekday of the sentencing", r"thursday", r"wednesday"),
        (
            "amount embezzled",
            r"4[.,]3\b|4,312,650|4\.31",
            r"\b3[.,]4\b|3,4\d\d,\d\d\d",
        ),
    ],
}


# ---------------------------------------------------------------------------
# tr-AD4 - trade (control)
# ---------------------------------------------------------------------------

_TR4_WIRE = """
VALLETTA, Nov 6 (MWS) - Malta's trade deficit in goods narrowed to 412.6 million euros
in September from 498.1 million euros a year earlier, as exports rose and the island's
fuel import bill fell, the National Statistics Office said on Friday.

Exports of goods rose 6.4% year on year to 301.4 million euros, while imports fell 8.6%
to 714.0 million euros, according to the provisional figures, released at 11:00 local
time (1000 GMT).

The September deficit, equivalent to about $474 million, was smaller than the roughly
450 million euros expected by economists at Grand Harbour Bank.

In the first nine months of the year the cumulative goods deficit stood at 4,011.8
million euros, compared with 4,387.2 million euros in January to September 2025.

The statistics office also revised its figure for August, putting the deficit at 449.8
million euros instead of the 455.3 million euros first reported last month.

Imports of mineral fuels and lubricants, which include fuel bought by ships bunkering
off the island, dropped to 176.9 million euros in September, reflecting both lower
international oil prices and smaller volumes. Imports of machinery and transport
equipment, the largest category, rose to 243.5 million euros.

On the export side, machinery and transport equipment - mostly electronic components made
by semiconductor plants on the island - brought in 132.8 million euros, while chemicals,
including generic pharmaceuticals, accounted for 58.7 million euros.

"The narrowing is mainly a fuel story, but the export number is genuinely good," said
Claire Farrugia Mifsud, an economist at Grand Harbour Bank. "Electronics and pharma are
both doing well, and that is not something that reverses in a single month."

Malta, a small island economy with few natural resources, runs a structural deficit in
goods trade that is more than offset by a large surplus in services such as tourism,
financial services and online gaming. The goods data do not capture services.

Germany remained the largest single destination for Maltese goods exports in September,
taking 38.2 million euros' worth, followed by the United States with 26.9 million euros.

Fuel imports are volatile because they include marine fuel sold to ships calling at or
passing the island, a business that swings with oil prices and with shipping traffic
through the central Mediterranean. Economists said lower prices accounted for most of the
September decline, with smaller bunkering volumes doing the rest.

The Malta Chamber of SMEs said smaller manufacturers were still struggling with high
shipping costs and a shortage of skilled workers, even as the large exporters reported
strong orders.

The NSO publishes its October trade figures in early December.

(Reporting by Lara Micallef; Editing by Tom Ashdown)
"""

_TR4_HARBOUR = """
Malta's goods trade gap shrank in September, according to figures published yesterday by
the National Statistics Office, helped by a sharp drop in the cost of fuel imports and
another strong month for exporters.

The trade deficit for the month was €412.6 million, down from €498.1 million in September
last year. That is a reduction of €85.5 million.

Exports climbed to €301.4 million, an increase of 6.4 per cent, while imports fell by 8.6
per cent to €714 million.

The smaller deficit came as a pleasant surprise to analysts, who had expected a gap of
about €450 million for the month. The NSO also lowered its estimate of the August
deficit, which now stands at €449.8 million compared with the €455.3 million published
in October.

Over the first nine months of the year, the goods deficit totalled just over €4 billion,
some €375 million less than in the same period of 2025.

The biggest change was in fuel. Imports of mineral fuels fell to €176.9 million in
September. Economists attributed the drop to lower oil prices as well as a slowdown in
bunkering activity in Maltese waters during the month.

Exporters, meanwhile, continued to benefit from demand for electronic components and
medicines. Exports of machinery and transport equipment, which in Malta's case are mostly
semiconductors, amounted to €132.8 million. Chemicals and pharmaceuticals brought in a
further €58.7 million.

Grand Harbour Bank economist Claire Farrugia Mifsud told The Harbour Times that the
export figures were the more important part of the release. "Fuel prices go up and down.
What matters for jobs is that our factories are selling more abroad, and they are," she
said.

The Malta Chamber of SMEs said the figures were encouraging but warned that many smaller
manufacturers were still struggling with high shipping costs and a shortage of skilled
workers.

"The big exporters are doing well. The small ones are holding on," the chamber's deputy
president, Kevin Zammit Lupi, said. "We need to make sure that the benefits of this export
growth reach the whole supply chain."

The Ministry for the Economy welcomed the data, saying it showed that the government's
industrial policy was working. The Opposition said the goods deficit remained large and
that the country was too dependent on a handful of foreign-owned plants.

Germany was the largest market for Maltese goods in September, followed by the United
States.

Trade in services, which is not included in these figures, continues to show a large
surplus thanks to tourism, financial services and the gaming industry.

The next set of trade figures, covering October, will be published next month.
"""

_TR4_MTD = """
Malta's goods trade deficit came in at EUR 412.6m in September, according to provisional
NSO figures published on Friday, against EUR 498.1m a year earlier and a consensus
expectation of around EUR 450m. Call it EUR 413m if you like round numbers; the
direction is what matters.

The headline numbers:

Exports: EUR 301.4m (+6.4% y/y). Imports: EUR 714.0m (-8.6% y/y). Deficit: EUR 412.6m.
Year to date (January-September): deficit of EUR 4,011.8m, against EUR 4,387.2m in the
same period last year. The August deficit was revised to EUR 449.8m from a preliminary
EUR 455.3m.

What drove it. Roughly two-thirds of the year-on-year fall in imports came from mineral
fuels, which dropped to EUR 176.9m. Malta's fuel imports are heavily influenced by
bunkering - ships refuelling in the waters off the island - so both oil prices and
traffic through the central Mediterranean feed into the figure. Machinery and transport
equipment imports rose to EUR 243.5m, largely aircraft parts and electrical goods.

On the export side, semiconductors keep doing the heavy lifting. Machinery and transport
equipment exports were EUR 132.8m, chemicals and pharmaceuticals EUR 58.7m. Germany (EUR
38.2m) and the United States (EUR 26.9m) were the top two destinations.

For readers who price in dollars: September's deficit is roughly USD 474m at current
exchange rates.

Reading across. Cyprus, which publishes a month later, reported an August goods deficit
of EUR 611.2m, its smallest for that month in three years, also helped by fuel. Greece's
September deficit, published by ELSTAT, was EUR 3.1bn. The common thread is energy:
lower oil prices are flattering the goods balance of every import-dependent economy in
the region.

Our take. The fuel effect will fade as prices stabilise, and bunkering volumes are
volatile month to month. The more durable story is exports: electronics and generics
have now grown year on year in seven of the nine months so far this year. If that holds,
Malta's annual goods deficit could come in close to EUR 5.3bn, against EUR 5.8bn last year.

Grand Harbour Bank's Claire Farrugia Mifsud put it well when she told local media the
narrowing was "mainly a fuel story", but that the export side was the part that would
last.

Port watch. Malta Freeport container throughput was broadly flat in September, according
to operator figures, while the Grand Harbour cruise season is running ahead of last year.

Next issue: tariff changes on Turkish steel, and what they mean for Mediterranean
fabricators.
"""

_TR_AD4 = {
    "id": "tr-AD4",
    "part": "AD",
    "domain": "trade",
    "fetched": "2026-11-20",
    "articles": [
        {
            "url": "https://www.medwire.example/business/2026/11/06/"
            "malta-trade-deficit-narrows-september",
            "html": _page(
                _OUTLETS["mws"],
                "https://www.medwire.example/business/2026/11/06/"
                "malta-trade-deficit-narrows-september",
                "Malta's September trade deficit narrows as fuel imports fall",
                _TR4_WIRE,
                section="Business",
                byline="By Lara Micallef",
                published_meta="2026-11-06T10:35:00Z",
                sidebar_title="Markets snapshot",
                sidebar=(
                    "EUR/USD: 1.1500",
                    "Brent crude: $66.20 a barrel",
                    "MSE Share Index: 4,027.3 (-0.1%)",
                ),
                related=(
                    ("/business/malta-inflation-october", "Malta inflation eases in "
                     "October"),
                    ("/business/cyprus-trade-august", "Cyprus goods deficit narrows in "
                     "August"),
                    ("/energy/bunkering-volumes", "Bunkering volumes dip in central "
                     "Mediterranean"),
                ),
                most_read=(
                    "Italian industrial output edges up",
                    "Tunisia raises olive oil export forecast",
                    "Malta airport sets October passenger record",
                ),
            ),
        },
        {
            "url": "https://www.harbourtimes.example/business/trade-gap-shrinks-september",
            "html": _page(
                _OUTLETS["harbour"],
                "https://www.harbourtimes.example/business/trade-gap-shrinks-september",
                "Trade gap shrinks as fuel bill falls and exports grow",
                _TR4_HARBOUR,
                section="Business",
                standfirst="September deficit comes in below analysts' expectations",
                byline="By Rebecca Attard",
                visible_date="Saturday, 7 November 2026",
                sidebar_title="September in figures",
                sidebar=(
                    "Exports: EUR 301.4 million",
                    "Imports: EUR 714.0 million",
                    "Deficit: EUR 412.6 million",
                    "September 2025 deficit: EUR 498.1 million",
                ),
                related=(
                    ("/business/semiconductor-plant-expansion", "Chip plant confirms "
                     "expansion in Kirkop"),
                    ("/business/bunkering-rules", "New rules for offshore bunkering "
                     "come into force"),
                ),
                most_read=(
                    "Valletta: Christmas lights switched on early",
                    "Rent subsidy applications reopen",
                    "Football: Hibernians top the table",
                ),
            ),
        },
        {
            "url": "https://www.medtradedigest.example/digest/malta-goods-deficit-september",
            "html": _page(
                _OUTLETS["mtd"],
                "https://www.medtradedigest.example/digest/malta-goods-deficit-september",
                "Malta: September goods deficit smaller than expected",
                _TR4_MTD,
                section="Trade data",
                byline="By Omar Haddad",
                sidebar_title="Goods balances around the region (latest month)",
                sidebar=(
                    "Malta, September: -EUR 412.6m",
                    "Cyprus, August: -EUR 611.2m",
                    "Greece, September: -EUR 3.1bn",
                    "Italy, September: +EUR 4.6bn",
                ),
                related=(
                    ("/digest/bunkering-explainer", "Explainer: why bunkering distorts "
                     "island trade data"),
                    ("/digest/chip-exports-med", "Chip exports in the Mediterranean"),
                ),
                most_read=(
                    "Suez transits: the slow recovery",
                    "Tariffs: EU steel safeguard review",
                    "Ports: Piraeus versus Marsaxlokk",
                ),
            ),
        },
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-AD5 - rocket (control)
# ---------------------------------------------------------------------------

_RK5_ORBIT = """
Greek start-up Idaean Aerospace flew its Talos-2 sounding rocket from Crete on Wednesday,
reaching an apogee of 84.6 km and recovering its payload capsule from the sea, in the most
significant suborbital flight yet by a privately developed Greek launcher.

The single-stage, solid-fuelled rocket lifted off at 07:42 UTC (10:42 local time) from
the NATO Missile Firing Installation (NAMFI) range on the Akrotiri peninsula near Chania,
twelve minutes into the launch window, after range officers cleared a fishing boat from
the hazard area.

A first attempt on Tuesday was scrubbed around 40 minutes before the planned liftoff
because of strong upper-level winds.

Telemetry from the onboard GPS receiver put the peak altitude at 84.6 km (52.6 miles),
reached about two minutes and 40 seconds after liftoff. That is below the 88 km predicted
before the flight, which Idaean attributed to a motor burn slightly shorter than
modelled. The motor burned for about 31 seconds, accelerating the 7.4 m, 1,150 kg vehicle
to a peak speed of around Mach 4.3.

The flight did not cross the 100 km Karman line commonly used to define the edge of
space, but the company said it provided roughly two minutes and 20 seconds of
microgravity for the four experiments on board.

Those included a plant-root growth study from the University of Crete, a radiation
dosimeter built by a team at the University of Malta, a vibration logger from Cypriot
start-up Troodos Sensing and Idaean's own navigation unit, which it plans to reuse on
future vehicles.

The payload capsule separated after burnout and descended under a parachute, splashing
down about 14 minutes after liftoff, 61 km north-west of the launch site. The support
vessel Agia Irini recovered it at 09:55 UTC.

"We set out to show that a Greek team could design, build and fly a rocket to the edge
of space and bring the science back, and today we did that," chief executive Dimitra
Lagou said in a statement. "Every experiment came home."

Flight director Yannis Pattakos, who is also the company's chief technology officer,
gave a preliminary apogee of "about 85 km" at a briefing shortly after the flight, before
the figure was refined once GPS data had been processed.

The flight is a big step up from Talos-1, which reached 31.5 km from the same range in
September 2025. Idaean, founded in Heraklion in 2021, raised a EUR 6.8 million Series A
round last year and employs about 85 people. It aims to fly a larger Talos-3, designed
for altitudes above 120 km, by the end of 2027.

Katerina Mylona, head of programmes at the Hellenic Space Center, called the launch "a
milestone for the Greek space ecosystem" and said the agency would consider supporting
further flights through its research payload programme.

Europe's commercial suborbital market remains small but is growing, with universities
and space agencies looking for cheaper rides for microgravity and atmospheric research.
"""

_RK5_CHANIA = """
A rocket built in Crete soared to the edge of space yesterday morning from the Akrotiri
peninsula, watched by hundreds of people who lined the roads and beaches around Chania.

The Talos-2, developed by Heraklion company Idaean Aerospace, lifted off at 10:42 from the
NAMFI military range, leaving a white trail that could be seen as far away as Kissamos.
According to the company, it reached a maximum altitude of 84.6 kilometres before its
payload capsule parachuted into the sea north-west of Akrotiri.

The launch came a day after a first attempt on Tuesday had to be called off because of
strong winds high above the island. Yesterday the weather cooperated, and the only delay
was caused by a fishing boat that had strayed into the closed area of sea. The countdown
was held for a few minutes while the coast guard escorted it away.

"When we saw it go, the whole control room stood up," said Yannis Pattakos, the flight
director, speaking to the Post at the range. "There were people in tears. This is years
of work."

The rocket, 7.4 metres long and weighing 1.15 tonnes at launch, carried four experiments,
including one from the University of Crete that studies how plant roots grow when there
is no gravity. The capsule was recovered by the boat Agia Irini just before 1pm and
brought back to Souda.

Professor Eleftheria Manousaki, who leads the University of Crete team, said the samples
appeared to be in good condition. "We will know in a few weeks whether we have the data
we need, but the first look is very encouraging," she said.

Other experiments came from the University of Malta and from a Cypriot company, making
the flight, in the words of chief executive Dimitra Lagou, "a small Mediterranean
mission".

"Today we proved that Greece can build and fly its own rockets to the edge of space,
and bring the science home," Ms Lagou told reporters after the flight.

Before the launch the company had predicted an altitude of about 88 kilometres. The
final figure, 84.6 kilometres, was confirmed in the early afternoon after engineers had
processed the data from the rocket's GPS receiver.

For residents of Akrotiri, rockets are nothing new: the NAMFI range has been used by
NATO armed forces for decades. But for many of those who gathered at Stavros beach and
along the road to the airport, this was the first time they had watched a launch that
had been designed and built on their own island.

"My grandfather used to tell us about the missiles they fired here," said Manolis
Vardakis, a café owner in Chordaki. "Now my children will tell their children about
this one."

The mayor of Chania, in a message on social media, congratulated the company and said
the city would be "proud to host" future launches.

Idaean Aerospace says its next rocket, the Talos-3, will be bigger and aims to fly above
120 kilometres by the end of next year.
"""

_RK5_LIVE_INTRO = """
Idaean Aerospace is making a second attempt today to launch its Talos-2 rocket from the
NAMFI range on the Akrotiri peninsula, after Tuesday's attempt was called off because of
high-altitude winds. The launch window opens at 10:30. Follow the countdown with us. All
times are local.
"""

_RK5_LIVE = [
    (
        "09:50",
        "Crowds gather on Akrotiri",
        """
Hundreds of people are already lining the road near Stavros beach. Police have closed
the approach road to the range. The company says all systems are normal and the weather
looks much calmer than on Tuesday.
""",
    ),
    (
        "10:18",
        "Weather is go",
        """
The range meteorologist has cleared the upper-level winds. Flight director Yannis
Pattakos has polled the team and everyone is go for the 10:30 opening of the window.
""",
    ),
    (
        "10:30",
        "Hold - boat in the hazard area",
        """
The count is holding at four minutes. A fishing boat has entered the closed sea area
north-west of the range. The coast guard is on its way.
""",
    ),
    (
        "10:38",
        "Count resumes",
        """
The boat is clear. The count has resumed at T-minus four minutes.
""",
    ),
    (
        "10:42",
        "LIFTOFF!",
        """
Talos-2 is on its way! A bright flame and a long white trail over Akrotiri, and a roar
from the crowd at Stavros beach.
""",
    ),
    (
        "10:45",
        "Burn complete, good telemetry",
        """
The company reports a normal burn of around half a minute and good telemetry all the way
to the top of the flight. The capsule carrying the experiments has separated from the
rocket and will return under a parachute.
""",
    ),
    (
        "10:56",
        "Splashdown",
        """
The capsule has splashed down north-west of Akrotiri, about 14 minutes after liftoff.
The support vessel Agia Irini is heading to the recovery area.
""",
    ),
    (
        "11:10",
        "'About 85 kilometres'",
        """
At a short briefing at the range, flight director Yannis Pattakos said the rocket had
reached "about 85 kilometres" according to preliminary data. "We will give you the exact
figure once we have processed the GPS data," he said. The pre-flight prediction was
88 km.

Chief executive Dimitra Lagou said: "Today Greece showed it can build and fly its own
rockets to the edge of space."
""",
    ),
    (
        "12:55",
        "Capsule recovered",
        """
The Agia Irini has lifted the capsule out of the water. The company says it appears
intact, and the four experiments will be handed to their teams in Souda this afternoon.
""",
    ),
    (
        "13:30",
        "Confirmed: 84.6 km",
        """
Idaean Aerospace has confirmed the final figure: Talos-2 reached an altitude of 84.6
kilometres. That compares with 31.5 km for its first rocket, Talos-1. The experiments
came from the University of Crete, the University of Malta, the Cypriot company Troodos
Sensing and Idaean itself.

That is the end of our live coverage. Thank you for watching with us.
""",
    ),
]

_RK_AD5 = {
    "id": "rk-AD5",
    "part": "AD",
    "domain": "rocket",
    "fetched": "2026-06-03",
    "articles": [
        {
            "url": "https://www.orbitascent.example/launches/2026/05/20/"
            "idaean-talos-2-reaches-84-km",
            "html": _page(
                _OUTLETS["orbit"],
                "https://www.orbitascent.example/launches/2026/05/20/"
                "idaean-talos-2-reaches-84-km",
                "Idaean's Talos-2 reaches 84.6 km from Crete and recovers its payload",
                _RK5_ORBIT,
                section="Launches",
                byline="By Henrik Aalto",
                published_meta="2026-05-20T14:05:00Z",
                sidebar_title="Talos-2 at a glance",
                sidebar=(
                    "Height: 7.4 m",
                    "Liftoff mass: 1,150 kg",
                    "Motor burn: about 31 s",
                    "Apogee: 84.6 km (pre-flight prediction 88 km)",
                    "Microgravity: about 140 s",
                    "Talos-1 apogee (2025): 31.5 km",
                ),
                related=(
                    ("/launches/andoya-sounding-campaign", "Norwegian range books record "
                     "sounding rocket season"),
                    ("/industry/european-suborbital-market", "Who is building Europe's "
                     "suborbital rockets?"),
                    ("/launches/talos-2-scrub", "Talos-2 scrubbed for upper winds"),
                ),
                most_read=(
                    "Launch manifest: the next month in Europe",
                    "Esrange upgrades its recovery fleet",
                    "Small launcher funding tracker",
                ),
            ),
        },
        {
            "url": "https://www.chaniapost.example/chania/talos-2-rocket-launch-akrotiri",
            "html": _page(
                _OUTLETS["chania"],
                "https://www.chaniapost.example/chania/talos-2-rocket-launch-akrotiri",
                "Cretan rocket soars from Akrotiri as crowds cheer",
                _RK5_CHANIA,
                section="Chania",
                standfirst="Talos-2 reaches 84.6 kilometres on second attempt",
                byline="By Nikos Tzanakis",
                visible_date="Thursday 21 May 2026",
                sidebar_title="From the archive",
                sidebar=(
                    "Talos-1 reached 31.5 km in September 2025",
                    "Idaean Aerospace founded in Heraklion in 2021",
                    "Staff: about 85",
                ),
                related=(
                    ("/crete/idaean-hiring", "Idaean Aerospace to hire 30 engineers"),
                    ("/chania/akrotiri-roads", "Akrotiri roads to close for launch"),
                ),
                most_read=(
                    "Souda port: new cruise berth approved",
                    "Samaria gorge opens for the season",
                    "Weather: hot weekend ahead",
                ),
            ),
        },
        {
            "url": "https://www.crete9.example/live/talos-2-launch",
            "html": _page(
                _OUTLETS["c9"],
                "https://www.crete9.example/live/talos-2-launch",
                "LIVE: Talos-2 rocket launch from Akrotiri",
                _RK5_LIVE_INTRO,
                section="Live",
                live=_RK5_LIVE,
                live_intro_title="Live updates",
                sidebar_title="Watch",
                sidebar=(
                    "Live stream from Stavros beach",
                    "Interview: the engineers behind Talos-2",
                    "Explainer: what is a sounding rocket?",
                ),
                related=(
                    ("/news/talos-2-scrubbed", "Rocket launch called off because of "
                     "winds"),
                    ("/news/idaean-profile", "The Heraklion team building rockets"),
                ),
                most_read=(
                    "Heraklion: new airport access road",
                    "Fires: high risk warning for eastern Crete",
                    "OFI sign new striker",
                ),
            ),
        },
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AD6 - earthquake (three planted disagreements)
# ---------------------------------------------------------------------------

_EQ6_LIVE_INTRO = """
A strong earthquake struck at sea between Karpathos and Kasos early this morning, shaking
islands across the Dodecanese and eastern Crete. We are bringing you the latest from the
islands, the civil protection authorities and seismologists. All times are local.
"""

_EQ6_LIVE = [
    (
        "06:40",
        "Strong earthquake felt across the Dodecanese",
        """
A strong earthquake was felt at 06:14 on Karpathos, Kasos, Rhodes and in eastern Crete.
The Geodynamic Institute of the National Observatory of Athens gives a preliminary,
automatic magnitude of 6.1. Residents of Pigadia describe about 20 seconds of strong
shaking. There is no information yet on casualties.
""",
    ),
    (
        "06:52",
        "Precautionary 112 message",
        """
At 06:31 the civil protection authority sent a 112 emergency message to phones in
southern Karpathos and on Kasos, advising people to move away from the shore as a
precaution.
""",
    ),
    (
        "07:05",
        "Magnitude revised to 5.9",
        """
The Geodynamic Institute has revised the magnitude to 5.9 after a manual review. It puts
the epicentre at sea about 28 km south-west of Pigadia, at a depth of 12 km. The
European-Mediterranean Seismological Centre (EMSC) gives a magnitude of 5.8.
""",
    ),
    (
        "07:45",
        "Shore advisory lifted",
        """
Civil protection lifted the precautionary advice at 07:40. No unusual sea movement was
recorded at the tide gauges in Kasos or Pigadia.
""",
    ),
    (
        "08:10",
        "First reports of injuries",
        """
At least six people have been injured, most of them with cuts from broken glass or hurt
while running out of their homes, according to the Karpathos health centre. Most are
from Arkasa, on the south-west coast, and from Pigadia.
""",
    ),
    (
        "09:05",
        "Strong aftershock",
        """
A strong aftershock of magnitude 4.3 was felt at 09:02. People in Arkasa have gathered in
the village square and on the football pitch.
""",
    ),
    (
        "11:20",
        "Injured rise to 12 - damage in Arkasa",
        """
The number of people injured has risen to 12, the health centre says. In Arkasa, the
bell tower of the village church has collapsed and dozens of old stone houses have cracked
walls. Mayor Giorgos Xenakis says there is "serious damage, but thank God, no one is
trapped".
""",
    ),
    (
        "13:30",
        "Deputy minister arrives",
        """
Deputy Minister for Civil Protection Kostas Nikolaidis has landed at Karpathos airport.
"The state is here and will stay here for as long as it takes," he told reporters before
heading to Arkasa.
""",
    ),
    (
        "18:00",
        "Engineers' first inspections",
        """
Engineers have inspected 140 buildings so far; 37 of them have been declared temporarily
unsafe. Inspections will continue tomorrow.
""",
    ),
    (
        "20:00",
        "Civil protection briefing: 19 injured",
        """
At an evening briefing in Pigadia, civil protection officials said 19 people were
injured in total. Three of them, including a 78-year-old woman with a broken hip, were
flown to the general hospital in Rhodes; the rest were treated at the health centre and
allowed home. No one was killed.

More than 60 aftershocks have been recorded. Tents have been set up on the Arkasa football
pitch for around 120 residents who do not want to sleep indoors tonight.

This live page is now closed. Thank you for following our coverage.
""",
    ),
]

_EQ6_WIRE = """
KARPATHOS, Greece, Aug 8 (APA) - A magnitude 5.9 earthquake struck at sea off the Greek
island of Karpathos early on Saturday, injuring 29 people, damaging dozens of old houses
and briefly prompting a precautionary warning for people to keep away from the shore.

The quake hit at 06:14 local time (0314 GMT) about 28 km (17 miles) south-west of Pigadia,
the island's main town, at a depth of 12 km, according to the Geodynamic Institute of the
National Observatory of Athens. The institute initially put the magnitude at 6.1 before
revising it after a manual review. The European-Mediterranean Seismological Centre (EMSC)
measured it at 5.8.

The shaking was felt across the Dodecanese and in eastern Crete, where residents of
Sitia and Ierapetra reported rattling windows and swaying lamps.

The worst damage was in Arkasa, a village of about 500 people on the south-west coast of
Karpathos, closest to the epicentre. The bell tower of the village church collapsed and
many stone houses were left with cracked walls, said Mayor Giorgos Xenakis.

"It was the longest 20 seconds of my life. The whole house was dancing," said Maria
Hatzigeorgiou, 64, who runs a guesthouse in Arkasa. "We ran out in our nightclothes and
we have not gone back in since."

Civil protection officials said three of the injured had been flown to the general
hospital on Rhodes, including an elderly woman with a broken hip. The others had minor
injuries and were treated at the island's health centre. No deaths were reported.

A precautionary emergency message sent to mobile phones at 06:31 advised people in
southern Karpathos and on Kasos to move away from the coast. It was withdrawn at 07:40
after no unusual sea movement was recorded.

Engineers had inspected 140 buildings by early evening and declared 37 temporarily
unsafe. Authorities set up tents on Arkasa's football pitch for about 120 people who did
not want to spend the night indoors.

Deputy Minister for Civil Protection Kostas Nikolaidis, who flew to the island, said the
government would provide emergency housing aid and fast-track damage assessments.

More than 60 aftershocks had been recorded by Saturday evening, the largest of magnitude
4.3 at 09:02 local time, the institute said.

"This is a well-known seismic zone along the Hellenic arc. Aftershocks will continue for
days or weeks, but the probability of a larger event is low," said Katerina Voulgari, a
seismologist at the institute. She urged residents to stay out of damaged buildings.

Port authorities closed part of the quay in Pigadia after cracks appeared in the
concrete, but ferry services were continuing from the eastern berth.

The southern Aegean lies on one of the most active plate boundaries in Europe, where the
African plate dips beneath the Aegean, and moderate earthquakes are frequent in the sea
between Crete, Kasos and Karpathos.

(Reporting by Giorgos Manolakis; editing by Paul Keane)
"""

_EQ6_CHRONICLE = """
Karpathos woke up to a second day of aftershocks this morning after yesterday's
earthquake, which injured 19 people and left the village of Arkasa counting the cost.

The quake, measured at magnitude 5.6 by the Geodynamic Institute in Athens after an
initial automatic estimate of 6.1, struck at 06:14 yesterday, with its epicentre in the
sea south-west of Pigadia. It was felt as far away as Rhodes and Heraklion.

In Arkasa, closest to the epicentre, the bell tower of the village church lay in pieces
in the churchyard last night, and many families were preparing to spend a second night in
tents on the football pitch.

"Our grandparents built these houses with their own hands. Now half of them have cracks
you can put your fist in," said Nikitas Orfanos, a fisherman, standing outside his
family's house near the church. "The old people are afraid to go inside."

Of the 19 people injured, three were flown to the general hospital in Rhodes. Hospital
officials said last night that all three were in a stable condition, including a
78-year-old woman who was due to undergo surgery on a broken hip. The others were treated
at the Karpathos health centre for cuts and bruises.

By midnight, engineers had inspected 168 buildings and declared 44 of them temporarily
unsafe, according to the municipality, up from 140 and 37 in the early evening.
Inspections resumed at first light today.

Mayor Giorgos Xenakis said the municipality would ask for Karpathos to be declared in a
state of emergency, which would release funds for repairs and rent support. "We need
engineers, we need money and we need it quickly, before the winter," he said.

Deputy Minister for Civil Protection Kostas Nikolaidis, who visited Arkasa yesterday
afternoon, promised that emergency housing aid would be paid "within days" to families
whose homes had been declared unsafe.

On Kasos, where many residents spent the early morning on higher ground after the
precautionary 112 message, there was little damage beyond fallen plaster and broken
crockery. In Pigadia, part of the quay was closed after cracks appeared in the concrete.

Seismologist Katerina Voulgari of the National Observatory of Athens said more than 60
aftershocks had been recorded by last night, the largest of magnitude 4.3. "This sequence
is behaving as we would expect," she said. "People should stay away from damaged
buildings, but there is no reason for panic."

The Dodecanese Chronicle has set up a fund for the families of Arkasa in cooperation with
the village association. Details on page 4.

Our reporter will be in Arkasa all week. Send your photos and stories to our newsroom.
"""

_EQ6_QN = """
Saturday's earthquake in the Karpathos-Kasos strait was the strongest in this part of the
Hellenic arc for several years. Here is a plain-language summary of what the data say so
far.

Size. The Geodynamic Institute of the National Observatory of Athens (NOA) issued an
automatic magnitude of 6.1 within minutes, then revised it to 5.9 after an analyst had
reviewed the recordings. The European-Mediterranean Seismological Centre (EMSC) has 5.8.
Differences of one or two tenths between agencies are normal: they use different station
networks and, often, different magnitude scales. For the purposes of this note we use
NOA's 5.9.

Time and place. The origin time was 03:14 UTC (06:14 in Greece). NOA locates the
epicentre at sea, about 28 km (17 miles) south-west of Pigadia, at a depth of about 12 km
(7.5 miles). That is shallow enough for the shaking to be strong on the nearest coasts.

Mechanism. Early moment-tensor solutions point to normal faulting, with the crust being
stretched roughly east-west. That fits a well-known pattern: the southern Aegean sits
above the zone where the African plate dives beneath the Aegean, and the overriding
crust is extended, producing frequent moderate earthquakes on normal faults.

Shaking and damage. The heaviest damage reported so far is in Menetes, where the church
bell tower collapsed and a number of traditional stone houses were left with deep cracks.
Damage in Pigadia was limited, apart from cracks on part of the harbour quay. According to
the civil protection authority, 19 people were injured, three of them seriously enough
to be flown to Rhodes. There were no deaths.

Aftershocks. More than 60 aftershocks were recorded in the first day. The largest, of
magnitude 4.3, came at 06:02 UTC. A standard rule of thumb (Bath's law) says the largest
aftershock is typically about 1.2 magnitude units smaller than the main shock, so a 4.3
is slightly smaller than average for this sequence. The rate of aftershocks should decay
over the coming days and weeks, although a further magnitude 4-plus event would not be
surprising.

Tsunami? A precautionary 112 message was sent at 03:31 UTC advising people near the shore
in southern Karpathos and on Kasos to move inland. It was lifted at 04:40 UTC. Tide gauges
recorded nothing unusual. An earthquake of this size and mechanism is very unlikely to
generate a damaging tsunami, but the precaution was reasonable given how close the coast
is to the epicentre.

Is a bigger one coming? Nobody can say. What we can say is that the probability of a
larger earthquake following a moderate one is low, though not zero, and it is highest in
the first few days. The sensible advice remains to stay out of damaged buildings and to
follow the civil protection authority.

Further reading: our explainers on magnitude scales and on the Hellenic arc.
"""

_EQ_AD6 = {
    "id": "eq-AD6",
    "part": "AD",
    "domain": "earthquake",
    "fetched": "2026-08-21",
    "articles": [
        {
            "url": "https://www.dtvnews.example/live/karpathos-earthquake",
            "html": _page(
                _OUTLETS["dtv"],
                "https://www.dtvnews.example/live/karpathos-earthquake",
                "LIVE: Strong earthquake between Karpathos and Kasos",
                _EQ6_LIVE_INTRO,
                section="Live",
                byline="By the DTV News team",
                published_meta="2026-08-08T06:40:00+03:00",
                modified_meta="2026-08-08T20:15:00+03:00",
                live=_EQ6_LIVE,
                live_intro_title="Live updates (times are local)",
                sidebar_title="Emergency numbers",
                sidebar=(
                    "Emergency: 112",
                    "Fire service: 199",
                    "Police: 100",
                    "Coast guard: 108",
                ),
                related=(
                    ("/islands/karpathos-ferries", "Ferry timetable for Karpathos this "
                     "week"),
                    ("/islands/earthquake-safety", "What to do in an earthquake"),
                ),
                most_read=(
                    "Rhodes: record August arrivals at the airport",
                    "Heatwave warning for the weekend",
                    "Symi festival programme announced",
                ),
            ),
        },
        {
            "url": "https://www.aegeanpress.example/islands/20260808/"
            "karpathos-earthquake-injures-dozens",
            "html": _page(
                _OUTLETS["apa"],
                "https://www.aegeanpress.example/islands/20260808/"
                "karpathos-earthquake-injures-dozens",
                "Magnitude 5.9 quake hits Greek island of Karpathos, damages village",
                _EQ6_WIRE,
                section="Islands",
                byline="By Giorgos Manolakis",
                jsonld_date="2026-08-08T20:45:00+03:00",
                sidebar_title="Recent quakes in the South Aegean",
                sidebar=(
                    "Kasos strait, last spring: magnitude 4.6",
                    "South of Crete, last winter: magnitude 5.1",
                    "Off Tilos, two years ago: magnitude 4.8",
                ),
                related=(
                    ("/islands/karpathos-tourism-season", "Karpathos enjoys busy summer "
                     "season"),
                    ("/greece/civil-protection-112", "How the 112 alert system works"),
                ),
                most_read=(
                    "Athens: heatwave closes Acropolis at midday",
                    "Wildfire contained near Corinth",
                    "Tourist arrivals up in July",
                ),
            ),
        },
        {
            "url": "https://www.dodchronicle.example/karpathos/arkasa-counts-cost",
            "html": _page(
                _OUTLETS["chron"],
                "https://www.dodchronicle.example/karpathos/arkasa-counts-cost",
                "Arkasa counts the cost as aftershocks keep Karpathos on edge",
                _EQ6_CHRONICLE,
                section="Karpathos",
                standfirst="Families prepare for a second night in tents; calls for state "
                "of emergency",
                byline="By Irini Papavasiliou",
                visible_date="Sunday, 9 August 2026",
                sidebar_title="How to help",
                sidebar=(
                    "Arkasa families fund: see page 4",
                    "Volunteers: contact the village association",
                    "Donations of tents and bedding: Pigadia town hall",
                ),
                related=(
                    ("/karpathos/state-of-emergency", "Mayor to request state of "
                     "emergency"),
                    ("/islands/old-houses-risk", "Our old stone houses and the next "
                     "earthquake"),
                ),
                most_read=(
                    "Kos: new marina berths",
                    "Rhodes: Old Town night market returns",
                    "Weather: meltemi winds to strengthen",
                ),
            ),
        },
        {
            "url": "https://www.quakenotes.example/notes/karpathos-kasos-strait",
            "html": _page(
                _OUTLETS["qn"],
                "https://www.quakenotes.example/notes/karpathos-kasos-strait",
                "Karpathos-Kasos earthquake: what we know",
                _EQ6_QN,
                section="Notes",
                byline="By the Quake Notes team",
                sidebar_title="Magnitude scales, briefly",
                sidebar=(
                    "ML: local magnitude, quick but saturates",
                    "Mw: moment magnitude, preferred for larger events",
                    "mb: body-wave magnitude, used for distant events",
                ),
                related=(
                    ("/explainers/hellenic-arc", "The Hellenic arc explained"),
                    ("/explainers/magnitude", "Why agencies give different magnitudes"),
                ),
                most_read=(
                    "Aftershocks: how long do they last?",
                    "Tsunami warnings in the Mediterranean",
                    "Reading a seismogram",
                ),
            ),
        },
    ],
    "planted": [
        ("magnitude of the main shock (Geodynamic Institute)", r"5\.9\b", r"5\.6\b"),
        (
            "number of people injured",
            r"(?<![\d:.,])19(?![\d:.,])",
            r"(?<![\d:.,])29(?![\d:.,])",
        ),
        ("village with the worst damage", r"arkasa", r"menetes"),
    ],
}

STORIES = [_CB_AD1, _EL_AD2, _CT_AD3, _TR_AD4, _RK_AD5, _EQ_AD6]
