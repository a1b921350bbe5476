"""Story battery, part AT — Poland, Czechia and Hungary, events in 2026.

Written by engineer AT1 on 2026-12-07 for the thirty-fifth batch, a precision batch.
Six separate events, each covered by three or four invented outlets (every domain ends
in .example). Reporters, companies, candidates, most officials and all figures are
invented; real institutions and places appear only as scenery. Local times are
Central European Summer Time (UTC+2) for every event (all fall between 29 March and
25 October 2026); Kyiv time in tr-AT4 is UTC+3.

cb-AT1 — central bank — CONTROL — fetched 2026-05-14
  TRUE FACTS: Czech National Bank board cut the two-week repo rate by 25 basis points
  (a quarter of a percentage point) to 3.25% from 3.50% on Wednesday 6 May 2026; vote
  5-2 (Lucie Horáková and Radek Šimek for no change); discount rate 2.25%, Lombard
  4.25%; effective Thursday 7 May; statement at 14:30 Prague time (12:30 GMT), press
  conference 15:45; Governor Tomáš Vlček; first cut since May 2025 (rate held at 3.50%,
  last hold on 18 March); April CPI 2.6%, services inflation 4.1%; new forecast:
  inflation 2.3% in 2026 and 2.0% in 2027, GDP growth 2.0% in 2026 (2.3% in February);
  koruna 24.59 -> 24.68 per euro; next meeting 24 June.
  OUTLETS: Central European Press Agency (wire, meta); The Prague Ledger (newspaper,
  jsonld); Koruna Brief (newsletter, line "Thursday, 7 May 2026"); Radio Danube
  International (broadcaster, none — text says "on Wednesday, May 6").
  PLANTED: none.
  LEGITIMATE TRAPS: 25 basis points / 25bp / a quarter of a percentage point; 3.5 vs
  3.50 per cent; 14:30 Prague vs 1230 GMT; "a quarter to four" for 15:45; two different
  analyst polls (CEPA 11 of 16, Koruna Brief 6 of 9); 50bp discussed/priced but not
  done; February growth forecast 2.3% vs new 2.0%; 2027 inflation forecast 2.0%;
  implied path to 3.0%, an analyst's 3.00% forecast; koruna 24.68 vs "around 24.7" vs
  close 24.66; the 2022 peak of 7%; the governor's "door" remark worded two ways;
  sidebars with Polish and Hungarian rates and unrelated figures; decision vs
  effective date.

el-AT2 — election — 3 PLANTED — fetched 2026-06-24
  TRUE FACTS: early mayoral election in Olsztyn, Poland, on Sunday 14 June 2026 after
  mayor Ryszard Kowalczyk resigned in March to become deputy infrastructure minister;
  Agnieszka Wróblewska (independent, 47) won outright with 26,416 votes (52.40%); Marek
  Dąbkowski 16,031 (31.80%); Piotr Zawisza 7,965 (15.80%); 50,412 valid votes; 51,137
  ballots of 132,480 registered; turnout 38.6%; margin 10,385 votes / 20.6 points; no
  run-off (it would have been 28 June); 93 precincts; polls closed 21:00 (19:00 GMT);
  official results announced Monday 15 June at about 11:20.
  OUTLETS: Polska Live (live blog, meta); Vistula Wire (wire, jsonld); Warsaw Courier
  (newspaper, line "Monday, 15 June 2026"); CE24 Television (broadcaster, none — text
  says "on Monday, June 15").
  PLANTED: (1) Vistula Wire gives the winner 26,146 votes (right 26,416 — digits
  swapped); (2) Warsaw Courier misspells the runner-up as "Dąbrowski" (right Dąbkowski);
  (3) CE24 Television calls it "Saturday's" election (right Sunday).
  LEGITIMATE TRAPS: exit poll 54.0/30.5/15.5 and turnout estimate 39.5%; partial count
  (58 of 93 precincts: 51.2/32.9/15.9); 17:00 turnout 27.9% vs 33.4% in 2024; 2024
  turnout 44.1% and Kowalczyk's 58.9% run-off win; per-district shares; margin in votes
  vs in points; one concession remark worded two ways; 9 p.m. vs 21:00 vs 1900 GMT;
  the hypothetical run-off date; population figure; sidebars.

ct-AT3 — court — CONTROL — fetched 2026-10-01
  TRUE FACTS: on Tuesday 22 September 2026 the Curia (Kúria) of Hungary, panel chaired
  by Judge Erzsébet Hajdú, restored the Hungarian Competition Authority's May 2024 fines
  for price coordination: Kárpát Olaj Zrt. HUF 2.4 billion, Alföld Energia Kft. HUF 1.45
  billion, total HUF 3.85 billion (about €9.8 million); this overturned the Budapest-
  Capital Regional Court's April 2025 reduction to HUF 3.1 billion (1.95 + 1.15);
  ruling read at 10:00 (08:00 GMT); infringement March 2021 - August 2022, about 1,900
  chat messages, 412 filling stations (268 + 144); pay within 30 days; final, a
  constitutional complaint possible within 60 days; GVH president Bálint Szénási;
  Kárpát Olaj lawyer Anna Kelemen.
  OUTLETS: Budapest Observer (newspaper, meta); Central European Press Agency (wire,
  line "Tuesday, 22 September 2026"); The Visegrád Letter (newsletter, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: HUF 3.85bn vs 3.85 billion forints vs €9.8 million vs "nearly €10
  million"; per-company parts vs total; lower court's HUF 3.1bn and its parts; GVH's HUF
  5.2bn gain estimate vs companies' expert HUF 0.9bn; 10% legal maximum; Hungarian name
  order "Hajdú Erzsébet" and "Dr."; 10 a.m. vs 0800 GMT; decision dates (May 2024,
  April 2025, September 2026), 30 and 60 day deadlines; the fuel price cap period;
  sidebars with other cases.

tr-AT4 — trade — 3 PLANTED — fetched 2026-04-27
  TRUE FACTS: Poland and Ukraine signed a grain licensing agreement in Lublin on
  Thursday 16 April 2026 at 18:40 Warsaw time (16:40 GMT, 19:40 Kyiv) after 11 hours of
  talks; signatories Polish Agriculture Minister Henryk Sobczak and Ukraine's first
  deputy economy minister Oksana Hrytsenko; annual cap 1.35 million tonnes (wheat
  620,000, maize 480,000, rapeseed 250,000); licences issued by KOWR, applications from
  18 May; effective 1 June 2026 to 31 May 2027, review after six months; transit
  unaffected; Dorohusk blockade (from 2 April) lifted on Friday 17 April.
  OUTLETS: Central European Press Agency (wire, jsonld); Warsaw Courier (newspaper,
  none — text says "on Thursday, April 16"); CE24 Television (broadcaster, meta); The
  Visegrád Letter (newsletter, line "Friday, 17 April 2026").
  PLANTED: (1) Warsaw Courier says the deal was signed in Rzeszów (right Lublin — wrong
  place); (2) CE24 Television says the talks lasted 14 hours (right 11 — wrong
  duration); (3) The Visegrád Letter calls Hrytsenko "deputy foreign minister" (right
  first deputy economy minister — wrong title).
  LEGITIMATE TRAPS: 1.35 million vs 1,350,000 tonnes; per-crop parts vs total; Ukraine's
  request of 2 million tonnes, farmers' demand of 800,000; the EU-wide 1.3 million tonne
  wheat quota; 2.9 million tonnes imported in 2022/23; 18:40 vs 6.40 p.m. vs 1640 GMT vs
  19:40 Kyiv; the six weeks / four rounds of negotiations; the 15-day blockade; several
  dates (signed, applications, effective, expiry, review).

rk-AT5 — rocket — CONTROL — fetched 2026-08-28
  TRUE FACTS: Bałtyk Rocket Works' Sokół-2 suborbital rocket launched from the Central
  Air Force Training Ground near Ustka at 09:14 CEST (07:14 UTC) on Wednesday 19 August
  2026 after a scrub on Tuesday 18 August (upper-level winds); apogee 104.2 km (about 65
  miles, about 342,000 feet); motor burn 48 seconds; peak speed about 1,480 m/s (about
  5,300 km/h); payload module splashdown 9 minutes 52 seconds after lift-off, recovered
  at 10:52 about 41 km offshore; four experiments weighing 32 kg; rocket 9.6 m, 1,140
  kg; CEO Karolina Nowicka-Szulc, chief engineer Bartosz Lis; POLSA president Jerzy
  Wawrzyniak; Sokół-1 reached 62 km in October 2025; PLN 48 million raised in March.
  OUTLETS: Baltic Space Live (live blog, meta); Vistula Wire (wire, none — text says "on
  Wednesday, August 19"); Orbit East (newsletter, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: preliminary "above 100 km" and "at least 103 km" before the final
  104.2 km; the 105 km prediction and 100 km target; km vs miles vs feet; m/s vs km/h;
  CEST vs UTC; the scrubbed first attempt and the opening of the window; Sokół-1's 62 km;
  Sokół-3 plans (150 km, 2027); PLN 48 million vs euro; sidebars with other launches.

eq-AT6 — disaster — 3 PLANTED — fetched 2026-07-20
  TRUE FACTS: a cloudburst over the Mátra hills (Heves county, Hungary) on Saturday 11
  July 2026 sent a flood wave through Parád at about 17:20 local time (15:20 GMT); final
  toll 7 dead, 43 injured (9 seriously); 610 people evacuated; 340 houses damaged, 58
  uninhabitable; HungaroMet measured 96 mm; the deadliest flash flood in Hungary since
  2010; disaster management spokeswoman Lt-Col Krisztina Vámos; Parád mayor István
  Borsos; Interior Minister Sándor Kertész visited on Sunday 12 July; HUF 5 billion
  emergency fund.
  OUTLETS: Budapest Observer (live blog, jsonld); Central European Press Agency (wire,
  line "Sunday, 12 July 2026"); The Danube Daily (newspaper, none — text says "on
  Saturday, July 11"); Radio Danube International (broadcaster, meta).
  PLANTED: (1) the wire says the wave hit at 18:20 (right 17:20 — wrong clock time);
  (2) The Danube Daily says 430 houses were damaged (right 340 — digits swapped);
  (3) Radio Danube International says the worst since 2005 (right 2010 — wrong year).
  LEGITIMATE TRAPS: provisional tolls on the live blog (at least three dead, five, six
  with one missing, then seven; 28 and 38 injured before 43); the private network's 118
  mm vs HungaroMet's 96 mm; damage estimates (insurers HUF 9bn, county HUF 12bn) vs the
  HUF 5bn fund; 17:20 vs 5.20 p.m. vs 15:20 GMT; the storm's onset around 16:30;
  evacuated vs injured vs uninhabitable counts; sidebars.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Poland", "Czechia", "Hungary", "Business", "Europe", "Opinion", "Video"]


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
# Outlets
# ---------------------------------------------------------------------------

CEPA = ("Central European Press Agency", "cepa-wire.example")
VISTULA = ("Vistula Wire", "vistulawire.example")
LEDGER = ("The Prague Ledger", "pragueledger.example")
COURIER = ("Warsaw Courier", "warsawcourier.example")
OBSERVER = ("Budapest Observer", "budapestobserver.example")
DANUBE_DAILY = ("The Danube Daily", "danubedaily.example")
RDI = ("Radio Danube International", "rdi-news.example")
CE24 = ("CE24 Television", "ce24.example")
KORUNA = ("Koruna Brief", "korunabrief.example")
VLETTER = ("The Visegrád Letter", "visegradletter.example")
ORBIT = ("Orbit East", "orbiteast.example")
POLSKA_LIVE = ("Polska Live", "polskalive.example")
BALTIC_SPACE = ("Baltic Space Live", "balticspacelive.example")


# ---------------------------------------------------------------------------
# cb-AT1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

CB_AT1 = {
    "id": "cb-AT1",
    "part": "AT",
    "domain": "central bank",
    "fetched": "2026-05-14",
    "articles": [
        article(
            CEPA, "markets/2026/05/06/czech-central-bank-cuts-rate-325",
            "Czech central bank cuts key rate to 3.25% in split vote",
            "Board votes 5-2 for a quarter-point reduction; governor says further easing is possible but not guaranteed",
            "Ondřej Marek, CEPA",
            paras("""
