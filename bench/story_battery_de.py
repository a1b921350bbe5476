"""Story battery, part DE — France, Belgium, the Netherlands and Switzerland, events in 2026.

Written by engineer DE1 on 2026-12-07 for the twenty-ninth batch, a precision batch: six invented
news events, each covered by four outlets that differ in legitimate ways (time zones, local versus
UTC dates, rounding, unit and currency conversions, counts that grow with the time of each update,
provisional figures later revised, forecasts versus outcomes, earlier events' figures, other
bodies'
estimates, names with and without middle names or diacritics, roles phrased two ways, quotes in
slightly different wordings, sidebars about other stories). Three stories are controls with no
disagreement at all; the other three carry exactly three planted contradictions each, every one of
them in exactly one outlet.

cb-DE1 (central bank) — CONTROL. True facts: the Swiss National Bank cut its policy rate by
25 basis points from 0% to -0.25% on Thursday 17 September 2026, announced at 09:30 CEST
(07:30 UTC, 08:30 BST); press conference in Zurich at 10:00 CEST. Conditional inflation forecast
0.1% (2026), 0.3% (2027), 0.6% (2028), against 0.2%, 0.5%, 0.7% in June. August CPI -0.1% y/y,
core 0.4%. GDP 2026 "around 1%" (previously 1% to 1.5%). EUR/CHF 0.9285 -> 0.9341 right after the
decision (about 0.6%), 0.9330 at the close; USD/CHF 0.7912 -> 0.7960; 10-year yield -4 bp to
0.21% in the morning, 0.19% at the close; SMI +0.5% mid-morning, +0.8% at 12,418.6 at the close.
Chairman Lukas (Martin) Brändli, Vice Chairwoman Odile Rochat-Meier, board member Reto Caduff.
About two-thirds of sight deposits (about CHF 460 billion in total) exempt. HPA poll: 19 of 27
economists expected a cut. Next assessment Thursday 10 December 2026. Outlets: HPA wire
(article:published_time 07:34 UTC, updated 08:47 UTC); MarketPulse live page, London, times in
BST, date only in visible text; Central Banking Desk specialist analysis, NO date anywhere;
Limmat Tribune (Zurich) newspaper piece of Friday 18 September, JSON-LD date. Traps: BST vs CEST
for the same moments; intraday vs closing market levels; June forecasts vs September ones;
"25 basis points" vs "a quarter of a percentage point"; headline vs core CPI; history of earlier
rate moves (-0.75% in 2015, 1.75% peak in 2023); Brändli with and without umlaut or middle
name; the key quote in two wordings; the ECB's 2% deposit rate; sidebar figures from other stories.

el-DE2 (election) — PLANTED (3). True facts: Grenoble municipal runoff on Sunday 22 March 2026
(first round Sunday 15 March); polls closed 20:00 CET (19:00 UTC). Final: Claire Delorme-Vasseur
(Grenoble Demain) 46.8% / 23,963 votes, Mathieu Achard (Grenoble Audace) 38.9% / 19,918,
Sonia (Leïla) Benhamou (Grenoble Populaire) 14.3% / 7,322; margin 4,045 votes, 7.9 points;
turnout 51.4% (39.7% at 17:00; first round 47.9%); seats 44/11/4 of 59; council installs the
mayor on Friday 27 March. Pollster estimate at 20:00: 47/39/14; partial count at 21:30 (61 of 84
polling stations): 46.1/39.8/14.1. PLANTED: (1) weekday — right "Sunday", wrong "Saturday" in
LocalGov Europe; (2) name spelling — right "Achard", wrong "Achart" in Francewire; (3) winner's
share — right 46.8%, wrong 48.6% in The Paris Ledger. Outlets: Francewire wire
(article:published_time 22:20 UTC); Alpes Matin live page, times CET, date only in visible text;
The Paris Ledger newspaper of Monday 23 March, JSON-LD date; LocalGov Europe specialist, NO date.
Traps: estimates and partial counts vs final result; first-round figures; turnout at 17:00 vs
final; CET vs UTC; seats vs vote shares; Jérôme/Jerome Faucheux; "about 47%"; quote wordings.

ct-DE3 (court) — CONTROL. True facts: the Federal Criminal Court in Bellinzona, on Friday
24 April 2026, convicted Marc-André Lüthi, 58, former head of private banking at Banque
Rhodanienne (Rhodanienne Private Bank), Geneva, of aggravated money laundering, acquitted him of
forgery of documents; sentence four years and six months (54 months) plus 180 daily penalty units
of CHF 1,500 (CHF 270,000); prosecutors had sought five years. CHF 86 million laundered
2015-2021 through 41 accounts; CHF 31.4 million confiscated. The bank fined CHF 2.3 million and
ordered to pay a compensation claim of CHF 19.5 million; ex-compliance officer Nadia
Ferrazzini-Keller, 47, acquitted (CHF 64,000 costs). Three-judge panel presided by Giulia
Moretti-Baumann; reading 10:02-11:54 CEST (08:02-09:54 UTC). Trial opened Monday 16 February,
11 hearing days, closing arguments ended Thursday 12 March. FINMA in 2023 confiscated
CHF 4.8 million. Outlets: Alpine Dispatch wire (article:published_time 08:21 UTC, modified
10:14 UTC); Ticino Today local site, date only in visible text; Lake Geneva Post newspaper of
Saturday 25 April, JSON-LD; Compliance Ledger specialist, NO date. Traps: 54 months vs four and
a half years; "nearly two hours" vs 1 hour 52 minutes; CHF vs EUR/USD conversions; sentence
sought vs imposed; FINMA's 2023 figure; Lüthi/Luethi; Ferrazzini-Keller/Ferrazzini; "presiding
judge" vs "chair of the panel"; quote wordings; "more than 40 accounts".

tr-DE4 (trade) — PLANTED (3). True facts: EFTA (Switzerland, Norway, Iceland, Liechtenstein)
and Vietnam signed a free trade agreement in Geneva on Monday 22 June 2026 at 11:40 CEST
(09:40 UTC, 16:40 in Hanoi). Talks launched in May 2012, 19 formal rounds. Vietnam removes
tariffs on 98.7% of EFTA exports by value (72% at entry into force, the rest over up to ten
years; watches up to 25% over five years). Swiss-Vietnam goods trade CHF 4.6 billion in 2025
(imports CHF 3.5 billion, exports CHF 1.1 billion); EFTA-Vietnam trade USD 6.9 billion
(EFTA Secretariat). Signatories: Swiss economy minister Pascal Rüegsegger, Norway's trade
minister Ingrid Solheim Aasen, Vietnam's minister of industry and trade Nguyễn Văn Thành.
PLANTED: (1) place — right Geneva, wrong Bern in Brussels Trade Insider; (2) quote attribution —
the "opens the door of Europe's most competitive economies" quote is Thành's, Asia-Europe
Newswire gives it to Liechtenstein's foreign minister Sabine Frommelt; (3) amount — right CHF
4.6 billion, wrong CHF 6.4 billion in
Saigon Business Daily. Outlets: Asia-Europe Newswire wire (article:published_time 10:05 UTC);
Saigon Business Daily, next morning, Hanoi time, date only in visible text; Swiss Export Journal
specialist, NO date; Brussels Trade Insider, JSON-LD. Traps: CEST vs Hanoi time; CHF vs USD
totals of different scope; 98.7% vs "nearly 99%" of the EU deal; Nguyen Van Thanh without
diacritics; role phrasings; entry into force forecast; quote wordings.

rk-DE5 (rocket) — PLANTED (3). True facts: Ariane 6 flight VA274 (Ariane 64) lifted off from
Kourou, French Guiana, at 21:47 local time (UTC-3) on Tuesday 10 November 2026, i.e. 00:47 UTC
and 01:47 CET on Wednesday 11 November, after a scrub on Monday 9 November at T-7 minutes.
Hexalis-3 (Orbalys, 6,120 kg) separated 33 minutes 12 seconds after liftoff; signal acquired
41 minutes after liftoff. 14th Ariane 6 flight, fifth of 2026, third Ariane 64. Arianespace chief
executive Bertrand Castellane. PLANTED: (1) clock time — right 21:47, wrong 21:17 in Space
Industry Insider; (2) duration — right 33 minutes, wrong 43 minutes in French Guiana Today;
(3) title — Castellane is chief executive, EuroWire calls him chief operating officer. Outlets:
EuroWire wire (article:published_time 01:32 UTC 11 November, dateline "Nov 10");
Paris Science Hebdo live page in CET, date only in visible text; Space Industry Insider specialist,
NO date; French Guiana Today local site, JSON-LD. Traps: local 10 November vs UTC/CET
11 November; 6,120 kg vs 6.1 tonnes vs 13,490 lb; km vs miles; apogee vs geostationary altitude;
previous Hexalis-2 launch; scrub day vs launch day; euro vs dollar cost.

eq-DE6 (earthquake) — CONTROL. True facts: magnitude 5.1 (Swiss Seismological Service, first
automatic estimate 5.3) earthquake at 01:38 CEST on Sunday 4 October 2026 (23:38 UTC Saturday
3 October), depth about 6 km, epicentre near Grône, about 8 km east-northeast of Sion, Valais.
USGS: 4.9 at 10 km; EMSC: 5.0; SED moment magnitude 4.8. Injured: none known at 03:00, two by
06:30, five (one seriously, an 81-year-old woman in Chalais) by 11:00, six by 18:00. Aftershocks:
27 by 08:00 Sunday (strongest 3.4 at 02:11), 63 by 07:00 Monday. Felt reports: over 9,000 by
08:00, over 13,000 Sunday evening, 14,600 Monday morning. 38 residents evacuated in Chalais.
Buildings inspected/uninhabitable: 240/11 Sunday 17:00, 326/14 Sunday 21:00, 410/17 Monday
08:00. Trains Sion-Sierre resumed 07:15. State Councillor Frédéric Zufferey. Outlets: GlobeWire
wire (article:published_time 00:52 UTC, modified 06:10 UTC), Valais Direct live page in CEST,
date only in visible text; Lausanne Morning Post of Monday 5 October, JSON-LD; Quake & Risk
Journal specialist, NO date. Traps: Saturday UTC vs Sunday local; magnitude by agency and scale;
provisional 5.3 revised; growing counts with times; km vs miles; CHF loss range; 1855 and 1946
quakes; Grône/Grone; Zufferey's role in two phrasings.
"""

from __future__ import annotations

import html
import json

__all__ = ["STORIES"]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(text: str) -> list[str]:
    """Blank-line separated blocks -> HTML blocks ("## " heading, "> " quote, else <p>)."""
    out = []
    for block in text.strip().split("\n\n"):
        t = " ".join(block.split())
        if not t:
            continue
        if t.startswith("## "):
            out.append(f"<h2>{_esc(t[3:])}</h2>")
        elif t.startswith("> "):
            out.append(f"<blockquote><p>{_esc(t[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_esc(t)}</p>")
    return out


def _live(updates: list[tuple[str, str, str]], zone: str) -> list[str]:
    """Live-blog entries, newest first; each (clock time, heading or '', text)."""
    out = []
    for clock, head, text in reversed(updates):
        inner = "".join(_paras(text))
        h = f"<h3>{_esc(head)}</h3>" if head else ""
        out.append(
            f'<article class="live-entry"><p class="live-time"><span>{_esc(clock)}</span> '
            f'<abbr>{_esc(zone)}</abbr></p>{h}{inner}'
            '<div class="entry-share"><a href="#">Share this update</a></div></article>'
        )
    return out


def _site(name: str, host: str, **kw) -> dict:
    d = {
        "name": name,
        "host": host,
        "sep": " | ",
        "nav": ["Home", "News", "Business", "World", "Opinion"],
        "cookie": "We use cookies to improve your experience and to show you relevant ads.",
        "buttons": ("Accept all", "Manage settings"),
        "footer": ["About us", "Contact", "Privacy", "Terms of use"],
        "tagline": "",
        "share": ("Facebook", "X", "LinkedIn", "Email"),
        "newsletter": "",
        "lang": "en",
    }
    d.update(kw)
    return d


def _links(title: str, items, cls: str) -> str:
    lis = "".join(f'<li><a href="{_esc(h)}">{_esc(t)}</a></li>' for t, h in items)
    return f'<section class="{cls}"><h3>{_esc(title)}</h3><ul>{lis}</ul></section>'


def _page(site: dict, path: str, headline: str, standfirst: str, blocks: list[str], *,
          section: str, byline: str, published: str | None = None,
          modified: str | None = None, ld: tuple[str, str] | None = None,
          shown: str | None = None, figure: tuple[str, str, str] | None = None,
          related=(), most_read=(), tags=(), ad_every: int = 4, live: bool = False) -> dict:
    url = f"https://{site['host']}{path}"
    title = f"{headline}{site['sep']}{site['name']}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f'<meta name="description" content="{_esc(standfirst)}">',
        f'<link rel="canonical" href="{_esc(url)}">',
        f'<meta property="og:title" content="{_esc(headline)}">',
        f'<meta property="og:description" content="{_esc(standfirst)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_esc(url)}">',
        f'<meta property="og:site_name" content="{_esc(site["name"])}">',
        f'<meta property="og:image" content="https://{site["host"]}/img/'
        f'{path.strip("/").split("/")[-1]}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="stylesheet" href="https://static.{site["host"]}/css/main.css">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{modified}">')
    if section:
        head.append(f'<meta property="article:section" content="{_esc(section)}">')
    if ld:
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if live else "NewsArticle",
            "headline": headline,
            "datePublished": ld[0],
            "dateModified": ld[1],
            "author": {"@type": "Person", "name": byline.replace("By ", "")},
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        js = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{js}</script>')
    nav = "".join(f'<li><a href="/{_esc(n.lower().replace(" ", "-"))}/">{_esc(n)}</a></li>'
                  for n in site["nav"])
    b1, b2 = site["buttons"]
    cookie = (f'<div id="consent" class="consent-banner" role="dialog"><p>{_esc(site["cookie"])}'
              f' <a href="/privacy/">Read our cookie policy</a>.</p>'
              f'<button type="button">{_esc(b1)}</button>'
              f'<button type="button">{_esc(b2)}</button></div>')
    share = "".join(f'<li><a class="share" href="#">{_esc(s)}</a></li>' for s in site["share"])
    body_parts = []
    for i, blk in enumerate(blocks):
        body_parts.append(blk)
        if ad_every and (i + 1) % ad_every == 0 and i + 1 < len(blocks):
            body_parts.append('<aside class="ad-slot"><span class="ad-label">Advertisement'
                              '</span><div class="ad-frame"></div></aside>')
    meta_line = f'<p class="byline">{_esc(byline)}</p>'
    if shown:
        meta_line += f'<p class="dateline-time">{_esc(shown)}</p>'
    fig = ""
    if figure:
        src, cap, credit = figure
        fig = (f'<figure class="lead-image"><img src="https://img.{site["host"]}/{_esc(src)}" '
               f'alt="{_esc(cap)}"><figcaption>{_esc(cap)} '
               f'<span class="credit">{_esc(credit)}</span></figcaption></figure>')
    tag_html = ""
    if tags:
        tag_html = '<ul class="tags">' + "".join(
            f'<li><a href="/topic/{_esc(t.lower().replace(" ", "-"))}/">{_esc(t)}</a></li>'
            for t in tags) + "</ul>"
    side = ""
    if related:
        side += _links("Related", related, "related")
    if most_read:
        side += _links("Most read", most_read, "most-read")
    news = ""
    if site["newsletter"]:
        news = (f'<section class="newsletter"><h3>{_esc(site["newsletter"])}</h3>'
                '<form><input type="email" placeholder="Your email address">'
                '<button type="submit">Sign up</button></form>'
                '<p>You can unsubscribe at any time.</p></section>')
    foot = "".join(f'<li><a href="/{_esc(f.lower().replace(" ", "-"))}/">{_esc(f)}</a></li>'
                   for f in site["footer"])
    tagline = f'<p class="tagline">{_esc(site["tagline"])}</p>' if site["tagline"] else ""
    cls = "live-blog" if live else "article-body"
    page = (
        f'<!DOCTYPE html>\n<html lang="{site["lang"]}">\n<head>\n' + "\n".join(head)
        + "\n</head>\n<body>\n"
        + f'<header class="site-header"><a class="logo" href="/">{_esc(site["name"])}</a>'
        + f'{tagline}<nav><ul>{nav}</ul></nav>'
        + '<a class="subscribe" href="/subscribe/">Subscribe</a></header>\n'
        + cookie + "\n"
        + '<aside class="ad-slot ad-top"><span class="ad-label">Advertisement</span></aside>\n'
        + f'<main><article><p class="kicker"><a href="/{_esc(section.lower())}/">'
        + f'{_esc(section)}</a></p>'
        + f"<h1>{_esc(headline)}</h1>"
        + f'<p class="standfirst">{_esc(standfirst)}</p>'
        + meta_line
        + f'<ul class="share-bar">{share}</ul>'
        + fig
        + f'<div class="{cls}">\n' + "\n".join(body_parts) + "\n</div>"
        + tag_html
        + f'<ul class="share-bar bottom">{share}</ul>'
        + "</article>\n"
        + f'<aside class="sidebar">{side}{news}</aside></main>\n'
        + f'<footer><ul>{foot}</ul><p>&copy; {_esc(site["name"])}. All rights reserved.</p>'
        + "</footer>\n</body>\n</html>\n"
    )
    return {"url": url, "html": page}


