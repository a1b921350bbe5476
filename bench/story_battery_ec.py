"""Story battery, part EC — East Asia (Japan, South Korea, Taiwan), events in 2026.

Written by engineer EC1 on 2026-12-07 for the twenty-eighth batch, a precision batch: most
differences between outlets below are legitimate (time zones, rounding, units, counts that grow
with the time of each update, provisional figures revised and said so, forecasts vs outcomes,
other agencies' estimates attributed to them, earlier events' figures, sidebars about other
stories), and only three stories carry planted contradictions, three each, in exactly one
outlet per contradiction. Three stories are controls with no contradiction at all. All outlets,
reporters, companies, most officials and all figures are invented; real institutions and
places are scenery only.

cb-EC1 (central bank). True facts: the Bank of Japan's policy board, at the end of a two-day
meeting on Thursday-Friday 17-18 September 2026, raised its short-term policy rate from 0.75%
to 1.0% (+25 bp, highest since 1995; previous hike 19 March 2026, 0.5% to 0.75%). Decision
announced Friday 18 September at 12:18 JST (03:18 GMT, 04:18 BST); vote 7-2, dissenters board
members Naomi Sugita and Ryo Hamasaki (wanted 0.75%). Governor Tetsuya Okabe's news
conference 15:30 JST (07:30 BST). August core CPI 2.7%, headline 3.0%, core-core 2.2% (out at
08:30 JST). Yen 148.20 -> 146.85 per dollar, 147.40 by 15:30 JST; 10-year JGB +4 bp to 2.09%;
Nikkei -1.3% to 44,812.60. JGB buying cut by about 200bn yen a quarter to about 2.1tn yen a
month in Jan-Mar 2027. Next meeting 29-30 October. PLANTED (3): vote split 7-2 (right) vs 6-3
(wrong, The Kanto Herald); weekday of the decision Friday (right) vs "Wednesday 18 September"
(wrong, Rate Desk); dissenter's name Sugita (right) vs Sugiyama (wrong, Harbourline Markets
live). Outlets: Kestrel Wire wire report, 18 Sep, article:published_time meta; Harbourline
Markets live page in BST, date only in visible text; The Kanto Herald newspaper next day
(19 Sep), JSON-LD; Rate Desk specialist analysis, NO machine-readable or visible date. Traps:
12:18 JST vs 04:18 BST vs 0318 GMT; 15:30 JST vs 07:30 BST; "1%" vs "1.0%"; "25 basis
points" vs "a quarter point"; "highest since 1995" vs "highest in 31 years"; headline vs core
vs core-core CPI; yen at different moments (146.85, 147.40, "146 range", "around 147"); 2.1tn
yen vs $14.3bn; 15 of 21 economists (poll) vs the board vote; previous hike's rates; Okabe's
quote in three wordings (one marked as a translation); "yesterday" in the next-day paper;
"began on Thursday"-style two-day meeting; real-rate range -1.2% to -1.7%; BoK 2.25% in a
sidebar and in text; OIS probabilities before vs after.

el-EC2 (election). CONTROL (no planted disagreement). True facts: South Korea's ninth
nationwide local elections, Wednesday 3 June 2026, polls 06:00-18:00 KST (18:00 KST = 09:00 GMT
= 10:00 BST). Seoul mayor: Han Ji-woo (Democratic Party, 54, former two-term Mapo district
mayor) 2,873,416 votes, 51.3%; Park Sung-hoon (People Power Party, 61) 2,571,092, 45.9%; Lee
Da-eun (independent) 156,227, 2.8%; margin 302,324 votes, 5.4 points. Exit poll at 18:00: Han
52.1%, Park 45.0%. Han declared victory 23:40 KST; Park conceded 00:15 KST Thursday 4 June
(16:15 BST Wednesday). Democrats won 10 of 17 metropolitan races (leading in 11 at 21:10).
Turnout: provisional 58.4% at 18:20, final 58.6% after postal ballots; Seoul 59.0% provisional,
59.1% final; early voting 29-30 May 20.6%. Han takes office 1 July. Outlets: Hangang Daily
live page in KST running past midnight, visible date only; Pacific Wire Service wire, 4 June
10:30 KST, meta; The Meridian (London) analysis, 4 June 18.00 BST, visible date only; Seoul
City Beat local site, NO date. Traps: partial counts with their times (8.2%, 63.4%, 88.7%
counted); exit poll vs result; "leading in 11" vs "won 10"; provisional vs final turnout
(revision stated); local date vs British time across midnight ("Wednesday 4.15pm BST" =
00:15 KST Thursday); "about 51% to 46%"; "a little over five points", "just over 300,000
votes"; 2022/2018 figures (PPP 12 of 17, 19.8-point Seoul margin, turnout 50.9%/60.2%); "Han
Ji-woo" vs "Han Ji Woo"; "Democratic Party" vs "Democrats"; quote in several wordings;
district-level figures (Seocho 63.8%) only on the local site.

ct-EC3 (court). CONTROL (no planted disagreement). True facts: Supreme Court of Japan, Grand
Bench (15 justices, Chief Justice Yoshiro Imamura presiding), ruling on Wednesday 21 October
2026 at 15:00 JST (06:00 GMT) on 16 suits by two lawyers' groups (led by Kenji Morimoto and
Ayako Shirai) covering all 45 constituencies of the House of Councillors election of 20 July
2025. Maximum disparity 3.13 times, Fukui (about 307,000 voters per seat) vs Kanagawa (about
961,000). Majority of 11: "state of unconstitutionality", reasonable period not yet elapsed,
election valid; three justices (Onodera, Kuramochi, Sasaki) unconstitutional but not void; one
(Fujie) constitutional; all 15 rejected the demand to annul. High courts (Nov 2025-Feb 2026):
10 state of unconstitutionality, 5 constitutional, 1 unconstitutional (Takamatsu). 2022
election 3.03 times, held constitutional in October 2023. Outlets: Northgate Wire wire, 21 Oct,
meta; The Japan Courier newspaper 22 Oct, visible date only; Asia Law Brief legal analysis
("last Wednesday", written the following week), NO date; Yokohama Bay Post local site, 21 Oct
17:20, JSON-LD. Traps: "11-4" on the constitutional question vs "unanimously" rejecting
annulment; "3.13 times" vs "3.1" vs "less than a third"; 3 p.m. JST vs 0600 GMT; "last
Wednesday" vs 21 October; "Chief Justice Yoshiro Imamura" vs "IMAMURA Yoshiro"; "Waseda
University" vs "Waseda Law School"; the 2015 merger law first applied in 2016; previous
rulings' ratios and years; the Morimoto quote in two wordings; 248 seats, half every three
years, Kanagawa's 8 seats and 7.7 million voters.

tr-EC4 (trade). True facts: Taiwan's Ministry of Finance released October 2026 trade data on
Monday 9 November 2026 at 16:00 Taipei time (08:00 GMT): exports US$61.24bn, +31.4% y/y
(record; previous record $58.93bn in August; September $57.3bn, +24.1%); imports $45.87bn,
+22.6%; surplus $15.37bn (about $9.2bn a year earlier); Jan-Oct exports $528.6bn, +27.9%; to
the US $19.8bn, +58.2%, 32.3% share; China and Hong Kong $15.1bn, +9.6%, 24.7% share (29.6%
a year earlier); ICT and audio-video products $27.4bn, +71.5%; components $17.2bn, +19.8%.
Kuo Ya-ting, director-general of the ministry's Department of Statistics, forecast November
exports of $56-59bn (+18% to +23%). Consensus forecast 26.0%. Taiex closed +0.8% at
29,406.18 before the release; NT$32.18 per US$. PLANTED (3): trade surplus $15.37bn (right) vs
$13.57bn (wrong, Chip & Container); export growth 31.4% (right) vs 34.1% (wrong, GMT Markets
live); Kuo's title director-general of the statistics department (right) vs "Deputy Finance
Minister" (wrong, Taipei Daybreak). Outlets: Kestrel Wire wire, 9 Nov 16:25 Taipei, meta; Taipei
Daybreak newspaper 10 Nov, JSON-LD; Chip & Container specialist trade site, NO date; GMT Markets
live page in GMT, visible date only. Traps: month vs year-to-date growth (31.4% vs 27.9%);
forecast (26%) vs outcome; September's figures; US$ vs NT$1.97 trillion; "$61.2bn" vs
"US$61.24 billion"; "almost a third"/"about 32%" vs 32.3%; ICT share 44.7% vs "more than 44
percent"; 16:00 Taipei vs 08:00 GMT; "who heads the statistics department" and "statistics
chief" as acceptable role phrasings; other bodies' GDP forecasts (DGBAS 6.12%, an analyst's
6.5%); sidebar figures of other stories (Korea +12.4%, yen 152); Japan's current account in the
live page.

rk-EC5 (rocket). True facts: South Korea's Nuri (KSLV-II) fifth launch from the Naro Space
Center, Goheung, South Jeolla Province, at 01:13 KST Friday 26 June 2026 (16:13 UTC Thursday
25 June) after an 18-minute hold (window opened 00:55 KST). K-Sentinel 1 (516 kg) separated
13 min 27 s after liftoff at about 600 km (373 mi) sun-synchronous; 12 cubesats released at
20-second intervals. First signal via Svalbard at 01:54 KST (41 minutes after launch); two-way
contact with Daejeon at 07:48 KST. Minister Noh Jae-kyung declared success at 02:40 KST.
Cubesats in contact: 9 of 12 by about 10:00 Friday, 11 of 12 by Friday afternoon. PLANTED (3):
liftoff time 01:13 KST / 16:13 UTC (right) vs 01:31 KST / 16:31 UTC (wrong, Launch Ledger);
time to satellite separation 13 min 27 s (right) vs "about 23 minutes" (wrong, The Korea
Morning Standard); number of cubesats 12 (right) vs 10 (wrong, Jeolla Today live). Outlets:
Hanbit Wire wire, 26 Jun 02:05 KST, meta; Launch Ledger specialist site in UTC, NO date; The
Korea Morning Standard newspaper 27 Jun, visible date only; Jeolla Today local live page in
KST, JSON-LD. Traps: KST Friday vs UTC Thursday across midnight; 12:55 a.m. window vs 1:13
liftoff (hold); "13 minutes and 27 seconds" vs "T+13:27"; 600 km vs 373 mi; first signal vs
two-way contact ("about six and a half hours after launch"); cubesat contacts growing with
time; "Science and ICT Minister" quote in two wordings; "county head" vs "head of Goheung
County"; earlier flights (2021 failure, November 2025); 1.96 trillion won vs $1.42 billion;
capacity to 700 km vs this 600 km orbit.

eq-EC6 (earthquake). CONTROL (no planted disagreement). True facts: earthquake offshore of
Hualien, Taiwan, at 06:38 Taiwan time (UTC+8) on Sunday 16 August 2026 = 22:38 UTC Saturday
15 August = 6:38 p.m. EDT Saturday. CWA: ML 6.6 (initial 6.5, revised), 24.1 km ESE of
Hualien County Hall, depth 18.4 km; USGS: Mw 6.4, 27 km ESE of Hualien City, depth 21 km;
GFZ Mw 6.3. Max intensity 5-upper (Xiulin), 5-lower Hualien City, 4 Yilan, 3 Taipei; JMA
intensity 3 on Yonaguni; no tsunami. Casualties (Central Emergency Operation Center): 9
injured at 08:30; 1 dead 23 injured at 10:00; 1 dead 31 injured at 12:00; 2 dead 43 injured
at 18:00. Aftershocks: at least 19 by mid-morning, 27 by 12:00, 41 by 18:00 16 Aug, 58 by
06:00 17 Aug; largest ML 5.1 at 07:12. North-link rail Su'ao-Hualien suspended, resumed
14:20. Outlets: Formosa Now live page in Taiwan time, visible date only; Northgate Wire wire,
16 Aug 10:10 Taiwan time, meta; The Harbor Chronicle (US) newspaper 17 Aug, JSON-LD, miles
and Eastern time; QuakeWatch Asia specialist summary, NO date. Traps: Sunday local vs Saturday
UTC/Eastern; CWA vs USGS vs GFZ magnitudes and depths (attributed); provisional 6.5 revised to
6.6; counts growing through the day with times; km vs miles (24.1 km / 27 km / 17 mi / 11 mi /
13 mi); "five-storey" vs "five-story"; 2024 quake's 7.2 vs 7.4 and 18 deaths; "more than 40
aftershocks" vs 41; JMA's scale vs Taiwan's scale; 06:38:14 vs 6:38.
"""


import html
import json
import re

# ---------------------------------------------------------------------------
# Small HTML builders. Every text passes through html.escape; furniture varies
# by outlet kind (wire, live, paper, trade, local).
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _t(text: str) -> list[str]:
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64]


def _links(items: list[str], base: str, cls: str, heading: str, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    lis = "".join(
        f'<li><a href="{_e(base)}/{_slug(x)}">{_e(x)}</a></li>' for x in items
    )
    return (
        f'<section class="{cls}"><h2>{_e(heading)}</h2>'
        f"<{tag}>{lis}</{tag}></section>"
    )


def _figure(a: dict) -> str:
    fig = a.get("figure")
    if not fig:
        return ""
    caption, credit = fig
    return (
        '<figure class="lead-image">'
        f'<img src="https://{a["domain"]}/media/{_slug(a["headline"])[:40]}.jpg" '
        f'alt="{_e(caption)}" width="1200" height="675">'
        f"<figcaption>{_e(caption)} "
        f'<span class="credit">{_e(credit)}</span></figcaption></figure>'
    )


def _jsonld(a: dict) -> str:
    kind = "LiveBlogPosting" if a["kind"] == "live" else "NewsArticle"
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": a["headline"],
        "url": a["url"],
        "publisher": {"@type": "Organization", "name": a["site"]},
    }
    if a.get("byline"):
        data["author"] = {"@type": "Person", "name": a["byline"].removeprefix("By ")}
    if a["date_mode"] == "jsonld":
        data["datePublished"] = a["iso"]
        if a.get("iso_mod"):
            data["dateModified"] = a["iso_mod"]
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False)
        + "</script>"
    )


def _head(a: dict) -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{a.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(a['title'])}</title>",
        f'<meta name="description" content="{_e(a["desc"])}">',
        f'<link rel="canonical" href="{_e(a["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_e(a["site"])}">',
        f'<meta property="og:title" content="{_e(a["headline"])}">',
        f'<meta property="og:description" content="{_e(a["desc"])}">',
        f'<meta property="og:url" content="{_e(a["url"])}">',
        f'<meta property="og:image" content="https://{a["domain"]}/og/{_slug(a["site"])}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if a["date_mode"] == "meta":
        parts.append(f'<meta property="article:published_time" content="{a["iso"]}">')
        if a.get("iso_mod"):
            parts.append(f'<meta property="article:modified_time" content="{a["iso_mod"]}">')
    if a["date_mode"] == "jsonld" or a.get("ld_always"):
        parts.append(_jsonld(a))
    parts.append(f'<link rel="stylesheet" href="/static/{a["kind"]}.css">')
    parts.append("</head>")
    return "\n".join(parts)


_COOKIES = [
    "We and our 142 partners store and access information on your device, such as cookies, "
    "to personalise ads and content, measure performance and develop products.",
    "This site uses cookies to improve your experience and to show you relevant advertising. "
    "You can change your choices at any time under Privacy settings.",
    "We use essential cookies to make this site work, and optional analytics cookies to "
    "understand how you use it. Accept optional cookies?",
    "Your privacy matters. We use cookies and similar technologies for audience measurement "
    "and advertising. Click Agree to continue or Manage to set preferences.",
]


def _cookie(a: dict) -> str:
    text = _COOKIES[len(a["domain"]) % len(_COOKIES)]
    return (
        '<div class="cookie-banner" id="consent" role="dialog" aria-label="Cookies">'
        f"<p>{_e(text)}</p>"
        '<button type="button" class="btn-accept">Accept all</button>'
        '<button type="button" class="btn-manage">Manage preferences</button>'
        '<a href="/privacy">Privacy policy</a></div>'
    )


def _nav(a: dict, default: list[str]) -> str:
    items = a.get("nav", default)
    lis = "".join(f'<li><a href="/{_slug(x)}">{_e(x)}</a></li>' for x in items)
    return f'<nav class="site-nav" aria-label="Sections"><ul>{lis}</ul></nav>'