PRAGUE, May 6 (CEPA) - The Czech National Bank cut its main interest rate by 25 basis points to 3.25% on Wednesday, resuming monetary easing after a long pause as inflation settled close to its 2% target.

The seven-member board voted five to two for the reduction in the two-week repo rate, the bank said in a statement released at 2:30 p.m. (1230 GMT). Two members voted to keep the rate at 3.50%, where it had stood since May 2025.

The discount rate was lowered to 2.25% and the Lombard rate to 4.25%, with all three rates taking effect from Thursday.

Eleven of 16 analysts polled by CEPA last week had forecast a cut, while the remaining five expected the bank to hold.

"The door to further easing is open, but it is not wide open," Governor Tomáš Vlček told a news conference in Prague. "We will look at each meeting's data. There is no pre-set path."

The koruna weakened after the decision, trading at 24.68 per euro at 1300 GMT compared with 24.59 just before the announcement.

## Inflation near target

Consumer prices rose 2.6% year on year in April, according to the Czech Statistical Office, down from 2.9% in March. The central bank's new staff forecast, also published on Wednesday, sees inflation averaging 2.3% this year and 2.0% in 2027.

The forecast trimmed the outlook for economic growth to 2.0% for 2026 from 2.3% in the February projection, citing weaker demand from Germany, the country's largest trading partner.

##AD##

Vlček said the board had discussed the size of the move but that no member had proposed cutting by 50 basis points. The two dissenters, board members Lucie Horáková and Radek Šimek, argued that services inflation, which ran at 4.1% in April, remained too high to justify easing, he said.

The bank had kept rates unchanged at a series of meetings since its last cut a year ago, most recently on March 18, when the board voted unanimously to hold.

## Market reaction

Analysts said the statement leaned cautious. "It is a dovish move wrapped in hawkish language," said Petra Zelená, chief economist at Vltava Capital in Prague. "We expect one more cut this year, probably in the autumn, taking the repo rate to 3.00%."

Before the meeting, financial markets were pricing in a cumulative 50 basis points of cuts over the next 12 months, according to forward rate agreements. Traders trimmed those bets slightly after the governor's remarks.

The next monetary policy meeting is scheduled for June 24.

(Reporting by Ondřej Marek; Editing by Jana Veselá)
"""),
            date_mode="meta", when="2026-05-06T14:41:00+02:00",
            sidebar=("Most read", ("Polish central bank holds reference rate at 4.00% for third meeting",
                                   "Hungarian forint slips to 398 per euro as MNB signals patience",
                                   "Škoda Auto output up 7% in first quarter",
                                   "Prague office rents hit record of 24.50 euros per square metre")),
            related=(("Czech inflation eases to 2.6% in April", "economy/2026/04/czech-inflation-april"),
                     ("CNB keeps rates on hold in March, vote unanimous", "markets/2026/03/18/cnb-holds")),
            section="Markets"),
        article(
            LEDGER, "economy/vlcek-central-bank-trims-rates-again",
            "Vlček's central bank trims rates again, but warns of 'sticky' services prices",
            "Mortgage holders gain a little relief as the repo rate falls to 3.25 per cent; two board members wanted to wait",
            "Kateřina Doležalová, Economics Correspondent",
            paras("""
Czech borrowers received modest good news on Wednesday afternoon when the Czech National Bank lowered its benchmark rate by a quarter of a percentage point, taking the two-week repo rate to 3.25 per cent from 3.5 per cent.

It was the first cut in a year, and it came after a board that had spent the winter insisting it was in no hurry. What changed, Governor Tomáš Vlček explained at the afternoon press conference, was the run of inflation data. Consumer prices rose 2.6 per cent in April compared with a year earlier, and core measures eased more than the bank had expected.

"The door to further cuts is open, but not wide open," the governor said, choosing his words with evident care. Asked whether June was in play, he replied: "Every meeting is a live meeting. I would not read the calendar too closely."

## A divided board

The decision was not unanimous. Five of the seven board members backed the cut; Lucie Horáková and Radek Šimek voted to leave the rate unchanged. According to Vlček, both pointed to services inflation of 4.1 per cent and to wage growth that remains above 6 per cent in nominal terms.

That split matters, says Martin Kubíček, a former adviser to the bank who now teaches at the Prague University of Economics and Business. "A five-two vote tells you the hawks are not a fringe. If the koruna weakens much beyond 25 to the euro, I think you will see the majority shrink."

The koruna did soften after the announcement, sliding from about 24.59 to 24.68 per euro within half an hour.

##AD##

## What it means for households

For mortgage borrowers, the effect will be gradual. Most Czech home loans are fixed for three to five years, so only those refinancing this year will feel the change. Lenders typically price new fixations off longer-term swap rates, which had already fallen in anticipation of the move.

Jiří Polák, who runs the mortgage brokerage Hypoteční Dům, said average offered rates for five-year fixations had dropped to around 4.4 per cent from 4.7 per cent at the start of the year. "People come in asking whether to wait for the next cut. I tell them nobody knows, including the bank," he said.

The bank's fresh forecast, presented alongside the decision, sees inflation averaging 2.3 per cent this year, just above the 2 per cent target, and economic growth of 2.0 per cent. In February, staff had pencilled in growth of 2.3 per cent. The forecast assumes interest rates will fall further over the coming year, though the board does not treat that path as a commitment.

The discount and Lombard rates, which form a corridor around the main rate, were lowered to 2.25 and 4.25 per cent respectively. The changes take effect on Thursday.

The next rate-setting meeting is on June 24. Before then, the bank will watch May inflation figures, due in the second week of June, and the outcome of wage talks in the public sector.
"""),
            date_mode="jsonld", when="2026-05-06T18:05:00+02:00",
            sidebar=("Most read", ("Opinion: Prague's housing crisis needs more than cheaper loans",
                                   "Brno tram extension opens two years late and 40% over budget",
                                   "Slavia clinch the title with a 3-1 win at Plzeň",
                                   "Weather: temperatures to reach 27C by Sunday")),
            related=(("How the CNB fought inflation: a timeline", "economy/cnb-inflation-timeline"),
                     ("Mortgage rates: what a 3.25% repo rate means for you", "money/mortgage-rates-explainer")),
            section="Economy"),
        article(
            KORUNA, "issues/2026-05-07",
            "Koruna Brief: CNB cuts 25bp - what the new forecast really says",
            "Our morning digest for investors in Czech assets",
            "The Koruna Brief desk",
            paras("""
Good morning. The Czech National Bank delivered the cut most of the market expected yesterday, lowering the two-week repo rate by 25bp to 3.25%. Here is what you need to know before the open.

## The decision in four lines

Repo rate: 3.25% (previously 3.50%). Discount rate 2.25%, Lombard 4.25%. Effective today, 7 May.

Vote: 5-2. Horáková and Šimek preferred no change.

Timing: statement released at 14:30 Prague time, press conference with Governor Vlček at 15:45.

Context: the first move since May 2025; the board had held at every meeting since, most recently on 18 March.

## Our poll vs the outcome

Of the nine economists in our own pre-meeting survey, six expected a cut and three a hold, a closer call than the wire polls suggested. Nobody in our sample called for 50bp, and the governor said no such proposal was put to the vote.

## The forecast

The spring forecast puts average inflation at 2.3% in 2026 and 2.0% in 2027, with GDP growth of 2.0% this year, down from 2.3% in the February round. The implied rate path, which the board treats as a staff view rather than a promise, points to a repo rate of about 3.0% by the first quarter of next year.

Our read: the path is slightly more dovish than the governor's tone. Vlček repeatedly stressed services inflation (4.1% in April) and said "every meeting is a live meeting". We take that as a sign the board wants room for manoeuvre, not as a signal that June is off the table.

##AD##

## Market moves

EUR/CZK rose from 24.59 to 24.68 in the half hour after the statement and closed near 24.66. Two-year swap rates fell 4bp to 3.02%; the ten-year government bond yield edged down to 4.11%.

## What the governor said

The line that will be quoted most: "The door to further easing is open, but it is not wide open." Vlček also said the board had spent "a good part of the meeting" on Germany, where industrial orders fell again in March.

## Elsewhere in the region

Poland's central bank kept its reference rate at 4.00% on Tuesday for a third straight meeting, and Hungary's base rate remains at 6.00% ahead of the MNB's decision on 26 May. The forint traded at 398 per euro this morning, the zloty at 4.27.

## Calendar

Czech May CPI: 10 June. Next CNB meeting: 24 June. Czech first-quarter GDP, second estimate: 2 June.

