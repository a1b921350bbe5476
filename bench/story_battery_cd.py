"""Story battery, part CD — Germany and Austria, events in 2026.

Written by engineer CD1 on 2026-12-07 for the thirtieth batch, a precision batch: most
differences between outlets are legitimate (time zones, local vs UTC dates, rounding, units,
growing counts with their update times, provisional vs official figures, forecasts vs
outcomes, earlier events, other agencies' estimates, adjusted vs unadjusted measures, names
with and without middle initials or diacritics, reworded quotes, sidebar figures of other
stories). Three stories are CONTROLS with no disagreement at all; the other three carry
exactly three planted contradictions each. All outlets, reporters, companies, most officials
and all figures are invented; real institutions and places are scenery only.

cb-CD1 (central bank). The ECB Governing Council, at an external meeting hosted by the
Oesterreichische Nationalbank in Vienna, cut the deposit rate by 25 basis points from 2.00%
to 1.75% (MRO 1.90%, MLF 2.15%, effective 10 June) on Thursday 4 June 2026; statement 14:15
CEST = 12:15 GMT, news conference 14:45 CEST (began 14:47). President Élise Marchetti-Duval;
chief economist Pieter Hoekstra-Vos; OeNB Governor Gerlinde Auersperg-Thaler; Bundesbank
President Matthias Kronenberg would have preferred to wait. May HICP flash 1.7% (core 2.2%),
Austria 2.9%; staff projections 1.8% / 1.6% / 1.9% for 2026-28 (March: 1.9% for 2026), GDP
0.9% / 1.2%; euro -0.4% to $1.1512, Bund 10y -5 bp to 2.43%, DAX close +0.9% at 24,415, ATX
+1.3%. PLANTED (3): size of the cut, right 25 basis points / quarter-point vs wrong "50
basis point cut" (Finanzblick live page, 16:05 update); weekday, right Thursday vs wrong
"Wednesday, 4 June" (Basis Point Monitor); Hoekstra-Vos's role, right chief economist vs
wrong "ECB Vice-President" (The Vienna Ledger). Outlets: Central European Wire (wire, GMT,
article:published_time 2026-06-04T12:38Z); Finanzblick (live page, CEST updates 13:30-17:40,
JSON-LD LiveBlogPosting); The Vienna Ledger (newspaper next day, visible date only, 5 June);
Basis Point Monitor (specialist rates site, no date at all). Traps: 14:15 CEST vs 12:15 GMT;
1.90% vs 1.9%, 2% vs 2.00%; headline 1.7% vs core 2.2% vs projected core 2.1% vs services
3.1%; March vs June projections; eight earlier cuts of 25 bp and the cumulative 2.25 points;
euro $1.1512 just after the statement vs $1.1530 at the close; 60% vs 45% market pricing
before/after; Kronenberg's quote worded three ways; Marchetti-Duval's quote reordered; OeNB
vs "Austrian National Bank"; "about a third" of Austrian loans variable; sidebar figures.

el-CD2 (election). Regensburg mayoral runoff, Sunday 22 March 2026 (polls 08:00-18:00 CET).
Katharina Eberl-Hofmann (Greens) 23,676 votes, 52.6%, beat Markus Leitner (CSU) 21,336,
47.4%; provisional margin 2,340; valid 45,012, invalid 431, 45,443 voters of 110,030
eligible, turnout 41.3% (first round 8 March: 48.9%; 34.1% / 31.8% / Rieger 14.2% / Wutz
11.6%). Provisional result declared 20:47 CET = 19:47 GMT by election officer Andreas Kölbl;
Leitner conceded 21:06. Official result confirmed Thursday 26 March: 23,689 to 21,338,
margin 2,351 (15 ballots wrongly set aside), percentages unchanged. Takes office 1 May.
PLANTED (3): spelling, right Eberl-Hofmann vs wrong "Eberl-Hoffmann" (Central European Wire,
throughout); provisional margin, right 2,340 vs wrong "2,430 votes" (The Berlin Courier);
turnout, right 41.3% vs wrong "43.1%" (Kommunal Monitor). Outlets: Donau Post (local live
page, CET updates 17:30-21:40, article:published_time); Central European Wire (wire, GMT,
article:published_time); The Berlin Courier (national newspaper next day, visible date only);
Kommunal Monitor (local-government trade site after certification, no date). Traps: counts
growing through the evening (50.8% of 24 districts, 51.9%, 52.3%, final 52.6%); 16:00
turnout 27.9% at polling stations only; provisional 2,340 vs official 2,351 (said so); first
round figures; 20:47 CET vs 19:47 GMT; drop of 7.6 points; Lord Mayor vs mayor; CSU vs
Christian Social Union; quotes "not only" vs "not just"; other towns' runoffs in sidebars.

ct-CD3 (court). CONTROL. Federal Constitutional Court, First Senate, Karlsruhe, pronounced
on Tuesday 16 June 2026 at 10:00 CEST (08:00 GMT), 1 BvR 1160/24, on Bavaria's Police Data
Analysis Act (passed July 2024, in force 1 October 2024): automated analysis (Section 4)
allowed only against concrete danger, valid with restrictions until 31 December 2027,
decided 6:2 (dissent by Falkenhahn and Oberdorfer-Lenz); ten-year retention of non-suspects'
data (Section 9) void, unanimous; 112 pages; hearing 14-15 October 2025; six complainants
(five journalists and a lawyer), counsel Dr. Yasemin Korkmaz-Brandt; court president and
presiding judge Hannelore Weißgerber-Klose; Bavarian interior minister Florian Haberl;
2,140 analyses in 2025; platform €41 million over five years. Outlets: Central European Wire
(wire, GMT, article:published_time); Lex Europa Review (legal trade site, no date); The
Frankfurt Chronicle (newspaper next day, JSON-LD only); Munich Dispatch (local site, visible
"Updated 13:42 CEST, 16 June 2026" only). Traps: 10 a.m. vs 08:00 GMT; 6:2 for the analysis
powers vs unanimous for retention vs "two of the eight judges dissented"; Weißgerber-Klose
vs Weissgerber-Klose; president vs presiding judge; interior minister vs minister of the
interior; "end of 2027" vs 31 December 2027 vs "a year and a half"; "a decade" vs "ten
years"; "six complainants" vs "five journalists and a lawyer"; quote with must/may; the
February 2023 Hesse/Hamburg ruling; "Karlsruhe" and "German top court" for the court.

tr-CD4 (trade). CONTROL. Destatis (Federal Statistical Office, Wiesbaden), Thursday 8
October 2026, 08:00 CEST (06:00 GMT): August exports €131.2bn, +1.2% m/m (calendar and
seasonally adjusted; forecast +0.6%); imports €114.3bn, +2.5%; adjusted surplus €16.9bn
(July €18.1bn); July exports revised to -0.7% from -0.9%; unadjusted exports €122.8bn, -1.4%
y/y, unadjusted imports €108.6bn (+0.9%), unadjusted surplus €14.2bn; Jan-Aug €1,041.7bn,
-0.6%; EU €71.5bn +1.9%, non-EU €59.7bn +0.4%, US €12.6bn -2.1% m/m (-6.3% y/y unadjusted),
China €6.7bn +3.0%, UK €6.5bn +0.8%; industrial output +0.4% (released 7 October). Outlets:
Eurowire Business (wire, GMT, article:published_time); Finanzblick (markets live page, CEST,
JSON-LD LiveBlogPosting); The Hamburg Mercantile (newspaper next day, visible date only);
Export Ledger (trade-data site, dollar conversions at $1.17, no date). Traps: m/m vs y/y vs
year to date; adjusted €16.9bn vs unadjusted €14.2bn surplus; forecast vs outcome ("about
half that"); revised July; euros vs dollars ($153.5bn, $133.7bn, $19.8bn, $14.7bn); BGA vs
Federation of German Wholesale, Foreign Trade and Services; quote "One good month does not
make a recovery" vs "A single good month is not a recovery"; Destatis vs statistics office;
08:00 CEST vs 06:00 GMT; industrial production 0.4%; Hamburg port figures in sidebars.

rk-CD5 (rocket). CONTROL. Helvion Space (Ottobrunn) Kestrel flight 2 from Andøya Spaceport,
Norway, Wednesday 18 November 2026: liftoff 12:04:09 CET = 11:04:09 UTC, 47 minutes after
the window opened (11:17 CET / 10:17 UTC; winds, then a sensor hold); stage separation
T+2:41; orbit at T+8:42 (11:12:51 UTC); around 530 km sun-synchronous, 97.5 degrees; four
satellites, 143 kg (GrazSat-3 21 kg, two Weserblick 28 kg, HTD-1 66 kg), deployment
complete T+58 min (12:02 UTC); GrazSat-3 first signal 14:37 CET = 13:37 UTC; flight 1 on 26
March failed after 38 seconds; CEO Jonas (P.) Merkle, CTO Sabine Okonkwo-Reiter; next flight
Q2 2027. Outlets: Orbit Desk (specialist live page, UTC, JSON-LD LiveBlogPosting); Südwire
(wire, CET, article:published_time, update 13:35 CET); The Isar Herald (Munich newspaper
next day, visible date only); Graz Today (Austrian local site, no date). Traps: UTC vs
CET/local; "nearly nine minutes" vs 8:42; "about an hour" vs 58 minutes; "three quarters of
an hour" vs 47 minutes; 530 km vs "about 330 miles"; "a tonne" vs 1,000 kg; Jonas Merkle vs
Jonas P. Merkle; CEO vs co-founder and chief executive; quote reworded; earlier flight's 38
seconds; wire written before deployment completed, with later update.

eq-CD6 (earthquake). The quake struck on Friday 16 October 2026 at 22:41:27 UTC = Saturday
17 October 00:41 CEST, about 4 km south-west of Albstadt-Ebingen (Zollernalb district,
Baden-Württemberg); LED ML 4.9 at about 9 km depth, SED 4.8, EMSC 4.8 (preliminary 4.6),
USGS mb 4.7 at 10 km fixed; shaking about eight seconds; felt in Stuttgart (65 km, 40 miles)
and Zurich; four people slightly injured (police, unchanged all day); damage reports 130
(07:40), 240 (10:00), 780 (18:45), more than 1,100 by Sunday; aftershocks 11 by 07:00, 19 by
evening, 23 by Sunday, largest ML 2.8 at 01:12 CEST (23:12 UTC). PLANTED (3): epicentre
town, right Albstadt vs wrong "Aalen" (Central European Wire); time, right 00:41 (22:41 UTC)
vs wrong "00:14" (The Swabian Standard); injured, right four vs wrong "six people"
(Seismo Watch Europe). Outlets: Alb-Kurier (local live page, CEST updates 01:02-18:45,
article:published_time); Central European Wire (wire, GMT, article:published_time);
Seismo Watch Europe (specialist, UTC, no date); The Swabian Standard (newspaper Sunday 18
October, JSON-LD only). Traps: UTC date 16 October/Friday vs local 17 October/Saturday;
agency magnitudes 4.6 (preliminary) / 4.7 / 4.8 / 4.9 and depths 9 vs 10 km, each
attributed; "no injuries so far" at 03:10 before four at 07:40; growing damage and
aftershock counts with times; 1978 quake (M5.7) and Roermond 1992; 65 km vs 40 miles.
"""


import html
import json

# ---------------------------------------------------------------------------
# Small HTML builders.  Article text is written as wrapped blocks separated by
# blank lines, with a tiny markup:
#   "## Heading"                 -> <h2>
#   "[fig] caption || credit"    -> <figure> with caption and photo credit
#   "[ad]"                       -> advertisement slot
#   "[box] Read more: title"     -> inline "read more" box
#   "@@ 14:15 | Heading"         -> starts a timestamped live update
#   anything else                -> <p>
# ---------------------------------------------------------------------------


def _e(text):
    return html.escape(text, quote=True)


def _blocks(text):
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _render_block(block):
    if block.startswith("## "):
        return f"<h2>{_e(block[3:])}</h2>"
    if block.startswith("[fig] "):
        cap, _, credit = block[6:].partition(" || ")
        return (
            '<figure class="inline-photo"><img src="/img/placeholder.jpg" alt="">'
            f'<figcaption>{_e(cap)} <span class="credit">{_e(credit)}</span>'
            "</figcaption></figure>"
        )
    if block == "[ad]":
        return (
            '<aside class="ad-slot" aria-label="Advertisement"><span>Advertisement</span>'
            '<div class="ad-inner"></div></aside>'
        )
    if block.startswith("[box] "):
        return f'<aside class="read-more"><p>{_e(block[6:])}</p></aside>'
    return f"<p>{_e(block)}</p>"


def _render_body(text, live_date=None, live_offset=None, zone_label=""):
    """Render article text; live updates become <article class="update">."""
    out = []
    in_update = False
    for block in _blocks(text):
        if block.startswith("@@ "):
            if in_update:
                out.append("</article>")
            stamp, _, head = block[3:].partition(" | ")
            stamp = stamp.strip()
            attr = ""
            if live_date and live_offset:
                attr = f' datetime="{live_date}T{stamp}:00{live_offset}"'
            out.append('<article class="update">')
            label = f"{stamp} {zone_label}".strip()
            out.append(f'<time class="update-time"{attr}>{_e(label)}</time>')
            if head:
                out.append(f"<h3>{_e(head)}</h3>")
            in_update = True
            continue
        out.append(_render_block(block))
    if in_update:
        out.append("</article>")
    return "\n".join(out)


def _links(items, cls):
    lis = "".join(
        f'<li><a href="/{cls}/{i + 1}">{_e(t)}</a></li>' for i, t in enumerate(items)
    )
    return lis


def _head(o):
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(o['title'])}</title>",
        f'<meta name="description" content="{_e(o["desc"])}">',
        f'<link rel="canonical" href="{_e(o["url"])}">',
        f'<meta property="og:site_name" content="{_e(o["site"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(o["headline"])}">',
        f'<meta property="og:description" content="{_e(o["desc"])}">',
        f'<meta property="og:url" content="{_e(o["url"])}">',
        f'<meta property="og:image" content="https://media.{o["domain"]}/share/lead.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if o["date_mode"] == "meta":
        lines.append(f'<meta property="article:published_time" content="{o["iso"]}">')
        if o.get("iso_mod"):
            lines.append(f'<meta property="article:modified_time" content="{o["iso_mod"]}">')
        lines.append(f'<meta property="article:section" content="{_e(o["section"])}">')
    if o["date_mode"] == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": o.get("ld_type", "NewsArticle"),
            "headline": o["headline"],
            "datePublished": o["iso"],
            "author": {"@type": "Person", "name": o["author"]},
            "publisher": {"@type": "Organization", "name": o["site"]},
            "mainEntityOfPage": o["url"],
        }
        if o.get("iso_mod"):
            ld["dateModified"] = o["iso_mod"]
        lines.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False)
            + "</script>"
        )
    lines.append(f'<link rel="stylesheet" href="https://static.{o["domain"]}/css/site.css">')
    lines.append("</head>")
    return "\n".join(lines)


def _consent(kind):
    if kind == 1:
        return (
            '<div id="cookie-consent" class="consent-banner"><p>We use cookies and similar '
            "technologies to run this site, measure traffic and show personalised "
            "advertising. You can change your choice at any time under Privacy settings.</p>"
            '<button class="accept">Accept all</button><button class="reject">Reject '
            'non-essential</button><a href="/privacy">Privacy settings</a></div>'
        )
    if kind == 2:
        return (
            '<div class="cmp-overlay" role="dialog" aria-label="Your privacy"><h2>Your '
            "privacy matters to us</h2><p>We and our 143 partners store and access "
            "information on your device. Click Agree to consent, or choose Subscribe for "
            "an ad-free, tracking-free version of this site.</p><button>Agree</button>"
            "<button>Subscribe</button><button>Manage options</button></div>"
        )
    return (
        '<div class="gdpr-strip"><p>This site uses cookies. By continuing to browse you '
        'accept our <a href="/cookies">cookie policy</a>.</p><button>OK</button></div>'
    )


def _share(kind):
    if kind == 1:
        return (
            '<div class="share-bar"><span>Share</span><a href="#">X</a><a href="#">'
            'Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div>'
        )
    return (
        '<ul class="social-share"><li><button>Copy link</button></li><li><button>'
        "WhatsApp</button></li><li><button>Bluesky</button></li><li><button>Print"
        "</button></li></ul>"
    )


