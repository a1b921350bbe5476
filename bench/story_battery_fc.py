"""Story battery, part FC — Central Europe (Poland, Czechia, Slovakia, Hungary, Austria), events in 2026.

Written by engineer FC1 on 2026-12-07 for the twenty-seventh batch, a precision batch: most
differences between the outlets in each story are legitimate variation that a careful editor
would accept, and only the planted items (in three of the six stories) are real contradictions.
All outlets, reporters, companies, most officials and all figures are invented; real
institutions and places are used as scenery. Every outlet domain ends in .example.

cb-FC1 (central bank) — The Czech National Bank cuts its two-week repo rate by 25 basis points
to 3.25% from 3.50% on Thursday 5 November 2026 (decision 14:30 CET, press conference from
15:45 CET), vote 5-2 with board members Lenka Dvořáková and Petr Blažek for a hold.
PLANTED (3): the vote split (5-2 right, 4-3 wrong in the Prague Daily Courier); the weekday of
the decision (Thursday right, Wednesday wrong in RateWatch CEE); the surname of the second
dissenter (Blažek right, Blažík wrong on the Radio Vltava International live page).
Outlets: Danubia Press (wire), Radio Vltava International (broadcaster live page), The Prague
Daily Courier (newspaper, no machine-readable date), RateWatch CEE (specialist, next day).
Traps: new rate vs old rate vs discount (2.25%) and Lombard (4.25%) rates; "25 basis points" vs
"a quarter of a percentage point"; third cut of the year vs first since June; 75 bp cumulative;
October flash CPI 2.6% vs September 2.8% vs forecast averages 2.7% (2026) and 2.3% (2027) vs 2%
target; GDP forecasts 2.1%/2.4% vs the older August forecast 2.3%; rate path "around 3.00% by
mid-2027" (forecast, not a decision); koruna 24.31 before, 24.38 just after, 24.36 in the late
afternoon, 24.35 at the close, 24.33 next morning, about 21.0 per dollar; 14:30 CET vs 13:30
GMT; press conference scheduled 15:45 but opened 15:50 on the live page; names with and without
diacritics (Holecek/Holeček) and with a middle name (Marek Jan Holeček); the wire names only one
of the two dissenters; quote "room to ease, but no room to relax" in slightly different
wordings; economists poll 14 of 19; wages 6.8% (a different measure); mortgage rate 4.62% and
house prices from other bodies; earlier cuts in February and June with their own rates.

el-FC2 (election) — Early mayoral election in Wrocław, runoff on Sunday 27 September 2026 (first
round Sunday 13 September): Magdalena Sowa-Pietrzak beats Tomasz Grabowski; official result
announced Monday 28 September 14:00, 107,569 votes (53.41%) to 93,834 (46.59%), turnout 41.72%.
CONTROL (no planted disagreement).
Outlets: Central Europe Wire (wire, results night), Radio Odra 24 (local broadcaster updates
page), The Warsaw Ledger (national newspaper, after the official result), Wrocław Observer
(local site, no machine-readable date).
Traps: exit poll at 21:00 (54.2% / 45.8%, turnout 40.9%) vs partial counts with times (24%, 61%,
92%, 100% of polling stations) vs the official result; first-round percentages and turnout
(44.88%) vs runoff; votes vs percentages; "just over 53%", "nearly 42%", "about 13,700"; local
time vs GMT; Wroclaw/Wrocław; Tomasz Jan Grabowski with and without the middle name; "former
deputy mayor" vs "deputy mayor from 2019 to 2025"; MP / member of the Sejm / lawmaker; the
acting mayor, the former mayor (now a minister) and the mayor-elect are different people with
similar roles; concession and victory quotes in slightly different wordings; district results
(a different measure); background 2024 floods and the 2029 regular election.

ct-FC3 (court) — The Regional Court in Brno convicts a former deputy governor of the South
Moravian Region and others over rigged road tenders, Tuesday 20 October 2026 (verdict read from
10:40 CEST, 08:40 GMT). CONTROL (no planted disagreement).
Outlets: Central Europe Wire (wire), Radio Morava English (broadcaster, updated article), CEE
Legal Review (specialist, next day, no machine-readable date).
Traps: seven years vs prosecutors' nine; five and a half years vs five years six months vs
sought seven; suspended three years with five-year probation; one acquittal (four defendants,
three people convicted, plus a company); damages CZK 186 million vs CZK 186.3 million vs about
€7.4 million vs $8.6 million vs the region's CZK 241 million claim vs CZK 1.2 billion contract
value; fines CZK 2.5 million (person) vs CZK 12 million (company); 10-year office ban vs 5-year
procurement ban; ASCII vs diacritics names and a middle name (Miroslav Jan Tichý); presiding
judge vs judge; current regional governor vs former deputy governor; prosecutor vs defence
lawyer; earlier 2023 raids, 2025 indictment, a 2025 sentence for a cooperating witness and a
2024 Ostrava case with their own figures; judge's quote in slightly different wordings.

tr-FC4 (trade) — Hungary's Central Statistical Office (KSH) first estimate of September 2026
trade, released Monday 9 November 2026 at 08:30 CET: surplus €1.11 billion, exports €13.42
billion (+4.8% y/y in euro terms), imports €12.31 billion (+2.1%).
PLANTED (3): export growth (4.8% right, 8.4% wrong on the MarketPulse Europe live blog); the
minister's title (Minister for National Economy right, "Finance Minister" wrong in the Budapest
Business Daily); the location of the battery plant (Debrecen right, Nyíregyháza wrong in Freight
& Trade CEE).
Outlets: Danubia Press (wire), MarketPulse Europe (live markets blog in GMT), Budapest Business
Daily (newspaper, no machine-readable date), Freight & Trade CEE (specialist, next day).
Traps: euro vs forint (HUF 432 billion) vs dollars ($1.28 billion); export growth in forint
terms (3.9%) vs euro terms; forecast median €0.95 billion vs actual; August first estimate €0.84
billion revised to €0.91 billion; September 2025 surplus €0.64 billion; January–September €9.74
billion vs €8.06 billion; forint quotes at different times; 08:30 CET vs 07:30 GMT; Czech
jobless rate and a Polish bond sale on the live blog (other measures); "senior analyst" vs
"analyst"; the minister's quote in slightly different wordings; detailed January–August data
(shares, battery exports) as different measures; release date of detailed data.

rk-FC5 (rocket) — Orbis Dynamics' Sokół-2 suborbital rocket reaches space from the military
range near Ustka on the Polish Baltic coast, Thursday 15 October 2026 at 11:07 CEST (09:07 UTC),
after a scrub on Wednesday 14 October; seven university experiments; capsule recovered.
PLANTED (3): launch clock time (11:07 right, 11:47 wrong in Baltic Coast News); the number of
experiments (seven right, nine wrong in the Baltica News Agency wire); the launch date
(15 October right, 16 October wrong in SpaceFlight Central).
Outlets: Baltica News Agency (wire, within two hours), Baltic Coast News (local, evening, no
machine-readable date), SpaceFlight Central (specialist, two days later).
Traps: provisional apogee 109 km vs final 112.4 km vs the 100 km target; km vs miles (68/69.8/70
miles, 38 km vs 24 miles offshore); local time vs UTC/GMT; 61-second burn vs 14-minute flight vs
about three and a half minutes (210 s) of microgravity; 18 kg payload vs 1.4-tonne rocket;
programme cost PLN 38 million vs about $9.6 million vs about €8.9 million, of which PLN 14 million
from the space agency; Sokół-1's 16.5 km flight in May 2025 and plans for a later rocket;
CEO, chief engineer and flight director as different people with similar roles; names with and
without diacritics and middle initial; the CEO's quote in slightly different wordings.

eq-FC6 (earthquake) — Magnitude 4.8 earthquake near Ternitz (Neunkirchen district), Lower
Austria, Saturday 21 November 2026 at 03:14 CET (02:14 UTC). CONTROL (no planted disagreement).
Outlets: Alpine Press Service (wire, updated in the morning), Radio Donau (broadcaster live
page), Vienna Morning Post (newspaper, evening), NÖ Regional (local site, next day, no
machine-readable date).
Traps: preliminary magnitude 5.0 revised to 4.8 (GeoSphere Austria) vs EMSC 4.6 vs USGS 4.7;
depth 8 km vs 10 km by different bodies; "near Neunkirchen" in the first minutes vs near
Ternitz; 60 km vs 37 miles; counts growing with times (injured 2, 4, 6; aftershocks 9, 12, 17,
19; felt reports 2,300, 4,900, 6,100; fire-brigade call-outs about 180, 410, more than 450);
strongest aftershock 3.2 at 05:52; Vienna's own fire brigade calls (a different body); railway
closed and reopened at 09:30; insurers' damage estimate range; governor, mayor, seismologist and
spokeswoman as different people; the mayor's quote in slightly different wordings; background
1972 and 2024 quakes.
"""

from __future__ import annotations

import html
import json

_COOKIE = (
    '<div class="cookie-banner" role="dialog" aria-label="Cookie consent">'
    "<p>We use cookies and similar technologies to improve your experience, measure audiences "
    "and show relevant advertising. You can change your choice at any time in Privacy "
    'settings.</p><button type="button">Accept all</button> '
    '<button type="button">Reject non-essential</button> '
    '<a href="/privacy">Privacy settings</a></div>'
)

_SHARE = (
    '<div class="share" aria-label="Share this article"><span>Share</span>'
    '<a href="#" class="share-fb">Facebook</a> <a href="#" class="share-x">X</a> '
    '<a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> '
    '<button type="button" class="copy-link">Copy link</button></div>'
)


