"""Story battery, part AF — Ukraine and Moldova, events in 2026.

Written by engineer AF1 on 2026-12-07 for the thirty-second batch, a precision batch.

Six invented stories, each told by three or four invented outlets (domains ending in .example)
as whole HTML pages. All outlets, reporters, companies, most officials and every figure are
invented; real institutions and places (National Bank of Moldova, Central Electoral Commission,
High Anti-Corruption Court, National Bureau of Statistics, Andøya Spaceport, INFP, Vrancea,
Cahul, Odesa ...) are scenery only. Three stories (ct-AF3, tr-AF4, rk-AF5) are controls with no
real contradiction; the other three each carry exactly three planted disagreements, each in one
outlet only.

cb-AF1 (central bank, fetched 2026-11-19). TRUE FACTS: on Thursday 5 November 2026 the
five-member Executive Board of the National Bank of Moldova cut the base rate by 25 bp to 4.75%
from 5.00%, by four votes to one (the dissenter wanted a hold); the decision was announced at
15:00 Chișinău time (13:00 GMT, UTC+2). Overnight lending rate 7.75%, overnight deposit rate
1.75%, reserve requirement for leu funds unchanged at 29%. Annual CPI inflation was 4.1% in
September (3.8% in August); target 5% ± 1.5 pp; forecast average 4.4% in 2027. Governor Dorina
(Maria) Vlăsceanu said "The disinflation path is intact, but the corridor is narrower than we
would like." Reserves $5.92 bn at end-October; leu 19.41 per euro; Q2 GDP revised to 2.3% from
1.9%; next meeting 17 December. PLANTED: (1) September inflation — right 4.1%, wrong 4.8% in
Chișinău Ledger; (2) board vote — right 4–1 (four votes to one), wrong 3–2 ("split 3–2", two
holdouts) in Frontier Rates Brief; (3) who said the "disinflation path" quote — right Governor
Dorina Vlăsceanu, wrong "First Deputy Governor Petru Colesnic" in Radio Prut International.
OUTLETS: Danube Wire Service (wire; JSON-LD datePublished 2026-11-05T13:12Z); Chișinău Ledger
(newspaper; article:published_time 2026-11-05T18:40+02:00 plus visible date); Frontier Rates
Brief (specialist newsletter; visible date only, Friday 6 November 2026, says "yesterday");
Radio Prut International (broadcaster; no date anywhere, says "on Thursday", "next month").
LEGITIMATE TRAPS: 4.75% / "4.75 per cent" and 5.00% / "5%" / "5 per cent"; 25 basis points = "a
quarter of a percentage point" = 0.25 pp; 15:00 local = 3pm = 13:00 GMT; "yesterday" (Friday
page) and "on Thursday" both resolve to 5 November; name with/without middle name and without
diacritics (Dorina Maria Vlăsceanu / Vlasceanu); earlier value 3.8% (August), forecast 4.4%
(2027), target band 3.5–6.5%; corridor rates 7.75% / 1.75% are not the base rate; analysts' poll
five-to-four split is not the board vote; reserves $5.92 bn ≈ €5.4 bn; Q2 GDP preliminary 1.9%
revised to 2.3%; 2026 growth forecast 2.5%; sidebar rates of other central banks (NBU 13.5%, NBR
6.25% ...); real-rate arithmetic 4.75 − 4.1 = 0.65 pp; newsletter's own forecast of 4.50% in Q1
2027; quote given verbatim, partially and paraphrased.

el-AF2 (election, fetched 2026-06-30). TRUE FACTS: Cahul mayoral runoff on Sunday 14 June 2026,
polls 07:00–21:00 local (EEST, 18:00 GMT close). Silviu(-Andrei) Moraru, 44, Civic Renewal Bloc,
won 51.9% (9,742 votes) against independent Ion (V.) Bejenaru, 58, 48.1% (9,028 votes): margin
714 votes. Turnout 38.6% (18,995 of 49,210 registered; 225 invalid; 18,770 valid). First round
on Sunday 31 May: Moraru 36.4%, Bejenaru 29.7%, turnout 41.2%, seven candidates. CEC finished
processing at 03:10 on Monday 15 June; Bejenaru conceded on Monday morning (phoned at 08:15);
Vot Curat observers logged 37 minor incidents. PLANTED: (1) winning margin — right 714 votes,
wrong 741 votes in Southern Courier; (2) date of the first round — right 31 May, wrong 24 May in
Prut Today live page; (3) Moraru's party — right Civic Renewal Bloc, wrong "Civic Union Bloc" in
Valea Radio. OUTLETS: Prut Today (live page; article:published_time 2026-06-14T20:30+03:00,
modified, timestamped entries); Southern Courier (newspaper; JSON-LD datePublished
2026-06-15T12:10+03:00, says "yesterday's runoff"); Valea Radio (broadcaster; no date anywhere,
"two weeks earlier"). LEGITIMATE TRAPS: partial counts on the live page (50.6% at 42%, 51.2% at
71%, 51.5% at 88%, lead "about 500" votes) vs final; preliminary turnout at close 38.4% vs final
38.6%; first-round shares and turnout are earlier values; 21:00 local = 18:00 GMT;
"yesterday"/"last night"/"this morning" in the Monday paper; name forms Silviu-Andrei Moraru /
Silviu Moraru, Ion V. Bejenaru; "almost 18,800 valid ballots", "roughly 49,000 registered
voters"; the 24-hour clock vs "nine in the evening" and "shortly after 3am"; CEC preliminary
results vs later court validation; sidebar results of other towns' runoffs (56.2%, 53.0%,
50.8%); the victory quote with and without "last night".

ct-AF3 (court, CONTROL, fetched 2026-10-02). TRUE FACTS: on Thursday 17 September 2026 the High
Anti-Corruption Court in Kyiv (presiding judge Iryna Stepova) sentenced Oleh (Vasylovych)
Hrynchuk, 52, former head of the Odesa Regional Roads Directorate, to seven years in prison, a
three-year ban on holding posts in state bodies and confiscation of property, for embezzling UAH
84.6 million (≈ $2.04 million ≈ €1.74 million). The verdict reading ended at 14:20 Kyiv time
(11:20 GMT). Prosecutors (SAPO, Taras Vovk) had sought nine years; co-defendant Vadym Ostapchuk
(PivdenShliakhBud) got five years suspended with three years' probation and must pay UAH 11.2
million; the 2024 indictment alleged UAH 96.3 million, cut by a court-ordered audit; bail of UAH
12 million in 2024; appeal within 30 days. OUTLETS: Black Sea Newswire (wire; JSON-LD
datePublished 2026-09-17T11:58Z); Kyiv Chronicle (newspaper; visible date only, Friday 18
September 2026, "yesterday"); Anti-Graft Docket (legal newsletter; no date anywhere). LEGITIMATE
TRAPS: seven years vs the nine sought; co-defendant's five-year suspended term and three-year
probation vs the three-year ban; UAH 84.6m vs the earlier UAH 96.3m allegation (revision
explained); currency conversions $2.04m / "roughly $2.0 million" / €1.74m; bail UAH 12m and
compensation UAH 11.2m are different sums; 14:20 Kyiv = 11:20 GMT/UTC; "yesterday" from the
Friday page; full name with patronymic vs short name, "presiding judge" vs "Judge"; "within 30
days" vs "within a month"; quote "The roads were paid for twice and built once" vs "These roads
..."; 63 km billed vs about 38 km done; sidebar other verdicts (6 and 8 years).

tr-AF4 (trade, CONTROL, fetched 2026-08-28). TRUE FACTS: on Wednesday 12 August 2026 Moldova's
National Bureau of Statistics reported January–June 2026 exports of $2.143 bn (+6.8% y/y from
$2.007 bn), imports of $5.318 bn (+3.1% from $5.158 bn), a deficit of $3.175 bn (vs $3.151 bn),
export coverage 40.3% (38.9% a year earlier), EU share of exports 66.9% (65.1%), Romania 29.4%,
CIS 7.2%; exports to Ukraine $118.6 m (+14.2%), imports from Ukraine $402.7 m (7.6% of imports);
June exports $381.2 m; May revised to $372.4 m from a preliminary $368.9 m. Deputy Prime
Minister and Minister of Economic Development and Digitalisation Cristian Lupașcu: "The point is
not the size of the gap but what fills it." OUTLETS: Eastern Markets Wire (wire;
article:published_time 2026-08-12T10:05+03:00 plus visible date); Moldova Trade Monitor
(newsletter; JSON-LD datePublished 2026-08-14T08:00+03:00, says "on Wednesday"); Business Nistru
(newspaper; no date anywhere). LEGITIMATE TRAPS: $2.143 billion / "$2.143bn" / "just over $2.1
billion", "about $5.3 billion", "nearly $3.2 billion", "almost $119 million"; 6.8% vs "almost
7%"; dollars vs lei at 17.86 lei/$ (38.3 / 95.0 / 56.7 bn lei); H1 2025 comparators; coverage
40.3% vs 38.9%; May preliminary vs revised; June monthly vs half-year totals; minister's full
title vs "economy minister"; EU "two-thirds", Romania "almost 30%"; Ukraine's own export total
in a sidebar ($19.6 bn) is another country's figure; newsletter's full-year forecast; harness
exports +19.8% = "about a fifth".

rk-AF5 (rocket, CONTROL, fetched 2026-10-21). TRUE FACTS: Obrii Aerospace (Ukrainian start-up;
co-founder and chief executive Yaryna (Mykolaivna) Tkachenko; chief engineer Bohdan Lysak)
launched its Strila-1 suborbital rocket from Andøya Spaceport, Norway, on Thursday 8 October
2026 at 11:42 CEST = 09:42 UTC = 12:42 Kyiv, after a 25-minute hold (planned T-0 11:17 CEST);
first attempt on Tuesday 6 October was postponed by winds. 62-second burn of the Vyr-4 hybrid
engine; preliminary apogee about 109 km, post-flight reconstruction (published Friday 9 October)
111.6 km (69.3 miles); capsule splashdown 14 min 20 s after liftoff, about 87 km (54 miles)
downrange; recovered 15:12 Kyiv (14:12 Norway); 9.4 m, 2.3 t; three experiments; Strila-0
reached 31 km in 2025; seed round €4.8 m (≈ $5.6 m). OUTLETS: Techno Kyiv (live page in Kyiv
time; article:published_time 2026-10-08T10:30+03:00); Radio Dnipro World (broadcaster; JSON-LD
datePublished 2026-10-09T16:30+03:00, "yesterday's flight"); Suborbital Notes (newsletter; no
date anywhere, UTC times). LEGITIMATE TRAPS: three time zones for the same liftoff (12:42 /
11:42 / 09:42) and for the planned T-0 (12:17 / 11:17 / 09:17); preliminary 109 km vs final
111.6 km (made clear); km vs miles; 100 km Kármán line and 80 km (50-mile) US boundary are
thresholds, not apogees; 31 km is the previous rocket; "T+14 min 20 s" vs "14 minutes and 20
seconds"; burn 62 s; "yesterday" from the Friday page; Tuesday postponement; €4.8 m ≈ $5.6 m;
name and title variants; Strila-2 plans are forecasts.

eq-AF6 (earthquake, fetched 2026-02-25). TRUE FACTS: Wednesday 11 February 2026 at 02:41 local
time (EET, 00:41 UTC) a magnitude 5.7 earthquake (INFP reviewed value; automatic estimate 5.9)
struck at 134 km depth near Nereju, Vrancea county, Romania; felt in Bucharest, Chișinău (about
250 km; intensity V; shaking about 30 s) and Odesa (about 320 km; intensity IV; 43 calls, no
damage). Moldova: three lightly injured (two Chișinău, one Cantemir), cracks in 14 buildings.
Largest aftershock M 3.1 at 04:06. PLANTED: (1) magnitude — right 5.7, wrong 6.2 in Odesa
Morning Post; (2) local time of the main shock — right 02:41, wrong 03:41 in Carpathian Press
Agency; (3) epicentre locality — right Nereju, wrong Gura Teghii in Seismic Brief. OUTLETS:
Canal Codru (live page; article:published_time 2026-02-11T02:47+02:00, timestamped entries);
Carpathian Press Agency (wire; JSON-LD datePublished 2026-02-11T05:20Z); Odesa Morning Post
(newspaper; article:published_time 2026-02-12T07:00+02:00 plus visible date, "yesterday");
Seismic Brief (newsletter; no date anywhere). LEGITIMATE TRAPS: 02:41 EET = 00:41 UTC; automatic
5.9 revised to 5.7; injured count rising on the live page (one at 06:30, two at 09:15, three at
11:40) and the wire's "one" at its earlier publication time; 134 km = 83 miles, 250 km = 155
miles, 320 km = 200 miles; intensity V vs IV in different cities; aftershock 3.1 at 04:06
("about 85 minutes" later); 1977 quake (Mw 7.4) is history, about 350 times the energy;
"yesterday"/"early on Wednesday" from the Thursday paper; Nereju called a commune and a village;
quotes from the same seismologist differ because they are different remarks; sidebar other
earthquakes (4.4, 3.9, 4.8, 4.1).
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote

_COOKIE = (
    "We and our partners use cookies to remember your settings, measure audiences and show "
    "advertising. You can accept all cookies or choose which ones to allow."
)


def _blocks(text: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for raw in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("* "):
            items: list[str] = []
            for ln in lines:
                if ln.startswith("* "):
                    items.append(ln[2:])
                else:
                    items[-1] += " " + ln
            out.append(("ul", items))
            continue
        joined = " ".join(lines)
        if joined == "[AD]":
            out.append(("ad", ""))
        elif joined.startswith("## "):
            out.append(("h2", joined[3:]))
        elif joined.startswith("> "):
            out.append(("quote", joined[2:]))
        elif joined.startswith("@ "):
            label, _, rest = joined[2:].partition(" | ")
            title, _, txt = rest.partition(" :: ")
            out.append(("update", (label, title, txt)))
        else:
            out.append(("p", joined))
    return out


def _render_body(text: str) -> str:
    e = html.escape
    parts: list[str] = []
    for kind, val in _blocks(text):
        if kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "h2":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{e(val)}</p></blockquote>")
        elif kind == "ul":
            items = "".join(f"<li>{e(i)}</li>" for i in val)
            parts.append(f'<ul class="facts">{items}</ul>')
        elif kind == "ad":
            parts.append(
                '<div class="ad-slot ad-inline" aria-label="Advertisement">'
                '<span class="ad-label">Advertisement</span></div>'
            )
        else:
            label, title, txt = val
            parts.append(
                '<div class="live-entry">'
                f'<p class="live-time"><strong>{e(label)}</strong></p>'
                f'<h3 class="live-title">{e(title)}</h3>'
                f"<p>{e(txt)}</p></div>"
            )
    return "\n".join(parts)


def _page(o: dict) -> str:
    e = html.escape
    site = o["site"]
    url = "https://" + o["domain"] + o["path"]
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(o['headline'])} | {e(site)}</title>",
        f'<meta name="description" content="{e(o["standfirst"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{e(site)}">',
        f'<meta property="og:title" content="{e(o["headline"])}">',
        f'<meta property="og:url" content="{e(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if o.get("meta_date"):
        head.append(f'<meta property="article:published_time" content="{o["published"]}">')
        if o.get("modified"):
            head.append(f'<meta property="article:modified_time" content="{o["modified"]}">')
    head.append(f'<link rel="canonical" href="{e(url)}">')
    head.append('<link rel="stylesheet" href="/static/css/main.css">')
    if o.get("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if o["kind"] == "live" else "NewsArticle",
            "headline": o["headline"],
            "datePublished": o["published"],
            "author": {"@type": "Person", "name": o["byline"]},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        if o.get("modified"):
            ld["dateModified"] = o["modified"]
        blob = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{blob}</script>')
    nav = "".join(
        f'<li><a href="/{e(n.lower().replace(" ", "-"))}/">{e(n)}</a></li>' for n in o["nav"]
    )
    enc = quote(url, safe="")
    share = (
        '<div class="share-bar"><span>Share this</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={enc}">Facebook</a>'
        f'<a href="https://x.com/intent/post?url={enc}&amp;text={quote(o["headline"])}">X</a>'
        f'<a href="https://t.me/share/url?url={enc}">Telegram</a>'
        f'<a href="mailto:?subject={quote(o["headline"])}&amp;body={enc}">Email</a>'
        '<button type="button" class="copy-link">Copy link</button></div>'
    )
    meta_line = f'<p class="byline">By <span class="author">{e(o["byline"])}</span></p>'
    if o.get("visible_date"):
        meta_line += f'<p class="pubdate"><span class="date">{e(o["visible_date"])}</span></p>'
    if o.get("extra_meta"):
        meta_line += f'<p class="article-extra">{e(o["extra_meta"])}</p>'
    related = "".join(
        f'<li><a href="/story/{i + 1}{len(r):03d}">{e(r)}</a></li>'
        for i, r in enumerate(o["related"])
    )
    side = "".join(f"<li>{e(s)}</li>" for s in o["sidebar"])
    most = "".join(f'<li><a href="/popular/{i}">{e(m)}</a></li>' for i, m in
                   enumerate(o.get("most_read", []), 1))
    year = o.get("year")
    copy = f"© {year} {site}" if year else f"© {site}"
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{o.get("lang", "en")}">',
        "<head>",
        *head,
        "</head>",
        f'<body class="page-article kind-{o["kind"]}">',
        '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">',
        f"<p>{e(_COOKIE)}</p>",
        '<button type="button" class="accept">Accept all</button>',
        '<button type="button" class="manage">Manage preferences</button>',
        "</div>",
        '<header class="site-header">',
        f'<a class="logo" href="/">{e(site)}</a>',
        f'<nav class="main-nav" aria-label="Sections"><ul>{nav}</ul></nav>',
        '<form class="search" action="/search"><input type="search" name="q" '
        'placeholder="Search"><button type="submit">Search</button></form>',
        "</header>",
        '<div class="ad-slot ad-leaderboard" aria-label="Advertisement">'
        '<span class="ad-label">Advertisement</span></div>',
        '<main class="layout">',
        "<article>",
        f'<p class="kicker"><a href="/{e(o["section"].lower())}/">{e(o["section"])}</a></p>',
        f"<h1>{e(o['headline'])}</h1>",
        f'<p class="standfirst">{e(o["standfirst"])}</p>',
        meta_line,
        share,
        '<div class="article-body">',
        _render_body(o["body"]),
        "</div><!-- /article-body -->",
        share,
        f'<section class="related"><h2>Related coverage</h2><ul>{related}</ul></section>',
        "</article>",
        '<aside class="sidebar">',
        f'<section class="side-box"><h2>{e(o["sidebar_title"])}</h2><ul>{side}</ul></section>',
        '<div class="ad-slot ad-mpu" aria-label="Advertisement">'
        '<span class="ad-label">Advertisement</span></div>',
        f'<section class="most-read"><h2>Most read</h2><ol>{most}</ol></section>',
        '<section class="newsletter-signup"><h2>Get our morning briefing</h2>'
        '<form action="/subscribe"><input type="email" name="email" placeholder="Your email">'
        '<button type="submit">Sign up</button></form></section>',
        "</aside>",
        "</main>",
        '<footer class="site-footer">',
        '<ul class="footer-links"><li><a href="/about/">About us</a></li>'
        '<li><a href="/contact/">Contact</a></li><li><a href="/ethics/">Editorial standards</a>'
        '</li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookie settings</a>'
        "</li><li><a href=\"/advertise/\">Advertise</a></li></ul>",
        f'<p class="copyright">{e(copy)}. All rights reserved.</p>',
        "</footer>",
        "</body>",
        "</html>",
    ])


# ---------------------------------------------------------------------------
# cb-AF1 — central bank
# ---------------------------------------------------------------------------

_CB_A = dict(
    site="Danube Wire Service",
    domain="dws.example",
    path="/markets/2026/11/05/moldova-central-bank-cuts-base-rate-to-4-75",
    kind="wire",
    section="Markets",
    nav=["World", "Markets", "Business", "Politics", "Energy", "Europe", "Wires"],
    headline="Moldova's central bank cuts base rate to 4.75% in split vote",
    standfirst=(
        "National Bank of Moldova trims its main rate by 25 basis points, citing a steady "
        "disinflation path despite a September uptick."
    ),
    byline="Mirela Stratan",
    jsonld=True,
    published="2026-11-05T13:12:00Z",
    modified="2026-11-05T14:40:00Z",
    year=2026,
    body="""
