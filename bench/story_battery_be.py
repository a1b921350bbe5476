"""Story battery, part BE — Central and Eastern Europe (Poland, Czechia, Hungary, Romania, Slovakia), events in 2026.

Written by engineer BE1 on 2026-12-07 for the thirty-first batch, a precision batch

Six invented stories, each told by three or four invented outlets (domains ending in .example) as
whole HTML pages. Everything in the pages (outlets, reporters, companies, most officials, all
figures) is invented; real institutions and places appear only as scenery. Three stories are
controls (el-BE2, ct-BE3, eq-BE6) with no real contradiction anywhere; the other three carry
exactly three planted disagreements each, every one of them in a single outlet's page.

cb-BE1 (central bank, PLANTED). True facts: on Wednesday 4 February 2026 the Czech National
Bank's seven-member Bank Board cut the two-week repo rate by 25 bp from 3.50% to 3.25% (discount
2.25%, Lombard 4.25%, effective Thursday 5 February), by a 5-2 vote (Machala and Sedláčková for a
hold). Statement at 14:30 CET (13:30 GMT); press conference by Governor Radek (Václav) Šimůnek at
15:45 CET (14:45 GMT). Winter forecast: 2026 inflation averaging 2.2%, 2026 GDP growth 1.8%, rate
path to about 3.0% by year-end. Kateřina Dvořáková is vice-governor. December CPI 2.5%, services
4.1%. Koruna to 24.61 per euro from 24.52. Next meeting 25 March. PLANTED: (1) vote split: right
5-2 / "five to two", wrong 4-3 ("three members preferring to keep the rate") in The Prague
Ledger; (2) 2026 GDP growth forecast: right 1.8%, wrong 2.8% in Danube Rates Brief; (3)
Dvořáková's role: right vice-governor, wrong "chief economist" in Radio Morava International.
Outlets and dating: Centropa Wire (wire; article:published_time + JSON-LD 2026-02-04T14:41+01:00,
visible date, updated 16:58 CET); The Prague Ledger (newspaper analysis; JSON-LD datePublished
2026-02-05 only, uses "yesterday"); Danube Rates Brief (specialist newsletter; visible date
"Friday 6 February 2026" only, says "on Wednesday", times in GMT); Radio Morava International
(broadcaster; no date anywhere). Legitimate traps: 3.25% / 3.25 percent; 25 bp / a quarter of a
percentage point; 14:30 CET = 13:30 GMT and 15:45 CET = 14:45 GMT = "a quarter to four";
"yesterday" (dated 5 Feb) and "on Wednesday" (dated 6 Feb) both resolve to 4 Feb; koruna 24.61
vs "around 24.6" vs 24.58 on Thursday afternoon; two different analyst polls (13 of 17 in the
wire's poll, 16 of 21 in the newsletter's survey) and the consensus expectation of a unanimous or
6-1 vote vs the actual vote; old rates 3.50% and 7.00% (2022); December CPI 2.5% vs November 2.7%
vs forecast 2.2% vs 2% target; rate path "around 3.0%" vs the newsletter's own call of 3.00% in
May; other countries' rates in sidebars (Poland 3.75%, Hungary 6.25%, Romania 6.50%, ECB 2.00%);
governor's name with and without middle name; the governor's quote quoted and paraphrased.

el-BE2 (election, CONTROL, nothing planted). True facts: Sunday 14 June 2026 single-round
by-election for mayor of Oradea (Romania), 148 polling stations open 07:00-21:00 EEST (04:00-18:00
GMT). Final results (municipal electoral bureau, Monday 15 June, 14:00 local = 11:00 GMT):
Ioana(-Maria) Mureșan, independent (Oradea Civică), 30,483 votes = 46.81%; Cristian Bodea
(National Renewal Party) 21,568 = 33.12%; Dan Crișan (Green Future) 8,075 = 12.40%; Szabó 3,112,
Pop 1,204, Tamaș 678 (together 7.67%). Valid 65,120, invalid 1,374, cast 66,494 of 172,846
registered = 38.47% turnout. Margin 8,915 votes / 13.69 points. Bodea conceded at about 00:25 on
Monday. Outlets and dating: Ziarul de Vest (live page; JSON-LD LiveBlogPosting datePublished
2026-06-14T06:45+03:00, modified 2026-06-15T00:25, timestamped entries, last one "Monday, 00:25");
Balkan-Carpathian Press (wire; article:published_time 2026-06-15T15:10+03:00 and visible
"15.06.2026 15:10"); Radio Carpați International (broadcaster; no date anywhere). Legitimate
traps: partial turnout 4.1% (10:00), 14.8% (13:00), 22.9% (16:00), 29.6% (18:00) vs 38.5% at close
vs final 38.47%; 2024 turnout at 13:00 (17.3%, earlier election); Sigma Vest exit poll 47.5/32.0/
12.5 vs partial counts 49.5/30.8/11.9 (41 of 148 stations) and 48.2/31.9/12.1 (96 of 148) vs final
46.81/33.12/12.40; "almost 47%", "just over a third", 33.1%, 12.4% roundings; margin 8,915 vs
"close to 9,000" vs 13.69 points vs "nearly 14 points"; 66,494 vs "around 66,500", 172,846 vs
"roughly 173,000"; 21:00 EEST = 18:00 GMT; concession after midnight (Monday) on a page dated
Sunday; name Ioana-Maria vs Ioana; Mureșan's victory quote quoted and paraphrased; other
localities' turnout (52.3%, 61.0%, 44.6%) in the wire's sidebar; regular elections in 2028.

ct-BE3 (court, CONTROL, nothing planted). True facts: Tuesday 22 September 2026, Regional Court
in Wrocław (Presiding Judge Agnieszka Wróblewska-Kania) sentenced Marek Zdzisław Lipiński (58),
former president of the municipally owned Ślęża Water Company, to 4 years 6 months in prison for
taking bribes in tenders in 2019-2022; guilty on 11 of 14 counts, acquitted on 3; fine of 300
daily rates of PLN 600 = PLN 180,000 (about EUR 42,000); 8-year ban on managerial posts in
companies with public shareholders; forfeiture of PLN 1.46 million (about EUR 340,000); nine months
of 2023 custody credited. Prosecutors sought six years; defence sought acquittal and will appeal
(7 days to request written reasons, then 14 days). Co-defendant Artur K. (Kowalczyk): two years
suspended for four; Zbigniew P. acquitted. Reading began 10:00 CEST (08:00 GMT), about two hours of
oral reasons. Outlets and dating: Vistula News Agency (wire; article:published_time + JSON-LD
2026-09-22T12:48+02:00 and visible date); Wrocław Courier (newspaper; visible date "Wednesday, 23
September 2026" only, uses "yesterday"); Radio Silesia Europe (broadcaster; no date anywhere).
Legitimate traps: "four years and six months" / "four and a half years" / 4.5 years; fine as 300
daily rates x PLN 600 vs PLN 180,000 vs about EUR 42,000; forfeiture PLN 1.46m vs "nearly 1.5
million zlotys" vs about EUR 340,000; prosecutors' demand (six years) vs sentence; 11 of 14 counts
vs "most of the charges"; co-defendant's suspended two years vs four-year probation; nine months
of custody vs nine years at the company; "yesterday" from a page dated 23 Sept; 10:00 local = 08:00
GMT; name given as "Marek L." (wire policy) vs full name (consent) and "Artur K." vs "Artur
Kowalczyk"; PLN 4.8m civil damages claim vs PLN 1.46m bribes; the judge's "private estate" quote
quoted and paraphrased; sidebars with other verdicts and exchange rates (4.27 PLN per euro).

tr-BE4 (trade, PLANTED). True facts: on Tuesday 8 September 2026 in Cairo (ceremony at 13:00
local = 10:00 GMT), Romanian trader AgroDanubius Trading (CEO Victor M. Nedelcu) and Egypt's
state-owned Egyptian Commodity Reserve Company (chairman Hesham Farouk) signed a three-year deal
for 1.6 million tonnes of milling wheat (2026/27-2028/29, about 533,000 t a year), worth about $412
million at current prices (about EUR 352 million, about 1.8 billion lei); first season's price
fixed, later seasons index-linked; first 60,000 t cargo from Constanța to Damietta in October.
Agriculture Minister Cătălin Vlădescu attended. PLANTED: (1) contract value: right $412 million,
wrong $472 million in Black Sea Grain Monitor; (2) signing weekday: right Tuesday, wrong Wednesday
in Bucharest Observer; (3) signing city: right Cairo, wrong Alexandria in Danube FM International.
Outlets and dating: Carpathian Business Wire (wire; article:published_time + JSON-LD
2026-09-08T14:22+03:00, visible date); Black Sea Grain Monitor (specialist newsletter; visible
date "9 September 2026" only); Bucharest Observer (newspaper; JSON-LD datePublished 2026-09-10
only); Danube FM International (broadcaster; no date anywhere). Legitimate traps: $412m vs EUR
352m vs 1.8 billion lei; 1.6 Mt over three years vs ~533,000 t a year vs "just over half a million
tonnes a year"; May memorandum of up to 2 million tonnes (earlier value); 13:00 local = 10:00 GMT;
60,000 t first cargo vs 180,000 t terminal capacity; Egypt's ~12 Mt annual imports, Romania's 6.3
Mt 2025/26 exports and 12.4 Mt 2026 harvest; FOB price $236/t and Euronext EUR 198.25/t in
sidebars; season-to-date exports by other countries in a sidebar; Nedelcu with and without middle
initial; his "three years, not three weeks" quote quoted and paraphrased; "Egyptian capital" as a
synonym for Cairo.

rk-BE5 (rocket, PLANTED). True facts: on Saturday 18 July 2026, after a Friday scrub for
high-altitude winds, Baltica Rocket Works (Gdynia; CEO Aleksandra Nowicka, chief engineer Tomasz
Zieliński-Brodka) launched the Żuraw-2 suborbital rocket from the Central Air Force Training Ground
near Ustka at 10:42 CEST (08:42 UTC), 12 minutes late because of a fishing boat in the exclusion
zone (planned 10:30). 68-second burn, about 4,300 km/h, apogee 104.6 km, about four minutes of
microgravity; capsule splashdown 14 minutes 22 seconds after liftoff, recovered by Kormoran-3 38
km offshore. Seven experiments from six institutions. Programme cost PLN 46m (EUR 10.8m) incl. a
PLN 12m POLSA grant. Zieliński-Brodka said "We have touched space with a rocket designed and built
in Poland, and we have brought the payload home dry." PLANTED: (1) who said that quote: right
chief engineer Zieliński-Brodka, wrong "flight director Paweł Grabowski" in Pomorze Tech (live
page); (2) number of experiments: right seven, wrong nine in Nord-Pol Press Agency; (3) flight
time liftoff to splashdown: right 14 minutes 22 seconds, wrong 16 minutes 22 seconds in Suborbital
Digest. Outlets and dating: Pomorze Tech (live page; JSON-LD LiveBlogPosting datePublished
2026-07-18T08:30+02:00, CEST stamps, says "yesterday" for Friday's scrub); Nord-Pol Press Agency
(wire; article:published_time 2026-07-18T13:05+02:00 and visible "18.07.2026, 13:05"); Suborbital
Digest (specialist newsletter; no date anywhere, times in UTC). Legitimate traps: 10:42 CEST =
08:42 UTC; planned 10:30 vs actual 10:42 (12-minute delay); Friday scrub vs Saturday launch;
preliminary "about 104 km" vs confirmed 104.6 km vs 65 miles vs 343,000 ft; 68-second burn vs
four minutes of microgravity vs total flight time (three different durations); 4,300 km/h vs
1,190 m/s; 38 km vs 20.5 nautical miles; seven experiments vs six institutions (Warsaw flew two);
PLN 46m vs EUR 10.8m and the PLN 12m grant; Żuraw-1's 31 km in 2024 (earlier flight); 11.8 m and
2.9 t; Zieliński-Brodka vs the CEO's separate "fly twice" quote (quoted and paraphrased).

eq-BE6 (earthquake, CONTROL, nothing planted). True facts: Vrancea (Romania) intermediate-depth
earthquake at 02:41:17 EEST on Thursday 27 August 2026 = 23:41:17 UTC on Wednesday 26 August;
INFP preliminary ML 5.9 (depth about 130 km), revised to Mw 5.7 at 128 km; EMSC Mw 5.7 (126 km),
USGS Mw 5.6 (131 km). Felt with intensity V in Bucharest (~150 km) and Chișinău (~220 km), also
Odesa and Ruse. DSU final figures (11:00): nine people received medical care, two hospitalised,
no deaths; 41 buildings inspected, two cordoned off in Bucharest's old town; 1,240 calls to 112
in the first hour; four aftershocks by 10:00, largest 3.1 at 03:20. Strongest in Vrancea since the
2004 Mw 6.0. Outlets and dating: Antena Carpați (live page; JSON-LD LiveBlogPosting datePublished
2026-08-27T02:58+03:00, EEST stamps); SEE Wire (wire; article:published_time 2026-08-27T09:15+03:00,
modified 12:20, visible date); Chișinău Courier (newspaper; visible date "Friday, 28 August 2026"
only, "early yesterday"); Seismo Notes (science newsletter; no date anywhere, UTC). Legitimate
traps: preliminary 5.9 vs revised 5.7 (clearly labelled); agency solutions 5.7/5.6 and depths
126/128/130/131 km, all attributed; local 02:41 Thursday vs 23:41 GMT Wednesday; injuries 3 (05:30)
-> 7 with one in hospital (09:00) -> 9 with two in hospital (11:05) on the live page vs final 9/2
elsewhere; 1,240 calls vs "more than 1,200"; 318 calls in Moldova (other country); intensity V/VI
vs magnitude; historical quakes 1940/1977/1986/1990/2004 with their magnitudes; aftershock "at
03:20" vs "about 40 minutes after the main shock"; "yesterday" from a page dated Friday 28 August;
the seismologist's quote paraphrased differently; other events in sidebars.
"""

