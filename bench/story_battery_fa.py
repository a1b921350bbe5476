"""Story battery, part FA — the Caribbean (Jamaica, Trinidad and Tobago, Barbados, Dominican
Republic, Bahamas), events in 2026.

Written by engineer FA1 on 2026-12-07 for the twenty-seventh batch, a precision batch: most
differences between the outlets in each story are legitimate variation that a careful editor
would accept, and only the planted items are genuine contradictions. All outlets, reporters,
companies, most officials and all figures are invented; real institutions and places are used
as settings only.

cb-FA1 (central bank). The Bank of Jamaica cuts its policy rate by 25 bp from 5.75% to 5.50% on
Thursday 24 September 2026 (announced 1:00 p.m. Kingston, 1800 GMT), MPC vote 5-1 with one
member for a hold. PLANTED (3): the Kingston Ledger says the decision was on "Wednesday"
(others: Thursday); CaribFinance Monitor spells the governor "Fenimore" (others: Fennimore);
the IBN live page gives the MPC vote as 4-2 (others: 5-1). Outlets: Antilles Press Wire
(wire), IBN News live page (broadcaster, no machine-readable date), The Kingston Ledger
(newspaper), CaribFinance Monitor (specialist). Traps: 5.50% vs 5.5% vs "a quarter of a
percentage point" vs 25 basis points; old rate 5.75% and its November 2025 start; previous
hold on August 20 and next announcement November 19; headline inflation 4.6% (August) vs 4.9%
(July) vs core 4.1% vs the 4-6% target vs the 4.5-5.5% eight-quarter forecast; growth 1.7%
(April-June, PIOJ) vs the 1.0-2.0% fiscal-year projection vs the earlier 1.5-2.5% May range;
NIR US$6.12 billion vs ~J$963 billion vs 27 weeks of imports; exchange rate "about J$157" vs
J$157.38 vs J$157.21 a day earlier vs the J$160.12 March high; lending rate 11.8%, prime rates
9.25-12.5%, 30-day T-bill 5.71% (vs 5.93% in July); real rate 0.9 vs 1.15 points; regional
rates (CBTT 3.50%, BCRD 5.25%); 2021-22 tightening from 0.5% to 7.0%; analyst polls of eight
(APW) and five (IBN) with different splits; 1:00 p.m. local vs 1800 GMT; governor quote in
three wordings; Deputy Governor Natalie (J.) Grange-Whyte with and without "for Economic
Policy"; a different person with a similar role (Senior Deputy Governor Paul Ebanks);
dissenter named by some outlets only, with and without "Dr"; B-FXITT sale of US$30 million on
Tuesday.

el-FA2 (election). CONTROL. St Mary South Eastern by-election, Jamaica, Monday 15 June 2026;
the PNP's Andrea (Lorraine) Whitfield beats the JLP's Desmond (O.) Pusey. Outlets: CaribWire
(wire), NRTV live page (broadcaster, no machine-readable date), The Port Maria Courier (local
newspaper, two days later). Traps: partial counts with times (38, 71 and 98 of 112 divisions)
vs the EOJ preliminary count 7,219-5,733 (margin 1,486, rejected 84) vs the returning
officer's official count 7,226-5,729 (margin 1,497, rejected 81), explained in the text;
turnout "about 42 per cent" vs 42.02% vs 42.0% vs "about 19 per cent at noon" vs 37.8% in the
2025 general election (margin 212); 31,406 electors; result just before 11 p.m. vs 0400 GMT
Tuesday; polls 7 a.m. to 5 p.m.; the official count on Wednesday; names with and without
middle names/initials; councillor for Boscobel "until April" vs "former Boscobel councillor";
Director of Elections vs returning officer (different people, similar roles); victory-speech
and concession quotes in different wordings; sworn-in date June 23.

ct-FA3 (court). The Caribbean Court of Justice, sitting in Port of Spain, rules 4-1 on
Wednesday 8 July 2026 (10 a.m., 1400 GMT) that Carlisle Bay Terminal Services unfairly
dismissed 214 Barbados port workers; award raised to BDS$4.2 million. PLANTED (3): BBN News
says the judgment was delivered in "Georgetown" (others: Port of Spain); The Bridgetown
Chronicle calls Dwayne Carrington the union "president" (others: general secretary);
CaribLaw Brief says 241 workers were dismissed (others: 214). Outlets: Antilles Press Wire
(wire), BBN News (broadcaster web story, no machine-readable date), The Bridgetown Chronicle
(newspaper, next day), CaribLaw Brief (specialist case note). Traps: BDS$4.2 million vs US$2.1
million (fixed 2:1 peg); High Court award BDS$1.6 million (November 2023) vs Court of Appeal
reversal (February 2025) vs CCJ award; 214 dismissed vs 187 claimants vs "nearly 190" vs nine
deceased vs 178 surviving vs about 90 current staff vs about 60 at the union hall; average
BDS$22,460 vs "about BDS$22,500"; hearing 17 March vs judgment 8 July vs dismissal letters 6
August 2021; "four to one" vs "4:1"; judge as Justice Marguerite (A.) Delacroix-Bain vs
"Delacroix-Bain JCCJ"; dissent by a different judge; Sonia Maynard-Lowe as "senior counsel"
vs "SC"; Carrington quote in three wordings; interest 4% a year; "yesterday" vs "Wednesday".

tr-FA4 (trade). CONTROL. The Dominican central bank (BCRD) reports on Tuesday 3 November 2026
(11:00 local, 15:00 GMT) that January-September goods exports rose 7.4% to US$10,214.6 million.
Outlets: Meridiano Wire (wire), The Santo Domingo Herald (newspaper, no machine-readable
date), TradeWinds Caribbean (specialist data note). Traps: US$10.21 billion vs 10,214.6 million
vs ~RD$652 billion at RD$63.85; free-zone 5,833.4 (+9.1%) vs national 4,381.2 (+5.2%) vs gold
1,472.9 (+18.6%) vs medical devices 1,890.5 (+12.4%) vs total +7.4% vs September alone 1,187.3
(+6.0%); August revised from 1,142.8 to 1,151.6 and Jan-Aug 9.02 vs 9.03 billion; imports
21,356.8 (+4.1%) and deficit 11,142.2 vs ~11.0 billion a year earlier; US 53% vs Haiti 612.4
(-11.3%); full-year target 13.8 billion vs 2025 actual 12.9 billion; 10% US tariff since April
2025; names with and without second surnames (Miguel Ángel Santana Rosario, Laura Patricia
Cabral Núñez, Ramón Ferreira Tejeda); "director of the external sector department" vs "head";
free-zone share "just over 57 per cent"; ex-gold national exports "roughly flat" vs "-0.5%".

rk-FA5 (rocket). Meridian Launch Systems' Corvid lifts off from Cape Canaveral at 6:42 a.m.
EDT (10:42 GMT) on Tuesday 13 October 2026 with 27 Lumen Orbital satellites; its booster lands
on the droneship Saltwind in Exuma Sound, the first landing in Bahamian waters. PLANTED (3):
OrbitWatch Daily gives liftoff as 7:42 a.m. EDT (others: 6:42); Atlantic Newswire puts the
droneship in the "Tongue of the Ocean" (others: Exuma Sound); The Nassau Sentinel says 29
satellites (others: 27). Outlets: Atlantic Newswire (wire), NBN Bahamas live page
(broadcaster, no machine-readable date), The Nassau Sentinel (newspaper, next day), OrbitWatch
Daily (specialist). Traps: EDT vs GMT/UTC; 160 km vs 100 miles from Nassau; 525 km vs 326 miles
orbit; ~560 km (350 miles) downrange; landing at 6:50 a.m. vs T+8 min 31 s vs "eight and a half
minutes"; first nine satellites vs all 27 (partial deployment); contact "about an hour and a
half" after launch vs 8:10 a.m.; Sunday scrub at T-41 s before a 6:58 a.m. target; Monday
wind stand-down; fee US$150,000 vs B$150,000 and bond B$1 million vs US$1 million (1:1 peg);
up to eight landings a year; 10-nautical-mile exclusion zone 5-9 a.m.; earlier flight on July
21 and six flights in all; CEO Halvard (J.) Lindqvist; minister as "Environment Minister" vs
"Environment and Natural Resources Minister"; launch director vs mission director (different
people); DEPP director named by one outlet only; minister and CEO quotes in different
wordings; capacity 7.2 vs ~8.1 tonnes; 112 satellites in the constellation.

eq-FA6 (earthquake). CONTROL. An offshore earthquake north of Puerto Plata, Dominican Republic,
at 3:17 a.m. local (07:17 UTC) on Tuesday 4 August 2026. Outlets: Hispaniola Press Service
(wire, early), Telenorte Noticias live page (broadcaster, no machine-readable date), The Puerto
Plata Post (local newspaper, next morning), SeismoCaribe (specialist). Traps: magnitude 6.1
(USGS) vs 6.0 (ISU) vs preliminary automatic 6.2 vs EMSC 6.1; depth 14 km (USGS) vs 10 km
(ISU); 28 km (17 miles) NNE vs ISU 31 km north; toll growing with bulletin times (6 a.m.: 1
dead, 12 injured, ~140 homes; 9 a.m.: 19 injured, 205 homes; 1 p.m.: 2 dead, 31 injured;
evening: 2 dead, 37 injured, 312 homes, 46 families / 183 people in shelters); 260 homes
inspected; aftershocks 11 (first three hours) vs 41 (by 6 p.m., ISU) vs nine M3+ (USGS);
largest aftershock 4.3 (ISU) vs 4.4 (USGS) at 5:02 local / 09:02 UTC; PTWC no-threat message at
3:26 a.m. vs "nine minutes after" vs a 3:40 a.m. live entry; 1946 M8.1 Samaná and 2003 M6.4
earthquakes in background; RD$150 million vs about US$2.4 million; COE director Juan Carlos
Matos (Peralta) with and without rank; Civil Defence director Ramona Liriano (Vargas) and ISU
director Pedro (Antonio) Veras (Jáquez) as different officials with similar roles.
"""
from __future__ import annotations

import json


def _ld(
    headline: str,
    published: str,
    author: str,
    publisher: str,
    modified: str | None = None,
    section: str | None = None,
) -> str:
    """Return a JSON-LD NewsArticle script block for a page head."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": published,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if modified:
        data["dateModified"] = modified
    if section:
        data["articleSection"] = section
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False)
        + "</script>\n"
    )


def _page(title: str, head: str, body: str, lang: str = "en") -> str:
    """Wrap head extras and a body in a complete HTML document."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"{head}"
        "</head>\n"
        f"<body>\n{body}</body>\n"
        "</html>\n"
    )


# ---------------------------------------------------------------------------
# cb-FA1 — Bank of Jamaica policy-rate decision
# ---------------------------------------------------------------------------

_CB1 = _page(
    "Bank of Jamaica cuts policy rate to 5.50% as inflation holds in target range"
    " | Antilles Press Wire",
    '<meta name="description" content="Jamaica\'s central bank lowers its policy rate by'
    ' 25 basis points, citing inflation inside its target range.">\n'
    '<meta property="og:site_name" content="Antilles Press Wire">\n'
    '<meta property="og:type" content="article">\n'
    '<link rel="canonical" href="https://www.apwire.example/business/'
    'jamaica-central-bank-cuts-rate-2026-09-24/">\n'
    + _ld(
        "Bank of Jamaica cuts policy rate to 5.50% as inflation holds in target range",
        "2026-09-24T13:18:00-05:00",
        "Sharlene Dacres",
        "Antilles Press Wire",
        modified="2026-09-24T14:02:00-05:00",
        section="Business",
    ),
    """<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to personalise content and to analyse our traffic. You can change your
choices at any time.</p>
<button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<header class="site-header">
<a class="logo" href="/">Antilles Press Wire</a>
<nav aria-label="Main"><ul>
<li><a href="/world/">World</a></li><li><a href="/caribbean/">Caribbean</a></li>
<li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li>
</ul></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="Search">
</form>
</header>
<main id="main">
<article class="story">
<div class="kicker"><a href="/business/">Business</a> &gt; Central banks</div>
<h1>Bank of Jamaica cuts policy rate to 5.50% as inflation holds in target range</h1>
<div class="byline">By Sharlene Dacres</div>
<div class="dateline-stamp">September 24, 2026 1:18 PM EST &#183; Updated 44 minutes later</div>
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p>KINGSTON, Sept 24 (APW) &#8211; The Bank of Jamaica cut its policy interest rate by 25 basis
points to 5.50 per cent on Thursday, its first reduction in ten months, saying inflation had
settled comfortably inside its target range and the economy needed support after a weak first
half of the year.</p>
<p>The central bank's Monetary Policy Committee voted 5-1 to lower the rate, which it pays on
overnight deposits placed by deposit-taking institutions, from 5.75 per cent. One external
member, Winsome Tulloch-Reid, preferred to leave it unchanged, the bank said in a statement
released at 1:00 p.m. local time (1800 GMT).</p>
<p>"Inflation has now been inside our target range for eleven consecutive months, and that gives
the Committee room to support growth without putting that achievement at risk," Governor Delroy
Fennimore said in the statement.</p>
<p>Annual headline inflation was 4.6 per cent in August, down from 4.9 per cent in July,
according to the Statistical Institute of Jamaica (STATIN). The bank targets inflation of 4 to 6
per cent. Core inflation, which strips out food and fuel prices, was 4.1 per cent, the bank
said.</p>
<p>The Bank of Jamaica now projects that inflation will average between 4.5 and 5.5 per cent over
the next eight quarters, with risks it described as "broadly balanced". It noted that a rise in
international grain prices and the peak of the Atlantic hurricane season posed upside risks,
while weaker-than-expected demand at home pointed the other way.</p>
<p>The Planning Institute of Jamaica (PIOJ) has estimated that the economy grew by 1.7 per cent
in the April-June quarter compared with a year earlier, a pace officials have called
disappointing. The bank said it expected growth of between 1.0 and 2.0 per cent for the fiscal
year ending in March 2027.</p>
<p>The rate had stood at 5.75 per cent since November 2025, and the committee left it there at
its previous announcement on August 20. Most of the eight economists polled by APW last week had
expected a quarter-point cut, although two had forecast no change until November.</p>
<p>Net international reserves were US$6.12 billion at the end of August, the bank said,
equivalent to about 27 weeks of imports of goods and services. The Jamaican dollar has been
broadly stable, trading at about J$157 to the U.S. dollar on Thursday, and the bank said it would
keep using its B-FXITT foreign-exchange auctions "as needed" to smooth out volatility.</p>
<p>Ricardo Lue-Chin, chief economist at Harbourview Securities in Kingston, said the move was
"well telegraphed" and was unlikely to be the last. "The bank has been signalling for two
meetings that it was getting comfortable. I would pencil in another 25 basis points before the
end of the fiscal year, probably in February," he told APW.</p>
<p>Commercial banks are not obliged to pass on the cut. The average lending rate on loans in
Jamaican dollars was 11.8 per cent in July, according to central bank data, far above the policy
rate, and business groups have long complained that cuts to the benchmark take months to reach
borrowers.</p>
<p>The Private Sector Organisation of Jamaica (PSOJ) welcomed the decision. Its president, Keisha
Bramwell, said in a statement that lower borrowing costs "must now show up in what small
businesses actually pay".</p>
<p>The bank kept the cash reserve requirement on Jamaican-dollar deposits at 5 per cent. Its next
policy announcement is scheduled for Thursday, November 19.</p>
<p class="credit">(Reporting by Sharlene Dacres; Editing by Marcus Oyelaran)</p>
</article>
<aside class="related">
<h2>Related coverage</h2>
<ul>
<li><a href="/business/tt-central-bank-holds-repo/">Trinidad and Tobago central bank holds repo
rate at 3.50% for a 14th straight meeting</a></li>
<li><a href="/business/dr-economy-july/">Dominican economy grew 3.2% in July, central bank
estimates</a></li>
<li><a href="/caribbean/barbados-arrivals/">Barbados stay-over arrivals up 6.3% in August to
58,410</a></li>
</ul>
</aside>
<aside class="most-read">
<h2>Most read</h2>
<ol>
<li><a href="/world/guyana-oil-output/">Guyana oil output tops 900,000 barrels a day</a></li>
<li><a href="/caribbean/hurricane-season/">Forecasters trim Atlantic hurricane outlook to 16
named storms</a></li>
<li><a href="/markets/jse-index/">JSE main index ends week 0.8% higher</a></li>
</ol>
</aside>
</main>
<footer class="site-footer">
<nav aria-label="Footer"><a href="/about/">About APW</a> &#183; <a href="/terms/">Terms of use</a>
&#183; <a href="/privacy/">Privacy</a> &#183; <a href="/contact/">Contact</a></nav>
<p>&#169; 2026 Antilles Press Wire Ltd. All rights reserved. Republication or redistribution of
APW content is prohibited without prior written consent.</p>
</footer>
""",
)

