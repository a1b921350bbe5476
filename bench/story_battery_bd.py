"""Story battery, part BD — Iberia and Italy (Spain, Portugal, Italy), events in 2026.

Written by engineer BD1 on 2026-12-07 for the thirty-first batch, a precision batch.

Six invented news stories, each told by three or four invented outlets as whole HTML pages. All
outlets, reporters, companies, most officials and all figures are invented; real institutions and
places (Banco de Portugal, INE, the Italian Constitutional Court, IPMA, IGN, Santa Maria island,
Portugal Space...) appear only as scenery. Three stories carry exactly three planted disagreements
each; three are controls (ct-BD3, tr-BD4, eq-BD6) with no real contradiction anywhere.

cb-BD1 (central bank, Portugal). True facts: on Tuesday 9 June 2026 at 11:00 Lisbon time (WEST,
= 10:00 GMT) the Banco de Portugal raised its countercyclical capital buffer from 0.5% to 1.0% of
domestic risk-weighted exposures (a 50 bp rise), applicable from 1 July 2027. Marta Quintela,
director of financial stability, said the 11 largest banks need about EUR 640 million (~$730
million
at 1.14) of extra CET1, all coverable from retained earnings. Governor Rui (Miguel Teixeira)
Valadares: "A buffer is only useful if it is built before it is needed." Same-day June Economic
Bulletin: 2026 GDP forecast 1.9% (from 2.2% in March), 2027 1.7%, 2026 HICP inflation 2.1%, Q1
GDP +0.4% q/q. Mortgage lending +6.8% y/y in April; house prices +11.2% in Q1; system CET1 17.4%
at end-March (16.9% a year earlier); DSTI limit 50% unchanged. PLANTED: (1) buffer rate - right
1.0% / 1%, wrong 1.5% in RTA News (broadcaster); (2) extra capital - right EUR 640 million, wrong
EUR 460 million in Capital Buffers Weekly (newsletter); (3) Quintela's role - right director of
financial stability, wrong "vice-governor" in The Lisbon Ledger (newspaper). Outlets and dating:
Atlantic Wire Service (wire) - article:published_time 2026-06-09T10:42Z plus a visible date; The
Lisbon Ledger (newspaper) - JSON-LD datePublished 2026-06-10T06:00+01:00 only, says "yesterday"
and "1 July next year"; Capital Buffers Weekly (newsletter) - NO date anywhere, says "on Tuesday";
RTA News (broadcaster) - visible date only, 9 June 2026 13:05 Lisbon, says "this morning" and
"1.7% next year". Legitimate traps: old rate 0.5% vs new 1.0% ("up from"); 1.0% vs 1%; 50 basis
points = half a point; 11:00 Lisbon vs 10:00 GMT; "yesterday"/"next year" resolving from the
Ledger's 10 June date; growth forecast 1.9% vs March 2.2% vs 2027 1.7%; EUR 640 million vs
$730 million conversion; governor's name with and without middle names; quotes paraphrased in the
Ledger and the newsletter; CET1 17.4% vs a year-earlier 16.9%; market sidebar (PSI +0.3%, Spain
10-year 3.12%, Euribor 2.31%); other countries' buffer rates in the newsletter sidebar (France
1.0%, Spain 0.5%, Netherlands/Sweden 2.0%); the newsletter's own profit figure (EUR 4.1 billion)
and
surplus (EUR 9.8 billion); unemployment 6.1% in the broadcaster's sidebar.

el-BD2 (election, Spain). True facts: snap election to the 35-seat Parliament of Cantabria on
Sunday 24 May 2026; polls 09:00-20:00 CEST (18:00 GMT). Final count complete at 23:41 CEST:
Unión Cántabra (Inés Saiz, 47) 16 seats / 38.4%; Alianza Progresista de Cantabria (outgoing
president Tomás Ceballos Ruiz) 12 / 29.9%; Foro Montañés (Ramón Gutiérrez Pellón) 5 / 14.2%;
Verdes-Izquierda Cantábrica 2 / 7.6%; Movimiento Vecinal 3.9%, no seats (5% threshold). Margin UC
over APC 8.5 points. Majority 18. Turnout 63.7% (61.2% in 2023). 2023 seats: UC 13, APC 14, FM 6,
VIC 2. Saiz spoke at 23:58 CEST, Ceballos conceded at 00:20 CEST (22:20 GMT). Constituent
session 22 June. PLANTED: (1) UC seats - right 16, wrong 15 in The Cantabrian Herald (newspaper);
(2) winning margin - right 8.5 points, wrong 5.8 points in Regional Politics Digest (newsletter);
(3) polls closing time - right 20:00 / 8pm local (18:00 GMT), wrong 21:00 local (19:00 GMT) in
Iberia Press Agency (wire). Outlets and dating: Norte TV live page (broadcaster) -
article:published_time 2026-05-24T17:55+02:00, modified 2026-05-25T01:05+02:00, timestamped
updates in CEST, updates after midnight belong to 25 May; The Cantabrian Herald - visible date
"Monday, 25 May 2026" only, says "yesterday" and "last night"; Iberia Press Agency - JSON-LD
datePublished 2026-05-25T00:48Z with a "May 24" dateline, times in GMT; Regional Politics Digest -
NO date anywhere. Legitimate traps: exit poll ranges (UC 16-17, APC 11-13) and partial counts
with timestamps (22:10, 80.3% counted: UC on course for 17 seats, 38.9%; 23:05, 96.2% counted:
UC 16); first results at 20:40 (UC 41.0%); turnout at 18:00 of 48.9% vs final 63.7%; 2023
figures (13 seats, 31.0%, turnout 61.2%); CEST vs GMT (23:41 CEST = 2141 GMT, 00:20 CEST = 2220
GMT); the wire's "May 24" dateline vs its 25 May UTC publication stamp; "yesterday" in the
Herald; 8pm vs 20:00; name Ramón Gutiérrez vs Ramón Gutiérrez Pellón, Tomás Ceballos vs Tomás
Ceballos Ruiz; majority threshold 18 and coalition sums (21, 19, 14) in the newsletter; swings
(+7.4, -3.7, -2.3, +2.5 points) and municipal shares (41.2%, 44.0%, 35.1%) in the newsletter.

ct-BD3 (court, Italy) - CONTROL, no planted disagreement. True facts: Italy's Constitutional Court
(the Consulta), judgment no. 41/2026, decided in chambers on Wednesday 11 February 2026, filed and
published on Thursday 5 March 2026 (press note 12:30 CET = 11:30 GMT). It upheld Tuscany Regional
Law no. 18 of 2025's cap of 120 nights per calendar year on entire-home short lets in "high tourist
pressure" municipalities (Florence and six others, 7 in all) and fines of EUR 2,000-12,000, but
struck down Article 9 (applying the cap to registrations predating the law) for breach of
legitimate expectation. Judge rapporteur Giulia Maria Orsini. About 14,300 entire-home listings in
Florence, some 5,100 predating the law (about 36%). Draft law had proposed 90 nights. Outlets and
dating: Mediterranean Legal Wire (wire) - article:published_time 2026-03-05T12:10Z; The Arno
Courier (newspaper) - visible date "Friday 6 March 2026" only, says "yesterday"; Short-Let Law
Bulletin (newsletter) - NO date anywhere ("published on Thursday", "decided in chambers just over
three weeks before it was filed"). Legitimate traps: decision date (11 Feb) vs filing date
(5 Mar); judgment no. 41 vs regional law no. 18; 120 nights vs the draft's 90; "about 14,300" vs
"more than 14,000"; 5,100 vs "just over a third" vs "some 36%"; fines in euros vs sterling
(GBP 1,700-10,200); CET vs GMT; "yesterday" in the Courier; Giulia Maria Orsini vs Giulia Orsini;
Consulta vs Constitutional Court; Leonardo Bacci as "regional councillor for tourism and trade" vs
"regional tourism councillor" vs "regional councillor for tourism"; his quote quoted in full and
paraphrased; other cities' caps in sidebars (Amsterdam 30 nights, Bologna draft 100 nights).

tr-BD4 (trade, Spain) - CONTROL, no planted disagreement. True facts: Spain's July 2026 trade
figures, released by the Ministry of Economy on Thursday 17 September 2026 at 10:00 CEST (08:00
GMT): exports EUR 31.2bn (+4.7% y/y, a record for July), imports EUR 35.9bn (+2.0%), deficit EUR
4.7bn vs EUR 5.4bn in July 2025; consensus forecast EUR 5.0bn deficit; coverage rate 86.9% (84.7% a
year earlier); exports +0.8% m/m seasonally adjusted; EU exports +5.8% (63.1% of the total), US
-6.2%, UK +3.4%; cars +9.1%; food, drink and tobacco +2.7% to EUR 4.9bn; energy imports -11.3%;
Jan-Jul exports EUR 228.4bn (+3.9%), cumulative deficit EUR 24.6bn (EUR 26.1bn a year earlier).
Secretary of State for Trade Beatriz Onandía (Ruiz); economist Pablo Arranz (Banco Meseta): about
half the improvement is cheaper energy. Outlets and dating: Meseta Economic Wire (wire) -
article:published_time 2026-09-17T08:25Z; Gaceta Mercantil (newspaper) - JSON-LD datePublished
2026-09-18T06:30+02:00, says "yesterday"; Onda Ibérica News (broadcaster) - NO date anywhere, says
"on Thursday" and "10 a.m. Madrid time". Legitimate traps: forecast deficit 5.0/5 vs actual 4.7;
this year vs a year earlier (4.7 vs 5.4, 86.9% vs 84.7%); y/y vs m/m growth (4.7% vs 0.8%); exports
growth 4.7% equals deficit 4.7bn by coincidence; 2.0% vs 2%; monthly vs January-July figures;
euro vs dollar conversions at 1.16 ($36.2bn, $5.5bn, $265bn); "close to two-thirds" vs 63.1%;
"more than two points" vs 86.9-84.7; the Onandía quote in slightly different wordings; neighbours'
July figures in a sidebar (Portugal +3.1%, Italy EUR 7.4bn, France EUR 6.1bn); Aragón exports
+12.4%; 1,840 applications to tariff support lines.

rk-BD5 (rocket, Portugal/Spain). True facts: Macaronesia Launch Systems (MLS) launched its
18.5 m two-stage Cagarro-1 on its first orbital attempt on Wednesday 14 October 2026 at 09:12
local Azores time (= 09:12 UTC, 10:12 Lisbon) from Malbusca, Santa Maria; a first attempt on
Tuesday 13 October was scrubbed at T-4 minutes for upper-level winds. Stage separation T+2 min 31 s
at about 62 km; fairing T+3 min 5 s; SECO T+8 min 47 s; both payloads (Faial-1, a 6U University
of the Azores cubesat, and Ondina, a 3U relay from Oleaje Data of Vigo) deployed at T+58 minutes
(10:10 local) into a ~510 km sun-synchronous orbit, 97.4 degrees. First Faial-1 signal 11:40 local.
CEO Joana Bettencourt Furtado; launch director Iker Etxeberria (Zubiri); Portugal Space president
Carlos Amaral Sequeira. EUR 74 million raised (~$86 million); about 1,200 spectators; next flight
Q1 2027. PLANTED: (1) weekday of launch - right Wednesday, wrong Thursday in Orbital Brief
(newsletter); (2) liftoff-to-deployment time - right 58 minutes, wrong 38 minutes in The Atlantic
Gazette (newspaper); (3) name of the University of the Azores satellite - right Faial-1, wrong
Pico-1 in Euro-Atlantic Press (wire). Outlets and dating: Azores Today live page -
article:published_time 2026-10-14T07:30+00:00, updates in Azores local time (= UTC); Orbital
Brief - NO date anywhere; The Atlantic Gazette - JSON-LD datePublished 2026-10-15T05:00+01:00,
says "yesterday" and "on Wednesday"; Euro-Atlantic Press - visible date "14 October 2026 11:02
GMT" only. Legitimate traps: the scrubbed Tuesday attempt vs the Wednesday launch; 09:12 local =
09:12 GMT = 10:12 Lisbon; T+2:31 staging, T+8:47 SECO and T+58 min deployment are different
durations; 510 km = 317 miles; 18.5 m = 61 feet; EUR 74 million = $86 million; 46 MLS jobs on the
island vs about 120 employees company-wide; 2025 suborbital Cagarro-S reaching 105 km; island
population about 5,500; first signal at 11:40 vs "shortly before midday"; names with and without
second surnames; the CEO's quote paraphrased in the newsletter.

eq-BD6 (earthquake, Portugal/Spain) - CONTROL, no planted disagreement. True facts: on Thursday
12 February 2026 at 03:47 Lisbon time (WET = UTC; 04:47 CET in Spain) a magnitude 5.6 earthquake
(IPMA reviewed value; preliminary automatic estimate 5.8, revised at about 05:25) struck about
95 km southwest of Sagres at 24 km depth. Largest aftershock 3.9 at 04:31 (44 minutes later); 12
aftershocks by 10:00, 19 by the evening (18:05 update). Three people slightly injured in the
Algarve (a 71-year-old woman in Lagos, two in Vila do Bispo), no deaths, no tsunami warning. More
than 400 calls to 112 in Portugal in the first hour; about 150 calls to 112 Andalucía; 27 minor
damage reports; two Vila do Bispo schools closed for the day. Outlets and dating: Portugal Now
live page - article:published_time 2026-02-12T04:05Z, updates in Lisbon time; Andalusia Post
(newspaper) - JSON-LD datePublished 2026-02-13T06:00+01:00, says "4.47am yesterday"; Atlantic
Wire Service (wire) - visible date "February 12, 2026 10:58 GMT" only; Fault Lines Notes
(newsletter) - NO date anywhere. Legitimate traps: preliminary 5.8 vs reviewed 5.6 (always made
clear); 03:47 Lisbon/GMT vs 04:47 Spain; timestamped injury counts (none at 06:10, three at 08:30)
and aftershock counts (12 by 10:00, 19 by evening); 24 km = 15 miles, 95 km = 59 miles; distances
from Huelva (about 260 km) and Seville (about 350 km); historical magnitudes (1755: 8.5-9.0;
1969: 7.9); Båth's-law expectation of about 4.4 vs the observed 3.9; intensities V and III-IV;
"yesterday" in the Andalusia Post; "tomorrow" in the live page meaning Friday 13 February;
sidebar of other recent Andalusian quakes (3.4, 4.2, 3.8).
"""