import json as _json
from html import escape as _escape

# ---------------------------------------------------------------------------
# Page-building helpers.  They run once at import time; STORIES itself ends up
# as plain dicts, lists, tuples and strings.
# ---------------------------------------------------------------------------


def _e(text):
    return _escape(text, quote=True)


def _render_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{_e(it)}</p>")
        elif it[0] == "h2":
            out.append(f"<h2>{_e(it[1])}</h2>")
        elif it[0] == "quote":
            out.append(
                f'<blockquote class="pull-quote"><p>{_e(it[1])}</p>'
                f"<footer>{_e(it[2])}</footer></blockquote>"
            )
        elif it[0] == "update":
            _, stamp, paras = it
            inner = "\n".join(f"<p>{_e(p)}</p>" for p in paras)
            out.append(
                '<div class="live-entry">\n'
                f'<span class="live-stamp">{_e(stamp)}</span>\n{inner}\n</div>'
            )
        elif it[0] == "table":
            _, caption, rows = it
            head = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
            body = "\n".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
            )
            out.append(
                f'<table class="data-table"><caption>{_e(caption)}</caption>\n'
                f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
            )
        elif it[0] == "ad":
            out.append(
                '<div class="ad-slot ad-inline" aria-hidden="true">'
                "<span class=\"ad-label\">Advertisement</span></div>"
            )
        else:  # pragma: no cover - defensive
            raise ValueError(it)
    return "\n".join(out)


def _parse(text):
    """Turn a light markup into body items.

    Blocks are separated by blank lines.  "## x" is a subheading, "[ad]" an
    advertisement slot, "> text | who" a pull quote, "@@ stamp" starts a live
    entry whose following lines are its text ("||" splits paragraphs), and
    "%% caption" starts a table whose rows are "a ;; b ;; c" lines.
    """
    items = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        if first == "[ad]":
            items.append(("ad",))
        elif first.startswith("## "):
            items.append(("h2", " ".join(lines)[3:]))
        elif first.startswith("> "):
            quote, who = " ".join(lines)[2:].rsplit(" | ", 1)
            items.append(("quote", quote, who))
        elif first.startswith("@@ "):
            paras = [p.strip() for p in " ".join(lines[1:]).split("||")]
            items.append(("update", first[3:], paras))
        elif first.startswith("%% "):
            rows = [[c.strip() for c in ln.split(";;")] for ln in lines[1:]]
            items.append(("table", first[3:], rows))
        else:
            items.append(" ".join(lines))
    return items


_LANG_SLUGS = {"Română": "ro", "Русский": "ru"}


def _slug(text):
    if text in _LANG_SLUGS:
        return _LANG_SLUGS[text]
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(p for p in slug.split("-") if p) or "lang"


_NAV_DEFAULT = ("Home", "News", "Business", "Markets", "Politics", "Science", "Opinion")


def _page(
    *,
    site,
    domain,
    path,
    headline,
    body,
    description,
    section="News",
    byline="",
    standfirst="",
    published=None,
    modified=None,
    jsonld_date=None,
    jsonld_modified=None,
    jsonld_type="NewsArticle",
    visible_date=None,
    sidebar_title="",
    sidebar=(),
    related=(),
    nav=_NAV_DEFAULT,
    tags=(),
    footer_note="",
    copyright_year=None,
    lang="en",
    body_class="article",
):
    url = f"https://www.{domain}{path}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(headline)} | {_e(site)}</title>",
        f'<meta name="description" content="{_e(description)}">',
        f'<link rel="canonical" href="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        f'<meta property="og:title" content="{_e(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_e(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta property="article:section" content="{_e(section)}">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{_e(published)}">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{_e(modified)}">')
    ld = {
        "@context": "https://schema.org",
        "@type": jsonld_type,
        "headline": headline,
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site},
    }
    if byline.startswith("By "):
        first = byline[3:].split(",")[0].split(" and ")[0]
        ld["author"] = {"@type": "Person", "name": first}
    if jsonld_date:
        ld["datePublished"] = jsonld_date
    if jsonld_modified:
        ld["dateModified"] = jsonld_modified
    ld_text = _json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
    head.append(f'<script type="application/ld+json">\n{ld_text}\n</script>')
    head.append(f'<link rel="stylesheet" href="https://static.{domain}/css/site.css">')

    nav_html = "\n".join(
        f'<li><a href="https://www.{domain}/{_slug(n)}/">{_e(n)}</a></li>' for n in nav
    )
    share = (
        '<div class="share-bar" role="group" aria-label="Share this article">'
        '<button class="share share-x">Share on X</button>'
        '<button class="share share-fb">Share on Facebook</button>'
        '<button class="share share-li">Share on LinkedIn</button>'
        '<button class="share share-mail">Email</button>'
        '<button class="share share-copy">Copy link</button></div>'
    )
    meta_line = []
    if byline:
        meta_line.append(f'<span class="byline">{_e(byline)}</span>')
    if visible_date:
        meta_line.append(f'<span class="pubdate">{_e(visible_date)}</span>')
    meta_html = (
        f'<div class="article-meta">{" ".join(meta_line)}</div>' if meta_line else ""
    )
    stand_html = f'<p class="standfirst">{_e(standfirst)}</p>' if standfirst else ""
    tags_html = ""
    if tags:
        tags_html = (
            '<ul class="tags">'
            + "".join(f'<li><a href="#">{_e(t)}</a></li>' for t in tags)
            + "</ul>"
        )
    side_html = ""
    if sidebar:
        side_html = (
            f'<aside class="sidebar"><h3>{_e(sidebar_title)}</h3>\n<ul>\n'
            + "\n".join(f"<li>{_e(s)}</li>" for s in sidebar)
            + "\n</ul>\n"
            '<div class="ad-slot ad-sidebar"><span class="ad-label">Advertisement</span></div>'
            "\n</aside>"
        )
    rel_html = ""
    if related:
        rel_html = (
            '<section class="related"><h3>Related stories</h3>\n<ul>\n'
            + "\n".join(
                f'<li><a href="https://www.{domain}{href}">{_e(t)}</a></li>' for t, href in related
            )
            + "\n</ul>\n</section>"
        )
    copy = f"&copy; {copyright_year} {_e(site)}" if copyright_year else f"&copy; {_e(site)}"
    note = f"<p>{_e(footer_note)}</p>" if footer_note else ""
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{chr(10).join(head)}
</head>
<body class="{body_class}">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>We use cookies to personalise content and ads and to analyse our traffic. You can change
your choice at any time under Privacy settings.</p>
<button class="cookie-accept">Accept all</button>
<button class="cookie-reject">Reject non-essential</button>
<a href="https://www.{domain}/privacy/">Privacy settings</a>
</div>
<header class="site-header">
<a class="logo" href="https://www.{domain}/">{_e(site)}</a>
<nav class="main-nav" aria-label="Main"><ul>
{nav_html}
</ul></nav>
<a class="subscribe" href="https://www.{domain}/subscribe/">Subscribe</a>
</header>
<div class="ad-slot ad-leaderboard" aria-hidden="true">
<span class="ad-label">Advertisement</span></div>
<main class="layout">
<article class="story">
<p class="kicker">{_e(section)}</p>
<h1>{_e(headline)}</h1>
{stand_html}
{meta_html}
{share}
<div class="story-body">
{_render_body(_parse(body) if isinstance(body, str) else body)}
</div>
{tags_html}
{share}
</article>
{side_html}
</main>
{rel_html}
<div class="ad-slot ad-footer" aria-hidden="true">
<span class="ad-label">Advertisement</span></div>
<footer class="site-footer">
<ul class="footer-links">
<li><a href="https://www.{domain}/about/">About us</a></li>
<li><a href="https://www.{domain}/contact/">Contact</a></li>
<li><a href="https://www.{domain}/corrections/">Corrections</a></li>
<li><a href="https://www.{domain}/privacy/">Privacy</a></li>
<li><a href="https://www.{domain}/terms/">Terms of use</a></li>
</ul>
{note}
<p class="copyright">{copy}</p>
</footer>
</body>
</html>
"""
    return {"url": url, "html": doc}



# ---------------------------------------------------------------------------
# cb-BE1 — Czech National Bank cuts the repo rate (planted: 3)
# ---------------------------------------------------------------------------

_CB_A = _page(
    site="Centropa Wire",
    domain="centropawire.example",
    path="/markets/2026/02/04/czech-central-bank-cuts-key-rate-to-3-25",
    headline="Czech central bank cuts key rate to 3.25%, first move since May",
    standfirst=(
        "Bank Board splits five to two; governor calls the step a calibration, "
        "not the start of a rapid easing cycle"
    ),
    description="The Czech National Bank lowered its two-week repo rate by 25 basis points.",
    section="Markets",
    byline="By Helena Marešová and Jakub Trnka",
    published="2026-02-04T14:41:00+01:00",
    modified="2026-02-04T16:58:00+01:00",
    jsonld_date="2026-02-04T14:41:00+01:00",
    jsonld_modified="2026-02-04T16:58:00+01:00",
    visible_date="February 4, 2026 14:41 CET · Updated 16:58 CET",
    sidebar_title="Market snapshot (Wednesday close)",
    sidebar=(
        "EUR/CZK 24.61 (+0.4%)",
        "Czech 2-year yield 3.11% (-6 bp)",
        "Czech 10-year yield 4.02% (-3 bp)",
        "PX index 2,418.6 (+0.7%)",
        "EUR/PLN 4.236 (+0.1%)",
        "EUR/HUF 391.40 (-0.2%)",
    ),
    related=(
        ("Czech December inflation eases to 2.5%", "/markets/2026/01/12/czech-cpi-december"),
        ("Poland's central bank holds rates at 3.75%", "/markets/2026/01/14/nbp-holds"),
        ("Explainer: how the CNB sets its forecast", "/explainers/cnb-forecast-model"),
    ),
    tags=("Czech Republic", "Central banks", "Interest rates", "Koruna"),
    footer_note="Centropa Wire is an independent news agency covering Central Europe.",
    copyright_year=2026,
    body="""
PRAGUE, Feb 4 (Centropa Wire) – The Czech National Bank cut its main interest rate by 25 basis
points to 3.25% on Wednesday, its first change in borrowing costs since May 2025, as slowing wage
growth and a steady koruna gave policymakers room to ease.

The seven-member Bank Board voted five to two to lower the two-week repo rate from 3.50%, the
central bank said in a statement released at 14:30 CET (13:30 GMT). The two dissenting members,
Ondřej Machala and Lucie Sedláčková, voted to keep rates unchanged. The discount rate was cut to
2.25% and the Lombard rate to 4.25%, with all changes taking effect from Thursday.

Thirteen of 17 analysts polled by Centropa Wire last week had expected a cut, while four had
forecast a hold.

[ad]

Governor Radek Šimůnek told a news conference that began at 15:45 CET that the decision should
not be read as the opening of a fast easing cycle. "Today's step is a calibration, not the
beginning of a rapid series of cuts," he said. "The board will move carefully and decide meeting
by meeting."

## New forecast

The bank's new quarterly forecast, also published on Wednesday, sees inflation averaging 2.2%
this year, close to the 2% target, and economic growth of 1.8% in 2026. The interest-rate path
in the forecast is consistent with the repo rate falling to around 3.0% by the end of the year,
Šimůnek said, while stressing that the path was "a conditional outlook, not a promise".

Headline inflation slowed to 2.5% in December from 2.7% in November, the Czech Statistical Office
said last month. Services inflation, however, remained elevated at 4.1%, a point the two
dissenters highlighted, according to the board's statement.

"Wage growth is slowing and the koruna has been stable. That combination gives us some room, but
not unlimited room," said Vice-Governor Kateřina Dvořáková, who oversees the bank's monetary
department.

## Market reaction

The koruna weakened about 0.4% after the announcement to 24.61 per euro, from 24.52 shortly
before the decision. Yields on two-year Czech government bonds fell 6 basis points to 3.11%.

Analysts said the split vote signalled a cautious approach. "Two dissenting votes tell you that
the bar for a move in March is high," said Filip Otáhal, head of CEE research at Morava Capital
Partners in Prague. "We see one more cut, probably in May, and then a long pause."

Others were less sure the board would stop there. "If wages keep decelerating at this pace, the
doves will have the numbers by the summer," said Zuzana Haklová, a strategist at Vltava Asset
Management.

The CNB raised its key rate to 7.00% in 2022 to fight inflation that peaked above 17%, and began
cutting in December 2023. It lowered the rate to 3.50% in May 2025 and then held it there through
the rest of the year.

In neighbouring Poland, the central bank kept its reference rate at 3.75% last month, while
Hungary's base rate stands at 6.25%.

The next monetary policy meeting is scheduled for March 25.

(Reporting by Helena Marešová and Jakub Trnka; Editing by Simon Adley)

