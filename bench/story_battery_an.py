"""Story battery, part AN — Indonesia, Malaysia and Singapore, events in 2026.

Written by engineer AN1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six invented events (outlets, reporters, companies, candidates, most officials and all
figures are invented; real institutions and places appear only as scenery). Three stories
are controls with nothing planted; three carry exactly three planted errors each, every
one in a single outlet while at least two other outlets carry the right value. All pages
are full of legitimate variation (rounding, units, currencies, local time vs UTC, partial
counts, forecasts, previous decisions, other events in sidebars) that must NOT be reported.
Time zones: WIB = UTC+7 (Jakarta, West Java), WIT = UTC+9 (North Maluku),
MYT = SGT = UTC+8 (Malaysia, Singapore).

---------------------------------------------------------------------------------------
cb-AN1 — central bank — CONTROL — fetched 2026-02-26
TRUE FACTS: Bank Indonesia board of governors met Tue-Wed 17-18 February 2026; decision
  announced Wednesday 18 February at 2:30 p.m. WIB (07:30 GMT, 3:30 p.m. Singapore time).
  BI-Rate cut 25 bp (a quarter percentage point) to 4.50% from 4.75%; deposit facility
  3.75% (from 4.00%); lending facility 5.25% (from 5.50%). Governor Adrianus Santoso
  Wibisono; Deputy Governor Ratna Kusumawardani. January CPI 2.14% y/y (December 2.57%);
  target 2.5% +/- 1 pp (1.5-3.5%). 2026 growth projection 4.8-5.6% (kept); Q4 2025 GDP
  +5.04% y/y. Previous meeting (January) held at 4.75%. Cumulative easing since the
  cycle began in September 2024 (rate then 6.25%): 175 bp. Rate a year earlier: 5.75%.
  Next meeting 18-19 March. Rupiah: intraday low 16,435 per dollar just after the
  decision (-0.3%), closed 16,410 on Wednesday. JCI closed +0.6%. 10-year bond yield
  -6 bp to 6.31%. Wire poll: 17 of 28 economists expected a hold, 11 a cut.
OUTLETS: Nusantara Wire (wire, meta); The Jakarta Ledger (newspaper, line);
  Selat Business Television (Singapore broadcaster, jsonld); Rupiah Desk (newsletter, none).
PLANTED: none.
LEGITIMATE TRAPS: 25 bp / quarter point / 0.25 pp; 4.50% / 4.5 per cent; 2:30 p.m. WIB /
  0730 GMT / 3.30pm Singapore time; intraday 16,435 vs close 16,410; inflation 2.14% /
  "2.1 per cent"; previous rates (4.75%, 4.00%, 5.50%, 5.75% a year ago, 6.25% in 2024);
  December inflation 2.57%; competing forecasts (4.25% by June vs hold at 4.5% all year,
  rupiah 16,600 by end-June); poll 17/11 of 28; Bank Negara OPR 2.75%; bank mortgage rate;
  loan growth; meeting dates 17-18 Feb vs next 18-19 March; sidebars with other figures.

---------------------------------------------------------------------------------------
el-AN2 — election — 3 PLANTED — fetched 2026-03-24
TRUE FACTS: Bukit Seraya state by-election (Negeri Sembilan, Malaysia), polling Saturday
  14 March 2026, 8 a.m.-6 p.m. MYT; nomination 28 February; early voting Tuesday 10 March
  (1,126 police and military personnel). Mohd Faizal Harun (Gagasan Sejahtera, 41)
  14,286; Rajes Kumar Subramaniam (Barisan Harapan Baru) 11,053; independent Azlan Yusof
  412 (lost deposit); 187 spoilt; 25,938 ballots cast; 38,910 registered; turnout 66.7%;
  majority 3,233; Faizal 55.5% of valid votes, Rajes 42.9%. Result declared by returning
  officer Zulkifli Rahmat at 9:41 p.m. Seat vacated by death of Hassan Jalil on 2 January;
  2023 majority 1,908, turnout 71.4%. 21 polling centres, 64 streams. Electorate 58% Malay,
  27% Chinese, 14% Indian.
OUTLETS: Peninsula Newswire (wire, jsonld); The Seremban Courier (newspaper, line);
  Warta TV (broadcaster, meta); Malaya Post live blog (newest first, MYT stamps, none).
PLANTED: (1) majority 3,233 right vs 3,323 wrong — The Seremban Courier (digits swapped).
  (2) surname Subramaniam right vs Subramanian wrong — Warta TV (misspelt surname).
  (3) polling day Saturday right vs Sunday wrong — Peninsula Newswire (wrong weekday).
LEGITIMATE TRAPS: live-blog partial counts (20 and 52 of 64 streams) and turnout at 1 p.m.
  (41%) and 5 p.m. (58.2%); 2023 majority 1,908 and turnout 71.4%; early-vote count;
  "more than 3,200"; "nearly 39,000 voters"; shares; analysts' predicted margin of about
  1,500; per-centre results; name forms (Mohd Faizal Harun / Faizal / Rajes Kumar);
  nomination, early-voting and polling dates; other by-elections in sidebars.

---------------------------------------------------------------------------------------
ct-AN3 — court — CONTROL — fetched 2026-04-20
TRUE FACTS: Singapore Court of Appeal, Thursday 9 April 2026, 10 a.m.: dismissed Koh Boon
  Siang's (52, ex-group finance director, Meridian Strait Logistics) appeal against
  conviction; allowed prosecution's appeal; sentence raised from 9 years 4 months (High
  Court, Justice Ong Li Ting, May 2025, after a 41-day trial; convicted March 2025) to
  12 years, backdated to 20 May 2025. Prosecution sought 14 years; defence asked for the
  original term (at trial it had sought six years). 24 proceeded charges (18 criminal
  breach of trust as agent, 6 falsification of accounts), 31 more taken into
  consideration. S$38.6 million, 2017-2021, via 214 transfers to four shell companies;
  S$11.2 million recovered, S$27.4 million outstanding. Panel: Justices Leong Wai Kit
  (delivered judgment), Margaret Teo, Rajan Navaratnam. Appeal heard 14 January 2026.
  DPPs Sharon Lim Pei Shan and Ho Jia Wen; defence Senior Counsel Mark Ravindran.
  Ex-CEO Teo Hock Leng jailed 3 years 8 months in 2024. Properties: two condominium units
  in Johor Bahru, a house in Melbourne.
OUTLETS: Lion City Dispatch (newspaper, jsonld); Singapura Broadcast News (broadcaster,
  meta); The Klang Valley Tribune (Malaysian newspaper, line).
PLANTED: none.
LEGITIMATE TRAPS: S$38.6m / "about US$29 million" / "about RM127 million" / "nearly
  S$39 million"; recovered vs outstanding parts; old vs new sentence; sought terms (14,
  six, nine years four months); co-accused's term; "more than 200 transfers" vs 214;
  dates (offences, conviction, sentence, hearing, ruling, backdating); judge titles.

---------------------------------------------------------------------------------------
tr-AN4 — trade — 3 PLANTED — fetched 2026-04-24
TRUE FACTS: Indonesia raises the crude palm oil export levy from 10% to 12.5% of the
  reference price (up 2.5 percentage points), under a finance minister regulation signed
  Friday 10 April 2026, announced Tuesday 14 April at the Trade Ministry in Jakarta (about
  4 p.m. WIB) by Director General of Foreign Trade Rina Marlinawati; effective Friday
  1 May 2026. April reference price US$1,021.35/t (levy would be $127.67 vs $102.14).
  Export duty $124/t for April, unchanged, separate. Estate Crop Fund (BPDP) president
  director Yudi Permana; 2025 levy receipts Rp 44.3 trillion (about US$2.7 billion);
  B50 biodiesel planned for the second half of 2026. 2025 exports 29.6 million tonnes.
  APSI growers' chairman Sutrisno Hadiwijaya. Bursa Malaysia July palm contract: +1.4% to
  4,334 ringgit Tuesday close; +1.8% to 4,412 ringgit Wednesday morning.
OUTLETS: Sawit Ledger (newsletter, meta); Equator Wire (wire, line); Peninsular Business
  Times (Malaysian newspaper, jsonld); Harian Nusantara English edition (newspaper, none).
PLANTED: (1) effective date May 1 right vs June 1 wrong — Sawit Ledger (wrong date).
  (2) Rina Marlinawati director general right vs deputy trade minister wrong — Equator
  Wire (wrong title). (3) increase 2.5 percentage points right vs 2.5 per cent wrong —
  Peninsular Business Times (percent vs percentage points).
LEGITIMATE TRAPS: 10% vs 12.5%; "a quarter higher"; per-tonne levy at old vs new rate;
  export duty $124/t; Malaysia's own May export duty 9.5%; futures Tuesday close vs
  Wednesday morning; rupiah/dollar conversions; signed/announced/effective dates; growers'
  and importers' forecasts; replanting target vs achieved; refined-product levies.

---------------------------------------------------------------------------------------
rk-AN5 — rocket — CONTROL — fetched 2026-06-02
TRUE FACTS: BRIN's RX-550 sounding rocket test flight from the Pameungpeuk launch
  station, Garut, West Java; Thursday 21 May 2026, liftoff 09:14 WIB (02:14 UTC, 10:14
  Singapore time) after a 22-minute hold for a fishing boat (planned 08:52); first attempt
  Tuesday 19 May scrubbed for upper-level winds. Apogee 118 km (about 73 miles) at T+2 min
  45 s; motor burn 38 s; top speed Mach 5.6; splashdown about 190 km south, 6 min 10 s
  after liftoff; payload 52 kg, not recovered. Rocket 9.4 m long, 550 mm diameter,
  launch mass 2.3 tonnes. Planned apogee "at least 110 km" (pre-flight prediction 120 km).
  Previous test (RX-450, August 2025) reached 87 km. Programme cost Rp 86 billion (about
  US$5.3 million). Officials: Yuliani Hartono (head, Aeronautics and Space Research
  Organisation), flight director Agus Pramono, station chief Dedi Kurniawan.
OUTLETS: Pasundan TV live blog (newest first, WIB stamps, meta); Kepulauan Press Agency
  (wire, line); Orbit Asia Weekly (newsletter, jsonld); The Harbourfront Herald
  (Singapore newspaper, none).
PLANTED: none.
LEGITIMATE TRAPS: provisional "at least 115 km" on the live blog before the confirmed
  118 km; km vs miles; WIB vs UTC vs Singapore time; planned 08:52 vs actual 09:14;
  target 110 km and prediction 120 km; 2025 test's 87 km; 100 km Karman line; other
  launches and engine tests in sidebars; first attempt date vs flight date.

---------------------------------------------------------------------------------------
eq-AN6 — earthquake — 3 PLANTED — fetched 2026-07-28
TRUE FACTS: Earthquake at 3:47 a.m. WIT Sunday 19 July 2026 (18:47 UTC Saturday 18 July,
  2:47 a.m. Singapore time); BMKG magnitude 6.4 (preliminary 6.6), depth 10 km; USGS 6.6,
  depth 14 km. Epicentre 23 km northeast of Tobelo, North Halmahera, North Maluku.
  Tsunami warning issued 3:52 a.m., lifted 5:52 a.m. (about two hours); 9 cm rise at a
  tide gauge. Final toll (BNPB, Wednesday 22 July): 47 dead (North Halmahera 41, Morotai
  Island 6), 312 injured, 5,860 displaced, 2,140 houses damaged (386 heavily). Provisional
  tolls 6, 19, 33, 41. 94 aftershocks by Tuesday evening, largest 5.1 at 11:20 a.m.
  Sunday. Regent Frans Lahengko declared a 14-day emergency; Rp 5 billion (about
  US$305,000) emergency funds. BMKG's Bayu Adiputra; BNPB spokesperson Dian Pratiwi.
OUTLETS: Timur TV live blog (newest first, WIT stamps, jsonld); Archipelago Wire (wire,
  meta); The Marina Chronicle (Singapore newspaper, line); Ring of Fire Monitor
  (newsletter, none).
PLANTED: (1) time 3:47 a.m. right vs 3:17 a.m. wrong — Archipelago Wire (wrong clock
  time). (2) epicentre near Tobelo right vs Jailolo wrong — The Marina Chronicle (wrong
  place). (3) tsunami warning lasted about two hours right vs four hours wrong — Ring of
  Fire Monitor (wrong duration).
LEGITIMATE TRAPS: provisional tolls on the live blog; BMKG 6.4 vs USGS 6.6 (attributed)
  and preliminary 6.6; depth 10 vs 14 km; local vs UTC vs Singapore time and the UTC date
  falling on Saturday; per-regency tolls vs total; 2019 South Halmahera quake; aftershock
  counts at different times; 14-day emergency; rupiah/dollar aid figure.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Indonesia", "Malaysia", "Singapore", "Business", "World", "Opinion", "Video"]


def _esc(text):
    return html.escape(text, quote=False)


def paras(text):
    """Blank-line separated paragraphs; '##AD##' is a mid-article ad slot, '## x' a subhead."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block == "##AD##":
            out.append('<div class="ad-slot ad-inline"><span>Advertisement</span></div>')
        elif block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def updates(entries):
    """Live-blog entries, newest first: (stamp, heading, text)."""
    out = ['<div class="live-feed">']
    for stamp, head, text in entries:
        out.append(f'<div class="live-update"><p class="update-time"><time>{_esc(stamp)}</time></p>'
                   f"<h3>{_esc(head)}</h3>\n{paras(text)}</div>")
    out.append("</div>")
    return "\n".join(out)


