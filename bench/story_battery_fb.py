"""Story battery, part FB — North Africa (Morocco, Algeria, Tunisia, Egypt), events in 2026.

Written by engineer FB1 on 2026-12-07 for the twenty-seventh batch, a precision batch:
most differences between outlets below are legitimate variation a careful editor would
accept, and only the planted items are real contradictions. Everything is invented
(outlets, reporters, companies, most officials, all figures) except real institutions
and places (Central Bank of Egypt, CAPMAS, Egyptian Space Agency, CRAAG, USGS, EMSC,
Jiuquan, Gabès, Bouira ...). Every page is a whole web page with site furniture; sidebars
carry other figures, dates and names on purpose.

cb-FB1 (central bank) — Central Bank of Egypt MPC cuts rates by 100 bp on Thursday
1 October 2026 (overnight deposit 18.25%, overnight lending 19.25%, main operation and
discount 18.75%). CONTROL: no planted disagreement. Outlets: Levant & Nile Wire (wire,
JSON-LD +03:00), The Cairo Courier (newspaper, article:published_time), Frontier Rates
Monitor (specialist, no machine-readable date). Traps: old vs new rates (the new lending
rate 19.25% equals the old deposit rate), four look-alike policy rates; urban headline
11.4% vs nationwide 11.1% vs core 10.1% vs July 12.0%; inflation targets (7% ±2 for Q4
2026, 5% ±2 for Q4 2028) vs forecasts (9.2% next 12 months) vs actuals; two different
polls (11 of 15 vs a 12-analyst survey); "8 p.m. local" vs "17:00 GMT"; 100 bp vs "one
percentage point"; cumulative 900 bp / nine points from 27.25%; pounds vs dollars (2.3
trillion pounds ~ $48 billion; 47.80 vs "47.8"); growth 4.6% (Q2) vs 4.4% (FY); T-bill
yield 20.62% vs 21.05% a week earlier; Karim Hegazy vs Karim Abdel Fattah Hegazy; the
statement and El-Sherbiny quotes in paraphrased wordings; next meeting 19 November.

el-FB2 (election) — Moroccan legislative election on Wednesday 9 September 2026; the
Renewal Rally wins 118 of 395 seats (provisional results read early on Thursday).
PLANTED (3): final turnout 52.7% (Maghreb 24 live page says 57.2%); the interior
minister's surname Bensouda (The Tangier Tribune spells it Bensaouda); the weekday of the
vote, Wednesday (North Africa Polity Review says Tuesday). Outlets: Maghreb 24 (broadcaster
live page, times in GMT, JSON-LD), Atlantic Wire Agency (wire, JSON-LD +01:00), The
Tangier Tribune (local newspaper, no machine-readable date), North Africa Polity Review
(analysis, JSON-LD). Traps: turnout 13.4% at midday and 37.2% at 17:00 vs final, 36.1% at
the same hour in 2021, 50.35% in 2021, 54.1% in the same-day municipal/regional vote,
49.8% regional and 41.3% Tangier-Assilah; a partial count (290 seats declared, RR 86, CAM
63) vs the full provisional result; results announced 00:40 local = 23:40 GMT
(Wednesday night GMT vs "early Thursday" local); polls 08:00-19:00 local = 07:00-18:00
GMT; 97 seats in the outgoing parliament; majority 198 and coalition sums (189, 202, 227);
2,409,733 votes vs "just over 2.4 million", 26.5% of valid votes vs ~30% of seats; 305
local + 90 regional-list seats; Nadia Ouazzani vs Nadia Ouazzani Tahiri; secretary-general
vs spokesman Youssef Lamrani; the minister's and Ouazzani's quotes in varied wordings;
two different quotes from the same analyst;
local seat splits in Tangier, Tetouan and Larache.

ct-FB3 (court) — Court of First Instance of Gabès, Tuesday 16 June 2026, orders the
phosphate processor STPS to pay 312 fishermen 15,000 dinars each (4.68 million dinars)
and to present a plan within six months to end phosphogypsum discharges. CONTROL: no
planted disagreement. Outlets: Mediterranean Press Agency (wire, JSON-LD +01:00), Gabès
Sud Info (local site, no machine-readable date), Blue Coast Environmental Report
(environment specialist, article:published_time in UTC). Traps: 4.68 million vs "nearly
4.7 million" dinars vs $1.5 million vs €1.36 million, $4,800 each; awarded vs sought
(30,000 each, 9.36 million); 340 original plaintiffs vs 312 (11 withdrew, 17 rejected);
verdict first due 9 June vs delivered 16 June; "late Tuesday" vs "just after 9.30 in
the evening"; discharge estimates 13,500 t/day (court expert, 2024) vs 9,800 t/day
(company); catch decline ~60% (association) vs 38% (ministry landings); two plaintiffs'
lawyers, one outlet names only Amel Zouari, others Amel Gharbi Zouari and Sami Trabelsi;
"communications director" vs "head of communications"; 20-day appeal window; 2,400
employees; a 2017 government decision as background; lawyers' quotes in varied wording.

tr-FB4 (trade) — Algeria's customs directorate publishes January-June 2026 trade figures
on Tuesday 4 August 2026: surplus $3.46 billion, exports $24.83 billion, imports $21.37
billion. PLANTED (3): the first-half surplus $3.46 billion (Radio Médina International
says $4.36 billion); Karima Boudiaf Rahmani's title, Minister of Foreign Trade and Export
Promotion (El Djazair Economie calls her finance minister); her quote on the $7 billion
non-hydrocarbon export goal, "we expect ... to exceed" (ETI North Africa prints "we do
not expect"). Outlets: Sahel-Med Newswire (wire, JSON-LD +01:00), El Djazair Economie
(business paper, article:published_time), Radio Médina International (broadcaster
updates page, no machine-readable date), Energy & Trade Intelligence North Africa
(specialist, JSON-LD UTC). Traps: H1 surplus vs Q1 $1.88bn and Q2 $1.58bn, vs H1 2025
$1.92bn, vs full-year 2025 $5.1bn and a $5.5-6.5bn forecast; dollars vs dinars (461
billion dinars, 3,307 and 2,846 billion at 133.2/$); exports 24.83 vs "nearly 24.9";
hydrocarbon $21.64bn (~87%) vs non-hydrocarbon $3.19bn (+11.1% from $2.87bn) vs
exports +7.5% and imports +0.9%; coverage 116.2% vs 109.1%; partner values (Italy $7.1bn,
Spain $3.4bn, China $3.9bn, France $2.2bn); Brent $68.7 vs $74.9; capital goods -4.3% vs
food +6.8%; customs vs Bank of Algeria balance-of-payments data; the customs director
general as a second official; 1,870 exporting firms vs 1,640 a year earlier; an
updates page with its own clock times; the quote in several acceptable wordings.

rk-FB5 (rocket) — A Long March 2D launches Egypt's NileSight-3 from Jiuquan on Thursday
12 November 2026. CONTROL: no planted disagreement. Outlets: Nile Channel News
(broadcaster live updates, Cairo time, JSON-LD +02:00), Pan-Asia Wire (wire, Beijing
time, JSON-LD +08:00), Orbital Ledger (specialist, UTC, no machine-readable date). Traps:
liftoff 11:42 Beijing = 03:42 UTC = 05:42 Cairo; separation ~12 minutes later (05:54
Cairo); first signal 07:18 Cairo = 05:18 UTC; 185 kg vs 408 lb, 535 km vs 332 miles,
Huaxing-2A 460 kg / 1,014 lb; 1.5 m panchromatic vs 5 m multispectral resolution;
original date 5 November vs actual; NileSight-2 (February 2023, 160 kg, 2 m) background;
four satellites vs "three other spacecraft"; 2 billion pounds vs ~$42 million; 19th Long
March 2D flight of the year; 72 Chinese launch attempts vs "more than 70"; Sherif
Abou El-Ela vs Sherif Mahmoud Abou El-Ela, "chief
executive" vs "head of the agency"; programme director vs mission operations director;
"designed and integrated" vs "designed and assembled" quote wordings.

eq-FB6 (earthquake) — A shallow earthquake hits Bouira province, Algeria, at 03:47 local
time (02:47 GMT) on Thursday 14 May 2026, epicentre ~9 km south-east of Ain Bessem.
PLANTED (3): the time, 03:47 local (Bouira Daily says 4:37 a.m.); the epicentre town, Ain
Bessem (Seismic Watch Mediterranean says Lakhdaria); CRAAG's magnitude, 5.9 (the Echo
Algérie TV live page says CRAAG gave 5.4). Outlets: Maghreb Press Service (wire, JSON-LD
+01:00), Echo Algérie TV (broadcaster live page, local time, JSON-LD), Bouira Daily
(local newspaper, no machine-readable date), Seismic Watch Mediterranean (specialist,
JSON-LD UTC). Traps: agency magnitudes CRAAG 5.9 / EMSC 5.8 / USGS Mw 5.7; depth 10 km
(CRAAG) vs 12 km / 7.5 miles (USGS); local time vs GMT/UTC; a toll that grows across
pages and entries (6 dead/48 injured at 07:00, 11/87, 14/112 at 13:00, 17/163 at 20:30,
19/171 on Friday); damage 320/46 homes (Thursday) vs 412/58 (Friday); 23 aftershocks by
late morning vs 41 by evening, strongest 4.6 at 05:12; ~100 km vs ~62 miles from
Algiers; Mourad Zerrouki vs Mourad Hamdi Zerrouki; 500 Red Crescent tents vs 1,200 tents
delivered by the wilaya; background quakes (Boumerdès 2003 Mw 6.8, Mila 2020 M4.9, El
Asnam 1980 M7.1) and sidebar quakes with other magnitudes and dates.
"""

from __future__ import annotations

import html
import json


def _esc(text: str) -> str:
    """Escape text content for HTML."""
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    """Escape an attribute value for HTML."""
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _paras(paragraphs: list[str]) -> str:
    """Article prose: one <p> per paragraph, escaped."""
    return "\n".join(f"<p>{_esc(p)}</p>" for p in paragraphs)


def _live(entries: list[tuple[str, str, str, list[str]]]) -> str:
    """Live-page entries: (machine time or "", visible stamp, heading, paragraphs)."""
    blocks = []
    for machine, stamp, heading, paragraphs in entries:
        if machine:
            stamp_html = f'<time datetime="{_attr(machine)}">{_esc(stamp)}</time>'
        else:
            stamp_html = f'<span class="stamp">{_esc(stamp)}</span>'
        blocks.append(
            '<div class="live-entry">\n'
            f"{stamp_html}\n"
            f"<h2>{_esc(heading)}</h2>\n"
            f"{_paras(paragraphs)}\n"
            "</div>"
        )
    return "\n".join(blocks)


