"""Story battery, part AX — Mexico, Colombia and Peru, events in 2026.

Written by engineer AX1 on 2026-12-07 for the thirty-fifth batch, a precision batch.

Six stories, each one real-world-style event reported by three or four invented outlets
(every domain ends in .example). Companies, candidates, most officials and all figures are
invented; real institutions and places appear only as scenery. Time zones used: Colombia and
Peru are UTC-5 all year (COT / PET); Mexico's central zone (Mexico City, Oaxaca, Guerrero,
Jalisco) is UTC-6 all year (CST), with no daylight saving time in any of the three.

Three stories are CONTROLS (planted = []): every outlet states every fact the same way, give
or take legitimate variation. The other three carry exactly THREE planted errors each; every
planted error is made by one outlet only, and at least two other outlets carry the right value.
All stories are thick with legitimate variation that a precise tool must NOT report.

-------------------------------------------------------------------------------------------
cb-AX1 — central bank rate decision, Colombia — CONTROL — fetched 2026-04-07
  TRUE FACTS: Banco de la República board cut its benchmark rate by 50 basis points (half a
    percentage point) from 9.25% to 8.75% on Tuesday 31 March 2026; vote 5-2, the two
    dissenters wanting a 25 bp cut; statement released shortly after 1 p.m. Bogotá time
    (18:00 GMT). Governor Mariana Echeverri Gómez (invented); Finance Minister Andrés Felipe
    Pulido (invented) chairs the seven-member board. February annual CPI 5.12% (DANE); target
    3% +/- 1 point. Staff forecasts: CPI 4.1% at end-2026, GDP growth 2.6% in 2026. Previous
    meeting 30 January: held at 9.25%. Next meeting 30 April. Bank survey median expected a
    25 bp cut to 9.00%; 9 of 24 analysts expected 50 bp. Peso about 0.6% weaker, 3,978 per
    dollar mid-afternoon. Cumulative easing 450 bp since the 13.25% peak of 2023.
  OUTLETS: Andes Wire Service (wire, date_mode meta); The Bogotá Ledger (newspaper, line);
    LatAm Rates Brief (newsletter, jsonld, published next morning); Caribe Noticias TV
    (broadcaster, none — text says "on Tuesday, March 31").
  PLANTED: none.
  LEGITIMATE TRAPS: 50 basis points / half a percentage point / half a point / 0.5 points;
    8.75% / 8.75 per cent; 1 p.m. local / 1800 GMT; "Mariana Echeverri Gómez" / "Mariana
    Echeverri" / "Echeverri"; "five of seven" / "5-2" / "five votes to two"; previous decision
    9.25% and January inflation 5.28%; survey forecast 9.00%; competing forecasts (government
    3% growth vs staff 2.6%; Valores del Andes year-end rate 7.50% vs the newsletter's own
    7.25%); one Echeverri remark quoted in two wordings; other central banks' rates (Chile
    4.50%, Brazil 14.25%, Peru 4.25%, Mexico 7.00%) in sidebars and the newsletter's other
    items; peso "near 3,980" (rounded); next meeting date; the 13.25% peak of 2023.

-------------------------------------------------------------------------------------------
el-AX2 — atypical mayoral election, Villavicencio (Meta, Colombia) — 3 PLANTED — fetched 2026-04-27
  TRUE FACTS: Atypical mayoral election held on Sunday 19 April 2026 after the Council of State
    annulled the 2023 election of Rodrigo Saavedra Pinzón (October 2025). Registraduría
    pre-count with 99.8% of polling tables: Catalina Arbeláez Rincón (Llano Adelante) 118,406
    votes, 44.7%; Hernán Darío Quiroga Maldonado (Cambio Regional) 92,871, 35.1%; Luz Estela
    Benavides Torres (independent) 31,240, 11.8%; blank vote 3.3%; margin 25,535 votes / 9.6
    percentage points. 272,415 ballots cast of 659,802 registered: turnout 41.3% (52.6% in
    2023). Polls 8 a.m.-4 p.m. local; final bulletin 6:05 p.m.; Quiroga conceded 7:15 p.m.
    National Registrar Fabián Cortés Moya (invented). Winner serves until 31 December 2027.
  OUTLETS: Llano 7 Noticias (broadcaster live blog, newest first, meta); The Orinoquía Herald
    (newspaper, jsonld); Colombia Politics Dispatch (newsletter, line); Pan-American Press
    Agency (wire, none).
  PLANTED:
    1. winner's vote count: right 118,406 — wrong 118,046 (The Orinoquía Herald; digits swapped).
    2. third-placed candidate's surname: right Benavides — wrong Benavidez (Colombia Politics
       Dispatch; misspelt surname).
    3. day of the election: right Sunday — wrong Saturday (Pan-American Press Agency; wrong weekday).
  LEGITIMATE TRAPS: the live blog's earlier partial bulletins (28.6% and 71.9% of tables, with
    their own vote counts and shares); 2023 result (Saavedra 47.9%, turnout 52.6%); pre-election
    poll (Arbeláez 39%, Quiroga 36%); 44.7% / "nearly 45 per cent"; margin in votes and in points
    ("almost ten points"); names with and without second surnames; registered voters, polling
    tables and stations; several dates (annulment, election, expected swearing-in, end of term,
    31 May presidential first round); sidebar/most-read items from other stories.

-------------------------------------------------------------------------------------------
ct-AX3 — court ruling, Mexico's Supreme Court — CONTROL — fetched 2026-02-16
  TRUE FACTS: On Tuesday 10 February 2026 the Supreme Court of Justice of the Nation (SCJN)
    voted 6-3 to invalidate Articles 14 and 22 of Jalisco's Law on Water Use for Industrial
    Parks (approved by the state congress 12 December 2024, published 7 January 2025), in
    action of unconstitutionality 48/2025 filed by the National Human Rights Commission (CNDH).
    Writing justice Adriana Solórzano Ibarra; dissenters Tomás Beltrán Quezada, Rosa Elvia
    Montiel Garza, Javier Ocampo Llamas. Six of nine votes is the minimum to invalidate.
    Debate opened Monday 9 February; vote about 1:40 p.m. Mexico City time Tuesday. 37
    concessions affected, 18.4 million cubic metres a year. Ruling takes effect on
    notification to the Jalisco congress; not retroactive. Governor Ernesto Villaseñor Ochoa
    (invented) said the state would comply.
  OUTLETS: Meridian News Agency (wire, jsonld); Guadalajara Post (newspaper, line); Lex
    Mexicana Weekly (legal newsletter, meta).
  PLANTED: none.
  LEGITIMATE TRAPS: 18.4 million cubic metres / 18.4 billion litres; 6-3 / six votes to three;
    2023 Querétaro ruling upheld 8-3 by the former 11-member court; competing job estimates
    (industrial-parks association 15,500 vs state economic development ministry 12,000);
    several dates (approval, publication, filing, debate opening, vote, notification); local
    time vs UTC; justices with or without second surnames; sidebar items.

-------------------------------------------------------------------------------------------
tr-AX4 — trade measure, Peru provisional steel safeguard — 3 PLANTED — fetched 2026-05-22
  TRUE FACTS: Indecopi's trade-remedies commission imposed a provisional safeguard duty of
    18.5% ad valorem on imports of steel wire rod and rebar for 200 days; resolution published
    in El Peruano on Thursday 14 May 2026, in force from Friday 15 May. Andean Community
    partners (Bolivia, Colombia, Ecuador) exempt. Imports rose 61% in 2025 to 742,000 tonnes
    (461,000 in 2024); average price US$548 a tonne; China 58% of 2025 imports. Complainant
    Aceros del Pacífico Sur (invented), plant in Chimbote (Áncash), 2,300 direct jobs, request
    filed October 2025. Commission president Rocío Valderrama Cuba; Foreign Trade and Tourism
    Minister Julio César Sandoval Rivas (both invented).
  OUTLETS: Pacífico Wire (wire, meta); Lima Business Journal (newspaper, jsonld); Steel &
    Tariffs Monitor (trade newsletter, line); Radio Costa Perú (broadcaster, none).
  PLANTED:
    1. steel plant's location: right Chimbote — wrong Chiclayo (Pacífico Wire; wrong place).
    2. duration of the provisional duty: right 200 days — wrong 180 days (Steel & Tariffs
       Monitor; wrong duration).
    3. Sandoval's office: right foreign trade (and tourism) minister — wrong economy minister
       (Radio Costa Perú; wrong title).
  LEGITIMATE TRAPS: publication date vs effective date; definitive safeguard could last up to
    four years; importers' estimate (S/ 410 million, about US$110 million; rebar up to 12%
    dearer) vs producer's (housing costs up less than 0.8%); soles vs dollars; 2024 vs 2025
    import volumes; China's and Vietnam's shares; Colombia's own 2025 steel measure (another
    event); request date vs decision date; sidebar items.

-------------------------------------------------------------------------------------------
rk-AX5 — sounding-rocket launch, Peru — CONTROL — fetched 2026-07-29
  TRUE FACTS: CONIDA and a university consortium launched the Qori-2 sounding rocket from the
    Punta Lobos launch base (Pucusana, south of Lima) on Wednesday 22 July 2026 at 9:14 a.m.
    local time (14:14 UTC), one day after a scrub for high-altitude winds. Apogee 104.2 km
    (about 64.7 miles), target 110 km; motor burn 52 seconds; payload of 38 kg with four
    experiments splashed down 8 minutes 40 seconds after liftoff some 62 km offshore and was
    recovered by a navy patrol vessel. Rocket 9.6 m long, 1.2 tonnes. Qori-1 reached 47 km in
    November 2025. CONIDA head Major General Ricardo Alzamora Vélez; project lead Silvia
    Huamán Quispe (both invented).
  OUTLETS: Canal Sur Perú (broadcaster live blog, newest first, jsonld); Orbital Andes
    (science newsletter, meta); Meridian News Agency (wire, line).
  PLANTED: none.
  LEGITIMATE TRAPS: live blog's preliminary apogee ("above 100 km", "about 103 km") before the
    confirmed 104.2 km; km vs miles; local time vs UTC; scrubbed Tuesday attempt vs Wednesday
    launch; target 110 km vs achieved; Qori-1's 47 km; splashdown time vs recovery time;
    "eight minutes and 40 seconds" vs "8 min 40 s"; other launches in sidebars.

-------------------------------------------------------------------------------------------
eq-AX6 — earthquake, Oaxaca coast, Mexico — 3 PLANTED — fetched 2026-09-21
  TRUE FACTS: Earthquake at 11:47 p.m. local time on Thursday 10 September 2026 (05:47 GMT on
    Friday 11 September); magnitude 7.1 per Mexico's National Seismological Service (SSN),
    6.9 per the USGS; epicentre 38 km southwest of Pinotepa Nacional, Oaxaca, depth 16 km.
    Final toll given on Sunday 13 September by national civil protection coordinator Gabriela
    Ordóñez Pineda (invented): 23 dead (17 in Oaxaca, 6 in Guerrero), 212 injured, 3,860 homes
    damaged (540 uninhabitable), 71 schools damaged; 1,146 aftershocks, largest 5.8. Strongest
    in the region since the magnitude 7.4 quake of June 2020.
  OUTLETS: Noticias Pacífico Sur (broadcaster live blog, newest first, meta); The Mexico City
    Sentinel (newspaper, jsonld); Quake & Risk Weekly (newsletter, line); Continental Press
    Service (wire, none).
  PLANTED:
    1. time of the quake: right 11:47 p.m. — wrong 10:47 p.m. (The Mexico City Sentinel; wrong
       clock time).
    2. homes damaged: right 3,860 — wrong 3,680 (Continental Press Service; digits swapped).
    3. year of the previous comparable quake: right 2020 — wrong 2022 (Quake & Risk Weekly;
       wrong year).
  LEGITIMATE TRAPS: the live blog's provisional tolls (2, 9, 14, 19 dead; earlier homes counts)
    before the final figures; SSN 7.1 vs USGS 6.9 (attributed); local time Thursday vs GMT
    Friday; per-state parts (17 + 6) vs total 23; 540 uninhabitable vs 3,860 damaged; damage
    estimate 2.3 billion pesos / about US$125 million; emergency declaration in 20
    municipalities (14 in Oaxaca, 6 in Guerrero); aftershock counts at different times;
    the 2020 quake's own magnitude; sidebar items.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Mexico", "Colombia", "Peru", "Business", "World", "Opinion", "Video"]


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
# cb-AX1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = ("Andes Wire Service", "andeswire.example")
_CB_LEDGER = ("The Bogotá Ledger", "bogotaledger.example")
_CB_BRIEF = ("LatAm Rates Brief", "latamratesbrief.example")
_CB_TV = ("Caribe Noticias TV", "caribenoticias.example")

CB_AX1 = {
    "id": "cb-AX1", "part": "AX", "domain": "central bank", "fetched": "2026-04-07",
    "articles": [
        article(
            _CB_WIRE, "markets/2026/03/31/colombia-central-bank-cuts-key-rate-to-8-75",
            "Colombia's central bank cuts key rate by 50 basis points to 8.75%",
            "A divided board opts for a bigger move than most economists had forecast as inflation keeps easing.",
            "By Camilo Restrepo Vanegas",
            paras("""
