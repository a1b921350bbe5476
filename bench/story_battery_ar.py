"""Story battery, part AR — Brazil, Argentina and Chile, events in 2026.

Written by engineer AR1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six invented events in real places; every outlet, reporter, company, candidate and
figure is made up, and most officials are too. Real institutions (Banco Central do
Brasil, TRE-PR, Chile's Supreme Court, Argentina's Boletín Oficial, the Alcântara
Launch Centre, CSN, SHOA, SENAPRED, USGS) appear only as scenery. Time zones: Brazil
(Brasília time) and Argentina are UTC-3 all year; mainland Chile is UTC-3 in summer
(February) and UTC-4 in winter (July).

cb-AR1 — central bank — CONTROL — fetched 2026-06-24
  TRUE FACTS: on Wednesday 17 June 2026 Brazil's Copom cut the Selic by 50 basis
  points (half a percentage point) from 13.75% to 13.25%; unanimous, nine members;
  third straight cut; statement released 6:35 p.m. Brasília time = 21:35 GMT; cycle
  began in March at 15.00% (March cut 50 bp to 14.50%, April cut 75 bp to 13.75%),
  175 bp in total; IPCA 4.38% in the 12 months to May; target 3% (band 1.5%-4.5%);
  bank's projection for Q4 2027 3.4%; Focus median end-2026 Selic 12.25%; minutes
  Tuesday 23 June; next meeting 28-29 July; governor Paulo Henrique Antunes Moreira;
  finance minister Helena Barreto Sampaio.
  OUTLETS: Austral Wire (wire, meta); The Brasília Ledger (newspaper, line
  "Thursday, 18 June 2026"); LatAm Rates Brief (newsletter, none — text says
  "on Wednesday, June 17").
  PLANTED: none.
  LEGITIMATE TRAPS: 50 bp / half a percentage point / 50bp; 175 bp / 1.75 points;
  previous decisions (13.75%, 75 bp, 14.50%, 15%); 6:35 p.m. vs 21:35 GMT; the
  guidance sentence translated differently by wire and newspaper; the governor's
  Senate remark (June 9) vs his Thursday conference remark; governor named with and
  without middle names; forecasts (Focus 12.25% end-2026, 10.50% end-2027, a bank's
  11.75%, the newsletter's 12.75% July call); economist poll 29 of 36; Chile's
  central bank hold at 4.50% and Argentina's inflation in the newsletter; loan-rate
  and real-rate figures; "most read" and archive boxes with other decisions.

el-AR2 — election — 3 PLANTED — fetched 2026-05-11
  TRUE FACTS: supplementary mayoral election in Campo Serrano, Paraná, Sunday 3 May
  2026, called after the TSE annulled the 2024 result. Marta Quintella Braga won
  outright with 109,876 votes = 51.77% of valid votes (49.1% of all ballots);
  Rogério Tavares Lins 85,319 (40.20%); Elaine Dutra Coelho 17,028 (8.02%); valid
  votes 212,223; blank 4,102; null 7,388; 223,713 of 312,448 registered voters voted
  = turnout 71.6% (abstention 28.4%); margin 24,557 votes; polls 8 a.m.-5 p.m.,
  100% counted at 7:12 p.m.; swearing-in Friday 15 May at the City Council; term to
  31 December 2028.
  OUTLETS: TV Araucária (broadcaster live blog, newest first, line "Sunday, 3 May
  2026"); Southern Cone Press (wire, jsonld); The Curitiba Courier (newspaper,
  meta); Municipal Brazil Weekly (newsletter, none — "on Sunday, May 3").
  PLANTED:
    1. winner's surname: right "Quintella" vs wrong "Quintela" — Municipal Brazil
       Weekly (misspelt surname, repeated).
    2. swearing-in weekday: right "Friday, May 15" vs wrong "Thursday, May 15" —
       Southern Cone Press (wrong weekday).
    3. turnout: right 71.6% vs wrong 76.1% — The Curitiba Courier (digits swapped).
  LEGITIMATE TRAPS: live-blog partial counts (38.2% counted: 50.94/40.88/8.18;
  81.5% counted: 51.52/40.41/8.07); share of valid votes (51.77%) vs share of all
  ballots (49.1%); turnout 71.6% vs abstention 28.4% vs "nearly 89,000" stayed away;
  margin "24,557" vs "almost 24,600"; 2024 result (54.3%) and 2024 turnout (79.8%);
  hypothetical runoff date May 24; the October 4 general election; another town's
  by-election (62.3%, turnout 81.4%) in the newsletter; the winner's election-night
  remark worded slightly differently by two outlets, and a different remark on
  Monday.

ct-AR3 — court — CONTROL — fetched 2026-02-18
  TRUE FACTS: on Monday 9 February 2026 Chile's Supreme Court (third chamber) voted
  3-2 to annul the October 2024 environmental permit for Puna Clara Lithium's Alto
  Tambillo project in the Salar de Atacama and ordered a new ILO 169 consultation
  with the Lickanantay communities of Peine and Camar; ruling drafted by Justice
  Carmen Gloria Ossandón Vial; dissent by Justices Raimundo Lagarrigue and Ana María
  Cifuentes; case Rol 18.442-2025; hearing 13 January 2026; reversed the First
  Environmental Court's 2-1 ruling of August 2025; project US$1.2 billion, brine up
  to 380 litres per second, 45,000 tonnes LCE a year, first output planned 2029;
  shares closed 6.8% lower on Monday; CEO Ignacio Fuenzalida Rojas; mining minister
  Verónica Aldunate.
  OUTLETS: Andes Newswire (wire, meta); Antofagasta Daily Post (newspaper, jsonld);
  Lithium Triangle Dispatch (newsletter, line "Wednesday, 11 February 2026").
  PLANTED: none.
  LEGITIMATE TRAPS: 3-2 vs the lower court's 2-1; US$1.2 billion vs "$1,200
  million" vs "about 1.1 trillion pesos"; justice with and without her second
  surname; competing estimates of consultation length (company 12-18 months,
  lawyers at least two years); Monday's 6.8% fall vs Tuesday's further 1.9%; the
  several dates (permit October 2024, lower court August 2025, hearing 13 January,
  ruling 9 February); jobs figures; other lithium news (Argentine export figures,
  another company's project) in the newsletter and sidebars.

tr-AR4 — trade — 3 PLANTED — fetched 2026-03-20
  TRUE FACTS: on Tuesday 10 March 2026, at the Rosario Board of Trade, Argentine
  Economy Minister Federico Ibarzábal announced export-duty cuts: soybeans 26% ->
  22%; soymeal and soy oil 24.5% -> 20.5%; corn, sorghum, wheat and barley 9.5% ->
  7%; sunflower 5.5% -> 4%; beef unchanged. Decree 174/2026 published in the
  Boletín Oficial on Wednesday 11 March; applies to export registrations from
  Thursday 12 March. Government cost estimate US$1.35 billion a year. The decree was
  presented by Secretary of Agriculture Mariano Etcheverría.
  OUTLETS: Plata Wire Service (wire, meta); Buenos Aires Chronicle (newspaper, line
  "Wednesday, 11 March 2026"); Pampa Grain Letter (newsletter, jsonld); TV Cerrado
  Business (Brazilian broadcaster, none — "on Tuesday, March 10").
  PLANTED:
    1. place of the announcement: right Rosario vs wrong Córdoba — Plata Wire
       Service (wrong place).
    2. new soybean duty: right 22% vs wrong 23% — Buenos Aires Chronicle (wrong
       share).
    3. Etcheverría's office: right secretary of agriculture vs wrong agriculture
       minister — TV Cerrado Business (wrong title).
  LEGITIMATE TRAPS: old rates (26%, 24.5%, 9.5%, 5.5%) and the 2025 cut (33% ->
  26%); "four percentage points"; announcement, publication and effective dates;
  competing cost estimates (government US$1.35 billion, a consultancy US$1.7
  billion); competing harvest forecasts (48.5 vs 50 million tonnes) and Brazil's
  crop (178 million tonnes); Chicago prices; per-tonne arithmetic; the minister's
  remarks on two occasions, one worded slightly differently by two outlets.

rk-AR5 — rocket — CONTROL — fetched 2026-10-30
  TRUE FACTS: Carcará Aeroespacial's two-stage suborbital Jandaia-2 lifted off from
  the Alcântara Launch Centre, Maranhão, on Thursday 22 October 2026 at 10:17 a.m.
  local (13:17 UTC); apogee 247 km (about 153 miles) against a 230 km target; liftoff
  to splashdown 9 minutes 42 seconds; five experiments; capsule recovered by a Navy
  vessel about 180 km offshore; rocket 11.8 m, 3.4 tonnes; first attempt scrubbed
  Tuesday 20 October at T-minus 4 minutes (upper-level winds); CEO Larissa Nogueira
  Pimentel; flight director Caio Estrela Bastos.
  OUTLETS: TV Ilha (broadcaster live blog, newest first, meta); Austral Wire (wire,
  jsonld); Orbit South (newsletter, none — "on Thursday, October 22").
  PLANTED: none.
  LEGITIMATE TRAPS: provisional "around 240 km" apogee on the live blog before the
  confirmed 247 km; km vs miles; 9 min 42 s vs "just under 10 minutes"; local vs UTC;
  the Tuesday scrub and the Thursday hold (T-20, new time); Jandaia-1's 2025 flight
  (112 km); planned orbital rocket (2029, 150 kg); funding in reais and dollars;
  other launches and tests (Argentine engine test, Chilean cubesat) in the
  newsletter; historic 2003 accident.

eq-AR6 — earthquake — 3 PLANTED — fetched 2026-07-28
  TRUE FACTS: magnitude 7.1 (CSN) earthquake at 11:52 p.m. on Friday 17 July 2026,
  Chile time (UTC-4) = 03:52 UTC Saturday 18 July, 41 km southwest of Vallenar,
  Atacama, depth 54 km (CSN); final SENAPRED toll 6 dead, 217 injured; 1,280 homes
  damaged, 164 uninhabitable; precautionary coastal evacuation ordered at 11:59 p.m.
  and lifted about three hours later; aftershock 5.8 at 8:14 a.m. Saturday; state of
  catastrophe for Atacama; SENAPRED director Ximena Ugarte.
  OUTLETS: Radio Atacama Norte (live blog, newest first, jsonld); Andes Newswire
  (wire, meta); The Santiago Observer (newspaper, line "Sunday, 19 July 2026");
  Canal Pacífico News (broadcaster, none — "late on Friday, July 17").
  PLANTED:
    1. clock time of the quake: right 11:52 p.m. (23:52) vs wrong 10:52 p.m. —
       Andes Newswire (wrong clock time).
    2. length of the coastal evacuation: right three hours vs wrong five hours —
       Canal Pacífico News (wrong duration).
    3. injured: right 217 vs wrong 212 — The Santiago Observer (wrong count).
  LEGITIMATE TRAPS: USGS 6.9 at 48 km vs CSN 7.1 at 54 km (attributed); local Friday
  night vs UTC Saturday; provisional tolls on the live blog (2, then 4, then 6 dead;
  at least 90, then 198 injured); the 5.8 aftershock; 140,000 customers without power
  and 92% restored; the 1922 Vallenar earthquake (8.5); sidebars with other
  stories' figures.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Brazil", "Argentina", "Chile", "Business", "World", "Opinion", "Video"]


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
# cb-AR1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

AUSTRAL = ("Austral Wire", "australwire.example")
LEDGER = ("The Brasília Ledger", "brasilialedger.example")
RATESBRIEF = ("LatAm Rates Brief", "latamratesbrief.example")

CB_AR1 = {
    "id": "cb-AR1",
    "part": "AR",
    "domain": "central bank",
    "fetched": "2026-06-24",
    "articles": [
        article(
            AUSTRAL, "markets/brazil-copom-selic-cut-june-2026",
            "Brazil's central bank cuts Selic to 13.25%, flags another half-point move",
            "Copom delivers a third straight reduction in a unanimous vote as inflation eases toward target",
            "Tiago Rezende Falcão",
            paras("""