def _share(style: int) -> str:
    sets = [
        ["Share on X", "Share on Facebook", "Share on LinkedIn", "Email", "Copy link"],
        ["Share", "WhatsApp", "LINE", "Email this article"],
        ["Facebook", "X", "KakaoTalk", "Copy URL", "Print"],
        ["Save", "Share", "Gift this article"],
    ]
    btns = "".join(f'<button type="button">{_e(x)}</button>' for x in sets[style % len(sets)])
    return f'<div class="share-tools">{btns}</div>'


def _ad(label: str = "Advertisement") -> str:
    return (
        '<div class="ad-slot" aria-hidden="true">'
        f'<p class="ad-label">{_e(label)}</p><div class="ad-frame"></div></div>'
    )


def _footer(a: dict, extra: list[str]) -> str:
    base = ["About us", "Contact", "Terms of use", "Privacy policy", "Cookie settings"]
    lis = "".join(f'<li><a href="/{_slug(x)}">{_e(x)}</a></li>' for x in base + extra)
    return (
        f'<footer class="site-footer"><ul>{lis}</ul>'
        f"<p>&copy; {_e(a['site'])}. All rights reserved. Content may not be reproduced "
        "without permission.</p></footer>"
    )


def _visible_date(a: dict, cls: str) -> str:
    if a["date_mode"] == "none" or not a.get("visible"):
        return ""
    return f'<p class="{cls}">{_e(a["visible"])}</p>'


def _body_paras(paras: list[str], ad_after: int = 4) -> str:
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{_e(p)}</p>")
        if i + 1 == ad_after and len(paras) > ad_after + 1:
            out.append(_ad())
    return "\n".join(out)


def _wire(a: dict) -> str:
    return "\n".join([
        f'<body class="wire-story">{_cookie(a)}',
        '<header class="masthead">'
        f'<a class="logo" href="/">{_e(a["site"])}</a>'
        + _nav(a, ["World", "Business", "Markets", "Asia Pacific", "Technology", "Breakingviews"])
        + '<a class="signin" href="/account">Sign in</a>'
        '<a class="cta" href="/subscribe">Register</a></header>',
        '<main id="main-content"><article class="article">',
        f'<p class="kicker"><a href="/{_slug(a["section"])}">{_e(a["section"])}</a></p>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="byline">{_e(a["byline"])}</p>',
        _visible_date(a, "dateline-stamp"),
        _share(0),
        _figure(a),
        f'<div class="article-body">{_body_paras(a["paras"])}</div>',
        f'<p class="contrib">{_e(a.get("credits", ""))}</p>',
        '<p class="standards"><a href="/trust">Our Standards: The Trust Principles</a></p>',
        "</article>",
        _ad(),
        _links(a.get("related", []), "/world", "read-next", "Read next"),
        _links(a.get("mostread", []), "/markets", "most-read", "Most read", ordered=True),
        "</main>",
        _footer(a, ["Advertise with us", "Careers", "Accessibility"]),
        "</body></html>",
    ])


def _paper(a: dict) -> str:
    return "\n".join([
        f'<body class="newspaper">{_cookie(a)}',
        '<div class="top-bar"><a href="/subscribe">Subscribe from 1 dollar a week</a>'
        '<a href="/epaper">Today\'s paper</a><a href="/login">Log in</a></div>',
        f'<header class="masthead"><a class="brand" href="/">{_e(a["site"])}</a></header>',
        _nav(a, ["News", "Politics", "Business", "World", "Opinion", "Culture", "Sport"]),
        '<main><article class="story">',
        f'<p class="section-label">{_e(a["section"])}</p>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["desc"])}</p>',
        f'<div class="meta-line"><span class="byline">{_e(a["byline"])}</span>'
        + _visible_date(a, "pubdate")
        + "</div>",
        _share(3),
        _figure(a),
        f'<div class="story-body">{_body_paras(a["paras"], ad_after=5)}</div>',
        '<aside class="newsletter"><h2>Morning Briefing</h2><p>The day\'s top stories in '
        'your inbox before breakfast.</p><input type="email" placeholder="Your email">'
        '<button type="submit">Sign up</button></aside>',
        '<section class="comments"><h2>Comments</h2><p>Comments are closed for this '
        "article.</p></section>",
        "</article>",
        _links(a.get("related", []), "/news", "related", "Related"),
        _links(a.get("mostread", []), "/news", "most-read", "Most read", ordered=True),
        _ad("Advertisement"),
        "</main>",
        _footer(a, ["Letters to the editor", "Corrections", "Syndication", "Archive"]),
        "</body></html>",
    ])


def _live(a: dict) -> str:
    posts = []
    for stamp, heading, text in reversed(a["updates"]):
        posts.append(
            '<article class="live-post">'
            f'<p class="post-time">{_e(stamp)}</p>'
            f"<h2>{_e(heading)}</h2>"
            + "".join(f"<p>{_e(p)}</p>" for p in _t(text))
            + _share(1)
            + "</article>"
        )
    key = [a["updates"][i][1] for i in a.get("key_idx", [-1])]
    key_events = _links(key, "#", "key-events", "Key events")
    return "\n".join([
        f'<body class="liveblog">{_cookie(a)}',
        '<header class="site-header">'
        f'<a class="logo" href="/">{_e(a["site"])}</a>'
        + _nav(a, ["Live", "Markets", "Economy", "Companies", "Opinion", "Video"])
        + "</header>",
        '<main class="live-main">',
        '<div class="live-badge">LIVE</div>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="standfirst">{_e(a["desc"])}</p>',
        f'<p class="byline">{_e(a["byline"])}</p>',
        _visible_date(a, "live-updated"),
        f'<p class="tz-note">{_e(a.get("tz_note", ""))}</p>',
        _share(2),
        _figure(a),
        key_events,
        '<div class="live-feed">',
        "\n".join(posts),
        "</div>",
        _ad(),
        _links(a.get("related", []), "/live", "more-live", "More from us"),
        _links(a.get("mostread", []), "/news", "popular", "Popular now", ordered=True),
        "</main>",
        _footer(a, ["Live blog archive", "Newsletters", "Apps"]),
        "</body></html>",
    ])


def _trade(a: dict) -> str:
    snapshot = ""
    if a.get("snapshot"):
        rows = "".join(
            f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in a["snapshot"]
        )
        snapshot = f'<aside class="data-box"><h2>At a glance</h2><table>{rows}</table></aside>'
    tags = "".join(f'<a class="tag" href="/tag/{_slug(x)}">{_e(x)}</a>' for x in a["tags"])
    return "\n".join([
        f'<body class="specialist">{_cookie(a)}',
        '<div class="promo-strip">Subscriber content: unlimited analysis, data and events. '
        '<a href="/trial">Start a free trial</a></div>',
        '<header class="hdr">'
        f'<a class="logo" href="/">{_e(a["site"])}</a>'
        + _nav(a, ["Analysis", "Data", "Interviews", "Events", "Jobs", "Podcast"])
        + '<form class="search"><input type="search" placeholder="Search"></form></header>',
        '<main><article class="analysis">',
        f'<p class="category">{_e(a["section"])}</p>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="dek">{_e(a["desc"])}</p>',
        f'<p class="author">{_e(a["byline"])}</p>',
        _visible_date(a, "date"),
        _share(0),
        _figure(a),
        snapshot,
        f'<div class="body">{_body_paras(a["paras"], ad_after=3)}</div>',
        f'<div class="tags">Topics: {tags}</div>',
        f'<div class="author-bio"><p>{_e(a.get("bio", ""))}</p></div>',
        "</article>",
        '<aside class="events"><h2>Upcoming events</h2><p>'
        + _e(a.get("event", "Annual conference: early-bird registration now open."))
        + "</p></aside>",
        _links(a.get("related", []), "/analysis", "related-analysis", "Related analysis"),
        '<aside class="newsletter-box"><h2>The Weekly Brief</h2><p>Sign up for our free '
        'weekly newsletter.</p><button type="button">Sign up</button></aside>',
        "</main>",
        _footer(a, ["Subscribe", "Licensing", "Editorial team"]),
        "</body></html>",
    ])


def _local(a: dict) -> str:
    return "\n".join([
        f'<body class="local-news">{_cookie(a)}',
        f'<div class="weather-strip">{_e(a.get("weather", ""))}</div>',
        '<header class="local-header">'
        f'<a class="logo" href="/">{_e(a["site"])}</a>'
        + _nav(a, ["News", "Neighborhoods", "Transit", "Schools", "Food", "Events", "Jobs"])
        + '<a class="tip" href="/tips">Send us a tip</a></header>',
        '<main><article class="local-story">',
        f'<p class="section">{_e(a["section"])}</p>',
        f"<h1>{_e(a['headline'])}</h1>",
        f'<p class="byline">{_e(a["byline"])}</p>',
        _visible_date(a, "posted"),
        _share(2),
        _figure(a),
        f'<div class="entry">{_body_paras(a["paras"], ad_after=4)}</div>',
        '<p class="corrections">Spotted an error? Email corrections@'
        f'{_e(a["domain"])}</p>',
        "</article>",
        '<aside class="community"><h2>Community board</h2><p>'
        + _e(a.get("community", "Post your event for free on our community calendar."))
        + "</p></aside>",
        _ad("Advertisement - local business directory"),
        _links(a.get("related", []), "/news", "more-local", "More local news"),
        _links(a.get("mostread", []), "/news", "trending", "Trending", ordered=True),
        "</main>",
        _footer(a, ["Advertise locally", "Newsletter", "Delivery"]),
        "</body></html>",
    ])


_KINDS = {"wire": _wire, "paper": _paper, "live": _live, "trade": _trade, "local": _local}


def _page(a: dict) -> dict:
    a = dict(a)
    a["url"] = f"https://{a['domain']}{a['path']}"
    a["title"] = a.get("title") or f"{a['headline']} | {a['site']}"
    html_text = _head(a) + "\n" + _KINDS[a["kind"]](a) + "\n"
    return {"url": a["url"], "html": html_text}


def _story(sid: str, domain: str, fetched: str, arts: list[dict], planted: list) -> dict:
    return {
        "id": sid,
        "part": "EC",
        "domain": domain,
        "fetched": fetched,
        "articles": [_page(a) for a in arts],
        "planted": planted,
    }


# ---------------------------------------------------------------------------
# Story 1 - cb-EC1 - Bank of Japan raises rate to 1.0% (planted x3)
# ---------------------------------------------------------------------------

_CB_WIRE = {
    "kind": "wire",
    "domain": "kestrelwire.example",
    "path": "/markets/asia/boj-raises-rates-to-1-highest-since-1995-split-vote",
    "site": "Kestrel Wire",
    "section": "Asia Pacific Markets",
    "headline": "Bank of Japan raises rates to 1%, highest since 1995, in split vote",
    "title": "Bank of Japan raises rates to 1%, highest since 1995, in split vote | Kestrel Wire",
    "desc": "The Bank of Japan lifted its short-term policy rate to 1.0% from 0.75%, with two "
    "board members dissenting; the yen firmed and bond yields rose.",
    "byline": "By Mariko Endo and Daniel Whitcombe",
    "date_mode": "meta",
    "iso": "2026-09-18T03:41:00Z",
    "iso_mod": "2026-09-18T07:02:00Z",
    "visible": "September 18, 2026 4:02 PM GMT+9 · Updated",
    "figure": (
        "Bank of Japan Governor Tetsuya Okabe arrives at the central bank's headquarters "
        "in Tokyo's Nihonbashi district.",
        "Kestrel Wire/Sho Nakayama",
    ),
    "credits": "Reporting by Mariko Endo and Kaito Mori in Tokyo; additional reporting by "
    "Daniel Whitcombe in Singapore; Editing by Sam Holroyd",
    "related": [
        "Bank of Korea holds base rate at 2.25%, eyes Seoul housing",
        "Japan's August exports rise 4.1% as chip equipment shipments recover",
        "Explainer: How the BOJ's bond taper works",
        "Yen carry trades shrink as rate gap with US narrows",
    ],
    "mostread": [
        "Oil steadies after OPEC+ signals pause in output increases",
        "Toyota to build battery plant in Fukuoka, sources say",
        "Swiss National Bank keeps rates at zero",
    ],
    "paras": _t("""
TOKYO, Sept 18 (Kestrel Wire) - The Bank of Japan raised its short-term policy rate to
1.0% from 0.75% on Friday, taking borrowing costs to their highest level since 1995 and
signalling that it was prepared to keep tightening if wages and prices continued to rise in
tandem.

The decision, announced at 12:18 p.m. (0318 GMT) at the end of a two-day meeting, was carried
by a 7-2 vote. Board members Naomi Sugita and Ryo Hamasaki dissented, proposing instead to
hold the rate at 0.75% until the bank had seen more evidence on next year's wage talks and on
the impact of U.S. tariffs on exporters' profits.

It was the bank's first increase since March 19, when it lifted the rate from 0.5% to 0.75%,
and the quarter-point move had been expected by 15 of the 21 economists polled by Kestrel Wire
last week. The remaining six had forecast a move in October or December.

"Underlying inflation is moving closer to our 2% target in a sustainable way, and real
interest rates remain deeply negative," Governor Tetsuya Okabe told a news conference that
began at 3:30 p.m. "If our outlook is realised, we will continue to raise the policy rate and
adjust the degree of monetary accommodation."

Nationwide core consumer prices, which exclude volatile fresh food, rose 2.7% in August from
a year earlier, data released at 8:30 a.m. on Friday showed, several hours before the
decision. The headline index climbed 3.0%, while a measure stripping out both fresh food and
energy, closely watched by the BOJ as a gauge of underlying price trends, rose 2.2%.

The yen firmed to 146.85 per dollar within minutes of the announcement from about 148.20
beforehand, before giving back some of its gains to trade at 147.40 by the time Okabe began
speaking. The benchmark 10-year Japanese government bond yield rose 4 basis points to 2.09%.
Tokyo's Nikkei share average closed down 1.3% at 44,812.60, with exporters hurt by the
stronger yen while banks rallied on bets of wider lending margins.

The board left unchanged its plan to slow purchases of government bonds, under which monthly
buying falls by about 200 billion yen each quarter to around 2.1 trillion yen ($14.3 billion)
in the January-March quarter of 2027.

Okabe pointed to this year's spring wage negotiations, in which the Rengo union
confederation reported average pay rises of 5.21%, the third year in a row above 5%, as
evidence that companies were passing on higher costs to workers as well as to customers.

Finance Minister Kenta Morishige told reporters the government respected the central bank's
independence and would continue to work closely with it. Officials at the industry ministry
have privately voiced concern that higher rates could weigh on small firms that carry
floating-rate loans.

"The two dissents tell you the bar for the next move is high," said Hiroko Tashiro, chief
Japan economist at Meridian Crest Securities in Tokyo. "We think January is the earliest
realistic date for 1.25%, and April is more likely."

The next policy meeting is scheduled for Oct. 29-30, when the board will also publish its
quarterly outlook report with fresh growth and price forecasts.
"""),
}