That's all for today. Reply to this email with questions; we read everything.
"""),
            date_mode="line", date_line="Thursday, 7 May 2026",
            sidebar=("In previous issues", ("March 19: CNB holds at 3.50%, vote 7-0",
                                            "April 10: Inflation surprise - CPI at 2.6%",
                                            "April 28: Why the zloty outperformed in Q1")),
            related=(("Koruna Brief archive", "issues"),),
            section="Newsletter"),
        article(
            RDI, "business/czech-central-bank-lowers-interest-rates",
            "Czech central bank lowers interest rates for the first time in a year",
            "The quarter-point cut brings the main rate to 3.25 per cent. Two of seven board members wanted to wait.",
            "Eva Kratochvílová, Prague",
            paras("""
Pavel Novotný has been watching the Czech National Bank more closely than usual this spring. The owner of two bakeries in Prague's Vinohrady district needs to refinance a loan for new ovens this summer, and every tenth of a point counts.

"I was hoping for half a point, to be honest," he told us on Wednesday, May 6, a few hours after the bank announced its decision. "But a quarter is better than nothing."

The bank's board lowered the two-week repo rate, its main policy rate, from 3.50 to 3.25 per cent. It was the first reduction since May last year; the rate had stayed at 3.50 per cent through a string of meetings, most recently in March.

## A cautious governor

At a news conference that began at a quarter to four in the afternoon, Governor Tomáš Vlček made clear that the bank was not promising more. "The door to further easing is open, but it is not wide open," he said. He added that the board would decide "meeting by meeting, on the data".

The vote was five in favour and two against. Board members Lucie Horáková and Radek Šimek preferred to keep rates on hold, citing persistent price growth in services.

The central bank has come a long way since 2022, when it raised its main rate to 7 per cent to fight inflation that later climbed into the high teens. Since the end of 2023 it has lowered rates step by step, before pausing for most of last year.

##AD##

## Inflation close to target

Inflation in April was 2.6 per cent, according to the Czech Statistical Office. The bank now expects an average of 2.3 per cent for the whole of this year, close to its 2 per cent goal. It also lowered its forecast for economic growth this year to 2.0 per cent.

Economists were mostly unsurprised. "This was well telegraphed," said Tomáš Beneš of the consultancy Moravia Economics in Brno. "The interesting part is the vote. With two members against, I would not bet on a cut in June. September looks more likely."

Not everyone agrees. Some analysts think weak industrial demand in Germany could push the bank to move again at its next meeting on June 24.

## What changes for borrowers

Banks are expected to pass on the reduction slowly. Rates on new mortgages have already been falling this year because lenders anticipated the move. For people with variable-rate loans, which are less common in the Czech Republic than elsewhere in Europe, the cut will show up on statements within weeks.

The two other rates the central bank sets were also reduced by a quarter of a percentage point: the discount rate to 2.25 per cent and the Lombard rate to 4.25 per cent. All three apply from the following day.

The Czech crown weakened slightly against the euro after the announcement, to around 24.7 crowns per euro.

For Mr Novotný, the decision means his new loan will probably cost a little less than he had feared. "I will wait until autumn and see," he said. "Maybe by then there will be another quarter."
"""),
            sidebar=("Also on RDI", ("Slovakia's parliament approves 2027 budget outline",
                                     "Listen: the Vltava's new flood barriers, ten years on",
                                     "Austria's inflation falls to 2.9%",
                                     "Poland: motorway toll rises by 12 groszy per kilometre")),
            related=(("Czech crown: why a stronger currency helped fight inflation", "business/czech-crown-explainer"),
                     ("Central banks in Central Europe: who cuts next?", "business/region-rates-outlook")),
            section="Business"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AT2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

EL_AT2 = {
    "id": "el-AT2",
    "part": "AT",
    "domain": "election",
    "fetched": "2026-06-24",
    "articles": [
        article(
            POLSKA_LIVE, "live/olsztyn-early-mayoral-election-2026",
            "Olsztyn early mayoral election - as it happened",
            "Agnieszka Wróblewska wins outright in the first round; our rolling coverage of the vote and the count",
            "Zofia Kamińska and Tomasz Górecki",
            updates([
                ("Mon 15 June, 11:38", "Official: Wróblewska wins with 52.40%", """
The municipal electoral commission has published the final protocol. Agnieszka Wróblewska received 26,416 votes (52.40%), Marek Dąbkowski 16,031 (31.80%) and Piotr Zawisza 7,965 (15.80%).

Turnout was 38.6%: 51,137 of the 132,480 people on the register picked up a ballot, and 50,412 valid votes were cast. Because Wróblewska crossed the 50% threshold, there will be no run-off on 28 June. Her margin over Dąbkowski is 10,385 votes.

That's where we'll leave our live coverage. Thank you for following.
"""),
                ("Mon 15 June, 11:20", "Commission starts reading the results", """
The chair of the municipal electoral commission, Halina Pietrzak, has begun a news conference at city hall. She says all 93 precinct protocols have been checked and no complaints were lodged overnight.
"""),
                ("Mon 15 June, 08:05", "Dąbkowski concedes", """
Marek Dąbkowski has posted a short video on social media. "This morning I called Agnieszka Wróblewska to congratulate her. The voters have spoken clearly, and I accept their decision," he says. He adds that he will stay on as a city councillor.
"""),
                ("Mon 15 June, 01:12", "58 of 93 precincts counted", """
Our tally from protocols posted on precinct doors, with 58 of 93 precincts in: Wróblewska 51.2%, Dąbkowski 32.9%, Zawisza 15.9%. These are unofficial numbers compiled by our reporters and volunteers; the commission will publish its own figures in the morning.
"""),
                ("Sun 14 June, 23:40", "Wróblewska: 'Olsztyn chose the city over the parties'", """
Speaking to about two hundred supporters at a café in the old town, Wróblewska stopped short of declaring victory. "Tonight Olsztyn chose the city over the parties. Let's wait for every vote, but I am very, very grateful," she said, to loud applause.
"""),
                ("Sun 14 June, 21:02", "Exit poll: Wróblewska 54.0%", """
The exit poll by Pracownia Badań Warmia, published as the polls closed, puts Wróblewska on 54.0%, Dąbkowski on 30.5% and Zawisza on 15.5%. The pollster gives a margin of error of three points and estimates turnout at 39.5%.

If those numbers hold, Olsztyn will not need a second round.
"""),
                ("Sun 14 June, 21:00", "Polls close", """
Voting has ended in all 93 precincts. Counting begins now.
"""),
                ("Sun 14 June, 17:15", "Turnout at 17:00: 27.9%", """
The commission says 27.9% of registered voters had cast a ballot by 17:00, compared with 33.4% at the same point in the first round of the regular election in April 2024. Turnout in that first round ended at 44.1%.
"""),
                ("Sun 14 June, 07:00", "Good morning from Olsztyn", """
Polls have opened for Sunday's early election for mayor of Olsztyn, called after Ryszard Kowalczyk resigned in March to become a deputy infrastructure minister. Kowalczyk won a second term in 2024, beating his rival in a run-off with 58.9% of the vote.

Three candidates are on the ballot: Agnieszka Wróblewska, 47, a former director of the city's social welfare centre, running as an independent; Marek Dąbkowski, 52, a city councillor backed by the largest opposition club on the council; and Piotr Zawisza, 34, who runs a bicycle-sharing start-up. Polling stations close at 21:00.
"""),
            ]),
            date_mode="meta", when="2026-06-15T11:40:00+02:00",
            sidebar=("Most read", ("Gdańsk shipyard wins order for two ferries worth 1.1 billion zlotys",
                                   "Heatwave: 34C forecast for Wrocław on Thursday",
                                   "Ekstraklasa: Lech sign Czech striker for 2.5 million euros")),
            related=(("Who is Agnieszka Wróblewska?", "politics/who-is-agnieszka-wroblewska"),
                     ("Why Olsztyn is voting again, two years early", "politics/olsztyn-why-vote-again")),
            section="Live"),
        article(
            VISTULA, "poland/2026/06/15/olsztyn-mayor-wroblewska",
            "Independent Wróblewska elected Olsztyn mayor without run-off",
            "Former social welfare chief takes 52.4% in early vote called after predecessor joined the government",
            "Krzysztof Lewandowski, Vistula Wire",
            paras("""
OLSZTYN, Poland, June 15 (Vistula Wire) - Agnieszka Wróblewska, an independent backed by a local civic committee, won Sunday's early election for mayor of the north-eastern Polish city of Olsztyn in the first round, official results showed on Monday.

Wróblewska, 47, received 26,146 votes, or 52.40% of valid ballots, the municipal electoral commission said, enough to avoid a run-off that would have been held on June 28. City councillor Marek Dąbkowski came second with 16,031 votes (31.80%) and businessman Piotr Zawisza third with 7,965 votes (15.80%).

Her lead over Dąbkowski was 20.6 percentage points.

Turnout was 38.6%, down from 44.1% in the first round of the regular local elections in April 2024.

The early vote was called after the previous mayor, Ryszard Kowalczyk, stepped down in March to become a deputy infrastructure minister in Warsaw. Kowalczyk had won a second term in 2024 in a run-off, taking 58.9% of the vote. Since his departure the city has been run by an acting mayor appointed by the prime minister.

"The result is a mandate to get to work, not to celebrate," Wróblewska told Vistula Wire on Monday morning. "The first hundred days will be about buses, the regional hospital and the budget hole we inherited."

##AD##

Wróblewska, a former director of the city's social welfare centre, will take office once she is sworn in before the city council.

Dąbkowski, 52, who was backed by the largest opposition grouping on the council, congratulated the winner in a video posted online and said he would remain a councillor. "I will hold the new administration to its promises," he said.

## Low summer turnout

Political scientists said the relatively low turnout was typical of early elections held in summer. "Stand-alone votes without a national campaign pulling people to the polls always struggle," said Łukasz Mielczarek, a political scientist at the University of Warmia and Mazury in Olsztyn. "Below 40% is not a disaster for a June vote."

An exit poll by Pracownia Badań Warmia, published when polls closed at 9 p.m. (1900 GMT), had given Wróblewska 54.0%, slightly overstating her final share.

Olsztyn, a city of about 170,000 people, is the capital of the Warmia-Masuria province. Wróblewska campaigned on restoring cut bus routes, completing a delayed expansion of the municipal hospital and an audit of city finances, which she says show a gap of around 60 million zlotys in this year's budget.

Zawisza, 34, who runs a bicycle-sharing start-up, had campaigned on cheaper housing for young people and won his best result in the student district near the university.

