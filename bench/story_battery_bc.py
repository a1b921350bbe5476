"""Story battery, part BC — the Gulf and the Levant (Saudi Arabia, the UAE, Oman, Jordan, Lebanon), events in 2026.

Written by engineer BC1 on 2026-12-07 for the thirty-first batch, a precision batch

Six invented stories, each told by 3 or 4 invented outlets as whole HTML pages. All outlets,
reporters, companies, most officials and every figure are invented; real institutions and
places appear only as scenery. Three stories are controls (no planted disagreement and no real
contradiction anywhere); three carry exactly three planted disagreements each, each planted in
exactly one outlet's page. Planted regexes are applied with re.search to lower-cased short
value strings. Time zones used: Jordan and Saudi Arabia UTC+3 all year; UAE and Oman UTC+4;
Lebanon UTC+3 in May (summer time). The Jordanian dinar is pegged at 0.709 per US dollar, the
dirham at 3.6725 per dollar.

cb-BC1, central bank (CONTROL, planted = []). True facts: on Thursday 17 September 2026 the
Central Bank of Jordan (CBJ) cut its main policy rate by 25 bp to 5.75% (from 6.00%); overnight
deposit window 5.50% (from 5.75%); overnight repo 6.50% (from 6.75%); effective Sunday 20
September. Statement at 16:00 Amman time = 13:00 GMT. Third cut of 2026 (6.50% in January,
6.25% March, 6.00% June), 75 bp in total. Governor Samer (Khalil) Al-Quda. Reserves $22.4bn
end-August = about JD15.9bn, 8.1 months of imports. CPI 1.9% y/y in August (2.2% in July).
Q2 GDP +2.6% y/y (actual); CBJ full-year forecast 2.7%. Private credit +4.3% y/y to July. Fed
cut to 3.25%-3.50% on Wednesday 16 September. Outlets: Levant Wire Service (wire; meta
article:published_time 2026-09-17T13:22:00Z plus a visible time, date in URL); The Amman Ledger
(newspaper; only a visible date "Friday, 18 September 2026", uses "yesterday"); Gulf Rates
Monitor (specialist newsletter; NO date anywhere, says "on Thursday"). Legitimate traps:
"25 basis points" / "quarter of a percentage point" / "25 bp"; 5.75% vs "5.75 per cent";
13:00 GMT vs 4pm / 16:00 local (UTC+3); "yesterday" on the Friday page = Thursday 17
September; $22.4bn vs JD15.9bn (peg 0.709); August CPI 1.9% vs July's 2.2% (earlier value);
Q2 growth 2.6% (actual) vs 2.7% (forecast); earlier main-rate levels 6.50/6.25/6.00%; the
deposit-window and repo rates (5.50%, 6.50%) beside the main rate; sidebar figures of other
countries (Saudi repo 4.00%, reverse repo 3.50%, UAE base rate 3.40%, Fed 3.25-3.50%);
newsletter's forecast of 5.50% by year-end (forecast, not actual) and its derived real rate
3.85% and 225 bp spread; governor's name with and without middle name, "Governor" vs "CBJ
Governor Dr"; quote given verbatim by the wire, paraphrased by the others; "nine of 11
economists" poll; 81.6% dinar share of deposits; 12-month T-bill yields near 6.1%.

el-BC2, election (CONTROL, planted = []). True facts: Lebanon's parliamentary election was held
on Sunday 10 May 2026 (expatriates voted on 1 and 3 May). On Tuesday 12 May at 11:30 Beirut
time (08:30 GMT) Interior and Municipalities Minister Nabil Karam announced the final national
turnout of 44.8% (preliminary figure on election night: 43.1%) and the final Beirut II result:
11 seats; 384,600 registered, 152,302 ballots (39.6%), 145,332 valid list votes, quotient
13,212. Seats: Beirut Our Promise 5, Capital Renewal 4, Citizens of Beirut 2. Karim Nassar
top with 14,087 preferential votes; Maya (Georges) Salameh 9,412. Expatriate turnout 61.4% of
212,300. Women won 9 of 128 seats (8 in the outgoing parliament). Beirut I turnout 31.2%.
EU chief observer Ingrid Vaskula. Outlets: Cedar Dispatch (news agency style; meta
article:published_time 2026-05-12T09:10:00Z, date in URL); The Daily Corniche (newspaper;
visible date only, "Wednesday 13 May 2026", says "yesterday"); Levant 24 (broadcaster; NO
date anywhere, "on Tuesday", "Sunday's election"). Legitimate traps: preliminary 43.1% vs final
44.8% (revision explained); 11:30 local vs 08:30 GMT; "yesterday" on the Wednesday page =
Tuesday 12 May; district turnout 39.6% vs national 44.8%; "just under 40 percent" and "about
152,000" roundings; "more than 14,000" for 14,087; Beirut I 31.2% (other district); nine
women vs eight previously (earlier value); minister's title full vs "Interior Minister";
Salameh's name with and without middle name; Salameh's quote in three wordings (verbatim,
slightly different, paraphrase); 212 preferential-vote margin of Fadi Mouawad (not the
212,300 expatriates); 30-day appeal window; 1,146 violations logged by monitors.

ct-BC3, court (3 PLANTED). True facts: on Tuesday 3 March 2026 at 10:00 Gulf time (06:00 GMT)
the DIFC Courts' Court of Appeal (presided over by Chief Justice Sir Roland Ashby, lead
judgment by Justice Farah Al Nuaimi, with Justice Peter Delacourt; unanimous; 64 pages; case
CA-009-2025) dismissed Marsa Crest Holdings' appeal and upheld the first-instance judgment of
14 August 2025 (Justice Helen Marchetti): AED 412.6 million ($112.3 million) to a four-lender
syndicate led by Dunecrest Bank, plus 9% a year from 14 June 2024; appeal costs to lenders.
Loan: AED 550 million facility (2022) for the 46-storey Marsa Crest Residences, Dubai Marina;
2023 amendment opted into DIFC Courts. Appeal heard 19-20 January 2026. Lenders' counsel
Sophie Randall (Harcourt Lyle) puts total with interest at about AED 476 million. CEO Tariq
Hamdan. Shares -6.8% to AED 1.37 on the DFM. Tower 71% complete; 312 of 398 flats sold.
PLANTED: (1) judgment sum: right AED 412.6 million, wrong "Dh421.6 million" in The Dubai
Courier; (2) presiding judge's title: right "Chief Justice", wrong "Deputy Chief Justice" in
Emirates Legal Brief; (3) weekday of the ruling: right Tuesday, wrong "on Monday" in Khaleej
24 News (whose JSON-LD date is Tuesday 3 March, so "Monday" resolves to 2 March). Outlets:
Gulf Law Wire (wire; meta article:published_time 2026-03-03T07:15:00Z, visible time, date in
URL); The Dubai Courier (newspaper; visible date only, "Wednesday, March 4, 2026", says
"yesterday"); Emirates Legal Brief (case-note newsletter; NO date anywhere, "on Tuesday");
Khaleej 24 News (broadcaster; JSON-LD datePublished 2026-03-03T14:40:00+04:00 only).
Legitimate traps: AED 412.6m = $112.3m (3.6725 peg), "about $112 million" rounding; "AED" vs
"Dh" notation; 10:00 Gulf time vs 06:00 GMT vs "10am"/"10 a.m. local time"; "yesterday" on
the Wednesday page = Tuesday 3 March; first-instance date 14 August 2025 and default date 14
June 2024 (earlier events); AED 550m facility vs AED 412.6m principal vs ~AED 476m estimated
total with interest; presiding judge vs author of the lead judgment; "Chief Justice Sir
Roland Ashby" vs "the Chief Justice"; share fall 6.8% vs "nearly 7 per cent"; 312 flats sold
vs "more than 300"; Randall's quote full vs shortened; CEO statement quoted vs paraphrased;
sidebar figures of other DIFC cases and market indices.

tr-BC4, trade (3 PLANTED). True facts: on Wednesday 15 July 2026, at a briefing at the Museum of
the Future in Dubai at 11:00 UAE time (07:00 GMT), Minister of State for Foreign Trade Hamdan
Al Mazrouei announced H1 2026 non-oil foreign trade of AED 1.94 trillion ($528.3 billion), up
14.2% from AED 1.70 trillion in H1 2025. Exports AED 436bn (+21.5%), re-exports AED 582bn,
imports AED 922bn; exports 22.5% of the total. Q2 AED 1.01 trillion (first quarter above AED 1
trillion), Q1 AED 930bn. Partners: China AED 214bn (~$58.3bn), India AED 161bn (+17.8%),
Saudi Arabia AED 98bn, then Iraq and the US. Target AED 4 trillion a year by 2031. Al
Mazrouei said: "We are no longer only a re-export hub. More and more of what leaves our ports
is made here." Economist Priya Raman (Corniche Analytics). PLANTED: (1) growth rate: right
14.2%, wrong 12.4% in Corridor Trade Newsletter; (2) venue of the briefing: right Museum of the
Future, wrong "Expo City Dubai" in The Gulf Morning Star; (3) who said the "re-export hub"
quote: right Hamdan Al Mazrouei, wrong "Khalid Al Shamsi, the ministry's assistant
undersecretary for foreign trade" in Gulf Live TV. Outlets: Khaleej Markets Wire (wire; meta
article:published_time 2026-07-15T08:40:00Z, visible time, date in URL); The Gulf Morning Star
(newspaper; visible date only, "Thursday 16 July 2026", says "yesterday"); Corridor Trade
Newsletter (specialist; NO date anywhere, "on Wednesday"); Gulf Live TV (broadcaster; JSON-LD
datePublished/dateModified 2026-07-15 +04:00 only). Legitimate traps: AED 1.94tn = $528.3bn,
"about $528 billion"; "AED" vs "Dh"; 1.94 trillion vs prior-year 1.70 trillion; H1 total vs Q2
AED 1.01tn vs Q1 AED 930bn; total growth 14.2% vs export growth 21.5% vs India trade growth
17.8%; 11:00 local vs 07:00 GMT; "yesterday" on the Thursday page = Wednesday 15 July; China
AED 214bn = about $58.3bn; 2031 target AED 4tn and analysts' projection ~AED 3.9tn for 2026
(targets/projections, not actuals); last year's ~Dh3.5tn; minister's full title vs "the
minister"; quote split or given whole; Raman's remark quoted vs paraphrased; Saudi and Omani
trade figures and market data in sidebars; CEPAs "more than two dozen" signed vs "more than
a dozen" in force.

rk-BC5, rocket (CONTROL, planted = []). True facts: on Wednesday 14 October 2026 Hisn Aerospace
(Muscat, founded 2021) launched the suborbital rocket Najm-2 from Etlaq Spaceport, about 20 km
from Duqm (Al Wusta). Window opened 05:30 Oman time (01:30 UTC); 42-minute hold for upper-level
winds; liftoff 06:12 local = 02:12 UTC. Motor burn about 52 s; top speed Mach 4.1. Apogee: 115
km preliminary (live page 06:31), confirmed 118.4 km (73.6 miles) in a statement at 09:45.
First rocket from Oman above the 100 km Karman line. 28 kg capsule, four experiments from
three institutions, splashdown about 64 km (40 miles) offshore 7 min 48 s after liftoff;
recovered at 08:27, 2 h 15 min after launch; all four experiments returned data. Rocket 11.6 m,
1.9 tonnes. CEO Azzan (Saif) Al Balushi; transport undersecretary Dr Salim Al Harthy;
launch director Maryam Al Rawahi. Hisn's Najm-1 reached 34 km earlier in the year; Etlaq's
first launch was in December 2024. Outlets: Muscat Observer (live page with timestamped
updates in local time, newest first; meta published 2026-10-14T00:45:00Z and modified
06:05:00Z); Arabian Sea Press Agency (wire; JSON-LD datePublished 2026-10-14T07:05:00Z and a
dateline "Oct 14"); Orbital Gulf Weekly (newsletter; NO date anywhere, times in UTC).
Legitimate traps: 06:12 local vs 02:12 UTC/GMT; planned 05:30 / 01:30 UTC vs actual after the
42-minute hold; preliminary 115 km vs confirmed 118.4 km (revision made explicit); 118.4 km =
73.6 miles; 64 km = 40 miles; 7 min 48 s written three ways; recovery 2 h 15 min after launch
= 08:27; live partial count "two of the four experiments" at 06:31 vs all four later; four
experiments vs three institutions; Najm-1's 34 km (earlier flight); 100 km Karman line
threshold; ~1.4 km/s vs 7.8 km/s orbital velocity (context); CEO name with and without
middle name; quotes verbatim vs paraphrased.

eq-BC6, earthquake (3 PLANTED). True facts: an earthquake struck the Gulf of Aqaba at 02:47
local time (UTC+3) on Tuesday 3 November 2026 = 23:47 UTC on Monday 2 November, about 38 km
south of Aqaba. Magnitudes: Jordan Seismological Observatory (JSO) 5.3 (local magnitude);
USGS 5.4 (depth ~10 km); EMSC 5.6 first, revised to 5.4; Saudi Geological Survey 5.2; JSO
depth ~12 km. Injuries: 17 treated in Aqaba (two kept in hospital overnight), 4 lightly
injured in Haql (Saudi Arabia); 21 in total; no deaths. Nine aftershocks by 09:00, largest
3.6 at 03:20. Cracks in 31 buildings, 3 evacuated, 22 families in hotels. Aqaba port halted
03:15-06:30. Aqaba schools closed Tuesday, reopened Wednesday. JSO director Dr Reem Al-Taher
("a reminder, not a surprise"); ASEZA chief commissioner Hazem Al-Tarawneh; SGS spokesman
Tariq Al-Ghamdi. PLANTED: (1) JSO magnitude: right 5.3, wrong 5.8 in Red Sea Wire; (2) people
treated for injuries in Aqaba: right 17, wrong 27 in The Jordan Chronicle; (3) local time of
the quake: right 02:47, wrong 02:57 (with 23:57 UTC) in Seismic Notes. Outlets: Levant Now TV
(broadcaster live page, timestamped local updates; meta published 2026-11-02T23:58:00Z, which
is 02:58 on 3 November local, and modified 2026-11-03T07:40:00Z); Red Sea Wire (wire; only a
visible date "November 3, 2026 06:40 GMT" and dateline "Nov 3"); The Jordan Chronicle
(newspaper; meta article:published_time 2026-11-04T05:00:00+03:00 and visible "Wednesday, 4
November 2026", says "yesterday"); Seismic Notes (specialist newsletter; NO date anywhere).
Legitimate traps: four agencies' different magnitudes (5.3 / 5.4 / 5.2) with the EMSC's 5.6
revised to 5.4; depth 10 km (USGS) vs 12 km (JSO); 02:47 local vs 23:47 UTC on the previous
day (Monday); live page's UTC publication date 2 November vs local 3 November; live partial
counts ("at least 11" injured at 04:10, "at least five" aftershocks at 04:30) vs final 17 and
nine; 17 in Aqaba vs 4 in Haql vs 21 total in the wire headline; "2:47am" / "3:15am" 12-hour
formats; "yesterday" on the Wednesday page = Tuesday 3 November; schools closed Tuesday vs
reopened Wednesday; port halt "just over three hours" = 03:15-06:30; historical 1995 magnitude
7.2 quake (earlier event); energy ratio context; sidebar figures of other regional quakes;
Al-Taher's quote verbatim vs paraphrased.
"""