import html
import json

_SHARE_TARGETS = (
    ("X", "https://share.social-x.example/intent?url="),
    ("Facebook", "https://share.facebook-like.example/sharer?u="),
    ("LinkedIn", "https://share.linkedin-like.example/share?url="),
    ("WhatsApp", "https://share.whatsapp-like.example/send?text="),
)

_AD = (
    '<div class="ad-slot {cls}" aria-label="Advertisement" data-slot="{slot}">'
    '<span class="ad-label">Advertisement</span></div>'
)


def _t(s: str) -> str:
    """Escape text for an HTML text node."""
    return html.escape(s, quote=False)


def _q(s: str) -> str:
    """Escape text for an HTML attribute value."""
    return html.escape(s, quote=True)


def _blocks(text: str) -> list[str]:
    """Split a prose block into paragraphs (blank-line separated, lines joined)."""
    out = []
    for chunk in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if lines:
            out.append(" ".join(lines))
    return out


def _render_prose(text: str, ad_after: int = 4) -> str:
    parts: list[str] = []
    in_list = False
    n_para = 0
    for b in _blocks(text):
        if b.startswith("- "):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{_t(b[2:])}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if b.startswith("## "):
            parts.append(f"<h2>{_t(b[3:])}</h2>")
        elif b.startswith("> "):
            parts.append(f"<blockquote><p>{_t(b[2:])}</p></blockquote>")
        else:
            parts.append(f"<p>{_t(b)}</p>")
            n_para += 1
            if n_para == ad_after:
                parts.append(_AD.format(cls="ad-inline", slot="inarticle-1"))
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def _render_live(text: str, live_base: tuple | None, tz_label: str) -> str:
    """Render '@@ HH:MM | heading' blocks followed by paragraphs as live updates."""
    updates: list[tuple[str, str, list[str]]] = []
    intro: list[str] = []
    for b in _blocks(text):
        if b.startswith("@@ "):
            stamp, _, head = b[3:].partition(" | ")
            updates.append((stamp.strip(), head.strip(), []))
        elif updates:
            updates[-1][2].append(b)
        else:
            intro.append(b)
    parts = []
    if intro:
        parts.append('<section class="live-summary"><h2>Key points</h2><ul>')
        parts.extend(f"<li>{_t(p.removeprefix('- '))}</li>" for p in intro)
        parts.append("</ul></section>")
    parts.append('<div class="live-feed">')
    for i, (stamp, head, paras) in enumerate(updates):
        if live_base:
            day, next_day, offset, rollover = live_base
            hour = int(stamp.split(":")[0])
            d = next_day if hour < rollover else day
            time_tag = f'<time datetime="{d}T{stamp}:00{offset}">{stamp}</time>'
        else:
            time_tag = f"<time>{stamp}</time>"
        parts.append(f'<article class="live-update" id="update-{stamp.replace(":", "")}">')
        parts.append(f'<p class="stamp">{time_tag} <span class="tz">{_t(tz_label)}</span></p>')
        if head:
            parts.append(f"<h3>{_t(head)}</h3>")
        parts.extend(f"<p>{_t(p)}</p>" for p in paras)
        parts.append("</article>")
        if i == 2:
            parts.append(_AD.format(cls="ad-inline", slot="live-1"))
    parts.append("</div>")
    return "\n".join(parts)