(Reporting by Krzysztof Lewandowski; Editing by Anna Szymańska)
"""),
            date_mode="jsonld", when="2026-06-15T11:52:00+02:00",
            sidebar=("Top stories", ("Polish retail sales rise 4.8% in May",
                                     "Warsaw airport passenger numbers up 11% year on year",
                                     "Baltic ferry operator orders two hybrid ships")),
            related=(("Olsztyn's mayor quits for ministry job, early vote set for June 14", "poland/2026/03/olsztyn-mayor-quits"),),
            section="Poland"),
        article(
            COURIER, "politics/olsztyn-picks-a-social-worker-over-party-machines",
            "Olsztyn picks a social worker over the party machines",
            "Agnieszka Wróblewska's first-round victory is a blow to both big national parties, which struggled to mobilise voters in a summer election",
            "Magdalena Sikora, Olsztyn",
            paras("""
Three weeks ago, few people outside Olsztyn's council chamber could have picked Agnieszka Wróblewska out of a crowd. On Sunday, 26,416 of her fellow citizens made her their mayor, and they did it in a single round.

The 47-year-old former head of the city's social welfare centre took 52.40 per cent of the valid vote in the early election, according to the final figures read out at city hall on Monday. Her nearest rival, Marek Dąbrowski, a three-term councillor with the backing of the largest opposition group on the council, finished on 31.80 per cent. Piotr Zawisza, a 34-year-old tech entrepreneur, took the remaining 15.80 per cent.

Turnout was 38.6 per cent, low by the standards of a regular local election but respectable for a stand-alone vote in mid-June.

## A campaign without logos

Wróblewska's posters carried no party logo, and she refused to be photographed with national politicians. That was deliberate. "People here are tired of hearing Warsaw's arguments in Olsztyn's streets," she told me in her campaign office, a former shoe shop on Pieniężnego Street, a week before polling day. "I talk about the number 14 bus and the waiting list at the hospital."

On Sunday night, in a café packed with volunteers, she put it differently: "Tonight Olsztyn chose the city, not the parties."

Dąbrowski, for his part, ran a more conventional campaign, with visits from two former ministers and a televised debate in which he accused Wróblewska of having "no programme beyond good intentions". On Monday morning he conceded in a short video. "I rang Agnieszka Wróblewska this morning to congratulate her. The voters spoke clearly and I accept that," he said.

##AD##

## Where the votes came from

The map of results shows how broad Wróblewska's win was. She led in 88 of the city's 93 precincts. In the large Jaroty housing estate in the south she took about 61 per cent; in the old town and the streets around the castle her share was closer to 48 per cent, with Dąbrowski strongest in the villa districts on the western edge of the city. Zawisza's best showing, around 27 per cent, came in the precincts around the university campus in Kortowo.

Olsztyn last chose a mayor in April 2024, when Ryszard Kowalczyk won a second term in a run-off with 58.9 per cent. His decision in March to leave for a deputy minister's post in the infrastructure ministry triggered Sunday's vote and irritated many local voters. "He promised five years and gave us two," said Elżbieta Nowak, a retired teacher I met outside a polling station in Zatorze.

## What comes next

Wróblewska will be sworn in before the city council in the coming days. She inherits a budget that, by her own count, is short of around 60 million zlotys this year, and a council in which no group has a majority.

For Dąbrowski, the defeat is a setback but not an end. He keeps his council seat and, at 52, has time. For the national parties, the lesson may be harder to swallow: in a city of 170,000 people, a candidate with no party machine beat them both by more than 10,000 votes.
"""),
            date_mode="line", date_line="Monday, 15 June 2026",
            sidebar=("Most read", ("Opinion: Our towns need mayors, not party soldiers",
                                   "Kraków to close two more streets to cars from September",
                                   "Interview: the Masurian lakes' new sailing season")),
            related=(("Olsztyn early election: the three candidates", "politics/olsztyn-candidates"),
                     ("Analysis: early local elections since 2018", "politics/early-local-elections")),
            section="Politics"),
        article(
            CE24, "news/poland/olsztyn-new-mayor-wroblewska",
            "New mayor for Olsztyn: Wróblewska wins without a second round",
            "The independent candidate took more than half of the votes in the early election",
            "CE24 News",
            paras("""
Olsztyn has a new mayor. Agnieszka Wróblewska, an independent, won Saturday's early election with 26,416 votes, the city's electoral commission announced on Monday, June 15.

That gave her 52.40 per cent of the valid vote, enough to win outright and avoid a second round that had been pencilled in for June 28.

Councillor Marek Dąbkowski finished second with 16,031 votes, or 31.80 per cent, and entrepreneur Piotr Zawisza third with 7,965 votes, or 15.80 per cent.

Just under four in ten voters took part: turnout was 38.6 per cent. In the regular election two years ago, 44.1 per cent voted in the first round.

## Why Olsztyn voted early

The election was called after the previous mayor, Ryszard Kowalczyk, resigned in March to take up a post as deputy infrastructure minister in the national government. Kowalczyk had been re-elected only in 2024, winning the run-off with 58.9 per cent.

Under Polish law, when a mayor leaves office early, an early election must be held, and the prime minister appoints someone to run the city in the meantime.

##AD##

## 'Buses, the hospital and the budget'

Speaking to our reporter outside city hall after the results were announced, Wróblewska said her first decisions would concern public transport. "We cut eleven bus lines in two years. I want the first of them back before the school year starts," she said.

She also promised an independent audit of the city's finances within her first three months and said she would ask the regional authorities to speed up the expansion of the municipal hospital, which is two years behind schedule.

Dąbkowski congratulated her in a video posted on social media. "The voters have spoken clearly, and I accept their decision," he said, adding that he would continue to sit on the city council.

## Exit poll overstated her lead

An exit poll published at 9 p.m., when polling stations closed, had given Wróblewska 54.0 per cent and Dąbkowski 30.5 per cent. An unofficial count overnight, with 58 of the 93 precincts reporting, had her on 51.2 per cent.

In the end her margin over Dąbkowski was 10,385 votes.

## Who is the new mayor?

Wróblewska, 47, is a social worker by training. She ran the city's social welfare centre for nine years before resigning last year in a dispute with city hall over funding for care homes. She is married with two teenage children and lives in the Nagórki district.

She will take the oath of office at a special session of the city council, expected before the end of the month.

Watch our full report on CE24 News at 7 p.m., and read more about the candidates in our election guide.
"""),
            sidebar=("Watch next", ("Video: How Olsztyn voted, district by district",
                                    "Video: Storms bring down trees in Pomerania",
                                    "Video: Poland's new high-speed rail line - 250 km/h by 2032")),
            related=(("Olsztyn: the candidates in 60 seconds", "news/poland/olsztyn-candidates-video"),),
            section="Poland"),
    ],
    "planted": [
        ("winner's vote count: 26,416 (Polska Live, Warsaw Courier, CE24) vs 26,146 (Vistula Wire, digits swapped)",
         r"\b26,?416\b", r"\b26,?146\b"),
        ("runner-up's surname: Dąbkowski (Polska Live, Vistula Wire, CE24) vs Dąbrowski (Warsaw Courier, misspelt)",
         r"d[aą]bkowski", r"d[aą]browski"),
        ("polling day: Sunday (Polska Live, Vistula Wire, Warsaw Courier) vs Saturday (CE24, wrong weekday)",
         r"\bsunday\b", r"\bsaturday\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AT3 — court (CONTROL)
# ---------------------------------------------------------------------------

CT_AT3 = {
    "id": "ct-AT3",
    "part": "AT",
    "domain": "court",
    "fetched": "2026-10-01",
    "articles": [
        article(
            OBSERVER, "business/2026/09/22/curia-restores-fuel-cartel-fines",
            "Curia restores full fines on fuel cartel, handing competition watchdog a major win",
            "Hungary's top court overturns a lower court's reduction and orders Kárpát Olaj and Alföld Energia to pay a combined HUF 3.85 billion",
            "Dániel Fekete",
            paras("""
Hungary's highest court on Tuesday reinstated the full fines imposed on two fuel distributors for coordinating prices at the pump, overturning a lower court ruling that had cut the penalties by almost a fifth.

The Curia's three-judge panel, chaired by Judge Erzsébet Hajdú, found that the Budapest-Capital Regional Court had been wrong to reduce the fines in April 2025. The original penalties set by the Hungarian Competition Authority (GVH) in May 2024, HUF 2.4 billion for Kárpát Olaj Zrt. and HUF 1.45 billion for Alföld Energia Kft., must now be paid in full within 30 days.

Combined, the fines amount to HUF 3.85 billion, or roughly €9.8 million at current exchange rates. The regional court had lowered the total to HUF 3.1 billion, arguing that the authority had overestimated how long the coordination lasted.

"The evidence shows a single, continuous infringement," Judge Hajdú said as she read out the ruling shortly after 10 a.m. "The lower court split into separate episodes what was in fact one arrangement."

## Messages between managers

At the heart of the case were about 1,900 messages exchanged between regional managers of the two companies in a private chat group between March 2021 and August 2022. According to the GVH, the managers used the group to agree when and by how much to change prices at 412 filling stations in eastern and north-eastern Hungary, 268 of them operated by Kárpát Olaj and 144 by Alföld Energia.

The period overlapped with the government's cap on pump prices for petrol and diesel, introduced in November 2021. The companies had argued that under the cap there was nothing left to coordinate. The Curia rejected this, noting that the chat messages dealt largely with premium grades and with prices for commercial fleet customers, which the cap did not cover.

##AD##

## 'A message to the market'

GVH president Bálint Szénási welcomed the judgment. "This is a message to the whole market: a chat group is not a safe place for a cartel," he told reporters outside the court.

Kárpát Olaj's lawyer, Anna Kelemen, said the company "respects but does not agree with" the ruling and would consider a constitutional complaint, which must be lodged within 60 days. Alföld Energia said in a statement that it would pay and had already set the money aside in its 2025 accounts.

The judgment is final; there is no further appeal in the ordinary courts.

## How much did drivers lose?

The GVH had estimated that the coordination earned the two companies an extra HUF 5.2 billion in margin. An economist hired by the companies put the figure at no more than HUF 0.9 billion. The Curia said it did not need to choose between the two estimates, because the fines were calculated from turnover rather than from the gains, and remained well below the legal maximum of 10 per cent of annual turnover.

Motorists' groups said the ruling should make it easier for customers to seek compensation. "The fine goes to the state budget, not to the people who paid too much at the pump," said Zsófia Ránki of the Motorists' Rights Association. "Now there is a final judgment that a cartel existed. That is what a damages claim needs."