# ---------------------------------------------------------------------------------------------
# cb-DE1 — central bank (CONTROL)
# ---------------------------------------------------------------------------------------------

_HPA = _site(
    "HPA Newswire", "hpa-wire.example", sep=" - ",
    nav=["Top News", "Markets", "Switzerland", "Europe", "Companies", "Wire Photos"],
    cookie="HPA uses cookies and similar technologies for analytics and advertising.",
    buttons=("Accept", "Reject optional cookies"),
    footer=["About HPA", "Licensing", "Corrections", "Privacy", "Accessibility"],
    share=("X", "LinkedIn", "Copy link"),
)
_MPULSE = _site(
    "MarketPulse", "marketpulse.example",
    nav=["Live", "Markets", "FX", "Rates", "Commodities", "Personal Finance"],
    cookie="MarketPulse and its partners store and access information on your device.",
    buttons=("I accept", "Show purposes"),
    footer=["Advertise", "Careers", "Cookie settings", "Terms", "Contact the newsdesk"],
    newsletter="Get the MarketPulse morning briefing",
    tagline="Live markets coverage from London",
)
_CBDESK = _site(
    "Central Banking Desk", "cbdesk.example", sep=" — ",
    nav=["Policy", "Rates", "Balance sheets", "People", "Research", "Events"],
    cookie="This site uses essential cookies and, with your consent, analytics cookies.",
    buttons=("Allow analytics", "Essential only"),
    footer=["Subscriptions", "Institutional access", "Editorial standards", "Privacy"],
    newsletter="Weekly: the policy-rate tracker",
    share=("LinkedIn", "Email", "Print"),
)
_LIMMAT = _site(
    "Limmat Tribune", "limmattribune.example",
    nav=["Zurich", "Switzerland", "Economy", "Money", "Culture", "Sport"],
    cookie="We and our partners use cookies to personalise content and measure audiences.",
    buttons=("Agree", "Options"),
    footer=["Imprint", "Subscriptions", "Data protection", "Archive", "Jobs"],
    newsletter="Money matters: our Friday newsletter on your finances",
    tagline="Zurich's English-language daily",
)

_CB_SIDEBAR = [
    ("Norges Bank keeps rate at 3.75% and signals one more cut",
     "/markets/norges-bank-holds"),
    ("Czech inflation eases to 2.3% in August", "/europe/czech-inflation-august"),
    ("UK retail sales rise 0.6% in August", "/markets/uk-retail-sales"),
]

_CB_A = """
ZURICH, Sept 17 (HPA) – The Swiss National Bank cut its policy rate by 25 basis points to minus
0.25% on Thursday, taking borrowing costs below zero for the first time since September 2022 as
inflation hovers around zero and the franc stays close to record highs against the euro.

The decision, published at 09:30 local time (0730 GMT), had been expected by 19 of the 27
economists polled by HPA last week. The other eight had forecast that the central bank would
keep its rate at 0%, where it has stood since June 2025.

"With inflation close to zero and a strong franc, a moderately negative policy rate is the
appropriate response," SNB Chairman Lukas Brändli told a news conference in Zurich. "We are not
in a hurry to go further, but we remain ready to act if necessary."

The SNB lowered its conditional inflation forecast, which assumes the policy rate stays at minus
0.25% over the whole forecast horizon. It now sees average inflation of 0.1% this year, 0.3% in
2027 and 0.6% in 2028, compared with 0.2%, 0.5% and 0.7% in its June forecast.

Swiss consumer prices fell 0.1% in August from a year earlier, according to the Federal
Statistical Office, after being flat in July. Core inflation, which strips out volatile items
such as energy and fresh food, was 0.4%. The SNB defines price stability as annual inflation of
between 0% and 2%.

The central bank also trimmed its growth outlook, saying it expects gross domestic product to
expand by around 1% this year, down from a range of 1% to 1.5% three months ago. It cited weaker
foreign demand and the drag from US tariffs on industries such as machinery and watches.

The franc weakened after the announcement. The euro rose to 0.9341 francs from 0.9285 shortly
before 09:30, while the dollar climbed to 0.7960 francs from 0.7912. The yield on the 10-year
Swiss government bond fell 4 basis points to 0.21%.

## Banks partly shielded

As during its previous period of negative rates, the SNB will exempt a large part of banks'
sight deposits. Balances up to a threshold will be remunerated at 0%, while those above it will
be charged the policy rate of minus 0.25%, Vice Chairwoman Odile Rochat-Meier said. The
threshold will be set so that roughly two-thirds of sight deposits remain exempt, she added.

The SNB repeated that it remains willing to intervene in the foreign exchange market as
necessary. It does not report its interventions in real time; quarterly data published in June
showed that it bought foreign currency worth 5.1 billion francs in the first three months of the
year.

"The SNB has chosen the lesser of two evils," said Sabine Imhof, chief economist at Banque
Lémanique in Geneva. "Negative rates are unpopular with savers and pension funds, but a franc at
these levels would have pushed inflation below zero well into next year."

## Long road back

Negative rates were a defining feature of Swiss monetary policy for more than seven years. The
SNB cut its rate to minus 0.75% in January 2015, when it also abandoned its cap on the franc,
and only lifted it to minus 0.25% in June 2022 and to 0.5% three months later. It raised rates
to a peak of 1.75% in June 2023 before starting to cut again in March 2024.

Thursday's cut comes a week after the European Central Bank left its deposit rate unchanged at
2%. The widening gap between Swiss and euro zone rates is one reason policymakers hope the franc
will ease, analysts said.

The SNB's next scheduled monetary policy assessment is on Dec. 10.

(Reporting by Corinne Walder and Jonas Egli; Editing by Martin Kessler)
"""

_CB_B = [
    ("08:02", "Good morning", """
Good morning and welcome to our live coverage of the Swiss National Bank's September policy
assessment. The decision is due at 08:30 BST, which is 09:30 in Zurich. Money markets are
pricing roughly a 70% chance of a quarter-point cut from the current 0%, which would take the
policy rate back below zero for the first time since 2022.
"""),
    ("08:15", "The backdrop", """
A reminder of why a cut is on the table. Swiss consumer prices fell 0.1% year on year in August,
below the bottom of the SNB's 0-2% target range, and the euro has spent most of the summer below
0.94 francs. Core inflation is a little firmer at 0.4%, but that will not comfort a central bank
worried about the strong franc.
"""),
    ("08:31", "SNB cuts to -0.25%", """
Breaking: the SNB has cut its policy rate by 0.25 percentage points to -0.25%. It says it
remains willing to intervene in the currency market as necessary.
"""),
    ("08:34", "Franc slides", """
The franc is weaker across the board. Euro/franc jumped from about 0.9285 just before the
announcement to 0.9341, a move of roughly 0.6%. Dollar/franc is up at 0.7960 from 0.7912.
"""),
    ("08:40", "New forecasts", """
The SNB's new conditional inflation forecast: 0.1% for 2026, 0.3% for 2027 and 0.6% for 2028,
all lower than in June. The central bank now expects Swiss growth of "around 1%" this year.
"""),
    ("08:52", "First reaction", """
Priya Raman, FX strategist at Thameside Capital in London, emails: "The cut itself was largely
priced, but the insistence on intervention tells you the SNB wants the franc weaker, not just
stable. We would not fight it for now."
"""),
    ("09:04", "Press conference under way", """
The news conference has started in Zurich. Chairman Lukas Brandli, flanked by Vice Chairwoman
Odile Rochat-Meier and Governing Board member Reto Caduff, is reading the introductory
statement.
"""),
    ("09:12", "Brandli: 'the right response'", """
Brandli on the decision: "With inflation near zero and the franc strong, a moderately negative
rate is the right response." He said the board had weighed the side effects for banks and savers
carefully.
"""),
    ("09:18", "Stocks", """
The SMI is up 0.5%, with exporters leading the gains. Swiss bank shares are lower, the sector
index down 1.2%, as investors weigh the hit to lending margins from negative rates.
"""),
    ("09:40", "How the exemption works", """
Rochat-Meier says sight deposits up to an exemption threshold will earn 0%; only balances above
it will be charged -0.25%. The threshold is calibrated so that about two-thirds of banks' sight
deposits are exempt.
"""),
    ("10:05", "'Not in a hurry'", """
Asked whether rates could fall further, Brandli said: "We are not in a hurry to go further, but
we remain ready to act if necessary." He declined to say whether the three-member Governing
Board had been unanimous; the SNB does not publish how its members vote.
"""),
    ("10:30", "Wrapping up", """
That is where we will leave our live coverage. To recap: the SNB cut its policy rate to -0.25%
from 0%, lowered its inflation forecasts and repeated that it is ready to intervene in currency
markets. The franc weakened by more than half a percent against the euro. The next assessment is
due on 10 December. Thanks for following.
"""),
]

_CB_C = """
Thursday's decision by the Swiss National Bank to cut its policy rate to minus 0.25% ends a
fifteen-month pause at zero and revives a toolkit that many in Zurich had hoped never to use
again. The cut of a quarter of a percentage point, announced on 17 September, was the first move
in either direction since June 2025.

## A familiar mechanism

The SNB did not invent anything new. As between 2015 and 2022, the negative rate applies only to
the part of each bank's sight deposits that exceeds an exemption threshold. Balances below the
threshold earn 0%. According to Vice Chairwoman Odile Rochat-Meier, the threshold has been
calibrated so that roughly two-thirds of total sight deposits, which stood at about CHF 460
billion at the end of August, are exempt.

Our calculation suggests that leaves about CHF 150 billion subject to the minus 0.25% rate,
which would cost the banking system in the region of CHF 380 million a year before any
pass-through to clients. That is a fraction of the burden under the old regime, when the rate
was minus 0.75%, but smaller cantonal and regional banks with large deposit bases are likely to
feel it most.

"This is not a return to 2015," Governing Board member Reto Caduff said at the news conference.
"The level is far less negative and the exemption is far more generous."

## Forecast and communication

The conditional inflation forecast now stands at 0.1% for 2026, 0.3% for 2027 and 0.6% for 2028,
against 0.2%, 0.5% and 0.7% in June. Even with the cut, the forecast stays in the lower half of
the 0-2% range throughout the horizon, which leaves the door open to further easing.

Chairman Lukas Martin Brändli was careful not to walk through it. "We are not in a hurry to go
further, but we remain ready to act if necessary," he said. Asked about foreign exchange
interventions, he repeated the standard formula that the SNB remains willing to intervene as
necessary.

The SNB's balance sheet data show foreign currency investments of about CHF 742 billion at the
end of August. The bank has been a modest buyer of foreign currency this year, with CHF 5.1
billion of purchases reported for the first quarter, a far cry from the hundreds of billions it
bought in the years after 2015.

## The path so far

For readers keeping track of the cycle: the SNB lifted its rate out of negative territory in
September 2022, raised it to a peak of 1.75% in June 2023, then cut it in six steps between
March 2024 and June 2025, to 0%. It held at zero in September and December 2025 and in March and
June 2026.

The immediate market reaction was in line with what the bank wanted. The franc lost about 0.6%
against the euro within minutes, with EUR/CHF trading at 0.9341, and ten-year Confederation bond
yields fell by four basis points to 0.21% during the morning.

## What the economists say

Of the 27 economists polled by HPA Newswire the week before the meeting, 19 had forecast a cut,
so the move was not a surprise. The debate now is about the floor. Sabine Imhof of Banque
Lémanique expects the SNB to hold at minus 0.25% "for at least two or three quarters", while
Thomas Gerber of Aarewerk Bank says a second cut in December is "possible but not our base
case".

Others are more sceptical of the instrument itself. "Negative rates did their job in 2015, but
the side effects on pension funds were real," said Elisabeth Kuonen, a former SNB economist who
now teaches at the University of Bern. "The bank is betting that a small dose will be enough."

The next monetary policy assessment is scheduled for 10 December.
"""