This story was updated at 16:58 CET with comments from the news conference and analyst reaction.
""",
)

_CB_B = _page(
    site="The Prague Ledger",
    domain="pragueledger.example",
    path="/economy/cnb-trims-rates-but-a-divided-board-keeps-the-brakes-on",
    headline="CNB trims rates, but a divided board keeps the brakes on",
    standfirst=(
        "The quarter-point cut is good news for borrowers refixing this spring. "
        "The split behind it is the bigger story."
    ),
    description="Analysis: the Czech National Bank's first rate cut since May and what comes next.",
    section="Economy",
    byline="By Tereza Holubová, Economics Editor",
    jsonld_date="2026-02-05T06:00:00+01:00",
    sidebar_title="Ledger indicators",
    sidebar=(
        "Unemployment (Dec): 3.1%",
        "Average monthly wage (Q3 2025): CZK 48,970",
        "Average new mortgage rate (Dec): 4.68%",
        "Slovakia inflation (Dec): 4.0%",
        "ECB deposit rate: 2.00%",
    ),
    related=(
        ("Mortgage refixing wave: what 180,000 households face", "/money/refixing-wave-2026"),
        ("Opinion: the koruna is not a policy tool", "/opinion/koruna-not-a-policy-tool"),
        ("Wages cool as factories cut overtime", "/economy/wages-cool-overtime"),
    ),
    tags=("CNB", "Mortgages", "Inflation"),
    copyright_year=2026,
    body="""
The Czech National Bank lowered its key two-week repo rate by a quarter of a percentage point to
3.25 percent yesterday, ending a pause that had lasted since last May. For households with
mortgages up for refixing this spring the move is modest but welcome. For the central bank, it
was anything but unanimous.

The seven-member Bank Board voted 4-3 in favour of the cut, with three members preferring to keep
the rate at 3.50 percent, according to the statement the bank published in the afternoon. The
discount and Lombard rates moved down in step, to 2.25 and 4.25 percent respectively.

Governor Radek Šimůnek described the reduction as a "calibration" and insisted the board would
proceed "meeting by meeting", a phrase he returned to repeatedly at the press conference, which
began at a quarter to four in the afternoon. Asked whether a second cut was coming in March, he
said only that the board had "no pre-set course".

[ad]

## A cautious forecast

The bank's winter forecast, unveiled alongside the decision, has inflation averaging 2.2 percent
this year and the economy growing by 1.8 percent. That is close to the 2 percent inflation target,
and it implies that the repo rate could drift towards 3 percent by December. The bank was careful
to call the rate path conditional.

Vice-Governor Kateřina Dvořáková pointed to cooling wage growth and a steady koruna as the reasons
the bank could afford to move, though she cautioned that the room for manoeuvre was "not
unlimited".

The minority's worry is services. Prices of haircuts, restaurant meals, rents and repairs were
still rising at 4.1 percent a year in December, well above headline inflation of 2.5 percent.
Dissenting members have argued for months that cutting too early risks locking in that stickiness.

## What it means for borrowers

Bankers said the cut would feed through only slowly. The average rate on new mortgages stood at
4.68 percent in December, according to CNB data, down from a peak above 6 percent in 2023.
"Clients refixing now will see something starting with a four, not a three, for a while yet,"
said Markéta Jelínková, who runs the mortgage brokerage HypoDomov in Brno.

Savers will feel the change faster. Two of the largest retail banks said yesterday evening they
would review savings-account rates "in the coming weeks".

The koruna eased to around 24.6 to the euro after the decision, a move currency dealers described
as orderly. The Finance Ministry, which is preparing next year's budget, welcomed the decision in
a two-sentence statement.

## The road to March

Most economists expect at least one more cut before the summer. The next scheduled meeting is on
March 25, when the board will not have a new forecast in hand; the next full forecast is due in
May. "The board has now shown it can cut. What it has not shown is a majority for cutting
quickly," said Roman Kučera, a former adviser at the bank who now teaches at the Prague University
of Economics and Business.

It is a long way from 2022, when the CNB lifted its key rate to 7 percent and held it there for
eighteen months while inflation ran in double digits. The board that made yesterday's decision is
very different in composition, and, on this evidence, in temperament too.
""",
)

_CB_C = _page(
    site="Danube Rates Brief",
    domain="danuberates.example",
    path="/briefs/cee-weekly-cnb-25bp-5-2-hawkish-guidance",
    headline="CNB: 25bp cut on a 5-2 vote, with hawkish guidance attached",
    standfirst=(
        "Our weekly note on CEE rates and FX. This issue: Prague moves, Budapest and Warsaw wait."
    ),
    description="CEE rates weekly: the CNB cut by 25bp to 3.25%; our view on the path ahead.",
    section="CEE Rates Weekly",
    byline="Daniel Kovács, Senior Rates Strategist",
    visible_date="Friday 6 February 2026",
    sidebar_title="CEE policy rates this week",
    sidebar=(
        "CZ repo: 3.25% (cut 25bp on Wed)",
        "PL reference: 3.75% (next meeting 4 March)",
        "HU base: 6.25% (on hold)",
        "RO policy: 6.50% (on hold)",
        "Euro area deposit: 2.00%",
    ),
    related=(
        ("HU: why the MNB is in no hurry", "/briefs/hu-mnb-no-hurry"),
        ("PL: the NBP after the budget vote", "/briefs/pl-nbp-budget"),
        ("Subscriber webinar: CEE FX in 2026", "/events/cee-fx-webinar"),
    ),
    nav=("Briefs", "Rates", "FX", "Calendars", "Webinars", "Subscribe"),
    tags=("CZK", "CNB", "CEE rates"),
    footer_note="For professional investors only. Not investment advice.",
    copyright_year=2026,
    body="""
The CNB cut the two-week repo rate by 25bp to 3.25% on Wednesday in a 5-2 vote, in line with our
call and with the majority of the street. Lombard goes to 4.25% and discount to 2.25%. The
statement hit screens at 13:30 GMT and Governor Radek Šimůnek's press conference started at 14:45
GMT. The two votes for an unchanged rate came from Ondřej Machala and Lucie Sedláčková, the two
members who had flagged services inflation in the December minutes.

## The forecast

The winter forecast has GDP growth at 2.8% in 2026 and CPI averaging 2.2%, with the implied rate
path pointing to roughly 3.0% at year-end. We find the growth number on the optimistic side given
weak German orders, but the inflation profile looks credible to us: headline CPI was 2.5% y/y in
December and services, at 4.1%, are the only component still running hot.

Šimůnek went out of his way to cool expectations. "A calibration, not the beginning of a rapid
series of cuts," was how he framed it, and "meeting by meeting" came up more than once.
Vice-Governor Kateřina Dvořáková added that a stable koruna and slower wage growth gave the
board "some room, but not unlimited room".

[ad]

## Market pricing

EUR/CZK jumped to 24.61 immediately after the decision from 24.52 and was trading at 24.58 by
Thursday afternoon. FRAs now price about 40bp of further easing over the next 12 months, down from
roughly 55bp before the meeting, which tells you the market heard the hawkish guidance. The 2y
CZGB yield closed Wednesday at 3.11%.

Of the 21 economists in our own pre-meeting survey, 16 expected the cut. The split vote was a
surprise to most of them: the consensus had been for either a unanimous cut or a 6-1 vote.

## Our view

We keep our call for one more 25bp cut, to 3.00%, at the May meeting, when the board will have a
new forecast. A March move is possible but would need a soft January CPI print (due next week)
and a benign wage number. We would fade any rally in the front end that prices March with high
probability.

Risk scenario: if January CPI surprises to the upside, the two dissenters could pick up a third
vote and the board would pause for longer. We put that at about 25%.

## Elsewhere in the region

Warsaw: the NBP meets on 4 March with the reference rate at 3.75%; we expect a hold. Budapest:
the MNB remains on hold at 6.25% and has given no sign of moving before the second quarter.
Bucharest: the NBR is on hold at 6.50% while the fiscal consolidation plan is implemented.

Trade idea: we stay received in 1y1y CZK FRA versus PLN, target 25bp, stop 15bp.

Data calendar (Czech): January CPI on Tuesday, December industrial output on Monday, retail
sales next Friday.
""",
)

_CB_D = _page(
    site="Radio Morava International",
    domain="rmi-radio.example",
    path="/english/economy/czech-central-bank-lowers-interest-rates",
    headline="Czech central bank lowers interest rates for the first time since last spring",
    standfirst="What the quarter-point cut means for mortgages, savings and the koruna.",
    description="The Czech National Bank has cut its key interest rate to 3.25%.",
    section="Economy",
    byline="Pavel Sýkora",
    sidebar_title="Also on Radio Morava International",
    sidebar=(
        "Listen: Morning Briefing in English, weekdays at 7 am",
        "Podcast: The Czech Economy in 20 Minutes",
        "Weather: snow expected in the Krkonoše mountains",
    ),
    related=(
        ("Brno tram network to get 40 new vehicles", "/english/regions/brno-trams"),
        ("Czech wages: who earns what", "/english/economy/czech-wages-explained"),
        ("Interview: the koruna and the euro debate", "/english/economy/koruna-euro-debate"),
    ),
    nav=("Home", "News", "Economy", "Culture", "Regions", "Listen live", "Podcasts"),
    tags=("Economy", "Czech National Bank"),
    footer_note="Radio Morava International broadcasts in English, German and Czech.",
    body="""
The Czech National Bank has cut its key interest rate by a quarter of a percentage point to
3.25%. The decision, announced on Wednesday afternoon, was backed by five of the seven members of
the Bank Board, while two voted to keep the rate where it was.

It is the first time the central bank has changed rates since May of last year, when it brought
the main rate down to 3.50%.

Governor Radek Václav Šimůnek told reporters at a quarter to four in the afternoon, local time,
that the cut was a "calibration" rather than the start of a quick series of reductions, and that
the board would decide its next steps one meeting at a time.

The bank's chief economist, Kateřina Dvořáková, said slowing growth in wages and a stable koruna
had given the bank room to act, but she added that this room was "not unlimited".

[ad]

## Why now?

Inflation in the Czech Republic has come down a long way since 2022, when it briefly ran above 17%.
In December it was 2.5%, close to the central bank's 2% target. The bank's new forecast expects
inflation to average 2.2% this year and the economy to grow by 1.8%.

Not everything is moving in the right direction, though. Prices of services, from restaurant
meals to car repairs, were still rising by 4.1% a year at the end of 2025, and that is why two
board members wanted to wait.

"The central bank is trying to thread a needle," said Professor Ivana Kalinová, an economist at
Masaryk University in Brno. "Manufacturing is weak and wages are slowing, which argues for lower
rates. But services inflation is stubborn, and the bank does not want to declare victory too
early."

## What it means for you

For people with mortgages, the effect will not be immediate. Czech mortgages are usually fixed
for three or five years, and banks price new fixes off market rates that had already fallen in
anticipation of the cut. Brokers say households refixing this spring can expect rates a little
below 5%, compared with above 6% two years ago.

For savers, the news is less welcome. Banks typically trim savings rates within weeks of a cut by
the central bank, and several have already said they are reviewing their offers.

The koruna weakened slightly after the announcement, to about 24.6 crowns per euro. For
Czechs planning holidays in Croatia or Italy this summer, that means a difference of only a few
crowns per euro.

## What comes next

The Bank Board next meets on 25 March. Most economists expect one more cut in the first half of
the year, but after Wednesday's split vote few expect a rapid series of reductions.

"I would not bet on March," Professor Kalinová said. "May, with a new forecast on the table, looks
more likely."

You can hear more on this story in our Morning Briefing in English, broadcast on weekdays at
seven in the morning.
""",
)

_CB_STORY = {
    "id": "cb-BE1",
    "part": "BE",
    "domain": "central bank",
    "fetched": "2026-02-16",
    "articles": [_CB_A, _CB_B, _CB_C, _CB_D],
    "planted": [
        (
            "Bank Board vote split on the cut",
            r"\b5\s*(?:-|–|to)\s*2\b|\bfive\b.{0,25}\btwo\b",
            r"\b4\s*(?:-|–|to)\s*3\b|\bfour\b.{0,25}\bthree\b",
        ),
        (
            "CNB forecast of 2026 GDP growth",
            r"\b1\.8\b",
            r"\b2\.8\b",
        ),
        (
            "Kateřina Dvořáková's position at the CNB",
            r"vice[- ]?governor",
            r"chief economist",
        ),
    ],
}


# ---------------------------------------------------------------------------
# el-BE2 — Oradea mayoral by-election (CONTROL: no planted disagreement)
# ---------------------------------------------------------------------------

_EL_A = _page(
    site="Ziarul de Vest",
    domain="ziaruldevest.example",
    path="/live/oradea-by-election-live",
    headline="Oradea elects a mayor: live updates from the by-election",
    standfirst=(
        "Polls are open from 07:00 to 21:00. Follow turnout, the candidates and the count "
        "with our newsroom in Oradea."
    ),
    description=(
        "Live coverage of the Oradea mayoral by-election: turnout, exit poll, partial count."
    ),
    section="Live · Local elections",
    byline="By Andreea Pașca, Radu Ilieș and the Ziarul de Vest newsroom",
    jsonld_type="LiveBlogPosting",
    jsonld_date="2026-06-14T06:45:00+03:00",
    jsonld_modified="2026-06-15T00:25:00+03:00",
    sidebar_title="Turnout so far (share of registered voters)",
    sidebar=(
        "10:00 – 4.1%",
        "13:00 – 14.8%",
        "16:00 – 22.9%",
        "18:00 – 29.6%",
        "Close (21:00) – 38.5%",
        "Same hour in the June 2024 local elections, 13:00 – 17.3%",
    ),
    related=(
        ("Who are the six candidates for mayor?", "/local/oradea-candidates-guide"),
        ("Why Oradea is voting again two years early", "/local/why-oradea-votes-again"),
        ("Where to vote: list of the 148 polling stations", "/local/oradea-polling-stations"),
    ),
    nav=("Home", "Oradea", "Bihor", "Politics", "Sport", "Live", "English edition"),
    tags=("Oradea", "By-election", "Live"),
    footer_note="All times are local time (EEST, UTC+3).",
    copyright_year=2026,
    body="""
