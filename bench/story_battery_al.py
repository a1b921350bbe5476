"""Story battery, part AL — the European Union (Brussels, Luxembourg, Strasbourg) and Belgium, events in 2026.

Written by engineer AL1 on 2026-12-07 for the thirty-third batch, a precision batch.

All outlets (every domain ends in .example), reporters, companies, candidates, most officials
and all figures are invented. Real institutions and places (the National Bank of Belgium, the
European Parliament, the General Court, the European Commission, ESA's Redu station, the Royal
Observatory of Belgium, Kourou, Frameries, Mons and so on) appear only as scenery. Time zones:
Brussels, Luxembourg and Strasbourg are on CET (UTC+1) in winter and CEST (UTC+2) from 29 March
to 25 October 2026; Kourou (French Guiana) is on UTC-3. GMT is used as UTC.

Each page is a whole saved web page (cookie banner, nav, ads, share buttons, a sidebar box,
related links, footer) around the article. Publication dates are given as an
article:published_time meta tag ("meta"), a JSON-LD datePublished ("jsonld"), a visible date
line only ("line") or not at all ("none").

cb-AL1 — central bank — CONTROL (planted = []) — fetched 2026-06-24
  TRUE FACTS: the National Bank of Belgium published its June projections on Monday 15 June
  2026, press conference in Brussels at 11:00 CEST (09:00 GMT), Governor Luc Verbiest (Luc H.
  Verbiest). GDP growth 2026 1.1% (December forecast 0.9%), 2027 1.2%, 2028 1.3%; HICP
  inflation 2026 2.6% (December 2.2%), 2027 1.9%, 2028 1.8%; core 2.3%; 31,400 net jobs in 2026,
  27,800 in 2027; unemployment 5.8% (2026), 5.6% (2027); indexation +2.9% on hourly wages;
  deficit 5.4% of GDP in 2026, 5.8% in 2028; debt 108.9% (2026), 114.1% (2028); Brent $68
  (about €59; December assumption $63); ECB deposit rate 2%; euro area (ECB, 4 June) growth
  0.9%, inflation 2.1%. Pieter Claeys, chief economist at Meuse Bank.
  OUTLETS: Benelux Press Agency (wire; meta 2026-06-15T09:47Z); The Brussels Ledger (newspaper;
  jsonld 2026-06-16, "yesterday"); Berlaymont Notes (analysis newsletter; line "17 June 2026",
  "Monday's projections"); Radio Scheldt International (broadcaster; none, "on Monday 15 June").
  LEGITIMATE TRAPS: December vs June forecasts (0.9/1.1, 2.2/2.6); "a fifth of a percentage
  point" / "two tenths" / "40 basis points"; 31,400 vs "some 31,000" / "about 31,000"; debt
  "nearly 109%" / "more than 114%"; $68 vs "about €59"; deficit "roughly €35 billion"; last
  year's growth 1.0%; Claeys's "underlying pace" 0.8-0.9%; euro area 0.9% (same as December's
  Belgian forecast); a quarter-point / 25 bp ECB cut priced by markets; 11:00 local / 0900 GMT;
  the governor with and without middle initial; two different quotes of his (press conference,
  radio interview); sidebar figures of the Netherlands, France, Germany; 10-year yield 3.21%.

el-AL2 — election — 3 PLANTED — fetched 2026-02-02
  TRUE FACTS: the European Parliament elected a vice-president in Strasbourg on Wednesday
  21 January 2026 to replace Sandro Carapelli (resigned 8 January to become Italy's minister
  for European affairs; elected in July 2024 with 402 votes). Candidates: Marta (Zofia) Okonek,
  Polish, centre-right; Ilse Dewaele, Belgian liberal, chair of the petitions committee; Jens
  Albrechtsen, Danish Green. Round one (12:41 CET): 671 cast, 22 blank/invalid, 649 valid,
  majority 325; Okonek 308 (47.5%), Dewaele 197, Albrechtsen 144. Albrechtsen withdrew.
  Round two (15:06 CET = 14:06 GMT): 664 cast, 35 blank/invalid, 629 valid, majority 315;
  Okonek 372 (59.1%), Dewaele 257. 14 vice-presidents; Okonek serves until January 2027.
  OUTLETS: Meridian News (live blog, newest first, CET; meta 2026-01-21T07:30Z); Eurowire (wire;
  jsonld 2026-01-21T14:38Z); The Flanders Courier (newspaper; line "22 January 2026",
  "yesterday"); Rue de la Loi Briefing (weekly newsletter; no date).
  PLANTED: Okonek's second-round votes 372 (right) / 327 (wrong, Flanders Courier); weekday of
  the vote Wednesday (right) / Thursday (wrong, Rue de la Loi Briefing); Dewaele's role, chair
  of the petitions committee (right) / of the transport committee (wrong, Eurowire).
  LEGITIMATE TRAPS: first- vs second-round tallies, votes cast, blanks and majorities; the live
  blog's first-round result before the final; Carapelli's 402 votes in 2024; the newsletter's
  hypothetical 341 if all Green votes had transferred, and its vote-shift sums (+60, +64, +13,
  7 fewer); 15:06 CET / 3:06 p.m. / 1406 GMT; Okonek with and without middle name; two
  different Okonek quotes (chamber, press) and different Dewaele quotes; "Two hundred and
  fifty-seven" in words; centre-right four then five of 14 vice-presidencies; sidebar votes.

ct-AL3 — court — CONTROL (planted = []) — fetched 2026-05-06
  TRUE FACTS: on Wednesday 22 April 2026, at 9:30 Luxembourg time (07:30 GMT), the General Court
  (case T-318/23 Solvenne v Commission) cut the fine on Antwerp-based Solvenne from €412.6
  million to €371.3 million (€41.3 million, about 10%), finding participation proven only from
  March 2014, not February 2013 (cartel ended April 2019; 13 months cut); one of six pleas upheld
  in part. Commission decision 14 March 2023, total €1.07 billion on four producers; Kerlinga
  €298.4m (T-322/23 pending). Hearing 4 November 2025. Shares up as much as 3.8% in the morning,
  3.6% at 10:55, closed 3.1% higher at €47.12. CEO Frédéric Lambotte; Commission spokesperson
  Arianna Benedetti; appeal within two months and ten days; revenue €5.9 billion.
  OUTLETS: Continental Wire (wire; meta 2026-04-22T09:05Z); Luxembourg Morning Post (newspaper;
  jsonld 2026-04-23, "yesterday"); Kirchberg Case Notes (legal newsletter; line "24 April 2026").
  LEGITIMATE TRAPS: original vs reduced fine; "about €41 million" / €41.3 million; "roughly $427
  million"; "almost exactly 10%" / "more than 90% of the fine left"; intraday 3.8% / 3.6% at
  10:55 vs close 3.1%; the 2023 decision date and total; the hearing date; "5-7%" in meeting
  notes; other companies' fines in the sidebar; two different Lambotte quotes (statement,
  analyst call); 9:30 local / 0730 GMT.

tr-AL4 — trade — 3 PLANTED — fetched 2026-07-22
  TRUE FACTS: on Thursday 9 July 2026 the Commission imposed provisional anti-dumping duties on
  steel storage racking from China (Official Journal 9 July), applying from Friday 10 July for
  six months; definitive decision by late February 2027. Rates: Taizhou Fengyuan Shelving
  17.6%, Jiangdong Racking 23.9%, Hualun Storage Systems 34.8%, Ningsheng Metal Products 41.2%,
  other cooperating 31.5%, all others 58.3%. Complaint 12 November 2025 by ESEMA (43% of EU
  output), director general Katrien Vanhoutteghem; investigation opened 23 December 2025.
  Imports 182,000 t (2022) to 291,000 t (2025), +60%; share 11.2% to 17.9%; undercutting 26%;
  value €402 million (about $462 million); 96 producers, 14,480 jobs, 2,100 jobs lost since
  2022. Trade spokesperson Olaf Gillström.
  OUTLETS: Continental Wire (wire; meta 2026-07-09T11:20Z); Berlaymont Notes (analysis; line
  "10 July 2026", "from today, Friday 10 July"); Channel Benelux (broadcaster; no date, "on
  Thursday 9 July").
  PLANTED: Hualun's duty 34.8% (right) / 38.4% (wrong, Berlaymont Notes); ESEMA director
  general's surname Vanhoutteghem (right) / Vanhouteghem (wrong, Channel Benelux); date the
  duties apply 10 July (right) / 11 July (wrong, Continental Wire).
  LEGITIMATE TRAPS: the 17.6%-58.3% range vs company rates; 2022 vs 2025 tonnages and shares;
  "up 60%" / "three fifths"; 14,480 vs "about 14,500"; €402 million / $462 million; 17.9% /
  "roughly 18%"; users' forecast of 15-20% price rises vs 26% undercutting; complaint,
  initiation, publication and definitive-deadline dates; "14 months of initiation"; a Belgian
  factory's 340 jobs; three different Vanhoutteghem quotes; other trade cases in a sidebar.

rk-AL5 — rocket — CONTROL (planted = []) — fetched 2026-09-21
  TRUE FACTS: Vega-C flight VV31 launched MOSA-3 (Moselle Orbital, Munsbach, Luxembourg) from
  Kourou on Tuesday 8 September 2026 at 22:14 local time = 01:14 UTC = 03:14 CEST Wednesday
  9 September; separation 57 minutes later (04:11 CEST); first signal at Redu (Belgium) 04:29
  CEST = 02:29 UTC. Monday's attempt scrubbed at T-4 minutes (winds). Mass 1,185 kg (MOSA-2:
  960 kg, 2023); orbit 562 km sun-synchronous; design life 7 years; programme €214 million,
  Luxembourg €38 million, Belgium €21 million via ESA; radar by Sambre Aerospace, Charleroi;
  Moselle Orbital 210 staff; CEO Anne-Marie (C.) Weber; first images October, service December.
  OUTLETS: Meridian News (live blog, CEST, newest first; meta 2026-09-08T22:40Z); Luxembourg
  Morning Post (newspaper; jsonld 2026-09-09T15:30+02:00, "this morning"); Radio Scheldt
  International (broadcaster; no date, "Tuesday 8 September at 22:14 local time").
  LEGITIMATE TRAPS: one moment in three zones and on two calendar days (Tuesday 22:14 Kourou,
  Wednesday 03:14 CEST, 01:14 UTC); the scrubbed Monday attempt; 1,185 kg / "1.2 tonnes";
  562 km / "some 560 kilometres" / "roughly 350 miles"; MOSA-2's 960 kg; programme vs
  national contributions; the province of Luxembourg (Redu) vs the country; the CEO with and
  without middle initial; two different Weber quotes; 60 engineers in the control room vs 140
  at Sambre Aerospace vs 210 staff; upcoming launches in the sidebar.

eq-AL6 — earthquake — 3 PLANTED — fetched 2026-11-27
  TRUE FACTS: magnitude 4.4 earthquake (Royal Observatory of Belgium; automatic first estimate
  4.6) on Sunday 15 November 2026 at 23:42 CET (22:42 GMT), depth 7 km, epicentre near
  Frameries, about 6 km south-west of Mons. 11 slightly injured (two kept overnight); six
  aftershocks, largest 2.7 at 03:18 CET (02:18 GMT) Monday; 2,347 felt reports by Monday noon;
  186 damage reports at Frameries town hall by Monday 18:00; 14 homes uninhabitable; 39
  residents rehoused; Saint-Martin church bell tower partly collapsed; three schools closed
  Monday. Seismologist Thierry Moulaert; mayor Nadia Lefebvre; Hainaut governor Patrick Demaret.
  OUTLETS: Channel Benelux (live blog, CET, newest first; meta 2026-11-15T22:58Z); Benelux Press
  Agency (wire; jsonld 2026-11-16T06:10Z); The Brussels Ledger (newspaper; line "17 November
  2026", "Sunday night"); Hainaut Herald (local newspaper; no date, "Sunday 15 November").
  PLANTED: time of the quake 23:42 (right) / 23:24 (wrong, Hainaut Herald); epicentre near
  Frameries (right) / near Quaregnon (wrong, Benelux Press Agency); damage reports by Monday
  evening 186 (right) / 168 (wrong, The Brussels Ledger).
  LEGITIMATE TRAPS: provisional magnitude 4.6 then 4.4; live-blog provisional counts (at least
  seven injured, then 11; more than 60, then about 120, then 186 damage reports); 23:42 CET /
  2242 GMT; aftershock 03:18 / 0218 GMT; 2,347 vs "more than 2,300" felt reports; 60 km to
  Brussels; residents' ages and years; other quakes in a sidebar.
"""