from __future__ import annotations

import html
import json

_SHARE = (
    '<div class="share-bar" role="group" aria-label="Share this article">'
    '<a class="share share-x" href="#share-x">Share on X</a>'
    '<a class="share share-fb" href="#share-facebook">Facebook</a>'
    '<a class="share share-wa" href="#share-whatsapp">WhatsApp</a>'
    '<a class="share share-li" href="#share-linkedin">LinkedIn</a>'
    '<button type="button" class="share share-copy">Copy link</button>'
    "</div>"
)

_AD = (
    '<div class="ad-slot ad-inline" aria-label="Advertisement">'
    '<span class="ad-label">Advertisement</span></div>'
)


def _esc(text: str) -> str:
    """Escape prose for HTML; ' -- ' becomes an em dash entity."""
    return html.escape(text, quote=False).replace(" -- ", " &mdash; ")


def _body(text: str) -> str:
    """Turn a light markup block into article-body HTML.

    Blocks are separated by blank lines. "[AD]" is an advertisement slot,
    "## " a subheading, "> " a pull quote, "@@ STAMP | text" a live update.
    """
    parts = []
    for block in text.strip().split("\n\n"):
        line = " ".join(x.strip() for x in block.strip().splitlines())
        if line == "[AD]":
            parts.append(_AD)
        elif line.startswith("## "):
            parts.append(f"<h2>{_esc(line[3:])}</h2>")
        elif line.startswith("> "):
            parts.append(f'<blockquote class="pull-quote"><p>{_esc(line[2:])}</p></blockquote>')
        elif line.startswith("@@ "):
            stamp, _, rest = line[3:].partition(" | ")
            parts.append(
                '<div class="live-update">'
                f'<p class="update-stamp"><strong>{_esc(stamp)}</strong></p>'
                f"<p>{_esc(rest)}</p></div>"
            )
        else:
            parts.append(f"<p>{_esc(line)}</p>")
    return "\n".join(parts)


def _links(items: list[tuple[str, str]]) -> str:
    return "".join(
        f'<li><a href="{html.escape(href)}">{_esc(label)}</a></li>' for label, href in items
    )


def _page(
    *,
    site: str,
    url: str,
    title: str,
    kicker: str,
    headline: str,
    standfirst: str,
    byline: str,
    body: str,
    nav: list[str],
    sidebar_title: str,
    sidebar: list[str],
    related: list[tuple[str, str]],
    kind: str = "news",
    shown_date: str | None = None,
    shown_iso: str | None = None,
    published: str | None = None,
    modified: str | None = None,
    jsonld: dict | None = None,
    description: str | None = None,
    footer_note: str = "All rights reserved.",
    cookie: str = "We use cookies to improve your experience and to show relevant advertising.",
    extra_box: str = "",
) -> str:
    """Assemble one whole web page."""
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(title)} | {_esc(site)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{html.escape(description or standfirst)}">',
        f'<meta property="og:site_name" content="{html.escape(site)}">',
        f'<meta property="og:title" content="{html.escape(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{html.escape(url)}">',
        f'<link rel="canonical" href="{html.escape(url)}">',
        '<link rel="stylesheet" href="/assets/css/site.min.css">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{modified}">')
    if jsonld:
        blob = json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{blob}</script>')
    head.append("</head>")

    nav_html = "".join(
        f'<li><a href="/{item.lower().replace(" ", "-").replace("&", "and")}">{_esc(item)}</a></li>'
        for item in nav
    )
    if shown_date and shown_iso:
        date_html = (
            f'<p class="article-date"><time datetime="{shown_iso}">{_esc(shown_date)}</time></p>'
        )
    elif shown_date:
        date_html = f'<p class="article-date">{_esc(shown_date)}</p>'
    else:
        date_html = ""
    badge = '<span class="live-badge">LIVE</span>' if kind == "live" else ""
    side_html = "".join(f"<li>{_esc(x)}</li>" for x in sidebar)
    body_html = [
        f'<body class="page-{kind}">',
        '<div id="cookie-consent" class="cookie-banner" role="dialog">'
        f"<p>{_esc(cookie)}</p>"
        '<button type="button" class="btn-accept">Accept all</button>'
        '<button type="button" class="btn-manage">Manage preferences</button></div>',
        '<header class="site-header">'
        f'<a class="logo" href="/">{_esc(site)}</a>'
        f'<nav class="main-nav" aria-label="Main"><ul>{nav_html}</ul></nav>'
        '<a class="subscribe-link" href="/subscribe">Subscribe</a></header>',
        '<div class="ad-slot ad-leaderboard" aria-label="Advertisement">'
        '<span class="ad-label">Advertisement</span></div>',
        '<main class="layout">',
        '<article class="story">',
        '<header class="story-header">'
        f'<p class="kicker">{badge}{_esc(kicker)}</p>'
        f"<h1>{_esc(headline)}</h1>"
        f'<p class="standfirst">{_esc(standfirst)}</p>'
        f'<p class="byline">{_esc(byline)}</p>{date_html}</header>',
        _SHARE,
        f'<div class="article-body">\n{_body(body)}\n</div>',
        extra_box,
        _SHARE,
        "</article>",
        '<aside class="sidebar">'
        f'<section class="side-box"><h2>{_esc(sidebar_title)}</h2><ul>{side_html}</ul></section>'
        '<div class="ad-slot ad-mpu" aria-label="Advertisement">'
        '<span class="ad-label">Advertisement</span></div></aside>',
        f'<section class="related"><h2>Related coverage</h2><ul>{_links(related)}</ul></section>',
        "</main>",
        '<footer class="site-footer">'
        f'<p class="footer-brand">{_esc(site)}</p>'
        '<ul class="footer-links"><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li>'
        '<li><a href="/terms">Terms of use</a></li><li><a href="/cookies">Cookie settings</a></li>'
        "</ul>"
        f'<p class="copyright">&copy; {_esc(site)}. {_esc(footer_note)}</p></footer>',
        "</body>",
        "</html>",
    ]
    return "\n".join(head + body_html)


def _article(**kw) -> dict:
    """One stored article: its address and its whole page."""
    return {"url": kw["url"], "html": _page(**kw)}


# ---------------------------------------------------------------------------
# cb-BC1 -- central bank (control)
# ---------------------------------------------------------------------------

_BC1_WIRE = _article(
    site="Levant Wire Service",
    url="https://levantwire.example/markets/2026/09/17/jordan-central-bank-cuts-main-rate-25-bps",
    title="Jordan's central bank cuts main policy rate by 25 bps to 5.75% after Fed",
    kicker="Markets",
    headline="Jordan's central bank cuts main policy rate by 25 bps to 5.75% after Fed move",
    standfirst="Third quarter-point cut of 2026; new rates effective Sunday, Sept. 20.",
    byline="By Omar Qasem",
    shown_date="September 17, 2026 1:22 PM GMT",
    shown_iso="2026-09-17T13:22:00Z",
    published="2026-09-17T13:22:00Z",
    nav=["World", "Business", "Markets", "Energy", "Gulf", "Levant", "Opinion"],
    body="""
AMMAN, Sept 17 (LWS) -- The Central Bank of Jordan cut its main policy rate by 25 basis
points to 5.75% on Thursday, tracking a similar reduction by the U.S. Federal Reserve and
extending an easing cycle that began in the spring.

The bank said in a statement released at 13:00 GMT that the overnight deposit window rate
would fall to 5.50% from 5.75% and the overnight repurchase agreement rate to 6.50% from
6.75%. All of the new rates take effect on Sunday, Sept. 20, the first working day of the
Jordanian week.

The move was the third quarter-point cut of 2026, after reductions in March and June, and
brings the main rate down from 6.50% at the start of the year, a cumulative reduction of 75
basis points. Nine of 11 economists polled by Levant Wire Service last week had expected the
central bank to match the Fed.

The Jordanian dinar has been pegged to the dollar at 0.709 dinars since 1995, and the
central bank has historically moved its rates in step with the Fed to keep a comfortable
spread in favour of dinar savings. The Fed lowered its target range by a quarter point to
3.25%-3.50% on Wednesday.

"The decision preserves the attractiveness of dinar-denominated savings while giving banks
room to lend more to the productive sectors of the economy," Governor Samer Al-Quda said in
the statement.

He said foreign reserves stood at $22.4 billion at the end of August, enough to cover 8.1
months of imports of goods and services, a level he described as "comfortable by any
standard".

[AD]

Inflation remains subdued. Consumer prices rose 1.9% year on year in August, the Department
of Statistics said last week, down from 2.2% in July. The economy grew 2.6% in the second
quarter from a year earlier, and the central bank kept its forecast of 2.7% growth for 2026
as a whole.

Credit extended by banks to the private sector rose 4.3% in the 12 months to July, central
bank data showed, a pace some economists consider too slow for an economy in which
unemployment has stayed above 20% for several years.

"The cut was fully priced in, so the market reaction will be muted," said Lina Haddad, chief
economist at Petra Capital Partners in Amman. "What matters more is whether banks pass it
through to borrowers quickly. Last time it took them almost two months."

Gulf central banks, whose currencies are also pegged to the dollar, moved late on Wednesday,
shortly after the Fed announcement. The Saudi Central Bank lowered its repo rate to 4.00% and
its reverse repo rate to 3.50%, while the Central Bank of the UAE cut its base rate to 3.40%.

Dinar deposits made up 81.6% of total bank deposits at the end of July, broadly unchanged
from a year earlier, according to the central bank, which watches the share closely as a
gauge of confidence in the currency.

Jordanian banks are well capitalised, with a sector-wide capital adequacy ratio of about
17.9% at the end of June, the central bank's latest financial stability data show.

Shares of listed Jordanian banks were little changed on the Amman Stock Exchange, which had
closed for the day before the statement was published.

(Reporting by Omar Qasem; Editing by Ruth Feld)
""",
    sidebar_title="Policy rates in the region",
    sidebar=[
        "Jordan (CBJ main rate): 5.75%",
        "Saudi Arabia (repo): 4.00%",
        "UAE (base rate): 3.40%",
        "United States (Fed funds target): 3.25%-3.50%",
    ],
    related=[
        ("Saudi central bank trims repo rate after Fed decision", "/markets/saudi-repo-cut"),
        ("Jordan's inflation eases to 1.9% in August", "/levant/jordan-cpi-august"),
        ("Fed cuts rates by a quarter point, signals patience", "/markets/fed-september"),
        ("Amman bourse weekly wrap", "/markets/ase-weekly"),
    ],
)

