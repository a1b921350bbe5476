"""Story battery, part AK — Venezuela, Guyana and Suriname, events in 2026.

Written by engineer AK1 on 2026-12-07 for the thirty-third batch, a precision batch.

All outlets (every domain ends in .example), reporters, companies, candidates, civic
groups, most officials and all figures are invented. Real institutions and places (the
Centrale Bank van Suriname, the Caribbean Court of Justice, the Guiana Space Centre,
FUNVISIS, the USGS, Georgetown, Paramaribo, Nieuw Nickerie, Cumaná and so on) appear
only as scenery. Time zones: Suriname SRT (UTC-3), French Guiana GFT (UTC-3), Guyana
GYT (UTC-4), Trinidad AST (UTC-4), Venezuela VET (UTC-4).

cb-AK1 — central bank — CONTROL (planted = []) — fetched 2026-03-20.
  TRUE FACTS: on Thursday 12 March 2026 the Centrale Bank van Suriname cut its policy
  rate by 75 basis points, from 16.00% to 15.25%, by a 4-1 vote of its monetary policy
  committee (one member wanted 50 bp); press conference 11 a.m. Paramaribo time (14:00
  GMT); previous move 22 January (50 bp, 16.50% to 16.00%); annual inflation 9.8% in
  February, 11.4% in January, 0.6% month on month; bank's year-end forecast 8.5%;
  official rate SRD 36.42 per US dollar (Wednesday 11 March); gross reserves US$1.71
  billion at end-February (about 4.3 months of imports, about SRD 62 billion); reserve
  requirements unchanged at 27% (SRD) and 50% (foreign currency); local-currency credit
  growth 3.1% in the 12 months to January; average lending rate 18.6% in January; Caribe
  Wire poll: 9 of 12 economists expected 50 bp, median 15.50%; next decision Thursday 7
  May. Governor Ricardo Alexander Brunings, Deputy Governor Sharda Ramlal.
  OUTLETS: Caribe Wire (wire; meta article:published_time 2026-03-12T15:08Z); Paramaribo
  Post-Courier (newspaper; JSON-LD 2026-03-13, says "yesterday"); Guiana Shield Monitor
  (weekly newsletter; visible date line Saturday 14 March 2026); Tropica Broadcasting
  (broadcaster; no date anywhere, says "on Thursday").
  LEGITIMATE TRAPS: 75 basis points / three-quarters of a point / 0.75 percentage
  points; 16.00% / 16 per cent; earlier rates 16.50% and 16.00%; January vs February
  inflation and the 8.5% forecast; forecast 15.50% vs actual 15.25%; 36.42 vs "about
  36.4"; US$1.71 billion vs "some US$1.7 billion" vs "roughly SRD 62 billion"; 11 a.m.
  local vs 1400 GMT vs "eleven in the morning"; Brunings with and without his middle
  name; different quotes of Brunings from the press conference and a Friday radio
  interview; real-rate arithmetic in the newsletter (6.2, 5.5, 4.6 points); the Bank of
  Guyana's 5.00% rate; sidebar rates of other countries and a video duration.

el-AK2 — election — 3 PLANTED — fetched 2026-06-24.
  TRUE FACTS: Guyana's local government elections, Monday 15 June 2026, polls 6 a.m. to
  6 p.m.; Georgetown: 212 polling stations, 118,402 registered, 49,374 ballots cast
  (turnout 41.7%), 612 rejected, 48,762 valid; Georgetown Citizens' Alliance (GCA) 27,185
  votes (55.8%), 17 of 30 seats; Progressive Unity Front (PUF) 18,940 (38.8%), 12 seats;
  Demerara Residents' Voice (DRV) 2,637 (5.4%), 1 seat; 2023: GCA 14 seats, PUF 15, DRV 1,
  turnout 36.2%; provisional national turnout 38.9% across 80 local authority areas;
  Returning Officer Shondel Abrams declared at 10:20 p.m. on Tuesday 16 June; the new
  council meets and elects the mayor on Monday 29 June; GCA nominee for mayor Keon Marslow
  (44, former deputy mayor); PUF city leader Patrice Hollingsworth; DRV councillor Aubrey
  Lachmansingh; observer Rev. Desmond Kippins.
  OUTLETS: Demerara Wire Service (wire; meta 2026-06-17T03:05Z); Georgetown Evening Ledger
  (newspaper; JSON-LD 2026-06-17); ECO Live (live blog, newest first; visible date line
  Tuesday 16 June 2026); Atlantic Shore Television (broadcaster; no date, "on Monday").
  PLANTED: GCA votes 27,185 right, 27,815 wrong (Demerara Wire Service); Marslow right,
  "Marslowe" wrong (Georgetown Evening Ledger); mayoral vote 29 June right, 26 June wrong
  (Atlantic Shore Television).
  LEGITIMATE TRAPS: provisional counts on the live blog (12,904 / 9,118 with 96 stations;
  23,410 / 16,377 with 181) before the final; 2023 seats and turnout; national 38.9% vs
  Georgetown 41.7% ("about 42%", "just over four in ten"); votes vs shares vs seats; ballots
  cast vs valid votes; "late on Tuesday" / "last night" / 10:20 p.m.; Kippins with and
  without "Rev."; live-blog timestamps.

ct-AK3 — court — CONTROL (planted = []) — fetched 2026-04-30.
  TRUE FACTS: on Tuesday 21 April 2026 at 10 a.m. (Port of Spain and Georgetown time, 14:00
  GMT) the Caribbean Court of Justice, by 4-1, restored damages of GY$1.46 billion (about
  US$7 million) plus 6% a year simple interest from 12 March 2020 to Mazaruni Alluvial
  Holdings Inc. against the Attorney General of Guyana over a licence for 4,800 acres
  (about 1,940 hectares) on the Cuyuni River cancelled on 3 July 2019; High Court award
  (2023) GY$2.1 billion, Court of Appeal (2024) GY$640 million; appeal heard 14 October
  2025; lead judgment Justice Marcus T. Oyelaran, dissent Justice Carla Mendes-Rowe;
  company chief executive Devendra Persaud; counsel Kwame Gilkes SC (estimates interest at
  roughly GY$530 million); Deputy Solicitor General Tamika Ross; 230 workers at the peak.
  OUTLETS: Caribbean Law Wire (wire; meta 2026-04-21T16:42Z); Georgetown Morning Star
  (newspaper; JSON-LD 2026-04-22, says "yesterday"); Bench & Bar Caribbean (newsletter;
  visible date line 24 April 2026, "Tuesday's judgment").
  LEGITIMATE TRAPS: GY$ and US$ amounts; the earlier awards; acres and hectares; the
  interest estimate (attributed) vs the award; the hearing date vs the judgment date;
  10 a.m. vs 14:00 GMT; Oyelaran with and without his initial; "CEO" / "chief executive";
  two different Persaud quotes (courthouse steps, later phone interview); sidebar of other
  cases.

tr-AK4 — trade — 3 PLANTED — fetched 2026-09-02.
  TRUE FACTS: Guyana and Suriname signed a trade and transport agreement on Friday 21
  August 2026 in Nieuw Nickerie at 11:30 a.m. Suriname time (10:30 a.m. Guyana time, 14:30
  GMT); signatories trade minister Anjali Ramsaran (Suriname) and commerce minister Trevor
  Bacchus (Guyana); tariffs removed on 142 product lines from 1 January 2027; Guyana to
  supply 68,000 tonnes of crushed stone a year for five years, worth US$41.5 million over
  the five years (about SRD 1.51 billion); ferry crossings from two to four a day from 1
  October; joint customs post at Moleson Creek and South Drain; bilateral trade US$212
  million in 2025 (US$168 million in 2024), target US$350 million by 2029; quarry
  association chief executive Sherwin Daly; Nickerie chamber president Ravindre
  Baldewsingh.
  OUTLETS: Atlantic Coast Newswire (wire; meta 2026-08-21T18:20Z); The Suriname Mercury
  (newspaper; JSON-LD 2026-08-22, "yesterday"); Corentyne Business Brief (newsletter;
  visible date line Monday, 24 August 2026); Guyana Atlantic Radio (broadcaster; no date,
  "on Friday").
  PLANTED: 68,000 tonnes right, 86,000 wrong (The Suriname Mercury); signed Friday right,
  "Thursday" wrong (Atlantic Coast Newswire); signed in Nieuw Nickerie right, "Corriverton"
  wrong (Guyana Atlantic Radio).
  LEGITIMATE TRAPS: 68,000 tonnes / "roughly 75,000 short tons"; US$41.5 million /
  SRD 1.51 billion / "about US$8.3 million a year"; the same signing moment in Suriname
  time, Guyana time and GMT; 2024 and 2025 trade vs the 2029 target; two and four ferry
  crossings; "yesterday" on a page dated the next day; sidebar of commodity prices.

rk-AK5 — rocket — CONTROL (planted = []) — fetched 2026-10-27.
  TRUE FACTS: a Vega-C lifted off from the Guiana Space Centre at Kourou at 21:47 local
  time (GFT) on Wednesday 14 October 2026, which is 00:47 UTC on Thursday 15 October and
  8:47 p.m. in Guyana; the first attempt on Monday 12 October was scrubbed at T-minus 4
  minutes for upper-level winds; seven satellites aboard; Guyana's first satellite,
  Kaieteur-1, 42 kg (about 93 lb), separated 56 minutes after liftoff into a 550 km (about
  340-mile) sun-synchronous orbit; 4.8 m camera resolution; five-year design life; cost
  US$4.2 million (about GY$875 million); first signal at the University of Guyana ground
  station at Turkeyen at 11:31 p.m. Guyana time; project lead Dr Shaundell Griffith,
  director of the National Space Applications Office; builder Brightwater Smallsat; launch
  director Etienne Lavaud.
  OUTLETS: Orbital Desk (live blog, newest first; visible date line Wednesday 14 October
  2026); Hemisphere Press Agency (wire; meta 2026-10-15T02:10Z); Guyana Sentinel (newspaper;
  JSON-LD 2026-10-15, "last night"); Wild Coast Broadcasting (Suriname broadcaster; no date,
  "on Wednesday night").
  LEGITIMATE TRAPS: local time vs UTC vs Guyana time, and the local date vs the UTC date;
  the scrubbed Monday attempt; T-minus counts and live-blog timestamps; kg and lb, km and
  miles, US$ and GY$; seven payloads vs one; Griffith with and without "Dr"; two
  different Griffith quotes; a sidebar of other launches.

eq-AK6 — earthquake — 3 PLANTED — fetched 2026-11-17.
  TRUE FACTS: a magnitude 6.2 earthquake (FUNVISIS; the USGS measured 6.0, always
  attributed) struck at 4:17 a.m. local time (VET; 08:17 UTC) on Sunday 8 November 2026,
  23 km north-east of Cumaná, Sucre state, at a depth of 14 km; 9 dead, 214 injured, 1,380
  homes damaged and 96 destroyed; 2,100 people in 14 shelters; 38,000 customers lost power;
  47 aftershocks by Monday noon, the largest of magnitude 4.6 at 6:55 a.m. Sunday; Yelitza
  Carrasquero, national director of Civil Protection; seismologist Luis Eduardo Bracho
  (FUNVISIS).
  OUTLETS: Andes-Caribe Press (wire; meta 2026-11-09T15:10Z); Eastern Venezuela Tribune
  (newspaper; JSON-LD 2026-11-09, "yesterday"); Quake Watch Live (live blog, newest first;
  visible date line Sunday 8 November 2026); Radio Oriente Internacional (broadcaster; no
  date, "on Sunday").
  PLANTED: 214 injured right, 241 wrong (Andes-Caribe Press); 4:17 a.m. right, "4:47 a.m."
  wrong (Eastern Venezuela Tribune); Carrasquero "national director of Civil Protection"
  right, "deputy interior minister" wrong (Radio Oriente Internacional).
  LEGITIMATE TRAPS: FUNVISIS 6.2 vs USGS 6.0 (attributed); provisional tolls on the live
  blog (4 dead / 58 injured, 7 dead / 162 injured) before the final; 4:17 a.m. vs 08:17 UTC;
  the 4.6 aftershock and its time; the 1997 Cariaco earthquake (6.9, 81 dead) in sidebars;
  Bracho with and without his middle name; "yesterday" on a page dated Monday.
"""

import html
import json
import re

