"""Story battery, part AP — Turkey, Greece and Cyprus, events in 2026.

Written by engineer AP1 on 2026-12-07 for the thirty-fourth batch, a precision batch.
Six separate invented events (outlets, reporters, companies, candidates, most officials
and every figure are invented; real institutions and places are scenery only). Time
zones: Turkey UTC+3 all year; Greece and Cyprus EET (UTC+2) until 29 March 2026, EEST
(UTC+3) after. Every outlet domain ends in .example. Most facts agree across outlets;
three stories carry exactly three planted errors each, the other three are controls.

cb-AP1 — central bank — CONTROL — fetched 2026-03-20
  TRUE FACTS: Central Bank of the Republic of Turkey, Monetary Policy Committee, Thursday
    12 March 2026, announced 2 p.m. Istanbul time (1100 GMT). One-week repo rate cut 150 bp
    (1.5 percentage points) from 37% to 35.5%. Overnight lending rate 40% -> 38.5%.
    Governor Kerem (Ali) Başaran. February CPI 27.9% y/y (January 29.6%), 2.1% m/m.
    End-2026 interim target 16% (forecast range 13-19%). Lira about 44.6 per dollar.
    Gross reserves $172.4bn (week to 6 March). Next meeting 23 April.
  OUTLETS: Aegean Wire (wire, meta); Bosphorus Ledger (newspaper analysis, line
    "Friday, 13 March 2026"); Lira Desk (newsletter, none — "Thursday, March 12");
    Anatolia Business TV (broadcaster, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: 150 basis points / one and a half percentage points / 1.5 points;
    35.5% / 35.50% / 35.5 percent; 2 p.m. local / 14:00 / 1100 GMT; Başaran / Basaran /
    Kerem Ali Başaran; January decision (100 bp, 38% -> 37%); poll median forecast 100 bp
    to 36% (range 75-200 bp); economists' year-end CPI forecasts 21-22% vs 16% target;
    the statement's sentence translated slightly differently ("maintained until price
    stability is achieved" / "kept in place until price stability is established");
    Başaran's 5 March remark worded three ways; lira "0.3%" vs "a little more than a
    quarter of a percent"; bond yield down 42 bp vs "around 40bp"; other dates (CPI data
    3 March, minutes 19 March, inflation report 14 May, March CPI due 3 April); sidebars
    with Brent, rents, car sales, gold.

el-AP2 — election — 3 PLANTED — fetched 2026-03-30
  TRUE FACTS: Limassol (Cyprus) mayoral by-election, Sunday 22 March 2026, polls 7 a.m.
    to 6 p.m. (1600 GMT), 142 polling stations. Registered 97,418; turnout 57.6% (56,113);
    blank/spoiled 1,082. Eleni (Maria) Charalambidou 24,917 (45.3%); Kyriakos Papadouris
    21,704 (39.4%); Stelios Vasileiou 6,188 (11.2%); Andri Loizou 2,222 (4.0%). Margin
    3,213. Predecessor Nikos Theodoulou resigned in January (won 2024 with 52.1% on 63.4%
    turnout). Swearing-in 7 April; term to 2029.
  OUTLETS: Levant Wire (wire, meta); Cyprus Morning Post (newspaper, jsonld); Mesogeios
    TV (live blog, newest first, local stamps, line "Sunday, 22 March 2026"); Island Brief
    (newsletter, none — "Sunday, March 22").
  PLANTED:
    1. Levant Wire spells the runner-up "Papadourris" (right: Papadouris).
    2. Cyprus Morning Post calls it "Saturday's by-election" (right: Sunday).
    3. Mesogeios TV live blog's final result gives the winner 24,197 votes (right: 24,917).
  LEGITIMATE TRAPS: live-blog partial counts (58 of 142 stations: 10,386 v 8,915; 111 of
    142: 19,402 v 17,033); exit poll ranges 43-47% / 38-42% / 9-13%; turnout at 4 p.m.
    46.1% (2024 same hour 51.9%) and at noon 24.8%; 2024 turnout 63.4% and predecessor's
    52.1%; old-town part (Papadouris +812 over 31 stations) vs city total; "about 97,400"
    registered; 45.3% / 45.3 per cent; victory remark worded differently by three outlets;
    Papadouris's two concession remarks; Monday radio interview; 1,500 homes, 100 days;
    sidebars (pensions vote 158-142, light rail €620m, tourist arrivals +9%).

ct-AP3 — court — CONTROL — fetched 2026-06-18
  TRUE FACTS: Greece's Council of State, plenary, decision 1184/2026 published Tuesday
    9 June 2026, annulled the environmental permit (joint ministerial decision, July 2023)
    for the Kallisto Bay resort near Lentas, Gortyna, southern Crete; majority 19-8 (27
    judges). Developer Minos Coast Developments SA (Arkadia Hospitality Partners).
    €412m, 280 rooms + 46 villas, golf course, 61 ha, 1.4 km of coast, 650 jobs, €38m
    spent. Challenge filed October 2023; Fifth Section referred April 2025; plenary hearing
    14 November 2025. Rapporteur Dimitra Vlachou. Same day: decision 1185/2026 upheld a
    €36m Rhodes marina expansion.
  OUTLETS: Hellenic Courier (newspaper, meta); Aegean Wire (wire, jsonld); Kriti Radio
    (broadcaster's reportage, line "Wednesday, 10 June 2026").
  PLANTED: none.
  LEGITIMATE TRAPS: €412m / 412 million euros / $468m; 61 ha / about 150 acres / 610
    stremmata; 19 to 8 / "of the 27 judges, 8 dissented"; several dates (permit July 2023,
    challenge October 2023, referral April 2025, hearing 14 November 2025, ruling 9 June,
    village reactions 10 June); the other ruling 1185/2026 (€36m marina, upheld); Skoulaki's
    and the deputy minister's remarks worded differently; tourism arrivals ~38m; sidebars
    (heatwave 41C, bond yield 3.12%, airport passengers).

tr-AP4 — trade — 3 PLANTED — fetched 2026-04-20
  TRUE FACTS: Turkey's safeguard on hot-rolled flat steel, presidential decision in the
    Official Gazette on Thursday 9 April 2026, announced by Trade Minister Orhan Bilgiç in
    Ankara. Annual tariff quota 1.2 million tonnes in quarterly tranches of 300,000 t,
    first-come first-served; out-of-quota extra duty 25% (22% year two, 19% year three);
    in force from 1 May 2026 for three years (to 30 April 2029). 2025 imports 3.46m t,
    $2.14bn, +41%; import share 31% (22% in 2022). Investigation opened 19 September 2025.
    Producers (Cem Özkaynak) had sought 40% and 900,000 t. Greek exports to Turkey
    ~184,000 t (~€104m).
  OUTLETS: Aegean Wire (wire, meta); Anatolia Business TV (broadcaster, line "Thursday,
    9 April 2026"); Athens Daily Record (newspaper, jsonld); Trade Flows Weekly
    (newsletter, none — "Thursday, April 9").
  PLANTED:
    1. Athens Daily Record calls Bilgiç "Finance Minister" (right: trade minister).
    2. Anatolia Business TV says the measure applies for "two years" (right: three years).
    3. Trade Flows Weekly says the first quota quarter opens on June 1 (right: May 1).
  LEGITIMATE TRAPS: the step-down duties 22% and 19% vs 25%; producers' demand of 40% and
    900,000 t vs the 1.2m t quota; 3% developing-country threshold; 2024 vs 2025 imports;
    31% vs 22% import share; capacity use 60% now, 75% hoped for; price effects $25 and
    $40-60 a tonne; other dates (gazette 9 April, WTO notification 10 April, probe
    19 September 2025, end 30 April 2029); Bilgic / Bilgiç; the minister's remark
    worded three ways; sidebars (exports +6.8%, HRC prices, Baltic Dry).

rk-AP5 — rocket — CONTROL — fetched 2026-05-22
  TRUE FACTS: Kuzey Aerospace's Doruk-2 suborbital rocket, Wednesday 13 May 2026, from a
    test range near Sinop; liftoff 10:42 TRT (07:42 UTC) after a hold (planned 10:15; boat
    in hazard area); Monday 11 May attempt scrubbed for winds. Apogee 136.2 km by onboard
    telemetry; 71 s burn; about Mach 5.2; about four minutes of microgravity; 9 min 40 s
    liftoff to splashdown ~180 km north of the coast. 11.8 m, 2.9 t, 48 kg payload. CEO
    Deniz (Mehmet) Akyürek; 230 staff; $42m raised in 2025; Doruk-3 orbital target 2028.
  OUTLETS: Black Sea 24 (live blog, newest first, meta); Bosphorus Ledger (newspaper,
    none — "Wednesday, May 13"); SpaceLine Turkey (newsletter, jsonld, next day).
  PLANTED: none.
  LEGITIMATE TRAPS: range radar's preliminary ~135 km vs company's 136.2 km (attributed);
    "above 130 km" early telemetry; target 130-140 km; Doruk-1 reached 72 km; 100 km
    Karman line; 84.6 miles, 112 miles, 39 ft, 106 lb; local vs UTC; planned 10:15 and the
    27-minute slip; window 10:00-13:00; several durations (71 s burn, ~4 min weightless,
    9 min 40 s flight, recovery time); the CEO's garage remark worded differently; $120m
    needed; 150 kg to orbit; sidebars (hazelnut harvest, launch calendar).

eq-AP6 — earthquake — 3 PLANTED — fetched 2026-02-27
  TRUE FACTS: Earthquake on Rhodes, Thursday 19 February 2026 at 3:26 a.m. Greek time
    (01:26 UTC; 4:26 a.m. in Turkey). Epicentre at sea about 9 km east of Archangelos.
    Magnitude 6.4 (Geodynamic Institute, depth 11 km), 6.3 (USGS, 14 km), 6.2 (AFAD).
    Toll 11 dead (7 Archangelos, 3 Malona, 1 Rhodes town), 164 injured (23 in hospital).
    58 buildings collapsed, 400+ damaged; 19 pulled alive from rubble; 120+ aftershocks,
    largest 5.1 at 6:48 a.m.; 60-day state of emergency; €5m aid; schools shut three days.
  OUTLETS: Dodecanese Today (live blog, newest first, meta); Aegean Wire (wire, jsonld);
    Hellenic Courier (newspaper, line "Friday, 20 February 2026"); Marmara Haber 24
    (Turkish broadcaster's site, none — "Thursday, February 19").
  PLANTED:
    1. Aegean Wire gives the time as 3:56 a.m. (right: 3:26 a.m.).
    2. Marmara Haber 24 puts the epicentre off Lindos (right: off Archangelos).
    3. Hellenic Courier says 85 buildings collapsed (right: 58).
  LEGITIMATE TRAPS: provisional tolls on the live blog and the wire (2, 6, 9 dead; 40, 112
    injured; "at least 30" collapsed buildings early) before the final 11 / 164 / 58;
    competing magnitudes and depths, each attributed; 3:26 Greek time vs 4:26 Turkish time
    vs 03:26; per-village deaths vs total; AFAD's "more than 100 aftershocks" by afternoon
    vs "more than 120" by evening; 9 km / 6 miles; Marmaris 45 km away; 2,300 displaced;
    the minister's remark worded differently; sidebars (fuel prices, ferry timetables).
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Turkey", "Greece", "Cyprus", "Business", "World", "Opinion", "Sport", "Video"]


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
# cb-AP1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = ("Aegean Wire", "aegeanwire.example")
_CB_LEDGER = ("Bosphorus Ledger", "bosphorusledger.example")
_CB_LETTER = ("Lira Desk", "liradesk.example")
_CB_TV = ("Anatolia Business TV", "anatoliabiz.example")

CB_AP1 = {
    "id": "cb-AP1",
    "part": "AP",
    "domain": "central bank",
    "fetched": "2026-03-20",
    "articles": [
        article(
            _CB_WIRE, "markets/2026/03/12/turkey-central-bank-cuts-rates-150bp",
            "Turkish central bank cuts policy rate by 150 bps, beats forecasts",
            "The Central Bank of the Republic of Turkey lowered its one-week repo rate to 35.5% as February inflation eased more than expected.",
            "By Murat Ekinci and Helena Vasilakis",
            paras("""