_CB_LIVE = {
    "kind": "live",
    "domain": "harbourline.example",
    "path": "/live/markets/bank-of-japan-decision-yen-jgbs-nikkei",
    "site": "Harbourline Markets",
    "section": "Markets live",
    "headline": "Bank of Japan hikes to 1% - yen, JGBs and Nikkei react: live",
    "title": "Live: Bank of Japan hikes to 1% - yen, JGBs and Nikkei react - Harbourline Markets",
    "desc": "Rolling coverage of the Bank of Japan's policy decision, the governor's press "
    "conference and the market reaction.",
    "byline": "By Freya Lindqvist (London) and Tom Oduya",
    "date_mode": "visible",
    "visible": "Friday 18 September 2026 · Last updated 09:52 BST",
    "tz_note": "All times are British Summer Time (BST). Tokyo is eight hours ahead.",
    "key_idx": [2, 3, 8],
    "figure": (
        "A screen shows the dollar/yen rate at a foreign exchange brokerage in Tokyo.",
        "Photograph: Harbourline/Aiko Sato",
    ),
    "related": [
        "FTSE 100 opens flat as miners slip",
        "Gold steadies near record ahead of US data",
        "Sterling dips after UK retail sales miss forecasts",
    ],
    "mostread": [
        "Why the yen still matters for global bond markets",
        "Chipmakers lead Asian stocks higher",
        "Brent crude falls below $70",
    ],
    "updates": [
        ("00:34 BST", "Japan's inflation picture before the decision", """
Japan's national consumer price figures for August landed at 08:30 in Tokyo (00:30 here).
Core CPI, which strips out fresh food, rose 2.7% year on year, in line with the consensus.
The headline rate was 3.0% and the so-called core-core measure, which also excludes energy,
came in at 2.2%. That is the backdrop for the Bank of Japan's decision, due once the board
wraps up the two-day meeting it began on Thursday; expect it this morning UK time."""),
        ("02:05 BST", "Yen steady as traders position for a hike", """
Dollar/yen is hovering around 148.20. Overnight index swaps were pricing roughly a 70% chance
of a quarter-point rise today. The BoJ announcement has no fixed time; at recent meetings it
has landed anywhere between 11:30 and 13:00 Tokyo time."""),
        ("04:18 BST", "BREAKING: Bank of Japan raises rates to 1%", """
The BoJ has lifted its short-term policy rate by 25 basis points to 1.0%, from 0.75%. That is
the highest level since 1995. The statement hit screens at 12:18 Tokyo time."""),
        ("04:24 BST", "Vote was 7-2", """
The decision was not unanimous. Board members Naomi Sugiyama and Ryo Hamasaki voted against,
proposing to keep the rate at 0.75%. According to the statement, they wanted more evidence on
wages and on how US tariffs are affecting exporters' profits before moving again."""),
        ("04:31 BST", "Yen jumps", """
Dollar/yen dropped to 146.85 within minutes of the announcement, from 148.20 just before, a
yen gain of roughly 0.9%. Euro/yen fell by a similar proportion."""),
        ("04:47 BST", "Bond-buying taper unchanged", """
No change to the JGB taper: the BoJ will keep trimming monthly bond buying by about 200bn yen
a quarter, taking it to around 2.1tn yen a month in January-March 2027. At today's exchange
rate that is a little over $14bn."""),
        ("05:10 BST", "JGB yields climb", """
The 10-year JGB yield is up 4bp at 2.09%, and the two-year, the maturity most sensitive to
policy expectations, has risen to 1.21%."""),
        ("07:32 BST", "Nikkei closes lower; Okabe press conference begins", """
Tokyo stocks closed down 1.3% at 44,812.60, with exporters weaker on the stronger yen while
banks rallied. Governor Tetsuya Okabe has just begun his news conference in Tokyo, where it is
15:30. Dollar/yen has drifted back up to 147.40 as some of the initial move fades."""),
        ("07:41 BST", "Okabe: inflation 'approaching 2% in a sustainable manner'", """
Okabe says underlying inflation is "approaching 2% in a sustainable manner" and real interest
rates are still "significantly negative", according to our translation of his remarks. He
repeated that the bank will keep raising rates if its outlook is realised, but said he had
"no preset idea" about the timing of the next step."""),
        ("08:05 BST", "What about the dissents?", """
Asked about the two votes against, Okabe said a range of views on the board was "healthy" and
that the majority had judged that waiting risked falling behind the curve on prices. He
declined to say whether a larger move had been discussed."""),
        ("09:12 BST", "Analyst reaction", """
"A hawkish hike with a dovish tail," says Oliver Brandt, FX strategist at Coldharbour Bank in
London. "The split vote and Okabe's refusal to pre-commit will keep markets guessing. We see
dollar/yen back above 148 within weeks unless US data soften." """),
        ("09:52 BST", "Wrap", """
That is it from us on the BoJ. To recap: rates up to 1%, a 7-2 vote, the yen stronger but off
its best levels, and the next meeting is on 29-30 October, when the bank also publishes its
quarterly outlook report. Thanks for following."""),
    ],
}

_CB_PAPER = {
    "kind": "paper",
    "domain": "kantoherald.example",
    "path": "/business/economy/boj-rate-rise-mortgages-small-firms",
    "site": "The Kanto Herald",
    "section": "Business / Economy",
    "headline": "BOJ's move to 1% rate puts mortgage holders, small firms on notice",
    "title": "BOJ's move to 1% rate puts mortgage holders, small firms on notice - The Kanto Herald",
    "desc": "Banks moved within hours to lift prime rates after the central bank raised its "
    "key rate to the highest level in 31 years.",
    "byline": "Yuki Harada, Staff Writer",
    "date_mode": "jsonld",
    "iso": "2026-09-19T06:00:00+09:00",
    "visible": "September 19, 2026",
    "figure": (
        "Pedestrians pass a real estate agency advertising new condominiums in Tokyo's Koto "
        "Ward.",
        "The Kanto Herald",
    ),
    "related": [
        "Editorial: The BOJ must explain its path clearly",
        "Savers cheer as deposit rates edge up",
        "Tokyo condominium prices top 100 million yen average again",
    ],
    "mostread": [
        "Typhoon heads toward Kyushu; flights canceled",
        "Rice prices ease for fourth straight week",
        "J.League: Kawasaki extend unbeaten run",
    ],
    "paras": _t("""
The Bank of Japan's decision yesterday to raise its key short-term interest rate to 1 percent,
the highest level in 31 years, is set to ripple quickly through household budgets and
corporate balance sheets, economists and bankers said.

The increase from 0.75 percent was approved by a 6-3 vote of the nine-member policy board at
the end of its two-day meeting on Friday. Board members Naomi Sugita and Ryo Hamasaki were
among those who argued for keeping the rate on hold until more data on wages and overseas
demand became available.

At his afternoon news conference, Governor Tetsuya Okabe said underlying inflation was
steadily nearing the 2 percent target and that real interest rates, or nominal rates minus
inflation, remained "deeply negative," leaving room for further increases if the economy
evolved as the bank expected.

Within hours, Sakura Hill Bank, one of the nation's largest lenders, said it would raise its
short-term prime rate by 0.25 percentage point to 2.125 percent from Oct. 1. Other major banks
are expected to follow early next week.

Variable-rate mortgages, which account for about 78 percent of new home loans according to a
survey by the Japan Housing Finance Agency, are typically linked to the short-term prime rate
and are reviewed twice a year. For a borrower with a 35 million yen, 35-year variable-rate
loan, a quarter-point increase would add roughly 4,000 yen to monthly repayments once it feeds
through, according to calculations by The Kanto Herald.

Smaller companies are also bracing. Corporate bankruptcies in the January-August period rose
to 6,912, up from 6,394 a year earlier, according to Shinwa Credit Research, with labor
shortages and higher financing costs among the causes most often cited.

"We borrowed at almost zero for years. Now every quarter point matters," said Masashi Okuno,
58, who runs a metal-parts workshop with 23 employees in Higashiosaka, Osaka Prefecture. "I
have to decide this autumn whether to replace two lathes or hold on to the cash."

Savers, meanwhile, stand to gain. Major banks were expected to lift ordinary deposit rates to
around 0.4 percent from 0.3 percent, a level unseen since the early 1990s.

Nationwide core consumer prices, excluding fresh food, rose 2.7 percent in August from a year
earlier, the internal affairs ministry said yesterday morning, extending a run of more than
four years above the central bank's 2 percent target.

The yen strengthened into the 146 range against the dollar immediately after the decision
before settling around 147 in Tokyo trading in the evening.

Finance Minister Kenta Morishige said the government respected the central bank's
independence and expected it to "continue to conduct policy appropriately."

The bank last raised rates in March. Some analysts now expect another increase, to 1.25
percent, as early as January, though the split vote suggests the board is divided on the pace.
The next policy meeting is scheduled for Oct. 29-30.
"""),
}

_CB_TRADE = {
    "kind": "trade",
    "domain": "ratedesk.example",
    "path": "/analysis/boj-quarter-point-hike-dissents-taper-path-to-neutral",
    "site": "Rate Desk",
    "section": "Central banks / Asia-Pacific",
    "headline": "BoJ's quarter-point hike: what the dissents and the taper say about the path "
    "to neutral",
    "title": "BoJ's quarter-point hike: what the dissents and the taper say - Rate Desk",
    "desc": "Two dissents, an unchanged bond taper and a policy rate at the bottom of the "
    "neutral range: reading the Bank of Japan's latest move.",
    "byline": "By Anneliese Grau, Asia-Pacific correspondent",
    "date_mode": "none",
    "tags": ["Bank of Japan", "Monetary policy", "JGBs", "Neutral rate"],
    "bio": "Anneliese Grau covers Asia-Pacific central banks for Rate Desk from Singapore.",
    "event": "Asia Rates Forum, Singapore: speakers from five central banks. Register now.",
    "snapshot": [
        ("Policy rate", "1.00% (previous 0.75%)"),
        ("Core CPI, August", "2.7% y/y"),
        ("10-year JGB", "2.09%"),
        ("Next meeting", "29-30 October"),
    ],
    "figure": (
        "The Bank of Japan's head office in Tokyo.",
        "Photo: Rate Desk archive",
    ),
    "related": [
        "Fed minutes reveal a committee split over the pace of cuts",
        "RBA holds, flags sticky services inflation",
        "Bank of Korea: the housing constraint",
    ],
    "paras": _t("""
On Wednesday 18 September the Bank of Japan's policy board raised the uncollateralised
overnight call rate target by 25 basis points to 1%, its second increase of 2026 after the
move from 0.5% to 0.75% in March. The decision, which took the rate to its highest since 1995,
was widely anticipated; the interesting parts of the package were elsewhere.

First, the vote. Two of the nine board members, Naomi Sugita and Ryo Hamasaki, both appointed
in 2024 from the private sector, dissented and proposed leaving the rate at 0.75%. Their
stated reason was the need to confirm that next spring's wage round would again deliver
increases of around 5%, and to gauge the effect of US tariffs on manufacturers' earnings.
Dissent on a hike is not unusual at the BoJ, but two votes against a quarter-point move at
these levels suggests the centre of the board is more cautious than the headline implies.

Second, real rates. With core inflation (excluding fresh food) at 2.7% in August and the
core-core measure (also excluding energy) at 2.2%, the real policy rate remains between
roughly -1.2% and -1.7% depending on the deflator chosen. Governor Tetsuya Okabe leaned on
this point at his press conference, describing real rates as "deeply negative".

Third, neutral. The bank's staff estimates of Japan's nominal neutral rate, published in a
2024 research paper, range widely, from about 1% to 2.5%. At 1% the policy rate has now
reached the very bottom of that range. Deputy Governor Shinji Arakawa, in a speech in Nagoya
on 2 September, said the bank would "feel its way" as it approached neutral and would not rely
on any single estimate.

Fourth, the balance sheet. The board left unchanged the plan, adopted in mid-2024 and extended
in 2025, to reduce monthly JGB purchases by about JPY200bn each quarter, reaching roughly
JPY2.1tn a month in the first quarter of 2027. The BoJ still owns slightly more than half of
outstanding JGBs, and its holdings have so far fallen only modestly from their peak.

Markets are split on what comes next. After the decision, overnight index swaps priced around
a 45% probability of a further hike to 1.25% by the January meeting, up from about 35% before
it. The 10-year JGB yield rose 4bp to 2.09%.

In our view the real test is the spring 2027 wage round. Rengo's preliminary demands, due in
December, will be the first signal; this year's final tally showed average pay increases of
5.21%. If employers signal something similar, an April 2027 hike looks the most likely
scenario, possibly brought forward to January if the yen weakens sharply again.

"If our outlook is realised, we will continue to raise the policy rate," Okabe said, repeating
the bank's standard guidance, but he offered no hint on timing.

The move also narrows, slightly, the gap with the BoJ's neighbours. The Bank of Korea's base
rate stands at 2.25%, and Taiwan's central bank has held its discount rate at 2% for more than
a year. The next BoJ meeting, on 29-30 October, comes with a new quarterly outlook report,
which will show whether the board's inflation forecasts justify the market's pricing.
"""),
}


# ---------------------------------------------------------------------------
# Story 2 - el-EC2 - Seoul mayoral race, 2026 local elections (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE = {
    "kind": "live",
    "domain": "hangangdaily.example",
    "path": "/live/local-elections-seoul-mayor-results",
    "site": "Hangang Daily",
    "section": "Politics",
    "headline": "Local elections live: Seoul mayor race and results across the country",
    "title": "LIVE | Local elections: Seoul mayor race and nationwide results - Hangang Daily",
    "desc": "Exit polls, turnout and the count as South Koreans choose mayors, governors and "
    "councillors in the ninth nationwide local elections.",
    "byline": "By the Hangang Daily politics team",
    "date_mode": "visible",
    "visible": "Wednesday, June 3, 2026 - updated into Thursday morning",
    "tz_note": "All times KST (UTC+9). Entries after midnight are on Thursday, June 4.",
    "nav": ["Live", "Politics", "North Korea", "Economy", "Society", "Culture", "Opinion"],
    "key_idx": [1, 7, 8, 10],
    "figure": (
        "Election officials sort ballots at a counting center in Seoul's Mapo district.",
        "Hangang Daily/Jung Ha-eun",
    ),
    "related": [
        "Explainer: who is on your ballot this year",
        "Busan mayor race: live results map",
        "Education superintendents: progressives hold Seoul",
    ],
    "mostread": [
        "KOSPI closes at record as chip stocks rally",
        "Heat wave advisory for Daegu",
        "Baseball: Twins win fifth straight",
    ],
    "updates": [
        ("17:55", "Polls about to close", """
Voting in the ninth nationwide local elections ends at 6 p.m. Polls opened at 6 a.m. Voters
are choosing 17 metropolitan mayors and provincial governors, 226 heads of cities, counties
and districts, local councillors and education superintendents."""),
        ("18:00", "Exit poll: Han ahead in Seoul", """
The joint exit poll by broadcasters KBS, MBC and SBS gives the Democratic Party's Han Ji-woo
52.1% in the Seoul mayoral race against 45.0% for Park Sung-hoon of the People Power Party.
The margin of error is plus or minus 2.6 percentage points. Nationwide, the exit poll suggests
Democratic candidates are ahead in 10 to 12 of the 17 metropolitan races."""),
        ("18:20", "Provisional turnout 58.4%", """
The National Election Commission (NEC) says provisional nationwide turnout is 58.4%, including
the two days of early voting last Friday and Saturday, when 20.6% of eligible voters cast
ballots. That compares with 50.9% in 2022 and 60.2% in 2018. Seoul's provisional figure is
59.0%. Postal ballots are still to be added."""),
        ("19:45", "Counting under way in Seoul", """
With 8.2% of the vote counted in Seoul, Han has 50.2% and Park 46.8%. Early counts can swing:
ballots from early voting and from some districts are tallied at different speeds."""),
        ("21:10", "Democrats ahead in 11 races", """
The NEC's running tally shows Democratic candidates leading in 11 of the 17 metropolitan mayor
and governor races and the People Power Party leading in six. Several races, including South
Chungcheong, are within two points."""),
        ("22:15", "Seoul: Han extends her lead", """
With 63.4% counted, Han leads with 50.9% to Park's 46.2%. Her campaign office in Yeouido
erupted when the broadcasters' projection of a Han win appeared on screens."""),
        ("23:40", "Han declares victory", """
Han Ji-woo has declared victory. "Seoul has chosen change, but I will be the mayor of every
citizen, including those who did not vote for me," she told supporters at her campaign
office in Yeouido. With 88.7% of the vote counted she leads by 51.2% to 45.9%."""),
        ("00:15", "Park concedes", """
Park Sung-hoon has conceded. "I humbly accept the judgment of the citizens of Seoul," he told
reporters at his campaign office in Jongno. He congratulated Han and said he would "reflect
deeply" on the result."""),
        ("00:40", "National picture: Democrats win 10 of 17", """
Broadcasters now project the Democratic Party will win 10 of the 17 metropolitan races and the
People Power Party seven, after the PPP candidate overtook his rival in the South Chungcheong
governor race. In 2022 the PPP won 12 of the 17."""),
        ("01:05", "PPP leader takes responsibility", """
PPP leader Seo Jae-hwan told reporters at the party headquarters that the conservatives would
"start again from the ground up" and that he would discuss his own future with party
elders this week."""),
        ("01:20", "Final Seoul count", """
Counting in Seoul is complete. Han Ji-woo 51.3% (2,873,416 votes); Park Sung-hoon 45.9%
(2,571,092); Lee Da-eun, an independent, 2.8% (156,227). Han's margin is 302,324 votes, or 5.4
percentage points. She takes office on July 1. That is all from our live coverage tonight;
our analysis follows in the morning edition."""),
    ],
}