def _page(
    *,
    site: str,
    domain: str,
    path: str,
    kind: str,
    nav: tuple[str, ...],
    section: str,
    title: str,
    headline: str,
    standfirst: str,
    byline: str,
    body: str,
    metas: tuple[tuple[str, str, str], ...] = (),
    jsonld: dict | None = None,
    visible_date: str | None = None,
    sidebar_title: str = "",
    sidebar: tuple[str, ...] = (),
    related: tuple[tuple[str, str], ...] = (),
    footer_note: str = "",
    year: str | None = None,
    live_base: tuple | None = None,
    tz_label: str = "",
) -> dict:
    url = f"https://www.{domain}{path}"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_t(title)} | {_t(site)}</title>",
        f'<meta name="description" content="{_q(standfirst)}">',
        f'<meta property="og:site_name" content="{_q(site)}">',
        f'<meta property="og:title" content="{_q(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_q(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    for attr, name, content in metas:
        head.append(f'<meta {attr}="{_q(name)}" content="{_q(content)}">')
    head.append(f'<link rel="canonical" href="{_q(url)}">')
    head.append(f'<link rel="stylesheet" href="/static/css/{kind}.css">')
    if jsonld is not None:
        data = json.dumps(jsonld, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">\n{data}\n</script>')
    head.append("</head>")

    cookie = (
        '<div id="cookie-consent" class="cookie-banner" role="dialog" '
        'aria-label="Cookie consent">\n'
        f"<p>{_t(site)} and our partners use cookies to keep this site running, "
        "to measure our audience and to show you relevant advertising. "
        "You can accept all cookies, reject the non-essential ones or change your "
        "choices at any time.</p>\n"
        '<button type="button" class="cookie-accept">Accept all</button>\n'
        '<button type="button" class="cookie-reject">Reject non-essential</button>\n'
        '<a class="cookie-settings" href="/privacy/cookies">Manage settings</a>\n'
        "</div>"
    )
    nav_html = "".join(
        f'<li><a href="/{_q(n.lower().replace(" ", "-"))}">{_t(n)}</a></li>' for n in nav
    )
    header = (
        '<header class="site-header">\n'
        f'<a class="logo" href="/">{_t(site)}</a>\n'
        f'<nav class="main-nav" aria-label="Main"><ul>{nav_html}</ul></nav>\n'
        '<div class="header-tools"><a href="/search">Search</a> '
        '<a href="/newsletters">Newsletters</a> <a class="subscribe" href="/subscribe">'
        "Subscribe</a></div>\n</header>"
    )
    share = '<div class="share-bar"><span>Share this article</span> ' + " ".join(
        f'<a class="share-{n.lower()}" href="{_q(base + url)}" rel="nofollow">{n}</a>'
        for n, base in _SHARE_TARGETS
    ) + ' <button type="button" class="copy-link">Copy link</button></div>'

    live = kind == "live"
    body_html = _render_live(body, live_base, tz_label) if live else _render_prose(body)

    art = ['<main id="content">', '<article class="story">']
    art.append(f'<p class="kicker"><a href="/{_q(section.lower())}">{_t(section)}</a></p>')
    art.append(f"<h1>{_t(headline)}</h1>")
    art.append(f'<p class="standfirst">{_t(standfirst)}</p>')
    art.append(f'<p class="byline">{_t(byline)}</p>')
    if visible_date:
        art.append(f'<p class="dateline-meta">{_t(visible_date)}</p>')
    art.append(share)
    art.append(f'<div class="article-body">\n{body_html}\n</div>')
    art.append(share.replace("share-bar", "share-bar share-bottom"))
    art.append(
        '<div class="article-tools"><a href="/corrections">Report an error</a> '
        '<a href="/standards">Our editorial standards</a></div>'
    )
    art.append("</article>")

    side = ['<aside class="sidebar">']
    if sidebar:
        side.append(f'<section class="sidebar-figures"><h2>{_t(sidebar_title)}</h2><ul>')
        side.extend(f"<li>{_t(s)}</li>" for s in sidebar)
        side.append("</ul></section>")
    side.append(_AD.format(cls="ad-mpu", slot="sidebar-1"))
    if related:
        side.append('<section class="related"><h2>Related</h2><ul>')
        side.extend(f'<li><a href="{_q(p)}">{_t(t)}</a></li>' for t, p in related)
        side.append("</ul></section>")
    side.append('<section class="most-read"><h2>Most read</h2><ol>')
    side.extend(
        f'<li><a href="/most-read/{i}">{_t(t)}</a></li>'
        for i, t in enumerate(
            (
                "Weather: what to expect this weekend",
                "Five things to know before the markets open",
                "Letters: readers respond",
            ),
            start=1,
        )
    )
    side.append("</ol></section>")
    side.append("</aside>")
    art.extend(side)
    art.append("</main>")

    copy = f"&copy; {year} {_t(site)}" if year else f"&copy; {_t(site)}"
    footer = (
        '<footer class="site-footer">\n'
        '<ul class="footer-links"><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li>'
        '<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a>'
        '</li><li><a href="/privacy/cookies">Cookie settings</a></li></ul>\n'
        f'<p class="footer-note">{_t(footer_note)}</p>\n'
        f'<p class="copyright">{copy}. All rights reserved.</p>\n'
        "</footer>"
    )
    top_ad = _AD.format(cls="ad-leaderboard", slot="top")
    doc = "\n".join([*head, "<body>", cookie, header, top_ad, *art, footer, "</body>", "</html>"])
    return {"url": url, "html": doc + "\n"}


# ---------------------------------------------------------------------------
# cb-BD1: Banco de Portugal raises the countercyclical capital buffer
# ---------------------------------------------------------------------------

_CB_A_BODY = """
LISBON, June 9 (AWS) - The Banco de Portugal said on Tuesday it will raise the countercyclical
capital buffer that banks must hold against their domestic exposures to 1.0% of risk-weighted
assets from 0.5%, pointing to a renewed acceleration in mortgage lending and house prices that
it said was outpacing household incomes.

The higher requirement will apply from July 1, 2027, giving lenders just over a year to comply.
The central bank announced the 50-basis-point increase at 10:00 GMT (11:00 in Lisbon), alongside
its June Economic Bulletin, in which it cut its forecast for Portuguese economic growth this
year to 1.9% from the 2.2% it projected in March.

Marta Quintela, the bank's director of financial stability, told reporters the change would
require the 11 largest lenders to hold roughly 640 million euros ($730 million) of additional
Common Equity Tier 1 capital in aggregate, an amount she described as comfortably within what
the sector earns in a year.

"Eleven institutions will need to hold more capital, and all of them can do it out of retained
earnings," Quintela said. "Nobody needs to go to the market for this."

Governor Rui Valadares presented the move as precautionary rather than a reaction to stress. "A
buffer is only useful if it is built before it is needed," he said at the bank's headquarters in
the Baixa district. "We are building it now, while profits are high and losses are low."

Mortgage lending grew 6.8% year on year in April, its fastest pace in more than a decade, and
house prices rose 11.2% in the first quarter, according to the national statistics office INE.
The banking system's aggregate CET1 ratio stood at 17.4% at the end of March, up from 16.9% a
year earlier, the central bank said.

## Growth forecast trimmed

In the bulletin, the central bank said it expects growth to slow further to 1.7% in 2027 as
exports to the United States soften and public investment financed by EU recovery funds winds
down. Inflation on the harmonised measure should average 2.1% this year. Gross domestic product
expanded 0.4% quarter on quarter in the first three months of 2026.

"The slowdown we project is moderate, not a turning point," Valadares said, adding that
employment remained close to record highs and that wage growth was now running only slightly
ahead of inflation.

The Portuguese Banking Association said the sector would comply. "Banks are well capitalised and
will meet the new requirement, but we would have preferred a more gradual path," its
secretary-general, Duarte Sampaio Lobo, said in a statement.

Shares in listed Portuguese lenders were little changed after the announcement. The benchmark
PSI index was up 0.3% at 12:10 GMT, while the yield on Portugal's 10-year government bond was
steady at 3.04%.

The countercyclical buffer was introduced under the Basel III rules drawn up after the global
financial crisis. Supervisors can require banks to build it up when credit is growing fast and
release it in a downturn, so that lenders can keep extending credit while absorbing losses.
Portugal first set a positive rate of 0.5% in 2025.

(Reporting by Catarina Leme and Owen Pritchard; Editing by Miriam Hale)
"""

_CB_B_BODY = """
Portugal's central bank yesterday ordered banks to double the extra capital cushion they hold
against domestic lending, lifting the countercyclical buffer from 0.5% to 1% of risk-weighted
exposures in a decision that officials insisted was about prudence rather than alarm.

The measure, announced at 11am at the Banco de Portugal's headquarters on Rua do Comércio, will
take effect on 1 July next year. By the bank's own estimate, it will oblige the country's
biggest lenders to set aside an additional €640m of their highest-quality capital.

Vice-governor Marta Quintela, who presented the figures, said the eleven institutions affected
could meet the requirement from retained earnings and would not need to raise money from
investors. "Nobody needs to go to the market for this," she said.

The governor, Rui Miguel Teixeira Valadares, struck a calm tone throughout the press conference,
which ran for a little over an hour. "A buffer is only useful if it is built before it is
needed," he told reporters, arguing that the banking system had rarely been in better shape to
absorb a higher requirement.

The numbers behind the decision will be familiar to anyone who has tried to buy a flat in Lisbon
or Porto recently. The stock of mortgage lending grew 6.8% in the year to April, and house
prices climbed 11.2% in the first quarter, according to the statistics office INE. Household
disposable income, by contrast, rose by roughly 5% last year.

## Forecast cut

The bank also trimmed its forecast for economic growth this year to 1.9%, from the 2.2% it had
pencilled in in March, and expects expansion to ease to 1.7% in 2027. It sees inflation
averaging 2.1% in 2026. Mr Valadares described the slowdown as "moderate, not a turning point".

Bankers greeted the decision without enthusiasm. Duarte Sampaio Lobo, secretary-general of the
Portuguese Banking Association, said the sector would comply but had hoped for "a more gradual
path".

Ricardo Mexia Antunes, an economist at Nova School of Business and Economics, said the measure
should not be mistaken for a housing policy. "The buffer will not cool house prices on its own,"
he said. "It is there to make sure the banks are still standing when prices do cool."

For borrowers, the immediate effect is likely to be small. Analysts expect some banks to widen
the spreads they charge on new mortgages by a few hundredths of a percentage point at most, and
none of the large lenders has yet signalled a change to its pricing.

The banks' combined core capital ratio stood at 17.4% at the end of March, well above regulatory
minimums, which helps explain why the central bank judged the moment right.

## What is the countercyclical buffer?

It is an extra layer of capital that supervisors can switch on when credit is booming and
release when the economy turns, so that banks can absorb losses without cutting off lending.
Portugal's rate has stood at 0.5% since 2025.
"""

_CB_C_BODY = """
## The decision

The Banco de Portugal on Tuesday announced a 50 basis point increase in its countercyclical
capital buffer (CCyB) rate, to 1.0% of domestic risk-weighted exposures, from 0.5%. As the EU
capital rules require, banks get a phase-in of just over twelve months before the higher rate
binds. The announcement came alongside the bank's June Economic Bulletin.

## What it costs

The bank's own estimate, presented by Marta Quintela, director of financial stability, puts the
aggregate additional CET1 requirement at about €460 million across the 11 largest institutions.
Set against a system that holds roughly €9.8 billion of CET1 above its combined requirements and
management buffers, that is modest.

Quintela's own line was that all eleven "can do it out of retained earnings". On our numbers,
2025 net profit for the same group of banks was around €4.1 billion, so the requirement absorbs
a small fraction of a single year's earnings even after dividends and buybacks.

## Why now

The bank cites three indicators: mortgage credit growth of 6.8% year on year in April,
house-price growth of 11.2% in the first quarter, and a credit-to-GDP gap that has turned
positive, at 2.3 percentage points, for the first time since the sovereign debt crisis. Governor
Rui Valadares was blunt about the logic: a buffer, he said, is only useful if it is built before
it is needed.

The aggregate CET1 ratio of 17.4% at end-March (16.9% a year earlier) is the other half of the
argument. Supervisors prefer to raise requirements when the system can meet them from profits
rather than from shrinking balance sheets.

## Reading the growth forecast alongside

The same morning's bulletin lowered the growth projection for this year to 1.9% (from 2.2% in
March) and put next year at 1.7%. A central bank tightening a macroprudential lever while
cutting its growth forecast looks awkward at first glance. It is less so once you separate the
cycle in output from the cycle in credit: the first is cooling gently, the second is not. The
governor called the slowdown "moderate, not a turning point".

## Where Portugal sits

At 1.0%, Portugal moves into the middle of the European pack (see the table alongside). Several
northern jurisdictions run so-called positive neutral rates of 1% to 2% as a matter of course,
while Spain is lower and Italy has yet to switch the buffer on.

The Portuguese Banking Association, through its secretary-general Duarte Sampaio Lobo, said it
would have preferred a more gradual path but did not contest the decision. We think that is the
right call for the sector: the cost is small, and a public fight over a half-point buffer would
only invite questions about why the banks could not absorb it.

## What to watch

- Whether banks pass the cost on through mortgage spreads. Early signals suggest not: the big
lenders have kept their pricing unchanged so far.

- Whether the bank tightens borrower-based measures. The existing debt-service-to-income limit
of 50% was left untouched, and Quintela said there were "no plans" to change it this year.

- The next macroprudential review, due in the autumn, when the bank will publish its updated
credit-to-GDP gap estimate.
"""

_CB_D_BODY = """
The Banco de Portugal is tightening the rules for the country's banks. At 11 o'clock this
morning in Lisbon, the central bank announced that the countercyclical capital buffer, an extra
reserve of capital that lenders must keep against loans made in Portugal, will rise from 0.5% to
1.5% of their risk-weighted assets.

The new rate applies from 1 July 2027. According to the central bank, the 11 largest banks will
need to hold about 640 million euros more in capital in order to comply.

Speaking at a press conference at the bank's headquarters in downtown Lisbon, Governor Rui
Valadares said the decision was a precaution. "A buffer is only useful if it is built before it
is needed," he said. "We are building it now, while profits are high and losses are low."

The details were presented by Marta Quintela, director of the bank's financial stability
department, who said none of the banks would need to raise new capital from investors. All of
them, she said, can meet the requirement out of retained earnings.

## Why the central bank acted

The main reason is housing. Mortgage lending grew 6.8% in April compared with a year earlier,
and house prices rose 11.2% in the first three months of the year, according to INE, the
national statistics office.

In Almada, across the river from Lisbon, mortgage broker Tiago Rebelo said demand had picked up
sharply since January. "Young couples are stretching to the limit of what the bank will lend
them," he told RTA. "If this makes the banks a little more careful, that is not a bad thing."

The central bank stressed that the measure is not aimed directly at households and will not
change the rules for getting a mortgage. The existing limit on the share of income that can go
on loan repayments, set at 50%, stays in place.

## Growth forecast lowered

The bank also published its June Economic Bulletin this morning. It now expects the Portuguese
economy to grow 1.9% this year, down from its March forecast of 2.2%, and 1.7% next year.
Inflation is expected to average 2.1% in 2026.

"The slowdown we project is moderate, not a turning point," the governor said, pointing to
unemployment that remains low by historical standards.

The Portuguese Banking Association said banks would comply with the new requirement, although it
would have preferred the increase to be phased in more gradually.

The Finance Ministry said in a short statement that it "respects the independence of the central
bank" and that the decision was "consistent with a prudent approach to financial stability".

Opposition economists were more divided. Some argued the central bank should have gone further
and tightened the limits on mortgage lending directly; others said the timing, with growth
already slowing, was unfortunate. The bank's next review of its macroprudential measures is due
in the autumn.
"""

_CB_PAGES = [
    _page(
        site="Atlantic Wire Service",
        domain="atlanticwire.example",
        path="/markets/2026/06/09/portugal-central-bank-raises-countercyclical-buffer",
        kind="wire",
        nav=("Home", "World", "Markets", "Business", "Politics", "Technology", "Contact"),
        section="Markets",
        title="Bank of Portugal doubles countercyclical buffer to 1.0% as housing credit heats up",
        headline="Bank of Portugal doubles countercyclical buffer to 1.0% as housing credit heats up",
        standfirst=(
            "Central bank says 11 largest lenders need about 640 million euros more capital; "
            "growth forecast cut to 1.9%."
        ),
        byline="By Catarina Leme and Owen Pritchard",
        visible_date="June 9, 2026 10:42 GMT · Updated 12:15 GMT",
        metas=(
            ("property", "article:published_time", "2026-06-09T10:42:00Z"),
            ("property", "article:modified_time", "2026-06-09T12:15:00Z"),
            ("property", "article:section", "Markets"),
            ("name", "author", "Catarina Leme, Owen Pritchard"),
        ),
        body=_CB_A_BODY,
        sidebar_title="Markets at 12:10 GMT",
        sidebar=(
            "PSI (Lisbon): +0.3%",
            "Portugal 10-year yield: 3.04%",
            "Spain 10-year yield: 3.12%",
            "Euro: $1.1403",
            "Brent crude: $71.80 a barrel",
        ),
        related=(
            ("Portuguese house prices rise 11.2% in first quarter - INE", "/economy/pt-house-prices-q1"),
            ("Bank of Spain keeps countercyclical buffer unchanged", "/markets/bde-ccyb-unchanged"),
            ("Euro zone bank lending picks up in April", "/markets/ez-lending-april"),
        ),
        footer_note="Atlantic Wire Service is an independent news agency.",
        year="2026",
    ),
    _page(
        site="The Lisbon Ledger",
        domain="lisbonledger.example",
        path="/economy/central-bank-tells-lenders-to-set-aside-more-capital",
        kind="newspaper",
        nav=("Home", "Portugal", "Economy", "Politics", "World", "Opinion", "Culture", "Sport"),
        section="Economy",
        title="Central bank tells lenders to set aside more capital as mortgage boom returns",
        headline="Central bank tells lenders to set aside more capital as mortgage boom returns",
        standfirst=(
            "Banco de Portugal doubles its countercyclical buffer and trims its growth "
            "forecast, but insists there is no cause for alarm."
        ),
        byline="Helena Rosado, Economics Editor",
        jsonld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Central bank tells lenders to set aside more capital as mortgage boom returns",
            "datePublished": "2026-06-10T06:00:00+01:00",
            "dateModified": "2026-06-10T06:00:00+01:00",
            "author": {"@type": "Person", "name": "Helena Rosado"},
            "publisher": {"@type": "Organization", "name": "The Lisbon Ledger"},
            "articleSection": "Economy",
        },
        body=_CB_B_BODY,
        sidebar_title="In numbers",
        sidebar=(
            "Mortgage lending growth, April: 6.8%",
            "House prices, first quarter: +11.2%",
            "Banks' CET1 ratio, end-March: 17.4%",
            "12-month Euribor: 2.31%",
        ),
        related=(
            ("Rents in Lisbon rise again despite new supply", "/portugal/lisbon-rents"),
            ("Opinion: The housing market needs more than capital buffers", "/opinion/buffers"),
            ("Porto approves plan for 3,000 affordable homes", "/portugal/porto-housing-plan"),
        ),
        footer_note="The Lisbon Ledger - independent journalism from Portugal, in English.",
        year="2026",
    ),
    _page(
        site="Capital Buffers Weekly",
        domain="capitalbuffers.example",
        path="/notes/portugal-ccyb-step-up",
        kind="newsletter",
        nav=("Notes", "Country tracker", "Data", "Podcast", "About"),
        section="Notes",
        title="Portugal: CCyB to 1.0% - what it costs and who pays",
        headline="Portugal: CCyB to 1.0% - what it costs and who pays",
        standfirst=(
            "A half-point step-up, a modest bill for the banks and a growth forecast "
            "moving the other way."
        ),
        byline="By the Capital Buffers Weekly desk",
        body=_CB_C_BODY,
        sidebar_title="CCyB rates, selected countries (announced)",
        sidebar=(
            "Portugal: 1.0% (from 0.5%)",
            "Spain: 0.5%",
            "France: 1.0%",
            "Netherlands: 2.0%",
            "Sweden: 2.0%",
            "Italy: 0%",
        ),
        related=(
            ("Borrower-based measures across the EU: a field guide", "/notes/bbm-guide"),
            ("Mortgage spreads tracker", "/data/mortgage-spreads"),
            ("What a positive neutral rate is, and is not", "/notes/positive-neutral"),
        ),
        footer_note="Independent analysis for bank treasurers, supervisors and investors.",
    ),
    _page(
        site="RTA News",
        domain="rta-news.example",
        path="/economia/banco-de-portugal-capital-buffer-banks",
        kind="broadcaster",
        nav=("Home", "Portugal", "World", "Economy", "Sport", "Weather", "Watch live"),
        section="Economy",
        title="Banks told to hold more capital as Banco de Portugal tightens buffer",
        headline="Banks told to hold more capital as Banco de Portugal tightens buffer",
        standfirst=(
            "The central bank says lenders must build up reserves while times are good. "
            "It also lowered its growth forecast."
        ),
        byline="Joana Sacramento, RTA economics correspondent",
        visible_date="Published 9 June 2026, 13:05 (Lisbon) · Updated 14:20",
        body=_CB_D_BODY,
        sidebar_title="Also on RTA",
        sidebar=(
            "Unemployment at 6.1% in April",
            "Lisbon metro strike called off",
            "Heat warning for Alentejo and the Algarve",
        ),
        related=(
            ("Watch: what the countercyclical buffer means for you", "/video/ccyb-explained"),
            ("House prices: is the market overheating?", "/economia/house-prices-debate"),
            ("Central bank governor interview", "/economia/governor-interview"),
        ),
        footer_note="RTA News - Radio e Televisao Atlantica.",
        year="2026",
    ),
]

_CB = {
    "id": "cb-BD1",
    "part": "BD",
    "domain": "central bank",
    "fetched": "2026-06-23",
    "articles": _CB_PAGES,
    "planted": [
        (
            "new countercyclical buffer rate",
            r"(?<![\d.])1(\.0+)?\s?(%|per ?cent)",
            r"(?<![\d.])1\.5\s?(%|per ?cent)",
        ),
        (
            "additional capital the largest banks must hold",
            r"(?<![\d.,])640(?![\d,])|0\.64\s?b",
            r"(?<![\d.,])460(?![\d,])|0\.46\s?b",
        ),
        (
            "Marta Quintela's role at the Banco de Portugal",
            r"director.{0,40}financial stability|financial stability (department )?director",
            r"vice[- ]?governor",
        ),
    ],
}


# ---------------------------------------------------------------------------
# el-BD2: snap election to the Parliament of Cantabria
# ---------------------------------------------------------------------------

_EL_A_BODY = """
- Unión Cántabra (UC) won 16 of the 35 seats in the Parliament of Cantabria with 38.4% of the
vote, two short of the 18 needed for an absolute majority.

- The centre-left Alianza Progresista de Cantabria (APC) of outgoing regional president Tomás
Ceballos fell to 12 seats with 29.9%. UC's margin of victory: 8.5 percentage points.

- Foro Montañés won 5 seats and holds the balance of power. Turnout was 63.7%, up from 61.2% in
2023.

@@ 01:05 | What happens next

The new parliament holds its constituent session on 22 June. To be elected regional president,
Inés Saiz needs an absolute majority of 18 votes in a first investiture ballot, or more yes than
no votes in a second ballot. That is the end of our live coverage tonight. Thank you for
following along.

@@ 00:20 | Ceballos concedes

Tomás Ceballos has conceded defeat at APC's headquarters in Santander. "We have lost, and the
responsibility is mine," he told supporters. He did not say whether he would stay on as party
leader, and took no questions.

@@ 23:58 | Saiz: "Cantabria has asked us to govern"

Inés Saiz has addressed supporters outside UC's headquarters on Paseo de Pereda. "Cantabria has
asked us to govern, and it has also asked us to talk," she said, in an apparent nod to Foro
Montañés. She thanked voters in Torrelavega, where she was mayor for six years, by name.

@@ 23:50 | Foro Montañés: "not a blank cheque"

Foro Montañés leader Ramón Gutiérrez Pellón, speaking at a hotel in El Sardinero, says his party
will listen to everyone. "Our five seats are not a blank cheque for anyone," he said.

@@ 23:41 | Count complete

With 100% of the vote counted, the result is final: UC 16 seats (38.4%), APC 12 (29.9%), Foro
Montañés 5 (14.2%), Verdes-Izquierda Cantábrica 2 (7.6%). Movimiento Vecinal took 3.9% and no
seats, below the 5% threshold. Final turnout: 63.7%.

@@ 23:05 | UC's 17th seat slips away

With 96.2% counted, the seat projection has shifted: UC now 16, APC 12. The last seat swung to
APC as the remaining votes from Santander's city centre came in. Saiz's majority hopes were
always slim; now they are gone.

@@ 22:40 | Analyst: "She needs Foro, and Foro knows it"

Lucía Abascal Setién, a political scientist at the University of Cantabria, tells Norte TV the
result leaves UC dependent on the regionalists whatever the final seat count. "The arithmetic is
simple. Saiz needs Foro Montañés, and Foro Montañés knows it," she said.

@@ 22:10 | Eighty percent counted

With 80.3% of the vote counted, UC leads with 38.9% and is on course for 17 seats, one short of
a majority. APC has 29.4%, which would give it 11 seats. Foro Montañés is holding steady at
five.

@@ 20:40 | First results

With 12% counted, mostly from small rural municipalities, UC is on 41.0% and APC on 27.2%. Urban
votes from Santander and Torrelavega usually arrive later and tend to narrow the gap.

@@ 20:05 | Exit poll: UC ahead, majority uncertain

Our exit poll, carried out by Sondea for Norte TV, gives UC between 16 and 17 seats, APC 11 to
13, Foro Montañés 4 to 5 and Verdes-Izquierda Cantábrica 1 to 2.

@@ 20:00 | Polls close

Polling stations across Cantabria have closed at 20:00, as scheduled, after opening at 09:00
this morning. Counting begins now.

@@ 18:05 | Turnout up at 18:00

Turnout at 18:00 stood at 48.9%, up from 46.0% at the same point in 2023, according to the
regional government. Queues were reported in several Santander polling stations after lunch.

@@ 17:55 | Welcome

Good evening and welcome to Norte TV's live coverage of the snap election to the Parliament of
Cantabria, called in March after the regional budget was voted down. Stay with us for the exit
poll, the count and the reaction.
"""

