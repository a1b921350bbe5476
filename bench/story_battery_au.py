"""Story battery, part AU — Egypt, Morocco and Tunisia, events in 2026.

Written by engineer AU1 on 2026-12-07 for the thirty-fifth batch, a precision batch.
Six invented events in the region; outlets, reporters, companies, candidates, most
officials and all figures are invented (real institutions and places are scenery).
Time zones: Egypt EET (UTC+2) until the last Friday of April, EEST (UTC+3) from then
until the last Thursday of October; Morocco UTC+1 outside Ramadan; Tunisia UTC+1 all
year; Libya UTC+2; Norway CEST (UTC+2) in September.

cb-AU1 — central bank — CONTROL — fetched 2026-04-08
  TRUE FACTS: Central Bank of Egypt MPC, Thursday 2 April 2026; cut of 100 basis points
  (one percentage point); overnight deposit rate 19.00%, overnight lending rate 20.00%,
  main operation and discount rate 19.50%; statement at about 6 p.m. Cairo time (1600 GMT);
  previous meeting 19 February 2026 held at 20.00% / 21.00%; February urban headline
  inflation 11.6% (January 12.3%), core 10.8%; target 7% +/- 2 points, Q4 2026 average;
  next meeting 21 May 2026; Oct-Dec GDP growth 4.8%; pound about 48.9 per dollar.
  Economist Mariam El-Shazly (chief economist, Qasr Capital); Tarek Fawzy (head of research,
  Mokattam Securities).
  OUTLETS: Nile Wire Service (wire, meta); The Cairo Ledger (newspaper, line);
  Delta Markets Brief (newsletter, none); Sahara Business TV (broadcaster, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: 100 bp = one percentage point = a full point; 19% / 19.00% / 19 percent;
  6 p.m. Cairo = 1600 GMT; February decision's 20%/21%; poll (9 of 14 saw 100 bp, 3 saw
  200 bp, 2 a hold) and Mokattam's 150 bp call; Delta's March CPI forecast 11.1%;
  El-Shazly's 16% year-end forecast; real rate 7.4 points = 740 bp; 2023 inflation peak 38%;
  EGX30 close before the decision; T-bill yield 22.1%; certificate yields 21.5%;
  sidebars with gold, oil, Suez Canal and other figures; two dates (decision 2 April,
  newspaper published 3 April).

el-AU2 — election — 3 PLANTED — fetched 2026-03-10
  TRUE FACTS: Tunisian parliamentary by-election runoff for the vacant Menzel Bourguiba seat
  (Bizerte governorate), Sunday 1 March 2026; preliminary results from the ISIE on Monday
  2 March; Karim Mzoughi 7,412 votes (55.4%) beat Amel Ben Rejeb 5,961 (44.6%); margin 1,451;
  registered 112,486; ballots cast 13,951; turnout 12.4%; blank 331, spoiled 247; valid
  13,373; first round Sunday 8 February: six candidates, Mzoughi 3,906 (36.8%), Ben Rejeb
  2,811 (26.5%), turnout 10.1%; seat vacant after MP Lotfi Gharbi died in November 2025;
  214 polling stations; polls 8 a.m.-6 p.m.
  OUTLETS: Carthage Wire (wire, jsonld); Tunis Evening Star (newspaper, line);
  Mediterranean Radio Tunisia (live blog, meta); The Bardo Letter (newsletter, none).
  PLANTED: (1) surname Mzoughi -> "Mezoughi" (Tunis Evening Star, throughout);
  (2) weekday of the runoff Sunday -> "Saturday" (The Bardo Letter);
  (3) turnout 12.4% -> 14.2% (Carthage Wire).
  LEGITIMATE TRAPS: hourly turnout on the live blog (5.2% at noon, 8.3% at 3 p.m., 12.1%
  provisional at close); first-round figures; 2023 runoff turnout 11.9%; camps' claims
  ("about 55 percent" from 170 stations, Ben Rejeb camp's "within 900 votes"); rounded
  forms ("fewer than 14,000", "more than 55 percent", "nearly 1,500"); 161-seat assembly;
  sidebars with other stories' figures.

ct-AU3 — court — CONTROL — fetched 2026-07-22
  TRUE FACTS: first-instance financial-crimes chamber of the Marrakech Court of Appeal,
  Tuesday 14 July 2026, verdict read at about 9 p.m.; Tensift Regional Housing Agency
  case (1,200 low-cost flats at Tamansourt, funds diverted 2017-2021); nine defendants,
  seven convicted, two acquitted; former director Abdelhak Sbai, 61: six years and a
  200,000-dirham fine (prosecution sought ten years); contractor Hassan Ait Bella: five
  years and 150,000 dirhams; former finance chief Nadia Lamrani: four years; four others
  one to three years; joint repayment 48.5 million dirhams (about $5.3 million) to the
  treasury; 5 million dirhams damages to the agency; trial opened 23 September 2025,
  14 hearings; Court of Accounts audit (2022) put irregular spending at 63 million dirhams;
  340 buyers paid deposits.
  OUTLETS: Maghreb Press Wire (wire, jsonld); Marrakech Mirror (newspaper, none);
  Radio Tensift (broadcaster, meta).
  PLANTED: none.
  LEGITIMATE TRAPS: requested vs imposed sentences; audit figure vs court figure; dirhams vs
  dollars vs euros; damages vs repayment; several dates (audit, arrests, trial opening,
  verdict, broadcast next morning); "six years" / "6 years"; sidebars with other courts'
  sentences and fines.

tr-AU4 — trade — 3 PLANTED — fetched 2026-06-15
  TRUE FACTS: Tunisia-Libya protocol on the Ras Jedir crossing signed in Djerba on Thursday
  4 June 2026 by Tunisian trade minister Samia Laabidi and Libyan economy and trade minister
  Faraj al-Shaibani; freight quota raised to 450 trucks a day in each direction from 300;
  freight lanes 6 a.m.-10 p.m. Tunisian time (7 a.m.-11 p.m. Libyan time, 0500-2100 GMT);
  takes effect Monday 15 June 2026; six-month trial, review by the joint committee in
  December; perishables lane, clearance target four hours; bilateral trade 3.1 billion
  dinars in 2025 (about $1 billion), target 5 billion dinars by 2028; Mourad Ghanmi,
  director-general of Tunisian customs; two new container scanners.
  OUTLETS: Mediterranean Trade Monitor (newsletter, jsonld); Southern Tunisia Herald
  (newspaper, line); Tripoli Wire (wire, meta); Djerba FM (broadcaster, none).
  PLANTED: (1) trial period six months -> "three months" (Tripoli Wire);
  (2) Ghanmi's title director-general -> "spokesman" (Djerba FM);
  (3) date of effect 15 June -> "June 25" (Southern Tunisia Herald).
  LEGITIMATE TRAPS: old quota 300; Tunisian vs Libyan vs GMT hours; signing vs effect vs
  review dates; dinars vs dollars; 2025 trade vs 2028 target; 2024 closure; traders'
  estimates of queues; sidebars with other trade figures.

rk-AU5 — rocket — CONTROL — fetched 2026-09-24
  TRUE FACTS: Egyptian Space Agency's WadiSat-1 launched on Boreal Launch's Skarv-2 from
  Andoya Spaceport, Norway, Tuesday 15 September 2026 at 11:42 CEST (09:42 UTC, 12:42 Cairo
  time, EEST); eight payloads; WadiSat-1 74 kg (about 163 lb); separation 56 minutes after
  liftoff (13:38 Cairo); 520 km sun-synchronous orbit (about 323 miles); first signal at the
  Egyptian Space City ground station 2:18 p.m. Cairo time (11:18 UTC); five-metre camera;
  five-year design life; cost $11.5 million (about 550 million pounds); earlier attempt
  scrubbed Sunday 13 September at T-40 seconds; agency chief executive Mona El-Naggar;
  project manager Khaled Samir; Boreal Launch chief executive Ingrid Aasen.
  OUTLETS: Nile Horizon TV (live blog, meta); Middle East Science Wire (wire, jsonld);
  The Payload Letter (newsletter, line).
  PLANTED: none.
  LEGITIMATE TRAPS: CEST vs UTC vs Cairo time; kg vs lb, km vs miles; dollars vs pounds;
  scrub date and its planned time; live blog's countdown entries; other payloads' masses;
  "T+56 min" vs clock time; sidebars with other launches.

eq-AU6 — earthquake — 3 PLANTED — fetched 2026-10-26
  TRUE FACTS: earthquake in Al Hoceima province, Morocco, Saturday 17 October 2026 at
  2:17 a.m. local time (01:17 GMT); magnitude 5.8 per the National Institute of Geophysics
  (ING), 5.6 per USGS, 5.7 per EMSC; depth 11 km; epicentre near Imzouren; final toll
  (Interior Ministry, Sunday 18 October evening) 23 dead, 187 injured; 1,146 homes damaged,
  312 collapsed; more than 40 aftershocks, strongest 4.3 at 6:05 a.m.; the 2004 Al Hoceima
  earthquake killed more than 600 people.
  OUTLETS: Rif Radio (live blog, meta); Maghreb Dispatch (wire, jsonld); The Tangier Tribune
  (newspaper, line); Atlas 24 TV (broadcaster, none).
  PLANTED: (1) epicentre near Imzouren -> "near Targuist" (Atlas 24 TV);
  (2) time 2:17 a.m. -> "2:47 a.m." (The Tangier Tribune);
  (3) year of the earlier quake 2004 -> "2014" (Maghreb Dispatch).
  LEGITIMATE TRAPS: provisional tolls on the live blog (4, 11, 17 dead); three agencies'
  magnitudes; local time vs GMT; aftershock magnitude and time; damaged vs collapsed homes;
  Al Haouz 2023 toll; aid per household; school closures; sidebars with other stories.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Egypt", "Maghreb", "Business", "World", "Opinion", "Sport", "Video"]


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
# cb-AU1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = article(
    ("Nile Wire Service", "nilewire.example"),
    "business/egypt-central-bank-cuts-rates-100-basis-points-20260402",
    "Egypt's central bank cuts rates by 100 basis points as inflation eases",
    "Overnight deposit rate lowered to 19% after a pause in February; most economists in a Nile Wire poll had expected the move.",
    "By Yasmine Fathy",
    paras("""
