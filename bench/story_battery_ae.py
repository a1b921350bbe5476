"""Story battery, part AE — the Indian Ocean islands (Madagascar, Mauritius, Seychelles, Comoros, Réunion), events in 2026.

Written by engineer AE1 on 2026-12-07 for the thirty-second batch, a precision batch.

Six invented stories, each told by three or four invented outlets (domains ending in .example)
as whole HTML pages. All outlets, reporters, companies, most officials and all figures are
invented; real institutions and places (Bank of Mauritius, Statistics Mauritius, Supreme Court
of Mauritius, Financial Crimes Commission, Madagascar customs, Satish Dhawan Space Centre, the
Karthala observatory, El-Maarouf hospital, COSEP, towns and ports) are scenery only. Time zones:
Mauritius, Seychelles and Réunion UTC+4; Madagascar and Comoros UTC+3; India UTC+5:30; none
observes summer time.

cb-AE1 (central bank, CONTROL, planted = []). True facts: on Wednesday 18 March 2026 the Bank of
Mauritius Monetary Policy Committee cut the Key Rate by 25 basis points from 4.50% to 4.25%,
vote 5-2 (two members for a hold); statement at 14:30 Mauritius time (10:30 GMT), press
conference after; first change in fourteen months. February inflation 3.4% (January 3.9%); 2026
inflation forecast 3.6% (December forecast 4.0%); 2026 growth forecast 3.3% (was 3.6%).
Overnight lending facility 5.25%, deposit facility 3.25%. Rupee about 45.80 per US dollar;
reserves USD 8.1 billion (about Rs 371 billion), 10.8 months of imports. Minutes 1 April, next
meeting 20 May. Banque des Mascareignes prime rate 7.40% to 7.15% from 1 April. Governor
Marie-Claire Anjali Poonoosamy. Outlets: Indian Ocean Wire Service (wire; article:published_time
2026-03-18T12:10Z); The Port Louis Ledger (newspaper; JSON-LD datePublished 2026-03-19, says
"yesterday"); Frontier Rates Brief (newsletter; NO date anywhere, says "Wednesday's meeting");
Radio Ocean Indien Info (broadcaster; visible date "Wednesday 18 March 2026, 18:40" only, says
"this afternoon"). Legitimate traps: 4.25% / 4.25 per cent; 25 basis points = a quarter of a
percentage point = 0.25 points; old rate 4.50% / 4.5 per cent; 14:30 local = 2.30 pm = 10:30 GMT
= "half past two this afternoon"; "on Wednesday" / "yesterday" / "today" resolve to 18 March;
governor with and without middle name and title; inflation 3.4% vs earlier 3.9%; forecasts 3.6%
vs earlier 4.0%, 3.3% vs 3.6%; reserves USD 8.1 billion = Rs 371 billion, 10.8 months = "close
to 11 months"; vote 5-2 = five of seven; lending/deposit facility rates and the bank's prime
rate are different rates; newsletter's own forecast of 4.00% in May is a forecast; real rate
+0.85pp derived; sidebar rates of other central banks; the governor's quote in slightly
different wordings and paraphrased; the economist's quote paraphrased.

el-AE2 (election, CONTROL, planted = []). True facts: Anse Royale (Mahé, Seychelles) National
Assembly by-election on Saturday 11 July 2026, polls 07:00-19:00 local (03:00-15:00 UTC), four
polling stations, 3,912 registered voters, vacancy after Bernard Ally resigned in May.
Provisional result read by Electoral Commission chairperson Gisele Larue at 01:40 local on
Sunday 12 July (21:40 GMT Saturday): Daniella (Marie) Pillay, SRM, 1,649; Joachim Barbe, IDA,
1,198; Roland Esparon, independent, 171; 46 rejected; three ballots set aside as disputed;
turnout 78.3%. Certified on Monday 13 July at 11:00: the three disputed ballots were valid and
all for Pillay, so Pillay 1,652 (54.7%), Barbe 1,198 (39.7%), Esparon 171 (5.7%); valid 3,021,
cast 3,067, turnout 78.4%, margin 454 votes / 15.0 points (2025: SRM by 9.8 points on 81.2%
turnout). Barbe conceded at 02:05. SRM keeps 20 of 35 seats; Pillay sworn in on Tuesday 14 July.
Outlets: Mahé Mirror (live page, article:published_time 2026-07-11T18:55+04:00, local timestamps
running past midnight marked "Sun"); Austral Press Agency (wire, JSON-LD 2026-07-12T00:10Z,
times in GMT); SCB News (broadcaster, NO date anywhere, provisional figures); Island Politics
Weekly (newsletter, visible date "Tuesday 14 July 2026" only, certified figures "yesterday").
Legitimate traps: partial running totals on the live page (402/311/41, 812/590/84,
1,231/902/127); provisional 1,649 vs certified 1,652 (explained), 54.6% vs 54.7%, 78.3% vs
78.4%, lead 451 vs margin 454; 54.7% of valid votes vs 53.9% of all ballots cast (explained);
"almost 55%" and "just over 78%" roundings; 01:40 local Sunday = 21:40 GMT Saturday; 07:00-19:00
local = 03:00-15:00 GMT; "Saturday", "early hours of Sunday", "yesterday" (Monday) and "today"
(Tuesday); names with or without middle name and accents; chairperson's title full or short;
earlier 2025 turnout 81.2% and 9.8-point margin; other by-elections in the newsletter's sidebar;
victory and concession quotes in slightly different wordings.

ct-AE3 (court, 3 PLANTED). True facts: on Thursday 23 April 2026 at 11:15 (07:15 GMT) Mrs
Justice Nirmala Dabysing, senior puisne judge of the Supreme Court of Mauritius in Port Louis,
sentenced Ashwin Prakash Jugessur, 57, former finance director of Lagon Bleu Holdings, to eight
years' penal servitude (14 months on remand deducted; prosecution sought 12 years) for diverting
Rs 184 million (about USD 4 million) from the staff pension fund in 2019-2023; convicted 12
February on four counts of embezzlement and two of money laundering; co-accused accountant Loic
Carre, 44, three years; about 1,320 fund members; Rs 61 million recovered by the Financial
Crimes Commission; villa in Grand Baie confiscated; 21 days to appeal (defence counsel Gavin
Ramsurrun SC). The quote "The pensioners of this company were robbed of their dignity, not just
their savings" was said by principal state counsel Shalini Beeharry. PLANTED: (1) amount
diverted: right Rs 184 million, wrong Rs 148 million - The Mauritius Morning Post only; (2)
judge's title: right senior puisne judge, wrong Chief Justice - Kreol FM News only; (3) speaker
of the "robbed of their dignity" quote: right Shalini Beeharry, wrong Rajen Moothoosamy
(pensioners' association president) - Mascarene News Agency only. Outlets: Mascarene News Agency
(wire, article:published_time 2026-04-23T08:40Z); The Mauritius Morning Post (newspaper, JSON-LD
2026-04-24, "yesterday"); Kreol FM News (broadcaster, NO date anywhere, "on Thursday").
Legitimate traps: eight years / 8 years; sentence vs the 12 years sought; 14 months on remand
deducted; Rs 184 million = about USD 4 million; Rs 61 million recovered is a different sum;
conviction in February vs sentence in April; 11:15 local = 07:15 GMT = "shortly after 11 am";
"Thursday" / "yesterday"; defendant with and without middle name; pensions cut by up to a third
in 2023 vs paid in full now (after the 2024 top-up); co-accused's three years; counsel "SC" /
"Senior Counsel"; judge's remarks quoted in full and in part.

tr-AE4 (trade, 3 PLANTED). True facts: on Tuesday 4 August 2026 at 10:00 local (07:00 GMT)
Madagascar's Directorate General of Customs (Director General Hery Andrianaivo Rakotomalala)
released first-half figures: vanilla exports 1,140 tonnes vs 1,301 tonnes in H1 2025 (down
12.4%), value USD 236 million vs USD 289 million (down 18.3%), about 1,057 billion ariary at
4,480 ariary per dollar, average price about USD 207/kg vs USD 222/kg; destinations US 58%,
France 17%, Germany 9%; 71% shipped through Toamasina (Tamatave), the rest via Vohemar and
Antsiranana; exporters' council (Jean-Marc Randrianarisoa) forecasts 2,300 tonnes for 2026 vs
2,610 in 2025. PLANTED: (1) volume decline: right 12.4%, wrong 21.4% - Spice Trade Monitor only;
(2) main export port: right Toamasina, wrong Mahajanga - MBN News only; (3) weekday of release:
right Tuesday, wrong Thursday - The Antananarivo Courier only. Outlets: Pan-Ocean Commodity Wire
(wire, article:published_time 2026-08-04T09:15Z); The Antananarivo Courier (newspaper, JSON-LD
2026-08-05); Spice Trade Monitor (newsletter, NO date anywhere); MBN News (broadcaster, visible
date "Wednesday 5 August 2026" only). Legitimate traps: volume decline 12.4% vs value decline
18.3%; H1 2025 earlier values; tonnes vs kilos ("seven in ten kilos"); USD 236 million = 1,057
billion ariary = "more than 1,000 billion ariary"; unit value USD 207/kg vs 222/kg vs the
newsletter's price assessment range USD 195-215/kg; Toamasina = Tamatave, Antsiranana = Diego
Suarez; full-year forecast 2,300 t vs 2025 actual 2,610 t; farm-gate prices in ariary vs export
prices; official's name with and without middle name or initial; minister's title word order;
sidebar figures for cloves, nickel and other origins (Comoros 28 t); late-2010s prices above USD
500/kg as history.

rk-AE5 (rocket, 3 PLANTED). True facts: on Thursday 17 September 2026 an Ardent-3 (Meridian
Launch Services, third flight) lifted off from the Satish Dhawan Space Centre, Sriharikota, at
03:42 UTC = 09:12 IST = 07:42 Mauritius time, after a 48-hour slip from Tuesday for upper-level
winds, on the Monsoon Rideshare-2 mission with 23 satellites from eleven countries (total about
1,460 kg, largest 212 kg) to a 530 km sun-synchronous orbit at 97.5 degrees. MauSat-2 (3U, 4.2
kg, University of Mauritius, Rs 38 million = about USD 830,000 from MRIC) separated at T+17 min
40 s (03:59 UTC), first contact at Ebene at 09:31 Mauritius time (05:31 UTC), 1 h 49 min after
liftoff; all 23 deployed by 04:38 UTC (T+56 min). PLANTED: (1) liftoff clock time: right 07:42
Mauritius / 03:42 UTC / 09:12 IST, wrong 07:24 Mauritius / 03:24 UTC / 08:54 IST - Smallsat
Ledger only; (2) number of satellites: right 23, wrong 32 - Southern Hemisphere News Agency
only; (3) time from liftoff to MauSat-2 separation: right 17 minutes 40 seconds, wrong 21
minutes 40 seconds - The Mauritius Chronicle only. Outlets: Orbit Desk (live page,
article:published_time 2026-09-17T02:30Z, UTC timestamps); The Mauritius Chronicle (newspaper,
JSON-LD 2026-09-18, "yesterday"); Southern Hemisphere News Agency (wire, JSON-LD without a date,
NO date anywhere, "on Thursday"); Smallsat Ledger (newsletter, visible date "Monday 21 September
2026" only, "last Thursday"). Legitimate traps: UTC vs IST vs Mauritius time, 7.42 am / 07:42;
partial deployment counts on the live page (12 of 23, 17 of 23); 23 satellites from eleven
countries = Mauritius plus "ten other countries"; 48-hour delay from Tuesday = "two-day delay";
first signal 1 h 49 min after liftoff = "less than two hours later"; T+56 min for all
deployments vs T+17 min 40 s for MauSat-2; 4.2 kg satellite vs 212 kg largest payload vs 1,460
kg total; Rs 38 million = USD 830,000; first satellite in 2021; the launch window of 20 minutes;
"yesterday", "last Thursday"; officials' names with titles or short.

eq-AE6 (earthquake, CONTROL, planted = []). True facts: on Thursday 22 October 2026 at 05:47
Comoros time (02:47 UTC, 06:47 in Réunion) a magnitude 5.8 earthquake (preliminary 6.0 at 06:20
local, revised to 5.8 at 09:00 by the Karthala observatory, OVK) struck at sea about 38 km (24
miles) north-west of Moroni, depth about 12 km; felt on Grande Comore, Mohéli, Anjouan and
lightly Mayotte; no tsunami threat; 11 injured (two seriously, El-Maarouf hospital), 27 houses
damaged (three severely), no deaths (COSEP, Colonel Ahmed Ali Bacar, 16:40 local); 14
aftershocks by 16:00 local, largest 4.3 at 07:12 local (08:12 Réunion). OVK director Dr Hadidja
Said Mohamed: tectonic, nothing unusual at Karthala. Outlets: Comores Info Direct (live page,
article:published_time 2026-10-22T02:55Z, Comoros-time stamps); Indian Ocean Wire Service (wire,
JSON-LD 2026-10-22T14:20Z, GMT and local); Réunion Antenne Info (broadcaster, NO date anywhere,
Réunion time). Legitimate traps: preliminary 6.0 vs revised 5.8 (made clear); 05:47 local =
02:47 GMT = 6.47 am Réunion; aftershock 07:12 Comoros = 8.12 am Réunion; aftershock magnitude
4.3 vs main shock; live partial injury counts 2, 5, 7 then final 11; 38 km = 24 miles = "about
forty kilometres"; two seriously injured vs "two kept in hospital"; sidebar magnitudes of other
regional quakes; Karthala's 2007 eruption as history; "this morning", "tomorrow", "Thursday";
quotes paraphrased.
"""


import html
import json

# ---------------------------------------------------------------------------
# Page-building helpers (run once at import; STORIES ends up as plain data).
# ---------------------------------------------------------------------------


def _e(text):
    return html.escape(text, quote=True)


def _blocks(text):
    """Split prose into paragraphs (blank-line separated, lines re-joined)."""
    out = []
    for chunk in text.strip().split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.strip().splitlines())
        if joined:
            out.append(joined)
    return out


def _render(text):
    parts = []
    for block in _blocks(text):
        if block.startswith("## "):
            parts.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("> "):
            parts.append(f'<blockquote class="pull-quote"><p>{_e(block[2:])}</p></blockquote>')
        elif block.startswith("@@ "):
            stamp, _, rest = block[3:].partition(" | ")
            parts.append(
                '<div class="live-entry">'
                f'<p class="live-stamp"><strong>{_e(stamp)}</strong></p>'
                f"<p>{_e(rest)}</p></div>"
            )
        elif block == "[AD]":
            parts.append(
                '<div class="ad-slot ad-inline" aria-label="Advertisement">'
                "<span>Advertisement</span></div>"
            )
        else:
            parts.append(f"<p>{_e(block)}</p>")
    return "\n".join(parts)