_CB2 = _page(
    "LIVE: Bank of Jamaica cuts policy rate &#8211; reaction and updates | IBN News",
    '<meta name="description" content="Follow live: the Bank of Jamaica announces its policy'
    ' rate decision, with reaction from economists and business groups.">\n'
    '<meta property="og:site_name" content="IBN News">\n'
    '<meta property="og:title" content="LIVE: Bank of Jamaica cuts policy rate">\n'
    '<link rel="stylesheet" href="/assets/live.css">\n',
    """<a class="skip-link" href="#content">Skip to main content</a>
<div id="consent" class="consent-bar">
<p>IBN and our partners use cookies to improve your experience. <a href="/cookies">Learn more</a>
</p><button>OK</button>
</div>
<header>
<div class="brand"><a href="/">IBN News</a> <span class="tag">Island Broadcasting Network</span>
</div>
<nav><a href="/news">News</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a> |
<a href="/entertainment">Entertainment</a> | <a href="/watch-live">Watch live TV</a> |
<a href="/radio">Radio</a></nav>
</header>
<div class="breaking-ticker">BREAKING: BOJ cuts rate &#8226; Traffic: lane closure on Mandela
Highway until 9 p.m. &#8226; Weather: scattered showers over eastern parishes</div>
<main id="content">
<article class="liveblog">
<h1>LIVE: Bank of Jamaica cuts policy rate &#8211; reaction and updates</h1>
<p class="standfirst-date">Thursday, September 24, 2026</p>
<div class="byline">Business desk: Kerry-Ann Mitchell and Jordan Samuels</div>
<div class="share">Share this live page: <a href="#">WhatsApp</a> <a href="#">Facebook</a>
<a href="#">X</a></div>
<div class="entry"><time>4:05 p.m.</time>
<p>That's where we'll leave our live coverage for today. To recap: the Bank of Jamaica cut its
policy rate by 25 basis points to 5.50 per cent, the first move since November last year. The
Monetary Policy Committee voted 4-2 in favour, the bank said, with two members preferring to
hold the rate at 5.75 per cent. The next announcement is due on November 19. Deputy Governor
Natalie Grange-Whyte will join Business Hour on IBN TV at 7 p.m. to discuss the decision.</p>
</div>
<div class="entry"><time>3:30 p.m.</time>
<p>Dollar check: The Jamaican dollar ended the day at J$157.38 to one U.S. dollar, based on the
weighted average selling rate published by the central bank, compared with J$157.21 a day
earlier. Traders told IBN there was no sign of a rush for U.S. dollars after the announcement.
The bank sold US$30 million to authorised dealers at its B-FXITT auction on Tuesday.</p>
</div>
<div class="entry"><time>2:45 p.m.</time>
<p>Ricardo Lue-Chin, chief economist at Harbourview Securities, told IBN he expects one more cut
before the fiscal year ends. "They've been signalling this for two meetings now. I'd pencil in
another quarter-point cut, most likely in February," he said. He added that treasury bill
yields had already drifted lower in anticipation; the 30-day bill averaged 5.71 per cent at
the most recent auction.</p>
</div>
<div class="entry"><time>2:10 p.m.</time>
<p>The PSOJ has reacted. President Keisha Bramwell says the cut is welcome but "must now show up
in what small businesses actually pay". The Jamaica Chamber of Commerce said in a separate
statement that it would be watching whether commercial banks lower their prime rates in the
coming weeks.</p>
</div>
<div class="entry"><time>1:40 p.m.</time>
<p>What does this mean for your loan? Not much, immediately. The policy rate is what the central
bank pays banks on overnight deposits, not what you pay on a mortgage. The average lending rate
on Jamaican-dollar loans was 11.8 per cent in July. As a rough guide, if a bank passed on the
full quarter-point to a J$10 million variable-rate mortgage, the interest portion of the monthly
payment would fall by about J$2,100.</p>
</div>
<div class="entry"><time>1:20 p.m.</time>
<p>More from the statement: the Bank of Jamaica says inflation should average between 4.5 and 5.5
per cent over the next two years, within its 4 to 6 per cent target range. It also left the
cash reserve requirement unchanged at 5 per cent. Net international reserves stood at
US$6.12 billion at the end of August.</p>
</div>
<div class="entry"><time>1:05 p.m.</time>
<p>"Inflation has been inside the target range for eleven straight months. That gives the
Committee room to support growth without putting that gain at risk," Governor Delroy Fennimore
said in the statement. The bank pointed to slower economic growth, estimated by the PIOJ at
1.7 per cent for the April to June quarter.</p>
</div>
<div class="entry"><time>1:01 p.m.</time>
<p>BREAKING: The Bank of Jamaica has cut its policy rate by a quarter of a percentage point to
5.5 per cent.</p>
</div>
<div class="entry"><time>12:45 p.m.</time>
<p>Some background while we wait. Annual inflation was 4.6 per cent in August, according to
STATIN, down from 4.9 per cent in July. It has been inside the central bank's target range
since October 2025. The rate has been 5.75 per cent since the central bank's November 2025
cut.</p>
</div>
<div class="entry"><time>12:40 p.m.</time>
<p>Good afternoon and welcome to our live coverage. The Bank of Jamaica is due to announce its
latest interest-rate decision at 1 p.m. Four of the five analysts IBN spoke to this week expect
a cut of 25 basis points to 5.50 per cent; one expects the bank to wait until November.</p>
</div>
</article>
<aside class="sidebar">
<h2>Latest news</h2>
<ul>
<li><a href="/news/jps-outage">JPS restores power to 12,400 customers in St Thomas</a></li>
<li><a href="/news/cruise-arrivals">Falmouth to welcome three cruise ships on October 2</a></li>
<li><a href="/sport/reggae-boyz">Reggae Boyz name 23-man squad for Nations League</a></li>
</ul>
<div class="newsletter"><h3>Get the IBN Morning Brief</h3>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</aside>
</main>
<footer>
<p>IBN News is a service of Island Broadcasting Network Ltd, 14 Dumfries Road, Kingston 10.</p>
<p>Copyright &#169; 2026 IBN. All rights reserved. | <a href="/privacy">Privacy policy</a> |
<a href="/advertise">Advertise with us</a></p>
</footer>
""",
)

_CB3 = _page(
    "BOJ trims rate, but borrowers told not to expect quick relief - The Kingston Ledger",
    '<meta name="description" content="The central bank lowers its policy rate to 5.50 per'
    ' cent; banks say lending rates will adjust slowly.">\n'
    '<meta property="og:type" content="article">\n'
    '<meta property="article:published_time" content="2026-09-25T05:30:00-05:00">\n'
    '<meta property="article:section" content="Business">\n'
    '<meta name="author" content="Andre Wint-Blake">\n',
    """<a href="#story" class="skip">Skip to content</a>
<div class="gdpr-notice"><p>By continuing to use this site you agree to our use of cookies.
<a href="/cookie-policy">Cookie policy</a></p><button>Close</button></div>
<header class="masthead">
<div class="paper-name"><a href="/">The Kingston Ledger</a></div>
<div class="paper-date">Friday, September 25, 2026</div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/lifestyle">Lifestyle</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/e-paper">E-Paper</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<article id="story">
<h1>BOJ trims rate, but borrowers told not to expect quick relief</h1>
<h2 class="dek">Central bank cuts to 5.50 per cent; commercial banks say loan rates will move
slowly</h2>
<div class="byline">Andre Wint-Blake<br>Senior Business Reporter</div>
<figure><img src="/img/2026/09/boj-building.jpg" alt="Bank of Jamaica headquarters">
<figcaption>The Bank of Jamaica building on Nethersole Place, downtown Kingston. (File
photo: Ledger Photo Desk)</figcaption></figure>
<p>The Bank of Jamaica (BOJ) on Wednesday lowered its policy rate to 5.50 per cent from 5.75
per cent, but bankers and economists cautioned that households and small firms should not expect
their loan payments to fall any time soon.</p>
<p>The Monetary Policy Committee (MPC) reached the decision in a 5-1 vote, with external member
Dr Winsome Tulloch-Reid voting to hold the rate. It was the first change since November 2025,
when the bank last cut.</p>
<p>In a statement, Governor Delroy Fennimore said inflation had been within the four to six per
cent target for 11 consecutive months, which gave the committee "room to support growth without
putting that achievement at risk".</p>
<p>Inflation stood at 4.6 per cent in August, according to the Statistical Institute of Jamaica.
The central bank expects it to average between 4.5 and 5.5 per cent over the next eight
quarters.</p>
<p>In an interview yesterday, Deputy Governor Natalie J. Grange-Whyte told the Ledger that the
bank would be watching how quickly the cut feeds through. "Transmission in Jamaica has improved,
but it is still slower than we would like. We expect deposit rates to adjust first and lending
rates to follow over two to three quarters," she said.</p>
<p>That lag is the main frustration for businesses. The average lending rate on Jamaican-dollar
loans was 11.8 per cent in July, more than double the new policy rate, according to BOJ data.
Prime rates at the three largest commercial banks range from 9.25 to 12.5 per cent.</p>
<p>Marvia Gayle, who runs a bakery with 14 employees in Spanish Town, said she was paying close to
15 per cent on a working-capital loan she took out in 2023. "Every time the Bank of Jamaica cuts,
everybody on radio says good news. I am still waiting for my bank to call me," she said.</p>
<p>One senior banker, who asked not to be named because he was not authorised to speak publicly,
said his institution would review its rates at its asset and liability committee next month
but that a single quarter-point cut "doesn't move the needle on a 12 per cent loan".</p>
<p>The BOJ began tightening in October 2021, when the policy rate was 0.5 per cent, and raised it
to a peak of 7.0 per cent by November 2022 to fight inflation that topped 11 per cent that
year. It started easing in 2024.</p>
<p>Keisha Bramwell, president of the Private Sector Organisation of Jamaica, said the decision was
"welcome and overdue". She added that the business community would be watching "whether lower
borrowing costs show up in what small businesses actually pay".</p>
<p>Economists say the cut also reflects a softer economy. The Planning Institute of Jamaica
estimated growth at 1.7 per cent for the April to June quarter, and the BOJ is now projecting
growth of one to two per cent for the 2026/27 fiscal year. Tourism, the largest earner of
foreign exchange, has held up, but agriculture and mining have lagged.</p>
<p>The Jamaican dollar was little changed after the announcement. The weighted average selling
rate was J$157.38 to the US dollar, compared with a high of J$160.12 in March. Net international
reserves, at US$6.12 billion at the end of August, remain well above the level the International
Monetary Fund considers adequate, the bank said.</p>
<p>The BOJ will hold its quarterly press briefing on Monday at 11 a.m., and its next policy
announcement is scheduled for November 19.</p>
</article>
<aside class="rail">
<section class="most-read"><h3>Most Read</h3><ol>
<li><a href="/news/ncb-results">Bank profits rise 9% to J$21.4 billion in first half</a></li>
<li><a href="/news/gas-prices">Gas prices up 63 cents per litre this week</a></li>
<li><a href="/news/portmore-toll">Portmore toll rates increase October 1</a></li>
<li><a href="/sports/athletics-meet">Thompson-Herah clocks 10.89 in Zurich</a></li>
</ol></section>
<section class="newsletter"><h3>Ledger Business Daily</h3><p class="nl">Markets, money and
the economy, in your inbox every weekday at 6 a.m.</p><form><input type="email">
<button>Subscribe</button></form></section>
</aside>
</main>
<footer class="site-footer">
<p>The Kingston Ledger &#183; 7 North Street, Kingston &#183; Tel. 876-555-0142</p>
<p>&#169; 2026 Ledger Media Group. All Rights Reserved.</p>
</footer>
""",
)

_CB4 = _page(
    "Jamaica: BoJ opens easing cycle with 25bp cut; Fenimore stresses data dependence"
    " &#8212; CaribFinance Monitor",
    '<meta name="description" content="Analysis: the Bank of Jamaica cuts its policy rate to'
    ' 5.50%, with one dissent. What it means for yields, the JMD and the next meetings.">\n'
    '<meta property="og:site_name" content="CaribFinance Monitor">\n'
    '<meta name="twitter:card" content="summary">\n'
    + _ld(
        "Jamaica: BoJ opens easing cycle with 25bp cut; Fenimore stresses data dependence",
        "2026-09-25T08:10:00-05:00",
        "Priya Ramkissoon-Hall",
        "CaribFinance Monitor",
        section="Central Banks",
    ),
    """<a class="sr-only" href="#article-body">Skip to content</a>
<div class="cookie-consent"><p>This site uses cookies for analytics and subscriptions.</p>
<button>Accept</button><button>Reject non-essential</button></div>
<header class="top">
<a class="brand" href="/">CaribFinance Monitor</a>
<nav><a href="/central-banks/">Central banks</a> <a href="/sovereigns/">Sovereign debt</a>
<a href="/fx/">FX</a> <a href="/energy/">Energy</a> <a href="/data/">Data hub</a>
<a href="/login/">Subscriber login</a></nav>
</header>
<main>
<article>
<p class="section-label">Central Banks &#183; Analysis</p>
<h1>Jamaica: BoJ opens easing cycle with 25bp cut; Fenimore stresses data dependence</h1>
<p class="author-line">By Priya Ramkissoon-Hall, Senior Analyst</p>
<div class="share">Share <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Copy link</a></div>
<div id="article-body">
<p>The Bank of Jamaica (BoJ) delivered the 25 basis point cut that most of the market had priced
in, taking its policy rate to 5.50% from 5.75%. The more interesting part of Thursday's decision
was the one-member dissent and the tone of Governor Delroy Fenimore, who told analysts on a call
after the announcement that the bank was "not on a pre-set path".</p>
<p>The Monetary Policy Committee voted 5-1. The dissenter, external member Winsome Tulloch-Reid,
favoured a hold, citing the risk that a sharp rise in international grain prices would push food
inflation higher over the fourth quarter. The BoJ does not publish minutes, but the statement
noted that "one member preferred to maintain the policy rate at 5.75 per cent".</p>
<p>The numbers behind the move are straightforward. Headline inflation fell to 4.6% year on year
in August from 4.9% in July, keeping it inside the 4-6% target for an eleventh consecutive
month. Core inflation, excluding agricultural food and fuel, eased to 4.1%. At 5.50%, the
policy rate now sits about 0.9 percentage points above August headline inflation, compared with
roughly 1.15 points before the cut.</p>
<p>"We would not read this as the start of a rapid series of cuts," Fenimore said on the call.
"Inflation inside the target range for eleven months in a row gives us room to support growth,
but we will not put that at risk." Two analysts on the call said the governor declined to give
guidance on the November meeting.</p>
<p>Senior Deputy Governor Paul Ebanks, who oversees financial markets operations, said on the same
call that system liquidity was "comfortable" and that the bank saw no need to change the 5%
cash reserve requirement. He said the BoJ would continue to intervene through its B-FXITT
auctions when the market needed it, after selling US$30 million earlier in the week.</p>
<p>Deputy Governor for Economic Policy Natalie Grange-Whyte presented the bank's updated
projections: inflation averaging 4.5-5.5% over the next eight quarters and real GDP growth of
1.0-2.0% in FY2026/27, down from the 1.5-2.5% range the bank projected in May.</p>
<p>Markets had largely anticipated the move. The 30-day treasury bill yield had already eased to
5.71% at the last auction before the decision, from 5.93% in July. We expect the next few
auctions to clear between 5.45% and 5.60%.</p>
<p>On the external side, net international reserves were US$6.12bn at end-August (about J$963bn
at Thursday's exchange rate), equivalent to roughly 27 weeks of goods and services imports.
The JMD traded at J$157.38 per US dollar on a weighted average basis on decision day, down
about 1.2% year to date against the dollar.</p>
<p>The decision leaves Jamaica out of step with some regional peers. The Central Bank of Trinidad
and Tobago held its repo rate at 3.50% at its September meeting, while the Banco Central de la
Rep&#250;blica Dominicana cut its monetary policy rate by 25bp to 5.25% in August. The U.S.
Federal Reserve's quarter-point cut last week removed one obstacle for the BoJ, which has been
wary of narrowing the interest differential with the dollar too quickly.</p>
<p>Our base case is one further 25bp cut in February 2027, to 5.25%, if inflation prints stay
below 5% through the year-end holiday season. A hold in November, when the committee next
announces, looks likely. The key risks are food prices after the hurricane season and any
renewed pressure on the exchange rate.</p>
</div>
</article>
<aside class="data-box">
<h2>Regional policy rates</h2>
<table><tr><th>Central bank</th><th>Rate</th><th>Last change</th></tr>
<tr><td>CBTT (Trinidad and Tobago)</td><td>3.50%</td><td>March 2020</td></tr>
<tr><td>BCRD (Dominican Republic)</td><td>5.25%</td><td>August 2026</td></tr>
<tr><td>ECCB</td><td>2.00%</td><td>2020</td></tr>
</table>
</aside>
<aside class="related"><h2>More from Central Banks</h2><ul>
<li><a href="/central-banks/bahamas-reserves/">Bahamas reserves hit B$3.4bn record in
July</a></li>
<li><a href="/sovereigns/barbados-bond/">Barbados prices US$300m sustainability-linked bond</a>
</li></ul></aside>
<div class="newsletter-box"><h3>The Caribbean Rates Brief</h3><p class="nl-copy">Every
Monday: every decision, every print.</p><form><input type="email"><button>Sign up free</button>
</form></div>
</main>
<footer><p>&#169; 2026 CaribFinance Monitor. For professional investors. Not investment
advice.</p><p><a href="/terms/">Terms</a> &#183; <a href="/privacy/">Privacy</a></p></footer>
""",
)