def page_wire(o):
    """Wire-service story page."""
    nav = "".join(
        f'<li><a href="/{s.lower()}">{s}</a></li>'
        for s in ["World", "Europe", "Business", "Markets", "Politics", "Science"]
    )
    stamp = ""
    if o.get("visible_date"):
        stamp = f'<p class="timestamp">{_e(o["visible_date"])}</p>'
    return "\n".join([
        _head(o),
        '<body class="wire">',
        _consent(1),
        f'<header class="top"><a class="logo" href="/">{_e(o["site"])}</a>'
        f"<nav><ul>{nav}</ul></nav>"
        '<a class="login" href="/login">Sign in</a></header>',
        '<main><article class="story">',
        f'<p class="kicker">{_e(o["section"])}</p>',
        f"<h1>{_e(o['headline'])}</h1>",
        f'<p class="byline">By {_e(o["author"])}</p>',
        stamp,
        _share(1),
        _render_body(o["body"]),
        f'<p class="editing">{_e(o.get("editing", "Editing by the news desk"))}</p>',
        '<p class="trust">Our Standards: The Trust Principles.</p>',
        "</article>",
        '<aside class="more"><h2>More from ' + _e(o["site"]) + "</h2><ul>"
        + _links(o["related"], "story") + "</ul></aside>",
        "</main>",
        '<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>&copy; 2026 '
        + _e(o["site"]) + ". All rights reserved.</p>"
        '<a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> '
        '<a href="/accessibility">Accessibility</a></footer>',
        "</body>",
        "</html>",
    ])


def page_live(o):
    """Live blog with timestamped updates (newest first)."""
    nav = "".join(
        f'<a href="/{s.lower().replace(" ", "-")}">{s}</a>'
        for s in o.get("nav", ["News", "Markets", "Economy", "Companies", "Money", "Video"])
    )
    key = "".join(f"<li>{_e(k)}</li>" for k in o.get("key_points", []))
    stamp = ""
    if o.get("visible_date"):
        stamp = f'<p class="live-date">{_e(o["visible_date"])}</p>'
    return "\n".join([
        _head(o),
        '<body class="liveblog">',
        _consent(2),
        f'<div class="masthead"><a href="/" class="brand">{_e(o["site"])}</a>'
        f'<nav class="sections">{nav}</nav><form class="search"><input '
        'placeholder="Search"></form></div>',
        '<div class="breaking-ticker"><span>LIVE</span></div>',
        '<main class="live">',
        f"<h1>{_e(o['headline'])}</h1>",
        f'<p class="standfirst">{_e(o["desc"])}</p>',
        f'<p class="live-byline">Live coverage by {_e(o["author"])}</p>',
        stamp,
        f'<section class="key-points"><h2>Key points</h2><ul>{key}</ul></section>',
        _share(2),
        f'<p class="tz-note">{_e(o.get("tz_note", ""))}</p>',
        '<section class="updates">',
        _render_body(
            o["body"], o.get("live_date"), o.get("live_offset"), o.get("zone_label", "")
        ),
        "</section>",
        '<aside class="ad-slot"><span>Advertisement</span></aside>',
        '<aside class="newsletter"><h2>' + _e(o.get("newsletter", "Morning briefing"))
        + '</h2><p>The day\'s essential news in your inbox.</p><input type="email" '
        'placeholder="Email address"><button>Sign up</button></aside>',
        '<aside class="related"><h2>Related coverage</h2><ul>'
        + _links(o["related"], "related") + "</ul></aside>",
        "</main>",
        '<footer class="site-footer"><ul><li><a href="/imprint">Imprint</a></li><li>'
        '<a href="/privacy">Data protection</a></li><li><a href="/contact">Contact</a>'
        f"</li></ul><p>{_e(o['site'])} &middot; all rights reserved</p></footer>",
        "</body>",
        "</html>",
    ])


def page_paper(o):
    """Newspaper article page (print-edition piece on the web)."""
    sections = o.get("nav", ["Home", "News", "Politics", "Business", "Opinion", "Culture",
                             "Sport"])
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    stamp = ""
    if o.get("visible_date"):
        stamp = f'<p class="dateline-date">{_e(o["visible_date"])}</p>'
    return "\n".join([
        _head(o),
        '<body class="newspaper">',
        _consent(3),
        '<div class="leaderboard"><span>Advertisement</span></div>',
        f'<header><div class="masthead-title">{_e(o["site"])}</div>'
        f'<p class="edition">{_e(o.get("edition", "International edition"))}</p>'
        f'<nav><ul>{nav}</ul></nav><a class="subscribe" href="/subscribe">Subscribe</a>'
        "</header>",
        '<main><article class="article">',
        f'<p class="section-label">{_e(o["section"])}</p>',
        f"<h1>{_e(o['headline'])}</h1>",
        f'<p class="sub">{_e(o["desc"])}</p>',
        f'<div class="meta"><span class="author">{_e(o["author"])}</span>{stamp}</div>',
        '<figure class="lead"><img src="/img/lead.jpg" alt="">'
        f'<figcaption>{_e(o["lead_caption"])} <small>{_e(o["lead_credit"])}</small>'
        "</figcaption></figure>",
        _share(1),
        '<div class="article-body">',
        _render_body(o["body"]),
        "</div>",
        f'<p class="print-note">{_e(o.get("print_note", ""))}</p>',
        '<div class="comments"><button>Show comments</button></div>',
        "</article>",
        '<aside class="most-read"><h2>Most read</h2><ol>'
        + _links(o["most_read"], "mostread") + "</ol></aside>",
        '<aside class="newsletter"><h2>Get the evening edition</h2><p>Our editors\' '
        'pick, every weekday at 6pm.</p><button>Sign up free</button></aside>',
        '<aside class="related"><h2>More on this story</h2><ul>'
        + _links(o["related"], "more") + "</ul></aside>",
        "</main>",
        f'<footer><p>{_e(o["site"])}</p><ul><li>About us</li><li>Advertise</li><li>'
        "Jobs</li><li>Terms &amp; conditions</li><li>Privacy</li></ul></footer>",
        "</body>",
        "</html>",
    ])


def page_spec(o):
    """Specialist / trade site analysis page."""
    tags = "".join(f'<a class="tag" href="/tag/{i}">{_e(t)}</a>'
                   for i, t in enumerate(o.get("tags", [])))
    facts = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>"
                    for k, v in o.get("factbox", []))
    stamp = ""
    if o.get("visible_date"):
        stamp = f'<p class="posted">{_e(o["visible_date"])}</p>'
    return "\n".join([
        _head(o),
        '<body class="trade">',
        _consent(1),
        f'<div class="topbar"><a class="brand" href="/">{_e(o["site"])}</a>'
        f'<span class="tagline">{_e(o.get("tagline", ""))}</span>'
        '<a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>',
        '<nav class="channels"><a href="/analysis">Analysis</a><a href="/data">Data</a>'
        '<a href="/briefings">Briefings</a><a href="/events">Events</a>'
        '<a href="/jobs">Jobs</a></nav>',
        '<main><article class="analysis">',
        f'<p class="channel">{_e(o["section"])}</p>',
        f"<h1>{_e(o['headline'])}</h1>",
        f'<p class="dek">{_e(o["desc"])}</p>',
        f'<p class="author">{_e(o["author"])}</p>',
        stamp,
        _share(2),
        _render_body(o["body"]),
        f'<table class="factbox"><caption>{_e(o.get("factbox_title", "Key data"))}'
        f"</caption>{facts}</table>" if facts else "",
        f'<div class="tags">{tags}</div>',
        f'<div class="author-bio"><p>{_e(o.get("bio", ""))}</p></div>',
        "</article>",
        '<aside class="briefing-signup"><h2>Get the briefing</h2><p>Free weekly '
        'newsletter for professionals.</p><input type="email"><button>Subscribe</button>'
        "</aside>",
        '<aside class="sponsored"><span>Advertisement</span><p>Sponsored content</p></aside>',
        '<aside class="latest"><h2>Latest analysis</h2><ul>'
        + _links(o["related"], "analysis") + "</ul></aside>",
        "</main>",
        f'<footer><p>&copy; {_e(o["site"])}</p><p><a href="/about">About</a> '
        '<a href="/editorial-policy">Editorial policy</a> <a href="/cookies">Cookies</a>'
        "</p></footer>",
        "</body>",
        "</html>",
    ])


def page_local(o):
    """Local news site page."""
    nav = "".join(f'<li><a href="/{i}">{_e(s)}</a></li>'
                  for i, s in enumerate(o.get("nav", ["Local", "Region", "Sport",
                                                      "Events", "Obituaries"])))
    stamp = ""
    if o.get("visible_date"):
        stamp = f'<p class="updated">{_e(o["visible_date"])}</p>'
    return "\n".join([
        _head(o),
        '<body class="local-news">',
        _consent(3),
        f'<div class="weather-strip">{_e(o.get("weather", ""))}</div>',
        f'<header class="site-head"><a href="/" class="logo">{_e(o["site"])}</a>'
        f'<ul class="menu">{nav}</ul><a class="epaper" href="/epaper">E-paper</a></header>',
        '<main><article class="local-story">',
        f'<span class="rubric">{_e(o["section"])}</span>',
        f"<h1>{_e(o['headline'])}</h1>",
        f'<p class="intro">{_e(o["desc"])}</p>',
        f'<p class="byline">{_e(o["author"])}</p>',
        stamp,
        _share(1),
        '<figure class="lead"><img src="/img/lead.jpg" alt="">'
        f'<figcaption>{_e(o["lead_caption"])} Photo: {_e(o["lead_credit"])}'
        "</figcaption></figure>",
        _render_body(o["body"]),
        "</article>",
        '<aside class="ad-slot">Advertisement</aside>',
        '<aside class="most-read"><h2>Most read in the region</h2><ol>'
        + _links(o["most_read"], "region") + "</ol></aside>",
        '<aside class="related"><h2>Also on ' + _e(o["site"]) + "</h2><ul>"
        + _links(o["related"], "also") + "</ul></aside>",
        '<aside class="events"><h2>What\'s on</h2><p>Concerts, markets and club '
        "fixtures near you.</p></aside>",
        "</main>",
        '<footer><p>Local journalism needs your support. <a href="/abo">Subscribe</a></p>'
        f"<p>&copy; {_e(o['site'])}</p><p><a href=\"/imprint\">Imprint</a> "
        '<a href="/privacy">Privacy</a></p></footer>',
        "</body>",
        "</html>",
    ])


_STYLES = {
    "wire": page_wire,
    "live": page_live,
    "paper": page_paper,
    "spec": page_spec,
    "local": page_local,
}


def _article(o):
    return {"url": o["url"], "html": _STYLES[o["style"]](o)}



# ---------------------------------------------------------------------------
# Story 1: cb-CD1 (central bank) -- ECB Governing Council meeting in Vienna
# ---------------------------------------------------------------------------

_CB_WIRE = dict(
    style="wire",
    site="Central European Wire",
    domain="cewire.example",
    url="https://www.cewire.example/markets/ecb-cuts-deposit-rate-vienna-meeting-2026-06-04/",
    title="ECB cuts deposit rate to 1.75% at Vienna meeting, keeps options open | CEW",
    headline="ECB cuts deposit rate to 1.75% at Vienna meeting, keeps options open",
    desc="The European Central Bank lowered its deposit rate by 25 basis points after a "
    "year on hold, saying inflation had settled at target, but gave no signal on "
    "further moves.",
    section="Markets",
    author="Hanna Lindqvist and Tomasz Wróbel",
    date_mode="meta",
    iso="2026-06-04T12:38:00Z",
    iso_mod="2026-06-04T14:02:00Z",
    visible_date="June 4, 2026 12:38 GMT  Updated June 4, 2026 14:02 GMT",
    editing="Reporting by Hanna Lindqvist in Vienna and Tomasz Wróbel in Frankfurt; "
    "editing by Clare Ashdown",
    related=[
        "Bank of England holds rates, two policymakers vote for a cut",
        "Swiss National Bank leaves policy rate at zero, franc edges up",
        "Euro zone factory activity expands for third month in May, PMI shows",
        "Analysis: Austria's sticky inflation puts OeNB in awkward spot",
    ],
    body="""
VIENNA, June 4 (CEW) - The European Central Bank cut its deposit rate by 25 basis points
to 1.75% on Thursday, ending a year-long pause and declaring that inflation in the euro
area had settled at its 2% target, while giving no signal that a further move was
imminent.

The decision, announced at 12:15 GMT at the end of a two-day meeting hosted by the
Oesterreichische Nationalbank in Vienna, was the first change in borrowing costs since
June 2025, when the ECB completed a run of eight quarter-point cuts that had brought the
deposit rate down from a record 4%.

The main refinancing rate falls to 1.90% and the rate on the marginal lending facility to
2.15%, with effect from June 10, the ECB said in its statement.

"We are cutting because the disinflation process is essentially complete, not because we
see the economy falling off a cliff," ECB President Élise Marchetti-Duval told a news
conference at the Austrian central bank's headquarters. She said the decision had been
taken by "a very broad majority", with a few members of the Governing Council preferring
to wait.

Forty-one of 52 economists polled by CEW in the last week of May had expected a cut in
June; the remainder had pencilled one in for July.

## Projections

Euro zone inflation slowed to 1.7% in May from 2.0% in April, Eurostat's flash estimate
showed on Tuesday. Core inflation, which excludes energy, food, alcohol and tobacco, eased
to 2.2%.

New staff projections put headline inflation at an average of 1.8% this year, 1.6% in 2027
and 1.9% in 2028. In March the staff had forecast 1.9% for 2026. Economic growth is seen
at 0.9% this year, up from 0.8% in the March round, and at 1.2% next year.

ECB chief economist Pieter Hoekstra-Vos, who presents the projections to policymakers,
told reporters on the sidelines of the meeting that wage growth was "cooling broadly as
we expected", with negotiated wages rising at an annual rate of about 3.2% in the first
quarter.

Marchetti-Duval declined to commit to further easing. "We are not pre-committing to any
particular rate path," she said. The next policy meeting is on July 23.

[ad]

## Market reaction

The euro slipped 0.4% to $1.1512 in the minutes after the statement, while the yield on
Germany's 10-year Bund fell five basis points to 2.43%. Money markets priced roughly a 60%
chance of another cut by December, from about 45% before the announcement.

Bundesbank President Matthias Kronenberg said in a statement released after the news
conference that he had argued for waiting. "I would have preferred to wait for the
September projections before moving," he said, adding that he supported the collective
decision of the council.

## Austria above average

Inflation in the host country remains well above the bloc's average. Statistik Austria's
flash estimate put Austrian consumer price inflation at 2.9% in May, driven by services
and rents.

"Austria has work to do at home, on services prices and on wages, that monetary policy
cannot do for us," OeNB Governor Gerlinde Auersperg-Thaler told reporters before the
decision was announced.

The Governing Council meets outside its Frankfurt headquarters twice a year, with national
central banks taking turns to host. The council is expected to hold its second external
meeting of 2026 in the autumn.

Since the ECB began easing in June 2024, the deposit rate has now been reduced by a
cumulative 2.25 percentage points. Policymakers have repeatedly said that rates close to
2% are roughly neutral, neither stimulating nor restraining the economy.

The ECB also said it would continue to run down its bond portfolios at the current pace,
with no reinvestment of maturing securities under either the asset purchase programme or
the pandemic emergency purchase programme.
""",
)

