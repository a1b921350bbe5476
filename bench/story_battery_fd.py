"""Story battery, part FD — the Iberian Peninsula and Italy (Spain, Portugal, Italy), events in 2026.

Written by engineer FD1 on 2026-12-07 for the twenty-seventh batch, a precision batch: most
differences between the outlets of each story are legitimate variation that a careful editor
would accept, and only the planted items are genuine contradictions. All outlets, reporters,
companies, most officials and all figures are invented; real institutions and places are used
as scenery. Every outlet lives on an invented ``.example`` domain.

cb-FD1 (central bank) — CONTROL, no planted disagreement. The ECB's Governing Council, at its
annual meeting outside Frankfurt, held at the Banco de Portugal in Lisbon, cuts its three key
rates by 25 bp on Thursday 29 October 2026 (deposit facility 2.00% -> 1.75%, main refinancing
2.15% -> 1.90%, marginal lending 2.40% -> 2.15%; effective 4 November). Outlets: Meridian Wire
(wire, JSON-LD), Canal Atlântico (Portuguese broadcaster live page, article:published_time),
Diário do Tejo (Lisbon newspaper, NO machine-readable date), Piazza Affari Insight (Milan
bond/bank specialist, JSON-LD, next morning). Traps: three look-alike policy rates, each with
old and new values; 14:15 CET vs 13:15 Lisbon/GMT (Lisbon is on GMT after the clocks changed);
press conference 14:45 CET vs 13:45 Lisbon; euro down 0.4% at $1.1585 at 1430 GMT vs closing
$1.1610 down 0.2% vs intraday low $1.1572 vs "around $1.16"; euro-area inflation 1.7% vs
Portugal 2.1% vs Italy 1.3% (different bodies/measures); staff projections (forecasts) vs
actuals; two economists' different deposit-rate forecasts (1.5% by spring vs 1.75% through H1
then 1.5% in summer); "a very large majority" vs "three governors" vs "a few colleagues"; the
same Aldenhoff quote in four acceptable wordings; governor Rui Manuel Sarmento Leitão / Rui
Sarmento Leitão / Rui Leitão; chief economist and Banca d'Italia governor with background
speeches on their own dates; Italian debt in euros and dollars; BTP, Bund, Spanish and
Portuguese yields and spreads (different measures); Euribor at 2.06% vs deposit rate;
mortgage simulation; background cuts June 2024-June 2025 (4% -> 2%).

el-FD2 (election) — PLANTED (3). Venice mayoral run-off, Sunday 14 and Monday 15 June 2026
(polls closed 15:00 Monday): Giovanni Battista Zorzetto (centre-left) 53.8%, 46,322 votes,
beats Elisa Marangon (centre-right) 46.2%, 39,778; final turnout 42.7%. Planted: (1) final
turnout 47.2% on the TeleSerenissima live page (others 42.7% / "just under 43%"); (2) the
loser's surname spelt "Marangoni" throughout The Continental Ledger (others "Marangon");
(3) Mestre Oggi says polls closed at 3pm on "Tuesday" (others Monday). Outlets: Nordest Press
Agency (wire, JSON-LD), TeleSerenissima (local broadcaster live page, article:published_time),
The Continental Ledger (international newspaper, next day, article:published_time), Mestre Oggi
(local site, NO machine-readable date). Traps: turnout at noon/19:00/23:00 Sunday (10.1%,
21.6%, 28.3%) vs final vs first round 56.4%; partial counts with times (61/256 sections 52.9%,
198/256 sections 54.3%) vs final; exit-poll ranges; first-round shares (44.9% / 38.6%, third
candidate 7.2%); historic centre + islands 61.5% vs Venezia-Murano-Burano 62.4% vs Lido 55.0%;
mainland 51.1% vs individual mainland districts; turnout by area 47.8% vs 40.9%; 15:00 CEST vs
2pm BST; margin 6,544 vs "about 6,500"; Giovanni Battista Zorzetto / Giovanni Zorzetto;
"chaired the city council 2010-2015" vs "former president of the city council"; outgoing
mayor Bortoluzzi (different person, similar role) with 2015/2020 background and his own 2020
score; quote variants ("city where people live" / "city to live in"; "firm but fair" / "tough
but fair"); population figures (49,000 centre, 250,000 municipality, 175,000 in 1951); access
fee €5 (about $5.80) and €10.

ct-FD3 (court) — PLANTED (3). Portugal's Constitutional Court (Acórdão 512/2026, preventive
review requested by the President of the Republic on 22 June) strikes down article 14 of the
housing emergency law (compulsory leasing of homes empty for over two years) by 8-5 and upholds
article 22 (rent cap, previous rent plus 2%) by 10-3, on Thursday 16 July 2026, ruling read
at 17:30 Lisbon time. Planted: (1) Rádio Lisboa Internacional gives the article 14 vote as
"7-6" (others 8-5 / "8 votes to 5"); (2) Jornal do Porto calls Duarte Nogueira "Finance
Minister" (others Housing Minister / Minister of Infrastructure and Housing); (3) LexIbérica
dates parliament's approval to "15 June" (others 5 June / June 5). Outlets: Iberia Press
Service (wire, JSON-LD), Rádio Lisboa Internacional (radio updates page,
article:published_time), Jornal do Porto (Porto newspaper, NO machine-readable date),
LexIbérica (legal specialist, JSON-LD, next morning). Traps: two different vote splits for two
different articles (8-5 and 10-3); parliament's own vote 118-101-11; 17:30 local vs 16:30 GMT;
court president (reads the ruling) vs rapporteur (wrote it), with and without second surnames
(António Queirós Mendonça / António Mendonça; Maria Inês Carvalho Monteiro / Inês Monteiro);
minister Duarte Albuquerque Nogueira / Duarte Nogueira; Porto's housing councillor (different
person, similar role); 48,000 eligible homes (government) vs 3,900 in Porto (city) vs 723,000
vacant dwellings (2021 census); rent cap +2% vs 2026 update coefficient 2.24%; €2.1bn vs $2.4bn;
Lisbon rents +6.4% vs Porto rents +8.1%; 25-day deadline; compensation at 80% of median rent;
2023 Mais Habitação background; quote variants of the minister and the tenants' spokeswoman.

tr-FD4 (trade) — CONTROL, no planted disagreement. Spain's Ministry of Economy, Trade and
Business publishes August 2026 goods-trade data on Friday 16 October 2026: exports €25,318.4m
(-2.8%), imports €31,872.6m (+1.9%), deficit €6,554.2m (+25.3%); January-August deficit
€27,780m (+28.6%). Outlets: Península Newswire (wire, JSON-LD), Onda Capital (broadcaster
economy updates page, article:published_time), El Heraldo Mercantil (Barcelona newspaper, NO
machine-readable date), OlivaTrade Review (olive-oil trade site, JSON-LD). Traps: monthly vs
cumulative figures; year-on-year changes for different aggregates; value (-2.8%) vs volume
(-1.2%) vs prices (-1.6%); euros vs dollars ($7.7bn, $4.05bn); €6,554.2m vs 6.55bn vs "nearly
€6.6 billion"; July deficit first reported €3,912.4m, revised to €4,050.3m (old vs new);
forecast 5.9bn vs actual; exports to the US -14.6% (August) vs -9.3% (Jan-Aug) vs Catalonia
-17.2%; Catalonia's own totals (€61,870m, +0.4%; August -4.1%); EU share 62.4%; energy vs
non-energy deficit; Eurostat euro-area surplus (other body); coverage ratio 79.4% vs 83.3%
(a year earlier); olive oil by calendar year (842,300 t, +21.7%; €3,462m, -17.9%) vs marketing
year (1.07m t, October-August); unit value €4.11/kg vs €6.09 a year earlier vs origin price
€3.95; production 1.37m t vs 2026/27 forecast 1.45m t; growth forecasts (1% vs the
government's 2%); Amparo Lledó Fuster / Amparo Lledó and her quote in several wordings;
Catalan regional business minister (different person, similar role).

rk-FD5 (rocket) — CONTROL, no planted disagreement. Estrela Aeroespacial's Açor-1 suborbital
rocket lifts off from the Malbusca pad on Santa Maria, Azores, on Thursday 17 September 2026 at
07:42 Azores time (= 07:42 UTC/GMT, 08:42 Lisbon, 09:42 peninsular Spain), after a scrub on
Tuesday 15 September and a slip from 10 September; apogee about 110 km (preliminary, on the
webcast) then 112.4 km (final telemetry, early afternoon). Outlets: Açores TV (regional
broadcaster live page, article:published_time), Atlantic Press Agency (wire, JSON-LD, published
before the final figure), Diario del Turia (Valencia newspaper, NO machine-readable date), Orbit
& Ascent (spaceflight specialist, JSON-LD, next day). Traps: preliminary vs final apogee with
times and attribution; predicted 105 km vs actual; 100 km Kármán line vs 80 km (50 miles) US
threshold; km vs miles (112.4 km / 69.8 mi; 41 km / 25 mi; 31 km / 19 mi); kg vs lb; kN vs lbf;
four clock times for one liftoff in different zones; splashdown "at 07:51" vs "9 min 48 s" vs
"less than ten minutes"; recovery "about two hours later" vs "just over two hours"; programme
cost €14m (about $16.5m) vs ESA €3.2m vs engine maker's own €9m; 14-metre vs 14.2 m; Açor-0
31 km in November 2025 and PLD Space's Miura 1 (October 2023) in background; Açor-2 capacity
200 kg LEO vs 150 kg SSO (forecast); Mariana Lobo Figueiredo / Mariana Figueiredo; flight
director vs engine maker's CEO vs space-agency president vs regional secretary (different
people, similar roles); staff counts of two different companies (120 vs 85).

eq-FD6 (earthquake) — PLANTED (3). Campi Flegrei earthquake under the Solfatara-Pisciarelli
area of Pozzuoli, west of Naples, Wednesday 14 October 2026 at 03:17 local time (01:17 UTC);
INGV Md 4.9, depth 2.6 km; strongest on record in the caldera. Planted: (1) Partenope News 24
live page says INGV set the magnitude at "5.4" (others 4.9); (2) Tyrrhenian Press Agency says
the quake struck at "05:17 local time" (others 03:17 / 3.17am local); (3) The Morning Courier
puts the epicentre "near Quarto" (others Pozzuoli). Outlets: Partenope News 24 (Naples
broadcaster live page, article:published_time), Tyrrhenian Press Agency (wire, JSON-LD), The
Morning Courier (international newspaper, article:published_time), Puteoli Notizie (local
site, next day, NO machine-readable date). Traps: INGV preliminary range 4.6-5.1 vs Md 4.9 vs
Mw 4.7 (different measures) vs USGS 5.0 vs previous strongest 4.6 (June 2025); depth 2.6 km
(INGV) vs about 10 km (USGS); 3.17am local vs 1.17am GMT; aftershocks 38 (07:00), 74 (16:20),
"dozens", 96 (next morning), largest 2.8 at 04:02; injured none (05:30) -> 9 (09:00) -> 17
(13:00) -> 21 (next day); displaced 340 / "more than 300" -> 512 next day; buildings unfit 112
-> 158 after 1,260 checks; 14 km vs nine miles; uplift 145 cm vs "nearly five feet"; Cumana line
suspended then partly reopened; schools closed "today" vs "until Saturday"; Irpinia 1980 and
1983-84 background figures; head of Civil Protection vs Vesuvius Observatory director vs mayor
(different roles); mayor's quote in two settings.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Page skeleton helpers. Only the furniture (header, cookie banner, share bar,
# newsletter box, sidebar, footer) is assembled here; every article's text is
# written out in full in the story sections below.
# ---------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _render_body(body: list) -> str:
    out: list[str] = []
    for item in body:
        if isinstance(item, str):
            out.append(f"        <p>{_esc(item)}</p>")
        elif item[0] == "h2":
            out.append(f"        <h2>{_esc(item[1])}</h2>")
        elif item[0] == "quote":
            out.append(f"        <blockquote><p>{_esc(item[1])}</p></blockquote>")
        elif item[0] == "update":
            _, stamp, paras = item
            out.append('        <div class="live-update">')
            out.append(f'          <span class="update-stamp">{_esc(stamp)}</span>')
            for para in paras:
                out.append(f"          <p>{_esc(para)}</p>")
            out.append("        </div>")
        else:  # pragma: no cover - defensive
            raise ValueError(item)
    return "\n".join(out)


def _page(
    *,
    site: str,
    home: str,
    url: str,
    title: str,
    description: str,
    headline: str,
    standfirst: str,
    byline: str,
    visible_date: str,
    body: list,
    nav: list[str],
    sidebar_title: str,
    sidebar: list[str],
    caption: str,
    lang: str = "en",
    section: str = "News",
    published: str | None = None,
    modified: str | None = None,
    date_mode: str | None = None,
    author: str | None = None,
    extra_head: str = "",
    newsletter: str = "Get the morning briefing in your inbox.",
    footer_note: str = "All rights reserved.",
) -> str:
    head_meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_attr(description)}">',
        f'<meta property="og:title" content="{_attr(headline)}">',
        f'<meta property="og:site_name" content="{_attr(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_attr(url)}">',
        f'<link rel="canonical" href="{_attr(url)}">',
    ]
    if date_mode == "meta" and published:
        head_meta.append(f'<meta property="article:published_time" content="{published}">')
        if modified:
            head_meta.append(f'<meta property="article:modified_time" content="{modified}">')
    if date_mode == "jsonld" and published:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published,
            "author": {"@type": "Person", "name": author or byline.removeprefix("By ")},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        if modified:
            ld["dateModified"] = modified
        ld_text = json.dumps(ld, ensure_ascii=False, indent=2)
        head_meta.append(f'<script type="application/ld+json">\n{ld_text}\n</script>')
    if extra_head:
        head_meta.append(extra_head)
    head = "\n  ".join(head_meta)
    nav_html = "\n".join(
        f'        <li><a href="{_attr(home)}/{_attr(n.lower().replace(" ", "-"))}">'
        f"{_esc(n)}</a></li>"
        for n in nav
    )
    side_html = "\n".join(
        f'          <li><a href="{_attr(home)}/story/{i + 101}">{_esc(s)}</a></li>'
        for i, s in enumerate(sidebar)
    )
    year = "2026"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <title>{_esc(title)}</title>
  {head}
  <link rel="stylesheet" href="{_attr(home)}/static/css/site.min.css">
</head>
<body class="article-page">
  <a class="skip-link" href="#main-content">Skip to content</a>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to run this site, measure audiences and
    personalise advertising. You can accept all cookies or manage your preferences.</p>
    <button type="button" class="btn-accept">Accept all</button>
    <button type="button" class="btn-manage">Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{_attr(home)}/">{_esc(site)}</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
{nav_html}
      </ul>
    </nav>
    <form class="search" action="{_attr(home)}/search"><input type="search" name="q"
      placeholder="Search"><button type="submit">Search</button></form>
  </header>
  <main id="main-content">
    <div class="breadcrumb"><a href="{_attr(home)}/">Home</a> &rsaquo;
      <a href="{_attr(home)}/{_attr(section.lower())}">{_esc(section)}</a></div>
    <article class="story">
      <header class="story-header">
        <h1>{_esc(headline)}</h1>
        <p class="standfirst">{_esc(standfirst)}</p>
        <div class="story-meta">
          <span class="byline">{_esc(byline)}</span>
          <span class="dateline">{_esc(visible_date)}</span>
        </div>
        <ul class="share-bar" aria-label="Share this article">
          <li><a href="#" class="share-fb">Share on Facebook</a></li>
          <li><a href="#" class="share-x">Share on X</a></li>
          <li><a href="#" class="share-wa">WhatsApp</a></li>
          <li><a href="#" class="share-mail">Email</a></li>
          <li><button type="button" class="copy-link">Copy link</button></li>
        </ul>
      </header>
      <figure class="lead-image">
        <img src="{_attr(home)}/media/lead-{sum(map(ord, url)) % 100000}.jpg" alt="">
        <figcaption>{_esc(caption)}</figcaption>
      </figure>
      <div class="article-body">
{_render_body(body)}
      </div><!-- /article-body -->
      <div class="story-tags">Topics: <a href="#">{_esc(section)}</a></div>
    </article>
    <aside class="newsletter-box">
      <h3>Newsletter</h3>
      <p>{_esc(newsletter)}</p>
      <form><input type="email" placeholder="Your email address">
        <button type="submit">Sign up</button></form>
    </aside>
    <aside class="sidebar">
      <section class="most-read">
        <h3>{_esc(sidebar_title)}</h3>
        <ol>
{side_html}
        </ol>
      </section>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="{_attr(home)}/about">About us</a></li>
      <li><a href="{_attr(home)}/contact">Contact</a></li>
      <li><a href="{_attr(home)}/privacy">Privacy policy</a></li>
      <li><a href="{_attr(home)}/cookies">Cookie settings</a></li>
      <li><a href="{_attr(home)}/terms">Terms of use</a></li>
    </ul>
    <p class="copyright">&copy; {year} {_esc(site)}. {_esc(footer_note)}</p>
  </footer>
</body>
</html>
"""