ISTANBUL, March 12 (Aegean Wire) - Turkey's central bank cut its main interest rate by 150 basis points to 35.5% on Thursday, a bigger reduction than most economists had expected, saying that the underlying trend of inflation had slowed in February.

The Monetary Policy Committee lowered the one-week repo rate from 37%. It also cut the overnight lending rate, the upper bound of its interest rate corridor, to 38.5% from 40%. The decision was published at 1100 GMT.

The median forecast in an Aegean Wire poll of 14 economists had been for a 100 basis point cut to 36%. Estimates ranged from a cut of 75 basis points to one of 200 basis points.

"Leading indicators suggest that the disinflation process continued in February, supported by the tight monetary policy stance," the committee said in its statement. "The tight monetary policy stance will be maintained until price stability is achieved."

##AD##

The lira weakened about 0.3% against the dollar after the announcement, trading at around 44.6 per dollar, while the yield on the two-year local currency government bond fell 42 basis points.

Annual consumer price inflation slowed to 27.9% in February from 29.6% in January, according to data released by the Turkish Statistical Institute on March 3. Monthly inflation was 2.1%.

The bank's interim target for the end of 2026 is 16%. Economists in the same poll expect year-end inflation of around 21%, well above that goal.

The central bank had resumed its easing cycle on Jan. 22, when it lowered the policy rate by 100 basis points to 37% from 38%.

"The size of the cut tells you the bank is more confident about the inflation path than it was in January," said Selin Ozdemir, chief economist at Istanbul-based Karaburun Securities. "But it has also left itself little room to slow down if the lira comes under pressure."

Governor Kerem Basaran told a banking conference in Istanbul on March 5 that the bank would not be "hostage to monthly data", and that decisions would be taken meeting by meeting.

The committee repeated that it would tighten policy again if the inflation outlook deteriorated significantly from its interim targets.

Gross foreign exchange reserves stood at $172.4 billion in the week to March 6, according to central bank data, close to a record high.

The next rate-setting meeting is scheduled for April 23. The bank will publish its second quarterly inflation report of the year on May 14.

(Reporting by Murat Ekinci in Istanbul and Helena Vasilakis in Athens; Editing by Tom Ashdown)
"""),
            date_mode="meta", when="2026-03-12T11:06:00Z",
            sidebar=("Markets", ("Brent crude rises 1.2% to $74.30 a barrel", "Athens bourse closes up 0.8%", "Cyprus bank shares fall after stress-test results", "Euro steady at $1.09 before ECB meeting")),
            related=(("Turkish inflation slows to 27.9% in February", "markets/2026/03/03/turkey-inflation-february"),
                     ("Central bank cuts rates by 100 bps in January", "markets/2026/01/22/turkey-central-bank-january"),
                     ("Poll: Turkish central bank seen cutting rates to 36%", "markets/2026/03/09/turkey-rates-poll")),
            section="Markets"),
        article(
            _CB_LEDGER, "economy/a-bolder-cut-than-the-market-priced",
            "A bolder cut than the market priced: what the central bank's move means",
            "One and a half percentage points off the policy rate shows a bank that believes inflation is finally turning. Not everyone agrees.",
            "Ece Yalçınkaya, Economics Editor",
            paras("""
When the Central Bank of the Republic of Turkey cut its one-week repo rate on Thursday, the surprise lay not in the direction but in the size. Bankers in Levent had spent the week debating whether the Monetary Policy Committee would trim by one percentage point or by one and a quarter. It went further, taking the rate down by one and a half points, to 35.5 percent.

The decision, released at 2 p.m. Istanbul time, brings the policy rate to its lowest level since the tightening campaign began. It was the second cut of the year, after a 100 basis point move in January that took the rate from 38 percent to 37 percent.

## Reading the statement

The committee's statement was short and, by its recent standards, confident. It said the tight policy stance would be kept "until price stability is established", and pointed to a slowdown in the underlying trend of inflation in February. Annual inflation in that month fell to 27.9 percent, the lowest reading in more than four years, from 29.6 percent in January.

Governor Kerem Ali Başaran has been careful not to sound triumphant. At a conference of the Banks Association of Turkey earlier this month he said that the bank would not be "held hostage by a single month's data". On Friday morning, speaking to exporters in İzmir, he struck a similar note: "We have made progress, but the job is not finished, and we know it."

##AD##

## The lira question

Currency traders took the news calmly. The lira slipped a little more than a quarter of a percent against the dollar and ended Thursday near 44.6. Gross reserves, above $172 billion, give the bank a cushion it lacked two years ago.

Still, several economists worry that the bank has run ahead of the data. Inflation expectations among businesses remain above 30 percent for the coming twelve months, according to the bank's own survey, and rents are still rising at an annual pace of more than 60 percent.

"A cut of 150 basis points is defensible if March inflation comes in low," said Okan Demirtaş, a former central bank economist who now teaches at a university in Ankara. "If it doesn't, the bank will have to explain why it moved so fast."

Others were more relaxed. Fund managers told the Ledger that foreign investors, who hold a growing share of lira government bonds, had largely expected the easing to speed up once monthly inflation dropped close to two percent.

## What comes next

The bank's year-end interim target is 16 percent, and it has said it will not change it. Private forecasters mostly expect inflation to finish the year in the low twenties. The next committee meeting falls on April 23, when March inflation data, due on April 3, will be in hand.

The overnight lending rate, the top of the corridor, now stands at 38.5 percent, down from 40 percent.
"""),
            date_mode="line", date_line="Friday, 13 March 2026",
            sidebar=("Most read", ("Istanbul rents up 64% in a year, survey finds", "Car sales jump 18% in February", "Opinion: the case for a slower path", "Borsa Istanbul's main index hits 12,400")),
            related=(("Inflation falls to 27.9 percent in February", "economy/inflation-falls-february"),
                     ("Opinion: the central bank should not rush", "opinion/central-bank-should-not-rush")),
            section="Economy"),
        article(
            _CB_LETTER, "issues/2026-03-12",
            "Lira Desk: 150bp and a shrug from the lira",
            "Our daily note on Turkish rates, FX and credit.",
            "Written by Baran Kuzu",
            paras("""
Good evening. The Central Bank of the Republic of Turkey did more than the consensus today, Thursday, March 12: a 150bp cut in the one-week repo rate, taking it to 35.50% from 37.00%. Most of the sell side had pencilled in 100bp; a handful of us had 125bp. Nobody we spoke to had 150bp as a base case, though two houses flagged it as a risk.

## The numbers

Policy rate: 35.50% (previous 37.00%). Overnight lending rate: 38.50% (previous 40.00%). Time of release: 14:00 local, as usual. Next meeting: April 23.

## Why they went big

The short answer is February's inflation print. Headline CPI came in at 2.1% month on month, 27.9% year on year, and the services component finally showed signs of cooling. The statement talks about the underlying trend slowing "notably", and that word is doing a lot of work. Governor Kerem Başaran's remarks to bankers on March 5, that the committee would not be "hostage to monthly data", now read as a hint that the board was looking past noise in both directions.

##AD##

## Market reaction

USD/TRY ticked up to 44.6 after the decision and then went quiet. The 2-year benchmark rallied, with the yield down around 40bp on the day. Bank stocks in Istanbul rose about 3% in the afternoon session. Swap markets are now pricing roughly another 250bp of cuts over the next two meetings combined, which feels aggressive to us.

## Our view

We think the bank will slow to 100bp in April unless March CPI surprises sharply to the downside. The end-year interim target of 16% is out of reach on our numbers; we have 22% for December, and the median of the forecasts we track is closer to 21%.

One thing to watch: gross reserves were $172.4bn in the week to March 6. If the carry trade keeps bringing in money, the bank has room to keep easing without worrying about the currency. If it reverses, the room disappears quickly.

"We are not steering by the exchange rate," a central bank official told us on background earlier in the week. That is the theory. The practice will be tested the first time there is a global risk-off episode.

## Elsewhere

Egypt's central bank holds its meeting next week; consensus there is for no change. In the eurozone, the ECB meets on March 19 with markets split on a hold.

That's it from us. Back tomorrow with the week-ahead calendar.
"""),
            date_mode="none",
            sidebar=("From the archive", ("January 22: 100bp, as expected", "December: the bank holds at 38%", "Our 2026 forecasts: policy rate at 28% by December")),
            related=(("Lira Desk, March 11: all eyes on the MPC", "issues/2026-03-11"),
                     ("Lira Desk, March 3: CPI undershoots", "issues/2026-03-03")),
            section="Newsletter"),
        article(
            _CB_TV, "news/economy/merkez-bankasi-faiz-karari-mart",
            "Central bank lowers interest rate to 35.5%",
            "The Monetary Policy Committee cut the policy rate by 1.5 points in its second meeting of the year.",
            "Anatolia Business TV newsroom",
            paras("""
The Central Bank of the Republic of Turkey has cut its policy rate by 150 basis points to 35.5 percent.

The Monetary Policy Committee, chaired by Governor Kerem Başaran, announced the decision at 2 p.m. on Thursday. The one-week repo auction rate, which was 37 percent, is now 35.5 percent. The bank also lowered the overnight lending rate from 40 percent to 38.5 percent.

