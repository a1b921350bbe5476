"""Story battery, part ED — Balkans, Greece and Turkey, events in 2026.

Written by engineer ED1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between the outlets below are legitimate (time zones, local vs UTC dates, rounding,
units and currencies, counts that grow with the time of each update, provisional figures later
revised, forecasts vs outcomes, earlier events, other agencies' estimates, look-alike measures,
name and title variants, sidebars about other stories). Three stories are CONTROLS with no real
contradiction; the other three carry exactly three planted contradictions each, each in one
outlet only. Every outlet, reporter, company, figure and most officials are invented; real
institutions and places are scenery. All domains end in .example.

cb-ED1 (central bank) — CONTROL. The National Bank of Serbia (NBS, Executive Board) cut its key
policy rate by 25 bp, from 5.50% to 5.25%, on Thursday 11 June 2026, announced at 14:00 CEST
(12:00 GMT); deposit facility 4.25% -> 4.00%, lending facility 6.75% -> 6.50% (corridor +/-1.25
pp); second cut of 2026 after 5.75% -> 5.50% on 12 March (first since September 2024, 18-month
hold), holds in April and May; unanimous. April CPI 3.9% y/y (March 4.4%), core 4.2%, m/m 0.4%;
May CPI published Friday 12 June: 3.6% y/y (consensus 3.7%), core 4.0%, m/m 0.2%. Q1 GDP 3.3%
revised (flash 3.1%). EUR/RSD about 117.2; reserves record EUR 29.6bn end-May; about 60% of loans
euro-indexed; projection about 3.2% at end-2026; next meeting Thursday 9 July. Governor Milica
Radenković (invented). Outlets: Balkan Wire Service wire (JSON-LD 2026-06-11T12:06Z, times in
GMT, forecasts May CPI); Beogradski Ekonomist live page (visible date only, updates 13:30-16:10
CEST); Frontier Rates Monitor weekly specialist note published the following week (NO date at
all; "last Thursday", reports the actual May CPI). Traps: 14:00 CEST vs 1200 GMT; 25 bp vs a
quarter point vs 0.25 percentage points; April vs May CPI and headline vs core vs m/m; 3.7%
forecast vs 3.6% outcome; flash vs revised GDP; real rate 1.35 (April) vs 1.65 (May) points;
two different economist polls (14 of 17 vs 9 of 11); 117.19 vs "about 117.2"; EUR 29.6bn vs
"roughly 34 billion dollars"; Radenković vs Radenkovic; quote in two wordings; previous March
cut; sidebars with Hungary 6.25%, Romania 6.00% and 5.1% inflation.

el-ED2 (election) — CONTROL. Partial mayoral election in Varna, Bulgaria; run-off Sunday 8
November 2026, polls 07:00-20:00 EET (05:00-18:00 GMT); first round Sunday 25 October (turnout
33.6%; Kostadinov 38.2%, Ilieva 29.7%, six candidates). Final CIK results (Monday 9 November
afternoon, 100% of protocols): registered 301,212, voted 114,160 (turnout 37.90%), invalid 1,806,
valid 112,354; Dimitar (Georgiev) Kostadinov 59,270 = 52.75%, Radostina Ilieva 49,544 = 44.10%,
"I do not support anyone" 3,540 = 3.15%; margin 9,726; Kostadinov 54.5% of two-candidate votes.
Hourly turnout 9.6% (11:00), 24.8% (16:00), 33.1% (19:00). Sonar Analytics exit poll at 20:00:
53.5% / 43.2% / 3.3%, turnout est. 38.2%. Partial CIK: 41.3% processed at 22:30 EET -> 51.9 /
45.0; 92.6% at 00:40 EET Monday (22:40 GMT Sunday) -> 52.6 / 44.3. Ilieva conceded 23:50 EET
(21:50 GMT). Predecessor Stefan Yordanov resigned in July. Outlets: Morski Vestnik local live
page (visible date "Sunday, 8 November 2026" only, updates 07:05-00:45 EET); Southeast Wire
report (JSON-LD 2026-11-08T23:05Z, dateline "Nov 9", GMT times, partial results); The Sofia
Courier next-day analysis (NO date at all, final results). Traps: local Monday vs UTC Sunday
across midnight; 20:00 EET vs 1800 GMT; exit poll vs partial counts vs final; 52.75% of valid
votes vs 54.5% of two-candidate votes; turnout at 19:00 vs final vs exit-poll estimate; first
round vs run-off; 52.6 vs 52.75 rounding over time; name with and without patronymic; CIK vs
Central Election Commission; quotes in two wordings; sidebars (Plovdiv turnout 29%, 2-2 draw).

ct-ED3 (court) — 3 PLANTED. European Court of Human Rights, Chamber (seven judges, Third Section,
President Ioana Petrescu), Kalafatis and Others v. Greece (no. 8127/23), judgment delivered
Tuesday 14 April 2026 at 10:00 Strasbourg time (CEST) = 11:00 Athens (EEST) = 08:00 GMT.
Violation of Article 1 of Protocol No. 1 by five votes to two (dissent: Kyriakidis, the judge
elected in respect of Greece, and Lindqvist); violation of Article 6 § 1 (length) unanimously.
17 applicants from 14 families; 38 plots, 27.4 ha (274 stremmata) between Agia Anna and Plaka on
NAXOS; 2011 presidential decree ("Zone A"). Domestic case February 2012 - Council of State
September 2022 (10 years 7 months). Awards: EUR 1,234,600 pecuniary (21,000-146,000 each), EUR
5,000 non-pecuniary each, EUR 18,500 costs; total EUR 1,338,100. Not final: three months (until
14 July) to request Grand Chamber referral. PLANTED: (1) vote split 5-2 right vs "four votes to
three" wrong, in Kyklades Today; (2) island Naxos right vs "Paros" wrong, in the Continental
Press Agency wire; (3) weekday Tuesday right vs "Thursday 14 April 2026" wrong, in Strasbourg Case
Notes. Outlets: Aegean Herald, Athens news site (meta article:published_time
2026-04-14T11:52+03:00); Continental Press Agency wire from Strasbourg (JSON-LD
2026-04-14T08:24Z); Kyklades Today local site (visible "Wednesday 15 April 2026, 09:10" only);
Strasbourg Case Notes legal specialist (NO date at all). Traps: 10:00 local vs 11:00 Athens vs
0800 GMT; EUR 1.23m pecuniary vs "more than 1.3 million" vs "a little over 1.33 million" total vs
"about $1.45 million"; 17 applicants vs 14 families; 27.4 ha vs 274 stremmata; "more than a
decade" vs "ten and a half years" vs 10 years 7 months; seven-judge Chamber vs 17-judge Grand
Chamber vs five-judge panel; unanimous (Article 6) vs 5-2 (property); ECtHR / Strasbourg court;
lawyer's quote in three wordings; 1974 purchase and 2020s context; sidebars (bond yields 3.1%).

tr-ED4 (trade) — 3 PLANTED. Turkey's preliminary September 2026 trade data, announced by Trade
Minister Kerem Özyurt with the Turkish Exporters Assembly (TİM, chair Gülşen Karaca) in Istanbul
on Friday 2 October 2026 at 11:30 TRT (08:30 GMT): exports $23.84bn, +6.1% y/y (from $22.47bn);
imports $29.10bn, +2.4%; deficit $5.26bn (from $5.95bn, -11.6%); coverage 81.9% (79.1%);
energy imports $4.62bn (-9.1%), gold $1.41bn, imports ex energy and gold +3.8%; working-day
adjusted export growth 3.4%; exports about EUR 20.4bn; Jan-Sep exports $196.72bn (+4.3%);
12-month exports $268.9bn (record) vs 2026 target $282bn; automotive $3.21bn (+9.8%),
ready-to-wear $1.47bn (-4.6%); Germany $1.95bn, UK $1.37bn, US $1.29bn, Iraq $1.18bn, Italy
$1.11bn; August exports $21.6bn (+3.2%); TÜİK final data Friday 30 October. PLANTED: (1) title
"trade minister" right vs "Finance Minister" wrong, in Bosphorus Business Wire; (2) deficit
$5.26bn right vs "$6.52 billion" wrong, in Marmara Economic Daily; (3) export growth 6.1% right vs
"16.1%" wrong, in Levant Freight Review. Outlets: Bosphorus Business Wire (JSON-LD
2026-10-02T08:58Z); Marmara Economic Daily next-day newspaper analysis (meta
2026-10-03T06:30+03:00); Levant Freight Review shipping specialist (NO date at all). Traps:
month vs year-to-date vs 12-month rolling; target vs outcome; headline vs working-day-adjusted
growth; dollars vs euros; preliminary ministry data vs later TÜİK; deficit change -11.6% vs
coverage ratio points; energy vs core imports; this year vs September 2025 and August; TİM
chair's quote in three wordings; TİM named two ways; port TEU and Ro-Ro figures; sidebars (PMI
48.9, inflation 29.4%).

rk-ED5 (rocket) — CONTROL. SpaceX Falcon 9 Transporter-17 rideshare from SLC-4E, Vandenberg SFB,
liftoff Tuesday 23 June 2026 23:19 PDT = Wednesday 24 June 06:19 UTC = 09:19 Türkiye time (GMT+3),
after a scrub on Sunday 21 June about a minute before liftoff; 81 spacecraft (23 countries);
booster's 14th flight, landed at LZ-4 at T+7 min 41 s. ASENA-1 (418 kg / 922 lb, built by
Kuzey Uzay Teknolojileri for the Turkish Space Agency) separated at T+58 min 30 s (10:17 TRT,
00:17 PDT), first signal at Gölbaşı 10:51 TRT (00:51 PDT), about 1 h 32 min after launch; orbit
about 535 km (332 miles) SSO, 97.5 degrees; 0.8 m pan / 3.2 m multispectral, 16 km swath; 7-year
life; 84% domestic value; cost 2.9 billion lira (about $70-71 million); predecessor KUTSAT-D
(January 2025, 2.5 m); first images within two weeks, service from October. Outlets: Orbital
Dispatch, US space news site (meta 2026-06-24T07:02Z and visible "June 24, 2026 at 12:02 a.m.
PDT"); Anka Daily Turkish live page (visible date only, updates 08:45-12:40 TRT); Southeast
Europe Tech Weekly analysis (NO date at all). Traps: Tuesday night PDT vs Wednesday morning
Türkiye/UTC; 23:19 vs 06:19 vs 09:19; "58 minutes" vs "nearly an hour" vs 58 min 30 s; 7 min 41 s
vs "about seven and a half minutes"; km vs miles, kg vs lb, 0.8 m vs 80 cm vs 31 inches; $71m vs
"roughly $70 million"; 81 vs "more than 80" payloads; previous Transporter's 74 payloads;
KUTSAT-D's 2.5 m; minister's quote in two wordings; sidebars (90th Electron, Starship flight 14).

eq-ED6 (earthquake) — 3 PLANTED. Earthquake at sea between Samos (Greece) and Kuşadası (Turkey),
Monday 2 March 2026 at 02:14:37 UTC = 04:14 Greek time (EET) = 05:14 Turkish time (TRT); about 10
km north-east of Vathy and 18 km west of Kuşadası. Magnitudes: NOA automatic 6.0 revised to 5.8
(depth 9 km); AFAD 5.9 (11.2 km); USGS 5.7 (10 km); EMSC and Kandilli 5.8. Largest aftershock
4.4 (NOA; AFAD 4.5) at 05:02 EET = 06:02 TRT; aftershocks >60 by 09:00 EET, about 150 by 18:30
EET, about 190 by 08:00 Tuesday (AFAD: 87 by 09:00 TRT). One death: a woman, 83, in Ano Vathy
(confirmed 08:40 EET). Injured on Samos: 9 at 07:10 EET, at least 12 by late morning, 17 by 16:40;
in Turkey (AFAD): 23 by 08:00 TRT, 34 by 14:00 TRT. Buildings unsafe in Vathy: 11 of 64 by midday
Monday, 27 of 140 by 16:40, 41 of 212 by 10:00 Tuesday. Schools on Samos closed Monday-Tuesday;
Kuşadası and Söke on Monday. Mayor of East Samos Giorgos Stamatelos; Kuşadası mayor Ömer
Yalçınkaya; seismologist Prof. Katerina Manoli. PLANTED: (1) time 04:14 right vs "04:41" wrong,
in Samos Voice; (2) mayor Stamatelos right vs "Stamatelis" wrong, in Türkiye Daily; (3) NOA
magnitude 5.8 right vs "6.8" wrong, in the Continental Press Agency wire. Outlets: Hellas Now
Greek live page (visible date only, updates 04:31-18:30 EET); Türkiye Daily (meta
2026-03-02T08:20+03:00, modified 09:05, times in TRT); Continental Press Agency wire from Athens
(JSON-LD 2026-03-02T10:05Z, GMT); Samos Voice local next-day piece (NO date at all). Traps:
04:14 EET vs 05:14 TRT vs 0214 GMT; agencies' magnitudes and depths; NOA's automatic 6.0 revised;
injury and inspection counts growing with stated times; Greek vs Turkish injury totals; 4.4 vs
4.5 for the same aftershock; 10 km vs 6 miles, 300 km vs 185 miles; 2020 quake as 6.6 (AFAD) vs
7.0 (USGS); quotes in several wordings; sidebars (DASK, 1-1 draw, 3-1 win).
"""

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builders. Every outlet gets its own furniture; the article text is
# always escaped with html.escape.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _ad(label: str = "Advertisement", slot: str = "mpu") -> str:
    return (
        f'<div class="ad ad-{slot}" aria-hidden="true"><span class="ad-label">{_e(label)}</span>'
        f'<div class="ad-frame" data-slot="{slot}"></div></div>'
    )


def _body(
    text: str, dateline: str = "", ad_after: int = 0, ad_label: str = "Advertisement"
) -> str:
    out = []
    first = True
    for i, line in enumerate(_blocks(text), 1):
        if line.startswith("## "):
            out.append(f"<h2>{_e(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(line[2:])}</p></blockquote>')
        elif line.startswith("READ: "):
            label, _, href = line[6:].partition(" || ")
            out.append(
                f'<aside class="inline-related"><span>Read more:</span> '
                f'<a href="{_e(href)}">{_e(label)}</a></aside>'
            )
        elif line.startswith("TABLE: "):
            rows = [r.split(" | ") for r in line[7:].split(" ;; ")]
            cells = "".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
            )
            head = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
            out.append(
                f'<table class="data-box"><thead><tr>{head}</tr></thead>'
                f"<tbody>{cells}</tbody></table>"
            )
        else:
            if first and dateline:
                out.append(f'<p><span class="dateline">{_e(dateline)}</span> {_e(line)}</p>')
            else:
                out.append(f"<p>{_e(line)}</p>")
            first = False
        if ad_after and i == ad_after:
            out.append(_ad(ad_label))
    return "\n".join(out)


def _links(items: list[tuple[str, str]], ordered: bool = False, cls: str = "") -> str:
    tag = "ol" if ordered else "ul"
    lis = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<{tag} class="{cls}">{lis}</{tag}>'


def _nav(site: dict) -> str:
    lis = "".join(
        f'<li><a href="/{_e(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>' for n in site["nav"]
    )
    return f'<nav class="primary-nav" aria-label="Main"><ul>{lis}</ul></nav>'


def _footer(site: dict) -> str:
    links = "".join(
        f'<li><a href="/{_e(x.lower().replace(" ", "-"))}">{_e(x)}</a></li>'
        for x in site["footer"]
    )
    return (
        f'<footer class="site-footer"><div class="footer-brand">{_e(site["name"])}</div>'
        f"<ul>{links}</ul>"
        f'<p class="copyright">&copy; {_e(site["owner"])}. All rights reserved.</p></footer>'
    )


def _head(site: dict, art: dict) -> str:
    cdn = site["cdn"]
    parts = [
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(art['title'])}</title>",
        f'<meta name="description" content="{_e(art["desc"])}">',
        f'<link rel="canonical" href="{_e(art["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(art["headline"])}">',
        f'<meta property="og:description" content="{_e(art["desc"])}">',
        f'<meta property="og:url" content="{_e(art["url"])}">',
        f'<meta property="og:site_name" content="{_e(site["name"])}">',
        f'<meta property="og:image" content="https://{cdn}/img/{_e(art["img"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{_e(site["handle"])}">',
    ]
    if art.get("published"):
        parts.append(
            f'<meta property="article:published_time" content="{_e(art["published"])}">'
        )
    if art.get("modified"):
        parts.append(f'<meta property="article:modified_time" content="{_e(art["modified"])}">')
    if art.get("section"):
        parts.append(f'<meta property="article:section" content="{_e(art["section"])}">')
    if art.get("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": art.get("ld_type", "NewsArticle"),
            "headline": art["headline"],
            "datePublished": art["jsonld"],
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": art["url"],
            "image": f"https://{cdn}/img/{art['img']}",
        }
        if art.get("jsonld_modified"):
            ld["dateModified"] = art["jsonld_modified"]
        parts.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
    parts.append(f'<link rel="stylesheet" href="https://{cdn}/css/{_e(site["css"])}">')
    parts.append(f'<script async src="https://{cdn}/js/ads.js"></script>')
    parts.append("</head>")
    return "\n".join(parts)