@@ 06:45
Good morning from Oradea. Voters in the city choose a new mayor today, two years before the
regular local elections, after Sorin Văleanu resigned in March to take up a post in Bucharest. Six
candidates are on the ballot and, as in all Romanian mayoral races, there is a single round: whoever
gets the most votes wins.

@@ 07:02
Polls have opened at all 148 polling stations. According to the municipal electoral bureau,
172,846 people are on the permanent electoral lists in Oradea. Voting ends at 21:00.

@@ 10:05
First turnout figure from the Permanent Electoral Authority: 4.1% of registered voters had cast a
ballot by 10:00. That is a typical start for a summer Sunday, officials said.

@@ 11:20
Ioana Mureșan, the independent candidate backed by the Oradea Civică alliance, voted at a school
in the Rogerius district with her two children. "I voted for a city that plans ahead. I hope people
come out, whatever they choose," she told reporters.

@@ 12:10
Cristian Bodea, the National Renewal Party candidate and a county councillor, voted in Nufărul. "A
low turnout helps nobody. Go and vote, it takes five minutes," he said.

[ad]

@@ 13:05
Turnout at 13:00 stood at 14.8%. At the same hour in the June 2024 local elections it was 17.3%,
though that vote also included county council and county president ballots.

@@ 16:05
Turnout reached 22.9% at 16:00. Queues were short at most polling stations we visited in the city
centre and in Ioșia.

@@ 18:07
By 18:00, 29.6% of registered voters had cast ballots, according to the Permanent Electoral
Authority. Three hours of voting remain.

@@ 19:30
Police in Bihor county said they had received four complaints during the day, mostly about
campaign posters left too close to polling stations. None was serious enough to stop voting, a
spokesman said.

@@ 21:00
Polls have closed. Final turnout at the close of voting was 38.5%, according to the Permanent
Electoral Authority's monitoring system. Counting has begun.

@@ 21:02
An exit poll by the Sigma Vest institute, conducted for this newspaper, puts Mureșan on 47.5%,
Bodea on 32.0% and Dan Crișan of the Green Future party on 12.5%. The margin of error is plus or
minus three percentage points. This is an exit poll, not a result.

@@ 21:40
Mureșan thanked volunteers at her campaign headquarters on Strada Republicii but said she would not
claim victory "before the first real numbers". Bodea's team said it would wait for the count.

@@ 22:35
First partial results from the municipal electoral bureau, with 41 of 148 polling stations
counted: Mureșan 49.5%, Bodea 30.8%, Crișan 11.9%. Early stations are mostly in the centre, where
Mureșan was expected to do well.

@@ 23:40
Updated partial count, 96 of 148 polling stations: Mureșan 48.2%, Bodea 31.9%, Crișan 12.1%. Her
lead is narrowing slightly as stations from the outer districts come in, but it remains large.

@@ Monday, 00:25
Cristian Bodea has conceded. "The people of Oradea have chosen, and I congratulate Ioana Mureșan.
We will be a constructive opposition in the local council," he said at his party's offices.
Mureșan, speaking minutes later, said: "Oradea voted to keep what works and to change how
decisions are made." The electoral bureau expects to publish final results on Monday afternoon.
We are closing this live page now. Thank you for following.
""",
)

_EL_B = _page(
    site="Balkan-Carpathian Press",
    domain="bcpress.example",
    path="/romania/2026/06/15/independent-muresan-wins-oradea-mayoral-by-election",
    headline="Independent Mureșan wins Oradea mayoral by-election with 46.81%",
    description="Final results: Ioana Mureșan elected mayor of Oradea; turnout 38.47%.",
    section="Romania",
    byline="By Mihai Oprea",
    published="2026-06-15T15:10:00+03:00",
    visible_date="15.06.2026 15:10",
    sidebar_title="Other by-elections held on Sunday",
    sidebar=(
        "Sânmartin (Bihor): mayor, turnout 52.3%",
        "Cernești (Maramureș): mayor, turnout 61.0%",
        "Vânători (Iași): local council, turnout 44.6%",
        "Nationwide, 14 localities held partial elections",
    ),
    related=(
        ("Oradea by-election: the candidates", "/romania/2026/06/10/oradea-candidates"),
        ("Electoral authority publishes turnout rules", "/romania/2026/06/01/aep-turnout"),
        ("Hungary's Bihar county and Bihor sign cross-border deal", "/region/bihar-bihor-deal"),
    ),
    tags=("Romania", "Elections", "Oradea"),
    copyright_year=2026,
    body="""
ORADEA, June 15 (BCP) – Independent candidate Ioana Mureșan won Sunday's by-election for mayor of
Oradea with 46.81% of the valid votes, according to final results published by the municipal
electoral bureau on Monday.

Mureșan, a 44-year-old architect and former chief architect of the city, received 30,483 votes.
Cristian Bodea of the National Renewal Party came second with 21,568 votes, or 33.12%, and Dan
Crișan of the Green Future party was third with 8,075 votes, or 12.40%. The three other candidates
shared the remaining 7.67%.

The winning margin was 8,915 votes, or 13.69 percentage points.

Turnout was 38.47%: 66,494 of the 172,846 voters on the permanent electoral lists cast a ballot.
Of the ballots cast, 1,374 were declared invalid, leaving 65,120 valid votes.

The bureau announced the final figures at 14:00 local time (11:00 GMT), after completing the
centralisation of records from all 148 polling stations overnight and on Monday morning.

[ad]

The by-election was called after the previous mayor, Sorin Văleanu, resigned in March to become a
state secretary in Bucharest. Mureșan will serve the remaining two years of the term, until the
regular local elections in 2028.

Her mandate must first be validated by the Oradea Court of First Instance, a procedure that usually
takes a few weeks. Officials at city hall said they expected the swearing-in in early July.

"Oradea voted to keep what works and to change how decisions are made," Mureșan told supporters
after Bodea conceded shortly after midnight. "The first thing I will do is publish every contract
the city signs, on the day it is signed."

Bodea, 51, a county councillor, said his party would act as a "constructive opposition" in the
local council, where it holds the largest group.

Mureșan ran as an independent with the backing of Oradea Civică, an alliance of residents'
associations, two small parties and a group of local business owners. She campaigned on
transparency in public procurement, faster building permits and completing the ring road around
the city.

An exit poll by the Sigma Vest institute had put Mureșan at 47.5% and Bodea at 32.0% when polls
closed at 21:00 local time on Sunday.

Turnout was lower than in the regular local elections of June 2024, when several ballots were held
on the same day. Analysts said the date, in mid-June at the start of the holiday season, had also
weighed on participation.

"A turnout below 40% is normal for a stand-alone by-election in a large city," said Sergiu Man, a
political scientist at the University of Oradea. "The margin is what matters here. Nearly 14 points
is a clear mandate."

The other three candidates were independents Levente Szabó, with 3,112 votes, and Mihaela Pop,
with 1,204, and Gheorghe Tamaș of the Party of Bihor Pensioners, with 678 votes.
""",
)

_EL_C = _page(
    site="Radio Carpați International",
    domain="radiocarpati.example",
    path="/en/politics/architect-ioana-maria-muresan-becomes-mayor-of-oradea",
    headline="Architect Ioana-Maria Mureșan becomes mayor of Oradea",
    standfirst=(
        "The independent candidate won almost 47% of the vote in a single-round by-election."
    ),
    description="Oradea has a new mayor after Sunday's by-election.",
    section="Politics",
    byline="Report: Alina Vereș",
    sidebar_title="In other news",
    sidebar=(
        "Cluj-Napoca: new tram line opens to passengers",
        "Weather: heatwave warning for western Romania, up to 36 °C",
        "Football: FC Bihor promoted to the second division",
    ),
    related=(
        ("Oradea's ring road: where the money went", "/en/society/oradea-ring-road"),
        ("How Romanian mayors are elected", "/en/explainers/how-mayors-are-elected"),
    ),
    nav=("Home", "Romania", "Politics", "Economy", "Culture", "Listen", "Română"),
    tags=("Oradea", "Local government"),
    footer_note="Radio Carpați International – the English service.",
    body="""
Oradea, the largest city in north-western Romania, has a new mayor. Ioana-Maria Mureșan, a
44-year-old architect who ran as an independent, won Sunday's by-election with almost 47% of the
valid votes, according to final results published on Monday by the municipal electoral bureau.

Her main rival, county councillor Cristian Bodea of the National Renewal Party, took just over a
third of the vote, 33.1%. Dan Crișan of the Green Future party finished third with 12.4%.

The margin between the two leading candidates was close to 9,000 votes.

Fewer than four in ten registered voters took part. The electoral bureau put final turnout at
38.5%, which means that around 66,500 of the city's roughly 173,000 registered voters went to the
polls.

[ad]

Romanian mayors are elected in a single round, so there was no need for a run-off. Polling
stations were open from seven in the morning until nine in the evening local time, which was six
in the evening GMT. An exit poll at the close had already suggested a comfortable win for Mureșan,
and Bodea conceded shortly after midnight, in the first minutes of Monday.

"The people of Oradea have chosen, and I congratulate Ioana Mureșan," Bodea told supporters,
adding that his party would be a constructive opposition on the city council.

Mureșan, who used to be the city's chief architect, thanked voters in a short speech. She said
Oradea had voted to keep what works and to change the way decisions are made at city hall. Her
first promise, she said, would be to publish every contract signed by the city on the day it is
signed.

## Why Oradea voted early

The by-election was called after the previous mayor, Sorin Văleanu, stepped down in March to take
up a government job in Bucharest. Mureșan will serve until the next regular local elections in
2028.

Before she can take office, a court in Oradea has to validate her mandate. City officials expect
that to happen within a few weeks, with the new mayor sworn in at the start of July.

## A city that has changed fast

Oradea has been one of Romania's fastest-changing cities over the past fifteen years, with
restored Art Nouveau buildings in the centre, a busy airport and a large pool of European funds
spent on roads and trams. Many voters we spoke to on Sunday said they wanted that to continue.

"I did not vote for a party. I voted for someone who knows how the city is built," said Elena,
a pensioner in the Rogerius district who did not want to give her surname.

Others were less enthusiastic about the campaign. "Nobody talked about rents," said Tudor, a
student. "For young people, that is the only issue."

Mureșan's supporters were concentrated in the city centre, while Bodea did better on the outskirts,
a pattern that was visible as results came in during the night: early counts from central polling
stations showed her close to 50%, before her share settled below 47% once all 148 stations had
reported.
""",
)

_EL_STORY = {
    "id": "el-BE2",
    "part": "BE",
    "domain": "election",
    "fetched": "2026-06-24",
    "articles": [_EL_A, _EL_B, _EL_C],
    "planted": [],
}


# ---------------------------------------------------------------------------
# ct-BE3 — Wrocław water-company bribery verdict (CONTROL: no planted disagreement)
# ---------------------------------------------------------------------------

_CT_A = _page(
    site="Vistula News Agency",
    domain="vistulanews.example",
    path="/kraj/2026/09/22/former-water-company-head-jailed-for-bribery",
    headline="Former water company head jailed for 4.5 years for taking bribes",
    description="Wrocław court convicts ex-president of Ślęża Water Company of bribery.",
    section="Poland",
    byline="By Katarzyna Wilk",
    published="2026-09-22T12:48:00+02:00",
    jsonld_date="2026-09-22T12:48:00+02:00",
    visible_date="22 September 2026, 12:48",
    sidebar_title="Recent corruption verdicts in Lower Silesia",
    sidebar=(
        "Legnica, June 2026: ex-hospital director, 3 years",
        "Wałbrzych, March 2026: two road inspectors, suspended sentences",
        "Jelenia Góra, 2025: former deputy mayor acquitted on appeal",
    ),
    related=(
        ("Prosecutors charge 11 in Lower Silesia tender probe", "/kraj/2023/11/29/tender-probe"),
        ("Trial of ex-water company chief opens", "/kraj/2024/10/08/water-trial-opens"),
        ("Court of Appeal in Wrocław: caseload rises", "/kraj/2026/05/02/appeal-caseload"),
    ),
    tags=("Courts", "Corruption", "Wrocław"),
    footer_note="Vistula News Agency. Reproduction only under licence.",
    copyright_year=2026,
    body="""
WROCŁAW, Sept 22 (VNA) – The Regional Court in Wrocław on Tuesday sentenced Marek L., the former
president of the municipally owned Ślęża Water Company, to four years and six months in prison for
accepting bribes from contractors in exchange for rigging public tenders.

The court found the 58-year-old guilty on 11 of the 14 counts in the indictment and acquitted him
on the remaining three. It also fined him 300 daily rates of 600 zlotys each, or 180,000 zlotys,
banned him from holding managerial posts in companies with public shareholders for eight years,
and ordered the forfeiture of 1.46 million zlotys, the amount the court found he had received in
bribes between 2019 and 2022.

The nine months Marek L. spent in pre-trial detention in 2023 will count towards his sentence.
The verdict is not final.

Presiding Judge Agnieszka Wróblewska-Kania began reading the verdict at 10:00 and spent around two
hours giving the oral reasons. "The defendant treated the company as his private estate and public
tenders as a source of personal income," she said. "Every one of these contracts was paid for by
the residents who pay their water bills."

[ad]

Prosecutors from the Regional Prosecutor's Office in Wrocław had sought six years in prison. The
defence had asked for an acquittal on all counts.