CHIȘINĂU, Nov 5 (DWS) – The National Bank of Moldova lowered its base rate by 25 basis points to
4.75% on Thursday, its first move since April, saying inflation was likely to stay inside its
target band through next year despite a small rise in September.

The decision by the bank's five-member Executive Board, announced at 15:00 local time (13:00
GMT), was taken by four votes to one. The bank said in a statement that one member had preferred
to keep the rate at 5.00%, arguing that food prices could climb again over the winter.

The base rate applies to the bank's main short-term monetary policy operations. The board also
lowered the overnight lending rate to 7.75% and the overnight deposit rate to 1.75%, leaving the
corridor at three percentage points on either side of the base rate. The required reserve ratio
for funds attracted in lei was left unchanged at 29%.

Annual consumer price inflation was 4.1% in September, according to the National Bureau of
Statistics, up from 3.8% in August but comfortably inside the bank's target of 5% plus or minus
1.5 percentage points. The bank's new quarterly forecast, also published on Thursday, sees
inflation averaging 4.4% in 2027.

"The disinflation path is intact, but the corridor is narrower than we would like," Governor
Dorina Vlăsceanu told a news conference after the decision. "We are not on autopilot. Every
meeting is live."

[AD]

Vlăsceanu said the board had weighed a strong harvest and a lower regulated gas tariff, which
took effect in October, against faster wage growth and a pickup in consumer lending, which rose
14% year on year in September. She declined to say whether another cut was likely at the next
policy meeting, scheduled for Dec. 17.

Economists had been divided before the meeting. Of nine analysts polled by DWS last week, five
expected a quarter-point cut and four expected no change.

"The split vote tells you the board is not in a hurry," said Radu Șerban, a fixed-income
strategist at Prut Capital Partners in Chișinău. "I would pencil in a pause in December and one
more quarter-point move in the first quarter."

The leu was little changed after the announcement at 19.41 per euro. Official reserve assets
stood at $5.92 billion at the end of October, the bank said, enough to cover about five and a
half months of imports.

The statistics bureau last month revised second-quarter economic growth to 2.3% year on year
from a preliminary estimate of 1.9%. Vlăsceanu said the revision supported the bank's view that
the economy could absorb slightly lower borrowing costs without overheating.

Moldova's central bank raised rates steeply in 2022, when annual inflation peaked above 30%, and
has brought them down in a series of steps since 2023. The last change, in April, was also a
quarter-point cut, to 5.00%.

(Reporting by Mirela Stratan; Editing by Tom Halloran)
""",
    related=[
        "Moldova's annual inflation edges up to 4.1% in September",
        "Ukraine's central bank holds key rate at 13.5%",
        "Romanian leu steady as budget talks drag on",
        "Moldova wins new IMF staff-level agreement",
    ],
    sidebar_title="Markets at a glance",
    sidebar=[
        "EUR/MDL 19.41",
        "USD/MDL 17.65",
        "EUR/USD 1.10",
        "Brent crude $71.20",
        "Gold $2,980/oz",
    ],
    most_read=[
        "Gas transit talks resume in Vienna",
        "Poland's central bank signals long pause",
        "Wheat futures slip on Black Sea supply",
    ],
)

_CB_B = dict(
    site="Chișinău Ledger",
    domain="chisinauledger.example",
    path="/economy/central-bank-trims-base-rate-inflation-target",
    kind="newspaper",
    section="Economy",
    nav=["News", "Economy", "Politics", "Region", "Opinion", "Culture", "Sport"],
    headline="Central bank trims base rate to 4.75 per cent as inflation stays inside target",
    standfirst=(
        "The National Bank of Moldova cut borrowing costs for the second time this year, but "
        "the governor warned that the room for further easing is limited."
    ),
    byline="Andrei Cojocaru, economics correspondent",
    meta_date=True,
    published="2026-11-05T18:40:00+02:00",
    visible_date="Thursday 5 November 2026, 18:40",
    year=2026,
    body="""