def _figure(site: dict, art: dict) -> str:
    return (
        f'<figure class="lead-image"><img src="https://{site["cdn"]}/img/{_e(art["img"])}" '
        f'alt="{_e(art["caption"])}" width="1200" height="675">'
        f"<figcaption>{_e(art['caption'])} "
        f'<span class="credit">{_e(art["credit"])}</span></figcaption></figure>'
    )


def _share(style: str) -> str:
    if style == "icons":
        return (
            '<div class="share-bar" aria-label="Share this article">'
            '<a class="share fb" href="#">Facebook</a><a class="share x" href="#">X</a>'
            '<a class="share wa" href="#">WhatsApp</a><a class="share mail" href="#">Email</a>'
            "</div>"
        )
    return (
        '<div class="share-tools"><span>Share</span> <a href="#">LinkedIn</a> '
        '<a href="#">X</a> <a href="#">Telegram</a> <button type="button">Copy link</button>'
        '<button type="button">Save</button></div>'
    )


def _page_wire(site: dict, art: dict) -> str:
    meta_line = f'<span class="byline">By {_e(art["author"])}</span>'
    if art.get("visible_date"):
        meta_line += f' <span class="timestamp">{_e(art["visible_date"])}</span>'
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        _head(site, art),
        f'<body class="wire {site["css"].split(".")[0]}">',
        '<a class="skip-link" href="#content">Skip to main content</a>',
        f'<header class="masthead"><a class="logo" href="/">{_e(site["name"])}</a>',
        _nav(site),
        '<a class="btn-register" href="/account/register">Register</a></header>',
        '<main id="content"><article class="story">',
        f'<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{_e(art["section"].lower())}/">{_e(art["section"])}</a></nav>',
        f"<h1>{_e(art['headline'])}</h1>",
        f'<div class="story-meta">{meta_line}</div>',
        _share("text"),
        _figure(site, art),
        '<div class="story-body">',
        _body(art["body"], dateline=art.get("dateline", ""), ad_after=art.get("ad_after", 0)),
        "</div>",
        f'<p class="signoff">{_e(art.get("signoff", ""))}</p>',
        f'<p class="standards"><a href="/about/standards">{_e(site["standards"])}</a></p>',
        "</article>",
        '<aside class="rail"><h3>Related coverage</h3>',
        _links(art["related"], cls="related"),
        _ad("Advertisement", "rail"),
        "</aside></main>",
        _footer(site),
        '<div id="consent-banner" role="dialog" aria-label="Cookie consent">'
        f"<p>{_e(site['cookie'])}</p>"
        '<button type="button">Accept all</button> '
        '<button type="button">Manage preferences</button></div>',
        "</body>",
        "</html>",
    ])


def _page_news(site: dict, art: dict) -> str:
    date_html = ""
    if art.get("visible_date"):
        date_html = f'<p class="pubdate">{_e(art["visible_date"])}</p>'
    tags = "".join(f'<a class="tag" href="/tag/{_e(t.lower())}">{_e(t)}</a>' for t in art["tags"])
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        _head(site, art),
        "<body>",
        '<div class="cookie-notice" role="region" aria-label="Cookies">'
        f"<p>{_e(site['cookie'])}</p>"
        '<a class="btn" href="#">Yes, I accept</a> <a class="btn ghost" href="#">Settings</a>'
        "</div>",
        '<div class="topbar"><a href="/subscribe">Subscribe</a> <a href="/epaper">E-paper</a> '
        '<a href="/login">Sign in</a></div>',
        f'<header class="site-header"><a class="brand" href="/">{_e(site["name"])}</a>'
        f'<p class="tagline">{_e(site["tagline"])}</p></header>',
        _nav(site),
        _ad("Advertisement", "leaderboard"),
        '<main class="layout"><article class="article">',
        f'<p class="kicker">{_e(art["kicker"])}</p>',
        f"<h1>{_e(art['headline'])}</h1>",
        f'<p class="standfirst">{_e(art["standfirst"])}</p>',
        f'<div class="author-box"><a class="author" href="/author/">{_e(art["author"])}</a>'
        f'<span class="role">{_e(art.get("author_role", ""))}</span>{date_html}</div>',
        _share("icons"),
        _figure(site, art),
        '<div class="article-body">',
        _body(art["body"], dateline=art.get("dateline", ""), ad_after=art.get("ad_after", 4)),
        "</div>",
        f'<div class="tags">{tags}</div>',
        '<section class="newsletter-box"><h3>'
        f"{_e(site['newsletter'])}</h3>"
        '<form action="/newsletter" method="post"><input type="email" placeholder="Your email">'
        '<button type="submit">Sign up</button></form>'
        '<p class="small">You can unsubscribe at any time.</p></section>',
        '<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.'
        "</p></section>",
        "</article>",
        '<aside class="sidebar"><section class="most-read"><h3>Most read</h3>',
        _links(art["most_read"], ordered=True, cls="most-read-list"),
        "</section>",
        _ad("Advertisement", "halfpage"),
        '<section class="more"><h3>More from this section</h3>',
        _links(art["related"], cls="more-list"),
        "</section></aside></main>",
        _footer(site),
        "</body>",
        "</html>",
    ])


def _page_live(site: dict, art: dict) -> str:
    ups = []
    for stamp, heading, text in art["updates"]:
        ups.append(
            '<article class="live-post"><div class="post-time">'
            f"<time>{_e(stamp)}</time></div>"
            f"<h3>{_e(heading)}</h3>{_body(text)}"
            '<div class="post-share"><a href="#">Share</a></div></article>'
        )
    keys = "".join(f"<li>{_e(k)}</li>" for k in art["key_points"])
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        _head(site, art),
        '<body class="liveblog">',
        f'<header class="hdr"><a class="logo" href="/">{_e(site["name"])}</a>',
        _nav(site),
        '<a class="search" href="/search">Search</a></header>',
        '<main><div class="live-header"><span class="live-badge">LIVE</span>',
        f"<h1>{_e(art['headline'])}</h1>",
        f'<p class="live-dateline">{_e(art["visible_date"])}</p>',
        f'<p class="live-byline">Live coverage by {_e(art["author"])}</p>',
        _share("icons"),
        "</div>",
        _figure(site, art),
        f'<section class="key-points"><h2>Key points</h2><ul>{keys}</ul></section>',
        '<section class="live-feed">',
        "\n".join(ups),
        "</section>",
        _ad("Advertisement", "inline"),
        '<section class="related"><h2>Related stories</h2>',
        _links(art["related"], cls="related-list"),
        "</section></main>",
        '<aside class="trending"><h2>Trending now</h2>',
        _links(art["most_read"], ordered=True),
        "</aside>",
        _footer(site),
        '<div class="gdpr-overlay" role="dialog"><h2>Your privacy</h2>'
        f"<p>{_e(site['cookie'])}</p>"
        '<button type="button">Agree</button> <button type="button">Disagree</button> '
        '<a href="/privacy">Privacy policy</a></div>',
        "</body>",
        "</html>",
    ])


def _page_local(site: dict, art: dict) -> str:
    date_html = ""
    if art.get("visible_date"):
        date_html = f'<div class="posted">{_e(art["visible_date"])}</div>'
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        _head(site, art),
        '<body class="local-news">',
        '<div class="consent-strip">'
        f"{_e(site['cookie'])} <a href=\"#\">OK</a> <a href=\"/cookies\">More info</a></div>",
        f'<div class="weather-widget">{_e(site["weather"])}</div>',
        f'<header><a class="site-logo" href="/">{_e(site["name"])}</a>'
        f'<span class="motto">{_e(site["tagline"])}</span></header>',
        _nav(site),
        '<div class="wrap"><article class="post">',
        f'<span class="category">{_e(art["section"])}</span>',
        f"<h1 class=\"post-title\">{_e(art['headline'])}</h1>",
        f'<div class="post-meta">Written by <strong>{_e(art["author"])}</strong>{date_html}</div>',
        _figure(site, art),
        '<div class="entry">',
        _body(art["body"], dateline=art.get("dateline", ""), ad_after=art.get("ad_after", 5),
              ad_label="Sponsored"),
        "</div>",
        _share("icons"),
        '<div class="fb-comments-placeholder">Comments are moderated. Be respectful.</div>',
        "</article>",
        '<aside class="side"><h3>Latest news</h3>',
        _links(art["related"], cls="latest"),
        '<h3>Popular this week</h3>',
        _links(art["most_read"], ordered=True),
        '<div class="classifieds"><h3>Classifieds</h3>'
        f"<p>{_e(site['classified'])}</p></div>",
        _ad("Advertisement", "side"),
        "</aside></div>",
        _footer(site),
        "</body>",
        "</html>",
    ])


def _page_trade(site: dict, art: dict) -> str:
    date_html = ""
    if art.get("visible_date"):
        date_html = f'<span class="date">{_e(art["visible_date"])}</span>'
    tags = ", ".join(art["tags"])
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        _head(site, art),
        '<body class="specialist">',
        '<div class="paywall-notice">Subscriber preview &mdash; '
        f"{_e(site['paywall'])} <a href=\"/subscribe\">Start a trial</a></div>",
        f'<header class="top"><a class="wordmark" href="/">{_e(site["name"])}</a>',
        _nav(site),
        '<a href="/login" class="login">Log in</a></header>',
        '<main><article class="analysis">',
        f'<p class="section-label">{_e(art["section"])}</p>',
        f"<h1>{_e(art['headline'])}</h1>",
        f'<p class="dek">{_e(art["standfirst"])}</p>',
        f'<p class="author-line">{_e(art["author"])}, {_e(art.get("author_role", ""))} '
        f"{date_html}</p>",
        _figure(site, art),
        '<div class="analysis-body">',
        _body(art["body"], dateline=art.get("dateline", ""), ad_after=art.get("ad_after", 0)),
        "</div>",
        f'<p class="topics">Topics: {_e(tags)}</p>',
        '<div class="print-tools"><button type="button">Download PDF</button> '
        '<button type="button">Print</button> <button type="button">Email</button></div>',
        "</article>",
        '<aside class="insight-rail"><h3>Latest analysis</h3>',
        _links(art["related"], cls="latest-analysis"),
        "<h3>Most read</h3>",
        _links(art["most_read"], ordered=True),
        f'<div class="event-promo"><h3>Events</h3><p>{_e(site["event"])}</p></div>',
        "</aside></main>",
        '<section class="newsletter"><h3>'
        f"{_e(site['newsletter'])}</h3>"
        '<input type="email" placeholder="Work email"> <button type="button">Subscribe</button>'
        "</section>",
        _footer(site),
        '<div id="cmp" role="dialog"><p>'
        f"{_e(site['cookie'])}</p><button type=\"button\">Accept</button> "
        '<button type="button">Reject non-essential</button></div>',
        "</body>",
        "</html>",
    ])


_LAYOUTS = {
    "wire": _page_wire,
    "news": _page_news,
    "live": _page_live,
    "local": _page_local,
    "trade": _page_trade,
}


def _render(site: dict, art: dict) -> dict:
    return {"url": art["url"], "html": _LAYOUTS[site["layout"]](site, art)}


# ---------------------------------------------------------------------------
# Outlets (all invented)
# ---------------------------------------------------------------------------

_BWS = {
    "name": "Balkan Wire Service", "domain": "balkanwire.example",
    "cdn": "static.balkanwire.example",
    "layout": "wire", "css": "bws.min.css", "handle": "BalkanWire",
    "nav": ["World", "Markets", "Business", "Politics", "Energy", "Video"],
    "footer": ["About us", "Contact", "Licensing", "Terms of use", "Privacy", "Cookies"],
    "owner": "Balkan Wire Service d.o.o.",
    "cookie": "We and our partners use cookies to personalise content and ads and to analyse "
              "our traffic.",
    "standards": "Our standards: editorial principles",
}

_EKON = {
    "name": "Beogradski Ekonomist", "domain": "ekonomist-bg.example",
    "cdn": "cdn.ekonomist-bg.example", "layout": "live", "css": "eko-live.css",
    "handle": "EkonomistBG",
    "nav": ["Economy", "Finance", "Companies", "Real estate", "Opinion", "Live"],
    "footer": ["Impressum", "Advertise", "Careers", "Privacy", "Cookie settings"],
    "owner": "Ekonomist Media Grupa",
    "cookie": "This site uses cookies to give you the best experience. By clicking Agree you "
              "consent to the use of all cookies.",
}

_FRM = {
    "name": "Frontier Rates Monitor", "domain": "frontier-rates.example",
    "cdn": "assets.frontier-rates.example", "layout": "trade", "css": "frm.css",
    "handle": "FrontierRates",
    "nav": ["CEE", "Balkans", "Turkey", "Central banks", "FX", "Data"],
    "footer": ["Methodology", "Subscriptions", "Disclaimer", "Privacy", "Contact"],
    "owner": "Frontier Rates Research Ltd",
    "cookie": "We use essential cookies to run this service and optional analytics cookies to "
              "improve it.",
    "paywall": "You are reading one of three free notes this month.",
    "newsletter": "Get the weekly CEE rates wrap in your inbox",
    "event": "Frontier Markets Rates Forum, Vienna. Registration is open.",
}


