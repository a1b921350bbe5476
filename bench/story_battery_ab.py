"""Story battery, part AB — Central Africa (Cameroon, Gabon, the Republic of the Congo, the DR Congo, Chad), events in 2026.

Written by engineer AB1 on 2026-12-07 for the thirty-second batch, a precision batch

Six invented stories, each told by three or four invented outlets (domains ending in .example)
as whole HTML pages. Three stories carry exactly three planted disagreements each (cb-AB1,
ct-AB3, rk-AB5); three are controls with no real contradiction (el-AB2, tr-AB4, eq-AB6).
Real institutions and places appear only as scenery; all outlets, reporters, companies,
figures and most officials are invented.

cb-AB1 (central bank, fetched 2026-04-08). True facts: the monetary policy committee of the
Bank of Central African States (BEAC) met in Yaoundé on Tuesday 24 March 2026 and cut the
policy (TIAO) rate by 25 bp from 4.50% to 4.25%; marginal lending facility 6.00% -> 5.75%;
deposit facility 0% and reserve requirements (7.0% demand, 5.0% term) unchanged; first move
since July 2025 (4.75% -> 4.50%). Inflation: 3.9% in 2025 (estimate), 3.4% projected for
2026, convergence ceiling 3%. Growth 3.1% (2025) -> 3.6% forecast (2026). External reserves
7,940 billion CFA francs at end-February (about EUR 12.1 billion at 655.957), 4.8 months of
imports, up from 7,310 billion (4.4 months) at end-December. Press conference at 17:00
Yaoundé time (16:00 GMT) by Governor Aurélien (Joseph) Nguema Mba. Next meeting 30 June.
PLANTED: (1) weekday of the meeting: right "Tuesday", wrong "Wednesday" (Radio Sangha
International, dated 26 March, "at Wednesday's meeting"); (2) 2026 inflation projection: right
3.4%, wrong 4.3% (Frontier Rates Brief); (3) end-February reserves: right 7,940 billion CFA
francs, wrong 9,740 billion (Equator Wire Service). Outlets and dating: Equator Wire Service
(wire; meta article:published_time 2026-03-24T18:05+01:00 plus visible date), The Douala
Ledger (newspaper; JSON-LD datePublished 2026-03-25 only; says "yesterday"), Frontier Rates
Brief (specialist newsletter; no date anywhere), Radio Sangha International (broadcaster;
visible date "26 March 2026" only). Legitimate traps: 4.25% vs "4.25 per cent"; 25 basis
points vs "a quarter of a percentage point"; 7,940 billion vs "7.94 trillion" vs "about
EUR 12.1 billion"; earlier reserves 7,310 billion / 4.4 months; 4.8 months vs "almost five
months"; 2025 inflation 3.9% vs 2026 projection 3.4% vs 3% ceiling; Cameroon's own 2025
inflation 4.1% and other countries' rates in the Ledger sidebar; growth 3.1% vs 3.6%;
17:00 local vs "5 p.m." vs 16:00 GMT; "yesterday" in a page dated 25 March = Tuesday 24
March; governor's name with/without middle name and full vs short title; quote given in
slightly different wordings; BCEAO 3.25% and BCC 17.50% in sidebars; newsletter's own
year-end forecast 4.00% (a forecast, not a decision); 26-week bill yield 5.42%.

el-AB2 (election, CONTROL, fetched 2026-06-02). True facts: by-election for the National
Assembly seat of Port-Gentil's 2nd arrondissement (Gabon) on Saturday 16 May 2026, polls
07:00-18:00 local (06:00-17:00 GMT); 48,312 registered voters, 63 polling stations; seat
vacated by Serge Mouity Ndjavé on becoming Minister of Fisheries and the Maritime Economy.
Provisional results (read Sunday 17 May at 21:35 local, 20:35 GMT): Clarisse Ndong-Mintsa
(RRG) 10,987 (53.14%), Fabrice Ognagna Lembé (ACJ) 7,149 (34.58%), Joël Mabika (ind.) 2,538
(12.28%); cast 21,245, valid 20,674, turnout 43.97%. Final results (Constitutional Court,
28 May, two tally sheets corrected): 11,012 (53.21%), 7,157 (34.58%), 2,525 (12.20%); cast
21,261, valid 20,694, blank/spoiled 567, turnout 44.01%; margin 3,855 votes / 18.63 points.
No planted disagreements. Outlets and dating: Télé Estuaire live page (broadcaster; meta
published/modified times and a visible "last updated" line; timestamped posts), Atlantic Coast
Press (wire; JSON-LD datePublished 2026-05-17 only), The Ogooué Courier (newspaper; no date
anywhere). Legitimate traps: live-page partial unofficial counts (24 of 63 and 41 of 63
stations, 52.8% etc.) with timestamps; OCS midday turnout estimate 21%; provisional vs final
figures, with the revision explained; 53.14% provisional vs 53.21% final; turnout 43.97% vs
44.01%; 2025 constituency turnout 51.6% ("down more than seven points"); local time vs GMT;
"Saturday's by-election" / "Sunday evening" in a page dated 17 May; candidate's name with and
without middle name (Clarisse Akoué Ndong-Mintsa); full ministerial title vs "fisheries
minister"; coordinator Léa Mboumba vs Léa Mboumba Nzamba; the Lambaréné by-election
(22,905 voters, turnout 38.2%) in sidebars; winner's quote in slightly different wordings.

ct-AB3 (court, fetched 2026-07-21). True facts: on Thursday 9 July 2026 the Lubumbashi Court
of Appeal (ruling read at 11:40 Lubumbashi time = 10:40 Kinshasa time = 09:40 GMT) upheld the
embezzlement conviction of Albert Kalenga Mwamba, former Haut-Katanga provincial minister of
infrastructure and public works (2021-2024), cut his sentence from 10 to 8 years, confirmed
repayment of $5.4 million (about 15.4 billion Congolese francs at 2,850) and added a 5-year
ban from office. First-instance verdict: Tribunal de grande instance of Lubumbashi,
18 December 2025. 27 witnesses over 11 hearings (March-June). Presiding judge / first
president Béatrice Ilunga Mbuyi; Advocate-General Jean-Pierre Kasongo Mutombo sought 15
years; co-defendants Didier Tshimanga Kabeya (5 -> 3 years) and Rose Kabwe Ngoy (2 years ->
acquitted). PLANTED: (1) Kalenga's former post: right "minister of infrastructure (and public
works)", wrong "mines minister" (Congo Basin Newswire); (2) witnesses heard: right 27, wrong
37 (Juris Afrique Weekly); (3) date of first-instance verdict: right 18 December 2025, wrong
18 November 2025 (The Copperbelt Observer). Outlets and dating: The Copperbelt Observer
(newspaper; meta article:published_time 2026-07-09T16:20+02:00 and visible date; says "this
morning"), Congo Basin Newswire (wire, Kinshasa; JSON-LD datePublished 2026-07-10 only; says
"on Thursday"), Juris Afrique Weekly (legal newsletter; no date anywhere). Legitimate traps:
11:40 Lubumbashi vs 10:40 Kinshasa vs 09:40 GMT (different time zones inside one country);
sentence 10 years at first instance vs 8 on appeal; prosecution's 15-year request; co-
defendants' sentences before/after; $5.4 million vs 15.4 billion Congolese francs; $9.1
million allocation vs $5.4 million traced; 64 km section vs about 11 km paved; names with and
without middle names (Albert Kalenga, Béatrice Ilunga, Patrick Mukendi); "presiding judge" vs
"first president"; arrest date 3 March 2025; quotes paraphrased; other cases in sidebars.

tr-AB4 (trade, CONTROL, fetched 2026-06-20). True facts: Cameroon's National Institute of
Statistics (INS) published first-quarter 2026 trade figures in Yaoundé on Tuesday 9 June 2026:
exports 1,284.6 billion CFA francs (+9.8% from 1,170.0), imports 1,612.3 billion (+1.9% from
1,582.9), deficit 327.7 billion (412.9 billion in Q1 2025; narrower by 85.2 billion or 20.6%),
coverage ratio 79.7% (73.9%; +5.8 points); cocoa beans 71,800 t (73,500 t; -2.3%) worth
386.4 billion (302.1 billion; +27.9%); crude oil 301.2 billion (-6.4%); sawn timber 88.7
billion; cotton fibre 42.9 billion; China 22.6% of imports, Netherlands 15.3% of exports;
exports to CEMAC 96.2 billion (Chad 61.4); Q4 2025 deficit revised to 394.1 billion from
389.5. No planted disagreements. Outlets and dating: The Wouri Business Daily (newspaper;
meta article:published_time 2026-06-10 plus visible date; says "yesterday"), Gulf of Guinea
Press Agency (wire; JSON-LD datePublished 2026-06-09 only; says "on Tuesday"), Cocoa & Timber
Monitor (newsletter; no date anywhere). Legitimate traps: billions vs trillions (1.28
trillion); EUR conversions at 655.957 (EUR 1.96 bn, 2.46 bn, about EUR 500 million vs EUR 629
million; cocoa EUR 589 million, timber EUR 135 million); USD conversions at a stated 590
francs per dollar ($555 million, about $2.2 billion); "by a fifth" vs 20.6%; percentage vs
percentage points for the coverage ratio; Q1 2025 earlier values; revision of the Q4 2025
deficit; March-only deficit 96.1 billion vs quarterly figure; unit values (about EUR 8,200 a
tonne vs EUR 6,270); mid-crop forecast 60,000 t (a forecast); neighbours' figures in a
sidebar (Gabon, Congo, Chad); names with and without middle names (Joseph-Marie Tchuente
Nkwi); quotes paraphrased.

rk-AB5 (rocket, fetched 2026-09-29). True facts: Gabon's first Earth-observation satellite
Ogooué-1 (118 kg, about 260 lb), built by AGEOS with SNMS of Toulouse, lifted off on an
Altair Light rocket (Aurora Orbital, flight AL-07, nine payloads) from the Guiana Space Centre
at 22:14 Kourou time on Tuesday 15 September 2026 = 01:14 UTC = 02:14 Libreville time on
Wednesday 16 September; separated 57 minutes after liftoff into a 535 km (about 332 miles)
sun-synchronous orbit inclined 97.5 degrees; first telemetry via a Norwegian station (03:52
Libreville); 1.5 m / 6 m resolution, 24 km swath, 5-year life; cost 19.6 billion CFA francs
(about EUR 29.9 million); first attempt scrubbed on Monday 14 September (local) for
high-altitude winds. PLANTED: (1) liftoff time in Libreville: right 02:14, wrong 03:14 (The
Libreville Courier); (2) orbit altitude: right 535 km, wrong 553 km (Equator Wire Service);
(3) liftoff-to-separation time: right 57 minutes, wrong 75 minutes (Orbital Ledger). Outlets
and dating: Radio-Télévision Nkomi live page (broadcaster; meta published/modified times,
visible "updated" line, timestamped posts in Libreville time), Equator Wire Service (wire;
JSON-LD datePublished 2026-09-16 only; "early on Wednesday"), Orbital Ledger (launch-log
newsletter; no date anywhere; times in UTC), The Libreville Courier (newspaper; visible date
"Thursday 17 September 2026" only; "yesterday morning"). Legitimate traps: 22:14 Kourou
(Tuesday) vs 01:14 UTC vs 02:14 WAT (Wednesday) across a date boundary; the scrub on Monday
(14 September local); separation at 03:11 on the live page; first signal 03:52 / "less than an
hour after separation"; kg vs lb and km vs miles; CFA francs vs euros; nine payloads vs
"eight rideshare payloads" plus the lead payload; 1.5 m vs 6 m resolution; minister's full vs
short title (Minister of the Digital Economy (and Innovation)); AGEOS director's name with
and without second surname; Altair Light flight counts in a sidebar; quotes paraphrased.

eq-AB6 (earthquake, CONTROL, fetched 2026-11-19). True facts: on Sunday 8 November 2026 at
04:37 local (CAT) = 02:37 UTC an earthquake of magnitude 5.4 (USGS, revised from a
preliminary 5.6; CRSN Lwiro local magnitude 5.3) struck beneath Lake Kivu about 9 km off the
Kalehe shore, some 50 km (31 miles) north of Bukavu, depth 12 km. Final toll (South Kivu
provincial government, Tuesday 10 November): 7 dead, 64 injured (19 seriously), 212 houses
destroyed, 1,130 damaged; Rwanda: 11 injured, 46 houses damaged. 14 aftershocks >= 2.5 in 24
hours, largest 4.1 at 11:02 local (09:02 UTC). No planted disagreements. Outlets and dating:
Radio Kivu Lumière live page (broadcaster; meta published/modified and visible "last update";
timestamped posts with partial tolls), Great Lakes Wire (wire; JSON-LD datePublished
2026-11-08 only; toll as of midday), The Kivu Herald (newspaper; visible date "Wednesday 11
November 2026" only; "yesterday" = Tuesday for the final toll), Rift Hazards Bulletin
(specialist bulletin; no date anywhere). Legitimate traps: preliminary 5.6 vs revised 5.4 vs
CRSN ML 5.3 (explained); local time vs UTC; partial tolls with timestamps (at least 2, at
least 5 / 38 injured, 6 / 51) vs final 7 / 64; aftershock count 9 "so far" vs 14 in 24 hours;
km vs miles; Rwanda figures (partial "several" on the day vs final 11); 250 million
Congolese francs vs about $88,000; minister's name with and without second surname
(Espérance Bahati Mugisho); seismologist Justin Mugaruka (Bisimwa); boats resuming Monday;
intensity VII / V / IV; other rift events in a sidebar.
"""

import html
import json
from urllib.parse import quote

__all__ = ["STORIES"]


def _esc(text):
    return html.escape(text, quote=False)


def _att(text):
    return html.escape(text, quote=True)