def _jsonld(
    headline: str, published: str, modified: str | None, author: str, publisher: str, url: str
) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "mainEntityOfPage": url,
        "datePublished": published,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if modified:
        data["dateModified"] = modified
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


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
    body: str,
    related_title: str,
    related: list[str],
    caption: str,
    credit: str,
    footer: str,
    published: str | None = None,
    modified: str | None = None,
    jsonld: bool = False,
    meta_time: bool = False,
    author: str = "",
    lang: str = "en",
    newsletter: str = "",
) -> str:
    """Wrap one article in realistic site furniture. The article text is passed in full."""
    e = html.escape
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f'<meta name="description" content="{e(description)}">',
        f'<meta property="og:title" content="{e(headline)}">',
        f'<meta property="og:site_name" content="{e(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{e(url)}">',
        f'<link rel="canonical" href="{e(url)}">',
        '<link rel="stylesheet" href="/static/css/site.min.css">',
    ]
    if published and meta_time:
        head.append(f'<meta property="article:published_time" content="{published}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{modified}">')
    if published and jsonld:
        head.append(_jsonld(headline, published, modified, author, site, url))
    head.append("</head>")
    nav_items = "".join(f'<li><a href="/{e(n.lower().replace(" ", "-"))}">{e(n)}</a></li>'
                        for n in nav)
    rel_items = "".join(f'<li><a href="#">{e(r)}</a></li>' for r in related)
    news = newsletter or (
        f"Get the day's most important stories from {site} in your inbox every morning."
    )
    parts = [
        *head,
        "<body>",
        '<a class="skip-link" href="#main">Skip to content</a>',
        _COOKIE,
        '<header class="site-header">',
        f'<a class="logo" href="/">{e(site)}</a>',
        f'<nav aria-label="Main"><ul>{nav_items}</ul></nav>',
        '<form class="search" action="/search"><input type="search" name="q" '
        'placeholder="Search"><button type="submit">Search</button></form>',
        '<a class="login" href="/account">Sign in</a>',
        "</header>",
        '<main id="main">',
        f'<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › '
        f"<span>{e(section)}</span></nav>",
        '<article class="story">',
        f"<h1>{e(headline)}</h1>",
        f'<p class="standfirst">{e(standfirst)}</p>',
        f'<div class="byline">{byline}</div>',
        _SHARE,
        '<figure class="lead-image"><div class="img" role="img"></div>'
        f'<figcaption>{e(caption)} <span class="credit">{e(credit)}</span></figcaption>'
        "</figure>",
        f'<div class="article-body">{body}</div>',
        _SHARE,
        "</article>",
        f'<aside class="related"><h2>{e(related_title)}</h2><ol>{rel_items}</ol></aside>',
        '<section class="newsletter"><h2>Newsletter</h2>'
        f"<p>{e(news)}</p>"
        '<form><input type="email" placeholder="Your email address">'
        '<button type="submit">Sign up</button></form></section>',
        "</main>",
        '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/privacy">Privacy policy</a></li><li><a href="/advertise">Advertise</a>'
        f"</li></ul><p>{e(footer)}</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts)


def _art(url: str, **kw: object) -> dict[str, str]:
    return {"url": url, "html": _page(url=url, **kw)}  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# cb-FC1 — Czech National Bank rate cut, Thursday 5 November 2026 (PLANTED: 3)
# ---------------------------------------------------------------------------------------------

_CB1_BODY = """
<p>PRAGUE, Nov 5 (Danubia Press) - The Czech National Bank cut its main interest rate by a
quarter of a percentage point to 3.25 percent on Thursday, its first reduction since June, but
Governor Marek Holecek warned that strong wage growth meant the bank was in no hurry to ease
further.</p>
<p>The seven-member bank board voted 5-2 to lower the two-week repo rate from 3.50 percent, the
bank said in a statement released at 14:30 local time (1330 GMT). Two members, including Lenka
Dvorakova, voted to keep the rate unchanged.</p>
<p>The discount rate was lowered to 2.25 percent and the Lombard rate to 4.25 percent,
preserving the usual corridor of one percentage point on either side of the main rate.</p>
<p>Fourteen of 19 economists polled by Danubia Press last week had forecast a cut, while the
remaining five expected the bank to wait until its December meeting.</p>
<p>"We have room to ease, but we have no room to relax," Holecek told a news conference about
an hour after the decision. "The labour market remains tight, and prices of services are still
rising faster than we would like."</p>
<p>Preliminary data from the Czech Statistical Office showed consumer prices rose 2.6 percent
year on year in October, down from 2.8 percent in September and edging closer to the central
bank's 2 percent target. Services inflation, however, has stayed above 4 percent for most of
the year.</p>
<p>The bank's new quarterly forecast, published alongside the decision, sees inflation
averaging 2.7 percent this year and 2.3 percent in 2027. It expects the economy to grow 2.1
percent in 2026 and 2.4 percent next year, a slight downgrade from the August forecast of 2.3
percent growth for this year.</p>
<p>Holecek said the forecast was consistent with the repo rate easing to around 3.00 percent by
the middle of 2027, but he stressed that the path was "not a promise" and would depend on
incoming data, above all on wages. Average nominal wages rose 6.8 percent year on year in the
second quarter.</p>
<p>The koruna weakened to 24.38 per euro shortly after the announcement from 24.31 just before
it, and was trading at 24.36 at 1530 GMT. Czech government bond yields fell, with the two-year
yield down 6 basis points on the day.</p>
<p>The bank cut its rate in February and again in June, when it lowered the repo rate to 3.50
percent from 3.75 percent, before holding it steady in August and September. Thursday's move
takes the total reduction this year to 75 basis points.</p>
<p>"The message was more hawkish than the decision itself," said Ondrej Pokorny, chief
economist at Vltava Banka in Prague. "We expect one more cut in the first quarter of next year,
and then a long pause."</p>
<p>Others saw room for more. Klara Sindelarova, an analyst at Moravia Capital, said the
downgrade to the growth outlook and the fall in headline inflation could allow another move as
soon as December, "provided the wage data for the third quarter do not surprise on the
upside."</p>
<p>Business groups welcomed the cut but said it came late for manufacturers hit by weak orders
from Germany. Industrial output fell 1.4 percent year on year in September, official data
showed last week.</p>
<p>The board will next meet on December 17, when it will have third-quarter wage figures and the
final October inflation data in hand.</p>
<p>(Reporting by Tomas Reiner and Alena Vojtova; Editing by Mark Ellison)</p>
"""

_CB2_BODY = """
<h3>16:40 CET</h3>
<p><strong>That's all from us.</strong> We are closing our live coverage here. To recap: the
Czech National Bank cut its two-week repo rate by 25 basis points to 3.25%, its third cut of
2026 and the first since June. The vote was 5-2. Governor Marek Holeček said the bank had "room
to ease, but no room to relax", and the new forecast points to the repo rate at around 3% by
mid-2027. The crown is a touch weaker. Thank you for following along.</p>
<h3>16:05 CET</h3>
<p><strong>Market reaction.</strong> The koruna is trading at 24.36 per euro, having touched
24.38 in the minutes after the decision and compared with 24.31 just before it. The Prague
Stock Exchange's PX index is up 0.7% on the day, led by bank shares, which usually gain when
the central bank signals a slower pace of cuts.</p>
<h3>15:58 CET</h3>
<p><strong>Holeček on wages.</strong> "Wage growth of almost seven percent is not compatible
with two percent inflation unless productivity surprises us," the governor says. Nominal wages
rose 6.8% year on year in the second quarter; third-quarter data are due in early December,
before the board's final meeting of the year on 17 December.</p>
<h3>15:50 CET</h3>
<p><strong>Press conference under way.</strong> The press conference, scheduled for 15:45, has
just started. "There is room to ease, but there is no room to relax," Holeček tells reporters.
He says the rate path in the new forecast is "not a promise" and that the board will decide
meeting by meeting.</p>
<h3>15:20 CET</h3>
<p><strong>What's in the new forecast.</strong> The bank's autumn forecast sees inflation
averaging 2.7% this year and 2.3% in 2027. GDP is expected to grow 2.1% this year and 2.4%
next year; in August the bank still expected 2.3% growth for 2026. The forecast is consistent
with the repo rate falling to around 3.00% in the middle of next year.</p>
<h3>14:48 CET</h3>
<p><strong>First economist reaction.</strong> "A cut was the base case, and the two
dissenting votes tell us December is far from certain," says Klára Šindelářová, analyst at
Moravia Capital. "If third-quarter wages slow, a further quarter-point move before Christmas is
still possible."</p>
<h3>14:36 CET</h3>
<p><strong>How they voted.</strong> Five members of the seven-member board voted for the cut.
Two members, Lenka Dvořáková and Petr Blažík, voted to keep rates unchanged, the bank says. Both
had argued for a longer pause after the June cut, according to the minutes of the September
meeting.</p>
<h3>14:30 CET</h3>
<p><strong>BREAKING: CNB cuts repo rate to 3.25%.</strong> The Czech National Bank lowers the
two-week repo rate by 0.25 percentage point to 3.25% from 3.50%. The discount rate goes to
2.25% and the Lombard rate to 4.25%. For our listeners abroad, the decision came at 13:30
GMT.</p>
<h3>14:10 CET</h3>
<p><strong>What to expect.</strong> Most economists expect a quarter-point cut today. October's
flash inflation estimate, published earlier this week, showed prices up 2.6% year on year,
down from 2.8% in September. The koruna is trading at 24.31 per euro ahead of the
announcement.</p>
<h3>13:55 CET</h3>
<p><strong>Good afternoon</strong> and welcome to our live coverage of today's monetary policy
meeting of the Czech National Bank. The bank board has been meeting at its headquarters on Na
Příkopě street since the morning. The decision is due at 14:30 and Governor Holeček's press
conference at 15:45. Stay with us for the decision, the new macroeconomic forecast and
reaction from economists and the markets.</p>
"""

_CB3_BODY = """
<p>The Czech National Bank lowered borrowing costs for the third time this year on Thursday,
cutting its benchmark two-week repo rate to 3.25% from 3.50%, but its governor made clear that
households hoping for a rapid fall in mortgage rates may have to be patient.</p>
<p>The bank board split 4-3 on the decision, with board members Lenka Dvořáková and Petr Blažek
among those who argued for keeping rates unchanged for a third meeting in a row.</p>
<p>Governor Marek Jan Holeček, who has led the bank since 2024, told reporters at the bank's
headquarters that falling inflation had given the board "room to ease, but no room to relax".
He pointed to wages, which rose 6.8% in the second quarter, and to services prices as the main
reasons for caution.</p>
<p>Inflation has fallen steadily this year. According to a preliminary estimate by the Czech
Statistical Office, consumer prices rose 2.6% year on year in October, compared with 2.8% in
September. The central bank targets inflation of 2%.</p>
<p>The bank's new forecast sees inflation averaging 2.3% next year and is consistent with the
repo rate falling to about 3% by the middle of 2027. At the start of this year the rate stood at
4.00%; the bank cut it in February and again in June before pausing over the summer.</p>
<p>For borrowers, the effect of Thursday's cut is likely to be muted. The average interest rate
on new mortgages stood at 4.62% in September, according to the Hypo Barometr index compiled by
the broker Domov Finance, down from 4.71% in June. Banks price most fixed-rate mortgages off
longer-term market rates, which had already fallen in anticipation of the move.</p>
<p>"A quarter-point cut in the repo rate does not translate one-for-one into mortgages," said
Radek Souček, head of Domov Finance. "We expect the average rate to slip below 4.5% by the
spring, but nobody should expect a return to the cheap money of the last decade."</p>
<p>House prices, meanwhile, keep rising. The statistics office reported last month that prices
of older flats were 8.7% higher in the second quarter than a year earlier, with Prague and Brno
leading the increase.</p>
<p>Manufacturers were more enthusiastic. Vladimír Krejčí, chief economist of the Confederation
of Industry, said the cut was "a step in the right direction" for exporters facing weak demand
from Germany, although he added that the strength of the koruna remained a bigger problem for
many firms than the level of interest rates.</p>
<p>The crown weakened slightly after the announcement and ended the day at 24.35 per euro.</p>
<p>Economists were divided on what comes next. Ondřej Pokorný of Vltava Banka expects one more
cut early next year followed by a long pause. "The governor went out of his way to sound tough,"
he said. Others think the bank could move again as soon as December if wage growth slows.</p>
<p>Holeček declined to be drawn. "We will decide at every meeting on the basis of new data," he
said. "The forecast is a map, not a timetable."</p>
<p>The board's final meeting of the year is on 17 December.</p>
"""

_CB4_BODY = """
<p>When the Czech National Bank's board cut the two-week repo rate by 25bp to 3.25% on
Wednesday, almost nobody in the market was surprised. What the market had not fully priced was
the tone: the statement, the new forecast and Governor Marek Holeček's press conference all
leaned against expectations of a rapid easing cycle.</p>
<p><strong>The decision.</strong> The vote was 5-2, with Lenka Dvořáková and Petr Blažek
preferring to hold. Both had already argued in September, according to the minutes, that the
labour market was too tight for further cuts. Two dissenters on a seven-member board is not
unusual for the CNB, but it matters for December: two members changing their minds would be
enough to produce a pause.</p>
<p><strong>The forecast.</strong> The autumn forecast has headline inflation averaging 2.7% this
year and 2.3% in 2027, with GDP growth of 2.1% in 2026 and 2.4% next year. The accompanying
interest-rate path is consistent with the repo rate at around 3.00% in mid-2027, only 25bp below
today's level. That is a shallower path than the August forecast implied, and Holeček was
careful to call it "not a promise".</p>
<p>The governor summed up the board's stance by saying there was "room to ease, but no room to
relax". In our reading, the key variable is wages: nominal wage growth was 6.8% year on year in
the second quarter, and the CNB's own forecast assumes a slowdown to about 5.5% next year. If
that slowdown does not materialise, the board has signalled it is ready to stop at 3.25%.</p>
<p><strong>Market pricing.</strong> After the decision the 6x9 FRA settled at 3.02% and the
two-year IRS at 3.18%, both a few basis points higher than before the meeting once the press
conference was over. The koruna gave up some ground but remains well behaved: EUR/CZK was at
24.33 on Friday morning, and USD/CZK at around 21.0.</p>
<p>"The curve had been pricing almost two more cuts by the middle of next year. After the press
conference it is pricing slightly more than one," said Ondřej Pokorný, chief economist at Vltava
Banka. Tomáš Kříž, CEE strategist at Alder &amp; Finch in London, said receivers at the front end
"no longer have the CNB on their side".</p>
<p><strong>Regional context.</strong> The Czech move comes as regional central banks diverge.
Hungary's central bank left its base rate at 5.75% in October, citing a weak forint, while the
National Bank of Poland has kept its reference rate at 4.00% since the summer. Among the three,
the CNB remains the only one with an easing bias written into its forecast.</p>
<p><strong>Our view.</strong> We keep our call for one more 25bp cut, in February 2027, which
would take the repo rate to 3.00% and end the cycle. The risk to that view is a hold until
spring if third-quarter wages, due in early December, come in above 7%. We see little chance of
a cut at the 17 December meeting unless October's final inflation print surprises sharply to
the downside.</p>
<p><strong>Key numbers.</strong> Repo 3.25% (from 3.50%); discount 2.25%; Lombard 4.25%;
cumulative easing in 2026: 75bp after cuts in February, June and November; October flash CPI
2.6% y/y against a 2% target.</p>
"""

_CB_ARTICLES = [
    _art(
        "https://www.danubiapress.example/business/2026/11/05/czech-central-bank-cuts-rate-3-25",
        site="Danubia Press",
        title="Czech central bank cuts key rate to 3.25 percent, signals caution | Danubia Press",
        description="The Czech National Bank cut its main rate to 3.25 percent, its first "
        "reduction since June, but the governor warned against rapid easing.",
        section="Business",
        nav=["World", "Business", "Markets", "Politics", "Technology", "Sport"],
        headline="Czech central bank cuts key rate to 3.25 percent, signals caution",
        standfirst="Governor Holecek says strong wage growth limits room for further easing.",
        byline='By Tomas Reiner and Alena Vojtova · <time datetime="2026-11-05T14:41:00+01:00">'
        "November 5, 2026 2:41 PM</time> · Updated 4:38 PM",
        body=_CB1_BODY,
        related_title="More from Business",
        related=[
            "Polish industrial output rises 3.9% in October, beating forecasts",
            "Slovak carmaker cuts 1,200 jobs at Trnava plant",
            "Austrian lender Alpenbank posts 412 million euro profit",
            "Forint slips past 392 per euro as Budapest bond yields climb",
        ],
        caption="The Czech National Bank headquarters in Prague.",
        credit="Photo: Danubia Press/Pavel Hruby",
        footer="© 2026 Danubia Press. All rights reserved. Republication without permission "
        "is prohibited.",
        published="2026-11-05T14:41:00+01:00",
        modified="2026-11-05T16:38:00+01:00",
        jsonld=True,
        author="Tomas Reiner",
    ),
    _art(
        "https://www.radiovltava-intl.example/live/2026-11-05/cnb-rate-decision",
        site="Radio Vltava International",
        title="LIVE: Czech National Bank interest rate decision - Radio Vltava International",
        description="Live updates: the Czech National Bank's November monetary policy "
        "meeting, the decision, the forecast and reaction.",
        section="Live",
        nav=["News", "Live", "Business", "Culture", "Podcasts", "Listen live"],
        headline="LIVE: Czech National Bank cuts repo rate to 3.25%",
        standfirst="Follow our live coverage of the Czech National Bank's monetary policy "
        "meeting, the governor's press conference and reaction from the markets.",
        byline="Live coverage by Eliška Marková and David Šrámek",
        body=_CB2_BODY,
        related_title="Listen again",
        related=[
            "Business Hour: Why Czech wages keep rising 7% a year",
            "Czech unemployment steady at 3.9% in October",
            "Interview: Finance ministry's 2027 budget deficit target of 2.2% of GDP",
            "Prague office rents reach record 27 euros per square metre",
        ],
        caption="Governor Marek Holeček at an earlier press conference in September.",
        credit="Photo: RVI / Martin Kopecký",
        footer="© 2026 Radio Vltava International. Public service broadcaster.",
        published="2026-11-05T13:55:00+01:00",
        modified="2026-11-05T16:40:00+01:00",
        meta_time=True,
    ),
    _art(
        "https://praguecourier.example/economy/cnb-trims-rates-warns-wages",
        site="The Prague Daily Courier",
        title="CNB trims rates again but warns wages could stall further easing - The Prague "
        "Daily Courier",
        description="The central bank cut its key rate to 3.25%. What it means for mortgages, "
        "savers and the crown.",
        section="Economy",
        nav=["News", "Economy", "Property", "Opinion", "Culture", "Expat Life"],
        headline="CNB trims rates again but warns wages could stall further easing",
        standfirst="Mortgage holders should not expect a rapid fall in borrowing costs, "
        "brokers say.",
        byline="Jana Horáková, Economics Correspondent · 5 November 2026",
        body=_CB3_BODY,
        related_title="Most read",
        related=[
            "Prague 1 to ban new short-term rentals from 1 March 2027",
            "Metro D construction delayed again, now due in 2031",
            "Brno flat prices up 11% in a year, agency says",
            "Christmas markets open on Old Town Square on 28 November",
        ],
        caption="A real estate agency window in Prague's Vinohrady district.",
        credit="Photo: Prague Daily Courier / Ondřej Valenta",
        footer="© 2026 The Prague Daily Courier s.r.o. All rights reserved.",
    ),
    _art(
        "https://ratewatch-cee.example/czechia/cnb-november-2026-hawkish-cut",
        site="RateWatch CEE",
        title="CNB: a hawkish cut, and what the new forecast implies | RateWatch CEE",
        description="Our analysis of the Czech National Bank's November decision, forecast "
        "and market pricing.",
        section="Czechia",
        nav=["Central banks", "Rates", "FX", "Czechia", "Poland", "Hungary", "Data"],
        headline="CNB: a hawkish cut, and what the new forecast implies",
        standfirst="The 25bp cut was expected. The message that came with it was not.",
        byline='Sophie Marchetti, CEE rates editor · <time datetime="2026-11-06T09:15:00+01:00">'
        "6 Nov 2026</time>",
        body=_CB4_BODY,
        related_title="Related analysis",
        related=[
            "NBP preview: why we see no change before March 2027",
            "MNB keeps base rate at 5.75% as forint weakens to 392",
            "Czech wages: 6.1% or 7%? What the Q3 data will decide",
            "Romania's NBR holds at 6.50% for the ninth time",
        ],
        caption="Chart: CNB repo rate and the market-implied path, 2024-2027.",
        credit="Source: CNB, RateWatch CEE calculations",
        footer="© 2026 RateWatch CEE Ltd. For professional investors only. Not investment "
        "advice.",
        published="2026-11-06T09:15:00+01:00",
        jsonld=True,
        author="Sophie Marchetti",
        newsletter="Get our CEE central bank calendar and morning rates note every weekday.",
    ),
]

_CB_STORY = {
    "id": "cb-FC1",
    "part": "FC",
    "domain": "central bank",
    "fetched": "2026-11-07",
    "articles": _CB_ARTICLES,
    "planted": [
        (
            "bank board vote split",
            r"\b5\s*[-–:]\s*2\b|\bfive[- ]to[- ]two\b",
            r"\b4\s*[-–:]\s*3\b|\bfour[- ]to[- ]three\b",
        ),
        ("weekday of the rate decision", r"\bthursday\b", r"\bwednesday\b"),
        ("surname of the second dissenting board member", r"\bbla[žz]ek\b", r"\bbla[žz][íi]k\b"),
    ],
}

# ---------------------------------------------------------------------------------------------
# el-FC2 — Wrocław early mayoral runoff, Sunday 27 September 2026 (CONTROL)
# ---------------------------------------------------------------------------------------------

_EL1_BODY = """
<p>WROCLAW, Poland, Sept 27 (CEW) - Magdalena Sowa-Pietrzak, a former deputy mayor backed by
Poland's governing coalition, was set to become mayor of Wroclaw after Sunday's runoff, partial
results showed, and her opponent conceded defeat shortly after midnight.</p>
<p>With ballots from 61 percent of polling stations counted at 23:40 local time (2140 GMT),
Sowa-Pietrzak had 52.9 percent of the vote against 47.1 percent for Tomasz Grabowski, an
opposition member of parliament, the city's election office said.</p>
<p>An exit poll by Opinia Research for local broadcaster Radio Odra 24, published when polls
closed at 9 p.m. (1900 GMT), had given her 54.2 percent and Grabowski 45.8 percent. The poll put
turnout at 40.9 percent, below the 44.9 percent recorded in the first round two weeks ago.</p>
<p>"Wroclaw has chosen a city that works for everyone, not just for one camp," Sowa-Pietrzak,
52, told cheering supporters in a hall on Slodowa Island in the Oder river. "From tomorrow I
will be the mayor of those who voted for my opponent as well."</p>
<p>Grabowski, 47, conceded at 00:50. "I have called Magdalena Sowa-Pietrzak to congratulate her.
The voters have spoken and I accept their decision," he told reporters at his campaign
headquarters, adding that he would return to his seat in the Sejm, the lower house of
parliament.</p>
<p>Official results are due on Monday.</p>
<p>The early election in Poland's fourth-largest city was triggered when Mayor Piotr Wasik
resigned in May to become infrastructure minister in the national government. Since then the
city of about 670,000 people has been run by Krzysztof Lewandowski, a civil servant appointed as
acting mayor by the prime minister.</p>
<p>Seven candidates stood in the first round on September 13. Sowa-Pietrzak won 38.6 percent and
Grabowski 27.3 percent. Ewa Nowicka, an independent urban activist who came third with 14.1
percent, declined to endorse either of them.</p>
<p>The campaign was dominated by local issues, including the pace of rebuilding flood defences
after the floods of September 2024, a planned tram line to the fast-growing Jagodno district
and a shortage of affordable housing. Sowa-Pietrzak, who was deputy mayor responsible for
investment from 2019 to 2025, promised a municipal housing programme worth 1.4 billion zlotys
over five years. Grabowski campaigned on cutting parking charges in the city centre and on
what he called the "arrogance" of the city hall.</p>
<p>Both national camps treated the vote as a test of strength a year before the next
parliamentary election, and party leaders from Warsaw campaigned in the city in the final
week. The prime minister congratulated Sowa-Pietrzak on social media shortly after Grabowski's
concession.</p>
<p>The new mayor will serve the remainder of the current term, until the next regular local
elections in the spring of 2029.</p>
<p>Outside the hall where Sowa-Pietrzak's supporters gathered, several hundred people waited in
the rain for the partial results to be projected on a screen, and cheered each update from the
election office.</p>
<p>(Reporting by Marta Zielinska; Editing by Julian Frost)</p>
"""

_EL2_BODY = """
<h3>02:10</h3>
<p><strong>All polling stations counted.</strong> The city election office has now published
provisional results from all 312 polling stations. Magdalena Sowa-Pietrzak has 53.4% and Tomasz
Grabowski 46.6%. Turnout was 41.7%, a little higher than the exit poll suggested but lower than
in the first round. The Municipal Election Commission will announce the official result on
Monday afternoon. This is where we end our live updates tonight. Good night from the Radio Odra
24 newsroom.</p>
<h3>00:55</h3>
<p><strong>92% counted.</strong> With results from 92% of polling stations, Sowa-Pietrzak leads
with 53.3% to Grabowski's 46.7%. Her lead is now more than 12,000 votes, according to our
calculations from the election office figures.</p>
<h3>00:50</h3>
<p><strong>Grabowski concedes.</strong> "I have called Magdalena Sowa-Pietrzak and congratulated
her. Voters have spoken and I respect their decision," Tomasz Grabowski says at his campaign
headquarters on Legnicka street. He thanks his volunteers and says he will go back to work in
the Sejm on Tuesday.</p>
<h3>23:40</h3>
<p><strong>61% counted.</strong> The gap narrows a little as results come in from the northern
districts, where Grabowski is stronger: Sowa-Pietrzak 52.9%, Grabowski 47.1%, with 61% of
polling stations counted.</p>
<h3>22:30</h3>
<p><strong>First official partial results.</strong> With 24% of polling stations counted,
mostly in the city centre, Sowa-Pietrzak has 53.6% and Grabowski 46.4%.</p>
<h3>21:40</h3>
<p><strong>Victory speech, almost.</strong> Sowa-Pietrzak has addressed supporters on Słodowa
Island without yet claiming victory: "If these numbers hold, Wrocław chose a city that works for
everyone, not for one camp. I will also be the mayor of those who did not vote for me."</p>
<h3>21:15</h3>
<p><strong>Reactions at headquarters.</strong> Cheers at the Sowa-Pietrzak camp; silence at the
Grabowski campaign, where his spokesman, Łukasz Wójcik, tells our reporter that the exit poll
"is not a result" and that the team will wait for the count.</p>
<h3>21:00</h3>
<p><strong>EXIT POLL.</strong> Polls have closed. The exit poll by Opinia Research for Radio
Odra 24 gives Magdalena Sowa-Pietrzak 54.2% and Tomasz Grabowski 45.8%. Estimated turnout:
40.9%. The poll surveyed voters leaving 60 polling stations and has a margin of error of two
percentage points.</p>
<h3>20:55</h3>
<p><strong>Five minutes to go.</strong> Queues at several polling stations in Krzyki and
Fabryczna, our reporters say. Anyone in the queue at 21:00 will still be allowed to vote.</p>
<h3>20:40</h3>
<p><strong>Good evening</strong> and welcome to our election night coverage of the second round
of the early mayoral election in Wrocław. Polling stations close at 21:00. In the first round
on 13 September, the former deputy mayor Magdalena Sowa-Pietrzak won 38.6% and the MP Tomasz
Grabowski 27.3%; turnout was 44.9%. About 487,000 people are eligible to vote. The election was
called after Piotr Wąsik stepped down as mayor in May to join the government; since then the
city has been managed by the acting mayor, Krzysztof Lewandowski. Our reporters are at both
campaign headquarters, and our studio guest tonight is Dr Beata Kowal, a political scientist at
the University of Wrocław.</p>
"""

_EL3_BODY = """
<p>Magdalena Sowa-Pietrzak won Wrocław's early mayoral election by 13,735 votes, the city's
Municipal Election Commission said on Monday, confirming the result of Sunday's runoff and
handing the governing coalition a symbolic victory in one of the country's most closely watched
local contests.</p>
<p>According to the official results announced at 14:00 by the commission's chair, Barbara
Zając, Sowa-Pietrzak received 107,569 votes, or 53.41% of valid votes, while her opponent,
Tomasz Jan Grabowski, received 93,834 votes, or 46.59%.</p>
<p>Turnout was 41.72%: 203,307 of the 487,312 registered voters cast ballots, and 1,904 ballots
were declared invalid. In the first round on 13 September, turnout had been 44.88%.</p>
<p>The result was slightly closer than the exit poll published on Sunday evening, which had
overstated Sowa-Pietrzak's share by about eight-tenths of a percentage point. Opinia Research,
which conducted the poll, said the difference was well within its margin of error.</p>
<p>Sowa-Pietrzak, 52, an economist by training, was deputy mayor of Wrocław responsible for
investment from 2019 to 2025. She left city hall last year after a dispute with the then mayor,
Piotr Wąsik, over the financing of flood defences, a fact her opponent highlighted throughout the
campaign. Wąsik resigned in May to become minister of infrastructure, and the city has since
been run by an acting mayor appointed by the prime minister, Krzysztof Lewandowski.</p>
<p>She is expected to take the oath of office at a session of the city council on 8 October,
when Lewandowski's mandate ends.</p>
<p>Grabowski, 47, has been a member of the Sejm since 2019 and was the opposition's most
prominent figure in Lower Silesia. He returns to parliament weakened, party colleagues
acknowledged. "We hoped for better, but forty-six percent in Wrocław is not a defeat of the
right, it is a foundation," said one senior opposition lawmaker, who asked not to be named.</p>
<p>Government spokesman Adam Szulc called the result "a clear message that Poles want
competent, calm local government". Coalition strategists privately said they had feared a
closer race after the first round, in which the combined vote of the right-wing candidates
exceeded 40%.</p>
<p>Analysts warned against reading too much into a single city. "Wrocław is a liberal, young,
university city. A win here tells you more about the opposition's ceiling in big cities than
about the government's strength nationally," said Dr Beata Kowal, a political scientist at the
University of Wrocław. She pointed out that turnout fell by more than three points between the
two rounds, mainly in the outer districts.</p>
<p>The third-placed candidate in the first round, the independent activist Ewa Nowicka, who won
14.1%, said on Monday she would support the new mayor's housing plans "issue by issue" but
would not join her administration.</p>
<p>Sowa-Pietrzak's first test will be the city's 2027 budget, which must be presented to the
council by 15 November. She has promised a municipal housing programme worth PLN 1.4bn over five
years and faster construction of the tram line to Jagodno, but the city's debt is already close
to the legal limit, according to the regional audit chamber.</p>
<p>"The campaign is over. Now the accounting begins," she told reporters outside city hall on
Monday afternoon.</p>
"""

_EL4_BODY = """
<p>Wrocław has a new mayor-elect, and she has less than two weeks before she moves into the
office on the first floor of the New City Hall. Magdalena Sowa-Pietrzak won Sunday's runoff with
just over 53% of the vote, beating Tomasz Grabowski by about 13,700 votes, according to the
official results published on Monday.</p>
<p>Turnout in the second round was nearly 42%, down from almost 45% two weeks earlier. Fewer than
204,000 of the city's roughly 487,000 eligible voters went to the polls.</p>
<p>The map of the result follows a familiar pattern. Sowa-Pietrzak won in four of the five
former districts of the city: Stare Miasto, where she took 58.2%, Śródmieście (55.3%), Krzyki
(56.0%) and Fabryczna (54.1%). Grabowski was ahead only in Psie Pole, where he won 51.6%, helped
by strong support in the estates of the north-east, which were hit hardest by the floods of
2024.</p>
<p>"I know that Psie Pole did not vote for me, and I know why," Sowa-Pietrzak said on Monday.
"The people there were promised new flood walls two years ago and they are still waiting.
That will be the first file on my desk."</p>
<p>She takes the oath at a session of the city council on Thursday, 8 October. Until then the
city remains in the hands of the acting mayor, Krzysztof Lewandowski, who was appointed by the
prime minister in May after Piotr Wąsik left to become minister of infrastructure. Lewandowski
said he had prepared a handover report of about 300 pages and would meet the mayor-elect on
Wednesday.</p>
<p>The names of her deputies are the first thing city hall watchers want to know. Sowa-Pietrzak
said she would appoint three deputy mayors rather than the four who served under Wąsik, and
that at least one of them would come from outside her own electoral committee. Asked whether she
had offered a post to Ewa Nowicka, the urban activist who came third in the first round, she
only smiled and said: "I talk to everyone."</p>
<p>Nowicka, for her part, told the Observer that she would not take a job in city hall. "I will
be the one checking whether the promises are kept," she said.</p>
<p>The deadlines are tight. The draft budget for 2027 must be submitted to the city council by
15 November, and the new mayor wants it to include the first tranche of her PLN 1.4 billion
municipal housing programme, as well as money for the tram line to Jagodno, which the previous
administration postponed twice. Council sources say the city has room to borrow only about PLN
220 million next year without breaching the legal debt limit.</p>
<p>On Monday, the mayor-elect repeated the line she had used on election night: Wrocław, she
said, had chosen "a city that works for everyone". Her defeated rival was less conciliatory.
Grabowski, who returns to the Sejm, said his camp would "watch every zloty" and would field a
candidate again in the regular local elections in 2029.</p>
<p>For residents, the practical changes will come slowly. The parking charges that Grabowski
promised to cut will stay as they are, Sowa-Pietrzak said, but the city will review the
boundaries of the paid parking zone next year. She also promised to publish the city's
contracts online within 100 days.</p>
<p>Whether that pace can be sustained is another matter. Her term will last only until 2029, two
and a half years, and much of it will be spent dealing with projects she did not start.</p>
"""

_EL_ARTICLES = [
    _art(
        "https://www.cewire.example/europe/poland/2026/09/27/wroclaw-mayor-runoff",
        site="Central Europe Wire",
        title="Former deputy mayor Sowa-Pietrzak set to win Wroclaw runoff | Central Europe Wire",
        description="Partial results show Magdalena Sowa-Pietrzak ahead in the Wroclaw "
        "mayoral runoff; her rival concedes.",
        section="Europe",
        nav=["Europe", "Poland", "Czech Republic", "Hungary", "Slovakia", "Austria", "Markets"],
        headline="Former deputy mayor Sowa-Pietrzak set to win Wroclaw runoff, rival concedes",
        standfirst="Coalition-backed candidate leads with 52.9 percent with most votes counted.",
        byline='By Marta Zielinska · <time datetime="2026-09-27T23:58:00+02:00">Sept 27, 2026'
        "</time> · Updated Sept 28, 01:20",
        body=_EL1_BODY,
        related_title="Top stories",
        related=[
            "Czech senate runoffs: coalition wins 9 of 27 seats",
            "Slovakia's parliament passes 2027 budget with 79 votes",
            "Hungarian opposition rallies 40,000 in Budapest",
            "Austria's Styria sets state election for 14 March 2027",
        ],
        caption="Magdalena Sowa-Pietrzak greets supporters in Wroclaw on Sunday night.",
        credit="CEW/Piotr Malec",
        footer="© 2026 Central Europe Wire. All rights reserved.",
        published="2026-09-27T23:58:00+02:00",
        modified="2026-09-28T01:20:00+02:00",
        jsonld=True,
        author="Marta Zielinska",
    ),
    _art(
        "https://radioodra24.example/wybory-2026/wroclaw-druga-tura-relacja-en",
        site="Radio Odra 24",
        title="Wrocław runoff: results night as it happened | Radio Odra 24",
        description="Exit poll, partial results and reactions from the second round of "
        "Wrocław's early mayoral election.",
        section="Elections 2026",
        nav=["News", "Wrocław", "Lower Silesia", "Elections 2026", "Sport", "Listen"],
        headline="Wrocław runoff: results night, as it happened",
        standfirst="Live updates from the second round of the early mayoral election: exit "
        "poll, partial results and the candidates' reactions. All times local.",
        byline="Live updates by Karolina Mazur, Szymon Bąk and the Radio Odra 24 newsroom",
        body=_EL2_BODY,
        related_title="Also on Radio Odra 24",
        related=[
            "Śląsk Wrocław beat Lech 2-1 in front of 38,000",
            "A4 motorway: lane closures near Kąty Wrocławskie until 30 October",
            "Odra water level at 312 cm in Trestno, no flood warning",
            "Wrocław zoo welcomes twin red pandas",
        ],
        caption="Counting the votes at a polling station in the Krzyki district.",
        credit="Photo: Radio Odra 24 / Anna Wolska",
        footer="© 2026 Radio Odra 24 sp. z o.o. Regional public radio for Lower Silesia.",
        published="2026-09-27T20:40:00+02:00",
        modified="2026-09-28T02:10:00+02:00",
        meta_time=True,
        lang="en",
    ),
    _art(
        "https://www.warsawledger.example/politics/sowa-pietrzak-wins-wroclaw-official-result",
        site="The Warsaw Ledger",
        title="Sowa-Pietrzak wins Wrocław by 13,735 votes as turnout slips - The Warsaw Ledger",
        description="Official results confirm the coalition-backed candidate's victory in "
        "Wrocław's early mayoral election.",
        section="Politics",
        nav=["Poland", "Politics", "Business", "World", "Opinion", "Culture"],
        headline="Sowa-Pietrzak wins Wrocław by 13,735 votes as turnout slips",
        standfirst="Official count confirms coalition-backed candidate's victory; analysts "
        "caution against national conclusions.",
        byline="By Jakub Wróbel in Wrocław and Natalia Czerwińska in Warsaw",
        body=_EL3_BODY,
        related_title="Most read",
        related=[
            "Sejm approves defence spending of 4.8% of GDP for 2027",
            "Inflation in Poland eases to 3.1% in September, flash estimate shows",
            "Gdańsk shipyard wins 1.2 billion zloty frigate order",
            "Opinion: Why turnout in local elections keeps falling",
        ],
        caption="Mayor-elect Magdalena Sowa-Pietrzak outside Wrocław city hall on Monday.",
        credit="Photograph: The Warsaw Ledger / Tomasz Lis",
        footer="© 2026 Warsaw Ledger Media S.A. All rights reserved.",
        published="2026-09-28T16:10:00+02:00",
        jsonld=True,
        author="Jakub Wróbel",
    ),
    _art(
        "https://wroclawobserver.example/city-hall/mayor-elect-first-weeks",
        site="Wrocław Observer",
        title="Mayor-elect Sowa-Pietrzak: the map, the deadlines and the first file - Wrocław "
        "Observer",
        description="Where she won, where she lost, and what the new mayor must do before "
        "the 2027 budget.",
        section="City Hall",
        nav=["City", "City Hall", "Transport", "Housing", "Events", "Food"],
        headline="Mayor-elect Sowa-Pietrzak: the map, the deadlines and the first file",
        standfirst="Four districts out of five, a budget due in November and a promise to "
        "Psie Pole.",
        byline="By Agnieszka Kurek | Tuesday, 29 September 2026",
        body=_EL4_BODY,
        related_title="Most read this week",
        related=[
            "Tram line 74 suspended on Grabiszyńska until 12 October",
            "New footbridge over the Odra opens after 18 months",
            "Rents in Wrocław up 6% year on year, portal says",
            "Christmas market on the Rynek to open on 20 November",
        ],
        caption="Wrocław's New City Hall on Sukiennice street.",
        credit="Photo: Wrocław Observer",
        footer="© 2026 Wrocław Observer. Independent local journalism since 2014.",
    ),
]

_EL_STORY = {
    "id": "el-FC2",
    "part": "FC",
    "domain": "election",
    "fetched": "2026-09-30",
    "articles": _EL_ARTICLES,
    "planted": [],
}

# ---------------------------------------------------------------------------------------------
# ct-FC3 — Regional Court in Brno, road-tender verdict, Tuesday 20 October 2026 (CONTROL)
# ---------------------------------------------------------------------------------------------

_CT1_BODY = """
<p>BRNO, Czech Republic, Oct 20 (CEW) - A Czech court on Tuesday sentenced Radim Kolar, a former
deputy governor of the South Moravian Region, to seven years in prison for rigging public
tenders for road construction, in one of the country's biggest regional corruption cases in a
decade.</p>
<p>The Regional Court in Brno also sentenced construction entrepreneur Miroslav Tichy to five
and a half years and ordered the two men to pay the region 186 million crowns ($8.6 million) in
damages. The verdict, which presiding judge Hana Vesela began reading at 10:40 a.m. (0840 GMT),
is not final and can be appealed.</p>
<p>Kolar, 58, who was responsible for transport and regional roads from 2018 until his
resignation in 2023, was found guilty of abuse of power by a public official and of arranging
an advantage in the award of public contracts. In addition to the prison term, he was fined 2.5
million crowns and banned from holding public office for 10 years.</p>
<p>Prosecutors had sought nine years for Kolar and seven for Tichy.</p>
<p>"The defendants turned public procurement into a private business, and the taxpayers of the
region paid for it," Vesela said as she explained the ruling to a packed courtroom.</p>
<p>According to the indictment, Kolar and Tichy agreed in advance on the winners of 11 road
contracts worth a combined 1.2 billion crowns that the regional roads administration awarded
between 2019 and 2022. Competing bids were supplied by friendly firms and priced to lose, and
Tichy's company or its subcontractors won every one of the tenders, prosecutors said.</p>
<p>The court fined Tichy's company, Tichy Stavby, 12 million crowns and banned it from taking
part in public tenders for five years. Jana Urbanova, a former head of procurement at the
regional roads administration, received a three-year suspended sentence. A fourth defendant,
engineering consultant Ladislav Horak, was acquitted.</p>
<p>Kolar, who has denied wrongdoing throughout the trial, told reporters outside the courtroom
that he had "never taken a single crown" and would appeal. His lawyer, Tomas Benes, said the
verdict rested on circumstantial evidence and on the testimony of a single cooperating
witness.</p>
<p>"We will appeal. The court ignored everything that did not fit the prosecution's story,"
Benes said.</p>
<p>The cooperating witness, a former manager at Tichy's firm, was given a suspended sentence in
separate proceedings last year after admitting his part in the scheme.</p>
<p>Police detained Kolar and Tichy in March 2023 after raids on 14 locations, including the
regional authority's offices in Brno. Kolar resigned from his post as deputy governor a month
later. The trial opened in January.</p>
<p>Any appeal will be heard by the High Court in Olomouc.</p>
<p>Corruption in public procurement has long been one of the main concerns raised about the Czech
Republic by the European Commission and by anti-graft groups, who say that cases involving
regional politicians rarely end in prison sentences.</p>
<p>(Reporting by Petr Dolezal; Editing by Julian Frost)</p>
"""

_CT2_BODY = """
<p><em>Updated at 15:20 with reaction from the regional governor and the prosecutor.</em></p>
<p>The Regional Court in Brno on Tuesday sentenced the former deputy governor of the South
Moravian Region, Radim Kolář, to seven years in prison for rigging tenders for regional road
contracts. The court also ordered him and the businessman Miroslav Jan Tichý to pay CZK 186
million, around €7.4 million, in damages to the region. The verdict is not yet legally
binding.</p>
<p>Presiding judge Hana Veselá began reading the verdict at 10:40, after a trial that lasted 38
hearing days and heard 61 witnesses. Tichý, the owner of the construction firm Tichý Stavby,
received five and a half years in prison. His company was fined CZK 12 million and may not
take part in public procurement for five years.</p>
<p>Jana Urbanová, formerly in charge of procurement at the regional roads administration, was
given three years, suspended for a probationary period of five years. The fourth defendant,
the consultant Ladislav Horák, was acquitted because, the court said, it had not been proven
that he knew the tenders were rigged.</p>
<p>"The defendants turned public procurement into their private business, and the taxpayers of
the region paid the bill," Judge Veselá said. She said the court had relied not only on the
testimony of a former employee of Tichý's firm, but also on bank records, emails and
intercepted phone calls.</p>
<p>Kolář, who besides the prison term was fined CZK 2.5 million and banned from public office
for ten years, listened to the verdict without visible emotion. Outside the courtroom he told
journalists he was innocent and would appeal. "I have never taken a single crown from anyone,"
he said.</p>
<p>His lawyer, Tomáš Beneš, said the defence would file an appeal to the High Court in Olomouc.
"The verdict rests on circumstantial evidence and on one witness who bought himself a milder
sentence," he said.</p>
<p>The regional prosecutor, Pavel Šimek, who had proposed nine years for Kolář and seven years
for Tichý, said his office would study the written verdict before deciding whether to appeal
against the sentences and against the acquittal of Horák. "The court accepted the essence of
the indictment, and that is what matters most," Šimek said.</p>
<p>The current governor of the South Moravian Region, Jan Pospíšil, said the region would do
everything it could to recover the money. "These were funds intended for the roads that people
in our villages use every day. We will claim every crown," he said. The region has already
secured part of the defendants' property, including two apartments in Brno and a holiday
house near the Vranov dam.</p>
<p>The case concerns 11 road contracts worth a total of CZK 1.2 billion that were awarded by the
South Moravian roads administration between 2019 and 2022. Officers of the National Centre
Against Organised Crime arrested Kolář and Tichý in March 2023 after searching 14 locations.
Kolář, then a deputy governor responsible for transport, resigned in April of that year. The
indictment was filed in June 2025 and the trial began in January this year.</p>
<p>Anti-corruption groups welcomed the verdict. "It is rare for a regional politician in this
country to receive an unconditional prison sentence of this length," said Lucie Procházková of
the watchdog Transparent Region.</p>
"""

_CT3_BODY = """
<p>The Regional Court in Brno's first-instance judgment in the so-called South Moravian roads
case, delivered on Tuesday, 20 October, is notable less for the length of the main sentence than
for how the court treated the evidence and the region's damages claim. Below we summarise the
ruling and what comes next.</p>
<p><strong>The sentences.</strong> The senate chaired by Judge Hana Veselá found the former
deputy governor of the South Moravian Region, Radim Kolář, guilty of abuse of power by a public
official under Section 329 of the Criminal Code and of arranging an advantage in the award of a
public contract under Section 256. He received seven years in a guarded prison, a fine of CZK
2.5 million and a ten-year ban on holding public office. The prosecution had sought nine
years.</p>
<p>The businessman Miroslav Tichý received five years and six months; the prosecution had asked
for seven. His company, Tichý Stavby s.r.o., was convicted as a legal entity and fined CZK 12
million, with a five-year ban on participating in public procurement. Jana Urbanová, the former
procurement chief of the regional roads administration, received a three-year sentence
suspended for a probationary period of five years. The consultant Ladislav Horák was acquitted
because it was not proven that he had committed the act.</p>
<p>In total, then, four individuals and one company stood trial; three individuals and the
company were convicted.</p>
<p><strong>Damages.</strong> The court ordered Kolář and Tichý to pay, jointly and severally, CZK
186.3 million to the South Moravian Region. The region, as the injured party, had claimed CZK
241 million. The court referred the remainder of the claim to civil proceedings, finding that
part of the alleged overpricing could not be quantified reliably in the criminal trial. At
current exchange rates the damages awarded correspond to roughly €7.4 million.</p>
<p><strong>The evidence.</strong> Much of the defence's case rested on attacking the credibility
of the cooperating witness, a former Tichý Stavby manager who was sentenced in separate
proceedings in 2025 to two years, suspended, after a plea agreement. Judge Veselá said the
court had not relied on his testimony alone, citing bank records, emails and wiretaps. The
written judgment, expected within weeks, will show how much weight the court gave to each.</p>
<p>"This is a careful judgment on the evidence, and that makes it harder to overturn on appeal,"
said Prof. Markéta Šebestová of the Faculty of Law at Masaryk University. "The partial
referral of the damages claim to civil courts is also quite typical. Criminal courts are
reluctant to calculate overpricing on complex construction contracts."</p>
<p><strong>Appeals.</strong> The judgment is not final. The parties have eight days from
delivery of the written judgment to appeal to the High Court in Olomouc. Kolář's lawyer, Tomáš
Beneš, announced an appeal immediately; the regional public prosecutor, Pavel Šimek, said he
would decide after studying the written reasons, including on the acquittal of Horák.</p>
<p><strong>Comparison.</strong> The sentence is at the upper end for regional procurement cases.
In 2024 the Regional Court in Ostrava sentenced a former deputy mayor to six years in a similar
case involving CZK 94 million in damages; the High Court in Olomouc later reduced that sentence
to five years.</p>
<p><strong>Timeline.</strong> The tenders at issue, 11 road contracts worth CZK 1.2 billion, were
awarded between 2019 and 2022. The police operation took place in March 2023 with searches at 14
locations; the indictment was filed in June 2025, and the main hearing opened in January 2026
and took 38 hearing days.</p>
"""

_CT_ARTICLES = [
    _art(
        "https://www.cewire.example/europe/czech-republic/2026/10/20/brno-court-road-tenders",
        site="Central Europe Wire",
        title="Czech court jails ex-regional official for seven years over rigged road tenders"
        " | Central Europe Wire",
        description="The Regional Court in Brno sentenced former South Moravian deputy "
        "governor Radim Kolar to seven years in prison.",
        section="Europe",
        nav=["Europe", "Poland", "Czech Republic", "Hungary", "Slovakia", "Austria", "Markets"],
        headline="Czech court jails ex-regional official for seven years over rigged road "
        "tenders",
        standfirst="Businessman gets five and a half years; two men ordered to pay 186 million "
        "crowns.",
        byline='By Petr Dolezal · <time datetime="2026-10-20T12:05:00+02:00">Oct 20, 2026, '
        "12:05</time>",
        body=_CT1_BODY,
        related_title="Top stories",
        related=[
            "Slovak prosecutors charge 3 ex-police officers in bribery case",
            "Czech government approves 2027 budget with 286 billion crown deficit",
            "Poland's top court rules on judges' appointments in 7-4 vote",
            "Austrian ex-minister acquitted of perjury on appeal",
        ],
        caption="Radim Kolar arrives at the Regional Court in Brno on Tuesday.",
        credit="CEW/Vaclav Salek",
        footer="© 2026 Central Europe Wire. All rights reserved.",
        published="2026-10-20T12:05:00+02:00",
        modified="2026-10-20T13:30:00+02:00",
        jsonld=True,
        author="Petr Dolezal",
    ),
    _art(
        "https://english.radiomorava.example/news/kolar-seven-years-road-tenders",
        site="Radio Morava English",
        title="Ex-deputy governor Kolář gets seven years in South Moravian tender case - Radio "
        "Morava English",
        description="Court in Brno convicts former deputy governor, businessman and official; "
        "consultant acquitted.",
        section="News",
        nav=["News", "Brno", "Region", "Business", "Culture", "Sport", "Listen"],
        headline="Ex-deputy governor Kolář gets seven years in South Moravian tender case",
        standfirst="Region will claim every crown, says current governor; defence to appeal.",
        byline='Veronika Kratochvílová · <time datetime="2026-10-20T11:02:00+02:00">20 '
        "October 2026</time>",
        body=_CT2_BODY,
        related_title="Most read",
        related=[
            "D1 motorway near Brno closed overnight on 23 and 24 October",
            "South Moravian wine harvest down 12% after June hailstorms",
            "Brno exhibition centre to host 2027 engineering fair",
            "Znojmo hospital opens 40-bed geriatric ward",
        ],
        caption="Presiding judge Hana Veselá reads the verdict at the Regional Court in Brno.",
        credit="Photo: Radio Morava / Jiří Navrátil",
        footer="© 2026 Radio Morava. Public service regional broadcaster.",
        published="2026-10-20T11:02:00+02:00",
        modified="2026-10-20T15:20:00+02:00",
        meta_time=True,
    ),
    _art(
        "https://ceelegalreview.example/litigation/brno-roads-case-first-instance-judgment",
        site="CEE Legal Review",
        title="Brno roads case: what the first-instance judgment says | CEE Legal Review",
        description="Sentences, damages, evidence and the route to appeal in the South "
        "Moravian roads case.",
        section="Litigation & White Collar",
        nav=["Litigation", "White Collar", "Regulatory", "Deals", "People", "Events"],
        headline="Brno roads case: what the first-instance judgment says",
        standfirst="Seven years for the former deputy governor, a partial damages award and an "
        "appeal already announced.",
        byline="By Martin Holub, Prague correspondent · 21 October 2026",
        body=_CT3_BODY,
        related_title="Also on CEE Legal Review",
        related=[
            "Polish Supreme Court: 3 new chambers from January 2027",
            "Hungary's competition authority fines retailers HUF 4.1 billion",
            "Slovakia raises whistleblower awards to €50,000",
            "People moves: Kraków partner joins Vienna firm",
        ],
        caption="The Regional Court in Brno.",
        credit="Photo: CEE Legal Review archive",
        footer="© 2026 CEE Legal Review. Subscribers may share up to five articles a month.",
        newsletter="Weekly briefing on courts, regulation and deals in Central and Eastern "
        "Europe.",
    ),
]

_CT_STORY = {
    "id": "ct-FC3",
    "part": "FC",
    "domain": "court",
    "fetched": "2026-10-22",
    "articles": _CT_ARTICLES,
    "planted": [],
}

# ---------------------------------------------------------------------------------------------
# tr-FC4 — Hungary's September 2026 trade balance, KSH first estimate, Monday 9 November 2026
# (PLANTED: 3)
# ---------------------------------------------------------------------------------------------

_TR1_BODY = """
<p>BUDAPEST, Nov 9 (Danubia Press) - Hungary's trade surplus widened to 1.11 billion euros
($1.28 billion) in September from 640 million euros a year earlier, first estimates from the
Central Statistical Office (KSH) showed on Monday, beating analysts' expectations as exports of
cars and batteries picked up.</p>
<p>The median forecast of 11 analysts polled by Danubia Press had been for a surplus of 950
million euros, with estimates ranging from 700 million to 1.2 billion euros.</p>
<p>Exports rose 4.8 percent year on year in euro terms to 13.42 billion euros, while imports
increased 2.1 percent to 12.31 billion euros, the KSH said in its release, published at 0830
local time (0730 GMT).</p>
<p>The statistics office also revised the August surplus up to 910 million euros from a first
estimate of 840 million euros.</p>
<p>In the first nine months of the year, the surplus reached 9.74 billion euros, compared with
8.06 billion euros in the same period of 2025.</p>
<p>"Hungarian industry is back on an export path," Minister for National Economy Marton Farkas
said in a statement, pointing to new production lines at car and battery plants that started
up over the summer. He said the government expected the full-year surplus to exceed 12 billion
euros.</p>
<p>Analysts were more cautious. "The surplus was flattered by lower energy import costs, but the
export side is genuinely improving," said Gergely Toth, senior analyst at Pannonia Bank. He
estimated that Hungary's energy import bill was about 11 percent lower than a year earlier,
thanks to cheaper natural gas.</p>
<p>Battery maker Voltaria Cells started a second production line at its plant in Debrecen, in
eastern Hungary, in July, and the country's car plants have increased output after a weak first
half, when several of them cut shifts because of falling demand in Germany, Hungary's largest
export market.</p>
<p>"The question is whether this is a trend or a bounce," Toth said. "German industrial orders
have not really turned yet, and a large part of Hungarian exports still depends on them."</p>
<p>Reka Balogh, an economist at Danube Capital Partners, said the September data suggested that
net exports would add to economic growth in the third quarter. The KSH will publish its flash
estimate of third-quarter gross domestic product later this week.</p>
<p>The forint was little changed after the data and traded at 389.6 per euro at 0915 GMT.</p>
<p>The KSH will publish detailed September trade data, including breakdowns by product group and
country, on December 9.</p>
<p>Hungary's economy has struggled to regain momentum since 2023, and the government has pinned
its hopes on large foreign investments in electric vehicle and battery production, which are
expected to lift exports further next year as new capacity comes on stream.</p>
<p>Economists will also be watching the central bank, which has kept interest rates on hold in
recent months and has said it wants to see a more stable forint before considering any change
in policy.</p>
<p>(Reporting by Gabor Sipos; Editing by Mark Ellison)</p>
"""

_TR2_BODY = """
<h3>10:30 GMT</h3>
<p><strong>Wrapping up the morning.</strong> A calm session in the region so far. The forint is
steady at 389.8 per euro after Hungary's stronger-than-expected trade data, the zloty is flat at
4.262 and the koruna slightly firmer at 24.29. Poland's bond switch auction went smoothly. We'll
be back with the afternoon session after 13:00 GMT.</p>
<h3>09:45 GMT</h3>
<p><strong>Hungary: what the surplus means for the forint.</strong> A bigger trade surplus
should in theory support the currency, but FX strategists are not getting excited. "The
current account is in good shape, and that has been true for most of the year. What moves the
forint is the rate differential and the budget," says one Budapest-based dealer. The forint is
at 389.8 per euro, a touch weaker than at the open.</p>
<h3>09:10 GMT</h3>
<p><strong>Poland: switch auction.</strong> Poland sold PLN 6.2bn of bonds in exchange for
paper maturing next year, at the upper end of the planned range. Demand was strongest for the
five-year line, traders said. Ten-year yields are down 2bp at 5.21%.</p>
<h3>08:20 GMT</h3>
<p><strong>Hungary: the view from the street.</strong> Réka Balogh, economist at Danube
Capital Partners, emails: "Net exports will have added to growth in the third quarter. We now
see Thursday's GDP flash at 0.6% quarter on quarter, up from 0.4%. The risk is that the trade
boost fades once the new production lines are fully ramped up." Gergely Tóth at Pannonia Bank
points to the energy bill, which he estimates was about 11% lower than a year ago.</p>
<h3>08:05 GMT</h3>
<p><strong>Czechia: jobless rate steady.</strong> The Czech Labour Office says the share of
unemployed people stood at 3.9% in October, unchanged from September and in line with
forecasts. No reaction in the koruna.</p>
<h3>07:40 GMT</h3>
<p><strong>Forint shrugs.</strong> EUR/HUF is at 389.4, barely changed after the trade
numbers. Traders say the market is focused on the central bank's rate meeting later this month
and on the budget revision expected from the government.</p>
<h3>07:32 GMT</h3>
<p><strong>Hungary: trade surplus beats consensus.</strong> The statistics office KSH reports a
trade surplus of €1.11bn for September (first estimate), against a consensus of €0.95bn and
€0.64bn a year ago. Exports rose 8.4% y/y in euro terms to €13.42bn; imports were up 2.1% to
€12.31bn. August was revised up to €0.91bn from €0.84bn. Year to date, the surplus is €9.74bn.
Minister for National Economy Márton Farkas said on Facebook that "Hungarian industry is back on
the export path".</p>
<h3>07:15 GMT</h3>
<p><strong>Today's calendar.</strong> Hungary's September trade balance (first estimate) is
due at 07:30 GMT; consensus is a surplus of €0.95bn. Czech October unemployment follows at
08:00 GMT. Poland holds a bond switch auction, with results expected around 09:00 GMT. The
rest of the week brings Czech and Hungarian October inflation and flash third-quarter GDP
figures across the region.</p>
<h3>06:45 GMT</h3>
<p><strong>Good morning</strong> and welcome to our live coverage of Central and Eastern
European markets. Regional currencies start the week on a quiet note after Friday's US jobs
report. The forint opens at 389.7 per euro and the zloty at 4.263. Brent crude is slightly
lower. European stock futures point to a flat open. As always, all times on this page are
GMT, one hour behind Budapest, Prague and Warsaw.</p>
"""

_TR3_BODY = """
<p>Hungary's foreign trade surplus rose to €1.11 billion in September, according to the first
estimate published by the Central Statistical Office (KSH) on Monday, well above the €0.64
billion recorded a year earlier and higher than most analysts had expected.</p>
<p>In forint terms, the surplus amounted to HUF 432 billion. The value of exports was HUF 5,228
billion, 3.9% more than a year earlier, while imports rose to HUF 4,796 billion. In euro terms,
exports were up 4.8% at €13.42 billion and imports 2.1% higher at €12.31 billion; the difference
between the two growth rates reflects the forint's movement against the euro over the past
year.</p>
<p>The statistics office also raised its estimate of August's surplus, to €0.91 billion from
€0.84 billion. Over the first nine months of the year, the surplus reached €9.7 billion,
compared with €8.1 billion in January–September 2025.</p>
<p>Finance Minister Márton Farkas welcomed the figures. "Hungarian industry is back on the
export path, and the new factories are starting to pay off," he said in a video posted on
social media on Monday morning. He said the government was counting on a full-year surplus of
more than €12 billion.</p>
<p>Zsófia Kertész, head of the trade statistics department at the KSH, cautioned that the
figures were a first estimate based on customs declarations and the intra-EU Intrastat
reports, and that they would be revised when detailed data, broken down by product and by
country, are published on 9 December. "First estimates for a single month can move by several
tens of millions of euros," she told the Budapest Business Daily.</p>
<p>Economists broadly agreed that the direction was encouraging. Gergely Tóth, an analyst at
Pannonia Bank, said that two factors were at work: a recovery in vehicle and battery exports,
and a lower bill for imported energy. "The first is good news; the second is luck," he said.
"If gas prices rise again this winter, part of this improvement will disappear."</p>
<p>Much of the export growth is concentrated in a handful of large plants. The battery maker
Voltaria Cells opened a second production line in Debrecen in July, and the Kecskemét car plant
of Pannon Motor Works returned to three-shift operation in August after cutting a shift in the
spring. Suppliers in the western counties also reported stronger orders, although many of them
still depend on a German market that has barely grown this year.</p>
<p>For the government, the timing is welcome. The budget deficit target for this year has
already been raised once, and ministers have argued that stronger exports and a recovery in
industry will lift tax revenues in the final quarter. The KSH will publish its first estimate
of third-quarter GDP on Thursday.</p>
<p>Not everyone is convinced that the improvement will last. The Hungarian Chamber of Commerce
and Industry said in its latest survey, published at the end of October, that only 31% of
exporting members expected higher foreign orders in the next six months, down from 36% in the
spring.</p>
<p>The forint was broadly unchanged on Monday, trading just below 390 per euro in the
afternoon.</p>
"""

_TR4_BODY = """
<p>Hungary's September trade figures, published by the Central Statistical Office (KSH) on
Monday, showed a surplus of €1.11bn, equivalent to about $1.28bn, as exports grew 4.8% year on
year in euro terms to €13.42bn and imports rose 2.1% to €12.31bn. For freight forwarders and
logistics operators the more interesting story lies in what is being shipped and where.</p>
<p>The monthly first estimate does not break down trade by product. But the detailed data for
January to August, published in October, show how much the country's export base has shifted
towards vehicles and batteries. Machinery and transport equipment accounted for 55.8% of
Hungary's exports in the first eight months, and exports of lithium-ion batteries and cells
reached €4.1bn, up 17% on the same period of 2025.</p>
<p>A large share of that growth comes from a single site: the Voltaria Cells plant in
Nyíregyháza, which brought its second production line into operation in July. The company says
the plant now ships about 40 truckloads of cells and modules a day, most of them to car plants
in Germany, Slovakia and the Czech Republic.</p>
<p>"Battery cells are heavy, dangerous-goods cargo, and the volumes have grown faster than the
infrastructure," said András Molnár, managing director of Tisza Logistics, which handles part
of the plant's outbound freight. "We are moving more of it by rail to the German hubs, but
capacity on the main line through Budapest is the bottleneck."</p>
<p>Germany remained Hungary's largest export destination in the January–August data, with a
share of 24.6%, followed by Slovakia, Romania and Italy. Imports from China, mostly components
and materials for the battery and electronics sectors, rose faster than total imports.</p>
<p>Minister for National Economy Márton Farkas said on Monday that "Hungarian industry is back on
the export path" and that the government expected a full-year trade surplus of more than €12bn.
The ministry has made logistics one of the priorities of its investment programme, with plans
for a new intermodal terminal in the east of the country.</p>
<p>The KSH's Zsófia Kertész noted that the September numbers were a first estimate and that
detailed figures would follow on 9 December. "Monthly first estimates do get revised, sometimes
by tens of millions of euros," she said. In Monday's release, the August surplus was revised to
€0.91bn from €0.84bn.</p>
<p>For the first nine months of the year, the surplus stood at €9.74bn, compared with €8.06bn a
year earlier. The improvement owes something to lower import prices for energy: Pannonia Bank's
Gergely Tóth estimates that the energy import bill was around 11% lower in September than a
year ago.</p>
<p>Hauliers are less upbeat than the headline figures suggest. Road freight rates on the
Hungary–Germany corridor have fallen by about 6% this year as new capacity entered the market,
and several mid-sized carriers have cut their fleets. "Volumes are up, margins are not," Molnár
said.</p>
<p>The next test will come in the fourth quarter, when car makers traditionally slow production
around the holidays. Freight operators say bookings for November are in line with last year,
with battery shipments the main exception.</p>
"""

_TR_ARTICLES = [
    _art(
        "https://www.danubiapress.example/business/2026/11/09/hungary-trade-surplus-september",
        site="Danubia Press",
        title="Hungary's September trade surplus widens to 1.11 bln euros, beats forecasts | "
        "Danubia Press",
        description="Hungary's trade surplus rose to 1.11 billion euros in September, KSH "
        "first estimates showed.",
        section="Business",
        nav=["World", "Business", "Markets", "Politics", "Technology", "Sport"],
        headline="Hungary's September trade surplus widens to 1.11 bln euros, beats forecasts",
        standfirst="Exports of cars and batteries pick up; August surplus revised higher.",
        byline='By Gabor Sipos · <time datetime="2026-11-09T09:02:00+01:00">November 9, 2026 '
        "9:02 AM</time>",
        body=_TR1_BODY,
        related_title="More from Business",
        related=[
            "Polish retail sales up 2.7% in October",
            "Slovak carmaker output hits 1.05 million vehicles",
            "Romania's trade deficit widens to 3.2 bln euros in September",
            "Austrian business confidence falls to 94.1 points",
        ],
        caption="Containers at the BILK logistics terminal in Budapest.",
        credit="Photo: Danubia Press/Zoltan Fekete",
        footer="© 2026 Danubia Press. All rights reserved. Republication without permission "
        "is prohibited.",
        published="2026-11-09T09:02:00+01:00",
        jsonld=True,
        author="Gabor Sipos",
    ),
    _art(
        "https://marketpulse-eu.example/live/cee-markets-2026-11-09",
        site="MarketPulse Europe",
        title="CEE markets live: Hungary trade surplus beats forecasts, forint steady - "
        "MarketPulse Europe",
        description="Live coverage of Central and Eastern European markets and data on "
        "9 November 2026.",
        section="Markets live",
        nav=["Markets live", "FX", "Rates", "Equities", "Commodities", "Calendar"],
        headline="CEE markets live: Hungary trade surplus beats forecasts, forint steady",
        standfirst="Hungarian trade, Czech unemployment and a Polish bond auction. All times "
        "GMT.",
        byline="By Oliver Brandt in London",
        body=_TR2_BODY,
        related_title="Trending on MarketPulse",
        related=[
            "EUR/PLN: three reasons the zloty could test 4.20",
            "Gold slips to 2,910 dollars an ounce",
            "Week ahead: Czech CPI on 10 November, Hungarian CPI on 11 November",
            "Turkish lira hits record low of 44.8 per dollar",
        ],
        caption="Trading screens at a London brokerage.",
        credit="MarketPulse Europe",
        footer="© 2026 MarketPulse Europe Ltd. Prices delayed by at least 15 minutes.",
        published="2026-11-09T06:45:00+00:00",
        modified="2026-11-09T10:30:00+00:00",
        meta_time=True,
    ),
    _art(
        "https://bpbusinessdaily.example/economy/trade-surplus-september-first-estimate",
        site="Budapest Business Daily",
        title="Trade surplus jumps in September on car and battery exports - Budapest Business "
        "Daily",
        description="Hungary's trade surplus rose to €1.11 billion (HUF 432 billion) in "
        "September, the KSH said.",
        section="Economy",
        nav=["Economy", "Companies", "Real Estate", "Finance", "Energy", "Opinion"],
        headline="Trade surplus jumps in September on car and battery exports",
        standfirst="Statisticians caution that the first estimate will be revised; economists "
        "see luck as well as strength.",
        byline="Dóra Szalai · 10 November 2026",
        body=_TR3_BODY,
        related_title="Most read",
        related=[
            "Budapest office vacancy rate climbs to 13.9%",
            "Pannon Oil to invest HUF 120 billion in Százhalombatta refinery",
            "Carpathia Air adds 8 routes from Budapest in 2027",
            "Property prices rose 9% in Q3, says land registry",
        ],
        caption="A car transporter on the M5 motorway near Kecskemét.",
        credit="Photo: BBD / Ákos Varga",
        footer="© 2026 Budapest Business Daily Kft. All rights reserved.",
    ),
    _art(
        "https://freighttrade-cee.example/analysis/hungary-september-trade-batteries-logistics",
        site="Freight & Trade CEE",
        title="Hungary's trade surplus: batteries, rail and the bottleneck | Freight & Trade CEE",
        description="What Hungary's September trade data mean for freight and logistics "
        "operators.",
        section="Analysis",
        nav=["News", "Analysis", "Rail", "Road", "Air Cargo", "Customs", "Events"],
        headline="Hungary's trade surplus: batteries, rail and the bottleneck",
        standfirst="The September figures are strong. The freight behind them is straining the "
        "network.",
        byline='By Hannah Vogel · <time datetime="2026-11-10T11:00:00+01:00">10 Nov 2026'
        "</time>",
        body=_TR4_BODY,
        related_title="Related",
        related=[
            "Záhony transshipment volumes fall 14% as Ukraine trade shifts",
            "Koper port container throughput up 5% to 1.2 million TEU",
            "EU customs reform: what the 150-euro threshold change means",
            "Rail operator EuroCargo Link to cut 2,000 jobs by 2028",
        ],
        caption="Battery modules being loaded onto rail wagons.",
        credit="Photo: Freight & Trade CEE",
        footer="© 2026 Freight & Trade CEE. Published by Corridor Media GmbH, Vienna.",
        published="2026-11-10T11:00:00+01:00",
        jsonld=True,
        author="Hannah Vogel",
        newsletter="The weekly CEE freight briefing: rates, routes, regulation.",
    ),
]

_TR_STORY = {
    "id": "tr-FC4",
    "part": "FC",
    "domain": "trade",
    "fetched": "2026-11-11",
    "articles": _TR_ARTICLES,
    "planted": [
        ("year-on-year export growth in euro terms", r"\b4\.8\b", r"\b8\.4\b"),
        (
            "title of Márton Farkas",
            r"\b(minister (for|of) (the )?national economy|(national )?economy minister)\b",
            r"\bfinance minister\b",
        ),
        ("location of the Voltaria Cells battery plant", r"\bdebrecen\b",
         r"\bny[íi]regyh[áa]za\b"),
    ],
}

# ---------------------------------------------------------------------------------------------
# rk-FC5 — Orbis Dynamics Sokół-2 suborbital flight from Ustka, Thursday 15 October 2026
# (PLANTED: 3)
# ---------------------------------------------------------------------------------------------

_RK1_BODY = """
<p>USTKA, Poland, Oct 15 (BNA) - A rocket built by Polish start-up Orbis Dynamics crossed the
100-kilometre boundary of space on Thursday, the company said, making it the first
Polish-designed rocket to reach space.</p>
<p>The 10.4-metre Sokol-2 lifted off at 11:07 a.m. local time (0907 GMT) from a military
training ground near Ustka on the Baltic coast and reached a provisional peak altitude of 109
km (68 miles), according to telemetry data released by the company about half an hour after
launch.</p>
<p>The rocket carried nine experiments prepared by Polish universities in a capsule designed to
descend by parachute into the Baltic Sea about 38 km off the coast, where a recovery ship was
waiting. The company said the capsule's parachute had opened as planned and that the recovery
was under way.</p>
<p>"Today Poland touched space with a rocket of its own," Orbis Dynamics chief executive
Katarzyna Wisniewska told reporters at the range, where employees hugged and cheered as the
altitude figure appeared on the screens. "Two years ago many people told us this was a hobby.
Today it is a fact."</p>
<p>The launch came a day after a first attempt on Wednesday was called off four minutes before
liftoff because of strong winds at high altitude.</p>
<p>Flight director Jakub Mazur said the rocket's hybrid engine burned for 61 seconds and that
all systems had performed "nominally". "We will know the final altitude once we have analysed
the GPS data from the capsule, but it will not be lower than what we have now," he said.</p>
<p>Based in Gdansk, Orbis Dynamics was founded in 2019 by a group of engineers from the Gdansk
University of Technology and employs about 120 people. It says its Sokol programme has cost 38
million zlotys ($9.6 million) so far, including 14 million zlotys in grants from the Polish Space
Agency (POLSA).</p>
<p>The company's previous rocket, the Sokol-1, reached an altitude of 16.5 km in a test flight
from the same range in May 2025.</p>
<p>Marek Ostrowski, president of POLSA, said the flight showed that Poland could develop its own
access to space "step by step". "This is a small rocket, but it is a big moment for the Polish
space sector," he said.</p>
<p>Poland has been increasing its spending on space in recent years, including on satellites
for military reconnaissance, but has so far relied on foreign launch providers to put them
into orbit.</p>
<p>Orbis Dynamics plans to fly a larger rocket, the Sokol-3, in 2028, with the aim of carrying a
50 kg payload to an altitude of about 250 km. Wisniewska said the company was in talks with
investors about raising new capital next year but declined to give details.</p>
<p>The launch area was closed to shipping and aircraft for several hours, and hundreds of
spectators watched from the beaches around Ustka.</p>
<p>(Reporting by Ewa Kaminska; Editing by Julian Frost)</p>
"""

_RK2_BODY = """
<p>Hundreds of people lined the beach and the cliffs east of Ustka on Thursday morning, and at
11:47 they saw what they had come for: a thin white trail climbing almost vertically out of the
military range at Orzechowo and disappearing into the clouds within seconds.</p>
<p>A little over half an hour later, Orbis Dynamics, the Gdańsk company behind the Sokół-2
rocket, announced that it had reached an altitude of 109 km, according to preliminary data. That
is more than the 100 km that is generally regarded as the boundary of space, and it makes the
Sokół-2 the first Polish-built rocket to get there.</p>
<p>"Poland touched space today with its own rocket," said the company's chief executive,
Katarzyna Wiśniewska, her voice breaking as she spoke to journalists at the range. "And it
touched it from here, from the Pomeranian coast."</p>
<p>On the beach, the mood was festive. "I came with my grandson, who wants to be an astronaut,"
said Halina Borkowska, 71, from Słupsk. "We heard the rumble a few seconds after we saw the
flame. It was short, but we will remember it."</p>
<p>The flight had been postponed by a day. On Wednesday, the countdown was stopped four minutes
before launch because of strong high-altitude winds, and many of the spectators who came then
returned on Thursday.</p>
<p>The rocket itself was not recovered and fell into the sea as planned, but its payload capsule,
carrying seven experiments from Polish universities, came down under a parachute about 38 km
(24 miles) north of the coast. The recovery ship Wydma lifted it out of the water at 13:20,
and the capsule was brought into the port of Ustka in the late afternoon.</p>
<p>Chief engineer Paweł Zieliński, who met the ship at the quay, said the capsule appeared
undamaged. "The seals held, the parachute worked, the experiments are dry. Now the scientists
get their data," he said.</p>
<p>For the town, the launch was also a test of logistics. The road from Ustka to Orzechowo was
closed from 08:00 to 14:00, and the Maritime Office in Gdynia closed a large area of the sea to
shipping from 09:00 to 15:00. Local fishermen, who had complained about the closures, will
receive compensation from the company for lost fishing days, the mayor of Ustka, Grzegorz
Kaczmarek, said.</p>
<p>"We had a bit of everything today: tourists in October, television crews, full restaurants,"
Kaczmarek said. "If Orbis Dynamics wants to come back for the next rocket, they are welcome."</p>
<p>The company says its programme has cost PLN 38 million so far, of which PLN 14 million came in
grants from the Polish Space Agency. Its previous rocket, the Sokół-1, reached 16.5 km from the
same range in May 2025.</p>
<p>The next step is a larger rocket, the Sokół-3, which the company hopes to fly in 2028. Whether
it will also take off from Orzechowo has not yet been decided. The military, which owns the
range, said on Thursday that it was open to further civilian launches "on the same
conditions as today".</p>
<p>As the crowd dispersed in the early afternoon, a group of students from the Gdańsk University
of Technology, whose experiment was on board, unfurled a banner on the promenade. It read simply:
"We were there."</p>
"""

_RK3_BODY = """
<p>Orbis Dynamics has published the results of its post-flight analysis of the Sokół-2 mission,
and the numbers are better than the company announced on launch day. According to GPS data
recovered from the payload capsule, the rocket reached an apogee of 112.4 km (69.8 miles),
rather than the 109 km estimated from real-time telemetry.</p>
<p>The flight on 16 October lifted off at 11:07 CEST (09:07 UTC) from the Central Air Force
Training Ground near Ustka, on Poland's Baltic coast, after a previous attempt had been
scrubbed at T-minus four minutes because of upper-level winds. It was the first time a rocket
designed and built in Poland had crossed the 100 km Kármán line.</p>
<p><strong>The vehicle.</strong> The Sokół-2 is a single-stage, 10.4-metre rocket with a hybrid
engine burning a paraffin-based fuel with nitrous oxide. At liftoff it weighed about 1.4
tonnes. The engine burned for 61 seconds, accelerating the rocket to a maximum speed of about
5,900 km/h (3,670 mph). After burnout, the rocket coasted to apogee, which it reached a little
over three minutes into the flight.</p>
<p><strong>The payload.</strong> The 18 kg payload capsule separated near apogee and gave its
seven experiments about three and a half minutes of microgravity, or 210 seconds, before
re-entry. Two experiments came from the Warsaw University of Technology, two from the AGH
University of Krakow and one each from the Wrocław University of Science and Technology, the
Gdańsk University of Technology and the Jagiellonian University. They included a study of
fluid behaviour in microgravity, a radiation dosimeter and a test of a student-built
flight computer. The capsule splashed down about 14 minutes after liftoff and was recovered by
the ship Wydma.</p>
<p>"Every experiment returned data. For a first flight to space, that is as good as it gets,"
said chief engineer Paweł Zieliński. He said the team had found only one anomaly: a
temperature sensor in the engine bay that stopped reporting about 40 seconds into the
flight.</p>
<p><strong>The company.</strong> Orbis Dynamics, based in Gdańsk, has spent PLN 38 million on
the Sokół programme, or about €8.9 million, including PLN 14 million from the Polish Space
Agency. Its chief executive, Katarzyna M. Wiśniewska, said after the flight that "today Poland
touched space with its own rocket", and the company has since said it is preparing a funding
round for 2027.</p>
<p><strong>What it means.</strong> Suborbital flights above 100 km are not new in Europe; several
university and commercial teams have reached space with sounding rockets over the past decade.
But Poland has had no domestic launch capability, and the Sokół-2 flight gives the Polish Space
Agency an argument for funding a more ambitious programme. POLSA's president, Marek Ostrowski,
called the flight "a small rocket and a big moment".</p>
<p>The company's next vehicle, the Sokół-3, is meant to carry 50 kg to around 250 km in 2028.
That would put it in the same class as the larger European sounding rockets used for
microgravity research, a market in which customers care less about records than about
reliability and price. Flight director Jakub Mazur said the team would fly the Sokół-2 at least
once more, in the second half of 2027, before moving on.</p>
<p><strong>Background.</strong> The Sokół-1, a smaller solid-fuel test vehicle, reached 16.5 km in
May 2025, flying from the same range.</p>
"""

_RK_ARTICLES = [
    _art(
        "https://www.balticanews.example/en/science/2026/10/15/polish-rocket-reaches-space",
        site="Baltica News Agency",
        title="Polish private rocket reaches space in first for country, company says - BNA",
        description="Orbis Dynamics' Sokol-2 rocket crossed the 100 km boundary of space after "
        "launching from Ustka.",
        section="Science",
        nav=["Latest", "Poland", "Baltics", "Nordics", "Business", "Science", "Sport"],
        headline="Polish private rocket reaches space in first for country, company says",
        standfirst="Sokol-2 reaches provisional altitude of 109 km after launch from Baltic "
        "coast.",
        byline='By Ewa Kaminska · <time datetime="2026-10-15T12:34:00+02:00">15.10.2026 12:34'
        "</time>",
        body=_RK1_BODY,
        related_title="Latest news",
        related=[
            "Lithuania orders 4 more air-defence batteries",
            "Gdansk port handles record 5.1 million tonnes in September",
            "Estonian cubesat TartuSat-2 scheduled for 2027 launch",
            "Polish zloty firms to 4.25 per euro",
        ],
        caption="The Sokol-2 rocket lifts off from the range near Ustka.",
        credit="BNA/Orbis Dynamics handout",
        footer="© 2026 Baltica News Agency. All rights reserved.",
        published="2026-10-15T12:34:00+02:00",
        jsonld=True,
        author="Ewa Kaminska",
    ),
    _art(
        "https://balticcoastnews.example/ustka/rocket-day-on-the-coast",
        site="Baltic Coast News",
        title="Rocket day on the coast: Sokół-2 reaches space from Ustka | Baltic Coast News",
        description="Crowds on the beach, a capsule in the sea and compensation for fishermen: "
        "how Ustka lived the Sokół-2 launch.",
        section="Ustka",
        nav=["Słupsk", "Ustka", "Łeba", "Darłowo", "Sea & Ports", "Events", "Weather"],
        headline="Rocket day on the coast: Sokół-2 reaches space from Ustka",
        standfirst="Hundreds watched from the beach as the Gdańsk-built rocket climbed out of "
        "the Orzechowo range.",
        byline="Text and photos: Michał Gajewski · 15 October 2026",
        body=_RK2_BODY,
        related_title="Most read",
        related=[
            "Storm warning: gusts of 90 km/h expected on the coast on Sunday",
            "Słupsk hospital gets new MRI scanner worth PLN 6 million",
            "Herring catches down 20% this season",
            "Ustka lighthouse closed for renovation until April",
        ],
        caption="Spectators on the beach east of Ustka watch the launch.",
        credit="Photo: Michał Gajewski / Baltic Coast News",
        footer="© 2026 Baltic Coast News. Local news for Słupsk, Ustka and the Pomeranian "
        "coast.",
    ),
    _art(
        "https://spaceflightcentral.example/suborbital/sokol-2-post-flight-analysis",
        site="SpaceFlight Central",
        title="Sokół-2 post-flight analysis: 112.4 km apogee, seven experiments recovered | "
        "SpaceFlight Central",
        description="Orbis Dynamics' post-flight data show the Sokół-2 reached 112.4 km. "
        "Vehicle, payload and what comes next.",
        section="Suborbital",
        nav=["Launches", "Suborbital", "Satellites", "Exploration", "Industry", "Schedule"],
        headline="Sokół-2 post-flight analysis: 112.4 km apogee, seven experiments recovered",
        standfirst="GPS data from the capsule show the Polish rocket flew higher than first "
        "reported.",
        byline='By Lars Eriksen · <time datetime="2026-10-17T08:00:00+02:00">17 Oct 2026'
        "</time>",
        body=_RK3_BODY,
        related_title="Launch schedule",
        related=[
            "Europa Launch heavy-lift flight set for 3 November from Kourou",
            "Italian small launcher returns with two Earth-observation satellites",
            "Nordwind Raumfahrt's second orbital attempt slips to December",
            "Scottish spaceport gets licence for 10 launches a year",
        ],
        caption="The Sokół-2 payload capsule after recovery from the Baltic Sea.",
        credit="Image: Orbis Dynamics",
        footer="© 2026 SpaceFlight Central. Independent spaceflight news.",
        published="2026-10-17T08:00:00+02:00",
        jsonld=True,
        author="Lars Eriksen",
        newsletter="Launch alerts and the weekly SpaceFlight Central digest.",
    ),
]

_RK_STORY = {
    "id": "rk-FC5",
    "part": "FC",
    "domain": "rocket",
    "fetched": "2026-10-18",
    "articles": _RK_ARTICLES,
    "planted": [
        ("launch clock time (local)", r"\b11[:.]07\b", r"\b11[:.]47\b"),
        (
            "number of university experiments on board",
            r"(?<![\d.,])\b(seven|7)\b(?![.,]\d)",
            r"(?<![\d.,])\b(nine|9)\b(?![.,]\d)",
        ),
        (
            "launch date",
            r"\b15(th)? oct(ober|\.)?\b|\boct(ober|\.)? 15\b",
            r"\b16(th)? oct(ober|\.)?\b|\boct(ober|\.)? 16\b",
        ),
    ],
}

# ---------------------------------------------------------------------------------------------
# eq-FC6 — Magnitude 4.8 earthquake near Ternitz, Lower Austria, Saturday 21 November 2026
# (CONTROL)
# ---------------------------------------------------------------------------------------------

_EQ1_BODY = """
<p>VIENNA, Nov 21 (APS) - An earthquake of magnitude 4.8 struck Lower Austria early on
Saturday, waking residents across eastern Austria and in neighbouring Slovakia and Hungary and
damaging chimneys and roofs near the epicentre, authorities said.</p>
<p>The quake hit at 3:14 a.m. (0214 GMT) near the town of Ternitz in the Neunkirchen district,
about 60 km (37 miles) south-southwest of Vienna, at a depth of about 8 km, according to
GeoSphere Austria, the national geological and meteorological service. GeoSphere initially put
the magnitude at 5.0 before revising it after analysing data from more stations.</p>
<p>The European-Mediterranean Seismological Centre (EMSC) gave a magnitude of 4.6 and a depth
of 10 km, while the U.S. Geological Survey reported a magnitude of 4.7.</p>
<p>Police said two people had suffered minor injuries from falling objects. There were no
reports of deaths or of buildings collapsing.</p>
<p>By 7:30 a.m. fire brigades in Lower Austria had responded to about 180 calls, most of them
about damaged chimneys, fallen roof tiles and cracks in walls, said Markus Pichler, the fire
brigade commander for the Neunkirchen district. "The damage is spread over many villages, but
so far it is the kind of damage that can be repaired," he said.</p>
<p>"Many people ran out into the street in their pyjamas, and nobody wanted to go back inside,"
Ternitz mayor Rupert Haider told APS. "The shaking lasted only a few seconds, but it felt much
longer."</p>
<p>GeoSphere said it had received more than 2,300 reports from people who felt the quake,
including many from Vienna, Graz, Bratislava and the Hungarian city of Sopron. Nine aftershocks
had been recorded by 7:30 a.m., the strongest of them a magnitude 3.2 tremor at 5:52 a.m.</p>
<p>"This was the strongest earthquake in this region in decades, but it is not unusual for the
fault system along the Vienna Basin," said Lukas Weinberger, a seismologist at GeoSphere. "We
expect further aftershocks over the coming days. Most of them will be too weak to be felt."</p>
<p>Austrian Federal Railways (OeBB) suspended traffic on the Semmering line, which runs through
the area, so that engineers could inspect tracks, tunnels and viaducts. Trains were expected to
resume later in the morning.</p>
<p>The governor of Lower Austria, Elisabeth Kremser, said she would visit the affected
municipalities later on Saturday. "We will not leave anyone alone with the damage," she said in
a statement.</p>
<p>Earthquakes of this strength are rare in Austria but not unknown. The Vienna Basin, where
several faults meet, is one of the most seismically active areas in the country, and a
magnitude 4.1 quake near Wiener Neustadt in 2024 also caused minor damage.</p>
<p>In Vienna, many residents said they had been woken by rattling windows and swinging lamps,
and some left their flats for several minutes. The city's emergency services said they had
received a large number of calls but no reports of serious damage in the capital.</p>
<p>(Reporting by Stefan Gruber; Editing by Julian Frost)</p>
"""

_EQ2_BODY = """
<h3>12:30</h3>
<p><strong>Latest figures.</strong> GeoSphere Austria says it has now received more than 4,900
reports from people who felt the quake, from as far away as Linz, Graz and Brno. Twelve
aftershocks have been registered so far, most of them below magnitude 2. We are ending our live
updates here; our newsroom will continue to report throughout the day.</p>
<h3>11:45</h3>
<p><strong>What to do after an earthquake.</strong> GeoSphere and the civil protection
authority advise residents to check chimneys, gas pipes and electrical installations before
using them, to stay away from damaged walls and to report damage to their municipality. Anyone
who smells gas should leave the building and call the fire brigade.</p>
<h3>11:10</h3>
<p><strong>Governor on her way to Ternitz.</strong> Lower Austria's governor Elisabeth Kremser
is travelling to Ternitz and will meet the mayor and the emergency services. According to the
Red Cross, four people have now been treated for minor injuries, mostly cuts and bruises.</p>
<p>Vienna's fire brigade says it received 37 calls during the night, mostly about cracked
plaster and objects that had fallen from shelves. No one in Vienna was hurt.</p>
<h3>09:35</h3>
<p><strong>Trains running again.</strong> Austrian Federal Railways says traffic on the
Semmering line resumed at 09:30 after engineers found no damage to tracks, tunnels or
viaducts. Some trains are running with delays of up to 40 minutes.</p>
<h3>08:05</h3>
<p><strong>Two people lightly injured.</strong> Police say two people suffered minor injuries,
one hit by a falling picture frame and one cut by broken glass. Neither needed to stay in
hospital.</p>
<h3>07:15</h3>
<p><strong>Fire brigades busy.</strong> About 180 call-outs so far in Lower Austria, according to
the district fire commander in Neunkirchen, Markus Pichler. Most concern damaged chimneys,
fallen roof tiles and cracks in walls. In Ternitz, part of the plaster ceiling of the parish
church has come down.</p>
<h3>06:20</h3>
<p><strong>Magnitude revised.</strong> GeoSphere Austria has revised its estimate to magnitude
4.8, from a preliminary 5.0. The epicentre has been placed near Ternitz, at a depth of about 8
km. "As more stations are included, the estimate becomes more precise. Revisions of a few tenths
are normal," said GeoSphere spokeswoman Anna Hofbauer.</p>
<h3>05:55</h3>
<p><strong>Aftershock.</strong> Several listeners in the Neunkirchen area report another jolt.
GeoSphere confirms an aftershock of magnitude 3.2 at 05:52.</p>
<h3>04:40</h3>
<p><strong>Semmering line closed.</strong> Austrian Federal Railways has stopped traffic on the
Semmering line between Gloggnitz and Mürzzuschlag for inspections. Only freight trains are
affected at this hour.</p>
<h3>04:05</h3>
<p><strong>No reports of injuries so far.</strong> Police in Lower Austria say they have
received hundreds of calls, but so far no reports of people hurt. The emergency number is
overloaded; police ask people to call only in real emergencies. Our reporter in Neunkirchen
describes people standing in the street in coats over their pyjamas.</p>
<h3>03:38</h3>
<p><strong>Strong earthquake felt across eastern Austria.</strong> A strong earthquake was felt
at 03:14 in large parts of Lower Austria, Vienna and Burgenland. According to a first automatic
estimate by GeoSphere Austria, the quake had a magnitude of 5.0 and its epicentre was near
Neunkirchen, south of Vienna. Many listeners have called us: in Vienna, glasses rattled and
lamps swung; closer to the epicentre, people say they heard a loud bang followed by shaking.
We will keep you updated here as more information comes in.</p>
"""

_EQ3_BODY = """
<p>It lasted only a few seconds, but Saturday's earthquake in Lower Austria was the strongest
that many people in the east of the country had ever felt. By the evening, emergency services
had counted six injured, hundreds of damaged houses and a long list of cracked chimneys,
fallen tiles and broken windows.</p>
<p>The quake struck at 03:14 local time, or 02:14 UTC, near Ternitz in the Neunkirchen
district, some 60 kilometres south-southwest of Vienna. GeoSphere Austria, the national
geological and meteorological service, put its magnitude at 4.8 and its depth at about 8 km,
after an initial automatic estimate of 5.0. The European-Mediterranean Seismological Centre
estimated the magnitude at 4.6 and the depth at 10 km; the U.S. Geological Survey gave 4.7.</p>
<p>"Different agencies use different methods and different stations, so small differences in
magnitude are completely normal," said Lukas Weinberger, a seismologist at GeoSphere. "What
matters is that this was a moderate earthquake at shallow depth, and that is why it was felt
so widely."</p>
<p>GeoSphere had received more than 6,100 reports from people who felt the tremor by Saturday
evening, from Vienna, Burgenland, Styria, western Slovakia and north-western Hungary. By 6 p.m.
the service had recorded 17 aftershocks, the strongest of magnitude 3.2 at 05:52.</p>
<p>Six people were injured, according to the Red Cross. Five of them were treated for cuts and
bruises and sent home. A 78-year-old woman who fell on the stairs as she tried to leave her
house in Ternitz was taken to the hospital in Wiener Neustadt with a broken hip.</p>
<p>Fire brigades in Lower Austria had responded to 410 calls by Saturday evening, said the
Neunkirchen district fire commander, Markus Pichler. In Vienna, the city's fire brigade
received 37 calls during the night but reported no significant damage.</p>
<p>In Ternitz, pieces of the plaster ceiling fell into the nave of the parish church, and the
building was closed until further notice. "People ran into the street in pyjamas and nobody
wanted to go back in," said the town's mayor, Rupert Haider. "Then the phones started ringing
and did not stop."</p>
<p>The governor of Lower Austria, Elisabeth Kremser, visited Ternitz and the neighbouring
villages in the afternoon and announced €2 million in emergency aid from the state's disaster
fund for households whose homes were damaged. "Nobody will be left alone with the damage," she
said.</p>
<p>The Austrian Insurance Association estimated the insured damage at between €15 million and
€25 million, although it said the figure could change as claims come in. Many older houses in
the region are not insured against earthquakes, it noted.</p>
<p>Rail traffic on the Semmering line, which was stopped for inspections shortly after the
quake, resumed at 09:30 after engineers found no damage.</p>
<p>Earthquakes are not unusual in the Vienna Basin, where several faults meet, but quakes of
this strength are rare. Seismologists said Saturday's was the strongest in the area since 1972.
A magnitude 4.1 quake near Wiener Neustadt in 2024 had caused only minor damage.</p>
<p>GeoSphere asked people who felt the quake to continue submitting reports on its website,
saying the information helped it to map the intensity of shaking in areas without
seismometers.</p>
"""

_EQ4_BODY = """
<p>The day after the earthquake, Ternitz is counting the damage. Structural engineers from the
state government inspected 63 buildings in the town and surrounding villages on Saturday
afternoon and on Sunday morning. Five of them were declared temporarily uninhabitable, and
eleven residents spent the night in the community centre or with relatives.</p>
<p>"Most houses have cracks in the plaster or damaged chimneys. That is annoying and expensive,
but it can be fixed," said one of the engineers, Gerhard Lechner. "The five houses we closed are
old buildings with walls that were already weak. We do not want to take any risks there."</p>
<p>The quake, which struck at 03:14 on Saturday with a magnitude of 4.8 according to GeoSphere
Austria, was centred near Ternitz at a depth of about 8 km. By Sunday morning GeoSphere had
recorded 19 aftershocks. None of them was stronger than the magnitude 3.2 tremor that shook the
area at 05:52 on Saturday.</p>
<p>Six people were hurt on Saturday. One of them, a 78-year-old woman from Ternitz, remained in
hospital in Wiener Neustadt on Sunday after an operation on her hip. Her neighbours said she had
fallen on the stairs while trying to get out of the house.</p>
<p>Fire brigades in Lower Austria have now been called out more than 450 times, most of them
to secure chimneys and loose roof tiles. "The volunteers have been on their feet since three in
the morning on Saturday," said district fire commander Markus Pichler. "The biggest job now is
covering roofs before the rain that is forecast for Tuesday."</p>
<p>Mayor Rupert Haider described the first hours after the quake. "Many people ran out into the
street in their pyjamas and didn't want to go back inside," he said. "By the morning our phones
were ringing non-stop." The municipality has set up a hotline for damage reports and says it has
already received more than 300 calls.</p>
<p>The parish church remains closed. Sunday Mass was held in the community centre, where the
parish priest thanked the fire brigade and said the ceiling of the nave would be inspected by
specialists from the diocese this week.</p>
<p>Governor Elisabeth Kremser, who visited Ternitz on Saturday afternoon, announced €2 million in
emergency aid from the state disaster fund. Households can apply at the municipal office from
Monday. "Nobody will be left alone with the damage," Kremser said. The federal government has
said it will consider additional help once the full extent of the damage is known.</p>
<p>The Ternitz middle school will stay closed on Monday so that engineers can inspect the
building. The primary schools will open as usual.</p>
<p>Seismologists at GeoSphere say further aftershocks are possible over the coming days and
weeks, but that they are likely to become weaker and less frequent. Saturday's earthquake was
the strongest in the region since 1972. GeoSphere has received almost 6,500 reports from people
who felt it.</p>
<p>For many residents, the shock has not yet worn off. "Every time a lorry goes past, I jump,"
said Brigitte Wallner, who runs a bakery on the main square. "But we opened at six on Saturday
as usual. People needed coffee."</p>
"""

_EQ_ARTICLES = [
    _art(
        "https://www.alpinepress.example/en/austria/2026/11/21/earthquake-lower-austria",
        site="Alpine Press Service",
        title="Magnitude 4.8 earthquake shakes Lower Austria, felt in Vienna and Bratislava | APS",
        description="An earthquake of magnitude 4.8 struck near Ternitz in Lower Austria early "
        "on Saturday, damaging chimneys and roofs.",
        section="Austria",
        nav=["Austria", "Europe", "World", "Business", "Sport", "Photos"],
        headline="Magnitude 4.8 earthquake shakes Lower Austria, felt in Vienna and Bratislava",
        standfirst="Two people slightly hurt; chimneys and roofs damaged near the epicentre.",
        byline='By Stefan Gruber · <time datetime="2026-11-21T04:12:00+01:00">Nov 21, 2026 '
        "04:12</time> · Updated 07:48",
        body=_EQ1_BODY,
        related_title="Top stories",
        related=[
            "Austrian inflation eases to 2.4% in October",
            "Graz tram drivers call 48-hour strike for 3 December",
            "Slovakia: 4 injured as bus overturns near Zvolen",
            "Salzburg ski lifts to open on 28 November after 40 cm of snow",
        ],
        caption="A damaged chimney in Ternitz on Saturday morning.",
        credit="APS/Florian Eder",
        footer="© 2026 Alpine Press Service. All rights reserved.",
        published="2026-11-21T04:12:00+01:00",
        modified="2026-11-21T07:48:00+01:00",
        jsonld=True,
        author="Stefan Gruber",
    ),
    _art(
        "https://radiodonau.example/live/erdbeben-niederoesterreich-2026-11-21-en",
        site="Radio Donau",
        title="Live: Earthquake in Lower Austria - Radio Donau",
        description="Live updates after a strong earthquake near Ternitz was felt across "
        "eastern Austria.",
        section="Live",
        nav=["News", "Vienna", "Lower Austria", "Burgenland", "Traffic", "Weather", "Listen"],
        headline="Live: Strong earthquake shakes Lower Austria",
        standfirst="Latest updates on the earthquake near Ternitz. All times CET.",
        byline="Live blog by Julia Steiner and Thomas Aigner",
        body=_EQ2_BODY,
        related_title="Traffic and weather",
        related=[
            "A2 southbound: 6 km queue near Wiener Neudorf",
            "Snow above 800 m expected on Monday",
            "Danube shipping suspended at Hainburg until Sunday 18:00",
            "Vienna U2: replacement buses until 30 November",
        ],
        caption="Residents in Neunkirchen outside their homes after the earthquake.",
        credit="Photo: Radio Donau / listener",
        footer="© 2026 Radio Donau GmbH. Regional radio for Vienna, Lower Austria and "
        "Burgenland.",
        published="2026-11-21T03:38:00+01:00",
        modified="2026-11-21T12:30:00+01:00",
        meta_time=True,
    ),
    _art(
        "https://www.viennamorningpost.example/austria/earthquake-ternitz-day-after-damage",
        site="Vienna Morning Post",
        title="Six injured, hundreds of houses damaged after Lower Austria quake - Vienna "
        "Morning Post",
        description="Emergency aid of €2 million announced after the magnitude 4.8 "
        "earthquake near Ternitz.",
        section="Austria",
        nav=["Vienna", "Austria", "Europe", "Business", "Culture", "Opinion"],
        headline="Six injured, hundreds of houses damaged after Lower Austria quake",
        standfirst="Governor announces €2 million in emergency aid; insurers estimate damage "
        "at up to €25 million.",
        byline="By Clara Hübner and Maximilian Roth",
        body=_EQ3_BODY,
        related_title="Most read",
        related=[
            "Vienna rents rise 5.2% as new housing slows",
            "Opera Ball tickets sell out in 9 minutes",
            "Hungary's Sopron reports minor damage from quake",
            "Opinion: Are Austria's buildings ready for a bigger earthquake?",
        ],
        caption="The parish church in Ternitz, where part of the ceiling came down.",
        credit="Photo: Vienna Morning Post / Lena Kraus",
        footer="© 2026 Vienna Morning Post. All rights reserved.",
        published="2026-11-21T19:30:00+01:00",
        jsonld=True,
        author="Clara Hübner",
    ),
    _art(
        "https://noe-regional.example/neunkirchen/ternitz-nach-dem-beben-en",
        site="NÖ Regional",
        title="Ternitz after the quake: five houses closed, clean-up continues | NÖ Regional",
        description="Engineers inspect buildings, aid applications open on Monday, aftershocks "
        "continue.",
        section="Neunkirchen district",
        nav=["Neunkirchen", "Wiener Neustadt", "Baden", "Mödling", "Sport", "Events"],
        headline="Ternitz after the quake: five houses closed, clean-up continues",
        standfirst="Sixty-three buildings inspected; middle school closed on Monday; "
        "aftershocks weaker.",
        byline="Reporting: Sabine Reiterer, Ternitz · 22 November 2026",
        body=_EQ4_BODY,
        related_title="Also in the region",
        related=[
            "Neunkirchen Christmas market opens on 27 November",
            "Gloggnitz: 3 new doctors' practices planned",
            "SC Wiener Neustadt win 2-0 at home",
            "Roadworks on the B17 until 15 December",
        ],
        caption="Volunteer firefighters secure a chimney in Ternitz on Sunday.",
        credit="Photo: NÖ Regional / S. Reiterer",
        footer="© 2026 NÖ Regional. Local news for Lower Austria.",
    ),
]

_EQ_STORY = {
    "id": "eq-FC6",
    "part": "FC",
    "domain": "earthquake",
    "fetched": "2026-11-23",
    "articles": _EQ_ARTICLES,
    "planted": [],
}

STORIES: list[dict] = [_CB_STORY, _EL_STORY, _CT_STORY, _TR_STORY, _RK_STORY, _EQ_STORY]