_EL_WIRE = {
    "kind": "wire",
    "domain": "pacwire.example",
    "path": "/news/asia/south-korea-local-elections-democrats-win-seoul",
    "site": "Pacific Wire Service",
    "section": "Asia",
    "headline": "South Korea's Democrats win Seoul mayoralty, take 10 of 17 top local posts",
    "title": "South Korea's Democrats win Seoul mayoralty, take 10 of 17 top local posts | PWS",
    "desc": "Former district mayor Han Ji-woo becomes Seoul mayor-elect with 51.3% of the vote "
    "as the ruling party wins 10 of 17 metropolitan races.",
    "byline": "By Choi Eun-jin and Mark Addison",
    "date_mode": "meta",
    "iso": "2026-06-04T01:30:00Z",
    "visible": "Published June 4, 2026 10:30 KST",
    "nav": ["World", "Asia", "Business", "Politics", "Science", "Sports", "Photos"],
    "figure": (
        "Han Ji-woo, the Democratic Party's candidate for Seoul mayor, waves to supporters at "
        "her campaign office in Yeouido.",
        "PWS Photo/Kim Do-yun",
    ),
    "credits": "Reporting by Choi Eun-jin in Seoul and Mark Addison in Tokyo; Editing by "
    "Lucy Parfitt",
    "related": [
        "Analysis: A year into the new government, voters deliver mixed message",
        "North Korea fires cruise missiles off west coast, Seoul says",
        "Korean won firms after election as foreign investors return",
    ],
    "mostread": [
        "Samsung to raise memory chip prices again, sources say",
        "Japan's Kishida-era stimulus law expires",
        "Typhoon season forecast: more storms, stronger winds",
    ],
    "paras": _t("""
SEOUL, June 4 (PWS) - South Korea's ruling Democratic Party won the Seoul mayoralty and 10 of
the 17 races for big-city mayors and provincial governors in Wednesday's local elections,
official results showed on Thursday, a verdict widely read as an endorsement of the
government a year after it took office.

In Seoul, former Mapo district mayor Han Ji-woo, 54, took 51.3% of the vote, defeating Park
Sung-hoon, 61, of the conservative People Power Party (PPP), who won 45.9%, according to the
National Election Commission (NEC). Han's margin was 302,324 votes. An independent, Lee
Da-eun, took 2.8%.

The result returns the capital to the Democrats for the first time since 2018. Four years ago
the PPP candidate won the city by 19.8 percentage points, part of a sweep in which the
conservatives took 12 of the 17 metropolitan posts.

Nationwide turnout was 58.6%, the NEC said on Thursday morning, revising up its election-night
provisional figure of 58.4% after postal ballots were added. That compared with 50.9% in
2022. Early voting on May 29 and 30 drew 20.6% of eligible voters.

"Seoul chose change tonight, but I will be a mayor for every citizen, including those who
did not vote for me," Han told supporters in Yeouido shortly before midnight. Park conceded
shortly after midnight, saying he "humbly" accepted the judgment of Seoul's citizens.

A joint exit poll by the three main broadcasters, published as polls closed at 6 p.m.
(0900 GMT), had given Han 52.1% to Park's 45.0%, slightly overstating her final margin.

The PPP held the southeastern strongholds of Daegu and North Gyeongsang and took the South
Chungcheong governorship, where its candidate pulled ahead late in the count. The Democrats
won the other big prizes, including Busan, where they had been trailing in pre-election
polls.

PPP leader Seo Jae-hwan said the party would "start again from the ground up."

"This is less a surge for the Democrats than a failure of the conservatives to give people a
reason to vote for them," said Yoo Ji-hye, a political scientist at Korea University. "Housing
was the issue in Seoul, and Han owned it."

Han, the first woman elected mayor of Seoul, has promised to build 200,000 public and
affordable homes over four years and to cut subway and bus fares by 30% for residents aged
19 to 24. She takes office on July 1.

The Korean won firmed 0.4% against the dollar in early trading on Thursday, and the KOSPI
index opened slightly higher, as investors welcomed what several analysts described as a
clearer political outlook for the government's second year.
"""),
}

_EL_PAPER = {
    "kind": "paper",
    "domain": "themeridian.example",
    "path": "/world/asia-pacific/seoul-mayor-han-housing-anger-weak-opposition",
    "site": "The Meridian",
    "section": "World / Asia Pacific",
    "headline": "Seoul's new mayor rides a wave of housing anger - and a weak opposition",
    "title": "Seoul's new mayor rides a wave of housing anger - and a weak opposition | The Meridian",
    "desc": "Han Ji-woo's victory in South Korea's capital owes as much to the conservatives' "
    "troubles as to her own promises on homes.",
    "byline": "Helen Cartwright, Asia correspondent",
    "date_mode": "visible",
    "visible": "Thursday 4 June 2026 18.00 BST",
    "nav": ["UK", "World", "Business", "Climate", "Opinion", "Culture", "Lifestyle"],
    "figure": (
        "Supporters of Han Ji-woo celebrate in Seoul as results come in.",
        "Photograph: Lee Seung-min for The Meridian",
    ),
    "related": [
        "South Korea's president marks first year with approval above 50%",
        "Seoul's housing squeeze: why young Koreans are giving up on home ownership",
        "Japan's Liberal Democrats pick new secretary general",
    ],
    "mostread": [
        "UK inflation falls to 2.4% in May",
        "Heatwave warning for southern England",
        "The best new novels of the summer",
    ],
    "paras": _t("""
When polls closed in South Korea at 10am British time on Wednesday, the broadcasters' exit
poll already pointed to a comfortable night for the governing Democratic Party. By the time
counting finished in the early hours of Thursday in Seoul, Han Ji-woo had become the first
woman elected mayor of the capital, winning about 51% of the vote to 46% for her conservative
rival, Park Sung-hoon.

Her margin, a little over five percentage points and just over 300,000 votes out of about 5.6
million valid ballots, was narrower than the exit poll had suggested, but decisive in a city
that swung hard to the right four years ago, when the conservative candidate won by almost 20
points.

Across the country the Democrats won 10 of the 17 contests for metropolitan mayors and
provincial governors, a reversal of 2022, when the People Power Party, then only weeks into
its own spell in government, took 12. Turnout, at 58.6% nationally, was well up on four years
ago.

In Seoul the campaign was about one thing. Apartment prices in the capital rose 11.2% in the
year to April, according to the Korea Real Estate Board, and the average flat now costs more
than 17 times the median household income. Han, a 54-year-old former urban planner who served
two terms as mayor of Mapo, one of the city's 25 districts, promised 200,000 public and
affordable homes over four years, built largely on land owned by the city and state
companies.

"I did the sums on the back of my phone," said Kwon Min-ji, 31, a nurse who voted for Han at
a polling station in Gwanak district. "Even with two salaries we would need thirty years to
buy a small flat near the hospital."

Park, 61, a three-term member of the National Assembly, campaigned on deregulating
reconstruction of older apartment blocks, a message that resonated in the wealthy districts
south of the Han River but struggled elsewhere. He conceded at about 4.15pm British time on
Wednesday, a quarter past midnight in Seoul. "I humbly accept the judgment of the citizens of
Seoul," he said.

The conservatives' difficulties go beyond housing. The party has had four leaders in two
years, and its current leader, Seo Jae-hwan, spent the campaign fending off questions about
whether he would survive a poor result.

"Voters were not so much enthusiastic about the Democrats as tired of a party that could not
decide what it stood for," said Dr Eleanor Whitfield, who studies Korean politics at King's
College London.

Han will take office on 1 July with a city council in which her party holds a majority, which
should make her housing plans easier to pass. Her harder task may be the central government:
the land she needs is partly controlled by national agencies, and ministers have their own
housing targets to meet before the next parliamentary election in 2028.
"""),
}

_EL_LOCAL = {
    "kind": "local",
    "domain": "seoulcitybeat.example",
    "path": "/news/city-hall/mayor-elect-han-first-100-days-your-district",
    "site": "Seoul City Beat",
    "section": "City Hall",
    "headline": "Mayor-elect Han Ji Woo's first 100 days: what her win means for your district",
    "title": "Mayor-elect Han Ji Woo's first 100 days: what her win means for your district",
    "desc": "Turnout by district, the council majority, and the housing and transit pledges "
    "to watch after the Seoul mayoral election.",
    "byline": "By Yoon Seo-hyun and Daniel Park",
    "date_mode": "none",
    "weather": "Seoul 24C, partly cloudy · Fine dust: moderate",
    "nav": ["News", "City Hall", "Neighborhoods", "Transit", "Housing", "Food", "Events"],
    "community": "Gwangjang Market night food fair returns this weekend; submit your "
    "neighborhood events to our calendar.",
    "figure": (
        "Seoul City Hall, where mayor-elect Han Ji Woo will take office on July 1.",
        "Seoul City Beat",
    ),
    "related": [
        "Line 9 extension: what the new mayor has promised",
        "Seocho residents push back on redevelopment rules",
        "Where to find free summer concerts in Seoul",
    ],
    "mostread": [
        "Han River swimming pools open early",
        "New late-night bus routes from Hongdae",
        "Rent survey: studio prices near universities",
    ],
    "paras": _t("""
Seoul has a new mayor-elect. Han Ji Woo of the Democratic Party won Wednesday's election with
2,873,416 votes, or 51.3%, against 45.9% for Park Sung-hoon of the People Power Party, and
will move into City Hall on July 1. Here is what the result means for the city's 25 districts
and what to watch in her first 100 days.

Turnout in Seoul reached 59.1% once postal ballots were counted, slightly above the national
figure. It was highest in Seocho (63.8%) and lowest in Geumcheon (53.4%). Han carried 18 of
the 25 districts, while Park won the seven most conservative, including Gangnam, Seocho,
Songpa and Yongsan, where concerns about redevelopment rules and property taxes dominated.

The Democrats also won 16 of the 25 district heads, up from eight four years ago, and a
majority on the Seoul Metropolitan Council. That matters: the council must approve the budget
and most of Han's housing plan.

Housing is the centerpiece. Han has pledged 200,000 public and affordable homes over four
years. Her campaign identified sites including former rail yards near Seoul Station,
underused land owned by city agencies in Gangseo and Nowon, and space above a planned
depot in Eunpyeong. Critics note that similar targets by previous mayors fell well short,
partly because sites owned by national agencies proved hard to secure.

On transit, Han has promised a 30% discount on subway and bus fares for residents aged 19 to
24, to start in early 2027 if the council agrees to fund it. Her team puts the cost at about
180 billion won a year. She has also promised to review the route of the Line 9 extension in
the eastern districts.

The transition team will be led by Moon Kyung-ah, a former deputy mayor, Han's campaign said
on Thursday. Its first task is a review of the city's finances, which Han's aides say will be
published within 30 days.

"We want the first 100 days to show people that the housing plan is real, not a slogan," Moon
told Seoul City Beat. "That means named sites, a timetable and money in the budget."

Park, who won about 45.9% of the vote citywide, carried more than 60% in parts of Gangnam and
Seocho. He conceded shortly after midnight. Lee Da-eun, an independent who campaigned on
climate and cycling, won 2.8%.

Residents in Mapo, where Han served two terms as district mayor, were among her strongest
supporters. "She fixed the drainage on our street after the 2022 floods," said Choi Jae-won,
67, who runs a stationery shop near Mangwon Market. "That is why I trusted her with the
city."

Han has said she will hold a town hall meeting in each district in her first year, starting
in the northeast. We will publish the dates as they are announced.
"""),
}


# ---------------------------------------------------------------------------
# Story 3 - ct-EC3 - Supreme Court of Japan, upper house vote-value ruling (CONTROL)
# ---------------------------------------------------------------------------

_CT_WIRE = {
    "kind": "wire",
    "domain": "northgatewire.example",
    "path": "/world/asia/japan-top-court-upper-house-vote-disparity-ruling",
    "site": "Northgate Wire",
    "section": "World / Asia",
    "headline": "Japan top court says 2025 upper house vote was in 'state of "
    "unconstitutionality' but lets result stand",
    "title": "Japan top court finds 2025 upper house vote in 'state of unconstitutionality' "
    "- Northgate Wire",
    "desc": "Japan's Supreme Court said the gap in the weight of votes in the July 2025 upper "
    "house election violated equality but rejected demands to annul the result.",
    "byline": "By Reiko Fujimura",
    "date_mode": "meta",
    "iso": "2026-10-21T06:35:00Z",
    "visible": "October 21, 2026, 3:35 PM JST",
    "nav": ["World", "Asia", "Markets", "Politics", "Tech", "Graphics"],
    "figure": (
        "Lawyers who brought the case unfurl a banner outside the Supreme Court in Tokyo "
        "after the ruling.",
        "Northgate Wire/Hiroshi Kato",
    ),
    "credits": "Reporting by Reiko Fujimura; Editing by Alex Brennan and Chizu Ono",
    "related": [
        "Japan's lower house electoral map: what changed in 2022",
        "Supreme Court upholds ban on dual surnames, again",
        "LDP faces pressure over rural seats",
    ],
    "mostread": [
        "Nikkei hits record as weak yen lifts exporters",
        "Japan to expand visa for skilled workers",
        "Tokyo governor unveils childcare subsidy",
    ],
    "paras": _t("""
TOKYO, Oct 21 (Northgate) - Japan's Supreme Court ruled on Wednesday that the disparity in
the weight of votes in last year's House of Councillors election was in a "state of
unconstitutionality", but rejected demands from lawyers' groups to annul the results, leaving
it to parliament to fix the imbalance.

The 15-member Grand Bench, presided over by Chief Justice Yoshiro Imamura, delivered the
ruling at 3 p.m. (0600 GMT). Eleven justices formed the majority. Three justices wrote that
the election was unconstitutional outright, though they too stopped short of voiding it, and
one said the disparity was within constitutional limits.

In the July 20, 2025 election, a vote in Fukui Prefecture, the constituency with the fewest
voters per seat, carried 3.13 times the weight of a vote in Kanagawa Prefecture, the most
under-represented. The maximum gap in the 2022 election had been 3.03 times, which the top
court found constitutional in October 2023.

"The Diet cannot be said to have made sufficient efforts to correct the disparity since the
2022 election, and the inequality in the value of votes had reached a level that raises a
serious problem of constitutionality," the majority opinion said. It added, however, that a
reasonable period for the Diet to correct the gap had not yet passed.

Two groups of lawyers had filed 16 lawsuits with high courts and their branches across the
country, covering all 45 constituencies. Of the 16 rulings handed down between November 2025
and February 2026, ten found a state of unconstitutionality, five found the election
constitutional and one, by the Takamatsu High Court, declared it unconstitutional but
declined to void it.

"Ten years of warnings and the Diet still has not acted. A court that only warns is not
protecting voters," Kenji Morimoto, a lawyer who led one of the groups, told reporters outside
the court.

Chief Cabinet Secretary Daisuke Terashima told a regular news conference that the government
would "carefully examine" the ruling and that electoral reform was a matter for discussion
among parties in the Diet.

The upper house has 248 seats, half of which are contested every three years. A 2015 reform
merged four sparsely populated prefectures into two combined constituencies, and seats were
added in 2018, but the continued drift of population to Tokyo and its neighbours has since
widened the gap again.

The ruling is the first since 2014 in which the top court has found an upper house election to
be in a state of unconstitutionality. The next upper house election is due in the summer of
2028, giving parties less than two years to agree on a new map.

Japan's courts have never annulled a national election over malapportionment, relying instead
on a doctrine that allows them to declare an election illegal or flawed while leaving the
result in place to avoid political chaos.
"""),
}