_BC1_PAPER = _article(
    site="The Amman Ledger",
    url="https://ammanledger.example/business/cbj-follows-fed-with-third-rate-cut-this-year",
    title="CBJ follows Fed with third rate cut of the year",
    kicker="Business",
    headline="CBJ follows Fed with third rate cut of the year",
    standfirst=(
        "Borrowers could see modest relief from next month, bankers say, as the main rate "
        "falls to 5.75 per cent."
    ),
    byline="By Hala Nsour, Business Editor",
    shown_date="Friday, 18 September 2026",
    nav=["Home", "Local", "Business", "Region", "Opinion", "Culture", "Sport"],
    body="""
AMMAN -- The Central Bank of Jordan (CBJ) yesterday lowered its main policy rate by a
quarter of a percentage point to 5.75 per cent, its third reduction this year, in a widely
anticipated move that followed the US Federal Reserve's decision on Wednesday.

In a statement issued at 4pm, CBJ Governor Dr Samer Khalil Al-Quda said the decision would
keep saving in the national currency attractive while supporting lending to the "productive
sectors of the economy", a phrase the bank has used in each of its rate statements this
year.

The overnight deposit window rate was reduced to 5.50 per cent and the overnight repurchase
agreement rate to 6.50 per cent. The new rates apply from Sunday.

The governor pointed to foreign currency reserves of JD15.9 billion ($22.4 billion) at the
end of August, equivalent to 8.1 months of the Kingdom's imports of goods and services.

## What it means for borrowers

Bankers said the cut would reach customers gradually. Most variable-rate loans in Jordan are
repriced monthly or quarterly, and banks tend to wait for their own funding costs to fall
before passing reductions on.

"For a typical JD60,000 housing loan over 20 years, a quarter-point cut saves roughly JD9 a
month," said Faisal Shurman, head of retail lending at an Amman-based bank. "It is not a
revolution, but after three cuts the saving starts to add up."

Lina Haddad, chief economist at Petra Capital Partners, said the decision had been fully
priced in and that the more important question was how fast banks would pass it on, noting
that after the previous cut in June the process had taken almost two months.

[AD]

Industrialists welcomed the decision but said it did not go far enough. "Factories have been
waiting for cheaper credit for three years," said Nadia Obeidat, a board member of the Amman
Chamber of Industry. "We hope the banks read the signal and move quickly."

Inflation, which the Department of Statistics put at 1.9 per cent in August after 2.2 per
cent in July, gives the central bank room to follow the Fed without worrying about prices,
economists said. The economy expanded by 2.6 per cent in the second quarter, and the CBJ
expects growth of 2.7 per cent for 2026 as a whole.

The main rate stood at 6.50 per cent in January. The CBJ cut it to 6.25 per cent in March and
to 6.00 per cent in June, each time within a day of a Fed move.

The dinar's peg to the US dollar, in place for more than three decades, means the CBJ has
little room to diverge from Washington. Gulf central banks followed the Fed on Wednesday
evening, with Saudi Arabia taking its repo rate to 4 per cent and the UAE its base rate to
3.4 per cent.

Lending to the private sector grew 4.3 per cent in the year to July. The central bank said in
its statement that it would "continue to monitor domestic and global developments" and act
as needed to safeguard monetary stability.
""",
    sidebar_title="Rates around the region",
    sidebar=[
        "CBJ main rate: 5.75% (was 6.00%)",
        "Saudi repo rate: 4.00%",
        "UAE base rate: 3.40%",
        "Fed target range: 3.25-3.50%",
        "JD/US$ peg: 0.709",
    ],
    related=[
        ("Editorial: cheaper money is not a growth plan", "/opinion/editorial-rates"),
        ("Aqaba port volumes up in August", "/business/aqaba-port-august"),
        ("Phosphate exporters eye Indian demand", "/business/phosphate-india"),
    ],
)

_BC1_NEWSLETTER = _article(
    site="Gulf Rates Monitor",
    url="https://gulfratesmonitor.example/briefs/jordan-cbj-quarter-point-cut",
    title="Jordan: CBJ delivers the expected quarter-point, main rate now 5.75%",
    kicker="Country brief: Jordan",
    headline="Jordan: CBJ delivers the expected quarter-point, main rate now 5.75%",
    standfirst="Spread over the Fed held at 225 bp; we pencil in one more cut before year-end.",
    byline="Gulf Rates Monitor research desk",
    nav=["Briefs", "Data", "Calendar", "Sovereigns", "Banks", "Subscribe"],
    cookie="This site uses cookies for analytics. By continuing you accept our cookie policy.",
    footer_note="For professional investors only. Not investment advice.",
    body="""
The Central Bank of Jordan cut its main policy rate by 25 bp to 5.75% on Thursday, the day after
the Federal Reserve trimmed its target range to 3.25%-3.50%. The statement landed at 16:00
Amman time (13:00 GMT). The overnight deposit window rate goes to 5.50% and the overnight repo
rate to 6.50%; the changes are effective from Sunday.

## Key points

No surprise here: the CBJ has matched every Fed move this cycle, and the
spread between its main rate and the upper bound of the Fed range stays at 225 bp, exactly
where it was before the decision.

Year-to-date easing now totals 75 bp (6.50% in January, then 6.25% in March, 6.00% in June,
5.75% now).

Governor Al-Quda repeated that the move keeps dinar savings attractive and supports credit
to productive sectors. He described reserves of USD 22.4bn (end-August; 8.1 months of import
cover) as comfortable by any standard.

Inflation is no obstacle: CPI ran at 1.9% y/y in August (July: 2.2%). That leaves the real
policy rate at roughly 3.85%, one of the highest in the region.

[AD]

## Growth and credit

Real GDP grew 2.6% y/y in Q2. The CBJ kept its 2.7% full-year projection, which looks
achievable if tourism receipts hold up through the winter season. Private-sector credit
growth of 4.3% y/y (July) remains soft; banks have been slow to reprice loans after the
March and June cuts, and one economist we spoke to, Lina Haddad at Petra Capital Partners,
said pass-through had taken "almost two months" last time.

Dinarisation is stable. The dinar share of deposits was 81.6% at end-July, and we see no
sign of the dollarisation pressure that accompanied earlier episodes of regional stress.

## Regional read-across

Gulf central banks moved on Wednesday evening, as they always do. The Saudi Central Bank took
repo to 4.00% and reverse repo to 3.50%; the Central Bank of the UAE cut its base rate to
3.40%. With all of the region's dollar pegs intact, we expect the same lockstep pattern at
the Fed's next meeting.

## Our view

We expect one more 25 bp cut from the CBJ in December, conditional on the Fed moving again,
which would take the main rate to 5.50% by year-end. The risk to that call is a renewed rise
in fuel prices feeding into Jordanian CPI, which has a large energy and transport weight.
Should headline inflation move back above 3%, we think the CBJ would still follow the Fed
but would signal more caution in its statement language.

For fixed-income investors, the cut modestly supports dinar-denominated treasury bills.
Recent auctions of 12-month bills cleared close to 6.1%, and we expect yields to drift lower
by 15-20 bp over the coming weeks as the new policy rate filters through.
""",
    extra_box=(
        '<div class="newsletter-signup"><p>Get Gulf Rates Monitor in your inbox every '
        'weekday morning.</p><form action="/subscribe"><input type="email" name="email" '
        'placeholder="Work email"><button type="submit">Sign up</button></form></div>'
    ),
    sidebar_title="Policy rates tracker",
    sidebar=[
        "Jordan, main rate: 5.75% (-25 bp)",
        "Saudi Arabia, repo: 4.00% (-25 bp)",
        "Saudi Arabia, reverse repo: 3.50% (-25 bp)",
        "UAE, base rate: 3.40% (-25 bp)",
        "Fed funds, upper bound: 3.50% (-25 bp)",
    ],
    related=[
        ("Saudi Arabia: SAMA follows the Fed, again", "/briefs/saudi-sama-follows"),
        ("UAE: base rate cut, interbank rates ease", "/briefs/uae-base-rate"),
        ("Chart pack: GCC money supply", "/data/gcc-money-supply"),
    ],
)