_CB_LIVE = dict(
    style="live",
    site="Finanzblick",
    domain="finanzblick.example",
    url="https://finanzblick.example/live/ecb-rate-decision-vienna-june-2026",
    title="ECB rate decision live: deposit rate cut to 1.75% in Vienna | Finanzblick",
    headline="ECB rate decision live: deposit rate cut to 1.75% in Vienna",
    desc="Follow the ECB's June decision and Élise Marchetti-Duval's news conference in "
    "Vienna, plus reaction from markets, banks and economists.",
    section="Markets live",
    author="Jakob Reindl, Sophie Aydin",
    date_mode="jsonld",
    ld_type="LiveBlogPosting",
    iso="2026-06-04T13:30:00+02:00",
    iso_mod="2026-06-04T17:41:00+02:00",
    live_date="2026-06-04",
    live_offset="+02:00",
    tz_note="All times CEST",
    newsletter="Finanzblick Markets Morning",
    key_points=[
        "ECB lowers deposit rate to 1.75% from 2.00%, first move in a year",
        "Staff now see inflation at 1.8% in 2026 and 1.6% in 2027",
        "Bundesbank chief Kronenberg says he would have preferred to wait",
        "DAX closes 0.9% higher, euro pares early losses",
    ],
    related=[
        "Live: US payrolls day - all the reaction",
        "What a lower ECB rate means for your savings account",
        "Fed minutes: officials split on timing of next move",
        "DAX record watch: can the index hold above 24,000?",
    ],
    body="""
@@ 17:40 | Markets close: DAX up 0.9%

That's where we leave today's coverage. The DAX closed 0.9% higher at 24,415 points and
Vienna's ATX gained 1.3%, with banks and real estate stocks leading. The euro recovered
part of its early losses and was trading at $1.1530, down 0.25% on the day. Thanks for
following.

@@ 16:05 | What it means for savers and borrowers

The 50 basis point cut takes the deposit rate to 1.75%, and banks are expected to pass at
least part of it on to savers within weeks. According to Bundesbank statistics, German
banks were paying households an average of 1.1% on overnight deposits in April. For
borrowers the effect is more direct in Austria than in Germany: roughly a third of
outstanding Austrian housing loans carry variable rates tied to Euribor, compared with a
small minority in Germany, where fixed-rate mortgages dominate.

@@ 15:32 | Kronenberg: 'I would have preferred to wait'

Bundesbank President Matthias Kronenberg has issued a short statement. He says he would
have preferred to wait for the September projections before acting, but supports the
council's collective decision. He is the first governor to go public with his
reservations.

@@ 15:10 | Q&A: no pre-commitment

Asked whether this is the start of a new easing cycle, Marchetti-Duval repeats that the
council is "not pre-committing to any particular rate path". The decision was taken by
"a very broad majority", she says; a few members would have preferred to wait. The next
meeting is on 23 July.

@@ 14:52 | Marchetti-Duval: disinflation 'essentially complete'

The news conference at the Oesterreichische Nationalbank on Otto-Wagner-Platz began at
14:47, a couple of minutes behind schedule. Opening remarks: "We are not cutting because
the economy is falling off a cliff. We are cutting because the disinflation process is
essentially complete." She is flanked by OeNB Governor Gerlinde Auersperg-Thaler, who
welcomed the council to Vienna.

[ad]

@@ 14:31 | The new projections

Staff projections now see inflation averaging 1.8% in 2026 (March: 1.9%), 1.6% in 2027
and 1.9% in 2028. Growth is put at 0.9% this year and 1.2% next year. Chief economist
Pieter Hoekstra-Vos told reporters on the sidelines that wages are "cooling broadly as we
expected".

@@ 14:21 | Euro dips

First market reaction: the euro fell 0.4% to $1.1512 within minutes of the statement.
The yield on the 10-year Bund is down 5 bp at 2.43%.

@@ 14:16 | It's a cut

The ECB lowers the deposit facility rate to 1.75% from 2.00%. The main refinancing rate
falls to 1.90% and the marginal lending facility rate to 2.15%, effective 10 June. It is
the first change since June 2025.

@@ 13:55 | What to expect

Markets have all but fully priced a cut in the deposit rate to 1.75%. Euro area inflation
eased to 1.7% in May according to Eurostat's flash estimate, with core inflation at 2.2%.
The host country is the outlier: Austrian inflation was 2.9% in May, the highest in the
euro area after Croatia and Slovakia. Between June 2024 and June 2025 the ECB cut rates
eight times, taking the deposit rate from 4% to 2%, and it has held since.

@@ 13:30 | Welcome

Good afternoon and welcome to our live coverage of the European Central Bank's rate
decision. This time the Governing Council is meeting in Vienna rather than Frankfurt,
hosted by the Austrian central bank. The statement is due
at 14:15 CEST, followed by the news conference at 14:45.
""",
)

_CB_PAPER = dict(
    style="paper",
    site="The Vienna Ledger",
    domain="viennaledger.example",
    url="https://www.viennaledger.example/business/ecb-vienna-cut-austrian-borrowers",
    title="ECB's Vienna cut brings relief for borrowers - but not for prices - The Vienna "
    "Ledger",
    headline="ECB's Vienna cut brings relief for borrowers - but not for prices",
    desc="Austrians with variable-rate loans will feel the ECB's move first. The harder "
    "problem, inflation at almost 3%, is one the central bank says it cannot solve alone.",
    section="Business",
    author="By Miriam Stadler-Koch",
    date_mode="visible",
    visible_date="Friday, 5 June 2026",
    edition="Austria edition",
    lead_caption="Élise Marchetti-Duval, centre, and Gerlinde Auersperg-Thaler arrive for "
    "the news conference at the Nationalbank in Vienna.",
    lead_credit="Photo: Ledger/Paul Harrer",
    print_note="A version of this article appears in print on page 14 of the Vienna "
    "Ledger.",
    most_read=[
        "Vienna rents rise 6.1% in a year, city survey finds",
        "Westbahn timetable: what changes from 14 June",
        "Heatwave warning for eastern Austria as temperatures near 35C",
        "Opinion: The ECB can cut. Only Vienna can fix services inflation",
        "Salzburg Festival sells 212,000 tickets ahead of opening",
    ],
    related=[
        "Live: the ECB decision as it happened",
        "Explainer: how Euribor feeds into your mortgage",
        "Austrian inflation: why the gap with Germany persists",
    ],
    body="""
When the European Central Bank's Governing Council left Vienna on Thursday evening, it
left behind a quarter-point cut in interest rates and a pointed reminder from its host
that the country's inflation problem is, for now, a domestic one.

The ECB lowered its deposit rate to 1.75% from 2% - the first move in a year - at the end
of a two-day meeting at the Oesterreichische Nationalbank, one of the two meetings a year
the council holds away from Frankfurt. The main refinancing rate falls to 1.9%.

For Austrian households the move matters more than for most. About a third of outstanding
housing loans in Austria carry variable interest rates linked to the three-month Euribor,
which had already drifted lower in anticipation of the decision. A borrower with a
€250,000 variable-rate mortgage can expect monthly payments to fall by roughly €50 once
the cut feeds through, according to calculations by the Austrian Chamber of Labour.

## 'Work to do at home'

Yet the timing is awkward. Austrian inflation stood at 2.9% in May, according to the
flash estimate from Statistik Austria, against 1.7% for the euro area as a whole. Services
prices, rents and wage settlements are keeping it high.

"Austria has work to do at home, on services prices and on wages, that monetary policy
cannot do for us," said Gerlinde Auersperg-Thaler, the governor of the Austrian National
Bank, in remarks before the decision was announced. She did not say how she had voted,
and the ECB does not publish votes.

ECB President Élise Marchetti-Duval said the decision was taken by "a very broad
majority". "We are cutting because disinflation is essentially complete, not because the
economy is falling off a cliff," she told reporters.

[fig] Traders at the Vienna Stock Exchange, where the ATX index closed 1.3% higher on
Thursday. || Photo: Ledger/Paul Harrer

The one governor who made his reservations public was Matthias Kronenberg, president of
the Bundesbank. In a statement he said he "would have preferred to wait for the September
projections before moving", while backing the collective decision.

ECB Vice-President Pieter Hoekstra-Vos, speaking to the Ledger after the news conference,
said Austria's higher inflation reflected "a late and large catch-up in wages" after the
energy shock of 2022 and 2023. "That catch-up is now largely behind us, and we expect the
gap with the euro area to narrow over the next year," he said.

## Bankers cautious

Austrian bankers were cautious about how quickly savers would see lower returns. "Deposit
rates will follow, but not overnight," said Reinhard Obermayr, head of retail banking at
Donauländische Sparkasse, adding that competition for deposits among online banks remained
fierce.

Economists in Vienna largely expect this to be the last cut for some time. The ECB's own
staff now see euro area inflation averaging 1.8% this year and 1.6% in 2027, before
returning to 1.9% in 2028, with growth of 0.9% this year.

"The bar for a further cut in July is high," said Ulrike Pammer, head of economic
research at the Vienna-based Institut für Konjunkturbeobachtung. "If anything happens
this year, it will be in September or October, when the council sees the next set of
projections."

The ECB's next policy meeting is on 23 July in Frankfurt.

Financial markets took the decision in stride. The euro dipped briefly after the
announcement and Vienna's ATX closed 1.3% higher, led by property companies, which stand
to benefit most from lower borrowing costs.
""",
)

_CB_SPEC = dict(
    style="spec",
    site="Basis Point Monitor",
    domain="basispoint-monitor.example",
    url="https://basispoint-monitor.example/analysis/ecb-june-cut-curve-implications",
    title="Decoding the ECB's June cut: what it means for the euro curve - Basis Point "
    "Monitor",
    headline="Decoding the ECB's June cut: what it means for the euro curve",
    desc="A 25bp cut, a cautious outlook and a hint of dissent. Our rates desk on what the "
    "Vienna decision means for €STR, Euribor and the front end of the Bund curve.",
    section="Central banks",
    author="Rates desk | Lukas Brenninkmeyer",
    date_mode="none",
    tagline="Fixed income intelligence for professionals",
    tags=["ECB", "Euro area", "Rates", "Bunds", "Euribor"],
    bio="Lukas Brenninkmeyer covers European central banks and fixed income for Basis "
    "Point Monitor from Frankfurt.",
    factbox_title="ECB key rates after the June decision",
    factbox=[
        ("Deposit facility", "1.75% (from 2.00%)"),
        ("Main refinancing operations", "1.90% (from 2.15%)"),
        ("Marginal lending facility", "2.15% (from 2.40%)"),
        ("Effective from", "10 June 2026"),
        ("Next meeting", "23 July 2026"),
    ],
    related=[
        "BoE: the case for a summer cut grows",
        "Bund supply calendar for the third quarter",
        "Euribor fixings: three-month rate at 1.98% ahead of ECB",
        "SNB's zero bound and the franc: a primer",
    ],
    body="""
The European Central Bank delivered the cut the market expected. The Governing Council's
decision, announced on Wednesday, 4 June at 14:15 CEST at the close of its external
meeting in Vienna, lowered the deposit facility rate by 25bp to 1.75%. It is the first
move since June 2025 and follows the eight reductions of 25 basis points each between
June 2024 and June 2025.

What matters for the curve is less the cut itself, which had been more than 90% priced
according to €STR forwards, than the guidance around it. There was none in the usual
sense. President Élise Marchetti-Duval said the council was "not pre-committing to any
particular rate path", and described the disinflation process as "essentially complete".

## The projections

The June staff projections were mildly dovish at the margin. Headline HICP inflation is
now expected to average 1.8% in 2026, 1.6% in 2027 and 1.9% in 2028. The 2026 figure was
trimmed by a tenth from March. Core inflation is projected at 2.1% this year and 1.8% in
2027. Real GDP growth is seen at 0.9% this year and 1.2% in 2027.

The dip below target in 2027 is the key number. Chief economist Pieter Hoekstra-Vos has
argued since the spring that a temporary undershoot is no reason to act so long as
medium-term expectations stay anchored. In his sideline remarks in Vienna he said wage
growth was "cooling broadly as we expected".

## Dissent, on the record

Unusually, one dissenting voice went on the record within hours. Bundesbank President
Matthias Kronenberg said he "would have preferred to wait for the September projections
before moving", though he backed the collective decision. Marchetti-Duval had described
the majority as "very broad", implying only a handful of objections.

"Kronenberg's statement is a marker for July," said Annika Steingaß, senior rates
strategist at Hanseatic Capital Markets. "It tells you the hawks will resist a second cut
before the autumn, and the market has probably got ahead of itself in pricing one for
September."

[ad]

## Market pricing

After the decision, money markets priced roughly a 60% chance of a further 25bp cut by
December, up from about 45% beforehand. The two-year Schatz yield fell 7bp to 1.86% and
the 10-year Bund yield 5bp to 2.43%, steepening the 2s10s curve slightly.

The euro short-term rate, which has traded about 8bp below the deposit rate since the
ECB moved to a floor system, is expected to settle near 1.67% once the cut takes effect
on 10 June. Three-month Euribor, which fixed at 1.98% on the eve of the meeting, is
likely to drift towards 1.85% over the coming weeks.

## What to watch

Three things will decide whether the ECB moves again this year: the second-quarter wage
data due in August, the pass-through of recent euro strength to goods prices, and
services inflation, which was 3.1% in May. Austria, the host country, illustrates the
last point: its headline rate of 2.9% in May is well above the euro area's 1.7%.

We keep our call for a hold at the 23 July meeting and one further cut, to 1.50%, in
October. Risks are skewed towards an earlier move if the summer data surprise to the
downside.
""",
)

_CB_FACTS = [_CB_WIRE, _CB_LIVE, _CB_PAPER, _CB_SPEC]



# ---------------------------------------------------------------------------
# Story 2: el-CD2 (election) -- Regensburg mayoral runoff, 22 March 2026
# ---------------------------------------------------------------------------

_EL_LIVE = dict(
    style="live",
    site="Donau Post",
    domain="donaupost.example",
    url="https://www.donaupost.example/regensburg/live-stichwahl-oberbuergermeister-2026",
    title="Live: Regensburg mayoral runoff - Eberl-Hofmann wins | Donau Post",
    headline="Live: Regensburg mayoral runoff - Katharina Eberl-Hofmann wins",
    desc="Results, reactions and all the news from the Stichwahl for Regensburg's next "
    "mayor, as the votes are counted district by district.",
    section="Regensburg",
    author="Veronika Schmid, Florian Attenberger",
    date_mode="meta",
    iso="2026-03-22T17:30:00+01:00",
    iso_mod="2026-03-22T21:41:00+01:00",
    live_date="2026-03-22",
    live_offset="+01:00",
    zone_label="",
    tz_note="Times are local (CET). Figures are provisional until confirmed by the "
    "municipal election committee.",
    nav=["Regensburg", "Upper Palatinate", "Bavaria", "Sport", "Jahn", "Culture"],
    newsletter="Donau Post evening update",
    key_points=[
        "Green candidate Katharina Eberl-Hofmann beats Markus Leitner (CSU) with 52.6%",
        "Provisional margin: 2,340 votes; turnout 41.3%",
        "Leitner concedes and promises a 'constructive opposition'",
        "New mayor takes office on 1 May",
    ],
    related=[
        "First round: Eberl-Hofmann and Leitner head into runoff",
        "Photo gallery: election night at the Old Town Hall",
        "City council: how the 50 seats were shared out",
        "Runoffs across Bavaria: all the results",
    ],
    body="""
@@ 21:40 | What happens next

Thank you for following our election night coverage. The results announced tonight are
provisional. The municipal election committee will examine the count and is due to
confirm the official final result later this week, usually a formality. Katharina
Eberl-Hofmann takes office on 1 May for a six-year term, succeeding Bernhard Ziegltrum
(SPD), who did not stand again after twelve years in the job. She will be the first Green
mayor in the city's history.

@@ 21:06 | Leitner concedes

Markus Leitner has conceded in the Old Town Hall. "The voters have decided, and I
congratulate Katharina Eberl-Hofmann," he said. "The CSU will be a constructive
opposition, but we will hold her to every promise she made about traffic and housing."
His supporters applauded politely; some had left before the final districts came in.

@@ 20:52 | Eberl-Hofmann: 'a city for the people who live here'

A visibly moved Katharina Eberl-Hofmann, 44, an architect who has sat on the city
council since 2014, thanked her campaign team and the voters. "Regensburg has voted for
a city that works for the people who live here, not only for the people who visit," she
told supporters crowded into the Reichssaal. She promised to present a housing plan
within her first hundred days.

@@ 20:47 | Provisional result declared

City election officer Andreas Kölbl has just read out the provisional final result.
Katharina Eberl-Hofmann (Greens): 23,676 votes, 52.6%. Markus Leitner (CSU): 21,336
votes, 47.4%. That is a margin of 2,340 votes. Of 110,030 eligible voters, 45,443 cast a
ballot, a turnout of 41.3%. There were 45,012 valid votes and 431 invalid ones.

[ad]

@@ 19:58 | 171 of 210 districts counted

Eberl-Hofmann's lead is holding. With 171 of the 210 counting districts in, she has
52.3% against 47.7% for Leitner. Most of the outstanding districts are postal ballot
districts from the Old Town and Kumpfmühl, which favoured her in the first round.

@@ 19:12 | Halfway point

97 of 210 districts counted: Eberl-Hofmann 51.9%, Leitner 48.1%. The CSU candidate is
ahead in the eastern districts and in Burgweinting, but trails heavily in the centre.

@@ 18:31 | First results

The first 24 of 210 districts have been counted: Eberl-Hofmann 50.8%, Leitner 49.2%.
Very early days - these are mostly small polling stations on the edge of the city.

@@ 18:00 | Polls closed

Polling stations have closed and the count is under way. By 16:00, turnout at the
polling stations stood at 27.9%, a figure that does not include postal ballots, which
more than half of all voters are expected to have used. Turnout in the first round on
8 March was 48.9%.

@@ 17:30 | Welcome to election night

Good evening and welcome to our live coverage of the runoff for the office of Lord Mayor.
Two weeks ago, in the first round on 8 March, Katharina Eberl-Hofmann of the Greens came
first with 34.1%, ahead of Markus Leitner of the CSU with 31.8%. Tobias Rieger of the
Citizens' List took 14.2% and the SPD candidate, Sabine Wutz, 11.6%. Under Bavarian law
a runoff between the top two is required when no candidate wins an absolute majority.
The SPD and the Citizens' List have since endorsed Eberl-Hofmann.
""",
)