def _blocks(text):
    """Turn a wrapped text block into HTML paragraphs (blank lines separate paragraphs)."""
    out = []
    for block in text.strip().split("\n\n"):
        line = " ".join(part.strip() for part in block.strip().splitlines())
        if not line:
            continue
        if line.startswith("## "):
            out.append(f"<h2>{_esc(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_esc(line[2:])}</p></blockquote>')
        elif line.startswith("* "):
            items = [item.strip() for item in line[2:].split(" * ")]
            lis = "".join(f"<li>{_esc(item)}</li>" for item in items)
            out.append(f"<ul class=\"bullets\">{lis}</ul>")
        else:
            out.append(f"<p>{_esc(line)}</p>")
    return out


def _share(url, title, css):
    u = quote(url, safe="")
    t = quote(title, safe="")
    links = [
        ("X", f"https://x.example/intent/post?url={u}&text={t}"),
        ("Facebook", f"https://facebook.example/sharer/sharer.php?u={u}"),
        ("WhatsApp", f"https://wa.example/send?text={t}%20{u}"),
        ("LinkedIn", f"https://linkedin.example/shareArticle?url={u}"),
        ("Email", f"mailto:?subject={t}&body={u}"),
    ]
    anchors = " ".join(
        f'<a class="share-{name.lower()}" href="{_att(href)}" rel="noopener">{name}</a>'
        for name, href in links
    )
    return (
        f'<div class="{css}"><span class="share-label">Share this story</span> {anchors} '
        '<button type="button" class="copy-link">Copy link</button></div>'
    )


def _ad(slot):
    return (
        f'<div class="ad-slot ad-{slot}" data-ad-unit="{slot}" aria-hidden="true">'
        "<span class=\"ad-label\">Advertisement</span></div>"
    )


def _page(outlet, art):
    """Build a complete HTML document for one outlet's article.

    ``art`` keys: url, headline, body (wrapped text), byline, optional standfirst, section,
    published (meta article:published_time), modified, jsonld (datePublished), visible
    (date shown in the page), updates (list of (stamp, text) for live pages), sidebar
    (title, [items]), related ([(title, path)]), tags, description.
    """
    site = outlet["name"]
    base = outlet["base"]
    url = art["url"]
    headline = art["headline"]
    title = art.get("title", headline)
    kind = outlet["kind"]
    desc = art.get("description", art.get("standfirst", headline))
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)} | {_esc(site)}</title>",
        f'<meta name="description" content="{_att(desc)}">',
        f'<meta property="og:site_name" content="{_att(site)}">',
        f'<meta property="og:title" content="{_att(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_att(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if art.get("published"):
        head.append(f'<meta property="article:published_time" content="{art["published"]}">')
    if art.get("modified"):
        head.append(f'<meta property="article:modified_time" content="{art["modified"]}">')
    if art.get("section"):
        head.append(f'<meta property="article:section" content="{_att(art["section"])}">')
    head.append(f'<link rel="canonical" href="{_att(url)}">')
    head.append(f'<link rel="stylesheet" href="{_att(base)}/assets/css/main.css">')
    head.append(f'<link rel="icon" href="{_att(base)}/favicon.ico">')
    if art.get("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if art.get("updates") else "NewsArticle",
            "headline": headline,
            "datePublished": art["jsonld"],
            "author": {"@type": "Person", "name": art["byline"]},
            "publisher": {"@type": "Organization", "name": site, "url": base},
            "mainEntityOfPage": url,
        }
        blob = json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">\n{blob}\n</script>')
    nav = "".join(
        f'<li><a href="{_att(base)}/{_att(slug)}/">{_esc(label)}</a></li>'
        for label, slug in outlet["nav"]
    )
    cookie = (
        '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
        f"<p>{_esc(outlet['cookie'])} "
        f'<a href="{_att(base)}/privacy/">Privacy policy</a></p>'
        '<button type="button" class="btn-accept">Accept all</button> '
        '<button type="button" class="btn-reject">Reject non-essential</button> '
        '<button type="button" class="btn-settings">Settings</button></div>'
    )
    header = (
        f'<header class="masthead"><a class="logo" href="{_att(base)}/">{_esc(site)}</a>'
        f'<p class="tagline">{_esc(outlet["tagline"])}</p>'
        '<form class="search" action="/search" role="search"><input type="search" name="q" '
        'placeholder="Search"><button type="submit">Go</button></form>'
        f'<nav class="primary-nav" aria-label="Sections"><ul>{nav}</ul></nav></header>'
    )
    body = []
    section = art.get("section", "News")
    body.append(f'<p class="kicker"><a href="{_att(base)}/">{_esc(section)}</a></p>')
    body.append(f"<h1>{_esc(headline)}</h1>")
    if art.get("standfirst"):
        body.append(f'<p class="standfirst">{_esc(art["standfirst"])}</p>')
    byline = f'<span class="author">By {_esc(art["byline"])}</span>'
    if art.get("visible"):
        byline += f' <span class="dateline-date">{_esc(art["visible"])}</span>'
    body.append(f'<p class="byline">{byline}</p>')
    body.append(_share(url, headline, "share-bar share-top"))
    if art.get("figure"):
        body.append(
            f'<figure class="lead-image"><img src="{_att(base)}/img/{_att(art["figure"][0])}" '
            f'alt="{_att(art["figure"][1])}"><figcaption>{_esc(art["figure"][1])}</figcaption>'
            "</figure>"
        )
    paras = _blocks(art["body"])
    text = []
    for i, para in enumerate(paras):
        text.append(para)
        if i == 2:
            text.append(_ad("inarticle-1"))
        if i == 8:
            text.append(_ad("inarticle-2"))
    body.append('<div class="article-body">\n' + "\n".join(text) + "\n</div>")
    if art.get("updates"):
        feed = ['<section class="live-feed" aria-label="Live updates">',
                f"<h2>{_esc(art.get('feed_title', 'Latest updates'))}</h2>"]
        for n, (stamp, txt) in enumerate(art["updates"]):
            inner = "\n".join(_blocks(txt))
            feed.append(
                f'<article class="live-post" id="post-{len(art["updates"]) - n}">'
                f'<p class="post-time">{_esc(stamp)}</p>\n{inner}\n</article>'
            )
            if n == 3:
                feed.append(_ad("live-feed"))
        feed.append("</section>")
        body.append("\n".join(feed))
    if art.get("footnote"):
        body.append(f'<p class="editor-note">{_esc(art["footnote"])}</p>')
    body.append(_share(url, headline, "share-bar share-bottom"))
    if art.get("tags"):
        tags = ", ".join(
            f'<a href="{_att(base)}/topic/{_att(t.lower().replace(" ", "-"))}/">{_esc(t)}</a>'
            for t in art["tags"]
        )
        body.append(f'<p class="tags">Topics: {tags}</p>')
    side_title, side_items = art["sidebar"]
    side = "".join(f"<li>{_esc(item)}</li>" for item in side_items)
    most = "".join(
        f'<li><a href="{_att(base)}/{_att(path)}">{_esc(t)}</a></li>'
        for t, path in outlet["most_read"]
    )
    aside = (
        '<aside class="sidebar">'
        f'<section class="factbox"><h3>{_esc(side_title)}</h3><ul>{side}</ul></section>'
        + _ad("sidebar-mpu")
        + f'<section class="most-read"><h3>Most read</h3><ol>{most}</ol></section>'
        + '<section class="newsletter-signup"><h3>Get our briefing</h3>'
        '<form action="/subscribe" method="post"><input type="email" name="email" '
        'placeholder="Your email"><button type="submit">Sign up</button></form></section>'
        "</aside>"
    )
    rel = "".join(
        f'<li><a href="{_att(base)}/{_att(path)}">{_esc(t)}</a></li>'
        for t, path in art["related"]
    )
    related = f'<section class="related"><h3>Related coverage</h3><ul>{rel}</ul></section>'
    foot_links = "".join(
        f'<li><a href="{_att(base)}/{_att(slug)}/">{_esc(label)}</a></li>'
        for label, slug in (
            ("About us", "about"),
            ("Contact", "contact"),
            ("Advertise", "advertise"),
            ("Terms of use", "terms"),
            ("Cookie settings", "cookies"),
        )
    )
    copy = f"&copy; {art['year']} {_esc(site)}" if art.get("year") else f"&copy; {_esc(site)}"
    footer = (
        f'<footer class="site-footer"><ul class="footer-links">{foot_links}</ul>'
        f'<p class="imprint">{_esc(outlet["imprint"])}</p>'
        f"<p>{copy}. All rights reserved.</p></footer>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n'
        + "\n".join(head)
        + "\n</head>\n"
        + f'<body class="{_att(kind)}-page">\n'
        + cookie
        + "\n"
        + header
        + "\n"
        + _ad("leaderboard")
        + '\n<main class="layout">\n<article class="story">\n'
        + "\n".join(body)
        + "\n</article>\n"
        + aside
        + "\n"
        + related
        + "\n</main>\n"
        + footer
        + "\n</body>\n</html>\n"
    )


def _outlet(name, base, kind, tagline, nav, most_read, imprint, cookie=None):
    return {
        "name": name,
        "base": base,
        "kind": kind,
        "tagline": tagline,
        "nav": nav,
        "most_read": most_read,
        "imprint": imprint,
        "cookie": cookie
        or "We use cookies to run this site, measure our audience and show advertising.",
    }



# ---------------------------------------------------------------------------
# cb-AB1 - central bank (BEAC rate cut)
# ---------------------------------------------------------------------------

_EWS = _outlet(
    "Equator Wire Service",
    "https://www.equatorwire.example",
    "wire",
    "Fast, fair news from the Gulf of Guinea to the Great Lakes",
    [("World", "world"), ("Africa", "africa"), ("Markets", "markets"), ("Business", "business"),
     ("Science", "science"), ("Sport", "sport")],
    [("Chad opens tender for southern oil blocks", "africa/chad-oil-tender"),
     ("Kribi port container volumes hit record", "business/kribi-container-volumes"),
     ("Brazzaville airport runway works to finish early", "africa/maya-maya-runway"),
     ("Libreville fishing fleet modernisation plan unveiled", "africa/libreville-fishing-fleet")],
    "Equator Wire Service is an independent news agency. Republication requires a licence.",
)

_CB_A_URL = (
    "https://www.equatorwire.example/markets/2026/03/24/"
    "beac-cuts-policy-rate-to-425-as-inflation-eases"
)
_CB_A = _page(_EWS, {
    "url": _CB_A_URL,
    "headline": "BEAC cuts policy rate to 4.25% as CEMAC inflation eases",
    "section": "Markets",
    "byline": "Herve Fotso",
    "published": "2026-03-24T18:05:00+01:00",
    "visible": "March 24, 2026 6:05 PM WAT",
    "year": 2026,
    "body": """
YAOUNDÉ, March 24 (EWS) - The Bank of Central African States (BEAC) cut its main policy
rate by 25 basis points to 4.25% on Tuesday, saying inflation in the six-member CEMAC
monetary union was easing faster than it had projected in December.

The bank's monetary policy committee, which met at its headquarters in Yaoundé, also lowered
the marginal lending facility rate to 5.75% from 6.00%. The deposit facility rate was kept at
0%, and reserve requirement ratios were left unchanged at 7.0% for demand deposits and 5.0%
for term deposits.

The reduction is the committee's first move since July 2025, when it trimmed the rate to
4.50% from 4.75%.

"Inflation is coming back towards our target, but slowly," Governor Aurélien Nguema Mba told
a news conference that started at 17:00 local time. "Today's decision is a measured step, not
the start of a race to the bottom."

The BEAC estimates that consumer price inflation across the Economic and Monetary Community
of Central Africa averaged 3.9% in 2025. It now projects 3.4% for 2026, which would still be
above the community's convergence ceiling of 3%.

The committee forecast regional growth of 3.6% this year, up from an estimated 3.1% in 2025,
citing higher gas output in Cameroon and the Republic of the Congo and new manganese
capacity in Gabon.

External reserves stood at 9,740 billion CFA francs at the end of February, equivalent to 4.8
months of imports of goods and services, against 7,310 billion at the end of December, the
bank said in its closing statement.

Economists had been split before the meeting. Of eleven analysts polled by EWS last week, six
had forecast a cut and five a hold.

Sylvie Ekambi, head of research at Banque Atlantique du Wouri in Douala, said the move would
do little in the short term for borrowers, noting that small businesses in Cameroon often pay
more than 12% on bank loans. "Transmission is weak. Banks are sitting on liquidity and lending
to governments," she said.

Tomás Heller, Africa economist at Meridian Frontier Research in London, said the bank had
left itself room for another reduction later this year if oil prices hold up. "They have
rebuilt the reserve cushion, and that was always the precondition for easing," he said.

The CFA franc used by Cameroon, the Central African Republic, Chad, the Republic of the
Congo, Equatorial Guinea and Gabon is pegged to the euro at 655.957 francs, a parity
guaranteed by the French treasury. The peg means the BEAC has to weigh any easing against the
risk of capital outflows that would drain its reserves.

The bank said it would keep absorbing surplus liquidity through its weekly operations and
would publish a detailed monetary policy report within two weeks. The committee's next
scheduled meeting is on June 30.

(Reporting by Herve Fotso; Editing by Mireille Abanda)
""",
    "sidebar": ("Markets snapshot", [
        "BEAC policy rate: 4.25% (previously 4.50%)",
        "BEAC marginal lending facility: 5.75% (previously 6.00%)",
        "BCEAO (West African monetary union) policy rate: 3.25%, unchanged in March",
        "EUR/XAF: 655.957 (fixed parity)",
    ]),
    "related": [
        ("CEMAC finance ministers back new regional bond calendar", "markets/cemac-bond-calendar"),
        ("Cameroon sells 150 billion CFA francs of treasury bills", "markets/cameroon-bills"),
        ("Gabon manganese exporter lifts output guidance", "business/gabon-manganese-guidance"),
    ],
    "tags": ["BEAC", "Interest rates", "CEMAC", "Cameroon"],
})

_LEDGER = _outlet(
    "The Douala Ledger",
    "https://doualaledger.example",
    "newspaper",
    "Cameroon's independent daily of business and ideas",
    [("Home", ""), ("Economy", "economy"), ("Politics", "politics"), ("Littoral", "littoral"),
     ("Opinion", "opinion"), ("Culture", "culture"), ("Subscribe", "subscribe")],
    [("Why SME credit remains scarce in Cameroon", "economy/sme-credit-scarce"),
     ("Bonabéri bridge traffic plan: what changes for commuters", "littoral/bonaberi-traffic"),
     ("Opinion: the port needs a second container operator", "opinion/port-second-operator"),
     ("Makossa night returns to the Akwa waterfront", "culture/makossa-night")],
    "The Douala Ledger is published by Ledger Media SA, Rue Joss, Bonanjo, Douala.",
    "The Ledger and its partners use cookies to personalise content and ads.",
)

