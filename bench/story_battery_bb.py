"""Story battery, part BB — Southern Africa (South Africa, Zimbabwe, Zambia, Mozambique, Namibia), events in 2026.

Written by engineer BB1 on 2026-12-07 for the thirty-first batch, a precision batch

Six invented stories, each told by 3 or 4 invented outlets as whole HTML pages. Outlets,
reporters, companies, parties, most officials and all figures are invented; real institutions
and places (Bank of Namibia, Zimbabwe Electoral Commission, Zambian High Court, Namibian Ports
Authority, Overberg Test Range, USGS, INGD ...) appear only as scenery. All local times in the
region are UTC+2 (CAT in Namibia, Zimbabwe, Zambia and Mozambique; SAST in South Africa).

cb-BB1 (central bank, CONTROL, planted = []). True facts: on Wednesday 18 February 2026 the Bank
of Namibia's Monetary Policy Committee unanimously cut the repo rate by 25 bp from 6.75% to 6.50%
(first change since August 2025), announced at 15:00 in Windhoek (13:00 GMT). Governor Elifas
Tuhafeni Nghipandulwa. January inflation 3.4% (December 3.1%); 2026 inflation forecast 3.6%;
2026 growth forecast 3.2% (December forecast 3.5%; 2025 estimate 3.0%); reserves N$61.8 billion
(about US$3.4 billion at N$18.21), 4.6 months of import cover; prime lending rate 10.25% from
10.50%; N$1m 20-year bond instalment about N$9,984 -> N$9,816 (saving about N$167); Kalahari
Commercial Bank passes the cut on from 1 March; next decision 15 April; economist Ndapewa
Shikongo (Etosha Capital Partners) expects one more 25 bp cut if inflation stays below 4%.
Outlets: Southern Wire Service (wire; article:published_time 2026-02-18T13:22Z plus visible
date), The Windhoek Ledger (newspaper; visible date only, Thursday 19 February, "yesterday"),
Frontier Rates Brief (specialist newsletter; NO date anywhere), SCTV News (broadcaster; JSON-LD
datePublished 2026-02-18T16:05+02:00, "this afternoon"). Legitimate traps: 6.50% vs 6.5% vs
"25bp"/"a quarter of a percentage point"; previous rate 6.75% equals South Africa's 6.75% repo
(other country's figure); 15:00 local vs 1300 GMT; "yesterday"/"this afternoon"/"on Wednesday"
all resolve to 18 February; inflation 3.4% with earlier 3.1% and forecast 3.6%; growth forecast
3.2% vs earlier 3.5% and 2025's 3.0%; N$61.8 billion vs US$3.4 billion; prime 10.25% vs 10.5%;
governor's name with/without middle name and "Dr"; the governor's quote in slightly different
wordings ("offer the economy some relief" / "offer some relief to the economy"); sidebar
figures for Botswana, Zambia and Mozambique policy rates; credit growth 4.1% vs 4.8% a year
earlier; economist's forecast of a further cut (a forecast, not a fact).

el-BB2 (election, 3 planted). True facts: Mupfure East (Mashonaland West, Zimbabwe) by-election
on Thursday 12 March 2026, polls 07:00-19:00, 58 polling stations, 65,450 registered voters,
called after the death in December 2025 of PPF MP Lazarus Chamunorwa Mhiri (seat held since
2018; 58.1% in 2023). Result declared at 03:40 on Saturday 14 March (01:40 GMT) by the
constituency returning officer Rutendo Chikore: Mercy Tariro Gumbochuma (NRA) 14,382 (52.6%),
Joseph Tapiwa Nyandoro (PPF) 11,907 (43.5%), Blessing Sithole (independent) 1,068 (3.9%); valid
27,357, rejected 412, cast 27,769, turnout 42.4%; margin 2,475. PLANTED: (1) turnout, right
42.4%, wrong 48.4% in Kariba Valley Broadcasting; (2) winning margin, right 2,475 votes, wrong
2,745 votes in Zambezi Press Agency (which also prints the correct vote totals); (3) role of
the official who declared the result, right "returning officer", wrong "ZEC chairperson" in
Harare Evening Post. Outlets: Chinhoyi Courier live page (article:published_time
2026-03-12T06:05+02:00, modified 2026-03-14T05:20+02:00, timestamped updates), Zambezi Press
Agency (wire; JSON-LD datePublished 2026-03-14T04:30+02:00), Harare Evening Post (newspaper;
visible date Monday 16 March only), Kariba Valley Broadcasting (broadcaster; NO date anywhere).
Legitimate traps: partial running totals on the live page (12, 31 and 49 of 58 stations, each
timestamped) vs the final count; ZEC's 14:00 turnout estimate of about 27% vs the final 42.4%;
2023 share 58.1% vs 2026 share 43.5% (a 14.6-point drop, "almost 15 points"); valid votes
27,357 vs total cast 27,769; 03:40 local vs 0140 GMT; "on Thursday"/"early on Saturday"
resolve from each page's date; names with and without middle names; "for eight years" vs "since
2018"; Gumbochuma's quote quoted in slightly different wordings; four stations opening up to 45
minutes late; Gumbochuma aged 44 and a teacher for 15 years.

ct-BB3 (court, CONTROL, planted = []). True facts: on Monday 11 May 2026, at about 10:30 local
(08:30 GMT), Justice Nchimunya Beatrice Hamaundu of the Zambian High Court sitting in Solwezi
ordered Kabompo Ridge Copper Ltd to pay K98.5 million (about US$3.7 million at K26.50) to 214
families (about 1,100 people) relocated in 2022 to the Mulonga resettlement site; pay within 90
days (by 9 August), sink six boreholes within 60 days, pay legal costs; 64-page judgment. The
families claimed K135 million when they sued in August 2023; the company offered K32 million in
2024. Lawyers: Mutale Chileshe (North-Western Land Rights Centre) for the families, Bernard
Sakala for the company (appeal undecided; any appeal goes to the Court of Appeal). Mine began
production in 2023, about 640 staff, about 48,000 tonnes of copper in 2025. Outlets: Limpopo
News Agency (wire; article:published_time 2026-05-11T09:47Z plus visible date), The Copperbelt
Mirror (newspaper; visible date Tuesday 12 May only, "yesterday"), Mining Law Digest (newsletter;
NO date anywhere). Legitimate traps: total award vs per-family figure (about K460,000); claim
K135 million vs award vs 2024 offer K32 million (about K150,000 per family; award about 73% of
the claim); kwacha vs dollars; 90-day payment deadline vs 60-day borehole deadline; 10:30 local
vs 0830 GMT; "yesterday"/"on Monday" both 11 May; 214 families vs about 1,100 people; judge's
name with/without middle name; judge's words quoted directly in one page and paraphrased in the
others; relocation 2022 vs filing 2023 vs production start 2023; sidebar of other cases.

tr-BB4 (trade, 3 planted). True facts: on Tuesday 23 June 2026, at a ceremony starting 11:00
local (09:00 GMT) at the Katima Mulilo border post, Namibia's Minister of Industries, Mines and
Trade Selma Ndeitunga Amupolo and Zambia's Minister of Commerce, Trade and Industry Chipo Kasonde
Mumba signed the Walvis Bay-Ndola Corridor Trade Facilitation Agreement: one-stop border post,
round-the-clock opening, single electronic manifest; average truck clearance to fall from about
38 hours to 14 hours by end-2027; bilateral trade N$9.6 billion in 2025 (about US$520 million at
N$18.45, about K13.8 billion) up from N$8.1 billion in 2024; Walvis Bay cargo to and from Zambia
1.3 million tonnes (2024: 1.1 million); about 420 trucks a day, 600 expected by 2028; in force
1 September, initial term ten years. PLANTED: (1) money, 2025 bilateral trade, right N$9.6
billion, wrong N$6.9 billion in The Windhoek Ledger; (2) duration, target clearance time, right
14 hours, wrong 16 hours in Corridor Logistics Weekly; (3) place of signing, right Katima
Mulilo, wrong Sesheke in LBN News. Outlets: Southern Wire Service (wire; article:published_time
2026-06-23T14:10Z plus visible date), The Windhoek Ledger (newspaper; visible date Wednesday 24
June only, "yesterday"), Corridor Logistics Weekly (newsletter; NO date anywhere), LBN News
(broadcaster; JSON-LD datePublished 2026-06-23T19:30+02:00, "this morning"). Legitimate traps:
N$ vs US$ vs kwacha conversions (N$9.6 billion = about US$520 million = about K13.8 billion);
2024 trade N$8.1 billion as an earlier value; current 38 hours vs target; "more than a day and a
half" (hauliers' paraphrase); "round the clock" vs "24 hours a day"; 420 vs 600 trucks (now vs
2028 projection); 1.3 vs 1.1 million tonnes; 11:00 local vs 0900 GMT; "Sept. 1" vs "1
September"; ministers' full titles vs "trade minister"/"commerce and trade minister", names with
and without middle names; "by the end of next year" = end-2027; a trucker's two nights at the
border (an anecdote); Walvis Bay-Ndola road distance in a sidebar.

rk-BB5 (rocket, CONTROL, planted = []). True facts: Kestrel Launch Systems (Cape Town) launched
its 8.2 m hybrid (paraffin wax / nitrous oxide) suborbital rocket Fynbos-2 from the Overberg Test
Range near Arniston on Thursday 20 August 2026 at 06:42 SAST (04:42 UTC), after a scrub on
Wednesday 19 August at T-minus 4 minutes (upper-level winds). Motor burn 58 s, about Mach 4.1
(roughly 5,000 km/h); apogee 112.4 km (69.8 miles) from GPS, announced at a 10:00 briefing; the
first radar estimate was about 110 km; lift-off to splashdown 9 min 48 s (splashdown about
06:52); 28 kg payload, four experiments from three universities; capsule recovered by boat at
09:15 about 60 km south of the range. CEO Lindiwe Mokoena-Jacobs, flight director Pieter van
Wyk. Fynbos-1 reached 38 km in November 2025; R84 million raised (about US$4.6 million at
R18.20); Fynbos-3 planned for 2027, about 150 km. Outlets: Cape Tech Live (live page;
article:published_time 2026-08-20T05:30+02:00, modified 10:20, timestamped updates), Cape Daily
Post (newspaper; visible date Friday 21 August only, "yesterday"), Orbital Frontier
(newsletter; NO date anywhere). Legitimate traps: preliminary radar apogee about 110 km vs
refined 112.4 km (made explicit, with timestamps); km vs miles; SAST vs UTC; Wednesday scrub vs
Thursday launch; 100 km Kármán line and 50-mile (80 km) US line as reference figures; Fynbos-1's
38 km and Fynbos-3's 150 km target; R84 million vs US$4.6 million; 58 s burn vs 9 min 48 s
flight; 06:42 launch vs 06:52 splashdown vs 09:15 recovery; CEO quote in slightly different
wordings and paraphrased; a student's R4,000 sensor.

eq-BB6 (earthquake, 3 planted). True facts: an earthquake struck Manica province, Mozambique, at
03:17 local (01:17 UTC) on Sunday 4 October 2026, about 35 km south-west of Chimoio near
Sussundenga, depth 12 km; USGS magnitude 5.8 (preliminary 6.0, revised); South Africa's Council
for Geoscience gave 5.7; aftershock of 4.6 at 05:02; 14 aftershocks of 3.0 or more by Monday
noon. By Monday: 7 dead, 46 injured, 1,240 houses damaged or destroyed; 600 tents; 23 schools
closed. Felt in Beira, Mutare and Harare. Governor Albertina Machava said "We have sent every
available ambulance and engineer to Sussundenga, and no family will be left to sleep in the
open." PLANTED: (1) magnitude, right 5.8, wrong 6.4 in Harare Sentinel; (2) local clock time of
the quake, right 03:17, wrong 04:17 in Rádio Pungwe Internacional; (3) speaker of the
ambulance quote, right Albertina Machava (governor), wrong Celso Matsinhe (named as INGD
provincial director) in Limpopo News Agency. Outlets: Beira Daily live page
(article:published_time 2026-10-04T04:05+02:00, modified 21:15, timestamped updates), Harare
Sentinel (newspaper; visible date Monday 5 October only, "yesterday", "last night"), Limpopo
News Agency (wire; article:published_time 2026-10-05T12:40Z plus visible date), Rádio Pungwe
Internacional (broadcaster; NO date anywhere). Legitimate traps: USGS preliminary 6.0 revised to
5.8 (explicit, timestamped); Council for Geoscience 5.7 (other agency, attributed); aftershock
magnitude 4.6 and the 2006 Machaze quake's 7.0 (other events); 03:17 local vs 0117 GMT;
partial death tolls on Sunday (3 at 09:40, 5 at 21:15; "at least five" in Monday's paper) vs 7
on Monday; 38 injured (Sunday) vs 46 (Monday); "more than 900" houses (first count) vs 1,240;
400 tents dispatched (Sunday) vs 600 distributed (Monday); distances to Beira, Mutare and
Harare; the governor's quote paraphrased in the Harare paper.
"""

import json
import unicodedata
from html import escape

_SHARE = (
    ("X", "https://twitter.com/intent/tweet?url="),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
    ("WhatsApp", "https://api.whatsapp.com/send?text="),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url="),
)


def _slug(text):
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return flat.lower().replace(" ", "-")


def _t(text):
    return escape(text, quote=False)


def _q(text):
    return escape(text, quote=True)