In its statement the committee said that the main trend of inflation had declined in February and that demand conditions were supporting the disinflation process. The tight monetary stance, it said, "will be kept in place until price stability is established". The committee added that it would make its decisions cautiously, meeting by meeting, with a focus on the inflation outlook.

##AD##

## Expectations were for a smaller step

Economists had mostly expected a cut of 100 basis points. Speaking to our programme before the decision, Deniz Sarıkaya, research director at Ankara-based Tuna Portfolio, had forecast a rate of 36 percent. After the announcement she told us: "The bank has surprised on the dovish side. It is telling us it sees February as the start of a real trend, not a one-off."

Hüseyin Tokgöz, chairman of the Aegean Exporters' Council, welcomed the decision, saying exporters had been struggling with high borrowing costs. "Our members are paying more than 45 percent on lira loans. Every step matters," he said.

## Inflation and targets

Annual consumer inflation fell to 27.9 percent in February, according to the Turkish Statistical Institute. The central bank's interim target for the end of 2026 is 16 percent, and its forecast range, announced in the last inflation report, is between 13 and 19 percent.

Governor Başaran, speaking at a banking sector event in Istanbul last week, said the bank would not be "hostage to monthly figures" and that the committee would look at the overall trend.

## Markets

The dollar rose slightly against the lira after the decision, to around 44.6 liras. Borsa Istanbul's banking index gained about 3 percent.

The committee's next meeting is on April 23. Minutes of Thursday's meeting will be published on March 19.

## Rates at a glance

One-week repo rate: 35.5 percent (was 37 percent)
Overnight lending rate: 38.5 percent (was 40 percent)
January decision: 100 basis point cut, to 37 percent
"""),
            date_mode="jsonld", when="2026-03-12T14:35:00+03:00",
            sidebar=("Latest", ("Gold price hits 4,120 liras per gram", "Minimum wage debate returns to parliament", "Exports up 6.8% in February", "Weather: snow expected in eastern provinces")),
            related=(("Inflation data: annual rate falls to 27.9 percent", "news/economy/enflasyon-subat"),
                     ("What economists expect from the March meeting", "news/economy/faiz-beklentisi-mart")),
            section="Economy"),
    ],
    "planted": [],
}
# ---------------------------------------------------------------------------
# el-AP2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

_EL_POST = ("Cyprus Morning Post", "cyprusmorningpost.example")
_EL_WIRE = ("Levant Wire", "levantwire.example")
_EL_LIVE = ("Mesogeios TV", "mesogeiostv.example")
_EL_LETTER = ("Island Brief", "islandbrief.example")

EL_AP2 = {
    "id": "el-AP2",
    "part": "AP",
    "domain": "election",
    "fetched": "2026-03-30",
    "articles": [
        article(
            _EL_WIRE, "cyprus/2026/03/22/limassol-by-election-charalambidou-wins",
            "Architect Charalambidou wins Limassol mayoral by-election",
            "The independent candidate beat former MP Kyriakos Papadourris by 3,213 votes on a turnout of 57.6%.",
            "By Andreas Kouloumbis",
            paras("""
LIMASSOL, Cyprus, March 22 (Levant Wire) - Independent candidate Eleni Charalambidou won a by-election for mayor of Limassol on Sunday, defeating left-wing former lawmaker Kyriakos Papadourris in a contest dominated by housing costs and traffic in Cyprus's second-largest city.

Charalambidou, a 56-year-old architect and former municipal councillor backed by two centre-right parties, took 24,917 votes, or 45.3% of valid ballots, according to official results announced by the returning officer shortly after 9 p.m. (1900 GMT).

Papadourris, 61, a lawyer who served two terms in parliament, received 21,704 votes, or 39.4%. Green-backed candidate Stelios Vasileiou won 11.2% and independent Andri Loizou 4.0%.

Turnout was 57.6% of the 97,418 registered voters, down from 63.4% at the last regular municipal election in 2024. A total of 1,082 ballots were blank or spoiled.

##AD##

"Limassol has chosen a city that works for the people who live in it, not just for the people who invest in it," Charalambidou told cheering supporters at her campaign headquarters near the Molos seafront promenade.

Papadourris conceded later in the evening. "The people have spoken and I respect their verdict," he said, adding that his campaign had "put the housing emergency at the centre of the debate, where it belongs".

The by-election was called after mayor Nikos Theodoulou resigned in January to take up a post in the government. Theodoulou had won the 2024 election with 52.1% of the vote.

Limassol, a port city of about 200,000 people in its wider urban area, has been transformed over the past decade by foreign investment, a boom in high-rise construction and an influx of international companies, many of them linked to shipping and technology. Rents in the city have roughly doubled since 2019, according to estimates by property consultants.

The campaign focused on housing, the city's chronic traffic congestion and the future of the old port area, where a planned commercial redevelopment has faced opposition from residents.

Charalambidou has promised a city-wide traffic plan within 100 days, a register of empty properties and a review of building permits issued for towers on the seafront.

Papadourris had called for a municipal housing company to build 1,500 affordable homes over five years and a tax on vacant flats.

Polls opened at 7 a.m. and closed at 6 p.m. (1600 GMT) at 142 polling stations across the municipality. Turnout had stood at 46.1% at 4 p.m., according to the interior ministry.

The new mayor is due to be sworn in on April 7 and will serve the remainder of the term, which runs until 2029.

(Reporting by Andreas Kouloumbis; Editing by Sarah Whitcombe)
"""),
            date_mode="meta", when="2026-03-22T19:52:00Z",
            sidebar=("Top stories", ("Greek parliament passes pensions bill 158-142", "Cyprus tourist arrivals up 9% in February", "Turkish central bank cuts rates to 35.5%")),
            related=(("Limassol votes for new mayor after Theodoulou exit", "cyprus/2026/03/22/limassol-polls-open"),
                     ("Explainer: who is running in Limassol", "cyprus/2026/03/18/limassol-candidates")),
            section="Cyprus"),
        article(
            _EL_POST, "local/limassol-mayor-charalambidou-victory",
            "Charalambidou takes Limassol town hall with promise to 'give the city back'",
            "The architect's 3,213-vote margin over Kyriakos Papadouris was wider than polls had suggested.",
            "Christina Michaelidou",
            paras("""
Eleni Maria Charalambidou will be the next mayor of Limassol after winning Saturday's by-election with 45.3 per cent of the vote, a result that surprised even some of her own campaign staff.

The architect, who ran as an independent with the support of two centre-right parties, finished 3,213 votes ahead of Kyriakos Papadouris, the former MP backed by the left. Final figures released by the returning officer gave Charalambidou 24,917 votes against 21,704 for Papadouris, who took 39.4 per cent.

Stelios Vasileiou, supported by the Greens, came third with 6,188 votes, and Andri Loizou, who ran on an anti-corruption platform, fourth with 2,222.

Polls published in the final fortnight of the campaign had shown the two front-runners within two or three points of each other. One survey, carried out for a Nicosia daily, had even put Papadouris narrowly ahead.

## A divided map

The result followed a clear geographic pattern. Papadouris dominated in the old town and the working-class neighbourhoods around the port, where he led by 812 votes across 31 polling stations. Charalambidou won comfortably in the newer districts to the east and in the hillside suburbs, where the number of voters has grown rapidly.

"This was never going to be a landslide," said Marina Georgiadou, a political scientist at a university in Nicosia. "What decided it was that Charalambidou managed to talk about housing without scaring middle-class homeowners."

##AD##

## Turnout down

Only 57.6 per cent of the 97,418 people on the electoral roll voted, compared with 63.4 per cent in the 2024 municipal elections. Party officials on both sides said a mid-term vote, held with little more than two months' notice, had always been likely to draw fewer voters.

The by-election was triggered by the resignation in January of Nikos Theodoulou, who had won the mayoralty in 2024 with 52.1 per cent and left to join the government as a deputy minister.

## The victory speech

Speaking to supporters near the Molos promenade late in the evening, Charalambidou said Limassol had voted "for a city that works for those who live in it, not only for those who invest in it". She thanked Papadouris for "a hard but honest campaign".

Papadouris, conceding, said he respected the result and would remain on the municipal council. "We lost an election, not an argument," he told reporters.

On Monday morning, in an interview with a local radio station, the mayor-elect said the first item on her desk would be the traffic plan she had promised during the campaign. "People spend an hour getting from Agios Tychonas to the centre. That cannot continue," she said.

Charalambidou will be sworn in on April 7 at a special session of the municipal council.

## Who is the new mayor?

Born in Limassol in 1969, Charalambidou studied architecture in Thessaloniki and worked for two decades on restoration projects across the island. She served on the municipal council from 2016 to 2024 and chaired its planning committee for three years.
"""),
            date_mode="jsonld", when="2026-03-23T13:10:00+02:00",
            sidebar=("Most read", ("Nicosia light rail plan costed at €620 million", "Paphos airport passenger numbers up 11%", "Weather: rain and 14C in the mountains")),
            related=(("Editorial: a mandate for a livable city", "opinion/editorial-livable-limassol"),
                     ("Limassol's housing crisis in five charts", "local/limassol-housing-charts")),
            section="Local"),
        article(
            _EL_LIVE, "live/limassol-by-election-results",
            "LIVE: Limassol mayoral by-election - results as they come in",
            "Follow the count across 142 polling stations as Limassol chooses a new mayor.",
            "Mesogeios TV news team",
            updates([
                ("22:05", "Papadouris concedes",
                 """Kyriakos Papadouris has conceded. "The people have spoken and I respect their verdict," he told supporters at his campaign office on Anexartisias Street. He congratulated Charalambidou and said he would stay on the council as leader of the opposition group."""),
                ("21:31", "Charalambidou: 'a city for those who live in it'",
                 """The mayor-elect has arrived at her campaign headquarters near the Molos. "Limassol voted for a city that works for the people who live in it, not only for those who invest in it," she said, to loud cheers. She promised that the traffic plan would be ready "within a hundred days"."""),
                ("21:20", "FINAL RESULT: Charalambidou elected mayor",
                 """The returning officer has announced the final result with all 142 polling stations counted.

Eleni Charalambidou: 24,197 votes (45.3%)
Kyriakos Papadouris: 21,704 votes (39.4%)
Stelios Vasileiou: 6,188 votes (11.2%)
Andri Loizou: 2,222 votes (4.0%)