def _story_cb() -> dict:
    wire = {
        "url": "https://www.balkanwire.example/markets/2026/06/11/"
               "serbia-central-bank-cuts-key-rate-to-525",
        "title": "Serbia's central bank cuts key rate to 5.25% as inflation eases | "
                 "Balkan Wire Service",
        "desc": "The National Bank of Serbia lowered its key policy rate by 25 basis points to "
                "5.25% on Thursday, its second cut this year, citing slowing inflation.",
        "headline": "Serbia's central bank cuts key rate to 5.25% as inflation eases",
        "img": "nbs-headquarters-belgrade.jpg",
        "caption": "The headquarters of the National Bank of Serbia in Belgrade.",
        "credit": "Photo: Marko Đurić / BWS",
        "author": "Nenad Ilić",
        "section": "Markets",
        "jsonld": "2026-06-11T12:06:00Z",
        "dateline": "BELGRADE, June 11 (BWS) -",
        "signoff": "Reporting by Nenad Ilić; Editing by Clare Whitfield",
        "related": [
            ("Hungary's central bank holds base rate at 6.25%, signals patience",
             "https://www.balkanwire.example/markets/hungary-rates-hold"),
            ("Romanian inflation eases to 5.1% in May", "https://www.balkanwire.example/markets/"
             "romania-cpi-may"),
            ("Serbia's Expo 2027 budget rises to 1.9 billion euros",
             "https://www.balkanwire.example/business/serbia-expo-budget"),
        ],
        "body": """
The National Bank of Serbia (NBS) cut its key policy rate by 25 basis points to 5.25% on
Thursday, its second reduction this year, saying inflation had returned firmly inside its target
band and was expected to keep slowing through the rest of 2026.

The decision, announced at 1200 GMT, had been expected by 14 of the 17 economists polled by
Balkan Wire Service last week; the other three had forecast no change. The bank also lowered the
rate on its deposit facility to 4.00% from 4.25% and the rate on its lending facility to 6.50%
from 6.75%, keeping the corridor around the key rate at plus or minus 1.25 percentage points.

"Inflation is firmly back within the target band, and we expect it to move closer to 3% by the
end of the year, which gives us room to ease carefully," Governor Milica Radenković said in a
statement issued with the decision.

Annual consumer price inflation slowed to 3.9% in April from 4.4% in March, according to the
Statistical Office of the Republic of Serbia, well inside the NBS target of 3% plus or minus 1.5
percentage points. Core inflation, which strips out food, energy, alcohol and cigarettes, stood
at 4.2% in April. Prices rose 0.4% on the month.

Data for May are due on Friday. The median forecast in the Balkan Wire Service poll is for
annual inflation of 3.7%.

## Second cut of the cycle

The NBS had held the key rate at 5.75% for 18 months before cutting it to 5.50% on March 12,
and it kept the rate unchanged at its April and May meetings as it waited for evidence that food
prices, which jumped after a dry summer last year, were easing.

In its May Inflation Report the bank projected that inflation would slow to around 3.2% by the
end of 2026 and stay close to the 3% midpoint of the target band in 2027.

"The statement is dovish, but it is not a green light for a series of cuts," said Jelena Marić,
chief economist at Dunav Capital in Belgrade. "They want to see the May and June numbers first.
I would not count on another move in July."

The economy grew 3.3% year on year in the first quarter, the statistical office said in a
revised estimate, slightly faster than the 3.1% shown by its flash estimate at the end of April.
Construction linked to the Expo 2027 exhibition in Belgrade and solid household consumption
drove the expansion, the NBS said.

The dinar was little changed after the decision at around 117.2 per euro. The central bank has
kept the currency broadly stable against the euro for more than a decade, intervening on the
interbank market when needed, and said foreign exchange reserves reached a record 29.6 billion
euros at the end of May.

About 60% of loans to households and companies in Serbia are indexed to the euro, according to
NBS data, which limits how far a cut in the dinar policy rate feeds through to borrowers. The
bank said it expected commercial banks to pass the reduction on to variable-rate dinar loans
within weeks.

Analysts at Meridian Frontier Research in London said the cut left the real policy rate,
measured against April inflation, at about 1.35 percentage points, still among the highest in
central and eastern Europe. "There is room for another 25 to 50 basis points by the end of the
year if the dinar stays calm," said Aleksandar Vuksanović, an analyst at the firm.

The Executive Board's next rate-setting meeting is scheduled for July 9.
""",
    }

    live = {
        "url": "https://www.ekonomist-bg.example/live/nbs-odluka-kamatna-stopa-jun",
        "title": "LIVE: NBS cuts key policy rate to 5.25% - Beogradski Ekonomist",
        "desc": "Follow the National Bank of Serbia's June rate decision, market reaction and "
                "Governor Milica Radenković's press conference as it happened.",
        "headline": "NBS rate decision live: key policy rate cut to 5.25%",
        "img": "nbs-press-conference.jpg",
        "caption": "Governor Milica Radenković at the bank's press conference in Belgrade.",
        "credit": "Photo: Beogradski Ekonomist / Ivana Lukić",
        "author": "Ivana Lukić and Stefan Perić",
        "section": "Finance",
        "visible_date": "Thursday 11 June 2026 · All times are Belgrade time (CEST)",
        "key_points": [
            "The NBS cut the key policy rate by a quarter of a percentage point to 5.25%",
            "Deposit facility rate now 4.00%, lending facility rate 6.50%",
            "Governor Radenković: there is room to ease, \"carefully\"",
            "The dinar was steady at around 117.2 per euro",
        ],
        "related": [
            ("Dinar housing loans: what the March cut meant for your instalment",
             "https://www.ekonomist-bg.example/finance/dinar-loans-march"),
            ("Belgrade Stock Exchange: BELEX15 adds 0.8% in quiet week",
             "https://www.ekonomist-bg.example/markets/belex15-week"),
            ("Fuel prices unchanged for the third week", "https://www.ekonomist-bg.example/"
             "economy/fuel-prices"),
        ],
        "most_read": [
            ("Apartment prices in Novi Sad up 11% in a year",
             "https://www.ekonomist-bg.example/real-estate/novi-sad-prices"),
            ("New motorway section to Čačak opens in September",
             "https://www.ekonomist-bg.example/economy/motorway-cacak"),
            ("Tax office extends deadline for entrepreneurs",
             "https://www.ekonomist-bg.example/economy/tax-deadline"),
        ],
        "updates": [
            ("16:10", "That's all from us today", """
To sum up: the NBS Executive Board lowered the key policy rate by 0.25 percentage points to
5.25%, the second cut after March. Governor Milica Radenković would not be drawn on July, saying
every meeting is "open". The statistical office publishes May inflation tomorrow at noon; we will
have it on the site as soon as it is out. Thanks for following.
"""),
            ("15:42", "Euro-indexed loans: 'the ECB matters as much as we do'", """
Asked what the cut means for people with euro-indexed mortgages, Radenković said roughly 60% of
all loans in Serbia are indexed to the euro and that for those borrowers "decisions in Frankfurt
matter as much as ours". Holders of dinar loans with variable rates should see the reduction
passed on within weeks, she said.
"""),
            ("15:20", "Radenković: room to ease, carefully", """
The governor repeated the line from the statement, in slightly different words: "Inflation is
firmly back inside the band and we expect it to approach 3% by the end of the year. That gives
us room to ease - carefully."

She said the decision of the Executive Board was unanimous and that the bank still expects
inflation of around 3.2% at the end of 2026, as projected in the May Inflation Report.
"""),
            ("15:00", "Press conference begins", """
Governor Milica Radenković and Vice-Governor Dragan Stojiljković are now at the podium in the
NBS building on Kralja Petra street. Radenković opened by noting that first-quarter growth had
been revised up to 3.3% from the 3.1% flash estimate.
"""),
            ("14:35", "First bank moves", """
Banka Sava, one of the country's mid-sized lenders, says it will cut rates on variable dinar
housing loans by 0.25 points from 1 July. On a 30-year dinar loan of 10 million dinars (about
85,300 euros) that works out at roughly 1,600 dinars, or about 14 euros, off the monthly
instalment, by our calculation.
"""),
            ("14:20", "Dinar shrugs", """
The dinar is at 117.19 per euro on the interbank market, practically where it was before the
announcement (117.18). The yield on the 2029 dinar government bond is down 6 basis points at
5.14%.
"""),
            ("14:08", "The details", """
The deposit facility rate goes to 4.00% from 4.25% and the lending facility rate to 6.50% from
6.75%, so the corridor stays at plus or minus 1.25 points around the key rate. The statement
cites April inflation of 3.9% and core inflation of 4.2%, and says inflation should "continue to
slow gradually" and move towards the 3% midpoint of the target band.
"""),
            ("14:00", "BREAKING: NBS cuts rate by 25 basis points to 5.25%", """
The National Bank of Serbia has cut its key policy rate by 25 basis points, from 5.50% to 5.25%.
That is 12:00 GMT for our readers abroad.
"""),
            ("13:45", "What economists expect", """
Nine of the 11 economists in our survey this week expected a cut of 25 basis points; two
expected the rate to stay at 5.50%. Most see the May inflation number, due on Friday, coming in
a little below April's 3.9%.
"""),
            ("13:30", "Good afternoon", """
Welcome to our live coverage of the June meeting of the NBS Executive Board. The decision is due
at 14:00. A reminder: in March the board cut the key rate by 25 basis points to 5.50%, its first
cut since September 2024, and it left the rate unchanged in April and May.
"""),
        ],
    }

    note = {
        "url": "https://www.frontier-rates.example/notes/serbia-nbs-second-cut-may-cpi",
        "title": "Serbia: NBS delivers second cut of 2026, May CPI undershoots - Frontier Rates "
                 "Monitor",
        "desc": "The NBS cut by 25bp to 5.25% and May inflation came in below consensus. We now "
                "see one more cut this year.",
        "headline": "Serbia: NBS delivers second cut of 2026, May CPI undershoots",
        "standfirst": "A quarter-point cut, a soft inflation print and a calm dinar leave room "
                      "for one more move before year-end.",
        "img": "belgrade-skyline-sava.jpg",
        "caption": "Belgrade's waterfront on the Sava river.",
        "credit": "Image: Frontier Rates Monitor",
        "author": "Katarina Novak",
        "author_role": "CEE rates strategist",
        "section": "Central banks",
        "tags": ["Serbia", "NBS", "Inflation", "Dinar", "Policy rates"],
        "related": [
            ("Hungary: MNB holds at 6.25% and keeps the door shut",
             "https://www.frontier-rates.example/notes/hungary-mnb-hold"),
            ("Romania: NBR on hold at 6.00% as fiscal risks linger",
             "https://www.frontier-rates.example/notes/romania-nbr-hold"),
            ("Turkey: what a slower easing path means for carry",
             "https://www.frontier-rates.example/notes/turkey-carry"),
        ],
        "most_read": [
            ("Poland: two cuts priced, one too many?",
             "https://www.frontier-rates.example/notes/poland-cuts"),
            ("CEE FX: the quiet quarter", "https://www.frontier-rates.example/notes/cee-fx"),
        ],
        "body": """
The National Bank of Serbia lowered its key policy rate by a quarter of a percentage point to
5.25% last Thursday, and the inflation print that followed a day later strengthened the case for
at least one more move this year.

Annual CPI inflation slowed to 3.6% in May from 3.9% in April, the Statistical Office reported
on Friday, undershooting the 3.7% consensus. Month on month, prices rose 0.2%. Core inflation,
which excludes food, energy, alcohol and tobacco, eased to 4.0% from 4.2%.

The cut itself was well flagged. The NBS had ended an 18-month hold at 5.75% with a 25bp
reduction in March, paused in April and May, and last week lowered the deposit and lending
facility rates in step, to 4.00% and 6.50% respectively. The symmetric corridor of 125bp around
the key rate is unchanged.

## What the governor said

Governor Milica Radenkovic framed the move as cautious. "Inflation is firmly back within the
target band, and we expect it to move closer to 3% by the end of the year, which gives us room to
ease carefully," she said in the statement. At the press conference she declined to commit to a
July move, describing every meeting as "open", and stressed that the decision had been unanimous.

The NBS projection, unchanged since the May Inflation Report, has headline inflation at around
3.2% at end-2026, close to the 3% midpoint of the 1.5%-4.5% tolerance band.

## Real rates and the dinar

Using May's headline print, the ex-post real policy rate now stands at about 1.65 percentage
points, or 1.35 points measured against April's 3.9%. That is still high by regional
standards: Hungary's real rate is close to 1.4 points and Romania's is near 1.

EUR/RSD barely moved and is trading around 117.2, where the NBS has held it, give or take a few
paras, for years. Reserves hit a record 29.6 billion euros at the end of May, roughly 34 billion
dollars, which gives the bank ample firepower if a faster easing cycle ever unsettled the dinar.

The three-month BELIBOR fixing fell to 5.41% on Monday, 22bp lower than a week earlier, and the
FRA curve now prices a further 25bp cut by September.

## Our view

We now expect one more 25bp cut, in September, taking the key rate to 5.00% by year-end. A July
cut is possible if June inflation undershoots again, but the governor's reluctance to
pre-commit, and the fact that around 60% of loans are euro-indexed and respond more to the ECB
than to the NBS, argue for patience.

Risks to our view are two-sided. Food prices remain volatile after last year's drought, and
regulated electricity tariffs are due for review in the autumn. On the other side, growth has
held up better than expected: first-quarter GDP was revised to 3.3% year on year from a 3.1%
flash, helped by Expo 2027 construction.

TABLE: Serbia snapshot | Latest | Previous ;; Key policy rate | 5.25% | 5.50% ;; Deposit
facility | 4.00% | 4.25% ;; Lending facility | 6.50% | 6.75% ;; CPI, y/y (May) | 3.6% | 3.9% ;;
Core CPI, y/y (May) | 4.0% | 4.2% ;; GDP, y/y (Q1, revised) | 3.3% | 3.1% (flash) ;; FX
reserves (end-May) | EUR 29.6bn | - ;; Next meeting | 9 July | -

The next NBS rate decision is due on 9 July.
""",
    }

    return {
        "id": "cb-ED1",
        "part": "ED",
        "domain": "central bank",
        "fetched": "2026-06-16",
        "articles": [_render(_BWS, wire), _render(_EKON, live), _render(_FRM, note)],
        "planted": [],
    }


_MORSKI = {
    "name": "Morski Vestnik", "domain": "morskivestnik.example", "cdn": "img.morskivestnik.example",
    "layout": "live", "css": "mv-live.css", "handle": "MorskiVestnik",
    "nav": ["Varna", "Region", "Politics", "Sea & Port", "Sport", "Culture"],
    "footer": ["About", "Editorial team", "Advertising", "Terms", "Privacy"],
    "owner": "Morski Vestnik Media EOOD",
    "cookie": "Morski Vestnik uses cookies for statistics and advertising. You can change your "
              "choice at any time.",
}

_SEW = {
    "name": "Southeast Wire", "domain": "southeastwire.example",
    "cdn": "media.southeastwire.example", "layout": "wire", "css": "sew.css",
    "handle": "SoutheastWire",
    "nav": ["Top news", "Politics", "Economy", "Region", "Energy", "Photos"],
    "footer": ["Who we are", "Subscribe to the wire", "Corrections", "Privacy", "Terms"],
    "owner": "Southeast Wire Agency Ltd",
    "cookie": "Southeast Wire uses cookies and similar technologies. Choose Accept all to "
              "continue.",
    "standards": "Corrections and standards",
}

_COURIER = {
    "name": "The Sofia Courier", "domain": "sofiacourier.example",
    "cdn": "static.sofiacourier.example", "layout": "news", "css": "courier.css",
    "handle": "SofiaCourier", "tagline": "Bulgaria's English-language daily",
    "nav": ["News", "Politics", "Business", "Regions", "Opinion", "Culture", "Sport"],
    "footer": ["About the Courier", "Contact", "Subscriptions", "Archive", "Privacy", "Cookies"],
    "owner": "Courier Publishing AD",
    "cookie": "We use cookies to improve your experience and to show relevant advertising.",
    "newsletter": "The Courier Morning Briefing - every weekday at 7am",
}


