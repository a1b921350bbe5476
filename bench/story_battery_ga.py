"""Story battery, part GA — the Andean countries (Peru, Bolivia, Ecuador, Colombia, Chile), events in 2026.

Written by engineer GA1 on 2026-12-07 for the twenty-sixth batch, a precision batch: most
differences between the outlets of a story are legitimate variation a careful editor would
accept, and only the planted items are real contradictions. All outlets, reporters,
companies, most officials and all figures are invented; real institutions and places are
used as settings. Every page is a whole web page with site furniture (navigation, cookie
banner, skip link, share tools, newsletter box, sidebar with unrelated figures, footer).

cb-GA1 (central bank) — CONTROL. Peru's Central Reserve Bank (BCRP) cuts its reference
rate 25 bp from 4.25% to 4.00% on Thursday 2026-10-08, announced at 7 p.m. Lima time
(00:00 GMT Friday); press conference Friday 2026-10-09. Outlets: Andes Wire Service (wire),
Radio Pacífico Noticias (broadcaster live page, Thursday 18:30 to Friday 11:05), The Lima
Ledger (newspaper, no machine-readable date), RatesDesk LatAm (specialist rates site).
Traps: old vs new rate (4.25/4.50 in March vs 4.00); local time vs GMT with the weekday
changing; headline inflation 2.08% vs "about 2%" vs core 1.86% vs 12-month-ahead
expectations 2.3% vs forecasts 2.2% (2026) and 2.0% (2027) vs a 2.2% fiscal-deficit
target; August vs July GDP growth (2.7% vs 3.4%) and the 3.1% growth forecast; two
different polls (11 of 14 for the wire, six of nine for the newspaper); sol at 3.518
(Thursday close) vs 3.529 (Friday) vs "around 3.52"; reserves US$87.9 billion vs "nearly
US$88 billion"; Adrián Velasco Montoya vs Adrián Velasco; Lucía Paredes Gálvez vs Lucía
Paredes; María Quispe Lazo vs Maria Quispe; two chief economists at different firms
(Quiroga, Quispe); the board statement quoted in two translations and one paraphrase; a
quote given in slightly different wording; bond yield 5.71%, interbank rate 4.01%, real
rate 1.7%, neutral 3.5%, Chile's 4.50% and Colombia's 8.25% policy rates as different
measures; Velasco's remarks to Congress on Monday as a background event.

el-GA2 (election) — PLANTED (3). Runoff for governor of Santa Cruz department, Bolivia, on
Sunday 2026-04-19; final official count on Tuesday 2026-04-21: Rodrigo Antelo Suárez
846,312 votes (53.6%) vs Mirtha Salvatierra Rojas 732,768 (46.4%). Outlets: Cono Sur Press
(wire, early Monday), Red Oriente TV (local broadcaster live page, Sunday to Tuesday), The
Lowlands Chronicle (newspaper, Wednesday, no machine-readable date), Andean Politics
Monitor (specialist). Planted: (1) the runner-up's surname is spelled "Salvaterra"
throughout by the specialist; (2) the newspaper puts the vote on "Saturday"; (3) the
broadcaster's final update gives Antelo 864,312 votes instead of 846,312. Traps: quick
count 54.1% (8:30 p.m.) vs preliminary DIREPRE 54.6% with 81.3% of tally sheets at 11:40
p.m. (0340 GMT Monday) vs 53.9% with 95.6% on Monday vs final 53.6%; share of valid votes
(53.6%) vs share of all ballots cast (51.0%); "about 846,000"; margin "more than 113,000"
and "seven points"; turnout 85.8% vs first-round 87.9%; registered "1.93 million";
first-round results of March 22 as background; Bs 1.2 billion vs about US$172 million;
TED president vs TSE president (different people with similar roles); political scientist
Carla Suárez Añez vs the winner's second surname Suárez; Antelo's victory quote in two
wordings; concession on Tuesday vs "will wait" on Sunday; certification Thursday,
swearing-in May 3.

ct-GA3 (court) — CONTROL. Ecuador's Constitutional Court suspends the (invented) Yawi
gold-copper project of Cóndor Andino Resources in Zamora Chinchipe for lack of prior
consultation with 11 Shuar communities; adopted 7-2 in plenary on Wednesday 2026-09-16 and
made public on Thursday 2026-09-17. Outlets: Meridian Newswire (wire), Sierra24 Noticias
(broadcaster updates page), The Southern Highlands Post (local newspaper, no
machine-readable date), MineWatch Americas (mining trade site). Traps: adopted Wednesday vs
made public Thursday; 7-2 vs "seven votes to two" vs "two of the nine judges voted
against"; 180 days vs six months; 14,600 hectares vs about 146 square km vs roughly 36,000
acres vs a 2,300-hectare mine footprint; investment "about US$1.2 billion" vs capex
US$1.18 billion; US$86 million spent; shares down 9.4% to C$2.41 vs "more than 9%", market
value C$920 million vs about US$670 million; Judge Teresa Alvarado Chiriboga vs Judge
Teresa Alvarado; the judge's and the lawyer's quotes in slightly different wordings;
Energy and Mines Minister vs Deputy Minister of Mines (different people); court president
vs rapporteur judge; the 2024 provincial court ruling as background; 2.1 million ounces of
gold and 540,000 tonnes of copper as resource figures.

tr-GA4 (trade) — PLANTED (3). Chile's September 2026 trade figures, released by the
Central Bank of Chile at 9:00 local time (12:00 GMT) on Wednesday 2026-10-07: surplus
US$1,842 million, exports US$8,913 million (+9.6%), imports US$7,071 million (+3.1%),
copper exports US$4,722 million (+14.2%); Finance Minister Ignacio Larraín Vial comments at
a mining forum in Antofagasta. Outlets: Pacific Rim Wire (wire), Radio Cordillera
(broadcaster updates page), The Santiago Courier (newspaper, no machine-readable date),
CopperBeat (specialist). Planted: (1) the newspaper gives copper export growth as 12.4%;
(2) the broadcaster calls Larraín "Economy Minister"; (3) the specialist places his speech
in Calama. Traps: US$1.842 billion vs US$1,842 million vs "US$1.84 billion"; about 1.73
trillion pesos vs "some 1.7 trillion pesos" at 938 pesos per dollar; forecast median
US$1.5 billion (range 1.1 to 2.0) vs actual; August surplus revised to US$1,214 million
from US$1,150 million; year-to-date US$16.32 billion vs 12-month rolling US$21.4 billion vs
an economist's full-year forecast of about US$21 billion; September 2025 surplus US$1,274
million; customs-service exports US$8.87 billion vs central bank US$8.913 billion; copper
price US$4.61/lb vs about US$10,160 per tonne vs a US$10,040 three-month quote on
Wednesday vs a US$4.40 budget assumption; price up about 12% vs volumes up about 2%;
lithium down 22%; the minister's quote in three slightly different wordings.

rk-GA5 (rocket) — PLANTED (3). Peru's space agency CONIDA flies the two-stage Wayra-2
sounding rocket from Punta Lobos (Pucusana) on Saturday 2026-08-22, liftoff 6:14 a.m.
local time (11:14 UTC), apogee 112.4 km. Outlets: Prensa Sur Wire (wire), TV Costa Noticias
(broadcaster live page), The Lima Evening Post (newspaper, no machine-readable date),
Suborbital Report (specialist). Planted: (1) the live page calls it a "three-stage" rocket;
(2) the newspaper gives liftoff as 7:14 a.m.; (3) the specialist dates the flight August 23.
Traps: preliminary apogee 108 km (one radar) vs final 112.4 km vs "112 kilometres, about 70
miles" vs 69.8 miles vs the 120 km target vs the 100 km Kármán line; local time vs
1114 GMT/11:14 UTC; 5:50 a.m. scheduled time and a 24-minute hold; splashdown 06:24 after
9 min 40 s; payload recovered at 9:20 a.m. about 64 km (40 miles) offshore vs the base
about 65 km south of Lima; 38 kg vs 84 lb; 7.8 m vs 25.6 feet; 5,900 km/h vs 3,670 mph;
9.6 million soles vs about US$2.7 million; Wayra-1 reaching 41 km in November 2024 as
background; Gen. Víctor Manuel Zegarra Ponce vs Gen. Víctor Zegarra; Rosa Elvira Huamán
Ccori vs Rosa Elvira Huamán; flight director vs programme manager Daniel Chirinos Meza
(different people); Zegarra's quote in two wordings.

eq-GA6 (earthquake) — CONTROL. Offshore earthquake in Chile's Coquimbo region at 11:41
p.m. on Tuesday 2026-11-03 local time (02:41 UTC Wednesday 2026-11-04). Outlets: Continental
News Agency (wire, early Wednesday), Radio Elqui (local broadcaster updates page, Tuesday
night to Wednesday afternoon), The Norte Chico Gazette (local newspaper, Thursday, no
machine-readable date), SeismoDesk (specialist). Traps: CSN magnitude 6.9 (preliminary
7.0) vs USGS 6.7; CSN depth 28 km vs USGS 35 km (22 miles); 38 km west of La Serena vs 41 km
west-southwest of Coquimbo; local date/time vs UTC date/time; toll growing with publication
time (1 dead and 14 injured at 05:40, 2 dead and 23 injured at 08:00, 3 dead and 41 injured
at 14:30 with 212 homes damaged, 3 dead and 57 injured with 340 homes damaged and 45
uninhabitable on Thursday); aftershocks "more than 20" vs 27 vs 63 at different times,
largest M5.2 at 04:18 (07:18 UTC); power out for about 120,000 customers at peak vs 38,000
Wednesday afternoon vs 4,100 Thursday; classes suspended Wednesday vs Wednesday and
Thursday; Álvaro Hormazábal Reyes vs Álvaro Hormazábal; Javiera Olmedo Castro vs Javiera
Olmedo; 18 cm tide-gauge reading; the 2015 Illapel (M8.3), 1997 Punitaqui and 1922
Vallenar (M8.5) earthquakes as background.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Page skeleton helpers. They only assemble site furniture around article text
# that is written out in full for every page below.
# ---------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{_esc(p)}</p>" for p in paragraphs)


def _updates(entries: list[tuple[str, str, list[str]]]) -> str:
    """Live-page entries: (visible time stamp, entry heading, paragraphs)."""
    blocks = []
    for stamp, heading, paragraphs in entries:
        head = f"<h2 class=\"entry-title\">{_esc(heading)}</h2>\n" if heading else ""
        blocks.append(
            "<div class=\"live-entry\">\n"
            f"<span class=\"entry-time\">{_esc(stamp)}</span>\n"
            f"{head}{_paras(paragraphs)}\n"
            "</div>"
        )
    return "\n".join(blocks)


def _jsonld(data: dict) -> str:
    body = json.dumps(data, ensure_ascii=False, indent=1)
    return f"<script type=\"application/ld+json\">\n{body}\n</script>"


def _page(
    *,
    site: str,
    title: str,
    description: str,
    canonical: str,
    meta: list[tuple[str, str, str]],
    jsonld: dict | None,
    nav: list[str],
    cookie: str,
    kicker: str,
    headline: str,
    standfirst: str,
    byline: str,
    figure: tuple[str, str, str] | None,
    body: str,
    after_body: str,
    newsletter: str,
    sidebar_title: str,
    sidebar: list[str],
    footer: str,
    body_class: str = "article",
) -> str:
    """Wrap a fully written article body in a realistic page skeleton.

    ``meta`` holds (attribute, key, content) triples such as
    ("property", "og:type", "article"). ``byline`` and ``after_body`` are raw
    HTML fragments written per page.
    """
    meta_html = "\n".join(
        f"<meta {attr}=\"{_attr(key)}\" content=\"{_attr(value)}\">" for attr, key, value in meta
    )
    ld_html = _jsonld(jsonld) if jsonld else ""
    nav_html = "\n".join(f"<li><a href=\"/{_attr(item.lower().replace(' ', '-'))}/\">"
                         f"{_esc(item)}</a></li>" for item in nav)
    side_html = "\n".join(f"<li><a href=\"#\">{_esc(item)}</a></li>" for item in sidebar)
    fig_html = ""
    if figure:
        src, caption, credit = figure
        fig_html = (
            f"<figure class=\"lead-image\"><img src=\"{_attr(src)}\" alt=\"{_attr(caption)}\">"
            f"<figcaption>{_esc(caption)} <span class=\"credit\">{_esc(credit)}</span>"
            "</figcaption></figure>"
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<meta name="description" content="{_attr(description)}">
<link rel="canonical" href="{_attr(canonical)}">
{meta_html}
{ld_html}
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/consent.js" defer></script>
</head>
<body class="{body_class}">
<a class="skip-link" href="#main-content">Skip to content</a>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{_esc(cookie)}</p>
<button type="button">Accept all</button> <button type="button">Reject non-essential</button>
<a href="/privacy/">Manage preferences</a>
</div>
<header class="site-header">
<a class="site-logo" href="/">{_esc(site)}</a>
<nav class="main-nav" aria-label="Main navigation"><ul>
{nav_html}
</ul></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="Search">
<button type="submit">Search</button></form>
</header>
<main id="main-content">
<article class="story">
<header class="story-header">
<p class="kicker">{_esc(kicker)}</p>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
{byline}
</header>
<div class="share-tools" aria-label="Share this article">Share:
<a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-x">X</a>
<a href="#" class="share-whatsapp">WhatsApp</a> <a href="#" class="share-email">Email</a>
<button type="button" class="copy-link">Copy link</button></div>
{fig_html}
<div class="article-body">
{body}
</div>
{after_body}
</article>
<aside class="newsletter-signup">
<h2>Newsletter</h2>
<p>{_esc(newsletter)}</p>
<form action="/newsletter/"><input type="email" name="email" placeholder="Your email">
<button type="submit">Sign up</button></form>
</aside>
<aside class="sidebar">
<h2>{_esc(sidebar_title)}</h2>
<ol>
{side_html}
</ol>
</aside>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about/">About us</a></li>
<li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li>
<li><a href="/terms/">Terms of use</a></li><li><a href="/advertise/">Advertise</a></li></ul>
<p>{_esc(footer)}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# cb-GA1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = _page(
    site="Andes Wire Service",
    title="Peru's central bank cuts key rate to 4.00%, first cut since March | Andes Wire",
    description="Peru's central bank lowered its reference rate by 25 basis points to 4.00% on "
        "Thursday.",
    canonical="https://www.andeswire.example/business/2026/10/08/peru-central-bank-cuts-rate",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Andes Wire Service"),
        ("property", "og:title", "Peru's central bank cuts key rate to 4.00%"),
        ("name", "twitter:card", "summary_large_image"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Peru's central bank cuts key rate to 4.00% as inflation stays near target",
        "datePublished": "2026-10-08T19:22:00-05:00",
        "dateModified": "2026-10-08T20:05:00-05:00",
        "author": [{"@type": "Person", "name": "Lucía Ramos Vidal"}],
        "publisher": {"@type": "Organization", "name": "Andes Wire Service"},
    },
    nav=["World", "Americas", "Business", "Markets", "Energy", "Commodities", "Video"],
    cookie="We use cookies to personalise content and ads and to analyse our traffic. "
    "You can change your choices at any time.",
    kicker="Americas | Central banks",
    headline="Peru's central bank cuts key rate to 4.00% as inflation stays near target",
    standfirst="First reduction since March; board says inflation within target range",
    byline='<p class="byline">By <a href="/authors/lucia-ramos-vidal/">Lucía Ramos Vidal</a>'
    '</p>\n<p class="timestamp">Updated 8:05 PM GMT-5</p>',
    figure=(
        "/img/2026/10/bcrp-building.jpg",
        "The headquarters of Peru's Central Reserve Bank in downtown Lima.",
        "Photo: Andes Wire / Hugo Cárdenas",
    ),
    body=_paras([
        "LIMA, Oct 8 (Andes Wire) - Peru's central bank cut its benchmark interest rate by 25 "
        "basis points to 4.00% on Thursday, its first reduction since March, saying inflation "
        "was firmly within its target range and domestic demand was growing more slowly than it "
        "had expected.",
        "The Central Reserve Bank of Peru (BCRP) announced the decision at 7 p.m. local time "
        "(0000 GMT on Friday), lowering the reference rate from 4.25%, where it had stood since "
        "a quarter-point cut on March 12. The board had kept the rate on hold at its previous "
        "six monthly meetings.",
        "Eleven of 14 economists polled by Andes Wire last week had forecast a cut, while the "
        "remaining three expected the bank to keep borrowing costs unchanged for a seventh "
        "straight month.",
        "Annual inflation in Lima, the country's benchmark measure, slowed to 2.08% in September "
        "from 2.31% in August, according to the national statistics institute INEI. Core "
        "inflation, which excludes food and energy prices, stood at 1.86%. The bank targets "
        "inflation of between 1% and 3%.",
        "“The Board considers that inflation will remain within the target range over the "
        "forecast horizon,” the bank said in a statement, adding that any future adjustments to "
        "the rate would be conditional on new information about inflation and its determinants.",
        "The move leaves Peru's policy rate 375 basis points below the peak of 7.75% it held for "
        "much of 2023, before the bank began an easing cycle in September of that year.",
        "“The bank had room to move and it used it. With inflation close to 2% and growth losing "
        "some momentum, a cut was the logical step,” said Mariano Quiroga, chief economist at "
        "Banco Interandino in Lima. He expects one further quarter-point reduction, to 3.75%, in "
        "the first quarter of 2027.",
        "Bank president Adrián Velasco Montoya told a congressional committee on Monday that the "
        "institution saw “space for a moderate easing” as long as inflation stayed close to the "
        "middle of its target range. He did not say how large such easing could be.",
        "Peru's economy grew 2.7% in August from a year earlier, INEI data showed last week, "
        "slower than the 3.4% pace recorded in July. In its September inflation report, the "
        "central bank forecast that gross domestic product would expand 3.1% this year.",
        "The sol was little changed in thin after-hours trade, having closed at 3.518 per U.S. "
        "dollar on Thursday. The central bank holds net international reserves of US$87.9 "
        "billion, which it has used to smooth swings in the currency during periods of political "
        "turbulence.",
        "Peru's mining-heavy economy has benefited this year from high prices for copper and "
        "gold, its two main exports, which have supported the currency and tax revenue even as "
        "private investment has been slow to recover.",
        "The bank's head of economic studies is scheduled to explain the decision to reporters on "
        "Friday morning. The board's next policy meeting is due on November 12.",
        "Central banks in neighbouring Chile and Colombia have also lowered borrowing costs this "
        "year as inflation across the region has cooled.",
    ]),
    after_body='<p class="credits">Reporting by Lucía Ramos Vidal; additional reporting by '
    'Enrique Salas; editing by Martin Clegg</p>\n<p class="trust">Our Standards: '
    'The Andes Wire Trust Principles.</p>',
    newsletter="Andes Markets Daily: the morning's must-read briefing on Latin American "
    "markets, delivered before the opening bell.",
    sidebar_title="Most read",
    sidebar=[
        "Chile's copper output rises 4% in August as new concentrator ramps up",
        "Colombian peso touches 4,012 per dollar as oil slips",
        "Bolivia's fuel import bill to reach US$3.1 billion in 2026, ministry says",
        "Ecuador ends power cuts after 41 days as reservoirs refill",
        "Brazil's central bank holds Selic, signals long pause",
    ],
    footer="© 2026 Andes Wire Service. All rights reserved. Quotes delayed at least 15 minutes.",
)

_CB_LIVE = _page(
    site="Radio Pacífico Noticias",
    title="LIVE: BCRP rate decision - central bank cuts to 4% - Radio Pacífico Noticias",
    description="Live updates on the Central Reserve Bank of Peru's October monetary policy "
        "decision.",
    canonical="https://radiopacifico.example/en/live/bcrp-rate-decision-october",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-10-08T18:30:00-05:00"),
        ("property", "article:modified_time", "2026-10-09T11:05:00-05:00"),
        ("property", "article:section", "Economy"),
        ("property", "og:site_name", "Radio Pacífico Noticias"),
    ],
    jsonld=None,
    nav=["Home", "Live", "Peru", "Economy", "Politics", "Sport", "Podcasts", "Listen live"],
    cookie="Radio Pacífico uses its own and third-party cookies to improve your experience "
    "and show you relevant advertising.",
    kicker="LIVE | Economy",
    headline="BCRP rate decision: central bank cuts reference rate to 4% — as it happened",
    standfirst="Follow our live coverage of the Central Reserve Bank's October policy meeting, "
    "market reaction and Friday's press conference.",
    byline='<p class="byline">Live coverage by Daniela Cornejo and Óscar Villanueva</p>',
    figure=None,
    body=_updates([
        ("Friday 11:05", "Sol slips in morning trade", [
            "The sol weakened about 0.3% to 3.529 per dollar in Friday morning trade, from "
            "Thursday's close of 3.518, as lower local rates made sol assets slightly less "
            "attractive. Traders said the move was modest and that the central bank had not "
            "intervened.",
            "That is where we will wrap up our live coverage. Thank you for following with us.",
        ]),
        ("Friday 09:40", "Press conference: 'We are not on autopilot'", [
            "At the bank's news conference this morning, Lucía Paredes Gálvez, head of economic "
            "studies at the BCRP, said the cut should not be read as the start of a long series "
            "of reductions.",
            "“We are not on autopilot. Each decision will depend on the data,” Paredes told "
            "reporters. She said the bank now expects inflation to close 2026 at 2.2% and to "
            "stand at 2.0% at the end of 2027, both near the midpoint of the 1% to 3% target "
            "range.",
            "Paredes added that business confidence had improved in September and that the bank's "
            "survey put 12-month-ahead inflation expectations at 2.3%.",
            "Asked about the currency, she said the bank would keep intervening only to reduce "
            "excessive volatility, not to defend any particular level of the sol.",
        ]),
        ("Thursday 20:30", "Business groups welcome cut", [
            "The National Society of Industries said the cut was “a step in the right direction” "
            "but urged banks to pass it on quickly to small and medium-sized companies. The Lima "
            "Chamber of Commerce said lower rates alone would not revive private investment "
            "without “clear rules and political stability”.",
        ]),
        ("Thursday 19:48", "Analysts: 'The surprise would have been a hold'", [
            "María Quispe Lazo, chief economist at Lima consultancy Macroandina, told Radio "
            "Pacífico the decision was widely anticipated. “The market had priced this in. The "
            "surprise would have been a hold,” she said.",
            "Quispe said she expects the bank to pause in November and reassess in the new year, "
            "once January data on food prices are in.",
        ]),
        ("Thursday 19:15", "What the statement says", [
            "In its statement the board said that 12-month inflation fell to 2.08% in September "
            "and that core inflation, which excludes food and energy, was 1.86%.",
            "“The Board estimates that inflation will stay within the target range during the "
            "projection horizon,” the statement read (our translation). It said economic "
            "activity indicators showed growth “below potential” in the third quarter and that "
            "future moves would depend on incoming information.",
        ]),
        ("Thursday 19:02", "BREAKING: BCRP cuts to 4%", [
            "The Central Reserve Bank of Peru has cut its reference rate by a quarter point to "
            "4.00% from 4.25%. It is the first change since March, after six consecutive "
            "meetings without a move.",
        ]),
        ("Thursday 18:40", "Decision due at 7 p.m.", [
            "The board's statement is due at 7 p.m. Most analysts expect a quarter-point "
            "reduction after inflation eased in September, though a minority think the bank will "
            "wait until November to see how food prices behave after the recent dry spell in the "
            "southern highlands.",
            "The rate has stood at 4.25% since the bank's last cut on March 12, when it lowered "
            "borrowing costs from 4.50%.",
        ]),
        ("Thursday 18:30", "Welcome", [
            "Good evening and welcome to our live coverage of the Central Reserve Bank's monetary "
            "policy decision for October. Our economy team will bring you the announcement, "
            "reaction from economists and business groups, and tomorrow's press conference.",
            "Peru's central bank is one of the region's most closely watched, having kept "
            "inflation inside its target range for most of the past two years after the "
            "post-pandemic price surge.",
        ]),
    ]),
    after_body='<p class="listen">Listen to Radio Pacífico live on 96.3 FM in Lima.</p>',
    newsletter="Get our Morning Briefing with the day's top stories from Peru, every weekday "
    "at 6 a.m.",
    sidebar_title="Latest news",
    sidebar=[
        "Congress approves 2027 budget of 263 billion soles in first vote",
        "Lima metro Line 2 to open seven new stations on December 15",
        "Arequipa farmers warn of 30% drop in onion harvest",
        "Alianza Lima coach Héctor Benavides resigns after derby loss",
    ],
    footer="© Radio Pacífico Noticias S.A.C. 2026. Todos los derechos reservados.",
    body_class="live-blog",
)

_CB_PAPER = _page(
    site="The Lima Ledger",
    title="BCRP trims rate to 4%, keeps door open to more easing - The Lima Ledger",
    description="The central bank lowered its reference rate to 4% and said further moves depend "
        "on data.",
    canonical="https://limaledger.example/economy/bcrp-trims-rate-to-4-percent",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "The Lima Ledger"),
        ("name", "author", "Gabriela Sotomayor"),
    ],
    jsonld=None,
    nav=["Front page", "Peru", "Economy", "Mining", "Opinion", "Culture", "Travel"],
    cookie="This website uses cookies. By continuing to browse you agree to our use of cookies.",
    kicker="Economy",
    headline="BCRP trims rate to 4%, keeps door open to more easing",
    standfirst="Lower inflation and a softer economy give the central bank room to cut for "
    "the first time in seven months",
    byline='<p class="byline">By Gabriela Sotomayor, Economics Correspondent</p>\n'
    '<p class="dateline">Friday, October 9, 2026</p>',
    figure=(
        "/media/2026/10/velasco-congress.jpg",
        "Central bank president Adrián Velasco speaking to lawmakers earlier this week.",
        "(The Lima Ledger/Archive)",
    ),
    body=_paras([
        "Peru's Central Reserve Bank lowered its reference interest rate to 4% on Thursday "
        "evening, ending a seven-month pause and signalling that it could ease further if "
        "inflation stays close to 2% and the economy keeps losing steam.",
        "The quarter-point cut, from 4.25%, was the first since March 12, when the bank's board "
        "trimmed the rate from 4.50%. Six of the nine analysts surveyed by the Ledger on Tuesday "
        "and Wednesday had expected the move; the other three thought the bank would wait for "
        "another month of price data.",
        "Inflation has given the board little reason to hesitate. Consumer prices in Lima rose "
        "about 2% in the twelve months to September, at the centre of the bank's 1%-3% target "
        "range, and core inflation, which strips out food and fuel, has been below 2% since the "
        "middle of the year.",
        "In its statement the board said it expected inflation to remain inside the target range "
        "throughout its forecast horizon, and it repeated that future adjustments would depend "
        "on new information. That wording, economists said, leaves the door open to another cut "
        "without committing the bank to one.",
        "“The market had already priced this in; the surprise would have been to hold,” said "
        "Maria Quispe, chief economist at Macroandina, a Lima consultancy. “What matters now is "
        "whether they go again in November or take a break over the summer.”",
        "Central bank president Adrián Velasco had prepared the ground on Monday, telling a "
        "congressional committee that there was “space for a moderate easing” provided inflation "
        "stayed near the middle of the range. Velasco, a veteran of the institution, has "
        "repeatedly warned lawmakers that pension fund withdrawals and generous public sector "
        "pay rises could rekindle price pressures.",
        "The economy is giving mixed signals. Output grew 2.7% in August, according to the "
        "national statistics institute INEI, helped by fishing and construction, but mining "
        "output was flat and private investment remains weak ahead of next year's political "
        "calendar. The central bank expects growth of 3.1% for the whole of 2026.",
        "The Economy and Finance Ministry, which is targeting a fiscal deficit of 2.2% of GDP "
        "this year, welcomed the decision. Minister Raúl Pérez Ocaña said on Friday that cheaper "
        "credit would “help small businesses that are still paying high rates on their working "
        "capital loans.”",
        "For households, the pass-through will take time. The average mortgage rate in soles was "
        "8.9% in September, according to the banking regulator SBS, and banks typically adjust "
        "their lending rates over several months after a central bank move.",
        "The sol, backed by nearly US$88 billion of central bank reserves, barely reacted. It "
        "ended Thursday at around 3.52 per dollar and was slightly weaker on Friday morning.",
        "Lucía Paredes, who heads the bank's economic studies department, said at a press "
        "briefing on Friday that the board had discussed the size of the cut and had agreed that "
        "a quarter point was “prudent”. She declined to say whether the board had considered "
        "holding.",
        "The board meets again on November 12. Most of the economists consulted by the Ledger "
        "expect the rate to end the year at either 4% or 3.75%.",
    ]),
    after_body='<p class="tags">Tags: BCRP, interest rates, inflation, sol</p>',
    newsletter="Sign up for The Ledger Weekly, our Saturday round-up of Peruvian business "
    "and politics.",
    sidebar_title="Related",
    sidebar=[
        "Pension fund withdrawal bill could drain 28 billion soles, regulator warns",
        "Inflation slowed to 2.31% in August, INEI says",
        "Interview: Velasco says the bank 'will not be rushed'",
        "Cusco tourism arrivals up 11% in the first half",
    ],
    footer="© 2026 The Lima Ledger. Av. Larco 1150, Miraflores, Lima.",
)

_CB_SPECIALIST = _page(
    site="RatesDesk LatAm",
    title="Peru: BCRP delivers 25bp cut to 4.00%; front end rallies | RatesDesk LatAm",
    description="Peru's BCRP cut its policy rate 25bp to 4.00%. What it means for the curve.",
    canonical="https://ratesdesk.example/latam/peru/bcrp-25bp-cut-october-2026",
    meta=[
        ("property", "og:type", "article"),
        ("name", "twitter:site", "@RatesDeskLatAm"),
        ("name", "robots", "index, follow"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Peru: BCRP delivers 25bp cut to 4.00%; front end rallies",
        "datePublished": "2026-10-09T07:45:00+00:00",
        "author": {"@type": "Person", "name": "Tomasz Nowicki"},
        "publisher": {"@type": "Organization", "name": "RatesDesk LatAm"},
        "isAccessibleForFree": False,
    },
    nav=["Rates", "FX", "Sovereign debt", "Central bank calendar", "Data", "Subscribe"],
    cookie="We use strictly necessary cookies and, with your consent, analytics cookies.",
    kicker="Peru | Monetary policy",
    headline="BCRP delivers 25bp cut to 4.00%; front end rallies",
    standfirst="The easing was expected by most of the market, but the statement's "
    "data-dependent tone keeps a further cut in play for the first quarter.",
    byline='<p class="byline">Tomasz Nowicki, Senior Rates Analyst</p>',
    figure=None,
    body=_paras([
        "Peru's Central Reserve Bank (BCRP) cut its reference rate by 25bp to 4.00%, in a "
        "decision released at 00:00 GMT on Friday, 7pm on Thursday in Lima. The cut, the first "
        "since March, had been largely priced by the swaps market, where one-month instruments "
        "implied roughly 20bp of easing going into the meeting.",
        "The board kept the forward guidance it has used all year: future adjustments to the "
        "reference rate are conditional on new information about inflation and its determinants. "
        "We read that as an explicit refusal to pre-commit, rather than as a hawkish signal.",
        "The macro case for the move is straightforward. Headline inflation was 2.08% y/y in "
        "September, core 1.86% y/y, and the BCRP's own survey puts 12-month-ahead inflation "
        "expectations at 2.3%. With the policy rate at 4.00%, the ex-ante real rate drops to "
        "roughly 1.7%, still somewhat above the bank's estimate of a neutral real rate of around "
        "1.5%, equivalent to a nominal neutral rate of about 3.5% with inflation at target.",
        "In other words, policy remains mildly restrictive even after the cut, which is why we "
        "continue to see room for one more quarter-point move, to 3.75%, most likely in February "
        "or March 2027.",
        "Market reaction was orderly. The 10-year sovereign sol bond (Soberano 2034) yield fell "
        "6bp to 5.71% in early Friday trading in London, while the 2-year point dropped 9bp. The "
        "overnight interbank rate, which tracks the policy rate closely, printed at 4.01% on "
        "Friday morning.",
        "“Local pension funds have been buyers at the front end for weeks, so the rally in the "
        "2-year was mostly about confirmation,” said Tomás Ferreyra, a rates strategist at "
        "Pacífico Capital in Lima. “The long end is still hostage to the political calendar and "
        "to what happens with U.S. Treasuries.”",
        "Banco Interandino's Mariano Quiroga, one of the 11 economists in the Andes Wire poll who "
        "expected a cut, said the bank “had room and it used it”. He now sees the rate at 3.75% "
        "by the end of the first quarter.",
        "It is worth putting the cut in regional context. Peru's policy rate is now among the "
        "lowest in Latin America in nominal terms, below Chile's 4.50% and well below Colombia's "
        "8.25%. Peru's lower inflation, however, means its real rate is similar to Chile's.",
        "The BCRP's reserves, at US$87.9 billion, provide a large buffer against FX volatility, "
        "and the sol's muted reaction (it traded near 3.52 per dollar overnight) suggests "
        "investors see little risk of a disorderly depreciation.",
        "Looking ahead, the November 12 meeting will come with only one more inflation print. The "
        "December meeting, with the quarterly inflation report, is the more natural venue for a "
        "further move, but we think the board will prefer to wait for evidence that food prices "
        "have normalised after the dry spell in the south.",
        "Our base case: hold at 4.00% in November and December, 25bp cut in Q1 2027, terminal "
        "rate 3.75%. Risks are skewed to a longer pause if the sol comes under pressure.",
    ]),
    after_body='<p class="disclaimer">This note is provided for information purposes only and '
    'does not constitute investment advice.</p>',
    newsletter="RatesDesk Morning Call: central bank decisions, auctions and curve moves "
    "across Latin America, in your inbox at 06:00 GMT.",
    sidebar_title="Central bank calendar",
    sidebar=[
        "Oct 14: Chile's BCCh expected to hold at 4.50%",
        "Oct 29: Colombia's BanRep, consensus 25bp cut to 8.00%",
        "Nov 4: Brazil's Copom",
        "Nov 12: Peru's BCRP, next decision",
    ],
    footer="© 2026 RatesDesk Ltd. Registered in England and Wales. Not investment advice.",
)


# ---------------------------------------------------------------------------
# el-GA2 — election (PLANTED: 3)
# ---------------------------------------------------------------------------

_EL_WIRE = _page(
    site="Cono Sur Press",
    title="Antelo leads Santa Cruz governor runoff in early count - Cono Sur Press",
    description="Businessman Rodrigo Antelo leads the runoff for governor of Bolivia's Santa Cruz.",
    canonical="https://www.conosurpress.example/en/bolivia/2026/04/20/santa-cruz-runoff-antelo-leads",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:locale", "en_GB"),
        ("name", "news_keywords", "Bolivia, Santa Cruz, election, runoff, governor"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Antelo leads Santa Cruz governor runoff as preliminary count advances",
        "datePublished": "2026-04-20T01:10:00-04:00",
        "dateModified": "2026-04-20T01:10:00-04:00",
        "author": {"@type": "Person", "name": "Julián Méndez Arce"},
        "publisher": {"@type": "Organization", "name": "Cono Sur Press"},
        "dateline": "SANTA CRUZ DE LA SIERRA",
    },
    nav=["Latest", "South America", "Bolivia", "Argentina", "Paraguay", "Business", "Photos"],
    cookie="Cono Sur Press uses cookies for analytics and to remember your preferences.",
    kicker="Bolivia | Elections",
    headline="Antelo leads Santa Cruz governor runoff as preliminary count advances",
    standfirst="Quick count and official preliminary results both put the agribusinessman "
    "ahead of former Montero mayor Mirtha Salvatierra",
    byline='<p class="byline">By Julián Méndez Arce</p>',
    figure=(
        "/photos/2026/04/antelo-rally.jpg",
        "Supporters of Rodrigo Antelo celebrate in the Plaza 24 de Septiembre.",
        "Cono Sur Press/Marcela Justiniano",
    ),
    body=_paras([
        "SANTA CRUZ DE LA SIERRA, Bolivia, April 20 (CSP) - Agribusinessman Rodrigo Antelo Suárez "
        "held a clear lead early on Monday in the runoff for governor of Santa Cruz, Bolivia's "
        "most populous and economically powerful department, according to preliminary official "
        "results and an independent quick count.",
        "With 81.3% of tally sheets verified as of 11:40 p.m. on Sunday (0340 GMT Monday), "
        "Antelo, of the Alianza Oriente Productivo (AOP), had 54.6% of valid votes against 45.4% "
        "for Mirtha Salvatierra Rojas of the Movimiento Cruceño Unido (MCU), according to the "
        "electoral authority's preliminary results system, known as DIREPRE.",
        "A quick count by pollster Datos Oriente, released on television at 8:30 p.m., gave "
        "Antelo 54.1% and Salvatierra 45.9%, with a margin of error of 1.8 percentage points.",
        "“Santa Cruz voted for work, not for fights,” Antelo, 51, told hundreds of supporters who "
        "gathered in the city's main square waving the department's green and white flag. He "
        "stopped short of declaring victory, saying he would wait “with respect” for the "
        "official count.",
        "Salvatierra, 47, a former mayor of the town of Montero, told reporters at her campaign "
        "headquarters that she would not concede until all ballots had been counted. “We will "
        "wait for every last tally sheet,” she said.",
        "The departmental electoral tribunal (TED) said the official count, which is binding and "
        "is carried out in public sessions, would probably be completed on Tuesday. TED "
        "president Patricia Arteaga Zabala urged both campaigns to “avoid premature celebrations "
        "and respect the institutions.”",
        "Voting on Sunday passed off largely peacefully, the tribunal said, although polling was "
        "briefly suspended at two voting centres in the Plan Tres Mil neighbourhood after "
        "scuffles between party delegates. Polls closed at 5 p.m.",
        "Some 1.93 million people were registered to vote in the department, where voting is "
        "compulsory. The tribunal had not yet published turnout figures by early Monday.",
        "In the first round on March 22, Antelo won 38.4% of the vote and Salvatierra 27.1%, with "
        "third-placed Gustavo Peña Chávez on 16.8%. Peña later endorsed Salvatierra, but the "
        "preliminary results suggest many of his voters either stayed home, spoiled their "
        "ballots or switched to Antelo.",
        "Antelo, who presided over the department's cattle ranchers' federation for six years, "
        "campaigned on a Bs 1.2 billion road and irrigation programme and on demands for a "
        "larger share of national tax revenue for Santa Cruz, which accounts for around a third "
        "of Bolivia's economy.",
        "Salvatierra ran on a platform of anti-corruption audits and expanded public health "
        "services, and won strongly in the department's northern provinces and in some of the "
        "city's poorer districts.",
        "The winner will take office on May 3, replacing interim governor Hugo Ribera Justiniano, "
        "who has run the department since the previous governor stepped down last year.",
        "The president of Bolivia's Supreme Electoral Tribunal (TSE), Tomás Ayala Mercado, said "
        "on Sunday evening that the national body would support the departmental tribunal's "
        "count but that the final figures were the TED's responsibility.",
        "Runoffs were also held on Sunday for governor in three other departments. Results there "
        "were expected later on Monday.",
    ]),
    after_body='<p class="credits">Reporting by Julián Méndez Arce in Santa Cruz; editing by '
    'Paula Iribarren</p>',
    newsletter="The Southern Cone in Five: five stories you need to know, every morning.",
    sidebar_title="More from South America",
    sidebar=[
        "Paraguay's Senate approves 2.4% pay rise for teachers",
        "Argentina's inflation slows to 2.9% in March, lowest in a year",
        "Bolivia gas exports to Brazil fall 18% in first quarter",
        "La Paz cable car network carries 1 millionth passenger of April",
    ],
    footer="© 2026 Cono Sur Press S.A. All rights reserved. Reproduction without permission "
    "is prohibited.",
)

_EL_LIVE = _page(
    site="Red Oriente TV",
    title="Runoff 2026 LIVE: Santa Cruz chooses its governor | Red Oriente TV",
    description="Live updates on the Santa Cruz gubernatorial runoff: results, reactions and "
        "count.",
    canonical="https://redoriente.example/en/live/runoff-2026-santa-cruz-governor",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-04-19T16:45:00-04:00"),
        ("property", "article:modified_time", "2026-04-21T16:30:00-04:00"),
        ("property", "og:site_name", "Red Oriente TV"),
    ],
    jsonld=None,
    nav=["Home", "Live TV", "Santa Cruz", "Bolivia", "Elections 2026", "Sports", "Weather"],
    cookie="We use cookies to measure our audience and to show you ads. Accept to continue.",
    kicker="LIVE | Runoff 2026",
    headline="Santa Cruz runoff: Antelo wins governorship, Salvatierra concedes",
    standfirst="Our live coverage of the second round for governor of Santa Cruz, from the "
    "close of polls on Sunday to the final count on Tuesday.",
    byline='<p class="byline">Red Oriente newsroom. Updates by Vanessa Cuéllar, Mauricio '
    'Lijerón and Ana Belén Roca.</p>',
    figure=(
        "/img/live/ted-count.jpg",
        "Officials of the departmental electoral tribunal during the public count.",
        "Red Oriente TV",
    ),
    body=_updates([
        ("Tuesday, 16:30", "Salvatierra concedes", [
            "Mirtha Salvatierra has accepted the result. Speaking at her campaign headquarters on "
            "Avenida Cañoto, she said: “The people have spoken and I respect it. I have called "
            "Rodrigo Antelo to congratulate him.” She said her movement would form “a "
            "responsible opposition” in the departmental assembly.",
            "This concludes our live coverage. Thank you for staying with Red Oriente.",
        ]),
        ("Tuesday, 15:20", "FINAL: TED completes the count", [
            "The departmental electoral tribunal has finished the official count. Rodrigo Antelo "
            "Suárez obtained 864,312 votes, 53.6% of valid votes, and Mirtha Salvatierra 732,768 "
            "votes, or 46.4%.",
            "Turnout was 85.8%, the tribunal said, slightly below the first round. Blank and null "
            "ballots together accounted for about 80,000 votes. TED president Patricia Arteaga "
            "said the result would be formally certified on Thursday.",
            "Antelo thanked voters on social media: “Now it is time to govern for all of Santa "
            "Cruz.”",
        ]),
        ("Monday, 13:00", "Observers: no serious irregularities", [
            "The electoral observation mission of a coalition of civil society groups said it had "
            "found no serious irregularities at the 312 polling stations it monitored. Its "
            "coordinator, Jimena Saucedo, said minor incidents, such as the late opening of some "
            "tables in rural areas, had not affected the result. “The vote was clean and the "
            "count is transparent,” she said.",
        ]),
        ("Monday, 10:15", "Count continues; gap narrows slightly", [
            "With 95.6% of tally sheets processed by the preliminary system, Antelo has 53.9% and "
            "Salvatierra 46.1%. The gap has narrowed a little overnight as results came in from "
            "the northern provinces, where Salvatierra is strong.",
            "The TED says the binding count will be completed on Tuesday.",
        ]),
        ("Sunday, 23:40", "Preliminary results: Antelo 54.6%", [
            "The preliminary results system DIREPRE, with 81.3% of tally sheets verified, shows "
            "Antelo with 54.6% and Salvatierra with 45.4%.",
            "Salvatierra: “We will wait for every last tally sheet.”",
        ]),
        ("Sunday, 21:10", "Antelo speaks to supporters", [
            "Rodrigo Antelo has addressed supporters in the Plaza 24 de Septiembre. “Santa Cruz "
            "has voted for work and not for confrontation,” he said, but he asked them to wait "
            "for the official figures before celebrating.",
        ]),
        ("Sunday, 20:30", "Quick count: Antelo 54.1%, Salvatierra 45.9%", [
            "The quick count by Datos Oriente for Red Oriente TV, based on a sample of 1,200 "
            "polling tables, gives Antelo 54.1% of valid votes and Salvatierra 45.9%. The margin "
            "of error is plus or minus 1.8 percentage points. The quick count does not replace "
            "the official count, which is the only binding result.",
            "“The difference is larger than the margin of error, so the result is clear from a "
            "statistical point of view,” said Fernando Roca Landívar, director of Datos Oriente.",
        ]),
        ("Sunday, 19:00", "Calm day, long lines", [
            "Delegates of both parties reported long lines in the city in the early afternoon. "
            "The TED says it has received no formal complaints so far, apart from the incidents "
            "at two voting centres in Plan Tres Mil, where voting resumed after about an hour.",
        ]),
        ("Sunday, 17:00", "Polls close", [
            "Polls have closed across the department. Tables with voters still in line will "
            "remain open until everyone has voted, the TED said. Counting at each table begins "
            "immediately and is public.",
            "About 1.93 million people were eligible to vote today in the runoff between Antelo "
            "and Salvatierra, the two most voted candidates in the March 22 first round.",
        ]),
        ("Sunday, 16:45", "Welcome", [
            "Good afternoon. Welcome to Red Oriente's live coverage of Sunday's runoff for "
            "governor of Santa Cruz. Stay with us for the quick count, the first official "
            "figures and the reactions of both campaigns.",
            "The new governor will be sworn in on May 3.",
        ]),
    ]),
    after_body='<p class="tv-promo">Watch “Oriente Decide”, our results special, on channel '
    '31.</p>',
    newsletter="Receive Red Oriente's breaking news alerts by email.",
    sidebar_title="Most watched",
    sidebar=[
        "Floods cut road to San Ignacio de Velasco for 3 days",
        "Oriente Petrolero signs Brazilian striker on 2-year deal",
        "Dengue cases fall 40% from March peak, health service says",
        "Viru Viru airport to add 6 new international routes",
    ],
    footer="© 2026 Red Oriente Televisión. Santa Cruz de la Sierra, Bolivia.",
    body_class="live-blog",
)

_EL_PAPER = _page(
    site="The Lowlands Chronicle",
    title="Antelo's victory: how the east was won | The Lowlands Chronicle",
    description="Analysis of the Santa Cruz runoff result and what it means for the department.",
    canonical="https://lowlandschronicle.example/politics/antelo-victory-how-the-east-was-won",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "The Lowlands Chronicle"),
    ],
    jsonld=None,
    nav=["News", "Santa Cruz", "Politics", "Business", "Agriculture", "Opinion", "Sport"],
    cookie="We use cookies to make our site work and to understand how you use it.",
    kicker="Politics | Analysis",
    headline="Antelo's victory: how the east was won",
    standfirst="The governor-elect built his majority in the capital's outer rings and the "
    "soy belt. His challenge now is a divided assembly.",
    byline='<p class="byline">By Sebastián Rivero Gil, Political Editor</p>\n'
    '<p class="pubdate">Wednesday, April 22, 2026</p>',
    figure=(
        "/images/antelo-tribunal.jpg",
        "Rodrigo Antelo at the departmental electoral tribunal.",
        "Photo: Lowlands Chronicle",
    ),
    body=_paras([
        "When the departmental electoral tribunal closed its count on Tuesday afternoon, the "
        "figures confirmed what the quick count had suggested on election night: Rodrigo Antelo "
        "Suárez will be the next governor of Santa Cruz, after winning Saturday's runoff by a "
        "margin of more than 113,000 votes.",
        "Antelo, the candidate of the Alianza Oriente Productivo, received 846,312 votes, or "
        "53.6% of valid votes, against 732,768, or 46.4%, for Mirtha Salvatierra of the "
        "Movimiento Cruceño Unido. Counted as a share of all ballots cast, including blank and "
        "null votes, Antelo's tally amounts to 51.0%.",
        "Turnout was 85.8% of the roughly 1.93 million registered voters, down from 87.9% in the "
        "first round on March 22 despite compulsory voting. Blank and null ballots rose to 4.8% "
        "of the total, a sign that some voters who backed the third-placed candidate in March, "
        "Gustavo Peña, could not bring themselves to vote for either finalist.",
        "The geography of the result is telling. Antelo won comfortably in the capital's outer "
        "rings and in the soy-producing provinces of Obispo Santistevan and Ñuflo de Chávez, "
        "where his background as a cattle rancher and his promise of a Bs 1.2 billion road and "
        "irrigation plan resonated. Salvatierra carried the northern provinces and her former "
        "stronghold of Montero, where she was mayor for two terms, as well as several "
        "working-class districts in the south of the city.",
        "“Antelo managed to make the election about the economy and about the relationship with "
        "La Paz, and that is terrain on which the east's business establishment is very "
        "comfortable,” said Carla Suárez Añez, a political scientist at the Gabriel René Moreno "
        "Autonomous University. “Salvatierra's anti-corruption message was strong, but it did "
        "not travel beyond her base.”",
        "Suárez Añez said the endorsement that Peña gave Salvatierra after the first round "
        "appears to have had a limited effect. “Endorsements in Santa Cruz do not transfer votes "
        "mechanically. Voters here are very independent of party machines,” she said.",
        "In her concession on Tuesday, Salvatierra said she had called Antelo to congratulate him "
        "and promised “a responsible opposition”. Her movement will hold the largest single bloc "
        "in the departmental assembly, which means the governor-elect will need allies to pass "
        "his first budget.",
        "Antelo, 51, has spent the past two days in meetings with business chambers and with the "
        "mayors of several provincial towns. In his first remarks after the final count, he said "
        "his priority would be to “put the machinery back to work” on roads that have been "
        "neglected during the long interim period under Hugo Ribera Justiniano.",
        "He will also inherit a tense relationship with the national government over fuel "
        "supplies, tax transfers and land titling. Antelo has said he wants the department to "
        "keep a larger share of tax revenue, a demand that has been a constant of Santa Cruz "
        "politics for two decades.",
        "The tribunal is due to certify the result on Thursday, and the governor-elect will be "
        "sworn in on May 3 in the assembly building.",
        "Whatever the arithmetic in the assembly, Saturday's vote gave Antelo a clearer mandate "
        "than many expected when the campaign began. Polls in February showed a near tie. The "
        "final result, seven points clear, suggests that undecided voters broke for him in the "
        "final weeks.",
    ]),
    after_body='<p class="correction-policy">To report an error, write to '
    'corrections@lowlandschronicle.example</p>',
    newsletter="The Chronicle Briefing: politics and business from eastern Bolivia, every "
    "Monday and Thursday.",
    sidebar_title="Related coverage",
    sidebar=[
        "First round: Antelo 38.4%, Salvatierra 27.1% - full results",
        "Who is Mirtha Salvatierra? The former Montero mayor who forced a runoff",
        "Santa Cruz soy harvest forecast at 3.4 million tonnes",
        "Opinion: The assembly, not the governor, will decide the next four years",
    ],
    footer="© 2026 The Lowlands Chronicle. Santa Cruz de la Sierra.",
)

_EL_SPECIALIST = _page(
    site="Andean Politics Monitor",
    title="Bolivia: Antelo's Santa Cruz win sharpens east-west fault line - Andean Politics "
        "Monitor",
    description="What the Santa Cruz gubernatorial runoff means for national politics in Bolivia.",
    canonical="https://andeanmonitor.example/briefings/bolivia-santa-cruz-runoff-antelo",
    meta=[
        ("property", "og:type", "article"),
        ("name", "twitter:creator", "@AndeanMonitor"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bolivia: Antelo's Santa Cruz win sharpens east-west fault line",
        "datePublished": "2026-04-22T14:00:00+00:00",
        "author": {"@type": "Person", "name": "Helen Marsh"},
        "publisher": {"@type": "Organization", "name": "Andean Politics Monitor"},
    },
    nav=["Briefings", "Country risk", "Elections", "Bolivia", "Peru", "Ecuador", "About"],
    cookie="This site uses cookies. Read our cookie policy to learn more.",
    kicker="Briefing | Bolivia",
    headline="Antelo's Santa Cruz win sharpens east-west fault line",
    standfirst="A business-backed governor in the country's economic engine will test the "
    "national government on fuel, taxes and land.",
    byline='<p class="byline">Helen Marsh, Senior Analyst, Andean Region</p>',
    figure=None,
    body=_paras([
        "Rodrigo Antelo's victory in the Santa Cruz gubernatorial runoff confirms the political "
        "weight of the eastern business establishment and sets the stage for a more "
        "confrontational relationship between Bolivia's largest department and the national "
        "government.",
        "Antelo, an agribusinessman and former head of the department's cattle ranchers' "
        "federation, won about 846,000 votes, 53.6% of the valid total, according to the final "
        "count completed by the departmental electoral tribunal (TED) on Tuesday. His opponent, "
        "former Montero mayor Mirtha Salvaterra of the Movimiento Cruceño Unido, took 46.4%. "
        "Salvaterra conceded on Tuesday afternoon.",
        "The margin, about seven percentage points, was wider than pre-election polling suggested "
        "but in line with the quick count published on election night, which had Antelo at "
        "54.1%. Preliminary official results on the night, with around four-fifths of tally "
        "sheets verified, had shown an even larger lead of 54.6%.",
        "Why it matters. Santa Cruz produces roughly a third of Bolivia's GDP and most of its "
        "soybeans, beef and sugar. Its governors have historically acted as the most visible "
        "counterweight to the central government in La Paz, and several have ended up in open "
        "conflict with it. Antelo's platform, which includes a demand for a larger share of "
        "national tax revenue and faster land titling for commercial farms, points in the same "
        "direction.",
        "Fuel will be the first test. Santa Cruz farmers and hauliers have suffered repeated "
        "diesel shortages since 2024 as the state's import bill has grown. Antelo has said he "
        "will press the national government to let private importers bring in diesel for "
        "agricultural use, a measure La Paz has so far resisted.",
        "His Bs 1.2 billion (about US$172 million) road and irrigation programme will require "
        "either a larger transfer from the national treasury or new borrowing, both of which "
        "need approval beyond the department. “The programme is ambitious for a department whose "
        "own revenues are under pressure,” said Ricardo Ortiz Paz, a fiscal analyst at the La "
        "Paz think tank Fundación Pública.",
        "Assembly arithmetic. Antelo's alliance does not have a majority in the departmental "
        "assembly, where Salvaterra's MCU is the largest bloc. Salvaterra has promised "
        "“responsible opposition”, but she is widely expected to use the assembly as a platform "
        "for a future run for national office.",
        "Turnout was 85.8%, compared with 87.9% in the first round on March 22. The rise in blank "
        "and null votes suggests that a portion of third-placed Gustavo Peña's electorate "
        "rejected both finalists.",
        "National implications. The result adds to the pressure on the governing party, which did "
        "not field a competitive candidate in Santa Cruz and finished far behind in the first "
        "round. It also strengthens the hand of eastern business groups in negotiations over "
        "export quotas for soybeans and beef, which the government has used to control domestic "
        "food prices.",
        "Our view: expect a short honeymoon. Antelo takes office on May 3 and is likely to seek "
        "early meetings with the economy ministry on fuel and fiscal transfers. If those talks "
        "fail, the risk of road blockades and regional strikes, familiar tools in Santa Cruz, "
        "will rise in the second half of the year.",
    ]),
    after_body='<p class="disclaimer">Andean Politics Monitor briefings are for subscribers. '
    'Redistribution is not permitted.</p>',
    newsletter="Weekly Andean risk digest: elections, protests and policy in five minutes.",
    sidebar_title="Recent briefings",
    sidebar=[
        "Peru: Congress censures third minister in 2026",
        "Ecuador: oil output falls to 452,000 bpd after pipeline rupture",
        "Bolivia: diesel imports hit record US$412 million in March",
        "Colombia: what a 12% minimum wage rise means for inflation",
    ],
    footer="© 2026 Andean Politics Monitor Ltd. All rights reserved.",
)


# ---------------------------------------------------------------------------
# ct-GA3 — court (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = _page(
    site="Meridian Newswire",
    title="Ecuador top court halts Yawi gold project over Shuar consultation | Meridian Newswire",
    description="Ecuador's Constitutional Court suspended the Yawi mining project, ordering prior "
        "consultation.",
    canonical="https://meridian-news.example/world/americas/ecuador-court-halts-yawi-gold-project",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Meridian Newswire"),
        ("name", "twitter:card", "summary"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ecuador's top court halts Yawi gold project, orders consultation with Shuar "
        "communities",
        "datePublished": "2026-09-17T14:05:00-05:00",
        "dateModified": "2026-09-17T17:40:00-05:00",
        "author": {"@type": "Person", "name": "Andrea Villacís"},
        "publisher": {"@type": "Organization", "name": "Meridian Newswire"},
    },
    nav=["World", "Americas", "Business", "Commodities", "Environment", "Legal"],
    cookie="Meridian and its partners use cookies to deliver and improve our services.",
    kicker="Americas | Legal",
    headline="Ecuador's top court halts Yawi gold project, orders consultation with Shuar "
    "communities",
    standfirst="Ruling by 7-2 vote gives the government 180 days to carry out prior "
    "consultation; Canadian miner's shares slide",
    byline='<p class="byline">By Andrea Villacís</p>\n<p class="updated">Updated 5:40 p.m. '
    'ECT</p>',
    figure=(
        "/pix/2026/09/zamora-river.jpg",
        "The Nangaritza river valley in Zamora Chinchipe province, near the planned mine.",
        "Meridian/Carlos Ochoa",
    ),
    body=_paras([
        "QUITO, Sept 17 (Meridian) - Ecuador's Constitutional Court has suspended the Yawi gold "
        "and copper project in the southern Amazon province of Zamora Chinchipe, ruling that the "
        "government violated the rights of Indigenous Shuar communities by granting the "
        "concession without consulting them first.",
        "In a ruling made public on Thursday, the court's nine-member plenary voted 7-2 to order "
        "the Ministry of Energy and Mines to carry out a free, prior and informed consultation "
        "with 11 Shuar communities within 180 days. All mining work on the concession must stop "
        "until the consultation is completed, the court said.",
        "The decision is a setback for Vancouver-based Cóndor Andino Resources, which acquired "
        "the 14,600-hectare concession in 2019 and has said it planned to invest about US$1.2 "
        "billion to build an open-pit mine and processing plant.",
        "Shares of Cóndor Andino, which trade in Toronto, fell 9.4% to C$2.41 on Thursday "
        "afternoon.",
        "“The State cannot decide for the communities and consult them afterwards,” Judge Teresa "
        "Alvarado Chiriboga, who drafted the ruling, wrote. “Consultation that arrives once the "
        "concession has been granted is not consultation.”",
        "Two judges, Ramiro Cevallos and Diana Salgado Mora, dissented, arguing that the "
        "communities' lawyers had not shown that the exploration work carried out so far had "
        "affected their territory.",
        "The case reached the Constitutional Court after a provincial court in Zamora rejected "
        "the communities' claim in March 2024. The communities, represented by the Quito-based "
        "environmental group Fundación Tierra Viva, argued that the ministry had held only "
        "informational meetings in Spanish, without interpreters, before granting the concession.",
        "“This is a historic day for the Shuar people of the Nangaritza,” said Nicolás "
        "Tsamaraint, the communities' lead lawyer. “The court has said clearly that our "
        "territory is not for sale without our word.”",
        "The Energy and Mines Ministry said in a statement that it respected the ruling and would "
        "“comply with the court's orders within the established deadlines.” Energy and Mines "
        "Minister Javier Ordóñez did not comment directly.",
        "Cóndor Andino said in a statement that it was “reviewing the decision with its legal "
        "advisers” and that it remained committed to “constructive dialogue with the communities "
        "in the project area.” The company said it had spent US$86 million on exploration and "
        "studies at Yawi since 2019.",
        "Ecuador, which wants to increase mining investment to offset falling oil production, has "
        "seen several large projects stalled by legal challenges over consultation and "
        "environmental permits in recent years. The Constitutional Court has previously ruled in "
        "favour of Indigenous communities in cases involving oil blocks and mining concessions "
        "in the Amazon.",
        "The court's president, Patricio Benalcázar Ortiz, said in a brief statement to reporters "
        "that the ruling “does not prohibit mining in Ecuador” but requires the State to consult "
        "“before, not after.”",
        "The ruling cannot be appealed. Under the decision, the ministry must report to the court "
        "on the progress of the consultation every 60 days.",
        "Leaders of the communities said they would hold an assembly over the weekend to discuss "
        "how to take part in the consultation. Mining has accounted for a growing share of "
        "Ecuador's exports in recent years, led by two large copper and gold mines in the "
        "country's south-east.",
    ]),
    after_body='<p class="credits">Reporting by Andrea Villacís in Quito and Mark Dorsey in '
    'Toronto; editing by Ruth Aldana</p>',
    newsletter="Meridian Americas Briefing: the region's top stories every weekday morning.",
    sidebar_title="Trending",
    sidebar=[
        "Ecuador oil exports fall 7% in August as pipeline repairs drag on",
        "Peru's Las Bambas resumes shipments after 12-day blockade",
        "Gold hits US$3,912 an ounce on rate-cut bets",
        "Colombia's court upholds ban on fracking pilot projects",
    ],
    footer="© 2026 Meridian Newswire. All rights reserved.",
)

_CT_UPDATES = _page(
    site="Sierra24 Noticias",
    title="Constitutional Court suspends Yawi mine: latest updates - Sierra24 Noticias",
    description="Updates on the Constitutional Court's ruling on the Yawi mining concession.",
    canonical="https://sierra24.example/en/updates/constitutional-court-yawi-mine",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-09-17T10:20:00-05:00"),
        ("property", "article:modified_time", "2026-09-17T19:15:00-05:00"),
        ("property", "article:section", "Ecuador"),
    ],
    jsonld=None,
    nav=["Home", "Ecuador", "Quito", "Guayaquil", "Amazon", "Economy", "Sierra24 TV"],
    cookie="We use cookies. If you continue browsing, we consider that you accept their use.",
    kicker="Updates | Justice",
    headline="Constitutional Court suspends Yawi mining project until Shuar communities "
    "are consulted",
    standfirst="Key moments of the day after the court made public its ruling on the Zamora "
    "Chinchipe concession.",
    byline='<p class="byline">By the Sierra24 Noticias team</p>',
    figure=(
        "/uploads/shuar-celebrate.jpg",
        "Members of Shuar communities celebrate outside the Constitutional Court in Quito.",
        "Sierra24/Paúl Tenesaca",
    ),
    body=_updates([
        ("19:15", "Communities plan assembly", [
            "Leaders of the Shuar communities said they will hold a general assembly on Saturday "
            "in the parish of Zurmi to decide how to take part in the consultation. “We will not "
            "accept a consultation designed in an office in Quito,” said community president "
            "Rosa Ankuash. Representatives of the three parishes of the Nangaritza valley are "
            "expected to attend.",
        ]),
        ("16:50", "Company 'reviewing' ruling", [
            "Cóndor Andino Resources said it was reviewing the decision with its lawyers. Its "
            "shares were down more than 9% in Toronto this afternoon. The Energy and Mines "
            "Ministry said it would comply “within the established deadlines.”",
            "Deputy Minister of Mines Carla Jaramillo told Sierra24 that the ministry would "
            "publish a consultation schedule “in the coming weeks” and insisted the government "
            "respected the court. “Ecuador needs responsible mining, and responsible mining "
            "starts with consultation,” she said.",
        ]),
        ("15:30", "Who wrote the ruling", [
            "The ruling was approved with the votes of seven of the nine judges. The rapporteur, "
            "Teresa Alvarado, joined the court in 2022 and previously worked as a human rights "
            "lawyer in Cuenca. The two dissenting votes came from judges Ramiro Cevallos and "
            "Diana Salgado.",
        ]),
        ("14:45", "Reactions in Zamora and from the industry", [
            "In Zamora, provincial prefect Luis Eduardo Sarango said the ruling must be respected "
            "but that the province needs investment and jobs. “We are not against the "
            "communities, we are against poverty,” he said.",
            "The Chamber of Mines of Ecuador said in a statement that the decision created “legal "
            "uncertainty” for projects granted under the same procedure and called on the "
            "government to regulate prior consultation by law.",
        ]),
        ("13:30", "What the ruling orders", [
            "The ruling, drafted by Judge Teresa Alvarado, orders the Ministry of Energy and "
            "Mines to carry out a prior, free and informed consultation within six months, with "
            "the participation of the 11 Shuar communities of the Nangaritza valley, spread over "
            "three parishes.",
            "Until then, all mining activity in the concession, which covers about 146 square "
            "kilometres, is suspended. The ministry must report to the court every 60 days.",
            "The court also ordered the ministry to publish a public apology to the communities "
            "in Spanish and in the Shuar language.",
        ]),
        ("12:05", "Vote was 7-2, adopted Wednesday", [
            "According to the text, the decision was approved in Wednesday's plenary session, "
            "with seven votes in favour and two against. It was notified to the parties and made "
            "public this Thursday. The full text of the ruling runs to 94 pages.",
            "The dissenting judges argued that there was insufficient evidence of harm to the "
            "communities' territory from the exploration phase.",
        ]),
        ("11:20", "Lawyer: 'A historic day'", [
            "Nicolás Tsamaraint, lawyer for the communities, spoke to Sierra24 outside the court: "
            "“This is a historic day for the Shuar people of Nangaritza. The court said that our "
            "territory is not for sale without our word.”",
        ]),
        ("10:20", "Court rules on Yawi case", [
            "Ecuador's Constitutional Court has published its ruling on the lawsuit filed by "
            "Shuar communities of Zamora Chinchipe against the Yawi mining concession, held by "
            "the Canadian company Cóndor Andino Resources. The court sided with the communities. "
            "We will bring you the details throughout the day.",
            "The Vancouver-based company holds a 14,600-hectare concession granted in 2019 and "
            "has planned an investment of about 1.2 billion dollars in an open-pit mine.",
            "The case had been pending since 2024, when a provincial court rejected the "
            "communities' claim.",
        ]),
    ]),
    after_body='<p class="promo">Watch Sierra24 Noticias, weekdays at 7 p.m.</p>',
    newsletter="Sierra24 Daily: the news from Ecuador in your inbox.",
    sidebar_title="Most read",
    sidebar=[
        "Quito metro records 210,000 passengers in one day",
        "Cuenca-Loja road closed for 48 hours after landslide",
        "National Assembly approves reform to the Water Law in second debate",
        "Barcelona SC and Emelec draw 1-1 in Clásico del Astillero",
    ],
    footer="© 2026 Sierra24 Noticias. Quito, Ecuador.",
    body_class="live-blog",
)

_CT_LOCAL = _page(
    site="The Southern Highlands Post",
    title="Nangaritza communities win their day in court - The Southern Highlands Post",
    description="In Zamora Chinchipe, joy and uncertainty after the Constitutional Court ruling.",
    canonical="https://southernhighlandspost.example/zamora/nangaritza-communities-win-court",
    meta=[
        ("property", "og:type", "article"),
        ("name", "author", "Verónica Jiménez Ochoa"),
    ],
    jsonld=None,
    nav=["Loja", "Zamora Chinchipe", "El Oro", "Region", "Country", "Opinion"],
    cookie="We use cookies to improve your experience on our site.",
    kicker="Zamora Chinchipe",
    headline="Nangaritza communities win their day in court",
    standfirst="In the valley, the ruling was received with drums and caution. The company "
    "and the state must now sit down with the Shuar.",
    byline='<p class="byline">Verónica Jiménez Ochoa, in Guayzimi</p>\n'
    '<p class="date">17 September 2026</p>',
    figure=(
        "/img/guayzimi-assembly.jpg",
        "Community members follow the reading of the ruling in Guayzimi.",
        "Southern Highlands Post",
    ),
    body=_paras([
        "GUAYZIMI - The news arrived by mobile phone just after ten in the morning, and within an "
        "hour dozens of people had gathered in the community hall, some with drums, some with "
        "printed copies of the ruling that a young teacher had downloaded from the court's "
        "website.",
        "Ecuador's Constitutional Court had decided, by seven votes to two, that the state "
        "violated the collective rights of the Shuar communities of the Nangaritza valley when "
        "it granted the Yawi mining concession without consulting them. The court gave the "
        "government six months to carry out a proper consultation and suspended all mining work "
        "in the meantime.",
        "“We waited seven years for someone to listen to us,” said Rosa Ankuash, president of one "
        "of the 11 communities that brought the case. “Today the highest court in the country "
        "listened.”",
        "The concession, about 14,600 hectares of forested hills on the border with Peru, was "
        "granted to Cóndor Andino Resources in 2019. The Canadian company has drilled more than "
        "300 exploration holes there and estimates that the deposit holds 2.1 million ounces of "
        "gold and 540,000 tonnes of copper. Its plan is for an open-pit mine with a footprint of "
        "about 2,300 hectares.",
        "Many in the valley depend on the company in one way or another. Cóndor Andino employs "
        "about 180 people locally, according to the company, and pays for a school bus and a "
        "health post in the parish of Zurmi. “My son works there. I am happy for the "
        "communities, but I am also worried,” said Segundo Guamán, who runs a small shop on the "
        "main road.",
        "The ruling was written by Judge Teresa Alvarado Chiriboga, a former human rights lawyer "
        "from Cuenca. In it, the court said that meetings held by the ministry in 2018 and 2019 "
        "were informational sessions in Spanish, without interpreters, and could not count as "
        "consultation. “Consultation that comes after the concession has been granted is not "
        "consultation,” the ruling says.",
        "Two of the court's nine judges voted against. In their dissent, they argued that the "
        "exploration carried out so far had not been shown to affect the communities' lands.",
        "Nicolás Tsamaraint, the Shuar lawyer who led the case with the support of Fundación "
        "Tierra Viva, said the communities were ready to take part in the consultation “as long "
        "as it is done in our language, in our territory and with our own times.” He said the "
        "communities had not yet decided whether they would accept or reject the mine.",
        "In Zamora, the provincial capital, reactions were mixed. Provincial prefect Luis Eduardo "
        "Sarango said the decision should be respected but warned that the province “cannot "
        "remain the poorest in the country while its wealth stays underground.” Zamora Chinchipe "
        "receives mining royalties from two other large projects, which totalled about US$38 "
        "million last year.",
        "The Ministry of Energy and Mines said it would comply with the ruling. Officials are "
        "expected to travel to the valley in October to present a timetable.",
        "For now, the company's camp at the end of the gravel road remains open, but the drilling "
        "rigs were silent on Thursday afternoon. A security guard at the gate said workers had "
        "been told to wait for instructions.",
    ]),
    after_body='<p class="contact">News tips: redaccion@southernhighlandspost.example</p>',
    newsletter="The Post's weekly newsletter: Loja, Zamora and El Oro in one email.",
    sidebar_title="Also in the region",
    sidebar=[
        "Loja airport reopens after 5-week runway repair",
        "Banana exporters in El Oro report 6% fall in August shipments",
        "Zamora hospital gets 24 new beds",
        "Vilcabamba festival draws 12,000 visitors",
    ],
    footer="© The Southern Highlands Post 2026. Loja, Ecuador.",
)

_CT_SPECIALIST = _page(
    site="MineWatch Americas",
    title="Cóndor Andino's Yawi stalled as Ecuador court orders consultation | MineWatch Americas",
    description="Ecuador's Constitutional Court suspended the Yawi project. What it means for "
    "Cóndor Andino and investors.",
    canonical="https://minewatch.example/americas/ecuador/condor-andino-yawi-court-ruling",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "MineWatch Americas"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Cóndor Andino's Yawi stalled as Ecuador court orders consultation",
        "datePublished": "2026-09-18T09:30:00+00:00",
        "author": {"@type": "Person", "name": "Graham Pettigrew"},
        "publisher": {"@type": "Organization", "name": "MineWatch Americas"},
    },
    nav=["News", "Gold", "Copper", "Lithium", "Projects", "Permitting", "Events"],
    cookie="MineWatch uses cookies to provide a better experience. Manage your settings.",
    kicker="Permitting | Ecuador",
    headline="Cóndor Andino's Yawi stalled as Ecuador court orders consultation",
    standfirst="The ruling adds at least a year to the timeline of one of Ecuador's most "
    "advanced gold-copper projects, analysts say.",
    byline='<p class="byline">Graham Pettigrew | Latin America Editor</p>',
    figure=(
        "/images/yawi-camp.jpg",
        "Core samples at the Yawi exploration camp (file photo, 2025).",
        "Courtesy Cóndor Andino Resources",
    ),
    body=_paras([
        "Ecuador's Constitutional Court has suspended all mining activity at Cóndor Andino "
        "Resources' Yawi gold-copper project until the government consults the Indigenous Shuar "
        "communities living around it, a ruling that analysts say will push back the project's "
        "construction decision by at least a year.",
        "The court voted seven to two in a plenary session on Wednesday, Sept. 16, to uphold the "
        "communities' claim that the Ministry of Energy and Mines granted the concession in 2019 "
        "without prior consultation, as required by Ecuador's constitution and by ILO Convention "
        "169. The ruling was notified to the parties and published on Thursday.",
        "The ministry now has 180 days to complete a consultation process with the 11 affected "
        "communities. The judgement, written by Judge Teresa Alvarado Chiriboga, requires the "
        "consultation to be carried out in the Shuar language, in the communities' territory and "
        "“according to their own forms of decision-making.”",
        "Yawi is one of Ecuador's most advanced development-stage projects. Cóndor Andino's 2025 "
        "preliminary feasibility study outlined an open-pit operation producing an average of "
        "180,000 gold-equivalent ounces a year over a 14-year mine life, with initial capital "
        "costs of US$1.18 billion. The company's measured and indicated resource stands at 2.1 "
        "million ounces of gold and 540,000 tonnes of copper.",
        "The concession covers 14,600 hectares (roughly 36,000 acres), though the planned mine "
        "and plant footprint is much smaller, at about 2,300 hectares.",
        "The market reaction was swift. Cóndor Andino's shares closed down 9.4% at C$2.41 in "
        "Toronto on Thursday, wiping roughly C$95 million off its market value. At that price, "
        "the company is valued at around C$920 million (about US$670 million).",
        "“The ruling doesn't kill Yawi, but it resets the clock,” said Valeria Monge, a mining "
        "analyst at Toronto brokerage Northgate Securities, who cut her target price to C$3.10 "
        "from C$3.60. “Consultation processes in Ecuador have historically taken much longer "
        "than the statutory deadline, and there is no guarantee the communities will say yes.”",
        "Cóndor Andino's chief executive, Gordon McAllister, said in a statement that the company "
        "“respects the Constitutional Court and its decisions” and would “participate "
        "constructively” in the consultation. He said the company had spent US$86 million on "
        "exploration and studies at Yawi and had received expressions of support from “many "
        "residents of the area.”",
        "The case has been closely watched by other companies with concessions in the south-east "
        "of the country, where several projects were granted in the same period under similar "
        "procedures. Lawyers said the ruling could prompt new claims.",
        "“The court has set a clear standard: consultation must come before the concession, not "
        "after,” said Quito mining lawyer Esteban Rivadeneira. “Any concession granted without "
        "that step is now legally exposed.”",
        "Government officials have sought to reassure investors. Deputy Minister of Mines Carla "
        "Jaramillo said on Thursday that the ministry would publish a consultation schedule "
        "within weeks and that Ecuador remained “open for responsible mining.”",
        "The ministry must report on progress to the court every 60 days.",
    ]),
    after_body='<p class="disclosure">MineWatch Americas does not hold positions in the '
    'companies mentioned.</p>',
    newsletter="MineWatch Daily: project news, permitting and deals from the Americas.",
    sidebar_title="Related stories",
    sidebar=[
        "New gold hub? Ecuador's south-east draws US$2.4bn in pledges",
        "Peru approves environmental study for 110,000 t/y copper project",
        "Court ruling on La Plata concession expected by November",
        "Junior miners raised C$1.3bn in Q2, TSX data show",
    ],
    footer="© 2026 MineWatch Media Inc. All rights reserved.",
)


# ---------------------------------------------------------------------------
# tr-GA4 — trade (PLANTED: 3)
# ---------------------------------------------------------------------------

_TR_WIRE = _page(
    site="Pacific Rim Wire",
    title="Chile's September trade surplus beats forecasts as copper exports jump | Pacific Rim "
        "Wire",
    description="Chile posted a trade surplus of US$1.84 billion in September, central bank data "
        "showed.",
    canonical="https://pacrimwire.example/markets/2026/10/07/chile-trade-surplus-september",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Pacific Rim Wire"),
        ("name", "keywords", "Chile, trade balance, copper, exports, central bank"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Chile's September trade surplus beats forecasts as copper exports jump",
        "datePublished": "2026-10-07T10:12:00-03:00",
        "dateModified": "2026-10-07T14:40:00-03:00",
        "author": {"@type": "Person", "name": "Catalina Errázuriz"},
        "publisher": {"@type": "Organization", "name": "Pacific Rim Wire"},
    },
    nav=["Markets", "Economy", "Commodities", "Asia-Pacific", "Americas", "Opinion"],
    cookie="We and our partners use cookies. Click 'Accept all' to consent or manage your "
    "settings.",
    kicker="Economy | Chile",
    headline="Chile's September trade surplus beats forecasts as copper exports jump",
    standfirst="Higher copper prices lift shipments; surplus of US$1.84 billion tops "
    "economists' US$1.5 billion median forecast",
    byline='<p class="byline">By Catalina Errázuriz</p>\n<p class="update-note">Updates '
    'with finance minister comments in paragraphs 9-10</p>',
    figure=(
        "/photos/2026/10/san-antonio-port.jpg",
        "Containers at the port of San Antonio, Chile's busiest container terminal.",
        "Pacific Rim Wire/Felipe Aránguiz",
    ),
    body=_paras([
        "SANTIAGO, Oct 7 (PRW) - Chile posted a trade surplus of US$1.842 billion in September, "
        "central bank data showed on Wednesday, beating forecasts as higher copper prices pushed "
        "up the value of the country's main export.",
        "Economists polled by Pacific Rim Wire had expected a surplus of US$1.5 billion, "
        "according to the median of nine forecasts, which ranged from US$1.1 billion to US$2.0 "
        "billion.",
        "Total exports rose 9.6% from a year earlier to US$8.913 billion, while imports grew 3.1% "
        "to US$7.071 billion, the central bank said in its monthly report, published at 9 a.m. "
        "local time (1200 GMT).",
        "Copper exports, which account for more than half of the world's top producer's sales "
        "abroad, climbed 14.2% to US$4.722 billion. The central bank said the increase was "
        "mostly driven by prices: the average copper price on the London Metal Exchange was "
        "US$4.61 per pound in September, up about 12% from a year earlier, while shipment "
        "volumes rose only around 2%.",
        "Exports of lithium carbonate, of which Chile is the world's second-largest producer, "
        "fell 22% to US$228 million as prices for the battery metal remained weak.",
        "Shipments of fresh fruit, which are seasonally low in September, were broadly unchanged, "
        "while exports of salmon and trout rose about 7% on higher volumes, according to the "
        "central bank's breakdown.",
        "The central bank revised its figure for August's surplus to US$1.214 billion from a "
        "preliminary US$1.150 billion. In the first nine months of the year, Chile's cumulative "
        "trade surplus reached US$16.32 billion, and the 12-month rolling surplus stood at "
        "US$21.4 billion.",
        "“The copper price is doing the heavy lifting. Without it, the trade numbers would look a "
        "lot flatter,” said Felipe Astaburuaga, chief economist at Banco del Pacífico Sur. He "
        "noted that imports of capital goods fell for a third straight month, a sign that "
        "investment in machinery remains weak.",
        "Imports of consumer goods rose 6.8%, led by cars and electronics, while imports of "
        "intermediate goods, including fuel, were roughly flat.",
        "Speaking at the Cobre Norte mining forum in Antofagasta later on Wednesday, Finance "
        "Minister Ignacio Larraín Vial said the figures confirmed that the economy was "
        "benefiting from strong copper prices but warned against complacency.",
        "“Copper is giving us a cushion, but we cannot live off the copper price alone,” Larraín "
        "told the forum, adding that the government would keep its commitment to reduce the "
        "structural fiscal deficit next year. He is due to present updated fiscal projections to "
        "Congress next week.",
        "“The risk is that we get used to these numbers. A big correction in copper would take "
        "the monthly surplus back towards US$1 billion quite quickly,” said Constanza Ibáñez, an "
        "economist at consultancy Norte Grande Análisis.",
        "The peso was little changed after the data, trading at around 938 per dollar. Analysts "
        "said the stronger-than-expected surplus should support the currency in the coming "
        "weeks, although its direction will depend mostly on copper prices and U.S. interest "
        "rates.",
        "China, Chile's largest trading partner, bought 39% of the country's exports in "
        "September, followed by the United States with 16%, according to the central bank's "
        "breakdown by destination.",
    ]),
    after_body='<p class="credits">Reporting by Catalina Errázuriz; editing by Tom '
    'Whitfield</p>',
    newsletter="Commodities Close: prices, flows and the stories behind them, every evening.",
    sidebar_title="Top stories",
    sidebar=[
        "Copper slips to US$4.52/lb as Chinese demand data disappoint",
        "Peru's trade surplus narrows to US$2.3 billion in August",
        "Codelco output down 3% in August, Cochilco says",
        "Argentina's exports of beef hit 9-year high",
    ],
    footer="© 2026 Pacific Rim Wire Ltd. All rights reserved.",
)

_TR_RADIO = _page(
    site="Radio Cordillera",
    title="Trade balance: surplus of US$1,842 million in September | Radio Cordillera",
    description="The trade balance posted a surplus in September on the back of copper prices.",
    canonical="https://radiocordillera.example/en/economy/updates/trade-balance-september",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-10-07T09:04:00-03:00"),
        ("property", "article:modified_time", "2026-10-07T13:05:00-03:00"),
        ("property", "og:site_name", "Radio Cordillera"),
    ],
    jsonld=None,
    nav=["Home", "Chile", "Economy", "Regions", "International", "Sport", "Radio"],
    cookie="This site uses cookies for audience measurement. You can reject them.",
    kicker="Economy | Updates",
    headline="Trade balance posts US$1,842 million surplus in September",
    standfirst="Copper exports rise on price; imports up 3.1%. Follow the reactions "
    "throughout the day.",
    byline='<p class="byline">Economy desk: Pedro Sanhueza and Francisca Lobos</p>',
    figure=None,
    body=_updates([
        ("13:05", "Minister: 'Copper gives us a cushion'", [
            "Economy Minister Ignacio Larraín Vial, speaking at the Cobre Norte forum in "
            "Antofagasta, said the September numbers were good news but should not lead to "
            "complacency.",
            "“Copper gives us a cushion, but we cannot live on the copper price alone,” Larraín "
            "said. “We have to diversify exports and keep the public accounts in order.” He is "
            "due to present updated fiscal projections to Congress next week.",
            "The minister also said the government expects copper to average about US$4.40 per "
            "pound next year in its budget assumptions, below current prices, as a precaution.",
        ]),
        ("12:15", "Capital goods imports fall again", [
            "Imports of capital goods fell for the third consecutive month in September, "
            "according to the central bank's figures, while consumer goods imports rose 6.8%, "
            "driven by vehicles and electronics. Economists see the drop in machinery purchases "
            "as a sign that business investment remains weak despite high copper prices.",
        ]),
        ("11:30", "Economists: 'Price effect'", [
            "Constanza Ibáñez, an economist at the consultancy Norte Grande Análisis, told Radio "
            "Cordillera that September's export growth was “almost entirely a price effect”.",
            "“Volumes of copper barely moved. If the price corrects, the surplus will shrink "
            "quickly,” she said. Ibáñez expects the full-year trade surplus to end 2026 at "
            "around US$21 billion. Lithium remains the weak spot, she said: “Prices are still "
            "far from what the sector expected three years ago.”",
            "The customs service, which uses a different methodology, reported exports of US$8.87 "
            "billion for September earlier this week.",
        ]),
        ("10:30", "Exporters react", [
            "The National Exporters' Association said the figures showed the economy remained "
            "“too dependent on a single product” and called for faster approval of investment "
            "projects. Fruit growers said the cherry and grape season would start to lift "
            "shipments from November.",
        ]),
        ("09:40", "Peso steady", [
            "The peso barely reacted to the data. The dollar was trading at 938 pesos in early "
            "trade, from 939 at Tuesday's close. In pesos, the September surplus is equivalent "
            "to about 1.73 trillion pesos.",
        ]),
        ("09:20", "Copper exports up 14.2%", [
            "According to the central bank report, copper exports reached US$4,722 million in "
            "September, 14.2% more than in the same month last year. Lithium carbonate exports "
            "fell 22% to US$228 million. The average copper price in September was US$4.61 per "
            "pound on the London Metal Exchange, about 12% above a year earlier.",
            "Industrial exports, which include salmon, wood pulp and wine, rose 4.4% to US$2,980 "
            "million. Agricultural, forestry and fishing exports reached US$600 million.",
        ]),
        ("09:04", "Surplus of US$1,842 million", [
            "The Central Bank of Chile reported a trade surplus of US$1,842 million for "
            "September. Exports totalled US$8,913 million, up 9.6% year on year, and imports "
            "US$7,071 million, up 3.1%.",
            "The August surplus was revised up to US$1,214 million from US$1,150 million. The "
            "accumulated surplus for January to September stands at US$16,320 million.",
            "The market expected a surplus of around US$1,500 million.",
        ]),
        ("08:50", "What to expect", [
            "The central bank will publish September's foreign trade figures at 9:00. Analysts "
            "expect a surplus of between US$1.1 billion and US$2 billion, helped by high copper "
            "prices. In September last year, the trade balance showed a surplus of US$1,274 "
            "million. Chile's trade balance has been in surplus every month this year.",
            "Stay with us for the figures and the reactions from the government and economists "
            "throughout the morning.",
        ]),
    ]),
    after_body='<p class="listen">Radio Cordillera: 101.7 FM Santiago and across Chile.</p>',
    newsletter="Cordillera Morning: the news of the day before you leave home.",
    sidebar_title="Latest",
    sidebar=[
        "Santiago metro Line 7 delayed to 2028, operator says",
        "Fruit exporters expect 5% larger cherry season",
        "Senate committee approves pension bill in general",
        "Wildfire season: Conaf hires 1,900 brigadists",
    ],
    footer="© 2026 Radio Cordillera S.A. Santiago, Chile.",
    body_class="live-blog",
)

_TR_PAPER = _page(
    site="The Santiago Courier",
    title="Copper rescues the trade balance, for now - The Santiago Courier",
    description="Chile's trade surplus in September owes much to copper prices. What happens "
    "when they fall?",
    canonical="https://santiagocourier.example/business/copper-rescues-trade-balance",
    meta=[
        ("property", "og:type", "article"),
        ("name", "author", "Matías Echeverría"),
    ],
    jsonld=None,
    nav=["Chile", "Business", "World", "Opinion", "Culture", "Life", "Crossword"],
    cookie="The Santiago Courier uses cookies to improve your experience.",
    kicker="Business",
    headline="Copper rescues the trade balance, for now",
    standfirst="A surplus well above forecasts hides weak investment imports and a slump in "
    "lithium",
    byline='<p class="byline">Matías Echeverría, Business Editor</p>\n'
    '<p class="date">Thursday 8 October 2026</p>',
    figure=(
        "/img/2026/10/cathodes.jpg",
        "Copper cathodes awaiting shipment.",
        "Photo: Santiago Courier archive",
    ),
    body=_paras([
        "Chile's trade accounts had a very good September, and almost all of the credit goes to "
        "one metal. Figures published by the Central Bank of Chile on Wednesday showed a trade "
        "surplus of US$1.84 billion, well above the US$1.5 billion economists had expected, "
        "thanks to copper exports that rose 12.4% on the year to US$4.72 billion.",
        "At the current exchange rate of about 938 pesos to the dollar, the monthly surplus is "
        "worth some 1.7 trillion pesos, the largest for a September since 2021.",
        "Total exports came to US$8.91 billion, an increase of almost 10%, while imports rose a "
        "more modest 3.1% to US$7.07 billion. Since January, the country has accumulated a "
        "surplus of just over US$16.3 billion.",
        "Behind those headline numbers, however, the picture is less comfortable. The rise in "
        "copper exports was driven by prices rather than volumes. The red metal averaged US$4.61 "
        "a pound on the London Metal Exchange last month, close to a record in nominal terms, "
        "while the quantity shipped grew only slightly as several large mines struggled with "
        "lower ore grades.",
        "Lithium, which only three years ago was hailed as Chile's next great export, continued "
        "to slide. Shipments of lithium carbonate were worth US$228 million, down 22% from "
        "September last year, as prices for the battery metal remain far below their 2022 peak.",
        "Imports tell their own story. Purchases of capital goods, a proxy for business "
        "investment, fell for the third consecutive month, while imports of consumer goods, "
        "especially cars and mobile phones, rose 6.8%. “Households are spending, companies are "
        "not investing,” said Felipe Astaburuaga, chief economist at Banco del Pacífico Sur. "
        "“That is not a healthy combination for medium-term growth.”",
        "Finance Minister Ignacio Larraín Vial acknowledged the risk during a speech at the Cobre "
        "Norte mining forum in Antofagasta on Wednesday. “Copper is giving us a cushion, but we "
        "cannot live only off the copper price,” he told an audience of mining executives and "
        "regional authorities.",
        "The government's draft budget for 2027, now being debated in Congress, assumes an "
        "average copper price of US$4.40 a pound, a conservative figure that gives the Treasury "
        "some room if prices remain high. Every ten cents of difference in the copper price is "
        "worth roughly US$250 million a year in fiscal revenue, according to Budget Office "
        "estimates.",
        "Not everyone is convinced that the good times will last. Constanza Ibáñez of the "
        "consultancy Norte Grande Análisis warned that copper inventories in China had risen in "
        "recent weeks. “If the price corrects by 10%, the trade surplus will shrink by a third,” "
        "she said.",
        "The central bank also revised its figure for August, raising the surplus to US$1.21 "
        "billion from an initially reported US$1.15 billion. The customs service, which compiles "
        "its own statistics on a slightly different basis, put September exports at US$8.87 "
        "billion.",
        "For the rest of the year, economists expect the monthly surpluses to narrow as the fruit "
        "season, which usually lifts exports from November onwards, coincides with the import of "
        "goods for the Christmas season.",
    ]),
    after_body='<p class="tags">More on: copper, trade, lithium, Central Bank of Chile</p>',
    newsletter="The Courier Business Brief: what moved Chile's markets today.",
    sidebar_title="Most read",
    sidebar=[
        "Valparaíso port strike ends after 9 days",
        "Opinion: Lithium's lost decade?",
        "Pension reform: what changes for workers born after 1980",
        "Atacama desert bloom draws record 85,000 tourists",
    ],
    footer="© 2026 The Santiago Courier. All rights reserved.",
)

_TR_SPECIALIST = _page(
    site="CopperBeat",
    title="Chile's copper export value up 14.2% in September on price, not volume - CopperBeat",
    description="Chilean copper export receipts rose in September as prices stayed high; "
    "volumes barely grew.",
    canonical="https://copperbeat.example/news/chile-copper-exports-september-2026",
    meta=[
        ("property", "og:type", "article"),
        ("name", "twitter:site", "@CopperBeat"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Chile's copper export value up 14.2% in September on price, not volume",
        "datePublished": "2026-10-08T06:00:00+00:00",
        "author": {"@type": "Person", "name": "Rachel Okafor"},
        "publisher": {"@type": "Organization", "name": "CopperBeat"},
    },
    nav=["Prices", "Supply", "Demand", "Chile", "Peru", "DRC", "Data"],
    cookie="CopperBeat uses cookies to analyse traffic and personalise content.",
    kicker="Supply | Chile",
    headline="Chile's copper export value up 14.2% in September on price, not volume",
    standfirst="Receipts reached US$4.72bn; shipments grew only about 2% as grades decline "
    "at older mines.",
    byline='<p class="byline">Rachel Okafor, Base Metals Correspondent</p>',
    figure=None,
    body=_paras([
        "Chile's copper export receipts rose 14.2% year on year in September to US$4.722bn, "
        "according to trade data from the Central Bank of Chile, but the increase came almost "
        "entirely from higher prices rather than larger shipments.",
        "The average LME cash price in September was US$4.61/lb, or roughly US$10,160 per tonne, "
        "about 12% higher than a year earlier. Export volumes, by contrast, were up only around "
        "2%, the central bank said, reflecting declining ore grades at several of the country's "
        "older operations and maintenance stoppages at two concentrators.",
        "Copper accounted for 53% of Chile's total exports of US$8.913bn in the month. The "
        "country's overall trade surplus came in at US$1.842bn, above a consensus of about "
        "US$1.5bn.",
        "Of the copper total, refined cathode shipments made up a shrinking share, with "
        "concentrate now accounting for well over half of export value. Smelter closures in "
        "Chile over the past decade have pushed the country to ship more unprocessed "
        "concentrate, mostly to smelters in China, Japan and South Korea.",
        "“The headline is flattering. Chile is getting paid more for roughly the same amount of "
        "copper, and that is not a structural improvement,” said Daniel Westbrook, head of "
        "metals research at London-based consultancy Ferrum Insight. He estimates Chilean mine "
        "output at 5.45 million tonnes this year, roughly unchanged from 2025.",
        "Finance Minister Ignacio Larraín Vial, speaking at the Cobre Norte mining forum in "
        "Calama on Wednesday, said high prices were providing “a cushion” for public finances, "
        "but warned that Chile could not “live off the copper price alone.” The 2027 budget "
        "assumes an average price of US$4.40/lb.",
        "State miner Codelco's production has stabilised this year after a long decline, but "
        "several private operators have reported lower output. Industry body Cochilco is due to "
        "publish its updated production forecast later this month.",
        "Lithium, Chile's other critical-minerals export, remained under pressure: lithium "
        "carbonate export value fell 22% to US$228m. Prices have been weighed down by new supply "
        "from Argentina and Australia and by slower-than-expected growth in electric vehicle "
        "sales in Europe.",
        "Traders said the figures were unlikely to change the near-term market narrative, which "
        "is dominated by Chinese demand and by supply disruption risks. Three-month LME copper "
        "traded at US$10,040 per tonne on Wednesday afternoon in London, down from September's "
        "average as Chinese buyers held back after a holiday.",
        "Westbrook said he expected the price to average slightly lower in the fourth quarter as "
        "Chinese fabricators run down their stocks.",
        "The central bank revised August's trade surplus up to US$1.214bn from US$1.150bn. It "
        "does not publish a breakdown of copper volumes by company.",
        "Peru, the world's third-largest producer, reports its own trade data later in the month. "
        "Analysts expect a similar price-driven rise in export values there, with China again "
        "the main destination for concentrate shipments.",
        "Chile's customs service separately reported September exports of US$8.87bn. Its figures "
        "are compiled on a different basis from the central bank's balance-of-payments data and "
        "routinely differ by small amounts.",
    ]),
    after_body='<p class="data-note">Prices: LME cash settlement averages. Conversion: 1 '
    'tonne = 2,204.62 lb.</p>',
    newsletter="The CopperBeat Weekly: supply, demand and prices in one email every Friday.",
    sidebar_title="Price watch",
    sidebar=[
        "LME 3M copper: US$10,040/t (Wed close)",
        "Peru output up 6% in August as new mines ramp up",
        "DRC cobalt export quota extended to March",
        "Shanghai bonded stocks rise 18,000 t in a week",
    ],
    footer="© 2026 CopperBeat Media. Data for information only.",
)


# ---------------------------------------------------------------------------
# rk-GA5 — rocket (PLANTED: 3)
# ---------------------------------------------------------------------------

_RK_WIRE = _page(
    site="Prensa Sur Wire",
    title="Peru's Wayra-2 rocket crosses into space on test flight | Prensa Sur Wire",
    description="Peru's space agency CONIDA launched the Wayra-2 sounding rocket from Punta Lobos.",
    canonical="https://prensasur.example/en/science/2026/08/22/peru-wayra-2-rocket-space",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Prensa Sur Wire"),
        ("name", "twitter:card", "summary_large_image"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Peru's Wayra-2 rocket crosses into space on first full test flight",
        "datePublished": "2026-08-22T10:05:00-05:00",
        "author": {"@type": "Person", "name": "Claudia Benavente"},
        "publisher": {"@type": "Organization", "name": "Prensa Sur Wire"},
    },
    nav=["Top news", "Latin America", "Science", "Technology", "Business", "Photos"],
    cookie="Prensa Sur uses cookies to improve site functionality and for analytics.",
    kicker="Science | Space",
    headline="Peru's Wayra-2 rocket crosses into space on first full test flight",
    standfirst="Home-built two-stage sounding rocket exceeds 100 km altitude; payload "
    "recovered from the Pacific",
    byline='<p class="byline">By Claudia Benavente</p>',
    figure=(
        "/fotos/2026/08/wayra2-liftoff.jpg",
        "The Wayra-2 sounding rocket lifts off from the Punta Lobos launch base.",
        "Prensa Sur/Jorge Miranda",
    ),
    body=_paras([
        "LIMA, Aug 22 (Prensa Sur) - A Peruvian-built rocket flew past the edge of space on "
        "Saturday, reaching an altitude of about 108 kilometres in the most successful test so "
        "far of the country's small space programme, officials said.",
        "The Wayra-2, a two-stage solid-fuel sounding rocket developed by Peru's space agency "
        "CONIDA, lifted off at 6:14 a.m. local time (1114 GMT) from the Punta Lobos launch base "
        "in the coastal district of Pucusana, about 65 km (40 miles) south of Lima.",
        "The rocket's payload section, carrying four scientific experiments from Peruvian "
        "universities, separated after the second stage burned out, coasted to its highest point "
        "and then parachuted into the Pacific Ocean. A Peruvian Navy patrol boat recovered it at "
        "9:20 a.m., about 64 km offshore.",
        "“Today Peru reached space with its own hands,” Air Force Major General Víctor Manuel "
        "Zegarra Ponce, the head of CONIDA, told reporters at a briefing at the base. “Every "
        "part of this rocket, from the motors to the electronics, was designed and built by "
        "Peruvian engineers.”",
        "Zegarra said the 108 km figure was preliminary and would be confirmed once tracking data "
        "from two radar stations had been analysed. The flight's target altitude had been 120 km.",
        "Rosa Elvira Huamán Ccori, the flight director, said the rocket had performed “almost "
        "perfectly” and that the slightly lower altitude was probably due to "
        "stronger-than-expected winds at high altitude. “We will study every second of the "
        "telemetry, but what matters is that everything worked and we have the payload back,” "
        "she said.",
        "The flight marks a recovery for CONIDA after the Wayra-1 test in November 2024, when the "
        "rocket's second stage failed to ignite and the vehicle reached only 41 km.",
        "The payload, weighing 38 kg, included a radiation dosimeter developed by the National "
        "University of Engineering (UNI), a microgravity fluid experiment from the Pontifical "
        "Catholic University of Peru (PUCP), a GPS receiver designed at the National University "
        "of San Agustín in Arequipa, and a box of seeds from La Molina National Agrarian "
        "University that will be planted to study the effects of radiation.",
        "The internationally recognised boundary of space, the Kármán line, lies at 100 km. "
        "Peru's earlier sounding rockets, launched from Punta Lobos since 2006, had flown to "
        "altitudes of only a few tens of kilometres.",
        "The Wayra programme has cost 9.6 million soles (about US$2.7 million) since it began in "
        "2021, according to CONIDA. Officials say a larger version capable of carrying small "
        "satellites could be ready by the end of the decade, though funding has not been "
        "approved.",
        "Defence Minister Walter Astete Rivas, who watched the launch from the base, said the "
        "government would ask Congress for additional funds in the 2027 budget. He did not give "
        "a figure.",
        "The launch had been delayed by 24 minutes because of fishing boats in the safety zone "
        "offshore, officials said. Several hundred residents of Pucusana watched from the beach "
        "as the rocket climbed through a clear winter sky.",
    ]),
    after_body='<p class="credits">Reporting by Claudia Benavente in Pucusana; editing by '
    'Raúl Espinar</p>',
    newsletter="Prensa Sur Science: a weekly digest of research and innovation in Latin "
    "America.",
    sidebar_title="Most read",
    sidebar=[
        "Brazil's VLM-1 rocket test postponed to October",
        "Argentina's Tronador team completes engine test of 34 seconds",
        "Chilean observatory spots asteroid passing at 1.3 lunar distances",
        "Lima air quality worst in 5 years, environment ministry says",
    ],
    footer="© 2026 Prensa Sur Agencia de Noticias. All rights reserved.",
)

_RK_LIVE = _page(
    site="TV Costa Noticias",
    title="LIVE: Wayra-2 launch from Punta Lobos - TV Costa Noticias",
    description="Follow the launch of Peru's Wayra-2 rocket live.",
    canonical="https://tvcosta.example/en/live/wayra-2-launch-punta-lobos",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-08-22T05:30:00-05:00"),
        ("property", "article:modified_time", "2026-08-22T16:00:00-05:00"),
        ("property", "og:site_name", "TV Costa Noticias"),
    ],
    jsonld=None,
    nav=["Home", "Live", "National", "Lima", "Science", "Entertainment", "TV schedule"],
    cookie="TV Costa uses cookies to improve your browsing and show personalised ads.",
    kicker="LIVE | Science",
    headline="Wayra-2: Peruvian rocket reaches space, payload recovered",
    standfirst="Minute by minute: the launch from the Punta Lobos base, the flight and the "
    "official results.",
    byline='<p class="byline">Coverage by Lucía Medina Torres and Jhonatan Quispe</p>',
    figure=(
        "/media/live/wayra2-pad.jpg",
        "The Wayra-2 on its launch rail before dawn.",
        "TV Costa",
    ),
    body=_updates([
        ("16:00", "Final figure: 112.4 km", [
            "CONIDA has released the final tracking figure: the Wayra-2 reached a maximum "
            "altitude of 112.4 kilometres, higher than the 108 km announced this morning. The "
            "agency said the earlier figure was based on data from only one radar station.",
            "“With both radars processed, the apogee is 112.4 km. We are very satisfied,” said "
            "programme manager Daniel Chirinos Meza. The target had been 120 km.",
            "Chirinos said the payload had arrived at CONIDA's laboratories and would be opened "
            "next week in the presence of the universities.",
            "That is all from our live coverage. Thank you for joining us.",
        ]),
        ("09:35", "Payload recovered", [
            "The Navy has confirmed that the payload was recovered at 9:20 a.m., about 64 km off "
            "the coast. It will be taken to Callao and then to CONIDA's laboratories, where the "
            "universities will receive their experiments.",
        ]),
        ("08:30", "Press briefing: 'Peru reached space'", [
            "At the press briefing at the base, CONIDA chief Gen. Víctor Zegarra said: “Today "
            "Peru reached space with its own hands.” He said the preliminary maximum altitude "
            "was 108 km, above the 100 km line that marks the beginning of space.",
            "Flight director Rosa Elvira Huamán said the three-stage rocket worked as designed "
            "and that stronger winds at altitude explained why it did not reach the 120 km "
            "target.",
            "Defence Minister Walter Astete Rivas, who attended the launch, congratulated the "
            "team and said the government would seek more funds for the programme in next year's "
            "budget.",
        ]),
        ("07:10", "Celebrations at the base", [
            "At the control centre, engineers hugged and applauded as the first data came in. "
            "Many of them are under 35 and studied at Peruvian public universities. Outside, "
            "residents of Pucusana cheered from the beach and fishing boats sounded their horns.",
        ]),
        ("06:24", "Payload under parachute", [
            "Nine minutes and forty seconds after liftoff, CONIDA reports that the payload has "
            "splashed down in the ocean under its parachute. Navy boats are heading to the area.",
        ]),
        ("06:20", "Falling back", [
            "The payload reached its highest point about three minutes after liftoff and is now "
            "falling back towards the ocean. Its parachute is expected to open at about 5 km "
            "altitude.",
        ]),
        ("06:17", "Stage separation confirmed", [
            "Ground control confirms stage separation and burnout. The payload is coasting "
            "upwards. Peak speed was about 5,900 km/h, according to the commentary at the "
            "control centre.",
        ]),
        ("06:14", "LIFTOFF!", [
            "The Wayra-2 has lifted off from Punta Lobos! The rocket climbed quickly and "
            "disappeared into the sky to the west within seconds, leaving a white trail over the "
            "sea. Applause in the control room.",
        ]),
        ("05:55", "Short delay", [
            "CONIDA says the countdown is on hold because some fishing boats have entered the "
            "safety zone. The launch window is open until 8:00 a.m. Navy patrol boats are asking "
            "the fishermen to leave the area.",
        ]),
        ("05:30", "Good morning from Punta Lobos", [
            "We are at the Punta Lobos launch base in Pucusana, where CONIDA is preparing to "
            "launch the Wayra-2 sounding rocket. Launch is scheduled for 5:50 a.m.",
            "The rocket is 7.8 metres tall and carries four experiments from Peruvian "
            "universities in a 38 kg payload. Its predecessor, the Wayra-1, reached 41 km in "
            "November 2024. The Wayra programme has cost 9.6 million soles since 2021.",
            "The sky is clear and the sea calm. Dozens of residents have gathered on the nearby "
            "beach with flasks of coffee to watch.",
        ]),
    ]),
    after_body='<p class="tv-promo">Watch the full replay of the launch on TV Costa Play.</p>',
    newsletter="TV Costa alerts: the biggest stories as they happen.",
    sidebar_title="Also on TV Costa",
    sidebar=[
        "Callao: 14 arrested in port drug raid",
        "Universitario beat Cristal 2-0 to go top",
        "Cold wave: temperatures fall to minus 18°C in Puno",
        "New bridge over the Rímac to open in 60 days",
    ],
    footer="© 2026 TV Costa Noticias. Lima, Perú.",
    body_class="live-blog",
)

_RK_PAPER = _page(
    site="The Lima Evening Post",
    title="Above the clouds, above the line: Wayra-2 puts Peru in space | The Lima Evening Post",
    description="The Wayra-2 rocket climbed above 100 km. A look at the people behind it.",
    canonical="https://limaeveningpost.example/science/wayra-2-puts-peru-in-space",
    meta=[
        ("property", "og:type", "article"),
        ("name", "author", "Fernando Alvarado Rey"),
    ],
    jsonld=None,
    nav=["Lima", "Peru", "World", "Business", "Science", "Sport", "Weekend"],
    cookie="We use cookies to keep our site running and to understand our readers.",
    kicker="Science",
    headline="Above the clouds, above the line: Wayra-2 puts Peru in space",
    standfirst="A team of young engineers and a veteran air force general sent a Peruvian "
    "rocket past 100 km on Saturday morning",
    byline='<p class="byline">By Fernando Alvarado Rey</p>\n<p class="date">Saturday 22 '
    'August 2026</p>',
    figure=(
        "/img/wayra2-control.jpg",
        "Engineers in CONIDA's control room follow the flight of the Wayra-2.",
        "Photo: CONIDA",
    ),
    body=_paras([
        "PUCUSANA - For nine minutes and forty seconds on Saturday morning, a room full of "
        "engineers in a concrete building on a cliff south of Lima barely breathed. Then, when "
        "the payload of the Wayra-2 rocket splashed down in the Pacific under its orange "
        "parachute, they hugged, shouted and, in a few cases, cried.",
        "The rocket, built by Peru's space agency CONIDA, had lifted off from the Punta Lobos "
        "base at 7:14 a.m. local time and climbed to an altitude of 112 kilometres, about 70 "
        "miles, according to the final figure released by the agency in the afternoon. That is "
        "comfortably above the 100 km line that by convention marks the beginning of space.",
        "“For many years people told us that Peru could not do this,” said Rosa Elvira Huamán "
        "Ccori, the 36-year-old flight director, who grew up in Sicuani, in the Cusco region, "
        "and studied electronic engineering at the National University of Engineering. “Today we "
        "showed that with patience and talent we can.”",
        "The Wayra-2 is a two-stage rocket powered by solid propellant made at CONIDA's own "
        "plant. It stands 7.8 metres (25.6 feet) tall and carried a 38 kg payload with four "
        "experiments from Peruvian universities. The target altitude had been 120 km; engineers "
        "believe high-altitude winds cost the rocket a few kilometres.",
        "The morning's first announcement, at a press briefing shortly after the flight, put the "
        "maximum altitude at 108 km. CONIDA later explained that the figure had been calculated "
        "with data from one radar station and that, once the second station's data were added, "
        "the apogee was revised to 112.4 km.",
        "The head of CONIDA, Air Force Major General Víctor Manuel Zegarra Ponce, said the "
        "success was the result of “many failures that taught us a lot”. The previous test, the "
        "Wayra-1, reached only 41 km in November 2024 after a problem with its upper stage. "
        "“Today Peru has reached space with its own hands,” he said.",
        "Peru's space ambitions are modest by international standards. The Wayra programme has "
        "cost 9.6 million soles, around US$2.7 million, over five years, a fraction of the "
        "budget of space agencies in Brazil or Argentina. Engineers at CONIDA earn salaries well "
        "below those in private industry, and several have left for jobs abroad.",
        "Programme manager Daniel Chirinos Meza said the next step would be a larger rocket able "
        "to place satellites of a few kilograms in low orbit. “That is a much bigger challenge. "
        "We need stable funding for at least five years,” he said.",
        "The payload was picked up by a Navy patrol boat about 64 km offshore and will be opened "
        "at CONIDA's laboratories next week. The experiments include a radiation sensor, a study "
        "of fluids in microgravity, a GPS receiver and a box of native seeds that will be "
        "planted to check for radiation effects.",
        "For the people of Pucusana, a fishing town better known for its seafood restaurants, the "
        "launch was a spectacle. Hundreds gathered on the beach before dawn. “My grandson says "
        "he wants to be an astronaut now,” said Marcelina Yupanqui, 68, who sells ceviche near "
        "the pier.",
    ]),
    after_body='<p class="tags">Topics: CONIDA, space, science, Pucusana</p>',
    newsletter="The Evening Post Weekend: long reads and culture, every Saturday.",
    sidebar_title="Related",
    sidebar=[
        "Wayra-1 failure: what went wrong at 41 km",
        "Peru signs space cooperation deal with South Korea",
        "PeruSAT-1 marks ten years in orbit",
        "Interview: the Arequipa student building a cubesat in her garage",
    ],
    footer="© 2026 The Lima Evening Post. All rights reserved.",
)

_RK_SPECIALIST = _page(
    site="Suborbital Report",
    title="Peru's Wayra-2 tops 112 km in first spaceflight by a CONIDA rocket - Suborbital Report",
    description="Technical analysis of the Wayra-2 suborbital test flight by Peru's CONIDA.",
    canonical="https://suborbitalreport.example/launches/peru-conida-wayra-2-flight-analysis",
    meta=[
        ("property", "og:type", "article"),
        ("name", "twitter:site", "@SuborbitalRpt"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Peru's Wayra-2 tops 112 km in first spaceflight by a CONIDA rocket",
        "datePublished": "2026-08-24T13:00:00+00:00",
        "author": {"@type": "Person", "name": "Jonas Whitaker"},
        "publisher": {"@type": "Organization", "name": "Suborbital Report"},
    },
    nav=["Launches", "Vehicles", "Sounding rockets", "Spaceports", "Policy", "Newsletter"],
    cookie="We use cookies for analytics. You can opt out at any time.",
    kicker="Sounding rockets | Peru",
    headline="Peru's Wayra-2 tops 112 km in first spaceflight by a CONIDA rocket",
    standfirst="The solid-fuel vehicle fell short of its 120 km target but delivered its "
    "payload above the Kármán line and back.",
    byline='<p class="byline">Jonas Whitaker</p>',
    figure=(
        "/uploads/wayra2-trajectory.png",
        "Reconstructed altitude profile of the Wayra-2 flight.",
        "Graphic: Suborbital Report, based on CONIDA data",
    ),
    body=_paras([
        "Peru's national space agency CONIDA has joined the small club of Latin American "
        "organisations to send a domestically built rocket above the 100 km Kármán line. Its "
        "Wayra-2 sounding rocket reached an apogee of 112.4 km (69.8 miles) during a test flight "
        "from the Punta Lobos range on August 23, according to final tracking data released by "
        "the agency.",
        "The figure is below the 120 km the vehicle was designed to reach, and higher than the "
        "preliminary 108 km CONIDA announced a few hours after the flight, which was based on a "
        "single radar station. Agency officials attributed the shortfall against the target to "
        "upper-level winds and a slightly lower-than-predicted second-stage thrust.",
        "The vehicle. Wayra-2 is a two-stage, unguided, fin-stabilised rocket, 7.8 m long, with "
        "both stages using a composite solid propellant produced at CONIDA's facility. The first "
        "stage burned for about 6 seconds; the second stage ignited after a short coast and "
        "burned for roughly 19 seconds, accelerating the vehicle to a peak speed of about 5,900 "
        "km/h (around 3,670 mph). Apogee was reached just under three minutes after liftoff.",
        "The 38 kg (84 lb) recoverable payload carried four university experiments and separated "
        "from the spent second stage on the way up. It deployed a drogue and then a main "
        "parachute, splashing down about 64 km (40 miles) offshore, where a Peruvian Navy patrol "
        "boat recovered it. Total flight time from liftoff to splashdown was 9 minutes 40 "
        "seconds.",
        "Launch took place at 11:14 UTC, after a 24-minute hold to clear fishing vessels from the "
        "range safety area. Weather at the coastal site, about 65 km south of Lima, was clear, "
        "with light surface winds.",
        "“The flight profile was nominal in every phase. We lost some altitude to the winds and "
        "to the second motor, which is something we can fix,” Rosa Elvira Huamán Ccori, the "
        "flight director, told Suborbital Report by phone. “The recovery system, which failed in "
        "ground tests last year, worked perfectly.”",
        "Context. Wayra-2 follows the Wayra-1 flight of November 2024, which reached 41 km after "
        "its second stage failed to ignite. CONIDA has been launching small sounding rockets "
        "from Punta Lobos since 2006, but none had previously come close to space.",
        "In regional terms, Wayra-2 is a modest vehicle. Brazil has flown suborbital rockets well "
        "beyond 100 km for decades from its Alcântara and Barreira do Inferno ranges, and "
        "Argentina has long-running sounding rocket work. But for a programme that has cost only "
        "9.6 million soles (about US$2.7 million) since 2021, the result is notable.",
        "CONIDA's head, Air Force Maj. Gen. Víctor Zegarra, has said the agency wants to use the "
        "Wayra family as a stepping stone towards a small launch vehicle for nanosatellites, "
        "though that would require a liquid or hybrid upper stage and funding that has not yet "
        "been allocated.",
        "Next steps. CONIDA plans to open the payload this week and hand the experiments to the "
        "universities. A third flight, Wayra-3, with an improved second-stage motor, is "
        "tentatively planned for the second half of 2027.",
    ]),
    after_body='<p class="data-note">Altitude figures: CONIDA final tracking release. '
    'Speed and timeline: CONIDA commentary and Suborbital Report analysis.</p>',
    newsletter="The Suborbital Report newsletter: every sounding rocket, every spaceport, "
    "every week.",
    sidebar_title="Recent launches",
    sidebar=[
        "Aug 19: Norway's Andøya flies twin ionospheric probes to 270 km",
        "Aug 14: Indian RH-560 reaches 475 km",
        "Aug 2: Chilean student team's hybrid rocket hits 9 km",
        "Jul 28: Japanese S-520 launch scrubbed for winds",
    ],
    footer="© 2026 Suborbital Report. All rights reserved.",
)


# ---------------------------------------------------------------------------
# eq-GA6 — earthquake (CONTROL)
# ---------------------------------------------------------------------------

_EQ_WIRE = _page(
    site="Continental News Agency",
    title="Strong quake shakes northern Chile, one dead; tsunami alert lifted | CNA",
    description="A strong earthquake struck off Chile's Coquimbo region late on Tuesday.",
    canonical="https://cna-news.example/world/2026/11/04/chile-earthquake-coquimbo",
    meta=[
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Continental News Agency"),
        ("name", "twitter:card", "summary_large_image"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Strong earthquake shakes northern Chile, one dead; tsunami alert lifted",
        "datePublished": "2026-11-04T02:10:00-03:00",
        "dateModified": "2026-11-04T05:40:00-03:00",
        "author": {"@type": "Person", "name": "Ignacio Parra Soto"},
        "publisher": {"@type": "Organization", "name": "Continental News Agency"},
    },
    nav=["World", "Americas", "Disasters", "Climate", "Business", "Video"],
    cookie="CNA uses cookies and similar technologies. Select 'Accept' to agree.",
    kicker="Americas | Chile earthquake",
    headline="Strong earthquake shakes northern Chile, one dead; tsunami alert lifted",
    standfirst="Quake of magnitude 6.7 to 6.9 struck off the coast of the Coquimbo region "
    "late on Tuesday, knocking out power to tens of thousands",
    byline='<p class="byline">By Ignacio Parra Soto</p>\n<p class="timestamp">Updated '
    '5:40 a.m. local time</p>',
    figure=(
        "/photos/2026/11/la-serena-debris.jpg",
        "Residents inspect a collapsed wall in La Serena early on Wednesday.",
        "CNA/Pablo Rojas",
    ),
    body=_paras([
        "SANTIAGO, Nov 4 (CNA) - A strong earthquake struck off the coast of Chile's Coquimbo "
        "region late on Tuesday, killing at least one person, injuring 14 and cutting power to "
        "some 120,000 homes and businesses, authorities said.",
        "The quake hit at 11:41 p.m. on Tuesday (0241 GMT on Wednesday). Chile's National "
        "Seismological Center (CSN) put its magnitude at 6.9, revising down a preliminary "
        "reading of 7.0, and said the epicentre was at sea, 38 km west of the city of La Serena, "
        "at a depth of 28 km.",
        "The U.S. Geological Survey measured the quake at magnitude 6.7, at a depth of 35 km (22 "
        "miles), and located it 41 km west-southwest of Coquimbo.",
        "The Navy's Hydrographic and Oceanographic Service (SHOA) ordered a precautionary "
        "evacuation of coastal areas in the region minutes after the quake, sending thousands of "
        "residents of La Serena and Coquimbo uphill in the dark. The order was lifted at 1:35 "
        "a.m. after tide gauges showed only minor sea level changes.",
        "A 74-year-old man died in the inland city of Ovalle when a wall of his adobe house "
        "collapsed on him, regional presidential delegate Javiera Olmedo Castro said. Most of "
        "the injured suffered cuts and bruises from falling objects or while evacuating.",
        "“The damage is concentrated in older adobe buildings, as in past earthquakes. Modern "
        "construction has behaved well,” Olmedo told reporters at an emergency committee meeting "
        "in La Serena.",
        "Álvaro Hormazábal Reyes, director of the national disaster agency Senapred, said teams "
        "were assessing damage to homes, roads and public buildings and that classes would be "
        "suspended on Wednesday across the region's 15 communes.",
        "“We ask people to stay calm, to check their homes and to keep their emergency kits "
        "ready, because aftershocks will continue for days,” Hormazábal said.",
        "The CSN had recorded more than 20 aftershocks of magnitude 3.0 or higher by early "
        "Wednesday. The strongest, of magnitude 5.2, struck at 4:18 a.m.",
        "The quake was felt strongly in La Serena and Coquimbo, twin cities with a combined "
        "population of around 500,000, and as far away as Santiago, about 400 km to the south, "
        "where buildings swayed for several seconds. Chile's Interior Ministry said no damage "
        "had been reported in the capital.",
        "Local television showed broken windows, fallen ceilings in shops and rocks on mountain "
        "roads, and supermarkets in La Serena reported merchandise thrown from shelves. Ports in "
        "the region suspended operations for several hours as a precaution.",
        "Copper miners in the region said their operations were inspecting facilities as a "
        "precaution. Electricity distributor Elqui Energía said it had restored power to about "
        "half of affected customers by 5 a.m.",
        "Chile, one of the most seismically active countries in the world, sits on the boundary "
        "between the Nazca and South American tectonic plates. The Coquimbo region was last hit "
        "by a major quake in September 2015, when a magnitude 8.3 earthquake centred near "
        "Illapel triggered a tsunami that flooded parts of Coquimbo's waterfront.",
        "Strict building codes introduced after earlier disasters have helped limit casualties "
        "from large earthquakes in recent decades.",
    ]),
    after_body='<p class="credits">Reporting by Ignacio Parra Soto in Santiago and Camila '
    'Araya in La Serena; editing by John Marsh</p>',
    newsletter="CNA Evening Report: the day's key world news in a single email.",
    sidebar_title="Latest",
    sidebar=[
        "Argentina's Congress passes 2027 budget after 19-hour session",
        "Magnitude 5.8 quake rattles southern Peru, no damage reported",
        "Bolivia wildfires burn 1.2 million hectares this year",
        "Chile's retail sales rise 4.1% in September",
    ],
    footer="© 2026 Continental News Agency. All rights reserved.",
)

_EQ_LIVE = _page(
    site="Radio Elqui",
    title="Earthquake in the Coquimbo region: latest updates | Radio Elqui",
    description="Follow the latest on the earthquake that struck the Coquimbo region.",
    canonical="https://radioelqui.example/en/updates/earthquake-coquimbo-region",
    meta=[
        ("property", "og:type", "article"),
        ("property", "article:published_time", "2026-11-03T23:50:00-03:00"),
        ("property", "article:modified_time", "2026-11-04T14:30:00-03:00"),
        ("property", "og:site_name", "Radio Elqui"),
    ],
    jsonld=None,
    nav=["Home", "La Serena", "Coquimbo", "Elqui Valley", "Limarí", "Choapa", "Listen"],
    cookie="Radio Elqui uses cookies to measure audience. By browsing you accept them.",
    kicker="Updates | Earthquake",
    headline="Earthquake in the Coquimbo region: three dead, 41 injured",
    standfirst="All the information on the earthquake that shook the region on Tuesday "
    "night: victims, damage, services and aftershocks.",
    byline='<p class="byline">Radio Elqui press team: Daniela Rivera, Héctor Cortés and '
    'Sofía Galleguillos</p>',
    figure=(
        "/img/updates/coquimbo-evacuation.jpg",
        "Residents of Coquimbo gather in a safe zone after the evacuation order.",
        "Radio Elqui",
    ),
    body=_updates([
        ("Wednesday 14:30", "Toll rises to three dead, 41 injured", [
            "Senapred has updated the toll: three people have died and 41 have been injured. The "
            "third victim is a 52-year-old man whose pickup truck was hit by falling rocks on a "
            "mountain road near Andacollo.",
            "A total of 212 homes have been damaged, most of them adobe houses in Ovalle, Monte "
            "Patria and Combarbalá. About 38,000 customers are still without electricity.",
            "“We are going house by house. The figures will keep changing,” said delegate Javiera "
            "Olmedo. Senapred director Álvaro Hormazábal said the figures would be updated again "
            "tonight.",
        ]),
        ("Wednesday 12:15", "Water and schools", [
            "The regional water company reports a broken main in Ovalle; supply is being restored "
            "gradually, starting with the hospital. Classes remain suspended today across the "
            "region's 15 communes, and the regional education office says it will announce later "
            "when they resume.",
        ]),
        ("Wednesday 11:00", "Minister arrives in La Serena", [
            "Interior Minister Rodrigo Fuenzalida has arrived at the regional emergency "
            "committee. He said the government would release emergency funds for families whose "
            "homes are uninhabitable and that Army engineers would help inspect bridges.",
        ]),
        ("Wednesday 09:30", "Damage in Ovalle", [
            "In Ovalle's old quarter, several adobe houses collapsed partially overnight. "
            "Municipal inspectors are marking damaged homes with red stickers if they can no "
            "longer be lived in. Ovalle hospital said it had treated 11 people, most for cuts "
            "and bruises.",
        ]),
        ("Wednesday 08:00", "Second death confirmed", [
            "An 81-year-old woman died of a heart attack in La Serena during the earthquake, "
            "health authorities confirmed. The number of injured has risen to 23, most with "
            "minor injuries.",
            "Route D-43 between La Serena and Ovalle has reopened after machinery cleared several "
            "landslides. Schools will remain closed today.",
        ]),
        ("Wednesday 06:30", "27 aftershocks", [
            "The National Seismological Center has recorded 27 aftershocks of magnitude 3 or "
            "greater since 23:41. The largest, magnitude 5.2, was at 04:18 and was strongly felt "
            "in La Serena.",
            "The CSN confirms the main quake's magnitude at 6.9, with its epicentre 38 km west of "
            "La Serena and a depth of 28 km. The U.S. Geological Survey puts the magnitude at "
            "6.7.",
        ]),
        ("Wednesday 04:30", "Strong aftershock", [
            "A strong aftershock of magnitude 5.2 was felt at 04:18, waking many residents who "
            "had just returned home. The CSN says it is an aftershock of the main earthquake. "
            "SHOA said there is no tsunami threat.",
        ]),
        ("Wednesday 02:00", "First fatality in Ovalle", [
            "The regional presidential delegation confirms the first death: a 74-year-old man in "
            "Ovalle, crushed by the wall of his house. Several people have been taken to the "
            "hospitals of La Serena and Coquimbo with minor injuries.",
        ]),
        ("Wednesday 00:40", "Power cuts", [
            "Elqui Energía says some 120,000 customers are without power in the region. Crews are "
            "working to restore supply, starting with hospitals and emergency services.",
        ]),
        ("Wednesday 01:35", "SHOA lifts evacuation", [
            "SHOA has lifted the precautionary evacuation of the coastal zone. The tide gauge in "
            "Coquimbo registered a variation of only 18 centimetres. Residents can return to "
            "their homes.",
        ]),
        ("Tuesday 23:52", "Precautionary evacuation of coast", [
            "SHOA has ordered the precautionary evacuation of the entire coastal edge of the "
            "Coquimbo region. Go to the safe zones above 30 metres. Do not use your car.",
        ]),
        ("Tuesday 23:50", "Strong earthquake felt in the region", [
            "A strong earthquake has just been felt across the Coquimbo region at 23:41. The "
            "preliminary magnitude reported by the CSN is 7.0. There are power cuts in La "
            "Serena, Coquimbo and Ovalle. Stay calm and follow official instructions. We will "
            "keep you informed.",
        ]),
    ]),
    after_body='<p class="listen">Radio Elqui, 94.1 FM La Serena - Coquimbo. Listen live on '
    'our app.</p>',
    newsletter="Radio Elqui alerts: emergency information for the Coquimbo region.",
    sidebar_title="Most read",
    sidebar=[
        "La Serena lighthouse closed for repairs until March",
        "Elqui Valley pisco harvest down 8% on drought",
        "Deportes La Serena coach out after 4-1 defeat",
        "Papaya festival moves to January 17",
    ],
    footer="© 2026 Radio Elqui. La Serena, Chile.",
    body_class="live-blog",
)

_EQ_PAPER = _page(
    site="The Norte Chico Gazette",
    title="After the quake, adobe towns count the cost - The Norte Chico Gazette",
    description="Three dead and hundreds of homes damaged after the earthquake in the Coquimbo "
        "region.",
    canonical="https://nortechicogazette.example/region/after-the-quake-adobe-towns-count-cost",
    meta=[
        ("property", "og:type", "article"),
        ("name", "author", "Rocío Tapia Araya"),
    ],
    jsonld=None,
    nav=["Region", "La Serena", "Coquimbo", "Ovalle", "Mining", "Opinion", "Sport"],
    cookie="This site uses cookies. Continue browsing to accept.",
    kicker="Earthquake",
    headline="After the quake, adobe towns count the cost",
    standfirst="In Ovalle and Monte Patria, old houses bore the brunt of Tuesday night's "
    "earthquake. Officials now face a long reconstruction.",
    byline='<p class="byline">Rocío Tapia Araya, in Ovalle</p>\n<p class="date">Thursday, '
    'November 5, 2026</p>',
    figure=(
        "/fotos/ovalle-adobe.jpg",
        "A damaged adobe house on Vicuña Mackenna street in Ovalle.",
        "Photo: Norte Chico Gazette / Tomás Olivares",
    ),
    body=_paras([
        "OVALLE - On Vicuña Mackenna street, in the old centre of Ovalle, the walls that did not "
        "fall on Tuesday night are held up by wooden beams. A red sticker from the municipal "
        "inspectors marks the houses that can no longer be lived in. There are many.",
        "Two days after the earthquake that shook the Coquimbo region at 11:41 p.m. on Tuesday, "
        "the national disaster agency Senapred counted three dead and 57 injured, and said that "
        "340 homes had been damaged, 45 of them so badly that they are uninhabitable. Most are "
        "adobe houses built more than half a century ago.",
        "“Modern buildings held up, as they always do in Chile. It is the old adobe that falls,” "
        "said Álvaro Hormazábal, Senapred's director, during a visit to Ovalle on Wednesday "
        "afternoon. “We will keep updating the figures as the inspections advance.”",
        "The first victim was Juan de Dios Carvajal, a 74-year-old retired farm worker, who died "
        "in his home a few blocks from here when a wall collapsed on his bed. His neighbours "
        "pulled him out within minutes but could not save him. An 81-year-old woman in La Serena "
        "died of a heart attack, and a 52-year-old man was killed when rocks fell on his pickup "
        "near Andacollo.",
        "The National Seismological Center gave the earthquake a magnitude of 6.9, centred at sea "
        "38 km west of La Serena at a depth of 28 km. The U.S. Geological Survey, which uses a "
        "different methodology and network, estimated it at 6.7.",
        "The CSN has recorded 63 aftershocks of magnitude 3 or more since Tuesday night, the "
        "strongest a 5.2 in the early hours of Wednesday.",
        "Power has mostly returned. Elqui Energía, the distributor, said that by Thursday morning "
        "only about 4,100 customers were still without electricity, down from a peak of around "
        "120,000 on Tuesday night. Water supply was interrupted for several hours in parts of "
        "Ovalle because of a broken main.",
        "Interior Minister Rodrigo Fuenzalida announced on Wednesday a package of emergency "
        "housing grants and the delivery of 200 temporary housing kits to families whose homes "
        "were declared uninhabitable. “No family will be left alone,” he said in La Serena.",
        "Regional presidential delegate Javiera Olmedo Castro said schools in most of the region "
        "would reopen on Friday, except in 11 establishments that need structural inspections. "
        "Classes were suspended across the region's 15 communes on Wednesday and Thursday.",
        "In Coquimbo, the port city hit by a tsunami after the 2015 Illapel earthquake, residents "
        "evacuated calmly after the Navy's precautionary order on Tuesday night. “We learned in "
        "2015. Everyone knew where to go,” said fishmonger Patricio Alfaro, 59. The sea barely "
        "rose.",
        "For the families of the old centre of Ovalle, the question now is whether to rebuild "
        "with the same material their grandparents used. “Adobe is cool in summer and warm in "
        "winter. But I don't want my children sleeping under it anymore,” said Marta Cortés, 44, "
        "whose kitchen wall fell onto the patio.",
    ]),
    after_body='<p class="help">How to help: the regional government has opened donation '
    'centres in La Serena, Coquimbo and Ovalle.</p>',
    newsletter="The Gazette Daily: news from the Norte Chico in your inbox each morning.",
    sidebar_title="Earthquake coverage",
    sidebar=[
        "Photos: the night the earth shook",
        "Aftershock of 4.6 rattles Ovalle on Thursday morning",
        "How to apply for the 1.5 million peso emergency grant",
        "2015 revisited: how Coquimbo rebuilt its waterfront",
    ],
    footer="© 2026 The Norte Chico Gazette. La Serena, Chile.",
)

_EQ_SPECIALIST = _page(
    site="SeismoDesk",
    title="M6.9 Coquimbo earthquake: a plate-interface event in a well-known segment | SeismoDesk",
    description="Seismological analysis of the November 2026 Coquimbo, Chile, earthquake.",
    canonical="https://seismodesk.example/events/2026-coquimbo-chile-m69",
    meta=[
        ("property", "og:type", "article"),
        ("name", "twitter:site", "@SeismoDesk"),
    ],
    jsonld={
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "M6.9 Coquimbo earthquake: a plate-interface event in a well-known segment",
        "datePublished": "2026-11-05T16:00:00+00:00",
        "author": {"@type": "Person", "name": "Dr. Ingrid Solberg"},
        "publisher": {"@type": "Organization", "name": "SeismoDesk"},
    },
    nav=["Events", "Maps", "Tectonics", "Tsunami", "Explainers", "About"],
    cookie="SeismoDesk uses only essential cookies and anonymous statistics.",
    kicker="Event analysis | Chile",
    headline="M6.9 Coquimbo earthquake: a plate-interface event in a well-known segment",
    standfirst="Different agencies, different magnitudes: why the CSN and the USGS disagree "
    "slightly, and what the aftershocks tell us.",
    byline='<p class="byline">Dr. Ingrid Solberg, seismologist</p>',
    figure=(
        "/maps/2026-coquimbo-aftershocks.png",
        "Aftershocks in the first 36 hours (circles scaled by magnitude).",
        "Map: SeismoDesk, data CSN",
    ),
    body=_paras([
        "The earthquake that struck offshore of Chile's Coquimbo region on the night of November "
        "3 local time (02:41 UTC on November 4) was a thrust event on or near the interface "
        "between the subducting Nazca plate and the overriding South American plate, according "
        "to the focal mechanisms published by both Chile's National Seismological Center (CSN) "
        "and the U.S. Geological Survey (USGS).",
        "Magnitudes. The CSN reports a moment magnitude of 6.9, after an automatic preliminary "
        "value of 7.0; the USGS gives Mww 6.7. Differences of 0.1 to 0.2 units between agencies "
        "are common and reflect different station networks, velocity models and inversion "
        "methods. Neither figure is 'wrong'. For local emergency purposes in Chile, the CSN "
        "value is the official one.",
        "Location and depth. The CSN places the hypocentre 38 km west of La Serena at 28 km "
        "depth; the USGS solution is 41 km west-southwest of Coquimbo at 35 km (about 22 miles). "
        "Coquimbo and La Serena are adjacent cities, so the two epicentres are only a few "
        "kilometres apart. Both depths are consistent with rupture on the shallow part of the "
        "megathrust.",
        "Intensity. Shaking reached intensity VII on the Modified Mercalli scale in La Serena and "
        "Coquimbo and VI in Ovalle, according to the CSN's reports, with intensity IV in "
        "Santiago, around 400 km to the south. Damage has been concentrated in unreinforced "
        "adobe housing, a pattern seen in the 1997 Punitaqui and 2015 Illapel earthquakes.",
        "“Engineered structures performed as expected under the Chilean code. What we are seeing "
        "is the vulnerability of traditional earthen construction,” said Paula Contreras Vidal, "
        "a seismologist at the CSN, in a briefing on Wednesday.",
        "Aftershocks. By Thursday morning the CSN had catalogued 63 aftershocks of magnitude 3.0 "
        "or larger, the largest an M5.2 at 04:18 local time on Wednesday (07:18 UTC). The decay "
        "in the rate of aftershocks follows the usual Omori-type pattern. Statistical forecasts "
        "from the USGS give roughly a 5% chance of an aftershock of magnitude 6 or larger in the "
        "coming week.",
        "Tectonic setting. The Nazca plate converges with South America at about 66 mm per year "
        "(roughly 2.6 inches) in this region. The segment that ruptured lies just north of the "
        "area that broke in the magnitude 8.3 Illapel earthquake of September 16, 2015, and "
        "within the broader region affected by the great 1922 Vallenar earthquake, estimated at "
        "magnitude 8.5.",
        "“This event released only a small part of the strain accumulated in this segment. It "
        "should not be read as a sign that a larger earthquake is imminent, but neither does it "
        "reduce the long-term hazard,” said Mark Hollister, a research geophysicist at the USGS.",
        "Tsunami. The Chilean Navy's SHOA issued a precautionary coastal evacuation order within "
        "about 11 minutes, a standard procedure for shallow offshore earthquakes with a "
        "preliminary magnitude of 7.0 or more. The tide gauge at Coquimbo recorded a maximum "
        "variation of 18 cm. The order was lifted at 01:35 local time.",
        "What comes next. The CSN and university groups plan to deploy temporary seismometers and "
        "GNSS receivers in the epicentral area to study post-seismic deformation. Data will be "
        "made public through the CSN portal.",
    ]),
    after_body='<p class="data-note">Sources: CSN (Universidad de Chile), USGS, SHOA. '
    'Times in UTC unless stated.</p>',
    newsletter="SeismoDesk Weekly: significant earthquakes worldwide, explained.",
    sidebar_title="Recent significant events",
    sidebar=[
        "M6.1 Vanuatu, Oct 29 - depth 112 km",
        "M5.9 central Italy, Oct 21 - 2 injured",
        "M7.0 Kuril Islands, Oct 12 - small tsunami",
        "M6.4 Mindanao, Oct 3 - landslides",
    ],
    footer="© 2026 SeismoDesk. Content licensed CC BY-NC 4.0.",
)


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-GA1",
        "part": "GA",
        "domain": "central bank",
        "fetched": "2026-10-10",
        "articles": [
            {"url": "https://www.andeswire.example/business/2026/10/08/"
                    "peru-central-bank-cuts-rate", "html": _CB_WIRE},
            {"url": "https://radiopacifico.example/en/live/bcrp-rate-decision-october",
             "html": _CB_LIVE},
            {"url": "https://limaledger.example/economy/bcrp-trims-rate-to-4-percent",
             "html": _CB_PAPER},
            {"url": "https://ratesdesk.example/latam/peru/bcrp-25bp-cut-october-2026",
             "html": _CB_SPECIALIST},
        ],
        "planted": [],
    },
    {
        "id": "el-GA2",
        "part": "GA",
        "domain": "election",
        "fetched": "2026-04-23",
        "articles": [
            {"url": "https://www.conosurpress.example/en/bolivia/2026/04/20/"
                    "santa-cruz-runoff-antelo-leads", "html": _EL_WIRE},
            {"url": "https://redoriente.example/en/live/runoff-2026-santa-cruz-governor",
             "html": _EL_LIVE},
            {"url": "https://lowlandschronicle.example/politics/"
                    "antelo-victory-how-the-east-was-won", "html": _EL_PAPER},
            {"url": "https://andeanmonitor.example/briefings/bolivia-santa-cruz-runoff-antelo",
             "html": _EL_SPECIALIST},
        ],
        "planted": [
            ("surname of the defeated candidate (Mirtha Salvatierra)",
             r"\bsalvatierra\b", r"\bsalvaterra\b"),
            ("weekday of the runoff vote",
             r"\bsunday\b", r"\bsaturday\b"),
            ("winner's vote total in the final official count",
             r"\b846,?312\b", r"\b864,?312\b"),
        ],
    },
    {
        "id": "ct-GA3",
        "part": "GA",
        "domain": "court",
        "fetched": "2026-09-19",
        "articles": [
            {"url": "https://meridian-news.example/world/americas/"
                    "ecuador-court-halts-yawi-gold-project", "html": _CT_WIRE},
            {"url": "https://sierra24.example/en/updates/constitutional-court-yawi-mine",
             "html": _CT_UPDATES},
            {"url": "https://southernhighlandspost.example/zamora/"
                    "nangaritza-communities-win-court", "html": _CT_LOCAL},
            {"url": "https://minewatch.example/americas/ecuador/condor-andino-yawi-court-ruling",
             "html": _CT_SPECIALIST},
        ],
        "planted": [],
    },
    {
        "id": "tr-GA4",
        "part": "GA",
        "domain": "trade",
        "fetched": "2026-10-09",
        "articles": [
            {"url": "https://pacrimwire.example/markets/2026/10/07/chile-trade-surplus-september",
             "html": _TR_WIRE},
            {"url": "https://radiocordillera.example/en/economy/updates/"
                    "trade-balance-september", "html": _TR_RADIO},
            {"url": "https://santiagocourier.example/business/copper-rescues-trade-balance",
             "html": _TR_PAPER},
            {"url": "https://copperbeat.example/news/chile-copper-exports-september-2026",
             "html": _TR_SPECIALIST},
        ],
        "planted": [
            ("year-on-year growth of copper export value in September (%)",
             r"\b14\.2\b", r"\b12\.4\b"),
            ("title of Ignacio Larraín Vial",
             r"\bfinance minister\b", r"\beconomy minister\b"),
            ("city where the minister spoke at the Cobre Norte mining forum",
             r"\bantofagasta\b", r"\bcalama\b"),
        ],
    },
    {
        "id": "rk-GA5",
        "part": "GA",
        "domain": "rocket",
        "fetched": "2026-08-25",
        "articles": [
            {"url": "https://prensasur.example/en/science/2026/08/22/peru-wayra-2-rocket-space",
             "html": _RK_WIRE},
            {"url": "https://tvcosta.example/en/live/wayra-2-launch-punta-lobos",
             "html": _RK_LIVE},
            {"url": "https://limaeveningpost.example/science/wayra-2-puts-peru-in-space",
             "html": _RK_PAPER},
            {"url": "https://suborbitalreport.example/launches/"
                    "peru-conida-wayra-2-flight-analysis", "html": _RK_SPECIALIST},
        ],
        "planted": [
            ("number of stages of the Wayra-2 rocket",
             r"\btwo[- ]stage", r"\bthree[- ]stage"),
            ("local clock time of liftoff",
             r"\b0?6:14\b", r"\b0?7:14\b"),
            ("date of the launch",
             r"\b(?:aug(?:ust|\.)? 22|22 aug(?:ust)?)\b",
             r"\b(?:aug(?:ust|\.)? 23|23 aug(?:ust)?)\b"),
        ],
    },
    {
        "id": "eq-GA6",
        "part": "GA",
        "domain": "earthquake",
        "fetched": "2026-11-06",
        "articles": [
            {"url": "https://cna-news.example/world/2026/11/04/chile-earthquake-coquimbo",
             "html": _EQ_WIRE},
            {"url": "https://radioelqui.example/en/updates/earthquake-coquimbo-region",
             "html": _EQ_LIVE},
            {"url": "https://nortechicogazette.example/region/"
                    "after-the-quake-adobe-towns-count-cost", "html": _EQ_PAPER},
            {"url": "https://seismodesk.example/events/2026-coquimbo-chile-m69",
             "html": _EQ_SPECIALIST},
        ],
        "planted": [],
    },
]