import html
import json

_COOKIE = ("We and our partners use cookies to keep this site running, to measure audiences and to show "
           "personalised advertising. You can accept all cookies, refuse non-essential ones or choose by purpose.")

_SHARE = ("Facebook", "X", "LinkedIn", "WhatsApp", "Email")


def _outlet(name: str, domain: str, kind: str, sections: tuple[str, ...]) -> dict:
    return {"name": name, "domain": domain, "kind": kind, "sections": sections}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _body(items: list) -> str:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(f"<p>{_e(item)}</p>")
        elif item[0] == "h2":
            out.append(f"<h2>{_e(item[1])}</h2>")
        elif item[0] == "update":
            paras = "".join(f"<p>{_e(t)}</p>" for t in item[2:])
            out.append(f'<div class="live-update"><p class="update-time"><strong>{_e(item[1])}</strong></p>{paras}</div>')
        elif item[0] == "ad":
            out.append('<div class="ad-slot ad-inline" aria-hidden="true"><span>Advertisement</span></div>')
    return "\n".join(out)


def _page(o: dict, path: str, headline: str, standfirst: str, byline: str, body: list, *,
          when: tuple[str, str] = ("none", ""), sidebar: tuple[str, list[str]] = ("", []),
          related: tuple[str, ...] = ()) -> dict:
    """One saved web page: when is ("meta", iso) | ("jsonld", iso) | ("line", visible date) | ("none", "")."""
    url = f"https://{o['domain']}/{path}"
    mode, value = when
    head = [f"<title>{_e(headline)} | {_e(o['name'])}</title>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{html.escape(standfirst)}">',
            f'<meta property="og:title" content="{html.escape(headline)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:site_name" content="{html.escape(o["name"])}">',
            f'<link rel="canonical" href="{url}">']
    if mode == "meta":
        head.append(f'<meta property="article:published_time" content="{value}">')
    elif mode == "jsonld":
        kind = "LiveBlogPosting" if o["kind"] == "live" else "NewsArticle"
        data = {"@context": "https://schema.org", "@type": kind, "headline": headline,
                "datePublished": value, "author": {"@type": "Person", "name": byline.removeprefix("By ").split(",")[0]},
                "publisher": {"@type": "Organization", "name": o["name"]}, "mainEntityOfPage": url}
        head.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    nav = "".join(f'<li><a href="https://{o["domain"]}/{s.lower().replace(" ", "-")}">{_e(s)}</a></li>' for s in o["sections"])
    share = "".join(f'<li><a class="share-{s.lower()}" href="#share-{s.lower()}">Share on {s}</a></li>' for s in _SHARE)
    dateline = f'<p class="article-date">{_e(value)}</p>' if mode == "line" else ""
    side_title, side_items = sidebar
    side = "".join(f"<li>{_e(i)}</li>" for i in side_items)
    rel = "".join(f'<li><a href="https://{o["domain"]}/{r.lower().replace(" ", "-")[:60]}">{_e(r)}</a></li>' for r in related)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="{o['kind']}">
<div class="cookie-banner" role="dialog"><p>{_COOKIE}</p><button>Accept all</button><button>Refuse non-essential</button><button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://{o['domain']}/">{_e(o['name'])}</a>
<nav><ul>{nav}</ul></nav><a class="subscribe" href="https://{o['domain']}/subscribe">Subscribe</a> <a href="https://{o['domain']}/login">Sign in</a></header>
<div class="ad-slot ad-leaderboard" aria-hidden="true"><span>Advertisement</span></div>
<main>
<article>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<p class="byline">{_e(byline)}</p>
{dateline}
<ul class="share-buttons">{share}</ul>
<div class="article-body">
{_body(body)}
</div>
<ul class="share-buttons share-bottom">{share}</ul>
</article>
<aside class="sidebar">
<div class="ad-slot ad-mpu" aria-hidden="true"><span>Advertisement</span></div>
<section class="sidebar-box"><h3>{_e(side_title)}</h3><ul>{side}</ul></section>
</aside>
<section class="related"><h3>Related stories</h3><ul>{rel}</ul></section>
</main>
<footer class="site-footer"><ul><li><a href="https://{o['domain']}/about">About us</a></li><li><a href="https://{o['domain']}/contact">Contact</a></li><li><a href="https://{o['domain']}/privacy">Privacy policy</a></li><li><a href="https://{o['domain']}/cookies">Cookie settings</a></li><li><a href="https://{o['domain']}/terms">Terms of use</a></li></ul>
<p>&copy; {_e(o['name'])}. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""
    return {"url": url, "html": doc}


BPA = _outlet("Benelux Press Agency", "bpa.example", "wire", ("Belgium", "Europe", "Economy", "Markets", "World"))
LEDGER = _outlet("The Brussels Ledger", "brusselsledger.example", "newspaper", ("News", "Belgium", "Europe", "Economy", "Opinion", "Culture"))
BNOTES = _outlet("Berlaymont Notes", "berlaymontnotes.example", "newsletter", ("Briefings", "Trade", "Economy", "Policy", "Archive"))
RSI = _outlet("Radio Scheldt International", "rsi-radio.example", "broadcaster", ("News", "Listen live", "Podcasts", "Economy", "Science"))
MERIDIAN = _outlet("Meridian News", "meridian-news.example", "live", ("Live", "Europe", "Politics", "Business", "Science"))
EUROWIRE = _outlet("Eurowire", "eurowire.example", "wire", ("EU", "Politics", "Markets", "World"))
COURIER = _outlet("The Flanders Courier", "flanderscourier.example", "newspaper", ("Home", "Flanders", "Belgium", "Europe", "Sport"))
RDLL = _outlet("Rue de la Loi Briefing", "ruedelaloi.example", "newsletter", ("This week", "Parliament", "Council", "Commission", "Archive"))
CONTWIRE = _outlet("Continental Wire", "continentalwire.example", "wire", ("Top news", "Business", "Legal", "Europe"))
LMP = _outlet("Luxembourg Morning Post", "luxmorningpost.example", "newspaper", ("Luxembourg", "Business", "Europe", "Tech", "Opinion"))
KIRCH = _outlet("Kirchberg Case Notes", "kirchbergnotes.example", "newsletter", ("Judgments", "Competition", "State aid", "Archive"))
CHBEN = _outlet("Channel Benelux", "benelux24.example", "live", ("News", "Live", "Watch", "Belgium", "Netherlands", "Luxembourg"))
CHBEN_TV = _outlet("Channel Benelux", "benelux24.example", "broadcaster", ("News", "Live", "Watch", "Belgium", "Netherlands", "Luxembourg"))
HERALD = _outlet("Hainaut Herald", "hainautherald.example", "newspaper", ("Mons", "Charleroi", "Borinage", "Province", "Sport"))


# --- Story 1: cb-AL1, central bank (CONTROL) -------------------------------------------------

_CB1 = _page(
    BPA, "economy/2026/06/15/national-bank-lifts-belgian-growth-forecast",
    "National Bank lifts Belgian growth forecast to 1.1%, warns on deficit",
    "The central bank now sees inflation at 2.6% this year and a budget gap widening to 5.8% of GDP by 2028 unless new measures are taken.",
    "By Sofie Wauters, Brussels",
    [
        "BRUSSELS — The National Bank of Belgium on Monday raised its forecast for economic growth this year to 1.1%, from 0.9% in its December projections, but warned that stubborn inflation and a widening budget deficit would cap the recovery.",
        "Presenting the bank’s twice-yearly projections at its headquarters on the boulevard de Berlaimont at 11:00 local time (0900 GMT), Governor Luc Verbiest said household spending, supported by the automatic indexation of wages, had carried the economy through a weak winter.",
        "“The economy has proved more resilient than we feared in the winter, but resilience is not the same thing as health,” Verbiest told reporters. “Productivity is barely moving, and the public finances are moving in the wrong direction.”",
        "The bank expects growth of 1.2% in 2027 and 1.3% in 2028. Inflation, measured by the harmonised index of consumer prices, is now seen averaging 2.6% this year, up from the 2.2% pencilled in six months ago, before easing to 1.9% in 2027 and 1.8% in 2028. Core inflation, which leaves out energy and food, is projected at 2.3% in 2026.",
        "Most of the upward revision to inflation comes from energy. The projections assume Brent crude at $68 a barrel on average this year, or about €59, compared with an assumption of $63 in December.",
        ("ad",),
        "The labour market is expected to stay firm. The bank sees the economy creating 31,400 net jobs this year and 27,800 in 2027, holding the unemployment rate at 5.8% in 2026 before it edges down to 5.6% the following year. Automatic indexation will add 2.9% to private-sector hourly wages in 2026, it estimates.",
        "The gloomier part of the report concerns the state’s accounts. The bank projects a general government deficit of 5.4% of gross domestic product this year, widening to 5.8% in 2028 if no new measures are taken. Public debt is forecast at 108.9% of GDP in 2026 and 114.1% by 2028, among the highest ratios in the euro area.",
        "“Every year we wait, the bill for consolidation gets larger,” Verbiest said, urging the federal government and the regions to agree a multi-year adjustment path before the autumn budget round.",
        "Pieter Claeys, chief economist at Meuse Bank, called the growth upgrade “welcome but flattered by a strong first quarter”. Stripping out a build-up of inventories, he put the underlying pace of expansion at something closer to 0.8% or 0.9%. “The headline number is right, but the engine underneath it is idling,” he said.",
        "The projections are built on the common assumptions of the Eurosystem’s June exercise, published by the European Central Bank on 4 June, which sees growth in the euro area as a whole of 0.9% this year and inflation of 2.1%. The ECB has kept its deposit rate at 2% since June 2025.",
        "Belgian 10-year government bond yields were little changed at 3.21% after the release. The bank’s next set of projections is due in December.",
    ],
    when=("meta", "2026-06-15T09:47:00Z"),
    sidebar=("Key figures: NBB projections, June 2026", [
        "GDP growth 2026: 1.1% (2027: 1.2%, 2028: 1.3%)",
        "HICP inflation 2026: 2.6% (2027: 1.9%)",
        "Net job creation 2026: 31,400",
        "Budget deficit 2026: 5.4% of GDP",
        "Public debt 2026: 108.9% of GDP",
    ]),
    related=("Antwerp dockers stage 24-hour strike over pension reform", "Belgian consumer confidence rises for third month",
             "Euro zone inflation steady in May, flash estimate shows"),
)