BRASÍLIA, June 17 (Austral Wire) - Brazil's central bank lowered its benchmark Selic
interest rate by 50 basis points to 13.25% on Wednesday, its third consecutive cut, and
signalled that it expects to repeat a move of the same size at its next meeting if
inflation keeps behaving.

The decision by the nine-member Monetary Policy Committee, known as Copom, was unanimous
and was announced at 6:35 p.m. local time (2135 GMT). It matched the forecast of 29 of
the 36 economists polled by Austral Wire last week; the other seven had expected a
smaller, quarter-point reduction.

"The Committee judges that, should the expected scenario be confirmed, it will be
appropriate to maintain the pace of reduction at its next meeting," the bank said in
its statement. It added that the total size of the easing cycle "will be determined by
the firm commitment to bring inflation to the target."

The Selic had stood at 15.00%, its highest in almost two decades, until March, when the
committee started cutting with a half-point move. It followed up with a bigger
75-basis-point reduction in April, taking the rate to 13.75%. Wednesday's cut brings
the total easing so far to 175 basis points.

Consumer prices as measured by the IPCA index rose 4.38% in the 12 months to May, inside
the tolerance band around the 3% target, which allows inflation to run between 1.5% and
4.5%. The bank's own projection for inflation over its relevant horizon, the fourth
quarter of 2027, was kept at 3.4%.

Economists surveyed in the central bank's weekly Focus report expect the Selic to
finish 2026 at 12.25%, implying further cuts at the remaining meetings of the year.

##AD##

Governor Paulo Henrique Antunes Moreira has repeatedly said the bank would not be
rushed. Testifying before the Senate's economic affairs committee on June 9, he told
lawmakers that monetary policy "is not on autopilot" and that each decision would depend
on incoming data.

"Fifty was the consensus, and the language leaves the door open for another fifty in
July," said Luciana Arakaki, chief economist at Banco Tropeiro in São Paulo. "What they
did not do is promise anything beyond that, which I think is prudent given the fiscal
noise."

Analysts have flagged government spending ahead of October's general election as the
main risk to the outlook. The statement repeated that the committee was monitoring "the
evolution of fiscal policy and its impact on asset prices and expectations."

The real was little changed after the decision, which came after the close of local
markets. Interest rate futures had fully priced in a half-point cut since the release of
May's inflation data.

The minutes of the meeting are due to be published on Tuesday, June 23. Copom next
meets on July 28-29.

(Reporting by Tiago Rezende Falcão; Editing by Mariana Costa Diniz)
"""),
            date_mode="meta", when="2026-06-17T21:58:00Z", section="Markets",
            sidebar=("Most read", (
                "Argentina's monthly inflation slows to 1.9% in May",
                "Chile's copper output falls 3.2% in May on lower ore grades",
                "Petrobras raises diesel prices at refineries by 4.1%",
                "Brazil's real posts best week since February at 5.32 per dollar",
            )),
            related=(
                ("Brazil's central bank speeds up easing with 75 bps cut to 13.75%", "markets/brazil-copom-selic-cut-april-2026"),
                ("Focus survey: economists trim 2026 inflation forecast to 4.1%", "markets/brazil-focus-survey-june-15"),
                ("Chile's central bank holds rate at 4.50%, sees inflation at goal in 2027", "markets/chile-central-bank-hold-june-2026"),
            ),
        ),
        article(
            LEDGER, "economy/2026/06/18/copom-trims-selic-door-ajar-july",
            "Copom trims Selic to 13.25% and keeps the door ajar for July",
            "The committee cut by half a percentage point for the second time this year, but Governor Antunes Moreira says the work is not finished",
            "Beatriz Lacerda, Economics Correspondent",
            paras("""
The Central Bank of Brazil cut its key interest rate by half a percentage point on
Wednesday evening, lowering the Selic from 13.75% to 13.25% a year, and said it saw room
for a reduction "of the same magnitude" when its Monetary Policy Committee meets again
at the end of July.

The move, agreed by all nine members of the committee, had been widely expected. But
the statement that accompanied it, released at 6:35 p.m., was read by traders as a
shade more dovish than the one issued after the April meeting, when the bank cut by 75
basis points and gave almost no hint of what would come next.

"If the anticipated scenario materialises, the Committee foresees a reduction of the
same magnitude at its next meeting," the statement said, while stressing that the
overall extent of the cycle would depend on inflation converging to the target.

## A cycle that began in March

Including this week's decision, the bank has now taken 1.75 percentage points off the
Selic since March, when it began easing from 15%, the highest level in nearly twenty
years. The first move was also a half-point cut; the April reduction was the largest of
the three.

Inflation has given the committee room to act. The IPCA consumer price index rose 4.38%
in the 12 months to May, according to the statistics institute IBGE, down from more than
5% a year earlier and now inside the tolerance band around the 3% target. Services
inflation, which the committee watches closely, has also begun to ease.

Speaking at a banking conference in São Paulo on Thursday morning, Governor Paulo
Antunes Moreira said the board was encouraged but not satisfied. "The work is not
finished. Inflation is falling, but expectations are still above the target, and that
is what we look at," he said.

He declined to say how far rates could fall. Market economists polled for the central
bank's weekly Focus survey expect the Selic to end the year at 12.25% and to fall to
10.50% by the end of 2027.

##AD##

## Credit relief, slowly

For households and businesses, the relief will take time to arrive. The average rate
charged on non-earmarked personal loans was 52.7% a year in April, according to central
bank data, barely lower than at the start of the year.

Otávio Brandt, a partner at the consultancy Vértice Macro, estimated that the real
interest rate, the Selic minus expected inflation over the next twelve months, was still
close to 9%. "Even after three cuts, policy is tight by any standard. That is deliberate,
and it will stay tight for a while," he said.

Finance Minister Helena Barreto Sampaio welcomed the decision, writing on social media
that the cut "recognises the fiscal effort" and would help sustain growth. The economy
expanded 0.4% in the first quarter from the previous three months.

Business groups were less effusive. Industrialists have argued for months that the
bank is moving too slowly, and several associations issued statements on Wednesday
night calling for bigger cuts.

## What comes next

The minutes, due on Tuesday, June 23, should show how seriously members discussed a
larger move. The next decision will be announced on July 29, the second day of the
committee's meeting.

Economists at Banco Tropeiro expect half-point cuts in July and September, followed by
two quarter-point reductions, which would leave the Selic at 11.75% in December, a more
aggressive call than the Focus consensus. "The bar for accelerating again is high," the
bank's chief economist, Luciana Arakaki, wrote in a note to clients.
"""),
            date_mode="line", date_line="Thursday, 18 June 2026", section="Economy",
            sidebar=("Most read", (
                "Senate approves 2027 budget guidelines with R$ 12 billion in new cuts",
                "São Paulo metro Line 6 opening pushed back to 2027",
                "Coffee exports fall 11% in May as harvest lags",
                "Opinion: Why a 13% Selic is still a brake on growth",
            )),
            related=(
                ("April: Copom cuts by 75 basis points, the biggest move in the cycle", "economy/2026/04/30/copom-cuts-75-basis-points"),
                ("IPCA slows to 4.38% in May as food prices ease", "economy/2026/06/10/ipca-may-2026"),
                ("Explainer: how the Copom decides", "economy/explainer-how-copom-decides"),
            ),
        ),
        article(
            RATESBRIEF, "issues/212-brazil-cuts-chile-holds",
            "Brazil cuts again, Chile stands pat: the week in Southern Cone rates",
            "Our weekly note on policy rates, inflation and currencies in Brazil, Argentina and Chile",
            "Renata Okamoto",
            paras("""
Good morning. Two of the region's central banks met this week and both delivered what
markets expected, which in this business counts as a quiet week. Below: our read of the
Copom statement, the Chilean hold, and a word on Argentina's disinflation.

## Brazil: third cut, same guidance

The Copom lowered the Selic by 50bp to 13.25% on Wednesday, June 17, in a unanimous
decision published at 21:35 GMT (6:35 p.m. in Brasília). It was the third reduction
since the cycle began in March, for a cumulative 175bp.

The sentence that mattered: the committee said that if its expected scenario is
confirmed, it anticipates a reduction of the same size at its next meeting. That is
about as explicit as this Copom gets, and it is a step up from April, when the bank
cut by 75bp and told us nothing about the next move.

What it did not say is also telling. There is no hint that the pace could pick up
again, and the paragraph on fiscal risks was copied almost word for word from the last
statement. As Governor Antunes Moreira told senators on June 9, policy "is not on
autopilot."

Our take: we now expect another 50bp cut in July, to 12.75%, and a slower pace after
that. Our year-end call stays at 12.25%, in line with the Focus median.

The numbers at a glance:

Selic: 13.25%, down from 13.75%. Vote: 9-0. IPCA, 12 months to May: 4.38%, against a 3%
target. Central bank's inflation projection for the fourth quarter of 2027: 3.4%. Focus
median for the Selic at end-2026: 12.25%.

##AD##

## Chile: on hold at 4.50%

The Banco Central de Chile left its monetary policy rate unchanged at 4.50% on Tuesday,
June 16, as all 22 economists in its own survey had predicted. The board said headline
inflation, at 3.6% in May, was on course to reach the 3% goal in the first half of 2027
and repeated that the rate was "close to neutral." We see no change before September.

## Argentina: disinflation grinds on

Argentina's monthly inflation slowed to 1.9% in May, the statistics agency INDEC
reported, the lowest reading in four months. Annual inflation fell to 27.4%. The peso
traded near the middle of its band this week, and the central bank bought reserves on
four of five days.