BOGOTÁ, March 31 (AWS) - Colombia's central bank cut its benchmark interest rate by 50 basis points to 8.75% on Tuesday, a larger reduction than most analysts had forecast, as inflation continued to ease and signs of a slowing economy piled up.

Five of the seven members of the Banco de la República board voted for the cut, while the remaining two preferred a smaller reduction of 25 basis points, the bank said in a statement released shortly after 1 p.m. local time (1800 GMT).

The decision takes the policy rate down from 9.25%, the level at which the board had held it at its previous meeting on January 30.

A monthly survey of economists published by the central bank earlier in March had pointed to a 25 basis-point cut, to 9.00%. Only nine of the 24 analysts polled had expected the board to move by half a point.

"The board saw room to keep adjusting monetary policy, with prudence," Governor Mariana Echeverri Gómez told a news conference. "Inflation expectations are converging towards the target, but we are not there yet."

Annual consumer inflation slowed to 5.12% in February, according to the national statistics agency DANE, still well above the bank's 3% target. Data for March are due on April 8.

##AD##

The bank's technical staff now forecasts inflation ending 2026 at 4.1% and economic growth of 2.6% this year, Echeverri said, both a little lower than in its January projections.

Finance Minister Andrés Felipe Pulido, who by law chairs the board, has repeatedly called for faster cuts to revive credit and investment. Speaking to reporters as he left the bank's headquarters, he called Tuesday's decision "a step in the right direction" and said he would keep arguing for more.

The government and the central bank have clashed over the pace of easing for much of the past year, and several board decisions in 2025 went through by a single vote.

The peso weakened about 0.6% after the announcement and was trading at 3,978 per dollar in mid-afternoon, while yields on local-currency government bonds maturing in 2033 fell 11 basis points.

"The message is that the board is comfortable speeding up," said Daniela Forero, chief economist at Bogotá brokerage Valores del Andes. "We still see the rate at 7.50% by December, but the risks to that call are now to the downside."

The board's next monetary policy meeting is scheduled for April 30.

(Reporting by Camilo Restrepo Vanegas; Editing by Julia Montes)
"""),
            date_mode="meta", when="2026-03-31T18:42:00Z",
            sidebar=("Markets", (
                "Chile's central bank holds rate at 4.50% for a third meeting",
                "Brazil's Copom trims Selic by 50 basis points to 14.25%",
                "Peru's central bank keeps reference rate at 4.25%",
                "Brent crude settles at $71.40 a barrel",
            )),
            related=(
                ("Colombian inflation eases to 5.28% in January", "markets/2026/02/09/colombia-inflation-january"),
                ("Colombia's central bank holds rate at 9.25% in split vote", "markets/2026/01/30/colombia-central-bank-holds"),
                ("Mexico's central bank cuts rate by 25 basis points to 7.00%", "markets/2026/03/26/mexico-central-bank-cuts"),
            ),
            section="Markets"),
        article(
            _CB_LEDGER, "economy/banco-de-la-republica-half-point-cut-split-board",
            "Banco de la República delivers half-point cut as board splits again",
            "Five directors back a move to 8.75 per cent; two wanted to go more slowly. The finance minister says there is room for more.",
            "Valentina Ospina, Economics Correspondent",
            paras("""
The board of the Banco de la República lowered its benchmark rate by half a percentage point on Tuesday, to 8.75 per cent, in a split decision that once again exposed differences over how quickly Colombia can afford to ease borrowing costs.

Five directors backed the cut. Two argued for a more modest quarter-point reduction, according to the statement the bank issued after its monthly meeting. The division echoes much of last year, when a string of decisions passed by the narrowest of margins.

## A bolder step than expected

Most economists had pencilled in a quarter-point move, to 9 per cent. Tuesday's decision brings the cumulative reduction since the cycle's peak of 13.25 per cent in 2023 to 450 basis points.

Governor Mariana Echeverri, speaking at a press conference at the bank's headquarters, said the majority had been persuaded by a slower pace of price increases in services and by weak lending figures. "Credit to households has stopped growing in real terms," she said. "That is a signal we cannot ignore."

She refused to say whether cuts of the same size would follow. "Each meeting is a new decision," she said.

##AD##

Inflation was 5.12 per cent in the twelve months to February, down from 5.28 per cent in January. The bank targets 3 per cent, with a tolerance band of one percentage point either side, and its staff now expects the year to close at 4.1 per cent.

The finance minister, Andrés Felipe Pulido, who presides over the seven-member board, welcomed the decision but said there was room for more. "We have said for months that real rates are too high for an economy that is growing below its potential," he said. The government forecasts growth of 3 per cent this year, more optimistic than the bank's own staff, which projects 2.6 per cent.

## What it means for borrowers

Banks are expected to pass on part of the cut to variable-rate mortgages and consumer loans over the coming weeks. The banking association Asobancaria said in a note last week that average mortgage rates had already fallen by about one percentage point since January, anticipating further easing.

Analysts at the Bogotá brokerage Valores del Andes said after the decision that they expected the rate to end the year at 7.5 per cent.

For small businesses, the relief may come more slowly. "The banks lower rates by the stairs and raise them by the lift," said Hernando Caicedo, who runs a furniture workshop in the south of the city and has a working-capital loan at just under 19 per cent.

The board will next meet on April 30, when it will also publish its quarterly monetary policy report.
"""),
            date_mode="line", date_line="Tuesday, 31 March 2026",
            sidebar=("Most read", (
                "Bogotá metro: first trains on the elevated section expected by August",
                "Coffee exports rise 14% in the first quarter",
                "Petrol to cost 250 pesos more a gallon from April",
                "Millonarios dismiss coach after 3-0 derby defeat",
            )),
            related=(
                ("Editorial: the board should set its own pace", "opinion/editorial-board-own-pace"),
                ("Mortgage rates fall for a fourth month in a row", "economy/mortgage-rates-fall-fourth-month"),
                ("January: central bank holds at 9.25 per cent", "economy/central-bank-holds-january"),
            ),
            section="Economy"),
        article(
            _CB_BRIEF, "briefs/2026-04-01-colombia-banrep-goes-for-50",
            "BanRep goes for 50; Peru up next",
            "The morning briefing on Latin American central banks, rates and currencies.",
            "Tomás Iregui",
            paras("""
Good morning. Colombia's central bank surprised on the dovish side yesterday, Peru's central bank meets next week and Mexican inflation data land on Thursday. Here is what you need to know.

## Colombia: BanRep goes for 50

The Banco de la República board cut its policy rate by 50bp to 8.75% on Tuesday, against our call and against the consensus for 25bp. The vote was 5-2, with the two dissenters favouring a quarter-point move. The bank's own survey of economists had a median of 9.00% for this meeting.

Why the bigger step? Governor Mariana Echeverri Gómez pointed to services inflation and to real credit growth that has stalled. Asked whether 50bp was now the pace, she said the board was "not on a predetermined path". She also repeated the line that inflation expectations "are converging to the target, but we have not got there".

The numbers behind the decision: headline CPI was 5.12% y/y in February; the target is 3%. Staff forecasts now have CPI at 4.1% at end-2026 and GDP growth of 2.6% for the year.

##AD##

Our take: the split matters more than the size. Two votes for 25bp is a reminder that the board is not unanimous about speed, and the April 30 meeting comes with a new quarterly report, which tends to anchor decisions. We are moving our year-end forecast to 7.25% from 7.75%. The local consensus is a touch higher; Valores del Andes, for one, sees 7.50%.

Market reaction was orderly. USD/COP rose about 0.6% to around 3,980 and the TES curve bull-steepened, with the 2033s down 11bp.

## Peru: BCRP on April 9

Peru's central bank has held its reference rate at 4.25% for three meetings, and inflation is inside its 1%-3% range. We expect another hold. The risk is a dovish statement if March CPI, due on April 1, comes in below 2%.

## Mexico: CPI on Thursday

Banxico cut by 25bp to 7.00% last week. March headline inflation is expected at 3.9% y/y; a print above 4% would make a pause in May more likely.