_BC1 = {
    "id": "cb-BC1",
    "part": "BC",
    "domain": "central bank",
    "fetched": "2026-09-29",
    "articles": [_BC1_WIRE, _BC1_PAPER, _BC1_NEWSLETTER],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-BC2 -- election (control)
# ---------------------------------------------------------------------------

_BC2_WIRE = _article(
    site="Cedar Dispatch",
    url="https://cedardispatch.example/politics/2026/05/12/beirut-ii-final-results-turnout",
    title="Final results: national turnout 44.8% as three lists share Beirut II seats",
    kicker="Lebanon votes 2026",
    headline="Final results: national turnout 44.8% as three lists share Beirut II seats",
    standfirst=(
        "Interior ministry revises election-night turnout upward; a surgeon tops the "
        "preferential vote in the capital's western district."
    ),
    byline="By Rami Khoury and Joelle Abi Nader",
    published="2026-05-12T09:10:00Z",
    nav=["Lebanon", "Region", "Economy", "Elections 2026", "Opinion", "Video"],
    body="""
BEIRUT -- Lebanon's national turnout in Sunday's parliamentary election was 44.8%, Interior
and Municipalities Minister Nabil Karam said on Tuesday, as he announced the final results
for the Beirut II district at a news conference at the ministry at 11:30 a.m. (08:30 GMT).

The figure is higher than the preliminary turnout of 43.1% that the ministry published late
on Sunday, a few hours after polls closed at 7 p.m. Karam said the difference reflected
polling stations whose reports had not yet been entered into the central system on election
night, as well as the votes of Lebanese living abroad, who cast their ballots on May 1 and
May 3.

Of the 212,300 Lebanese registered to vote abroad, 61.4% took part, the minister said.

In Beirut II, one of the capital's two districts and home to 11 of parliament's 128 seats,
turnout was 39.6%, with 152,302 ballots cast out of 384,600 registered voters. After blank
and invalid papers were excluded, 145,332 votes were counted for the competing lists, giving
an electoral quotient of 13,212 votes.

## Three lists, 11 seats

The Beirut Our Promise list won five seats, the Capital Renewal list four and the Citizens of
Beirut list, made up mostly of first-time candidates, two. A fourth list failed to reach the
quotient and won no seats.

Karim Nassar of Beirut Our Promise, a 52-year-old surgeon, won the most preferential votes in
the district, with 14,087. Maya Salameh of Citizens of Beirut, a lawyer known for
representing depositors who lost their savings in the banking collapse, received 9,412
preferential votes and will be one of the district's two newcomers.

"People voted for accountability. Tomorrow we start working for it," Salameh told supporters
outside the list's headquarters in Mar Elias after the results were read out.

[AD]

Nassar, speaking to reporters at the ministry, said his list would "extend a hand to every
member of the new parliament who wants to rebuild the state". He declined to say whom his
bloc would back for speaker.

Nationwide, women won nine seats in the 128-member chamber, up from eight in the outgoing
parliament, according to a tally by Cedar Dispatch based on the ministry's district results.
Karam said final results for all 15 districts had now been published.

## Observers

The European Union's election observation mission, led by chief observer Ingrid Vaskula,
said in a preliminary statement on Tuesday that voting had been "generally orderly and well
administered", while noting allegations of vote-buying and reports of pressure on voters
outside some polling stations.

Local monitors from the Lebanese Association for Democratic Elections said they had logged
1,146 violations on election day, most of them campaigning within the restricted perimeter
of polling stations.

Candidates have 30 days from the publication of the results to file challenges with the
Constitutional Council. The new parliament's first task will be to elect a speaker and a
deputy speaker, after which the president begins binding consultations with lawmakers to
name a prime minister.

The ministry's figures, published on its website alongside Tuesday's announcement, show that
turnout was highest in the mountain districts and lowest in the capital, where Beirut I
recorded 31.2%.
""",
    sidebar_title="Turnout at a glance",
    sidebar=[
        "National turnout (final): 44.8%",
        "National turnout (preliminary, Sunday night): 43.1%",
        "Expatriate turnout: 61.4%",
        "Beirut I: 31.2%",
        "Beirut II: 39.6%",
    ],
    related=[
        ("Live: how Sunday's vote unfolded", "/politics/election-day-live"),
        ("Explainer: how Lebanon's preferential vote works", "/explainers/preferential-vote"),
        ("Mountain districts post highest turnout", "/politics/mountain-turnout"),
        ("Opinion: the quiet revolution of the independent lists", "/opinion/independents"),
    ],
)

_BC2_PAPER = _article(
    site="The Daily Corniche",
    url="https://dailycorniche.example/politics/beirut-ii-nassar-tops-poll-newcomers",
    title="Beirut II: Nassar tops the poll, two newcomers enter parliament",
    kicker="Politics",
    headline="Beirut II: Nassar tops the poll, two newcomers enter parliament",
    standfirst=(
        "Final count confirms five seats for Beirut Our Promise; national turnout revised "
        "to 44.8 per cent."
    ),
    byline="Nour El-Hage",
    shown_date="Wednesday 13 May 2026",
    nav=["Front page", "Politics", "Beirut", "Business", "World", "Arts", "Sports"],
    cookie="The Daily Corniche uses cookies. Click accept to continue reading.",
    body="""
BEIRUT -- Surgeon Karim Nassar won the largest number of preferential votes in Beirut's
second district, according to final results announced yesterday by Interior Minister Nabil
Karam, while a reform-minded list took two of the district's 11 seats.

Speaking at the ministry in Sanayeh at 11.30am, Karam said national turnout in Sunday's
election had reached 44.8 per cent, up from a preliminary 43.1 per cent published on
election night. The revised figure includes late-arriving reports from polling stations
and the ballots of expatriates, who voted at embassies and consulates earlier in the
month.

In Beirut II, 152,302 voters cast ballots, a turnout of 39.6 per cent. The electoral
quotient -- the number of votes a list needs to win a seat in the first round of
distribution -- was 13,212.

Beirut Our Promise, which Nassar headed, won five seats; Capital Renewal took four, and the
Citizens of Beirut list two. Nassar received more than 14,000 preferential votes, the
highest tally in the capital.

## Two newcomers

Among the two Citizens of Beirut winners is Maya Georges Salameh, 41, a lawyer who has spent
much of the past six years representing small depositors in cases against commercial banks.
She received 9,412 preferential votes.

"People voted for accountability, and tomorrow we begin working to deliver it," she told
supporters in Mar Elias on Tuesday, shortly after the figures were read out.

The second newcomer, engineer Fadi Mouawad, won one of the district's minority seats with
a margin of just 212 preferential votes over his nearest rival on a competing list, the
narrowest result in the capital.

[AD]

Nassar, who was first elected four years ago, struck a conciliatory tone. "We will extend a
hand to every member of the new parliament who wants to rebuild the state," he told
reporters at the ministry. Asked whether his bloc would back the outgoing speaker for
another term, he said only that "the question will be answered inside parliament, not in
front of the cameras".

The Capital Renewal list, which lost one seat compared with the previous parliament, said it
accepted the results but was studying "irregularities" at two polling centres in Tariq
al-Jdideh. Its spokesman, Bilal Ghandour, said the list would decide within days whether to
file a challenge with the Constitutional Council, which accepts appeals for 30 days after
results are published.

## A nationwide picture

Across the country, nine women won seats, one more than in the outgoing chamber. The
European Union's observation mission, headed by Ingrid Vaskula, described the vote in a
preliminary statement yesterday as generally orderly and well administered, while citing
allegations of vote-buying and of pressure on voters near some polling stations.

Turnout in the capital lagged the rest of the country. Beirut I, the eastern district with
eight seats, recorded 31.2 per cent, the lowest of the 15 districts.
""",
    sidebar_title="Beirut II in numbers",
    sidebar=[
        "Seats: 11",
        "Registered voters: 384,600",
        "Ballots cast: 152,302 (39.6%)",
        "Electoral quotient: 13,212",
        "Beirut Our Promise 5 | Capital Renewal 4 | Citizens of Beirut 2",
    ],
    related=[
        ("Beirut I: old faces return as turnout slumps", "/politics/beirut-i-results"),
        ("Editorial: a mandate for accountability", "/opinion/editorial-mandate"),
        ("Depositors' lawyer heads to parliament", "/beirut/salameh-profile"),
    ],
)

_BC2_TV = _article(
    site="Levant 24",
    url="https://levant24.example/news/lebanon-election-final-results-beirut-two",
    title="Lebanon election: final results for Beirut II announced",
    kicker="Lebanon",
    headline="Lebanon election: final results for Beirut II announced, turnout put at 44.8 percent",
    standfirst=(
        "The interior minister read out the results in Beirut. Here is what we know and "
        "what happens next."
    ),
    byline="Levant 24 newsroom",
    nav=["News", "Live TV", "Programmes", "Lebanon", "Middle East", "Business", "Weather"],
    cookie="We and our partners use cookies to personalise content and ads.",
    body="""
BEIRUT -- Lebanon's Interior Minister Nabil Karam announced the final results for the Beirut
II district on Tuesday, two days after Lebanese voters went to the polls to choose a new
128-member parliament.

Karam said national turnout in Sunday's election was 44.8 percent, a little higher than the
43.1 percent the ministry had announced on Sunday night. He said the initial count had not
yet included all polling station reports or the expatriate vote.

In Beirut II, turnout was just under 40 percent. About 152,000 people voted in the
district, which elects 11 members of parliament.

## The results

The Beirut Our Promise list won five seats, Capital Renewal won four and Citizens of Beirut
won two. Under Lebanon's proportional system, seats are shared out between lists according
to their share of the vote, and then allocated to individual candidates according to their
preferential votes and the sectarian distribution of seats.

The top vote-getter was Karim Nassar of Beirut Our Promise, with 14,087 preferential votes.
Lawyer Maya Salameh, one of the two winners from the Citizens of Beirut list, received 9,412.

Speaking to Levant 24 outside her campaign office in Mar Elias, Salameh said voters had
chosen accountability and that her work toward it would start the following day.

[AD]

## What the minister said

Karam told the news conference, which began at 11:30 Beirut time, that the election had
taken place "in a calm atmosphere, with very limited incidents that were dealt with
immediately". He thanked the army and the Internal Security Forces, which deployed tens of
thousands of personnel on election day.

He said 212,300 Lebanese abroad had registered to vote and that 61.4 percent of them had
done so, a participation rate well above that of voters inside the country.

## Observers

The European Union's observation mission said in its preliminary statement that election
day was generally orderly and well administered. Its chief observer, Ingrid Vaskula, told
reporters the mission was concerned about allegations of vote-buying and would address them
in its final report, expected within two months.

## What happens next

Losing candidates can challenge the results before the Constitutional Council within 30
days. The new parliament must then meet to elect a speaker and deputy speaker. After that,
the president holds binding parliamentary consultations to designate a prime minister, who
will try to form a government -- a process that has taken months in the past.

Nine women won seats across the country, compared with eight in the previous parliament.
Women's rights groups said the number remained far too low and renewed calls for a quota.

"Nine out of 128 is still a failure, even if it is a slightly smaller failure than last
time," said Carla Eid of the campaign group Women in Parliament.
""",
    sidebar_title="Election 2026: key numbers",
    sidebar=[
        "Seats in parliament: 128",
        "Electoral districts: 15",
        "National turnout: 44.8%",
        "Women elected: 9 (previously 8)",
    ],
    related=[
        ("Watch: Karam's news conference in full", "/video/karam-news-conference"),
        ("Beirut I results: who won", "/news/beirut-i-results"),
        ("Analysis: what the new parliament means for the IMF talks", "/news/imf-analysis"),
    ],
)

_BC2 = {
    "id": "el-BC2",
    "part": "BC",
    "domain": "election",
    "fetched": "2026-05-26",
    "articles": [_BC2_WIRE, _BC2_PAPER, _BC2_TV],
    "planted": [],
}


# ---------------------------------------------------------------------------
# ct-BC3 -- court (three planted disagreements)
# ---------------------------------------------------------------------------

_BC3_WIRE = _article(
    site="Gulf Law Wire",
    url="https://gulflawwire.example/disputes/2026/03/03/difc-appeal-upholds-marsa-crest-ruling",
    title="DIFC appeal court upholds AED 412.6 mln judgment against Marsa Crest",
    kicker="Disputes",
    headline="DIFC appeal court upholds AED 412.6 mln judgment against developer Marsa Crest",
    standfirst=(
        "Three-judge panel rejects jurisdiction and force majeure arguments in dispute with "
        "Dunecrest Bank-led lenders."
    ),
    byline="By Aisha Karim",
    shown_date="3 March 2026, 07:15 GMT",
    shown_iso="2026-03-03T07:15:00Z",
    published="2026-03-03T07:15:00Z",
    nav=["Disputes", "Deals", "Regulation", "Courts", "Arbitration", "People"],
    body="""
DUBAI, March 3 (GLW) -- The Court of Appeal of the Dubai International Financial Centre
(DIFC) Courts on Tuesday upheld a judgment ordering Dubai developer Marsa Crest Holdings to
pay AED 412.6 million ($112.3 million) to a group of four lenders led by Dunecrest Bank,
rejecting the developer's argument that the court had no jurisdiction over the dispute.

The three-judge panel, presided over by Chief Justice Sir Roland Ashby, dismissed the appeal
unanimously in a 64-page judgment handed down at 10:00 Gulf time (06:00 GMT). The lead
judgment was written by Justice Farah Al Nuaimi, with whom the Chief Justice and Justice
Peter Delacourt agreed.

The ruling confirms a decision of the Court of First Instance delivered on 14 August 2025 by
Justice Helen Marchetti, who found Marsa Crest liable for the outstanding principal of an AED
550 million syndicated facility signed in 2022 to finance the 46-storey Marsa Crest Residences
tower in Dubai Marina. Interest runs at 9% a year from 14 June 2024, the date on which the
lenders declared the loan in default.

Marsa Crest had argued on appeal, heard over two days on 19 and 20 January, that a clause in
the original facility agreement sent disputes to the onshore Dubai Courts rather than the DIFC
Courts, and that a halt to construction in 2024, which it blamed on the insolvency of its main
contractor, amounted to force majeure.

Justice Al Nuaimi found that the parties had "expressly and unambiguously" chosen the DIFC
Courts in a 2023 amendment to the agreement, which superseded the earlier clause. The
collapse of a contractor, she wrote, "is a commercial risk that a developer of this size must
be taken to have assumed".

[AD]

Marsa Crest was also ordered to pay the lenders' costs of the appeal, to be assessed if not
agreed. The Court of Appeal is the highest court in the DIFC system, and its decisions are
final.

"Today's judgment confirms that parties who choose the DIFC Courts will be held to that
choice," said Sophie Randall, a partner at Harcourt Lyle, who represented the lenders. She
estimated that the total owed, including interest accrued since the default, was now about
AED 476 million, and said the lenders would move to enforce the judgment through the
execution judge of the onshore Dubai Courts.

Marsa Crest's chief executive, Tariq Hamdan, said in a statement: "We respect the court and
are studying the judgment carefully with our advisers. Our priority remains completing the
tower for the families who bought homes in it."

The tower is about 71% complete, according to the developer's most recent quarterly update,
and 312 of its 398 apartments were sold off-plan. Buyers are not parties to the case.

Shares in Marsa Crest fell 6.8% to AED 1.37 on the Dubai Financial Market on Tuesday, their
lowest close in more than two years.

The case, CA-009-2025, is one of the largest real estate finance disputes to reach the DIFC
Court of Appeal. Lawyers said the ruling would be read closely by banks that have amended
older facility agreements to opt into the DIFC Courts' jurisdiction.

(Reporting by Aisha Karim; editing by Martin Cole)
""",
    sidebar_title="DIFC Courts: other recent rulings",
    sidebar=[
        "Shipping charter dispute: USD 38.5 mln award enforced",
        "Fintech founder wins AED 9.2 mln bonus claim",
        "Hotel operator appeal dismissed, costs AED 2.4 mln",
    ],
    related=[
        ("Explainer: how DIFC judgments are enforced onshore", "/explainers/difc-enforcement"),
        ("Dubai developers' debt pile under scrutiny", "/deals/dubai-developers-debt"),
        ("Marsa Crest first-instance ruling: the key findings", "/disputes/marsa-crest-cfi"),
    ],
)

_BC3_PAPER = _article(
    site="The Dubai Courier",
    url="https://dubaicourier.example/business/property/marsa-crest-loses-appeal-lenders",
    title="Marsa Crest loses appeal in lenders' case over Dubai Marina tower",
    kicker="Property",
    headline="Marsa Crest loses appeal in lenders' case over Dubai Marina tower",
    standfirst="Buyers in the unfinished 46-storey tower say they want clarity on handover dates.",
    byline="By Daniel Mathew, Senior Business Reporter",
    shown_date="Wednesday, March 4, 2026",
    nav=["UAE", "Business", "Property", "World", "Opinion", "Lifestyle", "Sport"],
    cookie="We use cookies to give you the best experience. See our cookie policy.",
    body="""
DUBAI -- Developer Marsa Crest Holdings must pay Dh421.6 million to a group of lenders led by
Dunecrest Bank after the Dubai International Financial Centre Courts' appeal judges yesterday
threw out its challenge to last year's ruling.

The Court of Appeal, presided over by Chief Justice Sir Roland Ashby, handed down its
decision at 10am on Tuesday. All three judges agreed that the case belonged in the DIFC
Courts and that the developer could not rely on force majeure to escape its obligations.

The money relates to an unpaid syndicated loan taken out in 2022 to build Marsa Crest
Residences, a 46-storey tower in Dubai Marina. The lenders declared a default in June 2024
and won their case at first instance in August last year. Interest of 9 per cent a year is
added to the judgment sum.

Writing for the court, Justice Farah Al Nuaimi said a contractor's collapse was "a commercial
risk that a developer of this size must be taken to have assumed". The developer had blamed
the 2024 construction stoppage on the insolvency of its main contractor.

## Buyers in limbo

For the 312 families and investors who bought apartments off-plan, the ruling raises new
questions about when they will receive their keys. The original handover date of late 2024
has already slipped twice.

"We are not against the banks being paid. We just want someone to tell us, in writing, when
the tower will be finished and who will finish it," said Waleed Kassem, who chairs an
informal association of around 140 buyers.

[AD]

Marsa Crest's chief executive Tariq Hamdan said the company respected the court, was
studying the judgment with its advisers and remained focused on "completing the tower for
the families who bought homes in it". A spokeswoman said work on site continued and that the
building was about 71 per cent complete.

Lawyers for the lenders said they would now ask the execution judge at the Dubai Courts to
enforce the judgment. "Parties who choose the DIFC Courts will be held to that choice," said
Sophie Randall of Harcourt Lyle, the law firm that acted for the banks.

The developer's shares fell nearly 7 per cent on the Dubai Financial Market after the ruling
was published, closing at Dh1.37.

## What happens next

The Court of Appeal is the final court in the DIFC system. Under an enforcement protocol
between the two court systems, a DIFC money judgment can be executed against assets in
onshore Dubai once it is referred to the execution judge, a step lawyers said could take
several weeks.

Dubai's Real Estate Regulatory Agency, which oversees escrow accounts for off-plan
projects, did not respond to a request for comment on whether buyers' payments held in
escrow could be affected.

Analysts said the judgment could push Marsa Crest to sell assets or bring in a partner to
finish the tower. "A developer that size cannot write a cheque of that scale from cash,"
said Omar Farouk, a real estate analyst at Dune Ridge Research. "The logical next step is a
joint venture or a disposal, and probably both."
""",
    sidebar_title="Dubai property this week",
    sidebar=[
        "Off-plan sales in February: Dh18.7bn",
        "Average Marina apartment price: Dh1,940 per sq ft",
        "Transactions registered: 14,380",
    ],
    related=[
        ("Off-plan buyers: what the escrow law protects", "/property/escrow-explainer"),
        ("Dubai Marina rents climb for ninth month", "/property/marina-rents"),
        ("Opinion: developers must stop over-promising", "/opinion/developers"),
    ],
)

_BC3_NEWSLETTER = _article(
    site="Emirates Legal Brief",
    url="https://emirateslegalbrief.example/notes/marsa-crest-v-dunecrest-court-of-appeal",
    title="Marsa Crest v Dunecrest: Court of Appeal holds developer to DIFC opt-in",
    kicker="Case note",
    headline="Marsa Crest v Dunecrest: Court of Appeal holds developer to its DIFC opt-in",
    standfirst=(
        "Later opt-in clause prevails over the original jurisdiction clause; contractor "
        "insolvency is not force majeure."
    ),
    byline="Editorial team, Emirates Legal Brief",
    nav=["Case notes", "Legislation", "Arbitration", "Employment", "Events", "Subscribe"],
    cookie="Cookies help us deliver our services. Accept to continue.",
    footer_note="This note is for general information and is not legal advice.",
    body="""
The DIFC Court of Appeal has dismissed Marsa Crest Holdings' appeal against the first-instance
judgment in favour of a four-bank syndicate led by Dunecrest Bank, leaving in place an order
to pay AED 412.6 million (about USD 112.3 million) plus interest at 9% per annum from the date
of default. Judgment was handed down on Tuesday.

The panel was presided over by Deputy Chief Justice Sir Roland Ashby, sitting with Justice
Farah Al Nuaimi, who gave the lead judgment, and Justice Peter Delacourt. The decision was
unanimous and runs to 64 pages.

## The facts in brief

The syndicate provided an AED 550 million facility in 2022 for the construction of a
residential tower in Dubai Marina. The original facility agreement contained a clause
referring disputes to the courts of the Emirate of Dubai. A subsequent amendment, signed in
2023 when the facility was restructured, included an express opt-in to the exclusive
jurisdiction of the DIFC Courts. After construction stopped in 2024, the lenders accelerated
the loan and sued for the outstanding principal.

## Jurisdiction

Marsa Crest's principal argument was that the reference to the "courts of the Emirate of
Dubai" in the original agreement meant the onshore courts, and that the amendment did not
clearly displace it. The Court of Appeal rejected this. Justice Al Nuaimi held that the
amendment chose the DIFC Courts "expressly and unambiguously", that it post-dated and
therefore superseded the original clause, and that in any event the DIFC Courts are
themselves courts of the Emirate of Dubai.

[AD]

## Force majeure

The developer also relied on the facility's force majeure clause, pointing to the insolvency
of its main contractor. The court held that the collapse of a counterparty "is a commercial
risk that a developer of this size must be taken to have assumed", and that the clause, which
listed natural disasters, war and governmental action, could not be read to cover it.

## Practice points

First, lenders who restructure older facilities should make sure the amendment states in
terms that it replaces any earlier dispute resolution clause. The court reached the right
answer here, but only after two rounds of litigation.

Second, borrowers should not expect the DIFC Courts to stretch force majeure language to
cover ordinary commercial failures. The decision is consistent with a line of first-instance
authority on the point.

Third, enforcement. The lenders' counsel, Sophie Randall of Harcourt Lyle, has said the banks
will seek execution through the onshore Dubai Courts. She puts the total now owed, with
interest, at about AED 476 million.

Marsa Crest has said it is studying the judgment. Its shares closed down 6.8% on the Dubai
Financial Market on Tuesday.

Costs of the appeal were awarded to the lenders, to be assessed if not agreed.
""",
    extra_box=(
        '<div class="newsletter-signup"><p>Case notes from Emirates Legal Brief, every '
        'Thursday.</p><form action="/subscribe"><input type="email" name="email" '
        'placeholder="Email address"><button type="submit">Subscribe</button></form></div>'
    ),
    sidebar_title="From the archive",
    sidebar=[
        "Opt-in clauses after the 2023 restructurings: a survey",
        "Force majeure in construction finance: five DIFC rulings",
        "Enforcing DIFC money judgments onshore: a checklist",
    ],
    related=[
        ("Court of First Instance: Marsa Crest liable to syndicate", "/notes/marsa-crest-cfi"),
        ("Jurisdiction: when do the DIFC Courts say no?", "/notes/difc-declines"),
    ],
)

_BC3_TV = _article(
    site="Khaleej 24 News",
    url="https://khaleej24.example/business/court-orders-marsa-crest-to-pay-banks",
    title="Court orders Dubai developer Marsa Crest to pay banks AED 412.6 million",
    kicker="Business",
    headline="Court orders Dubai developer Marsa Crest to pay banks AED 412.6 million",
    standfirst="The DIFC Court of Appeal rejected the developer's challenge in full.",
    byline="Khaleej 24 business desk",
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Court orders Dubai developer Marsa Crest to pay banks AED 412.6 million",
        "datePublished": "2026-03-03T14:40:00+04:00",
        "author": {"@type": "Organization", "name": "Khaleej 24 News"},
        "publisher": {"@type": "Organization", "name": "Khaleej 24 News"},
    },
    nav=["Home", "UAE", "Gulf", "Business", "Watch live", "Shows", "Weather"],
    body="""
DUBAI -- A court in the Dubai International Financial Centre on Monday ordered developer
Marsa Crest Holdings to pay AED 412.6 million, or about $112 million, to a group of banks
that financed one of its Dubai Marina towers, dismissing the company's appeal.

The DIFC Court of Appeal, led by Chief Justice Sir Roland Ashby, handed down its judgment at
10 a.m. local time. The three judges agreed unanimously that the dispute belonged in the
DIFC Courts, as the banks had argued, and not in the onshore Dubai Courts, as the developer
had claimed.

The banks, led by Dunecrest Bank, lent Marsa Crest AED 550 million in 2022. Construction of
the 46-storey tower stopped in 2024, and the lenders later declared the loan in default. The
amount now ordered is the outstanding principal, and interest of 9 percent a year will be
added on top.

Marsa Crest said a construction halt caused by its main contractor's insolvency should count
as force majeure. The court disagreed. In the lead judgment, Justice Farah Al Nuaimi said
the collapse of a contractor was a commercial risk that a large developer must be taken to
have accepted.

[AD]

## Reaction

"Today's judgment confirms that parties who choose the DIFC Courts will be held to that
choice," said Sophie Randall, a partner at law firm Harcourt Lyle, who acted for the lenders.

Marsa Crest chief executive Tariq Hamdan said the company respected the court and was
studying the ruling with its advisers. "Our priority remains completing the tower for the
families who bought homes in it," he said.

More than 300 apartments in the tower were sold before completion. Buyers who spoke to
Khaleej 24 said they were worried the ruling could delay the project further.

"I paid 60 percent of the price four years ago. I just want to know if I will ever live
there," said one buyer, a schoolteacher who asked not to be named.

The company's shares dropped 6.8 percent on the Dubai Financial Market after the judgment
was published.

## What is the DIFC Court of Appeal?

The DIFC Courts are an independent English-language common law court system within Dubai,
handling commercial and civil disputes. The Court of Appeal is the highest court in that
system, and there is no further appeal from its decisions.

Judgments can be enforced against assets elsewhere in Dubai through the execution judge of
the Dubai Courts.

Watch our full report on Khaleej 24 Business Tonight at 9 p.m.
""",
    sidebar_title="Markets at the close",
    sidebar=[
        "DFM General Index: 5,318.4 (-0.6%)",
        "ADX General Index: 9,742.1 (+0.2%)",
        "Brent crude: $71.85",
    ],
    related=[
        ("Watch: what the ruling means for buyers", "/video/marsa-crest-buyers"),
        ("Dubai property prices hit new high", "/business/dubai-property-prices"),
        ("Banks step up lending to developers", "/business/banks-developers"),
    ],
)