# ---------------------------------------------------------------------------
# el-FA2 — St Mary South Eastern by-election, Jamaica (CONTROL)
# ---------------------------------------------------------------------------

_EL1 = _page(
    "PNP's Whitfield wins St Mary South Eastern by-election by 1,486 votes - CaribWire",
    '<meta name="description" content="The opposition PNP takes St Mary South Eastern from'
    ' the JLP in a by-election, according to the preliminary count.">\n'
    '<meta property="og:site_name" content="CaribWire">\n'
    '<meta property="og:type" content="article">\n'
    + _ld(
        "PNP's Whitfield wins St Mary South Eastern by-election by 1,486 votes",
        "2026-06-15T23:20:00-05:00",
        "Damion Forbes",
        "CaribWire",
        section="Politics",
    ),
    """<a class="skip-link" href="#main-content">Skip to content</a>
<div class="cookie-bar"><p>CaribWire uses cookies. By clicking Accept you consent to their use.
</p><button>Accept</button></div>
<header>
<div class="logo"><a href="/">CaribWire</a></div>
<nav><ul><li><a href="/region/">Region</a></li><li><a href="/politics/">Politics</a></li>
<li><a href="/business/">Business</a></li><li><a href="/climate/">Climate</a></li>
<li><a href="/sport/">Sport</a></li></ul></nav>
</header>
<main id="main-content">
<article>
<h1>PNP's Whitfield wins St Mary South Eastern by-election by 1,486 votes</h1>
<p class="byline-line">By Damion Forbes, CaribWire</p>
<p class="stamp">June 15, 2026, 11:20 p.m.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Share on WhatsApp</a></div>
<p>PORT MARIA, Jamaica, June 15 (CaribWire) &#8212; The opposition People's National Party (PNP)
won the St Mary South Eastern by-election on Monday, taking a seat from the governing Jamaica
Labour Party (JLP) by 1,486 votes, according to the preliminary count released by the Electoral
Office of Jamaica (EOJ).</p>
<p>PNP candidate Andrea Whitfield received 7,219 votes against 5,733 for the JLP's Desmond Pusey,
with all 112 polling divisions counted, the EOJ said shortly before 11 p.m. (0400 GMT
Tuesday). An independent candidate, Kirk Lindo, received 161 votes, and 84 ballots were
rejected.</p>
<p>Turnout was about 42 per cent of the constituency's 31,406 registered electors, the EOJ said,
higher than many campaign workers had predicted for a by-election held in the middle of the
rainy season.</p>
<p>The by-election was called after the JLP's Clive Rowe-Hylton resigned from Parliament in March
to take up a post at the Caribbean Development Bank. He had won the seat by 212 votes at the
general election in September 2025, when turnout in the constituency was 37.8 per cent.</p>
<p>"Tonight the people of St Mary South Eastern have said that they want representation that
shows up, from the farmers in the hills to the fishermen at Annotto Bay," Whitfield told
cheering supporters at the PNP's constituency office in Annotto Bay shortly after the count
was announced.</p>
<p>Pusey conceded defeat in a brief statement, congratulating Whitfield and thanking his
campaign team. "The voters have spoken and we respect their decision. We will regroup and
continue to serve," he said.</p>
<p>The result does not change the balance of power in the 63-seat House of Representatives, where
the JLP retains a majority, but it was closely watched as the first test of public opinion
since last year's general election. Both parties sent senior members to campaign in the
largely rural constituency, which stretches from the St Mary coast into the hills around
Highgate and Richmond.</p>
<p>Polls opened at 7 a.m. and closed at 5 p.m. The EOJ reported that voting was generally
peaceful, with minor delays at two polling stations in Annotto Bay where election day workers
arrived late. Police said they had received no reports of serious incidents.</p>
<p>Whitfield, 46, a former teacher, served as councillor for the Boscobel division of the
St Mary Municipal Corporation until April, when she resigned her council seat to contest the
by-election. Pusey, 58, is a businessman and former president of the St Mary Chamber of
Commerce.</p>
<p>Political scientist Lloyd Henriques of the University of the West Indies, Mona, said the swing
should be treated with caution. "By-elections are about local issues and turnout. The PNP got
its people out and the JLP did not. That is not the same as a national shift," he said.</p>
<p>The preliminary count will be followed by the official final count, which the returning
officer is expected to begin on Wednesday. Whitfield is expected to be sworn in when the House
next sits.</p>
<p class="tagline">(Reporting by Damion Forbes; additional reporting by Tanya Bryan in Kingston;
editing by Lisette Charles)</p>
</article>
<aside class="related">
<h3>Related</h3>
<ul>
<li><a href="/politics/bahamas-budget/">Bahamas passes B$3.9 billion budget</a></li>
<li><a href="/politics/tobago-assembly/">Tobago House of Assembly approves TT$2.6 billion
estimates</a></li>
<li><a href="/region/caricom-summit/">CARICOM leaders to meet in Basseterre on July 3</a></li>
</ul>
</aside>
</main>
<footer>
<p>CaribWire &#8212; independent news from across the Caribbean.</p>
<p>&#169; 2026 CaribWire Media Inc. All rights reserved. <a href="/terms/">Terms</a>
<a href="/privacy/">Privacy</a></p>
</footer>
""",
)

_EL2 = _page(
    "By-election live: St Mary South Eastern votes | Northcoast Radio &amp; Television",
    '<meta name="description" content="Live updates and results as voters in St Mary South'
    ' Eastern choose a new MP.">\n'
    '<meta property="og:site_name" content="NRTV">\n'
    '<meta name="robots" content="index, follow">\n',
    """<a class="skip" href="#live">Skip to content</a>
<div class="consent"><p>We use cookies and similar technologies. <a href="/cookies">Settings</a>
</p><button>Accept</button></div>
<header class="nrtv-header">
<a href="/" class="logo">NRTV &#8212; Northcoast Radio &amp; Television</a>
<nav><a href="/news">News</a> <a href="/elections">Elections</a> <a href="/listen">Listen
live: 101.7 FM</a> <a href="/tv">TV schedule</a> <a href="/community">Community</a></nav>
</header>
<main>
<article id="live" class="live-updates">
<h1>By-election live: St Mary South Eastern votes</h1>
<p class="live-date">Monday, June 15, 2026 &#183; Updates in Jamaica time</p>
<p class="team">Reporting: Shanique Edwards (Annotto Bay), Omar Gallimore (Port Maria),
Tricia-Gaye Blake (studio)</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<section class="update"><h3>11:40 p.m.</h3>
<p>That's all from us tonight. Final preliminary figures from the EOJ, all 112 polling
divisions: Andrea Lorraine Whitfield (PNP) 7,219; Desmond O. Pusey (JLP) 5,733; Kirk Lindo
(Independent) 161. Rejected ballots: 84. Whitfield wins by 1,486 votes. Turnout: 42.02 per
cent. The official count starts Wednesday in Port Maria. Good night from the NRTV team.</p>
</section>
<section class="update"><h3>11:05 p.m.</h3>
<p>Desmond Pusey concedes. Speaking to NRTV outside his campaign headquarters in Highgate, he
said: "The voters have spoken, and we respect that. We will regroup and keep serving the
people of this constituency." He said he had called Whitfield to congratulate her.</p>
</section>
<section class="update"><h3>10:52 p.m.</h3>
<p>WHITFIELD WINS. The EOJ's preliminary count with all 112 polling divisions reporting gives
the PNP's Andrea Lorraine Whitfield victory in St Mary South Eastern. In her speech in Annotto
Bay she told supporters: "Tonight St Mary South Eastern said it wants representation that
shows up &#8212; from the farmers in the hills to the fisherfolk in Annotto Bay."</p>
</section>
<section class="update"><h3>10:15 p.m.</h3>
<p>Now 98 of 112 divisions counted: Whitfield 6,388, Pusey 5,102, Lindo 140. The PNP camp in
Annotto Bay has started celebrating. JLP supporters in Highgate are quiet.</p>
</section>
<section class="update"><h3>9:20 p.m.</h3>
<p>Update from the EOJ: 71 of 112 polling divisions counted. Whitfield 4,812, Pusey 3,907, Lindo
102. Whitfield's lead is widening in the coastal divisions around Annotto Bay and
Robin's Bay.</p>
</section>
<section class="update"><h3>8:15 p.m.</h3>
<p>First results. With 38 of 112 polling divisions counted, Whitfield has 2,460 votes and Pusey
2,118. These are mostly from the Highgate area, where the JLP did well last year. Lindo has 51.
</p>
</section>
<section class="update"><h3>6:40 p.m.</h3>
<p>In the studio, political analyst Lloyd Henriques of UWI Mona says the key will be the coastal
divisions. "If the PNP holds its own in Highgate and wins big around Annotto Bay, it wins the
seat. Watch the margins in Robin's Bay and Enfield," he said. No results yet.</p>
</section>
<section class="update"><h3>5:10 p.m.</h3>
<p>Polls have now closed. The Electoral Office of Jamaica says counting has begun at polling
stations across the constituency. Returning officer Marcia Haye told NRTV she expected the
preliminary count to be complete "before midnight, barring any surprises".</p>
</section>
<section class="update"><h3>3:15 p.m.</h3>
<p>Shanique Edwards in Annotto Bay reports a steady line outside the polling station at the
primary school now that the rain has stopped. "Mi vote every time. Whoever win, mi want the
road fix," said Miss Icylda Brown, 74, who walked from her home in Iter Boreale
to cast her ballot.</p>
</section>
<section class="update"><h3>1:30 p.m.</h3>
<p>Director of Elections Orville Tapper told NRTV that turnout stood at about 19 per cent at
noon, based on reports from presiding officers. He said that was "in line with recent
by-elections" and that he expected a late-afternoon rush after the rain clears.</p>
</section>
<section class="update"><h3>9:45 a.m.</h3>
<p>Both main candidates have voted. Whitfield cast her ballot in Boscobel shortly after 8
o'clock, accompanied by her mother; Pusey voted in Highgate just before 9. Each said they were
confident and urged supporters to come out before the afternoon rain.</p>
</section>
<section class="update"><h3>7:05 a.m.</h3>
<p>Good morning. Polls opened at 7 a.m. across St Mary South Eastern, where 31,406 voters are on
the list. The seat has been vacant since Clive Rowe-Hylton (JLP) resigned in March. At the
September 2025 general election he held it by 212 votes. Polls close at 5 p.m.</p>
</section>
</article>
<aside>
<h2>Trending on NRTV</h2>
<ul>
<li><a href="/news/ocho-rios-water">NWC: water supply to Ocho Rios restored after 36 hours</a></li>
<li><a href="/news/st-ann-crash">Two injured in crash on the North Coast Highway near
Priory</a></li>
<li><a href="/community/grads">Port Maria High celebrates 118 graduates</a></li>
</ul>
<div class="nl"><h3>Newsletter</h3><form><input type="email" placeholder="Email address">
<button>Join</button></form></div>
</aside>
</main>
<footer><p>&#169; 2026 Northcoast Radio &amp; Television Ltd, Ocho Rios, St Ann. All rights
reserved.</p></footer>
""",
)

_EL3 = _page(
    "Official count confirms Whitfield victory; margin grows to 1,497 | The Port Maria Courier",
    '<meta name="description" content="The returning officer\'s official count confirms the'
    ' PNP\'s Andrea Whitfield as MP for St Mary South Eastern.">\n'
    '<meta property="og:type" content="article">\n'
    '<meta property="article:published_time" content="2026-06-17T19:45:00-05:00">\n'
    '<meta property="og:site_name" content="The Port Maria Courier">\n',
    """<a href="#main" class="skip-link">Skip to content</a>
<div class="cookie-msg"><p>The Courier uses cookies to keep this site working.</p>
<button>Got it</button></div>
<header>
<h2 class="title"><a href="/">The Port Maria Courier</a></h2>
<p class="motto">Serving St Mary since 1962</p>
<nav><a href="/">Home</a> &#183; <a href="/local">Local</a> &#183; <a href="/politics">Politics</a>
&#183; <a href="/farming">Farming</a> &#183; <a href="/obituaries">Obituaries</a> &#183;
<a href="/classifieds">Classifieds</a></nav>
</header>
<main id="main">
<article>
<h1>Official count confirms Whitfield victory; margin grows to 1,497</h1>
<p class="byline">By Courtney Lattibeaudiere</p>
<p class="posted">Posted June 17, 2026</p>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
<figure><img src="/uploads/whitfield-count.jpg" alt="Candidates at the count">
<figcaption>Andrea Whitfield, centre, at the official count at the Port Maria Civic Centre on
Wednesday. Photo: Courier staff</figcaption></figure>
<p>The official count in the St Mary South Eastern by-election has confirmed the People's
National Party's Andrea Lorraine Whitfield as the constituency's new Member of Parliament, with
her margin of victory slightly larger than the preliminary count suggested.</p>
<p>Returning officer Marcia Haye announced the final figures at the Port Maria Civic Centre at
about 5:30 p.m. today, after a count that began at 9 a.m. and was observed by agents for both
major parties. Whitfield polled 7,226 votes and the Jamaica Labour Party's Desmond Pusey 5,729.
Independent Kirk Lindo received 161. Rejected ballots numbered 81.</p>
<p>That gives the former Boscobel councillor a winning margin of 1,497 votes. The Electoral Office
of Jamaica's preliminary count on Monday night had put the margin at 1,486, with Whitfield on
7,219 and Pusey on 5,733.</p>
<p>Mrs Haye explained that such adjustments are normal. "In the preliminary count, presiding
officers phone in their figures from the polling stations. In the official count, we open the
ballot boxes' statements of poll and check every one, and we rule on disputed ballots. Small
changes are expected," she said. Three ballots originally set aside as rejected were accepted
as valid for Whitfield after review, she said, while a handful of tally errors at two polling
stations were corrected.</p>
<p>Total votes cast, including rejected ballots, stood at 13,197, unchanged from the preliminary
count. That represents a turnout of 42.0 per cent of the 31,406 electors on the voters' list,
well above the 37.8 per cent recorded in the constituency at the September 2025 general
election.</p>
<p>The JLP's agents did not request a magisterial recount, and a party spokesman said on Tuesday
that it accepted the result. Under the law, a candidate has a limited period after the
official count to apply for a recount before a resident magistrate.</p>
<p>Speaking to the Courier after the declaration, Whitfield, a former teacher at Annotto Bay High
School, said the result belonged to "the farmers in the hills and the fisherfolk in Annotto
Bay". She said her first priorities would be the state of the Annotto Bay to Highgate road and
the water supply to hillside districts that have gone without piped water for weeks at a time.</p>
<p>Mr Pusey, a Highgate businessman, congratulated his opponent on the night and said on Tuesday
that he would remain involved in community work. He did not attend today's count; his
campaign manager, Neville Cunningham, was present as his agent.</p>
<p>Voting was peaceful on Monday, according to the Jamaica Constabulary Force's St Mary
division, which said it made no election-related arrests. The Director of Elections, Orville
Tapper, praised election day workers and said the Electoral Commission would review reports of
late-opening polling stations in Annotto Bay.</p>
<p>The seat fell vacant when Clive Rowe-Hylton resigned in March. Mr Rowe-Hylton, who served two
terms, won it in 2025 by 212 votes. Whitfield will be the first woman to represent the
constituency since 2007.</p>
<p>She is expected to take her seat in Gordon House when the House of Representatives next meets
on June 23.</p>
</article>
<aside class="sidebar">
<h3>Also in the Courier</h3>
<ul>
<li><a href="/farming/banana-prices">Banana farmers to get J$85 per kilogram from July</a></li>
<li><a href="/local/bridge">Wagwater River bridge reopens after 11 months</a></li>
<li><a href="/local/market">Port Maria market vendors protest 20% fee increase</a></li>
</ul>
<div class="newsletter"><p class="nl">Get the Courier in your inbox every Friday.</p>
<form><input type="email"><button>Subscribe</button></form></div>
</aside>
</main>
<footer><p>The Port Maria Courier &#183; 3 Warner Street, Port Maria, St Mary.</p>
<p>&#169; 2026 Courier Publishing Co. Ltd. All rights reserved.</p></footer>
""",
)


