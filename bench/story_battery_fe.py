"""Story battery, part FE — Southeast Asia (Indonesia, Malaysia, Vietnam, Thailand, the Philippines), events in 2026.

Written by engineer FE1 on 2026-12-07 for the twenty-seventh batch, a precision batch: most of the
differences between the outlets below are legitimate variation that a careful editor would accept,
and only the planted items are real contradictions. All outlets, reporters, companies, most
officials and all figures are invented; real institutions and places are used as settings only.

cb-FE1 (central bank) — Bank Indonesia cuts the BI-Rate by 25 bp to 4.25% on Thursday 17 September
2026 after the 16–17 September Board of Governors' meeting. CONTROL (no planted disagreement).
Outlets: Meridian Wire (wire, JSON-LD), The Jakarta Ledger (newspaper, article:published_time meta),
AsiaRates Monitor (specialist rates note, no machine-readable date). Traps: old vs new rate (4.50%
vs 4.25%) and the May cut (4.75% to 4.50%); deposit/lending facility rates (3.50%/5.00%) that look
like policy rates; 4.25% vs "4.25 percent"; announcement at 0730 GMT vs "2.30pm Jakarta time"; two
different polls (17 of 30 economists vs 8 of 12 analysts); rupiah 16,360 half an hour after the
decision vs 16,385 at the close vs "around 16,400"; Rp 80 trillion vs $4.89 billion vs "roughly
US$4.9bn"; growth projection old vs new range; inflation actual 2.1% vs core 2.3% vs the 1.5–3.5%
target; real rate ~2.15%; SRBI yield 5.31% and 10-year yield 6.18% (different measures); analysts'
forecasts of one more cut (December vs October) vs the actual; Governor "Hendra Kusumawardana" vs
"Hendra"; "Senior Deputy Governor Ratna Dewi Sulistyowati" vs "Ratna Sulistyowati"; two different
chief/Asia economists; the Governor's quote in two translations and the easing quote paraphrased;
sidebars with other central banks' rates (Philippines 4.50%, Malaysia 2.75%) and older rupiah
levels.

el-FE2 (election) — Melaka (Malaysia) state election on Saturday 16 May 2026; Barisan Sejahtera
keeps power with 17 of 28 seats (Gerakan Harapan Baru 9, Angkatan Rakyat Melaka 2); Chief Minister
Azman Hakimi Yusof sworn in on Sunday 17 May at 5.20pm. CONTROL (no planted disagreement). Outlets:
PBN News (broadcaster live page with timestamps, meta date), Selat News Agency (wire, JSON-LD in
UTC), The Melaka Mail (local paper, no machine-readable date), Pollwatch Asia (specialist analysis,
meta date). Traps: partial tallies over the night (8 seats at 9.30pm, 15 of 23 at 11.05pm, final 17
at 1.40am); 2021 result 21 seats and 2021 turnout as background; simple majority 15 vs two-thirds
19; turnout 52.6% at 3pm vs "about 68%" provisional vs final 68.43%; registered voters 512,473 vs
"more than 512,000"; Duyong majority 212 before a recount vs 207 after; vote share 46.8% vs seat
share; "caretaker Chief Minister" before vs "Chief Minister" after the swearing-in; "Datuk Seri
Azman Hakimi Yusof" vs "Azman"; swearing-in scheduled for 5pm vs held at 5.20pm; polls closing at
6pm vs 1000 GMT; early voting on Tuesday vs polling on Saturday; federal election deadline; the
Chief Minister's and the opposition leader's quotes in slightly different wordings; EC state
director vs EC national figures.

ct-FE3 (court) — On Thursday 16 July 2026 a special five-member division of the Sandiganbayan
(Quezon City), voting 4-1, convicts former Camarines Norte governor Rogelio Dimaculangan Tuazon of
plunder (reclusion perpetua) and four counts of graft. PLANTED (3): (1) the vote — Kapuluan TV says
"unanimously ... 5-0" against 4-1 elsewhere; (2) the surname — The Manila Courier spells it "Tuason"
against "Tuazon"; (3) the title of the justice who wrote the decision — Bench & Bar Digest calls
Maria Celeste Villaraza-Bautista "Presiding Justice" against Associate Justice and chairperson of
the Third Division elsewhere. Outlets: Archipelago News Agency (wire, JSON-LD), Kapuluan TV News
(broadcaster updates page, meta date), The Manila Courier (newspaper, no machine-readable date),
Bench & Bar Digest (legal specialist, meta date). Traps: ₱312.6 million alleged vs ₱287.4 million
proven vs ₱251 million forfeited plus ₱36.4 million to pay vs "about $5 million"; reclusion perpetua
vs "up to 40 years" vs "20 years and one day to 40 years"; graft terms "six to 10 years" vs "six
years and one month to 10 years"; the regular three-member Third Division vs the special division of
five; co-accused convicted of graft only vs the contractor acquitted (one outlet does not name her);
the ₱50 million plunder threshold; 2:00 p.m. vs 0600 GMT; Quezon City court vs Quezon City Jail
annex vs New Bilibid Prison in Muntinlupa; names with and without middle names or initials; current
governor vs former governor; background dates (charges 2023, surrender March 2024, terms 2016–2025);
the defendant's and prosecutor's quotes in slightly different wordings.

tr-FE4 (trade) — Thailand's Commerce Ministry reports on Tuesday 24 November 2026 that October
exports rose 11.6% year on year in dollar terms to $29.36 billion. PLANTED (3): (1) the October
export growth — ASEAN Trade Ledger gives 16.1% against 11.6%; (2) the release weekday — Bangkok
Morning Standard says Thursday against Tuesday; (3) the market where exports jumped 24.5% — TBC
Online says Japan against the United States. Outlets: Pan-Asia Newswire (wire, JSON-LD), TBC Online
(business broadcaster, meta date), Bangkok Morning Standard (newspaper, no machine-readable date),
ASEAN Trade Ledger (specialist data site, meta date). Traps: dollar-terms 11.6% vs baht-terms 6.8%
(954.3 billion baht); core exports ex-gold/oil/arms 9.0%; Jan–Oct 8.3%; poll forecast 7.9% vs
actual; September 5.2% revised from 4.9%; surplus $648 million vs "about $650 million" vs "$0.65
billion" vs 21.1 billion baht; imports 14.2%; forecasts old vs new (4–5% to 7–8%) and the shippers'
council's 6.5%; rice −21.0% by value vs −18.5% by volume; other markets (China 5.1%, EU 7.7%,
ASEAN-5 −2.3%, CLMV 3.4%); TPSO director-general vs ministry permanent secretary (different people,
similar roles); briefing at 10.30am; Q3 GDP 2.1% and Indonesia's 4.4% as background; the TPSO
chief's quote in slightly different wordings.

rk-FE5 (rocket) — Indonesia's BRIN flies the two-stage RX-560 sounding rocket from the Pameungpeuk
launch station (Garut, West Java) on Thursday 22 October 2026 at 9:42 a.m. WIB (0242 GMT) to an
apogee of 118 km; the payload module is recovered by a navy patrol boat. PLANTED (3): (1) the launch
time — GNTV says 8:42 a.m. WIB against 9:42; (2) the launch site — The Java Tribune places it on
Biak island in Papua against Pameungpeuk/Garut; (3) the fate of the payload module — Orbital Asia
Review says it sank and was lost at sea against recovered. Outlets: Equator Press Agency (wire,
JSON-LD), GNTV (broadcaster updates page, meta date), The Java Tribune (newspaper, no
machine-readable date), Orbital Asia Review (specialist, meta date). Traps: 118 km vs 73 miles;
target 120 km vs achieved; first flight's 76 km (December 2025) as background; 164 km vs 102 miles
downrange; first stage falling 30 km offshore (not retrieved, by design); a scrubbed attempt on
Tuesday vs the launch on Thursday; local time vs GMT/UTC; recovery at 12:15 vs "about two and a half
hours after launch"; the 100 km Kármán line; Mach 5.8 vs "roughly 6,900 km/h"; "Wahyu Setiawan
Nugroho" vs "Wahyu Nugroho"; "flight director Dewi Anggraeni Putri" vs "Dewi Anggraeni"; Morotai
spaceport study; Kartika I in 1964; budget Rp 412 billion vs "about US$25 million"; the ORPA head's
quote in slightly different wordings.

eq-FE6 (earthquake) — An offshore earthquake strikes near Guiuan, Eastern Samar (Philippines) at
2:17 a.m. on Sunday 8 March 2026 (18:17 UTC on Saturday 7 March). CONTROL (no planted disagreement).
Outlets: Pacific Rim Press (wire, JSON-LD dated in UTC on 7 March), Radyo Silangan News (local
broadcaster live page, meta date), Philippine Sentinel (national newspaper, no machine-readable
date), SeismoAsia (specialist, meta date). Traps: preliminary magnitude 6.9 vs revised 6.7
(PHIVOLCS) vs 6.5 (USGS); depth 12 km (PHIVOLCS) vs 28 km / 28.4 km / 17.6 miles (USGS); epicentre
23 km NE (PHIVOLCS) vs 36 km / 22 miles ENE (USGS); local date/time vs UTC date/time across
midnight; a death toll growing with publication times (2 at 6 a.m., provincial 9 at 11:20 a.m. vs
national council 7 at noon, 12 at 6 p.m., 14 on Monday 6 a.m.) and injured/missing counts likewise;
aftershocks 214 / 487 / 731 at different times; families vs people in evacuation centres, Sunday vs
Monday; tsunami wave 0.3 m vs 30 centimetres vs 1 ft; intensities by town; Tacloban "about 80 km (50
miles)"; NDRRMC spokesperson vs Office of Civil Defense spokesperson (same person); "Annaliza
Obregon Cabahug" vs "Annaliza Cabahug"; "Ramil T. Galvez" vs "Ramil Galvez"; the mayor's quote in
slightly different wordings; Typhoon Haiyan/Yolanda (2013) and the M7.6 Samar quake (2012) as
background.
"""

from __future__ import annotations

import html
import json

_COOKIE = (
    "We use cookies and similar technologies to personalise content and ads, to provide "
    "social media features and to analyse our traffic. You can change your choices at any "
    "time under Privacy settings."
)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _host(url: str) -> str:
    return url.split("/")[2]


def _body(body: list) -> str:
    out = []
    for item in body:
        if isinstance(item, tuple):
            stamp, heading, text = item
            out.append(
                '<div class="live-entry">'
                f'<span class="live-time">{_e(stamp)}</span>'
                f"<h3>{_e(heading)}</h3><p>{_e(text)}</p></div>"
            )
        elif item.startswith("## "):
            out.append(f"<h2>{_e(item[3:])}</h2>")
        else:
            out.append(f"<p>{_e(item)}</p>")
    return "\n".join(out)


def _list(items: list[str], tag: str = "ul") -> str:
    lis = "".join(f'<li><a href="#">{_e(x)}</a></li>' for x in items)
    return f"<{tag}>{lis}</{tag}>"


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
    date_text: str,
    body: list,
    caption: str,
    related: list[str],
    most_read: list[str] | None = None,
    authors: list[str] | None = None,
    published: str | None = None,
    modified: str | None = None,
    date_style: str | None = None,
    newsletter: str = "Get the day's top stories in your inbox every morning.",
    cookie: str = _COOKIE,
    footer_note: str = "",
    live: bool = False,
) -> str:
    """Build a whole page; date_style is "jsonld", "meta", "both" or None (no machine date)."""
    host = _host(url)
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<link rel="canonical" href="{_a(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://{host}/media/lead.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="stylesheet" href="https://{host}/static/css/site.css">',
    ]
    if date_style in ("meta", "both") and published:
        head.append(f'<meta property="article:published_time" content="{published}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{modified}">')
        head.append(f'<meta property="article:section" content="{_a(section)}">')
    if date_style in ("jsonld", "both") and published:
        data: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published,
            "mainEntityOfPage": url,
            "image": [f"https://{host}/media/lead.jpg"],
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo.png"},
            },
        }
        if modified:
            data["dateModified"] = modified
        if authors:
            data["author"] = [{"@type": "Person", "name": n} for n in authors]
        blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{blob}</script>')
    if date_style and published:
        when = f'<time datetime="{published}">{_e(date_text)}</time>'
    else:
        when = f'<span class="date">{_e(date_text)}</span>'
    nav_html = "".join(f'<li><a href="/{_a(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>'
                       for n in nav)
    live_badge = '<span class="badge live">LIVE</span>' if live else ""
    note = f"<p>{_e(footer_note)}</p>\n" if footer_note else ""
    most = ""
    if most_read:
        most = f'<aside class="most-read"><h3>Most read</h3>{_list(most_read, "ol")}</aside>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{_e(cookie)}</p>