## Coming up

June 23: Copom minutes. June 25: Brazil's mid-month IPCA-15 for June. June 30: Chile's
monetary policy report. July 28-29: next Copom meeting.

That is all for this week. Reply to this email if there is a chart you would like us to
draw next time.
"""),
            date_mode="none", section="Newsletter",
            sidebar=("From the archive", (
                "March 19: Copom opens the cycle with a 50bp cut to 14.50%",
                "April 30: Copom accelerates, cuts 75bp to 13.75%",
                "May 8: Chile holds at 4.50% for a third meeting",
                "May 14: Argentina's April inflation at 2.3%",
            )),
            related=(
                ("Issue 211: What the Focus survey is telling us", "issues/211-focus-survey"),
                ("Issue 210: Chile's neutral rate debate", "issues/210-chile-neutral-rate"),
            ),
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AR2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

ARAUCARIA = ("TV Araucária", "tvaraucaria.example")
SCPRESS = ("Southern Cone Press", "scpress.example")
COURIER = ("The Curitiba Courier", "curitibacourier.example")
MUNIWEEKLY = ("Municipal Brazil Weekly", "municipalbrazil.example")

EL_AR2 = {
    "id": "el-AR2",
    "part": "AR",
    "domain": "election",
    "fetched": "2026-05-11",
    "articles": [
        article(
            ARAUCARIA, "live/campo-serrano-by-election-2026",
            "Live: Campo Serrano elects a new mayor in by-election",
            "Follow the count in the supplementary election called after the 2024 result was annulled. All times are Brasília time.",
            "TV Araucária newsroom",
            updates([
                ("8:05 p.m.", "Tavares Lins concedes", """
Rogério Tavares Lins has conceded. Speaking to supporters at his campaign office on
Avenida das Palmeiras, he said he had called Marta Quintella Braga to congratulate her.
"The city spoke clearly and I respect that," he said.

He would not say whether he intends to run again in 2028. That is where we leave our
live coverage for tonight. Thank you for following along, and see our full report on
the evening news.
"""),
                ("7:48 p.m.", "Quintella Braga: 'Campo Serrano wants to turn the page'", """
Mayor-elect Marta Quintella Braga has just spoken to a crowd outside her campaign
headquarters in the city centre. "Campo Serrano wants to turn the page. From tomorrow I
govern for everyone, including those who did not vote for me," she said.

She thanked poll workers and promised to name her transition team within days. She is
due to be sworn in on Friday, May 15, at the City Council chamber.
"""),
                ("7:12 p.m.", "Final result: Quintella Braga wins outright", """
With 100% of ballot boxes counted, the Regional Electoral Court of Paraná (TRE-PR)
confirms Marta Quintella Braga as the winner with 109,876 votes, or 51.77% of valid
votes. Rogério Tavares Lins took 85,319 (40.20%) and Elaine Dutra Coelho 17,028 (8.02%).

Because she crossed half of the valid votes, there will be no runoff.

Turnout was 71.6%: 223,713 of the city's 312,448 registered voters went to the polls.
There were 4,102 blank votes and 7,388 null votes.
"""),
                ("6:20 p.m.", "81.5% counted: lead holds", """
With 81.5% of ballot boxes counted, Quintella Braga has 51.52% of valid votes against
40.41% for Tavares Lins. Dutra Coelho has 8.07%.

If the leader slips below 50% once the northern districts are in, a runoff would be
held on May 24. Her campaign is already sounding confident.
"""),
                ("5:41 p.m.", "First numbers: Quintella Braga ahead", """
The TRE-PR has released its first partial figures. With 38.2% of ballot boxes counted,
Marta Quintella Braga leads with 50.94%, Rogério Tavares Lins has 40.88% and Elaine
Dutra Coelho 8.18%.

It is early: the count from the northern districts, where Tavares Lins is strongest,
usually comes in later.
"""),
                ("5:00 p.m.", "Polls close", """
Voting has ended in Campo Serrano. Voters who were already in line at 5 p.m. can still
cast their ballots. The electronic voting machines will now print their tallies and
send the results to the TRE-PR in Curitiba, so the first numbers should come quickly.
"""),
                ("2:30 p.m.", "Short queues", """
Poll workers at several schools in the Jardim Primavera district told our reporter Caio
Menezes that queues have been short all day. The TRE-PR says four voting machines were
replaced this morning after faults, without any interruption to voting.
"""),
                ("11:15 a.m.", "Candidates cast their votes", """
All three candidates have now voted. Quintella Braga voted just after 9 a.m. at the
Colégio Estadual Rui Barbosa, accompanied by her two daughters. Tavares Lins voted at
10:20 a.m. in the Vila Nova district and Dutra Coelho, the only candidate without a
party coalition behind her, voted shortly afterwards.
"""),
                ("8:00 a.m.", "Polls open", """
Good morning. Polls have opened in Campo Serrano, where 312,448 voters are registered to
choose a mayor and deputy mayor to serve until December 31, 2028.

The vote was called after the Superior Electoral Court (TSE) annulled the 2024 result
last year, finding the winning candidate ineligible. City Council president Aldo Ferraz
has been acting mayor since December. Polls close at 5 p.m.
"""),
            ]),
            date_mode="line", date_line="Sunday, 3 May 2026", section="Live",
            sidebar=("Most watched", (
                "Frost warning for 64 municipalities in southern Paraná",
                "Coritiba fans clash after 2-1 derby defeat",
                "Curitiba bus fare to rise to R$ 6.40 in July",
            )),
            related=(
                ("Who are the three candidates for mayor of Campo Serrano?", "politica/campo-serrano-candidates"),
                ("TSE annuls 2024 Campo Serrano election", "politica/tse-annuls-campo-serrano-2024"),
            ),
        ),
        article(
            SCPRESS, "brazil/2026/05/03/campo-serrano-by-election-result",
            "Former state lawmaker wins Campo Serrano mayoral by-election outright",
            "Marta Quintella Braga avoids a runoff with 51.77% of valid votes in the southern Brazilian city",
            "Heitor Vasconcelos",
            paras("""
CAMPO SERRANO, Brazil, May 3 (SCP) - Marta Quintella Braga, a former Paraná state
legislator, won a supplementary mayoral election in this southern Brazilian city on
Sunday, taking 51.77% of valid votes and avoiding a second round, according to official
results.

Businessman and city councillor Rogério Tavares Lins finished second with 40.20%, and
teacher Elaine Dutra Coelho third with 8.02%, the Regional Electoral Court of Paraná
said after all ballot boxes had been counted. Quintella Braga's margin was almost 24,600
votes.

Turnout was 71.6%, the court said, meaning that nearly 89,000 of the city's 312,448
registered voters stayed away. Voting is compulsory in Brazil, but the fine for not
voting without justification is small.

The by-election was called after the Superior Electoral Court last year annulled the
October 2024 result, ruling that the mayor elected then had been ineligible to run
because of a conviction for misuse of public funds that was upheld on appeal. That
ticket had won 54.3% of the vote in 2024. The president of the city council has run
the city on an interim basis since December.

"Campo Serrano has decided to turn the page," Quintella Braga, 47, told supporters at
her campaign headquarters on Sunday evening, adding that she would govern "for everyone,
including those who did not vote for me."

##AD##

Quintella Braga, who served two terms in the Paraná Legislative Assembly, campaigned on
a promise to audit city contracts and to reopen two health clinics closed during the
interim administration. Her coalition of five centre and centre-right parties also
controls a majority on the 23-seat city council.

Tavares Lins, who had the support of the former mayor's group, conceded about an hour
after the final result. "The city spoke clearly and I respect that," he said.

Quintella Braga will take office on Thursday, May 15, and will serve the remainder of
the term, which ends on December 31, 2028. Under electoral rules, a runoff would have
been required had no candidate won more than half of the valid votes, as the city has
more than 200,000 registered voters.

Analysts said the result would be watched by state parties ahead of Brazil's general
election on October 4, when voters will choose the president, governors and state and
federal legislators. Campo Serrano is the third-largest electorate in Paraná's
interior.

(Reporting by Heitor Vasconcelos; Editing by Clara Bittencourt)
"""),
            date_mode="jsonld", when="2026-05-03T23:05:00-03:00", section="Brazil",
            sidebar=("Top stories", (
                "Brazil's industrial output rises 1.2% in March",
                "Argentine truckers end two-day strike",
                "Chile's senate approves pension bill 31-17",
                "Amazon deforestation alerts fall 18% in April",
            )),
            related=(
                ("Brazil's TSE sets calendar for October 4 general election", "brazil/2026/03/tse-calendar-general-election"),
                ("Paraná governor race: early polls show tight contest", "brazil/2026/04/parana-governor-polls"),
            ),
        ),
        article(
            COURIER, "politics/2026/05/04/quintella-braga-win-city-stayed-home",
            "Quintella Braga's clear win masks a city that stayed home",
            "The new mayor of Campo Serrano promises an audit of health contracts; political scientists point to voter fatigue after two years of legal limbo",
            "Fernando Albuquerque Sato",
            paras("""
Marta Quintella Braga did not need a second round. The former state deputy's 109,876
votes on Sunday gave her 51.77% of the valid vote in Campo Serrano's supplementary
election, comfortably clear of Rogério Tavares Lins on 40.20% and Elaine Dutra Coelho on
8.02%. She carried 41 of the city's 57 voting locations and lost only in the northern
districts, long a stronghold of the group that won in 2024.

But the numbers the Regional Electoral Court released on Sunday night tell a second
story. Turnout was 76.1%, below the 79.8% recorded in the regular municipal election of
2024, and the city's voters cast 4,102 blank and 7,388 null ballots. Counted against all
the ballots cast, including blank and null ones, Quintella Braga's share falls to 49.1%.

"People are tired," said Fernanda Yoshida, a political scientist at the Federal
University of Paraná. "This city has spent almost two years with its election in the
courts and an interim administration that could not plan beyond the next month. A
by-election in May, five months before a general election, was never going to excite
anyone."

## An audit first

At her first news conference as mayor-elect, on Monday morning, Quintella Braga said her
first act would be to order an audit of the health department's contracts signed since
2024. "I will not sign a single new contract in health until I know what we are
paying for," she said. "Give me ninety days and I will publish everything."

She also named the economist Jorge Maciel Pacheco to lead her transition team, which
will begin work on Wednesday at City Hall with staff of the acting mayor, council
president Aldo Ferraz.

##AD##

Quintella Braga will be sworn in on Friday, May 15, at 10 a.m. in the City Council
chamber. Her term ends on December 31, 2028, when the city returns to the normal
electoral calendar.

## The loser's map