def _story_el() -> dict:
    live = {
        "url": "https://www.morskivestnik.example/live/varna-mayor-runoff-results",
        "title": "Live: Varna elects a mayor - run-off results | Morski Vestnik",
        "desc": "Turnout, the exit poll and the count as Varna chooses between Dimitar "
                "Kostadinov and Radostina Ilieva in the mayoral run-off.",
        "headline": "Varna elects a mayor: run-off live",
        "img": "varna-polling-station.jpg",
        "caption": "Voters at a polling station in the Chaika district of Varna.",
        "credit": "Photo: Morski Vestnik / Kalin Stoev",
        "author": "the Morski Vestnik newsroom",
        "section": "Politics",
        "visible_date": "Sunday, 8 November 2026 - times are local (EET)",
        "key_points": [
            "Kostadinov leads with 52.6% after 92.6% of protocols processed, CIK says",
            "Ilieva concedes shortly before midnight",
            "Sonar Analytics exit poll: Kostadinov 53.5%, Ilieva 43.2%",
            "Turnout at 19:00 was 33.1%, above the first round",
        ],
        "related": [
            ("First round: Kostadinov and Ilieva go through to the run-off",
             "https://www.morskivestnik.example/politics/first-round-results"),
            ("Why Varna is voting a year early: Yordanov's resignation explained",
             "https://www.morskivestnik.example/politics/yordanov-resignation"),
            ("Port of Varna handles 1.2 million tonnes of grain in October",
             "https://www.morskivestnik.example/sea-port/grain-october"),
        ],
        "most_read": [
            ("Sea Garden: 140 trees to be replanted this winter",
             "https://www.morskivestnik.example/varna/sea-garden-trees"),
            ("Cherno More draw 2-2 at home", "https://www.morskivestnik.example/sport/"
             "cherno-more-draw"),
            ("Asparuhov bridge closed at night for repairs",
             "https://www.morskivestnik.example/varna/bridge-repairs"),
        ],
        "updates": [
            ("00:45", "92.6% counted: Kostadinov 52.6%", """
The Central Election Commission (CIK) has now processed 92.6% of protocols. Dimitar
Kostadinov has 52.6%, Radostina Ilieva 44.3%. The rest are ballots marked "I do not support
anyone". Final results are expected on Monday. We are closing the live page here - thank you for
staying with us through the night.
"""),
            ("00:18", "Kostadinov: 'I will be the mayor of all of Varna'", """
Kostadinov arrived at his campaign headquarters on Slivnitsa Boulevard just after midnight.
"Tonight Varna chose work over quarrels," he told supporters. "From tomorrow I will be the mayor
of everyone in this city, including those who did not vote for me." He thanked Ilieva for what
he called "a hard but fair campaign".
"""),
            ("23:50", "Ilieva concedes", """
Radostina Ilieva has conceded. Speaking at the headquarters of the Alliance for a New Varna, she
said: "The people of Varna have spoken, and I congratulate Mr Kostadinov. We will be a
constructive but vigilant opposition in the municipal council." Ilieva remains a municipal
councillor.
"""),
            ("22:35", "First CIK results: Kostadinov ahead", """
With 41.3% of protocols processed, the CIK puts Kostadinov at 51.9% and Ilieva at 45.0%.
Results from the Vladislav Varnenchik and Asparuhovo districts, where Ilieva did well in the
first round, are coming in more slowly.
"""),
            ("20:40", "Caution at both headquarters", """
Kostadinov's team says it will not comment until the CIK has processed at least half of the
protocols. Ilieva's spokesman, Nikola Tenev, said the gap in the exit poll was "within reach of
the real count" and asked supporters to wait.
"""),
            ("20:00", "Polls close - exit poll gives Kostadinov the lead", """
Polling stations have closed. The exit poll by Sonar Analytics for Morski Vestnik TV gives
Dimitar Kostadinov 53.5% and Radostina Ilieva 43.2%, with 3.3% choosing "I do not support
anyone". Sonar estimates turnout at 38.2%. These are estimates, not results.
"""),
            ("19:25", "Turnout 33.1% at 19:00", """
According to the CIK, 33.1% of registered voters had cast a ballot by 19:00. In the first round
on 25 October, final turnout was 33.6%, so this run-off is on course to beat it.
"""),
            ("16:25", "Turnout 24.8% at 16:00", """
The CIK reports turnout of 24.8% at 16:00, compared with 22.9% at the same time in the first
round. Queues were reported at several polling stations in the Mladost district.
"""),
            ("14:10", "The candidates have voted", """
Kostadinov, 47, a civil engineer and former deputy mayor for construction, voted in the Chaika
district at about 10:30, accompanied by his wife and two sons. Ilieva, 39, a lawyer and
municipal councillor, voted in Asparuhovo at 12:15. "Whatever happens, Varna deserves a mayor who
answers questions," she told reporters outside the school.
"""),
            ("11:20", "Turnout 9.6% at 11:00", """
The first turnout figure from the CIK: 9.6% at 11:00, slightly above the 8.7% recorded at the
same time two weeks ago.
"""),
            ("07:05", "Polls are open", """
Good morning. Polling stations across Varna opened at 07:00 and close at 20:00. Voters are
choosing between Dimitar Kostadinov, backed by the Citizens for Varna coalition, and Radostina
Ilieva of the Alliance for a New Varna. The winner will serve until the regular local elections
in autumn 2027, completing the term of Stefan Yordanov, who resigned in July to become a deputy
minister of regional development. In the first round Kostadinov won 38.2% and Ilieva 29.7%.
"""),
        ],
    }

    wire = {
        "url": "https://www.southeastwire.example/politics/2026/11/08/"
               "bulgaria-varna-mayor-runoff-kostadinov",
        "title": "Engineer Kostadinov wins Varna mayoral run-off, partial results show - "
                 "Southeast Wire",
        "desc": "Dimitar Kostadinov, a former deputy mayor, won the run-off for mayor of "
                "Bulgaria's Black Sea city of Varna, partial results showed.",
        "headline": "Engineer Kostadinov wins Varna mayoral run-off, partial results show",
        "img": "varna-cathedral-night.jpg",
        "caption": "The Dormition cathedral in central Varna.",
        "credit": "Photo: Southeast Wire",
        "author": "Elitsa Dobreva",
        "section": "Politics",
        "jsonld": "2026-11-08T23:05:00Z",
        "dateline": "VARNA, Bulgaria, Nov 9 (SEW) -",
        "signoff": "Reporting by Elitsa Dobreva; editing by Tom Ashby",
        "related": [
            ("Bulgaria's parliament approves 2027 budget framework at first reading",
             "https://www.southeastwire.example/economy/bulgaria-budget-first-reading"),
            ("Romania's Constanta port posts record container volumes",
             "https://www.southeastwire.example/region/constanta-port-record"),
            ("Greek ferry strike cancels sailings for 48 hours",
             "https://www.southeastwire.example/region/greek-ferry-strike"),
        ],
        "body": """
Dimitar Kostadinov, a civil engineer and former deputy mayor, won Sunday's run-off for mayor
of Bulgaria's Black Sea port city of Varna, partial results published by the Central Election
Commission (CIK) early on Monday showed.

With 92.6% of protocols processed at 2240 GMT, Kostadinov, 47, had 52.6% of the vote, against
44.3% for Radostina Ilieva, 39, a lawyer and municipal councillor. Bulgarian ballots include the
option "I do not support anyone", which accounted for the remainder.

Ilieva conceded shortly before midnight local time (2150 GMT). "The people of Varna have spoken,
and I congratulate Mr Kostadinov," she told supporters, promising that her Alliance for a New
Varna would be a "constructive but vigilant" opposition on the municipal council.

Kostadinov, who was backed by the Citizens for Varna coalition, told supporters that the city had
"chosen work over quarrels" and that he would be mayor "of everyone, including those who did not
vote for me".

Polling stations closed at 8 p.m. (1800 GMT). An exit poll by Sonar Analytics had put Kostadinov
on 53.5% and Ilieva on 43.2%. The commission said turnout had reached 33.1% by 7 p.m., and
Sonar estimated final turnout at about 38%, up from 33.6% in the first round on Oct. 25.

The election was called after Stefan Yordanov, mayor since 2023, resigned in July to become a
deputy minister of regional development in Sofia. The winner will serve only until the regular
nationwide local elections due in the autumn of 2027.

## Infrastructure campaign

Varna, Bulgaria's third-largest city and its main port on the Black Sea, has been at the centre
of disputes over the slow renovation of its sewage network and the long-delayed second bridge
over the Varna lake channel. Kostadinov, who oversaw construction projects as deputy mayor from
2019 to 2023, campaigned on finishing both projects and on cutting the time needed to obtain
building permits.

Ilieva, who entered the council in 2023, made transparency the centre of her campaign, promising
to publish every municipal contract online and to put the city's beach concessions out to open
tender.

In the first round Kostadinov won 38.2% and Ilieva 29.7% in a field of six candidates.

"It was a local vote, but the parties backing both candidates will read it as a test ahead of
next year," said Petya Slavova, a political scientist at Varna Free University. "A turnout below
40% in a city of this size tells you most people did not think the outcome would change much in
the year that is left."

The CIK is expected to publish final results on Monday. Kostadinov is due to take the oath of
office at an extraordinary session of the municipal council after the results are announced.
""",
    }

    paper = {
        "url": "https://www.sofiacourier.example/politics/varna-run-off-five-lessons",
        "title": "Kostadinov's win in Varna: five lessons from a low-turnout run-off | The Sofia "
                 "Courier",
        "desc": "Final CIK results give Dimitar Kostadinov 52.75% in Varna. What the result says "
                "about turnout, the protest vote and next year's local elections.",
        "headline": "Kostadinov's win in Varna: five lessons from a low-turnout run-off",
        "standfirst": "The engineer beat Radostina Ilieva by almost 10,000 votes. But fewer than "
                      "four in ten voters turned out, and the protest option did well.",
        "kicker": "Analysis",
        "img": "varna-kostadinov-supporters.jpg",
        "caption": "Supporters of Dimitar Kostadinov at his campaign headquarters in Varna.",
        "credit": "Photograph: Georgi Penchev for The Sofia Courier",
        "author": "Mila Hristova",
        "author_role": "Political correspondent",
        "section": "Politics",
        "tags": ["Varna", "Local elections", "CIK", "Kostadinov", "Ilieva"],
        "ad_after": 5,
        "related": [
            ("Burgas council approves new tram line study",
             "https://www.sofiacourier.example/regions/burgas-tram"),
            ("Who is Radostina Ilieva?", "https://www.sofiacourier.example/politics/"
             "profile-ilieva"),
            ("Plovdiv: turnout of 29% in partial election for district mayor",
             "https://www.sofiacourier.example/politics/plovdiv-district-vote"),
        ],
        "most_read": [
            ("Sofia metro line 3 extension delayed to 2028",
             "https://www.sofiacourier.example/news/metro-line-3"),
            ("Heating bills to rise 6% from January, regulator says",
             "https://www.sofiacourier.example/business/heating-bills"),
            ("Varna run-off: the final numbers", "https://www.sofiacourier.example/politics/"
             "varna-final-numbers"),
        ],
        "body": """
Dimitar Georgiev Kostadinov will be Varna's mayor for the next twelve months or so. The final
results published by the Central Election Commission (CIK) on Monday afternoon, with all
protocols processed, confirmed what the partial count had shown on Sunday night: 59,270 votes,
or 52.75%, for the former deputy mayor, against 49,544, or 44.10%, for Radostina Ilieva. Another
3,540 voters, 3.15%, ticked "I do not support anyone".

The winning margin was 9,726 votes. Counted only among the ballots cast for one of the two
candidates, Kostadinov's share was 54.5%, which is the figure his campaign preferred to quote on
Monday. Both numbers are correct; the CIK calculates shares of all valid votes, including the
protest option.

Here are five things the run-off tells us.

## 1. Turnout rose, but not by much

Turnout was 37.90%: 114,160 of the 301,212 people on the electoral rolls voted. That is up from
33.6% in the first round on 25 October, and close to the Sonar Analytics exit-poll estimate of
38.2%, but it is low for a city of Varna's size and importance.

## 2. The exit poll was good

Sonar's exit poll, published as polls closed at 8pm on Sunday, gave Kostadinov 53.5% and Ilieva
43.2%. Both numbers were within about a point of the final result, a welcome change after a
series of misses in recent national elections.

## 3. Both candidates grew by the same amount

In the first round Kostadinov won 38.2% and Ilieva 29.7% in a field of six. Between the two
Sundays both added roughly 14.5 points: Kostadinov went to 52.75%, Ilieva to 44.10%. The voters
of the four eliminated candidates, in other words, split almost evenly, which is why the gap
between the two barely moved.

## 4. The protest vote is not a rounding error

More than 3,500 people made the effort to vote only to reject both candidates. In some polling
stations in the Vladislav Varnenchik district the protest option took more than 6%. The 1,806
invalid ballots, roughly 1.6% of the total, also point to a frustrated electorate.

## 5. A short mandate, a long campaign

Kostadinov is completing the term of Stefan Yordanov, who resigned in July to become a deputy
minister of regional development. The regular local elections are due in the autumn of 2027,
which means the new mayor has about a year to show progress on the sewage network and the second
bridge over the lake channel before he has to face voters again.

"Tonight Varna chose work over quarrels," Kostadinov said in his victory speech in the early
hours of Monday. Ilieva, who conceded before midnight, said her alliance would be "a
constructive but vigilant opposition". The next twelve months will show which of those phrases
sticks.

Machine ballots accounted for about 58% of all votes cast, according to CIK data, the highest
share recorded in a Varna election. The CIK received 27 reports of irregularities on polling day,
mostly about campaigning near polling stations; none affected the result, it said.
""",
    }

    return {
        "id": "el-ED2",
        "part": "ED",
        "domain": "election",
        "fetched": "2026-11-10",
        "articles": [_render(_MORSKI, live), _render(_SEW, wire), _render(_COURIER, paper)],
        "planted": [],
    }

_HERALD = {
    "name": "Aegean Herald", "domain": "aegeanherald.example", "cdn": "cdn.aegeanherald.example",
    "layout": "news", "css": "herald.css", "handle": "AegeanHerald",
    "tagline": "News from Greece and the Eastern Mediterranean",
    "nav": ["Greece", "Politics", "Economy", "Islands", "World", "Opinion", "Travel"],
    "footer": ["About us", "Contact the newsroom", "Advertise", "Terms", "Privacy", "Cookies"],
    "owner": "Aegean Herald Media S.A.",
    "cookie": "We use cookies and similar technologies to run this site, measure audiences and "
              "show you personalised advertising.",
    "newsletter": "Get the Herald's Athens Brief every morning",
}

_CPA = {
    "name": "Continental Press Agency", "domain": "continentalpress.example",
    "cdn": "img.continentalpress.example", "layout": "wire", "css": "cpa.css",
    "handle": "CPAnews",
    "nav": ["World", "Europe", "Business", "Science", "Sport", "Pictures"],
    "footer": ["About CPA", "Products", "Contact", "Terms and conditions", "Privacy"],
    "owner": "Continental Press Agency",
    "cookie": "CPA uses cookies to deliver its services and for analytics. Learn more in our "
              "cookie policy.",
    "standards": "CPA editorial standards",
}

_KYKLADES = {
    "name": "Kyklades Today", "domain": "kykladestoday.example",
    "cdn": "media.kykladestoday.example", "layout": "local", "css": "kt.css",
    "handle": "KykladesToday", "tagline": "Your news from the Cyclades",
    "nav": ["Naxos", "Mykonos", "Syros", "Santorini", "Ferries", "Weather"],
    "footer": ["About", "Send us your news", "Advertise with us", "Privacy"],
    "owner": "Kyklades Today",
    "cookie": "We use cookies to make this site work.",
    "weather": "Naxos town 19°C, light north wind 3 Beaufort",
    "classified": "For rent: two-bedroom house in Chalki, available from May. Call the office.",
}

_CASENOTES = {
    "name": "Strasbourg Case Notes", "domain": "strasbourgnotes.example",
    "cdn": "static.strasbourgnotes.example", "layout": "trade", "css": "scn.css",
    "handle": "CaseNotesECHR",
    "nav": ["Judgments", "Grand Chamber", "Article 1 P1", "Article 6", "Execution", "Podcast"],
    "footer": ["About the editors", "Submission guidelines", "Subscribe", "Privacy"],
    "owner": "Strasbourg Case Notes",
    "cookie": "This site uses only the cookies needed to keep you logged in and count visits.",
    "paywall": "Full case digests are available to subscribers.",
    "newsletter": "The fortnightly Strasbourg digest",
    "event": "Annual seminar on property rights under the Convention, Strasbourg.",
}