_CB_D = """
Negative interest rates are back in Switzerland. The Swiss National Bank yesterday lowered its
policy rate from 0% to minus 0.25%, the first time it has been below zero since September 2022.
For households, the question is what the move means for mortgages, savings accounts and
pensions.

"With inflation close to zero and a strong franc, a moderately negative policy rate is the
appropriate response," SNB Chairman Lukas Brändli told journalists in Zurich yesterday morning.
Consumer prices were 0.1% lower in August than a year earlier, and the central bank now expects
inflation of just 0.1% for the whole of 2026.

## Mortgages: cheaper, but not much

The most direct effect is on Saron mortgages, whose interest rates are tied to the Swiss Average
Rate Overnight, which closely tracks the SNB's policy rate. Borrowers on such loans can expect
their rate to fall by about a quarter of a percentage point when their next interest period
starts, though banks' margins and the floors written into many contracts will limit the benefit.

Fixed-rate mortgages had already priced in much of the cut. According to the comparison platform
Hypo-Radar, the average ten-year fixed rate offered on Thursday was 1.55%, down from 1.61% a
week earlier. The yield on ten-year Confederation bonds ended the day at 0.19%, six basis points
lower than on Wednesday.

"Anyone who was waiting for the cut before fixing has missed most of it," said Andrea Vogt, a
mortgage adviser at an independent brokerage in Winterthur.

## Savings: zero is the new normal

For savers the picture is bleaker. Most large banks were already paying 0% or close to it on
standard savings accounts, and none has so far announced negative rates for private customers.
Banks' own sight deposits at the SNB are largely shielded: about two-thirds are exempt from the
negative rate, according to Vice Chairwoman Odile Rochat-Meier.

"We do not expect banks to charge ordinary savers," said Thomas Gerber, senior economist at
Aarewerk Bank. "But large corporate deposits are another matter, and some fees may creep back."

## Pension funds worried

Pension funds, which have to earn returns for their members while holding large amounts of Swiss
bonds, greeted the decision with dismay. "Every step towards negative yields makes our job
harder and our promises more expensive," said Martina Kälin, managing director of the Pension
Fund Forum, an industry group.

## Exporters relieved

Exporters, by contrast, welcomed the move. The franc fell after the announcement: the euro rose
to 0.9341 francs within minutes, from 0.9285 beforehand, and ended the day at 0.9330. "Every
centime counts when US tariffs already eat into our margins," said Daniela Wyss, president of
the exporters' group Export Forum Schweiz.

The stock market also liked what it saw. The Swiss Market Index closed 0.8% higher at 12,418.6
points, led by industrial and watch stocks, while bank shares fell.

## Politics

The decision drew criticism from some parliamentarians. Beat Stalder, a member of the National
Council's economic affairs committee, said the SNB was "punishing savers to subsidise
exporters". The central bank, which is independent, argues that its mandate is price stability,
not any particular group's interests.

The SNB signalled no rush to go further. "We are not in a hurry to go further, but we remain
ready to act if necessary," Brändli said. The central bank's next quarterly assessment is on 10
December.

Yesterday's move came a week after the European Central Bank held its deposit rate at 2%,
widening the gap between Swiss and euro zone rates to 2.25 percentage points.
"""


def _cb() -> dict:
    a = _page(
        _HPA, "/markets/2026/09/17/snb-cuts-rate-minus-025-idHPA17091",
        "Swiss National Bank cuts rate to minus 0.25%, back in negative territory",
        "The SNB lowers its policy rate by 25 basis points, trims inflation forecasts and says it "
        "remains willing to intervene in currency markets.",
        _paras(_CB_A), section="Markets", byline="By Corinne Walder and Jonas Egli",
        published="2026-09-17T07:34:00Z", modified="2026-09-17T08:47:00Z",
        shown="Updated 08:47 GMT, 17 September 2026",
        related=_CB_SIDEBAR, ad_every=5,
    )
    b = _page(
        _MPULSE, "/live/snb-september-decision-live",
        "SNB decision live: Swiss central bank cuts rate below zero – as it happened",
        "Rolling coverage of the Swiss National Bank's September decision, the franc's reaction "
        "and the press conference in Zurich.",
        _live(_CB_B, "BST"), section="Live", byline="By Tom Ashworth and Leila Haddad",
        shown="Last updated 10:32 BST, Thursday 17 September 2026",
        most_read=[
            ("Gilts rally as UK inflation surprises to the downside", "/rates/gilts-rally"),
            ("Oil slips below $68 as supply concerns ease", "/commodities/oil-slips"),
            ("Five charts on the strong franc", "/fx/five-charts-franc"),
        ],
        ad_every=4, live=True,
    )
    c = _page(
        _CBDESK, "/policy/snb-back-below-zero-tiering-explained",
        "SNB goes back below zero: what the tiering rules mean for banks",
        "The return to a negative policy rate is modest and cushioned by a generous exemption "
        "threshold. We look at the costs for banks and the message to markets.",
        _paras(_CB_C), section="Policy", byline="By Hélène Marchand, Senior Correspondent",
        related=[
            ("Riksbank holds at 1.75%, sees rates flat into 2027", "/rates/riksbank-holds"),
            ("Interview: the case against tiering, by a former central banker",
             "/people/interview-tiering"),
            ("Danmarks Nationalbank follows ECB with hold", "/rates/danmarks-hold"),
        ],
        tags=("Swiss National Bank", "Negative rates", "Tiering"), ad_every=6,
    )
    d = _page(
        _LIMMAT, "/money/negative-rates-mortgages-savings-snb",
        "Negative rates are back: what the SNB's cut means for mortgages and savings",
        "The central bank's move to minus 0.25% will make some mortgages slightly cheaper. "
        "Savers and pension funds are less happy.",
        _paras(_CB_D), section="Money", byline="By Nora Steiner",
        ld=("2026-09-18T05:30:00+02:00", "2026-09-18T05:30:00+02:00"),
        shown="Friday, 18 September 2026",
        figure=("snb-zurich-entrance.jpg",
                "The Swiss National Bank's building on Börsenstrasse in Zurich.",
                "Photo: Marco Bernasconi / Limmat Tribune"),
        most_read=[
            ("Zurich rents rise 3.2% in a year, the steepest in a decade", "/zurich/rents"),
            ("Tram line 2 closed for three weeks from Monday", "/zurich/tram-2-closure"),
            ("FC Zurich sack coach after five straight defeats", "/sport/fcz-coach"),
        ],
        ad_every=4,
    )
    return {"id": "cb-DE1", "part": "DE", "domain": "central bank", "fetched": "2026-09-19",
            "articles": [a, b, c, d], "planted": []}


# ---------------------------------------------------------------------------------------------
# el-DE2 — election (PLANTED: weekday in LocalGov Europe, "Achart" in Francewire,
# 48.6% in The Paris Ledger)
# ---------------------------------------------------------------------------------------------

_FWIRE = _site(
    "Francewire", "francewire.example", sep=" - ",
    nav=["France", "Politics", "Economy", "Regions", "Europe", "Photo"],
    cookie="Francewire uses cookies to measure audiences and to fund its journalism.",
    buttons=("Accept and close", "Customise"),
    footer=["Who we are", "Clients", "Corrections policy", "Legal notice", "Cookies"],
    share=("X", "Facebook", "WhatsApp", "Email"),
)
_ALPES = _site(
    "Alpes Matin", "alpesmatin.example",
    nav=["Grenoble", "Isère", "Savoie", "Politics", "Mountain", "Sport"],
    cookie="Alpes Matin and its partners use cookies. You can change your choices at any time.",
    buttons=("Accept", "Continue without accepting"),
    footer=["Contact the newsroom", "Subscribe", "Classifieds", "Legal notice", "Cookies"],
    newsletter="Receive the Alpes Matin evening edition",
    tagline="News from Grenoble and the Alps",
)
_LEDGER = _site(
    "The Paris Ledger", "parisledger.example",
    nav=["France", "Europe", "Politics", "Business", "Culture", "Opinion"],
    cookie="We use cookies to give you the best experience of The Paris Ledger.",
    buttons=("Accept cookies", "Cookie preferences"),
    footer=["About", "Subscribe", "Newsletters", "Privacy notice", "Terms & conditions"],
    newsletter="The Ledger Briefing: France in English, every morning",
)
_LOCALGOV = _site(
    "LocalGov Europe", "localgoveurope.example", sep=" · ",
    nav=["Elections", "Cities", "Finance", "Housing", "Transport", "Data"],
    cookie="We use strictly necessary cookies and, if you agree, audience measurement.",
    buttons=("OK", "Refuse"),
    footer=["About LocalGov Europe", "Membership", "Data methodology", "Privacy"],
    newsletter="The municipal elections tracker, weekly",
    share=("LinkedIn", "X", "Email"),
)

_EL_A = """
GRENOBLE, France, March 22 (Francewire) – Claire Delorme-Vasseur, an architect who oversaw urban
planning in Grenoble's outgoing administration, won the Alpine city's mayoral race on Sunday,
keeping the left and the Greens in charge of France's best-known ecologist stronghold.

Her list, Grenoble Demain, took 46.8% of the votes cast in the second round, against 38.9% for
the centre-right list Grenoble Audace led by businessman Mathieu Achart and 14.3% for Grenoble
Populaire, the radical-left list of teacher Sonia Benhamou, according to final results published
by the city hall shortly after 11 p.m.

Delorme-Vasseur received 23,963 votes, Achart 19,918 and Benhamou 7,322. Turnout was 51.4%, up
from 47.9% in the first round a week earlier.

The result gives Grenoble Demain 44 of the 59 seats on the city council, thanks to the majority
bonus that French electoral law grants the winning list in towns of 1,000 inhabitants or more.
Grenoble Audace will have 11 seats and Grenoble Populaire four. The new council will meet on
Friday to formally elect the mayor.

"Grenoble has chosen to keep building a city that breathes, a city where you can still afford to
live," Delorme-Vasseur, 52, told supporters at her campaign headquarters on Cours Berriat.

Achart, 47, a regional councillor, conceded defeat at around 9.40 p.m. "The voters have spoken
and I respect their verdict," he said. "I called Claire Delorme-Vasseur to congratulate her."
His spokesman, Jerome Faucheux, said the centre-right would form "a vigilant and constructive
opposition".

## Three-way race

The runoff was one of the most closely watched three-way contests of the municipal elections,
held across France on March 15 and 22. Benhamou had refused to withdraw or merge her list after
the first round, in which she won 13.0%, and her presence was widely expected to hurt the
winner.

In the first round, Delorme-Vasseur led with 33.1% ahead of Achart on 29.4%. She then merged her
list with that of the ecologist Yannick Roussel, who had won 9.2%, before the Tuesday deadline
for filing second-round lists.

The outgoing mayor did not seek a third term.

Delorme-Vasseur campaigned on a freeze of public transport fares until 2028, the construction of
3,000 social housing units by 2032 and the planting of 15,000 trees. Achart had promised to
recruit 100 additional municipal police officers and to scrap a planned extension of the city's
low-emission zone.

Benhamou, 39, said her score showed "that nothing will be decided in this city without listening
to the working-class neighbourhoods". She did not say whether her four councillors would vote
for the city budget.

Grenoble, a city of about 157,000 people at the foot of the French Alps, has been run by a
left-green coalition since 2014.

(Reporting by Camille Roux; editing by Antoine Lefèvre)
"""

_EL_B = [
    ("12:10", "Midday turnout", """
Good afternoon from Grenoble, where voters are choosing their mayor in a three-way runoff.
Turnout at noon stood at 19.8%, according to the prefecture, compared with 18.1% at the same
time last Sunday.
"""),
    ("17:05", "Turnout up at 17:00", """
Turnout at 5 p.m. reached 39.7%, up from 36.2% at the same time in the first round on 15 March.
Queues were reported at polling stations in the Villeneuve and Teisseire neighbourhoods this
afternoon.
"""),
    ("19:35", "Polls close at 8 p.m.", """
Polling stations in Grenoble close at 8 p.m. Counting begins immediately. A reminder of the
first-round scores: Claire Delorme-Vasseur 33.1%, Mathieu Achard 29.4%, Sonia Benhamou 13.0%.
"""),
    ("20:00", "Estimate: Delorme-Vasseur ahead", """
According to an estimate by the pollster Opinéa for Télé Grenoble Isère, Claire Delorme-Vasseur
(Grenoble Demain) wins with about 47% of the vote, ahead of Mathieu Achard (Grenoble Audace) on
39% and Sonia Benhamou (Grenoble Populaire) on 14%. This is an estimate based on a sample of
polling stations, not a result.
"""),
    ("20:40", "Cheers on Cours Berriat", """
Loud cheers at Grenoble Demain's headquarters on Cours Berriat. Supporters are chanting "Claire,
Claire". The candidate has not yet arrived.
"""),
    ("21:30", "Partial results", """
Partial results from 61 of the city's 84 polling stations: Delorme-Vasseur 46.1%, Achard 39.8%,
Benhamou 14.1%. The gap is narrower than the estimate suggested but it remains large.
"""),
    ("21:40", "Achard concedes", """
Mathieu Achard has conceded. "Voters have spoken, and I respect their decision. I have called
Claire Delorme-Vasseur to congratulate her," he told supporters at a bar near Place Grenette.
His campaign spokesman Jérôme Faucheux promised "a vigilant and constructive opposition".
"""),
    ("22:15", "Winner's speech", """
Claire Delorme-Vasseur has arrived on Cours Berriat: "Grenoble has chosen to keep building a
city that breathes, a city where you can still afford to live." She thanked Yannick Roussel,
whose ecologist list merged with hers after the first round, and said she would be "the mayor of
all Grenoble residents, including those who did not vote for me".
"""),
    ("22:35", "Benhamou: 'nothing without us'", """
Sonia Benhamou, speaking to Alpes Matin: "Our 14% is not a small number. Nothing will be decided
in this city without listening to the working-class neighbourhoods." She refused to say whether
her councillors would support the new majority's first budget.
"""),
    ("23:05", "Final results", """
The city hall has published the final results, all 84 polling stations counted. Delorme-Vasseur
46.8% (23,963 votes), Achard 38.9% (19,918), Benhamou 14.3% (7,322). Turnout: 51.4%. Grenoble
Demain wins 44 of the 59 council seats, Grenoble Audace 11 and Grenoble Populaire 4.
"""),
    ("23:12", "What happens next", """
The new municipal council will hold its first meeting on Friday 27 March, when it will formally
elect the mayor and her deputies. That is all from us tonight. Thank you for following this
election Sunday with Alpes Matin.
"""),
]

_EL_C = """
Grenoble has stayed green. Claire Delorme-Vasseur, 52, won the Alpine city's town hall on Sunday
night with 48.6% of the vote in a three-way runoff, extending for another six years an
experiment in ecologist city government that began in 2014 and has been closely studied, admired
and mocked across France.

Her centre-right rival, Mathieu Achard, finished second with 38.9%, while the radical-left list
of Sonia Leïla Benhamou took 14.3%, a result that turned what had looked like a tight duel into
a comfortable win. Turnout rose to 51.4%, three and a half points higher than in the first round
on 15 March, when fewer than half of registered voters went to the polls.

The result means that Grenoble Demain, the list led by Delorme-Vasseur, will hold 44 of the
council's 59 seats. Under the French system, the list that comes first in the runoff
automatically receives half the seats, with the rest shared proportionally among all lists that
passed 5%. The council will formally elect her mayor on Friday.

## A continuity candidate with a different style

Delorme-Vasseur, an architect by training, was responsible for urban planning in the outgoing
administration, whose mayor decided not to seek a third term. She ran on continuity — more cycle
lanes, more trees, more social housing — but with a softer tone than her predecessor.

"Grenoble has chosen to keep building a city that breathes, a city where you can still afford to
live," she told several hundred supporters packed into her headquarters on Cours Berriat shortly
after 10 p.m. She promised to freeze public transport fares until 2028 and to build 3,000 social
housing units by 2032.

Her campaign was helped by a merger between rounds with the ecologist list of Yannick Roussel,
which had won 9.2% on 15 March. In the first round she had led Achard by less than four points,
33.1% to 29.4%.

## The right's missed chance

For the centre-right, which had hoped to win back a city it last ran in the 1990s, the defeat is
bitter. Achard, a 47-year-old businessman and regional councillor, ran a campaign focused on
security and the cost of living, promising 100 additional municipal police officers.

"The voters have spoken and I respect their verdict," Achard said on Sunday evening, after
telephoning his opponent. His campaign spokesman, Jérôme Faucheux, blamed the result on "a left
that united at the last minute while we stood alone".

Benhamou, a 39-year-old schoolteacher from the Villeneuve district, refused to withdraw after
winning 13.0% in the first round. "Our 14% is not a small number," she said. Her four
councillors will not be part of the majority, but the new mayor will not need them either.

## What it tells us

Political scientists said the result confirmed the resilience of ecologist mayors elected in
2020 in big cities, several of whom were re-elected or replaced by allies this month. "Voters
judged the record on housing and transport more than the national debates," said Lucie
Montagnon, a political scientist at Sciences Po Grenoble. "And the right did not manage to
broaden its base beyond the wealthier southern neighbourhoods."

She noted that turnout, while higher than in the first round, remained far below the levels of
the municipal elections of the early 2000s.

The new mayor's first test will be the city budget, which must be adopted by April 30, the
deadline in an election year. Grenoble's debt, about 340 million euros, has been a favourite
target of the opposition.
"""