# ---------------------------------------------------------------------------
# ct-FA3 — Caribbean Court of Justice ruling on dismissed Barbados port workers
# ---------------------------------------------------------------------------

_CT1 = _page(
    "CCJ orders Barbados terminal operator to pay BDS$4.2m to dismissed port workers"
    " | Antilles Press Wire",
    '<meta name="description" content="The Caribbean Court of Justice restores an unfair'
    ' dismissal finding and raises compensation for port workers laid off in 2021.">\n'
    '<meta property="og:site_name" content="Antilles Press Wire">\n'
    '<meta property="og:type" content="article">\n'
    + _ld(
        "CCJ orders Barbados terminal operator to pay BDS$4.2m to dismissed port workers",
        "2026-07-08T12:05:00-04:00",
        "Nicholas Thorne",
        "Antilles Press Wire",
        section="Caribbean",
    ),
    """<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to personalise content and to analyse our traffic.</p>
<button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<header class="site-header">
<a class="logo" href="/">Antilles Press Wire</a>
<nav aria-label="Main"><ul>
<li><a href="/world/">World</a></li><li><a href="/caribbean/">Caribbean</a></li>
<li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>
<li><a href="/sport/">Sport</a></li></ul></nav>
</header>
<main id="main">
<article class="story">
<div class="kicker"><a href="/caribbean/">Caribbean</a> &gt; Courts</div>
<h1>CCJ orders Barbados terminal operator to pay BDS$4.2m to dismissed port workers</h1>
<div class="byline">By Nicholas Thorne</div>
<div class="dateline-stamp">July 8, 2026 12:05 PM AST</div>
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p>PORT OF SPAIN, July 8 (APW) &#8211; The Caribbean Court of Justice on Wednesday ordered a
Barbados cargo-handling company to pay BDS$4.2 million (US$2.1 million) in compensation to
workers it dismissed in 2021, ruling that their sacking was unfair and restoring a High Court
judgment that had been overturned on appeal.</p>
<p>A five-judge panel of the regional court, sitting at its headquarters in Port of Spain,
decided the case by a majority of four to one. The judgment was delivered at 10 a.m. (1400
GMT) and streamed on the court's website.</p>
<p>Carlisle Bay Terminal Services Ltd dismissed 214 stevedores and equipment operators in August
2021 after it contracted out most of its cargo-handling work at the Bridgetown Port to another
firm. The Barbados Port Workers' Union (BPWU) and 187 of the dismissed workers sued, arguing
that the company had failed to consult them or follow the redundancy procedures required under
Barbados's Employment Rights Act.</p>
<p>The High Court found in the workers' favour in November 2023 and awarded BDS$1.6 million. The
Court of Appeal of Barbados set that decision aside in February 2025, holding that the
dismissals were a lawful reorganisation of the business. The CCJ, which is Barbados's final
court of appeal, heard the union's appeal on March 17.</p>
<p>Writing for the majority, Justice Marguerite Delacroix-Bain said the Court of Appeal had "given
insufficient weight to the statutory duty to consult, which is not a formality that an employer
may discharge by announcing a decision already taken". She said the High Court's award had
been too low because it did not properly account for the time many of the workers had spent
without work.</p>
<p>The court increased the total award to BDS$4.2 million and ordered interest at 4 per cent a
year from the date of the High Court judgment, as well as costs in all three courts. The
Barbados dollar is pegged at two to the U.S. dollar.</p>
<p>Justice Rawle Fitzpatrick dissented, saying he would have upheld the Court of Appeal's finding
that the company had a genuine business reason for the restructuring, although he agreed that
the consultation process had been "perfunctory".</p>
<p>Dwayne Carrington, general secretary of the BPWU, said the ruling vindicated a five-year
fight. "These men and women were put out on the road with two weeks' notice. Today the
highest court in the region has said that is not how you treat workers in Barbados," he told
APW by telephone from Bridgetown.</p>
<p>The union said at least nine of the claimants had died since 2021 and that their shares of the
award would be paid to their estates.</p>
<p>Carlisle Bay Terminal Services said in a statement that it was "disappointed" with the
decision and was studying the judgment with its lawyers. "The company has always maintained
that it acted in good faith in a very difficult commercial environment," it said. The ruling
cannot be appealed.</p>
<p>Sonia Maynard-Lowe, the senior counsel who led the union's legal team, said the judgment would
be "required reading for every employer in the region" because it set out in detail what
meaningful consultation requires. Lawyers for the company were led by Tariq Benn-Hinds.</p>
<p>The CCJ, established in 2005, serves as the final appellate court for Barbados, Belize,
Dominica, Guyana and Saint Lucia, and settles disputes under the treaty that governs the
Caribbean Community (CARICOM).</p>
<p class="credit">(Reporting by Nicholas Thorne; Editing by Marcus Oyelaran)</p>
</article>
<aside class="related">
<h2>Related coverage</h2>
<ul>
<li><a href="/caribbean/barbados-minimum-wage/">Barbados raises minimum wage to BDS$17.50
an hour</a></li>
<li><a href="/caribbean/guyana-land-case/">Guyana court rejects Amerindian land claim in
split ruling</a></li>
<li><a href="/business/port-volumes/">Bridgetown Port container volumes up 4% in first
half</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<nav aria-label="Footer"><a href="/about/">About APW</a> &#183; <a href="/terms/">Terms of use</a>
&#183; <a href="/privacy/">Privacy</a></nav>
<p>&#169; 2026 Antilles Press Wire Ltd. All rights reserved.</p>
</footer>
""",
)

_CT2 = _page(
    "Port workers win at CCJ: BDS$4.2 million award restored and increased - BBN News",
    '<meta name="description" content="Former Carlisle Bay Terminal Services workers win'
    ' their final appeal.">\n'
    '<meta property="og:site_name" content="BBN News">\n'
    '<meta name="twitter:site" content="@BBNNewsBB">\n',
    """<a class="skip" href="#story-body">Skip to content</a>
<div class="cookie-popup"><p>BBN uses cookies to give you the best experience.
<a href="/cookies">Find out more</a></p><button>Accept</button><button>Decline</button></div>
<header class="bbn-head">
<a href="/" class="logo">BBN News &#8212; Bajan Broadcast Network</a>
<nav><a href="/news/local">Local</a> <a href="/news/region">Regional</a>
<a href="/news/business">Business</a> <a href="/news/sports">Sports</a>
<a href="/watch">Watch: BBN Evening News</a> <a href="/radio">BBN Radio 94.1</a></nav>
</header>
<main>
<article id="story-body">
<h1>Port workers win at CCJ: BDS$4.2 million award restored and increased</h1>
<p class="meta">BBN Newsroom &#183; Kimberley Greaves &#183; July 8, 2026 at 3:40 pm</p>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a>
<a href="#">Email</a></div>
<figure><img src="/media/bpwu-members.jpg" alt="Union members outside union headquarters">
<figcaption>Former stevedores celebrate at the BPWU's headquarters on Harbour Road after the
ruling. (BBN/Kimberley Greaves)</figcaption></figure>
<p>There were cheers and tears at the headquarters of the Barbados Port Workers' Union this
morning as members watched the Caribbean Court of Justice rule in their favour in the
long-running dispute over the 2021 dismissals at Carlisle Bay Terminal Services.</p>
<p>In a judgment delivered in Georgetown shortly after 10 o'clock, the region's highest court
found that the company unfairly dismissed 214 workers when it outsourced its stevedoring
operations at the Bridgetown Port five years ago. It ordered the company to pay BDS$4.2 million
in compensation to the 187 workers who brought the case, plus interest.</p>
<p>About 60 former employees, some of them with their families, gathered in the union's meeting
hall to watch the livestream. Several wept as the presiding judge read the court's orders.</p>
<p>"I worked on that waterfront for 22 years. Five years I've been waiting for somebody to say
what they did to us was wrong," said 61-year-old Everton Holder, a former crane operator from
Eagle Hall. "Today somebody said it."</p>
<p>The union's general secretary, Dwayne Carrington, said the workers had been "put out on the
road with two weeks' notice". He said: "Today the highest court in the region has said that is
not how you treat workers in Barbados." Carrington said the union would meet with its lawyers
next week to work out how the money would be distributed.</p>
<p>The case has passed through three courts. In November 2023, a High Court judge ruled the
dismissals unfair and awarded the workers BDS$1.6 million. In February 2025 the Court of Appeal
reversed that decision, finding the company had carried out a lawful reorganisation. Today the
CCJ, by a four-to-one majority, restored the High Court's finding and raised the award to
BDS$4.2 million.</p>
<p>Justice Marguerite Delacroix-Bain, who wrote the majority judgment, said the duty to consult
workers before dismissing them was "not a formality that an employer may discharge by
announcing a decision already taken". The dissenting judge, Justice Rawle Fitzpatrick, said he
would have dismissed the appeal.</p>
<p>Carlisle Bay Terminal Services, in a short statement, said it was disappointed and was
reviewing the judgment. The company, which still operates at the port with a smaller staff,
employs around 90 people today.</p>
<p>Labour consultant Hartley Best told BBN the decision would send a signal across the region.
"Employers have been treating consultation as a box to tick. The CCJ has now said, very
clearly, that if you skip it, it will cost you," he said.</p>
<p>The workers' lawyer, Senior Counsel Sonia Maynard-Lowe, said the interest on the award, set
at four per cent a year from the date of the 2023 High Court ruling, would add a significant
sum to what each worker receives. BBN understands that the average payment, before interest,
works out to about BDS$22,500 per claimant.</p>
<p>The Barbados Employers' Confederation said it would study the ruling and advise its members.
Its executive director, Janelle Bovell, said employers "need certainty, and we now have a
clearer picture of what the courts expect".</p>
<p>Watch the full report on BBN Evening News at 7 tonight.</p>
</article>
<aside class="more">
<h2>More local news</h2>
<ul>
<li><a href="/news/local/bus-fares">Bus fares to rise to BDS$4.00 from August 1</a></li>
<li><a href="/news/local/crop-over">Crop Over: 18 bands registered for Grand Kadooment</a></li>
<li><a href="/news/local/water-outage">BWA: water outage in St Philip for 14 hours</a></li>
</ul>
<div class="newsletter"><h3>BBN Headlines</h3><form><input type="email" placeholder="Email">
<button>Sign me up</button></form></div>
</aside>
</main>
<footer><p>BBN News is operated by Bajan Broadcast Network Inc., Pine Hill, St Michael,
Barbados.</p><p>&#169; 2026 BBN. All rights reserved.</p></footer>
""",
)

_CT3 = _page(
    "Five-year fight ends in victory for port workers | The Bridgetown Chronicle",
    '<meta name="description" content="The CCJ rules that Carlisle Bay Terminal Services'
    ' unfairly dismissed 214 workers.">\n'
    '<meta property="og:type" content="article">\n'
    '<meta property="article:published_time" content="2026-07-09T06:00:00-04:00">\n'
    '<meta property="article:modified_time" content="2026-07-09T09:12:00-04:00">\n'
    '<meta name="author" content="Rhonda Catlyn">\n',
    """<a class="skip-to" href="#article">Skip to content</a>
<div class="cookie-notice"><p>We value your privacy. This website uses cookies.</p>
<button>I agree</button></div>
<header class="chronicle-masthead">
<p class="masthead"><a href="/">The Bridgetown Chronicle</a></p>
<p class="edition">Thursday, July 9, 2026 &#183; Barbados edition</p>
<nav><a href="/local">Local</a> <a href="/business">Business</a> <a href="/courts">Courts</a>
<a href="/columns">Columns</a> <a href="/sport">Sport</a> <a href="/e-edition">E-edition</a></nav>
</header>
<main>
<article id="article">
<h1>Five-year fight ends in victory for port workers</h1>
<h2 class="subhead">CCJ restores unfair dismissal ruling, orders BDS$4.2m compensation</h2>
<p class="byline">By Rhonda Catlyn, Courts Reporter</p>
<div class="share-links">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>
</div>
<p>Nearly 190 former port workers will share BDS$4.2 million in compensation after the
Caribbean Court of Justice (CCJ) ruled yesterday that Carlisle Bay Terminal Services Ltd
unfairly dismissed them in 2021.</p>
<p>The Port of Spain-based court, Barbados's final appellate court, allowed the appeal of the
Barbados Port Workers' Union and 187 named workers by a four-to-one majority, reversing a 2025
Court of Appeal decision and restoring the High Court's finding that the company broke the law
when it dismissed 214 employees without proper consultation.</p>
<p>The CCJ also increased the compensation awarded by the High Court in November 2023 from
BDS$1.6 million to BDS$4.2 million, and ordered the company to pay interest at four per cent per
annum from the date of that judgment.</p>
<p>Union president Dwayne Carrington, who has led the workers' campaign since the dismissals in
August 2021, said yesterday was "a day for every working man and woman in this country". He
told the Chronicle: "They put these men and women out on the road with two weeks' notice. The
highest court in the Caribbean has now said that is not how you treat Barbadian workers."</p>
<p>In the lead judgment, Justice Marguerite A. Delacroix-Bain said consultation with workers and
their union was a statutory duty under the Employment Rights Act, 2012, and "not a formality
that an employer may discharge by announcing a decision already taken". She was joined by three
other judges of the five-member panel.</p>
<p>The judge found that the company had decided to outsource its stevedoring and equipment
operations by May 2021, but did not inform the union until it issued dismissal letters on
August 6 of that year, giving workers two weeks' notice. Meetings held after that date "could
not, by any stretch, be described as consultation", she wrote.</p>
<p>Justice Rawle Fitzpatrick, dissenting, agreed that the consultation had been "perfunctory" but
said the Court of Appeal had been entitled to find that the reorganisation was genuine and
that the dismissals were therefore for a fair reason.</p>
<p>The case turned largely on the interpretation of Part VIII of the Act, which governs
redundancy. The Court of Appeal had held in February 2025 that a failure to consult did not by
itself make a redundancy dismissal unfair if the redundancy was genuine. The CCJ majority
rejected that approach.</p>
<p>Sonia Maynard-Lowe SC, who led the workers' legal team with attorneys Kerri-Ann Jordan and
Marcus Sealy, called the judgment "a landmark for labour law across the region". Tariq
Benn-Hinds, who appeared for the company, could not be reached for comment yesterday.</p>
<p>Carlisle Bay Terminal Services said in a statement that it respected the court and was studying
the judgment. It did not say how or when it would pay.</p>
<p>Many of the claimants are now in their sixties. The union says nine have died since the
dismissals, leaving 178 surviving claimants; payments due to those who have died will go to
their estates. Everton Holder, a former crane operator, said he would use his share to repair
the roof of his home in Eagle Hall. "It is not about the money alone. It is about being told
you were right," he said.</p>
<p>The CCJ heard the appeal on March 17 this year, with counsel appearing by video link.</p>
</article>
<aside class="sidebar">
<section><h3>Courts</h3><ul>
<li><a href="/courts/murder-trial">Murder trial adjourned to September 14</a></li>
<li><a href="/courts/drugs-fine">Man fined BDS$75,000 for cannabis importation</a></li>
</ul></section>
<section><h3>Most popular</h3><ol>
<li><a href="/local/kadooment">Kadooment route changes announced</a></li>
<li><a href="/business/gas">Gas price falls 12 cents to BDS$4.31 a litre</a></li>
</ol></section>
<section class="newsletter"><h3>Chronicle Morning Edition</h3><form><input type="email">
<button>Subscribe</button></form></section>
</aside>
</main>
<footer><p>The Bridgetown Chronicle &#183; Fontabelle, St Michael, Barbados</p>
<p>&#169; 2026 Chronicle Newspapers Ltd. All rights reserved.</p></footer>
""",
)