Of the two businessmen tried alongside him, Artur K., the owner of a pipe-laying firm, received two
years in prison suspended for four years for paying bribes. The second, Zbigniew P., was acquitted.

The company, which supplies water to around 90,000 people in several municipalities south of
Wrocław, was a party to the proceedings. Its current management said in a statement that it
welcomed the verdict and would seek damages in civil court.

Defence lawyer Paweł Sroka said his client would appeal. "The court relied on the testimony of a
witness who had every reason to shift the blame. We will ask for written reasons and take the case
to the appeal court," he told reporters outside the courtroom.

Under Polish procedure, the parties have seven days to request the written justification of the
verdict, and 14 days from receiving it to file an appeal.

Prosecutor Tomasz Kędzia said his office would analyse the written reasons before deciding whether
to appeal against the length of the sentence.

Marek L. was detained in February 2023 and charged in November that year, in an investigation that
eventually led to charges against 11 people. The trial opened in October 2024 and ran to 41
hearings. Cases against several other suspects were separated and are pending.
""",
)

_CT_B = _page(
    site="Wrocław Courier",
    domain="wroclawcourier.example",
    path="/city/water-boss-lipinski-sentenced",
    headline="Water boss Lipiński sentenced: 'He treated the company as his private estate'",
    standfirst=(
        "The former head of the Ślęża Water Company will go to prison, if the verdict stands. "
        "Residents want their money back."
    ),
    description="Marek Lipiński, ex-president of Ślęża Water Company, sentenced for bribery.",
    section="City",
    byline="By Joanna Bielecka, court reporter",
    visible_date="Wednesday, 23 September 2026",
    sidebar_title="The case in numbers",
    sidebar=(
        "14 counts in the indictment; guilty on 11",
        "41 court hearings since October 2024",
        "PLN 1.46m in bribes ordered forfeited",
        "PLN 4.8m: damages the company says it will claim",
    ),
    related=(
        ("How a tender for sewage pipes became a criminal case", "/city/sleza-tender-story"),
        ("Water bills in the Ślęża area rise 9%", "/city/water-bills-rise"),
        ("Opinion: municipal companies need real supervision", "/opinion/municipal-companies"),
    ),
    nav=("Home", "City", "Region", "Business", "Culture", "Sport", "Opinion"),
    tags=("Court", "Ślęża Water Company", "Corruption"),
    copyright_year=2026,
    body="""
Marek Zdzisław Lipiński, who ran the Ślęża Water Company for nine years, was sentenced yesterday
to four and a half years in prison for taking bribes from firms that won the company's tenders.
Lipiński, 58, had agreed during the trial to the publication of his full name and image.

The verdict, read out in courtroom 204 of the Regional Court in Wrocław, is not final. Lipiński's
lawyer said he would appeal, and the prosecution has not ruled out an appeal of its own: it had
asked for six years.

Judge Agnieszka Wróblewska-Kania found Lipiński guilty of most of the charges, 11 out of 14, and
imposed a fine of 180,000 zlotys, roughly €42,000, on top of the prison term. He may not sit on the
board of any company with public shareholders for eight years. The court also ordered the
forfeiture of 1.46 million zlotys, the total it found he had been paid in bribes.

[ad]

## "A private estate"

The judge did not mince words. Lipiński, she said, had treated the company "as his private estate"
and its tenders as a source of personal income, and the cost had ultimately been borne by residents
through their water bills.

Most of the case concerned contracts for sewage pipes and the modernisation of two treatment plants
between 2019 and 2022. According to the indictment, contractors paid Lipiński a percentage of each
contract's value, sometimes in cash handed over in a car park in Sobótka.

One of those contractors, Artur Kowalczyk, the owner of a pipe-laying firm, received a two-year
sentence suspended for four years. A second businessman, Zbigniew P., who did not consent to being
named, was acquitted.

Lipiński will not go back to prison immediately. He spent nine months in custody in 2023, which
will be deducted from the sentence, and has been free on bail since November of that year.

## Residents want answers

The company supplies water to around 90,000 people in the municipalities around Ślęża mountain.
Its current management, appointed in 2023, says it will claim 4.8 million zlotys in damages in a
separate civil case, which it says is the amount by which the tainted contracts were inflated.

"We paid for this twice: once in the bills and once in the repairs, because some of those pipes
were not laid properly," said Halina Mazur, who chairs a residents' association in Sobótka and
attended most of the 41 hearings.

Defence lawyer Paweł Sroka told the Courier the court had relied on a "witness with every reason
to shift the blame". He will first ask for the written reasons, which the parties have seven days
to request. An appeal must then be filed within 14 days of receiving them.

The Court of Appeal in Wrocław usually takes a year or more to hear such cases, lawyers say.
""",
)

_CT_C = _page(
    site="Radio Silesia Europe",
    domain="radiosilesia.example",
    path="/en/news/ex-water-company-chief-gets-prison-term",
    headline="Ex-water company chief gets prison term in Wrocław bribery case",
    description="A court in Wrocław has sentenced the former head of a water company to prison.",
    section="News in English",
    byline="Newsroom",
    sidebar_title="Exchange rates used in our reports",
    sidebar=(
        "1 euro = 4.27 zlotys",
        "1 US dollar = 3.64 zlotys",
        "1 euro = 24.4 Czech crowns",
    ),
    related=(
        ("Lower Silesia: corruption cases on the rise", "/en/news/corruption-cases-rise"),
        ("Explainer: how Polish courts calculate fines", "/en/explainers/polish-fines"),
    ),
    nav=("Home", "News", "Region", "Business", "Culture", "Listen live"),
    tags=("Wrocław", "Courts"),
    footer_note="Radio Silesia Europe broadcasts in Polish, English, German and Czech.",
    body="""
A court in Wrocław has sentenced Marek Lipiński, the former head of a municipal water company, to
four and a half years in prison for taking bribes. The Regional Court also fined him 180,000
zlotys, which is about 42,000 euros, and ordered him to hand over nearly 1.5 million zlotys, or
about 340,000 euros, that it said he had received from contractors.

Lipiński, who is 58, led the Ślęża Water Company, which is owned by several municipalities south of
Wrocław and supplies water to about 90,000 people. Prosecutors said he accepted bribes between 2019
and 2022 in return for making sure that certain firms won tenders for pipes and for the
modernisation of sewage-treatment plants.

The presiding judge, Agnieszka Wróblewska-Kania, said the former manager had treated the company
like his own private property. She said it was the company's customers who, in the end, had paid
for the bribes through their water bills.

[ad]

The court convicted Lipiński on eleven of the fourteen charges against him and cleared him of
three. He is also banned from management posts in companies with public shareholders for eight
years.

The reading of the verdict began at ten in the morning, eight o'clock GMT, and the judge's
explanation of the ruling took around two hours.

Prosecutors had asked for a six-year sentence, while the defence wanted Lipiński acquitted. His
lawyer, Paweł Sroka, said they would appeal. He told reporters that the court had believed a
witness who, in his words, "had every reason to shift the blame".

The verdict is not yet final. In Poland, the parties first have seven days to ask for the written
reasons for the verdict and then fourteen days to lodge an appeal. Any appeal will be heard by the
Court of Appeal in Wrocław.

Two businessmen were tried alongside Lipiński. One, the owner of a firm that laid water pipes, got
a suspended sentence of two years. The other was acquitted.

Lipiński was first arrested in February 2023 and spent nine months in custody before being
released on bail. That time will be counted towards his prison term.

The case is one of the largest corruption trials in Lower Silesia in recent years. The
investigation led to charges against eleven people, and cases against several of them are still
pending. The water company says it wants to recover millions of zlotys in damages in a separate
civil lawsuit.

The current head of the company, Beata Szymańska, said she hoped the verdict would help rebuild
trust. "Our customers deserve to know that every zloty they pay is spent on water and pipes, and
on nothing else," she said.
""",
)

_CT_STORY = {
    "id": "ct-BE3",
    "part": "BE",
    "domain": "court",
    "fetched": "2026-10-05",
    "articles": [_CT_A, _CT_B, _CT_C],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-BE4 — Romanian wheat supply deal with an Egyptian state buyer (planted: 3)
# ---------------------------------------------------------------------------

_TR_A = _page(
    site="Carpathian Business Wire",
    domain="cbwire.example",
    path="/commodities/2026/09/08/romanian-consortium-signs-wheat-deal-with-egypt",
    headline="Romanian consortium signs $412 million three-year wheat deal with Egypt",
    standfirst="AgroDanubius to ship 1.6 million tonnes of milling wheat from Constanța to Egypt.",
    description="AgroDanubius Trading and Egypt's ECRC sign a 1.6 million tonne wheat supply deal.",
    section="Commodities",
    byline="By Irina Stoica",
    published="2026-09-08T14:22:00+03:00",
    jsonld_date="2026-09-08T14:22:00+03:00",
    visible_date="08 Sep 2026 · 14:22 EEST",
    sidebar_title="Grain prices, Tuesday close",
    sidebar=(
        "Euronext milling wheat (Dec): €198.25/t",
        "Black Sea 12.5% wheat, FOB: $236/t",
        "Romanian corn, FOB Constanța: $214/t",
        "EUR/USD: 1.17",
        "EUR/RON: 5.08",
    ),
    related=(
        ("Romania's wheat harvest estimated at 12.4 million tonnes", "/commodities/harvest-2026"),
        ("Constanța grain terminals report record August", "/ports/constanta-august-record"),
        ("Egypt's tender calendar: what changed this year", "/commodities/egypt-tenders-2026"),
    ),
    tags=("Wheat", "Romania", "Egypt", "Trade"),
    footer_note="Carpathian Business Wire – news for markets in Romania, Moldova and the Balkans.",
    copyright_year=2026,
    body="""
CAIRO/BUCHAREST, Sept 8 (CBW) – Romanian grain trader AgroDanubius Trading signed a three-year
agreement on Tuesday to supply 1.6 million tonnes of milling wheat to Egypt's state-owned Egyptian
Commodity Reserve Company (ECRC), in a deal worth about $412 million at current prices.

The contract was signed at a ceremony in Cairo at 13:00 local time (10:00 GMT), attended by
Romania's agriculture minister, Cătălin Vlădescu, and Egyptian officials, the companies said in a
joint statement.

Under the agreement, AgroDanubius will deliver the wheat from the Black Sea port of Constanța over
the 2026/27, 2027/28 and 2028/29 marketing years, or just over half a million tonnes a year. The
first cargo, of 60,000 tonnes, is scheduled to leave Constanța in October, bound for Damietta.

The price for the first season's shipments has been fixed; later deliveries will be priced against
a Black Sea benchmark, which is why the companies described the $412 million figure as an estimate
based on current prices. That is equivalent to about €352 million.

[ad]

"This gives Romanian farmers a buyer they can plan around for three years, not three weeks," Victor
M. Nedelcu, chief executive of AgroDanubius, said in the statement. "It is the largest single
export contract in the history of our company."

ECRC chairman Hesham Farouk said Romanian wheat had "consistently met our specifications" in
previous tenders. The contract requires a minimum protein content of 12.5% and maximum moisture of
13%.

## Long-term contracts gain ground

Egypt, one of the world's largest wheat importers, buys around 12 million tonnes a year, and has
increasingly turned from open tenders to direct, longer-term purchases since 2024. Russia remains
by far its largest supplier.

Romania exported 6.3 million tonnes of wheat in the 2025/26 season, according to agriculture
ministry data, with Egypt its second-largest destination after Spain. The country's 2026 harvest
is estimated at 12.4 million tonnes.

The deal builds on a memorandum of understanding signed in May, which had envisaged volumes of up
to 2 million tonnes. AgroDanubius said the final figure reflected its storage and loading capacity
at Constanța, where it operates a 180,000-tonne terminal.

Analysts said the agreement would give Romanian exporters a steadier outlet as competition with
Ukrainian and Russian grain intensifies. "Egypt wants predictability and Romania wants a price
floor. A multi-year deal gives each side a bit of both," said Sorin Dumitrache, an agricultural
economist at the Bucharest Academy of Economic Studies.

Vlădescu said the government would extend export credit guarantees through the state export bank
to cover part of the contract.

Farmers' groups welcomed the deal but warned that transport costs were the weak link. "The wheat is
there. The railway to Constanța is the problem," said Gheorghița Lupu, president of the Dobrogea
Grain Growers' Association.
""",
)

_TR_B = _page(
    site="Black Sea Grain Monitor",
    domain="bsgrainmonitor.example",
    path="/weekly/romania-egypt-multi-year-deal",
    headline="Romania–Egypt: a multi-year deal, and what it means for FOB spreads",
    standfirst=(
        "Subscriber briefing: the AgroDanubius–ECRC contract, freight and the new-crop balance."
    ),
    description="AgroDanubius signs multi-year milling wheat contract with Egypt's ECRC.",
    section="Weekly briefing",
    byline="Grain desk: Olena Marchuk and Vlad Enache",
    visible_date="9 September 2026",
    sidebar_title="Black Sea export pace, season to date (from 1 July)",
    sidebar=(
        "Russia: 10.9 million t wheat",
        "Ukraine: 3.2 million t wheat",
        "Romania: 2.4 million t wheat",
        "Bulgaria: 1.1 million t wheat",
        "Panamax freight Constanța–Damietta: $14.50/t",
    ),
    related=(
        ("Romania new-crop balance sheet (August)", "/balance/romania-august"),
        ("Egypt: the shift away from open tenders", "/analysis/egypt-direct-purchases"),
        ("Freight: Bosphorus waiting times ease", "/freight/bosphorus-september"),
    ),
    nav=("Weekly", "Prices", "Freight", "Balances", "Analysis", "Log in"),
    tags=("Romania", "Egypt", "Milling wheat", "Long-term contracts"),
    footer_note="Black Sea Grain Monitor is a subscription service. Redistribution prohibited.",
    copyright_year=2026,
    body="""