_EL_D = """
Grenoble's Saturday runoff delivered one of the clearest results among France's large cities
this month: Claire Delorme-Vasseur's Grenoble Demain list won 46.8% of the votes cast on 22
March, ahead of Mathieu Achard's Grenoble Audace on 38.9% and Sonia Benhamou's Grenoble
Populaire on 14.3%. For readers outside France, the way those percentages turned into council
seats is worth unpacking.

## The data

Registered voters: 102,360. Votes cast: 52,613, a turnout of 51.4%. Blank and spoiled ballots:
1,410. Valid votes ("suffrages exprimés"): 51,203. Grenoble Demain received 23,963 valid votes,
Grenoble Audace 19,918 and Grenoble Populaire 7,322, a margin of 4,045 votes, or 7.9 percentage
points, between the first two lists.

Turnout rose from 47.9% in the first round on Sunday 15 March. At 5 p.m. on polling day, the
prefecture had reported turnout of 39.7%.

## From votes to seats

Grenoble's council has 59 seats. In communes with at least 1,000 inhabitants, French law gives
the list that comes first a "majority bonus" of half the seats, rounded up: 30 seats here. The
remaining 29 seats are shared among all lists with at least 5% of the valid votes, including the
winner, using the highest-average method.

Applied to the runoff figures, that method gives Grenoble Demain 14 more seats, for a total of
44, Grenoble Audace 11 and Grenoble Populaire 4. In other words, a list with less than half of
the votes controls three-quarters of the council, by design: the system is meant to produce
stable majorities.

The same seats also determine representation in the Grenoble-Alpes Métropole council, the
49-commune metropolitan authority that runs public transport, water and waste, where the city
holds a block of seats filled from the same lists.

## Why it matters beyond Grenoble

Grenoble is the largest French city to have been governed by ecologists since 2014, and the
result was read nationally as a test of whether that model could survive the departure of the
mayor who embodied it. Delorme-Vasseur, who was the outgoing administration's deputy mayor for
urban planning, merged her list with Yannick Roussel's ecologist list after the first round,
adding 9.2% of first-round votes to her own 33.1%.

Her programme is costed at 410 million euros of investment over the term, including 3,000 social
housing units by 2032 and a fare freeze on public transport until 2028. The opposition has
questioned how that fits with the city's debt.

"The mandate is clear, but the money is not," said Achard, whose list had promised 100 more
municipal police officers. He conceded on election night with the words: "The voters have spoken
and I respect their verdict."

## Three-way runoffs

Grenoble was one of dozens of large communes with a three-way runoff this year. In most of them,
a third list that stays in the race damages the candidate closest to it ideologically. In
Grenoble, the radical left's 14.3% did not stop the winner, because the centre-right could not
grow beyond its first-round base of 29.4% by enough to close the gap.

Delorme-Vasseur is due to be elected mayor by the new council on Friday 27 March. The budget
must be voted by 30 April.
"""


def _el() -> dict:
    a = _page(
        _FWIRE, "/politics/2026/03/22/grenoble-delorme-vasseur-wins-runoff",
        "Ecologist-backed Delorme-Vasseur wins Grenoble mayoral runoff",
        "The left-green list Grenoble Demain wins a three-way second round in the Alpine city "
        "with 46.8% of the vote, according to final results.",
        _paras(_EL_A), section="Politics", byline="By Camille Roux",
        published="2026-03-22T22:20:00Z",
        related=[
            ("Municipal elections: turnout rises in the second round nationwide",
             "/politics/turnout-second-round"),
            ("Valence: incumbent re-elected with 52.3%", "/regions/valence-runoff"),
            ("Lille runoff too close to call, recount requested", "/regions/lille-recount"),
        ],
        ad_every=5,
    )
    b = _page(
        _ALPES, "/grenoble/direct-second-tour-municipales-grenoble",
        "LIVE – Grenoble municipal runoff: Delorme-Vasseur elected, all the results",
        "Follow election night in Grenoble: turnout, estimates, results polling station by "
        "polling station and the candidates' reactions.",
        _live(_EL_B, "CET"), section="Grenoble", byline="By the Alpes Matin politics desk",
        shown="Live – Sunday 22 March 2026",
        figure=("grenoble-cours-berriat-night.jpg",
                "Supporters of Grenoble Demain celebrate on Cours Berriat.",
                "Photo: Julien Mercier / Alpes Matin"),
        most_read=[
            ("Chamrousse: record snow depth of 2.1 metres for March", "/mountain/chamrousse"),
            ("Voiron: the mayor re-elected in the first round with 61%", "/isere/voiron"),
            ("GF38 beat Annecy 2-0 in the Alpine derby", "/sport/gf38-annecy"),
        ],
        ad_every=3, live=True,
    )
    c = _page(
        _LEDGER, "/politics/grenoble-stays-green-delorme-vasseur",
        "Grenoble stays green as Delorme-Vasseur wins three-way runoff",
        "The ecologist-backed architect keeps the Alpine city on the left, defeating a "
        "centre-right challenger and a radical-left list.",
        _paras(_EL_C), section="Politics", byline="By Harriet Colville in Grenoble",
        ld=("2026-03-23T06:00:00+01:00", "2026-03-23T09:15:00+01:00"),
        figure=("delorme-vasseur-victory.jpg",
                "Claire Delorme-Vasseur addresses supporters on Sunday night.",
                "Photograph: Pierre Lagarde for The Paris Ledger"),
        most_read=[
            ("Paris: the new mayor's first 100 days, planned", "/politics/paris-100-days"),
            ("Why French rents rose 2.9% last year", "/business/rents"),
            ("Strikes disrupt SNCF regional trains in the south-west", "/france/sncf-strike"),
        ],
        ad_every=4,
    )
    d = _page(
        _LOCALGOV, "/elections/france-2026/grenoble-votes-to-seats",
        "Grenoble 2026: how 46.8% of the vote became 44 of 59 seats",
        "A data look at the Grenoble municipal runoff and at the majority bonus in French "
        "local elections.",
        _paras(_EL_D), section="Elections", byline="By Pieter Janssens, data editor",
        related=[
            ("Dutch municipal elections: local parties win 31% of seats",
             "/elections/netherlands-2026/local-parties"),
            ("Belgian communes prepare for 2030 boundary reforms", "/cities/belgium-boundaries"),
            ("Explainer: the French majority bonus in 300 words", "/elections/majority-bonus"),
        ],
        tags=("France", "Municipal elections 2026", "Grenoble"), ad_every=6,
    )
    return {"id": "el-DE2", "part": "DE", "domain": "election", "fetched": "2026-03-24",
            "articles": [a, b, c, d],
            "planted": [
                ("runoff weekday", r"\bsunday\b", r"\bsaturday\b"),
                ("runner-up's surname", r"\bachard\b", r"\bachart\b"),
                ("winner's vote share", r"\b46[.,]8\b", r"\b48[.,]6\b"),
            ]}


# ---------------------------------------------------------------------------------------------
# ct-DE3 — court (CONTROL)
# ---------------------------------------------------------------------------------------------

_ALPD = _site(
    "Alpine Dispatch", "alpinedispatch.example", sep=" | ",
    nav=["Switzerland", "Austria", "Liechtenstein", "Business", "Courts", "Wire"],
    cookie="Alpine Dispatch uses cookies for essential functions and, with consent, analytics.",
    buttons=("Accept all", "Essential only"),
    footer=["About the agency", "Our clients", "Corrections", "Privacy", "Imprint"],
    share=("X", "LinkedIn", "Email"),
)
_TICINO = _site(
    "Ticino Today", "ticinotoday.example", sep=" - ",
    nav=["Bellinzona", "Lugano", "Locarno", "Mendrisio", "Canton", "Events"],
    cookie="Ticino Today uses cookies. By continuing to browse you accept their use.",
    buttons=("OK", "More information"),
    footer=["Editorial team", "Advertise with us", "Privacy", "Contact"],
    newsletter="Ticino in your inbox every morning",
    tagline="The news from Switzerland's Italian-speaking canton",
)
_LGPOST = _site(
    "Lake Geneva Post", "lakegenevapost.example",
    nav=["Geneva", "Vaud", "Finance", "International", "Lifestyle", "Opinion"],
    cookie="We use cookies and similar technologies to run this site and to understand our "
           "readers.",
    buttons=("Accept", "Set preferences"),
    footer=["About us", "Subscriptions", "Corporate offers", "Privacy policy", "Terms"],
    newsletter="Finance Friday: the week in Geneva banking",
)
_COMPL = _site(
    "Compliance Ledger", "complianceledger.example", sep=" — ",
    nav=["AML", "Sanctions", "Enforcement", "Case law", "Regulators", "Jobs"],
    cookie="We use cookies to provide our subscription services.",
    buttons=("Accept", "Decline"),
    footer=["Subscribe", "Team licences", "Editorial policy", "Privacy", "Contact"],
    newsletter="The Enforcement Digest, every Monday",
    share=("LinkedIn", "Email", "Print"),
)

_CT_SIDEBAR = [
    ("Zug court fines crypto broker CHF 450,000 for unlicensed trading",
     "/courts/zug-crypto-broker"),
    ("Federal Supreme Court upholds 7-year sentence in Lausanne fraud case",
     "/courts/supreme-court-lausanne-fraud"),
    ("Austrian bank settles sanctions probe for EUR 12 million", "/business/austria-bank"),
]

_CT_A = """
BELLINZONA, Switzerland, April 24 (Alpine Dispatch) – Switzerland's Federal Criminal Court on
Friday sentenced Marc-André Lüthi, a former senior executive at the Geneva private bank Banque
Rhodanienne, to four and a half years in prison for laundering 86 million Swiss francs (about
$108 million) siphoned from a state-owned mining company in Central Asia.

The three-judge panel found Lüthi, 58, guilty of aggravated money laundering but acquitted him
of forgery of documents. In addition to the prison term, it imposed a monetary penalty of 180
daily units of 1,500 francs each, or 270,000 francs.

The court also convicted the bank itself under the corporate liability provisions of the Swiss
Criminal Code, ruling that it had failed to take all reasonable organisational measures to
prevent the laundering. It fined Banque Rhodanienne 2.3 million francs and ordered it to pay the
Swiss Confederation a compensation claim of 19.5 million francs, corresponding to the profits it
made from the business relationships.

A former compliance officer at the bank, Nadia Ferrazzini-Keller, 47, was acquitted of all charges.

Prosecutors from the Office of the Attorney General of Switzerland had sought a sentence of five
years for Lüthi. His lawyers had asked for a full acquittal.

"The defendant could not have failed to see that these sums bore no relation to any legitimate
business," presiding judge Giulia Moretti-Baumann said as she began reading the verdict shortly
after 10 a.m.

According to the indictment, Lüthi, who headed the bank's private banking division, accepted and
moved funds embezzled from Tengri Minerals, a state-owned mining group, between 2015 and 2021.
The money passed through 41 accounts opened in the names of offshore companies and relatives of
a former Tengri executive, who is being prosecuted in his home country.

The court ordered the confiscation of 31.4 million francs frozen in those accounts.

Lüthi, who has been free pending trial, listened to the verdict without visible emotion. His
lawyer, Olivier Tschanz, told reporters outside the court that "an appeal is very likely".
Parties have ten days from notification of the verdict to announce an appeal to the court's
appeals chamber.

Banque Rhodanienne said in a statement that it "takes note of the verdict" and would "analyse
the written reasoning before deciding on next steps". The bank said it had overhauled its
compliance function since 2021 and had cooperated fully with the authorities.

The case was one of the largest money laundering trials involving an individual banker to be
heard in Bellinzona. The trial opened on Feb. 16 and ran for 11 hearing days.

Switzerland's financial regulator FINMA concluded enforcement proceedings against Banque
Rhodanienne in 2023, finding that it had seriously breached its anti-money laundering
obligations and confiscating 4.8 million francs in profits.

(Reporting by Luca Bernasconi; Editing by Ruth Amstutz)
"""

_CT_B = """
The courtroom on the first floor of the Federal Criminal Court in Bellinzona was full well
before 10 o'clock on Friday morning. Journalists from Geneva, Zurich and abroad shared the
benches with a handful of curious locals and a group of law students from the Università della
Svizzera italiana, who had come to hear the verdict in one of the biggest money laundering cases
ever tried in the Ticino capital.

At 10.02, the three judges entered. The presiding judge, Giulia Moretti-Baumann, asked the
defendants to stand. Marc-André Lüthi, 58, in a dark suit and without a tie, stood next to his
lawyer; a few metres away stood Nadia Ferrazzini-Keller, the bank's former compliance officer.

Then came the verdict. Lüthi, former head of private banking at the Geneva bank Banque
Rhodanienne, was found guilty of aggravated money laundering and sentenced to 54 months in
prison, plus a monetary penalty of CHF 270,000. He was acquitted of forgery of documents.
Ferrazzini-Keller was acquitted entirely and will receive CHF 64,000 to cover her legal costs.

Moretti-Baumann then spent nearly two hours explaining the court's reasoning, ending at 11.54.
"The defendant could not have failed to see that these amounts had no relation to any legitimate
activity," she said, referring to transfers totalling CHF 86 million between 2015 and 2021 from
accounts linked to Tengri Minerals, a state mining company in Central Asia.

## The bank also convicted

The court also found Banque Rhodanienne itself guilty, because its organisation had not
prevented the laundering. The bank must pay a fine of CHF 2.3 million and a compensation claim
of CHF 19.5 million to the Confederation. CHF 31.4 million held in the accounts is confiscated.

Federal prosecutor Stéphane Vuilleumier, who had asked for five years, left the courtroom
without comment. He will wait for the written judgment, a spokesperson for the Office of the
Attorney General said.

## Bellinzona's big cases

Since it opened in 2004, the Federal Criminal Court has become the place where Switzerland's
largest economic crime cases are tried. For Bellinzona, a town of about 44,000 inhabitants,
these trials bring a steady flow of lawyers, journalists and interpreters. During the eleven
hearing days of the Lüthi trial, which opened on Monday 16 February, hotels near the station
reported fuller rooms than usual for the season.

"We see a lot of dark suits on trial days," said the owner of a café on Viale Stazione, a few
steps from the court building. "They drink a lot of coffee and they don't talk much."

The trial also required simultaneous interpretation between French, the language of the
proceedings, and Russian for several witnesses who testified by video link.

## What happens now

Lüthi's lawyer, Olivier Tschanz, said his client would "very probably" appeal. The appeal would
be heard by the appeals chamber of the Federal Criminal Court, which also sits in Bellinzona,
meaning the case could return to the town within a year or two.

The judgment remains open to appeal. Lüthi, who has not been in custody, remains free until it
becomes final.

The written reasoning is expected in the coming months. According to court officials, it could
run to several hundred pages.
"""