Tavares Lins, a businessman who has sat on the council since 2016, lost by 24,557 votes.
His campaign had counted on a strong showing in the north of the city and on the
endorsement of the former mayor, whose 2024 victory was annulled by the Superior
Electoral Court because he was ineligible. The endorsement may have hurt as much as it
helped, Yoshida said.

Dutra Coelho, a teacher who ran on a small party ticket with almost no television time,
won more than 17,000 votes, many of them in the central districts. She said on Monday
she would not join the new administration but would "support whatever is good for the
schools."

The result also matters beyond the city limits. Both of Paraná's main gubernatorial
hopefuls campaigned for Quintella Braga in the last week, and her win will be read as a
small boost for the state's governing coalition before the October vote.
"""),
            date_mode="meta", when="2026-05-04T09:30:00-03:00", section="Politics",
            sidebar=("Most read", (
                "Paraná state budget: health spending up 6.8%",
                "Curitiba's new BRT line carries 41,000 passengers on first day",
                "Opinion: The by-election nobody wanted",
                "Frost hits 64 municipalities; coffee growers assess damage",
            )),
            related=(
                ("Campo Serrano votes: live coverage from election day", "politics/2026/05/03/campo-serrano-votes"),
                ("Who is Marta Quintella Braga?", "politics/2026/05/04/profile-marta-quintella-braga"),
                ("TSE ruling that annulled the 2024 election, explained", "politics/2025/tse-campo-serrano-explained"),
            ),
        ),
        article(
            MUNIWEEKLY, "2026/05/by-elections-campo-serrano-sao-bento",
            "By-election roundup: a first-round win in Paraná, a landslide in Goiás",
            "Two cities chose new mayors outside the normal calendar; here is what happened and what comes next",
            "Patrícia Lemos",
            paras("""
Voters in two Brazilian municipalities went back to the polls on Sunday, May 3, in
supplementary elections ordered after the courts threw out the results of the 2024
municipal vote. One race was close enough to keep a runoff in play until late in the
count; the other was over almost as soon as the polls closed.

## Campo Serrano (Paraná)

Former state deputy Marta Quintela Braga won outright with 51.77% of valid votes,
ahead of councillor Rogério Tavares Lins (40.20%) and teacher Elaine Dutra Coelho
(8.02%). Because the city has more than 200,000 registered voters, a runoff would have
been needed had she stayed below half of the valid vote.

Turnout was 71.6%, which means abstention of 28.4%, high for a city where voting is,
as everywhere in Brazil, compulsory. Quintela Braga's coalition of five parties also
holds a working majority on the city council, so she should not face the kind of
gridlock that paralysed the interim government.

Quintela Braga will be sworn in on Friday, May 15. Her first promise is an audit of
the health department's contracts; her second, the reopening of two clinics that
closed during the interim administration.

##AD##

## São Bento do Cerrado (Goiás)

In the small city of São Bento do Cerrado, retired police officer Joaquim Prates
won 62.3% of valid votes against two rivals, on a turnout of 81.4%. The 2024 result
there was annulled after the TSE found that the winning ticket had bought votes with
fuel vouchers. Prates takes office on May 11.

## Why so many by-elections?

Supplementary elections are called when the courts annul the votes given to the
winning ticket, usually for ineligibility or abuse of economic or political power.
Since the 2024 municipal elections, regional electoral courts have ordered at least a
dozen of them, most in small towns. Campo Serrano, with 312,448 voters, is by far the
largest.

The TSE's calendar leaves little room for more this year: with the general election
set for October 4, new supplementary votes can only be scheduled if a decision comes
before the end of June, otherwise they are pushed to 2027.

## Next on the calendar

June 7: supplementary elections in two small municipalities in Minas Gerais. June 14:
one in Pará. We will cover all three in this newsletter.

## What we are reading

A study by a São Paulo think tank found that turnout in supplementary elections has
averaged about eight points lower than in the regular municipal elections they replace.
The gap was widest in cities where the annulled mayor had served more than a year
before being removed.
"""),
            date_mode="none", section="Newsletter",
            sidebar=("Also this week", (
                "Senate committee approves end of re-election for mayors from 2032",
                "Cities' tax revenue rose 5.9% in the first quarter",
                "Porto Alegre flood-barrier contract awarded for R$ 1.1 billion",
            )),
            related=(
                ("April roundup: three by-elections, three incumbents' allies defeated", "2026/04/by-elections-april"),
                ("Explainer: when does a by-election need a runoff?", "explainers/by-election-runoff"),
            ),
        ),
    ],
    "planted": [
        ("winner's surname: Quintella (right) vs Quintela (Municipal Brazil Weekly)",
         r"\bquintella\b", r"\bquintela\b"),
        ("swearing-in weekday for May 15: Friday (right) vs Thursday (Southern Cone Press)",
         r"\bfriday\b", r"\bthursday\b"),
        ("turnout: 71.6% (right) vs 76.1% (The Curitiba Courier)",
         r"\b71[.,]6\b", r"\b76[.,]1\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AR3 — court (CONTROL)
# ---------------------------------------------------------------------------

ANDES = ("Andes Newswire", "andesnewswire.example")
ANTOPOST = ("Antofagasta Daily Post", "antofagastapost.example")
LITHIUMDISPATCH = ("Lithium Triangle Dispatch", "lithiumtriangle.example")

CT_AR3 = {
    "id": "ct-AR3",
    "part": "AR",
    "domain": "court",
    "fetched": "2026-02-18",
    "articles": [
        article(
            ANDES, "business/chile-supreme-court-voids-alto-tambillo-lithium-permit",
            "Chile's top court voids permit for $1.2 bln lithium project, orders indigenous consultation",
            "Puna Clara Lithium's Alto Tambillo project in the Salar de Atacama must go back through consultation with Lickanantay communities",
            "Daniela Correa Ibáñez",
            paras("""
SANTIAGO, Feb 9 (Andes Newswire) - Chile's Supreme Court on Monday annulled the
environmental permit for Puna Clara Lithium's Alto Tambillo project in the Salar de
Atacama, ruling in a 3-2 decision that authorities had failed to properly consult
indigenous communities before approving it.

The court's third chamber, which hears constitutional and environmental appeals,
ordered the Environmental Assessment Service (SEA) to carry out a new consultation with
the Lickanantay communities of Peine and Camar under International Labour Organization
Convention 169 before any fresh decision on the $1.2 billion project.

The ruling, drafted by Justice Carmen Gloria Ossandón, overturns an August 2025
decision by the First Environmental Court in Antofagasta, which had rejected the
communities' challenge by two votes to one.

Puna Clara's shares closed 6.8% lower on the Santiago Stock Exchange after the ruling
was published in the early afternoon.

Alto Tambillo was designed to pump brine at up to 380 litres per second and to produce
45,000 tonnes a year of lithium carbonate equivalent, with first output planned for
2029. The regional evaluation commission approved it in October 2024.

In its decision, the majority said the 2023 information sessions held by the company
and the SEA "cannot be equated with a consultation carried out in good faith" because
the communities were not given the hydrological models on which the approval was based.

##AD##

Justices Raimundo Lagarrigue and Ana María Cifuentes dissented, arguing that the
participation process had met the legal standard and that any flaws should have been
corrected without annulling the permit.

Puna Clara said in a statement that it respected the ruling and would take part in the
new consultation, which it estimated could take 12 to 18 months. "We were always
willing to sit down with the communities, and we will do so now under the terms the
court has set," chief executive Ignacio Fuenzalida Rojas said.

Lorena Mamani Ayavire, a lawyer for the Peine community, said a consultation done
properly would take at least two years. "This is not a formality to be ticked off
before the machines arrive," she told Andes Newswire by telephone.

Mining Minister Verónica Aldunate said the government would comply with the decision
and that it did not change Chile's lithium strategy. "Projects that respect the
communities will move forward. That has always been the rule," she said.

Chile is the world's second-largest lithium producer after Australia. Prices of lithium
carbonate have recovered by about a third since mid-2025, reviving a wave of projects in
the Atacama salt flat and elsewhere in the country's north.

(Reporting by Daniela Correa Ibáñez; Editing by Felipe Undurraga)
"""),
            date_mode="meta", when="2026-02-09T20:12:00Z", section="Business",
            sidebar=("Trending", (
                "Copper climbs 2.1% on Chinese demand hopes",
                "Peru's congress approves mining tax change 68-41",
                "Argentina lithium exports hit record $1.1 bln in 2025",
                "Wildfire in Valparaíso region burns 1,400 hectares",
            )),
            related=(
                ("Environmental court rejects challenge to Alto Tambillo", "business/antofagasta-court-alto-tambillo-august-2025"),
                ("Chile approves Alto Tambillo lithium project", "business/chile-approves-alto-tambillo-october-2024"),
            ),
        ),
        article(
            ANTOPOST, "region/supreme-court-alto-tambillo-peine-reaction",
            "Supreme Court sends Alto Tambillo back to square one; Peine celebrates",
            "A 3-2 ruling annuls the lithium project's permit and orders a new indigenous consultation. The company says it will comply",
            "Marcela Tapia Araya",
            paras("""
When the news reached Peine on Monday afternoon, a few dozen people gathered outside
the community's meeting hall on the edge of the Salar de Atacama. Some cried. Sandra
Cruz Liquitay, president of the Peine indigenous community, read the operative part of
the ruling aloud from her phone.

"They told us for three years that we had been consulted. Today the highest court in
the country said we had not," she said. "We are not against anyone. We are in favour of
the water."

The Supreme Court's third chamber voted three to two on Monday, February 9, to annul
the environmental qualification resolution issued in October 2024 for the Alto
Tambillo lithium project, owned by Puna Clara Lithium. It ordered the Environmental
Assessment Service to open a new consultation with the Lickanantay communities of Peine
and Camar under ILO Convention 169, the international treaty on the rights of
indigenous peoples that Chile ratified in 2008.

## The reasoning

The 64-page ruling in case Rol 18.442-2025 was drafted by Justice Carmen Gloria Ossandón
Vial. The majority found that the company's hydrological model, which predicted a
limited drop in the water table near the Tilopozo wetlands, was never presented to the
communities in a form they could discuss before the permit was granted.

"A process in which one of the parties does not have the information on which the
decision depends is not a consultation," the ruling says.

Justices Raimundo Lagarrigue and Ana María Cifuentes dissented. In their view, the
information sessions of 2023 satisfied the law, and the court should have ordered the
authorities to correct specific defects rather than annul the whole permit.

The decision reverses a ruling of the First Environmental Court, based here in
Antofagasta, which in August 2025 had rejected the communities' claim in a split 2-1
vote. Lawyers for both sides argued the appeal before the Supreme Court on January 13.

##AD##

## What is at stake

Alto Tambillo is one of the largest lithium projects planned in the region. Puna Clara
has said it would invest $1,200 million, roughly 1.1 trillion pesos, to extract brine at
a rate of up to 380 litres per second and produce 45,000 tonnes of lithium carbonate
equivalent a year. The company had forecast 2,100 jobs during construction and about 480
permanent posts, many of them filled from Calama and San Pedro de Atacama.