_CT_PAPER = {
    "kind": "paper",
    "domain": "japancourier.example",
    "path": "/politics/supreme-court-warning-upper-house-map-2028",
    "site": "The Japan Courier",
    "section": "Politics",
    "headline": "Top court's warning puts pressure on parties to redraw upper house map "
    "before 2028",
    "title": "Top court's warning puts pressure on parties to redraw upper house map before "
    "2028 | The Japan Courier",
    "desc": "After the Supreme Court's 'state of unconstitutionality' finding, rural and "
    "urban lawmakers are at odds over how to narrow the gap in vote values.",
    "byline": "By Kenta Ishizaki / Courier Staff Writer",
    "date_mode": "visible",
    "visible": "October 22, 2026 5:00 am JST",
    "nav": ["National", "Politics", "Business", "World", "Society", "Culture", "Opinion"],
    "figure": (
        "Chief Justice Yoshiro Imamura, center, and other justices of the Grand Bench at the "
        "Supreme Court in Tokyo on Wednesday.",
        "Pool photo",
    ),
    "related": [
        "Editorial: The Diet must stop ignoring the courts",
        "How the vote-value lawsuits began",
        "Graphic: Voters per seat by prefecture",
    ],
    "mostread": [
        "Bear sightings prompt school closures in Akita",
        "Shinkansen extension to Tsuruga marks record ridership",
        "Koshien champions honored in hometown parade",
    ],
    "paras": _t("""
The Supreme Court's ruling on Wednesday that the 2025 House of Councillors election was held
in a "state of unconstitutionality" has handed political parties an unwelcome deadline: fix
the gap in vote values before the next upper house poll in 2028, or risk a sharper rebuke.

A majority of 11 of the Grand Bench's 15 justices found that the maximum disparity of 3.13
times between Fukui and Kanagawa prefectures in the July 2025 election breached the
constitutional principle of equality of votes, while stopping short of declaring the poll
unconstitutional. The court unanimously rejected the plaintiffs' demand to invalidate the
results.

Four justices wrote separate opinions. Three of them, Justices Haruka Onodera, Takeshi
Kuramochi and Emi Sasaki, said the election itself was unconstitutional; Justice Masato Fujie
found it constitutional, arguing that the Diet had shown "a degree of effort" by debating
reform in a cross-party council in 2024.

In Kanagawa, about 961,000 voters shared each seat in the 2025 election, against roughly
307,000 in Fukui. Populous prefectures around Tokyo and Osaka have gained voters since the
last redistricting, while many rural prefectures have continued to shrink.

The Liberal Democratic Party, whose support is concentrated in rural areas, has resisted
merging more prefectures into combined constituencies. "We take the ruling seriously, but we
must also listen to the voices of regions that are losing population," said Hiroshi
Nagamine, who heads the party's election strategy committee.

Options under discussion include merging more prefectures, as was done for Tottori and
Shimane and for Tokushima and Kochi under a 2015 law first applied at the 2016 election;
adding seats in urban prefectures; or moving to a system of regional blocks. Each has drawbacks. Governors of merged prefectures complain that
their voters feel unrepresented, and adding seats is unpopular at a time when parties are
promising to cut the cost of politics.

"The Diet has been warned for ten years and still has not acted. A court that only issues
warnings is not protecting voters," said lawyer Kenji Morimoto, who led one of the two groups
of plaintiffs. Ayako Shirai, who led the other, said the groups would sue again after the
2028 election if the disparity still exceeded three times.

Since 2012, the Supreme Court has declared an upper house election to be in a state of
unconstitutionality three times, for the 2010, 2013 and now the 2025 polls. It found the
2016, 2019 and 2022 elections constitutional, citing the Diet's reform efforts.

Chief Cabinet Secretary Daisuke Terashima said on Wednesday that the government would
"carefully examine" the ruling. Opposition parties called for a cross-party council to be
convened before the end of the year.

Constitutional scholars say the court's patience has limits. "The majority has now said, in
effect, that the Diet used up the credit it earned in 2015," said Professor Ryoichi Shimazu of
Waseda University. "If nothing changes by 2028, I would expect more justices to join the three
who called the election unconstitutional."
"""),
}

_CT_TRADE = {
    "kind": "trade",
    "domain": "asialawbrief.example",
    "path": "/japan/constitutional/vote-value-ruling-state-of-unconstitutionality-limits",
    "site": "Asia Law Brief",
    "section": "Japan / Constitutional law",
    "headline": "Vote-value ruling: the Supreme Court's 'state of unconstitutionality' and the "
    "limits of judicial warnings",
    "title": "Vote-value ruling: 'state of unconstitutionality' and the limits of judicial "
    "warnings - Asia Law Brief",
    "desc": "How the Grand Bench applied its three-step test to the 2025 House of Councillors "
    "election, and what the separate opinions signal.",
    "byline": "By Naoko Ishiguro-Bell, Contributing Editor (Tokyo)",
    "date_mode": "none",
    "tags": ["Japan", "Supreme Court", "Elections", "Malapportionment"],
    "bio": "Naoko Ishiguro-Bell is a Tokyo-based lawyer and writes on public law in Japan.",
    "event": "Webinar: Election law in East Asia - register for the free session.",
    "snapshot": [
        ("Court", "Supreme Court of Japan, Grand Bench"),
        ("Election", "House of Councillors, 20 July 2025"),
        ("Maximum disparity", "3.13 times (Fukui v Kanagawa)"),
        ("Holding", "State of unconstitutionality; claims dismissed"),
    ],
    "figure": (
        "The Supreme Court building in Chiyoda, Tokyo.",
        "Asia Law Brief",
    ),
    "related": [
        "Korea's Constitutional Court and district size: a comparison",
        "Japan's same-sex marriage cases: where things stand",
        "Taiwan's referendum threshold debate",
    ],
    "paras": _t("""
Last Wednesday's judgment of the Grand Bench of the Supreme Court of Japan (21 October 2026)
on the 2025 House of Councillors election follows a familiar structure, but the balance of
opinions within it suggests the court's patience with the Diet is wearing thin.

The plaintiffs, two groups of lawyers who have challenged every national election for more
than a decade, argued that the maximum disparity in voters per seat between constituencies
in the election of 20 July 2025, 3.13 times between Fukui (fewest voters per seat) and
Kanagawa (most), violated the equality guarantee in Article 14(1) of the Constitution, read
with Articles 43 and 44. They sought invalidation of the results in the 16 suits filed
across the country, which between them covered all 45 constituencies.

The court's approach is a three-step test. First, is the disparity so large that it amounts
to a "state of unconstitutionality"? Second, if so, has a reasonable period for the Diet to
correct it elapsed, so that the apportionment provision is itself unconstitutional? Third, if
it is unconstitutional, should the election be annulled, or should the court apply by analogy
the "circumstances ruling" in Article 31 of the Administrative Case Litigation Act, declaring
the election illegal without voiding it?

The majority of eleven justices, led by Chief Justice IMAMURA Yoshiro, answered yes to the
first question and no to the second. It reasoned that the Diet had made little progress since
the 2022 election, when the disparity was 3.03 times and which the court upheld in October
2023, but that the period since the 2025 poll's apportionment was fixed was not long enough to
find that the Diet had failed in its duty.

Three justices (Onodera, Kuramochi and Sasaki) would have answered yes to the second question
as well, but each applied the circumstances ruling and declined to annul. One justice, Fujie,
found no state of unconstitutionality at all. The vote was therefore eleven to four on the
constitutional question, though the court was unanimous in dismissing the claims for
invalidation.

The lower courts had been more divided. Of the 16 high court rulings delivered between
November 2025 and February 2026, ten found a state of unconstitutionality, five found no
violation and one, the Takamatsu High Court, held the apportionment unconstitutional but
applied the circumstances ruling.

For practitioners, three points stand out. First, the majority did not set a numerical
ceiling, repeating that there is no fixed threshold, though commentators have long read 3
times as a practical line. Second, it explicitly criticised the Diet for abandoning the
promise in the supplementary provisions of the 2018 amendment to pursue a "fundamental
review" of the system. Third, the number of justices prepared to find the apportionment
unconstitutional outright, three, is higher than in any upper house case since 2014.

"Counting heads on the Grand Bench, the Diet should not assume it will get another warning,"
said Professor Ryoichi Shimazu of Waseda Law School. "Three votes for unconstitutionality
today could be five or six after 2028."

The next ordinary election for the House of Councillors is expected in July 2028. Without a
new apportionment law before then, the disparity, on current population estimates, would rise
to roughly 3.2 times.
"""),
}

_CT_LOCAL = {
    "kind": "local",
    "domain": "yokohamabaypost.example",
    "path": "/news/kanagawa/kanagawa-voters-still-count-for-less-top-court",
    "site": "Yokohama Bay Post",
    "section": "Kanagawa",
    "headline": "Kanagawa voters still count for less, says top court - but 2025 result stands",
    "title": "Kanagawa voters still count for less, says top court - Yokohama Bay Post",
    "desc": "A vote in Kanagawa weighed less than a third of one in Fukui in last year's upper "
    "house election. The Supreme Court called that a 'state of unconstitutionality'.",
    "byline": "By Sayaka Uchiyama",
    "date_mode": "jsonld",
    "iso": "2026-10-21T17:20:00+09:00",
    "visible": "Posted Oct. 21, 2026, 5:20 p.m.",
    "weather": "Yokohama 19C, clear · Port wind 4 m/s",
    "nav": ["News", "Kanagawa", "Yokohama", "Kawasaki", "Shonan", "Transit", "Events"],
    "community": "Yokohama Jazz Promenade volunteer sign-up closes this Friday.",
    "figure": (
        "Voters at a polling station in Yokohama's Kohoku Ward in July 2025.",
        "Yokohama Bay Post file photo",
    ),
    "related": [
        "Minato Mirai hotel occupancy at record high",
        "Kawasaki to expand free school lunches",
        "Sagami line timetable changes in November",
    ],
    "mostread": [
        "Chinatown festival dates announced",
        "Yokohama Marathon course changes",
        "Kamakura limits tour buses on weekends",
    ],
    "paras": _t("""
A vote cast in Kanagawa Prefecture in last year's House of Councillors election counted for
less than a third of one cast in Fukui, and the Supreme Court said on Wednesday that the gap
had reached a "state of unconstitutionality."

The Grand Bench, made up of all 15 justices, handed down its ruling at 3 p.m. in Tokyo. A
majority of 11 found that the disparity, 3.13 times between Fukui and Kanagawa in the July
2025 election, was a serious problem of equality under the Constitution. But the court
declined to annul the results, saying the Diet had not yet run out of time to fix it.

Kanagawa had about 961,000 voters per seat in the 2025 election, the most of any
constituency. The prefecture's roughly 7.7 million voters elect eight members of the upper
house, four at each election.

The Kanagawa suit was filed against the Kanagawa Prefectural Election Administration
Commission, which runs the vote in the prefecture. The Tokyo High Court, which heard it, found
a state of unconstitutionality in January but also rejected the demand to void the election.

"We will respond appropriately in line with the ruling," commission chair Tomoko Aizawa said
in a statement. "How to apportion seats is a matter for the Diet."

Shun Tachibana, a Yokohama lawyer who was part of the group of plaintiffs led by Kenji
Morimoto, said the ruling was "better than nothing, but not by much."

"For ten years the court has been warning the Diet, and for ten years the Diet has been
ignoring it," he said. "Kanagawa voters are the ones paying the price."

Governor Satoru Hiramatsu said he would raise the issue with the prefecture's Diet members
and with the National Governors' Association. "Kanagawa has more people than many countries,
but its voice in the upper house is diluted," he said.

On the streets of Yokohama, reactions ranged from resigned to unaware. "I did not know my vote
was worth less. That is a bit shocking," said Emi Kato, 34, an office worker in Kohoku Ward.
"But I am not sure changing the map would change who wins."

Three of the justices went further than the majority, writing that the election was
unconstitutional, while one found no problem at all. All 15 agreed that the results should
stand.

The next upper house election is expected in July 2028. Population estimates compiled by the
prefecture suggest Kanagawa's number of voters per seat will keep rising, while Fukui's
continues to fall.
"""),
}


# ---------------------------------------------------------------------------
# Story 4 - tr-EC4 - Taiwan October export data (planted x3)
# ---------------------------------------------------------------------------

_TR_WIRE = {
    "kind": "wire",
    "domain": "kestrelwire.example",
    "path": "/markets/asia/taiwan-october-exports-record-ai-servers",
    "site": "Kestrel Wire",
    "section": "Asia Pacific Economy",
    "headline": "Taiwan October exports jump 31.4% to record as AI server boom rolls on",
    "title": "Taiwan October exports jump 31.4% to record as AI server boom rolls on "
    "| Kestrel Wire",
    "desc": "Taiwan's exports rose 31.4% year on year in October to a record $61.24 billion, "
    "beating forecasts, as shipments to the United States surged.",
    "byline": "By Wen Chia-hui and Ben Lau",
    "date_mode": "meta",
    "iso": "2026-11-09T08:25:00Z",
    "visible": "November 9, 2026 4:25 PM GMT+8",
    "figure": (
        "Containers are stacked at the port of Kaohsiung, southern Taiwan.",
        "Kestrel Wire/Lin Yu-an",
    ),
    "credits": "Reporting by Wen Chia-hui and Ben Lau; Editing by Priyanka Das",
    "related": [
        "South Korea's October exports rise 12.4% on chip demand",
        "Taiwan central bank keeps rates on hold, raises growth view",
        "Server makers plan new capacity in Texas",
    ],
    "mostread": [
        "China's factory activity slips back into contraction",
        "Yen weakens past 152 per dollar",
        "Foxconn-style rivals race for AI rack orders",
    ],
    "paras": _t("""
TAIPEI, Nov 9 (Kestrel Wire) - Taiwan's exports rose 31.4% in October from a year earlier to
a record $61.24 billion, the finance ministry said on Monday, as demand for artificial
intelligence servers and advanced chips showed no sign of easing and shipments to the United
States surged.

The increase beat the 26.0% median forecast in a Kestrel Wire poll of 14 economists and
accelerated from September's 24.1% growth, when exports totalled $57.3 billion. It was the
12th consecutive month of year-on-year gains and topped the previous monthly record of $58.93
billion set in August.

Imports rose 22.6% to $45.87 billion, leaving a trade surplus of $15.37 billion, the ministry
said.

Exports to the United States, Taiwan's largest market since last year, jumped 58.2% to $19.8
billion, accounting for 32.3% of the total. Shipments to China and Hong Kong rose 9.6% to
$15.1 billion.

Exports of information, communication and audio-video products, a category dominated by
servers, soared 71.5% to $27.4 billion, while electronic components, mainly semiconductors,
rose 19.8% to $17.2 billion. Traditional industries were weaker, with plastics and rubber down
3.1% and base metals down 1.2%.

"Demand for AI servers and high-performance computing remains the main engine, and we have
not yet seen signs of it cooling," Kuo Ya-ting, director-general of the ministry's Department
of Statistics, told a news conference.

Kuo said exports in November were expected to reach between $56 billion and $59 billion, an
increase of 18% to 23% from a year earlier. She cautioned that the comparison base would rise
from December, when last year's shipments first began to reflect the server boom.

In the first 10 months of the year, exports totalled $528.6 billion, up 27.9% from the same
period of 2025.

The strong numbers come as Taiwanese contract manufacturers continue to expand server assembly
capacity in Mexico and the United States. Most Taiwanese goods face a 15% U.S. tariff under an
agreement reached in January, but semiconductors and servers have so far been largely
exempt.

The statistics agency DGBAS in August raised its forecast for 2026 economic growth to 6.12%;
it is due to publish a new forecast later this month, and several private economists said the
October data pointed to an upgrade.

"The surprise is not that servers are strong, but that the strength is broadening to
components and networking gear," said Alicia Chou, Greater China economist at Pelham Arc
Capital in Hong Kong.

The data were released after the Taiwan stock market closed. The benchmark Taiex had ended
0.8% higher at 29,406.18.
"""),
}