_EL_WIRE = dict(
    style="wire",
    site="Central European Wire",
    domain="cewire.example",
    url="https://www.cewire.example/europe/germany-regensburg-mayor-runoff-green-win/",
    title="Green candidate wins Regensburg mayoral runoff in blow to CSU | CEW",
    headline="Green candidate wins Regensburg mayoral runoff in blow to CSU",
    desc="Katharina Eberl-Hoffmann of the Greens won the runoff for mayor of the Bavarian "
    "city of Regensburg on Sunday with 52.6% of the vote.",
    section="Europe",
    author="Matthias Berger",
    date_mode="meta",
    iso="2026-03-22T20:12:00Z",
    visible_date="March 22, 2026 20:12 GMT",
    editing="Reporting by Matthias Berger; editing by Alison Whyte",
    related=[
        "German coalition partners clash over pension reform timetable",
        "Bavaria's municipal elections: CSU holds most district councils",
        "Austrian far right leads Styrian polls ahead of regional vote",
        "Berlin police union calls for more staff after protest weekend",
    ],
    body="""
REGENSBURG, Germany, March 22 (CEW) - Katharina Eberl-Hoffmann of the Greens won the
runoff for mayor of the Bavarian city of Regensburg on Sunday, defeating the candidate of
the conservative Christian Social Union in a city the party had long hoped to win back.

Eberl-Hoffmann, a 44-year-old architect, took 52.6% of the vote against 47.4% for Markus
Leitner of the CSU, according to the provisional result read out by the city's election
officer at 19:47 GMT. Her margin was 2,340 votes. Turnout was 41.3%, down from 48.9% in
the first round two weeks earlier.

She will be the first Green mayor of Regensburg, a city of around 160,000 people on the
Danube whose medieval old town is a UNESCO World Heritage site. She succeeds Social
Democrat Bernhard Ziegltrum, who did not seek a third term.

"Regensburg has voted for a city that works for the people who live here, not just for
the people who visit," Eberl-Hoffmann told supporters in the Old Town Hall, referring to
a campaign dominated by housing costs, traffic and the pressures of mass tourism.

Leitner conceded shortly after the result was announced. "The voters have decided. I
congratulate Katharina Eberl-Hoffmann, and the CSU will be a constructive opposition," he
said.

The result is a setback for the CSU, which governs Bavaria and dominates its rural
districts but has struggled in the state's larger cities. In the first round on March 8,
Leitner trailed Eberl-Hoffmann by 2.3 percentage points, 31.8% to 34.1%, and had hoped
that supporters of eliminated candidates would swing behind him.

Instead the Social Democrats, who had run their own candidate, and a local citizens'
list both endorsed the Green candidate for the runoff.

[ad]

Political scientist Gesine Hartl of the University of Regensburg said the low turnout was
typical of runoffs, which in Bavaria are held two weeks after the first round whenever no
candidate wins more than half of the votes. "Runoffs mobilise core voters. The Greens'
voters in the city centre turned out, and the CSU's did not in the same numbers," she
said.

Runoffs were held in several dozen Bavarian towns and cities on Sunday, following the
state's municipal elections on March 8, in which voters also chose city and district
councils. The CSU remained the largest party on Regensburg's 50-seat city council, where
no party has a majority.

The provisional result must still be confirmed by the city's election committee, which
usually happens within a few days. Eberl-Hoffmann is due to take office on May 1.
""",
)

_EL_PAPER = dict(
    style="paper",
    site="The Berlin Courier",
    domain="berlincourier.example",
    url="https://www.berlincourier.example/politics/2026/greens-bavaria-runoffs-regensburg",
    title="Greens take Regensburg as Bavarian runoffs expose CSU's big-city problem | The "
    "Berlin Courier",
    headline="Greens take Regensburg as Bavarian runoffs expose CSU's big-city problem",
    desc="Sunday's mayoral runoffs handed the Greens their most prominent win in Bavaria "
    "in years, and left the CSU counting losses in the cities.",
    section="Politics",
    author="Konstantin Wedekind, Munich",
    date_mode="visible",
    visible_date="Monday 23 March 2026",
    edition="English edition",
    lead_caption="Katharina Eberl-Hofmann celebrates with supporters in Regensburg's Old "
    "Town Hall on Sunday evening.",
    lead_credit="Photograph: Courier/Lena Bauernfeind",
    print_note="This article appeared in the Monday print edition.",
    most_read=[
        "Bundestag budget committee approves €6.4bn for rail repairs",
        "Why Berlin's rents fell for the first time in a decade",
        "Hertha sack coach after fourth straight defeat",
        "Weather: snow returns to the Alps, 18C in the Rhine valley",
        "Interview: the minister who wants to abolish the paper form",
    ],
    related=[
        "First round: CSU holds district councils but stalls in cities",
        "Profile: Katharina Eberl-Hofmann, the architect who wants to slow Regensburg down",
        "Explainer: how Bavaria elects its mayors",
    ],
    body="""
For a party that has governed Bavaria almost without interruption since the 1950s, the
Christian Social Union has a stubborn problem with the state's cities - and Sunday's
runoffs made it plain again.

The most prominent loss came in Regensburg, where Katharina Eberl-Hofmann, a Green city
councillor and architect, beat the CSU's Markus Leitner by 52.6% to 47.4% in the runoff
for lord mayor. Her margin, in a city of 160,000, was 2,430 votes. Turnout was 41.3%,
down 7.6 percentage points from the first round on 8 March.

The CSU had treated the Upper Palatinate capital as a realistic target. Its candidate, a
51-year-old tax lawyer who has led the party's group on the city council, ran on a
promise to end what he called the "war on cars" in the old town, a UNESCO World Heritage
site that draws several million visitors a year.

Eberl-Hofmann instead made housing the centre of her campaign. "Regensburg has voted for
a city that works for the people who live here, not only for the people who visit," she
said on Sunday evening in the Old Town Hall, after the provisional result was declared at
20:47.

Leitner conceded shortly afterwards. "The voters have decided, and I congratulate Katharina
Eberl-Hofmann," he said, pledging that the CSU would be "a constructive opposition".

## A pattern in the cities

The result fits a pattern. The CSU remains dominant in rural Bavaria and in most of the
71 district councils elected on 8 March, where it won around 40% of the vote. But the
party has not held the mayoralties of Munich, Nuremberg or Regensburg at the same time
since the 1990s, and the runoffs did little to change that.

[ad]

In Passau, the CSU's incumbent mayor was re-elected with 58.3% on Sunday, but in
Erlangen and Würzburg the party's candidates lost runoffs to centre-left challengers.
Party officials in Munich played down the losses. "Runoffs are local elections about
local people," said the CSU's general secretary, who pointed to the party's gains in
district councils two weeks earlier.

Gesine Hartl, a political scientist at the University of Regensburg, said the result
owed much to endorsements. Both the Social Democrats, whose candidate Sabine Wutz won
11.6% in the first round, and the Citizens' List of Tobias Rieger, who took 14.2%, backed
Eberl-Hofmann. "The arithmetic was against the CSU from the moment the first round ended,"
Hartl said.

## Challenges ahead

The new mayor will not have an easy start. The city council elected on 8 March is
fragmented, and the Greens, with 11 of the 50 seats, are the second-largest group behind
the CSU. Any majority will need at least three groups.

Eberl-Hofmann, who takes office on 1 May, has promised a housing plan within her first
hundred days, including a municipal building programme of 1,000 flats by 2030 and
tighter rules on short-term holiday lets.

She succeeds Bernhard Ziegltrum, the Social Democrat who ran the city for twelve years
and did not stand again. Ziegltrum, who endorsed her in the runoff, said on Sunday night
that she would be "a mayor for the whole city, not just for one party".
""",
)

_EL_SPEC = dict(
    style="spec",
    site="Kommunal Monitor",
    domain="kommunal-monitor.example",
    url="https://kommunal-monitor.example/wahlen/regensburg-official-result-confirmed",
    title="Regensburg: election committee confirms Eberl-Hofmann's runoff win - Kommunal "
    "Monitor",
    headline="Regensburg: election committee confirms Eberl-Hofmann's runoff win",
    desc="The official final result of the Regensburg runoff widens the provisional "
    "margin by eleven votes. What the count review found, and what the runoff says about "
    "turnout in Bavarian local elections.",
    section="Elections",
    author="Dr. Carolin Mayerhofer, local government correspondent",
    date_mode="none",
    tagline="News and analysis for municipal decision-makers",
    tags=["Bavaria", "Local elections", "Runoff", "Regensburg", "Postal voting"],
    bio="Carolin Mayerhofer writes about local government and electoral administration in "
    "southern Germany.",
    factbox_title="Regensburg runoff, official final result",
    factbox=[
        ("Katharina Eberl-Hofmann (Greens)", "23,689 votes (52.6%)"),
        ("Markus Leitner (CSU)", "21,338 votes (47.4%)"),
        ("Margin", "2,351 votes (provisional: 2,340)"),
        ("Election day", "22 March 2026"),
        ("Term of office begins", "1 May 2026"),
    ],
    related=[
        "Postal voting in Bavaria: the share has doubled since 2014",
        "Deputy mayors: what the new council majorities mean",
        "Municipal finances: Bavarian cities face €2bn gap",
        "Runoff roundup: Passau, Erlangen, Würzburg",
    ],
    body="""
The municipal election committee in Regensburg confirmed the official final result of
the mayoral runoff on Thursday, 26 March, four days after the vote. Katharina
Eberl-Hofmann of the Greens won with 23,689 votes, or 52.6%, against 21,338 votes, or
47.4%, for Markus Leitner of the CSU.

The official count differs slightly from the provisional result announced on election
night, 22 March, when the city's election officer, Andreas Kölbl, declared 23,676 votes
for Eberl-Hofmann and 21,336 for Leitner, a margin of 2,340. The margin in the official
result is 2,351 votes.

According to the committee, a review of the count found 15 valid ballots in one postal
ballot district that had been wrongly set aside on election night as doubtful. Thirteen
were cast for Eberl-Hofmann and two for Leitner. "This is exactly what the review stage
is for. Small corrections are normal, and none of them affected the outcome," Kölbl said.
The percentages were unchanged after rounding.

## Turnout: a familiar runoff pattern

Turnout in the runoff was 43.1%, down from 48.9% in the first round on 8 March. The drop
is in line with the pattern across Bavaria, where runoff turnout is typically several
points below that of the first round, in which voters also elect city and district
councils on long ballot papers.

More than half of all votes in Regensburg were cast by post, continuing a trend that
began during the pandemic. Election officials say postal voting has made turnout less
sensitive to the weather on polling day, but has shifted the workload of the count
towards the postal ballot districts, which are usually the last to report.

## What the result means

Eberl-Hofmann, an architect who has sat on the city council since 2014 and has led the
Green group since 2020, is the first Green lord mayor of the city. She takes office on
1 May for a term of six years, succeeding Bernhard Ziegltrum (SPD).

[ad]

Her position in the council will be delicate. The Greens hold 11 of the 50 seats and the
CSU remains the largest group. Under the Bavarian municipal code the mayor chairs the
council and votes in it, but needs majorities for the budget and for the election of
deputy mayors, which are due at the constituent session in May.

The first round had left Eberl-Hofmann with 34.1% and Leitner with 31.8%. The endorsements
of the SPD and the Citizens' List were decisive, according to Gesine Hartl of the
University of Regensburg. "The runoff was won in the days after 8 March, not on the
evening of the count," she told Kommunal Monitor.

## Lessons for administrators

For election offices, Regensburg offers a reminder about the handling of doubtful
ballots. In this case the ballots in question had been placed in a separate envelope,
as the rules require, but were not passed to the district's electoral board for a
decision before the provisional result was reported. The city says it will review its
training materials for postal ballot teams before the next federal and European
elections.

Leitner, who conceded on election night, has said he will not contest the result. The
deadline for objections to the election expires one month after the official result is
published.
""",
)

_EL_FACTS = [_EL_LIVE, _EL_WIRE, _EL_PAPER, _EL_SPEC]



# ---------------------------------------------------------------------------
# Story 3: ct-CD3 (court, CONTROL) -- Karlsruhe ruling on Bavarian police data law
# ---------------------------------------------------------------------------

_CT_WIRE = dict(
    style="wire",
    site="Central European Wire",
    domain="cewire.example",
    url="https://www.cewire.example/europe/germany-court-curbs-bavaria-police-data-analysis/",
    title="German top court curbs Bavarian police data-mining law | CEW",
    headline="German top court curbs Bavarian police data-mining law",
    desc="Germany's Federal Constitutional Court ruled that Bavaria's police may use "
    "automated data analysis only to avert concrete threats, and struck down a rule on "
    "storing data of people who are not suspects.",
    section="Europe",
    author="Matthias Berger",
    date_mode="meta",
    iso="2026-06-16T08:24:00Z",
    iso_mod="2026-06-16T11:10:00Z",
    visible_date="June 16, 2026 08:24 GMT  Updated June 16, 2026 11:10 GMT",
    editing="Reporting by Matthias Berger in Karlsruhe; additional reporting by Petra "
    "Vogl in Munich; editing by Clare Ashdown",
    related=[
        "EU court hears challenge to data retention rules in Luxembourg",
        "German cabinet approves draft law on facial recognition at borders",
        "Hesse police scale back use of analysis software after 2023 ruling",
        "Privacy regulators fine Berlin delivery app €3.1 million",
    ],
    body="""
KARLSRUHE, Germany, June 16 (CEW) - Germany's Federal Constitutional Court on Tuesday
restricted the power of Bavarian police to trawl their databases with automated analysis
software, ruling that parts of a 2024 state law violated the right to informational
self-determination.

The court's First Senate, announcing its decision at 08:00 GMT, said police in Germany's
largest state may use automated analysis only to avert a concrete danger to life, limb
or liberty or to comparably weighty interests, not to prevent crime in general.

The judges also declared void, with immediate effect, a provision allowing police to
store data on people who were not suspects - such as witnesses, victims and contacts of
suspects - for up to ten years.

The ruling on the analysis powers was taken by six votes to two, the court said. The
eight judges were unanimous in striking down the retention rule.

Bavaria must rewrite the analysis provisions by the end of 2027. Until then they remain
in force, but only within the narrower limits set by the court.

"Automated analysis can turn a database of scattered information into profiles of
people who have given no cause for suspicion," said Hannelore Weißgerber-Klose, the
court's president, who presides over the First Senate, as she read out the main points
of the judgment.

## 'A clear signal'

The case was brought by five journalists and a lawyer and supported by the Berlin-based
Digital Liberties Association, which has challenged surveillance laws in several states.

"Today's ruling is a clear signal: police software must not turn everyone into a
suspect," said Yasemin Korkmaz-Brandt, the lawyer who represented the complainants.

Bavaria's interior minister, Florian Haberl, said the state would respect the judgment.
"We will amend the law well before the deadline. The core of the instrument remains
intact," he told reporters in Munich.

The state government had told the court that Bavarian police ran 2,140 automated
analyses in 2025, mostly in investigations into organised crime, terrorism and child
sexual abuse. The software platform, licensed from a commercial supplier, cost the state
€41 million over five years, according to the state's budget documents.

[ad]

Two judges, Rüdiger Falkenhahn and Mareike Oberdorfer-Lenz, wrote a joint dissenting
opinion arguing that the majority had set the threshold too high and left the
legislature too little room to respond to new forms of crime.

The ruling builds on a February 2023 decision in which the same senate set limits on
automated data analysis by police in Hesse and Hamburg. Several other states, including
North Rhine-Westphalia, use similar software and are likely to review their own rules.

The court held a two-day oral hearing on the case in October 2025. The judgment runs to
112 pages.
""",
)