# ===========================================================================
# cb-FD1 - central bank (CONTROL): ECB rate cut at its Lisbon meeting,
# Thursday 29 October 2026.
# ===========================================================================

_CB_WIRE = _page(
    site="Meridian Wire",
    home="https://www.meridianwire.example",
    url="https://www.meridianwire.example/markets/ecb-cuts-rates-lisbon-meeting-2026-10-29/",
    title="ECB cuts rates for first time since June 2025 at Lisbon meeting | Meridian Wire",
    description=(
        "The European Central Bank cut its deposit rate to 1.75% at its annual meeting "
        "outside Frankfurt, held this year in Lisbon."
    ),
    headline="ECB cuts rates for first time since June 2025 at Lisbon meeting",
    standfirst="Deposit rate lowered to 1.75% as inflation seen below target into 2027",
    byline="By Tomás Echeverría and Lena Hofbauer",
    visible_date="Updated October 29, 2026 3:48 PM GMT+1",
    published="2026-10-29T14:32:00+01:00",
    modified="2026-10-29T15:48:00+01:00",
    date_mode="jsonld",
    section="Markets",
    nav=["World", "Business", "Markets", "Economy", "Technology", "Opinion"],
    sidebar_title="More from Meridian Wire",
    sidebar=[
        "Swiss National Bank holds at 0%, flags franc strength near 0.93 per euro",
        "Spain's unemployment rate falls to 10.4% in third quarter",
        "Oil slips to $62.10 as OPEC+ weighs December output",
        "Bank of Japan's Okabe signals January hike is 'on the table'",
    ],
    caption=(
        "ECB President Katharina Aldenhoff speaks to reporters at the Banco de Portugal in "
        "Lisbon, October 29, 2026. MERIDIAN WIRE/Duarte Relvas"
    ),
    body=[
        "LISBON, Oct 29 (Meridian Wire) - The European Central Bank cut interest rates by a "
        "quarter of a percentage point on Thursday, its first reduction since June 2025, as "
        "policymakers gathered in Lisbon concluded that inflation in the euro zone is likely "
        "to stay below their 2% target well into next year.",
        "The ECB lowered its deposit facility rate, the benchmark it uses to steer monetary "
        "policy, to 1.75% from 2.00%. The rate on its main refinancing operations was cut to "
        "1.90% from 2.15% and the rate on the marginal lending facility to 2.15% from 2.40%. "
        "The new rates apply from Nov. 4.",
        "The decision, published at 1415 CET (1315 GMT), had been expected by 41 of the 58 "
        "economists polled by Meridian Wire last week. The rest had forecast that the bank "
        "would wait until December, when its staff will publish a fresh set of economic "
        "projections.",
        "\"Inflation is now running slightly below our target, and our projections suggest "
        "it will stay there for longer than we expected in the summer,\" ECB President "
        "Katharina Aldenhoff told a news conference at the headquarters of the Banco de "
        "Portugal. \"We are not on a pre-set path. We will continue to decide meeting by "
        "meeting, on the basis of the incoming data.\"",
        "Aldenhoff said the cut had been supported by \"a very large majority\" of the "
        "Governing Council. Two people familiar with the discussions said three governors had "
        "argued for holding rates, citing still-firm services prices and robust wage growth "
        "in some member states. The ECB does not publish voting records.",
        "Euro zone inflation eased to 1.7% in September from 2.0% in August, Eurostat data "
        "showed earlier this month, while core inflation, which excludes volatile food and "
        "energy prices, held at 2.0%. In their September projections, ECB staff forecast "
        "headline inflation of 1.7% for 2026 and 1.5% for 2027, before a return to 1.9% in "
        "2028.",
        "Growth has also disappointed. The euro zone economy expanded by just 0.1% in the "
        "second quarter from the previous three months, and the staff projections see growth "
        "of 1.0% for the year as a whole.",
        "The euro slipped after the announcement and was down 0.4% at $1.1585 at 1430 GMT. "
        "Germany's 10-year Bund yield fell 5 basis points to 2.51%, while Italian and Spanish "
        "yields fell by slightly more.",
        "Money markets had priced in a roughly 80% chance of a cut before the meeting. After "
        "Aldenhoff spoke, traders added to bets on a further quarter-point move by March, "
        "market pricing showed.",
        "\"This was a cut with one hand on the brake,\" said Sofía Marcó, chief euro zone "
        "economist at Banca Orixe in Madrid. \"They did not close the door to December, but "
        "they certainly did not open it either.\"",
        "The ECB cut rates eight times between June 2024 and June 2025, lowering the deposit "
        "rate from a record 4% to 2%, before pausing for more than a year as inflation "
        "hovered close to target and the economy absorbed higher U.S. tariffs.",
        "Thursday's meeting was the bank's annual policy gathering outside Frankfurt, a "
        "tradition that takes the Governing Council to a different member country each year. "
        "The ECB is a familiar visitor to Portugal, where it holds its Forum on Central "
        "Banking in the hill town of Sintra every summer.",
        "Banco de Portugal Governor Rui Sarmento Leitão, who hosted the meeting, told "
        "reporters afterwards that households with variable-rate mortgages would feel the cut "
        "\"relatively quickly\", since most Portuguese home loans are linked to Euribor money "
        "market rates.",
        "The ECB's next policy meeting is scheduled for Dec. 17 in Frankfurt.",
        "(Reporting by Tomás Echeverría in Lisbon and Lena Hofbauer in Frankfurt; Editing by "
        "Graham Pirie)",
    ],
)

_CB_LIVE = _page(
    site="Canal Atlântico",
    home="https://www.canalatlantico.example",
    url="https://www.canalatlantico.example/en/live/ecb-lisbon-rate-decision-live",
    title="Live: ECB cuts rates at Lisbon meeting – as it happened | Canal Atlântico",
    description=(
        "Follow the European Central Bank's interest rate decision and press conference "
        "from the Banco de Portugal in Lisbon."
    ),
    headline="ECB cuts rates at Lisbon meeting – as it happened",
    standfirst=(
        "The European Central Bank's Governing Council met in Lisbon for its annual meeting "
        "outside Frankfurt. All times on this page are Lisbon time (GMT)."
    ),
    byline="Canal Atlântico economy desk: Joana Bettencourt and Filipe Amaral",
    visible_date="Live · Last updated 29/10/2026 16:05 Lisbon",
    published="2026-10-29T11:58:00+00:00",
    modified="2026-10-29T16:05:00+00:00",
    date_mode="meta",
    section="Economy",
    nav=["Portugal", "World", "Economy", "Sport", "Culture", "Weather", "Watch live"],
    sidebar_title="Most watched",
    sidebar=[
        "Storm Hermínia leaves 3,200 homes without power in Madeira",
        "Benfica beat Braga 2-1 to go top of the table",
        "Lisbon metro: Red Line extension to Alcântara slips to 2027",
        "Algarve drought: reservoirs at 31% of capacity",
    ],
    caption=(
        "The Governing Council met at the Banco de Portugal in Lisbon's Baixa district. "
        "Photo: Canal Atlântico / Rita Sequeira"
    ),
    newsletter="Our economy newsletter: the numbers behind the news, every weekday.",
    body=[
        ("update", "16:05", [
            "That's all from us for today. To recap: the European Central Bank cut its three "
            "key interest rates by 0.25 percentage points at its meeting in Lisbon, the first "
            "cut since June 2025. The deposit facility rate now stands at 1.75%, and the "
            "change takes effect next Wednesday, 4 November.",
            "ECB President Katharina Aldenhoff said the Governing Council would keep deciding "
            "\"meeting by meeting\" and gave no commitment on December. Thank you for "
            "following along.",
        ]),
        ("update", "15:20", [
            "Lisbon's PSI stock index closed 0.6% higher, helped by utilities and real estate "
            "companies, while bank shares slipped as investors weighed the hit to lending "
            "margins. Portugal's 10-year bond yield fell 6 basis points to 2.69%.",
        ]),
        ("update", "14:40", [
            "Our reporter Filipe Amaral caught up with the host, Banco de Portugal Governor "
            "Rui Manuel Sarmento Leitão, as the press conference ended.",
            "\"For a typical family with a variable-rate mortgage this is good news, but it "
            "will not happen overnight. It feeds through as each contract is reviewed,\" he "
            "told Canal Atlântico. The Banco de Portugal's October Economic Bulletin projects "
            "growth of 2.0% for the Portuguese economy this year, roughly double the euro "
            "area average.",
        ]),
        ("update", "14:25", [
            "Was the decision unanimous? Not quite. Aldenhoff said it had the backing of "
            "\"a very large majority\" of the Governing Council, adding that \"a few "
            "colleagues would have preferred to wait for the December projections\". She "
            "would not say how many.",
        ]),
        ("update", "14:05", [
            "Aldenhoff explains the decision: inflation is running slightly below the 2% "
            "target and, she said, will stay there for longer than the bank thought in the "
            "summer. Euro area inflation was 1.7% in September.",
            "\"We are not on a pre-set course. We will keep deciding meeting by meeting, based "
            "on the data,\" she said, in a line that will disappoint anyone hoping for a clear "
            "signal about further cuts.",
        ]),
        ("update", "13:45", [
            "The press conference is under way at the Banco de Portugal headquarters on Rua "
            "do Comércio, in the Baixa. (That is 14:45 in Frankfurt, for those keeping "
            "track.) Aldenhoff opened in Portuguese, thanking the host city, before switching "
            "to English.",
        ]),
        ("update", "13:15", [
            "BREAKING: The ECB cuts its key interest rates by 25 basis points.",
            "Deposit facility rate: 1.75% (from 2.00%). Main refinancing operations: 1.90% "
            "(from 2.15%). Marginal lending facility: 2.15% (from 2.40%). It is the first "
            "rate cut since June 2025, after the bank held rates steady for more than a year.",
        ]),
        ("update", "12:40", [
            "What could this mean for your mortgage? Most home loans in Portugal are linked "
            "to Euribor. The 12-month Euribor, the most common index for new contracts, closed "
            "on Wednesday at 2.06%, which means markets had already priced in much of the "
            "expected cut. Savings for families will come gradually, as contracts are "
            "reviewed every three, six or twelve months.",
        ]),
        ("update", "12:20", [
            "Outside, a small group of housing campaigners unfurled banners on the Praça do "
            "Comércio calling for cheaper credit and more public housing. Police had closed "
            "several streets around the central bank since Wednesday morning, when the "
            "two-day meeting began.",
        ]),
        ("update", "11:58", [
            "Good afternoon and welcome to our live coverage. The ECB's Governing Council, "
            "which sets interest rates for the 21 countries that use the euro, is meeting in "
            "Lisbon today for its annual meeting outside Frankfurt.",
            "The decision is due at 13:15 Lisbon time (14:15 in Frankfurt), with the press "
            "conference half an hour later. Most economists expect a quarter-point cut.",
        ]),
    ],
)

_CB_PAPER = _page(
    site="Diário do Tejo",
    home="https://en.diariodotejo.example",
    url="https://en.diariodotejo.example/economy/rate-cut-lisbon-mortgage-relief",
    title=(
        "Rate cut in Lisbon brings mortgage relief closer for Portuguese families"
        " - Diário do Tejo"
    ),
    description="Borrowers with variable-rate mortgages could save around €20 a month.",
    headline="Rate cut in Lisbon brings mortgage relief closer for Portuguese families",
    standfirst=(
        "Borrowers could save around €20 a month on a typical loan, but bankers warn the "
        "effect will take time"
    ),
    byline="By Inês Valadares",
    visible_date="29 October 2026, 18:10",
    section="Economy",
    nav=["Portugal", "Lisbon", "Economy", "World", "Opinion", "Culture", "Sport"],
    sidebar_title="Most read",
    sidebar=[
        "Lisbon rents rise 7.8% in a year, says INE",
        "Porto airport handles 1.4 million passengers in September",
        "Teachers' unions call strike for 12 November",
        "Third Tagus crossing: tender delayed again",
    ],
    caption=(
        "Houses in the Alfama district of Lisbon. Most Portuguese mortgages are linked to "
        "Euribor. (Photo: Diário do Tejo / Nuno Calado)"
    ),
    newsletter="Diário do Tejo in English: the day's Portugal news, every evening.",
    body=[
        "The European Central Bank brought its monetary policy meeting to Lisbon this week, "
        "and on Thursday it brought something that hundreds of thousands of Portuguese "
        "families with variable-rate mortgages had been waiting for: a cut in interest rates.",
        "At 13:15 Lisbon time, the ECB announced that its deposit facility rate would fall by "
        "0.25 percentage points to 1.75%. The other two key rates, for main refinancing "
        "operations and the marginal lending facility, were reduced by the same amount, to "
        "1.90% and 2.15% respectively.",
        "It was the first time the Frankfurt-based institution had lowered borrowing costs "
        "since June last year, when the deposit rate was brought down to 2%.",
        "“We are not on a pre-set path, and we will continue to take our decisions meeting by "
        "meeting, on the basis of the data,” the ECB's president, Katharina Aldenhoff, said at "
        "the press conference, held at the Banco de Portugal's headquarters in the Baixa.",
        "Most mortgages in Portugal are linked to Euribor, the rate at which banks lend to "
        "each other, and are reviewed every three, six or twelve months. The 12-month Euribor "
        "stood at 2.06% on Wednesday, compared with more than 4% at its peak in the autumn "
        "of 2023.",
        "According to a simulation by the consumer association Consumo Justo, a family with "
        "a €150,000 loan over 30 years and a spread of one percentage point could see its "
        "monthly instalment fall by around €20, from roughly €637 to €617, once the cut is "
        "fully reflected in the 12-month Euribor.",
        "“Every euro counts,” said Sandra Mourato, a 41-year-old nurse from Almada who took "
        "out her loan in 2021. “Our instalment went up by almost €300 when rates went up. If "
        "it comes down by twenty euros, I won't say no, but we are still far from where we "
        "were.”",
        "The governor of the Banco de Portugal, Rui Leitão, said the transmission to "
        "households would be gradual. “This will be felt relatively quickly, but not "
        "overnight. It depends on when each contract is reviewed,” he said.",
        "Banks expect demand for credit to keep growing. Paulo Azevedo Reis, a director at "
        "Banco Litoral, said the bank's new mortgage lending had risen 14% in the first nine "
        "months of the year. “Lower rates will help at the margin, but the real problem in "
        "Lisbon is the price of the houses, not the price of the money,” he said.",
        "Inflation in Portugal was 2.1% in September, according to INE, the national "
        "statistics institute, slightly above the euro area average of 1.7%.",
        "For the city, the two-day meeting meant road closures around the Praça do Comércio "
        "and a heavy police presence. The ECB holds one of its monetary policy meetings "
        "outside Frankfurt each year; Portugal also hosts the bank's annual forum in Sintra, "
        "usually at the start of the summer.",
        "Economists expect at least one more cut. “We think December is still open,” said "
        "Marta Quaresma, an economist at the Lisbon consultancy Atalaia Research, who expects "
        "the deposit rate to reach 1.5% by the spring.",
        "On the currency markets, the euro was trading at around $1.16 in the late afternoon, "
        "after dipping when the decision was announced. The ECB's next meeting is on 17 "
        "December, back in Frankfurt.",
    ],
)