_EL_B_BODY = """
SANTANDER - Inés Saiz will almost certainly be the next president of Cantabria, but she will
need help to get there. Her centre-right Unión Cántabra won yesterday's snap regional election
by a clear margin, taking 15 seats in the 35-member parliament but falling short of the 18
required for an absolute majority.

UC took 38.4% of the vote, 8.5 points ahead of the centre-left Alianza Progresista de Cantabria
(APC) of the outgoing regional president, Tomás Ceballos Ruiz, which won 29.9% and 12 seats. In
2023, UC won 13 seats with 31.0% of the vote, while APC took 14 and went on to govern in a
minority.

The kingmaker is once again Foro Montañés, the regionalist party led by Ramón Gutiérrez Pellón,
which won five seats with 14.2%. Its leader was in no hurry last night. "Our five seats are not
a blank cheque for anyone," he told reporters at a hotel in El Sardinero shortly before
midnight.

Turnout rose to 63.7%, from 61.2% in the previous election, an increase that party strategists
put down to the bitterness of the budget fight that brought down the Ceballos government in
March. Polls closed at 8pm, and the count was complete by 11.41pm.

Saiz, a 47-year-old former mayor of Torrelavega, spoke to several hundred supporters outside her
party's headquarters on Paseo de Pereda. "Cantabria has asked us to govern, and it has also
asked us to talk," she said, a line that was widely read as an opening to Gutiérrez.

Ceballos conceded shortly after midnight, in a brief appearance at APC's offices. "We have lost,
and the responsibility is mine," he said, offering no hint about his own future. Several APC
figures privately questioned whether he could survive as leader.

## The arithmetic

A deal between UC and Foro Montañés would give Saiz a comfortable majority. The regionalists,
who supported the Ceballos minority government for much of the last term before breaking with it
over the budget, have said they want commitments on rural health centres and the long-delayed
railway upgrade to the Meseta before backing anyone.

"The arithmetic is simple," said Lucía Abascal Setién, a political scientist at the University
of Cantabria. "Saiz needs Foro Montañés, and Foro Montañés knows it. The only question is the
price."

The Greens-left alliance Verdes-Izquierda Cantábrica held on to its two seats with 7.6%.
Movimiento Vecinal, a new residents' movement that had hoped to enter the chamber, took 3.9%,
below the 5% threshold.

The new parliament meets for its constituent session on 22 June. If Saiz fails to secure an
absolute majority in a first investiture vote, she can still be elected in a second ballot with
more yes than no votes, which would require Foro Montañés at least to abstain.
"""

_EL_C_BODY = """
SANTANDER, Spain, May 24 (IPA) - Cantabria's centre-right Unión Cántabra won Sunday's snap
regional election but fell short of an outright majority, leaving its leader Inés Saiz dependent
on a small regionalist party to form a government in the northern Spanish region.

With all votes counted at 2141 GMT, UC had 16 of the 35 seats in the regional parliament, up
from 13 in 2023, with 38.4% of the vote. The centre-left Alianza Progresista de Cantabria (APC),
which has governed the region since 2023, dropped to 12 seats from 14, taking 29.9%.

UC's winning margin of 8.5 percentage points was wider than most pre-election polls had
suggested. Polls closed at 21:00 local time (19:00 GMT).

The regionalist Foro Montañés won 5 seats, down from 6, and the Verdes-Izquierda Cantábrica
alliance held its 2. An absolute majority requires 18 seats.

"Cantabria has asked us to govern, and it has also asked us to talk," Saiz, 47, told supporters
in Santander shortly before 2200 GMT.

Foro Montañés leader Ramón Gutiérrez said his party would listen to offers but would not be
taken for granted, describing its seats as "not a blank cheque for anyone".

Outgoing regional president Tomás Ceballos conceded defeat at 2220 GMT. "We have lost, and the
responsibility is mine," he said.

Turnout was 63.7%, compared with 61.2% three years ago.

Movimiento Vecinal, a new residents' movement, won 3.9% of the vote but no seats, falling below
the 5% threshold needed to enter the chamber.

Saiz, a former mayor of the industrial town of Torrelavega, campaigned on hospital waiting lists
and on road and rail links with the rest of Spain. APC had argued that its minority government
was blocked at every turn by an opposition majority in the chamber.

The election was called in March after the APC minority government failed to pass its budget for
this year, which was voted down by UC and Foro Montañés together.

Cantabria, a green, mountainous region of about 590,000 people on the Bay of Biscay, is one of
Spain's smaller autonomous communities, but its vote was watched closely as the first regional
test of the year.

"This was a referendum on a government that could not pass a budget, and voters punished it,"
said Javier Mora, a political risk analyst at Norwest Political Risk in Madrid. "But the result
also shows the limits of UC's appeal. It still needs a partner, and regionalist partners in
Spain tend to charge a high price."

Foro Montañés has said it wants guarantees on rural health services and on the modernisation of
the region's rail links before supporting any candidate.

The new parliament will meet on June 22. Under the region's statute, a candidate needs an
absolute majority in a first investiture vote, or a simple majority in a second.

(Reporting by Álvaro Pindado; Editing by Ruth Okafor)
"""

_EL_D_BODY = """
Sunday's snap election in Cantabria produced the result most polls predicted in direction, if
not quite in size. Unión Cántabra's 16 seats make Inés Saiz the clear winner and the
near-certain next regional president, but two seats short of the 18 needed for a majority is a
long way in a 35-seat chamber.

## The numbers

UC finished on 38.4% against 29.9% for the outgoing Alianza Progresista de Cantabria, a lead of
5.8 points. Compared with 2023, that is a swing of 7.4 points to UC and a loss of 3.7 points for
APC, which falls from 14 seats to 12. Foro Montañés slipped 2.3 points to 14.2% and from six
seats to five; Verdes-Izquierda Cantábrica edged up to 7.6% and kept its two.

Turnout rose 2.5 points to 63.7%. By the time polls closed at 8 p.m., the regional government's
own figures already pointed to the highest participation in a Cantabrian election for more than
a decade.

## Where UC won

Saiz's party won every municipality with more than 10,000 inhabitants. It took 41.2% in
Santander and 44.0% in Torrelavega, where Saiz was mayor for six years and where UC had never
before topped the poll in a regional election. APC's best results came in Campoo and the upper
Besaya valley, where it still cleared 35.1%.

## Coalition arithmetic

- UC plus Foro Montañés: 21 seats. The obvious deal, and the one both sides have been quietly
preparing for.

- APC plus Foro Montañés plus Verdes-Izquierda Cantábrica: 19 seats. On paper an alternative
majority exists, which gives Foro Montañés leverage. In practice, its leader Ramón Gutiérrez
Pellón broke with APC over the budget and would struggle to explain a U-turn.

- UC alone in a second investiture ballot: 16 yes votes against 14 no votes from APC and the
Greens-left would be enough only if Foro Montañés abstains.

Gutiérrez's line on election night, that his five seats are "not a blank cheque for anyone", is
best read as the opening bid. Expect a written programme agreement covering rural health centres
and rail investment rather than a full coalition with regional ministries.

## What Saiz said

Her victory speech was short and careful: Cantabria, she said, "has asked us to govern, and it
has also asked us to talk". It was aimed as much at Foro Montañés as at her own supporters.

## What it means beyond Cantabria

Regional elections in small communities are poor predictors of national moods, and this one was
driven by a local budget collapse. But the pattern is familiar from elsewhere: incumbents who
lose their parliamentary support are punished, and regionalist parties hold the keys.

For APC, the task now is internal. Tomás Ceballos conceded just after midnight, taking personal
responsibility for the defeat, and did not say whether he would stay on as leader. Two potential
successors are already being briefed about in the regional press.
"""

_EL_PAGES = [
    _page(
        site="Norte TV",
        domain="nortetv.example",
        path="/elecciones/cantabria-election-live",
        kind="live",
        nav=("Home", "Cantabria", "Spain", "Elections", "Sport", "Weather", "Watch live"),
        section="Elections",
        title="Cantabria election live: Unión Cántabra wins but falls short of majority",
        headline="Cantabria election live: Unión Cántabra wins but falls short of majority",
        standfirst=(
            "Full results, reaction and analysis from the snap election to the Parliament "
            "of Cantabria. All times are local (CEST)."
        ),
        byline="Norte TV live team",
        metas=(
            ("property", "article:published_time", "2026-05-24T17:55:00+02:00"),
            ("property", "article:modified_time", "2026-05-25T01:05:00+02:00"),
            ("property", "article:section", "Elections"),
        ),
        body=_EL_A_BODY,
        live_base=("2026-05-24", "2026-05-25", "+02:00", 12),
        tz_label="CEST",
        sidebar_title="Seats in the new parliament (35)",
        sidebar=(
            "Unión Cántabra: 16",
            "Alianza Progresista de Cantabria: 12",
            "Foro Montañés: 5",
            "Verdes-Izquierda Cantábrica: 2",
            "Majority: 18",
        ),
        related=(
            ("Who is Inés Saiz?", "/elecciones/perfil-ines-saiz"),
            ("How the budget fight brought down the Ceballos government", "/cantabria/budget"),
            ("Results map by municipality", "/elecciones/mapa"),
        ),
        footer_note="Norte TV - the television of northern Spain.",
        year="2026",
    ),
    _page(
        site="The Cantabrian Herald",
        domain="cantabrianherald.example",
        path="/politics/saiz-wins-but-needs-regionalists",
        kind="newspaper",
        nav=("Home", "Santander", "Cantabria", "Politics", "Business", "Opinion", "Sport"),
        section="Politics",
        title="Saiz wins Cantabria but will need the regionalists to govern",
        headline="Saiz wins Cantabria but will need the regionalists to govern",
        standfirst=(
            "Unión Cántabra tops the poll comfortably; Foro Montañés once again holds "
            "the keys to the regional government."
        ),
        byline="By Marina Cobo Liaño, Political Correspondent",
        visible_date="Monday, 25 May 2026",
        body=_EL_B_BODY,
        sidebar_title="Vote share (%)",
        sidebar=(
            "Unión Cántabra 38.4",
            "Alianza Progresista 29.9",
            "Foro Montañés 14.2",
            "Verdes-Izquierda Cantábrica 7.6",
            "Movimiento Vecinal 3.9",
        ),
        related=(
            ("Editorial: A mandate to negotiate", "/opinion/editorial-mandate"),
            ("Ceballos under pressure after defeat", "/politics/ceballos-future"),
            ("Santander city results street by street", "/santander/results"),
        ),
        footer_note="The Cantabrian Herald - news from Santander and the region.",
        year="2026",
    ),
    _page(
        site="Iberia Press Agency",
        domain="iberiapress.example",
        path="/world/europe/spain-cantabria-election-result",
        kind="wire",
        nav=("Home", "World", "Business", "Markets", "Politics", "Sport", "Contact"),
        section="World",
        title="Centre-right wins Cantabria vote, falls short of majority",
        headline="Centre-right wins Cantabria vote, falls short of majority",
        standfirst=(
            "Unión Cántabra takes 16 of 35 seats; leader Inés Saiz will need regionalist "
            "support to govern."
        ),
        byline="By Álvaro Pindado",
        jsonld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Centre-right wins Cantabria vote, falls short of majority",
            "datePublished": "2026-05-25T00:48:00Z",
            "author": {"@type": "Person", "name": "Álvaro Pindado"},
            "publisher": {"@type": "Organization", "name": "Iberia Press Agency"},
        },
        body=_EL_C_BODY,
        sidebar_title="Seat changes vs 2023",
        sidebar=(
            "Unión Cántabra: 16 (+3)",
            "Alianza Progresista de Cantabria: 12 (-2)",
            "Foro Montañés: 5 (-1)",
            "Verdes-Izquierda Cantábrica: 2 (0)",
        ),
        related=(
            ("Factbox: Spain's regional governments", "/world/europe/factbox-regions"),
            ("Spanish bond spreads steady ahead of regional votes", "/markets/spain-spreads"),
        ),
        footer_note="Iberia Press Agency - news and data from Spain and Portugal.",
        year="2026",
    ),
    _page(
        site="Regional Politics Digest",
        domain="regionalpolitics.example",
        path="/digest/cantabria-saiz-wins-foro-holds-keys",
        kind="newsletter",
        nav=("Digest", "Elections", "Polls", "Archive", "About"),
        section="Digest",
        title="Cantabria: Saiz wins big, but Foro Montañés holds the keys",
        headline="Cantabria: Saiz wins big, but Foro Montañés holds the keys",
        standfirst=(
            "What the numbers say, where UC won and the coalition arithmetic for the "
            "investiture."
        ),
        byline="By Daniel Ortúzar",
        body=_EL_D_BODY,
        sidebar_title="Change since 2023 (points)",
        sidebar=(
            "Unión Cántabra: +7.4",
            "Alianza Progresista de Cantabria: -3.7",
            "Foro Montañés: -2.3",
            "Verdes-Izquierda Cantábrica: +0.5",
            "Turnout: +2.5",
        ),
        related=(
            ("How regionalist parties price their support", "/digest/regionalist-pricing"),
            ("Poll tracker: Spain's autonomous communities", "/polls/tracker"),
        ),
        footer_note="Regional Politics Digest is reader-funded and independent.",
    ),
]