def _story_ct() -> dict:
    herald = {
        "url": "https://www.aegeanherald.example/greece/2026/04/14/"
               "strasbourg-naxos-landowners-building-ban",
        "title": "Strasbourg rules against Greece over Naxos coastal building ban | Aegean Herald",
        "desc": "The European Court of Human Rights found on Tuesday that a 15-year building ban "
                "on coastal plots on Naxos, imposed without compensation, breached the owners' "
                "property rights.",
        "headline": "European court rules Greece violated Naxos landowners' property rights",
        "standfirst": "Judges in Strasbourg order the state to pay more than €1.3 million to 17 "
                      "islanders whose seaside land was frozen in 2011.",
        "kicker": "Courts",
        "img": "naxos-agia-anna-dunes.jpg",
        "caption": "Dunes behind the beach at Agia Anna on the west coast of Naxos.",
        "credit": "Photo: Aegean Herald / Nikos Lambrou",
        "author": "Sofia Antonopoulou",
        "author_role": "Legal affairs correspondent",
        "section": "Greece",
        "published": "2026-04-14T11:52:00+03:00",
        "modified": "2026-04-14T13:05:00+03:00",
        "tags": ["Naxos", "ECHR", "Property", "Environment", "Cyclades"],
        "related": [
            ("Council of State halts wind farm licences on Andros",
             "https://www.aegeanherald.example/greece/andros-wind-farms"),
            ("Cyclades arrivals rise 7% in first quarter",
             "https://www.aegeanherald.example/economy/cyclades-arrivals"),
            ("New coastal law: what changes for beach bars",
             "https://www.aegeanherald.example/islands/coastal-law-beach-bars"),
        ],
        "most_read": [
            ("Athens metro line 4: first stations to open in 2027",
             "https://www.aegeanherald.example/greece/metro-line-4"),
            ("Easter traffic: 48,000 cars leave Athens in a day",
             "https://www.aegeanherald.example/greece/easter-traffic"),
            ("Greek bond yields fall to 3.1%", "https://www.aegeanherald.example/economy/"
             "bond-yields"),
        ],
        "body": """
The European Court of Human Rights ruled on Tuesday that Greece violated the property rights
of 17 landowners on Naxos by banning all construction on their coastal plots for 15 years without
offering them any compensation, and ordered the state to pay them more than €1.3 million.

In a Chamber judgment made public at 11:00 Athens time, the Strasbourg court found by five votes
to two that the designation of a protected coastal zone on the island's west coast in 2011 had
placed "an individual and excessive burden" on the owners, in breach of Article 1 of Protocol
No. 1 to the European Convention on Human Rights, which protects the peaceful enjoyment of
possessions.

The seven judges also found unanimously that the length of the domestic proceedings - more than
ten and a half years from the first lawsuit to the final ruling of the Council of State -
breached the applicants' right to a hearing within a reasonable time under Article 6 of the
Convention.

The case, Kalafatis and Others v. Greece, was brought by 17 Greek nationals from 14 families who
together own 38 plots, totalling 27.4 hectares, between the beaches of Agia Anna and Plaka. A
presidential decree in 2011 placed the land in "Zone A" of a protected coastal area, where no
building of any kind is allowed, but no scheme was ever set up to compensate owners or to offer
them land elsewhere.

## €1.23 million for lost value

The court awarded the applicants a total of €1,234,600 in pecuniary damage, with individual
amounts ranging from €21,000 to €146,000 depending on the size and location of their plots. Each
of the 17 applicants will also receive €5,000 for non-pecuniary damage, and the court awarded
€18,500 jointly for costs and expenses.

"For fifteen years my clients have paid property tax on land they were not allowed to touch,"
said Eleni Vrettou, the Athens lawyer who represented the families. "Today Strasbourg has said
what the Greek courts would not."

Georgios Kalafatis, a 71-year-old retired fisherman from Agia Anna and the first-named
applicant, told the Aegean Herald by telephone that he had "stopped believing" the case would
ever end. "My father bought that field in 1974. I wanted to build two rooms for my
grandchildren. That is all."

## Ministry 'studying' the ruling

The Ministry of Environment and Energy said in a statement that it was studying the judgment and
that "protection of the Aegean coastline is not negotiable". Deputy Environment Minister Spyros
Anagnostou told reporters in parliament that the government would decide "within the deadline"
whether to ask for the case to be referred to the court's Grand Chamber.

The judgment is not final. Under Article 43 of the Convention, either party has three months -
until 14 July - to request a referral, which a panel of five judges may accept or reject.

In a joint dissenting opinion, Judges Alexandros Kyriakidis, the judge elected in respect of
Greece, and Tomas Lindqvist argued that the ban pursued "a pressing environmental aim" and that
the owners could still farm or graze their land. The majority noted that the plots had been zoned
for tourist development before 2011 and that the state had offered "no mechanism whatsoever" for
compensation.

Environmental groups on the island reacted cautiously. Maria Sarri, director of Aegean Coast
Watch, said the judgment "does not say the coast must be built on" but that "the state cannot
protect nature by sending the bill to a few families".

The Naxos applicants first went to court in February 2012; the Council of State, Greece's highest
administrative court, rejected their final appeal in September 2022. Lawyers say dozens of similar
disputes from the Cyclades are still pending before Greek courts.
""",
    }

    wire = {
        "url": "https://www.continentalpress.example/europe/2026/04/14/"
               "echr-greece-island-building-ban",
        "title": "Europe's rights court faults Greece over island building ban - CPA",
        "desc": "The European Court of Human Rights ordered Greece to pay more than 1.3 million "
                "euros to landowners whose seaside plots were frozen for 15 years.",
        "headline": "Europe's rights court faults Greece over island building ban",
        "img": "echr-building-strasbourg.jpg",
        "caption": "The Human Rights Building in Strasbourg, seat of the European Court of Human "
                   "Rights.",
        "credit": "CPA photo / Jean-Luc Amsel",
        "author": "Claire Vautrin",
        "section": "Europe",
        "jsonld": "2026-04-14T08:24:00Z",
        "dateline": "STRASBOURG, France, April 14 (CPA) -",
        "signoff": "Reporting by Claire Vautrin in Strasbourg; additional reporting by Petros "
                   "Dimas in Athens; editing by Helen Marr",
        "related": [
            ("Rights court condemns Italy over prison overcrowding",
             "https://www.continentalpress.example/europe/echr-italy-prisons"),
            ("Greek parliament passes coastal planning bill",
             "https://www.continentalpress.example/europe/greece-coastal-bill"),
            ("Council of Europe names new human rights commissioner",
             "https://www.continentalpress.example/europe/coe-commissioner"),
        ],
        "body": """
The European Court of Human Rights on Tuesday ordered Greece to pay more than 1.3 million euros
(about $1.45 million) to 17 landowners on the Aegean island of Paros whose seaside plots were
frozen by a building ban for 15 years without compensation.

The Strasbourg-based court, whose judgments are binding on the 46 member states of the Council of
Europe, ruled by five votes to two that the ban violated the owners' right to the peaceful
enjoyment of their property. It also found unanimously that Greek courts had taken too long -
more than a decade - to decide the owners' lawsuits.

The judgment was published at 10 a.m. local time (0800 GMT).

The owners, from 14 families, hold 38 plots near two popular beaches on the island's west coast.
In 2011 a presidential decree placed the land inside a strictly protected coastal zone where no
construction is allowed. Greece argued that the measure was needed to protect dunes, stands of
cedar juniper and a wetland used by migrating birds, and that the owners could still use the
land for farming.

The court accepted that protecting the environment was a legitimate aim, but said Greece had
failed to strike a "fair balance" because it had offered the owners neither compensation nor
land in exchange.

"The applicants have borne an individual and excessive burden," the judges wrote.

## Damages

The court awarded the applicants 1,234,600 euros for the loss in the value of their land, 5,000
euros each in non-pecuniary damage and 18,500 euros for legal costs.

The Greek environment ministry said it was studying the ruling. Either side can ask within three
months for the case to be reheard by the court's 17-judge Grand Chamber.

The applicants' lawyer, Eleni Vrettou, welcomed the decision. "For 15 years my clients paid tax
on land they could not touch. Today Strasbourg said what the Greek courts would not," she told
CPA.

Two of the seven judges, including the judge elected in respect of Greece, Alexandros
Kyriakidis, dissented, saying the ban pursued a pressing environmental aim and left the owners
free to farm their land.

The owners first sued in 2012. The Council of State, Greece's top administrative court, rejected
their final appeal in 2022, after 10 years and seven months of proceedings.

Tourism on Paros and the neighbouring Cycladic islands has boomed over the past decade, and
building on the islands' coasts has become a heated political issue, with environmental groups
accusing the authorities of allowing villas and hotels to spread over hillsides and beaches.

The ruling could have wider consequences for Greece, where large stretches of coastline and
forest have been placed under protection in the past two decades without compensation schemes,
lawyers said. Dozens of similar disputes from the Cyclades are pending before Greek courts,
according to Vrettou.
""",
    }

    local = {
        "url": "https://www.kykladestoday.example/naxos/agia-anna-landowners-strasbourg-win",
        "title": "Agia Anna landowners celebrate Strasbourg win: 'We waited 15 years' - Kyklades "
                 "Today",
        "desc": "Naxos families react to the European Court of Human Rights ruling on the 2011 "
                "building ban on their coastal land.",
        "headline": "Agia Anna landowners celebrate Strasbourg win: 'We waited 15 years'",
        "img": "agia-anna-chapel-beach.jpg",
        "caption": "The chapel above the beach at Agia Anna, where the bell rang after the ruling.",
        "credit": "Photo: Kyklades Today",
        "author": "Irini Margariti",
        "section": "Naxos",
        "visible_date": "Wednesday 15 April 2026, 09:10",
        "ad_after": 5,
        "related": [
            ("Naxos port: new quay works to start after the summer",
             "https://www.kykladestoday.example/naxos/port-quay-works"),
            ("Blue Star timetable: extra sailings from 1 June",
             "https://www.kykladestoday.example/ferries/extra-sailings"),
            ("Syros: regional council approves water budget",
             "https://www.kykladestoday.example/syros/water-budget"),
        ],
        "most_read": [
            ("Kitron distillery opens new visitor centre",
             "https://www.kykladestoday.example/naxos/kitron-visitor-centre"),
            ("Strong winds: ferries tied up in Piraeus",
             "https://www.kykladestoday.example/ferries/winds-piraeus"),
            ("Potato harvest begins early on Naxos plain",
             "https://www.kykladestoday.example/naxos/potato-harvest"),
        ],
        "body": """
Church bells do not usually ring for court rulings. But on Tuesday the small chapel above the
beach at Agia Anna rang its bell for several minutes after news reached the village that the
European Court of Human Rights had sided with 17 local landowners in a dispute that began before
some of their grandchildren were born.

The Strasbourg court ruled by four votes to three that Greece violated the owners' property
rights when it banned all construction on their coastal plots in 2011 without paying any
compensation. The judgment was published at 11:00 Greek time on Tuesday. All seven judges also
agreed that the Greek courts had taken far too long - more than ten years - to deal with the
owners' case.

"I heard it on the radio at the kafeneio and I had to sit down," said Georgios Kalafatis, 71, the
retired fisherman whose name the case bears. "My father bought that field in 1974. All I wanted
was to build two rooms for my grandchildren. Fifteen years we waited. Now we will see if the
state pays."

The 17 applicants come from 14 families, most of them from Agia Anna, Agios Prokopios and the
villages of the Naxos plain. Together they own 38 plots covering 274 stremmata - 27.4 hectares -
behind the dunes between Agia Anna and Plaka. A presidential decree in 2011 placed the land in
"Zone A" of a protected coastal area, where nothing can be built, not even a fence with
foundations.

The court awarded them €1,234,600 for the lost value of the land, with individual sums ranging
from €21,000 to €146,000, plus €5,000 each for non-pecuniary damage and €18,500 for legal costs.
In total the state will have to pay a little over €1.33 million if the judgment becomes final.

## 'Good news, but not the end'

The mayor of Naxos and the Small Cyclades, Dimitris Lianos, welcomed the ruling but warned that
it would not settle the island's planning disputes. "This is good news for these families, who
were treated unfairly. But it is not the end. The state must now sit down with the municipality
and decide, once and for all, what can be built on our coast and what cannot," he told Kyklades
Today.

The families' lawyer, Eleni Vrettou, who has represented them since they first went to court in
2012, said the owners had "paid property tax for fifteen years on land they were not allowed to
touch".

Not everyone on the island is celebrating. Stelios Mavrogenis, who runs a small hotel in Agios
Prokopios, said he feared the judgment would be read as a green light for building. "The dunes
at Plaka are the reason people come here. If we cover them with villas, we will have won a court
case and lost the island," he said.

Maria Sarri of Aegean Coast Watch, which campaigned for the 2011 decree, said the group respected
the ruling. "The state cannot protect nature by sending the bill to a few families. The answer is
to compensate them properly, not to lift the protection," she said.

## What happens next

The judgment is not yet final. Greece has three months, until 14 July, to ask for the case to be
referred to the court's Grand Chamber. Deputy Environment Minister Spyros Anagnostou said on
Tuesday that the government would decide "within the deadline".

The owners' case began at the administrative court of first instance on Syros in February 2012
and ended at the Council of State in Athens in September 2022, ten years and seven months
later.

At the kafeneio in Agia Anna on Tuesday evening, the talk was less about law than about money.
"One hundred and forty-six thousand euros for the biggest plot," said one of the applicants, who
asked not to be named. "It is fair. But I will believe it when it is in the bank."
""",
    }

    notes = {
        "url": "https://www.strasbourgnotes.example/judgments/kalafatis-v-greece-fair-balance",
        "title": "Kalafatis and Others v. Greece: a fair-balance ruling with teeth | Strasbourg "
                 "Case Notes",
        "desc": "The Chamber's finding on Article 1 of Protocol No. 1 turns on the absence of any "
                "compensation mechanism, not on the building ban itself.",
        "headline": "Kalafatis and Others v. Greece: a fair-balance ruling with teeth for coastal "
                    "zoning",
        "standfirst": "The Chamber's 5-2 finding on Article 1 of Protocol No. 1 turns on the "
                      "absence of any compensation mechanism, not on the ban itself.",
        "img": "naxos-coast-aerial.jpg",
        "caption": "The west coast of Naxos, where the applicants' 38 plots lie.",
        "credit": "Image: Strasbourg Case Notes",
        "author": "Dr Anna-Lena Bauer",
        "author_role": "contributing editor",
        "section": "Article 1 P1",
        "tags": ["Article 1 Protocol No. 1", "Article 6", "Greece", "Environment",
                 "Just satisfaction"],
        "related": [
            ("Control of use v. de facto expropriation: a primer",
             "https://www.strasbourgnotes.example/primers/control-of-use"),
            ("Length of proceedings in Greek administrative courts: the pilot judgment revisited",
             "https://www.strasbourgnotes.example/article-6/greece-length"),
            ("Grand Chamber referrals: what the panel accepts",
             "https://www.strasbourgnotes.example/grand-chamber/referrals"),
        ],
        "most_read": [
            ("Climate cases after KlimaSeniorinnen",
             "https://www.strasbourgnotes.example/judgments/climate-cases"),
            ("Execution of judgments: the backlog in numbers",
             "https://www.strasbourgnotes.example/execution/backlog"),
        ],
        "body": """
In Kalafatis and Others v. Greece (no. 8127/23), delivered on Thursday 14 April 2026, a Chamber
of the Court's Third Section held, by five votes to two, that there had been a violation of
Article 1 of Protocol No. 1 and, unanimously, that there had been a violation of Article 6 § 1 on
account of the length of the proceedings. The case concerns 17 applicants from 14 families who
own 38 plots, totalling 27.4 hectares, on the west coast of Naxos, which were placed in an
absolute no-building zone by presidential decree in 2011.

## The facts in brief

The plots, between the beaches of Agia Anna and Plaka, had been included in a zone earmarked for
tourist development before the decree. The 2011 decree designated a protected coastal area and
placed the applicants' land in its strictest part, "Zone A", in which any construction is
prohibited but farming and grazing remain permitted. The decree announced that a compensation or
land-exchange scheme would follow by ministerial decision. None was ever adopted.

The applicants brought proceedings in February 2012, seeking either the annulment of the
designation as regards their land or compensation. After proceedings at three levels of
jurisdiction, the Council of State dismissed their final appeal in September 2022, 10 years and
seven months after the first application.

## The Court's reasoning

The Chamber treated the ban as a control of the use of property under the second paragraph of
Article 1 of Protocol No. 1, rather than as a de facto expropriation. It accepted without
difficulty that the measure pursued a legitimate aim in the general interest, repeating that the
environment is a value in whose defence public authorities have a constant and sustained
interest.

The case turned on proportionality. Three factors were decisive for the majority: the absolute
character of the ban, which left only marginal agricultural use; its indefinite duration, now
fifteen years; and, above all, the complete absence of any mechanism for compensation or land
exchange, despite the decree's own promise. Applying the familiar formula going back to Sporrong
and Lönnroth v. Sweden (1982), the majority found that the applicants had borne "an individual
and excessive burden".

## The dissent

Judges Kyriakidis, the judge elected in respect of Greece, and Lindqvist, in a joint dissenting
opinion, stressed the wide margin of appreciation that States enjoy in planning and
environmental matters and the "pressing environmental aim" of protecting one of the last intact
dune systems in the Cyclades. In their view, the continuing possibility of agricultural use and
the fact that the applicants had never applied for a building permit before 2011 weighed
against a finding of a violation.

## Just satisfaction

The Court awarded a total of EUR 1,234,600 in respect of pecuniary damage, with individual awards
between EUR 21,000 and EUR 146,000, on the basis of valuations submitted by the applicants, which
it reduced to reflect the agricultural use still open to them. Each applicant receives EUR 5,000
in respect of non-pecuniary damage, and EUR 18,500 was awarded jointly for costs and expenses.

## Comment

The judgment does not question the State's power to freeze coastal land for environmental
reasons. Its message is narrower and, for Greece, potentially costlier: an absolute and open-ended
ban without any compensation route will rarely survive the fair-balance test. Given the number of
similar designations across the Aegean, the Government may well request referral to the Grand
Chamber under Article 43; the three-month period runs until 14 July 2026. The Chamber was
presided over by Judge Ioana Petrescu.
""",
    }

    return {
        "id": "ct-ED3",
        "part": "ED",
        "domain": "court",
        "fetched": "2026-04-17",
        "articles": [
            _render(_HERALD, herald),
            _render(_CPA, wire),
            _render(_KYKLADES, local),
            _render(_CASENOTES, notes),
        ],
        "planted": [
            ("vote split on the property violation",
             r"\b5\s*(?:-|–|to|votes to)\s*2\b|\bfive (?:votes )?to two\b",
             r"\b4\s*(?:-|–|to|votes to)\s*3\b|\bfour (?:votes )?to three\b"),
            ("island where the plots lie", r"\bnaxos\b", r"\bparos\b"),
            ("weekday of the judgment (14 April 2026)", r"\btuesday\b", r"\bthursday\b"),
        ],
    }


_BBW = {
    "name": "Bosphorus Business Wire", "domain": "bosphoruswire.example",
    "cdn": "cdn.bosphoruswire.example", "layout": "wire", "css": "bbw.css",
    "handle": "BosphorusWire",
    "nav": ["Markets", "Economy", "Companies", "Energy", "Turkey", "Region"],
    "footer": ["About BBW", "Data terminal", "Contact", "Terms", "Privacy", "Cookie policy"],
    "owner": "Bosphorus Business Wire A.Ş.",
    "cookie": "We use cookies to provide our services, for analytics and for marketing. You can "
              "accept or manage them.",
    "standards": "Editorial policy and corrections",
}

_MARMARA = {
    "name": "Marmara Economic Daily", "domain": "marmaraeconomic.example",
    "cdn": "static.marmaraeconomic.example", "layout": "news", "css": "med.css",
    "handle": "MarmaraEconomic", "tagline": "Turkey's business newspaper in English",
    "nav": ["Economy", "Markets", "Companies", "Energy", "Real estate", "Opinion", "Istanbul"],
    "footer": ["About us", "Print subscription", "Digital subscription", "Advertise",
               "Privacy", "Cookies"],
    "owner": "Marmara Yayıncılık A.Ş.",
    "cookie": "Our website uses cookies. By continuing you accept our cookie policy.",
    "newsletter": "Morning Markets: the day ahead in Turkish business",
}

_LEVANT = {
    "name": "Levant Freight Review", "domain": "levantfreight.example",
    "cdn": "img.levantfreight.example", "layout": "trade", "css": "lfr.css",
    "handle": "LevantFreight",
    "nav": ["Ports", "Shipping", "Ro-Ro", "Road freight", "Trade data", "Indices"],
    "footer": ["About LFR", "Indices methodology", "Advertise", "Subscribe", "Privacy"],
    "owner": "Levant Freight Review Ltd",
    "cookie": "LFR uses cookies for log-in, analytics and advertising.",
    "paywall": "Subscribers get the full LFR Eastern Med Index tables.",
    "newsletter": "LFR Daily: ports and shipping in the Eastern Mediterranean",
    "event": "Eastern Med Logistics Summit, Mersin. Early-bird tickets available.",
}