def _ul(items, cls):
    lis = "".join(f"<li>{_e(item)}</li>" for item in items)
    return f'<ul class="{cls}">{lis}</ul>'


def _links(items, base):
    lis = []
    for slug, label in items:
        lis.append(f'<li><a href="https://{base}/{_e(slug)}">{_e(label)}</a></li>')
    return '<ul class="related-list">' + "".join(lis) + "</ul>"


def _page(
    outlet,
    *,
    url,
    headline,
    standfirst,
    byline,
    body,
    section,
    sidebar_title,
    sidebar,
    related,
    published=None,
    ld_date=None,
    use_ld=False,
    visible_date=None,
    kind="article",
    dateline_note=None,
):
    name = outlet["name"]
    base = outlet["domain"]
    dated = bool(published or ld_date or visible_date)
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(headline)} | {_e(name)}</title>",
        f'<meta name="description" content="{_e(standfirst)}">',
        f'<meta property="og:title" content="{_e(headline)}">',
        f'<meta property="og:site_name" content="{_e(name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="article:section" content="{_e(section)}">',
        f'<link rel="canonical" href="{_e(url)}">',
        f'<link rel="stylesheet" href="https://{base}/static/css/site.css">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{_e(published)}">')
    if use_ld or ld_date:
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if kind == "live" else "NewsArticle",
            "headline": headline,
            "author": {"@type": "Person", "name": byline},
            "publisher": {"@type": "Organization", "name": name},
            "mainEntityOfPage": url,
        }
        if ld_date:
            data["datePublished"] = ld_date
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{payload}</script>')
    nav = "".join(
        f'<li><a href="https://{base}/{item.lower().replace(" ", "-")}">{_e(item)}</a></li>'
        for item in outlet["nav"]
    )
    badge = ""
    if kind == "live":
        badge = '<span class="badge badge-live">LIVE</span> '
    date_html = ""
    if visible_date:
        date_html = f'<p class="article-date">{_e(visible_date)}</p>'
    note_html = ""
    if dateline_note:
        note_html = f'<p class="article-note">{_e(dateline_note)}</p>'
    share = (
        '<div class="share-bar"><span>Share this article</span>'
        '<a class="share fb" href="#">Facebook</a>'
        '<a class="share x" href="#">X</a>'
        '<a class="share wa" href="#">WhatsApp</a>'
        '<a class="share mail" href="#">Email</a>'
        '<button class="share copy">Copy link</button></div>'
    )
    extra = ""
    if kind == "newsletter":
        extra = (
            '<div class="subscribe-box"><h3>Get this briefing in your inbox</h3>'
            "<p>Subscribers receive every issue, our data tables and the archive.</p>"
            '<form><input type="email" placeholder="Your work email">'
            "<button>Subscribe</button></form></div>"
        )
    elif kind == "broadcast":
        extra = (
            '<div class="player-box"><h3>Listen live</h3>'
            "<p>News bulletins every hour on the hour, and on our app.</p>"
            '<button class="play">Play</button></div>'
        )
    elif kind == "live":
        extra = (
            '<div class="live-controls"><button>Newest first</button>'
            "<button>Oldest first</button><button>Key events only</button></div>"
        )
    copyright_line = f"&copy; 2026 {_e(name)}" if dated else f"&copy; {_e(name)}"
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="page-{kind}">
<div id="cookie-banner" class="cookie-banner" role="dialog">
<p>{_e(outlet['cookie'])}</p>
<button class="accept">Accept all</button><button class="reject">Reject</button>
<a href="https://{base}/privacy">Manage preferences</a>
</div>
<header class="site-header">
<a class="logo" href="https://{base}/">{_e(name)}</a>
<p class="tagline">{_e(outlet['tagline'])}</p>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search"><input type="search" placeholder="Search"><button>Go</button></form>
</header>
<div class="ad-slot ad-leaderboard" aria-label="Advertisement"><span>Advertisement</span></div>
<main class="layout">
<article class="story">
<p class="kicker">{_e(section)}</p>
<h1>{badge}{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<p class="byline">{_e(byline)}</p>
{date_html}
{note_html}
{share}
{extra}
<div class="article-body">
{_render(body)}
</div>
{share}
<p class="corrections">Spotted an error? Write to corrections@{_e(base.replace('www.', ''))}</p>
</article>
<aside class="sidebar">
<div class="ad-slot ad-mpu" aria-label="Advertisement"><span>Advertisement</span></div>
<section class="sidebar-box"><h3>{_e(sidebar_title)}</h3>{_ul(sidebar, "sidebar-list")}</section>
<section class="sidebar-box most-read"><h3>Most read</h3>{_links(outlet['most_read'],
base)}</section>
</aside>
</main>
<section class="related"><h3>Related coverage</h3>{_links(related, base)}</section>
<div class="ad-slot ad-footer" aria-label="Advertisement"><span>Advertisement</span></div>
<footer class="site-footer">
<p>{_e(outlet['about'])}</p>
<ul class="footer-links"><li><a href="https://{base}/about">About us</a></li>
<li><a href="https://{base}/contact">Contact</a></li>
<li><a href="https://{base}/terms">Terms of use</a></li>
<li><a href="https://{base}/privacy">Privacy and cookies</a></li></ul>
<p class="copyright">{copyright_line}. All rights reserved.</p>
</footer>
</body>
</html>
"""
    return doc



def _pg(url, outlet, **kwargs):
    return (url, _page(outlet, url=url, **kwargs))



def _outlet(name, domain, tagline, nav, cookie, about, most_read):
    return {
        "name": name,
        "domain": domain,
        "tagline": tagline,
        "nav": nav,
        "cookie": cookie,
        "about": about,
        "most_read": most_read,
    }


_IOWS = _outlet(
    "Indian Ocean Wire Service",
    "www.iowire.example",
    "Fast, fair and first across the Indian Ocean",
    ["World", "Africa", "Indian Ocean", "Markets", "Commodities", "Politics", "Science"],
    "IOWS and its partners use cookies to deliver and measure content and advertising.",
    "Indian Ocean Wire Service is an independent news agency with bureaux in Port Louis, "
    "Antananarivo, Victoria, Moroni and Saint-Denis.",
    [
        ("markets/sugar-prices-steady", "Raw sugar holds steady as Mascarene harvest begins"),
        ("africa/port-congestion-eases", "Port congestion eases along the East African coast"),
        ("science/coral-survey-results", "Reef survey finds mixed picture around the islands"),
    ],
)

_LEDGER = _outlet(
    "The Port Louis Ledger",
    "www.portlouisledger.example",
    "Mauritius's independent daily since 1998",
    ["Home", "Mauritius", "Economy", "Opinion", "Sport", "Culture", "Rodrigues"],
    "We use cookies to remember your preferences and to show you relevant offers.",
    "The Port Louis Ledger is published by Ledger Media Ltd, Royal Street, Port Louis.",
    [
        ("mauritius/metro-express-extension", "Metro extension: the new timetable explained"),
        ("sport/club-m-squad-named", "Club M squad named for island games qualifier"),
        ("opinion/water-cuts-again", "Editorial: water cuts, again"),
    ],
)

_FRB = _outlet(
    "Frontier Rates Brief",
    "www.frontierrates.example",
    "Central banks beyond the usual suspects",
    ["Latest", "Africa", "Asia", "Islands", "Data", "Calendar", "Subscribe"],
    "This site uses strictly necessary cookies and, with your consent, analytics cookies.",
    "Frontier Rates Brief is an independent research newsletter. Nothing here is investment "
    "advice.",
    [
        ("islands/seychelles-holds", "Seychelles: CBS on hold, guidance unchanged"),
        ("africa/kenya-corridor", "Kenya: the corridor debate returns"),
        ("data/real-rates-tracker", "Tracker: real policy rates across frontier markets"),
    ],
)

_ROI = _outlet(
    "Radio Ocean Indien Info",
    "www.roi-info.example",
    "Your news, in the car, at home, on the go",
    ["News", "Mauritius", "Rodrigues", "Economy", "Sport", "Podcasts", "Listen live"],
    "ROI Info uses cookies to improve your listening experience. Accept to continue.",
    "Radio Ocean Indien Info broadcasts from Port Louis and Curepipe.",
    [
        ("news/traffic-motorway-m1", "Traffic: roadworks on the M1 this weekend"),
        ("sport/horse-racing-champ-de-mars", "Champ de Mars: the season opener"),
        ("podcasts/kitchen-stories", "Podcast: Kitchen Stories with Chef Anjali"),
    ],
)

_MIRROR = _outlet(
    "Mahe Mirror",
    "www.mahemirror.example",
    "News from Mahe, Praslin, La Digue and the outer islands",
    ["Home", "Live", "Politics", "Tourism", "Fisheries", "Sport", "Weather"],
    "Mahe Mirror uses cookies for site functions and advertising.",
    "Mahe Mirror is an independent digital newspaper based in Victoria, Seychelles.",
    [
        ("tourism/arrivals-record-month", "Tourism: a record month for arrivals from Asia"),
        ("fisheries/tuna-landings", "Tuna landings at Victoria port up again"),
        ("weather/southeast-monsoon", "South-east monsoon: what to expect this week"),
    ],
)

_APA = _outlet(
    "Austral Press Agency",
    "www.australpress.example",
    "News agency of the south-west Indian Ocean",
    ["Top news", "Politics", "Business", "Islands", "Africa", "Photos"],
    "Austral Press Agency uses cookies. By continuing you agree to their use.",
    "Austral Press Agency distributes news to subscribers in nine countries.",
    [
        ("islands/madagascar-budget", "Madagascar presents revised budget"),
        ("business/airline-route", "New air route to link Praslin and Reunion"),
        ("islands/comoros-ferry", "Comoros inter-island ferry back in service"),
    ],
)

_SCB = _outlet(
    "SCB News",
    "www.scb-news.example",
    "Seychelles Coastal Broadcasting - radio and television",
    ["News", "Politics", "Community", "Sport", "TV", "Radio", "Catch-up"],
    "SCB uses cookies to run its players and measure audiences.",
    "SCB News is the news service of Seychelles Coastal Broadcasting.",
    [
        ("community/school-garden-prize", "La Digue school wins garden prize"),
        ("sport/regatta-results", "Regatta: results from the weekend"),
        ("tv/evening-news-replay", "Watch again: the evening news"),
    ],
)

_IPW = _outlet(
    "Island Politics Weekly",
    "www.islandpolitics.example",
    "Parties, polls and parliaments of the small islands",
    ["Latest issue", "Seychelles", "Mauritius", "Comoros", "Madagascar", "Data"],
    "We use cookies for log-in and to understand which articles readers value.",
    "Island Politics Weekly is a reader-funded newsletter.",
    [
        ("mauritius/municipal-map", "Mauritius: the municipal map one year on"),
        ("comoros/governors", "Comoros: the governors' quiet power"),
        ("data/turnout-tables", "Data: turnout in every island contest since 2015"),
    ],
)

_MNA = _outlet(
    "Mascarene News Agency",
    "www.mascarenenews.example",
    "Wire copy from Mauritius, Rodrigues and Reunion",
    ["Latest", "Courts", "Politics", "Business", "Regions", "Photo"],
    "Mascarene News Agency uses essential cookies and optional analytics cookies.",
    "Mascarene News Agency is a cooperative of island newspapers and broadcasters.",
    [
        ("courts/drug-case-adjourned", "Drug trafficking case adjourned to June"),
        ("business/textile-orders", "Textile makers report slower orders"),
        ("regions/rodrigues-water", "Rodrigues: new desalination plant opens"),
    ],
)

_POST = _outlet(
    "The Mauritius Morning Post",
    "www.morningpost-mu.example",
    "Every morning, the whole island",
    ["Home", "News", "Courts", "Economy", "World", "Sport", "Weekend"],
    "We and our partners use cookies to personalise content and ads.",
    "The Mauritius Morning Post is published by Morning Post Publishing Co. Ltd.",
    [
        ("news/bus-fares-review", "Bus fares: review panel reports next month"),
        ("courts/land-dispute-ruling", "Land dispute: Privy Council appeal lodged"),
        ("weekend/cooking-with-breadfruit", "Weekend: five ways with breadfruit"),
    ],
)

_KFM = _outlet(
    "Kreol FM News",
    "www.kreolfm.example",
    "Radio for everyone",
    ["News", "Courts", "Society", "Music", "Phone-in", "Podcasts", "Listen"],
    "Kreol FM uses cookies to keep the player working and to count listeners.",
    "Kreol FM is a private radio station broadcasting across Mauritius.",
    [
        ("society/fishermen-allowance", "Fishermen's bad-weather allowance paid"),
        ("music/sega-festival", "Sega festival line-up announced"),
        ("phone-in/cost-of-living", "Phone-in: your cost of living questions"),
    ],
)

_POCW = _outlet(
    "Pan-Ocean Commodity Wire",
    "www.pocwire.example",
    "Commodities news for traders and producers",
    ["Softs", "Spices", "Metals", "Energy", "Freight", "Prices"],
    "POCW uses cookies for subscriber log-in and analytics.",
    "Pan-Ocean Commodity Wire covers commodity markets from Singapore, Mombasa and Port Louis.",
    [
        ("spices/clove-prices", "Clove prices firm on tight supply"),
        ("softs/cocoa-sambirano", "Sambirano cocoa growers seek premium"),
        ("metals/nickel-shipments", "Nickel shipments resume after maintenance"),
    ],
)

_COURIER = _outlet(
    "The Antananarivo Courier",
    "www.tanacourier.example",
    "Madagascar's English-language daily",
    ["Home", "Nation", "Business", "Regions", "Opinion", "Sport", "Culture"],
    "The Courier uses cookies. You can change your settings at any time.",
    "The Antananarivo Courier is published in Antananarivo by Courier Press SA.",
    [
        ("nation/jirama-power-cuts", "Power cuts: the new rota for the capital"),
        ("regions/rn7-repairs", "RN7 repairs to finish before the rains"),
        ("culture/hira-gasy-season", "Hira gasy: the season's best troupes"),
    ],
)

_STM = _outlet(
    "Spice Trade Monitor",
    "www.spicetrademonitor.example",
    "Prices, crops and flows for vanilla, cloves and pepper",
    ["Vanilla", "Cloves", "Pepper", "Origins", "Prices", "Members"],
    "Members' area cookies are required to log in.",
    "Spice Trade Monitor is a members' newsletter for the spice trade.",
    [
        ("origins/uganda-crop", "Uganda: a smaller crop, better cured"),
        ("cloves/toamasina-prices", "Cloves: exporters hold out for better prices"),
        ("pepper/wild-pepper", "Wild pepper: niche no more?"),
    ],
)

_MBN = _outlet(
    "MBN News",
    "www.mbn-news.example",
    "Madagasikara Broadcasting Network",
    ["News", "Regions", "Economy", "Sport", "Radio", "TV", "Replay"],
    "MBN uses cookies to operate its radio and TV players.",
    "MBN News is the news service of Madagasikara Broadcasting Network.",
    [
        ("regions/sava-road", "SAVA: the road to Sambava reopens"),
        ("sport/barea-friendly", "Barea announce friendly in October"),
        ("radio/morning-show", "Listen again: the morning show"),
    ],
)

_ODL = _outlet(
    "Orbit Desk",
    "www.orbitdesk.example",
    "Every launch, as it happens",
    ["Live", "Launches", "Satellites", "Industry", "Schedule", "Newsletter"],
    "Orbit Desk uses cookies for analytics and to keep live pages updating.",
    "Orbit Desk is an independent space news site.",
    [
        ("launches/upcoming", "Launch schedule: the next 30 days"),
        ("industry/rideshare-prices", "Rideshare prices: who is cheapest now?"),
        ("satellites/cubesat-failures", "Why so many cubesats stay silent"),
    ],
)

_CHRON = _outlet(
    "The Mauritius Chronicle",
    "www.mauritiuschronicle.example",
    "News, views and the island's story",
    ["Home", "Mauritius", "Science", "Business", "Education", "Sport", "Letters"],
    "The Chronicle uses cookies to improve your experience and for advertising.",
    "The Mauritius Chronicle is published daily in Port Louis.",
    [
        ("education/exam-results", "School certificate results: the numbers"),
        ("business/ebene-offices", "Ebene office market cools"),
        ("letters/beach-access", "Letters: public beaches belong to everyone"),
    ],
)

_SHNA = _outlet(
    "Southern Hemisphere News Agency",
    "www.shna.example",
    "News agency",
    ["World", "Asia", "Africa", "Oceania", "Science", "Business"],
    "SHNA uses cookies to measure how its pages are used.",
    "Southern Hemisphere News Agency supplies text, photo and video to subscribers.",
    [
        ("science/antarctic-station", "New Antarctic station opens"),
        ("business/shipping-rates", "Shipping rates ease in the south Indian Ocean"),
        ("asia/monsoon-rainfall", "Monsoon rainfall above average"),
    ],
)

_SSL = _outlet(
    "Smallsat Ledger",
    "www.smallsatledger.example",
    "The weekly for the small satellite business",
    ["This week", "Launches", "Missions", "Ground", "Funding", "Jobs"],
    "We use cookies for subscriptions and anonymous statistics.",
    "Smallsat Ledger is an independent trade newsletter.",
    [
        ("ground/new-stations", "Ground segment: six new stations this quarter"),
        ("funding/seed-rounds", "Funding: seed rounds get smaller"),
        ("missions/lagoon-imaging", "Lagoon imaging: a niche that keeps growing"),
    ],
)

_CID = _outlet(
    "Comores Info Direct",
    "www.comoresdirect.example",
    "L'actualite des Comores en continu - English edition",
    ["Live", "Ngazidja", "Mwali", "Ndzuani", "Politics", "Economy", "Sport"],
    "Comores Info Direct uses cookies to keep live pages working.",
    "Comores Info Direct is an independent news site based in Moroni.",
    [
        ("economy/port-moroni", "Port of Moroni: new crane arrives"),
        ("ngazidja/water-supply", "Water supply restored in Mitsamiouli district"),
        ("sport/coelacanthes", "Coelacanthes name squad for qualifier"),
    ],
)

_RAI = _outlet(
    "Reunion Antenne Info",
    "www.reunionantenne.example",
    "La Reunion et l'ocean Indien - English service",
    ["Info", "Reunion", "Ocean Indien", "Mayotte", "Sport", "Radio", "TV"],
    "Reunion Antenne uses cookies to measure audiences and run its players.",
    "Reunion Antenne Info is the news service of Reunion Antenne, Saint-Denis.",
    [
        ("reunion/route-du-littoral", "Route du Littoral: new closure dates"),
        ("mayotte/water-tankers", "Mayotte: water tankers for the dry season"),
        ("reunion/piton-fournaise", "Piton de la Fournaise: observatory update"),
    ],
)



# ---------------------------------------------------------------------------
# cb-AE1  Bank of Mauritius cuts the Key Rate (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = """
PORT LOUIS, March 18 (IOWS) - The Bank of Mauritius cut its Key Rate by 25 basis points to 4.25%
on Wednesday, saying a faster-than-expected fall in inflation gave it room to support an economy
that is losing momentum.

The Monetary Policy Committee voted five to two for the reduction, with two members preferring
to keep the rate at 4.50%, the bank said in a statement released at 14:30 local time (10:30
GMT). It was the first change to the benchmark in fourteen months.

Headline inflation slowed to 3.4% in February from 3.9% in January, according to Statistics
Mauritius, helped by lower prices for imported food and a steadier rupee. The bank now expects
inflation to average 3.6% in 2026, down from the 4.0% it projected in December.

"Inflation is coming down faster than we expected in December, and that gives us room to support
activity without putting the rupee at risk," Governor Marie-Claire Poonoosamy told reporters at
the bank's headquarters on Sir William Newton Street.

The committee also lowered its forecast for real GDP growth this year to 3.3% from 3.6%, citing
softer tourist arrivals from Europe in the first two months of the year and weaker orders for
textile and apparel exporters.

Of twelve economists polled by IOWS last week, seven had expected a cut of 25 basis points and
five had forecast no change. None expected a larger move.

"We had pencilled in a hold until May, so this is a slightly earlier start to the easing cycle
than we thought," said Yannick Rault, chief economist at Corail Securities in Ebene. "The
dissent tells you the committee is not in a hurry to go much further."

[AD]

The bank adjusted the rates on its standing facilities in line with the decision. The overnight
lending facility now stands at 5.25% and the overnight deposit facility at 3.25%, keeping the
corridor at 100 basis points either side of the Key Rate.

Poonoosamy said the rupee, which traded at about 45.80 to the U.S. dollar on Wednesday, had been
"broadly stable" since the start of the year, and that gross official international reserves of
$8.1 billion at the end of February covered about 10.8 months of imports of goods and services.

She declined to say whether further cuts were likely. "We will look at the data as it comes.
There is no pre-set path," she said.

The minutes of the meeting, which will identify the members who voted against the cut, will be
published on April 1. The committee is next scheduled to meet on May 20.

Commercial lenders moved quickly. Banque des Mascareignes, the island's third-largest lender by
assets, said it would lower its prime lending rate to 7.15% from 7.40% with effect from April 1.

Yields on short-dated Treasury bills fell by about 10 basis points in afternoon trading, dealers
said, while the rupee was little changed after the announcement.

(Reporting by Nadia Ramjaun; Editing by Paul Desvaux)
"""

_CB_LEDGER = """
PORT LOUIS - The Bank of Mauritius yesterday lowered its Key Rate by a quarter of a percentage
point, to 4.25 per cent, a move that will trim repayments for thousands of households on
variable-rate home loans but on which the central bank's own policy committee was far from
unanimous.

Five of the seven members of the Monetary Policy Committee (MPC) backed the cut, while two
wanted to keep the rate at 4.5 per cent. The decision was made public at 2.30 pm, half an hour
before Governor Marie-Claire Anjali Poonoosamy faced journalists at the bank's tower in Port
Louis.

Ms Poonoosamy said the drop in inflation to 3.4 per cent in February, from 3.9 per cent a month
earlier, had come sooner than the bank's economists had predicted when the committee last met in
December. That, she argued, opened space to help an economy that is slowing - while insisting
that the stability of the rupee remains the bank's first concern.

Asked repeatedly whether a second cut would follow in May, she would only say that the committee
would "look at the data as it comes".

## The forecasts

The bank now expects the economy to grow by 3.3 per cent this year, against 3.6 per cent in its
December projection. It sees inflation averaging 3.6 per cent over 2026, down from the 4 per
cent it forecast three months ago.

Officials pointed to weaker arrivals of European tourists in January and February and to softer
orders in the textile and apparel sector as the main drags on activity. Imported food prices, on
the other hand, have eased, and the rupee has held at around Rs 45.80 to the US dollar since
January.

Gross official reserves stood at $8.1 billion at the end of February, the governor said -
roughly Rs 371 billion at current exchange rates, or close to 11 months of imports.

[AD]

## What it means for your loan

Banque des Mascareignes was the first commercial bank to react, announcing within hours that its
prime lending rate would fall from 7.40 per cent to 7.15 per cent from 1 April. Other lenders
are expected to follow.

For a household repaying a Rs 3 million home loan over 20 years at the prime rate, that works
out at about Rs 455 less each month: the instalment falls from roughly Rs 23,985 to Rs 23,530.

Savers will feel the other side of the move. The rate the central bank pays banks on overnight
deposits falls to 3.25 per cent, and deposit rates offered to the public are likely to drift
lower over the coming weeks.

## A divided committee

The bank did not say who voted against the cut. The minutes of the meeting, which will name the
two dissenting members, are due to be published on 1 April.

Economists were split ahead of the meeting. Yannick Rault, chief economist at Corail Securities,
said he had expected the committee to wait until May. "The two votes to hold tell you the
committee is not in a hurry to go much further," he said.

Sandrine Ah-Kong, who chairs the Mauritius Chamber of Small Enterprises, welcomed the decision
but warned against expecting too much. "Twenty-five basis points is a signal, not a rescue. A
small firm with an overdraft will see the difference in months, not days," she said.

The MPC's next meeting is scheduled for 20 May.
"""

_CB_FRB = """
## The call

PORT LOUIS - The Bank of Mauritius (BoM) lowered the Key Rate by 25bp to 4.25% at Wednesday's
Monetary Policy Committee meeting, its first move in fourteen months. The vote was 5-2, with the
minority favouring an unchanged 4.50%. The decision split the sell-side almost down the middle:
seven of the twelve economists in the IOWS survey had expected 25bp, the other five a hold.

## Why now

The trigger was February CPI. Headline inflation printed at 3.4% y/y, from 3.9% in January, with
food and transport doing most of the work. The MPC statement says disinflation has come faster
than the committee anticipated in December, and the new staff projections confirm it: 2026
average inflation is now seen at 3.6%, against 4.0% three months ago.

Growth has also lost momentum. The bank cut its 2026 real GDP forecast to 3.3% from 3.6%,
pointing to a soft start to the year for European tourist arrivals and weaker textile orders.
Governor Marie-Claire Poonoosamy framed the decision as using room created by lower inflation
rather than as a rescue for a slumping economy.

## Real rates and the corridor

Measured against the February CPI print, the real Key Rate is now about +0.85pp, down from
+1.10pp before the cut. That is still positive, which the bank has repeatedly said it wants to
preserve while the rupee is under watch.

The standing facilities moved mechanically: the overnight lending facility is at 5.25% and the
overnight deposit facility at 3.25%, preserving the symmetric 100bp corridor around the Key
Rate.

[AD]

## FX and reserves

The rupee, which the BoM watches closely, has been steady around MUR 45.80 per US dollar this
year. Gross official international reserves were USD 8.1bn at end-February, equivalent to
roughly 10.8 months of imports of goods and services on the bank's own measure. The governor's
line at the press conference - "there is no pre-set path" - was aimed at the FX market as much
as at borrowers.

## What we expect

We now pencil in one further 25bp cut, to 4.00%, at the 20 May meeting, and a pause thereafter;
we would put the probability of a May move at a little over half. The risks run both ways. A
renewed fall in tourist arrivals would argue for more easing, while any wobble in the rupee
after this cut would probably silence the doves. The minutes, due on 1 April, will tell us who
the two dissenters were and, more usefully, whether their objection was to the timing or to the
direction.

## Market reaction

Short-dated Treasury bill yields fell by about 10bp in the afternoon session. Banque des
Mascareignes announced a 25bp reduction in its prime lending rate to 7.15%, effective 1 April,
and we expect the other large banks to match it within days. Corail Securities' Yannick Rault,
who had expected a hold, told clients the dissents signalled a committee "not in a hurry".

## Bottom line

A well-telegraphed, modest start to easing from a central bank that still puts the currency
first. We keep our end-2026 Key Rate forecast at 4.00%, conditional on February's disinflation
holding into the second quarter.
"""

_CB_ROI = """
PORT LOUIS - The Bank of Mauritius has cut its main interest rate. The Key Rate falls from 4.50%
to 4.25%, a reduction of 0.25 percentage points, the central bank announced at half past two
this afternoon.

It is the first cut in fourteen months. The Monetary Policy Committee did not reach its decision
unanimously: five of its seven members voted in favour and two against.

Speaking to our newsroom this evening, the governor of the Bank of Mauritius, Marie-Claire
Poonoosamy, explained the reasoning. "Inflation is falling faster than we thought in December.
That gives us room to support activity, without putting the rupee in danger," she said.

Prices rose by 3.4% over the twelve months to February, compared with 3.9% in January, according
to Statistics Mauritius. The central bank now expects inflation to average 3.6% this year. Its
growth forecast, however, has been revised down, to 3.3%.

The slowdown in tourism weighed on the decision. The governor noted that arrivals from Europe
had been weaker in January and February than a year earlier, and that textile exporters were
reporting fewer orders.

## What changes for households

For borrowers, the effect will depend on their bank. Banque des Mascareignes said this afternoon
that it would cut its prime lending rate by the same 0.25 points, to 7.15%, from 1 April. Other
banks had not made announcements by the time this article was published.

In Curepipe, Anil Boodhoo, a 41-year-old teacher repaying a home loan, was cautiously pleased.
"Every rupee counts at the end of the month. But I will believe it when I see the new figure on
my statement," he told our reporter.

At a vegetable stall in the Port Louis central market, trader Marie-Josee Lamarque said prices
had already become more stable since January. "Onions and potatoes are not going up every week
any more, like last year," she said.

[AD]

Small businesses were more reserved. Sandrine Ah-Kong, who chairs the Mauritius Chamber of Small
Enterprises, told ROI Info that a quarter-point cut was "a signal, not a rescue", and that firms
living on overdrafts would only feel the difference over several months.

## The rupee and reserves

The central bank insists the cut does not threaten the rupee, which was trading at around 45.80
to the US dollar today. Mauritius's official reserves reached 8.1 billion US dollars at the end
of February - roughly 371 billion rupees - enough to cover around 10.8 months of imports, the
governor said.

## Next steps

The committee's minutes, which will reveal the names of the two members who voted against the
cut, will be published on 1 April. The next decision on interest rates is due on 20 May.

Economists consulted by our newsroom were divided on what comes next. Some expect another cut in
May; others believe the two dissenting votes point to a long pause.
"""

_CB_PAGES = [
    _pg(
        "https://www.iowire.example/business/2026/03/18/mauritius-central-bank-cuts-key-rate",
        _IOWS,
        headline="Mauritius central bank cuts Key Rate to 4.25% as inflation cools",
        standfirst="Bank of Mauritius lowers benchmark by 25 basis points in split 5-2 vote; "
        "growth forecast trimmed to 3.3%",
        byline="By Nadia Ramjaun",
        body=_CB_WIRE,
        section="Markets",
        sidebar_title="Indian Ocean currencies (indicative, per US dollar)",
        sidebar=[
            "Mauritian rupee: 45.80",
            "Seychelles rupee: 14.10",
            "Malagasy ariary: 4,465",
            "Comorian franc: 452",
        ],
        related=[
            ("markets/mauritius-inflation-february", "Mauritius inflation slows to 3.4%"),
            ("markets/tourist-arrivals-dip", "Tourist arrivals dip in first two months"),
            ("markets/seychelles-central-bank-holds", "Seychelles central bank holds rate"),
        ],
        published="2026-03-18T12:10:00Z",
    ),
    _pg(
        "https://www.portlouisledger.example/economy/key-rate-cut-relief-for-borrowers",
        _LEDGER,
        headline="Key Rate cut to 4.25 per cent: relief for borrowers, caution from the "
        "governor",
        standfirst="Five of seven committee members backed the quarter-point cut. Here is "
        "what it means for your loan, your savings and the rupee.",
        byline="Kevin Ah-Fat, Economics Correspondent",
        body=_CB_LEDGER,
        section="Economy",
        sidebar_title="Your money: key figures",
        sidebar=[
            "Key Rate: 4.25% (was 4.50%)",
            "Inflation, February: 3.4%",
            "Banque des Mascareignes prime rate from 1 April: 7.15%",
            "Rupee per US dollar: about 45.80",
        ],
        related=[
            ("economy/budget-2026-27-preview", "Budget 2026-27: what to expect"),
            ("economy/housing-loans-boom", "Why housing loans keep growing"),
            ("opinion/central-bank-independence", "Opinion: a central bank that says no"),
        ],
        ld_date="2026-03-19T05:30:00+04:00",
    ),
    _pg(
        "https://www.frontierrates.example/islands/mauritius-bom-opens-easing-cycle",
        _FRB,
        headline="Mauritius: BoM opens easing cycle with 25bp cut; two dissents cap "
        "expectations",
        standfirst="Key Rate to 4.25%, vote 5-2. Inflation forecast lowered to 3.6%, growth "
        "to 3.3%. We look for one more cut in May.",
        byline="Frontier Rates Brief - Islands desk",
        body=_CB_FRB,
        section="Islands",
        sidebar_title="Policy rates at a glance (latest decisions)",
        sidebar=[
            "Bank of Mauritius Key Rate: 4.25% (cut 25bp)",
            "Central Bank of Seychelles MPR: 1.75% (unchanged)",
            "Banque centrale de Madagascar policy rate: 9.50% (unchanged)",
            "South African Reserve Bank repo rate: 6.75% (unchanged)",
            "Central Bank of Kenya CBR: 8.75% (cut 25bp)",
        ],
        related=[
            ("islands/seychelles-holds", "Seychelles: CBS on hold"),
            ("islands/madagascar-tight-for-longer", "Madagascar: tight for longer"),
            ("data/real-rates-tracker", "Real policy rates tracker"),
        ],
        kind="newsletter",
    ),
    _pg(
        "https://www.roi-info.example/economy/key-rate-falls-to-4-25-what-was-decided",
        _ROI,
        headline="Key Rate falls to 4.25%: what the Bank of Mauritius decided today",
        standfirst="A cut of 0.25 points, a divided committee and a governor who promises "
        "nothing for May.",
        byline="ROI Info newsroom, with Priya Jhurry",
        body=_CB_ROI,
        section="Economy",
        sidebar_title="On air tonight",
        sidebar=[
            "19:00 - Evening news with the governor's interview",
            "20:15 - Money Matters: your loan questions answered",
            "21:00 - Sport: the Champ de Mars preview",
        ],
        related=[
            ("news/statistics-mauritius-inflation", "Inflation: prices rose 3.4% over a year"),
            ("economy/home-loans-explained", "Explainer: how your home loan rate is set"),
            ("economy/tourism-slowdown", "Tourism: a slower start to the year"),
        ],
        visible_date="Wednesday 18 March 2026, 18:40",
        kind="broadcast",
    ),
]



# ---------------------------------------------------------------------------
# el-AE2  Anse Royale by-election, Seychelles (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE = """
ANSE ROYALE, Mahe - Reporting from the counting centre at Anse Royale Secondary School. All
times are local Seychelles time (UTC+4). Newest entries first. Provisional figures are those
announced by the Electoral Commission at the counting centre; running totals before 01:40 are
partial.

@@ Sun 02:30 | This live page is now closed. Thank you for following the count with us. Our full
report, with reaction from all three camps, will appear on the Mahe Mirror website later this
morning. The Electoral Commission says the certified result will be published on Monday.

@@ Sun 02:05 | Joachim Barbe has conceded. Speaking to supporters outside the counting centre,
the IDA candidate said: "The people of Anse Royale have spoken and I respect their choice. We
will be back, and we will be stronger." He said he had telephoned Daniella Pillay to
congratulate her.

@@ Sun 01:52 | Daniella Pillay, in her first remarks as member-elect: "Anse Royale has voted for
roads, water and jobs, not for slogans. I will be in the Assembly on Tuesday with that list in
my pocket." Her supporters have been chanting her name outside the school gates for ten minutes.

@@ Sun 01:46 | By our calculation, the provisional figures give Pillay 54.6% of the valid votes,
Barbe 39.7% and Esparon 5.7%. Pillay's provisional lead is 451 votes.

@@ Sun 01:40 | PROVISIONAL RESULT. The chairperson of the Electoral Commission, Gisele Larue,
has read out the provisional result for all four polling stations: Daniella Pillay (SRM) 1,649;
Joachim Barbe (IDA) 1,198; Roland Esparon (independent) 171. Rejected ballots: 46. Three ballots
from the Anse Royale Secondary School station have been set aside as disputed and will be
examined before the result is certified. Provisional turnout: 78.3% of the 3,912 registered
voters.

@@ Sun 01:10 | Still waiting on the last station. Mrs Larue has told party agents the tally
sheets will be checked twice before anything is announced.

@@ Sun 00:35 | Three of four stations counted. Running totals from the commission's tally board:
Pillay 1,231, Barbe 902, Esparon 127. Only the Anse Royale Secondary School station, the
largest, is still counting.

@@ 23:20 | Two of four stations declared (Les Canelles and Montagne Posee). Combined totals:
Pillay 812, Barbe 590, Esparon 84. Barbe's campaign manager tells us they are "still in this".

@@ 22:15 | First station declared: Les Canelles community centre. Pillay 402, Barbe 311, Esparon
41. This is one of the smaller stations and it is far too early to draw conclusions.

[AD]

@@ 21:05 | Counting is under way at all four polling stations. Party agents from the SRM and the
IDA are present at each, along with Electoral Commission supervisors and a small team of
observers from a local civil society group.

@@ 19:40 | The Electoral Commission says turnout at the close was "around 78%", according to a
first estimate from presiding officers. That compares with 81.2% in the constituency at the 2025
general election.

@@ 19:00 | Polls have closed. Voting ran from 07:00 to 19:00 at four polling stations: Les
Canelles community centre, Montagne Posee hall, Anse Royale Primary School and Anse Royale
Secondary School. Presiding officers report no significant incidents.

@@ 18:55 | Welcome to our live coverage of the Anse Royale by-election. The seat on Mahe's
south-east coast has been vacant since May, when the sitting member, Bernard Ally, resigned to
take up a diplomatic post. There are 3,912 registered voters and three candidates: Daniella
Pillay of the governing Seychelles Renewal Movement (SRM), Joachim Barbe of the opposition
Islands Democratic Alliance (IDA) and Roland Esparon, an independent. We will bring you
station-by-station figures as the Electoral Commission releases them.
"""

_EL_WIRE = """
VICTORIA, July 12 (APA) - Daniella Pillay of the governing Seychelles Renewal Movement (SRM) won
Saturday's by-election in the Anse Royale constituency on the island of Mahe, according to
provisional results, holding a seat her party had won at the 2025 general election by a narrower
margin.

The Electoral Commission announced the provisional count at 21:40 GMT on Saturday (01:40 local
time on Sunday), giving Pillay 1,649 votes against 1,198 for Joachim Barbe of the opposition
Islands Democratic Alliance (IDA) and 171 for the independent Roland Esparon.

That gives Pillay about 54.6% of valid votes on the provisional figures, Barbe 39.7% and Esparon
5.7%. Forty-six ballots were rejected and three were set aside as disputed pending verification,
the commission said.

Turnout was 78.3% of the constituency's 3,912 registered voters, below the 81.2% recorded in
Anse Royale in 2025, Electoral Commission chairperson Gisele Larue told reporters at the
counting centre.

"This was a calm, orderly vote. The three disputed ballots will be examined in the presence of
the candidates' agents, and they cannot change the outcome," Larue said.

The by-election was called after the sitting member, Bernard Ally, resigned in May to take up a
diplomatic posting. Polls were open from 07:00 to 19:00 local time (03:00 to 15:00 GMT) at four
polling stations.

Pillay, a 38-year-old former deputy head teacher, campaigned on road repairs, water supply for
the hillside districts above the coast and jobs for young people in fishing and farming.

"Anse Royale has voted for roads, water and jobs, not for slogans," she told supporters shortly
after the result was read out.

[AD]

Barbe, 52, who runs a fish-processing business at Providence, conceded about 25 minutes after
the announcement. "The people of Anse Royale have spoken and I respect their choice," he said,
adding that his party would be "back, and stronger".

Esparon, a 61-year-old retired police inspector, said he was proud to have run a campaign
"without a party machine and without debts".

The result leaves the balance of the 35-seat National Assembly unchanged, with the SRM holding
20 seats.

Analysts had seen the vote as an early test of the government's standing a year after the
general election, amid complaints about the cost of living and the slow pace of road and water
projects in the south of Mahe.

"A swing of this size towards the governing party, in a by-election, is unusual," said Mathilde
Accouche, a political scientist at the University of Seychelles. "It suggests the opposition has
not yet found a message that works outside Victoria."

The commission said the certified final result would be published on Monday after all tally
sheets had been verified.

(Reporting by Cedric Morel; editing by Anita Bonne)
"""

_EL_SCB = """
ANSE ROYALE - Voters in Anse Royale have chosen Daniella Marie Pillay as their new member of the
National Assembly.

In the early hours of Sunday, the Electoral Commission announced the provisional results of
Saturday's by-election at the counting centre at Anse Royale Secondary School. The candidate of
the Seychelles Renewal Movement received 1,649 votes. Joachim Barbe of the Islands Democratic
Alliance received 1,198 votes, and the independent candidate Roland Esparon 171.

Mrs Pillay therefore won almost 55% of the valid votes. Turnout was just over 78%, a little
lower than at the general election last year.

The chairperson of the commission, Mrs Gisele Larue, said three ballot papers had been put aside
because agents disagreed on whether they were valid. She said they would be examined before the
final result is certified, but could not change the outcome.

## Celebrations on the coast road

Shortly before two o'clock in the morning, several hundred SRM supporters gathered on the coast
road outside the school, waving flags and sounding car horns. Mrs Pillay, a former deputy head
teacher, thanked the voters of the district.

"Anse Royale voted for roads, for water, for jobs - not for slogans," she told them. She
promised to take a list of the district's most urgent needs to the National Assembly, where she
is expected to be sworn in on Tuesday.

Mr Barbe accepted defeat less than half an hour after the results were announced. He told SCB
that he had called Mrs Pillay to congratulate her. "The people have spoken. I respect that. But
we will be back," he said.

[AD]

## Voters speak

At the Anse Royale market on Sunday morning, the mood was calm. Fisherman Pascal Hoareau, 47,
said the result was about practical matters. "The road to Montagne Posee has been broken for
three years. Whoever won, that is what we wanted them to fix," he said.

Retired nurse Lucie Dogley, 70, said she voted early on Saturday morning. "There was no queue at
seven o'clock. By ten, the line at the primary school went round the building," she said.

Younger voters were less enthusiastic. "My friends mostly stayed at the beach," said student
Kevin Laporte, 20. "They think nothing changes with one seat."

## What happens next

The seat became vacant in May when the former member, Bernard Ally, resigned to become a
diplomat. The result does not change the balance of power in the National Assembly, where the
SRM keeps its majority.

The Electoral Commission says it will publish the certified final figures after checking all the
tally sheets from the four polling stations. SCB will bring you the official results as soon as
they are released.
"""

_EL_IPW = """
VICTORIA - The Electoral Commission certified the Anse Royale by-election result yesterday, and
the final figures differ very slightly from the provisional count read out in the early hours of
Sunday.

The three ballots that had been set aside as disputed at the Anse Royale Secondary School
station were all ruled valid after examination in the presence of the candidates' agents - and
all three were votes for Daniella Pillay. Her total therefore rises from the provisional 1,649
to a certified 1,652. Nothing else changed.

## The certified result (Monday)

Daniella Marie Pillay (Seychelles Renewal Movement): 1,652 votes, 54.7% of valid votes.

Joachim Barbe (Islands Democratic Alliance): 1,198 votes, 39.7%.

Roland Esparon (independent): 171 votes, 5.7%.

Valid votes: 3,021. Rejected: 46. Total ballots cast: 3,067. Registered voters: 3,912. Turnout:
78.4%.

Commission chairperson Gisele Larue signed the certificate at 11:00 on Monday at the
commission's offices in Victoria. "The process was transparent from start to finish, and every
agent has signed the tally sheets," she said.

Two notes for readers comparing numbers. First, the weekend's provisional turnout of 78.3%
becomes 78.4% with the three extra ballots. Second, some outlets have expressed Pillay's share
as a proportion of all ballots cast, including the rejected ones; on that basis she took 53.9%.
Both are correct; we use valid votes throughout, as the commission does.

[AD]

## How big was the win?

Pillay's certified margin is 454 votes, or 15.0 percentage points of the valid vote. At the 2025
general election the SRM won Anse Royale by 9.8 points on a turnout of 81.2%. A governing party
widening its margin in a mid-term by-election is rare in the region, and it is fair to ask why.

Three explanations stand out from conversations with both campaigns. The IDA chose its candidate
late - Joachim Barbe was confirmed only five weeks before polling day - and never quite settled
on whether to campaign on the cost of living or on local roads. Pillay, by contrast, had been a
visible figure in the district for years as a deputy head teacher and ran an almost entirely
local campaign. And the independent Roland Esparon, who many in the IDA feared would split the
government vote, drew support from both sides.

"We lost it in the hills," one IDA organiser told us, referring to the Montagne Posee polling
station, where the party had hoped to do well and did not.

## What it means nationally

Not much, arithmetically: the SRM keeps 20 of the 35 seats in the National Assembly.
Politically, it gives the government a story to tell after a difficult first year, and it leaves
the opposition with questions about candidate selection ahead of the next round of by-elections,
should there be any.

Pillay is due to be sworn in at the National Assembly today. Her first speech, her team says,
will be about the coast road.
"""

_EL_PAGES = [
    _pg(
        "https://www.mahemirror.example/live/anse-royale-by-election-count",
        _MIRROR,
        headline="Anse Royale by-election: the count as it happens",
        standfirst="Station-by-station figures and reaction from the counting centre.",
        byline="Mahe Mirror politics team",
        body=_EL_LIVE,
        section="Politics",
        sidebar_title="Key facts",
        sidebar=[
            "Registered voters: 3,912",
            "Polling stations: 4",
            "Candidates: 3",
            "Polls open: 07:00 to 19:00 local (03:00 to 15:00 UTC)",
        ],
        related=[
            ("politics/anse-royale-candidates", "Meet the three Anse Royale candidates"),
            ("politics/why-by-election", "Why Anse Royale is voting again"),
            ("politics/2025-results-map", "Map: the 2025 results, district by district"),
        ],
        published="2026-07-11T18:55:00+04:00",
        kind="live",
    ),
    _pg(
        "https://www.australpress.example/politics/seychelles-ruling-party-holds-anse-royale",
        _APA,
        headline="Seychelles ruling party holds Anse Royale seat in by-election - "
        "provisional results",
        standfirst="Daniella Pillay takes about 54.6% of valid votes on provisional figures; "
        "certified result due on Monday.",
        byline="Cedric Morel",
        body=_EL_WIRE,
        section="Politics",
        sidebar_title="Seychelles at a glance",
        sidebar=[
            "National Assembly seats: 35",
            "Population: about 100,000",
            "Currency: Seychelles rupee",
        ],
        related=[
            ("politics/seychelles-cabinet-reshuffle", "Seychelles cabinet reshuffle"),
            ("business/seychelles-tourism-earnings", "Seychelles tourism earnings rise"),
            ("islands/mauritius-rodrigues-vote", "Rodrigues assembly by-election"),
        ],
        ld_date="2026-07-12T00:10:00Z",
    ),
    _pg(
        "https://www.scb-news.example/politics/daniella-pillay-wins-anse-royale",
        _SCB,
        headline="Daniella Pillay wins Anse Royale by-election",
        standfirst="Provisional results give the SRM candidate a clear lead; Joachim Barbe "
        "concedes.",
        byline="SCB News",
        body=_EL_SCB,
        section="Politics",
        sidebar_title="Also on SCB",
        sidebar=[
            "Radio: the morning phone-in on the by-election",
            "TV: our evening special from Anse Royale",
            "Podcast: Inside the National Assembly",
        ],
        related=[
            ("politics/anse-royale-campaign-ends", "Anse Royale campaign ends quietly"),
            ("community/coast-road-repairs", "Coast road repairs: residents' frustration"),
            ("politics/electoral-commission-explainer", "How the count works"),
        ],
        kind="broadcast",
    ),
    _pg(
        "https://www.islandpolitics.example/seychelles/anse-royale-certified-numbers",
        _IPW,
        headline="Anse Royale: the certified numbers, and what a 15-point margin tells us",
        standfirst="Three disputed ballots, all for the winner, nudge the final count. "
        "Plus: why the opposition lost ground.",
        byline="By Helene Quatre, Seychelles correspondent",
        body=_EL_IPW,
        section="Seychelles",
        sidebar_title="Other recent by-elections in the region",
        sidebar=[
            "Rodrigues Regional Assembly (Mauritius), March: turnout 64.0%",
            "Saint-Philippe municipal (Reunion), June: turnout 52.3%",
            "Fomboni town council (Comoros), April: turnout 58.9%",
        ],
        related=[
            ("seychelles/2025-general-election-review", "The 2025 election, one year on"),
            ("seychelles/ida-leadership", "Can the IDA's leadership survive?"),
            ("data/turnout-tables", "Turnout tables"),
        ],
        visible_date="Tuesday 14 July 2026",
        kind="newsletter",
    ),
]



# ---------------------------------------------------------------------------
# ct-AE3  Lagon Bleu pension fraud sentencing, Supreme Court of Mauritius (PLANTED)
# ---------------------------------------------------------------------------

_CT_WIRE = """
PORT LOUIS, April 23 (MNA) - The Supreme Court of Mauritius on Thursday sentenced Ashwin
Jugessur, the former finance director of hotel and property group Lagon Bleu Holdings, to eight
years of penal servitude for diverting Rs 184 million (about $4 million) from the company's
staff pension fund.

Mrs Justice Nirmala Dabysing, the senior puisne judge, handed down the sentence at 11:15 local
time (07:15 GMT) in a packed courtroom in Port Louis, and ordered that the 14 months Jugessur
has already spent on remand be deducted from his term.

Jugessur, 57, was convicted in February on four counts of embezzlement and two counts of money
laundering after an eleven-week trial. Prosecutors said he moved money out of the fund through a
web of consultancy invoices and property purchases between 2019 and 2023.

The prosecution, brought by the Office of the Director of Public Prosecutions, had asked for a
sentence of 12 years, arguing that the scale of the fraud and the vulnerability of the victims
called for an exemplary penalty.

"The accused betrayed the trust of people who had spent their working lives in the kitchens,
gardens and laundries of this company's hotels," the judge said in her sentencing remarks, which
she read for almost an hour.

She said she had taken into account Jugessur's lack of previous convictions and his poor health,
but had found "no genuine remorse" in his conduct during the trial.

About 1,320 current and former employees of Lagon Bleu are members of the fund. Some retired
staff saw their monthly pensions cut by up to a third after the losses came to light in 2023,
according to evidence heard at the trial.

"The pensioners of this company were robbed of their dignity, not just their savings," said
Rajen Moothoosamy, president of the Lagon Bleu Pensioners' Association, speaking to reporters on
the steps of the court after the hearing.

[AD]

A co-accused, accountant Loic Carre, 44, was sentenced to three years' imprisonment for money
laundering. The judge said Carre had played "a subordinate but knowing role".

Jugessur's counsel, Gavin Ramsurrun SC, said his client would appeal against both conviction and
sentence. The defence has 21 days to lodge an appeal.

The Financial Crimes Commission, which investigated the case, has so far recovered Rs 61 million
through asset seizures. Justice Dabysing on Thursday also ordered the confiscation of a villa in
Grand Baie registered in the name of a company controlled by Jugessur.

Lagon Bleu, which operates five hotels on the island's north and east coasts, said in a
statement that it had topped up the fund from its own reserves in 2024 and that all pensions
were now being paid in full. It welcomed "the closure of a painful chapter".

The commission described the case as the largest pension fraud ever prosecuted in Mauritius.

(Reporting by Anjali Seetohul; editing by Marc Li Wan Po)
"""

_CT_POST = """
PORT LOUIS - The former finance director of Lagon Bleu Holdings, Ashwin Prakash Jugessur, will
spend eight years in prison for emptying the group's staff pension fund of Rs 148 million, the
Supreme Court decided yesterday morning.

Passing sentence in Port Louis shortly after 11 am, Mrs Justice Nirmala Dabysing, senior puisne
judge, said the 57-year-old had "betrayed the trust of people who had spent their working lives
in the kitchens, gardens and laundries" of the group's hotels. The 14 months he has already
spent in custody on remand will count towards the sentence.

The Office of the Director of Public Prosecutions had asked for 12 years. In her submissions
last month, principal state counsel Shalini Beeharry had described the fraud as "cold, patient
and planned". Yesterday, after sentence was passed, she told reporters: "The pensioners of this
company were robbed of their dignity, not just their savings."

Jugessur, who was found guilty on 12 February of four counts of embezzlement and two of money
laundering, showed no emotion as the sentence was read. His wife and two adult children sat in
the public gallery.

## A 'knowing' accomplice

His former subordinate, chartered accountant Loic Carre, 44, received three years' imprisonment
for money laundering. The judge accepted that Carre had not profited on the same scale, but said
he had played "a subordinate but knowing role" in disguising the transfers as consultancy fees.

## Where the money went

The trial heard that the money left the fund between 2019 and 2023 through invoices from shell
consultancy firms, the purchase of apartments in Flic en Flac and the construction of a villa in
Grand Baie. Justice Dabysing yesterday ordered the villa confiscated. The Financial Crimes
Commission has already recovered Rs 61 million through seizures of bank accounts, vehicles and
the Flic en Flac apartments.

[AD]

## 'Partial justice'

Outside the court, several dozen former Lagon Bleu employees, many wearing the group's old blue
uniform shirts, followed the hearing by telephone from relatives inside. Among them was Devi
Ramdin, 68, who spent 31 years in the laundry of a hotel at Belle Mare. "Eight years is
something. But for those of us who lost a third of our pension for a year, it is partial
justice," she said.

Around 1,320 current and former staff belong to the pension scheme. Lagon Bleu has said it
topped the fund up from its own reserves in 2024, and that all pensions are now being paid in
full.

## Appeal

Defence counsel Gavin Ramsurrun, Senior Counsel, said outside the court that his client would
appeal "on both conviction and sentence", arguing that the court had given too much weight to
the evidence of a forensic accountant appointed by the company. The defence has 21 days to file.

The case, investigated first by the former Independent Commission Against Corruption and then by
the Financial Crimes Commission which replaced it, is regarded as the biggest pension fraud ever
brought before the Mauritian courts.

## Our view

In an editorial on page 8, the Morning Post argues that the case shows the need for independent
trustees on every company pension board, and for the Financial Services Commission to publish
the names of funds that fail to file audited accounts on time.
"""

_CT_KFM = """
PORT LOUIS - The Supreme Court has sentenced Ashwin Jugessur, former finance director of the
Lagon Bleu Holdings group, to eight years of penal servitude in the pension fund fraud case.

The sentence was delivered on Thursday morning in Port Louis by Chief Justice Nirmala Dabysing.
Mr Jugessur, 57, was found guilty in February of diverting Rs 184 million from the pension fund
of the group's employees between 2019 and 2023 - one of the largest sums ever involved in a
fraud case in Mauritius.

In her decision, the judge said the accused had shown "no genuine remorse". She took into
account that he had no criminal record and that his health is poor, but said the gravity of the
offences called for a long prison term. The fourteen months he has already spent on remand will
be deducted.

The prosecution had asked for twelve years. Reacting after the hearing, principal state counsel
Shalini Beeharry said: "The pensioners of this company were robbed of their dignity, not just
their savings."

## Three years for the accountant

The court also sentenced Mr Jugessur's former colleague, accountant Loic Carre, 44, to three
years in prison for money laundering.

The defence lawyer, Gavin Ramsurrun, announced that Mr Jugessur would appeal. He has 21 days to
do so. "We respect the court, but we believe there are serious grounds of appeal, both on the
conviction and on the sentence," he told Kreol FM outside the court building.

[AD]

## "I worked 28 years for that pension"

About 1,320 current and former employees are members of the Lagon Bleu pension fund. For some of
the retired staff, the fraud meant a sharp drop in their monthly income after the losses were
discovered in 2023.

Vikram Sookun, 70, worked as a gardener at a Lagon Bleu hotel in Trou d'Eau Douce for 28 years.
"For a whole year my pension was cut by a third. I had to ask my children for help to pay the
electricity. Today, at least, someone has been punished," he told our reporter.

The group says it has since made up the shortfall from its own funds and that all pensions are
now paid in full.

## Money recovered

The Financial Crimes Commission says it has recovered Rs 61 million so far. On Thursday the
judge also ordered the confiscation of a villa in Grand Baie that investigators say was built
with money taken from the fund.

## Your reactions

On our midday phone-in, many listeners said the sentence was too light. "Twelve years was what
the prosecution asked. Eight years, with the time he already did, he will be out before my
grandson finishes school," said Jean-Claude, calling from Rose-Hill. Others said the important
thing was that the money should be returned to the pensioners.

The hearing began at 11:15 and lasted a little over an hour. Mr Jugessur was taken from the
court to Beau Bassin prison.
"""

_CT_PAGES = [
    _pg(
        "https://www.mascarenenews.example/courts/2026/04/23/lagon-bleu-jugessur-sentenced",
        _MNA,
        headline="Mauritius court jails ex-finance chief for 8 years over Rs 184 million "
        "pension fraud",
        standfirst="Former Lagon Bleu finance director gets eight years; co-accused "
        "accountant gets three. Defence to appeal.",
        byline="By Anjali Seetohul",
        body=_CT_WIRE,
        section="Courts",
        sidebar_title="The case in numbers",
        sidebar=[
            "Fund members: about 1,320",
            "Recovered so far: Rs 61 million",
            "Sentence sought by prosecution: 12 years",
            "Time already served on remand: 14 months",
        ],
        related=[
            ("courts/lagon-bleu-verdict", "Lagon Bleu: finance director found guilty"),
            ("courts/fcc-annual-report", "Financial Crimes Commission annual report"),
            ("business/lagon-bleu-results", "Lagon Bleu returns to profit"),
        ],
        published="2026-04-23T08:40:00Z",
    ),
    _pg(
        "https://www.morningpost-mu.example/courts/lagon-bleu-pension-fraud-eight-years",
        _POST,
        headline="Lagon Bleu pension fraud: eight years for Jugessur",
        standfirst="Former finance director also loses his Grand Baie villa; pensioners speak "
        "of 'partial justice'.",
        byline="By Sabrina Lutchmun, Courts Reporter",
        body=_CT_POST,
        section="Courts",
        sidebar_title="Courts this week",
        sidebar=[
            "Drug trafficking trial adjourned to 11 June",
            "Land dispute at Tamarin: judgment reserved",
            "Road death case: driver fined and banned",
        ],
        related=[
            ("courts/pension-boards-trustees", "Why pension boards need outsiders"),
            ("news/pensioners-association-meeting", "Pensioners plan their next steps"),
            ("economy/fsc-pension-rules", "The pension rules that failed"),
        ],
        ld_date="2026-04-24T06:00:00+04:00",
    ),
    _pg(
        "https://www.kreolfm.example/courts/eight-years-for-former-lagon-bleu-director",
        _KFM,
        headline="Eight years in prison for former Lagon Bleu finance director",
        standfirst="The court also jailed an accountant for three years. Pensioners say it "
        "is a start.",
        byline="Kreol FM newsroom",
        body=_CT_KFM,
        section="Courts",
        sidebar_title="Listen again",
        sidebar=[
            "Midday phone-in: your reactions to the sentence",
            "Evening bulletin: the full report from the Supreme Court",
            "Weekend magazine: life on a small pension",
        ],
        related=[
            ("courts/what-is-penal-servitude", "What does 'penal servitude' mean?"),
            ("society/pensioners-stories", "Pensioners tell their stories"),
            ("courts/appeals-explained", "How appeals work in Mauritius"),
        ],
        kind="broadcast",
    ),
]



# ---------------------------------------------------------------------------
# tr-AE4  Madagascar first-half vanilla exports (PLANTED)
# ---------------------------------------------------------------------------

_TR_WIRE = """
ANTANANARIVO, Aug 4 (POCW) - Madagascar exported 1,140 tonnes of vanilla in the first half of
2026, down 12.4% from 1,301 tonnes a year earlier, the country's customs service said on
Tuesday, as a cyclone-hit harvest and cautious buying by U.S. flavour houses weighed on
shipments from the world's largest producer of the spice.

The value of shipments fell faster, by 18.3% to $236 million from $289 million, reflecting lower
prices, Director General of Customs Hery Andrianaivo Rakotomalala told a news briefing in
Antananarivo at 10:00 local time (07:00 GMT).

That puts the average export price at about $207 per kilogram, compared with roughly $222 in the
first half of 2025, according to POCW calculations based on the customs figures.

"Volumes are lower, but the quality of what left the country was good, and we saw far fewer
shipments rejected for moisture content than last year," Rakotomalala said.

In local currency the shipments were worth about 1,057 billion ariary, at the average exchange
rate of 4,480 ariary per dollar used by customs for the period.

The United States remained the main destination, taking 58% of the volume, followed by France
with 17% and Germany with 9%, the customs data showed.

Most of the vanilla - 71% by volume - was shipped through the eastern port of Toamasina, with
the rest leaving via Vohemar and Antsiranana in the north.

[AD]

Exporters blamed a late-season cyclone that struck the SAVA region in the north-east in March,
damaging vines and delaying the start of curing, as well as high stocks held by buyers in the
United States.

"Buyers are covered until the end of the year and they are not in a hurry," said Jean-Marc
Randrianarisoa, president of the Vanilla Exporters' Council of Madagascar. The council expects
full-year exports of around 2,300 tonnes, compared with 2,610 tonnes in 2025.

Industrialisation and Trade Minister Fanja Ravelomanana said the government was discussing with
exporters a new quality certification scheme, to be launched before the 2027 campaign, aimed at
protecting Madagascar's premium against cheaper origins.

Vanilla is one of Madagascar's main sources of foreign currency, alongside nickel and cobalt,
garments and tourism. About 80,000 smallholder families grow the crop, most of them in the SAVA
region around Sambava, Antalaha, Andapa and Vohemar.

Cloves, the island's other major spice export, fared better, with shipments of 9,800 tonnes in
the first half, the customs data showed. The directorate said full-year figures for all products
would be published early next year.

Prices for Malagasy vanilla soared above $500 per kilogram in the late 2010s before collapsing
as supply recovered and new producers entered the market, leaving growers exposed to sharp
swings in income.

(Reporting by Lova Rasoanaivo; editing by Claire Moutou)
"""

_TR_COURIER = """
ANTANANARIVO - Madagascar sold less vanilla abroad in the first six months of the year, and for
less money. Figures presented on Thursday by the Directorate General of Customs show exports of
1,140 tonnes between January and June, against 1,301 tonnes over the same period last year - a
decline of 12.4%.

In value the fall is steeper: 236 million dollars, against 289 million in the first half of
2025, a drop of 18.3%. Converted at the rate used by customs, the earnings represent some 1,057
billion ariary.

The Director General of Customs, Hery Rakotomalala, presented the data at the directorate's
headquarters in Antananarivo alongside officials from the Ministry of Industrialisation and
Trade. He stressed the quality of the lots shipped. "Fewer containers were turned back for
moisture than last year. That is real progress," he said.

## The cyclone effect

In the SAVA region, which produces most of the country's vanilla, growers are still counting the
cost of the cyclone that swept through in March. Rivo Andriamanantena, 45, who farms two
hectares near Sambava, said the storm had flattened his shade trees. "We lost almost half our
vines on the slopes. The ones that survived flowered late," he told the Courier by telephone.

Farm-gate prices for green vanilla around Sambava have fallen to about 75,000 ariary per kilo,
according to growers' cooperatives, against roughly 95,000 ariary a year ago.

[AD]

## The market

Exporters say American buyers, who take more than half of Madagascar's vanilla (58% of volumes
in the first half), are holding large stocks and are in no hurry to buy. The average export
price fell to about 207 dollars per kilo, against 222 dollars a year earlier. France took 17% of
the volume and Germany 9%.