_CB2 = _page(
    LEDGER, "economy/2026/06/16/national-bank-growth-deficit-warning",
    "Growth holds up, but the National Bank sees the deficit bill mounting",
    "The central bank nudged its growth forecast up to 1.1% yesterday. Its governor’s real message was about the budget.",
    "By Hélène Dufrasne, Economics Correspondent",
    [
        "Belgium’s economy is doing a little better than expected, the National Bank of Belgium said yesterday. It is not doing nearly well enough, however, to grow its way out of a budget deficit that the bank expects to widen in every year to 2028.",
        "In its June projections the central bank now expects gross domestic product to expand by 1.1% this year, a fifth of a percentage point more than it forecast last December. Growth of 1.2% is projected for 2027 and 1.3% for 2028 — respectable numbers by the standards of a euro area that the European Central Bank expects to grow by just 0.9% this year. The economy grew by 1.0% last year, according to the statistics office.",
        "Governor Luc H. Verbiest, presenting the figures in Brussels, gave the credit to households. Wages in Belgium are linked automatically to prices, and the bank estimates that indexation will lift private-sector pay per hour by 2.9% this year, cushioning consumers against inflation that is now forecast to average 2.6%, up from 2.2% in December’s outlook.",
        "Some 31,000 net new jobs are expected this year, and unemployment should hold at 5.8%.",
        "Household consumption is expected to grow by 1.4% in volume this year, the bank said, while business investment is the weak spot: it is projected to stagnate, held back by borrowing costs and by uncertainty over American tariffs. Exports should grow only slightly faster than the markets Belgian companies sell into, which means Belgium is still losing a little ground to its competitors.",
        ("ad",),
        "But it was the public finances that set the tone of the governor’s presentation. The bank projects a deficit of 5.4% of GDP this year, rising to 5.8% by 2028 on current policies, with public debt climbing from nearly 109% of GDP this year to more than 114% in 2028.",
        "“Every year we wait, the bill for consolidation gets larger,” he said. Asked whether the better growth figures eased the pressure, he was blunt: “Nobody should read an upgrade of two tenths of a point as permission to relax.”",
        "Belgium has been under the European Union’s excessive deficit procedure since July 2024, which obliges it to bring its deficit down along a path agreed with Brussels. Yesterday’s figures suggest the country is drifting away from that path rather than towards it.",
        "Budget Minister Koen Desmet said the government would present a multi-year plan with the draft budget in October. “The National Bank is telling us what we already know. The difference is that this government intends to act on it,” he said in a statement.",
        "Pieter Claeys, chief economist at Meuse Bank, said the problem was not this year. “The forecast is fine for 2026. The problem is 2028, and 2028 is only two budgets away,” he said.",
        "Energy remains the main risk to the outlook. The bank’s central scenario assumes oil at $68 a barrel; a sustained rise above that would feed quickly into Belgian prices, and, through indexation, into wages.",
        "The bank will update its projections in December.",
    ],
    when=("jsonld", "2026-06-16T04:30:00Z"),
    sidebar=("How the forecasts moved (2026)", [
        "GDP growth: 0.9% in December, 1.1% now",
        "Inflation: 2.2% in December, 2.6% now",
        "Deficit: 5.4% of GDP (unchanged)",
        "Unemployment: 5.8%",
    ]),
    related=("Opinion: Indexation is not the villain", "Flemish government approves housing bonus reform",
             "Brussels Airport passenger numbers top pre-pandemic level"),
)

_CB3 = _page(
    BNOTES, "briefings/2026-06-17-belgium-national-bank-projections",
    "Belgium’s central bank: a better year, a worse arithmetic",
    "Monday’s projections from the National Bank put Belgian growth ahead of the euro area — and its deficit further from the EU’s rules.",
    "By Mathieu Olbrechts, senior analyst",
    [
        "The National Bank of Belgium’s June projections, released on Monday, contain one piece of good news and several pieces of bad news. The good news is growth. The bank raised its forecast for 2026 by two tenths of a point, to 1.1%, and sees 1.2% in 2027 and 1.3% in 2028. That puts Belgium comfortably ahead of the euro area, where the ECB’s staff expect 0.9% this year.",
        "The bad news starts with prices. Inflation is now projected at 2.6% for 2026, a revision of 40 basis points from December’s 2.2%, driven mostly by an oil assumption of $68 a barrel (roughly €59). Because Belgian wages follow prices through automatic indexation — the bank expects a 2.9% boost to private-sector hourly pay this year — a surprise on inflation becomes a surprise on labour costs within months.",
        "Governor Luc Verbiest did not dwell on the upgrade. “The economy has proved more resilient than we feared in the winter, but resilience is not the same thing as health,” he said at the presentation in Brussels.",
        ("h2", "The deficit"),
        "The number that will travel furthest is the deficit: 5.4% of GDP this year, roughly €35 billion, rising to 5.8% in 2028 if policy does not change. That is almost twice the 3% reference value in the EU’s fiscal rules. Public debt, at 108.9% of GDP this year, would reach 114.1% by 2028.",
        "Inès Vandamme, a fiscal economist at the Centre for Fiscal Studies in Leuven, said the projection left little room for manoeuvre. “Under the excessive deficit procedure, Belgium has promised the Commission a falling deficit. The bank is projecting a rising one. Those two lines cannot both be true for long,” she said.",
        ("ad",),
        ("h2", "Jobs and rates"),
        "The labour market remains the strongest part of the picture. The bank expects 31,400 net jobs to be created this year and 27,800 next year, with unemployment at 5.8% in 2026 and 5.6% in 2027.",
        "On monetary policy, the projections take market expectations as given. Those expectations currently price one more quarter-point cut in the ECB’s deposit rate, now 2%, by December — a move of 25 basis points that would do little for Belgium’s interest bill, given the long average maturity of its debt.",
        ("h2", "Productivity"),
        "Underneath the headline, the bank’s report returns to a familiar worry: productivity growth in the Belgian private sector has been close to zero for several years. Employment is rising faster than output, which flatters the unemployment rate but not living standards. Without a pick-up in productivity, the bank argues, the growth rates of 1.2% and 1.3% pencilled in for 2027 and 2028 depend on a labour market that is already tight.",
        ("h2", "What to watch"),
        "The federal government has promised a multi-year plan with the October budget. The regions, which account for a growing share of the deficit, have made no such commitment. The bank’s next projections, in December, will show whether October’s plan changes the arithmetic.",
        "Our view: the growth upgrade is real but modest, the inflation revision is the more important change, and the deficit path is the story Brussels will read.",
    ],
    when=("line", "17 June 2026"),
    sidebar=("Other central bank projections this month", [
        "Euro area (ECB staff, 4 June): growth 0.9%, inflation 2.1%",
        "Netherlands (DNB): growth 1.4%, inflation 2.7%",
        "France (Banque de France): growth 0.8%, inflation 1.6%",
        "Germany (Bundesbank): growth 0.6%, inflation 2.2%",
    ]),
    related=("Briefing: the excessive deficit procedure, explained", "Briefing: Belgium’s regions and the budget",
             "Briefing: what indexation costs exporters"),
)

_CB4 = _page(
    RSI, "news/economy/national-bank-governor-interview-recovery",
    "Central bank governor: ‘I would not call it a recovery’",
    "Luc Verbiest told RSI that Belgium’s modest growth upgrade rests on indexed wages rather than on any turnaround in productivity.",
    "RSI News, with Tom Geerts",
    [
        "The governor of the National Bank of Belgium, Luc Verbiest, has played down talk of an economic recovery, hours after his institution raised its growth forecast for this year.",
        "The bank’s projections, published on Monday 15 June, see the Belgian economy growing by 1.1 per cent in 2026, up from the 0.9 per cent it expected in December. Inflation is forecast at 2.6 per cent this year, and the budget deficit at 5.4 per cent of gross domestic product.",
        "Speaking on RSI’s Evening Edition on Monday, Verbiest chose his words carefully. “I would not call it a recovery. It is a modest improvement, and it rests on households spending their indexed wages,” he said.",
        "The governor said the automatic indexation of wages, which the bank estimates will raise private-sector hourly pay by 2.9 per cent this year, was doing what it was designed to do. “Indexation protects purchasing power, and that is its purpose. But it also means that when inflation surprises us, our companies lose ground to their neighbours faster than anyone else’s,” he said.",
        ("ad",),
        "Asked about jobs, he pointed to the bank’s forecast of about 31,000 net jobs this year and an unemployment rate of 5.8 per cent. “The labour market is the one thing I would not worry about this year,” he said.",
        "Verbiest, who also sits on the European Central Bank’s Governing Council, declined to say whether he would support a further cut in interest rates at the council’s next meeting in July. “I will say what I think in the room, and not on the radio,” he said. The ECB’s deposit rate stands at 2 per cent.",
        "He was less reticent about the public finances. The bank expects the deficit to widen to 5.8 per cent of GDP by 2028 without new measures, and debt to rise above 114 per cent. “I am not asking for austerity tomorrow morning. I am asking for a plan that runs longer than one budget,” he told RSI.",
        "Opposition politicians seized on the figures. Lotte Van Rompaey, a member of the federal parliament’s finance committee, said the projections showed that the government’s strategy “has been to wait for growth, and growth has not come in the size they needed”.",
        "Business groups were more positive. The Federation of Belgian Enterprises, the main employers’ organisation, welcomed the growth upgrade but repeated its call for a reform of wage indexation, a demand the unions firmly reject.",
        "The trade unions, for their part, warned against using the bank’s figures as an argument against indexation. “Workers are not the cause of inflation. They are the ones who pay for it first,” said Hanne Goossens of the socialist union’s research department. The unions are expected to set out their position in talks with employers this autumn.",
        "The full interview with Luc Verbiest is available in the RSI app and on our podcast feed.",
    ],
    when=("none", ""),
    sidebar=("More from RSI News", [
        "Antwerp dockers walk out for 24 hours",
        "Ghent festival: organisers expect 1.6 million visitors",
        "Weather: storms forecast for the coast this weekend",
    ]),
    related=("Listen: Evening Edition, full programme", "Unions reject any change to wage indexation",
             "Explainer: how Belgium’s wage indexation works"),
)


# --- Story 2: el-AL2, election (3 PLANTED) ---------------------------------------------------