_CT4 = _page(
    "Consultation is not a formality: CCJ in BPWU v Carlisle Bay Terminal Services"
    " | CaribLaw Brief",
    '<meta name="description" content="Case note on the CCJ\'s 4-1 decision on redundancy'
    ' consultation under Barbados\'s Employment Rights Act.">\n'
    '<meta property="og:site_name" content="CaribLaw Brief">\n'
    + _ld(
        "Consultation is not a formality: CCJ in BPWU v Carlisle Bay Terminal Services",
        "2026-07-09T14:30:00-04:00",
        "Anjali Persad-Maharaj",
        "CaribLaw Brief",
        section="Employment Law",
    ),
    """<a href="#content" class="skip-link">Skip to content</a>
<div class="cookies"><p>This site uses essential cookies only.</p><button>Dismiss</button></div>
<header class="site">
<a href="/" class="brand">CaribLaw Brief</a>
<nav><a href="/case-notes/">Case notes</a> <a href="/legislation/">Legislation tracker</a>
<a href="/ccj/">CCJ</a> <a href="/privy-council/">Privy Council</a> <a href="/events/">Events</a>
</nav>
</header>
<main id="content">
<article class="case-note">
<p class="category">Case note &#183; Employment</p>
<h1>Consultation is not a formality: CCJ in BPWU v Carlisle Bay Terminal Services</h1>
<p class="author">Anjali Persad-Maharaj, Attorney-at-Law</p>
<div class="share">Share: <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p class="citation">Barbados Port Workers' Union and Others v Carlisle Bay Terminal Services Ltd
[2026] CCJ 14 (AJ) BB. Judgment delivered 8 July 2026.</p>
<p>The Caribbean Court of Justice has handed down what is likely to become the leading regional
authority on the duty to consult before redundancy dismissals. By a majority of 4:1, the Court
allowed the appeal of the Barbados Port Workers' Union (BPWU) and the individual claimants,
restored the trial judge's finding of unfair dismissal and substantially increased the award.</p>
<p><strong>Background.</strong> In August 2021 the respondent, which handled cargo at the
Bridgetown Port, terminated the employment of 241 workers after outsourcing its stevedoring and
equipment operations. Dismissal letters were issued on 6 August 2021 with two weeks' notice.
The union and 187 former employees brought proceedings under the Employment Rights Act, 2012.
The High Court (Worrell-Hinds J) held in November 2023 that the dismissals were unfair for want
of consultation and awarded BDS$1.6 million in aggregate. The Court of Appeal of Barbados
allowed the employer's appeal in February 2025.</p>
<p><strong>The majority.</strong> Delacroix-Bain JCCJ, with whom three other members of the panel
agreed, held that section 29 of the Act imposes a free-standing obligation to consult the
recognised union "at a time when the proposals are still at a formative stage". The Court of
Appeal had erred in treating consultation as relevant only to whether the redundancy was
genuine. In the Court's words, consultation is "not a formality that an employer may discharge
by announcing a decision already taken".</p>
<p>On the facts, the board of the respondent had resolved to outsource by May 2021, some three
months before the union was told. Meetings held after the letters were issued could not cure
the defect.</p>
<p><strong>Remedy.</strong> The majority held that the trial judge had wrongly capped
compensation by reference to a notional re-employment period of six months, when the evidence
showed that most claimants had been out of work for well over a year. The aggregate award was
increased to BDS$4.2 million (roughly US$2.1 million at the fixed rate), an average of about
BDS$22,460 per claimant, with interest at 4% per annum from the date of the High Court
judgment and costs here and below.</p>
<p><strong>The dissent.</strong> Fitzpatrick JCCJ accepted that the consultation was
"perfunctory" but considered that the Court of Appeal was entitled to conclude that the
dismissals were for a genuine economic reason and that the statutory scheme did not make every
failure of consultation fatal. He would have dismissed the appeal.</p>
<p><strong>Comment.</strong> The decision aligns Barbadian law more closely with the approach
of the courts in Trinidad and Tobago under the Retrenchment and Severance Benefits Act, and with
the International Labour Organization's Termination of Employment Convention, 1982 (No. 158).
Employers in CCJ jurisdictions should now assume that a failure to consult at the formative
stage will render a redundancy dismissal unfair regardless of the commercial rationale.</p>
<p>Counsel for the appellants, Sonia Maynard-Lowe SC, described the judgment to this publication as
"required reading for every HR department in the region". Dwayne Carrington, the BPWU's
general secretary, said the union would now press for legislative amendments to put the
consultation timetable beyond doubt. Tariq Benn-Hinds appeared for the respondent.</p>
<p>The appeal was heard by video link on 17 March 2026; the judgment was read in open court at
the CCJ's seat in Port of Spain and streamed on the Court's website.</p>
</article>
<aside class="recent">
<h2>Recent case notes</h2>
<ul>
<li><a href="/case-notes/belize-land/">Belize: CCJ clarifies Maya customary land tenure
remedies (2025)</a></li>
<li><a href="/case-notes/guyana-election-petition/">Guyana: election petitions and the 28-day
rule</a></li>
<li><a href="/case-notes/jamaica-privy-council/">Jamaica: Privy Council on bail for firearm
offences</a></li>
</ul>
</aside>
<div class="newsletter"><h3>Weekly Brief</h3><p class="nl">New judgments from across the region,
every Friday.</p><form><input type="email"><button>Subscribe</button></form></div>
</main>
<footer><p>&#169; 2026 CaribLaw Brief. This note is for information only and is not legal advice.
</p></footer>
""",
)


# ---------------------------------------------------------------------------
# tr-FA4 — Dominican Republic January-September goods exports (CONTROL)
# ---------------------------------------------------------------------------

_TR1 = _page(
    "Dominican exports rise 7.4% to US$10.2 billion in first nine months - Meridiano Wire",
    '<meta name="description" content="Dominican Republic goods exports grew 7.4% in'
    ' January-September, led by free-zone shipments and gold, the central bank said.">\n'
    '<meta property="og:site_name" content="Meridiano Wire">\n'
    '<meta property="og:locale" content="en_US">\n'
    + _ld(
        "Dominican exports rise 7.4% to US$10.2 billion in first nine months",
        "2026-11-03T12:35:00-04:00",
        "Yolanda Méndez",
        "Meridiano Wire",
        section="Economy",
    ),
    """<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-consent"><p>Meridiano Wire uses cookies. <a href="/en/cookies">Details</a></p>
<button>Accept</button></div>
<header>
<a class="logo" href="/en/">Meridiano Wire <span>English service</span></a>
<nav><a href="/en/latin-america/">Latin America</a> <a href="/en/caribbean/">Caribbean</a>
<a href="/en/economy/">Economy</a> <a href="/en/commodities/">Commodities</a>
<a href="/es/">Espa&#241;ol</a></nav>
</header>
<main id="main">
<article>
<h1>Dominican exports rise 7.4% to US$10.2 billion in first nine months</h1>
<p class="byline">By Yolanda Méndez</p>
<p class="time">Nov 3, 2026 &#183; 12:35 p.m.</p>
<div class="share"><a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p>SANTO DOMINGO, Nov 3 (Meridiano) &#8212; The Dominican Republic's exports of goods rose 7.4 per
cent in the first nine months of 2026 to US$10.21 billion, driven by shipments from its free
trade zones and higher gold prices, the central bank said on Tuesday.</p>
<p>Exports from free-zone companies, which produce medical devices, electrical equipment, cigars
and clothing mainly for the U.S. market, rose 9.1 per cent to US$5.83 billion in January to
September, according to preliminary figures from the Banco Central de la República Dominicana
(BCRD). National exports, which include gold, agricultural goods and manufactured products
from outside the zones, grew 5.2 per cent to US$4.38 billion.</p>
<p>Gold exports, most of which come from the Pueblo Viejo mine, climbed 18.6 per cent to
US$1.47 billion as international prices stayed near record highs, the bank said. Exports of
medical devices, now the country's largest single export product, increased 12.4 per cent to
US$1.89 billion.</p>
<p>Imports rose more slowly, by 4.1 per cent to US$21.36 billion, leaving a deficit in goods trade
of about US$11.1 billion for the period. The country traditionally covers the gap with
tourism revenue, remittances and foreign direct investment.</p>
<p>"The export sector is diversifying, and that is what allows it to keep growing even when one
market slows," Miguel Ángel Santana Rosario, director of the central bank's external sector
department, said at a briefing. "The free zones in particular have shown that they can absorb
new investment quickly."</p>
<p>The United States remained by far the largest destination, taking US$5.41 billion of
Dominican goods, or 53 per cent of the total. Exports to neighbouring Haiti, the second-largest
market for national exports, fell 11.3 per cent to US$612.4 million, reflecting continued
insecurity and periodic closures of border crossings.</p>
<p>Dominican goods have faced a 10 per cent U.S. tariff since April 2025, but free-zone
exporters have said the effect has been limited because many of their products compete with
Asian suppliers that face higher duties.</p>
<p>Claudia Espaillat, president of the Dominican Association of Free Zones (ADOZONA), said the
sector had added about 7,800 jobs since January and now employed more than 205,000 people.
"Companies are moving production closer to the U.S. market, and we are one of the places they
are choosing," she told Meridiano.</p>
<p>In September alone, exports totalled US$1.19 billion, up 6.0 per cent from the same month of
2025, the bank said.</p>
<p>ProDominicana, the government's export and investment promotion agency, said it expected
exports to reach US$13.8 billion for the full year, up from US$12.9 billion in 2025. Its
executive director, Laura Cabral, said the agency would lead trade missions to Mexico and
Canada before the end of the year to reduce the country's reliance on a single market.</p>
<p>Economists said the figures were encouraging but warned that gold, which accounts for a third
of national exports, was vulnerable to price swings. "Take out gold and national exports are
roughly flat," said Ramón Ferreira, an economist at the Instituto de Estudios Económicos del
Cibao in Santiago.</p>
<p class="credit">(Reporting by Yolanda Méndez; editing by Carlos Ibarra)</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/en/economy/dr-remittances/">Remittances to Dominican Republic hit US$1.1 billion
in September</a></li>
<li><a href="/en/economy/dr-tourism/">Dominican Republic tops 9.6 million visitors so far this
year</a></li>
<li><a href="/en/commodities/gold/">Gold steadies near US$3,900 an ounce</a></li>
</ul>
</aside>
</main>
<footer><p>&#169; 2026 Meridiano Wire S.A. All rights reserved. Reproduction prohibited without
permission.</p></footer>
""",
)

_TR2 = _page(
    "Free zones carry exports to record nine months | The Santo Domingo Herald",
    '<meta name="description" content="Dominican exports grow on the back of free zones and'
    ' gold; Haiti trade falls.">\n'
    '<meta property="og:site_name" content="The Santo Domingo Herald">\n'
    '<meta property="og:type" content="article">\n',
    """<a class="skip" href="#nota">Skip to content</a>
<div class="aviso-cookies"><p>This site uses cookies / Este sitio utiliza cookies.</p>
<button>Accept / Aceptar</button></div>
<header class="herald">
<p class="name"><a href="/">The Santo Domingo Herald</a></p>
<p class="fecha">Wednesday, November 4, 2026</p>
<nav><a href="/nation">Nation</a> <a href="/economy">Economy</a> <a href="/world">World</a>
<a href="/baseball">Baseball</a> <a href="/travel">Travel</a> <a href="/opinion">Opinion</a></nav>
</header>
<main>
<article id="nota">
<h1>Free zones carry exports to record nine months</h1>
<p class="byline">By Rafael Almánzar Guzmán, Economy Editor</p>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<figure><img src="/img/haina-port.jpg" alt="Containers at Río Haina port">
<figcaption>Containers being loaded at the port of Río Haina. Free-zone shipments now account
for just over 57 per cent of the country's goods exports. (Herald file photo)</figcaption></figure>
<p>Dominican exports of goods reached a record US$10,214.6 million in the first nine months of
the year, the Central Bank reported yesterday, with free-zone companies once again providing
most of the growth.</p>
<p>The total represents an increase of 7.4 per cent over the US$9,511.4 million exported between
January and September of 2025. Free-zone exports reached US$5,833.4 million, an increase of
9.1 per cent, while national exports rose 5.2 per cent to US$4,381.2 million.</p>
<p>The figures, published in the bank's preliminary external sector report, show the country
moving steadily toward the export target of US$13.8 billion that ProDominicana has set for the
full year. In 2025, the country exported US$12.9 billion in goods.</p>
<p>Miguel Santana, who heads the Central Bank's external sector department, told reporters that
the free zones benefited from what he called "nearshoring with a Dominican accent": companies
relocating production of medical and electrical products from Asia to be closer to their
customers in the United States. Medical devices alone brought in US$1,890.5 million, 12.4 per
cent more than a year earlier.</p>
<p>Gold, mostly from the Pueblo Viejo mine in Sánchez Ramírez province, remained the single
largest item among national exports, at US$1,472.9 million, up 18.6 per cent. Ferronickel,
cocoa, bananas and tobacco made up most of the rest. Cocoa exports were lower after a weaker
harvest in the northeast.</p>
<p>Not all the news was positive. Exports to Haiti fell 11.3 per cent to US$612.4 million as
insecurity on the Haitian side of the border and repeated closures of the Dajabón and
Jimaní crossings disrupted trade. Traders in Dajabón say the binational market, once held twice
a week, now operates irregularly. "On a good market day we used to sell 300 sacks of rice and
flour to the Haitian buyers. Now, if we sell 80, we give thanks," said Juana Rodríguez, who has
kept a stall near the border bridge for 19 years.</p>
<p>Imports, meanwhile, totalled US$21,356.8 million, up 4.1 per cent, leaving a goods trade deficit
of US$11,142.2 million. Oil imports were slightly lower because of softer prices, the bank said.
</p>
<p>Laura Patricia Cabral Núñez, executive director of ProDominicana, said the results showed that
the country's export promotion strategy was working. "We are not only selling more, we are
selling more products to more markets," she said in a statement. She said the agency's trade
missions to Mexico City and Toronto in November and December would focus on agro-industrial
goods and processed food.</p>
<p>The president of ADOZONA, Claudia Espaillat, said free-zone employment had passed 205,000, a
record. She urged the government to speed up the expansion of electricity supply to industrial
parks in Santiago and San Pedro de Macorís, where several companies are waiting to begin
operations.</p>
<p>Economist Ramón Ferreira Tejeda warned that the numbers should be read carefully. "Gold is a
third of national exports. When gold prices rise, the statistics look wonderful, but the
farmer in Monte Cristi does not feel it," he said.</p>
<p>Measured in pesos, exports for the nine months were worth about RD$652 billion at the Central
Bank's average exchange rate for the period.</p>
</article>
<aside class="lateral">
<h3>Most read</h3>
<ol>
<li><a href="/baseball/lidom">Lidom season opens with Licey beating Escogido 5-3</a></li>
<li><a href="/nation/metro">Santo Domingo Metro Line 2C extension to open in March</a></li>
<li><a href="/economy/fuel">Government freezes fuel prices for the 40th straight week</a></li>
</ol>
<div class="boletin"><h3>Herald Daily</h3><form><input type="email"><button>Subscribe</button>
</form></div>
</aside>
</main>
<footer><p>The Santo Domingo Herald &#183; Av. Abraham Lincoln, Santo Domingo, D.N.</p>
<p>&#169; 2026 Herald Media Group. All rights reserved.</p></footer>
""",
)