_BC3 = {
    "id": "ct-BC3",
    "part": "BC",
    "domain": "court",
    "fetched": "2026-03-16",
    "articles": [_BC3_WIRE, _BC3_PAPER, _BC3_NEWSLETTER, _BC3_TV],
    "planted": [
        ("judgment sum (AED)", r"412\.6", r"421\.6"),
        (
            "title of presiding judge Sir Roland Ashby",
            r"(?<!deputy )chief justice",
            r"deputy chief justice",
        ),
        ("weekday of the appeal ruling", r"tuesday", r"monday"),
    ],
}


# ---------------------------------------------------------------------------
# tr-BC4 -- trade (three planted disagreements)
# ---------------------------------------------------------------------------

_BC4_WIRE = _article(
    site="Khaleej Markets Wire",
    url="https://kmwire.example/economy/2026/07/15/uae-non-oil-trade-first-half-record",
    title="UAE non-oil trade hits record AED 1.94 trln in first half, up 14.2%",
    kicker="Economy",
    headline="UAE non-oil trade hits record AED 1.94 trillion in first half, up 14.2%",
    standfirst="Non-oil exports grow 21.5%; second quarter tops AED 1 trillion for the first time.",
    byline="By Sameer Kapoor",
    published="2026-07-15T08:40:00Z",
    shown_date="15 July 2026 | 08:40 GMT",
    nav=["Markets", "Economy", "Energy", "Companies", "Gulf", "Data"],
    body="""
DUBAI, July 15 (KMW) -- The United Arab Emirates' non-oil foreign trade rose 14.2% to a record
AED 1.94 trillion ($528.3 billion) in the first half of 2026, Minister of State for Foreign
Trade Hamdan Al Mazrouei said on Wednesday, as exports of goods made in the country grew
faster than re-exports for the first time in several years.

Speaking at a briefing at the Museum of the Future in Dubai that began at 11:00 local time
(07:00 GMT), Al Mazrouei said trade in the first six months compared with AED 1.70 trillion
in the same period of 2025.

Non-oil exports rose 21.5% to AED 436 billion, re-exports reached AED 582 billion and imports
AED 922 billion, according to figures presented at the briefing. Exports now account for
22.5% of the country's non-oil trade.

The second quarter alone accounted for AED 1.01 trillion, the first time the UAE's non-oil
trade has exceeded AED 1 trillion in a single quarter, after AED 930 billion in the first
three months of the year.

"We are no longer only a re-export hub. More and more of what leaves our ports is made
here," Al Mazrouei told reporters.

## Partners

China remained the UAE's largest trading partner, with bilateral non-oil trade of AED 214
billion in the half, followed by India at AED 161 billion, Saudi Arabia at AED 98 billion,
Iraq and the United States.

Trade with India grew 17.8%, which the minister attributed to the Comprehensive Economic
Partnership Agreement between the two countries, in force since 2022. The UAE has used such
agreements, known as CEPAs, to open markets in Asia, Africa and Latin America.

[AD]

The government aims to raise annual non-oil trade to AED 4 trillion by 2031. At the current
pace, analysts say, the country would reach roughly AED 3.9 trillion for the whole of 2026,
putting the target within reach ahead of schedule.

"Exports growing faster than re-exports is the number to watch," said Priya Raman, senior
economist at Corniche Analytics in Dubai. "It suggests that the industrial investments of
the last five years, in aluminium, steel, polymers and food processing, are starting to show
up in the trade data."

Raman cautioned that gold, which makes up a large share of both exports and re-exports,
could flatter the figures when prices are high. The ministry did not give a breakdown
excluding precious metals.

The figures were released a day after the Saudi General Authority for Statistics reported
a rise in the kingdom's non-oil exports for May, underlining how Gulf economies are leaning
on trade to diversify away from hydrocarbons.

Non-oil activity accounts for about three-quarters of the UAE's gross domestic product. The
central bank expects the non-oil economy to grow about 5% this year.

(Reporting by Sameer Kapoor; Editing by Helen Price)
""",
    sidebar_title="Gulf trade data",
    sidebar=[
        "Saudi non-oil exports, May (incl. re-exports): SAR 28.1 bln",
        "Oman non-oil exports, Jan-May: OMR 2.6 bln",
        "Dubai port container volumes, H1: 7.9 mln TEU",
    ],
    related=[
        ("UAE, Chile CEPA enters into force", "/economy/uae-chile-cepa"),
        ("Saudi non-oil exports rise in May", "/economy/saudi-non-oil-may"),
        ("Gold re-exports swell on record prices", "/markets/gold-re-exports"),
    ],
)