_CT_C = """
For Geneva's private banks, Friday's verdict in Bellinzona is a reminder that the bill for the
excesses of the 2010s is still arriving. The Federal Criminal Court convicted Marc-André Lüthi,
the former head of private banking at Banque Rhodanienne, of aggravated money laundering and
sent him to prison for four years and six months. It also convicted the bank itself, a rare
outcome in Swiss criminal law.

The case concerned 86 million Swiss francs, about 92 million euros, that flowed between 2015 and
2021 through more than 40 accounts held at Rhodanienne Private Bank, as the institution has
marketed itself internationally since 2012. According to the court, the money had been diverted
from Tengri Minerals, a state mining group in Central Asia, and passed through offshore
companies whose beneficial owners included relatives of a senior Tengri manager.

## A rare corporate conviction

Under Article 102 of the Criminal Code, a company can be held liable if it has failed to take
all reasonable and necessary organisational measures to prevent certain offences, including
money laundering. Such convictions remain rare, and the Rhodanienne verdict will be studied
closely by compliance departments along the lake.

The bank was fined CHF 2.3 million, roughly 2.5 million euros, a small sum compared with the CHF
19.5 million compensation claim it must pay the Confederation. The court also confiscated CHF
31.4 million frozen in the accounts.

"The bank's control mechanisms existed on paper but were not applied," the presiding judge,
Giulia Moretti-Baumann, said as the court delivered its ruling. The panel, she said, could not
accept that a division head had been able to run such flows for six years "without anyone asking
the obvious questions".

Banque Rhodanienne, which employs about 380 people in Geneva and Lugano, said it "takes note of
the verdict" and would study the written reasoning before deciding whether to appeal.

## The individual

Lüthi, 58, a Geneva native who joined the bank in 2004, had always denied knowing the origin of
the funds. In his final statement to the court on 12 March, he said: "I never knowingly helped
anyone hide anything." The panel did not believe him.

His sentence of four and a half years is below the five years sought by the federal prosecutor,
but it is unsuspended: under Swiss law, a prison term of more than three years cannot be
suspended, even in part. He also received a monetary penalty of 180 daily units of CHF 1,500.

The bank's former compliance officer, Nadia Ferrazzini, was acquitted. The judges found that she
had raised concerns internally in 2018 and that her warnings had been overruled.

## Regulatory history

The verdict is not the bank's first brush with the authorities. In 2023, the Swiss Financial
Market Supervisory Authority, FINMA, found serious breaches of anti-money laundering rules in
the same business relationships and confiscated CHF 4.8 million in profits. The bank then
replaced its chief executive and its head of compliance.

"The message from Bellinzona is that the supervisory route is not the end of the story," said
Caroline Jaquet, a white-collar crime lawyer in Geneva who was not involved in the case.
"Prosecutors are now following FINMA's findings into the criminal courts."

Lüthi's lawyer has said an appeal is very likely. The appeal would go to the appeals chamber of
the Federal Criminal Court.
"""

_CT_D = """
The Federal Criminal Court's judgment in the Banque Rhodanienne case offers compliance officers
two lessons: one about individual liability at the top of a business line, and one about how far
a bank's own organisational failure can take it into the dock.

## The ruling in brief

The court convicted Marc-André Lüthi, formerly head of private banking, of aggravated money
laundering under Article 305bis paragraph 2 of the Swiss Criminal Code. It imposed a custodial
sentence of 54 months and a monetary penalty of 180 daily penalty units at CHF 1,500. It
acquitted him of forgery of documents under Article 251.

The bank was convicted under Article 102 paragraph 2, which makes a company directly liable,
regardless of the liability of individuals, where it failed to take all reasonable
organisational measures to prevent money laundering. The fine was CHF 2.3 million; the statutory
maximum is CHF 5 million. In addition, the court imposed a compensation claim of CHF 19.5
million in favour of the Confederation and ordered the confiscation of CHF 31.4 million.

The former compliance officer, Nadia Ferrazzini-Keller, was acquitted of failing to exercise due
diligence in financial transactions (Article 305ter). The court awarded her CHF 64,000 in
compensation for her defence costs.

## Why "aggravated"

Money laundering is aggravated under paragraph 2 where the offender acts as a member of a
criminal organisation, as a member of a group formed for the purpose of laundering, or, as here,
for commercial gain and by generating a large turnover or substantial profit. The prosecution
argued that the volume — CHF 86 million across 41 accounts in six years — and the fees earned
met that test, and the court agreed.

The aggravated offence carries a custodial sentence of up to five years combined with a monetary
penalty. The prosecution had asked for the maximum.

## The corporate liability finding

For practitioners, the core of the case is the Article 102 conviction. The chair of the
three-judge panel, Giulia Moretti-Baumann, said the bank's controls "existed on paper but were
not applied". Among the failures cited from the bench: alerts closed without documentation, risk
classifications left unchanged for years despite red flags, and the absence of any review of the
division head's own client book.

The compliance officer's acquittal is the mirror image of that finding. The judges accepted that
she had escalated her concerns in 2018 and that senior management overruled her. A bank cannot
hide behind its compliance staff, the ruling suggests, if it does not give them the power to
act.

## Procedural notes

The verdict was delivered orally on the morning of 24 April, with the presiding judge reading
the operative part and a summary of the reasons over almost two hours. A reasoned judgment will
follow. The parties have ten days from notification to announce an appeal to the appeals
chamber; defence counsel Olivier Tschanz has said an appeal is very likely, while Banque
Rhodanienne says it will analyse the written reasoning first.

The trial itself lasted 11 hearing days, from 16 February to 12 March.

## Earlier proceedings

FINMA's enforcement ruling of 2023, which found serious breaches and confiscated CHF 4.8
million, formed a significant part of the prosecution file. It is a reminder that supervisory
findings, once final, can become evidence in criminal proceedings.
"""


def _ct() -> dict:
    a = _page(
        _ALPD, "/courts/2026/04/24/ex-banker-luthi-sentenced-bellinzona",
        "Ex-Geneva banker sentenced to 4.5 years for laundering CHF 86 million",
        "Switzerland's Federal Criminal Court convicts Marc-André Lüthi and fines his former "
        "employer Banque Rhodanienne.",
        _paras(_CT_A), section="Courts", byline="By Luca Bernasconi",
        published="2026-04-24T08:21:00Z", modified="2026-04-24T10:14:00Z",
        related=_CT_SIDEBAR, ad_every=5,
    )
    b = _page(
        _TICINO, "/bellinzona/processo-banchiere-verdetto-tribunale-penale-federale",
        "Nearly two hours of reasoning: the verdict day in the Rhodanienne trial",
        "Inside the Federal Criminal Court on Viale Stefano Franscini as a former Geneva banker "
        "learns his sentence.",
        _paras(_CT_B), section="Bellinzona", byline="By Chiara Pedrazzini",
        shown="Friday, 24 April 2026 – 13:20",
        figure=("tribunale-penale-federale.jpg",
                "The Federal Criminal Court building in Bellinzona.",
                "Photo: Ticino Today / Matteo Bernasconi"),
        most_read=[
            ("Gotthard: 14 km of queues at the start of the Easter weekend", "/canton/gotthard"),
            ("Lugano approves CHF 18 million for the new lakefront", "/lugano/lakefront"),
            ("HC Lugano lose game 7 in overtime", "/sport/hc-lugano"),
        ],
        ad_every=4,
    )
    c = _page(
        _LGPOST, "/finance/rhodanienne-verdict-geneva-banks",
        "Rhodanienne verdict: a warning shot for Geneva's private banks",
        "A former division head gets four and a half years, and the bank itself is convicted "
        "for organisational failures.",
        _paras(_CT_C), section="Finance", byline="By Sophie Reymond",
        ld=("2026-04-25T06:00:00+02:00", "2026-04-25T06:00:00+02:00"),
        shown="Saturday 25 April 2026",
        figure=("rhodanienne-rue-du-rhone.jpg",
                "Banque Rhodanienne's head office in Geneva.",
                "Photo: Lake Geneva Post"),
        most_read=[
            ("Geneva airport traffic up 6% in the first quarter", "/geneva/airport"),
            ("Vaud to cut cantonal tax by 2 points", "/vaud/tax-cut"),
            ("Watch exports fall 4.1% in March", "/finance/watch-exports"),
        ],
        ad_every=4,
    )
    d = _page(
        _COMPL, "/case-law/switzerland-rhodanienne-article-102-305bis",
        "Switzerland: what the Rhodanienne judgment says about Article 102 liability",
        "Analysis of the Federal Criminal Court's verdict against a former private banking head "
        "and his bank.",
        _paras(_CT_D), section="Case law", byline="By Dr. Felix Amrein, legal analyst",
        related=[
            ("FINMA's 2025 enforcement report: 41 proceedings closed",
             "/regulators/finma-report"),
            ("UK: FCA fines wealth manager GBP 6.2 million", "/enforcement/fca-wealth"),
            ("Checklist: documenting alert closures", "/aml/alert-closures"),
        ],
        tags=("Switzerland", "Money laundering", "Corporate liability"), ad_every=6,
    )
    return {"id": "ct-DE3", "part": "DE", "domain": "court", "fetched": "2026-04-27",
            "articles": [a, b, c, d], "planted": []}


# ---------------------------------------------------------------------------------------------
# tr-DE4 — trade (PLANTED: quote given to Sabine Frommelt in Asia-Europe Newswire,
# CHF 6.4 billion in Saigon Business Daily, Bern in Brussels Trade Insider)
# ---------------------------------------------------------------------------------------------

_AENEWS = _site(
    "Asia-Europe Newswire", "aenews.example", sep=" | ",
    nav=["Asia", "Europe", "Trade", "Markets", "Energy", "Analysis"],
    cookie="We use cookies to deliver our wire service and to analyse traffic.",
    buttons=("Accept", "Manage cookies"),
    footer=["About AEN", "Subscriber login", "Corrections", "Privacy", "Contact"],
    share=("X", "LinkedIn", "Email"),
)
_SAIGON = _site(
    "Saigon Business Daily", "saigonbiz.example", sep=" - ",
    nav=["Economy", "Trade & Investment", "Companies", "Markets", "Property", "Tech"],
    cookie="This website uses cookies to improve your reading experience.",
    buttons=("Agree", "Learn more"),
    footer=["About us", "Advertising", "Subscription", "Privacy policy", "Contact"],
    newsletter="Subscribe to the morning business brief",
    tagline="Vietnam's business news in English",
)
_SEJ = _site(
    "Swiss Export Journal", "swissexportjournal.example", sep=" — ",
    nav=["Markets", "Customs & origin", "Free trade", "Logistics", "Finance", "Events"],
    cookie="We use cookies for statistics. You can refuse them without consequences.",
    buttons=("Accept statistics", "Refuse"),
    footer=["Publisher", "Media kit", "Subscriptions", "Privacy", "Terms"],
    newsletter="Free trade alerts for exporters",
    share=("LinkedIn", "Email", "Print"),
)
_BTI = _site(
    "Brussels Trade Insider", "brusselstrade.example",
    nav=["EU trade policy", "FTAs", "Tariffs", "Sanctions", "Agrifood", "Podcasts"],
    cookie="Brussels Trade Insider uses cookies to personalise content and ads.",
    buttons=("Accept all", "Reject all"),
    footer=["About", "Pro subscriptions", "Events", "Privacy & cookies", "Imprint"],
    newsletter="Trade Insider Daily: the EU trade agenda before 8 a.m.",
)

_TR_A = """
GENEVA, June 22 (AEN) – The four-nation European Free Trade Association and Vietnam signed a
free trade agreement in Geneva on Monday, ending 14 years of on-off negotiations and opening one
of Southeast Asia's fastest-growing markets to Swiss watches, machinery and pharmaceuticals.

The agreement was signed at 11:40 local time (0940 GMT) on the margins of an EFTA ministerial
meeting by ministers from Switzerland, Norway, Iceland and Liechtenstein and by Vietnam's
Minister of Industry and Trade, Nguyen Van Thanh.

Under the deal, Vietnam will eliminate tariffs on 98.7% of EFTA's current exports by value, 72%
of them as soon as the agreement enters into force and the rest over periods of up to ten years,
according to a summary published by the EFTA Secretariat. Vietnamese duties of up to 25% on
Swiss watches will be phased out over five years.

The EFTA states will grant duty-free access to all Vietnamese industrial goods from day one and
limited concessions on agricultural products, including a duty-free quota of 2,500 tonnes of
fresh tropical fruit.

"This agreement opens the door of Europe's most competitive economies to Vietnamese enterprises,
and opens Vietnam to European technology and know-how," said Liechtenstein's Minister for
Foreign Affairs, Sabine Frommelt, at the signing ceremony.

Swiss Economy Minister Pascal Rüegsegger called the agreement "a door into one of the
fastest-growing markets in Asia, with a hundred million consumers".

Goods trade between Switzerland and Vietnam reached 4.6 billion Swiss francs in 2025, according
to Swiss customs data, with Swiss imports of electronics, footwear, textiles and coffee worth
3.5 billion francs far exceeding exports of 1.1 billion. Total trade between the EFTA states and
Vietnam was about $6.9 billion last year, the EFTA Secretariat said.

## Long road

EFTA and Vietnam launched negotiations in May 2012 and held 19 formal rounds. Talks stalled for
several years over intellectual property, in particular data protection for pharmaceutical test
data, and over Norwegian demands on seafood and shipping. Negotiators concluded the text in
February.

Vietnam has agreed to protect undisclosed pharmaceutical test data for five years, a provision
criticised by non-governmental organisations that say it will delay cheaper generic medicines.

"The sustainability chapter still has no teeth: there is no sanction mechanism if labour rights
are violated," said Léa Marchetti, spokeswoman for the Fair Trade Coalition Switzerland, which
has not ruled out supporting a referendum against the agreement.

The agreement must be ratified by the parliaments of all five countries. In Switzerland, it will
be subject to an optional referendum. EFTA officials expect it to enter into force in 2027 at
the earliest.

Vietnam already has a free trade agreement with the European Union, in force since August 2020,
as well as with the United Kingdom. The EFTA deal was the last major European free trade
agreement Hanoi had been negotiating.

(Reporting by Mai Linh Tran in Hanoi and Stefan Aebischer in Geneva; Editing by Paul Grant)
"""