_CT_SPEC = dict(
    style="spec",
    site="Lex Europa Review",
    domain="lexeuropa-review.example",
    url="https://lexeuropa-review.example/constitutional/bverfg-1-bvr-1160-24-bavaria-analysis",
    title="BVerfG, 1 BvR 1160/24: Karlsruhe sets a concrete-danger threshold for police "
    "data analysis | Lex Europa Review",
    headline="BVerfG, 1 BvR 1160/24: Karlsruhe sets a concrete-danger threshold for police "
    "data analysis",
    desc="The First Senate's judgment on Bavaria's Police Data Analysis Act: what was "
    "struck down, what survives until 2027, and what the dissent says.",
    section="Constitutional law",
    author="Prof. Dr. Henrike Vossberg",
    date_mode="none",
    tagline="Case law and commentary for practitioners",
    tags=["BVerfG", "Police law", "Data protection", "Bavaria", "Article 2(1) GG"],
    bio="Henrike Vossberg teaches public law at a university in Baden-Württemberg and "
    "writes the Review's column on constitutional case law.",
    factbox_title="The case at a glance",
    factbox=[
        ("Court", "Federal Constitutional Court, First Senate"),
        ("File number", "1 BvR 1160/24"),
        ("Oral hearing", "14 and 15 October 2025"),
        ("Judgment pronounced", "16 June 2026"),
        ("Votes", "Section 4: 6:2; Section 9: unanimous"),
        ("Length", "112 pages"),
    ],
    related=[
        "Commentary: after Hesse, is any police analysis platform constitutional?",
        "EuGH on IP address retention: the state of play",
        "BGH, VI ZR 48/25: liability for data breaches at clinics",
        "Interview: a former judge on the limits of proportionality review",
    ],
    body="""
The First Senate of the Federal Constitutional Court (Bundesverfassungsgericht) has
pronounced its judgment on the constitutional complaints against Bavaria's Police Data
Analysis Act (Polizeidatenanalysegesetz), adopted by the Bavarian Landtag in July 2024
and in force since 1 October 2024. The judgment, delivered in Karlsruhe on 16 June 2026,
is a partial success for the six complainants - five journalists and a lawyer.

## What the Senate decided

Section 4 of the Act, which empowers the police to link and analyse stored data
automatically, is incompatible with the general right of personality in its manifestation
as the right to informational self-determination (Article 2(1) in conjunction with
Article 1(1) of the Basic Law), insofar as it allows analysis for the prevention of
"criminal offences of considerable significance" without further qualification. The
provision may continue to be applied until a new rule is adopted, but no later than
31 December 2027, and only to avert a concrete danger to life, limb or liberty of a
person, to the existence or security of the Federation or a state, or to comparably
weighty legal interests. This part of the decision was taken by six votes to two.

Section 9, which allowed the retention of data relating to persons who are not suspects
- witnesses, victims and contact persons - for up to ten years, is void. On this point
the Senate was unanimous. The decision takes effect immediately; the Bavarian police must
delete or segregate the data affected.

## The reasoning

The Senate builds expressly on its judgment of February 2023 on Hesse and Hamburg, in
which it held that automated analysis constitutes a separate interference with
fundamental rights, distinct from the original collection of the data. The weight of that
interference depends above all on the type and volume of data, the methods of analysis
and the group of persons affected.

Applying that test, the Senate found that the Bavarian Act permitted analysis across
virtually all police databases, including data on victims and witnesses, with no limits
on the methods used. In the words of presiding judge Hannelore Weißgerber-Klose, who is
also the court's president, automated analysis "can turn a database of scattered
information into profiles of people who have given no cause for suspicion".

[ad]

## The dissent

Justices Rüdiger Falkenhahn and Mareike Oberdorfer-Lenz, in a joint dissenting opinion,
accept the majority's test but reject its application. In their view a
concrete-danger threshold is unsuited to offences such as the online sexual abuse of
children, where the danger only becomes concrete through the analysis itself. The
majority, they write, "leaves the legislature too little room to respond to new forms of
crime".

## Practical consequences

The state government told the court that the police conducted 2,140 automated analyses
in 2025. How many of these would have met the new threshold is unclear. Practitioners
should note that the transitional order applies to Section 4 only. Any analysis still
relying on Section 9 data is unlawful from the day of the pronouncement.

The complainants were represented by Dr. Yasemin Korkmaz-Brandt and supported by the
Digital Liberties Association (Verein Digitale Freiheiten). The Bavarian Interior
Ministry has announced an amending bill. Other states with comparable provisions,
notably North Rhine-Westphalia, will have to examine whether their laws meet the
standard now set out in some detail over 112 pages.
""",
)

_CT_PAPER = dict(
    style="paper",
    site="The Frankfurt Chronicle",
    domain="frankfurtchronicle.example",
    url="https://www.frankfurtchronicle.example/politics/karlsruhe-police-software-ruling",
    title="Karlsruhe draws a line under police software - The Frankfurt Chronicle",
    headline="Karlsruhe draws a line under police software",
    desc="Tuesday's ruling on Bavaria's data-analysis law is a rebuke for the state "
    "government. It also leaves every other state with homework.",
    section="Politics",
    author="Johanna Riedesel",
    date_mode="jsonld",
    iso="2026-06-17T05:00:00+02:00",
    edition="Print and digital",
    nav=["Home", "Germany", "World", "Politics", "Economy", "Opinion", "Rhine-Main"],
    lead_caption="Judges of the First Senate enter the courtroom in Karlsruhe for the "
    "pronouncement of the judgment.",
    lead_credit="Photo: Chronicle/Benedikt Sauer",
    print_note="From the Chronicle's Wednesday edition.",
    most_read=[
        "Frankfurt airport strike: what travellers need to know",
        "Eintracht sign Danish midfielder for €18 million",
        "Rhine-Main rents: the suburbs catch up",
        "Opinion: the coalition's pension plan is a bet on growth",
        "Hesse to hire 750 more teachers from August",
    ],
    related=[
        "Text of the ruling: the key passages",
        "Hesse's police software after the 2023 ruling: what changed",
        "Commentary: Karlsruhe is right, and Munich knew it",
    ],
    body="""
For the Bavarian state government, Tuesday's ruling from Karlsruhe was the kind of
defeat that can be presented as a partial victory. For everyone else who builds police
software in Germany, it was a warning.

The Federal Constitutional Court decided that Bavaria's police may continue to analyse
their databases automatically, but only to avert a concrete danger to life, limb or
liberty or to comparably weighty interests - not as a general tool for preventing crime.
It struck down outright a provision that allowed the police to keep data on witnesses,
victims and other people who are not suspects for as long as a decade.

The retention rule fell unanimously. On the analysis powers, two of the eight judges of
the First Senate dissented, arguing that their colleagues had tied the legislature's
hands. The state has until 31 December 2027 - about a year and a half - to rewrite that
part of the law.

## A law under fire from the start

The Police Data Analysis Act was passed by the Landtag in Munich in July 2024 and came
into force that October. Critics warned even then that it ignored the standards the same
court had set a year and a half earlier, in February 2023, when it ruled on similar
software used in Hesse and Hamburg.

The complaint was brought by five journalists and a lawyer, with the backing of the
Digital Liberties Association, a Berlin civil rights group. Their counsel, Yasemin
Korkmaz-Brandt, called the judgment "a clear signal that police software must not turn
everyone into a suspect".

Hannelore Weissgerber-Klose, the court's president, put it more drily as she read out
the main points. Automated analysis, she said, "can turn a database of scattered
information into profiles of people who have given no cause for suspicion".

[ad]

## Munich promises swift changes

Florian Haberl, Bavaria's minister of the interior, said in Munich that the state would
amend the law "well before the deadline" and insisted that "the core of the instrument
remains intact". That is true as far as it goes. The police may still use the platform,
which cost the state €41 million over five years. But the threshold for using it is now
considerably higher.

How much higher is a question for the coming months. The state government told the
court that its police had run 2,140 analyses in 2025. Officers say a large share
concerned investigations into child sexual abuse and organised crime, in which a
concrete danger is often hard to show at the outset. That argument was also made by the
two dissenting judges, Rüdiger Falkenhahn and Mareike Oberdorfer-Lenz.

## Homework for other states

The effect of the judgment will not be confined to Bavaria. North Rhine-Westphalia and
several other states use comparable software, and their laws are in some cases worded
almost identically. Legal experts expect a wave of amendments.

The federal government, which has been considering a nationwide platform for the federal
police, now has a detailed template: the judgment runs to 112 pages, and the conditions
it lays down are spelt out with unusual precision.
""",
)

_CT_LOCAL = dict(
    style="local",
    site="Munich Dispatch",
    domain="munichdispatch.example",
    url="https://www.munichdispatch.example/bavaria/police-data-law-karlsruhe-reaction",
    title="Karlsruhe ruling: Bavaria must rewrite police data law - Munich Dispatch",
    headline="Karlsruhe ruling: Bavaria must rewrite police data law",
    desc="Interior minister Haberl promises quick changes after the constitutional court "
    "narrows the police's analysis powers. Police union warns of uncertainty.",
    section="Bavaria",
    author="By Petra Vogl",
    date_mode="visible",
    visible_date="Updated 13:42 CEST, 16 June 2026",
    weather="Munich 24°C, sunny spells",
    nav=["Munich", "Bavaria", "Politics", "FC Bayern", "Oktoberfest", "Traffic"],
    lead_caption="Bavarian police headquarters on Ettstraße in Munich.",
    lead_credit="Dispatch/Anton Reisinger",
    most_read=[
        "S-Bahn trunk line closed for two weekends in July",
        "Isar river: swimming ban lifted after tests",
        "Rents in Munich hit €23.10 per square metre",
        "Beer garden season: the 12 best spots this summer",
        "Allianz Arena to host 2029 Champions League final",
    ],
    related=[
        "Explainer: what Bavaria's police data platform does",
        "2024: Landtag passes police data law despite protests",
        "Opposition demands inquiry into software contract",
    ],
    body="""
Bavaria's interior minister Florian Haberl has promised to amend the state's police data
analysis law "well before the deadline" after the Federal Constitutional Court in
Karlsruhe on Tuesday morning declared parts of it unconstitutional.

"We respect the judgment. We will amend the law well before the deadline, and the core
of the instrument remains intact," Haberl told journalists at the interior ministry on
Odeonsplatz shortly after noon.

The judges of the First Senate, who announced their ruling at 10 a.m., found that the
police may only use automated analysis of their databases to avert a concrete danger to
life, limb or liberty or to comparably weighty interests. A second provision, which
allowed the police to store data about witnesses, victims and contacts of suspects for up
to ten years, was declared void with immediate effect. On that point all eight judges
agreed; on the analysis powers the court decided by a majority of 6:2.

The state has until 31 December 2027 to adopt new rules.

## Police union: 'We need clarity quickly'

The ruling caused concern among officers. Stefan Wimmer-Ludwig, Bavarian chairman of the
police union, said the uncertainty could slow down investigations. "Our colleagues need
to know by next week which analyses they may still run and which not," he said. "We
cannot wait a year and a half for the legislature."

According to the state government, police in Bavaria ran 2,140 automated analyses last
year, mostly in cases of organised crime, terrorism and child sexual abuse.

The ministry said it was still working out how much data would have to be deleted as a
result of the ruling on the retention rule. A spokeswoman said the records concerned
were being blocked from further use with immediate effect.

[ad]

## Opposition: 'A slap in the face'

The opposition in the Landtag was scathing. "This is a slap in the face for a state
government that ignored every warning," said Greens legal affairs spokesman Maximilian
Oettl. He recalled that the law had been passed in July 2024, more than a year after the
Constitutional Court had set limits on similar software in Hesse and Hamburg.

The SPD called for the software contract, worth €41 million over five years, to be
reviewed. "Taxpayers have paid for a tool that now has to be switched to a lower gear,"
said the party's interior spokeswoman, Renate Krauß-Eberle.

The complainants - five journalists and a Munich lawyer - were represented by Dr. Yasemin
Korkmaz-Brandt. "Today's ruling is a clear signal: police software may not turn everyone
into a suspect," she said in Karlsruhe. One of the journalists, Tilman Roeder of a public
broadcaster's investigative unit in Munich, said he had brought the case because
reporters' sources needed protection. "A witness who talks to the police should not end
up in a database for ten years," he said.

The ruling was announced by the court's president, Hannelore Weißgerber-Klose. Two
judges dissented on the analysis powers.
""",
)

_CT_FACTS = [_CT_WIRE, _CT_SPEC, _CT_PAPER, _CT_LOCAL]



# ---------------------------------------------------------------------------
# Story 4: tr-CD4 (trade, CONTROL) -- German exports in August 2026 (Destatis)
# ---------------------------------------------------------------------------

_TR_WIRE = dict(
    style="wire",
    site="Eurowire Business",
    domain="eurowire.example",
    url="https://business.eurowire.example/economy/german-exports-rise-august-2026",
    title="German exports rise more than expected in August, US sales slip - Eurowire",
    headline="German exports rise more than expected in August, US sales slip",
    desc="German exports rose 1.2% in August from July, beating forecasts on stronger "
    "demand from European neighbours, while shipments to the United States fell again.",
    section="Economy",
    author="Nils Overbeck",
    date_mode="meta",
    iso="2026-10-08T06:14:00Z",
    visible_date="Thu 8 Oct 2026, 06:14 GMT",
    editing="Reporting by Nils Overbeck; editing by Rhiannon Cole",
    related=[
        "German industrial output edges up 0.4% in August",
        "Euro zone retail sales flat in August",
        "French trade deficit narrows to €5.9 billion",
        "China's September exports beat forecasts as shipments to Europe jump",
    ],
    body="""
BERLIN, Oct 8 (Eurowire) - German exports rose more than expected in August, lifted by
stronger demand from other European Union countries, while shipments to the United States
fell again as U.S. tariffs continued to weigh, data showed on Thursday.

Exports increased 1.2% on the month to €131.2 billion in calendar- and seasonally
adjusted terms, the Federal Statistical Office said at 06:00 GMT. Economists polled by
Eurowire had forecast a rise of 0.6%.

Imports rose 2.5% to €114.3 billion, narrowing the adjusted trade surplus to €16.9
billion from €18.1 billion in July. Imports from China rose 4.2% on the month to €13.9
billion, while imports from the United States fell 1.1% to €8.0 billion.

The statistics office revised July's export figure to show a 0.7% decline on the month,
from a previously reported 0.9% drop.

Compared with August 2025, exports were 1.4% lower in unadjusted terms. In the first
eight months of the year, Germany exported goods worth €1,041.7 billion, 0.6% less than
in the same period of 2025.

## Europe up, America down

Exports to EU countries rose 1.9% on the month to €71.5 billion, while shipments to
countries outside the bloc were up 0.4% at €59.7 billion. Exports to the United States,
Germany's largest single customer, fell 2.1% to €12.6 billion. Shipments to China rose
3.0% to €6.7 billion, and exports to Britain increased 0.8% to €6.5 billion.

"The rebound is a European story. Demand from our neighbours is picking up, but the
American market remains difficult for German exporters," said Ingrid Vollmer, chief
economist at Nordbank Hamburg.

Most EU goods entering the United States have faced a 15% tariff since August 2025.
German carmakers and machinery makers have been among the hardest hit. The euro's rise
against the dollar this year has added to the pressure by making German goods more
expensive for American buyers.

"The currency is a second headwind that gets less attention than the tariffs," Vollmer
said. "Exporters who price in euros are losing orders, and those who price in dollars are
losing margin."

[ad]

Dirk Jansen-Ohm, president of the BGA foreign trade association, warned against reading
too much into one month. "One good month does not make a recovery," he said. "Our
members still report weak orders from the United States and rising competition from
China in third markets."

The trade data followed figures on Wednesday showing that industrial production rose
0.4% in August from July, a sign that Europe's largest economy may be stabilising after
two years of stagnation.

The government expects gross domestic product to grow 0.8% this year. The economy
ministry said in its monthly report last week that foreign trade was unlikely to make a
positive contribution to growth before 2027.

The euro was little changed against the dollar after the data, and German government
bond yields were steady.
""",
)

