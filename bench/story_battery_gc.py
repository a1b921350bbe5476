"""Story battery, part GC — the Gulf and the Levant (Oman, Kuwait, Qatar, Jordan, Lebanon, Iraq), events in 2026.

Written by engineer GC1 on 2026-12-07 for the twenty-sixth batch, a precision batch: most
differences between the outlets of a story are legitimate variation that a careful editor
would accept, and only the planted items are real contradictions. All outlets, reporters,
companies, most officials and all figures are invented; institutions and places are real.

cb-GC1 (central bank) — the Central Bank of Jordan cuts its main policy rate by 25 basis
points to 6.25% (from 6.50%) on Thursday 17 September 2026, a day after a Fed cut.
CONTROL (no planted disagreement). Outlets: Levant Wire Service (wire, JSON-LD), The Amman
Ledger (newspaper, article:published_time next morning), Gulf Rates Monitor (specialist
rates note, no machine-readable date). Traps: old vs new rate; main rate vs overnight
deposit window rate (5.50%) vs rediscount rate (7.00%); 25 basis points vs "a quarter of a
percentage point"; Fed target range 3.25%-3.50% and other Gulf central banks' rates
(Saudi, UAE, Qatar, Kuwait unchanged) attributed to other bodies; spread 275bp and
cumulative 125bp easing; reserves JD15.9bn vs about $22.4bn; actual inflation 1.9% (August)
vs 1.7% (eight-month average) vs 2.0% forecast; Q2 growth 2.8% vs 2.6% projection vs Q1
2.5%; statement time 6:30 p.m. local vs 1530 GMT; effective date Sunday 20 September vs
decision Thursday; governor with and without middle name (Samir Nabil Qudah) and a deputy
governor (Lina Haddadin) as a second central-bank official; the same quotes in slightly
different wording; survey of 11 of 14 economists; lending vs deposit rates; background
cut in December 2025; sidebar headlines with other figures.

el-GC2 (election) — Lebanon's parliamentary election, Sunday 10 May 2026, final results
announced Tuesday 12 May. PLANTED (3): (1) final national turnout 42.7% vs 47.2% (Levant
Pulse); (2) Ziad Salameh's title, interior minister vs "Justice Minister" (Cedar
Broadcasting live page); (3) the Beirut Tomorrow leader's first name, Nadine vs "Nadia"
(The Beirut Courier). Outlets: Cedar Broadcasting (live page, updates 07:00-01:40), the
Mediterranean Press Agency (wire, JSON-LD), The Beirut Courier (newspaper, no
machine-readable date), Levant Pulse (analysis site). Traps: hourly turnout 9.8%, 27.5%,
33.9% and provisional 41.2% vs final 42.7%; 2022 turnout 49.2%; Beirut II district turnout
36.8% vs national; diaspora turnout 61.4% of about 221,000 with voting on 1 and 3 May;
partial campaign count 9,870 (80% of boxes) vs final 11,482 preferential votes; rival
candidate's 9,315; LADE "more than 700" by 3 p.m., "more than 1,200" at night, 1,240
final; "Interior Minister" vs "Minister of Interior and Municipalities"; a ministry
director-general (Hala Merhi) also announcing results; name with and without middle name
(Nadine Samir Abi Khalil); a different quote on election morning; "waste" vs "squander"
wording; seat split 4/5/2 of 11; 128 seats; background 2022 and 2025 votes.

ct-GC3 (court) — Iraq's Federal Supreme Court strikes down Article 14(2) of the 2026
budget law (salary transfers to the Kurdistan Region) on Tuesday 14 July 2026. PLANTED
(3): (1) vote split 7-2 vs 6-3 (Zagros 24); (2) weekday of the ruling, Tuesday vs
"Wednesday" (The Baghdad Observer, published the next day, no machine-readable date); (3)
the plaintiffs' lawyer's surname, al-Tamimi vs "al-Tamini" (Mesopotamia Legal Review).
Outlets: Tigris News Agency (wire), Zagros 24 (Kurdish broadcaster site), The Baghdad
Observer (newspaper), Mesopotamia Legal Review (legal case note). Traps: Article 14 of the
budget law vs Article 14 of the constitution, Articles 94, 22, 62, 112, 121; 7-2 vs
"seven judges in favour and two dissenting"; payroll 957 billion dinars vs $731 million at
the official 1,310 rate vs $674 million at the parallel 1,420 rate; arrears 1.91 trillion
dinars vs $1.35bn / $1.46bn; oil deliveries 230,000 bpd required vs 162,000 (federal
figure) vs 190,000 (regional figure); court president vs "chief judge", names with and
without middle names; KRG spokesman vs KRG finance minister; session 10 a.m. (0700 GMT) and
ruling about 1:15 p.m.; background rulings of 15 February 2022 and 21 February 2024,
pipeline halt March 2023 and restart September 2025; case filed in March by 23 MPs.

tr-GC4 (trade) — Oman's merchandise trade for January-August 2026, published by NCSI on
Tuesday 13 October 2026. CONTROL. Outlets: Muscat Daily Record (local newspaper), Arabian
Gulf Business Wire (wire, US dollars), Gulf Trade Ledger (trade specialist, no
machine-readable date). Traps: total exports +4.3% vs non-oil +9.6% vs oil and gas +1.8%
vs re-exports +3.1% vs imports +2.2% vs surplus +8.1%; OMR11.842bn vs "about OMR11.84bn"
vs about $30.8bn (peg 2.6008); non-oil OMR3.718bn vs "just over OMR3.7bn" vs about $9.7bn;
"nearly 10%"; year-earlier values; August alone vs eight months; partner values for UAE,
Saudi Arabia and India; India +14.2%; CEPA signed December 2025 vs in force 1 June 2026;
crude price $70.40 vs $78.20; port throughput figures; Saudi non-oil exports +7.9%;
paraphrased undersecretary and chamber quotes.

rk-GC5 (rocket) — Qamar Launch Systems' Hilal-2 suborbital test flight from Etlaq
Spaceport near Duqm, Thursday 22 October 2026, 6:14 a.m. local (02:14 UTC). PLANTED (3):
(1) apogee 138 km vs 183 km (Peninsula Wire Service); (2) liftoff clock time 6:14 vs
"7:14 am" local (Al Wusta Observer); (3) launch site near Duqm vs "near Salalah" (Orbital
Frontier). Outlets: Oman Skyline TV (live updates page), Orbital Frontier (space site,
UTC), Peninsula Wire Service (wire, no machine-readable date), Al Wusta Observer (local
paper). Traps: preliminary 135 km vs confirmed 138 km vs 85.7/86 miles; local time vs UTC
vs GMT; scrubbed attempt on Tuesday 20 October vs flight on Thursday; 9 min 42 s vs "just
under 10 minutes"; 112 km vs 70 miles offshore; 5,600 km/h vs 3,480 mph; Hilal-1 reached
64 km (40 miles) in March; Karman line 100 km vs US 50-mile threshold; 11.6 m, 2.4 t,
52 kN; CEO, mission director, spaceport manager and ministry undersecretary (names with
and without middle names); quotes in slightly different wording; a fishermen's leader and
the reporter with similar surnames; first Etlaq launch December 2024.

eq-GC6 (earthquake) — earthquake about 18 km south of Halabja, Kurdistan Region of Iraq,
Monday 16 November 2026 at 03:42 local (00:42 UTC). CONTROL. Outlets: Kurdistan Today
(live page, updates 04:05-16:20), Euphrates Press (wire, JSON-LD), QuakeWatch Middle East
(seismology event page, no machine-readable date), The Sulaimani Chronicle (newspaper,
next morning). Traps: magnitude 5.8 (USGS) vs 5.9 (EMSC) vs 6.1 (Iraqi agency) vs 5.7
(Iranian centre); depth 10 vs 12 vs 8 km by agency; local vs UTC vs Iran time; toll growing
with time: 1 dead/19 injured (05:30), 2/27 (07:45), 4/63 (10:15), 6/118 (16:00), 7/131
(Tuesday); homes 340/58 preliminary vs 412/71 updated; aftershocks "more than 40" vs 63;
largest aftershock 4.6 at 05:10 local / 02:10 UTC; km vs miles and distances from
different reference points; 5 billion dinars vs about $3.8 million plus 2 billion from the
KRG; in hospital 27 vs 22 a day later; Iranian side nine minor injuries; governor with and
without middle name; health minister vs health-directorate head; 2017 magnitude 7.3 quake
(more than 600 / 630 dead) and 1988 attack as background.
"""
from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Page skeleton helpers (site furniture only; every article text is written out
# in full in the story sections below).
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _jsonld(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return '<script type="application/ld+json">\n' + raw + "\n</script>"


def _body_html(paragraphs: list) -> str:
    out = []
    for item in paragraphs:
        if isinstance(item, tuple):
            kind, text = item
            if kind == "h":
                out.append(f"<h2>{_e(text)}</h2>")
            elif kind == "time":
                out.append(f'<p class="update-time"><strong>{_e(text)}</strong></p>')
            elif kind == "quote":
                out.append(f"<blockquote><p>{_e(text)}</p></blockquote>")
            else:
                raise ValueError(kind)
        else:
            out.append(f"<p>{_e(item)}</p>")
    return "\n".join(out)


def _page(
    *,
    site: str,
    url: str,
    title: str,
    description: str,
    headline: str,
    paragraphs: list,
    byline: str,
    nav: list[str],
    sidebar_title: str,
    sidebar: list[str],
    footer: str,
    lang: str = "en",
    standfirst: str = "",
    meta: list[tuple[str, str, str]] | None = None,
    jsonld: dict | None = None,
    time_tag: tuple[str, str] | None = None,
    visible_date: str = "",
    figure: tuple[str, str, str] | None = None,
    cookie: str = "We use cookies to improve your experience and to show relevant ads.",
    newsletter: str = "",
    kicker: str = "",
    layout: str = "news",
) -> str:
    """Assemble a whole page: head, furniture, article, sidebar, footer."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta property="og:type" content="article">',
    ]
    for attr, name, content in meta or []:
        head.append(f'<meta {attr}="{_a(name)}" content="{_a(content)}">')
    head.append('<link rel="stylesheet" href="/static/css/site.css">')
    if jsonld is not None:
        head.append(_jsonld(jsonld))
    head.append("</head>")

    nav_html = "\n".join(f'<li><a href="/{_a(n.lower().replace(" ", "-"))}">{_e(n)}</a></li>'
                         for n in nav)
    side_html = "\n".join(f'<li><a href="#">{_e(s)}</a></li>' for s in sidebar)
    parts = [
        f'<body class="layout-{layout}">',
        '<a class="skip-link" href="#main">Skip to content</a>',
        '<div id="cookie-banner" role="dialog" aria-label="Cookie consent">',
        f"<p>{_e(cookie)}</p>",
        '<button type="button">Accept all</button> <button type="button">Manage settings</button>',
        "</div>",
        '<header class="site-header">',
        f'<div class="logo"><a href="/">{_e(site)}</a></div>',
        f'<nav aria-label="Main"><ul>\n{nav_html}\n</ul></nav>',
        '<form class="search" action="/search"><input type="search" name="q" '
        'placeholder="Search"></form>',
        "</header>",
        '<main id="main">',
        "<article>",
    ]
    if kicker:
        parts.append(f'<div class="kicker">{_e(kicker)}</div>')
    parts.append(f"<h1>{_e(headline)}</h1>")
    if standfirst:
        parts.append(f'<p class="standfirst">{_e(standfirst)}</p>')
    meta_line = f'<div class="byline">{_e(byline)}</div>'
    if time_tag is not None:
        meta_line += f'\n<time datetime="{_a(time_tag[0])}">{_e(time_tag[1])}</time>'
    elif visible_date:
        meta_line += f'\n<div class="date">{_e(visible_date)}</div>'
    parts.append(meta_line)
    parts.append(
        '<div class="share"><span>Share</span> <a href="#">Facebook</a> '
        '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a> '
        '<a href="#">Email</a> <button type="button">Copy link</button></div>'
    )
    if figure is not None:
        src, caption, credit = figure
        parts.append(
            f'<figure><img src="{_a(src)}" alt="{_a(caption)}">'
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span>"
            "</figcaption></figure>"
        )
    parts.append(f'<div class="article-body">\n{_body_html(paragraphs)}\n</div>')
    parts.append("</article>")
    if newsletter:
        parts.append(
            '<aside class="newsletter"><h3>Newsletter</h3>'
            f"<span>{_e(newsletter)}</span>"
            '<form><input type="email" placeholder="Your email address">'
            '<button type="submit">Sign up</button></form></aside>'
        )
    parts.append(
        f'<aside class="sidebar"><h3>{_e(sidebar_title)}</h3><ol>\n{side_html}\n</ol></aside>'
    )
    parts.append("</main>")
    parts.append(
        '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a>'
        '</li><li><a href="/terms">Terms of use</a></li></ul>'
        f"<small>{_e(footer)}</small></footer>"
    )
    parts.append("</body>\n</html>\n")
    return "\n".join(head + parts)


def _ld(headline: str, published: str, modified: str, author: str, publisher: str,
        url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": published,
        "dateModified": modified,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }


STORIES: list[dict] = []


# ---------------------------------------------------------------------------
# cb-GC1 — Central Bank of Jordan rate cut, Thursday 17 September 2026 (CONTROL)
# ---------------------------------------------------------------------------

_CB1_URL = "https://www.levantwire.example/business/2026/09/17/jordan-central-bank-cuts-rate"
_CB1 = _page(
    site="Levant Wire Service",
    url=_CB1_URL,
    title="Jordan's central bank cuts main rate to 6.25% after Fed move | Levant Wire Service",
    description="The Central Bank of Jordan lowered its main policy rate by 25 basis points "
    "on Thursday, following the U.S. Federal Reserve.",
    headline="Jordan's central bank cuts main rate to 6.25% after Fed move",
    meta=[("name", "author", "Khaled Obeidat"), ("name", "keywords", "Jordan, CBJ, rates")],
    jsonld=_ld(
        "Jordan's central bank cuts main rate to 6.25% after Fed move",
        "2026-09-17T18:52:00+03:00",
        "2026-09-17T20:05:00+03:00",
        "Khaled Obeidat",
        "Levant Wire Service",
        _CB1_URL,
    ),
    time_tag=("2026-09-17T18:52:00+03:00", "September 17, 2026 6:52 PM GMT+3"),
    byline="By Khaled Obeidat",
    nav=["World", "Business", "Markets", "Energy", "Politics", "Sport"],
    kicker="Markets",
    paragraphs=[
        "AMMAN, Sept 17 (LWS) - The Central Bank of Jordan cut its main policy rate by 25 "
        "basis points to 6.25% on Thursday, a day after the U.S. Federal Reserve lowered "
        "borrowing costs, keeping the kingdom's monetary policy in step with the dinar's "
        "long-standing peg to the dollar.",
        "The bank said in a statement issued at about 6:30 p.m. local time (1530 GMT) that "
        "the cut would take effect from Sunday, Sept. 20. It also lowered the other rates in "
        "its corridor by the same margin, taking the overnight deposit window rate to 5.50% "
        "and the rediscount rate to 7.00%.",
        "The move is the central bank's first since December 2025 and brings the cumulative "
        "reduction in the main rate since the current easing cycle began in September 2024 "
        "to 125 basis points.",
        "\"The decision reflects the continued stability of inflation and the comfortable "
        "level of foreign reserves, which remain more than adequate to support the exchange "
        "rate,\" Governor Samir Qudah said in the statement.",
        "The Fed on Wednesday cut its benchmark federal funds rate by a quarter of a "
        "percentage point to a target range of 3.25%-3.50%, citing a cooling U.S. labour "
        "market. Central banks in most Gulf states, whose currencies are also pegged to the "
        "dollar, followed within hours.",
        "The Jordanian dinar has been fixed at 0.709 to the dollar since 1995, and the "
        "central bank has historically matched the direction of Fed moves, though not "
        "always the size, to protect the spread that keeps dinar deposits attractive.",
        "Foreign reserves held by the central bank stood at about $22.4 billion at the end "
        "of August, enough to cover 8.4 months of imports of goods and services, according "
        "to the statement.",
        "Consumer prices rose 1.9% in August from a year earlier, official data showed this "
        "week, and inflation averaged 1.7% in the first eight months of the year. The "
        "central bank expects inflation of around 2.0% for 2026 as a whole.",
        "The economy grew 2.8% year on year in the second quarter, according to the "
        "Department of Statistics. The central bank kept its growth projection for the full "
        "year at 2.6%, saying that tourism and mining exports were offsetting weaker "
        "activity in construction.",
        "\"This was fully expected. The peg leaves the central bank very little room to "
        "diverge from the Fed, and with inflation under 2% there was no reason to hold,\" "
        "said Omar Fakhoury, chief economist at Amman-based Petra Capital.",
        "Fakhoury said the cut would offer some relief to households and small businesses "
        "that had been squeezed by high borrowing costs, but warned that banks were "
        "usually slow to pass reductions on to existing borrowers.",
        "Credit to the private sector grew 3.9% year on year in July, central bank data "
        "show, well below the pace seen before the pandemic.",
        "The dollarisation ratio of deposits - the share of deposits held in foreign "
        "currency - stood at 18.1% at the end of July, the bank said, a level it described "
        "as reflecting strong confidence in the dinar.",
        "The Amman Stock Exchange had closed before the announcement. Trading resumes on "
        "Sunday.",
        "Analysts said the central bank would probably cut again if the Fed delivers "
        "another reduction at its final meeting of the year in December, while stressing "
        "that the bank has in the past chosen to pause when regional tensions pushed up "
        "demand for dollars.",
        "\"The central bank will keep a close eye on the spread. As long as reserves are "
        "rising, it can afford to follow the Fed,\" said Tamara Zureikat, head of research "
        "at Levant Securities.",
        "(Reporting by Khaled Obeidat; Editing by Rana Kawar)",
    ],
    sidebar_title="Most read",
    sidebar=[
        "Aqaba container throughput tops 1.1 million TEU for first time",
        "Saudi Arabia's non-oil PMI slips to 55.8 in August",
        "Oil steadies near $71 as traders weigh OPEC+ output plan",
        "Egypt's annual urban inflation eases to 11.2%",
        "Jordan's tourism receipts up 7.2% in January-August",
    ],
    footer="© 2026 Levant Wire Service. All rights reserved. Quotes delayed at least 15 minutes.",
    newsletter="Get the Levant Markets Daily briefing in your inbox every weekday at 7 a.m.",
)

_CB2_URL = "https://ammanledger.example/economy/cbj-trims-key-rate-inflation-subdued"
_CB2 = _page(
    site="The Amman Ledger",
    url=_CB2_URL,
    title="CBJ trims key rate to 6.25 per cent as inflation stays subdued | The Amman Ledger",
    description="Central Bank of Jordan lowers main policy rate by a quarter point; "
    "economists expect banks to pass on the cut slowly.",
    headline="CBJ trims key rate to 6.25 per cent as inflation stays subdued",
    standfirst="Quarter-point cut follows the US Federal Reserve; governor points to "
    "stable prices and ample reserves",
    meta=[
        ("property", "article:published_time", "2026-09-18T07:15:00+03:00"),
        ("property", "article:section", "Economy"),
        ("name", "author", "Dana Sweis"),
    ],
    visible_date="Friday 18 September 2026",
    byline="Dana Sweis, Economy Correspondent",
    nav=["Home", "Jordan", "Region", "Economy", "Opinion", "Culture", "Sport", "E-paper"],
    figure=(
        "/media/2026/09/cbj-building.jpg",
        "The Central Bank of Jordan headquarters in Amman.",
        "Photo: Ledger archive",
    ),
    paragraphs=[
        "The Central Bank of Jordan (CBJ) on Thursday reduced its main policy rate by a "
        "quarter of a percentage point to 6.25 per cent, from 6.50 per cent, in a widely "
        "anticipated move that follows the latest cut by the US Federal Reserve.",
        "The new rates apply from Sunday. Eleven of the 14 economists and bankers surveyed "
        "by The Amman Ledger last week had forecast a 25-basis-point cut; the other three "
        "expected the bank to hold its rates steady and wait for clearer signals from "
        "Washington.",
        "In a statement published on Thursday evening, Governor Samir Nabil Qudah said the "
        "decision reflected continued stability in inflation and a comfortable level of "
        "foreign reserves that more than adequately support the exchange rate of the "
        "dinar.",
        "The CBJ said its foreign currency reserves reached JD15.9 billion at the end of "
        "August, sufficient to cover the kingdom's imports of goods and services for 8.4 "
        "months. The bank gave no breakdown between gold and currency holdings.",
        "Inflation has remained well contained this year. The Department of Statistics "
        "said on Tuesday that the consumer price index rose 1.9 per cent in August compared "
        "with the same month last year, while the average for January to August stood at "
        "1.7 per cent. The central bank's own forecast is for inflation of 2.0 per cent for "
        "the whole of 2026.",
        ("h", "Will borrowers feel it?"),
        "The question for households is how quickly commercial banks pass the reduction "
        "on. The weighted average interest rate on loans and advances was 8.9 per cent in "
        "July, according to CBJ data, compared with 5.1 per cent on time deposits.",
        "Deputy Governor Lina Haddadin told the Ledger that the central bank would be "
        "monitoring pricing closely. \"We want to see the lower cost of funding reach small "
        "and medium-sized companies, not only large corporate clients,\" she said, adding "
        "that a programme of subsidised refinancing for priority sectors would remain in "
        "place.",
        "Omar Fakhoury, chief economist at Petra Capital, said the decision had been all but "
        "certain once the Fed moved. \"The peg leaves the central bank little room to "
        "diverge from the Fed, and with inflation below 2 per cent there was no reason to "
        "wait,\" he said.",
        "He noted, however, that the bank had not always matched the Fed step for step. "
        "In the current cycle, which started two years ago, the CBJ has lowered its main "
        "rate by a total of 125 basis points from a peak of 7.50 per cent.",
        ("h", "Growth picture"),
        "The economy expanded by 2.8 per cent year on year in the second quarter, the "
        "Department of Statistics said last month, up from 2.5 per cent in the first "
        "quarter. The CBJ kept its projection for growth in 2026 at 2.6 per cent.",
        "Tourism has been a bright spot: receipts rose 7.2 per cent in the first eight "
        "months of the year, according to the central bank, while phosphate and potash "
        "exports also increased. Construction activity, by contrast, has been weak, with "
        "licensed building area down for a third consecutive quarter.",
        "Tamara Zureikat, head of research at Levant Securities, said the CBJ was likely "
        "to follow any further Fed reduction in December. \"As long as reserves keep "
        "rising, the central bank can afford to follow the Fed,\" she said.",
        "The bank last changed its rates in December 2025, when it also cut by 25 basis "
        "points. The Amman Stock Exchange, which closes at 12.30pm, had already ended "
        "Thursday's session when the statement was released; the next trading day is "
        "Sunday.",
    ],
    sidebar_title="Related",
    sidebar=[
        "Government approves JD1.2 billion capital spending plan for 2027",
        "Fuel prices unchanged for October, pricing committee says",
        "Phosphate exports climb 11% as Indian demand grows",
        "Opinion: Jordan's youth unemployment at 41% demands a new approach",
    ],
    footer="© The Amman Ledger 2026. Reproduction without permission is prohibited.",
    newsletter="The Ledger Morning Brief: the stories that matter to Jordan, before 8am.",
)

_CB3_URL = "https://gulfratesmonitor.example/notes/jordan-cbj-quarter-point-cut-sept-2026"
_CB3 = _page(
    site="Gulf Rates Monitor",
    url=_CB3_URL,
    title="Jordan: CBJ follows Fed with quarter-point cut, spread held at 275bp - "
    "Gulf Rates Monitor",
    description="Rates note: the Central Bank of Jordan moves its whole corridor down 25bp.",
    headline="Jordan: CBJ follows Fed with quarter-point cut, spread held at 275bp",
    meta=[("name", "robots", "index,follow")],
    visible_date="17 Sep 2026 · 19:40 Amman",
    byline="Rates desk | Nour El-Khatib",
    nav=["Rates", "FX", "Sovereign debt", "Banks", "Data", "Subscribe"],
    cookie="This site uses cookies. By continuing to browse you agree to our cookie policy.",
    kicker="Central banks / Levant",
    paragraphs=[
        "The Central Bank of Jordan (CBJ) cut all of its policy rates by 25 basis points "
        "on Thursday evening, mirroring the Federal Reserve's quarter-point reduction the "
        "previous day and leaving the spread between the CBJ main rate and the top of the "
        "Fed funds target range unchanged at 275bp.",
        "The changes, effective Sunday 20 September, are as follows: the CBJ main rate "
        "falls to 6.25% from 6.50%; the overnight deposit window rate to 5.50% from 5.75%; "
        "and the rediscount rate to 7.00% from 7.25%. The Fed's new target range is "
        "3.25%-3.50%.",
        "That takes total easing since September 2024, when the CBJ began cutting from "
        "7.50%, to 125bp. The Fed has cut by a larger 200bp over the same period, meaning "
        "the Jordanian spread has widened from 200bp at the start of the cycle.",
        ("h", "What the statement said"),
        "The statement was short. The bank said the decision reflected \"the continued "
        "stability of inflation and the comfortable level of reserves\", which it "
        "described as more than adequate to support the exchange rate. The dinar's peg at "
        "JD0.709 per dollar has been in place since 1995.",
        "Gross reserves were about $22.4bn at end-August (JD15.9bn), equivalent to 8.4 "
        "months of imports of goods and services. Our own estimate of reserve adequacy, "
        "using the IMF metric, puts cover at roughly 130% of the recommended level.",
        "Headline CPI was 1.9% y/y in August and has averaged 1.7% so far in 2026, below "
        "the CBJ's full-year projection of about 2%. Core inflation, which excludes food "
        "and energy, was 1.6% in August.",
        ("h", "Market view"),
        "Omar Fakhoury, chief economist at Petra Capital in Amman, told us the peg left "
        "the bank with very little room to move independently. \"With inflation under "
        "2%, there was no reason to hold,\" he said.",
        "Tamara Zureikat at Levant Securities expects one more quarter-point cut this "
        "year. \"We pencil in December, conditional on the Fed moving again,\" she said. "
        "That would take the main rate to 6.00%, which would be the lowest level since "
        "early 2023.",
        "Interbank rates had already priced in the move: the three-month JODIBOR fixing "
        "was 6.18% on Thursday morning, down from 6.46% a month earlier.",
        ("h", "Regional round-up"),
        "Other dollar-pegged central banks moved on Wednesday evening, within hours of the "
        "Fed. The Saudi Central Bank cut its repo rate by 25bp to 4.00%, and the UAE "
        "central bank lowered its base rate by the same amount to 3.65%. The Qatar Central "
        "Bank trimmed its deposit rate to 3.60%. The Central Bank of Kuwait, which manages "
        "the dinar against an undisclosed basket of currencies, left its discount rate "
        "unchanged at 3.75%, as it has done at several recent Fed meetings.",
        "The CBJ has typically acted a day later than its Gulf peers because its board "
        "meets during Amman working hours, and in the past it has sometimes opted for "
        "smaller moves than the Fed when it wanted to rebuild its spread.",
        "We maintain our end-2026 forecast of 6.00% for the CBJ main rate and 5.75% for "
        "end-2027. Risks are tilted towards a slower pace if regional tensions flare and "
        "dollar demand picks up, as it did briefly in the second quarter of 2024.",
        "This note is provided for information only and does not constitute investment "
        "advice. Figures are as published by the issuing central banks.",
    ],
    sidebar_title="Latest notes",
    sidebar=[
        "Oman: CBO repo rate to 4.50%, liquidity ample",
        "Bahrain: 2027 budget deficit seen at 4.8% of GDP",
        "Egypt: CBE holds overnight deposit rate at 21.00%",
        "Lebanon: BdL reserves rise to $11.6bn",
    ],
    footer="Copyright © 2026 Gulf Rates Monitor Ltd. Subscriber content. Not investment advice.",
    layout="note",
)

STORIES.append(
    {
        "id": "cb-GC1",
        "part": "GC",
        "domain": "central bank",
        "fetched": "2026-09-19",
        "articles": [
            {"url": _CB1_URL, "html": _CB1},
            {"url": _CB2_URL, "html": _CB2},
            {"url": _CB3_URL, "html": _CB3},
        ],
        "planted": [],
    }
)


# ---------------------------------------------------------------------------
# el-GC2 — Lebanon parliamentary election, Sunday 10 May 2026 (PLANTED 3)
# ---------------------------------------------------------------------------

_EL1_URL = "https://live.cedarbroadcasting.example/lebanon-votes-2026-live"
_EL1 = _page(
    site="Cedar Broadcasting",
    url=_EL1_URL,
    title="LIVE: Lebanon votes in parliamentary election - turnout, results | Cedar Broadcasting",
    description="Live updates as Lebanese voters elect a new 128-seat parliament.",
    headline="Lebanon votes: live updates from election day",
    standfirst="Polls are open from 7 a.m. to 7 p.m. across 15 electoral districts. Follow "
    "our reporters at polling stations from Akkar to Marjayoun.",
    meta=[
        ("property", "article:published_time", "2026-05-10T07:00:00+03:00"),
        ("property", "article:modified_time", "2026-05-11T01:40:00+03:00"),
        ("name", "live-status", "ended"),
    ],
    time_tag=("2026-05-11T01:40:00+03:00", "Last updated 01:40, 11 May 2026"),
    byline="Cedar Broadcasting news team in Beirut, Tripoli, Sidon and Zahle",
    nav=["Live", "News", "Lebanon Decides", "Politics", "Watch", "Podcasts"],
    kicker="LIVE",
    layout="live",
    paragraphs=[
        ("time", "01:40"),
        "That's where we will pause our live coverage for tonight. To recap: Justice "
        "Minister Ziad Salameh says provisional national turnout was 41.2%, down on the "
        "previous election. Official results by district are expected from Monday "
        "afternoon, with the final figures due on Tuesday. Thank you for following.",
        ("time", "01:05"),
        "Justice Minister Ziad Salameh has just given a press conference at the ministry. "
        "He said provisional turnout nationwide was 41.2%, and that counting was continuing "
        "in all districts. \"The day passed without any major security incident, and I "
        "thank the army, the security forces and the thousands of teachers who ran the "
        "polling stations,\" he said.",
        "Salameh said the figure did not yet include a small number of polling stations in "
        "the North and in Baalbek-Hermel where ballot boxes had arrived late at the "
        "registration committees, and he urged candidates not to declare victory before "
        "official results were published.",
        ("time", "00:20"),
        "In Beirut II, the campaign of Nadine Abi Khalil, who heads the reformist Beirut "
        "Tomorrow list, says that with about 80% of ballot boxes counted she has 9,870 "
        "preferential votes, which would put her at the top of the district. These are "
        "the campaign's own numbers and have not been confirmed by the counting "
        "committees.",
        "Supporters have gathered outside her headquarters in Mar Elias, waving flags and "
        "setting off fireworks despite appeals from the campaign to wait.",
        ("time", "21:45"),
        "The Lebanese Association for Democratic Elections (LADE) says it recorded more "
        "than 1,200 violations during the day, most of them involving campaign workers "
        "inside polling stations and cases of suspected vote-buying. Spokesman Rami Chehab "
        "told us the number was \"higher than we expected, especially in the last three "
        "hours\".",
        ("time", "19:00"),
        "Polls have now closed, although voters who were already queueing inside polling "
        "centres will still be allowed to cast their ballots. Counting begins at each "
        "station as soon as the last voter has left.",
        ("time", "17:10"),
        "The ministry's latest update puts turnout at 33.9% as of 5 p.m. (1400 GMT). The "
        "highest participation so far is in Keserwan-Jbeil and the lowest in Beirut I.",
        ("time", "15:20"),
        "LADE says its 1,100 observers have logged more than 700 violations so far. Most "
        "reports concern crowding by party delegates at the entrances of polling centres.",
        "Turnout at 3 p.m. stood at 27.5%, according to the ministry.",
        ("time", "13:30"),
        "Our correspondent in Tripoli reports long queues at several schools in Bab "
        "al-Tabbaneh, with elderly voters complaining of stairs and a lack of seating. "
        "The ministry says accessible polling stations were set up in 34 centres "
        "nationwide.",
        ("time", "11:05"),
        "First official turnout figure: 9.8% at 11 a.m., Justice Minister Salameh tells "
        "reporters at the ministry's operations room in Sanayeh.",
        ("time", "08:15"),
        "Abi Khalil cast her ballot in Ras Beirut shortly after polls opened. \"Beirut "
        "is voting for accountability today,\" she told reporters, before heading off to "
        "tour polling centres.",
        ("time", "07:00"),
        "Good morning and welcome to our live coverage. Polls have opened for Lebanon's "
        "first parliamentary election since May 2022. Some 3.97 million people are "
        "registered to vote for the 128 seats, which are divided equally between "
        "Christians and Muslims. Lebanese living abroad voted on Friday, 1 May, and "
        "Sunday, 3 May.",
        "About 20,000 soldiers and police officers have been deployed to protect polling "
        "centres, according to the army command.",
    ],
    sidebar_title="More from Lebanon Decides",
    sidebar=[
        "Explainer: how Lebanon's preferential vote works",
        "In 2022, 16 new reformist MPs entered parliament. What happened to them?",
        "Watch: the 15 districts in 90 seconds",
        "Podcast: why 1 in 3 young voters says they will stay home",
    ],
    footer="© 2026 Cedar Broadcasting SAL. All rights reserved.",
    cookie="Cedar Broadcasting uses cookies for analytics and personalised content.",
)

_EL2_URL = "https://medpress.example/en/politics/lebanon-final-results-turnout-2026-05-12"
_EL2 = _page(
    site="Mediterranean Press Agency",
    url=_EL2_URL,
    title="Lebanon announces final election results, turnout at 42.7% - "
    "Mediterranean Press Agency",
    description="Lebanon's interior ministry announced final results of Sunday's "
    "parliamentary election.",
    headline="Lebanon announces final election results, turnout at 42.7%",
    jsonld=_ld(
        "Lebanon announces final election results, turnout at 42.7%",
        "2026-05-12T16:40:00+03:00",
        "2026-05-12T18:15:00+03:00",
        "Joelle Haddad",
        "Mediterranean Press Agency",
        _EL2_URL,
    ),
    byline="By Joelle Haddad",
    visible_date="12 May 2026, 16:40",
    nav=["Top news", "Middle East", "Europe", "Africa", "Economy", "Photos"],
    paragraphs=[
        "BEIRUT (MPA) - Lebanon's final turnout in Sunday's parliamentary election was "
        "42.7%, Interior Minister Ziad Salameh said on Tuesday as he announced official "
        "results for all 15 districts, a sharp fall from the 49.2% recorded in 2022.",
        "The figure is higher than the provisional turnout of 41.2% that Salameh gave in "
        "the early hours of Monday, before votes from late-arriving ballot boxes and "
        "several hundred polling stations had been added.",
        "About 1.69 million of the 3.97 million registered voters cast a ballot, the "
        "ministry said. Turnout among Lebanese living abroad, who voted on May 1 and May 3, "
        "was considerably higher at 61.4% of the roughly 221,000 people who had "
        "registered at embassies and consulates.",
        "\"The results reflect the will of the voters, and anyone who has a complaint can "
        "take it to the Constitutional Council within the legal deadlines,\" Salameh told "
        "a press conference at the ministry in Sanayeh.",
        "The most closely watched contest was in Beirut II, the capital's largest "
        "district, where the reformist Beirut Tomorrow list won four of the 11 seats. The "
        "Capital Coalition, backed by several traditional parties, won five seats and the "
        "Beirut Unity list took the remaining two.",
        "Nadine Abi Khalil, a 44-year-old lawyer who heads Beirut Tomorrow, received "
        "11,482 preferential votes, the highest of any candidate in the district, "
        "according to the official results read out by Hala Merhi, the ministry's "
        "director-general of political affairs.",
        "\"Beirut has voted for accountability, and we will not waste that trust,\" Abi "
        "Khalil told supporters on Tuesday evening.",
        "Turnout in Beirut II was 36.8%, among the lowest in the country. Analysts "
        "attributed the weak participation to disillusionment with politicians after "
        "years of economic collapse, and to a boycott call by some local figures.",
        "The European Union's election observation mission said in a preliminary "
        "statement on Tuesday that the vote was competitive and generally well "
        "administered but marred by widespread allegations of vote-buying and pressure on "
        "voters.",
        "\"Voters had a genuine choice, but too many of them were offered money or "
        "services for their vote,\" chief observer Marta Lindqvist told reporters. The "
        "mission deployed more than 140 observers across the country.",
        "The Lebanese Association for Democratic Elections, a local monitoring group, "
        "said it had recorded 1,240 violations on election day, including campaigning "
        "inside polling stations.",
        "Salameh said 63 formal complaints had reached the ministry's operations room by "
        "Tuesday, most of them concerning the conduct of party delegates, and that all had "
        "been referred to the Supervisory Commission for Elections.",
        "Women won 11 seats in the new parliament, up from eight in 2022, according to the "
        "ministry's figures.",
        "The new parliament must elect a speaker and a deputy speaker at its first "
        "session, after which President Joseph Aoun is expected to hold binding "
        "consultations with MPs on the choice of a prime minister to form a new "
        "government.",
        "Lebanon's previous parliamentary election was held on May 15, 2022. Municipal "
        "elections took place in stages in May 2025 after being postponed three times.",
        "The vote was the first since the 2024 war between Israel and Hezbollah, and "
        "reconstruction in the south and the Bekaa was a central issue in campaigning. "
        "The World Bank has put the cost of damage and losses from that conflict at about "
        "$14 billion.",
        "(Editing by Marc Azar)",
    ],
    sidebar_title="Most viewed",
    sidebar=[
        "Syria: 3 killed in clashes near Homs",
        "Cyprus-Lebanon maritime deal takes effect",
        "IMF staff to visit Beirut in June, finance ministry says",
        "Photos: Lebanese diaspora queue to vote in Paris and Sydney",
    ],
    footer="© 2026 Mediterranean Press Agency. All rights reserved.",
)

_EL3_URL = "https://www.beirutcourier.example/politics/beirut-tomorrow-four-seats"
_EL3 = _page(
    site="The Beirut Courier",
    url=_EL3_URL,
    title="How Beirut Tomorrow broke through in the capital - The Beirut Courier",
    description="The reformist list won four seats in Beirut II despite low turnout.",
    headline="How Beirut Tomorrow broke through in the capital",
    standfirst="A lawyer-led reform list topped the vote in Beirut II. Its success owed as "
    "much to a fragmented establishment as to its own campaign.",
    visible_date="Wednesday, May 13, 2026",
    byline="By Carla Nehme | Politics",
    nav=["Lebanon", "Politics", "Business", "Opinion", "Culture", "Archive"],
    figure=(
        "/img/2026/05/abi-khalil-supporters.jpg",
        "Supporters of Beirut Tomorrow celebrate in Mar Elias on Sunday night.",
        "(Courier photo / Hassan Ayoub)",
    ),
    paragraphs=[
        "For Nadia Abi Khalil, the final count on Tuesday confirmed what her supporters "
        "had been celebrating since Sunday night: the 44-year-old lawyer and her Beirut "
        "Tomorrow list had won four of the 11 seats in Beirut II, the most any reform "
        "list has taken in the capital.",
        "Abi Khalil herself topped the district with 11,482 preferential votes, the "
        "official results showed, ahead of the leading candidate on the Capital "
        "Coalition list, Walid Itani, who received 9,315. The Capital Coalition won five "
        "seats and the Beirut Unity list two.",
        "\"Beirut voted for accountability, and we will not waste that trust,\" Abi Khalil "
        "said in a speech to supporters at the list's headquarters on Tuesday evening, "
        "after the results were read out at the ministry.",
        "Her success came despite, or perhaps partly because of, low participation. "
        "Turnout in Beirut II was 36.8%, well below the national figure of 42.7% "
        "announced on Tuesday by the Minister of Interior and Municipalities, Ziad "
        "Salameh. Nationally, participation was down from 49.2% in 2022.",
        ("h", "A divided field"),
        "The traditional parties in the district entered the race split between two "
        "lists, after months of negotiations over the order of candidates collapsed in "
        "March. Under Lebanon's proportional system, seats are first divided among lists "
        "according to their share of the vote, and then allocated to the candidates with "
        "the most preferential votes within each list, subject to confessional quotas.",
        "\"The establishment did our work for us by fighting each other,\" said Samer "
        "Fawaz, Beirut Tomorrow's campaign manager. \"But people also came out for a "
        "clear programme: electricity, the depositors, and an end to impunity.\"",
        "The list's platform centred on the recovery of bank deposits frozen since the "
        "2019 financial collapse, on investigating the 2020 port explosion, and on "
        "restoring 24-hour electricity to the capital.",
        "Political scientist Layal Saab of the Lebanese American University said the "
        "result was significant but should not be overstated. \"Four seats out of 128 do "
        "not change the balance in parliament. What they change is the conversation in "
        "Beirut,\" she said.",
        ("h", "Counting disputes"),
        "The road to Tuesday's announcement was not smooth. On Sunday night the campaign "
        "claimed a lead based on its own tallies from about 80% of ballot boxes, which "
        "gave Abi Khalil 9,870 votes. Rival candidates accused the list of trying to "
        "pressure the counting committees, and the Capital Coalition filed objections "
        "regarding 14 ballot boxes in Tariq al-Jdideh.",
        "The registration committee rejected the objections on Monday after a recount of "
        "the contested boxes, which changed the totals by fewer than 60 votes, according "
        "to a committee member who asked not to be named.",
        "Hala Merhi, the ministry's director-general of political affairs, read out the "
        "official district results on Tuesday afternoon. Walid Itani's campaign said it "
        "would consider an appeal to the Constitutional Council, which has one month from "
        "the announcement of results to receive challenges.",
        "The European Union's observation mission, in its preliminary statement, said "
        "the election had been competitive but pointed to \"widespread allegations\" of "
        "vote-buying. Chief observer Marta Lindqvist said voters had a genuine choice "
        "but that too many had been offered money or services in exchange for their "
        "votes.",
        "For Abi Khalil, the next test will come quickly. The new parliament must elect a "
        "speaker within 15 days, and Beirut Tomorrow has not said whom it will support. "
        "\"We will not vote for anyone who blocks the investigation into the port "
        "explosion,\" she said. \"That is our red line.\"",
    ],
    sidebar_title="Most read",
    sidebar=[
        "EDL promises 12 hours of power a day by July",
        "Depositors' association rejects 15-year repayment plan",
        "Beirut port: judge summons two former ministers",
        "Restaurant review: a new Armenian kitchen in Bourj Hammoud",
    ],
    footer="© 2026 The Beirut Courier. All rights reserved.",
    newsletter="Sign up for The Courier's Lebanon Decides newsletter.",
)

_EL4_URL = "https://levantpulse.example/2026/05/13/lebanon-election-what-low-turnout-means"
_EL4 = _page(
    site="Levant Pulse",
    url=_EL4_URL,
    title="Lebanon's election: what the low turnout tells us | Levant Pulse",
    description="Analysis of participation in Lebanon's 2026 parliamentary election.",
    headline="Lebanon's election: what the low turnout tells us",
    meta=[
        ("property", "article:published_time", "2026-05-13T10:20:00+03:00"),
        ("name", "author", "Tarek Mansour"),
    ],
    time_tag=("2026-05-13T10:20:00+03:00", "13 May 2026"),
    byline="Tarek Mansour",
    nav=["News", "Analysis", "Data", "Lebanon", "Syria", "Iraq", "Gulf"],
    kicker="Analysis",
    paragraphs=[
        "When Interior Minister Ziad Salameh read out the final national turnout of 47.2% "
        "on Tuesday, he described it as \"respectable given the circumstances\". Many "
        "Lebanese disagreed, pointing out that it was lower than in 2022, when 49.2% of "
        "registered voters took part.",
        "The figure was above the provisional estimate of 41.2% that Salameh gave at his "
        "press conference in the early hours of Monday, which had been based on "
        "incomplete returns from several districts.",
        "Behind the national number lie very different stories. Participation was highest "
        "in Keserwan-Jbeil and in parts of the South, where parties mobilised heavily, "
        "and lowest in the two Beirut districts. In Beirut II, only 36.8% of voters went "
        "to the polls.",
        "\"The apathy is concentrated among younger voters in the cities,\" said Ghassan "
        "Rizk, a researcher at the Beirut-based Centre for Electoral Studies. \"They do not "
        "believe that an election can change a system that took their savings.\"",
        "Rizk's centre estimates, based on exit polling at 120 polling stations, that "
        "turnout among voters aged 21 to 30 was around 31%, compared with more than 50% "
        "among those over 60. The legal voting age in Lebanon is 21.",
        ("h", "The diaspora effect"),
        "The diaspora bucked the trend. Of the roughly 221,000 Lebanese registered to "
        "vote abroad, 61.4% cast ballots on May 1 or May 3, the ministry said, slightly "
        "below the participation rate abroad four years ago.",
        "Those votes proved decisive in at least three districts, including Beirut II, "
        "where the reformist Beirut Tomorrow list won four seats. Its leader, Nadine "
        "Samir Abi Khalil, received 11,482 preferential votes, according to the official "
        "results, of which about 1,900 came from abroad.",
        "\"Beirut has voted for accountability, and we will not squander that trust,\" "
        "Abi Khalil told supporters after the results were announced.",
        "The centre also found that blank ballots made up 2.3% of the votes cast "
        "nationally and invalid ballots 1.9%, both higher than four years ago. \"A blank "
        "ballot is a vote against everyone on the list,\" Rizk said.",
        ("h", "Money and pressure"),
        "Observers said low participation made elections more vulnerable to vote-buying, "
        "since a relatively small number of purchased votes could tip the balance. The "
        "Lebanese Association for Democratic Elections recorded 1,240 violations on "
        "polling day, its spokesman Rami Chehab said.",
        "\"When turnout falls, every envelope of cash counts for more,\" Chehab said.",
        "The EU observation mission, led by Marta Lindqvist, reached a similar "
        "conclusion, noting that the economic crisis had left many voters dependent on "
        "parties for services such as medicine, school fees and fuel.",
        "The 2026 election was the third held under the proportional system introduced "
        "in 2017, after those of 2018 and 2022. Reform campaigners have long argued that "
        "the law's "
        "preferential vote, restricted to the voter's own sub-district, entrenches "
        "sectarian loyalties.",
        "Salameh said on Tuesday that the government would study proposals to introduce "
        "mega-centres, which would allow voters to cast ballots near where they live "
        "rather than in their ancestral villages, before the next election. A similar "
        "promise was made in 2022 and not implemented.",
        "For now, the parties are turning to the arithmetic of the new parliament. The "
        "first session, to elect a speaker, must be held within 15 days of the start of "
        "the new chamber's mandate on May 22.",
    ],
    sidebar_title="Data",
    sidebar=[
        "Chart: turnout by district, 2018-2026",
        "Iraq's Kurdistan region sets budget at 14.2 trillion dinars",
        "Jordan's unemployment rate falls to 21.1%",
        "Map: where the 128 seats went",
    ],
    footer="Levant Pulse © 2026. Independent journalism for the region.",
    newsletter="Our weekly Levant Pulse Data newsletter - charts you won't see elsewhere.",
)

STORIES.append(
    {
        "id": "el-GC2",
        "part": "GC",
        "domain": "election",
        "fetched": "2026-05-14",
        "articles": [
            {"url": _EL1_URL, "html": _EL1},
            {"url": _EL2_URL, "html": _EL2},
            {"url": _EL3_URL, "html": _EL3},
            {"url": _EL4_URL, "html": _EL4},
        ],
        "planted": [
            ("final national turnout 42.7% vs 47.2%", r"\b42\.7\b", r"\b47\.2\b"),
            ("Ziad Salameh's title: interior minister vs justice minister",
             r"\binterior\b", r"\bjustice\b"),
            ("Beirut Tomorrow leader's first name: Nadine vs Nadia",
             r"\bnadine\b", r"\bnadia\b"),
        ],
    }
)


# ---------------------------------------------------------------------------
# ct-GC3 — Iraq Federal Supreme Court budget ruling, Tuesday 14 July 2026 (PLANTED 3)
# ---------------------------------------------------------------------------

_CT1_URL = "https://tigrisnews.example/en/iraq/2026/07/14/supreme-court-kurdistan-salaries"
_CT1 = _page(
    site="Tigris News Agency",
    url=_CT1_URL,
    title="Iraq's top court strikes down budget clause on Kurdistan salary cuts "
    "| Tigris News Agency",
    description="Federal Supreme Court rules 7-2 against provision letting Baghdad "
    "suspend salary transfers to the Kurdistan Region.",
    headline="Iraq's top court strikes down budget clause on Kurdistan salary cuts",
    jsonld=_ld(
        "Iraq's top court strikes down budget clause on Kurdistan salary cuts",
        "2026-07-14T14:05:00+03:00",
        "2026-07-14T15:30:00+03:00",
        "Mustafa Kareem",
        "Tigris News Agency",
        _CT1_URL,
    ),
    time_tag=("2026-07-14T14:05:00+03:00", "14 July 2026 - 14:05 Baghdad time"),
    byline="By Mustafa Kareem",
    nav=["Iraq", "Kurdistan", "Economy", "Oil", "Security", "World"],
    kicker="Iraq",
    paragraphs=[
        "BAGHDAD, July 14 (TNA) - Iraq's Federal Supreme Court on Tuesday struck down a "
        "provision of the 2026 federal budget law that allowed the Ministry of Finance to "
        "suspend monthly salary transfers to the Kurdistan Region if the regional "
        "government failed to deliver its agreed share of oil to the state.",
        "The court ruled by a 7-2 majority that the second paragraph of Article 14 of the "
        "budget law violated constitutional guarantees of equal treatment for public "
        "employees and the right to a salary, the court's president, Judge Haidar "
        "Abdulkarim al-Janabi, said as he read the decision in open session.",
        "Two of the nine judges, Ali Hussein al-Rubaie and Salim Nouri Kadhim, dissented, "
        "arguing that parliament was entitled to attach financial conditions to budget "
        "allocations.",
        "The session opened at 10 a.m. (0700 GMT), and the ruling was read out at about "
        "1:15 p.m. after a closed deliberation. Under Article 94 of the constitution, "
        "decisions of the Federal Supreme Court are final and binding on all "
        "authorities.",
        "The case was brought in March by 23 Kurdish members of parliament, led by MP "
        "Shirin Aziz Baban, and was later joined by the Kurdistan Regional Government's "
        "Council of Ministers.",
        "\"Today the court has told everyone that the salaries of employees cannot be used "
        "as a weapon in political disputes,\" the plaintiffs' lawyer, Karim Jawad "
        "al-Tamimi, told reporters outside the court building in Baghdad's Karkh "
        "district.",
        "The Ministry of Finance had withheld the transfers for April and May, citing "
        "shortfalls in the volume of oil handed to the State Organization for Marketing of "
        "Oil (SOMO). The region's public-sector payroll, including pensioners, costs "
        "about 957 billion dinars a month, or around $731 million at the official "
        "exchange rate of 1,310 dinars to the dollar.",
        "The budget law requires the Kurdistan Region to deliver 230,000 barrels per day "
        "of crude to SOMO. The federal oil ministry says actual deliveries averaged about "
        "162,000 bpd in the second quarter, while the regional government says its "
        "deliveries were closer to 190,000 bpd once local refinery consumption is taken "
        "into account.",
        "The plaintiffs had also asked the court to order the immediate release of the "
        "withheld funds. The court said payment was a matter for the executive, but that "
        "the annulled provision could no longer serve as a basis for suspending "
        "transfers.",
        "Iraq's 2026 budget, approved by parliament in February, totals about 199 "
        "trillion dinars. The Kurdistan Region's share has been a source of friction in "
        "almost every budget since 2014.",
        "Finance ministry spokesman Ahmed Sabah al-Dulaimi said the ministry would "
        "\"implement the decision of the court and study its financial implications\", "
        "without saying when the withheld payments would be released.",
        "Kurdistan Regional Government spokesman Aram Nouri Hawrami welcomed the ruling as "
        "\"a victory for the constitution and for more than 1.2 million employees and "
        "pensioners\".",
        "The court has played a central role in the long-running dispute between Baghdad "
        "and Erbil. In February 2022 it declared the Kurdistan Region's oil and gas law "
        "unconstitutional, and in February 2024 it ordered the federal government to pay "
        "the salaries of the region's employees directly rather than through the regional "
        "government.",
        "Oil exports from the Kurdistan Region through the pipeline to the Turkish port of "
        "Ceyhan resumed in September 2025 after a halt of two and a half years.",
    ],
    sidebar_title="Latest",
    sidebar=[
        "Basra oil exports average 3.38 million bpd in June",
        "Iraq's electricity ministry says summer demand peaked at 55,000 megawatts",
        "Two killed in Diyala as farmers clash over water",
        "Central bank sells $214 million at daily dollar auction",
    ],
    footer="© 2026 Tigris News Agency. All rights reserved.",
)

_CT2_URL = "https://www.zagros24.example/en/news/kurdistan/federal-court-salary-ruling-reaction"
_CT2 = _page(
    site="Zagros 24",
    url=_CT2_URL,
    title="Erbil welcomes federal court ruling on salaries, urges Baghdad to pay "
    "- Zagros 24",
    description="Kurdistan officials and employees react to the Federal Supreme Court "
    "ruling.",
    headline="Erbil welcomes federal court ruling on salaries, urges Baghdad to pay",
    meta=[
        ("property", "article:published_time", "2026-07-14T19:20:00+03:00"),
        ("property", "article:section", "Kurdistan"),
    ],
    time_tag=("2026-07-14T19:20:00+03:00", "14-07-2026 19:20"),
    byline="Zagros 24 - Erbil",
    nav=["Home", "Kurdistan", "Iraq", "Middle East", "World", "Video", "Live TV"],
    figure=(
        "/uploads/2026/07/erbil-employees-protest.jpg",
        "Public employees protest over delayed salaries in Erbil in June.",
        "Photo: Zagros 24",
    ),
    cookie="Zagros 24 uses cookies. Read our policy to learn more.",
    paragraphs=[
        "ERBIL - The Kurdistan Regional Government on Tuesday welcomed a ruling by Iraq's "
        "Federal Supreme Court that struck down a clause of the federal budget law used by "
        "Baghdad to hold back the salaries of public employees in the Kurdistan Region, "
        "and called on the federal Ministry of Finance to release the withheld payments "
        "without delay.",
        "The court, sitting in Baghdad, decided by a 6-3 majority that the second "
        "paragraph of Article 14 of the 2026 budget law was unconstitutional. Three of the "
        "court's nine judges voted against the decision.",
        "\"This is a victory for the constitution and for more than 1.2 million employees "
        "and pensioners in the Kurdistan Region,\" KRG spokesman Aram Hawrami said in a "
        "statement issued in Erbil on Tuesday afternoon.",
        "The region's minister of finance and economy, Sirwan Kamal Mufti, told Zagros 24 "
        "that the federal ministry now owed the region 1.91 trillion dinars for the months "
        "of April and May. \"We have fulfilled our obligations. We have delivered oil, we "
        "have delivered non-oil revenues, and now we expect Baghdad to fulfil its "
        "obligations,\" Mufti said.",
        "He said the regional government had submitted all payroll lists to the federal "
        "ministry and that payments could begin within a week if there was political "
        "will. The monthly payroll, he said, amounts to about 957 billion dinars.",
        ("h", "Relief and scepticism on the streets"),
        "In Erbil's bazaar, the news was met with relief but also with caution. Many "
        "employees have gone without pay for more than two months and have borrowed from "
        "relatives or bought food on credit.",
        "\"We have heard promises before. I will believe it when the money is in my bank "
        "account,\" said Hozan Aziz, a 38-year-old secondary school teacher. He said his "
        "monthly salary of 890,000 dinars had not been paid since March.",
        "In Sulaymaniyah, where teachers held a sit-in outside the governorate building "
        "in June, union representative Bekhal Osman said the ruling should be a lesson "
        "for all parties. \"Salaries are a right, not a bargaining chip,\" she said.",
        "The lawyer who represented the 23 Kurdish MPs who brought the case, Karim Jawad "
        "al-Tamimi, said the judgment closed the legal door on future attempts to link "
        "salaries to oil deliveries. \"The court has told everyone that the salaries of "
        "employees cannot be used as a weapon in political disputes,\" he said.",
        ("h", "Oil dispute continues"),
        "The ruling does not settle the underlying dispute over oil. Under the budget law "
        "the Kurdistan Region is required to hand 230,000 barrels of crude per day to the "
        "federal oil marketer SOMO. The regional Ministry of Natural Resources says it "
        "delivered an average of around 190,000 barrels per day in the second quarter, "
        "with the rest consumed by local refineries to supply the region's domestic "
        "market.",
        "Federal officials say the region has fallen short of its commitments. The federal "
        "oil ministry has put the deliveries at about 162,000 barrels per day over the "
        "same period.",
        "MP Shirin Aziz Baban, who led the group of lawmakers that filed the lawsuit in "
        "March, said the Kurdish blocs in parliament would now push for an amendment to "
        "the budget law to protect salaries in the 2027 budget. \"We do not want to go to "
        "court every year,\" she told Zagros 24 in a telephone interview.",
        "There was no immediate reaction from the Prime Minister's Office in Baghdad. A "
        "finance ministry spokesman said earlier on Tuesday that the ministry would study "
        "the financial implications of the ruling.",
    ],
    sidebar_title="Most watched",
    sidebar=[
        "Video: Dukan lake water level falls 4 metres below last year",
        "Kurdistan's tourism board expects 1.5 million summer visitors",
        "Sulaymaniyah: 12 injured in fuel tanker fire",
        "Interview: the farmer growing pomegranates in Halabja",
    ],
    footer="© 2026 Zagros 24 Media Network. All rights reserved.",
    newsletter="Zagros 24 Evening Bulletin - the day's news from Kurdistan at 8pm.",
)

_CT3_URL = "https://baghdadobserver.example/news/federal-court-budget-kurdistan"
_CT3 = _page(
    site="The Baghdad Observer",
    url=_CT3_URL,
    title="Court voids budget clause on Kurdistan salaries, reopening fiscal row "
    "| The Baghdad Observer",
    description="The ruling puts pressure on the federal Finance Ministry and revives "
    "the oil dispute.",
    headline="Court voids budget clause on Kurdistan salaries, reopening fiscal row",
    standfirst="Finance Ministry must now find funds for withheld payments as oil "
    "deliveries from the region fall short of target",
    visible_date="15/07/2026",
    byline="By Zainab Hadi, Political Editor",
    nav=["Home", "Politics", "Economy", "Provinces", "Opinion", "Sport", "Culture"],
    paragraphs=[
        "The Federal Supreme Court ruled on Wednesday that a budget provision allowing "
        "the Finance Ministry to cut off salary payments to the Kurdistan Region was "
        "unconstitutional, delivering a setback to the federal government in its "
        "long-running dispute with Erbil over oil revenues.",
        "In a 7-2 decision read out by the court's chief judge, Haidar al-Janabi, the "
        "nine-member court annulled the second paragraph of Article 14 of the Federal "
        "General Budget Law for 2026. The two dissenting judges said parliament had the "
        "right to make budget allocations conditional.",
        "The provision had allowed the ministry to suspend monthly transfers for public "
        "sector salaries in the region if the Kurdistan Regional Government did not hand "
        "over the 230,000 barrels per day of crude required under the budget.",
        ("h", "Cost to the Treasury"),
        "The practical question now is money. The ministry withheld the transfers for "
        "April and May, worth a combined 1.91 trillion dinars. At the parallel market "
        "rate of around 1,420 dinars to the dollar that is about $1.35 billion; at the "
        "official rate it is closer to $1.46 billion.",
        "The region's monthly payroll of about 957 billion dinars is equivalent to "
        "roughly $674 million at the market rate, a sum a senior ministry official said "
        "would have to come from other allocations or from additional borrowing.",
        "\"The treasury is not a bottomless well. If oil does not arrive from the region, "
        "the revenue that funds these salaries does not arrive either,\" the official "
        "said, speaking on condition of anonymity because he was not authorised to "
        "comment publicly.",
        "Ministry spokesman Ahmed al-Dulaimi said the ministry would implement the ruling "
        "and examine its financial implications. He declined to give a timetable.",
        ("h", "The oil question"),
        "Federal figures show the region's deliveries to SOMO averaged about 162,000 "
        "barrels per day in the second quarter, roughly 70% of the volume required. The "
        "regional government disputes this, saying it handed over close to 190,000 "
        "barrels a day.",
        "Oil analyst Yasser al-Shammari said the ruling would weaken Baghdad's leverage. "
        "\"The finance ministry has lost its main tool for enforcing oil deliveries. Now "
        "any pressure will have to be political, not financial,\" he said.",
        "The Kurdish plaintiffs, represented by lawyer Karim al-Tamimi, argued that "
        "employees should not be punished for disputes between governments. The case was "
        "filed in March by a group of 23 MPs from Kurdish parties.",
        "Several Shiite lawmakers from the Coordination Framework criticised the "
        "decision. \"The region takes the oil and Baghdad pays the bill. This is not "
        "fair to the rest of Iraq,\" said MP Hussein Ali al-Maliki, a member of the "
        "parliamentary finance committee.",
        ("h", "A history of rulings"),
        "It is not the first time the court has intervened. On February 15, 2022, it "
        "ruled that the Kurdistan Region's 2007 oil and gas law was unconstitutional, "
        "and on February 21, 2024, it ordered that the salaries of the region's "
        "employees be paid directly by the federal government through federal banks.",
        "Exports through the Iraq-Turkey pipeline, halted in March 2023 after an "
        "international arbitration ruling, restarted on September 27, 2025, under an "
        "agreement that routes the oil through SOMO.",
        "The court's rulings are final and binding under Article 94 of the constitution "
        "and cannot be appealed.",
    ],
    sidebar_title="Also in the Observer",
    sidebar=[
        "Parliament approves 2026 supplementary budget of 9.6 trillion dinars",
        "Baghdad temperatures hit 51C as power cuts bite",
        "Opinion: the dinar's two exchange rates must be unified",
        "Al-Shorta beat Al-Zawraa 2-1 to win the league",
    ],
    footer="The Baghdad Observer © 2026 - All rights reserved",
    cookie="This website uses cookies to ensure you get the best experience.",
)

_CT4_URL = "https://mesolegalreview.example/articles/fsc-2026-budget-article-14-salaries"
_CT4 = _page(
    site="Mesopotamia Legal Review",
    url=_CT4_URL,
    title="Case note: FSC annuls Article 14(2) of 2026 Budget Law - Mesopotamia Legal Review",
    description="Case note on the Federal Supreme Court's decision on conditional salary "
    "transfers to the Kurdistan Region.",
    headline="Case note: FSC annuls Article 14(2) of the 2026 Budget Law",
    standfirst="Equal treatment of public employees trumps fiscal conditionality, the "
    "court holds - but two dissents leave the door open",
    jsonld=_ld(
        "Case note: FSC annuls Article 14(2) of the 2026 Budget Law",
        "2026-07-15T11:00:00+03:00",
        "2026-07-15T11:00:00+03:00",
        "Dr. Noor Sabah Hassan",
        "Mesopotamia Legal Review",
        _CT4_URL,
    ),
    byline="Dr. Noor Sabah Hassan, lecturer in constitutional law, University of Baghdad",
    visible_date="15 July 2026",
    nav=["Case notes", "Legislation", "Commentary", "Arbitration", "Events", "About"],
    kicker="Case notes",
    layout="journal",
    paragraphs=[
        "On 14 July 2026, the Federal Supreme Court (FSC) of Iraq annulled the second "
        "paragraph of Article 14 of the Federal General Budget Law for the fiscal year "
        "2026. The decision, in case No. 87/Federal/2026, was adopted by majority, with "
        "seven judges in favour and two dissenting, and was read in open session by the "
        "court's president, Judge Haidar Abdulkarim al-Janabi.",
        ("h", "The provision"),
        "Article 14(2) authorised the Minister of Finance to suspend, in whole or in part, "
        "the monthly financing of employee compensation in the Kurdistan Region whenever "
        "the regional government failed to deliver to the State Organization for "
        "Marketing of Oil (SOMO) the quantities set out in Article 13, namely 230,000 "
        "barrels per day. The ministry relied on the provision to withhold transfers for "
        "April and May 2026.",
        ("h", "The parties"),
        "The petition was lodged in March 2026 by 23 members of the Council of "
        "Representatives, led by MP Shirin Aziz Baban. The Council of Ministers of the "
        "Kurdistan Region subsequently joined as an interested party. The petitioners "
        "were represented by Karim Jawad al-Tamini; the Minister of Finance, sued in his "
        "official capacity, was represented by Muhannad Faisal al-Saadi of the "
        "ministry's legal department.",
        ("h", "The majority's reasoning"),
        "The majority rested its decision on three grounds. First, Article 14 of the "
        "constitution guarantees equality before the law without discrimination, and "
        "Article 22 recognises work as a right for all Iraqis. A rule that suspends the "
        "salaries of one category of public employees because of the conduct of a "
        "government to which they are not party treats them unequally.",
        "Second, the court held that salaries, once appropriated by parliament, are "
        "acquired rights that the executive may not suspend by administrative decision. "
        "Third, and most significantly, the majority found that the provision blurred "
        "the distinction between the fiscal relationship of the federal and regional "
        "governments, governed by Articles 112 and 121, and the individual entitlements "
        "of employees.",
        "The majority drew expressly on its decision of 21 February 2024, in which it "
        "required the salaries of the region's employees to be localised with federal "
        "banks and paid directly by the federal government.",
        ("h", "The dissents"),
        "Judges Ali Hussein al-Rubaie and Salim Nouri Kadhim dissented. In their view, "
        "Article 62 of the constitution gives parliament full authority over the budget, "
        "including the power to attach conditions to allocations, and the court should "
        "exercise restraint in reviewing fiscal choices. Judge al-Rubaie added that the "
        "majority's reasoning risked making it impossible to enforce the oil provisions "
        "of any future budget.",
        ("h", "Assessment"),
        "The decision is consistent with the court's recent line, which treats the "
        "salaries of public employees as a matter of individual right rather than of "
        "intergovernmental bargaining. It also sits uneasily with the court's own "
        "judgment of 15 February 2022 on the regional oil and gas law, which emphasised "
        "federal control of oil revenues.",
        "The immediate consequence is that the Ministry of Finance must resume transfers "
        "of roughly IQD 957 billion a month and settle the arrears, which the regional "
        "government puts at IQD 1.91 trillion. The ministry's spokesman, Ahmed Sabah "
        "al-Dulaimi, said it would comply.",
        "The dissents, however, give parliament a roadmap: a condition framed as a "
        "reduction of the regional government's own share, rather than of employee "
        "compensation, may survive review. Drafters of the 2027 budget will be reading "
        "them closely.",
        "Under Article 94 of the constitution, the decision is final and binding on all "
        "authorities.",
    ],
    sidebar_title="Recent case notes",
    sidebar=[
        "Court of Cassation on arbitration clauses in state contracts (No. 312/2025)",
        "FSC upholds 2025 provincial elections law amendments",
        "Commentary: the 1,000-day rule for investment licences",
        "Event: Annual Iraqi Arbitration Forum, Erbil, 8 October",
    ],
    footer="© 2026 Mesopotamia Legal Review. Articles reflect the views of their authors.",
    newsletter="Receive new case notes by email every fortnight.",
)

STORIES.append(
    {
        "id": "ct-GC3",
        "part": "GC",
        "domain": "court",
        "fetched": "2026-07-16",
        "articles": [
            {"url": _CT1_URL, "html": _CT1},
            {"url": _CT2_URL, "html": _CT2},
            {"url": _CT3_URL, "html": _CT3},
            {"url": _CT4_URL, "html": _CT4},
        ],
        "planted": [
            ("court vote split 7-2 vs 6-3", r"\b7\s*(?:-|–|to)\s*2\b",
             r"\b6\s*(?:-|–|to)\s*3\b"),
            ("weekday of the ruling: Tuesday vs Wednesday", r"\btuesday\b", r"\bwednesday\b"),
            ("plaintiffs' lawyer surname: al-Tamimi vs al-Tamini", r"\btamimi\b",
             r"\btamini\b"),
        ],
    }
)


# ---------------------------------------------------------------------------
# tr-GC4 — Oman merchandise trade, January-August 2026, released 13 October 2026 (CONTROL)
# ---------------------------------------------------------------------------

_TR1_URL = "https://muscatdailyrecord.example/business/oman-exports-rise-4-3-per-cent-jan-aug"
_TR1 = _page(
    site="Muscat Daily Record",
    url=_TR1_URL,
    title="Oman's merchandise exports rise 4.3% to OMR11.842bn by end-August "
    "| Muscat Daily Record",
    description="NCSI data show non-oil exports up 9.6 per cent and a wider trade surplus.",
    headline="Oman's merchandise exports rise 4.3% to OMR11.842bn by end-August",
    standfirst="Non-oil exports grow 9.6% as UAE, Saudi Arabia and India lead demand",
    meta=[
        ("property", "article:published_time", "2026-10-13T21:10:00+04:00"),
        ("property", "article:section", "Business"),
        ("name", "author", "Aisha al-Harthy"),
    ],
    time_tag=("2026-10-13T21:10:00+04:00", "Tuesday, October 13, 2026 - 9:10 PM"),
    byline="Aisha al-Harthy",
    nav=["Oman", "Business", "GCC", "World", "Lifestyle", "Sport", "Jobs"],
    figure=(
        "/files/2026/10/sohar-port-cranes.jpg",
        "Container cranes at Sohar Port.",
        "File photo",
    ),
    paragraphs=[
        "MUSCAT - The value of Oman's merchandise exports rose 4.3 per cent to OMR11.842 "
        "billion in the first eight months of 2026, compared with OMR11.354 billion in the "
        "same period of 2025, according to preliminary data released by the National "
        "Centre for Statistics and Information (NCSI) on Tuesday.",
        "Exports of oil and gas, which still account for the bulk of the sultanate's "
        "export earnings, increased by 1.8 per cent to OMR7.054 billion, from OMR6.929 "
        "billion a year earlier. Higher shipments of liquefied natural gas helped to "
        "offset lower crude prices.",
        "Non-oil exports grew faster, by 9.6 per cent, to OMR3.718 billion at the end of "
        "August, against OMR3.392 billion in the corresponding period last year. "
        "Re-exports rose 3.1 per cent to OMR1.070 billion.",
        "On the other side of the ledger, merchandise imports increased by 2.2 per cent to "
        "OMR7.463 billion, from OMR7.302 billion. As a result, the trade surplus widened "
        "by 8.1 per cent to OMR4.379 billion, up from OMR4.052 billion at the end of August "
        "2025.",
        "The United Arab Emirates remained the largest destination for Omani non-oil "
        "exports, taking goods worth OMR612 million, followed by Saudi Arabia with "
        "OMR455 million and India with OMR398 million. The UAE was also the largest "
        "source of imports into the sultanate.",
        "The main non-oil exports included polyethylene and other plastics, fertilisers, "
        "iron and steel products, aluminium and copper cathodes, the data showed.",
        "In August alone, merchandise exports amounted to OMR1.462 billion and imports to "
        "OMR941 million.",
        "Compared with July, exports in August were down 2.4 per cent, mainly because of "
        "lower crude loadings during scheduled maintenance at an export terminal, "
        "according to the data.",
        "Oman's crude oil production averaged about 995,000 barrels per day in the first "
        "eight months of the year, according to separate figures from the Ministry of "
        "Energy and Minerals, in line with the country's commitments under the OPEC+ "
        "agreement.",
        "Dr Maryam Khalfan al-Balushi, Undersecretary for Commerce and Industry at the "
        "Ministry of Commerce, Industry and Investment Promotion, said the growth in "
        "non-oil exports reflected the expansion of manufacturing capacity in the free "
        "zones and industrial estates.",
        "\"The figures show that diversification is no longer only a plan on paper. "
        "Omani factories are finding new markets, and our trade agreements are opening "
        "doors for them,\" she said in remarks to the Muscat Daily Record.",
        "She pointed to the Comprehensive Economic Partnership Agreement (CEPA) with "
        "India, which was signed in December 2025 and entered into force on June 1, "
        "2026. Non-oil exports to India rose 14.2 per cent in the first eight months, the "
        "NCSI data show.",
        "Salim Ahmed al-Jabri, a board member of the Oman Chamber of Commerce and "
        "Industry, said small and medium-sized exporters still faced high shipping and "
        "certification costs. \"The big companies are doing well. We need the same "
        "opportunities for the small factories in Rusayl and Sohar,\" he said.",
        "Oman Vision 2040 aims to raise the share of non-oil sectors in GDP to above 90 "
        "per cent by 2040. In 2025, non-oil activities accounted for about 71 per cent "
        "of GDP at constant prices, according to NCSI.",
        "The NCSI figures are preliminary and may be revised when the centre publishes "
        "its annual foreign trade statistics.",
    ],
    sidebar_title="Business - Most read",
    sidebar=[
        "Oman's inflation eases to 0.9% in September",
        "Duqm refinery processes 230,000 barrels a day at full capacity",
        "Bank Muscat net profit up 6% in nine months",
        "OQ lists gas network unit; shares jump 12% on debut",
    ],
    footer="© 2026 Muscat Daily Record. All rights reserved.",
    newsletter="Business Brief: Oman's markets and economy, every morning.",
)

_TR2_URL = "https://agbw.example/news/oman-trade-surplus-widens-non-oil-exports-2026-10-14"
_TR2 = _page(
    site="Arabian Gulf Business Wire",
    url=_TR2_URL,
    title="Oman's trade surplus widens as non-oil exports climb 9.6% - Arabian Gulf Business Wire",
    description="Oman's exports rose to about $30.8 billion in January-August.",
    headline="Oman's trade surplus widens as non-oil exports climb 9.6%",
    jsonld=_ld(
        "Oman's trade surplus widens as non-oil exports climb 9.6%",
        "2026-10-14T09:30:00+04:00",
        "2026-10-14T09:30:00+04:00",
        "Vikram Menon",
        "Arabian Gulf Business Wire",
        _TR2_URL,
    ),
    byline="By Vikram Menon",
    visible_date="Oct 14, 2026",
    nav=["Markets", "Energy", "Banking", "Real Estate", "Trade", "Tech"],
    kicker="Trade",
    paragraphs=[
        "DUBAI, Oct 14 (AGBW) - Oman's trade surplus widened in the first eight months of "
        "2026 as non-oil exports grew at more than twice the pace of overall shipments, "
        "official data showed, giving the Gulf state a cushion as oil prices soften.",
        "Total merchandise exports rose 4.3% year on year to about $30.8 billion in "
        "January-August, while imports increased 2.2% to about $19.4 billion, according "
        "to figures from the National Centre for Statistics and Information (NCSI) "
        "published late on Tuesday.",
        "That left a surplus of around $11.4 billion, 8.1% more than in the same period "
        "of last year. The Omani rial is pegged at 2.6008 dollars.",
        "Non-oil exports climbed 9.6% to about $9.7 billion, led by petrochemicals, "
        "fertilisers and metals. Oil and gas exports, which make up close to 60% of the "
        "total, rose a more modest 1.8% as higher LNG volumes offset a drop in crude "
        "prices.",
        "Oman's crude sold for an average of $70.40 a barrel in the first eight months, "
        "down from $78.20 a year earlier, according to finance ministry data. China "
        "bought about 85% of the country's crude exports, the NCSI figures show.",
        "\"The non-oil numbers are genuinely encouraging. Petrochemicals and metals are "
        "doing the heavy lifting, but we are also seeing new products such as green "
        "steel inputs appear in the data for the first time,\" said Rohan D'Souza, senior "
        "economist at Muscat Capital Partners.",
        "D'Souza said he expected the full-year surplus to narrow in the final four months "
        "if crude stays below $70, but to remain well above the government's budget "
        "assumptions. Oman's 2026 budget was based on an oil price of $60 a barrel.",
        "The government expects a fiscal surplus for a fourth consecutive year in 2026, "
        "after a surplus of 1.7% of GDP in 2025, and has used recent windfalls to cut "
        "public debt to about 35% of GDP from a peak of nearly 70% in 2020.",
        "Imports were led by vehicles, machinery and food products. The UAE was the "
        "largest source of imports, followed by China and Saudi Arabia.",
        "Oman's economy grew 2.1% in real terms in the first half of 2026, according to "
        "NCSI, with non-oil activities expanding by 3.4%.",
        "The commerce ministry has credited Oman's free trade agreements for part of the "
        "non-oil growth. A comprehensive economic partnership agreement with India, signed "
        "in December 2025, took effect in June. Exports of non-oil goods to India were up "
        "14.2% in January-August.",
        "\"Our trade agreements are opening doors for Omani factories,\" Undersecretary "
        "for Commerce and Industry Maryam al-Balushi said in comments reported by local "
        "media.",
        "The United Arab Emirates, Saudi Arabia and India were the top three markets for "
        "Oman's non-oil exports. Re-exports, mainly through Sohar and Jebel Ali-linked "
        "routes, increased 3.1%.",
        "Oman's sovereign credit rating was raised to investment grade by two of the three "
        "main agencies in 2024 and 2025, lowering borrowing costs for state companies "
        "tapping international markets.",
        "Neighbouring Saudi Arabia reported on Monday that its non-oil exports, including "
        "re-exports, rose 7.9% in August from a year earlier, while the UAE said in "
        "September that its non-oil foreign trade reached a record in the first half.",
        "(Reporting by Vikram Menon; Editing by Sarah Collins)",
    ],
    sidebar_title="Trending",
    sidebar=[
        "Brent slips to $66 as inventories build",
        "Qatar's LNG exports hit 7.1 million tonnes in September",
        "Kuwait Petroleum signs $2.5bn supply deal with Indian refiner",
        "Dubai home prices up 11% year on year",
    ],
    footer="© 2026 Arabian Gulf Business Wire. Redistribution prohibited.",
)

_TR3_URL = "https://gulftradeledger.example/oman/non-oil-exports-india-cepa-first-months"
_TR3 = _page(
    site="Gulf Trade Ledger",
    url=_TR3_URL,
    title="Oman's non-oil exports near 10% growth as India pact beds in | Gulf Trade Ledger",
    description="Oman trade data for January-August: non-oil exports, destinations, ports.",
    headline="Oman's non-oil exports near 10% growth as India pact beds in",
    visible_date="14 October 2026",
    byline="By Sameer Qureshi, Gulf correspondent",
    nav=["Shipping", "Ports", "Trade policy", "Commodities", "Logistics", "Events"],
    cookie="We and our partners use cookies. You can change your preferences at any time.",
    kicker="Trade data",
    paragraphs=[
        "Oman's non-oil exports rose nearly 10% in the first eight months of 2026, to "
        "just over OMR3.7bn, as the sultanate's manufacturers benefited from stronger "
        "Gulf demand and from the early months of the trade pact with India.",
        "The 9.6% increase, reported by the National Centre for Statistics and "
        "Information, compares with growth of 4.3% in total merchandise exports, which "
        "reached about OMR11.84bn. Hydrocarbon exports grew by less than 2%.",
        "Imports rose 2.2% to nearly OMR7.5bn, so the surplus on merchandise trade "
        "increased to about OMR4.38bn from OMR4.05bn a year earlier.",
        ("h", "Who is buying"),
        "The UAE remained by far the most important market for Omani non-oil goods, "
        "worth OMR612m in the eight months, with Saudi Arabia second at OMR455m. India, "
        "in third place at OMR398m, recorded the fastest growth among the top five, with "
        "non-oil exports up 14.2%.",
        "The UAE's share of Omani non-oil exports by value slipped to about 16.5% as India "
        "and East African markets grew. Exports to Tanzania and Kenya together rose 21%, "
        "albeit from a low base.",
        "The Oman-India Comprehensive Economic Partnership Agreement, signed in New Delhi "
        "in December 2025, came into force on 1 June 2026. It removes duties on more "
        "than 80% of tariff lines for Omani goods entering India, including most "
        "petrochemicals and several grades of steel.",
        "\"Three months is too early to see the full effect, but the direction is clear. "
        "Indian buyers are asking for Omani polypropylene and fertiliser in volumes we "
        "have not seen before,\" said Faisal Nair, trade director at a Sohar-based "
        "chemicals distributor.",
        "Ministry of Commerce, Industry and Investment Promotion undersecretary Dr Maryam "
        "al-Balushi said the figures showed that diversification was \"no longer just a "
        "plan on paper\" and that the country's trade agreements were opening doors for "
        "Omani factories.",
        ("h", "Ports and products"),
        "Polyethylene, urea and ammonia, and flat steel products made up more than half "
        "of non-oil exports by value. Aluminium and copper cathodes added a further 12%.",
        "Sohar Port, which handles most of the sultanate's non-oil export cargo, said "
        "last week that its total throughput in the first nine months reached 61.3 "
        "million tonnes, up 5% on the year. Container volumes at Salalah, which is "
        "dominated by transhipment, fell 3% to 2.9 million TEU over the same period "
        "because of continued diversions of Asia-Europe services.",
        "Re-exports, which pass through Omani ports and free zones without substantial "
        "transformation, grew 3.1% to about OMR1.07bn, the NCSI data show.",
        "For logistics companies, the key question is whether the India trade can be "
        "served by direct routes. \"Most cargo still goes via Jebel Ali. If we get weekly "
        "direct calls from Sohar to Mundra and Nhava Sheva, the numbers will move much "
        "faster,\" said Laila Hamdan, managing director of the freight forwarder Oman "
        "Link Logistics.",
        "Oman is also negotiating trade agreements as part of the Gulf Cooperation "
        "Council bloc, including with the United Kingdom, Japan and Turkey. The GCC-UK "
        "talks have been under way since June 2022.",
        "Salim al-Jabri, a board member of the Oman Chamber of Commerce and Industry, said "
        "smaller exporters needed help with certification and shipping. \"The big "
        "companies are doing well,\" he said, \"but the small factories in Rusayl and "
        "Sohar need the same chances.\"",
        "NCSI noted that the figures are preliminary.",
    ],
    sidebar_title="Related coverage",
    sidebar=[
        "Saudi non-oil exports up 7.9% in August",
        "Salalah terminal signs 10-year deal with Asian carrier",
        "Qatar-India trade talks resume in Doha",
        "Freight rates Asia-Gulf up 4% week on week",
    ],
    footer="© 2026 Gulf Trade Ledger. Published by Ledger Trade Media FZ-LLC.",
    newsletter="Gulf Trade Weekly: ports, shipping and trade policy every Thursday.",
)

STORIES.append(
    {
        "id": "tr-GC4",
        "part": "GC",
        "domain": "trade",
        "fetched": "2026-10-15",
        "articles": [
            {"url": _TR1_URL, "html": _TR1},
            {"url": _TR2_URL, "html": _TR2},
            {"url": _TR3_URL, "html": _TR3},
        ],
        "planted": [],
    }
)


# ---------------------------------------------------------------------------
# rk-GC5 — Hilal-2 suborbital flight from Etlaq Spaceport, Thursday 22 October 2026
# (PLANTED 3)
# ---------------------------------------------------------------------------

_RK1_URL = "https://www.omanskylinetv.example/live/hilal-2-launch-etlaq-duqm"
_RK1 = _page(
    site="Oman Skyline TV",
    url=_RK1_URL,
    title="Live updates: Hilal-2 rocket launch from Etlaq Spaceport | Oman Skyline TV",
    description="Follow the launch of the Hilal-2 suborbital rocket from Duqm.",
    headline="Live updates: Hilal-2 rocket launches from Etlaq Spaceport in Duqm",
    standfirst="Qamar Launch Systems makes a second attempt to fly its Hilal-2 rocket "
    "after Tuesday's launch was called off because of high winds.",
    meta=[
        ("property", "article:published_time", "2026-10-22T05:20:00+04:00"),
        ("property", "article:modified_time", "2026-10-22T09:05:00+04:00"),
    ],
    time_tag=("2026-10-22T09:05:00+04:00", "Updated 9:05 am, 22 October 2026"),
    byline="Skyline News Desk, with Badr al-Siyabi at Etlaq Spaceport",
    nav=["Live TV", "News", "Oman", "Business", "Science", "Programmes"],
    kicker="LIVE",
    layout="live",
    paragraphs=[
        ("time", "09:05"),
        "Qamar Launch Systems has now confirmed the official figures. Hilal-2 reached a "
        "maximum altitude of 138 kilometres, well above the 100-kilometre Karman line "
        "that is commonly used to mark the edge of space. The payload capsule's flight "
        "lasted 9 minutes and 42 seconds from liftoff to splashdown.",
        "Chief executive Dr Tariq Saif al-Mahrouqi told Skyline TV: \"Today an Omani "
        "rocket touched space. This is the result of four years of work by a team that is "
        "more than 70 percent Omani.\"",
        ("time", "07:30"),
        "Dr al-Mahrouqi tells our reporter that data from the three experiments will be "
        "handed to the universities and the customer within a week. The company will now "
        "study the flight data before announcing a date for its next launch.",
        ("time", "08:35"),
        "The recovery vessel has lifted the payload capsule out of the water. The company "
        "says it appears to be intact. The capsule came down under its parachutes in the "
        "Arabian Sea roughly 112 km from the coast.",
        ("time", "06:40"),
        "Mission director Hannah Voigt says all three experiments on board were powered "
        "throughout the flight and recorded data. The booster, which is not designed to "
        "be recovered, fell into the sea inside the closed zone.",
        ("time", "06:24"),
        "Splashdown confirmed. Applause in the control room.",
        ("time", "06:19"),
        "Preliminary telemetry shows an apogee of about 135 km, according to the flight "
        "commentary from the control room. The company says the final number will be "
        "confirmed after the tracking data are analysed.",
        ("time", "06:17"),
        "Engine cut-off came as planned about 68 seconds into the flight. The rocket "
        "reached a top speed of about 5,600 km/h before separating from the payload "
        "capsule, which is now coasting upwards.",
        ("time", "06:14"),
        "LIFTOFF! Hilal-2 has lifted off from Etlaq Spaceport near Duqm at 6:14 a.m. "
        "Oman time. The rocket climbed quickly and disappeared into a thin layer of "
        "cloud within about 20 seconds.",
        ("time", "06:02"),
        "The countdown has resumed at T-10 minutes after a brief hold to check upper-level "
        "wind data. The weather officer has given a \"go\".",
        ("time", "05:55"),
        "Police have closed the access road to the spaceport until the launch window "
        "ends, and a sea exclusion zone has been in force since midnight. Fishing boats "
        "have been asked to stay in port.",
        ("time", "05:45"),
        "Our reporter Badr al-Siyabi is at the viewing area about 8 km from the launch "
        "pad. Around 300 guests, including students from Sultan Qaboos University and "
        "officials from the Ministry of Transport, Communications and Information "
        "Technology, are here.",
        ("time", "05:20"),
        "Good morning. We are following the second attempt to launch Hilal-2, an 11.6-metre "
        "single-stage rocket built by Muscat-based Qamar Launch Systems. The first "
        "attempt, on Tuesday, was scrubbed four minutes before liftoff because of strong "
        "winds at high altitude.",
        "The rocket is carrying three experiments: a fluid physics experiment from Sultan "
        "Qaboos University, a prototype small satellite system built by students at the "
        "German University of Technology in Oman, and a radiation sensor for a European "
        "company. If it passes 100 km, it will be the first rocket launched from Omani "
        "soil to reach space.",
        "Qamar's first rocket, Hilal-1, flew in March this year and reached an altitude "
        "of 64 km. Etlaq Spaceport hosted its first launch, a small test rocket, in "
        "December 2024.",
        "Khalid Nasser al-Hinai, Undersecretary for Communications and Information "
        "Technology, told us before the launch that the government sees the space sector "
        "as part of Oman Vision 2040. \"We want Duqm to become a name that people in the "
        "space industry know,\" he said.",
    ],
    sidebar_title="Watch next",
    sidebar=[
        "Video: the making of Hilal-2, in 3 minutes",
        "Muscat weather: highs of 33C, light winds",
        "Oman's first satellite operator plans 2 more launches",
        "Duqm port welcomes 1st cruise ship of the season",
    ],
    footer="© 2026 Oman Skyline TV. All rights reserved.",
    cookie="We use cookies to personalise content and to analyse our traffic.",
)

_RK2_URL = "https://orbitalfrontier.example/2026/10/22/qamar-hilal-2-reaches-space"
_RK2 = _page(
    site="Orbital Frontier",
    url=_RK2_URL,
    title="Qamar's Hilal-2 reaches space on second attempt - Orbital Frontier",
    description="The Omani startup's single-stage suborbital rocket reached 138 km.",
    headline="Qamar's Hilal-2 reaches space on second attempt",
    standfirst="Omani startup's single-stage rocket clears the Karman line with three "
    "research payloads; orbital vehicle targeted for 2028",
    jsonld=_ld(
        "Qamar's Hilal-2 reaches space on second attempt",
        "2026-10-22T04:10:00+00:00",
        "2026-10-22T06:45:00+00:00",
        "Lukas Brenner",
        "Orbital Frontier",
        _RK2_URL,
    ),
    time_tag=("2026-10-22T04:10:00+00:00", "22 October 2026, 04:10 UTC"),
    byline="Lukas Brenner",
    nav=["Launch", "Spaceflight", "Satellites", "Industry", "Science", "Schedule"],
    kicker="Launch report",
    paragraphs=[
        "Omani launch startup Qamar Launch Systems reached space for the first time on "
        "Thursday, when its Hilal-2 suborbital rocket climbed to an apogee of 138 km "
        "(85.7 miles) on a test flight from the Etlaq Spaceport near Salalah.",
        "Liftoff came at 02:14 UTC (06:14 local time), two days after a first attempt was "
        "scrubbed at T-4 minutes because of high-altitude winds. The single-stage, "
        "liquid-fuelled vehicle burned its engine for about 68 seconds, reaching a peak "
        "velocity of roughly 5,600 km/h (3,480 mph) before the payload section separated "
        "and coasted to apogee.",
        "The payload capsule descended under a drogue and two main parachutes and "
        "splashed down in the Arabian Sea about 112 km (70 miles) offshore, 9 minutes "
        "42 seconds after launch. A recovery ship retrieved it a little over two hours "
        "later.",
        "\"The vehicle flew almost exactly on the predicted trajectory. We were within "
        "two percent of the nominal apogee,\" mission director Hannah Voigt told Orbital "
        "Frontier after the flight. Voigt, a German engineer, previously worked on "
        "sounding rocket campaigns at Esrange in Sweden.",
        ("h", "The vehicle"),
        "Hilal-2 stands 11.6 m tall and has a liftoff mass of about 2.4 tonnes. It is "
        "powered by a single pressure-fed engine burning kerosene and liquid oxygen, "
        "developed in-house. The company says the engine produces about 52 kN of thrust "
        "at sea level.",
        "Qamar's first vehicle, Hilal-1, flew in March 2026 and reached 64 km (40 miles), "
        "short of space. The company made changes to the propellant tanks and the "
        "guidance fins for the second flight.",
        "Three payloads flew on Hilal-2: a capillary flow experiment from Sultan Qaboos "
        "University, a CubeSat avionics prototype built by students at the German "
        "University of Technology in Oman (GUtech), and a radiation dosimeter for a "
        "European sensor company. The capsule offered a little under four minutes of "
        "microgravity.",
        "Telemetry showed a peak acceleration of about 6 g during powered ascent and "
        "roughly 9 g when the capsule re-entered the denser atmosphere, within the limits "
        "set for the experiments. The company plans a third suborbital flight, Hilal-3, in "
        "the first half of 2027, with room for up to 50 kg of customer payloads.",
        ("h", "Bigger ambitions"),
        "The company's chief executive, Tariq al-Mahrouqi, said Qamar aims to fly a "
        "small orbital launcher, provisionally called Hilal-O, in 2028. \"Suborbital "
        "flights are our school. What we learn here goes straight into the orbital "
        "vehicle,\" he said.",
        "Etlaq, operated by the state-backed National Aerospace Services Company "
        "(NASCOM), is marketing itself as a launch site for companies from Asia and "
        "Europe that want access to relatively low latitudes and a long eastern "
        "overwater corridor. The site lies at about 19 degrees north.",
        "The spaceport's general manager, Ahmed Salim al-Shukaili, said Etlaq had signed "
        "letters of intent with four launch companies. \"Today we proved that Oman can "
        "host a launch to space safely and professionally,\" he said.",
        "Thursday's flight was the second suborbital launch from Etlaq this year and the "
        "first from the site to cross the Karman line, the 100-km altitude widely used "
        "to define the boundary of space. The US Air Force and NASA use a lower 50-mile "
        "(80 km) threshold for awarding astronaut wings.",
        "For comparison, the suborbital vehicles flown by Blue Origin reach around 105 km, "
        "while scientific sounding rockets such as Europe's MAXUS have reached more than "
        "700 km.",
    ],
    sidebar_title="Upcoming launches",
    sidebar=[
        "Oct 24 - Falcon 9, Starlink Group 12-9, 03:40 UTC",
        "Oct 27 - Ariane 6, Galileo L14, 21:12 UTC",
        "Oct 30 - Long March 7A, TBD",
        "Nov 3 - Electron, 'Sky's the Limit', 18:05 UTC",
    ],
    footer="© 2026 Orbital Frontier Media. All rights reserved.",
    newsletter="The Frontier Briefing: launch schedules and industry news every Monday.",
)

_RK3_URL = "https://peninsulawire.example/science/oman-rocket-space-first"
_RK3 = _page(
    site="Peninsula Wire Service",
    url=_RK3_URL,
    title="Omani rocket reaches space in first for the sultanate | Peninsula Wire Service",
    description="A privately developed Omani rocket crossed into space on Thursday.",
    headline="Omani rocket reaches space in first for the sultanate",
    visible_date="October 22, 2026",
    byline="By Fatima al-Lawati",
    nav=["World", "Gulf", "Business", "Science", "Health", "Sport"],
    paragraphs=[
        "DUQM, Oman, Oct 22 (PWS) - A privately developed Omani rocket crossed into space "
        "on Thursday, reaching an altitude of 183 kilometres on a short test flight from "
        "the Etlaq Spaceport near the port town of Duqm, its developer said.",
        "The Hilal-2 rocket, built by Muscat-based Qamar Launch Systems, lifted off at "
        "6:14 a.m. (0214 GMT), two days after a first attempt on Tuesday was called off "
        "because of strong winds.",
        "The flight was the first from Oman to pass the Karman line, 100 kilometres above "
        "the Earth, which is commonly regarded as the boundary of space.",
        "\"Today an Omani rocket touched space,\" Qamar's chief executive, Tariq Saif "
        "al-Mahrouqi, told reporters at the spaceport. \"This is the result of four years "
        "of work by a team that is more than 70% Omani.\"",
        "The rocket's payload capsule, carrying three scientific experiments, came down "
        "by parachute in the Arabian Sea after a flight of just under 10 minutes and was "
        "recovered by a support ship, the company said.",
        "Oman is one of several Gulf states seeking to build a space industry as part of "
        "efforts to diversify their economies away from oil and gas. The United Arab "
        "Emirates has sent a probe to Mars and astronauts to the International Space "
        "Station, while Saudi Arabia has set up a space agency and flew two astronauts to "
        "the station in 2023.",
        "Oman has taken a different approach, focusing on launch services. The Etlaq "
        "Spaceport, on the Arabian Sea coast in Al Wusta governorate, is operated by the "
        "National Aerospace Services Company and hosted its first launch in December "
        "2024.",
        "Officials hope its location, with open sea to the east and south, will attract "
        "foreign launch companies looking for alternatives to crowded sites in the "
        "United States and Europe.",
        "\"We want Duqm to become a name that everyone in the space industry knows,\" "
        "Khalid Nasser al-Hinai, undersecretary at the Ministry of Transport, "
        "Communications and Information Technology, said in a statement.",
        "The rocket, 11.6 metres tall, is the second built by Qamar. Its predecessor, "
        "Hilal-1, reached 64 kilometres in March, short of space.",
        "Qamar, founded in 2022, has raised about $38 million from Omani and foreign "
        "investors, including Oman Investment Authority's technology fund, according to "
        "the company. It employs around 90 people, most of them in Muscat and Duqm.",
        "Chief executive al-Mahrouqi said the company planned to build a small rocket "
        "capable of placing satellites in orbit by 2028. Such a vehicle would need to be "
        "much larger and more powerful than Hilal-2.",
        "Analysts said the commercial case for a Gulf launch site was still unproven. "
        "\"There are many new spaceports and not that many rockets. Etlaq has a good "
        "location, but it has to win customers who already have other options,\" said "
        "Maya Lindgren, a space industry consultant based in Stockholm.",
        "The Duqm Special Economic Zone, where the spaceport is located, also hosts a "
        "refinery, a dry dock and a fishing port, and has been the focus of billions of "
        "dollars of investment over the past decade.",
        "(Reporting by Fatima al-Lawati; Editing by James Porter)",
    ],
    sidebar_title="Most read",
    sidebar=[
        "UAE's Rashid 2 rover lands on the Moon",
        "Saudi Arabia opens bidding for 4 GW of solar projects",
        "Kuwait appoints new oil minister",
        "Bahrain's economy grows 3.1% in Q2",
    ],
    footer="© 2026 Peninsula Wire Service. All rights reserved.",
)

_RK4_URL = "https://alwustaobserver.example/local/duqm-residents-watch-hilal-2"
_RK4 = _page(
    site="Al Wusta Observer",
    url=_RK4_URL,
    title="Duqm turns out at dawn to watch Hilal-2 climb into space - Al Wusta Observer",
    description="Residents, students and fishermen watched the launch from Etlaq Spaceport.",
    headline="Duqm turns out at dawn to watch Hilal-2 climb into space",
    meta=[
        ("property", "article:published_time", "2026-10-23T08:00:00+04:00"),
        ("name", "author", "Said al-Junaibi"),
    ],
    time_tag=("2026-10-23T08:00:00+04:00", "Friday 23 October 2026"),
    byline="Said al-Junaibi, Duqm",
    nav=["Al Wusta", "Duqm", "Haima", "Mahout", "Business", "Community"],
    figure=(
        "/photos/2026/10/hilal2-beach-crowd.jpg",
        "Residents watch the Hilal-2 launch from the beach at Ras Madrakah road.",
        "Photo: Said al-Junaibi",
    ),
    cookie="We use cookies so our local news site works properly.",
    paragraphs=[
        "Hundreds of people in Duqm got up before dawn on Thursday to see history being "
        "made just down the road, as the Hilal-2 rocket lifted off from the Etlaq "
        "Spaceport and climbed to an altitude of 138 kilometres - the first time a rocket "
        "launched from the sultanate has reached space.",
        "Families parked along the coastal road south of the town from 5 am, and by the "
        "time of liftoff at 7:14 am the beach near the spaceport's exclusion zone was "
        "crowded with children, students and workers from the nearby refinery and dry "
        "dock.",
        "\"My son woke me up at four o'clock. He has been talking about this rocket for a "
        "month,\" said Nasser al-Wahaibi, a fisherman who watched with his two sons. "
        "\"When it went up, everyone shouted. It was like a football match.\"",
        "The rocket, built by Muscat-based Qamar Launch Systems, left a white trail that "
        "was visible for several seconds before it disappeared into the clouds. A loud "
        "rumble reached the beach a few seconds after liftoff.",
        ("h", "Fishermen kept out"),
        "For Duqm's fishing community, the launch also meant two days without work. The "
        "Ministry of Agriculture, Fisheries and Water Resources closed a zone of sea off "
        "the spaceport on Tuesday, the date of the first attempt, and again on Thursday. "
        "The Tuesday launch was cancelled minutes before liftoff because of high winds.",
        "\"We understand it is important for the country, but we lost two days of "
        "fishing,\" said Salim al-Janaibi, head of the Duqm fishermen's association. He "
        "said about 120 boats had been affected and that the association had asked the "
        "spaceport for compensation.",
        "Etlaq's general manager, Ahmed Salim al-Shukaili, said the spaceport would work "
        "with the ministry and the fishermen to reduce the closure time for future "
        "launches. \"Today we proved that Oman can host a launch to space safely and "
        "professionally, and we want the people of Al Wusta to benefit,\" he said.",
        ("h", "Students inspired"),
        "Among the crowd were about 40 students from Duqm's schools, brought by their "
        "teachers as part of a science programme. \"I want to be an engineer and build "
        "the next rocket,\" said 14-year-old Reem al-Balushi.",
        "Qamar's chief executive, Dr Tariq al-Mahrouqi, said after the flight that more "
        "than 70 percent of the company's team were Omani, many of them young graduates. "
        "\"Today an Omani rocket touched space,\" he said.",
        "The capsule carrying three experiments landed in the Arabian Sea about 70 miles "
        "from the coast and was picked up by a recovery vessel later in the morning. The "
        "flight from liftoff to splashdown lasted 9 minutes and 42 seconds.",
        "Local businesses said the launch had brought extra visitors. The manager of one "
        "hotel in the town said all 96 of its rooms had been booked for Wednesday night, "
        "mostly by company staff, guests and journalists.",
        ("h", "What's next"),
        "The spaceport, which opened in 2024 on a site about 30 km from the centre of "
        "Duqm, is expected to host further launches next year. Al-Shukaili said four "
        "launch companies had signed letters of intent, without naming them.",
        "Khalid Nasser al-Hinai, the undersecretary for communications and information "
        "technology, said the government wanted Duqm to become \"a name that everyone in "
        "the space industry knows\".",
        "For now, residents are already asking when the next launch will be. \"Next time "
        "I will bring my whole family,\" said al-Wahaibi.",
    ],
    sidebar_title="Also in Al Wusta",
    sidebar=[
        "Haima hospital adds 24 beds to emergency wing",
        "Duqm port handles 1.2 million tonnes in September",
        "Mahout road upgrade to finish by March, ministry says",
        "Camel race in Hij draws 3,000 spectators",
    ],
    footer="© 2026 Al Wusta Observer. Community news for Al Wusta Governorate.",
    newsletter="Get Al Wusta's news every Thursday by email.",
)

STORIES.append(
    {
        "id": "rk-GC5",
        "part": "GC",
        "domain": "rocket",
        "fetched": "2026-10-24",
        "articles": [
            {"url": _RK1_URL, "html": _RK1},
            {"url": _RK2_URL, "html": _RK2},
            {"url": _RK3_URL, "html": _RK3},
            {"url": _RK4_URL, "html": _RK4},
        ],
        "planted": [
            ("Hilal-2 apogee 138 km vs 183 km", r"\b138\b", r"\b183\b"),
            ("liftoff clock time 6:14 a.m. local vs 7:14 a.m.", r"\b0?6[:.]14\b",
             r"\b0?7[:.]14\b"),
            ("launch site near Duqm vs near Salalah", r"\bduqm\b", r"\bsalalah\b"),
        ],
    }
)


# ---------------------------------------------------------------------------
# eq-GC6 — Earthquake near Halabja, Kurdistan Region of Iraq, Monday 16 November 2026
# (CONTROL)
# ---------------------------------------------------------------------------

_EQ1_URL = "https://live.kurdistantoday.example/en/halabja-earthquake-live"
_EQ1 = _page(
    site="Kurdistan Today",
    url=_EQ1_URL,
    title="Halabja earthquake live: deaths, injuries and damage | Kurdistan Today",
    description="Live updates after a strong earthquake struck near Halabja early on Monday.",
    headline="Halabja earthquake: live updates",
    standfirst="A strong earthquake struck near Halabja before dawn on Monday, shaking "
    "Sulaymaniyah, Erbil and parts of western Iran.",
    meta=[
        ("property", "article:published_time", "2026-11-16T04:05:00+03:00"),
        ("property", "article:modified_time", "2026-11-16T16:20:00+03:00"),
    ],
    time_tag=("2026-11-16T16:20:00+03:00", "Last update: 16 Nov 2026, 16:20"),
    byline="Kurdistan Today reporters in Halabja, Sulaymaniyah and Erbil",
    nav=["Live", "Kurdistan", "Iraq", "Economy", "Video", "Kurdish", "Arabic"],
    kicker="LIVE",
    layout="live",
    paragraphs=[
        ("time", "16:20"),
        "We are ending our live coverage for today. The latest figures from the "
        "Kurdistan Region's health ministry: six people dead and 118 injured. Rescue teams "
        "will continue inspecting damaged buildings overnight. We will be back with "
        "updates on Tuesday morning.",
        ("time", "16:00"),
        "Health Minister Dr Sarbast Omer Rashid, speaking at Halabja General Hospital, "
        "says the death toll has risen to six after two people were found in the rubble "
        "of a house in the village of Anab. The number of injured stands at 118, most of "
        "them with cuts and fractures; 27 are still in hospital.",
        "Halabja Governor Azad Tofiq Mahmoud says a preliminary survey found about 340 "
        "homes damaged and 58 destroyed, most of them older mud-brick houses in villages "
        "south of the city.",
        ("time", "14:10"),
        "The KRG's Joint Crisis Coordination Centre says it has sent 400 tents, food "
        "parcels and blankets to Halabja and the surrounding villages for families whose "
        "homes are unsafe. More supplies are on the way from Erbil.",
        ("time", "13:15"),
        "Across the border, Iran's Red Crescent says nine people were treated for minor "
        "injuries in Kermanshah province. No deaths have been reported in Iran.",
        ("time", "12:30"),
        "The Iraqi Meteorological Organization and Seismology says more than 40 "
        "aftershocks have been recorded since the main quake, the strongest measuring "
        "4.6 at 05:10. Residents are being advised to stay out of cracked buildings.",
        ("time", "11:40"),
        "Schools in Halabja and Sharazoor district will be closed on Monday and Tuesday, "
        "the Halabja education directorate says. Several school buildings are being used "
        "as temporary shelters.",
        ("time", "10:15"),
        "Health Minister Sarbast Rashid says four people have been killed and 63 injured. "
        "\"All our hospitals in Halabja and Sulaymaniyah are on alert, and we have enough "
        "blood and medicine for now,\" he told reporters.",
        ("time", "09:00"),
        "Iraqi Prime Minister's Office says the federal government will send emergency "
        "aid and has instructed the civil defence directorate to coordinate with "
        "authorities in the Kurdistan Region.",
        ("time", "08:30"),
        "The road between Halabja and Sulaymaniyah is open, but a rockfall has blocked a "
        "mountain road east of the city, according to the traffic police. Engineers are "
        "checking two bridges on the Sirwan river as a precaution.",
        ("time", "07:45"),
        "Dr Shilan Karim, director of the Halabja health directorate, says two people "
        "have died and 27 have been injured. Ambulances from Sulaymaniyah have arrived to "
        "help transfer patients.",
        ("time", "06:15"),
        "The European-Mediterranean Seismological Centre puts the magnitude at 5.9 and the "
        "depth at 12 km. Different agencies often report slightly different magnitudes in "
        "the first hours after a quake.",
        ("time", "05:30"),
        "First casualty report: Halabja health directorate says one person, an elderly "
        "man, was killed when a wall collapsed, and 19 people have been injured. Many "
        "were hurt while running out of their homes in the dark.",
        ("time", "04:40"),
        "The US Geological Survey gives a preliminary magnitude of 5.8, with the "
        "epicentre about 18 km south of Halabja at a depth of 10 km. The Iraqi "
        "Meteorological Organization and Seismology has reported a magnitude of 6.1.",
        ("time", "04:05"),
        "A strong earthquake has shaken Halabja and much of Sulaymaniyah province. It "
        "struck at 03:42 local time. Our reporter in Sulaymaniyah says people have "
        "rushed into the streets in their nightclothes, and the shaking lasted about 15 "
        "seconds. Electricity has been cut in parts of Halabja.",
        "\"The whole building was moving. I grabbed my children and ran down the stairs,\" "
        "said Shno Ahmed, a resident of Halabja's Sarchnar neighbourhood.",
        "The quake was also felt in Erbil, Kirkuk and across the border in Iran's "
        "Kermanshah province.",
    ],
    sidebar_title="Watch",
    sidebar=[
        "Video: drone footage shows damage in villages near Halabja",
        "Explainer: why the Zagros mountains shake so often",
        "KRG unveils 2027 budget of 17.4 trillion dinars",
        "Weather: rain expected in Sulaymaniyah on Wednesday, lows of 6C",
    ],
    footer="© 2026 Kurdistan Today. All rights reserved.",
    cookie="Kurdistan Today uses cookies to deliver the best experience.",
)

_EQ2_URL = "https://euphratespress.example/iraq/2026-11-16/quake-halabja-kills-four"
_EQ2 = _page(
    site="Euphrates Press",
    url=_EQ2_URL,
    title="Earthquake near Iraq's Halabja kills at least four, injures dozens - Euphrates Press",
    description="A magnitude 5.8 earthquake struck the Kurdistan Region of Iraq before "
    "dawn on Monday.",
    headline="Earthquake near Iraq's Halabja kills at least four, injures dozens",
    jsonld=_ld(
        "Earthquake near Iraq's Halabja kills at least four, injures dozens",
        "2026-11-16T10:40:00+03:00",
        "2026-11-16T11:05:00+03:00",
        "Rebwar Salih",
        "Euphrates Press",
        _EQ2_URL,
    ),
    time_tag=("2026-11-16T10:40:00+03:00", "16 November 2026, 07:40 GMT"),
    byline="By Rebwar Salih",
    nav=["Iraq", "Middle East", "World", "Business", "Environment", "Multimedia"],
    paragraphs=[
        "SULAYMANIYAH, Iraq (EP) - A strong earthquake struck the Kurdistan Region of "
        "Iraq near the Iranian border before dawn on Monday, killing at least four people "
        "and injuring 63, officials said, as rescuers searched damaged villages around "
        "the city of Halabja.",
        "The US Geological Survey said the quake had a magnitude of 5.8 and struck at "
        "0042 GMT at a depth of 10 km (6 miles). Its epicentre was about 18 km (11 miles) "
        "south of Halabja, a city of around 120,000 people.",
        "Iraq's state meteorological and seismology agency measured the quake at 6.1, "
        "while the European-Mediterranean Seismological Centre gave a magnitude of 5.9. "
        "Agencies often report slightly different magnitudes because they use different "
        "methods and networks of instruments.",
        "The Kurdistan Region's health minister, Sarbast Omer Rashid, said the four dead "
        "included a child and an elderly man. \"All our hospitals in Halabja and "
        "Sulaymaniyah are on alert, and we have enough blood and medicines for the "
        "moment,\" he said.",
        "Most of the injured suffered cuts and broken bones, many of them after jumping "
        "from balconies or running down stairs in the dark, according to doctors at "
        "Halabja General Hospital.",
        "Witnesses said the shaking lasted between 10 and 20 seconds and was felt "
        "strongly in Sulaymaniyah, about 75 km (47 miles) northwest of Halabja, as well "
        "as in Erbil and Kirkuk.",
        "\"I thought the house was going to fall on us,\" said Karwan Jalal, 52, who "
        "spent the rest of the night in his car with his wife and three children in "
        "Halabja. \"Nobody wanted to go back inside.\"",
        "Several mud-brick houses collapsed in villages south of Halabja and cracks "
        "appeared in older buildings in the city, local officials said. Power was cut in "
        "some neighbourhoods as a precaution.",
        "The regional Joint Crisis Coordination Centre said search teams from Sulaymaniyah "
        "and Erbil had been sent to check damaged houses, and that tents and blankets were "
        "being prepared for families unable to return home. Electricity was restored to "
        "most of Halabja by mid-morning, the regional electricity ministry said.",
        "In Iran, the Red Crescent said the quake was felt in Kermanshah province, where "
        "nine people were treated for minor injuries and some rural homes were damaged. "
        "There were no reports of deaths on the Iranian side of the border.",
        "Iraqi Prime Minister's Office said in a statement that the federal government "
        "would send emergency aid and that civil defence teams were coordinating with the "
        "regional authorities in Erbil.",
        "The mountainous border area lies on the Zagros fold-and-thrust belt, one of the "
        "most seismically active zones in the Middle East, where the Arabian plate is "
        "pushing into the Eurasian plate.",
        "In November 2017, a magnitude 7.3 earthquake centred on the Iran-Iraq border "
        "killed more than 600 people, most of them in Iran's Kermanshah province, and "
        "injured thousands. Around 10 people were killed on the Iraqi side.",
        "Halabja is remembered worldwide for the 1988 chemical weapons attack by the "
        "forces of Saddam Hussein, in which about 5,000 people were killed. It became a "
        "separate governorate of the Kurdistan Region in 2014.",
        "(Editing by Thomas Keller)",
    ],
    sidebar_title="Most read",
    sidebar=[
        "Iraq's oil exports average 3.41 million bpd in October",
        "Turkey-Iraq Development Road: first section tendered",
        "Baghdad air quality worst in region, monitor says",
        "Magnitude 4.9 quake shakes Crete, no damage reported",
    ],
    footer="© 2026 Euphrates Press. All rights reserved.",
)

_EQ3_URL = "https://quakewatch-me.example/events/2026-11-16-halabja-m5-8"
_EQ3 = _page(
    site="QuakeWatch Middle East",
    url=_EQ3_URL,
    title="M5.8 - Halabja, Iraq (Iran-Iraq border region) | QuakeWatch Middle East",
    description="Event summary: moderate shallow earthquake in the Zagros, Iran-Iraq "
    "border region.",
    headline="M5.8 earthquake near Halabja, Iran-Iraq border region",
    standfirst="Event summary, agency solutions, aftershocks and impact",
    visible_date="Event page - last revised 16 Nov 2026, 13:30 UTC",
    byline="Compiled by the QuakeWatch duty seismologist, Dr Elif Karaca",
    nav=["Latest quakes", "Map", "Felt reports", "Science", "Preparedness", "About"],
    cookie="QuakeWatch uses essential cookies only. No tracking.",
    kicker="Event report",
    layout="event",
    paragraphs=[
        "A moderate, shallow earthquake occurred in the Iran-Iraq border region on 16 "
        "November 2026 at 00:42 UTC (03:42 local time in Iraq, 04:12 in Iran). The "
        "epicentre lies in the Halabja governorate of the Kurdistan Region of Iraq, "
        "approximately 18 km (11 mi) south of the city of Halabja and about 85 km (53 mi) "
        "south-southeast of Sulaymaniyah.",
        ("h", "Agency solutions"),
        "As usual for a moderate event, agencies differ slightly. The US Geological "
        "Survey (USGS) reports moment magnitude Mw 5.8 at a depth of 10 km. The "
        "European-Mediterranean Seismological Centre (EMSC) reports M 5.9 at a depth of "
        "12 km. The Iraqi Meteorological Organization and Seismology gives a local "
        "magnitude of 6.1, and the Iranian Seismological Center (IRSC) at the University "
        "of Tehran reports 5.7 at 8 km.",
        "Local magnitude scales calibrated for regional networks frequently give higher "
        "values than moment magnitude for events of this size in the Zagros. We use the "
        "USGS Mw 5.8 as the headline value for this page.",
        "The focal mechanism computed by USGS indicates reverse faulting on a fault "
        "striking northwest-southeast, consistent with shortening across the Zagros "
        "fold-and-thrust belt as the Arabian plate converges with Eurasia at roughly "
        "2 cm per year.",
        ("h", "Aftershocks"),
        "More than 40 aftershocks of magnitude 2.5 or greater had been recorded by 09:00 "
        "UTC, according to the Iraqi agency. The largest, magnitude 4.6, occurred at 02:10 "
        "UTC, about an hour and a half after the mainshock. Aftershock activity is "
        "decaying normally.",
        "Based on generic statistics for this region, there is roughly a 5% chance of an "
        "aftershock of magnitude 5 or larger in the coming week, and a chance of about "
        "1-2% that this event is a foreshock to a larger earthquake.",
        ("h", "Impact"),
        "As of 13:00 UTC, authorities in the Kurdistan Region reported at least six "
        "deaths and 118 injuries. Damage is concentrated in villages south of Halabja, "
        "where many homes are of unreinforced mud brick or stone. The Halabja governor "
        "reported around 340 homes damaged and 58 destroyed in a preliminary assessment.",
        "The shaking intensity near the epicentre is estimated at VII (very strong) on "
        "the Modified Mercalli scale, and V-VI in Halabja city and Sulaymaniyah. We have "
        "received 1,486 felt reports from users, from as far as Kirkuk, Erbil and "
        "Kermanshah.",
        "The USGS PAGER system issued a yellow alert for fatalities, indicating that some "
        "casualties are likely, and a green alert for economic losses.",
        ("h", "Expert comment"),
        "\"This is a typical Zagros earthquake: moderate in size but shallow, which is "
        "why even a magnitude under 6 can cause damage to vulnerable houses,\" said Dr "
        "Dler Hama Salih, a seismologist at the University of Sulaimani, who spoke to "
        "QuakeWatch by phone.",
        "\"The main lesson from 2017 is building quality. The buildings that collapsed "
        "then, and those that collapsed today, are mostly old or built without any "
        "engineering,\" he added.",
        ("h", "Historical context"),
        "The region has produced several damaging earthquakes. The largest recent event "
        "was the Mw 7.3 earthquake of 12 November 2017 near Ezgeleh, Iran, about 60 km "
        "south of today's epicentre, which killed more than 630 people.",
        "This page will be revised as new information becomes available. All times are "
        "UTC unless stated otherwise.",
    ],
    sidebar_title="Recent events",
    sidebar=[
        "M4.2 - 14 km NE of Khoy, Iran - 15 Nov 2026",
        "M3.9 - Gulf of Aqaba - 14 Nov 2026",
        "M5.1 - southern Türkiye, 22 km E of Malatya - 11 Nov 2026",
        "M4.4 - Dead Sea region - 9 Nov 2026",
    ],
    footer="© 2026 QuakeWatch Middle East. Data: USGS, EMSC, IMOS, IRSC.",
)

_EQ4_URL = "https://sulaimanichronicle.example/news/quake-toll-rises-halabja-villages"
_EQ4 = _page(
    site="The Sulaimani Chronicle",
    url=_EQ4_URL,
    title="Quake toll rises to seven as Halabja villages count the damage "
    "| The Sulaimani Chronicle",
    description="A woman injured in Monday's earthquake died overnight in Sulaymaniyah.",
    headline="Quake toll rises to seven as Halabja villages count the damage",
    standfirst="Hundreds of families spend second night in tents; aftershocks keep "
    "residents on edge",
    meta=[
        ("property", "article:published_time", "2026-11-17T08:30:00+03:00"),
        ("property", "article:section", "Kurdistan"),
        ("name", "author", "Hana Faraj"),
    ],
    time_tag=("2026-11-17T08:30:00+03:00", "Tuesday 17 November 2026"),
    byline="Hana Faraj in Halabja",
    nav=["News", "Kurdistan", "Iraq", "Business", "Opinion", "Culture", "Sport"],
    figure=(
        "/images/2026/11/anab-village-damage.jpg",
        "A collapsed house in the village of Anab, south of Halabja, on Monday.",
        "Chronicle photo: Aram Latif",
    ),
    paragraphs=[
        "HALABJA - The death toll from Monday's earthquake near Halabja rose to seven on "
        "Tuesday after a woman who had been seriously injured died overnight in a "
        "hospital in Sulaymaniyah, the Kurdistan Region's health ministry said.",
        "The number of injured rose to 131, the ministry said in a statement on Tuesday "
        "morning, after more people with minor injuries came forward for treatment. "
        "Twenty-two people remained in hospital, three of them in intensive care.",
        "In the villages south of the city, families spent a second night in tents and "
        "cars, afraid to return to homes that had cracked walls. The Iraqi Meteorological "
        "Organization and Seismology said it had recorded 63 aftershocks by Tuesday "
        "morning.",
        "Halabja's governor, Azad Mahmoud, said an updated survey showed 412 homes "
        "damaged, 71 of them completely destroyed, up from the preliminary figures "
        "released on Monday afternoon as teams reached more remote villages.",
        "\"Our priority now is shelter. Winter is coming, and we cannot leave people in "
        "tents for weeks,\" Mahmoud told the Chronicle in Anab, one of the worst-hit "
        "villages, where two people died when their house collapsed.",
        "The federal government in Baghdad has allocated 5 billion dinars (about $3.8 "
        "million) in emergency aid, the Prime Minister's Office said, and the Kurdistan "
        "Regional Government has approved a further 2 billion dinars. The KRG's Joint "
        "Crisis Coordination Centre said it had distributed 650 tents and 1,900 blankets.",
        "\"The response on the first day was fast. Now we need engineers to check every "
        "house before people go back inside,\" said Hemin Ali Qadir, director of the "
        "coordination centre.",
        "Water supplies were disrupted in four villages after a pipeline cracked, and "
        "tankers were sent from Sulaymaniyah. The regional government said it would waive "
        "fees for rebuilding permits in the affected areas for six months.",
        ("h", "Memories of 2017"),
        "For many in Halabja, the quake brought back memories of November 2017, when a "
        "much stronger earthquake of magnitude 7.3 struck near the border, killing more "
        "than 600 people, most of them in Iran. In Halabja and nearby Darbandikhan, "
        "houses were damaged then too.",
        "\"Every time, it is the same villages and the same old houses,\" said Dr Dler "
        "Hama Salih, a seismologist at the University of Sulaimani. \"The earthquake "
        "itself was moderate. It is the buildings that kill people.\"",
        "The US Geological Survey measured Monday's earthquake at magnitude 5.8; the "
        "Iraqi agency gave a reading of 6.1. The quake struck at 3:42 am, when most "
        "people were asleep.",
        ("h", "Schools shut"),
        "Schools in Halabja and Sharazoor remain closed on Tuesday, and several are being "
        "used as shelters. The education directorate said it would decide on Wednesday "
        "whether classes could resume next week after engineers have inspected the "
        "buildings.",
        "At Halabja General Hospital, Dr Shilan Karim, the head of the governorate's "
        "health directorate, said staff had worked through the night. \"We received more "
        "than 50 patients in the first six hours. The team did not stop,\" she said.",
        "In the city's bazaar, some shops reopened on Tuesday morning. \"We are "
        "frightened, but life must go on,\" said shopkeeper Bakhtiar Omer, sweeping glass "
        "from the floor of his small grocery.",
    ],
    sidebar_title="Most read",
    sidebar=[
        "Sulaymaniyah council approves 24-hour electricity pilot in 3 districts",
        "Pomegranate harvest in Halabja down 15% after dry summer",
        "Opinion: Kurdistan needs a building code that is enforced",
        "Football: Sulaymaniyah FC win 2-0 in Duhok",
    ],
    footer="© 2026 The Sulaimani Chronicle. All rights reserved.",
    newsletter="The Chronicle Daily - Kurdistan's news in your inbox at 7am.",
)

STORIES.append(
    {
        "id": "eq-GC6",
        "part": "GC",
        "domain": "earthquake",
        "fetched": "2026-11-18",
        "articles": [
            {"url": _EQ1_URL, "html": _EQ1},
            {"url": _EQ2_URL, "html": _EQ2},
            {"url": _EQ3_URL, "html": _EQ3},
            {"url": _EQ4_URL, "html": _EQ4},
        ],
        "planted": [],
    }
)