_EL1 = _page(
    MERIDIAN, "live/2026/01/21/european-parliament-vice-president-election-strasbourg",
    "Live: Okonek elected European Parliament vice-president in second round",
    "Follow the secret ballot in Strasbourg to replace Sandro Carapelli, who left the Parliament to join the Italian government.",
    "By Clara Ostermann and Niels Jaspers in Strasbourg",
    [
        ("update", "15:32 CET",
         "Ilse Dewaele, who chairs the petitions committee, has just spoken to us outside the chamber. “I congratulate Marta. We ran a clean campaign and I will go on chairing the petitions committee with the same energy,” she said. Asked whether she would run again in the mid-term elections next year, she smiled: “Ask me in December.”"),
        ("update", "15:19 CET",
         "Marta Okonek has taken the floor briefly after the result. “I will be a vice-president for the whole house, not for one group,” she told MEPs, to applause from most of the benches. She takes her seat on the Bureau, Parliament’s governing body, with immediate effect, and ranks 14th in the order of precedence among the vice-presidents."),
        ("update", "15:06 CET",
         "RESULT — second round. Votes cast: 664. Blank or invalid: 35. Valid votes: 629. Absolute majority required: 315.",
         "Marta Okonek: 372. Ilse Dewaele: 257.",
         "Okonek is elected vice-president of the European Parliament with 59.1% of the valid votes."),
        ("update", "14:44 CET",
         "The second round of voting is open. Only two names are on the screens now: Okonek and Dewaele. The ballot is secret and electronic, and MEPs have a few minutes to vote."),
        ("update", "14:05 CET",
         "The lunch break has been busy. Liberal group members were seen working the corridors near the Green group’s offices, while centre-right whips were handing out a one-page note on Okonek’s plans for the Bureau. One Green member told us the group would give “no instruction” for the second round. Another, asked whom she would vote for, laughed and said: “It is a secret ballot.”"),
        ("ad",),
        ("update", "13:15 CET",
         "Jens Albrechtsen, the Danish Green, has withdrawn. “Our voters wanted a choice in the first round, and they had one,” he said in a short statement. He did not endorse either remaining candidate."),
        ("update", "12:41 CET",
         "RESULT — first round. Votes cast: 671. Blank or invalid: 22. Valid votes: 649. Absolute majority required: 325.",
         "Marta Okonek: 308. Ilse Dewaele: 197. Jens Albrechtsen: 144.",
         "Nobody has reached the absolute majority, so there will be a second round this afternoon. Okonek took 47.5% of the valid votes, 17 short of the threshold."),
        ("update", "12:20 CET",
         "Voting in the first round has begun. Under Parliament’s rules a candidate needs an absolute majority of the valid votes in the first three rounds; in a fourth round, a simple plurality between the two leading candidates would be enough."),
        ("update", "09:10 CET",
         "Why is there a vote at all? Sandro Carapelli stepped down as vice-president and as an MEP on 8 January after being appointed Italy’s minister for European affairs. He had been elected vice-president in July 2024 with 402 votes in the first round. His replacement serves until the mid-term reshuffle in January 2027."),
        ("update", "08:30 CET",
         "Good morning from Strasbourg, where it is Wednesday 21 January and Parliament is about to choose a new vice-president. Three candidates are standing: Marta Okonek, a Polish MEP from the centre-right group; Ilse Dewaele, a Belgian liberal who chairs the petitions committee; and Jens Albrechtsen, a Danish Green. Stay with us for the results."),
    ],
    when=("meta", "2026-01-21T07:30:00Z"),
    sidebar=("Also in Strasbourg this week", [
        "MEPs back fisheries deal with Mauritania, 488 votes to 121",
        "Debate on housing costs draws 60 speakers",
        "Sakharov laureate addresses the chamber",
    ]),
    related=("Who sits on Parliament’s Bureau, and what does it do?", "Carapelli sworn in as Italy’s European affairs minister",
             "Explainer: how the European Parliament elects its vice-presidents"),
)

_EL2 = _page(
    EUROWIRE, "eu/2026/01/21/okonek-elected-parliament-vice-president",
    "Poland’s Okonek elected European Parliament vice-president in second round",
    "Centre-right MEP beats Belgian liberal Ilse Dewaele after the Green candidate drops out.",
    "By Ramon Esteve, Strasbourg",
    [
        "STRASBOURG, Jan 21 (Eurowire) — Polish centre-right lawmaker Marta Zofia Okonek was elected a vice-president of the European Parliament on Wednesday, winning a second-round run-off against Belgian liberal Ilse Dewaele after neither secured a majority in the first round.",
        "Okonek, 47, won 372 votes to Dewaele’s 257 in the second round, the Parliament said, out of 629 valid votes. Some 664 ballots were cast, of which 35 were blank or invalid. The absolute majority required was 315.",
        "The result was announced at 3:06 p.m. (1406 GMT), about two and a half hours after a first round in which Okonek led with 308 votes, against 197 for Dewaele and 144 for Danish Green Jens Albrechtsen. With 649 valid votes in that round, the majority had been set at 325.",
        "Albrechtsen withdrew before the second round without endorsing either rival.",
        "A former regional councillor in Lublin, Okonek was first elected to the Parliament in 2019. Her group had nominated her within days of Carapelli’s departure, arguing that the seat had belonged to the centre-right since the start of the term and should stay with it. The liberal and Green groups rejected that argument and fielded their own candidates, forcing a contested vote.",
        ("ad",),
        "The seat on the Parliament’s 14-member team of vice-presidents fell vacant when Italy’s Sandro Carapelli resigned on 8 January to become his country’s minister for European affairs. Carapelli had won the post in July 2024 with 402 votes in the first round.",
        "Dewaele, the Belgian liberal who chairs the transport committee, had hoped to draw support from the Greens and the Socialists after Albrechtsen’s exit, but a large share of left-wing members appeared to have cast blank ballots: the number of blank or invalid votes rose from 22 in the first round to 35 in the second.",
        "“The arithmetic was always going to be hard for a liberal. I am proud of every one of those votes,” Dewaele told reporters.",
        "Speaking to journalists after the vote, Okonek said she would focus on the Parliament’s internal administration, which the vice-presidents oversee through the Bureau. “The Bureau’s job is to make this place work. I intend to start with the interpretation budget, which has been cut three years in a row,” she said.",
        "The vice-presidents stand in for the President in chairing plenary sittings and sit on the Bureau, which decides on the Parliament’s budget, staff and buildings. Okonek will serve until the mid-term elections of the Parliament’s leadership in January 2027.",
        "Blank and invalid ballots are not counted as valid votes under the Parliament’s rules, so the majority required fell from 325 in the first round to 315 in the second.",
        "Her election gives the centre-right group five of the 14 vice-presidencies. A Parliament spokesperson said she would chair her first plenary sitting at the February session.",
    ],
    when=("jsonld", "2026-01-21T14:38:00Z"),
    sidebar=("Markets at a glance", [
        "Euro Stoxx 50: +0.4%",
        "EUR/USD: 1.1712",
        "Bund 10-year yield: 2.61%",
    ]),
    related=("Italy’s new European affairs minister takes office", "EU Parliament approves Mauritania fisheries deal",
             "Poland’s centre-right eyes bigger role in EU institutions"),
)

_EL3 = _page(
    COURIER, "europe/2026/01/22/dewaele-falls-short-strasbourg",
    "Dewaele falls short in Strasbourg as Okonek takes vice-presidency",
    "The Ghent liberal came second in yesterday’s vote, but says her 257 votes are ‘a platform, not a consolation prize’.",
    "By Jolien Verhulst",
    [
        "Ilse Dewaele will not become the European Parliament’s next vice-president. The liberal MEP from Ghent lost yesterday’s secret ballot in Strasbourg to the Polish centre-right candidate Marta Okonek, who won the second round with 327 votes to Dewaele’s 257.",
        "It was a respectable result for a candidate from one of the smaller groups. In the first round, Dewaele took 197 votes against 308 for Okonek and 144 for the Danish Green Jens Albrechtsen, and after Albrechtsen withdrew she needed almost all of his voters to come her way. They did not. “Some of them went to Marta, and quite a few, I think, stayed home or voted blank,” Dewaele said last night.",
        "The 51-year-old, who has chaired the Parliament’s petitions committee since 2024, insisted she was not disappointed. “Two hundred and fifty-seven colleagues from across the house trusted me. That is a platform, not a consolation prize,” she told the Courier by telephone from Strasbourg.",
        ("ad",),
        "The vacancy arose when the Italian centre-right member Sandro Carapelli left the Parliament on 8 January to become Italy’s minister for European affairs. Under the Parliament’s rules, a vice-president who leaves is replaced through a fresh election, and the winner serves only until the mid-term reshuffle of January 2027.",
        "That short term made the vote attractive to groups looking to test their strength before the bigger negotiations next year, and the liberal group had made Dewaele’s candidacy a priority.",
        "Wouter Dierickx, a fellow Flemish liberal MEP, said the group had done its sums carefully. “We knew we would need the Greens and most of the Socialists. We got the Greens in the end, more or less, but not enough of the Socialists,” he said.",
        "Dewaele is well known in Brussels for her work on the petitions committee, which handles complaints from citizens about the application of EU law. Under her chairmanship the committee has held public hearings on flood insurance in the Meuse valley and on delays in the recognition of professional qualifications.",
        "Okonek, who was first elected to the Parliament in 2019, becomes one of 14 vice-presidents. She told the chamber that she would be “a vice-president for the whole house”.",
        "The liberal group’s leadership was more downbeat in private. Several members said the group had overestimated how many Socialists would cross over in a secret ballot, and that the second-round rise in blank votes, from 22 to 35, told its own story. “Thirteen blank votes is the difference between a good defeat and a narrow one,” one adviser said.",
        "Belgian politicians across the spectrum sent congratulations to Dewaele last night. The prime minister’s office said in a statement that her result “shows the respect Belgian members enjoy in the European Parliament”.",
        "Wednesday’s vote leaves Belgium without a member of the Parliament’s Bureau for the rest of this half of the term. Dewaele said she would “think about” standing again next January.",
    ],
    when=("line", "22 January 2026"),
    sidebar=("Belgium in the European Parliament", [
        "Belgian MEPs: 22",
        "Committee chairs held by Belgians: 1",
        "Turnout in Belgium, 2024 European elections: 89.0%",
    ]),
    related=("Ghent harbour expansion approved after ten-year wait", "Opinion: Belgium needs a plan for 2027 in Strasbourg",
             "Flemish liberals pick new party treasurer"),
)

_EL4 = _page(
    RDLL, "this-week/strasbourg-vice-president-arithmetic",
    "Strasbourg week: a vice-president, and a lesson in arithmetic",
    "How Marta Okonek won the vacant vice-presidency, what the blank ballots say about the left, and what it means for 2027.",
    "By the Rue de la Loi Briefing team",
    [
        "Parliament on Thursday chose Marta Okonek, a Polish member of the centre-right group, as its new vice-president, filling the seat left empty when Sandro Carapelli departed for a ministerial job in Rome. The vote took two rounds and most of the day, and the numbers are worth a closer look.",
        ("h2", "Round one"),
        "Three candidates stood. Okonek led with 308 of the 649 valid votes, ahead of Ilse Dewaele, the Belgian liberal who chairs the petitions committee, on 197, and Jens Albrechtsen of the Greens on 144. The absolute majority was 325, so Okonek fell 17 votes short. Twenty-two ballots were blank or invalid.",
        ("h2", "Round two"),
        "Albrechtsen pulled out. If his 144 votes had transferred cleanly to Dewaele she would have had 341 — more than enough to win. Instead the second round went: Okonek 372, Dewaele 257, with 629 valid votes out of 664 cast. Okonek’s 59.1% is a comfortable margin for a vacancy election.",
        "So where did the Green votes go? Our reading: Dewaele gained 60, Okonek gained 64, and the blank or invalid ballots rose by 13. Seven fewer members voted in the second round than in the first. That is not the behaviour of a bloc acting on instructions, and several Green members told us privately they had had no instructions at all.",
        ("ad",),
        ("h2", "Why it matters"),
        "The vice-presidency itself changes little: Okonek serves only until the mid-term reshuffle in January 2027, and the centre-right already had four of the 14 vice-presidents. The signal is about 2027. The liberal group made Dewaele’s candidacy a test of whether it could assemble a left-liberal majority on a secret ballot, and it could not.",
        "“The groups can sign any agreement they like in December. In a secret vote, members vote for the person,” one senior official in the Parliament’s secretariat told us.",
        "Okonek, for her part, promised to be “a vice-president for the whole house”, and told journalists she would start with the interpretation budget. Dewaele said she would stay on at the petitions committee and keep her options open for next year.",
        ("h2", "The Belgian angle"),
        "For Belgium the result is a missed chance. With Dewaele, the country would have had a seat on the Bureau for the first time this term. Her 257 votes are a respectable showing, and she told reporters she was “proud of every one of those votes”, but the liberal group will need more than respectable showings in 2027. Expect the group’s leaders to spend the spring trying to secure written commitments from the Socialists before the next round of top jobs.",
        ("h2", "Also this week"),
        "Members approved the fisheries partnership with Mauritania and held a long debate on housing costs, with 60 speakers. Committee weeks follow; the next plenary session in Strasbourg opens in February.",
    ],
    when=("none", ""),
    sidebar=("The numbers", [
        "Round one: 671 cast, 649 valid, majority 325",
        "Round two: 664 cast, 629 valid, majority 315",
        "Carapelli’s 2024 election: 402 votes, first round",
    ]),
    related=("Last week: Council agrees its position on packaging rules", "Who’s who on the Bureau",
             "Subscribe to the Rue de la Loi Briefing"),
)