_EL = {
    "id": "el-BD2",
    "part": "BD",
    "domain": "election",
    "fetched": "2026-06-02",
    "articles": _EL_PAGES,
    "planted": [
        ("seats won by Unión Cántabra", r"(?<![\d.])16(?!\.?\d)", r"(?<![\d.])15(?!\.?\d)"),
        ("Unión Cántabra's winning margin over APC", r"(?<![\d.])8\.5(?!\d)", r"(?<![\d.])5\.8(?!\d)"),
        (
            "time polls closed",
            r"\b20[:.h]?00\b|\b8 ?p\.?m\b|\b18[:.]?00 ?(gmt|utc)",
            r"\b21[:.h]?00\b|\b9 ?p\.?m\b|\b19[:.]?00 ?(gmt|utc)",
        ),
    ],
}


# ---------------------------------------------------------------------------
# ct-BD3 (control): Italian Constitutional Court on Tuscany's short-let law
# ---------------------------------------------------------------------------

_CT_A_BODY = """
ROME, March 5 (MLW) - Italy's Constitutional Court on Thursday upheld the core of Tuscany's law
capping short-term holiday rentals in Florence and other crowded tourist towns, but struck down
a provision that would have applied the cap to owners who were already registered before the
rules took effect.

In judgment no. 41/2026, filed with the court's registry and published on Thursday, the judges
rejected the national government's argument that the region had invaded the state's exclusive
powers over civil law and competition. Tourism, the court said, falls within the residual
legislative powers of the regions, and the cap pursues "legitimate aims of urban and social
balance".

The case was decided in chambers on Feb. 11. The court's press office announced the ruling in a
note issued at 12:30 CET (11:30 GMT).

Tuscany's Regional Law no. 18 of 2025 limits entire-home short-term rentals to 120 nights per
calendar year in municipalities classed as under "high tourist pressure". Florence and six other
municipalities currently carry that designation. Fines for breaches range from 2,000 euros to
12,000 euros, and the court found them proportionate.

The judges annulled Article 9 of the law, which extended the cap to properties registered before
its entry into force. That provision breached the principle of legitimate expectation, the court
said, because it changed the rules for investments "made in good faith under the previous
framework" without any transition period.

According to regional estimates, about 14,300 entire-home listings are registered in Florence,
of which some 5,100 hold registrations that predate the law. Those owners will remain outside
the cap until their current registration expires and has to be renewed.

The judge rapporteur was Giulia Maria Orsini.

Leonardo Bacci, Tuscany's regional councillor for tourism and trade, welcomed the decision. "The
heart of the law stands. Florence can finally plan for the people who live here, and not only
for the people who visit," he said in a statement.

Carla Nesti, president of the Associazione Proprietari Fiorentini, which represents small
landlords, said the ruling had "protected those who invested in good faith" and urged the region
to extend the same logic to owners who registered while the law was being debated.

The Tourism Ministry in Rome said it "takes note" of the ruling and would examine its reasoning.

The law was approved by the regional council in 2025 after more than a year of debate. The
original draft proposed a cap of 90 nights a year, which was raised to 120 during its passage
through the council's committees. The national government challenged the law before the
Constitutional Court shortly after its publication, arguing that only the state could restrict
how owners use their property.

Florence has become a focus of the European debate over short-term rentals, with residents'
groups arguing that holiday lets have emptied the historic centre of permanent inhabitants.
Several other Italian cities are drafting similar rules and had been waiting for the court's
decision before proceeding.

(Reporting by Paola Menichetti; Editing by Graham Oakes)
"""

_CT_B_BODY = """
FLORENCE - The owners of thousands of holiday flats in Florence woke up this morning to a split
decision. The Constitutional Court, known in Italy as the Consulta, yesterday confirmed that
Tuscany can limit entire-home short-term rentals to 120 nights a year in the city and in other
areas under pressure from tourism, but ruled that the cap cannot be imposed on those who were
already registered before the regional law came into force.

The judgment, numbered 41/2026, was decided in chambers on 11 February and filed yesterday. It
settles a challenge brought by the national government against Regional Law 18/2025, which the
Tuscan regional council passed after months of protests by residents' associations in the
historic centre.

## Two kinds of landlord

The practical effect is to split Florence's holiday-let market in two. Of the more than 14,000
entire-home listings registered in the city, just over a third predate the law and will be able
to carry on renting without a limit until their registration comes up for renewal. The rest,
including every new registration, must stop at 120 nights per calendar year.

Marco Pieri, who rents out a two-bedroom flat on Via dei Serragli, registered in 2023. "For me
nothing changes, at least for now," he said. "But I feel for the people who bought last year on
the strength of a business plan."

One of them is Elena Scotti, who registered a small flat near Santo Spirito after the law came
into force. "I knew the rules when I bought, so I can't complain about the court," she said.
"But 120 nights will not cover the mortgage. I will probably move to medium-term rentals for
students."

## What the court said

The judges, with Giulia Orsini as rapporteur, found that the region had acted within its powers
over tourism and that the cap was a reasonable way of protecting the residential character of
historic centres. They also upheld fines of between €2,000 and €12,000 for breaches. But the
article that applied the cap retroactively, Article 9, was struck down as a breach of legitimate
expectation.

Leonardo Bacci, the regional tourism councillor, said the "heart of the law" had survived and
that the region would now concentrate on enforcement. Carla Nesti of the Associazione
Proprietari Fiorentini said the court had protected owners who had invested in good faith.

Stefano Landini, professor of constitutional law at the University of Florence, said the
reasoning followed a familiar pattern. "The court has drawn a line we see often: regions can
regulate the future, but they cannot rewrite the past," he said.

Andrea Collodi, the city council's housing councillor, said the municipality would publish a
list of the properties covered by the cap within weeks and would hire additional inspectors. "A
rule that is not enforced is just a suggestion," he said.

The original draft of the regional law had proposed a stricter limit of 90 nights, before
councillors raised it to 120 during committee debate.
"""

_CT_C_BODY = """
## The short version

Italy's Constitutional Court has upheld Tuscany's 120-night annual cap on entire-home short-term
rentals in "high tourist pressure" municipalities, including Florence, but has annulled the
provision that applied the cap to properties registered before the regional law took effect. If
you manage Florence listings, your portfolio now has two regimes.

## What was decided

Judgment no. 41, published on Thursday, was decided in chambers just over three weeks before it
was filed. The challenge came from the national government, which argued that limiting how long
an owner may rent out a home is a matter of civil law reserved to the state. The court
disagreed: tourism is a residual regional competence, and the cap is a proportionate tool for
preserving the residential fabric of historic centres.

Three things were upheld:

- The 120-night cap per calendar year for entire-home rentals in designated municipalities.
Florence and six others are currently designated.

- The designation mechanism itself, which lets the region add municipalities on the basis of
published indicators such as the ratio of listings to residents.

- Fines of €2,000 to €12,000 (roughly £1,700 to £10,200) per breach.

One thing was struck down: Article 9, the transitional provision that brought existing
registrations within the cap. The court held that it violated the principle of legitimate
expectation.

## What it means for your listings

Registrations that predate the law are outside the cap until they expire and must be renewed. On
the region's figures, that covers about 5,100 of Florence's roughly 14,300 registered
entire-home listings, some 36%. Check the registration date on each property, not the date of
the first booking.

Registrations made after the law came into force are fully subject to the cap. Nights are
counted per calendar year, per property, across all platforms. Platforms will be required to
share booking data with the municipality.

Room rentals in an owner-occupied home are not covered.

## Reading between the lines

The judge rapporteur, Giulia Maria Orsini, wrote an opinion that leaves regions plenty of room.
Nothing in the reasoning suggests a 120-night figure is a floor; the draft of the Tuscan law
originally proposed 90 nights, and the court's language about proportionality would probably
accommodate something in that range elsewhere.

Tuscany's regional councillor for tourism, Leonardo Bacci, said the heart of the law "stands".
Landlords' representatives, led by Carla Nesti of the Associazione Proprietari Fiorentini,
focused on the protection of good-faith investors.

## Our view

Owners with older registrations have a reprieve, not an exemption. Renewal will bring them under
the cap, and the region has every incentive to keep registration periods short. Plan for the cap
to apply to the whole portfolio within a few years, and price medium-term and student lets
accordingly.
"""

_CT_PAGES = [
    _page(
        site="Mediterranean Legal Wire",
        domain="medlegalwire.example",
        path="/italy/2026/03/05/constitutional-court-tuscany-short-term-rentals",
        kind="wire",
        nav=("Home", "Courts", "Regulation", "Italy", "Spain", "Portugal", "Contact"),
        section="Courts",
        title="Italy's top court upholds Tuscany rental cap, spares existing owners",
        headline="Italy's top court upholds Tuscany rental cap, spares existing owners",
        standfirst=(
            "Constitutional Court backs 120-night limit on entire-home short lets but strikes "
            "down retroactive provision."
        ),
        byline="By Paola Menichetti",
        metas=(
            ("property", "article:published_time", "2026-03-05T12:10:00Z"),
            ("property", "article:section", "Courts"),
            ("name", "author", "Paola Menichetti"),
        ),
        body=_CT_A_BODY,
        sidebar_title="Short-let caps elsewhere",
        sidebar=(
            "Amsterdam: 30 nights a year",
            "Bologna (draft proposal): 100 nights a year",
            "Lisbon: new registrations suspended in central parishes",
        ),
        related=(
            ("Florence residents' groups rally against holiday lets", "/italy/florence-rally"),
            ("Explainer: how Italy's Constitutional Court works", "/explainers/consulta"),
            ("Spain's top court hears Balearic rental case", "/spain/balearic-case"),
        ),
        footer_note="Mediterranean Legal Wire covers courts and regulation in southern Europe.",
        year="2026",
    ),
    _page(
        site="The Arno Courier",
        domain="arnocourier.example",
        path="/florence/consulta-holiday-lets-ruling-split-decision",
        kind="newspaper",
        nav=("Home", "Florence", "Tuscany", "Italy", "Business", "Culture", "Opinion"),
        section="Florence",
        title="Consulta backs holiday-let cap but spares existing owners",
        headline="Consulta backs holiday-let cap but spares existing owners",
        standfirst=(
            "The 120-night limit stays for new registrations; flats registered before the "
            "law can carry on until renewal."
        ),
        byline="By Chiara Benvenuti",
        visible_date="Friday 6 March 2026",
        body=_CT_B_BODY,
        sidebar_title="The ruling in figures",
        sidebar=(
            "Cap: 120 nights per calendar year",
            "Municipalities designated: 7",
            "Fines: EUR 2,000 - 12,000",
            "Florence entire-home listings: about 14,300",
        ),
        related=(
            ("Letters: our readers on the holiday-let ruling", "/opinion/letters"),
            ("Santo Spirito: a neighbourhood in transition", "/florence/santo-spirito"),
            ("Student housing shortage worsens", "/florence/student-housing"),
        ),
        footer_note="The Arno Courier - Florence's English-language newspaper.",
        year="2026",
    ),
    _page(
        site="Short-Let Law Bulletin",
        domain="shortletlaw.example",
        path="/bulletin/italy-consulta-tuscany-cap",
        kind="newsletter",
        nav=("Bulletin", "Country guides", "Compliance tools", "Events", "About"),
        section="Bulletin",
        title="Italy: Consulta upholds Tuscany's 120-night cap - what operators need to know",
        headline="Italy: Consulta upholds Tuscany's 120-night cap - what operators need to know",
        standfirst=(
            "Two regimes for Florence portfolios: older registrations are spared until "
            "renewal, everything else is capped."
        ),
        byline="By the Bulletin's legal team",
        body=_CT_C_BODY,
        sidebar_title="Caps at a glance",
        sidebar=(
            "Tuscany (designated municipalities): 120 nights",
            "Amsterdam: 30 nights",
            "Bologna (draft proposal): 100 nights",
        ),
        related=(
            ("Country guide: Italy", "/guides/italy"),
            ("Medium-term lets: the compliance checklist", "/guides/medium-term"),
        ),
        footer_note="Not legal advice. Consult a qualified lawyer about your situation.",
    ),
]