_BC4_PAPER = _article(
    site="The Gulf Morning Star",
    url="https://gulfmorningstar.example/business/economy/non-oil-trade-first-half-record",
    title="Non-oil trade climbs to record Dh1.94 trillion",
    kicker="Economy",
    headline="Non-oil trade climbs to record Dh1.94 trillion as exports outpace re-exports",
    standfirst="Second quarter crosses the Dh1 trillion mark; India trade up 17.8 per cent.",
    byline="Leena Thomas",
    shown_date="Thursday 16 July 2026",
    nav=["UAE", "Business", "Economy", "World", "Opinion", "Life", "Sport"],
    cookie="By using this website you agree to our use of cookies.",
    body="""
DUBAI -- The UAE's non-oil foreign trade reached a record Dh1.94 trillion in the first half of
the year, a rise of 14.2 per cent on the same period of 2025, Hamdan Al Mazrouei, Minister of
State for Foreign Trade, announced yesterday.

At a press briefing at Expo City Dubai, the minister said exports of UAE-made goods had
grown by 21.5 per cent to Dh436 billion, faster than re-exports, which stood at Dh582
billion. Imports totalled Dh922 billion.

"We are no longer only a re-export hub," Al Mazrouei said. "More and more of what leaves our
ports is made here."

Trade in the second quarter came to Dh1.01 trillion, the first quarter on record in which
non-oil trade has passed the Dh1 trillion mark. First-quarter trade had been Dh930 billion.

## China and India lead

China kept its place as the UAE's biggest trading partner, with Dh214 billion of non-oil
trade, followed by India with Dh161 billion. Trade with India rose 17.8 per cent, helped by
the two countries' Comprehensive Economic Partnership Agreement. Saudi Arabia, Iraq and the
United States completed the top five.

Traders at Jebel Ali said the figures matched what they had seen on the ground. "Our volumes
to East Africa are up by a third since January, and a lot of it is product made in Khalifa
Economic Zones and Jebel Ali itself, not just goods passing through," said Suresh Menon,
managing director of a Dubai-based freight forwarding company.

[AD]

## Target in sight

The country has set a goal of Dh4 trillion in annual non-oil trade by 2031. Last year it
recorded about Dh3.5 trillion.

Economists said the export figures were the most encouraging part of the release. Priya
Raman, senior economist at Corniche Analytics, said faster growth in exports than in
re-exports was "the number to watch", as it pointed to industrial investments in aluminium,
steel, polymers and food processing starting to pay off.

She noted, however, that gold flows could inflate the totals while prices remained high.

Business groups welcomed the data. "Manufacturers have been asking for better market access
for years, and the CEPAs are delivering it," said Noura Al Ketbi, a board member of a Dubai
industrialists' association.

The ministry said more detailed figures, including a breakdown by product, would be
published on its website in the coming weeks.

The UAE has so far signed more than two dozen CEPAs. Agreements with several African and
Latin American countries have entered into force this year.
""",
    sidebar_title="In numbers: first half of 2026",
    sidebar=[
        "Total non-oil trade: Dh1.94 trillion",
        "Exports: Dh436 billion",
        "Re-exports: Dh582 billion",
        "Imports: Dh922 billion",
    ],
    related=[
        ("Opinion: the quiet rise of 'Made in the UAE'", "/opinion/made-in-uae"),
        ("Jebel Ali volumes rise in second quarter", "/business/jebel-ali-q2"),
        ("Gold prices: what is driving the rally", "/business/gold-rally"),
    ],
)

_BC4_NEWSLETTER = _article(
    site="Corridor Trade Newsletter",
    url="https://corridortrade.example/issues/uae-h1-non-oil-trade-exports-lead",
    title="UAE H1 non-oil trade: exports lead, China and India on top",
    kicker="Gulf trade flows",
    headline="UAE H1 non-oil trade: exports lead the way, China and India stay on top",
    standfirst=(
        "Our take on the first-half figures, the CEPA effect and what the numbers do not say."
    ),
    byline="By the Corridor Trade editors",
    nav=["Latest issue", "Archive", "Corridors", "Data", "Events", "Subscribe"],
    cookie="We use essential and analytics cookies. Manage your choices at any time.",
    footer_note="Corridor Trade Newsletter is an independent publication.",
    body="""
The UAE's headline number is AED 1.94 trillion (about USD 528 billion) of non-oil trade in
the first half, up 12.4% year on year. Minister of State for Foreign Trade Hamdan Al
Mazrouei presented the figures on Wednesday at the Museum of the Future in Dubai.

## The breakdown

Non-oil exports: AED 436 billion, up 21.5%. Re-exports: AED 582 billion. Imports: AED 922
billion. The second quarter came in at AED 1.01 trillion, the first quarter ever above the
trillion mark, after AED 930 billion in Q1.

The minister's framing was clear: "We are no longer only a re-export hub. More and more of
what leaves our ports is made here." The export line supports him. Exports were 22.5% of the
total in H1, a share that has been creeping up for three years.

## Partners

China: AED 214 billion (roughly USD 58.3 billion). India: AED 161 billion, up 17.8%, four
years after the CEPA took effect. Then Saudi Arabia (AED 98 billion), Iraq and the US.

The India number matters most for corridor watchers. Much of the growth is in
non-traditional categories such as electronics, processed food and engineering goods moving
in both directions, not only the gold and jewellery that dominated bilateral flows a decade
ago.

[AD]

## What the numbers do not say

The ministry did not separate out gold. When prices are high, as they have been all year,
gold inflates both exports and re-exports. Priya Raman of Corniche Analytics made the same
point to us, while calling exports outgrowing re-exports "the number to watch".

Nor did the release give volumes. A rise in value can reflect prices rather than more
containers, though port data suggest volumes are up too.

## The 2031 target

The government wants AED 4 trillion a year by 2031. Doubling the first half gives roughly
AED 3.9 trillion for 2026 if the pace holds. The second half is usually the stronger one,
so the target could be met early -- if gold cooperates.

## Corridor notes

India-UAE: the rupee-dirham settlement system is now used for a small but growing share of
bilateral invoices. Traders tell us adoption is highest in food and textiles.

UAE-Africa: Kenya and several West African markets are the fastest-growing destinations for
UAE-made goods, from a low base.

UAE-Saudi: trade with the kingdom rose, but more slowly than overall trade; Saudi Arabia's
own push to build up local manufacturing is reducing its need for re-exported goods from
Dubai.

Next issue: Oman's new free zone incentives and what they mean for Sohar.
""",
    extra_box=(
        '<div class="newsletter-signup"><p>Corridor Trade lands in your inbox every '
        'fortnight.</p><form action="/subscribe"><input type="email" name="email" '
        'placeholder="Your email"><button type="submit">Subscribe free</button></form></div>'
    ),
    sidebar_title="Corridor dashboard",
    sidebar=[
        "India-UAE trade, H1: AED 161 bn (+17.8%)",
        "China-UAE trade, H1: AED 214 bn",
        "UAE CEPAs in force: more than a dozen",
    ],
    related=[
        ("The rupee-dirham settlement system, one year on", "/issues/rupee-dirham"),
        ("Saudi Arabia's localisation drive and Dubai re-exports", "/issues/saudi-localisation"),
    ],
)

_BC4_TV = _article(
    site="Gulf Live TV",
    url="https://gulflive.example/business/uae-non-oil-trade-record-first-half",
    title="UAE's non-oil trade reaches record in first half of 2026",
    kicker="Business",
    headline="UAE's non-oil trade reaches record AED 1.94 trillion in first half",
    standfirst="Exports of goods made in the UAE grew fastest, official figures show.",
    byline="Gulf Live TV",
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "UAE's non-oil trade reaches record AED 1.94 trillion in first half",
        "datePublished": "2026-07-15T16:20:00+04:00",
        "dateModified": "2026-07-15T16:45:00+04:00",
        "publisher": {"@type": "Organization", "name": "Gulf Live TV"},
    },
    nav=["Home", "UAE", "Gulf", "World", "Business", "Live", "Programmes"],
    body="""
DUBAI -- The UAE's non-oil foreign trade rose 14.2 percent to a record AED 1.94 trillion in
the first six months of 2026, according to figures released by the economy ministry on
Wednesday at a briefing at the Museum of the Future in Dubai.

That is equivalent to about $528 billion. In the first half of last year, the figure was
AED 1.70 trillion.

Exports of goods produced in the UAE grew 21.5 percent to AED 436 billion, outpacing
re-exports, which totalled AED 582 billion. Imports came to AED 922 billion.

"We are no longer only a re-export hub. More and more of what leaves our ports is made
here," said Khalid Al Shamsi, the ministry's assistant undersecretary for foreign trade,
at the briefing.

## A record quarter

For the first time, non-oil trade in a single quarter passed AED 1 trillion. The second
quarter's total was AED 1.01 trillion, up from AED 930 billion in the first quarter.

China was again the UAE's largest trading partner, at AED 214 billion, ahead of India at
AED 161 billion. Trade with India rose 17.8 percent, a sign, officials say, that the
economic partnership deal between the two countries is working. Saudi Arabia, Iraq and the
United States followed.

[AD]

## Why it matters

The UAE has been trying for years to reduce its dependence on oil revenue. Officials have
set a target of AED 4 trillion in annual non-oil trade by 2031.

"If you look at where the growth comes from, it's exports of things made here -- aluminium,
steel, plastics, food," Priya Raman, senior economist at Corniche Analytics, told Gulf Live
TV. "That is what diversification is supposed to look like."

She added that high gold prices could be making the numbers look better than the underlying
trend, because gold is a big part of the UAE's trade.

## On the ground

At a packaging factory in the Khalifa Economic Zones, near Abu Dhabi, production manager
Rashid Al Hammadi said orders from abroad had risen sharply this year.

"Two years ago, almost everything we made was sold inside the country. Now nearly half goes
to export, mainly to Africa and South Asia," he said, as forklifts loaded pallets onto
trucks bound for Khalifa Port.

The factory has added a third production line and hired 60 more workers since January, he
said.

Economists expect the second half of the year to be at least as strong as the first,
supported by new trade agreements and rising demand in Asia.

Watch the full report on Gulf Live Business at 8 p.m.
""",
    sidebar_title="Markets",
    sidebar=[
        "DFM General Index: 5,402.7 (+0.4%)",
        "ADX General Index: 9,815.0 (+0.1%)",
        "Gold: $3,612 an ounce",
    ],
    related=[
        ("Video: inside a Khalifa Economic Zones factory", "/video/kezad-factory"),
        ("Gold hits new record", "/business/gold-record"),
        ("Abu Dhabi ports report higher volumes", "/business/abu-dhabi-ports"),
    ],
)

_BC4 = {
    "id": "tr-BC4",
    "part": "BC",
    "domain": "trade",
    "fetched": "2026-07-27",
    "articles": [_BC4_WIRE, _BC4_PAPER, _BC4_NEWSLETTER, _BC4_TV],
    "planted": [
        ("year-on-year growth of H1 non-oil trade", r"14\.2", r"12\.4"),
        ("venue of the trade figures briefing", r"museum of the future", r"expo city"),
        ("who said the 're-export hub' quote", r"mazrouei", r"shamsi"),
    ],
}


# ---------------------------------------------------------------------------
# rk-BC5 -- rocket (control)
# ---------------------------------------------------------------------------

_BC5_LIVE = _article(
    site="Muscat Observer",
    url="https://muscatobserver.example/live/najm-2-launch-etlaq-duqm",
    title="Live: Najm-2 rocket launch from Etlaq Spaceport, Duqm",
    kicker="Tech & Space",
    kind="live",
    headline="Live: Oman's Najm-2 rocket launches from Etlaq Spaceport",
    standfirst=(
        "Follow the launch of Hisn Aerospace's suborbital rocket from the spaceport near "
        "Duqm. All times are Oman time (GMT+4)."
    ),
    byline="Live coverage by Khalfan Al Siyabi and Dana Mathews",
    published="2026-10-14T00:45:00Z",
    modified="2026-10-14T06:05:00Z",
    nav=["Oman", "Gulf", "Business", "Tech & Space", "Sport", "Opinion", "Live"],
    cookie="Muscat Observer uses cookies to measure audiences and keep you signed in.",
    body="""
@@ 10:05 | That's where we'll end our live coverage. To recap: Najm-2 lifted off at 06:12
after a 42-minute hold for upper-level winds, reached a confirmed altitude of 118.4 km and
became the first rocket launched from Omani soil to cross the 100 km Karman line. Its
payload capsule was recovered from the Arabian Sea. Thank you for following along.

@@ 09:50 | Hisn Aerospace has confirmed the figures in a statement issued at 09:45. Peak
altitude was 118.4 km, slightly higher than the preliminary reading we reported earlier. The
company says all four experiments returned data. Top speed was Mach 4.1.

@@ 08:27 | The recovery vessel has the capsule on deck. It was lifted out of the water two
hours and 15 minutes after launch, about 64 km off the coast. Engineers will open it at the
Duqm port facility later today.

@@ 07:05 | Dr. Salim Al Harthy, Undersecretary for Transport at the Ministry of Transport,
Communications and Information Technology, speaking at the spaceport: "Etlaq is now a
working spaceport, not a plan on paper. Today proves that Oman can host launches safely and
on a regular basis."

@@ 06:31 | First numbers from Hisn Aerospace: preliminary telemetry puts the peak altitude at
about 115 km. That would comfortably clear the Karman line at 100 km. The company says two of
the four experiments have confirmed data so far; it is waiting on the other two.

@@ 06:24 | Hisn Aerospace chief executive Azzan Al Balushi, visibly emotional in the control
room: "Today an Omani rocket, built by Omani engineers, touched space. That is the line we
wanted to cross."

@@ 06:20 | Splashdown. The payload capsule came down under its parachute in the Arabian Sea,
7 minutes 48 seconds after liftoff, according to the mission commentary. The recovery vessel
is heading to the site.

@@ 06:15 | Motor burnout came at about 52 seconds. The rocket is now coasting upwards. Mission
control calls out "passing 100 kilometres" to cheers in the viewing area.

@@ 06:12 | LIFTOFF! Najm-2 leaves the pad at Etlaq in a column of white smoke and climbs
quickly out of sight over the desert.

@@ 05:58 | Terminal countdown under way. Weather balloons show winds aloft back within limits.

@@ 05:47 | We have a new launch time: 06:12, after a 42-minute hold from the original 05:30
slot. Launch director Maryam Al Rawahi says the upper-level winds are easing.

@@ 05:18 | Launch hold. The range team is watching strong upper-level winds and has paused
the count. No new time yet.

@@ 04:52 | A quick reminder: Hisn's first rocket, Najm-1, flew earlier this year and reached
34 km. Today's goal is to go more than three times higher and reach space.

[AD]

@@ 04:45 | Good morning from Etlaq Spaceport, about 20 km from Duqm on Oman's Arabian Sea
coast. Hisn Aerospace, a Muscat-based company founded in 2021, plans to launch its Najm-2
suborbital rocket when the window opens at 05:30. The 11.6-metre, 1.9-tonne rocket carries a
28 kg capsule with four experiments from Sultan Qaboos University, the German University of
Technology in Oman and the Muscat start-up Sadaf Sensors.

""",
    sidebar_title="Najm-2 at a glance",
    sidebar=[
        "Height: 11.6 m",
        "Mass at liftoff: 1.9 tonnes",
        "Payload: 28 kg capsule, 4 experiments",
        "Launch site: Etlaq Spaceport, Al Wusta",
        "Operator: Hisn Aerospace",
    ],
    related=[
        ("Who is behind Hisn Aerospace?", "/tech-space/hisn-aerospace-profile"),
        ("Duqm: from fishing village to spaceport town", "/oman/duqm-spaceport-town"),
        ("Gallery: the launch in pictures", "/gallery/najm-2-launch"),
    ],
)