# --- Story 3: ct-AL3, court (CONTROL) --------------------------------------------------------

_CT1 = _page(
    CONTWIRE, "legal/2026/04/22/eu-court-cuts-solvenne-cartel-fine",
    "EU court trims Solvenne’s enzymes cartel fine to €371.3 million",
    "The General Court found the Commission had not proved the Belgian chemicals group joined the cartel before March 2014, but upheld the rest of the decision.",
    "By Anouk Reiland, Luxembourg",
    [
        "LUXEMBOURG — The European Union’s General Court on Wednesday cut the antitrust fine imposed on Belgian chemicals group Solvenne to €371.3 million from €412.6 million, ruling that the European Commission had failed to prove the company took part in an enzymes cartel during its first year.",
        "The Luxembourg-based court upheld the rest of the Commission’s 2023 decision, which found that four producers of industrial enzymes used in laundry and dishwasher detergents had coordinated prices and shared customers for more than six years.",
        "In the judgment, delivered at 9:30 a.m. local time (0730 GMT), the judges said the evidence relied on by the Commission — chiefly notes of a meeting in Düsseldorf — did not show to the required standard that Solvenne was involved before March 2014. The Commission had found the Antwerp-based group took part from February 2013 until the cartel ended in April 2019.",
        "“The Commission has not established to the requisite legal standard that the applicant participated in the infringement before March 2014,” the court said, annulling the decision to that extent and reducing the fine by €41.3 million.",
        ("ad",),
        "Solvenne had challenged the decision on six grounds. The court rejected the other five, including arguments that the Commission had miscalculated the value of sales used to set the fine and that the investigation had lasted unreasonably long.",
        "Solvenne chief executive Frédéric Lambotte said in a statement that the company was “pleased that the court has corrected a clear error in the Commission’s decision” and that it would “study the judgment carefully before deciding on any further steps”.",
        "The Commission said it took note of the judgment. “It confirms the existence of the cartel and the bulk of the fine. We will study it carefully and reflect on possible next steps,” spokesperson Arianna Benedetti told reporters in Brussels.",
        "The ruling is the latest in a series in which the EU courts have trimmed cartel fines on narrow evidential grounds while leaving the Commission’s central findings intact. Competition lawyers said the judgment would be read closely by the other companies in the case, in particular the Dutch producer Kerlinga, whose own challenge to its €298.4 million fine is still pending.",
        "The cartel came to light in April 2019, when one of the participants approached the Commission under its leniency programme. Commission officials raided the companies’ offices later that year.",
        "Either side can appeal to the Court of Justice, the EU’s highest court, on points of law within two months and ten days.",
        "The March 2023 decision fined the four producers a total of €1.07 billion. Solvenne, which received the largest individual fine, paid the amount provisionally pending the outcome of its appeal, and will now be repaid the difference with interest.",
        "Solvenne shares rose as much as 3.8% in Brussels trading in the hour after the ruling and were up 3.6% at 10:55 a.m.",
        "The case is T-318/23 Solvenne v Commission.",
    ],
    when=("meta", "2026-04-22T09:05:00Z"),
    sidebar=("Latest legal news", [
        "Dutch court refers airline delay case to Luxembourg",
        "Commission opens probe into cement merger",
        "Spanish telecoms fine upheld on appeal",
    ]),
    related=("Enzymes cartel: Commission fines four producers €1.07 billion (March 2023)",
             "Solvenne first-quarter sales rise 4%", "EU competition enforcement: the year ahead"),
)

_CT2 = _page(
    LMP, "business/2026/04/23/general-court-solvenne-fine-reduced",
    "Kirchberg judges knock €41 million off Solvenne’s cartel fine",
    "The General Court upheld the enzymes cartel finding but shortened the Antwerp group’s part in it by 13 months.",
    "By Marc Schiltz",
    [
        "Solvenne, the Antwerp-based chemicals group, will pay about €41 million less for its role in the industrial enzymes cartel after the EU’s General Court ruled yesterday that the European Commission had overstated how long the company took part.",
        "The judges in Kirchberg reduced the fine from €412.6 million to €371.3 million, or roughly $427 million at current exchange rates. That is a cut of almost exactly 10%.",
        "The ruling turns on a single meeting. The Commission had dated Solvenne’s participation from February 2013, relying on handwritten notes that it said recorded a discussion of price increases between the company and its competitors. The court found the notes were too ambiguous to prove that Solvenne had joined the arrangement at that point, and accepted only evidence from March 2014 onwards. The cartel ended in April 2019, when one of the participants went to the Commission seeking leniency.",
        ("ad",),
        "For the Commission, the judgment is a partial defeat at most. The court endorsed its finding that the cartel existed, rejected five of Solvenne’s six grounds of appeal, and left in place more than 90% of the fine.",
        "The Commission said it took note of the ruling. “It confirms the existence of the cartel and the bulk of the fine,” a spokesperson, Arianna Benedetti, said.",
        "Investors were relieved nonetheless. Solvenne shares closed 3.1% higher at €47.12 on Euronext Brussels, having risen as much as 3.8% in the morning. The company had set aside the full amount of the fine in its 2023 accounts, and analysts said the repayment, with interest, would give a modest one-off boost to this year’s results.",
        "Frédéric Lambotte, Solvenne’s chief executive, told analysts on a call yesterday afternoon that the money would not change the group’s plans. “It is good news, it is our money, and it is going back into the business — not into a celebration,” he said. The group reported revenue of €5.9 billion last year.",
        "The ruling matters beyond Solvenne. The Dutch producer Kerlinga, fined €298.4 million in the same decision, has its own challenge pending before the General Court, and lawyers said yesterday’s reasoning on the meeting notes could help it. The two other companies in the cartel settled with the Commission and did not appeal.",
        "Joris Van Acker, the Brussels lawyer who argued Solvenne’s case, said the ruling sent a message about the quality of evidence the Commission relies on. “A few words in somebody else’s notebook are not proof that my client was in the room. The court has said so clearly,” he said.",
        "Competition lawyers in Luxembourg noted that the judgment came a little over five months after a hearing held on 4 November last year, which is quick by the court’s standards.",
        "The Commission and Solvenne have two months and ten days to appeal to the Court of Justice on points of law.",
    ],
    when=("jsonld", "2026-04-23T04:00:00Z"),
    sidebar=("Solvenne at a glance", [
        "Headquarters: Antwerp",
        "Revenue 2025: €5.9 billion",
        "Employees: about 18,000",
        "Share price close, 22 April: €47.12",
    ]),
    related=("ArcelorMittal Luxembourg plans new furnace", "Luxembourg fund assets edge higher in March",
             "Opinion: Why the General Court keeps cutting fines"),
)

_CT3 = _page(
    KIRCH, "judgments/t-318-23-solvenne-v-commission",
    "T-318/23 Solvenne v Commission: thirteen months, one meeting, €41.3 million",
    "The General Court’s Wednesday judgment in the enzymes cartel is a short lesson in how the Commission proves the start of an infringement.",
    "By Dr Elke Marnach",
    [
        "The General Court’s judgment of 22 April 2026 in Case T-318/23 Solvenne v Commission is, on its face, a modest result for the applicant: one plea upheld in part out of six, and a fine reduced from €412.6 million to €371.3 million. But the reasoning on the start date of Solvenne’s participation deserves attention from anyone litigating a cartel decision.",
        ("h2", "Background"),
        "By a decision of 14 March 2023, the Commission found that four producers of industrial enzymes for detergents had participated in a single and continuous infringement of Article 101 TFEU, consisting of price coordination and customer allocation in the EEA. The total fine was €1.07 billion. For Solvenne, the Commission dated participation from February 2013 to April 2019.",
        "Solvenne raised six pleas, concerning the start date of its participation, the value of sales, the gravity percentage, the additional amount for deterrence, the duration of the procedure and the rights of the defence. The hearing took place on 4 November 2025.",
        ("h2", "The start date"),
        "The Commission’s evidence for February 2013 consisted mainly of a competitor’s handwritten notes of a meeting in Düsseldorf, which referred to “S.” and to a planned increase of “5–7%”. The court held that the notes did not identify Solvenne with sufficient certainty, and that the corroborating evidence relied on by the Commission post-dated the meeting by more than a year. It therefore found participation established only from March 2014, cutting thirteen months from the infringement period.",
        "Because duration is a multiplier in the fining method, the reduction of the period translates directly into a lower fine: €41.3 million, or about 10%.",
        ("ad",),
        ("h2", "The rest"),
        "The remaining pleas failed. On value of sales, the court held that the Commission was entitled to include intra-group sales to Solvenne’s detergent-ingredient subsidiary. On the length of the procedure — a little over three years from the dawn raids to the decision — the court found no breach of the reasonable-time principle that could have affected the outcome.",
        "The court also dismissed the argument on deterrence. Solvenne had contended that the additional amount, calculated as a percentage of the value of sales, should have been reduced because the company had already introduced a new compliance programme by the time of the decision. The judges held, consistently with earlier case law, that compliance programmes adopted after the infringement are not a mitigating circumstance.",
        ("h2", "Reactions"),
        "Frédéric Lambotte, the chief executive, said the company was “pleased that the court has corrected a clear error”. The Commission said the judgment confirmed “the existence of the cartel and the bulk of the fine”.",
        ("h2", "Our view"),
        "Appeal to the Court of Justice is possible within two months and ten days, and it is not obvious that either side will bother. The bigger consequence may be for Kerlinga, whose action against the same decision (T-322/23, fine €298.4 million) is still pending and which, on our reading of the file, faces a similar evidential gap.",
        "Solvenne’s shares closed 3.1% higher on the day, which says something about how the market had priced the appeal.",
    ],
    when=("line", "24 April 2026"),
    sidebar=("Enzymes cartel: the 2023 fines", [
        "Solvenne (Belgium): €412.6m, reduced to €371.3m",
        "Kerlinga (Netherlands): €298.4m, appeal pending",
        "Hallström Biotech (Sweden): €201.7m, settled",
        "Enzyva (France): €157.3m, settled",
    ]),
    related=("Case note: T-122/24, the bus manufacturers’ cartel", "Case note: C-77/25 on leniency statements",
             "Calendar: judgments due in May"),
)


# --- Story 4: tr-AL4, trade (3 PLANTED) ------------------------------------------------------