_TR3 = _page(
    "Dominican Republic: Jan-Sep goods exports +7.4% y/y; August revised up"
    " | TradeWinds Caribbean",
    '<meta name="description" content="Data note on Dominican Republic merchandise trade'
    ' through September 2026.">\n'
    '<meta property="og:site_name" content="TradeWinds Caribbean">\n'
    + _ld(
        "Dominican Republic: Jan-Sep goods exports +7.4% y/y; August revised up",
        "2026-11-04T09:15:00-04:00",
        "Stefan Okoro-Lindsay",
        "TradeWinds Caribbean",
        section="Data",
    ),
    """<a class="skip-link" href="#body">Skip to content</a>
<div class="cookie-bar"><p>We use cookies for analytics.</p><button>OK</button></div>
<header>
<a class="brand" href="/">TradeWinds Caribbean</a>
<nav><a href="/trade-data/">Trade data</a> <a href="/shipping/">Shipping</a>
<a href="/tariffs/">Tariffs &amp; policy</a> <a href="/commodities/">Commodities</a>
<a href="/subscribe/">Subscribe</a></nav>
</header>
<main>
<article id="body">
<p class="label">Trade data &#183; Dominican Republic</p>
<h1>Dominican Republic: Jan-Sep goods exports +7.4% y/y; August revised up</h1>
<p class="author">Stefan Okoro-Lindsay, Data Editor</p>
<div class="share">Share: <a href="#">LinkedIn</a> <a href="#">X</a></div>
<p>The Central Bank of the Dominican Republic (BCRD) published preliminary merchandise trade data
for September at 11:00 local time (15:00 GMT) on 3 November. Cumulative goods exports for
January-September reached US$10.21bn, up 7.4% year on year; at an average exchange rate of
about RD$63.85 per dollar, that is roughly RD$652.2bn.</p>
<p>The split between the two export regimes matters for reading the data. Free-zone exports,
which are mostly assembly and manufacturing for foreign parent companies, rose 9.1% to
US$5.83bn. National exports, which come from firms outside the free-zone regime and include
mining, grew 5.2% to US$4.38bn. Within national exports, gold rose 18.6% to US$1.47bn;
excluding gold, national exports slipped by about 0.5%, by our calculation.</p>
<p>The monthly picture is steadier. September exports were US$1.187bn, up 6.0% from September
2025. The BCRD also revised August exports up to US$1.152bn from the US$1.143bn it first
published in October, so the January-August cumulative figure is now US$9.03bn rather than
US$9.02bn. Readers comparing today's release with the October one should use the revised
series.</p>
<p>Imports of goods rose 4.1% to US$21.36bn in the nine months, taking the goods deficit to
US$11.14bn, compared with roughly US$11.0bn in the same period of 2025. Oil imports fell
slightly in value; capital goods imports rose, which the bank attributed to investment in
free-zone industrial parks and energy projects.</p>
<p>Medical devices were again the largest single product, at US$1.89bn (+12.4%), followed by gold,
electrical equipment, tobacco products and jewellery. By destination, the United States took
US$5.41bn, or 53.0% of the total, followed by Haiti (US$612.4m, down 11.3%), Canada,
Switzerland (largely gold) and the Netherlands.</p>
<p>"What we see is a more diversified basket than five years ago, with higher-value products
leading," said Miguel Ángel Santana, head of the BCRD's external sector department, during
the release briefing.</p>
<p>ProDominicana's full-year target is US$13.8bn. To hit it, exports would need to average about
US$1.2bn a month in the fourth quarter, in line with recent months. Laura Cabral Núñez, the
agency's executive director, told TradeWinds the target was "realistic but not guaranteed",
citing the risk of further disruption on the Haitian border and uncertainty over U.S. trade
policy.</p>
<p>On the policy side, the 10% U.S. tariff on most Dominican goods, in place since April 2025,
has not so far dented free-zone exports, which benefit from DR-CAFTA rules of origin for many
products. ADOZONA president Claudia Espaillat said the association had recorded 14 new
free-zone company approvals since July.</p>
<p><strong>Methodology note.</strong> The BCRD compiles these figures from customs declarations
processed by the Dirección General de Aduanas (DGA), valued free on board. The DGA's own
monthly bulletin uses a different cut-off date and valuation basis and usually shows slightly
different totals, so the two series should not be mixed. All growth rates in this note compare
with the same period of 2025 unless stated otherwise.</p>
<p>We will publish our full Caribbean trade dashboard, including Jamaica and Trinidad and Tobago
third-quarter figures, later this month.</p>
</article>
<aside class="table-box">
<h2>Key figures, Jan-Sep 2026 (US$ million)</h2>
<table>
<tr><th>Item</th><th>2026</th><th>y/y</th></tr>
<tr><td>Total goods exports</td><td>10,214.6</td><td>+7.4%</td></tr>
<tr><td>Free zones</td><td>5,833.4</td><td>+9.1%</td></tr>
<tr><td>National</td><td>4,381.2</td><td>+5.2%</td></tr>
<tr><td>of which gold</td><td>1,472.9</td><td>+18.6%</td></tr>
<tr><td>Goods imports</td><td>21,356.8</td><td>+4.1%</td></tr>
</table>
<p class="source">Source: BCRD, preliminary.</p>
</aside>
<aside class="related"><h2>More trade data</h2><ul>
<li><a href="/trade-data/jamaica-q2/">Jamaica Q2 exports fall 3.8% on bauxite</a></li>
<li><a href="/trade-data/tt-lng/">Trinidad and Tobago LNG cargoes down to 211 in first
half</a></li>
</ul></aside>
</main>
<footer><p>&#169; 2026 TradeWinds Caribbean Ltd. All rights reserved.</p></footer>
""",
)


# ---------------------------------------------------------------------------
# rk-FA5 — Corvid launch with first booster landing in Bahamian waters
# ---------------------------------------------------------------------------

_RK1 = _page(
    "Meridian's Corvid rocket lands booster in Bahamian waters for first time"
    " - Atlantic Newswire",
    '<meta name="description" content="Meridian Launch Systems launches broadband satellites'
    ' and lands its first-stage booster on a droneship in the Bahamas.">\n'
    '<meta property="og:site_name" content="Atlantic Newswire">\n'
    '<meta property="og:type" content="article">\n'
    + _ld(
        "Meridian's Corvid rocket lands booster in Bahamian waters for first time",
        "2026-10-13T08:05:00-04:00",
        "Colin Pratt",
        "Atlantic Newswire",
        modified="2026-10-13T09:30:00-04:00",
        section="Science",
    ),
    """<a class="skip-link" href="#story">Skip to content</a>
<div class="cookie-banner"><p>We and our partners use cookies. <a href="/privacy">Privacy</a></p>
<button>Accept</button> <button>Reject</button></div>
<header>
<a href="/" class="logo">Atlantic Newswire</a>
<nav><a href="/us/">U.S.</a> <a href="/caribbean/">Caribbean</a> <a href="/science/">Science</a>
<a href="/business/">Business</a> <a href="/weather/">Weather</a></nav>
</header>
<main>
<article id="story">
<h1>Meridian's Corvid rocket lands booster in Bahamian waters for first time</h1>
<p class="byline">By Colin Pratt</p>
<p class="stamp">Published 8:05 AM EDT, Tue October 13, 2026 &#183; Updated 9:30 AM EDT</p>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a>
<a href="#">Copy link</a></div>
<p>CAPE CANAVERAL, Fla. (AN) &#8212; Meridian Launch Systems sent 27 broadband satellites into
orbit on Tuesday and landed the first stage of its Corvid rocket on a droneship in Bahamian
waters, the first time the company has brought a booster down inside the island nation's
territory.</p>
<p>The Corvid lifted off from Cape Canaveral Space Force Station at 6:42 a.m. EDT (10:42 GMT)
after two days of delays. About eight and a half minutes later, the booster touched down on
the droneship Saltwind, stationed in the Tongue of the Ocean, roughly 100 miles (160
kilometers) south-east of Nassau, according to the company's webcast.</p>
<p>The landing was the first under an agreement the Bahamas government signed with Meridian in
May, which allows up to eight landings a year in Bahamian waters. The company pays
US$150,000 per landing and has posted a B$1 million environmental bond, according to the
Bahamian government. The Bahamian dollar is pegged one-to-one to the U.S. dollar.</p>
<p>"Today shows that a small country can be a partner in the space economy, not just a
spectator," Environment Minister Vaughn Ferguson-Rolle said in a statement. He said officials
from the Department of Environmental Planning and Protection had been on a monitoring vessel
near the landing zone.</p>
<p>The launch was first scheduled for Sunday, but the countdown was halted 41 seconds before the
planned 6:58 a.m. liftoff when a sensor on a ground-side valve gave an unexpected reading.
Meridian stood down on Monday because of strong upper-level winds.</p>
<p>The second stage placed the satellites, built for Lumen Orbital, into a circular orbit about
525 kilometers (326 miles) above Earth. Lumen said it had established contact with all of
them about an hour and a half after launch.</p>
<p>"Clean countdown, clean flight, and a booster back on the deck. You can't ask for more than
that," launch director Renée Okafor said on the company webcast.</p>
<p>The booster, which was making its third flight, will be towed back to Port Canaveral, a trip
of about three days, Meridian said.</p>
<p>The company's chief executive, Halvard Lindqvist, said landing in the Bahamas would allow
the Corvid to carry heavier payloads, because the booster needs less fuel to reach a landing
zone further downrange than to return toward the Florida coast. "Every kilogram of fuel we
don't spend coming back is a kilogram we can put in orbit," he said.</p>
<p>Some Bahamian fishermen and environmental groups have questioned the agreement, citing the
risk of debris and fuel spills in sensitive marine areas. The government closed a zone with a
radius of 10 nautical miles around the droneship to boats from 5 a.m. to 9 a.m. on Tuesday.</p>
<p>Meridian's previous flight, on July 21, landed its booster on a droneship in the Atlantic
off Florida. The company has flown the Corvid six times since its debut in 2024, with one
failure, in its second flight.</p>
<p>Lumen Orbital, based in Colorado, is building a network of low-Earth-orbit satellites to
provide internet service to ships, aircraft and remote communities, including in the
Caribbean.</p>
</article>
<aside class="related">
<h2>More from Science</h2>
<ul>
<li><a href="/science/nasa-artemis/">NASA sets new target date for Artemis III crew
landing</a></li>
<li><a href="/science/hurricane-hunters/">Hurricane Hunters fly 14 missions into Tropical
Storm Nadine</a></li>
<li><a href="/science/coral/">Bahamas coral survey finds 38% bleaching in Exuma Cays</a></li>
</ul>
</aside>
</main>
<footer><p>&#169; 2026 Atlantic Newswire. All rights reserved. This material may not be
published, broadcast, rewritten or redistributed.</p></footer>
""",
)

_RK2 = _page(
    "LIVE: Corvid launch and first booster landing in Bahamian waters | NBN Bahamas",
    '<meta name="description" content="Live updates as Meridian Launch Systems attempts the'
    ' first rocket booster landing in Exuma Sound.">\n'
    '<meta property="og:site_name" content="NBN Bahamas">\n',
    """<a href="#live" class="skip">Skip to content</a>
<div class="cookie-notice"><p>We use cookies to improve our service.</p><button>OK</button></div>
<header class="nbn">
<a href="/" class="logo">NBN Bahamas &#8212; Nassau Broadcasting Network</a>
<nav><a href="/news">News</a> <a href="/family-islands">Family Islands</a>
<a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/live">Live TV</a></nav>
</header>
<main>
<article id="live" class="live">
<h1>LIVE: Corvid launch and first booster landing in Bahamian waters</h1>
<p class="livedate">Tuesday, October 13, 2026 &#183; All times Eastern (Nassau)</p>
<p class="reporters">Coverage: Latoya Munnings (Nassau), Kendal Rahming (George Town, Exuma)</p>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<div class="post"><span class="time">8:25 a.m.</span>
<p>That wraps up our live coverage. Summary: Corvid lifted off at 6:42 a.m., the booster landed
on the droneship Saltwind in Exuma Sound at 6:50 a.m., and Lumen Orbital has confirmed contact
with all 27 satellites. Environment Minister Vaughn Ferguson-Rolle will hold a press conference
at the Ministry at 2 p.m.</p></div>
<div class="post"><span class="time">8:10 a.m.</span>
<p>Lumen Orbital says it has made contact with all 27 satellites. "Every one of them is talking
to us," the company posted.</p></div>
<div class="post"><span class="time">7:47 a.m.</span>
<p>Satellite deployment has begun. Meridian's webcast shows the first group of nine satellites
separating from the upper stage. The rest are due to be released in two more batches over
the next 20 minutes.</p></div>
<div class="post"><span class="time">7:20 a.m.</span>
<p>Meridian says the upper stage is coasting and will fire its engine once more, for a few
seconds, before releasing the satellites. Meanwhile a Royal Bahamas Defence Force patrol boat is
standing by near the droneship, and officers from the Department of Environmental Planning and
Protection are taking water samples around the landing area.</p></div>
<div class="post"><span class="time">7:05 a.m.</span>
<p>Our reporter in George Town, Exuma, Kendal Rahming, says residents heard a loud double boom at
about 6:50 a.m. "It rattled the windows, but nobody was frightened because the government
warned us on the radio last night," said Maxine Bowe, who runs a guest house near the
harbour.</p></div>
<div class="post"><span class="time">6:58 a.m.</span>
<p>Fishermen's concerns: Deon Smith-Cartwright, president of the Exuma Fishermen's Association,
told NBN that members had kept out of the exclusion zone this morning but want to know who
pays if any debris damages traps. "We are not against progress. We want a seat at the table,"
he said.</p></div>
<div class="post"><span class="time">6:51 a.m.</span>
<p>TOUCHDOWN! The first stage has landed on the droneship Saltwind in Exuma Sound, around 160
km (100 miles) southeast of Nassau. Meridian says it is the first landing of one of its
boosters in Bahamian waters. The second stage is still firing.</p></div>
<div class="post"><span class="time">6:45 a.m.</span>
<p>Main engine cutoff and stage separation confirmed. The booster is turning around for its
descent toward Exuma Sound.</p></div>
<div class="post"><span class="time">6:42 a.m.</span>
<p>LIFTOFF! The Corvid rocket has left the pad at Cape Canaveral, carrying 27 Lumen Orbital
internet satellites.</p></div>
<div class="post"><span class="time">6:30 a.m.</span>
<p>Meridian's launch director, Renée Okafor, has given the go for fuelling to continue. Weather
is 90 per cent favourable. Sunday's attempt ended 41 seconds before liftoff because of a
faulty sensor on a ground valve, and Monday's was called off because of high-altitude winds.
</p></div>
<div class="post"><span class="time">6:15 a.m.</span>
<p>Fuelling is under way in Florida. Here in Nassau, the Ministry of the Environment says
Meridian will pay B$150,000 for today's landing, under an agreement that allows up to eight
landings a year.</p></div>
<div class="post"><span class="time">6:00 a.m.</span>
<p>Good morning. Meridian Launch Systems is set to launch its Corvid rocket from Florida at 6:42
a.m. with 27 broadband satellites. About eight and a half minutes after launch, the first
stage is due to land on a droneship in Exuma Sound under the agreement signed by the
government in May. The Royal Bahamas Defence Force says the 10-nautical-mile exclusion zone
has been in force since 5 a.m. Tomas Beckford, the Meridian mission director who grew up on
Long Island, told NBN last night: "It's a proud day for me personally. I used to watch launches
from the beach as a boy."</p></div>
</article>
<aside>
<h2>Top stories</h2>
<ul>
<li><a href="/news/bpl">BPL: outages in western New Providence to end by Friday</a></li>
<li><a href="/business/cruise">Nassau cruise port expects 5.8 million passengers this
year</a></li>
<li><a href="/sports/carifta">Bahamas to host 2027 CARIFTA Games at Thomas A. Robinson
stadium</a></li>
</ul>
<div class="newsletter"><h3>NBN Daily</h3><form><input type="email"><button>Sign up</button>
</form></div>
</aside>
</main>
<footer><p>&#169; 2026 Nassau Broadcasting Network Ltd. All rights reserved. Nassau, N.P.,
The Bahamas.</p></footer>
""",
)