_BC5_WIRE = _article(
    site="Arabian Sea Press Agency",
    url="https://aspa.example/en/news/oman-rocket-najm-2-reaches-space",
    title="Omani rocket Najm-2 reaches space on suborbital flight from Duqm",
    kicker="Science",
    headline="Omani rocket Najm-2 reaches space on suborbital flight from Duqm",
    standfirst="Privately built rocket climbs to 118.4 km; payload capsule recovered at sea.",
    byline="By Yousuf Al Ghailani",
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Omani rocket Najm-2 reaches space on suborbital flight from Duqm",
        "datePublished": "2026-10-14T07:05:00Z",
        "author": {"@type": "Person", "name": "Yousuf Al Ghailani"},
        "publisher": {"@type": "Organization", "name": "Arabian Sea Press Agency"},
    },
    nav=["Top news", "Gulf", "World", "Business", "Science", "Sport"],
    body="""
DUQM, Oman, Oct 14 (ASPA) -- A suborbital rocket built by Omani company Hisn Aerospace reached
space on Wednesday, climbing to an altitude of 118.4 kilometres (73.6 miles) after lifting
off from the Etlaq Spaceport on the Arabian Sea coast, the company said.

The Najm-2 rocket left the pad at 06:12 local time (02:12 GMT), 42 minutes later than planned
because of strong upper-level winds, and became the first rocket launched from Oman to cross
the Karman line, the 100 km boundary commonly used to mark the edge of space.

Preliminary telemetry released shortly after the launch had put the peak altitude at about
115 km. The company confirmed the higher figure of 118.4 km in a statement at 09:45 local
time, after engineers had analysed the full flight data.

The rocket's 28 kg payload capsule separated near the top of the climb and came down by
parachute in the sea about 64 km (40 miles) offshore, 7 minutes and 48 seconds after liftoff.
A support vessel recovered it at 08:27, two hours and 15 minutes after launch.

"Today an Omani rocket, built by Omani engineers, touched space. That is the line we wanted to
cross," said Azzan Saif Al Balushi, chief executive of Hisn Aerospace.

[AD]

The capsule carried four experiments: two from Sultan Qaboos University, one from the German
University of Technology in Oman and one from Sadaf Sensors, a Muscat start-up testing a
temperature sensor for satellites. All four returned data, the company said.

One of the university experiments measured radiation during the flight. "Even a few minutes
above 100 km give us measurements we cannot get any other way from Oman," said Dr. Huda Al
Kindi, an associate professor of physics at Sultan Qaboos University who led the work.

The 11.6-metre rocket, powered by a hybrid motor, burned for about 52 seconds and reached a
top speed of Mach 4.1, according to the company.

Oman opened the Etlaq Spaceport, about 20 km from Duqm in Al Wusta governorate, to launches in
December 2024. The government sees space activities as part of its plan to diversify the
economy away from oil and gas.

"Etlaq is now a working spaceport, not a plan on paper," Dr. Salim Al Harthy, undersecretary
for transport at the Ministry of Transport, Communications and Information Technology, told
reporters at the site.

Hisn Aerospace, founded in 2021, flew its first rocket, Najm-1, earlier this year to an
altitude of 34 km. The company said it was now working on a larger two-stage vehicle that it
hopes could one day place small satellites in orbit, but gave no date.
""",
    sidebar_title="Space in the region",
    sidebar=[
        "UAE: Earth-observation satellite contract signed, launch due in 2027",
        "Saudi Arabia: new space agency budget announced",
        "Bahrain: second cubesat completes first year in orbit",
    ],
    related=[
        ("Oman approves spaceport licensing rules", "/en/news/oman-spaceport-rules"),
        ("Gulf states step up space spending", "/en/news/gulf-space-spending"),
    ],
)

_BC5_NEWSLETTER = _article(
    site="Orbital Gulf Weekly",
    url="https://orbitalgulf.example/p/najm-2-crosses-the-line",
    title="Najm-2 crosses the line: notes on Oman's first flight to space",
    kicker="Launch report",
    headline="Najm-2 crosses the line: notes on Oman's first flight to space",
    standfirst="Flight profile, the hold, the payloads and what comes next for Hisn Aerospace.",
    byline="By Elena Varga",
    nav=["Posts", "Launch log", "Podcast", "About", "Subscribe"],
    cookie="This newsletter site uses minimal cookies for sign-in and analytics.",
    footer_note="Orbital Gulf Weekly is reader-supported.",
    body="""
Oman has a rocket that has been to space. Hisn Aerospace's Najm-2 lifted off from Etlaq
Spaceport near Duqm at 02:12 UTC on Wednesday (06:12 local) and peaked at 118.4 km, or 73.6
miles, comfortably above the Karman line. Here are my notes from the flight.

## The hold

The window opened at 01:30 UTC, but the range called a hold for upper-level winds shortly
before. After a 42-minute delay the count resumed and the vehicle flew at the first
opportunity. Upper winds are the main weather constraint for small unguided or lightly guided
suborbital rockets, because they push the vehicle off its planned trajectory during the
first seconds of flight.

## Flight profile

The hybrid motor burned for about 52 s, accelerating the 1.9-tonne, 11.6 m vehicle to about
Mach 4.1. The rest of the climb was a coast. The payload capsule separated near apogee and
descended under a parachute, splashing down roughly 40 miles (64 km) offshore 7 min 48 s
after liftoff. The recovery boat had it aboard 2 h 15 min after launch.

A note on the numbers: the first altitude figure to circulate, about 115 km, was a
preliminary value from the real-time telemetry stream. Hisn's post-flight statement gives
118.4 km, based on the full data set. I will use the official figure from here on.

[AD]

## Payloads

Four experiments flew in a 28 kg capsule: two from Sultan Qaboos University (a radiation
dosimeter and a seed-germination study), one from the German University of Technology in
Oman (fluid behaviour in microgravity) and a temperature sensor from Muscat start-up Sadaf
Sensors. All four returned data. Three institutions, four experiments -- a good ratio for a
second flight.

## Quotes worth keeping

Azzan Al Balushi, the company's chief executive, said an Omani rocket built by Omani
engineers had "touched space", calling it the line the team had wanted to cross. Salim Al
Harthy, the transport undersecretary, described Etlaq as "a working spaceport, not a plan on
paper".

## Context

Najm-1, Hisn's first vehicle, reached 34 km earlier this year. Going from 34 km to 118.4 km
in one step is a big jump, and it was achieved with a vehicle that is only modestly larger.
The spaceport itself hosted its inaugural launch less than two years ago, so the site's
procedures are still being written as it goes.

## What next

Hisn says it is designing a two-stage vehicle aimed, eventually, at small satellites. That is
a very different problem: orbit requires roughly 7.8 km/s of horizontal velocity, while
Najm-2 topped out at around 1.4 km/s. Do not expect an orbital attempt soon. But a regular
cadence of suborbital science flights from Etlaq looks realistic, and that is valuable in
itself for universities in the region.
""",
    extra_box=(
        '<div class="newsletter-signup"><p>Orbital Gulf Weekly: one email a week about '
        'space in the Middle East.</p><form action="/subscribe"><input type="email" '
        'name="email" placeholder="you@example.com"><button type="submit">Subscribe'
        "</button></form></div>"
    ),
    sidebar_title="Launch log",
    sidebar=[
        "Najm-2, Etlaq, Oman: apogee 118.4 km, success",
        "Najm-1, Etlaq, Oman: apogee 34 km, success",
        "Regional cubesat rideshare: slipped to next year",
    ],
    related=[
        ("Etlaq Spaceport: a site guide", "/p/etlaq-site-guide"),
        ("Why upper winds scrub small rockets", "/p/upper-winds"),
    ],
)