_CB_SPECIALIST = _page(
    site="Piazza Affari Insight",
    home="https://www.piazzaaffari-insight.example",
    url="https://www.piazzaaffari-insight.example/bonds/btp-spread-ecb-lisbon-cut",
    title="BTP spread tightens to 71 bp as ECB cuts in Lisbon; banks lag | Piazza Affari Insight",
    description=(
        "Italian bonds rally after the ECB's quarter-point cut; the FTSE MIB gains but bank "
        "stocks fall on margin worries."
    ),
    headline="BTP spread tightens to 71 bp as ECB cuts in Lisbon; Italian banks lag",
    standfirst=(
        "Ten-year yield falls 9 bp to 3.22%; analysts see deposit rate on hold at 1.75% "
        "through the first half of 2027"
    ),
    byline="Chiara Benvenuti, Milan",
    author="Chiara Benvenuti",
    visible_date="Friday 30 October 2026",
    published="2026-10-30T07:30:00+01:00",
    date_mode="jsonld",
    section="Bonds",
    nav=["Markets", "Bonds", "Banks", "Funds", "Macro", "Data", "Podcast"],
    sidebar_title="Most read on Piazza Affari Insight",
    sidebar=[
        "Banca Lagunare third-quarter net profit up 12% to €412 million",
        "BTP Italia: orders reach €9.8 billion on first day",
        "TTF gas falls below €29/MWh for first time since May",
        "Fund flows: Italian savers pull €1.2 billion from equity funds in September",
    ],
    caption="The Milan stock exchange at Palazzo Mezzanotte. (Archive photo)",
    newsletter="The Insight Daily: bonds, banks and macro before the Milan open.",
    footer_note="Registered with the Court of Milan. All rights reserved.",
    body=[
        "MILAN – Italian government bonds rallied on Thursday after the European Central "
        "Bank lowered its key rates by 25 basis points at its meeting in Lisbon, with the "
        "spread between Italian 10-year BTPs and German Bunds narrowing by 4 basis points to "
        "71 bp at the close, its tightest finish in three weeks.",
        "The yield on the 10-year BTP fell 9 bp to 3.22%, while the equivalent Bund yield "
        "closed at 2.51%. Spain's 10-year yield fell to 2.87% and Portugal's to 2.69%, leaving "
        "the Iberian spreads over Bunds at 36 and 18 basis points respectively.",
        "The ECB cut its deposit facility rate to 1.75% from 2%, the first reduction since "
        "June 2025, and lowered the main refinancing rate to 1.90%. The decision was "
        "announced at 14:15 Central European Time, with the press conference following at "
        "14:45.",
        "“We are not on a predetermined path. We will keep deciding meeting by meeting, on "
        "the basis of the incoming data,” President Katharina Aldenhoff said, repeating a "
        "formula the bank has used since 2023.",
        "Banca d'Italia Governor Fabrizio Lanzoni, who sits on the Governing Council, had "
        "signalled support for a cut in a speech in Turin on 20 October, warning that the "
        "risks to Italian growth were “tilted to the downside”. Istat data show Italian HICP "
        "inflation at 1.3% in September, well below the euro area's 1.7%.",
        "The ECB's chief economist, Pieter van Dalen, had struck a more cautious tone in an "
        "interview published on 22 October, saying the bank should not be complacent about "
        "inflation undershooting its target but also should not “overreact to one or two "
        "soft prints”.",
        "On Piazza Affari, the FTSE MIB closed up 0.8% at 43,870 points, but banks lagged: "
        "the sector index fell 1.1% as investors priced in lower net interest income. "
        "Analysts at Finanza Padana SIM estimate that every 25 bp cut trims between 2% and 3% "
        "from Italian lenders' net interest income over twelve months, though they expect "
        "lower funding costs and stronger loan demand to offset part of the hit.",
        "On the currency market, the euro closed in New York at $1.1610, down 0.2% on the "
        "day, having touched $1.1572 in the minutes after the statement.",
        "For the Treasury, lower rates are welcome news. Italy's public debt stands at about "
        "€3.1 trillion ($3.6 trillion), equivalent to around 137% of GDP, and demand at "
        "auctions has been solid all year.",
        "“The message from Lisbon is one cut, then patience,” said Davide Morosini, head of "
        "fixed income strategy at Banca Lagunare. “We see the deposit rate at 1.75% through "
        "the first half of next year, with a final move to 1.5% possible in the summer. For "
        "BTPs, the carry story remains intact.”",
        "Not everyone is convinced. Elena Ricciardi, a portfolio manager at Ambrosiana "
        "Gestioni, said the spread had already tightened by more than 30 bp since January "
        "and that “much of the good news is in the price”.",
        "The next meeting, on 17 December, will come with new staff projections extending to "
        "2029. In September, ECB staff put euro area growth at 1.0% for this year and "
        "inflation at 1.7%.",
    ],
)

CB_FD1 = {
    "id": "cb-FD1",
    "part": "FD",
    "domain": "central bank",
    "fetched": "2026-10-31",
    "articles": [
        {"url": "https://www.meridianwire.example/markets/"
                "ecb-cuts-rates-lisbon-meeting-2026-10-29/",
         "html": _CB_WIRE},
        {"url": "https://www.canalatlantico.example/en/live/ecb-lisbon-rate-decision-live",
         "html": _CB_LIVE},
        {"url": "https://en.diariodotejo.example/economy/rate-cut-lisbon-mortgage-relief",
         "html": _CB_PAPER},
        {"url": "https://www.piazzaaffari-insight.example/bonds/btp-spread-ecb-lisbon-cut",
         "html": _CB_SPECIALIST},
    ],
    "planted": [],
}


# ===========================================================================
# el-FD2 - election (PLANTED x3): Venice mayoral run-off,
# Sunday 14 and Monday 15 June 2026.
# ===========================================================================

_EL_WIRE = _page(
    site="Nordest Press Agency",
    home="https://www.nordestpress.example",
    url="https://www.nordestpress.example/en/politics/venice-runoff-zorzetto-wins",
    title="Centre-left's Zorzetto wins Venice run-off with 53.8% - Nordest Press Agency",
    description=(
        "Giovanni Battista Zorzetto defeats Elisa Marangon in the Venice mayoral run-off; "
        "turnout 42.7%."
    ),
    headline="Centre-left's Zorzetto wins Venice run-off with 53.8%",
    standfirst=(
        "Turnout falls to 42.7% as lawyer defeats regional councillor Elisa Marangon"
    ),
    byline="By Paolo Trevisan",
    visible_date="15 June 2026 – 20:05",
    published="2026-06-15T20:05:00+02:00",
    date_mode="jsonld",
    section="Politics",
    nav=["Italy", "Veneto", "Politics", "Economy", "Culture", "Sport", "English"],
    sidebar_title="Latest from NPA",
    sidebar=[
        "Treviso: three arrested in €2.4 million VAT fraud probe",
        "Vicenza jeweller Orafa Berica posts €86 million in sales",
        "Cortina: bobsleigh track running costs put at €1.9 million a year",
        "Trieste port container traffic up 6.3% in May",
    ],
    caption=(
        "Giovanni Battista Zorzetto celebrates with supporters near the Rialto bridge, "
        "15 June 2026. NPA/Marco Bellin"
    ),
    body=[
        "VENICE, June 15 (NPA) – Centre-left candidate Giovanni Battista Zorzetto was elected "
        "mayor of Venice on Monday, winning the run-off against centre-right rival Elisa "
        "Marangon with 53.8% of the vote, according to final results published by the "
        "city's electoral office.",
        "Zorzetto, a 58-year-old lawyer who chaired the city council between 2010 and 2015, "
        "received 46,322 votes against 39,778 for Marangon, a margin of 6,544 votes. All 256 "
        "polling sections had been counted by 19:35.",
        "Turnout in the two-day run-off was 42.7%, down sharply from 56.4% in the first "
        "round two weeks earlier. Polls were open from 07:00 to 23:00 on Sunday and from "
        "07:00 to 15:00 on Monday. By the close on Sunday evening only 28.3% of the 206,412 "
        "registered voters had cast a ballot.",
        "The result ends eleven years of centre-right administration under outgoing mayor "
        "Stefano Bortoluzzi, who was barred from seeking a third consecutive term.",
        "\"Venice has chosen to be a city where people live, not only a city that people "
        "visit,\" Zorzetto told supporters at his campaign headquarters near the Rialto. "
        "\"From tomorrow I will be the mayor of everyone, from Pellestrina to Favaro.\"",
        "Marangon, 46, a member of the Veneto regional council backed by Brothers of Italy, "
        "the League and Forza Italia, conceded shortly after 18:00, when the trend was clear. "
        "\"I called Zorzetto to congratulate him. We will be a firm but fair opposition in "
        "the council,\" she said.",
        "In the first round on May 31 and June 1, Zorzetto had won 44.9% against 38.6% for "
        "Marangon, with the Five Star Movement's Davide Scarpa third on 7.2%. Scarpa did not "
        "endorse either candidate in the run-off.",
        "Zorzetto was strongest in the historic centre and the islands, where he took 61.5% "
        "of the vote, while the race was much closer on the mainland, in Mestre, Marghera "
        "and the surrounding districts, where he won 51.1%.",
        "The campaign was dominated by housing, tourism and the depopulation of the historic "
        "centre, whose resident population fell below 49,000 last year. Zorzetto has promised "
        "to turn the city's access fee for day-trippers, introduced in April 2024 at €5, into "
        "a booking system with a daily cap on visitors, and to convert 1,000 empty "
        "council-owned flats into homes for young families over five years.",
        "Marangon had campaigned on security in Mestre, faster works on the mainland tram "
        "network and a freeze on the municipal share of income tax. She will now lead the "
        "opposition in the 36-seat council, where Zorzetto's coalition is guaranteed a "
        "majority under the electoral law's winner's bonus.",
        "Run-offs were also held on Sunday and Monday in 14 other Italian municipalities "
        "with more than 15,000 inhabitants. In Venice, blank and spoiled ballots totalled "
        "2,038, leaving 86,100 valid votes out of 88,138 cast.",
        "Zorzetto will be formally proclaimed mayor in the coming days and is expected to "
        "present his executive team by the end of the month.",
    ],
)

_EL_LIVE = _page(
    site="TeleSerenissima",
    home="https://www.teleserenissima.example",
    url="https://www.teleserenissima.example/live/ballottaggio-venezia-2026",
    title="LIVE | Venice run-off: results as they come in | TeleSerenissima",
    description="Live results and reactions from the Venice mayoral run-off.",
    headline="Venice run-off: live results and reactions",
    standfirst=(
        "Giovanni Battista Zorzetto (centre-left) against Elisa Marangon (centre-right). "
        "Follow the count section by section. Times are local."
    ),
    byline="TeleSerenissima newsroom – Alvise Rossetto, Chiara Dal Zotto",
    visible_date="Updated 15/06/2026 20:20",
    published="2026-06-15T14:40:00+02:00",
    modified="2026-06-15T20:20:00+02:00",
    date_mode="meta",
    section="Politics",
    nav=["News", "Venice", "Mestre", "Politics", "Sport", "TV guide", "Live"],
    sidebar_title="Also on TeleSerenissima",
    sidebar=[
        "Acqua alta: MOSE barriers raised 4 times in May",
        "Murano glassmakers: gas bill up 18% on last year",
        "Reyer Venezia sign 2.08m centre from Serbia",
        "Lido film festival: 21 films in competition",
    ],
    caption="The count under way at a polling section in Mestre. (TeleSerenissima)",
    newsletter="TeleSerenissima news alerts: the day in Venice in five minutes.",
    body=[
        ("update", "20:20", [
            "Giovanni Battista Zorzetto has arrived at Ca' Farsetti, the town hall on the "
            "Grand Canal, to applause from a few hundred supporters. \"Venice has chosen to "
            "be a city to live in, not just a city to visit,\" he said from the steps. He "
            "will be formally proclaimed in the coming days.",
        ]),
        ("update", "19:50", [
            "Outgoing mayor Stefano Bortoluzzi, who could not stand for a third term, wished "
            "his successor \"good work\" and promised an orderly handover. \"The city is in "
            "better shape than we found it in 2015,\" he said in a statement.",
        ]),
        ("update", "19:35", [
            "FINAL RESULT: all 256 sections counted. Zorzetto 53.8% (46,322 votes), "
            "Marangon 46.2% (39,778 votes). Final turnout: 47.2%, compared with 56.4% in the "
            "first round.",
            "Zorzetto is the new mayor of Venice, the first from the centre-left since 2014.",
        ]),
        ("update", "18:40", [
            "Celebrations have started at Zorzetto's campaign headquarters near the Rialto, "
            "where a crowd of supporters is singing and waving flags of the civic lists. "
            "Zorzetto has not yet spoken: his staff say he is waiting for the last sections "
            "from the mainland before making any statement.",
        ]),
        ("update", "18:05", [
            "Elisa Marangon concedes. Speaking to supporters at her election night venue in "
            "Piazza Ferretto, Mestre, the regional councillor said: \"I have called Giovanni "
            "Battista Zorzetto to congratulate him. We will be a firm but fair opposition.\"",
        ]),
        ("update", "17:40", [
            "With 198 of 256 sections counted, Zorzetto has 54.3% and Marangon 45.7%. The "
            "gap narrows as the mainland sections come in, but it looks hard to close.",
        ]),
        ("update", "16:45", [
            "Our reporter at the counting centre in Mestre says the atmosphere among "
            "centre-right observers is subdued. Scrutineers from both coalitions are "
            "checking every contested ballot, which is slowing the count in the larger "
            "mainland sections.",
        ]),
        ("update", "16:10", [
            "First partial data from the city's electoral office: with 61 of 256 sections "
            "counted, Zorzetto 52.9%, Marangon 47.1%. Most of the early sections are in the "
            "historic centre, where counting is quicker because the sections are smaller.",
        ]),
        ("update", "15:20", [
            "Our exit poll, conducted for TeleSerenissima by Istituto Demos Nordest on a "
            "sample of 2,400 voters, gives Zorzetto between 51% and 55% and Marangon between "
            "45% and 49%. Remember: it is a projection, not a result.",
        ]),
        ("update", "15:00", [
            "Polls have closed at 15:00 this Monday and the count is starting in all the "
            "city's polling sections. At 23:00 on Sunday, when the polling stations closed "
            "for the night, turnout stood at 28.3%, against 56.4% at the end of the first "
            "round on 1 June. Earlier on Sunday it had been 10.1% at noon and 21.6% at "
            "19:00.",
        ]),
        ("update", "14:40", [
            "Good afternoon from the TeleSerenissima newsroom. In twenty minutes the polls "
            "close in the Venice run-off between Giovanni Battista Zorzetto, supported by "
            "the Democratic Party, the Greens and Left Alliance and three civic lists, and "
            "Elisa Marangon, supported by Brothers of Italy, the League and Forza Italia.",
            "In the first round two weeks ago Zorzetto led with 44.9% against Marangon's "
            "38.6%. The Five Star Movement's candidate, Davide Scarpa, came third with 7.2% "
            "and gave no indication to his voters for the run-off.",
        ]),
    ],
)

_EL_INTL = _page(
    site="The Continental Ledger",
    home="https://www.continentalledger.example",
    url=(
        "https://www.continentalledger.example/europe/2026/06/16/"
        "venice-elects-mayor-fewer-tourists"
    ),
    title="Venice elects a mayor who wants fewer tourists | The Continental Ledger",
    description=(
        "Giovanni Zorzetto's run-off win is a rare bright spot for Italy's centre-left, "
        "and a warning to the city's day-trippers."
    ),
    headline="Venice elects a mayor who wants fewer tourists",
    standfirst=(
        "Giovanni Zorzetto's run-off win is a rare bright spot for Italy's centre-left – and "
        "a warning to the city's day-trippers"
    ),
    byline="Harriet Colville in Venice",
    author="Harriet Colville",
    visible_date="16 June 2026",
    published="2026-06-16T06:00:00+01:00",
    date_mode="meta",
    section="Europe",
    nav=["World", "Europe", "Business", "Ideas", "Culture", "Travel"],
    sidebar_title="Related",
    sidebar=[
        "Barcelona caps cruise passengers at 7,000 a day from 2027",
        "Florence bans new short-term lets in the Unesco zone",
        "Amsterdam: hotel tax rises to 12.5%",
        "Dubrovnik mayor Ivo Palić on living with 1.5 million visitors",
    ],
    caption=(
        "Day-trippers crowd the Riva degli Schiavoni. Venice introduced an entry fee in "
        "2024. Photograph: Federico Zen for The Continental Ledger"
    ),
    newsletter="Europe Express: our correspondents' pick of the day, every morning.",
    footer_note="Registered in England. All rights reserved.",
    body=[
        "For eleven years the man in charge of Venice was a businessman from the mainland who "
        "liked to say that the city had to be run \"like a company\". On Monday evening, "
        "Venetians chose a very different kind of mayor.",
        "Giovanni Zorzetto, a 58-year-old lawyer and former president of the city council, "
        "beat the centre-right's Elisa Marangoni in a run-off by 53.8% to 46.2%, a margin of "
        "about 6,500 votes. His victory ends the era of Stefano Bortoluzzi, who was barred "
        "from standing for a third term, and hands Italy's struggling centre-left one of its "
        "few big-city wins this year.",
        "Venice, he told cheering supporters near the Rialto bridge, had chosen to be \"a "
        "city where people live, not only a city people visit\".",
        "That line sums up the mood in a city that is emptying out. The historic centre had "
        "about 175,000 residents in 1951; last year its population slipped below 49,000, "
        "while an estimated 21 million visitors passed through. Zorzetto wants to turn the "
        "access fee for day-trippers, first charged in April 2024 at €5 (about $5.80) and "
        "raised to €10 for late bookers last year, into a compulsory booking system with a "
        "daily cap.",
        "\"The fee was a start, but it was designed to count people, not to protect the "
        "city,\" said Marta Fabris, an urban planner at the IUAV university who advised "
        "his campaign. \"The question now is whether he has the courage to say no to some "
        "visitors.\"",
        "Ms Marangoni, 46, a regional councillor backed by the prime minister's Brothers of "
        "Italy, the League and Forza Italia, had campaigned mostly on crime and public works "
        "in Mestre, the mainland district where most of the municipality's 250,000 people "
        "live. She conceded on Monday evening and promised a \"firm but fair\" opposition.",
        "The run-off was spread over two days, with polls open on Sunday and until 3pm on "
        "Monday (2pm BST). Turnout was just under 43%, well down on the first round two "
        "weeks earlier, when Zorzetto led with 44.9% against 38.6% for Ms Marangoni.",
        "The map of the vote tells its own story. In the historic centre and the islands, "
        "Zorzetto took more than 61% of the vote. On the mainland, where the centre-right "
        "won comfortably in 2015 and 2020, he scraped home with about 51%.",
        "For the national centre-left, the result is a welcome change. \"Venice shows that "
        "when we talk about the cost of living and the right to stay in your own city, we "
        "can win even where the right has governed for a decade,\" said Laura Bonaldo, a "
        "Democratic Party deputy from the Veneto.",
        "Centre-right leaders played down the defeat, noting the low turnout. \"Fewer than "
        "half of Venetians voted. This is not a mandate for a revolution,\" said Matteo "
        "Visentin, the League's regional secretary.",
        "Tourism businesses are nervous. Gianni Cappellato, who runs a gondola company and "
        "chairs a local traders' association, said a cap on visitors could cost jobs. \"We "
        "all want a living city, but people also live from tourism,\" he said. \"We will "
        "judge him on the details.\"",
        "Zorzetto, who takes office once he is formally proclaimed in the coming days, has "
        "also promised to turn 1,000 empty council-owned flats into homes for young "
        "families. Whether a mayor can reverse seventy years of decline is another matter. "
        "But on Monday night, at least, the city voted for trying.",
    ],
)