_TR1 = _page(
    CONTWIRE, "business/2026/07/09/eu-provisional-duties-chinese-steel-racking",
    "EU slaps provisional duties of up to 58.3% on Chinese steel racking",
    "Brussels says a surge in cheap warehouse shelving from China has cost European producers market share and jobs; Beijing’s exporters call the case unjustified.",
    "By Anouk Reiland and Kasper Lind, Brussels",
    [
        "BRUSSELS — The European Commission on Thursday imposed provisional anti-dumping duties of between 17.6% and 58.3% on imports of steel storage racking from China, the warehouse shelving used by retailers, logistics firms and factories across the bloc.",
        "The duties, set out in a regulation published in the EU’s Official Journal, will apply from 11 July and remain in place for up to six months while the Commission completes its investigation. A decision on definitive duties, which would normally last five years, is due by late February 2027.",
        "The Commission found that Chinese exporters had sold racking in the EU at dumped prices that undercut European producers by 26% on average. Imports from China rose by 60% between 2022 and 2025, from 182,000 tonnes to 291,000 tonnes, lifting their share of the EU market from 11.2% to 17.9%.",
        "“The evidence of injury to the Union industry is clear, and the link to dumped imports is clear,” Commission trade spokesperson Olaf Gillström told reporters at the daily briefing. “These measures restore a level playing field; they do not close the market.”",
        ("ad",),
        "The rates vary by company. Taizhou Fengyuan Shelving, which cooperated fully with the investigation, faces the lowest duty of 17.6%. Jiangdong Racking Co. was given 23.9%, Hualun Storage Systems 34.8% and Ningsheng Metal Products 41.2%. Other Chinese producers that cooperated but were not in the sample will pay 31.5%, and all remaining exporters 58.3%.",
        "The investigation was opened on 23 December 2025 following a complaint lodged on 12 November by the European Storage Equipment Manufacturers’ Association (ESEMA), on behalf of producers accounting for 43% of EU output.",
        "“For three years our members have watched orders go to racking sold below the cost of the steel in it,” said Katrien Vanhoutteghem, ESEMA’s director general. “Today’s decision comes late for the 2,100 people who have lost their jobs in our sector since 2022, but it comes.”",
        "The EU industry comprises about 96 producers employing 14,480 people directly, according to the Commission’s findings.",
        "The China Chamber of Commerce to the EU said the measures were “unjustified and protectionist”. Its spokesperson, Wu Jiahui, said Chinese exporters competed “on efficiency and scale, not on dumping” and urged the Commission to reconsider before imposing definitive duties.",
        "Importers warned of higher costs. Bram Leclercq, secretary general of the European Warehouse Users’ Alliance, said racking prices for warehouse operators could rise by 15% to 20% over the coming year. “Someone pays for this, and it will be the logistics companies building the warehouses Europe says it needs,” he said.",
        "Chinese racking imports were worth €402 million last year, according to EU customs data.",
        "The case is one of several the Commission has opened on steel products this year, as European producers complain that exports diverted from the United States by tariffs are ending up in Europe. EU governments will be consulted on definitive measures later this year.",
    ],
    when=("meta", "2026-07-09T11:20:00Z"),
    sidebar=("Trade defence in 2026", [
        "Aluminium extrusions from China: provisional duties 21.2%–32.1% (March)",
        "Hardwood flooring from Vietnam: investigation opened (May)",
        "Steel racking from China: provisional duties 17.6%–58.3% (July)",
    ]),
    related=("China warns of response to EU trade measures", "EU steel safeguard: Commission proposes lower quotas",
             "Warehouse construction in Europe hits record"),
)

_TR2 = _page(
    BNOTES, "briefings/2026-07-10-steel-racking-anti-dumping",
    "Steel racking: what Brussels’ new duties mean, company by company",
    "Provisional anti-dumping duties on Chinese storage racking take effect today. We look at the rates, the injury case and the road to definitive measures.",
    "By Mathieu Olbrechts, senior analyst",
    [
        "The Commission’s provisional anti-dumping duties on steel storage racking from China apply from today, Friday 10 July, after the implementing regulation was published in the Official Journal yesterday. They will last six months unless replaced earlier by definitive measures.",
        ("h2", "The rates"),
        "As usual the Commission examined a sample of exporters and set individual rates for each. Taizhou Fengyuan Shelving gets the lowest, 17.6%. Jiangdong Racking Co. is at 23.9%, Hualun Storage Systems at 38.4% and Ningsheng Metal Products at 41.2%. Cooperating companies outside the sample pay the weighted average of 31.5%, and everyone else the residual rate of 58.3%.",
        "Taizhou Fengyuan’s rate is lower because the Commission accepted its cost data; for two of the other sampled exporters it replaced reported steel costs with a benchmark drawn from international prices, which pushed their dumping margins up.",
        ("h2", "The injury case"),
        "The numbers in the regulation are stark. Chinese imports rose from 182,000 tonnes in 2022 to 291,000 tonnes in 2025, an increase of three fifths, and their market share climbed from 11.2% to 17.9%. The Commission found average price undercutting of 26%. Over the same period the EU industry — some 96 producers employing about 14,500 people — lost 2,100 jobs and saw its profit margin fall below 2%.",
        "Katrien Vanhoutteghem, director general of the complainant, ESEMA, said the provisional measures were “a first step, not a rescue”. She told us the association would press for definitive duties at least as high. “Six months of provisional duties won’t bring back the capacity that has already closed,” she said.",
        ("ad",),
        ("h2", "The other side"),
        "Users are less happy. The European Warehouse Users’ Alliance expects racking prices to rise by 15% to 20%. That estimate looks high to us: with imports worth €402 million last year (about $462 million), and Chinese product at roughly 18% of the market, the direct effect on the average price paid by European buyers should be smaller, unless EU producers raise their own prices to match.",
        "Much will also depend on how quickly EU producers can add capacity. Several closed lines in Italy and Spain over the past three years, and ESEMA concedes that delivery times for large warehouse projects have lengthened. If users cannot get European racking on time, some imports will simply switch to other Asian suppliers outside the scope of the duties.",
        "Beijing’s response so far has been verbal. The China Chamber of Commerce to the EU called the measures “unjustified and protectionist”.",
        ("h2", "What happens next"),
        "Interested parties have a short window to comment on the provisional findings and may request hearings. The investigation opened on 23 December 2025, following ESEMA’s complaint of 12 November, so definitive duties must be in place within 14 months of initiation — by late February 2027. The Commission’s trade spokesperson, Olaf Gillström, said the measures “restore a level playing field”.",
        "Our view: expect the definitive rates to stay close to the provisional ones. The sampled exporters may win small adjustments on cost benchmarks, but the injury picture is unlikely to change.",
    ],
    when=("line", "10 July 2026"),
    sidebar=("Provisional duty rates at a glance", [
        "Lowest individual rate: 17.6%",
        "Non-sampled cooperating exporters: 31.5%",
        "All other exporters: 58.3%",
        "Duration: six months",
    ]),
    related=("Briefing: how the EU samples exporters", "Briefing: the steel safeguard review",
             "Briefing: trade defence cases to watch this autumn"),
)

_TR3 = _page(
    CHBEN_TV, "news/business/eu-duties-chinese-warehouse-shelving",
    "EU imposes duties on Chinese warehouse racking; Belgian makers welcome move",
    "Provisional duties of up to 58.3% aim to protect European producers, including several factories in Flanders and Wallonia.",
    "Channel Benelux business desk",
    [
        "The European Commission on Thursday 9 July announced provisional anti-dumping duties on steel storage racking imported from China, a move welcomed by Belgian manufacturers who say cheap imports have forced them to cut jobs.",
        "The duties come into force on Friday 10 July and range from 17.6% to 58.3%, depending on the exporter. Among the larger Chinese suppliers, Hualun Storage Systems will pay 34.8% and Ningsheng Metal Products 41.2%.",
        "Racking — the tall steel frames that hold pallets in warehouses — is a bigger business than most people realise. Chinese imports were worth €402 million last year and reached 291,000 tonnes, up from 182,000 tonnes in 2022.",
        "Katrien Vanhouteghem, director general of the European Storage Equipment Manufacturers’ Association, which brought the complaint, told Channel Benelux the industry had been under pressure for years. “We have lost 2,100 jobs in Europe since 2022. Some of those were here in Belgium, in towns where a racking factory is the biggest employer,” she said.",
        ("ad",),
        "One of them is in Zele, in East Flanders, where Rekkon Industries employs 340 people. Its managing director, Sarah De Smedt, said orders from large distribution centres had dried up as Chinese racking arrived at prices her company could not match. “The steel in a frame costs what it costs. When a competitor sells you the whole frame for less than that, something is wrong,” she said.",
        "The Commission says Chinese exporters undercut European prices by an average of 26%, and that their share of the EU market rose from 11.2% to 17.9% over three years.",
        "The Commission examined a sample of Chinese exporters and set a separate rate for each. The lowest, 17.6%, went to Taizhou Fengyuan Shelving, which cooperated fully with the investigation. Companies that did not cooperate at all face the top rate of 58.3%.",
        "For Rekkon Industries, the duties cannot come soon enough. The company has cut 45 jobs since 2023 and put part of its workforce on temporary unemployment twice last year. De Smedt said she hoped to take some of them back if orders recovered. “We are not asking for protection from competition. We are asking for competition at fair prices,” she said.",
        "Not everyone is pleased. Logistics companies, which are building warehouses at a rapid pace around Antwerp and Liège, expect to pay more. The European Warehouse Users’ Alliance estimates racking prices could rise by 15% to 20%.",
        "China’s business lobby in Brussels, the China Chamber of Commerce to the EU, called the duties “unjustified and protectionist”.",
        "The duties are provisional and last six months. The Commission must decide on definitive measures by late February 2027.",
        "Chinese exporters and their customers in Europe can now comment on the provisional findings before the Commission makes its final decision. If definitive duties are imposed, they will normally apply for five years.",
    ],
    when=("none", ""),
    sidebar=("Watch next", [
        "Port of Antwerp-Bruges: container volumes up in first half",
        "Liège airport cargo record",
        "Interview: the future of Belgian steel",
    ]),
    related=("Zele factory fears for jobs as imports surge", "Antwerp logistics boom: 12 new warehouses planned",
             "Belgian steel: what the EU safeguard means"),
)


# --- Story 5: rk-AL5, rocket (CONTROL) -------------------------------------------------------

_RK1 = _page(
    MERIDIAN, "live/2026/09/09/vega-c-mosa-3-launch-kourou",
    "Live: Vega-C launches Luxembourg’s MOSA-3 radar satellite from Kourou",
    "Follow the night launch of Moselle Orbital’s third satellite, with a radar built in Charleroi, from Europe’s Spaceport in French Guiana. All times CEST (Luxembourg and Brussels).",
    "By Niels Jaspers",
    [
        ("update", "09:40 CEST",
         "Anne-Marie Weber, chief executive of Moselle Orbital, has been speaking to reporters in Munsbach after a night without sleep. “We have a healthy satellite and a very tired team,” she said. Engineers will now spend about three months testing the radar before first images are released, which the company expects in October. Commercial service is planned from December."),
        ("update", "05:15 CEST",
         "A word on the rocket. This was the seventh Vega-C flight since the launcher returned to service, and the second this year. Arianespace, which operates it, says the upper stage will now perform a final burn to lower its own orbit so that it re-enters the atmosphere within the 25 years required by European space-debris rules — in practice, much sooner."),
        ("update", "04:52 CEST",
         "Moselle Orbital confirms that both solar arrays are fully deployed and that the battery is charging. The radar antenna, which unfolds to nearly ten metres, will be deployed over the next few days. In Charleroi, where the radar was built by Sambre Aerospace, the engineers who stayed up to watch have started to go home."),
        ("update", "04:29 CEST",
         "Signal acquired! The ESA ground station at Redu, in the Belgian Ardennes, picked up MOSA-3 at 04:29 CEST (02:29 UTC), 18 minutes after separation. Telemetry shows the solar arrays deploying normally. Applause in the control room in Munsbach."),
        ("update", "04:11 CEST",
         "Separation confirmed. MOSA-3 has been released by the AVUM upper stage into a sun-synchronous orbit at 562 km, 57 minutes after liftoff. Now we wait for the first signal from the ground."),
        ("ad",),
        ("update", "03:24 CEST",
         "First, second and third stages have all done their job; the fairing came off on schedule. The AVUM upper stage is now carrying MOSA-3 through a coast phase, with two more burns to come."),
        ("update", "03:14 CEST",
         "LIFTOFF! Vega-C flight VV31 has left the pad at Kourou at 03:14 CEST — that is 01:14 UTC, and 22:14 on Tuesday evening local time in French Guiana."),
        ("update", "02:58 CEST",
         "Countdown is running and the weather is green. Tonight’s launch director reports upper-level winds well within limits — the same winds that forced the team to call off Monday evening’s attempt four minutes before liftoff."),
        ("update", "01:05 CEST",
         "A few numbers while we wait. MOSA-3 weighs 1,185 kg at launch, against 960 kg for its predecessor MOSA-2, which flew in 2023. It carries a synthetic-aperture radar built by Sambre Aerospace in Charleroi, which can image the ground through cloud and at night. The whole programme costs €214 million, including €38 million from the Luxembourg government and €21 million from Belgium through the European Space Agency."),
        ("update", "00:40 CEST",
         "Good evening — or rather good morning — and welcome to our live coverage. Liftoff is scheduled for 03:14 CEST on Wednesday 9 September. In Kourou it will still be Tuesday evening. We will follow the launch and the nervous wait for the first signal."),
    ],
    when=("meta", "2026-09-08T22:40:00Z"),
    sidebar=("Coming up in space", [
        "Ariane 6 flight VA268: telecoms satellite, October",
        "ESA ministerial follow-up meeting, Bremen, 25 November",
        "Vega-C flight VV32: Earth-observation pair, December",
    ]),
    related=("Who is Moselle Orbital?", "Redu: the Belgian village that talks to satellites",
             "Vega-C: Europe’s small launcher, explained"),
)