_TR_LIVE = dict(
    style="live",
    site="Finanzblick",
    domain="finanzblick.example",
    url="https://finanzblick.example/live/markets-thursday-8-october-2026",
    title="Markets live: German exports beat forecasts, DAX edges higher | Finanzblick",
    headline="Markets live: German exports beat forecasts, DAX edges higher",
    desc="German trade data, European stocks and the euro - all the moves and reaction "
    "through the trading day.",
    section="Markets live",
    author="Sophie Aydin",
    date_mode="jsonld",
    ld_type="LiveBlogPosting",
    iso="2026-10-08T07:40:00+02:00",
    iso_mod="2026-10-08T13:06:00+02:00",
    live_date="2026-10-08",
    live_offset="+02:00",
    zone_label="CEST",
    tz_note="Times shown are Central European Summer Time.",
    newsletter="Finanzblick Markets Morning",
    key_points=[
        "German exports +1.2% m/m in August (forecast +0.6%)",
        "Adjusted trade surplus narrows to €16.9bn",
        "Exports to the US down 2.1% on the month",
        "DAX up 0.3% in early trading",
    ],
    related=[
        "Live: ECB minutes and US jobless claims",
        "The DAX companies most exposed to US tariffs",
        "Explainer: how Destatis adjusts its trade figures",
        "Euro stronger? What it means for exporters",
    ],
    body="""
@@ 13:05 | BGA: 'One good month does not make a recovery'

The foreign trade association BGA is not celebrating. Its president, Dirk Jansen-Ohm,
says: "One good month does not make a recovery. Our members still report weak orders from
the United States." He also points to rising competition from Chinese producers in third
markets, particularly in machinery.

@@ 12:10 | Adjusted or unadjusted?

For readers comparing figures across reports: the unadjusted numbers show exports of
€122.8 billion and imports of €108.6 billion in August, leaving an unadjusted surplus of
€14.2 billion. The €16.9 billion surplus in the headline figures is the calendar and
seasonally adjusted balance. Both come from the same Destatis release and answer
different questions.

@@ 11:30 | Economists: 'a European story'

Reaction from economists is coming in. Ingrid Vollmer of Nordbank Hamburg calls the
rebound "a European story": exports to EU countries rose 1.9% on the month, while sales
outside the EU were up only 0.4%. Others note that the unadjusted figures look weaker:
exports were 1.4% below August 2025.

@@ 10:40 | Bonds barely move

Government bonds hardly reacted to the data. The 10-year Bund yield is unchanged on the
day, and the euro is holding around $1.17. Traders are looking ahead to the account of
the ECB's last policy meeting, due this afternoon.

@@ 09:15 | DAX edges higher

The DAX is up 0.3% at 24,962 points after the first hour of trading. Exporters are mixed:
chemicals are higher, carmakers slightly lower. The euro is little changed at $1.1704.

[ad]

@@ 08:20 | The detail: US down, China up

Exports to the United States fell 2.1% from July to €12.6 billion (calendar and
seasonally adjusted). Exports to China rose 3.0% to €6.7 billion and to the United
Kingdom by 0.8% to €6.5 billion. In the first eight months of the year, exports totalled
€1,041.7 billion, down 0.6% on the same period of 2025.

@@ 08:35 | Exports to the US, year on year

Compared with August 2025, exports to the United States were down 6.3% in unadjusted
terms, Destatis says. Most EU goods have faced a 15% US tariff since August 2025, so from
September onwards the year-on-year comparison will no longer include months before the
tariff took effect.

@@ 08:01 | Exports beat forecasts

Here are the numbers from the Federal Statistical Office (Destatis): exports rose 1.2% in
August compared with July, to €131.2 billion, after adjustment for calendar and seasonal
effects. Imports were up 2.5% at €114.3 billion. The trade surplus narrowed to €16.9
billion from €18.1 billion. Destatis also revised July: exports fell 0.7%, not 0.9% as
first reported.

@@ 07:45 | Trade data coming up

Good morning. At 08:00 Destatis publishes the August foreign trade figures. Economists
expect exports to have risen by about 0.6% on the month after the fall in July.
Yesterday's industrial production numbers were encouraging, with output up 0.4% in
August. The DAX is indicated slightly higher.
""",
)

_TR_PAPER = dict(
    style="paper",
    site="The Hamburg Mercantile",
    domain="hamburgmercantile.example",
    url="https://www.hamburgmercantile.example/economy/exports-august-port-view",
    title="August exports: Europe pulls, America pushes back | The Hamburg Mercantile",
    headline="August exports: Europe pulls, America pushes back",
    desc="German exports rose more than expected in August, but the port of Hamburg and "
    "the country's exporters are not celebrating yet.",
    section="Economy",
    author="Frederike Lüders",
    date_mode="visible",
    visible_date="9 October 2026",
    edition="Business edition",
    nav=["Home", "Port & Shipping", "Economy", "Companies", "Hamburg", "Opinion"],
    lead_caption="Container ships at the Burchardkai terminal in the port of Hamburg.",
    lead_credit="Photo: Mercantile/Jens Ahlers",
    print_note="This article appeared in the print edition of the Hamburg Mercantile.",
    most_read=[
        "Container throughput in Hamburg up 2.8% in third quarter",
        "Elbphilharmonie: 2027 season sells out in record time",
        "Shipping rates on Asia-Europe routes fall for sixth week",
        "Opinion: Hamburg needs a port strategy, not another study",
        "HSV: three things we learned from the derby",
    ],
    related=[
        "How US tariffs changed the cargo mix in Hamburg",
        "Machinery makers cut 2026 forecast",
        "Explainer: seasonally adjusted or unadjusted - which figure counts?",
    ],
    body="""
German exporters had a better August than most forecasters expected. Whether it marks
the start of a recovery is another matter, and in Hamburg, where a good share of those
exports leaves the country, the mood on Thursday was one of cautious relief.

According to the Federal Statistical Office in Wiesbaden, exports rose by 1.2% from July
to €131.2 billion, adjusted for calendar and seasonal effects. Economists had expected an
increase of about half that. Imports grew faster, by 2.5% to €114.3 billion, so the trade
surplus shrank to €16.9 billion.

The unadjusted figures, which are not corrected for the summer holidays and the number
of working days, paint a less flattering picture. Goods worth €122.8 billion left the
country in August, 1.4% less than in August 2025. Imports, at €108.6 billion, were 0.9%
higher than a year earlier, leaving an unadjusted surplus of €14.2 billion.

## Two markets, two directions

The split between Europe and America is stark. Exports to the other EU member states rose
1.9% from July to €71.5 billion. Exports to the United States, by contrast, fell 2.1% to
€12.6 billion. Compared with August of last year, shipments to the US were down 6.3% in
unadjusted terms.

"The rebound is a European story," said Ingrid Vollmer, chief economist at Nordbank
Hamburg. "Demand from our neighbours is picking up. The American market remains difficult,
and I do not expect that to change while the tariffs stay where they are."

Since August 2025, most goods from the EU have been subject to a 15% tariff on entry into
the United States. Machinery and vehicles, the backbone of Germany's export industry,
have been particularly affected.

[ad]

## The view from the quay

At the port, the figures matched what terminal operators have been seeing. Container
volumes on routes to North America have fallen this year, while traffic to Scandinavia,
the Baltic states and Poland has grown. "We are shipping more to Gdansk and less to
Savannah," said Hauke Brodersen, sales director at a Hamburg container terminal, on the
sidelines of a logistics conference on Thursday.

Dirk Jansen-Ohm, president of the Federation of German Wholesale, Foreign Trade and
Services, was equally measured. "A single good month is not a recovery," he said.

There is little doubt that the first eight months of the year have been weak. From
January to August, exports totalled €1,041.7 billion, 0.6% less than in the same period
of 2025. The statistics office also revised its figures for July, which now show a
decline of 0.7% on the month instead of 0.9%.

The government is forecasting growth of 0.8% for the whole of 2026, with consumer
spending rather than exports doing most of the work. For the port, that means another
year of waiting. Hamburg handled 7.9 million standard containers in 2025, well below its
peak of almost 9.8 million in 2014.
""",
)

_TR_SPEC = dict(
    style="spec",
    site="Export Ledger",
    domain="exportledger.example",
    url="https://exportledger.example/data/germany-trade-august-2026-breakdown",
    title="Germany, August 2026: exports $153.5bn, EU demand offsets US slide | Export "
    "Ledger",
    headline="Germany, August 2026: exports $153.5bn as EU demand offsets US slide",
    desc="Our breakdown of Destatis' August trade release, in euros and dollars, with "
    "destination detail and what it means for exporters.",
    section="Trade data",
    author="Export Ledger data team",
    date_mode="none",
    tagline="Trade intelligence for exporters and forwarders",
    tags=["Germany", "Exports", "Destatis", "US tariffs", "EU single market"],
    bio="The Export Ledger data team tracks monthly trade releases across the EU and G7.",
    factbox_title="Germany foreign trade, August 2026 (calendar and seasonally adjusted)",
    factbox=[
        ("Exports", "€131.2bn (about $153.5bn), +1.2% m/m"),
        ("Imports", "€114.3bn (about $133.7bn), +2.5% m/m"),
        ("Trade balance", "+€16.9bn (July: +€18.1bn)"),
        ("Exports, unadjusted, y/y", "-1.4%"),
        ("Exports Jan-Aug, unadjusted", "€1,041.7bn, -0.6% y/y"),
    ],
    related=[
        "France trade, August: aerospace lifts exports",
        "US import data: EU share slips below 19%",
        "Freight rates: transatlantic container prices down 11% since June",
        "Italy's exports to Germany at two-year high",
    ],
    body="""
Germany's exports rose 1.2% month on month in August to €131.2 billion, or about $153.5
billion at an exchange rate of $1.17 per euro, according to calendar- and seasonally
adjusted figures from the Federal Statistical Office (Destatis). The result beat the
consensus forecast of +0.6% and partly reversed July's decline, which Destatis revised to
-0.7% from -0.9%.

Imports grew 2.5% to €114.3 billion (about $133.7 billion). The adjusted trade surplus
therefore fell to €16.9 billion, roughly $19.8 billion, from €18.1 billion in July.

## By destination

The pattern that has defined 2026 held in August: the single market is carrying German
exporters while the United States drags.

Shipments to the other 26 EU member states rose 1.9% to €71.5 billion. Within that,
exporters to Poland and the Netherlands reported the strongest orders, according to
industry associations. Exports to non-EU countries increased by 0.4% to €59.7 billion.

Exports to the US fell 2.1% from July to €12.6 billion, about $14.7 billion. Against
August 2025, and unadjusted, US-bound shipments were down 6.3%. The 15% US tariff on most
EU goods, in force since August 2025, has now been in place for a full year, so
year-on-year comparisons will become less dramatic from September.

China took €6.7 billion of German goods, up 3.0% on the month, but still well below its
peak in 2022. Exports to the United Kingdom rose 0.8% to €6.5 billion.

[ad]

## Adjusted versus unadjusted

Readers comparing reports should note that Destatis publishes two sets of figures. The
adjusted series, used for month-on-month comparisons, removes seasonal and calendar
effects. The unadjusted series shows what actually crossed the border: €122.8 billion of
exports in August, 1.4% less than a year earlier, and an unadjusted surplus of €14.2
billion. Both are correct; they answer different questions.

For the first eight months of 2026, unadjusted exports totalled €1,041.7 billion, down
0.6% from January-August 2025.

## What exporters are saying

Ingrid Vollmer, chief economist at Nordbank Hamburg, described the rebound as "a European
story". The foreign trade association BGA was more cautious. Its president, Dirk
Jansen-Ohm, said that "one good month does not make a recovery", pointing to weak US
orders and growing Chinese competition in third markets such as Southeast Asia and Latin
America.

## Outlook

With industrial production up 0.4% in August and new orders stabilising, the data support
the view that German manufacturing has passed its low point. But the composition of
demand matters for exporters' planning. Firms dependent on the US market should not
expect relief from the headline figures; the August gain came entirely from Europe and
Asia.

Next release: September trade data are due from Destatis in early November.
""",
)

_TR_FACTS = [_TR_WIRE, _TR_LIVE, _TR_PAPER, _TR_SPEC]



# ---------------------------------------------------------------------------
# Story 5: rk-CD5 (rocket, CONTROL) -- Helvion Space Kestrel flight 2 from Andøya
# ---------------------------------------------------------------------------

_RK_LIVE = dict(
    style="live",
    site="Orbit Desk",
    domain="orbitdesk.example",
    url="https://orbitdesk.example/live/helvion-kestrel-flight-2-andoya",
    title="Live: Helvion's Kestrel reaches orbit on second flight from Andøya | Orbit Desk",
    headline="Live: Helvion's Kestrel reaches orbit on second flight from Andøya",
    desc="Launch coverage of the second flight of Helvion Space's Kestrel rocket from "
    "Andøya Spaceport, Norway, carrying four satellites to a sun-synchronous orbit.",
    section="Launch coverage",
    author="Orbit Desk launch team (Ravi Castellanos, Ines Bjørnstad)",
    date_mode="jsonld",
    ld_type="LiveBlogPosting",
    iso="2026-11-18T09:30:00Z",
    iso_mod="2026-11-18T14:22:00Z",
    live_date="2026-11-18",
    live_offset="Z",
    zone_label="UTC",
    tz_note="All times UTC. Norway and Germany are on CET (UTC+1).",
    nav=["Launches", "Companies", "Policy", "Science", "Schedule", "Podcast"],
    newsletter="Launch Alert",
    key_points=[
        "Kestrel lifted off at 11:04:09 UTC after a 47-minute delay",
        "Second stage reached orbit at T+8:42; all four satellites deployed",
        "First orbital success for Helvion after March failure",
        "TU Graz hears first signal from GrazSat-3",
    ],
    related=[
        "Launch schedule: what's flying in December",
        "Flight 1 report: Helvion blames roll-control software",
        "European launch startups: who is next?",
        "Andøya Spaceport explained",
    ],
    body="""
@@ 14:20 | Merkle: 'one more way to get to orbit'

At a short press call from Andøya, chief executive Jonas Merkle said: "Today Europe has
one more way to get to orbit." Co-founder and chief technology officer Sabine
Okonkwo-Reiter added that the rocket "did exactly what we designed it to do". Helvion
aims to fly again in the second quarter of 2027. That wraps up our live coverage - thanks
for joining us.

@@ 13:40 | GrazSat-3 phones home

Graz University of Technology reports that its ground station picked up the first
signal from GrazSat-3 at 13:37 UTC, on the satellite's second pass over Austria.

@@ 12:02 | All four satellites deployed

Helvion confirms the last of its four payloads has separated, 58 minutes after liftoff.
On board: GrazSat-3 from TU Graz (21 kg), two Earth-observation satellites for Bremen
startup Weserblick Orbital (28 kg each) and Helvion's own 66 kg technology demonstrator,
HTD-1 - 143 kg in total.

@@ 12:40 | 'Everything was nominal'

Helvion's head of launch operations, Marit Solberg-Hahn, tells Orbit Desk that the
second stage will now perform a deorbit burn and re-enter over the southern Pacific.
"Everything we could measure today was nominal," she said. The company will publish a
flight summary once the telemetry has been analysed.

@@ 11:56 | Deployment sequence begins

The second stage has coasted to the deployment point and the sequence has started,
T+52 minutes.

[ad]

@@ 11:25 | What's on board

While we wait for deployment: the payload stack weighs 143 kg in total. The largest item
is Helvion's own HTD-1 demonstrator, which will test a new avionics unit and a drag sail
for deorbiting. GrazSat-3 carries a laser communications terminal that the Graz team
hopes to link with an optical ground station near the city.

@@ 11:13 | ORBIT

Second-stage engine cutoff at T+8:42, 11:12:51 UTC. Helvion says the stage is in a
sun-synchronous orbit of around 530 km, inclined at 97.5 degrees.

@@ 11:07 | Stage separation

Clean stage separation at T+2:41 and second-stage ignition confirmed. The first stage is
falling into the Norwegian Sea as planned.

@@ 11:04 | LIFTOFF

Liftoff of Kestrel at 11:04:09 UTC, 12:04 local time, from Andøya Spaceport. The nine
Lynx engines look good. Max-Q passed at about T+1:10.

@@ 10:47 | Hold at T-10 minutes

Another hold, this time for a sensor reading on a second-stage valve. Helvion says the
reading was a sensor fault and the new T-0 is 11:04 UTC.

@@ 10:30 | Conditions at Andøya

Ground conditions at the pad are good: clear skies, light winds and minus two degrees.
The concern is higher up, where the jet stream has been running strong over northern
Norway all week.

@@ 10:12 | Winds hold

The window opened at 10:17 UTC, but Helvion is holding for upper-level winds above
limits. A new attempt no earlier than 10:45 UTC.

@@ 09:30 | Good morning from Orbit Desk

Welcome to our coverage of the second flight of Helvion Space's Kestrel. The two-stage,
28-metre rocket is designed to carry up to 1,000 kg to low Earth orbit. Its first flight
on 26 March ended 38 seconds after liftoff, when the vehicle lost control and fell into
the sea near the launch pad; Helvion traced the failure to its roll-control software.
Today's window opens at 10:17 UTC (11:17 CET) and runs for two hours.
""",
)