def _chunks(text):
    """Split a prose block into rendered HTML blocks (blank line separated)."""
    out = []
    for chunk in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("- "):
            items = []
            for ln in lines:
                if ln.startswith("- "):
                    items.append(ln[2:])
                else:
                    items[-1] += " " + ln
            lis = "".join(f"<li>{_t(' '.join(i.split()))}</li>" for i in items)
            out.append(f"<ul class=\"facts\">{lis}</ul>")
            continue
        para = " ".join(" ".join(lines).split())
        if para.startswith("## "):
            out.append(f"<h2>{_t(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f"<blockquote><p>{_t(para[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_t(para)}</p>")
    return out


_AD = (
    '<div class="ad-slot" role="complementary" aria-label="Advertisement">'
    "<span class=\"ad-label\">Advertisement</span><div class=\"ad-frame\"></div></div>"
)


def _page(
    *,
    site,
    domain,
    path,
    headline,
    body,
    byline,
    description,
    section="News",
    nav=("Home", "News", "Business", "Politics", "Sport", "Opinion"),
    published=None,
    modified=None,
    jsonld_date=None,
    jsonld_type="NewsArticle",
    visible_date=None,
    standfirst=None,
    updates=None,
    sidebar_title="In numbers",
    sidebar=(),
    related=(),
    most_read=(),
    tags=(),
    footer_note="",
):
    url = f"https://{domain}{path}"
    title = f"{headline} | {site}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_t(title)}</title>",
        f'<meta name="description" content="{_q(description)}">',
        f'<link rel="canonical" href="{_q(url)}">',
        f'<meta property="og:site_name" content="{_q(site)}">',
        f'<meta property="og:title" content="{_q(headline)}">',
        f'<meta property="og:url" content="{_q(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:section" content="{_q(section)}">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{_q(published)}">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{_q(modified)}">')
    for tag in tags:
        head.append(f'<meta property="article:tag" content="{_q(tag)}">')
    if jsonld_date:
        ld = {
            "@context": "https://schema.org",
            "@type": jsonld_type,
            "headline": headline,
            "datePublished": jsonld_date,
            "author": {"@type": "Person", "name": byline.replace("By ", "").split(",")[0]},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        ld_text = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{ld_text}</script>')
    head.append('<link rel="stylesheet" href="/static/css/site.css">')

    nav_html = "".join(
        f'<li><a href="/{_q(_slug(n))}/">{_t(n)}</a></li>' for n in nav
    )
    share_html = "".join(
        f'<li><a class="share-{_q(n.lower())}" href="{_q(u + url)}" rel="noopener">'
        f"Share on {_t(n)}</a></li>"
        for n, u in _SHARE
    )
    share_html += '<li><button class="copy-link" type="button">Copy link</button></li>'

    blocks = _chunks(body)
    body_parts = []
    for i, blk in enumerate(blocks):
        body_parts.append(blk)
        if i == 2 or (i == 8 and len(blocks) > 11):
            body_parts.append(_AD)
    if updates:
        body_parts.append('<div class="live-feed">')
        for iso, label, heading, text in updates:
            inner = "".join(_chunks(text))
            body_parts.append(
                f'<section class="live-update"><time datetime="{_q(iso)}">{_t(label)}</time>'
                f"<h3>{_t(heading)}</h3>{inner}</section>"
            )
        body_parts.append("</div>")

    meta_line = f'<p class="byline">{_t(byline)}</p>'
    if visible_date:
        meta_line += f'<p class="pubdate">{_t(visible_date)}</p>'
    stand = f'<p class="standfirst">{_t(standfirst)}</p>' if standfirst else ""

    side_items = "".join(f"<li>{_t(s)}</li>" for s in sidebar)
    related_items = "".join(
        f'<li><a href="{_q(p)}">{_t(h)}</a></li>' for h, p in related
    )
    most_items = "".join(f'<li><a href="{_q(p)}">{_t(h)}</a></li>' for h, p in most_read)

    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{_t(site)} uses cookies to remember your settings, measure traffic and show relevant
advertising. You can change your choices at any time.</p>
<button type="button" class="accept">Accept all</button>
<button type="button" class="manage">Manage preferences</button>
</div>
<header class="site-header">
<a class="logo" href="/">{_t(site)}</a>
<nav class="main-nav" aria-label="Main"><ul>{nav_html}</ul></nav>
<a class="subscribe" href="/subscribe/">Subscribe</a>
</header>
{_AD}
<main>
<article class="story">
<p class="kicker">{_t(section)}</p>
<h1>{_t(headline)}</h1>
{stand}
{meta_line}
<ul class="share-bar">{share_html}</ul>
<div class="article-body">
{chr(10).join(body_parts)}
</div>
<ul class="share-bar share-bottom">{share_html}</ul>
<section class="related"><h2>Related coverage</h2><ul>{related_items}</ul></section>
</article>
<aside class="sidebar">
{_AD}
<section class="sidebar-box"><h3>{_t(sidebar_title)}</h3><ul>{side_items}</ul></section>
<section class="most-read"><h3>Most read</h3><ol>{most_items}</ol></section>
</aside>
</main>
<footer class="site-footer">
<nav aria-label="Footer"><a href="/about/">About us</a> <a href="/contact/">Contact</a>
<a href="/privacy/">Privacy policy</a> <a href="/cookies/">Cookie settings</a>
<a href="/terms/">Terms of use</a> <a href="/advertise/">Advertise with us</a></nav>
<p>{_t(footer_note)}</p>
<p>&copy; {_t(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# cb-BB1 (control): Bank of Namibia cuts the repo rate to 6.50%
# ---------------------------------------------------------------------------

_CB_WIRE = _page(
    site="Southern Wire Service",
    domain="swire.example",
    path="/markets/2026/02/18/namibia-central-bank-cuts-repo-rate-to-6-50",
    headline="Namibia's central bank cuts repo rate to 6.50% as inflation stays contained",
    byline="By Tangeni Hamutenya",
    description="The Bank of Namibia lowered its repo rate by 25 basis points to 6.50%.",
    section="Markets",
    nav=("Home", "World", "Africa", "Markets", "Commodities", "Politics"),
    published="2026-02-18T13:22:00Z",
    visible_date="February 18, 2026 · 13:22 GMT",
    tags=("Namibia", "Central banks", "Interest rates"),
    body="""
WINDHOEK, Feb 18 (SWS) — The Bank of Namibia cut its repo rate by 25 basis points to 6.50% on
Wednesday, saying inflation remained comfortably contained and the economy needed support after
a softer end to 2025.

The decision by the central bank's Monetary Policy Committee, announced at 1300 GMT, lowers the
benchmark rate from 6.75%, where it had stood since the committee last moved in August 2025.
Eleven of 14 economists polled by SWS last week had expected a cut of that size, while three had
forecast no change.

"Inflation remains well anchored within our comfort zone, and that gives us room to offer the
economy some relief," Governor Elifas Nghipandulwa told a news conference in Windhoek. He said
the committee's decision had been unanimous.

Annual consumer inflation quickened to 3.4% in January from 3.1% in December, pushed up mainly
by food and transport costs, according to official data published earlier this month. The
central bank now expects inflation to average 3.6% over 2026, still well inside the range it
regards as consistent with the currency peg.

The bank also trimmed its growth outlook, projecting that the economy will expand by 3.2% this
year, compared with the 3.5% it had forecast in December. Nghipandulwa cited lower diamond
output and delays to several public construction projects. The economy is estimated to have
grown 3.0% in 2025.

Foreign exchange reserves stood at N$61.8 billion (about US$3.4 billion) at the end of January,
equivalent to 4.6 months of import cover, the governor said. That is enough, in the bank's
view, to support the Namibian dollar's one-to-one peg with the South African rand.

Because of the peg, the Bank of Namibia usually moves in step with the South African Reserve
Bank, which left its own repo rate unchanged at 6.75% in January. Wednesday's cut leaves
Namibia's rate a quarter point below South Africa's, a gap that analysts said the bank could
live with as long as reserves remain healthy.

Commercial banks' prime lending rate, which is set 3.75 percentage points above the repo rate,
will fall to 10.25% from 10.50%.

"This is a measured step, not the start of an aggressive easing cycle," said Ndapewa Shikongo,
chief economist at Etosha Capital Partners in Windhoek. She said she expected one further
quarter-point cut before the end of the year if inflation stays below 4%.

Private sector credit grew 4.1% year on year in December, the bank said, slower than the 4.8%
pace recorded a year earlier, as households remained wary of taking on new debt despite the
prospect of cheaper borrowing.

The Namibian dollar was little changed after the announcement at 18.21 per U.S. dollar,
tracking moves in the rand, which firmed slightly against a weaker dollar in afternoon trade.

The Monetary Policy Committee will announce its next decision on April 15.

(Reporting by Tangeni Hamutenya; Editing by Carla Jansen)
""",
    sidebar_title="Markets at a glance",
    sidebar=(
        "USD/NAD: 18.21",
        "USD/ZAR: 18.21",
        "Gold: US$2,905 an ounce",
        "Brent crude: US$71.40 a barrel",
        "Copper (LME, 3-month): US$9,480 a tonne",
    ),
    related=(
        ("South Africa's rand steadies ahead of budget speech", "/markets/rand-steadies-budget"),
        ("Namibian diamond output slips as demand weakens", "/commodities/namibia-diamond-output"),
        ("Botswana holds policy rate, flags mining slowdown", "/markets/botswana-holds-rate"),
    ),
    most_read=(
        ("Oil edges up on supply worries", "/commodities/oil-edges-up"),
        ("Zambia's kwacha hits three-month high", "/markets/kwacha-three-month-high"),
        ("Copper miners brace for power cuts", "/commodities/copper-power-cuts"),
    ),
    footer_note="Southern Wire Service is an independent news agency covering southern Africa.",
)

_CB_PAPER = _page(
    site="The Windhoek Ledger",
    domain="windhoekledger.example",
    path="/business/repo-cut-brings-modest-relief-for-borrowers",
    headline="Repo cut brings modest relief for borrowers",
    byline="By Martha Iipinge, Business Reporter",
    description="Home loan instalments will fall slightly after the Bank of Namibia's rate cut.",
    section="Business",
    visible_date="Thursday, 19 February 2026",
    standfirst=(
        "Bond holders will save about N$167 a month on a N$1 million loan as banks pass on the"
        " Bank of Namibia's quarter-point cut"
    ),
    body="""
Home owners and small businesses will pay slightly less on their loans from next month after the
Bank of Namibia yesterday lowered its repo rate by a quarter of a percentage point to 6.5%.

Governor Dr Elifas Tuhafeni Nghipandulwa announced the decision at 15:00 at the central bank's
headquarters in Windhoek. It is the first change to the rate since August last year, when the
Monetary Policy Committee brought it down to 6.75%.

"Inflation remains well anchored within our comfort zone and that gives us room to offer the
economy some relief," Nghipandulwa told journalists, adding that all members of the committee
had supported the cut.

The commercial banks' prime lending rate, which is linked to the repo rate, drops from 10.50% to
10.25%. Kalahari Commercial Bank said yesterday afternoon that it would pass the full cut on to
clients with effect from 1 March, and other lenders were expected to announce similar
adjustments today.

For a homeowner with a N$1 million bond repaid over 20 years, the monthly instalment falls from
about N$9,984 to roughly N$9,816, a saving of around N$167 a month, according to calculations by
the Ledger. On a vehicle loan the saving is smaller, but still welcome for families stretched by
rising food prices.

Those prices are the main reason the central bank did not go further. Annual inflation rose to
3.4% in January from 3.1% in December, with bread, maize meal and taxi fares among the items
that became more expensive. The bank expects inflation to average 3.6% this year.

At the same time the governor painted a more cautious picture of the economy. The bank now
expects growth of 3.2% in 2026, down from its December forecast of 3.5%, mainly because diamond
production has slowed and several road and housing projects have fallen behind schedule.

Josephina Nangolo, who runs a hardware shop in Katutura, said the cut would help her repay a
loan she took out to expand her store. "Every dollar counts. If the instalment goes down even a
little, that is one more bag of cement on the shelf," she said.

Economist Ndapewa Shikongo of Etosha Capital Partners described the decision as "measured" and
said one more cut this year was possible, provided inflation stayed below 4%.

Reserves are comfortable, the governor said, at N$61.8 billion, or 4.6 months of import cover,
at the end of January. Those reserves back the one-to-one peg between the Namibian dollar and
the rand, which means the bank cannot stray too far from the South African Reserve Bank.
Pretoria left its repo rate at 6.75% last month, so Namibia's rate now sits a quarter point
lower.

Property agents said the cut was unlikely to revive the housing market on its own. "Buyers are
waiting to see whether this is the first of several cuts," said Hendrik Louw, who runs an estate
agency in Windhoek's Klein Windhoek suburb.

The next decision of the Monetary Policy Committee is due on 15 April.
""",
    sidebar_title="Your money",
    sidebar=(
        "Repo rate: 6.50% (was 6.75%)",
        "Prime lending rate: 10.25% (was 10.50%)",
        "Inflation, January: 3.4%",
        "N$1m bond over 20 years: about N$9,816 a month",
        "Namibian dollar: N$18.21 per US dollar",
    ),
    related=(
        ("What the rate cut means for your car loan", "/business/rate-cut-car-loan-explainer"),
        ("Diamond slowdown weighs on growth outlook", "/business/diamond-slowdown-growth"),
        ("Editorial: Relief, but not a cure", "/opinion/editorial-relief-not-a-cure"),
    ),
    most_read=(
        ("City council approves new water tariffs", "/local/water-tariffs"),
        ("Brave Warriors name squad for qualifiers", "/sport/brave-warriors-squad"),
        ("Fuel price unchanged for March", "/business/fuel-price-unchanged"),
    ),
    footer_note="The Windhoek Ledger is published in Windhoek, Namibia.",
)

_CB_NEWSLETTER = _page(
    site="Frontier Rates Brief",
    domain="frontierrates.example",
    path="/briefs/namibia-a-quarter-point-off",
    headline="Namibia: a quarter point off, with one eye on Pretoria",
    byline="By Rutger Kamau, Senior Analyst",
    description="Our take on the Bank of Namibia's 25bp cut and what it means for the peg.",
    section="Central Bank Watch",
    nav=("Briefs", "Central Bank Watch", "FX", "Sovereign Debt", "Calendar", "About"),
    body="""
## The decision

The Bank of Namibia cut its repo rate by 25bp to 6.50% at its February meeting, the first change
since August 2025. The move matched the consensus among the analysts we follow and was,
according to Governor Elifas Nghipandulwa, unanimous. Commercial banks' prime lending rate falls
in lockstep to 10.25%.

## Key numbers

- Repo rate: 6.50% (previously 6.75%)
- Prime lending rate: 10.25% (previously 10.50%)
- CPI, January: 3.4% y/y (December: 3.1%)
- BoN 2026 inflation forecast: 3.6% average
- BoN 2026 GDP forecast: 3.2% (December projection: 3.5%)
- FX reserves, end-January: N$61.8bn, about 4.6 months of import cover
- Next decision: 15 April

## Why now

The committee's case rests on two pillars. First, inflation is drifting up only slowly. January's
reading of 3.4% was higher than December's 3.1%, but the increase came almost entirely from food
and transport, and the bank's own forecast of a 3.6% average for the year leaves a wide margin
below the level that would trouble it. The governor told reporters in Windhoek that inflation
was "well anchored within our comfort zone", which left room "to offer the economy some
relief".

Second, growth is fading. The bank shaved its 2026 forecast to 3.2% from 3.5%, blaming weaker
diamond output and slow progress on public works. Private sector credit growth of 4.1% in
December is hardly the sign of an economy that needs restraint.

## The peg constraint

Namibia's rate now sits 25bp below the South African Reserve Bank's 6.75%. Because the
Namibian dollar is pegged one-to-one to the rand, the Bank of Namibia has usually preferred to
keep its rate equal to or slightly above South Africa's, to avoid encouraging capital to drift
across the border into higher-yielding rand assets.

A negative gap is not unprecedented, but it only works when reserves are ample. At N$61.8bn,
roughly US$3.4bn at current exchange rates, and 4.6 months of import cover, they are. The
bank's informal floor is usually put at three months of cover, so the buffer is comfortable
rather than lavish.

## What borrowers get

The effect on households is real but modest. On a N$1 million, 20-year mortgage the monthly
payment falls by roughly N$167. Small businesses on overdrafts linked to prime will see a
similar proportional saving.

## Our view

We think the Bank of Namibia has one more 25bp cut in it this year, most likely in the second
half and conditional on the South African Reserve Bank not tightening. Ndapewa Shikongo, chief
economist at Etosha Capital Partners, holds the same view and describes the February move as
"measured" rather than the start of an aggressive easing cycle. The risk to that call is food
inflation: if January's acceleration continues, the April meeting becomes a hold.
""",
    sidebar_title="Regional policy rates",
    sidebar=(
        "Namibia (BoN repo): 6.50%",
        "South Africa (SARB repo): 6.75%",
        "Botswana (BoB Monetary Policy Rate): 3.50%",
        "Zambia (BoZ policy rate): 13.50%",
        "Mozambique (BdM MIMO rate): 9.25%",
        "Namibian dollar: pegged 1:1 to the rand",
    ),
    related=(
        ("SARB preview: the case for patience", "/briefs/sarb-preview-patience"),
        ("Botswana: holding pattern", "/briefs/botswana-holding-pattern"),
        ("Peg arithmetic: how low can Windhoek go?", "/briefs/peg-arithmetic-windhoek"),
    ),
    most_read=(
        ("Kwacha outlook after the copper rally", "/briefs/kwacha-outlook-copper"),
        ("Eurobond spreads in southern Africa", "/briefs/eurobond-spreads-southern-africa"),
        ("Our central bank calendar", "/calendar/"),
    ),
    footer_note=(
        "Frontier Rates Brief is an independent research newsletter. Nothing in it is investment"
        " advice."
    ),
)

_CB_TV = _page(
    site="SCTV News",
    domain="sctvnews.example",
    path="/news/economy/bank-of-namibia-cuts-repo-rate-to-6-5-percent",
    headline="Bank of Namibia cuts repo rate to 6.5 percent",
    byline="By Ester Shilongo, SCTV News",
    description="The Bank of Namibia has cut its repo rate by 25 basis points to 6.5 percent.",
    section="Economy",
    nav=("Home", "News", "Economy", "Regions", "Sport", "Watch Live", "Radio"),
    jsonld_date="2026-02-18T16:05:00+02:00",
    body="""
The Bank of Namibia has cut its repo rate by 25 basis points to 6.5 percent, the first change
since August last year.

Governor Elifas Nghipandulwa announced the decision at a media briefing in Windhoek this
afternoon. He said the Monetary Policy Committee had voted unanimously for the cut.

"Inflation is well anchored within our comfort zone, which gives us room to offer some relief to
the economy," Nghipandulwa said.

The move means the prime lending rate charged by commercial banks will drop to 10.25 percent,
from 10.5 percent, easing the burden on households with home loans, car loans and overdrafts.

Inflation, which measures the rise in the cost of living, climbed to 3.4 percent in January from
3.1 percent in December. The central bank expects it to average 3.6 percent over the year.

The governor also said the bank had lowered its forecast for economic growth this year to 3.2
percent, from the 3.5 percent it projected in December, because of weaker diamond production and
delays in construction projects.

## What it means for you

SCTV spoke to residents in Windhoek and Oshakati after the announcement.

Petrus Haufiku, who owns two taxis in Oshakati, said every little bit helped. "I have a loan on
both cars. It is not much, but I will take it," he said.

Maria Kandjii, a retired teacher in Khomasdal, was less impressed. "The rate goes down, but the
prices at the shop still go up. That is what people feel," she said.

Economist Ndapewa Shikongo of Etosha Capital Partners told SCTV the decision was a careful one.
She said she expected one more cut of a quarter of a percentage point this year, as long as
inflation stayed below 4 percent.

Namibia's foreign reserves stood at 61.8 billion Namibian dollars at the end of January, enough
to cover 4.6 months of imports, according to the central bank. The reserves support the
Namibian dollar's peg to the South African rand.

The South African Reserve Bank kept its rate at 6.75 percent in January, so Namibia's rate is
now a quarter of a percentage point lower than South Africa's.

Kalahari Commercial Bank said it would pass the cut on to its clients. Other banks are expected
to make announcements in the coming days.

The bank's next rate decision is due on 15 April.

Watch the full report on SCTV News at Seven, and listen to the governor's briefing on SCTV
Radio's Business Hour.
""",
    sidebar_title="Markets",
    sidebar=(
        "Namibian dollar: N$18.21 per US dollar",
        "NSX Overall Index: 1,684 points",
        "Petrol (Walvis Bay): N$21.18 a litre",
    ),
    related=(
        ("Explainer: what is the repo rate?", "/news/economy/explainer-what-is-the-repo-rate"),
        ("Diamond production falls at coastal mines", "/news/economy/diamond-production-falls"),
        ("Taxi fares under review in Oshakati", "/news/regions/oshakati-taxi-fares"),
    ),
    most_read=(
        ("Rain expected in the north this weekend", "/news/weather/rain-north-weekend"),
        ("Schools receive new textbooks", "/news/education/new-textbooks"),
        ("Brave Gladiators prepare for friendly", "/sport/brave-gladiators-friendly"),
    ),
    footer_note="SCTV News — television, radio and online from Windhoek.",
)


# ---------------------------------------------------------------------------
# el-BB2: Mupfure East by-election, Zimbabwe (3 planted disagreements)
# ---------------------------------------------------------------------------

_EL_LIVE = _page(
    site="Chinhoyi Courier",
    domain="chinhoyicourier.example",
    path="/live/2026/03/12/mupfure-east-by-election-live",
    headline="LIVE: Mupfure East by-election — NRA's Mercy Gumbochuma declared winner",
    byline="By the Chinhoyi Courier politics desk",
    description="Live updates on voting, counting and results in the Mupfure East by-election.",
    section="Politics",
    nav=("Home", "Mashonaland West", "Politics", "Farming", "Business", "Sport"),
    published="2026-03-12T06:05:00+02:00",
    modified="2026-03-14T05:20:00+02:00",
    tags=("Mupfure East", "By-election", "ZEC"),
    body="""
Voters in Mupfure East, Mashonaland West, went to the polls on Thursday to choose a new member of
the National Assembly after the death in December of the PPF lawmaker Lazarus Chamunorwa Mhiri.
Three candidates are standing. Follow our live coverage of voting, counting and the final
declaration below. All times are Central Africa Time (CAT, GMT+2); newest updates first.
""",
    updates=(
        (
            "2026-03-14T05:20:00+02:00",
            "Sat 14 March, 05:20",
            "Nyandoro: 'We will study every result sheet'",
            """
PPF candidate Joseph Nyandoro has spoken to our reporter outside the command centre. "We accept
that the people have spoken, but we will study every result sheet before we say anything more,"
he said. Asked whether the party would go to the Electoral Court, he said that decision would be
made by the party's leadership in Harare.

That is the end of our live coverage. Thank you for following the count with us.
""",
        ),
        (
            "2026-03-14T04:05:00+02:00",
            "Sat 14 March, 04:05",
            "Gumbochuma: 'This victory belongs to the farmers'",
            """
A visibly emotional Mercy Gumbochuma addressed NRA supporters singing outside the hall. "This
victory belongs to the farmers and the young people of Mupfure East who want roads, water and
jobs," she said. Gumbochuma, 44, is a former secondary school teacher and becomes the first
woman to represent the constituency.
""",
        ),
        (
            "2026-03-14T03:52:00+02:00",
            "Sat 14 March, 03:52",
            "FINAL RESULT: Gumbochuma wins by 2,475 votes",
            """
The returning officer, Rutendo Chikore, declared the result at 03:40 at the constituency command
centre at Mupfure High School. Final figures from all 58 polling stations:

- Mercy Tariro Gumbochuma (NRA): 14,382 (52.6%)
- Joseph Tapiwa Nyandoro (PPF): 11,907 (43.5%)
- Blessing Sithole (Independent): 1,068 (3.9%)

Valid votes: 27,357. Rejected ballots: 412. Total votes cast: 27,769 out of 65,450 registered
voters, a turnout of 42.4%.

The NRA gains the seat from the PPF, which won it at the 2023 general election with 58.1% of the
vote.
""",
        ),
        (
            "2026-03-13T23:10:00+02:00",
            "Fri 13 March, 23:10",
            "49 of 58 stations in",
            """
With results from 49 of the 58 polling stations posted outside the command centre, the running
totals are: Gumbochuma 12,170; Nyandoro 10,116; Sithole 902. The outstanding stations are mostly
in the farming wards along the river, where ballot boxes take longer to reach the centre.
""",
        ),
        (
            "2026-03-13T16:30:00+02:00",
            "Fri 13 March, 16:30",
            "More than half of stations counted",
            """
Results from 31 of 58 stations: Gumbochuma 7,902; Nyandoro 6,655; Sithole 590. Party agents
from both main parties say they are satisfied with the count so far.
""",
        ),
        (
            "2026-03-13T07:45:00+02:00",
            "Fri 13 March, 07:45",
            "First results posted",
            """
The first 12 of 58 polling station results are up: Gumbochuma 3,118; Nyandoro 2,604; Sithole
241. "It is early days," an NRA election agent told us. "The big wards have not come in."
""",
        ),
        (
            "2026-03-12T19:10:00+02:00",
            "Thu 12 March, 19:10",
            "Polls close, counting begins",
            """
Voting ended at 19:00 at most stations. People still in the queue at closing time are being
allowed to vote. Counting takes place at each polling station, and the results will then be
brought to the command centre at Mupfure High School.
""",
        ),
        (
            "2026-03-12T14:20:00+02:00",
            "Thu 12 March, 14:20",
            "Turnout around 27% by early afternoon",
            """
Zimbabwe Electoral Commission spokesperson Simon Dzvairo said turnout stood at about 27% at
14:00, based on reports from presiding officers. He expected it to rise in the late afternoon as
farmers return from their fields.
""",
        ),
        (
            "2026-03-12T09:30:00+02:00",
            "Thu 12 March, 09:30",
            "Late openings at four stations",
            """
Observers from Citizens' Election Watch say four polling stations opened up to 45 minutes late
because voting materials arrived late. "Apart from that, voting is calm and orderly," said the
group's observer coordinator, Lombe Tembo.
""",
        ),
        (
            "2026-03-12T07:05:00+02:00",
            "Thu 12 March, 07:05",
            "Polls open",
            """
Polls opened at 07:00 at 58 polling stations across the constituency. There are 65,450
registered voters. Queues were short in Mupfure township but longer at rural stations, where
many voters arrived before dawn.
""",
        ),
    ),
    sidebar_title="Final result",
    sidebar=(
        "Gumbochuma (NRA): 14,382",
        "Nyandoro (PPF): 11,907",
        "Sithole (Ind): 1,068",
        "Rejected ballots: 412",
        "Registered voters: 65,450",
    ),
    related=(
        ("Profile: who is Mercy Gumbochuma?", "/politics/profile-mercy-gumbochuma"),
        ("Tributes paid to Lazarus Mhiri", "/politics/tributes-lazarus-mhiri"),
        ("Farmers say roads are their top issue", "/farming/farmers-roads-top-issue"),
    ),
    most_read=(
        ("Tobacco auction floors open next week", "/farming/tobacco-auction-floors-open"),
        ("Chinhoyi caves reopen after repairs", "/local/chinhoyi-caves-reopen"),
        ("Local side reach cup quarter-finals", "/sport/cup-quarter-finals"),
    ),
    footer_note="The Chinhoyi Courier serves Mashonaland West.",
)

_EL_WIRE = _page(
    site="Zambezi Press Agency",
    domain="zpa.example",
    path="/politics/zimbabwe-nra-wins-mupfure-east-by-election",
    headline="NRA takes Mupfure East seat from PPF in Zimbabwe by-election",
    byline="By Farai Chingwaru",
    description="The NRA won the Mupfure East by-election, official results showed.",
    section="Politics",
    nav=("Home", "Africa", "Politics", "Economy", "Features", "Photos"),
    jsonld_date="2026-03-14T04:30:00+02:00",
    body="""
HARARE, March 14 (ZPA) — The National Renewal Alliance (NRA) captured the Mupfure East
parliamentary seat from the People's Progressive Front (PPF) in a by-election, official results
showed early on Saturday, a setback for the PPF in a rural constituency it had held since 2018.

NRA candidate Mercy Tariro Gumbochuma won 14,382 votes, or 52.6% of valid votes, against 11,907,
or 43.5%, for the PPF's Joseph Tapiwa Nyandoro, a margin of 2,745 votes. Independent candidate
Blessing Sithole took 1,068 votes, or 3.9%.

The result was declared at 03:40 local time (0140 GMT) by the constituency's returning officer,
Rutendo Chikore, after a count lasting more than 30 hours following Thursday's vote. Turnout
was 42.4% of the 65,450 registered voters, according to the Zimbabwe Electoral Commission (ZEC).
There were 412 rejected ballots.

The by-election was triggered by the death in December of the PPF's Lazarus Mhiri, who first won
the seat in 2018 and retained it in 2023 with 58.1% of the vote.

"This victory belongs to the farmers and the young people of Mupfure East who want roads, water
and jobs," Gumbochuma, a 44-year-old former teacher, told supporters at the command centre.

Nyandoro told reporters the PPF would "study every result sheet" before deciding its next steps,
and did not say whether the party would challenge the result in the Electoral Court.

Observers from Citizens' Election Watch described the poll as largely peaceful. Four of the
constituency's 58 polling stations opened up to 45 minutes late because voting materials arrived
late, the group said, but it reported no serious incidents.

Tinashe Mapfumo, a political scientist at the University of Zimbabwe, said the size of the swing
would worry the PPF. "Mupfure East was supposed to be safe. When a party loses almost 15 points
in a rural seat it knows well, something has changed on the ground," he said.

The NRA's campaign focused on rural roads, borehole drilling and the late payment of tobacco
growers, issues that resonated in a constituency where most households farm. The PPF campaigned
largely on Mhiri's record and his years of service to the area.

Gumbochuma is expected to be sworn in when the National Assembly resumes sitting later this
month.

Counting was slow in the farming wards along the river, where ballot boxes had to be carried to
the command centre at Mupfure High School over poor roads. With 49 of the 58 stations counted
late on Friday, Gumbochuma led by 12,170 votes to 10,116, and PPF agents at the centre
privately conceded that the remaining wards were unlikely to change the outcome.

Zimbabwe Electoral Commission spokesperson Simon Dzvairo said the commission was satisfied with
the conduct of the poll and would gazette the result in the coming days.

(Reporting by Farai Chingwaru; Editing by Naledi Khumalo)
""",
    sidebar_title="Mupfure East result",
    sidebar=(
        "NRA: 52.6%",
        "PPF: 43.5%",
        "Independent: 3.9%",
        "Polling stations: 58",
    ),
    related=(
        ("Explainer: how Zimbabwe's by-elections work", "/politics/explainer-by-elections"),
        ("Tobacco farmers wait for late payments", "/economy/tobacco-farmers-late-payments"),
        ("PPF leadership to meet after defeat", "/politics/ppf-leadership-meeting"),
    ),
    most_read=(
        ("Kariba water level rises after rains", "/africa/kariba-water-level"),
        ("Mozambique port volumes climb", "/economy/mozambique-port-volumes"),
        ("Malawi maize harvest forecast raised", "/africa/malawi-maize-forecast"),
    ),
    footer_note="Zambezi Press Agency — news from the Zambezi basin and beyond.",
)

_EL_PAPER = _page(
    site="Harare Evening Post",
    domain="hararepost.example",
    path="/politics/mupfure-east-how-the-ppf-lost-a-stronghold",
    headline="Mupfure East: how the PPF lost a stronghold",
    byline="By Tendai Musiiwa, Political Editor",
    description="Inside the count that handed Mupfure East to the NRA.",
    section="Politics",
    visible_date="Monday, March 16, 2026",
    standfirst=(
        "Complacency, late tobacco payments and a candidate who knocked on every door: why the"
        " NRA won a seat the PPF had held for eight years"
    ),
    body="""
When ZEC chairperson Rutendo Chikore stepped up to the microphone at Mupfure High School in the
early hours of Saturday, the PPF agents in the hall already knew what she was going to say. They
had spent Friday night adding up the result slips pinned outside polling stations, and the
numbers had stopped moving in their favour long before midnight.

At 03:40 she read out the figures: Mercy Tariro Gumbochuma of the NRA, 14,382 votes; Joseph
Nyandoro of the PPF, 11,907; the independent Blessing Sithole, 1,068. The margin of 2,475 votes
was wider than either party had predicted when campaigning ended.

Turnout in Thursday's by-election was 42.4%, low by the standards of a general election but
respectable for a by-election held in the middle of the harvest season.

The scale of the PPF's collapse is clearest when set against 2023. Then, the late Lazarus Mhiri
took 58.1% of the vote. On Thursday his party's candidate managed 43.5%, a drop of 14.6
percentage points in a constituency the PPF had treated as safe since 2018.

"We were complacent," admitted a PPF provincial organiser, Maxwell Chidzero. "We thought the
name Mhiri would carry us. People wanted to know what we would do next, not what we did before."

The NRA, by contrast, ran the kind of campaign normally reserved for marginal seats. Ruvimbo
Mandaza, its campaign manager, said Gumbochuma had visited all 21 wards at least twice. "She
slept in villages. She held meetings under trees. Nobody could say they had not seen her," she
said.

Above all, the NRA talked about money owed to tobacco growers. Several farmers in the
constituency say they are still waiting to be paid in full for leaf they sold last season.
"When a candidate tells you she will fight for your money, you listen," said Edmore Zhou, who
farms four hectares near Mupfure township.

Gumbochuma herself struck a conciliatory tone after the declaration. "This victory belongs to
the farmers and the young people of Mupfure East who want roads, water and jobs," she told
supporters, and promised to work with councillors from both parties.

Nyandoro has not conceded outright. He told reporters on Saturday that the PPF would study every
result sheet before deciding whether to go to court. Observers from Citizens' Election Watch
said the poll had been largely peaceful, noting only that four stations opened late.

For the PPF, the question now is whether Mupfure East is a one-off or a warning. The party holds
several rural seats with majorities smaller than Mhiri's was in 2023. Its national leadership is
due to meet in Harare this week, and some members are already asking whether the campaign was
left too much to local structures.

For the NRA, the result is a badly needed boost after a difficult year. Party officials were
quick to present it as proof that their message on farm incomes is working. Whether that holds in
constituencies where tobacco is not the main crop is another matter.
""",
    sidebar_title="How Mupfure East voted",
    sidebar=(
        "2023: PPF 58.1%",
        "By-election: NRA 52.6%, PPF 43.5%, Independent 3.9%",
        "Valid votes: 27,357",
        "Turnout: 42.4%",
    ),
    related=(
        ("Editorial: The lesson of Mupfure East", "/opinion/editorial-lesson-mupfure-east"),
        ("Tobacco payments: where is the money?", "/business/tobacco-payments-where-is-the-money"),
        ("Letters: readers on the by-election", "/opinion/letters-by-election"),
    ),
    most_read=(
        ("Council promises to fix Harare potholes", "/city/harare-potholes"),
        ("Fuel queues return in Bulawayo", "/news/fuel-queues-bulawayo"),
        ("Warriors coach names provisional squad", "/sport/warriors-provisional-squad"),
    ),
    footer_note="The Harare Evening Post is published Monday to Saturday.",
)

_EL_TV = _page(
    site="Kariba Valley Broadcasting",
    domain="kvb.example",
    path="/news/politics/nra-gumbochuma-wins-mupfure-east",
    headline="NRA's Gumbochuma wins Mupfure East by-election",
    byline="By Nyasha Kamba, KVB News",
    description="Mercy Gumbochuma of the NRA has won the Mupfure East by-election.",
    section="Politics",
    nav=("Home", "News", "Politics", "Regions", "Sport", "Listen Live", "Watch"),
    body="""
The National Renewal Alliance's Mercy Gumbochuma has won the Mupfure East by-election in
Mashonaland West, taking a seat that had been held by the People's Progressive Front since 2018.

The returning officer, Rutendo Chikore, announced the result at 03:40 on Saturday 14 March at the
constituency command centre at Mupfure High School, after more than a day of counting. Polling
took place on Thursday 12 March.

Gumbochuma received 14,382 votes. The PPF's Joseph Nyandoro received 11,907 votes and independent
candidate Blessing Sithole received 1,068. Gumbochuma won by a margin of 2,475 votes.

Turnout was 48.4 percent, according to the Zimbabwe Electoral Commission.

The by-election was held after the death in December of the constituency's member of parliament,
Lazarus Mhiri of the PPF. He had represented Mupfure East since 2018.

## Celebrations in Mupfure

KVB's Nyasha Kamba was at the command centre when the result was announced. NRA supporters sang
and danced in the car park until sunrise, while PPF agents left quietly.

Speaking to KVB, Gumbochuma said her first priority would be the roads that cut off farming
communities during the rains. "This victory belongs to the farmers and the young people of
Mupfure East. They want roads, they want water and they want jobs," she said.

She becomes the first woman to represent Mupfure East in the National Assembly. Before entering
politics she taught history at a secondary school in the constituency for 15 years.

Nyandoro said the PPF accepted that people had voted, but that it would study every result sheet
before saying more. He did not say whether the party would challenge the outcome.

## Voters speak

Voters who spoke to KVB in Mupfure township on Saturday morning gave mixed reactions. "I voted
for change because my tobacco money is still not paid," said Tsitsi Mukanya, a farmer. Another
voter, who asked not to be named, said he had voted PPF out of respect for the late Mhiri.

Observers from Citizens' Election Watch said voting was peaceful. They said four polling
stations opened late on Thursday because materials did not arrive on time, but voting went ahead
at all 58 stations.

The Zimbabwe Electoral Commission will now gazette the result. Gumbochuma is expected to take
her seat in the National Assembly when it resumes sitting.

Political analysts told KVB the result would be studied closely by both parties. The PPF has
held Mupfure East since 2018, and its defeat in a rural seat comes as farmers complain about late
payments for tobacco and poor roads. The NRA made both issues the centre of its campaign.

Gumbochuma said she would hold a series of meetings in all wards over the coming weeks to draw
up a list of priority projects. "I will not disappear to Harare. You will see me here," she
said.

Listen to the full interview with Mercy Gumbochuma on KVB Radio's Midday News.
""",
    sidebar_title="Result at a glance",
    sidebar=(
        "Winner: Mercy Gumbochuma (NRA)",
        "Votes: 14,382",
        "Runner-up: Joseph Nyandoro (PPF), 11,907",
        "Polling stations: 58",
    ),
    related=(
        ("Mashonaland West: roads in focus", "/news/regions/mashonaland-west-roads"),
        ("Tobacco season: prices so far", "/news/business/tobacco-prices-so-far"),
        ("PPF pays tribute to Mhiri", "/news/politics/ppf-tribute-mhiri"),
    ),
    most_read=(
        ("Kariba ferry schedule changes", "/news/regions/kariba-ferry-schedule"),
        ("Rains bring relief to farmers", "/news/weather/rains-relief-farmers"),
        ("Local derby ends goalless", "/sport/local-derby-goalless"),
    ),
    footer_note="Kariba Valley Broadcasting — radio and television for the Zambezi valley.",
)


# ---------------------------------------------------------------------------
# ct-BB3 (control): Zambian High Court orders copper miner to compensate families
# ---------------------------------------------------------------------------

_CT_WIRE = _page(
    site="Limpopo News Agency",
    domain="lna.example",
    path="/africa/2026/05/11/zambia-court-orders-copper-miner-to-pay-relocated-families",
    headline="Zambian court orders copper miner to pay K98.5 million to relocated families",
    byline="By Chilufya Mwenya",
    description="A Zambian judge ordered Kabompo Ridge Copper to compensate 214 families.",
    section="Africa",
    nav=("Home", "Africa", "Business", "Mining", "Law", "Multimedia"),
    published="2026-05-11T09:47:00Z",
    visible_date="11 May 2026 | 09:47 GMT",
    tags=("Zambia", "Mining", "Courts", "Land rights"),
    body="""
SOLWEZI, Zambia, May 11 (LNA) — A Zambian High Court judge on Monday ordered Kabompo Ridge Copper
Ltd to pay K98.5 million (about US$3.7 million) in compensation to 214 families who were moved
off their land in 2022 to make way for the company's open-pit mine in North-Western Province.

Justice Nchimunya Hamaundu, delivering judgment in Solwezi at about 0830 GMT, found that the
relocation had been carried out without adequate consultation and that the company had failed
to provide the families with comparable farmland, clean water and access to schools at the
resettlement site.

"The relocation was carried out in disregard of the families' rights to their homes and their
livelihoods," the judge said, reading from a 64-page judgment. "Development that leaves people
poorer than it found them cannot be called development."

The company must pay within 90 days and must also sink six boreholes at the Mulonga resettlement
site within 60 days, the court ruled. It was further ordered to pay the families' legal costs.

The families, about 1,100 people in total, had sought K135 million when they filed the case in
August 2023. Kabompo Ridge offered K32 million in 2024, an amount the families rejected as too
low. The award works out at roughly K460,000 per household.

Mutale Chileshe, a lawyer at the North-Western Land Rights Centre who represented the families,
said the ruling set an important precedent for mining areas. "This judgment tells every mining
company that people are not obstacles to be moved out of the way," she told reporters outside
the court.

Bernard Sakala, counsel for Kabompo Ridge, said the company respected the court and was studying
the judgment with its client team. "A decision on whether to appeal will be taken in due
course," he said. Any appeal would be heard by the Court of Appeal.

Kabompo Ridge, which began production in 2023, employs about 640 people and produced about 48,000
tonnes of copper last year, according to its annual report. Zambia is Africa's second-largest
copper producer after the Democratic Republic of Congo and has been trying to attract new
investment to raise output.

Community leaders at Mulonga, about 40 km from the mine, said residents had been forced to walk
several kilometres to fetch water since they were moved, and that the land they were given was
too sandy to grow maize.

"We will believe it when the money is in our hands," said headman Jonas Kapambwe, who travelled
to Solwezi to hear the judgment with about 60 other residents.

Mining companies in Zambia have faced growing scrutiny over resettlement as new projects in
North-Western Province expand. Rights groups say the Kabompo Ridge case is the first in which a
Zambian court has set compensation for a group resettlement of this size.

(Reporting by Chilufya Mwenya; Editing by Pieter Odendaal)
""",
    sidebar_title="Currency converter",
    sidebar=(
        "US$1 = K26.50",
        "US$1 = R18.30",
        "Copper (LME cash): US$9,615 a tonne",
    ),
    related=(
        ("Zambia copper output rises for third year", "/business/zambia-copper-output-rises"),
        ("Explainer: resettlement rules for mines", "/mining/explainer-resettlement-rules"),
        ("Rights groups urge new land law", "/law/rights-groups-urge-new-land-law"),
    ),
    most_read=(
        ("Malawi tobacco sales open strongly", "/business/malawi-tobacco-sales"),
        ("Botswana diamond sales slow", "/mining/botswana-diamond-sales"),
        ("Lesotho highlands water project update", "/africa/lesotho-water-project"),
    ),
    footer_note="Limpopo News Agency — independent reporting from southern Africa.",
)

_CT_PAPER = _page(
    site="The Copperbelt Mirror",
    domain="copperbeltmirror.example",
    path="/news/we-were-moved-like-furniture-mulonga-families-win-compensation",
    headline="'We were moved like furniture': Mulonga families win K98.5m",
    byline="By Grace Mulenga in Solwezi",
    description="The High Court has ordered Kabompo Ridge Copper to compensate 214 families.",
    section="News",
    nav=("Home", "News", "Copperbelt", "North-Western", "Business", "Sport", "Opinion"),
    visible_date="Tuesday 12 May 2026",
    standfirst=(
        "Judge orders Kabompo Ridge Copper to pay 214 households within 90 days and sink six"
        " boreholes at the resettlement site"
    ),
    body="""
Esther Nyirenda, 71, sat on a wooden bench at the back of the courtroom in Solwezi yesterday
morning, clutching a plastic bag with the papers she has carried to every meeting since 2022.
When the judge finished reading, she began to cry.

"We were moved like furniture," she said afterwards. "Today somebody finally said that was
wrong."

The High Court ordered Kabompo Ridge Copper Ltd to pay K98.5 million in compensation to the 214
households that were relocated from their villages to the Mulonga resettlement site to make room
for the company's open-pit copper mine. The award amounts to about K460,000 for each family.

Justice Nchimunya Beatrice Hamaundu began delivering her judgment at 10:30 and took more than an
hour to read the key parts of the 64-page ruling. She found that the company had moved the
families without proper consultation and had left them without adequate land, water or schools.
Development that leaves people poorer than before, she said, cannot be described as development.

The company has 90 days to pay, which means the money must reach the families by 9 August. It
must also drill six boreholes at Mulonga within 60 days and pay the families' legal costs.

The families had asked for K135 million when they went to court in August 2023. In 2024 the
company offered K32 million, which they turned down.

Their lawyer, Mutale Chileshe of the North-Western Land Rights Centre, said the judgment would
be read closely in every mining district. "This judgment tells every mining company that people
are not obstacles to be moved out of the way," she said on the court steps, where residents who
had travelled by bus from Mulonga sang hymns.

Kabompo Ridge's lawyer, Bernard Sakala, said the company respected the court's decision and
would study it. A decision on an appeal would be taken in due course, he said.

Life at Mulonga has been hard since the move, residents say. The nearest clean water is a
borehole at a clinic several kilometres away, and women and children walk there before dawn.
The soil on the plots the families were given is sandy and yields little maize.

"At our old village we had the stream and the dambo. We grew vegetables all year," said Jonas
Kapambwe, the headman, who organised the bus. "Here we buy everything."

The mine, which began production in 2023, employs about 640 people, some of them from the
relocated families. Several workers said they were glad the families had won but worried about
what an expensive ruling might mean for their jobs.

"We want the mine and we want justice. Those two things should not be enemies," said one
employee, who did not want to be named because he was not authorised to speak to the press.

Provincial officials did not comment on the ruling yesterday. The provincial minister's office
said it would study the judgment.
""",
    sidebar_title="The ruling in brief",
    sidebar=(
        "Award: K98.5 million for 214 households",
        "Pay within: 90 days",
        "Boreholes: six, within 60 days",
        "Claimed in 2023: K135 million",
        "Company offer in 2024: K32 million",
    ),
    related=(
        ("Opinion: Mining must pay its way", "/opinion/mining-must-pay-its-way"),
        ("Mulonga: a year without water", "/north-western/mulonga-a-year-without-water"),
        ("Solwezi traders welcome new market", "/north-western/solwezi-new-market"),
    ),
    most_read=(
        ("Power outages to ease, says utility", "/news/power-outages-ease"),
        ("Chipolopolo coach under pressure", "/sport/chipolopolo-coach"),
        ("Maize prices fall after harvest", "/business/maize-prices-fall"),
    ),
    footer_note="The Copperbelt Mirror is published in Kitwe, Zambia.",
)

_CT_NEWSLETTER = _page(
    site="Mining Law Digest",
    domain="mininglawdigest.example",
    path="/analysis/kabompo-ridge-resettlement-judgment",
    headline="Kabompo Ridge: what the Solwezi resettlement judgment means for miners",
    byline="By Adaeze Okonkwo-Banda, Contributing Editor",
    description="An analysis of the High Court's compensation award against Kabompo Ridge Copper.",
    section="Analysis",
    nav=("Digest", "Analysis", "Cases", "Regulation", "Events", "Subscribe"),
    body="""
## The ruling

Zambia's High Court, sitting in Solwezi, has ordered Kabompo Ridge Copper Ltd to pay K98.5
million (approximately US$3.7 million at current rates) to 214 families resettled in 2022 to
make way for its open-pit mine. Justice Nchimunya Hamaundu also ordered the company to sink six
boreholes at the Mulonga resettlement site within 60 days, to pay the compensation within 90
days, and to cover the plaintiffs' costs. The judgment was delivered on Monday 11 May.

## The numbers

- Total award: K98.5 million, roughly K460,000 per family
- Amount claimed when the suit was filed in August 2023: K135 million
- Share of the claim awarded: about 73%
- Company's 2024 settlement offer: K32 million, about K150,000 per family
- People affected: about 1,100 in 214 households

## The reasoning

The 64-page judgment turns on two findings. First, the court held that consultation before the
move was inadequate: meetings were held after key decisions had been taken, and several
households were never given written terms. Second, the resettlement package did not restore
the families' livelihoods. The plots at Mulonga were found to be smaller and less fertile than
the land they left, and the site lacked a reliable water supply.

Justice Hamaundu relied heavily on the company's own commitments. Kabompo Ridge's environmental
and social management plan referred to international good practice on involuntary resettlement,
including the principle that displaced people should be at least as well off after a move as
before. Having adopted that standard, the court reasoned, the company could not argue that it
was merely aspirational. In the judge's words, development that leaves people poorer than it
found them cannot be called development.

## Why it matters

For operators in North-Western Province and beyond, the judgment has three practical lessons.

First, voluntary commitments in project documents can become enforceable benchmarks. Lenders
and investors often require companies to adopt international resettlement standards; the
Kabompo Ridge ruling suggests a Zambian court may measure a company's conduct against them.

Second, the gap between the 2024 offer and the award is a warning about the cost of low
settlements. A negotiated deal closer to the families' expectations would almost certainly have
been cheaper than the K98.5 million now ordered, before legal costs.

Third, water is not a side issue. The borehole order, with its short 60-day deadline, signals
that courts will treat access to clean water as a core part of a resettlement package rather
than something to be provided later.

## What happens next

Bernard Sakala, counsel for Kabompo Ridge, said the company was studying the judgment and would
decide on an appeal in due course. Any appeal would go to the Court of Appeal. Counsel for the
families, Mutale Chileshe of the North-Western Land Rights Centre, said the ruling told mining
companies "that people are not obstacles to be moved out of the way".

Kabompo Ridge began production in 2023 and produced about 48,000 tonnes of copper last year. At
current prices the award is a manageable sum for an operation of that size, but the precedent
may prove more expensive than the cheque.
""",
    sidebar_title="Other cases we are tracking",
    sidebar=(
        "Lusaka: quarry blasting claim by 38 households (hearing pending)",
        "Copperbelt: tailings dam damages suit (mediation ordered)",
        "Eastern Province: grazing rights dispute with a graphite project",
    ),
    related=(
        ("Resettlement standards: a practitioner's checklist", "/guides/resettlement-checklist"),
        ("Zambia's mining licence conditions explained", "/regulation/zambia-licence-conditions"),
        ("Water rights and mines in southern Africa", "/analysis/water-rights-mines"),
    ),
    most_read=(
        ("Namibia's new mineral beneficiation rules", "/regulation/namibia-beneficiation-rules"),
        ("DRC cobalt export quotas: a primer", "/analysis/drc-cobalt-quotas"),
        ("How to read an environmental permit", "/guides/read-an-environmental-permit"),
    ),
    footer_note="Mining Law Digest is written for lawyers and compliance teams. Not legal advice.",
)


# ---------------------------------------------------------------------------
# tr-BB4: Namibia-Zambia corridor trade agreement (3 planted disagreements)
# ---------------------------------------------------------------------------

_TR_WIRE = _page(
    site="Southern Wire Service",
    domain="swire.example",
    path="/africa/2026/06/23/namibia-zambia-sign-deal-to-cut-border-delays",
    headline="Namibia, Zambia sign deal to cut border delays on Walvis Bay corridor",
    byline="By Tangeni Hamutenya",
    description="Namibia and Zambia signed a trade facilitation agreement at Katima Mulilo.",
    section="Africa",
    nav=("Home", "World", "Africa", "Markets", "Commodities", "Politics"),
    published="2026-06-23T14:10:00Z",
    visible_date="June 23, 2026 · 14:10 GMT",
    tags=("Namibia", "Zambia", "Trade", "Logistics"),
    body="""
KATIMA MULILO, Namibia, June 23 (SWS) — Namibia and Zambia signed an agreement on Tuesday to run
their busiest shared border post around the clock and sharply cut the time trucks spend there,
in a bid to draw more Zambian copper and imports through the Namibian port of Walvis Bay.

The Walvis Bay-Ndola Corridor Trade Facilitation Agreement was signed at the Katima Mulilo border
post by Namibia's Minister of Industries, Mines and Trade, Selma Amupolo, and Zambia's Minister of
Commerce, Trade and Industry, Chipo Mumba, at a ceremony that began at 1100 local time (0900
GMT).

Under the deal, customs and immigration officers from both countries will work side by side in a
single one-stop facility, and hauliers will submit one electronic cargo manifest instead of
separate paperwork on each side of the Zambezi River. The aim is to cut the average clearance
time for trucks from about 38 hours now to 14 hours by the end of 2027.

"A truck that waits at the border is money burning in the sun," Amupolo said in her speech.

Bilateral trade between the two countries reached N$9.6 billion (about US$520 million) in 2025,
up from N$8.1 billion in 2024, according to figures presented at the signing. Copper cathode and
other minerals dominate Zambia's shipments through Namibia, while Namibia sells fish, salt and
processed food to Zambia.

Cargo moving between Walvis Bay and Zambia totalled 1.3 million tonnes last year, compared with
1.1 million tonnes in 2024, according to the Namibian Ports Authority.

An average of about 420 trucks cross the border each day, a number officials expect to rise to
600 by 2028 as new mines in Zambia's North-Western Province increase output.

"Zambia is landlocked, but it does not have to be locked out," Mumba said. "Every hour we save
here is an hour our exporters can sell to the world."

The agreement takes effect on Sept. 1 and runs for an initial ten years, after which it can be
renewed.

Mwiya Lubasi, secretary general of the Trans-Zambezi Hauliers Association, welcomed the deal but
said its success would depend on how it was implemented. "Our drivers often sit for more than a
day and a half at this border. If the new system works, that changes everything. If the
computers go down, nothing changes," he said.

The corridor competes with routes through Durban in South Africa, Dar es Salaam in Tanzania and
Beira in Mozambique for Zambia's trade. Namibia has invested heavily in road and port capacity at
Walvis Bay to win a larger share of cargo bound for Zambia and the Democratic Republic of Congo.

(Reporting by Tangeni Hamutenya; Editing by Carla Jansen)
""",
    sidebar_title="Markets at a glance",
    sidebar=(
        "USD/NAD: 18.45",
        "USD/ZMW: 26.50",
        "Copper (LME, 3-month): US$9,720 a tonne",
        "Brent crude: US$73.10 a barrel",
    ),
    related=(
        ("Walvis Bay container volumes climb", "/africa/walvis-bay-container-volumes"),
        ("Zambia's copper exports hit record", "/commodities/zambia-copper-exports-record"),
        ("DRC miners look south for export routes", "/commodities/drc-miners-export-routes"),
    ),
    most_read=(
        ("Rand firms as inflation eases", "/markets/rand-firms-inflation"),
        ("Botswana diamond sales pick up", "/commodities/botswana-diamond-sales"),
        ("Angola oil output steady", "/commodities/angola-oil-output"),
    ),
    footer_note="Southern Wire Service is an independent news agency covering southern Africa.",
)

_TR_PAPER = _page(
    site="The Windhoek Ledger",
    domain="windhoekledger.example",
    path="/business/border-deal-aims-to-speed-up-zambia-trade",
    headline="Border deal aims to speed up Zambia trade",
    byline="By Martha Iipinge, Business Reporter",
    description="Namibia and Zambia have signed an agreement to cut delays at Katima Mulilo.",
    section="Business",
    visible_date="Wednesday, 24 June 2026",
    standfirst=(
        "Ministers promise one-stop clearance and round-the-clock opening at Katima Mulilo, but"
        " truckers say they will believe it when they see it"
    ),
    body="""
Trucks heading to and from Zambia should spend far less time waiting at Katima Mulilo under an
agreement signed there yesterday by the two countries' trade ministers.

Industries, Mines and Trade Minister Selma Ndeitunga Amupolo and her Zambian counterpart, Chipo
Kasonde Mumba, put their signatures to the Walvis Bay-Ndola Corridor Trade Facilitation
Agreement at 11:00 in a marquee beside the border post, watched by officials, hauliers and
traders from both sides of the Zambezi.

The deal will bring customs and immigration officers from Namibia and Zambia together under one
roof, keep the border open around the clock and replace two sets of paperwork with a single
electronic cargo manifest. The two governments want the average time a truck spends clearing the
border to fall from about 38 hours today to 14 hours by the end of next year.

Trade between the two countries was worth N$6.9 billion last year, and both ministers said they
wanted to see that figure doubled by the end of the decade.

"A truck that waits at the border is money burning in the sun," Amupolo told the gathering. "We
are putting out that fire today."

For Namibia, the corridor is about more than trade with Zambia. The port of Walvis Bay handled
1.3 million tonnes of cargo to and from Zambia last year, and officials hope the new agreement
will help it win business from the Democratic Republic of Congo as well. Every container that
travels through Namibia means work for drivers, warehouses and mechanics along the Trans-Caprivi
route.

Mumba said Zambia's exporters needed faster, cheaper routes to the sea. "Zambia is landlocked,
but it does not have to be locked out," she said.

Truck drivers waiting in the queue outside Katima Mulilo were cautiously hopeful. Gideon Sitali,
who drives copper from Chingola to Walvis Bay, said he had spent two nights at the border on his
last trip. "Two nights sleeping in the cab, no shower, paying for food. If they fix this, we will
be very happy," he said.

The Trans-Zambezi Hauliers Association, which represents transport companies on the corridor,
said the agreement was a step in the right direction. Its secretary general, Mwiya Lubasi, said
drivers often spent more than a day and a half at the border and warned that the new system
would only work if the computers and the staff were in place.

Local businesses in Katima Mulilo are already counting on more traffic. Lodge owner Bertha
Mwilima said she expected more business travellers. "When the border is fast, people stop for
one night instead of three. But more of them will come," she said.

About 420 trucks cross the border on an average day. Officials expect 600 by 2028.

The agreement will come into force on 1 September, once both governments have completed the
necessary formalities, and will run for ten years.
""",
    sidebar_title="Corridor in numbers",
    sidebar=(
        "Trucks a day at Katima Mulilo: about 420",
        "Walvis Bay cargo to and from Zambia: 1.3 million tonnes",
        "Current average clearance: about 38 hours",
        "Effective date: 1 September",
    ),
    related=(
        ("Trans-Caprivi highway upgrade on track", "/business/trans-caprivi-upgrade"),
        ("Walvis Bay port expansion: phase two", "/business/walvis-bay-phase-two"),
        ("Editorial: Open the gates", "/opinion/editorial-open-the-gates"),
    ),
    most_read=(
        ("Fuel price to rise in July", "/business/fuel-price-july"),
        ("Zambezi region schools get solar power", "/regions/zambezi-schools-solar"),
        ("Brave Warriors draw in friendly", "/sport/brave-warriors-draw"),
    ),
    footer_note="The Windhoek Ledger is published in Windhoek, Namibia.",
)

_TR_NEWSLETTER = _page(
    site="Corridor Logistics Weekly",
    domain="corridorlogistics.example",
    path="/briefing/walvis-bay-ndola-corridor-agreement",
    headline="Walvis Bay-Ndola corridor: what the new border agreement changes",
    byline="By Jens Mbwambo, Editor",
    description="A close read of the Namibia-Zambia trade facilitation agreement for hauliers.",
    section="Briefing",
    nav=("Briefing", "Ports", "Road Freight", "Rail", "Data", "Subscribe"),
    body="""
## The headline

Namibia and Zambia have signed the Walvis Bay-Ndola Corridor Trade Facilitation Agreement at the
Katima Mulilo border post. Namibia's trade minister, Selma Amupolo, and Zambia's commerce and
trade minister, Chipo Mumba, signed for their governments. The agreement enters into force on 1
September and has an initial term of ten years.

## What changes for hauliers

Four things matter for anyone moving freight on the corridor:

- A joint one-stop border post, with Namibian and Zambian customs and immigration working side
by side
- Round-the-clock opening at Katima Mulilo
- A single electronic cargo manifest accepted by both revenue authorities
- Mutual recognition of vehicle inspection certificates

The stated target is an average truck clearance time of 16 hours by the end of 2027, down from
roughly 38 hours today. For an operator running a truck that earns its keep on the road, that
difference is close to a full extra day of productive time on every round trip.

## The numbers behind it

- Bilateral trade, 2025: N$9.6bn (about US$520m), up from N$8.1bn in 2024
- Walvis Bay cargo to and from Zambia, 2025: 1.3 million tonnes (2024: 1.1 million tonnes)
- Average daily truck crossings: about 420, projected to reach 600 by 2028

## Our read

The agreement is strongest where it is most concrete. Joint inspections and a single manifest are
proven ideas on other African corridors, and both revenue authorities have been piloting a shared
data platform for more than a year. Round-the-clock opening is easy to sign and harder to staff;
the agreement commits both sides to additional shifts but is silent on how many officers will be
added.

The weakest point is the IT system. Mwiya Lubasi, secretary general of the Trans-Zambezi
Hauliers Association, put it bluntly at the signing: if the computers go down, nothing changes.
Operators we spoke to described outages on the existing systems that left trucks queuing for
hours with no manual fallback. The agreement provides for a joint technical committee, but it
will not meet until after the agreement takes effect.

There is also the question of what happens on either side of the border. A faster crossing is
only worth so much if trucks then meet weighbridge delays on the Trans-Caprivi highway or queues
at the port gate in Walvis Bay. The Namibian Ports Authority says it is adding capacity at the
port's truck staging area, and a new booking system is planned.

## Competitive position

The corridor is competing for Zambian and Congolese copper with Durban, Dar es Salaam and Beira.
Walvis Bay's pitch is reliability and a shorter sea leg to Europe and the Americas. The new
agreement strengthens that pitch, but only if it works from the first week. Hauliers have long
memories, and a corridor that fails its first test will find it hard to win them back.

## What to watch

- Whether the joint technical committee is named before 1 September
- Published monthly clearance-time figures, which the ministers promised but did not schedule
- Weighbridge and port-gate waiting times on the Namibian side
""",
    sidebar_title="Corridor data",
    sidebar=(
        "Walvis Bay to Ndola by road: about 2,450 km",
        "Trucks a day at Katima Mulilo: about 420",
        "Current average border clearance: about 38 hours",
    ),
    related=(
        ("Beira corridor: rail volumes rebound", "/briefing/beira-rail-volumes"),
        ("Dar es Salaam port: congestion eases", "/ports/dar-es-salaam-congestion"),
        ("Durban container terminal upgrade", "/ports/durban-terminal-upgrade"),
    ),
    most_read=(
        ("Diesel prices across the region", "/data/diesel-prices-region"),
        ("Driver fatigue rules compared", "/road-freight/driver-fatigue-rules"),
        ("Lobito corridor: first rail shipments", "/rail/lobito-first-shipments"),
    ),
    footer_note="Corridor Logistics Weekly is an independent newsletter for the freight industry.",
)

_TR_TV = _page(
    site="LBN News",
    domain="lbnnews.example",
    path="/business/zambia-namibia-sign-corridor-trade-agreement",
    headline="Zambia and Namibia sign corridor trade agreement",
    byline="By Mwape Chanda, LBN Business",
    description="Zambia and Namibia have signed an agreement to speed up trade through Walvis Bay.",
    section="Business",
    nav=("Home", "News", "Business", "Provinces", "Sport", "LBN TV", "LBN Radio"),
    jsonld_date="2026-06-23T19:30:00+02:00",
    body="""
Zambia and Namibia have signed an agreement aimed at speeding up trade through the port of Walvis
Bay, with a promise to cut the time trucks spend at the border between the two countries.

Commerce, Trade and Industry Minister Chipo Kasonde Mumba signed the Walvis Bay-Ndola Corridor
Trade Facilitation Agreement in Sesheke this morning with her Namibian counterpart, Industries,
Mines and Trade Minister Selma Amupolo. The ceremony started at 11:00.

The agreement will create a one-stop border post where officers from both countries work
together, and the border will stay open 24 hours a day. Truck drivers will only need one
electronic document for their cargo instead of two.

The two governments say the average time for a truck to clear the border will fall from about
38 hours to 14 hours by the end of 2027.

"Zambia is landlocked, but it does not have to be locked out," Mumba said after the signing.
"Every hour we save at the border is an hour our exporters can use to sell to the world."

## Trade worth K13.8 billion

Trade between Zambia and Namibia was worth 9.6 billion Namibian dollars last year, about K13.8
billion, up from 8.1 billion Namibian dollars in 2024. Zambia mainly sends copper and other
minerals through Namibia, and buys fish, salt and food products.

Namibia's minister, Selma Amupolo, said both countries would gain. "A truck that waits at the
border is money burning in the sun," she said.

## Truckers cautious

The Trans-Zambezi Hauliers Association welcomed the agreement. Its secretary general, Mwiya
Lubasi, told LBN that drivers now often wait more than a day and a half at the border. "If the
new system works, that changes everything. But if the computers go down, nothing changes," he
said.

Transporters in Lusaka said faster clearance would lower the cost of moving goods. "Time is
diesel, time is wages, time is money," said Chisenga Mwansa, who runs a fleet of 30 trucks from
the capital. He said his trucks currently take about a week to complete a return trip to Walvis
Bay.

About 420 trucks cross the border every day. The governments expect this to reach 600 by 2028.

The agreement will take effect on 1 September and will last for ten years, with the option to
renew it.

Economists say the deal could help Zambia reach its target of raising copper production, because
mines need reliable routes to get their metal to buyers overseas.

Watch the full report on LBN Business Tonight at 21:00.
""",
    sidebar_title="Exchange rates",
    sidebar=(
        "US$1 = K26.50",
        "US$1 = N$18.45",
        "N$1 = about K1.44",
    ),
    related=(
        ("Copper output: mines on track, says ministry", "/business/copper-output-on-track"),
        ("Explainer: what is a one-stop border post?", "/business/explainer-one-stop-border-post"),
        ("Kazungula bridge traffic grows", "/business/kazungula-bridge-traffic"),
    ),
    most_read=(
        ("Load-shedding hours reduced", "/news/load-shedding-hours-reduced"),
        ("Maize floor price announced", "/business/maize-floor-price"),
        ("Chipolopolo squad named", "/sport/chipolopolo-squad-named"),
    ),
    footer_note="LBN News — television, radio and digital from Lusaka.",
)


# ---------------------------------------------------------------------------
# rk-BB5 (control): Kestrel Launch Systems' Fynbos-2 suborbital flight, South Africa
# ---------------------------------------------------------------------------

_RK_LIVE = _page(
    site="Cape Tech Live",
    domain="capetechlive.example",
    path="/live/2026/08/20/fynbos-2-launch-overberg",
    headline="LIVE: Kestrel's Fynbos-2 rocket launch from the Overberg",
    byline="By Yusuf Davids and the Cape Tech Live team",
    description="Live coverage of the Fynbos-2 suborbital launch from the Overberg Test Range.",
    section="Space",
    nav=("Home", "Start-ups", "Space", "Energy", "Gadgets", "Events"),
    published="2026-08-20T05:30:00+02:00",
    modified="2026-08-20T10:20:00+02:00",
    tags=("Kestrel Launch Systems", "Fynbos-2", "Rockets"),
    body="""
Cape Town start-up Kestrel Launch Systems is making a second attempt to launch its Fynbos-2
suborbital rocket from the Overberg Test Range near Arniston, after Wednesday's attempt was
called off because of strong high-altitude winds. All times are South African Standard Time
(SAST, UTC+2). Newest updates first.
""",
    updates=(
        (
            "2026-08-20T10:15:00+02:00",
            "10:15",
            "Apogee confirmed at 112.4 km",
            """
At a briefing at 10:00, flight director Pieter van Wyk said GPS telemetry downloaded from the
recovered payload puts the peak altitude at 112.4 km, slightly higher than the radar-based
estimate of about 110 km given shortly after launch. That is about 69.8 miles.

"The radar number was always going to be rough. The GPS number is the one we will put in the
record books," Van Wyk said. That is where we will leave our live coverage. Thanks for joining
us so early.
""",
        ),
        (
            "2026-08-20T09:20:00+02:00",
            "09:20",
            "Payload recovered",
            """
Kestrel's recovery boat lifted the payload capsule out of the sea at 09:15, about 60 km south of
the range. Team members on the boat sent back a photo of the capsule, scorched but intact, on the
deck.
""",
        ),
        (
            "2026-08-20T08:05:00+02:00",
            "08:05",
            "'Everything else is detail'",
            """
Kestrel chief executive Lindiwe Mokoena-Jacobs has just spoken to reporters at the range. "Today
a rocket designed and built in the Western Cape touched space. That is the headline, and
everything else is detail," she said. She thanked the range staff and the three universities
whose experiments flew on board.
""",
        ),
        (
            "2026-08-20T06:53:00+02:00",
            "06:53",
            "Splashdown",
            """
The payload capsule splashed down under its parachute at about 06:52, ending a flight of 9
minutes 48 seconds from lift-off. The spent rocket body also fell into the sea inside the range's
safety area, as planned.
""",
        ),
        (
            "2026-08-20T06:47:00+02:00",
            "06:47",
            "Space!",
            """
Kestrel says radar tracking shows Fynbos-2 passed the 100 km Kármán line, the boundary commonly
used to mark the edge of space, and reached an apogee of about 110 km. A more precise figure will
come from the onboard GPS once the payload has been recovered. Cheers in the viewing area.
""",
        ),
        (
            "2026-08-20T06:44:00+02:00",
            "06:44",
            "Engine cut-off",
            """
The hybrid motor burned for 58 seconds, as planned, pushing the rocket to a top speed of about
Mach 4.1. The rocket is now coasting upwards.
""",
        ),
        (
            "2026-08-20T06:42:00+02:00",
            "06:42",
            "LIFT-OFF",
            """
Fynbos-2 has left the launch rail at 06:42! A bright white plume and a long roar that we felt in
our chests at the viewing area about 4 km away.
""",
        ),
        (
            "2026-08-20T06:10:00+02:00",
            "06:10",
            "Weather is go",
            """
The weather balloon released at 05:45 shows upper-level winds well within limits, Van Wyk says.
"Yesterday the jet stream was sitting right on top of us. Today it has moved north. We are go,"
he told the team over the loudspeaker.
""",
        ),
        (
            "2026-08-20T05:30:00+02:00",
            "05:30",
            "Good morning from the Overberg",
            """
Welcome to our live coverage. A quick recap: Wednesday's attempt was scrubbed at T-minus 4
minutes when winds high above the range exceeded safety limits. Fynbos-2 is an 8.2-metre
hybrid-propellant rocket that burns paraffin wax with nitrous oxide. It carries a 28 kg payload
with four experiments from three universities. Kestrel's previous rocket, Fynbos-1, reached 38 km
in November 2025. Today the goal is space: above 100 km.
""",
        ),
    ),
    sidebar_title="Fynbos-2 fact file",
    sidebar=(
        "Height: 8.2 m",
        "Propellant: paraffin wax and nitrous oxide",
        "Payload: 28 kg, four experiments",
        "Launch site: Overberg Test Range, Western Cape",
    ),
    related=(
        ("Inside Kestrel's Epping workshop", "/start-ups/inside-kestrel-workshop"),
        ("Why the Overberg is good for rockets", "/space/why-the-overberg"),
        ("Student satellites: what flies next", "/space/student-satellites-next"),
    ),
    most_read=(
        ("Solar tariffs: what households pay now", "/energy/solar-tariffs"),
        ("Cape Town's newest tech hub opens", "/start-ups/new-tech-hub"),
        ("Review: a budget phone that lasts", "/gadgets/budget-phone-review"),
    ),
    footer_note="Cape Tech Live covers technology and innovation from Cape Town.",
)

_RK_PAPER = _page(
    site="Cape Daily Post",
    domain="capedailypost.example",
    path="/news/western-cape-rocket-reaches-space",
    headline="Western Cape rocket reaches space on second try",
    byline="By Annelie Fourie, Science Writer",
    description="Kestrel Launch Systems' Fynbos-2 rocket flew to 112.4 km above the Overberg.",
    section="Science",
    nav=("Home", "News", "Western Cape", "Business", "Science", "Sport", "Lifestyle"),
    visible_date="Friday 21 August 2026",
    standfirst=(
        "Kestrel's Fynbos-2 climbs to 112.4 km after winds forced a delay, and the company is"
        " already talking about its next, bigger rocket"
    ),
    body="""
A small rocket built in a workshop in Epping soared past the edge of space yesterday morning,
giving Cape Town start-up Kestrel Launch Systems the flight it had been promising investors for
three years.

Fynbos-2 lifted off from the Overberg Test Range near Arniston at 06:42, a day later than planned
after Wednesday's attempt was scrubbed four minutes before launch because of strong winds high
above the range. The hybrid-fuelled rocket reached a peak altitude of 112.4 km, comfortably above
the 100 km Kármán line that is widely used to define where space begins.

The first altitude estimate, based on radar tracking, was about 110 km. Kestrel revised it to
112.4 km at a briefing mid-morning, after engineers had downloaded GPS data from the payload
capsule that was fished out of the sea.

"Today a rocket designed and built in the Western Cape touched space — that's the headline.
Everything else is detail," chief executive Lindiwe Mokoena-Jacobs said at the range.

The flight lasted 9 minutes and 48 seconds from lift-off to splashdown. The rocket's motor, which
burns paraffin wax with nitrous oxide, fired for 58 seconds and accelerated Fynbos-2 to about
Mach 4.1, roughly 5,000 km/h.

On board was a 28 kg payload carrying four experiments from the University of Cape Town,
Stellenbosch University and the University of the Witwatersrand. They included a study of how
plant seeds respond to a few minutes of weightlessness and a test of a low-cost radiation sensor
designed by Stellenbosch engineering students.

"We built the sensor for about R4,000. If it works up there, it can fly on a lot of small
satellites," said Thandiwe Ngcobo, a master's student who worked on the instrument. The capsule
was recovered by boat at 09:15 about 60 km south of the range.

The flight is a big step up for Kestrel. Its first rocket, Fynbos-1, reached 38 km in November
last year. The company has raised R84 million from private investors since it was founded, and
says the successful flight should make its next funding round easier.

Flight director Pieter van Wyk said the team had been tempted to launch on Wednesday despite the
wind readings. "We had everything ready and it is hard to walk away. But the rules are there for
a reason, and today the sky rewarded us for being patient," he said.

Kestrel's next rocket, Fynbos-3, is planned for 2027 and is designed to carry heavier payloads to
about 150 km. Mokoena-Jacobs said the company's long-term goal was a small rocket able to put
satellites into orbit from South African soil.

Space scientists welcomed the flight but cautioned that orbital launch was a far bigger
challenge. "Going up and coming down is one thing. Going fast enough sideways to stay up is a
different league," said Professor Rashid Abrahams, an astrophysicist at the University of Cape
Town, who was not involved in the project.

Residents of Arniston, who had gathered on the beach before sunrise, said the launch had been
worth the early start. "We saw the flame and then a white line going straight up. The children
were screaming," said Marlene Swart, who runs a guesthouse in the village.
""",
    sidebar_title="By the numbers",
    sidebar=(
        "Peak altitude: 112.4 km",
        "Flight time: 9 min 48 s",
        "Motor burn: 58 s",
        "Payload: 28 kg",
        "Money raised since founding: R84 million",
    ),
    related=(
        ("Editorial: Reaching for the sky", "/opinion/editorial-reaching-for-the-sky"),
        ("Arniston prepares for rocket visitors", "/western-cape/arniston-rocket-visitors"),
        ("South Africa's space history in pictures", "/science/space-history-pictures"),
    ),
    most_read=(
        ("Winter storm warning for the Cape", "/news/winter-storm-warning"),
        ("Stormers name side for derby", "/sport/stormers-derby-side"),
        ("New MyCiTi route starts Monday", "/western-cape/myciti-new-route"),
    ),
    footer_note="Cape Daily Post — news for the Western Cape.",
)

_RK_NEWSLETTER = _page(
    site="Orbital Frontier",
    domain="orbitalfrontier.example",
    path="/newsletter/fynbos-2-africa-private-suborbital",
    headline="Fynbos-2: a private African rocket crosses the Kármán line",
    byline="By Dr Kwame Asante-Lindqvist",
    description="Technical notes on Kestrel Launch Systems' Fynbos-2 suborbital flight.",
    section="Launch Log",
    nav=("Newsletter", "Launch Log", "Smallsats", "Policy", "Archive", "Subscribe"),
    body="""
## Flight summary

Kestrel Launch Systems of Cape Town flew its Fynbos-2 sounding rocket from the Overberg Test
Range in South Africa's Western Cape on Thursday 20 August, lifting off at 04:42 UTC (06:42
local time). An attempt on Wednesday was scrubbed at T-minus 4 minutes because upper-level winds
exceeded the range's limits.

- Apogee: 112.4 km (69.8 miles), from onboard GPS
- Initial radar estimate: about 110 km
- Motor burn: 58 s
- Peak speed: about Mach 4.1 (roughly 5,000 km/h)
- Lift-off to splashdown: 9 min 48 s
- Payload: 28 kg, four experiments from three universities
- Recovery: capsule retrieved by boat about 60 km downrange

## Why it matters

Plenty of amateur and university rockets have flown in southern Africa, and the region has a
long history of military rocketry. What Kestrel has done is different: a privately funded
company has taken a rocket it designed and built itself above the 100 km line that most of the
world uses as the boundary of space, and brought its payload back for reuse. Kestrel describes
it as the first privately built African rocket to reach space. We have not found a counter-
example, though the claim depends on how one defines private and African.

## The vehicle

Fynbos-2 is an 8.2 m single-stage rocket powered by a hybrid motor that burns paraffin wax with
nitrous oxide. Hybrids are popular with small launch start-ups: the propellants are cheap,
relatively safe to handle and the motor can be shut down on command. The trade-off is
performance. A 58-second burn taking a vehicle to Mach 4.1 is respectable for the class but
leaves little margin for heavier payloads, which is why Kestrel's next vehicle, Fynbos-3, is a
substantially larger design aimed at about 150 km in 2027.

## The altitude number

Readers may have seen two different altitude figures on launch day. Immediately after the flight
the company quoted about 110 km, based on range radar. After the capsule was recovered and its
GPS log downloaded, Kestrel announced 112.4 km at a mid-morning briefing. The GPS figure is the
one to use; radar estimates at that range are typically good to within a few kilometres.

## Money and people

Kestrel has raised R84 million (about US$4.6 million) since it was founded. Chief executive
Lindiwe Mokoena-Jacobs summed up the day in one line: a rocket designed and built in the
Western Cape had touched space, and everything else was detail. Flight director Pieter van Wyk
credited the decision to stand down on Wednesday. The company's previous rocket, Fynbos-1,
reached 38 km in November 2025.

## What next

The obvious question is orbit. Reaching 112 km and falling straight back down requires a small
fraction of the energy needed to put even a tiny satellite into a stable orbit. Kestrel says
orbit is its long-term goal, and the Overberg range, with its clear sea corridor to the south,
is a plausible site. For now, the more immediate business is a steady cadence of suborbital
research flights, and a customer list that will be easier to build after Thursday.
""",
    sidebar_title="Reference lines",
    sidebar=(
        "Kármán line: 100 km",
        "US astronaut-wings line: 50 miles (about 80 km)",
        "Fynbos-1 (November 2025): 38 km",
        "Exchange rate used: US$1 = R18.20",
    ),
    related=(
        ("Hybrid motors, explained", "/explainers/hybrid-motors"),
        ("Launch sites of the southern hemisphere", "/explainers/southern-launch-sites"),
        ("The suborbital research market", "/analysis/suborbital-research-market"),
    ),
    most_read=(
        ("Smallsat rideshare prices compared", "/smallsats/rideshare-prices"),
        ("Spectrum rules for cubesats", "/policy/spectrum-rules-cubesats"),
        ("Archive: rocket ranges of Africa", "/archive/rocket-ranges-africa"),
    ),
    footer_note="Orbital Frontier is a reader-supported newsletter about launch and smallsats.",
)


# ---------------------------------------------------------------------------
# eq-BB6: Manica province earthquake, Mozambique (3 planted disagreements)
# ---------------------------------------------------------------------------

_EQ_LIVE = _page(
    site="Beira Daily",
    domain="beiradaily.example",
    path="/live/2026/10/04/manica-earthquake-live",
    headline="LIVE: Earthquake shakes Manica province — deaths confirmed in Sussundenga",
    byline="By the Beira Daily news desk",
    description="Live updates after an earthquake struck Manica province in central Mozambique.",
    section="News",
    nav=("Home", "Sofala", "Manica", "Mozambique", "Business", "Sport", "English edition"),
    published="2026-10-04T04:05:00+02:00",
    modified="2026-10-04T21:15:00+02:00",
    tags=("Earthquake", "Manica", "Sussundenga"),
    body="""
An earthquake struck Manica province in central Mozambique at 03:17 on Sunday, waking people
across the province and in neighbouring Zimbabwe. We are following the response as it happens.
All times are Central Africa Time (CAT, UTC+2); newest updates first.
""",
    updates=(
        (
            "2026-10-04T21:15:00+02:00",
            "21:15",
            "Death toll rises to five",
            """
The Manica provincial government says five people are now confirmed dead and 38 injured, all in
Sussundenga district. More than 900 houses have been damaged or destroyed, according to a first
count by district officials. These figures are expected to change as teams reach outlying
villages tomorrow. We will continue our coverage in the morning.
""",
        ),
        (
            "2026-10-04T18:30:00+02:00",
            "18:30",
            "Governor visits Sussundenga",
            """
Manica's governor, Albertina Machava, has visited Sussundenga town, where several families spent
the afternoon under trees beside their damaged homes. "We have sent every available ambulance
and engineer to Sussundenga, and no family will be left to sleep in the open," she told
residents gathered outside the district administration building.
""",
        ),
        (
            "2026-10-04T14:10:00+02:00",
            "14:10",
            "Tents on the way",
            """
The National Institute for Disaster Risk Management (INGD) says trucks carrying 400 tents have
left its warehouse in Chimoio for Sussundenga. More tents are being sent from Beira.
""",
        ),
        (
            "2026-10-04T11:25:00+02:00",
            "11:25",
            "USGS revises magnitude to 5.8",
            """
The US Geological Survey has revised its preliminary magnitude of 6.0 down to 5.8 and puts the
depth at 12 km. South Africa's Council for Geoscience, which operates its own seismic network,
gives a magnitude of 5.7. Differences of this size between agencies are normal in the first
hours after a quake.
""",
        ),
        (
            "2026-10-04T09:40:00+02:00",
            "09:40",
            "Three confirmed dead",
            """
Sussundenga district administrator Lourenço Nhantumbo told our reporter by phone that three
people had died, two of them children, when the walls of their houses collapsed as they slept.
At least 20 people have been taken to the district hospital.
""",
        ),
        (
            "2026-10-04T07:15:00+02:00",
            "07:15",
            "Felt in Beira and Zimbabwe",
            """
Readers in Beira, about 200 km to the east, tell us they felt their beds shake. The quake was
also felt in Mutare and Harare in Zimbabwe, according to posts on social media and reports from
our colleagues across the border.
""",
        ),
        (
            "2026-10-04T05:10:00+02:00",
            "05:10",
            "Strong aftershock",
            """
A strong aftershock, measured at magnitude 4.6, hit the same area at 05:02, sending people who
had gone back inside running into the streets again.
""",
        ),
        (
            "2026-10-04T04:05:00+02:00",
            "04:05",
            "Earthquake strikes",
            """
The earthquake struck at 03:17 local time (01:17 UTC). The US Geological Survey gives a
preliminary magnitude of 6.0, with the epicentre about 35 km south-west of Chimoio, near the
town of Sussundenga. There are early reports of damaged houses. We will bring you more as we
get it.
""",
        ),
    ),
    sidebar_title="Emergency contacts",
    sidebar=(
        "INGD hotline: 1490",
        "Chimoio Provincial Hospital: 251 22 123",
        "Red Cross Manica: 251 23 456",
    ),
    related=(
        ("What to do after an earthquake", "/guides/after-an-earthquake"),
        ("Manica's fault lines explained", "/manica/fault-lines-explained"),
        ("How to help: appeals for Sussundenga", "/news/how-to-help-sussundenga"),
    ),
    most_read=(
        ("Beira port handles record cargo", "/business/beira-port-record"),
        ("Cyclone season outlook", "/news/cyclone-season-outlook"),
        ("Ferroviário win the derby", "/sport/ferroviario-derby"),
    ),
    footer_note="Beira Daily — news from central Mozambique, in Portuguese and English.",
)

_EQ_PAPER = _page(
    site="Harare Sentinel",
    domain="hararesentinel.example",
    path="/news/mozambique-quake-shakes-eastern-zimbabwe",
    headline="Mozambique quake shakes eastern Zimbabwe",
    byline="By Tafadzwa Mhaka, Mutare",
    description="An earthquake centred in Mozambique's Manica province was felt across Zimbabwe.",
    section="News",
    nav=("Home", "News", "Manicaland", "Business", "World", "Sport", "Opinion"),
    visible_date="Monday 5 October 2026",
    standfirst="Walls crack in Mutare as tremor centred near Sussundenga kills at least five",
    body="""
A magnitude 6.4 earthquake centred in Mozambique's Manica province shook eastern Zimbabwe in the
early hours of yesterday, cracking walls in Mutare and waking residents as far away as Harare.

The quake struck at 03:17, with its epicentre about 35 km south-west of the Mozambican city of
Chimoio, near the town of Sussundenga, roughly 60 km from the border. At least five people were
killed in Mozambique, all in Sussundenga district, Mozambican officials said last night.

In Mutare, residents rushed out of their homes in their nightclothes. "The whole house was
moving. The pots fell off the shelf and the dog would not stop barking," said Chipo Marange, who
lives in Sakubva. "We sat outside until the sun came up."

The Civil Protection Unit said it had received reports of cracked walls at 12 buildings in
Mutare and in Chimanimani, but no injuries in Zimbabwe. "Our teams have inspected the buildings
that were reported. None is in danger of collapse at this stage," said Tendai Marufu, the unit's
provincial coordinator for Manicaland.

Several churches held services outside yesterday morning because congregations were afraid to
sit under roofs. In Mutare's city centre, engineers from the city council checked the old
colonial-era buildings along Herbert Chitepo Street, where small pieces of plaster had fallen
onto the pavement.

In Harare, about 300 km from the epicentre, many people said they had felt a gentle rocking and
assumed it was a heavy truck passing. Social media filled with messages from people asking
whether others had felt it. Hotel guests in high-rise buildings in the capital reported swaying.

Across the border, the picture was far more serious. Mozambican officials said houses built of
mud brick had collapsed in villages around Sussundenga, and that most of the victims died when
walls fell on them as they slept. Manica's governor, Albertina Machava, visited the area and said
every available ambulance and engineer had been sent to help.

Zimbabwe's government said it stood ready to assist Mozambique if asked. Mozambique's National
Institute for Disaster Risk Management (INGD) said it was sending tents and food to the affected
area.

Geologists say the region sits on the southern end of the East African Rift system, which runs
through Mozambique and makes the area prone to occasional earthquakes. The strongest quake on
record in Mozambique, of magnitude 7.0, struck Machaze district, also in Manica province, in
February 2006.

"People forget because big earthquakes are rare here. But the faults are active and the next one
will come," said Dr Blessing Chiweshe, a geologist at the Midlands State University who studies
seismic risk in eastern Zimbabwe.

He urged councils in Manicaland to inspect schools and clinics in particular, many of which were
built without any consideration of earthquake risk.
""",
    sidebar_title="Quake facts",
    sidebar=(
        "Epicentre: near Sussundenga, Manica province, Mozambique",
        "Distance from Mutare: about 80 km",
        "Distance from Harare: about 300 km",
        "Machaze earthquake, 2006: magnitude 7.0",
    ),
    related=(
        ("Is Zimbabwe ready for a big earthquake?", "/opinion/is-zimbabwe-ready-earthquake"),
        ("Chimanimani rebuilding after Cyclone Idai", "/manicaland/chimanimani-rebuilding"),
        ("Mutare buildings to be inspected", "/manicaland/mutare-buildings-inspected"),
    ),
    most_read=(
        ("Fuel price cut announced", "/business/fuel-price-cut"),
        ("Harare water supply restored", "/news/harare-water-supply"),
        ("Dynamos win at Rufaro", "/sport/dynamos-win-rufaro"),
    ),
    footer_note="The Harare Sentinel is published daily in Harare, Zimbabwe.",
)

_EQ_WIRE = _page(
    site="Limpopo News Agency",
    domain="lna.example",
    path="/africa/2026/10/05/mozambique-quake-death-toll-rises-to-seven",
    headline="Mozambique earthquake death toll rises to seven, hundreds of homes damaged",
    byline="By Hélio Cossa",
    description="The death toll from Sunday's earthquake in Manica province has risen to seven.",
    section="Africa",
    nav=("Home", "Africa", "Business", "Mining", "Law", "Multimedia"),
    published="2026-10-05T12:40:00Z",
    visible_date="5 October 2026 | 12:40 GMT",
    tags=("Mozambique", "Earthquake", "Disasters"),
    body="""
CHIMOIO, Mozambique, Oct 5 (LNA) — The death toll from Sunday's magnitude 5.8 earthquake in
central Mozambique has risen to seven, with 46 people injured and 1,240 houses damaged or
destroyed, provincial authorities said on Monday.

The quake struck at 0117 GMT on Sunday, about 35 km south-west of Chimoio, the capital of Manica
province, at a depth of 12 km, according to the US Geological Survey, which initially put its
magnitude at 6.0 before revising it.

All the deaths were in Sussundenga district, where many houses are built of sun-dried brick and
collapsed as families slept. Two of the dead were children.

"We have sent every available ambulance and engineer to Sussundenga, and no family will be left
to sleep in the open," said Celso Matsinhe, provincial director of the National Institute for
Disaster Risk Management (INGD).

The institute said it had distributed 600 tents as well as food and blankets, and that 23
schools in the district had been closed so that engineers could inspect them. Classes are
expected to resume once buildings are declared safe.

Seismologists recorded 14 aftershocks of magnitude 3.0 or more by midday on Monday, the largest
of them a magnitude 4.6 tremor less than two hours after the main shock.

The earthquake was felt in the port city of Beira, about 200 km to the east, and in Mutare and
Harare in neighbouring Zimbabwe, where authorities reported cracked walls but no injuries.

At Sussundenga district hospital, staff said they had treated most of the injured for fractures
and cuts. "We worked through the night. Most patients are stable, but we have sent three to
Chimoio for surgery," said nurse Graça Mabunda.

Residents said the shaking lasted about 20 seconds. "There was a roar like a train, and then the
wall of the bedroom fell onto the bed," said Armando Sitoe, a farmer whose wife was injured.
"We are sleeping outside now. Nobody wants to go back in."

Mozambique lies on the southern end of the East African Rift system. The country's strongest
recorded earthquake, of magnitude 7.0, struck Machaze district, also in Manica, in February 2006.

Aid agencies said the immediate needs were shelter, clean water and help rebuilding before the
rainy season, which usually begins in November. The Mozambican Red Cross said volunteers were
going from house to house in outlying villages to check on elderly residents living alone.

Mozambique's government said it had not requested international assistance but would assess
needs once damage surveys were complete.

(Reporting by Hélio Cossa; Editing by Pieter Odendaal)
""",
    sidebar_title="Quake at a glance",
    sidebar=(
        "Magnitude (USGS): 5.8",
        "Depth: 12 km",
        "Deaths: 7",
        "Injured: 46",
        "Houses damaged or destroyed: 1,240",
    ),
    related=(
        ("Explainer: why does Mozambique have earthquakes?", "/africa/explainer-mozambique-quakes"),
        ("Beira rebuilds after last cyclone", "/africa/beira-rebuilds"),
        ("Zimbabwe offers help to neighbour", "/africa/zimbabwe-offers-help"),
    ),
    most_read=(
        ("Lesotho water deal signed", "/africa/lesotho-water-deal"),
        ("Zambia copper output climbs", "/business/zambia-copper-output"),
        ("Namibia fishing quotas announced", "/business/namibia-fishing-quotas"),
    ),
    footer_note="Limpopo News Agency — independent reporting from southern Africa.",
)

_EQ_RADIO = _page(
    site="Rádio Pungwe Internacional",
    domain="radiopungwe.example",
    path="/en/news/manica-earthquake-seven-dead",
    headline="Manica earthquake: seven dead, hundreds of homes damaged",
    byline="By Rádio Pungwe newsroom",
    description="Seven people have died after an earthquake in Manica province.",
    section="News",
    nav=("Início", "Notícias", "English", "Desporto", "Ouvir ao vivo", "Podcasts"),
    body="""
Seven people have died and 46 have been injured after an earthquake struck Manica province in
central Mozambique, according to the latest figures from the provincial government.

The earthquake struck at 04:17 on Sunday morning, local time, when most people were asleep. The
US Geological Survey measured its magnitude at 5.8. The epicentre was about 35 km south-west of
Chimoio, near Sussundenga.

All of the victims were in Sussundenga district. Officials say 1,240 houses were damaged or
destroyed, most of them built of mud brick.

## Governor: "No family will sleep in the open"

Manica's governor, Albertina Machava, visited Sussundenga on Sunday. "We have sent every
available ambulance and engineer to Sussundenga, and no family will be left to sleep in the
open," she said.

The National Institute for Disaster Risk Management, known by its Portuguese initials INGD,
says it has handed out 600 tents, along with food and blankets. Twenty-three schools in the
district have been closed while engineers check that the buildings are safe.

## Listeners describe the shaking

Rádio Pungwe listeners called in throughout Sunday to describe what they felt. A caller from
Gondola said her radio fell off the table. A man in Chimoio said he ran outside with his children
and did not go back in until daylight. Several callers from Sussundenga said they heard a loud
noise, like a train, just before the shaking started.

"I thought the house was going to fall on us. I took the baby and ran," said Rosa Tembe, who
called from a village near Sussundenga. "Our kitchen wall has fallen. We are cooking outside."

There have been many aftershocks. Seismologists say 14 aftershocks of magnitude 3.0 or more were
recorded by midday on Monday. The strongest was magnitude 4.6.

## Felt across the border

The earthquake was also felt in Beira and in Zimbabwe, in the cities of Mutare and Harare.
Zimbabwean authorities say some buildings in Mutare have cracks but nobody was hurt there.

Experts say earthquakes of this size are not common in Mozambique but they do happen, because
the region is at the southern end of the East African Rift. The strongest earthquake recorded
in Mozambique was in Machaze, also in Manica province, in 2006.

## What to do in an aftershock

The INGD advises people to stay away from damaged walls, to sleep outside or in tents if their
house is cracked, and to keep a torch and water nearby. If you feel shaking, drop to the ground,
cover your head and hold on until it stops.

Listen to our special programme on the earthquake, with interviews from Sussundenga, on Rádio
Pungwe every evening this week.
""",
    sidebar_title="Latest figures",
    sidebar=(
        "Dead: 7",
        "Injured: 46",
        "Houses damaged or destroyed: 1,240",
        "Tents distributed: 600",
        "Schools closed: 23",
    ),
    related=(
        ("How to check your house after an earthquake", "/en/guides/check-your-house"),
        ("Sussundenga farmers count the cost", "/en/news/sussundenga-farmers"),
        ("Ouça: entrevista com o governador", "/noticias/entrevista-governador"),
    ),
    most_read=(
        ("Chimoio market reopens", "/en/news/chimoio-market-reopens"),
        ("Maize prices in Manica", "/en/news/maize-prices-manica"),
        ("Textáfrica win at home", "/desporto/textafrica-win"),
    ),
    footer_note="Rádio Pungwe Internacional — broadcasting from Chimoio.",
)


STORIES = [
    {
        "id": "cb-BB1",
        "part": "BB",
        "domain": "central bank",
        "fetched": "2026-03-02",
        "articles": [_CB_WIRE, _CB_PAPER, _CB_NEWSLETTER, _CB_TV],
        "planted": [],
    },
    {
        "id": "el-BB2",
        "part": "BB",
        "domain": "election",
        "fetched": "2026-03-25",
        "articles": [_EL_LIVE, _EL_WIRE, _EL_PAPER, _EL_TV],
        "planted": [
            ("turnout", r"(?<!\d)42[.,]4", r"(?<!\d)48[.,]4"),
            (
                "winning margin in votes",
                r"(?<!\d)2[,. ]?475(?!\d)",
                r"(?<!\d)2[,. ]?745(?!\d)",
            ),
            ("role of the official who declared the result", r"returning officer", r"chair"),
        ],
    },
    {
        "id": "ct-BB3",
        "part": "BB",
        "domain": "court",
        "fetched": "2026-05-20",
        "articles": [_CT_WIRE, _CT_PAPER, _CT_NEWSLETTER],
        "planted": [],
    },
    {
        "id": "tr-BB4",
        "part": "BB",
        "domain": "trade",
        "fetched": "2026-07-06",
        "articles": [_TR_WIRE, _TR_PAPER, _TR_NEWSLETTER, _TR_TV],
        "planted": [
            (
                "value of bilateral trade in 2025",
                r"(?<![\d.])9[.,]6\s*(bn|billion)",
                r"(?<![\d.])6[.,]9\s*(bn|billion)",
            ),
            (
                "target average truck clearance time",
                r"(?<!\d)14[\s-]*(hours?|hrs?|h)\b",
                r"(?<!\d)16[\s-]*(hours?|hrs?|h)\b",
            ),
            ("place where the agreement was signed", r"katima", r"sesheke"),
        ],
    },
    {
        "id": "rk-BB5",
        "part": "BB",
        "domain": "rocket",
        "fetched": "2026-08-28",
        "articles": [_RK_LIVE, _RK_PAPER, _RK_NEWSLETTER],
        "planted": [],
    },
    {
        "id": "eq-BB6",
        "part": "BB",
        "domain": "earthquake",
        "fetched": "2026-10-15",
        "articles": [_EQ_LIVE, _EQ_PAPER, _EQ_WIRE, _EQ_RADIO],
        "planted": [
            ("magnitude", r"(?<![\d.])5\.8(?!\d)", r"(?<![\d.])6\.4(?!\d)"),
            (
                "local time the earthquake struck",
                r"(?<!\d)0?3[:.h]17(?!\d)",
                r"(?<!\d)0?4[:.h]17(?!\d)",
            ),
            ("who said the 'every available ambulance' quote", r"machava", r"matsinhe"),
        ],
    },
]