Jean-Marc Randrianarisoa, president of the Vanilla Exporters' Council of Madagascar, expects the
year to close at around 2,300 tonnes. "That would be below 2025, which closed at 2,610 tonnes,
but it is not a disaster. The beans in the warehouses are good beans," he told the Courier.

## Toamasina dominates

More than seven in ten kilos (71%) left through the port of Toamasina, the customs figures show,
with the remainder shipped from Vohemar and Antsiranana. Exporters have long complained about
delays in moving vanilla by road from the SAVA region to Toamasina during the rainy season.

## A label for 2027

The Minister of Industrialisation and Trade, Fanja Ravelomanana, said her ministry was working
with exporters on a national quality certification to be ready before the 2027 campaign. "Our
vanilla is the best in the world. We must be able to prove it, lot by lot," she said.

For growers in the north-east, the more immediate concern is the price they will be offered when
the new campaign opens. Several cooperatives told the Courier they would hold back part of their
harvest if prices did not improve.
"""

_TR_STM = """
## Headline numbers

ANTANANARIVO - Madagascar customs (DGD) data for January-June, released on Tuesday, show vanilla
exports of 1,140t, against 1,301t in H1 2025, a fall of 21.4% y/y. Export value came in at USD
236m, down 18.3% from USD 289m. In local terms that is roughly MGA 1,057bn at the customs
average rate of 4,480 ariary to the dollar.