_RK_WIRE = dict(
    style="wire",
    site="Südwire",
    domain="suedwire.example",
    url="https://www.suedwire.example/wissenschaft/helvion-kestrel-orbit-andoya",
    title="German startup Helvion reaches orbit on second try - Südwire",
    headline="German startup Helvion reaches orbit on second try",
    desc="Munich-area rocket maker Helvion Space put its Kestrel launcher into orbit from "
    "Norway, eight months after its first flight failed within seconds.",
    section="Science",
    author="Korbinian Huber",
    date_mode="meta",
    iso="2026-11-18T12:40:00+01:00",
    iso_mod="2026-11-18T13:35:00+01:00",
    visible_date="18.11.2026, 12:40 CET (updated 13:35 CET)",
    editing="Reporting by Korbinian Huber in Ottobrunn and Lise Hansen in Andøya; "
    "editing by Max Rauscher",
    related=[
        "ESA ministers back European Launcher Challenge funding",
        "Ariane 6 flies Galileo pair from Kourou",
        "Rocket Factory Augsburg sets new date for Scottish launch",
        "Bundeswehr orders second batch of reconnaissance satellites",
    ],
    body="""
OTTOBRUNN/ANDØYA, Nov 18 (Südwire) - German rocket maker Helvion Space reached orbit on
Wednesday with the second flight of its Kestrel launcher, eight months after the
rocket's first attempt ended in failure seconds after liftoff.

The 28-metre, two-stage rocket lifted off from Andøya Spaceport in northern Norway at
12:04 CET, 47 minutes after the launch window opened, following delays for upper-level
winds and a sensor check. Its second stage reached orbit about nine minutes later, the
company said.

"Today Europe has one more way to get to orbit," Helvion co-founder and Chief Executive
Jonas Merkle said in a statement. "This team has worked day and night since March for
this moment."

The rocket carried four small satellites with a combined mass of 143 kilograms,
including GrazSat-3, a research satellite built by Graz University of Technology in
Austria, and two Earth-observation satellites for the Bremen-based company Weserblick
Orbital.

UPDATE, 13:35 CET: Helvion said all four satellites had been released into a
sun-synchronous orbit at an altitude of about 530 kilometres, 58 minutes after liftoff.

The first Kestrel flight, on March 26, ended after 38 seconds when the rocket lost control
and crashed into the sea off Andøya. Helvion later said the failure was caused by an error
in the software controlling the rocket's roll.

[ad]

Founded in 2019 and based in Ottobrunn near Munich, Helvion is one of several European
startups racing to offer small launch vehicles as demand for satellite launches grows
and Europe seeks to reduce its dependence on U.S. providers such as SpaceX. The company
has raised more than 300 million euros from investors, and is among the contenders in the
European Space Agency's European Launcher Challenge.

Kestrel is designed to carry up to 1,000 kilograms to low Earth orbit. Its first stage is
powered by nine Lynx engines developed in-house and test-fired at the company's site in
Bavaria.

Andøya Spaceport, on an island in the Vesterålen archipelago about 300 kilometres north
of the Arctic Circle, is one of the few sites in continental Europe licensed for orbital
launches. Norway's government opened it for orbital flights in 2023.

Helvion plans its next flight for the second quarter of 2027 and says it aims to reach a
cadence of six launches a year by 2029.

Annette Rosenbusch, the federal government's coordinator for aerospace policy, called the launch "a milestone for Germany as a space nation" and said the
government would continue to support commercial launch providers through ESA.
""",
)

_RK_PAPER = dict(
    style="paper",
    site="The Isar Herald",
    domain="isarherald.example",
    url="https://www.isarherald.example/bavaria/helvion-kestrel-orbit-ottobrunn-cheers",
    title="Cheers in Ottobrunn as Kestrel finally makes it to orbit | The Isar Herald",
    headline="Cheers in Ottobrunn as Kestrel finally makes it to orbit",
    desc="Eight months after a humiliating failure, Helvion Space has put its rocket into "
    "orbit. In the company's mission control near Munich, nobody was watching the clock.",
    section="Bavaria",
    author="Theresa Lindemann",
    date_mode="visible",
    visible_date="Thursday, 19 November 2026",
    edition="Munich edition",
    lead_caption="Helvion employees celebrate in the mission control room in Ottobrunn "
    "as the Kestrel second stage reaches orbit.",
    lead_credit="Photo: Herald/Quirin Stadler",
    print_note="This article appeared in Thursday's Herald, page 3.",
    most_read=[
        "Christmas markets open on Monday: what's new this year",
        "Munich's second S-Bahn trunk line delayed to 2037",
        "Rents: the five districts where prices fell",
        "FC Bayern: injury crisis deepens before Champions League trip",
        "Oktoberfest 2026 drew 6.9 million visitors, organisers say",
    ],
    related=[
        "March: Kestrel's first flight ends after 38 seconds",
        "Inside Helvion: how a student project became a rocket company",
        "Commentary: Europe needs more than one lucky launch",
    ],
    body="""
For eight minutes and forty-two seconds on Wednesday, the mission control room of
Helvion Space in Ottobrunn was almost silent. Then the second stage of the company's
Kestrel rocket shut down its engine on schedule, the screens showed a stable orbit, and
some 200 employees erupted in cheers.

"I think I forgot to breathe," said Jonas P. Merkle, the company's co-founder and chief
executive, who had flown to Andøya in northern Norway to watch the launch in person. In a
video link to Ottobrunn he told his staff: "Today Europe has one more way to get to
orbit."

The 28-metre rocket lifted off at 12:04 local time from Andøya Spaceport, after a delay
of about three quarters of an hour caused by high-altitude winds and a faulty sensor
reading. Nearly nine minutes later the second stage reached orbit. About an hour after
launch, it released four satellites weighing a total of 143 kilograms into an orbit
around 530 kilometres (about 330 miles) above the Earth.

## After the crash, the comeback

The success is all the sweeter for Helvion because of how its first attempt ended. On
26 March, the first Kestrel lost control 38 seconds after liftoff and plunged into the
Norwegian Sea. Investigators traced the failure to the software that controls the
rocket's roll.

"March was painful, but we learned more from those 38 seconds than from a year of
testing," said Sabine Okonkwo-Reiter, the company's chief technology officer. "Today the
vehicle did exactly what we designed it to do."

Helvion was founded in 2019 by Merkle, Okonkwo-Reiter and two fellow graduates of the
Technical University of Munich. It now employs around 350 people, most of them in
Ottobrunn, and has raised more than €300 million.

[ad]

## Four satellites, three customers

On board were GrazSat-3, a 21-kilogram satellite from Graz University of Technology, two
Earth-observation satellites for Weserblick Orbital, a startup from Bremen, and a
technology demonstrator built by Helvion itself. The Graz team reported the first signal
from its satellite on Wednesday afternoon.

The launch comes at a time when Europe is scrambling for independent access to space.
With Ariane 6 flying only a handful of times a year and the Vega-C small launcher
fully booked, European satellite operators have increasingly turned to American
providers.

Kestrel is designed to carry up to a tonne into low Earth orbit. Helvion is one of the
companies competing in the European Space Agency's European Launcher Challenge, which
could bring it hundreds of millions of euros in launch contracts.

Bavaria's economy minister congratulated the company, calling Ottobrunn "Europe's new
launch capital, even if the rockets take off in Norway". The next flight is planned for
the second quarter of 2027.
""",
)

_RK_LOCAL = dict(
    style="local",
    site="Graz Today",
    domain="graztoday.example",
    url="https://www.graztoday.example/stadt/grazsat-3-tu-graz-first-signal",
    title="'It's alive!' TU Graz receives first signal from GrazSat-3 - Graz Today",
    headline="'It's alive!' TU Graz receives first signal from GrazSat-3",
    desc="The satellite built by students and researchers at Graz University of "
    "Technology is in orbit after launching on a German rocket from Norway.",
    section="City",
    author="By Magdalena Pölzl",
    date_mode="none",
    weather="Graz 4°C, fog clearing",
    nav=["City", "Styria", "Studying", "Culture", "Sturm & GAK", "Events"],
    lead_caption="Project leader Elisabeth Hainzl (centre) and students in the ground "
    "station at the Inffeldgasse campus as the first signal comes in.",
    lead_credit="TU Graz/Lukas Moosbrugger",
    most_read=[
        "Murpark: shopping centre extension approved",
        "Christkindlmarkt opens on the Hauptplatz on Friday",
        "Tram line 8 extension: construction starts in spring",
        "Sturm Graz fans plan choreography for Europa League night",
        "Schlossberg lift closed for maintenance until 4 December",
    ],
    related=[
        "GrazSat-3: what the satellite will do",
        "TU Graz opens new space technology lab",
        "Styrian companies in space: the supply chain behind the rockets",
    ],
    body="""
At 14:37 on Wednesday, a faint but unmistakable signal appeared on the screens in the
ground station on the roof of the Inffeldgasse campus of Graz University of Technology.
GrazSat-3, a satellite built by researchers and students in Graz, was alive - and in
orbit.

"It's alive!" shouted one of the students, and the small room erupted in applause.
Project leader Elisabeth Hainzl, professor at the Institute of Communication Networks and
Satellite Communications, admitted to a few tears. "Five years of work, and the first
thing it does is say hello. You cannot imagine what that feels like," she said.

The 21-kilogram satellite was launched at 12:04 on Wednesday from Andøya Spaceport in
northern Norway aboard Kestrel, a rocket built by the German company Helvion Space. It
was the second flight of the rocket and the first to reach orbit; the maiden flight in
March failed after just 38 seconds.

GrazSat-3 was one of four satellites on board. The rocket released them about an hour
after liftoff into an orbit at an altitude of around 530 kilometres. The signal arrived
on the satellite's second pass over Austria, roughly two and a half hours after launch.

## Lasers between satellite and Schöckl

The satellite's main task is to test an optical communications terminal - essentially
a laser link that can transmit data far faster than conventional radio. Over the coming
months, the team plans to establish a link with an optical ground station that is being
set up on the Schöckl, the mountain north of Graz.

"If it works, we can download in minutes what currently takes us a whole day," Hainzl
explained. The first weeks will be spent checking the satellite's systems and unfolding
its solar panels.

[ad]

GrazSat-3 is the third satellite in the series. Around 60 students have worked on the
project since 2021, many of them as part of their master's theses. The project cost
€1.4 million, most of it funded by the Austrian Space Applications Programme, which is
managed by the Austrian Research Promotion Agency FFG.

The ride into space was booked with Helvion in 2024. After the failed first flight in
March, the team briefly considered switching to another launcher. "We decided to stay.
Helvion told us openly what went wrong, and we trusted them," Hainzl said.

## Styria's space industry

The launch was also followed closely by Styrian companies. Several suppliers from the
region provide components for European rockets and satellites, and the state government
has declared space technology a priority in its economic strategy.

The rector of TU Graz congratulated the team, calling the success "proof that a
university in Graz can build hardware that works in orbit".

Helvion's chief executive Jonas Merkle said after the launch that Europe now had "one more
way to get to orbit". The company plans its next flight in the second quarter of 2027.

Anyone who wants to follow GrazSat-3 can track its position on the project website. On
clear evenings, the team says, the satellite's passes over Graz will be announced in
advance.
""",
)

_RK_FACTS = [_RK_LIVE, _RK_WIRE, _RK_PAPER, _RK_LOCAL]



# ---------------------------------------------------------------------------
# Story 6: eq-CD6 (earthquake) -- night-time quake in the Swabian Alb
# ---------------------------------------------------------------------------

_EQ_LIVE = dict(
    style="live",
    site="Alb-Kurier",
    domain="albkurier.example",
    url="https://www.albkurier.example/zollernalb/live-erdbeben-albstadt",
    title="Live: earthquake shakes Albstadt and the Zollernalb | Alb-Kurier",
    headline="Live: earthquake shakes Albstadt and the Zollernalb",
    desc="A magnitude 4.9 earthquake woke thousands of people in the Zollernalb district "
    "shortly after midnight. Damage, injuries, aftershocks: the latest.",
    section="Zollernalb",
    author="Alb-Kurier newsroom: Jana Gönner, Heiko Strobel",
    date_mode="meta",
    iso="2026-10-17T01:02:00+02:00",
    iso_mod="2026-10-17T18:46:00+02:00",
    live_date="2026-10-17",
    live_offset="+02:00",
    zone_label="",
    tz_note="All times local (CEST).",
    nav=["Albstadt", "Balingen", "Zollernalb", "Region", "Sport", "Service"],
    newsletter="Alb-Kurier daily",
    key_points=[
        "Magnitude 4.9 quake at 00:41, epicentre about 4 km south-west of Albstadt-Ebingen",
        "Four people slightly injured, according to police",
        "Hundreds of reports of damage to chimneys, roofs and walls",
        "Strongest quake in the area since 1978",
    ],
    related=[
        "1978: the night the Alb shook",
        "What to do in an earthquake: advice from the state geology office",
        "Photo gallery: damage in Ebingen and Tailfingen",
        "Insurance: who pays for earthquake damage?",
    ],
    body="""
@@ 18:45 | Evening summary

Police in Reutlingen now have around 780 reports of damage from the Zollernalb district,
most of them minor: fallen roof tiles, toppled chimney tops, cracks in plaster. The
number of injured remains four, a police spokesman confirmed; all four were treated as
outpatients. The state earthquake service has recorded 19 aftershocks so far, the
strongest of them, with a magnitude of 2.8, at 01:12 last night. The Protestant church
in Tailfingen remains closed until structural engineers have examined cracks in the
tower. We will continue our coverage tomorrow morning.

@@ 15:40 | Church stays closed

The Protestant church in Tailfingen will stay closed this weekend. A structural engineer
found several cracks in the tower, and Sunday's service will move to the parish hall,
the parish office said. The tower has been cordoned off as a precaution.

@@ 13:20 | District administrator: 'We were lucky'

District administrator Volker Haug-Schempp visited damaged houses in Ebingen at
lunchtime. "We were lucky. The damage will run into the millions, but nobody was
seriously hurt," he said. Three houses in Ebingen have been declared uninhabitable for
the time being; their residents are staying with relatives.

@@ 10:05 | 240 damage reports

The number of damage reports to the police has risen to around 240 by 10:00. Technical
relief agency THW volunteers are securing chimneys in Ebingen and Tailfingen. Residents
are asked not to climb onto roofs themselves.

[ad]

@@ 08:50 | What the other agencies say

The US Geological Survey puts the magnitude at 4.7 and the Swiss Seismological Service
at 4.8. The EMSC has revised its figure from 4.6 to 4.8. Such differences are normal,
the state earthquake service says; its own value of 4.9 is based on the dense local
network of stations in Baden-Württemberg.

@@ 07:40 | Four people slightly injured

According to the Reutlingen police headquarters, four people were slightly injured
during the night: a man in Ebingen was hit by falling roof tiles, and three people fell
or cut themselves while leaving their homes in the dark. Police have received around
130 reports of damage. The state earthquake service counted 11 aftershocks by 07:00.

@@ 03:10 | No injuries reported so far

The police say they have no reports of injuries so far. The fire brigade has been called
out more than 40 times, mostly for damaged chimneys. Dr. Ulrike Bernauer of the state
earthquake service in Freiburg told Alb-Kurier: "This is the strongest earthquake in the
Albstadt area since 1978. People should expect aftershocks in the coming days, but a
stronger quake is very unlikely."

@@ 01:38 | Magnitude 4.9, depth 9 km

The Landeserdbebendienst Baden-Württemberg, the state earthquake service, gives a
magnitude of 4.9 and a depth of about 9 kilometres. The epicentre was about 4 kilometres
south-west of Albstadt-Ebingen. The shaking lasted about eight seconds. Many readers
report that it was felt in Stuttgart and as far away as Lake Constance and Zurich.

@@ 01:02 | Earthquake in the Zollernalb

A strong earthquake shook the Zollernalb district at 00:41. Our newsroom in Albstadt
received dozens of calls within minutes. The European-Mediterranean Seismological Centre
gives a preliminary magnitude of 4.6. We will update this page as more information
comes in.
""",
)