Its shares closed down 6.8% in Santiago on Monday.

Chief executive Ignacio Fuenzalida Rojas said in a video message that the company
"respects the ruling and will comply with it fully". He estimated the new consultation
could take 12 to 18 months, and said construction, which had been planned to start in
the second half of this year, would be rescheduled.

The communities' lawyers see a longer road. "If it is done properly, with independent
hydrological studies, it will take at least two years," said Lorena Mamani Ayavire, who
represents Peine.

In San Pedro de Atacama, the mayor's office said it hoped the ruling would lead to "a
real dialogue" and urged the regional government to fund independent technical advice
for the communities.
"""),
            date_mode="jsonld", when="2026-02-10T07:30:00-03:00", section="Region",
            sidebar=("Most read", (
                "Antofagasta port strike enters third day; 14 ships waiting",
                "Calama water rationing extended to 22 neighbourhoods",
                "Regional council approves 3.4 billion peso coastal road upgrade",
                "Heat alert: 34 degrees forecast for inland Antofagasta",
            )),
            related=(
                ("Peine community files appeal to Supreme Court", "region/peine-appeal-supreme-court-2025"),
                ("Tilopozo wetlands: what the monitoring data show", "region/tilopozo-wetlands-monitoring"),
            ),
        ),
        article(
            LITHIUMDISPATCH, "dispatch/2026-02-11-alto-tambillo-ruling",
            "The Alto Tambillo ruling: what it means for Atacama projects",
            "Chile's Supreme Court raises the bar for consultation. Plus: Argentina's record export year and a pilot plant in Salta",
            "Tomás Villarroel",
            paras("""
This week's main item is a court decision that many in the industry had thought
unlikely. On Monday, February 9, Chile's Supreme Court annulled the environmental permit
for Puna Clara Lithium's Alto Tambillo project and ordered the state to consult the
Lickanantay communities of Peine and Camar again, this time properly.

## The ruling in brief

The third chamber split 3-2. Justice Carmen Gloria Ossandón Vial wrote for the majority;
Justices Raimundo Lagarrigue and Ana María Cifuentes dissented. The court reversed the
First Environmental Court of Antofagasta, which had sided with the company 2-1 in August
2025.

The core finding is narrow but important: information sessions are not consultation if
the communities never see the hydrological model that underpins the approval. The
majority did not rule on whether the project would actually harm the Tilopozo wetlands.

## Why it matters

Alto Tambillo is a $1.2 billion project designed for 45,000 tonnes a year of lithium
carbonate equivalent, drawing brine at up to 380 litres per second. Its permit dated
from October 2024. At least four other projects in the salar relied on participation
processes of the same kind, and their lawyers will be reading this decision closely.

Puna Clara's stock fell 6.8% on Monday and another 1.9% on Tuesday. The company puts
the new consultation at 12 to 18 months; community lawyers say at least two years. We
would lean towards the longer estimate: the last comparable process in the region, for
a water-rights transfer, lasted 26 months.

Mining Minister Verónica Aldunate insisted the ruling "does not change anything in the
national lithium strategy." Perhaps not on paper. But the practical message to
developers is that the cost of a thin consultation can be a lost permit several years
later.

##AD##

## Argentina: another record

Across the border, Argentina's lithium exports reached a record $1.1 billion in 2025,
up 31% on the year before, according to the economy ministry. Catamarca and Jujuy
accounted for most of the shipments. Two more plants are due to start production this
year.

## Salta pilot plant

A direct-extraction pilot plant in Salta province produced its first 50 tonnes of
lithium carbonate in January, its operator said, with a recovery rate of 88%. The
company wants to build a 20,000-tonne commercial plant by 2029.

## Prices

Spot lithium carbonate in China ended last week at about 84,000 yuan a tonne, roughly
$11,600, up 4% on the month.

## Quote of the week

"We are not against anyone. We are in favour of the water." Sandra Cruz Liquitay,
president of the Peine indigenous community, speaking after the ruling.
"""),
            date_mode="line", date_line="Wednesday, 11 February 2026", section="Dispatch",
            sidebar=("Project tracker", (
                "Salar de Maricunga JV: feasibility study due Q3 2026",
                "Alto Tambillo: permit annulled, consultation ordered",
                "Hombre Muerto expansion: 40,000 tpa phase approved",
                "Salar de Uyuni pilot: output 1,200 tonnes in 2025",
            )),
            related=(
                ("January dispatch: the year ahead in the lithium triangle", "dispatch/2026-01-14-year-ahead"),
                ("Explainer: ILO Convention 169 and mining in Chile", "dispatch/explainer-ilo-169"),
            ),
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AR4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

PLATA = ("Plata Wire Service", "platawire.example")
BACHRONICLE = ("Buenos Aires Chronicle", "bachronicle.example")
PAMPALETTER = ("Pampa Grain Letter", "pampagrainletter.example")
CERRADO = ("TV Cerrado Business", "tvcerrado.example")

TR_AR4 = {
    "id": "tr-AR4",
    "part": "AR",
    "domain": "trade",
    "fetched": "2026-03-20",
    "articles": [
        article(
            PLATA, "economy/argentina-cuts-soy-grain-export-duties",
            "Argentina cuts soybean export duty to 22%, lowers grain levies",
            "Economy Minister Ibarzábal says the government will keep reducing export taxes as the fiscal accounts allow",
            "Gustavo Rinaldi",
            paras("""
BUENOS AIRES, March 10 (Plata Wire) - Argentina will cut its export duty on soybeans to
22% from 26% and lower levies on soy products, corn and wheat, Economy Minister Federico
Ibarzábal said on Tuesday, in a move aimed at encouraging farmers to sell a harvest that
is about to start.

Ibarzábal made the announcement at the opening of an agribusiness conference in
Córdoba, flanked by Secretary of Agriculture Mariano Etcheverría and several provincial
governors.

Under the new scheme, the duty on soymeal and soybean oil will fall to 20.5% from 24.5%.
Corn, sorghum, wheat and barley will pay 7% instead of 9.5%, and sunflower 4% instead of
5.5%. Duties on beef exports are unchanged.

"Export duties are a bad tax, and we are going to keep lowering them as the fiscal
accounts allow," Ibarzábal said. "Today we take another step, and it will not be the
last one."

The government estimates the measure will cost the Treasury $1.35 billion a year in lost
revenue, which Ibarzábal said would be covered by the primary surplus without changing
the fiscal target agreed with the International Monetary Fund.

Etcheverría said the decree would be published in the Official Gazette "in the coming
hours" and that the new rates would apply to export sales registered from Thursday.

##AD##

Farm groups welcomed the cut but said it fell short. "It is a step, but it is not the
destination. The destination is zero," said Horacio Bertolotti, president of the
Confederation of Producers of the Litoral, who attended the event.

Argentina is the world's top exporter of soymeal and soybean oil and the third-largest
exporter of corn. Duties on agricultural exports have been a central source of revenue
for successive governments and a constant source of friction with farmers.

The soybean duty was cut from 33% to 26% in 2025 as part of the government's
programme of tax reductions.

Soybean futures in Chicago rose 0.8% to $10.62 a bushel on Tuesday, partly on
expectations that cheaper Argentine soymeal would compete with U.S. product in export
markets.

Farmers in the main growing areas are expected to begin harvesting the 2025/26 soybean
crop in the coming weeks, after a season marked by a dry January and late rains.

(Reporting by Gustavo Rinaldi; Editing by Silvina Paz)
"""),
            date_mode="meta", when="2026-03-10T16:20:00Z", section="Economy",
            sidebar=("Most read", (
                "Argentina's February inflation at 2.2%, lowest in six months",
                "Brazil's soybean exports rise 9% in February",
                "Chile's copper exports fall 4% on weaker prices",
                "YPF posts record shale output of 162,000 barrels a day",
            )),
            related=(
                ("Argentina makes soybean duty cut permanent", "economy/argentina-soy-duty-permanent-2025"),
                ("Farmers' sales lag as harvest approaches", "economy/argentina-farmers-sales-lag"),
            ),
        ),
        article(
            BACHRONICLE, "economy/2026/03/11/export-duties-cut-decree-published",
            "Export duty cuts take effect as decree appears in Official Gazette",
            "The lower rates on soybeans, grains and sunflower apply to sales registered from Thursday. Farmers welcome the move but want more",
            "Valeria Gutiérrez Lanusse",
            paras("""
The government's latest cut to farm export duties became law on Wednesday with the
publication of Decree 174/2026 in the Boletín Oficial, a day after Economy Minister
Federico Ibarzábal announced it before an audience of farmers and grain traders at the
Rosario Board of Trade.

The decree lowers the duty on soybean exports to 23%, from 26%, and on soymeal and
soybean oil to 20.5%, from 24.5%. Corn, sorghum, wheat and barley will pay 7% instead of
9.5%, and sunflower 4% instead of 5.5%. The new rates apply to export sales registered
with the Secretariat of Agriculture from Thursday, March 12.

Ibarzábal, who has made the gradual elimination of export duties one of the
government's signature promises, repeated on Wednesday morning in a radio interview
that the levies were "a bad tax" and that each cut would depend on the state of public
finances. "We lower them when we can pay for it, not before," he said.

## The cost

The Economy Ministry puts the fiscal cost at $1.35 billion a year. Private estimates are
higher: the consultancy Campo Analítica calculates that lost revenue could reach $1.7
billion if the soybean harvest comes in at the upper end of forecasts and prices hold.

Forecasts differ. The Rosario Board of Trade expects a soybean crop of 48.5 million
tonnes this season, while the Buenos Aires Grain Exchange projects 50 million.

##AD##

## Farmers: 'not the destination'

At the Rosario event, Horacio Bertolotti, president of the Confederation of Producers of
the Litoral, said the cut was welcome but insufficient. "It is a step, but not the
destination. The destination is zero," he told reporters.

Secretary of Agriculture Mariano Etcheverría, who presented the details of the decree,
said the government wanted farmers to see that "the direction does not change" and
urged them to sell rather than store beans in silo bags. Farmers have been holding back
sales in the expectation of further cuts, traders say.

Grain exporters, who had slowed their purchases in recent days as rumours of the cut
spread, are expected to step up registrations now that the lower rates are official.

## A long history

Export duties have been part of Argentine economic policy, on and off, for decades. They
were reintroduced after the 2002 devaluation and reached 35% for soybeans in later
years. The current government cut the soybean rate from 33% to 26% last year and has
promised to keep going.