_EL_LOCAL = _page(
    site="Mestre Oggi",
    home="https://www.mestreoggi.example",
    url="https://www.mestreoggi.example/politica/zorzetto-sindaco-voto-quartieri",
    title="Zorzetto is mayor: how Mestre, Marghera and the islands voted - Mestre Oggi",
    description="District by district, the numbers of the Venice run-off.",
    headline="Zorzetto is mayor: how Mestre, Marghera and the islands voted",
    standfirst=(
        "The new mayor owes his win to the historic centre, but Marghera also turned his way. "
        "Favaro stayed loyal to the centre-right."
    ),
    byline="By Giulia Vianello",
    visible_date="15 June 2026 – 22:15",
    section="Politics",
    nav=["Mestre", "Marghera", "Venezia", "Politica", "Cronaca", "Sport", "Eventi"],
    sidebar_title="Most read",
    sidebar=[
        "Via Piave: 12 new cameras after the spring thefts",
        "Tram T2 works: Via Cappuccina closed until 30 June",
        "Parco San Giuliano: 40,000 at the Festa de Mestre",
        "Forte Marghera, the restoration will cost €7.3 million",
    ],
    caption=(
        "Supporters of Elisa Marangon in Piazza Ferretto on election night. "
        "(Photo Mestre Oggi)"
    ),
    newsletter="Mestre Oggi every morning at 7: news from your neighbourhood.",
    footer_note="Mestre Oggi – independent local news since 2009.",
    body=[
        "When the polls closed at 3pm on Tuesday, few people in Piazza Ferretto still believed "
        "in a comeback. By the evening the numbers were clear: Giovanni Battista Zorzetto is "
        "the new mayor of Venice, with 53.8% of the vote against 46.2% for Elisa Marangon.",
        "Final turnout was 42.7%, more than thirteen points below the first round. Out of "
        "206,412 people entitled to vote, 88,138 went to the polls; 2,038 ballots were blank "
        "or spoiled, leaving 86,100 valid votes. Zorzetto received 46,322, Marangon 39,778.",
        "But the city did not vote as one. As usual, the real difference was made across the "
        "lagoon. In the municipality of Venezia-Murano-Burano, which covers the historic "
        "centre and the northern islands, Zorzetto took 62.4%. At the Lido and Pellestrina "
        "he stopped at 55.0%. Taken together, the historic centre and the islands gave him "
        "61.5%.",
        "On the mainland the race was almost a tie: Zorzetto won 51.1% overall, but the "
        "picture varies a lot from one district to another. Marghera, with its working-class "
        "tradition, gave him 55.6%. In Mestre-Carpenedo he won by a whisker, with 50.2%, "
        "while Chirignago-Zelarino gave him 50.9%. Favaro Veneto was the only municipality "
        "where Marangon finished first, with 51.3%.",
        "Turnout also followed the lagoon line: 47.8% in the historic centre and islands, "
        "against 40.9% on the mainland, where many voters seem to have stayed at home "
        "after the first round.",
        "“Venice has chosen to be a city to live in, not just a city to visit,” Zorzetto said "
        "in the evening at Ca' Farsetti. To Mestre he sent a specific message: “I know that "
        "here many did not vote for me. I will be the mayor of Mestre as much as of San "
        "Marco.”",
        "Marangon, who followed the count with her supporters in Piazza Ferretto, admitted "
        "defeat shortly after six. “I called Zorzetto to congratulate him. We will be a "
        "tough but fair opposition,” she said, thanking “the mainland that believed in us”.",
        "For the centre-right it is the end of a cycle that began in 2015 with the first "
        "victory of Stefano Bortoluzzi, re-elected at the first round in September 2020 "
        "with 54.6%. This time the coalition had bet on a regional councillor from Mestre, "
        "hoping to mobilise the mainland. It was not enough.",
        "“The problem was turnout,” said Renato Bellotto, a centre-right councillor in the "
        "outgoing council. “Two weeks ago our voters came out; this time many stayed at the "
        "beach.”",
        "Some of the outgoing majority's voters appear to have switched sides. In several "
        "sections of Marghera that Bortoluzzi carried easily in 2020, Zorzetto was ahead by "
        "more than ten points, a shift that local party officials attribute to the long "
        "delays on the tram works and to the closure of the district's last post office.",
        "Now the work begins. Among Zorzetto's first promises is the tram extension towards "
        "the hospital in Mestre, a project that has been stuck for three years, and a plan "
        "for 1,000 public flats to be assigned to young families. The proclamation is expected "
        "in the coming days, then the new council will meet for the first time.",
    ],
)

EL_FD2 = {
    "id": "el-FD2",
    "part": "FD",
    "domain": "election",
    "fetched": "2026-06-17",
    "articles": [
        {"url": "https://www.nordestpress.example/en/politics/venice-runoff-zorzetto-wins",
         "html": _EL_WIRE},
        {"url": "https://www.teleserenissima.example/live/ballottaggio-venezia-2026",
         "html": _EL_LIVE},
        {"url": "https://www.continentalledger.example/europe/2026/06/16/"
                "venice-elects-mayor-fewer-tourists",
         "html": _EL_INTL},
        {"url": "https://www.mestreoggi.example/politica/zorzetto-sindaco-voto-quartieri",
         "html": _EL_LOCAL},
    ],
    "planted": [
        ("final run-off turnout", r"\b42\.7\b", r"\b47\.2\b"),
        ("losing candidate's surname", r"\bmarangon\b", r"\bmarangoni\b"),
        ("weekday polls closed", r"\bmonday\b", r"\btuesday\b"),
    ],
}


# ===========================================================================
# ct-FD3 - court (PLANTED x3): Portugal's Constitutional Court strikes down
# the compulsory-leasing article of the housing emergency law, Thursday
# 16 July 2026.
# ===========================================================================

_CT_WIRE = _page(
    site="Iberia Press Service",
    home="https://www.iberiapress.example",
    url="https://www.iberiapress.example/en/portugal/constitutional-court-forced-leasing-ruling",
    title="Portugal's Constitutional Court strikes down forced leasing of empty homes | IPS",
    description=(
        "Judges uphold the rent cap for new contracts but reject the compulsory leasing "
        "article of the housing emergency law."
    ),
    headline="Portugal's Constitutional Court strikes down forced leasing of empty homes",
    standfirst=(
        "Judges uphold rent cap for new contracts but reject core of housing emergency law "
        "by 8-5"
    ),
    byline="By Rita Magalhães",
    visible_date="16 Jul 2026, 19:02 WEST",
    published="2026-07-16T19:02:00+01:00",
    date_mode="jsonld",
    section="Portugal",
    nav=["Spain", "Portugal", "Europe", "Business", "Markets", "Sport"],
    sidebar_title="More news",
    sidebar=[
        "Lisbon airport: new terminal to handle 50 million passengers a year",
        "TAP cancels 1,120 flights during June strikes",
        "Odemira wildfire burns 2,300 hectares before being contained",
        "Braga hospital waiting lists fall 11% in first half",
    ],
    caption=(
        "The Palácio Ratton, seat of the Constitutional Court, in Lisbon. "
        "IPS/Henrique Lago"
    ),
    body=[
        "LISBON, July 16 (IPS) - Portugal's Constitutional Court on Thursday struck down a "
        "provision of the government's housing emergency law that would have allowed "
        "municipalities to lease out homes left empty for more than two years without their "
        "owners' consent, ruling that it disproportionately restricted the right to private "
        "property.",
        "The court's 13 judges voted 8-5 against the compulsory leasing mechanism, set out "
        "in article 14 of the law. In a separate vote, they upheld by 10-3 article 22, which "
        "caps the initial rent in new contracts for homes that were let in the previous five "
        "years at the previous rent plus 2%.",
        "The ruling, read by the court's president, Judge António Queirós Mendonça, at the "
        "Palácio Ratton in Lisbon at 17:30 local time (16:30 GMT), means the President of "
        "the Republic must veto the law and return it to parliament, which can remove or "
        "rewrite the offending article.",
        "Parliament approved the law on June 5 with 118 votes in favour, 101 against and 11 "
        "abstentions. The President asked the court on June 22 to review the two articles, "
        "citing \"serious doubts\" about their compatibility with the constitution.",
        "Housing Minister Duarte Nogueira said the government respected the decision and "
        "would present an alternative. \"We respect the court's ruling, and we will bring "
        "forward a solution that achieves the same goal without the coercive element,\" he "
        "told reporters at the ministry.",
        "The government has estimated that around 48,000 homes in areas of high housing "
        "pressure had been empty for more than two years and could have been brought onto "
        "the rental market under the scheme.",
        "Hugo Vaz Serrão, president of the Associação Lusitana de Proprietários, a "
        "landlords' group, called the ruling \"a victory for common sense and for the "
        "constitution\". \"Owners are not the enemy. Homes are empty for many reasons, from "
        "inheritance disputes to a lack of money for repairs,\" he said.",
        "Tenants' groups said they were disappointed. \"Today the court protected empty "
        "houses, not people,\" said Carla Pimentel Rocha, spokeswoman for Movimento "
        "Inquilinos Unidos. \"At least the rent cap survives, and that matters for thousands "
        "of families.\"",
        "The ruling's rapporteur, Judge Maria Inês Carvalho Monteiro, wrote for the majority "
        "that the state could encourage the use of empty homes through taxes and incentives, "
        "but that forcing owners to hand them over for up to five years went \"beyond what is "
        "necessary\" to address the housing shortage.",
        "Housing costs have become one of Portugal's most pressing political issues. Rents "
        "in new leases in Lisbon reached an average of 17.12 euros per square metre in the "
        "first quarter of 2026, according to the national statistics institute INE, up 6.4% "
        "from a year earlier.",
        "A similar compulsory leasing mechanism was included in the previous government's "
        "2023 \"Mais Habitação\" package but was repealed in 2024 without ever having been "
        "applied.",
        "The rest of the law, including a 2.1 billion euro ($2.4 billion) public housing "
        "investment programme, was not challenged and is expected to take effect once "
        "parliament has amended article 14 and the President has signed the revised text.",
    ],
)

_CT_RADIO = _page(
    site="Rádio Lisboa Internacional",
    home="https://www.rli.example",
    url="https://www.rli.example/en/updates/constitutional-court-housing-law",
    title="Updates: Constitutional Court rules on housing emergency law | RLI",
    description="Follow the Constitutional Court's ruling on the housing emergency law.",
    headline="Constitutional Court rules on housing emergency law – updates",
    standfirst=(
        "The court examined two articles of the law at the request of the President of the "
        "Republic. All times are Lisbon time."
    ),
    byline="RLI newsroom: Sérgio Antunes",
    visible_date="Last update 16.07.2026, 19:45",
    published="2026-07-16T17:20:00+01:00",
    modified="2026-07-16T19:45:00+01:00",
    date_mode="meta",
    section="Politics",
    nav=["News", "Politics", "Economy", "World", "Sport", "Podcasts", "Listen live"],
    sidebar_title="Latest updates",
    sidebar=[
        "Heatwave: red alert in Évora and Beja, 44C forecast",
        "Madeira: 2 hikers rescued on Pico Ruivo",
        "Metro do Porto: new line to Gaia opens 28 September",
        "Sines data centre: second phase worth €3.5 billion",
    ],
    caption="Reporters outside the Palácio Ratton on Thursday afternoon. (RLI)",
    newsletter="RLI Morning: the five stories you need, at 7am.",
    body=[
        ("update", "19:45", [
            "The Housing Minister, Duarte Albuquerque Nogueira, has spoken to reporters at the "
            "ministry. \"We respect the decision of the Constitutional Court, and we will "
            "present an alternative that reaches the same objective without coercion,\" he "
            "said. He suggested the new version could rely on tax incentives for owners who "
            "put empty homes on the rental market voluntarily.",
        ]),
        ("update", "19:10", [
            "Reactions from parliament are coming in. Left-wing parties, which had voted for "
            "the law, said the ruling showed that the constitution protects \"property before "
            "housing\" and called for a constitutional revision. The liberal opposition, which "
            "voted against, said the government had been warned from the start that article "
            "14 would not survive.",
        ]),
        ("update", "18:50", [
            "The full text of the ruling is now on the court's website. Writing for the "
            "majority, the rapporteur, Judge Inês Monteiro, says the state may encourage the "
            "use of empty homes through taxes and incentives, but that forcing owners to hand "
            "them over for up to five years goes \"beyond what is necessary\". The court "
            "also criticises the absence of any prior control by a judge.",
        ]),
        ("update", "18:30", [
            "Carla Rocha of the tenants' association Movimento Inquilinos Unidos told RLI "
            "she was disappointed: \"The court protected empty houses, not people. But the "
            "rent cap survives, and for thousands of families that is what matters most.\"",
        ]),
        ("update", "18:05", [
            "First reaction from landlords. Hugo Serrão, of the Associação Lusitana de "
            "Proprietários, called it \"a victory for common sense and for the "
            "constitution\".",
        ]),
        ("update", "17:50", [
            "What happens now? Because this was a preventive review, the law had not yet "
            "been signed. The President must now veto it and send it back to the Assembly of "
            "the Republic, which can remove article 14, rewrite it, or confirm it by a "
            "two-thirds majority. The rest of the law, including a €2.1 billion investment "
            "programme in public housing, was not in question.",
            "The government had estimated that the compulsory leasing scheme could have "
            "covered about 48,000 homes empty for more than two years.",
        ]),
        ("update", "17:35", [
            "BREAKING: The Constitutional Court has declared article 14 of the housing "
            "emergency law unconstitutional, by 7-6. That is the article that allowed "
            "municipalities to lease empty homes without the owners' consent.",
            "Article 22, which limits the initial rent in new contracts to the previous rent "
            "plus 2%, was upheld, by 10 votes to 3.",
        ]),
        ("update", "17:30", [
            "The president of the court, Judge António Mendonça, has begun reading a summary "
            "of the ruling in the main hall of the Palácio Ratton. The rapporteur was Judge "
            "Inês Monteiro.",
        ]),
        ("update", "17:20", [
            "Good afternoon. In ten minutes the Constitutional Court will announce its ruling "
            "on the housing emergency law, approved by parliament on 5 June with the votes of "
            "the governing parties and the left.",
            "The President of the Republic sent two articles to the court on 22 June: article "
            "14, on the compulsory leasing of homes empty for more than two years in areas of "
            "high housing pressure, and article 22, on the cap on rents in new contracts. The "
            "court had 25 days to decide.",
        ]),
    ],
)