CAIRO, April 2 (Nile Wire) - Egypt's central bank cut its main interest rates by 100 basis
points on Thursday, resuming an easing cycle it had paused in February as annual inflation
kept slowing and pressure on the pound faded.

The Central Bank of Egypt's Monetary Policy Committee lowered the overnight deposit rate to
19.00% and the overnight lending rate to 20.00%. The rate of the main operation and the
discount rate were both reduced to 19.50%, the bank said in a statement issued at about
1600 GMT.

Nine of 14 economists polled by Nile Wire last week had forecast a cut of 100 basis points.
Three expected a deeper reduction of 200 basis points and two saw rates on hold.

"The February pause was about making sure the disinflation was real. The February numbers
gave them that comfort," said Mariam El-Shazly, chief economist at Qasr Capital in Cairo.
"They still have room, but they want to move in steps the market can digest."

##AD##

Annual urban headline inflation slowed to 11.6% in February from 12.3% in January,
according to the state statistics agency CAPMAS. Core inflation, which strips out volatile
items such as fruit and vegetables, eased to 10.8%.

In its statement the committee said price pressures had moderated across most components
of the consumer basket and that the outlook was consistent with its target of 7% plus or
minus 2 percentage points on average in the fourth quarter of 2026. It flagged risks from
global oil prices and regional tensions, and said it would keep assessing its stance
"meeting by meeting".

At its previous meeting on Feb. 19 the committee left the overnight deposit and lending
rates at 20.00% and 21.00%, citing uncertainty over energy costs.

Even after Thursday's cut, the deposit rate remains about 7.4 percentage points above the
latest headline inflation reading, one of the widest positive real-rate gaps among large
emerging markets, which analysts say gives the bank space for further easing.

## Growth and the pound

The economy grew 4.8% year on year in the October-December quarter, the second quarter of
the 2025/26 fiscal year, according to planning ministry figures. Officials have been
counting on lower borrowing costs to lift private investment, which has lagged public
spending for years.

The pound was little changed after the announcement at around 48.9 to the dollar.
Portfolio investors have piled into local Treasury bills since the currency was floated in
March 2024, and bankers said the size of the cut was unlikely to trigger outflows.

The committee's next scheduled meeting is on May 21.
"""),
    date_mode="meta", when="2026-04-02T16:12:00Z",
    sidebar=("Markets", ("Brent crude: $71.40 a barrel, down 0.6%",
                         "Gold, 21 carat: 4,385 pounds per gram",
                         "Saudi riyal: 13.04 pounds",
                         "Kuwait central bank holds discount rate at 4.00%")),
    related=(("Suez Canal revenue rises 9% in March as traffic recovers", "business/suez-canal-revenue-march"),
             ("Egypt sells $2 billion of eurobonds in two tranches", "business/egypt-eurobond-sale"),
             ("Tourist arrivals hit 1.6 million in February", "business/egypt-tourist-arrivals-february")),
    section="Business",
)

_CB_PAPER = article(
    ("The Cairo Ledger", "cairoledger.example"),
    "economy/2026/04/03/borrowers-welcome-full-point-cut",
    "Borrowers welcome a full-point cut as savers brace for lower returns",
    "The central bank's first move since February takes the overnight deposit rate to 19 percent. Banks are expected to trim certificate yields within days.",
    "Karim Rashad, Economy Correspondent",
    paras("""
Adel Sabry has been waiting eighteen months for this kind of news. His plastics packaging
plant in 10th of Ramadan City runs on a revolving credit line, and every point on the
interest rate, he says, is the difference between hiring and standing still.

"It is not enough yet, but it is the right direction," Mr Sabry said on Thursday evening,
an hour after the Central Bank of Egypt announced that its Monetary Policy Committee had
cut its key rates by one full percentage point.

The overnight deposit rate now stands at 19 percent and the overnight lending rate at 20
percent. The main operation rate and the discount rate fell to 19.5 percent. The decision
was published shortly after 6 p.m. Cairo time, and it broke a pause that began when the
committee kept rates unchanged at its February meeting.

## Why now

The committee pointed to a steady slowdown in prices. Annual urban inflation was 11.6
percent in February, down from 12.3 percent in January and a long way from the peak of 38
percent reached in September 2023. Core inflation fell to 10.8 percent.

Mariam El-Shazly, chief economist at Qasr Capital, said the central bank had used the
February meeting to test whether the slowdown would hold. "The pause in February was about
making sure disinflation was real, and the February figures gave them that comfort," she
told the Ledger after the announcement.

A week earlier, speaking to this newspaper before the meeting, she had described a cut of
one point as "the base case", adding that "anything bigger would surprise the market more
than it would help it".

##AD##

## Savers lose out

The other side of the ledger is Egypt's army of savers. Millions of households moved their
money into high-yield bank certificates during the currency crisis, and state banks'
flagship one-year certificates currently pay 21.5 percent a year. Bankers said those
yields would probably be trimmed within days, although existing certificates keep their
rate until maturity.

Hoda Mansour, a retired schoolteacher in Heliopolis, said she had already been told by her
branch that the next certificate she buys would pay less. "For people like us, the interest
is the pension," she said.

For the government, which spends a large share of its revenue on interest, the
calculation runs the other way. Finance ministry officials have said every percentage
point off domestic rates eases the budget's debt-service bill, though the effect comes
through slowly as older, higher-yielding Treasury bills mature.

## What comes next

The committee, which meets again on May 21, repeated that it wants inflation to reach 7
percent, give or take two points, on average in the last quarter of 2026. Most economists
expect more cuts before then if inflation keeps easing and the pound stays calm.

Mr Sabry, for his part, says he will wait for his bank to reprice his credit line before
deciding whether to bring forward the purchase of a second extrusion line. "One point
today," he said. "Let us see what May brings."
"""),
    date_mode="line", date_line="Friday, 3 April 2026",
    sidebar=("Most read", ("Metro Line 4: first 10 stations to open in 2027, minister says",
                           "Al Ahly beat Zamalek 2-1 in Cairo derby",
                           "Bread subsidy: 72 million cardholders to get new smart cards",
                           "Weather: temperatures to reach 34C in Aswan")),
    related=(("How high-yield certificates reshaped Egyptian saving", "economy/2026/03/20/certificates-saving"),
             ("Opinion: Lower rates alone will not revive industry", "opinion/2026/03/29/rates-industry")),
    section="Economy",
)

_CB_NEWSLETTER = article(
    ("Delta Markets Brief", "deltamarkets.example"),
    "brief/cbe-trims-100bp-bonds-rally",
    "Delta Markets Brief: CBE trims 100bp; bonds rally, EGX30 extends gains",
    "Our evening note for subscribers: the rate decision, how markets positioned for it, and what to watch next.",
    "The Delta Markets Brief team",
    paras("""
Good evening. The Central Bank of Egypt's MPC did what most of the street expected on
Thursday, April 2, and cut its policy corridor by 100bp. Here is what you need to know.

## The decision

- Overnight deposit rate: 19.00% (from 20.00%)
- Overnight lending rate: 20.00% (from 21.00%)
- Main operation and discount rate: 19.50%

The statement landed just after 6 p.m. Cairo time, well after the close of the local
market. The language was measured: the committee said the cut was consistent with keeping
inflation on course for the 7% (+/-2pp) target for 4Q26, and it kept its reference to
data-dependence. There was no explicit signal on the size of the next move.

Our own call had been 100bp, in line with the consensus. A handful of houses had pencilled
in 150bp or even 200bp, so there may be mild disappointment at the short end tomorrow.

## How markets took it

Most of the move came before the announcement. The EGX30 closed at 41,870, up 1.4% on the
day, led by real-estate developers and the consumer finance names, which tend to benefit
most from cheaper credit. Trading volume was the highest in three weeks.

Local-currency bonds had already rallied this week. At Sunday's auction the average
yield on the 91-day T-bill was 22.1%, down from 23.4% a month earlier, and the
finance ministry accepted more bids than it had planned for. Dealers told us offshore
demand remained firm.

##AD##

The pound held at about 48.9 per dollar in the interbank market. We see no sign that the
cut changes the carry story: with February headline inflation at 11.6%, the real policy
rate on the deposit side is still roughly 740bp.

## What we are watching

1. March CPI, due on April 10. We expect urban headline inflation of 11.1%, which would be
another step down from February and would keep another cut in play.

2. The May 21 MPC. If March and April prints behave, we think a further 100bp is the most
likely outcome; a pause is possible if oil spikes.

3. Bank deposit pricing. The big state banks will probably cut certificate rates within
the week. Watch whether retail money starts drifting back into equities and property.

4. The IMF review. The next programme review is expected to wrap up in the second quarter;
a smooth outcome would underpin inflows.

## Elsewhere in the region

Morocco's central bank meets later this month and is widely expected to keep its rate
unchanged. In the Gulf, benchmark rates continue to track the US Federal Reserve.

That is all for tonight. As always, reply to this email with questions and we will pick
the best ones for Monday's edition.
"""),
    date_mode="none",
    sidebar=("In this week's briefs", ("Monday: Tourism receipts and the current account",
                                       "Tuesday: Eurobond pricing, 2031 and 2036 lines",
                                       "Wednesday: PMI slips to 48.7")),
    related=(("Preview: what the MPC needs to see", "brief/mpc-preview-april"),
             ("Bank stocks: who wins from lower rates", "brief/bank-stocks-lower-rates")),
    section="Markets",
)

_CB_TV = article(
    ("Sahara Business TV", "saharabiz.example"),
    "egypt/central-bank-lowers-interest-rates-one-point",
    "Central bank lowers interest rates by one point; analysts see more cuts this year",
    "Egypt's Monetary Policy Committee cut benchmark rates on Thursday, citing slowing inflation.",
    "Nour Hamdy, Sahara Business TV",
    paras("""
Egypt's central bank cut interest rates by one percentage point on Thursday, its first
reduction since it decided to hold rates steady at its meeting in February.

The Central Bank of Egypt said its Monetary Policy Committee had lowered the overnight
deposit rate to 19 percent and the overnight lending rate to 20 percent. The announcement
came at 6 p.m. Cairo time.

The committee said in its statement that inflation had continued to decline and that
the current level of real interest rates allowed it to reduce borrowing costs while
keeping inflation on a path towards its target. It also cautioned that developments in
the region and in global commodity markets could push prices up again.