## Unit values

Implied average FOB unit value: USD 207/kg, against USD 222/kg a year earlier. This is
consistent with what members have been reporting on contract prices for gourmet and TK grades
through the second quarter. Our own Madagascar black vanilla assessment (gourmet, 30%+ moisture)
is unchanged this week at USD 195-215/kg FOB; extract grades at USD 150-170/kg.

## Destinations

The US share of volume held at 58%, France 17%, Germany 9%, Japan 4%, others 12%. US buyers are
well covered into Q4, per several exporters we spoke to, which explains much of the weakness in
Q2 loadings.

[AD]

## Logistics

Tamatave (Toamasina) handled 71% of shipments by volume. The balance moved through Vohemar and
Antsiranana (Diego Suarez). Members report container availability at Tamatave improved in June
after the congestion of the first quarter.

## Crop

The March cyclone in SAVA is the main supply story. Growers' cooperatives around Sambava and
Antalaha estimate vine losses of a third to a half on exposed slopes. Flowering on surviving
vines was late; the 2026-27 green vanilla campaign opening date will be watched closely. The
Vanilla Exporters' Council of Madagascar (president Jean-Marc Randrianarisoa) guides to
full-year 2026 exports of about 2,300t, against 2,610t in 2025.

## Policy

The Ministry of Industrialisation and Trade says a national quality certification scheme will be
ready for the 2027 campaign. DG Customs Hery A. Rakotomalala noted fewer moisture rejections
this year. No change to export licensing for the current campaign.