_CT_PAPER = _page(
    site="Jornal do Porto",
    home="https://en.jornaldoporto.example",
    url="https://en.jornaldoporto.example/city/empty-homes-porto-court-ruling",
    title="Empty homes in Porto will stay empty, for now, after court ruling - Jornal do Porto",
    description=(
        "The Constitutional Court's ruling on forced leasing leaves Porto's plan for 3,900 "
        "vacant homes in limbo."
    ),
    headline="Empty homes in Porto will stay empty, for now, after court ruling",
    standfirst=(
        "City hall had listed 3,900 homes that could have been leased under the law. The "
        "rent cap, however, survives."
    ),
    byline="By Ricardo Sousa Mota",
    visible_date="17 July 2026",
    section="City",
    nav=["Porto", "North", "Portugal", "Economy", "FC Porto", "Culture", "Opinion"],
    sidebar_title="Most read",
    sidebar=[
        "São João: 400,000 celebrate on the riverside",
        "Campanhã bus terminal: 2 years late and €6 million over budget",
        "Ribeira hotel licences frozen until 2028",
        "Douro cruises carry 1.3 million passengers",
    ],
    caption=(
        "Boarded-up houses on Rua de Cedofeita. Porto counted 3,900 homes empty for more "
        "than two years. (Photo: Jornal do Porto / Ana Gouveia)"
    ),
    newsletter="The Porto Briefing: the city's news in English, every Friday.",
    footer_note="Jornal do Porto, founded 1921.",
    body=[
        "On Rua de Cedofeita, as in dozens of streets in the centre of Porto, the signs are "
        "easy to spot: shutters closed for years, plants growing from the balconies, "
        "letterboxes stuffed with advertising. Under the housing emergency law approved by "
        "parliament on 5 June, many of these buildings could have been leased by the city "
        "and offered to families at controlled rents.",
        "On Thursday, the Constitutional Court put an end to that idea, at least in its "
        "current form. By 8-5, the judges declared unconstitutional article 14 of the law, "
        "which allowed municipalities to take over the management of homes empty for more "
        "than two years without the owners' consent. The court held that the measure "
        "restricted the right to private property beyond what was necessary.",
        "The ruling was read at 17:30 in Lisbon by the court's president, Judge António "
        "Queirós Mendonça. The rapporteur was Judge Inês Monteiro.",
        "Porto's city hall had already drawn up a list. According to the councillor for "
        "housing, Sofia Brandão, the municipality had identified about 3,900 homes that had "
        "been empty for more than two years and that could have been covered by the "
        "scheme. Nationwide, the government put the figure at around 48,000 in areas of high "
        "housing pressure; the 2021 census counted about 723,000 vacant dwellings across the "
        "whole country, although that figure includes homes for sale, homes awaiting "
        "demolition and homes empty for only a few months.",
        "“We were ready to start with 400 homes in the first year,” Brandão said on Thursday "
        "evening. “Now we will have to wait for parliament. We don't give up: there are "
        "other tools, like the municipal property tax surcharge on derelict buildings.”",
        "The government reacted quickly. Finance Minister Duarte Nogueira said the executive "
        "respected the decision. “We respect the ruling of the Constitutional Court and we "
        "will present an alternative that achieves the same objective without coercion,” he "
        "said in Lisbon.",
        "The news was not all bad for tenants. By 10-3, the judges upheld article 22, which "
        "caps the rent in new contracts for homes rented in the previous five years at the "
        "old rent plus 2%. In Porto, where rents in new contracts rose 8.1% in a year, "
        "tenants' associations see that as a crucial protection.",
        "“It's something, but it's not enough,” said Joana Meireles, 29, who shares a flat "
        "in Bonfim with two friends and pays €1,150 a month. “Every time a contract ends, "
        "the owner wants more. At least now there is a limit.”",
        "Landlords in the city were relieved. Manuel Teixeira Pinto, who owns four flats in "
        "Paranhos, two of them empty since his mother died in 2022, said the law had "
        "frightened small owners. “These are not speculators' houses. They are family houses "
        "that need works that we cannot afford,” he said.",
        "The law now goes back to parliament. Because the review was preventive, the "
        "President of the Republic, who had asked the court to examine the two articles on "
        "22 June, must veto the text; the deputies can then remove or rewrite article 14.",
        "The rest of the package, including €2.1 billion for public housing over five years, "
        "was not under review.",
    ],
)

_CT_LEGAL = _page(
    site="LexIbérica",
    home="https://www.lexiberica.example",
    url="https://www.lexiberica.example/analysis/acordao-512-2026-forced-leasing-rent-cap",
    title="Acórdão 512/2026: forced leasing falls, rent cap survives | LexIbérica",
    description=(
        "Analysis of the Portuguese Constitutional Court's ruling on the housing emergency "
        "law: proportionality, property and the rent cap."
    ),
    headline=(
        "Acórdão 512/2026: what the Constitutional Court said about forced leasing and rent "
        "caps"
    ),
    standfirst=(
        "The majority applied a classic proportionality test to article 14. The dissenting "
        "judges saw a legitimate social function of property."
    ),
    byline="By Beatriz Fonseca Leal",
    author="Beatriz Fonseca Leal",
    visible_date="17.07.2026 · 8 min read",
    published="2026-07-17T09:15:00+01:00",
    date_mode="jsonld",
    section="Analysis",
    nav=["Analysis", "Case law", "Legislation", "Firms", "Careers", "Events"],
    sidebar_title="Related analysis",
    sidebar=[
        "Spain's Supreme Court on rent index: ruling STS 1187/2026 explained",
        "Short-term rentals: Lisbon's 2025 containment zones one year on",
        "Golden visa: 11,300 applications still pending at AIMA",
        "Italian Constitutional Court, ruling 88/2026 on evictions",
    ],
    caption="Palácio Ratton, Lisbon. (LexIbérica archive)",
    newsletter="LexIbérica Weekly: the week's key rulings from Lisbon and Madrid.",
    footer_note="LexIbérica does not provide legal advice.",
    body=[
        "The Portuguese Constitutional Court delivered on Thursday its ruling on the housing "
        "emergency law (Acórdão n.º 512/2026), in a preventive review requested by the "
        "President of the Republic. The result is a split decision: the compulsory leasing "
        "of vacant homes in article 14 was declared unconstitutional by 8 votes to 5, while "
        "the cap on initial rents in article 22 was upheld by 10 votes to 3.",
        "The procedural timeline was tight. The decree was approved by the Assembly of the "
        "Republic in its final global vote on 15 June and sent to the President shortly "
        "afterwards. The request for review was filed on 22 June, and under article 278 of "
        "the Constitution the court had 25 days to rule. The decision, read by the court's "
        "president, Judge António Queirós Mendonça, at 17:30 on 16 July, came within that "
        "deadline. The full text runs to 87 pages.",
        "On article 14, the majority opinion, drafted by the rapporteur, Judge Maria Inês "
        "Carvalho Monteiro, does not question that the state may intervene in the use of "
        "private property to secure the right to housing under article 65. The problem, in "
        "the majority's view, is proportionality under article 18(2). A measure allowing a "
        "municipality to take over a home for up to five years, with compensation set "
        "unilaterally at 80% of the median rent for the area, fails the necessity test "
        "because less restrictive tools, in particular fiscal ones, had not been exhausted.",
        "The majority notes that the property tax surcharge on vacant homes already "
        "exists and that the legislator provided no evidence that it had failed. It also "
        "criticises the lack of a judicial check before the municipality takes possession.",
        "The five dissenting judges took a different view. In the main dissenting opinion, "
        "Judge José Eduardo Pinto Correia argued that article 62 protects property "
        "“within the terms of the Constitution”, which includes its social function, and "
        "that a home kept empty for years in a city with an acute shortage is precisely the "
        "case in which the legislator's room for manoeuvre should be widest.",
        "Article 22 was upheld with much less difficulty. The court found that limiting the "
        "initial rent in new contracts, for homes let in the previous five years, to the "
        "previous rent plus 2% pursues a legitimate aim and leaves owners a reasonable "
        "return, especially as existing leases continue to be updated each year by the "
        "statutory coefficient, set at 2.24% for 2026. Three judges dissented, arguing that "
        "the cap freezes historic distortions between similar homes.",
        "What happens next is governed by article 279 of the Constitution. The President "
        "must veto the decree and return it to parliament, which can expunge the "
        "unconstitutional norm, reformulate it, or confirm it by a two-thirds majority of "
        "the deputies present, provided that is more than an absolute majority. "
        "Confirmation is politically unrealistic: the law passed with 118 votes out of 230.",
        "The Minister of Infrastructure and Housing, Duarte Nogueira, has already said the "
        "government will present an alternative “without the coercive element”. Any new "
        "version will have to take account of the majority's reasoning, which points "
        "clearly towards fiscal incentives and prior judicial control.",
        "The ruling also has a wider significance. The government had estimated that about "
        "48,000 homes in areas of high housing pressure would have been eligible, a small "
        "fraction of the roughly 723,000 vacant dwellings counted in the 2021 census. For "
        "practitioners, the key message is that the court is prepared to accept strong "
        "intervention on rents, but not the transfer of possession without prior judicial "
        "control.",
    ],
)

CT_FD3 = {
    "id": "ct-FD3",
    "part": "FD",
    "domain": "court",
    "fetched": "2026-07-18",
    "articles": [
        {"url": "https://www.iberiapress.example/en/portugal/"
                "constitutional-court-forced-leasing-ruling",
         "html": _CT_WIRE},
        {"url": "https://www.rli.example/en/updates/constitutional-court-housing-law",
         "html": _CT_RADIO},
        {"url": "https://en.jornaldoporto.example/city/empty-homes-porto-court-ruling",
         "html": _CT_PAPER},
        {"url": "https://www.lexiberica.example/analysis/"
                "acordao-512-2026-forced-leasing-rent-cap",
         "html": _CT_LEGAL},
    ],
    "planted": [
        ("vote split on article 14 (compulsory leasing)",
         r"\b8\s*[-–]\s*5\b|\beight (?:votes )?to five\b|\b8 votes to 5\b",
         r"\b7\s*[-–]\s*6\b|\bseven (?:votes )?to six\b|\b7 votes to 6\b"),
        ("title of Duarte Nogueira",
         r"\bhousing minister\b|\bminister (?:of|for) (?:infrastructure and )?housing\b",
         r"\bfinance minister\b"),
        ("date parliament approved the law", r"\b5 june\b|\bjune 5\b",
         r"\b15 june\b|\bjune 15\b"),
    ],
}


# ===========================================================================
# tr-FD4 - trade (CONTROL): Spain's August 2026 trade figures, published
# Friday 16 October 2026.
# ===========================================================================

_TR_WIRE = _page(
    site="Península Newswire",
    home="https://www.peninsulanewswire.example",
    url="https://www.peninsulanewswire.example/economy/spain-trade-deficit-august-2026",
    title="Spain's trade deficit widens 25% in August as exports to US slump | Península Newswire",
    description=(
        "Spain's trade deficit rose 25.3% year on year in August to 6.55 billion euros as "
        "exports fell 2.8%."
    ),
    headline="Spain's trade deficit widens 25% in August as exports to US slump",
    standfirst="Exports fall 2.8%, imports rise 1.9%; July deficit revised up",
    byline="By Álvaro Medina",
    visible_date="October 16, 2026 11:48 CEST",
    published="2026-10-16T11:48:00+02:00",
    date_mode="jsonld",
    section="Economy",
    nav=["Spain", "Portugal", "Economy", "Markets", "Companies", "Politics"],
    sidebar_title="Related coverage",
    sidebar=[
        "Spain's inflation eases to 2.2% in September, INE confirms",
        "Ibex 35 closes at record 16,412 points on bank rally",
        "Textil Galaica third-quarter sales rise 6.1% to 2.4 billion euros",
        "Portugal's exports rise 3.4% in August",
    ],
    caption=(
        "Containers at the port of Valencia, Spain's busiest by container traffic. "
        "PNW/Inma Sorlí"
    ),
    body=[
        "MADRID, Oct 16 (PNW) - Spain's trade deficit widened by a quarter in August from a "
        "year earlier as exports fell and sales to the United States slumped again, data from "
        "the Ministry of Economy, Trade and Business showed on Friday.",
        "The deficit rose 25.3% to 6.55 billion euros ($7.7 billion), from 5.23 billion euros "
        "in August 2025. Analysts polled by Península Newswire had expected a gap of 5.9 "
        "billion euros.",
        "Exports fell 2.8% year on year to 25.32 billion euros, while imports rose 1.9% to "
        "31.87 billion euros. The coverage ratio, which measures exports as a share of "
        "imports, fell to 79.4% from 83.3% a year earlier.",
        "In real terms, stripping out price changes, exports fell 1.2% in August, as export "
        "prices declined 1.6%, the ministry said.",
        "August is traditionally the weakest month of the year for Spanish trade as many "
        "factories close for the summer holidays, and the ministry stressed that monthly "
        "figures are volatile.",
        "By sector, exports of capital goods, Spain's largest export category, fell 3.9% "
        "in August, while shipments of food, drink and tobacco dropped 5.2% and exports of "
        "cars and motorcycles fell 7.4%. Chemical exports were broadly flat.",
        "In the first eight months of the year, exports rose 1.1% to 264.15 billion euros "
        "and imports grew 3.2% to 291.93 billion, leaving a cumulative deficit of 27.78 "
        "billion euros, 28.6% more than in the same period of 2025.",
        "Exports to the United States dropped 14.6% in August to 1.39 billion euros, "
        "extending a decline that began after Washington imposed a 15% tariff on most "
        "European Union goods last year. Between January and August, sales to the U.S. were "
        "down 9.3%.",
        "Secretary of State for Trade Amparo Lledó Fuster said the figures showed \"a "
        "resilient export sector in a very difficult international environment\". \"We have "
        "more exporting companies than ever, and we are gaining market share in countries "
        "such as Mexico, Morocco and India,\" she told a news conference in Madrid.",
        "The ministry also revised its figure for July's deficit to 4.05 billion euros from "
        "the 3.91 billion it initially reported.",
        "Energy imports continued to ease. The energy deficit in January-August narrowed "
        "9.5% to 18.9 billion euros, while the non-energy deficit widened to 8.88 billion "
        "euros as imports of capital goods and cars rose.",
        "\"The weakness is concentrated in a few sectors - cars, chemicals and food products "
        "sold to the U.S. - but it is persistent,\" said María José Ferrándiz, an economist "
        "at Caixa Levante Research. She expects exports to grow about 1% this year, below "
        "the government's forecast of 2%.",
        "The European Union remained by far the largest destination for Spanish goods, "
        "taking 62.4% of exports in January-August. Exports to other EU countries fell 1.9% "
        "in August.",
        "Spain's economy has outperformed most of its euro zone peers over the past three "
        "years, driven by tourism, immigration and services exports, which are not included "
        "in the goods trade data.",
    ],
)

_TR_UPDATES = _page(
    site="Onda Capital",
    home="https://www.ondacapital.example",
    url="https://www.ondacapital.example/economia/directo/comercio-exterior-agosto-2026",
    title="Economy updates: August trade figures and reactions | Onda Capital",
    description="Spain's foreign trade figures for August, minute by minute.",
    headline="Economy updates: Spain's August trade figures",
    standfirst=(
        "The Ministry of Economy publishes foreign trade data for August. Follow the figures "
        "and reactions here. Times are peninsular time."
    ),
    byline="Onda Capital economy desk – Lucía Barrachina",
    visible_date="Updated 16/10/2026 14:30",
    published="2026-10-16T09:55:00+02:00",
    modified="2026-10-16T14:30:00+02:00",
    date_mode="meta",
    section="Economy",
    nav=["Home", "Economy", "Markets", "Your money", "Jobs", "Radio", "Podcasts"],
    sidebar_title="Most listened",
    sidebar=[
        "Pensions: 2027 increase set at 2.6%, says minister",
        "Housing: average price per square metre hits 2,310 euros",
        "Electricity: regulated tariff falls 4% in October",
        "Diesel at 1.39 euros a litre, lowest in 11 months",
    ],
    caption="The port of Algeciras. (Onda Capital)",
    newsletter="Onda Capital Economía: the day's figures every afternoon.",
    body=[
        ("update", "14:30", [
            "Exporters react. Joaquín Bernat Olmedo, president of the exporters' "
            "association AEXPORT, told Onda Capital that the US tariff \"is a brake, not a "
            "wall\". \"Companies that diversified in time are doing well. Those that depended "
            "on the American market are suffering, especially in food and cars,\" he said. "
            "He called for the government's support credit lines for exporters to be "
            "extended into 2027.",
        ]),
        ("update", "13:40", [
            "Íñigo Zubiaurre, an economist at Banco Cantábrico Research, points to energy. "
            "Between January and August the energy deficit narrowed 9.5%, to €18.9 billion, "
            "thanks to cheaper oil and gas. \"Without the relief on the energy bill the "
            "picture would be much worse: the non-energy deficit has widened to €8.88 "
            "billion, and that is the part that worries me,\" he said.",
        ]),
        ("update", "13:10", [
            "A bright spot in volume terms: olive oil. Shipments are up more than 20% in "
            "tonnes between January and August, but the value is down almost 18% because "
            "prices have fallen sharply since last year's record levels.",
        ]),
        ("update", "12:05", [
            "The Secretary of State for Trade, Amparo Lledó, is presenting the data. \"This "
            "is a resilient export sector in a very complicated international context,\" she "
            "said. \"There are more companies exporting than ever, and we are winning market "
            "share in Mexico, Morocco and India.\"",
            "She also announced that the ministry has revised July's deficit up to €4,050.3 "
            "million, from the €3,912.4 million first published.",
        ]),
        ("update", "11:40", [
            "Markets barely reacted: trade data rarely move the Ibex 35, which was trading "
            "0.3% higher at midday. For reference, in dollars the August deficit is "
            "equivalent to about $7.7 billion.",
        ]),
        ("update", "11:15", [
            "Some context. August is always a weak month, with factories closed for the "
            "holidays. In volume terms, that is, discounting the effect of prices, exports "
            "fell 1.2%, because export prices dropped 1.6%. The coverage ratio fell to 79.4%.",
            "For the year to date the picture is less gloomy: exports up 1.1% to €264,150 "
            "million between January and August, imports up 3.2% to €291,930 million, and a "
            "cumulative deficit of €27,780 million, 28.6% more than a year earlier.",
        ]),
        ("update", "10:40", [
            "The United States again weighs on the figures. Exports to the US fell 14.6% in "
            "August compared with the same month last year, to €1,386 million. Between "
            "January and August the fall is 9.3%. Exports to the rest of the European Union "
            "fell 1.9% in August.",
        ]),
        ("update", "10:05", [
            "Here are the headline figures. In August, Spain's trade deficit was €6,554.2 "
            "million, 25.3% more than in August 2025. Exports: €25,318.4 million, down 2.8%. "
            "Imports: €31,872.6 million, up 1.9%.",
            "Economists had expected a deficit closer to €5.9 billion.",
        ]),
        ("update", "09:55", [
            "Good morning. At 10:00 (08:00 GMT) the Ministry of Economy, Trade and Business "
            "publishes the foreign trade figures for August. The context: on Thursday "
            "Eurostat reported that the euro area as a whole posted a trade surplus of €4.1 "
            "billion in August, much smaller than a year earlier.",
            "In July, according to the figures published last month, Spain's deficit was "
            "€3,912.4 million. We will see whether that figure is revised.",
        ]),
    ],
)