_RK3 = _page(
    "Rocket booster lands in Exuma Sound as Bahamas enters space business"
    " | The Nassau Sentinel",
    '<meta name="description" content="The first rocket booster to land in Bahamian waters'
    ' touches down in Exuma Sound; minister hails new revenue.">\n'
    '<meta property="og:type" content="article">\n'
    '<meta property="article:published_time" content="2026-10-14T06:00:00-04:00">\n'
    '<meta property="og:site_name" content="The Nassau Sentinel">\n',
    """<a class="skip-link" href="#content">Skip to content</a>
<div class="cookies"><p>The Sentinel uses cookies. Continue browsing to accept.</p>
<button>Close</button></div>
<header class="masthead">
<p class="sentinel"><a href="/">The Nassau Sentinel</a></p>
<p class="date">Wednesday, October 14, 2026</p>
<nav><a href="/local">Local</a> <a href="/business">Business</a> <a href="/politics">Politics</a>
<a href="/family-islands">Family Islands</a> <a href="/sports">Sports</a>
<a href="/obits">Obituaries</a></nav>
</header>
<main>
<article id="content">
<h1>Rocket booster lands in Exuma Sound as Bahamas enters space business</h1>
<p class="byline">By Shavonne Pinder, Chief Reporter</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<figure><img src="/img/booster-droneship.jpg" alt="Rocket booster on droneship">
<figcaption>The Corvid first stage on the droneship Saltwind in Exuma Sound yesterday morning.
Photo: Meridian Launch Systems</figcaption></figure>
<p>A rocket booster landed in Bahamian waters for the first time yesterday, touching down on a
floating platform in Exuma Sound minutes after a launch from Florida that put 29 internet
satellites into orbit.</p>
<p>The first stage of Meridian Launch Systems' Corvid rocket landed upright on the droneship
Saltwind at about 6:50am, eight minutes and 31 seconds after liftoff from Cape Canaveral at
6:42am. The platform was positioned roughly 160 kilometres south-east of Nassau, inside a
ten-nautical-mile exclusion zone that was closed to boats from 5am.</p>
<p>Environment and Natural Resources Minister Vaughn Ferguson-Rolle called it "a historic
morning". At a press conference at his ministry yesterday afternoon, he said: "Today shows
that a small country can be a partner in the space economy and not just a spectator. We have
negotiated terms that protect our waters and pay our people."</p>
<p>Under the agreement signed in May, Meridian pays the government B$150,000 for each landing and
has posted an environmental bond of B$1 million. The agreement permits up to eight landings a
year. Mr Ferguson-Rolle said the fees would go into a marine conservation fund, though he did
not say how much of the money would be spent in Exuma.</p>
<p>Dr Rhianna Knowles, director of the Department of Environmental Planning and Protection
(DEPP), said her officers on a monitoring vessel had taken water samples before and after the
landing and saw no visible sheen or debris. "Our first look is reassuring, but we will not
draw conclusions until the lab results are in, in about two weeks," she said.</p>
<p>Not everyone is convinced. The opposition's spokesman on the environment, Kirkland Major, said
the public had never seen the full environmental assessment. "The minister is celebrating, but
Bahamians still do not know what is in that agreement. Eight landings a year in one of our
most important fishing grounds is not a small thing," he said.</p>
<p>Deon Smith-Cartwright, president of the Exuma Fishermen's Association, said fishermen lost a
morning's work because of the closure. He said the association wanted the government to set
up a compensation scheme for any damage to traps and boats.</p>
<p>Residents of George Town reported hearing a sonic boom as the booster came down. Some posted
videos on social media of a bright streak in the sky before dawn broke fully.</p>
<p>The launch had been delayed twice. Sunday's attempt was halted 41 seconds before liftoff
because of a faulty valve sensor, and Monday's was called off because of winds high in the
atmosphere.</p>
<p>Meridian's mission director for the flight, Tomas Beckford, is a Bahamian who grew up on Long
Island and studied engineering in Florida. He told the Sentinel he hoped the landings would
encourage young Bahamians to consider careers in science. The company's chief executive,
Halvard J. Lindqvist, said the Bahamian landing zone would allow the rocket to carry more
weight into orbit.</p>
<p>The booster is expected to arrive back at Port Canaveral on Friday after being towed across
the Atlantic.</p>
</article>
<aside class="sidebar">
<h3>Most read</h3>
<ol>
<li><a href="/local/traffic">New traffic lights on East Street South from Monday</a></li>
<li><a href="/business/vat">VAT receipts up 8% in first quarter of fiscal year</a></li>
<li><a href="/sports/regatta">Record 64 boats entered for Exuma regatta</a></li>
</ol>
<div class="subscribe"><h3>Get the Sentinel e-edition</h3><form><input type="email">
<button>Subscribe</button></form></div>
</aside>
</main>
<footer><p>The Nassau Sentinel &#183; Shirley Street, Nassau, The Bahamas</p>
<p>&#169; 2026 Sentinel Communications Ltd. All rights reserved.</p></footer>
""",
)

_RK4 = _page(
    "Corvid Flight 6: Meridian nails first Bahamas droneship landing, deploys Lumen batch"
    " &#8212; OrbitWatch Daily",
    '<meta name="description" content="Flight report: Corvid Flight 6 with Lumen Orbital'
    ' satellites and the first Exuma Sound booster recovery.">\n'
    '<meta property="og:site_name" content="OrbitWatch Daily">\n'
    + _ld(
        "Corvid Flight 6: Meridian nails first Bahamas droneship landing, deploys Lumen batch",
        "2026-10-13T15:20:00-04:00",
        "Ingrid Vasquez-Holt",
        "OrbitWatch Daily",
        section="Launch reports",
    ),
    """<a class="skip-link" href="#report">Skip to content</a>
<div class="cookie-bar"><p>OrbitWatch uses cookies for analytics. <a href="/cookies">Settings</a>
</p><button>Accept</button></div>
<header>
<a class="brand" href="/">OrbitWatch Daily</a>
<nav><a href="/launches/">Launches</a> <a href="/manifest/">Launch manifest</a>
<a href="/constellations/">Constellations</a> <a href="/policy/">Space policy</a>
<a href="/newsletter/">Newsletter</a></nav>
</header>
<main>
<article id="report">
<p class="tag">Launch report</p>
<h1>Corvid Flight 6: Meridian nails first Bahamas droneship landing, deploys Lumen batch</h1>
<p class="author">Ingrid Vasquez-Holt</p>
<div class="share"><a href="#">X</a> <a href="#">Reddit</a> <a href="#">LinkedIn</a></div>
<p>Meridian Launch Systems flew its sixth Corvid mission on Tuesday, lifting off from Cape
Canaveral Space Force Station at 7:42 a.m. EDT with 27 satellites for Lumen Orbital and
recovering the first stage on the droneship Saltwind in Exuma Sound, The Bahamas.</p>
<p>It was the company's first booster landing outside U.S. waters, and the first under the
landing agreement the Bahamian government signed in May. The downrange zone, roughly 560 km
(350 miles) from the launch site, lets the Corvid trade propellant reserved for a
return-to-launch-site or near-shore landing for payload mass. Meridian says that buys about
900 kg of extra capacity to low Earth orbit, taking the vehicle from 7.2 to roughly 8.1 tonnes
in the reusable configuration.</p>
<p><strong>Timeline.</strong> Main engine cutoff came at T+2 min 38 s, with stage separation a
few seconds later. The booster performed a boostback-free trajectory, using only an entry burn
and a landing burn, and touched down at T+8 min 31 s. The second stage's first burn ended at
about T+8 min 50 s; a short circularisation burn near T+55 min placed the stack in a 525 km
circular orbit inclined at 53 degrees. Deployment started at about T+62 min and was carried out
in three batches.</p>
<p><strong>Recovery.</strong> The booster, serial M-1004, was flying for the third time. Meridian
has now recovered first stages on five of its six flights; the exception was Flight 2 in 2025,
which failed when the second stage shut down early. Flight 5, on July 21, recovered its booster
on a droneship in the Atlantic about 600 km east of Jacksonville.</p>
<p>"The Bahamas zone changes the economics of this vehicle. Every kilogram of propellant we don't
spend flying back is a kilogram we can sell," chief executive Halvard Lindqvist told
OrbitWatch after the flight.</p>
<p>Launch director Renée Okafor said the team had replaced the ground-side valve sensor that
caused Sunday's abort at T-41 s. Monday's attempt was scrubbed early for upper-level winds.
"Clean count, clean flight, booster on the deck. That's as good as it gets," she said.</p>
<p><strong>Payload.</strong> Lumen Orbital confirmed contact with all 27 spacecraft about an hour
and a half after liftoff. The Colorado-based firm now has 112 satellites in orbit and says it
needs about 300 for continuous coverage of the Caribbean and the North Atlantic shipping lanes.
Each satellite has a launch mass of about 260 kg.</p>
<p><strong>Regulatory.</strong> The Bahamian agreement caps landings at eight a year and charges
US$150,000 per landing, plus a US$1 million environmental bond. The Department of Environmental
Planning and Protection monitored the landing from a chartered vessel. Environment Minister
Vaughn Ferguson-Rolle described the agreement as a way for a small state to "be a partner in the
space economy, not a spectator". The FAA licence for the mission was issued in September.</p>
<p><strong>Next up.</strong> Meridian's manifest shows Corvid Flight 7, another Lumen batch, no
earlier than December, again with a planned landing in Exuma Sound. Mission director Tomas
Beckford said the company hoped to shorten the turnaround between flights to about six weeks
by mid-2027.</p>
</article>
<aside class="manifest">
<h2>Upcoming launches</h2>
<ul>
<li>Falcon 9 &#183; Starlink group &#183; NET Oct 16 &#183; Vandenberg</li>
<li>Electron &#183; rideshare &#183; NET Oct 19 &#183; Mahia, New Zealand</li>
<li>Ariane 6 &#183; Galileo L15 &#183; NET Nov 4 &#183; Kourou</li>
</ul>
</aside>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/constellations/lumen/">Lumen Orbital raises US$410 million for
constellation</a></li>
<li><a href="/policy/bahamas/">What the Bahamas-Meridian landing agreement says</a></li>
</ul></aside>
</main>
<footer><p>&#169; 2026 OrbitWatch Media LLC. All rights reserved.</p></footer>
""",
)


# ---------------------------------------------------------------------------
# eq-FA6 — Earthquake off Puerto Plata, Dominican Republic (CONTROL)
# ---------------------------------------------------------------------------

_EQ1 = _page(
    "Magnitude 6.1 quake strikes off northern Dominican Republic, one dead"
    " | Hispaniola Press Service",
    '<meta name="description" content="A strong earthquake off Puerto Plata kills one person'
    ' and damages homes along the north coast.">\n'
    '<meta property="og:site_name" content="Hispaniola Press Service">\n'
    '<meta property="og:type" content="article">\n'
    + _ld(
        "Magnitude 6.1 quake strikes off northern Dominican Republic, one dead",
        "2026-08-04T06:40:00-04:00",
        "Ernesto Paulino",
        "Hispaniola Press Service",
        section="Dominican Republic",
    ),
    """<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-consent"><p>We use cookies to analyse traffic. <a href="/cookies">More</a></p>
<button>Accept</button></div>
<header>
<a class="logo" href="/">Hispaniola Press Service</a>
<nav><a href="/dr/">Dominican Republic</a> <a href="/haiti/">Haiti</a>
<a href="/caribbean/">Caribbean</a> <a href="/economy/">Economy</a> <a href="/sports/">Sports</a>
</nav>
</header>
<main id="main">
<article>
<h1>Magnitude 6.1 quake strikes off northern Dominican Republic, one dead</h1>
<p class="byline">By Ernesto Paulino</p>
<p class="date">August 4, 2026 &#8212; 6:40 a.m.</p>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<p>PUERTO PLATA, Dominican Republic, Aug 4 (HPS) &#8212; A strong earthquake struck off the
northern coast of the Dominican Republic before dawn on Tuesday, killing at least one person,
injuring 12 and damaging about 140 homes, emergency officials said.</p>
<p>The quake, which the U.S. Geological Survey measured at magnitude 6.1, hit at 3:17 a.m. local
time (0717 GMT). Its epicentre was in the Atlantic Ocean about 28 km (17 miles) north-northeast
of the city of Puerto Plata, at a depth of 14 km, the USGS said.</p>
<p>The Dominican Republic's Instituto Sismológico Universitario, which runs the national seismic
network, put the magnitude at 6.0 and the depth at 10 km.</p>
<p>The person killed was a 67-year-old man in the resort town of Sosúa, who died when a wall of
his house collapsed on him as he slept, according to the Emergency Operations Centre (COE).
Most of the injured were hurt by falling objects or while running out of their homes in the
dark, the COE said in its 6 a.m. bulletin.</p>
<p>"We are still receiving reports from the communities. These numbers are preliminary and they
may change as the day goes on," COE director Major General Juan Carlos Matos Peralta told
reporters in Santo Domingo.</p>
<p>The shaking woke residents across the north of the country and was felt strongly in Santiago,
the second-largest city, and more lightly in the capital, Santo Domingo, about 180 km to the
south. Residents of Cap-Haïtien in neighbouring Haiti and of Providenciales in the Turks and
Caicos Islands also reported feeling it.</p>
<p>In Puerto Plata, several older wooden houses in the historic centre were damaged, and cracks
appeared in the walls of the San Felipe fortress, a colonial-era landmark on the waterfront,
according to the city's mayor, Elías Rosario Cabrera. "It was very long, maybe 30 seconds. The
whole city came out into the street," he said by telephone.</p>
<p>The U.S. Pacific Tsunami Warning Center said at 3:26 a.m. that there was no tsunami threat
from the earthquake.</p>
<p>Power was cut to large parts of Puerto Plata province after the quake. The electricity
distributor EDENORTE said it had begun restoring supply. Gregorio Luperón International
Airport suspended operations while inspectors checked the runway and terminal.</p>
<p>The Instituto Sismológico Universitario said it had recorded 11 aftershocks in the first three
hours, the strongest of magnitude 4.3 at 5:02 a.m.</p>
<p>The quake came 80 years to the day after the magnitude 8.1 earthquake of Aug. 4, 1946, which
struck off the Samaná peninsula in the northeast and generated a deadly tsunami. In September
2003, a magnitude 6.4 quake near Puerto Plata damaged schools, churches and hundreds of
homes.</p>
<p>The Dominican government said the president would travel to Puerto Plata later on Tuesday.
Classes are not affected because schools are on summer break.</p>
<p class="credit">(Reporting by Ernesto Paulino in Puerto Plata and Marisol Acosta in Santo
Domingo; editing by Carlos Ibarra)</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/dr/drought-santiago/">Drought cuts water supply to 40 Santiago
neighbourhoods</a></li>
<li><a href="/haiti/elections/">Haiti electoral council sets new date for first round</a></li>
<li><a href="/caribbean/hurricane-outlook/">NOAA keeps forecast of 17 named storms for
2026</a></li>
</ul>
</aside>
</main>
<footer><p>&#169; 2026 Hispaniola Press Service. All rights reserved.</p></footer>
""",
)

_EQ2 = _page(
    "LIVE: Earthquake in Puerto Plata &#8211; latest updates | Telenorte Noticias",
    '<meta name="description" content="Live coverage of the earthquake that shook the north'
    ' coast of the Dominican Republic.">\n'
    '<meta property="og:site_name" content="Telenorte Noticias">\n'
    '<meta property="og:locale" content="en_US">\n',
    """<a class="skip" href="#live">Skip to content</a>
<div class="cookies"><p>Telenorte uses cookies. / Telenorte utiliza cookies.</p>
<button>Accept</button></div>
<header class="telenorte">
<a class="logo" href="/">Telenorte Noticias</a>
<nav><a href="/en/">English</a> <a href="/">Español</a> <a href="/en/north/">North coast</a>
<a href="/en/santiago/">Santiago</a> <a href="/en/live-tv/">Live TV: Channel 9</a></nav>
</header>
<main>
<article id="live" class="liveblog">
<h1>LIVE: Earthquake in Puerto Plata &#8211; latest updates</h1>
<p class="day">Tuesday, August 4, 2026 &#183; Local time (AST)</p>
<p class="team">By the Telenorte newsroom in Santiago and Puerto Plata</p>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
<div class="upd"><b>6:30 p.m.</b>
<p>The COE's evening bulletin: two people dead, 37 injured and 312 homes damaged in Puerto
Plata, Espaillat and Santiago provinces. Forty-six families, 183 people, are spending the night
in shelters, mostly in schools in Puerto Plata and Sosúa. The Instituto Sismológico
Universitario says it has now recorded 41 aftershocks.</p></div>
<div class="upd"><b>4:15 p.m.</b>
<p>The president has arrived in Puerto Plata and is touring the historic centre with Mayor Elías
Rosario Cabrera. The government has announced an initial allocation of RD$150 million for
emergency repairs and assistance.</p></div>
<div class="upd"><b>2:30 p.m.</b>
<p>Pedro Veras, director of the Instituto Sismológico Universitario, told Telenorte that
aftershocks will continue for weeks. "Most will be small, but people should keep a bag ready
and know how to get out of the house quickly," he said. He asked residents not to share
predictions circulating on social media.</p></div>
<div class="upd"><b>1:05 p.m.</b>
<p>Sad news: the COE confirms a second death. A 34-year-old woman who was seriously injured when
part of her house collapsed in Imbert died at the José María Cabral y Báez hospital in
Santiago. The COE now puts the number of injured at 31.</p></div>
<div class="upd"><b>11:40 a.m.</b>
<p>Ramona Liriano Vargas, director of Civil Defence, says volunteers have inspected 260 homes so
far. "Please do not go back into a house with cracks in the columns or beams until an engineer
has seen it," she told Telenorte.</p></div>
<div class="upd"><b>10:20 a.m.</b>
<p>Hotels in Cabarete and Playa Dorada say they have no serious damage. Some guests spent the
rest of the night by the pools. Tour operators say excursions are going ahead as normal.</p>
</div>
<div class="upd"><b>9:00 a.m.</b>
<p>New COE figures: one dead, 19 injured, 205 homes damaged. COE director Juan Carlos Matos says
teams are working in Sosúa, Cabarete and the city of Puerto Plata. EDENORTE says power has been
restored to about 70 per cent of affected customers.</p></div>
<div class="upd"><b>7:30 a.m.</b>
<p>Gregorio Luperón International Airport has reopened after inspectors found no damage to the
runway. The first departure, to Miami, is scheduled for 10:15 a.m.</p></div>
<div class="upd"><b>6:05 a.m.</b>
<p>The COE's first bulletin: one person dead in Sosúa, 12 injured and about 140 homes damaged.
Director Juan Carlos Matos says the figures are preliminary.</p></div>
<div class="upd"><b>5:05 a.m.</b>
<p>A strong aftershock has just been felt in Puerto Plata. The Instituto Sismológico
Universitario gives it a preliminary magnitude of 4.3.</p></div>
<div class="upd"><b>4:10 a.m.</b>
<p>Our reporter in Puerto Plata describes families sitting in the street in the dark near the
Malecón. "The bed moved like a boat. I grabbed my children and ran," said Yesenia Then, 29, a
hotel worker.</p></div>
<div class="upd"><b>3:55 a.m.</b>
<p>Viewers are sending us messages from all over the Cibao. In Santiago, people left their
apartment buildings and waited in the street; in Santo Domingo, residents of upper floors say
lamps swayed for several seconds. There are also reports that it was felt in Cap-Haïtien.</p>
</div>
<div class="upd"><b>3:40 a.m.</b>
<p>The Pacific Tsunami Warning Center says there is no tsunami threat. People in coastal areas
do not need to evacuate.</p></div>
<div class="upd"><b>3:25 a.m.</b>
<p>A strong earthquake shook the north of the Dominican Republic at 3:17 a.m. The U.S.
Geological Survey gives a preliminary magnitude of 6.2, with the epicentre in the ocean north
of Puerto Plata. We will update as more information arrives.</p></div>
</article>
<aside class="more">
<h2>Also on Telenorte</h2>
<ul>
<li><a href="/en/santiago/aguilas">Águilas Cibaeñas sign two new import pitchers</a></li>
<li><a href="/en/north/cruise">Taíno Bay expects 14 cruise calls in September</a></li>
<li><a href="/en/santiago/monument">Santiago's Monument to the Heroes of the Restoration to
close for six weeks of repairs</a></li>
</ul>
<div class="nl"><h3>Breaking news alerts</h3><form><input type="email"><button>Subscribe</button>
</form></div>
</aside>
</main>
<footer><p>&#169; 2026 Telenorte Comunicaciones, S.R.L. Santiago de los Caballeros. All rights
reserved.</p></footer>
""",
)