_COOKIE = ("We use cookies and similar technologies to run this site, measure audiences and show "
           "you relevant advertising. You can accept all cookies or manage your preferences.")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _body(paras: list) -> str:
    out = []
    for n, p in enumerate(paras):
        if isinstance(p, tuple) and p[0] == "h":
            out.append(f"<h2>{_e(p[1])}</h2>")
        elif isinstance(p, tuple) and p[0] == "t":
            out.append(f'<div class="live-entry"><p class="live-stamp"><time>{_e(p[1])}</time></p>'
                       f"<p>{_e(p[2])}</p></div>")
        else:
            out.append(f"<p>{_e(p)}</p>")
        if n == 4:
            out.append('<div class="ad-slot ad-inline"><span>Advertisement</span></div>')
    return "\n".join(out)


def _page(outlet: dict, path: str, headline: str, standfirst: str, byline: str, paras: list, *,
          date: str = "", mode: str = "none", dateline: str = "", sidebar: tuple = ("", []),
          related: tuple = (), section: str = "News", live: bool = False) -> dict:
    """One complete article page; mode is how the page gives its date: meta, jsonld, visible or none."""
    url = f"https://{outlet['domain']}/{path}"
    head = [f"<title>{_e(headline)} | {_e(outlet['name'])}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{html.escape(standfirst)}">',
            f'<meta property="og:title" content="{html.escape(headline)}">',
            f'<meta property="og:site_name" content="{html.escape(outlet["name"])}">',
            '<meta property="og:type" content="article">',
            f'<link rel="canonical" href="{url}">']
    if mode == "meta":
        head.append(f'<meta property="article:published_time" content="{date}">')
    if mode == "jsonld":
        data = {"@context": "https://schema.org", "@type": "LiveBlogPosting" if live else "NewsArticle",
                "headline": headline, "datePublished": date,
                "author": {"@type": "Person", "name": byline.removeprefix("By ").split(",")[0]},
                "publisher": {"@type": "Organization", "name": outlet["name"]}}
        head.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    nav = "".join(f'<li><a href="/{_slug(n)}">{_e(n)}</a></li>' for n in outlet["nav"])
    shown = f'<p class="dateline">{_e(dateline)}</p>' if mode == "visible" else ""
    share = ('<div class="share-buttons"><span>Share this story</span> <a href="#">Facebook</a> '
             '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Copy link</a></div>')
    side = "".join(f"<li>{_e(s)}</li>" for s in sidebar[1])
    rel = "".join(f'<li><a href="/{_slug(r)}">{_e(r)}</a></li>' for r in related)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{chr(10).join(head)}