<button type="button">Accept all</button> <button type="button">Reject non-essential</button>
<a href="/privacy-settings/">Privacy settings</a>
</div>
<header class="site-header">
<a class="logo" href="https://{host}/">{_e(site)}</a>
<nav aria-label="Main navigation"><ul>{nav_html}</ul></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="Search">
<button type="submit">Search</button></form>
<a class="subscribe" href="/subscribe/">Subscribe</a> <a class="login" href="/login/">Sign in</a>
</header>
<main id="main">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="#">{_e(section)}</a></nav>
<article class="story">
<header class="story-header">
{live_badge}<span class="kicker">{_e(section)}</span>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="story-meta"><span class="byline">{_e(byline)}</span> {when}</div>
<div class="share-tools"><span>Share this article</span>
<a href="#" class="share fb">Facebook</a> <a href="#" class="share x">X</a>
<a href="#" class="share wa">WhatsApp</a> <a href="#" class="share li">LinkedIn</a>
<a href="#" class="share mail">Email</a> <button type="button">Copy link</button></div>
</header>
<figure class="lead-image"><img src="https://{host}/media/lead.jpg" alt="{_a(caption)}">
<figcaption>{_e(caption)}</figcaption></figure>
<section class="article-body">
{_body(body)}
</section>
<div class="story-footer"><a href="/corrections/">Report an error</a> |
<a href="/standards/">Our editorial standards</a></div>
</article>
<aside class="newsletter-box"><h3>Newsletter</h3><p>{_e(newsletter)}</p>
<form><input type="email" placeholder="Your email address"><button type="submit">Sign up</button>
</form></aside>
<aside class="related"><h3>Related</h3>{_list(related)}</aside>
{most}
</main>
<footer class="site-footer">
<ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li>
<li><a href="/advertise/">Advertise</a></li><li><a href="/privacy/">Privacy policy</a></li>
<li><a href="/terms/">Terms of use</a></li><li><a href="/careers/">Careers</a></li></ul>
{note}<p>&copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# cb-FE1 — Bank Indonesia rate decision (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = _page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/asia/indonesia-central-bank-cuts-rate-to-425-2026-09-17/",
    title="Indonesia's central bank cuts rate to 4.25% in second easing of year | Meridian Wire",
    description=(
        "Bank Indonesia lowered its benchmark rate by 25 basis points, citing low inflation."
    ),
    section="Markets",
    nav=["World", "Business", "Markets", "Asia", "Commodities", "Technology"],
    headline="Indonesia's central bank cuts rate to 4.25% in second easing of year",
    standfirst="Bank Indonesia lowered its benchmark rate by 25 basis points on Thursday, "
    "citing low inflation and the need to support growth.",
    byline="By Sari Anggraini and Tom Whitcombe",
    authors=["Sari Anggraini", "Tom Whitcombe"],
    date_text="September 17, 2026 7:58 AM GMT · Updated 9:41 AM GMT",
    published="2026-09-17T07:58:00+00:00",
    modified="2026-09-17T09:41:00+00:00",
    date_style="jsonld",
    body=[
        "JAKARTA, Sept 17 (Meridian) - Bank Indonesia cut its benchmark interest rate by a "
        "quarter of a percentage point on Thursday, its second reduction this year, saying low "
        "inflation gave it room to support growth in Southeast Asia's largest economy while the "
        "rupiah remained broadly stable.",
        "The central bank lowered the BI-Rate to 4.25% from 4.50% at the end of a two-day meeting "
        "of its board of governors. It also cut the deposit facility rate to 3.50% and the "
        "lending facility rate to 5.00%, each by 25 basis points, leaving the width of the "
        "corridor around the policy rate unchanged.",
        "Seventeen of 30 economists polled by Meridian last week had predicted a cut, while the "
        "other 13 expected the bank to stay on hold for a fourth consecutive meeting. The "
        "previous reduction came in May, when the rate was lowered to 4.50% from 4.75%.",
        "“This decision is consistent with the low inflation outlook for 2026 and 2027, maintains "
        "the stability of the rupiah in line with its fundamentals, and supports stronger "
        "economic growth,” Governor Hendra Kusumawardana told a news conference that began at "
        "0730 GMT.",
        "Annual inflation eased to 2.1% in August from 2.4% in July, data from Statistics "
        "Indonesia showed earlier this month, well inside the central bank's target range of 1.5% "
        "to 3.5%. Core inflation, which strips out volatile food and administered prices, stood "
        "at 2.3%.",
        "Gross domestic product grew 5.12% year on year in the April-June quarter. Bank Indonesia "
        "said it now expected growth of 4.7% to 5.5% for the full year, compared with its "
        "previous projection of 4.6% to 5.4%, helped by government spending and a pickup in "
        "household consumption.",
        "The rupiah was 0.2% weaker at 16,360 per dollar at 0805 GMT, little changed from its "
        "level just before the announcement, while Indonesia's main stock index extended early "
        "gains. Government bond yields slipped across the curve.",
        "“The bank had a window and it used it,” said Marlina Sasmita, chief economist at Bank "
        "Cakrawala Nusantara in Jakarta. “With inflation this low, real rates were starting to "
        "look too tight for an economy growing at around 5%. I expect one more cut this year, "
        "most likely in December.”",
        "Hendra said the central bank still saw scope to ease further but stressed that it would "
        "move carefully given volatility in global markets. “We still see room for further "
        "easing, but the timing will depend on global conditions and the stability of the "
        "rupiah,” he said.",
        "Alongside the rate decision, Bank Indonesia said it would expand its macroprudential "
        "liquidity incentive, which lowers reserve requirements for banks that lend to priority "
        "sectors such as housing, agriculture and small businesses, by 80 trillion rupiah ($4.89 "
        "billion).",
        "Bank lending grew 8.4% year on year in August, slowing from 8.9% in July and sitting at "
        "the bottom of the central bank's target range of 8% to 11% for this year. Officials have "
        "repeatedly urged commercial banks to pass lower policy rates on to borrowers more "
        "quickly.",
        "Thursday's cut brings the total reduction since Bank Indonesia began its easing cycle in "
        "September 2024 to 200 basis points. Policymakers paused from late 2025 until May this "
        "year as the rupiah came under pressure from a strong dollar and outflows from emerging "
        "markets.",
        "The board's next policy meeting is scheduled for Oct. 20-21.",
        "(Reporting by Sari Anggraini and Tom Whitcombe; Writing by Tom Whitcombe; Editing by "
        "Priya Raman)",
    ],
    caption="Bank Indonesia headquarters in Jakarta. Photo: Meridian/Adi Nugraha",
    related=[
        "Malaysia's central bank holds overnight policy rate at 2.75%",
        "Philippine central bank cuts key rate to 4.50%, signals pause",
        "Rupiah hits four-month low of 16,520 on Fed jitters (Sept 2)",
        "Indonesia's August exports rise 6.3%, trade surplus narrows to $2.9 billion",
    ],
    most_read=[
        "Bank Indonesia seen cutting to 4.00% by year-end - poll (Sept 10)",
        "Oil falls 2% as OPEC+ weighs output hike",
        "Nickel producers brace for 12% export levy",
    ],
    newsletter="Sign up for Asia Markets Daily: the morning briefing on rates, FX and stocks.",
    footer_note="All quotes delayed a minimum of 15 minutes.",
)

_CB_PAPER = _page(
    site="The Jakarta Ledger",
    url="https://www.jakartaledger.example/business/2026/09/17/bi-trims-key-rate-again-as-inflation-stays-tame.html",
    title="BI trims key rate again as inflation stays tame, rupiah slips - The Jakarta Ledger",
    description="Bank Indonesia cut the BI-Rate to 4.25 percent and widened liquidity incentives.",
    section="Business",
    nav=["News", "Business", "Markets", "Opinion", "Jakarta", "Lifestyle", "E-paper"],
    headline="BI trims key rate again as inflation stays tame, rupiah slips",
    standfirst="The central bank cut the BI-Rate to 4.25 percent and pledged Rp 80 trillion in "
    "extra liquidity incentives for banks that lend to priority sectors.",
    byline="Fikri Ramadhan",
    date_text="Thursday, September 17, 2026 | 19:10 WIB",
    published="2026-09-17T19:10:00+07:00",
    date_style="meta",
    body=[
        "Bank Indonesia (BI) lowered its policy rate for the second time this year on Thursday, "
        "betting that subdued inflation and a steadier rupiah give it room to nudge the economy "
        "along without unsettling financial markets.",
        "The central bank's Board of Governors cut the BI-Rate by 25 basis points to 4.25 percent "
        "after a two-day meeting in Jakarta. The deposit facility rate was lowered to 3.5 percent "
        "and the lending facility rate to 5 percent.",
        "BI Governor Hendra Kusumawardana said the move was in line with the bank's forecast that "
        "inflation would remain low through next year. “The decision is consistent with the low "
        "inflation forecast for 2026 and 2027, keeps the rupiah stable in line with its "
        "fundamentals and helps lift economic growth,” Hendra said at a press conference on "
        "Thursday afternoon, speaking in Indonesian.",
        "Of 12 economists and analysts surveyed by The Jakarta Ledger earlier this week, eight "
        "had predicted a cut. The rest expected BI to wait until October to see how global "
        "markets settled.",
        "The rupiah ended the day 0.3 percent weaker at Rp 16,385 per US dollar in spot trading, "
        "while the Jakarta Composite Index (JCI) rose 0.8 percent to 8,412, led by banking and "
        "property stocks.",
        "Senior Deputy Governor Ratna Dewi Sulistyowati said BI would add Rp 80 trillion to its "
        "macroprudential liquidity incentive, which allows banks that lend to priority sectors to "
        "hold lower reserves at the central bank. “We want the cut in the policy rate to reach "
        "households and small businesses, not just stay in the money market,” she said.",
        "That transmission has been slow. The average interest rate on working capital loans fell "
        "to 8.71 percent in July from 8.94 percent a year earlier, BI data show, a far smaller "
        "decline than the 75 basis points of policy easing delivered over the same period.",
        "Bank lending growth slowed to 8.4 percent in August, at the low end of BI's 8 to 11 "
        "percent target for the year.",
        "Marlina Sasmita, chief economist at Bank Cakrawala Nusantara, said BI had acted while "
        "conditions allowed. “Inflation is low and the rupiah is calm for now, so this was the "
        "right moment,” she said. “The question is whether banks will actually lower their "
        "lending rates.”",
        "Yohanes Liem, an economist at the Institute for Fiscal and Monetary Studies, was more "
        "cautious. “Cutting now leaves less ammunition if the rupiah comes under pressure again, "
        "as it did late last year,” he said, referring to the weeks in late 2025 when the "
        "currency weakened past Rp 16,800 per dollar.",
        "Employers welcomed the move. Santoso Widjaja, deputy chairman of the Indonesian "
        "Employers Association (Apindo), said lower borrowing costs would help labor-intensive "
        "industries such as textiles and footwear, which have been hit by weak export orders. "
        "“Every basis point matters when margins are this thin,” he said.",
        "BI now projects economic growth of 4.7 to 5.5 percent this year, up from 4.6 to 5.4 "
        "percent previously. The economy expanded 5.12 percent in the second quarter, while "
        "annual inflation stood at 2.1 percent in August.",
        "The cut was BI's second of 2026 after a 25-basis-point reduction in May, and brings "
        "cumulative easing since September 2024 to 200 basis points. The next Board of Governors "
        "meeting is scheduled for Oct. 20 and 21.",
    ],
    caption="Governor Hendra Kusumawardana (center) at the press conference in Jakarta on "
    "Thursday. (JL/Wisnu Prabowo)",
    related=[
        "Apindo warns of 40,000 textile layoffs by year-end",
        "JCI tops 8,300 for first time since March",
        "Rice prices up 4.6 percent ahead of harvest gap",
        "Minimum wage 2027: unions demand 8.5 percent rise",
    ],
    most_read=[
        "Toll road tariffs to rise in 14 sections from Oct. 1",
        "Jakarta MRT phase 3 tender delayed to 2027",
    ],
    newsletter="Morning Ledger: Indonesia's business news before the market opens.",
    cookie="This site uses cookies. By continuing to browse, you agree to our use of cookies.",
)

_CB_NOTE = _page(
    site="AsiaRates Monitor",
    url="https://asiaratesmonitor.example/notes/bank-indonesia-25bp-cut-corridor-and-what-next",
    title=(
        "Bank Indonesia: a 25bp cut, a hint of more, and what the corridor says | AsiaRates "
        "Monitor"
    ),
    description="Our take on Bank Indonesia's September decision and the outlook for the BI-Rate.",
    section="Rates notes",
    nav=["Notes", "Central banks", "FX", "Bonds", "Calendar", "About"],
    headline="Bank Indonesia: a 25bp cut, a hint of more, and what the corridor says",
    standfirst="The BI-Rate is now 4.25%. The currency, not inflation, is the binding "
    "constraint on how much further Bank Indonesia can go.",
    byline="By Elena Marsh, Senior Rates Strategist",
    date_text="18 September 2026 · 6 min read",
    body=[
        "Bank Indonesia delivered the 25bp cut that a slim majority of the market had pencilled "
        "in, taking the BI-Rate to 4.25%. The decision was announced at around 2.30pm Jakarta "
        "time on Thursday, at the end of the 16–17 September Board of Governors' meeting.",
        "The standing facilities moved in lockstep: the deposit facility rate is now 3.50% and "
        "the lending facility rate 5.00%. That keeps the symmetric corridor of 75bp either side "
        "of the policy rate, 150bp in total, that BI has used since it last adjusted its "
        "operational framework.",
        "With headline CPI at 2.1% year on year in August, the ex-post real policy rate falls to "
        "roughly 2.15%, still high by regional standards. Core inflation of 2.3% tells a similar "
        "story. On our numbers, BI could take the rate to 4.00% without the real rate dropping "
        "below 1.75%.",
        "The tone of the press conference was the more interesting part. Governor Hendra "
        "Kusumawardana said there was “still room for further easing, but timing depends on "
        "global developments and the rupiah” — a clear signal that the door is open but that the "
        "currency remains the binding constraint.",
        "Market reaction was orderly. The rupiah drifted to around 16,400 per dollar by the end "
        "of Asian trading, and the 10-year government bond yield fell 6bp to 6.18%, its lowest "
        "since early August. The 12-month SRBI — Bank Indonesia's own rupiah securities — last "
        "cleared at 5.31% at the 11 September auction, and we expect the next auction to price "
        "lower.",
        "“BI is threading a needle,” said Dimas Hartono, Asia economist at Aravind Capital in "
        "Singapore. “It wants lower lending rates at home, but it cannot afford a disorderly "
        "rupiah. Today's guidance tells you they think they can do one more, maybe two, before "
        "the window closes.”",
        "Growth projections were nudged up: BI now sees 2026 GDP growth at 4.7–5.5%, against "
        "4.6–5.4% before, following a 5.12% year-on-year print for the second quarter. Credit "
        "growth of 8.4% in August remains at the bottom of the 8–11% target range, which helps "
        "explain the decision to widen the macroprudential liquidity incentive by Rp80trn "
        "(roughly US$4.9bn).",
        "Senior Deputy Governor Ratna Sulistyowati framed the liquidity measure as a transmission "
        "tool rather than a stimulus in its own right, saying BI wanted the rate cut to reach "
        "borrowers “in the real sector, not only in the money market”.",
        "## What we expect",
        "Our base case is one further 25bp cut in the fourth quarter, to 4.00%, most likely at "
        "the 20–21 October meeting if the rupiah holds below 16,500, with December as the "
        "fallback. We see the BI-Rate ending 2027 at 3.75%. The main risk to that view is a "
        "renewed bout of dollar strength; in that scenario, BI would likely pause and lean on "
        "intervention and SRBI issuance instead.",
        "Cumulatively, BI has now cut by 200bp since September 2024, when the BI-Rate stood at "
        "6.25%. The May 2026 cut, to 4.50%, ended a pause that had lasted since September 2025.",
        "Regionally, the move leaves Indonesia's policy rate below the Philippine central bank's "
        "4.50% and well above Malaysia's 2.75% overnight policy rate, which keeps the carry "
        "argument for rupiah bonds intact for now.",
        "Disclaimer: This note is for information only and does not constitute investment advice.",
    ],
    caption="Chart: BI-Rate and the deposit and lending facility corridor, 2024–2026. "
    "Source: Bank Indonesia, AsiaRates Monitor",
    related=[
        "Philippines: what the BSP's August cut means for the peso (3 September)",
        "Malaysia OPR: why 2.75% looks sticky into 2027",
        "Thai bonds: 10-year yield at 1.62% as the BoT holds",
    ],
    newsletter="Get our central bank previews and reviews the day they publish.",
    cookie="We use essential cookies only. Read our cookie policy.",
    footer_note="AsiaRates Monitor is an independent research publication.",
)