CHIȘINĂU — Borrowers in Moldova will pay slightly less for credit after the National Bank of
Moldova (NBM) on Thursday cut its base rate by a quarter of a percentage point, to 4.75 per cent
from 5 per cent.

The decision, published on the bank's website at 3pm, is the second reduction this year after a
similar step in April. It was taken by a majority of the five-member Executive Board, four votes
to one. The bank did not name the member who wanted to keep the rate on hold.

Governor Dorina Maria Vlăsceanu, who presented the decision at the bank's headquarters on
Grigore Vieru Boulevard, said the board had chosen to look past a rise in annual inflation,
which reached 4.8 per cent in September, up from 3.8 per cent in August.

"The disinflation path is intact, but the corridor is narrower than we would like," Ms Vlăsceanu
told reporters. She added that the board was "not on autopilot" and would judge each meeting on
the data in front of it.

## What it means for households

Commercial banks usually pass on changes in the base rate within a few weeks. Natalia Ursu, head
of retail lending at Agrobancă Nord, said her bank would review the rates on new leu mortgages,
which currently average about 8.9 per cent, "before the end of the month".

"A quarter of a point will not change anyone's life, but it tells people the direction," Ms Ursu
said.

Consumer lending has grown quickly this year, rising 14 per cent on the year in September, one
reason why some economists had argued for patience. In a poll of analysts by a news agency last
week, four of nine expected no change.

[AD]

The bank's new inflation report, its fourth this year, projects average inflation of 4.4 per
cent in 2027, below the 5 per cent midpoint of the target. The band runs from 3.5 to 6.5 per
cent.

The NBM also lowered the rates on its overnight loans and deposits, to 7.75 per cent and 1.75
per cent respectively, and left the reserve requirement on leu funds at 29 per cent.

Second-quarter GDP growth was revised up last month to 2.3 per cent from a first estimate of 1.9
per cent, according to the National Bureau of Statistics. The central bank now expects growth of
about 2.5 per cent for 2026 as a whole.

Radu Șerban of Prut Capital Partners said the dissent suggested the board would pause at its
next meeting, on 17 December. "One cut at a time, and not at every meeting," he said.

Official reserves were $5.92 billion at the end of October. The leu barely moved, trading at
19.41 to the euro late on Thursday.

## A long way down

The NBM's base rate stood at 21.5 per cent at the height of the 2022 energy shock, when annual
inflation climbed above 30 per cent. Since then the bank has cut in steps, pausing for long
stretches whenever food or energy prices jumped.

Ion Rusu, 61, who runs a furniture workshop in Strășeni, said he had postponed buying a new
cutting machine twice. "If the loan is a bit cheaper in the new year, maybe this time," he said.
""",
    related=[
        "Mortgage demand cools in Chișinău suburbs",
        "Regulated gas tariff cut takes effect",
        "Opinion: the central bank should not rush",
    ],
    sidebar_title="Rates in the region",
    sidebar=[
        "National Bank of Ukraine: 13.5%",
        "National Bank of Romania: 6.25%",
        "National Bank of Poland: 4.25%",
        "National Bank of Georgia: 7.5%",
    ],
    most_read=[
        "City hall approves new trolleybus routes",
        "Winter heating season starts early in the north",
        "Wine exporters eye Asian markets",
    ],
)

_CB_C = dict(
    site="Frontier Rates Brief",
    domain="frontierrates.example",
    path="/issues/212/moldova-nbm-cuts-board-split",
    kind="newsletter",
    section="Issues",
    nav=["Issues", "CEE", "Caucasus", "Central Asia", "Data", "Subscribe"],
    headline="Moldova: NBM cuts to 4.75%, but the board is split",
    standfirst=(
        "Frontier Rates Brief, issue 212. Our take on yesterday's decision, the vote and what "
        "to price for December."
    ),
    byline="Katarzyna Wolny, CEE and frontier rates",
    visible_date="Friday, 6 November 2026",
    year=2026,
    body="""
CHISINAU / LONDON — The National Bank of Moldova cut its base rate by 25bp to 4.75% yesterday,
in line with our call but against a sizeable minority of the street. The statement hit the wires
at 13:00 GMT, 15:00 in Chisinau.

## The vote

This was not a comfortable majority. The Executive Board split 3–2 in favour of the cut, with
two members preferring to hold at 5.00%. That is the narrowest decision we can find in the NBM's
published record since the easing cycle began, and it changes how we read the forward guidance.

At the press conference, Governor Dorina Vlasceanu said the disinflation path was "intact" but
conceded that the corridor was "narrower than we would like". We read that as a warning against
pricing a string of cuts, not as a hint of the next one.

## The numbers

* Base rate: 4.75% (from 5.00%)
* Overnight lending / deposit facilities: 7.75% / 1.75%
* Reserve requirement on leu funds: 29% (unchanged)
* September CPI: 4.1% y/y (August: 3.8%)
* Inflation target: 5% ± 1.5pp
* NBM forecast: average CPI of 4.4% in 2027
* FX reserves: $5.92bn at end-October (roughly €5.4bn)

## Our view

Real policy rates remain positive, at about 0.65pp against September inflation (4.75 minus 4.1).
The NBM is also comfortable with growth: second-quarter GDP was revised to 2.3% y/y from a flash
estimate of 1.9%, and the statement describes domestic demand as "solid".

Risks are tilted towards food prices and credit. Consumer lending grew 14% y/y in September, and
the board clearly spent time on it. Radu Șerban, a strategist at Prut Capital Partners in
Chisinau, told us the split "tells you the board is not in a hurry" — and we agree.

[AD]

We now expect a hold at the 17 December meeting and one more 25bp cut in the first quarter of
2027, taking the base rate to 4.50%. If the December inflation print surprises on the upside,
the two holdouts could quickly become a majority, and we would take the Q1 cut out of our
profile.

The leu was stable at 19.41 per euro. The NBM has intervened little this year, and reserves are
ample at roughly five and a half months of import cover.

## Positioning

We stay neutral on short-dated leu government securities. The market had largely priced the cut
before the meeting: 182-day T-bill yields fell 12bp to 5.31% at Tuesday's auction. We see little
value at the front end until the December print, and we would rather add duration after a hold
than chase the move now.

For hard-currency investors the decision changes little. The bigger swing factor for Moldovan
assets remains the EU accession calendar and the next disbursements from multilateral lenders,
both of which look on track.

This newsletter is intended for professional investors only and does not constitute investment
advice.
""",
    related=[
        "Issue 211: Georgia's long hold",
        "Issue 210: Ukraine's NBU keeps 13.5% and tightens FX rules",
        "Data: frontier policy rates tracker",
    ],
    sidebar_title="Elsewhere this week",
    sidebar=[
        "Ukraine: NBU held at 13.5% (22 Oct)",
        "Georgia: NBG held at 7.5%",
        "Kazakhstan: NBK held at 15.25%",
        "Armenia: CBA cut to 6.5%",
    ],
    most_read=[
        "Why frontier carry still works",
        "Uzbekistan's sum: managed or floating?",
        "Serbia's rate floor explained",
    ],
)

_CB_D = dict(
    site="Radio Prut International",
    domain="radioprut.example",
    path="/news/economy/national-bank-lowers-key-rate",
    kind="broadcaster",
    section="Economy",
    nav=["News", "Moldova", "Region", "Economy", "Podcasts", "Listen live"],
    headline="National Bank lowers key rate to 4.75%",
    standfirst=(
        "The quarter-point cut is meant to support lending while inflation stays within the "
        "central bank's target range."
    ),
    byline="Vitalie Rusnac",
    extra_meta="Listen to this report (2:48)",
    body="""
Chișinău — The National Bank of Moldova has lowered its base rate by 0.25 percentage points to
4.75%, the central bank announced on Thursday afternoon.

The bank's Executive Board took the decision by four votes to one. According to the bank's
statement, the member who voted against wanted to keep the rate at 5% for now.

Governor Dorina Vlăsceanu presented the decision together with the bank's new quarterly
inflation report. Annual inflation was 4.1% in September, slightly higher than the 3.8% recorded
in August, but still inside the target range of 3.5% to 6.5%.

"The disinflation path is intact, but the corridor is narrower than we would like," First Deputy
Governor Petru Colesnic told journalists during Thursday's press conference, explaining why the
cut was limited to a quarter of a point.

The central bank expects inflation to average 4.4% next year.

[AD]

The base rate is the benchmark for the cost of money in lei. Along with it, the National Bank
lowered the interest rate on overnight loans to 7.75% and the rate on overnight deposits to
1.75%.

What does this mean for ordinary people? Not much, at least not immediately, says economist
Elena Pînzaru of the Chișinău think tank Expert-Prut. "Banks move their rates slowly, and they
look at the whole path, not at one decision. If you are about to take out a mortgage, you may
save a few hundred lei a year," she told Radio Prut.

In Ungheni, bakery owner Ana Ciobanu said she is waiting to see whether her bank lowers the rate
on the credit line she uses to buy flour. "Last winter we paid more for everything. This year is
calmer, but I still count every leu," she said.

The decision was largely expected. In surveys of analysts before the meeting, a majority had
forecast a quarter-point cut, although a sizeable group expected the bank to wait.

The National Bank has been lowering rates gradually since 2023, after raising them sharply
during the energy crisis of 2022, when prices for gas and electricity multiplied within months
and inflation climbed above 30%.

Moldova's foreign currency reserves stood at $5.92 billion at the end of October, the National
Bank said. The leu remained stable at around 19.4 to the euro after the announcement.

The next monetary policy meeting is scheduled for the middle of next month.

In neighbouring Ukraine, the National Bank of Ukraine kept its key policy rate at 13.5% at its
most recent meeting.
""",
    related=[
        "Podcast: why the leu is so stable",
        "Farmers count the cost of a dry autumn",
        "Pensions to be indexed in the spring",
    ],
    sidebar_title="Radio Prut schedule",
    sidebar=[
        "Morning news — every hour from 06:00",
        "Economy Hour — weekdays at 13:10",
        "Evening bulletin — 19:00",
        "Weekend review — Saturday at 10:00",
    ],
    most_read=[
        "Snow expected in the north",
        "New bus line to Iași launched",
        "Football: Sheriff draw away",
    ],
)


# ---------------------------------------------------------------------------
# el-AF2 — election
# ---------------------------------------------------------------------------

_EL_A = dict(
    site="Prut Today",
    domain="pruttoday.example",
    path="/live/cahul-mayoral-runoff-results",
    kind="live",
    section="Politics",
    nav=["Live", "Politics", "Moldova", "World", "Business", "Video"],
    headline="Cahul mayoral runoff: live results as Moraru edges ahead",
    standfirst=(
        "Follow the count from the second round in Cahul as it happens. All times are "
        "Chișinău time (EEST)."
    ),
    byline="Live desk: Doina Lungu and Petru Sîrbu",
    meta_date=True,
    published="2026-06-14T20:30:00+03:00",
    modified="2026-06-15T09:05:00+03:00",
    visible_date="Live — last updated 15 June 2026, 09:05",
    year=2026,
    body="""
@ 15 June, 09:05 | Bejenaru concedes :: In a short video posted on his Facebook page, Ion
Bejenaru said he had phoned Silviu Moraru at 08:15 to congratulate him. "The town has chosen,
and I respect that," he said. His team will still ask the district electoral council to recheck
"two or three" protocols from polling stations in the northern districts, but Bejenaru said he
did not expect the outcome to change.

@ 15 June, 03:10 | All protocols processed: Moraru wins :: The Central Electoral Commission
(CEC) now shows 100% of protocols processed. Preliminary result: Silviu Moraru (Civic Renewal
Bloc) 51.9%, 9,742 votes; Ion Bejenaru (independent) 48.1%, 9,028 votes. That is a margin of 714
votes. Final turnout: 38.6%, with 18,995 of 49,210 registered voters casting a ballot; 225
ballots were declared invalid. The result becomes final once the district electoral council has
checked the protocols and the Cahul court has validated the mandate.

@ 15 June, 00:45 | 88% counted :: Moraru 51.5%, Bejenaru 48.5%. Moraru's lead is about 500
votes, with the remaining protocols mostly from the suburban villages of Roșu and Cotihana,
which belong to the municipality.