## Calendar

Wed: Peru March CPI. Thu: Mexico March CPI; Chile IMACEC. Fri: Brazil industrial production. Next week: Colombia March CPI (April 8), BCRP decision (April 9).

That's it for today. Reply to this email with questions; we read everything.
"""),
            date_mode="jsonld", when="2026-04-01T06:00:00-05:00",
            sidebar=("Past briefs", (
                "March 27: Banxico trims to 7.00%, signals caution",
                "March 25: Brazil's Copom cuts Selic to 14.25%",
                "March 18: Chile holds at 4.50% for a third time",
            )),
            related=(
                ("Colombia preview: the case for 25bp", "briefs/2026-03-30-colombia-preview"),
                ("Peru: why the BCRP is in no hurry", "briefs/2026-03-24-peru-bcrp-no-hurry"),
            ),
            section="Daily brief"),
        article(
            _CB_TV, "economia/banco-republica-baja-tasas-medio-punto",
            "Central bank lowers interest rates by half a point: what it means for your pocket",
            "Borrowing should get a little cheaper after the Banco de la República cut its benchmark rate to 8.75%.",
            "Andrea Gutiérrez, Caribe Noticias",
            paras("""
Colombians with credit cards, car loans and mortgages could soon see some relief after the Banco de la República cut its benchmark interest rate on Tuesday, March 31, by half a percentage point.

The rate falls from 9.25% to 8.75%. The announcement came shortly after one in the afternoon, at the end of the board's monthly meeting in Bogotá.

The board did not vote as one. Five of its seven members supported the cut of half a point; the other two wanted a smaller reduction, of a quarter point.

"Inflation expectations are converging towards the target, but we are not there yet," the bank's governor, Mariana Echeverri Gómez, said at a press conference after the meeting.

## Why now?

Prices are still rising, but more slowly. Inflation stood at 5.12% in February, compared with the 3% that the central bank aims for. The bank's economists expect it to fall to 4.1% by December.

##AD##

The finance minister, Andrés Felipe Pulido, who sits at the head of the board, has been asking for lower rates for months. On Tuesday he called the decision "a step in the right direction".

## What changes for you

Economists say it can take months for a cut to show up fully in the rates that banks charge. Variable-rate mortgages usually react first; credit cards take longer.

In Barranquilla, reactions were mixed. "Every point counts, because we pay the loan for the truck every month," said Yesenia Mercado, who runs a small distribution business in the Rebolo neighbourhood. Alberto Charris, a pensioner, was less impressed: "The price of rice is what I look at, not the bank."

The dollar was trading near 3,980 pesos in the afternoon, slightly up on the day.

## A long way down

Only three years ago the picture was very different. In 2023, with inflation above 13%, the central bank took its rate to 13.25%, the highest level in more than two decades. Since then it has lowered it step by step, and with Tuesday's decision the total reduction reaches four and a half percentage points.

For families, that has meant slowly falling instalments on new loans, although many older loans were taken at fixed rates and will not change.

The board meets again on April 30. Most analysts believe the cuts will continue through the year.
"""),
            date_mode="none",
            sidebar=("Most watched", (
                "Junior's new signing arrives in Barranquilla",
                "Heavy rain floods 40 homes in Soledad",
                "Carnival 2026 drew 3.1 million visitors, organisers say",
            )),
            related=(
                ("Inflation eases again in February", "economia/inflacion-febrero"),
                ("How to renegotiate your mortgage rate", "economia/renegociar-credito-hipotecario"),
            ),
            section="Economy"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AX2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

_EL_LIVE = ("Llano 7 Noticias", "llano7.example")
_EL_HERALD = ("The Orinoquía Herald", "orinoquiaherald.example")
_EL_DISPATCH = ("Colombia Politics Dispatch", "colpoliticsdispatch.example")
_EL_WIRE = ("Pan-American Press Agency", "papress.example")

EL_AX2 = {
    "id": "el-AX2", "part": "AX", "domain": "election", "fetched": "2026-04-27",
    "articles": [
        article(
            _EL_LIVE, "en-vivo/elecciones-atipicas-villavicencio-2026",
            "LIVE: Villavicencio chooses a new mayor in atypical election",
            "Follow the count, the reactions and the winner's first words. All times are Colombia time (UTC-5).",
            "Llano 7 news desk",
            updates([
                ("Sun 19 Apr · 9:02 p.m.", "Arbeláez: 'Villavicencio voted to turn the page'",
                 """Catalina Arbeláez Rincón has just addressed supporters in Parque Los Fundadores. "Today Villavicencio voted to turn the page. I will be the mayor of those who voted for me and of those who did not," she said, promising an audit of the city's public contracts within her first hundred days.

She thanked her rivals by name and said she would call Hernán Darío Quiroga on Monday to discuss the transition.