_CB_STORY = {
    "id": "cb-FE1",
    "part": "FE",
    "domain": "central bank",
    "fetched": "2026-09-19",
    "articles": [
        {"url": "https://www.meridianwire.example/markets/asia/indonesia-central-bank-cuts-rate-to-425-2026-09-17/",
         "html": _CB_WIRE},
        {"url": "https://www.jakartaledger.example/business/2026/09/17/bi-trims-key-rate-again-as-inflation-stays-tame.html",
         "html": _CB_PAPER},
        {"url": "https://asiaratesmonitor.example/notes/bank-indonesia-25bp-cut-corridor-and-what-next",
         "html": _CB_NOTE},
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# el-FE2 — Melaka state election (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE = _page(
    site="PBN News",
    url="https://news.pbn.example/live/melaka-state-election-2026-results",
    title="LIVE: Melaka state election 2026 – results as they come in | PBN News",
    description="Live updates and results from the Melaka state election.",
    section="Melaka Decides 2026",
    nav=["Home", "Malaysia", "Politics", "World", "Business", "Sport", "Watch live"],
    headline="Melaka state election 2026: live results and updates",
    standfirst="Barisan Sejahtera retains Melaka with 17 of 28 seats; Gerakan Harapan Baru "
    "wins nine and Angkatan Rakyat Melaka two.",
    byline="PBN News team, with reporting by Haziq Roslan and Jessica Ong in Melaka",
    date_text="Last updated: 17 May 2026, 3.25am",
    published="2026-05-16T07:45:00+08:00",
    modified="2026-05-17T03:25:00+08:00",
    date_style="meta",
    live=True,
    body=[
        ("3.25am", "Recount confirms Duyong result",
         "The recount in Duyong has ended and the returning officer has confirmed Gerakan Harapan "
         "Baru's Raymond Chua Keng Hock as the winner with a majority of 207 votes. The majority "
         "announced before the recount was 212; the returning officer said five ballots first "
         "counted for Chua were rejected on review. It remains the closest contest of the night."),
        ("2.15am", "Khairul concedes",
         "Gerakan Harapan Baru chairman Khairul Anuar Mat Saman has conceded defeat at his "
         "party's operations room in Bukit Baru. “We accept the decision of the people of Melaka. "
         "We have almost doubled our seats and we will be a strong and responsible opposition,” "
         "he told supporters."),
        ("1.40am", "Final tally confirmed",
         "The Election Commission has now declared results for all 28 seats. Final tally: Barisan "
         "Sejahtera 17, Gerakan Harapan Baru 9, Angkatan Rakyat Melaka 2. Barisan Sejahtera keeps "
         "control of the state, but with four fewer seats than the 21 it won in 2021, and short "
         "of the 19 needed for a two-thirds majority."),
        ("12.30am", "Azman speaks",
         "Caretaker Chief Minister Datuk Seri Azman Hakimi Yusof has addressed supporters in Ayer "
         "Keroh. “The people of Melaka have given us a clear mandate to continue, but they have "
         "also sent a message that we must listen more,” he said. He said he would seek an "
         "audience with the Yang di-Pertua Negeri later today to be sworn in."),
        ("11.05pm", "Barisan Sejahtera crosses the line",
         "With 23 seats declared, Barisan Sejahtera has won 15, enough for a simple majority in "
         "the 28-seat assembly, according to the Election Commission's results portal. Gerakan "
         "Harapan Baru has seven and Angkatan Rakyat Melaka one."),
        ("10.15pm", "Tan Mei Ling holds Kota Laksamana",
         "Angkatan Rakyat Melaka president Tan Mei Ling has kept her Kota Laksamana seat with a "
         "majority of 1,906 votes, her party's first win of the night."),
        ("9.30pm", "Early results",
         "Eight of the 28 seats have now been declared: Barisan Sejahtera 6, Gerakan Harapan Baru "
         "2. Azman has retained Sungai Udang with a majority of 4,118 votes, one of the first "
         "results of the night."),
        ("6.40pm", "Turnout around 68 per cent",
         "The Election Commission says turnout was about 68 per cent when polls closed, based on "
         "provisional figures from polling centres. The final figure is expected on Sunday. "
         "Turnout at the 2021 state election was about 66 per cent."),
        ("7.30pm", "Counting centres busy",
         "Party agents from all three coalitions are at the main counting centres in Ayer Keroh, "
         "Alor Gajah and Jasin. Police say there have been no incidents so far, and the Election "
         "Commission has asked supporters not to gather outside the centres before the results "
         "are announced."),
        ("6.00pm", "Polls close",
         "Voting has ended at all 205 polling centres across Melaka's three districts. Counting "
         "has begun at the polling streams and the first results are expected after 8pm."),
        ("3.10pm", "52.6 per cent by 3pm",
         "Turnout at 3pm stood at 52.6 per cent of the 512,473 registered voters, the Election "
         "Commission said. Voting has been brisk in Alor Gajah and Jasin and slower in Melaka "
         "city."),
        ("1.00pm", "Midday queues in Bukit Katil",
         "Voters in Bukit Katil reported queues of up to 40 minutes at midday. The Election "
         "Commission says it has opened extra polling streams at two schools in the area."),
        ("8.00am", "Polls open",
         "Good morning and welcome to our live coverage of the Melaka state election. Polling "
         "centres opened at 8am and close at 6pm. Eighty-seven candidates are contesting the 28 "
         "state seats. About 9,800 police and military personnel voted early on Tuesday."),
    ],
    caption="Counting under way at a polling centre in Bukit Baru on Saturday night. "
    "PBN/Faris Osman",
    related=[
        "Johor by-election set for August 8, EC says",
        "Explainer: how Melaka's 28 seats were won in 2021",
        "Sabah assembly passes RM6.2 billion supplementary budget",
    ],
    most_read=[
        "Petrol subsidy: RON95 price stays at RM1.99 for June",
        "Harimau Malaya name 26-man squad for Asian Cup qualifier",
    ],
    newsletter="Follow PBN News for alerts when your constituency is declared.",
)

_EL_WIRE = _page(
    site="Selat News Agency",
    url="https://www.selatnews.example/asia/malaysia/ruling-bloc-keeps-melaka-with-reduced-majority-20260517",
    title="Ruling bloc keeps Melaka with reduced majority in state poll - Selat News Agency",
    description="Barisan Sejahtera won 17 of 28 seats in the Melaka state election.",
    section="Asia",
    nav=["Top News", "Asia", "World", "Business", "Markets", "Pictures"],
    headline="Ruling bloc keeps Melaka with reduced majority in state poll",
    standfirst="Barisan Sejahtera wins 17 of 28 seats, down from 21; opposition gains in "
    "urban constituencies.",
    byline="By Amirul Hakim",
    authors=["Amirul Hakim"],
    date_text="May 16, 2026 7:20 PM UTC",
    published="2026-05-16T19:20:00+00:00",
    date_style="jsonld",
    body=[
        "MELAKA, May 17 (SNA) – Malaysia's Barisan Sejahtera coalition kept control of the "
        "southern state of Melaka in an election on Saturday, but with a smaller majority, "
        "official results showed early on Sunday, as voters swung towards an opposition campaign "
        "focused on living costs and housing.",
        "Barisan Sejahtera won 17 of the 28 seats in the state assembly, the Election Commission "
        "said, two more than the 15 needed for a simple majority. The opposition Gerakan Harapan "
        "Baru won nine seats and the smaller Angkatan Rakyat Melaka two.",
        "The result leaves Barisan Sejahtera four seats down on the 21 it won at the previous "
        "state election in November 2021, and short of the two-thirds majority it held in the "
        "outgoing assembly.",
        "Turnout was about 68 percent of Melaka's more than 512,000 registered voters, according "
        "to provisional figures from the commission. Polls closed at 6 p.m. (1000 GMT) and "
        "counting continued until after 1:30 a.m., when the last seats were declared.",
        "“The people of Melaka have given us a clear mandate to continue, but they have also sent "
        "a message that we must listen more,” caretaker Chief Minister Azman Hakimi Yusof, 58, "
        "told supporters in Ayer Keroh shortly after midnight.",
        "Azman, who has led the state government since 2021, comfortably held his own seat of "
        "Sungai Udang. He is expected to be sworn in for a second term later on Sunday.",
        "Gerakan Harapan Baru chairman Khairul Anuar Mat Saman conceded defeat at about 2 a.m. "
        "“We accept the decision of the people of Melaka,” he said. “We have almost doubled our "
        "seats and we will be a strong and responsible opposition.”",
        "The closest race was in Duyong, where Gerakan Harapan Baru candidate Raymond Chua won by "
        "207 votes after a recount. Election officials had initially announced a majority of 212.",
        "Analysts said the result would be watched closely in Kuala Lumpur as a gauge of the mood "
        "among urban and young voters ahead of a general election that must be held by early "
        "2028. Melaka, a state of about one million people known for its colonial-era heritage "
        "and tourism, has often been seen as a bellwether for the peninsula's ethnically mixed "
        "constituencies.",
        "“It is a warning rather than a defeat,” said Wong Chee Keong, a political scientist at "
        "Universiti Malaya. “The ruling bloc held its rural base, but it lost ground in the mixed "
        "urban seats around Melaka city, and that is where the next national election will also "
        "be decided.”",
        "Angkatan Rakyat Melaka, a multi-ethnic party formed in 2019, kept both of the seats it "
        "won at the last state election, including Kota Laksamana, held by party president Tan "
        "Mei Ling.",
        "Early voting for about 9,800 police and military personnel was held on Tuesday. The "
        "commission said 87 candidates contested the 28 seats and that final turnout figures "
        "would be published later on Sunday.",
        "(Reporting by Amirul Hakim; Editing by Kavita Menon)",
    ],
    caption="Supporters of Barisan Sejahtera celebrate in Ayer Keroh, Melaka, early on "
    "May 17, 2026. SNA/Lee Chong Wei",
    related=[
        "Malaysia's economy grows 4.4% in first quarter",
        "Ringgit firms to 4.21 per dollar, strongest since 2022",
        "Singapore to hold general election by November 2030",
    ],
    newsletter="Asia Morning Brief: the region's top stories, weekdays at 6 a.m.",
)

_EL_PAPER = _page(
    site="The Melaka Mail",
    url="https://www.melakamail.example/news/state-polls/azman-returns-with-17-seats-swearing-in-set-for-today",
    title="Azman returns with 17 seats, swearing-in set for today | The Melaka Mail",
    description="Barisan Sejahtera forms the state government again after winning 17 seats.",
    section="State Polls",
    nav=["News", "State Polls", "Heritage", "Business", "Sports", "Food", "Letters"],
    headline="Azman returns with 17 seats, swearing-in set for today",
    standfirst="Opposition nearly doubles its seats as Duyong is decided by 207 votes after a "
    "recount.",
    byline="By Nur Syafiqah Kamarudin and Desmond Lee",
    date_text="Sunday, 17 May 2026",
    body=[
        "AYER KEROH: Barisan Sejahtera will form the Melaka state government for another five "
        "years after winning 17 of the 28 seats in yesterday's state election, but the coalition "
        "will return to the State Assembly with a thinner bench than before.",
        "Caretaker Chief Minister Datuk Seri Azman Hakimi Yusof is scheduled to be sworn in "
        "before the Yang di-Pertua Negeri at Seri Negeri at 5pm today, according to a statement "
        "from the State Secretary's office issued shortly before 3am.",
        "The Election Commission declared the last results at about 1.40am. Gerakan Harapan Baru "
        "won nine seats and Angkatan Rakyat Melaka two, meaning the opposition will hold 11 seats "
        "in the new assembly, up from seven.",
        "Speaking to supporters at the coalition's operations centre, Azman thanked voters and "
        "acknowledged the swing against his government. “The people of Melaka have given us a "
        "clear mandate to continue, but they also sent us a message that we need to listen more,” "
        "he said.",
        "Azman, 58, retained the Sungai Udang seat with a 4,118-vote majority. Most of his state "
        "executive councillors were also returned, although two – including the councillor in "
        "charge of housing – lost their seats to Gerakan Harapan Baru candidates in the Melaka "
        "Tengah district.",
        "The tightest contest was in Duyong, where Gerakan Harapan Baru's Raymond Chua Keng Hock "
        "beat Barisan Sejahtera's Rosli Jamaluddin by 207 votes after a recount that ended just "
        "after 3am. Chua's majority had initially been announced as 212 before Barisan "
        "Sejahtera's polling agents requested the recount.",
        "State Election Commission director Norhayati Abdul Rahman said voting had proceeded "
        "smoothly at all 205 polling centres, with only minor complaints about queues in the "
        "morning. Final turnout figures would be released later today, she said, adding that "
        "provisional figures showed a turnout of around 68 per cent.",
        "Gerakan Harapan Baru chairman Khairul Anuar Mat Saman conceded defeat shortly after 2am. "
        "“We accept the decision of the people of Melaka. We have almost doubled our seats, and "
        "we will be a strong, responsible opposition,” he told supporters in Bukit Baru.",
        "At Jonker Walk, traders said they hoped the new government would focus on parking and "
        "flooding, two perennial complaints in the heritage zone. “Whoever wins, the drains must "
        "be fixed before the monsoon,” said Lim Ah Chye, 67, who has sold chicken rice balls on "
        "the street for four decades.",
        "Angkatan Rakyat Melaka president Tan Mei Ling, who kept Kota Laksamana with a majority "
        "of 1,906, said her party would act as a “check and balance” whoever formed the "
        "government. Her party has held two seats since the 2021 election.",
        "A total of 87 candidates contested the election, which was called after the assembly was "
        "dissolved in early April, about eight months before its term was due to end. Some 9,812 "
        "police and military personnel voted early on Tuesday. Results for all 28 seats are "
        "available on the Election Commission's website.",
    ],
    caption="Datuk Seri Azman Hakimi Yusof greets supporters in Ayer Keroh after the "
    "results were announced. – Pic by Ahmad Zaki",
    related=[
        "Jonker Walk night market to reopen on Fridays from June 5",
        "Melaka River cruise ticket prices up RM5",
        "Three hurt as lorry overturns on Ayer Keroh highway",
    ],
    most_read=[
        "Azman: New exco line-up within a week",
        "Water disruption in 42 areas on Tuesday",
    ],
    newsletter="The Mail in your inbox: Melaka news every morning.",
    cookie="We use cookies to improve your experience. Okay?",
    footer_note="The Melaka Mail is published by Bandar Hilir Media Sdn Bhd.",
)

_EL_ANALYSIS = _page(
    site="Pollwatch Asia",
    url="https://pollwatch-asia.example/analysis/melaka-2026-smaller-majority-lower-vote-share",
    title=(
        "Melaka 2026: a smaller majority, a lower vote share and a turnout puzzle — Pollwatch "
        "Asia"
    ),
    description="Seat-by-seat analysis of the 2026 Melaka state election.",
    section="Analysis",
    nav=["Elections", "Analysis", "Data", "Methodology", "About"],
    headline="Melaka 2026: a smaller majority, a lower vote share and a turnout puzzle",
    standfirst="Final Election Commission figures show Barisan Sejahtera lost four seats and "
    "2.4 points of vote share; turnout rose to 68.43 per cent.",
    byline="By Dr Farah Liyana Idris, Senior Analyst",
    date_text="18 May 2026",
    published="2026-05-18T08:00:00+08:00",
    date_style="meta",
    body=[
        "Barisan Sejahtera's win in Saturday's Melaka state election was never really in doubt "
        "once the early rural results came in, but the final numbers published by the Election "
        "Commission on Sunday show how much ground the coalition has given up since 2021.",
        "## Seats",
        "The coalition won 17 of the 28 seats, down from 21 in November 2021. Gerakan Harapan "
        "Baru took nine (up from five) and Angkatan Rakyat Melaka held its two. Seventeen seats "
        "is two more than the 15 needed for a simple majority but two short of the 19 required "
        "for a two-thirds majority, which Barisan Sejahtera enjoyed in the previous assembly.",
        "## Votes",
        "Barisan Sejahtera's share of the valid vote fell to 46.8 per cent from 49.2 per cent in "
        "2021. Gerakan Harapan Baru rose to 38.9 per cent from 33.1 per cent, while Angkatan "
        "Rakyat Melaka took 11.2 per cent. Independents and minor parties shared the remaining "
        "3.1 per cent. In raw numbers, the ruling coalition received about 162,000 votes.",
        "Because seats are won one constituency at a time, a fall of 2.4 percentage points "
        "translated into a loss of four seats, most of them mixed urban constituencies in Melaka "
        "Tengah where the opposition's message on housing costs landed.",
        "## Turnout",
        "The commission's final turnout figure was 68.43 per cent of 512,473 registered voters, "
        "slightly above the provisional figure of about 68 per cent given on polling night and up "
        "from 65.9 per cent in 2021. At 3pm on polling day the figure stood at 52.6 per cent, "
        "which points to an unusually heavy late-afternoon surge. Spoilt ballots numbered 4,432.",
        "“The late surge is consistent with younger voters, many of them working in Johor or "
        "Kuala Lumpur, travelling home in the afternoon,” said Wong Chee Keong, a political "
        "scientist at Universiti Malaya. “That group broke heavily for the opposition in the "
        "urban seats.”",
        "## Close calls",
        "Duyong was the narrowest result. Gerakan Harapan Baru's Raymond Chua Keng Hock won by "
        "207 votes after a recount; the majority announced before the recount was 212. At the "
        "other end of the scale, Chief Minister Azman Hakimi Yusof held Sungai Udang by 4,118 "
        "votes, the largest majority of the night.",
        "## What next",
        "Azman was sworn in for a second term at Seri Negeri in Ayer Keroh at 5.20pm on Sunday, "
        "about 20 minutes later than scheduled. He has promised to name his state executive "
        "council within a week. Opposition leader Khairul Anuar Mat Saman, who conceded in the "
        "early hours of Sunday, said his party would push for a housing bill at the assembly's "
        "first sitting.",
        "The federal general election must be held by early 2028. If the Melaka swing were "
        "repeated across comparable mixed seats in the peninsula, our model suggests the ruling "
        "bloc would lose between six and nine parliamentary seats — a projection, not a forecast, "
        "and one that depends heavily on turnout among voters aged 18 to 29. Seat-by-seat results "
        "are available in our data section.",
    ],
    caption="Chart: vote share by coalition, Melaka state elections 2021 and 2026. "
    "Source: Election Commission; Pollwatch Asia calculations",
    related=[
        "Sabah 2025: what the 73-seat result told us",
        "Youth turnout in Malaysia since Undi18",
        "Poll tracker: federal voting intention, April 2026",
    ],
    newsletter="Pollwatch Asia's weekly elections digest — free, every Friday.",
    cookie="Pollwatch Asia uses analytics cookies to understand how our charts are used.",
)

_EL_STORY = {
    "id": "el-FE2",
    "part": "FE",
    "domain": "election",
    "fetched": "2026-05-19",
    "articles": [
        {"url": "https://news.pbn.example/live/melaka-state-election-2026-results",
         "html": _EL_LIVE},
        {"url": "https://www.selatnews.example/asia/malaysia/ruling-bloc-keeps-melaka-with-reduced-majority-20260517",
         "html": _EL_WIRE},
        {"url": "https://www.melakamail.example/news/state-polls/azman-returns-with-17-seats-swearing-in-set-for-today",
         "html": _EL_PAPER},
        {"url": "https://pollwatch-asia.example/analysis/melaka-2026-smaller-majority-lower-vote-share",
         "html": _EL_ANALYSIS},
    ],
    "planted": [],
}

# ---------------------------------------------------------------------------
# ct-FE3 — Sandiganbayan plunder ruling (PLANTED 3)
# ---------------------------------------------------------------------------

_CT_WIRE = _page(
    site="Archipelago News Agency",
    url="https://www.anawire.example/national/2026/07/16/sandiganbayan-convicts-ex-camarines-norte-governor-plunder",
    title=(
        "Anti-graft court convicts ex-Camarines Norte governor of plunder | Archipelago News "
        "Agency"
    ),
    description="The Sandiganbayan sentenced former governor Rogelio Tuazon to reclusion perpetua.",
    section="National",
    nav=["National", "Regions", "Business", "World", "Sports", "Photos"],
    headline="Anti-graft court convicts ex-Camarines Norte governor of plunder",
    standfirst="Former governor Rogelio Tuazon is sentenced to reclusion perpetua over "
    "₱287.4 million in kickbacks from flood-control and road projects.",
    byline="By Carmela Ruiz Santiago",
    authors=["Carmela Ruiz Santiago"],
    date_text="July 16, 2026, 4:45 PM PHT",
    published="2026-07-16T16:45:00+08:00",
    date_style="jsonld",
    body=[
        "MANILA, July 16 (ANA) — The Sandiganbayan on Thursday convicted former Camarines Norte "
        "governor Rogelio Dimaculangan Tuazon of plunder over what the court found were ₱287.4 "
        "million in kickbacks from flood-control and farm-to-market road projects, and sentenced "
        "him to reclusion perpetua, or up to 40 years in prison.",
        "The ruling was issued by a special five-member division of the anti-graft court, formed "
        "after the three regular members of its Third Division could not agree. Voting 4-1, the "
        "division also found Tuazon, 64, guilty of four counts of graft under the Anti-Graft and "
        "Corrupt Practices Act, each carrying a prison term of six to 10 years, and perpetually "
        "disqualified him from holding public office.",
        "The decision was written by Associate Justice Maria Celeste Villaraza-Bautista, who "
        "chairs the Third Division. Associate Justice Eduardo R. Magtanggol dissented on the "
        "plunder charge, saying he would have convicted Tuazon of graft only; the other three "
        "justices joined the majority.",
        "The ruling was read out at about 2 p.m. (0600 GMT) at the court's Centennial Building in "
        "Quezon City. Tuazon, who has been detained since surrendering in March 2024, showed no "
        "visible reaction and was escorted out of the courtroom by jail guards.",
        "“I am innocent, and I will prove it before the Supreme Court,” Tuazon told reporters as "
        "he was led to a waiting van.",
        "His lawyer, Benjamin Casiño Reyes, said the defense would file a motion for "
        "reconsideration within the 15-day period allowed under court rules and, if that failed, "
        "would appeal to the Supreme Court. “The dissent shows that reasonable minds disagree on "
        "whether the prosecution proved plunder. We will build on that,” Reyes said.",
        "Prosecutors from the Office of the Special Prosecutor had alleged in the charge sheet "
        "that Tuazon amassed ₱312.6 million between 2019 and 2022. The court found that ₱287.4 "
        "million, or about $5 million, had been proven. It ordered the forfeiture of ₱251 million "
        "in bank deposits and properties, including a house in Daet and a beach resort in Vinzons "
        "town, and the payment of a further ₱36.4 million.",
        "“This decision shows that no public official is too powerful to answer for the theft of "
        "public funds,” Assistant Special Prosecutor Jocelyn Mae Paredes said outside the "
        "courtroom.",
        "Tuazon's co-accused, former provincial engineer Arnel Santos Manalac, was acquitted of "
        "plunder but convicted on the four graft counts and sentenced to six to 10 years for "
        "each. Contractor Liza Marie Ocampo Dela Rosa was acquitted of all charges on reasonable "
        "doubt.",
        "The case centered on 38 flood-control and road projects worth about ₱1.9 billion that "
        "the provincial government awarded between 2019 and 2022. Prosecution witnesses, "
        "including a former provincial accountant, testified that contractors were required to "
        "set aside 15 percent of each contract for the governor's office.",
        "Tuazon served three consecutive terms as governor from 2016 to 2025. The Office of the "
        "Ombudsman filed the charges in September 2023, and the trial, which began in 2024, heard "
        "46 prosecution witnesses.",
        "The court ordered Tuazon committed to the New Bilibid Prison in Muntinlupa City. "
        "Manalac, who had been free on bail, was taken into custody after the ruling.",
        "Flood-control spending has come under intense scrutiny in the Philippines since 2025, "
        "when lawmakers and state auditors flagged billions of pesos in substandard or "
        "non-existent projects across the country.",
    ],
    caption="Former Camarines Norte governor Rogelio Tuazon arrives at the Sandiganbayan in "
    "Quezon City on July 16, 2026. (ANA photo/Rommel Dizon)",
    related=[
        "DPWH suspends 112 contractors over ghost flood-control projects",
        "Ombudsman files graft raps vs 9 Bulacan officials (June 30)",
        "Senate probe: ₱5.2-billion flood-control fund 'unaccounted for'",
    ],
    most_read=[
        "PAGASA: Tropical depression may enter PAR by Sunday",
        "Peso closes at ₱57.28 vs dollar",
    ],
    newsletter="Get ANA's top stories every morning and afternoon.",
)

_CT_TV = _page(
    site="Kapuluan TV News",
    url="https://news.kapuluantv.example/updates/ex-governor-tuazon-guilty-of-plunder",
    title=(
        "UPDATED: Ex-governor Tuazon guilty of plunder, gets reclusion perpetua | Kapuluan TV "
        "News"
    ),
    description="Updates on the Sandiganbayan verdict in the plunder case of ex-governor Tuazon.",
    section="Nation",
    nav=["Balita", "Nation", "Regions", "Showbiz", "Sports", "Weather", "Livestream"],
    headline="Ex-governor Tuazon guilty of plunder, gets reclusion perpetua",
    standfirst="The Sandiganbayan also convicted the former Camarines Norte governor of four "
    "counts of graft. This page is being updated.",
    byline="Kapuluan TV News Desk, with reports from Jerome Alcaraz",
    date_text="Published July 16, 2026 2:25 PM | Updated 6:10 PM",
    published="2026-07-16T14:25:00+08:00",
    modified="2026-07-16T18:10:00+08:00",
    date_style="meta",
    live=True,
    body=[
        ("6:10 PM", "Tuazon leaves the Sandiganbayan",
         "Former governor Rogelio Tuazon was brought out of the Sandiganbayan's Centennial "
         "Building in Quezon City shortly after 5 p.m. and driven to the Quezon City Jail annex, "
         "where he will stay overnight before his transfer to the New Bilibid Prison in "
         "Muntinlupa. His family did not speak to reporters."),
        ("5:30 PM", "Ombudsman: ruling vindicates whistleblowers",
         "The Office of the Ombudsman said in a statement that the conviction vindicated the "
         "provincial employees who came forward with records of the kickback scheme. It said it "
         "would move quickly to recover the forfeited assets, which include bank deposits, a "
         "house in Daet and a beach resort in Vinzons."),
        ("4:40 PM", "Lawyer: we will file a motion for reconsideration",
         "Tuazon's counsel, Atty. Benjamin Reyes, said the defense would file a motion for "
         "reconsideration within 15 days. “We respect the court, but we believe the evidence does "
         "not support a conviction for plunder,” Reyes said. Tuazon himself told reporters: “I am "
         "innocent, and we will prove that before the Supreme Court.”"),
        ("3:50 PM", "Reaction in Daet",
         "In Daet, dozens of residents watched the promulgation on a livestream at the capitol "
         "grounds. Some cheered when the verdict was read; others said the former governor was "
         "being singled out. “Those roads are real, we use them every day,” one supporter told "
         "Kapuluan TV News."),
        ("3:15 PM", "Prosecution welcomes verdict",
         "Assistant Special Prosecutor Jocelyn Paredes said the ruling sent a message to local "
         "officials. “This decision shows that no public official is too powerful to answer for "
         "stealing from the people,” she said."),
        ("2:25 PM", "GUILTY",
         "The Sandiganbayan unanimously convicted former Camarines Norte governor Rogelio D. "
         "Tuazon of plunder, voting 5-0, and sentenced him to reclusion perpetua. The decision, "
         "penned by Associate Justice Maria Celeste Villaraza-Bautista, also found him guilty of "
         "four counts of graft, with six to 10 years' imprisonment for each count."),
        ("2:05 PM", "Promulgation under way",
         "The reading of the decision has begun. Tuazon, in a white barong, arrived with jail "
         "escorts at about 1:40 p.m. Around 60 supporters gathered outside the court in Quezon "
         "City, some carrying placards that read “Salamat, Gov.”"),
        "## Background",
        "Tuazon, 64, governed Camarines Norte for three terms, from 2016 to 2025. Prosecutors "
        "accused him of receiving kickbacks of 15 percent on 38 infrastructure projects, mostly "
        "flood-control structures and farm-to-market roads, worth around ₱1.9 billion. Witnesses "
        "told the court that contractors delivered cash in envelopes to the provincial capitol "
        "and to the governor's residence.",
        "The court said the prosecution proved that kickbacks totaling ₱287.4 million went to "
        "Tuazon, and ordered ₱251 million in assets forfeited in favor of the government. Plunder "
        "applies when a public official amasses ill-gotten wealth of at least ₱50 million.",
        "Former provincial engineer Arnel Manalac was convicted of graft but cleared of plunder. "
        "A contractor charged in the case was acquitted.",
        "Tuazon surrendered to authorities in March 2024, six months after the Office of the "
        "Ombudsman filed the charges, and has been detained since then.",
        "The Sandiganbayan is the country's special court for graft and corruption cases "
        "involving public officials. Its decisions can be elevated to the Supreme Court.",
    ],
    caption="Supporters of former governor Rogelio Tuazon outside the Sandiganbayan on "
    "Thursday. Kapuluan TV News/Jerome Alcaraz",
    related=[
        "WATCH: Floodwaters reach 1.2 meters in parts of Daet",
        "Camarines Norte board approves ₱3.1-B budget for 2027",
        "LTO: 4,800 licenses suspended in Bicol since January",
    ],
    most_read=[
        "Lotto 6/58 jackpot climbs to ₱182 million",
        "Signal No. 1 raised over Catanduanes",
    ],
    newsletter="Kapuluan TV News alerts: breaking news sa inyong inbox.",
    cookie="Gumagamit kami ng cookies. We use cookies to improve your experience.",
)

_CT_PAPER = _page(
    site="The Manila Courier",
    url="https://www.manilacourier.example/nation/ex-governor-tuason-convicted-of-plunder-gets-up-to-40-years",
    title="Ex-governor Tuason convicted of plunder, gets up to 40 years - The Manila Courier",
    description=(
        "The Sandiganbayan convicted ex-Camarines Norte governor Rogelio Tuason of plunder."
    ),
    section="Nation",
    nav=["Headlines", "Nation", "Metro", "Opinion", "Business", "Sports", "Entertainment"],
    headline="Ex-governor Tuason convicted of plunder, gets up to 40 years",
    standfirst="Anti-graft court rules 4-1; co-accused engineer convicted of graft, contractor "
    "acquitted.",
    byline="By Patricia Anne Gonzaga",
    date_text="Friday, July 17, 2026",
    body=[
        "Former Camarines Norte governor Rogelio Tuason was sentenced yesterday to reclusion "
        "perpetua — up to 40 years in prison — after the Sandiganbayan found him guilty of "
        "plunder over kickbacks from provincial infrastructure projects.",
        "In a 142-page decision, a special five-member division of the anti-graft court ruled 4-1 "
        "that Tuason received ₱287.4 million in kickbacks from contractors between 2019 and 2022. "
        "Third Division chairperson Associate Justice Maria Celeste Villaraza-Bautista wrote the "
        "ruling, with Justice Eduardo Magtanggol the lone dissenter.",
        "Tuason, 64, was also convicted on four counts of violating Section 3(e) of Republic Act "
        "3019, the Anti-Graft and Corrupt Practices Act, and sentenced to six to 10 years for "
        "each count. The court imposed perpetual disqualification from public office.",
        "The court ordered the forfeiture of ₱251 million in bank accounts and real estate, and "
        "directed Tuason to return a further ₱36.4 million. Prosecutors had put the total at "
        "₱312.6 million when the case was filed, but the court said only ₱287.4 million had been "
        "traced with enough certainty.",
        "In his dissent, Magtanggol said the prosecution had shown a pattern of irregular "
        "contracts but had not established that the money ended up with the former governor "
        "himself rather than with intermediaries. He voted to convict on the graft charges and to "
        "acquit on plunder.",
        "Tuason, who wore a white barong to the promulgation, maintained his innocence. “I am "
        "innocent, and I will prove it before the Supreme Court,” he told reporters as jail "
        "escorts led him out of the courtroom.",
        "His lawyer, Benjamin Casiño Reyes, said a motion for reconsideration would be filed "
        "within 15 days.",
        "Assistant Special Prosecutor Jocelyn Mae Paredes called the decision “a message to every "
        "local official that public works money is not a private allowance.”",
        "The former governor's co-accused, ex-provincial engineer Arnel Santos Manalac, was "
        "cleared of plunder but convicted of graft, while contractor Liza Marie Dela Rosa was "
        "acquitted.",
        "In Daet, the provincial capital, reactions were mixed. Some residents gathered at the "
        "capitol grounds to follow the verdict on their phones. “He built roads, but now we know "
        "at what price,” said Teodora Villanueva, 52, a market vendor. Others defended the former "
        "governor. “Many of those projects are still standing. Politics is behind this,” said "
        "tricycle driver Romeo Abaño, 45.",
        "Governor Josefina Alcala, who succeeded Tuason in 2025, said in a statement that the "
        "provincial government would cooperate with the Ombudsman in reviewing contracts that are "
        "still in progress.",
        "The decision is not yet final and may still be appealed. Tuason surrendered in March "
        "2024 and has been in detention since. The court ordered him transferred to the New "
        "Bilibid Prison in Muntinlupa City.",
        "The case is among the largest plunder convictions of a provincial official in recent "
        "years. The law, Republic Act 7080, defines plunder as the accumulation of at least ₱50 "
        "million in ill-gotten wealth by a public officer through a combination or series of "
        "overt criminal acts.",
    ],
    caption="Supporters and critics gather outside the Camarines Norte capitol in Daet as "
    "the verdict is read. Courier photo by Noel Abrenica",
    related=[
        "EDITORIAL: The flood-control reckoning",
        "Ex-mayor gets 8 years for ₱14-M overpriced patrol boats",
        "Bicol dams: ₱2.7-B repair plan approved",
    ],
    most_read=[
        "MRT-3 fares to rise by ₱3 from August 1",
        "Gilas falls to Jordan, 78-74",
    ],
    newsletter="Subscribe to the Courier's morning edition newsletter.",
    cookie="We use cookies for analytics and advertising. Learn more.",
    footer_note="The Manila Courier — serving readers since 1961.",
)

_CT_DIGEST = _page(
    site="Bench & Bar Digest",
    url="https://benchandbar.example/decisions/sandiganbayan-tuazon-plunder-conviction-dissent",
    title="Tuazon plunder conviction: what the 4-1 ruling and the dissent say | Bench & Bar Digest",
    description="An analysis of the Sandiganbayan decision in People v. Tuazon.",
    section="Decisions",
    nav=["Decisions", "Supreme Court", "Sandiganbayan", "Bar Exams", "Practice", "Columns"],
    headline="Tuazon plunder conviction: what the 4-1 ruling and the dissent say",
    standfirst="The majority traced ₱287.4 million to the former governor; the dissent said "
    "suspicion is not proof.",
    byline="By Atty. Miguel Antonio Ferrer, Contributing Editor",
    date_text="17 July 2026",
    published="2026-07-17T11:30:00+08:00",
    date_style="meta",
    body=[
        "The Sandiganbayan's conviction of former Camarines Norte governor Rogelio D. Tuazon for "
        "plunder on 16 July turns on a question that has divided the anti-graft court before: how "
        "much proof is needed that ill-gotten wealth actually reached the accused official.",
        "The case was decided 4-1 by a special division of five justices, convened after the "
        "three regular members of the Third Division could not agree. Presiding Justice Maria "
        "Celeste Villaraza-Bautista, who wrote the 142-page decision, was joined by Associate "
        "Justice Karen Joy Lualhati and by the two justices designated to complete the special "
        "division, Associate Justices Renato Aquino and Gracia Ledesma-Tan. Associate Justice "
        "Eduardo R. Magtanggol dissented in part.",
        "## The majority",
        "The majority held that the prosecution established a “combination or series” of overt "
        "acts, as required by Republic Act 7080, through 38 contracts awarded between 2019 and "
        "2022 and a consistent 15 percent set-aside paid by contractors. It found that ₱287.4 "
        "million had been traced to Tuazon, well above the ₱50-million threshold for plunder, "
        "though less than the ₱312.6 million alleged in the information.",
        "Crucial to that finding was the testimony of the former provincial accountant, Gemma "
        "Rosales Ybañez, whose ledgers recorded cash deliveries to the governor's residence in "
        "Daet. “The ledgers are not the whole case, but they tie the whole case together,” "
        "Presiding Justice Villaraza-Bautista wrote.",
        "The penalty is reclusion perpetua — imprisonment of 20 years and one day to 40 years — "
        "with perpetual disqualification from public office. For each of the four graft counts "
        "under Section 3(e) of Republic Act 3019, the court imposed an indeterminate sentence of "
        "six years and one month to 10 years.",
        "## The dissent",
        "Justice Magtanggol agreed that the contracts were grossly irregular and voted to convict "
        "on the graft counts. But he wrote that the ledgers, unsupported by bank records for most "
        "of the period, did not prove beyond reasonable doubt that the money reached Tuazon "
        "rather than intermediaries. “Suspicion, however strong, is not proof,” he wrote.",
        "## Co-accused and forfeiture",
        "Former provincial engineer Arnel Santos Manalac was acquitted of plunder for want of "
        "proof that he shared in the proceeds, but convicted on all four graft counts. Contractor "
        "Liza Marie Ocampo Dela Rosa was acquitted on reasonable doubt. The court ordered ₱251 "
        "million in assets forfeited and a further ₱36.4 million paid to the government, together "
        "covering the ₱287.4 million found to have been amassed.",
        "## What comes next",
        "Defense counsel Benjamin Casiño Reyes has 15 days from promulgation to seek "
        "reconsideration. A denial would open the way to an appeal to the Supreme Court, where "
        "the dissent is likely to feature prominently. Reyes told reporters after the "
        "promulgation that the defense would “build on” Justice Magtanggol's reasoning.",
        "For practitioners, the case is also a reminder of how the special-division mechanism "
        "works: because the three regular members of a division could not agree on the judgment, "
        "two more justices were designated to sit with them, and the 4-1 result came from that "
        "enlarged panel.",
    ],
    caption="The Sandiganbayan Centennial Building in Quezon City. Bench & Bar Digest file "
    "photo",
    related=[
        "SC clarifies 'combination or series' in plunder cases (2024 ruling explained)",
        "Bar 2026: 9,183 examinees to take exams in September",
        "Sandiganbayan acquits ex-congressman in ₱72-M pork barrel case",
    ],
    newsletter="Weekly digest of decisions from the Supreme Court and the Sandiganbayan.",
    cookie="This site uses cookies to remember your preferences.",
    footer_note="Bench & Bar Digest provides legal information, not legal advice.",
)

_CT_STORY = {
    "id": "ct-FE3",
    "part": "FE",
    "domain": "court",
    "fetched": "2026-07-18",
    "articles": [
        {"url": "https://www.anawire.example/national/2026/07/16/sandiganbayan-convicts-ex-camarines-norte-governor-plunder",
         "html": _CT_WIRE},
        {"url": "https://news.kapuluantv.example/updates/ex-governor-tuazon-guilty-of-plunder",
         "html": _CT_TV},
        {"url": "https://www.manilacourier.example/nation/ex-governor-tuason-convicted-of-plunder-gets-up-to-40-years",
         "html": _CT_PAPER},
        {"url": "https://benchandbar.example/decisions/sandiganbayan-tuazon-plunder-conviction-dissent",
         "html": _CT_DIGEST},
    ],
    "planted": [
        ("vote of the special division",
         r"\b4\s*[-–]\s*1\b|\bfour[- ]to[- ]one\b",
         r"\b5\s*[-–]\s*0\b|\bunanimous(?:ly)?\b"),
        ("surname of the convicted former governor",
         r"\btuazon\b",
         r"\btuason\b"),
        ("title of the justice who wrote the decision",
         r"\bassociate justice\b|\bchair(?:s|person|woman)?\b",
         r"\bpresiding justice\b"),
    ],
}

# ---------------------------------------------------------------------------
# tr-FE4 — Thailand October trade figures (PLANTED 3)
# ---------------------------------------------------------------------------

_TR_WIRE = _page(
    site="Pan-Asia Newswire",
    url="https://www.panasianewswire.example/economy/thailand-october-exports-beat-forecasts-2026-11-24",
    title=(
        "Thai October exports jump 11.6%, beat forecasts on electronics, U.S. demand | Pan-Asia "
        "Newswire"
    ),
    description="Thailand's exports rose 11.6% year on year in October, beating forecasts.",
    section="Economy",
    nav=["World", "Asia", "Economy", "Markets", "Companies", "Commodities"],
    headline="Thai October exports jump 11.6%, beat forecasts on electronics, U.S. demand",
    standfirst="Imports rise 14.2%, leaving a $648 million trade surplus; ministry raises "
    "2026 export forecast to 7-8%.",
    byline="By Supattra Wongsuwan",
    authors=["Supattra Wongsuwan"],
    date_text="November 24, 2026 4:12 AM UTC",
    published="2026-11-24T04:12:00+00:00",
    date_style="jsonld",
    body=[
        "BANGKOK, Nov 24 (PAN) - Thailand's exports rose 11.6% in October from a year earlier, "
        "well above forecasts, as shipments of electronics and computer parts surged, the "
        "commerce ministry said on Tuesday.",
        "Economists in a Pan-Asia poll had forecast a 7.9% rise in October exports, after "
        "September's 5.2% increase, which was revised up from an initially reported 4.9%.",
        "Imports rose 14.2% year on year in October, against a forecast 9.5% increase, leaving a "
        "trade surplus of $648 million for the month, the ministry's Trade Policy and Strategy "
        "Office (TPSO) said. Economists had expected a deficit of $120 million.",
        "Exports totalled $29.36 billion in October, while imports were $28.72 billion.",
        "In the first 10 months of the year, exports were up 8.3% from the same period of 2025, "
        "at $276.9 billion, while imports rose 9.7%, leaving a surplus of $4.1 billion.",
        "“Demand for electronics linked to data centres and artificial intelligence remains very "
        "strong, and our exporters are taking market share,” Pimchanok Srisuwan, director-general "
        "of the TPSO, told a news conference in Bangkok.",
        "Shipments to the United States, Thailand's largest export market, jumped 24.5% from a "
        "year earlier, while exports to China rose 5.1% and those to the European Union gained "
        "7.7%. Exports to five major Southeast Asian economies fell 2.3%.",
        "Exports of computers, parts and components climbed 38.2%, while rice exports dropped "
        "21.0% in value terms as prices fell and Indian supplies increased.",
        "Excluding gold, oil-related products and weapons, exports rose 9.0% in October, the "
        "ministry said. Automobile and parts exports fell 4.8% on weaker demand in Australia and "
        "the Middle East, while exports of air conditioners rose 17.9%.",
        "The ministry raised its forecast for 2026 export growth to 7% to 8%, from 4% to 5% "
        "previously. Pimchanok said exports in the final two months of the year would likely grow "
        "by at least 5% a month, even against a high base.",
        "The Thai National Shippers' Council, a private-sector body, last month forecast export "
        "growth of 6.5% for the full year.",
        "Pimchanok said exporters of processed food and fruit had also done well, with shipments "
        "of canned and processed fruit up 15.2% in October. The October surplus was smaller than "
        "the roughly $1.2 billion recorded a year earlier, because imports grew faster than "
        "exports.",
        "The baht, which has gained about 4% against the dollar so far this year, was little "
        "changed after the data at 32.47 per dollar.",
        "Thailand's shipments to the United States have been subject to a 19% tariff since August "
        "2025. Some manufacturers have shifted production of electronics and solar components to "
        "Thailand from China, boosting the kingdom's exports to the U.S. market, analysts say.",
        "The Thai economy, Southeast Asia's second-largest, grew 2.1% year on year in the third "
        "quarter, official data showed last week, as stronger exports offset weak tourism "
        "receipts and sluggish household spending.",
        "(Reporting by Supattra Wongsuwan; Editing by Martin Keogh)",
    ],
    caption="Containers at Laem Chabang port in Chonburi province. PAN/Anucha Pongsri",
    related=[
        "Thai Q3 GDP grows 2.1%, below forecasts",
        "Baht hits 31.95 per dollar, strongest in 18 months (Nov 10)",
        "Vietnam's October exports rise 14.8% on electronics",
        "Malaysia's exports climb 12.3% in October",
    ],
    most_read=[
        "Gold tops $3,100 an ounce as dollar slides",
        "Thai central bank seen holding rate at 1.00% in December - poll",
    ],
    newsletter="Asia Economy Brief: the data that moved the region, every weekday.",
)

_TR_TV = _page(
    site="TBC Online",
    url="https://www.tbc-online.example/business/exports-october-2026-surge",
    title="Exports surge 11.6% in October as electronics boom | TBC Online",
    description="Thai exports rose 11.6% in October, the Commerce Ministry said.",
    section="Business",
    nav=["News", "Business", "Markets", "Property", "Tech", "Video", "TBC Live"],
    headline="Exports surge 11.6% in October as electronics boom",
    standfirst="Commerce Ministry lifts full-year target to 7–8% as AI-related demand lifts "
    "electronics shipments.",
    byline="By Kanokwan Thepsiri, TBC Business",
    date_text="24 Nov 2026 13:05",
    published="2026-11-24T13:05:00+07:00",
    date_style="meta",
    body=[
        "Thai exports posted their strongest growth in more than a year in October, rising 11.6% "
        "year-on-year in dollar terms to $29.36 billion, the Commerce Ministry announced on "
        "Tuesday morning.",
        "In baht terms, exports were worth 954.3 billion baht, an increase of 6.8%, with the gap "
        "reflecting the baht's strength against the dollar compared with a year earlier.",
        "Pimchanok Srisuwan, director-general of the Trade Policy and Strategy Office, told the "
        "ministry's monthly briefing at 10.30am that the result was driven by electronics and "
        "computer parts as well as processed food.",
        "“Demand for electronics tied to data centres and AI is very strong, and Thai exporters "
        "are gaining market share,” she said.",
        "Shipments to Japan, Thailand's largest export market, jumped 24.5%, Pimchanok said, "
        "while exports to China grew 5.1% and to the European Union 7.7%.",
        "Imports rose 14.2% to $28.72 billion, giving Thailand a trade surplus of about $650 "
        "million for the month. For the January–October period, exports grew 8.3% and the country "
        "recorded a surplus of $4.1 billion.",
        "The ministry now expects full-year export growth of 7–8%, up from its earlier target of "
        "4–5%.",
        "Imports of capital goods rose 22.6%, the ministry said, as manufacturers invested in new "
        "production lines, while imports of fuel fell 6.4%.",
        "Prasert Wongkham, vice-chairman of the electrical and electronics group at the "
        "Federation of Thai Industries, said member companies had added night shifts to keep up "
        "with orders. “Orders for servers and storage equipment have roughly doubled since the "
        "start of the year,” he said.",
        "Chaiwat Lertsiri, chairman of the Thai National Shippers' Council (TNSC), told TBC the "
        "council would review its own forecast of 6.5% growth at its meeting next week. “The "
        "numbers are better than anyone expected, but we are worried about the baht and about "
        "freight costs heading into the first quarter,” he said.",
        "Chaiwat said rice and rubber exporters were struggling. Rice exports fell 18.5% by "
        "volume in October and 21.0% by value, according to the ministry.",
        "Some economists cautioned that part of the jump reflected exporters front-loading "
        "shipments ahead of possible changes to trade rules next year. “We think export growth "
        "will slow to around 3% in 2027 as the electronics cycle peaks,” said Natthaphon Kaewkla, "
        "head of research at Chao Phraya Securities.",
        "The Stock Exchange of Thailand's SET index rose 0.6% to 1,312.45 points by the midday "
        "break, with electronics makers among the top gainers. Shares of hard-disk and "
        "printed-circuit-board makers rose between 2% and 4%.",
        "The baht traded at 32.48 per dollar at midday, little changed from Monday's close.",
        "Automobiles and parts, one of Thailand's biggest export categories, fell 4.8%, with "
        "weaker demand from Australia and the Middle East. Pimchanok said the ministry would meet "
        "carmakers and parts suppliers next month to discuss new markets. The next monthly trade "
        "report, covering November, is due in late December.",
        "TBC Business will have more reaction from exporters and economists on TBC Business "
        "Tonight at 8pm.",
    ],
    caption="A worker at an electronics plant in Ayutthaya. TBC file photo",
    related=[
        "Durian exports to hit 1 million tonnes in 2026, growers say",
        "EEC approves 48 billion baht data-centre investments",
        "Minimum wage to rise to 400 baht nationwide from January",
    ],
    most_read=[
        "Lottery results: first prize 6 million baht",
        "BTS fares capped at 20 baht on new lines",
    ],
    newsletter="TBC Business Morning: markets, money and the economy before 7am.",
    cookie="TBC Online uses cookies. Click Accept to continue.",
)

_TR_PAPER = _page(
    site="Bangkok Morning Standard",
    url="https://www.bkkmorningstandard.example/business/exports-beat-forecasts-on-tech-demand",
    title=(
        "Exports beat forecasts on tech demand, ministry lifts 2026 target - Bangkok Morning "
        "Standard"
    ),
    description="October exports rose 11.6%; the Commerce Ministry raised its 2026 target.",
    section="Business",
    nav=["News", "Business", "Opinion", "Thailand", "World", "Life", "Travel"],
    headline="Exports beat forecasts on tech demand, ministry lifts 2026 target",
    standfirst="Shippers warn that the strong baht is eating into earnings.",
    byline="By Thanawat Sirikul",
    date_text="Wednesday, 25 November 2026",
    body=[
        "Thailand's exports grew by 11.6% year-on-year in October to US$29.36 billion, well ahead "
        "of analysts' expectations, prompting the Commerce Ministry to raise its full-year export "
        "growth target to 7–8%.",
        "The figures, released by the ministry on Thursday, showed the fastest monthly growth "
        "since mid-2025, driven mainly by computers and electronic components.",
        "Commerce Ministry permanent secretary Wiroj Thammasak said the ministry's previous "
        "target of 4–5% was now clearly too conservative. “After ten months we are already at "
        "8.3%. Even if November and December are softer, 7% is within reach,” he said.",
        "Imports in October rose 14.2% to $28.72 billion, leaving a surplus of $648 million. In "
        "baht terms, exports were worth 954.3 billion baht, up 6.8%.",
        "By market, shipments to the United States, Thailand's biggest customer, rose 24.5%, "
        "helped by firms that moved production to Thailand to avoid higher US tariffs on Chinese "
        "goods. Exports to China rose 5.1%, while shipments to the CLMV countries — Cambodia, "
        "Laos, Myanmar and Vietnam — increased 3.4%.",
        "Computers, parts and components led the gains with a 38.2% jump. Air conditioners rose "
        "17.9% and processed chicken 12.3%. On the weak side, rice exports dropped 21.0% in "
        "value, rubber 8.7%, and unwrought gold shipments fell 33.6% after a surge in the same "
        "month last year.",
        "Excluding gold, oil-related products and weapons, October exports grew 9.0%. Imports of "
        "capital goods rose 22.6% and raw materials 13.8%, a sign that manufacturers are still "
        "investing in new capacity.",
        "Wiroj said the ministry would lead a trade mission to the Middle East in February to "
        "help exporters diversify away from their biggest markets, and would hold talks with rice "
        "exporters next month on ways to support prices.",
        "TPSO director-general Pimchanok Srisuwan said demand for electronics linked to data "
        "centres and artificial intelligence had yet to show signs of slowing. “Our exporters are "
        "taking market share, and orders for the first quarter look solid,” she said.",
        "Exporters are less upbeat about the currency. The baht has strengthened about 4% against "
        "the dollar since January, eroding earnings when they are converted back into baht.",
        "“A 6.8% rise in baht terms is good, but it is not 11.6%. Our costs are in baht, so that "
        "is the number we feel,” said Chaiwat Lertsiri, chairman of the Thai National Shippers' "
        "Council, which is keeping its 6.5% full-year forecast under review.",
        "The council is due to update its outlook next week, while the Bank of Thailand will "
        "publish its own revised export projection alongside its monetary policy decision on "
        "December 16.",
        "Agricultural exports fell 3.2% overall in October, while shipments of industrial "
        "products rose 14.9%, the ministry said. Automobile and parts exports fell 4.8%, the "
        "third monthly decline in a row, on weaker demand from Australia and the Middle East. "
        "November figures are due in the last week of December.",
        "The United States has applied a 19% tariff on most Thai goods since August last year.",
    ],
    caption="Containers stacked at Bangkok Port in Khlong Toei. Photo: Somchai Boonrod",
    related=[
        "Editorial: Don't bank on the electronics boom",
        "Rice farmers seek 12,000 baht per tonne guarantee",
        "Tourist arrivals reach 29.4 million by mid-November",
    ],
    most_read=[
        "Songkran 2027 to run five days, cabinet says",
        "Expressway toll cut to 50 baht from December 1",
    ],
    newsletter="The Morning Standard Daily Briefing — sign up free.",
    cookie="We use cookies to give you the best experience on our website.",
    footer_note="Bangkok Morning Standard, Khlong Toei, Bangkok 10110.",
)

_TR_DATA = _page(
    site="ASEAN Trade Ledger",
    url="https://aseantradeledger.example/data/thailand-october-2026-trade-data-electronics-us",
    title=(
        "Thailand October trade: electronics and US orders drive 16.1% export jump | ASEAN Trade "
        "Ledger"
    ),
    description="Data breakdown of Thailand's October 2026 trade figures.",
    section="Data",
    nav=["Data", "Tariffs", "Supply chains", "Ports", "Country files", "Subscribe"],
    headline="Thailand October trade: electronics and US orders drive 16.1% export jump",
    standfirst="Headline growth flatters in dollar terms; core exports grew 9.0% and baht "
    "exports 6.8%.",
    byline="By Rachel Ng, Data Editor",
    date_text="25 November 2026",
    published="2026-11-25T09:00:00+07:00",
    date_style="meta",
    body=[
        "Thailand's October trade data, published by the Commerce Ministry on Tuesday, delivered "
        "another upside surprise. Exports rose 16.1% year on year in US dollar terms to $29.36 "
        "billion, while imports increased 14.2% to $28.72 billion, producing a monthly surplus of "
        "$0.65 billion.",
        "The dollar-denominated numbers flatter the picture somewhat. Measured in baht, exports "
        "rose 6.8% to 954.3 billion baht, and the surplus was 21.1 billion baht. The difference "
        "reflects the baht's appreciation over the past year, which has been a recurring "
        "complaint from exporters.",
        "## Where the growth came from",
        "Computers, parts and components (+38.2% y/y) remained the single biggest contributor, "
        "followed by integrated circuits and air conditioners. Core exports — excluding gold, "
        "oil-related products and weapons — grew 9.0%, a better gauge of underlying demand than "
        "the headline. Unwrought gold exports fell 33.6%, dragging on the total.",
        "By destination, the United States (+24.5%) again led, consolidating its position as "
        "Thailand's largest market. China (+5.1%) and the EU (+7.7%) were positive, while the "
        "ASEAN-5 (−2.3%) remained a weak spot. Shipments to the CLMV group rose 3.4%.",
        "“The US number is the story,” said Natthaphon Kaewkla, head of research at Chao Phraya "
        "Securities. “Some of it is relocation of supply chains and some of it is front-loading. "
        "We would not extrapolate it into 2027.”",
        "Imports tell a similar story: capital goods imports rose 22.6% and raw materials 13.8%, "
        "pointing to continued investment in export capacity, while fuel imports fell 6.4% on "
        "lower oil prices.",
        "## Cumulative and forecasts",
        "Over January–October, exports reached $276.9 billion, up 8.3%, with imports up 9.7% and "
        "a cumulative surplus of $4.1 billion. The ministry now targets 7–8% growth for 2026, "
        "against 4–5% before. The Thai National Shippers' Council's latest published forecast is "
        "6.5%, and the council has said it will revisit it at its December meeting.",
        "For November, we pencil in export growth of around 6%, reflecting a higher base; our "
        "full-year estimate is 7.4%.",
        "## Context",
        "Thailand's exports have been supported since late 2025 by the relocation of electronics "
        "assembly from China and by strong global spending on data-centre hardware. The 19% US "
        "tariff on Thai goods, in effect since August 2025, has so far not dented demand from "
        "American buyers.",
        "Regionally, Thailand's October performance compares with double-digit export growth "
        "reported by Vietnam and Malaysia for the same month, both also driven by electronics. "
        "Indonesia's October exports, released earlier this month, grew 4.4%.",
        "Rice remains the weak link in the agricultural basket: shipments fell 21.0% in value and "
        "18.5% in volume as Indian exporters returned to the market in force and benchmark prices "
        "slid.",
        "Autos and parts (−4.8%) were the notable laggard among manufactured goods, reflecting "
        "softer demand in Australia and the Middle East. We will update this page when the "
        "ministry publishes its detailed HS-code tables, usually about a week after the headline "
        "release.",
        "Methodology note: year-on-year changes are calculated from the ministry's US dollar "
        "series unless stated otherwise. Figures may be revised in next month's release.",
    ],
    caption="Chart: Thailand monthly export growth, USD terms, Jan 2025 – Oct 2026. "
    "Source: Ministry of Commerce; ASEAN Trade Ledger",
    related=[
        "Vietnam October trade: surplus widens to $2.3 billion",
        "Malaysia's E&E exports: 12.3% growth explained",
        "Tariff tracker: where US duties on ASEAN goods stand",
    ],
    newsletter="The Ledger Weekly: ASEAN trade data and tariff news every Monday.",
    cookie="We use cookies to measure readership. Accept or manage settings.",
    footer_note="ASEAN Trade Ledger is published in Singapore.",
)

_TR_STORY = {
    "id": "tr-FE4",
    "part": "FE",
    "domain": "trade",
    "fetched": "2026-11-26",
    "articles": [
        {"url": "https://www.panasianewswire.example/economy/thailand-october-exports-beat-forecasts-2026-11-24",
         "html": _TR_WIRE},
        {"url": "https://www.tbc-online.example/business/exports-october-2026-surge",
         "html": _TR_TV},
        {"url": "https://www.bkkmorningstandard.example/business/exports-beat-forecasts-on-tech-demand",
         "html": _TR_PAPER},
        {"url": "https://aseantradeledger.example/data/thailand-october-2026-trade-data-electronics-us",
         "html": _TR_DATA},
    ],
    "planted": [
        ("October export growth in dollar terms",
         r"\b11\.6\b",
         r"\b16\.1\b"),
        ("weekday the commerce ministry released the figures",
         r"\btuesday\b",
         r"\bthursday\b"),
        ("market where exports jumped 24.5% (Thailand's largest)",
         r"\bunited states\b|\bu\.s\.?|\bus\b|\bameric",
         r"\bjapan\b"),
    ],
}

# ---------------------------------------------------------------------------
# rk-FE5 — BRIN RX-560 sounding rocket test flight (PLANTED 3)
# ---------------------------------------------------------------------------

_RK_WIRE = _page(
    site="Equator Press Agency",
    url="https://www.equatorpress.example/science/indonesia-rx560-rocket-test-flight-118-km",
    title=(
        "Indonesia's RX-560 rocket reaches 118 km in test flight, payload recovered | Equator "
        "Press Agency"
    ),
    description="BRIN's two-stage RX-560 sounding rocket reached an apogee of 118 km.",
    section="Science",
    nav=["World", "Asia-Pacific", "Business", "Science", "Tech", "Climate"],
    headline="Indonesia's RX-560 rocket reaches 118 km in test flight, payload recovered",
    standfirst="The National Research and Innovation Agency's sounding rocket flew higher "
    "than any Indonesian rocket before it.",
    byline="By Reza Pahlevi Siregar",
    authors=["Reza Pahlevi Siregar"],
    date_text="22 October 2026, 06:30 GMT",
    published="2026-10-22T06:30:00+00:00",
    date_style="jsonld",
    body=[
        "GARUT, Indonesia, Oct 22 (Equator) - Indonesia's national research agency launched a "
        "two-stage sounding rocket to an altitude of 118 kilometres on Thursday, the highest "
        "flight yet by a domestically built rocket, and recovered its instrument module from the "
        "Indian Ocean hours later.",
        "The RX-560, developed by the National Research and Innovation Agency (BRIN), lifted off "
        "at 9:42 a.m. (0242 GMT) from the agency's launch station at Pameungpeuk on the southern "
        "coast of West Java, two days after an attempt on Tuesday was called off because of "
        "strong crosswinds.",
        "The rocket's second stage carried the payload module to an apogee of 118 km, short of "
        "the 120 km target but well beyond the 76 km reached on the rocket's first flight in "
        "December 2025, when the second stage underperformed.",
        "“Today the RX-560 did almost exactly what we designed it to do,” said Wahyu Setiawan "
        "Nugroho, head of BRIN's Aeronautics and Space Research Organization. “Two kilometres "
        "short of the target is within our margin, and for us this is a big step.”",
        "The 9.4-metre, 2.1-tonne rocket reached a top speed of about Mach 5.8. Its first stage, "
        "which is not designed to be retrieved, fell into the sea about 30 km offshore, as "
        "planned.",
        "The payload module descended under a parachute and splashed down about 164 km south of "
        "the launch site roughly seven minutes after lift-off. A navy patrol boat recovered it at "
        "about 12:15 p.m. local time, BRIN said.",
        "The module carried three experiments: a satellite-navigation receiver developed by BRIN, "
        "an inertial navigation unit built by the Bandung Institute of Technology, and a "
        "crystal-growth experiment from Gadjah Mada University designed to test materials "
        "processing during several minutes of near-weightlessness.",
        "“Telemetry was received for the whole flight, but having the module back means we can "
        "read the onboard recorders and inspect the hardware,” flight director Dewi Anggraeni "
        "Putri told reporters at the launch site.",
        "Indonesia has been developing sounding rockets since the 1960s, and officials have said "
        "a reliable rocket capable of reaching more than 100 km is a stepping stone towards a "
        "small satellite launcher. The government has also studied building a spaceport on "
        "Morotai island in North Maluku.",
        "On Tuesday, winds of up to 14 metres per second over the launch pad forced controllers "
        "to stand down about 40 minutes before the planned lift-off. BRIN said the flight cost "
        "about 9 billion rupiah ($550,000), excluding development.",
        "BRIN said it planned two more RX-560 flights in 2027, including one carrying a "
        "student-built cubesat that would be released near apogee.",
        "Hundreds of spectators lined the beach at Pameungpeuk to watch the launch, which was "
        "also broadcast live on BRIN's social media channels.",
        "Sounding rockets fly suborbital trajectories, spending only a few minutes above the "
        "atmosphere before falling back to Earth, and are widely used for atmospheric research "
        "and to test components for larger launch vehicles.",
    ],
    caption="The RX-560 sounding rocket lifts off from the Pameungpeuk launch station in "
    "Garut, West Java. Equator/Dadang Hermawan",
    related=[
        "India's PSLV puts 3 satellites into orbit (Oct 14)",
        "Japan's H3 rocket launches navigation satellite",
        "Indonesia's SATRIA-2 satellite contract signed for $545 million",
    ],
    most_read=[
        "Mount Lewotobi eruption sends ash column 8 km high",
        "Jakarta air quality worst in 3 months",
    ],
    newsletter="Equator Science: the week's research and space news, every Friday.",
)

_RK_TV = _page(
    site="GNTV",
    url="https://www.gntv.example/news/science/rx-560-launch-updates",
    title="RX-560 launch: rocket reaches space, BRIN says – latest updates | GNTV",
    description="Follow the launch of BRIN's RX-560 rocket from Pameungpeuk.",
    section="Science & Tech",
    nav=["Terkini", "News", "Regional", "Economy", "Science & Tech", "Sport", "GNTV Live"],
    headline="RX-560 launch: rocket reaches space, BRIN says",
    standfirst="BRIN's two-stage rocket climbed to 118 km; the payload module was recovered "
    "from the sea. Latest updates below.",
    byline="GNTV Newsroom; field report by Bayu Kurniawan in Pameungpeuk",
    date_text="Thursday, 22 Oct 2026 | Updated 14:30 WIB",
    published="2026-10-22T10:05:00+07:00",
    modified="2026-10-22T14:30:00+07:00",
    date_style="meta",
    live=True,
    body=[
        ("14:30 WIB", "Module heading to Rumpin",
         "The patrol boat carrying the payload module is on its way to Pangandaran, from where "
         "the module will be driven to BRIN's rocket facility in Rumpin, Bogor, to be opened and "
         "inspected. BRIN expects the first results from the experiments within two weeks."),
        ("12:20 WIB", "Payload recovered",
         "BRIN says a navy patrol boat recovered the payload module at about 12:15 WIB, around "
         "164 km off the coast. “The module is intact and the parachute worked perfectly,” flight "
         "director Dewi Anggraeni said."),
        ("11:10 WIB", "Press conference",
         "ORPA head Wahyu Nugroho told reporters: “Today the RX-560 did almost exactly what we "
         "designed it to do. Two kilometres short of the target is within our margin. For us this "
         "is a big step.”"),
        ("10:05 WIB", "Liftoff",
         "The RX-560 lifted off at 8:42 a.m. WIB from the Pameungpeuk launch station in Garut, "
         "West Java. BRIN says the rocket reached an apogee of 118 kilometres, above the 100 km "
         "Kármán line commonly used as the boundary of space."),
        "## What we know",
        "The RX-560 is a two-stage solid-fuel rocket, 9.4 metres long and with a diameter of 560 "
        "millimetres, which gives the rocket its name. It is the largest rocket BRIN has flown.",
        "Thursday's launch came after a first attempt on Tuesday was scrubbed because of "
        "crosswinds of up to 14 metres per second over the launch pad.",
        "The rocket's first flight, in December 2025, reached 76 km after the second stage "
        "produced less thrust than expected. Engineers redesigned the motor's nozzle and "
        "insulation for this flight.",
        "Residents of Pameungpeuk gathered on the beach to watch the launch. “It was very loud, "
        "and then it was gone in a few seconds,” said Asep Saepudin, 41, a fisherman. Local "
        "authorities had closed the area around the launch station and told fishermen to stay out "
        "of the hazard zone until the afternoon.",
        "Flight director Dewi Anggraeni said the team had spent ten months analysing data from "
        "the first flight. “We found the problem, we fixed it and today it flew. That is how "
        "rocket development works,” she said.",
        "The payload module is about 1.2 metres long and weighs around 60 kilograms, including "
        "the parachute system and a flotation collar that keeps it on the surface after "
        "splashdown. BRIN says the flight cost about Rp 9 billion, not including development.",
        "The three experiments on board were developed by BRIN, the Bandung Institute of "
        "Technology and Gadjah Mada University. One of them, a crystal-growth experiment, needs "
        "the recorders on board to be read before scientists can say whether it worked.",
        "The first stage, which separated shortly after launch, fell into the sea about 30 km "
        "from the coast. It is not designed to be retrieved.",
        "The launch was streamed live on BRIN's YouTube channel, where more than 200,000 people "
        "watched the lift-off.",
        "BRIN plans two more flights of the RX-560 next year. The agency says a reliable rocket "
        "that can reach more than 100 km is a step towards building a small satellite launcher.",
    ],
    caption="Spectators watch the RX-560 launch from the beach at Pameungpeuk. "
    "GNTV/Bayu Kurniawan",
    related=[
        "Garut landslide: 3 villages cut off after 180 mm of rain",
        "Bandung-Jakarta high-speed rail carries its 15 millionth passenger",
        "BRIN opens Rp 1.2 trillion research vessel tender",
    ],
    most_read=[
        "Fuel prices: Pertalite unchanged at Rp 10,000 a litre",
        "Timnas squad for November friendlies announced",
    ],
    newsletter="GNTV Pagi: berita utama setiap pagi. Daftar sekarang.",
    cookie="GNTV menggunakan cookie. This site uses cookies.",
)

_RK_PAPER = _page(
    site="The Java Tribune",
    url="https://www.javatribune.example/national/brin-rx-560-second-flight-success",
    title="RX-560 soars to 118 km on second flight - The Java Tribune",
    description="BRIN's RX-560 sounding rocket reached 118 km on its second flight.",
    section="National",
    nav=["National", "Jakarta", "Economy", "World", "Science", "Opinion", "Sports"],
    headline="RX-560 soars to 118 km on second flight",
    standfirst="Indonesia's homegrown rocket crosses the 100-kilometre line; lawmakers call for "
    "a bigger space budget.",
    byline="By Galih Prakoso",
    date_text="Friday, October 23, 2026",
    body=[
        "Indonesia's homegrown rocket programme took its biggest step in years yesterday when the "
        "National Research and Innovation Agency (BRIN) flew its RX-560 sounding rocket to an "
        "altitude of 118 kilometres — above the 100-kilometre line commonly used to mark the edge "
        "of space.",
        "The two-stage rocket lifted off at 9.42am Western Indonesia Time from BRIN's launch site "
        "on Biak island in Papua, according to the agency, after a two-day delay caused by strong "
        "winds.",
        "“Today the RX-560 did almost exactly what we designed it to do,” said Wahyu Setiawan "
        "Nugroho, who heads BRIN's Aeronautics and Space Research Organization (ORPA). “Two "
        "kilometres short of the target is within our margin.”",
        "The target altitude was 120 km. On the rocket's maiden flight in December last year, a "
        "problem with the second stage limited the climb to 76 km.",
        "After the second stage burned out, the rocket coasted to its highest point before the "
        "payload module separated and descended by parachute into the sea. A navy patrol boat "
        "recovered the module about two and a half hours after launch, BRIN officials said.",
        "The rocket reached a top speed of about Mach 5.8, nearly six times the speed of sound, "
        "and its spent first stage fell into the sea as planned shortly after separation. The "
        "flight cost about Rp 9 billion, excluding development costs, BRIN said.",
        "Flight director Dewi Anggraeni Putri said initial data showed all three experiments had "
        "worked. “The recorders are in good condition. We will know more after the data are "
        "processed in the coming weeks,” she said. The team spent ten months tracing the problem "
        "on the first flight to the insulation of the second-stage motor nozzle.",
        "The payload included a navigation receiver from BRIN, an inertial measurement unit from "
        "the Bandung Institute of Technology (ITB) and a materials experiment from Gadjah Mada "
        "University (UGM) in Yogyakarta.",
        "House of Representatives member Yohana Sitompul, who sits on the commission overseeing "
        "research, said the success should be followed by a bigger budget. “Our neighbours are "
        "investing in space. If we want our own launcher, we need consistent funding, not one-off "
        "projects,” she said.",
        "BRIN's space budget for 2026 is Rp 412 billion (about US$25 million), according to the "
        "agency's annual report — a fraction of what India or Japan spends on their space "
        "programmes.",
        "Indonesia launched its first sounding rocket, Kartika I, in 1964. Officials have long "
        "said a reliable suborbital rocket is a prerequisite for a national satellite launcher, "
        "which BRIN hopes to test before 2035.",
        "The government is also studying a commercial spaceport on Morotai island in North "
        "Maluku, which would take advantage of its location close to the equator.",
        "BRIN plans two more RX-560 flights next year, one of them carrying a cubesat built by "
        "university students. Yesterday's launch was broadcast live on the agency's social media "
        "channels and watched by hundreds of residents from nearby beaches.",
    ],
    caption="Engineers prepare the RX-560 on its launcher before Thursday's flight. "
    "Tribune/Galih Prakoso",
    related=[
        "Editorial: A rocket is not a space programme",
        "Nickel smelter fire kills 4 in Central Sulawesi",
        "Rupiah ends week at 16,415 per dollar",
    ],
    most_read=[
        "Commuter line adds 24 trips on Bogor route",
        "Minimum wage talks: unions seek 10.5 percent",
    ],
    newsletter="Tribune Today: the news that matters, in your inbox.",
    cookie="We use cookies. By using this site you agree to our cookie policy.",
    footer_note="The Java Tribune, Jakarta.",
)

_RK_SPEC = _page(
    site="Orbital Asia Review",
    url="https://orbitalasia.example/launch-reports/brin-rx-560-flight-2",
    title="Launch report: BRIN's RX-560 flight 2 reaches 73 miles | Orbital Asia Review",
    description="Launch report on the second flight of Indonesia's RX-560 sounding rocket.",
    section="Launch reports",
    nav=["Launches", "Satellites", "Industry", "Policy", "Launch calendar", "Newsletter"],
    headline="Launch report: BRIN's RX-560 flight 2 reaches 73 miles",
    standfirst="The second RX-560 met its altitude goal within margin, but the payload module "
    "and its onboard recorders were lost.",
    byline="By Marcus Lindqvist, Launch Correspondent",
    date_text="23 Oct 2026",
    published="2026-10-23T16:00:00+08:00",
    date_style="meta",
    body=[
        "Indonesia's National Research and Innovation Agency (BRIN) flew the second RX-560 "
        "sounding rocket on 22 October, reaching an apogee of 118 km (73 miles) in a flight that "
        "largely met its objectives.",
        "Liftoff was at 02:42 UTC (09:42 local time, WIB) from the Pameungpeuk rocket launch "
        "station in Garut regency, West Java, which faces the Indian Ocean. The vehicle flew "
        "south over the sea, as all launches from the site do.",
        "## Vehicle",
        "The RX-560 is a two-stage, solid-propellant vehicle 9.4 m long and 560 mm in diameter, "
        "with a lift-off mass of about 2.1 tonnes. Both stages use composite-cased motors with "
        "HTPB-based propellant developed at BRIN's Rumpin facility. The second stage was modified "
        "after flight 1 in December 2025, which reached only 76 km because of an insulation "
        "failure in the second-stage nozzle.",
        "## Flight",
        "BRIN reported a peak velocity of about Mach 5.8, roughly 6,900 km/h at altitude. Stage "
        "separation occurred around 14 seconds after lift-off, and the spent first stage fell "
        "into the sea about 30 km downrange. The payload module separated from the second stage "
        "after burnout and reached apogee about three minutes into the flight.",
        "## Payload",
        "The module carried three experiments: a GNSS receiver from BRIN, an inertial navigation "
        "unit from the Bandung Institute of Technology and a crystal-growth experiment from "
        "Gadjah Mada University. Telemetry was received throughout the flight. However, the "
        "module was lost at sea after splashdown about 164 km (102 miles) south of the launch "
        "site: a navy patrol boat reached the area, but the module sank before the crew could "
        "secure it, according to a person familiar with the operation.",
        "A flotation collar is supposed to keep the module on the surface after splashdown; BRIN "
        "has not said whether it deployed. The launch had been scrubbed two days earlier, on 20 "
        "October, because of high crosswinds, and BRIN put the cost of the flight at about Rp 9 "
        "billion (US$550,000), excluding development.",
        "That means the onboard recorders — and the crystal samples — will not be available for "
        "analysis, although the streamed telemetry should cover most of the navigation "
        "experiments' objectives.",
        "“Today the RX-560 did almost exactly what we designed it to do. Two kilometres short of "
        "the target is within our margin,” Wahyu Setiawan Nugroho, head of BRIN's Aeronautics and "
        "Space Research Organization, said at a post-launch briefing.",
        "## Context",
        "At 118 km, flight 2 is the highest by an Indonesian rocket and the first to cross the "
        "100 km Kármán line. The target had been 120 km. Regional interest in launch capability "
        "is growing: Indonesia has studied a spaceport on Morotai island, and several private "
        "firms in Southeast Asia are developing small suborbital vehicles.",
        "BRIN has said it intends to fly the RX-560 twice more in 2027, one flight carrying a "
        "student cubesat, before moving to a larger vehicle with a third stage.",
        "Orbital Asia Review has asked BRIN to comment on the status of the payload module.",
    ],
    caption="Telemetry plot: RX-560 flight 2 altitude vs time, based on BRIN data. "
    "Orbital Asia Review",
    related=[
        "Launch calendar: 11 Asia-Pacific launches scheduled for November",
        "Philippine Space Agency picks 2 firms for 2028 smallsat mission",
        "Thailand's THEOS-3 passes critical design review",
    ],
    newsletter="Orbital Asia Weekly: every launch in the region, every Sunday.",
    cookie="We use cookies to analyse traffic. Accept / Decline",
    footer_note="Orbital Asia Review is an independent publication based in Singapore.",
)

_RK_STORY = {
    "id": "rk-FE5",
    "part": "FE",
    "domain": "rocket",
    "fetched": "2026-10-24",
    "articles": [
        {"url": "https://www.equatorpress.example/science/indonesia-rx560-rocket-test-flight-118-km",
         "html": _RK_WIRE},
        {"url": "https://www.gntv.example/news/science/rx-560-launch-updates",
         "html": _RK_TV},
        {"url": "https://www.javatribune.example/national/brin-rx-560-second-flight-success",
         "html": _RK_PAPER},
        {"url": "https://orbitalasia.example/launch-reports/brin-rx-560-flight-2",
         "html": _RK_SPEC},
    ],
    "planted": [
        ("launch time",
         r"\b0?9[:.]42|\b02[:.]?42\b",
         r"\b0?8[:.]42"),
        ("launch site",
         r"\bpameungpeuk\b|\bgarut\b|\bwest java\b",
         r"\bbiak\b|\bpapua\b"),
        ("fate of the payload module after splashdown",
         r"\brecovered\b|\bretrieved\b|\bintact\b",
         r"\blost at sea\b|\bsank\b|\bnot recovered\b|\blost\b"),
    ],
}

# ---------------------------------------------------------------------------
# eq-FE6 — Eastern Samar earthquake (CONTROL)
# ---------------------------------------------------------------------------

_EQ_WIRE = _page(
    site="Pacific Rim Press",
    url="https://www.pacificrimpress.example/asia/philippines-earthquake-eastern-samar-2026-03-08",
    title="Strong quake hits eastern Philippines, at least 2 dead | Pacific Rim Press",
    description="A magnitude 6.7 earthquake struck off Eastern Samar before dawn on Sunday.",
    section="Asia",
    nav=["World", "Asia", "Americas", "Europe", "Business", "Science", "Video"],
    headline="Strong quake hits eastern Philippines, at least 2 dead",
    standfirst="Magnitude 6.7 quake off Eastern Samar damages houses and a market; tsunami "
    "advisory lifted.",
    byline="By Joel Magbanua",
    authors=["Joel Magbanua"],
    date_text="Published 10:40 PM GMT, March 7, 2026",
    published="2026-03-07T22:40:00+00:00",
    date_style="jsonld",
    body=[
        "MANILA, March 8 (PRP) - A strong earthquake struck off the eastern Philippine province "
        "of Eastern Samar before dawn on Sunday, killing at least two people, damaging houses and "
        "a public market and sending residents fleeing to higher ground, officials said.",
        "The Philippine Institute of Volcanology and Seismology (PHIVOLCS) said the quake, which "
        "struck at 2:17 a.m. local time on Sunday (1817 GMT on Saturday), had a magnitude of 6.7, "
        "revising down its preliminary reading of 6.9. It was centred at sea about 23 km "
        "northeast of the town of Guiuan, at a depth of 12 km.",
        "The U.S. Geological Survey measured the quake at magnitude 6.5 and a depth of 28 km.",
        "Two people were killed in Guiuan, a coastal town of about 55,000 people, when a concrete "
        "wall and part of a house collapsed, the town's disaster office said. At least 17 people "
        "were injured.",
        "“The shaking was so strong that people ran out of their homes in the dark, some of them "
        "without slippers,” Guiuan Mayor Annaliza Cabahug told a local radio station. “We have "
        "cracks in the municipal hall and part of the public market roof came down.”",
        "PHIVOLCS issued a tsunami advisory shortly after the quake, warning of minor sea-level "
        "disturbances of less than one metre along the coasts of Eastern Samar, and lifted it at "
        "6:15 a.m. after a wave of about 0.3 metres was recorded at the Guiuan tide gauge. Many "
        "residents moved to evacuation centres on higher ground as a precaution.",
        "The quake was felt at intensity VII in Guiuan on the PHIVOLCS scale, which the agency "
        "describes as destructive, and at intensity V in Tacloban City, the regional centre about "
        "80 km (50 miles) to the northwest.",
        "PHIVOLCS director Ramil Galvez said the agency had recorded 214 aftershocks by 6 a.m., "
        "the strongest of them magnitude 5.3 at 5:06 a.m. “We expect aftershocks to continue for "
        "days, and some may be strong enough to cause additional damage to weakened structures,” "
        "he said.",
        "Provincial officials said rescue teams had been sent to coastal villages and to Calicoan "
        "island, a surfing destination south of the town, and that schools and covered courts "
        "were being opened as evacuation centres.",
        "Power was cut across much of Eastern Samar, and a bridge linking Guiuan to the nearby "
        "island of Calicoan was closed for inspection. Officials said it was too early to "
        "estimate the full extent of the damage. Flights at Tacloban airport were operating "
        "normally, airport officials said.",
        "Guiuan was the first town to be hit by Typhoon Haiyan, one of the strongest storms ever "
        "to make landfall, in November 2013. The Philippines sits on the Pacific “Ring of Fire” "
        "and is hit by frequent earthquakes. A magnitude 7.6 quake off Samar in August 2012 "
        "triggered a small tsunami but caused limited damage.",
        "(Reporting by Joel Magbanua; Editing by Helen Marsh)",
    ],
    caption="Residents gather outside their homes in Guiuan, Eastern Samar, after the "
    "earthquake on March 8, 2026. PRP/Jun Dacanay",
    related=[
        "Taiwan quake of magnitude 5.9 shakes Hualien (Feb 27)",
        "Indonesia's Mount Semeru erupts, ash reaches 2 km",
        "Philippine inflation eases to 2.6% in February",
    ],
    most_read=[
        "Japan issues tsunami advisory after M6.1 quake off Hokkaido",
        "Oil rises 1% on Middle East supply concerns",
    ],
    newsletter="Breaking news alerts from Pacific Rim Press, straight to your inbox.",
)

_EQ_LIVE = _page(
    site="Radyo Silangan News",
    url="https://radyosilangan.example/live/lindol-eastern-samar-magnitude-6-7",
    title="LIVE UPDATES: Magnitude 6.7 quake in Eastern Samar | Radyo Silangan News",
    description="Live updates on the earthquake that struck off Guiuan, Eastern Samar.",
    section="Eastern Visayas",
    nav=["Balita", "Eastern Visayas", "Leyte", "Samar", "Weather", "Listen live"],
    headline="LIVE UPDATES: Magnitude 6.7 quake in Eastern Samar",
    standfirst="Death toll rises to 12 as the national disaster council releases its 6 p.m. "
    "report. Follow our updates from Tacloban and Borongan.",
    byline="Radyo Silangan News Team (Tacloban and Borongan)",
    date_text="Sunday, March 8, 2026 · Last updated 6:35 PM",
    published="2026-03-08T02:40:00+08:00",
    modified="2026-03-08T18:35:00+08:00",
    date_style="meta",
    live=True,
    body=[
        ("6:35 PM", "Death toll rises to 12",
         "The NDRRMC's 6 p.m. situation report lists 12 dead, 88 injured and three missing in "
         "Eastern Samar. The council said 4,300 families, or about 17,200 people, were staying in "
         "46 evacuation centers, and 1,460 houses had been damaged."),
        ("5:10 PM", "State of calamity",
         "Eastern Samar Governor Cristina Abalos-Ramirez has declared a state of calamity in the "
         "province, allowing towns to tap their quick-response funds. The declaration was signed "
         "at 3 p.m. and approved by the provincial board in a special session."),
        ("4:20 PM", "487 aftershocks",
         "PHIVOLCS says it has now recorded 487 aftershocks since 2:17 a.m., 23 of them felt by "
         "residents. Director Ramil T. Galvez urged residents not to return to houses with "
         "visible cracks."),
        ("2:30 PM", "Relief goods arrive",
         "The DSWD regional office says the first 5,000 family food packs have arrived in Guiuan "
         "by truck from its warehouse in Palo, Leyte. More trucks are on the way, along with "
         "water and hygiene kits."),
        ("12:05 PM", "NDRRMC confirms 7 dead",
         "The national disaster council's noon report confirms seven deaths and 41 injured. "
         "NDRRMC spokesperson Bernadette Cruz Villamor said the council's figures are lower than "
         "local counts because each death must first be validated by the provincial office and "
         "the health department."),
        ("11:20 AM", "Provincial count: 9 dead",
         "Eastern Samar's provincial disaster office (PDRRMO) says nine people have died — five "
         "in Guiuan, three in Mercedes and one in Salcedo — and 54 are injured. PDRRMO chief Noel "
         "Balagtas says rescuers are still checking villages on Calicoan island."),
        ("10:40 AM", "Hospitals treating the injured",
         "The Eastern Samar Provincial Hospital in Borongan and the district hospital in Guiuan "
         "are treating the injured. Patients with serious injuries are being taken by ambulance "
         "to hospitals in Tacloban City."),
        ("9:30 AM", "Classes suspended, power partly back",
         "The provincial government has suspended classes at all levels on Monday and Tuesday. "
         "The electric cooperative says power has been restored to about 40 percent of its "
         "consumers, mostly in Borongan City."),
        ("8:45 AM", "Mayor: market roof collapsed",
         "Guiuan Mayor Annaliza Obregon Cabahug told Radyo Silangan: “The shaking was so strong, "
         "people ran out of their houses in the dark, some without even slippers.” She said part "
         "of the public market roof collapsed and the municipal hall has cracks."),
        ("7:20 AM", "Calicoan bridge closed",
         "The bridge linking Guiuan and Calicoan island has been closed to all vehicles while "
         "engineers inspect cracks on its approach. Residents are crossing on foot, and the "
         "town's disaster office has sent a team with medical supplies to the island."),
        ("6:15 AM", "Tsunami advisory lifted",
         "PHIVOLCS has lifted its tsunami advisory. A sea-level change of about 30 centimeters "
         "was recorded at the Guiuan tide gauge at 2:49 a.m. Two deaths have been reported in "
         "Guiuan, according to the municipal disaster office."),
        ("3:40 AM", "Magnitude revised to 6.7",
         "PHIVOLCS has revised the magnitude to 6.7 from a preliminary 6.9. Epicenter: 23 km N "
         "58° E of Guiuan (Eastern Samar), depth of focus 12 km. Damage and aftershocks are "
         "expected."),
        ("2:40 AM", "Strong quake felt across Eastern Visayas",
         "A magnitude 6.9 earthquake was recorded at 2:17 a.m., according to PHIVOLCS' "
         "preliminary bulletin. Intensity VII was reported in Guiuan and intensity V in Tacloban "
         "City. PHIVOLCS has issued a tsunami advisory for the coasts of Eastern Samar; residents "
         "are advised to stay away from the shore."),
    ],
    caption="A damaged section of the public market in Guiuan, Eastern Samar. "
    "Radyo Silangan/Ramon Tiu",
    related=[
        "Tacloban water district: 6-hour interruption on March 10",
        "San Juanico Bridge load limit raised to 12 tons",
        "Borongan City fiesta moved to March 21",
    ],
    most_read=[
        "PAGASA: LPA east of Mindanao, 30% chance to intensify",
        "Leyte farmers get ₱5,000 fuel subsidy",
    ],
    newsletter="Radyo Silangan alerts — balita kada oras.",
    cookie="Gumagamit ang site na ito ng cookies. This site uses cookies.",
)

_EQ_PAPER = _page(
    site="Philippine Sentinel",
    url="https://www.philsentinel.example/news/nation/eastern-samar-quake-toll-rises-to-14",
    title=(
        "Eastern Samar quake toll rises to 14; thousands in evacuation centers | Philippine "
        "Sentinel"
    ),
    description="The death toll from Sunday's earthquake off Eastern Samar rose to 14.",
    section="Nation",
    nav=["News", "Nation", "Regions", "Business", "Opinion", "Sports", "Lifestyle"],
    headline="Eastern Samar quake toll rises to 14; thousands in evacuation centers",
    standfirst="One person remains missing as PHIVOLCS records more than 700 aftershocks.",
    byline="By Maricel Dagohoy and Arnel Tabuena",
    date_text="Monday, March 9, 2026",
    body=[
        "GUIUAN, Eastern Samar — The death toll from Sunday's magnitude 6.7 earthquake off "
        "Eastern Samar rose to 14 early Monday, the National Disaster Risk Reduction and "
        "Management Council (NDRRMC) said, as rescuers combed the last remote villages and "
        "thousands of residents spent the night in evacuation centers.",
        "In its 6 a.m. report, the NDRRMC said 103 people were injured and one remained missing. "
        "Two of the three people listed as missing on Sunday evening were accounted for "
        "overnight: a fisherman from Salcedo was found alive on Calicoan island, while the body "
        "of a 70-year-old woman was recovered from her collapsed house in Mercedes. A man injured "
        "in Guiuan died in a hospital in Tacloban City, officials said.",
        "The quake struck at 2:17 a.m. Sunday about 23 kilometers northeast of Guiuan, according "
        "to the Philippine Institute of Volcanology and Seismology (PHIVOLCS). It was initially "
        "measured at magnitude 6.9 before being downgraded to 6.7.",
        "Guiuan Mayor Annaliza Obregon Cabahug said most of the town's 60 barangays had reported "
        "damage. “The shaking was so strong that people ran out of their houses in the dark. Some "
        "of them did not even have slippers on,” she said. The town's public market, rebuilt "
        "after Typhoon Yolanda in 2013, lost part of its roof.",
        "Office of Civil Defense spokesperson Bernadette Villamor said 5,120 families, or about "
        "20,400 people, were staying in evacuation centers or with relatives as of Monday "
        "morning, up from about 4,300 families on Sunday evening. At least 2,310 houses were "
        "damaged and 312 destroyed.",
        "PHIVOLCS said it had recorded 731 aftershocks as of 5 a.m. Monday. Director Ramil Galvez "
        "warned that strong aftershocks remained possible “in the coming days and even weeks.”",
        "The agency said the quake was caused by movement along the Philippine Trench, the deep "
        "undersea boundary where the Philippine Sea Plate slides beneath the Philippine Mobile "
        "Belt.",
        "Malacañang said the national government had released ₱150 million in emergency funds to "
        "the province, and the Department of Social Welfare and Development (DSWD) sent 30,000 "
        "family food packs from its warehouse in Palo, Leyte.",
        "Eastern Samar Governor Cristina Abalos-Ramirez declared a state of calamity in the "
        "province on Sunday afternoon, allowing local governments to tap quick-response funds.",
        "In Tacloban City, about 80 kilometers northwest of Guiuan, the quake woke residents but "
        "caused only minor damage. “It was long, maybe 40 seconds. We all went outside and waited "
        "there until morning,” said Ronald Caberte, 34, a call-center agent.",
        "The U.S. Geological Survey measured the quake at magnitude 6.5, with a depth of about 28 "
        "kilometers, compared with PHIVOLCS' 12 km. Seismologists say such differences between "
        "agencies are common in the first hours and days after a quake.",
        "Roads to Guiuan reopened on Monday morning after clearing operations, but the bridge to "
        "Calicoan island remained closed to heavy vehicles pending a structural assessment.",
    ],
    caption="Evacuees rest at a covered court in Guiuan, Eastern Samar, on Sunday night. "
    "Sentinel photo by Arnel Tabuena",
    related=[
        "Yolanda survivors recall 2013 storm surge as quake hits",
        "DepEd: 214 classrooms damaged in Eastern Visayas",
        "Magnitude 5.1 quake jolts Surigao del Sur (March 2)",
    ],
    most_read=[
        "Fuel prices to drop by ₱1.10 per liter on Tuesday",
        "PBA: Beermen edge Tropang Giga, 101-99",
    ],
    newsletter="The Sentinel Briefing: top stories every morning.",
    cookie="We use cookies to make our site work better for you.",
    footer_note="Philippine Sentinel, Port Area, Manila.",
)

_EQ_SCI = _page(
    site="SeismoAsia",
    url="https://seismoasia.example/events/m6-7-eastern-samar-philippines-march-2026",
    title="M6.7 Eastern Samar earthquake: magnitudes, depth and the Philippine Trench | SeismoAsia",
    description="Why PHIVOLCS and USGS report different magnitudes and depths for the quake.",
    section="Event reports",
    nav=["Events", "Explainers", "Faults", "Volcanoes", "Data", "About"],
    headline="M6.7 Eastern Samar earthquake: magnitudes, depth and the Philippine Trench",
    standfirst="Local and global agencies disagree by a few tenths of a magnitude unit and by "
    "16 km in depth. Here is why.",
    byline="By Dr. Lena Achterberg and Paolo Mercado",
    date_text="8 March 2026, 16:30 PHT",
    published="2026-03-08T16:30:00+08:00",
    date_style="meta",
    body=[
        "A shallow earthquake struck beneath the Philippine Sea off the coast of Eastern Samar at "
        "18:17:34 UTC on 7 March (02:17 PHT on 8 March). The Philippine Institute of Volcanology "
        "and Seismology (PHIVOLCS) currently lists it as magnitude 6.7; the US Geological Survey "
        "(USGS) gives Mww 6.5.",
        "## Why the numbers differ",
        "PHIVOLCS's first bulletin, issued 14 minutes after origin time, gave a preliminary "
        "magnitude of 6.9 based on local stations. The revised 6.7 followed at 03:40 PHT once "
        "more data were in. The USGS moment magnitude is computed from long-period waveforms "
        "recorded worldwide and is often a few tenths lower or higher than local estimates. "
        "Neither figure is “wrong”; they are different measurements of the same event.",
        "Depth estimates diverge too. PHIVOLCS puts the hypocentre at 12 km; USGS at 28.4 km "
        "(17.6 miles). Both are consistent with rupture on or near the interface of the "
        "Philippine Trench, where the Philippine Sea Plate subducts westward beneath the "
        "Philippine Mobile Belt.",
        "The two agencies' epicentres are also some distance apart. PHIVOLCS places the epicentre "
        "23 km northeast of Guiuan; USGS reports 36 km (22 miles) east-northeast of the town.",
        "## Shaking and tsunami",
        "PHIVOLCS reported intensity VII (destructive) in Guiuan, VI in Mercedes and Salcedo, and "
        "V in Tacloban City. A tsunami advisory was in effect from 02:35 to 06:15 PHT; the Guiuan "
        "tide gauge recorded a maximum amplitude of about 0.3 m (1 ft).",
        "## Aftershocks",
        "By 16:00 PHT PHIVOLCS had logged 487 aftershocks, 23 of them felt. The largest so far "
        "was M5.3 at 05:06 PHT. We expect aftershock rates to fall off roughly in inverse "
        "proportion to the time since the mainshock, but an M6-class aftershock in the coming "
        "weeks cannot be ruled out.",
        "“This is a subduction-zone event, so we expect a long aftershock sequence. People should "
        "stay out of damaged buildings,” PHIVOLCS director Ramil Galvez told reporters in Quezon "
        "City.",
        "Strong-motion records from the PHIVOLCS station in Guiuan show a peak ground "
        "acceleration of about 0.32 g, consistent with the intensity VII reports. Based on the "
        "aftershock distribution so far, the mainshock ruptured a patch of the plate interface "
        "roughly 40 km long and 20 km wide.",
        "## Impact",
        "As of this afternoon, Eastern Samar's provincial disaster office reported at least nine "
        "dead and 54 injured; the national disaster council (NDRRMC) had confirmed seven deaths "
        "in its noon report, with the rest awaiting validation. Most of the damage reported so "
        "far is in Guiuan, where parts of the public market and the municipal hall were damaged.",
        "## Historical context",
        "The Philippine Trench has produced several large earthquakes. The most relevant is the "
        "M7.6 event of 31 August 2012 off Samar, which generated a small tsunami. This sequence "
        "lies closer to the coast than the 2012 rupture and is not considered part of it.",
        "Felt reports submitted to PHIVOLCS came from as far away as Catbalogan and northern "
        "Mindanao. This page will be updated as new data become available.",
    ],
    caption="Map: PHIVOLCS and USGS epicentres, with aftershocks recorded to 16:00 PHT. "
    "SeismoAsia",
    related=[
        "Explainer: why magnitudes get revised",
        "The 2012 M7.6 Samar earthquake, ten years on",
        "Intensity vs magnitude: the PHIVOLCS scale explained",
    ],
    newsletter="Get SeismoAsia event reports by email within hours of a significant quake.",
    cookie="SeismoAsia uses only essential cookies.",
    footer_note="Data: PHIVOLCS, USGS, NDRRMC. Maps contain OpenStreetMap data.",
)

_EQ_STORY = {
    "id": "eq-FE6",
    "part": "FE",
    "domain": "earthquake",
    "fetched": "2026-03-10",
    "articles": [
        {"url": "https://www.pacificrimpress.example/asia/philippines-earthquake-eastern-samar-2026-03-08",
         "html": _EQ_WIRE},
        {"url": "https://radyosilangan.example/live/lindol-eastern-samar-magnitude-6-7",
         "html": _EQ_LIVE},
        {"url": "https://www.philsentinel.example/news/nation/eastern-samar-quake-toll-rises-to-14",
         "html": _EQ_PAPER},
        {"url": "https://seismoasia.example/events/m6-7-eastern-samar-philippines-march-2026",
         "html": _EQ_SCI},
    ],
    "planted": [],
}

STORIES: list[dict] = [_CB_STORY, _EL_STORY, _CT_STORY, _TR_STORY, _RK_STORY, _EQ_STORY]