_TR_PAPER = _page(
    site="El Heraldo Mercantil",
    home="https://en.heraldomercantil.example",
    url="https://en.heraldomercantil.example/catalonia/catalan-exporters-us-sales-drop",
    title="Catalan exporters feel the chill as US sales drop - El Heraldo Mercantil",
    description="Catalonia's exports rose just 0.4% in the first eight months of the year.",
    headline="Catalan exporters feel the chill as US sales drop",
    standfirst=(
        "Catalonia's exports stagnate in the year to August while sales to the United "
        "States fall by double digits"
    ),
    byline="Jordi Casals Puig, Barcelona",
    visible_date="17/10/2026",
    section="Catalonia",
    nav=["Catalonia", "Spain", "Business", "Markets", "Opinion", "Barça", "Culture"],
    sidebar_title="Most read",
    sidebar=[
        "Port of Barcelona: 2.89 million containers to September",
        "Martorell plant to build 300,000 electric cars a year",
        "Rents in Barcelona fall 3.2% after price cap",
        "Mobile World Congress 2027 expects 105,000 visitors",
    ],
    caption=(
        "Trucks waiting at the port of Barcelona. Catalonia accounts for almost a quarter "
        "of Spanish exports. (Photo: Heraldo / Pau Riera)"
    ),
    newsletter="Heraldo Business Daily: Catalonia's economy in your inbox.",
    footer_note="El Heraldo Mercantil, Barcelona.",
    body=[
        "Catalan companies sold goods worth €61,870 million abroad between January and "
        "August, just 0.4% more than in the same period of last year, according to the "
        "regional breakdown of the foreign trade data published on Friday by the Ministry of "
        "Economy, Trade and Business.",
        "Catalonia remains Spain's leading exporting region, with 23.4% of the national "
        "total, but the figures confirm that its export machine has stalled. In August "
        "alone, Catalan exports fell 4.1% year on year, to €5,910 million, a steeper drop "
        "than the 2.8% fall recorded for Spain as a whole.",
        "The main culprit is the United States. Catalan sales to the American market fell "
        "17.2% in August, compared with a 14.6% drop for all Spanish exports to the US. The "
        "hardest-hit sectors were chemicals, pharmaceuticals and processed food.",
        "“We have lost about a third of our American business in a year,” said Montserrat "
        "Vilaró, managing director of Embotits del Ter, a cured-meat producer in Vic that "
        "sells to 32 countries. “With the tariff, our products are simply too expensive on "
        "the shelf. We are trying to compensate in Mexico and Canada, but it takes years to "
        "build a distribution network.”",
        "For Spain as a whole, the trade deficit reached nearly €6.6 billion in August, 25.3% "
        "more than a year earlier. In the first eight months, the cumulative deficit stood "
        "at €27.8 billion, up 28.6%, according to the ministry.",
        "The Secretary of State for Trade, Amparo Lledó, insisted on Friday that exporters "
        "were showing “resilience in a very difficult international environment”, pointing "
        "to record numbers of exporting companies.",
        "The Catalan government was more cautious. The regional minister for business, "
        "Albert Roca i Ferrer, said the Generalitat would expand its network of trade offices "
        "in Latin America and Asia. “We cannot wait for Washington to change its mind,” he "
        "said. “Our companies need new markets now, not in five years.”",
        "Not all sectors are suffering. Catalan car exports rose 6.8% between January and "
        "August, helped by new electric models built in Martorell, and pork exports to Asia "
        "grew strongly, making up for weaker sales of cured meats to the US.",
        "Economists warn that the worst may not be over. “The tariff effect was partly "
        "masked last year by companies rushing shipments before it came into force,” said "
        "Oriol Bassols, a professor of applied economics at a Barcelona business school. "
        "“Now we are seeing the real, structural impact, and it is concentrated in exactly "
        "the kind of medium-sized, family-owned companies that dominate Catalan industry.”",
        "The ministry also revised the July deficit for Spain upwards, to €4.05 billion from "
        "€3.91 billion, which means the summer months were weaker than initially thought.",
        "Exporters' associations are calling for more help. In a statement, the Catalan "
        "chamber of commerce asked Madrid to extend the credit lines approved in 2025 to "
        "help companies affected by the tariffs and to speed up VAT refunds for exporters.",
    ],
)

_TR_SPECIALIST = _page(
    site="OlivaTrade Review",
    home="https://www.olivatrade.example",
    url="https://www.olivatrade.example/markets/spain-olive-oil-exports-january-august-2026",
    title="Spanish olive oil exports up 21.7% in volume, value down 17.9% | OlivaTrade Review",
    description=(
        "Customs data show Spanish olive oil exports reached 842,300 tonnes in January-August "
        "2026, but their value fell as prices normalised."
    ),
    headline=(
        "Spanish olive oil exports up 21.7% in volume to August, but value down 17.9%"
    ),
    standfirst=(
        "Lower prices bring buyers back; unit value falls to €4.11 per kilo. US shipments "
        "grow in tonnes despite the tariff"
    ),
    byline="By Antonio Moya Cazorla, Jaén",
    author="Antonio Moya Cazorla",
    visible_date="17 October 2026",
    published="2026-10-17T08:00:00+02:00",
    date_mode="jsonld",
    section="Markets",
    nav=["Markets", "Prices", "Production", "Exports", "Mills", "Events", "Subscribe"],
    sidebar_title="Latest prices and news",
    sidebar=[
        "Poolred: extra virgin at €3.95/kg in Jaén, week 41",
        "Tunisia forecasts record 410,000-tonne harvest",
        "Italy's Puglia: Xylella found in 3 new municipalities",
        "Greek exports to the US up 12% in tonnes",
    ],
    caption="Olive groves near Úbeda, Jaén. (OlivaTrade Review)",
    newsletter="OlivaTrade Weekly: prices, harvests and exports every Monday.",
    footer_note="OlivaTrade Review is an independent trade publication.",
    body=[
        "Spain exported 842,300 tonnes of olive oil between January and August 2026, 21.7% "
        "more than in the same period of last year, according to customs data released on "
        "Friday together with the Ministry of Economy, Trade and Business's monthly trade "
        "report. The value of those exports, however, fell 17.9% to €3,462 million (about "
        "$4.05 billion), reflecting the sharp drop in prices since the shortage years.",
        "The average unit value of Spanish exports was €4.11 per kilo in the first eight "
        "months of the year, against €6.09 a year earlier. Prices at origin have fallen even "
        "further: extra virgin oil was trading at around €3.95 per kilo in Jaén in early "
        "October, according to the Poolred price system.",
        "“Lower prices have brought buyers back to the shelves,” said Lucía Gámez, director "
        "of the exporters' association ASEXA. “Consumption in northern Europe and in the "
        "United States is recovering, and we are regaining markets that we lost to other "
        "vegetable oils in 2023 and 2024.”",
        "Measured over the marketing year, which runs from October to September, exports in "
        "the first eleven months of the 2025/26 campaign, from October to August, reached "
        "1.07 million tonnes, a record for that period.",
        "The United States remains the main market outside the European Union. Shipments to "
        "the US rose 9.4% in volume between January and August, despite the 15% tariff "
        "applied to most EU goods since last year, but fell 6.2% in value, to €612 million. "
        "Italy, which buys large quantities of Spanish bulk oil for blending and bottling, "
        "remained the largest single destination, taking about 31% of the volume.",
        "The olive oil figures contrast with the overall picture for Spanish trade. Total "
        "Spanish exports fell 2.8% in August and the trade deficit rose 25.3% year on year, "
        "to €6.55 billion, according to the ministry.",
        "Rafael Quesada Montoro, export director of the Sierra Mágina cooperative group, "
        "said the tariff had hurt margins more than volumes. “American importers are "
        "absorbing part of it, we are absorbing part of it, and the consumer pays a little "
        "more,” he said. “In bulk oil we compete with Tunisia, which is not subject to the "
        "same tariff, and that is where we really feel it.”",
        "On the production side, Spain produced about 1.37 million tonnes in the 2025/26 "
        "campaign. The first estimates for the 2026/27 harvest, which is starting now, point "
        "to around 1.45 million tonnes, although the industry warns that the dry "
        "September in Andalusia could reduce yields.",
        "For exporters, the main question is whether prices will stabilise. “If origin "
        "prices stay around four euros, we can keep growing in volume,” Gámez said. “The "
        "risk is a bad harvest and another spike, which would undo everything we have "
        "recovered.”",
        "Portugal and Italy, Spain's main competitors in Europe, are expected to publish "
        "their own export data for the same period in the coming weeks.",
    ],
)

TR_FD4 = {
    "id": "tr-FD4",
    "part": "FD",
    "domain": "trade",
    "fetched": "2026-10-19",
    "articles": [
        {"url": "https://www.peninsulanewswire.example/economy/spain-trade-deficit-august-2026",
         "html": _TR_WIRE},
        {"url": "https://www.ondacapital.example/economia/directo/comercio-exterior-agosto-2026",
         "html": _TR_UPDATES},
        {"url": "https://en.heraldomercantil.example/catalonia/catalan-exporters-us-sales-drop",
         "html": _TR_PAPER},
        {"url": "https://www.olivatrade.example/markets/"
                "spain-olive-oil-exports-january-august-2026",
         "html": _TR_SPECIALIST},
    ],
    "planted": [],
}


# ===========================================================================
# rk-FD5 - rocket (CONTROL): Estrela Aeroespacial's Açor-1 suborbital flight
# from Santa Maria, Azores, Thursday 17 September 2026.
# ===========================================================================

_RK_LIVE = _page(
    site="Açores TV",
    home="https://www.acorestv.example",
    url="https://www.acorestv.example/en/live/acor-1-launch-santa-maria",
    title="Live: Açor-1 launch from Santa Maria | Açores TV",
    description="Follow the launch of the Açor-1 rocket from Santa Maria island.",
    headline="Live: Açor-1 rocket launch from Santa Maria",
    standfirst=(
        "Estrela Aeroespacial attempts to send its Açor-1 rocket beyond 100 km from the "
        "Malbusca launch pad. All times are Azores time."
    ),
    byline="Açores TV – Beatriz Cabral Resendes and Nuno Sousa",
    visible_date="17 September 2026 · last update 13:10",
    published="2026-09-17T06:45:00+00:00",
    modified="2026-09-17T13:10:00+00:00",
    date_mode="meta",
    section="Science",
    nav=["Azores", "São Miguel", "Terceira", "Santa Maria", "Science", "Sport", "Live TV"],
    sidebar_title="Most watched",
    sidebar=[
        "Ponta Delgada: cruise ship brings 4,100 passengers in one day",
        "Terceira bullfights: 2 injured in Angra",
        "SATA: new route to Boston from 14 May",
        "Whale-watching season: 23 species seen this summer",
    ],
    caption=(
        "Açor-1 lifts off from the Malbusca pad on Santa Maria. "
        "(Açores TV / José Chaves)"
    ),
    newsletter="Açores TV news in English, every evening at 19:00.",
    footer_note="Açores TV – public service broadcasting for the islands.",
    body=[
        ("update", "13:10", [
            "Estrela Aeroespacial has confirmed the final figures after analysing the "
            "telemetry: Açor-1 reached an apogee of 112.4 km, slightly above the preliminary "
            "estimate of about 110 km given on the webcast this morning. The capsule's total "
            "flight time, from liftoff to splashdown, was 9 minutes and 48 seconds.",
            "That is where we close this live page. Thank you for following the first launch "
            "to space from Portuguese soil with us.",
        ]),
        ("update", "11:30", [
            "The regional secretary for science and technology, Paulo Medeiros Furtado, "
            "spoke to Açores TV at the launch site. \"Today Santa Maria truly entered the "
            "space age. This island gave the world a transatlantic airport in the 1940s, and "
            "today it gives Europe a spaceport,\" he said.",
            "The regional government says the spaceport has already created 40 direct jobs "
            "on an island of about 5,400 inhabitants.",
        ]),
        ("update", "10:40", [
            "Hundreds of residents and visitors watched the launch from the viewpoint at Pico "
            "Alto and from the beach at Praia Formosa. In Vila do Porto, the island's schools "
            "let pupils follow the countdown on a big screen in the main square, and the "
            "cheers could be heard all the way down to the harbour.",
        ]),
        ("update", "09:55", [
            "Good news from the sea: the recovery vessel Mar de Vila has hoisted the capsule "
            "aboard, about 41 km south-east of Santa Maria. The company says the six "
            "experiments on board appear to be intact.",
        ]),
        ("update", "08:35", [
            "CEO Mariana Lobo Figueiredo on the company's webcast: \"Preliminary data show "
            "that we passed the 100-kilometre line and reached about 110 km. We are in "
            "space!\" The final figure will be confirmed after the telemetry has been "
            "analysed.",
        ]),
        ("update", "08:05", [
            "The president of Portugal Space, Helena Quintela Ramos, who followed the flight "
            "from the control room, spoke to us: \"It is a small rocket, but a very big step "
            "for the country. Today Portugal launches, it does not only build.\"",
        ]),
        ("update", "07:52", [
            "Splashdown! The capsule touched the water under its parachutes at 07:51, just "
            "under ten minutes after liftoff. Flight director Álvaro Ruiz de Castilla "
            "confirmed that all phases of the flight were \"nominal\".",
        ]),
        ("update", "07:44", [
            "Engine cut-off after 68 seconds, as planned. The rocket keeps climbing on "
            "momentum; the experiments are now in microgravity.",
        ]),
        ("update", "07:42", [
            "LIFTOFF! Açor-1 has lifted off from the Malbusca launch pad at 07:42 Azores "
            "time. A roar across the south of the island and a long white trail in a clear "
            "sky.",
        ]),
        ("update", "07:15", [
            "The weather looks good: light winds at ground level and clear skies. The "
            "high-altitude winds that forced Tuesday's attempt to be called off three "
            "minutes before liftoff have eased, according to the company's meteorologist.",
        ]),
        ("update", "06:45", [
            "Good morning from Santa Maria. Today is the second attempt to launch Açor-1, a "
            "14-metre suborbital rocket built by the Lisbon company Estrela Aeroespacial. The "
            "launch was originally planned for 10 September but was postponed to replace a "
            "valve, and on Tuesday the countdown was stopped at three minutes because of "
            "winds.",
            "The launch window opens at 07:30 and closes at 10:30. The goal: to cross the "
            "100-kilometre line that marks the edge of space, with 52 kg of university "
            "experiments on board.",
        ]),
    ],
)