Turnout: 57.6%. Blank and spoiled ballots: 1,082."""),
                ("20:05", "78% counted - gap holding",
                 """With 111 of 142 polling stations counted, Charalambidou has 19,402 votes and Papadouris 17,033. Our analyst Petros Kallis says the remaining stations are mostly in the eastern districts, which have leaned towards Charalambidou all evening."""),
                ("19:12", "First big batch: Charalambidou ahead",
                 """With 58 of 142 polling stations counted (41%), Charalambidou leads with 10,386 votes to 8,915 for Papadouris. The old town stations, which favour Papadouris, were among the first to report, so the gap could widen."""),
                ("18:40", "Old town leaning to Papadouris",
                 """Early returns from the old town suggest Papadouris is running strongly there, as expected. Counting is faster than at the 2024 election because there is only one ballot paper."""),
                ("18:00", "Polls closed - our exit poll",
                 """Voting has ended. Our exit poll, carried out by Ktima Research for Mesogeios TV, puts Eleni Charalambidou on between 43% and 47% and Kyriakos Papadouris on between 38% and 42%. Stelios Vasileiou is on 9-13%. The exit poll has a margin of error of plus or minus two points."""),
                ("16:10", "Turnout at 46.1% by 4pm",
                 """The interior ministry says turnout reached 46.1% at 4 p.m., compared with 51.9% at the same hour in the 2024 municipal elections. At noon it had been 24.8%."""),
                ("11:45", "Candidates cast their votes",
                 """Charalambidou voted at a primary school near her home in the east of the city shortly after 9 a.m. and said she was "calm and hopeful". Papadouris voted in the old town with his wife and two daughters, and urged young people to vote "because this city is theirs too"."""),
                ("07:00", "Polls open",
                 """Good morning and welcome to our live coverage of the Limassol mayoral by-election. Polls have opened at 142 stations and will close at 6 p.m. About 97,400 voters are registered. The vote was called after Nikos Theodoulou stepped down in January."""),
            ]),
            date_mode="line", date_line="Sunday, 22 March 2026",
            sidebar=("Also on Mesogeios TV", ("Football: Apollon beat AEL 2-1 in the derby", "Road closures for the Limassol marathon", "Weather: sunny, 21C on the coast")),
            related=(("Video: the candidates' final debate", "video/limassol-debate"),
                     ("Analysis: what the result means for 2029", "news/limassol-analysis")),
            section="Live"),
        article(
            _EL_LETTER, "2026/03/24/limassol-new-mayor",
            "Island Brief: Limassol's new mayor and the maths behind her win",
            "Tuesday's briefing on Cyprus politics and business.",
            "Sophia Antoniou",
            paras("""
Welcome back. Most of today's briefing is about Limassol, where voters picked a new mayor on Sunday, March 22, and where the result tells us more about the island's politics than a by-election usually would.

## The result in one paragraph

Eleni Charalambidou, the architect and former councillor, won with 24,917 votes (45.3%). Kyriakos Papadouris, the former MP, took 21,704 (39.4%). The margin was 3,213 votes. Stelios Vasileiou finished on 6,188 and Andri Loizou on 2,222. Of 97,418 registered voters, 56,113 turned out, or 57.6%.

## Three things the numbers say

First, the east of the city decided it. Charalambidou's lead came almost entirely from the newer districts and hillside suburbs that have filled up with young families and foreign residents who have acquired Cypriot or EU citizenship. Papadouris won the old town by 812 votes and still lost by more than three thousand.

Second, the Greens matter. Vasileiou's 11.2% is the party's best result in a Limassol contest. If even half of his voters had backed Papadouris, the result would have been much closer. Green officials say privately that they refused to endorse anyone because both front-runners had "failed to take the coastline seriously".

Third, turnout was soft. At 57.6% it was almost six points below the 63.4% recorded in 2024, when Nikos Theodoulou won with 52.1%. The drop was steepest in the old town, which hurt Papadouris most.

##AD##

## What she has promised

A traffic plan within 100 days, a public register of empty properties and a review of permits for seafront towers. The last one could put her at odds with developers who have been among the most generous donors to local campaigns. Asked on Monday whether she would halt any projects, she said: "I will not stop anything that was approved legally. I will look very carefully at anything that was not."

She takes office on April 7. The term ends in 2029, when all municipalities vote again.

## What the parties are saying

The centre-right parties that backed her are claiming the result as a national signal before the parliamentary elections in May. That is a stretch. Charalambidou ran as an independent, kept party logos off her posters and spent much of the campaign talking about rents, a subject the centre-right has generally avoided.

On the left, the mood is mixed. A defeat by 3,213 votes in a city that has been slipping away from the left for a decade is not a disaster. "We lost an election, not an argument," Papadouris told reporters on Sunday night, and his allies have repeated the line since.

## Elsewhere on the island

Nicosia's light rail plan has a price tag: €620 million, according to a study presented to the cabinet. Larnaca's marina tender has been delayed again. And tourist arrivals rose 9% in February compared with a year earlier.

See you Thursday.
"""),
            date_mode="none",
            sidebar=("Previous briefings", ("March 19: Limassol goes to the polls", "March 17: the €620m light rail question", "March 12: banks and the stress tests")),
            related=(("Subscribe to Island Brief", "subscribe"),),
            section="Newsletter"),
    ],
    "planted": [
        ("runner-up's surname misspelt by Levant Wire (Papadouris vs Papadourris)",
         r"\bpapadouris\b", r"\bpapadourris\b"),
        ("day of the vote wrong in Cyprus Morning Post (Sunday vs Saturday)",
         r"\bsunday\b", r"\bsaturday\b"),
        ("winner's vote count digits swapped on the Mesogeios TV live blog (24,917 vs 24,197)",
         r"\b24,?917\b", r"\b24,?197\b"),
    ],
}
# ---------------------------------------------------------------------------
# ct-AP3 — court (CONTROL)
# ---------------------------------------------------------------------------

_CT_COURIER = ("Hellenic Courier", "helleniccourier.example")
_CT_WIRE = ("Aegean Wire", "aegeanwire.example")
_CT_RADIO = ("Kriti Radio", "kritiradio.example")

CT_AP3 = {
    "id": "ct-AP3",
    "part": "AP",
    "domain": "court",
    "fetched": "2026-06-18",
    "articles": [
        article(
            _CT_COURIER, "greece/council-of-state-annuls-kallisto-bay-permit",
            "Top court annuls permit for €412m Kallisto Bay resort on Crete",
            "The Council of State's plenary ruled that the environmental study for the south-coast project was inadequate, in a decision campaigners called historic.",
            "Yannis Stathopoulos",
            paras("""
Greece's highest administrative court has annulled the environmental permit for Kallisto Bay, a €412 million luxury resort planned on the southern coast of Crete, dealing a heavy blow to one of the largest tourism investments in the country.

In decision 1184/2026, made public on Tuesday, the plenary of the Council of State found that the environmental impact study behind the permit had failed to assess properly the project's effects on the beaches where loggerhead turtles nest, on the area's limited groundwater and on a neighbouring Natura 2000 protected site. The study had also not examined realistic alternatives for the location and size of the resort, the judges said.

The ruling was adopted by a majority of 19 to 8. The dissenting judges argued that the shortcomings could have been remedied by additional conditions without striking down the permit as a whole.

## What was planned

Minos Coast Developments SA had planned 280 hotel rooms and 46 private villas on a 61-hectare site near the village of Lentas, in the municipality of Gortyna, along with a marina for small boats and an 18-hole golf course. The company said the project would create 650 permanent jobs.

The joint ministerial decision approving the project's environmental terms was signed in July 2023 by the environment and tourism ministries. Three months later, in October 2023, a local campaign group, the Coalition for the Libyan Sea Coast, joined two cultural associations and 14 residents in asking the court to cancel it.

The case was first heard by the court's Fifth Section, which in April 2025 referred it to the plenary because of its "major importance". The plenary heard arguments on November 14, 2025.

##AD##

## Reactions

"This is a landmark for the whole Greek coastline, not only for Crete," said Ioanna Skoulaki, the lawyer for the petitioners. "The court has said clearly that a beautiful brochure is not an environmental study."

Minos Coast said it respected the decision and would "study the reasoning carefully before deciding on next steps". A company spokesman, Alexandros Manolakis, told the Courier that €38 million had already been spent on studies, land and preparatory works. "We remain committed to Crete," he said.

Deputy Environment Minister Nikos Drosakis said the ministry would examine whether a revised study could be submitted. "Investments must respect the environment. That is not up for negotiation," he said.

Local opinion is divided. The mayor of Gortyna, Manolis Kritsotakis, said he was "saddened for the young people of the area who were waiting for jobs", while fishermen in Lentas celebrated at the harbour on Tuesday evening.

## A second ruling

On the same day, the court's plenary rejected a separate challenge against the expansion of a marina on Rhodes, a €36 million project. In that case, decision 1185/2026, the judges found that the environmental study had been adequate.
"""),
            date_mode="meta", when="2026-06-09T18:40:00+03:00",
            sidebar=("Most read", ("Heatwave: temperatures to reach 41C on Thursday", "Ferry strike called for June 17", "Athens metro line 4: first stations to open in 2029")),
            related=(("Kallisto Bay: the resort that divided southern Crete", "greece/kallisto-bay-explainer"),
                     ("Council of State hears Crete resort case", "greece/council-of-state-crete-hearing")),
            section="Greece"),
        article(
            _CT_WIRE, "greece/2026/06/09/greece-court-crete-resort-permit",
            "Greek court scraps environmental approval for Crete luxury resort",
            "Ruling on Kallisto Bay is a setback for the government's push for large tourism investments.",
            "By Helena Vasilakis",
            paras("""
ATHENS, June 9 (Aegean Wire) - Greece's top administrative court on Tuesday cancelled the environmental approval for a planned 412 million euro ($468 million) resort on the island of Crete, ruling that the developer's study had not adequately assessed the risks to sea turtles and water supplies.

The Council of State, sitting in plenary session, said the environmental impact assessment for the Kallisto Bay project on Crete's south coast was "incomplete and insufficiently reasoned" on key points, according to the ruling published on the court's website.

Of the 27 judges who took part, 8 issued a dissenting opinion, according to the text of the decision.

The project, owned by Minos Coast Developments, a unit of Luxembourg-registered investment fund Arkadia Hospitality Partners, envisaged 280 rooms, 46 villas and a golf course on about 150 acres of coastal land near the village of Lentas.

Greece has sought to attract large-scale tourism investment as it tries to lengthen its tourist season and raise spending per visitor. Foreign arrivals reached a record of around 38 million in 2025, according to Bank of Greece data.

##AD##

Environmental groups had argued that the resort would use more water than the surrounding villages combined in a region already suffering from drought, and that construction would destroy nesting beaches used by endangered loggerhead turtles.

"The judges accepted that you cannot drop a small town on one of the last wild stretches of the Cretan coast on the basis of a study that ignores the turtles and the water," said Ioanna Skoulaki, a lawyer representing the campaigners.

Minos Coast said in a statement that it "respects the decision of the Council of State" and would study its reasoning before deciding how to proceed. Under Greek law, the developer can apply for a new approval based on a revised environmental study, a process that typically takes at least a year.