Romanian exporter AgroDanubius Trading and Egypt's Egyptian Commodity Reserve Company (ECRC) signed
a supply agreement in Cairo on Tuesday covering 1.6 million tonnes of milling wheat over three
marketing years, starting with 2026/27. The parties valued the contract at $472 million. It is, by
our count, the largest multi-year wheat contract signed by a Romanian exporter.

## The terms

Volumes average roughly 533,000 t per season. The first-season price is fixed, and subsequent
seasons will be priced against a Black Sea index, details of which were not disclosed. Quality:
12.5% protein minimum, 13% moisture maximum, standard Egyptian specifications on falling number and
foreign matter. Deliveries are FOB Constanța, with the first 60,000 t cargo expected in October
and the destination for that vessel given as Damietta.

The May memorandum had talked about up to 2 million tonnes; the cut to 1.6 million reflects, in
AgroDanubius's words, its "real loading capacity" at its 180,000 t terminal in Constanța. Victor
Nedelcu, the company's chief executive, called it a contract that lets farmers plan "for three
years, not three weeks".

[ad]

## What it means for the market

For the Romanian FOB market, the deal removes a slice of exportable surplus from the spot market
for three seasons. With the 2026 crop estimated at 12.4 million t and domestic use at around 5
million t, Romania still has ample wheat to sell, so we do not expect a sustained premium over
Ukrainian or Russian origins. Romanian 12.5% was quoted at $236/t FOB on Tuesday, in line with
other Black Sea origins.

The more interesting signal is from Cairo. Egypt has been moving its buying away from open
tenders and towards direct, longer-term contracts with suppliers and governments. ECRC chairman
Hesham Farouk said Romanian wheat had "consistently met our specifications", which traders read as
a sign that Romanian origin is now firmly on the approved list after quality disputes in 2023.

Freight is a cost the contract does not remove. Panamax rates from Constanța to Damietta are around
$14.50/t this week, and rail bottlenecks on the route into Constanța remain the main constraint
during harvest peaks.

## Last season, for reference

Romania exported 6.3 million t of wheat in 2025/26, with Egypt the second-largest destination after
Spain. Season to date (since 1 July), exports stand at 2.4 million t.

## Our take

Positive for Romanian farm-gate prices at the margin, neutral for FOB spreads. We will watch how
the index-linked pricing is defined for 2027/28: if it tracks a Russian-origin benchmark, Romanian
sellers may find the "price floor" they were promised is softer than it looks.

Agriculture Minister Cătălin Vlădescu, who attended the signing, said state export credit
guarantees would cover part of the contract. Details are expected in a government decision this
month.
""",
)

_TR_C = _page(
    site="Bucharest Observer",
    domain="bucharestobserver.example",
    path="/business/wheat-for-egypt-what-the-agrodanubius-deal-means-for-farmers",
    headline="Wheat for Egypt: what the AgroDanubius deal means for Romanian farmers",
    standfirst="A three-year contract brings certainty to grain growers in Dobrogea and Bărăgan.",
    description="Romanian farmers welcome a $412 million wheat export contract with Egypt.",
    section="Business",
    byline="By Cristina Zamfir",
    jsonld_date="2026-09-10T07:30:00+03:00",
    sidebar_title="Romanian agri-food trade, 2025",
    sidebar=(
        "Cereal exports: €4.9 billion",
        "Top wheat buyers: Spain, Egypt, Italy",
        "Agri-food trade balance: -€1.3 billion",
        "Share of wheat shipped via Constanța: about 85%",
    ),
    related=(
        ("Harvest 2026: yields up in the south-east", "/business/harvest-2026-yields"),
        ("Why Romanian farmers still lack storage", "/business/farm-storage-gap"),
        ("Constanța port: the rail bottleneck explained", "/business/constanta-rail"),
    ),
    nav=("Home", "Politics", "Business", "Society", "Culture", "Opinion", "Newsletter"),
    tags=("Agriculture", "Exports", "Egypt"),
    copyright_year=2026,
    body="""
For Gheorghița Lupu, who farms 1,400 hectares near Medgidia, the news from Cairo was the best
thing to happen to her business in years. "For once, someone is promising to buy our wheat before
it is even in the ground," she said.

The agreement, signed in the Egyptian capital on Wednesday by Romanian grain trader AgroDanubius
Trading and Egypt's state-owned Egyptian Commodity Reserve Company, commits the Romanian firm to
deliver 1.6 million tonnes of milling wheat over three seasons. At current prices, the contract
is worth about $412 million, or roughly 1.8 billion lei.

Lupu, who also heads the Dobrogea Grain Growers' Association, says the certainty matters more
than the price. Romanian farmers, she explains, usually sell at harvest, when prices are lowest,
because they lack storage and credit. A buyer who has committed to half a million tonnes a year
gives traders the confidence to sign forward contracts with growers.

[ad]

## Not just a one-off

Egypt buys about 12 million tonnes of wheat a year from abroad, more than any other country except
a handful of Asian importers. Since 2024 it has moved away from public tenders and towards direct
deals with suppliers, which favours exporters able to guarantee volumes over several years.

Romania already sells a lot of wheat to Egypt: the country was the second-largest buyer of Romanian
wheat in the 2025/26 season, after Spain, when total exports reached 6.3 million tonnes. What is
new is the length of the commitment. In May, the two sides had signed a memorandum that talked of
up to 2 million tonnes; the final contract is for less, because AgroDanubius says that is what its
terminal in Constanța can reliably load.

"This gives Romanian farmers a buyer they can plan around for three years, not three weeks," said
Victor Nedelcu, the company's chief executive, in a statement after the signing.

The first ship, carrying 60,000 tonnes, is due to leave Constanța in October.

## The bottleneck

Not everyone is celebrating. Economists point out that the contract's later years will be priced
against a regional benchmark, so farmers are not protected if world prices fall. And the railway
line into Constanța, which carries most of the country's grain exports, is notoriously congested
during the harvest.

"The wheat is there. The railway to Constanța is the problem," Lupu said, echoing a complaint
heard across Dobrogea every summer.

Agriculture Minister Cătălin Vlădescu, who was in Cairo for the ceremony, said the government
would extend export credit guarantees to cover part of the contract and promised "serious money"
for rail upgrades in next year's budget.

Sorin Dumitrache, an agricultural economist at the Bucharest Academy of Economic Studies, said the
deal was a sensible hedge for both sides. "Egypt wants predictability, and Romania wants a price
floor," he said. "This gives each of them a bit of both, and no more than that."
""",
)

_TR_D = _page(
    site="Danube FM International",
    domain="danubefm.example",
    path="/english/business/romanian-wheat-to-egypt-three-year-contract",
    headline="Romanian wheat to Egypt: three-year contract signed",
    description="A Romanian company will supply 1.6 million tonnes of wheat to Egypt.",
    section="Business",
    byline="Danube FM newsroom",
    sidebar_title="Listen again",
    sidebar=(
        "Business Hour: the grain trade after the war in Ukraine",
        "Farm Talk: storage, credit and the harvest",
        "Interview: the new head of Constanța port",
    ),
    related=(
        ("Constanța: record grain volumes this summer", "/english/business/constanta-record"),
        ("Drought in the south: what it did to the maize crop", "/english/business/maize-drought"),
    ),
    nav=("Home", "News", "Business", "Culture", "Sport", "Listen", "Schedule"),
    tags=("Romania", "Egypt", "Agriculture"),
    footer_note="Danube FM International – news and music from the Danube region.",
    body="""
A Romanian grain trading company has signed a deal to supply Egypt with 1.6 million tonnes of
wheat over the next three years. The contract between AgroDanubius Trading and Egypt's state
grain buyer, the Egyptian Commodity Reserve Company, was signed on Tuesday at a ceremony in the
Egyptian port city of Alexandria.

The two companies put the value of the deal at about 412 million US dollars at current prices. The
exact figure will depend on world prices, because only the first year's deliveries have a fixed
price.

Romania's agriculture minister, Cătălin Vlădescu, attended the signing. He said the government
would support the contract with export credit guarantees from the state.

[ad]

The wheat will be shipped from Constanța, Romania's main port on the Black Sea. The first ship,
carrying 60,000 tonnes, should leave in October. After that, AgroDanubius will deliver a little
over half a million tonnes a year.

Egypt is one of the world's biggest buyers of wheat, importing about 12 million tonnes every year
to make bread, which is heavily subsidised for millions of Egyptians. Russia is its main supplier,
but Egypt has been looking to buy from more countries, and to sign longer contracts with them.

For Romania, Egypt is already an important market. It was the second-biggest buyer of Romanian
wheat last season, after Spain.

The head of AgroDanubius, Victor Nedelcu, said the contract would let Romanian farmers plan for
three years ahead instead of a few weeks. He called it the biggest export contract in the
company's history.

The chairman of the Egyptian company, Hesham Farouk, praised the quality of Romanian wheat.

## Farmers: the railway is the problem

Farmers in Dobrogea, the region between the Danube and the Black Sea, welcomed the news. But they
say transport is still the weak point.

"Every summer we have trucks waiting for days outside the port, and trains that do not come," said
Gheorghița Lupu, who represents grain growers in the region. "The wheat is there. The railway to
Constanța is the problem."

The government says it will invest in the rail line to the port, but farmers say they have heard
such promises before.

Romania harvested an estimated 12.4 million tonnes of wheat this year, and exports more than half
of it. The country is one of the European Union's biggest wheat exporters, together with France
and Germany.

Economists say the deal with Egypt could also help Romania compete with Ukrainian and Russian
grain, which is often cheaper. "A multi-year deal gives both sides some predictability," said Sorin
Dumitrache of the Bucharest Academy of Economic Studies. "It is not a miracle, but it is useful."

You can hear more about the grain trade in our Business Hour, every Friday at six in the evening.
""",
)

_TR_STORY = {
    "id": "tr-BE4",
    "part": "BE",
    "domain": "trade",
    "fetched": "2026-09-21",
    "articles": [_TR_A, _TR_B, _TR_C, _TR_D],
    "planted": [
        (
            "estimated value of the AgroDanubius–ECRC wheat contract",
            r"\b412\b",
            r"\b472\b",
        ),
        (
            "weekday the wheat contract was signed",
            r"tuesday",
            r"wednesday",
        ),
        (
            "city where the wheat contract was signed",
            r"cairo",
            r"alexandria",
        ),
    ],
}


# ---------------------------------------------------------------------------
# rk-BE5 — Polish suborbital rocket Żuraw-2 reaches space (planted: 3)
# ---------------------------------------------------------------------------

_RK_A = _page(
    site="Pomorze Tech",
    domain="pomorzetech.example",
    path="/live/zuraw-2-launch-ustka",
    headline="LIVE: Żuraw-2 launch from Ustka – Poland's commercial rocket aims for space",
    standfirst=(
        "Baltica Rocket Works tries again after Friday's scrub. Launch window 09:00–13:00. "
        "Follow every step with our team at the range."
    ),
    description="Live coverage of the Żuraw-2 suborbital launch by Baltica Rocket Works.",
    section="Live · Space",
    byline="Live team: Michał Drzewiecki and Anna Kołodziej",
    jsonld_type="LiveBlogPosting",
    jsonld_date="2026-07-18T08:30:00+02:00",
    jsonld_modified="2026-07-18T13:10:00+02:00",
    sidebar_title="Żuraw-2 at a glance",
    sidebar=(
        "Height: 11.8 m",
        "Mass at liftoff: 2.9 t",
        "Propellants: hydrogen peroxide and kerosene",
        "Target apogee: above 100 km",
        "Previous flight (Żuraw-1, 2024): 31 km",
    ),
    related=(
        ("Who is behind Baltica Rocket Works?", "/space/baltica-rocket-works-profile"),
        ("Why rockets fly from Ustka", "/space/why-ustka"),
        ("Poland's space budget explained", "/space/poland-space-budget"),
    ),
    nav=("Home", "Tech", "Space", "Startups", "Energy", "Live", "Newsletter"),
    tags=("Żuraw-2", "Baltica Rocket Works", "Ustka", "Space"),
    footer_note="All times CEST (UTC+2).",
    copyright_year=2026,
    body="""
@@ 08:30
Good morning from the Central Air Force Training Ground near Ustka. Baltica Rocket Works, the
Gdynia-based start-up, is making a second attempt to launch its Żuraw-2 suborbital rocket after
yesterday's try was called off because of strong winds at high altitude. The launch window runs
from 09:00 to 13:00, and the sea area off the range is closed to shipping until then.

@@ 09:05
The weather team has given a "go". Winds at around 10 km altitude are now within limits, the
company says. Target liftoff time: 10:30.

@@ 09:40
Propellant loading is complete. Żuraw-2 burns hydrogen peroxide and kerosene. It is 11.8 metres
tall and weighs 2.9 tonnes fuelled.

[ad]

@@ 10:15
Hold. A fishing boat has strayed into the exclusion zone, and the range is waiting for the navy to
escort it out. New target time to follow.

@@ 10:31
The boat is clear. Count resumes, with liftoff now set for 10:42.

@@ 10:42
LIFTOFF! Żuraw-2 climbs off the rail into a clear sky, heading out over the Baltic.

@@ 10:43
The engine burned for 68 seconds, as planned, before cutoff. Telemetry showed a top speed of about
4,300 km/h, the mission commentary says.

