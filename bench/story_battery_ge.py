"""Story battery, part GE — Southern Africa (South Africa, Namibia, Botswana, Zambia, Mozambique, Malawi), events in 2026.

Written by engineer GE1 on 2026-12-07 for the twenty-sixth batch, a precision batch: most of
the differences between the outlets in each story are legitimate variation that a careful
editor would accept, and only the planted items are real contradictions. Everything below
(outlets, reporters, companies, most officials, all figures) is invented; real institutions
and places are used as settings only.

cb-GE1 (central bank) — CONTROL, no planted disagreement. The Bank of Zambia's Monetary
Policy Committee cuts the policy rate by 50 basis points from 14.50% to 14.00% on Wednesday
18 November 2026, announced at 10:00 CAT (08:00 GMT). Outlets: Zambezi Wire (wire, JSON-LD,
updated page), The Lusaka Ledger (Lusaka newspaper, next day, no machine-readable date),
AfriRates Monitor (specialist rates site, published in GMT). Traps: old vs new rate and a
background history of earlier rates (14.75% at the start of the year, May cut, August hold);
"14%" vs "14.00%" vs "14 per cent" and "half a percentage point" vs "50 basis points";
local time vs GMT; the governor as "Chanda Lungu", "Dr Chanda Mwiinga Lungu" and
"Chanda M. Lungu"; two different chief economists at two different banks; the governor's quote
in slightly different wordings; headline, food and non-food inflation (9.8%, 11.3%, 7.9%)
next to the 7.9% twelve-month-ahead forecast; forecasts (averages for 2026/2027, target band
by Q3 2027) vs actuals; growth forecast by the bank (6.2%, raised from 5.7%) vs the IMF
(5.8%); kwacha quotes at different times (22.38, 22.41, "about K22.40"); kwacha vs dollar for
the K10bn facility; two different analyst polls (wire poll of six vs specialist survey of 11);
ex-post vs ex-ante real rates; the average commercial lending rate (24.7%) next to the policy
rate; sidebars with other central banks' rates and other figures.

el-GE2 (election) — CONTROL, no planted disagreement. Parliamentary by-election in Zomba
Central, Malawi, on Tuesday 13 October 2026; result declared by the returning officer at 16:30
CAT (14:30 GMT/UTC) on Wednesday 14 October. Outlets: SVB News (broadcaster live page with
timestamped updates through the night), Pan-African News Wire (wire, JSON-LD), The Zomba
Chronicle (local newspaper, two days after polling day, no machine-readable date), Election Watch
Southern Africa (specialist analysis). Traps: provisional partial counts from 38 and 44 of 45
centres at stated times vs the final count; percentages of valid votes rounded differently
(47.56% / 47.6% / "nearly 48 per cent"); turnout including rejected ballots (54.25%, rounded
to 54.2%, "about 54 per cent") vs valid votes as a share of the register (53.54%); the 2025
general-election turnout (71.3%) and the late MP's 2025 share (52.1%) as background; the
winner with and without her middle name; the wire naming only the top two candidates; the
MEC chairperson, a commissioner, the chief elections officer and the returning officer as
different people with similar roles; the winner's quote given as one or two sentences; an
observer group's parallel tabulation estimate vs the official result; the loser's agent's
complaint in the morning vs his acceptance in the evening; cost in kwacha and in dollars;
other dates (swearing-in on 2 November, December ward by-elections).

ct-GE3 (court) — PLANTED (3). The Constitutional Court of South Africa, on Thursday
14 May 2026, confirms the invalidity of a (fictional) water-disconnection provision, 8-3,
with Justice Sipho (Bongani) Mathebula for the majority and Justice Anneke van der Walt
dissenting with two colleagues. Outlets: Southern Cross Wire (wire, JSON-LD), Jozi 24 News
(broadcaster explainer), Highveld Daily (newspaper, next day, no machine-readable date),
Bench & Bar Law Report (legal specialist case note). Planted: (1) the vote split — Highveld
Daily says 7-4 against 8-3 ("eight to three") elsewhere; (2) the title of minister Thandiwe
Mokoena — the wire calls her Cooperative Governance Minister against Minister of Water and
Sanitation elsewhere; (3) the date of the judgment — Jozi 24 says it was handed down on
12 May against 14 May elsewhere. Traps: "24 months" vs "two years"; 25 litres per person per
day vs 6,000 litres / 6 kilolitres per household per month; R3.6 billion vs $196 million;
the applicants' 41,000 households (2023-2025, three metros) vs the department's 29,500
accounts (2024/25), attributed to different bodies; the High Court ruling (3 September 2025)
and the hearing (19 February 2026) as earlier events with their own dates; the judge's name
with and without middle name and as "Mathebula J"; counsel for each side as different
people with similar roles; the majority's key quote in slightly different wordings; 10:00 local
time vs 0800 GMT; municipal debt and other figures in background and sidebars.

tr-GE4 (trade) — PLANTED (3). The Zambia Statistics Agency releases October 2026 trade
figures on Thursday 26 November 2026 (exports K38.1bn, imports K33.7bn, surplus K4.4bn;
Switzerland the largest destination). Outlets: Kwacha Markets Wire (wire, JSON-LD), The Ndola
Courier (Copperbelt newspaper, next day, no machine-readable date), MetalTrade Africa (metals
specialist, dollar figures, GMT). Planted: (1) the value of exports — the Courier says
K31.8 billion against K38.1 billion elsewhere; (2) the largest export destination —
MetalTrade Africa says China (swapping the shares with Switzerland) against Switzerland
elsewhere; (3) the outcome of the trade balance — the wire reports a deficit against a
surplus elsewhere. Traps: kwacha vs dollar conversions; September figures revised (exports
K35.9bn to K35.4bn, surplus K3.1bn to K2.8bn); month-on-month (7.6%) vs year-on-year (14.4%)
growth; total vs domestic exports vs re-exports; metal products' share 71.2% (and 72.5% in
September) vs "71%"; copper price per tonne vs per pound; Chamber of Mines production figures
and the 3-million-tonne target as a different measure from a different body; analysts' expected
figure vs actual; the statistician general with and without "interim" and middle name; local
time vs GMT; November release date as a future event.

rk-GE5 (rocket) — CONTROL, no planted disagreement. Southern Sky Aerospace's Impala-2
hybrid sounding rocket lifts off from the Denel Overberg Test Range near Arniston on Tuesday
15 September 2026 at 11:42 SAST (09:42 UTC) after a weather hold from the planned 09:00 and
reaches 104.6 km. Outlets: Cape Coast News (broadcaster live page, SAST timestamps), Orbital
Frontier (space specialist, UTC, JSON-LD), Overberg Gazette (local newspaper, next day, no
machine-readable date). Traps: planned vs actual launch time and SAST vs UTC; the target
altitude (about 100 km), a preliminary figure (about 103 km, flagged as preliminary at 12:05)
and the confirmed figure (104.6 km, 65.0 miles, "just over 104 km"); km vs miles, kg vs lb,
metres vs feet, km/h vs mph; the CEO with and without middle name; the company's CEO,
SANSA's CEO, the chief engineer and the flight director as different people with similar
roles; the earlier Impala-1 flight (37 km, November 2025) as background; rand vs dollar;
the safety-zone hours vs the launch window; sidebars with other launches and figures.

eq-GE6 (earthquake) — PLANTED (3). An earthquake beneath Lake Malawi about 28 km
east-north-east of Nkhotakota on Sunday 15 March 2026 at 14:37 CAT (12:37 UTC); USGS Mw 6.0
at 10 km depth. Outlets: Lakeshore Radio Malawi (broadcaster live page), Rift Press Agency
(wire, JSON-LD, Monday morning), The Lilongwe Tribune (newspaper, Monday, no
machine-readable date), QuakeWatch Africa (seismology specialist, UTC). Planted: (1) the USGS
depth — the Tribune says 35 km against 10 km elsewhere; (2) the surname of disaster management
commissioner Chikondi Kalilombe — QuakeWatch Africa spells it Kalilombwe; (3) the weekday —
the wire says the quake struck on Saturday against Sunday elsewhere. Traps: magnitudes by
agency (USGS 6.0, GFZ 5.8, local ML 5.9) and the USGS revision from an initial 6.2; GFZ
depth 12 km vs USGS 10 km (6.2 miles); a toll that grows across pages with times (at least
three by 17:45, six and 41 injured by about 21:00, seven and 58 injured on Monday morning);
DoDMA's 1,240 houses vs the Red Cross's more than 1,500 households; local time vs UTC
(including the 16:02 / 14:02 UTC aftershock); km vs miles; aftershock counts growing over
time; the district commissioner and the national disaster commissioner as different people with
similar titles; kwacha vs dollar relief funds; the 2009 Karonga and 2006 Machaze earthquakes
as background with their own dates and magnitudes.
"""

from __future__ import annotations

import html
import json


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _body(paragraphs: list[str]) -> str:
    out = []
    for para in paragraphs:
        if para.startswith("### "):
            out.append(f'<h3 class="update-stamp">{_e(para[4:])}</h3>')
        elif para.startswith("## "):
            out.append(f"<h2>{_e(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{_e(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_e(para)}</p>")
    return "\n".join(out)


def _page(
    *,
    site: str,
    url: str,
    title: str,
    description: str,
    section: str,
    nav: list[str],
    headline: str,
    standfirst: str,
    byline: str,
    paragraphs: list[str],
    sidebar_title: str,
    sidebar: list[str],
    caption: str,
    newsletter: str,
    footer: str,
    published: str | None = None,
    modified: str | None = None,
    json_ld: bool = False,
    visible_date: str | None = None,
    lang: str = "en-GB",
) -> str:
    """Build one whole page around article text that is written out in full."""
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_a(url)}">',
        '<link rel="stylesheet" href="/static/css/site.css">',
    ]
    if published and not json_ld:
        head.append(f'<meta property="article:published_time" content="{_a(published)}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{_a(modified)}">')
        head.append(f'<meta property="article:section" content="{_a(section)}">')
    if published and json_ld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published,
            "dateModified": modified or published,
            "articleSection": section,
            "author": {"@type": "Person", "name": byline.removeprefix("By ")},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">\n{blob}\n</script>')
    if published:
        stamp = f'<time class="pubdate" datetime="{_a(published)}">{_e(visible_date or "")}</time>'
    elif visible_date:
        stamp = f'<span class="pubdate">{_e(visible_date)}</span>'
    else:
        stamp = ""
    nav_html = "\n".join(f'<li><a href="#">{_e(item)}</a></li>' for item in nav)
    side_html = "\n".join(f'<li><a href="#">{_e(item)}</a></li>' for item in sidebar)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{chr(10).join(head)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to improve your experience, measure audiences and show relevant adverts.
By clicking Accept all you agree to our use of cookies.</p>
<button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<header class="masthead">
<div class="logo"><a href="/">{_e(site)}</a></div>
<nav aria-label="Main"><ul>
{nav_html}
</ul></nav>
<form class="search" role="search"><input type="search" placeholder="Search"></form>
</header>
<main id="main">
<article>
<div class="kicker">{_e(section)}</div>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="byline">{_e(byline)}</span> {stamp}</div>
<div class="share" aria-label="Share this article">
<a href="#">Share on WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a> <button type="button">Copy link</button>
</div>
<figure class="lead-image">
<img src="/media/lead.jpg" alt="">
<figcaption>{_e(caption)}</figcaption>
</figure>
<div class="article-body">
{_body(paragraphs)}
</div>
<div class="share share-bottom"><a href="#">Share</a> <a href="#">Print</a></div>
</article>
<aside class="newsletter">
<h2>Newsletter</h2>
<p>{_e(newsletter)}</p>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form>
</aside>
<aside class="sidebar">
<h2>{_e(sidebar_title)}</h2>
<ol>
{side_html}
</ol>
</aside>
</main>
<footer>
<ul><li><a href="#">About us</a></li><li><a href="#">Contact</a></li>
<li><a href="#">Privacy policy</a></li><li><a href="#">Cookie settings</a></li>
<li><a href="#">Terms of use</a></li></ul>
<p>{_e(footer)}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# cb-GE1  Bank of Zambia rate decision (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE_URL = (
    "https://www.zambeziwire.example/markets/zambia-central-bank-cuts-policy-rate-to-14-pct"
)

_CB_WIRE = _page(
    site="Zambezi Wire",
    url=_CB_WIRE_URL,
    title=(
        "UPDATE 2-Zambia's central bank cuts policy rate to 14% as inflation eases | Zambezi Wire"
    ),
    description=(
        "Bank of Zambia lowers its policy rate by 50 basis points, citing faster disinflation and "
        "a steady kwacha."
    ),
    section="Markets",
    nav=["Home", "Markets", "Africa", "Commodities", "Currencies", "Politics", "Companies"],
    headline="UPDATE 2-Zambia's central bank cuts policy rate to 14% as inflation eases",
    standfirst=(
        "Cut of 50 basis points is larger than most analysts expected; governor says policy stays "
        "restrictive."
    ),
    byline="By Chileshe Mulenga",
    published="2026-11-18T10:24:00+02:00",
    modified="2026-11-18T12:10:00+02:00",
    json_ld=True,
    visible_date="November 18, 2026 10:24 AM CAT (updated 12:10 PM)",
    paragraphs=[
        (
            "LUSAKA, Nov 18 (Zambezi Wire) - Zambia's central bank cut its benchmark policy rate "
            "by 50 basis points to 14.00% on Wednesday, its first reduction since May, saying "
            "inflation was falling faster than it had expected and the kwacha had held steady "
            "against the dollar."
        ),
        (
            "The Bank of Zambia's Monetary Policy Committee lowered the rate from 14.50%, the "
            "level at which it had held it at its August meeting. Five of six economists polled "
            "by Zambezi Wire last week had forecast a cut, although most of them expected a "
            "smaller move of 25 basis points."
        ),
        (
            "“The committee judged that the disinflation process is now firmly established, and "
            "this gives room to lower the policy rate while keeping it restrictive,” Governor "
            "Chanda Lungu told a news conference in Lusaka that began at 10:00 local time (0800 "
            "GMT)."
        ),
        (
            "Annual inflation slowed to 9.8% in October from 10.6% in September, according to the "
            "Zambia Statistics Agency, the lowest reading in nearly three years. Food prices, "
            "which surged after the 2024 drought wiped out much of the maize harvest, have eased "
            "steadily since a bumper crop came in this year."
        ),
        (
            "The central bank now projects that inflation will return to its 6-8% target band in "
            "the third quarter of 2027, two quarters earlier than it projected in August. It "
            "expects inflation to average 10.9% in 2026 and 7.6% in 2027."
        ),
        (
            "Lungu said the committee had also considered leaving the rate unchanged but "
            "concluded that real interest rates would remain “well into positive territory” even "
            "after the cut. The bank does not disclose how individual committee members vote."
        ),
        (
            "The statutory reserve ratio on commercial banks' kwacha deposits was left unchanged "
            "at 26%."
        ),
        (
            "The kwacha was little changed after the announcement, trading at 22.41 per dollar at "
            "1100 GMT compared with 22.38 shortly before the decision. The currency has gained "
            "about 4% since the start of the year, helped by higher copper prices and by foreign "
            "inflows into local-currency government bonds."
        ),
        (
            "Mutale Phiri, chief economist at Kafue Capital in Lusaka, said the size of the cut "
            "showed the bank was prepared to move faster than the market had assumed. “Fifty "
            "basis points tells you they are confident. I would not be surprised to see another "
            "50 in February if food prices behave,” Phiri said."
        ),
        (
            "Grace Nkonde, chief economist at Copperbelt Trust Bank, was more cautious, noting "
            "that the average lending rate charged by commercial banks was still 24.7% in "
            "October. “Borrowers will not feel this for a while. Lending rates move slowly, and "
            "the gap between the policy rate and what a small business pays is still enormous,” "
            "she said."
        ),
        (
            "The bank raised its forecast for economic growth this year to 6.2% from 5.7%, citing "
            "the recovery in agriculture, better electricity supply from the Kariba and Kafue "
            "Gorge hydropower stations and higher copper output. The International Monetary Fund, "
            "in its October World Economic Outlook, projected growth of 5.8% for Zambia in 2026."
        ),
        (
            "Gross international reserves stood at $5.1 billion at the end of October, equivalent "
            "to 4.6 months of import cover, Lungu said."
        ),
        (
            "The committee also extended by 12 months a targeted medium-term refinancing facility "
            "of 10 billion kwacha ($446 million) for banks lending to agriculture and "
            "manufacturing."
        ),
        (
            "The policy rate stood at 14.75% at the start of the year before a 25 basis-point cut "
            "in May. The bank had raised rates repeatedly in 2024 and early 2025 as the drought "
            "pushed up food prices and the kwacha weakened."
        ),
        (
            "“Inflation risks remain, especially from food and fuel prices, and the committee "
            "stands ready to act if those risks materialise,” Lungu said."
        ),
        "The next Monetary Policy Committee meeting is scheduled for February 10-11, 2027.",
        (
            "(Reporting by Chileshe Mulenga; Additional reporting by Tendai Moyo in Johannesburg; "
            "Editing by Tom Ashworth)"
        ),
    ],
    caption=(
        "The Bank of Zambia headquarters in Lusaka, Zambia, in a file photo. Zambezi Wire/Kelvin "
        "Mwanza"
    ),
    sidebar_title="More from Markets",
    sidebar=[
        "South Africa's rand firms to 17.92 per dollar ahead of Reserve Bank decision",
        "Bank of Namibia holds repo rate at 6.75% for third straight meeting",
        "Copper climbs to $11,240 a tonne on Chinese stimulus hopes",
        "Zambia sells 2.1 billion kwacha of 10-year bonds at 18.9% yield",
        "Malawi kwacha devaluation fears grow as reserves cover falls to 0.8 months",
    ],
    newsletter="Get the Africa Markets Briefing in your inbox every weekday at 6 a.m. GMT.",
    footer="© 2026 Zambezi Wire. All quotes delayed a minimum of 15 minutes. All rights reserved.",
)