def _story_tr() -> dict:
    wire = {
        "url": "https://www.bosphoruswire.example/economy/2026/10/02/"
               "turkey-september-exports-rise",
        "title": "Turkey's exports rise 6.1% in September, trade gap narrows | Bosphorus "
                 "Business Wire",
        "desc": "Turkey's exports rose 6.1% year on year in September to $23.84 billion while "
                "imports grew 2.4%, preliminary data showed on Friday.",
        "headline": "Turkey's exports rise 6.1% in September, trade gap narrows",
        "img": "ambarli-port-containers.jpg",
        "caption": "Containers at the Ambarlı port complex in Istanbul.",
        "credit": "Photo: BBW / Selim Acar",
        "author": "Ece Yıldırım",
        "section": "Economy",
        "jsonld": "2026-10-02T08:58:00Z",
        "jsonld_modified": "2026-10-02T10:12:00Z",
        "dateline": "ISTANBUL, Oct 2 (BBW) -",
        "signoff": "Reporting by Ece Yıldırım; Editing by Mark Henley",
        "related": [
            ("Turkish manufacturing PMI rises to 48.9 in September",
             "https://www.bosphoruswire.example/economy/turkey-pmi-september"),
            ("Lira weakens past 44 per dollar", "https://www.bosphoruswire.example/markets/"
             "lira-44"),
            ("Tourism revenue up 8% in the third quarter, ministry says",
             "https://www.bosphoruswire.example/economy/tourism-revenue-q3"),
        ],
        "body": """
Turkey's exports rose 6.1% year on year in September to $23.84 billion, while imports increased
2.4% to $29.10 billion, narrowing the monthly trade deficit to $5.26 billion, preliminary data
from the Trade Ministry showed on Friday.

Finance Minister Kerem Özyurt announced the figures at a news conference with the Turkish
Exporters Assembly (TİM) in Istanbul at 11:30 a.m. (0830 GMT).

"September's result shows that our exporters are holding their ground despite weak demand in
Europe," Özyurt said. "We are on track for a new annual record."

The deficit was 11.6% smaller than in September 2025, when it stood at $5.95 billion. The ratio
of exports to imports, known as the coverage ratio, rose to 81.9% from 79.1% a year earlier.

Energy imports fell 9.1% to $4.62 billion, helped by lower oil and gas prices, while gold
imports were $1.41 billion. Excluding energy and gold, imports rose 3.8%.

In the first nine months of the year exports totalled $196.72 billion, up 4.3% from the same
period of 2025. Over the last 12 months exports reached a record $268.9 billion, the ministry
said. The government's medium-term programme targets exports of $282 billion for 2026 as a
whole.

Adjusted for the number of working days - September this year had one more than a year earlier
- exports grew 3.4%, according to the ministry.

## Cars lead

Automotive remained the largest export sector, with shipments up 9.8% to $3.21 billion,
according to TİM data. Exports of ready-to-wear clothing, hit by competition from Asia and the
lira's real appreciation, fell 4.6% to $1.47 billion. Chemicals exports were $2.18 billion and
steel $1.52 billion.

Germany was the biggest single market at $1.95 billion, followed by Britain at $1.37 billion and
the United States at $1.29 billion. Exports to Iraq were $1.18 billion.

Gülşen Karaca, chair of TİM, said the rise of the euro against the dollar had flattered the
headline figures, because a large share of Turkish exports is invoiced in euros. "The euro-dollar
parity gave us some help, but we lose competitiveness every month that the lira's real
appreciation continues," she said.

In euro terms, September exports were worth about 20.4 billion euros.

The Turkish Statistical Institute (TÜİK) will publish final September trade figures on Oct. 30.
Its numbers, compiled under a different method, usually differ from the ministry's preliminary
figures by a few tenths of a percent.

The narrower trade gap is good news for the current account, which has been in deficit for most
of the past two decades. Economists polled by BBW last month expected the current account
deficit to narrow to around 1.5% of gross domestic product this year.

Özyurt said the government would announce new export credit support for small and medium-sized
firms "in the coming weeks", without giving details. Exporters have complained for months that
borrowing costs remain too high even after the central bank's rate cuts.
""",
    }

    paper = {
        "url": "https://www.marmaraeconomic.example/economy/2026/10/03/"
               "carmakers-carry-exports-textile-slump",
        "title": "Carmakers carry exports as textile slump deepens - Marmara Economic Daily",
        "desc": "September exports rose 6.1% to $23.84 billion, but the gains were concentrated "
                "in a handful of sectors.",
        "headline": "Carmakers carry exports as textile slump deepens",
        "standfirst": "September exports rose 6.1% to $23.84 billion, but the gains were "
                      "concentrated in a handful of sectors, and clothing makers keep losing "
                      "ground.",
        "kicker": "Trade",
        "img": "bursa-car-plant-line.jpg",
        "caption": "A production line at a car plant near Bursa.",
        "credit": "Photo: Marmara Economic Daily / Onur Kaplan",
        "author": "Deniz Aksoy",
        "author_role": "Economy editor",
        "section": "Economy",
        "published": "2026-10-03T06:30:00+03:00",
        "tags": ["Exports", "Trade", "Automotive", "Textiles", "TİM"],
        "ad_after": 5,
        "related": [
            ("Annual inflation slows to 29.4% in September",
             "https://www.marmaraeconomic.example/economy/inflation-september"),
            ("Istanbul house sales fall 4% in September",
             "https://www.marmaraeconomic.example/real-estate/istanbul-house-sales"),
            ("Borsa Istanbul: banks lead 1.7% weekly gain",
             "https://www.marmaraeconomic.example/markets/borsa-weekly"),
        ],
        "most_read": [
            ("Minimum wage talks to start in December",
             "https://www.marmaraeconomic.example/economy/minimum-wage-talks"),
            ("Natural gas prices for industry cut 5%",
             "https://www.marmaraeconomic.example/energy/gas-prices-industry"),
            ("New Istanbul airport terminal tender delayed",
             "https://www.marmaraeconomic.example/companies/airport-terminal-tender"),
        ],
        "body": """
Turkey's exporters had a better September than many of them expected, but the gains were
narrowly spread, with automotive shipments doing much of the heavy lifting while clothing and
textile producers continued to lose ground.

Exports rose 6.1% from a year earlier to $23.84 billion, Trade Minister Kerem Özyurt said on
Friday at a news conference at the headquarters of the Turkish Exporters Assembly (TİM) in
Istanbul. Imports grew 2.4% to $29.10 billion, leaving a trade deficit of $6.52 billion.

"September's result shows our exporters holding their ground despite weak demand in Europe,"
Özyurt said, adding that Turkey was "on course for a new annual record".

The ministry's preliminary figures put exports for the first nine months at $196.72 billion, 4.3%
more than in January-September 2025, and 12-month rolling exports at a record $268.9 billion.
That is still well short of the $282 billion target for 2026 in the government's medium-term
programme, which would require exports of about $85 billion in the last three months of the
year, compared with roughly $72 billion in the same quarter of 2025.

## One sector, most of the growth

Automotive exports rose 9.8% to $3.21 billion, according to TİM, making the sector the largest
exporter for another month. Suppliers in Bursa, the heart of the industry, say orders from
European carmakers shifting production of small electric models to Turkey are finally showing up
in the numbers.

"Eighteen months ago we were quoting for these programmes. Now we are shipping," said Hande
Ertuğrul, general manager of Uludağ Pres Parça, a Bursa-based maker of stamped body parts. "Our
exports in September were up by about a fifth."

The picture is very different in textiles. Ready-to-wear exports fell 4.6% to $1.47 billion, the
sector's 14th monthly decline in the past 16 months, according to TİM. In Denizli, the
towel-making centre of the Aegean region, producers say they are losing orders to Egypt and
Pakistan.

"Our costs are in lira and rising every month, and our prices are in euros," said Mustafa
Çetinkaya, who runs a towel factory with 340 employees. "Every month the lira stays where it is,
we become a little more expensive than the competition."

TİM chair Gülşen Karaca made the same point on Friday in more diplomatic terms. "The parity helped
us a little, but every month the lira keeps appreciating in real terms, we lose
competitiveness," she said, referring to the rise of the euro against the dollar, which inflates
the dollar value of exports invoiced in euros.

## Calendar and energy effects

Economists cautioned against reading too much into the headline. "Adjusted for the extra working
day, export growth was 3.4%, which is more in line with the trend of the past six months," said
Barış Kocaoğlu, chief economist at Galata Research in Istanbul. "The improvement in the deficit
comes mostly from energy."

Energy imports fell 9.1% to $4.62 billion in September as oil prices eased. Gold imports, which
the government has tried to curb with quotas, were $1.41 billion.

In August, exports had risen 3.2% to $21.6 billion.

Germany remained the largest market, at $1.95 billion, followed by the United Kingdom and the
United States. The ministry's data will be replaced by final figures from the Turkish Statistical
Institute (TÜİK) on 30 October.

Özyurt also promised new export credit support for small and medium-sized companies "in the
coming weeks". Exporters' associations have asked for cheaper Eximbank loans and faster VAT
refunds, and Karaca said TİM had sent the ministry a list of 12 proposals.
""",
    }

    review = {
        "url": "https://www.levantfreight.example/trade-data/turkey-september-exports-roro-car-"
               "carriers",
        "title": "Ro-Ro and car carriers ride Turkey's September export rise | Levant Freight "
                 "Review",
        "desc": "Automotive shipments led Turkey's September exports. What the trade data mean "
                "for Ro-Ro lines, car carriers and container ports.",
        "headline": "Ro-Ro and car carriers ride Turkey's September export rise",
        "standfirst": "Automotive shipments led again, energy imports fell and the Iraq road "
                      "corridor stayed busy. We look at the numbers behind the numbers.",
        "img": "roro-vessel-pendik.jpg",
        "caption": "A Ro-Ro vessel loading trailers at Pendik.",
        "credit": "Image: Levant Freight Review",
        "author": "Orhan Demirel",
        "author_role": "Turkey correspondent",
        "section": "Trade data",
        "tags": ["Turkey", "Exports", "Ro-Ro", "Car carriers", "Ports"],
        "related": [
            ("Mersin container volumes up 5% in third quarter",
             "https://www.levantfreight.example/ports/mersin-q3"),
            ("Suez transits recover to 60% of pre-crisis levels",
             "https://www.levantfreight.example/shipping/suez-transits"),
            ("Trieste terminal adds third Turkish Ro-Ro service",
             "https://www.levantfreight.example/ro-ro/trieste-third-service"),
        ],
        "most_read": [
            ("LFR Eastern Med Index: container rates slip again",
             "https://www.levantfreight.example/indices/eastern-med-index"),
            ("Habur crossing: waiting times down to 9 hours",
             "https://www.levantfreight.example/road-freight/habur-waiting-times"),
        ],
        "body": """
Turkey's exports rose 16.1% year on year in September to $23.84 billion, according to
preliminary figures released by Trade Minister Kerem Özyurt in Istanbul, with automotive
shipments - most of which leave the country by sea - again the strongest sector. Imports rose
2.4% to $29.10 billion, leaving a deficit of $5.26 billion.

For shipping, the composition matters more than the total, and the composition was favourable
for Ro-Ro operators and car carriers.

## Automotive: the sea route dominates

Automotive exports rose 9.8% to $3.21 billion, according to the Turkish Exporters Assembly
(TİM). Industry estimates suggest that around four-fifths of finished vehicles leave Turkey by
sea, mostly from terminals in the Marmara region, with the rest going by rail and truck through
Bulgaria.

Car-carrier operators serving the Marmara terminals told LFR that September sailings to
Southampton, Zeebrugge and Barcelona were fully booked. Germany ($1.95 billion), the United
Kingdom ($1.37 billion) and Italy ($1.11 billion) are all among Turkey's five largest markets,
and all are served by direct Ro-Ro or car-carrier services.

"Volumes on our Trieste line were about 7% higher in September than a year ago, and almost all of
that growth is automotive parts and finished vehicles," said Captain Levent Sarı, operations
director at Anatolia Ro-Ro Lines. "Textile trailers are fewer every month."

That matches the trade data. Ready-to-wear exports fell 4.6% to $1.47 billion, and the sector's
shift towards smaller, faster orders is pushing more of what remains onto trucks and Ro-Ro
rather than containers.

## Containers and energy

Container ports had a quieter month. Mersin International Port handled around 212,000 TEU in
September, according to preliminary port data, a rise of about 3% on the year, while the Ambarlı
complex in Istanbul was broadly flat.

The fall in energy imports, down 9.1% to $4.62 billion, reflects lower prices rather than lower
volumes, tanker brokers said. Crude and product imports by sea were roughly unchanged in tonnage
terms.

Road freight to Iraq, Turkey's fourth-largest market in September at $1.18 billion, continued to
grow. Waiting times at the Habur border gate have fallen after the opening of additional truck
lanes, hauliers said.

## Dollars, euros and working days

Two caveats apply to the headline figure. First, September had one more working day than a year
earlier; adjusted for that, the ministry put export growth at 3.4%. Second, a large share of
Turkish exports is invoiced in euros, so the euro's rise against the dollar inflates their dollar
value. In euro terms, exports were worth about 20.4 billion euros.

"The euro-dollar parity gave us some help, but we lose competitiveness every month that the
lira's real appreciation continues," TİM chair Gülşen Karaca said at the announcement.

For the first nine months, exports totalled $196.72 billion, up 4.3%. Final figures from the
Turkish Statistical Institute are due on 30 October.

TABLE: Turkey, September 2026 | Value | Change y/y ;; Exports | $23.84bn | +16.1% ;; Imports |
$29.10bn | +2.4% ;; Trade deficit | $5.26bn | -11.6% ;; Energy imports | $4.62bn | -9.1% ;;
Automotive exports | $3.21bn | +9.8% ;; Exports, Jan-Sep | $196.72bn | +4.3%

Source: Trade Ministry preliminary data, TİM.
""",
    }

    return {
        "id": "tr-ED4",
        "part": "ED",
        "domain": "trade",
        "fetched": "2026-10-06",
        "articles": [_render(_BBW, wire), _render(_MARMARA, paper), _render(_LEVANT, review)],
        "planted": [
            ("Kerem Özyurt's post", r"\btrade minister\b|\bminister of trade\b",
             r"\bfinance minister\b|\bminister of finance\b"),
            ("September trade deficit ($bn)", r"\b5\.26\b", r"\b6\.52\b"),
            ("September export growth y/y", r"\b6\.1\s*(?:%|per ?cent)",
             r"\b16\.1\s*(?:%|per ?cent)"),
        ],
    }


_ORBITAL = {
    "name": "Orbital Dispatch", "domain": "orbitaldispatch.example",
    "cdn": "cdn.orbitaldispatch.example", "layout": "news", "css": "od.css",
    "handle": "OrbitalDispatch", "tagline": "Launch, industry and policy news",
    "nav": ["Launch", "Satellites", "Industry", "Policy", "Science", "Launch schedule"],
    "footer": ["About", "Advertise", "Newsletters", "Privacy policy", "Cookie settings"],
    "owner": "Orbital Dispatch Media LLC",
    "cookie": "We use cookies and similar tools to understand how you use our site and to "
              "improve it.",
    "newsletter": "Launch Report: every launch, every morning",
}

_ANKA = {
    "name": "Anka Daily", "domain": "ankadaily.example", "cdn": "static.ankadaily.example",
    "layout": "live", "css": "anka-live.css", "handle": "AnkaDailyEN",
    "nav": ["Türkiye", "Politics", "Economy", "Defence", "Science & Tech", "Sport"],
    "footer": ["Corporate", "Contact", "Advertising", "Terms of use", "Privacy (KVKK)"],
    "owner": "Anka Medya",
    "cookie": "We process personal data with cookies in line with KVKK. Click Agree to accept.",
}

_SETECH = {
    "name": "Southeast Europe Tech Weekly", "domain": "setechweekly.example",
    "cdn": "media.setechweekly.example", "layout": "trade", "css": "setw.css",
    "handle": "SETechWeekly",
    "nav": ["Space", "Defence tech", "Startups", "Telecoms", "Policy", "Events"],
    "footer": ["About", "Write for us", "Sponsorship", "Privacy", "Contact"],
    "owner": "SETW Media IKE",
    "cookie": "We use cookies for analytics. You can opt out at any time.",
    "paywall": "Free registration unlocks the full weekly.",
    "newsletter": "The SETW Friday briefing",
    "event": "Athens Space Days: industry day and start-up pitches. Call for speakers open.",
}