Provincial governors from the farm belt, several of whom were at the Rosario event,
praised the decree but asked for the same treatment for regional economies such as
wine, fruit and tea, which still pay duties they describe as "absurd" for small
exporters.
"""),
            date_mode="line", date_line="Wednesday, 11 March 2026", section="Economy",
            sidebar=("Most read", (
                "Subway fares in Buenos Aires to rise 15% in April",
                "River Plate beats Boca 2-0 in Monumental derby",
                "Opinion: Export duties and the limits of gradualism",
                "Peso closes at 1,180 per dollar in official market",
            )),
            related=(
                ("Ibarzábal announces cut to soybean and grain export duties", "economy/2026/03/10/ibarzabal-announces-export-duty-cut"),
                ("How much do farmers really pay? The export duty explained", "economy/explainer-export-duties"),
            ),
        ),
        article(
            PAMPALETTER, "letters/2026-03-12-duty-cut-what-changes",
            "Duty cut: what changes for your soybeans from today",
            "New export rates start applying this Thursday. We run the numbers per tonne and look at who gains most",
            "Martín Oyhenart",
            paras("""
From today, Thursday, March 12, exporters registering soybean sales will pay a 22%
export duty instead of 26%. The cut, announced on Tuesday at the Rosario Board of Trade
by Economy Minister Federico Ibarzábal and formalised on Wednesday in Decree 174/2026,
also lowers the rates for soy products, grains and sunflower.

## The new rates

Soybeans: 22% (was 26%). Soymeal and soybean oil: 20.5% (was 24.5%). Corn and sorghum:
7% (was 9.5%). Wheat and barley: 7% (was 9.5%). Sunflower: 4% (was 5.5%). Beef and
other products: unchanged.

## What it means per tonne

At an FOB price of $410 a tonne for soybeans at the up-river ports near Rosario, a cut
of four percentage points is worth about $16.40 a tonne before freight and commissions.
How much of that reaches the farmer depends on how exporters adjust the prices they
offer, but in past cuts most of the gain was passed through within a week.

For corn at $195 FOB, the 2.5-point cut adds roughly $4.90 a tonne. For wheat the effect
is similar but this season's crop is largely sold already.

##AD##

## The fiscal cost

The Economy Ministry estimates the cut will cost $1.35 billion a year. Campo Analítica, a
Buenos Aires consultancy, puts the figure at $1.7 billion. The difference comes mostly
from assumptions about the size of the soybean crop: the Rosario Board of Trade forecasts
48.5 million tonnes and the Buenos Aires Grain Exchange 50 million.

## What we heard in Rosario

Secretary of Agriculture Mariano Etcheverría told the conference that the government
wanted to "reward those who produce and sell, not those who speculate." Ibarzábal was
blunter: "Export duties are a bad tax, and we are going to keep lowering them as
the accounts allow. This is not the last step."

The farm leader Horacio Bertolotti, of the Confederation of Producers of the Litoral,
summed up the mood in the room: "A step, yes. The destination is zero."

## Market watch

Registrations of soybean export sales slowed to a trickle on Wednesday as exporters
waited for the lower rate to take effect. Expect a jump in today's figures. In Chicago,
May soybeans closed at $10.62 a bushel on Tuesday, up 0.8%, before easing slightly on
Wednesday.

## Our advice

If you have beans in silo bags and need cash in the next three months, the new rate does
not change the basic arithmetic much: prices, not duties, will decide your margin.
Watch the peso, watch Chicago, and do not assume there will be another cut before the
end of the harvest.
"""),
            date_mode="jsonld", when="2026-03-12T06:00:00-03:00", section="Grain Letter",
            sidebar=("Prices this morning", (
                "Soybeans, Rosario spot: 345,000 pesos a tonne",
                "Corn, Rosario spot: 168,000 pesos a tonne",
                "Wheat, Bahía Blanca: 176,500 pesos a tonne",
                "Chicago soybeans, May: $10.58 a bushel",
            )),
            related=(
                ("Silo-bag stocks at record as farmers hold back sales", "letters/2026-03-05-silo-bags"),
                ("Harvest outlook: late rains lift soybean yields", "letters/2026-02-26-harvest-outlook"),
            ),
        ),
        article(
            CERRADO, "agronegocio/argentina-reduz-imposto-exportacao-soja-en",
            "Argentina lowers soy export tax, sharpening competition with Brazil",
            "Cheaper Argentine soymeal could weigh on Brazilian processors in Europe and Asia",
            "Rafael Moura, TV Cerrado Business",
            paras("""
Argentina's government announced on Tuesday, March 10, that it will reduce the export
duty on soybeans from 26% to 22%, the latest in a series of cuts that Brazilian
exporters are watching closely.

The announcement was made in Rosario, the heart of Argentina's grain and oilseed export
industry, by Economy Minister Federico Ibarzábal and the country's agriculture minister,
Mariano Etcheverría. Duties on soymeal and soybean oil will fall to 20.5% from 24.5%, and
those on corn and wheat to 7% from 9.5%.

## What it means for Brazil

Brazil and Argentina compete directly in the world market for soy products. Brazil
exports mainly whole beans, while Argentina is the largest exporter of soymeal and
soybean oil, processed in the crushing plants along the Paraná River.

"A lower duty means Argentine crushers can pay more for beans and offer meal more
cheaply abroad," said Juliana Freitas, an analyst at the Goiânia-based consultancy
AgroCenário. "For Brazilian processors selling meal to Europe and Southeast Asia, that
is more competition at a moment when margins are already thin."

Brazil's national supply company Conab expects the country to harvest a record 178
million tonnes of soybeans in the 2025/26 season, far more than Argentina's expected
crop of around 50 million tonnes.

##AD##

## A policy in steps

Argentina's current government has been lowering export duties in stages, saying it
wants to eliminate them eventually. In 2025 it cut the soybean rate from 33% to 26%. The
latest cut will cost around $1.35 billion a year in revenue, according to the Argentine
government, and took effect for sales registered from Thursday, March 12.

"Export duties are a bad tax. We are going to keep lowering them as the fiscal accounts
allow," Ibarzábal said in Rosario.

Etcheverría said the government wanted farmers to sell their harvest rather than hold
it in storage. Argentine farmers have been keeping beans in silo bags as a hedge against
inflation and in the hope of further cuts.

## Reaction in Brazil

Brazilian industry groups did not comment officially. A trader at a large
multinational in São Paulo, who asked not to be named, said the effect would be
"marginal in the short term but real over a full season." Brazilian soybean prices at
the port of Paranaguá were little changed on Wednesday, at about R$ 128 per 60-kilo
bag.

Brazil does not tax agricultural exports, a policy in place since the 1990s, which
Brazilian farm groups regularly cite as an advantage over their Argentine rivals.
"""),
            date_mode="none", section="Agribusiness",
            sidebar=("Most watched", (
                "Mato Grosso soybean harvest reaches 71%",
                "Coffee prices fall 3.5% on rain in Minas Gerais",
                "Ethanol sales up 12% in February",
            )),
            related=(
                ("Conab raises soybean crop forecast to 178 million tonnes", "agronegocio/conab-soja-recorde-en"),
                ("Paranaguá port sets February loading record", "agronegocio/paranagua-recorde-fevereiro-en"),
            ),
        ),
    ],
    "planted": [
        ("place where the duty cut was announced: Rosario (right) vs Córdoba (Plata Wire Service)",
         r"\brosario\b", r"c[oó]rdoba"),
        ("new soybean export duty: 22% (right) vs 23% (Buenos Aires Chronicle)",
         r"\b22(?:[.,]0)?\s?(?:%|per ?cent)", r"\b23(?:[.,]0)?\s?(?:%|per ?cent)"),
        ("Etcheverría's office: secretary of agriculture (right) vs agriculture minister (TV Cerrado Business)",
         r"\bsecretary\b", r"agricultur\w* minister|minister of agricultur"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AR5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

TVILHA = ("TV Ilha", "tvilha.example")
ORBITSOUTH = ("Orbit South", "orbitsouth.example")

RK_AR5 = {
    "id": "rk-AR5",
    "part": "AR",
    "domain": "rocket",
    "fetched": "2026-10-30",
    "articles": [
        article(
            TVILHA, "ao-vivo/jandaia-2-launch-alcantara",
            "Live: Jandaia-2 launches from Alcântara",
            "Carcará Aeroespacial makes a second attempt to fly its suborbital rocket after Tuesday's scrub. All times are local (UTC-3).",
            "TV Ilha science desk",
            updates([
                ("12:10 p.m.", "Capsule recovered", """
The payload capsule has been hoisted aboard a Brazilian Navy patrol vessel about 180 km
off the coast, Carcará Aeroespacial says. The five experiments will be flown back to
São Luís this evening and handed over to the research teams on Friday.

That wraps up our live coverage. Thanks for watching with us.
"""),
                ("10:58 a.m.", "'A perfect flight'", """
Chief executive Larissa Nogueira Pimentel, speaking to reporters at the launch centre:
"It was a perfect flight. We asked for 230 kilometres and the rocket gave us more.
This team has earned it." She said the flight data would be analysed over the next two
weeks before the company publishes a full report.
"""),
                ("10:41 a.m.", "Apogee confirmed: 247 km", """
Flight director Caio Estrela Bastos confirms the rocket reached an apogee of 247 km,
above the 230 km target. Total flight time from liftoff to splashdown: 9 minutes 42
seconds.
"""),
                ("10:27 a.m.", "Splashdown", """
The capsule's parachutes opened as planned and it has splashed down in the Atlantic.
Recovery teams are heading to the area.
"""),
                ("10:22 a.m.", "Past the peak", """
Initial telemetry suggests the vehicle peaked at around 240 km. We will wait for the
confirmed figure from the flight team. The experiments are now in free fall, which is
the point of the whole exercise: several minutes of near weightlessness.
"""),
                ("10:18 a.m.", "Stage separation", """
The first stage burned out after 48 seconds and the second stage has ignited, the
control room reports. Cheers in the press area.
"""),
                ("10:17 a.m.", "LIFTOFF", """
Jandaia-2 has lifted off from the Alcântara Launch Centre at 10:17 a.m. local time,
13:17 UTC. A clean, fast climb over the ocean.
"""),
                ("9:58 a.m.", "Count resumes", """
The countdown has resumed at T-minus 19 minutes. New target for liftoff: 10:17 a.m.
"""),
                ("9:40 a.m.", "Hold", """
The countdown is holding at T-minus 20 minutes while engineers check a telemetry link
with the downrange tracking station. The company says there is plenty of time left in
the window.
"""),
                ("9:00 a.m.", "Window opens", """
Today's launch window runs from 9:00 a.m. to 12:30 p.m. The weather looks much better
than on Tuesday, when upper-level winds forced a scrub at T-minus 4 minutes. Winds
aloft are well within limits this morning.
"""),
                ("8:30 a.m.", "Good morning from Alcântara", """