The company has said the project would create 650 permanent jobs and has already invested 38 million euros.

The environment ministry said it would study the ruling. Deputy Minister Nikos Drosakis told state broadcaster ERT that "investments must respect the environment, and this is not negotiable".

The permit, a joint decision of the environment and tourism ministries, was issued in July 2023. The court's plenary heard the case in November last year after one of its sections referred it because of its importance.

Greek courts have stopped several large coastal projects in recent years. In a separate decision published the same day, the plenary upheld the environmental approval for a 36 million euro marina expansion on the island of Rhodes.

(Reporting by Helena Vasilakis; Editing by Tom Ashdown)
"""),
            date_mode="jsonld", when="2026-06-09T13:25:00Z",
            sidebar=("Markets", ("Greek 10-year bond yield falls to 3.12%", "Athens bourse up 0.4% at close", "Euro at $1.136")),
            related=(("Greek tourism revenue hits record in 2025", "greece/2026/02/20/greece-tourism-revenue"),
                     ("Crete drought forces water cuts in Heraklion villages", "greece/2025/08/14/crete-drought")),
            section="Greece"),
        article(
            _CT_RADIO, "news/lentas-reacts-kallisto-ruling",
            "In Lentas, joy and worry after the court kills Kallisto Bay",
            "Our correspondent spent the day after the Council of State ruling in the south-coast village that the resort would have transformed.",
            "Report by Maria Tzanaki",
            paras("""
The fishing boats in Lentas came in early on Tuesday evening. By the time the news from Athens had spread along the waterfront, someone had hung a hand-painted sign from the balcony of the village's only bakery: "The sea is not for sale."

The Council of State, Greece's highest administrative court, had just published decision 1184/2026, cancelling the environmental permit for Kallisto Bay, the luxury resort that was meant to rise on the hills above the village. The plenary session of the court ruled, by 19 votes to 8, that the environmental study approved in July 2023 did not properly examine the effects on the turtle nesting beaches, on groundwater and on the nearby Natura 2000 area.

For Giorgos Daskalakis, who has fished out of Lentas for forty years, the ruling was "justice, finally". "They wanted to build 280 rooms and villas and a golf course in a place where we have water cuts every August," he said on Wednesday morning, mending nets on the quay.

## Jobs that will not come

Not everyone was celebrating. In the café opposite the church, the conversation was about work. The developer, Minos Coast Developments, had promised 650 permanent jobs, and many young people in the villages of the Asterousia mountains had counted on them.

"My son left for Heraklion three years ago. He was waiting for this hotel to come back," said Eleni Fragkiadaki, who runs a small guesthouse. "Now what?"

The mayor of Gortyna, Manolis Kritsotakis, told Kriti Radio that he respected the decision but was "sad for the young people who were waiting for jobs". He asked the government to help the developer submit a new, better study. "Nobody wants concrete on the beach. But nobody wants empty villages either," he said.

##AD##

## 'A beautiful brochure'

The petitioners, led by the Coalition for the Libyan Sea Coast, filed their challenge in October 2023. Their lawyer, Ioanna Skoulaki, said in Heraklion on Wednesday that the ruling would be studied "in every environment ministry office in the country". "The court said that a beautiful brochure is not an environmental study," she told us.

Minos Coast Developments said it respected the ruling and would examine the reasoning before deciding what to do. The company says it has already spent €38 million, and its spokesman Alexandros Manolakis repeated on Wednesday that the firm "remains committed to Crete".

The project, worth €412 million, covered 61 hectares, or 610 stremmata in the land measure still used by Cretan farmers, and included 1.4 kilometres of coastline.

## What happens now

Legal experts say the developer can start again with a new environmental study. That would take at least a year and would almost certainly be challenged again in court.

The plenary had heard the case on November 14 last year, after the Fifth Section referred it because of its importance. The judge-rapporteur was Councillor of State Dimitra Vlachou.

In Lentas, the sign on the bakery was still there on Wednesday afternoon.
"""),
            date_mode="line", date_line="Wednesday, 10 June 2026",
            sidebar=("Crete news", ("Heraklion airport: 1.2 million passengers in May", "Chania: wildfire contained after 6 hours", "Rethymno festival programme announced")),
            related=(("Interview: the lawyer who took on Kallisto Bay", "news/skoulaki-interview"),
                     ("Water cuts return to Asterousia villages", "news/asterousia-water-cuts")),
            section="Crete"),
    ],
    "planted": [],
}
# ---------------------------------------------------------------------------
# tr-AP4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

_TR_TV = ("Anatolia Business TV", "anatoliabiz.example")
_TR_WIRE = ("Aegean Wire", "aegeanwire.example")
_TR_RECORD = ("Athens Daily Record", "athensrecord.example")
_TR_LETTER = ("Trade Flows Weekly", "tradeflowsweekly.example")

TR_AP4 = {
    "id": "tr-AP4",
    "part": "AP",
    "domain": "trade",
    "fetched": "2026-04-20",
    "articles": [
        article(
            _TR_WIRE, "business/2026/04/09/turkey-steel-safeguard-quota",
            "Turkey imposes steel import quota, 25% duty above it",
            "Safeguard on hot-rolled flat steel to run for three years from May 1, trade ministry says.",
            "By Murat Ekinci",
            paras("""
ANKARA, April 9 (Aegean Wire) - Turkey will limit imports of hot-rolled flat steel with an annual quota of 1.2 million tonnes and impose an additional 25% duty on shipments above that level from May 1, the government said on Thursday, citing a surge in cheap imports that it said had hurt domestic mills.

The safeguard measure, published in the Official Gazette as a presidential decision, will stay in force for three years, until April 30, 2029. The extra duty above the quota will fall to 22% in the second year and to 19% in the third, the decision showed.

"We are not closing our market. We are protecting our producers against a flood of steel that is sold below cost," Trade Minister Orhan Bilgic told a news conference in Ankara. "Normal, fair trade will continue within the quota."

The quota will be divided into quarterly tranches of 300,000 tonnes and allocated on a first-come, first-served basis, according to the decision. Imports from developing countries that each account for less than 3% of the total will be exempt.

Turkey imported 3.46 million tonnes of hot-rolled flat products worth $2.14 billion in 2025, up 41% from 2024, according to the ministry's investigation report. Imports covered 31% of domestic consumption last year, compared with 22% in 2022, the report said.

##AD##

The trade ministry opened its safeguard investigation on Sept. 19 last year after a complaint from domestic producers.

The Flat Steel Producers' Association, which represents Turkey's integrated mills, welcomed the measure but said it had asked for a 40% duty and a smaller quota of 900,000 tonnes. "This is a step in the right direction, but the quota is generous," association chairman Cem Ozkaynak said in a statement.

Car and appliance makers, which are among the biggest buyers of hot-rolled coil, warned that costs would rise. An official at one large automotive supplier, who asked not to be named, said the measure could add $40 to $60 a tonne to domestic steel prices.

The measure applies to imports from all origins, including the European Union, which has a free trade agreement with Turkey covering steel. Greece, Italy and Romania are among the EU members that ship hot-rolled steel to Turkey.

A European Commission spokesperson said the Commission would "examine the measure carefully, including its compatibility with Turkey's obligations".

Turkey is expected to notify the World Trade Organization's Committee on Safeguards on Friday, a trade ministry official said.

Global steel markets have been hit by overcapacity, and several countries have raised barriers over the past year. The EU itself tightened its own steel safeguard last year.

(Reporting by Murat Ekinci; Additional reporting by Helena Vasilakis in Athens; Editing by Tom Ashdown)
"""),
            date_mode="meta", when="2026-04-09T09:18:00Z",
            sidebar=("Business", ("Turkish exports up 6.8% in March", "Greek shipowners order 14 LNG carriers", "Cyprus gas field partners delay investment decision")),
            related=(("Turkey opens steel safeguard probe", "business/2025/09/19/turkey-steel-probe"),
                     ("EU steel safeguard: what changes in July", "business/2025/06/30/eu-steel-safeguard")),
            section="Business"),
        article(
            _TR_TV, "news/economy/celik-ithalat-kotasi",
            "Quota and extra duty on steel imports",
            "Hot-rolled flat steel imports above 1.2 million tonnes a year will face an additional 25 percent duty.",
            "Anatolia Business TV newsroom",
            paras("""
A quota has been introduced on imports of hot-rolled flat steel. Under a presidential decision published in today's Official Gazette, imports above 1.2 million tonnes a year will be subject to an additional customs duty of 25 percent.

Trade Minister Orhan Bilgiç announced the details of the measure at a press conference in Ankara this morning. The minister said the measure would enter into force on May 1 and would be applied for two years.

"Our market is not closed. Our aim is to protect our producers against a wave of steel sold below its cost," Bilgiç said. "Within the quota, trade will continue as normal."

## How the quota will work

The annual quota of 1.2 million tonnes will be used in quarterly portions of 300,000 tonnes. Importers will be able to use the quota on a first-come, first-served basis through the customs system. Once a quarter's portion is filled, the additional duty will apply.

Countries with a share of less than 3 percent in total imports that are classed as developing countries will be exempt.

##AD##

## Imports rose by 41 percent

According to the ministry's investigation, imports of hot-rolled flat steel reached 3.46 million tonnes in 2025, worth 2.14 billion dollars. That was an increase of 41 percent compared with the previous year. The share of imports in domestic consumption rose to 31 percent.

The investigation was launched in September 2025 following an application by domestic producers.

## Sector reactions

Cem Özkaynak, chairman of the Flat Steel Producers' Association, told our channel that the decision was "late but correct". "Our mills have been running at 60 percent capacity. With this measure we expect to reach 75 percent by the end of the year," he said. The association had proposed a 40 percent duty.

Automotive and white goods manufacturers, on the other hand, are concerned about rising input costs. Leyla Arıkan, secretary general of the Automotive Suppliers' Association, said: "Our members buy hot-rolled steel every day. A quota that is filled in the first weeks of a quarter would mean a cost increase for the whole industry."

## Reaction from Europe

Greek and Italian steel exporters, which sell to Turkey under the free trade agreement between Turkey and the European Union, will also be affected by the measure. The European Commission said it would examine the decision.

Minister Bilgiç, asked about possible reactions from trading partners, said: "This measure complies fully with World Trade Organization rules. We will notify the WTO, and we are ready to hold consultations with anyone who asks."

## Key figures