def _story_rk() -> dict:
    us = {
        "url": "https://www.orbitaldispatch.example/launch/2026/06/24/"
               "falcon-9-transporter-17-asena-1",
        "title": "Falcon 9 launches Transporter-17 with 81 payloads, including Turkey's ASENA-1 "
                 "- Orbital Dispatch",
        "desc": "SpaceX launched its Transporter-17 rideshare from Vandenberg late Tuesday, "
                "deploying 81 spacecraft including Turkey's largest domestically built "
                "imaging satellite.",
        "headline": "Falcon 9 launches Transporter-17 with 81 payloads, including Turkey's "
                    "ASENA-1",
        "standfirst": "The rideshare lifted off from Vandenberg at 11:19 p.m. PDT after a "
                      "Sunday scrub; the booster returned to Landing Zone 4.",
        "kicker": "Launch",
        "img": "falcon9-vandenberg-night.jpg",
        "caption": "A Falcon 9 lifts off from Space Launch Complex 4 East at Vandenberg Space "
                   "Force Base.",
        "credit": "Photo: Orbital Dispatch / Rick Alvarez",
        "author": "Jenna Whitaker",
        "author_role": "Launch reporter",
        "section": "Launch",
        "published": "2026-06-24T07:02:00Z",
        "visible_date": "June 24, 2026 at 12:02 a.m. PDT",
        "tags": ["SpaceX", "Falcon 9", "Rideshare", "Vandenberg", "Türkiye"],
        "ad_after": 4,
        "related": [
            ("Rocket Lab flies its 90th Electron", "https://www.orbitaldispatch.example/launch/"
             "electron-90th"),
            ("Transporter-16 recap: 74 payloads and a record deployment sequence",
             "https://www.orbitaldispatch.example/launch/transporter-16-recap"),
            ("FAA clears new Vandenberg launch cadence of 100 per year",
             "https://www.orbitaldispatch.example/policy/vandenberg-cadence"),
        ],
        "most_read": [
            ("Starship flight 14: what changed", "https://www.orbitaldispatch.example/launch/"
             "starship-flight-14"),
            ("ESA picks two companies for cargo return study",
             "https://www.orbitaldispatch.example/industry/esa-cargo-return"),
            ("Launch schedule: the week ahead", "https://www.orbitaldispatch.example/"
             "launch-schedule"),
        ],
        "body": """
A SpaceX Falcon 9 lifted off from Space Launch Complex 4 East at Vandenberg Space Force Base at
11:19 p.m. PDT Tuesday (06:19 UTC Wednesday) on the Transporter-17 rideshare mission, carrying 81
spacecraft for customers in 23 countries towards sun-synchronous orbit.

The launch came two days after a first attempt on Sunday night was called off about a minute
before liftoff because of an unexpected reading from a ground-system sensor, SpaceX said. The
weather on Tuesday night was clear, with the usual coastal fog staying offshore.

The first stage, flying for the 14th time, landed at Landing Zone 4 about 7 minutes 41 seconds
after liftoff, producing a sonic boom that the base had warned residents of Santa Barbara and
San Luis Obispo counties to expect.

The second stage reached a near-circular orbit of about 535 kilometers (332 miles), inclined 97.5
degrees, and began releasing its passengers 54 minutes into the flight. Deployments continued
for more than an hour and a half.

## Turkey's biggest payload yet on a rideshare

The largest spacecraft on board was ASENA-1, a 418-kilogram (922-pound) Earth-observation
satellite built by Ankara-based Kuzey Uzay Teknolojileri (KUT) for the Turkish Space Agency
(TUA). It separated 58 minutes 30 seconds after liftoff, at 12:17 a.m. PDT, and KUT confirmed
contact through its ground station at Gölbaşı, near Ankara, at 12:51 a.m. PDT - 10:51 in
Turkey.

ASENA-1 carries a camera that KUT says can resolve objects 0.8 meters (about 31 inches) across
in panchromatic mode and 3.2 meters in four multispectral bands, over a 16-kilometer swath. It is
designed to operate for seven years. Turkish officials say about 84% of the satellite's value
was produced domestically, including the camera optics and the star trackers.

The satellite is the successor to KUTSAT-D, a smaller demonstrator with a 2.5-meter camera that
KUT launched in January 2025 and that is still in service. The Turkish government has put the
cost of the ASENA program at 2.9 billion lira, or about $71 million at current exchange rates.

"We heard her voice at 10:51 in Ankara, and for a team that built every subsystem at home, that
is the sound we have been waiting six years for," KUT chief executive Defne Arıkan said in a
statement.

## The rest of the manifest

Other customers on Transporter-17 included Halcyon Imaging, which launched six more of its
synthetic aperture radar satellites; Polaris Radio Labs, with four ship-tracking smallsats; and
a 3U cubesat built by students at the Aristotle University of Thessaloniki in Greece. Several
orbital transfer vehicles carried additional payloads to be released over the coming weeks.

SpaceX did not say how many payloads it had confirmed contact with. Transporter missions
typically see a handful of customers struggle to make contact in the first days.

It was the company's third rideshare mission of the year from Vandenberg. The previous
Transporter flight, in March, carried 74 payloads.

The next launch from the base is a Starlink mission scheduled for Friday.
""",
    }

    live = {
        "url": "https://www.ankadaily.example/live/asena-1-launch-live",
        "title": "ASENA-1 launch LIVE: Türkiye's imaging satellite in orbit | Anka Daily",
        "desc": "Live updates as ASENA-1 lifts off on a Falcon 9 from California, separates "
                "and makes first contact with Gölbaşı.",
        "headline": "ASENA-1 launch live: satellite separates and calls home",
        "img": "asena-1-cleanroom.jpg",
        "caption": "Engineers with ASENA-1 in KUT's clean room in Ankara before shipment to "
                   "California.",
        "credit": "Photo: KUT handout",
        "author": "Burak Tekin and Zeynep Kurt",
        "section": "Science & Tech",
        "visible_date": "Wednesday, 24 June 2026 - all times are Türkiye time (GMT+3)",
        "key_points": [
            "ASENA-1 lifted off on a Falcon 9 from Vandenberg at 09:19 Türkiye time",
            "The satellite separated at 10:17, 58 minutes after launch",
            "First signal received at Gölbaşı at 10:51",
            "Minister Levent Kaya: \"a new era for our space programme\"",
        ],
        "related": [
            ("Who builds ASENA-1? Inside KUT's Ankara clean room",
             "https://www.ankadaily.example/science-tech/kut-clean-room"),
            ("KUTSAT-D: eighteen months in orbit", "https://www.ankadaily.example/science-tech/"
             "kutsat-d-18-months"),
            ("Turkish Space Agency budget rises 22% in 2026",
             "https://www.ankadaily.example/science-tech/tua-budget"),
        ],
        "most_read": [
            ("Heatwave warning for the Aegean and Mediterranean coasts",
             "https://www.ankadaily.example/turkiye/heatwave-warning"),
            ("Galatasaray sign Brazilian midfielder", "https://www.ankadaily.example/sport/"
             "galatasaray-signing"),
            ("Ankara metro extension to open in autumn",
             "https://www.ankadaily.example/turkiye/ankara-metro"),
        ],
        "updates": [
            ("12:40", "Summing up", """
ASENA-1 is in orbit and talking to the ground. The satellite lifted off at 09:19 our time, which
was 23:19 on Tuesday evening in California, separated from the rocket at 10:17 and sent its
first signal to Gölbaşı at 10:51. KUT says the next three months will be spent testing the
satellite and its camera, with the first images expected within two weeks and full service from
October. We are closing this live page. Thank you for following.
"""),
            ("11:35", "Minister Kaya: 'a new era'", """
Industry and Technology Minister Levent Kaya, who watched the launch with KUT engineers at
Gölbaşı, said: "Today is the beginning of a new era for our space programme. A satellite
designed, built and tested by Turkish engineers is now looking down on our country."

He said ASENA-1 would be used for agriculture, disaster response, urban planning and border
security, and that a second satellite of the same design was planned.
"""),
            ("10:58", "SIGNAL!", """
Applause at Gölbaşı: the ground station received ASENA-1's first signal at 10:51, about an hour
and a half after launch and just over half an hour after separation. KUT chief executive Defne
Arıkan, close to tears: "We heard her voice at 10:51. For a team that built every subsystem in
Ankara, this is the sound we have waited six years for."

Telemetry shows the solar panels have deployed and the batteries are charging, KUT said.
"""),
            ("10:17", "Separation confirmed", """
ASENA-1 has separated from the Falcon 9 upper stage, 58 minutes after liftoff. It is one of 81
satellites on this flight, and the largest. Now we wait for the first signal, which should come
as the satellite passes over Türkiye.
"""),
            ("09:27", "Booster lands", """
The first stage has landed back at Vandenberg, at Landing Zone 4, about seven and a half minutes
after launch. It was the booster's 14th flight. The upper stage is carrying on to orbit.
"""),
            ("09:19", "LIFTOFF!", """
The Falcon 9 has lifted off from Vandenberg with ASENA-1 on board. In California it is 23:19 on
Tuesday evening; here it is 09:19 on Wednesday morning.
"""),
            ("09:00", "Weather is 'go'", """
SpaceX says the weather is good and all systems are ready. The launch is set for 09:19 Türkiye
time. There is no backup window tonight in California if there is another delay; the next
opportunity would be on Thursday.
"""),
            ("08:45", "Good morning", """
Welcome to our live coverage of the launch of ASENA-1, Türkiye's most capable domestically built
Earth-observation satellite. The 418 kg satellite, built by Kuzey Uzay Teknolojileri (KUT) for
the Turkish Space Agency (TUA), is on a SpaceX Falcon 9 rideshare mission from Vandenberg Space
Force Base in California. Sunday's first attempt was called off about a minute before liftoff
because of a ground sensor problem.

ASENA-1 will orbit at about 535 km and can see objects as small as 80 cm. About 84% of its value
was produced in Türkiye, and the programme cost 2.9 billion lira, according to the Industry and
Technology Ministry.
"""),
        ],
    }

    weekly = {
        "url": "https://www.setechweekly.example/space/asena-1-sub-metre-eyes-region",
        "title": "ASENA-1 gives Türkiye sub-metre eyes: what it means for the region | SETW",
        "desc": "Türkiye's new imaging satellite is in orbit. How it compares with its "
                "predecessor and with Greece's small-satellite plans.",
        "headline": "ASENA-1 gives Türkiye sub-metre eyes: what it means for the region",
        "standfirst": "The 418 kg satellite is the most capable Türkiye has built itself. Its "
                      "real test starts now, in commissioning.",
        "img": "asena-1-render-orbit.jpg",
        "caption": "An artist's impression of ASENA-1 in orbit.",
        "credit": "Image: KUT",
        "author": "Eleni Fragou",
        "author_role": "space and defence editor",
        "section": "Space",
        "tags": ["ASENA-1", "KUT", "Türkiye", "Earth observation", "Greece"],
        "related": [
            ("Greek cubesat from Thessaloniki reaches orbit on the same rideshare",
             "https://www.setechweekly.example/space/thessaloniki-cubesat"),
            ("Bulgaria joins ESA's navigation programme",
             "https://www.setechweekly.example/space/bulgaria-esa-navigation"),
            ("Romanian start-up raises 4 million euros for satellite antennas",
             "https://www.setechweekly.example/startups/romania-antennas"),
        ],
        "most_read": [
            ("Serbia's first 5G auction: who bid what",
             "https://www.setechweekly.example/telecoms/serbia-5g-auction"),
            ("Cyprus data centre boom", "https://www.setechweekly.example/startups/"
             "cyprus-data-centres"),
        ],
        "body": """
Türkiye's ASENA-1 Earth-observation satellite is in orbit after launching early on Wednesday,
Turkish time, on a SpaceX Falcon 9 rideshare from Vandenberg in California, where it was still
Tuesday night. The satellite separated from the rocket nearly an hour after liftoff and sent its
first signal to the ground station at Gölbaşı, near Ankara, about an hour and a half after
launch.

The launch had slipped by two days after Sunday's attempt was scrubbed in the final minute
because of a ground-sensor reading.

## What it can do

ASENA-1 weighs 418 kg and carries a camera with a resolution of 80 cm in panchromatic mode and
3.2 m in multispectral mode, across a 16 km swath, from a sun-synchronous orbit of about 535 km,
or roughly 330 miles. That makes it the first Turkish-built satellite to see objects smaller than
a metre.

Its predecessor, the KUTSAT-D demonstrator launched in January 2025, has a resolution of 2.5 m.
The jump is the difference between counting buildings and counting cars.

The satellite was built by Kuzey Uzay Teknolojileri (KUT), a company founded in Ankara in 2016,
for the Turkish Space Agency (TUA). Officials say 84% of its value was produced in Türkiye,
including the optics, the onboard computer and the star trackers, with the detector chips and
some propulsion components imported.

The programme cost 2.9 billion lira, roughly $70 million at the exchange rate on launch day. That
is cheap by the standards of government imaging satellites of this class, in part because KUT
reused the bus design tested on KUTSAT-D.

"This is a serious, sovereign capability at a sensible price," said Yannis Koutsouris, a space
policy analyst at the Hellenic Institute for Space Policy in Athens. "The question is not the
launch, which went perfectly, but the commissioning. The first months in orbit are where many
first-of-a-kind satellites run into trouble."

## Commissioning and the next satellite

KUT chief executive Defne Arıkan said the company expected the first images within two weeks and
full operational service from October, after three months of in-orbit tests. TUA President
Serkan Aydınlı told reporters at Gölbaşı that a second satellite of the same design, ASENA-2,
would be ordered this year.

Industry and Technology Minister Levent Kaya called the launch "the beginning of a new era" for
the Turkish space programme and listed agriculture, disaster management, urban planning and
border security as its main uses.

## The view from Athens

For Greece, which is building its own constellation of small satellites under a national
programme run with the European Space Agency, ASENA-1 is a reminder of the pace of Turkish
investment. A 3U cubesat built by students at the Aristotle University of Thessaloniki flew on
the same Falcon 9 as ASENA-1, one of more than 80 payloads on the mission.

"We are not in a race with Ankara," Koutsouris said. "But Greece needs to decide what kind of
imaging capability it wants to own rather than buy, and to fund it for more than one political
cycle."

Greek officials declined to comment on the launch.
""",
    }

    return {
        "id": "rk-ED5",
        "part": "ED",
        "domain": "rocket",
        "fetched": "2026-06-26",
        "articles": [_render(_ORBITAL, us), _render(_ANKA, live), _render(_SETECH, weekly)],
        "planted": [],
    }


_HELLAS = {
    "name": "Hellas Now", "domain": "hellasnow.example", "cdn": "img.hellasnow.example",
    "layout": "live", "css": "hn-live.css", "handle": "HellasNowNews",
    "nav": ["Greece", "Politics", "Economy", "Islands", "World", "Weather"],
    "footer": ["About Hellas Now", "Contact", "Advertising", "Terms", "Privacy", "Cookies"],
    "owner": "Hellas Now Digital Media S.A.",
    "cookie": "Hellas Now and its partners store and access information on your device. Agree to "
              "continue or manage your choices.",
}

_TDAILY = {
    "name": "Türkiye Daily", "domain": "turkiyedaily.example", "cdn": "cdn.turkiyedaily.example",
    "layout": "news", "css": "td.css", "handle": "TurkiyeDailyEN",
    "tagline": "News from Türkiye in English",
    "nav": ["Türkiye", "Politics", "Economy", "World", "Life", "Sports", "Opinion"],
    "footer": ["Imprint", "Contact", "Advertise", "Privacy (KVKK)", "Cookie policy"],
    "owner": "Türkiye Daily Medya A.Ş.",
    "cookie": "This website uses cookies in accordance with our privacy policy.",
    "newsletter": "Get the Türkiye Daily Evening Briefing",
}

_SAMOSV = {
    "name": "Samos Voice", "domain": "samosvoice.example", "cdn": "media.samosvoice.example",
    "layout": "local", "css": "sv.css", "handle": "SamosVoice",
    "tagline": "Independent news from Samos since 2009",
    "nav": ["Vathy", "Karlovasi", "Pythagoreio", "Villages", "Ferries", "Notices"],
    "footer": ["Who we are", "Send a notice", "Advertise", "Privacy"],
    "owner": "Samos Voice",
    "cookie": "We use a few cookies to count visitors.",
    "weather": "Vathy 13°C, cloudy, wind NW 4 Beaufort",
    "classified": "Builder available for repairs after the earthquake. Free inspections in "
                  "Vathy and Kokkari.",
}