## "A bit more aggressive"

Tarek Fawzy, head of research at Mokattam Securities, said his team had forecast a deeper
cut of 150 basis points. "We were a bit more aggressive in our call, but this is a
responsible decision," Fawzy told Sahara Business TV. "The central bank is buying itself
time to see the March and April inflation data."

Fawzy said he expected the bank to cut by a total of between 300 and 400 basis points
more before the end of the year, provided the pound remains stable.

Speaking on our evening programme, Mariam El-Shazly, chief economist at Qasr Capital, said
she expected the overnight deposit rate to end 2026 at around 16 percent. "The direction
is clear. The pace will depend on oil and on the currency," she said.

##AD##

## Inflation trend

Urban inflation fell to 11.6 percent in February, from 12.3 percent in January, according
to figures released last month by the Central Agency for Public Mobilization and
Statistics. The central bank targets inflation of 7 percent, plus or minus two percentage
points, in the final quarter of this year.

In February, the committee kept rates at 20 and 21 percent, saying it wanted to assess
the effect of earlier cuts and the risks from energy prices.

## Reaction from business

The Federation of Egyptian Industries welcomed the decision in a brief statement, saying
lower financing costs would help factories expand. Several manufacturers have complained
that borrowing costs above 20 percent made new investment almost impossible.

Real-estate developers, who rely heavily on instalment sales, are also expected to
benefit. Shares of several developers rose ahead of the announcement on expectations of a
cut.

The committee will hold its next meeting on May 21.
"""),
    date_mode="jsonld", when="2026-04-02T20:05:00+02:00",
    sidebar=("Watch next", ("Business Tonight: gold prices at 4,385 pounds a gram",
                            "Interview: tourism minister on 18 million visitor goal",
                            "Weekly: container traffic at Sokhna port up 12%")),
    related=(("Video: how the rate cut affects your loan", "egypt/video-rate-cut-loans"),
             ("Developers expect sales boost from cheaper credit", "egypt/developers-cheaper-credit")),
    section="Egypt",
)

CB_AU1 = {
    "id": "cb-AU1",
    "part": "AU",
    "domain": "central bank",
    "fetched": "2026-04-08",
    "articles": [_CB_WIRE, _CB_PAPER, _CB_NEWSLETTER, _CB_TV],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AU2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

_EL_WIRE = article(
    ("Carthage Wire", "carthagewire.example"),
    "tunisia/mzoughi-wins-menzel-bourguiba-runoff",
    "Teacher Mzoughi wins Menzel Bourguiba by-election runoff, preliminary results show",
    "Independent candidate takes 55.4% of valid votes in Sunday's second round as turnout stays low.",
    "By Hatem Jaziri",
    paras("""
TUNIS, March 2 (Carthage Wire) - Karim Mzoughi, a secondary-school physics teacher, has
won Sunday's runoff for the vacant Menzel Bourguiba seat in Tunisia's Assembly of the
Representatives of the People, the electoral authority said on Monday, in a vote that drew
a turnout of 14.2%.

Mzoughi received 7,412 votes, or 55.4% of valid ballots, against 5,961 votes, or 44.6%,
for lawyer Amel Ben Rejeb, the Independent High Authority for Elections (ISIE) told a news
conference in Tunis. His margin of victory was 1,451 votes.

Nabil Azzouz, a member of the ISIE board, said voting had gone smoothly in all 214 polling
stations and that observers had reported only minor procedural problems, none of which
affected the count.

The results are preliminary. Candidates can challenge them before the Administrative
Court, and the ISIE will proclaim final results once the appeal period has run its
course.

The seat in the Bizerte governorate fell vacant when its member, Lotfi Gharbi, died in
November. Both runoff candidates ran as independents, as all candidates must under the
single-member constituency system introduced before the 2022-2023 legislative elections.

##AD##

In the first round on Feb. 8, Mzoughi led a field of six candidates with 36.8% of valid
votes, ahead of Ben Rejeb on 26.5%. Turnout in that round was 10.1%.

Speaking to supporters outside his campaign office late on Sunday, before the official
figures were released, Mzoughi said: "I will take the concerns of the port workers and
the fishermen to Bardo, and I will come back every week to report."

Ben Rejeb said her team would "study the results station by station" before deciding
whether to appeal. Her campaign had said on Monday morning that its own observers' count
showed a closer race.

Turnout in Tunisian legislative votes has been low since the 2022 constitution reduced the
powers of parliament. Nationwide turnout in the 2023 runoff round of the legislative
elections was about 11%.

Menzel Bourguiba, on the southern shore of Lake Bizerte, is home to a naval base and a
state-owned shipyard that has been the subject of repeated restructuring plans. Both
candidates campaigned on jobs at the yard and the fate of the town's small-scale fishing
fleet.

The 161-seat assembly has held a series of by-elections to fill seats left vacant by
deaths and resignations since it first convened in March 2023.
"""),
    date_mode="jsonld", when="2026-03-02T17:48:00+01:00",
    sidebar=("Top stories", ("Olive oil exports up 18% in first quarter of season",
                             "Tunisia, EU sign 40 million euro water deal",
                             "Sfax port handles 2.3 million tonnes in January")),
    related=(("Menzel Bourguiba first round: Mzoughi and Ben Rejeb head to runoff", "tunisia/menzel-bourguiba-first-round"),
             ("ISIE sets March 1 date for second round", "tunisia/isie-sets-runoff-date")),
    section="Tunisia",
)

_EL_PAPER = article(
    ("Tunis Evening Star", "tunisstar.example"),
    "politics/2026/03/03/menzel-bourguiba-teacher-heads-to-bardo",
    "In Menzel Bourguiba, a physics teacher heads to Bardo on a fraction of the vote",
    "Karim Mezoughi won Sunday's runoff comfortably. Most of the town did not vote at all.",
    "Leila Ben Amor, in Menzel Bourguiba",
    paras("""
On the morning after the count, the cafes along Avenue Habib Bourguiba were full, and the
talk was mostly about football. "Election? Which election?" asked a retired shipyard
welder, before remembering that his nephew had put up posters for one of the candidates.

That indifference is the story of Sunday's by-election runoff here as much as the result
itself. Karim Mezoughi, a 47-year-old physics teacher at the town's technical lycee, won
the seat with 7,412 votes against 5,961 for Amel Ben Rejeb, a lawyer and former municipal
councillor, according to preliminary results announced by the electoral authority, the
ISIE, on Monday afternoon.

But turnout was 12.4 percent. Of the 112,486 people registered in the constituency, 13,951
cast a ballot, and of those 331 left their ballot blank and 247 spoiled it. In other words,
fewer than 14,000 people took part in choosing the constituency's representative.

The first round, held on February 8, drew even fewer voters, with turnout of 10.1 percent.
In the 2023 runoff in this constituency, the figure was 11.9 percent.

## A teacher's campaign

Mr Mezoughi ran a campaign of door-to-door visits and evening meetings in the town's
neighbourhood associations. He has promised to press the government on the future of the
shipyard, where about 900 people still work, and on the dredging of the fishing port.

"My first file is the shipyard. Everything else in this town depends on it," he told the
Star on Monday evening, after the results were read out in Tunis. "I know that many
people did not vote. I will have to earn their trust as well."

##AD##

Ms Ben Rejeb, 52, who won more than 44 percent of the vote, said she was consulting her
lawyers. "We saw irregularities in a few stations. We will decide in the coming days
whether they justify an appeal," she said.

## Why so few voters?

Political scientists trace the low turnout to the reduced role of parliament under the
2022 constitution, and to the fact that candidates stand as individuals rather than on
party lists. "People do not see what one deputy can change," said Mounir Chebbi, who
teaches political science at the University of Carthage. "Local issues can bring out a
few thousand more voters, but not a wave."

The seat became vacant after the death in November of Lotfi Gharbi, who had represented
Menzel Bourguiba since 2023.

## What happens next

The results will become final once the period for appeals before the Administrative Court
has passed. Mr Mezoughi is then expected to be sworn in at the Assembly in Bardo.

At the cafe on the avenue, the retired welder had his own verdict. "A teacher is fine," he
said. "At least he knows how to count."
"""),
    date_mode="line", date_line="Tuesday, 3 March 2026",
    sidebar=("Most read", ("Fuel prices unchanged for March, ministry says",
                           "Club Africain sign Algerian striker on two-year deal",
                           "Phosphate output reaches 1.1 million tonnes in January",
                           "Heavy rain warning for north-west governorates")),
    related=(("Bizerte bridge: works 62% complete", "region/2026/02/26/bizerte-bridge-works"),
             ("Editorial: a parliament without voters", "opinion/2026/03/03/parliament-without-voters")),
    section="Politics",
)

_EL_LIVE = article(
    ("Mediterranean Radio Tunisia", "medradiotn.example"),
    "live/menzel-bourguiba-by-election-runoff",
    "Live: Menzel Bourguiba by-election runoff - turnout and results",
    "Follow our coverage of the second round for the vacant Menzel Bourguiba seat. All times are local (Tunis).",
    "Mediterranean Radio Tunisia newsroom",
    updates([
        ("Mon 2 March, 17:02", "ISIE: Mzoughi wins with 7,412 votes",
         """The electoral authority has announced the preliminary results. Karim Mzoughi
         won 7,412 votes (55.4 percent of valid votes) and Amel Ben Rejeb 5,961 (44.6
         percent). Turnout: 12.4 percent, with 13,951 ballots cast out of 112,486
         registered voters. The authority counted 331 blank ballots and 247 spoiled
         ones.

         Final results will follow after the appeal period."""),
        ("Mon 2 March, 09:50", "Counting finished, results expected this afternoon",
         """The regional election office says the minutes from all 214 polling stations
         have now reached its central counting room in Bizerte and been checked. The
         figures will be sent to the ISIE board in Tunis, which is expected to announce
         the preliminary results at a news conference this afternoon. Both campaigns have
         representatives in the counting room."""),
        ("Mon 2 March, 12:40", "Ben Rejeb camp says race is close",
         """Amel Ben Rejeb's campaign director told us that their observers' tally put
         her "within 900 votes" of Mzoughi. The ISIE has not yet published figures."""),
        ("Sun 1 March, 22:15", "Mzoughi camp claims victory",
         """Karim Mzoughi's team say their count from 170 of the 214 polling stations shows
         him on about 55 percent. Supporters are gathering outside his office on the
         corniche. These are the campaign's own figures and have not been confirmed."""),
        ("Sun 1 March, 19:55", "One station's count",
         """Our reporter watched the count at a polling station in a primary school near the
         old market. Result posted on the door: Mzoughi 61, Ben Rejeb 48, with 3 blank
         ballots. Of course, that is one station out of 214, and it tells us little about
         the overall result."""),
        ("Sun 1 March, 18:40", "Polls closed, provisional turnout 12.1 percent",
         """Polling stations closed at 6 p.m. The ISIE's regional office gives a provisional
         turnout of 12.1 percent, a figure it says will be updated once all stations have
         transmitted their minutes. Counting is under way in each station."""),
        ("Sun 1 March, 15:35", "Turnout at 8.3 percent at 3 p.m.",
         """The ISIE says turnout reached 8.3 percent at 3 p.m. In the first round, on
         February 8, final turnout was 10.1 percent."""),
        ("Sun 1 March, 12:10", "Turnout 5.2 percent at noon",
         """Midday figure from the regional election office: 5.2 percent. Our reporter at
         a school in the Cite Ennakhil district says there was a short queue after the
         morning prayers, mostly older voters."""),
        ("Sun 1 March, 08:20", "Polls open for the runoff",
         """Voting has begun in Sunday's runoff between Karim Mzoughi, a physics teacher, and
         Amel Ben Rejeb, a lawyer. The 214 polling stations will stay open until 6 p.m.
         In the first round Mzoughi took 36.8 percent and Ben Rejeb 26.5 percent."""),
    ]),
    date_mode="meta", when="2026-03-02T17:05:00+01:00",
    sidebar=("On air now", ("Morning show: Bizerte lake pollution, 3 new monitoring stations",
                            "Sports desk: Esperance lead league by 4 points",
                            "Weather: 17C in Tunis, showers in the north")),
    related=(("Podcast: who is Karim Mzoughi?", "podcast/who-is-karim-mzoughi"),
             ("First-round results in full", "news/menzel-bourguiba-first-round-results")),
    section="Live",
)