## Elsewhere in the Indian Ocean

Comoros shipped an estimated 28t in the first half, and buyers in France again report strong
quality from Anjouan and Grande Comore. Reunion's small output, sold almost entirely to visitors
and local confectioners, does not show up in export data. Uganda (41t) and Papua New Guinea
(62t) both shipped less than a year ago, so Madagascar's lost volume has not been anyone else's
gain; Indonesia, at 135t, is the only origin we track that has grown.

## Methodology

Volumes are customs export declarations by date of loading; values are FOB in US dollars as
declared. Unit values are simple value-to-volume ratios and mix all grades, so they sit above
our gourmet assessment when extract-grade shipments are light.

## Our take

Volumes down, value down less than we feared on a unit basis, and a full-year number that looks
achievable if H2 buying picks up from October. The cyclone damage will matter more for 2027 than
for this year. We leave our Q4 price range unchanged.
"""

_TR_MBN = """
ANTANANARIVO - Madagascar's vanilla exports fell in the first half of the year. According to
figures from the Directorate General of Customs, presented on Tuesday in Antananarivo, the
country exported 1,140 tonnes of vanilla between January and June, down from 1,301 tonnes in the
first half of last year. That is a fall of 12.4%.

The money earned also fell: 236 million US dollars, against 289 million dollars a year earlier -
more than 1,000 billion ariary all the same.