_TR_B = """
HANOI – Vietnam and the four member states of the European Free Trade Association (EFTA) signed
a free trade agreement in Geneva, Switzerland, on Monday afternoon Hanoi time, a deal that
business leaders say will help Vietnamese exporters diversify away from their biggest markets.

The signing ceremony took place at 16:40 Hanoi time on June 22. Minister of Industry and Trade
Nguyễn Văn Thành signed for Vietnam, alongside ministers from Switzerland, Norway, Iceland and
Liechtenstein.

"This agreement opens the door of Europe's most competitive economies to Vietnamese enterprises
and opens Vietnam to European technology and know-how," Minister Thành said in Geneva, according
to a statement from the Ministry of Industry and Trade.

## What Vietnamese exporters gain

Switzerland already abolished tariffs on industrial goods at the beginning of 2024, so the
immediate gains for Vietnamese manufacturers of electronics, footwear and textiles lie mainly in
the Norwegian and Icelandic markets and in greater legal certainty. The EFTA states will remove
all remaining duties on industrial products from Vietnam as soon as the deal takes effect.

Agricultural exporters stand to gain more. The agreement includes a duty-free quota of 2,500
tonnes for fresh tropical fruit such as dragon fruit and mango, as well as tariff cuts on
processed seafood for the Norwegian market, although Norway's own salmon industry is protected.

Bilateral trade between Vietnam and Switzerland, EFTA's largest economy, reached CHF 6.4 billion
(about US$8 billion) in 2025, according to Swiss figures. Vietnam runs a large surplus: its
exports to Switzerland are more than three times its imports from the alpine country. Trade with
all four EFTA countries was about US$6.9 billion, according to the EFTA Secretariat.

"European buyers want to reduce their dependence on a single supplier country, and Vietnam is
the natural alternative," said Phạm Quốc Bảo, chairman of the Vietnam-Switzerland Business
Council. "With this agreement, we are one step closer to the high-value segments of the market."

## What EFTA gets

In return, Vietnam will remove tariffs on 98.7% of EFTA's current exports, including a phase-out
over five years of duties of up to 25% on watches, a key Swiss export. Vietnamese tariffs of up
to 10% on industrial machinery will disappear within seven years. Swiss pharmaceutical companies
will benefit from immediate duty-free access and five years of protection for test data
submitted to Vietnamese regulators.

Some Vietnamese economists warned that domestic drug makers could face stronger competition.
"Our generic producers need time to adapt," said Dr. Lê Thị Thu Hà, an economist at a Hanoi
university, who urged the government to use the transition periods to support the sector.

## Next steps

The agreement must be ratified by the National Assembly of Vietnam and by the parliaments of the
EFTA states. Officials in Geneva said it could enter into force in 2027 at the earliest; in
Switzerland, the deal may be put to a national vote if opponents collect 50,000 signatures.

Vietnam signed its free trade agreement with the European Union in 2019; that agreement took
effect in August 2020 and has since helped lift Vietnam's exports to the EU by more than 40%,
according to the Ministry of Industry and Trade.

Negotiations with EFTA began in May 2012. Over 19 rounds, negotiators had to resolve disputes on
intellectual property, seafood and rules of origin.
"""

_TR_C = """
After 14 years and 19 negotiating rounds, the free trade agreement between the EFTA states and
Vietnam has been signed. Ministers put their signatures to the text on Monday 22 June in Geneva,
at 11:40, on the sidelines of the EFTA summer ministerial meeting. For Swiss exporters, the
question is now what changes, when, and under which rules of origin.

## Market access: the numbers

According to the EFTA Secretariat, Vietnam will eliminate customs duties on 98.7% of EFTA's
current exports by value. About 72% will be duty-free on entry into force; the remainder will be
phased out in equal annual steps over three, five, seven or ten years.

For the main Swiss export sectors, the schedules are as follows:

Pharmaceuticals: duty-free on entry into force. Vietnam's current tariffs on most medicines are
already low, but some preparations face duties of up to 5%.

Watches: duties currently up to 25% on finished watches, eliminated over five years. Watch parts
become duty-free immediately.

Machinery: tariffs of up to 10% on a range of industrial machines, eliminated over seven years.
Some sensitive lines, including certain agricultural machinery, over ten years.

Chemicals and precision instruments: largely duty-free within three years.

## Trade volumes

Swiss customs data show goods trade with Vietnam of CHF 4.6 billion in 2025: CHF 1.1 billion in
Swiss exports and CHF 3.5 billion in imports. Switzerland's trade deficit with Vietnam is
therefore about CHF 2.4 billion. The EFTA Secretariat puts total EFTA-Vietnam trade at about USD
6.9 billion for the same year, including Norway's seafood-related trade and Iceland's fisheries
technology.

About 170 Swiss companies are present in Vietnam, according to the Swiss Business Hub in Ho Chi
Minh City, ranging from pharmaceutical multinationals to small machine-tool makers.

## Rules of origin

Exporters will need to prove originating status to benefit from the preferential rates. The
agreement uses product-specific rules, generally allowing up to 50% non-originating materials
for machinery, and provides for self-certification by approved exporters. Diagonal cumulation
with other EFTA partners is not included, a point the Swiss Machinery Exporters' Association had
raised during the talks.

"The tariff cuts are good news, but the origin rules decide whether a small company can actually
use them," said Reto Bärtschi, the association's director. "We will publish guidance for members
before the agreement enters into force."

## The ministers' view

At the ceremony, Economy Minister Pascal Rüegsegger spoke of "a door into one of the
fastest-growing markets in Asia, with a hundred million consumers". Vietnam's trade minister,
Nguyễn Văn Thành, said the agreement opened "the door of Europe's most competitive economies to
Vietnamese enterprises".

Norway's trade minister, Ingrid Solheim Aasen, said: "Seafood and shipping were hard chapters,
and we closed them."

## Timetable

The agreement still has to be approved by the Federal Assembly and will be subject to an
optional referendum. The EFTA Secretariat expects entry into force in 2027 at the earliest.
Until then, Swiss exports continue to face Vietnam's most-favoured-nation tariffs.
"""

_TR_D = """
The European Free Trade Association and Vietnam signed a free trade agreement in Bern on Monday,
22 June, completing a negotiation that began in 2012 and leaving the EU's closest neighbours
with a deal that looks very much like the one Brussels struck with Hanoi six years ago.

The EU–Vietnam Free Trade Agreement, in force since 1 August 2020, eliminates nearly 99% of
tariffs between the two sides over ten years. The EFTA text goes slightly less far: Vietnam will
scrap tariffs on 98.7% of EFTA's current exports by value, with 72% duty-free from the first
day.

## Similar structure, different politics

Like the EU agreement, the EFTA deal contains a trade and sustainable development chapter with
commitments on labour rights and environmental protection, but no sanctions. Since 2022 the EU
has included the possibility of trade sanctions as a last resort in its new agreements, notably
with New Zealand, and critics say EFTA has missed a chance to follow.

"The sustainability chapter still has no teeth," said Léa Marchetti of the Fair Trade Coalition
Switzerland. "There is no sanction mechanism if labour rights are violated."

Intellectual property is another point of comparison. Vietnam will protect pharmaceutical test
data for five years, in line with its commitments under the EU agreement and the Comprehensive
and Progressive Agreement for Trans-Pacific Partnership.

## Trade flows

The volumes are modest compared with EU-Vietnam trade, which exceeded 60 billion euros in goods
last year. Swiss customs data put Switzerland-Vietnam goods trade at CHF 4.6 billion in 2025,
roughly 4.9 billion euros; the EFTA Secretariat's figure for all four EFTA states combined is
about USD 6.9 billion, or around 5.9 billion euros.

For Vietnam, the deal's value lies partly in diversification. "This agreement opens the door of
Europe's most competitive economies to Vietnamese enterprises," Minister of Industry and Trade
Nguyễn Văn Thành said at the ceremony.

Norway, which fought hard over seafood, was satisfied. "Seafood and shipping were hard chapters,
and we closed them," said its trade minister, Ingrid Solheim Aasen.

## The Swiss angle

Switzerland, which abolished all industrial tariffs unilaterally on 1 January 2024, gave away
little on manufactured goods in the negotiation and gains far more in access. Swiss economy
minister Pascal Rüegsegger, who heads the Federal Department of Economic Affairs, Education and
Research, described the deal as "a door into one of the fastest-growing markets in Asia".

Swiss watchmakers are the most obvious winners. Vietnam's duties of up to 25% on watches will
fall to zero over five years.

## What next

Ratification is expected to take at least a year. Swiss opponents have hinted at a referendum;
in 2021, Swiss voters approved the EFTA agreement with Indonesia by only 51.6%, after a campaign
focused on palm oil. EFTA expects entry into force in 2027 at the earliest.

The EU, meanwhile, is watching. A Commission official said on Monday that the EFTA deal
"confirms that Vietnam is a reliable partner for rules-based trade".
"""


def _tr() -> dict:
    a = _page(
        _AENEWS, "/trade/2026/06/22/efta-vietnam-sign-free-trade-deal",
        "EFTA and Vietnam sign free trade deal after 14 years of talks",
        "Vietnam will scrap tariffs on 98.7% of exports from Switzerland, Norway, Iceland and "
        "Liechtenstein.",
        _paras(_TR_A), section="Trade", byline="By Mai Linh Tran and Stefan Aebischer",
        published="2026-06-22T10:05:00Z",
        related=[
            ("Vietnam's exports rise 11.2% in first five months", "/asia/vietnam-exports"),
            ("Indonesia-EFTA deal: two years on, palm oil quotas barely used",
             "/trade/indonesia-efta"),
            ("Thailand and EU resume FTA talks", "/trade/thailand-eu"),
        ],
        ad_every=5,
    )
    b = _page(
        _SAIGON, "/trade-investment/vietnam-efta-fta-signed-geneva",
        "Vietnam, EFTA sign free trade agreement, opening new doors for exporters",
        "The deal with Switzerland, Norway, Iceland and Liechtenstein was signed in Geneva on "
        "Monday afternoon Hanoi time.",
        _paras(_TR_B), section="Trade & Investment", byline="By Nguyễn Hoàng Anh",
        shown="Tuesday, 23/06/2026, 07:30 (GMT+7)",
        figure=("efta-vietnam-signing.jpg",
                "Ministers at the signing ceremony in Geneva on June 22.",
                "Photo courtesy of the Ministry of Industry and Trade"),
        most_read=[
            ("VN-Index closes at 1,412 points", "/markets/vn-index"),
            ("Coffee export prices hit record of US$6,100 per tonne", "/economy/coffee"),
            ("Ho Chi Minh City metro line 2 to break ground in July", "/property/metro-2"),
        ],
        ad_every=4,
    )
    c = _page(
        _SEJ, "/free-trade/efta-vietnam-what-changes-for-swiss-exporters",
        "EFTA-Vietnam FTA signed: what changes for Swiss exporters",
        "Tariff schedules, transition periods and rules of origin in the new agreement.",
        _paras(_TR_C), section="Free trade", byline="By Martina Zbinden",
        related=[
            ("Guide: approved exporter status explained", "/customs-origin/approved-exporter"),
            ("Mercosur deal: ratification timetable", "/free-trade/mercosur-timetable"),
            ("Freight rates Asia-Europe down 8% in May", "/logistics/freight-rates"),
        ],
        tags=("Vietnam", "EFTA", "Rules of origin"), ad_every=6,
    )
    d = _page(
        _BTI, "/ftas/efta-vietnam-deal-mirrors-eu-agreement",
        "EFTA's Vietnam deal mirrors the EU's, minus the sanctions debate",
        "The agreement signed on Monday closely follows the structure of the EU-Vietnam FTA.",
        _paras(_TR_D), section="FTAs", byline="By Anouk Verstraeten",
        ld=("2026-06-22T17:30:00+02:00", "2026-06-22T17:30:00+02:00"),
        figure=("efta-ministerial-2026.jpg", "EFTA ministers and Vietnam's trade minister.",
                "Photo: EFTA Secretariat"),
        most_read=[
            ("Commission proposes new steel safeguard quotas", "/tariffs/steel"),
            ("EU-India talks: the last three chapters", "/ftas/eu-india"),
            ("Podcast: what next for the WTO's appellate body?", "/podcasts/wto"),
        ],
        ad_every=4,
    )
    return {"id": "tr-DE4", "part": "DE", "domain": "trade", "fetched": "2026-06-24",
            "articles": [a, b, c, d],
            "planted": [
                ("who said the 'door of Europe' quote", r"th[aàáảãạ]nh", r"\bfrommelt\b"),
                ("Swiss-Vietnam goods trade 2025", r"\b4\.6\b", r"\b6\.4\b"),
                ("place of signing", r"\bgeneva\b", r"\bbern\b"),
            ]}


# ---------------------------------------------------------------------------------------------
# rk-DE5 — rocket (PLANTED: "chief operating officer" in EuroWire, 21:17 in Space Industry
# Insider, 43 minutes in French Guiana Today)
# ---------------------------------------------------------------------------------------------

_EUROWIRE = _site(
    "EuroWire", "eurowire.example", sep=" - ",
    nav=["World", "Europe", "Business", "Science", "Technology", "Pictures"],
    cookie="EuroWire uses cookies to operate this website and to measure its audience.",
    buttons=("Accept cookies", "Manage preferences"),
    footer=["About EuroWire", "Trust principles", "Licensing", "Privacy", "Cookies"],
    share=("X", "Facebook", "LinkedIn"),
)
_PSH = _site(
    "Paris Science Hebdo", "parisscience.example",
    nav=["Space", "Climate", "Health", "Physics", "Life", "Live"],
    cookie="Paris Science Hebdo and its partners use cookies for audience measurement and ads.",
    buttons=("Accept", "Refuse and subscribe"),
    footer=["The team", "Subscribe", "Newsletters", "Legal notice", "Manage cookies"],
    newsletter="Space, every Thursday in your inbox",
    tagline="Science news, explained",
)
_SPACEINS = _site(
    "Space Industry Insider", "spaceinsider.example", sep=" | ",
    nav=["Launch", "Satellites", "Ground segment", "Defence", "Finance", "Jobs"],
    cookie="We use cookies to give you full access to Space Industry Insider.",
    buttons=("Accept all", "Necessary only"),
    footer=["About", "Advertise", "Events", "Subscriptions", "Privacy"],
    newsletter="Launch Manifest: the week's launches and contracts",
    share=("LinkedIn", "X", "Email"),
)
_GUIANA = _site(
    "French Guiana Today", "guianatoday.example", sep=" - ",
    nav=["Cayenne", "Kourou", "Saint-Laurent", "Space", "Environment", "Sport"],
    cookie="This site uses cookies. Click OK to accept them.",
    buttons=("OK", "Personalise"),
    footer=["Contact", "Advertising", "Legal notice", "Privacy"],
    tagline="News from French Guiana",
)

_RK_A = """
KOUROU, French Guiana, Nov 10 (EuroWire) – An Ariane 6 rocket lifted off from Europe's spaceport
in French Guiana on Tuesday evening and placed the Hexalis-3 broadband satellite into orbit, a
day after a last-minute halt to the countdown, Arianespace said.

The rocket, flying in its more powerful Ariane 64 version with four strap-on boosters, left the
launch pad at 21:47 local time (0047 GMT on Wednesday). The 6,120-kg satellite, built in
Toulouse by Astrelle Systems for the Paris-based operator Orbalys, separated from the rocket's
upper stage 33 minutes after liftoff.

"Ariane 6 is now flying at the rhythm Europe needs. Five launches this year, and we are not
finished," Arianespace chief operating officer Bertrand Castellane said in the control centre at
the Guiana Space Centre.

The launch, designated VA274, was the 14th flight of Ariane 6 since its debut in July 2024 and
the fifth this year. It was the third flight of the Ariane 64 configuration.

Monday's first attempt was halted seven minutes before liftoff after a sensor on a ground fluid
line gave an out-of-limits pressure reading. Engineers replaced the sensor overnight and the
launch was rescheduled for Tuesday's window, which opened at 21:31 local time. With light winds
and clear skies, liftoff came 16 minutes into the 49-minute window.

Orbalys said it had received the first signals from the satellite 41 minutes after liftoff
through a ground station in South Africa, and that Hexalis-3 was healthy.

"Hexalis-3 will double our capacity over Europe and bring broadband to places the fibre will
never reach," Orbalys chief executive Inès Marchal-Oudin said.

The satellite, which carries a Ka-band payload with a capacity of 180 gigabits per second, will
use electric propulsion to raise its orbit over about five months before starting commercial
service at an orbital position of 3.1 degrees East. It is designed to operate for 15 years.

Orbalys has put the cost of the satellite and its launch at about 310 million euros ($360 million).

The success adds to a steadier year for Europe's heavy launcher, which suffered delays before
its first flight and a slow ramp-up in 2025. The European Space Agency's director of space
transportation, Pieter van Aalst, said the cadence showed that Europe's independent access to
space was "no longer a promise but a routine".

Ariane 6 replaced Ariane 5, which flew for the last time in July 2023. Orbalys' previous
satellite, Hexalis-2, was launched on an Ariane 5 in 2022.

(Reporting by Julie Moreau in Kourou and Anders Holm in Paris; Editing by Claire Dubois)
"""