_RK_WIRE = _page(
    site="Atlantic Press Agency",
    home="https://www.atlanticpress.example",
    url="https://www.atlanticpress.example/news/portugal-startup-rocket-space-azores",
    title="Portuguese start-up sends rocket to space from the Azores - Atlantic Press Agency",
    description=(
        "Estrela Aeroespacial's Açor-1 crossed the 100 km line on its first full flight "
        "from Santa Maria island."
    ),
    headline="Portuguese start-up sends rocket to space from the Azores",
    standfirst="Açor-1 reaches about 110 km on first flight from Santa Maria spaceport",
    byline="By Gonçalo Teixeira",
    visible_date="17/09/2026 09:40",
    published="2026-09-17T09:40:00+01:00",
    date_mode="jsonld",
    section="Science",
    nav=["Portugal", "World", "Business", "Science", "Sport", "Photos"],
    sidebar_title="Latest news",
    sidebar=[
        "Lisbon: 3,800 new public rental homes by 2028, says mayor",
        "Portugal's jobless rate at 6.1% in second quarter",
        "Madeira wine exports reach 15 million euros",
        "Ryanair adds 9 routes from Porto for winter",
    ],
    caption=(
        "The Açor-1 rocket on the launch pad at Malbusca, Santa Maria island, on "
        "Wednesday. APA/Rui Soares"
    ),
    body=[
        "VILA DO PORTO, Azores, Sept 17 (APA) – A Portuguese start-up launched a rocket to "
        "the edge of space from the Azores on Thursday, the first time a space launch has "
        "been carried out from Portuguese territory.",
        "Estrela Aeroespacial's Açor-1 lifted off from the new spaceport on Santa Maria "
        "island at 07:42 local time (0742 GMT, 0842 in Lisbon) and reached an altitude of "
        "about 110 kilometres, according to preliminary data released by the company, above "
        "the 100 km Kármán line commonly used to mark the boundary of space.",
        "\"Preliminary data show that we have passed the 100-kilometre line. We are in "
        "space,\" chief executive Mariana Figueiredo said on the company's live webcast, to "
        "applause from engineers in the control room.",
        "The 14-metre rocket carried a 52 kg capsule with six experiments from universities "
        "in Portugal, Spain and Italy, including studies of bone cells and fluid behaviour in "
        "microgravity. The capsule came down under parachutes in the Atlantic south-east of "
        "the island, where a recovery ship was waiting.",
        "The launch had been scrubbed on Tuesday three minutes before liftoff because of "
        "strong high-altitude winds, and had earlier been delayed from Sept. 10 to replace "
        "a faulty valve.",
        "Vicente Alapont, chief executive of Motores Turia, said the engine had performed "
        "\"exactly as it did on the test bench\" during its 68-second burn.",
        "Founded in Lisbon in 2019, Estrela Aeroespacial employs about 120 people in "
        "Portugal and works with Spanish engine maker Motores Turia, based near Valencia, "
        "which built the rocket's main engine. The company says the Açor-1 programme has "
        "cost 14 million euros (about $16.5 million), including 3.2 million euros from the "
        "European Space Agency's Boost! programme.",
        "\"Today Portugal stops being only a country that builds satellites and becomes a "
        "country that launches,\" said Helena Quintela Ramos, president of the Portuguese "
        "space agency Portugal Space. \"This is a small rocket, but a very big step.\"",
        "The flight is a stepping stone towards a small orbital launcher, Açor-2, which the "
        "company aims to fly from Santa Maria in 2028 with a capacity of about 200 kg to low "
        "Earth orbit. A sub-scale demonstrator, Açor-0, reached 31 km from the same island "
        "in November 2025.",
        "Europe is trying to build up a new generation of small launchers to reduce its "
        "reliance on a few large rockets and on foreign providers. Spain's PLD Space flew a "
        "suborbital rocket from Huelva in October 2023, and several German, British and "
        "French start-ups are preparing first flights.",
        "Santa Maria, the southernmost island of the Azores archipelago, was chosen for its "
        "location in the middle of the Atlantic, which allows rockets to fly over open "
        "ocean. The regional government licensed the spaceport in 2024.",
        "The company said final figures for the flight, including the exact apogee, would "
        "be released later on Thursday after the telemetry had been analysed.",
    ],
)

_RK_PAPER = _page(
    site="Diario del Turia",
    home="https://en.diariodelturia.example",
    url="https://en.diariodelturia.example/economy/paterna-engine-acor-1-space",
    title="The Paterna-built engine that took a rocket to space - Diario del Turia",
    description=(
        "The Turia-40 engine, designed and built by Motores Turia in Paterna, powered the "
        "Açor-1 rocket to 112.4 km."
    ),
    headline="The Paterna-built engine that took a rocket to space",
    standfirst=(
        "Motores Turia's Turia-40 powered Portugal's Açor-1 to an altitude of 112.4 km. "
        "The Valencian company now wants to build the engines for an orbital launcher."
    ),
    byline="Text: Carmen Soler Albiach",
    visible_date="18 September 2026",
    section="Economy",
    nav=["Valencia", "Comunitat", "Economy", "Valencia CF", "Levante UD", "Culture"],
    sidebar_title="Most read",
    sidebar=[
        "Valencia port: 5.6 million containers forecast for 2026",
        "Fallas 2027: budget for municipal monument rises to €380,000",
        "Metrovalencia line 10 carries 1 million passengers",
        "Paterna technology park adds 1,200 jobs in a year",
    ],
    caption=(
        "Technicians at Motores Turia's test bench in Paterna with a Turia-40 engine. "
        "(Diario del Turia / Vicent Martí)"
    ),
    newsletter="Diario del Turia in English: Valencia's news, every morning.",
    footer_note="Diario del Turia – Valencia.",
    body=[
        "At 09:42 peninsular time on Thursday, a rocket engine designed and built in an "
        "industrial unit in Paterna fired for 68 seconds and sent a rocket beyond the "
        "boundary of space. The rocket was Portuguese, the launch pad was in the middle of "
        "the Atlantic, on the Azorean island of Santa Maria, but the heart of the machine "
        "was made in Valencia.",
        "According to the final data released on Thursday afternoon by Estrela "
        "Aeroespacial, the Lisbon company that designed the Açor-1 rocket, the flight "
        "reached an apogee of 112.4 kilometres, comfortably above the 100-kilometre line "
        "that marks the edge of space.",
        "The engine, called Turia-40, produces 42 kilonewtons of thrust and burns liquid "
        "oxygen and biomethane. It is the result of six years of work by Motores Turia, a "
        "company founded in 2018 that now employs 85 people in the Paterna technology park.",
        "“When we saw the trail in the sky we all started crying, to be honest,” said "
        "Vicente Alapont Gil, chief executive and co-founder of Motores Turia, who followed "
        "the launch from the control room on Santa Maria. “For years people told us that "
        "this kind of thing could not be done from Valencia. Now we have an engine that has "
        "flown to space.”",
        "Alapont said the company had invested about €9 million in developing the engine, "
        "with support from the Valencian regional government, the CDTI and private "
        "investors. The test bench, where the engine was fired more than 140 times before "
        "the flight, is in a former quarry near Bétera.",
        "There was another Valencian in the control room. The flight director, Álvaro Ruiz "
        "de Castilla, was born in Torrent and trained as an aeronautical engineer at the "
        "Polytechnic University of Valencia. “The flight was clean, nominal from start to "
        "finish,” he told Diario del Turia by telephone. “The engine did exactly what it was "
        "supposed to do.”",
        "The capsule, with six scientific experiments including one from the University of "
        "Valencia on plant cell growth, splashed down in the ocean south-east of the island "
        "less than ten minutes after liftoff and was recovered by a ship about two hours "
        "later.",
        "The flight had been delayed twice: first from 10 September, to replace a valve, and "
        "then on Tuesday, when high-altitude winds forced the countdown to be stopped three "
        "minutes before launch.",
        "For Motores Turia, the next challenge is much bigger. Estrela Aeroespacial plans to "
        "fly an orbital launcher, Açor-2, from Santa Maria in 2028, and the Valencian company "
        "hopes to supply its engines. That would mean a cluster of seven engines on the "
        "first stage and a vacuum version on the second.",
        "The Valencian region already has a place in the European small-launcher race. "
        "Elche-based PLD Space flew its suborbital Miura 1 from Huelva in October 2023 and is "
        "preparing its orbital rocket. “There is room for more than one,” Alapont said. “And "
        "the more of us there are, the more suppliers and engineers will stay here instead "
        "of going to Toulouse or Bremen.”",
    ],
)

_RK_SPECIALIST = _page(
    site="Orbit & Ascent",
    home="https://www.orbitascent.example",
    url="https://www.orbitascent.example/2026/09/18/acor-1-flight-report-santa-maria",
    title="Açor-1 flight report: 112.4 km apogee on first full flight | Orbit & Ascent",
    description=(
        "Technical report on Estrela Aeroespacial's Açor-1 suborbital flight from Santa "
        "Maria, Azores."
    ),
    headline="Açor-1 flight report: 112.4 km apogee on first full flight from Santa Maria",
    standfirst=(
        "Estrela Aeroespacial's suborbital rocket clears the Kármán line by a comfortable "
        "margin. Here is what the telemetry shows."
    ),
    byline="By Fiona Marchetti-Hale",
    author="Fiona Marchetti-Hale",
    visible_date="September 18, 2026",
    published="2026-09-18T15:20:00+00:00",
    date_mode="jsonld",
    section="Launch",
    nav=["Launch", "Satellites", "Exploration", "Industry", "Policy", "Schedule"],
    sidebar_title="Related",
    sidebar=[
        "Launch schedule: 11 European small-launcher debuts planned through 2027",
        "Andøya spaceport completes second pad",
        "Vega-C flies for the 9th time",
        "Interview: Kaspar Lindqvist on why Europe needs more launch sites",
    ],
    caption="Açor-1 climbs away from Santa Maria. Credit: Estrela Aeroespacial",
    newsletter="The Ascent: a weekly newsletter on European launch.",
    footer_note="Orbit & Ascent is reader-supported.",
    body=[
        "Estrela Aeroespacial's Açor-1 suborbital rocket lifted off from the Malbusca pad on "
        "Santa Maria, in the Azores, at 07:42 UTC on September 17. Since the Azores are on "
        "UTC+0 in summer, that was also 07:42 local time, and 08:42 in Lisbon.",
        "The company's post-flight telemetry analysis puts the apogee at 112.4 km (69.8 "
        "miles), against a pre-flight prediction of 105 km. On the company's webcast, chief "
        "executive Mariana Lobo Figueiredo had initially announced a preliminary figure of "
        "about 110 km, before the final number was released early in the afternoon, local "
        "time.",
        "The single-stage vehicle is 14.2 m tall and is powered by one Turia-40 engine, built "
        "by Motores Turia near Valencia, which produces 42 kN (about 9,400 lbf) of thrust "
        "using liquid oxygen and biomethane. The engine burned for 68 seconds, accelerating "
        "the vehicle to a peak speed of Mach 4.8.",
        "After engine cut-off, the payload capsule separated and coasted to apogee, giving "
        "the experiments roughly 3 minutes and 50 seconds of microgravity. The capsule "
        "deployed a drogue and then three main parachutes and splashed down 9 min 48 s "
        "after liftoff, about 41 km (25 miles) south-east of the island. It was recovered by "
        "the vessel Mar de Vila just over two hours after launch. The booster was not "
        "designed to be recovered and sank as planned.",
        "The payload mass was 52 kg (115 lb), split among six experiments from universities "
        "in Portugal, Spain and Italy, covering bone-cell biology, plant cell growth, "
        "capillary flow and a radiation dosimeter.",
        "Flight director Álvaro Ruiz de Castilla described the flight as \"nominal from "
        "start to finish\". There was no sign of the valve problem that forced the company "
        "to push the launch from September 10, and the high-altitude winds that led to a "
        "scrub at T-3 minutes on Tuesday had dropped well within limits.",
        "The altitude matters for bragging rights as much as for science. The 100 km Kármán "
        "line is the boundary most commonly used internationally; the US Air Force and NASA "
        "award astronaut wings above 80 km (50 miles). Açor-1 cleared both with room to "
        "spare, making Estrela the first Portuguese company to reach space with its own "
        "vehicle.",
        "The programme has cost €14 million (about $16.5 million), with €3.2 million "
        "coming from ESA's Boost! commercial space transportation programme. For comparison, "
        "the company's sub-scale demonstrator, Açor-0, reached 31 km (19 miles) from Santa "
        "Maria in November 2025.",
        "\"The data we got today is exactly what we needed to design the first stage of "
        "Açor-2,\" Figueiredo said. The orbital launcher is targeting a first flight in 2028 "
        "with a capacity of 200 kg to low Earth orbit, or about 150 kg to a sun-synchronous "
        "orbit.",
        "\"A clean suborbital flight does not make an orbital rocket,\" cautioned Kaspar "
        "Lindqvist, an independent launch industry analyst based in Stockholm. \"But the "
        "engine, the avionics and the recovery chain have now all flown. That is real "
        "progress for a company of this size.\"",
    ],
)

RK_FD5 = {
    "id": "rk-FD5",
    "part": "FD",
    "domain": "rocket",
    "fetched": "2026-09-19",
    "articles": [
        {"url": "https://www.acorestv.example/en/live/acor-1-launch-santa-maria",
         "html": _RK_LIVE},
        {"url": "https://www.atlanticpress.example/news/portugal-startup-rocket-space-azores",
         "html": _RK_WIRE},
        {"url": "https://en.diariodelturia.example/economy/paterna-engine-acor-1-space",
         "html": _RK_PAPER},
        {"url": "https://www.orbitascent.example/2026/09/18/acor-1-flight-report-santa-maria",
         "html": _RK_SPECIALIST},
    ],
    "planted": [],
}


# ===========================================================================
# eq-FD6 - earthquake (PLANTED x3): Campi Flegrei earthquake under Pozzuoli,
# Wednesday 14 October 2026, 03:17 local time (01:17 UTC).
# ===========================================================================

_EQ_LIVE = _page(
    site="Partenope News 24",
    home="https://www.partenopenews24.example",
    url="https://www.partenopenews24.example/diretta/terremoto-campi-flegrei-14-ottobre",
    title="LIVE – Campi Flegrei earthquake: damage, injured, aftershocks | Partenope News 24",
    description=(
        "Live coverage of the earthquake that struck the Campi Flegrei area overnight: "
        "injuries, displaced families, schools closed."
    ),
    headline="Campi Flegrei earthquake: live updates",
    standfirst=(
        "A strong earthquake struck the Pozzuoli area overnight and was felt across "
        "Naples. Updates on damage, injured people and aftershocks. Times are local."
    ),
    byline="Partenope News 24 newsroom – Ciro Mennella, Valeria Sannino",
    visible_date="14 October 2026 – updated 16:20",
    published="2026-10-14T03:35:00+02:00",
    modified="2026-10-14T16:20:00+02:00",
    date_mode="meta",
    section="News",
    nav=["News", "Naples", "Campania", "Politics", "Calcio Napoli", "TV", "Live"],
    sidebar_title="Most viewed",
    sidebar=[
        "Vesuvius park: fire destroys 12 hectares near Ottaviano",
        "Naples metro Line 1: Capodichino station opens 2 December",
        "Napoli beat Lazio 3-1 at the Maradona",
        "Amalfi Coast road: alternating traffic until 30 November",
    ],
    caption=(
        "Residents of Pozzuoli wait in the street after the earthquake. "
        "(Partenope News 24)"
    ),
    newsletter="Partenope News 24 alerts: breaking news from Naples on your phone.",
    footer_note="Partenope News 24 – Naples.",
    body=[
        ("update", "16:20", [
            "INGV reports 74 aftershocks since the main event, the strongest of magnitude 2.8 "
            "at 04:02. The institute has also published the moment magnitude of the main "
            "shock, Mw 4.7, which is calculated differently from the first estimate. The "
            "alert level for the Campi Flegrei remains yellow.",
        ]),
        ("update", "14:30", [
            "Pozzuoli's mayor, Antonio Scotto di Carlo, has spoken to reporters outside the "
            "coordination centre: \"We have cracks in many old buildings, especially in the "
            "historic centre, but the structures have held. Nobody should go back into a "
            "house that has not been checked.\"",
        ]),
        ("update", "13:00", [
            "New figures from the prefecture: 17 people have been injured, almost all "
            "slightly, while running out of their homes or hit by falling plaster. An "
            "82-year-old woman with a broken hip has been admitted to the Santa Maria delle "
            "Grazie hospital in Pozzuoli. No one has been killed.",
            "So far 112 buildings have been declared unfit for use, and 340 people have had "
            "to leave their homes. The municipality has opened the sports hall in Monterusciello "
            "and is arranging hotel rooms.",
        ]),
        ("update", "11:00", [
            "The head of the national Civil Protection Department, Marco Dell'Anna, has "
            "arrived at the coordination centre in Pozzuoli. \"The response is working. The "
            "priority now is to check buildings quickly and to get people back into safe "
            "homes,\" he said.",
        ]),
        ("update", "10:15", [
            "The director of INGV's Vesuvius Observatory, Federica Amitrano, speaking on our "
            "channel: \"This is a volcano-tectonic earthquake linked to the deformation of "
            "the caldera. At the moment we see no signs of magma rising towards the "
            "surface.\"",
        ]),
        ("update", "09:00", [
            "The first injuries are being reported: nine people have been treated in "
            "emergency departments in Pozzuoli and Naples for minor injuries, cuts and "
            "bruises, most of them suffered while fleeing down stairs in the dark.",
        ]),
        ("update", "07:00", [
            "Schools will stay closed today in Pozzuoli, Bacoli and Monte di Procida for "
            "checks on buildings. The Cumana and Circumflegrea railway lines are suspended. "
            "INGV has recorded 38 aftershocks so far.",
        ]),
        ("update", "06:15", [
            "Some background: the ground in Pozzuoli has risen by about 145 cm since 2005, in "
            "the slow movement known as bradyseism, and in recent months the uplift had "
            "reached about 2 cm a month. Earthquakes have become more frequent and stronger; "
            "the previous strongest, of magnitude 4.6, struck in June 2025.",
        ]),
        ("update", "05:30", [
            "Many residents of Pozzuoli spent the night in the streets or in their cars. "
            "Firefighters have received more than 300 calls, mostly for cracks and fallen "
            "cornices. At the moment there are no reports of injured people.",
        ]),
        ("update", "04:05", [
            "A new tremor was clearly felt in Pozzuoli at 04:02. According to INGV it was a "
            "magnitude 2.8 aftershock.",
        ]),
        ("update", "03:40", [
            "INGV has set the magnitude of the earthquake at 5.4, with the epicentre in the "
            "Pozzuoli area, in the Solfatara-Pisciarelli zone, at a depth of 2.6 km. It is "
            "the strongest earthquake recorded in the Campi Flegrei since instrumental "
            "monitoring began.",
        ]),
        ("update", "03:35", [
            "A strong earthquake struck the Campi Flegrei at 03:17 and was felt throughout "
            "Naples and the province, from Fuorigrotta to Vomero and as far as Caserta. "
            "Many people ran into the streets in Pozzuoli, Bacoli and in the Naples districts "
            "of Bagnoli and Agnano. We are following developments.",
        ]),
    ],
)