@ 14 June, 23:50 | 71% counted :: Moraru 51.2%, Bejenaru 48.8%. The gap is widening slowly as
protocols from the town centre come in.

@ 14 June, 23:15 | Moraru: "the trend is our friend" :: Speaking to supporters outside his
campaign office in the town centre, Moraru urged them to be patient. "Let's wait for the last
protocol, but the trend is our friend," he said. Bejenaru's headquarters has not commented so
far.

@ 14 June, 22:30 | First big batch :: With 42% of protocols processed, the CEC shows Moraru on
50.6% and Bejenaru on 49.4%. Too close to call.

@ 14 June, 22:05 | Observers report minor incidents :: The civic monitoring group Vot Curat says
its 60 observers recorded 37 minor incidents during the day, mostly voters trying to photograph
their ballots and campaign leaflets left near two polling stations. "Nothing we have seen would
affect the result," coordinator Dumitru Brânză said.

@ 14 June, 21:40 | How we got here :: In the first round on 24 May, Moraru led a field of seven
candidates with 36.4% to Bejenaru's 29.7%. Turnout then was 41.2%. The early election was called
after the previous mayor resigned in March to take a job in the government.

@ 14 June, 21:02 | Polls closed :: Voting ended at 21:00 (18:00 GMT). The CEC's last turnout
reading before the close was 38.4%; the final figure will only be known once all protocols are
in.

@ 14 June, 20:30 | Good evening :: Welcome to our live coverage of the second round of the
mayoral election in Cahul, the main town of southern Moldova. Polling stations opened at 07:00
and close at 21:00. Two candidates remain: Silviu Moraru, 44, of the Civic Renewal Bloc, a
former deputy chairman of the district council, and Ion Bejenaru, 58, an independent and former
director of the municipal water company.
""",
    related=[
        "Explainer: how Moldova counts local election protocols",
        "Cahul's heating network: the issue that shaped the race",
        "Soroca and Ungheni also vote in runoffs",
    ],
    sidebar_title="Other runoffs today (100% counted)",
    sidebar=[
        "Soroca: Lilia Gheorghiță (independent), 56.2%",
        "Ungheni: Marin Cebotari (Civic Renewal Bloc), 53.0%",
        "Edineț: Pavel Roșca (Party of Regional Development), 50.8%",
    ],
    most_read=[
        "Heatwave warning for the south",
        "Customs queues at Leușeni ease",
        "Parliament debates budget amendments",
    ],
)

_EL_B = dict(
    site="Southern Courier",
    domain="southerncourier.example",
    path="/politics/moraru-wins-cahul-by-a-whisker",
    kind="newspaper",
    section="Politics",
    nav=["Home", "Politics", "South", "Business", "Society", "Opinion", "Sport"],
    headline="Moraru wins Cahul by a whisker after night-long count",
    standfirst=(
        "The Civic Renewal Bloc candidate edged out an independent rival in a runoff marked by "
        "low turnout and promises about pipes."
    ),
    byline="Corina Vieru in Cahul",
    jsonld=True,
    published="2026-06-15T12:10:00+03:00",
    year=2026,
    body="""
CAHUL — Silviu-Andrei Moraru of the Civic Renewal Bloc will be Cahul's next mayor after winning
yesterday's runoff with 51.9 per cent of the vote, according to preliminary results published by
the Central Electoral Commission in the early hours of this morning.

Moraru, 44, a former deputy chairman of the Cahul district council, beat Ion V. Bejenaru, 58, an
independent who used to run the municipal water company, by 741 votes out of almost 18,800 valid
ballots. Bejenaru took 48.1 per cent.

Turnout was 38.6 per cent, lower than the 41.2 per cent recorded in the first round on 31 May,
when Moraru topped a field of seven candidates with 36.4 per cent and Bejenaru came second with
29.7 per cent.

The count ran through the night, and for much of it neither camp was willing to declare victory.

"Cahul did not vote against anyone last night; it voted for a town that works," Moraru told
supporters after the final protocols were processed shortly after 3am.

Bejenaru conceded this morning in a video message, saying he had called his rival to
congratulate him. "The town has chosen, and I respect that," he said. He added that his team
would ask the district electoral council to recheck a small number of protocols, but that he did
not expect the result to change.

[AD]

## What Moraru promised

Moraru campaigned on replacing the town's ageing district heating pipes, which burst repeatedly
last winter, and on publishing every municipal contract online within 48 hours of signature. He
has also promised to reopen talks with the government on a bypass that would take heavy lorries
heading to the port of Giurgiulești out of the town centre.

"People here are tired of promises with no dates on them," said Maria Ceban, 67, a retired
teacher who voted for Moraru at a polling station in a school near the central park. "He gave
dates. We will check them."

Not everyone was persuaded. Andrian Curtean, 29, who works at a wiring-harness factory on the
edge of town, said he had voted for Bejenaru because "he at least knows where the pipes are".

## Next steps

The district electoral council will now tally the protocols before the Cahul court validates the
mandate, a process that usually takes around ten days. Moraru said he hoped to take office in
early July.

Observers from the civic monitoring group Vot Curat said they had recorded 37 minor incidents on
polling day, none of which would have affected the outcome.

The early election was called after the previous mayor resigned in March to join the government.
Cahul, close to the borders with Romania and Ukraine, is the largest town in southern Moldova,
and both national parties had treated the race as a test of their support in the south ahead of
next year's nationwide local elections.
""",
    related=[
        "Editorial: Cahul's low turnout should worry everyone",
        "The port road that every candidate promised",
        "Profile: Silviu-Andrei Moraru, the planner who became mayor",
    ],
    sidebar_title="Runoffs elsewhere on Sunday",
    sidebar=[
        "Soroca: Lilia Gheorghiță (independent), 56.2%",
        "Ungheni: Marin Cebotari (Civic Renewal Bloc), 53.0%",
        "Edineț: Pavel Roșca (Party of Regional Development), 50.8%",
    ],
    most_read=[
        "Cahul hospital gets new scanner",
        "Vineyards brace for hail",
        "Ferry link to Reni to restart in July",
    ],
)

_EL_C = dict(
    site="Valea Radio",
    domain="valearadio.example",
    path="/stiri/silviu-moraru-elected-mayor-of-cahul",
    kind="broadcaster",
    section="News",
    nav=["News", "Local", "Moldova", "Music", "Programmes", "Listen live"],
    headline="Silviu Moraru elected mayor of Cahul",
    standfirst=(
        "The runoff was decided by a few hundred votes; the loser has accepted the result but "
        "wants some protocols rechecked."
    ),
    byline="Valea Radio newsroom",
    extra_meta="Listen: evening news bulletin (4:05)",
    body="""
Cahul — Silviu Moraru has been elected mayor of Cahul. The candidate of the Civic Union Bloc won
Sunday's second round with 51.9% of the votes, according to the preliminary results of the
Central Electoral Commission, which finished processing the protocols overnight.

Moraru received 9,742 votes. His opponent, independent candidate Ion Bejenaru, received 9,028
votes, or 48.1%. The difference between the two was 714 votes.

Turnout was 38.6%, meaning that fewer than four in ten of the town's roughly 49,000 registered
voters went to the polls. In the first round, two weeks earlier, turnout had been 41.2%.

Polling stations closed at nine in the evening, and the count went on until after three in the
morning. CEC spokesperson Natalia Rotaru said the process had been calm. "The vote was quiet,
and the count was slow only because the margin was tight," she told Valea Radio.

[AD]

In a message to his supporters, Moraru thanked voters and promised to get to work quickly.
"Cahul did not vote against anyone; it voted for a town that works," he said.

Ion Bejenaru accepted the result on Monday morning. He said he had called Moraru to congratulate
him, but that his team would still ask for a handful of protocols to be checked again.

## Heating and transparency

During the campaign, Moraru, a former deputy chairman of the district council, promised to
replace the heating network in the town's central districts and to publish all municipal
contracts online. He also said he would press the government to build a bypass for lorries
travelling to the port of Giurgiulești.

Bejenaru, who ran the town's water company for nine years, focused his campaign on water and
sewage works and on keeping local taxes unchanged.

Election observers from the monitoring group Vot Curat reported 37 minor incidents on polling
day, such as voters photographing their ballots, and said none of them could have changed the
outcome.

## What residents say

At the central market on Monday, opinions were divided. "I hope he keeps at least half of what
he said," said a vegetable seller who asked not to be named. Pensioner Gheorghe Lungu said he
had voted for Bejenaru but was not disappointed. "It was a fair fight. Now let him work," he
said.

## What happens next

The result still has to be confirmed. The district electoral council will check the protocols,
and then the court in Cahul must validate the new mayor's mandate. Only after that can Moraru
take the oath of office.

The election was held after the former mayor stepped down in the spring to take a post in the
government.
""",
    related=[
        "Cahul water tariffs to stay frozen",
        "Interview: what young voters want from the new mayor",
        "Music festival returns to the Prut meadows",
    ],
    sidebar_title="Valea Radio on air",
    sidebar=[
        "Morning show — 07:00 to 10:00",
        "Local news — every hour on the hour",
        "Evening bulletin — 18:00",
    ],
    most_read=[
        "Road works on the Cahul–Giurgiulești road",
        "Lake Beleu reserve reopens to visitors",
        "Local choir wins national prize",
    ],
)


# ---------------------------------------------------------------------------
# ct-AF3 — court (control)
# ---------------------------------------------------------------------------

_CT_A = dict(
    site="Black Sea Newswire",
    domain="bsnewswire.example",
    path="/ukraine/2026/09/17/anti-graft-court-jails-ex-odesa-roads-chief",
    kind="wire",
    section="Ukraine",
    nav=["Ukraine", "Moldova", "Romania", "Black Sea", "Business", "Wires"],
    headline="Ukraine anti-graft court jails ex-Odesa roads chief for seven years",
    standfirst=(
        "Former regional roads director found guilty of embezzling 84.6 million hryvnias "
        "through inflated repair contracts."
    ),
    byline="Nadiia Boiko",
    jsonld=True,
    published="2026-09-17T11:58:00Z",
    year=2026,
    body="""
KYIV, Sept 17 (BSN) — Ukraine's High Anti-Corruption Court on Thursday sentenced Oleh Hrynchuk,
the former head of the Odesa Regional Roads Directorate, to seven years in prison for embezzling
84.6 million hryvnias ($2.04 million) through inflated road repair contracts.

The three-judge panel, presided over by Judge Iryna Stepova, also barred Hrynchuk, 52, from
holding posts in state bodies for three years and ordered the confiscation of his property. The
reading of the verdict, which began shortly before noon, ended at 14:20 Kyiv time (11:20 GMT).

Prosecutors from the Specialized Anti-Corruption Prosecutor's Office (SAPO) had asked for a
nine-year sentence.

Investigators said that in 2022 and 2023 the directorate paid a group of contractors for
resurfacing 63 km of regional roads, of which only about 38 km had actually been resurfaced, and
accepted invoices for materials that were never delivered.

The 2024 indictment put the state's losses at 96.3 million hryvnias. The court reduced that
figure to 84.6 million after an independent forensic audit it had ordered during the trial
excluded several contracts on which the documentary evidence was incomplete.

"The roads were paid for twice and built once," prosecutor Taras Vovk told reporters outside the
courtroom.

[AD]

Hrynchuk's co-defendant, Vadym Ostapchuk, director of the contractor PivdenShliakhBud, received
a five-year suspended sentence with three years' probation after admitting his guilt and
testifying against his former client. He was ordered to pay 11.2 million hryvnias in
compensation.

Hrynchuk, who denied the charges throughout the trial, was taken into custody in the courtroom.
In his final statement last week he told the court: "I did not steal a single hryvnia."

His lawyer, Marta Kulyk, said the defence would appeal to the court's Appeals Chamber within the
30 days allowed by law. "This verdict rests on an audit that the court itself had to correct,"
she said.

Hrynchuk was first detained in March 2024 and released in May that year after posting bail of 12
million hryvnias. The roughly two months he spent in pre-trial detention will count toward his
sentence.