_CB_LEDGER_URL = "https://www.lusakaledger.example/business/boz-cuts-policy-rate-half-point"

_CB_LEDGER = _page(
    site="The Lusaka Ledger",
    url=_CB_LEDGER_URL,
    title="BoZ slashes policy rate to 14 per cent - The Lusaka Ledger",
    description="Central bank cites easing inflation; borrowers told relief will take time.",
    section="Business",
    nav=["News", "Business", "Politics", "Copperbelt", "Sport", "Opinion", "Features", "E-Paper"],
    headline="BoZ slashes policy rate to 14 per cent",
    standfirst="Central bank cites easing inflation; borrowers told relief will take time",
    byline="By MWILA CHANSA, Business Editor",
    visible_date="Thursday, 19 November 2026",
    paragraphs=[
        (
            "THE Bank of Zambia (BoZ) yesterday reduced the Monetary Policy Rate by half a "
            "percentage point to 14 per cent, saying inflation had slowed enough to allow some "
            "relief for borrowers while keeping a firm grip on prices."
        ),
        (
            "Announcing the decision at the central bank's head office on Cairo Road at 10 "
            "o'clock yesterday morning, Governor Dr Chanda Mwiinga Lungu said the Monetary Policy "
            "Committee (MPC) had resolved to cut the rate from 14.5 per cent after annual "
            "inflation fell for the sixth consecutive month."
        ),
        (
            "“The disinflation process is now firmly established. This gives us room to lower the "
            "policy rate while keeping it restrictive,” Dr Lungu told journalists, bankers and "
            "diplomats gathered for the quarterly briefing."
        ),
        (
            "Figures released by the Zambia Statistics Agency (ZamStats) at the end of October "
            "show that annual inflation dropped to 9.8 per cent in October from 10.6 per cent in "
            "September. Food inflation eased to 11.3 per cent while non-food inflation slowed to "
            "7.9 per cent, with the price of a 25-kilogramme bag of breakfast mealie meal falling "
            "in most districts."
        ),
        (
            "Dr Lungu said the central bank now expected inflation to return to the 6 to 8 per "
            "cent target band by the third quarter of 2027. He said the outlook was helped by a "
            "good harvest, a more stable kwacha and improved power supply after the rains "
            "refilled Lake Kariba."
        ),
        (
            "The kwacha, which traded at about K22.40 to the US dollar on Wednesday, has "
            "appreciated by about four per cent since January. Dr Lungu said gross international "
            "reserves had risen to about US$5.1 billion, or 4.6 months of import cover."
        ),
        (
            "The MPC also kept the statutory reserve ratio at 26 per cent and extended the K10 "
            "billion targeted medium-term refinancing facility, which gives commercial banks "
            "cheaper funds to lend to farmers and manufacturers, by another year."
        ),
        (
            "But business leaders said the relief would take time to reach ordinary borrowers. "
            "Commercial banks' average lending rate stood at 24.7 per cent in October, and some "
            "microfinance lenders charge well above 40 per cent a year, according to consumer "
            "groups."
        ),
        (
            "Zambia Consumer Rights Forum executive director Bwalya Kasonde said banks must pass "
            "on the cut quickly. “When the policy rate goes up, lending rates go up the very next "
            "week. When it comes down, we are told to be patient. That is not fair to the small "
            "trader at Soweto Market,” she said."
        ),
        (
            "Zambia Association of Manufacturers president Peter Chitalu welcomed the decision as "
            "“a step in the right direction” but said the cost of borrowing remained the single "
            "biggest obstacle for local factories. “At these rates, nobody borrows to build a new "
            "production line. We need lending rates below 20 per cent,” he said."
        ),
        (
            "Kafue Capital chief economist Mutale Phiri described the 50 basis point cut as a "
            "bold but justified step, and said the market would now watch whether the central "
            "bank followed up with another reduction at its next meeting in February."
        ),
        (
            "Dr Lungu said the MPC had raised its projection for economic growth this year to 6.2 "
            "per cent, from 5.7 per cent, on the back of higher copper production and the "
            "recovery in agriculture."
        ),
        (
            "He cautioned that the committee would not hesitate to reverse course if inflation "
            "pressures returned, pointing to risks from fuel prices and from possible dry spells "
            "during the current rainy season."
        ),
        (
            "“We will not undo the hard work of the last two years. If the risks we have outlined "
            "materialise, the committee stands ready to act,” he said."
        ),
        (
            "The policy rate was 14.75 per cent at the beginning of 2026. The MPC cut it to 14.5 "
            "per cent in May and left it unchanged in August."
        ),
    ],
    caption=(
        "Bank of Zambia Governor Dr Chanda Mwiinga Lungu addresses the media in Lusaka yesterday. "
        "Picture by JOSEPH ZULU"
    ),
    sidebar_title="Most Read",
    sidebar=[
        "Mopani output up 18% as new shaft opens",
        "ZESCO cuts load-shedding to eight hours a day from Monday",
        "Chipolopolo beat Malawi 2-1 in Ndola friendly",
        "ERB raises petrol price by K1.35 per litre from midnight",
        "Council gives Kamwala traders 14 days to relocate",
    ],
    newsletter="Sign up for the Ledger Business Brief, delivered every weekday morning.",
    footer="© 2026 The Lusaka Ledger Ltd. Plot 2211, Cairo Road, Lusaka. All rights reserved.",
)

_CB_RATES_URL = "https://afrirates.example/zambia/boz-mpc-november-2026-50bp-cut"

_CB_RATES = _page(
    site="AfriRates Monitor",
    url=_CB_RATES_URL,
    title="Zambia: BoZ delivers 50bp cut to 14.00%, bigger than consensus | AfriRates Monitor",
    description=(
        "The Bank of Zambia cut its monetary policy rate by 50bp to 14.00%. We look at the real "
        "rate, the curve and the outlook."
    ),
    section="Central Banks",
    nav=["Dashboard", "Central Banks", "FX", "Local Bonds", "Eurobonds", "Calendar", "Research"],
    headline="Zambia: BoZ delivers 50bp cut to 14.00%, bigger than consensus",
    standfirst=(
        "The Monetary Policy Committee moved faster than the market expected, but the real policy "
        "rate stays high."
    ),
    byline="By Sarah Whitcombe, Senior Rates Analyst",
    published="2026-11-18T09:05:00+00:00",
    visible_date="18 Nov 2026, 09:05 GMT",
    paragraphs=[
        (
            "The Bank of Zambia (BoZ) cut its Monetary Policy Rate (MPR) by 50 basis points to "
            "14.00% at the conclusion of its November meeting, with Governor Chanda M. Lungu "
            "announcing the decision at 08:00 GMT. The move was larger than the consensus in our "
            "survey of 11 analysts last week, which produced a median forecast of a 25bp cut to "
            "14.25%. Three respondents expected no change and two correctly forecast 50bp."
        ),
        (
            "The committee's statement said the decision reflected a faster-than-projected "
            "decline in inflation, a more stable exchange rate and an improved outlook for food "
            "supply. Lungu said the disinflation process was “now firmly established” and that "
            "policy would remain restrictive after the cut."
        ),
        "## The numbers",
        (
            "Headline inflation was 9.8% year on year in October, down from 10.6% in September. "
            "The BoZ now sees inflation back inside its 6-8% target band in Q3 2027, compared "
            "with Q1 2028 in the August Monetary Policy Statement. Its new average forecasts are "
            "10.9% for 2026 and 7.6% for 2027."
        ),
        (
            "On an ex-post basis, the real policy rate falls from 3.9 percentage points to 4.2 "
            "points after the cut, because inflation has fallen faster than the MPR. On an "
            "ex-ante basis, using the BoZ's own forecast of 7.9% inflation twelve months ahead, "
            "the real rate is about 6.1 points. Either way, Zambia's real rate remains one of the "
            "highest among the frontier markets we cover."
        ),
        (
            "The statutory reserve ratio stays at 26%, which tells us the BoZ is easing the price "
            "of money but not yet its quantity. The K10bn (roughly $446m) targeted medium-term "
            "refinancing facility has been extended for another year."
        ),
        "## Market reaction",
        (
            "The kwacha barely moved, trading between 22.36 and 22.42 per dollar in the two hours "
            "after the announcement. On the local curve, the 10-year government bond yield fell "
            "about 30bp to 18.60% in early trade, and bids at next week's auction are likely to "
            "come in lower. Zambia's dollar bonds due 2033 were little changed."
        ),
        (
            "Gross international reserves were $5.1bn at end-October, 4.6 months of import cover, "
            "according to the governor. That cushion, together with copper near $11,000 a tonne, "
            "is what gives the committee confidence that a cut will not trigger a sell-off in the "
            "currency."
        ),
        "## What the analysts say",
        (
            "Mutale Phiri, chief economist at Kafue Capital, told us: “Fifty basis points tells "
            "you they are confident. I would not be surprised to see another 50 in February if "
            "food prices behave.”"
        ),
        (
            "Olumide Adeyemi, sub-Saharan Africa economist at Harrowgate & Finch in London, was "
            "less convinced that a second large cut would follow. “The BoZ has spent two years "
            "rebuilding credibility. I think they will want to see the January and February "
            "inflation prints, which carry a lot of seasonal food pressure, before moving again,” "
            "he said. He expects a 25bp cut in February and a terminal rate of 12.50% by the end "
            "of 2027."
        ),
        "## Regional context",
        (
            "The Zambian cut comes a week after the Bank of Namibia held its repo rate at 6.75% "
            "and a day before the South African Reserve Bank announces its own decision. The Bank "
            "of Botswana's Monetary Policy Rate has been at 3.50% since its October meeting, "
            "while the Reserve Bank of Malawi kept its policy rate at 26.0% in its most recent "
            "decision."
        ),
        (
            "Commercial lending rates remain the main transmission problem. The average lending "
            "rate in Zambia was 24.7% in October, roughly 10 percentage points above the MPR, a "
            "spread that has barely narrowed during the easing cycle."
        ),
        "## Our view",
        (
            "We bring forward our forecast for the next 25bp cut to February 2027 and now see the "
            "MPR at 13.25% by the end of next year. The main risk to that call is a poor rainy "
            "season, which would push food prices back up in the second quarter."
        ),
        "The next MPC announcement is scheduled for 11 February 2027.",
    ],
    caption=(
        "Chart: Bank of Zambia policy rate and annual CPI inflation, January 2024 to October "
        "2026. Source: BoZ, ZamStats, AfriRates Monitor"
    ),
    sidebar_title="Related",
    sidebar=[
        "Bank of Namibia holds at 6.75%: statement highlights",
        "Preview: SARB seen cutting 25bp to 6.50% on Thursday",
        "Malawi: RBM keeps policy rate at 26.0% despite 27.3% inflation",
        "Botswana: BoB trims MoPR to 3.50%",
        "Calendar: Africa central bank decisions, December 2026",
    ],
    newsletter=(
        "AfriRates Daily: one email, every central bank decision and auction result across "
        "Africa."
    ),
    footer="© 2026 AfriRates Monitor. For professional investors only. Not investment advice.",
)