_EQ_WIRE = _page(
    site="Tyrrhenian Press Agency",
    home="https://www.tyrrhenianpress.example",
    url="https://www.tyrrhenianpress.example/en/italy/campi-flegrei-quake-pozzuoli",
    title="Strongest Campi Flegrei quake on record injures 17 near Naples - TPA",
    description=(
        "A magnitude 4.9 earthquake struck the Campi Flegrei caldera near Naples; 17 people "
        "slightly injured, 340 displaced."
    ),
    headline="Strongest Campi Flegrei quake on record injures 17 near Naples",
    standfirst="Magnitude 4.9 tremor under Pozzuoli forces 340 from their homes",
    byline="By Luca Ferraiuolo",
    visible_date="14/10/2026 10:25 – updated 13:40",
    published="2026-10-14T10:25:00+02:00",
    modified="2026-10-14T13:40:00+02:00",
    date_mode="jsonld",
    section="Italy",
    nav=["Italy", "World", "Politics", "Business", "Culture", "Sport", "English"],
    sidebar_title="Related",
    sidebar=[
        "Etna: lava fountain 800 metres high closes Catania airport",
        "Stromboli: alert raised to orange after explosion",
        "Ischia landslide: 2022 trial opens with 11 defendants",
        "Sicily drought: rationing for 150,000 in Agrigento",
    ],
    caption=(
        "Firefighters inspect a damaged building in the Rione Terra area of Pozzuoli. "
        "TPA/Gennaro Savino"
    ),
    body=[
        "NAPLES, Oct 14 (TPA) – The strongest earthquake ever recorded in the Campi Flegrei "
        "volcanic area shook Naples and its western suburbs early on Wednesday, slightly "
        "injuring 17 people and forcing hundreds from their homes, authorities said.",
        "The quake, with a magnitude of 4.9 according to Italy's National Institute of "
        "Geophysics and Volcanology (INGV), struck at 05:17 local time. Its epicentre was "
        "under the Solfatara-Pisciarelli area of Pozzuoli, about 14 km west of central "
        "Naples, at a shallow depth of 2.6 km. The U.S. Geological Survey measured it at "
        "magnitude 5.0.",
        "Residents poured into the streets in Pozzuoli and neighbouring towns, and many "
        "spent the rest of the night in their cars. In Naples, the shaking was felt strongly "
        "in the western districts of Bagnoli, Fuorigrotta and Agnano, and across the city.",
        "The prefecture said 17 people had been injured, most of them slightly while "
        "fleeing their homes. An 82-year-old woman who broke her hip was admitted to "
        "hospital in Pozzuoli. There were no deaths.",
        "Firefighters carried out hundreds of inspections during the morning. By early "
        "afternoon 112 buildings had been declared unfit for use and 340 people had been "
        "displaced, the civil protection service said, adding that the numbers were likely "
        "to rise as checks continued.",
        "\"We have cracks in many old buildings, especially in the historic centre, but the "
        "structures have held,\" Pozzuoli Mayor Antonio Scotto di Carlo told reporters. "
        "\"Nobody should go back into a house that has not been checked.\"",
        "At the Santa Maria delle Grazie hospital in Pozzuoli, some patients were moved "
        "to ground-floor wards as a precaution while engineers inspected the building, the "
        "local health authority said. The shaking was also felt as far away as Caserta.",
        "Schools were closed in Pozzuoli, Bacoli and Monte di Procida, and the local Cumana "
        "and Circumflegrea railway lines were suspended for safety checks.",
        "The Campi Flegrei, or Phlegraean Fields, is a vast volcanic caldera home to about "
        "half a million people. It has been experiencing a phase of bradyseism, a slow rise "
        "and fall of the ground, since 2005, with the ground in Pozzuoli rising about 145 cm "
        "since then. The uplift has been accompanied by increasingly frequent earthquakes; "
        "the previous strongest, of magnitude 4.6, struck in June 2025.",
        "Federica Amitrano, director of INGV's Vesuvius Observatory, said the earthquake was "
        "consistent with the ongoing uplift and there were no signs of magma rising towards "
        "the surface. \"This is a volcano-tectonic earthquake linked to the deformation of "
        "the caldera. At the moment we see no signals of an imminent eruption,\" she said.",
        "The head of Italy's Civil Protection Department, Marco Dell'Anna, who travelled to "
        "Pozzuoli in the morning, said the alert level would remain yellow, the second of "
        "four, and that evacuation plans for the area were ready if needed.",
        "INGV recorded dozens of aftershocks during the morning, the largest of magnitude "
        "2.8.",
    ],
)

_EQ_INTL = _page(
    site="The Morning Courier",
    home="https://www.morningcourier.example",
    url="https://www.morningcourier.example/world/europe/naples-campi-flegrei-earthquake",
    title="Naples earthquake: fear returns to the supervolcano | The Morning Courier",
    description=(
        "The strongest earthquake recorded at the Campi Flegrei caldera has injured 17 "
        "people and revived fears about the restless volcano next to Naples."
    ),
    headline="Fear returns to the 'supervolcano' as strongest quake on record hits Naples",
    standfirst=(
        "Seventeen hurt and hundreds forced from their homes as the Campi Flegrei caldera "
        "shakes again"
    ),
    byline="Tom Ashcombe, Rome",
    author="Tom Ashcombe",
    visible_date="14 October 2026 6.30pm BST",
    published="2026-10-14T18:30:00+01:00",
    date_mode="meta",
    section="World",
    nav=["UK", "World", "Politics", "Business", "Science", "Travel", "Puzzles"],
    sidebar_title="Most read",
    sidebar=[
        "Iceland: Grindavik eruption enters 14th phase",
        "Greece: Santorini tremors ease after 1,200 quakes",
        "Storm Isla: 90mph gusts expected in Cornwall",
        "Teacher pay: unions accept 4.1% offer",
    ],
    caption=(
        "Residents outside their homes in Pozzuoli after the earthquake. "
        "Photograph: Lucia Capasso for The Morning Courier"
    ),
    newsletter="The Morning Courier World Briefing: the day's global news, free.",
    footer_note="The Morning Courier Ltd, London.",
    body=[
        "For the people who live on top of one of Europe's most dangerous volcanoes, the "
        "night of 13 to 14 October will be hard to forget. At 3.17am local time (1.17am "
        "GMT) on Wednesday, an earthquake of magnitude 4.9 shook the Campi Flegrei caldera, "
        "west of Naples, sending thousands of people into the streets in their pyjamas.",
        "It was the strongest earthquake ever recorded in the area, according to Italy's "
        "National Institute of Geophysics and Volcanology (INGV). The US Geological Survey, "
        "which estimated the depth at about 10km, put the magnitude at 5.0; INGV, whose "
        "instruments are on the spot, placed the source much shallower, at 2.6km.",
        "The quake's epicentre was near Quarto, a town of about 40,000 people on the "
        "northern edge of the caldera, about nine miles west of central Naples. The shaking "
        "was felt across Naples and as far as Caserta.",
        "By the afternoon, authorities said 17 people had been injured, most of them "
        "slightly, and more than 300 had been forced to leave homes that firefighters judged "
        "unsafe. An 82-year-old woman was taken to hospital with a broken hip. Nobody was "
        "killed.",
        "“It felt like the house was being lifted and dropped,” said Rosaria Carannante, 54, "
        "who lives with her husband and two teenage children in a fourth-floor flat near "
        "the port of Pozzuoli. “We grabbed the children and ran. We slept in the car. I "
        "don't know when we'll be able to go back.”",
        "The Campi Flegrei – the name means “burning fields” – is a vast, largely submerged "
        "caldera formed by huge eruptions tens of thousands of years ago. About half a "
        "million people live inside it. Since 2005 the ground has been slowly rising, a "
        "phenomenon known as bradyseism, and in Pozzuoli it is now nearly five feet higher "
        "than it was two decades ago.",
        "Scientists stress that there are no signs of an imminent eruption. “This is a "
        "volcano-tectonic earthquake linked to the deformation of the caldera,” said "
        "Federica Amitrano, director of INGV's Vesuvius Observatory. “We see no signals at "
        "the moment of magma rising towards the surface.”",
        "But the quake has revived memories of 1983-84, when a similar crisis forced the "
        "evacuation of about 40,000 people from the old centre of Pozzuoli, many of whom "
        "never returned. And it comes after a series of ever stronger tremors, including a "
        "magnitude 4.6 quake in June 2025.",
        "Italy's civil protection chief, Marco Dell'Anna, said the alert level would stay "
        "at yellow, the second of four, and that evacuation plans were ready. Under those "
        "plans, the roughly 500,000 people in the red zone would be moved to other Italian "
        "regions within 72 hours if an eruption were judged likely.",
        "Many residents complain that the escape routes are inadequate. “There is one road "
        "out of here and it is always jammed,” said Gennaro Di Meo, who runs a café near "
        "the Solfatara crater. “They tell us the plan is ready, but nobody has ever shown us "
        "how it works.”",
        "Italy's deadliest modern earthquake in the region, in Irpinia in November 1980, "
        "killed nearly 3,000 people. That was a tectonic quake, far more powerful and "
        "unrelated to the volcano, but it still shapes how Neapolitans react when the "
        "ground moves.",
    ],
)

_EQ_LOCAL = _page(
    site="Puteoli Notizie",
    home="https://www.puteolinotizie.example",
    url="https://www.puteolinotizie.example/cronaca/terremoto-bilancio-giorno-dopo",
    title="Earthquake, the day after: 21 injured, 512 displaced - Puteoli Notizie",
    description=(
        "Pozzuoli counts the damage a day after the magnitude 4.9 earthquake: buildings "
        "declared unfit, families in hotels, schools closed."
    ),
    headline="The day after the earthquake: 21 injured, 512 people out of their homes",
    standfirst=(
        "158 buildings declared unfit after more than 1,200 checks. Schools closed until "
        "Saturday. The mayor: \"Nobody will be left alone.\""
    ),
    byline="By Anna Lucignano",
    visible_date="15 October 2026, 09:10",
    section="Local news",
    nav=["Pozzuoli", "Bacoli", "Monte di Procida", "Procida", "Cronaca", "Sport"],
    sidebar_title="Latest",
    sidebar=[
        "Rione Terra: 2 new museum rooms open to visitors",
        "Puteolana wins 2-0 in Eccellenza derby",
        "Port of Pozzuoli: ferries to Procida every 40 minutes",
        "Via Napoli cycle path: works finish in March",
    ],
    caption="Firefighters at work in Via Solfatara on Wednesday afternoon. (Puteoli Notizie)",
    newsletter="Puteoli Notizie on WhatsApp: local news and civil protection alerts.",
    footer_note="Puteoli Notizie – registered with the Court of Naples.",
    body=[
        "Pozzuoli woke up on Thursday still counting the damage from the earthquake that "
        "struck at 03:17 on Wednesday, the strongest ever recorded in the Campi Flegrei.",
        "According to the latest report from the municipal coordination centre, 21 people "
        "were injured in total, two of whom are still in hospital, including the 82-year-old "
        "woman who broke her hip while trying to leave her home in Via Carlo Maria "
        "Rosini. There were no deaths.",
        "Firefighters and technicians carried out 1,260 checks between Wednesday and "
        "Thursday morning. So far 158 buildings have been declared unfit for use, most of "
        "them in the Rione Terra and in the old streets around the port and Via Solfatara, "
        "and 512 people have had to leave their homes. Of these, 310 have been housed in "
        "hotels paid for by the civil protection service; the others are staying with "
        "relatives or friends.",
        "The earthquake had a duration magnitude (Md) of 4.9 according to the Vesuvius "
        "Observatory of INGV, which in its first automatic estimate, a few minutes after the "
        "event, had indicated a range between 4.6 and 5.1. The moment magnitude (Mw), "
        "calculated later, is 4.7. The epicentre was located between the Solfatara and "
        "Pisciarelli, in Pozzuoli, at a depth of 2.6 km.",
        "The seismic sequence continues. By 8 o'clock this morning INGV had recorded 96 "
        "aftershocks, the strongest of magnitude 2.8 at 04:02 on Wednesday. Most were too "
        "weak to be felt.",
        "“Nobody will be left alone,” Mayor Antonio Scotto di Carlo said at a press "
        "conference at the town hall on Wednesday evening. “We have cracks in many old "
        "buildings, especially in the historic centre, but the structures have held. That "
        "is thanks to the work done in recent years, but we must not lower our guard.”",
        "Schools in Pozzuoli, Bacoli and Monte di Procida will remain closed until Saturday "
        "for checks. The Cumana railway reopened on Wednesday evening between Montesanto and "
        "Arco Felice, while the Circumflegrea line remains suspended.",
        "In the Monterusciello sports hall, about forty people spent the night on camp beds. "
        "“We came here because at home we are afraid,” said Salvatore Mirabella, 67, who "
        "lives with his wife in a building near the market that has not yet been checked. "
        "“In 1983 I was a young man and I remember everything. I hope it does not happen "
        "again.”",
        "The INGV experts repeat that there is no sign of magma rising. The director of the "
        "Vesuvius Observatory, Federica Amitrano, explained on Wednesday that the earthquake "
        "is linked to the uplift of the ground, which in Pozzuoli has reached about 145 cm "
        "since 2005, and that the alert level remains yellow.",
        "The head of the Civil Protection Department, Marco Dell'Anna, announced that the "
        "government will be asked to declare a state of emergency for the area, which would "
        "allow funds to be released quickly for repairs and for families who have lost "
        "their homes.",
    ],
)

EQ_FD6 = {
    "id": "eq-FD6",
    "part": "FD",
    "domain": "earthquake",
    "fetched": "2026-10-16",
    "articles": [
        {"url": "https://www.partenopenews24.example/diretta/terremoto-campi-flegrei-14-ottobre",
         "html": _EQ_LIVE},
        {"url": "https://www.tyrrhenianpress.example/en/italy/campi-flegrei-quake-pozzuoli",
         "html": _EQ_WIRE},
        {"url": "https://www.morningcourier.example/world/europe/naples-campi-flegrei-earthquake",
         "html": _EQ_INTL},
        {"url": "https://www.puteolinotizie.example/cronaca/terremoto-bilancio-giorno-dopo",
         "html": _EQ_LOCAL},
    ],
    "planted": [
        ("INGV magnitude of the main shock", r"\b4\.9\b", r"\b5\.4\b"),
        ("local time of the earthquake", r"\b0?3[:.]17(?!\d)", r"\b0?5[:.]17(?!\d)"),
        ("epicentre location", r"\bpozzuoli\b", r"\bquarto\b"),
    ],
}


STORIES: list[dict] = [CB_FD1, EL_FD2, CT_FD3, TR_FD4, RK_FD5, EQ_FD6]