_RK2 = _page(
    LMP, "tech/2026/09/09/mosa-3-launch-moselle-orbital",
    "MOSA-3 in orbit: Moselle Orbital’s third satellite launched overnight",
    "The 1.2-tonne radar satellite lifted off from French Guiana in the early hours of Wednesday, Luxembourg time, after a one-day delay.",
    "By Laura Kieffer",
    [
        "Luxembourg’s third home-grown satellite is in orbit. MOSA-3, built and operated by Moselle Orbital of Munsbach, lifted off on a Vega-C rocket from Europe’s Spaceport in Kourou, French Guiana, at 3:14 a.m. Luxembourg time this morning — 10:14 p.m. on Tuesday in Kourou — and separated from the rocket’s upper stage 57 minutes later.",
        "At 4:29 a.m., the ESA tracking station at Redu in Belgium received the satellite’s first signal, prompting cheers from the 60 or so engineers who had gathered overnight in the company’s control room.",
        "“We have a healthy satellite and a very tired team,” chief executive Anne-Marie Weber told the Morning Post shortly before 10 a.m. “In a year when European launchers have had their difficulties, I will take a clean launch and a working radar.”",
        ("ad",),
        "The launch had been planned for Monday evening, Kourou time, but was called off four minutes before liftoff because of strong winds at high altitude. Tuesday evening’s attempt went through without a hitch.",
        "MOSA-3 weighs 1,185 kg and carries a synthetic-aperture radar, an instrument that bounces microwaves off the Earth’s surface and can therefore see through cloud and darkness. It will circle the Earth in a sun-synchronous orbit at an altitude of 562 km, passing over Luxembourg at the same local times each day. Its design life is seven years.",
        "The satellite is substantially larger than MOSA-2, a 960 kg spacecraft launched in 2023, and its radar has roughly twice the resolution, according to the company. Moselle Orbital sells the images to insurers, shipping companies and government agencies, which use them to monitor floods, oil spills and the movement of ice.",
        "The programme has cost €214 million. The Luxembourg government has contributed €38 million through its national space programme, and Belgium €21 million through the European Space Agency, reflecting the role of Sambre Aerospace in Charleroi, which built the radar.",
        "Luxembourg’s economy minister, Paul Reiter, who watched the launch from Munsbach, called it “proof that a small country can build a serious space industry”.",
        "The launch also matters for Europe’s launcher business. Vega-C was grounded for almost two years after a failure in December 2022, and each successful flight since its return has helped rebuild confidence among commercial customers, who have a growing choice of American launchers.",
        "Moselle Orbital, founded in 2016, employs 210 people, most of them in Luxembourg. Weber said the company was already in talks about a fourth satellite, but would not give a date. “Let us switch this one on first,” she said.",
        "The commissioning phase, during which engineers test every system and calibrate the radar, will last about three months. First images are expected in October, and commercial service is due to start in December.",
    ],
    when=("jsonld", "2026-09-09T15:30:00+02:00"),
    sidebar=("MOSA-3 in numbers", [
        "Launch mass: 1,185 kg",
        "Orbit: 562 km, sun-synchronous",
        "Design life: 7 years",
        "Programme cost: €214 million",
    ]),
    related=("Luxembourg space agency funds three start-ups", "Kirchberg tram extension opens",
             "Opinion: What Luxembourg gets from space"),
)

_RK3 = _page(
    RSI, "news/science/charleroi-radar-mosa-3-orbit",
    "Charleroi-built radar reaches orbit on Luxembourg satellite",
    "Sambre Aerospace’s engineers watched the night launch of MOSA-3 from Wallonia; the satellite’s first signal came through a Belgian ground station.",
    "RSI News, science desk",
    [
        "A radar designed and built in Charleroi is now orbiting the Earth. The instrument is the main payload of MOSA-3, a satellite operated by the Luxembourg company Moselle Orbital, which was launched on a European Vega-C rocket from French Guiana on Tuesday 8 September at 22:14 local time — in the early hours of Wednesday in Belgium.",
        "For the 140 engineers and technicians at Sambre Aerospace, who spent four years building the radar, it was a long night. Dozens of them gathered at the company’s site near the Charleroi airport to watch the launch on a big screen, and stayed until the first signal arrived.",
        "That signal came, fittingly, through Belgium. The European Space Agency’s station at Redu, in the province of Luxembourg, picked up MOSA-3 at 02:29 UTC, shortly after the satellite separated from the rocket.",
        "“It’s a strange feeling, building something for four years and then watching it leave on a rocket in the middle of the night,” said Olivier Dethier, Sambre Aerospace’s managing director. “Now we get to find out whether it works as well in space as it did in our clean room.”",
        ("ad",),
        "The satellite weighs about 1.2 tonnes and will orbit some 560 kilometres above the Earth, or roughly 350 miles. Its synthetic-aperture radar can take images through cloud and at night, which makes it useful for monitoring floods — an issue that became painfully familiar in Wallonia in 2021.",
        "Belgium contributed €21 million to the €214 million programme through the European Space Agency, an arrangement that guarantees Belgian companies a share of the work.",
        "Moselle Orbital’s chief executive, Anne-Marie C. Weber, told RSI the launch showed what the two countries could do together. “Three satellites in ten years, from a company of 210 people — and the radar that makes this one special was built in Charleroi,” she said.",
        "Redu, a village of a few hundred people on the Lesse plateau, has hosted an ESA tracking station since the late 1960s. Its antennas regularly support launches and satellites in orbit, and the station employs several dozen people, many of them from the surrounding villages. For them, picking up a satellite with a Walloon radar on board was a small moment of local pride.",
        "Monday’s first attempt was called off four minutes before liftoff because of high-altitude winds.",
        "Engineers will now spend about three months testing the satellite and calibrating the radar. The first images should be published in October.",
        "The Walloon economy minister’s office called the launch “a showcase for the region’s space sector”, which employs several thousand people across dozens of companies, most of them clustered around Liège and Charleroi.",
        "Sambre Aerospace says the contract has already helped it win new work: it is bidding to supply radar components for two ESA missions, and it plans to hire 25 more engineers next year.",
    ],
    when=("none", ""),
    sidebar=("Science on RSI", [
        "Podcast: the astronomers of Uccle",
        "Why Belgian beer yeast is going to the space station",
        "Listen: Evening Edition",
    ]),
    related=("Redu: 50 years of talking to satellites", "Walloon space companies win record ESA contracts",
             "2021 floods: five years on"),
)


# --- Story 6: eq-AL6, earthquake (3 PLANTED) -------------------------------------------------

_EQ1 = _page(
    CHBEN, "live/2026/11/15/earthquake-hainaut-frameries-mons",
    "Live: Magnitude 4.4 earthquake shakes Hainaut — damage in Frameries",
    "A shallow earthquake centred near Frameries, south-west of Mons, was felt as far away as Brussels and Lille. Follow the latest. All times CET.",
    "Channel Benelux news desk, with Élodie Hanquet in Frameries",
    [
        ("update", "16 Nov, 19:05 CET",
         "We are closing this live page. The governor of Hainaut, Patrick Demaret, said this evening that the province would ask the federal government to recognise the earthquake as a public calamity, which would open the regional disaster fund to homeowners. “People here did nothing wrong and should not have to fight their insurers alone,” he said. Thank you for following."),
        ("update", "16 Nov, 18:20 CET",
         "Latest figures from Frameries town hall: by 18:00, 186 damage reports had been filed. Fourteen homes have been declared uninhabitable and 39 residents have been rehoused, most of them with relatives and the rest in a sports hall on the rue de la Libération."),
        ("update", "16 Nov, 12:40 CET",
         "The Royal Observatory of Belgium says it had received 2,347 “did you feel it?” reports from the public by noon, from as far as Antwerp and northern France. In Frameries, the town hall now counts about 120 damage reports, and the number is still rising."),
        ("update", "16 Nov, 10:30 CET",
         "Thierry Moulaert, a seismologist at the Royal Observatory, has been explaining on our morning programme why the quake was felt so widely. “It was shallow, only about 7 km down, and the ground in the Borinage amplifies the shaking. A quake like this in the Alps would hardly make the news; here it damages chimneys,” he said."),
        ("update", "16 Nov, 08:15 CET",
         "Three schools in Frameries are closed today while engineers check the buildings. The town hall has opened a hotline; more than 60 damage reports had come in by 8 a.m."),
        ("ad",),
        ("update", "16 Nov, 03:30 CET",
         "An aftershock of magnitude 2.7 was recorded at 03:18. The observatory has now counted six aftershocks; none has caused further damage so far."),
        ("update", "16 Nov, 02:05 CET",
         "The provincial emergency services now say 11 people were slightly injured, mostly by falling plaster and roof tiles. Two are being kept overnight in hospital in Mons as a precaution."),
        ("update", "16 Nov, 00:50 CET",
         "The Royal Observatory of Belgium has confirmed a magnitude of 4.4 — revised down from the first automatic estimate of 4.6 — at a depth of 7 km. The epicentre was near Frameries, about 6 km south-west of Mons. At least seven people have minor injuries, according to the first reports from emergency services."),
        ("update", "16 Nov, 00:05 CET",
         "Nadia Lefebvre, the mayor of Frameries, tells us part of the bell tower of the Saint-Martin church has come down into the square. “I was in my kitchen and the whole house jumped. Then I heard the church,” she said. Nobody was in the square at the time."),
        ("update", "15 Nov, 23:58 CET",
         "A strong earthquake was felt across Hainaut at 23:42 tonight. Our viewers in Mons, Charleroi and even Brussels report windows rattling and objects falling from shelves. The first automatic estimate puts the magnitude at 4.6; we are waiting for confirmation from the Royal Observatory in Uccle."),
    ],
    when=("meta", "2026-11-15T22:58:00Z"),
    sidebar=("Earthquakes felt in Belgium this year", [
        "12 October: magnitude 2.3 near Hasselt",
        "3 June: magnitude 2.9 in the Eifel, Germany, felt in Eupen",
        "15 November: magnitude 4.4 near Frameries",
    ]),
    related=("What to do after an earthquake: advice from the emergency services", "Why does the ground shake in the Borinage?",
             "Insurance: are you covered for earthquake damage?"),
)