def _story_eq() -> dict:
    live = {
        "url": "https://www.hellasnow.example/live/samos-earthquake-live",
        "title": "Samos earthquake LIVE: one dead, damage in Vathy - Hellas Now",
        "desc": "Live updates after a strong earthquake struck between Samos and the Turkish "
                "coast before dawn: casualties, damage, aftershocks and school closures.",
        "headline": "Samos earthquake live: one dead, buildings damaged in Vathy",
        "img": "vathy-damaged-house.jpg",
        "caption": "A partly collapsed house in Ano Vathy, the old upper town of Samos.",
        "credit": "Photo: Hellas Now / Yiannis Drakos",
        "author": "the Hellas Now newsroom",
        "section": "Greece",
        "visible_date": "Monday 2 March 2026 - times are Greek local time (EET)",
        "key_points": [
            "Earthquake of magnitude 5.8 (NOA) at 04:14 between Samos and Kuşadası",
            "One woman, 83, killed in Ano Vathy; 17 injured on Samos",
            "Schools on Samos closed on Monday and Tuesday",
            "About 150 aftershocks by the evening, largest magnitude 4.4",
        ],
        "related": [
            ("Five years after 30 October 2020: how Samos rebuilt",
             "https://www.hellasnow.example/islands/samos-2020-rebuild"),
            ("What to do in an earthquake: civil protection guide",
             "https://www.hellasnow.example/greece/earthquake-guide"),
            ("Chios: new ferry link to Çeşme from April",
             "https://www.hellasnow.example/islands/chios-cesme-ferry"),
        ],
        "most_read": [
            ("Athens: rents up 9% in a year", "https://www.hellasnow.example/economy/rents"),
            ("Storm warning for the Ionian islands", "https://www.hellasnow.example/weather/"
             "storm-ionian"),
            ("Olympiacos top the table after 3-1 win", "https://www.hellasnow.example/sport/"
             "olympiacos"),
        ],
        "updates": [
            ("18:30", "About 150 aftershocks so far", """
The Geodynamic Institute of the National Observatory of Athens (NOA) has now recorded about 150
aftershocks, the largest still the magnitude 4.4 at 05:02. Professor Katerina Manoli said the
sequence was "decaying normally" but urged residents not to return to damaged buildings. We
will continue our coverage tomorrow morning.
"""),
            ("16:40", "17 injured on Samos; 27 buildings unsafe", """
The Samos general hospital has now treated 17 people, two of whom are in serious but stable
condition. Engineers have inspected 140 buildings in and around Vathy and marked 27 as unsafe.

Across the strait, Turkey's disaster agency AFAD says 34 people have been injured in Aydın and
İzmir provinces, as of 14:00 Turkish time.
"""),
            ("13:45", "Inspections under way", """
By midday engineers from the regional authority had checked 64 buildings and declared 11 of them
unsafe, most of them old stone houses in Ano Vathy. The port police report cracks in a section
of the quay in Vathy; ferries are using the other berth.
"""),
            ("11:30", "Turkish side: magnitude 5.9, 23 injured", """
AFAD measured the earthquake at magnitude 5.9, at a depth of 11.2 km, and said 23 people had
been injured in Aydın and İzmir provinces by 08:00 Turkish time, most of them while rushing out
of buildings. The US Geological Survey puts the magnitude at 5.7 and the depth at 10 km; the
European-Mediterranean Seismological Centre at 5.8.
"""),
            ("09:20", "Manoli: 'aftershocks in the low 5s cannot be excluded'", """
NOA has recorded more than 60 aftershocks. Professor Katerina Manoli of the University of Athens
told Hellas Now: "This was a normal fault in the same system that produced the October 2020
earthquake, but a much smaller segment. Aftershocks of magnitude 4, or even in the low 5s,
cannot be excluded in the coming days."
"""),
            ("08:40", "Woman, 83, found dead", """
Rescuers have recovered the body of an 83-year-old woman from the partly collapsed house in Ano
Vathy. She lived alone on the ground floor. It is the first confirmed death from the earthquake.
"""),
            ("07:45", "Search at a house in Ano Vathy", """
Firefighters with a rescue dog are working at a partly collapsed two-storey house in Ano Vathy
where an elderly woman is believed to be trapped.
"""),
            ("07:10", "Nine injured", """
Nine people have been treated at the Samos general hospital, none with life-threatening
injuries, according to the hospital's director.
"""),
            ("06:15", "Schools closed; sports hall open", """
Civil protection has announced that all schools on Samos will stay closed on Monday and Tuesday.
The mayor of East Samos, Giorgos Stamatelos, said the indoor sports hall in Vathy was open for
anyone afraid to go home. "People slept in their cars and in the square. Nobody should spend the
night outside in the cold," he said.
"""),
            ("05:20", "Strong aftershock", """
A magnitude 4.4 aftershock struck at 05:02, according to NOA, sending people back into the
streets in Vathy and Kokkari.
"""),
            ("05:05", "NOA revises magnitude to 5.8", """
After manual analysis, NOA has revised the magnitude to 5.8 from the automatic 6.0. The
epicentre was at sea about 10 km north-east of Vathy, at a depth of 9 km.
"""),
            ("04:31", "Strong earthquake felt on Samos", """
A strong earthquake was felt at 04:14 on Samos and across the eastern Aegean, including Chios,
Ikaria and the Turkish coast. NOA's automatic solution gives magnitude 6.0, with the epicentre
in the sea north-east of Samos. This is preliminary. We will update as information comes in.
"""),
        ],
    }

    turkish = {
        "url": "https://www.turkiyedaily.example/turkiye/2026/03/02/"
               "kusadasi-earthquake-aegean-afad",
        "title": "Magnitude 5.9 quake off Kuşadası shakes Aegean coast, 23 injured | Türkiye "
                 "Daily",
        "desc": "A magnitude 5.9 earthquake struck in the Aegean Sea off Kuşadası early on "
                "Monday, AFAD said, injuring 23 people in Aydın and İzmir.",
        "headline": "Magnitude 5.9 quake off Kuşadası shakes Aegean coast, 23 injured",
        "standfirst": "Residents of Kuşadası, Söke and İzmir rushed into the streets before dawn. "
                      "AFAD says there is no serious damage on the Turkish side.",
        "kicker": "Earthquake",
        "img": "kusadasi-residents-park.jpg",
        "caption": "Residents wait in a park in Kuşadası after the earthquake.",
        "credit": "Photo: Türkiye Daily / Cem Öztürk",
        "author": "Aylin Korkmaz",
        "author_role": "Aegean correspondent, İzmir",
        "section": "Türkiye",
        "published": "2026-03-02T08:20:00+03:00",
        "modified": "2026-03-02T09:05:00+03:00",
        "tags": ["Earthquake", "Kuşadası", "AFAD", "Aegean", "Samos"],
        "ad_after": 5,
        "related": [
            ("Earthquake insurance: how DASK claims work",
             "https://www.turkiyedaily.example/economy/dask-claims"),
            ("İzmir urban transformation: 12,000 buildings renewed since 2020",
             "https://www.turkiyedaily.example/turkiye/izmir-urban-transformation"),
            ("Kandilli: how magnitudes are calculated",
             "https://www.turkiyedaily.example/life/kandilli-magnitudes"),
        ],
        "most_read": [
            ("Minimum pension raised to 18,500 lira", "https://www.turkiyedaily.example/economy/"
             "minimum-pension"),
            ("Fenerbahçe held 1-1 in Kayseri", "https://www.turkiyedaily.example/sports/"
             "fenerbahce-kayseri"),
            ("Snow closes roads in eastern provinces",
             "https://www.turkiyedaily.example/turkiye/snow-roads"),
        ],
        "body": """
A magnitude 5.9 earthquake struck in the Aegean Sea off the resort town of Kuşadası at 05:14
local time on Monday, the Disaster and Emergency Management Authority (AFAD) said, sending
thousands of people into the streets in Aydın and İzmir provinces.

AFAD said the quake's epicentre was in the sea about 18 km west of Kuşadası, near the Greek
island of Samos, at a depth of 11.2 km. Boğaziçi University's Kandilli Observatory measured it
at magnitude 5.8.

By 08:00, 23 people had been injured, AFAD said, most of them while rushing out of buildings or
jumping from balconies in panic. None were in serious condition. Most of the injured were
treated at hospitals in Kuşadası and Söke.

"There is no serious structural damage on our side. Our teams have found cracks in four
buildings in Kuşadası and we are checking them one by one," an AFAD official in Aydın, Elif
Şahin, told Türkiye Daily. In the nearby town of Davutlar, the cap of a mosque's minaret fell
into a courtyard; no one was hurt.

The quake was felt strongly in İzmir, about 80 km to the north, where many residents spent the
rest of the night in their cars. It was also felt in Muğla and Manisa provinces.

The Aydın governor's office said schools in Kuşadası and Söke would be closed on Monday as a
precaution.

## 'Out of caution, not destruction'

Kuşadası Mayor Ömer Yalçınkaya said the municipality had set up tents in two parks and was
serving hot soup and tea. "We have people in tents out of caution, not because their homes are
destroyed. But after 2020 everyone here remembers, and nobody wants to take a risk," he said.

AFAD recorded 87 aftershocks by 09:00, the largest a magnitude 4.5 at 06:02.

## Damage and casualties on Samos

The damage appears to be heavier on the Greek side. On Samos, the Greek island closest to the
epicentre, Greek authorities said nine people had been treated in hospital, and rescuers were
searching a partly collapsed house in the old quarter of the island's main town, Vathy, where an
elderly woman was believed to be trapped.

Giorgos Stamatelis, the mayor of East Samos, told Greek television that people had slept in
their cars and in the town square, and that an indoor sports hall had been opened for those
afraid to go home. Schools on the island will remain closed on Monday and Tuesday.

The US Geological Survey put the magnitude at 5.7, while Greece's National Observatory of
Athens, after an initial automatic estimate of 6.0, gave 5.8.

## Memories of 2020

The earthquake struck in the same area as the one of 30 October 2020, which AFAD measured at
magnitude 6.6 and which killed 117 people in İzmir, most of them in collapsed apartment blocks in
the Bayraklı district. Two teenagers were killed on Samos in that quake.

Since then, İzmir has demolished and rebuilt thousands of buildings under an urban
transformation programme. "This morning showed the work was worth it," said İzmir-based
structural engineer Kemal Arslan. "A quake of this size close to the coast and no serious
damage in Kuşadası - that is what we want to see."

AFAD said it had sent search and rescue teams to the region and that Turkey was ready to help
Greece if asked.
""",
    }

    wire = {
        "url": "https://www.continentalpress.example/europe/2026/03/02/"
               "greece-turkey-samos-earthquake",
        "title": "Earthquake off Samos kills one, injures dozens in Greece and Turkey - CPA",
        "desc": "A strong earthquake in the sea between the Greek island of Samos and Turkey's "
                "Aegean coast killed an elderly woman and injured dozens of people.",
        "headline": "Earthquake off Samos kills one, injures dozens in Greece and Turkey",
        "img": "samos-vathy-harbour-morning.jpg",
        "caption": "People gather on the waterfront in Vathy, Samos, after the earthquake.",
        "credit": "CPA photo / Dimitris Kallergis",
        "author": "Petros Dimas",
        "section": "Europe",
        "jsonld": "2026-03-02T10:05:00Z",
        "dateline": "ATHENS, March 2 (CPA) -",
        "signoff": "Reporting by Petros Dimas in Athens and Aylin Demir in Istanbul; editing by "
                   "Helen Marr",
        "related": [
            ("Greece's tourism arrivals hit record in 2025",
             "https://www.continentalpress.example/business/greece-tourism-record"),
            ("Quake of magnitude 4.9 shakes central Italy, no damage",
             "https://www.continentalpress.example/europe/italy-quake"),
            ("Turkey's parliament debates new building code",
             "https://www.continentalpress.example/europe/turkey-building-code"),
        ],
        "body": """
A strong earthquake struck in the sea between the Greek island of Samos and Turkey's Aegean
coast before dawn on Monday, killing an elderly woman on Samos and injuring dozens of people on
both sides of the narrow strait, officials said.

The quake hit at 0214 GMT (4:14 a.m. local time in Greece, 5:14 a.m. in Turkey). Greece's
National Observatory of Athens (NOA) put its magnitude at 6.8, while Turkey's disaster agency
AFAD measured 5.9 and the U.S. Geological Survey 5.7. Its epicentre was about 10 km (6 miles)
north-east of Vathy, the main town of Samos, at a shallow depth of around 10 km.

Rescuers recovered the body of an 83-year-old woman from a partly collapsed house in the old
upper town of Vathy, Greek officials said. At least 12 people on Samos had been treated in
hospital by late morning, none of them with life-threatening injuries.

In Turkey, AFAD said 23 people had been injured in Aydın and İzmir provinces, most of them while
fleeing buildings in panic. It reported cracks in a handful of buildings in the resort town of
Kuşadası but no serious damage.

"People slept in their cars and in the square," Giorgos Stamatelos, mayor of East Samos, told
Greek state television. "We have opened the indoor sports hall for anyone who is afraid to go
home."

Schools on Samos will be closed on Monday and Tuesday, Greece's civil protection authority said.
Schools were also closed for the day in Kuşadası and Söke on the Turkish coast.

Engineers were inspecting buildings in Vathy, where many houses in the upper town are built of
stone and date from the 19th century. By midday 11 had been declared unsafe. The port
authority said part of the quay in Vathy had cracked, but ferry services were running.

More than 60 aftershocks had been recorded by mid-morning, the largest of magnitude 4.4,
according to NOA.

"This was a normal fault in the same system that produced the 2020 earthquake, but a much smaller
segment," said Katerina Manoli, a professor of seismology at the University of Athens.
"Aftershocks of magnitude 4 or even in the low 5s cannot be excluded in the coming days."

The area was the scene of a magnitude 7.0 earthquake, as measured by the USGS, on Oct. 30, 2020,
which killed 117 people in the Turkish city of İzmir and two teenagers on Samos.

Greece and Turkey, historic rivals whose relations have improved in recent years, exchanged
messages of support. Turkey's foreign ministry said it was ready to send help if Greece needed
it, and Greece's foreign ministry thanked Ankara.

The quake was felt across the eastern Aegean, from the islands of Chios and Ikaria to İzmir, and
was reported by some residents as far away as Athens, about 300 km (185 miles) to the west.
""",
    }

    local = {
        "url": "https://www.samosvoice.example/vathy/earthquake-day-after-sports-hall-inspections",
        "title": "The day after: a night in the sports hall, and 41 houses marked red | Samos "
                 "Voice",
        "desc": "Vathy counts the damage after Monday's earthquake. Inspections, the sports hall, "
                "schools and the aftershocks.",
        "headline": "The day after: a night in the sports hall, and 41 houses marked red",
        "img": "vathy-sports-hall-camp-beds.jpg",
        "caption": "Camp beds in the indoor sports hall in Vathy on Monday night.",
        "credit": "Photo: Samos Voice",
        "author": "Anna Kyriazi",
        "section": "Vathy",
        "ad_after": 6,
        "related": [
            ("Kokkari: road to the beach reopened after rockfall",
             "https://www.samosvoice.example/villages/kokkari-road"),
            ("Ferry timetable changes for March",
             "https://www.samosvoice.example/ferries/march-timetable"),
            ("Karlovasi harbour works approved", "https://www.samosvoice.example/karlovasi/"
             "harbour-works"),
        ],
        "most_read": [
            ("Funeral of Eleni Kouri on Wednesday at Agios Spyridon",
             "https://www.samosvoice.example/notices/funeral-kouri"),
            ("Where to get a building inspection", "https://www.samosvoice.example/vathy/"
             "inspection-where"),
            ("Olive oil co-operative pays members", "https://www.samosvoice.example/villages/"
             "olive-oil-payments"),
        ],
        "body": """
About 230 people spent Monday night on camp beds in the indoor sports hall in Vathy, many of them
elderly residents of the upper town who did not want to go back to their stone houses after the
earthquake that woke the island at 04:41 on Monday.

"I have lived through the one in 2020, and I know what it is to be inside a house when the walls
start to talk," said Vangelis Tsamis, 78, who spent the night in the hall with his wife.
"Tonight, maybe, we go home. Maybe tomorrow."

The earthquake, of magnitude 5.8 according to the National Observatory of Athens, had its
epicentre in the sea about 10 km north-east of Vathy. It killed Eleni Kouri, 83, whose house in
Ano Vathy partly collapsed on top of her. She lived alone on the ground floor. Her funeral will
be held on Wednesday at the church of Agios Spyridon.

Seventeen people were treated at the Samos general hospital on Monday. By Tuesday morning two of
them were still in hospital, in stable condition, and the rest had been sent home.

## Red, yellow, green

Engineers from the regional authority and volunteers from the Technical Chamber continued
inspections on Tuesday. By 10:00 on Tuesday they had checked 212 buildings and marked 41 of them
"red", meaning unsafe to enter, most of them in Ano Vathy and around the old market. On Monday
evening the count had been 27 unsafe out of 140 checked. Dozens more have been marked "yellow",
to be used only after repairs.

Mayor of East Samos Giorgos Stamatelos said the municipality would pay for temporary
accommodation in hotels for families whose homes are marked red. "Nobody will sleep in a car
because of this earthquake. We have rooms, and the state has promised to cover the cost," he
said on Tuesday.

Schools stayed closed on Tuesday. The municipality said they would reopen on Wednesday, except
for two buildings in Vathy that engineers want to inspect again.

## Aftershocks slowing

By 08:00 on Tuesday the National Observatory had recorded about 190 aftershocks, the largest of
magnitude 4.4 less than an hour after the main shock. Professor Katerina Manoli of
the University of Athens, who visited the island on Tuesday, said the sequence was "behaving as
expected".

"The number of aftershocks is falling day by day. That is good news. But people should keep
away from damaged buildings, because a magnitude 4 that nobody would notice normally can bring
down a wall that is already cracked," she said.

In the harbour, the port authority closed the damaged section of the quay. Ferries to Piraeus
and the other islands are using the eastern berth, and the schedule has not been affected.

Across the strait, the Turkish authorities reported 34 people injured in Aydın and İzmir
provinces, none seriously, and only light damage in Kuşadası. Mayor Stamatelos said he had
spoken by telephone with his counterpart in Kuşadası,
Ömer Yalçınkaya. "After 2020 we learned that the sea between us is very small. We called each
other at six in the morning," he said.

Those who need an inspection should call the municipality's hotline or register at the town
hall. Volunteers are also needed at the sports hall in the evenings.
""",
    }

    return {
        "id": "eq-ED6",
        "part": "ED",
        "domain": "earthquake",
        "fetched": "2026-03-04",
        "articles": [
            _render(_HELLAS, live),
            _render(_TDAILY, turkish),
            _render(_CPA, wire),
            _render(_SAMOSV, local),
        ],
        "planted": [
            ("local time of the main shock (Greece, EET)", r"\b0?4[:.]14\b", r"\b0?4[:.]41\b"),
            ("surname of the mayor of East Samos", r"\bstamatelos\b", r"\bstamatelis\b"),
            ("NOA magnitude of the main shock", r"\b5\.8\b", r"\b6\.8\b"),
        ],
    }


STORIES: list[dict] = [
    _story_cb(),
    _story_el(),
    _story_ct(),
    _story_tr(),
    _story_rk(),
    _story_eq(),
]