_CB_B_URL = "https://doualaledger.example/economy/beac-rate-cut-what-it-means-for-borrowers"
_CB_B = _page(_LEDGER, {
    "url": _CB_B_URL,
    "headline": "BEAC trims its key rate: why borrowers in Douala may not feel it yet",
    "standfirst": (
        "The regional central bank lowered its policy rate to 4.25 per cent yesterday, citing a "
        "steady fall in inflation and a much stronger reserve position."
    ),
    "section": "Economy",
    "byline": "Nadine Essomba, Economics correspondent",
    "jsonld": "2026-03-25T06:30:00+01:00",
    "year": 2026,
    "figure": ("beac-yaounde.jpg", "The headquarters of the Bank of Central African States in "
               "Yaoundé. Photo: Ledger archive"),
    "body": """
DOUALA - The Bank of Central African States lowered its benchmark rate by a quarter of a
percentage point yesterday, to 4.25 per cent, in a decision that most bankers in Cameroon's
commercial capital had half expected but few believe will quickly reach the counters of their
branches.

The monetary policy committee, chaired by the Governor of the Bank of Central African States,
Aurélien Joseph Nguema Mba, also cut the marginal lending facility rate from 6 per cent to
5.75 per cent. Its other instruments, including the reserve requirements imposed on
commercial banks, were left untouched.

At a press conference in Yaoundé that began shortly after 5 p.m., the governor described the
cut as "a measured step" and insisted the bank was not starting "a race to the bottom".
Inflation, he said, was coming back towards target "slowly, but it is coming back".

## Inflation and growth

The central bank now expects average inflation in the CEMAC zone to fall to 3.4 per cent this
year, from an estimated 3.9 per cent in 2025. Cameroon's own rate was higher last year, at 4.1
per cent according to the National Institute of Statistics, largely because of the fuel pump
price increases early in the year.

Growth across the six countries is forecast at 3.6 per cent in 2026, after 3.1 per cent last
year.

## A thicker cushion

The figure that seems to have tipped the balance is the level of foreign exchange reserves.
Pooled reserves reached 7.94 trillion CFA francs at the end of February, or about
€12.1 billion at the fixed parity of 655.957 francs to the euro. That is enough to cover 4.8
months of imports, compared with 4.4 months at the end of December, when reserves stood at
7,310 billion francs.

"Two years ago the bank would not have dared," said Sylvie Ekambi, head of research at Banque
Atlantique du Wouri. "The reserves are what give them the confidence. But for a bakery in
Akwa or a transporter in Bonabéri, nothing changes this month. Transmission is weak, and banks
still prefer lending to governments."

Ms Ekambi estimates that the average rate charged to small and medium-sized firms in Cameroon
is between 12 and 15 per cent, far above the policy rate. Six-month government paper sold on
the regional securities market, by contrast, has recently cleared at yields of a little over
5 per cent.

Rodrigue Itoua, treasurer at Banque de la Sangha in Brazzaville, said on the telephone that
liquidity in the Congolese banking system remained "abundant", and that the cut would mostly
lower refinancing costs for banks that hold large portfolios of public debt.

## What comes next

Analysts in London were quicker to speculate about further easing. Tomás Heller of Meridian
Frontier Research said the reserve position left room for "another reduction later this year,
if oil behaves".

The governor declined to give guidance. The committee meets next on 30 June.

For households, the most visible effect may come indirectly, through cheaper government
borrowing and, eventually, a loosening of credit for consumer loans and mortgages. Bankers
interviewed by the Ledger said they would review their base lending rates at their asset and
liability committees in April, but none committed to passing on the full quarter point.
""",
    "sidebar": ("Inflation in 2025, by country (national statistics offices, estimates)", [
        "Cameroon: 4.1%",
        "Central African Republic: 5.1%",
        "Chad: 4.6%",
        "Republic of the Congo: 3.2%",
        "Equatorial Guinea: 3.7%",
        "Gabon: 2.2%",
        "CEMAC average (BEAC estimate): 3.9%",
    ]),
    "related": [
        ("Fuel price review: what the government has promised", "economy/fuel-price-review"),
        ("Douala port container traffic up in February", "economy/port-traffic-february"),
        ("Editorial: cheaper money is not the same as more credit", "opinion/cheaper-money"),
    ],
    "tags": ["BEAC", "Banking", "Inflation"],
})

_FRB = _outlet(
    "Frontier Rates Brief",
    "https://frontierrates.example",
    "newsletter",
    "Short notes on frontier-market central banks, for people who price them",
    [("Briefs", "briefs"), ("CEMAC", "briefs/cemac"), ("WAEMU", "briefs/waemu"),
     ("East Africa", "briefs/east-africa"), ("Calendar", "calendar"), ("Log in", "login")],
    [("WAEMU: BCEAO holds, signals patience", "briefs/waemu/bceao-holds"),
     ("DR Congo: how the BCC's FX auctions work", "briefs/drc/bcc-fx-auctions"),
     ("Calendar: the second-quarter meetings", "calendar")],
    "Frontier Rates Brief is a subscription research service. Not investment advice.",
    "We use strictly necessary cookies and, with your consent, analytics cookies.",
)

_CB_C_URL = "https://frontierrates.example/briefs/cemac/beac-eases-again"
_CB_C = _page(_FRB, {
    "url": _CB_C_URL,
    "headline": "BEAC: a 25bp cut, a reserve story, and a guarded governor",
    "section": "CEMAC",
    "byline": "Priya Lindqvist",
    "body": """
Bottom line: the BEAC's monetary policy committee cut the TIAO, its main tender rate, by 25bp
to 4.25% at its meeting in Yaoundé on Tuesday 24 March. The marginal lending facility came
down by the same amount, to 5.75%. We had flagged the decision as a close call; the consensus
going in was split almost down the middle, with one wire survey showing six of eleven
economists expecting a cut.

## Why now

The statement leaned heavily on the external position. Reserves reached 7,940bn CFA francs at
end-February, or 4.8 months of import cover, up from 7,310bn at end-December. On our count
that is the best reading of import cover in more than a decade, and it removes the main
argument the hawks on the committee have used since 2023.

## The numbers that matter

* Inflation: the bank's 2026 projection for average CEMAC inflation is 4.3%, against a 2025
estimate of 3.9% and the 3% convergence criterion. * Growth: 3.6% expected for 2026, after
3.1% in 2025. * Instruments: deposit facility unchanged at 0%; reserve requirements unchanged
at 7.0% (demand deposits) and 5.0% (term deposits). * Liquidity: weekly absorption operations
continue.

Monthly prints in Cameroon and Gabon have been drifting lower since the fourth quarter, and
the fuel-price shock that lifted Cameroon's numbers in early 2025 is now out of the base.
Chad remains the outlier, with food prices in N'Djamena still volatile after a poor harvest
in the Sahelian belt.

## Tone

Governor Nguema Mba called the move "a measured step", adding that it should not be read as
the start of "a race to the bottom". We read that as a deliberate attempt to cap expectations
of a rapid easing cycle. He declined to give any guidance on the next meeting, scheduled for
30 June.

## Our call

We now see one more 25bp cut this year, more likely in September than in June, taking the
policy rate to 4.00% by year-end. The risks are oil, the path of the euro, and fiscal slippage
in two member states that are negotiating new IMF programmes. If Brent falls below $60 for a
sustained period, the reserve argument weakens quickly and we would take the second cut out
of our forecast.

## Market angle

For investors in the regional government securities market, the cut supports short-dated
paper. Cameroon's 26-week bills cleared at an average of 5.42% at the last auction before the
meeting; we expect the next auctions to clear 15-25bp lower. Congo and Gabon paper, which
trades at a premium to Cameroon's, should follow with a lag. Banks' excess reserves remain
large, so the transmission to lending rates for companies will be slow, as local bankers keep
telling us.

Data to watch: the next monthly consumer price releases from Yaoundé and Libreville, and the
BEAC's detailed monetary policy report, which should set out the assumptions behind the new
projections.
""",
    "sidebar": ("Policy rates at a glance", [
        "BEAC (CEMAC): 4.25%",
        "BEAC marginal lending facility: 5.75%",
        "BCEAO (WAEMU): 3.25%",
        "Banque Centrale du Congo (DR Congo): 17.50%",
        "Our year-end forecast for the BEAC rate: 4.00%",
    ]),
    "related": [
        ("CEMAC: reading the new reserve data", "briefs/cemac/reserve-data"),
        ("Cameroon: the T-bill curve after the cut", "briefs/cemac/cameroon-bill-curve"),
    ],
    "tags": ["BEAC", "CEMAC", "Rates"],
})

_RSI = _outlet(
    "Radio Sangha International",
    "https://www.radiosangha.example",
    "broadcaster",
    "The voice of the Congo Basin, on air and online",
    [("News", "en/news"), ("Economy", "en/economy"), ("Africa", "en/africa"),
     ("Programmes", "en/programmes"), ("Listen live", "en/live"), ("Français", "fr")],
    [("Congo: fuel shortages ease in Pointe-Noire", "en/news/pointe-noire-fuel"),
     ("Chad: cotton farmers await new season prices", "en/economy/chad-cotton-prices"),
     ("Cameroon: Kribi extends its container terminal", "en/economy/kribi-terminal")],
    "Radio Sangha International, Avenue Amilcar Cabral, Brazzaville.",
)

_CB_D_URL = "https://www.radiosangha.example/en/economy/central-bank-cuts-rates-cemac"
_CB_D = _page(_RSI, {
    "url": _CB_D_URL,
    "headline": "Central bank lowers interest rate for six Central African countries",
    "section": "Economy",
    "byline": "Jean-Baptiste Ngakosso, Economy desk",
    "visible": "26 March 2026",
    "year": 2026,
    "body": """
BRAZZAVILLE - The central bank shared by six Central African countries has lowered its main
interest rate, in a move that officials say should make borrowing slightly cheaper for banks
and, over time, for businesses and households.

At Wednesday's meeting in Yaoundé, the monetary policy committee of the Bank of Central
African States (BEAC) reduced the rate from 4.50% to 4.25%. The rate at which banks can borrow
overnight from the central bank in an emergency, known as the marginal lending facility, was
also lowered, to 5.75%.

The governor, Aurélien Nguema Mba, announced the decision at a news conference at 5 p.m.
Yaoundé time (16:00 GMT). He told journalists that inflation was falling back towards the
bank's target, though slowly, and said the cut was a careful step rather than the beginning
of a series of rapid reductions.

The BEAC expects inflation in the CEMAC zone to average 3.4% this year. Economic growth across
the region is forecast to pick up to 3.6%.

One reason for the bank's confidence is the level of its foreign currency reserves, which
reached 7,940 billion CFA francs at the end of February. That is enough to pay for almost
five months of imports, the bank said.

## Reactions in Brazzaville and N'Djamena

At the Total market in Bacongo, traders who spoke to Radio Sangha were sceptical that
anything would change for them. Marie-Josée Mabiala, who runs a small cold-storage business,
said she had been refused a loan twice last year. "If the banks lower their rates I will buy
a second refrigerated truck. But I will believe it when I see it," she said.

Professor Alphonse Ondongo, an economist at Marien Ngouabi University, said the first
beneficiaries would be governments. "Congo, Cameroon and Gabon all borrow heavily on the
regional market. Cheaper money for banks means cheaper bonds for the states. For small
traders, the effect will take much longer," he said.

In N'Djamena, Mahamat Saleh Abakar, a member of Chad's chamber of commerce, welcomed the
decision but said the bigger problem for Chadian firms was access to credit at all. "Many
banks here ask for guarantees that a young company cannot give," he said.

## What is a policy rate?

The policy rate is the interest rate the central bank charges commercial banks when they
borrow from it at its regular liquidity auctions. When it goes down, banks can in principle
lend more cheaply to their own customers. In practice, bankers say many other factors, such
as the risk of not being repaid, weigh more heavily on the rates they charge.

The CFA franc used in the six CEMAC countries - Cameroon, the Central African Republic, Chad,
the Republic of the Congo, Equatorial Guinea and Gabon - is pegged to the euro at 655.957
francs. The BEAC's next monetary policy meeting is scheduled for 30 June.
""",
    "sidebar": ("On air today", [
        "06:00 Morning news",
        "07:30 The Congo Basin press review",
        "12:30 Africa at midday",
        "18:15 Economy Weekly: the rate cut explained",
    ]),
    "related": [
        ("Explainer: how the CFA franc peg works", "en/economy/cfa-peg-explainer"),
        ("Congo: banks report strong deposit growth", "en/economy/congo-deposits"),
        ("Podcast: Economy Weekly", "en/programmes/economy-weekly"),
    ],
    "tags": ["Economy", "BEAC", "Republic of the Congo", "Chad"],
})

_CB = {
    "id": "cb-AB1",
    "part": "AB",
    "domain": "central bank",
    "fetched": "2026-04-08",
    "articles": [
        {"url": _CB_A_URL, "html": _CB_A},
        {"url": _CB_B_URL, "html": _CB_B},
        {"url": _CB_C_URL, "html": _CB_C},
        {"url": _CB_D_URL, "html": _CB_D},
    ],
    "planted": [
        ("day of the week of the BEAC monetary policy meeting", r"tuesday", r"wednesday"),
        ("BEAC projection of 2026 CEMAC average inflation",
         r"\b3\.4\s*(%|per\s?cent|percent)", r"\b4\.3\s*(%|per\s?cent|percent)"),
        ("CEMAC external reserves at end-February 2026",
         r"7[,.\s]?940\b|\b7\.94\b|12\.1\d?\s*billion", r"9[,.\s]?740\b|\b9\.74\b"),
    ],
}


# ---------------------------------------------------------------------------
# el-AB2 - election (control): Port-Gentil by-election, Gabon
# ---------------------------------------------------------------------------

_TELE = _outlet(
    "Télé Estuaire",
    "https://www.teleestuaire.example",
    "broadcaster",
    "Gabon's news channel - on TV, radio and online",
    [("Live", "live"), ("Gabon", "gabon"), ("Politics", "politique"), ("Economy", "economie"),
     ("Sport", "sport"), ("Replay", "replay")],
    [("Panthers squad named for the friendly in Franceville", "sport/panthers-squad"),
     ("Owendo port: new ferry link to Port-Gentil", "economie/owendo-ferry"),
     ("Weather: heavy rain expected on the coast", "gabon/weather-coast")],
    "Télé Estuaire SA, Boulevard Triomphal, Libreville.",
    "Télé Estuaire uses cookies to measure audiences and fund free journalism.",
)