_CT = {
    "id": "ct-BD3",
    "part": "BD",
    "domain": "court",
    "fetched": "2026-03-19",
    "articles": _CT_PAGES,
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-BD4 (control): Spain's July trade figures
# ---------------------------------------------------------------------------

_TR_A_BODY = """
MADRID, Sept 17 (MEW) - Spain's trade deficit narrowed to 4.7 billion euros in July from 5.4
billion euros a year earlier, as exports grew 4.7% to a record for the month while lower energy
costs held down the import bill, Economy Ministry data showed on Thursday.

Exports rose to 31.2 billion euros, while imports increased 2.0% to 35.9 billion euros. Analysts
polled by MEW had expected a deficit of 5.0 billion euros.

The ratio of exports to imports, known in Spain as the coverage rate, improved to 86.9% from
84.7% in July 2025. In seasonally and calendar adjusted terms, exports grew 0.8% from June.

The figures were released at 10:00 local time (08:00 GMT).

Exports to the European Union, which absorbed 63.1% of Spanish sales abroad in July, rose 5.8%
from a year earlier, while exports to the United States fell 6.2%, the ministry said. Shipments
to the United Kingdom rose 3.4%.

By sector, exports of cars and components jumped 9.1%, and food, drink and tobacco exports
climbed 2.7% to 4.9 billion euros. Energy imports fell 11.3% from a year earlier, reflecting
lower oil and gas prices.

"Spanish exporters are finding new doors in Europe while one door across the Atlantic is
narrowing," Secretary of State for Trade Beatriz Onandía told a news conference at the ministry.

She said the government's export support lines for small firms affected by US tariffs had
approved 1,840 applications since they opened in the spring, and that the ministry would present
a new trade promotion plan for Latin America before the end of the year.

In the first seven months of the year, exports rose 3.9% to 228.4 billion euros, and the
cumulative deficit narrowed to 24.6 billion euros from 26.1 billion euros in the same period of
2025.

Pablo Arranz, chief economist at Banco Meseta, said the improvement was real but flattered by
energy prices. "Roughly half of the improvement in the deficit comes from cheaper oil and gas.
The other half is genuine export strength, mostly in cars," he said.

Exports of capital goods, Spain's second-largest export category, were broadly flat, and
chemicals exports edged down 0.6%, the data showed. On the import side, purchases of capital
goods rose 4.2%, which some analysts read as a sign that business investment is picking up.

The euro's strength against the dollar over the past year has made Spanish goods more expensive
in dollar markets, adding to the effect of US tariffs on some products such as olive oil and
wine, exporters' groups have said.

The next monthly trade report, covering August, is scheduled for October.

(Reporting by Lucas Benavente; Editing by Fiona Garrick)
"""

_TR_B_BODY = """
Spain's trade gap narrowed more than expected in July, as a strong month for car exports and
cheaper energy imports more than offset a further slump in sales to the United States.

According to figures released yesterday by the Ministry of Economy, Trade and Business, exports
reached €31.2bn in July, 4.7% more than in the same month last year and the highest figure ever
recorded for a July. Imports grew more slowly, by 2%, to €35.9bn, leaving a deficit of €4.7bn,
against €5.4bn a year earlier and the €5bn that analysts had forecast.

The coverage ratio, which measures the share of imports paid for by exports, rose to 86.9%, more
than two points higher than a year before.

## Europe up, America down

The breakdown by destination confirms a trend that has been building all year. Sales to the rest
of the European Union, which account for close to two-thirds of Spanish exports, rose 5.8%,
while exports to the United States fell 6.2% in the face of higher tariffs. The Secretary of
State for Trade, Beatriz Onandía Ruiz, said Spanish firms were "finding new doors in Europe"
even as the American market narrowed.

Cars did most of the heavy lifting. Exports of vehicles and components rose 9.1% year on year,
helped by new electric models coming off assembly lines in Aragón, Navarre and Valencia. Exports
from Aragón alone rose 12.4%, according to the ministry's regional breakdown.

Agri-food exports grew 2.7% to €4.9bn, but the headline hides a difficult picture for some
products. Olive oil and wine producers, who depend heavily on American buyers, have seen orders
fall since tariffs were raised.

"Small exporters are still struggling with the US market, and not all of them can redirect their
sales to Europe overnight," said Nuria Ballester, director of international affairs at the
Spanish Chamber of Commerce.

## Cheaper energy

On the import side, the energy bill fell 11.3%, reflecting lower oil and gas prices compared
with last summer. Pablo Arranz, chief economist at Banco Meseta, estimated that about half of
the year-on-year improvement in the trade balance was explained by energy, and the rest by
stronger exports.

Over the first seven months of the year, exports have grown 3.9% to €228.4bn. The accumulated
deficit stands at €24.6bn, down from €26.1bn a year earlier.

## Outlook

Economists expect the improvement to continue in the autumn, although at a slower pace. Energy
prices have already started to rise again in September, and the comparison with last year's
figures will become less favourable from October.

The ministry said it would present a trade promotion plan for Latin America before the end of
the year, and reminded firms that support lines for exporters affected by US tariffs remain
open.
"""

_TR_C_BODY = """
Spain sold more goods abroad than ever before in a month of July, and the country's trade gap
shrank as a result. That was the message from the Ministry of Economy on Thursday, when it
published the latest monthly trade figures at 10 a.m. Madrid time.

Exports reached 31.2 billion euros, around 36.2 billion dollars, an increase of 4.7% on July
last year. Imports rose by 2% to 35.9 billion euros, so the trade deficit came in at 4.7 billion
euros, or about 5.5 billion dollars. A year earlier the gap was 5.4 billion euros.

Much of the improvement came from the car industry. Exports of vehicles and parts rose by 9.1%.
At the same time, Spain paid 11.3% less for imported energy than a year ago, thanks to lower oil
and gas prices.

## Tariffs bite

But not every exporter is celebrating. Sales to the United States fell by 6.2% in July, while
exports to the rest of the European Union rose 5.8%.

In the province of Jaén, the heartland of Spanish olive oil, exporter Antonio Lozano told Onda
Ibérica that his American orders had fallen by a quarter since the spring. "We are selling more
in Germany and in Poland, which is good, but the United States was our best customer," he said.
"You don't replace a customer like that in one summer."

The Secretary of State for Trade, Beatriz Onandía, acknowledged the difficulty. "Our exporters
are finding new doors in Europe, even as one door across the Atlantic is narrowing," she said.
She pointed to government credit lines for small companies hit by tariffs, which she said had
approved 1,840 applications so far.

## Good news, with a caveat

Economists welcomed the figures but warned against reading too much into a single month. Pablo
Arranz, chief economist at Banco Meseta, said around half of the improvement was down to cheaper
energy rather than to stronger sales abroad. "The other half is genuine export strength, mostly
in cars," he added.

Over the first seven months of the year, Spanish exports totalled 228.4 billion euros, about 265
billion dollars, up 3.9% on the same period last year. The accumulated deficit fell to 24.6
billion euros.

Analysts had expected a slightly wider deficit for July, of around 5 billion euros.

Spain's exports of food, drink and tobacco, which include olive oil, still grew overall in July,
by 2.7%, to 4.9 billion euros, thanks to stronger sales of fruit, vegetables and pork in Europe.

The figures come as the government prepares next year's budget, in which it has promised extra
money for export promotion and for the trade offices that Spain runs abroad.

The ministry's next report, with figures for August, is due in October.
"""

_TR_PAGES = [
    _page(
        site="Meseta Economic Wire",
        domain="mesetawire.example",
        path="/economy/2026/09/17/spain-july-trade-deficit-narrows",
        kind="wire",
        nav=("Home", "Economy", "Markets", "Companies", "Energy", "Politics", "Contact"),
        section="Economy",
        title="Spain's July trade deficit narrows to 4.7 bln euros as exports hit record",
        headline="Spain's July trade deficit narrows to 4.7 bln euros as exports hit record",
        standfirst=(
            "Exports up 4.7% year on year; sales to US fall 6.2%; energy imports drop 11.3%."
        ),
        byline="By Lucas Benavente",
        metas=(
            ("property", "article:published_time", "2026-09-17T08:25:00Z"),
            ("property", "article:section", "Economy"),
            ("name", "author", "Lucas Benavente"),
        ),
        body=_TR_A_BODY,
        sidebar_title="Spain trade, July (EUR bln)",
        sidebar=(
            "Exports: 31.2 (+4.7% y/y)",
            "Imports: 35.9 (+2.0% y/y)",
            "Balance: -4.7 (July 2025: -5.4)",
            "Consensus forecast: -5.0",
            "Coverage rate: 86.9%",
        ),
        related=(
            ("Spain's industrial output rises 1.2% in July", "/economy/spain-industry-july"),
            ("Euro zone trade surplus widens", "/economy/ez-trade"),
            ("Olive oil exporters seek new markets as US orders fall", "/companies/olive-oil"),
        ),
        footer_note="Meseta Economic Wire - economic news from Madrid, Lisbon and beyond.",
        year="2026",
    ),
    _page(
        site="Gaceta Mercantil",
        domain="gacetamercantil.example",
        path="/economia/comercio-exterior/july-trade-gap-narrows-car-exports",
        kind="newspaper",
        nav=("Home", "Economy", "Companies", "Markets", "Regions", "Opinion", "English edition"),
        section="Economy",
        title="July trade gap narrows as car exports offset US slump",
        headline="July trade gap narrows as car exports offset US slump",
        standfirst=(
            "Exports hit a record for the month; the coverage ratio climbs to 86.9%."
        ),
        byline="Irene Castañeda, Madrid",
        jsonld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "July trade gap narrows as car exports offset US slump",
            "datePublished": "2026-09-18T06:30:00+02:00",
            "author": {"@type": "Person", "name": "Irene Castañeda"},
            "publisher": {"@type": "Organization", "name": "Gaceta Mercantil"},
        },
        body=_TR_B_BODY,
        sidebar_title="Neighbours in July",
        sidebar=(
            "Portugal: exports +3.1% year on year",
            "Italy: extra-EU trade surplus EUR 7.4bn",
            "France: trade deficit EUR 6.1bn",
        ),
        related=(
            ("Aragón's car plants run at full capacity", "/regiones/aragon-cars"),
            ("Opinion: Europe is not a substitute for America", "/opinion/europe-america"),
            ("Wine exporters cut prices to hold US shelf space", "/empresas/wine"),
        ),
        footer_note="Gaceta Mercantil - the business daily. English edition.",
        year="2026",
    ),
    _page(
        site="Onda Ibérica News",
        domain="ondaiberica.example",
        path="/news/economy/spain-trade-gap-shrinks-car-exports",
        kind="broadcaster",
        nav=("News", "Spain", "World", "Economy", "Sport", "Listen live", "Podcasts"),
        section="Economy",
        title="Spain's trade gap shrinks as car exports surge and US sales slide",
        headline="Spain's trade gap shrinks as car exports surge and US sales slide",
        standfirst=(
            "Record July for Spanish exporters, but olive oil producers feel the pain "
            "of American tariffs."
        ),
        byline="Sergio Llamazares, economics reporter",
        body=_TR_C_BODY,
        sidebar_title="Most listened",
        sidebar=(
            "Podcast: why petrol prices are rising again",
            "Interview: the head of Spain's car makers' association",
            "Madrid's new airport terminal opens",
        ),
        related=(
            ("Jaén olive growers count the cost of tariffs", "/news/spain/jaen-olive"),
            ("Explainer: what is the trade balance?", "/news/explainers/trade-balance"),
        ),
        footer_note="Onda Ibérica News - radio and online.",
    ),
]