_TR_PAPER = {
    "kind": "paper",
    "domain": "taipeidaybreak.example",
    "path": "/business/us-outpaces-china-october-exports-record",
    "site": "Taipei Daybreak",
    "section": "Business",
    "headline": "US outpaces China by wider margin as October exports hit record",
    "title": "US outpaces China by wider margin as October exports hit record - Taipei Daybreak",
    "desc": "Exports to the US rose 58.2 percent in October, taking almost a third of "
    "Taiwan's total shipments, the Ministry of Finance said.",
    "byline": "By Hsieh Pei-jun / Staff reporter",
    "date_mode": "jsonld",
    "iso": "2026-11-10T06:30:00+08:00",
    "visible": "Tuesday, November 10, 2026",
    "nav": ["Taiwan", "Politics", "Business", "Cross-Strait", "World", "Sports", "Lifestyle"],
    "figure": (
        "Server racks on an assembly line at a factory in Taoyuan.",
        "Photo: Taipei Daybreak",
    ),
    "related": [
        "Taichung machine tool makers look to India",
        "Editorial: Diversify before the boom ends",
        "Power supply: Taipower says reserve margin adequate this winter",
    ],
    "mostread": [
        "MRT Circular Line extension opens next month",
        "Typhoon-damaged roads in Taitung reopen",
        "Night market prices rise with egg costs",
    ],
    "paras": _t("""
Taiwan's exports hit a record US$61.24 billion last month, up 31.4 percent year-on-year, as
shipments to the US continued to outpace those to China by a widening margin, the Ministry of
Finance said yesterday.

Exports to the US rose 58.2 percent to US$19.8 billion, or almost a third of total
shipments, while exports to China and Hong Kong grew 9.6 percent to US$15.1 billion, their
share slipping to 24.7 percent from 29.6 percent a year earlier.

"Demand for AI servers and high-performance computing remains the main engine, and we have
not yet seen any signs of cooling," Deputy Finance Minister Kuo Ya-ting told a news
conference in Taipei.

In New Taiwan dollar terms, October exports were worth about NT$1.97 trillion.

Imports rose 22.6 percent to US$45.87 billion, producing a trade surplus of US$15.37 billion,
the ministry said.

Exports of information, communication and audio-video products, which include servers and
networking equipment, surged 71.5 percent to US$27.4 billion, more than 44 percent of the
total. Electronic components rose 19.8 percent.

Traditional industries continued to lag. Machinery exports fell 2.4 percent, while plastics
and rubber dropped 3.1 percent, hit by weak demand and competition from Chinese producers.

"The numbers on the front page are wonderful, but for us it feels like a different economy,"
said Lin Cheng-hsiung, secretary-general of a Taichung-based machinery trade group. "Our
members are fighting over every order, and the strong currency earlier this year did not
help."

Kuo said she expected exports in November to reach between US$56 billion and US$59 billion,
up 18 to 23 percent from a year earlier, and full-year shipments to exceed US$630 billion.

For the first 10 months, exports totaled US$528.6 billion, up 27.9 percent from the same
period last year.

Exports to the US overtook those to China and Hong Kong combined in 2025, a first
in more than two decades, and the gap has widened in almost every month since.

Economist Chen Yu-hsuan at Formosa Pacific Securities said the reliance on AI-related products
was "a double-edged sword."

"When one category is more than 40 percent of exports, a slowdown in a few customers' capital
spending would hit Taiwan's growth hard," Chen said. "Right now there is no sign of that, but
the government should use the good years to help traditional industries upgrade."

The New Taiwan dollar closed at NT$32.18 against the US dollar on Monday, little changed from
Friday. The data were published after the market close.
"""),
}

_TR_TRADE = {
    "kind": "trade",
    "domain": "chipandcontainer.example",
    "path": "/analysis/taiwan-october-trade-servers-carry-the-load",
    "site": "Chip & Container",
    "section": "Trade data / Taiwan",
    "headline": "Taiwan's October trade: servers carry the load as the surplus widens",
    "title": "Taiwan's October trade: servers carry the load as the surplus widens "
    "| Chip & Container",
    "desc": "ICT products drove another record month for Taiwan's exporters, while imports "
    "of chipmaking equipment kept climbing.",
    "byline": "By Priya Raman, Supply Chain Editor",
    "date_mode": "none",
    "tags": ["Taiwan", "Semiconductors", "AI servers", "Air cargo", "Trade data"],
    "bio": "Priya Raman covers electronics supply chains and trade flows from Singapore.",
    "event": "Supply Chain Asia Summit, Kaohsiung: early-bird rates end soon.",
    "snapshot": [
        ("Exports", "$61.24bn (+31.4% y/y)"),
        ("Imports", "$45.87bn (+22.6% y/y)"),
        ("ICT and A/V products", "$27.4bn (+71.5% y/y)"),
        ("Jan-Oct exports", "$528.6bn (+27.9% y/y)"),
    ],
    "figure": (
        "Air cargo pallets are loaded at Taoyuan International Airport.",
        "Chip & Container",
    ),
    "related": [
        "Trans-Pacific air freight rates: the AI premium",
        "Korea's memory exports: pricing over volume",
        "Malaysia's back-end chip plants race to add capacity",
    ],
    "paras": _t("""
Another month, another record. Taiwan's exports reached $61.24bn in October, up 31.4% year on
year, according to Ministry of Finance data published on Monday afternoon, and once again the
story was servers.

Shipments of information, communication and audio-video products, the customs category that
captures AI servers, switches and related gear, rose 71.5% to $27.4bn. That is 44.7% of
total exports, against roughly a third a year ago. Electronic components, mainly
semiconductors, rose 19.8% to $17.2bn; integrated circuits accounted for $15.9bn of that.

The trade surplus widened to $13.57bn from about $9.2bn a year earlier, as imports grew more
slowly than exports, rising 22.6% to $45.87bn. Within imports, capital equipment jumped 38.5%
to $9.6bn, reflecting continued purchases of lithography and deposition tools by the
island's foundries for advanced-node and packaging lines.

Kuo Ya-ting, who heads the ministry's statistics department, said demand for AI servers and
high-performance computing was still "the main engine" and that the ministry had seen no signs
of cooling. She forecast November exports of $56bn to $59bn.

The logistics picture matches the customs data. Cargo volume at Taoyuan International Airport
rose 14.6% in October from a year earlier, according to the airport operator, with
high-value server racks increasingly flown rather than shipped. Spot air freight rates from
Taipei to Chicago averaged about $5.40 per kilogram in the last week of October, up from $4.10
a year earlier, according to freight platform FreightPulse.

By sea, container throughput at Kaohsiung rose a more modest 4.8%. Forwarders say much of the
lower-value trade, from machinery to petrochemicals, remains weak, a point borne out by the
ministry's data: plastics and rubber exports fell 3.1% and base metals 1.2%.

The US remains the dominant destination. Exports to the US jumped 58.2% to $19.8bn, about 32%
of the total, while China and Hong Kong took $15.1bn, up 9.6%. Year to date, exports reached
$528.6bn, up 27.9% on the first ten months of 2025.

Two risks loom for 2027. The first is the base effect: the server boom began to show up in
Taiwan's numbers from December 2025, so year-on-year growth rates will mechanically slow. The
second is policy. Servers and chips have so far been largely spared from the 15% US tariff
that applies to most Taiwanese goods, but the outcome of Washington's sectoral review of
semiconductors is still pending.

"Customers are pulling orders forward where they can," said Martin Huang, chief executive of
Taoyuan-based forwarder Skybridge Logistics. "Nobody wants to be holding inventory on the
wrong side of a tariff decision."

For now, though, the pipeline looks full. Server makers' monthly sales reports, due later this
week, will show whether November has started as strongly as the ministry expects.
"""),
}

_TR_LIVE = {
    "kind": "live",
    "domain": "gmtmarkets.example",
    "path": "/live/asia-markets-taiwan-exports-yen",
    "site": "GMT Markets",
    "section": "Markets live",
    "headline": "Asia markets live: Taiwan exports hit record, Taiex firm, yen steady",
    "title": "Asia markets live: Taiwan exports hit record, Taiex firm, yen steady - GMT Markets",
    "desc": "Live coverage of Asian markets and economic data, including Taiwan's October "
    "trade figures.",
    "byline": "By Nadia Fairbrother and Chris Okafor",
    "date_mode": "visible",
    "visible": "Monday 9 November 2026 · Last updated 10:21 GMT",
    "tz_note": "All times GMT. Taipei is eight hours ahead of GMT.",
    "key_idx": [5, 6, 7],
    "figure": (
        "Traders at a brokerage in Taipei.",
        "GMT Markets/Stock image",
    ),
    "related": [
        "European markets live: DAX slips as autos weigh",
        "Oil live: Brent steady after weekend OPEC+ comments",
    ],
    "mostread": [
        "What the US jobs report means for December",
        "Gold's record run: who is buying",
        "Bitcoin swings on ETF outflows",
    ],
    "updates": [
        ("00:30 GMT", "Good morning", """
Welcome to our Asia markets coverage. The main data point today is Taiwan's October trade
report, due at 08:00 GMT (16:00 in Taipei), after the local stock market has closed. Forecasts
centre on export growth of about 26% year on year."""),
        ("01:10 GMT", "Japan's current account surplus widens", """
Japan posted a current account surplus of 3.21tn yen in September, wider than expected,
thanks to investment income. Dollar/yen little changed at 151.80."""),
        ("02:15 GMT", "Asian stocks mixed at midday", """
Asian markets are mixed at the midday break in Tokyo: the Nikkei is up 0.3%, the Kospi down
0.2% and the Hang Seng up 0.5%. In Taipei, hardware names are leading, with several server
makers up as much as 4% on expectations of another strong set of export numbers later today."""),
        ("05:35 GMT", "Taiex closes higher", """
Taiwan's Taiex closed 0.8% higher at 29,406.18, led by server makers ahead of the trade data.
Foreign investors were net buyers for a third session."""),
        ("06:40 GMT", "Preview: what to watch in Taiwan's trade data", """
A quick preview. Consensus is for October export growth of about 26%. Watch three things: the
share going to the US, the information and communication products category where servers are
counted, and imports of capital equipment, a rough guide to foundry spending. For reference,
September exports rose 24.1% to $57.3bn, and August set the previous monthly record of
$58.93bn."""),
        ("08:00 GMT", "Taiwan exports hit a record", """
Taiwan's exports rose 34.1% year on year in October to $61.24bn, a record for a single
month, the finance ministry says. The consensus was about 26%."""),
        ("08:06 GMT", "The details", """
Imports rose 22.6% to $45.87bn, giving a trade surplus of $15.37bn. Exports to the US jumped
58.2% to $19.8bn, about 32% of the total. Information, communication and audio-video products,
which is where AI servers sit, rose 71.5%."""),
        ("08:20 GMT", "Ministry sees strong November", """
The ministry's statistics chief, Kuo Ya-ting, expects November exports of $56bn-$59bn,
growth of 18% to 23%. She says there are no signs yet of AI demand cooling."""),
        ("08:45 GMT", "Taiwan dollar", """
The Taiwan dollar closed onshore at 32.18 per US dollar before the data. In the offshore
non-deliverable forwards market it has firmed slightly since the release."""),
        ("09:05 GMT", "Why the US share matters", """
Exports to the US now make up about a third of Taiwan's shipments, up from roughly a quarter
a year ago, while China and Hong Kong's share has slipped to 24.7%. Much of the US-bound trade
is servers assembled for American cloud companies, which is why the numbers are so sensitive
to any change in Washington's tariff treatment of electronics."""),
        ("09:30 GMT", "Analyst view", """
"This is a blowout number, and the composition matters: it is no longer just servers," says
Rachel Ng, Asia economist at Bellweather Partners in Singapore. "We are raising our 2026 GDP
forecast for Taiwan to 6.5%." """),
        ("10:21 GMT", "Year to date", """
One more number from the Taiwan release: exports in January-October totalled $528.6bn, up
27.9%. That is the cumulative figure for the first ten months, not October alone. We are
handing over to our Europe team now."""),
    ],
}


# ---------------------------------------------------------------------------
# Story 5 - rk-EC5 - Nuri rocket, fifth launch (planted x3)
# ---------------------------------------------------------------------------

_RK_WIRE = {
    "kind": "wire",
    "domain": "hanbitwire.example",
    "path": "/science/space/nuri-fifth-launch-k-sentinel-cubesats-orbit",
    "site": "Hanbit Wire",
    "section": "Science / Space",
    "headline": "South Korea's Nuri rocket puts Earth-observation satellite and 12 cubesats "
    "into orbit",
    "title": "South Korea's Nuri rocket puts Earth-observation satellite and 12 cubesats into "
    "orbit | Hanbit Wire",
    "desc": "The homegrown Nuri rocket succeeded on its fifth flight, the first with a private "
    "company leading launch operations alongside the state space agency.",
    "byline": "By Oh Ji-hoon",
    "date_mode": "meta",
    "iso": "2026-06-25T17:05:00Z",
    "iso_mod": "2026-06-25T18:20:00Z",
    "visible": "2026-06-26 03:20 KST · Updated",
    "nav": ["National", "North Korea", "Economy", "Science", "World", "Sports", "Photo"],
    "figure": (
        "The Nuri rocket lifts off from the Naro Space Center in Goheung, South Jeolla "
        "Province.",
        "Hanbit Wire/Pool",
    ),
    "credits": "Reporting by Oh Ji-hoon in Goheung; additional reporting by Han Yoo-jin in "
    "Daejeon; Editing by Grace Kim",
    "related": [
        "Explainer: what the K-Sentinel satellite will watch",
        "Japan's H3 rocket resumes launches after review",
        "Korea AeroSpace Administration unveils 2045 roadmap",
    ],
    "mostread": [
        "Won weakens as exporters hold dollars",
        "Heavy rain warning for Jeju",
        "K-league: Ulsan top the table",
    ],
    "paras": _t("""
GOHEUNG, South Korea, June 26 (Hanbit Wire) - South Korea's homegrown Nuri rocket placed an
Earth-observation satellite and 12 cubesats into orbit early on Friday, officials said, in the
first launch in which a private company led preparations and launch operations alongside the
state space agency.

The three-stage rocket lifted off from the Naro Space Center in Goheung, on the southern
coast, at 1:13 a.m. (1613 GMT Thursday), after an 18-minute hold to recheck a ground sensor.
The launch window had opened at 12:55 a.m.

The main payload, the 516-kilogram K-Sentinel 1, separated from the third stage 13 minutes and
27 seconds after liftoff at an altitude of about 600 km, followed by the cubesats, which were
released one at a time at 20-second intervals.

"Nuri has reached its target orbit and all the satellites have separated normally," Science
and ICT Minister Noh Jae-kyung told a news conference at the launch site at 2:40 a.m.

K-Sentinel 1 sent its first signal to a ground station in Svalbard, Norway, at 1:54 a.m., 41
minutes after launch. The Korea Aerospace Research Institute (KARI) said it expected to
establish two-way communication with the satellite from its ground station in Daejeon later
in the morning.

"Nuri has now shown it is a reliable ride to orbit, and the question is no longer whether
Korea can launch, but how often," KARI President Kwon Tae-ho said.

Daehan Aerospace Systems, which took over assembly of the rocket under a technology transfer
agreement signed in 2022, led launch operations for the first time, with about 150 of its
engineers working alongside KARI staff in the control room and on the pad.

Nuri, which stands 47.2 meters tall and weighs about 200 tonnes when fuelled, failed to place
a dummy satellite in orbit on its first flight in October 2021 but has succeeded on each
attempt since, including its fourth flight, also a night launch, in November 2025.

K-Sentinel 1, built by KARI with an optical camera supplied by the startup Optica Han, will
monitor crops, forests and coastal waters from a sun-synchronous orbit, passing over the Korean
Peninsula twice a day. Its mission is planned to last at least four years.

The 12 cubesats, built by universities, startups and government research institutes, will
test technologies ranging from a miniature synthetic aperture radar to a satellite-to-phone
messaging system.

The government plans a sixth launch in 2027 and has spent about 1.96 trillion won ($1.42
billion) on the Nuri programme since 2010. A larger, partly reusable successor rocket is under
development for the 2030s.

Several thousand people watched the launch from an observatory at Namyeol beach, about 17 km
from the pad, despite the late hour.
"""),
}