_EQ2 = _page(
    BPA, "belgium/2026/11/16/earthquake-southern-belgium-mons",
    "Magnitude 4.4 earthquake hits southern Belgium, 11 slightly hurt",
    "The quake, felt in Brussels and northern France, damaged a church tower and dozens of homes in the former coal-mining area around Mons.",
    "By Sofie Wauters, with Julien Masset in Mons",
    [
        "MONS, Belgium — An earthquake of magnitude 4.4 struck the province of Hainaut in southern Belgium late on Sunday, injuring 11 people slightly and damaging dozens of homes in the former mining towns around Mons, officials said.",
        "The quake hit at 23:42 local time (2242 GMT) at a depth of 7 km, according to the Royal Observatory of Belgium. Its epicentre was near Quaregnon, just west of Mons, in the Borinage, an area long known for small, shallow earthquakes.",
        "It was felt across much of Wallonia and in Brussels, about 60 km to the north-east, as well as in Lille and Valenciennes across the French border. The observatory’s first automatic estimate had put the magnitude at 4.6 before seismologists revised it.",
        "“This is a significant event for Belgium, though a modest one by world standards,” said Thierry Moulaert, a seismologist at the observatory in Uccle. “The Borinage has a history of shallow earthquakes, and because they are shallow they are felt strongly for their size.”",
        ("ad",),
        "Eleven people were treated for minor injuries, most of them hit by falling plaster or roof tiles, the provincial emergency services said. Two were kept in hospital in Mons overnight as a precaution.",
        "In Frameries, part of the bell tower of the Saint-Martin church collapsed into the square in front of it. Mayor Nadia Lefebvre said nobody had been hurt there. “If this had happened on a Saturday afternoon, with the market, I don’t want to think about it,” she said.",
        "Firefighters were called to dozens of addresses overnight to deal with fallen chimneys and cracked walls. Three schools in Frameries will stay closed on Monday while the buildings are inspected.",
        "The observatory recorded six aftershocks by early Monday, the largest of magnitude 2.7 at 03:18 (0218 GMT).",
        "Moulaert said the probability of a larger quake in the coming days was low but not zero. “Most sequences like this die away within a week. We will keep watching,” he said.",
        "Rail traffic between Mons and Brussels was halted for about an hour overnight while track inspectors checked bridges along the line, the railway infrastructure manager said. No damage was found, and trains were expected to run normally on Monday.",
        "The interior ministry said its crisis centre had been in contact with the province through the night, and that the civil protection service had sent a team with lighting and shoring equipment to Frameries. Residents were advised to stay away from damaged buildings and to report cracks to their municipality.",
        "Belgium experiences several small earthquakes each year, but few are strong enough to cause damage. The Borinage, where coal was mined for centuries, sits on a network of ancient faults at the northern edge of the Ardennes massif.",
    ],
    when=("jsonld", "2026-11-16T06:10:00Z"),
    sidebar=("Most read", [
        "Brussels metro line 3: new delay announced",
        "Anderlecht coach sacked after cup exit",
        "Petrol prices fall for fourth week",
    ]),
    related=("Belgian interior minister to visit quake zone", "Earthquakes in Belgium: a short history",
             "Insurers open hotline for quake damage"),
)

_EQ3 = _page(
    LEDGER, "belgium/2026/11/17/frameries-earthquake-aftermath",
    "After the quake, Frameries counts the cost",
    "Sunday night’s magnitude 4.4 earthquake left 14 homes uninhabitable and a church without its bell tower. Seismologists say the region should prepare for more.",
    "By Hélène Dufrasne and Karim Benali",
    [
        "Two days after the strongest earthquake to hit Belgium in years, the people of Frameries are still sweeping up. By Monday evening the town hall had registered 168 damage reports, from cracked plaster to collapsed garden walls, and engineers had declared 14 homes uninhabitable.",
        "The earthquake struck at 23:42 on Sunday night. The Royal Observatory of Belgium measured its magnitude at 4.4 and located the epicentre near Frameries, about 6 km south-west of Mons, at a shallow depth of 7 km. It was felt in Brussels, in Lille and as far north as Antwerp; the observatory received more than 2,300 reports from members of the public.",
        "Eleven people were slightly injured. Thirty-nine residents whose homes are unsafe have been rehoused, most of them with family.",
        ("ad",),
        "The most striking damage is in the centre of the town, where part of the bell tower of the Saint-Martin church fell into the square. The mayor, Nadia Lefebvre, said yesterday that the church would remain closed “for months, not weeks”. “We will rebuild it. It has survived two wars; it is not going to be finished off by an earthquake,” she said.",
        "Thierry Moulaert, a seismologist at the Royal Observatory in Uccle, said the earthquake had occurred on one of several old faults beneath the Borinage. “People think of Belgium as a country without earthquakes, and it is true that they are rare. But the Borinage and the area around Liège have produced damaging ones before, and they will again,” he said. Six aftershocks followed, the largest of magnitude 2.7 in the early hours of Monday.",
        "The question now is who pays. Hainaut’s governor, Patrick Demaret, has asked the federal government to recognise the earthquake as a public calamity, which would allow homeowners without adequate insurance to claim from the regional disaster fund. Insurers say most standard home policies in Belgium cover earthquake damage, but that excesses will leave many households out of pocket.",
        "At the sports hall on the rue de la Libération, where a handful of families spent Sunday and Monday nights, volunteers were serving soup yesterday. Jean-Marc Dupuis, 67, whose house on the edge of town lost its chimney and part of its gable, said he had lived through the last big tremor in the region as a young man. “This one was stronger. The dog knew before we did,” he said.",
        "Insurers have set up a joint hotline and say assessors will begin visiting homes this week. Assuralia, the insurers’ federation, urged policyholders to photograph the damage before clearing anything away and to keep receipts for emergency repairs.",
        "Engineers from the province will continue inspections this week. Three schools closed on Monday; two reopened today, and the third will stay shut until its roof has been checked.",
    ],
    when=("line", "17 November 2026"),
    sidebar=("The earthquake in figures", [
        "Magnitude: 4.4",
        "Depth: 7 km",
        "Injured: 11",
        "Homes declared uninhabitable: 14",
        "Aftershocks: 6 (largest 2.7)",
    ]),
    related=("Editorial: Belgium must take earthquake risk seriously", "How to check your home insurance",
             "Mons: Christmas market to go ahead"),
)

_EQ4 = _page(
    HERALD, "borinage/frameries-earthquake-residents-night",
    "‘The whole street came out in their pyjamas’: Frameries after the earthquake",
    "Residents describe the night the ground shook, as the town counts its damage and the church awaits the engineers.",
    "By Sandrine Wauthier",
    [
        "It was a quiet Sunday evening in Frameries until 23:24, when the ground began to shake. For a few seconds that felt far longer, furniture slid, glasses fell from shelves and, in the town’s main square, part of the bell tower of the Saint-Martin church crashed onto the cobbles.",
        "The earthquake, of magnitude 4.4 according to the Royal Observatory of Belgium, was centred near Frameries itself, about 6 km south-west of Mons, and only 7 km below the surface. That shallow depth, seismologists say, is why it was felt so strongly in the Borinage, and why it was noticed as far away as Brussels.",
        "“The whole street came out in their pyjamas,” said Fatima Ouali, who lives on the rue des Alliés. “Nobody wanted to go back inside. We stood there for an hour, talking, waiting to see if it would happen again.”",
        "It did, several times, though more gently. The observatory counted six aftershocks overnight, the largest of magnitude 2.7 shortly after three in the morning.",
        ("ad",),
        "By Monday evening the town hall had received 186 damage reports. Most concern cracked walls, broken windows and fallen chimneys, but engineers have declared 14 houses uninhabitable. Thirty-nine people have been rehoused, and the municipality has opened the sports hall on the rue de la Libération for those with nowhere else to go.",
        "Mayor Nadia Lefebvre spent Monday visiting damaged streets with the province’s engineers. “Every house we visit has a story. Some people lost a chimney, some lost the wall of a bedroom, and some lost the feeling that their home was safe. That last one is the hardest to fix,” she said.",
        "Eleven people were slightly injured, most by falling debris. Two spent the night in hospital in Mons and were released on Monday afternoon.",
        "At the Saint-Martin church, parish volunteers have fenced off the square. The tower, built in the 19th century, will need to be partly dismantled before it can be repaired. The parish priest, Father Bernard Lemaire, said a collection for the repairs would begin next Sunday. “The church has been the centre of this town for a long time. It will be again,” he said.",
        "The governor of Hainaut, Patrick Demaret, has asked the federal government to recognise the earthquake as a public calamity, which would give residents access to the regional disaster fund.",
        "Older residents remember the mine subsidence and the small tremors that were once part of life in the Borinage. But few can recall anything like Sunday night. “I am 81, and I have never felt the ground move like that,” said Marcelle Ghislain, whose kitchen ceiling partly collapsed. “My late husband worked underground for 30 years. He would have had something to say about it.”",
        "The earthquake struck late on Sunday 15 November. Schools in Frameries were closed on Monday; the province says most should reopen this week.",
    ],
    when=("none", ""),
    sidebar=("Around the Borinage", [
        "Saint-Ghislain: council approves new library",
        "Boussu: Christmas lights switched on this Friday",
        "Colfontaine: football club celebrates centenary",
    ]),
    related=("Frameries: how to report damage to your home", "Photos: the Saint-Martin church tower",
             "Mons hospital thanks staff after busy night"),
)


STORIES = [
    {"id": "cb-AL1", "part": "AL", "domain": "central bank", "fetched": "2026-06-24",
     "articles": [_CB1, _CB2, _CB3, _CB4], "planted": []},
    {"id": "el-AL2", "part": "AL", "domain": "election", "fetched": "2026-02-02",
     "articles": [_EL1, _EL2, _EL3, _EL4],
     "planted": [
         ("Okonek's second-round vote count", r"\b372\b", r"\b327\b"),
         ("weekday of the vice-president vote", r"\bwednesday\b|2026-01-21", r"\bthursday\b|2026-01-22"),
         ("Dewaele's committee chair role", r"petitions committee", r"transport committee"),
     ]},
    {"id": "ct-AL3", "part": "AL", "domain": "court", "fetched": "2026-05-06",
     "articles": [_CT1, _CT2, _CT3], "planted": []},
    {"id": "tr-AL4", "part": "AL", "domain": "trade", "fetched": "2026-07-22",
     "articles": [_TR1, _TR2, _TR3],
     "planted": [
         ("Hualun Storage Systems' duty rate", r"\b34\.8\b", r"\b38\.4\b"),
         ("ESEMA director general's surname", r"\bvanhoutteghem\b", r"\bvanhouteghem\b"),
         ("date the provisional duties apply from", r"2026-07-10|\b10 july\b", r"2026-07-11|\b11 july\b"),
     ]},
    {"id": "rk-AL5", "part": "AL", "domain": "rocket", "fetched": "2026-09-21",
     "articles": [_RK1, _RK2, _RK3], "planted": []},
    {"id": "eq-AL6", "part": "AL", "domain": "earthquake", "fetched": "2026-11-27",
     "articles": [_EQ1, _EQ2, _EQ3, _EQ4],
     "planted": [
         ("local time of the earthquake", r"\b23[:.h]42\b|\b11[:.]42\b", r"\b23[:.h]24\b|\b11[:.]24\b"),
         ("place of the epicentre", r"frameries", r"quaregnon"),
         ("damage reports by Monday evening", r"\b186\b", r"\b168\b"),
     ]},
]