Welcome to our live coverage. Jandaia-2 is 11.8 metres tall, weighs 3.4 tonnes at
liftoff and has two solid-fuel stages. It carries five experiments, four of them from
Brazilian universities, in a recoverable capsule.

Its predecessor, Jandaia-1, reached 112 km in November 2025. This time the company is
aiming for 230 km.
"""),
            ]),
            date_mode="meta", when="2026-10-22T11:30:00Z", section="Live",
            sidebar=("Also on TV Ilha", (
                "São Luís bridge repairs to close two lanes for 45 days",
                "Maranhão rice harvest up 6%",
                "Sampaio Corrêa win 3-1 to stay in Série C",
            )),
            related=(
                ("Jandaia-2 launch scrubbed at T-minus 4 minutes", "ao-vivo/jandaia-2-scrub-tuesday"),
                ("Inside the Alcântara Launch Centre", "especiais/alcantara-inside"),
            ),
        ),
        article(
            AUSTRAL, "science/brazil-carcara-jandaia-2-suborbital-flight",
            "Brazilian startup's rocket reaches space from Alcântara on second try",
            "Carcará Aeroespacial's Jandaia-2 flies to 247 km two days after a weather scrub",
            "Luana Fontenele",
            paras("""
ALCÂNTARA, Brazil, Oct 22 (Austral Wire) - A suborbital rocket built by Brazilian
startup Carcará Aeroespacial reached an altitude of 247 kilometres (153 miles) on
Thursday after lifting off from the Alcântara Launch Centre on the country's northern
coast, the company said.

The two-stage Jandaia-2 lifted off at 10:17 a.m. local time (1317 GMT) and its payload
capsule splashed down in the Atlantic under parachutes just under 10 minutes later. A
Brazilian Navy vessel recovered the capsule about 180 kilometres offshore.

It was the company's second attempt this week. A launch on Tuesday was called off four
minutes before liftoff because of strong upper-level winds. On Thursday the countdown
was held for about 20 minutes while engineers checked a telemetry link, but the flight
itself went to plan.

"We asked for 230 kilometres and the rocket gave us more," Chief Executive Larissa
Nogueira Pimentel told reporters at the base. "This shows that a Brazilian private
company can design, build and fly a rocket to space from Brazilian soil."

The flight carried five experiments, including a study of how bone cells behave in
microgravity and a test of a low-cost navigation sensor developed by students. Four of
them came from Brazilian universities.

##AD##

The internationally recognised boundary of space, the Kármán line, is at 100 km. The
company's first rocket, Jandaia-1, reached 112 km in November 2025.

Founded in 2019 in São José dos Campos, the hub of Brazil's aerospace industry,
Carcará has raised about 86 million reais ($16 million) from private investors and a
state development agency. It is designing an orbital launcher, the Carcará-O, which it
hopes will carry satellites of up to 150 kilograms to low Earth orbit from 2029.

The head of the Brazilian Space Agency, Marcos Vinícius Teodoro, said the flight was a
milestone for the government's effort to open Alcântara to commercial operators. "The
base was built for this. Every successful launch makes it easier to attract the next
customer," he said.

Alcântara's location just two degrees south of the Equator makes launches more
fuel-efficient, but the base has struggled to attract business. An explosion on the launch
pad in 2003 killed 21 technicians and set back Brazil's national rocket programme for years.
A South Korean company flew a test rocket from the site in 2023.

(Reporting by Luana Fontenele in Alcântara; Editing by Mariana Costa Diniz)
"""),
            date_mode="jsonld", when="2026-10-22T15:10:00Z", section="Science",
            sidebar=("Most read", (
                "Brazil's economy grows 0.6% in third quarter, beating forecasts",
                "Chile's lower house approves 40-hour week extension",
                "Argentine radar satellite launch slips to 2027",
                "Embraer deliveries rise 14% in the quarter",
            )),
            related=(
                ("Brazilian startup scrubs rocket launch over winds", "science/brazil-carcara-jandaia-2-scrub"),
                ("Alcântara opens to private launchers", "science/alcantara-commercial-operators"),
            ),
        ),
        article(
            ORBITSOUTH, "newsletter/jandaia-2-flies-tronador-test",
            "Jandaia-2 flies, Tronador fires, and a cubesat slips",
            "Orbit South, the weekly newsletter on space in Latin America",
            "Gabriel Sepúlveda",
            paras("""
Hello again. It was the busiest week for South American rocketry in a while, so let us
go straight to it.

## Jandaia-2: second time lucky

Carcará Aeroespacial's Jandaia-2 flew from the Alcântara Launch Centre in Maranhão on
Thursday, October 22, at 10:17 a.m. local time, reaching an apogee of 247 km, 17 km
above the company's 230 km target. Liftoff to splashdown took 9 minutes and 42 seconds,
and the capsule with its five experiments was fished out of the Atlantic by a Navy
vessel about 180 km from the coast.

A few details worth noting. The first stage burned for 48 seconds, the second carried
the capsule most of the way up, and the hold at T-minus 20 minutes on Thursday was for a
telemetry link, not for anything on the vehicle. Tuesday's scrub at T-minus 4 minutes
was purely about winds.

The bigger picture: this is the first time a Brazilian private company has reached the
200-kilometre class from Brazilian soil. Jandaia-1 managed 112 km last November. The
jump matters because customers for microgravity research pay for minutes of weightless
time, and a higher apogee buys more of them.

Carcará's chief executive, Larissa Nogueira Pimentel, said afterwards that "a Brazilian
private company can design, build and fly a rocket to space from Brazilian soil." The
next step is the Carcará-O orbital launcher, which the company says will be ready in
2029. We would treat that date with caution; orbital launchers are a different sport.

##AD##

## Argentina: Tronador engine test

In Argentina, the national space agency CONAE said it had completed a 32-second hot
fire of a second-stage engine for its Tronador programme at its test site in Buenos
Aires province. A longer, 120-second test is planned for December. CONAE gave no new
date for a first orbital attempt.

## Chile: cubesat delayed

Chile's next university cubesat, a 3U spacecraft built to monitor glaciers, has slipped
to the first quarter of 2027 after a problem with its radio during vibration tests, its
team said. It had been due to launch on a rideshare mission in December.

## Numbers of the week

247 km: Jandaia-2's apogee. 3.4 tonnes: its mass at liftoff. 21: the technicians killed
at Alcântara in 2003, a loss the Brazilian space community still marks every August.

## Coming up

November 5: the Brazilian Space Agency opens bids for a second commercial launch pad at
Alcântara. November 18: a Peruvian sounding rocket campaign at Punta Lobos.
"""),
            date_mode="none", section="Newsletter",
            sidebar=("Launch log 2026", (
                "Feb 11: Falcon 9 rideshare carries two Brazilian cubesats",
                "Jun 3: CONAE Tronador 18-second engine test",
                "Oct 20: Jandaia-2 scrubbed at T-4 min (winds)",
                "Oct 22: Jandaia-2 suborbital flight, 247 km",
            )),
            related=(
                ("Why Alcântara matters", "newsletter/why-alcantara-matters"),
                ("Jandaia-1: the flight that started it", "newsletter/jandaia-1-flight"),
            ),
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AR6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

RADIOATACAMA = ("Radio Atacama Norte", "radioatacamanorte.example")
OBSERVER = ("The Santiago Observer", "santiagoobserver.example")
CANALPACIFICO = ("Canal Pacífico News", "canalpacifico.example")

EQ_AR6 = {
    "id": "eq-AR6",
    "part": "AR",
    "domain": "earthquake",
    "fetched": "2026-07-28",
    "articles": [
        article(
            RADIOATACAMA, "en-vivo/sismo-atacama-vallenar-julio-2026",
            "Live: strong earthquake shakes Atacama region",
            "Updates on the earthquake that struck near Vallenar late on Friday. Times are Chile mainland time (UTC-4).",
            "Radio Atacama Norte newsroom",
            updates([
                ("Sun 19 Jul, 11:20", "Final toll: six dead, 217 injured", """
SENAPRED director Ximena Ugarte has given what she called the consolidated report:
six people died and 217 were injured. In all, 1,280 homes were damaged, 164 of them
uninhabitable. "We have no reports of missing persons," she said at the regional
emergency centre in Copiapó.

The shelters in Vallenar and Freirina are housing 312 people tonight, down from more
than 500 on Saturday.
"""),
                ("Sat 18 Jul, 20:45", "Death toll rises to six", """
Two more deaths have been confirmed this evening. A man pulled from the rubble of an
adobe house in Freirina early on Saturday has died in hospital in Copiapó, and police
have found the body of a farm worker under a collapsed wall near Alto del Carmen. That
brings the toll to six. The number of injured stands at 198 at this hour, according to
the regional health service.
"""),
                ("Sat 18 Jul, 16:10", "State of catastrophe declared", """
The government has declared a state of catastrophe for the Atacama region, putting the
armed forces in charge of security in the affected areas. The president is expected in
Vallenar tomorrow morning.
"""),
                ("Sat 18 Jul, 12:30", "Power back for most", """
The regional power distributor says 92% of the 140,000 customers who lost electricity
overnight have been reconnected. Parts of Freirina and the Huasco valley are still
without power.
"""),
                ("Sat 18 Jul, 08:20", "Strong aftershock", """
A magnitude 5.8 aftershock was felt at 8:14 this morning across the region, the
National Seismological Centre (CSN) says. No new damage has been reported so far. The
CSN has recorded more than 60 aftershocks since midnight.
"""),
                ("Sat 18 Jul, 07:05", "Four confirmed dead", """
The toll has risen to four, the Interior Ministry's undersecretary says: two in Vallenar,
one in Freirina and one in Alto del Carmen. At least 90 people have been treated for
injuries, most of them for cuts and fractures.
"""),
                ("Sat 18 Jul, 02:59", "Coastal evacuation lifted", """
The Navy's hydrographic and oceanographic service (SHOA) has ruled out a tsunami, and
SENAPRED has lifted the precautionary evacuation of the coast of Atacama and Coquimbo,
three hours after ordering it. Residents can return home.
"""),
                ("Sat 18 Jul, 01:40", "Two deaths confirmed", """
Police confirm two deaths in Vallenar: an elderly woman hit by a falling wall and a man
who suffered a heart attack during the shaking. Several roads are blocked by landslides,
including the route between Vallenar and Alto del Carmen.
"""),
                ("Sat 18 Jul, 00:35", "USGS puts it at 6.9", """
The US Geological Survey estimates the magnitude at 6.9 with a depth of 48 km. The CSN's
figure remains 7.1 at a depth of 54 km. Differences of this kind between agencies are
common in the first hours.
"""),
                ("Fri 17 Jul, 23:59", "Precautionary coastal evacuation", """
SENAPRED has ordered the preventive evacuation of the coastal areas of the Atacama and
Coquimbo regions. Please move to the safety zones marked in your town and follow the
instructions of local authorities.
"""),
                ("Fri 17 Jul, 23:56", "Strong earthquake felt across Atacama", """