_RK_B = [
    ("00:55", "Good evening (or good morning)", """
Welcome to our live coverage of Ariane 6 flight VA274 from Kourou, French Guiana. The launch
window opens at 01:31 Paris time, which is 21:31 in Kourou, where it is still Tuesday evening.
On board: Hexalis-3, a 6.1-tonne broadband satellite for the French operator Orbalys.
"""),
    ("01:10", "Second attempt", """
This is the second attempt. On Monday the countdown was stopped at H0 minus 7 minutes because of
a pressure sensor on a ground line that reported an abnormal value. The sensor has been
replaced. Weather conditions in Kourou are good tonight, with light winds.
"""),
    ("01:31", "Window open", """
The launch window is open. It lasts 49 minutes. The team is targeting liftoff at 01:47, or 21:47
local time.
"""),
    ("01:47", "LIFTOFF!", """
Liftoff of Ariane 6! The four P120C boosters and the Vulcain 2.1 main engine ignited on time.
The rocket is climbing over the Atlantic.
"""),
    ("01:50", "Boosters separated", """
The four solid-fuel boosters have separated, about two minutes and 20 seconds into the flight.
All nominal.
"""),
    ("01:51", "Fairing jettisoned", """
The fairing protecting the satellite has been jettisoned at an altitude of around 110 km (68
miles). Hexalis-3 is now exposed to space.
"""),
    ("01:55", "Main stage separation", """
The main stage has shut down and separated. The Vinci engine of the upper stage has taken over
for its first burn.
"""),
    ("02:08", "Coast phase", """
The upper stage has completed its first burn and is in a coast phase. A second Vinci burn will
place the satellite on its transfer orbit, with a perigee of about 250 km and an apogee of
35,920 km (22,320 miles). From there, Hexalis-3 will climb on its own to the geostationary ring
at 35,786 km.
"""),
    ("02:20", "Separation confirmed", """
Hexalis-3 has separated from the upper stage, 33 minutes and 12 seconds after liftoff. Applause
in the Jupiter control room in Kourou.
"""),
    ("02:28", "Signal acquired", """
Orbalys confirms it has acquired the first signal from Hexalis-3 via a ground station in South
Africa, 41 minutes after liftoff. The satellite is healthy.
"""),
    ("02:45", "Castellane: 'the rhythm Europe needs'", """
Bertrand Castellane, chief executive of Arianespace: "Ariane 6 is now flying at the rhythm
Europe needs. Five launches this year, and we are not finished." This was the 14th flight of
Ariane 6 and the fifth of 2026.
"""),
    ("02:52", "Orbalys reacts", """
Inès Marchal-Oudin, head of Orbalys: "Hexalis-3 will double our capacity over Europe and will
bring broadband to places where fibre will never go." Commercial service is planned for spring
2027, after about five months of orbit raising with electric thrusters.
"""),
    ("03:05", "End of live", """
That's it for tonight's live coverage. Summary: Ariane 6 lifted off at 01:47 Paris time (21:47
in Kourou on Tuesday) and delivered Hexalis-3 to its transfer orbit. Thanks for staying up with
us, and good night.
"""),
]

_RK_C = """
Arianespace's fifth Ariane 6 mission of the year went by the book. Flight VA274, an Ariane 64
carrying Orbalys' Hexalis-3 high-throughput satellite, lifted off from ELA-4 at the Guiana Space
Centre at 21:17 local time on Tuesday, 10 November, 24 hours after a scrubbed first attempt.

The 6,120 kg spacecraft separated into a supersynchronous "GTO+" transfer orbit 33 minutes and
12 seconds into the flight, and Orbalys reported acquisition of signal from a ground station at
Hartebeesthoek, South Africa, shortly afterwards.

## The vehicle

The Ariane 64 configuration, with four P120C solid rocket boosters, is rated for about 11.5
tonnes to geostationary transfer orbit. Hexalis-3, at just over six tonnes, used little more
than half of that, and Arianespace did not fill the lower passenger position. Industry sources
said Orbalys had paid for an exclusive launch to secure its preferred date and a higher-energy
orbit, which shortens the electric orbit-raising phase from roughly eight months to about five.

VA274 was the 14th Ariane 6 flight since the July 2024 debut and the third with four boosters.
Arianespace chief executive Bertrand Castellane has promised eight Ariane 6 launches in 2027, up
from the five achieved so far in 2026, and said on Tuesday that the company still aimed to fly
once more before the end of the year.

The scrub on Monday 9 November was triggered at H0 minus 7 minutes by a pressure sensor on a
ground fluid line for the upper stage. It was the second countdown interruption of the year
related to ground equipment, after a hold in April during a launch attempt that was ultimately
successful the same evening.

## The satellite

Astrelle Systems built Hexalis-3 on its all-electric Stellis-E platform in Toulouse. The
satellite carries a Ka-band payload with 180 Gbps of capacity, spread across 240 spot beams
covering Europe, North Africa and the Middle East. Its design life is 15 years.

Hexalis-3's launch mass is significantly higher than its predecessor's. Hexalis-2, which went up
on an Ariane 5 in 2022, weighed 4,850 kg and used chemical propulsion for orbit raising.

Orbalys has said the total programme cost, including launch and insurance, is about €310
million. The satellite is insured for launch and first-year operations with a consortium led by
a Paris-based space underwriter; the premium was not disclosed, but brokers put market rates for
a launch-plus-one-year policy at around 5% to 7% of the insured value.

## Market context

The mission is a boost for Arianespace's commercial order book, which has been dominated by
institutional and constellation payloads since Ariane 6 entered service. "Commercial operators
are coming back to Ariane because they want schedule certainty and a European option,"
Castellane said. "Five launches this year, and we are not finished."

Orbalys chief executive Inès Marchal-Oudin said Hexalis-3 would "double our capacity over
Europe". The operator plans to start commercial service at 3.1 degrees East in the spring of
2027.

For the European Space Agency, which funds the Ariane 6 programme, the steady cadence is the
main message. Pieter van Aalst, head of space transportation at ESA, said Europe's access to
space was now "a routine".
"""

_RK_D = """
Kourou's residents who stayed up late on Tuesday were rewarded with a spectacular sight. At
21:47, the Ariane 6 rocket lit up the sky above the Guiana Space Centre, its four boosters
leaving a trail that could be seen from the beaches of Kourou and as far as Cayenne, some 50 km
(31 miles) away.

"It's always the same emotion, even after so many launches," said Maryse Lafleur, 64, who
watched with her grandchildren from the Pointe des Roches. "You hear the noise a few seconds
after you see the light, and the windows shake."

The rocket carried Hexalis-3, a broadband satellite for the French operator Orbalys, which
separated from the upper stage 43 minutes after liftoff, according to Arianespace. It was the
14th launch of Ariane 6 and the fifth this year.

## A second attempt

It was the second attempt in two days. On Monday evening, many spectators had already gathered
at the viewing sites when the countdown stopped seven minutes before liftoff. A sensor on a
ground line had given an abnormal pressure reading. "We packed up and came back tonight," said
Jean-Claude Horth, a retired technician from Sinnamary who has watched "almost every launch
since the 1990s".

Bertrand Castellane, chief executive of Arianespace, thanked the launch teams in Kourou. "Ariane
6 is now flying at the rhythm Europe needs," he said. "Five launches this year, and we are not
finished."

## Jobs and activity

The increased launch rate matters in Kourou. The space centre and its contractors employ about
1,700 people directly in French Guiana, according to the French space agency CNES, and local
businesses say that each launch campaign brings extra activity to hotels, restaurants and
transport companies.

"When Ariane 6 was late, we really felt it," said Sandrine Ho-A-Chuck, who runs a guest house
near the Kourou seafront. "This year we have had more teams, more engineers staying for weeks.
It is good for the town."

Local elected officials have asked for more of the spaceport's procurement to go to Guianese
companies. The president of the local chamber of commerce, Patrick Anglio, said that only about
a quarter of the centre's contracts were awarded to companies based in the territory.

## Safety

As for every launch, the prefecture imposed restrictions around the launch zone from Tuesday
afternoon, closing part of the RN1 highway and access to the Îles du Salut for several hours.
The restrictions were lifted at midnight.

The gendarmerie reported no incidents. Several hundred people watched from the official viewing
sites and from the beaches.

Hexalis-3, built in Toulouse and weighing about 6.1 tonnes, is designed to provide broadband
internet across Europe, North Africa and the Middle East. It will take about five months to
climb to its final position using its own electric thrusters, Orbalys said.

The next launch from Kourou, a Vega C mission, is planned for December.
"""


def _rk() -> dict:
    a = _page(
        _EUROWIRE, "/science/2026/11/11/ariane-6-launches-hexalis-3",
        "Ariane 6 launches Hexalis-3 broadband satellite after one-day delay",
        "Europe's heavy rocket lifted off from Kourou on Tuesday evening local time, a day after "
        "a countdown halt.",
        _paras(_RK_A), section="Science", byline="By Julie Moreau and Anders Holm",
        published="2026-11-11T01:32:00Z",
        related=[
            ("SpaceX launches 24 Starlink satellites from Florida", "/science/starlink-batch"),
            ("ESA unveils its 2027 launch manifest", "/europe/esa-manifest"),
            ("China's Long March 8 rocket sets launch record", "/science/long-march-8"),
        ],
        ad_every=5,
    )
    b = _page(
        _PSH, "/space/live-ariane-6-va274-hexalis-3",
        "LIVE – Ariane 6 launches Hexalis-3: follow the night from Kourou",
        "Follow flight VA274 minute by minute: countdown, liftoff, separation of the "
        "Hexalis-3 satellite.",
        _live(_RK_B, "CET"), section="Space", byline="By Aurélien Dufresne",
        shown="Live – night of 10 to 11 November 2026",
        figure=("ariane6-va274-pad.jpg",
                "Ariane 6 on the ELA-4 pad before flight VA274.",
                "Photo: ESA/CNES/Arianespace – Optique Vidéo CSG"),
        most_read=[
            ("Why the James Webb telescope sees 'impossible' galaxies", "/space/jwst"),
            ("Climate: 2026 set to be the third-warmest year", "/climate/2026-warm"),
            ("The Moon is moving away from Earth by 3.8 cm per year", "/space/moon"),
        ],
        ad_every=4, live=True,
    )
    c = _page(
        _SPACEINS, "/launch/va274-ariane-64-hexalis-3-orbalys",
        "VA274: Ariane 64 delivers Hexalis-3 to GTO+ for Orbalys",
        "Flight report: vehicle, payload, the Monday scrub and what the mission means for "
        "Arianespace's commercial manifest.",
        _paras(_RK_C), section="Launch", byline="By Grégoire Vasseur",
        related=[
            ("Vega C: December launch for Copernicus satellite confirmed", "/launch/vega-c-dec"),
            ("Orbalys orders Hexalis-4 for 2029", "/satellites/hexalis-4-order"),
            ("Ground segment: new Ka-band gateways in Portugal", "/ground/ka-gateways"),
        ],
        tags=("Ariane 6", "Arianespace", "Orbalys", "GTO"), ad_every=6,
    )
    d = _page(
        _GUIANA, "/kourou/ariane-6-decolle-hexalis-3-nuit",
        "Ariane 6 lights up the Kourou night on its second attempt",
        "Residents and spectators watched the launch of the Hexalis-3 satellite on Tuesday "
        "evening.",
        _paras(_RK_D), section="Kourou", byline="By Nadège Thérèse",
        ld=("2026-11-11T08:05:00-03:00", "2026-11-11T08:05:00-03:00"),
        shown="Published 11 November 2026",
        figure=("ariane-kourou-beach.jpg",
                "The launch seen from the Pointe des Roches in Kourou.",
                "Photo: French Guiana Today / Rudy Nelson"),
        most_read=[
            ("Cayenne: new bridge over the Mahury to open in 2027", "/cayenne/bridge"),
            ("Saint-Laurent: 3 arrests after gold-mining raid", "/saint-laurent/arrests"),
            ("Football: US Matoury reach the cup's last 16", "/sport/matoury"),
        ],
        ad_every=4,
    )
    return {"id": "rk-DE5", "part": "DE", "domain": "rocket", "fetched": "2026-11-12",
            "articles": [a, b, c, d],
            "planted": [
                ("liftoff time (local)", r"\b21[:.h]47\b", r"\b21[:.h]17\b"),
                ("separation after liftoff",
                 r"\b33(?:\s*min(?:utes?)?|:12)\b|\b33 minutes\b", r"\b43\s*min(?:utes?)?\b"),
                ("Castellane's title", r"chief executive|\bceo\b",
                 r"chief operating officer|\bcoo\b"),
            ]}


# ---------------------------------------------------------------------------------------------
# eq-DE6 — earthquake (CONTROL)
# ---------------------------------------------------------------------------------------------

_GLOBEW = _site(
    "GlobeWire", "globewire.example", sep=" | ",
    nav=["World", "Europe", "Disasters", "Business", "Science", "Video"],
    cookie="GlobeWire uses cookies to provide and improve its services.",
    buttons=("Accept", "Cookie settings"),
    footer=["About GlobeWire", "Standards", "Licensing", "Privacy", "Terms"],
    share=("X", "Facebook", "Email"),
)
_VDIRECT = _site(
    "Valais Direct", "valaisdirect.example", sep=" - ",
    nav=["Sion", "Sierre", "Martigny", "Upper Valais", "Canton", "Sport"],
    cookie="Valais Direct uses cookies to measure its audience and show you local ads.",
    buttons=("Accept", "Refuse"),
    footer=["Newsroom", "Send us a tip", "Advertise", "Privacy", "Legal"],
    newsletter="The Valais morning briefing",
    tagline="Live news from Valais",
)
_LAUPOST = _site(
    "Lausanne Morning Post", "lausannepost.example",
    nav=["Vaud", "Switzerland", "World", "Economy", "Culture", "Sport"],
    cookie="We use cookies and similar technologies to provide our services and for ads.",
    buttons=("I agree", "Customise"),
    footer=["About the Post", "Subscribe", "Digital edition", "Privacy", "Contact"],
    newsletter="The Post's morning newsletter",
)
_QRJ = _site(
    "Quake & Risk Journal", "quakerisk.example", sep=" — ",
    nav=["Seismology", "Catastrophe models", "Insurance", "Engineering", "Data", "Events"],
    cookie="We use essential cookies only, plus analytics if you allow it.",
    buttons=("Allow analytics", "Essential only"),
    footer=["About", "Subscribe", "Contributors", "Privacy", "Contact"],
    newsletter="Cat Event Alerts, sent within hours of major events",
    share=("LinkedIn", "Email", "Print"),
)