def article(outlet, path, headline, standfirst, byline, body, *, date_mode="none", when="",
            date_line="", sidebar=("", ()), related=(), section="News"):
    """One outlet's full web page; date_mode is 'meta', 'jsonld', 'line' or 'none'."""
    name, domain = outlet
    url = f"https://{domain}/{path}"
    head_extra = ""
    if date_mode == "meta":
        head_extra = f'<meta property="article:published_time" content="{when}">'
    elif date_mode == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                "datePublished": when, "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head_extra = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    visible_date = f'<p class="dateline">{_esc(date_line)}</p>' if date_mode == "line" else ""
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    side_title, side_items = sidebar
    side = "".join(f"<li>{_esc(i)}</li>" for i in side_items)
    rel = "".join(f'<li><a href="https://{domain}/{p}">{_esc(t)}</a></li>' for t, p in related)
    share = ('<div class="share-bar"><span>Share this story</span> <a href="#">Facebook</a> '
             '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>')
    return {"url": url, "html": f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(headline)} | {_esc(name)}</title>
<meta name="description" content="{html.escape(standfirst)}">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:site_name" content="{html.escape(name)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
{head_extra}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to run this site, measure traffic and show personalised advertising. You can accept all cookies or choose your preferences.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://{domain}/">{_esc(name)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"></form>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main class="page">
<article class="story">
<p class="kicker">{_esc(section)}</p>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<p class="byline">{_esc(byline)}</p>
{visible_date}
{share}
<div class="article-body">
{body}
</div>
{share}
</article>
<aside class="sidebar"><div class="box"><h2>{_esc(side_title)}</h2><ul>{side}</ul></div>
<div class="ad-slot ad-mpu"><span>Advertisement</span></div>
<div class="box newsletter-signup"><h2>Get our morning newsletter</h2><p>The day's main stories in your inbox before 8 a.m.</p><button>Sign up</button></div></aside>
<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>
<div class="ad-slot ad-footer"><span>Advertisement</span></div>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>&copy; 2026 {_esc(name)}. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""}


# ---------------------------------------------------------------------------
# cb-AN1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

NUSA = ("Nusantara Wire", "nusawire.example")
LEDGER = ("The Jakarta Ledger", "jakartaledger.example")
SELAT = ("Selat Business Television", "selatbiz.example")
RUPIAH = ("Rupiah Desk", "rupiahdesk.example")