The High Anti-Corruption Court, which began work in 2019 to hear cases brought by the National
Anti-Corruption Bureau (NABU) and SAPO, has handed down a growing number of verdicts against
regional officials as Ukraine works to meet the rule-of-law benchmarks attached to its European
Union accession talks.

Road-building budgets have faced particular scrutiny since 2022, when much of the money for
repairs in the southern regions began to flow through regional directorates with limited central
oversight.

The dollar figure is based on the National Bank of Ukraine's official rate of about 41.5
hryvnias per dollar.

(Reporting by Nadiia Boiko; Editing by Simon Ashcroft)
""",
    related=[
        "NABU opens new probe into Black Sea port dredging",
        "EU report praises Ukraine's anti-graft courts, flags delays",
        "Odesa region launches open-data portal for road contracts",
    ],
    sidebar_title="Currencies (NBU official rates)",
    sidebar=[
        "USD/UAH 41.50",
        "EUR/UAH 48.60",
        "PLN/UAH 11.38",
        "MDL/UAH 2.39",
    ],
    most_read=[
        "Danube grain corridor hits monthly record",
        "Romania and Moldova sign power link deal",
        "Kyiv metro extension gets funding",
    ],
)

_CT_B = dict(
    site="Kyiv Chronicle",
    domain="kyivchronicle.example",
    path="/news/courts/former-odesa-roads-chief-jailed",
    kind="newspaper",
    section="Courts",
    nav=["News", "Politics", "Courts", "Business", "Regions", "Opinion", "Culture"],
    headline="Former Odesa roads chief jailed for seven years over repairs that never happened",
    standfirst=(
        "Villagers told the anti-corruption court that 'resurfaced' roads were still full of "
        "potholes. The defence says the state's own audit undermines the case."
    ),
    byline="Mariia Shevchuk",
    visible_date="Friday 18 September 2026",
    year=2026,
    body="""
KYIV — A former head of the Odesa region's road agency was jailed for seven years yesterday in
one of the largest road-building corruption cases to reach a verdict since the start of the
full-scale invasion.

The High Anti-Corruption Court found Oleh Vasylovych Hrynchuk guilty of embezzling UAH 84.6
million, about €1.74 million, by signing off on payments for road repairs that were either
inflated or never carried out. Presiding judge Iryna Stepova took more than two and a half hours
to read the verdict, which ended at 14:20 on Thursday.

Besides the prison term, Hrynchuk, 52, is banned from holding posts in state bodies for three
years, and his property will be confiscated. Prosecutors had sought nine years.

"These roads were paid for twice and built once," said Taras Vovk, the prosecutor from the
Specialized Anti-Corruption Prosecutor's Office who argued the case in court.

## A smaller sum than first alleged

When the case was sent to court in 2024, investigators from the National Anti-Corruption Bureau
put the loss to the state at UAH 96.3 million. During the trial the judges ordered an
independent forensic audit, which excluded several contracts for lack of documentation. The
verdict is based on the lower figure of UAH 84.6 million.

Defence lawyer Marta Kulyk seized on the change. "The court itself had to correct the audit.
That is the foundation of this verdict," she told the Chronicle, adding that her client would
appeal within a month.

[AD]

The contractor in the case, Vadym Ostapchuk, who ran the firm PivdenShliakhBud, was given a
five-year suspended sentence and three years of probation. He admitted his guilt during the
trial and gave evidence against Hrynchuk. He must pay UAH 11.2 million in compensation.

Hrynchuk was led out of the courtroom by guards after the verdict. He was arrested in March 2024
and spent about two months in custody before being released on UAH 12 million bail; that time
will be deducted from his sentence.

## Roads that were not there

Residents of several villages in the Bilhorod-Dnistrovskyi and Izmail districts testified during
the trial that roads listed as repaired in 2022 and 2023 were still full of potholes. One of
them, school bus driver Petro Hrytsai, told the court he had measured a "resurfaced" stretch
himself. "There was new asphalt for four hundred metres, and the papers said three kilometres,"
he said.

Anti-corruption campaigners welcomed the verdict but said it had taken too long. "Two and a half
years from arrest to verdict is better than it used to be, but it is still too slow for a case
with this much paper evidence," said Olena Petrenko of the watchdog group Road Control Ukraine.

The Odesa regional administration said it had already changed the way it signs off on road
works, requiring photographs with GPS coordinates and independent engineering checks before any
payment. "We are paying for what we can see," a spokesman said.

Hrynchuk, who has always denied wrongdoing, did not speak after the verdict. In his final
statement to the court last week, he insisted he had not stolen "a single hryvnia".
""",
    related=[
        "Opinion: Ukraine's road money needs daylight",
        "How the High Anti-Corruption Court picks its cases",
        "Odesa bypass project delayed again",
    ],
    sidebar_title="Recent anti-corruption court verdicts",
    sidebar=[
        "July: former customs post chief in Zakarpattia — 6 years",
        "May: ex-deputy mayor of a Kharkiv region town — 8 years",
        "April: state forestry manager — fine of UAH 850,000",
    ],
    most_read=[
        "Kyiv heating season to start on schedule",
        "New metro trains arrive from Poland",
        "Theatre festival opens in Lviv",
    ],
)

_CT_C = dict(
    site="Anti-Graft Docket",
    domain="antigraftdocket.example",
    path="/cases/odesa-roads-hrynchuk-verdict",
    kind="newsletter",
    section="Cases",
    nav=["Cases", "Verdicts", "Appeals", "Analysis", "Archive", "Subscribe"],
    headline="Odesa roads case: seven years for Hrynchuk, and a lesson about audits",
    standfirst=(
        "The High Anti-Corruption Court trimmed the loss figure but convicted on the core "
        "charge. What practitioners should take from the verdict."
    ),
    byline="Docket editorial team",
    body="""
Kyiv — The High Anti-Corruption Court on Thursday delivered its verdict in the Odesa roads case,
sentencing former regional roads chief Oleh Hrynchuk to seven years' imprisonment, a three-year
ban on holding positions in state bodies and confiscation of property. The announcement
concluded at 14:20 Kyiv time (11:20 UTC).

* Court: High Anti-Corruption Court (presiding judge I. Stepova; judges A. Marchuk and O. Bilyk)
* Defendants: O. V. Hrynchuk, former head of the Odesa Regional Roads Directorate; V. Ostapchuk,
director of PivdenShliakhBud LLC
* Main charge: Part 5 of Article 191 of the Criminal Code (embezzlement on an especially large
scale)
* Loss established by the court: UAH 84.6 million (roughly $2.0 million)

What stands out for practitioners is not the sentence, which sits below the nine years requested
by the Specialized Anti-Corruption Prosecutor's Office, but the way the panel handled the amount
of the loss.

## The audit

The indictment filed in 2024 alleged losses of UAH 96.3 million. During the trial the panel
ordered an independent forensic economic examination, which excluded contracts for which the
prosecution could not produce signed acceptance certificates. The figure that survived, UAH 84.6
million, became the basis of the conviction.

The defence argued that the need for a correction undermined the entire evidential basis. The
panel disagreed, holding that the remaining contracts were supported by site inspections, bank
records and witness testimony, including evidence that the directorate had paid for resurfacing
63 km of roads of which only about 38 km had actually been done.

## The co-defendant

Vadym Ostapchuk received five years, suspended, with three years' probation, and must pay UAH
11.2 million in compensation. His admission of guilt and testimony against Hrynchuk were, in the
panel's words, of "substantial assistance" to the court. Practitioners will note that the
suspended term follows a pattern in recent verdicts where contractors who cooperate avoid prison
while officials do not.

[AD]

## Custody and appeal

Hrynchuk was detained in March 2024 and released on UAH 12 million bail two months later. He was
taken into custody in the courtroom on Thursday, and the time already spent in detention will be
credited. His counsel, Marta Kulyk, confirmed that an appeal will be filed with the Appeals
Chamber within the 30-day deadline.

## Why it matters

The prosecution's case, as summarised by prosecutor Taras Vovk after the hearing, was that the
roads "were paid for twice and built once". The verdict suggests that the court is willing to
cut an inflated loss figure without letting the whole case fall, which should encourage
prosecutors to commission independent audits earlier rather than rely on figures prepared by
investigators.

For defence lawyers, the lesson is the opposite one: a successful challenge to the amount may
reduce exposure, but it will not by itself defeat an embezzlement charge when the physical
evidence on the ground is strong.

We will follow the appeal and report when the Appeals Chamber schedules a hearing.
""",
    related=[
        "Appeals Chamber upholds Kharkiv land case",
        "Guide: forensic economic examinations in anti-graft trials",
        "Tracker: pending verdicts at the High Anti-Corruption Court",
    ],
    sidebar_title="Docket tracker",
    sidebar=[
        "Cases awaiting verdict: 41",
        "Appeals pending: 17",
        "Plea agreements approved this quarter: 9",
    ],
    most_read=[
        "Explainer: Article 191 and its five parts",
        "When does bail become forfeit?",
        "The Appeals Chamber in numbers",
    ],
)


# ---------------------------------------------------------------------------
# tr-AF4 — trade (control)
# ---------------------------------------------------------------------------

_TR_A = dict(
    site="Eastern Markets Wire",
    domain="emwire.example",
    path="/economy/moldova-h1-exports-rise-6-8-trade-gap-widens-slightly",
    kind="wire",
    section="Economy",
    nav=["Markets", "Economy", "Companies", "Commodities", "Emerging Europe", "Data"],
    headline="Moldova's first-half exports rise 6.8%, trade gap widens slightly",
    standfirst=(
        "Exports outpace imports, but from a smaller base; the EU takes two-thirds of "
        "Moldovan sales abroad."
    ),
    byline="Sergiu Bălan",
    meta_date=True,
    published="2026-08-12T10:05:00+03:00",
    visible_date="12 Aug 2026, 10:05 EEST",
    year=2026,
    body="""
CHIȘINĂU, Aug 12 (EMW) — Moldova's exports rose 6.8% year on year in the first half of 2026 to
$2.143 billion, the National Bureau of Statistics (NBS) said on Wednesday, outpacing a 3.1%
increase in imports to $5.318 billion.

The trade deficit widened slightly to $3.175 billion from $3.151 billion in January–June 2025,
as the much larger import base offset faster export growth. Exports covered 40.3% of imports, up
from 38.9% a year earlier.

The European Union took 66.9% of Moldovan exports, up from 65.1% a year ago, with Romania the
largest single destination at 29.4% of the total. Countries of the Commonwealth of Independent
States accounted for 7.2%.

Trade with neighbouring Ukraine has grown as road and rail links across the southern border and
along the Danube have been upgraded. Exports to Ukraine rose 14.2% to $118.6 million, while
imports from Ukraine reached $402.7 million, or 7.6% of Moldova's total imports.

In June alone, exports were $381.2 million. The bureau revised its figure for May exports up to
$372.4 million from a preliminary $368.9 million.

Sunflower seeds, insulated wire and cable sets for European carmakers, and wine remained the
main export items, the bureau said. Imports were led by mineral fuels, machinery and equipment,
and vehicles. Imports of machinery and equipment alone rose 9.4%.

[AD]

Deputy Prime Minister and Minister of Economic Development and Digitalisation Cristian Lupașcu
said the structure of imports mattered more than the size of the gap. "The point is not the size
of the gap but what fills it," he said in a statement. "More of it is machinery and equipment
for our factories, and less of it is consumer goods."

Economists said the figures were broadly in line with expectations. "Exports are growing faster
than imports, which is what you want, but from a much smaller base, so the deficit in dollars
barely moves," said Mihail Guzun, an economist at the Expert-Prut think tank in Chișinău.

Guzun said the outlook for the second half depended largely on the harvest. "If sunflower and
grain volumes hold up, exports could finish the year with growth in the high single digits. A
poor harvest would pull that down quickly," he said.

Moldova, which became a candidate for EU membership in 2022, has steadily shifted its trade
toward the bloc. The share of exports going to the CIS has fallen sharply over the past decade
as Moldovan producers adapted to EU standards under the free trade agreement that took effect in
2014.

The leu averaged 17.86 per dollar in the first half, the central bank said.

The NBS will publish data for July in September.