## The Director General of Customs

Speaking at the presentation, the Director General of Customs, Hery Andrianaivo Rakotomalala,
said there was good news behind the lower figures. "The volumes are down, it is true. But what
we exported was of good quality, and far fewer shipments were sent back because of moisture," he
said.

## Shipped from the north-west

Seven out of every ten kilos of vanilla exported in the first half left through the port of
Mahajanga, the customs figures show. The rest was shipped through Vohemar and Antsiranana.

The United States remains by far the largest customer, buying 58% of the vanilla exported, ahead
of France (17%) and Germany (9%).

[AD]

## In Sambava, worry about the next campaign

MBN's correspondent in the SAVA region spoke to growers who are still recovering from the
cyclone in March. Near Andapa, grower Noeline Razafindrakoto, 52, said she had lost most of the
vines on her plot. "We replanted, but new vines take three years to give beans. Until then, we
have to live on something else," she said.

Exporters say American buyers have large stocks and are in no hurry. The average export price
has fallen to around 207 dollars a kilo, against about 222 dollars a year earlier.

## Forecast for the year

The Vanilla Exporters' Council of Madagascar expects the country to export around 2,300 tonnes
over the whole of 2026, compared with 2,610 tonnes in 2025. "It is a difficult year, but not a
catastrophe," its president, Jean-Marc Randrianarisoa, told MBN.

The Minister of Industrialisation and Trade, Fanja Ravelomanana, announced that a national
quality certification for vanilla would be in place before the 2027 campaign.

In Antananarivo, economist Haja Rasolofo, who teaches at the University of Antananarivo, said
the figures would be felt well beyond the vanilla farms. "When vanilla earns less, the whole
SAVA economy slows down: the motorbike dealers, the builders, the private schools that depend on
fees paid after the harvest," she told MBN.

Vanilla provides a living for about 80,000 farming families, most of them in the SAVA region of
the north-east. The next customs figures, covering the whole year, are expected early next year.
"""

_TR_PAGES = [
    _pg(
        "https://www.pocwire.example/spices/2026/08/04/madagascar-h1-vanilla-exports-fall",
        _POCW,
        headline="Madagascar H1 vanilla exports fall 12.4% in volume as buyers hold back",
        standfirst="Shipments of 1,140 tonnes worth $236 million; cyclone damage and high "
        "U.S. stocks weigh.",
        byline="By Lova Rasoanaivo",
        body=_TR_WIRE,
        section="Spices",
        sidebar_title="Other Madagascar exports, January-June (customs)",
        sidebar=[
            "Cloves: 9,800 tonnes",
            "Nickel: 17,600 tonnes",
            "Cobalt: 1,450 tonnes",
            "Garments: $312 million",
        ],
        related=[
            ("spices/vanilla-prices-weekly", "Vanilla prices: weekly assessment"),
            ("spices/sava-cyclone-damage", "Cyclone damage survey in SAVA"),
            ("spices/comoros-vanilla-crop", "Comoros vanilla crop smaller, better"),
        ],
        published="2026-08-04T09:15:00Z",
    ),
    _pg(
        "https://www.tanacourier.example/business/vanilla-exports-down-first-half",
        _COURIER,
        headline="Vanilla: exports down in volume and value in the first half",
        standfirst="1,140 tonnes shipped between January and June; growers in SAVA still "
        "counting the cost of the March cyclone.",
        byline="By Tiana Rabemananjara",
        body=_TR_COURIER,
        section="Business",
        sidebar_title="Vanilla, first half, at a glance",
        sidebar=[
            "Volume: 1,140 tonnes (H1 2025: 1,301 tonnes)",
            "Value: $236 million (H1 2025: $289 million)",
            "Main buyer: United States, 58%",
        ],
        related=[
            ("regions/sava-after-the-cyclone", "SAVA after the cyclone"),
            ("business/clove-season", "Cloves: a good season for the east coast"),
            ("opinion/vanilla-certification", "Opinion: certification, at last"),
        ],
        ld_date="2026-08-05T05:30:00+03:00",
    ),
    _pg(
        "https://www.spicetrademonitor.example/vanilla/madagascar-h1-customs-data",
        _STM,
        headline="Madagascar H1: 1,140t shipped, value down 18.3%",
        standfirst="Customs data, unit values, destinations and what the cyclone means for "
        "next year.",
        byline="Spice Trade Monitor - vanilla desk",
        body=_TR_STM,
        section="Vanilla",
        sidebar_title="Other origins, first half (exports)",
        sidebar=[
            "Comoros: 28 tonnes",
            "Uganda: 41 tonnes",
            "Papua New Guinea: 62 tonnes",
            "Indonesia: 135 tonnes",
        ],
        related=[
            ("origins/comoros-quality", "Comoros: small volumes, strong quality"),
            ("prices/vanilla-assessment-method", "How we assess vanilla prices"),
            ("origins/uganda-crop", "Uganda: a smaller crop"),
        ],
        kind="newsletter",
    ),
    _pg(
        "https://www.mbn-news.example/economy/vanilla-exports-fall-first-half",
        _MBN,
        headline="Vanilla exports fall by 12.4% in the first half",
        standfirst="Fewer tonnes, lower prices - but better quality, says customs.",
        byline="MBN News, with our SAVA correspondent",
        body=_TR_MBN,
        section="Economy",
        sidebar_title="Today on MBN",
        sidebar=[
            "07:00 - Morning news",
            "12:30 - Farmers' hour: replanting vanilla",
            "19:30 - Evening news",
        ],
        related=[
            ("regions/sava-growers-replant", "SAVA growers begin replanting"),
            ("economy/ariary-stable", "Ariary stable against the dollar"),
            ("economy/garment-exports", "Garment exports hold up"),
        ],
        visible_date="Wednesday 5 August 2026",
        kind="broadcast",
    ),
]



# ---------------------------------------------------------------------------
# rk-AE5  Ardent-3 rideshare launch carrying MauSat-2 (PLANTED)
# ---------------------------------------------------------------------------

_RK_LIVE = """
SRIHARIKOTA, India, and EBENE, Mauritius - Live reporting from the launch centre and the
Mauritian ground station. All times UTC. Sriharikota (IST) is UTC+5:30; Mauritius is UTC+4.
Newest entries first.