</head>
<body>
<div class="cookie-banner" role="dialog"><p>{_COOKIE}</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{_e(outlet['name'])}</a> <span class="tagline">{_e(outlet['tagline'])}</span>
<nav><ul>{nav}</ul></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main>
<article>
<p class="kicker">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<p class="byline">{_e(byline)}</p>
{shown}
{share}
<div class="article-body">
{_body(paras)}
</div>
{share}
</article>
<aside class="sidebar"><div class="ad-slot ad-mpu"><span>Advertisement</span></div>
<div class="box"><h3>{_e(sidebar[0])}</h3><ul>{side}</ul></div></aside>
<section class="related"><h3>Related stories</h3><ul>{rel}</ul></section>
<section class="newsletter-signup"><h3>Get our morning briefing</h3><p>The day's essential stories in your inbox. Sign up free.</p></section>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/advertise">Advertise with us</a></li></ul>
<p>&copy; {_e(outlet['name'])}. All rights reserved. No part of this site may be reproduced without permission.</p></footer>
</body>
</html>
"""
    return {"url": url, "html": page}


# --- cb-AK1: central bank (CONTROL) -------------------------------------------------------

_CARIBE = {"name": "Caribe Wire", "domain": "caribewire.example", "tagline": "News from the Caribbean and the Guianas",
           "nav": ["World", "Caribbean", "Markets", "Energy", "Politics", "Sport"]}
_POSTCOURIER = {"name": "Paramaribo Post-Courier", "domain": "pbo-postcourier.example", "tagline": "Suriname's independent daily",
                "nav": ["Home", "National", "Business", "Districts", "Opinion", "Sport", "Culture"]}
_SHIELD = {"name": "Guiana Shield Monitor", "domain": "shieldmonitor.example", "tagline": "Weekly economics of the Guianas",
           "nav": ["Latest issue", "Archive", "Data", "About", "Subscribe"]}
_TROPICA = {"name": "Tropica Broadcasting", "domain": "tropicatv.example", "tagline": "Radio and television for Suriname",
            "nav": ["News", "Watch live", "Listen", "Programmes", "Weather", "Sport"]}

_CB_1 = _page(
    _CARIBE, "markets/2026/03/suriname-central-bank-cuts-policy-rate-1525",
    "Suriname central bank cuts policy rate to 15.25%, deeper than expected",
    "The Centrale Bank van Suriname lowered its benchmark by 75 basis points as annual inflation slowed to 9.8% in February, surprising economists who had pencilled in a half-point move.",
    "By Esther Vlijter, Caribe Wire",
    [
        "PARAMARIBO, March 12 (Caribe Wire) - Suriname's central bank cut its key policy rate by 75 basis points to 15.25% on Thursday, a larger reduction than most analysts had forecast, saying a steady slowdown in inflation gave it room to support a sluggish private sector.",
        "The Centrale Bank van Suriname (CBvS) had held the rate at 16.00% since January 22, when it trimmed it by 50 basis points from 16.50%. Nine of 12 economists polled by Caribe Wire last week had expected another half-point cut, and the median forecast was 15.50%.",
        "Governor Ricardo Brunings told a press conference in Paramaribo, which began at 11 a.m. local time (1400 GMT), that the bank's monetary policy committee had voted four to one for the larger move. One member preferred a 50-basis-point step, he said, without naming the dissenter.",
        "\"Inflation is coming down faster than we projected in December, and real interest rates have become too tight for an economy that is still rebuilding,\" Brunings said. \"We are not declaring victory. We are adjusting the dial.\"",
        "Annual consumer price inflation eased to 9.8% in February from 11.4% in January, according to figures from the General Bureau of Statistics published earlier this month. Prices rose 0.6% from the previous month, the smallest monthly increase in more than a year.",
        "The bank now expects inflation to end 2026 at about 8.5%, Brunings said, while warning that imported food and fuel prices remained the biggest risk to that projection.",
        "The Surinamese dollar barely moved after the announcement. The central bank's official average rate stood at 36.42 per U.S. dollar on Wednesday, and dealers in Paramaribo said street quotes were close to that level on Thursday afternoon.",
        "Gross international reserves reached $1.71 billion at the end of February, enough to cover about 4.3 months of imports, the bank said in its policy statement. It left its cash reserve requirements unchanged at 27% for Surinamese-dollar deposits and 50% for foreign-currency deposits.",
        "Deputy Governor Sharda Ramlal said lending to businesses and households in local currency grew 3.1% in the 12 months to January, a pace she described as \"far too slow for an economy that needs to diversify\". Commercial bank lending rates averaged 18.6% in January, according to central bank data.",
        "Business groups have lobbied for months for cheaper credit, arguing that high borrowing costs have held back investment in agriculture, construction and tourism even as gold and oil-related activity picks up.",
        "\"The committee clearly wants to get ahead of the curve,\" said Nadia Kromodihardjo, chief economist at Maroni Securities in Paramaribo. \"The risk is that the exchange rate does the tightening for them if foreign inflows disappoint in the second quarter.\"",
        "Kromodihardjo said she now expected the rate to reach 14.00% by the end of the year, assuming inflation keeps falling at roughly its current pace.",
        "Brunings said the committee would look closely at the March and April price data before its next meeting, and he declined to say whether further cuts were likely. \"Each decision is taken on its own merits, with the numbers in front of us,\" he said.",
        "The central bank has spent the past few years rebuilding its credibility after a long bout of currency turmoil, during which it relied heavily on foreign-exchange auctions to steady the Surinamese dollar. It now uses the policy rate as its main signal to banks, and economists said Thursday's decision was the clearest test so far of whether lenders follow that signal.",
        "The committee's next scheduled policy decision is on May 7.",
    ],
    date="2026-03-12T15:08:00Z", mode="meta", section="Markets",
    sidebar=("Regional policy rates", ["Suriname (CBvS): 15.25%", "Guyana (Bank of Guyana): 5.00%",
                                        "Trinidad and Tobago: 3.50%", "Jamaica: 5.75%", "Dominican Republic: 5.25%"]),
    related=("Suriname inflation slows to 9.8% in February", "Guyana keeps policy rate on hold as oil revenue climbs",
             "Gold exports lift Suriname's current account surplus"),
)

_CB_2 = _page(
    _POSTCOURIER, "business/central-bank-slashes-rate-three-quarters-of-a-point",
    "Central bank slashes rate by three-quarters of a point as price pressures cool",
    "Governor Brunings says borrowers should feel the cut within weeks; commercial banks say they will review loan pricing.",
    "By Roshni Jagessar, Economics Reporter",
    [
        "The Centrale Bank van Suriname yesterday lowered its policy rate from 16 per cent to 15.25 per cent, a cut of three-quarters of a percentage point that goes further than the half-point reduction most market watchers had expected.",
        "It is the second cut this year. In January the bank brought the rate down from 16.5 per cent to 16 per cent, and officials then signalled that further easing would depend on how quickly prices settled.",
        "Announcing the decision at the bank's headquarters on the Waterkant at eleven in the morning, Governor Ricardo Alexander Brunings said the monetary policy committee had weighed a smaller move but concluded that households and firms needed relief sooner.",
        "\"Families and small firms have carried the burden of high rates for a long time,\" the governor said. \"We expect the banks to pass this on, and we will be watching closely how quickly they do it.\"",
        "The decision was not unanimous. Four of the committee's five members voted for the 75-basis-point cut, while one favoured a more cautious half-point reduction.",
        "The move follows a marked cooling of prices. Annual inflation fell to 9.8 per cent in February, down from 11.4 per cent in January, and month-on-month inflation was 0.6 per cent. That is a long way from the height of the currency crisis, when annual inflation ran well above 50 per cent and the Surinamese dollar lost more than half its value in a matter of months.",
        "The central bank projects that inflation will slow to about 8.5 per cent by December.",
        "Deputy Governor Sharda Ramlal told reporters that credit to the private sector in Surinamese dollars had grown by just 3.1 per cent over the twelve months to January. \"Our businesses are borrowing in foreign currency or not borrowing at all,\" she said. \"Neither is healthy.\"",
        "A senior manager at one of the large commercial banks, who asked not to be named because the bank had not yet announced its response, said its credit committee would meet on Monday to review lending rates on business loans and mortgages.",
        "Lucien Fung-A-Loi, who chairs the Suriname Association of Small Enterprises, welcomed the cut but said it would not transform conditions overnight. \"A rate of 15.25 per cent is still a heavy rate for a bakery or a furniture workshop,\" he said. \"But it is a signal, and signals matter.\"",
        "The exchange rate has been stable in recent weeks at about SRD 36.4 to the US dollar, and the bank's reserves stood at some US$1.7 billion at the end of February, or roughly SRD 62 billion at current rates. The governor said that cushion gave the bank \"room to act without putting the currency at risk\".",
        "Asked whether the bank could force commercial banks to lower their rates, the governor said it had no such power, but that from April it would publish a monthly comparison of lending rates bank by bank. \"Customers can then draw their own conclusions,\" he said.",
        "Economists said the size of the cut reflected growing confidence inside the bank. \"Two years ago a cut of this size would have sent people running to the cambios,\" said Jerrel Pinas, head of research at Kustbank Capital. \"This time nothing happened to the exchange rate, and that is the whole point.\"",
        "Cash reserve requirements for banks were left unchanged.",
        "The monetary policy committee will next meet on 7 May.",
    ],
    date="2026-03-13T06:15:00-03:00", mode="jsonld", section="Business",
    sidebar=("Markets at a glance (Thursday close)", ["SRD per US dollar: 36.42", "SRD per euro: 39.71",
                                                    "CBvS policy rate: 15.25%", "Gold, US$ per ounce: 2,948",
                                                    "Brent crude, US$ per barrel: 71.40"]),
    related=("Rice farmers in Nickerie brace for lower export prices", "Opinion: the central bank must explain its targets",
             "Paramaribo port volumes rise for a third month"),
)

_CB_3 = _page(
    _SHIELD, "issues/2026-03-14/why-paramaribo-went-big",
    "Why Paramaribo went big: reading the CBvS's 75-basis-point cut",
    "Our weekly note on the economies of the Guianas. This week: the central bank surprises, the arithmetic of real rates, and what to watch before May.",
    "By Hendrik Aloewel, editor",
    [
        "Thursday's decision by the Centrale Bank van Suriname to cut its policy rate by 75 basis points, to 15.25%, was the boldest step of the current easing cycle, and it caught most of the forecasters we follow off guard.",
        "The Caribe Wire survey had nine of 12 economists expecting a 50-basis-point move, with a median forecast of 15.50%. Our own call, we confess, was the same. So why did the committee go further?",
        ("h", "The arithmetic of real rates"),
        "Start with the numbers the committee had in front of it. Annual inflation was 9.8% in February. Against that figure, the old policy rate of 16.00% implied a real rate of about 6.2 percentage points, which is punishing for an economy with weak credit demand. After the cut, the real rate is about 5.5 points. Measured against January's 11.4% inflation, the real rate had been only 4.6 points, so the fall in inflation tightened policy by stealth, and Thursday's move gives back part of that.",
        "Governor Ricardo Brunings made a version of this argument himself. In an interview with a Paramaribo radio station on Friday he said: \"We had room, and we used it. If the April numbers disappoint us, we can always pause.\"",
        "The vote was four to one, with the dissenter preferring 50 basis points, which tells us the committee is not of one mind about the pace.",
        ("h", "The currency question"),
        "The main constraint on the bank has always been the exchange rate. The official rate of SRD 36.42 per US dollar has been steady for weeks, and gross reserves of US$1.71 billion, or about 4.3 months of imports, are comfortable by the standards of the past decade. That is the cushion that made the larger cut possible.",
        "Jerrel Pinas, head of research at Kustbank Capital, thinks the bank will be more careful next time. \"The next move in May is probably 50, not 75,\" he told us. \"They front-loaded the easing while the currency is calm. They will not want to test it twice.\"",
        "Pinas also points out that lending rates have been slow to follow the policy rate down. Banks charged an average of 18.6% on loans in January, and local-currency credit grew only 3.1% in the year to January, according to the central bank.",
        ("h", "Also this week"),
        "Across the Corentyne, the Bank of Guyana kept its own policy rate at 5.00%, where it has been for more than two years. Guyana's inflation is running at a fraction of Suriname's, and the two central banks face almost opposite problems: one is trying to coax credit back to life, the other is trying to stop an oil-fuelled construction boom from overheating.",
        ("h", "What to watch"),
        "March consumer prices are due in mid-April. The bank's own forecast has inflation ending the year at about 8.5%; a monthly reading above 1% would make that look optimistic. The next policy decision is on Thursday 7 May.",
        "We will also be watching the commercial banks. If average lending rates have not fallen by at least half a point by the time of the May meeting, expect the governor to say so in public, and expect the monthly bank-by-bank comparison of lending rates he has promised to become required reading in Paramaribo boardrooms.",
    ],
    mode="visible", dateline="Saturday 14 March 2026", section="Weekly note",
    sidebar=("The numbers this week", ["Suriname policy rate: 15.25% (was 16.00%)", "Suriname inflation, February: 9.8%",
                                       "Guyana policy rate: 5.00%", "Guyana oil output, February: 940,000 barrels a day",
                                       "French Guiana unemployment, Q4 2025: 16.2%"]),
    related=("Issue of 7 March: Guyana's budget arithmetic", "Issue of 28 February: the gold price and the Guianas",
             "Data: Suriname inflation since 2020"),
)

_CB_4 = _page(
    _TROPICA, "news/central-bank-cuts-interest-rate-relief-for-borrowers",
    "Central bank cuts interest rate, says relief should reach borrowers",
    "The bank lowered its main rate for the second time this year as inflation fell below 10 percent.",
    "Tropica News Desk, reporting by Ivan Sno",
    [
        "The Central Bank of Suriname on Thursday cut its main interest rate by 0.75 percentage points to 15.25 percent, saying falling inflation allowed it to ease the pressure on borrowers.",
        "Governor Ricardo Brunings announced the decision at a news conference that started at 11 o'clock. He said the bank wanted commercial banks to lower their own lending rates quickly.",
        "\"This is not a gift to the banks,\" Brunings told Tropica News after the news conference. \"It is meant for the people who pay the loans. If it stops at the banks, we will have a conversation with them.\"",
        "Inflation fell to 9.8 percent in February, the first time in years that the annual figure has dropped below 10 percent. In January it was 11.4 percent.",
        "The cut of seventy-five basis points was bigger than most economists had expected. Many had predicted a smaller cut of half a point.",
        "The main interest rate had stood at 16 percent since January, when the bank made its first cut of the year. The bank said it expects inflation to keep falling and to reach about 8.5 percent by the end of the year.",
        "The bank left unchanged the share of deposits that commercial banks must hold at the central bank.",
        "At the Central Market in Paramaribo, traders said they hoped the decision would bring some relief. Marisa Kartosen, who has sold vegetables at the market for twenty years, said she had put off buying a new cooling unit because of the cost of a loan.",
        "\"Every month the prices of everything went up, and the bank wanted so much interest,\" she said. \"If it comes down a little, maybe this year I can do it.\"",
        "Taxi driver Orlando Wijngaarde was less convinced. \"They say the rate is down, but my loan is still the same,\" he said. \"I will believe it when I see my statement.\"",
        "The bank also said the exchange rate had remained stable, at around 36.4 Surinamese dollars to the US dollar, and that the country's reserves were sufficient to cover more than four months of imports.",
        "Economist Nadia Kromodihardjo of Maroni Securities said the decision showed the bank was confident that the currency would hold. \"A year ago nobody would have dared to cut this much,\" she said.",
        "Tropica News asked several commercial banks whether they would now lower their own rates. Two said they were studying the decision and would announce any changes in the coming weeks; the others did not respond before broadcast.",
        "The central bank's next decision on interest rates is expected in May.",
        "Video: Governor Brunings speaks to reporters after the announcement (2:14)",
    ],
    mode="none", section="Economy",
    sidebar=("Most watched", ["Flooding closes roads in Commewijne", "Surinamese sprinter sets national record",
                              "Parliament debates new mining law", "Weather: heavy showers expected this weekend"]),
    related=("Bread prices: bakers say flour is still too expensive", "Gold sector pays record royalties",
             "How the exchange rate affects your shopping basket"),
)

_STORY_CB = {"id": "cb-AK1", "part": "AK", "domain": "central bank", "fetched": "2026-03-20",
             "articles": [_CB_1, _CB_2, _CB_3, _CB_4], "planted": []}

# --- el-AK2: election (3 PLANTED) -----------------------------------------------------------

_DEMWIRE = {"name": "Demerara Wire Service", "domain": "demwire.example", "tagline": "Guyana's news agency",
            "nav": ["National", "Regions", "Business", "Oil and Gas", "Caricom", "Sport"]}
_LEDGER = {"name": "Georgetown Evening Ledger", "domain": "gtledger.example", "tagline": "The capital's paper since 1961",
           "nav": ["Home", "News", "Politics", "Business", "Letters", "Features", "Sport"]}
_ECO = {"name": "ECO Live", "domain": "ecoonline.example", "tagline": "Essequibo Coast Online",
        "nav": ["Live", "News", "Regions", "Elections 2026", "Video", "Podcasts"]}
_ASTV = {"name": "Atlantic Shore Television", "domain": "astv-gy.example", "tagline": "Channel 14 and online",
         "nav": ["News", "Watch", "Shows", "Weather", "Sport", "Contact the newsroom"]}

_EL_1 = _page(
    _DEMWIRE, "politics/2026/06/gca-wins-control-of-georgetown-council",
    "Citizens' Alliance wins control of Georgetown council",
    "The Georgetown Citizens' Alliance took 17 of the city's 30 council seats in Monday's local government elections, ending a three-year stalemate at City Hall.",
    "By Nkosi Barrington, Demerara Wire Service",
    [
        "GEORGETOWN, June 16 (DWS) - The Georgetown Citizens' Alliance (GCA) won an outright majority on the capital's city council in Monday's local government elections, taking 17 of the 30 seats, according to final results declared late on Tuesday.",
        "Returning Officer Shondel Abrams announced the results at the count centre at City Hall at 10:20 p.m., more than a day after polls closed. The GCA received 27,815 votes, or 55.8% of valid ballots, while the Progressive Unity Front (PUF) won 18,940 votes, or 38.8%, and 12 seats.",
        "The Demerara Residents' Voice (DRV), a residents' group that campaigned on drainage and garbage collection, kept its single seat with 2,637 votes.",
        "Turnout in the city was 41.7%, with 49,374 ballots cast by 118,402 registered voters. Abrams said 612 ballots were rejected, leaving 48,762 valid votes.",
        "Abrams said the Georgetown count had been slowed by the late arrival of ballot boxes from three polling stations in South Ruimveldt, which reached the count centre hours late on Monday night.",
        "The result is a sharp turnaround from 2023, when the PUF won 15 seats to the GCA's 14 and the council spent much of the following three years deadlocked over the city budget, parking fees and the repair of the Stabroek Market clock.",
        "\"Georgetown has given us a clear instruction: fix the drains, collect the garbage and stop fighting,\" Keon Marslow, the GCA's nominee for mayor, told supporters gathered outside the count centre shortly after the declaration. \"We heard it.\"",
        "Marslow, 44, a former deputy mayor, is expected to be elected mayor when the new council holds its statutory first meeting on June 29. Under Guyana's local government law the mayor is chosen by the councillors rather than directly by voters.",
        "PUF city leader Patrice Hollingsworth conceded defeat but said her party would be a \"watchful and loud\" opposition. \"We lost seats, we did not lose our voice,\" she said.",
        "The GCA's campaign focused on the city's drainage, which failed repeatedly during heavy rain in May and left parts of Albouystown, Tiger Bay and South Ruimveldt under water for days, and on the council's record of paying garbage contractors late.",
        "Across the country, the Guyana Elections Commission put provisional turnout in the 80 local authority areas at 38.9%, noticeably lower in rural neighbourhood democratic councils than in the towns.",
        "Observers from the Guyana Civil Society Observer Network said voting was orderly at the 212 polling stations in Georgetown. The network's chairman, the Rev. Desmond Kippins, said the main complaint was slow processing at a handful of stations in the south of the city, where some voters queued for more than an hour.",
    ],
    date="2026-06-17T03:05:00Z", mode="meta", section="Politics",
    sidebar=("Georgetown council, seats won", ["Georgetown Citizens' Alliance: 17 (2023: 14)",
                                              "Progressive Unity Front: 12 (2023: 15)",
                                              "Demerara Residents' Voice: 1 (2023: 1)"]),
    related=("Linden returns independent-led council", "New Amsterdam turnout falls to record low",
             "Explainer: how Guyana's local councils elect their mayors"),
)

_EL_2 = _page(
    _LEDGER, "news/2026/06/17/a-mandate-to-fix-the-drains",
    "A mandate to fix the drains: GCA sweeps to majority at City Hall",
    "Keon Marslowe's alliance turned three years of deadlock into a clear win. Now it has to deliver on flooding, garbage and the city's finances.",
    "By Candace Yhap, City Hall Correspondent",
    [
        "For three years the Georgetown city council could barely agree on a budget. After Monday's vote, one group can now pass one on its own.",
        "The Georgetown Citizens' Alliance won 17 of the 30 seats on the council, the final results showed last night, giving it a comfortable majority over the Progressive Unity Front, which took 12. The Demerara Residents' Voice held the remaining seat.",
        "The GCA polled 27,185 votes in the city, 55.8 per cent of the valid vote, against 18,940 for the PUF and 2,637 for the DRV. Returning Officer Shondel Abrams made the declaration at City Hall at 10:20 p.m., ending a count that had dragged on through Tuesday because of delays in transporting ballot boxes from several polling stations.",
        "Turnout in Georgetown was 41.7 per cent, up from 36.2 per cent at the last local government elections in 2023. That is still only just over four in ten of the city's registered voters, and campaigners said it showed how far local politics has to go to win back the public.",
        "The alliance's candidate for mayor, Keon Marslowe, spent much of the campaign wading through flooded streets in Albouystown and Tiger Bay with a camera crew. Yesterday he said the first hundred days would be about drainage.",
        "\"We are going to publish a list of every blocked canal and every broken sluice gate in this city, and we are going to tick them off in public,\" he said. \"If we do not do it, vote us out in three years.\"",
        "Marslowe is a former deputy mayor and will be elected mayor by the new council at its first sitting on June 29, assuming the alliance holds together. The deputy mayor will be chosen at the same meeting.",
        "Patrice Hollingsworth, who led the PUF's city campaign, said her party accepted the result. \"The people have spoken and we respect that,\" she said. \"But a majority is not a blank cheque, and we will hold them to every promise they made on those flooded streets.\"",
        "Aubrey Lachmansingh, the DRV's sole councillor, said he would vote issue by issue. \"I am not joining anybody,\" he said. \"I am joining the residents of Kitty and Campbellville, who sent me.\"",
        "The new council inherits a city with serious financial problems. The outgoing council's own figures show unpaid property rates of more than GY$4 billion, and the city has struggled for years to pay its garbage contractors on time.",
        "Rev. Desmond Kippins, who chairs the Guyana Civil Society Observer Network, said voting had been largely orderly but urged the elections commission to speed up the count. \"Nobody should have to wait until the following night to know who runs their city,\" he said.",
    ],
    date="2026-06-17T16:00:00-04:00", mode="jsonld", section="Local elections 2026",
    sidebar=("Georgetown result at a glance", ["GCA: 27,185 votes, 17 seats", "PUF: 18,940 votes, 12 seats",
                                              "DRV: 2,637 votes, 1 seat", "Turnout: 41.7% (2023: 36.2%)",
                                              "Rejected ballots: 612"]),
    related=("Letters: the city needs more than promises", "Editorial: the real work at City Hall begins now",
             "Mahaicony council changes hands after recount"),
)

_EL_3 = _page(
    _ECO, "live/local-government-elections-2026-results",
    "Local government elections 2026: live results and reaction",
    "Follow the count in Georgetown and across Guyana's 80 local authority areas. Latest updates first.",
    "By the ECO Live team: Shanice Persaud, Rohan Dey and Mark Wilburg",
    [
        ("t", "10:34 p.m.", "FINAL RESULT, GEORGETOWN. Returning Officer Shondel Abrams declared at 10:20 p.m.: Georgetown Citizens' Alliance 27,185 votes (17 seats), Progressive Unity Front 18,940 (12 seats), Demerara Residents' Voice 2,637 (1 seat). Ballots cast 49,374, rejected 612. Turnout 41.7%."),
        ("t", "10:26 p.m.", "Big cheer outside City Hall. GCA supporters are singing on Regent Street. We are getting the official figures now."),
        ("t", "9:05 p.m.", "With 181 of 212 Georgetown polling stations counted, the GCA has 23,410 votes and the PUF 16,377. GCA officials are telling our reporter they expect to finish on 17 seats."),
        ("t", "7:48 p.m.", "PUF city leader Patrice Hollingsworth to ECO Live: \"It is not over until the last box is counted. We have seen leads disappear before.\""),
        ("t", "6:40 p.m.", "Partial count: with 96 of 212 stations in, the GCA leads with 12,904 votes to 9,118 for the PUF. The DRV has just over 1,200."),
        ("t", "4:15 p.m.", "Keon Marslow, the GCA's nominee for mayor, arrives at City Hall. He tells us he has not slept. \"Ask me again when the box from Sophia comes in,\" he says."),
        ("t", "2:15 p.m.", "The Guyana Elections Commission puts provisional national turnout across the 80 local authority areas at 38.9%. Georgetown looks set to come in higher: party agents at the count centre estimate about 42%."),
        ("t", "11:30 a.m.", "Rev. Desmond Kippins of the Guyana Civil Society Observer Network says ballot boxes from three stations in South Ruimveldt arrived at the count centre hours late on Monday night, which is why the Georgetown count is running into a second day."),
        ("t", "10:05 a.m.", "Aubrey Lachmansingh of the Demerara Residents' Voice, who has held his Kitty and Campbellville seat since 2023, tells ECO Live he expects to keep it. \"Kitty knows me. I clean the trench myself when the council does not,\" he says."),
        ("t", "8:00 a.m.", "Good morning. Polls closed at 6 p.m. on Monday after 12 hours of voting, and counting in most of the country's councils finished overnight. Georgetown's count is still going. In 2023 the Progressive Unity Front won 15 seats on the city council and the Georgetown Citizens' Alliance 14. Stay with us."),
        ("h", "What happens next"),
        "The new Georgetown council will hold its statutory first meeting on Monday, June 29, when councillors elect the mayor and deputy mayor. If the GCA votes as a bloc, Keon Marslow will become mayor; he served as deputy mayor earlier in his career.",
        "The PUF has said it will not put up a rival candidate if the GCA's majority is confirmed, but Hollingsworth told us she wanted the opposition to chair the council's finance committee. That is likely to be the first fight of the new term.",
        "The first agenda item for the new majority is likely to be the city's finances. The outgoing council never passed its last budget on time, and contractors who collect the city's garbage have repeatedly threatened to stop work over unpaid bills.",
    ],
    mode="visible", dateline="Tuesday 16 June 2026", section="Live", live=True,
    sidebar=("Results elsewhere", ["Linden: independents 9 of 18 seats", "New Amsterdam: turnout 33.4%",
                                   "Anna Regina: PUF 7 of 12 seats", "Corriverton: count continues"]),
    related=("Who is Keon Marslow?", "Map: every local authority area result", "Podcast: why turnout matters in local elections"),
)

_EL_4 = _page(
    _ASTV, "news/gca-takes-georgetown-marslow-set-for-mayor",
    "GCA takes Georgetown; Marslow set to become mayor",
    "The alliance won 17 seats on the city council. Councillors will pick the new mayor later this month.",
    "Atlantic Shore Television News, reporting by Dwayne Sobers",
    [
        "The Georgetown Citizens' Alliance will control the capital's city council after winning 17 of its 30 seats in the local government elections held on Monday.",
        "The final Georgetown results were announced on Tuesday night by Returning Officer Shondel Abrams, who told reporters the count had taken longer than planned because several ballot boxes arrived late at the count centre.",
        "The alliance won 27,185 votes, well ahead of the Progressive Unity Front with 18,940. The Demerara Residents' Voice won 2,637 votes and one seat.",
        "About 42 percent of registered voters in the city turned out, higher than in 2023 but still well under half.",
        "Voting took place at 212 polling stations across the city between 6 a.m. and 6 p.m. on Monday. Across the whole country, the Guyana Elections Commission put provisional turnout at 38.9 percent.",
        "The alliance's candidate for mayor, Keon Marslow, spoke to Atlantic Shore Television on Wednesday morning at his constituency office in Bourda.",
        "\"People are tired of the council being a boxing ring,\" Marslow said. \"This time the voters gave one team the responsibility, and with that comes no excuses. We have a plan for the drains, and the first contracts can go out before the rainy season is over.\"",
        "The new council will meet for the first time on June 26, when councillors will vote for the mayor and deputy mayor.",
        "Progressive Unity Front city leader Patrice Hollingsworth said the party would fight for transparency at City Hall. \"Every contract, every dollar. We will be asking questions,\" she said.",
        "Hollingsworth also said her party would ask for the chairmanship of the council's finance committee, arguing that the opposition should be the one checking the majority's spending.",
        "Returning Officer Abrams said 612 ballots had been rejected in Georgetown, most of them because voters had marked more than one box or left the ballot blank.",
        "On the streets of Georgetown, voters said they wanted to see quick results. \"The trench by my house has not been cleaned in two years,\" said Bibi Khan, a shopkeeper in Albouystown. \"When the rain falls, the water comes inside. That is all I want them to fix.\"",
        "The Demerara Residents' Voice's only councillor, Aubrey Lachmansingh, said he would back good proposals from either side and oppose bad ones from both.",
        "Taxi driver Colin Fraser said he had voted for the first time in a local election. \"I thought it did not matter,\" he said. \"Then the garbage stayed on my corner for a month. Now I think it matters.\"",
        "Observers from the Guyana Civil Society Observer Network said the vote was peaceful. Desmond Kippins, the network's chairman, said the elections commission should publish results station by station online.",
    ],
    mode="none", section="News",
    sidebar=("Trending now", ["Heavy rain warning for coastal regions", "Golden Jaguars name squad for Caribbean Cup",
                              "Berbice bridge toll change from July", "Video: inside the new Demerara Harbour Bridge"]),
    related=("Voters in Region Six react to results", "Explainer: what does a city councillor do?",
             "Georgetown garbage contractors threaten to stop work"),
)

_STORY_EL = {"id": "el-AK2", "part": "AK", "domain": "election", "fetched": "2026-06-24",
             "articles": [_EL_1, _EL_2, _EL_3, _EL_4],
             "planted": [("GCA vote total in Georgetown", r"\b27,?185\b", r"\b27,?815\b"),
                         ("surname of the GCA's nominee for mayor", r"\bmarslow\b", r"\bmarslowe\b"),
                         ("date of the new council's first meeting and mayoral vote",
                          r"2026-06-29|june 29|29 june", r"2026-06-26|june 26|26 june")]}

# --- ct-AK3: court (CONTROL) ----------------------------------------------------------------

_LAWWIRE = {"name": "Caribbean Law Wire", "domain": "carilawwire.example", "tagline": "Courts, law and regulation across the region",
            "nav": ["Latest", "CCJ", "Courts", "Regulation", "Arbitration", "Opinion"]}
_MORNINGSTAR = {"name": "Georgetown Morning Star", "domain": "gtmorningstar.example", "tagline": "Guyana's morning newspaper",
                "nav": ["Home", "News", "Court", "Business", "Regions", "World", "Sport"]}
_BENCHBAR = {"name": "Bench & Bar Caribbean", "domain": "benchbarcarib.example", "tagline": "A fortnightly letter for the legal profession",
             "nav": ["This issue", "Judgments", "Practice notes", "Archive", "Subscribe"]}

_CT_1 = _page(
    _LAWWIRE, "ccj/2026/04/ccj-restores-mining-damages-mazaruni-alluvial",
    "CCJ restores GY$1.46bn damages to miner over cancelled Cuyuni licence",
    "A 4-1 majority of the Caribbean Court of Justice found that Guyana's cancellation of a gold-mining licence in 2019 was unlawful and more than doubled the damages set by the Court of Appeal.",
    "By Alicia Ramdeen, Caribbean Law Wire",
    [
        "PORT OF SPAIN, April 21 (CLW) - The Caribbean Court of Justice on Tuesday ordered the government of Guyana to pay GY$1.46 billion (about US$7 million) in damages to Mazaruni Alluvial Holdings Inc., a gold-mining company whose licence on the Cuyuni River was cancelled in 2019.",
        "The court, Guyana's final court of appeal, ruled by four votes to one that the cancellation was unlawful because the company had not been given a fair opportunity to answer allegations that it had breached environmental conditions. The judgment was delivered by video link at 10 a.m. (1400 GMT).",
        "The award restores much of the GY$2.1 billion that the High Court granted in 2023. The Court of Appeal cut that sum to GY$640 million in 2024, finding that the trial judge had been too generous in estimating the company's lost profits.",
        "Writing for the majority, Justice Marcus T. Oyelaran said the Court of Appeal had been right to reduce the award but had gone too far. \"The appellant was not entitled to be compensated for every ounce of gold it hoped to find,\" he wrote. \"It was entitled to be compensated for the loss of a licence that was taken from it without a hearing.\"",
        "The court also awarded simple interest at 6% a year from March 12, 2020, the date the company filed its claim, and ordered the state to pay the company's costs in all three courts.",
        "Justice Carla Mendes-Rowe dissented. She would have upheld the Court of Appeal's figure of GY$640 million, saying the company's projections of gold output from the 4,800-acre concession were \"speculative from the first page to the last\".",
        "The licence was cancelled on July 3, 2019, after inspectors reported sediment discharges into the Cuyuni. The company, which says it employed 230 people at the height of its operations, argued that it had fixed the problems within weeks and that the cancellation letter gave it no chance to respond.",
        "The company had held the licence since 2014 and was producing gold from alluvial workings along the river when it was cancelled.",
        "\"This is a vindication for every small Guyanese miner who has been treated as guilty until proven innocent,\" Devendra Persaud, the company's chief executive, said outside the court's Georgetown offices, where he watched the judgment on a screen.",
        "The Attorney General's chambers said it would study the judgment. Deputy Solicitor General Tamika Ross, who argued the state's case at the hearing in October, said the ruling \"does not question the state's right to enforce environmental law\" and was confined to the procedure followed in 2019.",
        "Lawyers who follow the court said the judgment was the first in which the CCJ had set out in detail what a fair hearing requires before a mining licence is revoked, and that it was likely to be cited in disputes over quarrying, forestry and fishing licences across the region.",
        "The appeal was heard on October 14 last year.",
    ],
    date="2026-04-21T16:42:00Z", mode="meta", section="CCJ",
    sidebar=("Recent CCJ judgments", ["Barbados: bank fees class action dismissed, 5-0",
                                       "Belize: land title appeal allowed, 3-2",
                                       "Guyana: election petition costs fixed at GY$12 million",
                                       "Dominica: defamation damages cut to EC$150,000"]),
    related=("Explainer: how the CCJ hears appeals from Guyana", "Mining licences: what the 2019 rules require",
             "Trinidad court rejects quarry expansion"),
)

_CT_2 = _page(
    _MORNINGSTAR, "court/2026/04/22/miner-wins-ccj-appeal",
    "Miner wins CCJ appeal, state must pay $1.46 billion",
    "Regional court says Mazaruni Alluvial was denied a fair hearing before its Cuyuni licence was revoked.",
    "By Jerome Ifill, Court Reporter",
    [
        "The State has been ordered to pay $1.46 billion in damages to a gold-mining company whose licence was cancelled seven years ago, after the Caribbean Court of Justice (CCJ) yesterday ruled in the company's favour.",
        "In a majority decision of four judges to one, the Trinidad-based court found that Mazaruni Alluvial Holdings Inc. had been denied natural justice when its licence for a concession of about 1,940 hectares on the Cuyuni River was revoked in July 2019.",
        "The company's chief executive, Devendra Persaud, followed the judgment on a screen at the CCJ's office in Georgetown, where it was handed down at 10:00 hrs.",
        "\"Seven years of my life went into this case,\" Persaud told the Morning Star by telephone yesterday afternoon. \"I lost my equipment, I lost my workers, I nearly lost my house. Today I got back my good name. The money comes after.\"",
        "The case has been to every level of Guyana's courts. In 2023 the High Court awarded the company $2.1 billion. The Court of Appeal reduced that to $640 million in 2024, and the company appealed to the CCJ, which heard the matter in October 2025.",
        "Justice Marcus Oyelaran, who wrote the lead judgment, said a licence holder was entitled to be told what it was accused of and to be given time to answer. \"None of that happened here,\" the judge said. \"A letter arrived, and the licence was gone.\"",
        "Justice Carla Mendes-Rowe, the only dissenting judge, said she agreed the licence should not have been cancelled without a hearing, but found no reason to interfere with the Court of Appeal's lower figure.",
        "The $1.46 billion is equivalent to roughly US$7 million. The court added interest at six per cent a year from March 2020, when the lawsuit was filed, and costs.",
        "Senior Counsel Kwame Gilkes, who represented the company, estimated that interest alone would add roughly $530 million to the sum the State must pay. \"The longer this went on, the more expensive it became for the taxpayer,\" he said. \"That is a lesson for the next time someone wants to cut corners.\"",
        "Deputy Solicitor General Tamika Ross said the Attorney General's chambers would advise the government on payment. She stressed that the CCJ had not said the environmental concerns raised in 2019 were unfounded.",
        "Residents of the Cuyuni communities near the old concession had mixed feelings. A community leader from the area, contacted by the Morning Star, said some families had depended on the mine for work, while others had complained for years about muddy water in the river.",
        "The CCJ is Guyana's final court, and there is no further appeal. The Attorney General's chambers did not say when the money would be paid or whether it would come from this year's budget.",
    ],
    date="2026-04-22T05:00:00-04:00", mode="jsonld", section="Court",
    sidebar=("From the courts", ["Magistrate fines three over illegal sand mining", "High Court reserves decision in Lethem land dispute",
                                  "Man jailed 15 years for Berbice robbery", "Court of Appeal to hear bauxite tax case in June"]),
    related=("Gold declarations rise 8% in first quarter", "Mining commission promises faster licence reviews",
             "Editorial: the cost of cutting corners"),
)

_CT_3 = _page(
    _BENCHBAR, "issues/2026-04-24/mazaruni-alluvial-v-attorney-general",
    "Mazaruni Alluvial v Attorney General: the CCJ on licences, hearings and loss of chance",
    "Tuesday's judgment restores a large damages award and tells regulators across the region what a fair hearing looks like. We read the 94 pages so you do not have to.",
    "By Natasha Beharry-Cole, contributing editor",
    [
        "Tuesday's judgment in Mazaruni Alluvial Holdings Inc. v Attorney General of Guyana is, on its face, a dispute about money. The Caribbean Court of Justice restored damages of GY$1.46 billion, roughly US$7 million, against the GY$640 million allowed by the Court of Appeal and the GY$2.1 billion originally awarded by the High Court. But the reasoning matters more than the figure, and it will be read closely by regulators from Belmopan to Bridgetown.",
        ("h", "The facts in brief"),
        "The company held a licence over 4,800 acres on the Cuyuni River. On 3 July 2019 the licence was cancelled by letter after inspectors reported sediment discharges. The company filed suit on 12 March 2020. The CCJ heard the appeal on 14 October 2025 and delivered judgment on 21 April 2026, at 10 a.m. Port of Spain time.",
        ("h", "The majority"),
        "Justice Marcus T. Oyelaran, for the majority of four, held that the duty to give a licence holder notice and an opportunity to respond is not a courtesy but a condition of lawful cancellation. His most quotable line: \"Regulators may be firm; they may not be deaf.\"",
        "On damages, the majority rejected both extremes. The High Court had valued the company's expected gold output as if every projection in its feasibility study would come true; the Court of Appeal had treated the projections as almost worthless. The CCJ instead valued the loss of a chance to mine, discounting the company's projections for geological and price risk.",
        ("h", "The dissent"),
        "Justice Carla Mendes-Rowe agreed on liability but would have left the Court of Appeal's figure alone, describing the company's projections as \"speculative from the first page to the last\". Her dissent is short and sharp and is worth reading in full.",
        ("h", "Interest and costs"),
        "The court awarded simple interest at 6% a year from the filing date and costs in all courts. Counsel for the company, Kwame Gilkes SC, has put the interest at roughly GY$530 million, though that is his estimate, not the court's.",
        ("h", "Voices"),
        "The company's CEO, Devendra Persaud, told us on Thursday that he intended to put some of the money back into the business. \"We will apply for a new licence, and this time we will ask for the conditions in writing before we move a single machine,\" he said.",
        "For the state, Deputy Solicitor General Tamika Ross struck a careful note. Environmental enforcement, she said, \"remains fully available to the mining commission, provided it is done properly\".",
        ("h", "Why it matters"),
        "Several Caribbean governments are rewriting their mining and quarrying laws. This judgment will be cited in every one of those debates. Drafters would be wise to write the hearing requirement into the statute rather than leave it to the courts.",
    ],
    mode="visible", dateline="24 April 2026", section="Judgments",
    sidebar=("Also in this issue", ["Belize: Court of Appeal on customary land, 3-2", "Jamaica: new arbitration rules take effect 1 June",
                                     "Practice note: filing deadlines at the CCJ", "Barbados: judicial vacancies now at four"]),
    related=("Issue of 10 April: the CCJ and legitimate expectation", "Loss of chance damages: a primer",
             "Index of CCJ judgments, 2025-2026"),
)

_STORY_CT = {"id": "ct-AK3", "part": "AK", "domain": "court", "fetched": "2026-04-30",
             "articles": [_CT_1, _CT_2, _CT_3], "planted": []}

# --- tr-AK4: trade (3 PLANTED) --------------------------------------------------------------

_ACNEWS = {"name": "Atlantic Coast Newswire", "domain": "acnewswire.example", "tagline": "Business and policy news from the Guianas",
           "nav": ["Top news", "Trade", "Energy", "Mining", "Agriculture", "Markets"]}
_MERCURY = {"name": "The Suriname Mercury", "domain": "srmercury.example", "tagline": "News, business and opinion",
            "nav": ["Home", "Suriname", "Economy", "Nickerie", "Region", "Opinion", "Sport"]}
_CBRIEF = {"name": "Corentyne Business Brief", "domain": "corentynebrief.example", "tagline": "Cross-border business, every Monday",
           "nav": ["This week", "Back issues", "Trade data", "Events", "About"]}
_GAR = {"name": "Guyana Atlantic Radio", "domain": "gar-radio.example", "tagline": "98.4 FM and online",
        "nav": ["News", "Listen live", "Programmes", "Sport", "Community", "Contact"]}

_TR_1 = _page(
    _ACNEWS, "trade/2026/08/guyana-suriname-sign-trade-transport-pact",
    "Guyana and Suriname sign pact to cut tariffs, expand ferry service",
    "The agreement removes duties on 142 product lines, doubles daily ferry crossings on the Corentyne and commits Guyana to supplying crushed stone for Surinamese roads.",
    "By Farah Mohamed-Kleine, Atlantic Coast Newswire",
    [
        "NIEUW NICKERIE, Suriname, Aug 21 (ACN) - Guyana and Suriname signed a trade and transport agreement on Thursday that will scrap import duties on 142 product lines, double the number of daily ferry crossings between the two countries and lock in Guyanese supplies of crushed stone for Suriname's road programme.",
        "The agreement was signed in Nieuw Nickerie by Suriname's trade minister, Anjali Ramsaran, and Guyana's commerce minister, Trevor Bacchus, at a ceremony that began at 11:30 a.m. local time (1430 GMT).",
        "Under the deal, Guyana will supply 68,000 tonnes of crushed stone a year for five years, a contract worth $41.5 million over its life. Suriname has struggled to source enough aggregate for a road-building programme in its coastal districts, and has until now imported much of it from further afield at higher cost.",
        "The tariff cuts take effect on Jan. 1, 2027, and cover goods ranging from processed foods and furniture to building materials and some agricultural produce. The Canawaima ferry between Moleson Creek in Guyana and South Drain in Suriname will go from two crossings a day to four from Oct. 1.",
        "\"For too long the river has been a border first and a road second,\" Ramsaran said at the signing. \"Today we reverse that order.\"",
        "Bacchus said the agreement would help Guyanese quarries find a steady market beyond the home construction boom. \"Our quarry operators need customers who will still be there when the big projects at home are finished,\" he said.",
        "Ramsaran said the first stone deliveries would go to the coastal highway between Nieuw Nickerie and Wageningen, where repairs have been held up for more than a year by a shortage of material.",
        "Bacchus said Guyana would also press Suriname to recognise Guyanese food-safety certificates, which exporters say are a bigger obstacle than tariffs for products such as juices, sauces and frozen fish.",
        "Trade between the two countries was worth $212 million in 2025, up from $168 million in 2024, according to figures cited by both governments. The ministers set a target of $350 million a year by 2029.",
        "The countries will also set up a joint customs post at the ferry terminals at Moleson Creek and South Drain, so that goods are inspected once rather than twice. Officials said the post should open in the first half of 2027.",
        "Sherwin Daly, chief executive of the Guyana Quarry Operators' Association, said members could meet the volumes without new investment. \"The stone is there, the crushers are there,\" he said. \"What we lacked was a reliable buyer and a reliable crossing.\"",
        "The agreement still has to be approved by both countries' cabinets, a step officials described as a formality.",
    ],
    date="2026-08-21T18:20:00Z", mode="meta", section="Trade",
    sidebar=("Commodity prices", ["Gold: US$2,912 an ounce", "Rice (Thai 5% broken): US$418 a tonne",
                                  "Brent crude: US$69.80 a barrel", "Bauxite (calcined, China CIF): US$470 a tonne"]),
    related=("Suriname's road programme: where the money goes", "Guyana quarries report record output",
             "Corentyne bridge design contract awarded"),
)

_TR_2 = _page(
    _MERCURY, "economy/2026/08/22/stone-ferry-and-tariffs-what-the-nickerie-deal-means",
    "Stone, ferries and tariffs: what the Nickerie deal means for Suriname",
    "Ministers from both sides of the Corentyne signed an agreement yesterday that could reshape cross-border trade. Here is what is in it.",
    "By Ricardo Fernandes, Economy Desk",
    [
        "Suriname and Guyana yesterday signed an agreement in Nieuw Nickerie that ministers on both sides called the most important step in bilateral trade in a generation. Behind the speeches, the document is practical: cheaper goods, more ferry crossings and a steady supply of stone for Surinamese roads.",
        "The signing by Suriname's trade minister, Anjali Ramsaran, and Guyana's commerce minister, Trevor Bacchus, took place at 11:30 in the morning in the district commissioner's hall, in front of farmers, truckers, business owners and diplomats.",
        ("h", "Stone for the roads"),
        "The most concrete part of the deal is a five-year supply agreement under which Guyana will deliver 86,000 tonnes of crushed stone a year to Suriname. The total value is US$41.5 million, or about SRD 1.51 billion at the current exchange rate.",
        "For the Ministry of Public Works, that means the coastal road programme will no longer depend on irregular shipments. Contractors have complained for two years about delays caused by shortages of aggregate.",
        ("h", "Tariffs and the ferry"),
        "From 1 January 2027, no import duties will be charged on 142 product lines traded between the two countries. The Canawaima ferry will increase from two to four crossings a day from 1 October, and a joint customs post will be set up at South Drain and Moleson Creek.",
        "\"A truck driver should not lose a whole day at the river,\" Ramsaran said. \"With four crossings and one inspection instead of two, he will lose an hour.\"",
        ("h", "Nickerie's view"),
        "Business owners in Nickerie were cautiously optimistic. Ravindre Baldewsingh, president of the Nickerie Chamber of Commerce and Industry, said the district stood to gain more than any other part of the country. \"Every truck that crosses stops here for fuel, food and repairs,\" he said. \"If the traffic doubles, our economy feels it.\"",
        "Truckers who use the ferry said the extra crossings would matter more to them than the tariff cuts. \"The duty is a number on a form. The waiting is a day of my life,\" said Dinesh Ramdin, who drives a refrigerated truck between Paramaribo and Georgetown twice a week.",
        "Rice farmers were less enthusiastic. Gerold Kromo, a spokesman for a farmers' cooperative in Wageningen, said rice had been left out of the tariff schedule and that farmers wanted guarantees before it was included. \"Guyana produces far more rice than we do,\" he said. \"We are not against trade, but we want to see the rules first.\"",
        ("h", "The numbers"),
        "Bilateral trade reached US$212 million in 2025, up from US$168 million a year earlier. Ministers want to raise it to US$350 million by 2029.",
        "Both cabinets must still approve the agreement, which officials expect to happen within weeks.",
    ],
    date="2026-08-22T07:00:00-03:00", mode="jsonld", section="Economy",
    sidebar=("Exchange rates (Friday)", ["SRD per US dollar: 36.38", "SRD per euro: 41.02",
                                         "SRD per Guyana dollar: 0.174", "SRD per Brazilian real: 6.61"]),
    related=("Nickerie rice harvest: yields up 6% on last season", "Opinion: the bridge we still need",
             "South Drain ferry terminal to get new waiting area"),
)

_TR_3 = _page(
    _CBRIEF, "issues/2026-08-24/the-nickerie-agreement",
    "The Nickerie agreement: stone, ferries and 142 tariff lines",
    "This week: what Friday's Guyana-Suriname deal does for cross-border business, who wins, and what it leaves out.",
    "By Latoya Ramcharan, editor",
    [
        "Good morning. Friday's signing in Nieuw Nickerie was the biggest cross-border business story of the year, and this issue is devoted to it.",
        ("h", "What was signed"),
        "At 11:30 a.m. Suriname time on Friday 21 August (10:30 a.m. in Georgetown, where clocks run an hour behind), Suriname's trade minister Anjali Ramsaran and Guyana's commerce minister Trevor Bacchus signed a trade and transport agreement with four main parts:",
        "First, import duties go to zero on 142 product lines from 1 January 2027. Second, Guyana will supply 68,000 tonnes of crushed stone a year to Suriname for five years, roughly 75,000 short tons for those of you who price freight in American units. Third, the Canawaima ferry goes from two daily crossings to four from 1 October. Fourth, a joint customs post at Moleson Creek and South Drain, expected in the first half of 2027.",
        ("h", "The money"),
        "The stone contract is worth US$41.5 million over five years, or about US$8.3 million a year. That is small against total bilateral trade of US$212 million in 2025, but it matters to the Berbice quarries that will supply it and to the Surinamese road contractors who have been waiting months for material.",
        "The ministers' target is US$350 million in two-way trade by 2029. Trade was US$168 million in 2024, so the recent trend is encouraging, though a good part of last year's jump came from fuel re-exports that may not last.",
        ("h", "Who wins"),
        "Truckers, first. \"Two crossings a day meant you planned your whole week around the ferry,\" said a haulier from Skeldon who moves furniture to Paramaribo twice a month. \"Four crossings means you plan your day.\"",
        "Quarry owners too. Sherwin Daly of the Guyana Quarry Operators' Association told us on Saturday that the deal \"turns Suriname from an occasional customer into an anchor customer\", and that members could deliver the first consignments before the end of the year.",
        "And Nickerie itself. Ravindre Baldewsingh of the Nickerie Chamber of Commerce and Industry expects more traffic through the district. \"We are the front door now,\" he said.",
        ("h", "What it leaves out"),
        "Rice is not on the tariff list, which is no accident: Nickerie farmers fear competition from Guyana's much larger industry. Nor does the agreement say anything about the long-discussed bridge across the Corentyne. Bacchus told reporters after the signing that the bridge was \"a separate conversation, and a good one\", which is not quite a timetable.",
        ("h", "Next steps"),
        "One reader question we have had several times already: does the agreement change anything for people crossing with personal shopping? The short answer is no. Personal allowances at the border are set separately and are not mentioned in the text.",
        "Both cabinets must approve the agreement. We will report on the tariff schedule in detail once it is published in both official gazettes.",
    ],
    mode="visible", dateline="Monday, 24 August 2026", section="This week",
    sidebar=("Cross-border numbers", ["Ferry crossings per day: 2, rising to 4 from 1 October",
                                      "Bilateral trade 2025: US$212 million", "Bilateral trade 2024: US$168 million",
                                      "Target for 2029: US$350 million", "Guyana-Brazil trade 2025: US$94 million"]),
    related=("Back issue: the ferry timetable problem", "Trade data: Guyana-Suriname monthly flows",
             "Event: Berbice business forum, 15 September"),
)

_TR_4 = _page(
    _GAR, "news/guyana-suriname-trade-deal-signed",
    "Guyana, Suriname sign trade deal: more ferry trips, no duty on 142 items",
    "Commerce Minister Trevor Bacchus says Berbice quarries and truckers will be first to benefit.",
    "GAR Newsroom, reporting by Kevin Bhagwandin",
    [
        "Guyana and Suriname on Friday signed a trade agreement that will remove duties on 142 products traded between the two countries and increase the number of ferry crossings on the Corentyne River.",
        "The agreement was signed at a ceremony in Corriverton by Commerce Minister Trevor Bacchus and Suriname's trade minister, Anjali Ramsaran.",
        "Under the deal, Guyana will sell 68,000 tonnes of crushed stone a year to Suriname for the next five years. The contract is valued at US$41.5 million.",
        "The Canawaima ferry will make four trips a day instead of two, starting on October 1, and both countries will set up a single customs post so that goods are checked only once.",
        "Speaking to Guyana Atlantic Radio after the signing, Minister Bacchus said the benefits would be felt quickly in Region Six. \"The quarries in Berbice will be hiring. The truckers will be moving. The shops along the road will be selling,\" he said. \"This is not an agreement for the capital cities. It is an agreement for the Corentyne.\"",
        "The duty-free list takes effect from January 1, 2027.",
        "\"We are neighbours who have been trading through a keyhole,\" Ramsaran said at the ceremony. \"From today we are opening the door.\"",
        "Minister Bacchus said the first shipments of stone could cross the river before the end of the year, and that trade officials from both countries would meet every six months to review how the agreement was working.",
        "Sherwin Daly, who heads the Guyana Quarry Operators' Association, said operators had been asking for access to the Surinamese market for years. \"This is the customer we have been waiting for,\" he said.",
        "Trade between Guyana and Suriname was worth US$212 million last year. The two governments want to reach US$350 million by 2029.",
        "At the Moleson Creek ferry terminal, truck drivers welcomed the news. \"Right now you wait the whole day for the boat,\" said driver Ramesh Singh, who carries vegetables across the river every week. \"Four trips, that will change my life.\"",
        "Another driver, Neville Thom, said he hoped the new customs post would also mean fewer fees. \"Every time you cross, somebody wants a paper and a payment,\" he said.",
        "Officials said the agreement had been negotiated over about eighteen months, in meetings held alternately in Georgetown and Paramaribo. Rice and sugar were left off the duty-free list after objections from farmers on the Surinamese side.",
        "The tariff-free list covers processed foods, furniture, building materials and some fresh produce.",
        "Both cabinets still have to approve the agreement.",
    ],
    mode="none", section="News",
    sidebar=("Also on GAR", ["Rain causes flooding in Black Bush Polder", "Berbice cricket final moved to Sunday",
                             "Skeldon sugar estate to reopen in 2027", "Listen: the Monday morning call-in show"]),
    related=("Berbice quarry jobs: what the deal means", "Ferry users complain about long waits",
             "Region Six council meets on road repairs"),
)

_STORY_TR = {"id": "tr-AK4", "part": "AK", "domain": "trade", "fetched": "2026-09-02",
             "articles": [_TR_1, _TR_2, _TR_3, _TR_4],
             "planted": [("crushed stone Guyana will supply each year (tonnes)", r"\b68,?000\b", r"\b86,?000\b"),
                         ("day the agreement was signed", r"friday|2026-08-21", r"thursday|2026-08-20"),
                         ("where the agreement was signed", r"nickerie", r"corriverton")]}

# --- rk-AK5: rocket (CONTROL) ---------------------------------------------------------------

_ORBITAL = {"name": "Orbital Desk", "domain": "orbitaldesk.example", "tagline": "Launches, live",
            "nav": ["Live", "Launch schedule", "Rockets", "Satellites", "Newsletter"]}
_HEMPRESS = {"name": "Hemisphere Press Agency", "domain": "hempress.example", "tagline": "News from the Americas",
             "nav": ["World", "Americas", "Science", "Business", "Photos", "Video"]}
_SENTINEL = {"name": "Guyana Sentinel", "domain": "gysentinel.example", "tagline": "Watching over the news",
             "nav": ["Home", "National", "Science and Tech", "Business", "Regions", "Opinion", "Sport"]}
_WILDCOAST = {"name": "Wild Coast Broadcasting", "domain": "wildcoasttv.example", "tagline": "Suriname's news channel",
              "nav": ["News", "Live TV", "Radio", "Districts", "Weather", "Sport"]}

_RK_1 = _page(
    _ORBITAL, "live/vega-c-kaieteur-1-launch",
    "Live: Vega-C launches Guyana's first satellite, Kaieteur-1",
    "Second attempt from Kourou after Monday's scrub. Times in French Guiana time (GFT, UTC-3) and UTC. Newest updates first.",
    "Orbital Desk live team: Priya Venkataraman and Tom Okafor",
    [
        ("t", "00:40 GFT (03:40 UTC)", "First contact. The University of Guyana ground station at Turkeyen reports receiving Kaieteur-1's first signal at 11:31 p.m. Guyana time, which is 00:31 here in Kourou. Project lead Dr Shaundell Griffith, who directs the National Space Applications Office: \"She is talking to us. Solar panels deployed, battery healthy. Now the real work begins.\" That is where we will leave the live coverage. Thanks for staying up with us."),
        ("t", "22:45 GFT (01:45 UTC)", "Kaieteur-1 SEPARATION CONFIRMED, 56 minutes after liftoff. Guyana has its first satellite in orbit, heading for a 550 km sun-synchronous orbit. Five more payloads to deploy over the next hour."),
        ("t", "22:41 GFT (01:41 UTC)", "The AVUM+ upper stage has completed its second burn. Kaieteur-1 deployment is next in the sequence."),
        ("t", "22:03 GFT (01:03 UTC)", "Nominal flight so far. First-stage and second-stage separation both confirmed, fairing jettisoned. The first payload, a European technology demonstrator, has already separated."),
        ("t", "21:47 GFT (00:47 UTC)", "LIFTOFF! Vega-C lifts off from the Guiana Space Centre at 21:47 local time, 00:47 UTC on Thursday. Seven satellites on board, including Kaieteur-1."),
        ("t", "21:43 GFT (00:43 UTC)", "T-minus 4 minutes. This is the point at which Monday's attempt was called off because of upper-level winds. Tonight the weather officer has reported winds within limits."),
        ("t", "21:30 GFT (00:30 UTC)", "Launch director Etienne Lavaud has polled the teams: all stations go for the terminal countdown."),
        ("t", "20:35 GFT (23:35 UTC)", "Weather is GO. Upper-level winds measured by the latest balloon are well inside limits, unlike on Monday night."),
        ("t", "19:05 GFT (22:05 UTC)", "Good evening and welcome. Tonight's Vega-C flight carries seven satellites, headlined by Kaieteur-1, a 42 kg Earth-observation microsatellite that will be Guyana's first satellite. The first attempt on Monday 12 October was scrubbed at T-minus 4 minutes when high-altitude winds exceeded limits. Liftoff is scheduled for 21:47 GFT."),
        ("h", "About Kaieteur-1"),
        "Kaieteur-1 was built by Brightwater Smallsat with engineers from Guyana's National Space Applications Office. Its camera can see details as small as 4.8 m across, which the office says is enough to monitor river sediment, coastal erosion and forest clearing. It is designed to last five years. The programme cost US$4.2 million.",
        "Its images will be received at Turkeyen and shared free of charge with government agencies, the university and, the office says, with neighbouring countries that ask for them. The first pictures are expected within three weeks, once the camera has been calibrated.",
        "Why Vega-C? The rocket is built for small and medium satellites, and sharing the ride with six other payloads kept Guyana's launch bill down. Guyana's team also liked the short distance: engineers could drive the satellite's ground equipment from Georgetown to Kourou for testing.",
    ],
    mode="visible", dateline="Wednesday 14 October 2026", section="Live", live=True,
    sidebar=("Upcoming launches", ["Ariane 6: Galileo pair, 3 November", "Falcon 9: Starlink group, 17 October",
                                   "H3: weather satellite, 22 October", "Electron: radar smallsat, 29 October"]),
    related=("Why Monday's Vega-C launch was scrubbed", "Vega-C: the rocket explained", "Kourou's busiest year"),
)

_RK_2 = _page(
    _HEMPRESS, "science/2026/10/15/vega-c-guyana-first-satellite",
    "Guyana's first satellite reaches orbit on European rocket",
    "Kaieteur-1, a 42-kilogram Earth-observation craft, was one of seven payloads on a Vega-C launched from French Guiana.",
    "By Claire Montrose, Hemisphere Press Agency",
    [
        "KOUROU, French Guiana, Oct 14 (HPA) - A European Vega-C rocket carried Guyana's first satellite into orbit on Wednesday night, two days after a first launch attempt was called off because of strong winds high above the launch site.",
        "The rocket lifted off from the Guiana Space Centre at 9:47 p.m. local time on Wednesday (0047 GMT Thursday) carrying seven satellites. Kaieteur-1, a 42-kilogram (93-pound) microsatellite built for Guyana's National Space Applications Office, separated from the rocket's upper stage 56 minutes after liftoff.",
        "\"Tonight a country of under a million people put its name in orbit,\" said Dr. Shaundell Griffith, the office's director, who watched the launch from the control centre in Kourou. \"For our engineers, this is not the end of a project. It is the start of a career.\"",
        "Monday's attempt was halted at T-minus four minutes after weather balloons measured upper-level winds above the rocket's safety limits. Launch director Etienne Lavaud said Wednesday's conditions were \"close to ideal.\"",
        "Kaieteur-1 will operate in a sun-synchronous orbit about 550 kilometers (340 miles) above the Earth, passing over Guyana at the same local time each day. Its camera has a resolution of 4.8 meters, enough to track river pollution from gold mining, erosion along the Atlantic coast and changes in the country's forests, which cover most of its territory.",
        "The satellite cost $4.2 million, including construction by Brightwater Smallsat, launch and the ground station, Guyanese officials said. It is designed to operate for five years.",
        "Griffith, a physicist who trained in Jamaica and the United Kingdom before returning to Georgetown, has led the project since its start. She said the office's next goal was to train enough Guyanese engineers to build the country's second satellite mostly at home.",
        "Guyana, whose economy has been transformed by offshore oil production since 2019, has said it wants to build up technical skills outside the energy sector. Six Guyanese engineers worked on the satellite's assembly and testing.",
        "Ground controllers at the University of Guyana's Turkeyen campus received the satellite's first signal less than three hours after liftoff, officials said. Griffith said the first images were expected within three weeks.",
        "\"Monday was hard on everybody's nerves,\" Lavaud told reporters after the launch. \"But a scrub is the system working. Tonight the system worked again, in the other direction.\"",
        "The other six payloads on the flight included European technology demonstrators and commercial Earth-observation satellites.",
        "Vega-C, a four-stage rocket designed for small and medium satellites, has flown regularly from Kourou since returning to service after a failure in 2022.",
    ],
    date="2026-10-15T02:10:00Z", mode="meta", section="Science",
    sidebar=("Latin America and the Caribbean in orbit", ["Peru: PeruSat-1, launched 2016", "Bolivia: Tupac Katari, 2013",
                                                          "Costa Rica: Irazu, 2018", "Guyana: Kaieteur-1, 2026"]),
    related=("French Guiana spaceport plans record year", "Small satellites, big ambitions in the Caribbean",
             "Photos: the night launch from Kourou"),
)

_RK_3 = _page(
    _SENTINEL, "science-tech/2026/10/15/kaieteur-1-in-orbit",
    "Kaieteur-1 in orbit: Guyana joins the space age",
    "Cheers at Turkeyen as the country's first satellite sends its first signal just before midnight.",
    "By Odessa Fraser, Science and Technology Reporter",
    [
        "Guyana's first satellite is in orbit. Kaieteur-1 rode a Vega-C rocket off the launch pad in neighbouring French Guiana at 8:47 p.m. Guyana time last night and was released into space 56 minutes later.",
        "Less than three hours after liftoff, at 11:31 p.m., the ground station at the University of Guyana's Turkeyen campus picked up the satellite's first signal. Students and engineers who had gathered in a lecture hall to watch the launch broke into applause, and some into tears.",
        "\"I have been waiting for this beep for four years,\" said Alicia Narine, a 23-year-old electrical engineering graduate who helped test the satellite's radio. \"It sounded like music.\"",
        "The 42 kg satellite carries a camera that can make out objects as small as 4.8 metres across. The National Space Applications Office says it will be used to watch for illegal mining in the interior, monitor the sea defences along the coast and map flooding in the rainy season.",
        "Dr Shaundell Griffith, the office's director, spoke to the Sentinel by phone from Kourou shortly after the first signal came in. \"We are going to give our farmers, our planners and our scientists pictures of their own country, taken by their own satellite,\" she said. \"Nobody has to ask permission to see Guyana any more.\"",
        "The launch came at the second attempt. The first, on Monday night, was called off four minutes before liftoff because winds high in the atmosphere were too strong.",
        "Kaieteur-1 cost US$4.2 million, or about GY$875 million, covering the satellite, the launch and the ground station. It will circle the Earth in a sun-synchronous orbit at an altitude of 550 km and is expected to work for at least five years.",
        "The satellite was built by Brightwater Smallsat with six Guyanese engineers taking part in its assembly and testing. Another 14 students were trained to operate the ground station.",
        "The satellite was one of seven on board the rocket.",
        "At a public screening at the Arthur Chung Conference Centre, about 600 people, many of them schoolchildren, watched the launch on a large screen. \"My daughter says she wants to be an astronaut now,\" said Anand Persaud, a teacher from Diamond, East Bank Demerara. \"Last week she wanted to be a cricketer.\"",
        "The National Space Applications Office says Kaieteur-1 will pass over Guyana at the same local time each day, making it easier to compare images and spot changes in the forest, the rivers and the coastline over weeks and months.",
        "The first images from Kaieteur-1 are expected within three weeks, once the satellite's systems have been checked and its camera calibrated.",
    ],
    date="2026-10-15T07:30:00-04:00", mode="jsonld", section="Science and Tech",
    sidebar=("Kaieteur-1 at a glance", ["Mass: 42 kg", "Orbit: 550 km, sun-synchronous", "Camera resolution: 4.8 m",
                                        "Design life: 5 years", "Cost: US$4.2 million"]),
    related=("Meet the engineers behind Kaieteur-1", "Editorial: a small satellite, a big step",
             "Kaieteur Falls: the landmark behind the name"),
)

_RK_4 = _page(
    _WILDCOAST, "news/rocket-lights-up-eastern-sky-guyana-satellite",
    "Rocket lights up the eastern sky as Guyana's satellite goes to space",
    "Residents in Paramaribo and Commewijne saw the launch from Kourou. Suriname's scientists say the region should work together in space.",
    "Wild Coast News, reporting by Sharon Tjoe-Awie",
    [
        "People across northern Suriname saw a bright streak climb into the eastern sky on Wednesday night as a Vega-C rocket launched from Kourou in French Guiana, carrying Guyana's first satellite into orbit.",
        "The rocket lifted off at 9:47 p.m., which is the same time in Suriname and French Guiana. Viewers in Paramaribo, Commewijne and Marowijne posted videos on social media of the rocket's trail, which was visible for about two minutes.",
        "\"At first I thought it was a plane on fire,\" said Roy Pinas, who was sitting outside his house in Meerzorg. \"Then it kept going up and up. My grandchildren were screaming.\"",
        "The satellite, called Kaieteur-1, weighs 42 kilograms and will take pictures of Guyana from 550 kilometres up. It is one of seven satellites that were on board.",
        "The launch was the second try. On Monday the countdown was stopped just four minutes before liftoff because of strong winds high in the atmosphere.",
        "In a short interview with Wild Coast Broadcasting on Thursday, the Guyanese project's leader, Shaundell Griffith, said she hoped Suriname would be next. \"The Guianas share the same forests, the same rivers and the same coast,\" she said. \"One satellite can help all of us, and two would be better.\"",
        "The satellite is named after Kaieteur Falls, the giant waterfall on the Potaro River in central Guyana. Because of its orbit, it will also pass over Suriname, although its camera will be pointed mainly at Guyanese territory.",
        "Wild Coast Broadcasting showed the launch live on its website, and the stream drew more than 20,000 viewers, many of them watching from outside to compare the screen with the sky.",
        "Suriname has no satellite programme of its own. Scientists at the Anton de Kom University said a regional approach would be cheaper. \"Guyana paid about 4.2 million US dollars. For a small country that is a lot of money, but for a region it is not,\" said physicist Dr. Ramon Kasanwidjojo.",
        "The Guiana Space Centre, less than 200 kilometres east of the Surinamese border, launches several rockets each year. Most launches happen at night or in the early morning and are often visible from Suriname in clear weather.",
        "The launch was Guyana's moment, but many in Suriname watched with more than curiosity. Several Surinamese students followed the countdown at the university in Paramaribo, and some said they would like to work on a future project with their Guyanese counterparts.",
        "The next launch from Kourou is an Ariane 6 planned for early November.",
    ],
    mode="none", section="News",
    sidebar=("Most read", ["Paramaribo water outages: the list of affected streets", "SVB: Robinhood win derby",
                           "Government announces fuel price for next week", "Weather: dry weekend ahead"]),
    related=("Watch: the rocket over Paramaribo", "Anton de Kom University opens new physics lab",
             "Why rockets launch from Kourou"),
)

_STORY_RK = {"id": "rk-AK5", "part": "AK", "domain": "rocket", "fetched": "2026-10-27",
             "articles": [_RK_1, _RK_2, _RK_3, _RK_4], "planted": []}

# --- eq-AK6: earthquake (3 PLANTED) ---------------------------------------------------------

_ACPRESS = {"name": "Andes-Caribe Press", "domain": "acpress.example", "tagline": "Independent news agency",
            "nav": ["Latest", "Venezuela", "Colombia", "Caribbean", "Economy", "Photos"]}
_EVTRIBUNE = {"name": "Eastern Venezuela Tribune", "domain": "evtribune.example", "tagline": "English-language news from the east",
              "nav": ["Home", "Sucre", "Anzoátegui", "Monagas", "Nueva Esparta", "Business", "Opinion"]}
_QUAKEWATCH = {"name": "Quake Watch Live", "domain": "quakewatch.example", "tagline": "Earthquakes as they happen",
               "nav": ["Live", "Latest quakes", "Maps", "Preparedness", "About"]}
_ORIENTE = {"name": "Radio Oriente Internacional", "domain": "radiooriente.example", "tagline": "The voice of the east, in English",
            "nav": ["News", "Listen", "Programmes", "Region", "Sport", "Weather"]}

_EQ_1 = _page(
    _ACPRESS, "venezuela/2026/11/sucre-earthquake-toll-nine-dead",
    "Nine dead, hundreds injured as magnitude 6.2 quake hits Venezuela's Sucre state",
    "Rescue teams searched collapsed homes around Cumaná on Monday as aftershocks kept residents sleeping outdoors.",
    "By Gabriela Ostos and Miguel Ángel Rondón, Andes-Caribe Press",
    [
        "CUMANÁ, Venezuela, Nov 9 (ACP) - Rescue teams in eastern Venezuela searched damaged neighbourhoods for a second day on Monday after a magnitude 6.2 earthquake struck before dawn on Sunday near the coastal city of Cumaná, killing nine people and injuring 241.",
        "The quake hit at 4:17 a.m. local time (0817 GMT) on Sunday, 23 kilometres north-east of Cumaná at a depth of 14 kilometres, according to FUNVISIS, Venezuela's seismological research foundation. The U.S. Geological Survey measured it at magnitude 6.0.",
        "Yelitza Carrasquero, national director of Civil Protection, told reporters in Cumaná on Monday morning that 1,380 homes had been damaged and 96 destroyed in Sucre state. Most of the destroyed houses were older adobe and unreinforced brick buildings in hillside neighbourhoods.",
        "\"Our priority now is the people who have lost their homes and the people who are afraid to go back into them,\" Carrasquero said. \"We are inspecting every house that is reported to us, and we ask families not to re-enter a building until an engineer has seen it.\"",
        "About 2,100 people were staying in 14 shelters set up in schools and sports halls, she said. Schools across Sucre state were closed on Monday.",
        "FUNVISIS recorded 47 aftershocks by noon on Monday. The largest, of magnitude 4.6, struck at 6:55 a.m. on Sunday and brought down several walls that had been cracked by the main shock.",
        "Seismologist Luis Eduardo Bracho of FUNVISIS said the earthquake occurred on the El Pilar fault system, which runs east-west along the coast and has produced several damaging quakes in the past. \"This is one of the most active faults in the country,\" he said. \"People here know it, and many of them remember 1997.\"",
        "The 1997 Cariaco earthquake, centred about 70 kilometres to the east, killed 81 people.",
        "The government said it had sent 300 soldiers and 40 tonnes of food, water and medical supplies to Sucre state, and that teams of structural engineers from Caracas and Barcelona would begin inspecting public buildings on Tuesday.",
        "In Cariaco, east of Cumaná, fishermen said several boats had been damaged when walls along the waterfront collapsed. \"We went out to look at the sea, because everybody remembers what the old people say about the water,\" said one fisherman. \"The sea stayed calm, thank God.\"",
        "Power was cut to about 38,000 customers after the quake, but the state electricity company said supply had been restored to nearly all of them by Sunday evening.",
        "At the Antonio Patricio de Alcalá University Hospital in Cumaná, doctors treated dozens of people for fractures and cuts. Several patients were treated in tents outside while engineers checked one wing of the building for damage.",
    ],
    date="2026-11-09T15:10:00Z", mode="meta", section="Venezuela",
    sidebar=("Recent quakes in the region", ["Gulf of Paria, August 2018: magnitude 7.3",
                                             "Cariaco, Venezuela, July 1997: magnitude 6.9, 81 dead",
                                             "Caracas, July 1967: magnitude 6.6"]),
    related=("Photos: Cumaná after the quake", "Why the El Pilar fault worries scientists",
             "Venezuela's building code: what the law says"),
)

_EQ_2 = _page(
    _EVTRIBUNE, "sucre/2026/11/09/a-city-sleeping-in-the-street",
    "A city sleeping in the street: Cumaná counts the cost of the quake",
    "Nine people died and more than 200 were injured. In the hillside barrios, families say they will not go back inside until the shaking stops.",
    "By Andrés Figuera, Sucre Correspondent",
    [
        "The earthquake woke Cumaná at 4:47 a.m. yesterday, and by sunrise much of the city was standing in the street.",
        "The magnitude 6.2 tremor, centred 23 km north-east of the city and 14 km underground according to FUNVISIS, killed nine people and injured 214, Civil Protection said last night. It damaged 1,380 homes across Sucre state and destroyed 96.",
        "In the hillside neighbourhood of Cerro Colorado, Mirla Salazar, 58, sat on a plastic chair outside the house where she has lived for thirty years. The back wall had fallen into her neighbour's yard. \"I heard the noise before I felt anything, like a truck coming up the hill,\" she said. \"Then the whole house was dancing.\"",
        "Her neighbour's teenage son was pulled from the rubble by residents with their bare hands. He was among those treated at the Antonio Patricio de Alcalá University Hospital, where staff set up tents in the car park while engineers inspected the building.",
        "Yelitza Carrasquero, the national director of Civil Protection, flew into Cumaná yesterday morning. Speaking at an evening briefing, she said 14 shelters had been opened, housing about 2,100 people.",
        "\"Nobody should feel ashamed to sleep in a shelter,\" Carrasquero said. \"A wall that is cracked today can fall tomorrow with a small aftershock. We would rather have you with us than under a roof we have not checked.\"",
        "There were many aftershocks through the day. The strongest, of magnitude 4.6, came at 6:55 a.m., sending people who had just gone back inside running into the streets again.",
        "Scientists at FUNVISIS said the earthquake was caused by movement on the El Pilar fault, the same system that produced the deadly 1997 Cariaco earthquake. Dr. Luis Bracho, a seismologist at the foundation, said residents should expect aftershocks for weeks. \"Most will be small, but some will be felt,\" he said. \"The important thing is to stay out of damaged buildings.\"",
        "The US Geological Survey, which uses a different method, measured the quake at magnitude 6.0.",
        "Bracho said the foundation's instruments in Cumaná had recorded some of the strongest ground shaking measured in the city in decades, and that buildings on soft coastal soils near the Manzanares River appeared to have suffered more than those on rock.",
        "Power went out across much of the city but was restored to most areas by evening. Around 38,000 customers had lost electricity, the state power company said.",
        "By nightfall, volunteers in Cerro Colorado had strung tarpaulins between lamp posts and set up a communal kitchen in the street. \"We have rice, we have plantains, and we have each other,\" said Salazar. \"The house can wait.\"",
        "Schools in Sucre state will stay closed today while buildings are inspected. Many families said they would spend a second night outdoors.",
    ],
    date="2026-11-09T06:00:00-04:00", mode="jsonld", section="Sucre",
    sidebar=("How to help", ["Red Cross Sucre branch: donations of water and blankets", "Cumaná blood bank: all types needed",
                             "Shelters: 14 open across the state", "Emergency number: 171"]),
    related=("Opinion: we knew the fault was there", "Cumaná's colonial churches escape serious damage",
             "Fishermen in Cariaco report damage to boats"),
)

_EQ_3 = _page(
    _QUAKEWATCH, "live/2026-11-08-venezuela-sucre-earthquake",
    "Live: magnitude 6.2 earthquake near Cumaná, Venezuela",
    "Updates on the earthquake in Sucre state, newest first. All times Venezuela time (VET, UTC-4).",
    "Quake Watch Live desk: Hannah Lindqvist and Rafael Brito",
    [
        ("t", "19:40", "Latest official figures from Civil Protection director Yelitza Carrasquero: 9 dead, 214 injured, 1,380 homes damaged, 96 destroyed. About 2,100 people in 14 shelters. This is the last update on this page tonight; we will open a new live page if there is significant news."),
        ("t", "17:15", "FUNVISIS says it has recorded 38 aftershocks so far. Seismologist Luis Eduardo Bracho: \"The sequence is decaying as we would expect.\""),
        ("t", "16:00", "Reports from the Antonio Patricio de Alcalá University Hospital in Cumaná: patients are being treated in tents in the car park while engineers check one wing of the building. Staff say most injuries are fractures and cuts from falling masonry."),
        ("t", "14:05", "Civil Protection update: 7 dead, 162 injured. Carrasquero says search teams are still checking collapsed houses in two hillside neighbourhoods."),
        ("t", "12:20", "Power has been restored to most of Cumaná, according to the state electricity company. About 38,000 customers lost power after the quake."),
        ("t", "11:10", "Schools across Sucre state will be closed on Monday so that buildings can be inspected, the state education authority says. Several schools are already being used as shelters."),
        ("t", "09:30", "First official toll: 4 dead and 58 injured, Civil Protection says. Numbers are likely to rise as reports come in from rural areas."),
        ("t", "07:02", "Strong aftershock: FUNVISIS reports a magnitude 4.6 aftershock at 6:55 a.m., centred close to the main shock. Residents report walls falling in Cumaná."),
        ("t", "06:30", "Videos shared by residents show people gathered in Plaza Bolívar in Cumaná, many in nightclothes. Several older buildings in the historic centre have lost parts of their facades."),
        ("t", "06:10", "The USGS puts the magnitude at 6.0. FUNVISIS, which operates Venezuela's national seismic network, has it at 6.2. Different agencies often give slightly different magnitudes in the first hours."),
        ("t", "05:40", "Shaking was felt as far away as Barcelona and Porlamar, residents report. No tsunami warning has been issued, and FUNVISIS says none is expected for an earthquake of this depth and size on land."),
        ("t", "05:05", "FUNVISIS: magnitude 6.2 earthquake at 4:17 a.m. local time (08:17 UTC), 23 km north-east of Cumaná, Sucre state, depth 14 km. Strong shaking reported in Cumaná, Cariaco and on Margarita island."),
        ("h", "Background"),
        "Sucre state sits on the El Pilar fault system, one of the most active in South America. The 1997 Cariaco earthquake, magnitude 6.9, killed 81 people in the same region.",
    ],
    mode="visible", dateline="Sunday 8 November 2026", section="Live", live=True,
    sidebar=("Other quakes today", ["M4.9, Tonga region, 01:12 UTC", "M5.1, northern Chile, 06:40 UTC",
                                    "M4.5, Crete, Greece, 11:03 UTC", "M4.7, Papua New Guinea, 15:28 UTC"]),
    related=("What to do in an aftershock", "How magnitudes are calculated", "Map: the El Pilar fault"),
)

_EQ_4 = _page(
    _ORIENTE, "news/sucre-quake-families-shelters",
    "Sucre quake: families fill shelters as aftershocks continue",
    "Radio Oriente spoke to residents, rescuers and officials in Cumaná and Cariaco.",
    "Radio Oriente News, reporting by Luisana Marcano",
    [
        "Thousands of people in Sucre state spent the night in shelters and in the open after the earthquake that struck the region before dawn on Sunday.",
        "The earthquake, with a magnitude of 6.2 according to FUNVISIS, hit at 4:17 in the morning. Its epicentre was 23 kilometres north-east of Cumaná.",
        "Nine people died and 214 were injured, according to Deputy Interior Minister Yelitza Carrasquero, who is coordinating the response in Cumaná.",
        "\"We have teams in every parish of the municipality,\" Carrasquero told Radio Oriente on Sunday night. \"If you have cracks in your walls, call us, and do not go to sleep inside until someone has looked at them.\"",
        "Around 2,100 people are staying in 14 shelters, most of them schools and sports centres.",
        "At the Gran Mariscal de Ayacucho sports hall, volunteers handed out water, arepas and blankets. Yusmary Rodríguez, 34, arrived with her three children and two bags of clothes. \"Our house is standing, but the stairs are broken and the kitchen wall is open,\" she said. \"The children do not want to go back.\"",
        "In Cariaco, east of Cumaná, older residents compared the shaking with the earthquake of 1997. \"That one was worse, much worse,\" said fisherman Ángel Guevara, 71. \"But this one was long. I counted, and I got to twenty.\"",
        "Rescue volunteers said the hardest-hit areas were hillside neighbourhoods where many houses were built without engineers. \"The houses with columns are standing,\" said Carlos Malavé, a volunteer firefighter. \"The houses with only blocks came down.\"",
        "Seismologists at FUNVISIS have recorded dozens of aftershocks. The strongest, of magnitude 4.6, was at 6:55 on Sunday morning.",
        "Civil Protection asked residents to report cracks in walls and columns by calling 171, and said engineers would inspect houses in order of risk, starting with those on the steepest hillsides.",
        "For many families, the biggest worry now is water. Several neighbourhoods in the hills above Cumaná had no running water on Sunday night after pipes broke, and volunteers were distributing bottled water from trucks at Plaza Bolívar and Parque Guaiquerí.",
        "Electricity was cut for about 38,000 customers but has been restored in most neighbourhoods.",
        "Civil Protection officials said teams were still checking houses in two hillside neighbourhoods, and that engineers from the state government would begin inspecting schools, clinics and churches so that they could reopen as soon as possible.",
        "At the university hospital in Cumaná, relatives waited outside for news. \"They told us my father has a broken leg and will need an operation,\" said Jhonny Rojas, 29. \"He is alive. That is what matters today.\"",
        "Radio Oriente will continue to broadcast information about shelters, water distribution and building inspections throughout the day.",
    ],
    mode="none", section="News",
    sidebar=("Emergency information", ["Civil Protection: 171", "Shelters open: 14", "Water distribution points: Plaza Bolívar, Parque Guaiquerí",
                                       "Hospital: Antonio Patricio de Alcalá, Cumaná"]),
    related=("Listen: our special programme on the earthquake", "How to check your house for damage",
             "Ferry to Margarita resumes after inspection"),
)

_STORY_EQ = {"id": "eq-AK6", "part": "AK", "domain": "earthquake", "fetched": "2026-11-17",
             "articles": [_EQ_1, _EQ_2, _EQ_3, _EQ_4],
             "planted": [("number injured", r"\b214\b", r"\b241\b"),
                         ("local time of the main shock", r"\b0?4:17\b", r"\b0?4:47\b"),
                         ("Yelitza Carrasquero's title", r"director", r"deputy (interior )?minister|interior minister")]}

STORIES = [_STORY_CB, _STORY_EL, _STORY_CT, _STORY_TR, _STORY_RK, _STORY_EQ]