STORY_CB = {
    "id": "cb-GE1",
    "part": "GE",
    "domain": "central bank",
    "fetched": "2026-11-20",
    "articles": [
        {"url": _CB_WIRE_URL, "html": _CB_WIRE},
        {"url": _CB_LEDGER_URL, "html": _CB_LEDGER},
        {"url": _CB_RATES_URL, "html": _CB_RATES},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-GE2  Zomba Central parliamentary by-election, Malawi (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE_URL = "https://news.svb.example/live/zomba-central-by-election-results"

_EL_LIVE = _page(
    site="SVB News",
    url=_EL_LIVE_URL,
    title="LIVE: Zomba Central by-election results as they come in | SVB News",
    description=(
        "Follow the count in the Zomba Central parliamentary by-election with live updates from "
        "the tally centre."
    ),
    section="Live",
    nav=["Home", "Malawi", "Live", "Politics", "Business", "Sport", "Radio", "TV"],
    headline="LIVE: Zomba Central by-election results",
    standfirst=(
        "Four candidates are contesting the seat left vacant by the death of MP Patrick Kalua in "
        "July. Updates in Malawi time (CAT)."
    ),
    byline="By SVB News live team: Chimwemwe Phiri and Thandizo Nyirenda",
    published="2026-10-13T17:00:00+02:00",
    modified="2026-10-14T16:52:00+02:00",
    visible_date="Last updated Wednesday 14 October, 16:52",
    paragraphs=[
        "### Wednesday 16:52 - Kachingwe declared winner",
        (
            "Constituency returning officer Lusungu Ngwira has declared Esther Kachingwe of the "
            "Malawi Renewal Movement (MRM) the winner of the Zomba Central by-election. The "
            "declaration was made at 16:30 at the tally centre in the Zomba City Council "
            "chambers."
        ),
        (
            "The final figures from all 45 polling centres are: Esther Kachingwe (MRM) 14,832; "
            "Yohane Gondwe (Democratic Unity Party) 11,907; Francis Chirwa (independent) 3,418; "
            "Alinafe Mkandawire (People's Liberation Front) 1,026. There were 412 null and void "
            "ballots."
        ),
        (
            "Ngwira said 31,595 of the constituency's 58,240 registered voters cast ballots, a "
            "turnout of 54.2 per cent."
        ),
        (
            "Speaking to SVB moments after the declaration, Kachingwe said: “This victory belongs "
            "to the people of Zomba Central, who have chosen roads, water and jobs over empty "
            "promises.”"
        ),
        "### Wednesday 16:10 - Final tally being verified",
        (
            "The Malawi Electoral Commission says results from the last polling centre, "
            "Likangala, have arrived and the constituency tally is being checked before the "
            "declaration. Party monitors are inside the tally room."
        ),
        "### Wednesday 09:40 - 44 of 45 centres counted",
        (
            "With results from 44 of the 45 polling centres now entered at the tally centre, the "
            "running totals are: Kachingwe 14,511; Gondwe 11,702; Chirwa 3,352; Mkandawire 1,004."
        ),
        (
            "Gondwe's chief agent, Mercy Kumwenda, told SVB the party had raised concerns about "
            "result sheets from two centres, Chinamwali and Mpira, which she said had not been "
            "signed by all party monitors. The commission said it would review the sheets before "
            "the final declaration."
        ),
        "### Wednesday 06:55 - Commission says polling was largely peaceful",
        (
            "Malawi Electoral Commission chairperson Justice Tamara Mhango told SVB's breakfast "
            "programme that voting had gone “largely peacefully” apart from a late start at three "
            "centres, where polling opened about an hour late because ballot boxes had been "
            "delivered to the wrong stream. Voting at those centres was extended to make up the "
            "lost time."
        ),
        "### Wednesday 02:15 - Partial results from 38 centres",
        (
            "Provisional figures posted on the board at the tally centre, covering 38 of the 45 "
            "polling centres: Kachingwe 12,506; Gondwe 10,114; Chirwa 2,870; Mkandawire 861. "
            "These figures are not final and will change as more centres report."
        ),
        "### Tuesday 21:30 - Counting under way",
        (
            "Counting is under way at all polling centres, with presiding officers reading out "
            "each ballot in front of party monitors and observers. Result sheets will be taken to "
            "the constituency tally centre, where the returning officer will add them up."
        ),
        "### Tuesday 18:05 - Polls close",
        (
            "Polls closed at 18:00, the commission says, although voters who were already in the "
            "queue at closing time are being allowed to cast their ballots."
        ),
        "### Tuesday 17:00 - Welcome",
        (
            "Welcome to our live coverage of the Zomba Central parliamentary by-election. Voting "
            "began at 06:00 this morning at 45 polling centres across the constituency, which "
            "includes the old colonial capital's central business district, Chinamwali and the "
            "townships on the slopes of Zomba Plateau."
        ),
        (
            "The seat fell vacant when Patrick Kalua, who had represented the constituency since "
            "2019, died in July after a short illness. Four candidates are on the ballot. Stay "
            "with us through the night for results as they are posted at the tally centre."
        ),
    ],
    caption=(
        "Voters queue at Zomba Catholic Primary School polling centre on Tuesday morning. "
        "SVB/Kondwani Mbewe"
    ),
    sidebar_title="Also on SVB",
    sidebar=[
        "Lilongwe water board raises tariffs by 23% from November",
        "Flames draw 1-1 with Zambia in Blantyre",
        "MEC sets 9 December for two ward by-elections in Mzimba",
        "Fuel queues return in Mzuzu as stocks run low",
        "Tobacco farmers paid US$2.41 per kilo on average this season",
    ],
    newsletter="Get SVB's evening news round-up by email or WhatsApp.",
    footer=(
        "© 2026 Shire Valley Broadcasting. SVB is not responsible for the content of external "
        "sites."
    ),
)

_EL_WIRE_URL = (
    "https://www.panw.example/africa/malawi-opposition-mrm-wins-zomba-central-by-election"
)

_EL_WIRE = _page(
    site="Pan-African News Wire",
    url=_EL_WIRE_URL,
    title=(
        "Malawi's MRM wins Zomba Central by-election in test for opposition - Pan-African News "
        "Wire"
    ),
    description=(
        "Esther Kachingwe of the Malawi Renewal Movement won the Zomba Central by-election with "
        "47.6% of valid votes."
    ),
    section="Africa",
    nav=["World", "Africa", "Business", "Politics", "Health", "Climate", "Sport"],
    headline="Malawi's MRM wins Zomba Central by-election in test for opposition",
    standfirst=(
        "Victory with 47.6% of the vote follows a campaign dominated by roads, water and the cost "
        "of living."
    ),
    byline="By Kondwani Mvula",
    published="2026-10-14T17:20:00+02:00",
    json_ld=True,
    visible_date="14 October 2026, 17:20 CAT",
    paragraphs=[
        (
            "ZOMBA, Malawi, Oct 14 (PANW) - Malawi's opposition Malawi Renewal Movement (MRM) won "
            "a parliamentary by-election in the southern city of Zomba, the electoral commission "
            "said on Wednesday, in the first electoral test since last year's general election."
        ),
        (
            "Esther Kachingwe took 14,832 votes, or 47.6% of valid votes cast in Tuesday's poll, "
            "against 11,907, or 38.2%, for Yohane Gondwe of the Democratic Unity Party (DUP), the "
            "constituency returning officer announced. Two other candidates shared the remaining "
            "votes."
        ),
        (
            "The result was declared at 1430 GMT after a count that went through the night and a "
            "review of disputed result sheets from two polling centres. Turnout was 54.2%, well "
            "below the 71.3% recorded in the constituency at the general election in September "
            "2025."
        ),
        (
            "The seat became vacant when Patrick Kalua, a DUP lawmaker, died in July. Kalua had "
            "won it in 2025 with 52.1% of the vote, and the DUP had treated it as one of its "
            "safest seats in the Southern Region."
        ),
        (
            "“This victory belongs to the people of Zomba Central. They have chosen roads, water "
            "and jobs over empty promises,” Kachingwe told supporters who gathered outside the "
            "tally centre, some of them singing and waving the party's orange flags."
        ),
        (
            "Gondwe's campaign had earlier questioned result sheets from the Chinamwali and Mpira "
            "centres, saying they were not signed by all party monitors. The Malawi Electoral "
            "Commission (MEC) said after reviewing them that the figures matched the tallies "
            "recorded by monitors and that the missing signatures did not affect the count."
        ),
        (
            "Andrew Mpinganjira, the MEC's chief elections officer, said the by-election had cost "
            "about 310 million kwacha ($179,000), most of it spent on transport, allowances for "
            "polling staff and the printing of ballot papers."
        ),
        (
            "“The commission is satisfied that the process was credible. We had some delays in "
            "the morning at three centres, but every voter who was in the queue was able to "
            "vote,” Mpinganjira told reporters."
        ),
        (
            "Analysts said the result would be read as a warning to the governing coalition, "
            "which backed Gondwe, over rising prices. Malawi's annual inflation has remained "
            "above 25% for most of 2026, and shortages of fuel and foreign currency have "
            "persisted despite a devaluation of the kwacha."
        ),
        (
            "“Zomba Central is not a rural seat where voting follows the chief. These are civil "
            "servants, teachers, students and traders, and they are angry about the cost of "
            "living,” said Chisomo Kaunda, a political scientist at the University of Malawi's "
            "Chancellor College campus."
        ),
        (
            "The DUP said it would hold a meeting of its national executive to discuss the "
            "result. A party spokesperson, Harold Msowoya, said it was “disappointed but not "
            "discouraged” and congratulated the winner."
        ),
        (
            "Kachingwe, a former secondary school teacher, will take her seat when Parliament "
            "resumes its meeting next month. Her party now holds 24 seats in the 229-member "
            "National Assembly."
        ),
        (
            "Local observers from the Citizens' Ballot Observatory, who deployed monitors at all "
            "45 polling centres, said they had not recorded any incident serious enough to affect "
            "the outcome."
        ),
        "(Reporting by Kondwani Mvula; Writing by Amara Eze; Editing by Peter Lindqvist)",
    ],
    caption=(
        "Esther Kachingwe of the Malawi Renewal Movement celebrates with supporters in Zomba, "
        "Malawi, October 14, 2026. PANW/Kondwani Mvula"
    ),
    sidebar_title="Most read",
    sidebar=[
        "Zambia's ruling party names 156 candidates for council polls",
        "Mozambique floods displace 12,000 in Zambezia province",
        "Namibia's Swapo picks new secretary-general at congress",
        "Botswana diamond sales fall 18% in third quarter",
        "Lesotho court halts 3 December referendum",
    ],
    newsletter="Africa Daily: the continent's top stories, every weekday at 0600 GMT.",
    footer="© 2026 Pan-African News Wire. All rights reserved. Republication requires a licence.",
)

_EL_LOCAL_URL = "https://www.zombachronicle.example/news/kachingwe-takes-zomba-central"

_EL_LOCAL = _page(
    site="The Zomba Chronicle",
    url=_EL_LOCAL_URL,
    title="Kachingwe takes Zomba Central | The Zomba Chronicle",
    description="MRM candidate Esther Mphatso Kachingwe wins by 2,925 votes as turnout drops.",
    section="News",
    nav=["Home", "News", "Zomba", "Southern Region", "Business", "Sport", "Letters"],
    headline="Kachingwe takes Zomba Central",
    standfirst="MRM candidate wins by 2,925 votes; Gondwe accepts defeat",
    byline="By Our Reporter",
    visible_date="Thursday 15 October 2026",
    paragraphs=[
        (
            "Malawi Renewal Movement (MRM) candidate Esther Mphatso Kachingwe is the new Member "
            "of Parliament for Zomba Central after winning Tuesday's by-election by 2,925 votes."
        ),
        (
            "Kachingwe polled 14,832 votes, nearly 48 per cent of the valid votes, ahead of "
            "Democratic Unity Party (DUP) candidate Yohane Gondwe, who got 11,907. Independent "
            "candidate Francis Chirwa came third with 3,418 votes while Alinafe Mkandawire of the "
            "People's Liberation Front (PLF) trailed with 1,026."
        ),
        (
            "The results were announced on Wednesday afternoon by the constituency returning "
            "officer, Lusungu Ngwira, at the Zomba City Council chambers, where supporters of all "
            "four candidates had waited since the early hours."
        ),
        (
            "About 54 per cent of the 58,240 registered voters turned out, far fewer than at last "
            "year's general election, when queues stretched around the polling centres from "
            "before dawn. Many residents the Chronicle spoke to on polling day said they had not "
            "been aware that a by-election was taking place until the week before."
        ),
        (
            "In her acceptance speech Kachingwe thanked voters and promised to make the "
            "rehabilitation of the Zomba-Jali road and the city's water supply her first "
            "priorities."
        ),
        (
            "“This victory belongs to the people of Zomba Central,” she said. “They have chosen "
            "roads, water and jobs over empty promises, and I will not let them down.”"
        ),
        (
            "Kachingwe, 44, taught English and history at Zomba Catholic Secondary School for 15 "
            "years before entering politics. She contested the seat in 2025 and came second to "
            "the late Patrick Kalua."
        ),
        (
            "Gondwe, who had earlier through his agent raised questions about unsigned result "
            "sheets from Chinamwali and Mpira, accepted the outcome on Wednesday evening and "
            "congratulated his opponent."
        ),
        (
            "“The people have spoken, and in a democracy we accept their voice. I wish honourable "
            "Kachingwe well, and I will continue to serve this community in other ways,” Gondwe "
            "told the Chronicle at his campaign office on Kamuzu Highway."
        ),
        (
            "Chirwa said he was proud of his showing as an independent without a party machine "
            "behind him, and that he would consider standing again in the 2030 general election."
        ),
        (
            "Malawi Electoral Commission (MEC) commissioner Grace Soko, who oversaw the "
            "by-election on behalf of the commission, praised polling staff and party monitors "
            "for their patience during the overnight count."
        ),
        (
            "The late Kalua, who died in July at the age of 61, represented Zomba Central for two "
            "terms. He was buried at his home village in Traditional Authority Mwambo."
        ),
        (
            "Kachingwe is expected to be sworn in when the National Assembly resumes its meeting "
            "in Lilongwe on Monday, 2 November."
        ),
        (
            "Meanwhile, traders at Zomba Market say they hope the new MP will push for the "
            "completion of the market's new roof, which has been unfinished since the contractor "
            "left the site in March."
        ),
        (
            "“We have been selling in the rain for two seasons. She promised us a roof, so we "
            "will be knocking on her door,” said vegetable seller Agnes Chikapa."
        ),
    ],
    caption="NEW MP: Esther Mphatso Kachingwe (centre) with supporters in Zomba on Wednesday",
    sidebar_title="Latest news",
    sidebar=[
        "Zomba City Council approves K4.2 billion budget",
        "Police arrest 7 over cable theft on Zomba-Liwonde road",
        "Chancellor College students protest 30% fees rise",
        "Plateau fire destroys 120 hectares of pine plantation",
        "Zomba United promoted after 3-0 win",
    ],
    newsletter="Get the Chronicle's weekly digest of Zomba news every Friday.",
    footer="© 2026 The Zomba Chronicle. Published by Plateau Media Ltd, Zomba, Malawi.",
)

_EL_WATCH_URL = "https://electionwatch-sa.example/malawi/zomba-central-2026-by-election-analysis"

_EL_WATCH = _page(
    site="Election Watch Southern Africa",
    url=_EL_WATCH_URL,
    title=(
        "Zomba Central by-election 2026: results, turnout and swing - Election Watch Southern "
        "Africa"
    ),
    description=(
        "Detailed results and analysis of the 13 October 2026 Zomba Central by-election in "
        "Malawi."
    ),
    section="Results analysis",
    nav=["Elections", "Countries", "Results", "Analysis", "Data", "About"],
    headline="Zomba Central by-election 2026: results, turnout and swing",
    standfirst="A 15-point swing from the DUP to the MRM on a turnout 17 points down on 2025.",
    byline="By Naledi Sithole, Elections Analyst",
    published="2026-10-15T09:00:00+02:00",
    visible_date="15 October 2026",
    paragraphs=[
        (
            "The Malawi Renewal Movement (MRM) gained Zomba Central from the Democratic Unity "
            "Party (DUP) in the by-election held on Tuesday 13 October 2026. The Malawi Electoral "
            "Commission (MEC) declared the result at 16:30 local time (14:30 UTC) on Wednesday 14 "
            "October, after all 45 polling centres had reported."
        ),
        "## Official result",
        (
            "Esther Mphatso Kachingwe (MRM): 14,832 votes (47.56% of valid votes). Yohane Gondwe "
            "(DUP): 11,907 (38.18%). Francis Chirwa (independent): 3,418 (10.96%). Alinafe "
            "Mkandawire (People's Liberation Front): 1,026 (3.29%). Valid votes totalled 31,183; "
            "null and void ballots numbered 412, or 1.30% of the 31,595 ballots cast."
        ),
        "The winning margin was 2,925 votes, or 9.38 percentage points.",
        "## Turnout",
        (
            "The register for the constituency held 58,240 voters. Counting every ballot cast, "
            "including null and void ballots, turnout was 54.25%, which the MEC rounded to 54.2% "
            "in its declaration. Valid votes alone represented 53.54% of the register, a figure "
            "some outlets have used as the turnout; the difference is the rejected ballots."
        ),
        (
            "Turnout in the same constituency at the general election of 16 September 2025 was "
            "71.3%, so participation fell by about 17 percentage points. That is typical of "
            "Malawian by-elections, which since 2015 have averaged a turnout roughly 15 to 20 "
            "points below the preceding general election."
        ),
        "## Swing",
        (
            "At the 2025 general election the late Patrick Kalua won the seat for the DUP with "
            "52.1% of valid votes, with Kachingwe, then also the MRM candidate, second on 31.4%. "
            "Comparing the two results, the DUP's share fell by 13.9 points and the MRM's rose by "
            "16.2 points, a two-party swing of about 15 points from the DUP to the MRM."
        ),
        (
            "The MRM's gains were largest in the urban polling centres around the central "
            "business district and Chinamwali, where our observers reported long queues of young "
            "voters in the late afternoon. The DUP held up better in the peri-urban centres "
            "towards Traditional Authority Mwambo, winning 11 of the 16 centres outside the city "
            "boundary."
        ),
        "## The overnight count",
        (
            "Provisional tallies published at the constituency tally centre during the count "
            "tracked the final result closely. At 02:15 on Wednesday, with 38 of 45 centres in, "
            "Kachingwe had 12,506 votes to Gondwe's 10,114. By 09:40, with 44 centres in, the "
            "totals were 14,511 and 11,702. The last centre to report, Likangala, added 321 votes "
            "for Kachingwe and 205 for Gondwe."
        ),
        "## Observers",
        (
            "The Citizens' Ballot Observatory (CBO), which deployed 90 observers to all 45 "
            "centres, ran a parallel tabulation based on copies of the official result sheets. "
            "Its estimate, published on Wednesday morning before the official declaration, gave "
            "Kachingwe 47.9% and Gondwe 37.8%, with a stated margin of error of 1.5 percentage "
            "points. Both official shares fall within that range."
        ),
        (
            "CBO national coordinator Yamikani Chisale said the count had been “transparent and "
            "orderly”, although the late opening of three centres should be investigated. “Voters "
            "lost an hour of voting time because boxes went to the wrong stream. The MEC made up "
            "the time, which was right, but it should not have happened,” she said."
        ),
        (
            "The MEC chairperson, Justice Tamara Mhango, said in a statement that the commission "
            "had reviewed the complaint about unsigned result sheets from Chinamwali and Mpira "
            "and found that the figures matched those recorded by party monitors. Commissioner "
            "Grace Soko, who supervised the by-election for the commission, said the sheets would "
            "be kept as part of the official record."
        ),
        "## What it means",
        (
            "One by-election does not make a national trend, but Zomba Central is a "
            "demographically mixed, largely urban seat, and a swing of this size would cost the "
            "governing coalition a significant number of seats in the Southern Region if repeated "
            "at the next general election. The next scheduled electoral test is a pair of ward "
            "by-elections in Mzimba district in December."
        ),
    ],
    caption=(
        "Table: Zomba Central results, 2025 general election and 2026 by-election. Source: MEC; "
        "Election Watch Southern Africa calculations"
    ),
    sidebar_title="More analysis",
    sidebar=[
        "Zambia 2026: seat-by-seat results map for all 226 constituencies",
        "Namibia regional council by-elections: Swapo holds 3 of 4",
        "Why turnout in Botswana's 2024 election reached 80.6%",
        "Malawi 2025: how the 50%+1 rule changed campaigning",
        "Data: every SADC by-election since 2020",
    ],
    newsletter=(
        "Subscribe to the Election Watch weekly digest for results and analysis from across the "
        "region."
    ),
    footer=(
        "© 2026 Election Watch Southern Africa. Data may be reused with attribution under CC BY "
        "4.0."
    ),
)

STORY_EL = {
    "id": "el-GE2",
    "part": "GE",
    "domain": "election",
    "fetched": "2026-10-16",
    "articles": [
        {"url": _EL_LIVE_URL, "html": _EL_LIVE},
        {"url": _EL_WIRE_URL, "html": _EL_WIRE},
        {"url": _EL_LOCAL_URL, "html": _EL_LOCAL},
        {"url": _EL_WATCH_URL, "html": _EL_WATCH},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# ct-GE3  Constitutional Court of South Africa, water disconnections (PLANTED 3)
# ---------------------------------------------------------------------------

_CT_WIRE_URL = (
    "https://www.southerncrosswire.example/news/top-court-strikes-down-water-cut-off-law"
)

_CT_WIRE = _page(
    site="Southern Cross Wire",
    url=_CT_WIRE_URL,
    title=(
        "South Africa's top court strikes down law allowing water cut-offs without notice | "
        "Southern Cross Wire"
    ),
    description=(
        "The Constitutional Court ruled 8-3 that municipalities may not disconnect households' "
        "water without notice and a hearing."
    ),
    section="South Africa",
    nav=["Home", "South Africa", "Africa", "World", "Business", "Courts", "Sport"],
    headline="South Africa's top court strikes down law allowing water cut-offs without notice",
    standfirst=(
        "Judges give Parliament two years to fix the law and order a minimum supply for poor "
        "households in the meantime."
    ),
    byline="By Thabo Mahlangu",
    published="2026-05-14T11:48:00+02:00",
    json_ld=True,
    visible_date="14 May 2026 · 11:48 SAST",
    paragraphs=[
        (
            "JOHANNESBURG, May 14 (SCW) - South Africa's Constitutional Court on Thursday struck "
            "down a provision allowing municipalities to cut off water to households in arrears "
            "without warning, ruling 8-3 that it violated the constitutional right of access to "
            "sufficient water."
        ),
        (
            "The court suspended its declaration of invalidity for 24 months to give Parliament "
            "time to amend the law. In the meantime, municipalities must give households 30 days' "
            "written notice and a chance to make representations before disconnecting them, and "
            "may not reduce the supply of registered indigent households below 25 litres per "
            "person per day."
        ),
        (
            "“Water is not a privilege that the state may ration by switching off a tap without a "
            "word. It is a right, and rights are not taken away in silence,” Justice Sipho "
            "Mathebula wrote for the majority."
        ),
        (
            "The case was brought by the Amanzi Rights Project (ARP), a Johannesburg-based "
            "advocacy group, together with three residents of Thembisa and Sebokeng townships, "
            "against the national government and the Ekurhuleni and Emfuleni municipalities."
        ),
        (
            "It challenged section 9B of the Water Services Act, inserted by an amendment in "
            "2023, which allowed municipalities to disconnect households more than 90 days in "
            "arrears without notice or a hearing, including households registered as indigent."
        ),
        (
            "The High Court in Pretoria declared the section invalid in September last year and "
            "referred its order to the Constitutional Court for confirmation, as the constitution "
            "requires when a lower court strikes down an act of Parliament. The Constitutional "
            "Court heard argument on Feb. 19."
        ),
        (
            "Writing for the minority, Justice Anneke van der Walt said the section could be "
            "interpreted in a way that required notice and therefore did not need to be struck "
            "down. She was joined by two other justices."
        ),
        (
            "The ARP says about 41,000 households in Ekurhuleni, Emfuleni and Tshwane were "
            "disconnected under the provision between 2023 and 2025. Government figures submitted "
            "to the court put the number of disconnected accounts at 29,500 in the 2024/25 "
            "financial year."
        ),
        (
            "Cooperative Governance Minister Thandiwe Mokoena, the first respondent, said through "
            "a spokesperson that the government respected the ruling and would study it before "
            "deciding how to amend the law."
        ),
        (
            "“The minister has always maintained that no family should be without water. The "
            "department will work with municipalities to implement the interim arrangements,” "
            "spokesperson Kagiso Letsoalo said."
        ),
        (
            "Government lawyers had argued that municipalities owed water boards billions of rand "
            "and needed tools to recover debt from households that could afford to pay. The "
            "department estimated in court papers that complying with a notice requirement and a "
            "guaranteed minimum supply would cost municipalities about 3.6 billion rand ($196 "
            "million) over three years."
        ),
        (
            "“Today the court said that poor people cannot be switched off like a machine,” ARP "
            "director Palesa Mofokeng told reporters outside the court in Braamfontein. "
            "“Municipalities must now talk to people before they touch the tap.”"
        ),
        (
            "Nomsa Zwane, 71, one of the applicants from Thembisa, said her household of eight "
            "had gone without running water for five months in 2024 after a disconnection she "
            "only discovered when the tap ran dry. “I had to buy water from a neighbour's tank "
            "with my pension,” she said."
        ),
        (
            "Millions of South Africans already face regular water interruptions because of "
            "ageing infrastructure and municipal debt. Municipalities owed water boards more than "
            "24 billion rand at the end of March, according to the National Treasury."
        ),
        "The ruling was handed down at 10:00 local time (0800 GMT).",
        "(Reporting by Thabo Mahlangu; Editing by Claire Dubois)",
    ],
    caption=(
        "Residents queue for water from a municipal tanker in Thembisa, Ekurhuleni, in a file "
        "picture. SCW/Sipho Nkosi"
    ),
    sidebar_title="Top stories",
    sidebar=[
        "Eskom says stage 2 load-shedding unlikely before July",
        "SCA orders Transnet to pay R1.2 billion to Durban port contractor",
        "Rand slips to 18.52 against dollar as US yields rise",
        "Gauteng e-toll debt write-off approved at R12.9 billion",
        "Judge Hlophe impeachment challenge dismissed with costs",
    ],
    newsletter=(
        "The SCW South Africa Briefing: the day's news in five minutes, every weekday at 6am "
        "SAST."
    ),
    footer="© 2026 Southern Cross Wire (Pty) Ltd. All rights reserved.",
)

_CT_TV_URL = "https://www.jozi24.example/news/concourt-water-cut-offs-ruling-what-it-means"

_CT_TV = _page(
    site="Jozi 24 News",
    url=_CT_TV_URL,
    title="ConCourt ruling on water cut-offs: what it means for your household - Jozi 24 News",
    description=(
        "Municipalities must now give 30 days' notice before cutting off water. Here is what the "
        "Constitutional Court decided."
    ),
    section="News",
    nav=["News", "Gauteng", "Politics", "Watch Live", "Business", "Sport", "Lifestyle"],
    headline="ConCourt ruling on water cut-offs: what it means for your household",
    standfirst=(
        "Municipalities can no longer switch off water without warning after a majority of eight "
        "to three justices found the law unconstitutional."
    ),
    byline="By Lebohang Sibiya, Jozi 24 Legal Correspondent",
    published="2026-05-14T13:20:00+02:00",
    visible_date="14/05/2026 | 13:20",
    paragraphs=[
        (
            "Municipalities may no longer cut off a household's water without warning, after the "
            "Constitutional Court declared the law that allowed them to do so unconstitutional."
        ),
        (
            "The judgment, handed down in Johannesburg on 12 May, was decided by a majority of "
            "eight to three. Justice Sipho Mathebula wrote the main judgment, while Justice "
            "Anneke van der Walt wrote a dissent with which two of her colleagues agreed."
        ),
        "Jozi 24 spoke to lawyers and activists to explain what the ruling means in practice.",
        "## Can my water still be cut off?",
        (
            "Yes, but not without warning. Until Parliament changes the law, a municipality must "
            "give you at least 30 days' written notice before it disconnects your water, and you "
            "must have a chance to explain your situation, for example that you have lost your "
            "job or that you are disputing the bill."
        ),
        "## What if I am registered as indigent?",
        (
            "If you are on your municipality's indigent register, it may restrict your water "
            "supply but may not reduce it below 25 litres per person per day. For a household of "
            "eight, that works out to about 6,000 litres a month, the amount most municipalities "
            "already provide as free basic water."
        ),
        "## How long does Parliament have?",
        (
            "The court gave Parliament two years to amend the Water Services Act. If it fails to "
            "do so, the interim rules set by the court will become permanent."
        ),
        "## What did the judges say?",
        (
            "In the main judgment, Justice Mathebula wrote: “Water is not a privilege which the "
            "state may ration by turning off a tap without a word. It is a right, and rights are "
            "not taken away in silence.”"
        ),
        (
            "He said the government had not shown why notice and a hearing would make debt "
            "collection impossible, pointing out that municipalities already gave notice before "
            "cutting electricity."
        ),
        (
            "Justice van der Walt, in her dissent, said the law could be read to require notice "
            "without the court striking it down. “The outcome the majority seeks can be reached "
            "without declaring an act of Parliament invalid,” she wrote."
        ),
        "## Who brought the case?",
        (
            "The Amanzi Rights Project, a non-profit organisation, brought the case together with "
            "three residents of Thembisa and Sebokeng. Their lawyer, Advocate Refilwe Masondo SC, "
            "told Jozi 24 the ruling would protect “hundreds of thousands of people who live one "
            "unpaid bill away from a dry tap”."
        ),
        (
            "Amanzi Rights Project director Palesa Mofokeng said the organisation would monitor "
            "municipalities to make sure they complied. “We will be checking that the notices go "
            "out, that people are heard and that nobody on the indigent register is left with "
            "nothing,” she said."
        ),
        "## What does the government say?",
        (
            "Water and Sanitation Minister Thandiwe Mokoena said in a statement that her "
            "department would “study the judgment carefully” and work with municipalities to "
            "implement it. Her spokesperson, Kagiso Letsoalo, said the department would issue "
            "guidelines to municipalities within 30 days."
        ),
        (
            "The South African Local Government Association (SALGA), which joined the case as a "
            "friend of the court, warned that municipalities already struggled to collect "
            "revenue. SALGA spokesperson Sizwe Dube said the interim measures would add to the "
            "administrative load on councils that were short of staff."
        ),
        "## Why does this matter?",
        (
            "According to the Amanzi Rights Project, about 41,000 households in Ekurhuleni, "
            "Emfuleni and Tshwane lost their water supply under the provision between 2023 and "
            "2025. The department's own figures put disconnected accounts at 29,500 in the "
            "2024/25 financial year."
        ),
        (
            "Lebohang Sibiya is Jozi 24's legal correspondent. Watch her full analysis on Jozi 24 "
            "News at 7pm."
        ),
    ],
    caption="Constitutional Court, Braamfontein. Image: Jozi 24 / Mpho Radebe",
    sidebar_title="Trending",
    sidebar=[
        "WATCH: Soweto residents march over 6-day power outage",
        "Petrol price to drop by 48 cents a litre in June",
        "Orlando Pirates sign Mozambican striker for R9 million",
        "Joburg Water says 14 reservoirs back at full capacity",
        "Matric rewrite results released: 61.4% pass rate",
    ],
    newsletter="Jozi 24 Daily: the stories Gauteng is talking about, every evening.",
    footer=(
        "© 2026 Jozi 24 Media. Jozi 24 News is broadcast on DStv channel 418 and streams online."
    ),
)

_CT_DAILY_URL = (
    "https://www.highvelddaily.example/news/courts/no-more-silent-water-cut-offs-concourt"
)

_CT_DAILY = _page(
    site="Highveld Daily",
    url=_CT_DAILY_URL,
    title="No more silent water cut-offs, ConCourt rules | Highveld Daily",
    description=(
        "Constitutional Court says municipalities must give notice before disconnecting water; "
        "Parliament given two years to fix the Act."
    ),
    section="Courts",
    nav=["News", "Gauteng", "Politics", "Courts", "Business", "Opinion", "Sport", "Subscribe"],
    headline="No more silent water cut-offs, ConCourt rules",
    standfirst=(
        "Thembisa pensioner who went five months without water among applicants who won the case"
    ),
    byline="Refiloe Mabuza",
    visible_date="Friday 15 May 2026",
    paragraphs=[
        (
            "Municipalities across the country will have to give residents a month's notice "
            "before switching off their water after the Constitutional Court yesterday declared a "
            "section of the Water Services Act unconstitutional."
        ),
        (
            "In a 7-4 majority judgment, the court confirmed an order of the High Court in "
            "Pretoria which had found that section 9B of the act, inserted by the Water Services "
            "Amendment Act of 2023, violated the right of access to sufficient water guaranteed "
            "in section 27 of the Constitution."
        ),
        (
            "Justice Sipho Bongani Mathebula, writing for the majority, said the state had failed "
            "to justify a law that allowed municipalities to disconnect households without "
            "telling them first."
        ),
        (
            "“Water is not a privilege that the state may ration by switching off a tap without a "
            "word. It is a right, and rights are not taken away in silence,” he wrote in a "
            "judgment that ran to 94 pages."
        ),
        (
            "Justice Anneke van der Walt wrote for the minority. She agreed that households were "
            "entitled to notice but said the section could be read in a way that required it, so "
            "there was no need to declare it invalid."
        ),
        (
            "The declaration of invalidity was suspended for 24 months. Until Parliament amends "
            "the law, municipalities must give 30 days' written notice before a disconnection and "
            "allow households to make representations. Those on an indigent register must receive "
            "at least 25 litres per person per day."
        ),
        (
            "Among the applicants was Nomsa Zwane, a 71-year-old pensioner from Thembisa, whose "
            "household of eight went without running water for five months in 2024."
        ),
        (
            "Speaking at her home yesterday afternoon, Zwane said she had cried when her grandson "
            "read her the news on his phone. “For five months I carried buckets. I was sick and "
            "nobody from the municipality ever came to ask why we had not paid,” she said."
        ),
        (
            "Zwane's water was cut after the household fell about R11,800 behind on its account, "
            "a debt she says built up after her son lost his job at a steel plant in "
            "Vanderbijlpark."
        ),
        (
            "The Amanzi Rights Project, which brought the case with Zwane and two other "
            "residents, welcomed the judgment. Its director, Palesa Mofokeng, said: “Today the "
            "court said poor people cannot be switched off like machines. Municipalities must now "
            "talk to people before they touch the tap.”"
        ),
        (
            "The Minister of Water and Sanitation, Thandiwe Mokoena, who opposed the application, "
            "said her department would study the judgment. In court papers the department had "
            "estimated that a notice requirement and guaranteed minimum supply would cost "
            "municipalities R3.6 billion over three years."
        ),
        (
            "Ekurhuleni's MMC for water and sanitation, Vusi Mthembu, said the metro would comply "
            "but warned that revenue collection would suffer. “We have residents who can pay and "
            "do not pay. We will give notice, but the law must also help us to collect,” he said."
        ),
        (
            "The court ordered the minister and the two municipalities to pay the applicants' "
            "costs, including the costs of two counsel."
        ),
        (
            "Advocate Pieter Joubert SC, who appeared for the minister, had argued in February "
            "that a notice requirement would encourage non-payment. The majority rejected that "
            "argument, saying there was no evidence for it."
        ),
        (
            "The case began in 2024, when the Amanzi Rights Project approached the High Court in "
            "Pretoria on behalf of households in Thembisa and Sebokeng. Judge Lindiwe Sithole "
            "ruled in their favour on 3 September 2025."
        ),
    ],
    caption="Nomsa Zwane at her home in Thembisa yesterday. Picture: THULANI MBELE",
    sidebar_title="Most read",
    sidebar=[
        "Tembisa Hospital CEO suspended over R850m tender",
        "Three killed in N12 crash near Benoni",
        "Kaizer Chiefs fire coach after 4-0 defeat",
        "Rand Water warns of 54-hour maintenance shutdown",
        "Emfuleni councillors block 2026/27 budget vote",
    ],
    newsletter=(
        "Sign up for the Highveld Daily morning newsletter and get the front page before you "
        "leave home."
    ),
    footer=(
        "© 2026 Highveld Daily, a publication of Reef Media (Pty) Ltd. Reproduction without "
        "permission prohibited."
    ),
)

_CT_LAW_URL = (
    "https://benchandbar.example/case-notes/amanzi-rights-project-v-minister-water-sanitation"
)

_CT_LAW = _page(
    site="Bench & Bar Law Report",
    url=_CT_LAW_URL,
    title=(
        "Amanzi Rights Project v Minister of Water and Sanitation [2026] ZACC 14 - Bench & Bar "
        "Law Report"
    ),
    description=(
        "Case note: Constitutional Court confirms invalidity of section 9B of the Water Services "
        "Act; order suspended for 24 months."
    ),
    section="Case notes",
    nav=["Judgments", "Case notes", "Legislation", "Practice", "Careers", "Events"],
    headline="Amanzi Rights Project v Minister of Water and Sanitation [2026] ZACC 14",
    standfirst=(
        "Summary disconnection of water without notice is unconstitutional; interim reading-in of "
        "a notice and minimum-supply regime."
    ),
    byline="By Adv. Werner Fourie",
    published="2026-05-14T16:30:00+02:00",
    visible_date="14 May 2026",
    paragraphs=[
        (
            "Case: Amanzi Rights Project and Others v Minister of Water and Sanitation and "
            "Others, CCT 212/25, [2026] ZACC 14. Heard: 19 February 2026. Judgment: 14 May 2026."
        ),
        (
            "Coram: eleven members of the Court. Majority judgment: Mathebula J, with seven other "
            "members concurring. Dissent: Van der Walt J, with Tshabalala J and Essop J "
            "concurring. The split is therefore 8-3."
        ),
        "## Background",
        (
            "Section 9B of the Water Services Act 108 of 1997, inserted by the Water Services "
            "Amendment Act 11 of 2023, permitted a water services authority to discontinue water "
            "services to a household that was more than 90 days in arrears, without prior notice "
            "and without affording the household an opportunity to make representations. The "
            "section applied equally to households on a municipality's indigent register."
        ),
        (
            "On 3 September 2025 the Gauteng Division of the High Court, Pretoria (Sithole J) "
            "declared section 9B inconsistent with sections 27(1)(b) and 33 of the Constitution "
            "and referred the declaration to the Constitutional Court for confirmation under "
            "section 172(2)(a)."
        ),
        "## The majority",
        (
            "Mathebula J held that section 9B limited the right of access to sufficient water and "
            "the right to just administrative action, and that the limitation was not reasonable "
            "and justifiable under section 36. The respondents had not shown that notice and a "
            "hearing would render debt recovery ineffective; municipalities were already required "
            "to give notice before disconnecting electricity supply."
        ),
        (
            "The key passage reads: “Water is not a privilege that the state may ration by "
            "switching off a tap without a word. It is a right, and rights are not taken away in "
            "silence.”"
        ),
        (
            "The majority rejected the argument, advanced by Adv Pieter Joubert SC for the "
            "Minister, that a notice requirement would encourage strategic non-payment, holding "
            "that there was no evidence on the record to support it."
        ),
        "## The minority",
        (
            "Van der Walt J accepted that affected households are entitled to notice and a "
            "hearing, but held that section 9B, read with the Municipal Systems Act and the "
            "Promotion of Administrative Justice Act, was reasonably capable of an interpretation "
            "that required both. On the principle that legislation should where possible be read "
            "in conformity with the Constitution, the minority would have declined to confirm the "
            "declaration of invalidity."
        ),
        "## The order",
        (
            "The declaration of invalidity is confirmed and suspended for 24 months to allow "
            "Parliament to cure the defect. Pending the amendment, the following is read in: no "
            "water services authority may discontinue services to a household without 30 days' "
            "written notice and an opportunity to make representations; and no indigent "
            "household's supply may be restricted below 25 litres per person per day."
        ),
        (
            "The Minister and the second and third respondents, the City of Ekurhuleni and "
            "Emfuleni Local Municipality, are ordered to pay the applicants' costs in both "
            "courts, including the costs of two counsel."
        ),
        (
            "Counsel for the applicants were Adv Refilwe Masondo SC with Adv Tumelo Ncube, "
            "instructed by the Amanzi Rights Project's in-house attorneys. SALGA participated as "
            "amicus curiae."
        ),
        "## The evidence",
        (
            "The applicants' evidence was that approximately 41,000 households in three Gauteng "
            "municipalities were disconnected under section 9B between 2023 and 2025. The "
            "department's figure, 29,500 disconnected accounts in the 2024/25 financial year, "
            "covers a single year and counts accounts rather than households, so the two figures "
            "are not directly comparable."
        ),
        (
            "The department's estimate of the cost of compliance was R3.6 billion over three "
            "years, which the majority described as significant but unquantified as to the "
            "offsetting costs of disconnection."
        ),
        "## Comment",
        (
            "The judgment continues the Court's approach in earlier socio-economic rights cases "
            "of pairing a suspended declaration with interim relief. The 25-litre floor is drawn "
            "from the national free basic water policy, which is usually expressed as 6 "
            "kilolitres per household per month. Practitioners advising municipalities should "
            "note that the notice requirement applies immediately."
        ),
    ],
    caption="Constitutional Court of South Africa, Constitution Hill. File photograph",
    sidebar_title="Recent judgments",
    sidebar=[
        "[2026] ZACC 13: Court dismisses leave to appeal in R2.1bn pension surplus dispute",
        "[2026] ZASCA 58: SCA on prescription of municipal rates claims after 3 years",
        "Labour Appeal Court: 27 dismissed miners reinstated",
        "Practice note: ConCourt e-filing becomes mandatory on 1 July",
        "[2026] ZACC 11: Electoral Act candidate deposit of R200,000 unconstitutional",
    ],
    newsletter=(
        "Weekly judgment alerts from the Constitutional Court and the SCA, with expert case "
        "notes."
    ),
    footer="© 2026 Bench & Bar Law Report. This note is not legal advice.",
)

STORY_CT = {
    "id": "ct-GE3",
    "part": "GE",
    "domain": "court",
    "fetched": "2026-05-16",
    "articles": [
        {"url": _CT_WIRE_URL, "html": _CT_WIRE},
        {"url": _CT_TV_URL, "html": _CT_TV},
        {"url": _CT_DAILY_URL, "html": _CT_DAILY},
        {"url": _CT_LAW_URL, "html": _CT_LAW},
    ],
    "planted": [
        (
            "vote split of the Constitutional Court",
            r"\b8\s*[-–]\s*3\b|\beight to three\b",
            r"\b7\s*[-–]\s*4\b|\bseven to four\b",
        ),
        (
            "title of minister Thandiwe Mokoena",
            r"\bwater and sanitation\b",
            r"\bcooperative governance\b",
        ),
        ("date the judgment was handed down", r"\b14 may\b|\bmay 14\b", r"\b12 may\b|\bmay 12\b"),
    ],
}


# ---------------------------------------------------------------------------
# tr-GE4  Zambia's October 2026 trade figures (PLANTED 3)
# ---------------------------------------------------------------------------

_TR_WIRE_URL = "https://www.kwachamarkets.example/news/zambia-october-trade-figures-copper-exports"

_TR_WIRE = _page(
    site="Kwacha Markets Wire",
    url=_TR_WIRE_URL,
    title=(
        "Zambia posts October trade deficit of K4.4 bln as copper exports climb | Kwacha Markets "
        "Wire"
    ),
    description=(
        "Zambia's October trade data from the Zambia Statistics Agency: exports, imports and "
        "copper."
    ),
    section="Economy",
    nav=["Markets", "Economy", "Mining", "Agriculture", "Energy", "Policy", "Data"],
    headline="Zambia posts October trade deficit of K4.4 bln as copper exports climb",
    standfirst=(
        "Export earnings rise 7.6% on the month on higher refined copper shipments; September "
        "figures revised."
    ),
    byline="By Natasha Mwansa",
    published="2026-11-26T11:02:00+02:00",
    json_ld=True,
    visible_date="Nov 26, 2026 11:02 CAT",
    paragraphs=[
        (
            "LUSAKA, Nov 26 (KMW) - Zambia recorded a trade deficit of 4.4 billion kwacha ($196 "
            "million) in October, the Zambia Statistics Agency (ZamStats) said on Thursday, as "
            "export earnings rose to their highest level this year on the back of higher refined "
            "copper shipments."
        ),
        (
            "Total exports rose 7.6% from the previous month to 38.1 billion kwacha, while "
            "imports increased 3.4% to 33.7 billion kwacha, Interim Statistician-General Mulenga "
            "Mwape told a monthly briefing in Lusaka that began at 10:00 local time (0800 GMT)."
        ),
        (
            "The agency revised September's export figure down to 35.4 billion kwacha from 35.9 "
            "billion kwacha reported last month, and September's imports to 32.6 billion kwacha "
            "from 32.8 billion kwacha."
        ),
        (
            "Compared with October 2025, when exports were 33.3 billion kwacha, export earnings "
            "were up 14.4%."
        ),
        (
            "“The increase in export earnings was mainly driven by refined copper, which rose in "
            "both volume and value during the month under review,” Mwape said."
        ),
        (
            "Metal products, dominated by copper, accounted for 71.2% of total export earnings in "
            "October, down slightly from 72.5% in September as non-traditional exports such as "
            "sugar, cement, maize and electricity cables grew faster."
        ),
        (
            "Non-traditional exports rose to 6.9 billion kwacha from 6.1 billion kwacha in "
            "September. Domestic exports accounted for 37.2 billion kwacha of total exports, with "
            "re-exports making up the remaining 0.9 billion kwacha."
        ),
        (
            "Switzerland, where many of the commodity traders that buy Zambian copper are based, "
            "remained the largest destination for Zambia's exports with a 28.4% share, followed "
            "by China with 21.7% and the Democratic Republic of Congo with 9.3%."
        ),
        (
            "South Africa was the main source of imports, accounting for 31.5% of the total, "
            "followed by China at 15.2% and the United Arab Emirates at 10.1%. Imports were "
            "dominated by petroleum products, machinery and fertiliser ahead of the planting "
            "season."
        ),
        (
            "Commerce, Trade and Industry Minister Chipo Siame said the growth in non-traditional "
            "exports showed that efforts to diversify away from copper were starting to pay off."
        ),
        (
            "“Every kwacha we earn from sugar, from cement, from cables made in Zambia is a "
            "kwacha that does not depend on the copper price. That is the economy we are "
            "building,” Siame said in a statement."
        ),
        (
            "Analysts had expected a figure of about 3.9 billion kwacha for October, according to "
            "a KMW poll of five economists."
        ),
        (
            "Copper prices on the London Metal Exchange averaged about $11,050 a tonne in "
            "October, up from about $9,600 a year earlier, boosting earnings for mines in the "
            "Copperbelt and North-Western provinces."
        ),
        "The kwacha was little changed at about 22.4 per dollar after the data were released.",
        (
            "The Zambia Chamber of Mines said last week that copper output in the first ten "
            "months of the year reached 742,300 tonnes, putting the industry on course for its "
            "strongest annual production in more than a decade."
        ),
        (
            "Zambia, Africa's second-largest copper producer after Congo, is aiming to raise "
            "output to 3 million tonnes a year by 2031 as it recovers from a debt default in "
            "2020."
        ),
        "ZamStats will publish November trade data on Dec. 31.",
        "(Reporting by Natasha Mwansa; Editing by Michael Ferreira)",
    ],
    caption="Copper cathodes at a refinery in Chingola, Zambia. KMW/Brian Mulenga",
    sidebar_title="Most read",
    sidebar=[
        "Zambia's annual inflation slows to 9.6% in November",
        "Bank of Zambia cuts policy rate to 14% in first move since May",
        "Kwacha ends week at 22.31 per dollar",
        "Maize floor price set at K7,500 per tonne for 2027 season",
        "Copper hits $11,240 on Chinese demand hopes",
    ],
    newsletter=(
        "KMW Morning Call: overnight markets, the kwacha and what to watch, before 7am CAT."
    ),
    footer="© 2026 Kwacha Markets Wire Ltd, Lusaka. All rights reserved.",
)

_TR_COURIER_URL = "https://www.ndolacourier.example/business/copper-powers-export-earnings"

_TR_COURIER = _page(
    site="The Ndola Courier",
    url=_TR_COURIER_URL,
    title="Copper powers export earnings | The Ndola Courier",
    description=(
        "Export earnings up in October, ZamStats says, as Copperbelt mines ship more refined "
        "copper."
    ),
    section="Business",
    nav=["Home", "Copperbelt", "National", "Business", "Mining", "Sport", "Classifieds"],
    headline="Copper powers export earnings",
    standfirst="Copperbelt business leaders welcome figures but warn of Kasumbalesa delays",
    byline="By BRENDA MUSONDA",
    visible_date="Friday, November 27, 2026",
    paragraphs=[
        (
            "ZAMBIA'S export earnings rose to K31.8 billion in October, up 7.6 per cent from "
            "September, as mines on the Copperbelt and in North-Western Province shipped more "
            "refined copper, figures from the Zambia Statistics Agency (ZamStats) show."
        ),
        (
            "Releasing the October trade figures in Lusaka yesterday, Statistician-General "
            "Mulenga Mwape said the country recorded a trade surplus of K4.4 billion, up from a "
            "revised K2.8 billion in September. The September surplus had initially been reported "
            "at K3.1 billion."
        ),
        (
            "Imports for October were valued at K33.7 billion, driven by petroleum products, "
            "mining machinery and fertiliser for the coming farming season."
        ),
        (
            "Mr Mwape said copper remained by far the largest contributor to export earnings. "
            "Metal products, mostly copper cathodes and anodes, made up 71.2 per cent of the "
            "total."
        ),
        (
            "Switzerland was the leading destination for Zambian exports at 28.4 per cent, "
            "followed by China and the Democratic Republic of Congo (DRC). South Africa remained "
            "the main source of imports."
        ),
        (
            "The figures were welcomed on the Copperbelt, where mining companies have been "
            "expanding output after years of under-investment. According to the Zambia Chamber of "
            "Mines, the country produced 742,300 tonnes of copper between January and October."
        ),
        (
            "Copperbelt Chamber of Commerce and Industry president Mwenya Chibwe said the numbers "
            "reflected the new shafts and processing plants that had come on stream in Chingola, "
            "Kitwe and Mufulira this year."
        ),
        (
            "“You can see it on the roads. There are more trucks carrying cathodes, more "
            "contractors, more work for local suppliers. The question is whether the benefits "
            "will reach the small businesses in Chililabombwe and Kalulushi, not just the big "
            "contractors,” Mr Chibwe said."
        ),
        (
            "He warned, however, that delays at the Kasumbalesa border post with the DRC were "
            "costing exporters money. Truck drivers told the Courier this week that queues on the "
            "Zambian side had stretched to about 30 kilometres, with some waiting up to four days "
            "to cross."
        ),
        (
            "“Every day a truck sits in that queue, the transporter loses about US$350. That cost "
            "is passed on to the exporter and eventually to all of us,” said Chanda Kapambwe, "
            "chairperson of the Copperbelt Truckers Association."
        ),
        (
            "Non-traditional exports, which include sugar, cement, maize, tobacco and electricity "
            "cables, also grew in October, rising to K6.9 billion from K6.1 billion the previous "
            "month."
        ),
        (
            "Commerce, Trade and Industry Minister Chipo Siame said the Government would continue "
            "supporting non-traditional exporters with market access programmes and improved "
            "border facilities."
        ),
        (
            "Kitwe-based economist Dr Joseph Mwila said the surplus was good news for the kwacha, "
            "which has been stable at around K22 to K23 to the US dollar for most of the year. "
            "“As long as copper prices stay above US$10,000 a tonne and the mines keep producing, "
            "we should continue to see surpluses,” he said."
        ),
        (
            "However, Dr Mwila cautioned that Zambia's heavy reliance on a single commodity left "
            "it exposed. “When the copper price falls, the whole economy catches a cold. That has "
            "not changed,” he said."
        ),
        "Compared with October last year, export earnings were up 14.4 per cent, ZamStats said.",
    ],
    caption=(
        "Trucks loaded with copper cathodes queue at Kasumbalesa border post this week. Picture "
        "by STEPHEN MWEWA"
    ),
    sidebar_title="Copperbelt news",
    sidebar=[
        "Mufulira smelter to shut for 21 days of maintenance",
        "Kitwe council budgets K1.9 billion for 2027",
        "Nkana Stadium to host Zambia v Namibia on December 12",
        "Ndola-Kitwe dual carriageway 64% complete, says contractor",
        "Luanshya mine hires 420 workers",
    ],
    newsletter="Get the Courier's Copperbelt business news by email every Friday.",
    footer="© 2026 The Ndola Courier. Broadway, Ndola. All rights reserved.",
)

_TR_METAL_URL = "https://metaltrade-africa.example/copper/zambia-october-trade-copper-share"

_TR_METAL = _page(
    site="MetalTrade Africa",
    url=_TR_METAL_URL,
    title=(
        "Zambia October trade: copper still 71% of exports as surplus widens - MetalTrade Africa"
    ),
    description=(
        "Zambia's October 2026 trade data show copper's dominance and a wider trade surplus. "
        "Figures in kwacha and US dollars."
    ),
    section="Copper",
    nav=["Copper", "Cobalt", "Gold", "Lithium", "Logistics", "Prices", "Data hub"],
    headline="Zambia October trade: copper still 71% of exports as surplus widens",
    standfirst=(
        "Export earnings of about $1.70 billion were the highest this year; China tops the "
        "destinations table."
    ),
    byline="By James Okafor-Reid",
    published="2026-11-26T14:15:00+00:00",
    visible_date="26 November 2026",
    paragraphs=[
        (
            "Zambia's merchandise trade surplus widened to K4.4bn (about $196m) in October from a "
            "revised K2.8bn in September, according to data released on Thursday by the Zambia "
            "Statistics Agency. Exports reached K38.1bn, or roughly $1.70bn at an exchange rate "
            "of about K22.4 per dollar, while imports came to K33.7bn (about $1.50bn)."
        ),
        (
            "Copper and other metal products accounted for 71.2% of export earnings, or about "
            "K27.1bn ($1.21bn). The share was slightly lower than in September, when it stood at "
            "72.5%, because non-traditional exports grew faster than metals during the month."
        ),
        "## Destinations",
        (
            "China was the largest destination for Zambian exports in October, taking 28.4% of "
            "the total, ahead of Switzerland with 21.7% and the Democratic Republic of Congo with "
            "9.3%. Singapore was fourth with 7.8%."
        ),
        (
            "Much of the copper recorded against European and Asian trading hubs never passes "
            "through those countries physically. It is trucked to Dar es Salaam, Durban or Walvis "
            "Bay and shipped to smelters and fabricators elsewhere, but the customs declaration "
            "records the country of the buyer rather than the final destination of the metal."
        ),
        "## Prices and volumes",
        (
            "The LME cash copper price averaged about $11,050 a tonne in October, or a little "
            "over $5.01 a pound, up roughly 15% from a year earlier. Dr Mulenga Kasonde Mwape, "
            "the agency's interim statistician general, said export earnings had risen because of "
            "both higher prices and larger volumes of refined copper."
        ),
        (
            "The Zambia Chamber of Mines reported cumulative copper production of 742,300 tonnes "
            "for January to October, and said it expected full-year output of about 890,000 "
            "tonnes. That would still leave the country well short of the government's target of "
            "3 million tonnes a year by 2031, which most analysts regard as ambitious."
        ),
        (
            "“The volume story is real. New capacity at the large mines in North-Western Province "
            "has come through broadly on schedule,” said Helen Marais, principal copper analyst "
            "at the consultancy Orebody Insights in Johannesburg. “But 3 million tonnes requires "
            "several new mines that are not yet financed.”"
        ),
        "## Revisions",
        (
            "ZamStats revised September's export earnings down to K35.4bn from the K35.9bn first "
            "reported, and September imports to K32.6bn from K32.8bn. On the revised figures, "
            "October exports were 7.6% higher month on month, and 14.4% higher than the K33.3bn "
            "recorded in October 2025."
        ),
        "## Non-traditional exports",
        (
            "Non-traditional exports, which the government tracks as a measure of "
            "diversification, rose to K6.9bn (about $308m) from K6.1bn. Sugar, cement, maize "
            "grain and electrical cables were the largest items. Commerce, Trade and Industry "
            "Minister Chipo Siame said the figures showed diversification efforts were gaining "
            "ground."
        ),
        "## Logistics",
        (
            "Exporters continue to report congestion at the Kasumbalesa crossing into the DRC and "
            "at the Nakonde border with Tanzania. The Tanzania-Zambia Railway, which is being "
            "rehabilitated with Chinese financing, carried less than 5% of Zambia's copper "
            "exports in the third quarter, according to the railway's own figures."
        ),
        "## Outlook",
        (
            "Marais expects exports to stay above K35bn a month into the first quarter of 2027 as "
            "long as the copper price holds above $10,500 a tonne. A sharp fall in prices, or "
            "renewed power rationing if the rainy season disappoints, are the main risks to that "
            "view."
        ),
        "ZamStats is due to publish November trade figures at the end of December.",
    ],
    caption=(
        "Chart: Zambia monthly exports and imports, K billion, October 2025 to October 2026. "
        "Source: ZamStats"
    ),
    sidebar_title="Latest prices",
    sidebar=[
        "LME copper cash: $11,180/t (+0.6%)",
        "Cobalt hydroxide payables steady at 62%",
        "DRC extends cobalt export quota system to 2027",
        "Walvis Bay corridor volumes up 11% year on year",
        "Botswana's Khoemacau expansion approved at $1.6 billion",
    ],
    newsletter=(
        "MetalTrade Weekly: prices, policy and logistics for Africa's metals, every Monday."
    ),
    footer="© 2026 MetalTrade Africa Ltd. Prices are indicative and may be delayed.",
)

STORY_TR = {
    "id": "tr-GE4",
    "part": "GE",
    "domain": "trade",
    "fetched": "2026-11-28",
    "articles": [
        {"url": _TR_WIRE_URL, "html": _TR_WIRE},
        {"url": _TR_COURIER_URL, "html": _TR_COURIER},
        {"url": _TR_METAL_URL, "html": _TR_METAL},
    ],
    "planted": [
        ("value of Zambia's October exports", r"(?<![\d.])38\.1(?!\d)", r"(?<![\d.])31\.8(?!\d)"),
        ("largest destination for Zambia's exports", r"\bswitzerland\b", r"\bchina\b"),
        ("October trade balance outcome", r"\bsurplus\b", r"\bdeficit\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-GE5  Impala-2 suborbital launch from the Overberg Test Range (CONTROL)
# ---------------------------------------------------------------------------

_RK_LIVE_URL = "https://www.capecoastnews.example/live/impala-2-rocket-launch-overberg"

_RK_LIVE = _page(
    site="Cape Coast News",
    url=_RK_LIVE_URL,
    title="LIVE: Impala-2 rocket launch from the Overberg | Cape Coast News",
    description=(
        "Live updates as Southern Sky Aerospace attempts to launch its Impala-2 rocket to the "
        "edge of space from the Overberg Test Range."
    ),
    section="Live",
    nav=["News", "Western Cape", "Live", "Business", "Science", "Sport", "Weather"],
    headline="LIVE: Impala-2 rocket launch from the Overberg",
    standfirst=(
        "Southern Sky Aerospace is attempting to send its Impala-2 rocket past 100 km. All times "
        "SAST."
    ),
    byline="By Cape Coast News reporters Zainab Adams and Pieter Louw",
    published="2026-09-15T07:30:00+02:00",
    modified="2026-09-15T13:20:00+02:00",
    visible_date="Tuesday 15 September 2026, last updated 13:20",
    paragraphs=[
        "### 13:20 - Payload capsule recovered",
        (
            "The recovery vessel MV Kaap Agulhas has hauled the payload capsule out of the sea "
            "about 62 km south-east of the launch pad. Flight director Ayesha Patel says it "
            "appears to be intact and will be brought back to Struisbaai harbour this evening. "
            "The experiments inside will be handed to the university and SANSA teams tomorrow."
        ),
        "### 12:05 - Preliminary altitude about 103 km",
        (
            "Southern Sky Aerospace says preliminary data indicate Impala-2 reached an altitude "
            "of about 103 km, above the 100 km Kármán line that is often used as the boundary of "
            "space. The company stresses that this is a first reading and a final figure will be "
            "released once range tracking data have been analysed."
        ),
        (
            "Chief executive Lerato Khumalo, speaking to our reporter at the media area in "
            "Arniston: “We went to space today. We built this rocket in Cape Town, with South "
            "African engineers, and it did exactly what we designed it to do.”"
        ),
        "### 11:55 - Parachute seen on tracking",
        (
            "Mission control reports that the main parachute on the payload capsule has opened. "
            "The capsule is descending towards the sea inside the range's safety zone."
        ),
        "### 11:46 - Engine burn complete",
        (
            "The hybrid motor burned for about 32 seconds, as planned. The rocket is now coasting "
            "upwards. Chief engineer Riaan Pretorius says all telemetry is nominal so far."
        ),
        "### 11:42 - LIFTOFF",
        (
            "Impala-2 has lifted off from the Denel Overberg Test Range. A huge cheer from the "
            "crowd gathered on the dunes outside Arniston as the white rocket climbed into a "
            "clear sky, leaving a thin exhaust trail that drifted out over the sea."
        ),
        "### 11:30 - Countdown resumes",
        (
            "The range has given the all-clear on upper-level winds and the countdown has "
            "resumed. Liftoff is now targeted for 11:40."
        ),
        "### 09:10 - Launch on hold",
        (
            "The 09:00 launch time has come and gone. The range safety officer has put the "
            "countdown on hold because of strong upper-level winds, which would push the rocket "
            "too far off its planned track. Southern Sky Aerospace says it will assess conditions "
            "again at 11:00. The launch window closes at 14:00."
        ),
        "### 08:45 - Rocket fuelled",
        (
            "Nitrous oxide loading is complete. The rocket's solid paraffin wax fuel grain is "
            "already inside the motor. Spectators are gathering on the road between Arniston and "
            "Bredasdorp, which has been closed to traffic near the range gates."
        ),
        "### 07:30 - Good morning",
        (
            "Welcome to our live coverage of the launch of Impala-2, a 9.6-metre, single-stage "
            "hybrid rocket built by Cape Town company Southern Sky Aerospace. The rocket weighs "
            "1,850 kg at liftoff and is designed to carry small scientific payloads to about 100 "
            "km above the Earth."
        ),
        (
            "On board are a microgravity fluid experiment built by students at Stellenbosch "
            "University and a radiation sensor from the South African National Space Agency "
            "(SANSA)."
        ),
        (
            "The company's previous rocket, Impala-1, reached only 37 km in November 2025 when a "
            "valve fault cut the engine burn short. Southern Sky Aerospace has spent the ten "
            "months since redesigning the oxidiser system."
        ),
        (
            "Launch is planned for 09:00 from the Denel Overberg Test Range, near Arniston. Stay "
            "with us for updates throughout the day."
        ),
    ],
    caption=(
        "Impala-2 on the launch rail at the Denel Overberg Test Range on Tuesday morning. Cape "
        "Coast News/Sven Joubert"
    ),
    sidebar_title="More Western Cape news",
    sidebar=[
        "Cape Town dams at 96.4% after wettest winter in 12 years",
        "Hermanus whale festival draws 80,000 visitors",
        "N2 Sir Lowry's Pass closed for 3 hours after truck fire",
        "Bredasdorp school wins national robotics title",
        "SANSA opens R45 million ground station in Matjiesfontein",
    ],
    newsletter=(
        "The Cape Coast Brief: the Western Cape's news, weather and traffic every morning at 6."
    ),
    footer="© 2026 Cape Coast News (Pty) Ltd. All rights reserved.",
)

_RK_SPACE_URL = (
    "https://orbitalfrontier.example/launch/impala-2-southern-sky-aerospace-suborbital-flight"
)

_RK_SPACE = _page(
    site="Orbital Frontier",
    url=_RK_SPACE_URL,
    title="Southern Sky Aerospace's Impala-2 reaches 104.6 km on first flight | Orbital Frontier",
    description=(
        "South African startup Southern Sky Aerospace flew its Impala-2 hybrid sounding rocket "
        "past the Kármán line from the Overberg Test Range."
    ),
    section="Launch",
    nav=["Launch", "Satellites", "Industry", "Policy", "Science", "Launch Schedule"],
    headline="Southern Sky Aerospace's Impala-2 reaches 104.6 km on first flight",
    standfirst=(
        "The hybrid sounding rocket flew from South Africa's Overberg Test Range after a weather "
        "hold of nearly three hours."
    ),
    byline="By Marcus Lindgren",
    published="2026-09-15T16:45:00+00:00",
    json_ld=True,
    visible_date="September 15, 2026 16:45 UTC",
    paragraphs=[
        (
            "South African startup Southern Sky Aerospace (SSA) launched its Impala-2 sounding "
            "rocket to an altitude of 104.6 km (65.0 miles) on Tuesday, crossing the Kármán line "
            "on the vehicle's first flight."
        ),
        (
            "Impala-2 lifted off at 09:42 UTC (11:42 local time) from the Denel Overberg Test "
            "Range on South Africa's southern coast, about 200 km east of Cape Town. The launch "
            "had been scheduled for 07:00 UTC but was held for nearly three hours because of "
            "strong upper-level winds."
        ),
        (
            "SSA confirmed the peak altitude of 104.6 km at 13:30 UTC after analysing data from "
            "the range's tracking radar. The company had earlier given a preliminary figure of "
            "about 103 km based on the rocket's onboard navigation system."
        ),
        (
            "The single-stage rocket is 9.6 metres (31.5 ft) tall and weighs 1,850 kg (about "
            "4,080 lb) fully fuelled. Its hybrid motor, which burns a solid paraffin wax fuel "
            "with liquid nitrous oxide as the oxidiser, produced a peak thrust of 62 kN during a "
            "burn of about 32 seconds, accelerating the vehicle to a peak speed of about 5,200 "
            "km/h (3,230 mph)."
        ),
        (
            "After engine cutoff the rocket coasted to apogee roughly three minutes after "
            "liftoff, giving the payloads about 3.5 minutes of microgravity. The payload capsule "
            "separated from the spent booster, deployed a drogue and then a main parachute, and "
            "splashed down in the Indian Ocean 62 km (38.5 miles) south-east of the launch site "
            "13 minutes 20 seconds after liftoff. The booster was not recovered."
        ),
        (
            "The capsule carried a microgravity fluid-dynamics experiment from Stellenbosch "
            "University and a radiation dosimeter from the South African National Space Agency "
            "(SANSA)."
        ),
        (
            "“This is the flight we have been working towards for six years,” SSA chief executive "
            "Lerato Nomvula Khumalo said. “Impala-2 proves that a small team in Cape Town can "
            "design, build and fly a rocket to space, and that there is a market for affordable "
            "suborbital research flights from Africa.”"
        ),
        (
            "SANSA chief executive Themba Ngubane, who watched the launch from the range, said "
            "the agency would use the radiation data to help design shielding for future South "
            "African satellites. “Every measurement we take above 100 km is a measurement we no "
            "longer have to buy from someone else,” he said."
        ),
        (
            "The flight follows Impala-1 in November 2025, which reached only 37 km after an "
            "oxidiser valve malfunction shut down its engine early. SSA chief engineer Riaan "
            "Pretorius said the team had replaced the valve design and added a redundant pressure "
            "sensor. “We learned more from that failure than from any test on the ground,” he "
            "said."
        ),
        (
            "SSA, founded in 2020, has raised about R180 million (roughly $10.3 million) from "
            "local venture funds and a grant from the Department of Science, Technology and "
            "Innovation. The company says it has signed letters of intent with three universities "
            "and one private customer for flights in 2027, and plans to fly Impala-2 up to four "
            "times next year."
        ),
        (
            "The Overberg range, operated by state-owned defence group Denel, was built in the "
            "1980s for missile testing and has since been used mainly for weapons trials and for "
            "tracking other countries' launches. Impala-2 is the first rocket from the range to "
            "reach space in decades."
        ),
        (
            "SSA says its longer-term goal is a small orbital launcher, provisionally called "
            "Kudu, capable of placing 150 kg in low Earth orbit, but it has not given a date for "
            "a first flight."
        ),
    ],
    caption=(
        "Impala-2 lifts off from the Denel Overberg Test Range on Sept. 15. Credit: Southern Sky "
        "Aerospace"
    ),
    sidebar_title="Launch schedule",
    sidebar=[
        "Sept 18: Falcon 9, Starlink Group 14-7, Vandenberg",
        "Sept 21: Ariane 6, Galileo L14, Kourou",
        "Sept 24: Electron, 'Still Testing' - 2 satellites, Mahia",
        "Sept 30: PSLV-C64, Oceansat-3B, Sriharikota",
        "Oct 2: H3, QZS-7, Tanegashima",
    ],
    newsletter="Orbital Frontier Launch Digest: every launch, every week, straight to your inbox.",
    footer="© 2026 Orbital Frontier Media. All times UTC unless stated.",
)

_RK_GAZETTE_URL = "https://www.overberggazette.example/news/arniston-watches-rocket-reach-space"

_RK_GAZETTE = _page(
    site="Overberg Gazette",
    url=_RK_GAZETTE_URL,
    title="Arniston watches as rocket reaches space - Overberg Gazette",
    description=(
        "Hundreds gathered on the dunes near Arniston to watch the Impala-2 rocket launch from "
        "the Overberg Test Range."
    ),
    section="Local News",
    nav=["Home", "News", "Bredasdorp", "Arniston", "Struisbaai", "Sport", "Classifieds"],
    headline="Arniston watches as rocket reaches space",
    standfirst=(
        "Hundreds turn out on the dunes; fishermen kept out of launch zone for most of the day"
    ),
    byline="By Annelie Steyn",
    visible_date="16 September 2026",
    paragraphs=[
        (
            "Hundreds of people lined the dunes and the road outside Arniston on Tuesday morning "
            "to watch a rocket built in Cape Town blast off from the Denel Overberg Test Range "
            "and climb to more than 100 km above the earth."
        ),
        (
            "The Impala-2 rocket, built by Southern Sky Aerospace, lifted off at 11:42, nearly "
            "three hours after the planned launch time of 09:00. The countdown was put on hold "
            "because of strong winds high in the atmosphere."
        ),
        (
            "The wait did not bother the crowd. Families brought picnic baskets and camping "
            "chairs, and pupils from schools in Bredasdorp and Napier arrived by bus. When the "
            "rocket finally rose from the range, there was a roar of cheering that could be heard "
            "in the village."
        ),
        (
            "“It was over so fast. There was a bang, a flash and then it was just a white line "
            "going straight up,” said Grade 10 pupil Liam Fortuin, 15, from Bredasdorp. “Now I "
            "want to be a rocket engineer.”"
        ),
        (
            "According to Southern Sky Aerospace, the rocket reached a peak altitude of just over "
            "104 km, well past the 100 km line that scientists often use as the edge of space. A "
            "capsule carrying experiments from Stellenbosch University and the South African "
            "National Space Agency came down by parachute in the sea and was recovered by a boat "
            "from the company's contractor."
        ),
        (
            "Southern Sky Aerospace chief executive Lerato Khumalo thanked the Overberg "
            "community. “The people of Arniston and Bredasdorp have been patient with road "
            "closures and noise from our engine tests for two years. Today is their day as much "
            "as ours,” she said."
        ),
        (
            "Not everybody was celebrating. Local fishermen were ordered to stay out of a large "
            "safety zone at sea from 06:00 until 14:00, which meant a lost day for several boats."
        ),
        (
            "“We lose a day's catch every time they launch. One day is fine, but if they are "
            "going to launch four times a year, somebody must talk to us about compensation,” "
            "said skipper Dawid Marthinus, who has fished out of Arniston for 30 years."
        ),
        (
            "Ward councillor Johan Swart said the municipality had raised the fishermen's "
            "concerns with Denel and with the company. “We want this industry here. It brings "
            "visitors and jobs. But the fishermen were here first, and their livelihoods must be "
            "protected,” Swart said."
        ),
        (
            "Southern Sky Aerospace chief engineer Riaan Pretorius said the company was willing "
            "to meet the fishing community. He said the safety zone was set by the range, not by "
            "the company, and was needed because the spent rocket booster falls into the sea."
        ),
        (
            "The company's first rocket, Impala-1, reached only 37 km in November last year "
            "before an engine valve failed. Many of the same spectators were there to see that "
            "launch."
        ),
        (
            "“Last year we went home a bit disappointed. This year they did it. I am proud that "
            "this happened here in our small corner of the country,” said Arniston guesthouse "
            "owner Marietjie Cloete, who said all six of her rooms had been booked by visitors "
            "who came for the launch."
        ),
        (
            "The Denel Overberg Test Range, just east of Arniston next to the De Hoop Nature "
            "Reserve, has been used for missile tests since the 1980s. Many residents of Arniston "
            "and Bredasdorp work at the range or have family members who do."
        ),
        (
            "Southern Sky Aerospace says it plans up to four more launches next year. The company "
            "has not yet announced dates."
        ),
    ],
    caption=(
        "Spectators on the dunes near Arniston watch the Impala-2 rocket climb on Tuesday. Photo: "
        "Annelie Steyn"
    ),
    sidebar_title="Most read this week",
    sidebar=[
        "Struisbaai harbour upgrade to cost R38 million",
        "Bredasdorp rugby club celebrates 100 years",
        "Napier water restrictions lifted after 14 months",
        "Cape Agulhas municipality appoints new municipal manager",
        "Two arrested for abalone poaching near Arniston",
    ],
    newsletter="Get the Gazette every Thursday in your inbox, free.",
    footer="© 2026 Overberg Gazette. Published by Suidkus Media, Bredasdorp.",
)

STORY_RK = {
    "id": "rk-GE5",
    "part": "GE",
    "domain": "rocket",
    "fetched": "2026-09-17",
    "articles": [
        {"url": _RK_LIVE_URL, "html": _RK_LIVE},
        {"url": _RK_SPACE_URL, "html": _RK_SPACE},
        {"url": _RK_GAZETTE_URL, "html": _RK_GAZETTE},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-GE6  Lake Malawi earthquake near Nkhotakota (PLANTED 3)
# ---------------------------------------------------------------------------

_EQ_LIVE_URL = "https://www.lakeshoreradio.example/live/earthquake-nkhotakota-lake-malawi"

_EQ_LIVE = _page(
    site="Lakeshore Radio Malawi",
    url=_EQ_LIVE_URL,
    title="LIVE: Strong earthquake shakes central Malawi | Lakeshore Radio Malawi",
    description=(
        "Live updates after a strong earthquake centred under Lake Malawi near Nkhotakota was "
        "felt across Malawi and in Zambia and Mozambique."
    ),
    section="Live",
    nav=["Home", "News", "Live", "Central Region", "Northern Region", "Business", "Listen Live"],
    headline="LIVE: Strong earthquake shakes central Malawi",
    standfirst=(
        "The quake struck under the lake near Nkhotakota on Sunday afternoon. Updates in Malawi "
        "time (CAT)."
    ),
    byline="By LRM newsroom: Tiyamike Banda and Sangwani Nyasulu",
    published="2026-03-15T15:05:00+02:00",
    modified="2026-03-15T21:10:00+02:00",
    visible_date="Sunday 15 March 2026 · updated 21:10",
    paragraphs=[
        "### 21:10 - Death toll rises to six",
        (
            "The Department of Disaster Management Affairs (DoDMA) says six people have now died "
            "and 41 have been injured. Commissioner for Disaster Management Affairs Chikondi "
            "Kalilombe told LRM that most of the deaths were caused by the collapse of mud-brick "
            "houses in lakeshore villages north of Nkhotakota town."
        ),
        (
            "“Our teams are on the ground in Nkhotakota and Salima, and we are moving tents, "
            "blankets and food from our warehouse in Lilongwe tonight. We expect the numbers to "
            "change as assessments continue in the morning,” Kalilombe said."
        ),
        (
            "Malawi Red Cross Society volunteers are helping to move injured people to Nkhotakota "
            "District Hospital, and the society says it is setting up a tracing desk at the boma "
            "for families who cannot find relatives. Electricity has been cut to parts of the "
            "town as a precaution while engineers check damaged poles and lines."
        ),
        "### 19:30 - Local magnitude 5.9, says Geological Survey",
        (
            "The Geological Survey Department in Zomba has put the local magnitude of this "
            "afternoon's quake at 5.9. Director Dr Wongani Chiumia says the department's stations "
            "also recorded at least eight aftershocks, the largest of them a magnitude 4.6 at "
            "16:02."
        ),
        (
            "Dr Chiumia urged people not to sleep inside cracked buildings tonight. “Aftershocks "
            "are normal after an event of this size. They can bring down walls that were weakened "
            "in the main shock,” he said."
        ),
        "### 17:45 - At least three dead",
        (
            "Nkhotakota District Commissioner Wezi Banda confirms that at least three people have "
            "died in the district. Two children were killed when a classroom wall fell at a "
            "primary school near the boma, where they had been playing football, and an elderly "
            "woman died when her house collapsed."
        ),
        "### 16:20 - USGS revises magnitude",
        (
            "The US Geological Survey has revised its estimate of the earthquake's magnitude to "
            "6.0, down from an initial 6.2. It puts the depth at 10 km and the epicentre under "
            "Lake Malawi about 28 km east-north-east of Nkhotakota."
        ),
        "### 15:40 - Felt across the region",
        (
            "Listeners have been calling in from all over the country. The shaking was felt "
            "strongly in Nkhotakota, Salima and Ntchisi, and more lightly in Lilongwe, Mzuzu and "
            "Kasungu. We have also had messages from Chipata in Zambia and from Lichinga in "
            "Mozambique."
        ),
        (
            "“The whole house was shaking and the plates fell off the shelf. We ran outside with "
            "the children,” said Grace Mbewe, who called from Area 25 in Lilongwe, about 170 km "
            "from the epicentre."
        ),
        (
            "In Nkhotakota, fisherman Yohane Zimba said waves slapped against the boats on the "
            "beach at Sani, but the lake level did not change. “It was like the lake was boiling "
            "for a moment. Then it was calm again,” he said."
        ),
        "### 15:05 - Strong earthquake felt in central Malawi",
        (
            "A strong earthquake struck central Malawi at 14:37 on Sunday afternoon, sending "
            "people running out of homes, churches and markets. The US Geological Survey says the "
            "quake had a preliminary magnitude of 6.2 and was centred under Lake Malawi near "
            "Nkhotakota."
        ),
        (
            "There are no immediate reports of casualties. We will bring you updates as we get "
            "them. If you are in the affected area and it is safe to do so, call our newsroom or "
            "send us a WhatsApp message."
        ),
    ],
    caption=(
        "People gather outside a church in Nkhotakota after the earthquake on Sunday. Photo: "
        "LRM/Chifundo Kaunda"
    ),
    sidebar_title="Latest from LRM",
    sidebar=[
        "Lilongwe water board restores supply to 18 areas",
        "Fuel: NOCMA says 2 million litres arriving this week",
        "Tobacco auction floors open on 6 April",
        "Flames squad named for Zimbabwe friendly",
        "Magnitude 4.8 tremor felt in Karonga last November caused no damage",
    ],
    newsletter="Get LRM news alerts on WhatsApp: send JOIN to our newsroom number.",
    footer="© 2026 Lakeshore Radio Malawi. Broadcasting on 96.4 FM in Nkhotakota and Salima.",
)

_EQ_WIRE_URL = "https://www.riftpress.example/africa/malawi-earthquake-death-toll-rises-to-seven"

_EQ_WIRE = _page(
    site="Rift Press Agency",
    url=_EQ_WIRE_URL,
    title="Malawi earthquake death toll rises to seven, 58 injured - Rift Press Agency",
    description=(
        "A magnitude 6.0 earthquake under Lake Malawi near Nkhotakota killed seven people and "
        "damaged more than 1,200 houses."
    ),
    section="Africa",
    nav=["Africa", "World", "Business", "Environment", "Health", "Sport", "Photos"],
    headline="Malawi earthquake death toll rises to seven, 58 injured",
    standfirst=(
        "Government releases emergency funds as families sleep outdoors for fear of aftershocks."
    ),
    byline="By Chimwemwe Kalua",
    published="2026-03-16T07:30:00+02:00",
    json_ld=True,
    visible_date="16 March 2026 07:30 CAT",
    paragraphs=[
        (
            "LILONGWE, March 16 (RPA) - The death toll from a strong earthquake that struck under "
            "Lake Malawi has risen to seven, with 58 people injured and more than 1,200 houses "
            "damaged or destroyed, Malawi's disaster management agency said on Monday."
        ),
        (
            "The magnitude 6.0 quake struck at 2:37 p.m. (1237 GMT) on Saturday afternoon at a "
            "depth of 10 km, with its epicentre about 28 km (17 miles) east-north-east of the "
            "lakeshore town of Nkhotakota, according to the U.S. Geological Survey."
        ),
        (
            "Shaking was felt across central Malawi, including in the capital Lilongwe, as well "
            "as in eastern Zambia and northern Mozambique."
        ),
        (
            "Chikondi Kalilombe, the Commissioner for Disaster Management Affairs, said 1,240 "
            "houses had been damaged or destroyed, most of them in Nkhotakota district, with "
            "others in Salima and Ntchisi districts."
        ),
        (
            "“Most of the houses that fell were built of mud bricks without reinforcement. Many "
            "families lost everything they had,” Kalilombe told reporters in Lilongwe. “Our "
            "priority now is shelter, clean water and treatment for the injured.”"
        ),
        (
            "The government has released 2.5 billion kwacha (about $1.44 million) for emergency "
            "relief, Kalilombe said."
        ),
        (
            "Among the dead were two children killed when a classroom wall collapsed at a primary "
            "school near Nkhotakota, where they had been playing football on the school grounds. "
            "No classes were taking place at the time."
        ),
        (
            "The Malawi Red Cross Society said more than 1,500 households had been affected, "
            "including families whose houses were still standing but had been left with cracks "
            "that made them unsafe."
        ),
        (
            "“People are sleeping outside, under trees and in church yards, because they are "
            "afraid of aftershocks. The nights are cold and it is still the rainy season,” said "
            "Red Cross spokesperson Felix Chirwa."
        ),
        (
            "Nkhotakota District Hospital treated most of the injured. Hospital director Dr "
            "Martha Gondwe said 14 patients with fractures and head injuries had been transferred "
            "to Kamuzu Central Hospital in Lilongwe."
        ),
        (
            "Malawi's Geological Survey Department put the magnitude of the earthquake at 5.9 on "
            "its local scale, while the German Research Centre for Geosciences (GFZ) measured it "
            "at 5.8. The department said it had recorded more than a dozen aftershocks, the "
            "largest of magnitude 4.6."
        ),
        (
            "Malawi sits on the southern end of the East African Rift system, where the African "
            "continent is slowly pulling apart, and the lake itself fills a deep rift valley. "
            "Earthquakes are common but rarely strong enough to cause serious damage."
        ),
        (
            "A series of earthquakes around the northern town of Karonga in December 2009, the "
            "strongest of magnitude 6.0, killed at least four people and damaged thousands of "
            "homes. In neighbouring Mozambique, a magnitude 7.0 earthquake in Machaze district in "
            "February 2006 killed four people."
        ),
        (
            "Nkhotakota District Commissioner Wezi Banda said teams were still checking villages "
            "along the lakeshore that are reachable only by boat or by footpath."
        ),
        (
            "“There are fishing villages north of the boma where the road is poor. We will know "
            "the full picture only when we reach everybody,” Banda said."
        ),
        (
            "(Reporting by Chimwemwe Kalua; Additional reporting by Mwila Tembo in Chipata; "
            "Editing by Ruth Adeyemi)"
        ),
    ],
    caption=(
        "A man walks past a collapsed house in a village near Nkhotakota, Malawi, March 16, 2026. "
        "RPA/Chimwemwe Kalua"
    ),
    sidebar_title="Top stories",
    sidebar=[
        "Mozambique: cholera cases pass 4,000 in Nampula",
        "Zambia to import 300,000 tonnes of maize",
        "Namibia's uranium exports rise 21%",
        "Botswana opens $1.2 billion solar tender",
        "Tanzania: ferry capsizes on Lake Victoria, 9 missing",
    ],
    newsletter="RPA Africa Morning: the continent's essential news before breakfast.",
    footer="© 2026 Rift Press Agency. All rights reserved.",
)

_EQ_PAPER_URL = "https://www.lilongwetribune.example/news/quake-kills-six-in-nkhotakota"

_EQ_PAPER = _page(
    site="The Lilongwe Tribune",
    url=_EQ_PAPER_URL,
    title="Quake kills six in Nkhotakota | The Lilongwe Tribune",
    description=(
        "Six people have died and dozens have been injured after an earthquake under Lake Malawi "
        "shook the Central Region."
    ),
    section="National",
    nav=["Home", "National", "Politics", "Business", "Features", "Sport", "Opinion"],
    headline="Quake kills six in Nkhotakota",
    standfirst=(
        "Dozens injured, hundreds of houses flattened as tremor is felt from Mzuzu to Lilongwe"
    ),
    byline="By TAWONGA MSISKA and staff reporters",
    visible_date="Monday, March 16, 2026",
    paragraphs=[
        (
            "Six people died and 41 were injured after a powerful earthquake struck under Lake "
            "Malawi near Nkhotakota on Sunday afternoon, flattening hundreds of houses and "
            "sending panicked residents across the Central Region into the streets."
        ),
        (
            "The Department of Disaster Management Affairs (DoDMA) confirmed the figures at "
            "around 9 pm on Sunday, warning that the numbers could rise as assessment teams "
            "reached remote lakeshore villages."
        ),
        (
            "The earthquake hit at 2.37 pm. According to the United States Geological Survey "
            "(USGS), it measured 6.0 and was centred under the lake about 28 kilometres from "
            "Nkhotakota Boma at a depth of 35 kilometres. The Geological Survey Department in "
            "Zomba gave a local magnitude of 5.9."
        ),
        (
            "In Lilongwe, about 170 kilometres away, shoppers ran out of supermarkets at "
            "Crossroads and Gateway Mall, and worshippers streamed out of churches in Area 18 and "
            "Area 47 where afternoon services were under way."
        ),
        (
            "“I thought a truck had hit the building. Then the windows started rattling and "
            "everybody was shouting,” said Martha Phiri, a shop assistant in the City Centre. “We "
            "stood outside for almost an hour before anyone dared to go back in.”"
        ),
        (
            "The worst damage was in Nkhotakota district, where many houses are built of mud "
            "bricks. In the villages north of the boma, residents described walls folding inwards "
            "and roofs collapsing on to families."
        ),
        (
            "Two of the dead were children who were killed when a classroom wall fell on them at "
            "a primary school near the boma. Nkhotakota District Commissioner Wezi Banda said the "
            "children had been playing football on the school grounds when the quake struck."
        ),
        (
            "“It is a very sad day for Nkhotakota. We have lost children, we have lost elderly "
            "people, and many families have nowhere to sleep tonight,” Banda said."
        ),
        (
            "Commissioner for Disaster Management Affairs Chikondi Kalilombe said relief items "
            "were being dispatched from Lilongwe overnight. “We are sending tents, blankets and "
            "food, and we are working with the Malawi Red Cross Society and the district council "
            "to set up temporary shelters,” he said."
        ),
        (
            "At Nkhotakota District Hospital, relatives waited on benches outside the casualty "
            "ward as nurses attended to people with broken limbs and cuts from falling bricks and "
            "iron sheets."
        ),
        (
            "Director of the Geological Survey Department Dr Wongani Chiumia said aftershocks "
            "were likely to continue for days or even weeks, and warned people not to return to "
            "buildings with visible cracks."
        ),
        (
            "“The lake sits inside the rift valley, and the faults under it are active. This is "
            "the strongest earthquake we have recorded in the Central Region in many years,” Dr "
            "Chiumia said."
        ),
        (
            "The earthquake was also felt in Mzuzu, Kasungu and Salima, and in the Zambian border "
            "town of Chipata. Residents of Lichinga in Mozambique's Niassa province reported "
            "light shaking on social media."
        ),
        (
            "The last time Malawi experienced a deadly quake was in December 2009, when a series "
            "of tremors in Karonga district killed at least four people and left thousands "
            "homeless."
        ),
        "Government is expected to announce a relief package today.",
    ],
    caption=(
        "A resident inspects his collapsed house in Nkhotakota yesterday. Picture by OUR "
        "CORRESPONDENT"
    ),
    sidebar_title="Most Read",
    sidebar=[
        "MRA collects K148 billion in February",
        "Nyasa Big Bullets thrash Silver Strikers 3-0",
        "Teachers threaten strike over 2 months' salary arrears",
        "Cost of living: CDEDI says family of six needs K1.2 million a month",
        "Mzuzu city council suspends 4 officers over plot allocations",
    ],
    newsletter="Sign up for the Tribune Daily Digest, delivered to your inbox every morning.",
    footer="© 2026 The Lilongwe Tribune. Published by Tribune Press Ltd, Lilongwe, Malawi.",
)

_EQ_QUAKE_URL = "https://quakewatch-africa.example/events/2026-malawi-nkhotakota-m6"

_EQ_QUAKE = _page(
    site="QuakeWatch Africa",
    url=_EQ_QUAKE_URL,
    title="M6.0 Nkhotakota, Malawi earthquake: tectonic summary and impacts | QuakeWatch Africa",
    description=(
        "Event page for the M6.0 earthquake beneath Lake Malawi: magnitudes by agency, depth, "
        "aftershocks and impacts."
    ),
    section="Event reports",
    nav=["Recent quakes", "Event reports", "Map", "Tectonics", "Preparedness", "About"],
    headline="M6.0 Nkhotakota, Malawi earthquake: tectonic summary and impacts",
    standfirst=(
        "A normal-faulting event on the western margin of the Lake Malawi rift, the strongest in "
        "central Malawi in the instrumental record."
    ),
    byline="By Dr Kagiso Molefe, QuakeWatch Africa seismologist",
    published="2026-03-16T14:00:00+00:00",
    visible_date="Updated 16 March 2026, 14:00 UTC",
    paragraphs=[
        "## Event parameters",
        (
            "Origin time: Sunday 15 March 2026, 12:37:21 UTC (14:37:21 Central Africa Time). "
            "Epicentre: beneath Lake Malawi, about 28 km (17 mi) east-north-east of Nkhotakota "
            "and about 170 km (105 mi) north-east of Lilongwe."
        ),
        (
            "Magnitude and depth by agency: the US Geological Survey (USGS) gives moment "
            "magnitude Mw 6.0 at a depth of 10 km (6.2 mi). Its first automatic solution, issued "
            "about 20 minutes after the event, gave magnitude 6.2 and was revised to 6.0 about 90 "
            "minutes later. The German Research Centre for Geosciences (GFZ) gives Mw 5.8 at 12 "
            "km depth. Malawi's Geological Survey Department reports a local magnitude (ML) of "
            "5.9."
        ),
        (
            "These differences are normal. Different agencies use different station networks, "
            "velocity models and magnitude scales, and values within 0.2 units of each other are "
            "considered consistent. Depths for shallow rift earthquakes are poorly constrained "
            "without nearby stations, and the USGS depth of 10 km should be read as shallow "
            "crustal rather than exact."
        ),
        "## Tectonic setting",
        (
            "Lake Malawi occupies the southern end of the western branch of the East African Rift "
            "system, where the Nubian and Somalian plates are separating at a few millimetres per "
            "year. The lake is divided into a series of half-graben basins bounded by long normal "
            "faults. The USGS moment tensor for this earthquake shows normal faulting on a plane "
            "striking roughly north-south, consistent with east-west extension across the rift."
        ),
        "## Aftershocks",
        (
            "By 12:00 UTC on Monday the regional network had recorded 23 aftershocks of magnitude "
            "3.0 or greater. The largest, M4.6, occurred at 14:02 UTC on Sunday (16:02 local "
            "time). Aftershock activity is decaying at a normal rate. Based on typical sequences, "
            "there is roughly a 5-10% chance of an aftershock of magnitude 5 or greater in the "
            "coming week."
        ),
        "## Impacts",
        (
            "As of Monday morning, Malawi's Department of Disaster Management Affairs (DoDMA) "
            "reported seven deaths and 58 injuries, and 1,240 houses damaged or destroyed. The "
            "toll rose through Sunday evening: three deaths had been confirmed by 17:45 local "
            "time and six by about 21:00. DoDMA commissioner Chikondi Kalilombwe said on Monday "
            "that assessments in lakeshore villages reachable only by boat were still under way."
        ),
        (
            "The Malawi Red Cross Society reports more than 1,500 households affected, a broader "
            "measure that includes households whose homes are cracked but standing."
        ),
        (
            "Most of the damage occurred in unreinforced mud-brick and burnt-brick houses, which "
            "are highly vulnerable to shaking of this intensity. The USGS ShakeMap estimates peak "
            "intensities of VII (very strong) along the lakeshore near Nkhotakota and IV to V "
            "(light to moderate) in Lilongwe. Its PAGER system issued an orange alert for "
            "economic losses and a yellow alert for fatalities."
        ),
        "## Historical context",
        (
            "This is the most damaging earthquake in Malawi since the December 2009 Karonga "
            "sequence in the far north, whose largest shock was Mw 6.0 and which killed at least "
            "four people. The largest instrumentally recorded earthquake in the wider region is "
            "the Mw 7.0 Machaze earthquake in central Mozambique on 22 February 2006."
        ),
        "## Preparedness",
        (
            "Residents of the affected area should stay out of buildings with visible structural "
            "cracks, especially walls that lean or have separated at the corners. Aftershocks can "
            "bring down structures already weakened by the main shock. Where possible, families "
            "should shelter in tents or in open areas away from walls and trees until engineers "
            "have assessed their homes."
        ),
        (
            "We will update this page as new information becomes available from USGS, GFZ, the "
            "Geological Survey Department and DoDMA."
        ),
    ],
    caption=(
        "Map: epicentre and aftershocks of M3.0+ through 16 March 12:00 UTC. Data: USGS, GFZ, "
        "Malawi GSD"
    ),
    sidebar_title="Recent events",
    sidebar=[
        "M4.3 - 42 km SW of Chipata, Zambia - 9 March",
        "M5.1 - Southern Tanzania - 2 March",
        "M4.8 - Kariba region, Zambia/Zimbabwe - 24 February",
        "M4.0 - 18 km E of Ceres, South Africa - 11 February",
        "M5.4 - Mozambique Channel - 30 January",
    ],
    newsletter=(
        "Get QuakeWatch alerts for earthquakes of magnitude 4.5+ in southern and eastern Africa."
    ),
    footer="© 2026 QuakeWatch Africa. Event data courtesy of USGS, GFZ and national agencies.",
)

STORY_EQ = {
    "id": "eq-GE6",
    "part": "GE",
    "domain": "earthquake",
    "fetched": "2026-03-17",
    "articles": [
        {"url": _EQ_LIVE_URL, "html": _EQ_LIVE},
        {"url": _EQ_WIRE_URL, "html": _EQ_WIRE},
        {"url": _EQ_PAPER_URL, "html": _EQ_PAPER},
        {"url": _EQ_QUAKE_URL, "html": _EQ_QUAKE},
    ],
    "planted": [
        ("depth of the earthquake (USGS)", r"\b10\b", r"\b35\b"),
        ("surname of the disaster management commissioner", r"\bkalilombe\b", r"\bkalilombwe\b"),
        ("weekday the earthquake struck", r"\bsunday\b", r"\bsaturday\b"),
    ],
}

STORIES: list[dict] = [STORY_CB, STORY_EL, STORY_CT, STORY_TR, STORY_RK, STORY_EQ]