_EL_NEWSLETTER = article(
    ("The Bardo Letter", "bardoletter.example"),
    "letters/mzoughi-win-and-a-twelve-percent-turnout",
    "The Bardo Letter: Mzoughi's win, and what a 12% turnout says",
    "Our weekly note on parliament and politics. This week: the Menzel Bourguiba by-election.",
    "Sami Belhadj",
    paras("""
Dear readers,

The Assembly will soon have a new member. Karim Mzoughi, a physics teacher from Menzel
Bourguiba, won Saturday's runoff for the seat left empty by the death of Lotfi Gharbi last
November. The electoral authority's preliminary results, read out in Tunis on Monday,
March 2, gave him 7,412 votes against 5,961 for Amel Ben Rejeb.

That is a clear win: 55.4 percent of valid votes to 44.6, a gap of nearly 1,500 votes.
It is also a reminder of how narrow the base of our parliament has become.

## The turnout problem

Turnout was 12.4 percent. Put differently, about seven in every eight registered voters in
the constituency stayed at home. The figure was a little better than the 10.1 percent
recorded in the first round in February, and a fraction higher than the constituency's
11.9 percent in the 2023 runoff, but nobody in Bardo should mistake that for enthusiasm.

Mr Mzoughi seems to know it. "A seat won with so few votes is a loan, not a gift," he
said in a radio interview on Monday night. It is a good line, and he will need to live up
to it.

##AD##

## What the result tells us

Three things stand out.

First, local issues still decide these contests. Both finalists built their campaigns
around the shipyard and the fishing port, not around national questions. Mr Mzoughi's
advantage was an army of former pupils and their parents.

Second, the first-round leader won again. Mr Mzoughi topped a six-candidate field in
February with 36.8 percent and converted that lead in the second round, as most first-round
leaders have done in recent by-elections.

Third, the losing side's instinct is now to litigate. Ms Ben Rejeb says she is weighing
an appeal to the Administrative Court over what she calls irregularities in a few
stations. With a margin of that size, a reversal looks unlikely, but an appeal would
delay the proclamation of final results and the swearing-in.

## In the chamber this week

Committees continue to examine the draft law on the status of local councils, and the
finance committee has called the minister to explain the delay in publishing the
quarterly debt bulletin. The plenary vote on the new investment code amendments has been
pushed back again, officially for lack of time.

## One number

161: the number of seats in the Assembly. With Mr Mzoughi's arrival, all but a handful
will be filled for the first time in months.

Until next week,

Sami
"""),
    date_mode="none",
    sidebar=("From the archive", ("How by-elections work under the 2022 electoral law",
                                  "Interview: the Assembly's speaker on 2026 priorities",
                                  "Chart: turnout in every by-election since 2023")),
    related=(("Subscribe to The Bardo Letter", "subscribe"),),
    section="Newsletter",
)