_EQ_WIRE = dict(
    style="wire",
    site="Central European Wire",
    domain="cewire.example",
    url="https://www.cewire.example/europe/germany-earthquake-swabian-alb-2026-10-17/",
    title="Magnitude 4.9 earthquake jolts southwest Germany, four slightly hurt | CEW",
    headline="Magnitude 4.9 earthquake jolts southwest Germany, four slightly hurt",
    desc="An earthquake of magnitude 4.9 shook the Swabian Alb region of southwest Germany "
    "overnight, damaging roofs and chimneys and lightly injuring four people.",
    section="Europe",
    author="Petra Vogl",
    date_mode="meta",
    iso="2026-10-17T06:05:00Z",
    visible_date="October 17, 2026 06:05 GMT",
    editing="Reporting by Petra Vogl; editing by Simon Hartley",
    related=[
        "Italy: magnitude 4.2 quake near L'Aquila, no damage reported",
        "Storm warning for Germany's North Sea coast",
        "German train drivers' union calls weekend strike",
        "Swiss glacier melt breaks record for third year",
    ],
    body="""
BERLIN, Oct 17 (CEW) - An earthquake of magnitude 4.9 struck near the town of Aalen in
southwest Germany overnight, waking thousands of people, damaging roofs and chimneys and
lightly injuring four, authorities said on Saturday.

The quake hit at 22:41 GMT on Friday (00:41 local time on Saturday) in the Swabian Alb,
a low mountain range in the state of Baden-Württemberg, according to the state's
earthquake service. It put the depth at about 9 km.

The U.S. Geological Survey measured the quake at magnitude 4.7 and the Swiss
Seismological Service at 4.8. Differences of a few tenths between agencies are common,
as they use different methods and stations to calculate magnitude.

Residents reported feeling the tremor in Stuttgart, about 65 km (40 miles) to the
north-east, and in Zurich, Switzerland.

Police said four people were slightly injured, one of them by falling roof tiles, and
that they had received about 130 reports of damage by early Saturday, mostly to
chimneys, roofs and walls. There were no reports of collapsed buildings. Firefighters were called out more than 40
times during the night, mostly to secure damaged chimneys.

The shaking lasted about eight seconds, the earthquake service said. Rail operator
Deutsche Bahn briefly halted trains on a regional line through the area so that tracks
and bridges could be checked, and services resumed early on Saturday.

Local authorities set up an information line for residents overnight, and the federal
technical relief agency THW said it was sending volunteers to help secure damaged roofs
and chimneys once daylight allowed.

"It felt as if a truck had hit the house. Everything was rattling and the dog was
howling," one resident told local radio.

[ad]

The region is one of the most seismically active in Germany. An earthquake of magnitude
5.7 struck the same area in September 1978, damaging thousands of buildings, and smaller
tremors are recorded there every year.

The state earthquake service said it had registered at least 11 aftershocks by early
Saturday morning, the strongest with a magnitude of 2.8.

"People should expect aftershocks in the coming days, but a stronger quake is very
unlikely," said seismologist Ulrike Bernauer of the state earthquake service in
Freiburg.

Germany has relatively few damaging earthquakes. The strongest in recent decades, of
magnitude 5.9, struck near Roermond in the Netherlands in 1992 and caused damage across
the border in North Rhine-Westphalia.

Swabian Alb earthquakes are linked to a fault zone beneath the region that has been
studied for decades, but scientists say it is impossible to predict when the next
strong quake will occur. Building rules for seismic zones in the state were tightened
after the 1978 quake, which engineers say has limited the damage from later tremors.
""",
)

_EQ_SPEC = dict(
    style="spec",
    site="Seismo Watch Europe",
    domain="seismowatch.example",
    url="https://seismowatch.example/events/2026/swabian-alb-m4-9",
    title="M4.9 Swabian Alb, Germany: magnitudes, depth and the Albstadt fault zone | "
    "Seismo Watch Europe",
    headline="M4.9 Swabian Alb, Germany: magnitudes, depth and the Albstadt fault zone",
    desc="Event report on the earthquake near Albstadt, Baden-Württemberg: agency "
    "solutions compared, aftershocks and the tectonic setting.",
    section="Event reports",
    author="Seismo Watch editorial team | Dr. Aurelio Benassi",
    date_mode="none",
    tagline="Independent earthquake monitoring and analysis",
    tags=["Germany", "Swabian Alb", "Albstadt", "Intraplate seismicity", "Aftershocks"],
    bio="Aurelio Benassi is a seismologist and editor of Seismo Watch Europe.",
    factbox_title="Agency solutions",
    factbox=[
        ("LED Baden-Württemberg", "ML 4.9, depth 9 km"),
        ("Swiss Seismological Service (SED)", "ML 4.8"),
        ("EMSC", "M 4.8 (preliminary 4.6)"),
        ("USGS", "mb 4.7, depth 10 km (fixed)"),
        ("Origin time", "16 Oct 2026, 22:41:27 UTC"),
    ],
    related=[
        "Event report: M4.2 Abruzzo, Italy",
        "Why magnitudes differ between agencies",
        "Upper Rhine Graben: ten years of seismicity",
        "Swarm activity near Lake Constance, summer 2026",
    ],
    body="""
A moderate earthquake struck the Swabian Alb in Baden-Württemberg, south-western
Germany, on 16 October 2026 at 22:41:27 UTC, which was 00:41 local time (CEST) on
17 October. The epicentre was located about 4 km south-west of Albstadt-Ebingen in the
Zollernalb district, within the seismically active zone known as the Albstadt Shear Zone.

## Agency solutions compared

The state earthquake service of Baden-Württemberg (Landeserdbebendienst, LED), which
operates the densest local network, determined a local magnitude of ML 4.9 and a
hypocentral depth of about 9 km. The Swiss Seismological Service (SED) reported ML 4.8.
The European-Mediterranean Seismological Centre initially published a magnitude of 4.6,
revised to 4.8 after more stations were included. The US Geological Survey gives a
body-wave magnitude of mb 4.7 with a depth fixed at 10 km, a default used when depth
cannot be resolved by the teleseismic data.

Such spreads are normal. Local magnitudes from dense regional networks are generally the
most reliable for an event of this size, and we use the LED value as the reference.

## Effects

The earthquake was widely felt. More than 3,000 felt reports were submitted to the
agencies, from Stuttgart (about 65 km to the north-east) to Zurich and Lake Constance.
Near the epicentre the maximum intensity reached about VI on the European Macroseismic
Scale: slight damage to many buildings, especially chimneys and roof tiles, and cracks in
plaster. According to police, six people were slightly injured.

The duration of strong shaking was short, about eight seconds, consistent with the
magnitude and a shallow source.

[ad]

## Aftershocks

The LED recorded 11 aftershocks by 07:00 local time on 17 October, the largest an ML 2.8
event at 23:12 UTC on 16 October. By the evening of 17 October the count had risen to 19.
This is a modest sequence for an event of this size, and a decay consistent with
Omori's law is already visible.

## Tectonic setting

The Albstadt Shear Zone is a roughly north-south trending, left-lateral strike-slip
structure in the upper crust beneath the Swabian Alb. It is the source of the strongest
instrumentally recorded earthquakes in the region, including the ML 5.7 event of
3 September 1978, which caused damage to several thousand buildings in Albstadt and
surrounding communities. Further damaging events occurred in 1911 and 1943.

The fault plane solution computed by the LED indicates strike-slip faulting on a
near-vertical plane, consistent with the regional stress field and with the mechanisms
of earlier events along the zone. Preliminary relocations suggest the aftershocks cluster
within about 2 km of the mainshock.

## Assessment

With a magnitude close to 5, this is the strongest earthquake in the Albstadt area since
1978. Recurrence estimates for the shear zone suggest events of this size occur every
few decades. The LED and state authorities have advised residents to expect further
aftershocks. A larger earthquake in the coming days is considered very unlikely, though
not impossible.
""",
)

_EQ_PAPER = dict(
    style="paper",
    site="The Swabian Standard",
    domain="swabianstandard.example",
    url="https://www.swabianstandard.example/region/albstadt-earthquake-the-morning-after",
    title="After the quake, Albstadt counts the cracks - The Swabian Standard",
    headline="After the quake, Albstadt counts the cracks",
    desc="More than 1,100 damage reports, a closed church and sleepless nights: the "
    "Zollernalb takes stock a day after the strongest earthquake in almost half a "
    "century.",
    section="Region",
    author="Matthias Kübler, Albstadt",
    date_mode="jsonld",
    iso="2026-10-18T06:00:00+02:00",
    edition="Sunday edition",
    nav=["Home", "Stuttgart", "Region", "Baden-Württemberg", "Business", "Sport"],
    lead_caption="Roofers secure a damaged chimney in Albstadt-Ebingen on Saturday.",
    lead_credit="Photo: Standard/Selin Arslan",
    print_note="From the Sunday edition of the Swabian Standard.",
    most_read=[
        "Stuttgart 21: opening date confirmed for December 2026",
        "VfB Stuttgart win 3-1 in Freiburg",
        "Autumn holidays: traffic jams expected on the A8",
        "Cannstatter Wasen: Volksfest ends with 4.1 million visitors",
        "Wine harvest in Württemberg smaller than last year",
    ],
    related=[
        "Live: the earthquake as it happened",
        "Seismologist: 'A stronger quake is very unlikely'",
        "1978: how Albstadt rebuilt after the big quake",
    ],
    body="""
The crack runs diagonally across the bedroom wall of Renate Bitzer's house in Ebingen,
from the window frame almost to the ceiling. "It was not there on Friday evening," the
71-year-old says, running her finger along it. "I heard a bang like a truck crashing
into the house, and then everything shook."

The earthquake that struck the Zollernalb district at 00:14 on Saturday has left
hundreds of households like hers counting cracks. By Sunday morning, the police had
received more than 1,100 reports of damage, according to a spokesman for the Reutlingen
police headquarters - most of them minor, but adding up to a bill that District
Administrator Volker Haug-Schempp estimates will "run into the millions".

With a magnitude of 4.9, according to the state earthquake service in Freiburg, it was
the strongest earthquake in the Albstadt area since September 1978, when a quake of
magnitude 5.7 damaged thousands of buildings. The epicentre lay about four kilometres
south-west of Ebingen, at a depth of around nine kilometres.

## Lucky escapes

Four people were slightly injured. One man was hit by falling roof tiles as he ran out
of his house; three others fell or cut themselves in the dark. All were able to go home
after treatment.

"We were lucky," Haug-Schempp said on Saturday. "Nobody was seriously hurt."

Three houses in Ebingen have been declared uninhabitable until further notice. The
Protestant church in Tailfingen, whose tower shows several cracks, remains closed; the
Sunday service will be held in the parish hall.

By Sunday morning, the state earthquake service had registered 23 aftershocks, the
strongest of magnitude 2.8 about half an hour after the main quake. Most were too weak
to be felt.

[ad]

## 'Everyone was out on the street'

For many residents, the memory of 1978 came back immediately. "My parents told me about
it all my life. On Saturday night I finally understood what they meant," says Klaus
Maute, who runs a bakery in Tailfingen. "Everyone was out on the street in their
pyjamas."

Ulrike Bernauer, a seismologist with the state earthquake service, tried to reassure
residents. "People should expect aftershocks in the coming days, but a stronger quake is
very unlikely," she said. The Swabian Alb around Albstadt sits on a fault zone that
produces small tremors almost every year.

## Who pays?

For homeowners, the question now is insurance. Baden-Württemberg has an unusually high
share of buildings insured against natural hazards, including earthquakes, a legacy of
the compulsory state building insurance that was abolished in 1994. Insurers have set up
a hotline for affected customers and say they will send assessors from Monday.

The district office has also opened an information point in Ebingen town hall. Builders
and roofers from neighbouring districts have offered help. "The chimney sweeps will be
busy until Christmas," says Haug-Schempp.
""",
)

_EQ_FACTS = [_EQ_LIVE, _EQ_WIRE, _EQ_SPEC, _EQ_PAPER]



# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-CD1",
        "part": "CD",
        "domain": "central bank",
        "fetched": "2026-06-06",
        "articles": [_article(o) for o in _CB_FACTS],
        "planted": [
            (
                "size of the rate cut",
                r"\b25 ?(?:basis points?|bps?)\b|quarter[- ]point|quarter of a percentage point",
                r"\b50 ?(?:basis points?|bps?)\b|half[- ]point|half a percentage point",
            ),
            ("weekday of the decision", r"\bthursday\b", r"\bwednesday\b"),
            ("Hoekstra-Vos's role", r"chief economist", r"vice[- ]?president"),
        ],
    },
    {
        "id": "el-CD2",
        "part": "CD",
        "domain": "election",
        "fetched": "2026-03-27",
        "articles": [_article(o) for o in _EL_FACTS],
        "planted": [
            ("winner's surname", r"\beberl-hofmann\b|^hofmann$", r"hoffmann"),
            ("provisional margin", r"\b2[,.\s]?340\b", r"\b2[,.\s]?430\b"),
            ("runoff turnout", r"\b41[.,]3\b", r"\b43[.,]1\b"),
        ],
    },
    {
        "id": "ct-CD3",
        "part": "CD",
        "domain": "court",
        "fetched": "2026-06-18",
        "articles": [_article(o) for o in _CT_FACTS],
        "planted": [],
    },
    {
        "id": "tr-CD4",
        "part": "CD",
        "domain": "trade",
        "fetched": "2026-10-10",
        "articles": [_article(o) for o in _TR_FACTS],
        "planted": [],
    },
    {
        "id": "rk-CD5",
        "part": "CD",
        "domain": "rocket",
        "fetched": "2026-11-20",
        "articles": [_article(o) for o in _RK_FACTS],
        "planted": [],
    },
    {
        "id": "eq-CD6",
        "part": "CD",
        "domain": "earthquake",
        "fetched": "2026-10-19",
        "articles": [_article(o) for o in _EQ_FACTS],
        "planted": [
            ("epicentre town", r"\balbstadt\b", r"\baalen\b"),
            (
                "time of the quake",
                r"(?<!\d)(?:00|22)[:.h]41\b|\b12[:.]41 ?a\.?m",
                r"(?<!\d)00[:.h]14\b|\b12[:.]14 ?a\.?m",
            ),
            (
                "number injured",
                r"(?<![\d.,:])\b(?:4|four)\b(?![.,:]\d)(?!\s*(?:km|kilomet))",
                r"(?<![\d.,:])\b(?:6|six)\b(?![.,:]\d)",
            ),
        ],
    },
]