Neither company would say whether it planned to offer compensation voluntarily.
"""),
            date_mode="meta", when="2026-09-22T13:10:00+02:00",
            sidebar=("Most read", ("Forint weakens past 400 per euro for first time since March",
                                   "Budapest airport to add 14 gates by 2029",
                                   "Court orders retrial in Szeged hospital tender case",
                                   "Lake Balaton water level 12 cm below average")),
            related=(("GVH fines fuel distributors HUF 3.85 billion", "business/2024/05/gvh-fuel-cartel-fine"),
                     ("Regional court cuts fuel cartel fines to HUF 3.1 billion", "business/2025/04/fuel-cartel-fines-cut")),
            section="Business"),
        article(
            CEPA, "courts/hungary-curia-upholds-fuel-cartel-fines",
            "Hungary's supreme court upholds 3.85 bln forint fuel cartel fines",
            "Curia overturns lower court decision that had reduced penalties",
            "Réka Tóth, CEPA",
            paras("""
BUDAPEST (CEPA) - Hungary's supreme court, the Curia, on Tuesday upheld fines totalling 3.85 billion forints (about 9.8 million euros) imposed on two fuel distributors for coordinating retail prices, overturning a lower court decision that had cut the penalties.

The ruling, read out at 10:00 local time (0800 GMT) by presiding judge Erzsébet Hajdú, restores the amounts set by the Hungarian Competition Authority (GVH) in May 2024: 2.4 billion forints for Kárpát Olaj Zrt. and 1.45 billion forints for Alföld Energia Kft.

In April 2025 the Budapest-Capital Regional Court had reduced the fines to 1.95 billion and 1.15 billion forints respectively, a combined 3.1 billion, after finding that parts of the alleged coordination had not been proven.

The Curia said the regional court had wrongly treated a single, continuous infringement as a series of separate episodes.

The judgment is final. The companies have 30 days to pay.

##AD##

According to the GVH, regional managers of the two firms exchanged about 1,900 messages in a chat group between March 2021 and August 2022 to align the timing and size of price changes at 412 filling stations in eastern Hungary.

"A chat group is not a safe place for a cartel," GVH president Bálint Szénási told reporters after the hearing. "This judgment will be read carefully in every boardroom in the country."

Kárpát Olaj said it respected the court but disagreed with the ruling and was weighing a complaint to the Constitutional Court. Such a complaint must be filed within 60 days and does not suspend payment.

Alföld Energia said it would comply.

The case is one of the largest competition fines in Hungary's fuel sector since the government capped pump prices in late 2021, a measure that was lifted at the end of 2022 amid supply shortages.

Kárpát Olaj, based in Nyíregyháza, operates 268 filling stations, mostly in the north-east of the country. Alföld Energia, headquartered in Debrecen, runs 144. Both are privately owned and neither is listed.

The GVH has estimated that the two companies gained an additional 5.2 billion forints in margin from the arrangement, a figure the companies dispute. An economic expert commissioned by the firms estimated any gain at no more than 0.9 billion forints.

Hungarian competition law allows fines of up to 10 percent of a company's annual net turnover.

The Curia's panel of three judges heard arguments over two sessions, in June and September. The written reasoning of the judgment is expected to be published within 30 days.

Separately, the GVH said it was examining two further cases involving price coordination in wholesale fuel supply but declined to name the companies involved.

(Reporting by Réka Tóth; Editing by Gergely Lakatos)
"""),
            date_mode="line", date_line="Tuesday, 22 September 2026",
            sidebar=("Latest", ("Hungary's industrial output falls 2.3% in August",
                                "Slovak court jails ex-minister for three years in procurement case",
                                "Czech parliament passes bill on renewable energy auctions")),
            related=(("Fuel price cap: how Hungary's 480-forint limit worked", "explainers/hungary-fuel-cap"),),
            section="Courts"),
        article(
            VLETTER, "2026/09/24/curia-fuel-cartel-and-more",
            "The Visegrád Letter: a chat group, a cartel and the Curia",
            "What Tuesday's ruling means for competition enforcement in Hungary - plus the week's other legal news from the region",
            "Bence Varga",
            paras("""
Dear readers,

On Tuesday the Curia did something Hungarian competition lawyers had been waiting for: it spelled out, in a final judgment, that a group chat among managers can be a cartel in its own right.

## The case in brief

In May 2024 the Hungarian Competition Authority (Gazdasági Versenyhivatal, GVH) fined two regional fuel distributors, Kárpát Olaj Zrt. of Nyíregyháza and Alföld Energia Kft. of Debrecen, a total of HUF 3.85 billion (nearly €10 million) for coordinating pump prices between March 2021 and August 2022. Kárpát Olaj's share was HUF 2.4 billion, Alföld Energia's HUF 1.45 billion.

The companies went to court, and in April 2025 the Budapest-Capital Regional Court (Fővárosi Törvényszék) cut the total to HUF 3.1 billion. The GVH appealed to the Curia. On Tuesday a panel chaired by Dr. Hajdú Erzsébet (or, in the Western order, Judge Erzsébet Hajdú) restored the authority's original fines in full.

## Why it matters

Three points stand out.

First, the court accepted that roughly 1,900 messages over a year and a half formed one continuous infringement, not a string of separate contacts. That matters because it affects both the size of the fine and the limitation period.

Second, the judges dismissed the argument that the government's fuel price cap left no room for coordination. The cap did not cover premium grades or fleet card prices, and that is where most of the chat traffic was.

Third, the Curia sidestepped the fight over how much the companies actually earned. The GVH put the extra margin at HUF 5.2 billion; the companies' expert said at most HUF 0.9 billion. The court noted that the fines were calculated from turnover and were far below the 10% statutory ceiling, so the question did not need answering.

##AD##

## What happens next

The companies must pay within 30 days. Kárpát Olaj has said it may lodge a constitutional complaint; the deadline is 60 days from delivery of the judgment, and a complaint would not suspend payment. GVH president Bálint Szénási was in a combative mood outside the court: "A chat group is not a safe place for a cartel. That message is for the whole market."

For the 412 filling stations involved, 268 run by Kárpát Olaj and 144 by Alföld Energia, nothing changes at the pump. The more interesting question is whether fleet operators who bought fuel during the period will now sue. A final judgment establishing the infringement makes that considerably easier.

## Also this week

Poland: the Supreme Administrative Court upheld a 12 million zloty fine on a Wrocław property developer for misleading advertising.

Czechia: the Constitutional Court in Brno heard arguments on the 2025 amendment to the building act; a ruling is expected in November.

Slovakia: a Bratislava court ordered the state railway operator to pay 2.2 million euros to a rolling stock supplier over a cancelled tender.

Until next week,
Bence
"""),
            date_mode="jsonld", when="2026-09-24T07:00:00+02:00",
            sidebar=("From the archive", ("How the Czech building act changed in 2025",
                                          "Poland's competition watchdog: 2025 in numbers",
                                          "Interview: a former GVH chief on leniency")),
            related=(("Subscribe to The Visegrád Letter", "subscribe"),),
            section="Newsletter"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AT4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

TR_AT4 = {
    "id": "tr-AT4",
    "part": "AT",
    "domain": "trade",
    "fetched": "2026-04-27",
    "articles": [
        article(
            CEPA, "trade/2026/04/16/poland-ukraine-grain-licence-deal",
            "Poland, Ukraine sign grain licence deal, ending unilateral import ban",
            "Annual cap of 1.35 million tonnes on wheat, maize and rapeseed from June 1; transit unaffected",
            "Marta Wiśniewska and Andriy Kovalenko, CEPA",
            paras("""
LUBLIN, Poland, April 16 (CEPA) - Poland and Ukraine signed an agreement on Thursday that will allow limited volumes of Ukrainian grain and oilseeds onto the Polish market under a licensing system from June 1, replacing a ban Warsaw imposed unilaterally in 2023.

The deal, signed in Lublin at 6:40 p.m. local time (1640 GMT) after 11 hours of talks, sets an annual cap of 1.35 million tonnes: 620,000 tonnes of wheat, 480,000 tonnes of maize and 250,000 tonnes of rapeseed.

Polish Agriculture Minister Henryk Sobczak and Ukraine's first deputy economy minister, Oksana Hrytsenko, signed the document at the provincial governor's office after the fourth round of negotiations in six weeks.

"This is not a wall, it is a gate with a guard," Sobczak told reporters. "Polish farmers will know exactly how much comes in and when."

Hrytsenko said Kyiv had not got everything it wanted. "But Ukrainian exporters finally have predictability, and that is worth a lot," she said.

## Licences and transit

Import licences will be issued by Poland's National Support Centre for Agriculture (KOWR), which will start accepting applications on May 18. The quotas run until May 31, 2027, and both sides will review how the system works after six months.

Transit of Ukrainian grain through Poland to Baltic ports and other EU markets is not affected. Transit cargoes will continue to travel in sealed trucks and rail wagons fitted with GPS trackers.

##AD##

Ukraine had asked for an annual quota of 2 million tonnes, while Polish farmers' organisations had demanded a cap of no more than 800,000 tonnes, according to people familiar with the talks.

The quotas are separate from the EU-wide duty-free allowance for Ukrainian wheat, set at 1.3 million tonnes a year under the trade arrangement agreed in Brussels, which applies to exports to the bloc as a whole.

## Blockade

Farmers who have been blocking the approach to the Dorohusk border crossing since April 2 said they would lift their blockade on Friday morning if the text matched what the minister had told them.

"We will read every line tonight," said Tadeusz Kaczmarczyk, head of the Eastern Farmers' Alliance, which organised the protest. "If the numbers are as he promised, the tractors go home."

Poland imported about 2.9 million tonnes of Ukrainian grain in the 2022/23 season, before the ban, according to agriculture ministry data, a surge that farmers blamed for a collapse in local prices.

(Reporting by Marta Wiśniewska in Lublin and Andriy Kovalenko in Kyiv; Editing by Piotr Malinowski)
"""),
            date_mode="jsonld", when="2026-04-16T19:25:00+02:00",
            sidebar=("Trade news", ("EU steel safeguard quotas cut by 15% from July",
                                    "Czech car exports hit record 1.4 million vehicles in 2025",
                                    "Hungary, Serbia open new border crossing at Kelebia")),
            related=(("Farmers block Dorohusk crossing over grain imports", "trade/2026/04/02/dorohusk-blockade"),
                     ("Explainer: how the EU's Ukraine trade quotas work", "trade/explainer-eu-ukraine-quotas")),
            section="Trade"),
        article(
            COURIER, "economy/grain-deal-ukraine-signed",
            "A gate with a guard: Poland and Ukraine strike a grain deal at last",
            "After eleven hours of talks, the two governments agree on quotas and licences. Farmers say they will watch closely.",
            "Paweł Jasiński",
            paras("""