(Reporting by Sergiu Bălan; Editing by Clara Neumann)
""",
    related=[
        "Moldova's Q2 GDP growth revised up",
        "Romania's trade deficit narrows in June",
        "Ukraine's grain exports via Danube hit monthly high",
    ],
    sidebar_title="Emerging Europe FX",
    sidebar=[
        "USD/MDL 17.83",
        "USD/UAH 41.42",
        "EUR/RON 5.05",
        "EUR/PLN 4.27",
    ],
    most_read=[
        "Brent edges higher on supply worries",
        "Polish retail sales beat forecasts",
        "Serbia issues euro bond",
    ],
)

_TR_B = dict(
    site="Moldova Trade Monitor",
    domain="trademonitor.example",
    path="/weekly/h1-trade-exports-harnesses-deficit",
    kind="newsletter",
    section="Weekly",
    nav=["Weekly", "Data", "Sectors", "Customs", "Events", "Subscribe"],
    headline="H1 trade: exports up 6.8%, harnesses lead, deficit steady near $3.2bn",
    standfirst=(
        "Our weekly digest for exporters and importers. This week: the first-half numbers "
        "in dollars and in lei, and what drove them."
    ),
    byline="Lilia Munteanu, editor",
    jsonld=True,
    published="2026-08-14T08:00:00+03:00",
    year=2026,
    body="""
CHIȘINĂU — The National Bureau of Statistics published its first-half foreign trade data on
Wednesday. The headline numbers are below, with our own conversions at the National Bank's
average first-half rate of 17.86 lei per US dollar.

* Exports: $2.143bn (about 38.3bn lei), up 6.8% year on year
* Imports: $5.318bn (about 95.0bn lei), up 3.1%
* Trade balance: minus $3.175bn (about minus 56.7bn lei), against minus $3.151bn in H1 2025
* Export coverage of imports: 40.3% (H1 2025: 38.9%)
* EU share of exports: 66.9% (H1 2025: 65.1%)

## What drove exports

The star performer was again the automotive supply chain. Wiring harnesses and insulated cable
sets, most of them assembled in the free economic zones in Bălți and Ungheni for carmakers in
Germany, Romania and Czechia, brought in $412.5 million, up 19.8% on the year.

Sunflower seeds earned $236.0 million, down 4.5% as prices eased even though volumes rose. Wine
exports were worth $96.4 million, up 3.0%, helped by bigger shipments to Poland and the Baltic
states.

By destination, Romania remained the largest single market with 29.4% of exports. Sales to
Ukraine rose 14.2% to $118.6 million, while imports from Ukraine were $402.7 million, 7.6% of
the total import bill.

## Monthly detail

June exports came in at $381.2 million. The bureau also revised May upwards, to $372.4 million
from a preliminary $368.9 million, a difference of $3.5 million that mostly reflects late
customs declarations for wine.

[AD]

## The government's framing

Deputy Prime Minister Cristian Lupașcu, who also heads the economic development ministry, argued
on Wednesday that what matters is "not the size of the gap but what fills it", pointing to
rising imports of machinery for factories.

Mihail Guzun of the Expert-Prut think tank was more cautious. "Harness exports are up by about a
fifth, and that is where the growth is," he told us. "Take them out and the picture is much
flatter. The deficit in dollars has barely moved."

## Our take

We expect full-year exports of around $4.3 billion, assuming an average harvest. The risk is to
the downside: a dry August in the south has already hurt maize, and sunflower yields in Cahul
and Taraclia are likely to be below last year's.

For importers, the stable leu has been a quiet blessing. The currency has moved in a narrow
range against the dollar all year, which has made pricing contracts far easier than in 2022 and
2023.

Next week: new EU rules on cable harness traceability, and what they mean for suppliers in the
free zones.
""",
    related=[
        "Guide: exporting wine to the Baltic states",
        "Free economic zones: who is investing in 2026",
        "Customs: new electronic queue at Leușeni",
    ],
    sidebar_title="Neighbours' numbers",
    sidebar=[
        "Ukraine, H1 goods exports: $19.6bn (State Customs Service)",
        "Romania, H1 trade deficit: €16.2bn",
        "Georgia, H1 exports: $3.1bn",
    ],
    most_read=[
        "How to claim VAT refunds faster",
        "Rail freight to Constanța: new tariffs",
        "Q&A: rules of origin for cable sets",
    ],
)

_TR_C = dict(
    site="Business Nistru",
    domain="businessnistru.example",
    path="/economie/exports-grow-faster-than-imports-gap-stays",
    kind="newspaper",
    section="Economy",
    nav=["Home", "Economy", "Companies", "Agriculture", "Finance", "Jobs", "Opinion"],
    headline="Exports grow faster than imports, but the trade gap stays near $3.2 billion",
    standfirst=(
        "Wiring harnesses and the EU market drive the first half. Wine producers say the "
        "numbers hide a harder year."
    ),
    byline="Radu Grosu",
    body="""
CHIȘINĂU — Moldova sold just over $2.1 billion of goods abroad in the first half of the year,
almost 7% more than a year earlier, according to data released by the National Bureau of
Statistics. Imports rose 3.1% to about $5.3 billion, leaving a trade deficit of nearly $3.2
billion, little changed from the same period of 2025.

Two-thirds of Moldovan exports went to the European Union, and Romania alone took almost 30%.
Exports to Ukraine increased by 14.2% to almost $119 million.

Economy Minister Cristian Lupașcu said that the size of the deficit was less important than its
composition. "The point is not the size of the gap but what fills it," he said, adding that
imports of machinery and equipment for factories were rising faster than imports of consumer
goods.

## Cables in, cables out

Much of the export growth comes from factories that assemble wiring harnesses for European car
manufacturers. They import copper wire, connectors and plastic parts, add labour, and ship
finished cable sets back to the EU. That trade inflates both sides of the ledger.

"Exports are growing faster than imports, which is good, but they start from a much smaller
base, so in dollars the deficit barely moves," said Mihail Guzun, an economist at the
Expert-Prut think tank.

[AD]

## A harder year for wine

Wine makers say the overall figures hide a difficult season. Exports of wine rose only slightly
in the first half, and producers complain that higher costs for bottles, energy and transport
have eaten into their margins.

"We are selling more to Poland and the Baltics, and that is good news, but we earn less on every
bottle than two years ago," said Aurelia Cazacu, export director at the Podgoria Lungă winery
near Hîncești. "A stronger leu would hurt us, a weaker one would hurt our suppliers. We are
caught in the middle."

Farmers in the south are worried about the harvest. A dry August has already damaged maize in
the Cahul and Taraclia districts, and sunflower yields are expected to be lower than last year,
which could weigh on exports in the autumn.

## Imports of energy

Mineral fuels remain one of the largest items on the import bill, along with machinery and
vehicles. Energy prices were more stable in the first half than in previous years, which helped
keep the growth of imports modest.

## What comes next

The statistics bureau will publish July data next month. Economists expect the second half to be
decided mainly by the harvest and by demand from European car makers, which has been steady so
far this year.

For now, the government is presenting the first-half figures as proof that the economy's shift
towards the EU market is working. Critics point out that the deficit is still worth roughly one
and a half times the value of exports.

""",
    related=[
        "Harness factory in Bălți hires 400 more workers",
        "Farmers seek drought aid for southern districts",
        "Leu stable as central bank keeps interventions small",
    ],
    sidebar_title="Business Nistru indices",
    sidebar=[
        "Wine producers' confidence: 48 (from 51)",
        "Manufacturing order books: 54",
        "Retail sentiment: 57",
    ],
    most_read=[
        "New business park opens near the airport",
        "How to apply for the SME grant scheme",
        "Interview: the founder of a Chișinău software firm",
    ],
)


# ---------------------------------------------------------------------------
# rk-AF5 — rocket (control)
# ---------------------------------------------------------------------------

_RK_A = dict(
    site="Techno Kyiv",
    domain="technokyiv.example",
    path="/live/obrii-aerospace-strila-1-launch",
    kind="live",
    section="Space",
    nav=["Tech", "Space", "Defence tech", "Startups", "Gadgets", "Live"],
    headline="Live: Obrii Aerospace launches Strila-1 from Norway",
    standfirst=(
        "A Ukrainian start-up attempts its first flight to space. All times are Kyiv time; "
        "the launch site in Norway is one hour behind."
    ),
    byline="Oksana Dovzhenko",
    meta_date=True,
    published="2026-10-08T10:30:00+03:00",
    modified="2026-10-08T16:05:00+03:00",
    year=2026,
    body="""
@ 16:05 | Capsule recovered :: The recovery boat lifted the payload capsule out of the Norwegian
Sea at 15:12 (14:12 in Norway). "All three experiments are on board and dry," chief engineer
Bohdan Lysak told us by phone from Andøya. The capsule will be flown to the company's workshop
for analysis.

@ 13:20 | Preliminary apogee: about 109 km :: Obrii Aerospace says real-time telemetry shows a
peak altitude of about 109 km, above the 100 km Kármán line that is conventionally taken as the
edge of space. The company stresses that the number is preliminary: a full reconstruction of the
trajectory, combining on-board GPS and radar data from the range, is expected within 24 hours.

@ 13:05 | "Ukrainian hands" :: Chief executive Yaryna Tkachenko, speaking to staff in the range
control room: "Ukrainian hands built every critical part of this rocket. Today it went to
space." The room erupted in applause.

@ 12:57 | Splashdown :: The payload capsule splashed down under its parachute at 12:56, 14
minutes and 20 seconds after liftoff, about 87 km downrange. The spent booster, which has no
recovery system, fell into the sea inside the cleared hazard area.

@ 12:47 | Over the top :: Telemetry shows Strila-1 coasting past its highest point. The range
commentary suggests a peak of roughly 109 km; the official figure will come later.

@ 12:44 | Engine cutoff :: The Vyr-4 hybrid engine shut down after a 62-second burn, as planned.
Nose cone separation confirmed.

@ 12:42 | LIFTOFF :: Strila-1 has lifted off from Andøya Spaceport at 12:42 Kyiv time, which is
11:42 local time in Norway and 09:42 UTC.

@ 12:38 | Count resumes :: The problem was a ground station that had dropped out of the
telemetry network. It is back, and the count has resumed. New liftoff time: 12:42.

@ 12:15 | Hold :: The countdown is holding at T-minus 2 minutes. The planned liftoff time was
12:17. We are waiting for more information.

@ 11:30 | Weather is go :: Upper-level winds are within limits today, unlike on Tuesday, when
they forced a two-day postponement. The range has cleared the sea area to the north-west.

@ 10:30 | Good morning :: Ukrainian start-up Obrii Aerospace hopes to send its Strila-1 rocket
above 100 km today from Andøya Spaceport in northern Norway. The 9.4-metre, 2.3-tonne rocket
carries three experiments: a radiation dosimeter from V. N. Karazin Kharkiv National University,
a small fluid-physics experiment from the Technical University of Moldova and a commercial
sensor package from the Polish firm Orbitalis. The company's previous rocket, Strila-0, reached
31 km in a 2025 test from a range in Poland. Norway is one hour behind Kyiv, so the planned
liftoff at 11:17 local time is 12:17 here.
""",
    related=[
        "Who is behind Obrii Aerospace?",
        "Andøya: Europe's busiest small launch site",
        "Kharkiv scientists build a dosimeter the size of a matchbox",
    ],
    sidebar_title="Strila-1 in numbers",
    sidebar=[
        "Height: 9.4 m",
        "Mass at liftoff: 2.3 t",
        "Engine: Vyr-4 hybrid",
        "Experiments on board: 3",
    ],
    most_read=[
        "Ukrainian drone makers raise new funding",
        "Review: the new Kyiv-built e-bike",
        "Startups bet on satellite internet for farms",
    ],
)

_RK_B = dict(
    site="Radio Dnipro World",
    domain="radiodniproworld.example",
    path="/en/science/obrii-aerospace-strila-1-reached-111-6-km",
    kind="broadcaster",
    section="Science",
    nav=["Ukraine", "World", "Science", "Culture", "Podcasts", "Listen"],
    headline="Obrii Aerospace: Strila-1 reached 111.6 km, post-flight analysis shows",
    standfirst=(
        "The Dnipro-born start-up says its rocket flew slightly higher than first thought. "
        "Next up: a bigger vehicle."
    ),
    byline="Andrii Melnychenko",
    jsonld=True,
    published="2026-10-09T16:30:00+03:00",
    extra_meta="Listen to the interview (6:12)",
    year=2026,
    body="""