_TR = {
    "id": "tr-BD4",
    "part": "BD",
    "domain": "trade",
    "fetched": "2026-09-29",
    "articles": _TR_PAGES,
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-BD5: first orbital launch of Cagarro-1 from Santa Maria, Azores
# ---------------------------------------------------------------------------

_RK_A_BODY = """
- Macaronesia Launch Systems' Cagarro-1 lifted off from the Malbusca launch complex on Santa
Maria at 09:12 local time (10:12 in Lisbon) this Wednesday, on the company's first orbital
attempt.

- Both satellites on board, Faial-1 and Ondina, were deployed at T+58 minutes into a
sun-synchronous orbit of about 510 km, the company says.

- Tuesday's first attempt was scrubbed four minutes before liftoff because of upper-level winds.

@@ 11:45 | First signal from Faial-1

The University of the Azores says its ground station in Ponta Delgada received the first signal
from Faial-1 at 11:40, on the satellite's second pass over the archipelago. Ondina's operator,
Oleaje Data of Vigo, expects contact on a later pass this afternoon.

@@ 10:55 | Portugal Space: "on the map"

Carlos Amaral Sequeira, president of the Portuguese space agency, Portugal Space, who watched
from the viewpoint: "This puts Santa Maria on the map of launch sites that actually launch.
Today we stopped talking about a spaceport and started operating one."

@@ 10:40 | "The Atlantic got its own door to space"

An emotional Joana Bettencourt Furtado, co-founder and chief executive of MLS, spoke to
reporters at the mission control building. "Today the Atlantic got its own door to space," she
said. Launch director Iker Etxeberria, the company's other co-founder, was more technical: "Both
stages did exactly what the simulations said, and that almost never happens."

@@ 10:12 | Both satellites deployed

MLS confirms payload separation of Faial-1 and Ondina at T+58 minutes, at 10:10 local time,
after a coast phase and a short second burn of the upper stage. Orbit: about 510 km,
sun-synchronous, inclined 97.4 degrees. Cheers in the control room.

@@ 09:25 | Second stage shuts down on target

Second-stage engine cutoff (SECO) confirmed at T+8 minutes 47 seconds. The vehicle is now
coasting. The next milestone is payload deployment, expected a little under an hour after
liftoff.

@@ 09:16 | Stage separation

The first stage separated at T+2 minutes 31 seconds, at an altitude of about 62 km. The
second-stage engine ignited on schedule and the payload fairing was jettisoned at T+3 minutes 5
seconds.

@@ 09:12 | LIFTOFF

Cagarro-1 is off the pad. A clean ascent so far into a clear sky over the south of the island,
with the roar rolling across Malbusca a few seconds later.

@@ 09:05 | All stations go

Launch director Iker Etxeberria has polled the team: all stations are go. Winds at altitude are
well within limits today, unlike Tuesday, when the countdown was stopped at T-4 minutes.

@@ 08:40 | Crowds at the viewpoint

About 1,200 people have gathered at the public viewpoint above Praia Formosa, according to the
municipality of Vila do Porto. Schools on the island have given pupils the morning off to watch.

@@ 07:30 | Good morning

Welcome to our live coverage of the second attempt to launch Cagarro-1, the 18.5-metre,
two-stage rocket built by Macaronesia Launch Systems (MLS). Today's launch window runs from
09:00 to 11:00 local time. The rocket burns bio-propane and liquid oxygen and is carrying two
small satellites.
"""

_RK_B_BODY = """
Macaronesia Launch Systems (MLS) reached orbit at the first attempt on Thursday, when its
Cagarro-1 rocket lifted off from Santa Maria island in the Azores at 09:12 local time and
deployed two cubesats into a sun-synchronous orbit. It is the first orbital launch from
Portuguese territory and one of only a handful of successful maiden flights by a European small
launcher.

## The flight

The 18.5 m two-stage vehicle, fuelled by bio-propane and liquid oxygen, flew a textbook profile
after a weather scrub the previous day. First-stage separation came at T+2:31, second-stage
engine cutoff at T+8:47, and the payloads were released 58 minutes after liftoff following a
coast and a short circularisation burn. The target orbit was about 510 km at an inclination of
97.4 degrees, and MLS says both satellites were placed within tolerance.

## The payloads

- Faial-1, a 6U Earth-observation cubesat built by the University of the Azores to monitor
coastal water quality and algal blooms around the archipelago. The university reported a first
signal within a few hours of launch.

- Ondina, a 3U relay satellite from the Vigo start-up Oleaje Data, designed to collect readings
from ocean buoys that are out of reach of terrestrial networks.

Neither customer paid a commercial price; MLS described both as demonstration payloads flown at
a discount.

## The company

MLS was founded by Joana Bettencourt Furtado, its chief executive, and Iker Etxeberria, who
serves as launch director and chief technology officer. The company has its headquarters in
Ponta Delgada and an engine test facility near Zaragoza, and has raised €74 million (about $86
million) to date from Portuguese, Spanish and Luxembourg investors. Its suborbital demonstrator,
Cagarro-S, reached 105 km in 2025.

Bettencourt Furtado told reporters that "the Atlantic got its own door to space". Etxeberria's
summary was drier: both stages, he said, had done exactly what the simulations predicted.

## Why it matters

Europe's small-launcher field has been crowded with promises and short on orbital flights. A
clean first flight gives MLS something most of its competitors lack: flight heritage. It also
validates Santa Maria as an operating spaceport rather than a planning exercise, which matters
for the Portuguese government's ambitions to attract other launch providers to the island.

The caveats are obvious. One flight is not a cadence, and MLS has yet to show it can turn
vehicles around quickly enough to make money at the prices it has advertised. The company says
the next Cagarro-1 mission is planned for the first quarter of 2027, with a commercial customer
on board.

## What to watch

- Orbit determination data from tracking networks, which will confirm how close the deployment
orbit was to target.

- Whether Ondina makes contact with its ground segment; Oleaje Data had not confirmed a signal
when we went to press.

- Announcements of customers for the 2027 manifest.
"""

_RK_C_BODY = """
PONTA DELGADA - Santa Maria, the quietest island of the Azores, became a launch site in more
than name yesterday morning, when a rocket built by a Portuguese-Spanish start-up lifted off
from its southern coast and placed two small satellites in orbit.

The 18.5-metre Cagarro-1, built by Macaronesia Launch Systems (MLS), left the pad at Malbusca at
9.12am local time (10.12am in Lisbon) on Wednesday, a day after a first attempt was called off
four minutes before liftoff because of strong upper-level winds.

The two satellites on board, Faial-1, built by the University of the Azores, and Ondina, from
the Galician company Oleaje Data, were released into orbit 38 minutes after liftoff, at an
altitude of about 510 kilometres. The university said its ground station in Ponta Delgada picked
up the first signal from Faial-1 shortly before midday.

About 1,200 people watched from the viewpoint above Praia Formosa, many of them schoolchildren
given the morning off. "I have lived here for seventy years and the loudest thing I ever heard
was the airport," said Manuel Chaves, a retired fisherman from Vila do Porto. "Now this."

Joana Bettencourt Furtado, the company's co-founder and chief executive, embraced members of her
team in the control room as confirmation of the deployment came through. "Today the Atlantic got
its own door to space," she told reporters afterwards.

The launch director, Iker Etxeberria Zubiri, said the flight had gone exactly to plan. "Both
stages did exactly what the simulations said, and that almost never happens," he said.

## A new industry for a small island

For Santa Maria, an island of about 5,500 people whose economy rests on farming, fishing and
summer tourism, the arrival of a space industry has been both a hope and a source of unease. MLS
employs 46 people on the island, and the regional government says another 30 jobs will follow if
launches become regular.

Some residents have raised concerns about noise and about restrictions on fishing in the waters
off the launch site. The regional secretary for the sea said the exclusion zone had been in
force for only six hours on Wednesday and that fishermen would be compensated for lost days at
sea.

Carlos Amaral Sequeira, the president of Portugal Space, the national space agency, said the
launch "puts Santa Maria on the map of launch sites that actually launch".

MLS has raised €74 million from investors since it was founded. It plans a second Cagarro-1
flight in the first quarter of 2027, this time with a paying customer.

## From test stand to orbit

The company's path to orbit has been quick by industry standards. Its suborbital demonstrator,
Cagarro-S, reached an altitude of 105 kilometres in 2025, and the orbital vehicle's engines were
qualified at a test stand near Zaragoza earlier this year.
"""

_RK_D_BODY = """
VILA DO PORTO, Azores, Oct 14 (EAP) - A small rocket built by Portuguese-Spanish start-up
Macaronesia Launch Systems reached orbit on its first attempt on Wednesday, lifting off from
Santa Maria island in the Azores and deploying two small satellites, the company said.

The two-stage Cagarro-1, about 18.5 metres (61 feet) tall, lifted off at 0912 GMT, which is also
local time on the island. A first attempt on Tuesday was scrubbed four minutes before liftoff
because of high-altitude winds.

MLS said both satellites were released into a sun-synchronous orbit about 510 km (317 miles)
above Earth, 58 minutes after liftoff. The payloads were Pico-1, an Earth-observation cubesat
built by the University of the Azores, and Ondina, a data-relay satellite for ocean buoys from
Spanish firm Oleaje Data.

"Today the Atlantic got its own door to space," said Joana Bettencourt Furtado, the company's
co-founder and chief executive.

The university's cubesat is designed to monitor coastal water quality and algal blooms around
the archipelago, while Ondina will collect readings from ocean buoys beyond the reach of
terrestrial networks. Neither operator had confirmed contact with its satellite by the time of
publication.

About 1,200 people watched the launch from a viewpoint above Praia Formosa on the island's south
coast, according to the municipality of Vila do Porto.

The flight makes MLS one of very few European private companies to have reached orbit, and the
first to do so from Portuguese territory. Santa Maria, the southernmost island of the
archipelago, has been promoted by the Portuguese government as a spaceport for small launchers
since the late 2010s.

Launch director Iker Etxeberria said the rocket's first stage separated two minutes and 31
seconds into the flight, and the second stage shut down on schedule at eight minutes and 47
seconds.

MLS has raised 74 million euros ($86 million) to date and employs about 120 people across
Portugal and Spain, including an engine test site near Zaragoza. It has not disclosed what it
charges per launch.

"This puts Santa Maria on the map of launch sites that actually launch," said Carlos Amaral
Sequeira, president of the Portuguese space agency, Portugal Space.

Europe has struggled to build a market for small launchers, with several start-ups delaying
first flights or failing to reach orbit. Analysts said a clean first flight would help MLS raise
further funding.

"First flights fail more often than not, so this is a very strong result," said Clara Wendt, a
space industry analyst at Hartwell Orbital Consulting in Bremen. "The question now is whether
they can fly four or five times a year."

The company said its next launch was planned for the first quarter of 2027.

(Reporting by Rui Medeiros; Editing by Sarah Coyle)
"""

_RK_PAGES = [
    _page(
        site="Azores Today",
        domain="azorestoday.example",
        path="/live/cagarro-1-launch-santa-maria",
        kind="live",
        nav=("Home", "Azores", "Portugal", "Science", "Sport", "Weather", "Live"),
        section="Science",
        title="Live: Cagarro-1 launch from Santa Maria - rocket reaches orbit",
        headline="Live: Cagarro-1 launch from Santa Maria - rocket reaches orbit",
        standfirst=(
            "Follow the second launch attempt of Macaronesia Launch Systems' first orbital "
            "rocket. Times are Azores local time (UTC)."
        ),
        byline="Azores Today live desk",
        metas=(
            ("property", "article:published_time", "2026-10-14T07:30:00+00:00"),
            ("property", "article:modified_time", "2026-10-14T11:45:00+00:00"),
            ("property", "article:section", "Science"),
        ),
        body=_RK_A_BODY,
        live_base=("2026-10-14", "2026-10-15", "+00:00", 0),
        tz_label="Azores time",
        sidebar_title="Cagarro-1 at a glance",
        sidebar=(
            "Height: 18.5 m",
            "Stages: 2",
            "Propellants: bio-propane and liquid oxygen",
            "Target orbit: about 510 km, sun-synchronous",
            "Payloads: Faial-1 (6U), Ondina (3U)",
        ),
        related=(
            ("Why Santa Maria? The geography of a spaceport", "/science/why-santa-maria"),
            ("Fishermen seek compensation for launch exclusion zone", "/azores/fishermen"),
            ("Meet the team behind Faial-1", "/science/faial-1-team"),
        ),
        footer_note="Azores Today - news from the nine islands.",
        year="2026",
    ),
    _page(
        site="Orbital Brief",
        domain="orbitalbrief.example",
        path="/brief/mls-cagarro-1-reaches-orbit",
        kind="newsletter",
        nav=("Brief", "Launch log", "Companies", "Data", "Subscribe"),
        section="Brief",
        title="MLS makes orbit first time out: what Cagarro-1 proves, and what it doesn't",
        headline="MLS makes orbit first time out: what Cagarro-1 proves, and what it doesn't",
        standfirst=(
            "A clean maiden flight from Santa Maria puts a Portuguese-Spanish start-up "
            "ahead of most of Europe's small-launcher field."
        ),
        byline="By Ewa Lindqvist",
        body=_RK_B_BODY,
        sidebar_title="European small launchers: orbital flights",
        sidebar=(
            "Cagarro-1 (MLS): 1 attempt, 1 success",
            "Other European start-ups: see our launch log",
        ),
        related=(
            ("Launch log", "/launch-log"),
            ("Spaceports of the Atlantic", "/brief/atlantic-spaceports"),
        ),
        footer_note="Orbital Brief is an independent newsletter about the launch industry.",
    ),
    _page(
        site="The Atlantic Gazette",
        domain="atlanticgazette.example",
        path="/azores/santa-maria-rocket-reaches-orbit",
        kind="newspaper",
        nav=("Home", "Azores", "Madeira", "Portugal", "Business", "Opinion", "Culture"),
        section="Azores",
        title="Santa Maria rocket reaches orbit on its first try",
        headline="Santa Maria rocket reaches orbit on its first try",
        standfirst=(
            "Cagarro-1 places two satellites in orbit as 1,200 people watch from the "
            "island's south coast."
        ),
        byline="By Sara Medeiros Pacheco in Vila do Porto",
        jsonld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Santa Maria rocket reaches orbit on its first try",
            "datePublished": "2026-10-15T05:00:00+01:00",
            "author": {"@type": "Person", "name": "Sara Medeiros Pacheco"},
            "publisher": {"@type": "Organization", "name": "The Atlantic Gazette"},
        },
        body=_RK_C_BODY,
        sidebar_title="Santa Maria in numbers",
        sidebar=(
            "Population: about 5,500",
            "Area: 97 square km",
            "MLS jobs on the island: 46",
        ),
        related=(
            ("Editorial: a door to space, and a duty to the island", "/opinion/editorial-space"),
            ("Ponta Delgada port expansion approved", "/azores/port-expansion"),
        ),
        footer_note="The Atlantic Gazette - English-language news from the Atlantic islands.",
        year="2026",
    ),
    _page(
        site="Euro-Atlantic Press",
        domain="eapress.example",
        path="/science/portuguese-spanish-startup-rocket-reaches-orbit-azores",
        kind="wire",
        nav=("Home", "World", "Business", "Science", "Technology", "Markets", "Contact"),
        section="Science",
        title="Portuguese-Spanish start-up's rocket reaches orbit from the Azores",
        headline="Portuguese-Spanish start-up's rocket reaches orbit from the Azores",
        standfirst=(
            "Macaronesia Launch Systems deploys two small satellites on first orbital attempt."
        ),
        byline="By Rui Medeiros",
        visible_date="14 October 2026 · 11:02 GMT",
        body=_RK_D_BODY,
        sidebar_title="Launch facts",
        sidebar=(
            "Vehicle: Cagarro-1, two stages",
            "Site: Santa Maria, Azores",
            "Orbit: about 510 km",
        ),
        related=(
            ("Europe's launch sector looks for a second act", "/science/europe-launch"),
            ("Factbox: Europe's spaceports", "/science/factbox-spaceports"),
        ),
        footer_note="Euro-Atlantic Press - independent news agency.",
        year="2026",
    ),
]

_RK = {
    "id": "rk-BD5",
    "part": "BD",
    "domain": "rocket",
    "fetched": "2026-10-27",
    "articles": _RK_PAGES,
    "planted": [
        ("weekday of the launch", r"wednesday", r"thursday"),
        ("time from liftoff to satellite deployment", r"(?<![\d.])58(?!\.?\d)", r"(?<![\d.])38(?!\.?\d)"),
        ("name of the University of the Azores satellite", r"faial", r"pico"),
    ],
}


# ---------------------------------------------------------------------------
# eq-BD6 (control): offshore earthquake south-west of Cape St Vincent
# ---------------------------------------------------------------------------

_EQ_A_BODY = """
- A magnitude 5.6 earthquake struck off the Algarve coast at 03:47 Lisbon time on Thursday,
about 95 km southwest of Sagres, at a depth of 24 km.

- IPMA's first automatic estimate of magnitude 5.8 was revised to 5.6 after review by its
seismologists.

- Three people were slightly injured. There are no deaths, and IPMA says there is no tsunami risk.

@@ 18:05 | Evening round-up: 19 aftershocks, 27 damage reports

IPMA has now recorded 19 aftershocks since the main shock, the largest still the magnitude 3.9
event at 04:31. The Algarve regional command of civil protection says it has logged 27 reports
of minor damage, mostly cracked walls, fallen roof tiles and two chimneys, almost all of them in
the municipality of Vila do Bispo. No buildings have been declared unsafe. We are closing this
live page; thank you for following.

@@ 14:30 | Schools reopen tomorrow

The two schools in Vila do Bispo that were closed today for structural inspections will reopen
tomorrow, the municipality says. Engineers found only superficial cracks.

@@ 12:20 | Mayor: "We were lucky"

Hugo Palma, mayor of Vila do Bispo, toured the old centre of Sagres this morning. "We were
lucky. A few metres of plaster, some tiles, a lot of fright," he said. "The bell tower of the
parish church has a crack we will have to repair, but it is standing."

@@ 10:05 | Twelve aftershocks so far

IPMA has recorded 12 aftershocks by 10:00, the largest of magnitude 3.9 at 04:31. Most were too
small to be felt.

@@ 08:30 | Three people slightly injured

Civil protection says three people suffered minor injuries in the Algarve: a 71-year-old woman
who fell on the stairs at her home in Lagos, and two people in Vila do Bispo who were hit by
falling objects. All were treated at Portimão hospital and discharged.

@@ 06:10 | No injuries reported so far

Nuno Raposo Leite, regional commander of civil protection in the Algarve, says teams have been
sent to Vila do Bispo and Aljezur to check buildings. At this stage there are no reports of
injuries. The national emergency number 112 received more than 400 calls in the first hour after
the quake.

@@ 05:25 | IPMA revises magnitude to 5.6

After manual review, IPMA has revised the magnitude of this morning's earthquake from the
preliminary 5.8 to 5.6. The depth is now put at 24 km. The institute reiterates that it has not
issued any tsunami warning.

@@ 04:40 | Aftershock of magnitude 3.9

A first aftershock, of magnitude 3.9, was recorded at 04:31 in the same area. Several readers in
Lagos and Portimão tell us they felt it.

@@ 04:05 | Strong earthquake felt across southern Portugal

An earthquake was felt at 03:47 across the Algarve and as far north as Lisbon. IPMA's
preliminary automatic estimate puts the magnitude at 5.8, with the epicentre at sea southwest of
Cape St Vincent. In Spain, where clocks are an hour ahead, the shaking was felt at 04:47 in
Huelva and Seville. IPMA says there is no tsunami warning.
"""