_RK_TRADE = {
    "kind": "trade",
    "domain": "launchledger.example",
    "path": "/launches/nuri-flight-5-k-sentinel-1-cubesat-rideshare",
    "site": "Launch Ledger",
    "section": "Launch report",
    "headline": "Nuri flight 5: K-Sentinel 1 and cubesat rideshare reach 600 km SSO",
    "title": "Nuri flight 5: K-Sentinel 1 and cubesat rideshare reach 600 km SSO - Launch Ledger",
    "desc": "South Korea's KSLV-II completed its fifth flight with a nominal ascent; a look at "
    "the flight profile, payloads and what comes next.",
    "byline": "By Jonas Ekberg",
    "date_mode": "none",
    "tags": ["South Korea", "Nuri", "KSLV-II", "Cubesats", "Launch report"],
    "bio": "Jonas Ekberg tracks launch activity for Launch Ledger. All times in UTC unless "
    "stated.",
    "event": "Launch Ledger Live: quarterly launch review, streamed online.",
    "snapshot": [
        ("Vehicle", "Nuri (KSLV-II), three stages"),
        ("Site", "Naro Space Center, Goheung"),
        ("Orbit", "600 km (373 mi) sun-synchronous"),
        ("Payloads", "K-Sentinel 1 + 12 cubesats"),
    ],
    "figure": (
        "Nuri on the launch pad at Naro ahead of flight 5.",
        "Image: KARI",
    ),
    "related": [
        "H3 return to flight: what changed",
        "Small launchers in Asia: the 2026 scorecard",
        "Cubesat dispensers: who builds them",
    ],
    "paras": _t("""
South Korea's Nuri (KSLV-II) completed its fifth flight on 25 June, lifting off from the
second launch pad at the Naro Space Center at 16:31 UTC (01:31 KST on 26 June) and delivering
the K-Sentinel 1 Earth-observation satellite and a rideshare of cubesats to a 600 km (373 mi)
sun-synchronous orbit.

The count had been held for 18 minutes inside the window to recheck a ground sensor reading,
after which it resumed without further issues.

The ascent appears to have been nominal. The first stage, powered by four clustered 75-tonne
class kerosene and liquid oxygen engines, burned for about 127 seconds. Fairing separation
came at about T+3:53, and the third stage, with its single 7-tonne class engine, burned for
roughly 500 seconds before K-Sentinel 1 separated at T+13:27.

Twelve cubesats, from five universities, four startups and three government research
institutes, followed at 20-second intervals from a dispenser on the third stage, the last
leaving about four minutes after the main payload. Acquisition of signal from K-Sentinel 1 came
at the Svalbard station 41 minutes after liftoff.

This flight matters less for the vehicle, which has now flown successfully four times in a row
since its first-flight failure in 2021, than for who flew it. Daehan Aerospace Systems, the
prime contractor since a 2022 technology transfer agreement with the Korea Aerospace Research
Institute (KARI), led launch operations for the first time, with KARI in an oversight role.

"The vehicle performed within a fraction of a percent of prediction on every stage," said Seo
Min-jae, KARI's Nuri project director, in a post-launch briefing. "The handover to industry
is working."

K-Sentinel 1 is a 516 kg spacecraft with a high-resolution optical imager built by Optica Han.
Its orbit gives it a repeat pass over the Korean Peninsula twice daily. The cubesats carry
experiments including a miniature synthetic aperture radar, an inter-satellite laser link and
a direct-to-phone messaging payload.

Nuri's rated capacity is about 1.5 tonnes to a 700 km sun-synchronous orbit, which limits its
commercial appeal against larger vehicles. Korea is instead positioning it as a sovereign
launcher for government payloads, with a sixth flight planned for 2027 and an ambition to fly
about once a year thereafter.

The longer-term bet is a successor vehicle, KSLV-III, a two-stage methane-fuelled rocket with
a reusable first stage, planned for the 2030s. Daehan Aerospace Systems has said it intends to
bid for a role as prime contractor on that programme too.

Regionally, Nuri's success adds to a busy year in Asian launch activity. Japan's H3 has
returned to flight after its review, and several Chinese commercial launchers have reached
orbit for the first time. Korea, by contrast, is moving slowly and deliberately: five Nuri
flights in five years is not a high cadence, but four successes in a row is a solid record on
which to build a launch industry.
"""),
}

_RK_PAPER = {
    "kind": "paper",
    "domain": "morningstandard.example",
    "path": "/national/science/after-nuri-success-korea-eyes-routine-launches",
    "site": "The Korea Morning Standard",
    "section": "National / Science",
    "headline": "After fifth Nuri success, Korea eyes routine launches - and a private space "
    "industry",
    "title": "After fifth Nuri success, Korea eyes routine launches - The Korea Morning "
    "Standard",
    "desc": "K-Sentinel 1 is healthy and most of the cubesats have checked in, KARI says, as "
    "the government and industry plan what comes next.",
    "byline": "By Jang Min-seok",
    "date_mode": "visible",
    "visible": "Saturday, June 27, 2026",
    "nav": ["National", "Politics", "Business", "Science", "Culture", "Opinion", "Sports"],
    "figure": (
        "Engineers monitor K-Sentinel 1 at KARI's ground station in Daejeon.",
        "Courtesy of KARI",
    ),
    "related": [
        "Editorial: Space industry needs more than one rocket",
        "Goheung hopes launches will bring tourists",
        "Startups crowd into satellite manufacturing",
    ],
    "mostread": [
        "Monsoon rains arrive in the south",
        "KTX fares to rise in September",
        "Seoul apartment prices extend gains",
    ],
    "paras": _t("""
Engineers at the Korea Aerospace Research Institute (KARI) said yesterday that K-Sentinel 1,
the main satellite launched by the Nuri rocket early Friday, was in good health and had
completed the first checks of its power and attitude-control systems.

The rocket lifted off at 1:13 a.m. Friday from the Naro Space Center in Goheung, South Jeolla
Province, and released K-Sentinel 1 about 23 minutes later at an altitude of 600 kilometers.

KARI established two-way communication with the satellite from its ground station in Daejeon
at 7:48 a.m. Friday, about six and a half hours after launch. The first signal had been
picked up much earlier, at 1:54 a.m., by a ground station in Svalbard, Norway.

Of the 12 cubesats carried alongside it, 11 had made contact with their operators as of
yesterday afternoon, KARI said. One, built by a student team at a university in Busan, had not
yet been heard from; KARI said such delays were common with small satellites and that
attempts would continue for several weeks.

"Nuri reached its target orbit and every satellite separated normally," Science and ICT
Minister Noh Jae-kyung said at a briefing at the launch site early Friday, calling the launch
"a turning point for Korea's space industry."

The fifth launch was the first in which Daehan Aerospace Systems, the private company that has
taken over assembly of the rocket, led preparations and launch operations. About 150 of its
engineers worked alongside KARI staff.

The company plans to invest 480 billion won in a launch vehicle plant in Suncheon, near
Goheung, to be completed in 2028, and hopes to win orders from foreign customers once Nuri
flies more regularly.

"Six years ago there was nowhere in Korea to launch a satellite like ours," said Kang Eun-bi,
chief executive of Optica Han, the startup that built K-Sentinel 1's camera. "Now we have a
domestic rocket, and we can plan our business around it."

The government has spent about 1.96 trillion won on Nuri since the program began in 2010.
Critics say that is a lot for a rocket that has flown only five times, and that Korea should
focus its budget on satellites and buy launches abroad when needed. Supporters argue that an
independent launch capability is a matter of national security.

The sixth Nuri launch is planned for 2027. KARI and the Korea AeroSpace Administration are
also developing a larger successor, designed to carry heavier payloads and eventually a lunar
lander, which is scheduled to fly in the 2030s.

In Goheung, officials are hoping the launches will bring more visitors. Several thousand
people gathered at an observatory at Namyeol beach to watch Friday's launch, despite the late
hour, and local restaurants stayed open through the night.

"We would like a launch every month," joked Park Hye-rin, the head of Goheung County. "But
even once a year is good for business."
"""),
}

_RK_LIVE = {
    "kind": "live",
    "domain": "jeollatoday.example",
    "path": "/live/nuri-fifth-launch-goheung",
    "site": "Jeolla Today",
    "section": "Live",
    "headline": "Nuri's fifth launch from Goheung: countdown, liftoff and first signals",
    "title": "LIVE: Nuri's fifth launch from Goheung - Jeolla Today",
    "desc": "Live updates from the Naro Space Center as Nuri carries K-Sentinel 1 and a batch "
    "of cubesats to orbit.",
    "byline": "By Song Da-hye in Goheung",
    "date_mode": "jsonld",
    "iso": "2026-06-25T22:00:00+09:00",
    "iso_mod": "2026-06-26T10:05:00+09:00",
    "visible": "Thursday night, June 25 - Friday, June 26, 2026",
    "tz_note": "Times are Korea Standard Time (KST). Updates after midnight are on Friday.",
    "nav": ["News", "Gwangju", "Yeosu", "Suncheon", "Goheung", "Sports", "Live"],
    "key_idx": [5, 8, 11],
    "figure": (
        "Spectators gather at the Namyeol beach observatory in Goheung ahead of the launch.",
        "Jeolla Today/Song Da-hye",
    ),
    "related": [
        "Where to watch the launch: road closures and parking",
        "Goheung's space museum extends opening hours",
    ],
    "mostread": [
        "Yeosu night sea festival dates announced",
        "Gwangju bus drivers agree pay deal",
        "Suncheon Bay wetlands reopen boardwalk",
    ],
    "updates": [
        ("22:00", "Good evening from Goheung", """
Welcome to our live coverage. Roads to the Naro Space Center on Oenarodo island have been
closed since 8 p.m., and the observatory at Namyeol beach is already filling up. Tonight's
launch window opens at 12:55 a.m. and runs for 30 minutes."""),
        ("22:40", "Why tonight is different", """
This is Nuri's fifth flight, but the first in which the private contractor, Daehan Aerospace
Systems, is running preparations and launch operations, with the Korea Aerospace Research
Institute (KARI) overseeing. About 150 of the company's engineers are on site tonight, many of
them hired from Goheung and nearby Suncheon."""),
        ("23:10", "Fuelling under way", """
Loading of kerosene and liquid oxygen began at 11:05 p.m., KARI says. Weather at the pad:
light wind, 21C, clear skies."""),
        ("00:40", "What is on board", """
On board tonight: K-Sentinel 1, a 516kg Earth-observation satellite, and 10 cubesats built by
universities, startups and research institutes."""),
        ("00:55", "Window open, count holding", """
The window is open but the count is holding: KARI says engineers are rechecking a reading
from a ground sensor."""),
        ("01:13", "LIFTOFF", """
Nuri lifted off at 1:13 a.m.! The roar reached the Namyeol observatory a few seconds after
the flame lit up the clouds over Oenarodo."""),
        ("01:17", "Stages", """
First stage separated and the second stage has ignited. The payload fairing is gone."""),
        ("01:21", "Third stage burning", """
The second stage has done its job and the third stage is now firing. On the big screen at the
observatory, the tracking plot is following the predicted line almost exactly. People here
have gone very quiet."""),
        ("01:27", "Satellite separation", """
KARI confirms K-Sentinel 1 has separated from the third stage at about 600km, 13 minutes 27
seconds after liftoff. The cubesats are now being released one by one."""),
        ("01:55", "First signal", """
K-Sentinel 1's first signal was picked up by a ground station in Svalbard, Norway, at 1:54
a.m."""),
        ("02:42", "Minister: launch a success", """
Science and ICT Minister Noh Jae-kyung declares the launch a success at a briefing at the
space center: "Nuri has reached its target orbit and all the satellites have separated
normally." """),
        ("03:05", "Goheung celebrates", """
"Goheung is Korea's gateway to space," says county head Park Hye-rin, who watched from the
observatory with several thousand residents and visitors. Restaurants near the beach are
staying open until dawn."""),
        ("07:50", "Two-way contact", """
KARI says its Daejeon ground station established two-way communication with K-Sentinel 1 at
7:48 a.m."""),
        ("08:30", "What happens next", """
KARI says engineers will spend the coming weeks checking K-Sentinel 1's power, attitude
control and camera systems, with the first test images expected in about a month. The
satellite is designed to pass over the Korean Peninsula twice a day. In Goheung, the roads to
Oenarodo reopened at 6 a.m. and the last spectators were heading home."""),
        ("10:05", "Cubesats checking in", """
Nine of the 10 cubesats have contacted their operators so far, KARI says. We are closing this
live page now; thanks for staying up with us."""),
    ],
}


# ---------------------------------------------------------------------------
# Story 6 - eq-EC6 - Hualien offshore earthquake (CONTROL)
# ---------------------------------------------------------------------------

_EQ_LIVE = {
    "kind": "live",
    "domain": "formosanow.example",
    "path": "/live/hualien-earthquake-updates",
    "site": "Formosa Now",
    "section": "Taiwan",
    "headline": "Hualien earthquake: live updates as strong quake shakes eastern Taiwan",
    "title": "Hualien earthquake live updates - Formosa Now",
    "desc": "Latest on the strong earthquake off Hualien: casualties, aftershocks, transport "
    "and power.",
    "byline": "By Formosa Now staff",
    "date_mode": "visible",
    "visible": "Sunday, August 16, 2026",
    "tz_note": "All times are Taiwan time (UTC+8).",
    "nav": ["Taiwan", "Politics", "Cross-Strait", "Business", "Society", "Travel", "Live"],
    "key_idx": [1, 7, 13, 14],
    "figure": (
        "Rocks block a section of the Suhua Highway near Heren in Hualien County.",
        "Photo: Hualien County Fire Department",
    ),
    "related": [
        "How to check if your building is safe after an earthquake",
        "Emergency alerts: how Taiwan's system works",
        "Taroko National Park closures explained",
    ],
    "mostread": [
        "Typhoon watch: tropical storm forms east of Luzon",
        "Tainan mango prices fall after bumper harvest",
        "Taipei Dome concert traffic plan",
    ],
    "updates": [
        ("06:41", "Strong earthquake shakes eastern Taiwan", """
A strong earthquake shook Hualien and much of Taiwan at 6:38 a.m. The Central Weather
Administration (CWA) has issued a provisional magnitude of 6.5. Phones across the island
received the national alert seconds before the shaking reached Taipei."""),
        ("06:52", "CWA: magnitude 6.6, depth 18.4 km", """
The CWA has updated its figures: magnitude 6.6, revised from its initial 6.5, with the
epicentre at sea 24.1 km east-southeast of Hualien County Hall at a depth of 18.4 km. Highest
intensity: level 5-upper in Xiulin Township, Hualien County; 5-lower in Hualien City; 4 in
Yilan; 3 in Taipei."""),
        ("07:05", "No tsunami threat", """
Japan's Meteorological Agency says there is no tsunami threat to Okinawa. The JMA recorded a
shaking intensity of 3 on its own scale on Yonaguni, the Japanese island closest to Taiwan."""),
        ("07:14", "Strong aftershock", """
A magnitude 5.1 aftershock struck at 7:12 a.m., the CWA says. Residents in Hualien City
report items falling from shelves again."""),
        ("07:40", "Trains halted, highway closed", """
Taiwan Railway has suspended services between Su'ao and Hualien on the North-link line for
track inspections. The Suhua Highway is closed near Heren after rockfalls. Taroko National
Park is closed until further notice."""),
        ("08:30", "Injuries reported", """
The Central Emergency Operation Center reports 9 people injured, most with cuts and bruises
from falling objects. No deaths have been reported so far."""),
        ("09:20", "USGS puts magnitude at 6.4", """
The US Geological Survey puts the quake at magnitude 6.4 with a depth of 21 km, located 27 km
east-southeast of Hualien City. Agencies often differ: the CWA uses a local magnitude scale,
while the USGS reports moment magnitude."""),
        ("10:00", "First death confirmed", """
The Central Emergency Operation Center now reports 1 dead and 23 injured. The man, 71, was
driving on the Suhua Highway near Heren when his car was hit by falling rocks."""),
        ("11:15", "Building tilts in Hualien City", """
A five-storey residential building on Zhonghua Road in Hualien City is leaning. The county
says 19 residents have been evacuated and no one is trapped."""),
        ("12:00", "Midday figures", """
Central Emergency Operation Center: 1 dead, 31 injured. The CWA has recorded 27 aftershocks so
far."""),
        ("13:00", "Power restored to most homes", """
Taipower says 18,400 households lost power at the peak of the outages; all but about 600 have
been reconnected."""),
        ("14:25", "North-link trains resume", """
Taiwan Railway says services between Su'ao and Hualien resumed at 2:20 p.m. after inspections
found no damage to tracks or tunnels."""),
        ("16:10", "Second death", """
Hualien County says a 58-year-old woman has died in Xincheng Township after part of her house
collapsed. Rescuers reached her at 3:20 p.m."""),
        ("18:10", "Evening update", """
Central Emergency Operation Center, as of 6 p.m.: 2 dead, 43 injured. The CWA has recorded 41
aftershocks, the largest the magnitude 5.1 at 7:12 a.m."""),
        ("18:30", "What comes next", """
Lu Kuo-chen, director of the CWA's Seismological Center, says aftershocks of up to magnitude
5.5 are possible over the next three days and urges people to stay away from slopes and
damaged buildings. We are ending our live coverage for today."""),
    ],
}