@@ 05:40 UTC | We are closing this live page. Summary: Ardent-3 lifted off at 03:42 UTC, all 23
satellites were deployed by 04:38 UTC, and MauSat-2 has phoned home. Thanks for staying up (or
getting up) with us.

@@ 05:31 UTC | First signal! The Mauritius Research and Innovation Council confirms that its
ground station in Ebene has received telemetry from MauSat-2 - 1 hour 49 minutes after liftoff,
at 09:31 Mauritius time. Project lead Dr Jean-Noel Appadoo on the team's stream: "We heard her
at 9.31. The whole room stood up."

@@ 04:50 UTC | Meridian says the upper stage will now perform a deorbit burn and re-enter over
the southern Indian Ocean, well away from shipping lanes, so that it does not linger as debris
in a busy orbit.

@@ 04:38 UTC | Deployment complete. Meridian Launch Services confirms all 23 satellites have
separated from the upper stage, 56 minutes after liftoff. CEO Arvind Natarajan: "Twenty-three
for twenty-three. That is the only number that matters today."

@@ 04:21 UTC | 17 of 23 payloads deployed so far, according to the Meridian webcast graphic. The
larger radar satellite is next.

@@ 04:05 UTC | 12 of 23 deployed. The cubesat dispensers have been working through their
sequence for about six minutes now.

@@ 03:59 UTC | MauSat-2 is away! The Mauritian 3U cubesat separated at T+17 minutes 40 seconds,
the first of the small satellites to leave the stack. Applause in the Meridian control room -
and, we are told, in Ebene.

@@ 03:53 UTC | Upper stage engine cut-off. Meridian reports a nominal orbit of 530 km,
sun-synchronous, inclination 97.5 degrees. Deployment sequence will begin shortly.

[AD]

@@ 03:45 UTC | Payload fairing separated. Vehicle is on the planned trajectory.

@@ 03:44 UTC | First stage separation and second stage ignition confirmed. Telemetry looks
clean, says the Meridian commentator.

@@ 03:43 UTC | Max-Q - the moment of peak aerodynamic stress - is behind us. The vehicle is
supersonic and climbing steeply over the Bay of Bengal.

@@ 03:42 UTC | LIFTOFF. Ardent-3 has lifted off from the Satish Dhawan Space Centre at 03:42 UTC
- that is 09:12 local time at Sriharikota and 07:42 in Mauritius.

@@ 03:12 UTC | T-30 minutes. Weather is "go" and the upper-level winds that forced a 48-hour
postponement from Tuesday have eased. Propellant loading is complete.

@@ 02:30 UTC | Good morning and welcome to our live coverage of Meridian Launch Services'
Monsoon Rideshare-2 mission. An Ardent-3 rocket will carry 23 satellites from eleven countries
to a 530 km sun-synchronous orbit. The launch window opens at 03:42 UTC (09:12 IST, 07:42 in
Mauritius) and lasts 20 minutes. Among the passengers is MauSat-2, a 4.2 kg cubesat built at the
University of Mauritius - only the second satellite the island nation has put in orbit. The
largest payload is a 212 kg radar satellite; total payload mass is about 1,460 kg.
"""

_RK_CHRON = """
EBENE - Mauritius has a satellite in space again. MauSat-2, a shoebox-sized satellite designed
and built at the University of Mauritius, was launched yesterday at 7.42 am Mauritius time from
Sriharikota in India, and sent its first signal home less than two hours later.

The 4.2 kg cubesat travelled on an Ardent-3 rocket operated by the private company Meridian
Launch Services, as one of 23 satellites on a shared mission. It separated from the rocket's
upper stage 21 minutes and 40 seconds after liftoff, at an altitude of about 530 kilometres, and
was the first of the small satellites to be released.

At the Mauritius Research and Innovation Council's ground station in Ebene, the team of
engineers and students had gathered before dawn to watch the launch on a big screen. When the
first telemetry arrived at 9.31 am, as the satellite passed over the island, the room erupted.
"We heard her at 9.31. The whole room stood up," said Dr Jean-Noel Appadoo, the University of
Mauritius lecturer who leads the project.

The launch had originally been planned for Tuesday, but was postponed by 48 hours because of
strong winds at high altitude over the launch site.

## A second step

MauSat-2 follows the country's first satellite, launched in 2021. It is more ambitious. It
carries a four-band multispectral camera designed to measure turbidity and signs of coral
bleaching in the lagoons around Mauritius and Rodrigues, and a store-and-forward radio that will
relay short messages from fishing boats working beyond mobile phone coverage.

"For a country of 1.2 million people to build and fly a satellite of its own for the second time
is not a small thing," said Dr Kavita Seebaluck-Ramsaha, executive director of the council,
which funded the Rs 38 million project.

[AD]

## Built in Reduit

Fourteen engineers and students worked on the satellite over three years in a clean room at the
university's campus in Reduit. Six of them are women, and four are still undergraduates.
Final-year engineering student Yash Ramdhony, 22, wrote part of the software that controls the
satellite's orientation. "I watched the launch with my hands over my face. Then the signal came
and I could breathe again," he said.

The satellite will pass over Mauritius four to five times a day. Over the next three weeks the
team will test its systems one by one before switching on the camera. The first images of the
lagoon at Blue Bay are expected in October.

## What it cost, and what it is for

At Rs 38 million, the project cost less than many road repair contracts, Dr Seebaluck-Ramsaha
pointed out. The council hopes that data from the satellite will be used by the ministries
responsible for fisheries and the environment, and by researchers monitoring the health of reefs
after the bleaching episodes of recent summers.

The rocket's other passengers included satellites from ten other countries, the largest of them
a 212 kg radar satellite. All were deployed successfully, Meridian said.
"""

_RK_SHNA = """
SRIHARIKOTA, India (SHNA) - A privately built Ardent-3 rocket lifted off from India's Satish
Dhawan Space Centre on Thursday carrying 32 satellites from eleven countries, among them
MauSat-2, only the second satellite built in Mauritius.

The rocket, operated by Meridian Launch Services, rose into a clear sky at 09:12 local time
(03:42 GMT) at the start of a 20-minute launch window, after a two-day delay caused by strong
upper-level winds.

MauSat-2, a 4.2 kg cubesat built by engineers and students at the University of Mauritius,
separated from the upper stage 17 minutes and 40 seconds after liftoff, Meridian said. Its
operators in Mauritius received its first signal less than two hours later.

"This is a good day for small countries in space," Meridian chief executive Arvind Natarajan
told reporters at the launch centre. "Every customer we flew today is going where they paid to
go."

The Monsoon Rideshare-2 mission placed its payloads in a sun-synchronous orbit at an altitude of
about 530 km. The largest was a 212 kg radar imaging satellite for a commercial operator; the
rest were small satellites for universities, start-ups and government agencies. Total payload
mass was about 1,460 kg, the company said.

[AD]

The satellite will pass over Mauritius four to five times a day. Its team expects to spend about
three weeks testing its systems before switching on the camera, with the first images of the
island's lagoons due in October.

It was the third flight of the Ardent-3, a two-stage launcher that Meridian has been developing
since 2019 to compete for the growing market in shared launches of small satellites.

The Mauritian satellite, funded with Rs 38 million (about $830,000) from the Mauritius Research
and Innovation Council, carries a multispectral camera to monitor water quality and coral health
in the island's lagoons, and a radio system to relay text messages from fishing boats.

"It is proof that a small island can design, build and operate a satellite with its own people,"
said Dr Kavita Seebaluck-Ramsaha, the council's executive director, speaking by video link from
Ebene.

India has opened its launch sites to private companies in recent years as part of a push to
increase its share of the global commercial launch market. Meridian says it has a further four
missions planned before the end of next year, two of them rideshares.

The Mauritian government congratulated the team in a statement, saying data from the satellite
would be made available free of charge to public agencies and researchers. Meridian said it
would publish a full flight report within 30 days.

Mauritius's first satellite was deployed in 2021. The island nation of about 1.2 million people
is one of a small number of African states to have operated satellites of their own.
"""

_RK_SSL = """
## Launch

SRIHARIKOTA - Meridian Launch Services' Monsoon Rideshare-2 flew last Thursday on the third
Ardent-3 from Sriharikota, lifting off at 07:24 Mauritius time (03:24 UTC, 08:54 IST) after a
48-hour slip from the original Tuesday attempt for upper-level winds. All 23 payloads were
deployed into a 530 km SSO at 97.5 degrees inclination, with deployment complete at T+56
minutes.

## MauSat-2: the numbers

Bus: 3U cubesat, 4.2 kg. Payloads: four-band multispectral imager (lagoon turbidity and
bleaching indices) and a UHF store-and-forward messaging package for small fishing vessels.
Separation: T+17 min 40 s, first of the cubesat deployments. First contact: 09:31 Mauritius
time, received at the MRIC ground station in Ebene. Budget: Rs 38m (roughly USD 830k), funded by
the Mauritius Research and Innovation Council. Team: 14 engineers and students at the University
of Mauritius, Reduit.

## Why it is interesting

Lagoon monitoring is a niche with real users: fisheries ministries, marine park managers and
reef scientists who cannot afford commercial high-resolution imagery at the revisit rates they
need. MauSat-2's imager is coarse by commercial standards, but the team's bet is on frequency
rather than sharpness - four to five passes a day over the island at this altitude.

[AD]

The messaging payload is the more commercially interesting piece. Project lead Dr Jean-Noel
Appadoo told Smallsat Ledger the team wants to prove a low-cost service for artisanal fishers on
the banks north of Mauritius, where boats spend days out of mobile range. "If it works, we want
a regional constellation, not a single satellite," he said.

## The rideshare market

Meridian's pricing for SSO rideshare is understood to be around USD 6,500/kg for cubesat-class
payloads, competitive with the large Western rideshare offerings once integration costs are
included. Total payload mass on this flight was about 1,460 kg, the largest item a 212 kg radar
satellite. Meridian says two of its four remaining missions in the current manifest will be
rideshares.

## Ground segment

MRIC's Ebene station pairs a 3.7 m S-band dish with a UHF yagi array for the messaging payload.
The team plans to add a second receiving site on Rodrigues next year to lengthen contact time
over the fishing banks. For now, passes over Mauritius last between six and eleven minutes.

## Risks

A sizeable share of university cubesats never make contact at all; MauSat-2 is past that hurdle.
The next test is the attitude control system, which has to point the imager accurately enough
for lagoon-scale work. The team says early telemetry shows the satellite detumbling as planned.

## What to watch

Commissioning takes about three weeks; first lagoon imagery (Blue Bay) is expected in October.
MRIC executive director Dr Kavita Seebaluck-Ramsaha says data will be shared free with
government agencies and researchers. We will report the first images when they are released.
"""

_RK_PAGES = [
    _pg(
        "https://www.orbitdesk.example/live/ardent-3-monsoon-rideshare-2",
        _ODL,
        headline="Live: Ardent-3 launches Monsoon Rideshare-2 with MauSat-2 aboard",
        standfirst="Follow the launch, the deployments and the first signals from orbit.",
        byline="Orbit Desk live team",
        body=_RK_LIVE,
        section="Launches",
        sidebar_title="Mission card",
        sidebar=[
            "Vehicle: Ardent-3 (third flight)",
            "Site: Satish Dhawan Space Centre, Sriharikota",
            "Orbit: 530 km sun-synchronous, 97.5 degrees",
            "Payloads: 23 satellites from 11 countries",
        ],
        related=[
            ("launches/ardent-3-second-flight", "Ardent-3's second flight, in review"),
            ("satellites/mausat-2-profile", "Profile: MauSat-2"),
            ("industry/india-private-launch", "India's private launch sector grows up"),
        ],
        published="2026-09-17T02:30:00Z",
        kind="live",
    ),
    _pg(
        "https://www.mauritiuschronicle.example/science/mausat-2-in-orbit",
        _CHRON,
        headline="MauSat-2 is in orbit: 'The whole room stood up'",
        standfirst="The island's second satellite was launched from India and sent its "
        "first signal home less than two hours later.",
        byline="By Melissa Jean-Louis, Science Writer",
        body=_RK_CHRON,
        section="Science",
        sidebar_title="MauSat-2 in brief",
        sidebar=[
            "Mass: 4.2 kg",
            "Orbit: about 530 km",
            "Cost: Rs 38 million",
            "Team: 14 engineers and students",
        ],
        related=[
            ("science/first-satellite-remembered", "Remembering the first satellite"),
            ("education/space-engineering-course", "A new space engineering course"),
            ("science/coral-bleaching-summer", "Coral bleaching: a hard summer"),
        ],
        ld_date="2026-09-18T05:00:00+04:00",
    ),
    _pg(
        "https://www.shna.example/science/private-rocket-launches-mauritian-cubesat",
        _SHNA,
        headline="Private rocket launches Mauritian cubesat on rideshare mission from India",
        standfirst="Ardent-3 lifts off from Sriharikota after two-day weather delay.",
        byline="SHNA science desk",
        body=_RK_SHNA,
        section="Science",
        sidebar_title="Launch facts",
        sidebar=[
            "Operator: Meridian Launch Services",
            "Mission: Monsoon Rideshare-2",
            "Largest payload: 212 kg radar satellite",
        ],
        related=[
            ("science/india-space-policy", "India's space policy, explained"),
            ("africa/african-satellites", "Africa's satellites: who flies what"),
            ("science/cubesat-boom", "The cubesat boom"),
        ],
        use_ld=True,
    ),
    _pg(
        "https://www.smallsatledger.example/missions/monsoon-rideshare-2-mausat-2",
        _SSL,
        headline="Monsoon Rideshare-2: MauSat-2 and the case for lagoon-watching cubesats",
        standfirst="A 4.2 kg satellite from Mauritius, a third Ardent-3 flight and a "
        "rideshare price worth noting.",
        byline="Smallsat Ledger",
        body=_RK_SSL,
        section="Missions",
        sidebar_title="Rideshare scoreboard, this quarter",
        sidebar=[
            "Monsoon Rideshare-2 (Ardent-3): 23 payloads",
            "Southern Cross Share-4 (another operator): 18 payloads",
            "Equator Express-1 (another operator): 9 payloads",
        ],
        related=[
            ("launches/ardent-3-manifest", "Ardent-3 manifest to end-2027"),
            ("ground/mric-ebene-station", "Inside the Ebene ground station"),
            ("missions/lagoon-imaging", "Lagoon imaging: a niche that keeps growing"),
        ],
        visible_date="Monday 21 September 2026",
        kind="newsletter",
    ),
]



# ---------------------------------------------------------------------------
# eq-AE6  Magnitude 5.8 earthquake off Grande Comore (CONTROL)
# ---------------------------------------------------------------------------

_EQ_LIVE = """
MORONI - Live reporting from Grande Comore. All times are Comoros time (UTC+3). Newest entries
first. Injury figures below were provisional until the civil protection service's evening
update.