It took eleven hours, several pots of coffee and one walk-out that lasted barely twenty minutes, but late on Thursday, April 16, Poland and Ukraine signed the agreement that is supposed to end almost three years of quarrelling over grain.

The document, signed in Rzeszów by Agriculture Minister Henryk Sobczak and Oksana Hrytsenko, Ukraine's first deputy economy minister, replaces the blanket ban Poland imposed in September 2023 with a system of import licences and annual quotas.

From June 1, Ukrainian exporters will be able to sell up to 1,350,000 tonnes a year on the Polish market: 620,000 tonnes of wheat, 480,000 tonnes of maize and 250,000 tonnes of rapeseed. Anything above those limits will still be barred. Grain in transit to other countries is not covered by the quotas and can continue to cross Poland as before.

## How it will work

Importers will have to apply for licences to the National Support Centre for Agriculture, known by its Polish initials KOWR. Applications open on May 18. Licences will be issued in monthly tranches, so that the whole year's quota cannot arrive at harvest time, when Polish farmers sell most of their own crop.

The system will be reviewed after six months, in early December, and the current quotas expire on May 31 next year. Either side can ask for early consultations if prices move sharply.

"This is not a wall, it is a gate with a guard," Sobczak said after the signing, a line he has clearly been practising. Hrytsenko was more reserved. "We did not get everything we wanted," she said. "But our exporters finally have predictability."

##AD##

## The view from the fields

The farmers who parked tractors across the road to the Dorohusk crossing on April 2 are not celebrating yet. They had wanted the total capped at 800,000 tonnes. Kyiv had asked for two million. The final figure sits closer to the Ukrainian end.

"The minister did better than we feared and worse than we hoped," said Tadeusz Kaczmarczyk, who leads the Eastern Farmers' Alliance, on Thursday night. "We will lift the blockade, but if the licences are handed out like sweets, we will be back."

The protest, which lasted fifteen days and left lorries queuing for up to sixty hours on the Ukrainian side, ended on Friday morning.

## Why it matters

Before the ban, Ukrainian grain poured into Poland. In the 2022/23 season the country imported about 2.9 million tonnes, according to agriculture ministry figures, and local wheat prices fell by around a third.

The new quotas are also separate from the EU-wide duty-free limit on Ukrainian wheat, which stands at 1.3 million tonnes a year for the whole bloc. That limit is set in Brussels; Poland's own licences decide how much of that wheat can actually be sold here.

For the government, the deal is a chance to close a dispute that soured relations with Kyiv and irritated the European Commission. For farmers, it is a promise that will be judged on one thing: the price of wheat at the elevator this summer.
"""),
            sidebar=("Most read", ("Zloty strengthens to 4.26 per euro",
                                   "Polish exports to Germany fell 3% in the first quarter",
                                   "Warsaw metro's third line: first tender in 2027")),
            related=(("Timeline: Poland and Ukraine's grain dispute", "economy/grain-dispute-timeline"),),
            section="Economy"),
        article(
            CE24, "news/poland/poland-ukraine-grain-agreement",
            "Poland and Ukraine agree grain quotas after marathon talks",
            "Up to 1.35 million tonnes of Ukrainian wheat, maize and rapeseed a year can be sold in Poland under licence",
            "CE24 News, Lublin",
            paras("""
Poland and Ukraine have reached a deal on grain imports after 14 hours of negotiations in Lublin, ending a dispute that has strained relations between the two neighbours since 2023.

The agreement was signed on Thursday evening, at 18:40 Polish time, or 19:40 in Kyiv, by Polish Agriculture Minister Henryk Sobczak and Ukraine's First Deputy Economy Minister Oksana Hrytsenko.

## What is in the deal?

Ukraine will be allowed to sell up to 1.35 million tonnes of grain and oilseeds a year in Poland. The limit is split between three crops: 620,000 tonnes of wheat, 480,000 tonnes of maize and 250,000 tonnes of rapeseed.

Importers will need a licence from the state agency KOWR. The new rules apply from June 1 and run until the end of May 2027.

Transit is not affected. Ukrainian grain bound for ports on the Baltic or for other EU countries can continue to cross Poland in sealed vehicles.

## Reactions

Speaking to CE24 after the signing, Minister Sobczak said the quotas protected Polish farmers "without slamming the door on a neighbour at war". He added: "This is not a wall, it is a gate with a guard."

Hrytsenko told reporters that Kyiv would have preferred a larger quota. Ukraine had asked for 2 million tonnes a year. "But we have predictability now, and exporters have been waiting for that for a long time," she said.

##AD##

Farmers' leaders were cautious. Tadeusz Kaczmarczyk of the Eastern Farmers' Alliance, whose members have been blocking access to the Dorohusk border crossing since the beginning of April, said the protest would end on Friday. Farmers had called for a limit of 800,000 tonnes.

## Queues at the border

The blockade caused long queues of lorries on the Ukrainian side of the border, with drivers reporting waits of more than two days. Ukrainian border officials said around 1,900 trucks were waiting at the crossing on Thursday morning.

Poland closed its market to Ukrainian grain in September 2023, after imports surged following Russia's full-scale invasion and the blockade of Ukraine's Black Sea ports. At the peak, in the 2022/23 season, Poland imported about 2.9 million tonnes.

Thursday's talks were the fourth round in six weeks. Both sides say the quota system will be reviewed after six months.

Applications for licences open on May 18.

Watch our report from Lublin and the Dorohusk crossing in the evening news at 7 p.m.
"""),
            date_mode="meta", when="2026-04-17T08:30:00+02:00",
            sidebar=("Watch next", ("Video: Tractors leave the Dorohusk road",
                                    "Video: Czech truckers protest new toll rates",
                                    "Video: Hungary's wine harvest forecast")),
            related=(("Live: farmers' protest at the border", "news/poland/dorohusk-protest-live"),),
            section="Poland"),
        article(
            VLETTER, "2026/04/17/poland-ukraine-grain",
            "The Visegrád Letter: Poland and Ukraine bury the grain hatchet (for now)",
            "Quotas, licences and a review clause - our reading of Thursday's deal",
            "Bence Varga",
            paras("""
Dear readers,

Poland and Ukraine finally signed their grain agreement in Lublin on Thursday evening, after 11 hours of talks that at one point looked as if they would collapse. Here is what is in it and what to watch.

## The numbers

The annual cap is 1.35 million tonnes, split as follows: wheat 620,000 t, maize 480,000 t, rapeseed 250,000 t. For comparison, Ukraine asked for 2 million t and Polish farmers' groups wanted no more than 800,000 t. Before the 2023 ban, in the 2022/23 season, Poland took in about 2.9 million t of Ukrainian grain.

Do not confuse these quotas with the EU-wide tariff-rate quota for Ukrainian wheat (1.3 million t a year for the whole bloc). The Polish cap governs access to the Polish market only.

## The people

The signatures are those of Henryk Sobczak, Poland's agriculture minister, and Oksana Hrytsenko, Ukraine's deputy foreign minister, who led the Ukrainian delegation in all four rounds. Hrytsenko's presence signalled that Kyiv treated the dispute as a matter of bilateral relations as much as of trade.

Sobczak's line of the day: "This is not a wall, it is a gate with a guard." Hrytsenko's, delivered with a tired smile: "We did not get everything we wanted, but Ukrainian exporters finally have predictability."

##AD##

## The dates

Signed: 16 April, 18:40 Warsaw time.

Licence applications open: 18 May, via the National Support Centre for Agriculture (KOWR).

Quotas apply: 1 June 2026 to 31 May 2027.

Review: after six months, i.e. around the beginning of December.

## What to watch

1. Monthly tranches. Licences will be issued month by month, which should stop the whole quota arriving at harvest. Watch whether KOWR publishes the tranche sizes; the farmers will.

2. Transit. Nothing changes for transit, which keeps moving in sealed trucks and wagons with GPS trackers. The old suspicion, that transit grain quietly ends up in Polish silos, has not gone away.

3. The blockade. Farmers at the Dorohusk crossing, there since 2 April, said they would leave on Friday morning, and by the time this letter reached you they had. Their leader, Tadeusz Kaczmarczyk, promised to return "if the licences are handed out like sweets".

4. Hungary and Slovakia. Both still have their own national restrictions on Ukrainian farm goods. Budapest said on Thursday that it had "no plans" to follow the Polish model. Bratislava did not comment.

Until next week,
Bence
"""),
            date_mode="line", date_line="Friday, 17 April 2026",
            sidebar=("From the archive", ("Why Hungary kept its ban on Ukrainian farm goods",
                                          "The Dorohusk queue, explained",
                                          "Interview: a Ukrainian grain exporter on EU quotas")),
            related=(("Subscribe to The Visegrád Letter", "subscribe"),),
            section="Newsletter"),
    ],
    "planted": [
        ("where the deal was signed: Lublin (CEPA, CE24, Visegrád Letter) vs Rzeszów (Warsaw Courier, wrong place)",
         r"\blublin\b", r"\brzesz[oó]w\b"),
        ("length of the talks: 11 hours (CEPA, Warsaw Courier, Visegrád Letter) vs 14 hours (CE24, wrong duration)",
         r"\b(11|eleven)[- ]hours?\b", r"\b(14|fourteen)[- ]hours?\b"),
        ("Hrytsenko's office: first deputy economy minister (CEPA, Warsaw Courier, CE24) vs deputy foreign minister (Visegrád Letter, wrong title)",
         r"first deputy (economy minister|minister of (the )?economy)", r"deputy foreign minister"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AT5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

RK_AT5 = {
    "id": "rk-AT5",
    "part": "AT",
    "domain": "rocket",
    "fetched": "2026-08-28",
    "articles": [
        article(
            BALTIC_SPACE, "live/sokol-2-launch",
            "Sokół-2 launch live: Polish rocket reaches space",
            "Bałtyk Rocket Works' suborbital rocket flies from the range near Ustka - follow the countdown, the flight and the recovery",
            "Baltic Space Live team",
            updates([
                ("11:02", "Confirmed: apogee 104.2 km", """
Bałtyk Rocket Works has now confirmed the final figure from its tracking data: Sokół-2 reached an apogee of 104.2 kilometres, above the 100 km line commonly used as the boundary of space. The motor burned for 48 seconds and the rocket's peak speed was about 1,480 metres per second.

Chief engineer Bartosz Lis: "The numbers are almost exactly what the model said. That is the most satisfying thing an engineer can hear."

That's the end of our live coverage. Thanks for staying with us.
"""),
                ("10:52", "Payload module recovered", """
The recovery boat has lifted the payload module out of the Baltic about 41 km offshore. The four experiments on board, weighing 32 kg in total, are reported to be intact and will be returned to the universities that built them.
"""),
                ("09:31", "Preliminary: at least 103 km", """