@@ 10:46
Preliminary telemetry: apogee of about 104 km. If confirmed, this would make Żuraw-2 the first
Polish commercial rocket to cross the 100 km Kármán line, the conventional edge of space.

@@ 10:57
Splashdown! The payload capsule came down under its parachutes at 10:56, 14 minutes and 22 seconds
after liftoff. Applause in the control room, we are told.

@@ 11:20
The company confirms the apogee at 104.6 km. The spent rocket fell, as planned, inside the closed
sea area.

@@ 12:15
The support vessel Kormoran-3 has hoisted the capsule on board, 38 km off the coast. It looks
intact and dry, according to pictures from the crew.

[ad]

@@ 12:40
Press conference at the range. "We have touched space with a rocket designed and built in Poland,
and we have brought the payload home dry," said Paweł Grabowski, the flight director. || Chief
executive Aleksandra Nowicka thanked the Polish Space Agency and the universities that flew
experiments. "Next year we want to fly twice, and we want customers who pay full price," she said.

@@ 12:55
What was on board? Seven experiments from six institutions: Gdańsk University of Technology (fluid
sloshing in microgravity), AGH University of Krakow (radiation dosimeter), Warsaw University of
Technology (two: a solar-cell test and an accelerometer array), Wrocław University of Science and
Technology (cress seeds), the Slovak University of Technology in Bratislava (a MEMS gyroscope) and
the Czech Technical University in Prague (an image-compression camera).

@@ 13:10
The range is reopening to shipping. That is all from Ustka today. Thanks for following, and see
our full story on the site later this afternoon.
""",
)

_RK_B = _page(
    site="Nord-Pol Press Agency",
    domain="nordpolpress.example",
    path="/tech/2026/07/18/polish-private-rocket-reaches-space",
    headline="Polish private rocket reaches space on second attempt",
    description="Baltica Rocket Works' Żuraw-2 reached an altitude of 104.6 km.",
    section="Science & Tech",
    byline="By Robert Zawada",
    published="2026-07-18T13:05:00+02:00",
    visible_date="18.07.2026, 13:05",
    sidebar_title="European suborbital flights in 2026",
    sidebar=(
        "Sweden, Esrange: 3 sounding rockets",
        "Norway, Andøya: 5 sounding rockets",
        "Portugal, Santa Maria: first commercial test",
        "Poland, Ustka: Żuraw-2, 104.6 km",
    ),
    related=(
        (
            "Polish Space Agency awards PLN 12m grant to Gdynia start-up",
            "/tech/2025/04/polsa-grant",
        ),
        ("Żuraw-1 reaches 31 km in first test", "/tech/2024/09/zuraw-1-test"),
    ),
    tags=("Space", "Poland", "Rockets"),
    footer_note="Nord-Pol Press Agency. All rights reserved.",
    copyright_year=2026,
    body="""
USTKA, Poland, July 18 (NPP) – A suborbital rocket built by Polish start-up Baltica Rocket Works
reached space on Saturday, climbing to an altitude of 104.6 km over the Baltic Sea before returning
its payload capsule by parachute, the company said.

The Żuraw-2 rocket lifted off at 10:42 local time (08:42 GMT) from the Central Air Force Training
Ground near Ustka, after a delay of 12 minutes caused by a fishing boat in the exclusion zone. A
first attempt on Friday had been called off because of strong high-altitude winds.

The flight, from liftoff to the capsule's splashdown, lasted 14 minutes and 22 seconds. The
capsule, carrying nine experiments from universities in Poland, Slovakia and the Czech Republic,
was recovered by the support vessel Kormoran-3 around 38 km off the coast.

"We have touched space with a rocket designed and built in Poland, and we have brought the payload
home dry," said Tomasz Zieliński-Brodka, the company's chief engineer.

[ad]

The company said it was the first time a rocket developed by a Polish commercial firm had crossed
the Kármán line at 100 km, the boundary most commonly used to define the edge of space.

Żuraw-2 is 11.8 metres tall and burns hydrogen peroxide and kerosene. Its engine fired for 68
seconds, accelerating the rocket to about 4,300 km/h, after which it coasted to its highest point.
The experiments on board experienced about four minutes of microgravity.

Chief executive Aleksandra Nowicka said the company planned two flights next year and was in talks
with paying customers, including a German research institute and a pharmaceutical firm interested
in crystal-growth experiments. "Next year we want to fly twice, and we want customers who pay full
price," she said.

The programme has cost about 46 million zlotys (€10.8 million) so far, including a grant of 12
million zlotys from the Polish Space Agency, POLSA. The rest came from private investors, among them
a Tricity venture fund and several Polish industrial companies.

The company's previous rocket, Żuraw-1, reached an altitude of 31 km in a test flight in 2024.

Europe's commercial launch sector has grown rapidly in recent years, with start-ups in Germany,
Spain, France and Britain developing small orbital rockets. Baltica Rocket Works has said it has no
plans to go orbital before the end of the decade and will focus on suborbital research flights.

POLSA called the flight "a milestone for the Polish space sector". The agency's spokeswoman, Ewa
Szczepańska, said it would consider further support for suborbital research missions in its 2027
programme.

The Ustka range, on Poland's Baltic coast, is mainly used by the military for air-defence
exercises. Baltica Rocket Works uses it under an agreement with the Ministry of National Defence.
""",
)

_RK_C = _page(
    site="Suborbital Digest",
    domain="suborbitaldigest.example",
    path="/flights/zuraw-2-flight-report",
    headline="Flight report: Żuraw-2 (Baltica Rocket Works), Ustka",
    standfirst=(
        "Numbers, timeline and payloads from the first Polish commercial flight above 100 km."
    ),
    description="Technical flight report for the Żuraw-2 suborbital mission.",
    section="Flight reports",
    byline="Compiled by the Suborbital Digest editors",
    sidebar_title="Recent flight reports",
    sidebar=(
        "REXUS-style student rocket, Esrange: apogee 82 km",
        "Maxus-class reflight study: no date set",
        "Spanish demonstrator hop: 12 km",
    ),
    related=(
        ("Hydrogen peroxide engines: a primer", "/primers/htp-engines"),
        ("Ustka range: restrictions and windows", "/ranges/ustka"),
        ("Database: all European suborbital flights", "/database/europe"),
    ),
    nav=("Flight reports", "Database", "Primers", "Ranges", "Jobs", "About"),
    tags=("Żuraw-2", "Sounding rockets", "Poland"),
    footer_note="Suborbital Digest is reader-funded. Corrections: editors@suborbitaldigest.example",
    body="""
Baltica Rocket Works (Gdynia, Poland) flew its Żuraw-2 sounding rocket from the Central Air Force
Training Ground at Ustka on the Baltic coast, reaching a confirmed apogee of 104.6 km (about 65
statute miles, or roughly 343,000 ft). It is the first Polish commercially developed vehicle to
cross the 100 km line. The previous vehicle, Żuraw-1, topped out at 31 km in 2024.

## Vehicle

Single-stage, liquid bipropellant: high-test hydrogen peroxide and kerosene, pressure-fed. Length
11.8 m, liftoff mass 2.9 t. Rail launch, spin-stabilised during the ascent. Recoverable payload
section with a drogue and a main parachute; the booster is expendable and was not recovered.

## Timeline (UTC)

%% Żuraw-2 flight events
Event ;; Time (UTC) ;; Mission time
Liftoff ;; 08:42:00 ;; T+0
Engine cutoff ;; 08:43:08 ;; T+68 s
Apogee, 104.6 km ;; 08:45:10 ;; T+190 s
Main parachute ;; 08:52:40 ;; T+640 s

Total flight time, liftoff to splashdown: 16 minutes 22 seconds. Burnout velocity was roughly
1,190 m/s, and the payload had about four minutes of microgravity between despin and re-entry.

The count was held at 10:15 local time (08:15 UTC) when a fishing boat entered the closed sea area,
which moved liftoff from the planned 08:30 UTC slot to 08:42 UTC. A first attempt a day earlier
had been scrubbed for upper-level winds.

[ad]

## Payloads

Seven experiments from six institutions flew in the recoverable section:

%% Żuraw-2 payload manifest
Institution ;; Experiment
Gdańsk University of Technology ;; Fluid sloshing in microgravity
AGH University of Krakow ;; Radiation dosimeter
Warsaw University of Technology ;; Solar-cell degradation test
Warsaw University of Technology ;; Accelerometer array
Wrocław University of Science and Technology ;; Cress seeds (germination after flight)
Slovak University of Technology in Bratislava ;; MEMS gyroscope
Czech Technical University in Prague ;; Image-compression camera

The capsule was recovered by the support vessel Kormoran-3 about 38 km (20.5 nautical miles)
offshore, reportedly dry inside.

## Quotes

"We have touched space with a rocket designed and built in Poland, and we have brought the payload
home dry," said chief engineer Tomasz Zieliński-Brodka at the post-flight press conference.

CEO Aleksandra Nowicka said the company wanted "to fly twice" next year with paying customers.

## Money

Programme cost to date: about PLN 46 million, of which PLN 12 million came as a grant from the
Polish Space Agency (POLSA). The remainder is private capital.

## Our assessment

A clean flight with a sensible margin over 100 km. What we would still like to see: published
trajectory data, a second flight with an identical configuration to show repeatability, and a
clearer answer on the cost per flight. Baltica says it will publish a flight report for its
university customers within 60 days.

The hydrogen peroxide engine is the most interesting piece of hardware here. It is a relatively
benign propellant combination to handle at a military range without permanent infrastructure, and
the 68-second burn is on the long side for a vehicle of this class. If the company can turn the
vehicle around in months rather than years, Ustka could become a regular stop on the European
sounding-rocket calendar.
""",
)

_RK_STORY = {
    "id": "rk-BE5",
    "part": "BE",
    "domain": "rocket",
    "fetched": "2026-07-27",
    "articles": [_RK_A, _RK_B, _RK_C],
    "planted": [
        (
            "who said 'We have touched space ... brought the payload home dry'",
            r"zieli[nń]ski|chief engineer",
            r"grabowski|flight director",
        ),
        (
            "number of experiments carried on Żuraw-2",
            r"(?<![\d.])(?:7|seven)\b",
            r"(?<![\d.])(?:9|nine)\b",
        ),
        (
            "Żuraw-2 flight time from liftoff to splashdown",
            r"\b14\s*(?:min|m\b)|\b14:22\b|\b862\s*s",
            r"\b16\s*(?:min|m\b)|\b16:22\b",
        ),
    ],
}


# ---------------------------------------------------------------------------
# eq-BE6 — Vrancea intermediate-depth earthquake (CONTROL: no planted disagreement)
# ---------------------------------------------------------------------------

_EQ_A = _page(
    site="Antena Carpați",
    domain="antenacarpati.example",
    path="/live/cutremur-vrancea-earthquake-live",
    headline="Earthquake in Vrancea felt in Bucharest and Chișinău – live",
    standfirst=(
        "A strong intermediate-depth earthquake woke millions in Romania and Moldova overnight."
    ),
    description=(
        "Live updates after the Vrancea earthquake: magnitude, injuries, damage, aftershocks."
    ),
    section="Live · Romania",
    byline="Live desk: Bogdan Ene, Simona Radu",
    jsonld_type="LiveBlogPosting",
    jsonld_date="2026-08-27T02:58:00+03:00",
    jsonld_modified="2026-08-27T11:40:00+03:00",
    sidebar_title="Major Vrancea earthquakes",
    sidebar=(
        "4 March 1977 – magnitude 7.4, more than 1,500 dead",
        "30 August 1986 – magnitude 7.1",
        "30 May 1990 – magnitude 6.9",
        "27 October 2004 – magnitude 6.0",
    ),
    related=(
        ("What to do during an earthquake: the official guide", "/ghid/earthquake-guide"),
        ("Bucharest's red-dot buildings: the list", "/bucuresti/red-dot-buildings"),
        ("Why Vrancea earthquakes are felt so far away", "/stiinta/why-vrancea"),
    ),
    nav=("Home", "News", "Live", "Politics", "Weather", "Sport", "TV schedule"),
    tags=("Earthquake", "Vrancea", "Live"),
    footer_note="All times are Romanian time (EEST, UTC+3).",
    copyright_year=2026,
    body="""
@@ 02:58
An earthquake was strongly felt in Bucharest and across eastern Romania at 02:41. The National
Institute for Earth Physics (INFP) gives a preliminary magnitude of 5.9 and a depth of about 130
km, in the Vrancea seismic zone. These figures are preliminary and may be revised.

@@ 03:10
Viewers in Bucharest, Focșani, Buzău, Galați and Iași tell us they were woken by shaking that
lasted "several seconds". Many went out into the street. There are no immediate reports of
injuries.

@@ 03:24
Aftershock: INFP reports a magnitude 3.1 quake at 03:20, also in Vrancea. It was barely felt.

@@ 03:45
The Department for Emergency Situations (DSU) says the 112 emergency number received 1,240 calls
in the first hour after the quake, most from people asking what to do. Officials are asking the
public to call 112 only for real emergencies.

[ad]

@@ 03:55
Bucharest's metro operator says trains will run normally from 05:00 after overnight checks of
tunnels and stations found no damage. Tram and bus services are also expected to run as usual.

@@ 04:20
Moldova: residents of Chișinău report strong shaking. Moldova's Institute of Geology and Seismology
says the quake was felt with intensity V in the Moldovan capital.

@@ 05:30
First injuries: DSU says three people have received medical care, all for panic attacks. No one
has been taken to hospital.