A strong earthquake was felt at 23:52 across the Atacama region. Preliminary data from
the CSN: magnitude 7.1, 41 km southwest of Vallenar, at a depth of 54 km. Power is out in
much of Vallenar. Stay away from damaged buildings.
"""),
            ]),
            date_mode="jsonld", when="2026-07-18T04:05:00Z", section="En vivo",
            sidebar=("Most read", (
                "Copiapó hospital expansion to add 96 beds",
                "Olive harvest in Huasco valley down 15%",
                "Atacama desert bloom expected in September after rains",
            )),
            related=(
                ("How to prepare an emergency kit", "servicios/kit-de-emergencia"),
                ("Where are the tsunami safety zones in your town?", "servicios/zonas-seguras"),
            ),
        ),
        article(
            ANDES, "world/chile-atacama-earthquake-toll-six",
            "Chile earthquake toll rises to six as Atacama counts damage",
            "Authorities say 217 people were injured and more than 1,200 homes damaged by Friday's magnitude 7.1 quake",
            "Felipe Undurraga",
            paras("""
SANTIAGO, July 19 (Andes Newswire) - The death toll from a magnitude 7.1 earthquake that
struck Chile's northern Atacama region late on Friday has risen to six, and 217 people
were injured, the national disaster agency SENAPRED said on Sunday.

The quake struck at 10:52 p.m. local time on Friday, 41 km southwest of the town of
Vallenar, at a depth of 54 km, according to Chile's National Seismological Centre. The
U.S. Geological Survey put its magnitude at 6.9.

SENAPRED said 1,280 homes had been damaged, 164 of them so badly that they could no
longer be lived in. Most were older adobe houses in Vallenar, Freirina and the
farming villages of the Huasco valley.

"The modern buildings behaved as they should. What fell was what we already knew was
vulnerable," SENAPRED director Ximena Ugarte told reporters in Copiapó, the regional
capital.

The government declared a state of catastrophe in the Atacama region on Saturday,
placing the armed forces in charge of security and freeing emergency funds.

##AD##

Minutes after the main shock, SENAPRED ordered a precautionary evacuation of coastal
areas in the Atacama and Coquimbo regions. Tens of thousands of people walked or drove to
higher ground in freezing temperatures. The order was lifted about three hours later,
once the Navy's oceanographic service ruled out a tsunami.

A magnitude 5.8 aftershock on Saturday morning caused alarm but no new damage. The
seismological centre has recorded more than 120 aftershocks.

About 140,000 homes and businesses lost power, but electricity had been restored to
most of them by Saturday evening. Mining companies in the region said their operations
had been halted as a precaution and that inspections had found no major damage. The
port of Huasco resumed loading on Sunday.

Schools in the worst-hit districts of Vallenar and Freirina will stay closed for at
least a week while engineers inspect them, the Education Ministry said. Several are
being used as shelters for families whose homes were damaged.

Chile is one of the most seismically active countries in the world. The Atacama region
was devastated in 1922 by a magnitude 8.5 earthquake and tsunami centred near Vallenar.
Strict building codes introduced after later disasters are credited with limiting the
death toll in recent quakes.

(Reporting by Felipe Undurraga; Additional reporting by Daniela Correa Ibáñez in
Vallenar; Editing by Silvina Paz)
"""),
            date_mode="meta", when="2026-07-19T16:05:00Z", section="World",
            sidebar=("Trending", (
                "Peru's president faces fourth impeachment motion",
                "Copper slips 1.4% as Chinese imports fall",
                "Argentina's June inflation at 1.8%",
                "Bolivia fuel shortages ease after 2 million-litre import",
            )),
            related=(
                ("Strong earthquake shakes northern Chile", "world/chile-earthquake-atacama-friday"),
                ("Chile declares state of catastrophe in Atacama", "world/chile-state-of-catastrophe-atacama"),
            ),
        ),
        article(
            OBSERVER, "nation/2026/07/19/vallenar-earthquake-adobe",
            "In Vallenar, the old houses fell and the new ones stood",
            "Six people died in Friday's earthquake. Two days later, residents of the Huasco valley are counting what was lost, and what held",
            "Josefina Larraín Ovalle",
            paras("""
VALLENAR — The house where Rosa Ahumada was born, on a corner of Calle Ramírez, is now a
heap of adobe bricks and broken roof beams. She was asleep in the back room, the only one
with a concrete wall, when the earthquake struck at 11:52 p.m. on Friday.

"The noise came first, then the movement. It went on and on," said Ahumada, 71. "When it
stopped, my grandson pulled me out through the window."

The magnitude 7.1 earthquake, centred 41 km southwest of this town of about 50,000
people, killed six people in the Atacama region and injured 212, according to the
national disaster agency SENAPRED. It damaged 1,280 homes, 164 of which have been
declared uninhabitable.

Almost all of the houses that collapsed were built of adobe, many more than a century
old. The newer buildings in the town centre, the hospital and the schools suffered
cracks but remained standing.

"This is the story of every Chilean earthquake," said Gonzalo Pizarro Tello, a
structural engineer at the University of Atacama who spent Saturday inspecting
buildings. "Our codes work. The problem is the houses that were built before there
were any codes, and the families who cannot afford to replace them."

## A night on the hills

On the coast, the quake set off a precautionary evacuation. In Huasco and Caldera,
families spent the night on the hills, wrapped in blankets, until the order was lifted
three hours later, when the Navy ruled out a tsunami.

"We have done this so many times that the children know the way in the dark," said
Marcelo Cortés, a fisherman in Huasco.

##AD##

## Help arrives

The government declared a state of catastrophe for the Atacama region on Saturday. By
Sunday, army trucks were distributing water in Freirina and in the villages of the Alto
del Carmen valley, where landslides cut the road for most of Saturday.

The director of SENAPRED, Ximena Ugarte, said the priority now was to move families out
of the shelters and into emergency housing. "We are not going to leave anyone in a
school gym for weeks," she said on Sunday morning.

The US Geological Survey estimated the magnitude at 6.9 and the depth at 48 km, slightly
different from the Chilean figures of 7.1 and 54 km.

For older residents, Friday's quake brought back family stories of November 1922, when a
magnitude 8.5 earthquake and the tsunami that followed destroyed much of Vallenar and
the port of Huasco. "My grandmother used to say the ground opened in the square," said
Ahumada. "This time it did not. Thank God."

The town's mayor said on Sunday that reconstruction would take "years, not months," and
asked the central government for a special housing programme for adobe homes.
"""),
            date_mode="line", date_line="Sunday, 19 July 2026", section="Nation",
            sidebar=("Most read", (
                "Pension reform: what changes in August",
                "Santiago smog alert for third day; 1,900 vehicles restricted",
                "Colo-Colo sign Argentine striker for 4 million dollars",
                "Opinion: Adobe, memory and the price of safety",
            )),
            related=(
                ("Earthquake: how to help the Atacama region", "nation/2026/07/18/how-to-help-atacama"),
                ("Chile's building codes, explained", "nation/explainer-building-codes"),
            ),
        ),
        article(
            CANALPACIFICO, "noticias/terremoto-atacama-balance-final",
            "Atacama earthquake: six dead, 217 injured in final report",
            "Authorities close the emergency count as aftershocks continue in the Huasco valley",
            "Canal Pacífico News team",
            paras("""
The earthquake that shook northern Chile late on Friday, July 17, left six people dead
and 217 injured, according to the final report released on Sunday by the national
disaster prevention and response service, SENAPRED.

The magnitude 7.1 quake struck at 11:52 p.m. with its epicentre 41 kilometres southwest
of Vallenar, in the Atacama region, the National Seismological Centre said. It was felt
from Antofagasta to La Serena and as far as the border with Argentina.

## The damage

SENAPRED director Ximena Ugarte said 1,280 homes had been damaged, and 164 of them will
have to be demolished. Most of the fallen houses were made of adobe. "The modern
buildings did what they were designed to do. What fell was what we already knew was
fragile," Ugarte said.

The victims include an 83-year-old woman in Vallenar who was hit by a wall, and a man
who died in hospital in Copiapó on Saturday after being rescued from his home in
Freirina.

Hospitals in Vallenar and Copiapó treated most of the injured. Regional health
authorities said 19 people remained in hospital on Sunday, three of them in serious
condition.

##AD##

## The night of the evacuation

Within minutes of the quake, SENAPRED sent emergency alerts to mobile phones along the
coast of the Atacama and Coquimbo regions, ordering a precautionary evacuation. Thousands
of residents of Caldera, Huasco and Chañaral spent a cold night in safety zones. The
coastal evacuation lasted five hours before it was lifted, once the Navy confirmed there
was no risk of a tsunami.

## Aftershocks

The strongest aftershock, of magnitude 5.8, was recorded at 8:14 a.m. on Saturday. The
National Seismological Centre warned that further strong aftershocks were possible in
the coming weeks and asked residents not to return to damaged homes.

## Government response

The government declared a state of catastrophe in the Atacama region on Saturday. The
president visited Vallenar on Sunday morning, met families in one of the shelters and
promised emergency housing "before the end of winter". The Housing Ministry said it
would offer subsidies for families whose adobe homes were lost.

Electricity was restored to most of the 140,000 affected customers during Saturday, but
some rural areas of the Huasco valley were still without power on Sunday.

The US Geological Survey, which uses a different method, gave a magnitude of 6.9.
"""),
            date_mode="none", section="Noticias",
            sidebar=("Lo más visto", (
                "Heavy rain warning for the Biobío region: up to 80 mm",
                "Fog closes Antofagasta airport for the morning",
                "Chile's unemployment at 8.7% in the April-June quarter",
            )),
            related=(
                ("Earthquake in Atacama: the first images", "noticias/terremoto-atacama-primeras-imagenes"),
                ("What to do during an aftershock", "noticias/que-hacer-replica"),
            ),
        ),
    ],
    "planted": [
        ("time of the earthquake: 11:52 p.m. / 23:52 (right) vs 10:52 p.m. (Andes Newswire)",
         r"\b11:52\b|\b23:52\b", r"\b10:52\b|\b22:52\b"),
        ("length of the precautionary coastal evacuation: three hours (right) vs five hours (Canal Pacífico News)",
         r"\b(?:three|3) hours?\b", r"\b(?:five|5) hours?\b"),
        ("number injured: 217 (right) vs 212 (The Santiago Observer)",
         r"(?<![\d.,:])217(?![\d]|[.,:]\d)", r"(?<![\d.,:])212(?![\d]|[.,:]\d)"),
    ],
}


# ---------------------------------------------------------------------------

STORIES = [CB_AR1, EL_AR2, CT_AR3, TR_AR4, RK_AR5, EQ_AR6]