_EQ_WIRE = {
    "kind": "wire",
    "domain": "northgatewire.example",
    "path": "/world/asia/strong-quake-hits-eastern-taiwan-hualien",
    "site": "Northgate Wire",
    "section": "World / Asia",
    "headline": "Magnitude 6.6 quake hits eastern Taiwan, one dead, 23 injured",
    "title": "Magnitude 6.6 quake hits eastern Taiwan, one dead, 23 injured - Northgate Wire",
    "desc": "A strong earthquake struck off Hualien on Taiwan's east coast early on Sunday, "
    "killing one person and triggering rockfalls.",
    "byline": "By Ann Liu and Gareth Nolan",
    "date_mode": "meta",
    "iso": "2026-08-16T02:10:00Z",
    "visible": "August 16, 2026, 10:10 AM GMT+8",
    "nav": ["World", "Asia", "Markets", "Climate", "Tech", "Graphics"],
    "figure": (
        "A damaged shop front in Hualien City after the earthquake.",
        "Northgate Wire/Chang Yi-ting",
    ),
    "credits": "Reporting by Ann Liu in Taipei and Gareth Nolan in Singapore; Editing by "
    "Joanne Price",
    "related": [
        "Factbox: Taiwan's deadliest earthquakes",
        "Chipmakers' quake drills: what changed after 2024",
        "Japan lifts heat alerts as temperatures ease",
    ],
    "mostread": [
        "China's July industrial output slows",
        "Hong Kong stocks end week higher",
        "Philippines evacuates coastal towns ahead of storm",
    ],
    "paras": _t("""
TAIPEI, Aug 16 (Northgate) - A strong earthquake struck off Taiwan's eastern coast early on
Sunday, killing one person and injuring 23, shaking buildings in the capital Taipei and
triggering rockfalls on mountain roads, authorities said.

The quake struck at 6:38 a.m. (2238 GMT Saturday) at sea about 24 km east-southeast of Hualien
County Hall, at a depth of 18.4 km, Taiwan's Central Weather Administration (CWA) said. It put
the magnitude at 6.6. The U.S. Geological Survey measured it at 6.4.

A 71-year-old man was killed when rocks struck his car on the Suhua Highway near Heren, the
Central Emergency Operation Center said in an update at 10 a.m. Most of the injured had been
hit by falling objects or hurt while fleeing buildings.

State power company Taipower said about 18,400 households had lost electricity at the peak of
the outages and that crews were restoring supply. Hospitals in Hualien said they were treating
patients mostly for cuts and bruises.

"The shaking went on and on. Everything fell off the kitchen shelves," said Chiu Mei-hua, 52,
a restaurant owner in Hualien City who had been preparing breakfast when the quake struck.

At least 19 aftershocks had followed by mid-morning, the largest of magnitude 5.1 at 7:12 a.m.

"This was an independent event, not an aftershock of the April 2024 earthquake, though it
happened along the same plate boundary," Lu Kuo-chen, director of the CWA's Seismological
Center, told a news conference. He said aftershocks of up to magnitude 5.5 were possible over
the next three days.

Shaking reached level 5-upper on Taiwan's intensity scale, which tops out at 7, in Xiulin
Township, north of Hualien City, and level 3 in Taipei, where some metro services briefly slowed for safety
checks.

Taiwan Railway suspended services on the North-link line between Su'ao and Hualien for
inspections, and Taroko National Park, where rockfalls in 2024 trapped hundreds of visitors,
was closed.

Interior Minister Chen Wei-lun said the Central Emergency Operation Center had been activated
at 7:10 a.m. and that search and rescue teams had been sent to check mountain roads and
villages along the coast.

Formosa Wafer Corp, one of Taiwan's largest contract chipmakers, said it had evacuated some
staff from fabs in Hsinchu and Tainan as a precaution and that initial checks showed no
significant damage to equipment.

Japan's Meteorological Agency said there was no tsunami threat to its southern islands.

Taiwan lies near the junction of two tectonic plates and is regularly hit by earthquakes. The
April 3, 2024 quake, measured at 7.2 by the CWA and 7.4 by the USGS, was the island's
strongest in 25 years and killed 18 people.
"""),
}

_EQ_PAPER = {
    "kind": "paper",
    "domain": "harborchronicle.example",
    "path": "/world/asia/taiwan-hualien-earthquake-kills-two",
    "site": "The Harbor Chronicle",
    "section": "World",
    "headline": "Quake kills 2 in Taiwan's Hualien, rattling a region still rebuilding from "
    "2024",
    "title": "Quake kills 2 in Taiwan's Hualien, rattling a region still rebuilding from 2024 "
    "- The Harbor Chronicle",
    "desc": "The earthquake off Taiwan's east coast toppled rocks onto mountain highways, "
    "tilted a building and briefly halted trains.",
    "byline": "By Megan Alvarez and Tsai Li-wen",
    "date_mode": "jsonld",
    "iso": "2026-08-17T04:00:00-04:00",
    "visible": "Aug. 17, 2026",
    "nav": ["U.S.", "World", "Business", "Tech", "Science", "Opinion", "Travel"],
    "figure": (
        "Residents look at a tilted residential building on Zhonghua Road in Hualien City "
        "on Sunday.",
        "Tsai Li-wen for The Harbor Chronicle",
    ),
    "related": [
        "Why Taiwan's buildings survive big quakes better than they used to",
        "The science of aftershocks, explained",
        "Taiwan's tourism slump in Hualien",
    ],
    "mostread": [
        "Wildfire near Los Angeles forces evacuations",
        "Fed officials signal patience on rates",
        "The summer's best beach reads",
    ],
    "paras": _t("""
HUALIEN, Taiwan - A magnitude 6.4 earthquake struck off Taiwan's east coast early Sunday local
time, killing two people and injuring 43, toppling rocks onto mountain highways and briefly
halting trains in a region still recovering from a far deadlier quake two years ago.

The quake hit at 6:38 a.m. Sunday (6:38 p.m. Saturday Eastern time) about 17 miles
east-southeast of Hualien City, at a depth of about 13 miles, according to the U.S. Geological
Survey. Taiwan's Central Weather Administration measured it at magnitude 6.6, at a depth of
about 11 miles.

The dead were a 71-year-old man whose car was struck by falling rocks on the Suhua Highway and
a 58-year-old woman in Xincheng Township, north of Hualien City, whose house partly collapsed,
according to the Central Emergency Operation Center, which said 43 people had been injured as
of 6 p.m. Sunday.

"The whole house jumped, and then it kept rolling," said Lin Pei-shan, 46, who runs a
guesthouse near Hualien's train station. "After 2024, everyone here knows to grab the kids and
get to the doorway. But your legs still go weak."

In Hualien City, a five-story residential building on Zhonghua Road was left leaning, and 19
residents were evacuated. County officials said engineers would decide in the coming days
whether it could be repaired or must be demolished.

"Our priority is to make sure every family has a safe place to sleep tonight," said Hualien
County Magistrate Yeh Ching-hua, who visited the building on Sunday afternoon.

The earthquake dealt another blow to Hualien's tourism industry, which has struggled since
the April 3, 2024, earthquake damaged trails and roads in Taroko National Park. That quake,
which the USGS measured at magnitude 7.4 and Taiwan's weather agency at 7.2, killed 18 people.
Taroko was closed again on Sunday while rangers checked for rockfalls.

The difference between the American and Taiwanese magnitudes is common, said Karen Albright,
a seismologist at the University of Washington. "Taiwan's agency reports a local magnitude
calibrated for the island's network, while the USGS uses moment magnitude, which is based on
the size of the fault rupture," she said. "Neither is wrong."

More than 40 aftershocks had followed by Sunday evening, the largest of magnitude 5.1,
according to the Central Weather Administration, which warned that shocks of up to magnitude
5.5 were possible over the next few days.

Formosa Wafer Corp, a major chipmaker, said its factories in Hsinchu and Tainan, more than 70
miles from the epicenter, had suffered no significant damage. Taiwan Railway restored service
on the line north of Hualien on Sunday afternoon after inspections.

Taiwan sits at the junction of the Philippine Sea and Eurasian plates, and its building codes
have been tightened repeatedly since a 1999 earthquake killed more than 2,400 people.
"""),
}

_EQ_TRADE = {
    "kind": "trade",
    "domain": "quakewatchasia.example",
    "path": "/events/hualien-offshore-earthquake-technical-summary",
    "site": "QuakeWatch Asia",
    "section": "Event summary",
    "headline": "Hualien offshore earthquake, ML 6.6 (CWA) / Mw 6.4 (USGS): a technical summary",
    "title": "Hualien offshore earthquake ML 6.6 / Mw 6.4: technical summary | QuakeWatch Asia",
    "desc": "Source parameters, agency comparisons, ground motion, aftershocks and impacts "
    "of the earthquake off Hualien, Taiwan.",
    "byline": "By the QuakeWatch Asia editorial team",
    "date_mode": "none",
    "tags": ["Taiwan", "Hualien", "Subduction", "Aftershocks", "Ground motion"],
    "bio": "QuakeWatch Asia compiles agency data and expert commentary on significant "
    "earthquakes in the Asia-Pacific region.",
    "event": "Short course: Reading focal mechanisms, online, four sessions.",
    "snapshot": [
        ("Origin time (UTC)", "15 Aug 2026, 22:38:14"),
        ("Origin time (Taiwan)", "16 Aug 2026, 06:38:14"),
        ("Magnitude", "ML 6.6 (CWA); Mw 6.4 (USGS); Mw 6.3 (GFZ)"),
        ("Depth", "18.4 km (CWA); 21 km (USGS)"),
    ],
    "figure": (
        "Shaking intensity map for the Hualien earthquake.",
        "Data: Central Weather Administration; map: QuakeWatch Asia",
    ),
    "related": [
        "Why ML and Mw differ for Taiwan earthquakes",
        "Ryukyu trench seismicity: a 2026 review",
        "Japan's long-period ground motion scale, explained",
    ],
    "paras": _t("""
A shallow earthquake struck offshore of Hualien, eastern Taiwan, at 06:38:14 Taiwan time on
16 August 2026 (22:38:14 UTC on 15 August). Taiwan's Central Weather Administration (CWA)
located the epicentre 24.1 km east-southeast of Hualien County Hall at a depth of 18.4 km and
assigned a local magnitude of ML 6.6, revised from an automatic initial estimate of 6.5.

Other agencies reported somewhat different parameters. The US Geological Survey gave a moment
magnitude of Mw 6.4 and a depth of 21 km, placing the event 27 km east-southeast of Hualien
City. Germany's GFZ reported Mw 6.3. Such differences are routine: local magnitudes in Taiwan
tend to run higher than moment magnitudes for events of this size, and depth estimates
depend on the velocity model and station coverage used.

The USGS W-phase moment tensor indicates reverse faulting on a plane striking roughly
north-south and dipping about 30 degrees to the west, consistent with shortening across the
boundary between the Philippine Sea Plate and the Eurasian Plate. The Philippine Sea Plate
moves northwest relative to Eurasia at roughly 8 cm per year in this region, one of the
highest convergence rates on land anywhere.

Ground motion was strongest in northern Hualien County. The CWA reported a maximum intensity
of 5-upper in Xiulin Township, where a station recorded peak ground acceleration of 312 gal.
Intensity reached 5-lower in Hualien City, 4 in Yilan County and 3 in Taipei. On Yonaguni,
about 110 km to the east, the Japan Meteorological Agency recorded intensity 3 on its own
scale. No tsunami was generated.

The aftershock sequence has been vigorous but within normal bounds. The CWA counted 41
aftershocks by 18:00 local time on 16 August and 58 by 06:00 on 17 August. The largest, ML
5.1, occurred at 07:12 on 16 August, 34 minutes after the mainshock. The CWA's Seismological
Center director, Lu Kuo-chen, said aftershocks up to about magnitude 5.5 were possible over the
following three days and described the event as independent of the April 2024 sequence,
although it occurred on the same plate boundary system.

"This is a textbook example of why we should not compare magnitudes across agencies without
checking the scale," said Dr Chang Wen-yu, a seismologist at National Central University. "A
6.6 and a 6.4 here describe the same rupture."

Impacts, as reported by Taiwan's Central Emergency Operation Center as of 18:00 on 16 August:
two deaths, one from rockfall on the Suhua Highway and one from a partial house collapse in
Xincheng Township, and 43 injuries. A five-storey residential building in Hualien City was
left tilting. Rail services north of Hualien were suspended for several hours for
inspections, and about 18,400 households lost power at the peak.

For comparison, the 3 April 2024 Hualien earthquake measured ML 7.2 on the CWA scale and Mw
7.4 according to the USGS. That event released roughly 30 times more energy than this one.
"""),
}


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    _story(
        "cb-EC1",
        "central bank",
        "2026-09-20",
        [_CB_WIRE, _CB_LIVE, _CB_PAPER, _CB_TRADE],
        [
            (
                "BoJ policy board vote split",
                r"\b7\s*(?:-|\u2013|\u2014|to)\s*2\b",
                r"\b6\s*(?:-|\u2013|\u2014|to)\s*3\b",
            ),
            ("weekday of the 18 September decision", r"\bfriday\b", r"\bwednesday\b"),
            ("name of dissenting board member", r"\bsugita\b", r"\bsugiyama\b"),
        ],
    ),
    _story(
        "el-EC2",
        "election",
        "2026-06-05",
        [_EL_LIVE, _EL_WIRE, _EL_PAPER, _EL_LOCAL],
        [],
    ),
    _story(
        "ct-EC3",
        "court",
        "2026-10-28",
        [_CT_WIRE, _CT_PAPER, _CT_TRADE, _CT_LOCAL],
        [],
    ),
    _story(
        "tr-EC4",
        "trade",
        "2026-11-11",
        [_TR_WIRE, _TR_PAPER, _TR_TRADE, _TR_LIVE],
        [
            ("October trade surplus", r"\b15\.37(?!\d)", r"\b13\.57(?!\d)"),
            (
                "October export growth",
                r"\b31\.4\s*(?:%|per ?cent)",
                r"\b34\.1\s*(?:%|per ?cent)",
            ),
            (
                "Kuo Ya-ting's title",
                r"\bdirector[- ]general\b",
                r"\bdeputy (?:finance )?minister\b",
            ),
        ],
    ),
    _story(
        "rk-EC5",
        "rocket",
        "2026-06-28",
        [_RK_WIRE, _RK_TRADE, _RK_PAPER, _RK_LIVE],
        [
            ("Nuri liftoff time", r"\b0?1:13\b|\b16:?13\b", r"\b0?1:31\b|\b16:?31\b"),
            (
                "time from liftoff to K-Sentinel 1 separation",
                r"\b1[34]\s*(?:minutes?|mins?|m)\b|\b13:27\b|\b807\s*s",
                r"\b23\s*(?:minutes?|mins?|m)\b",
            ),
            (
                "number of cubesats on board",
                r"^\s*(?:12|twelve)\s*$|\b(?:12|twelve)\s+(?:cubesats?|cube ?sats?)\b",
                r"^\s*(?:10|ten)\s*$|\b(?:10|ten)\s+(?:cubesats?|cube ?sats?)\b",
            ),
        ],
    ),
    _story(
        "eq-EC6",
        "earthquake",
        "2026-08-18",
        [_EQ_LIVE, _EQ_WIRE, _EQ_PAPER, _EQ_TRADE],
        [],
    ),
]