EL_AU2 = {
    "id": "el-AU2",
    "part": "AU",
    "domain": "election",
    "fetched": "2026-03-10",
    "articles": [_EL_WIRE, _EL_PAPER, _EL_LIVE, _EL_NEWSLETTER],
    "planted": [
        ("winner's surname: Mzoughi (wire, live blog, newsletter) vs 'Mezoughi' (Tunis Evening Star)",
         r"\bmzoughi\b", r"\bmezoughi\b"),
        ("weekday of the runoff: Sunday 1 March (wire, newspaper, live blog) vs 'Saturday' (The Bardo Letter)",
         r"\bsunday\b", r"\bsaturday\b"),
        ("runoff turnout: 12.4% (newspaper, live blog, newsletter) vs 14.2% (Carthage Wire)",
         r"\b12[.,]4\b", r"\b14[.,]2\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AU3 — court (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = article(
    ("Maghreb Press Wire", "maghrebpresswire.example"),
    "morocco/marrakech-court-jails-former-housing-agency-director",
    "Marrakech court jails former housing agency director for six years over Tamansourt flats",
    "Seven of nine defendants convicted; court orders repayment of 48.5 million dirhams.",
    "By Imane Berrada",
    paras("""
MARRAKECH, July 14 (MPW) - A Moroccan court on Tuesday sentenced the former director of a
regional public housing agency to six years in prison for embezzling funds meant for
low-cost flats in the new town of Tamansourt, in one of the largest public-funds cases to
reach the Marrakech courts in recent years.

The first-instance financial crimes chamber of the Marrakech Court of Appeal also fined
Abdelhak Sbai, 61, who ran the Tensift Regional Housing Agency until 2021, 200,000 dirhams.
Prosecutors had asked for a ten-year sentence.

Seven of the nine defendants were convicted and two were acquitted. The court ordered the
convicted defendants to repay, jointly, 48.5 million dirhams (about $5.3 million) to the
state treasury, and to pay 5 million dirhams in damages to the agency, which had joined
the case as a civil party.

Contractor Hassan Ait Bella, whose company built part of the project, received five years
and a fine of 150,000 dirhams. The agency's former finance chief, Nadia Lamrani, was
sentenced to four years. Four other defendants, including two engineers and a site
supervisor, received terms of between one and three years.

##AD##

The verdict was read at about 9 p.m., after the panel of judges had retired to deliberate
shortly after midday.

Prosecutors said the defendants had diverted money between 2017 and 2021 through inflated
invoices, payments for work that was never carried out and fictitious subcontracts. The
project was meant to deliver 1,200 flats for low-income families, but only a fraction were
completed, leaving some 340 buyers who had paid deposits without homes.

The case began after a 2022 report by the Court of Accounts, the state audit body, which
estimated irregular spending on the programme at 63 million dirhams. The court's figure of
48.5 million dirhams covers only the sums prosecutors were able to trace to the
defendants.

Sbai, who has denied all the charges, did not react as the sentence was read. His lawyer,
Omar Kettani, told reporters the defence would appeal. "The court has convicted a manager
for the failures of a whole system," Kettani said.

The trial opened on Sept. 23 last year and ran for 14 hearings. Under Moroccan procedure,
the verdict can be appealed before the appellate chamber for financial crimes of the same
court.
"""),
    date_mode="jsonld", when="2026-07-14T22:10:00+01:00",
    sidebar=("Latest", ("Casablanca: tram line T5 to carry 80,000 passengers a day",
                        "Wheat harvest estimated at 4.4 million tonnes",
                        "Fes court fines three pharmacies 90,000 dirhams each")),
    related=(("Tamansourt buyers still waiting for keys, years on", "morocco/tamansourt-buyers-waiting"),
             ("Court of Accounts flags housing programme spending", "morocco/court-of-accounts-housing")),
    section="Morocco",
)

_CT_PAPER = article(
    ("Marrakech Mirror", "marrakechmirror.example"),
    "city/tamansourt-verdict-buyers-react",
    "Tamansourt verdict: 'Six years for him, and still no flat for us'",
    "The buyers who paid deposits for flats that were never finished followed the trial to the end. They were in court when the sentences were read.",
    "Youssef Amrani",
    paras("""
Zineb Ouhammou had brought a folder of receipts to the courtroom, as she had for every
hearing since the trial opened last September. At around nine o'clock on Tuesday night,
July 14, when the presiding judge finished reading the sentences, she put the folder on
her knees and wept.

"Six years for him, and still no flat for us," said Ms Ouhammou, who heads the association
representing the buyers of the Tamansourt low-cost housing programme. "Justice has spoken.
Now we want the keys."

The first-instance financial crimes chamber of the Marrakech Court of Appeal sentenced
Abdelhak Sbai, the former director of the Tensift Regional Housing Agency, to six years in
prison and a fine of 200,000 dirhams for embezzlement of public funds. The prosecution had
requested ten years.

## Seven convicted, two acquitted

The court convicted seven of the nine people on trial. Hassan Ait Bella, a contractor, was
given five years and fined 150,000 dirhams; Nadia Lamrani, the agency's former head of
finance, four years. The remaining convicted defendants received sentences of one to
three years. Two men, a former accountant and a supplier, were acquitted.

Those convicted must jointly return 48.5 million dirhams to the public treasury. The court
also awarded the housing agency 5 million dirhams in damages.

##AD##

For the 340 families who paid deposits, often between 20,000 and 40,000 dirhams each, the
ruling changes little for now. Their association had asked to be admitted as a civil party
but the court ruled last year that only the agency could claim damages, leaving buyers to
pursue their own cases separately.

"We followed fourteen hearings," said Abdellah Ait Hmad, a retired teacher who paid his
deposit in 2018. "Every time we came with hope. Tonight at least we have a judgment we
can show to the ministry."

## What went wrong

The Tamansourt programme was supposed to provide 1,200 flats for families on modest
incomes on the edge of the new town, about 15 kilometres north-west of Marrakech. Work
began in 2017. By 2021, when Mr Sbai left the agency, only four of the planned eleven
blocks had been completed.

A report published in 2022 by the Court of Accounts found 63 million dirhams of irregular
spending on the project. Judicial police investigators later traced a smaller sum to the
defendants, the figure the court retained on Tuesday.

Mr Sbai's lawyer, Omar Kettani, said his client would appeal. "My client was a civil
servant under pressure to deliver numbers. He did not put one dirham in his pocket," he
told the Mirror outside the courthouse.

The housing ministry said in a statement on Wednesday that it was studying ways to
complete the unfinished blocks, without giving a timetable.
"""),
    date_mode="none",
    sidebar=("Around Marrakech", ("Menara airport: 1.2 million passengers in June",
                                  "Jemaa el-Fna: new lighting for the square by autumn",
                                  "Heat: 46C recorded in the city on Sunday")),
    related=(("Timeline: the Tamansourt housing affair", "city/tamansourt-timeline"),
             ("Opinion: our new towns need more than concrete", "opinion/new-towns-concrete")),
    section="City",
)

_CT_RADIO = article(
    ("Radio Tensift", "radiotensift.example"),
    "news/former-agency-chief-sentenced-six-years",
    "Former housing agency chief sentenced to six years in Tamansourt case",
    "Prosecution had sought ten years; defence says it will appeal.",
    "Radio Tensift news desk",
    paras("""
The former director of the Tensift Regional Housing Agency, Abdelhak Sbai, was sentenced
late on Tuesday to six years in prison by the financial crimes chamber of the Marrakech
Court of Appeal, at the end of a trial over funds meant for a low-cost housing programme
in Tamansourt.

The court also imposed a fine of 200,000 dirhams on Mr Sbai, who is 61.

In all, nine people stood trial. Seven were convicted and two were acquitted. Contractor
Hassan Ait Bella received five years, and the agency's former finance director, Nadia
Lamrani, four years. The court ordered those convicted to pay back 48.5 million dirhams,
roughly 4.5 million euros, and to pay damages of 5 million dirhams to the agency.

## Prosecution had asked for ten years

In his closing arguments last week, the prosecutor had asked for the maximum sentence of
ten years for Mr Sbai, describing a "system of plunder" that had lasted four years. He
had also asked the court to order the repayment of the full 63 million dirhams identified
by the Court of Accounts in its 2022 audit, but the judges retained the lower figure of
48.5 million established by the judicial police investigation.

Speaking on our morning programme on Wednesday, Mr Sbai's lawyer, Omar Kettani, said the
defence had already begun preparing its appeal. "There are contradictions in the expert
reports that the court did not address. We will raise them on appeal," he said.

##AD##

## A long road for buyers

About 340 families had paid deposits for flats in the programme, which was meant to
deliver 1,200 homes. The head of their association, Zineb Ouhammou, told Radio Tensift
that the verdict was "a first step".

"We are happy that the court recognised that public money was stolen," she said. "But the
judgment does not give anyone a home. We are asking the ministry to finish the buildings."

The trial began on 23 September 2025 and required 14 hearings, several of them postponed
because of the number of defendants and the volume of documents, according to court
officials.

## What happens next

The defence and the prosecution can both appeal. The case would then go before the
appellate chamber for financial crimes at the same court, which can increase or reduce
the sentences.

Mr Sbai has been in pre-trial detention since his arrest in March 2024, which will be
deducted from his sentence.
"""),
    date_mode="meta", when="2026-07-15T07:30:00+01:00",
    sidebar=("Also on Radio Tensift", ("Al Haouz: 2,300 rebuilt homes handed over this month",
                                       "Kawkab Marrakech announce new coach",
                                       "Water: Lalla Takerkoust dam at 31% capacity")),
    related=(("Listen: the morning programme, July 15", "podcast/morning-july-15"),),
    section="News",
)

CT_AU3 = {
    "id": "ct-AU3",
    "part": "AU",
    "domain": "court",
    "fetched": "2026-07-22",
    "articles": [_CT_WIRE, _CT_PAPER, _CT_RADIO],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AU4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

_TR_NEWSLETTER = article(
    ("Mediterranean Trade Monitor", "medtrademonitor.example"),
    "notes/ras-jedir-protocol-quota-450-trucks",
    "Ras Jedir protocol: truck quota up by half, longer freight hours from June 15",
    "Tunisia and Libya agree a six-month trial at their main border crossing. What changes for shippers, and what does not.",
    "Mediterranean Trade Monitor, North Africa desk",
    paras("""
Tunisia and Libya signed a protocol in Djerba on Thursday that raises the number of cargo
trucks allowed through the Ras Jedir crossing and extends the hours during which freight
can cross. The changes apply from Monday, June 15, for a trial period of six months.

## Key terms

- Freight quota: 450 trucks a day in each direction, up from 300.
- Freight hours: 6 a.m. to 10 p.m. Tunisian time (7 a.m. to 11 p.m. in Libya; 0500 to
  2100 GMT). Until now, freight lanes closed at 6 p.m. Tunisian time.
- Perishables: a dedicated lane for fruit, vegetables and dairy products, with a target
  clearance time of four hours.
- Review: the joint trade committee will assess the trial in December and decide whether
  to make the arrangements permanent.

The protocol was signed by Tunisia's trade minister, Samia Laabidi, and Libya's minister
of economy and trade, Faraj al-Shaibani, at the close of a two-day meeting of the joint
committee on the island.

## Why it matters

Ras Jedir handles the bulk of overland trade between the two countries. Bilateral trade
was worth about 3.1 billion dinars in 2025, or roughly $1 billion, according to Tunisian
figures, and the two governments say they want to reach 5 billion dinars by 2028.

Exporters on the Tunisian side, especially producers of building materials, dairy and
fresh produce in the south, have long complained about queues that stretch for
kilometres on the approach road from Ben Guerdane. The Sfax chamber of commerce estimates
that trucks wait an average of 31 hours to cross at peak times; Libyan traders'
associations give higher figures.

##AD##

## The customs side

Mourad Ghanmi, director-general of Tunisian customs, said two new container scanners would
be in service at the crossing by the start of the trial. "The quota is only useful if we
can inspect faster. With the scanners we can clear a truck in minutes rather than hours,"
he said on Thursday.

Libya has committed to matching the extended hours on its side of the border at the
Libyan post, a condition Tunisian officials described as essential.

## What does not change

The protocol does not alter tariffs or the list of goods subject to licences. Fuel
remains outside its scope, and the informal cross-border trade that sustains much of the
economy of Ben Guerdane is not addressed directly.

## Our view

A 50% rise in the quota is meaningful, but the real test is whether both sides keep the
lanes open for the full sixteen hours, every day. The crossing was shut for several
months in 2024, and traders remember how quickly arrangements can unravel. Expect
shippers to hold back on long-term contracts until the December review.

We will publish weekly crossing times from our network of forwarders from the start of the
trial.
"""),
    date_mode="jsonld", when="2026-06-05T09:00:00+01:00",
    sidebar=("This week in the Monitor", ("Morocco: green hydrogen tender shortlist of 6 consortia",
                                          "Algeria: wheat import tender for 500,000 tonnes",
                                          "Egypt: Sokhna terminal volumes up 12%")),
    related=(("Ras Jedir: a brief history of closures", "notes/ras-jedir-closures"),
             ("Tunisia's export data for April", "notes/tunisia-exports-april")),
    section="Trade notes",
)

_TR_PAPER = article(
    ("Southern Tunisia Herald", "sthherald.example"),
    "medenine/2026/06/06/ben-guerdane-traders-ras-jedir-deal",
    "Ben Guerdane traders cautiously welcome Ras Jedir deal",
    "The new protocol promises more trucks and longer hours at the border. In the town that lives off the crossing, people have heard promises before.",
    "Walid Hammami, Ben Guerdane",
    paras("""
At the truck park on the edge of Ben Guerdane, drivers sat in the shade of their trailers
on Friday, waiting, as they usually do. Some had been there since Wednesday.

"If they really let 450 trucks through every day, I will believe it when I see it," said
Jamel Trabelsi, who hauls cement and tiles to Zuwara and Tripoli. "Last month I waited two
days."

The agreement signed in Djerba on Thursday by the Tunisian trade minister, Samia Laabidi,
and her Libyan counterpart, Faraj al-Shaibani, raises the daily freight quota at Ras
Jedir from 300 trucks in each direction to 450. Freight lanes will stay open from 6 a.m.
to 10 p.m., four hours longer than now. According to the protocol, the new arrangements
take effect from June 25 and will run for a six-month trial.

## "We depend on the border"

Ben Guerdane, about 30 kilometres from the crossing, has always lived from trade with
Libya, formal and informal. When the crossing was closed for several months in 2024, shops
in the town's market shut one after another.

"This town depends on the border. When Ras Jedir breathes, we breathe," said Hedi Bouzid,
who heads the regional chamber of commerce for the south-east. He said exporters had asked
for a quota of 600 trucks, but that 450 was "a good start".

##AD##

Mourad Ghanmi, the director-general of customs, visited the crossing on Friday morning to
inspect the two new scanners being installed. "Our officers are ready. What we need now is
the same rhythm on both sides," he said.

## What changes for travellers

The protocol concerns freight. Passenger traffic, which runs in separate lanes, is not
affected, although officials said the additional staff for the extended hours would also
ease queues for private cars during the summer season.

## Big ambitions

The two governments put the value of trade between them at 3.1 billion dinars last year
and say they want to raise it to 5 billion dinars by 2028. Tunisian exporters of
building materials, food and household goods are the main beneficiaries of any
improvement at the border.

Libyan importers also stand to gain. A trader from Zuwara, who gave only his first name,
Salem, said prices of Tunisian vegetables in western Libya rose sharply whenever the
border slowed down. "For us, a truck that waits two days is a truck of rotten tomatoes,"
he said.

For the drivers in the truck park, the test will be the first week. "Come back in July,"
said Mr Trabelsi. "Then we will know."
"""),
    date_mode="line", date_line="Saturday, 6 June 2026",
    sidebar=("Most read in the south", ("Djerba airport expects 1.4 million passengers this summer",
                                        "Gabes: chemical complex upgrade costs 210 million dinars",
                                        "Zarzis fishermen report record sardine catch")),
    related=(("Photos: a night in the Ras Jedir queue", "medenine/2026/05/20/ras-jedir-night"),
             ("Chamber of commerce calls for 600-truck quota", "medenine/2026/05/28/chamber-quota")),
    section="Medenine",
)

_TR_WIRE = article(
    ("Tripoli Wire", "tripoliwire.example"),
    "economy/libya-tunisia-agree-to-raise-ras-jedir-truck-quota",
    "Libya, Tunisia agree to raise Ras Jedir truck quota to 450 a day",
    "Economy minister al-Shaibani says protocol will ease shortages of Tunisian produce in western Libya.",
    "Tripoli Wire staff",
    paras("""
TRIPOLI/DJERBA, June 4 (Tripoli Wire) - Libya and Tunisia on Thursday signed a protocol to
raise the number of cargo trucks allowed through the Ras Jedir border crossing by half and
to extend freight hours, in a bid to ease chronic delays on the main trade route between
the neighbours.

Under the agreement, signed in Djerba by Libya's Minister of Economy and Trade Faraj
al-Shaibani and Tunisian Trade Minister Samia Laabidi, 450 trucks will be allowed to cross
in each direction every day, up from 300.

Freight lanes will operate from 7 a.m. to 11 p.m. Libyan time. The new rules take effect
on June 15 and will apply for a trial period of three months, after which the joint
committee will review them.

"Western Libya depends on Tunisian food, cement and goods every day. Every hour a truck
waits at the border is paid for by the Libyan consumer," al-Shaibani told reporters after
the signing.

##AD##

Laabidi said the protocol was "a practical step" towards the two countries' goal of
raising bilateral trade to 5 billion Tunisian dinars by 2028, from about 3.1 billion
dinars in 2025.

Tunisian customs director-general Mourad Ghanmi said two new container scanners would be
operating at Ras Jedir when the new arrangements start. Libyan officials said additional
customs and security staff would be posted on the Libyan side.

Ras Jedir, on the Mediterranean coast about 170 kilometres west of Tripoli, is the busiest
land crossing between the two countries. It was closed for several months in 2024 after
clashes on the Libyan side and a dispute over the management of the post, causing
shortages and price rises in western Libya.

The protocol also provides for a separate lane for perishable goods. It does not change
customs duties.

The two ministers also agreed to study the expansion of freight traffic at the smaller
Dehiba-Wazin crossing further south, according to a joint statement, and to hold the
committee's next meeting in Tripoli.

Libyan traders welcomed the deal but said implementation would be key. The head of a
traders' association in Zuwara said queues of more than 1,000 trucks had formed on some
days in May, according to his members' estimates.

Trade between the two countries is dominated by Tunisian exports of food, construction
materials and manufactured goods. Libya sells mainly fuel and some industrial products
to Tunisia.
"""),
    date_mode="meta", when="2026-06-04T16:40:00+02:00",
    sidebar=("Economy", ("Central bank: foreign reserves at $84 billion",
                         "Oil output averages 1.38 million barrels a day in May",
                         "Misrata free zone signs Turkish logistics deal")),
    related=(("Ras Jedir reopening: what traders need to know", "economy/ras-jedir-reopening-guide"),),
    section="Economy",
)

_TR_RADIO = article(
    ("Djerba FM", "djerbafm.example"),
    "news/ras-jedir-new-rules-monday",
    "Ras Jedir: new rules for trucks from Monday, June 15",
    "More trucks, longer hours, a lane for fruit and vegetables: what the Djerba protocol means.",
    "Djerba FM newsroom",
    paras("""
The new arrangements at the Ras Jedir border crossing, agreed by Tunisia and Libya here in
Djerba on Thursday, June 4, will come into force on Monday, June 15.

From that day, 450 trucks will be able to cross the border in each direction every day,
compared with 300 today. Freight lanes will open at 6 a.m. and close at 10 p.m., Tunisian
time. The arrangement will be tested for six months.

The protocol was signed at a hotel in the tourist zone by the Minister of Trade, Samia
Laabidi, and the Libyan Minister of Economy and Trade, Faraj al-Shaibani, after two days of
talks in the joint trade committee.

## "The scanners will make the difference"

Speaking to Djerba FM on Thursday evening, customs spokesman Mourad Ghanmi said the key
would be speed of inspection. "The scanners will make the difference. A truck that used to
be opened and unloaded by hand can now be checked in a few minutes," he said.

He added that customs would post additional officers at Ras Jedir to cover the longer
hours.

## A lane for perishables

Farmers in the region have welcomed the creation of a separate lane for fruit, vegetables
and dairy products. Trucks in that lane should be cleared within four hours, according to
the protocol.

"Our watermelons and peppers cannot wait in the sun for two days," said Mabrouk Jlassi, a
farmer from Zarzis who sells most of his produce in Libya. "If the lane works, it will
change our season."

##AD##

## Trade figures

According to the trade ministry, trade between Tunisia and Libya reached 3.1 billion dinars
in 2025. The two countries aim to reach 5 billion dinars by 2028.

The trade minister said on Thursday that the protocol was a first step and that the two
sides would also discuss electronic exchange of customs data at their next meeting.

## Reminder for listeners

The new rules concern trucks only. Private cars and travellers continue to use the
passenger lanes, where the usual summer measures apply from July 1. Travellers are
advised to check the crossing's status on the customs website before setting off.

Last summer, queues of private cars at the crossing stretched for several kilometres at
weekends, and the regional authorities have again asked travellers to avoid the busiest
days where possible.

The joint committee will meet again in December to review the trial.
"""),
    date_mode="none",
    sidebar=("Djerba FM today", ("Weather: 33C and light winds in Houmt Souk",
                                 "Ghriba pilgrimage: security plan announced",
                                 "Ferry Ajim-Jorf: 24 crossings a day this summer")),
    related=(("Listen again: interview with the customs chief", "podcast/customs-interview"),),
    section="News",
)

TR_AU4 = {
    "id": "tr-AU4",
    "part": "AU",
    "domain": "trade",
    "fetched": "2026-06-15",
    "articles": [_TR_NEWSLETTER, _TR_PAPER, _TR_WIRE, _TR_RADIO],
    "planted": [
        ("length of the trial period: six months (newsletter, newspaper, radio) vs 'three months' (Tripoli Wire)",
         r"\b(six|6)[- ]months?\b", r"\b(three|3)[- ]months?\b"),
        ("Mourad Ghanmi's title: director-general of customs (newsletter, newspaper, wire) vs 'spokesman' (Djerba FM)",
         r"director[- ]general", r"\bspokes(man|woman|person)\b"),
        ("date the new rules take effect: June 15 (newsletter, wire, radio) vs 'June 25' (Southern Tunisia Herald)",
         r"\b15 june\b|\bjune 15\b", r"\b25 june\b|\bjune 25\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AU5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

_RK_LIVE = article(
    ("Nile Horizon TV", "nilehorizon.example"),
    "live/wadisat-1-launch",
    "Live: Egypt's WadiSat-1 launches from Norway",
    "Minute by minute as the Egyptian Space Agency's crop-monitoring satellite rides a Skarv-2 rocket into orbit. Times are Cairo time.",
    "Nile Horizon TV science desk",
    updates([
        ("14:31", "First signal received in Egyptian Space City",
         """The Egyptian Space Agency confirms that its ground station in Egyptian Space City
         picked up the first signal from WadiSat-1 at 2:18 p.m. Cairo time, during the
         satellite's first pass over Egypt.

         "The satellite is talking to us. Its batteries are charging and its temperature
         is normal," the agency's chief executive, Mona El-Naggar, told our reporter in the
         control room. Engineers applauded as the telemetry came up on the screens."""),
        ("13:41", "WadiSat-1 has separated",
         """Boreal Launch confirms that WadiSat-1 separated from the upper stage at 13:38
         Cairo time, 56 minutes after liftoff. It was the fourth of the eight payloads to
         be released. The satellite is now on its own in a sun-synchronous orbit at about
         520 kilometres."""),
        ("13:20", "While we wait: WadiSat-1 in numbers",
         """A few facts while the upper stage coasts. WadiSat-1 has a mass of 74 kilograms
         and carries a multispectral camera able to see details about five metres across.
         It is designed to work for five years. The Egyptian Space Agency puts the cost
         of the project at $11.5 million. Its main users will be the ministries of
         agriculture and water resources, which want better estimates of crop areas and
         irrigation needs."""),
        ("13:05", "Upper stage coasting",
         """The upper stage has completed its first burn and is coasting before a short
         second burn that will circularise the orbit. Everything nominal, according to the
         launch commentary from Norway."""),
        ("12:43", "Liftoff!",
         """The Skarv-2 rocket lifted off from Andoya Spaceport at 12:42 Cairo time, 11:42
         local time in Norway. Cheers in the control room in Egyptian Space City, where
         dozens of engineers and students are watching the live feed."""),
        ("12:30", "Weather is go, countdown resumes",
         """The launch director has given the go after a short hold to check upper-level
         winds. Winds at the pad are within limits. Liftoff is now expected within the
         next quarter of an hour."""),
        ("11:55", "Why Sunday's attempt was called off",
         """A reminder: the first attempt on Sunday, September 13, was stopped 40 seconds
         before liftoff, which had been planned for 12:20 Cairo time, when a sensor on the
         ground equipment gave a false reading. Boreal Launch replaced the sensor on
         Monday and chose today for the second attempt."""),
        ("10:30", "Good morning from Egyptian Space City",
         """Welcome to our live coverage. Today's launch window opens at 12:30 Cairo time
         and lasts 90 minutes. WadiSat-1, a 74-kilogram satellite built in Egypt to monitor
         crops and irrigation, is one of eight payloads on board."""),
    ]),
    date_mode="meta", when="2026-09-15T14:40:00+03:00",
    sidebar=("Latest news", ("Grand Egyptian Museum welcomes 25,000 visitors a day",
                             "Pharaohs squad named for qualifiers",
                             "Cairo metro fares unchanged, ministry says")),
    related=(("Explainer: what WadiSat-1 will do for farmers", "science/wadisat-1-explainer"),
             ("Inside Egyptian Space City's clean room", "science/space-city-clean-room")),
    section="Live",
)

_RK_WIRE = article(
    ("Middle East Science Wire", "mesciencewire.example"),
    "space/egypt-wadisat-1-reaches-orbit-norway",
    "Egypt's WadiSat-1 reaches orbit on Skarv-2 rideshare from Norway",
    "Crop-monitoring satellite makes contact with ground station in Egyptian Space City.",
    "By Omar Said",
    paras("""
CAIRO, Sept 15 (MESW) - An Egyptian satellite designed to monitor crops and water use was
placed in orbit on Tuesday by a Skarv-2 rocket launched from northern Norway, the Egyptian
Space Agency said.

The rocket, operated by start-up Boreal Launch, lifted off from Andoya Spaceport at 0942
GMT carrying eight payloads. WadiSat-1 separated from the rocket's upper stage 56 minutes
after launch, and the agency's ground station received its first signal at 1118 GMT.

The 74-kg satellite is in a sun-synchronous orbit at about 520 km, an orbit that lets it
pass over the same point at the same local time each day. Its camera can distinguish
objects about five metres across in several spectral bands, which agronomists use to
estimate crop health and water stress.

"This is the first satellite whose mission is entirely dedicated to Egyptian agriculture,"
Mona El-Naggar, chief executive of the Egyptian Space Agency, said in a statement. "Its
data will help the ministries of agriculture and irrigation plan every drop of water."

##AD##

The agency said the satellite was designed, assembled and tested at its facilities in
Egyptian Space City, east of Cairo, and that about 60% of its components were made in
Egypt. The project cost $11.5 million, according to the agency.

The launch came two days after a first attempt on Sunday was aborted 40 seconds before
liftoff because of a faulty ground sensor.

Ingrid Aasen, chief executive of Boreal Launch, said Tuesday's flight was the company's
fifth orbital mission and its second from Andoya. "Eight customers, eight satellites
deployed. That is the kind of day we build this company for," she said.

The other payloads included Earth-observation and maritime-tracking satellites for
European companies and universities, the smallest weighing less than 4 kg.

Egypt has built up a domestic space programme over the past decade, after decades of
relying on foreign-built satellites. It launched its first satellite, the Nilesat 101
broadcasting satellite, in 1998.

Khaled Samir, the WadiSat-1 project manager, said the satellite would go through about six
weeks of in-orbit testing before its first images are released. Its design life is five
years.

The Nile Valley and Delta, home to most of Egypt's more than 100 million people, depend
almost entirely on the river for irrigation, and officials have made water efficiency a
priority as demand grows.
"""),
    date_mode="jsonld", when="2026-09-15T12:25:00Z",
    sidebar=("Space & science", ("Saudi cubesat reaches 550 km orbit",
                                 "Algeria signs ground station deal with European firm",
                                 "ESA probe completes flyby at 1,200 km")),
    related=(("Boreal Launch raises 60 million euros", "space/boreal-launch-funding"),
             ("Africa's space budgets, in charts", "space/africa-space-budgets")),
    section="Space",
)

_RK_NEWSLETTER = article(
    ("The Payload Letter", "payloadletter.example"),
    "issues/wadisat-1-skarv-2-andoya",
    "WadiSat-1 is up: notes from a quiet, clean Skarv-2 rideshare",
    "Egypt's agricultural smallsat, eight-for-eight deployment, and what to watch in commissioning.",
    "Anders Lie and Dina Kamel",
    paras("""
Tuesday's Skarv-2 mission from Andoya was, in the best sense, uneventful. After Sunday's
scrub at T-40 seconds, the rocket lifted off at 11:42 CEST on Tuesday, September 15, and
dropped off all eight of its payloads in a 520-kilometre sun-synchronous orbit. That is
about 323 miles up, for our American readers.

The headline passenger was WadiSat-1, the Egyptian Space Agency's crop-monitoring
satellite. A few notes on it and on the mission.

## The satellite

WadiSat-1 has a mass of 74 kg, or about 163 lb, which puts it in the small-satellite class
rather than the cubesat crowd it flew with. The payload is a multispectral imager with a
ground resolution of around five metres, plus a small data-relay package for field
sensors on irrigation canals.

The agency puts the cost at about 550 million Egyptian pounds, which converts to roughly
$11.5 million. By the standards of government Earth-observation programmes that is
modest, and the agency is keen to present it as proof that Egypt can now do most of the
work at home.

## The timeline

Times below are UTC, for those of you comparing notes across time zones. Cairo is three
hours ahead at this time of year, Norway two.

- 09:42 liftoff
- 10:38 WadiSat-1 separation (T+56 min), fourth of eight
- 11:18 first contact at the Egyptian Space City ground station

##AD##

The gap between separation and first contact simply reflects orbital geometry: the first
pass within range of the Egyptian station came about 40 minutes after deployment.

## The launcher

Boreal Launch's chief executive, Ingrid Aasen, sounded relieved on the post-launch call.
"Sunday cost us two days and a sensor. Today cost us nothing," she said. The company says
its next Skarv-2 flight is pencilled in for November, with a larger customer satellite of
around 150 kg.

## What to watch

Commissioning. The Egyptian team expects about six weeks of checks before releasing first
imagery. Project manager Khaled Samir told us the first target would be the wheat and
sugar-beet areas of the northern Delta.

Data policy. The agency has said the ministries of agriculture and water resources will
get the data first. We asked whether any imagery would be made public; the answer was
"later, in some form".

Design life is five years. If the platform holds up, expect talk of a WadiSat-2 with a
sharper camera; Mona El-Naggar, the agency's chief executive, has already said on Egyptian
television that a follow-on is "in the planning stage".

## Elsewhere this week

Two other launches are on our calendar: a Japanese H3 flight carrying a 4,000 kg
navigation satellite, and an Indian PSLV rideshare with 14 passengers.
"""),
    date_mode="line", date_line="Wednesday, 16 September 2026",
    sidebar=("Launch scoreboard", ("Orbital launches worldwide so far this year: 212",
                                   "Most launched rocket this year: Falcon 9 (118)",
                                   "Next from Andoya: November")),
    related=(("Andoya's first year as an orbital spaceport", "issues/andoya-first-year"),
             ("Smallsat pricing, 2026 edition", "issues/smallsat-pricing-2026")),
    section="Launches",
)

RK_AU5 = {
    "id": "rk-AU5",
    "part": "AU",
    "domain": "rocket",
    "fetched": "2026-09-24",
    "articles": [_RK_LIVE, _RK_WIRE, _RK_NEWSLETTER],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AU6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

_EQ_LIVE = article(
    ("Rif Radio", "rifradio.example"),
    "live/al-hoceima-earthquake",
    "Live: earthquake in Al Hoceima province - toll, aftershocks, aid",
    "Our rolling coverage of the earthquake that struck the Al Hoceima region overnight on Saturday. All times are Moroccan time.",
    "Rif Radio newsroom",
    updates([
        ("Sun 18 Oct, 19:40", "Interior Ministry: 23 dead, 187 injured",
         """The Interior Ministry has issued an updated toll: 23 people were killed and 187
         injured in Saturday's earthquake. According to the ministry, 1,146 homes were
         damaged, 312 of which collapsed completely, most of them in villages around
         Imzouren.

         The ministry said search operations in the affected villages were now
         complete."""),
        ("Sun 18 Oct, 11:15", "More than 40 aftershocks recorded",
         """The National Institute of Geophysics says it has recorded more than 40
         aftershocks since the main quake. The strongest, of magnitude 4.3, struck at
         6:05 a.m. on Saturday. Schools in the province will stay closed until
         Wednesday."""),
        ("Sat 17 Oct, 21:30", "A night in tents",
         """Many families in Imzouren and the surrounding douars are preparing to spend the
         night outside, fearing more aftershocks. A field hospital of the Royal Armed Forces
         has been set up near the town's sports ground.

         Older residents we spoke to all mention 2004. "We know what the earth can do
         here," said Mohamed, 70, who lost his house in the 2004 earthquake, which killed
         more than 600 people in the province."""),
        ("Sat 17 Oct, 16:05", "Provisional toll rises to 17 dead",
         """Local authorities now report 17 dead and 96 injured. These figures are
         provisional; rescue teams are still reaching mountain villages where tracks were
         blocked by rockfalls."""),
        ("Sat 17 Oct, 12:40", "Blood donation appeal",
         """The regional hospital in Al Hoceima is asking for blood donors of all groups.
         Volunteers are already queuing at the regional blood transfusion centre. Donors
         are asked to bring identification and to avoid coming if they have been ill in
         the past week."""),
        ("Sat 17 Oct, 09:30", "11 dead, 52 injured, according to local authorities",
         """The provincial authorities say 11 people have died and 52 have been taken to
         hospital in Al Hoceima and Imzouren. Civil protection teams are searching collapsed
         houses in several villages."""),
        ("Sat 17 Oct, 06:20", "First deaths reported; strong aftershock",
         """A local official tells Rif Radio that at least 4 people were killed when their
         houses collapsed. A strong aftershock was felt at 6:05 a.m., sending residents back
         into the streets."""),
        ("Sat 17 Oct, 03:05", "Strong earthquake felt across the Rif",
         """A strong earthquake shook Al Hoceima and the surrounding area at 2:17 a.m. The
         National Institute of Geophysics puts the magnitude at 5.8 and the depth at 11
         kilometres, with the epicentre near Imzouren. The shaking was felt as far as
         Nador and Tetouan. We are trying to reach our correspondents."""),
    ]),
    date_mode="meta", when="2026-10-18T19:45:00+01:00",
    sidebar=("Also on Rif Radio", ("Nador West Med port: first ship expected in 2027",
                                   "Chabab Rif Al Hoceima draw 1-1 at home",
                                   "Olive harvest: prices at 9 dirhams a kilo")),
    related=(("How to donate safely to earthquake victims", "news/donate-safely"),
             ("Emergency numbers for the province", "news/emergency-numbers")),
    section="Live",
)

_EQ_WIRE = article(
    ("Maghreb Dispatch", "maghrebdispatch.example"),
    "morocco/al-hoceima-earthquake-toll-rises-to-23",
    "Morocco quake toll rises to 23 as Rif villages count damage",
    "Magnitude 5.8 earthquake near Imzouren damaged more than 1,100 homes, Interior Ministry says.",
    "By Hicham Elalaoui",
    paras("""
RABAT, Oct 18 (Maghreb Dispatch) - The death toll from an earthquake that struck Morocco's
northern Al Hoceima province early on Saturday has risen to 23, with 187 people injured,
the Interior Ministry said on Sunday evening.

The quake hit at 2:17 a.m. local time (0117 GMT) near the town of Imzouren, about 15 km
south-east of the port city of Al Hoceima, when most residents were asleep. Morocco's
National Institute of Geophysics (ING) measured its magnitude at 5.8 and its depth at 11
km. The U.S. Geological Survey put the magnitude at 5.6, and the European-Mediterranean
Seismological Centre at 5.7.

The ministry said 1,146 homes had been damaged, including 312 that collapsed. Most of
the destruction was in villages of mud-brick and stone houses on the hillsides around
Imzouren.

Rescue teams from the civil protection service and the armed forces worked through
Saturday to reach remote villages where rockfalls had cut off tracks. The ministry said on
Sunday that search operations had been completed.

##AD##

The regional hospital in Al Hoceima received 94 of the injured, and others were treated
at health centres in Imzouren and nearby towns or at a field hospital set up by the army,
health officials said. Most had fractures and cuts; 11 were in a serious condition on
Sunday.

"The Rif is one of the most active seismic zones in the country. This was a moderate
earthquake, but shallow, and it struck villages where houses are fragile," said Nasser
Benjelloun, who heads the seismic monitoring department at the ING.

"The houses that fell were old, built without reinforcement. The newer ones cracked but
stood," said Rachid Boulaich, a civil protection officer in Imzouren.

The government announced emergency aid of 30,000 dirhams for each household whose home was
destroyed, and said tents, blankets and food had been distributed to about 2,000
families. Schools in the province were closed until Wednesday.

The region has a history of deadly earthquakes. A 2014 earthquake in the same area killed
more than 600 people, and many residents of Imzouren said the shaking on Saturday brought
back memories of that night.

The Al Hoceima quake is the deadliest in Morocco since the September 2023 Al Haouz
earthquake in the High Atlas, which killed nearly 3,000 people.

The ING said it had recorded more than 40 aftershocks, the strongest of magnitude 4.3 at
6:05 a.m. on Saturday. Seismologists warned that further aftershocks were likely in the
coming days but said a larger quake was unlikely.
"""),
    date_mode="jsonld", when="2026-10-18T20:30:00+01:00",
    sidebar=("Morocco", ("Tanger Med handles 10.2 million containers to date this year",
                         "Inflation slows to 1.1% in September",
                         "Royal Air Maroc orders 12 new aircraft")),
    related=(("Photos: damage in the Rif", "morocco/photos-rif-damage"),
             ("Why northern Morocco shakes", "morocco/explainer-rif-seismicity")),
    section="Morocco",
)

_EQ_PAPER = article(
    ("The Tangier Tribune", "tangiertribune.example"),
    "region/after-the-quake-imzouren-counts-its-losses",
    "After the quake, Imzouren counts its losses and fears the next one",
    "Two days after the earthquake that killed 23 people, families in the hills above the town are still sleeping outside.",
    "Nadia Fassi, in Imzouren",
    paras("""
The crack runs from the roof of Fatima Azzouzi's house to the floor, wide enough to slide a
hand into. She has not slept inside since the earthquake woke her at 2:47 a.m. on Saturday,
and she does not intend to until an engineer has told her it is safe.

"At my age, you do not run very fast," said Mrs Azzouzi, 68, who lives in a village on the
hills above Imzouren. "My son carried me out. When we turned around, the house of our
neighbour was gone."

The earthquake, which Morocco's National Institute of Geophysics measured at magnitude
5.8, killed 23 people and injured 187, according to the final figures released by the
Interior Ministry on Sunday evening. More than a thousand homes were damaged; 312 collapsed
entirely.

## "We know this earth"

In Imzouren, memories of 2004 are never far away. That February, a stronger earthquake
killed more than 600 people across the province, and the town was among the hardest hit.

"We rebuilt everything after 2004, and we thought we had learned," said Abdelkrim
Benaissa, a pharmacist whose shop on the main street lost its windows but is still
standing. "The new buildings held. It is the old houses in the douars that killed people."

Engineers from the regional public works department began inspecting damaged buildings on
Sunday. Houses are being marked with coloured signs: green for safe, orange for repairs,
red for demolition.

##AD##

## Tents and a field hospital

The army has set up a field hospital near the sports ground, where doctors said they had
treated mostly fractures and cuts. Tents donated by the Moroccan Red Crescent line the
edge of the football pitch.

The government has promised 30,000 dirhams in emergency aid to each family whose home was
destroyed, and officials say a longer-term reconstruction programme will follow. Many
families said they had not yet been told how to apply.

"We have the tent, we have bread. But winter is coming in the mountains," said Youssef
Aarab, a farmer whose stone house collapsed. His wife and two children escaped with minor
injuries.

## Aftershocks keep people outside

The National Institute of Geophysics has recorded more than 40 aftershocks, the strongest
of magnitude 4.3 shortly after 6 a.m. on Saturday. Each new tremor sends people back into
the streets.

Schools in the province are closed until Wednesday. Teachers in Imzouren said some school
buildings would need inspection before they reopened.

For Mrs Azzouzi, the question is simple. "Tell me when it will stop," she said, "and I
will go back inside."
"""),
    date_mode="line", date_line="Monday, 19 October 2026",
    sidebar=("Most read", ("Tanger Med: new cruise terminal opens in 2027",
                           "IRT Tangier top the table after 9 matches",
                           "Ferry tickets to Algeciras up 6% this winter",
                           "Weather: rain expected in the Rif on Thursday")),
    related=(("Editorial: build for the earthquakes we know will come", "opinion/build-for-earthquakes"),
             ("How to help: verified collections", "region/how-to-help")),
    section="Region",
)

_EQ_TV = article(
    ("Atlas 24 TV", "atlas24.example"),
    "news/rif-earthquake-what-we-know",
    "Rif earthquake: what we know so far",
    "Toll, magnitude, aid and aftershocks: the key facts about the earthquake in Al Hoceima province.",
    "Atlas 24 TV",
    paras("""
Morocco's northern Al Hoceima province is counting the cost of the deadliest earthquake to
hit the region in more than twenty years. Here is what we know.

## When and where

The earthquake struck at 2:17 a.m. local time on Saturday, October 17, when most people
were asleep. According to the National Institute of Geophysics, its epicentre was near
Targuist, in the mountains of the central Rif, at a depth of 11 kilometres.

## How strong was it?

The institute measured the magnitude at 5.8. International agencies gave slightly lower
readings: 5.6 for the United States Geological Survey and 5.7 for the
European-Mediterranean Seismological Centre. Differences of this size between agencies
are common in the first days after a quake.

## The toll

The Interior Ministry said on Sunday evening that 23 people had been killed and 187
injured. Earlier provisional figures released by local authorities had been lower as
rescuers worked to reach isolated villages.

According to the ministry, 1,146 homes were damaged, and 312 of them collapsed.

##AD##

## Aftershocks

More than 40 aftershocks have been recorded. The strongest, of magnitude 4.3, was felt at
6:05 a.m. on Saturday. Seismologists at the institute told Atlas 24 that aftershocks could
continue for several weeks, but that they were expected to weaken.

## Aid and rescue

Civil protection teams, the Royal Armed Forces and volunteers from across the region took
part in rescue operations, which the ministry said were completed on Sunday. The army has
set up a field hospital, and tents and food have been distributed to about 2,000 families.

The government announced emergency aid of 30,000 dirhams for each household whose house
was destroyed. A reconstruction programme is being prepared, the government spokesman
said after Monday's cabinet meeting.

## Schools

Schools across the province are closed until Wednesday. The education ministry said
buildings would be inspected before classes resume.

## Is this the worst quake in the region?

No. In 2004, an earthquake near Al Hoceima killed more than 600 people and left thousands
homeless. The province was largely rebuilt afterwards, and engineers say newer buildings
in the towns largely withstood Saturday's shaking.

Nationally, the deadliest recent disaster was the September 2023 earthquake in Al Haouz
province, south of Marrakech, which killed nearly 3,000 people.

## How to help

The authorities ask donors to give through recognised organisations such as the Moroccan
Red Crescent rather than to individual appeals on social media.
"""),
    date_mode="none",
    sidebar=("Atlas 24 now", ("Casablanca stock index closes at 18,240 points",
                              "Wydad beat FAR Rabat 2-0",
                              "Weather: 24C in Marrakech, rain in the north")),
    related=(("Video: drone footage of damaged villages", "news/video-drone-rif"),
             ("Interview: a seismologist explains the Rif fault", "news/interview-seismologist")),
    section="News",
)

EQ_AU6 = {
    "id": "eq-AU6",
    "part": "AU",
    "domain": "earthquake",
    "fetched": "2026-10-26",
    "articles": [_EQ_LIVE, _EQ_WIRE, _EQ_PAPER, _EQ_TV],
    "planted": [
        ("epicentre: near Imzouren (live blog, wire, newspaper) vs 'near Targuist' (Atlas 24 TV)",
         r"\bimzouren\b", r"\btarguist\b"),
        ("time of the quake: 2:17 a.m. local (live blog, wire, TV) vs '2:47 a.m.' (The Tangier Tribune)",
         r"\b0?2[:.h]17\b", r"\b0?2[:.h]47\b"),
        ("year of the earlier deadly Al Hoceima quake: 2004 (live blog, newspaper, TV) vs '2014' (Maghreb Dispatch)",
         r"\b2004\b", r"\b2014\b"),
    ],
}


STORIES = [CB_AU1, EL_AU2, CT_AU3, TR_AU4, RK_AU5, EQ_AU6]