@@ 16:40 | Final figures for the day from the civil protection service (COSEP): 11 people
injured, two of them seriously, both being treated at El-Maarouf hospital in Moroni. 27 houses
damaged, three of them severely. No deaths. This live page closes here; thank you for following.

@@ 16:00 | The Karthala volcano observatory (OVK) says it has recorded 14 aftershocks since the
main earthquake this morning. The largest, of magnitude 4.3, was the one felt in Moroni at
07:12.

@@ 14:45 | Felt in Mayotte: the prefecture in Mamoudzou says residents felt light shaking this
morning, but no damage has been reported there.

@@ 13:30 | The education ministry says schools in the north of Grande Comore, closed today as a
precaution, will reopen tomorrow after engineers inspect the buildings.

@@ 12:20 | Red Crescent volunteers are distributing tarpaulins and drinking water in Ntsaoueni
to families whose roofs were damaged. Several families say they will sleep outside tonight,
fearing more aftershocks.

@@ 11:40 | A government spokesperson says emergency funds will be released to repair damaged
homes and public buildings. No amount has been given yet.

@@ 10:15 | COSEP now counts 7 people injured, most with cuts and bruises from falling masonry
and broken glass. Two are being kept in hospital.

@@ 09:00 | MAGNITUDE REVISED. The observatory has revised its estimate of the earthquake's
magnitude to 5.8, from the preliminary 6.0 it announced at 06:20. The revision follows analysis
of data from more stations, including international networks. The epicentre was at sea, about 38
km north-west of Moroni, at a depth of about 12 km.

[AD]

@@ 08:30 | At least 5 people injured, according to COSEP. Damage reported in Mitsamiouli and
Ntsaoueni, in the north of the island: cracked walls, fallen roof tiles, a collapsed garden
wall.

@@ 07:40 | Electricity is cut in parts of Mitsamiouli after a line came down on the coast road.
The utility says crews are on their way.

@@ 07:12 | A strong aftershock has just been felt in Moroni. People who had gone back indoors
are in the streets again.

@@ 06:20 | First bulletin from the OVK: preliminary magnitude 6.0, epicentre at sea north-west
of Moroni. Director Dr Hadidja Said Mohamed says the earthquake is tectonic and that there is
"no sign of change" at Karthala.

@@ 06:10 | First reports of injuries: at least 2 people hurt by falling masonry in Mitsamiouli,
according to local officials.

@@ 06:05 | The regional tsunami warning service says there is no tsunami threat from this
earthquake.

@@ 05:55 | A strong earthquake was felt across Grande Comore at 05:47 this morning. In Moroni,
residents ran into the streets; several told us the shaking lasted "ten, fifteen seconds". We
are gathering information.
"""

_EQ_WIRE = """
MORONI, Oct 22 (IOWS) - A magnitude 5.8 earthquake struck off the north-west coast of Grande
Comore early on Thursday, injuring 11 people and damaging 27 houses, civil protection officials
said.

The quake hit at 02:47 GMT (05:47 local time) at a depth of about 12 km, around 38 km (24 miles)
north-west of the capital Moroni, according to the Karthala Volcano Observatory (OVK), which
initially put the magnitude at 6.0 before revising it to 5.8 later in the morning.

Two of the injured were seriously hurt and were being treated at El-Maarouf hospital in Moroni,
said Colonel Ahmed Ali Bacar, head of the civil protection service, known by its French acronym
COSEP. No deaths were reported.

"Eleven people were hurt, two of them seriously, and we have counted twenty-seven houses with
damage, three of them badly," Bacar told reporters in Moroni on Thursday afternoon.

Most of the damage was in the north of the island, around the towns of Mitsamiouli and
Ntsaoueni, where walls cracked and roof tiles and masonry fell. Schools in the area were closed
for the day as a precaution.

[AD]

The shaking was felt across Grande Comore and on the neighbouring islands of Moheli and Anjouan,
and lightly on Mayotte, where the French authorities said there were no reports of damage.

The regional tsunami warning service said shortly after the quake that there was no tsunami threat.

The OVK said it had recorded 14 aftershocks by mid-afternoon, the largest of magnitude 4.3 at
07:12 local time.

"This was a tectonic earthquake on a fault at sea. We see nothing unusual at Karthala this
morning," said Dr Hadidja Said Mohamed, director of the observatory, referring to the active
volcano that dominates the southern half of Grande Comore.

Karthala, one of the largest active volcanoes in the world, last erupted in 2007. The
observatory monitors it with a network of seismometers and ground-deformation instruments.

Residents described scenes of fear in the first light of the morning. "The whole house was
moving. I took the children and ran outside without shoes," said Faouzia Abdou, a 34-year-old
shopkeeper in Mitsamiouli.

The Comoros archipelago lies in the Mozambique Channel between Madagascar and the east African
coast. Earthquakes of this size are uncommon around Grande Comore, and Thursday's was the
strongest felt on the island in more than a decade, the observatory said.

Electricity was cut for several hours in parts of Mitsamiouli after a power line came down, and
Red Crescent volunteers distributed tarpaulins and drinking water to families whose roofs were
damaged.

The government said it would release emergency funds to repair damaged homes and public
buildings, without giving a figure.

(Reporting by Said Ahmed Mze; editing by Paul Desvaux)
"""

_EQ_RAI = """
SAINT-DENIS - A magnitude 5.8 earthquake struck the Comoros on Thursday morning. The quake was
recorded at 6.47 am Reunion time - 5.47 am in Moroni - off the north-west coast of Grande
Comore.

According to the Karthala Volcano Observatory, the epicentre was located at sea, about forty
kilometres north-west of the capital Moroni, at a depth of around 12 kilometres. The observatory
first announced a preliminary magnitude of 6.0, before revising its estimate to 5.8 later in the
morning, after analysing data from a larger number of stations.

## Eleven injured

By the end of the day, the Comoran civil protection service reported 11 people injured, two of
them seriously, and 27 damaged houses, mostly in the north of the island. There were no deaths.

The shaking was also felt on Moheli and Anjouan, and more lightly in Mayotte. The prefecture in
Mamoudzou said it had received several calls from worried residents, but no reports of damage.

## No risk for Reunion

The earthquake posed no tsunami risk for Reunion or for the rest of the region, the authorities
confirmed on Thursday morning.

The Piton de la Fournaise volcano observatory's seismometers in Reunion recorded the waves from
the Comoros earthquake a few minutes after it happened. "Our instruments picked it up clearly,
as they do for any earthquake of this size in the region, but there is no link whatsoever with
activity at the Piton de la Fournaise," seismologist Laurent Hoarau told Reunion Antenne.

[AD]

## Families on the phone

In Saint-Denis, where many families of Comorian origin live, the news spread fast on social
networks. At the Le Chaudron market, Anziza Mohamed, 46, said she had called her mother in
Mitsamiouli as soon as she saw the first messages. "She was frightened. The wall of the
courtyard fell down. But she is fine, everyone in the family is fine," she said.

Community associations in Reunion said they were ready to collect donations if needed, and were
in contact with the Comoran consulate.

## A tectonic earthquake

The director of the Comoran observatory, Dr Hadidja Said Mohamed, stressed that the earthquake
had nothing to do with the Karthala volcano. Speaking to our correspondent in Moroni, she said
it was a tectonic earthquake on a fault at sea, and that the observatory's instruments showed
nothing unusual at the volcano.

The observatory counted 14 aftershocks during the day. The strongest, measured at 4.3, was felt
at 8.12 am Reunion time.

Flights between Saint-Denis and Moroni operated normally on Thursday, according to Roland Garros
airport, and the port of Moroni reported no damage to its quays.

Reunion Antenne will follow developments in the Comoros in its bulletins throughout the day.
"""

_EQ_PAGES = [
    _pg(
        "https://www.comoresdirect.example/live/earthquake-grande-comore",
        _CID,
        headline="Earthquake felt across Grande Comore: live updates",
        standfirst="Magnitude, injuries and damage as the information comes in.",
        byline="Comores Info Direct newsroom",
        body=_EQ_LIVE,
        section="Ngazidja",
        sidebar_title="Emergency numbers",
        sidebar=[
            "Civil protection (COSEP) emergency line",
            "Police emergency line",
            "El-Maarouf hospital switchboard",
        ],
        related=[
            ("ngazidja/karthala-monitoring", "How the observatory watches Karthala"),
            ("ngazidja/building-safety", "Building safety: what to check after a quake"),
            ("economy/port-moroni", "Port of Moroni: operations normal"),
        ],
        published="2026-10-22T02:55:00Z",
        kind="live",
    ),
    _pg(
        "https://www.iowire.example/africa/comoros-earthquake-injures-11",
        _IOWS,
        headline="Magnitude 5.8 quake off Grande Comore injures 11, damages 27 houses",
        standfirst="No tsunami threat; observatory says no link to Karthala volcano.",
        byline="By Said Ahmed Mze",
        body=_EQ_WIRE,
        section="Africa",
        sidebar_title="Recent earthquakes in the region (this year)",
        sidebar=[
            "Mozambique Channel, February: magnitude 4.9",
            "Southern Madagascar, May: magnitude 4.6",
            "Carlsberg Ridge, August: magnitude 5.5",
        ],
        related=[
            ("africa/karthala-profile", "Karthala: a volcano under watch"),
            ("africa/comoros-economy", "Comoros economy grows 3%"),
            ("africa/mayotte-seismic-network", "Mayotte's seismic network expands"),
        ],
        ld_date="2026-10-22T14:20:00Z",
    ),
    _pg(
        "https://www.reunionantenne.example/ocean-indien/earthquake-comoros-felt-mayotte",
        _RAI,
        headline="Magnitude 5.8 earthquake in the Comoros, felt as far as Mayotte",
        standfirst="Eleven people injured on Grande Comore; no tsunami risk for Reunion.",
        byline="Reunion Antenne Info, with our correspondent in Moroni",
        body=_EQ_RAI,
        section="Ocean Indien",
        sidebar_title="Reunion today",
        sidebar=[
            "Weather: showers on the east coast, 26 C in Saint-Denis",
            "Traffic: Route du Littoral open both ways",
            "Piton de la Fournaise: alert level unchanged",
        ],
        related=[
            ("ocean-indien/comoros-solidarity", "Comorian associations mobilise"),
            ("reunion/earthquake-preparedness", "Earthquakes: is Reunion prepared?"),
            ("mayotte/seismic-history", "Mayotte's seismic history"),
        ],
        kind="broadcast",
    ),
]



def _articles(pages):
    return [{"url": url, "html": doc} for url, doc in pages]


STORIES = [
    {
        "id": "cb-AE1",
        "part": "AE",
        "domain": "central bank",
        "fetched": "2026-03-30",
        "articles": _articles(_CB_PAGES),
        "planted": [],
    },
    {
        "id": "el-AE2",
        "part": "AE",
        "domain": "election",
        "fetched": "2026-07-20",
        "articles": _articles(_EL_PAGES),
        "planted": [],
    },
    {
        "id": "ct-AE3",
        "part": "AE",
        "domain": "court",
        "fetched": "2026-05-06",
        "articles": _articles(_CT_PAGES),
        "planted": [
            ("amount diverted from the pension fund", r"\b184\b", r"\b148\b"),
            ("title of the sentencing judge", r"senior puisne|puisne judge", r"chief justice"),
            (
                "speaker of the quote 'robbed of their dignity, not just their savings'",
                r"beeharry",
                r"moothoosamy",
            ),
        ],
    },
    {
        "id": "tr-AE4",
        "part": "AE",
        "domain": "trade",
        "fetched": "2026-08-18",
        "articles": _articles(_TR_PAGES),
        "planted": [
            ("fall in vanilla export volume, first half 2026", r"\b12\.4\b", r"\b21\.4\b"),
            ("port that shipped most of the vanilla", r"toamasina|tamatave", r"mahajanga|majunga"),
            ("weekday the customs figures were released", r"tuesday", r"thursday"),
        ],
    },
    {
        "id": "rk-AE5",
        "part": "AE",
        "domain": "rocket",
        "fetched": "2026-09-29",
        "articles": _articles(_RK_PAGES),
        "planted": [
            (
                "liftoff time of the Ardent-3",
                r"\b0?7[:.h]42\b|\b0?3[:.h]42\b|\b0?9[:.h]12\b",
                r"\b0?7[:.h]24\b|\b0?3[:.h]24\b|\b0?8[:.h]54\b",
            ),
            (
                "number of satellites on the rideshare",
                r"\b23\b|twenty-three",
                r"\b32\b|thirty-two",
            ),
            (
                "time from liftoff to MauSat-2 separation",
                r"\b17\s*min|\b17:40\b",
                r"\b21\s*min|\b21:40\b",
            ),
        ],
    },
    {
        "id": "eq-AE6",
        "part": "AE",
        "domain": "earthquake",
        "fetched": "2026-10-27",
        "articles": _articles(_EQ_PAGES),
        "planted": [],
    },
]