DNIPRO — The Ukrainian start-up Obrii Aerospace said today that its Strila-1 rocket reached a
peak altitude of 111.6 kilometres (69.3 miles) during yesterday's flight from Norway, slightly
higher than the preliminary figure of about 109 km it gave shortly after the launch.

The revised number comes from a full reconstruction of the trajectory using GPS data recorded on
board and radar tracking from Andøya Spaceport, the company said. Either way, the rocket
comfortably passed the 100 km Kármán line, the boundary most often used to define the edge of
space.

Strila-1 lifted off at 11:42 local time in Norway, or 12:42 in Kyiv, after a 25-minute hold
caused by a ground telemetry station dropping out of the network. The launch had originally been
planned for Tuesday but was postponed because of strong high-altitude winds.

"Every critical part of this rocket was made by Ukrainian hands," co-founder and chief executive
Yaryna Mykolaivna Tkachenko told Radio Dnipro World. "Yesterday it flew to space, and today we
have the numbers to prove it."

[AD]

The flight lasted 14 minutes and 20 seconds from liftoff until the payload capsule splashed down
in the Norwegian Sea, about 87 km from the launch pad. The rocket's hybrid engine burned for 62
seconds. A boat recovered the capsule in the afternoon.

The company, founded in Dnipro in 2021, moved part of its engineering team to Kraków in Poland
after Russia's full-scale invasion in 2022, but it still builds the engine and the avionics in
Ukraine, Tkachenko said. It raised €4.8 million (about $5.6 million) in a seed round last year.

Three experiments flew on board: a radiation dosimeter built at Kharkiv's Karazin university, a
fluid-physics experiment from the Technical University of Moldova and a commercial sensor
package from the Polish company Orbitalis.

"For us it is the first time that an experiment built in Moldova has flown above 100
kilometres," said Lilia Cojocari, the physicist who led the Moldovan team. "Now the hard part
begins: we have a few minutes of data, and we will spend a year understanding it."

Strila-1 is a modest rocket by global standards: 9.4 metres tall and weighing 2.3 tonnes at
liftoff. But for Obrii it is a big step up from Strila-0, which reached 31 km in a test in 2025.

The company now plans a larger rocket, Strila-2, which it hopes to fly in late 2027 to an
altitude of about 250 km with up to 100 kg of experiments on board. Tkachenko said talks with
potential customers, including European universities and two space agencies, were under way, but
declined to give details.

Ukraine's space industry, once built around large state design bureaus in Dnipro, has been hit
hard by the war. Start-ups such as Obrii are trying to keep engineering skills in the country by
working with foreign launch sites.
""",
    related=[
        "Interview: the engineers who stayed in Dnipro",
        "Moldova's first experiment above 100 km",
        "Podcast: can Ukraine rebuild its rocket industry?",
    ],
    sidebar_title="Science headlines",
    sidebar=[
        "Kyiv observatory restores its 1930s telescope",
        "Ukrainian team wins European robotics cup",
        "New radiation map of the Chornobyl zone published",
    ],
    most_read=[
        "Dnipro's new bridge opens to traffic",
        "Ukrainian film wins at Busan",
        "Autumn frosts arrive early in the east",
    ],
)

_RK_C = dict(
    site="Suborbital Notes",
    domain="suborbitalnotes.example",
    path="/flights/strila-1-post-flight",
    kind="newsletter",
    section="Flights",
    nav=["Flights", "Vehicles", "Launch sites", "Industry", "Archive", "Subscribe"],
    headline="Strila-1 post-flight: 111.6 km, a clean hybrid burn and a 25-minute hold",
    standfirst=(
        "Obrii Aerospace's first space shot went almost exactly to plan. Notes on the "
        "profile, the numbers and what comes next."
    ),
    byline="J. Halvorsen",
    body="""
ANDØYA — Obrii Aerospace's Strila-1 flew on Thursday from Andøya Spaceport, two days after
high-altitude winds scrubbed the first attempt. Liftoff came at 09:42 UTC after a hold of 25
minutes at T-minus 2 minutes, when a downrange telemetry station dropped off the network; the
original T-0 was 09:17 UTC.

## Flight profile

* Liftoff: 09:42 UTC (11:42 CEST, 12:42 Kyiv time)
* Engine burn: 62 s (Vyr-4 hybrid, paraffin-based fuel with nitrous oxide)
* Peak velocity: roughly 1.3 km/s
* Apogee: 111.6 km, from the company's post-flight reconstruction (real-time telemetry suggested
about 109 km)
* Payload capsule splashdown: T+14 min 20 s, about 87 km (54 miles) downrange
* Vehicle: 9.4 m long, 2.3 t at liftoff

## What went right

The burn was the headline. Hybrid motors have a reputation for rough combustion and thrust that
drifts over the burn, and Obrii's previous vehicle, Strila-0, topped out at 31 km in its 2025
test after cutting off early. This time the Vyr-4 ran for the full 62 seconds. Chief engineer
Bohdan Lysak told Suborbital Notes that the burn time was "within a second of prediction" and
that chamber pressure stayed inside the expected band throughout.

The recovery chain also worked. The capsule's drogue and main parachutes deployed on schedule,
and a boat picked it up in the early afternoon, local time.

[AD]

## The altitude question

Obrii first put the apogee at about 109 km, based on the real-time telemetry stream, and
published the refined value of 111.6 km after combining on-board GPS with range radar. Either
way, Strila-1 cleared both the 100 km Kármán line and the 80 km (50-mile) boundary used by the
US Air Force to award astronaut wings, for anyone keeping score.

## Payloads

Three experiments flew: a radiation dosimeter from V. N. Karazin Kharkiv National University, a
fluid-physics cell from the Technical University of Moldova and a sensor package for the Polish
company Orbitalis. None needed much from the vehicle beyond a few minutes of weightlessness and
a dry ride home, which is what they got.

## What next

CEO Yaryna Tkachenko says Strila-2, a larger vehicle, should fly in late 2027. We will believe
the date when we see a static fire, but the step from Strila-0 to Strila-1 was made in about a
year, which is quick for a team split between Dnipro and Kraków.

For the European small-launch ecosystem, the flight is another sign that Andøya is becoming a
shared test range for newcomers. Operators need predictable access to airspace and sea areas,
and the range has shown it can turn around campaigns quickly when the weather cooperates.
""",
    related=[
        "Hybrid motors explained: why paraffin?",
        "Launch site guide: Andøya",
        "Flight log: European suborbital launches this year",
    ],
    sidebar_title="Upcoming suborbital flights",
    sidebar=[
        "Esrange: university sounding rocket campaign (window opens next month)",
        "Azores: first flight of a Portuguese hybrid rocket (date TBC)",
        "Andøya: second Norwegian student rocket (spring)",
    ],
    most_read=[
        "Why the Kármán line is a convention, not physics",
        "Recovering capsules at sea: lessons learned",
        "Sounding rockets for climate research",
    ],
)


# ---------------------------------------------------------------------------
# eq-AF6 — earthquake
# ---------------------------------------------------------------------------

_EQ_A = dict(
    site="Canal Codru",
    domain="canalcodru.example",
    path="/live/cutremur-vrancea-earthquake-moldova",
    kind="live",
    section="News",
    nav=["News", "Live", "Moldova", "World", "Weather", "TV guide"],
    headline="Live: Vrancea earthquake shakes Moldova overnight",
    standfirst=(
        "A deep earthquake in Romania's Vrancea zone was felt across Moldova. Updates from "
        "our newsroom; all times are Chișinău time (EET)."
    ),
    byline="Canal Codru newsroom",
    meta_date=True,
    published="2026-02-11T02:47:00+02:00",
    modified="2026-02-11T11:40:00+02:00",
    year=2026,
    body="""
@ 11:40 | Three people lightly injured, 14 buildings with cracks :: The General Inspectorate for
Emergency Situations (IGSU) says three people sought medical help after the earthquake, all with
minor injuries: two in Chișinău and one in Cantemir. Rescuers inspected 14 buildings where
residents reported cracks, including a school in Cantemir, which will stay closed on Thursday
for checks. No building collapsed. "We have no reports of serious damage anywhere in the
country," IGSU spokesperson Alexandra Munteanu said.

@ 09:15 | Second injury :: A man in Chișinău's Botanica district was treated for a cut to his
hand after a glass cabinet door broke during the shaking, IGSU says. That brings the number of
people injured to two.

@ 06:30 | One person hurt :: IGSU reports that a woman in Chișinău was slightly injured when she
fell on the stairs while leaving her building in the dark. She was treated at the scene. The 112
emergency service received more than 600 calls in the first hour after the quake, most from
people asking whether it was safe to go back inside.

@ 05:00 | What to do if there is an aftershock :: IGSU reminds residents: drop to the floor,
take cover under a sturdy table, hold on until the shaking stops, and do not use lifts. Stay
away from windows and glass cabinets, and do not run down the stairs while the building is still
moving.

@ 04:10 | Aftershock :: Romania's National Institute for Earth Physics (INFP) recorded an
aftershock of magnitude 3.1 at 04:06. It does not appear to have been felt in Moldova.

@ 03:30 | Magnitude revised to 5.7 :: INFP has revised the magnitude of the main shock to 5.7,
down from its automatic estimate of 5.9. The depth was 134 km, and the epicentre was near the
commune of Nereju in Romania's Vrancea county, about 250 km from Chișinău.

@ 03:05 | "About thirty seconds" :: Seismologist Valeriu Ciornei of Moldova's Institute of
Geology and Seismology tells Canal Codru that the shaking in Chișinău lasted about 30 seconds
and reached intensity V on the MSK-64 scale: "Felt by almost everyone, enough to wake people and
rattle dishes, but not enough to damage well-built structures."

@ 02:52 | Preliminary data :: INFP's automatic system puts the magnitude at 5.9, with the
earthquake recorded at 02:41 local time (00:41 UTC) in the Vrancea seismic zone. This is a first
estimate and may change.

@ 02:47 | Strong shaking in Chișinău :: Dozens of viewers are writing to us from Chișinău,
Bălți, Cahul and Ungheni: furniture moving, chandeliers swinging, car alarms going off. Many
people have gone out into the streets in their coats. Stay with us for updates.
""",
    related=[
        "How prepared are Chișinău's apartment blocks for a strong earthquake?",
        "Video: the moment the quake hit a night shift at a bakery",
        "Explainer: why Vrancea earthquakes are felt so far away",
    ],
    sidebar_title="Weather in Chișinău",
    sidebar=[
        "Today: cloudy, 3°C",
        "Tonight: light snow, -2°C",
        "Tomorrow: sunny spells, 4°C",
    ],
    most_read=[
        "Schools in the north close for flu week",
        "New prices for bread from Monday",
        "Ice hockey: national team wins in Riga",
    ],
)

_EQ_B = dict(
    site="Carpathian Press Agency",
    domain="cpa-news.example",
    path="/europe/2026/02/11/magnitude-5-7-quake-strikes-romania-vrancea",
    kind="wire",
    section="Europe",
    nav=["World", "Europe", "Romania", "Moldova", "Business", "Photos"],
    headline="Magnitude 5.7 quake strikes Romania's Vrancea, felt in Moldova and Ukraine",
    standfirst=(
        "Deep earthquake wakes residents from Bucharest to Odesa; no serious damage reported."
    ),
    byline="Ioana Petrescu and Dan Ursache",
    jsonld=True,
    published="2026-02-11T05:20:00Z",
    year=2026,
    body="""
BUCHAREST/CHIȘINĂU, Feb 11 (CPA) — A magnitude 5.7 earthquake struck Romania's Vrancea region at
03:41 local time on Wednesday, waking residents in Bucharest, Chișinău and the Ukrainian port
city of Odesa but causing no serious damage, authorities said.

The quake had a depth of 134 km (83 miles), and its epicentre was near Nereju, a mountain
commune in Vrancea county, Romania's National Institute for Earth Physics (INFP) said. The
institute's automatic system initially estimated the magnitude at 5.9 before seismologists
revised it.