def _jsonld(
    kind: str,
    headline: str,
    published: str,
    modified: str,
    authors: list[str],
    publisher: str,
    url: str,
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "datePublished": published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": url,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def _meta_time(published: str, modified: str = "") -> str:
    out = f'<meta property="article:published_time" content="{_attr(published)}">\n'
    if modified:
        out += f'<meta property="article:modified_time" content="{_attr(modified)}">\n'
    return out


def _header(
    kicker: str, headline: str, standfirst: str, byline: str, dateline_visible: str
) -> str:
    out = f'<p class="kicker">{_esc(kicker)}</p>\n' if kicker else ""
    out += f"<h1>{_esc(headline)}</h1>\n"
    if standfirst:
        out += f'<div class="standfirst">{_esc(standfirst)}</div>\n'
    if byline:
        out += f'<div class="byline">{_esc(byline)}</div>\n'
    if dateline_visible:
        out += f'<div class="published">{_esc(dateline_visible)}</div>\n'
    return out


def _figure(src: str, alt: str, caption: str, credit: str) -> str:
    return (
        "<figure>\n"
        f'<img src="{_attr(src)}" alt="{_attr(alt)}" width="1200" height="675">\n'
        f"<figcaption>{_esc(caption)} <span class=\"credit\">{_esc(credit)}</span>"
        "</figcaption>\n"
        "</figure>\n"
    )


def _page(
    *,
    site: str,
    url: str,
    title: str,
    description: str,
    head_extra: str,
    nav: list[str],
    cookie: str,
    header: str,
    figure: str,
    body: str,
    share: list[str],
    newsletter: str,
    aside_title: str,
    aside: list[str],
    footer: str,
    body_class: str = "article",
) -> str:
    """Assemble a whole page: head, furniture, article body, sidebar, footer."""
    nav_html = "\n".join(
        f'<li><a href="/{_slug(item)}/">{_esc(item)}</a></li>' for item in nav
    )
    share_html = "\n".join(
        f'<li><button type="button" class="share-{_slug(s)}">{_esc(s)}</button></li>'
        for s in share
    )
    aside_html = "\n".join(
        f'<li><a href="/story/{_slug(h)[:48]}">{_esc(h)}</a></li>' for h in aside
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n"
        f'<meta name="description" content="{_attr(description)}">\n'
        f'<meta property="og:title" content="{_attr(title)}">\n'
        f'<meta property="og:site_name" content="{_attr(site)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{_attr(url)}">\n'
        f'<link rel="canonical" href="{_attr(url)}">\n'
        f"{head_extra}"
        '<link rel="stylesheet" href="/assets/css/main.css">\n'
        "</head>\n"
        f'<body class="{_attr(body_class)}">\n'
        '<a class="skip-link" href="#main-content">Skip to content</a>\n'
        '<div class="cookie-banner" role="dialog">\n'
        f"<p>{_esc(cookie)}</p>\n"
        '<button type="button">Accept all</button> '
        '<button type="button">Manage preferences</button>\n'
        "</div>\n"
        '<header class="site-header">\n'
        f'<a class="logo" href="/">{_esc(site)}</a>\n'
        f'<nav aria-label="Main">\n<ul>\n{nav_html}\n</ul>\n</nav>\n'
        '<form class="search" action="/search"><input type="search" name="q" '
        'placeholder="Search"></form>\n'
        "</header>\n"
        '<main id="main-content">\n'
        "<article>\n"
        f"<header class=\"article-header\">\n{header}</header>\n"
        f"{figure}"
        '<div class="article-body">\n'
        f"{body}\n"
        "</div><!-- /article-body -->\n"
        '<div class="share-bar">\n<span>Share this article</span>\n'
        f"<ul>\n{share_html}\n</ul>\n</div>\n"
        "</article>\n"
        '<section class="newsletter">\n'
        f"<h3>Newsletter</h3>\n<p>{_esc(newsletter)}</p>\n"
        '<form action="/newsletter"><input type="email" name="email" '
        'placeholder="Your email address"><button type="submit">Sign up</button></form>\n'
        "</section>\n"
        '<aside class="sidebar">\n'
        f"<h3>{_esc(aside_title)}</h3>\n<ol>\n{aside_html}\n</ol>\n"
        "</aside>\n"
        "</main>\n"
        '<footer class="site-footer">\n'
        f"<p>{_esc(footer)}</p>\n"
        '<ul class="footer-links"><li><a href="/about">About us</a></li>'
        '<li><a href="/privacy">Privacy policy</a></li>'
        '<li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/contact">Contact</a></li></ul>\n'
        "</footer>\n"
        "</body>\n"
        "</html>\n"
    )


# ---------------------------------------------------------------------------
# cb-FB1 — Central Bank of Egypt rate cut (CONTROL)
# ---------------------------------------------------------------------------

_CB1_URL = (
    "https://www.levantnilewire.example/business/finance/"
    "egypt-central-bank-cuts-key-rates-100-bps-1a7f3c"
)
_CB1_HTML = _page(
    site="Levant & Nile Wire",
    url=_CB1_URL,
    title="Egypt's central bank cuts key rates by 100 basis points | Levant & Nile Wire",
    description=(
        "The Central Bank of Egypt cut its overnight deposit rate to 18.25% as urban "
        "inflation slowed to 11.4% in August."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Egypt's central bank cuts key rates by 100 basis points",
        "2026-10-01T20:14:00+03:00",
        "2026-10-01T21:02:00+03:00",
        ["Yasmine Farouk Salem"],
        "Levant & Nile Wire",
        _CB1_URL,
    ),
    nav=["World", "Business", "Markets", "Energy", "Africa", "Middle East", "Opinion"],
    cookie=(
        "We use cookies to personalise content and ads and to analyse our traffic. "
        "You can change your choices at any time."
    ),
    header=_header(
        "Business",
        "Egypt's central bank cuts key rates by 100 basis points",
        "",
        "By Yasmine Farouk Salem",
        "October 1, 2026 · 8:14 PM GMT+3 · Updated 9:02 PM GMT+3",
    ),
    figure=_figure(
        "/img/2026/cbe-hq-cairo.jpg",
        "Central Bank of Egypt headquarters",
        "The headquarters of the Central Bank of Egypt in downtown Cairo.",
        "LNW/Hany Soliman",
    ),
    body=_paras([
        "CAIRO, Oct 1 (LNW) - Egypt's central bank cut its key interest rates by 100 "
        "basis points on Thursday, resuming an easing cycle it had paused in August, "
        "as annual urban inflation kept slowing and the pound held broadly steady "
        "against the dollar.",
        "The Central Bank of Egypt (CBE) said its Monetary Policy Committee lowered the "
        "overnight deposit rate to 18.25% and the overnight lending rate to 19.25%. The "
        "rate of the main operation and the discount rate were both cut to 18.75%.",
        "Eleven of 15 economists polled by Levant & Nile Wire last week had forecast a "
        "cut, with a median expectation of 100 basis points. Three expected the bank to "
        "hold and one forecast a 150-basis-point reduction.",
        "\"The MPC judged that reducing key policy rates by 100 basis points is "
        "consistent with the expected path of inflation and with bringing it towards "
        "the target over the forecast horizon,\" the bank said in a statement released "
        "at around 8 p.m. local time.",
        "Annual urban headline inflation eased to 11.4% in August from 12.0% in July, "
        "according to the state statistics agency CAPMAS. Core inflation, which the "
        "central bank calculates by stripping out volatile items such as fruit and "
        "vegetables, slowed to 10.1% from 10.7%.",
        "The central bank's target is 7%, plus or minus 2 percentage points, on average "
        "in the fourth quarter of 2026. In its statement it said inflation was expected "
        "to average within that range in the final quarter of this year before "
        "gradually easing towards a target of 5%, plus or minus 2 points, by the fourth "
        "quarter of 2028.",
        "The committee left rates unchanged at its previous meeting on Aug. 20, citing "
        "uncertainty over global commodity prices and the pass-through from increases "
        "in administered fuel prices in July.",
        "\"August's number gave them the room they needed,\" said Mariam El-Sherbiny, "
        "chief economist at Delta Crest Securities in Cairo. \"Real rates are still very "
        "high, so even after this move policy remains tight. I would not be surprised to "
        "see another 100 basis points before the end of the year.\"",
        "Karim Hegazy, head of research at Orion Nile Capital, said the size of the cut "
        "fitted the bank's measured approach. \"They are clearly not in a hurry. The "
        "priority is to keep foreign investors in local debt comfortable while bringing "
        "down the government's interest bill,\" he said.",
        "Since it began easing in April 2025, the central bank has lowered its overnight "
        "deposit rate by a cumulative 900 basis points from a record 27.25%.",
        "Economic growth picked up to 4.6% year on year in the April-June quarter, the "
        "planning ministry said last month, from 4.2% in the first quarter. The economy "
        "grew 4.4% in the 2025/26 fiscal year that ended on June 30.",
        "The pound traded at around 47.80 to the dollar on Thursday, compared with about "
        "48.60 at the start of the year, after a steady recovery supported by tourism "
        "receipts, remittances from Egyptians working abroad and portfolio inflows into "
        "treasury bills.",
        "Yields on three-month treasury bills had already fallen ahead of the decision, "
        "with the average accepted yield at Monday's auction slipping to 20.62% from "
        "21.05% a week earlier, according to central bank data.",
        "The committee said it would continue to assess the balance of risks on a "
        "meeting-by-meeting basis and stood ready to use all available tools to keep "
        "inflation on its downward path. Its next meeting is scheduled for Nov. 19.",
        "(Reporting by Yasmine Farouk Salem; Additional reporting by Omar Nabil in Cairo; "
        "Editing by Helen Marsh)",
    ]),
    share=["Facebook", "X", "LinkedIn", "Email", "Copy link"],
    newsletter=(
        "Get the Middle East & Africa Markets Brief in your inbox every weekday "
        "morning at 7 a.m. GMT."
    ),
    aside_title="Most read",
    aside=[
        "Suez Canal revenue rises 8% to $1.12 billion in September, authority says",
        "Saudi central bank holds repo rate at 4.75% after U.S. decision",
        "Egypt's non-oil private sector PMI climbs to 50.4 in September",
        "Gold slips 1.3% as dollar firms ahead of U.S. payrolls on Oct. 2",
        "Nigeria's inflation eases for sixth month to 17.9%",
    ],
    footer="© 2026 Levant & Nile Wire. All rights reserved. All quotes delayed a minimum "
    "of 15 minutes.",
)

_CB2_URL = "https://cairocourier.example/economy/cbe-cuts-interest-rates-one-percentage-point"
_CB2_HTML = _page(
    site="The Cairo Courier",
    url=_CB2_URL,
    title="CBE cuts interest rates by one percentage point as inflation cools - The Cairo "
    "Courier",
    description=(
        "Borrowers welcome the cut; savers brace for lower returns on certificates as "
        "the central bank lowers the overnight deposit rate to 18.25 percent."
    ),
    head_extra=_meta_time("2026-10-01T22:45:00+03:00")
    + '<meta name="author" content="Ahmed Tarek Mansour">\n'
    + '<meta property="article:section" content="Economy">\n',
    nav=["Home", "Egypt", "Economy", "Politics", "Culture", "Sport", "Opinion", "E-paper"],
    cookie=(
        "This website uses cookies to improve your experience. By continuing to browse "
        "you agree to our use of cookies."
    ),
    header=_header(
        "Economy",
        "CBE cuts interest rates by one percentage point as inflation cools",
        "Borrowers welcome the move, while savers brace for lower returns on "
        "certificates",
        "Ahmed Tarek Mansour, Economy Editor",
        "Thursday 1 October 2026",
    ),
    figure=_figure(
        "/media/2026/10/downtown-bank-branch.jpg",
        "Customers at a bank branch in Cairo",
        "Customers queue at a bank branch in Cairo's Downtown district on Thursday.",
        "Photo: Courier/Sara Lotfy",
    ),
    body=_paras([
        "The Central Bank of Egypt cut interest rates by one percentage point on "
        "Thursday evening, its first cut since July, in a decision that "
        "economists said reflected growing confidence that the worst of the country's "
        "inflation crisis is over.",
        "The bank's Monetary Policy Committee reduced the overnight deposit rate to 18.25 "
        "percent and the overnight lending rate to 19.25 percent, from 19.25 percent and "
        "20.25 percent respectively. The main operation rate and the discount rate were "
        "lowered to 18.75 percent.",
        "In a statement, the committee said it considered the 100-basis-point cut "
        "consistent with the expected inflation path and with reaching its target over "
        "the forecast horizon. It left rates on hold at its August meeting.",
        "Annual headline inflation in Egypt's cities slowed to 11.4 percent in August, "
        "down from 12 percent in July, according to figures from CAPMAS, the official "
        "statistics agency. Nationwide inflation, which also covers rural areas, stood "
        "at 11.1 percent. Core inflation, the central bank's own measure that excludes "
        "fruit, vegetables and regulated prices, fell to 10.1 percent.",
        "That is still some way above the central bank's target of 7 percent, plus or "
        "minus two points, for the last quarter of this year. But it is a far cry from "
        "the record of 38 percent reached in September 2023, when shortages of foreign "
        "currency pushed up the price of almost everything imported.",
        "Karim Abdel Fattah Hegazy, head of research at Orion Nile Capital, said the "
        "decision was in line with what most analysts had expected. \"The central bank "
        "is moving carefully. They want to keep foreign investors comfortable in local "
        "debt, but they also want to bring down the government's interest bill,\" he "
        "told the Courier.",
        "That bill is enormous. Interest payments in the 2026/27 budget are projected at "
        "2.3 trillion pounds, or about $48 billion at current exchange rates, more than "
        "the state spends on health, education and social protection combined.",
        "For ordinary Egyptians the impact will be felt first in bank certificates, the "
        "savings product of choice for millions of households. Bankers expect the large "
        "state-owned banks to review the rates on their one-year certificates within "
        "days, and some private lenders were already preparing new rate sheets on "
        "Thursday night.",
        "\"I have 200,000 pounds in a certificate that matures in December. I was hoping "
        "to renew at the same rate, but it seems that door is closing,\" said Mahmoud "
        "Ragab, a 54-year-old pharmacist in Heliopolis.",
        "Business owners, by contrast, welcomed the cut. Hoda Nassar, who runs a "
        "furniture workshop in Damietta employing 35 people, said she had postponed "
        "buying new machinery because the loan on offer carried an interest rate above "
        "24 percent. \"Every point matters. If they cut again before January, I will "
        "sign,\" she said.",
        "Since April 2025 the central bank has cut its overnight deposit rate by a total "
        "of nine percentage points, from 27.25 percent. The pound, which has been "
        "allowed to float since March 2024, traded at about 47.8 to the dollar on "
        "Thursday.",
        "The committee said its decisions would remain data-dependent. It meets next on "
        "19 November, its last scheduled meeting of the year.",
    ]),
    share=["Share on Facebook", "Share on X", "Share on WhatsApp", "Print"],
    newsletter=(
        "Sign up for The Courier Morning Briefing: the day's top Egyptian stories, "
        "delivered at 6 a.m."
    ),
    aside_title="Related",
    aside=[
        "Fuel prices rise by up to 15 percent in July review",
        "Egypt sells $2 billion of Eurobonds in first issue since 2025",
        "Tourist arrivals reach 11.2 million in first eight months",
        "Opinion: Why savers should not panic about falling rates",
        "Cairo Metro Line 6 opens first 12 stations",
    ],
    footer="Copyright © 2026 The Cairo Courier. All rights reserved. Reproduction "
    "without written permission is prohibited.",
)

_CB3_URL = "https://frontierrates.example/africa/egypt/cbe-october-cut-real-rates-analysis"
_CB3_HTML = _page(
    site="Frontier Rates Monitor",
    url=_CB3_URL,
    title="Egypt: CBE cuts 100bp, real rates stay high – Frontier Rates Monitor",
    description=(
        "Our take on the CBE's October decision: corridor lowered by 100bp, ex-post real "
        "deposit rate still close to 7 points."
    ),
    head_extra='<meta name="robots" content="index, follow">\n'
    '<meta name="twitter:card" content="summary">\n',
    nav=["Rates", "FX", "Sovereign Debt", "Africa", "Asia", "LatAm", "Calendar", "Subscribe"],
    cookie=(
        "We use essential cookies to make our site work and optional analytics cookies "
        "to understand how it is used."
    ),
    header=_header(
        "Central bank watch · Egypt",
        "CBE cuts 100bp, real rates stay high",
        "The corridor moves down a full point; we still see room for another cut in "
        "November",
        "Lukas Brandt, Senior Analyst, MENA",
        "2 October 2026 | 09:10 GMT",
    ),
    figure="",
    body=_paras([
        "The Central Bank of Egypt lowered its policy corridor by 100bp at its meeting "
        "on Thursday, taking the overnight deposit rate (ODR) to 18.25% and the "
        "overnight lending rate (ODL) to 19.25%. The main operation and discount rates "
        "moved to 18.75%. The decision was published at 17:00 GMT, the usual slot.",
        "The move matched the median of our own pre-meeting survey of 12 analysts, "
        "although four respondents had pencilled in 150bp. Nobody in our panel expected "
        "a hike, and only two expected a hold after the pause at the 20 August meeting.",
        "The statement was short and, in our reading, slightly more dovish than in "
        "August. The committee said the cut was consistent with the expected inflation "
        "path and with converging towards its target over the forecast horizon. It kept "
        "the target of 7% (±2pp) on average in Q4 2026 and repeated the 5% (±2pp) goal "
        "for Q4 2028.",
        "The arithmetic still argues for more easing. With August urban headline "
        "inflation at 11.4% y/y, the ex-post real ODR is roughly 6.85 points, among the "
        "highest in our emerging-market universe. On our forecast of 9.2% average "
        "inflation over the next twelve months, the ex-ante real rate is just over 9 "
        "points. Core inflation, at 10.1% in August, confirms that underlying pressure "
        "is fading.",
        "Mariam El-Sherbiny of Delta Crest Securities told us the August print had given "
        "the committee the room it needed. \"Real rates are still very high, so even "
        "after this move policy is tight. Another 100 basis points before year-end "
        "would not surprise me,\" she said.",
        "The constraint, as always, is the carry trade. Foreign holdings of local "
        "treasury bills stood at about $38.5 billion at end-August, according to CBE "
        "data, down from a peak of nearly $41 billion in May. The three-month T-bill "
        "yield averaged 20.62% at Monday's auction; after tax, the pick-up over the ODR "
        "is thin for some offshore investors, which is why the bank is unlikely to cut "
        "aggressively.",
        "Karim Hegazy at Orion Nile Capital described the bank's stance as deliberately "
        "gradual. \"They are clearly not in a hurry,\" he said. \"The priority is keeping "
        "foreign investors in local debt comfortable while bringing the interest bill "
        "down.\"",
        "The currency gives the committee some comfort. EGP/USD was quoted around 47.8 "
        "on Thursday, roughly 1.7% stronger than at the start of the year. The IMF "
        "completed its sixth programme review in July, releasing about $1.2 billion, "
        "and the next review is expected in the first quarter of 2027.",
        "Growth is not the binding issue: real GDP expanded 4.6% y/y in Q2 2026 and 4.4% "
        "in FY2025/26. But the fiscal side is. Interest costs absorb well over half of "
        "government revenue, and each 100bp off domestic rates trims the annual bill "
        "meaningfully as bills roll over.",
        "What we expect next: a further 100bp cut at the 19 November meeting, which "
        "would take the ODR to 17.25%, conditional on September inflation (due on 10 "
        "October) printing below 11%. A renewed rise in food prices or a sharp sell-off "
        "in the pound would push that back to February.",
        "Risks to our view include a rebound in global energy prices, which would "
        "weigh on the import bill, and any slippage in the timetable for further "
        "administered-price increases, which the government has said will continue "
        "through 2027.",
    ]),
    share=["LinkedIn", "X", "Email"],
    newsletter=(
        "Frontier Rates Weekly: every Friday, our calls on 40 emerging and frontier "
        "central banks. Free for registered readers."
    ),
    aside_title="Latest calls",
    aside=[
        "Ghana: BoG to cut 150bp on 24 November",
        "Kenya: CBK holds at 9.50%, signals pause",
        "Turkey: CBRT seen trimming to 36% in December",
        "Pakistan: SBP on hold at 10.5% for a fourth meeting",
        "Morocco: Bank Al-Maghrib keeps rate at 2.25%",
    ],
    footer="© Frontier Rates Monitor 2026. For professional investors only. Nothing on "
    "this site constitutes investment advice.",
)

_CB_STORY = {
    "id": "cb-FB1",
    "part": "FB",
    "domain": "central bank",
    "fetched": "2026-10-03",
    "articles": [
        {"url": _CB1_URL, "html": _CB1_HTML},
        {"url": _CB2_URL, "html": _CB2_HTML},
        {"url": _CB3_URL, "html": _CB3_HTML},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-FB2 — Moroccan legislative election (PLANTED 3)
# ---------------------------------------------------------------------------

_EL1_URL = "https://www.m24live.example/live/morocco-votes-legislative-election-live"
_EL1_HTML = _page(
    site="Maghreb 24",
    url=_EL1_URL,
    title="Live: Morocco votes in legislative election – results as they come | Maghreb 24",
    description=(
        "Follow our live coverage as Moroccans elect 395 members of the House of "
        "Representatives. All times GMT."
    ),
    head_extra=_jsonld(
        "LiveBlogPosting",
        "Live: Morocco votes in legislative election",
        "2026-09-09T06:55:00+00:00",
        "2026-09-09T23:52:00+00:00",
        ["Salma Benjelloun", "Rachid Aouad"],
        "Maghreb 24",
        _EL1_URL,
    ),
    nav=["Live TV", "News", "Morocco", "Maghreb", "Africa", "Economy", "Sport", "Programmes"],
    cookie=(
        "Maghreb 24 and its partners use cookies to measure audience and show you "
        "relevant content. Click Accept to continue."
    ),
    header=_header(
        "LIVE",
        "Morocco votes in legislative election – results as they come",
        "Polls closed at 19:00 local time (18:00 GMT). All times below are GMT.",
        "Live coverage by Salma Benjelloun and Rachid Aouad in Rabat",
        "Last updated 23:52 GMT",
    ),
    figure=_figure(
        "/images/live/rabat-polling-station.jpg",
        "Voters queue at a polling station in Rabat",
        "Voters queue outside a polling station in Rabat's Hassan district.",
        "Maghreb 24 / Imane Kettani",
    ),
    body=_live([
        (
            "2026-09-09T23:52:00Z",
            "23:52",
            "Interior minister: Renewal Rally first with 118 seats",
            [
                "Interior Minister Hicham Bensouda has just read out provisional results "
                "at a news conference in Rabat that began at about 00:40 local time "
                "(23:40 GMT). The Renewal Rally (RR) takes 118 of the 395 seats. The "
                "Citizens' Alliance for Modernity (CAM) is second with 84, the Moroccan "
                "Unity Party (MUP) third with 71 and the Union for Progress (UP) fourth "
                "with 38.",
                "Final turnout stood at 57.2%, the minister said, compared with 50.35% in "
                "the 2021 election.",
                "\"The vote took place in normal conditions throughout the national "
                "territory, apart from isolated incidents that were dealt with in "
                "accordance with the law,\" Mr Bensouda said.",
            ],
        ),
        (
            "2026-09-09T22:10:00Z",
            "22:10",
            "Partial count: RR ahead with 290 seats declared",
            [
                "According to partial figures from the interior ministry covering 290 "
                "of the 395 seats, the Renewal Rally has 86 seats, CAM 63 and the MUP 52. "
                "Results from several large urban constituencies, including "
                "Casablanca-Anfa and Marrakech-Menara, are still outstanding.",
            ],
        ),
        (
            "2026-09-09T20:35:00Z",
            "20:35",
            "Renewal Rally claims victory",
            [
                "RR spokesman Youssef Lamrani tells our correspondent that the party's own "
                "tallies from polling stations put it in first place \"by a clear "
                "margin\". He would not give a seat projection.",
                "The party's secretary-general has not yet spoken publicly since voting "
                "ended.",
            ],
        ),
        (
            "2026-09-09T19:05:00Z",
            "19:05",
            "CAM: 'too early to draw conclusions'",
            [
                "CAM leader Omar El Idrissi Alami has urged supporters to wait for "
                "official figures. \"It is too early to draw conclusions. We will speak "
                "when the ministry has spoken,\" he said at the party's headquarters in "
                "Rabat.",
            ],
        ),
        (
            "2026-09-09T18:02:00Z",
            "18:02",
            "Polls close",
            [
                "Polling stations closed at 19:00 local time (18:00 GMT) and counting has "
                "begun. Voters already inside polling stations at closing time are "
                "allowed to cast their ballots.",
                "Moroccans were also electing municipal and regional councils today, so "
                "each voter received several ballot papers.",
            ],
        ),
        (
            "2026-09-09T16:20:00Z",
            "16:20",
            "Turnout 37.2% at 17:00 local time",
            [
                "The interior ministry says turnout in the legislative vote reached 37.2% "
                "at 17:00 local time (16:00 GMT), up from 36.1% at the same point in 2021. "
                "The highest rate so far is in the southern regions, where it has passed "
                "50%.",
            ],
        ),
        (
            "2026-09-09T12:45:00Z",
            "12:45",
            "Ouazzani Tahiri votes in Rabat",
            [
                "RR secretary-general Nadia Ouazzani Tahiri cast her ballot at a school "
                "in Rabat's Agdal district, accompanied by her husband. \"I call on all "
                "Moroccans, especially young people, to vote. Your voice is the future of "
                "this country,\" she told reporters.",
            ],
        ),
        (
            "2026-09-09T11:20:00Z",
            "11:20",
            "Turnout 13.4% at midday",
            [
                "First official turnout figure: 13.4% at 12:00 local time (11:00 GMT), "
                "according to the interior ministry.",
            ],
        ),
        (
            "2026-09-09T07:02:00Z",
            "07:02",
            "Polls open",
            [
                "More than 41,000 polling stations opened at 08:00 local time (07:00 GMT). "
                "About 18.6 million Moroccans are registered to vote.",
                "The National Human Rights Council says it has deployed 4,200 observers, "
                "and around 130 international observers are also accredited.",
            ],
        ),
        (
            "2026-09-09T06:55:00Z",
            "06:55",
            "Welcome to our live coverage",
            [
                "Good morning and welcome. Moroccans vote today to elect the 395 members "
                "of the House of Representatives: 305 in 92 local constituencies and 90 "
                "on regional lists. Under the constitution, the king appoints the prime "
                "minister from the party that comes first.",
                "The outgoing coalition has been led by the Renewal Rally, which won 97 "
                "seats five years ago. Its main rival, the Citizens' Alliance for "
                "Modernity, has campaigned on jobs for young people and the cost of "
                "living, while water scarcity after several years of drought has "
                "dominated debates in rural areas.",
                "Stay with us throughout the day for turnout figures, reaction and the "
                "first results tonight.",
            ],
        ),
    ]),
    share=["Facebook", "X", "WhatsApp", "Telegram"],
    newsletter="Receive Maghreb 24's evening bulletin by email, Monday to Saturday.",
    aside_title="Most watched",
    aside=[
        "Algeria: 3.1% growth forecast for 2027 in draft budget",
        "Tunisia: olive oil harvest seen at 340,000 tonnes",
        "Casablanca tram line T5 to open on 1 October",
        "Atlas Lions name 26-man squad for November friendlies",
        "Drought: dam levels at 31% nationwide, ministry says",
    ],
    footer="© Maghreb 24, 2026. All rights reserved. Maghreb 24 is not responsible for "
    "the content of external sites.",
    body_class="liveblog",
)

_EL2_URL = "https://www.awa-news.example/world/africa/morocco-election-renewal-rally-wins"
_EL2_HTML = _page(
    site="Atlantic Wire Agency",
    url=_EL2_URL,
    title="Renewal Rally wins Morocco election with 118 seats, provisional results show | "
    "AWA",
    description=(
        "The Renewal Rally won 118 of 395 seats in Morocco's House of Representatives; "
        "turnout was 52.7%."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Renewal Rally wins Morocco election with 118 seats, provisional results show",
        "2026-09-10T02:10:00+01:00",
        "2026-09-10T02:10:00+01:00",
        ["Mehdi Sqalli"],
        "Atlantic Wire Agency",
        _EL2_URL,
    ),
    nav=["Top News", "World", "Africa", "Business", "Markets", "Sport", "Pictures"],
    cookie=(
        "We and our partners store and access information on your device. Select "
        "'Accept' to consent or 'Settings' to choose."
    ),
    header=_header(
        "Africa",
        "Renewal Rally wins Morocco election with 118 seats, provisional results show",
        "",
        "By Mehdi Sqalli",
        "10 September 2026 · 2:10 AM GMT+1",
    ),
    figure=_figure(
        "/pix/2026/09/ballot-count-rabat.jpg",
        "Election officials count ballots",
        "Election officials count ballots at a polling station in Rabat, September 9.",
        "AWA/Karim Tazi",
    ),
    body=_paras([
        "RABAT, Sept 10 (AWA) - The Renewal Rally (RR) won Morocco's parliamentary "
        "election, taking 118 of the 395 seats in the House of Representatives, "
        "according to provisional results announced early on Thursday by Interior "
        "Minister Hicham Bensouda.",
        "The Citizens' Alliance for Modernity (CAM) came second with 84 seats, followed "
        "by the Moroccan Unity Party (MUP) with 71 and the Union for Progress (UP) with "
        "38. The remaining 84 seats were shared among 17 smaller parties.",
        "Turnout in Wednesday's vote was 52.7%, Bensouda told reporters in Rabat, up "
        "from 50.35% in the September 2021 election. About 18.6 million Moroccans were "
        "registered to vote.",
        "\"Voting took place in normal conditions across the national territory, except "
        "for isolated incidents that were handled in accordance with the law,\" he said.",
        "The Renewal Rally received 2,409,733 votes, or 26.5% of valid ballots, the "
        "ministry said. Spoiled and blank ballots accounted for 7.2% of votes cast.",
        "Under the 2011 constitution, the king appoints a prime minister from the party "
        "that wins the most seats. With 118 seats, the RR will need coalition partners "
        "to reach a majority of 198 in the chamber.",
        "The RR, led by Nadia Ouazzani, was already the largest party in the outgoing "
        "parliament, where it held 97 seats, and has headed the government for the past "
        "five years.",
        "\"Moroccans have chosen continuity and renewal at the same time,\" Ouazzani told "
        "supporters at the party's headquarters in Rabat shortly after the results were "
        "announced. \"We will reach out to all parties that share our priorities: jobs, "
        "health and water.\"",
        "CAM leader Omar El Idrissi Alami said his party respected the will of the "
        "voters and would decide whether to join a coalition at a meeting of its "
        "national council on Sept. 19.",
        "Seats are allocated by proportional representation: 305 in 92 local "
        "constituencies and 90 on regional lists, two thirds of which are reserved for "
        "women candidates under a rule introduced in 2021.",
        "The National Human Rights Council, a state body, said it had deployed 4,200 "
        "observers across the country and would publish a preliminary assessment within "
        "days. About 130 international observers were also accredited.",
        "Turnout rose through the day after a slow start. The ministry reported 13.4% "
        "at midday and 37.2% at 5 p.m., with queues forming at many urban polling "
        "stations in the final two hours before polls closed at 7 p.m. (1800 GMT).",
        "Analysts said the result strengthened the RR's hand in coalition talks. \"The "
        "party has improved its score after five years in government, which is rare in "
        "the region,\" said Khalid Ait Lahcen, a political scientist at Mohammed V "
        "University in Rabat.",
        "Municipal and regional councils were elected on the same day. The ministry "
        "said results for those contests would be announced later on Thursday.",
        "The campaign was dominated by unemployment, which stood at 12.8% in the second "
        "quarter according to the planning commission, and by water shortages after "
        "years of drought. The next government will also oversee preparations for the "
        "2030 World Cup, which Morocco is co-hosting with Spain and Portugal.",
        "Final results will be confirmed once the Constitutional Court has ruled on "
        "any challenges, which parties can file within eight days.",
        "(Reporting by Mehdi Sqalli; Editing by Claire Dufresne)",
    ]),
    share=["Facebook", "X", "LinkedIn", "Email"],
    newsletter="AWA Africa Daily: the continent's top stories each morning. Sign up free.",
    aside_title="More from AWA",
    aside=[
        "Spain's jobless rate falls to 10.4%, lowest since 2008",
        "Mauritania signs $1.6 billion gas deal with Senegal partners",
        "Algeria's president receives Italian prime minister on Sept. 14",
        "Tunisia raises bread subsidy budget by 600 million dinars",
        "Libya's oil output tops 1.4 million barrels a day",
    ],
    footer="© 2026 Atlantic Wire Agency. All rights reserved. AWA content may not be "
    "republished without a licence.",
)

_EL3_URL = "https://www.tangiertribune.example/politique/legislatives-renewal-rally-tanger"
_EL3_HTML = _page(
    site="The Tangier Tribune",
    url=_EL3_URL,
    title="Legislative elections: Renewal Rally comes first, takes two Tangier seats - The "
    "Tangier Tribune",
    description=(
        "Renewal Rally wins the national vote with 118 seats; in Tangier-Assilah the "
        "party takes two of five seats."
    ),
    head_extra='<meta name="keywords" content="elections, Tangier, Renewal Rally, '
    'turnout">\n',
    nav=["Home", "Tangier", "Tetouan", "Morocco", "Politics", "Economy", "Port", "Sport"],
    cookie=(
        "The Tangier Tribune uses cookies for audience measurement and advertising. "
        "Do you accept?"
    ),
    header=_header(
        "Politics",
        "Legislative elections: Renewal Rally comes first, takes two Tangier seats",
        "Turnout in the Tangier-Tetouan-Al Hoceima region lagged the national average",
        "By Khadija El Amrani and Anas Bouhlal",
        "Thursday 10 September 2026 – 15:30",
    ),
    figure=_figure(
        "/uploads/tribune-elections-tanger-count.jpg",
        "Counting in Tangier",
        "Counting under way at a polling station in the Beni Makada district.",
        "Tribune/Ayoub Chennaoui",
    ),
    body=_paras([
        "The Renewal Rally came first in Wednesday's legislative elections, winning 118 "
        "of the 395 seats in the House of Representatives, according to provisional "
        "results announced by Interior Minister Hicham Bensaouda in the early hours of "
        "Thursday.",
        "The Citizens' Alliance for Modernity finished second with 84 seats, ahead of the "
        "Moroccan Unity Party with 71 and the Union for Progress with 38.",
        "Nationwide turnout was 52.7%, Mr Bensaouda said, slightly higher than five "
        "years ago. Turnout in the municipal and regional elections, held on the same "
        "day, was 54.1%, the ministry added on Thursday morning.",
        "In our region, however, voters were less enthusiastic. Turnout in "
        "Tangier-Tetouan-Al Hoceima was 49.8%, and in the Tangier-Assilah constituency "
        "it fell to 41.3%, one of the lowest rates in the country, according to figures "
        "released by the wilaya on Thursday.",
        "In Tangier-Assilah, which elects five deputies, the Renewal Rally won two seats, "
        "while CAM, the MUP and the Union for Progress took one each. The outgoing "
        "deputy Abdellatif Raissouni of the MUP held on to his seat, but CAM's Samir "
        "Haddou, who had represented the city since 2016, was not re-elected.",
        "\"People in Tangier want to see results: jobs for young people, affordable "
        "housing, transport that works. This vote is a message to everyone,\" said "
        "Meryem Aznag, one of the two Renewal Rally candidates elected in the "
        "constituency, as she thanked volunteers at the party's office on Boulevard "
        "Pasteur.",
        "The party's secretary-general, Nadia Ouazzani Tahiri, told activists in Rabat "
        "that Moroccans had chosen continuity and renewal together. She said the party "
        "would hold talks with all formations that share its priorities of employment, "
        "health and water.",
        "With 118 seats, the Renewal Rally is 80 short of an absolute majority. A "
        "renewal of its alliance with the MUP would give the two parties 189 seats, "
        "still not enough; analysts expect a third partner to be invited.",
        "Mr Bensaouda said the vote had taken place in normal conditions across the "
        "country \"except for isolated incidents that were dealt with according to the "
        "law\". In Tangier, police said two people had been questioned after a scuffle "
        "outside a polling station in the Mesnana district on Wednesday afternoon. "
        "Nobody was injured.",
        "Local observers from the National Human Rights Council reported long queues in "
        "the morning at schools in the city centre but a sharp drop in the afternoon, "
        "when temperatures reached 33 degrees.",
        "In Tetouan, the Renewal Rally and CAM each won two of the four seats. In "
        "Larache, the Union for Progress took a seat for the first time.",
        "Across the region, the Renewal Rally came first in six of the nine "
        "constituencies, according to a tally compiled by the Tribune from the official"
        " figures posted at the wilaya.",
        "Municipal results were still being compiled on Thursday afternoon. The "
        "election of Tangier's new mayor by the city council is expected within two "
        "weeks. The outgoing mayor, Driss Benamar, was re-elected to the council, "
        "according to a list posted at the town hall.",
        "Parties have eight days to lodge challenges with the Constitutional Court, "
        "which will then confirm the final results.",
    ]),
    share=["Facebook", "WhatsApp", "X", "Email"],
    newsletter="Tangier in your inbox: our free daily newsletter, every morning at 7 a.m.",
    aside_title="Most read",
    aside=[
        "Tanger Med handled 1.02 million containers in August",
        "Ferry traffic: 3.4 million passengers crossed the Strait this summer",
        "New 22-storey tower approved for the Malabata waterfront",
        "IRT beat MAT 2-1 in the northern derby",
        "Water cuts scheduled in Beni Makada on 12 and 13 September",
    ],
    footer="© The Tangier Tribune 2026 – All rights reserved. Registered publication No. "
    "14/2009.",
)

_EL4_URL = "https://napolity.example/analysis/morocco-election-coalition-arithmetic"
_EL4_HTML = _page(
    site="North Africa Polity Review",
    url=_EL4_URL,
    title="Morocco after the vote: the coalition arithmetic | North Africa Polity Review",
    description=(
        "The Renewal Rally won 118 seats but needs partners. We look at the numbers, "
        "turnout and what comes next."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Morocco after the vote: the coalition arithmetic",
        "2026-09-11T09:00:00+01:00",
        "2026-09-11T09:00:00+01:00",
        ["Ines Bakkali"],
        "North Africa Polity Review",
        _EL4_URL,
    ),
    nav=["Analysis", "Morocco", "Algeria", "Tunisia", "Libya", "Egypt", "Data", "Podcast"],
    cookie=(
        "We use a small number of cookies to understand how our analysis is read. No "
        "advertising cookies."
    ),
    header=_header(
        "Analysis · Morocco",
        "Morocco after the vote: the coalition arithmetic",
        "The Renewal Rally won comfortably but needs at least two partners. Turnout "
        "ticked up, though not everywhere.",
        "Ines Bakkali",
        "",
    ),
    figure=_figure(
        "/static/charts/morocco-2026-seats.png",
        "Chart of seats won by party",
        "Seats won by party, provisional results. Source: Ministry of the Interior.",
        "Chart: NAPR",
    ),
    body=_paras([
        "In Tuesday's legislative election the Renewal Rally did better than most "
        "pre-election commentary suggested. With 118 of the 395 seats, according to the "
        "provisional results read out by Interior Minister Hicham Bensouda, it improved "
        "on its 97 seats of 2021 and finished 34 seats ahead of the Citizens' Alliance "
        "for Modernity, which won 84.",
        "But 118 is a long way from the 198 needed for a majority in the House of "
        "Representatives, and the coming weeks will be about arithmetic. The Moroccan "
        "Unity Party, the RR's partner in the outgoing government, won 71 seats; "
        "together they have 189. Adding the Union for Progress and its 38 seats would "
        "produce a comfortable 227. A grand arrangement between the RR and CAM would "
        "reach 202, but both parties have ruled it out in public, for now.",
        "Turnout was 52.7%, up from 50.35% five years ago. That is a modest increase, "
        "and it masks wide regional differences. The southern regions again recorded "
        "turnout well above 60%, while several large cities, including Casablanca and "
        "Tangier, were below 45%. The hourly figures told the same story: 13.4% at "
        "midday and 37.2% at 17:00, with a late surge in the final two hours.",
        "The Renewal Rally's vote rose to just over 2.4 million, 26.5% of valid ballots. "
        "Under the proportional system, with 305 seats elected in 92 local "
        "constituencies and 90 on regional lists, that share translated into almost 30% "
        "of the seats, a bonus for the largest party that is smaller than it would be "
        "under a majoritarian system.",
        "\"The result rewards the party that controlled the government and its "
        "spending programmes, but it is not a blank cheque,\" said Khalid Ait Lahcen, "
        "who teaches political science at Mohammed V University in Rabat. \"Nearly half "
        "of registered voters stayed at home, and that is before you count the millions "
        "of adults who never registered.\"",
        "Some 18.6 million people were on the electoral roll. Ait Lahcen estimates that "
        "around 7 million eligible adults were not registered at all, a figure that "
        "Morocco's parties have promised to reduce for several electoral cycles.",
        "Nadia Ouazzani Tahiri, the RR's secretary-general and the most likely candidate "
        "for prime minister, sounded conciliatory on election night. \"Moroccans have "
        "chosen continuity and renewal at the same time,\" she said, promising to talk "
        "to all parties that share the RR's priorities of jobs, health and water.",
        "CAM's leader, Omar El Idrissi Alami, was more guarded. His party will decide on "
        "its strategy at a national council meeting on 19 September. Several CAM "
        "figures have said privately that opposition would allow the party to rebuild "
        "ahead of the next cycle.",
        "The vote on Tuesday was broadly orderly. Mr Bensouda said voting had taken place "
        "in normal conditions apart from isolated incidents dealt with under the law. "
        "The National Human Rights Council, which deployed 4,200 observers, is due to "
        "publish its preliminary report next week.",
        "Three things to watch: whether the MUP demands the interior or finance "
        "portfolio as the price of renewing the alliance; whether the Union for Progress "
        "accepts a junior role; and how quickly a government can be formed. In 2021 the "
        "prime minister was appointed within two days of the vote and the cabinet "
        "named about four weeks later. A similar timetable would put a new government "
        "in place in early October.",
    ]),
    share=["X", "LinkedIn", "Bluesky", "Email"],
    newsletter=(
        "The Polity Letter: one long read on North African politics every Friday, "
        "free."
    ),
    aside_title="Further reading",
    aside=[
        "Algeria's 2024 presidential vote: the 84.3% question",
        "Tunisia's municipal councils two years on",
        "Egypt's Senate: who sat, who stood down",
        "Data: turnout in Moroccan elections since 1997",
        "Libya's stalled electoral law, explained",
    ],
    footer="© 2026 North Africa Polity Review. Independent analysis. Registered charity "
    "no. 1180442.",
)

_EL_STORY = {
    "id": "el-FB2",
    "part": "FB",
    "domain": "election",
    "fetched": "2026-09-12",
    "articles": [
        {"url": _EL1_URL, "html": _EL1_HTML},
        {"url": _EL2_URL, "html": _EL2_HTML},
        {"url": _EL3_URL, "html": _EL3_HTML},
        {"url": _EL4_URL, "html": _EL4_HTML},
    ],
    "planted": [
        ("final turnout (52.7% vs 57.2%)", r"\b52\.7\b", r"\b57\.2\b"),
        (
            "interior minister's surname (Bensouda vs Bensaouda)",
            r"\bbensouda\b",
            r"\bbensaouda\b",
        ),
        ("weekday of the vote (Wednesday vs Tuesday)", r"\bwednesday\b", r"\btuesday\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-FB3 — Gabès fishermen v. phosphate processor ruling (CONTROL)
# ---------------------------------------------------------------------------

_CT1_URL = "https://www.mpa-wire.example/en/news/tunisia-court-orders-phosphate-firm-pay-fishermen"
_CT1_HTML = _page(
    site="Mediterranean Press Agency",
    url=_CT1_URL,
    title="Tunisian court orders phosphate firm to compensate 312 Gabes fishermen | MPA",
    description=(
        "A court in Gabes ordered STPS to pay 4.68 million dinars to fishermen who said "
        "phosphogypsum discharges destroyed their livelihoods."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Tunisian court orders phosphate firm to compensate 312 Gabes fishermen",
        "2026-06-16T23:05:00+01:00",
        "2026-06-16T23:40:00+01:00",
        ["Walid Ben Hassine"],
        "Mediterranean Press Agency",
        _CT1_URL,
    ),
    nav=["Latest", "World", "Mediterranean", "Africa", "Economy", "Environment", "Photos"],
    cookie=(
        "This site uses cookies. Some are essential, others help us improve your "
        "experience. Accept or refuse optional cookies."
    ),
    header=_header(
        "Environment",
        "Tunisian court orders phosphate firm to compensate 312 Gabes fishermen",
        "",
        "By Walid Ben Hassine",
        "16 June 2026, 23:05 (Tunis) – updated 23:40",
    ),
    figure=_figure(
        "/photos/2026/06/gabes-harbour-boats.jpg",
        "Fishing boats in Gabes",
        "Small fishing boats moored in the harbour of Gabes, southern Tunisia.",
        "MPA / Fethi Belaid-Nasri",
    ),
    body=_paras([
        "GABES, Tunisia, June 16 (MPA) – A Tunisian court ordered a state-controlled "
        "phosphate processing company on Tuesday to pay a total of 4.68 million dinars "
        "($1.5 million) in compensation to 312 fishermen who said that decades of "
        "industrial discharges into the Gulf of Gabes had wiped out their catches.",
        "The Court of First Instance in Gabes awarded each fisherman 15,000 dinars "
        "(about $4,800), half of the 30,000 dinars they had each sought, according to "
        "the plaintiffs' lawyer and a copy of the ruling's operative part seen by MPA.",
        "The court also ordered the company, the Societe de Transformation des "
        "Phosphates du Sud (STPS), to submit within six months a plan to end the "
        "discharge of phosphogypsum, a by-product of fertiliser production, into the "
        "sea.",
        "\"This ruling recognises, for the first time, that the fishermen of Gabes have "
        "been harmed by the pollution from this plant,\" lawyer Amel Zouari told MPA "
        "outside the courthouse. \"The amount is less than we asked for, but the "
        "principle is what matters.\"",
        "STPS said it would appeal. \"The company will challenge this judgment before "
        "the court of appeal. The expert report on which it is based ignored the "
        "investments made since 2025 to reduce discharges,\" said its lawyer, Rached "
        "Mejri.",
        "The fishermen filed their case in March 2023. The hearing was adjourned several "
        "times, and the verdict, initially expected on June 9, was postponed by a week.",
        "The ruling was read out late on Tuesday evening in a courtroom packed with "
        "fishermen and their families, some of whom had travelled from villages along "
        "the coast south of the city.",
        "\"We used to come back with 40 or 50 kilos of fish and octopus after a night at "
        "sea. Now we are lucky to bring back five,\" said Lotfi Hammami, president of "
        "the Gabes Small-Scale Fishermen's Association, which brought the case. \"Today "
        "the court listened to us.\"",
        "A court-appointed expert report submitted in 2024 estimated that about 13,500 "
        "tonnes of phosphogypsum were being discharged into the gulf every day. STPS "
        "disputes that figure and says a filtration unit commissioned last year has "
        "reduced discharges.",
        "According to the fishermen's association, the number of active small boats in "
        "the Gabes area has fallen from more than 1,000 in the early 2000s to about 400"
        " today, as younger men leave the trade for jobs in the industrial zone or "
        "emigrate.",
        "The case is being closely watched in other industrial towns, including Sfax "
        "and Gafsa, where residents' groups have threatened similar lawsuits over air "
        "and water pollution.",
        "Phosphates are one of Tunisia's main export earners, and the processing plants "
        "on the Gabes coast employ several thousand people in a region where "
        "unemployment is well above the national average.",
        "Environmental groups have for years accused the industry of causing "
        "respiratory illnesses among residents and of destroying one of the richest "
        "fishing grounds in the Mediterranean. The gulf, a shallow bay with some of the "
        "largest seagrass meadows in the region, was once a nursery for fish stocks "
        "across the central Mediterranean.",
        "The company has 20 days from formal notification of the judgment to lodge an "
        "appeal, lawyers for both sides said.",
        "(Reporting by Walid Ben Hassine; editing by Sophie Laurent)",
    ]),
    share=["Facebook", "X", "LinkedIn", "Email"],
    newsletter="MPA Mediterranean Briefing: the day's top stories from both shores, every "
    "evening.",
    aside_title="Most read",
    aside=[
        "Italy: 2,300 migrants reach Lampedusa in 48 hours",
        "Tunisia's inflation slows to 5.1% in May",
        "Algeria, Tunisia sign deal on 220 kV power link",
        "Libya: Tripoli court jails ex-minister for 7 years",
        "Malta hit by 41C heatwave, record for June",
    ],
    footer="© MPA 2026 – Mediterranean Press Agency. All rights reserved.",
)

_CT2_URL = "https://gabessud.example/en/justice/fishermen-win-case-against-stps"
_CT2_HTML = _page(
    site="Gabès Sud Info",
    url=_CT2_URL,
    title="Justice: Gabès fishermen win their case against STPS - Gabès Sud Info",
    description=(
        "After three years of proceedings, the Gabès court awarded the fishermen 15,000 "
        "dinars each. The company will appeal."
    ),
    head_extra='<meta name="author" content="Rim Chaabane">\n',
    nav=["Accueil", "Gabès", "Région", "Tunisie", "Société", "Environnement", "Sport"],
    cookie=(
        "Nous utilisons des cookies / We use cookies to improve your visit. Continue "
        "browsing to accept."
    ),
    header=_header(
        "Justice",
        "Gabès fishermen win their case against STPS",
        "Hundreds of people gathered outside the courthouse until late at night",
        "Rim Chaabane",
        "Published 17/06/2026 at 10:20",
    ),
    figure=_figure(
        "/wp-content/uploads/tribunal-gabes-nuit.jpg",
        "Fishermen outside the Gabès courthouse",
        "Fishermen and their families outside the Gabès courthouse on Tuesday night.",
        "Photo GSI",
    ),
    body=_paras([
        "It was just after 9.30 in the evening on Tuesday when the presiding judge, "
        "Hatem Ben Slimane, read out the decision that the fishermen of Gabès had been "
        "waiting for since 2023. In a silent courtroom, he announced that the Société de "
        "Transformation des Phosphates du Sud (STPS) must pay each of the 312 plaintiffs "
        "15,000 dinars in damages.",
        "The total comes to nearly 4.7 million dinars. The fishermen had asked for "
        "30,000 dinars each, or 9.36 million dinars in all.",
        "When the case was filed in March 2023, there were 340 plaintiffs. Eleven later "
        "withdrew, and the court rejected 17 claims because the fishermen concerned "
        "could not produce a valid professional licence for the period in question, "
        "their lawyers explained.",
        "The judgment also orders STPS to present, within six months, a plan to stop "
        "dumping phosphogypsum into the sea. It does not set a date by which the "
        "discharges must end.",
        "Outside, where several hundred people had waited since the afternoon, the news "
        "was greeted with ululations and applause. Some fishermen wept.",
        "\"For the first time, a court has recognised that the fishermen of Gabès "
        "suffered harm caused by the plant's pollution,\" said Amel Gharbi Zouari, one "
        "of the two lawyers for the plaintiffs, alongside Sami Trabelsi. \"It is not the "
        "amount we asked for, but it is the principle that counts.\"",
        "Mr Trabelsi said the team would study the full reasoning of the judgment, which "
        "has not yet been published, before deciding whether to file a cross-appeal on "
        "the amount.",
        "Lotfi Hammami, who heads the Gabès Small-Scale Fishermen's Association, said "
        "the money would not bring back the fish. \"Before, a night at sea brought 40 or "
        "50 kilos of fish and octopus. Today we are happy with five. Our sons no longer "
        "want to do this job,\" he said. \"But today, the court heard us.\"",
        "According to the association, catches in the gulf have fallen by about 60% "
        "since 2010. Official statistics from the agriculture ministry show a smaller "
        "but still steep decline in landings, of around 38%, between 2010 and 2024.",
        "On the company side, the reaction was swift. Its lawyer, Rached Mejri, "
        "announced an appeal before the Gabès Court of Appeal. In a statement sent on "
        "Wednesday morning, STPS communications director Ines Bouzid said the company "
        "\"respects the justice system\" but considers that the court-appointed expert "
        "report \"does not reflect the real situation since the commissioning of the "
        "new filtration unit\".",
        "The ruling, initially scheduled for 9 June, had been postponed by a week at the "
        "last hearing. It was the eighth time the case had been on the court's list.",
        "In the cafés of the old port on Wednesday morning, the judgment was the only "
        "topic of conversation. \"Fifteen thousand dinars is a year of hardship, not a "
        "life,\" said Mabrouk, 61, who has fished from Ghannouch since he was a boy. "
        "\"But it is a beginning.\"",
        "The plant, which employs around 2,400 people directly, is one of the largest "
        "employers in the governorate.",
    ]),
    share=["Facebook", "WhatsApp", "Messenger", "X"],
    newsletter="Receive Gabès Sud Info's headlines every morning, free of charge.",
    aside_title="À lire aussi / Also read",
    aside=[
        "Ghannouch: a new school of 18 classrooms opens in September",
        "Oasis of Chenini: 1,200 date palms replanted",
        "Water cuts in Gabès South on 19 June from 8 am to 4 pm",
        "Stade Gabésien sign two players before the 2026-27 season",
        "Heat: 44 degrees expected in Kébili on Thursday",
    ],
    footer="© Gabès Sud Info 2026 – Tous droits réservés / All rights reserved.",
)

_CT3_URL = "https://bluecoastreport.example/pollution/gabes-ruling-phosphogypsum-fishermen"
_CT3_HTML = _page(
    site="Blue Coast Environmental Report",
    url=_CT3_URL,
    title="Landmark Gabès ruling puts price on phosphogypsum pollution | Blue Coast "
    "Environmental Report",
    description=(
        "A Tunisian court has awarded fishermen about €1.36 million over industrial "
        "discharges. What the ruling does, and does not, change."
    ),
    head_extra=_meta_time("2026-06-17T14:00:00+00:00", "2026-06-17T16:30:00+00:00")
    + '<meta property="article:section" content="Pollution">\n',
    nav=["Oceans", "Pollution", "Climate", "Biodiversity", "Policy", "Investigations"],
    cookie=(
        "We use cookies for analytics only. You can refuse them without any effect on "
        "your access to our journalism."
    ),
    header=_header(
        "Pollution · Tunisia",
        "Landmark Gabès ruling puts price on phosphogypsum pollution",
        "A first-instance court has found a fertiliser producer liable to fishermen. "
        "The discharges, for now, continue.",
        "By Clara Montané and Youssef Dridi",
        "",
    ),
    figure=_figure(
        "/img/gabes-outfall-aerial.jpg",
        "Aerial view of the Gabès coastline",
        "An aerial view of the industrial zone on the Gabès coast. Pictured in 2025.",
        "Credit: Blue Coast / Drone image, Y. Dridi",
    ),
    body=_paras([
        "A court in southern Tunisia has ordered a phosphate processing company to pay "
        "fishermen about €1.36 million in compensation for pollution of the Gulf of "
        "Gabès, in what lawyers and campaigners describe as the first ruling of its "
        "kind in the country.",
        "The Court of First Instance of Gabès ruled on Tuesday 16 June that the Société "
        "de Transformation des Phosphates du Sud (STPS) must pay 15,000 Tunisian dinars "
        "to each of 312 fishermen, a total of 4.68 million dinars. The plaintiffs had "
        "sought twice that amount.",
        "The company must also present a plan within six months to halt its discharges "
        "of phosphogypsum, a slightly radioactive sludge produced when phosphate rock "
        "is treated with sulphuric acid to make phosphoric acid and fertilisers.",
        "\"This is the first time a court has recognised that the fishermen of Gabès "
        "were harmed by this plant's pollution,\" Amel Gharbi Zouari, a lawyer for the "
        "fishermen, told Blue Coast. \"The sum is lower than what we asked, but what "
        "matters is the principle.\"",
        "How much phosphogypsum reaches the sea is itself disputed. A court-appointed "
        "expert report filed in 2024 estimated discharges at around 13,500 tonnes a "
        "day. STPS says that since a filtration unit came into service in 2025 the "
        "figure has fallen to about 9,800 tonnes a day, a number that has not been "
        "independently verified. Engineers consulted by Blue Coast said that "
        "either figure would make the Gabès outfall one of the largest industrial "
        "discharges in the Mediterranean.",
        "The damage to fisheries is also measured differently depending on who is "
        "counting. The fishermen's association says catches have fallen by around 60% "
        "since 2010; agriculture ministry data show a 38% fall in recorded landings "
        "over 2010-2024, a series that does not include much of the informal "
        "small-scale catch.",
        "Marine biologists have documented the loss of large areas of Posidonia "
        "seagrass near the outfall, which once served as a nursery for sea bream, "
        "cuttlefish and shrimp.",
        "\"Compensation is important, but the real test is whether the discharges stop. "
        "A plan in six months is not the same as a pipe that is closed,\" said Nour El "
        "Houda Ferchichi, a spokesperson for the Gulf Alive collective, which has "
        "campaigned for relocating the industrial units away from the coast.",
        "A government decision in 2017 to dismantle the coastal units and move "
        "production inland has never been implemented. Successive governments have "
        "cited the cost, estimated at the time at several hundred million dinars, and "
        "the importance of the plants for exports and jobs.",
        "STPS, whose lawyer Rached Mejri said the company would appeal, employs around "
        "2,400 people. In a statement, its head of communications, Ines Bouzid, said the "
        "company respected the judiciary but that the expert report \"does not reflect "
        "the real situation\" since the new filtration unit was commissioned.",
        "Lawyers for the fishermen said the written reasoning of the judgment was "
        "expected within a few weeks, and that they would study it before deciding "
        "whether to contest the amount awarded.",
        "An appeal would take the case to the Gabès Court of Appeal, where proceedings "
        "could last another two years. Payment of the damages is unlikely before then.",
    ]),
    share=["Mastodon", "Bluesky", "LinkedIn", "Email"],
    newsletter=(
        "Blue Coast Weekly: investigations and data on the Mediterranean environment, "
        "every Thursday."
    ),
    aside_title="Related coverage",
    aside=[
        "Sfax's SIAPE site: 6 million tonnes of stockpiled waste",
        "Posidonia meadows lost 34% of area since 1960, study finds",
        "Spain's Mar Menor: court grants lagoon legal personhood",
        "Lebanon's Selaata plant fined $3 million",
        "Our 2025 investigation: phosphate towns breathe different air",
    ],
    footer="© 2026 Blue Coast Environmental Report. Non-profit newsroom. Content licensed "
    "CC BY-NC-ND 4.0 unless stated.",
)

_CT_STORY = {
    "id": "ct-FB3",
    "part": "FB",
    "domain": "court",
    "fetched": "2026-06-19",
    "articles": [
        {"url": _CT1_URL, "html": _CT1_HTML},
        {"url": _CT2_URL, "html": _CT2_HTML},
        {"url": _CT3_URL, "html": _CT3_HTML},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-FB4 — Algeria first-half 2026 trade figures (PLANTED 3)
# ---------------------------------------------------------------------------

_TR1_URL = "https://www.smnwire.example/economy/algeria-h1-trade-surplus-widens"
_TR1_HTML = _page(
    site="Sahel-Med Newswire",
    url=_TR1_URL,
    title="Algeria's first-half trade surplus widens to $3.46 billion on gas sales - "
    "Sahel-Med Newswire",
    description=(
        "Customs data show exports up 7.5% to $24.83 billion in January-June while "
        "imports rose 0.9%."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Algeria's first-half trade surplus widens to $3.46 billion on gas sales",
        "2026-08-04T15:20:00+01:00",
        "2026-08-04T15:20:00+01:00",
        ["Sofiane Merabet"],
        "Sahel-Med Newswire",
        _TR1_URL,
    ),
    nav=["Home", "Economy", "Energy", "Politics", "Sahel", "Maghreb", "Markets"],
    cookie=(
        "By clicking Accept, you agree to the storing of cookies on your device to "
        "enhance site navigation and analyse site usage."
    ),
    header=_header(
        "Economy",
        "Algeria's first-half trade surplus widens to $3.46 billion on gas sales",
        "",
        "By Sofiane Merabet",
        "4 August 2026 · 15:20 GMT+1",
    ),
    figure=_figure(
        "/media/arzew-lng-terminal.jpg",
        "LNG terminal at Arzew",
        "A liquefied natural gas tanker at the Arzew terminal, western Algeria (file).",
        "SMN / Archive",
    ),
    body=_paras([
        "ALGIERS, Aug 4 (SMN) - Algeria's trade surplus widened to $3.46 billion in the "
        "first half of 2026 from $1.92 billion a year earlier, as higher natural gas "
        "volumes more than offset lower crude prices, customs data showed on Tuesday.",
        "Exports rose 7.5% to $24.83 billion in January-June, while imports edged up "
        "0.9% to $21.37 billion, the Directorate General of Customs said in a "
        "statement.",
        "Hydrocarbons, mainly natural gas and crude oil, accounted for $21.64 billion of "
        "exports, or about 87% of the total. Non-hydrocarbon exports rose 11.1% to $3.19 "
        "billion, led by fertilisers, iron and steel products and cement.",
        "Exports covered 116.2% of imports, compared with 109.1% in the first half of "
        "2025, the customs directorate said.",
        "Minister of Foreign Trade and Export Promotion Karima Boudiaf Rahmani told a "
        "news conference in Algiers that the government remained committed to reducing "
        "the country's dependence on oil and gas.",
        "\"We expect non-hydrocarbon exports to exceed 7 billion dollars this year, "
        "thanks to new capacity in fertilisers and steel that came on stream in the "
        "spring,\" she said.",
        "Non-hydrocarbon exports totalled about $5.9 billion in 2025, according to "
        "official figures, so reaching the target would require a sharp acceleration "
        "in the second half.",
        "Italy remained Algeria's largest customer, buying $7.1 billion of goods, mostly "
        "gas delivered through the Transmed pipeline, followed by Spain with $3.4 "
        "billion. China was the largest supplier, with $3.9 billion of imports, ahead "
        "of France.",
        "The surplus in the second quarter alone was $1.58 billion, down from $1.88 "
        "billion in the first quarter, reflecting a dip in oil prices in May and June.",
        "Farid Benyahia, an economist at the Centre for Maghreb Economic Studies in "
        "Algiers, said the figures showed the economy was still overwhelmingly "
        "dependent on energy. \"The surplus is good news for reserves, but it is a gas "
        "surplus. Nearly nine dollars in every ten still come from hydrocarbons,\" he "
        "said.",
        "Imports have been kept in check since early 2025 by a rule requiring importers "
        "to submit their purchase programmes in advance for approval, a measure that "
        "business groups say has caused shortages of some spare parts and raw "
        "materials.",
        "Food imports rose 6.8% in the half, driven by cereals and milk powder, while "
        "purchases of capital goods fell 4.3%, the customs data showed. Economists said"
        " the decline in equipment imports could weigh on investment later in the year.",
        "The surplus will help support foreign exchange reserves, which the Bank of "
        "Algeria put at about $71 billion at the end of June, compared with $68.6 "
        "billion at the end of 2025.",
        "Director General of Customs Noureddine Khaldi said the digitalisation of "
        "customs procedures had cut average clearance times at the port of Algiers to "
        "four days from nine a year ago.",
        "Algeria posted a full-year trade surplus of $5.1 billion in 2025. Brent crude "
        "averaged about $68.7 a barrel in the first half of 2026, compared with $74.9 "
        "in the same period last year.",
        "(Reporting by Sofiane Merabet; editing by Paul Grenier)",
    ]),
    share=["Facebook", "X", "LinkedIn", "Email"],
    newsletter="Sahel-Med Economy: a weekly digest of North and West African economic "
    "news, every Monday.",
    aside_title="Most read",
    aside=[
        "State energy group signs 15-year gas supply deal with Slovenian buyer",
        "Algeria's foreign reserves reach $71 billion, central bank says",
        "Niger uranium exports fall 22% in first half",
        "Morocco's phosphate exports rise 12% to $2.8 billion in H1",
        "Tunisian olive oil prices drop to 14 dinars a litre",
    ],
    footer="© 2026 Sahel-Med Newswire. All rights reserved.",
)

_TR2_URL = "https://eldjazaireco.example/en/commerce-exterieur/excedent-premier-semestre-2026"
_TR2_HTML = _page(
    site="El Djazair Economie",
    url=_TR2_URL,
    title="Trade balance: a surplus of 461 billion dinars in the first half | El Djazair "
    "Economie",
    description=(
        "Exports up, imports stable: the customs figures for January-June 2026 and what "
        "they mean for businesses."
    ),
    head_extra=_meta_time("2026-08-05T07:00:00+01:00")
    + '<meta name="author" content="Lamia Oukaci">\n',
    nav=["Accueil", "Macroéconomie", "Énergie", "Entreprises", "Finance", "Agriculture",
         "Opinions"],
    cookie=(
        "Ce site utilise des cookies / This site uses cookies to provide you with a "
        "better experience."
    ),
    header=_header(
        "Foreign trade",
        "Trade balance: a surplus of 461 billion dinars in the first half",
        "Non-hydrocarbon exports grow by 11.1%, but remain modest",
        "Lamia Oukaci",
        "Wednesday 5 August 2026",
    ),
    figure=_figure(
        "/images/port-alger-conteneurs.jpg",
        "Containers at the port of Algiers",
        "Containers at the port of Algiers.",
        "Photo: El Djazair Eco / R. Hamidi",
    ),
    body=_paras([
        "Algeria's trade balance showed a surplus of about 461 billion dinars in the "
        "first six months of 2026, or $3.46 billion, according to figures published on "
        "Tuesday by the Directorate General of Customs (DGD).",
        "Exports reached 3,307 billion dinars ($24.83 billion), up 7.5% year on year, "
        "while imports amounted to 2,846 billion dinars ($21.37 billion), a rise of "
        "0.9%. The coverage rate of imports by exports improved to 116.2%.",
        "The dinar amounts were converted by the DGD at the average exchange rate of "
        "the period, about 133.2 dinars to the dollar.",
        "As usual, hydrocarbons accounted for the lion's share of sales abroad, with "
        "$21.64 billion. Exports outside the energy sector reached $3.19 billion, up "
        "11.1% from $2.87 billion in the first half of last year.",
        "The main non-hydrocarbon products exported were nitrogen fertilisers and "
        "ammonia ($1.12 billion), iron and steel products ($580 million), cement and "
        "clinker ($410 million) and white sugar ($210 million).",
        "Presenting the figures in Algiers, Finance Minister Karima Boudiaf Rahmani "
        "welcomed what she described as \"a structural trend\". \"We expect "
        "non-hydrocarbon exports to surpass $7 billion by the end of 2026,\" she said, "
        "adding that several new export-oriented projects in the agri-food and "
        "building-materials sectors would begin production before December.",
        "For the business community, the figures are a mixed picture. \"The surplus "
        "reassures, but the import framework remains a headache for industrial SMEs "
        "that depend on imported inputs,\" said Rachid Mezouar, vice-president of an "
        "employers' association in the Oran region. \"Some of our members waited three "
        "months for approval of their import programmes this spring.\"",
        "Imports of capital goods fell by 4.3% over the period, while imports of food "
        "products rose by 6.8%, driven by cereals and milk powder, according to the DGD "
        "breakdown.",
        "Among trading partners, Italy remained the first customer, followed by Spain, "
        "France and the Netherlands. China was again the leading supplier, ahead of "
        "France, Italy and Türkiye.",
        "The surplus should support the country's foreign exchange reserves, which "
        "stood at around $71 billion at the end of June according to the Bank of "
        "Algeria. The central bank's own balance-of-payments data, which use a "
        "different methodology and include services and income flows, are expected in "
        "September.",
        "The DGD also reported that 1,870 companies exported at least once during the "
        "half, up from 1,640 in the first half of 2025.",
        "The national exporters' association welcomed the figures but said logistics "
        "remained the main obstacle. \"Shipping a container from Algiers to West Africa "
        "still costs more than shipping it from Europe,\" said its president, Nassima "
        "Bouzar, adding that a new maritime line to Dakar planned for the autumn would "
        "help members reach African markets.",
        "Economists nevertheless point out that the improvement is heavily dependent on "
        "gas. \"Nearly nine dollars out of every ten exported still come from "
        "hydrocarbons,\" noted Farid Benyahia of the Centre for Maghreb Economic "
        "Studies.",
        "In 2025 as a whole, the trade surplus reached $5.1 billion.",
    ]),
    share=["Facebook", "LinkedIn", "X", "Imprimer"],
    newsletter="Recevez notre lettre économique / Receive our economic letter every "
    "Sunday.",
    aside_title="Les plus lus / Most read",
    aside=[
        "Finance bill 2027: budget deficit projected at 4,100 billion dinars",
        "Cement: output reaches 21 million tonnes, a record",
        "Bank of Algeria keeps its key rate at 2.75%",
        "Wheat: harvest estimated at 3.9 million tonnes",
        "Car assembly: 38,000 vehicles produced in Oran in H1",
    ],
    footer="© El Djazair Economie 2026. Tous droits réservés.",
)

_TR3_URL = "https://rmi-radio.example/en/news/algeria-trade-figures-first-half"
_TR3_HTML = _page(
    site="Radio Médina International",
    url=_TR3_URL,
    title="Algeria: trade surplus in first half, exports driven by gas - RMI",
    description="News updates from Radio Médina International.",
    head_extra='<meta name="section" content="Maghreb">\n',
    nav=["Listen live", "News", "Maghreb", "Africa", "World", "Podcasts", "Frequencies"],
    cookie=(
        "RMI uses cookies to enable audio streaming and to measure our audience. "
        "Accept or customise."
    ),
    header=_header(
        "Maghreb news updates",
        "Algeria: trade surplus in first half, exports driven by gas",
        "",
        "RMI newsroom, with our Algiers correspondent Amina Haddad",
        "Updated 4 August 2026, 18:40 Algiers time (17:40 GMT)",
    ),
    figure="",
    body=_live([
        (
            "",
            "18:40",
            "Minister: non-hydrocarbon exports target maintained",
            [
                "Speaking at a press conference at the ministry this afternoon, the "
                "Minister of Foreign Trade and Export Promotion, Karima Boudiaf Rahmani, "
                "said she expected non-hydrocarbon exports to exceed 7 billion dollars "
                "this year. She said fertiliser and steel plants that started "
                "production in the spring would make the difference in the second half.",
                "Asked about complaints from importers, the minister said the advance "
                "import programme system would be \"simplified, not abolished\", and "
                "that a new digital platform would be launched in October.",
            ],
        ),
        (
            "",
            "17:50",
            "Imports: small rise, fewer machines",
            [
                "Imports rose by less than 1% in the first half, to around 21.4 billion"
                " dollars, the customs figures show. Purchases of capital goods fell, "
                "while food imports rose, driven by cereals and milk powder.",
                "Economists say the import programme system has kept the bill in check,"
                " but at the cost of delays for manufacturers that depend on imported "
                "parts.",
            ],
        ),
        (
            "",
            "17:15",
            "Reaction: 'a gas surplus'",
            [
                "Economist Farid Benyahia told RMI that the result was good news for "
                "the country's reserves but should be put in perspective. \"This is a "
                "gas surplus,\" he said. \"Almost nine out of every ten dollars of "
                "exports still come from hydrocarbons. Diversification is progressing, "
                "but slowly.\"",
                "He noted that the price of Brent crude had been lower in the first half "
                "than a year earlier, and that the increase in export revenue came "
                "mainly from larger volumes of gas sent to Europe, in particular to "
                "Italy.",
            ],
        ),
        (
            "",
            "15:05",
            "Customs: surplus of $4.36 billion in the first half",
            [
                "Algeria recorded a trade surplus of $4.36 billion in the first half of "
                "2026, according to figures released this afternoon by the Directorate "
                "General of Customs. In the same period last year, the surplus was "
                "$1.92 billion.",
                "Exports rose by 7.5% to nearly 24.9 billion dollars, the customs "
                "directorate said. Hydrocarbons, oil and gas, still represent about 87% "
                "of sales abroad. Exports outside hydrocarbons reached 3.19 billion "
                "dollars, an increase of 11.1%.",
                "Italy remains Algeria's main customer, while China is its main "
                "supplier.",
            ],
        ),
        (
            "",
            "12:45",
            "Minister to comment on the figures",
            [
                "The ministry of foreign trade has announced that the minister will "
                "hold a press conference this afternoon to comment on the half-year "
                "figures. Journalists have been invited to the ministry's headquarters "
                "in Algiers.",
            ],
        ),
        (
            "",
            "11:30",
            "Trade figures expected this afternoon",
            [
                "The customs directorate is due to publish its foreign trade statistics "
                "for the first six months of the year this afternoon. Analysts expect "
                "a larger surplus than last year, when the balance was positive by "
                "$1.92 billion over January to June.",
                "In the first quarter of this year, the surplus stood at $1.88 billion, "
                "according to figures published in May.",
                "Our correspondent in Algiers, Amina Haddad, will bring you the details "
                "as soon as they are released.",
            ],
        ),
        (
            "",
            "09:10",
            "Background: the import programme rule",
            [
                "Since January 2025, Algerian importers have had to submit a provisional "
                "programme of their purchases abroad before they can place orders. The "
                "authorities say the system has reduced the import bill and curbed "
                "over-invoicing; business organisations say it has caused delays and "
                "shortages of spare parts, medicines and raw materials. Several "
                "thousand applications were still pending at the end of June, according "
                "to the national employers' confederation, which has asked for a "
                "simplified procedure for small manufacturers.",
            ],
        ),
    ]),
    share=["Facebook", "X", "WhatsApp", "Copy link"],
    newsletter="Get RMI's Maghreb morning news by email, Monday to Friday.",
    aside_title="Also on RMI",
    aside=[
        "Tunisia: 2.1 million tourists in July, a record",
        "Libya: Tripoli airport closed for 6 hours after clashes",
        "Mauritania: first LNG cargo leaves GTA project",
        "Morocco: heatwave, 47 degrees in Marrakech",
        "Podcast: 30 years of the Arab Maghreb Union",
    ],
    footer="© Radio Médina International 2026. All rights reserved.",
    body_class="updates",
)

_TR4_URL = "https://etinorthafrica.example/algeria/trade/h1-2026-customs-data-gas-volumes"
_TR4_HTML = _page(
    site="Energy & Trade Intelligence North Africa",
    url=_TR4_URL,
    title="Algeria H1 2026 trade: gas volumes carry the surplus | ETI North Africa",
    description=(
        "Customs data for January-June: exports $24.83bn, imports $21.37bn. We break "
        "down volumes, prices and the non-hydrocarbon story."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Algeria H1 2026 trade: gas volumes carry the surplus",
        "2026-08-05T10:00:00Z",
        "2026-08-05T10:00:00Z",
        ["Hélène Vasseur", "Mohamed Amine Guerfi"],
        "Energy & Trade Intelligence North Africa",
        _TR4_URL,
    ),
    nav=["Oil & Gas", "Power", "Trade", "Mining", "Countries", "Data", "Events"],
    cookie=(
        "ETI uses cookies to manage subscriber sessions. Continuing means you accept "
        "our cookie policy."
    ),
    header=_header(
        "Trade · Algeria",
        "Algeria H1 2026 trade: gas volumes carry the surplus",
        "Lower crude prices were more than offset by higher pipeline and LNG volumes",
        "By Hélène Vasseur and Mohamed Amine Guerfi",
        "5 August 2026",
    ),
    figure=_figure(
        "/charts/dz-trade-h1-2026.png",
        "Chart: Algeria quarterly trade balance",
        "Algeria's quarterly trade balance, $bn. Source: DGD, ETI calculations.",
        "ETI North Africa",
    ),
    body=_paras([
        "Algeria's customs directorate published first-half trade data on 4 August, and "
        "the headline is healthier than a year ago: a surplus of $3.46bn for January-June "
        "against $1.92bn in H1 2025. Exports totalled $24.83bn (+7.5% y/y) and imports "
        "$21.37bn (+0.9%).",
        "The split by quarter is less flattering. The Q1 surplus was $1.88bn; Q2 came in "
        "at $1.58bn as Brent slid through May and June. For the half as a whole, Brent "
        "averaged $68.7/bbl versus $74.9/bbl in H1 2025, a drop of roughly 8%.",
        "So where did the extra export revenue come from? Volumes. By our estimates, "
        "based on tanker-tracking data and pipeline nominations, gas exports rose by "
        "about 9% in volume terms, with flows to Italy through Transmed running close to "
        "capacity for most of the period and LNG loadings at Arzew and Skikda up "
        "strongly. Contract prices for pipeline gas, partly indexed to oil with a lag, "
        "held up better than spot crude.",
        "Hydrocarbon exports reached $21.64bn, close to 87% of the total. Italy bought "
        "$7.1bn of Algerian goods in the half, Spain $3.4bn.",
        "The non-hydrocarbon line, watched closely in Algiers as a measure of "
        "diversification, rose 11.1% to $3.19bn. Fertilisers and ammonia ($1.12bn) "
        "remain the largest item, followed by iron and steel ($0.58bn), cement and "
        "clinker ($0.41bn) and sugar ($0.21bn). In dinar terms the half-year surplus "
        "was roughly DZD 461bn.",
        "Foreign trade minister Karima Boudiaf Rahmani nonetheless struck a cautious "
        "note on the full-year goal. \"We do not expect non-hydrocarbon exports to "
        "exceed 7 billion dollars this year,\" she told reporters in Algiers, pointing "
        "to new fertiliser and steel capacity that started up in the spring.",
        "Hitting $7bn would require non-hydrocarbon sales of about $3.8bn in H2, an "
        "increase of roughly a fifth on H1. That is not impossible given the new "
        "capacity, but it would depend on ammonia prices, which have eased since March, "
        "and on the ramp-up of the new integrated steel plants in the west.",
        "Customs also counted 1,870 exporting companies in the half, up from 1,640 a "
        "year earlier, a sign that the exporter base is slowly widening.",
        "On the import side, the picture reflects policy as much as demand. The "
        "advance import programme requirement, in place since January 2025, continues "
        "to cap purchases: capital goods imports fell 4.3% while food imports rose "
        "6.8%. China remained the top supplier ($3.9bn), followed by France ($2.2bn).",
        "\"The surplus is good for reserves, but it is a gas surplus,\" said Farid "
        "Benyahia of the Centre for Maghreb Economic Studies. \"Nearly nine in every "
        "ten dollars still come from hydrocarbons.\"",
        "Outlook: we see the full-year 2026 surplus at $5.5-6.5bn, against $5.1bn in "
        "2025, assuming Brent averages around $67/bbl in H2 and gas volumes hold. The "
        "main downside risk is a mild European winter that reduces pipeline offtake; "
        "the upside is stronger LNG demand from Asian buyers.",
        "Data note: DGD figures are on a customs basis and differ from the Bank of "
        "Algeria's balance-of-payments series, which adjusts for timing, coverage and "
        "valuation. The two series can diverge by several hundred million dollars in "
        "any given half.",
    ]),
    share=["LinkedIn", "X", "Email", "Download PDF"],
    newsletter=(
        "ETI Daily Brief: North African energy and trade intelligence for subscribers. "
        "Request a two-week trial."
    ),
    aside_title="Latest intelligence",
    aside=[
        "Egypt LNG imports hit 1.1 million tonnes in July",
        "Libya NOC targets 1.6 million b/d by end-2027",
        "Tunisia's energy deficit narrows 9% in H1",
        "Morocco-Nigeria pipeline: 2029 first-gas date questioned",
        "Algeria awards $1.4bn Hassi Messaoud compression contract",
    ],
    footer="© 2026 Energy & Trade Intelligence North Africa Ltd. Subscriber content. "
    "Redistribution prohibited.",
)

_TR_STORY = {
    "id": "tr-FB4",
    "part": "FB",
    "domain": "trade",
    "fetched": "2026-08-07",
    "articles": [
        {"url": _TR1_URL, "html": _TR1_HTML},
        {"url": _TR2_URL, "html": _TR2_HTML},
        {"url": _TR3_URL, "html": _TR3_HTML},
        {"url": _TR4_URL, "html": _TR4_HTML},
    ],
    "planted": [
        ("first-half trade surplus ($3.46bn vs $4.36bn)", r"\b3\.46\b", r"\b4\.36\b"),
        (
            "Boudiaf Rahmani's title (foreign trade minister vs finance minister)",
            r"minister of foreign trade|foreign trade minister",
            r"finance minister|minister of finance",
        ),
        (
            "minister's quote on the $7bn non-hydrocarbon target (expect vs do not expect)",
            r"\bwe expect\b",
            r"\bwe do not expect\b",
        ),
    ],
}


# ---------------------------------------------------------------------------
# rk-FB5 — NileSight-3 launch on a Long March 2D (CONTROL)
# ---------------------------------------------------------------------------

_RK1_URL = "https://ncn-news.example/live/nilesight-3-launch-updates"
_RK1_HTML = _page(
    site="Nile Channel News",
    url=_RK1_URL,
    title="Live updates: Egypt's NileSight-3 satellite launched from China | Nile Channel "
    "News",
    description=(
        "Follow the launch of Egypt's NileSight-3 Earth-observation satellite. Times are "
        "Cairo time (GMT+2)."
    ),
    head_extra=_jsonld(
        "LiveBlogPosting",
        "Live updates: Egypt's NileSight-3 satellite launched from China",
        "2026-11-12T05:10:00+02:00",
        "2026-11-12T08:40:00+02:00",
        ["Nourhan Essam"],
        "Nile Channel News",
        _RK1_URL,
    ),
    nav=["Live", "Egypt", "Arab World", "World", "Business", "Science", "Sport", "Shows"],
    cookie=(
        "We use cookies to run our live player and to measure how many people watch. "
        "Accept to continue."
    ),
    header=_header(
        "LIVE UPDATES",
        "Egypt's NileSight-3 satellite launched from China",
        "All times are Cairo time (GMT+2)",
        "Nourhan Essam, science correspondent",
        "Last update 08:40",
    ),
    figure=_figure(
        "/cdn/live/long-march-2d-pad.jpg",
        "Long March 2D on the launch pad",
        "The Long March 2D rocket carrying NileSight-3 on the pad at Jiuquan.",
        "Photo: Huaxing Aerospace Services",
    ),
    body=_live([
        (
            "2026-11-12T08:40:00+02:00",
            "08:40",
            "Agency chief: 'designed and integrated in Egypt'",
            [
                "Dr Sherif Mahmoud Abou El-Ela, chief executive of the Egyptian Space "
                "Agency, said the satellite was healthy and that its solar panels had "
                "deployed as planned.",
                "\"This satellite was designed and integrated in Egypt, by Egyptian "
                "engineers, in Egyptian clean rooms. That is the real achievement of "
                "today,\" he said in a statement read on our air.",
                "He said the first test images were expected within about two weeks, "
                "after the cameras have been calibrated.",
            ],
        ),
        (
            "2026-11-12T07:25:00+02:00",
            "07:25",
            "First signal received in Egypt",
            [
                "The ground station at Egyptian Space City, east of Cairo, received the "
                "first signal from NileSight-3 at 07:18 Cairo time, during the "
                "satellite's first pass over Egypt, the agency has just confirmed.",
                "Engineers in the control room stood and applauded when the telemetry "
                "appeared on the screens, according to our team on site.",
            ],
        ),
        (
            "2026-11-12T06:45:00+02:00",
            "06:45",
            "Cheers in Mansoura",
            [
                "At Delta University of Technology in Mansoura, students who built the "
                "DeltaCube-1 cubesat watched the launch on a big screen in the main "
                "lecture hall. \"We were up all night. When the rocket lifted off, "
                "everyone was shouting,\" said Youssef Kamal, a 22-year-old electronics "
                "student who worked on the radio system.",
                "The 4-kilogram cubesat is designed to test a low-cost communications "
                "module and will be operated from a small ground station on campus.",
                "The ministry of higher education and scientific research congratulated"
                " the space agency's engineers and the students, saying the launch "
                "showed that investment in training was bearing fruit.",
            ],
        ),
        (
            "2026-11-12T06:05:00+02:00",
            "06:05",
            "What NileSight-3 will do",
            [
                "The 185-kilogram satellite carries a camera able to see objects as "
                "small as 1.5 metres in black-and-white (panchromatic) mode and 5 metres "
                "in colour (multispectral) mode. It will be used to monitor farmland, "
                "urban growth, the Nile delta coastline and major construction projects.",
                "It is designed to operate for at least five years from an orbit about "
                "535 kilometres above the Earth.",
                "According to the agency, the project cost about 2 billion Egyptian "
                "pounds, including the launch.",
            ],
        ),
        (
            "2026-11-12T05:55:00+02:00",
            "05:55",
            "Satellite separated from rocket",
            [
                "NileSight-3 separated from the rocket's upper stage at 05:54 Cairo "
                "time, about 12 minutes after liftoff, the launch provider said. The "
                "other three satellites on board were released in the following minutes.",
            ],
        ),
        (
            "2026-11-12T05:43:00+02:00",
            "05:43",
            "Liftoff!",
            [
                "The Long March 2D rocket lifted off from the Jiuquan Satellite Launch "
                "Centre in north-western China at 05:42 Cairo time. Everything looks "
                "nominal in the first minutes of flight.",
            ],
        ),
        (
            "2026-11-12T05:10:00+02:00",
            "05:10",
            "Good morning from Cairo",
            [
                "Good morning. In about half an hour NileSight-3, the third satellite in "
                "Egypt's NileSight Earth-observation series, is due to be launched from "
                "China on a Long March 2D rocket. The launch was originally planned for 5 "
                "November but was postponed because of strong high-altitude winds over "
                "the launch site.",
                "The satellite is sharing the ride with a Chinese remote-sensing "
                "satellite and two small cubesats, one of them built by students at "
                "Delta University of Technology in Mansoura.",
                "Its predecessor, NileSight-2, was launched in February 2023 and is "
                "still operating, although beyond its planned three-year life. We will "
                "bring you every step of the launch here and on our live broadcast.",
                "Agency officials say that about 60 percent of the new satellite's "
                "subsystems were manufactured in Egypt, compared with roughly a third "
                "for its predecessor, which was largely built abroad with Egyptian "
                "engineers trained alongside the foreign team.",
            ],
        ),
    ]),
    share=["Facebook", "X", "WhatsApp", "YouTube"],
    newsletter="Subscribe to NCN Science: the week's science and technology news from "
    "Egypt and the region.",
    aside_title="Most watched",
    aside=[
        "New Administrative Capital: monorail carries 1 million passengers",
        "Grand Egyptian Museum welcomes 4.2 million visitors in first year",
        "Egypt's wheat reserves sufficient for 6.5 months, minister says",
        "Cairo derby: Super Cup final ends 2-0",
        "Weather: temperatures to drop to 14C in Cairo on Saturday",
    ],
    footer="© 2026 Nile Channel News. All rights reserved.",
    body_class="liveblog",
)

_RK2_URL = "https://www.panasiawire.example/science/china-launches-egyptian-satellite-nilesight3"
_RK2_HTML = _page(
    site="Pan-Asia Wire",
    url=_RK2_URL,
    title="China launches Egypt's NileSight-3 satellite on Long March 2D - Pan-Asia Wire",
    description=(
        "A Long March 2D rocket lifted off from Jiuquan carrying four satellites, "
        "including Egypt's NileSight-3."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "China launches Egypt's NileSight-3 satellite on Long March 2D",
        "2026-11-12T13:05:00+08:00",
        "2026-11-12T14:20:00+08:00",
        ["Zhou Meilin"],
        "Pan-Asia Wire",
        _RK2_URL,
    ),
    nav=["Asia", "China", "World", "Business", "Technology", "Science", "Video"],
    cookie=(
        "Pan-Asia Wire uses cookies to deliver its services and analyse traffic. Learn "
        "more in our Privacy Notice."
    ),
    header=_header(
        "Science",
        "China launches Egypt's NileSight-3 satellite on Long March 2D",
        "",
        "By Zhou Meilin",
        "12 Nov 2026 13:05 (Beijing)",
    ),
    figure=_figure(
        "/images/2026/jiuquan-liftoff.jpg",
        "Rocket lifting off",
        "A Long March 2D rocket lifts off from the Jiuquan Satellite Launch Centre.",
        "Pan-Asia Wire/Stringer",
    ),
    body=_paras([
        "JIUQUAN, China, Nov 12 (PAW) - A Chinese Long March 2D rocket placed Egypt's "
        "NileSight-3 Earth-observation satellite and three other spacecraft into orbit "
        "on Thursday, in the latest in a series of launches for foreign customers.",
        "The rocket lifted off from the Jiuquan Satellite Launch Centre in Gansu "
        "province at 11:42 a.m. Beijing time (0342 GMT), according to Huaxing Aerospace "
        "Services, the company that arranged the launch.",
        "NileSight-3 separated from the rocket's upper stage about 12 minutes later and "
        "entered a sun-synchronous orbit at an altitude of about 535 km, the company "
        "said in a statement.",
        "\"The satellites entered their planned orbits and the launch was a complete "
        "success,\" Huaxing spokesman Li Wenjun said.",
        "The 185-kg satellite was developed by the Egyptian Space Agency and is "
        "designed to photograph the Earth's surface with a resolution of 1.5 metres. It "
        "is expected to operate for five years.",
        "Sherif Abou El-Ela, the head of the agency, said in a statement that the "
        "satellite had been \"designed and assembled in Egypt by Egyptian engineers\", "
        "and that its launch was a milestone for the country's space programme.",
        "The Egyptian agency's ground station received the first signal from the "
        "satellite at 0518 GMT, the statement said.",
        "Also on board were a Chinese remote-sensing satellite, Huaxing-2A, which "
        "weighs about 460 kg and will be used for land-resource surveys, and two "
        "cubesats: a 4-kg technology demonstrator built by students at Egypt's Delta "
        "University of Technology and a Chinese university satellite carrying an "
        "experimental radio payload.",
        "The Long March 2D, a two-stage rocket that first flew in 1992, is mainly used "
        "to place satellites into sun-synchronous orbits of a few hundred kilometres.",
        "The Egyptian agency said NileSight-3 would pass over Egypt several times a "
        "day, allowing it to image any point in the country roughly every four days.",
        "The launch had been scheduled for Nov. 5 but was postponed because of strong "
        "upper-level winds, Huaxing said.",
        "It was the 19th launch of a Long March 2D this year and the fourth from Jiuquan "
        "in November, according to figures compiled by PAW. China has conducted more "
        "than 70 orbital launches so far in 2026, a national record.",
        "Egypt, which launched its first satellite in 1998, has in recent years turned "
        "increasingly to China for space cooperation. Its previous Earth-observation "
        "satellite, NileSight-2, was also launched from China, in February 2023.",
        "Analysts say China offers developing countries a package of financing, launch "
        "services and training that is difficult for Western providers to match.",
        "\"For countries like Egypt, the attraction is not only the price of the launch "
        "but the transfer of know-how,\" said Wang Hao, a researcher on space policy at "
        "a Beijing university. \"They want to build their own satellites, not just buy "
        "them.\"",
        "The Egyptian agency said NileSight-3 would begin sending test images after a "
        "calibration period of about two weeks.",
        "(Reporting by Zhou Meilin; Editing by Daniel Koh)",
    ]),
    share=["Facebook", "X", "Weibo", "LinkedIn", "Email"],
    newsletter="The Pan-Asia Morning Brief lands in your inbox at 6 a.m. Singapore time.",
    aside_title="Trending",
    aside=[
        "China's Shenzhou-23 crew returns after 182 days in orbit",
        "Japan's H3 rocket launches navigation satellite on Nov. 9",
        "India's ISRO plans 9 more launches before March",
        "South Korea's Nuri rocket completes fifth flight",
        "Space debris: 27,000 tracked objects and counting",
    ],
    footer="© Pan-Asia Wire 2026. All rights reserved. Republication or redistribution "
    "of PAW content is prohibited without prior written consent.",
)

_RK3_URL = "https://orbitalledger.example/launches/long-march-2d-nilesight-3-huaxing-2a"
_RK3_HTML = _page(
    site="Orbital Ledger",
    url=_RK3_URL,
    title="Long March 2D lofts NileSight-3, Huaxing-2A and two cubesats – Orbital Ledger",
    description=(
        "Launch report: a Long March 2D from Jiuquan deployed four payloads into a "
        "535 km sun-synchronous orbit."
    ),
    head_extra='<meta name="twitter:card" content="summary_large_image">\n'
    '<meta name="twitter:site" content="@orbitalledger">\n',
    nav=["Launches", "Spacecraft", "Industry", "Policy", "Launch schedule", "Newsletter"],
    cookie=(
        "Orbital Ledger uses cookies to keep you signed in and, with your consent, for "
        "analytics."
    ),
    header=_header(
        "Launch report",
        "Long March 2D lofts NileSight-3, Huaxing-2A and two cubesats",
        "Egypt's third NileSight spacecraft reached orbit on the first attempt after a "
        "week-long weather delay",
        "By Daniel Okafor-Reyes",
        "",
    ),
    figure=_figure(
        "/uploads/nilesight-3-cleanroom.jpg",
        "NileSight-3 in the clean room",
        "NileSight-3 during final integration in the Egyptian Space Agency's clean room "
        "earlier this year.",
        "Image: Egyptian Space Agency",
    ),
    body=_paras([
        "A Long March 2D rocket launched from the Jiuquan Satellite Launch Centre at "
        "03:42 UTC on 12 November, carrying four satellites to a sun-synchronous orbit. "
        "The primary payload for this mission was Egypt's NileSight-3, an "
        "Earth-observation spacecraft built by the Egyptian Space Agency (EgSA).",
        "NileSight-3 separated roughly 12 minutes into the flight. According to EgSA, "
        "the agency's ground station at Egyptian Space City acquired the satellite's "
        "signal at 05:18 UTC, on its first pass over Egypt, about an hour and a half "
        "after liftoff.",
        "The spacecraft has a launch mass of 185 kg (408 lb) and was released into an "
        "orbit of about 535 km (332 miles) with an inclination of 97.5 degrees. Its "
        "imager has a ground resolution of 1.5 m in panchromatic mode and 5 m in four "
        "multispectral bands, across an 18 km swath. The design life is five years.",
        "That is a clear step up from NileSight-2, which launched in February 2023 with "
        "a mass of 160 kg and a 2 m panchromatic camera, and which is still operating "
        "beyond its planned three-year life.",
        "The mission's co-passengers were Huaxing-2A, a Chinese land-survey satellite of "
        "about 460 kg (1,014 lb), and two cubesats: DeltaCube-1, a 3U spacecraft of "
        "about 4 kg built by students at Delta University of Technology in Mansoura, "
        "and a Chinese university technology demonstrator. Huaxing Aerospace Services, "
        "which brokered the launch, said all four payloads reached their planned "
        "orbits.",
        "For EgSA, the headline is domestic content. Programme director Rania Fawzy told "
        "Orbital Ledger that about 60% of NileSight-3's subsystems, including the "
        "on-board computer, the power system and the structure, were made in Egypt. "
        "\"On NileSight-2 we were learning. On NileSight-3 we were leading,\" she said. "
        "\"The camera optics still come from a partner, and that is the next thing we "
        "want to bring home.\"",
        "Tamer Saad, EgSA's mission operations director, said the first weeks would be "
        "devoted to checking out the satellite's systems and calibrating the camera. "
        "\"We expect first-light images within about two weeks,\" he said.",
        "EgSA chief executive Sherif Abou El-Ela described the spacecraft as designed "
        "and integrated in Egypt by Egyptian engineers, calling that \"the real "
        "achievement\" of the mission. The agency puts the project's total cost, "
        "including launch, at about 2 billion Egyptian pounds, roughly $42 million at "
        "current exchange rates.",
        "The launch slipped by a week from its original date of 5 November because of "
        "high-altitude winds over Jiuquan. It was the 19th Long March 2D flight of "
        "2026.",
        "Orbital Ledger's own tally puts Chinese orbital launch attempts this year at "
        "72, of which 11 carried payloads for foreign customers.",
        "NileSight-3 will support agricultural monitoring, mapping of urban expansion, "
        "and coastal surveys along the Nile delta, where erosion and sea-level rise are "
        "a growing concern. EgSA has said it intends to distribute imagery to "
        "government ministries free of charge and to sell it commercially to regional "
        "customers.",
        "Next for EgSA: a small radar satellite, provisionally called NileSight-R, for "
        "which the agency says design reviews will be completed in 2027.",
    ]),
    share=["X", "Reddit", "LinkedIn", "Copy link"],
    newsletter=(
        "The Ledger: every launch, every week. Our free newsletter goes out on Sundays."
    ),
    aside_title="Recent launches",
    aside=[
        "Commercial rideshare carries 41 smallsats to sun-synchronous orbit, 10 Nov",
        "Ariane 6 flight VA268 deploys two Galileo satellites",
        "Kuaizhou-1A places three satellites in orbit",
        "India's PSLV deploys ocean-monitoring satellite",
        "Vega C returns to flight with Sentinel-1D",
    ],
    footer="© 2026 Orbital Ledger. Independent spaceflight reporting. All rights "
    "reserved.",
)

_RK_STORY = {
    "id": "rk-FB5",
    "part": "FB",
    "domain": "rocket",
    "fetched": "2026-11-14",
    "articles": [
        {"url": _RK1_URL, "html": _RK1_HTML},
        {"url": _RK2_URL, "html": _RK2_HTML},
        {"url": _RK3_URL, "html": _RK3_HTML},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-FB6 — Bouira province earthquake, Algeria (PLANTED 3)
# ---------------------------------------------------------------------------

_EQ1_URL = "https://www.mps-wire.example/en/algeria/earthquake-bouira-province-dead"
_EQ1_HTML = _page(
    site="Maghreb Press Service",
    url=_EQ1_URL,
    title="Earthquake in Algeria's Bouira province kills at least six | Maghreb Press "
    "Service",
    description=(
        "A strong earthquake struck near Ain Bessem before dawn on Thursday, killing at "
        "least six people, the civil protection service said."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "Earthquake in Algeria's Bouira province kills at least six",
        "2026-05-14T07:40:00+01:00",
        "2026-05-14T07:55:00+01:00",
        ["Karim Ait Ouarab"],
        "Maghreb Press Service",
        _EQ1_URL,
    ),
    nav=["Latest", "Algeria", "Maghreb", "Africa", "World", "Economy", "Sport"],
    cookie=(
        "We use cookies to ensure the proper functioning of the site and to produce "
        "audience statistics."
    ),
    header=_header(
        "Algeria",
        "Earthquake in Algeria's Bouira province kills at least six",
        "",
        "By Karim Ait Ouarab",
        "14 May 2026 – 07:40 (GMT+1)",
    ),
    figure=_figure(
        "/photos/2026/05/bouira-rubble-dawn.jpg",
        "Rescuers search rubble at dawn",
        "Civil protection rescuers search the rubble of a house near Ain Bessem at dawn "
        "on Thursday.",
        "MPS/Samir Boukerche",
    ),
    body=_paras([
        "ALGIERS, May 14 (MPS) - A strong earthquake struck Algeria's Bouira province "
        "before dawn on Thursday, killing at least six people and injuring 48, the civil "
        "protection service said, as rescuers searched collapsed houses in several "
        "villages.",
        "The quake hit at 3:47 a.m. (0247 GMT), with its epicentre about 9 km south-east "
        "of the town of Ain Bessem, according to Algeria's Centre for Research in "
        "Astronomy, Astrophysics and Geophysics (CRAAG), which measured its magnitude "
        "at 5.9.",
        "The U.S. Geological Survey put the magnitude at 5.7 and the depth at 12 km. "
        "CRAAG said the quake was shallow, at a depth of about 10 km.",
        "The tremor was felt in Algiers, about 100 km to the north-west, as well as in "
        "Medea, Tizi Ouzou and Bordj Bou Arreridj. Residents of the capital described "
        "being woken by shaking that lasted several seconds.",
        "\"The toll as of 7 a.m. is six dead and 48 injured, most of them lightly. Our "
        "teams are still searching under the rubble in the villages of El Hachimia and "
        "Ain El Hadjar,\" civil protection spokesman Lieutenant-Colonel Nassim Belhadj "
        "told MPS by telephone.",
        "He said more than 300 rescuers had been deployed from Bouira and neighbouring "
        "provinces, along with dog teams and heavy equipment.",
        "Most of the victims were killed when the roofs and walls of old stone and "
        "earth houses collapsed on them as they slept, according to local officials.",
        "\"We heard a huge noise, like a train passing under the house. Then the wall "
        "of the children's room fell,\" said Hocine, a farmer in El Hachimia, whose two "
        "sons were pulled out alive. \"We have been outside since then, nobody dares to "
        "go back inside.\"",
        "The health ministry said hospitals in Bouira and Sour El Ghozlane had been "
        "placed on an emergency footing and that surgical teams were being sent from "
        "Algiers. Roads to several villages were blocked by fallen rocks, slowing the "
        "arrival of rescue vehicles, and electricity was cut in parts of the province.",
        "CRAAG recorded several aftershocks, the strongest of magnitude 4.6 at 5:12 a.m. "
        "local time. The centre urged residents to avoid damaged buildings.",
        "The governor of Bouira province, Abdelkader Mekhloufi, said schools in the "
        "affected districts would be closed on Thursday and that tents were being sent "
        "to families whose homes were damaged. The Algerian Red Crescent said it had "
        "dispatched 500 tents and blankets from its warehouse in Algiers.",
        "Interior Minister Mourad Hamdi Zerrouki was expected to travel to the area "
        "later on Thursday, his ministry said.",
        "Northern Algeria lies on the boundary between the African and Eurasian "
        "tectonic plates and is regularly hit by earthquakes. In May 2003, a magnitude "
        "6.8 earthquake centred near Boumerdes, east of Algiers, killed more than 2,200 "
        "people and injured over 10,000.",
        "In August 2020, a magnitude 4.9 quake damaged hundreds of homes in the "
        "eastern city of Mila, but caused no deaths.",
        "(Reporting by Karim Ait Ouarab; Editing by Nadia Ferhat)",
    ]),
    share=["Facebook", "X", "LinkedIn", "Email"],
    newsletter="MPS Morning: the essential news from Algeria and the Maghreb, free, "
    "every day at 7 a.m.",
    aside_title="Most read",
    aside=[
        "Algeria's wheat harvest forecast at 4.1 million tonnes",
        "Oran port to handle 2 million containers by 2030",
        "Algiers club clinch league title with three games to spare",
        "Hajj 2026: 41,300 Algerian pilgrims to travel from 20 May",
        "Tunisia: magnitude 3.8 tremor felt in Kasserine on 2 May",
    ],
    footer="© 2026 Maghreb Press Service. All rights reserved.",
)

_EQ2_URL = "https://echoalgerie.example/direct/seisme-bouira-en-direct"
_EQ2_HTML = _page(
    site="Echo Algérie TV",
    url=_EQ2_URL,
    title="LIVE – Bouira earthquake: toll rises to 17 dead | Echo Algérie TV",
    description=(
        "Live: the latest on the earthquake that struck Bouira province overnight. "
        "Times are Algiers time."
    ),
    head_extra=_jsonld(
        "LiveBlogPosting",
        "LIVE – Bouira earthquake: toll rises to 17 dead",
        "2026-05-14T04:05:00+01:00",
        "2026-05-14T20:30:00+01:00",
        ["Sarah Benali", "Yacine Ouali"],
        "Echo Algérie TV",
        _EQ2_URL,
    ),
    nav=["Direct", "Actualité", "Algérie", "Monde", "Économie", "Sport", "Émissions"],
    cookie=(
        "Echo Algérie TV uses cookies to provide live video and measure audience. "
        "Accept?"
    ),
    header=_header(
        "EN DIRECT / LIVE",
        "Bouira earthquake: toll rises to 17 dead",
        "Times are Algiers time (GMT+1)",
        "Sarah Benali and Yacine Ouali",
        "Updated 20:30",
    ),
    figure=_figure(
        "/img/direct/bouira-tents-afternoon.jpg",
        "Tents set up for families",
        "Tents set up for families on the edge of El Hachimia on Thursday afternoon.",
        "Echo Algérie TV",
    ),
    body=_live([
        (
            "2026-05-14T20:30:00+01:00",
            "20:30",
            "Toll rises to 17 dead, 163 injured",
            [
                "The civil protection service says 17 people have died and 163 have been "
                "injured, 21 of them seriously. The interior ministry says 320 homes "
                "were damaged and 46 completely destroyed, according to a first "
                "assessment.",
                "CRAAG has now recorded 41 aftershocks since the main quake.",
            ],
        ),
        (
            "2026-05-14T18:15:00+01:00",
            "18:15",
            "Governor: tents for all families",
            [
                "The governor of Bouira, Abdelkader Mekhloufi, says tents have been "
                "delivered to all families whose homes are uninhabitable, and that a "
                "crisis cell is operating around the clock at the wilaya headquarters. "
                "Schools in the districts of Ain Bessem and El Hachimia will remain "
                "closed until further notice.",
            ],
        ),
        (
            "2026-05-14T16:50:00+01:00",
            "16:50",
            "Interior minister visits El Hachimia",
            [
                "Interior Minister Mourad Zerrouki has arrived in El Hachimia with the "
                "Bouira governor. \"The state will rebuild every house. No family will "
                "be left without shelter tonight,\" he told residents.",
            ],
        ),
        (
            "2026-05-14T15:20:00+01:00",
            "15:20",
            "Queues to give blood",
            [
                "Long queues have formed outside the hospital in Bouira, where the "
                "health directorate appealed for blood donors this morning. A nurse "
                "told our reporter that more than 300 people had donated since late "
                "morning.",
            ],
        ),
        (
            "2026-05-14T13:05:00+01:00",
            "13:05",
            "14 dead, 112 injured",
            [
                "New toll from the civil protection service: 14 dead and 112 injured.",
            ],
        ),
        (
            "2026-05-14T12:10:00+01:00",
            "12:10",
            "In El Hachimia: 'we dug with our hands'",
            [
                "Our reporter Yacine Ouali is in El Hachimia, where at least a dozen "
                "houses have collapsed. \"We dug with our hands until the rescuers "
                "arrived. We pulled out my uncle alive, but my aunt did not survive,\" "
                "said Kamel, 35.",
                "Civil protection teams with sniffer dogs are working on what remains "
                "of the old village centre, where most houses were built of stone and "
                "earth.",
            ],
        ),
        (
            "2026-05-14T10:35:00+01:00",
            "10:35",
            "Toll climbs to 11",
            [
                "Civil protection spokesman Lt-Col. Nassim Belhadj says 11 people are "
                "now confirmed dead and 87 injured. Search operations are continuing in "
                "four villages.",
                "Professor Yasmina Hadj-Ali, head of seismological monitoring at CRAAG, "
                "told our channel that 23 aftershocks had been recorded so far, the "
                "strongest of magnitude 4.6. \"Aftershocks are normal and will continue "
                "for several days. People must not return to cracked houses,\" she "
                "said.",
            ],
        ),
        (
            "2026-05-14T08:30:00+01:00",
            "08:30",
            "Schools closed",
            [
                "The education directorate says all schools in the districts of Ain "
                "Bessem, El Hachimia and Ain El Hadjar are closed today. Mock exams "
                "elsewhere in the province will go ahead as planned.",
            ],
        ),
        (
            "2026-05-14T07:10:00+01:00",
            "07:10",
            "Six dead, 48 injured",
            [
                "The civil protection service gives a first toll of six dead and 48 "
                "injured. Most of the victims were in villages around Ain Bessem.",
            ],
        ),
        (
            "2026-05-14T06:15:00+01:00",
            "06:15",
            "USGS estimate",
            [
                "The US Geological Survey has published its own estimate: magnitude "
                "5.7, at a depth of 12 kilometres. Estimates from different agencies "
                "often differ slightly in the first hours after a quake.",
            ],
        ),
        (
            "2026-05-14T05:20:00+01:00",
            "05:20",
            "Magnitude 5.4, says CRAAG",
            [
                "According to CRAAG, Algeria's seismology centre, the earthquake had a "
                "magnitude of 5.4 and its epicentre was located about 9 kilometres "
                "south-east of Ain Bessem, in Bouira province. The European centre EMSC "
                "puts it at 5.8.",
                "A strong aftershock was felt a few minutes ago, at 05:12.",
            ],
        ),
        (
            "2026-05-14T04:05:00+01:00",
            "04:05",
            "Strong earthquake felt in Algiers and several provinces",
            [
                "A strong earthquake was felt at 03:47 this morning in Algiers, Bouira, "
                "Médéa and Tizi Ouzou. Many residents rushed out into the streets. We "
                "are gathering information and will bring you updates throughout the "
                "day.",
                "Viewers in Bouira city have sent us videos showing fallen plaster, "
                "cracked walls and broken shop windows. In several neighbourhoods the "
                "electricity was cut immediately after the quake; repair teams from "
                "the electricity company are on their way.",
            ],
        ),
    ]),
    share=["Facebook", "X", "WhatsApp", "YouTube"],
    newsletter="Receive Echo Algérie TV breaking news alerts by email.",
    aside_title="Les plus vus / Most watched",
    aside=[
        "Ramadan ended on 19 March: our best moments",
        "Bejaia: 12-storey building evacuated after cracks appear",
        "Kabylie derby ends 1-1 in Tizi Ouzou",
        "Weather: 36 degrees expected in Chlef on Saturday",
        "Oil: Brent at $67 a barrel",
    ],
    footer="© Echo Algérie TV 2026. Tous droits réservés.",
    body_class="liveblog",
)

_EQ3_URL = "https://bouiradaily.example/en/earthquake-el-hachimia-toll-nineteen"
_EQ3_HTML = _page(
    site="Bouira Daily",
    url=_EQ3_URL,
    title="Earthquake: El Hachimia counts its dead, toll rises to 19 - Bouira Daily",
    description=(
        "The toll from Thursday's earthquake has risen to 19 dead and 171 injured. In "
        "El Hachimia, families spent the night in tents."
    ),
    head_extra='<meta name="author" content="Djamel Amrouche">\n',
    nav=["Home", "Bouira", "Kabylie", "Algeria", "Society", "Culture", "Sport"],
    cookie="Bouira Daily uses cookies. By continuing, you accept their use.",
    header=_header(
        "Bouira",
        "Earthquake: El Hachimia counts its dead, toll rises to 19",
        "Families spent the night in tents as aftershocks continued",
        "Djamel Amrouche, in El Hachimia",
        "Friday 15 May 2026",
    ),
    figure=_figure(
        "/images/el-hachimia-tents-night.jpg",
        "Families in tents at night",
        "Families spent Thursday night in tents set up on the football pitch in El "
        "Hachimia.",
        "Photo: Bouira Daily / Mourad Saadi",
    ),
    body=_paras([
        "The toll from the earthquake that struck our province before dawn on Thursday "
        "has risen to 19 dead and 171 injured, the civil protection service said on "
        "Friday morning, after a man died of his injuries at the Mohamed Boudiaf "
        "hospital in Bouira and the body of a woman was recovered from the rubble of "
        "her home in Ain El Hadjar.",
        "The earthquake, of magnitude 5.9 according to CRAAG, struck at 4:37 a.m. Its "
        "epicentre was about 9 kilometres south-east of Ain Bessem. It was followed by "
        "dozens of aftershocks, which continued through the night and kept most "
        "residents of the affected villages outdoors.",
        "In El Hachimia, the hardest-hit municipality, the football pitch has become a "
        "camp. Around 80 tents stand in rows, and volunteers from the Algerian Red "
        "Crescent distributed hot meals, milk and blankets until late at night.",
        "\"We have lost everything, the house, the furniture, the papers. But thank God "
        "the children are alive,\" said Fatiha, 43, sitting on a mattress in front of "
        "her tent with her three daughters. Her husband was one of the first to dig "
        "through the rubble of the neighbours' house with his bare hands.",
        "Seven of the dead came from El Hachimia alone, according to the municipal "
        "council. Among them were a couple in their seventies and their grandson, aged "
        "nine, whose funerals took place on Thursday afternoon in the presence of "
        "several hundred people.",
        "The updated damage assessment, published by the wilaya on Friday morning, "
        "counts 412 damaged homes, 58 of them completely destroyed. On Thursday "
        "evening, the first assessment had put the figures at 320 and 46. Teams of "
        "engineers from the CTC, the construction inspection body, began inspecting "
        "buildings on Friday to decide which ones can be reoccupied.",
        "The governor of Bouira, Abdelkader Mekhloufi, said on Thursday night that "
        "1,200 tents had been delivered and that a cell had been set up at the wilaya "
        "headquarters to coordinate aid. He also announced that exams at schools in "
        "the affected districts would be postponed by a week.",
        "Interior Minister Mourad Hamdi Zerrouki, who visited El Hachimia and Ain Bessem "
        "on Thursday afternoon, promised that the state would rebuild every destroyed "
        "house. \"No family will be left without a roof,\" he said.",
        "Many residents, however, expressed frustration at the slow arrival of heavy "
        "equipment in the more remote hamlets, where narrow tracks made access "
        "difficult. \"The bulldozer only came at noon. If it had come earlier, perhaps "
        "my cousin would still be alive,\" said Rabah, a young man in the hamlet of "
        "Ouled Ziane.",
        "Seismologists at CRAAG recorded 41 aftershocks by Thursday evening, the "
        "strongest of magnitude 4.6. They warned that further aftershocks were likely "
        "in the coming days and urged residents not to re-enter cracked buildings.",
        "Our province had not experienced such a deadly earthquake in living memory, "
        "although the 2003 Boumerdès earthquake, which killed more than 2,200 people, "
        "was strongly felt here.",
        "Blood donation points have been opened at the Bouira and Sour El Ghozlane "
        "hospitals. Donors are asked to bring an identity card.",
    ]),
    share=["Facebook", "WhatsApp", "X"],
    newsletter="Bouira Daily's morning newsletter: local news every day at 6 a.m.",
    aside_title="Most read",
    aside=[
        "Market prices: potatoes at 70 dinars a kilo",
        "Lakes of Tikjda: 5,000 visitors over the weekend",
        "RC Bouira promoted after 2-0 win",
        "New 240-bed hospital in Bouira to open in 2027",
        "Water: Tilesdit dam filled to 64%",
    ],
    footer="© Bouira Daily 2026 – All rights reserved.",
)

_EQ4_URL = "https://seismicwatchmed.example/events/2026-algeria-bouira-m5-9"
_EQ4_HTML = _page(
    site="Seismic Watch Mediterranean",
    url=_EQ4_URL,
    title="M5.9 earthquake in northern Algeria: what we know | Seismic Watch Mediterranean",
    description=(
        "A shallow reverse-faulting earthquake struck the Tell Atlas south-east of "
        "Algiers. Agency magnitudes, depth, aftershocks and context."
    ),
    head_extra=_jsonld(
        "NewsArticle",
        "M5.9 earthquake in northern Algeria: what we know",
        "2026-05-14T16:00:00Z",
        "2026-05-14T16:00:00Z",
        ["Dr. Elena Markou"],
        "Seismic Watch Mediterranean",
        _EQ4_URL,
    ),
    nav=["Events", "Maps", "Science", "Preparedness", "Data", "About"],
    cookie=(
        "This site uses only functional cookies and anonymous statistics. OK"
    ),
    header=_header(
        "Event report",
        "M5.9 earthquake in northern Algeria: what we know",
        "Shallow thrust event in the Tell Atlas; at least 14 dead according to the "
        "civil protection service",
        "Dr. Elena Markou",
        "14 May 2026, 16:00 UTC",
    ),
    figure=_figure(
        "/maps/bouira-2026-shakemap.png",
        "Shaking intensity map",
        "Estimated shaking intensity. Star: epicentre. Based on public agency data.",
        "Map: SWM",
    ),
    body=_paras([
        "A shallow earthquake struck northern Algeria at 02:47 UTC (03:47 local time) "
        "on 14 May 2026. The epicentre was located in Bouira province, near the town of "
        "Lakhdaria, roughly 100 km (about 62 miles) south-east of Algiers. At least 14 "
        "people have died and 112 have been injured, according to the Algerian civil "
        "protection service as of 13:00 local time.",
        "Magnitude estimates differ slightly between agencies, as is usual in the first "
        "hours. Algeria's national centre, CRAAG, reports a magnitude of 5.9. The "
        "European-Mediterranean Seismological Centre (EMSC) gives 5.8, and the U.S. "
        "Geological Survey reports a moment magnitude (Mw) of 5.7. These differences "
        "reflect different station networks and magnitude scales rather than any "
        "disagreement about the event itself.",
        "Depth estimates are also consistent with a shallow crustal event: CRAAG puts "
        "the hypocentre at about 10 km, the USGS at 12 km (7.5 miles). Shallow events "
        "of this size can produce strong shaking over a limited area, which matches the "
        "pattern of damage reported so far, concentrated in a handful of villages close "
        "to the epicentre.",
        "The USGS focal mechanism indicates reverse (thrust) faulting on a plane "
        "striking roughly north-east to south-west. That is typical of the Tell Atlas, "
        "where the slow convergence of the African and Eurasian plates, about 4 to 6 mm "
        "per year, is accommodated by folds and thrust faults running parallel to the "
        "coast.",
        "Aftershock activity has been vigorous but not unusual. CRAAG had recorded 23 "
        "aftershocks by late morning, the largest a magnitude 4.6 event at 05:12 local "
        "time. Statistically, there is a small but real chance of an aftershock "
        "comparable in size to the main shock over the coming days, and a near-certainty "
        "of many more magnitude 3 to 4 events.",
        "\"The sequence is behaving as we expect for a shallow thrust event in this "
        "region,\" Professor Yasmina Hadj-Ali, who heads seismological monitoring at "
        "CRAAG, told SWM. \"The most important message for residents is not to go back "
        "into buildings with visible cracks until engineers have checked them.\"",
        "The damage pattern reflects building vulnerability as much as the strength of "
        "shaking. Most of the fatalities occurred in older houses of stone or rammed "
        "earth with heavy roofs, which can collapse suddenly. Modern reinforced "
        "concrete buildings in Bouira city appear to have suffered mainly non-structural "
        "damage such as cracked infill walls and fallen plaster.",
        "Northern Algeria has a long record of damaging earthquakes. The 21 May 2003 "
        "Boumerdès earthquake (Mw 6.8), about 60 km north of today's event, killed more "
        "than 2,200 people and led to a major revision of the national seismic building "
        "code. The 1980 El Asnam earthquake (magnitude 7.1) destroyed much of the city "
        "now called Chlef.",
        "Residents near the epicentre reported intense shaking lasting 10 to 15 "
        "seconds. Several hundred felt reports have been submitted to EMSC, some from "
        "as far away as Bejaia and Medea.",
        "We will update this page as agencies revise their solutions and as more "
        "information on damage becomes available. Felt reports can be submitted to "
        "CRAAG or EMSC.",
    ]),
    share=["X", "Facebook", "Email", "Copy link"],
    newsletter=(
        "SWM Alerts: significant Mediterranean earthquakes summarised within hours. "
        "Free sign-up."
    ),
    aside_title="Recent events",
    aside=[
        "M4.8 Aegean Sea, 11 May 2026",
        "M5.1 eastern Türkiye, 7 May 2026: no casualties",
        "M4.3 Calabria, 3 May 2026",
        "Explainer: why magnitudes differ between agencies",
        "M6.0 off Crete, 22 April 2026",
    ],
    footer="© 2026 Seismic Watch Mediterranean. Educational use permitted with "
    "attribution.",
)

_EQ_STORY = {
    "id": "eq-FB6",
    "part": "FB",
    "domain": "earthquake",
    "fetched": "2026-05-16",
    "articles": [
        {"url": _EQ1_URL, "html": _EQ1_HTML},
        {"url": _EQ2_URL, "html": _EQ2_HTML},
        {"url": _EQ3_URL, "html": _EQ3_HTML},
        {"url": _EQ4_URL, "html": _EQ4_HTML},
    ],
    "planted": [
        ("time of the quake (03:47 vs 04:37 local)", r"\b0?3:47\b", r"\b0?4:37\b"),
        ("epicentre town (Ain Bessem vs Lakhdaria)", r"\ba[iï]n bessem\b", r"\blakhdaria\b"),
        ("CRAAG magnitude (5.9 vs 5.4)", r"\b5\.9\b", r"\b5\.4\b"),
    ],
}


STORIES: list[dict] = [_CB_STORY, _EL_STORY, _CT_STORY, _TR_STORY, _RK_STORY, _EQ_STORY]