Annual quota: 1.2 million tonnes
Quarterly portion: 300,000 tonnes
Additional duty above the quota: 25 percent
Start date: May 1
Imports in 2025: 3.46 million tonnes
"""),
            date_mode="line", date_line="Thursday, 9 April 2026",
            sidebar=("Latest", ("Istanbul airport: record 7.1 million passengers in March", "Minimum wage: unions call for interim increase", "Weather: rain across the Black Sea region")),
            related=(("Steel producers call for protection", "news/economy/celik-ureticileri-koruma"),
                     ("Car production up 9 percent in the first quarter", "news/economy/otomotiv-uretim")),
            section="Economy"),
        article(
            _TR_RECORD, "economy/turkey-steel-quota-greek-exporters",
            "Turkish steel quota hits Greek mills in their biggest export market",
            "Exporters in northern Greece fear losing a market worth more than €100 million a year as Ankara caps imports of hot-rolled steel.",
            "Nikos Papanikolaou",
            paras("""
Greek steel producers are bracing for a sharp fall in sales to Turkey after Ankara announced on Thursday that it would cap imports of hot-rolled flat steel and slap a 25 percent duty on anything above the limit.

Under the measure, which Turkish Finance Minister Orhan Bilgiç presented at a news conference in Ankara, Turkey will allow 1.2 million tonnes of hot-rolled flat products into the country each year without the extra duty. The quota, split into four quarterly portions of 300,000 tonnes, will be open to all suppliers on a first-come, first-served basis.

The safeguard takes effect on May 1 and will apply for three years. Turkish officials said the out-of-quota duty would be reduced to 22 percent in the second year and 19 percent in the third, as required by international trade rules.

## A key market

For Greek mills, most of them in the industrial zones around Thessaloniki and Volos, Turkey has become the single largest destination for hot-rolled coil outside the European Union. Greek producers shipped about 184,000 tonnes to Turkey last year, worth roughly €104 million, according to the Hellenic Steel Exporters' Union.

"We will now be competing for a shared quota with mills from Russia, China, India and Japan, who can ship much larger volumes at much lower prices," said Dimitris Karras, the union's secretary general. "A first-come, first-served system rewards whoever has the biggest ships ready on the first day of the quarter. That is not us."

##AD##

Karras said Greek firms would ask the government to press Brussels to seek a country-specific allocation for European producers, arguing that the free trade agreement between the EU and Turkey on steel products should give them special treatment.

The Ministry of Development in Athens said it was "in close contact with the European Commission" and would raise the issue at the next meeting of EU trade ministers. A Commission spokesperson in Brussels said the EU would "examine the measure carefully".

## Ankara's case

Bilgiç insisted that Turkey was not closing its market. "We are protecting our producers against a flood of steel that is sold below its cost," he said, according to a transcript released by his ministry. "Fair trade will continue within the quota."

Turkish imports of hot-rolled flat steel jumped 41 percent in 2025 to 3.46 million tonnes, according to the investigation that preceded the measure. Turkish mills say they have been running at about 60 percent of capacity.

## Who gains, who loses

Analysts in Athens said the damage to Greek exporters would depend on how quickly the quarterly portions fill up. "If the quota runs out in three weeks, Greek mills will effectively be priced out for two months of every quarter," said Anna Theodorou, a metals analyst at a Piraeus-based brokerage. "If it lasts longer, the impact may be manageable."

The measure could also have a silver lining for some Greek companies. Processors that import semi-finished steel from Turkey, rather than export to it, could see lower prices if Turkish mills regain their home market and export less.

Turkey's domestic producers' association had lobbied for a duty of 40 percent, a proposal that Greek exporters described as "openly protectionist".
"""),
            date_mode="jsonld", when="2026-04-10T07:30:00+03:00",
            sidebar=("Economy", ("Greek unemployment falls to 8.6%", "Piraeus port container traffic up 5%", "Athens Stock Exchange index closes at 2,040")),
            related=(("Greek metal exports reached record in 2025", "economy/greek-metal-exports-record"),
                     ("Opinion: Europe needs a common answer on steel", "opinion/europe-steel-answer")),
            section="Economy"),
        article(
            _TR_LETTER, "issues/turkey-safeguard-hrc",
            "Trade Flows Weekly: Turkey's HRC safeguard, decoded",
            "This week: the details of Ankara's quota, who fills it first, and what it means for Europe.",
            "By Kate Hollings, editor",
            paras("""
Ankara finally moved on Thursday, April 9. After a seven-month investigation, Turkey will put a tariff-rate quota on hot-rolled flat steel, and the design is a little more liberal than domestic mills wanted. Here is what you need to know.

## The mechanics

The quota is 1.2 million tonnes a year, released in quarterly slices of 300,000 tonnes. Anything over the slice pays an additional 25% ad valorem duty on top of normal duties. That out-of-quota rate steps down to 22% in the second year and 19% in the third: the measure lasts three years in total. The first quarter opens on June 1, according to the presidential decision in the Official Gazette.

Allocation is first-come, first-served at customs, with no country-specific shares. Developing countries under 3% of import volume are exempt, which takes a handful of smaller Asian and North African suppliers out of the picture.

Trade Minister Orhan Bilgiç framed it as defence rather than protectionism: "We are not closing the market." Fair enough, but the numbers say the quota is roughly a third of last year's imports of 3.46 million tonnes.

##AD##

## Who fills it first?

Our bet is that the big Asian and Russian traders will have cargoes waiting offshore when each quarter opens. Under first-come, first-served systems elsewhere, the quota for popular products has sometimes been exhausted within days. European mills, including the Greek and Italian exporters who have been shipping to Turkey under the EU-Turkey steel FTA, are the obvious losers: they ship smaller, more frequent lots.

The Hellenic Steel Exporters' Union is already lobbying Athens to push for an EU-specific allocation. We would not bet on it: a country allocation would require consultations with every substantial supplier under WTO rules.

## What the mills wanted

The Flat Steel Producers' Association had asked for a 40% duty and a quota of 900,000 tonnes. Chairman Cem Özkaynak called the final measure "a step in the right direction". Capacity use at Turkish integrated mills is about 60%, by their own account.

## Downstream pain

Turkish car makers and appliance firms are the big buyers. Domestic hot-rolled coil prices rose about $25 a tonne in the week before the decision on expectations of protection, according to price reporting agencies. One supplier we spoke to expects a further $40 to $60.

## The numbers

Imports in 2025: 3.46 million tonnes, $2.14 billion, up 41% year on year.
Import share of consumption: 31% (22% in 2022).
Investigation opened: September 19, 2025.
Quota: 1.2 million tonnes a year.
Out-of-quota duty: 25%, then 22%, then 19%.

## Also this week

India extended its own provisional duty on flat steel from Vietnam. Mexico raised tariffs on steel from non-FTA partners. And the EU's steel safeguard review continues, with a Commission proposal expected before the summer.