The company's first estimate from the onboard GPS puts the apogee at "at least 103 km". Engineers say the final figure will come after they merge radar and GPS data.
"""),
                ("09:24", "Splashdown", """
The payload module has splashed down under its parachute. Flight time from lift-off: 9 minutes 52 seconds.
"""),
                ("09:19", "Above 100 km", """
Mission control says telemetry shows Sokół-2 above 100 km. Applause in the control room. CEO Karolina Nowicka-Szulc is hugging everyone within reach.
"""),
                ("09:15", "Motor burnout", """
The hybrid motor has shut down as planned. The rocket is coasting upwards.
"""),
                ("09:14", "LIFT-OFF", """
Sokół-2 has lifted off from the Central Air Force Training Ground near Ustka at 09:14 CEST, 07:14 UTC.
"""),
                ("08:47", "Hold lifted, count resumed", """
A short hold to check weather balloon data is over. Upper-level winds are within limits today, unlike yesterday, when the first attempt was scrubbed.
"""),
                ("08:30", "Launch window opens", """
The window opened at 08:30 and runs until 12:00. The team is aiming for a launch shortly after 09:00.
"""),
                ("08:05", "Good morning from Ustka", """
Welcome to our live coverage of the second attempt to launch Sokół-2, the suborbital rocket built by the Gdańsk company Bałtyk Rocket Works. Tuesday's attempt was called off because of strong winds at high altitude.

The 9.6-metre rocket weighs 1,140 kg at launch. The target is to pass 100 km; the company's own flight model predicts an apogee of about 105 km. Its predecessor, Sokół-1, reached 62 km in October 2025.
"""),
            ]),
            date_mode="meta", when="2026-08-19T11:05:00+02:00",
            sidebar=("More from Baltic Space Live", ("Ariane 6 flies its eighth mission from Kourou",
                                                    "ESA picks Polish firm for 3.2 million euro lunar rover study",
                                                    "Starship: test flight reaches 190 km")),
            related=(("Sokół-1 reaches 62 km in first test flight", "news/sokol-1-flight"),
                     ("Who is Karolina Nowicka-Szulc?", "people/karolina-nowicka-szulc")),
            section="Live"),
        article(
            VISTULA, "business/polish-startup-rocket-reaches-space",
            "Polish start-up's rocket crosses into space on second attempt",
            "Sokół-2 reaches 104.2 km after launch from Baltic coast range",
            "Jakub Zieliński, Vistula Wire",
            paras("""
USTKA, Poland (Vistula Wire) - A suborbital rocket built by Polish start-up Bałtyk Rocket Works flew above 100 kilometres on Wednesday, August 19, becoming what the company said was the first Polish commercial rocket to reach space.

The Sokół-2 lifted off at 9:14 a.m. (0714 GMT) from the Central Air Force Training Ground near the Baltic coastal town of Ustka and reached an apogee of 104.2 km, the Gdańsk-based company said. A first attempt on Tuesday was scrubbed because of high-altitude winds.

"Today we proved that a small Polish team can build a rocket that goes to space and brings its cargo back," chief executive Karolina Nowicka-Szulc said at a news conference at the range.

The rocket's hybrid motor burned for 48 seconds, accelerating it to a peak speed of about 5,300 kilometres per hour. Its payload module, carrying four university experiments weighing a total of 32 kg, separated after motor shutdown and splashed down in the Baltic under a parachute 9 minutes and 52 seconds after lift-off.

A company boat recovered the module about 41 km offshore shortly before 11 a.m.

##AD##

The experiments came from the Warsaw University of Technology, AGH University in Kraków, Gdańsk University of Technology and the Czech Technical University in Prague. They included a test of a small satellite radio and a study of how a plant growth medium behaves in microgravity.

Jerzy Wawrzyniak, president of the Polish Space Agency (POLSA), called the flight "a milestone for the Polish space sector". The agency provided part of the funding for the experiments but not for the rocket itself.

Bałtyk Rocket Works, founded in 2019, raised 48 million zlotys (about 11.2 million euros) in a funding round in March led by a Warsaw venture capital fund. It employs 64 people.

Its previous rocket, Sokół-1, reached 62 km in October 2025.

The company plans to start selling rides on the next version, Sokół-3, in 2027, targeting an altitude of about 150 km with payloads of up to 80 kg, Nowicka-Szulc said. It will compete with larger established European providers of suborbital flights used for microgravity research.

"Our price will be a fraction of what universities pay now," she said, without giving figures.

Chief engineer Bartosz Lis said the 9.6-metre rocket, which weighs 1,140 kg at launch, had performed "within a few per cent" of the predictions in every phase of flight. The company's model had forecast an apogee of about 105 km.

Poland's military range at Ustka has been used for rocket tests for decades, mostly for air-defence systems and sounding rockets built by state research institutes.

(Reporting by Jakub Zieliński; Editing by Anna Szymańska)
"""),
            sidebar=("Top stories", ("Polish industrial output rises 3.1% in July",
                                     "Orlen to build 600 MW gas plant near Gdańsk",
                                     "Warsaw Stock Exchange: WIG20 closes 0.8% higher")),
            related=(("Bałtyk Rocket Works raises 48 million zlotys", "business/baltyk-rocket-works-funding"),),
            section="Business"),
        article(
            ORBIT, "issues/2026-08-21-sokol-2",
            "Orbit East: Sokół-2 made it - now the hard part",
            "Our weekly letter on the space industry in Central and Eastern Europe",
            "Tereza Horáková",
            paras("""
Hello from Prague, and congratulations to the team in Gdańsk.

On Wednesday morning, Bałtyk Rocket Works' Sokół-2 did what it said it would: it climbed past the 100 km line and brought its payload back. The final number from the company's tracking is an apogee of 104.2 km, or roughly 65 miles (about 342,000 feet, for those of you at American companies). That is a hair under the 105 km its flight model had predicted, which is exactly what you want to see.

## The flight, by the numbers

Lift-off: 09:14 CEST (07:14 UTC) from the Central Air Force Training Ground near Ustka, one day late after Tuesday's scrub for upper-level winds.

Motor burn: 48 seconds on a hybrid motor.

Peak speed: about 1,480 m/s.

Apogee: 104.2 km. The early estimate on launch morning was "at least 103 km"; the final figure came after radar and GPS data were combined.

Payload: four experiments, 32 kg in total, from universities in Warsaw, Kraków, Gdańsk and Prague.

Flight time to splashdown: 9 min 52 s. Recovery: 10:52 CEST, about 41 km offshore.

Vehicle: 9.6 m tall, 1,140 kg at launch.

## Why it matters

For the region, this is the first time a privately built rocket has crossed into space from Central European soil. Sokół-1 topped out at 62 km last October, and plenty of people in the industry (myself included) wondered whether the jump to 100 km would take two more tries.

It took one. The credit goes largely to the motor team: Sokół-2 burns a paraffin-based fuel with nitrous oxide, and according to chief engineer Bartosz Lis the 48-second burn came within a second of the planned duration.

##AD##

## The hard part

Now comes the business. CEO Karolina Nowicka-Szulc wants to sell flights on Sokół-3 from 2027, with a target of about 150 km and room for 80 kg of payload. The company raised PLN 48 million in March, enough, by my estimate, for perhaps two more test flights and a lot of paperwork.

Customers will be universities and small satellite firms testing hardware. The competition is not SpaceX; it is the established European sounding-rocket programmes and, increasingly, parabolic flights and drop towers that offer shorter microgravity for less money.

The Polish Space Agency's president, Jerzy Wawrzyniak, told me on Thursday that the agency would "look seriously" at booking experiments on Sokół-3, but that no contract had been signed. "We want Polish scientists to fly on Polish rockets. We also have to follow procurement law," he said.

## Elsewhere

A Czech cubesat from Brno launched on a rideshare mission last week and made first contact after six hours. Hungary's second astronaut candidate programme has shortlisted 12 people. And Romania's space agency has signed a memorandum on a 2028 stratospheric balloon campaign.

See you next Friday,
Tereza
"""),
            date_mode="jsonld", when="2026-08-21T06:30:00+02:00",
            sidebar=("Recent issues", ("Aug 14: Why launch sites matter for Europe's small rockets",
                                       "Aug 7: Hungary's space budget, line by line",
                                       "Jul 31: Interview with Bałtyk Rocket Works' chief engineer")),
            related=(("Subscribe to Orbit East", "subscribe"),),
            section="Newsletter"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AT6 — natural disaster: flash flood (3 PLANTED)
# ---------------------------------------------------------------------------

EQ_AT6 = {
    "id": "eq-AT6",
    "part": "AT",
    "domain": "disaster",
    "fetched": "2026-07-20",
    "articles": [
        article(
            OBSERVER, "live/matra-flash-flood",
            "Mátra flash flood: seven dead, 43 injured - live updates",
            "Torrential rain sent a wall of water through villages in the Mátra hills on Saturday afternoon",
            "Budapest Observer live desk",
            updates([
                ("Sun 12 July, 20:58", "Final toll: seven dead, 43 injured", """
The disaster management directorate has just issued what it calls its final figures: seven people died and 43 were injured, nine of them seriously. 610 people were evacuated, most of whom have now been allowed home. 340 houses were damaged, 58 of which are uninhabitable.

Spokeswoman Lt-Col Krisztina Vámos said no one remained missing. We are closing this live page; our reporters in Parád will continue to cover the clean-up.
"""),
                ("Sun 12 July, 15:40", "Interior minister visits Parád", """
Interior Minister Sándor Kertész has toured the worst-hit streets in Parád. He announced a HUF 5 billion emergency fund for repairs and for families who lost their homes. "Nobody will be left alone with this," he said.

He called the flood the deadliest of its kind in Hungary since 2010.
"""),
                ("Sun 12 July, 13:05", "Missing man found; toll rises to seven", """
Rescuers searching the stream bed below Parád have found the body of a 71-year-old man who had been missing since Saturday evening. The death toll now stands at seven.
"""),
                ("Sun 12 July, 09:10", "Six dead, one missing", """
The toll has risen to six after an injured woman died in hospital in Eger overnight. One man is still missing. The number of injured now stands at 38.
"""),
                ("Sat 11 July, 23:50", "Five confirmed dead", """
Disaster management now confirms five deaths, including two tourists from Debrecen whose car was swept off the road. At least 28 people have been injured.
"""),
                ("Sat 11 July, 21:15", "'At least three dead'", """