@@ 06:45
In Focșani, a chimney fell onto a parked car. In Bucharest's old town, fragments of plaster and
façade fell from two buildings on Strada Lipscani. Police have closed part of the street.

@@ 07:40
INFP has revised its figures. The earthquake had a moment magnitude of 5.7, down from the
preliminary 5.9, at a depth of 128 km, said INFP seismologist Laura Pîrvulescu. "The preliminary
value is a local magnitude calculated within minutes. The moment magnitude is the reference value,"
she told Antena Carpați.

@@ 09:00
DSU update: seven people have received medical care, one of them taken to hospital in Buzău with a
leg injury after jumping from a ground-floor window.

[ad]

@@ 09:30
Interior Ministry state secretary Alexandru Rădulescu, at a briefing in Bucharest: "We have had no
reports of structural collapse. The buildings that lost plaster are already on our seismic risk
list." He asked residents to report new cracks to their town hall.

@@ 10:05
INFP has recorded four aftershocks so far, the largest the magnitude 3.1 event at 03:20. None has
caused damage.

@@ 11:05
Latest DSU figures: nine people received medical care and two were taken to hospital. There are no
deaths. Engineers have inspected 41 buildings in Bucharest, Focșani and Buzău; two in Bucharest's
old town have been cordoned off.

@@ 11:40
We are ending our live coverage here. INFP says this was the strongest Vrancea earthquake since
2004. Thank you for following.
""",
)

_EQ_B = _page(
    site="SEE Wire",
    domain="seewire.example",
    path="/romania/2026/08/27/magnitude-5-7-quake-shakes-romania-and-moldova",
    headline="Magnitude 5.7 earthquake shakes Romania and Moldova, nine treated",
    description="An intermediate-depth earthquake in Vrancea was felt in Bucharest and Chișinău.",
    section="Romania",
    byline="By Dragoș Ionescu-Vlad",
    published="2026-08-27T09:15:00+03:00",
    modified="2026-08-27T12:20:00+03:00",
    visible_date="27 August 2026 · 09:15 · updated 12:20",
    sidebar_title="Earthquakes felt in the region this year",
    sidebar=(
        "Albania, February: magnitude 5.1",
        "Greece, Aegean, May: magnitude 5.4",
        "Turkey, Malatya, June: magnitude 4.9",
        "Romania, Gorj, April: magnitude 3.9",
    ),
    related=(
        ("Romania's seismic risk buildings: slow progress", "/romania/2026/03/seismic-risk"),
        ("Moldova reviews building code after 2025 tremor", "/moldova/2025/12/building-code"),
    ),
    tags=("Earthquake", "Romania", "Moldova"),
    copyright_year=2026,
    body="""
BUCHAREST, Aug 27 (SEE Wire) – An earthquake with a magnitude of 5.7 struck Romania's Vrancea
region early on Thursday, shaking buildings in Bucharest and as far away as Chișinău, the capital
of neighbouring Moldova, and sending thousands of people into the streets in the middle of the
night.

The quake hit at 02:41 local time (23:41 GMT on Wednesday) at a depth of 128 km, according to
Romania's National Institute for Earth Physics (INFP). The institute had initially put the
magnitude at 5.9, before revising it to a moment magnitude of 5.7 later in the morning.

The epicentre was in the mountainous Vrancea county, about 150 km north-east of Bucharest. Vrancea
is Europe's most active zone of intermediate-depth earthquakes, which tend to be felt over a very
wide area.

Nine people received medical care, most of them for panic attacks, and two were taken to hospital,
the Department for Emergency Situations said in an update at 11:00. No deaths were reported.

[ad]

Damage was limited. A chimney fell onto a car in Focșani, the largest town near the epicentre, and
pieces of façade fell from two old buildings in Bucharest's historic centre, where police closed
part of Lipscani Street. Engineers had inspected 41 buildings by late morning.

The emergency number 112 received more than 1,200 calls in the first hour after the quake, the
department said.

"We have had no reports of structural collapse," said Alexandru Rădulescu, a state secretary at the
Interior Ministry, at a briefing in Bucharest. "The buildings that lost plaster are on our seismic
risk list already, and the inspections are continuing."

INFP recorded four aftershocks by mid-morning, the largest with a magnitude of 3.1.

It was the strongest earthquake in the Vrancea zone since 2004, when a magnitude 6.0 quake shook
the same area, the institute said.

"An intermediate-depth earthquake of this size is not unusual for Vrancea. We record events above
magnitude 5 every few years," INFP seismologist Laura Pîrvulescu said. "What matters is that it is
a reminder. The big ones here have happened several times a century."

In 1977, a magnitude 7.4 earthquake in Vrancea killed more than 1,500 people, most of them in
Bucharest, where several apartment blocks collapsed. Hundreds of buildings in the capital are still
classified as being at high seismic risk and marked with red signs.

In Moldova, the Institute of Geology and Seismology said the quake had been felt with intensity V
in Chișinău. Moldovan authorities reported no injuries. Shaking was also reported in Odesa in
Ukraine and in the Bulgarian city of Ruse.

Bucharest's metro and trams ran normally on Thursday morning, and schools, which are still closed
for the summer holiday, were not affected. Authorities urged residents to check their homes for
cracks and to report any damage to local town halls.

(This story has been updated with new figures for injuries and inspected buildings.)
""",
)

_EQ_C = _page(
    site="Chișinău Courier",
    domain="chisinaucourier.example",
    path="/moldova/night-of-shaking-chisinau-wakes-to-romanian-earthquake",
    headline="A night of shaking: Chișinău wakes to a Romanian earthquake",
    standfirst="No injuries in Moldova, but the quake revived old fears about the city's housing.",
    description="Residents of Chișinău describe the earthquake that originated in Vrancea.",
    section="Moldova",
    byline="By Natalia Ciobanu",
    visible_date="Friday, 28 August 2026",
    sidebar_title="Moldova in numbers",
    sidebar=(
        "Apartment blocks in Chișinău built before 1990: about 1,900",
        "Share of them never seismically assessed: about two thirds",
        "Last strong quake felt in Moldova: October 2004",
    ),
    related=(
        ("Are Chișinău's Soviet-era blocks safe?", "/moldova/soviet-blocks-safety"),
        ("Emergency service gets new rescue equipment", "/moldova/rescue-equipment"),
        ("Romania and Moldova to share earthquake data", "/moldova/earthquake-data-sharing"),
    ),
    nav=("Home", "Moldova", "Region", "Business", "Culture", "Opinion", "Română", "Русский"),
    tags=("Earthquake", "Chișinău", "Housing"),
    copyright_year=2026,
    body="""
Tatiana Rusu was still awake, finishing a translation, when the glasses in her kitchen cabinet
began to ring. "First a hum, then the whole building started to sway, slowly, like a ship," said
the 38-year-old, who lives on the ninth floor of a 1970s apartment block in the Botanica district.
"I grabbed my son and we ran down the stairs in our pyjamas."

She was one of tens of thousands of people in Chișinău who spent part of the night outdoors after
an earthquake in Romania's Vrancea region early yesterday. The quake struck at 02:41, Chișinău
time, some 220 km to the south-west of the city, at a depth of 128 km.

Romania's National Institute for Earth Physics measured it at magnitude 5.7, after an initial
estimate of 5.9. In Chișinău, Moldova's Institute of Geology and Seismology said, it was felt with
an intensity of V, strong enough to wake most sleepers and to rattle windows and crockery, but not
to damage sound buildings.

Moldova's General Inspectorate for Emergency Situations said it had received 318 calls during the
night and had found no injuries or structural damage anywhere in the country. In Romania, nine
people were treated, two of them in hospital, and two old buildings in central Bucharest were
cordoned off after pieces of their façades fell.

[ad]

## Old fears

For many older residents, the shaking brought back memories of 1977, when a magnitude 7.4 quake in
Vrancea killed more than 1,500 people in Romania and damaged buildings in Chișinău, and of 1986 and
1990, when strong quakes were also felt here.

"Every time, we say we will check the buildings. And then we forget," said Ion Bejenari, a
structural engineer who has spent two decades inspecting Soviet-era housing. About 1,900 apartment
blocks in the capital were built before 1990, and around two thirds have never undergone a seismic
assessment, according to figures from the city's architecture department.

The mayor's office said on Thursday that teams would inspect 60 blocks in Botanica, Ciocana and
Râșcani by the end of next week, starting with buildings where residents reported new cracks.

## Better warnings

Moldovan seismologists said the quake showed the value of a data-sharing agreement signed with
Romania last year, under which Moldovan stations feed data directly to the institute near
Bucharest. "We had a confirmed location and depth from our Romanian colleagues within minutes,"
said Vasile Cojocaru, a seismologist at the Moldovan institute. "Ten years ago, it would have taken
an hour."

The institute in Romania recorded four aftershocks, none of them felt in Moldova.

Back in Botanica, Rusu said she and her neighbours had stayed in the courtyard until almost four
in the morning. "Nobody wanted to go back up. Then the children got cold, so we did," she said.
"Tonight I will sleep with my shoes by the bed."
""",
)

_EQ_D = _page(
    site="Seismo Notes",
    domain="seismonotes.example",
    path="/events/vrancea-mw-5-7-intermediate-depth",
    headline="Vrancea Mw 5.7: an intermediate-depth event, by the numbers",
    standfirst=(
        "Source parameters, agency comparisons and why a 128 km deep quake was felt so widely."
    ),
    description="Technical note on the Vrancea intermediate-depth earthquake.",
    section="Event notes",
    byline="Seismo Notes editorial team",
    sidebar_title="Other notable events this quarter",
    sidebar=(
        "Hellenic arc, Mw 6.1, depth 62 km",
        "Central Italy, Mw 4.6, depth 9 km",
        "Eastern Anatolia, Mw 5.3, depth 11 km",
    ),
    related=(
        ("Why local and moment magnitudes differ", "/primers/ml-vs-mw"),
        ("The Vrancea slab: a primer", "/primers/vrancea-slab"),
        ("Agency solutions compared: how to read them", "/primers/agency-solutions"),
    ),
    nav=("Event notes", "Primers", "Data", "About", "Support us"),
    tags=("Vrancea", "Intermediate-depth", "Romania"),
    footer_note="Seismo Notes is written by volunteers with a background in seismology.",
    body="""
The earthquake beneath the Vrancea zone of the south-eastern Carpathians was the largest
intermediate-depth event there since the Mw 6.0 earthquake of 2004. Origin time: 23:41:17 UTC,
which was 02:41:17 local time (EEST) the following day. Hypocentral depth: 128 km, according to
the Romanian National Institute for Earth Physics (INFP).

## Magnitudes, and why they differ

%% Agency solutions
Agency ;; Magnitude ;; Depth ;; Status
INFP (Romania) ;; ML 5.9 ;; about 130 km ;; automatic, superseded
INFP (Romania) ;; Mw 5.7 ;; 128 km ;; reviewed
EMSC ;; Mw 5.7 ;; 126 km ;; reviewed
USGS ;; Mw 5.6 ;; 131 km ;; reviewed

The spread is normal. INFP's first number was an automatic local magnitude (ML), computed within
minutes from short-period amplitudes. Local magnitudes for deep Vrancea events tend to come out
higher than the moment magnitude, which is computed later from the full waveform and is the
reference value. Teleseismic agencies such as the USGS rely on distant stations and often land one
or two tenths lower. None of this means anyone "got it wrong".

Depth estimates of 126–131 km all sit comfortably inside the known seismogenic volume of the
Vrancea slab, a near-vertical block of old oceanic lithosphere sinking beneath the bend of the
Carpathians. Earthquakes in the slab occur between roughly 60 and 200 km depth.

[ad]

## Why it was felt so far away

Intermediate-depth events radiate energy efficiently towards the surface over a wide area, and the
Vrancea slab has a well-known pattern of strong shaking elongated towards the north-east and
south-west. That is why a moderate Mw 5.7 event was felt with intensity V in Bucharest,
about 150 km away, and in Chișinău, about 220 km away, with reports from as far as Odesa and Ruse.

INFP's preliminary shake map gives intensity VI near the epicentre and V across much of Muntenia
and southern Moldavia. That is consistent with the observed effects: fallen plaster, a toppled
chimney in Focșani, and non-structural damage to old masonry in central Bucharest.

A point that often confuses: intensity (Roman numerals, describing effects at a location) and
magnitude (one number for the event) are different quantities, and a single earthquake has many
intensities.

## Aftershocks

Intermediate-depth Vrancea events typically produce few aftershocks compared with shallow crustal
earthquakes. INFP recorded four by 10:00 local time, the largest ML 3.1 about 40 minutes after the
main shock. This is in line with previous events.

## Recurrence

Vrancea has produced four earthquakes of magnitude 6.9 or more in the last century: 1940 (Mw 7.7),
1977 (Mw 7.4), 1986 (Mw 7.1) and 1990 (Mw 6.9). A Mw 5.7 event neither raises nor lowers the
long-term probability of the next large one in any meaningful way, INFP seismologist Laura
Pîrvulescu reminded reporters on the day. "It is a reminder, not a warning," she said.

## Data

Waveforms from the Romanian seismic network and the Moldovan stations are available through the
usual European data centres. We will update this note if INFP publishes a revised moment tensor.
""",
)

_EQ_STORY = {
    "id": "eq-BE6",
    "part": "BE",
    "domain": "earthquake",
    "fetched": "2026-09-04",
    "articles": [_EQ_A, _EQ_B, _EQ_C, _EQ_D],
    "planted": [],
}

STORIES = [_CB_STORY, _EL_STORY, _CT_STORY, _TR_STORY, _RK_STORY, _EQ_STORY]