Next issue: the Gulf's aluminium export surge.
"""),
            date_mode="none",
            sidebar=("Trade Flows data", ("Baltic Dry Index: 1,412", "HRC Northern Europe: €598/t", "HRC Turkey import: $545/t")),
            related=(("Last week: the EU safeguard review", "issues/eu-safeguard-review"),
                     ("Archive: Turkey opens HRC probe", "issues/turkey-hrc-probe")),
            section="Newsletter"),
    ],
    "planted": [
        ("minister's office wrong in Athens Daily Record (trade minister vs finance minister)",
         r"\btrade minister\b", r"\bfinance minister\b"),
        ("duration of the measure wrong on Anatolia Business TV (three years vs two years)",
         r"\b(three|3)[- ]years?\b", r"\b(two|2)[- ]years?\b"),
        ("start date wrong in Trade Flows Weekly (May 1 vs June 1)",
         r"\b(may 1(st)?|1(st)? may)\b", r"\b(june 1(st)?|1(st)? june)\b"),
    ],
}
# ---------------------------------------------------------------------------
# rk-AP5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

_RK_LIVE = ("Black Sea 24", "blacksea24.example")
_RK_LEDGER = ("Bosphorus Ledger", "bosphorusledger.example")
_RK_LETTER = ("SpaceLine Turkey", "spacelineturkey.example")

RK_AP5 = {
    "id": "rk-AP5",
    "part": "AP",
    "domain": "rocket",
    "fetched": "2026-05-22",
    "articles": [
        article(
            _RK_LIVE, "live/doruk-2-launch-sinop",
            "LIVE: Kuzey Aerospace launches Doruk-2 from Sinop",
            "Follow the second test flight of the Ankara company's suborbital rocket, minute by minute.",
            "Black Sea 24 live desk",
            updates([
                ("14:40", "Range radar: 'about 135 km'",
                 """An official at the test range told Black Sea 24 that preliminary radar tracking put the rocket's peak altitude at about 135 km. The company's own figure, from onboard telemetry, is 136.2 km. Kuzey says the final number will be published once all data has been analysed."""),
                ("13:05", "Akyürek: 'an engine born in a garage'",
                 """Chief executive Deniz Akyürek spoke to reporters at the range: "Today we went to space with an engine we designed in a garage in Ankara eight years ago. Every one of our 230 people should be proud." He said the data would now go into the design of Doruk-3."""),
                ("12:15", "Capsule recovered",
                 """The payload capsule has been lifted aboard the recovery ship, less than an hour and a half after splashdown. The company says it appears intact."""),
                ("11:30", "Company confirms: 136.2 km",
                 """Kuzey Aerospace has confirmed that Doruk-2 reached an apogee of 136.2 km, well above the 100 km Karman line often used as the boundary of space, and within its target range of 130 to 140 km. The total flight time, from liftoff to splashdown of the capsule, was 9 minutes 40 seconds."""),
                ("10:52", "Splashdown",
                 """The payload capsule has splashed down under its parachute in the Black Sea, roughly 180 km north of the coast. A recovery ship is heading to the area."""),
                ("10:46", "Past the peak",
                 """Mission control says preliminary telemetry shows the rocket went above 130 km before beginning its descent. The experiments on board are now in free fall, with about four minutes of weightlessness."""),
                ("10:43", "Engine cut-off",
                 """The hybrid motor shut down as planned after a burn of 71 seconds. The rocket is coasting upwards at more than five times the speed of sound."""),
                ("10:42", "LIFTOFF!",
                 """Doruk-2 has lifted off from the Sinop range at 10:42 local time. A clean ascent so far, with a long white trail over the sea."""),
                ("10:31", "New launch time",
                 """The boat has left the zone. Kuzey has set a new launch time of 10:42."""),
                ("10:12", "Hold: boat in the danger area",
                 """The countdown is holding at T-3 minutes. A fishing boat has entered the hazard area off the coast, and the coastguard is asking it to leave. The originally planned time of 10:15 will not be met."""),
                ("10:00", "Window open",
                 """The launch window has opened and runs until 13:00. Weather at the range: light winds, clear sky, 17C."""),
                ("09:30", "Good morning from Sinop",
                 """Welcome to our live coverage. Kuzey Aerospace is attempting the second flight of its Doruk suborbital rocket after Monday's attempt was called off because of strong high-altitude winds. The 11.8-metre rocket carries 48 kg of experiments. The first Doruk reached 72 km last September."""),
            ]),
            date_mode="meta", when="2026-05-13T06:30:00Z",
            sidebar=("Black Sea region", ("Samsun port: grain shipments up 12%", "Trabzon: landslide closes coastal road", "Hazelnut harvest forecast at 680,000 tonnes")),
            related=(("Video: the launch from the beach at Sinop", "video/doruk-2-launch"),
                     ("Who is behind Kuzey Aerospace?", "news/kuzey-aerospace-profile")),
            section="Live"),
        article(
            _RK_LEDGER, "science/kuzey-doruk-2-reaches-space",
            "Doruk-2 reaches space, and Turkey's private rocket sector comes of age",
            "The Ankara start-up's sounding rocket climbed above 136 kilometres on its second flight. Now comes the hard part.",
            "Emre Tanrıverdi, Science Correspondent",
            paras("""
For eight years, Kuzey Aerospace has been the company that Turkey's space enthusiasts talked about and sceptics dismissed. On Wednesday, May 13, it became the first Turkish private company to send a rocket past the edge of space.

The company's Doruk-2 sounding rocket lifted off from a coastal test range near Sinop at 10:42 a.m. and, according to onboard telemetry released by the company, climbed to 136.2 kilometres before falling back towards the Black Sea. A capsule carrying experiments splashed down under a parachute about 180 kilometres offshore, 9 minutes and 40 seconds after liftoff, and was recovered by a ship later that day.

The launch came after a two-day delay. Monday's attempt was scrubbed because of high-altitude winds, and on Wednesday a fishing boat that strayed into the hazard zone pushed liftoff back by 27 minutes.

## From a garage to the Karman line

Kuzey was founded in 2018 by Deniz Mehmet Akyürek, a former engineer at a defence contractor, and two university friends. Its first engines were tested in a rented garage on the outskirts of Ankara. It now employs 230 people and raised $42 million in a funding round last year, led by a Gulf sovereign fund and two Turkish industrial groups.

"We went to space today with an engine that started life in a garage in Ankara eight years ago," Akyürek said at the range. In the evening, in a statement, he thanked the range staff and the coastguard, adding: "Space is not a matter of national pride for us. It is a business, and today we proved the technology."

##AD##

Doruk-2 is 11.8 metres tall and weighed about 2.9 tonnes at liftoff. Its hybrid motor, which burns paraffin wax with nitrous oxide, fired for 71 seconds. The previous flight, Doruk-1, last September, reached 72 kilometres, short of the 100-kilometre line commonly used to mark the beginning of space.

On board this time were 48 kilograms of experiments, including a fluid physics experiment from Middle East Technical University and a radiation detector built by Yörünge Lab, an Istanbul start-up. The experiments had about four minutes of weightlessness.

## The harder part

Suborbital rockets are one thing. Kuzey's real ambition is Doruk-3, a small orbital launcher designed to put satellites of up to 150 kilograms into low Earth orbit. The company is targeting a maiden flight in 2028, a date that independent experts consider optimistic.

"Going from a sounding rocket to an orbital launcher is not a step, it is a leap," said Professor Ayşe Korkmaz, an aerospace engineer who is not involved with the company. "Many companies around the world have made a successful suborbital flight. Far fewer have made it to orbit."

Turkey's state-backed programme, run through the Turkish Space Agency and the defence industry, has its own plans for a domestic launcher. The agency's president, Hakan Sezgin, congratulated Kuzey on social media shortly after the flight, calling it "a proud day for our space ecosystem".

A preliminary radar estimate from the range put the apogee at about 135 kilometres; the company said the final figure would be confirmed after full analysis of the data.
"""),
            date_mode="none",
            sidebar=("Science", ("Study: Lake Van water level down 1.8 metres since 2000", "Istanbul earthquake drill to involve 40,000 people", "New species of orchid found in Hatay")),
            related=(("Kuzey's first rocket falls short of space", "science/kuzey-doruk-1"),
                     ("Inside Turkey's race to build a launcher", "science/turkey-launcher-race")),
            section="Science"),
        article(
            _RK_LETTER, "p/doruk-2-debrief",
            "Debrief: Doruk-2 by the numbers",
            "What the telemetry says, what we still do not know, and what it means for Doruk-3.",
            "Can Erdem",
            paras("""
Yesterday morning's flight of Kuzey Aerospace's Doruk-2 was, by any reasonable standard, a success. Here is our debrief, with everything we could gather from the company, the range and people who watched the data come in.

## The flight

Liftoff: 10:42 TRT, which is 07:42 UTC. The original T-0 of 10:15 slipped after a boat wandered into the hazard area.
Motor burn: 71 s, nominal.
Peak speed: about Mach 5.2, per the company.
Apogee: 136.2 km (about 84.6 miles), per onboard telemetry. The range's preliminary radar number is about 135 km. A difference of a kilometre or so between GPS-based telemetry and early radar solutions is normal, and we expect the final figure to land close to the company's.
Microgravity: roughly four minutes.
Flight time to capsule splashdown: 9 min 40 s.
Splashdown: about 180 km (112 miles) north of the coast.

For context, Kuzey's pre-flight target was 130-140 km, and Doruk-1 topped out at 72 km last September after an early motor shutdown.

##AD##

## The vehicle

Doruk-2 stands 11.8 m (39 ft) tall with a liftoff mass of 2.9 t. The hybrid motor uses paraffin and nitrous oxide. Payload was 48 kg (about 106 lb): a fluid-physics experiment from METU in Ankara, a radiation dosimeter from Istanbul's Yörünge Lab, and a set of sensors the company uses to characterise the loads inside the capsule.

## What the CEO said

Deniz Akyürek was in an expansive mood. At the range, he told reporters they had "gone to space with an engine we designed in a garage in Ankara eight years ago". Later, on a call with investors that one of our readers shared with us, he was more careful: "This was a test. We learned things we did not expect, and not all of them were good."

We asked the company what those things were. A spokesperson said only that there had been "minor anomalies in the roll control system" that did not affect the flight.

## What it means for Doruk-3

Kuzey wants to fly its orbital rocket in 2028, with 150 kg to low Earth orbit. It has $42 million from last year's raise, which will not be enough. Expect another round before the end of 2026; the company has told investors it needs around $120 million to reach a first orbital attempt.

The Turkish Space Agency, led by Hakan Sezgin, has signalled that it would consider buying launches from a domestic supplier once one exists. That would matter more than any single flight.

## Elsewhere

Rocket Lab flew another Electron mission last week. In Europe, Isar Aerospace is preparing its next Spectrum flight. And the Greek cubesat consortium that lost its first satellite in a launch failure in January has booked a replacement ride for November.

See you next week.
"""),
            date_mode="jsonld", when="2026-05-14T06:00:00+03:00",
            sidebar=("Launch calendar", ("May 19: Falcon 9, Starlink group", "May 21: Vega-C, Earth observation satellite", "June 3: Doruk-3 engine test (planned)")),
            related=(("Doruk-1: what went wrong", "p/doruk-1-post-mortem"),
                     ("Interview: Deniz Akyürek on the road to orbit", "p/akyurek-interview")),
            section="Newsletter"),
    ],
    "planted": [],
}
# ---------------------------------------------------------------------------
# eq-AP6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

_EQ_COURIER = ("Hellenic Courier", "helleniccourier.example")
_EQ_WIRE = ("Aegean Wire", "aegeanwire.example")
_EQ_LIVE = ("Dodecanese Today", "dodecanesetoday.example")
_EQ_TR = ("Marmara Haber 24", "marmarahaber.example")