That is where we leave our live coverage for tonight. Thank you for following Sunday's election with Llano 7."""),
                ("Sun 19 Apr · 7:15 p.m.", "Quiroga concedes",
                 """Hernán Darío Quiroga Maldonado has conceded defeat at his campaign headquarters on Avenida 40. "The people have spoken, and I respect it. We will be a vigilant opposition," he told reporters. He said he had called Arbeláez to congratulate her."""),
                ("Sun 19 Apr · 6:05 p.m.", "Final pre-count bulletin: Arbeláez wins",
                 """With 99.8% of polling tables reported, the Registraduría's pre-count gives the race to Catalina Arbeláez Rincón of the Llano Adelante coalition with 118,406 votes, or 44.7%.

Hernán Darío Quiroga of Cambio Regional has 92,871 votes (35.1%), and the independent Luz Estela Benavides has 31,240 (11.8%). The blank vote took 3.3%.

That is a margin of 25,535 votes. Turnout: 41.3% of the 659,802 people registered, well below the 52.6% recorded in the 2023 regional elections.

Remember that these are pre-count figures; the official scrutiny by the electoral commissions starts on Monday."""),
                ("Sun 19 Apr · 5:05 p.m.", "Bulletin 5: the gap widens",
                 """With 71.9% of tables counted, Arbeláez has 84,215 votes (44.4%) against 67,102 for Quiroga (35.4%). Benavides stays third on 11.7%. In Quiroga's camp the mood has turned quiet."""),
                ("Sun 19 Apr · 4:32 p.m.", "First bulletin",
                 """The first bulletin, with 28.6% of polling tables reported: Arbeláez 43.8%, Quiroga 36.2%, Benavides 12.1%. Early, but the order matches what our reporters heard at the polling stations in the east of the city."""),
                ("Sun 19 Apr · 4:00 p.m.", "Polls close",
                 """Voting is over in Villavicencio. Juries are starting to count at the 1,612 polling tables spread over 98 voting stations."""),
                ("Sun 19 Apr · 1:20 p.m.", "Registrar: 'a calm day'",
                 """National Registrar Fabián Cortés Moya, who travelled to Villavicencio for the vote, said the day had been "calm and without serious incidents". He said two polling tables in the rural area of Pompeya opened late because jurors had not turned up and had to be replaced."""),
                ("Sun 19 Apr · 8:00 a.m.", "Polls open",
                 """Good morning. Polls have opened for the atypical election called after the Council of State annulled the 2023 election of Rodrigo Saavedra Pinzón last October. Voting runs until 4 p.m.

Five candidates are on the ballot. The last published survey, by the Centro de Opinión del Llano two weeks ago, had Arbeláez on 39% and Quiroga on 36%. Whoever wins will serve until December 31, 2027."""),
            ]),
            date_mode="meta", when="2026-04-20T02:05:00Z",
            sidebar=("Also on Llano 7", (
                "Road to Bogotá closed for 6 hours at kilometre 58 after a landslide",
                "Meta's rice growers ask for a minimum price of 1.9 million pesos a tonne",
                "Llaneros FC draw 1-1 in Yopal",
            )),
            related=(
                ("Who are the five candidates?", "politica/candidatos-alcaldia-villavicencio"),
                ("Why Villavicencio is voting again", "politica/por-que-villavicencio-vota-de-nuevo"),
            ),
            section="Elections 2026"),
        article(
            _EL_HERALD, "politics/arbelaez-wins-villavicencio-mayoral-race",
            "Arbeláez wins Villavicencio's atypical mayoral race by almost ten points",
            "The former education secretary takes 44.7 per cent on a low turnout and inherits a city hall shaken by an annulled election.",
            "Mónica Ruiz Perdomo",
            paras("""
Catalina Arbeláez Rincón will be the next mayor of Villavicencio after winning Sunday's atypical election with 44.7 per cent of the vote, ending six months in which the capital of Meta was run by a caretaker appointed by the governor.

The former municipal secretary of education, backed by the Llano Adelante coalition, received 118,046 votes according to the Registraduría's pre-count, with 99.8 per cent of polling tables reported. Hernán Darío Quiroga Maldonado of Cambio Regional came second with 35.1 per cent, and Luz Estela Benavides Torres, a retired police colonel who ran as an independent, was third with 11.8 per cent.

The result was wider than the last opinion survey had suggested. The Centro de Opinión del Llano had given Arbeláez a three-point lead, 39 per cent against 36; in the end she won by 9.6 percentage points.

##AD##

## A vote nobody planned

Villavicencio was not supposed to vote again until 2027. But in October the Council of State annulled the 2023 election of Rodrigo Saavedra Pinzón, who had won that contest with 47.9 per cent, ruling that he had been ineligible because his brother had held contracts with the city within the prohibited period. Saavedra has always denied wrongdoing.

The annulment, and the caretaker administration that followed, appear to have weighed on turnout. Only 41.3 per cent of the 659,802 registered voters cast a ballot, against 52.6 per cent in 2023.

"People are tired," said Rubén Salcedo, a taxi driver who voted at the Colegio Departamental La Esperanza polling station in the morning. "They elected a mayor and then he was gone. Many thought, why bother?"

## Contracts first

In her victory speech in Parque Los Fundadores, Arbeláez promised to publish every contract signed by the city since 2024 and to commission an external audit. "This city has a right to know where its money went," she said.

Quiroga, who conceded about an hour after the final bulletin, said his party would act as "a vigilant and constructive opposition" on the city council, where Cambio Regional holds five of the 19 seats.

Arbeláez is expected to take office in May, once the electoral commissions complete the official scrutiny and the National Electoral Council issues her credentials. She will serve out the remainder of the term, until December 31, 2027.

Her first test will be the budget: the caretaker administration left 212 billion pesos of investment unexecuted last year, according to the city comptroller.
"""),
            date_mode="jsonld", when="2026-04-20T05:30:00-05:00",
            sidebar=("Most read", (
                "Meta's oil output falls 4% in March",
                "Villavicencio's new bus terminal delayed to 2027",
                "Rice harvest: farmers warn of 30% drop in prices",
                "Three arrested over cattle theft in Puerto López",
            )),
            related=(
                ("Council of State annuls Saavedra's election", "politics/council-of-state-annuls-saavedra-election"),
                ("Profile: Catalina Arbeláez, the teacher who ran the schools", "politics/profile-catalina-arbelaez"),
                ("2023: Saavedra elected mayor with 47.9 per cent", "politics/2023-saavedra-elected"),
            ),
            section="Politics"),
        article(
            _EL_DISPATCH, "dispatch/villavicencio-what-it-tells-us",
            "Villavicencio: what a mid-sized city's do-over tells us six weeks before May 31",
            "A centre-left coalition wins clearly in the llanos. Don't over-read it, but don't ignore it either.",
            "Sebastián Lleras Camacho",
            paras("""
Six weeks before the first round of the presidential election, the only actual votes cast in Colombia this spring came on Sunday in Villavicencio, where residents chose a mayor in an atypical election. Here is what happened, and what it might mean.

## The result

Catalina Arbeláez Rincón, running for the Llano Adelante coalition of centre-left and green parties, won with 118,406 votes, 44.7% of the total, according to the pre-count with 99.8% of tables in. Hernán Darío Quiroga Maldonado, of the right-leaning Cambio Regional, took 92,871 (35.1%).

The independent candidate, retired police colonel Luz Estela Benavidez, finished third with 31,240 votes, or 11.8%, after a campaign built almost entirely on security. That is a respectable showing for someone with no party machine, and Benavidez said on Sunday night that she would "not disappear".

Turnout was 41.3%, down from 52.6% in the 2023 regional elections.

##AD##

## Three takeaways

First, the margin. Arbeláez won by 25,535 votes, almost ten points, in a city where the last survey showed a near tie. Polling in mid-sized Colombian cities is thin and often wrong, but a swing of this size suggests late movement rather than noise.

Second, the coalition held. Llano Adelante is an awkward alliance of five local groups that disagree on plenty, from oil to cattle ranching. It did not split, and its candidate did better in the eastern comunas that Saavedra won in 2023.

Third, the caretaker effect. After the Council of State annulled Rodrigo Saavedra Pinzón's 2023 election in October 2025, the governor appointed a caretaker mayor, and many voters told local reporters they were simply fed up. Low turnout usually helps the better-organised machine; this time the machine lost.

## What not to read into it

Villavicencio has about 660,000 voters. The presidential race involves more than 41 million. Local candidates ran on local issues: contracts, buses, flooding in the lower districts. Arbeláez avoided endorsing any presidential candidate and said on election night that "this victory belongs to the city, not to any campaign in Bogotá".

## What next

The official scrutiny began on Monday. Arbeláez should take office in May and will serve until December 31, 2027. We'll be watching her first appointments, especially at the secretariat of infrastructure, where most of the contracts under question were signed.

## Also this week

The National Electoral Council meets on Wednesday to rule on campaign-finance complaints against two presidential campaigns. The registry says 41.6 million Colombians are eligible to vote on May 31.
"""),
            date_mode="line", date_line="Monday, 20 April 2026",
            sidebar=("Recent dispatches", (
                "April 13: The first-round map, department by department",
                "April 6: Five numbers from the latest national polls",
                "March 30: Congress after the March 8 legislative elections",
            )),
            related=(
                ("Subscribe to the Dispatch", "subscribe"),
                ("Archive: the 2023 regional elections in numbers", "dispatch/2023-regional-elections-numbers"),
            ),
            section="Dispatch"),
        article(
            _EL_WIRE, "latam/colombia/villavicencio-mayor-election-result",
            "Centre-left candidate wins Colombian city's repeat mayoral vote",
            "Catalina Arbeláez takes Villavicencio with 44.7% after a court annulled the 2023 election.",
            "By Daniel Osorio",
            paras("""
VILLAVICENCIO, Colombia (PAPA) - Catalina Arbeláez, a former education official backed by a coalition of centre-left and green parties, won a repeat mayoral election in the Colombian city of Villavicencio on Saturday, April 19, according to preliminary results.

Arbeláez received 118,406 votes, or 44.7%, with 99.8% of polling tables counted, the national registry said. Her main rival, Hernán Darío Quiroga of the Cambio Regional party, won 92,871 votes, or 35.1%, and conceded about an hour after the last bulletin was released.

Independent Luz Estela Benavides, a retired police colonel, was third with 11.8%.

The vote was called after Colombia's Council of State, the top administrative court, annulled the 2023 election of Mayor Rodrigo Saavedra Pinzón in October 2025, finding that he had been ineligible to run because of a relative's contracts with the city. Since then the city, capital of the Meta department and the gateway to Colombia's eastern plains, has been run by an acting mayor.

##AD##

Turnout was 41.3%, the registry said, down from 52.6% in the 2023 vote. National Registrar Fabián Cortés Moya described the day as calm, with no serious incidents reported.

"I will be the mayor of those who voted for me and of those who did not," Arbeláez told cheering supporters in a central park. She has promised an external audit of municipal contracts signed during the previous administration.

Quiroga told reporters he would lead "a vigilant opposition".

Arbeláez, a former teacher who ran the city's school system as education secretary, campaigned on transparency in public contracts, bus services and flood defences for low-lying neighbourhoods. Quiroga, a former member of the departmental assembly, focused on security and on speeding up stalled public works.

The result was wider than pre-election polling had suggested. A survey published two weeks before the vote by the Centro de Opinión del Llano had put Arbeláez on 39% and Quiroga on 36%.

The election was watched in Bogotá as a small test of political sentiment ahead of the presidential first round on May 31, although local issues such as public contracts, transport and flooding dominated the campaign.

Arbeláez is expected to take office in May, after the official scrutiny, and will serve until the end of the current term on December 31, 2027.

Meta is one of Colombia's main oil-producing regions and a major source of rice and cattle.
"""),
            date_mode="none",
            sidebar=("Latin America", (
                "Peru's congress approves 2027 budget framework",
                "Ecuador: power cuts of up to 4 hours announced for Guayaquil",
                "Chile's copper output rises 3.2% in March",
            )),
            related=(
                ("Colombia's presidential race: who is running", "latam/colombia/presidential-race-explainer"),
            ),
            section="Latin America"),
    ],
    "planted": [
        ("winner's vote count (right 118,406; Orinoquía Herald says 118,046)", r"\b118,?406\b", r"\b118,?046\b"),
        ("third-placed candidate's surname (right Benavides; Colombia Politics Dispatch says Benavidez)", r"\bbenavides\b", r"\bbenavidez\b"),
        ("day of the election (right Sunday; Pan-American Press Agency says Saturday)", r"\bsunday\b", r"\bsaturday\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AX3 — court (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = ("Meridian News Agency", "meridiannews.example")
_CT_POST = ("Guadalajara Post", "guadalajarapost.example")
_CT_LEX = ("Lex Mexicana Weekly", "lexmexicana.example")

CT_AX3 = {
    "id": "ct-AX3", "part": "AX", "domain": "court", "fetched": "2026-02-16",
    "articles": [
        article(
            _CT_WIRE, "world/americas/mexico-supreme-court-strikes-down-jalisco-water-law",
            "Mexico's Supreme Court strikes down parts of Jalisco water law for industrial parks",
            "Justices rule 6-3 that the state overstepped federal powers over national waters.",
            "By Lucía Barragán",
            paras("""
MEXICO CITY (MNA) - Mexico's Supreme Court on Tuesday struck down two articles of a Jalisco state law that let industrial parks draw groundwater under state permits, ruling that the western state had invaded federal jurisdiction over the nation's waters.

The justices voted six to three to invalidate Articles 14 and 22 of Jalisco's Law on Water Use for Industrial Parks, the minimum majority required under the court's rules to annul a law. The vote came at about 1:40 p.m. local time (1940 GMT), after two days of debate.

The case was brought by the National Human Rights Commission (CNDH), which argued that the law allowed the state to grant water concessions that the constitution reserves for the federal government, and that it ignored the rights of nearby communities to be consulted.

"Water in the subsoil belongs to the nation. A state congress cannot create a parallel system of concessions, however good its intentions," Justice Adriana Solórzano Ibarra, who drafted the ruling, said during Tuesday's session.

##AD##

The law was approved by the Jalisco state congress in December 2024 and took effect in January 2025. According to the draft ruling, 37 concessions covering a combined 18.4 million cubic metres of water a year were granted under the two articles.

The court said its decision would take effect once the operative part is notified to the Jalisco congress and would not apply retroactively to water already drawn. Companies holding state permits will have to seek federal concessions from the National Water Commission, Conagua.

Three justices dissented. Justice Tomás Beltrán Quezada said the majority had failed to weigh the state's duty to plan its own economic development. "We are leaving a legal vacuum that someone will fill, and it will not be the communities," he said.

Jalisco Governor Ernesto Villaseñor Ochoa said in a statement the state would comply with the ruling and work with Conagua "so that no company and no job is left in limbo".

The Jalisco Association of Industrial Parks estimates that about 15,500 jobs depend on operations that use water under the state permits. The state's economic development ministry puts the figure at around 12,000.

The ruling is one of the first major federalism cases decided by the nine-member court elected by popular vote in 2025. In 2023 the previous, 11-member court upheld a similar law in Querétaro by eight votes to three.
"""),
            date_mode="jsonld", when="2026-02-10T20:15:00Z",
            sidebar=("Top stories", (
                "Peso firms to 17.32 per dollar as U.S. yields ease",
                "Pemex output falls to 1.61 million barrels a day in January",
                "Monterrey metro line 6 opens after 4 years of delays",
            )),
            related=(
                ("Mexico's new Supreme Court: who are the nine justices?", "world/americas/mexico-supreme-court-justices-explainer"),
                ("Drought leaves 40% of Mexico's reservoirs below half capacity", "world/americas/mexico-drought-reservoirs"),
            ),
            section="Americas"),
        article(
            _CT_POST, "jalisco/supreme-court-water-law-industrial-parks-ruling",
            "Court voids state water permits for industrial parks; companies face federal process",
            "Six justices find that Jalisco's 2024 law invaded federal powers. Business groups warn of uncertainty; activists in El Salto celebrate.",
            "Ricardo Anaya Cisneros",
            paras("""
Companies in Jalisco's industrial corridors woke up on Wednesday to a new legal reality: the 37 state permits that let them pump groundwater are on borrowed time.

On Tuesday, six of the nine justices of the Supreme Court of Justice of the Nation voted to invalidate Articles 14 and 22 of the state's Law on Water Use for Industrial Parks, the heart of a system the state congress created in December 2024 to speed up permits for investors. Three justices voted against.

## What the court decided

The majority, led by Justice Adriana Solórzano, held that groundwater is national property under Article 27 of the constitution, and that only the federal government, through Conagua, can grant concessions to use it. "A state congress cannot create a parallel system of concessions," Solórzano said during the session, which opened on Monday and concluded with the vote on Tuesday afternoon.

The action of unconstitutionality, numbered 48/2025, was filed by the National Human Rights Commission in February last year, a few weeks after the law was published in the state's official gazette on January 7, 2025.

##AD##

Together, the annulled permits cover 18.4 million cubic metres a year, or 18.4 billion litres, roughly what a city of 250,000 people consumes, according to figures from the ruling's draft.

The invalidation takes effect when the state congress is formally notified. The court did not make it retroactive.

## Business worried, communities relieved

The Jalisco Association of Industrial Parks said about 15,500 jobs were linked to operations using the state permits and urged Conagua to process federal applications "in weeks, not years". The state's economic development ministry has given a lower estimate, of some 12,000 jobs.

Governor Ernesto Villaseñor said the state would respect the decision. "We will not litigate against the court. We will work with the federation so that nobody loses their job," he told reporters at the government palace.

In El Salto, where residents have complained for years about falling wells and polluted water, the mood was different. "For once, the people who live here were heard," said Graciela Ontiveros, a member of a neighbourhood committee that gave testimony to the commission.

Three justices dissented: Tomás Beltrán Quezada, Rosa Elvia Montiel Garza and Javier Ocampo Llamas. Montiel argued that the majority had ignored the state's planning powers. "Federalism also means trusting the states," she said.

Six votes is the minimum the nine-member court needs to strike down a law in such cases. In 2023, the former court, then with 11 members, upheld a comparable Querétaro law by eight votes to three.
"""),
            date_mode="line", date_line="Wednesday, 11 February 2026",
            sidebar=("Most read", (
                "Guadalajara line 5 of the light rail: tunnelling 62% complete",
                "Chivas beat Atlas 2-1 in the Clásico Tapatío",
                "Tequila exports fell 6% in 2025, chamber says",
                "Zapopan raises property tax by 4.5%",
            )),
            related=(
                ("2024: Jalisco congress passes industrial water law", "jalisco/2024-congress-passes-industrial-water-law"),
                ("El Salto's wells are running dry", "jalisco/el-salto-wells-running-dry"),
                ("Opinion: the court got the federalism question right", "opinion/court-federalism-water"),
            ),
            section="Jalisco"),
        article(
            _CT_LEX, "weekly/2026-02-13/ai-48-2025-jalisco-water",
            "AI 48/2025: the Court draws a federal line around groundwater",
            "Our weekly case note: the vote, the reasoning, the dissents and what comes next for permit holders.",
            "Dra. Fernanda Quintanar, Lex Mexicana Weekly",
            paras("""
This week's case note covers the Supreme Court's decision in action of unconstitutionality 48/2025 (CNDH v. Jalisco congress and governor), resolved in plenary on Tuesday, February 10. The final text (engrose) has not yet been published; what follows is based on the public sessions of February 9 and 10 and the draft circulated by the writing justice.

## The holding

By six votes to three, the plenary invalidated Articles 14 and 22 of the Ley de Aprovechamiento Hídrico para Parques Industriales del Estado de Jalisco. Article 14 empowered the state water commission to issue "industrial use permits" for groundwater; Article 22 deemed such permits sufficient for the operation of wells without a federal concession.

Writing justice Adriana Solórzano Ibarra grounded the majority's reasoning in Article 27, paragraph five, of the Federal Constitution and in the National Waters Law, concluding that the regime of concessions over national waters is exclusively federal and cannot be duplicated by local legislation.

## Effects

The invalidation takes effect upon notification of the operative points to the Jalisco congress. The Court expressly declined retroactive effects: water extracted under the permits before notification cannot be the basis of sanctions derived from this ruling. According to the draft, 37 permits were issued under the two articles, for a total annual volume of 18.4 hm3 (18.4 million cubic metres).

##AD##

## The dissents

Justices Tomás Beltrán Quezada, Rosa Elvia Montiel Garza and Javier Ocampo Llamas voted against. Beltrán and Montiel announced a joint dissenting opinion centred on concurrent planning powers under Article 115; Ocampo announced a separate vote arguing that the CNDH lacked standing because the challenged articles did not, in his view, directly concern human rights.

Note that six votes is precisely the qualified majority required by the reformed Article 105 for a general declaration of invalidity in the nine-member plenary. Had one justice of the majority switched, the action would have been dismissed without a general declaration.

## Context

The result contrasts with the 2023 decision in which the former 11-member Court upheld a Querétaro law with similar features by eight votes to three. The new Court has not expressly overruled that precedent, and the majority distinguished it on the ground that the Querétaro law required a prior federal concession.

## Practical notes for permit holders

- Expect Conagua to publish transitional guidance; none had been issued as of Friday.
- Holders should file federal concession applications promptly; processing times at Conagua currently average 14 months, according to the agency's own 2025 report.
- Jalisco's government says it will comply; competing estimates of jobs at stake range from 12,000 (state ministry) to 15,500 (the industrial parks association).

Next week: the Court's agenda on municipal lighting fees (DAP) in Nuevo León.
"""),
            date_mode="meta", when="2026-02-13T09:00:00-06:00",
            sidebar=("This week in the Court", (
                "AI 112/2025: Puebla's vehicle-tax reform upheld 7-2",
                "AR 804/2025: labour reinstatement deadline of 60 days confirmed",
                "CC 31/2025: municipal dispute with Sonora dismissed",
            )),
            related=(
                ("Case note: the 2023 Querétaro water decision", "weekly/2023-06-09/queretaro-water-decision"),
                ("Federal concessions: a practical guide", "guides/federal-water-concessions"),
            ),
            section="Case notes"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AX4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

_TR_WIRE = ("Pacífico Wire", "pacificowire.example")
_TR_LBJ = ("Lima Business Journal", "limabusinessjournal.example")
_TR_MONITOR = ("Steel & Tariffs Monitor", "steeltariffs.example")
_TR_RADIO = ("Radio Costa Perú", "radiocostaperu.example")

TR_AX4 = {
    "id": "tr-AX4", "part": "AX", "domain": "trade", "fetched": "2026-05-22",
    "articles": [
        article(
            _TR_WIRE, "business/2026/05/14/peru-provisional-safeguard-steel-rebar",
            "Peru slaps 18.5% provisional safeguard duty on steel rebar and wire rod imports",
            "Competition authority Indecopi acts on a domestic producer's complaint after imports jumped 61% last year.",
            "By Gonzalo Tafur",
            paras("""
LIMA, May 14 (Pacífico Wire) - Peru imposed a provisional safeguard duty of 18.5% on imports of steel wire rod and reinforcing bar on Thursday, after a surge of cheap shipments, mostly from China, that domestic producers say threatens thousands of jobs.

The measure, ordered by a commission of competition and consumer-protection authority Indecopi, was published in the official gazette El Peruano on Thursday and takes effect on Friday. It will last 200 days while the commission completes its investigation.

Imports of the two products rose 61% in 2025 to 742,000 tonnes, from 461,000 tonnes in 2024, while their average price fell to $548 a tonne, according to the resolution. China accounted for 58% of last year's volume and Vietnam for 14%.

Shipments from Peru's partners in the Andean Community - Bolivia, Colombia and Ecuador - are exempt under the bloc's rules.

The investigation was opened at the request of Aceros del Pacífico Sur, which operates a rolling mill in the northern city of Chiclayo and says it employs 2,300 people directly. The company filed its request in October 2025.

##AD##

"We have found sufficient evidence of a sharp and sudden increase in imports and of the damage it is causing to national production," the commission's president, Rocío Valderrama Cuba, said in a statement. "The provisional measure is a bridge, not a wall."

Foreign Trade and Tourism Minister Julio César Sandoval Rivas said the government supported the decision and that Peru remained "a country open to trade". He told reporters in Lima that the duty would be reviewed as soon as the investigation concluded.

Under World Trade Organization rules, a provisional safeguard cannot exceed 200 days. If the commission recommends a definitive measure, it could be applied for up to four years, including the provisional period, and would have to be liberalised progressively.

Importers and builders criticised the decision. The Peruvian Association of Construction Material Importers (Apicom) estimated that the duty would add about 410 million soles, or some $110 million, a year to construction costs and could push rebar prices up by as much as 12%.

Aceros del Pacífico Sur said the effect on the price of a social-housing unit would be below 0.8%.

Peru is not alone. Colombia imposed duties of up to 28% on Chinese rebar in 2025, and Mexico and Chile have also tightened steel import rules in the past two years.

(Reporting by Gonzalo Tafur; editing by Carla Mendiola)
"""),
            date_mode="meta", when="2026-05-14T16:05:00Z",
            sidebar=("Business", (
                "Copper rises to $9,870 a tonne on Chinese demand hopes",
                "Peru's central bank holds rate at 4.25%",
                "Sol closes at 3.72 per dollar",
                "Fishmeal quota set at 2.5 million tonnes for first anchovy season",
            )),
            related=(
                ("Peru's steel imports hit record in 2025", "business/2026/01/21/peru-steel-imports-record"),
                ("Colombia sets anti-dumping duties on Chinese rebar", "business/2025/09/03/colombia-antidumping-rebar"),
            ),
            section="Business"),
        article(
            _TR_LBJ, "industry/indecopi-provisional-safeguard-steel-what-changes",
            "Indecopi's steel safeguard: what changes from Friday and who pays",
            "An 18.5% duty on wire rod and rebar for 200 days. Builders brace for higher costs; the Chimbote mill that asked for protection breathes again.",
            "Patricia Zevallos Ugarte",
            paras("""
From Friday, every tonne of steel wire rod or rebar that enters Peru from outside the Andean Community will pay an additional 18.5% at customs. The provisional safeguard, published on Thursday in El Peruano, is the most significant trade-defence measure the country has taken in more than a decade, and it has split the business community down the middle.

## The measure

Indecopi's commission for dumping, subsidies and the elimination of non-tariff barriers concluded that imports grew "in such quantities and under such conditions" as to cause serious damage to domestic producers. The duty is ad valorem, applies to all origins except Bolivia, Colombia and Ecuador, and will be in force for 200 days, the maximum allowed for a provisional safeguard.

Commission president Rocío Valderrama said the body had worked "with the deadlines of the law, not the deadlines of pressure from any side". The investigation began after a request filed in October 2025.

## The numbers

According to the resolution, imports reached 742,000 tonnes in 2025, up 61% from 461,000 tonnes a year earlier. The average CIF price dropped to US$548 a tonne. Chinese mills supplied 58% of the total; Vietnam, 14%.

##AD##

Aceros del Pacífico Sur, whose mill in Chimbote employs 2,300 workers directly, says it was running at barely 55% of capacity in the first quarter of this year, against 81% in 2023. Its general manager, Eduardo Cáceres Lozada, told the Journal that the company had postponed a 90 million dollar investment in a new furnace. "With this measure we can put it back on the table," he said.

## Who pays

Importers see things very differently. Apicom, the association of construction material importers, estimates an extra cost of S/ 410 million a year for the sector, about US$110 million at the current exchange rate, and warns that rebar could become up to 12% more expensive. The steelmaker counters that the impact on a social-housing unit would be under 0.8%.

The Minister of Foreign Trade and Tourism, Julio César Sandoval Rivas, defended the decision on Thursday evening. "A safeguard is a temporary tool that every WTO member is entitled to use. It does not change Peru's commitment to free trade," he said.

## What comes next

The commission must now complete its investigation and decide whether to recommend a definitive safeguard, which could last up to four years in total. Interested parties have 30 working days to submit comments. China's embassy in Lima said it was "studying the measure" and hoped Peru would respect its free-trade agreement commitments.
"""),
            date_mode="jsonld", when="2026-05-15T07:00:00-05:00",
            sidebar=("Most read", (
                "Mining investment falls 7% in the first quarter",
                "Chancay port handles its 500,000th container",
                "Lima's new airport terminal: 18 months on",
                "Agro-exports reach $1.9 billion in April",
            )),
            related=(
                ("Explainer: safeguards, anti-dumping and countervailing duties", "explainers/safeguards-antidumping"),
                ("Builders warn of higher costs for social housing", "construction/builders-warn-social-housing-costs"),
                ("The Chimbote mill fighting for its future", "industry/chimbote-mill-future"),
            ),
            section="Industry"),
        article(
            _TR_MONITOR, "monitor/peru-provisional-safeguard-long-steel",
            "Peru: provisional safeguard on long steel, 18.5% ad valorem",
            "Measure in force from 15 May; Andean Community exempt; definitive determination pending.",
            "Monitor desk — Latin America",
            paras("""
## Summary

Peru's Indecopi has imposed a provisional safeguard on imports of steel wire rod and rebar (deformed bars) in the form of an ad valorem duty of 18.5%, published in the official gazette El Peruano on 14 May and applied from 15 May 2026. The provisional measure runs for 180 days. Originating goods from Andean Community members (Bolivia, Colombia, Ecuador) are excluded.

## Scope

The measure covers hot-rolled wire rod and hot-rolled reinforcing bars under the relevant HS 7213 and 7214 subheadings listed in the annex to the resolution. Cold-drawn wire and mesh are not covered, a point importers are already raising as a possible route for substitution.

## Findings

Indecopi's trade-remedies commission found that import volumes rose 61% in 2025, to 742,000 t, from 461,000 t in 2024, and that the average import price fell to USD 548/t. China's share of 2025 imports was 58%; Vietnam's, 14%. The sole domestic applicant, Aceros del Pacífico Sur (rolling mill at Chimbote, Áncash; 2,300 direct employees), filed in October 2025.

Commission president Rocío Valderrama Cuba described the measure as "a bridge, not a wall", a phrase she also used in the commission's press release.

##AD##

## Reactions

Peru's trade minister, Julio César Sandoval Rivas, endorsed the measure while stressing its temporary nature. The importers' association Apicom puts the annual cost to the construction sector at PEN 410 million (c. USD 110 million) and projects rebar price increases of up to 12%; the applicant puts the impact on social housing costs at below 0.8%.

## Our view

Safeguards, unlike anti-dumping duties, apply regardless of origin and require no finding of unfair pricing, only of a surge and serious injury. That makes them easier to justify against a flood of low-priced Asian steel but harder to keep in place: WTO members whose exports are affected may seek compensation or suspend equivalent concessions unless the measure is definitive and meets the requirements for a three-year grace period.

We expect a definitive determination before the provisional period ends. A definitive safeguard, if imposed, may last up to four years including the provisional period.

## Regional context

- Colombia: anti-dumping duties of up to 28% on Chinese rebar since 2025.
- Mexico: steel-product tariffs of up to 35% on non-FTA origins remain in place.
- Chile: provisional anti-dumping duty on Chinese grinding balls renewed in March at 33.5%.

## Key dates

Request filed: October 2025. Investigation opened: January 2026. Provisional duty published: 14 May 2026. In force: 15 May 2026.
"""),
            date_mode="line", date_line="Friday, 15 May 2026",
            sidebar=("Latest measures", (
                "Brazil: import quota on 23 steel products extended for 12 months",
                "Ecuador: safeguard on ceramic tiles terminated",
                "Argentina: anti-dumping review on Chinese hot-rolled coil opened",
            )),
            related=(
                ("Database: Latin American steel trade remedies", "database/latam-steel-remedies"),
                ("Colombia's rebar duties one year on", "monitor/colombia-rebar-duties-one-year"),
            ),
            section="Trade remedies"),
        article(
            _TR_RADIO, "noticias/economia/salvaguardia-acero-chimbote",
            "New duty on imported steel: relief in Chimbote, worry on building sites",
            "The government's decision to tax imported rebar for 200 days is welcomed by steelworkers and criticised by builders.",
            "Jorge Luis Carhuaz, Radio Costa Perú",
            paras("""
In Chimbote, the news was received with applause. At the gates of the Aceros del Pacífico Sur rolling mill, union leaders gathered on Thursday afternoon to celebrate the provisional safeguard that Indecopi published that same morning in the official gazette, El Peruano.

"For two years we have watched Chinese steel arrive at prices we cannot match. Today, for the first time, someone listened," said Wilmer Aguirre, general secretary of the mill's workers' union. The company says it employs 2,300 people directly and thousands more indirectly in the Áncash region.

## What the measure says

From Friday, imports of steel wire rod and rebar will pay an extra 18.5% on their value. The duty will apply for 200 days, while Indecopi finishes its investigation. Steel coming from the Andean Community countries, Bolivia, Colombia and Ecuador, is excluded.

According to Indecopi, imports of these products grew 61% last year and reached 742,000 tonnes. China supplied more than half of them.

##AD##

## The government's position

Economy Minister Julio César Sandoval Rivas said the decision was technical and temporary. "Peru is and will remain a country open to trade," he said during a visit to the port of Callao.

The president of the Indecopi commission, Rocío Valderrama Cuba, said the measure was "a bridge, not a wall" that would give the domestic industry time to recover.

## Builders are worried

Not everyone is pleased. In Lima, small construction contractors told Radio Costa Perú that rebar prices had already started to move. "My supplier called me this morning to say the price list would change next week," said Marleni Paucar, who builds homes in Carabayllo.

The association of importers of construction materials, Apicom, calculates that the duty will cost the sector 410 million soles a year and could make rebar up to 12% more expensive. The steel company says the impact on the cost of a social-housing unit will be less than 0.8%.

The measure follows months of pressure from steelworkers, who marched through the centre of Chimbote in March to demand action against imports.

Aceros del Pacífico Sur asked for the protection in October 2025. Indecopi must now decide whether to turn the provisional measure into a definitive one, which could last several years.
"""),
            date_mode="none",
            sidebar=("Listen again", (
                "Morning news: fuel prices rise 3% in Lima",
                "Fishermen in Coishco report 40% lower catches",
                "Interview: the mayor of Nuevo Chimbote on water cuts",
            )),
            related=(
                ("Steelworkers march in Chimbote to demand protection", "noticias/regiones/marcha-siderurgicos-chimbote"),
            ),
            section="Economy"),
    ],
    "planted": [
        ("location of the complainant's steel mill (right Chimbote; Pacífico Wire says Chiclayo)", r"\bchimbote\b", r"\bchiclayo\b"),
        ("duration of the provisional safeguard (right 200 days; Steel & Tariffs Monitor says 180 days)", r"\b200[- ]days?\b", r"\b180[- ]days?\b"),
        ("office of Julio César Sandoval (right foreign trade and tourism minister; Radio Costa Perú says economy minister)",
         r"foreign[- ]trade( and tourism)? minister|minister of foreign trade|\btrade minister", r"econom(y|ics?)( and finance)? minister|minister of (the )?econom"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AX5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

_RK_LIVE = ("Canal Sur Perú", "canalsurperu.example")
_RK_ORBITAL = ("Orbital Andes", "orbitalandes.example")
_RK_WIRE = ("Meridian News Agency", "meridiannews.example")

RK_AX5 = {
    "id": "rk-AX5", "part": "AX", "domain": "rocket", "fetched": "2026-07-29",
    "articles": [
        article(
            _RK_LIVE, "en-vivo/lanzamiento-qori-2-punta-lobos",
            "LIVE: Qori-2 sounding rocket launches from Punta Lobos",
            "Second attempt after Tuesday's scrub. Follow the countdown, the flight and the recovery. Times are Peru time (UTC-5).",
            "Canal Sur Perú science desk",
            updates([
                ("Wed 22 Jul · 1:05 p.m.", "Confirmed: 104.2 km",
                 """At a press conference in Pucusana, the project team confirmed the final figures. Qori-2 reached an apogee of 104.2 kilometres, short of the 110 km target but above the 100 km line that is commonly used as the edge of space. The payload splashed down 8 minutes and 40 seconds after liftoff.

"We did not reach 110, and we will study why. But we crossed the line, and we brought everything back," said project lead Silvia Huamán Quispe.

CONIDA's head, Major General Ricardo Alzamora Vélez, called it "a day for the history of Peruvian science". This is where we end our live coverage. Thank you for joining us."""),
                ("Wed 22 Jul · 12:12 p.m.", "Payload recovered",
                 """The Navy reports that one of its patrol vessels has pulled the payload capsule out of the water about 62 km off the coast. The four experiments on board are heading back to port."""),
                ("Wed 22 Jul · 9:31 a.m.", "Preliminary apogee: about 103 km",
                 """First numbers from the control room: preliminary telemetry puts the maximum altitude at about 103 km. The team warns the figure will be refined once the onboard data are downloaded."""),
                ("Wed 22 Jul · 9:23 a.m.", "Splashdown",
                 """The capsule's parachute opened as planned and the payload has splashed down in the Pacific. Applause in the control room."""),
                ("Wed 22 Jul · 9:16 a.m.", "Above 100 km!",
                 """Telemetry shows Qori-2 climbing past 100 km. The motor burned for 52 seconds, exactly as planned, and the rocket is now coasting towards its highest point."""),
                ("Wed 22 Jul · 9:14 a.m.", "LIFTOFF",
                 """Qori-2 is off the pad at Punta Lobos! A clean, fast climb into a clear sky over Pucusana."""),
                ("Wed 22 Jul · 8:50 a.m.", "Countdown resumes",
                 """A short hold is over: a fishing boat had strayed into the exclusion zone and has now been escorted out. Winds aloft are within limits today."""),
                ("Wed 22 Jul · 7:30 a.m.", "Good morning from Punta Lobos",
                 """We are back at the Punta Lobos launch base, south of Lima, for a second attempt. Yesterday's launch was called off because of strong high-altitude winds.

Some numbers: Qori-2 is 9.6 metres long and weighs 1.2 tonnes at liftoff. It carries a 38 kg payload with four experiments from Peruvian universities. The goal is 110 km. Its predecessor, Qori-1, reached 47 km in November 2025."""),
            ]),
            date_mode="jsonld", when="2026-07-22T18:10:00Z",
            sidebar=("Trending", (
                "Alianza Lima sign striker for $1.2 million",
                "Cold snap: temperatures down to -14 °C in Puno",
                "Lima's Line 2 metro extends hours to midnight",
            )),
            related=(
                ("What is a sounding rocket?", "ciencia/que-es-un-cohete-sonda"),
                ("Tuesday's attempt called off because of winds", "ciencia/qori-2-suspendido-vientos"),
            ),
            section="Science"),
        article(
            _RK_ORBITAL, "issues/142/qori-2-crosses-the-line",
            "Qori-2 crosses the line: Peru's sounding rocket reaches 104 km",
            "Issue 142: a close look at the flight profile, what fell short, and the rest of the week in Latin American space.",
            "Ignacio Benavente",
            paras("""
Peru has put a home-built rocket above 100 km. On Wednesday morning the Qori-2 sounding rocket, developed by a consortium of universities under the national space agency CONIDA, lifted off from the Punta Lobos range at 14:14 UTC and reached an apogee of 104.2 km, or about 64.7 miles. It is the highest any Peruvian-built vehicle has flown.

## The flight

The single-stage solid motor burned for 52 seconds. After burnout the vehicle coasted to apogee; the payload section then separated, and its parachute brought it down into the Pacific some 62 km offshore. Total flight time from liftoff to splashdown was 8 min 40 s. A Peruvian Navy patrol vessel recovered the capsule about three hours later.

The team had aimed for 110 km. Project lead Silvia Huamán Quispe said the shortfall was "within the margins we expected for a first flight with this motor" and that the data would tell whether it came from drag, thrust or the cold. The team's preliminary estimate on the day, announced minutes after the flight, had been about 103 km; the 104.2 km figure came after onboard data were downloaded.

##AD##

## Why it matters

For a programme that only reached 47 km with Qori-1 in November 2025, doubling the altitude in eight months is a big step. The vehicle is 9.6 m long and weighed 1.2 t at liftoff, carrying a 38 kg payload with four experiments: a cosmic-ray detector, a microgravity fluid cell, an accelerometer package and a student-built camera.

CONIDA's head, Major General Ricardo Alzamora Vélez, said the agency wanted an orbital-class study within five years. That is a very different problem. But a reusable range, a recovery procedure that works and a team that can fly twice in a year are the right foundations.

The launch had been planned for Tuesday and was scrubbed because of upper-level winds. Wednesday's countdown included only a short hold, for a fishing boat in the exclusion zone.

## Elsewhere this week

- Argentina: a static fire of a new liquid-fuel upper-stage engine ran for 95 s, its agency said.
- Brazil: a sounding-rocket campaign from Alcântara slipped to September.
- Mexico: a university CubeSat, launched in March, marked its 2,000th orbit.
- Colombia: the air force's second observation satellite completed commissioning.

## The numbers

Liftoff 09:14 local (14:14 UTC). Motor burn 52 s. Apogee 104.2 km. Splashdown T+8:40. Recovery about 62 km offshore.

See you next week.
"""),
            date_mode="meta", when="2026-07-23T12:00:00Z",
            sidebar=("Back issues", (
                "Issue 141: The 2026 launch calendar for the region",
                "Issue 140: Why Alcântara keeps slipping",
                "Issue 139: Qori-1, 47 km and lessons learned",
            )),
            related=(
                ("Interview: Silvia Huamán on building Qori", "issues/136/interview-silvia-huaman"),
            ),
            section="Newsletter"),
        article(
            _RK_WIRE, "world/americas/peru-rocket-reaches-space-qori-2",
            "Peru's Qori-2 rocket reaches edge of space on second attempt",
            "The sounding rocket climbs to 104.2 km, short of its 110 km target, in a milestone for the country's small space programme.",
            "By Rosa Vílchez",
            paras("""
PUCUSANA, Peru (MNA) - A Peruvian-built sounding rocket climbed to an altitude of more than 100 kilometres on Wednesday, reaching what is widely regarded as the edge of space for the first time in the country's history, officials said.

The Qori-2 rocket lifted off from the Punta Lobos launch base, about 60 km south of Lima, at 9:14 a.m. local time (1414 GMT), a day after a first attempt was called off because of strong winds at high altitude.

It reached a maximum altitude of 104.2 km before its payload fell back into the Pacific under a parachute, eight minutes and 40 seconds after liftoff, the national space agency CONIDA said. The target had been 110 km.

"Today Peru crossed a frontier," said Major General Ricardo Alzamora Vélez, an air force officer who heads CONIDA. "This is a day for the history of Peruvian science."

##AD##

The 9.6-metre rocket, developed with a consortium of universities led by Lima's National University of Engineering, carried four experiments weighing a combined 38 kg, including a cosmic-ray detector and a camera built by students.

A navy patrol vessel recovered the payload capsule roughly 62 km offshore about three hours after the launch.

"We did not reach 110, and we are going to study why," said project leader Silvia Huamán Quispe, an aerospace engineer. "But we crossed the line and we recovered everything."

The flight follows Qori-1, which reached 47 km in November 2025. Peru, which launched its first sounding rockets from Punta Lobos decades ago, has a modest space budget compared with neighbours such as Brazil and Argentina.

Alzamora said CONIDA hoped to begin studies for a small orbital launcher within five years, though he gave no cost estimate.

The rocket's solid-fuel motor burned for 52 seconds, according to the team.

Tuesday's attempt was called off during the final phase of the countdown, when weather balloons showed winds at high altitude above the limits set for the flight. Wednesday's countdown was briefly held when a fishing boat entered the exclusion zone off the coast.

The 1.2-tonne rocket's peak altitude is equivalent to about 64.7 miles. Team members said the onboard data would be analysed over the coming weeks to explain why the rocket fell short of its target.
"""),
            date_mode="line", date_line="Wednesday, 22 July 2026",
            sidebar=("Most read", (
                "Chile's copper output slips 2.1% in June",
                "Bolivia's lithium plant produces first 600 tonnes",
                "Brazil's Alcântara campaign delayed to September",
            )),
            related=(
                ("Peru's Qori-1 rocket reaches 47 km in test flight", "world/americas/peru-qori-1-test-flight"),
            ),
            section="Americas"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AX6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

_EQ_LIVE = ("Noticias Pacífico Sur", "pacificosur.example")
_EQ_SENTINEL = ("The Mexico City Sentinel", "mexicocitysentinel.example")
_EQ_WEEKLY = ("Quake & Risk Weekly", "quakeriskweekly.example")
_EQ_WIRE = ("Continental Press Service", "continentalpress.example")

EQ_AX6 = {
    "id": "eq-AX6", "part": "AX", "domain": "earthquake", "fetched": "2026-09-21",
    "articles": [
        article(
            _EQ_LIVE, "en-vivo/sismo-oaxaca-guerrero-septiembre-2026",
            "LIVE: Earthquake on the Oaxaca coast — toll, damage and aftershocks",
            "Updates from Pinotepa Nacional and the Costa Chica. Times are central Mexico time (UTC-6).",
            "Noticias Pacífico Sur newsroom",
            updates([
                ("Sun 13 Sep · 7:40 p.m.", "Final toll: 23 dead, 212 injured",
                 """National civil protection coordinator Gabriela Ordóñez Pineda has given what she called the consolidated toll: 23 people killed, 17 in Oaxaca and 6 in Guerrero, and 212 injured.

Inspectors have counted 3,860 damaged homes, of which 540 cannot be lived in, and 71 damaged schools. Classes remain suspended in the affected municipalities until further notice.

"The search phase is over. Now begins the phase of rebuilding," Ordóñez said. With this update we close our live coverage; our reporters will keep following the reconstruction."""),
                ("Sun 13 Sep · 10:15 a.m.", "More than a thousand aftershocks",
                 """The National Seismological Service (SSN) has now recorded 1,146 aftershocks. The largest, of magnitude 5.8, struck at 3:12 a.m. on Friday and brought down several walls that had been weakened by the main quake."""),
                ("Sat 12 Sep · 8:30 p.m.", "Toll rises to 19",
                 """Civil protection now reports 19 dead. Its provisional count of damaged homes stands at 2,950, but teams have not yet reached several communities in the mountains above Pinotepa."""),
                ("Sat 12 Sep · 9:00 a.m.", "Emergency declared in 20 municipalities",
                 """The federal government has issued an emergency declaration for 20 municipalities: 14 in Oaxaca and 6 in Guerrero. The Oaxaca state government gives a first estimate of 2.3 billion pesos in damage."""),
                ("Fri 11 Sep · 6:40 p.m.", "Toll rises to 14",
                 """Fourteen people are now confirmed dead. More than 1,200 homes have been reported damaged so far, most of them adobe houses in the Costa Chica."""),
                ("Fri 11 Sep · 8:15 a.m.", "Nine dead; SSN confirms magnitude 7.1",
                 """Oaxaca's government confirms nine deaths. The SSN has revised its magnitude to 7.1 from a preliminary 7.0; the U.S. Geological Survey puts it at 6.9. The epicentre was 38 km southwest of Pinotepa Nacional, at a depth of 16 km.

It is the strongest earthquake in the region since the magnitude 7.4 quake of June 2020."""),
                ("Fri 11 Sep · 1:30 a.m.", "First reports of deaths",
                 """Municipal authorities in Pinotepa Nacional report two people killed when a wall collapsed in the centre of town. Power is out in large parts of the coast."""),
                ("Fri 11 Sep · 12:05 a.m.", "Strong earthquake shakes southern Mexico",
                 """A strong earthquake struck at 11:47 p.m. on Thursday. The SSN gives a preliminary magnitude of 7.0, with the epicentre near Pinotepa Nacional. The seismic alert sounded in Mexico City, where people left their buildings in the dark; there are no early reports of damage in the capital."""),
            ]),
            date_mode="meta", when="2026-09-14T01:45:00Z",
            sidebar=("Emergency numbers", (
                "Civil protection: 911",
                "Red Cross Oaxaca collection centres open until 8 p.m.",
                "Highway 200 reopened in both directions at km 93",
            )),
            related=(
                ("How to check if your home is safe after a quake", "guias/revisar-vivienda-sismo"),
                ("Where to donate in Oaxaca", "guias/donar-oaxaca"),
            ),
            section="Earthquake"),
        article(
            _EQ_SENTINEL, "national/oaxaca-earthquake-toll-23-reconstruction",
            "Oaxaca earthquake toll reaches 23 as coast turns to rebuilding",
            "More than 3,800 homes were damaged by Thursday night's quake, most of them adobe houses in the Costa Chica.",
            "Elena Villarreal Ortega, with reporting from Pinotepa Nacional by Joaquín Mendoza",
            paras("""
PINOTEPA NACIONAL, Oaxaca — Four days after the ground shook here, the sound in the streets is of shovels and wheelbarrows. The earthquake that struck at 10:47 p.m. on Thursday has killed 23 people in Oaxaca and Guerrero, federal authorities said on Sunday evening, and left thousands of families sleeping in tents, patios and on the floors of churches.

Gabriela Ordóñez Pineda, the national civil protection coordinator, said 17 of the dead were in Oaxaca and six in Guerrero, and that 212 people had been injured. Inspectors had counted 3,860 damaged homes, 540 of them uninhabitable, as well as 71 schools.

"The search phase is over," she told a news conference. "What comes now is the long work of rebuilding."

##AD##

## A familiar fault

Mexico's National Seismological Service measured the quake at magnitude 7.1, with its epicentre 38 km southwest of Pinotepa Nacional and a depth of 16 km. The U.S. Geological Survey calculated a slightly lower magnitude, 6.9. It was the strongest earthquake to hit this stretch of the Pacific coast since June 2020, when a magnitude 7.4 quake centred near Crucecita killed 10 people.

The seismic alert gave residents of Mexico City about a minute's warning, but on the Oaxaca coast, so close to the epicentre, there was almost none.

"I heard the roof first, then the alarm on my phone," said Rosalba Cruz, 54, whose adobe house in the Cuarta Sección neighbourhood lost two walls. She and her three grandchildren escaped into the street. Her neighbour, a 71-year-old man, did not.

## Adobe and the Costa Chica

Most of the damage is concentrated in Afro-Mexican and Mixtec communities of the Costa Chica, where houses are often built of adobe and clay tile. Engineers from the state government said many had already been weakened by the 2020 quake and never properly repaired.

The federal government has issued an emergency declaration for 20 municipalities, 14 in Oaxaca and six in Guerrero, freeing funds for food, water and temporary shelter. Oaxaca's state government puts the damage at 2.3 billion pesos, about $125 million, in a first estimate that officials say will rise.

The aftershocks have not stopped. By Sunday the seismological service had recorded 1,146, the largest a magnitude 5.8 tremor before dawn on Friday.

"People are afraid to go back inside," said Father Tomás Salinas, whose parish hall is sheltering 60 people. "Every time the ground moves, the children scream."
"""),
            date_mode="jsonld", when="2026-09-14T08:00:00-06:00",
            sidebar=("Most read", (
                "Mexico City water cuts to affect 9 boroughs next week",
                "Peso weakens past 18.40 per dollar",
                "Cruz Azul reach Liga MX semi-finals",
                "Hurricane season: tropical storm forms 600 km off Baja California",
            )),
            related=(
                ("Photos: the Costa Chica after the earthquake", "photos/costa-chica-earthquake"),
                ("Mexico's seismic alert system, explained", "explainers/seismic-alert-system"),
                ("2017: the quakes that changed Mexico's building codes", "archive/2017-quakes-building-codes"),
            ),
            section="National"),
        article(
            _EQ_WEEKLY, "weekly/2026-09-15/oaxaca-m7-costa-chica",
            "M7.1 Costa Chica, Oaxaca: a shallow thrust event near a familiar segment",
            "Source parameters, ground motion, early-warning performance and losses from the 10 September earthquake.",
            "Dr. Héctor Lozano Brito, contributing seismologist",
            paras("""
## Event summary

Origin time: 10 September 2026, 23:47 local (central Mexico time), which is 11 September, 05:47 UTC. Magnitude: Mw 7.1 (Servicio Sismológico Nacional, SSN); Mww 6.9 (USGS). Epicentre: 38 km SW of Pinotepa Nacional, Oaxaca. Depth: 16 km (SSN). Mechanism: shallow thrust on the interface between the Cocos and North American plates.

The 0.2 difference in magnitude between the two agencies is not unusual for events of this size and reflects different data sets and methods; neither figure is wrong.

## Ground motion and early warning

Strong shaking was felt along the Costa Chica in Oaxaca and Guerrero. The SASMEX alert was triggered and sounded in Mexico City roughly a minute before the arrival of the strongest waves, performing as designed. On the coast, warning time was a few seconds at best.

The quake struck at 11:47 p.m., when most residents were asleep. That timing, combined with adobe construction, explains much of the human toll.

##AD##

## Losses (as of 13 September)

Federal civil protection reported 23 deaths (17 in Oaxaca, 6 in Guerrero), 212 injured, 3,860 damaged homes, of which 540 are uninhabitable, and 71 damaged schools. Oaxaca's first damage estimate is MXN 2.3 billion. Provisional figures published on 11 and 12 September were lower and should no longer be cited.

## Aftershocks

By 13 September the SSN had located 1,146 aftershocks; the largest, M5.8, occurred on 11 September at 03:12 local time. The sequence is decaying roughly as expected. A further M6 or larger aftershock in the coming weeks cannot be ruled out; our rough estimate of its probability is on the order of 5-10%.

## Context

This is the largest event on this part of the subduction zone since the M7.4 earthquake of June 2022 near Crucecita, further east along the coast. The two ruptures do not appear to overlap, which is consistent with the view that the Oaxaca margin breaks in segments.

"The question is not whether this coast will shake again, but whether the houses will be ready," said Arturo Zamudio, a seismologist at UNAM's Institute of Geophysics, who has studied the region's historical catalogue.

## What we are watching

- Aftershock productivity over the next two weeks.
- InSAR results, expected from several groups within ten days, to constrain the rupture area.
- Whether the reconstruction programme requires anti-seismic reinforcement for rebuilt adobe homes.

Next issue: a review of Chile's coastal tsunami drills, held on 3 September.
"""),
            date_mode="line", date_line="Tuesday, 15 September 2026",
            sidebar=("Recent events", (
                "M6.2 Kamchatka, 8 September, depth 40 km",
                "M5.9 central Chile, 4 September",
                "M6.6 Vanuatu, 29 August",
            )),
            related=(
                ("Early warning in Latin America: a status report", "weekly/2026-07-07/early-warning-latam"),
            ),
            section="Event report"),
        article(
            _EQ_WIRE, "world/latin-america/mexico-quake-death-toll-final",
            "Mexico quake death toll rises to 23; thousands of homes damaged",
            "Civil protection gives a consolidated count for the magnitude 7.1 earthquake on the Oaxaca coast.",
            "By Marisol Aranda",
            paras("""
MEXICO CITY (CPS) - The death toll from the earthquake that hit Mexico's southern Pacific coast late on Thursday, September 10, has risen to 23, the head of the national civil protection agency said, as authorities shifted from search and rescue to rebuilding.

Seventeen people were killed in the state of Oaxaca and six in neighbouring Guerrero, coordinator Gabriela Ordóñez Pineda told reporters in Mexico City. A total of 212 people were injured.

The quake struck at 11:47 p.m. local time (0547 GMT on Friday). Mexico's National Seismological Service put its magnitude at 7.1, and the U.S. Geological Survey at 6.9. Its epicentre was 38 km southwest of the town of Pinotepa Nacional, at a shallow depth of 16 km.

Inspectors have found damage in 3,680 homes, 540 of which can no longer be lived in, Ordóñez said. Seventy-one schools were also damaged, and classes remain suspended in the affected areas.

##AD##

"The search phase is over. Now comes rebuilding," Ordóñez said.

The federal government declared an emergency in 20 municipalities in the two states, which allows it to release funds for shelter, food and water. Oaxaca's state government estimates the damage at 2.3 billion pesos ($125 million).

It was the strongest quake in the region since a magnitude 7.4 tremor in June 2020 that killed 10 people.

Mexico sits on the boundary of several tectonic plates and is among the world's most seismically active countries. The seismic alert system gave people in the capital about 60 seconds of warning before the shaking arrived, though no damage was reported there.

Seismologists have recorded more than 1,100 aftershocks, the strongest of magnitude 5.8. Many residents of the coast have been sleeping outdoors since the quake.

Of the 20 municipalities covered by the emergency declaration, 14 are in Oaxaca and six in Guerrero. Soldiers and marines have been deployed to distribute water and food, and the state electricity utility said power had been restored to most homes on the coast by Saturday.

Much of the damage was to adobe houses with clay-tile roofs, common in the Costa Chica region, where many buildings were already weakened by earlier earthquakes.

"We have nothing left but what we are wearing," said Fermín Baños, a fisherman in the coastal community of Corralero, whose house collapsed. "But we are alive."
"""),
            date_mode="none",
            sidebar=("Latin America", (
                "Colombia's central bank holds rate at 7.75%",
                "Peru's president names new cabinet chief",
                "Argentina's inflation slows to 1.9% in August",
            )),
            related=(
                ("Mexico earthquake: what we know", "world/latin-america/mexico-earthquake-what-we-know"),
            ),
            section="Latin America"),
    ],
    "planted": [
        ("time of the earthquake (right 11:47 p.m.; The Mexico City Sentinel says 10:47 p.m.)", r"\b11:47\b", r"\b10:47\b"),
        ("homes damaged (right 3,860; Continental Press Service says 3,680)", r"\b3,?860\b", r"\b3,?680\b"),
        ("year of the previous comparable quake (right June 2020; Quake & Risk Weekly says June 2022)", r"\b2020\b", r"\b2022\b"),
    ],
}


STORIES = [CB_AX1, EL_AX2, CT_AX3, TR_AX4, RK_AX5, EQ_AX6]