_EQ_B_BODY = """
HUELVA - Thousands of people across western Andalusia were woken at 4.47am yesterday by an
earthquake centred off the coast of southern Portugal, the strongest to be felt in the region in
years.

The quake, which struck at 3.47am Portuguese time, had a magnitude of 5.6, according to the
Portuguese Institute for Sea and Atmosphere (IPMA), which had initially put it at 5.8 before
revising its estimate after a manual review. Its epicentre was at sea, about 95 kilometres
southwest of Sagres, on the south-western tip of Portugal, and around 260 kilometres from the
city of Huelva.

Spain's National Geographic Institute (IGN) said the tremor had been felt in the provinces of
Huelva, Seville and Cádiz. No damage or injuries were reported in Spain, according to
the Andalusian emergency service, 112 Andalucía, which received about 150 calls in the two hours
after the earthquake.

"The whole bed moved, and the glasses in the kitchen cabinet were ringing," said Rocío Márquez,
a teacher in Isla Cristina, on the border with Portugal. "My first thought was the sea. Everyone
here knows the stories about 1755."

## No tsunami risk

The Great Lisbon Earthquake of 1 November 1755, estimated by historians and seismologists at
between magnitude 8.5 and 9.0, was followed by a tsunami that killed hundreds of people on the
Andalusian coast, in Huelva, Cádiz and Ayamonte. Yesterday's earthquake was tens of thousands of
times less energetic, and IPMA said at no point was there any risk of a tsunami.

Teresa Cordeiro Matos, head of IPMA's seismology division, said the earthquake was typical of
the zone where the African and Eurasian plates converge off the Iberian coast. Events of this
size occur there every few decades, she said, and the much larger earthquake of 1969 had its
origin in the same region.

In Portugal, three people were slightly injured in the Algarve, and there was minor damage to
buildings in Vila do Bispo and Sagres, the country's civil protection authority said. By
yesterday evening, IPMA had recorded 19 aftershocks, the largest of magnitude 3.9.

## Felt but not feared

In Seville, around 350 kilometres from the epicentre, the shaking was weaker. Several residents
in the Triana district said they had woken up without knowing why. The Seville metro operated
normally from its opening.

Andalusia's regional government said its emergency plan for seismic risk had not been activated,
as no damage had been reported. A spokesman for 112 Andalucía said most calls had come from
people who wanted to know whether they should leave their homes.

"The answer was no, and that was the right answer," he said.

Seismologists say the Gulf of Cádiz and the area south of Cape St Vincent remain among the most
closely monitored seismic zones in Europe, precisely because of the 1755 disaster. Both Spain
and Portugal operate networks of seafloor and coastal instruments there.
"""

_EQ_C_BODY = """
LISBON, Feb 12 (AWS) - A magnitude 5.6 earthquake struck off the coast of southern Portugal
early on Thursday, shaking buildings across the Algarve and waking people as far away as Lisbon
and Seville, but causing only minor damage and three light injuries, authorities said.

The quake hit at 0347 GMT (0447 in Spain) about 95 km (59 miles) southwest of Sagres, on
Portugal's south-western tip, at a depth of 24 km (15 miles), according to the Portuguese
Institute for Sea and Atmosphere (IPMA). The institute initially estimated the magnitude at 5.8
before revising it down after a manual review.

IPMA said there was no risk of a tsunami and did not issue any warning.

Civil protection said three people were slightly hurt in the Algarve, one of them a 71-year-old
woman who fell on the stairs at home. All three were treated in hospital and discharged.

"Damage is limited to cracks and fallen tiles. We have no reports of collapsed buildings," Nuno
Raposo Leite, the Algarve regional commander of the National Emergency and Civil Protection
Authority, told reporters.

The municipality of Vila do Bispo, the closest to the epicentre, closed two schools for the day
so that engineers could inspect them. In Lagos and Portimão, some residents spent the rest of
the night in their cars, local media reported.

By 1000 GMT, IPMA had recorded 12 aftershocks, the largest of magnitude 3.9 at 0431 GMT.

"This region produces earthquakes of this size every few decades," said Teresa Cordeiro Matos,
head of IPMA's seismology division. "The 1969 earthquake, in the same zone, was far larger, and
we should not forget that."

The earthquake of 28 February 1969, with a magnitude of 7.9, was the strongest recorded
instrumentally in the area. It killed more than a dozen people in Portugal and Morocco. The 1755
earthquake that destroyed much of Lisbon is thought to have originated in the same broad region.

Portugal's national emergency number received more than 400 calls in the first hour, officials
said. In Spain, the Andalusian emergency service reported about 150 calls but no damage.

The earthquake occurred in a zone where the African and Eurasian tectonic plates converge
slowly. Scientists have long warned that the Portuguese coast and the Gulf of Cádiz are exposed
to both earthquakes and tsunamis, and Portugal has in recent years expanded its warning network
and held evacuation drills in coastal towns.

Prime Minister's office spokesperson Inês Valente said the government was following the
situation "closely and calmly" and had been briefed by the civil protection authority overnight.

(Reporting by Tomás Abreu; Editing by Miriam Hale)
"""

_EQ_D_BODY = """
## What happened

Thursday's magnitude 5.6 earthquake off south-west Portugal was, by the standards of this
region, a moderate event. It occurred at 03:47 UTC (also local time in mainland Portugal in
winter), roughly 95 km southwest of Sagres, at a depth of about 24 km, or some 15 miles. IPMA,
Portugal's Institute for Sea and Atmosphere, is the reference agency for the location and
magnitude.

## Why the magnitude changed

IPMA's first automatic solution gave magnitude 5.8. That number was replaced about ninety
minutes later by a reviewed value of 5.6. This is normal and not a sign that anything went
wrong. Automatic solutions are computed from the first few stations to record the shaking,
before an analyst has checked the picks and before enough distant stations have reported.
Revisions of 0.1 to 0.3 units in either direction are common for offshore events, where the
station geometry is poor. The reviewed value of 5.6 is the one to use.

## The tectonic setting

The epicentre lies in the broad zone of deformation where the African and Eurasian plates
converge at a few millimetres per year. There is no single clean plate boundary here. Instead,
the convergence is taken up across a wide region of thrust faults and folds between the Gorringe
Bank and the Gulf of Cádiz. A depth of 24 km and the pattern of first motions recorded by
onshore stations are consistent with reverse faulting, the kind of movement expected when crust
is squeezed.

## History

This same region produced the great earthquake of 1755, which destroyed much of Lisbon and
generated a tsunami that struck Portugal, Spain and Morocco. Its magnitude is estimated at 8.5
to 9.0. More recently, the 1969 earthquake, of magnitude 7.9, occurred roughly 200 km southwest
of Cape St Vincent. A magnitude 5.6 event releases a tiny fraction of the energy of either.

## Aftershocks

By the evening, IPMA had recorded 19 aftershocks. The largest, magnitude 3.9, came 44 minutes
after the main shock. That is smaller than Båth's law would suggest; the rule of thumb says the
largest aftershock is typically about 1.2 magnitude units below the main shock, which here would
be around 4.4. Sequences with relatively weak aftershocks are not unusual for deeper events.

The probability of a larger earthquake following this one is low but not zero. Statistical
forecasts for sequences like this typically put the chance of a subsequent event of equal or
greater magnitude in the following week at a few per cent.

## Shaking and damage

The shaking reached intensity V on the European Macroseismic Scale in Vila do Bispo and Sagres,
where walls cracked and tiles fell, and III to IV in Lisbon. Three people were slightly injured.
That is roughly what we would expect for a moderate offshore event of this depth: strong enough
to frighten, too weak and too distant to damage modern buildings.

## No tsunami

A tsunami requires a large vertical displacement of the seafloor, which in practice means
earthquakes of magnitude 7 or more at shallow depth. A 5.6 at 24 km does not come close, and
IPMA correctly issued no warning.
"""

_EQ_PAGES = [
    _page(
        site="Portugal Now",
        domain="portugalnow.example",
        path="/live/earthquake-algarve-sagres",
        kind="live",
        nav=("Home", "Portugal", "World", "Economy", "Sport", "Weather", "Live"),
        section="Portugal",
        title="Live: Earthquake off the Algarve - magnitude 5.6, three slightly injured",
        headline="Live: Earthquake off the Algarve - magnitude 5.6, three slightly injured",
        standfirst=(
            "Latest updates after an offshore earthquake shook southern Portugal overnight. "
            "All times are Lisbon time (GMT)."
        ),
        byline="Portugal Now live team",
        metas=(
            ("property", "article:published_time", "2026-02-12T04:05:00Z"),
            ("property", "article:modified_time", "2026-02-12T18:05:00Z"),
            ("property", "article:section", "Portugal"),
        ),
        body=_EQ_A_BODY,
        live_base=("2026-02-12", "2026-02-13", "+00:00", 0),
        tz_label="Lisbon",
        sidebar_title="What to do in an earthquake",
        sidebar=(
            "Drop, cover and hold on",
            "Stay away from windows and balconies",
            "After the shaking, check for gas leaks",
            "Only call 112 in an emergency",
        ),
        related=(
            ("Is Portugal ready for a major earthquake?", "/portugal/earthquake-preparedness"),
            ("Map: the faults off the Portuguese coast", "/portugal/fault-map"),
        ),
        footer_note="Portugal Now - news as it happens.",
        year="2026",
    ),
    _page(
        site="Andalusia Post",
        domain="andalusiapost.example",
        path="/huelva/earthquake-portugal-felt-western-andalusia",
        kind="newspaper",
        nav=("Home", "Seville", "Huelva", "Cádiz", "Málaga", "Spain", "Opinion"),
        section="Huelva",
        title="Portuguese earthquake wakes western Andalusia",
        headline="Portuguese earthquake wakes western Andalusia",
        standfirst=(
            "The magnitude 5.6 quake off Sagres was felt in Huelva, Seville and Cádiz; "
            "no damage in Spain."
        ),
        byline="By Alejandro Pinzón",
        jsonld={
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Portuguese earthquake wakes western Andalusia",
            "datePublished": "2026-02-13T06:00:00+01:00",
            "author": {"@type": "Person", "name": "Alejandro Pinzón"},
            "publisher": {"@type": "Organization", "name": "Andalusia Post"},
        },
        body=_EQ_B_BODY,
        sidebar_title="Recent quakes felt in Andalusia",
        sidebar=(
            "Granada province, January: magnitude 3.4",
            "Alborán Sea, last autumn: magnitude 4.2",
            "Gulf of Cádiz, last summer: magnitude 3.8",
        ),
        related=(
            ("1755: the day the sea came to Cádiz", "/history/1755-cadiz"),
            ("How Andalusia's tsunami warning system works", "/spain/tsunami-warning"),
        ),
        footer_note="Andalusia Post - English-language news from southern Spain.",
        year="2026",
    ),
    _page(
        site="Atlantic Wire Service",
        domain="atlanticwire.example",
        path="/world/2026/02/12/portugal-earthquake-algarve",
        kind="wire",
        nav=("Home", "World", "Markets", "Business", "Politics", "Technology", "Contact"),
        section="World",
        title="Magnitude 5.6 quake off southern Portugal causes minor damage",
        headline="Magnitude 5.6 quake off southern Portugal causes minor damage",
        standfirst=(
            "Tremor felt from the Algarve to Lisbon and Seville; three people lightly injured, "
            "no tsunami risk."
        ),
        byline="By Tomás Abreu",
        visible_date="February 12, 2026 10:58 GMT",
        body=_EQ_C_BODY,
        sidebar_title="Key facts",
        sidebar=(
            "Magnitude: 5.6 (IPMA, revised from 5.8)",
            "Time: 0347 GMT",
            "Depth: 24 km",
            "Aftershocks by 1000 GMT: 12",
        ),
        related=(
            ("Factbox: major earthquakes in Portugal's history", "/world/factbox-pt-quakes"),
            ("Morocco reports no damage from Atlantic quake", "/world/morocco-no-damage"),
        ),
        footer_note="Atlantic Wire Service is an independent news agency.",
        year="2026",
    ),
    _page(
        site="Fault Lines Notes",
        domain="faultlinesnotes.example",
        path="/notes/sagres-offshore-m5-6",
        kind="newsletter",
        nav=("Notes", "Explainers", "Maps", "Glossary", "About"),
        section="Notes",
        title="The Sagres offshore earthquake: a moderate event in a dangerous neighbourhood",
        headline="The Sagres offshore earthquake: a moderate event in a dangerous neighbourhood",
        standfirst=(
            "Why the magnitude changed, what kind of fault moved and why there was never "
            "a tsunami risk."
        ),
        byline="By Dr Helen Marsh",
        body=_EQ_D_BODY,
        sidebar_title="Magnitudes for comparison",
        sidebar=(
            "1755 Lisbon earthquake: estimated 8.5 to 9.0",
            "1969 Gorringe-Horseshoe earthquake: 7.9",
            "This event: 5.6 (reviewed)",
        ),
        related=(
            ("Explainer: automatic versus reviewed magnitudes", "/explainers/magnitudes"),
            ("Glossary: Båth's law", "/glossary/baths-law"),
        ),
        footer_note="Fault Lines Notes - plain-language seismology.",
    ),
]

_EQ = {
    "id": "eq-BD6",
    "part": "BD",
    "domain": "earthquake",
    "fetched": "2026-02-20",
    "articles": _EQ_PAGES,
    "planted": [],
}

STORIES = [_CB, _EL, _CT, _TR, _RK, _EQ]