_EL_A_URL = "https://www.teleestuaire.example/live/port-gentil-by-election-results"
_EL_A = _page(_TELE, {
    "url": _EL_A_URL,
    "headline": "LIVE: Port-Gentil 2nd arrondissement by-election - voting, counting, results",
    "section": "Live",
    "byline": "the Télé Estuaire newsroom, with Carine Mbina and Ulrich Nzoghe in Port-Gentil",
    "published": "2026-05-16T06:45:00+01:00",
    "modified": "2026-05-17T22:05:00+01:00",
    "visible": "Live page - last updated 17 May 2026, 22:05 (Libreville time)",
    "year": 2026,
    "body": """
Voters in Port-Gentil's second arrondissement are electing a new member of the National
Assembly to replace Serge Mouity Ndjavé, who gave up the seat in February when he was
appointed Minister of Fisheries and the Maritime Economy.

Three candidates are standing: Clarisse Ndong-Mintsa of the Rassemblement pour le Renouveau
Gabonais (RRG), Fabrice Ognagna Lembé of the Alliance pour le Changement et la Justice (ACJ),
and the independent Joël Mabika.

There are 48,312 registered voters and 63 polling stations. Polls are open from 07:00 to 18:00
(06:00 to 17:00 GMT). All times on this page are Libreville time.

Important: figures posted below before the official announcement are unofficial tallies
compiled by our correspondents from the result sheets displayed outside polling stations. They
are partial and will change. Only the interior ministry announces provisional results, and
only the Constitutional Court proclaims final ones.
""",
    "feed_title": "Live updates (most recent first)",
    "updates": [
        ("17 May, 21:50", """
Ndong-Mintsa speaks to supporters on the seafront: "This victory belongs to the families of
Port-Gentil who have waited too long for roads, drains and jobs. I will be the deputy of all of
them, including those who did not vote for me."
"""),
        ("17 May, 21:35", """
OFFICIAL PROVISIONAL RESULTS, read by the governor of Ogooué-Maritime province, Jean-Rémy
Iwangou, on behalf of the interior ministry: Clarisse Ndong-Mintsa (RRG) 10,987 votes
(53.14%); Fabrice Ognagna Lembé (ACJ) 7,149 (34.58%); Joël Mabika (independent) 2,538
(12.28%).

Votes cast: 21,245. Valid votes: 20,674. Turnout: 43.97%. These results remain provisional
until they are validated by the Constitutional Court.
"""),
        ("17 May, 19:05", """
Ognagna's camp says it will wait for the official figures before deciding whether to go to
the Constitutional Court. Campaign spokesman Hervé Nziengui: "We have seen irregularities in
at least six polling stations. We will use every legal remedy available to us."
"""),
        ("17 May, 10:20", """
The domestic observer group Observatoire citoyen des scrutins (OCS), which deployed 120
observers, publishes its preliminary statement. Coordinator Léa Mboumba: "The vote took place
in a calm atmosphere. We noted late openings in nine polling stations and a shortage of
indelible ink in two, but nothing that calls the overall process into question."
"""),
        ("16 May, 23:40", """
UNOFFICIAL, 41 of 63 polling stations: Ndong-Mintsa 7,201 (52.8%), Ognagna 5,012 (36.7%),
Mabika 1,431 (10.5%). Percentages are of the valid votes counted so far.
"""),
        ("16 May, 21:10", """
UNOFFICIAL, 24 of 63 polling stations: Ndong-Mintsa 4,310, Ognagna 2,905, Mabika 1,022.
The stations counted so far are mostly in the town centre, where the RRG is traditionally
strong, so caution is needed.
"""),
        ("16 May, 18:05", """
Polls have closed. Counting has started in public inside each polling station, watched by
party agents and observers.
"""),
        ("16 May, 12:15", """
The OCS estimates turnout at 21% at midday, based on a sample of 30 polling stations. For
comparison, final turnout in this constituency at the September 2025 legislative elections
was 51.6%.
"""),
        ("16 May, 09:30", """
Several polling stations in the Grand-Village area opened late because voting materials
arrived after 07:00. Voters there are queuing patiently, our correspondent says.
"""),
        ("16 May, 07:00", """
Polls are open. Our reporters are at the Balise public school and in Grand-Village.
"""),
        ("16 May, 06:45", """
Good morning and welcome to our live coverage of the Port-Gentil by-election. A separate
by-election is also taking place today in Lambaréné.
"""),
    ],
    "sidebar": ("Also voting today: Lambaréné", [
        "Lambaréné 1st arrondissement by-election (Moyen-Ogooué)",
        "Candidates: 2",
        "Registered voters: 22,905",
        "Turnout (provisional): 38.2%",
    ]),
    "related": [
        ("Who are the three candidates in Port-Gentil?", "politique/port-gentil-candidates"),
        ("Why Port-Gentil's drains matter in this campaign", "gabon/port-gentil-drains"),
        ("Replay: the candidates' debate", "replay/port-gentil-debate"),
    ],
    "tags": ["Elections", "Port-Gentil", "Gabon"],
})

_ACP = _outlet(
    "Atlantic Coast Press",
    "https://www.acpress.example",
    "wire",
    "News agency for West and Central Africa",
    [("Top news", ""), ("Africa", "africa"), ("Politics", "politics"),
     ("Business", "business"), ("Pictures", "pictures")],
    [("Equatorial Guinea: new airport terminal opens in Bata", "africa/bata-terminal"),
     ("Sao Tome holds talks on fuel imports", "africa/sao-tome-fuel"),
     ("Cameroon: Limbe refinery restart delayed", "business/limbe-refinery")],
    "Atlantic Coast Press. Content for subscribers only; no republication without permission.",
)

_EL_B_URL = (
    "https://www.acpress.example/africa/gabon-ruling-camp-candidate-wins-port-gentil-by-election"
)
_EL_B = _page(_ACP, {
    "url": _EL_B_URL,
    "headline": "Gabon: Ndong-Mintsa wins Port-Gentil by-election, provisional results show",
    "section": "Africa",
    "byline": "Axel Boussougou",
    "jsonld": "2026-05-17T23:10:00+01:00",
    "year": 2026,
    "body": """
PORT-GENTIL, Gabon, May 17 (ACPress) - Clarisse Akoué Ndong-Mintsa, a former deputy mayor of
Port-Gentil, won Saturday's by-election in the city's second arrondissement with 53.14% of the
valid votes, according to provisional results announced on Sunday evening.

Ndong-Mintsa, 47, the candidate of the Rassemblement pour le Renouveau Gabonais (RRG),
received 10,987 votes. Her nearest rival, Fabrice Ognagna Lembé of the Alliance pour le
Changement et la Justice (ACJ), won 7,149 votes, or 34.58%. The independent Joël Mabika took
2,538 votes (12.28%).

The results were read out at 21:35 (20:35 GMT) by the governor of Ogooué-Maritime province,
Jean-Rémy Iwangou, on behalf of the interior ministry. They are provisional and must be
validated by the Constitutional Court, which will first rule on any challenges.

Turnout was 43.97%, with 21,245 of the 48,312 registered voters casting ballots, well below
the 51.6% recorded in the constituency at the legislative elections of September 2025.

The seat fell vacant in February, when the previous deputy, Serge Mouity Ndjavé, joined the
government as fisheries minister.

Port-Gentil, Gabon's second city and the hub of its oil industry, has complained for years
of neglect by the capital, and all three candidates campaigned on flooding, roads and jobs.
Ndong-Mintsa, who was in charge of sanitation at the town hall, promised a drainage plan for
the low-lying districts that flood every rainy season.

Ognagna's campaign spokesman, Hervé Nziengui, said irregularities had been observed in at
least six polling stations and that the ACJ was "considering all legal remedies", including a
petition to the Constitutional Court.

The Observatoire citoyen des scrutins (OCS), a domestic monitoring group that deployed 120
observers across all 63 polling stations, said voting had been calm. Its coordinator, Léa
Mboumba Nzamba, said late openings in nine polling stations and shortages of indelible ink in
two did not call the overall process into question.

Addressing supporters late on Sunday, Ndong-Mintsa promised to be "the deputy of every
Port-Gentil family, including those who did not vote for me".

Ghislain Obame Eyeghe, a political scientist at Omar Bongo University in Libreville, said the
low turnout was the main lesson of the vote. "Fewer than half of the voters bothered to come
out. The ruling camp holds the seat comfortably, but the enthusiasm of 2025 has clearly
cooled," he said.

Gabon's electoral calendar has been crowded since the military takeover of August 2023, with
a constitutional referendum in November 2024, a presidential election in April 2025 and
legislative and local elections in September 2025.

Voting also took place on Saturday in Lambaréné, where a separate by-election was held for a
seat left vacant by the death of its deputy in January. Provisional turnout there was 38.2%.

(Reporting by Axel Boussougou; Editing by Sandra Mouele)
""",
    "sidebar": ("Port-Gentil 2nd arrondissement in figures", [
        "Registered voters: 48,312",
        "Polling stations: 63",
        "Turnout, September 2025 legislative elections: 51.6%",
        "Turnout, May 2026 by-election (provisional): 43.97%",
    ]),
    "related": [
        ("Gabon's new parliament: a guide", "politics/gabon-parliament-guide"),
        ("Port-Gentil oil services firms hire again", "business/port-gentil-oil-services"),
    ],
    "tags": ["Gabon", "Elections"],
})

_COURRIER = _outlet(
    "The Ogooué Courier",
    "https://courrierogooue.example",
    "newspaper",
    "Port-Gentil's newspaper since 1994",
    [("Front page", ""), ("Politique", "politique"), ("Port-Gentil", "ville"),
     ("Economy", "economie"), ("Sport", "sport"), ("Death notices", "avis")],
    [("Flooding in Matanda: residents demand action", "ville/matanda-flooding"),
     ("Football: FC Port-Gentil promoted", "sport/fc-port-gentil"),
     ("Oil services: layoffs at a subcontractor", "economie/oil-subcontractor-layoffs")],
    "The Ogooué Courier, BP 1077, Port-Gentil.",
)

_EL_C_URL = "https://courrierogooue.example/politique/constitutional-court-confirms-ndong-mintsa"
_EL_C = _page(_COURRIER, {
    "url": _EL_C_URL,
    "headline": "Constitutional Court confirms Ndong-Mintsa as Port-Gentil deputy",
    "standfirst": (
        "The court rejected the ACJ's petition and published final figures that differ slightly "
        "from the provisional count."
    ),
    "section": "Politique",
    "byline": "Prisca Oyane",
    "body": """
LIBREVILLE - Gabon's Constitutional Court on 28 May confirmed Clarisse Ndong-Mintsa as the new
member of the National Assembly for Port-Gentil's second arrondissement, rejecting a petition
from her main rival and publishing final figures that differ slightly from the provisional
count announced on the night of 17 May.

According to the court's decision, Ndong-Mintsa received 11,012 votes, or 53.21% of valid
ballots, against 10,987 in the provisional results. Fabrice Ognagna Lembé was credited with
7,157 votes (34.58%) and the independent Joël Mabika with 2,525 (12.20%).

The court said it had corrected transcription errors on the tally sheets of two polling
stations, No. 17 and No. 41, after comparing them with the copies held by the candidates'
agents and by observers. The corrections added 16 votes to the total cast, which now stands
at 21,261, and put final turnout at 44.01%, compared with 43.97% in the provisional figures.
Valid votes rose to 20,694; blank and spoiled ballots numbered 567.

Ndong-Mintsa's winning margin is 3,855 votes, or 18.63 percentage points.

The ACJ petition, filed on 20 May, alleged that party agents had been refused entry to six
polling stations and that ballot boxes from two of them had been transported without seals.
The court found that the claims were "not supported by sufficient evidence" and that, even if
they had been established, they "could not have altered the result of the vote".

Ognagna said after the ruling that he accepted it "as a democrat" but would "keep fighting
for transparency at the ballot box". His party says it will field candidates in the municipal
elections due later in the year.

The new deputy, 47, a former deputy mayor in charge of sanitation, is expected to be sworn in
at the next plenary sitting of the Assembly. She replaces Serge Mouity Ndjavé, who left the
seat on becoming Minister of Fisheries and the Maritime Economy in February.

Turnout, at 44.01%, was down more than seven points on the 51.6% recorded in the constituency
at the September 2025 legislative elections, a fall that all three camps attributed to voter
fatigue after two years of almost continuous electoral activity.

The Observatoire citoyen des scrutins (OCS), whose 120 observers covered every polling
station, welcomed what it called a "careful" review. "Two tally sheets were corrected in
public, with reasons given. That is how it should work," its coordinator, Léa Mboumba Nzamba,
said.

In a separate decision the same day, the court confirmed the result of the Lambaréné
by-election, which was held on the same day as the Port-Gentil vote.

Residents of the second arrondissement interviewed by the Courier said they now expected
quick results on drainage. "She promised us canals before the next rains. We will see," said
Aristide Mavoungou, a mechanic in the Balise district.
""",
    "sidebar": ("Final results (Constitutional Court)", [
        "Clarisse Ndong-Mintsa (RRG): 11,012 votes, 53.21%",
        "Fabrice Ognagna Lembé (ACJ): 7,157 votes, 34.58%",
        "Joël Mabika (independent): 2,525 votes, 12.20%",
        "Votes cast: 21,261 - valid: 20,694 - blank/spoiled: 567",
        "Registered: 48,312 - turnout: 44.01%",
    ]),
    "related": [
        ("Portrait: Clarisse Ndong-Mintsa, from the town hall to the Assembly",
         "politique/portrait-ndong-mintsa"),
        ("Drainage: the plan for Balise and Grand-Village", "ville/drainage-plan"),
    ],
    "tags": ["Politique", "Elections", "Port-Gentil"],
})