"This is a typical intermediate-depth Vrancea event. The depth is why it was felt over such a
wide area, and also why the damage was limited," INFP spokesman Mihai Dobrescu said.

In Moldova, the General Inspectorate for Emergency Situations said one woman in Chișinău had
been slightly injured when she fell on the stairs while leaving her building. Emergency crews
were checking reports of cracked plaster in several buildings.

[AD]

In Ukraine, the State Emergency Service in the Odesa region said it had received calls from
worried residents in Odesa and Izmail but no reports of damage.

Romanian authorities said there were no reports of casualties in Romania. In Focșani, the seat
of Vrancea county, a chimney fell onto a parked car, and several people in Bucharest reported
fallen plaster and cracked windows.

An aftershock of magnitude 3.1 followed before dawn.

The Vrancea zone, where the Carpathian mountains bend, produces most of Romania's strongest
earthquakes. Because the quakes occur deep beneath the surface, their energy spreads over a wide
area, and they are regularly felt in Moldova, Ukraine and Bulgaria.

The zone was the source of the 1977 earthquake that killed more than 1,500 people in Romania,
most of them in Bucharest, and caused damage in Chișinău. Since then Romania has tightened
building codes, but hundreds of older apartment blocks in Bucharest are still classified as at
high seismic risk.

Moldovan authorities have also run drills in schools and public buildings in recent years. "Most
of our housing stock was designed for this kind of shaking," said Valeriu Ciornei, a
seismologist at Moldova's Institute of Geology and Seismology. "A magnitude 5.7 at this depth is
a reminder, not a disaster."

Seismologists say moderate Vrancea earthquakes of this size occur every few years, while very
strong ones, above magnitude 7, happen a few times a century.

Residents in Chișinău described furniture sliding and chandeliers swinging. "I thought a truck
had hit the building," said Tatiana Rusu, who lives on the eighth floor of an apartment block in
the Râșcani district. "Then the glasses started ringing in the cupboard, and we ran outside."

(Reporting by Ioana Petrescu in Bucharest and Dan Ursache in Chișinău; Editing by Mark Feldman)
""",
    related=[
        "Romania to speed up retrofits of high-risk buildings",
        "Moldova holds nationwide earthquake drill",
        "Factbox: Romania's strongest earthquakes",
    ],
    sidebar_title="Other earthquakes this week",
    sidebar=[
        "Aegean Sea: magnitude 4.4, no damage",
        "Central Italy: magnitude 3.9, felt in Perugia",
        "Eastern Turkey: magnitude 4.8, minor damage",
    ],
    most_read=[
        "Bucharest metro line 6 opens to the airport",
        "Moldova signs gas supply deal",
        "Romanian lawmakers debate pension reform",
    ],
)

_EQ_C = dict(
    site="Odesa Morning Post",
    domain="odesamorningpost.example",
    path="/city/earthquake-woke-odesa-no-damage",
    kind="newspaper",
    section="City",
    nav=["City", "Region", "Ukraine", "Port", "Business", "Culture", "Sport"],
    headline="Earthquake in Romania woke Odesa, but left no damage",
    standfirst=(
        "The State Emergency Service received dozens of calls overnight. Seismologists say "
        "the deep Vrancea quakes will always reach the city."
    ),
    byline="Iryna Kovalchuk",
    meta_date=True,
    published="2026-02-12T07:00:00+02:00",
    visible_date="Thursday, 12 February 2026",
    year=2026,
    body="""
ODESA — Thousands of Odesa residents were woken in the early hours of yesterday by an earthquake
centred in Romania's Vrancea mountains, more than 300 kilometres away.

The magnitude 6.2 quake struck at 02:41 (00:41 UTC) on Wednesday at a depth of 134 km, according
to Romania's National Institute for Earth Physics. Its epicentre was near the village of Nereju
in Vrancea county, about 320 km (200 miles) west of Odesa.

The State Emergency Service in the Odesa region said it received 43 calls overnight, mostly from
residents of high-rise blocks, but none reported damage. "People felt it, they were frightened,
but our teams found nothing that needed repair," spokesman Serhii Lytvyn said.

Shaking in the city reached intensity IV, strong enough to rattle windows and swing lamps but
not to damage buildings. Residents of Izmail and Bilhorod-Dnistrovskyi, closer to the Romanian
border, also felt it.

"The wardrobe doors opened by themselves," said Olha Kravets, 34, who lives on the ninth floor
of a block in the Tairove district. "My son slept through it. I did not sleep again."

[AD]

In neighbouring Moldova, the damage was somewhat greater. The emergency services there said
three people had suffered minor injuries, two in Chișinău and one in Cantemir, and that cracks
had been found in 14 buildings, including a school. Nobody was seriously hurt.

## Why Odesa feels Vrancea

Vrancea earthquakes happen deep inside the earth, in a slab of rock sinking beneath the bend of
the Carpathians. That depth means that the shaking is weaker near the epicentre than it would be
for a shallow quake of the same size, but it also travels much farther.

"For Odesa, Vrancea is the only serious seismic source we have to think about," said Andriy
Savchuk, who heads the seismic observation station at the city's university. "The waves arrive
about a minute after the rupture and they are long, slow waves, which tall buildings feel most."

Savchuk said the city's Soviet-era panel buildings had come through several moderate Vrancea
quakes without structural damage, but he urged the city to inspect the oldest blocks in the
historic centre, many of which are more than a century old.

The 1977 Vrancea earthquake, which killed more than 1,500 people in Romania, was felt strongly
in Odesa and caused damage in Chișinău. Older residents still remember it. "That one, you could
not stand up," said Mykola Hrebeniuk, 81, a retired ship mechanic. "This one was a small
brother."

An aftershock of magnitude 3.1 was recorded at 04:06, but it was not felt in Odesa.

City officials said they would use the event to remind residents how to behave during an
earthquake, with leaflets in building entrances and messages on public transport screens.
""",
    related=[
        "Odesa's historic centre: which buildings need repairs first",
        "Port of Izmail reports record grain volumes",
        "Weather: frost returns at the weekend",
    ],
    sidebar_title="Odesa today",
    sidebar=[
        "Weather: 2°C, wind from the north-east",
        "Sea temperature: 5°C",
        "Ferry to Izmail: running to schedule",
    ],
    most_read=[
        "Tram line 5 to be renovated",
        "Opera house announces spring season",
        "New fish market opens at Pryvoz",
    ],
)

_EQ_D = dict(
    site="Seismic Brief",
    domain="seismicbrief.example",
    path="/events/vrancea-mw-5-7-intermediate-depth",
    kind="newsletter",
    section="Events",
    nav=["Events", "Regions", "Science", "Hazard maps", "Archive", "Subscribe"],
    headline="Vrancea Mw 5.7: an intermediate-depth event felt from Bucharest to Odesa",
    standfirst=(
        "A moderate quake in Europe's most distinctive deep seismic zone, and why three "
        "countries felt it."
    ),
    byline="Seismic Brief editors",
    body="""
VRANCEA ZONE, ROMANIA — A moderate earthquake in the Vrancea zone on Wednesday was felt across
Romania, Moldova and southern Ukraine, causing minor injuries and light damage but no collapses.

* Origin time: 00:41 UTC (02:41 local time, EET)
* Magnitude: Mw 5.7 (INFP reviewed solution); automatic ML 5.9
* Depth: 134 km
* Epicentre: near Gura Teghii, in the Vrancea seismic zone
* Largest aftershock: M 3.1, about 85 minutes after the main shock
* Felt: Romania, Moldova, southern Ukraine, north-eastern Bulgaria

## Tectonic setting

Vrancea is one of the few places in continental Europe where earthquakes regularly occur at
intermediate depth, between about 60 and 200 km. They take place inside a steeply dipping slab
of lithosphere beneath the bend of the south-eastern Carpathians. Because the source is deep,
the energy spreads over a very wide area, and the shaking is often felt more strongly at some
distance than directly above the focus.

This event sits squarely within that pattern. At 134 km, it is a typical depth for moderate
Vrancea shocks, and its focal mechanism, a reverse fault, matches the long-term catalogue.

## Shaking and effects

In Chișinău, about 250 km (155 miles) from the epicentre, shaking lasted around 30 seconds and
reached intensity V on the MSK-64 scale, according to Moldova's Institute of Geology and
Seismology. In Odesa, roughly 320 km away, the intensity was IV.

"Thirty seconds of shaking at intensity V is what our building stock was designed for," said
Valeriu Ciornei, a seismologist at the institute. "The interesting part for us is how much
stronger it was in some districts of Chișinău than in others. That is the river valley sediments
amplifying the motion."

[AD]

Moldova's emergency services reported three people with minor injuries and cracks in 14
buildings. Ukrainian authorities reported no damage. In Romania, damage was limited to fallen
plaster and a collapsed chimney in Focșani.

## Perspective

A Mw 5.7 releases roughly 350 times less energy than the Mw 7.4 event of 1977, which killed more
than 1,500 people in Romania. Moderate intermediate-depth events like this one occur every few
years, and they rarely produce many aftershocks; a single M 3.1 aftershock is unremarkable.

For emergency planners, the useful lesson is how quickly information settled: the automatic
magnitude of 5.9 was replaced by the reviewed Mw 5.7 within about an hour, and several outlets
that published early carried the higher figure until they updated.

## What to watch

There is no evidence that this event changes the probability of a large Vrancea earthquake in
the near term. Strong events in the zone, above magnitude 7, have occurred a few times per
century, and no method can predict the next one.
""",
    related=[
        "Primer: intermediate-depth earthquakes",
        "Why Chișinău's river valley amplifies shaking",
        "Catalogue: Vrancea events above M 5 since 1940",
    ],
    sidebar_title="Recent events",
    sidebar=[
        "Aegean Sea: M 4.4",
        "Central Italy: M 3.9",
        "Eastern Turkey: M 4.8",
        "Northern Albania: M 4.1",
    ],
    most_read=[
        "How magnitudes get revised",
        "MSK-64 versus EMS-98",
        "What a seismic slab looks like",
    ],
)


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------


def _story(sid: str, domain: str, fetched: str, pages: list[dict], planted: list) -> dict:
    return {
        "id": sid,
        "part": "AF",
        "domain": domain,
        "fetched": fetched,
        "articles": [
            {"url": "https://" + p["domain"] + p["path"], "html": _page(p)} for p in pages
        ],
        "planted": planted,
    }


STORIES = [
    _story(
        "cb-AF1", "central bank", "2026-11-19", [_CB_A, _CB_B, _CB_C, _CB_D],
        [
            ("september annual inflation rate", r"\b4\.1\b", r"\b4\.8\b"),
            (
                "executive board vote on the cut",
                r"\b4\s*(?:-|–|to)\s*1\b|four\s+(?:votes\s+)?to\s+one",
                r"\b3\s*(?:-|–|to)\s*2\b|three\s+(?:votes\s+)?to\s+two",
            ),
            ("who said 'the disinflation path is intact'", r"vl[aă]sceanu", r"colesnic"),
        ],
    ),
    _story(
        "el-AF2", "election", "2026-06-30", [_EL_A, _EL_B, _EL_C],
        [
            ("winning margin in votes", r"\b714\b", r"\b741\b"),
            (
                "date of the first round",
                r"\b31\s+may\b|\bmay\s+31\b",
                r"\b24\s+may\b|\bmay\s+24\b",
            ),
            ("winner's party", r"civic renewal", r"civic union"),
        ],
    ),
    _story("ct-AF3", "court", "2026-10-02", [_CT_A, _CT_B, _CT_C], []),
    _story("tr-AF4", "trade", "2026-08-28", [_TR_A, _TR_B, _TR_C], []),
    _story("rk-AF5", "rocket", "2026-10-21", [_RK_A, _RK_B, _RK_C], []),
    _story(
        "eq-AF6", "earthquake", "2026-02-25", [_EQ_A, _EQ_B, _EQ_C, _EQ_D],
        [
            ("magnitude of the main shock", r"\b5\.7\b", r"\b6\.2\b"),
            ("local time of the main shock", r"\b0?2:41\b", r"\b0?3:41\b"),
            ("locality nearest the epicentre", r"nereju", r"gura teghii"),
        ],
    ),
]