EQ_AP6 = {
    "id": "eq-AP6",
    "part": "AP",
    "domain": "earthquake",
    "fetched": "2026-02-27",
    "articles": [
        article(
            _EQ_LIVE, "live/rhodes-earthquake",
            "LIVE: Strong earthquake hits Rhodes - latest updates",
            "Rescue teams are searching collapsed houses in villages on the east coast of the island.",
            "Dodecanese Today newsroom",
            updates([
                ("19:30", "Toll rises to 11 dead, 164 injured",
                 """The civil protection ministry says 11 people have died and 164 have been injured. Seven of the dead were in Archangelos, three in Malona and one in the town of Rhodes. Of the injured, 23 remain in hospital, four of them in intensive care. The ministry says 58 buildings collapsed and more than 400 have been damaged."""),
                ("17:15", "More than 120 aftershocks",
                 """Professor Maria Liakou of the National Observatory of Athens says more than 120 aftershocks have been recorded since 03:26, the strongest a magnitude 5.1 at 06:48. "The sequence is behaving normally so far, but people should stay out of damaged buildings," she said."""),
                ("14:05", "State of emergency declared",
                 """The government has declared a state of emergency on Rhodes for 60 days. Schools across the island will stay closed for three days. Minister Giorgos Kostaras announced €5 million in immediate aid for the municipality."""),
                ("11:30", "Toll now 9 dead, 112 injured",
                 """The fire service says nine people are now confirmed dead and 112 injured. Nineteen people have been pulled alive from the rubble since dawn."""),
                ("09:20", "Minister arrives",
                 """Giorgos Kostaras, the minister for climate crisis and civil protection, has landed at Rhodes airport and is heading to Archangelos. "Every resource of the state is here. We will not leave until the last person is found," he told reporters on the tarmac."""),
                ("07:45", "Six dead, 40 injured",
                 """The regional authorities now say six people have died. About 40 injured people have been taken to the general hospital in Rhodes. At least 30 buildings have collapsed, most of them older stone houses."""),
                ("06:50", "Strong aftershock",
                 """A strong aftershock, magnitude 5.1 according to the Geodynamic Institute, shook the island at 06:48. Residents ran back into the streets."""),
                ("05:10", "At least two dead",
                 """The mayor of Rhodes, Antonis Karavias, says at least two people have died in Archangelos, where several houses in the old part of the village collapsed. Rescue teams from the fire service's special unit are being flown in from Athens."""),
                ("04:05", "Epicentre off Archangelos",
                 """The Geodynamic Institute of the National Observatory of Athens gives a preliminary magnitude of 6.4, with the epicentre at sea about 9 km east of Archangelos and a depth of 11 km. The US Geological Survey puts it at 6.3 and 14 km deep. Turkey's disaster agency AFAD has it at 6.2."""),
                ("03:41", "Earthquake at 03:26",
                 """A powerful earthquake shook Rhodes at 03:26 this morning. Readers from across the island report being thrown from their beds. The quake was also felt on Karpathos, on Crete and along the Turkish coast. We will bring you updates as we get them."""),
            ]),
            date_mode="meta", when="2026-02-19T01:45:00Z",
            sidebar=("Dodecanese news", ("Kos: new ferry timetable from March 1", "Symi: water desalination plant completed", "Patmos: Easter visitor numbers expected to rise")),
            related=(("Emergency numbers and shelters on Rhodes", "news/rhodes-emergency-info"),
                     ("Photos: the damage in Archangelos", "gallery/archangelos-damage")),
            section="Live"),
        article(
            _EQ_WIRE, "world/2026/02/19/greece-rhodes-earthquake",
            "Strong quake kills at least six on Greek island of Rhodes",
            "Houses collapsed in villages on the island's east coast; tremor felt across the southern Aegean and in Turkey.",
            "By Helena Vasilakis",
            paras("""
ATHENS, Feb 19 (Aegean Wire) - A strong earthquake struck the Greek island of Rhodes early on Thursday, killing at least six people and bringing down dozens of old stone houses in villages on the island's east coast, officials said.

The quake hit at 3:56 a.m. local time while most people were asleep. Greece's Geodynamic Institute measured its magnitude at 6.4, while the U.S. Geological Survey put it at 6.3. Its epicentre was at sea about 9 km (6 miles) east of the village of Archangelos, at a shallow depth, the institute said.

Most of the victims were in Archangelos, a village of about 7,000 people, where several houses in the old quarter collapsed. Regional officials said around 40 people had been taken to hospital.

"We heard a roar like a train and then everything fell," said Stavros Kokkinos, 52, who was pulled out of his damaged home by neighbours. "My mother's house next door is gone."

##AD##

Rescue teams from Athens, including a specialist urban search-and-rescue unit of the fire service, were flown to the island. By mid-morning, civil protection officials said 58 buildings had collapsed across the island and hundreds more were damaged, and that search operations were concentrated on around a dozen houses.

Civil protection minister Giorgos Kostaras arrived on the island a few hours after the quake. "The whole state apparatus is here, and we will stay until the last person is found," he said.

The tremor was felt on Crete, on the islands of Karpathos and Kos, and along Turkey's Aegean and Mediterranean coast. Turkey's disaster agency AFAD said there were no reports of damage or casualties in Turkey.

A magnitude 5.1 aftershock shook the island at 6:48 a.m., sending residents back into the streets. Seismologists warned that further strong aftershocks were possible.

"This was a shallow event close to the coast, which explains why the shaking was so violent in Archangelos," said Maria Liakou, a seismologist at the National Observatory of Athens. "The old houses there were built without any anti-seismic design."

Rhodes is one of Greece's most popular tourist destinations, with more than 2.5 million visitors a year, most of them between May and October. Hotels on the island, most of which are closed in winter, reported no serious damage. The medieval old town of Rhodes, a UNESCO World Heritage site, suffered cracks in some walls, the culture ministry said.

Greece sits on several active fault lines and earthquakes are frequent, though most cause little damage. The region's last deadly quake struck near the island of Kos in 2017.

Schools on the island will remain closed for three days, authorities said.

(Additional reporting by Murat Ekinci in Istanbul; Editing by Sarah Whitcombe)
"""),
            date_mode="jsonld", when="2026-02-19T09:40:00Z",
            sidebar=("World", ("Cyprus: parliament approves 2026 budget", "Bulgaria: coalition talks collapse", "Italy: Etna eruption closes Catania airport")),
            related=(("Earthquakes in Greece: a timeline", "world/greece-earthquakes-timeline"),
                     ("How Greece builds for earthquakes", "world/2025/09/02/greece-building-code")),
            section="World"),
        article(
            _EQ_COURIER, "greece/rhodes-earthquake-day-after",
            "Rhodes counts its dead as aftershocks keep families in tents",
            "Eleven people were killed and 164 injured in the strongest earthquake to hit the island in living memory.",
            "Dimitra Kalogeropoulou, Rhodes",
            paras("""
By the time the sun came up over Archangelos on Thursday, the shape of the disaster was clear. Along the narrow lanes of the old village, the whitewashed stone houses that had stood for a century or more lay in piles of rubble, their blue doors and wooden beams sticking out at odd angles.

The earthquake that struck Rhodes at 3:26 a.m. killed 11 people and injured 164, according to the latest figures from the civil protection ministry. Seven of the dead were in Archangelos, three in the neighbouring village of Malona and one in the town of Rhodes, where an elderly man was hit by falling masonry.

The Geodynamic Institute of the National Observatory of Athens measured the quake at magnitude 6.4, with an epicentre in the sea some 9 kilometres east of Archangelos. The US Geological Survey gave a magnitude of 6.3 and Turkey's AFAD 6.2.

## 'There was no time'

Irini Hatzidaki, 67, lost her husband. "There was no time. The ceiling came down on his side of the bed," she said, sitting on a plastic chair outside the village school, which has been turned into a shelter. Her son had dug her out with his hands before the fire brigade arrived.

Rescue teams pulled 19 people alive from the rubble during the first day. The last, a teenage girl, was rescued in Malona in mid-morning, to applause from neighbours who had been digging alongside the firefighters.

##AD##

## The damage

Engineers who began inspections on Thursday afternoon said 85 buildings had collapsed completely and that more than 400 others had been damaged, many of them too badly to be lived in. About 2,300 people spent Thursday night in tents, in the school and sports hall, or in hotels that opened early for the purpose.

"The old houses were built with stone and mud mortar. They have no chance in an earthquake like this," said Maria Liakou, a seismologist at the National Observatory. She said more than 120 aftershocks had been recorded by the evening, the strongest a 5.1 at 6:48 a.m.

## The government responds

Minister for Climate Crisis and Civil Protection Giorgos Kostaras, who flew to the island on Thursday morning, announced a 60-day state of emergency and €5 million in immediate aid. The prime minister is expected to visit the island on Friday.

Rhodes mayor Antonis Karavias said the municipality would need "many times" that amount to rebuild. "We are talking about entire neighbourhoods. Five million is for the first days, for food, tents and engineers," he said.

Schools on Rhodes will remain closed for three days while engineers inspect them.

## Felt across the sea

The tremor was felt strongly on Karpathos and Crete and along the Turkish coast opposite, where it was 4:26 a.m. local time. Turkish authorities reported no damage.

The region's last deadly quake, off Kos in 2017, was a reminder that the islands of the south-eastern Aegean sit on one of the most active seismic zones in Europe.
"""),
            date_mode="line", date_line="Friday, 20 February 2026",
            sidebar=("Most read", ("Athens: taxi strike on Tuesday", "Fuel prices: unleaded at €1.78 a litre", "Olympiacos beat PAOK 3-1")),
            related=(("How to help the victims of the Rhodes earthquake", "greece/rhodes-how-to-help"),
                     ("Editorial: old villages, new rules", "opinion/old-villages-new-rules")),
            section="Greece"),
        article(
            _EQ_TR, "dunya/rodos-depremi-marmaris",
            "Rhodes earthquake felt strongly in Marmaris and Fethiye",
            "Residents of the Turkish coast ran into the streets before dawn as a powerful quake struck the Greek island across the water.",
            "Selin Aksoy, Muğla",
            paras("""
A powerful earthquake struck the Greek island of Rhodes on Thursday, February 19, and was felt strongly along Turkey's south-western coast, where thousands of people in Marmaris, Fethiye and Datça rushed out of their homes before dawn.

The quake struck at 4:26 a.m. Turkish time (3:26 a.m. in Greece). Turkey's Disaster and Emergency Management Authority, AFAD, measured it at magnitude 6.2, with its epicentre off the coast of Lindos on the east coast of Rhodes. Greek seismologists gave a magnitude of 6.4.

In Greece, the toll rose through the day. By evening, the Greek civil protection ministry said 11 people had been killed and 164 injured, most of them in villages on the east coast of Rhodes. It said 58 buildings had collapsed.

## 'The whole building swayed'

In Marmaris, just 45 kilometres from Rhodes, hotel workers and residents spent the rest of the night in parks and on the seafront.

"The whole building swayed for a long time. My children were crying. We went down the stairs in the dark," said Hatice Yılmaz, who lives on the fourth floor of an apartment block near the marina.

AFAD said there were no reports of damage or casualties in Turkey. Teams checked public buildings, schools and hospitals in Muğla province as a precaution. Orhan Yıldırım, an AFAD official, told our channel that the agency had recorded more than 100 aftershocks by the afternoon, some of them felt on the Turkish coast.

##AD##

## Message of solidarity

Turkey's foreign ministry expressed condolences to Greece. "We share the pain of the Greek people. Our search and rescue teams are ready to help if asked," the ministry said in a statement.

Greek officials thanked Ankara for the offer but said that national teams were sufficient for now. The gesture recalled the "earthquake diplomacy" of 1999, when both countries sent rescuers to each other after deadly quakes.

## A seismically active region

The eastern Aegean and the Dodecanese islands lie on an active fault zone that also affects Turkey's Muğla and Aydın provinces.

"The Rhodes quake was a shallow event at sea. It is normal that it was felt strongly in Marmaris and Fethiye," said Professor Kemal Ertürk, a geophysicist at a university in İzmir. "Our buildings in the region are generally newer and built to the 2018 code, which is why we did not see damage."

He warned that residents of the coast should be prepared for aftershocks in the coming days and should not enter buildings with visible cracks.

Tourism operators in Marmaris, where the season begins in April, said they expected no lasting impact on bookings. Ferries between Marmaris and Rhodes, suspended on Thursday morning, resumed in the afternoon.

## What to do in an earthquake

AFAD reminds citizens to "drop, cover and hold on" during shaking, to keep an emergency bag ready with water, a torch and medicines, and to agree a meeting point with family members.
"""),
            date_mode="none",
            sidebar=("Most read", ("Muğla: olive oil exports up 14%", "Bodrum: new marina project approved", "Dalaman airport: winter flights to London")),
            related=(("AFAD: 5.1 aftershock felt in Marmaris", "dunya/rodos-artci"),
                     ("How Turkey's 2018 building code works", "gundem/deprem-yonetmeligi")),
            section="World"),
    ],
    "planted": [
        ("time of the quake wrong in Aegean Wire (3:26 a.m. vs 3:56 a.m.)",
         r"\b0?3[:.]26\b", r"\b0?3[:.]56\b"),
        ("epicentre placed off the wrong place by Marmara Haber 24 (Archangelos vs Lindos)",
         r"\barch?angelos\b", r"\blindos\b"),
        ("collapsed buildings digits swapped in Hellenic Courier (58 vs 85)",
         r"\b58\b", r"\b85\b"),
    ],
}

# ---------------------------------------------------------------------------

STORIES = [CB_AP1, EL_AP2, CT_AP3, TR_AP4, RK_AP5, EQ_AP6]