_BC5 = {
    "id": "rk-BC5",
    "part": "BC",
    "domain": "rocket",
    "fetched": "2026-10-21",
    "articles": [_BC5_LIVE, _BC5_WIRE, _BC5_NEWSLETTER],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-BC6 -- earthquake (three planted disagreements)
# ---------------------------------------------------------------------------

_BC6_LIVE = _article(
    site="Levant Now TV",
    url="https://levantnow.example/live/earthquake-gulf-of-aqaba",
    title="Live: earthquake shakes Aqaba and Gulf of Aqaba coast",
    kicker="Jordan",
    kind="live",
    headline="Live: strong earthquake shakes Aqaba and the Gulf of Aqaba coast",
    standfirst=(
        "Residents ran into the streets as the quake struck before dawn. Times are Jordan "
        "time (GMT+3)."
    ),
    byline="Levant Now TV digital team, Amman and Aqaba",
    published="2026-11-02T23:58:00Z",
    modified="2026-11-03T07:40:00Z",
    nav=["News", "Jordan", "Region", "Live TV", "Business", "Sport", "Weather"],
    cookie="Levant Now TV uses cookies for analytics and advertising.",
    body="""
@@ 10:40 | Latest official figures from Jordan's Civil Defence: 17 people were treated for
minor injuries in Aqaba, most of them hurt in falls or while rushing out of buildings, and
two were kept in hospital overnight for observation. There are no deaths. We are closing
this live page; our correspondents will continue reporting on air.

@@ 09:30 | The Jordan Seismological Observatory says it has recorded nine aftershocks so far.
The largest, of magnitude 3.6, came at 03:20. None caused further damage.

@@ 08:15 | Across the border, the Saudi Geological Survey measured the quake at magnitude 5.2.
Saudi Civil Defense says four people were lightly injured in Haql, the closest Saudi town to
the epicentre. SGS spokesman Tariq Al-Ghamdi said there was "no structural damage of
concern" in Haql.

@@ 07:10 | Aqaba Special Economic Zone Authority chief commissioner Hazem Al-Tarawneh says
engineers have found cracks in 31 buildings, mostly older ones. Three buildings in the old
town have been evacuated as a precaution and 22 families moved to hotels at the authority's
expense. Port operations, suspended at 03:15, resumed at 06:30 after inspections of the
quays and cranes.

@@ 06:05 | The European-Mediterranean Seismological Centre has revised its magnitude down from
5.6 to 5.4, in line with the US Geological Survey, which also puts it at 5.4 at a depth of
about 10 km. Different agencies use different methods and station networks, so small
differences in magnitude are normal.

@@ 05:20 | The Ministry of Education says all schools in Aqaba governorate will be closed
today for safety inspections.

[AD]

@@ 04:30 | Residents report several smaller jolts. The observatory says there have been at
least five aftershocks so far.

@@ 04:10 | Civil Defence says at least 11 people have been treated for minor injuries in
Aqaba. A spokesman said the number could rise as people arrive at clinics.

@@ 03:40 | The Aqaba port has suspended operations since 03:15 while engineers check
facilities. Ships at anchor have been told to hold position.

@@ 03:25 | The Jordan Seismological Observatory says the earthquake struck at 02:47 with a
magnitude of 5.3, centred in the Gulf of Aqaba about 38 km south of Aqaba at a depth of about
12 km. The European-Mediterranean Seismological Centre gave an initial magnitude of 5.6.

@@ 03:12 | Observatory director Dr. Reem Al-Taher to Levant Now TV by phone: "The Dead Sea
fault system is active, and we must treat this as a reminder, not a surprise. People should
stay away from damaged buildings until engineers have checked them."

@@ 03:05 | Our correspondent in Aqaba, Laith Hamdan, says the shaking lasted several seconds
and was strong enough to knock items off shelves. Hundreds of people are in the streets and
on the Corniche, many in their night clothes. Shaking was also reported in Maan, in Eilat, in
Taba in Egypt's Sinai, and in the Saudi city of Tabuk.

@@ 02:58 | We are receiving reports of a strong earthquake felt in Aqaba. More soon.
""",
    sidebar_title="Earthquake: key facts",
    sidebar=[
        "Time: 02:47 Jordan time",
        "Magnitude (Jordan Seismological Observatory): 5.3",
        "Magnitude (USGS): 5.4",
        "Epicentre: Gulf of Aqaba, about 38 km south of Aqaba",
        "Emergency number in Jordan: 911",
    ],
    related=[
        ("What to do during an earthquake", "/guides/earthquake-safety"),
        ("The Dead Sea fault explained", "/explainers/dead-sea-fault"),
        ("Watch: residents describe the moment the quake hit", "/video/aqaba-residents"),
    ],
)

_BC6_WIRE = _article(
    site="Red Sea Wire",
    url="https://redseawire.example/world/middle-east/quake-gulf-of-aqaba-injuries",
    title="Quake in Gulf of Aqaba injures 21 in Jordan and Saudi Arabia",
    kicker="Middle East",
    headline="Earthquake in Gulf of Aqaba injures 21 in Jordan and Saudi Arabia",
    standfirst="No deaths reported; Aqaba port resumes work after three-hour suspension.",
    byline="By Farid Mansour; additional reporting by Hanan Qudah",
    shown_date="November 3, 2026 06:40 GMT",
    nav=["World", "Middle East", "Business", "Markets", "Climate", "Tech"],
    body="""
AQABA, Jordan, Nov 3 (RSW) -- An earthquake struck the Gulf of Aqaba before dawn on Tuesday,
injuring 21 people in Jordan and Saudi Arabia, damaging older buildings in the Jordanian port
city of Aqaba and sending residents along the coast running into the streets.

The Jordan Seismological Observatory said the quake, which hit at 02:47 local time (23:47
GMT on Monday), had a magnitude of 5.8 and was centred about 38 km south of Aqaba at a depth
of around 12 km. The U.S. Geological Survey put the magnitude at 5.4, and the Saudi
Geological Survey at 5.2.

Jordan's Civil Defence said 17 people had been treated in Aqaba for minor injuries, mostly
from falls, and that two were being kept in hospital for observation. In Saudi Arabia, four
people were lightly hurt in the town of Haql, the Saudi Civil Defense said. No deaths were
reported in either country.

The quake was felt across the region, including in Eilat, in Egypt's Sinai Peninsula and as
far away as the Saudi city of Tabuk and Maan in southern Jordan.

"It felt like a truck had hit the building," said Mahmoud Shdeifat, a hotel night manager in
Aqaba. "Guests came down the stairs in pyjamas. Nobody wanted to take the lift."

[AD]

The Aqaba Special Economic Zone Authority said engineers had found cracks in 31 buildings,
and that three older buildings in the city's old town had been evacuated as a precaution.

Operations at Aqaba port, Jordan's only sea outlet and a key route for the kingdom's imports,
were suspended at 03:15 and resumed at 06:30 local time once quays and cranes had been
inspected, the authority's chief commissioner, Hazem Al-Tarawneh, said.

"We did not want to take any risk with heavy equipment until we were sure it was safe," Al-
Tarawneh told reporters.

Schools across Aqaba governorate were closed on Tuesday.

The observatory said it had recorded nine aftershocks by 9 a.m., the largest of magnitude
3.6. Its director, Reem Al-Taher, said the Dead Sea fault system was active and that the
tremor should be treated "as a reminder, not a surprise".

The Gulf of Aqaba lies along the southern end of the Dead Sea Transform, the boundary between
the Arabian and African plates, which has produced several damaging earthquakes in recorded
history. The strongest in recent decades, a magnitude 7.2 quake in 1995, caused damage in
Aqaba, Eilat and Nuweiba.

Seismologists say small differences in the magnitudes reported by different agencies are
common, since they use different networks of stations and methods of calculation.

(Reporting by Farid Mansour in Aqaba and Hanan Qudah in Amman; editing by Peter Hale)
""",
    sidebar_title="Most read",
    sidebar=[
        "Oil edges up as OPEC+ weighs next step",
        "Egypt's Suez Canal revenue rises in October",
        "Gold steady ahead of US jobs data",
    ],
    related=[
        ("Factbox: major earthquakes along the Dead Sea Transform", "/world/factbox-dead-sea"),
        ("Aqaba port volumes rise on regional trade", "/business/aqaba-port"),
    ],
)

_BC6_PAPER = _article(
    site="The Jordan Chronicle",
    url="https://jordanchronicle.example/local/aqaba-counts-cost-of-quake",
    title="Aqaba counts the cost after pre-dawn quake",
    kicker="Local",
    headline="Aqaba counts the cost after pre-dawn quake",
    standfirst=(
        "Schools reopen today after inspections as families from damaged old-town buildings "
        "spend a second night in hotels."
    ),
    byline="By Sawsan Haddadin in Aqaba",
    shown_date="Wednesday, 4 November 2026",
    shown_iso="2026-11-04",
    published="2026-11-04T05:00:00+03:00",
    nav=["Home", "Jordan", "Local", "Region", "Economy", "Opinion", "Sports"],
    cookie="We use cookies to personalise content. Read our privacy policy.",
    body="""
AQABA -- Engineers spent yesterday going from building to building in Aqaba's old town after
an earthquake centred in the Gulf of Aqaba shook the city at 2:47am, cracking walls and
sending thousands of people into the streets.

The Jordan Seismological Observatory measured the quake at magnitude 5.3 and located its
epicentre about 38 kilometres south of the city. The US Geological Survey gave a magnitude of
5.4. The tremor was felt as far away as Maan and the Saudi city of Tabuk.

Civil Defence said 27 people in Aqaba were treated for minor injuries, including cuts from
broken glass and sprains suffered on staircases. Two were admitted to hospital for
observation and were expected to be discharged today. No one was killed.

"I have lived here for 40 years and I have never felt anything like it," said Umm Khaled, 63,
who spent the rest of the night with her grandchildren on a blanket in a public garden near
the old mosque. "The whole building was moving, like a boat."

## Old town worst hit

The Aqaba Special Economic Zone Authority (ASEZA) said cracks had been found in 31 buildings,
most of them built before the 1990s. Three buildings were evacuated and 22 families were
moved to hotels at the authority's expense. They will spend a second night there while
structural engineers complete their assessments.

ASEZA chief commissioner Hazem Al-Tarawneh said no building had collapsed and that the
evacuations were "a precaution, not a sign of imminent danger".

[AD]

Schools in Aqaba governorate, which were closed yesterday, reopen today after the Ministry of
Education said inspections had found no structural problems in school buildings.

The port of Aqaba stopped work for just over three hours. Operations were suspended at 3:15am
and resumed at 6:30am, once quays and cranes had been checked. Shipping agents said no
vessels had been damaged and that the delay would be absorbed within a day.

## 'A reminder, not a surprise'

Dr Reem Al-Taher, director of the Jordan Seismological Observatory, said the Dead Sea fault
system, which runs the length of the Jordan Valley and down through the Gulf of Aqaba, is
active and capable of larger earthquakes.

"We must treat this as a reminder, not a surprise," she told The Jordan Chronicle. She said
the observatory had recorded nine aftershocks by yesterday morning, the largest of magnitude
3.6, and that further small aftershocks were possible over the coming days.

Civil engineers said the damage underlined the need to enforce Jordan's building code, which
has included seismic provisions since the 1990s, on older buildings that predate it. "The new
towers on the seafront behaved very well. The problem is the old stock," said Eng. Samir
Bataineh, a member of the Jordan Engineers Association's Aqaba branch.

In Saudi Arabia, the Saudi Geological Survey measured the quake at 5.2 and the Saudi Civil
Defense said four people had been slightly injured in Haql, across the gulf.
""",
    sidebar_title="Across Jordan today",
    sidebar=[
        "Amman: 24C, sunny",
        "Aqaba: 29C, clear",
        "Fuel prices unchanged for November",
    ],
    related=[
        ("Opinion: Aqaba's old town needs a retrofit plan", "/opinion/aqaba-retrofit"),
        ("How Jordan monitors earthquakes", "/local/jso-monitoring"),
        ("Photos: a sleepless night in Aqaba", "/local/photos-aqaba-night"),
    ],
)

_BC6_NEWSLETTER = _article(
    site="Seismic Notes",
    url="https://seismicnotes.example/posts/gulf-of-aqaba-m5-event",
    title="The Gulf of Aqaba M5 event: what the data show",
    kicker="Event note",
    headline="The Gulf of Aqaba M5 event: magnitudes, aftershocks and the fault behind it",
    standfirst="Why four agencies gave four numbers, and what this quake tells us about the gulf.",
    byline="By Dr. Ahmad Shurrab",
    nav=["Event notes", "Explainers", "Data", "About", "Newsletter"],
    cookie="Seismic Notes uses a single analytics cookie. Accept or decline.",
    footer_note="Independent commentary; not an official source of earthquake information.",
    body="""
A moderate earthquake occurred beneath the Gulf of Aqaba at 23:57 UTC on Monday, which was
02:57 on Tuesday in Jordan and Saudi Arabia. It was felt throughout the northern gulf and
caused light damage to older buildings in Aqaba. This note goes through the numbers.

## Four agencies, four magnitudes

The Jordan Seismological Observatory (JSO) reported a local magnitude of 5.3. The US
Geological Survey gave a moment magnitude of 5.4. The Saudi Geological Survey reported 5.2.
The European-Mediterranean Seismological Centre (EMSC) first posted 5.6 and later revised it
to 5.4.

None of this is a contradiction. Local magnitude scales are calibrated for regional networks,
moment magnitude is derived from the long-period waveforms, and early automatic solutions are
routinely revised as more stations report. A spread of 0.2 to 0.4 units for a moderate event
is ordinary. The moment magnitude of 5.4 is the best single figure for comparison with other
earthquakes worldwide.

## Location and depth

The agencies agree on a location in the gulf roughly 38 km south of Aqaba. The USGS depth is
about 10 km and the JSO depth about 12 km, both consistent with a shallow crustal event.

[AD]

## The fault behind it

The Gulf of Aqaba is a chain of pull-apart basins along the southern Dead Sea Transform,
where the Arabian plate slides north relative to the Sinai microplate at a few millimetres a
year. The basins are separated by short fault segments, and moderate earthquakes on these
segments are not unusual. The largest instrumental event here was the magnitude 7.2 Nuweiba
earthquake of 1995, which caused damage on all four shores of the gulf.

This week's event is far smaller: a magnitude 7.2 quake releases roughly 500 times more
energy than a 5.4. But the shaking in Aqaba was strong enough to crack older masonry, which
is exactly the building stock that engineers have worried about for years.

## Aftershocks

JSO has reported nine aftershocks, the largest of magnitude 3.6 about half an hour after the
mainshock. That is a normal sequence for an event of this size. The probability of a larger
quake following in the next few days is small but not zero, which is why authorities are
right to keep people out of damaged buildings.

## Impact

Jordan's Civil Defence has reported 17 people treated for minor injuries in Aqaba, and Saudi
authorities four in Haql. The Aqaba port paused operations for inspections. Given the depth
and the distance from the coast, the damage pattern -- cracks in old buildings, no collapses
-- is about what one would expect.

## What I am watching

I will update this note if the USGS publishes a finite-fault model or if InSAR data show any
deformation on land, which I would not expect for an offshore event of this size.
""",
    extra_box=(
        '<div class="newsletter-signup"><p>Get Seismic Notes when a notable quake strikes the '
        'Middle East.</p><form action="/newsletter"><input type="email" name="email" '
        'placeholder="Email"><button type="submit">Sign up</button></form></div>'
    ),
    sidebar_title="Recent notable events in the region",
    sidebar=[
        "Zagros, Iran: M4.9, minor damage",
        "Eastern Mediterranean, offshore Crete: M5.1",
        "Red Sea, central rift: M4.4",
    ],
    related=[
        ("Explainer: why magnitudes change after the first report", "/explainers/magnitudes"),
        ("The Dead Sea Transform in five maps", "/explainers/dead-sea-transform-maps"),
    ],
)

_BC6 = {
    "id": "eq-BC6",
    "part": "BC",
    "domain": "earthquake",
    "fetched": "2026-11-12",
    "articles": [_BC6_LIVE, _BC6_WIRE, _BC6_PAPER, _BC6_NEWSLETTER],
    "planted": [
        ("magnitude measured by the Jordan Seismological Observatory", r"\b5\.3\b", r"\b5\.8\b"),
        ("number of people treated for injuries in Aqaba", r"\b17\b", r"\b27\b"),
        ("local clock time of the earthquake", r"\b0?2:47", r"\b0?2:57"),
    ],
}

STORIES = [_BC1, _BC2, _BC3, _BC4, _BC5, _BC6]