_EQ_A = """
GENEVA, Oct 4 (GlobeWire) – A magnitude 5.1 earthquake struck the Swiss canton of Valais in the
middle of the night, shaking buildings across western Switzerland, injuring two people and
forcing the evacuation of dozens of residents, authorities said on Sunday.

The quake struck at 2338 GMT on Saturday (0138 local time on Sunday) at a depth of about 6 km (4
miles), with its epicentre near the village of Grone, about 8 km (5 miles) east-northeast of the
cantonal capital Sion, the Swiss Seismological Service (SED) said.

The SED initially put the magnitude at 5.3 based on automatic calculations, then revised it to
5.1 after a review by its seismologists. The U.S. Geological Survey measured it at magnitude 4.9
and a depth of 10 km, while the European-Mediterranean Seismological Centre put it at 5.0.

The tremor was felt as far away as Geneva, Bern and Zurich, as well as in neighbouring parts of
France and Italy, including Chamonix and the Aosta valley. The SED said it had received more
than 9,000 reports from people who felt the shaking.

Cantonal police said two people had been slightly injured, and that 38 residents of two
apartment buildings in the village of Chalais had been evacuated as a precaution after cracks
appeared in the walls. They spent the night in a school gymnasium.

"We heard a loud bang, and then the whole building was moving," a resident of Grone told the
local news site Valais Direct. "The dishes fell out of the cupboards. We went outside in our
pyjamas."

Police said they had received several hundred calls in the first hour. Fallen chimneys and roof
tiles were reported in Grone, Chalais and Chippis, and a rockfall blocked a road above Grone.

The Swiss Federal Railways suspended train services between Sion and Sierre for track
inspections; they resumed at 07:15 local time.

By 8 a.m. local time, the SED had recorded 27 aftershocks, the strongest of magnitude 3.4 at
02:11 local time.

"Aftershocks are normal and expected after an earthquake of this size," SED seismologist Andrea
Caflisch said, adding that a stronger quake in the coming days could not be excluded but was
unlikely.

Frédéric Zufferey, the member of the Valais cantonal government in charge of security, was due
to brief reporters in Sion at 11 a.m. local time. Engineers were to begin inspecting damaged
buildings in the morning.

Valais is the most earthquake-prone region of Switzerland. In 1855, a quake of estimated
magnitude 6.2 near Visp caused heavy damage in the upper Rhone valley. In 1946, a magnitude 5.8
earthquake near Sierre damaged thousands of buildings.

The SED records several hundred earthquakes in and around Switzerland each year, most of them
too weak to be felt.

(Reporting by Nina Feldmann; Editing by Oliver Banks)
"""

_EQ_B = [
    ("01:52", "Earthquake felt across Valais", """
A strong earthquake was felt throughout central Valais at 1.38 a.m. Many of you are writing to
us from Sion, Sierre, Grône and Chalais. Buildings shook for several seconds. We are gathering
information.
"""),
    ("02:05", "Magnitude 5.3, according to first estimate", """
According to the first automatic estimate by the Swiss Seismological Service (SED), the
magnitude is 5.3 and the epicentre lies near Grône, east of Sion. This figure may be revised.
"""),
    ("02:14", "Strong aftershock", """
A strong aftershock was felt at 2.11 a.m. The SED puts it at magnitude 3.4.
"""),
    ("02:20", "SED revises magnitude to 5.1", """
The SED has revised the magnitude to 5.1 after manual analysis. The quake occurred at a depth of
about 6 km. "It is one of the strongest earthquakes in Valais in several decades," duty
seismologist Andrea Caflisch told Valais Direct.
"""),
    ("03:00", "Police: no injuries reported so far", """
The cantonal police say they have received hundreds of calls but, at this stage, no reports of
injuries. Damage is reported to chimneys and roofs in Grône, Chalais and Chippis. Please do not
call the emergency numbers unless there is an emergency.
"""),
    ("04:30", "Evacuation in Chalais", """
Thirty-eight residents of two apartment buildings in Chalais have been evacuated as a precaution
because of cracks in the walls. They are being housed in the school gymnasium. The civil
protection service has brought in blankets and hot drinks.
"""),
    ("06:30", "Two people slightly injured", """
Police now report two people slightly injured, both cut by broken glass. They were treated on site.
"""),
    ("07:20", "Trains running again", """
SBB trains are running again between Sion and Sierre since 7.15 a.m. after track inspections
found no damage.
"""),
    ("08:05", "27 aftershocks", """
The SED has recorded 27 aftershocks since 1.38 a.m., the strongest being the magnitude 3.4
tremor at 2.11 a.m. More than 9,000 people have reported feeling the main quake on the service's
website.
"""),
    ("11:25", "Press conference: five injured", """
At a press conference in Sion at 11 a.m., State Councillor Frédéric Zufferey, head of the
cantonal security department, said five people had been injured, one of them seriously: an
81-year-old woman in Chalais who was hit by falling masonry. She was taken to hospital in Sion;
her life is not in danger. "We have been lucky. An earthquake of this strength in the middle of
the night could have been much worse," Zufferey said.
"""),
    ("14:10", "Road to Nax still closed", """
The road between Grône and Nax remains closed after the overnight rockfall. Geologists are
inspecting the slope. Residents of Nax can use the road via Bramois.
"""),
    ("17:30", "240 buildings inspected", """
Engineers have inspected 240 buildings since this morning. Eleven have been declared temporarily
uninhabitable, most of them in Chalais and Grône. Inspections will continue on Monday.
"""),
    ("18:10", "Six injured", """
The number of injured has risen to six, police say: a man from Grône was hurt this afternoon
while clearing debris from his roof. Police urge residents not to climb onto damaged roofs
themselves.
"""),
]

_EQ_C = """
Valais woke up on Sunday to cracked walls, fallen chimneys and a long list of questions. The
magnitude 5.1 earthquake that struck at 1.38 a.m., with its epicentre near Grône, was one of the
strongest felt in the canton in decades. Six people were injured, one seriously, and dozens of
buildings were damaged.

The tremor was felt as far away as Lausanne and Geneva. In our offices, several readers reported
being woken by rattling windows. In central Valais, the shaking was violent. "It lasted maybe
ten seconds, but it felt like a minute," said Sébastien Rudaz, who lives in Chalais with his
wife and two children. "The wardrobe fell over. The children were screaming."

## One woman seriously hurt

The most seriously injured was an 81-year-old woman in Chalais, who was struck by falling
masonry in her home. She was taken to the hospital in Sion, where her condition was described as
stable. Five other people suffered minor injuries, most of them cuts from broken glass; one of
them, a man in Grône, was hurt on Sunday afternoon while clearing debris from his roof.

"We were lucky. A quake of this size at this hour could have been much worse," Frédéric
Zufferey, the Valais security minister, told a press conference in Sion on Sunday morning.

By Sunday evening, engineers had inspected 326 buildings in the most affected communes and
declared 14 of them temporarily uninhabitable. The 38 residents evacuated from two apartment
blocks in Chalais during the night were still unable to return home; most were staying with
relatives, and a few in a hotel in Sierre paid for by the commune.

## Aftershocks continue

The Swiss Seismological Service (SED) at ETH Zurich had recorded more than 50 aftershocks by
Sunday evening, the strongest of magnitude 3.4 about half an hour after the main quake. More
than 13,000 people had reported feeling the earthquake on the SED's website.

The SED first estimated the magnitude at 5.3 before revising it to 5.1. The United States
Geological Survey, which uses a different method, put it at 4.9.

"Aftershocks are normal and expected after an earthquake of this size," SED seismologist Andrea
Caflisch said. "We cannot exclude a stronger event in the coming days, but it is unlikely." The
SED put the probability of an equal or stronger earthquake in the region within the next seven
days at about 3%.

## An old risk

Valais is the Swiss region most exposed to earthquakes. The strongest in its recorded history,
in 1855 near Visp, had an estimated magnitude of 6.2. The 1946 earthquake near Sierre, magnitude
5.8, damaged some 3,500 buildings.

Yet earthquake insurance remains the exception. Valais is one of the cantons without a public
building insurer, and standard policies do not cover earthquake damage. "Most of the owners here
will have to pay for the repairs themselves," said Grône's mayor, Patricia Théodoloz. "That is
the real shock."

Federal parliament has debated a national earthquake insurance scheme for years without result.
Sunday's quake is likely to revive that debate: several Valais politicians called on Sunday for
the issue to be put back on the agenda.

For the families of Chalais and Grône, the priority today is more practical: to know when, and
if, they can go home.
"""

_EQ_D = """
The moderate earthquake that struck central Valais in the early hours of Sunday, 4 October, is a
useful stress test for a country that has low-to-moderate seismic hazard, high exposure and very
little insurance cover. Here are the key technical points and our first view of the losses.

## Source parameters

Swiss Seismological Service (SED): local magnitude ML 5.1, origin time 23:38 UTC on 3 October
(01:38 CEST on 4 October), hypocentral depth about 6 km, epicentre near Grône, roughly 8 km
east-northeast of Sion. The SED's first automatic solution gave ML 5.3; the reviewed solution
was published about 40 minutes after the event. The SED's moment magnitude is Mw 4.8. As is
common for Swiss events, ML is slightly higher than Mw.

Other agencies: USGS, magnitude 4.9 with a fixed depth of 10 km; EMSC, 5.0. These differences
reflect different magnitude scales and station sets, not disagreement about the event itself.

Focal mechanism: predominantly strike-slip, consistent with the regional stress field in the
Rhone valley, where most significant historical events have occurred, including the 1855 Visp
earthquake (estimated Mw 6.2) and the 1946 Sierre earthquake (Mw 5.8).

Aftershocks: 63 located by 07:00 on Monday, the strongest ML 3.4 at 02:11 CEST on Sunday. The
SED estimated a probability of about 3% for an event of equal or greater size within seven days.

Felt reports: 14,600 by Monday morning, with maximum reported intensity VI on the European
Macroseismic Scale in Grône and Chalais.

## Damage and exposure

Observed damage is consistent with intensity VI: fallen chimneys, displaced roof tiles, cracks
in plaster and, in a few older masonry buildings, cracks in load-bearing walls. As of Monday
08:00, cantonal engineers had inspected 410 buildings and classified 17 as temporarily
uninhabitable. The bell tower of the church in Grône was also damaged.

Six people were injured, one seriously.

## Loss estimate

Using the SED's shake map and its own exposure model, the risk modelling firm Seisrisk Analytics
estimates total economic losses at between CHF 35 million and CHF 60 million (about EUR 37
million to EUR 64 million). The insured share is expected to be small.

"Insured losses will be a fraction of the total, probably well under a quarter," said Dr. Karin
Odermatt, head of modelling at Seisrisk. "Valais has no cantonal building insurer, and most
private property policies exclude earthquake."

That gap is the structural issue. Earthquake is not covered under standard Swiss building
insurance; a voluntary pool covers buildings insured with the cantonal insurers in the cantons
that have them, up to a limited amount per event. In cantons such as Valais, owners depend on
optional private cover, which few buy.

## What to watch

Insurers will be watching whether any business interruption claims arise from the closure of the
road between Grône and Nax and from the short suspension of rail services between Sion and
Sierre, which resumed at 07:15 on Sunday.

The more lasting consequence may be political. Valais politicians have already called for a
national earthquake insurance scheme to return to the agenda. Frédéric Zufferey, the state
councillor in charge of security, said on Sunday that "we were lucky" and that a similar quake
"in the middle of the day, under a school or a hospital, would be a different story".
"""


def _eq() -> dict:
    a = _page(
        _GLOBEW, "/europe/2026/10/04/switzerland-earthquake-valais",
        "Magnitude 5.1 earthquake shakes Switzerland's Valais, two hurt",
        "The night-time quake near Sion was felt across western Switzerland and in parts of "
        "France and Italy.",
        _paras(_EQ_A), section="Europe", byline="By Nina Feldmann",
        published="2026-10-04T00:52:00Z", modified="2026-10-04T06:10:00Z",
        shown="Updated 06:10 GMT",
        related=[
            ("Magnitude 6.0 quake hits eastern Turkey, no casualties reported",
             "/world/turkey-quake"),
            ("Italy: Campi Flegrei swarm includes 4.4 tremor", "/europe/campi-flegrei"),
            ("Iceland eruption enters third week", "/europe/iceland-eruption"),
        ],
        ad_every=5,
    )
    b = _page(
        _VDIRECT, "/canton/live-seisme-valais-grone",
        "LIVE – Earthquake in Valais: magnitude 5.1, damage in Grône and Chalais",
        "All the latest on the earthquake that shook Valais overnight: injured, damage, "
        "aftershocks, traffic.",
        _live(_EQ_B, "CEST"), section="Canton", byline="By the Valais Direct newsroom",
        shown="Live – Sunday 4 October 2026",
        figure=("grone-chimney-damage.jpg",
                "A collapsed chimney in Grône on Sunday morning.",
                "Photo: Valais Direct / Yann Pralong"),
        most_read=[
            ("FC Sion draw 1-1 with Servette", "/sport/fc-sion"),
            ("Grape harvest: 38 million litres expected", "/canton/harvest"),
            ("Sierre: new car park to open in November", "/sierre/car-park"),
        ],
        ad_every=4, live=True,
    )
    c = _page(
        _LAUPOST, "/switzerland/valais-earthquake-day-after",
        "After the quake, Valais counts the damage and its luck",
        "Six people were injured and dozens of buildings damaged. Few owners are insured.",
        _paras(_EQ_C), section="Switzerland", byline="By Mathilde Perrier in Chalais",
        ld=("2026-10-05T05:45:00+02:00", "2026-10-05T05:45:00+02:00"),
        shown="Monday, 5 October 2026",
        figure=("chalais-evacuated-building.jpg",
                "One of the two evacuated apartment buildings in Chalais.",
                "Photo: Lausanne Morning Post / Céline Michaud"),
        most_read=[
            ("Lausanne: metro m3 works delayed to 2032", "/vaud/m3"),
            ("Vaud budget shows CHF 120 million deficit", "/vaud/budget"),
            ("Lausanne-Sport win 3-0 in Lugano", "/sport/ls"),
        ],
        ad_every=4,
    )
    d = _page(
        _QRJ, "/seismology/valais-m51-event-notes-loss-estimate",
        "Valais M5.1: event notes and first loss estimate",
        "Source parameters, aftershocks, damage and an early estimate of economic and insured "
        "losses from the central Valais earthquake.",
        _paras(_EQ_D), section="Seismology", byline="By the Quake & Risk Journal desk",
        related=[
            ("Cat model update: European earthquake vendor comparisons",
             "/catastrophe-models/eu-eq"),
            ("Italy's 2026 seismic bonus: take-up at 12%", "/insurance/italy-bonus"),
            ("Engineering note: retrofitting unreinforced masonry", "/engineering/urm"),
        ],
        tags=("Switzerland", "Earthquake", "Insured losses"), ad_every=6,
    )
    return {"id": "eq-DE6", "part": "DE", "domain": "earthquake", "fetched": "2026-10-06",
            "articles": [a, b, c, d], "planted": []}


STORIES: list[dict] = [_cb(), _el(), _ct(), _tr(), _rk(), _eq()]