_EL = {
    "id": "el-AB2",
    "part": "AB",
    "domain": "election",
    "fetched": "2026-06-02",
    "articles": [
        {"url": _EL_A_URL, "html": _EL_A},
        {"url": _EL_B_URL, "html": _EL_B},
        {"url": _EL_C_URL, "html": _EL_C},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# ct-AB3 - court: Lubumbashi Court of Appeal, Kalenga embezzlement appeal
# ---------------------------------------------------------------------------

_OBSERVER = _outlet(
    "The Copperbelt Observer",
    "https://www.copperbeltobserver.example",
    "newspaper",
    "Lubumbashi's independent newspaper",
    [("Home", ""), ("Haut-Katanga", "haut-katanga"), ("Justice", "justice"),
     ("Business", "business"), ("Opinion", "opinion"), ("Sport", "sport")],
    [("TP Mazembe sign Zambian striker", "sport/mazembe-striker"),
     ("Power cuts: SNEL promises new schedule", "haut-katanga/power-cuts"),
     ("Kasumbalesa: truck queues stretch again", "business/kasumbalesa-queues")],
    "The Copperbelt Observer, Avenue Kasavubu, Lubumbashi, Haut-Katanga.",
)

_CT_A_URL = (
    "https://www.copperbeltobserver.example/justice/2026/07/09/"
    "appeal-court-cuts-kalenga-sentence-to-eight-years"
)
_CT_A = _page(_OBSERVER, {
    "url": _CT_A_URL,
    "headline": (
        "Appeal court cuts ex-minister Kalenga's sentence to eight years, upholds $5.4m repayment"
    ),
    "title": "Appeal court cuts Kalenga sentence to eight years",
    "section": "Justice",
    "byline": "Ruth Kapinga, in Lubumbashi",
    "published": "2026-07-09T16:20:00+02:00",
    "visible": "9 July 2026",
    "year": 2026,
    "body": """
LUBUMBASHI - The Lubumbashi Court of Appeal this morning upheld the embezzlement conviction of
Albert Kalenga Mwamba, the former provincial minister of infrastructure and public works of
Haut-Katanga, but reduced his sentence from ten to eight years of penal servitude.

Reading the ruling at 11:40, the presiding judge, Béatrice Ilunga Mbuyi, said the court was
satisfied that Kalenga had "knowingly organised" the diversion of public money intended to
rehabilitate a 64-kilometre stretch of the Lubumbashi-Kasenga road. The court confirmed the
order that he repay $5.4 million to the province and added a five-year ban on holding public
office, to run from the end of his prison term.

The first-instance verdict, handed down by the Lubumbashi Tribunal de grande instance on
18 November 2025, had sentenced Kalenga to ten years.

Kalenga, 58, who served as minister from 2021 until 2024, sat in the dock in a grey suit and
did not react as the sentence was read. His wife and two of his sons were in the public
gallery, which was full well before the hearing opened at 9:00.

Over 11 hearings between March and June, the court heard 27 witnesses, among them engineers
from the provincial roads office, bank employees and three former members of Kalenga's
cabinet. According to the prosecution, only about 11 kilometres of the road were ever paved,
although the province had released $9.1 million for the works in 2023.

The Advocate-General, Jean-Pierre Kasongo Mutombo, had asked the court to raise the sentence
to 15 years. After the ruling he told reporters that the prosecution was "partly satisfied".
"The court has recognised that this money was stolen from the people of Haut-Katanga. That is
the essential point," he said.

Kalenga's lawyer, Patrick Mukendi Tshibangu, said his client would take the case to the Court
of Cassation in Kinshasa. "We continue to say that Mr Kalenga never touched a single dollar of
these funds. The contractor was paid by the province's accounting services, not by the
minister," he said outside the courthouse.

The contractor, Didier Tshimanga Kabeya, director of Tshimanga Construction Sarl, saw his
sentence reduced from five to three years. The provincial accountant Rose Kabwe Ngoy, who had
been sentenced to two years at first instance, was acquitted and left the court through a side
door, embraced by relatives.

For the province, which was a civil party to the case, the ruling is a partial victory. Its
lawyer, Sandrine Mwilu, said recovering the money would be "the real test". At the Central
Bank of Congo's reference rate of about 2,850 Congolese francs to the dollar, the sum to be
repaid amounts to roughly 15.4 billion francs.

Civil society groups, which had followed the case closely, welcomed the confirmation of the
conviction. Gédéon Mpanga, coordinator of the Observatoire de la gouvernance du Katanga, said
the reduced sentence sent "a mixed signal". "Eight years is still a serious sentence. But the
message to officials should be that the courts do not bargain," he said.

Kalenga was arrested at Lubumbashi's Luano airport on 3 March 2025 as he prepared to board a
flight to Johannesburg, and has been held at Kasapa prison since then. The time he has already
spent in detention will be deducted from his sentence.
""",
    "sidebar": ("Justice in Haut-Katanga this week", [
        "Likasi: trial of two customs officers adjourned to 23 July",
        "Kipushi: ruling in land dispute expected in August",
        "Lubumbashi: labour court hears transport workers' case on Monday",
    ]),
    "related": [
        ("Timeline: the Kalenga case from arrest to appeal", "justice/kalenga-timeline"),
        ("The Lubumbashi-Kasenga road: 64 km of promises", "haut-katanga/kasenga-road"),
        ("Opinion: recovering stolen money is the real test", "opinion/recovering-money"),
    ],
    "tags": ["Justice", "Corruption", "Haut-Katanga"],
})

_CBN = _outlet(
    "Congo Basin Newswire",
    "https://congobasinwire.example",
    "wire",
    "Independent news agency - Kinshasa, Brazzaville, Bangui",
    [("Latest", "en/latest"), ("DR Congo", "en/drc"), ("Congo-Brazzaville", "en/congo"),
     ("CAR", "en/car"), ("Economy", "en/economy"), ("Français", "fr")],
    [("Senate adopts public procurement reform", "en/drc/procurement-reform"),
     ("Kinshasa: Boulevard du 30 Juin works enter second phase", "en/drc/boulevard-works"),
     ("Bangui: new bridge over the Oubangui planned", "en/car/oubangui-bridge")],
    "Congo Basin Newswire SARL, Gombe, Kinshasa. All rights reserved.",
)

_CT_B_URL = "https://congobasinwire.example/en/drc/justice/former-katanga-official-loses-appeal"
_CT_B = _page(_CBN, {
    "url": _CT_B_URL,
    "headline": "DR Congo: former Haut-Katanga minister loses appeal, sentence cut to 8 years",
    "section": "DR Congo",
    "byline": "Christian Mbuyi",
    "jsonld": "2026-07-10T08:15:00+01:00",
    "year": 2026,
    "body": """
KINSHASA, July 10 (CBN) - A court in Lubumbashi on Thursday upheld the conviction of Albert
Kalenga, a former provincial mines minister in Haut-Katanga, for embezzling money meant for
road works, but cut his prison term to eight years from ten.

The Lubumbashi Court of Appeal delivered its ruling at 10:40 Kinshasa time (09:40 GMT),
ordering Kalenga to repay $5.4 million and barring him from public office for five years
after his release.

Kalenga was first convicted on 18 December 2025 by the Lubumbashi Tribunal de grande
instance, which found that money released by the provincial government in 2023 for a section
of the Lubumbashi-Kasenga road had been diverted through a construction company and personal
accounts.

The appeal court's first president, Béatrice Ilunga, who presided over the three-judge
bench, said the evidence showed that Kalenga had "knowingly organised" the diversion. The
court heard 27 witnesses during the appeal proceedings.

Kalenga, 58, has been in detention since his arrest at Lubumbashi airport in March 2025.
Prosecutors had sought a 15-year sentence. Defence lawyer Patrick Mukendi told CBN by
telephone on Thursday evening that an appeal would be filed with the Court of Cassation
"within the legal deadline". The Court of Cassation rules only on points of law and does not
re-examine the facts of a case.

"The appeal court has corrected some of the excesses of the first judgment, but not the
essential error," Mukendi said. "My client did not sign a single payment order."

Two co-defendants also had their cases reviewed. The contractor Didier Tshimanga had his
sentence cut to three years from five, while a provincial accountant, Rose Kabwe, was
acquitted.

In Kinshasa, a spokesperson for the justice ministry, Mireille Lokwa, said the ministry "takes
note of the decision and of the independence of the courts" and would not comment on a case
that could still go before the Court of Cassation.

The case is one of a handful of prosecutions of former provincial officials brought since
2024 under a national anti-corruption drive, which the government says is meant to recover
public money diverted at every level of the state. Critics say such cases have so far mostly
targeted mid-ranking figures rather than the most powerful.

Gédéon Mpanga, who heads a Lubumbashi-based governance watchdog, said the confirmation of the
conviction mattered more than the length of the sentence. "What we want now is to see the
money come back to the province," he said.

The Haut-Katanga provincial government, a civil party in the case, has said it will seek to
seize Kalenga's assets, including two houses in Lubumbashi's Golf district and a farm outside
the city, to recover the money, the equivalent of about 15.4 billion Congolese francs.

(Reporting by Christian Mbuyi in Kinshasa and Joseph Kahilu in Lubumbashi; Editing by Nadia
Tshala)
""",
    "sidebar": ("DR Congo: latest headlines", [
        "Kinshasa: Senate adopts public procurement reform",
        "Goma: schools reopen after holiday",
        "Kisangani: river port traffic rises",
    ]),
    "related": [
        ("Explainer: how the anti-corruption drive works", "en/drc/anti-corruption-explainer"),
        ("Haut-Katanga: province promises road audit", "en/drc/road-audit"),
    ],
    "tags": ["DR Congo", "Justice", "Corruption"],
})

_JURIS = _outlet(
    "Juris Afrique Weekly",
    "https://jurisafrique.example",
    "newsletter",
    "Case law and courts across francophone Africa, explained",
    [("Cases", "cases"), ("DR Congo", "cases/rdc"), ("OHADA", "ohada"),
     ("Commentary", "commentary"), ("Subscribe", "subscribe")],
    [("OHADA: the new arbitration rules in practice", "ohada/arbitration-rules"),
     ("Cameroon: Supreme Court on land titles", "cases/cameroon-land-titles"),
     ("Gabon: labour tribunal backlog", "cases/gabon-labour-backlog")],
    "Juris Afrique Weekly is edited by a collective of practising lawyers.",
)

_CT_C_URL = "https://jurisafrique.example/cases/rdc/kalenga-appeal-analysis"
_CT_C = _page(_JURIS, {
    "url": _CT_C_URL,
    "headline": "Kalenga appeal: what the Lubumbashi Court of Appeal decided, and why it matters",
    "section": "DR Congo",
    "byline": "Aline Kabamba, contributing editor",
    "body": """
The Lubumbashi Court of Appeal delivered its judgment in the Kalenga case on 9 July 2026, at a
hearing that took up most of the morning. The case concerned Albert Kalenga
Mwamba, the former provincial minister of infrastructure and public works of Haut-Katanga,
convicted at first instance of embezzlement of public funds.

## The first-instance judgment

On 18 December 2025 the Tribunal de grande instance of Lubumbashi sentenced Kalenga to ten
years of penal servitude and ordered him to repay $5.4 million, the portion of a $9.1 million
allocation for the Lubumbashi-Kasenga road that the prosecution had traced to him. Two
co-defendants were also convicted: the contractor Didier Tshimanga Kabeya (five years) and the
provincial accountant Rose Kabwe Ngoy (two years).

## What the appeal court decided

* Kalenga: conviction upheld; sentence reduced to eight years; repayment of $5.4 million
confirmed; five-year ban from public office after release. * Tshimanga: sentence reduced to
three years. * Kabwe: acquitted.

The bench, presided over by the court's first president, Béatrice Ilunga Mbuyi, heard 37
witnesses over 11 hearings between March and June. The Advocate-General, Jean-Pierre Kasongo
Mutombo, had sought 15 years.

## Why the sentence came down

The court gave two reasons for reducing Kalenga's sentence. First, it accepted that part of
the work had been carried out: roughly 11 kilometres of the 64-kilometre section were paved,
and the court declined to treat the entire allocation as diverted. Second, it took into
account that Kalenga had no previous convictions. Neither reason affected the amount to be
repaid, which was always limited to the sums traced to him.

## The acquittal

Kabwe's acquittal is the most interesting part of the judgment for practitioners. The court
held that an accountant who executes payment orders that are formally regular, on the written
instruction of a minister, cannot be presumed to share the minister's intent. The prosecution
had argued that the size and timing of the payments should have alerted her. The appeal court
found that argument insufficient without evidence of personal benefit.

## Next steps

The defence, led by Patrick Mukendi Tshibangu, has announced an appeal to the Court of
Cassation, which rules only on points of law. Enforcement of the repayment order against
Kalenga's assets can proceed in parallel. The Haut-Katanga province, a civil party, has said it
will move quickly; at a rate of about 2,850 Congolese francs to the dollar, the sum is
equivalent to some 15.4 billion francs.

## A note on sources

The full reasoned judgment had not been published when this analysis was written. It is based
on the operative part read out in court, on notes taken by our correspondent and on
submissions shared by the parties.

## Our view

The judgment is carefully reasoned and will be cited. Its treatment of intent for
subordinate officials offers some protection to civil servants who carry out instructions, but
it also raises the bar for prosecutors in the many similar cases now before provincial courts.
""",
    "sidebar": ("Case file", [
        "Court: Lubumbashi Court of Appeal",
        "Bench: three judges, presided by first president Béatrice Ilunga Mbuyi",
        "Prosecution: Advocate-General Jean-Pierre Kasongo Mutombo (sought 15 years)",
        "First instance: Tribunal de grande instance of Lubumbashi, 10 years",
        "Appeal: 8 years, $5.4m repayment, 5-year ban from office",
    ]),
    "related": [
        ("Embezzlement of public funds: the case law since 2020", "commentary/embezzlement-law"),
        ("Court of Cassation: how long do appeals take?", "commentary/cassation-delays"),
    ],
    "tags": ["DR Congo", "Criminal law", "Public funds"],
})

_CT = {
    "id": "ct-AB3",
    "part": "AB",
    "domain": "court",
    "fetched": "2026-07-21",
    "articles": [
        {"url": _CT_A_URL, "html": _CT_A},
        {"url": _CT_B_URL, "html": _CT_B},
        {"url": _CT_C_URL, "html": _CT_C},
    ],
    "planted": [
        ("Kalenga's former post in the Haut-Katanga provincial government",
         r"infrastructure", r"\bmines\b"),
        ("number of witnesses heard by the appeal court", r"\b27\b", r"\b37\b"),
        ("date of the first-instance verdict",
         r"18\s*dec|dec\w*\.?\s*18|2025-12-18", r"18\s*nov|nov\w*\.?\s*18|2025-11-18"),
    ],
}


# ---------------------------------------------------------------------------
# tr-AB4 - trade (control): Cameroon first-quarter 2026 trade figures
# ---------------------------------------------------------------------------

_WOURI = _outlet(
    "The Wouri Business Daily",
    "https://www.wouribusiness.example",
    "newspaper",
    "Markets, companies and money in Cameroon",
    [("Home", ""), ("Economy", "economy"), ("Companies", "companies"), ("Markets", "markets"),
     ("Agribusiness", "agribusiness"), ("Jobs", "jobs"), ("E-paper", "epaper")],
    [("Kribi: second phase of the container terminal", "companies/kribi-phase-two"),
     ("Cement prices: producers blame energy costs", "companies/cement-prices"),
     ("Douala stock exchange: two new listings planned", "markets/bvmac-listings")],
    "The Wouri Business Daily is published by Wouri Media Group, Boulevard de la Liberté, "
    "Douala.",
)

_TR_A_URL = (
    "https://www.wouribusiness.example/economy/2026/06/10/trade-deficit-narrows-first-quarter"
)
_TR_A = _page(_WOURI, {
    "url": _TR_A_URL,
    "headline": "Cameroon's trade deficit narrows by a fifth as cocoa earnings climb",
    "section": "Economy",
    "byline": "Aristide Nkolo Essono",
    "published": "2026-06-10T07:00:00+01:00",
    "visible": "Wednesday, June 10, 2026",
    "year": 2026,
    "body": """
DOUALA - Cameroon's trade deficit narrowed sharply in the first three months of 2026, helped by
record cocoa earnings and a slowdown in imports, according to figures published yesterday by
the National Institute of Statistics (INS).

The deficit in trade in goods fell to 327.7 billion CFA francs in January-March, from 412.9
billion in the same period last year, a reduction of 85.2 billion francs, or 20.6%.

Exports rose 9.8% year on year to 1,284.6 billion francs, while imports grew by just 1.9% to
1,612.3 billion. As a result, the coverage ratio - the share of imports paid for by exports -
improved to 79.7% from 73.9% a year earlier.

"This is the best first quarter for the trade balance since we started publishing the
quarterly series in its current form," Joseph-Marie Tchuente, director of economic statistics
at the INS, said at the presentation in Yaoundé. He cautioned, however, that one quarter "does
not make a trend", particularly since much of the improvement came from prices rather than
volumes.

## Cocoa carries the quarter

Cocoa beans were again the country's biggest export, bringing in 386.4 billion francs, up from
302.1 billion a year earlier, even though the tonnage shipped fell slightly to 71,800 tonnes.
Crude oil sales fell 6.4% to 301.2 billion francs as lower prices more than offset steady
output. Sawn timber earned 88.7 billion francs and cotton fibre 42.9 billion.

On the import side, refined petroleum products remained the largest item at 263.8 billion
francs, followed by rice at 118.5 billion.

Jean-Claude Fokou, who chairs the Groupement des exportateurs du Littoral, an association of
exporters based in Douala, said the cocoa windfall was "real but fragile". "Farmers are being
paid more than ever, but the roads to the ports are in the same state as ten years ago. If
prices turn, the volumes will not save us," he said.

## Neighbours and partners

China remained Cameroon's largest supplier, accounting for 22.6% of imports, while the
Netherlands was the leading destination for exports, with 15.3%, largely because of cocoa
shipments to Amsterdam. Exports to Cameroon's CEMAC neighbours rose to 96.2 billion francs, of
which Chad took 61.4 billion.

The INS also revised its figures for the fourth quarter of 2025, putting the deficit at 394.1
billion francs instead of the 389.5 billion first published in March.

At the fixed parity of 655.957 CFA francs to the euro, the first-quarter deficit is equivalent
to about €500 million, against roughly €629 million a year earlier.

## What the government wants

Officials at the Ministry of Trade say they want to lock in the improvement by speeding up
customs clearance at the ports of Douala and Kribi and by pushing local processing of cocoa,
so that more of the value stays in the country. Processors in Douala and Kekem currently grind
only a fraction of the crop, and the rest leaves as raw beans.

Economists were cautious. "Strip out the cocoa price effect and the picture is much flatter,"
said Irène Mbala, who teaches at the Douala School of Commerce. "Imports are growing slowly
partly because investment is weak. That is not entirely good news."
""",
    "sidebar": ("Regional snapshot, first quarter 2026 (national sources, provisional)", [
        "Gabon: trade surplus of 642.5 billion CFA francs",
        "Republic of the Congo: trade surplus of 1,105.3 billion CFA francs",
        "Chad: crude oil exports of 712.0 billion CFA francs",
        "Cameroon: trade deficit of 327.7 billion CFA francs",
    ]),
    "related": [
        ("Cocoa: farm-gate prices hold above 4,000 francs a kilo", "agribusiness/cocoa-prices"),
        ("Customs: new single window at Douala port", "economy/customs-single-window"),
        ("Rice imports: why local production lags", "agribusiness/rice-imports"),
    ],
    "tags": ["Trade", "Cocoa", "INS", "Cameroon"],
})

_GGPA = _outlet(
    "Gulf of Guinea Press Agency",
    "https://ggpa.example",
    "wire",
    "Wire service for the Gulf of Guinea",
    [("Latest", "en"), ("Politics", "en/politics"), ("Business", "en/business"),
     ("Energy", "en/energy"), ("Maritime", "en/maritime")],
    [("Piracy incidents fall in the Gulf of Guinea", "en/maritime/piracy-incidents"),
     ("Nigeria-Cameroon border market reopens", "en/business/border-market"),
     ("Equatorial Guinea gas output steady", "en/energy/eg-gas")],
    "GGPA content is provided to subscribers under licence.",
)

_TR_B_URL = "https://ggpa.example/en/business/cameroon-q1-trade-deficit-shrinks"
_TR_B = _page(_GGPA, {
    "url": _TR_B_URL,
    "headline": "Cameroon Q1 trade gap shrinks to 327.7 bln CFA francs on cocoa",
    "section": "Business",
    "byline": "Yvette Ngo Bassong",
    "jsonld": "2026-06-09T15:40:00+01:00",
    "year": 2026,
    "body": """
YAOUNDÉ, June 9 (GGPA) - Cameroon's merchandise trade deficit shrank to 327.7 billion CFA
francs in the first quarter of 2026 from 412.9 billion a year earlier, as soaring cocoa
receipts lifted exports, the National Institute of Statistics (INS) said on Tuesday.

At an average exchange rate of 590 CFA francs to the dollar over the quarter, the deficit was
equivalent to about $555 million.

Exports rose to 1.28 trillion CFA francs from 1.17 trillion, while imports edged up to 1.61
trillion from 1.58 trillion, the INS said in its quarterly foreign trade bulletin. Exports were
worth about $2.2 billion at the same exchange rate.

The coverage ratio of imports by exports rose 5.8 percentage points to 79.7%.

Cocoa bean exports brought in 386.4 billion francs, 27.9% more than a year earlier, although
volumes fell 2.3% to 71,800 tonnes from 73,500 tonnes. Crude oil exports slipped to 301.2
billion francs.

In March alone, the deficit was 96.1 billion francs.

"We want to turn a good quarter into a good year," Bernadette Ngo Mbock, secretary-general
of the Ministry of Trade, said at the presentation of the figures. She said the government
would speed up customs clearance at Douala and Kribi and expand incentives for companies that
process cocoa, coffee and timber locally.

Joseph-Marie Tchuente Nkwi, director of economic statistics at the INS, said the quarterly
figures were provisional and could be revised when customs data for the period were
finalised. He noted that the institute had raised its estimate of the fourth-quarter 2025
deficit to 394.1 billion francs from 389.5 billion.

China was the largest source of imports, with a 22.6% share, and the Netherlands the largest
export market, with 15.3%.

Irène Mbala, an economist at the Douala School of Commerce, said the improvement was "mostly a
price story". "Cocoa is paying for everything this quarter. If international prices fall back
by a third, most of the gain disappears," she said.

Cameroon, Central Africa's largest economy, has run a trade deficit in goods every year for
more than a decade, importing fuel, rice, wheat, machinery and vehicles. Its main exports are
cocoa, crude oil, timber, cotton, coffee and bananas.

Exports to fellow members of the Central African Economic and Monetary Community (CEMAC),
mostly Chad, the Central African Republic and Gabon, rose to 96.2 billion francs.

International cocoa prices have stayed high since poor harvests in Côte d'Ivoire and Ghana,
the world's two largest producers, pushed futures to record levels. Cameroon has benefited
from those prices even though its own output has stagnated. Farm-gate prices paid to growers
have also risen sharply, officials said, although they vary widely between regions and buyers.

The INS figures cover trade in goods only. Cameroon also runs a deficit on trade in services,
largely because of freight and insurance payments on its imports.

(Reporting by Yvette Ngo Bassong; Editing by Paul Ekwalla)
""",
    "sidebar": ("Key figures, Q1 2026 (INS, provisional)", [
        "Exports: 1,284.6 billion CFA francs (+9.8% year on year)",
        "Imports: 1,612.3 billion CFA francs (+1.9%)",
        "Deficit: 327.7 billion CFA francs (Q1 2025: 412.9 billion)",
        "Coverage ratio: 79.7% (Q1 2025: 73.9%)",
    ]),
    "related": [
        ("Cameroon cocoa grinders plan capacity increase", "en/business/cocoa-grinders"),
        ("Douala port dwell times fall", "en/maritime/douala-dwell-times"),
    ],
    "tags": ["Cameroon", "Trade", "Cocoa"],
})

_CTM = _outlet(
    "Cocoa & Timber Monitor",
    "https://ctmonitor.example",
    "newsletter",
    "Weekly intelligence on West and Central African soft commodities",
    [("Markets", "markets"), ("Cocoa", "cocoa"), ("Timber", "timber"), ("Coffee", "coffee"),
     ("Data", "data"), ("Subscribe", "subscribe")],
    [("Côte d'Ivoire mid-crop: arrivals tracker", "cocoa/ci-midcrop-tracker"),
     ("Gabon: log export ban, ten years on", "timber/gabon-log-ban"),
     ("EU deforestation rules: what exporters must file", "markets/eudr-filing")],
    "Cocoa & Timber Monitor is an independent newsletter. Data for subscribers' internal use.",
)

_TR_C_URL = "https://ctmonitor.example/markets/cameroon-q1-trade-data-cocoa"
_TR_C = _page(_CTM, {
    "url": _TR_C_URL,
    "headline": "Cameroon Q1 data: cocoa value up, volumes down; timber steady",
    "section": "Markets",
    "byline": "the Monitor's Douala correspondent",
    "body": """
Cameroon's first-quarter trade numbers, released by the National Institute of Statistics (INS)
in Yaoundé on 9 June, confirm what port data had been suggesting for weeks: higher cocoa
prices are doing the heavy lifting, while volumes are flat to slightly down.

## Cocoa

Cocoa bean shipments totalled 71,800 tonnes in January-March, down 2.3% from 73,500 tonnes a
year earlier. Receipts, however, rose to 386.4 billion CFA francs (about €589 million at the
fixed rate of 655.957 francs to the euro), from 302.1 billion.

That implies an average export unit value of roughly 5.38 million francs a tonne, or about
€8,200, against about €6,270 a tonne in the first quarter of 2025. The rise is consistent with
the forward sales exporters made in the second half of last year, when London and New York
futures were trading near their highs.

Marc-Olivier Etoundi, managing director of the Douala exporter Etoundi & Fils Négoce, said the
numbers matched what his company had seen. "We shipped less and earned more. But the upcountry
buying is getting harder: there are too many buyers chasing too few beans," he said.

Jean-Claude Fokou of the Groupement des exportateurs du Littoral made the same point in
different words at the INS presentation: the windfall is real, he said, but it rests on prices
rather than volumes, and bad roads to the ports remain the main constraint.

## Timber

Sawn timber exports were worth 88.7 billion francs (about €135 million), broadly in line with
the same quarter of 2025. Shipments of sapele and ayous to Europe were steady, while demand
from Asian buyers for lower grades softened. Exporters say the new European due-diligence
rules on deforestation have added paperwork but have not yet cost them customers.

## The bigger picture

Overall, the INS put first-quarter exports at 1,284.6 billion francs (€1.96 billion) and
imports at 1,612.3 billion (€2.46 billion), leaving a deficit of 327.7 billion, or roughly
€500 million. In the first quarter of 2025 the deficit was 412.9 billion francs, about
€629 million.

## Outlook

The main crop is over. Exporters we spoke to expect mid-crop arrivals from May to August of
around 60,000 tonnes, a forecast that depends heavily on rainfall in the Centre and South-West
regions. If that number is reached and prices hold, second-quarter cocoa receipts would again
exceed those of a year earlier, though by less than in the first quarter, since the year-ago
comparison becomes tougher from April.

For timber, the rainy season will slow log transport from the East region in the coming
months, as it does every year.

Freight, finally, is helping a little: exporters report that container rates from Douala to
northern European ports eased during the quarter, and that waiting times for empty containers
at the port were shorter than last year.
""",
    "sidebar": ("Cameroon cocoa, first quarter (INS)", [
        "Q1 2026: 71,800 tonnes, 386.4 billion CFA francs",
        "Q1 2025: 73,500 tonnes, 302.1 billion CFA francs",
        "Mid-crop 2026, exporters' forecast: about 60,000 tonnes",
        "Côte d'Ivoire arrivals: see our weekly tracker",
    ]),
    "related": [
        ("Cocoa: who is buying Cameroon's beans?", "cocoa/cameroon-buyers"),
        ("Ayous prices ease in European ports", "timber/ayous-prices"),
    ],
    "tags": ["Cameroon", "Cocoa", "Timber"],
})

_TR = {
    "id": "tr-AB4",
    "part": "AB",
    "domain": "trade",
    "fetched": "2026-06-20",
    "articles": [
        {"url": _TR_A_URL, "html": _TR_A},
        {"url": _TR_B_URL, "html": _TR_B},
        {"url": _TR_C_URL, "html": _TR_C},
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-AB5 - rocket: launch of Gabon's Ogooue-1 satellite from Kourou
# ---------------------------------------------------------------------------

_RTN = _outlet(
    "Radio-Télévision Nkomi",
    "https://www.rtnkomi.example",
    "broadcaster",
    "RTN - news, culture and sport from Gabon",
    [("Live", "live"), ("News", "news"), ("Science", "science"), ("Culture", "culture"),
     ("Sport", "sport"), ("Watch", "watch")],
    [("Fernan-Vaz lagoon: the return of the manatees", "science/fernan-vaz-manatees"),
     ("Basketball: Libreville derby tonight", "sport/libreville-derby"),
     ("Schools: new academic calendar published", "news/academic-calendar")],
    "Radio-Télévision Nkomi, Quartier Louis, Libreville.",
)

_RK_A_URL = "https://www.rtnkomi.example/live/ogooue-1-launch"
_RK_A = _page(_RTN, {
    "url": _RK_A_URL,
    "headline": "LIVE: Ogooué-1 - Gabon's first satellite launches from Kourou",
    "section": "Live",
    "byline": "RTN science desk, with Sylvère Mba Obame at Nkok",
    "published": "2026-09-15T23:30:00+01:00",
    "modified": "2026-09-16T04:25:00+01:00",
    "visible": "Live - updated 16 September 2026, 04:25 (Libreville)",
    "year": 2026,
    "body": """
Gabon's first national Earth-observation satellite, Ogooué-1, is due to lift off tonight from
the Guiana Space Centre in Kourou, French Guiana, aboard an Altair Light rocket operated by
the launch company Aurora Orbital. The launch window opens at 22:14 Kourou time on Tuesday,
which is 02:14 on Wednesday in Libreville.

The 118 kg satellite, developed by the Gabonese Agency for Space Studies and Observation
(AGEOS) with the Toulouse-based company SNMS, is one of nine payloads on this flight,
designated AL-07. A first attempt on Monday night was called off 11 minutes before liftoff
because of strong high-altitude winds.

All times on this page are Libreville time (WAT, GMT+1). We are following the launch from the
AGEOS ground station at Nkok, east of Libreville, where officials, engineers and students have
gathered in front of a giant screen.
""",
    "feed_title": "Live updates (most recent first)",
    "updates": [
        ("16 Sept, 04:25", """
The Minister of the Digital Economy, Patrick-Aimé Nzé Obiang, speaking at Nkok: "Tonight
Gabon joined the small circle of African nations that watch their own territory from space.
Ogooué-1 belongs to every Gabonese, from Oyem to Tchibanga."
"""),
        ("16 Sept, 03:52", """
SIGNAL. AGEOS confirms it has received first telemetry from Ogooué-1, relayed by a partner
ground station in Norway. The solar panels have deployed and the batteries are charging. Nkok
itself should make direct contact on a later pass.
"""),
        ("16 Sept, 03:11", """
SEPARATION. Ogooué-1 has separated from the rocket's upper stage, 57 minutes after liftoff,
and is in a sun-synchronous orbit at 535 km, Aurora Orbital's mission control says. Cheers and
ululations in the room here at Nkok.
"""),
        ("16 Sept, 02:45", """
The upper stage has ignited for its first burn. "Everything nominal so far," says the Aurora
Orbital commentator. In the room, nobody has sat down since liftoff.
"""),
        ("16 Sept, 02:23", """
The fairing has separated and the second stage is firing normally. The next major event is
the ignition of the upper stage.
"""),
        ("16 Sept, 02:14", """
LIFTOFF! The Altair Light rocket has left the pad at Kourou. It is 22:14 in French Guiana and
01:14 GMT.
"""),
        ("16 Sept, 02:04", """
Ten minutes to go. Weather is green this time: the upper-level winds that forced Monday's
scrub have eased.
"""),
        ("16 Sept, 01:40", """
Fuelling is complete, Aurora Orbital says. The terminal countdown will begin shortly.
"""),
        ("16 Sept, 01:05", """
In the front rows at Nkok: students from the Université des Sciences et Techniques de Masuku
who spent six months in Toulouse writing part of the satellite's flight software.
"""),
        ("16 Sept, 00:30", """
Dr Nadège Moussavou Boulingui, director-general of AGEOS: "We have been waiting for this
moment for six years. Our engineers built part of this satellite, and they will fly it.
That is what makes it ours."
"""),
        ("15 Sept, 23:30", """
Good evening and welcome to our live coverage of the launch of Ogooué-1. Stay with us through
the night.
"""),
    ],
    "sidebar": ("Ogooué-1 fact file", [
        "Mass: 118 kg",
        "Orbit: sun-synchronous, 535 km, inclination 97.5 degrees",
        "Camera: 1.5 m panchromatic, 6 m multispectral, 24 km swath",
        "Design life: 5 years",
        "Cost: 19.6 billion CFA francs",
    ]),
    "related": [
        ("What will Ogooué-1 photograph?", "science/ogooue-1-uses"),
        ("The students of Masuku who helped build it", "science/masuku-students"),
        ("Watch: the rocket on the pad in Kourou", "watch/altair-light-pad"),
    ],
    "tags": ["Space", "AGEOS", "Ogooué-1"],
})

_RK_B_URL = (
    "https://www.equatorwire.example/science/"
    "gabon-launches-first-earth-observation-satellite"
)
_RK_B = _page(_EWS, {
    "url": _RK_B_URL,
    "headline": "Gabon launches first Earth-observation satellite on rideshare rocket",
    "section": "Science",
    "byline": "Paulette Ella Nguema",
    "jsonld": "2026-09-16T06:40:00+01:00",
    "year": 2026,
    "body": """
LIBREVILLE, Sept 16 (EWS) - Gabon's first national Earth-observation satellite was launched
early on Wednesday from French Guiana, a milestone for a country that wants to use space
imagery to police illegal logging in its forests and track erosion along its coastline.

The 118-kilogram Ogooué-1 lifted off aboard an Altair Light rocket from the Guiana Space Centre
at 01:14 GMT (22:14 on Tuesday in Kourou), the launch operator Aurora Orbital said. It was one
of nine satellites on the flight.

The satellite separated from the rocket's upper stage 57 minutes after liftoff and was placed
in a sun-synchronous orbit at an altitude of 553 km, the company said. Gabon's space agency,
AGEOS, said first signals had been received less than an hour after separation.

"For the first time, the images of Gabon that Gabonese decision-makers use will come from a
Gabonese satellite," said Nadège Moussavou Boulingui, director-general of AGEOS, which built
the satellite with the French company SNMS.

Ogooué-1 carries a camera that can distinguish objects 1.5 metres across in black-and-white
images and 6 metres in colour, over a strip 24 km wide. It is designed to operate for five
years.

Gabon, where forest covers nearly nine-tenths of the territory, already buys commercial
satellite imagery to monitor logging concessions and protected areas. Officials say having
their own satellite will give them images on demand and reduce costs over time.

The project cost 19.6 billion CFA francs (about €29.9 million), financed from the national
budget, according to the digital economy ministry.

"AL-07 was a clean flight from start to finish," said Henrik Vallentin, chief executive of
Aurora Orbital, in a statement. The company's Altair Light is a small launcher designed to
carry clusters of satellites weighing up to a few hundred kilograms.

A first launch attempt on Monday was called off minutes before liftoff because of high winds
at altitude.

Several African countries, including Egypt, Nigeria, Kenya and Senegal, operate their own
satellites, and the African Union has set up a continental space agency headquartered in
Cairo. In Central Africa, Gabon is the first country to put a national Earth-observation
satellite into orbit.

The Minister of the Digital Economy, Patrick-Aimé Nzé Obiang, who followed the launch at the
AGEOS ground station at Nkok, near Libreville, called it "a night of pride". "Ogooué-1 belongs
to every Gabonese," he said.

The first images are expected within three weeks, once the satellite's instruments have been
tested and calibrated.

AGEOS also plans to sell some imagery to neighbouring countries and to private companies,
including oil and forestry firms operating in Gabon, to help cover operating costs, Moussavou
Boulingui said.

(Reporting by Paulette Ella Nguema; Editing by Mireille Abanda)
""",
    "sidebar": ("Science and technology headlines", [
        "Kenya: new ground station opens near Malindi",
        "Cameroon: fibre-optic link to Chad completed",
        "Republic of the Congo: data centre project approved",
    ]),
    "related": [
        ("Africa's space agencies: who does what", "science/africa-space-agencies"),
        ("Gabon's forest monitoring system explained", "science/gabon-forest-monitoring"),
    ],
    "tags": ["Gabon", "Space", "Satellites"],
})

_LEDGERSPACE = _outlet(
    "Orbital Ledger",
    "https://orbitalledger.example",
    "newsletter",
    "Every launch, every payload, logged",
    [("Launches", "launches"), ("Payloads", "payloads"), ("Vehicles", "vehicles"),
     ("Spaceports", "spaceports"), ("Stats", "stats"), ("Support us", "support")],
    [("Small launchers: the year so far", "stats/small-launchers"),
     ("Kourou's busy autumn", "spaceports/kourou-autumn"),
     ("Rideshare pricing, explained", "payloads/rideshare-pricing")],
    "Orbital Ledger is a reader-supported launch log.",
)

_RK_C_URL = "https://orbitalledger.example/launches/al-07-ogooue-1"
_RK_C = _page(_LEDGERSPACE, {
    "url": _RK_C_URL,
    "headline": "AL-07: Altair Light puts Gabon's Ogooué-1 and eight rideshare payloads in SSO",
    "section": "Launches",
    "byline": "Maren Solheim",
    "body": """
Aurora Orbital's Altair Light flew its seventh mission, AL-07, lifting off from the Guiana
Space Centre in Kourou at 01:14 UTC on 16 September (22:14 local time on 15 September). The
lead payload, Gabon's Ogooué-1, was deployed 75 minutes after liftoff into a 535 km
sun-synchronous orbit inclined at 97.5 degrees.

A first attempt, on the evening of 14 September local time, was scrubbed late in the count
because of upper-level winds over the range.

## Payloads

The manifest comprised nine spacecraft. Ogooué-1 was the largest, at 118 kg (about 260 lb).
The eight others were cubesats from European and Asian universities and two commercial
start-ups, ranging from a 3U technology demonstrator to a 12U radio-frequency monitoring
satellite. Aurora Orbital did not disclose the deployment order for all of them, but said
every payload had been released as planned.

Ogooué-1 was built by the Gabonese space agency AGEOS with SNMS of Toulouse, which supplied the
platform and integrated the camera. The imager offers 1.5 m panchromatic and 6 m multispectral
resolution over a 24 km swath. The design life is five years. The programme cost 19.6 billion
CFA francs, or roughly €29.9 million.

## Flight profile

The two lower stages performed nominally, and the payload fairing was jettisoned during the
second-stage burn. The upper stage then coasted before a circularisation burn, after which it
began releasing its passengers. After the last deployment the stage was to perform a
deorbit burn; Aurora Orbital said that manoeuvre was also completed.

Ground tracking for the early orbits was provided by commercial stations, including one in
Norway, which relayed Ogooué-1's first telemetry to AGEOS. The agency's own station at Nkok,
near Libreville, is expected to take over routine operations after commissioning.

## Context

This was the fourth Altair Light flight of the year and the vehicle's first launch for an
African government customer. It also makes Gabon the first country in Central Africa with a
national Earth-observation satellite in orbit. AGEOS has been receiving and processing
imagery from foreign satellites at Nkok for more than a decade; the difference now is that it
will task its own.

Kourou's coastline allows launches to head north over the ocean, which suits polar and
sun-synchronous missions such as this one; the first-stage and fairing impact zones were in
the Atlantic, well clear of land.

## Quotes

Henrik Vallentin, Aurora Orbital's chief executive, called AL-07 "a clean flight from start to
finish". AGEOS director-general Nadège Moussavou Boulingui said the agency's engineers had
"built part of this satellite" and would operate it themselves.

## Log entry

* Vehicle: Altair Light * Flight: AL-07 * Site: Guiana Space Centre, Kourou * Date/time:
16 September, 01:14 UTC * Lead payload: Ogooué-1 (Gabon, AGEOS) * Payload count: 9 * Outcome:
success
""",
    "sidebar": ("Altair Light record", [
        "Flights: 7",
        "Successes: 7",
        "Flights this year: 4",
        "Next flight: AL-08, not before December",
    ]),
    "related": [
        ("Ogooué-1 payload page", "payloads/ogooue-1"),
        ("Altair Light vehicle page", "vehicles/altair-light"),
    ],
    "tags": ["Altair Light", "Kourou", "Earth observation"],
})

_COURIER = _outlet(
    "The Libreville Courier",
    "https://www.librevillecourier.example",
    "newspaper",
    "News and views from the Estuaire",
    [("Home", ""), ("Nation", "nation"), ("Society", "society"), ("Economy", "economy"),
     ("Culture", "culture"), ("Sport", "sport")],
    [("Akanda: the new bridge opens to traffic", "nation/akanda-bridge"),
     ("Market prices: cassava up again", "economy/cassava-prices"),
     ("Music: a night with the new Libreville rappers", "culture/libreville-rap")],
    "The Libreville Courier, Boulevard de l'Indépendance, Libreville.",
)

_RK_D_URL = "https://www.librevillecourier.example/society/ogooue-1-a-night-at-nkok"
_RK_D = _page(_COURIER, {
    "url": _RK_D_URL,
    "headline": "A night at Nkok: how Gabon watched its first satellite go into orbit",
    "section": "Society",
    "byline": "Judith Nzamba",
    "visible": "Thursday 17 September 2026",
    "year": 2026,
    "body": """
NTOUM - At 03:14 yesterday morning, Libreville time, the crowd gathered in front of a giant
screen at the AGEOS ground station in Nkok fell silent. Several thousand kilometres away, in
French Guiana, a slim white rocket was rising into the night sky with Gabon's first
Earth-observation satellite on board.

Then the room erupted. Engineers hugged, students from the Université des Sciences et
Techniques de Masuku filmed each other with their phones, and an elderly security guard danced
between the rows of plastic chairs.

Outside, under the mango trees, families who had driven from Libreville after dinner shared
coffee from thermos flasks and followed the countdown on their phones.

"I did not think I would see this in my life," said Félicité Ndong, 61, who has worked at
the site for fifteen years. "When I started, we were only receiving pictures from other
countries' satellites."

The satellite, Ogooué-1, weighs 118 kg and was built by AGEOS, the Gabonese Agency for Space
Studies and Observation, with a French company. It separated from the rocket 57 minutes after
liftoff and is now circling the Earth in an orbit 535 km high.

The launch had been delayed by one day: a first attempt on Monday was cancelled at the last
minute because of strong winds at high altitude. Many of those present at Nkok on Tuesday
night had also been there for the first attempt.

## "Our engineers will fly it"

For Dr Nadège Moussavou Boulingui, the director-general of AGEOS, the satellite is above all
a tool. "We will use it to watch our forests, to follow the erosion of our coast at Cap
Lopez and in Libreville, to plan our cities," she said, shortly after the first signals from
the satellite were confirmed. "Our engineers built part of this satellite, and they will fly
it. That is what makes it ours."

The Minister of the Digital Economy and Innovation, Patrick-Aimé Nzé Obiang, who spent the
night at Nkok, spoke of "a night of pride" for the country.

The project cost 19.6 billion CFA francs. Some critics on social media questioned whether the
money would not have been better spent on roads or hospitals. Dr Moussavou Boulingui rejected
the comparison. "Every year we pay foreign companies for images. In a few years, this
satellite will have paid for itself," she said.

## The students

Among the happiest in the room were the eleven students from Masuku, in Franceville, who
spent six months in Toulouse working on the satellite's software. "We wrote part of the code
that is running up there right now," said Brice Obiang, 24, pointing at the ceiling.

The first images are expected within three weeks. AGEOS says it will publish the first one on
its website and on the side of its building in Libreville.
""",
    "sidebar": ("Ogooué-1 in numbers", [
        "Mass: 118 kg (about 260 lb)",
        "Altitude: 535 km (about 332 miles)",
        "Cost: 19.6 billion CFA francs (about €29.9 million)",
        "Design life: 5 years",
        "Satellites on the same rocket: 9",
    ]),
    "related": [
        ("Editorial: a satellite is not a luxury", "nation/editorial-satellite"),
        ("Cap Lopez: the sea is eating the coast", "society/cap-lopez-erosion"),
    ],
    "tags": ["Space", "Nkok", "Society"],
})

_RK = {
    "id": "rk-AB5",
    "part": "AB",
    "domain": "rocket",
    "fetched": "2026-09-29",
    "articles": [
        {"url": _RK_A_URL, "html": _RK_A},
        {"url": _RK_B_URL, "html": _RK_B},
        {"url": _RK_C_URL, "html": _RK_C},
        {"url": _RK_D_URL, "html": _RK_D},
    ],
    "planted": [
        ("liftoff time in Libreville (WAT)", r"\b0?2[:h.]14\b", r"\b0?3[:h.]14\b"),
        ("altitude of Ogooue-1's orbit", r"\b535\b", r"\b553\b"),
        ("time from liftoff to Ogooue-1 separation", r"\b57\b", r"\b75\b"),
    ],
}


# ---------------------------------------------------------------------------
# eq-AB6 - earthquake (control): Lake Kivu / Kalehe earthquake, DR Congo
# ---------------------------------------------------------------------------

_RKL = _outlet(
    "Radio Kivu Lumière",
    "https://www.kivulumiere.example",
    "broadcaster",
    "Community radio for South Kivu - FM and online",
    [("Live", "live"), ("News", "news"), ("Kalehe", "kalehe"), ("Bukavu", "bukavu"),
     ("Programmes", "programmes"), ("Kiswahili", "sw")],
    [("Bukavu: water supply restored in Kadutu", "bukavu/kadutu-water"),
     ("Fishermen protest new net rules on the lake", "news/fishermen-nets"),
     ("Programme: the women farmers of Kabare", "programmes/kabare-farmers")],
    "Radio Kivu Lumière, community radio, Avenue Patrice Lumumba, Bukavu.",
)

_EQ_A_URL = "https://www.kivulumiere.example/live/earthquake-lake-kivu-kalehe"
_EQ_A = _page(_RKL, {
    "url": _EQ_A_URL,
    "headline": "LIVE: Earthquake under Lake Kivu - damage in Kalehe, shaking felt in Bukavu",
    "section": "Live",
    "byline": "the Radio Kivu Lumière newsroom",
    "published": "2026-11-08T05:40:00+02:00",
    "modified": "2026-11-08T21:15:00+02:00",
    "visible": "Live - last update 21:15 (Bukavu time), 8 November 2026",
    "year": 2026,
    "body": """
A strong earthquake struck beneath Lake Kivu at 04:37 local time (02:37 GMT) on Sunday. It was
felt across South Kivu and North Kivu and in western Rwanda. The epicentre was under the lake,
about 9 km off the shore of Kalehe territory and some 50 km north of Bukavu.

All times on this page are Bukavu time (CAT, GMT+2). Casualty figures below are provisional:
they are updated as local authorities and the Red Cross confirm them, and they will change.

If you are safe and have information from your village, call or send a message to our
newsroom. Please do not share unverified rumours, in particular about the lake: the monitoring
teams will tell us if anything unusual is detected.
""",
    "feed_title": "Live updates (most recent first)",
    "updates": [
        ("21:15", """
The provincial interior minister, Espérance Bahati Mugisho, speaking in Kalehe: the
provincial government's count now stands at 6 dead and 51 injured, 19 of them seriously.
"We are still going from village to village. These figures will move," she said.
"""),
        ("18:20", """
Boats between Bukavu and Goma, suspended this morning as a precaution, will resume on Monday
at 07:00, the lake transport office says.
"""),
        ("16:40", """
Justin Mugaruka, a seismologist at the Centre de Recherche en Sciences Naturelles (CRSN) in
Lwiro, tells us the station has recorded 9 aftershocks above magnitude 2.5 so far. "This is a
typical rift earthquake. Aftershocks will continue for days, and people should stay out of
cracked houses," he said. The CRSN's own network measured the main shock at 5.3 on its local
magnitude scale.
"""),
        ("14:15", """
Engineers are inspecting public buildings in Bukavu. In Kalehe, the territory administration
says classes will be suspended until school buildings have been checked.
"""),
        ("12:30", """
The administrator of Kalehe territory says at least 5 people have died and 38 have been
injured. Houses have collapsed in Kalehe-centre, Ihusi and along the lakeshore road.
"""),
        ("11:05", """
A strong aftershock at 11:02, magnitude 4.1 according to the USGS, sent people running into
the streets of Bukavu again. No new damage reported so far.
"""),
        ("09:50", """
Listeners in Ihusi call in: several houses are down along the lakeshore road, and people are
digging through the rubble with their hands. Red Cross teams are on their way from
Kalehe-centre.
"""),
        ("08:45", """
The Red Cross says at least 2 people have died in Kalehe. Several injured people have been
taken to the Kalehe general referral hospital.
"""),
        ("07:15", """
Calls are coming in from Goma, Kabare and across the border in Rubavu: the shaking was felt
widely. In Goma, listeners describe a long rolling movement but no damage so far. The lake
transport office has suspended boats between Bukavu and Goma for the day as a precaution.
"""),
        ("06:10", """
The USGS has revised its estimate of the magnitude to 5.4, from a preliminary 5.6. It puts
the depth at 12 km.
"""),
        ("05:40", """
Many residents of Bukavu were woken by violent shaking shortly before dawn. The US Geological
Survey (USGS) gives a preliminary magnitude of 5.6. No immediate reports of casualties.
"""),
    ],
    "sidebar": ("Safety advice", [
        "Do not go back into cracked buildings",
        "Stay away from damaged walls and the lakeshore road cuttings",
        "Report injured people to the nearest Red Cross team",
        "Listen to Radio Kivu Lumière for official updates",
    ]),
    "related": [
        ("Why the Kivu region shakes: the rift explained", "news/kivu-rift-explained"),
        ("Kalehe, three years after the floods", "kalehe/three-years-after-floods"),
    ],
    "tags": ["Earthquake", "Kalehe", "South Kivu"],
})

_GLW = _outlet(
    "Great Lakes Wire",
    "https://greatlakeswire.example",
    "wire",
    "News agency for the African Great Lakes region",
    [("Latest", "news"), ("DR Congo", "drc"), ("Rwanda", "rwanda"), ("Burundi", "burundi"),
     ("Uganda", "uganda"), ("Humanitarian", "humanitarian")],
    [("Burundi: coffee exports pick up", "burundi/coffee-exports"),
     ("Goma: traders reopen border market", "drc/goma-border-market"),
     ("Uganda: new oil pipeline section completed", "uganda/pipeline-section")],
    "Great Lakes Wire. Stories may not be republished without a subscription.",
)

_EQ_B_URL = "https://greatlakeswire.example/news/quake-under-lake-kivu-kills-at-least-five"
_EQ_B = _page(_GLW, {
    "url": _EQ_B_URL,
    "headline": "Earthquake under Lake Kivu kills at least five in eastern Congo",
    "section": "DR Congo",
    "byline": "Patient Cirhuza",
    "jsonld": "2026-11-08T16:05:00+02:00",
    "year": 2026,
    "body": """
BUKAVU, Democratic Republic of Congo, Nov 8 (GLW) - A magnitude 5.4 earthquake struck beneath
Lake Kivu early on Sunday, killing at least five people and injuring 38 in eastern Congo's
South Kivu province, local officials said.

The quake hit at 04:37 (02:37 GMT) at a depth of 12 km, with its epicentre under the lake
about 50 km (31 miles) north of the provincial capital Bukavu, according to the US Geological
Survey, which had initially put the magnitude at 5.6 before revising it.

The toll was given at midday by the administrator of Kalehe territory, the worst-hit area,
who said rescuers were still searching collapsed houses in several lakeside villages.

"The walls fell on people while they were sleeping," said Amani Habimana, a fisherman from
Ihusi whose neighbour's house collapsed. "We pulled out two children with our hands before the
Red Cross arrived."

In Bukavu, the shaking cracked walls in several buildings and brought down part of a church
facade, but no deaths were reported in the city. Residents ran into the streets, and many
returned there when a strong aftershock of magnitude 4.1 struck shortly after 11:00.

Boat services between Bukavu and Goma, at the northern end of the lake, were suspended for the
day as a precaution.

The Centre de Recherche en Sciences Naturelles (CRSN) in Lwiro, which runs a local seismic
network, measured the earthquake at 5.3 on its own local magnitude scale. Its seismologist
Justin Mugaruka Bisimwa said the quake was typical of the western branch of the East African
Rift, which runs through the lake. "This region will always have earthquakes. What kills is
the quality of the houses," he said.

In neighbouring Rwanda, authorities in Rubavu district said several people had been lightly
injured by falling debris and that some houses had been damaged. No deaths were reported there.

Furaha Nsimire, a Red Cross volunteer in Kalehe, said many families would sleep outside on
Sunday night for fear of aftershocks. "People need tarpaulins and blankets more than anything
tonight," she said.

Lake Kivu contains large quantities of dissolved carbon dioxide and methane, and scientists
have long warned of the risk of a sudden gas release. Rwandan and Congolese monitoring teams
said they would check their instruments on the lake, but there were no immediate signs of any
disturbance.

Schools in the worst-hit villages of Kalehe territory were expected to stay closed on Monday
while the buildings are inspected, the territory administrator said.

The region has suffered years of conflict involving armed groups, and humanitarian agencies
already support large numbers of displaced people in South Kivu.

(Reporting by Patient Cirhuza in Bukavu; additional reporting by Grace Uwase in Rubavu;
Editing by David Kalume)
""",
    "sidebar": ("Great Lakes: latest", [
        "Rwanda: Rubavu reports injuries and damaged homes",
        "Burundi: Bujumbura felt light shaking, no damage",
        "Uganda: no reports of the quake being felt",
    ]),
    "related": [
        ("Lake Kivu's gas: the risk explained", "humanitarian/lake-kivu-gas"),
        ("South Kivu: aid agencies warn of funding gap", "humanitarian/south-kivu-funding"),
    ],
    "tags": ["DR Congo", "Earthquake", "Lake Kivu"],
})

_HERALD = _outlet(
    "The Kivu Herald",
    "https://www.kivuherald.example",
    "newspaper",
    "The newspaper of the Kivus",
    [("Home", ""), ("Regional", "regional"), ("Bukavu", "bukavu"), ("Goma", "goma"),
     ("Economy", "economy"), ("Opinion", "opinion")],
    [("Goma: traffic plan for the port area", "goma/port-traffic"),
     ("Coffee: Kivu growers win European prize", "economy/kivu-coffee-prize"),
     ("Opinion: building codes save lives", "opinion/building-codes")],
    "The Kivu Herald, Avenue du Lac, Bukavu.",
)

_EQ_C_URL = "https://www.kivuherald.example/regional/kalehe-counts-the-cost"
_EQ_C = _page(_HERALD, {
    "url": _EQ_C_URL,
    "headline": "Kalehe counts the cost: seven dead, hundreds of homes lost in Sunday's quake",
    "section": "Regional",
    "byline": "Josué Bahizire, in Kalehe",
    "visible": "Wednesday 11 November 2026",
    "year": 2026,
    "body": """
KALEHE - The provincial government yesterday put the final toll from Sunday's earthquake at
seven dead and 64 injured, 19 of them seriously, as families in the lakeside villages of
Kalehe territory began clearing the rubble of their homes.

According to the figures presented in Bukavu by the provincial interior minister, Espérance
Bahati, 212 houses were destroyed and 1,130 damaged. Two primary schools and a health centre
were also damaged, and classes have been suspended in the affected villages until engineers
have inspected the buildings.

The seventh victim, a woman who had been pulled from the ruins of her house in Ihusi on
Sunday morning, died on Monday at the Panzi hospital in Bukavu.

The earthquake, of magnitude 5.4 according to the US Geological Survey, struck at 04:37 on
Sunday, when most people were asleep. Its epicentre lay beneath Lake Kivu, about 9 km off the
Kalehe shore. In the first 24 hours, the seismic station at Lwiro recorded 14 aftershocks of
magnitude 2.5 or more, the strongest of which, at 4.1, struck late on Sunday morning.

"We heard a noise like a lorry, then everything was moving," said Amani Habimana, a fisherman
from Ihusi. "My house is still standing, but my brother's is gone. He is sleeping with us now,
eleven people in two rooms."

## Aid arrives slowly

The provincial government has released 250 million Congolese francs, about $88,000, for
emergency assistance, and the Red Cross has distributed tarpaulins and blankets to around 400
families. Aid workers say the needs are much larger.

"People have lost their houses, their stocks of food and, for some, their fishing boats," said
Furaha Nsimire, a Red Cross volunteer. "Tarpaulins are a start, but the rainy season is here."

In Rwanda, across the lake, the authorities reported 11 people injured and 46 houses damaged
in the districts of Rubavu and Rusizi. No deaths were recorded on the Rwandan side.

## Houses built of mud and hope

Engineers from the provincial public works office who toured the area said most of the
destroyed houses were built of sun-dried mud bricks without any reinforcement. "These houses
are cheap and people build them themselves. But in an earthquake, they fall like cards," said
one of them, who asked not to be named because he was not authorised to speak.

The seismologist Justin Mugaruka, of the CRSN in Lwiro, said the region should expect more
earthquakes of this size in the future. "This is the rift. The question is not whether, but
when, and how well we build," he said.

Traders in Kalehe-centre said the prices of cement and iron roofing sheets had risen since
Sunday, as families rushed to repair what they could before the heaviest rains.

Boat services between Bukavu and Goma, suspended on Sunday, resumed on Monday morning.
""",
    "sidebar": ("Earthquake toll (provincial government, final)", [
        "Dead: 7",
        "Injured: 64, of whom 19 seriously",
        "Houses destroyed: 212 - damaged: 1,130",
        "Rwanda (Rubavu and Rusizi): 11 injured, 46 houses damaged",
    ]),
    "related": [
        ("How to build safer houses in the rift", "opinion/safer-houses"),
        ("Photo gallery: Kalehe after the quake", "regional/kalehe-gallery"),
    ],
    "tags": ["Earthquake", "Kalehe", "Humanitarian"],
})

_RHB = _outlet(
    "Rift Hazards Bulletin",
    "https://rifthazards.example",
    "newsletter",
    "Earthquakes, volcanoes and lake hazards in the East African Rift",
    [("Events", "events"), ("Volcanoes", "volcanoes"), ("Lakes", "lakes"),
     ("Methods", "methods"), ("Archive", "archive")],
    [("Nyiragongo: monthly activity summary", "volcanoes/nyiragongo-summary"),
     ("Lake Kivu gas monitoring: how it works", "lakes/kivu-gas-monitoring"),
     ("Magnitude scales: why agencies disagree", "methods/magnitude-scales")],
    "Rift Hazards Bulletin is written by volunteer geoscientists. Data are preliminary.",
)

_EQ_D_URL = "https://rifthazards.example/events/lake-kivu-kalehe-m5-4"
_EQ_D = _page(_RHB, {
    "url": _EQ_D_URL,
    "headline": "Event report: M5.4 Lake Kivu (Kalehe) earthquake",
    "section": "Events",
    "byline": "Rift Hazards Bulletin editors",
    "body": """
## Summary

A moderate, shallow earthquake occurred beneath the western part of Lake Kivu on 8 November at
02:37 UTC (04:37 local time, CAT). It caused deaths and significant damage in Kalehe territory,
South Kivu, DR Congo, and light damage in western Rwanda.

## Source parameters

* Location: beneath Lake Kivu, about 9 km off the Kalehe shoreline, roughly 50 km north of
Bukavu * Depth: 12 km (USGS) * Magnitude: Mww 5.4 (USGS); a preliminary automatic magnitude of
5.6 was revised within about an hour * Local magnitude: ML 5.3 (CRSN Lwiro network) *
Mechanism: normal faulting on a roughly north-south striking plane

The difference between the USGS and CRSN values is not a contradiction: the USGS figure is a
moment magnitude computed from long-period waves recorded worldwide, while the CRSN value is a
local magnitude based on the amplitudes recorded by its stations in the Kivu region. Values
within a few tenths of each other are normal for an event of this size.

## Tectonic setting

Lake Kivu sits in the western branch of the East African Rift. The mechanism, extension
roughly east-west, is what one expects for the rift faults that bound the lake basin. The
event is the strongest recorded near Kalehe since 2008.

## Aftershocks

The CRSN network recorded 14 aftershocks of magnitude 2.5 or greater in the first 24 hours.
The largest, M4.1, occurred at 09:02 UTC (11:02 local time). Activity decayed normally over
the following days.

## Shaking and impact

Shaking reached intensity VII on the Modified Mercalli scale in the lakeside villages of
Kalehe, V in Bukavu and IV in Goma, according to felt reports and damage surveys. The final
toll announced by the South Kivu provincial government is 7 dead and 64 injured, with 212
houses destroyed and 1,130 damaged. Rwandan authorities reported 11 injured and 46 damaged
houses in Rubavu and Rusizi districts.

Most of the destroyed houses were unreinforced mud-brick buildings, which perform poorly even
in moderate shaking.

## Lake hazard

Lake Kivu's deep waters hold large volumes of dissolved carbon dioxide and methane. Monitoring
teams on both shores reported no anomalies in gas concentrations, temperature profiles or
water levels after the event. A single earthquake of this size is not expected to trigger a
gas release, but post-event checks are standard practice.

## Felt reports

Our online form received several hundred felt reports, from as far away as Kigali and
Bujumbura. Reports from Bukavu describe strong, sharp shaking lasting several seconds;
reports from Goma describe a longer, gentler rolling motion, as expected at a greater
distance from the source.

## Notes

Figures in this report will be updated if agencies revise their solutions. Casualty figures
come from the provincial authorities and the Red Cross; earlier, lower counts published on the
day of the event were provisional.
""",
    "sidebar": ("Recent events in the rift", [
        "M4.6, northern Lake Tanganyika, 21 October",
        "M3.9, Rwenzori foothills, 2 November",
        "Nyiragongo: no eruption, lava lake level stable",
    ]),
    "related": [
        ("Magnitude scales: why agencies disagree", "methods/magnitude-scales"),
        ("Earthquake-resistant housing in the Kivus", "methods/housing-kivus"),
    ],
    "tags": ["Lake Kivu", "Earthquake", "East African Rift"],
})

_EQ = {
    "id": "eq-AB6",
    "part": "AB",
    "domain": "earthquake",
    "fetched": "2026-11-19",
    "articles": [
        {"url": _EQ_A_URL, "html": _EQ_A},
        {"url": _EQ_B_URL, "html": _EQ_B},
        {"url": _EQ_C_URL, "html": _EQ_C},
        {"url": _EQ_D_URL, "html": _EQ_D},
    ],
    "planted": [],
}

STORIES = [_CB, _EL, _CT, _TR, _RK, _EQ]