_EQ3 = _page(
    "Quake toll rises to two as north coast counts the damage | The Puerto Plata Post",
    '<meta name="description" content="Two dead, 37 injured and more than 300 homes damaged'
    ' after Tuesday\'s earthquake.">\n'
    '<meta property="og:type" content="article">\n'
    '<meta property="article:published_time" content="2026-08-05T07:00:00-04:00">\n'
    '<meta property="og:site_name" content="The Puerto Plata Post">\n',
    """<a class="skip-link" href="#article">Skip to content</a>
<div class="cookie-bar"><p>This site uses cookies.</p><button>Accept</button></div>
<header class="masthead">
<p class="paper"><a href="/">The Puerto Plata Post</a></p>
<p class="tagline">English-language news for the North Coast &#183; Wednesday, August 5, 2026</p>
<nav><a href="/local">Local</a> <a href="/expat-life">Expat life</a>
<a href="/property">Property</a>
<a href="/tourism">Tourism</a> <a href="/events">Events</a></nav>
</header>
<main>
<article id="article">
<h1>Quake toll rises to two as north coast counts the damage</h1>
<p class="byline">By Hannah Kessler-Burgos and Wilkin Tavárez</p>
<div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
<figure><img src="/photos/2026/08/victorian-house.jpg" alt="Damaged wooden house">
<figcaption>A damaged Victorian-style wooden house on Calle Separación in Puerto Plata's
historic centre. Photo: Wilkin Tavárez</figcaption></figure>
<p>Two people were killed and 37 injured by the earthquake that shook the north coast before
dawn on Tuesday, according to the final bulletin issued last night by the Emergency Operations
Centre (COE), which also reported that 312 homes had been damaged.</p>
<p>The magnitude 6.1 quake struck at 3:17 a.m. with its epicentre offshore, about 17 miles
north-northeast of Puerto Plata, according to the US Geological Survey. The Instituto
Sismológico Universitario (ISU) of the Autonomous University of Santo Domingo reported a
magnitude of 6.0.</p>
<p>The first victim, Bienvenido Almonte, 67, died in Sosúa when a concrete-block wall of his
house fell onto his bed. The second, Altagracia Peña Rodríguez, 34, was injured in Imbert and
died on Tuesday afternoon at the regional hospital in Santiago. Her family said she had been
trying to reach her two children when part of the house collapsed.</p>
<p>Major General Juan Carlos Matos, the COE director, said 46 families were spending the night in
shelters. "We ask people to be patient. The engineers will visit every house that has been
reported, but there are hundreds," he said at a press conference in Puerto Plata yesterday
evening.</p>
<p>Many of the damaged homes are in the historic centre, where wooden buildings from the late
19th and early 20th century are a draw for visitors. Mayor Elías Rosario Cabrera said 23
buildings in the historic district had been declared unsafe and cordoned off. The 16th-century
Fortaleza San Felipe, the city's best-known monument, has visible cracks and will stay closed
to visitors until it has been inspected.</p>
<p>Hotels in Playa Dorada, Sosúa and Cabarete reported little structural damage, and the
provincial tourism association said most guests had stayed. "We had a lot of frightened
people at four in the morning, but no injuries among guests and no serious damage," said
Felipe Arias, who manages a beachfront hotel in Cabarete.</p>
<p>The ISU said it had recorded 41 aftershocks by 6 p.m., the largest a magnitude 4.3 at 5:02
a.m. Its director, Dr. Pedro Antonio Veras Jáquez, said aftershocks would continue for weeks
and that a quake of similar size could not be ruled out, although it was less likely. "This
is an active zone. We have always said it is not a question of if, but when," he said.</p>
<p>The government allocated RD$150 million (about US$2.4 million) for emergency repairs and aid,
and the president, who toured the city on Tuesday afternoon, promised that families whose
homes were destroyed would be given priority in a state housing programme.</p>
<p>The quake fell on the 80th anniversary of the 1946 Samaná earthquake, the most powerful in the
country's recorded history. Older residents of Puerto Plata also compared it with the
September 22, 2003 earthquake, which had a magnitude of 6.4 and badly damaged schools in the
city.</p>
<p>Civil Defence director Ramona Liriano urged residents not to sleep in houses with cracked
columns. Volunteers will continue inspections today, she said.</p>
</article>
<aside class="sidebar">
<h3>Popular this week</h3>
<ul>
<li><a href="/property/prices">North coast condo prices up 11% in a year</a></li>
<li><a href="/events/merengue">Puerto Plata Merengue Festival set for October 8-11</a></li>
<li><a href="/expat-life/residency">New residency rules: what changes on September 1</a></li>
</ul>
<div class="nl"><h3>The Post weekly</h3><form><input type="email"><button>Subscribe</button>
</form></div>
</aside>
</main>
<footer><p>&#169; 2026 The Puerto Plata Post. All rights reserved. Calle Duarte, Puerto Plata.
</p></footer>
""",
)

_EQ4 = _page(
    "M6.1 Puerto Plata earthquake of 4 August 2026: what the data show &#8212; SeismoCaribe",
    '<meta name="description" content="Technical summary of the 4 August 2026 earthquake off'
    ' the north coast of Hispaniola.">\n'
    '<meta property="og:site_name" content="SeismoCaribe">\n'
    + _ld(
        "M6.1 Puerto Plata earthquake of 4 August 2026: what the data show",
        "2026-08-05T10:30:00-04:00",
        "Dr. Lionel Augustin-Frías",
        "SeismoCaribe",
        section="Event reports",
    ),
    """<a href="#report" class="skip-link">Skip to content</a>
<div class="consent"><p>We use only essential cookies.</p><button>OK</button></div>
<header>
<a href="/" class="brand">SeismoCaribe</a>
<nav><a href="/events/">Event reports</a> <a href="/hazard/">Hazard maps</a>
<a href="/tsunami/">Tsunami</a> <a href="/education/">Learn</a> <a href="/about/">About</a></nav>
</header>
<main>
<article id="report">
<p class="kind">Event report</p>
<h1>M6.1 Puerto Plata earthquake of 4 August 2026: what the data show</h1>
<p class="author">Dr. Lionel Augustin-Frías</p>
<div class="share"><a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<p>The earthquake that struck offshore north of Puerto Plata at 07:17 UTC on 4 August (03:17 local
time) is the largest on the north coast of Hispaniola since the M6.4 event of 22 September
2003. This note summarises the information published by the agencies so far.</p>
<p><strong>Magnitude.</strong> The U.S. Geological Survey's reviewed moment magnitude is Mww 6.1,
revised from its automatic initial estimate of 6.2 within the first hour. The Instituto
Sismológico Universitario (ISU) in Santo Domingo, which operates the Dominican national
network, reports a local magnitude of 6.0, and the European-Mediterranean Seismological Centre
(EMSC) lists 6.1. Differences of this size between agencies and magnitude types are normal.</p>
<p><strong>Location and depth.</strong> USGS places the epicentre at 20.02&#176;N, 70.61&#176;W,
about 28 km north-northeast of Puerto Plata, with a depth of 14 km. The ISU solution is about
31 km north of the city at 10 km depth. Given the sparse station coverage offshore, both
solutions are consistent within their uncertainties.</p>
<p><strong>Mechanism.</strong> The USGS W-phase moment tensor indicates oblique thrust faulting on
a plane dipping gently to the south, consistent with slip on or near the interface between the
North American plate and the Hispaniola microplate, rather than on the strike-slip
Septentrional fault that runs onshore through the Cibao valley.</p>
<p><strong>Shaking and impact.</strong> The USGS ShakeMap shows maximum intensities of VII
(very strong) along the coast between Puerto Plata and Sosúa, and VI in Santiago. The PAGER
system issued a yellow alert for economic losses and a green alert for fatalities. The
Dominican Emergency Operations Centre (COE) reported in its evening bulletin two deaths, 37
injuries and 312 damaged homes; an earlier bulletin at 6 a.m. had given one death, 12
injuries and about 140 damaged homes.</p>
<p><strong>Aftershocks.</strong> The ISU recorded 41 aftershocks by 18:00 local time, the largest
of magnitude 4.3 at 05:02 local (09:02 UTC). The USGS catalogue, which uses a higher detection
threshold offshore, lists nine aftershocks of magnitude 3.0 or greater in the same period and
rates the largest at 4.4. Based on standard aftershock models, the probability of another
event of magnitude 6 or greater in the next week is low, of the order of 2 to 4 per cent.</p>
<p><strong>Tsunami.</strong> The Pacific Tsunami Warning Center assessed no tsunami threat nine
minutes after the origin time. Tide gauges at Puerto Plata and Cap-Haïtien recorded no
significant sea-level change.</p>
<p><strong>Context.</strong> The event occurred exactly 80 years after the M8.1 Samaná earthquake
of 4 August 1946, a megathrust event on the same plate boundary further east that produced a
damaging tsunami. "The 2026 rupture is far smaller, probably 20 to 30 km long, but it is a
reminder that the interface north of Hispaniola is locked and accumulating strain," said
Dr. Pedro Veras, director of the ISU, in a briefing for journalists on Tuesday.</p>
<p>We will update this report when the agencies publish finite-fault models and when the ISU
releases its relocated aftershock catalogue.</p>
</article>
<aside class="recent">
<h2>Recent event reports</h2>
<ul>
<li><a href="/events/2026-03-jamaica/">M5.4 south of Jamaica, 11 March 2026</a></li>
<li><a href="/events/2026-05-trinidad/">M5.9 north of Trinidad, 19 May 2026, depth 85 km</a></li>
<li><a href="/events/2025-12-cayman/">M6.8 Cayman Trough, December 2025</a></li>
</ul>
</aside>
<div class="newsletter"><h3>Event alerts</h3><form><input type="email"><button>Subscribe</button>
</form></div>
</main>
<footer><p>&#169; 2026 SeismoCaribe. Data courtesy of USGS, ISU-UASD and EMSC.</p></footer>
""",
)


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-FA1",
        "part": "FA",
        "domain": "central bank",
        "fetched": "2026-09-26",
        "articles": [
            {
                "url": "https://www.apwire.example/business/"
                "jamaica-central-bank-cuts-rate-2026-09-24/",
                "html": _CB1,
            },
            {"url": "https://www.ibnnews.example/live/boj-rate-decision-september-2026",
             "html": _CB2},
            {"url": "https://kingstonledger.example/business/20260925/boj-trims-rate",
             "html": _CB3},
            {"url": "https://caribfinmonitor.example/central-banks/jamaica-boj-25bp-cut/",
             "html": _CB4},
        ],
        "planted": [
            ("weekday of the rate decision", r"\bthursday\b", r"\bwednesday\b"),
            ("governor's surname", r"\bfennimore\b", r"\bfenimore\b"),
            ("MPC vote split", r"\b5\s*[-–]\s*1\b", r"\b4\s*[-–]\s*2\b"),
        ],
    },
    {
        "id": "el-FA2",
        "part": "FA",
        "domain": "election",
        "fetched": "2026-06-18",
        "articles": [
            {"url": "https://www.caribwire.example/politics/"
             "pnp-whitfield-wins-st-mary-south-eastern/", "html": _EL1},
            {"url": "https://nrtv.example/elections/st-mary-south-eastern-by-election-live",
             "html": _EL2},
            {"url": "https://portmariacourier.example/politics/official-count-whitfield/",
             "html": _EL3},
        ],
        "planted": [],
    },
    {
        "id": "ct-FA3",
        "part": "FA",
        "domain": "court",
        "fetched": "2026-07-10",
        "articles": [
            {"url": "https://www.apwire.example/caribbean/ccj-port-workers-award-2026-07-08/",
             "html": _CT1},
            {"url": "https://bbnnews.example/news/local/port-workers-win-at-ccj",
             "html": _CT2},
            {"url": "https://bridgetownchronicle.example/courts/2026/07/09/"
             "five-year-fight-ends", "html": _CT3},
            {"url": "https://cariblawbrief.example/case-notes/bpwu-v-carlisle-bay-2026-ccj-14/",
             "html": _CT4},
        ],
        "planted": [
            ("place the judgment was delivered", r"\bport of spain\b", r"\bgeorgetown\b"),
            ("Carrington's title", r"\bgeneral secretary\b", r"\bpresident\b"),
            ("number of workers dismissed", r"\b214\b", r"\b241\b"),
        ],
    },
    {
        "id": "tr-FA4",
        "part": "FA",
        "domain": "trade",
        "fetched": "2026-11-05",
        "articles": [
            {"url": "https://meridianowire.example/en/economy/"
             "dominican-exports-jan-sep-2026/", "html": _TR1},
            {"url": "https://sdherald.example/economy/free-zones-carry-exports-record",
             "html": _TR2},
            {"url": "https://tradewinds-caribbean.example/trade-data/"
             "dominican-republic-jan-sep-2026/", "html": _TR3},
        ],
        "planted": [],
    },
    {
        "id": "rk-FA5",
        "part": "FA",
        "domain": "rocket",
        "fetched": "2026-10-15",
        "articles": [
            {"url": "https://atlanticnewswire.example/science/"
             "meridian-corvid-booster-bahamas-landing", "html": _RK1},
            {"url": "https://nbnbahamas.example/live/corvid-launch-exuma-landing",
             "html": _RK2},
            {"url": "https://nassausentinel.example/local/booster-lands-in-exuma-sound/",
             "html": _RK3},
            {"url": "https://orbitwatch.example/launches/corvid-flight-6-report/",
             "html": _RK4},
        ],
        "planted": [
            ("launch time", r"\b6:42(?!\d)", r"\b7:42(?!\d)"),
            ("booster landing location", r"\bexuma sound\b", r"\btongue of the ocean\b"),
            ("number of satellites", r"\b27\b", r"\b29\b"),
        ],
    },
    {
        "id": "eq-FA6",
        "part": "FA",
        "domain": "earthquake",
        "fetched": "2026-08-06",
        "articles": [
            {"url": "https://hps.example/dr/quake-puerto-plata-2026-08-04/", "html": _EQ1},
            {"url": "https://telenorte.example/en/live/earthquake-puerto-plata",
             "html": _EQ2},
            {"url": "https://puertoplatapost.example/local/quake-toll-rises-to-two/",
             "html": _EQ3},
            {"url": "https://seismocaribe.example/events/2026-08-04-puerto-plata-m6-1/",
             "html": _EQ4},
        ],
        "planted": [],
    },
]