CB_AN1 = {
    "id": "cb-AN1",
    "part": "AN",
    "domain": "central bank",
    "fetched": "2026-02-26",
    "articles": [
        article(
            NUSA, "markets/2026/02/18/bank-indonesia-cuts-bi-rate-surprise",
            "Bank Indonesia unexpectedly cuts BI-Rate to 4.50% as inflation cools",
            "Central bank trims all three policy rates by 25 basis points; most economists had expected a hold.",
            "By Dewi Anggraeni",
            paras("""
JAKARTA, Feb 18 (Nusantara Wire) - Bank Indonesia unexpectedly cut its benchmark interest rate by 25 basis points on Wednesday, saying subdued inflation and a steadier rupiah gave it room to lend more support to an economy that has struggled to grow much faster than 5% a year.

The BI-Rate was lowered to 4.50% from 4.75%, Governor Adrianus Wibisono told reporters at the close of the board's two-day meeting. The deposit facility rate was cut by the same margin to 3.75%, and the lending facility rate to 5.25%.

Only 11 of 28 economists surveyed by Nusantara Wire last week had forecast a cut. The other 17 expected the central bank to keep rates unchanged, as it did at its previous meeting in January.

"Inflation is well anchored and the rupiah has been broadly stable since the start of the year. That gives us room to do more for growth," Wibisono said, adding that the decision was forward-looking and consistent with the bank's inflation outlook for 2026 and 2027.

##AD##

## Inflation near bottom of band

Annual inflation eased to 2.14% in January from 2.57% in December, according to Statistics Indonesia, leaving it toward the lower end of the central bank's target of 2.5% plus or minus 1 percentage point.

The bank kept its projection for economic growth this year at 4.8% to 5.6%. Gross domestic product expanded 5.04% in the fourth quarter of 2025 from a year earlier.

Wednesday's reduction takes total easing in the current cycle, which began in September 2024, to 175 basis points. Wibisono said the bank would "continue to look for room" for further easing but gave no signal on timing.

## Rupiah slips, then steadies

The rupiah weakened as much as 0.3% to 16,435 per dollar in the minutes after the decision was announced at 2:30 p.m. (0730 GMT), before paring some of its losses.

Deputy Governor Ratna Kusumawardani said the bank remained in the market "every day" through spot, domestic non-deliverable forward and bond operations to keep the currency in line with its fundamentals.

"Our commitment to stabilising the rupiah has not changed with today's decision," she said.

The central bank also left unchanged its macroprudential liquidity incentive for banks that lend to priority sectors such as housing, agriculture and small businesses.

Some analysts questioned the timing. "With capital flows to emerging markets still fragile, a cut now carries risk for the rupiah," said Hendrik Sasmita, chief economist at Permata Raya Securities in Jakarta. "We had them on hold until the second quarter, and we don't think this is the start of a rapid series."

The board's next policy meeting is scheduled for March 18-19.

(Reporting by Dewi Anggraeni and Rizky Fadillah; Editing by Martin Loh)
"""),
            date_mode="meta", when="2026-02-18T15:10:00+07:00",
            sidebar=("Top stories", (
                "Coal exporters brace for royalty review; miners warn of 8% hit to margins",
                "Garuda orders 12 narrowbody jets in $1.4 billion deal",
                "Philippine peso hits three-month high after 6.1% growth print",
                "Oil edges up to $71 as OPEC+ meeting nears",
            )),
            related=(
                ("Bank Indonesia holds rate at 4.75% in January, eyes rupiah", "markets/2026/01/21/bank-indonesia-holds-rate"),
                ("Indonesia's January inflation slows to 2.14%", "economy/2026/02/02/indonesia-january-inflation"),
                ("Indonesia's economy grew 5.04% in Q4, statistics bureau says", "economy/2026/02/05/indonesia-q4-gdp"),
            ),
            section="Markets",
        ),
        article(
            LEDGER, "business/bi-surprise-cut-cheaper-loans-rupiah-test",
            "BI's surprise cut: cheaper loans ahead, but a test for the rupiah",
            "The quarter-point reduction caught the market off guard. Bankers say borrowers should not expect relief overnight.",
            "Maria Christina Siregar",
            paras("""
Bank Indonesia's decision on Wednesday to trim its policy rate by a quarter of a percentage point, to 4.5 per cent, took much of the market by surprise and left bankers in Jakarta weighing how quickly the relief will reach borrowers.

The central bank's board of governors, chaired by Governor Adrianus Santoso Wibisono, ended its two-day meeting by lowering the BI-Rate from 4.75 per cent. It also cut the overnight deposit and lending facility rates, which now stand at 3.75 per cent and 5.25 per cent respectively.

"Inflation is firmly anchored and the rupiah has been largely stable since January, which gives us space to do more for the economy," Wibisono told a press conference at the bank's headquarters on Jalan Thamrin.

Asked whether the board had acted under pressure from the government, which has been pushing for cheaper credit to lift growth, the governor said the decision had been taken "independently, on the basis of the data in front of us".

## From policy rate to mortgage

Bankers said the pass-through would take time. Loan growth slowed to 7.8 per cent in January from a year earlier, according to central bank figures, and lenders have been reluctant to cut rates while competition for deposits remains stiff.

"We will review our lending rates in the coming weeks, but our cost of funds has to come down first," said Lusiana Hartanto, a director at PT Bank Sentosa Nusantara, a mid-sized lender. She said the bank's floating mortgage rate, currently 8.9 per cent, could fall by 15 to 25 basis points by the middle of the year.

Yohanes Pardede, chief economist at the same bank, expects one more cut before the end of June, which would take the BI-Rate to 4.25 per cent. "With inflation at around 2 per cent, they have the headroom. The constraint is the currency, not prices," he said.

##AD##

## Markets take it in their stride

The rupiah closed at 16,410 per US dollar on Wednesday, little changed on the day after an initial dip, while the Jakarta Composite Index ended 0.6 per cent higher, led by bank and property shares.

Consumer prices rose 2.14 per cent in January from a year earlier, comfortably within the central bank's target band of 1.5 to 3.5 per cent. The bank maintained its forecast that the economy will grow between 4.8 and 5.6 per cent this year.

Since the easing cycle began in September 2024, when the policy rate stood at 6.25 per cent, the central bank has now cut by a cumulative 175 basis points. At its previous meeting, in January, it left the rate unchanged.

For households the question is when, not whether. "My motorbike instalment has not moved at all," said Agus, a ride-hailing driver waiting for customers near the bank's headquarters on Wednesday evening. "They say rates are coming down. I will believe it when the leasing company calls me."

The board meets again on March 18 and 19.
"""),
            date_mode="line", date_line="Thursday, 19 February 2026",
            sidebar=("Most read", (
                "Toll road operator to raise fares on 14 sections from April",
                "Jakarta's MRT ridership tops 120,000 a day",
                "Nickel smelter expansion in Morowali adds 3,000 jobs",
                "Opinion: Why the 8% growth target needs more than rate cuts",
            )),
            related=(
                ("Editorial: A brave cut, and a fragile currency", "opinion/editorial-bi-rate-cut"),
                ("Property developers cheer lower rates, eye second-half launches", "business/property-developers-rate-cut"),
            ),
            section="Business",
        ),
        article(
            SELAT, "news/asia/bank-indonesia-cuts-rates-regional-central-banks-diverge",
            "Bank Indonesia cuts rates as regional central banks diverge",
            "Jakarta eases while neighbours stand pat. Economists split on whether more cuts are coming.",
            "Nadia Rahim",
            paras("""
Indonesia's central bank surprised markets on Wednesday afternoon with a 25-basis-point cut to its benchmark rate, setting it apart from neighbours that have chosen to stand pat at the start of the year.

Bank Indonesia announced at around 3.30pm Singapore time that it had lowered the BI-Rate to 4.5 per cent. Governor Adrianus Wibisono said the move was intended to strengthen the momentum of growth while inflation remained low.

"We remain data dependent," Wibisono said at a press conference in Jakarta. "Each month we look at inflation, the exchange rate and growth, and we decide. Today the balance pointed to a cut."

The bank also lowered its deposit facility rate to 3.75 per cent and its lending facility rate to 5.25 per cent.

## Regional contrast

Elsewhere in South-east Asia, central banks have been more cautious. Bank Negara Malaysia kept its overnight policy rate at 2.75 per cent at its January meeting, citing steady domestic demand, and the Monetary Authority of Singapore left its exchange-rate settings unchanged in its January review.

"Jakarta is betting that the rupiah can absorb a smaller rate differential," said Priya Raman, Asean economist at Harbour Crest Bank in Singapore. "It is a calculated risk. We think they stop here and hold at 4.5 per cent for the rest of the year."

Ms Raman expects the rupiah to weaken gradually to around 16,600 against the US dollar by the end of June, as foreign investors demand a higher premium to hold Indonesian bonds.

##AD##

Not everyone agrees that the easing is over. Some Jakarta-based economists expect one more cut in the second quarter if inflation stays near the bottom of the bank's target range.

## Inflation low, growth steady

Indonesia's annual inflation rate slowed to about 2.1 per cent in January, within the central bank's target range of 1.5 to 3.5 per cent. The economy grew just over 5 per cent in the final quarter of last year.

Bank Indonesia kept its growth forecast for 2026 unchanged at 4.8 to 5.6 per cent.

The decision followed a two-day meeting of the board of governors that began on Tuesday. It was the bank's first rate change this year; in January, the board kept the BI-Rate at 4.75 per cent.

Investors in Singapore said the move could revive interest in Indonesian equities, which lagged regional peers in January. Indonesian bank stocks listed in Jakarta rose after the announcement, and the Jakarta Composite Index finished the day higher.

Deputy Governor Ratna Kusumawardani said Bank Indonesia would keep stepping into the currency market when needed. "We will be in the market to make sure the rupiah moves in line with its fundamentals," she said.

Selat Business Television's Asia Open programme will carry an interview with Bank Indonesia officials on Thursday morning.
"""),
            date_mode="jsonld", when="2026-02-18T17:45:00+08:00",
            sidebar=("Trending", (
                "Singapore's non-oil domestic exports rise 4.2% in January",
                "Malaysia's ringgit at 4.38 per dollar as exports beat forecasts",
                "Thai central bank seen holding at 1.25% next week",
                "Watch: Singapore budget 2026 — what it means for your CPF",
            )),
            related=(
                ("Bank Negara holds OPR at 2.75% in first meeting of 2026", "news/asia/bank-negara-holds-opr-january"),
                ("Rupiah outlook: why foreign funds are cautious", "news/asia/rupiah-outlook-foreign-funds"),
            ),
            section="Asia Business",
        ),
        article(
            RUPIAH, "issues/bi-pulls-the-trigger",
            "BI pulls the trigger: what the quarter-point cut means for you",
            "Rupiah Desk's weekly briefing on Indonesian rates, currency and bonds.",
            "Written by Arief Kurniadi",
            paras("""
Good morning, and welcome to a slightly unusual edition of Rupiah Desk. We had planned to write about bond auctions this week. Bank Indonesia had other ideas.

On Wednesday, February 18, the central bank cut the BI-Rate by 25bp to 4.50%, going against what most forecasters, ourselves included, had pencilled in. Here is what happened, why it matters and what we are watching next.

## The numbers

BI-Rate: 4.50%, previously 4.75%. Deposit facility: 3.75%, previously 4.00%. Lending facility: 5.25%, previously 5.50%. January CPI: 2.14% year on year. BI's 2026 growth forecast: 4.8% to 5.6%, unchanged. For perspective, a year ago the BI-Rate stood at 5.75%.

## Why they did it

Governor Adrianus Wibisono's message at the press conference was simple: inflation is low, the rupiah has behaved, and growth could use a push. He described the cut as "pre-emptive" and said the board saw inflation staying inside the 1.5% to 3.5% range through next year.

We think there is a second message. By moving in February rather than waiting for March, the board showed it is willing to act when the currency is calm rather than wait for perfect conditions. That matters for how markets read the next few meetings.

##AD##

## How markets took it

The rupiah dipped in the minutes after the 2.30pm announcement, then recovered most of the move and finished Wednesday at 16,410 to the dollar. Government bonds rallied: the 10-year yield fell 6 basis points to 6.31% by the close. Bank shares led stocks higher.

Our read: the market was caught leaning the wrong way on rates, not on the currency. There was no sign of the heavy foreign selling that has followed rate surprises in the past.

## What it means for you

If you have a floating-rate loan, do not expect your bank to pass on the full quarter point quickly. Banks are still paying up for deposits, and several told us they would wait to see whether Bank Indonesia follows through before trimming lending rates. Time deposits will probably reprice lower first, which is bad news for savers and mildly good news for bank margins.

If you hold rupiah bonds, the cut is a tailwind, but the easy gains may already be behind us. Forecasts are split: some bank economists expect one more cut by June, while others, particularly in Singapore, think this is the last move of the cycle. We lean towards the second camp, with a caveat: a weaker dollar would change the calculation.

## What we are watching

February inflation is published on Monday, March 2. The next Bank Indonesia meeting is on March 18-19. And keep an eye on foreign holdings of government bonds, which fell by Rp 4.2 trillion in the first half of February before the decision.

That is all for this week. Reply to this email if you have a question you would like us to answer in the next edition.
"""),
            date_mode="none",
            sidebar=("From the archive", (
                "How BI's 2024 easing cycle began: a look back at the first 25bp cut",
                "Explainer: what the DNDF market is and why it matters",
                "Reader question: should I lock in a fixed mortgage at 7.9%?",
            )),
            related=(
                ("Rupiah Desk: bond auctions draw Rp 31 trillion in bids", "issues/bond-auctions-draw-bids"),
                ("Rupiah Desk: January hold, and why the board waited", "issues/january-hold-why-board-waited"),
            ),
            section="Newsletter",
        ),
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# el-AN2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

PENWIRE = ("Peninsula Newswire", "peninsulawire.example")
COURIER = ("The Seremban Courier", "serembancourier.example")
WARTA = ("Warta TV", "wartatv.example")
MPOST = ("Malaya Post", "malayapost.example")

EL_AN2 = {
    "id": "el-AN2",
    "part": "AN",
    "domain": "election",
    "fetched": "2026-03-24",
    "articles": [
        article(
            PENWIRE, "politics/2026/03/15/gagasan-sejahtera-holds-bukit-seraya",
            "Governing coalition holds Bukit Seraya with bigger majority",
            "Mohd Faizal Harun beats opposition challenger by 3,233 votes in Negeri Sembilan by-election.",
            "Farah Nadia Ismail",
            paras("""
SEREMBAN, March 15 (Peninsula Newswire) - The Gagasan Sejahtera coalition that governs Negeri Sembilan held on to the Bukit Seraya state seat in a by-election on Sunday, with its candidate Mohd Faizal Harun defeating the opposition's Rajes Kumar Subramaniam by 3,233 votes.

Faizal, a 41-year-old lawyer and former Seremban city councillor, won 14,286 votes against 11,053 for Rajes Kumar of Barisan Harapan Baru, returning officer Zulkifli Rahmat announced at the tallying centre at 9:41 p.m. Independent candidate Azlan Yusof polled 412 votes and lost his deposit.

Turnout was 66.7% of the 38,910 registered voters, the Election Commission said, down from 71.4% at the 2023 state election. A total of 187 ballots were rejected as spoilt.

The seat fell vacant when assemblyman Hassan Jalil, also of Gagasan Sejahtera, died of a heart attack on January 2. He had held it in 2023 with a majority of 1,908.

"The people of Bukit Seraya have sent a clear message. They want continuity, not chaos," Faizal told cheering supporters outside the tallying centre, flanked by coalition leaders who had campaigned in the constituency for much of the past two weeks.

##AD##

Rajes Kumar, 38, a businessman and former aide to an opposition member of parliament, conceded defeat shortly after the official announcement. "We fought a clean campaign on the issues that matter to ordinary families here, water, roads and the cost of living," he said. "We accept the decision of the voters."

The result gives the coalition little cause to change course ahead of the next state election, due by 2028. Analysts had expected a closer race after a series of water supply disruptions in the constituency late last year, which the opposition made the centrepiece of its campaign.

"Most observers had the margin at around 1,500. A majority of more than 3,200 suggests the water issue did not move as many voters as the opposition hoped," said Wong Chee Keong, a political analyst at the Institut Kajian Politik Malaysia, an independent think tank.

Bukit Seraya, a mixed semi-urban seat on the outskirts of the state capital, has an electorate that is about 58% Malay, 27% Chinese and 14% Indian, according to Election Commission data.

The 14-day campaign began with nominations on February 28. Some 1,126 police and military personnel cast their ballots early on March 10.

Independent election watchdog groups said polling had proceeded smoothly, though they reported isolated complaints about campaign materials placed too close to polling centres.
"""),
            date_mode="jsonld", when="2026-03-15T00:40:00+08:00",
            sidebar=("Latest", (
                "Ringgit ends week at 4.41 per dollar",
                "Penang LRT tender shortlist narrowed to three bidders",
                "Sabah floods: 2,300 evacuees return home",
                "Palm oil stocks fall 6% to 1.62 million tonnes",
            )),
            related=(
                ("Bukit Seraya by-election: candidates file nominations", "politics/2026/02/28/bukit-seraya-nominations"),
                ("Negeri Sembilan assemblyman Hassan Jalil dies aged 63", "politics/2026/01/02/hassan-jalil-dies"),
            ),
            section="Politics",
        ),
        article(
            COURIER, "local/faizal-bukit-seraya-win-what-it-told-us",
            "Faizal's 3,323-vote win: what Bukit Seraya told us",
            "Voters in the town's older kampung areas stayed loyal; the newer housing estates were split. A look at the numbers behind the by-election.",
            "Kavitha Letchumanan",
            paras("""
When the returning officer read out the final figures shortly before 10pm on Saturday, the hall at Dewan Serbaguna Bukit Seraya was already half empty. Most of the opposition supporters had gone home an hour earlier, once the unofficial tallies from the last polling streams made the outcome plain.

Mohd Faizal Harun of Gagasan Sejahtera won the Bukit Seraya by-election with a majority of 3,323 votes, comfortably larger than the 1,908-vote margin by which the late Hassan Jalil held the seat in 2023.

Faizal's 14,286 votes amounted to 55.5 per cent of the valid ballots. His main challenger, Rajes Kumar Subramaniam of Barisan Harapan Baru, took 42.9 per cent, and independent Azlan Yusof just 1.6 per cent, far short of the one-eighth needed to keep his deposit.

## Old kampung, new estates

A breakdown of the results by polling centre tells a more interesting story than the headline majority of 3,323.

Faizal won 15 of the constituency's 21 polling centres. In the older Malay villages along the Jalan Bukit Seraya corridor he took well over 70 per cent of the vote, and at the Kampung Baru Seraya centre, his strongest, more than 80 per cent.

Rajes Kumar carried all six centres in the newer housing estates to the east of the town, where many residents commute to jobs in Nilai and the Klang Valley. The estates were also where the water disruptions of October and November hit hardest.

"Three weeks without proper water, and the state government sent lorries," said Sharmila Devi, 44, a clerk who voted at the Taman Seraya Indah centre on Saturday morning. "People here have not forgotten. But the kampung folk vote differently."

##AD##

## A lower turnout

Turnout was 66.7 per cent, down from 71.4 per cent in 2023, a drop that party workers on both sides blamed on a hot day and on the absence of national issues. Of the 38,910 registered voters, 25,938 cast ballots.

Both camps had campaigned heavily on local concerns: the water supply, the upgrade of the road to Seremban and the shortage of clinic appointments. Gagasan Sejahtera promised a new treatment plant by 2028; Barisan Harapan Baru promised an independent inquiry into the disruptions.

Faizal, speaking to the Courier at his campaign office the morning after his victory, said his first task would be to "sit with the water company and the residents' associations in the same room". He said he would hold weekly meetings at the service centre in the town.

Rajes Kumar told his supporters the result was "not the end of anything". He intends to stay on as the party's division chief and said he would contest again at the next state election.

## What comes next

The seat changes nothing in the state assembly arithmetic, but both coalitions will study it closely. The by-election was the first in Negeri Sembilan since 2024, and the last before the state goes to the polls, which must happen by 2028.

Independent candidate Azlan Yusof, a retired schoolteacher, said he had stood to draw attention to the condition of the town's public library. He received 412 votes.
"""),
            date_mode="line", date_line="Monday, 16 March 2026",
            sidebar=("Most read", (
                "Seremban night market to move to new site from April",
                "Rembau man, 71, wins RM1.2 million lottery jackpot",
                "Hospital Tuanku Ja'afar adds 40 beds to emergency wing",
                "Letters: The town needs a bus service, not another roundabout",
            )),
            related=(
                ("Polling day in pictures", "local/bukit-seraya-polling-day-pictures"),
                ("Water disruptions: state promises new plant by 2028", "local/water-disruptions-new-plant"),
            ),
            section="Local",
        ),
        article(
            WARTA, "berita/politik/faizal-harun-wins-bukit-seraya-by-election",
            "Faizal Harun wins Bukit Seraya by-election",
            "Gagasan Sejahtera retains the Negeri Sembilan state seat; opposition candidate concedes.",
            "Reporting by Hafiz Azman",
            paras("""
Gagasan Sejahtera's Mohd Faizal Harun has won the Bukit Seraya state by-election in Negeri Sembilan, defeating Barisan Harapan Baru's Rajes Kumar Subramanian by a majority of 3,233 votes.

The Election Commission's returning officer, Zulkifli Rahmat, declared the official result at 9.41pm on Saturday at the tallying centre in Bukit Seraya.

Faizal polled 14,286 votes, Rajes Kumar 11,053 and independent candidate Azlan Yusof 412. A total of 25,938 ballots were cast, including 187 spoilt votes. Turnout stood at 66.7 per cent.

Speaking to reporters after the announcement, Faizal thanked voters and the party machinery. "The people of Bukit Seraya chose continuity over chaos. I will not let them down," he said.

He said his priorities would be to resolve the water supply problems that hit parts of the constituency late last year, and to push for the upgrading of the main road into Seremban.

##AD##

Rajes Kumar Subramanian accepted the result. "The voters have spoken and we respect their decision. We raised the issues that the people face every day, and we will keep raising them," he told Warta TV at his operations centre.

Barisan Harapan Baru's state chief, Lim Kok Seng, said the party would study the results "stream by stream" to understand why it failed to convert anger over the water cuts into votes.

## Smooth polling

Polling began at 8am and ended at 6pm at 21 polling centres across the constituency. The Election Commission said there were no major incidents. Police said they had received four reports during the campaign, mostly involving damaged banners.

A total of 38,910 voters were eligible to cast their ballots. Early voting for police and military personnel took place on Tuesday, March 10.

The by-election was called following the death of the seat's assemblyman, Hassan Jalil, in January. He won the seat in the 2023 state election with a majority of 1,908 votes.

## Reaction

Gagasan Sejahtera leaders described the result as an endorsement of the state government. The coalition's secretary-general, Ahmad Rizal Osman, said the increased majority showed that voters "can tell the difference between real work and noise".

Opposition figures said the lower turnout had hurt them. Turnout in 2023 was 71.4 per cent.

Political analysts told Warta TV that the by-election would have little impact on the balance of power in the state assembly, but would be watched as a barometer of sentiment ahead of the next state election.

Watch the full report on Warta TV Berita Malam at 8pm.
"""),
            date_mode="meta", when="2026-03-14T22:30:00+08:00",
            sidebar=("Popular on Warta TV", (
                "Ramadan bazaar prices: chicken up 8% from last year",
                "Football: Negeri Sembilan FC beat Kedah 2-1",
                "Weather: thunderstorms expected in eight states",
                "Video: Inside the new Gemas railway depot",
            )),
            related=(
                ("Bukit Seraya: three candidates in the fray", "berita/politik/bukit-seraya-three-candidates"),
                ("Early voting in Bukit Seraya runs smoothly", "berita/politik/bukit-seraya-early-voting"),
            ),
            section="Politik",
        ),
        article(
            MPOST, "live/bukit-seraya-by-election-live",
            "Live: Bukit Seraya by-election results",
            "Follow the count as it happens. All times are Malaysia time (MYT).",
            "Malaya Post live team: Syafiq Rosli, Jasmine Ooi and Ravi Chandran",
            updates([
                ("11.15pm", "That's a wrap",
                 """Thank you for following our live coverage of polling day in Bukit Seraya, Saturday, March 14.

To recap: Mohd Faizal Harun of Gagasan Sejahtera won with 14,286 votes, a majority of 3,233 over Rajes Kumar Subramaniam of Barisan Harapan Baru, who polled 11,053. Independent Azlan Yusof received 412 votes. Turnout was 66.7 per cent.

Faizal took 55.5 per cent of the valid votes. The seat's previous majority, in 2023, was 1,908."""),
                ("10.20pm", "Rajes Kumar concedes",
                 """Rajes Kumar Subramaniam has conceded. Speaking to supporters at his operations room, he said: "The people have decided, and we accept it with an open heart. Our fight for clean water does not stop tonight."

Some supporters were in tears. He thanked volunteers who had "walked every street in this seat, twice"."""),
                ("9.52pm", "Faizal: 'continuity, not chaos'",
                 """The winner has addressed the crowd. "Bukit Seraya wants continuity, not chaos," Faizal said, to chants of his name. He promised to meet the water company "in the first week"."""),
                ("9.41pm", "OFFICIAL: Faizal wins by 3,233 votes",
                 """Returning officer Zulkifli Rahmat has declared the official result:

Mohd Faizal Harun (Gagasan Sejahtera): 14,286. Rajes Kumar Subramaniam (Barisan Harapan Baru): 11,053. Azlan Yusof (independent): 412. Spoilt votes: 187. Total votes cast: 25,938.

Majority: 3,233."""),
                ("8.55pm", "Faizal's lead widens",
                 """Unofficial figures from party agents, with 52 of 64 streams counted: Faizal 11,604, Rajes Kumar 9,102, Azlan 331. The remaining streams are mostly in kampung areas where Gagasan Sejahtera is expected to do well."""),
                ("7.40pm", "Early count: Faizal ahead",
                 """First unofficial tallies are coming in. With 20 of 64 streams counted, Faizal leads with 4,215 votes to Rajes Kumar's 3,388. Azlan has 117. These are unofficial figures compiled by our reporters at the polling centres and will change."""),
                ("6.05pm", "Polls close",
                 """Polling has closed at all 21 polling centres. Counting has begun in the 64 streams. The Election Commission expects to announce the official result between 9pm and 10pm."""),
                ("5.10pm", "Turnout at 58.2 per cent",
                 """The Election Commission says turnout stood at 58.2 per cent as of 5pm, with an hour of voting left. In the 2023 state election, final turnout in the seat was 71.4 per cent."""),
                ("1.00pm", "Turnout at 41 per cent by lunchtime",
                 """Turnout reached 41 per cent at 1pm, according to the Election Commission. Queues have thinned out in the midday heat, with temperatures reaching 34 degrees Celsius."""),
                ("8.00am", "Polls open",
                 """Good morning from Bukit Seraya, where polling centres have just opened. A total of 38,910 voters are eligible to vote today, of whom 1,126 police and military personnel already voted early on Tuesday.

Three candidates are standing: Mohd Faizal Harun (Gagasan Sejahtera), Rajes Kumar Subramaniam (Barisan Harapan Baru) and independent Azlan Yusof. The by-election was triggered by the death of assemblyman Hassan Jalil on January 2."""),
            ]),
            date_mode="none",
            sidebar=("Also on Malaya Post", (
                "EC proposes shorter campaigns for future by-elections",
                "Analysis: why turnout keeps falling in state polls",
                "Price of RON95 to stay at RM1.99 a litre for subsidised users",
            )),
            related=(
                ("Bukit Seraya by-election: all you need to know", "politics/bukit-seraya-explainer"),
                ("Profiles: the three candidates", "politics/bukit-seraya-candidate-profiles"),
            ),
            section="Live",
        ),
    ],
    "planted": [
        ("winning majority: 3,233 (Seremban Courier says 3,323)", r"\b3,?233\b", r"\b3,?323\b"),
        ("runner-up's surname: Subramaniam (Warta TV spells it Subramanian)", r"\bsubramaniam\b", r"\bsubramanian\b"),
        ("polling day: Saturday 14 March (Peninsula Newswire says Sunday)", r"\bsaturday\b", r"\bsunday\b"),
    ],
}

# ---------------------------------------------------------------------------
# ct-AN3 — court (CONTROL)
# ---------------------------------------------------------------------------

LIONCITY = ("Lion City Dispatch", "lioncitydispatch.example")
SGBN = ("Singapura Broadcast News", "sgbroadcast.example")
KVT = ("The Klang Valley Tribune", "kvtribune.example")

CT_AN3 = {
    "id": "ct-AN3",
    "part": "AN",
    "domain": "court",
    "fetched": "2026-04-20",
    "articles": [
        article(
            LIONCITY, "singapore/courts-crime/ex-meridian-strait-finance-chief-jail-raised-12-years",
            "Ex-Meridian Strait finance chief's jail term raised to 12 years on appeal",
            "Court of Appeal throws out Koh Boon Siang's bid to overturn his conviction over S$38.6 million taken from the logistics firm, and adds more than two and a half years to his sentence.",
            "Rachel Tan Hui Min, Courts Correspondent",
            paras("""
The former group finance director of Meridian Strait Logistics, who siphoned S$38.6 million from the company over five years, will spend 12 years in jail after the Court of Appeal on Thursday dismissed his appeal against conviction and increased his sentence.

Koh Boon Siang, 52, had been sentenced by the High Court in May 2025 to nine years and four months' jail on 24 charges: 18 of criminal breach of trust as an agent and six of falsifying the company's accounts. Another 31 charges were taken into consideration.

Delivering the judgment of the three-judge court, Justice Leong Wai Kit said the term imposed by the High Court "did not adequately reflect the scale, sophistication and duration of the offending".

"The appellant was not a passive participant carried along by others. He designed the scheme, concealed it from the board and the auditors, and profited from it," said Justice Leong, who sat with Justice Margaret Teo and Justice Rajan Navaratnam.

The court allowed the prosecution's appeal against sentence. The prosecution had asked for 14 years. The defence had argued that the original term should stand.

##AD##

## A scheme over five years

Between 2017 and 2021, Koh moved company funds through 214 transfers to four shell companies that he controlled, disguising the payments as freight charges and consultancy fees, the High Court had found after a 41-day trial.

Some of the money was used to buy two condominium units in Johor Bahru and a house in Melbourne. About S$11.2 million has since been recovered by the company's judicial managers, leaving S$27.4 million outstanding.

The fraud came to light in 2021 when a new audit partner queried a string of payments to a Labuan-registered company. Meridian Strait, which once employed about 600 people and was listed on the Catalist board of the Singapore Exchange, was placed under judicial management in 2022 and delisted the following year.

In his appeal against conviction, Koh's lawyer, Senior Counsel Mark Ravindran, had argued that the trial judge, Justice Ong Li Ting, wrongly admitted emails recovered from a former colleague's laptop and gave too little weight to evidence that other senior managers knew of the payments.

Justice Leong rejected both arguments, saying the emails had been properly authenticated and that the evidence against Koh was "overwhelming on any view".

## 'Largest breaches of trust'

At the appeal hearing on January 14, Deputy Public Prosecutor Sharon Lim Pei Shan had described the case as one of the largest breaches of trust by a corporate officer in Singapore in recent years, and said a longer sentence was needed to deter others in positions of financial control.

Koh, dressed in a white shirt and wearing spectacles, showed little reaction as the judgment was read out. His wife and two adult children were in the public gallery.

His sentence was backdated to May 20, 2025, when he was first remanded.

The company's former chief executive, Teo Hock Leng, was jailed for three years and eight months in 2024 for abetting the falsification of accounts. He did not appeal.
"""),
            date_mode="jsonld", when="2026-04-09T13:20:00+08:00",
            sidebar=("Most read", (
                "COE prices: Category A premium falls to S$98,002",
                "HDB resale prices up 1.1% in first quarter, flash data shows",
                "Man jailed 14 weeks for assaulting taxi driver in Jurong",
                "Changi Airport handled 5.9 million passengers in March",
            )),
            related=(
                ("Meridian Strait ex-finance chief sentenced to 9 years 4 months' jail", "singapore/courts-crime/meridian-strait-finance-chief-sentenced"),
                ("Former Meridian Strait CEO jailed for abetting falsified accounts", "singapore/courts-crime/former-meridian-strait-ceo-jailed"),
                ("How a freight firm lost nearly S$39 million: a timeline", "singapore/meridian-strait-timeline"),
            ),
            section="Courts & Crime",
        ),
        article(
            SGBN, "news/singapore/court-of-appeal-koh-boon-siang-sentence-increased",
            "Court of Appeal increases former Meridian Strait finance director's sentence to 12 years",
            "Koh Boon Siang loses appeal against conviction for criminal breach of trust involving S$38.6 million.",
            "Imran Hakim",
            paras("""
SINGAPORE: A former finance director convicted of misappropriating S$38.6 million from logistics company Meridian Strait Logistics had his prison sentence increased to 12 years by the Court of Appeal on Thursday (Apr 9).

Koh Boon Siang, 52, was originally sentenced to nine years and four months in jail by the High Court. The apex court dismissed his appeal against conviction and allowed the prosecution's cross-appeal on sentence.

The three-judge panel comprised Justices Leong Wai Kit, Margaret Teo and Rajan Navaratnam. The judgment was delivered by Justice Leong in a hearing that began at 10am.

In its written grounds, the court said the High Court had placed too much weight on Koh's lack of previous convictions and too little on the harm caused to the company's creditors and employees.

"A sentence of nine years and four months did not adequately reflect the scale, sophistication and duration of the offending," Justice Leong said.

##AD##

The offences took place between 2017 and 2021, when Koh was group finance director of the company. He made more than 200 transfers to four shell companies under his control, recording them in the company's books as payments to suppliers and consultants.

The High Court convicted him in March 2025 after a trial lasting 41 days, on 18 counts of criminal breach of trust as an agent and six counts of falsifying accounts.

Prosecutors had sought a sentence of 14 years' jail on appeal. Deputy Public Prosecutors Sharon Lim and Ho Jia Wen argued that the High Court judge had erred in treating the partial recovery of funds as a mitigating factor, when the money had been recovered by the judicial managers and not returned voluntarily by Koh.

The court agreed. "Restitution that is compelled is not restitution that reflects remorse," Justice Leong said.

Of the S$38.6 million taken, about S$11.2 million has been recovered. The rest remains outstanding.

## Defence arguments

Koh's lawyer, Senior Counsel Mark Ravindran, had argued that other senior managers knew about the payments and that Koh was being made to carry the blame for a wider failure of governance. At trial, the defence had asked for a sentence of six years.

Speaking to reporters outside the Supreme Court after the hearing, Mr Ravindran said his client was "naturally disappointed" but respected the court's decision. The Court of Appeal is Singapore's highest court, and there is no further avenue of appeal.

For each count of criminal breach of trust as an agent, Koh could have been jailed for up to 20 years and fined.

Meridian Strait Logistics was placed under judicial management in 2022 and later delisted. Its former chief executive, Teo Hock Leng, was sentenced in 2024 to three years and eight months in jail for his part in falsifying the company's accounts.

Koh's sentence was backdated to May 20, 2025.
"""),
            date_mode="meta", when="2026-04-09T19:05:00+08:00",
            sidebar=("Top stories", (
                "MRT disruption on East-West Line affects 30,000 commuters",
                "Singapore core inflation eases to 1.2% in March",
                "Woman fined S$4,500 for illegal short-term flat rentals",
                "Weather: highs of 34 degrees Celsius expected this week",
            )),
            related=(
                ("Meridian Strait: judicial managers recover S$11.2 million", "news/singapore/meridian-strait-judicial-managers-recover"),
                ("Former Meridian Strait CEO Teo Hock Leng jailed", "news/singapore/teo-hock-leng-jailed"),
            ),
            section="Singapore",
        ),
        article(
            KVT, "world/singapore-court-raises-jail-term-meridian-strait-johor-properties",
            "Singapore court raises jail term for finance chief who bought JB condos with stolen funds",
            "Koh Boon Siang will serve 12 years. Two Johor Bahru units bought with the money remain at the centre of a recovery effort.",
            "Lee Siew Fong, Singapore correspondent",
            paras("""
SINGAPORE - A Singaporean former finance director who used part of the S$38.6 million (about RM127 million) he stole from his employer to buy property in Johor Bahru has had his jail term raised to 12 years by Singapore's Court of Appeal.

The republic's highest court on Thursday dismissed Koh Boon Siang's appeal against his conviction and accepted the prosecution's argument that his original sentence of nine years and four months was too lenient.

Koh, 52, was group finance director of Meridian Strait Logistics, a freight and warehousing company with operations in Singapore, Johor and Port Klang. Over five years from 2017, he diverted company funds to four shell companies, one of them registered in Labuan, and disguised the transfers as payments for freight and consultancy services.

Part of the money was spent on two condominium units in Johor Bahru and a house in Melbourne, Australia, according to the High Court's findings.

##AD##

## Johor units frozen

The two Johor Bahru units, in a development near the Causeway, have been frozen since 2022 at the request of Meridian Strait's judicial managers, who have been working with lawyers in Malaysia to sell them and return the proceeds to creditors.

A lawyer acting for the judicial managers in Johor, who declined to be named because the proceedings are ongoing, said the sale process was expected to be completed "later this year". The judicial managers have recovered about S$11.2 million so far; S$27.4 million is still outstanding.

Several of Meridian Strait's creditors are Malaysian hauliers who were owed money when the company collapsed. "We lost nearly RM2 million. The lorries kept running, but the payments stopped," said the owner of a Pasir Gudang trucking firm, who asked not to be named.

## 'Designed the scheme'

Delivering the judgment, Justice Leong Wai Kit said Koh was not a passive participant. "He designed the scheme, concealed it and profited from it," the judge said, in a judgment also signed by Justice Margaret Teo and Justice Rajan Navaratnam.

The prosecution had sought a 14-year term. Koh's lawyers argued that he should not serve more than the sentence imposed by the High Court in May last year.

The Court of Appeal's decision is final. Koh's 12-year term is backdated to May 20, 2025, the day he was remanded after sentencing.

He was convicted on 24 charges, 18 for criminal breach of trust as an agent and six for falsifying accounts, with another 31 charges taken into consideration for sentencing.

The company's former chief executive, Teo Hock Leng, was jailed for three years and eight months in 2024.

Singapore's laws on criminal breach of trust by company officers carry some of the heaviest penalties for white-collar crime in the region. In Malaysia, a comparable offence under Section 409 of the Penal Code carries a jail term of between two and 20 years, with whipping, and a fine.
"""),
            date_mode="line", date_line="Friday, 10 April 2026",
            sidebar=("Trending", (
                "RTS Link: trial runs between Bukit Chagar and Woodlands to begin in June",
                "Johor property transactions rise 9% in first quarter",
                "KL traffic: MRR2 lane closures this weekend",
                "Ringgit at 3.29 to the Singapore dollar",
            )),
            related=(
                ("Causeway congestion: 480,000 crossings on Good Friday weekend", "nation/causeway-congestion-good-friday"),
                ("Labuan shell firms under scrutiny after cross-border fraud cases", "business/labuan-shell-firms-scrutiny"),
            ),
            section="World",
        ),
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# tr-AN4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

SAWIT = ("Sawit Ledger", "sawitledger.example")
EQUATOR = ("Equator Wire", "equatorwire.example")
PBT = ("Peninsular Business Times", "pbtimes.example")
HARIAN = ("Harian Nusantara", "harian-nusantara.example")

TR_AN4 = {
    "id": "tr-AN4",
    "part": "AN",
    "domain": "trade",
    "fetched": "2026-04-24",
    "articles": [
        article(
            SAWIT, "briefing/2026-04-15/jakarta-lifts-cpo-export-levy",
            "Jakarta lifts CPO export levy to 12.5%; new rate from June 1",
            "Sawit Ledger morning briefing for palm oil traders, refiners and planters.",
            "Teguh Prasetyo, Jakarta",
            paras("""
Indonesia will charge exporters of crude palm oil a levy of 12.5% of the reference price, up from 10% now, the government said on Tuesday, as it looks for more money to pay for a bigger biodiesel blend.

The increase of 2.5 percentage points was announced at the Trade Ministry in Jakarta by Rina Marlinawati, director general of foreign trade, who said the new rate would apply from June 1. The regulation was signed by the finance minister on Friday.

"The adjustment is needed to secure the funding for the biodiesel programme and for smallholder replanting. We have kept it as moderate as possible," Marlinawati told reporters.

## What it costs

At April's reference price of US$1,021.35 a tonne, the levy would rise to about $127.67 a tonne, from $102.14 under the current rate. The separate export duty, set at $124 a tonne for April, is not affected.

Levies on refined products such as RBD palm olein will also rise, by between 1 and 2 percentage points depending on the product, keeping a wider gap in favour of processed exports. Officials said the structure was meant to keep encouraging downstream refining at home.

The money goes to the Estate Crop Fund, known as BPDP, which collected Rp 44.3 trillion in levies last year. Its president director, Yudi Permana, said the fund needed more revenue to cover the gap between biodiesel and diesel prices once the B50 blend begins in the second half of 2026.

##AD##

## Our take

Traders we spoke to had expected an increase but not this soon, and several had assumed any change would wait until B50 was closer. The longer lead time gives exporters room to front-load shipments: expect a busy few weeks at Dumai and Belawan as buyers rush to lift cargoes at the old rate.

The announcement landed late in the Asian session. The benchmark July contract on Bursa Malaysia Derivatives settled 1.4% higher at 4,334 ringgit a tonne on Tuesday, with dealers saying part of the gain came from talk of the levy during the afternoon.

## Growers unhappy

Smallholders will feel it most. Sutrisno Hadiwijaya, chairman of the Indonesian Palm Growers Association (APSI), said mills would pass the cost down the chain, cutting prices for fresh fruit bunches by Rp 150 to 200 a kilogram. "Every time the levy goes up, the farmer pays first," he said.

The government argues farmers benefit from the fund's replanting grants. But the programme has lagged its target of 180,000 hectares a year; only about 38,000 hectares were replanted in 2025.

## Demand side

India, the largest buyer of Indonesian palm oil, is watching closely. Vikram Menon, executive director of the All-India Edible Oil Importers' Forum, said higher Indonesian prices could shift some demand to Malaysian cargoes and to soyoil. "A few dollars a tonne matters when the spread with soyoil is this thin," he said.

Indonesia exported 29.6 million tonnes of palm oil and derivatives last year.

## Numbers to watch

The May reference price, due at the end of this month. Malaysian export duty for May, already set at 9.5%. And the fund's first-quarter levy receipts, due next week.
"""),
            date_mode="meta", when="2026-04-15T07:00:00+07:00",
            sidebar=("Market snapshot", (
                "Rotterdam CPO: $1,085/t CIF",
                "Soyoil (CBOT): 48.2 US cents/lb",
                "Malaysia end-March palm stocks: 1.71 million t",
                "Brent crude: $70.40/bbl",
            )),
            related=(
                ("B50 timeline: what the energy ministry has said so far", "briefing/2026-03-30/b50-timeline"),
                ("April reference price set at $1,021.35", "briefing/2026-03-31/april-reference-price"),
            ),
            section="Briefing",
        ),
        article(
            EQUATOR, "commodities/indonesia-raises-palm-oil-export-levy",
            "Indonesia raises palm oil export levy to fund B50 biodiesel",
            "Crude palm oil levy goes to 12.5% of reference price from 10%; growers warn of lower fruit prices.",
            "Yosef Manurung",
            paras("""
JAKARTA, April 14 (Equator Wire) - Indonesia, the world's biggest palm oil producer, will raise its export levy on crude palm oil to 12.5% of the reference price from May 1, a senior official said on Tuesday, to raise funds for a planned increase in the mandatory biodiesel blend.

The current levy is 10%. The 2.5 percentage points increase was set out in a finance minister regulation signed on April 10, deputy trade minister Rina Marlinawati told a news conference.

"The adjustment is needed so that the funding for biodiesel and smallholder replanting is secure," she said. "We have tried to keep it moderate, and we will review it regularly."

The levy is collected by the Estate Crop Fund (BPDP), which uses it mainly to cover the difference between the price of biodiesel and regular diesel. The government plans to raise the blend from the current 40% to 50%, known as B50, in the second half of 2026.

Based on the April reference price of $1,021.35 per tonne, the levy on crude palm oil would rise to about $128 a tonne from about $102. Exporters also pay a separate export duty, which the government has kept at $124 a tonne for April.

##AD##

The fund collected Rp 44.3 trillion ($2.7 billion) in levies in 2025. Yudi Permana, its president director, said the B50 programme would require "significantly more" than that, without giving a figure.

Indonesia exported 29.6 million tonnes of palm oil and related products last year.

Growers criticised the move. The Indonesian Palm Growers Association (APSI) said the higher levy would be passed on to smallholders through lower prices for fresh fruit bunches.

"Mills will cut what they pay farmers by Rp 150 to Rp 200 per kilogramme. That is what happened the last time," APSI chairman Sutrisno Hadiwijaya said by telephone.

Palm oil futures in Malaysia rose on Tuesday, with traders expecting the higher Indonesian levy to make Malaysian supplies more competitive in key markets such as India and Pakistan.

The new rate takes effect on Friday, May 1, leaving traders a little over two weeks to ship cargoes at the lower rate. Some traders said they expected a rush of shipments in the second half of April.

Malaysia, the second-largest producer, sets its own export duty monthly. Its rate for May is 9.5%.

(Reporting by Yosef Manurung; Additional reporting by Siti Rahmawati in Medan; Editing by Karen Lau)
"""),
            date_mode="line", date_line="Tuesday, 14 April 2026",
            sidebar=("More from Equator Wire", (
                "Coffee exports from Lampung up 11% in first quarter",
                "Indonesia sets nickel ore benchmark at $16.80/wet tonne",
                "Cocoa grindings in Asia fall 4.6% on weak demand",
                "Thai rice export prices steady at $412/t",
            )),
            related=(
                ("Indonesia keeps April CPO export duty at $124 per tonne", "commodities/indonesia-april-cpo-export-duty"),
                ("B50 biodiesel: road tests completed, energy ministry says", "commodities/b50-road-tests-completed"),
            ),
            section="Commodities",
        ),
        article(
            PBT, "commodities/indonesian-levy-hike-malaysian-palm-exporters",
            "Indonesian levy hike could hand Malaysian palm oil exporters an edge",
            "Jakarta's higher charge on crude palm oil shipments from May 1 narrows the price gap with Malaysian supplies, planters say.",
            "Chong Kah Yan",
            paras("""
KUALA LUMPUR: Malaysian palm oil exporters could win back market share in India and Pakistan after Indonesia said it would raise its crude palm oil export levy, industry executives said.

Indonesia's Director General of Foreign Trade, Rina Marlinawati, announced in Jakarta on Tuesday that the levy would rise to 12.5 per cent of the reference price from 10 per cent, an increase of 2.5 per cent. The new rate will take effect on May 1.

Palm oil futures on Bursa Malaysia Derivatives extended gains on Wednesday. The benchmark July contract rose 1.8 per cent to 4,412 ringgit a tonne in morning trade, its highest in five weeks.

"Every time Indonesia adds to the cost of its exports, buyers take a second look at our cargoes," said Nor Azizah Ramli, chief executive of the Malaysian Estate Owners' Council. "This will not change the market overnight, but at the margin, it helps."

##AD##

## A narrower gap

Malaysia charges its own export duty on crude palm oil, set monthly according to a reference price. The duty for May has been fixed at 9.5 per cent.

Indonesia's levy is separate from its export duty, which stood at US$124 a tonne in April. At April's reference price, the new Indonesian levy works out to about US$127.67 a tonne, compared with about US$102.14 under the old rate.

Ms Nor Azizah said Malaysian refiners would benefit most, as Indonesia's refined products were also becoming slightly more expensive to ship. Levies on refined products such as RBD palm olein are being raised by between 1 and 2 percentage points.

## Biodiesel behind the move

Jakarta said the additional revenue was needed to fund its biodiesel mandate. Indonesia plans to raise the share of palm-based fuel in diesel to 50 per cent in the second half of 2026.

"The adjustment is needed to secure the funding for biodiesel and for smallholder replanting," Ms Rina was quoted as saying at the briefing in Jakarta.

Analysts said the higher blend would absorb more of Indonesia's output, reducing what is available for export. "Indonesia is slowly turning into its own biggest customer," said Wong Jia Hui, plantation analyst at KL-based brokerage Merdeka Capital. She forecast Indonesian exports would fall to about 27.5 million tonnes this year from 29.6 million tonnes in 2025.

Merdeka Capital raised its average crude palm oil price forecast for 2026 to 4,300 ringgit a tonne from 4,150 ringgit.

## Planters' shares rise

Shares of Malaysian plantation companies rose on Bursa Malaysia on Wednesday morning. The plantation index gained 1.2 per cent, led by the larger planters with refining operations.

Not all analysts were convinced the benefit would last. "Indonesian exporters will front-load shipments in the second half of April, and that could depress prices in the short term before the new rate bites," said a Singapore-based trader who asked not to be named.

Malaysia's palm oil stocks stood at 1.71 million tonnes at the end of March, according to industry data.
"""),
            date_mode="jsonld", when="2026-04-15T09:30:00+08:00",
            sidebar=("Most read", (
                "Ringgit firms to 4.40 against US dollar",
                "Bursa Malaysia: FBM KLCI ends week up 0.9% at 1,642",
                "Petrol: RON97 price unchanged at RM3.18 a litre",
                "Property: KL office vacancy rate dips to 22.6%",
            )),
            related=(
                ("Malaysia keeps May CPO export duty at 9.5%", "commodities/malaysia-may-cpo-export-duty"),
                ("Palm oil stocks at 1.71 million tonnes at end-March", "commodities/palm-oil-stocks-march"),
            ),
            section="Commodities",
        ),
        article(
            HARIAN, "en/economy/palm-oil-export-levy-raised-biodiesel",
            "Palm oil export levy raised as government prepares for B50",
            "Exporters will pay 12.5 per cent of the reference price instead of 10 per cent. Smallholders fear they will bear the cost.",
            "Ayu Wulandari",
            paras("""
The government on Tuesday, April 14, announced it would raise the export levy on crude palm oil (CPO) to 12.5 per cent of the reference price, from 10 per cent, in a move it said was necessary to pay for the planned increase of the biodiesel blend to 50 per cent.

The new rate takes effect on May 1, under a regulation signed by the finance minister on April 10. The announcement was made at the Trade Ministry in Central Jakarta at a press briefing that started shortly after 4 p.m.

Director General of Foreign Trade Rina Marlinawati said the increase of 2.5 percentage points had been calculated to balance the needs of the biodiesel programme with the competitiveness of exports.

"We need the funding for biodiesel and replanting to be secure. At the same time, we do not want to burden our exporters too much, so we have kept the increase moderate," Rina said.

She added that levies on processed products would rise by smaller amounts, to preserve the incentive for refining palm oil at home rather than shipping it out raw.

##AD##

## Where the money goes

The levies are managed by the Estate Crop Fund (BPDP). Last year the fund received Rp 44.3 trillion, most of which was spent on subsidising biodiesel, with smaller amounts for replanting, research and smallholder training.

BPDP president director Yudi Permana said the higher levy was needed because the price gap between biodiesel and fossil diesel had widened. "When the gap widens, the subsidy widens. B50 will need more, not less," he said.

Under the current B40 programme, diesel sold in Indonesia contains 40 per cent palm-based biodiesel. The energy ministry plans to start B50 in the second half of this year.

## Farmers' concerns

Sutrisno Hadiwijaya, chairman of the Indonesian Palm Growers Association (APSI), said smallholders would carry the burden. He estimated that prices for fresh fruit bunches would fall by Rp 150 to Rp 200 per kilogram once the new levy took effect.

"Exporters will not absorb this. They will pay the mills less, and the mills will pay the farmers less," he said.

Smallholders manage around 40 per cent of Indonesia's oil palm plantations. The government has promised that a larger share of the fund will go to replanting, but the programme has fallen well short of its target of 180,000 hectares a year, reaching only around 38,000 hectares in 2025.

## Exports

Indonesia exported 29.6 million tonnes of palm oil and its derivatives in 2025, according to trade ministry data. Officials said they did not expect the levy increase to reduce exports significantly, as higher domestic consumption for biodiesel was already the main factor.

The levy applies in addition to the CPO export duty, which is set monthly based on the reference price and stood at US$124 per tonne for April.
"""),
            date_mode="none",
            sidebar=("Popular", (
                "Rice stocks at Bulog reach 4.1 million tonnes",
                "Jakarta-Bandung high-speed rail carries 7 millionth passenger",
                "Government to build 3 million homes, minister says",
                "Eid homecoming: 146 million people travelled, transport ministry says",
            )),
            related=(
                ("B40 programme: biodiesel use reaches 15.6 million kilolitres", "en/economy/b40-biodiesel-use"),
                ("Replanting programme falls short of target again", "en/economy/replanting-programme-short"),
            ),
            section="Economy",
        ),
    ],
    "planted": [
        ("date the new levy takes effect: May 1 (Sawit Ledger says June 1)", r"\b(may 1|1 may)\b", r"\b(june 1|1 june)\b"),
        ("Rina Marlinawati's office: director general of foreign trade (Equator Wire says deputy trade minister)", r"director[- ]general", r"deputy (trade )?minister"),
        ("size of the levy increase: 2.5 percentage points (Peninsular Business Times says 2.5 per cent)", r"\b2\.5 percentage points?\b", r"\b2\.5 ?(%|per ?cent\b)"),
    ],
}

# ---------------------------------------------------------------------------
# rk-AN5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

PASUNDAN = ("Pasundan TV", "pasundantv.example")
KPA = ("Kepulauan Press Agency", "kpa-news.example")
ORBITASIA = ("Orbit Asia Weekly", "orbitasia.example")
HARBOUR = ("The Harbourfront Herald", "harbourfront.example")

RK_AN5 = {
    "id": "rk-AN5",
    "part": "AN",
    "domain": "rocket",
    "fetched": "2026-06-02",
    "articles": [
        article(
            PASUNDAN, "live/rx-550-launch-pameungpeuk",
            "LIVE: RX-550 rocket launch from Pameungpeuk",
            "BRIN tries again to fly its biggest sounding rocket after Tuesday's attempt was called off. Times are Western Indonesia Time (WIB).",
            "Pasundan TV newsroom, with Rina Apriyanti in Pameungpeuk",
            updates([
                ("10:40 WIB", "Confirmed: 118 km",
                 """At the post-flight briefing, flight director Agus Pramono confirms the RX-550 reached an apogee of 118 kilometres, about two minutes and 45 seconds after liftoff. The rocket and payload splashed down in the Indian Ocean about 190 km south of the launch station, six minutes and 10 seconds after launch.

"Everything we wanted to test today, we tested," Agus said. "The motor, the guidance, the separation, the telemetry. All of it worked." The payload was not designed to be recovered."""),
                ("09:58 WIB", "'A historic morning'",
                 """Yuliani Hartono, head of BRIN's Aeronautics and Space Research Organisation, speaking to Pasundan TV: "This is a historic morning for Indonesian rocketry. Our engineers built this rocket here, and it went higher than any rocket we have built before." """),
                ("09:31 WIB", "Preliminary telemetry: above 115 km",
                 """The first reading from mission control: preliminary telemetry shows the rocket climbed to at least 115 km. Engineers say they need to process the radar and GNSS data before giving a final figure. That would put the RX-550 well past the 100 km line that is commonly used to mark the edge of space."""),
                ("09:21 WIB", "Telemetry lost at splashdown",
                 """The control room reports that the payload's signal has stopped, as expected, on impact with the sea. Applause in the room."""),
                ("09:15 WIB", "Motor burnout",
                 """The solid-fuel motor has burned out after 38 seconds, on schedule. Peak speed was around Mach 5.6, according to the announcer in the control room. The rocket is now coasting upwards."""),
                ("09:14 WIB", "LIFTOFF",
                 """Liftoff! The RX-550 leaves the rail at 09:14 WIB with a roar that shakes the windows of our broadcast van, more than a kilometre away. A long white plume is drifting out over the sea."""),
                ("09:05 WIB", "Countdown resumes",
                 """The range is clear. The countdown has resumed at T-minus nine minutes. New liftoff time: 09:14 WIB."""),
                ("08:48 WIB", "HOLD: boat in the danger area",
                 """The countdown is on hold. Range officers have spotted a small fishing boat inside the hazard zone off the coast. A navy patrol boat is on its way to escort it out. Liftoff had been planned for 08:52 WIB."""),
                ("08:10 WIB", "Weather is 'go'",
                 """Launch station chief Dedi Kurniawan says upper-level winds are well within limits this morning, unlike on Tuesday, when gusts at high altitude forced the team to stand down. Surface winds at the pad: 12 knots."""),
                ("07:30 WIB", "Good morning from Pameungpeuk",
                 """Welcome to our live coverage from the BRIN launch station at Pameungpeuk, on the south coast of Garut regency, West Java. Today, Thursday, May 21, engineers will try again to launch the RX-550, a 9.4-metre sounding rocket with a diameter of 550 mm and a launch mass of 2.3 tonnes.

The team's goal is an altitude of at least 110 km. The previous test, of the smaller RX-450 in August 2025, reached 87 km. The first attempt at this launch, on Tuesday, May 19, was scrubbed because of strong winds at altitude."""),
            ]),
            date_mode="meta", when="2026-05-21T07:30:00+07:00",
            sidebar=("Berita terpopuler", (
                "Bandung flyover closed for 36 hours for repairs",
                "Persib Bandung sign striker on two-year deal",
                "Tea harvest in Garut down 12% after dry spell",
                "Weather: heavy rain forecast for Bogor and Sukabumi",
            )),
            related=(
                ("RX-550 launch postponed due to high-altitude winds", "news/rx-550-launch-postponed"),
                ("Meet the engineers behind Indonesia's biggest rocket", "features/rx-550-engineers"),
            ),
            section="Live",
        ),
        article(
            KPA, "national/science/rx-550-sounding-rocket-reaches-118-km",
            "Indonesian rocket reaches 118 km in record test flight",
            "BRIN's RX-550 becomes the first Indonesian-built rocket to cross the 100-kilometre mark.",
            "Bayu Nugroho",
            paras("""
GARUT, West Java (KPA) - Indonesia's National Research and Innovation Agency (BRIN) successfully launched its RX-550 sounding rocket on Thursday, reaching an altitude of 118 kilometres in the highest flight yet by an Indonesian-built rocket.

The single-stage, solid-fuel rocket lifted off from the agency's launch station in Pameungpeuk, on the southern coast of Garut regency, at 09:14 Western Indonesia Time. The launch came 22 minutes later than planned after a fishing boat strayed into the hazard area off the coast.

"Alhamdulillah, the RX-550 flew exactly as we designed it," said Yuliani Hartono, head of BRIN's Aeronautics and Space Research Organisation. "We have shown that Indonesian engineers can build a rocket that reaches space."

The rocket is 9.4 metres long, 550 millimetres in diameter and weighs 2.3 tonnes at launch. Its motor burned for 38 seconds, accelerating it to a top speed of about Mach 5.6. It reached its highest point roughly two minutes and 45 seconds into the flight, before falling into the Indian Ocean about 190 kilometres south of the launch site.

##AD##

The flight lasted six minutes and 10 seconds from liftoff to splashdown, flight director Agus Pramono told reporters.

The rocket carried a 52-kilogram payload with a satellite navigation receiver, accelerometers, a camera and a small atmospheric experiment built by students from Universitas Priangan Raya. All data was sent to the ground by radio during the flight; the payload was not recovered.

The team had set a target of at least 110 km for the flight. Pre-launch simulations had predicted an apogee of about 120 km.

## Step towards orbit

The RX-550 is the latest in a series of sounding rockets developed by BRIN and its predecessor, the national aeronautics and space institute LAPAN. The previous test, of the smaller RX-450 in August 2025, reached an altitude of 87 km.

BRIN officials say the programme, which has cost Rp 86 billion, is a stepping stone towards a small launch vehicle able to place satellites of up to 100 kilograms in low Earth orbit. An upgraded version, the RX-550B, is scheduled for a test flight in 2027.

The first attempt to launch the RX-550, on Tuesday, was called off because of strong winds at high altitude.

"Tuesday was frustrating for the team, but in rocketry patience is part of the job," said Dedi Kurniawan, head of the Pameungpeuk launch station. "Today the weather was with us."

Local residents gathered on the beach near the launch station to watch the launch, and police closed the coastal road for several hours. Fishermen had been told to stay out of the hazard zone for the launch window.

Pameungpeuk has hosted rocket launches since the 1960s, when it was used for meteorological sounding rockets developed with foreign partners.
"""),
            date_mode="line", date_line="Thursday, 21 May 2026",
            sidebar=("Latest news", (
                "Merapi volcano alert level kept at three",
                "Indonesia's April trade surplus narrows to $2.9 billion",
                "Jakarta air quality: PM2.5 at 48 micrograms",
                "Government allocates Rp 1.2 trillion for school meals in Papua",
            )),
            related=(
                ("BRIN's RX-450 reaches 87 km in 2025 test", "national/science/rx-450-reaches-87-km"),
                ("Indonesia's space ambitions: from LAPAN to BRIN", "national/science/space-ambitions-lapan-brin"),
            ),
            section="Science",
        ),
        article(
            ORBITASIA, "issues/2026-05-23/indonesia-rx550-crosses-karman-line",
            "Indonesia's RX-550 crosses the Karman line",
            "This week: a record sounding-rocket flight from West Java, plus launch notes from across the region.",
            "Dr. Samantha Yeo, editor",
            paras("""
The big news from our region this week came not from a commercial launch pad but from a quiet stretch of coast in West Java, where Indonesia's research agency BRIN flew its RX-550 sounding rocket to an altitude of 118 km (about 73 miles) on Thursday.

Liftoff was at 02:14 UTC (09:14 local time), from the Pameungpeuk launch station in Garut regency. The flight put the RX-550 comfortably above the Karman line at 100 km, the conventional boundary of space, and beat the 87 km reached by the smaller RX-450 last August.

## The vehicle

The RX-550 is a single-stage solid-fuel rocket, 9.4 m tall and 550 mm wide, with a launch mass of 2.3 t. The motor burned for 38 s. The agency reported a peak velocity of Mach 5.6, apogee at T+2 min 45 s and splashdown about 190 km downrange, in the Indian Ocean, at T+6 min 10 s.

The payload module, 52 kg, carried a GNSS receiver, inertial sensors, a camera and a student-built atmospheric experiment. Nothing was recovered; all data came down by telemetry.

##AD##

## Why it matters

Sounding rockets are not orbital launchers, and BRIN is careful not to oversell the flight. But the RX-550 is the most powerful motor Indonesia has flown, and the agency has been clear that it sees the rocket as a pathfinder for a small launcher capable of putting 100 kg into low Earth orbit, probably not before the early 2030s.

Flight director Agus Pramono told us after the flight that the guidance and separation systems, both flown for the first time, "behaved as predicted within a few per cent". The agency's pre-flight modelling had pointed to an apogee of around 120 km; the 118 km achieved is well within the margin engineers expected.

The programme has cost Rp 86 billion, or roughly US$5.3 million, a modest sum by international standards.

"We are not in a race with anyone," said Yuliani Hartono, who heads the agency's Aeronautics and Space Research Organisation. "We are building a capability, one step at a time."

## The path here

The flight did not go entirely to plan in scheduling terms. The first attempt, on May 19, was scrubbed because of upper-level winds, and on Thursday a fishing boat in the hazard zone caused a 22-minute hold, pushing liftoff back from the planned 01:52 UTC.

Next up is the RX-550B, an upgraded version with a lighter composite motor case, planned for 2027.

## Regional launch notes

Elsewhere, Singapore-based Kestrel Orbital completed a 92-second hot-fire test of its upper-stage engine at a test stand in Johor, and Malaysia's space agency said it was reviewing bids for a 2028 Earth-observation satellite. We will have more on both in next week's issue.
"""),
            date_mode="jsonld", when="2026-05-23T06:00:00+00:00",
            sidebar=("In this issue", (
                "Kestrel Orbital's 92-second hot-fire, explained",
                "Malaysia's Earth-observation satellite: 4 bidders shortlisted",
                "Japan's H3 flies its 9th mission",
                "Vietnam's 2-tonne radar satellite arrives at launch site",
            )),
            related=(
                ("Issue 2025-08-16: RX-450 reaches 87 km", "issues/2025-08-16/rx-450-87-km"),
                ("Explainer: what is a sounding rocket?", "explainers/sounding-rockets"),
            ),
            section="Weekly issue",
        ),
        article(
            HARBOUR, "asia/indonesia-rocket-reaches-space-test-flight",
            "Indonesian rocket reaches space in test flight, a first for the country",
            "The 9.4m RX-550 flew to 118km above the Indian Ocean. Singapore's space start-ups are watching.",
            "Marcus Wee",
            paras("""
JAKARTA - An Indonesian-built rocket reached space for the first time on Thursday, May 21, when the RX-550 sounding rocket soared to an altitude of 118km above the Indian Ocean during a test flight from West Java.

The rocket, developed by Indonesia's National Research and Innovation Agency (BRIN), lifted off at 10.14am Singapore time from a launch station in Pameungpeuk, on Java's southern coast, about 200km south-east of Jakarta.

It climbed past the 100km mark generally regarded as the boundary of space, before falling into the sea about 190km from the launch site. The flight, from liftoff to splashdown, lasted just over six minutes.

"This is a historic day for Indonesian rocketry," Dr Yuliani Hartono, head of BRIN's Aeronautics and Space Research Organisation, said after the launch. "Our own engineers built this rocket, and it went higher than any rocket we have ever built."

##AD##

## Two attempts

The launch came at the second attempt. The first, two days earlier, was called off because of strong winds high in the atmosphere. On Thursday, the countdown was held for 22 minutes after a fishing boat was spotted inside the restricted zone.

The RX-550 is 9.4m long and weighs 2.3 tonnes. It carried a 52kg payload of instruments, which transmitted data to the ground throughout the flight.

Indonesian officials said the test was a step towards building a small rocket that can put satellites into orbit, though they gave no firm timeline. The programme has cost about US$5.3 million so far.

## Regional interest

The flight drew attention from Singapore's small but growing space sector, which has focused on satellites and ground systems rather than rockets.

"Singapore companies build satellites but have to book rides abroad, often years in advance," said Dr Lim Shu Fen, a research fellow at the Centre for Space Policy Asia. "A launch capability in the neighbourhood, even a small one, would be very interesting to them in the long term."

She cautioned that the gap between a sounding rocket and an orbital launcher was large. "To reach orbit you need not 118km of altitude but about 7.8km per second of sideways speed. That is a very different machine."

Singapore has launched more than 20 satellites since 2011, all on foreign rockets, according to the Office for Space Technology and Industry.

Indonesia's last major test, in August 2025, sent the smaller RX-450 to 87km. BRIN plans to fly an upgraded version of the RX-550 in 2027.

Dr Yuliani said the agency would also look at working with partners in the region. "Space is not something any country in South-east Asia should do alone," she said.
"""),
            date_mode="none",
            sidebar=("Most popular", (
                "Singapore's GDP grew 3.1% in the first quarter",
                "Changi Airport Terminal 5: first phase 60% complete",
                "Condo prices rise 0.8% in April, flash estimate shows",
                "NEA: dengue cases down 40% from last year",
            )),
            related=(
                ("Singapore satellite firm books launch for 2027", "asia/singapore-satellite-firm-books-launch"),
                ("Malaysia to pick builder for Earth-observation satellite", "asia/malaysia-earth-observation-satellite"),
            ),
            section="Asia",
        ),
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# eq-AN6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

TIMUR = ("Timur TV", "timurtv.example")
ARCHWIRE = ("Archipelago Wire", "archwire.example")
MARINA = ("The Marina Chronicle", "marinachronicle.example")
ROFM = ("Ring of Fire Monitor", "rofmonitor.example")

EQ_AN6 = {
    "id": "eq-AN6",
    "part": "AN",
    "domain": "earthquake",
    "fetched": "2026-07-28",
    "articles": [
        article(
            TIMUR, "live/gempa-halmahera-utara",
            "LIVE: Magnitude 6.4 earthquake hits North Halmahera",
            "Rolling coverage of the quake near Tobelo, North Maluku: casualties, damage, aftershocks and relief. Times are Eastern Indonesia Time (WIT).",
            "Timur TV newsroom, Ternate and Tobelo",
            updates([
                ("Wed 22 Jul, 14:10 WIT", "BNPB: 47 dead, 312 injured",
                 """The National Disaster Management Agency (BNPB) has released what it calls its final casualty figures for Sunday's earthquake. Spokesperson Dian Pratiwi said 47 people were killed: 41 in North Halmahera regency and six in Morotai Island regency. Another 312 people were injured.

A total of 5,860 people remain displaced, and 2,140 houses were damaged, 386 of them heavily. Search teams have now accounted for everyone reported missing."""),
                ("Tue 21 Jul, 18:30 WIT", "94 aftershocks recorded",
                 """BMKG says it has recorded 94 aftershocks since the main quake, the largest a magnitude 5.1 at 11:20 on Sunday morning. Most are too weak to be felt. The agency urges residents to stay away from cracked buildings."""),
                ("Tue 21 Jul, 09:05 WIT", "Death toll rises to 41",
                 """BNPB says 41 people are now confirmed dead after rescuers recovered more bodies from collapsed houses in villages north of Tobelo overnight. Several people remain unaccounted for."""),
                ("Mon 20 Jul, 16:45 WIT", "14-day emergency declared; toll at 33",
                 """North Halmahera Regent Frans Lahengko has declared a 14-day emergency response period, running until August 1. The central government has released Rp 5 billion in emergency funds, BNPB says.

The confirmed death toll now stands at 33, with more than 200 injured."""),
                ("Sun 19 Jul, 19:20 WIT", "At least 19 dead",
                 """BNPB's latest update: at least 19 people killed, most of them crushed when houses collapsed as they slept. The regional hospital in Tobelo is treating patients in tents in its car park because of cracks in the main building."""),
                ("Sun 19 Jul, 11:25 WIT", "Strong aftershock",
                 """A magnitude 5.1 aftershock rattled the area at 11:20, sending residents running into the streets again. No new damage has been reported so far."""),
                ("Sun 19 Jul, 08:15 WIT", "First confirmed deaths",
                 """Local disaster officials say six people have been confirmed dead in North Halmahera. The figure is expected to rise as teams reach outlying villages. Several roads north of Tobelo are blocked by landslides."""),
                ("Sun 19 Jul, 05:55 WIT", "Tsunami warning lifted",
                 """BMKG has ended its tsunami warning at 5:52, about two hours after it was issued. A tide gauge recorded a sea level rise of nine centimetres. Residents who fled to higher ground are beginning to return, though many are afraid to sleep indoors."""),
                ("Sun 19 Jul, 04:20 WIT", "Magnitude revised to 6.4",
                 """BMKG has revised the magnitude down to 6.4 from a preliminary 6.6, at a depth of 10 km. The US Geological Survey puts the quake at magnitude 6.6 and a depth of 14 km.

"The earthquake was caused by thrust faulting in the Halmahera region," said Bayu Adiputra, head of BMKG's earthquake and tsunami division."""),
                ("Sun 19 Jul, 04:02 WIT", "Strong quake strikes near Tobelo",
                 """A strong earthquake struck North Maluku at 3:47 a.m. local time. BMKG says the epicentre was 23 km northeast of Tobelo, in North Halmahera regency. A tsunami warning was issued at 3:52. Residents along the coast are being told to move to higher ground.

Our correspondent in Tobelo says the shaking lasted around 20 seconds and knocked out power across the town."""),
            ]),
            date_mode="jsonld", when="2026-07-19T04:02:00+09:00",
            sidebar=("Terpopuler", (
                "Ternate ferry schedule: extra sailings to Sofifi this week",
                "Clove prices in North Maluku rise to Rp 115,000 per kg",
                "Mount Ibu eruption: ash column reaches 1,200 metres",
                "Football: Malut United draw 1-1 at home",
            )),
            related=(
                ("How to prepare an earthquake emergency bag", "explainer/earthquake-emergency-bag"),
                ("Halmahera's history of earthquakes", "features/halmahera-earthquake-history"),
            ),
            section="Live",
        ),
        article(
            ARCHWIRE, "world/asia/indonesia-halmahera-quake-toll-47",
            "Indonesia quake death toll rises to 47 as thousands remain in shelters",
            "Aid reaches remote villages in North Maluku three days after the magnitude 6.4 quake.",
            "Stevanus Wattimena",
            paras("""
TOBELO, Indonesia, July 22 (Archipelago Wire) - The death toll from a magnitude 6.4 earthquake that struck Indonesia's North Maluku province on Sunday has risen to 47, the country's disaster agency said on Wednesday, as aid began to reach villages cut off by landslides.

The quake hit at 3:17 a.m. local time, when most people were asleep, with its epicentre 23 km northeast of Tobelo, the main town of North Halmahera regency, at a depth of 10 km, according to Indonesia's Meteorology, Climatology and Geophysics Agency (BMKG).

The U.S. Geological Survey measured the quake at magnitude 6.6.

Forty-one people died in North Halmahera and six in the neighbouring Morotai Island regency, said Dian Pratiwi, a spokesperson for the National Disaster Management Agency (BNPB). A further 312 were injured, and 5,860 people are sheltering in tents, mosques, churches and schools.

"Most victims were killed when walls and roofs fell on them in their sleep," Pratiwi told reporters in Jakarta. "The houses in these villages are often built of unreinforced brick."

##AD##

BMKG issued a tsunami warning minutes after the quake and lifted it about two hours later, after tide gauges recorded only a small rise in sea level.

In Tobelo, the regional hospital moved patients into tents set up in the car park after cracks appeared in its walls. Doctors said they were short of orthopaedic supplies and blood.

"We treated more than a hundred people on the first day alone, many with broken legs and head wounds," said Dr. Maria Tumbelaka, who heads the hospital's emergency unit.

A total of 2,140 houses were damaged, 386 of them heavily, along with a mosque, two churches and eight schools, BNPB said.

North Halmahera's regent, Frans Lahengko, has declared a 14-day emergency response period. The central government has released Rp 5 billion ($305,000) in emergency funds, and the navy has sent a hospital ship from Ambon.

BMKG has recorded 94 aftershocks, the largest of magnitude 5.1.

Indonesia lies along the Pacific "Ring of Fire", where the meeting of tectonic plates causes frequent earthquakes and volcanic eruptions. Halmahera is one of the most seismically complex areas of the country, where several small plates are squeezed between larger ones.

In July 2019, a magnitude 7.2 quake struck South Halmahera, killing more than a dozen people and damaging thousands of homes.

Residents in the hardest-hit villages said they were afraid to return indoors. "Every time the ground moves, the children start crying," said Yohana Lolaro, 34, who was staying with her family under a tarpaulin outside her damaged home in Gamsungi village.

(Reporting by Stevanus Wattimena in Tobelo and Putri Handayani in Jakarta; Editing by Alan Kerr)
"""),
            date_mode="meta", when="2026-07-22T16:30:00+09:00",
            sidebar=("Top stories", (
                "Philippines: typhoon leaves 12 dead in Luzon",
                "Japan's Sakurajima volcano erupts, ash plume reaches 3,000 metres",
                "Australian dollar slips to 64 US cents",
                "Vietnam raises minimum wage by 7.2%",
            )),
            related=(
                ("Magnitude 6.4 quake strikes Indonesia's North Maluku, tsunami warning lifted", "world/asia/indonesia-north-maluku-quake"),
                ("Indonesia earthquake: aid groups appeal for tents, blankets", "world/asia/indonesia-quake-aid-appeal"),
            ),
            section="Asia",
        ),
        article(
            MARINA, "world/asia/halmahera-earthquake-survivors-aid",
            "After the quake, Halmahera's villages wait for help",
            "Four days after the earthquake, 47 are confirmed dead and thousands sleep outdoors. Singapore groups pledge aid.",
            "Nicole Chia, Regional Correspondent",
            paras("""
JAKARTA - For four nights, the families of Gamsungi village have slept in the open on the football field, under tarpaulins strung between the goalposts and the coconut palms.

They are among 5,860 people displaced by the magnitude 6.4 earthquake that struck Indonesia's North Maluku province at 3.47am local time on Sunday (2.47am Singapore time), shaking Halmahera island as most people slept.

Indonesia's disaster agency BNPB said on Wednesday that 47 people had died and 312 were injured. Most of the dead were in North Halmahera regency, with six in Morotai Island regency across the strait.

The quake's epicentre was about 23km north-east of Jailolo, at a shallow depth of 10km, according to Indonesia's meteorology agency BMKG. The US Geological Survey, which measured the quake at magnitude 6.6, put the depth at 14km.

##AD##

## A warning, then waiting

BMKG issued a tsunami warning five minutes after the quake. Residents of coastal villages climbed the hills in the dark, many carrying children and elderly relatives. The warning was lifted about two hours later, after tide gauges showed only a small rise in sea level.

"We ran with only the clothes we were wearing," said Mr Yakobus Tabaga, 58, a fisherman. "When we came back down, half of the houses on my street had fallen."

Across the affected area, 2,140 houses were damaged, 386 of them heavily, according to BNPB. A mosque and two churches collapsed.

BMKG has recorded dozens of aftershocks, the strongest a magnitude 5.1 on Sunday morning. Many residents say they will not go back inside until the tremors stop.

## Singapore pledges

The Singapore Red Cross said on Tuesday it had pledged S$50,000 for relief efforts, to be used for tarpaulins, hygiene kits and drinking water. Its volunteers are working with the Indonesian Red Cross in the affected area.

Singapore's Ministry of Foreign Affairs said it was in contact with the Indonesian authorities and had not received reports of any Singaporeans affected.

Indonesia's central government has released Rp 5 billion (about S$390,000) in emergency funds, and North Halmahera's regent, Mr Frans Lahengko, has declared a 14-day emergency response period.

"Our biggest need now is shelter, because the rains will come," Mr Lahengko said in a video message posted by the regency government. "People cannot stay on football fields for weeks."

## A restless region

Halmahera lies in one of the most tectonically complex parts of Indonesia, where the Molucca Sea plate is being squeezed between the Sangihe and Halmahera arcs. Quakes are common, but most are too deep or too small to cause serious damage.

In 2019, a magnitude 7.2 quake in South Halmahera killed more than a dozen people.

Seismologists say shallow quakes close to populated coastal areas, like Sunday's, are the most destructive, because there is little distance for the energy to dissipate before it reaches the surface.
"""),
            date_mode="line", date_line="Thursday, 23 July 2026",
            sidebar=("Most read", (
                "Bukit Timah condo sells for S$2,410 psf, a district record",
                "Singapore's total fertility rate falls to 0.95",
                "MRT Thomson-East Coast Line stage 5 opens in 2027",
                "Hawker centre rents to rise 3% from October",
            )),
            related=(
                ("Magnitude 6.4 quake hits eastern Indonesia; tsunami warning lifted", "world/asia/eastern-indonesia-quake-tsunami-warning"),
                ("How Singapore's disaster relief groups work overseas", "singapore/disaster-relief-groups-overseas"),
            ),
            section="World",
        ),
        article(
            ROFM, "issues/north-halmahera-m64",
            "North Halmahera M6.4: what we know about the quake",
            "Ring of Fire Monitor, a weekly newsletter on earthquakes and volcanoes in South-east Asia and the western Pacific.",
            "Prof. (emer.) Hadi Sutanto, with the Monitor team",
            paras("""
This week's issue is devoted to the earthquake that struck North Halmahera on Sunday, July 19, the deadliest in Indonesia so far this year.

## The event

The mainshock occurred at 3:47 a.m. local time (WIT, UTC+9), which was 18:47 UTC on Saturday, July 18. Indonesia's BMKG gives a magnitude of 6.4 and a depth of 10 km, with the epicentre 23 km northeast of Tobelo. BMKG's first automatic solution had put the magnitude at 6.6, which is also the figure the USGS settled on, with a slightly deeper hypocentre of 14 km.

Readers often ask why agencies disagree. Different networks, different velocity models and different magnitude scales all play a part. A 0.2 difference for a quake of this size is entirely ordinary and says nothing about either agency's competence.

The focal mechanism points to thrust faulting, consistent with the compression of the Halmahera arc. BMKG's Bayu Adiputra described it as "a shallow thrust event on a fault in the crust, not on the main subduction interface", which fits the intense shaking reported in Tobelo.

##AD##

## The tsunami warning

BMKG issued a tsunami warning at 3:52 a.m., five minutes after the mainshock. A tide gauge recorded a rise of about 9 cm, well below damaging levels. The warning was lifted four hours later.

We want to praise the speed of the warning, and the response of coastal communities, many of whom moved uphill without waiting for official instructions. That behaviour was learned the hard way, and it saves lives.

## The toll

By Wednesday, BNPB counted 47 dead, 312 injured and 5,860 displaced. Of the dead, 41 were in North Halmahera regency and six in Morotai Island regency. 2,140 houses were damaged, 386 of them heavily.

Early counts were far lower: six deaths on Sunday morning, 19 by Sunday evening, 33 on Monday and 41 on Tuesday. That pattern, a toll that climbs for days as teams reach remote villages, is sadly typical of Indonesian disasters.

## Aftershocks

BMKG had recorded 94 aftershocks by Tuesday evening. The largest, a magnitude 5.1, came at 11:20 a.m. on Sunday. Applying standard aftershock statistics, we estimate a roughly 10% chance of an aftershock of magnitude 5.4 or greater in the coming month, and a chance of around 2% that a larger quake follows. These are our estimates, not BMKG's.

## Context

Halmahera is no stranger to damaging quakes. In July 2019, a magnitude 7.2 event in South Halmahera killed more than a dozen people. The 2026 event is smaller, but its shallow depth and proximity to Tobelo made it deadlier.

## Elsewhere this week

A magnitude 5.8 quake off Mindanao caused minor damage; Mount Ibu in North Maluku continued to erupt, with ash to 1,200 m; and Japan's JMA recorded a swarm of small quakes near the Tokara Islands.
"""),
            date_mode="none",
            sidebar=("Recent issues", (
                "Mount Lewotobi: alert level lowered to 3",
                "Mindanao M5.8: minor damage, no casualties",
                "Why Sulawesi's Palu-Koro fault moves 4 cm a year",
            )),
            related=(
                ("Explainer: magnitude scales and why they differ", "explainers/magnitude-scales"),
                ("Halmahera's tectonics in five maps", "features/halmahera-tectonics"),
            ),
            section="Newsletter",
        ),
    ],
    "planted": [
        ("time the quake struck: 3:47 a.m. WIT (Archipelago Wire says 3:17 a.m.)", r"\b3[:.]47(?!\d)", r"\b3[:.]17(?!\d)"),
        ("epicentre: 23 km northeast of Tobelo (Marina Chronicle says Jailolo)", r"\btobelo\b", r"\bjailolo\b"),
        ("tsunami warning duration: about two hours (Ring of Fire Monitor says four hours)", r"\b(two|2) hours?\b", r"\b(four|4) hours?\b"),
    ],
}

# ---------------------------------------------------------------------------

STORIES = [CB_AN1, EL_AN2, CT_AN3, TR_AN4, RK_AN5, EQ_AN6]