Police in Heves county say at least three people have died. Rescuers are working by floodlight in Parád and Parádsasvár.
"""),
                ("Sat 11 July, 19:05", "Flash flood hits Mátra villages", """
We are getting reports of severe flooding in the Mátra hills after a cloudburst that began around 16:30. Witnesses say a wall of brown water came down the valley and reached the centre of Parád at about 17:20, carrying cars and tree trunks.

HungaroMet, the national weather service, says its station in the area measured 96 mm of rain in under three hours. A private network, MeteoNet Hungária, reported 118 mm at one of its stations higher up.
"""),
            ]),
            date_mode="jsonld", when="2026-07-12T21:05:00+02:00",
            sidebar=("Most read", ("Heatwave warning extended to Wednesday, 38C expected in Szeged",
                                   "Budapest's Chain Bridge reopens to cars after renovation",
                                   "Ferencváros beat Slovan 2-0 in Champions League qualifier")),
            related=(("How to help the flood victims", "society/matra-flood-donations"),
                     ("Why flash floods are getting worse in Hungary's hills", "science/flash-floods-explainer")),
            section="Live"),
        article(
            CEPA, "world/2026/07/12/hungary-flash-flood-matra",
            "Seven dead, 43 injured in Hungarian flash flood",
            "Cloudburst in Mátra hills damages hundreds of homes; government pledges emergency aid",
            "Réka Tóth, CEPA",
            paras("""
PARÁD, Hungary (CEPA) - Seven people were killed and 43 injured when a flash flood tore through villages in the Mátra hills of north-eastern Hungary, disaster management officials said on Sunday, in the country's deadliest flood since 2010.

Torrential rain that began on Saturday afternoon turned a small stream into a torrent that swept through the village of Parád at about 18:20 local time, carrying away cars, garden sheds and at least one footbridge, witnesses said.

Nine of the injured were in a serious condition, said Lieutenant Colonel Krisztina Vámos, spokeswoman for the National Directorate General for Disaster Management. Among the dead were two tourists from the eastern city of Debrecen and a 71-year-old man whose body was found on Sunday after an overnight search.

Some 610 people were evacuated from their homes on Saturday night. Officials said 340 houses were damaged, 58 of them so badly they could no longer be lived in.

##AD##

The national weather service HungaroMet said its station in the area recorded 96 millimetres of rain in less than three hours, roughly the amount that normally falls in the whole of July.

Interior Minister Sándor Kertész, who visited Parád on Sunday, announced an emergency fund of 5 billion forints (about 12.7 million euros) for repairs and for families who lost their homes.

"Nobody will be left alone with this," Kertész told reporters standing in a street still covered with mud. "The state will pay for what insurance does not."

The Association of Hungarian Insurance Companies (MABISZ) gave a preliminary estimate of insured losses of around 9 billion forints, while the Heves county authorities put total damage, including roads and bridges, at about 12 billion forints.

The Mátra, a range of wooded hills about 100 km north-east of Budapest, is a popular weekend destination for hikers and includes Kékes, the country's highest peak.

István Borsos, the mayor of Parád, said the village had never seen anything like it. "The water came in minutes. People who were in their gardens had no time to go inside," he said.

Meteorologists said the storm was one of a series of violent thunderstorms that followed a week of heat above 35 degrees Celsius in much of Hungary.

The worst previous floods in the region, in May and June 2010, forced thousands of people from their homes in northern Hungary.

(Reporting by Réka Tóth; Editing by Gergely Lakatos)
"""),
            date_mode="line", date_line="Sunday, 12 July 2026",
            sidebar=("Latest", ("Slovakia: wildfire near Košice under control",
                                "Poland: storms cut power to 60,000 homes in Silesia",
                                "Austria: Danube water level at Vienna rises 1.2 metres")),
            related=(("Central Europe heatwave: temperatures top 37C", "world/2026/07/08/heatwave"),),
            section="World"),
        article(
            DANUBE_DAILY, "hungary/parad-after-the-flood",
            "'The water came in minutes': Parád counts the cost",
            "A week after the deadliest flash flood in years, a Mátra village is still digging out. Residents ask whether warnings came too late.",
            "Noémi Kardos, Parád",
            paras("""
The mud line on Ilona Szabó's kitchen wall is at the height of her shoulder. She points to it without saying anything, then to the place where her refrigerator used to stand.

Her house on the main street of Parád was one of 430 damaged when a flash flood roared through this village in the Mátra hills on Saturday, July 11. It is still standing, unlike some of her neighbours'. "I was lucky," she says. "Lucky is a strange word this week."

Seven people died in the flood and 43 were injured. It was the deadliest flash flood in Hungary since 2010, and the worst anyone here can remember.

## Twenty minutes

The rain started shortly after half past four in the afternoon. Within an hour, the stream that normally trickles past the church had become a brown torrent. At about 5.20 p.m., witnesses say, a wave of water, mud and broken timber hit the centre of the village.

"The water came in minutes," says István Borsos, the mayor, who has barely slept since. "People who were in their gardens had no time to get inside. We had a warning for thunderstorms, yes, but a thunderstorm warning is something we get every summer."

That is now the central question in Parád. HungaroMet, the national weather service, had issued a second-level (orange) warning for thunderstorms for Heves county on Saturday morning. It did not issue a specific flood warning for the valley. The service's own station recorded 96 mm of rain in under three hours; a private network put the figure at its own higher station at 118 mm.

##AD##

## A community digging out

On Thursday the main street was lined with soaked sofas, mattresses and carpets waiting for collection. Volunteers from Eger, Gyöngyös and Budapest shovelled mud out of cellars. The Red Cross was handing out cleaning kits from a tent by the school.

The disaster management directorate says 610 people were evacuated on Saturday night; most have since returned. Of the damaged houses, 58 are uninhabitable, and the families who lived in them are staying with relatives or in a hotel in Mátrafüred paid for by the state.

The government has promised a HUF 5 billion emergency fund. Interior Minister Sándor Kertész, who visited on Sunday, said the money would cover "what insurance does not". Insurers have estimated their own losses at around HUF 9 billion; the county says the total damage, including roads and bridges, is closer to HUF 12 billion.

## Questions for the future

Hydrologists say the Mátra's steep, narrow valleys make flash floods particularly dangerous, and that the small streams running through the villages have not been widened or cleared in decades.

"You cannot stop a cloudburst," says Dr. Gábor Pintér, a hydrologist at the University of Debrecen. "But you can give water somewhere to go that is not a kitchen."

Back on the main street, Ilona Szabó is carrying a box of photographs into the sunshine to dry. "Some of them are ruined," she says. "The wedding ones survived."
"""),
            sidebar=("Most read", ("Lake Balaton: record 2.1 million visitors in June",
                                   "Slovak-Hungarian bridge at Komárno to close for repairs",
                                   "Opinion: Our towns are not ready for the new climate")),
            related=(("Mátra flood: the victims", "hungary/matra-flood-victims"),
                     ("Photo gallery: Parád one week on", "hungary/parad-gallery")),
            section="Hungary"),
        article(
            RDI, "hungary/matra-flood-toll-rises-to-seven",
            "Mátra flood: toll rises to seven as clean-up begins",
            "Hundreds of houses damaged; government promises emergency fund",
            "Radio Danube International, Budapest",
            paras("""
Clean-up work is under way in villages in Hungary's Mátra hills after Saturday's flash flood, which killed seven people and injured 43.

The flood wave hit the village of Parád at around 17:20 local time (15:20 GMT), after more than 90 millimetres of rain fell in less than three hours. Several other villages in the valley, including Parádsasvár, were also affected.

According to the National Directorate General for Disaster Management, nine of the injured were seriously hurt. Rescuers evacuated 610 people overnight; 340 houses were damaged and 58 are no longer habitable.

It is the deadliest flash flood in Hungary since 2005, officials say.

## Who were the victims?

Among the dead are two tourists from Debrecen, a married couple in their sixties, whose car was swept off the road near the village. A 71-year-old man was found dead in the stream bed on Sunday afternoon after a search lasting almost a day. Four more residents of Parád and neighbouring villages died in their homes or gardens.

Police have not released the names of the victims.

##AD##

## 'Nobody will be left alone'

Interior Minister Sándor Kertész visited the area on Sunday. Speaking in Parád, he announced a five-billion-forint emergency fund. "Nobody will be left alone with this. The state will pay for what insurance does not cover," he told our reporter.

The mayor of Parád, István Borsos, said many residents did not have insurance. "These are old people in old houses. Some of them lost everything in twenty minutes," he said.

Insurers estimated the insured losses at about 9 billion forints in a first assessment on Monday.

## Could it happen again?

Meteorologists say storms of this kind are becoming more frequent in the Carpathian Basin. The national weather service, HungaroMet, measured 96 mm of rain at its station near Parád. A privately run weather network reported as much as 118 mm higher up in the hills, near Mátraháza.

The storm followed a week of intense heat, with temperatures above 35 degrees Celsius in much of the country. Forecasters expect more thunderstorms later in the week, although they say the heaviest rain is likely to fall further east.

The disaster management directorate has warned residents not to drink tap water in Parád until tests are complete and to stay away from damaged buildings.

## How to help

The Hungarian Red Cross and the Hungarian Interchurch Aid have opened collections for flood victims. Volunteers are asked to register with the local council before travelling, to avoid overcrowding on the narrow valley road.

Listen to our report from Parád in the evening news at 18:00.
"""),
            date_mode="meta", when="2026-07-13T09:00:00+02:00",
            sidebar=("Also on RDI", ("Czech Republic: heat record broken in Prague-Klementinum",
                                     "Listen: why the Danube is so low this summer",
                                     "Poland: storms cut power in Silesia")),
            related=(("Hungary's worst floods: a timeline", "hungary/floods-timeline"),),
            section="Hungary"),
    ],
    "planted": [
        ("time the flood wave hit Parád: 17:20 local (Budapest Observer, Danube Daily, RDI) vs 18:20 (CEPA, wrong clock time)",
         r"\b(17[:.]20|5[:.]20 ?p\.? ?m\.?)", r"\b(18[:.]20|6[:.]20 ?p\.? ?m\.?)"),
        ("houses damaged: 340 (Budapest Observer, CEPA, RDI) vs 430 (Danube Daily, digits swapped)",
         r"\b340\b", r"\b430\b"),
        ("deadliest flash flood since: 2010 (Budapest Observer, CEPA, Danube Daily) vs 2005 (RDI, wrong year)",
         r"\b2010\b", r"\b2005\b"),
    ],
}


STORIES = [CB_AT1, EL_AT2, CT_AT3, TR_AT4, RK_AT5, EQ_AT6]
