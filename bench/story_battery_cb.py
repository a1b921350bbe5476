"""Story battery, part CB — Central Asia and Mongolia, events in 2026.

Written by engineer CB1 on 2026-12-07 for the thirtieth batch, a precision batch: most
differences between outlets below are legitimate (time zones, local vs UTC dates, rounding,
units, currency conversions, counts that grow with the time of each update, provisional figures
revised and said so, forecasts vs outcomes, earlier events' figures, other agencies' estimates
attributed to them, look-alike measures, name and title variants, paraphrased quotes, sidebar
figures of other stories). Three stories are CONTROLS with no planted disagreement at all; the
other three carry exactly three planted contradictions each, each in exactly one outlet. All
outlets, reporters, companies, most officials and all figures are invented; real institutions
and places are scenery only.

cb-CB1 (central bank, Kazakhstan) — CONTROL. Facts: on Friday 9 October 2026 at 12:00 Astana
time (UTC+5; 07:00 GMT) the National Bank of Kazakhstan (also "National Bank of the Republic of
Kazakhstan", NBK/NBRK) cut the base rate by 50 bp from 16.5% to 16.0%, corridor kept at +/-1 pp
(15.0-17.0%); third cut in a row (17.0% in July, 16.5% on 4 September; 18% since October
2025). Annual inflation 10.8% in September (11.4% in August, peak 12.9% in June), core 9.9%,
monthly 0.6%, year-to-date 7.1%. End-2026 forecast lowered to 10-11% (from 10.5-12.5%),
2027 7.5-9.5%, target 5%. Governor (= chairman) Aidar (Serikuly) Zhaksylykov; deputy chairwoman
Dinara Abenova; press conference 13:00 Astana time. Tenge 511.85 per dollar before, 512.90 at
12:15, 513.40 at 14:45, closed 513.60. Steppe Wire poll: 11 of 16 expected a 50 bp cut. GDP
+5.6% Jan-Sep; National Fund transfers 5.3 trillion tenge (~$10.3 billion). Next decision
27 November. Outlets: wire (Steppe Wire, article:published_time 07:06Z), live markets page
(Almaty Finance Daily, times in Astana time, visible date only), next-day newspaper (The Astana
Courier, JSON-LD 10 October), specialist banking site (Central Asia Banking Review, NO date at
all). Traps: 12:00 local vs 07:00 GMT; tenge quotes at different times; headline vs core vs
monthly vs year-to-date inflation; previous rates and last year's 18%; forecast ranges old vs
new; analysts' forecasts for November; rounding ("nearly 11 per cent"); 5.3 trillion tenge vs
$10.3 billion; governor vs chairman; patronymic; paraphrased quote; average business lending
rate 21.7% vs "22 to 24 per cent" quoted to small firms; sidebar figures of other stories.

el-CB2 (election, Mongolia) — PLANTED (3). Facts: by-election for a Khovd province seat of the
State Great Khural on Sunday 14 June 2026, polls 07:00-22:00 Khovd time (UTC+7; 23:00
Ulaanbaatar time, UTC+8; 15:00 UTC). 58,412 registered voters, 64 polling stations. The General
Election Commission (GEC; also "General Electoral Commission") announced preliminary results at
01:40 Ulaanbaatar time on Monday 15 June (00:40 Khovd time; 17:40 UTC on 14 June): J.
Otgonbayar (Jargalsaikhan Otgonbayar, MPP) 15,362 (45.8%), B. Tserendulam (Baasankhüü
Tserendulam, Democratic Party) 12,118 (36.1%), D. Munkh-Erdene (HUN Party = National Labour
Party) 5,140 (15.3%), independent S. Enkhjin 912 (2.7%); 522 invalid; 34,054 ballots, turnout
58.3% (31.2% at 14:00 and 47.9% at 18:00 Khovd time; 71.4% in Khovd in 2024). A hand recount at
polling station No. 7 in Jargalant soum added nine ballots: final certified on Wednesday 17 June
15,371 for Otgonbayar (margin 3,253; preliminary 3,244); turnout still 58.3%. Seat vacated by G.
Naranbaatar (ambassador to Kazakhstan). GEC chairwoman S. Oyunchimeg. PLANTED: (1) weekday:
Sunday (right) vs "Saturday" — The Steppe Gazette is wrong; (2) turnout: 58.3% (right) vs 53.8%
— Khovd Online is wrong; (3) winner's name: Otgonbayar (right) vs "Otgonbaatar" — Northern Asia
Newswire is wrong. Outlets: wire (Northern Asia Newswire, article:published_time 2026-06-14
18:05Z, dateline 15 June), live page (Ulaanbaatar Daily Signal, Ulaanbaatar times, crossing
midnight, visible date only), newspaper next day (The Steppe Gazette, JSON-LD 15 June evening),
local site (Khovd Online, after certification, NO date at all). Traps: Khovd vs Ulaanbaatar vs
UTC clock times; 14 June UTC vs 15 June local for the results; running counts with the share of
stations counted; turnout at intermediate hours; preliminary vs certified totals (said so);
percent of valid votes vs ballots; margin in votes vs points; Mongolian names with initials,
patronymic order and diacritics; HUN Party vs National Labour Party; 2024 turnout; km vs miles.

ct-CB3 (court, Uzbekistan) — CONTROL. Facts: on Wednesday 22 July 2026 the appellate collegium
of the Tashkent City Court (three judges, presiding Judge Malika Rakhimova, unanimous) cut the
sentence of Rustam Akmalovich Nazarov, 52, former general director (chief executive) of the
Zarafshon Textile Cluster, from nine to seven years (general-regime colony); upheld five years for
ex-deputy finance director Sherzod Tursunov; replaced procurement head Azamat Yuldashev's four-year
prison term with three years of restricted freedom. Ruling read at 16:20 Tashkent time (UTC+5;
11:20 GMT) after a 5 h 20 min hearing that opened at 11:00. Damages 412.6 billion soums (~$32.1
million at 12,850/$), 96 billion soums (~$7.5 million) already repaid. First instance: Yunusabad
(Yunusobod) district criminal court, 18 March 2026, nine years; prosecutors had sought 11 years;
detained 14 May 2025. Abuse-of-office count dropped. Lawyer Bekzod Alimov: cassation to the
Supreme Court; prosecutors' spokeswoman Nigora Saidova. Outlets: wire (Silk Road Wire,
article:published_time 11:48Z), newspaper next day (Tashkent Chronicle, JSON-LD 23 July), legal
monitor (Central Asia Legal Monitor, NO date, "last Wednesday"). Traps: first-instance vs appeal
terms; sought vs imposed; soums vs dollars and rounding; 16:20 vs 11:20 GMT; "more than five
hours"; time in custody; name with/without patronymic; Yunusabad/Yunusobod; court named two ways;
general director vs chief executive; paraphrased quotes; "last Wednesday".

tr-CB4 (trade, Kazakhstan-Uzbekistan) — PLANTED (3). Facts: on Tuesday 12 May 2026 at 15:30
Tashkent time (UTC+5, same as Astana; 10:30 GMT) the Kazakh-Uzbek intergovernmental commission,
co-chaired by Kazakh Trade and Integration Minister Bakhyt Seitkali and Uzbek Deputy Prime Minister
Farrukh Ismoilov, signed 18 documents (4 intergovernmental agreements, 14 commercial contracts)
worth $1.84 billion in Tashkent: a $310 million logistics hub at the Zhibek Zholy-Gisht Kuprik
crossing (works from autumn 2026, opening 2028), a green corridor cutting clearance of perishables
from about six hours to 90 minutes, mutual recognition of phytosanitary certificates from 1 July,
1.2 million tonnes of wheat over two seasons. Trade $4.9 billion in 2025 (+8.2%; Kazakh exports
$2.8bn, Uzbek $2.1bn), $1.31 billion in Q1 2026 (+12.4%), target $10 billion by 2030. PLANTED:
(1) package value: $1.84 billion (right) vs $1.48 billion — Kazakhstan Herald is wrong; (2) place
of signing: Tashkent (right) vs Samarkand — Caspian Business Wire is wrong; (3) Ismoilov's post:
deputy prime minister (right) vs foreign minister — Eurasian Freight & Trade is wrong. Outlets:
wire (Caspian Business Wire, article:published_time 11:02Z, Astana dateline), specialist trade
site (Eurasian Freight & Trade, NO date), newspaper next day (Kazakhstan Herald, JSON-LD 13 May),
local site (Tashkent Today, visible "Updated" time only). Traps: 15:30 vs 10:30 GMT; $ vs soums
vs tenge; 2025 vs Q1 figures; exports vs total trade; six hours vs 90 minutes (targets); trade
minister vs minister of trade and integration; quote wordings; all-crossings vs one-crossing
truck counts.

rk-CB5 (rocket, Kazakhstan) — CONTROL. Facts: a Soyuz-2.1b/Fregat-M lifted off from Site 31 at
Baikonur on Tuesday 21 April 2026 at 11:47:30 local time (UTC+5; 06:47:30 UTC; 09:47:30 Moscow)
carrying the Kazakh Earth-observation satellite SAMAL-2 (184 kg, 0.7 m resolution, 7-year life,
built by Steppe Orbital Systems of Astana, cost $38 million, about 19.3 billion tenge) and six
smaller satellites (seven in all). Launch slipped 48 hours from Sunday 19 April (upper-level
winds). Fregat separated at T+9 min 23 s; SAMAL-2 separated at T+1 h 42 min (13:29:30 local,
08:29:30 UTC) into a 550 km (342-mile) sun-synchronous orbit at 97.6 degrees; first signal at
the Akkol ground station at 14:06 local (09:06 UTC). SAMAL-1: March 2021, 95 kg, 1.5 m. Outlets:
wire (Great Steppe News Agency, article:published_time 09:25Z), live page (LaunchDesk, UTC times,
visible date only), next-day newspaper (Kazakh Daily Review, NO date). Traps: local vs UTC vs
Moscow time; seconds dropped; km vs miles; "an hour and 42 minutes" vs "about an hour and
three-quarters"; six rideshares vs seven satellites; dollars vs tenge; SAMAL-1's figures; the
original launch date.

eq-CB6 (earthquake, Kyrgyzstan) — PLANTED (3). Facts: a quake struck at 03:47 local time (UTC+6)
on Sunday 13 September 2026 (21:47 UTC on Saturday 12 September; 02:47 in Almaty and Tashkent,
UTC+5), epicentre 38 km (24 miles) north-east of Toktogul, Jalal-Abad region. Kyrgyz Institute of
Seismology: magnitude 6.0, depth 15 km; USGS 6.3 preliminary revised to 6.2, depth 12 km;
Kazakhstan's monitoring service 6.1. Emergencies Ministry tallies: 05:30 1 dead/9 injured; 08:00
2/23 (150 houses damaged); 12:30 5/41 (240 houses); 19:00 7/58 (312 damaged, 47 destroyed);
Monday 09:00 8/61. 27 aftershocks by noon (strongest 4.6 at 05:12), more than 40 by evening;
Bishkek-Osh highway shut about four hours (rockfall near Ala-Bel pass, reopened 10:15); Toktogul
dam undamaged; 150 million soms aid; Kazakhstan sends 40 tonnes of aid. PLANTED: (1) clock time:
03:47 (right) vs 3:17 am — Jalal-Abad News is wrong; (2) distance: 38 km (right) vs 83 km — Tien
Shan Wire is wrong; (3) year: 2026 (right) vs "13 September 2025" — Almaty Evening Post is wrong.
Outlets: wire (Tien Shan Wire, published 2026-09-12 23:58Z, modified 02:35Z), live page
(Ala-Too Times, Bishkek times, visible date only), Kazakh newspaper next day (Almaty Evening
Post, JSON-LD 14 September, Almaty times), local site (Jalal-Abad News, NO date). Traps: 03:47
Bishkek vs 02:47 Almaty vs 21:47 UTC Saturday; growing death toll with times; USGS vs national
magnitudes and depths (revision said so); km vs miles; aftershock counts by hour; Uch-Terek vs
Üch-Terek; deputy chairman of the Cabinet vs deputy prime minister; soms vs dollars.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Small HTML builders
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _figure(caption: str, credit: str, src: str) -> str:
    return (
        f'<figure class="media"><img src="{_e(src)}" alt="{_e(caption)}" loading="lazy">'
        f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption>'
        "</figure>"
    )


def _ad(slot: str) -> str:
    return (
        f'<aside class="ad-slot" id="{_e(slot)}"><span class="ad-label">Advertisement</span>'
        f'<div class="ad-frame" data-slot="{_e(slot)}"></div></aside>'
    )


def _body(text: str, img_base: str) -> str:
    out: list[str] = []
    n_fig = 0
    n_ad = 0
    for block in _blocks(text):
        if block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("[fig] "):
            n_fig += 1
            cap, _, credit = block[6:].partition(" || ")
            out.append(_figure(cap, credit, f"{img_base}/inline-{n_fig}.jpg"))
        elif block == "[ad]":
            n_ad += 1
            out.append(_ad(f"inread-{n_ad}"))
        elif block.startswith("[pull] "):
            out.append(f'<blockquote class="pull"><p>{_e(block[7:])}</p></blockquote>')
        elif block.startswith("[day] "):
            out.append(f'<div class="live-day">{_e(block[6:])}</div>')
        elif block.startswith("[live "):
            head, _, rest = block[6:].partition("] ")
            stamp, _, title = head.partition(" | ")
            out.append(
                f'<article class="live-post"><div class="live-time">{_e(stamp)}</div>'
                + (f"<h3>{_e(title)}</h3>" if title else "")
                + f"<p>{_e(rest)}</p></article>"
            )
        else:
            out.append(f"<p>{_e(block)}</p>")
    return "\n".join(out)


def _links(items: list[str], cls: str, title: str, base: str) -> str:
    lis = []
    for i, item in enumerate(items, 1):
        slug = "-".join("".join(c if c.isalnum() else " " for c in item.lower()).split())[:60]
        lis.append(f'<li><a href="https://{base}/{slug}-{1000 + i * 37}">{_e(item)}</a></li>')
    return f'<section class="{cls}"><h2>{_e(title)}</h2><ul>{"".join(lis)}</ul></section>'


def _share(kind: str) -> str:
    nets = ["Facebook", "X", "Telegram", "WhatsApp", "Email"]
    if kind in ("trade", "local"):
        nets = ["LinkedIn", "Telegram", "Email", "Copy link"]
    btns = "".join(f'<button class="share-{n.lower().replace(" ", "-")}">{n}</button>' for n in nets)
    return f'<div class="share-bar"><span>Share</span>{btns}</div>'


def _page(site: dict, art: dict) -> str:
    kind = site["kind"]
    url = f"https://{site['domain']}{art['path']}"
    img_base = f"https://img.{site['domain']}{art['path'].rstrip('/')}"
    title = f"{art['headline']}{site['sep']}{site['name']}"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(art["desc"])}">',
        f'<link rel="canonical" href="{_e(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_e(site["name"])}">',
        f'<meta property="og:title" content="{_e(art["headline"])}">',
        f'<meta property="og:description" content="{_e(art["desc"])}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:image" content="{_e(img_base)}/lead.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if art.get("meta_pub"):
        head.append(f'<meta property="article:published_time" content="{art["meta_pub"]}">')
    if art.get("meta_mod"):
        head.append(f'<meta property="article:modified_time" content="{art["meta_mod"]}">')
    if art.get("section"):
        head.append(f'<meta property="article:section" content="{_e(art["section"])}">')
    if art.get("jsonld_pub"):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["headline"],
            "datePublished": art["jsonld_pub"],
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": site["name"]},
            "mainEntityOfPage": url,
        }
        if art.get("jsonld_mod"):
            ld["dateModified"] = art["jsonld_mod"]
        head.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
    head.append(f'<link rel="stylesheet" href="/assets/{kind}.css">')
    head.append("</head>")

    nav = "".join(f'<li><a href="/{_e(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>'
                  for n in site["nav"])
    cookie = (
        f'<div class="consent" role="dialog" aria-label="Cookie consent"><p>{_e(site["cookie"])}'
        '</p><button class="accept">Accept all</button><button class="reject">Reject</button>'
        '<a href="/privacy/">Manage preferences</a></div>'
    )
    top = [
        f'<body class="{kind}">',
        cookie if kind in ("wire", "paper", "trade") else "",
        f'<header class="site-header"><a class="logo" href="/">{_e(site["name"])}</a>'
        f'<span class="tagline">{_e(site["tagline"])}</span>'
        f'<nav class="main-nav"><ul>{nav}</ul></nav>'
        '<a class="subscribe" href="/subscribe/">Subscribe</a></header>',
        _ad("leaderboard") if kind in ("paper", "local", "live") else "",
        '<main id="content">',
    ]
    if kind == "paper":
        top.append(
            f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
            f'<a href="/{_e(art["section"].lower())}/">{_e(art["section"])}</a></nav>'
        )
    art_head = [f'<article class="story story-{kind}">', "<header>"]
    if kind == "live":
        art_head.append('<span class="badge live">LIVE</span>')
    elif art.get("kicker"):
        art_head.append(f'<span class="kicker">{_e(art["kicker"])}</span>')
    art_head.append(f"<h1>{_e(art['headline'])}</h1>")
    if art.get("dek"):
        art_head.append(f'<p class="standfirst">{_e(art["dek"])}</p>')
    byline = f'<span class="byline">By <a href="/authors/">{_e(art["author"])}</a>'
    if art.get("role"):
        byline += f', <span class="role">{_e(art["role"])}</span>'
    byline += "</span>"
    stamp = f' <span class="timestamp">{_e(art["visible_date"])}</span>' if art.get(
        "visible_date") else ""
    art_head.append(f'<div class="meta">{byline}{stamp}</div>')
    art_head.append(_share(kind))
    art_head.append("</header>")
    if art.get("lead_caption"):
        art_head.append(_figure(art["lead_caption"], art["lead_credit"], f"{img_base}/lead.jpg"))
    if art.get("summary"):
        lis = "".join(f"<li>{_e(s)}</li>" for s in art["summary"])
        art_head.append(f'<section class="key-points"><h2>Key points</h2><ul>{lis}</ul></section>')
    body = f'<div class="article-body">\n{_body(art["body"], img_base)}\n</div>'
    tail = []
    if art.get("tags"):
        tags = "".join(f'<a href="/tag/{_e(t.lower().replace(" ", "-"))}/">{_e(t)}</a>'
                       for t in art["tags"])
        tail.append(f'<div class="tags">Topics: {tags}</div>')
    if art.get("credit_line"):
        tail.append(f'<p class="credit-line">{_e(art["credit_line"])}</p>')
    tail.append(_share(kind))
    tail.append("</article>")
    side = ['<aside class="rail">']
    if art.get("related"):
        side.append(_links(art["related"], "related", site.get("related_title", "Related"),
                           site["domain"]))
    side.append(_ad("rail-mpu"))
    if site.get("newsletter"):
        side.append(
            f'<div class="newsletter"><h2>{_e(site["newsletter"][0])}</h2>'
            f'<p>{_e(site["newsletter"][1])}</p><form action="/newsletter/" method="post">'
            '<input type="email" name="email" placeholder="Your email address">'
            "<button>Sign up</button></form></div>"
        )
    if art.get("most_read"):
        side.append(_links(art["most_read"], "most-read", "Most read", site["domain"]))
    side.append("</aside>")
    foot = [
        "</main>",
        '<footer class="site-footer">',
        f'<p>{_e(site["footer"])}</p>',
        '<ul class="footer-links"><li><a href="/about/">About us</a></li>'
        '<li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li>'
        '<li><a href="/terms/">Terms of use</a></li><li><a href="/advertise/">Advertise</a></li>'
        "</ul>",
        "</footer>",
        cookie if kind in ("live", "local") else "",
        "</body>",
        "</html>",
    ]
    parts = head + top + art_head + [body] + tail + side + foot
    return "\n".join(p for p in parts if p)


def _art(site: dict, art: dict) -> dict:
    return {"url": f"https://{site['domain']}{art['path']}", "html": _page(site, art)}



# ---------------------------------------------------------------------------
# cb-CB1 — central bank, Kazakhstan (CONTROL)
# ---------------------------------------------------------------------------

_CB1_WIRE = {
    "name": "Steppe Wire",
    "domain": "steppewire.example",
    "kind": "wire",
    "sep": " | ",
    "tagline": "Markets and news from Central Asia",
    "nav": ["World", "Business", "Markets", "Energy", "Commodities", "Politics"],
    "cookie": "We use cookies to personalise content and ads and to analyse our traffic.",
    "newsletter": ("Central Asia Morning Brief", "The region's market-moving news before 8am."),
    "footer": "All quotes delayed a minimum of 15 minutes. © 2026 Steppe Wire Ltd.",
    "related_title": "More from Markets",
}

_CB1_WIRE_ART = {
    "path": "/markets/2026/10/09/kazakhstan-central-bank-cuts-base-rate-to-16",
    "headline": "Kazakhstan's central bank cuts base rate to 16%, signals gradual easing",
    "desc": "The National Bank of Kazakhstan cut its base rate by 50 basis points to 16.0% "
    "on Friday as inflation slowed for a third month.",
    "section": "Markets",
    "author": "Dana Mukhametova",
    "meta_pub": "2026-10-09T07:06:00Z",
    "visible_date": "October 9, 2026 7:06 AM GMT",
    "lead_caption": "The headquarters of the National Bank of Kazakhstan in Almaty.",
    "lead_credit": "Steppe Wire/Ruslan Ibraev",
    "body": """
ASTANA, Oct 9 (Steppe Wire) - The National Bank of Kazakhstan cut its base interest rate by
50 basis points to 16.0% on Friday, its third reduction in a row, saying inflation had slowed for
a third straight month and a strong harvest was easing pressure on food prices.

The decision, announced at 12:00 local time (0700 GMT), was in line with the expectations of
most economists polled by Steppe Wire earlier this week. Eleven of 16 analysts had forecast a
half-point cut, three expected a smaller 25-basis-point move and two saw the rate on hold.

The bank kept its interest rate corridor at plus or minus one percentage point around the base
rate, meaning the corridor now runs from 15.0% to 17.0%.

Annual inflation slowed to 10.8% in September from 11.4% in August, according to the Bureau of
National Statistics, having peaked at 12.9% in June. Core inflation, as calculated by the
National Bank, eased to 9.9%.

"The disinflation we have seen since the summer is broad-based, but it is not yet
sustainable," Governor Aidar Zhaksylykov told a news conference an hour after the decision. "We
see room for a gradual, careful easing, but not for haste."

[ad]

The regulator lowered its forecast for inflation at the end of 2026 to a range of 10-11% from
10.5-12.5% previously. It expects price growth to slow to 7.5-9.5% by the end of 2027 and
reiterated its medium-term target of 5%.

The tenge weakened slightly after the announcement, trading at 512.90 per dollar at 0715 GMT
against 511.85 shortly before the decision, data from the Kazakhstan Stock Exchange showed.

Zhaksylykov said future decisions would depend on inflation expectations, the stance of fiscal
policy and external conditions. He singled out the government's planned transfers from the
National Fund, the oil savings fund, which are set at 5.3 trillion tenge this year, as a
continuing source of demand pressure.

Deputy Chairwoman Dinara Abenova, who oversees monetary policy, said the bank had discussed
both a 25-basis-point cut and a pause but judged that real interest rates would remain
"sufficiently tight" after a half-point reduction.

The National Bank began easing in July, when it cut the rate to 17.0% from 18%, the level it
had held since October 2025. It lowered the rate again to 16.5% on Sept. 4.

Economic growth has so far weathered high borrowing costs. Gross domestic product expanded
5.6% year on year in January-September, according to preliminary official data, driven by
construction, transport and a recovery in oil output.

Marat Ospanov, chief economist at Alatau Capital in Almaty, said Friday's move kept the door
open for further cuts. "A half-point was the minimum the market was looking for. If October
inflation confirms the trend, another 50 basis points in November is likely," he said, adding
that he expected the base rate to end the year at 15.5%.

Others were more cautious. Yelena Korsakova, head of research at Nomad Securities, said a weaker
tenge or a rebound in food prices could force the bank to pause. "They have bought themselves
flexibility, not a commitment," she said.

The next scheduled rate decision is due on Nov. 27.
""",
    "credit_line": "Reporting by Dana Mukhametova in Astana; additional reporting by Timur "
    "Sagyndykov in Almaty; Editing by Peter Lindqvist",
    "tags": ["Kazakhstan", "Central banks", "Inflation", "Tenge"],
    "related": [
        "Kyrgyz central bank holds rate at 9% as som steadies",
        "Uzbekistan's inflation slows to 7.9% in September",
        "Kazakh wheat exports rise 14% in first half of marketing year",
    ],
}

_CB1_LIVE = {
    "name": "Almaty Finance Daily",
    "domain": "almatyfinance.example",
    "kind": "live",
    "sep": " - ",
    "tagline": "Money, markets, business",
    "nav": ["Home", "Live", "Markets", "Banks", "Real estate", "Personal finance"],
    "cookie": "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    "newsletter": ("Tenge Today", "Exchange rates and market moves in your inbox every evening."),
    "footer": "Almaty Finance Daily is not investment advice. © 2026 AFD Media LLP.",
}

_CB1_LIVE_ART = {
    "path": "/live/national-bank-rate-decision-october",
    "headline": "LIVE: National Bank cuts base rate to 16% — market reaction and press conference",
    "desc": "Live updates as the National Bank of Kazakhstan announces its October base rate "
    "decision, with tenge moves and the governor's press conference.",
    "author": "Aigerim Tokhtarova and Rinat Bekov",
    "visible_date": "Friday, 9 October 2026 · All times Astana time (GMT+5)",
    "summary": [
        "Base rate cut by 50 basis points to 16.0%",
        "Corridor unchanged at ±1 percentage point: 15.0%–17.0%",
        "Annual inflation 10.8% in September; forecast for end-2026 lowered to 10–11%",
        "Next decision on 27 November",
    ],
    "body": """
[live 15:05 | That's all for today] We are wrapping up our live coverage. The National Bank
cut the base rate by half a point to 16.0%, lowered its inflation forecast and kept the door
open to further easing. The next decision is due on 27 November at 12:00 Astana time. Thank
you for following.

[live 14:45 | Tenge steadies] The tenge has steadied at 513.40 per dollar on KASE, about 0.3%
weaker than before the announcement. Dealers say demand from importers, rather than the rate
cut itself, is behind the move.

[live 14:20 | Business: 'A step, not a solution'] Nurlan Tleuov of the Atameken national chamber
of entrepreneurs called the cut "a step in the right direction, but not a solution". Small
firms, he said, are still being quoted 22 to 24 per cent on tenge loans. "At those rates nobody
builds a workshop."

[live 13:58 | Growth holding up] Zhaksylykov noted that the economy grew 5.6% in
January-September, which in the bank's view means there is no case for a faster easing to
support activity.

[live 13:41 | Abenova on the budget] Deputy Chairwoman Dinara Abenova said the 5.3 trillion tenge
the government plans to draw from the National Fund this year keeps the fiscal impulse "very
significant". The board weighed a 25-basis-point cut and a hold before settling on 50.

[live 13:26 | New forecast] The bank now sees inflation at 10–11% at the end of 2026, down from
10.5–12.5% in its previous round of forecasts, and at 7.5–9.5% at the end of 2027. The
medium-term target stays at 5%.

[ad]

[live 13:12 | Zhaksylykov: 'no room for haste'] "We see room for gradual and careful easing, but
there is no room for haste," Governor Aidar Zhaksylykov told reporters. He said the disinflation
since the summer was broad-based but "not yet sustainable".

[live 13:00 | Press conference begins] Governor Aidar Zhaksylykov and Deputy Chairwoman Dinara
Abenova are now taking questions at the bank's Astana office.

[live 12:38 | 'Exactly what was priced in'] Yelena Korsakova, head of research at Nomad
Securities, tells us: "This is exactly what was priced in. The real signal will be in the
forward guidance at the press conference."

[live 12:15 | Tenge slips] The tenge weakened to 512.90 per dollar in the first minutes after
the decision, from 511.85 before it.

[live 12:04 | Key lines from the statement] Annual inflation slowed to 10.8% in September from
11.4% in August. Prices rose 0.6% in the month. Food inflation eased to 11.2%, non-food goods to
9.8% and paid services to 11.5%. Core inflation fell to 9.9%. The statement says the easing
"will be gradual and data-dependent".

[live 12:00 | BREAKING: Rate cut to 16.0%] The National Bank of Kazakhstan has cut the base rate
by 50 basis points to 16.0%. The interest rate corridor is kept at plus or minus one percentage
point, so 15.0% to 17.0%.

[live 11:52 | What the market expects] Eleven of the 16 economists polled by Steppe Wire this week
expected a half-point cut, three a quarter-point and two a hold. The rate currently stands at
16.5% after cuts in July and September.

[live 11:40 | Good morning] Welcome to our live coverage of the National Bank's base rate decision,
due at 12:00 Astana time (07:00 GMT). The tenge is trading at 511.85 per dollar on the
Kazakhstan Stock Exchange, little changed on the day.
""",
    "tags": ["Base rate", "National Bank", "Tenge", "Live"],
    "related": [
        "Tenge at 515? What analysts expect for the fourth quarter",
        "Deposit rates: where savers still get 15%",
        "Mortgage demand falls 9% in August",
    ],
    "most_read": [
        "How the base rate affects your car loan",
        "KASE index hits record as Kazatomprom rallies",
        "Five banks raise deposit rates ahead of decision",
    ],
}

_CB1_PAPER = {
    "name": "The Astana Courier",
    "domain": "astanacourier.example",
    "kind": "paper",
    "sep": " | ",
    "tagline": "Kazakhstan's English-language daily",
    "nav": ["News", "Business", "Politics", "Regions", "Opinion", "Culture", "Sport"],
    "cookie": "The Astana Courier and its partners use cookies to improve your experience.",
    "newsletter": ("The Courier Weekend", "Our best reads, every Saturday morning."),
    "footer": "© 2026 The Astana Courier. All rights reserved. Registered with the Ministry of "
    "Information.",
}

_CB1_PAPER_ART = {
    "path": "/business/central-bank-trims-rate-again-borrowers-wait",
    "headline": "Central bank trims rate again as inflation retreats, but borrowers wait for relief",
    "desc": "The National Bank cut its base rate to 16 per cent, its third cut since July. "
    "Businesses say loans remain too expensive.",
    "section": "Business",
    "kicker": "Monetary policy",
    "dek": "The third cut since July brings the base rate to 16 per cent. Entrepreneurs say it "
    "will be months before they feel the difference.",
    "author": "Gulnara Seitkazy",
    "role": "Business Editor",
    "jsonld_pub": "2026-10-10T06:30:00+05:00",
    "visible_date": "Saturday 10 October 2026",
    "lead_caption": "Governor Aidar Zhaksylykov at Friday's news conference in Astana.",
    "lead_credit": "Photo: Courier/Bauyrzhan Omarov",
    "body": """
The National Bank of Kazakhstan cut its base rate for the third time in a row yesterday,
lowering it by half a percentage point to 16 per cent as inflation continued to cool from its
summer peak.

The move was widely expected. It follows a one-point cut in July, which ended a long pause at
18 per cent, and a half-point reduction on September 4. Twelve months ago the regulator was
still tightening: it raised the rate to 18 per cent last October as inflation accelerated.

Annual inflation stood at 10.8 per cent in September, still more than double the bank's 5 per
cent target but well below the 12.9 per cent recorded in June. Core inflation, which strips out
volatile prices and is watched closely by the bank, dropped to 9.9 per cent.

Speaking to reporters in Astana an hour after the announcement, the bank's chairman, Aidar
Serikuly Zhaksylykov, struck a cautious tone. There was, he said, room for "gradual, careful
easing", but no room for haste. "The disinflation is broad-based, but it is not yet
sustainable," he added.

[fig] Shoppers at the Green Bazaar in Almaty. Food inflation has slowed since June. || Photo:
Courier/Saule Kenzhebekova

## Why loans are still expensive

For borrowers, the decision offers limited immediate relief. The average rate on new tenge
loans to businesses was 21.7 per cent in August, according to National Bank data, and
commercial banks tend to adjust their pricing only slowly.

Nurlan Tleuov, who speaks for the Atameken national chamber of entrepreneurs, said small
companies were still being offered money at 22 to 24 per cent. "Every cut helps, but a
workshop owner in Shymkent will not notice anything until next spring," he said.

Retail lending has nevertheless kept growing. The banking sector's portfolio of loans to
individuals rose 24 per cent year on year in August, a pace the regulator has repeatedly
described as a risk. Deputy Chairwoman Dinara Abenova said on Friday that the bank would
"continue to watch consumer credit very carefully".

[ad]

## The budget question

Economists say the main obstacle to faster easing lies in the budget. The government intends to
draw 5.3 trillion tenge, roughly $10.3 billion, from the National Fund this year to finance
spending, money that ends up in the economy and supports demand.

"Monetary policy is rowing against a strong fiscal current," said Marat Ospanov, chief economist
at Alatau Capital. He expects another half-point cut at the next meeting on November 27 and a
rate of 15.5 per cent by the end of the year.

The bank itself was careful not to promise anything. It lowered its forecast for inflation at
the end of this year to between 10 and 11 per cent, from 10.5 to 12.5 per cent previously, and
sees inflation of 7.5 to 9.5 per cent at the end of 2027.

The economy is in good shape to absorb high rates for now. Gross domestic product grew 5.6 per
cent in the first nine months of the year, and unemployment is near historic lows.

The tenge, which often weakens after rate cuts, closed on Friday at 513.60 to the dollar, a
little softer than the 511.85 at which it traded before the decision.

For Mr Zhaksylykov, who took over the bank last year, the challenge is to keep the easing
cycle going without reviving inflation expectations. Surveys show that households still expect
prices to rise by about 12 per cent over the next year, well above current inflation.

"Expectations are the last thing to come down," Ms Abenova said. "That is why we move step by
step."
""",
    "tags": ["National Bank", "Interest rates", "SMEs", "Economy"],
    "related": [
        "Oil output at Tengiz back to full capacity after maintenance",
        "Opinion: The National Fund is not a piggy bank",
        "Astana housing prices up 6% this year",
    ],
    "most_read": [
        "New rules for car imports from January",
        "Winter heating tariffs: what changes in your region",
        "Astana airport opens second terminal",
    ],
}

_CB1_TRADE = {
    "name": "Central Asia Banking Review",
    "domain": "cabankingreview.example",
    "kind": "trade",
    "sep": " — ",
    "tagline": "Intelligence for finance professionals",
    "nav": ["Central banks", "Banking", "Capital markets", "Fintech", "Regulation", "Data"],
    "cookie": "We use essential and analytics cookies. You can change your choice at any time.",
    "newsletter": ("CABR Weekly", "Analysis of regulation and markets across the region."),
    "footer": "Central Asia Banking Review. Reproduction without permission is prohibited.",
    "related_title": "Also on CABR",
}

_CB1_TRADE_ART = {
    "path": "/central-banks/nbk-cuts-to-16-what-the-forecast-band-says",
    "headline": "NBK cuts to 16%: what the new forecast band says about the easing path",
    "desc": "The National Bank of the Republic of Kazakhstan lowered its base rate to 16%. We look "
    "at real rates, the fiscal impulse and the signal from the new forecast band.",
    "kicker": "Analysis",
    "author": "Igor Pankratov",
    "role": "Senior Analyst",
    "lead_caption": "The tenge has been relatively stable since the start of the easing cycle.",
    "lead_credit": "Image: CABR",
    "body": """
The National Bank of the Republic of Kazakhstan (NBRK) delivered the expected 50-basis-point cut
on Friday, taking the base rate to 16.0% and leaving the symmetric corridor of plus or minus one
percentage point in place. The operating band for money-market rates is therefore now 15.0% to
17.0%.

The decision was the third consecutive reduction, after the move from 18% to 17.0% in July and
the cut to 16.5% at the 4 September meeting. It also matched the consensus: in a poll by Steppe
Wire, 11 of 16 economists had called for a half-point cut.

## Real rates remain restrictive

On headline inflation of 10.8% year on year in September, the ex-post real rate is a little
above 5 percentage points. Measured against core inflation of 9.9%, it is about 6 points. Either
way, policy remains clearly restrictive, which is the argument the board used to justify a
larger step than the 25 basis points some members considered.

The monthly data were also encouraging. Consumer prices rose 0.6% in September, and cumulative
inflation since the start of the year reached 7.1%, against 8.3% over the same nine months of
2025. Food inflation slowed to 11.2% and non-food goods to 9.8%, while paid services, at 11.5%,
remain the stickiest component because of regulated utility tariffs.

[ad]

## A lower band, not a narrower one

The most informative part of the release was the forecast. The NBRK now expects inflation at
the end of 2026 in a range of 10-11%, compared with 10.5-12.5% in the previous round, and sees
7.5-9.5% at the end of 2027. The band has been both lowered and narrowed from two percentage
points to one, which suggests the board is more confident about the near-term path than it was in
the summer.

Chairman Aidar Zhaksylykov nevertheless avoided any commitment. "We see room for a gradual,
careful easing, but not for haste," he told the news conference, describing the disinflation as
broad-based "but not yet sustainable".

## The fiscal impulse

Deputy Chairwoman Dinara Abenova again pointed to fiscal policy. Planned transfers from the
National Fund of 5.3 trillion tenge this year (about $10.3 billion) keep the fiscal impulse
"very significant", she said, and much of that money reaches the economy through construction
and public-sector wages.

Liquidity conditions remain loose. Banks' excess liquidity, absorbed mainly through short-term
NBRK notes and the deposit facility, stayed above 6 trillion tenge through September, which
keeps overnight rates near the bottom of the corridor.

## What the market is pricing

Analysts broadly expect the cycle to continue. Marat Ospanov of Alatau Capital sees another 50
basis points on 27 November and a year-end rate of 15.5%. Yelena Korsakova of Nomad Securities
is more cautious, arguing that a weaker tenge or a rebound in food prices could prompt a pause.

Growth is not an argument for speed. GDP rose 5.6% in January-September, so the NBRK is under
little pressure to support activity. What it has to manage instead are household inflation
expectations, still around 12% in its own surveys, and the pass-through from the exchange rate.

Our base case is a final cut of 50 basis points in November, followed by a slower pace of 25
basis points per meeting in the first half of next year, subject to the inflation prints.
""",
    "tags": ["NBRK", "Monetary policy", "Kazakhstan"],
    "related": [
        "Kyrgyzstan: NBKR keeps policy rate at 9%",
        "Uzbek banks' loan book grows 18%",
        "Fintech licensing: Astana hub doubles its sandbox",
    ],
}

_CB1 = {
    "id": "cb-CB1",
    "part": "CB",
    "domain": "central bank",
    "fetched": "2026-10-12",
    "articles": [
        _art(_CB1_WIRE, _CB1_WIRE_ART),
        _art(_CB1_LIVE, _CB1_LIVE_ART),
        _art(_CB1_PAPER, _CB1_PAPER_ART),
        _art(_CB1_TRADE, _CB1_TRADE_ART),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-CB2 — election, Mongolia (PLANTED: weekday, turnout, winner's name)
# ---------------------------------------------------------------------------

_EL2_WIRE = {
    "name": "Northern Asia Newswire",
    "domain": "naswire.example",
    "kind": "wire",
    "sep": " | ",
    "tagline": "Independent news agency",
    "nav": ["Top news", "Mongolia", "China", "Russia", "Business", "Mining"],
    "cookie": "Cookies help us deliver our services. Read our cookie notice for details.",
    "newsletter": ("NAN Daily", "Headlines from Ulaanbaatar, Beijing and Moscow every morning."),
    "footer": "© 2026 Northern Asia Newswire. Redistribution requires a licence.",
    "related_title": "Related coverage",
}

_EL2_WIRE_ART = {
    "path": "/mongolia/2026/06/15/ruling-party-candidate-wins-khovd-by-election",
    "headline": "Mongolia's ruling party holds Khovd seat in by-election, preliminary count shows",
    "desc": "Ruling Mongolian People's Party candidate J. Otgonbaatar won Sunday's by-election in "
    "western Khovd province with about 46% of the vote, preliminary results showed.",
    "section": "Mongolia",
    "author": "Enkhtuya Batbold",
    "meta_pub": "2026-06-14T18:05:00Z",
    "visible_date": "June 15, 2026 02:05 (UTC+8)",
    "lead_caption": "An election official checks a voter's fingerprint at a polling station in "
    "Khovd.",
    "lead_credit": "NAN/Ganbat Dorj",
    "body": """
ULAANBAATAR, June 15 (NAN) - The ruling Mongolian People's Party (MPP) held a parliamentary
seat in the western province of Khovd in a by-election on Sunday, preliminary results from the
General Election Commission showed early on Monday.

Jargalsaikhan Otgonbaatar, a 44-year-old former deputy governor of the province, won 15,362
votes, or 45.8% of valid ballots, the commission said at 01:40 Ulaanbaatar time. Democratic Party
candidate Baasankhüü Tserendulam received 12,118 votes, or 36.1%.

Dashdorj Munkh-Erdene of the HUN Party came third with 5,140 votes (15.3%), and independent
candidate S. Enkhjin won 912 votes.

Turnout was 58.3% of the 58,412 registered voters, the commission said, comfortably above the
50% needed for the vote to be valid. At the 2024 general election, turnout in Khovd was 71.4%.

The seat fell vacant in March when MPP lawmaker G. Naranbaatar resigned to become Mongolia's
ambassador to Kazakhstan. The result restores the ruling party's tally to 68 seats in the
126-member State Great Khural.

"Khovd has chosen roads, water and jobs over slogans," Otgonbaatar told supporters at his
campaign office in the provincial centre, Khovd city, after the results were announced.

Tserendulam did not concede. "We will wait for the final count before drawing any conclusions,"
she told reporters, adding that her party had filed a complaint about the counting at one
polling station in Jargalant soum.

[ad]

The General Election Commission said the results, based on electronic counts from all 64
polling stations, would be certified after complaints had been reviewed.

Polls in Khovd, which is one hour behind the capital, were open from 07:00 to 22:00 local time.
The electronic counting machines began transmitting results shortly after polls closed, and the
MPP candidate led from the first batch of returns.

The by-election was closely watched as a test of the government's popularity two years after
the 2024 election, amid public anger over the cost of living and slow progress on
infrastructure projects in the west of the country. Khovd lies about 1,400 km (870 miles) west
of Ulaanbaatar and has long complained of being neglected by the capital.

Opposition parties had hoped that frustration over rising fuel prices and a stalled regional
water project would help them take the seat. The Democratic Party's campaign focused on
corruption and the cost of heating, while the HUN Party ran on a pledge to reform mining
royalties.

A local monitoring group, Transparent Ballot Mongolia, said its 120 observers had reported minor
irregularities at three polling stations, including the incorrect handling of mobile ballot
boxes, but nothing that would affect the outcome.

Otgonbaatar, an agronomist by training, served as deputy governor of Khovd from 2020 to 2024 and
has pledged to lobby for a new road link to the Chinese border crossing at Bulgan and for
funding to finish the irrigation scheme on the Khovd river.
""",
    "credit_line": "Reporting by Enkhtuya Batbold; Editing by Sarah Kowalczyk",
    "tags": ["Mongolia", "Elections", "MPP"],
    "related": [
        "Mongolia's coal exports to China up 11% in May",
        "Oyu Tolgoi underground output hits new quarterly high",
        "Ulaanbaatar air pollution plan: 300 billion tugriks for gas heating",
    ],
}

_EL2_LIVE = {
    "name": "Ulaanbaatar Daily Signal",
    "domain": "ubsignal.example",
    "kind": "live",
    "sep": " - ",
    "tagline": "News from Mongolia in English",
    "nav": ["News", "Politics", "Economy", "Live", "Society", "Sport"],
    "cookie": "We use cookies for analytics and advertising. Click Accept to continue.",
    "newsletter": ("The Signal", "A daily digest of Mongolian news in English."),
    "footer": "© 2026 Ulaanbaatar Daily Signal. Sükhbaatar district, Ulaanbaatar.",
}

_EL2_LIVE_ART = {
    "path": "/live/khovd-by-election-results",
    "headline": "Khovd by-election live: turnout, count and results",
    "desc": "Follow live as voters in Khovd province choose a new member of the State Great "
    "Khural.",
    "author": "Signal politics team",
    "visible_date": "Sunday, 14 June 2026 · Times are Ulaanbaatar time (UTC+8); Khovd is one "
    "hour behind",
    "summary": [
        "Preliminary result: J. Otgonbayar (MPP) 15,362 votes, B. Tserendulam (DP) 12,118",
        "Turnout 58.3%; 50% needed for a valid vote",
        "DP says it will wait for the final count",
    ],
    "body": """
[day] Monday, 15 June

[live 01:55 | Tserendulam: we will wait] Democratic Party candidate B. Tserendulam tells
reporters in Khovd city that she will "wait for the final count" before drawing conclusions. Her
party has asked for a hand recount at polling station No. 7 in Jargalant soum.

[live 01:48 | Otgonbayar: 'roads, water and jobs'] J. Otgonbayar has spoken to supporters: "The
people of Khovd chose roads, water and jobs, not slogans." He thanked voters "who came out
despite the heat and the busy season on the pastures".

[live 01:40 | GEC: preliminary result] The General Election Commission has announced the
preliminary result with all 64 polling stations counted: J. Otgonbayar (MPP) 15,362 votes
(45.8%); B. Tserendulam (Democratic Party) 12,118 (36.1%); D. Munkh-Erdene (HUN Party) 5,140
(15.3%); S. Enkhjin (independent) 912 (2.7%). 522 ballots were invalid. Turnout: 58.3%. The
margin is 3,244 votes.

[live 00:35 | 48 of 64 stations] With 48 of the 64 polling stations reporting, Otgonbayar has
11,240 votes, Tserendulam 9,020 and Munkh-Erdene 3,810. The remaining stations include several
of the larger precincts in Khovd city.

[day] Sunday, 14 June

[live 23:40 | First results] The first returns are in from 21 polling stations, mostly rural
soums: Otgonbayar 4,870, Tserendulam 4,105, Munkh-Erdene 1,530. Very early, but the MPP
candidate leads.

[live 23:02 | Polls closed] Voting ended at 22:00 Khovd time (23:00 here in Ulaanbaatar). The
counting machines are printing their tallies and transmitting them to the GEC.

[ad]

[live 21:15 | Observers] Transparent Ballot Mongolia says its 120 observers have noted problems at
three polling stations, mostly with the handling of mobile ballot boxes for elderly voters. The
group says nothing so far suggests "systematic violations".

[live 19:10 | Turnout climbs] The GEC says turnout had reached 47.9% by 18:00 Khovd time. The vote
is valid if more than half of the 58,412 registered voters take part, so the threshold now looks
within reach.

[live 17:30 | Who is standing?] Four candidates: J. Otgonbayar, 44, of the ruling Mongolian
People's Party, a former deputy governor of Khovd; B. Tserendulam, 51, a Democratic Party city
councillor and former school director; D. Munkh-Erdene, 37, of the HUN Party, formally the
National Labour Party; and S. Enkhjin, 29, an independent. The seat was vacated by G.
Naranbaatar, who became ambassador to Kazakhstan.

[live 15:05 | Turnout at 14:00] Turnout stood at 31.2% at 14:00 Khovd time (15:00 Ulaanbaatar
time), the General Election Commission says. At the 2024 general election, 71.4% of Khovd voters
cast a ballot.

[live 12:10 | Good afternoon] Polls opened at 07:00 local time in Khovd, 08:00 in the capital,
and will close at 22:00 local time. Around 58,400 people are registered to vote at 64 polling
stations across the province, which lies roughly 1,400 km west of Ulaanbaatar. We will bring you
turnout figures and results as they come in.
""",
    "tags": ["Khovd", "By-election", "State Great Khural"],
    "related": [
        "Explainer: how Mongolia's counting machines work",
        "Fuel prices: AI-92 petrol up 150 tugriks a litre",
        "Western aimags demand new power line",
    ],
    "most_read": [
        "Naadam 2026: wrestling draw announced",
        "New airport bus routes from 1 July",
        "Parliament approves budget amendment",
    ],
}

_EL2_PAPER = {
    "name": "The Steppe Gazette",
    "domain": "steppegazette.example",
    "kind": "paper",
    "sep": " | ",
    "tagline": "Mongolia's weekly in English, now daily online",
    "nav": ["Politics", "Business", "Mining", "Opinion", "Culture", "Regions"],
    "cookie": "We value your privacy. We and our partners use cookies to store information.",
    "newsletter": ("Gazette Politics", "Analysis from Government House every Tuesday."),
    "footer": "© 2026 The Steppe Gazette LLC. Chingeltei district, Ulaanbaatar.",
}

_EL2_PAPER_ART = {
    "path": "/politics/khovd-by-election-mpp-holds-seat-analysis",
    "headline": "MPP holds Khovd, but a falling turnout carries a warning for the government",
    "desc": "The ruling party kept its seat in Khovd province, but the opposition ran it closer "
    "than in 2024 and fewer voters turned out.",
    "section": "Politics",
    "kicker": "Khovd by-election",
    "dek": "Otgonbayar's victory keeps the ruling party at 68 seats. The margin and the turnout "
    "tell a more complicated story.",
    "author": "Tuvshinjargal Ochir",
    "role": "Political Correspondent",
    "jsonld_pub": "2026-06-15T20:00:00+08:00",
    "lead_caption": "Supporters of J. Otgonbayar celebrate in Khovd city early on Monday.",
    "lead_credit": "Photo: Gazette/Erdenebat Tseren",
    "body": """
The Mongolian People's Party has kept its seat in Khovd, but the result of Saturday's
by-election is unlikely to give much comfort to the government in Ulaanbaatar.

Preliminary results released by the General Electoral Commission in the early hours of Monday
gave the party's candidate, Jargalsaikhan Otgonbayar, 15,362 votes, or 45.8 per cent. Baasankhüü
Tserendulam of the Democratic Party won 12,118 votes, 36.1 per cent, and the HUN Party's
Munkh-Erdene took 15.3 per cent. The margin, 3,244 votes, amounts to just under ten percentage
points.

That is a comfortable win on paper. But the turnout, at 58.3 per cent, was more than 13 points
lower than in Khovd at the 2024 general election, when 71.4 per cent of voters took part, and the
vote only cleared the 50 per cent validity threshold in the final hours of polling. At 18:00
local time fewer than half of the province's registered voters had cast a ballot.

[fig] A voter leaves a polling station in Jargalant soum, the provincial centre. || Photo:
Gazette/Erdenebat Tseren

## A campaign about pipes and roads

Otgonbayar, an agronomist who was the province's deputy governor until 2024, ran an intensely
local campaign. His posters promised the completion of the Khovd river irrigation scheme, a paved
road to the Bulgan border crossing with China and a new water main for the provincial centre.

"The people of Khovd chose roads, water and jobs, not slogans," he said in his victory speech,
delivered shortly before 2am Ulaanbaatar time.

His opponents accuse him of promising what the government has failed to deliver for a decade.
Tserendulam, a former school director who sits on the Khovd city council, built her campaign
around the cost of heating and allegations of favouritism in the award of local construction
contracts. Her party has asked for a hand recount at one polling station in Jargalant soum, and
she said she would wait for the final count before commenting on the result.

[ad]

## Reading the numbers

Analysts note that the MPP's share of the vote is lower than the party's performance in the
province two years ago, when the seat was won by G. Naranbaatar, who resigned in March to become
ambassador to Kazakhstan. The Democratic Party, by contrast, appears to have held on to most of
its core vote despite low enthusiasm.

"Governing parties usually lose votes in by-elections. What matters here is that the opposition
did not manage to bring new voters to the polls," said Batzorig Luvsan, a political scientist at
the National University of Mongolia. "Turnout fell, and it fell more in the soums where the DP
was strong."

The HUN Party, officially registered as the National Labour Party, will be disappointed with its
third place. Its candidate, Dashdorj Munkh-Erdene, campaigned on mining royalties, an issue that
resonates less in Khovd than in the mining provinces of the south.

The General Electoral Commission is expected to certify the result after reviewing complaints.
Once sworn in, Otgonbayar will bring the MPP back to 68 of the 126 seats in the State Great
Khural, preserving the majority the party won in 2024.
""",
    "tags": ["Khovd", "MPP", "Democratic Party", "Elections"],
    "related": [
        "Editorial: Western Mongolia deserves more than promises",
        "Budget 2027: ministries asked to cut spending by 5%",
        "Copper price lifts Mongolia's export earnings",
    ],
    "most_read": [
        "Ulaanbaatar metro: tender delayed again",
        "Interview: the herder who became a film director",
        "Gobi heatwave breaks June records",
    ],
}

_EL2_LOCAL = {
    "name": "Khovd Online",
    "domain": "khovdnews.example",
    "kind": "local",
    "sep": " - ",
    "tagline": "News of Khovd province and western Mongolia",
    "nav": ["Khovd", "Soums", "Herders", "Economy", "Events", "Photo"],
    "cookie": "Our site uses cookies. Continue browsing if you agree.",
    "newsletter": None,
    "footer": "Khovd Online. Material may be republished with a link to the source.",
}

_EL2_LOCAL_ART = {
    "path": "/news/gec-certifies-otgonbayar-victory",
    "headline": "GEC certifies Otgonbayar's victory after recount adds nine votes",
    "desc": "The General Election Commission has confirmed J. Otgonbayar as the winner of the "
    "Khovd by-election after a hand recount at one polling station.",
    "author": "Narantsetseg Bold",
    "lead_caption": "Ballots being recounted by hand at polling station No. 7, Jargalant soum.",
    "lead_credit": "Photo: Khovd Online",
    "body": """
The General Election Commission (GEC) on Wednesday certified Jargalsaikhan Otgonbayar of the
Mongolian People's Party as the winner of Sunday's by-election in Khovd, after a hand recount at
one polling station in the provincial centre.

According to the final result, Otgonbayar received 15,371 votes, nine more than in the
preliminary count announced in the early hours of Monday. The additional votes came from
ballots at polling station No. 7 in Jargalant soum that the electronic counting machine had
rejected and that were found valid when counted by hand. The other candidates' totals did not
change.

Democratic Party candidate Baasankhüü Tserendulam, who requested the recount, finished second
with 12,118 votes. The margin between the two is now 3,253 votes. D. Munkh-Erdene of the HUN
Party received 5,140 votes and independent S. Enkhjin 912.

The GEC said turnout was 53.8%, and that the commission had received four complaints, three of
which concerned the handling of mobile ballot boxes. None was found to have affected the result.

[fig] J. Otgonbayar (centre) receives his certificate at the GEC in Ulaanbaatar. || Photo:
courtesy of the MPP Khovd branch

"The recount showed that the machines did their job and that the people of Khovd made a clear
choice," said GEC chairwoman S. Oyunchimeg. "Nine ballots do not change the result, but every
one of them is a citizen's voice."

Tserendulam said she accepted the outcome. "We asked for the recount because our observers saw
problems, not because we expected to win that way. I congratulate Otgonbayar and I will hold him
to his promises," she wrote on Facebook.

## What the new MP promised

Otgonbayar, 44, grew up in Myangad soum and trained as an agronomist before joining the
provincial administration. As deputy governor between 2020 and 2024, he oversaw the first phase
of the Khovd river irrigation scheme, which has since stalled for lack of funds.

During the campaign he promised to secure state funding for the second phase, to push for a
paved road to the Bulgan border crossing and to bring a new water main to the provincial centre,
where many ger district households still buy water from kiosks.

"Khovd chose roads, water and jobs over slogans," he repeated on Wednesday. "Now Ulaanbaatar
has to keep its word to the west."

[ad]

## Reactions in the soums

In Jargalant soum, where the campaign was most heated, residents were divided. "I voted for him
because he knows the irrigation problem, he worked on it himself," said Dorj, a vegetable
grower near the Buyant river. Others were less convinced. "Every election they promise the road,"
said a teacher who did not want to be named.

Otgonbayar is expected to take the oath in the State Great Khural when parliament resumes next
week. His election restores the MPP's 68-seat majority in the 126-seat chamber.

The province last elected a member in a by-election in 2014. The seat had been held since 2024 by
G. Naranbaatar, who resigned in March to take up the post of ambassador to Kazakhstan.
""",
    "tags": ["Election", "GEC", "Jargalant"],
    "related": [
        "Khovd river irrigation: what happened to the second phase?",
        "Myangad soum school gets new dormitory",
        "Melon harvest starts early this year",
    ],
    "most_read": [
        "Road to Bulgan: survey teams arrive",
        "Khovd museum reopens after renovation",
        "Heat warning for the Great Lakes Depression",
    ],
}

_EL2 = {
    "id": "el-CB2",
    "part": "CB",
    "domain": "election",
    "fetched": "2026-06-18",
    "articles": [
        _art(_EL2_WIRE, _EL2_WIRE_ART),
        _art(_EL2_LIVE, _EL2_LIVE_ART),
        _art(_EL2_PAPER, _EL2_PAPER_ART),
        _art(_EL2_LOCAL, _EL2_LOCAL_ART),
    ],
    "planted": [
        ("weekday of the by-election", r"\bsunday\b", r"\bsaturday\b"),
        ("turnout", r"\b58\.3\s?(?:%|per\s?cent|percent)", r"\b53\.8\s?(?:%|per\s?cent|percent)"),
        ("winner's given name", r"\botgonbayar\b", r"\botgonbaatar\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-CB3 — court, Uzbekistan (CONTROL)
# ---------------------------------------------------------------------------

_CT3_WIRE = {
    "name": "Silk Road Wire",
    "domain": "silkroadwire.example",
    "kind": "wire",
    "sep": " - ",
    "tagline": "Business and political news from Central Asia",
    "nav": ["Latest", "Uzbekistan", "Kazakhstan", "Region", "Business", "Legal"],
    "cookie": "We and selected partners use cookies or similar technologies.",
    "newsletter": ("Silk Road Briefing", "Five stories you need, every weekday."),
    "footer": "© 2026 Silk Road Wire. Tashkent · Almaty · Bishkek.",
    "related_title": "Related stories",
}

_CT3_WIRE_ART = {
    "path": "/uzbekistan/2026/07/22/appeal-court-cuts-sentence-cotton-cluster-chief",
    "headline": "Uzbek appeal court cuts jail term of former cotton cluster chief to seven years",
    "desc": "A Tashkent appeal court reduced the sentence of Rustam Nazarov, former head of the "
    "Zarafshon Textile Cluster, from nine to seven years on Wednesday.",
    "section": "Uzbekistan",
    "author": "Kamola Ergasheva",
    "meta_pub": "2026-07-22T11:48:00Z",
    "visible_date": "22 July 2026, 11:48 GMT",
    "lead_caption": "The building of the Tashkent City Court.",
    "lead_credit": "Silk Road Wire/Alisher Mamatov",
    "body": """
TASHKENT, July 22 (SRW) - An appeal court in Tashkent on Wednesday reduced the prison sentence of
Rustam Nazarov, the former chief executive of the Zarafshon Textile Cluster, one of Uzbekistan's
largest cotton and textile groups, to seven years from nine, in one of the country's most closely
followed corruption cases.

A three-judge panel of the Tashkent City Court's appellate collegium, chaired by Judge Malika
Rakhimova, upheld Nazarov's conviction for embezzlement on an especially large scale and tax
evasion but dropped a separate charge of abuse of office. The ruling was read out at 16:20 local
time (1120 GMT) after a hearing that lasted more than five hours.

The court said it had taken into account that 96 billion soums (about $7.5 million) of the
damage had already been repaid and that Nazarov had cooperated with investigators after his
arrest in May 2025.

The first-instance court, the Yunusabad district criminal court, sentenced the 52-year-old to
nine years in a general-regime penal colony on March 18. Prosecutors had asked for 11 years.

The appeal court left unchanged the order to recover 412.6 billion soums, about $32.1 million,
from the defendants, the figure investigators put on losses to the state budget and to state
banks that lent to the cluster.

Nazarov, who appeared in court in a glass dock wearing a grey suit, showed no emotion as the
ruling was read. His lawyer, Bekzod Alimov, said the defence would file a cassation appeal with
the Supreme Court.

"Two years less is not justice, it is arithmetic. Our position is that there was no embezzlement
at all, only a commercial failure," Alimov told reporters outside the court building.

[ad]

The court upheld the five-year sentence of Sherzod Tursunov, the cluster's former deputy
finance director, and replaced the four-year prison term of former procurement head Azamat
Yuldashev with three years of restricted freedom, a non-custodial sentence that confines him to
his home at night.

Nigora Saidova, a spokeswoman for the Prosecutor General's Office, said prosecutors would study
the full text of the ruling before deciding on further steps.

The Zarafshon cluster, which farmed about 22,000 hectares of cotton in the Navoi and Bukhara
regions and employed some 4,800 people, collapsed in 2025 with debts to state banks. Its yarn
and fabric were exported mainly to Turkey, China and Russia.

The case was brought by the Department for Combating Economic Crimes under the Prosecutor
General's Office, which accused the management of moving money out of the company through
inflated contracts for seeds, fertiliser and machinery with firms they controlled between 2021
and 2024.

Uzbekistan introduced the cluster system in 2018 to replace the state-controlled cotton
sector, giving private companies control of both farming and processing. The reform helped end
the use of forced labour in the harvest, but critics say weak oversight allowed some clusters to
accumulate large unpaid debts to state lenders.

President Shavkat Mirziyoyev has repeatedly called for tougher action against economic crimes,
and courts have handed down a series of long sentences to former executives of state-linked
companies over the past two years.
""",
    "credit_line": "Reporting by Kamola Ergasheva; Editing by Helen Marsh",
    "tags": ["Uzbekistan", "Courts", "Corruption", "Cotton"],
    "related": [
        "Uzbekistan's cotton harvest forecast at 3.6 million tonnes",
        "Tashkent court jails ex-bank chairman for 10 years",
        "Uzbek textile exports reach $1.8 billion in first half",
    ],
}

_CT3_PAPER = {
    "name": "Tashkent Chronicle",
    "domain": "tashkentchronicle.example",
    "kind": "paper",
    "sep": " | ",
    "tagline": "Independent daily since 1998",
    "nav": ["Uzbekistan", "Tashkent", "Economy", "Law", "World", "Opinion", "Sport"],
    "cookie": "This website uses cookies to ensure you get the best experience.",
    "newsletter": ("Chronicle Morning", "The day's news from Tashkent at 7am."),
    "footer": "© 2026 Tashkent Chronicle. Certificate of registration No. 0481.",
}

_CT3_PAPER_ART = {
    "path": "/law/zarafshon-cluster-nazarov-sentence-reduced",
    "headline": "Zarafshon cluster case: court takes two years off Nazarov's sentence",
    "desc": "The Tashkent City Court reduced the sentence of the former general director of the "
    "Zarafshon Textile Cluster to seven years. The defence will go to the Supreme Court.",
    "section": "Law",
    "kicker": "Courts",
    "dek": "Repayment of part of the damage and a dropped charge persuaded the appeal judges. "
    "Prosecutors are studying the ruling.",
    "author": "Dilshod Rahimov",
    "role": "Legal Affairs Reporter",
    "jsonld_pub": "2026-07-23T07:00:00+05:00",
    "visible_date": "23.07.2026",
    "lead_caption": "Rustam Nazarov in the dock of the Tashkent City Court on Wednesday.",
    "lead_credit": "Photo: Chronicle/Jasur Hakimov",
    "body": """
The Tashkent City Court yesterday reduced the sentence of Rustam Akmalovich Nazarov, the former
general director of the Zarafshon Textile Cluster, from nine years to seven, the latest twist in
a case that has become a symbol of the problems of Uzbekistan's cotton reform.

The appeal hearing opened at 11:00 and, with a break for lunch, lasted five hours and twenty
minutes. At 16:20 the presiding judge, Malika Rakhimova, read out the ruling of the three-member
panel: the conviction for large-scale embezzlement and tax evasion stood, but the charge of abuse
of office was dropped because, in the judges' view, it described the same acts as the
embezzlement count.

The panel also gave weight to the 96 billion soums that Nazarov's relatives and the cluster's
new owners had paid back since his arrest, and to his cooperation with investigators.

## From nine years to seven

The first-instance verdict, handed down by the Yunusobod district criminal court on 18 March,
had been harsher than many observers expected, although still short of the 11 years requested
by the prosecution. Nazarov, 52, has been in custody since 14 May 2025, so he has already served
more than 14 months of his term.

At the appeal, prosecutors asked the court to leave the nine-year sentence unchanged. The
decision to cut it was unanimous, the court's press service said.

The judges did not touch the civil part of the verdict. The defendants remain jointly liable
for 412.6 billion soums, roughly $32 million, which investigators say was lost by the state
budget and by state banks that financed the cluster. After the repayments, some 316.6 billion
soums remain outstanding.

[fig] Defence lawyer Bekzod Alimov speaks to journalists after the hearing. || Photo:
Chronicle/Jasur Hakimov

## Co-defendants

Sherzod Tursunov, the cluster's former deputy director for finance, will serve the five years he
received in March. Azamat Yuldashev, 39, who ran procurement, was luckier: instead of four years
in prison he will serve three years of restricted freedom, which means he must stay at home at
night and cannot leave Tashkent without permission.

The defence is not satisfied. "Two years less is not justice, it is arithmetic," lawyer Bekzod
Alimov said outside the courtroom. "There was no embezzlement, there was a business that
failed." He said he would lodge a cassation appeal with the Supreme Court within the time
allowed by law.

The Prosecutor General's Office was more restrained. Its spokeswoman, Nigora Saidova, said the
prosecution would study the full text of the ruling before deciding what to do next.

[ad]

## A reform on trial

The Zarafshon cluster was once held up as a model. At its peak it farmed around 22,000 hectares
in Navoi and Bukhara regions, employed about 4,800 people and exported yarn and fabric to
Turkey, China and Russia. By 2025 it was unable to service its loans from state banks and was
taken over by new owners.

Investigators say the company's managers siphoned money out through inflated contracts for
seeds, fertiliser and machinery with firms they controlled. The defence says the losses were
the result of two bad harvests and a fall in yarn prices.

"The cluster system ended forced labour in the cotton fields, which was a historic achievement,"
said Farhod Usmonov, an economist at a Tashkent think tank. "But the state gave clusters land
and cheap credit without building the supervision to match. This case is the bill for that."
""",
    "tags": ["Courts", "Cotton clusters", "Corruption"],
    "related": [
        "Textile exporters ask for VAT refunds to be speeded up",
        "Opinion: Clusters need rules, not just land",
        "Navoi region: new owners promise to keep jobs",
    ],
    "most_read": [
        "Tashkent metro: new line to open in autumn",
        "Heatwave: temperatures to reach 44C",
        "Chorsu bazaar renovation plans unveiled",
    ],
}

_CT3_LEGAL = {
    "name": "Central Asia Legal Monitor",
    "domain": "calegalmonitor.example",
    "kind": "trade",
    "sep": " — ",
    "tagline": "Courts, regulation and disputes in Central Asia",
    "nav": ["Case notes", "Criminal", "Arbitration", "Regulation", "Law firms", "Jobs"],
    "cookie": "We use cookies to understand how our site is used and to improve it.",
    "newsletter": ("Legal Monitor Digest", "Case notes and regulatory changes, twice a month."),
    "footer": "Central Asia Legal Monitor. Not legal advice.",
    "related_title": "More case notes",
}

_CT3_LEGAL_ART = {
    "path": "/case-notes/uzbekistan-nazarov-appeal-zarafshon",
    "headline": "Case note: Nazarov appeal — what the Tashkent City Court changed and why",
    "desc": "Appellate judges in Tashkent dropped an abuse-of-office count and cut the sentence "
    "of the former Zarafshon Textile Cluster chief. Our case note.",
    "kicker": "Case note · Uzbekistan",
    "author": "Marina Sokolova",
    "role": "Contributing Editor",
    "body": """
Last Wednesday the judicial collegium for criminal cases of the Tashkent City Court, sitting as
the court of appeal, partly granted the appeal of Rustam Nazarov, the former head of the
Zarafshon Textile Cluster, and reduced his sentence from nine to seven years' imprisonment in a
general-regime colony.

The ruling is worth reading closely, both for what the panel changed and for what it left
intact.

## The first-instance verdict

On 18 March 2026 the Yunusabad district criminal court in Tashkent convicted Nazarov under three
articles of the Criminal Code: embezzlement on an especially large scale (Article 167), tax
evasion (Article 184) and abuse of office (Article 205). It imposed nine years, two fewer than
the 11 years sought by the prosecution, and ordered the defendants to compensate 412.6 billion
soums in damages.

Two former managers were convicted alongside him: the deputy finance director, Sherzod
Tursunov, received five years and the head of procurement, Azamat Yuldashev, four.

## What the appeal court did

The three-judge panel, presided over by Judge Malika Rakhimova, made three changes.

First, it removed the Article 205 count. The panel found that the conduct charged as abuse of
office (the signing of supply contracts on inflated terms) was the very mechanism of the
embezzlement and could not be punished twice. This reasoning follows a line the Supreme Court
has taken in several recent economic cases.

Second, it treated as mitigating circumstances the repayment of 96 billion soums and the
defendant's cooperation after his detention in May 2025. Combined with the dropped count, this
brought the sentence down to seven years.

Third, it replaced Yuldashev's custodial sentence with three years of restricted freedom, citing
his secondary role, his guilty plea and the absence of previous convictions. Tursunov's five
years were upheld.

The panel was unanimous. The hearing itself ran from 11:00 to 16:20 Tashkent time, including a
recess, with the operative part of the judgment read out at the end of the day.

[ad]

## What it did not change

The civil claim of 412.6 billion soums (roughly $32.1 million at the current rate of about
12,850 soums to the dollar) was left in full, jointly and severally against the defendants. So was
the finding that money had been moved through companies controlled by the management between
2021 and 2024.

## Next steps

Defence counsel Bekzod Alimov has announced a cassation appeal to the Supreme Court, arguing
that the losses resulted from commercial failure rather than theft. "Two years off is not
justice but arithmetic," he told reporters. The Prosecutor General's Office said, through its
spokeswoman Nigora Saidova, that it would study the reasoned judgment before deciding whether to
challenge the reduction.

Practitioners we spoke to expect the cassation stage to focus on the valuation of losses rather
than on the sentence. "The appellate court has effectively said the number is right but the
labels were wrong," said a partner at a Tashkent law firm who asked not to be named because his
firm acts for one of the creditor banks.

For clients with exposure to Uzbek agricultural clusters, the ruling is a reminder that
recovery of damages in criminal proceedings can be slow: only about a quarter of the amount
awarded has been repaid more than a year after the arrest.
""",
    "tags": ["Uzbekistan", "Criminal law", "Appeals"],
    "related": [
        "Kazakhstan: Supreme Court clarifies rules on plea agreements",
        "Kyrgyzstan adopts new arbitration law",
        "Uzbekistan: new procedure for bankruptcy of agricultural clusters",
    ],
}

_CT3 = {
    "id": "ct-CB3",
    "part": "CB",
    "domain": "court",
    "fetched": "2026-07-27",
    "articles": [
        _art(_CT3_WIRE, _CT3_WIRE_ART),
        _art(_CT3_PAPER, _CT3_PAPER_ART),
        _art(_CT3_LEGAL, _CT3_LEGAL_ART),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-CB4 — trade, Kazakhstan-Uzbekistan (PLANTED: amount, place, title)
# ---------------------------------------------------------------------------

_TR4_WIRE = {
    "name": "Caspian Business Wire",
    "domain": "caspianwire.example",
    "kind": "wire",
    "sep": " | ",
    "tagline": "Energy, trade and finance news",
    "nav": ["Home", "Energy", "Trade", "Finance", "Transport", "Companies"],
    "cookie": "This site uses cookies to provide you with a better user experience.",
    "newsletter": ("CBW Trade Alert", "Deals, tariffs and logistics, every afternoon."),
    "footer": "© 2026 Caspian Business Wire. Prices and data for information only.",
    "related_title": "More on trade",
}

_TR4_WIRE_ART = {
    "path": "/trade/2026/05/12/kazakhstan-uzbekistan-sign-deals-worth-1-84-bln",
    "headline": "Kazakhstan, Uzbekistan sign deals worth $1.84 bln, agree border logistics hub",
    "desc": "Kazakhstan and Uzbekistan signed 18 agreements and contracts worth $1.84 billion "
    "on Tuesday, including a cross-border logistics hub.",
    "section": "Trade",
    "author": "Yerlan Dzhumabekov",
    "meta_pub": "2026-05-12T11:02:00Z",
    "visible_date": "12 May 2026 | 11:02 GMT",
    "lead_caption": "Trucks queue at the Zhibek Zholy border crossing between Kazakhstan and "
    "Uzbekistan.",
    "lead_credit": "CBW/Askar Zhunusov",
    "body": """
ASTANA, May 12 (CBW) - Kazakhstan and Uzbekistan signed 18 agreements and commercial contracts
worth a combined $1.84 billion on Tuesday, including a plan to build a joint logistics hub on
their busiest border crossing, as the two largest Central Asian economies seek to double trade by
the end of the decade.

The documents were signed in Samarkand at a meeting of the two countries' intergovernmental
commission, co-chaired by Kazakh Trade and Integration Minister Bakhyt Seitkali and Uzbek Deputy
Prime Minister Farrukh Ismoilov. The signing ceremony took place at 15:30 local time (1030 GMT).

The package comprises four intergovernmental agreements and 14 contracts between companies.
The largest single project is a $310 million logistics and trade hub straddling the Zhibek
Zholy-Gisht Kuprik crossing south of Shymkent, where construction is due to start in the autumn
and the first phase to open in 2028.

"Ten billion dollars by 2030 is not a slogan, it is a work plan with deadlines," Seitkali said,
referring to the trade target set by the two countries' presidents.

Bilateral trade reached $4.9 billion in 2025, up 8.2% from a year earlier, according to Kazakh
customs data. In the first quarter of 2026 it rose 12.4% year on year to $1.31 billion.

[ad]

The two sides also agreed to create a "green corridor" for fruit and vegetables from the summer,
under which trucks carrying perishables will be cleared in about 90 minutes instead of the
current average of roughly six hours, officials said. From July 1, each country will recognise
the other's phytosanitary certificates, removing the need for repeat inspections at the border.

"Our border should work as a bridge, not as a barrier," Ismoilov told the commission.

Among the commercial contracts, Kazakh grain traders agreed to supply 1.2 million tonnes of
wheat to Uzbek flour mills over the next two marketing seasons, while Uzbek manufacturers signed
deals to export textiles, household appliances and car components to Kazakhstan. The companies
did not disclose the value of individual contracts.

Kazakhstan is Uzbekistan's second-largest trading partner after China and its largest supplier
of grain. In 2025 Kazakh exports to Uzbekistan were worth about $2.8 billion, dominated by wheat,
flour, metals and oil products, while Uzbek exports to Kazakhstan amounted to $2.1 billion.

Traders have long complained about queues at the border. About 1,900 trucks a day cross the
Kazakh-Uzbek border, and the Zhibek Zholy-Gisht Kuprik checkpoint alone handles around 700 of
them, according to Kazakhstan's State Revenue Committee.

Lola Khasanova, head of the Uzbek Fruit and Vegetable Exporters' Union, said delays cost
exporters up to $400 per truck per day in the peak season. "If the green corridor works as
promised, it will change the economics of selling apricots and tomatoes in Almaty," she said.

The commission will next meet in Astana in the first half of 2027.
""",
    "credit_line": "Reporting by Yerlan Dzhumabekov in Astana; editing by Mark Feldman",
    "tags": ["Kazakhstan", "Uzbekistan", "Trade", "Logistics"],
    "related": [
        "Kazakhstan's rail freight to China rises 9% in April",
        "Uzbekistan cuts import duties on 600 goods",
        "Caspian ferry capacity to double by 2028",
    ],
}

_TR4_TRADE = {
    "name": "Eurasian Freight & Trade",
    "domain": "eurasiafreight.example",
    "kind": "trade",
    "sep": " — ",
    "tagline": "Logistics intelligence for the New Silk Road",
    "nav": ["Road", "Rail", "Customs", "Corridors", "Warehousing", "Events"],
    "cookie": "We use cookies to personalise content and measure our audience.",
    "newsletter": ("EF&T Corridors", "The weekly briefing for freight forwarders."),
    "footer": "Eurasian Freight & Trade. Subscriptions and events: see our media kit.",
    "related_title": "Corridor news",
}

_TR4_TRADE_ART = {
    "path": "/customs/kazakh-uzbek-green-corridor-gisht-kuprik-hub",
    "headline": "Kazakh-Uzbek deal: green corridor for perishables and a $310m hub at Gisht Kuprik",
    "desc": "What the new Kazakh-Uzbek agreements mean for forwarders: faster clearance, mutual "
    "recognition of phytosanitary certificates and a new logistics hub.",
    "kicker": "Customs & borders",
    "author": "Dmitry Belousov",
    "role": "Corridors Editor",
    "lead_caption": "The Gisht Kuprik checkpoint on the Uzbek side of the border.",
    "lead_credit": "EF&T archive",
    "body": """
The 18 documents signed by Kazakhstan and Uzbekistan in Tashkent this week carry a headline value
of $1.84 billion, but for forwarders and exporters the most important pages are the ones about
the border itself.

Two intergovernmental agreements deal directly with clearance at the Kazakh-Uzbek border, which
is crossed by about 1,900 trucks a day. A third covers the joint logistics hub at the Zhibek
Zholy-Gisht Kuprik crossing, and a fourth sets up a working group on rail tariffs.

## The green corridor

Under the first agreement, trucks carrying fresh fruit and vegetables will be able to use a
dedicated lane with pre-arrival electronic declarations and joint inspection by both customs
services. Officials say the aim is to bring average clearance time for perishables down from
around six hours today to 90 minutes, with a pilot at Zhibek Zholy-Gisht Kuprik this summer
before the scheme is extended to other crossings.

For Uzbek exporters this is not a detail. Lola Khasanova, who heads the Uzbek Fruit and Vegetable
Exporters' Union, estimates that waiting at the border costs up to $400 per truck per day in
peak season, before counting spoiled cargo.

## Paper that travels

The second agreement provides for mutual recognition of phytosanitary certificates from 1 July
2026. At present, consignments certified in Uzbekistan are often re-inspected by Kazakh
specialists on arrival, and vice versa. Forwarders we spoke to described the repeat inspections
as the single biggest source of unpredictable delay on the route.

[ad]

## A hub at the busiest crossing

The $310 million logistics and trade hub will be built on both sides of the border at Zhibek
Zholy-Gisht Kuprik, which handles around 700 trucks a day. Plans include bonded warehouses,
cold storage, a truck park for 1,200 vehicles and a joint customs zone. Construction is due to
start this autumn, with the first phase scheduled to open in 2028.

"Our border should become a bridge, not a barrier," said Uzbek Foreign Minister Farrukh
Ismoilov, who co-chaired the intergovernmental commission with Kazakhstan's Minister of Trade and
Integration, Bakhyt Seitkali. The ceremony was held at 15:30 local time.

## Grain and manufactured goods

The 14 commercial contracts include the supply of 1.2 million tonnes of Kazakh wheat to Uzbek
mills over two marketing seasons, which will move mainly by rail through Saryagash, as well as
Uzbek exports of textiles, household appliances and car components to Kazakhstan.

The volumes fit the broader trend. Trade between the two countries grew 8.2% in 2025 to $4.9
billion and was up 12.4% in the first quarter of this year at $1.31 billion. The governments want
to reach $10 billion by 2030.

## What to watch

The key test will be implementation. Previous bilateral pledges to speed up border crossings
were undermined by IT systems that did not talk to each other and by staff shortages on both
sides. The agreement signed this week commits the two customs services to connect their
electronic declaration systems by the end of the year.

Forwarders should also watch the rail tariff working group, which is due to report by the end of
September. Rail operators on both sides have been discussing a through tariff for wagons to
Afghanistan, which would make Uzbekistan's Termez terminal more attractive for Kazakh shippers.

Our take: if the green corridor pilot delivers anything close to 90 minutes, it will be the most
tangible result for the route in years. The hub is the bigger project, but 2028 is a long way
off.
""",
    "tags": ["Customs", "Perishables", "Kazakhstan", "Uzbekistan"],
    "related": [
        "Middle Corridor volumes up 18% in first four months",
        "Khorgos dry port adds 200,000 TEU capacity",
        "Truck permit quotas: the new rules explained",
    ],
}

_TR4_PAPER = {
    "name": "Kazakhstan Herald",
    "domain": "kzherald.example",
    "kind": "paper",
    "sep": " - ",
    "tagline": "News, business and opinion",
    "nav": ["Kazakhstan", "Business", "World", "Opinion", "Lifestyle", "Sport"],
    "cookie": "By clicking Accept, you agree to the storing of cookies on your device.",
    "newsletter": ("Herald Business", "The business news that matters, every weekday."),
    "footer": "© 2026 Kazakhstan Herald. Almaty editorial office.",
}

_TR4_PAPER_ART = {
    "path": "/business/tashkent-deals-trade-target-uzbekistan",
    "headline": "Tashkent deals bring $10 billion trade target closer, officials say",
    "desc": "Kazakhstan and Uzbekistan signed a package of agreements in Tashkent on Tuesday. "
    "Exporters welcome the green corridor but want to see it work.",
    "section": "Business",
    "kicker": "Regional trade",
    "dek": "A new hub at the border, faster clearance for fruit and a grain deal: exporters "
    "welcome the package but want to see it work.",
    "author": "Saltanat Abdrakhmanova",
    "role": "Economics Correspondent",
    "jsonld_pub": "2026-05-13T06:00:00+05:00",
    "visible_date": "Wednesday, 13 May 2026",
    "lead_caption": "Kazakh Trade and Integration Minister Bakhyt Seitkali (left) and Uzbek "
    "Deputy Prime Minister Farrukh Ismoilov in Tashkent on Tuesday.",
    "lead_credit": "Photo: Herald/Madina Iskakova",
    "body": """
Kazakhstan and Uzbekistan signed 18 agreements and contracts worth a total of $1.48 billion in
Tashkent on Tuesday, in what officials on both sides described as the most substantial package
since the two countries set a goal of $10 billion in annual trade by 2030.

The documents were signed after a meeting of the intergovernmental commission chaired by
Kazakhstan's Minister of Trade and Integration, Bakhyt Seitkali, and Uzbekistan's Deputy Prime
Minister, Farrukh Ismoilov.

"Ten billion dollars by 2030 is not a slogan. It is a work plan, with deadlines," Mr Seitkali
said at the signing ceremony. His Uzbek counterpart said the border between the two countries
"must be a bridge and not a barrier".

## Trade on the rise

Trade between the neighbours has grown steadily since the rapprochement that began in 2016. Last
year it reached $4.9 billion, 8.2 per cent more than in 2024. Kazakhstan sold goods worth about
$2.8 billion to Uzbekistan, mostly grain, flour, metals and fuel, and bought $2.1 billion worth
of Uzbek products, from fruit and vegetables to textiles and cars.

The momentum has continued this year. In January to March turnover rose 12.4 per cent to $1.31
billion, according to the State Revenue Committee.

But reaching $10 billion in four years will require trade to roughly double, and business
groups say the border is the main bottleneck. About 1,900 trucks cross it every day, more of
them at the Zhibek Zholy checkpoint in Turkestan region, opposite Uzbekistan's Gisht Kuprik, than
anywhere else.

[fig] Apricots from Uzbekistan on sale at Almaty's Green Bazaar. || Photo: Herald/Madina Iskakova

## Faster lanes, fewer inspections

Two of the four intergovernmental agreements target the border directly. A "green corridor" for
perishable goods is to cut clearance times for trucks carrying fruit and vegetables from about
six hours to an hour and a half, with a pilot starting this summer. From 1 July, each country
will accept the other's phytosanitary certificates without re-inspection.

The third agreement provides for a $310 million logistics and trade hub at the Zhibek Zholy
crossing, to be built jointly and to open its first phase in 2028.

"For us this is good news, but we have heard good news before," said Bolat Zhaksybekov, who
runs a refrigerated trucking company in Shymkent with 45 vehicles. "Last summer my drivers waited
at the border for up to a day. If it really becomes 90 minutes, I will be the first to say
thank you."

[ad]

## Grain and manufacturing

The commercial contracts include the supply of 1.2 million tonnes of Kazakh wheat to Uzbek
flour mills over two seasons, which grain traders say will help Kazakhstan manage another large
harvest. Uzbek companies signed contracts to supply textiles, household appliances and car
components.

Economists caution that headline values of such packages should be treated carefully, as
memorandums and framework contracts do not always turn into deliveries. "The number to look at
is not the value of the contracts signed in Tashkent, but the trade data a year from now," said
Almas Nurlanov, an economist at the Astana-based Institute of Regional Studies.

The commission agreed to meet next in Astana in the first half of next year.
""",
    "tags": ["Uzbekistan", "Trade", "Exports", "Border"],
    "related": [
        "Wheat harvest: farmers expect 17 million tonnes",
        "Tenge steady at 505 per dollar",
        "Opinion: Central Asia needs a customs union of its own",
    ],
    "most_read": [
        "Almaty metro extension opens",
        "Petrol price cap extended to September",
        "Five new direct flights from Astana this summer",
    ],
}

_TR4_LOCAL = {
    "name": "Tashkent Today",
    "domain": "tashkenttoday.example",
    "kind": "local",
    "sep": " | ",
    "tagline": "Your city, every day",
    "nav": ["City", "Business", "Transport", "Culture", "Food", "Weather"],
    "cookie": "We use cookies to make the site work and to understand how it is used.",
    "newsletter": ("Tashkent Today Evening", "The city's news at 6pm."),
    "footer": "© 2026 Tashkent Today. Mirzo Ulugbek district, Tashkent.",
}

_TR4_LOCAL_ART = {
    "path": "/business/uzbekistan-kazakhstan-commission-agreements",
    "headline": "Uzbekistan and Kazakhstan sign 18 documents at Tashkent commission meeting",
    "desc": "Deals worth $1.84 billion include a logistics hub at Gisht Kuprik and a green "
    "corridor for fruit and vegetables.",
    "author": "Nodira Yusupova",
    "visible_date": "Updated 18:40, 12 May 2026 (Tashkent time)",
    "lead_caption": "Delegations at the intergovernmental commission meeting in Tashkent.",
    "lead_credit": "Photo: Tashkent Today",
    "body": """
Uzbekistan and Kazakhstan today signed 18 documents worth $1.84 billion at a meeting of the
intergovernmental commission in Tashkent, including four intergovernmental agreements and 14
commercial contracts.

The meeting at the International Congress Centre was chaired by Deputy Prime Minister Farrukh
Ismoilov on the Uzbek side and by Kazakhstan's trade minister, Bakhyt Seitkali. The documents
were signed at 15:30.

In soums, the package is worth roughly 23.6 trillion at the current exchange rate.

"Our border must work as a bridge, not a barrier. Every hour a truck stands at Gisht Kuprik is
money lost for our farmers," Ismoilov said.

## What was signed

The largest project is a $310 million logistics hub at the Gisht Kuprik-Zhibek Zholy crossing,
about 20 km from the centre of Tashkent. It will include warehouses, cold storage and a joint
customs area. Work is due to begin in the autumn and the first phase is planned for 2028.

The sides also agreed on a green corridor for fruit and vegetables. Trucks with perishable
goods will be cleared in about 90 minutes instead of around six hours now. And from 1 July,
phytosanitary certificates issued in one country will be accepted in the other.

Kazakh companies will supply 1.2 million tonnes of wheat to Uzbek mills over the next two
seasons. Uzbek manufacturers signed contracts for textiles, household appliances and car parts.

[fig] Kazakh trucks at the Gisht Kuprik checkpoint. || Photo: Tashkent Today

[ad]

## Why it matters for Tashkent

Tashkent region is the main gateway for trade with Kazakhstan. According to the Uzbek side,
about 700 trucks a day pass through Gisht Kuprik, the busiest checkpoint on the border. Residents
of nearby mahallas have long complained about queues of trucks on the roads leading to the
crossing.

Kazakhstan is Uzbekistan's second-largest trading partner after China. Trade between the two
countries reached $4.9 billion last year, and $1.31 billion in the first three months of this
year, 12.4% more than a year earlier. The two presidents have set a target of $10 billion by
2030.

"Tashkent farmers will be the first to benefit. In summer our apricots and cherries go to
Almaty, and every hour at the border matters," said Lola Khasanova of the Uzbek Fruit and
Vegetable Exporters' Union.

The Kazakh delegation also visited the Tashkent International Investment Forum exhibition and a
textile factory in Chirchik before flying back to Astana in the evening.

Officials said the customs services of the two countries would connect their electronic
declaration systems by the end of the year, so that data on a truck's cargo reaches the other
side before the vehicle arrives at the border.

The next meeting of the commission will be held in Astana next year.
""",
    "tags": ["Kazakhstan", "Trade", "Gisht Kuprik"],
    "related": [
        "Tashkent City Park: new fountain opens",
        "Chirchik textile plant doubles output",
        "Metro ring line: last stations open in June",
    ],
    "most_read": [
        "Weather: up to 33C this week",
        "New bus lanes on Amir Temur avenue",
        "Navruz photo contest winners",
    ],
}

_TR4 = {
    "id": "tr-CB4",
    "part": "CB",
    "domain": "trade",
    "fetched": "2026-05-14",
    "articles": [
        _art(_TR4_WIRE, _TR4_WIRE_ART),
        _art(_TR4_TRADE, _TR4_TRADE_ART),
        _art(_TR4_PAPER, _TR4_PAPER_ART),
        _art(_TR4_LOCAL, _TR4_LOCAL_ART),
    ],
    "planted": [
        ("total value of the package", r"\b1[.,]84\b", r"\b1[.,]48\b"),
        ("place of signing", r"\btashkent\b", r"\bsamarkand\b"),
        ("Ismoilov's post", r"deputy\s+prime\s+minister", r"foreign\s+minister"),
    ],
}


# ---------------------------------------------------------------------------
# rk-CB5 — rocket, Baikonur (CONTROL)
# ---------------------------------------------------------------------------

_RK5_WIRE = {
    "name": "Great Steppe News Agency",
    "domain": "gsna.example",
    "kind": "wire",
    "sep": " | ",
    "tagline": "National and international news",
    "nav": ["Kazakhstan", "World", "Economy", "Science", "Space", "Society"],
    "cookie": "We use cookies to ensure the site works properly and to analyse traffic.",
    "newsletter": ("GSNA Evening", "Today's main stories from Kazakhstan."),
    "footer": "© 2026 Great Steppe News Agency. Use of materials requires a hyperlink.",
    "related_title": "Space and science",
}

_RK5_WIRE_ART = {
    "path": "/science/2026/04/21/samal-2-satellite-launched-from-baikonur",
    "headline": "Kazakh satellite SAMAL-2 launched from Baikonur, first signal received",
    "desc": "A Soyuz-2.1b rocket carrying Kazakhstan's SAMAL-2 Earth-observation satellite and "
    "six smaller spacecraft lifted off from Baikonur on Tuesday.",
    "section": "Space",
    "author": "Arman Zhanabayev",
    "meta_pub": "2026-04-21T09:25:00Z",
    "visible_date": "21 April 2026, 14:25",
    "lead_caption": "The Soyuz-2.1b rocket lifts off from Site 31 at Baikonur.",
    "lead_credit": "GSNA/Nurzhan Kenzhebayev",
    "body": """
BAIKONUR, Kazakhstan, April 21 (GSNA) - A Soyuz-2.1b rocket carrying SAMAL-2, Kazakhstan's new
Earth-observation satellite, lifted off from the Baikonur cosmodrome on Tuesday and placed the
spacecraft into its planned orbit, officials said.

The rocket, topped by a Fregat-M upper stage, blasted off from Site 31 at 11:47:30 local time
(06:47:30 GMT). The launch had originally been scheduled for Sunday but was postponed by 48 hours
because of strong winds at high altitude.

The Fregat stage separated from the rocket's third stage nine minutes and 23 seconds into the
flight. After two engine burns, it released SAMAL-2 one hour and 42 minutes after liftoff into a
sun-synchronous orbit at an altitude of 550 km, inclined at 97.6 degrees to the equator.

The ground control centre of Steppe Orbital Systems, the Astana-based company that built the
satellite, received the first signal from SAMAL-2 at 14:06 local time via its receiving station
in Akkol, in Akmola region.

"She is alive and talking to us. All systems are working normally," Steppe Orbital Systems chief
executive Askar Nurmagambetov said in a statement.

[ad]

SAMAL-2 weighs 184 kg and carries a camera capable of distinguishing objects as small as 0.7
metres from orbit, twice as sharp as its predecessor, SAMAL-1, which was launched in March 2021.
It has a design life of seven years.

The satellite will be used to monitor crops and pastures, map floods and wildfires, and support
urban planning and land registration, said Yerbol Temirkhanov, chairman of the Aerospace
Committee of the Ministry of Digital Development, Innovation and Aerospace Industry.

"After the floods of 2024 we understood how much we depend on foreign imagery in an emergency.
With SAMAL-2 we will have our own eyes in orbit, at the time we need them," Temirkhanov told
reporters at the cosmodrome.

The project cost $38 million, including the launch, he said. Around 60% of the satellite's
components were produced or assembled in Kazakhstan, according to the company.

The rocket also carried six smaller satellites for customers from Kazakhstan, Kyrgyzstan,
Mongolia and the United Arab Emirates, bringing the number of spacecraft on board to seven. The
Fregat stage released them over about 40 minutes after SAMAL-2 had separated.

Among them was a cubesat built by students of the Kyrgyz State Technical University in Bishkek,
the country's second satellite, and a Mongolian technology demonstrator for a mobile satellite
messaging service for herders.

SAMAL-1, a 95 kg satellite with a resolution of 1.5 metres, is still operating beyond its
five-year design life and will continue to supply images until it runs out of fuel, the company
said.

Baikonur, leased by Russia from Kazakhstan until 2050, remains the main launch site for
Kazakh satellites. Kazakhstan and Russia are also working together on the Baiterek launch
complex at the cosmodrome, designed for the new Soyuz-5 rocket.

Tuesday's mission was the fourth Soyuz launch from Baikonur this year.
""",
    "credit_line": "Arman Zhanabayev reported from Baikonur. Edited by Aliya Bekova.",
    "tags": ["Space", "Baikonur", "Satellites", "SAMAL-2"],
    "related": [
        "Astana Hub start-up raises $4 million for satellite data analytics",
        "Progress cargo ship docks with ISS",
        "Kazakh cosmonaut candidates begin training",
    ],
}

_RK5_LIVE = {
    "name": "LaunchDesk",
    "domain": "launchdesk.example",
    "kind": "live",
    "sep": " | ",
    "tagline": "Every launch, live",
    "nav": ["Schedule", "Live", "Rockets", "Spaceports", "Satellites", "Data"],
    "cookie": "LaunchDesk uses cookies for analytics and to remember your time zone setting.",
    "newsletter": ("Launch Week", "Next week's launches every Sunday."),
    "footer": "© 2026 LaunchDesk. Times shown in UTC unless stated.",
}

_RK5_LIVE_ART = {
    "path": "/live/soyuz-2-1b-fregat-samal-2",
    "headline": "Live: Soyuz-2.1b/Fregat launches SAMAL-2 and six rideshares from Baikonur",
    "desc": "Live coverage of the Soyuz-2.1b launch of Kazakhstan's SAMAL-2 satellite from "
    "Baikonur Site 31.",
    "author": "Tom Hallett",
    "role": "Launch reporter",
    "visible_date": "Tuesday 21 April 2026 · all times UTC",
    "summary": [
        "Liftoff: 06:47:30 UTC (11:47:30 Baikonur, 09:47:30 Moscow)",
        "SAMAL-2 separated at T+1h42m into a 550 km sun-synchronous orbit",
        "Seven satellites on board: SAMAL-2 plus six rideshares",
        "First signal received at 09:06 UTC",
    ],
    "body": """
[live 09:20 | Wrapping up] That's a wrap. All seven satellites are in orbit and SAMAL-2 is
talking to the ground. The Fregat will now perform a deorbit burn to drop into a disposal orbit.
Thanks for following along.

[live 09:12 | All rideshares out] The Fregat has released the last of the six smaller
satellites, about 40 minutes after SAMAL-2 separated. Operators will now start trying to make
contact with them.

[live 09:08 | Signal!] Steppe Orbital Systems reports the first signal from SAMAL-2 at 09:06 UTC
(14:06 local) through its ground station in Akkol, northern Kazakhstan. The solar arrays are
deployed and the spacecraft is stable.

[live 08:50 | Rideshares] Four of the six rideshare satellites have now been deployed. On board:
two Kazakh university cubesats, a Kyrgyz student cubesat, a Mongolian messaging demonstrator
and two small satellites for a company in the UAE.

[live 08:30 | Spacecraft separation] Confirmed: SAMAL-2 separated from the Fregat at 08:29:30
UTC, one hour 42 minutes after launch, into a sun-synchronous orbit of 550 km (about 342
miles) inclined at 97.6 degrees.

[ad]

[live 07:05 | First Fregat burn complete] The Fregat upper stage has completed its first burn.
It now coasts for about an hour before a second burn that circularises the orbit.

[live 07:20 | About the payload] SAMAL-2 weighs 184 kg and carries an optical camera with a
resolution of 0.7 metres, against 1.5 metres for SAMAL-1, which has been in orbit since March
2021. It is designed to work for seven years. Kazakh officials put the cost of the project,
including the launch, at $38 million. The main users will be farm ministries, emergency services
and city planners.

[live 06:57 | Fregat separation] The Fregat separated from the Soyuz third stage at T+9 min 23 s.
Nominal so far.

[live 06:52 | Fairing jettisoned] The payload fairing is off; SAMAL-2 and its fellow travellers
are exposed to space for the first time.

[live 06:49 | Boosters away] The four first-stage boosters have separated, forming the classic
Korolev cross in the sky above the steppe.

[live 06:47 | LIFTOFF] Liftoff of the Soyuz-2.1b from Site 31 at Baikonur at 06:47:30 UTC,
11:47:30 local time, 09:47:30 in Moscow.

[live 06:20 | About the rocket] The Soyuz-2.1b is the version of the Soyuz with the more
powerful RD-0124 engine on its third stage. The Fregat-M upper stage can restart its engine
several times, which lets it deliver satellites into different orbits on one flight. Site 31
has been the main Soyuz pad at Baikonur since the retirement of the historic Gagarin's Start.

[live 06:37 | T-10 minutes] The launch team has given a go. Weather at the pad: 17 degrees,
light winds, scattered cloud.

[live 06:05 | Fuelling complete] Roscosmos says fuelling of the rocket has been completed. The
service towers were retracted earlier this morning.

[live 05:30 | Good morning] Welcome to our live coverage. Launch is set for 06:47:30 UTC, which
is 11:47:30 at Baikonur (UTC+5). This attempt comes 48 hours after Sunday's scrub, called
because of strong upper-level winds. The main payload is SAMAL-2, a 184 kg Earth-observation
satellite built by Steppe Orbital Systems in Astana. Six smaller satellites ride along.
""",
    "tags": ["Soyuz", "Baikonur", "Kazakhstan", "Rideshare"],
    "related": [
        "Falcon 9 launches 24 Starlink satellites from Vandenberg",
        "Launch schedule: the week ahead",
        "Angara-A5 rolls out at Vostochny",
    ],
    "most_read": [
        "The busiest spaceports of 2026 so far",
        "How the Fregat upper stage works",
        "Reusable boosters: who is next?",
    ],
}

_RK5_PAPER = {
    "name": "Kazakh Daily Review",
    "domain": "kzdailyreview.example",
    "kind": "paper",
    "sep": " - ",
    "tagline": "The country in English",
    "nav": ["Nation", "Economy", "Science", "Regions", "Culture", "Opinion"],
    "cookie": "Our website uses cookies. You can change your cookie settings at any time.",
    "newsletter": ("Daily Review Digest", "Our editors' picks every morning."),
    "footer": "Kazakh Daily Review. All rights reserved.",
}

_RK5_PAPER_ART = {
    "path": "/science/samal-2-in-orbit-what-it-will-do",
    "headline": "SAMAL-2 in orbit: what Kazakhstan's sharpest eye in space will do",
    "desc": "The new Earth-observation satellite was launched from Baikonur on Tuesday. It will "
    "watch over fields, rivers and cities.",
    "section": "Science",
    "kicker": "Space",
    "dek": "Built in Astana and launched from Baikonur, the 184-kilogram satellite is meant to end "
    "the country's reliance on foreign imagery in emergencies.",
    "author": "Madina Sarsenbayeva",
    "role": "Science Correspondent",
    "lead_caption": "Engineers of Steppe Orbital Systems in the control room in Astana during the "
    "launch.",
    "lead_credit": "Photo: Steppe Orbital Systems",
    "body": """
In the control room of Steppe Orbital Systems on the outskirts of Astana, the applause came
twice on Tuesday. The first time was at 11:47, when the Soyuz-2.1b carrying SAMAL-2 rose from
its launch pad at Baikonur. The second, louder, came at 14:06, a little over two hours after
liftoff, when the ground station in Akkol picked up the satellite's first signal.

"Until you hear her, she is just an expensive box," said Zhanna Kuandykova, the mission manager,
who has worked on the project since 2022. "Now she is a satellite."

SAMAL-2 separated from the Fregat upper stage an hour and 42 minutes after launch and is now
circling the Earth in a sun-synchronous orbit 550 kilometres up, passing over Kazakhstan at
roughly the same local time every day, which makes it easier to compare images.

The launch came two days later than planned. The first attempt, on Sunday, was called off
because of high-altitude winds over the cosmodrome.

## Twice as sharp

The satellite's main instrument can distinguish objects 0.7 metres across, compared with 1.5
metres for its predecessor, SAMAL-1, which has been in orbit since March 2021 and weighs 95
kilograms, about half as much as the new spacecraft. SAMAL-2 is designed to work for seven years.

The project cost $38 million, about 19.3 billion tenge, including the launch. According to the
company, around 60 per cent of the components were made or assembled in Kazakhstan, including
the structure, the solar panels and the on-board computer. The optical telescope was bought
abroad.

[fig] A model of SAMAL-2 at the Steppe Orbital Systems assembly hall. || Photo: Kazakh Daily
Review/Ruslan Kim

## Floods, fields and cities

The government's interest in the satellite was sharpened by the floods of spring 2024, when
emergency services had to wait for foreign partners to provide images of inundated villages in
the north and west of the country.

"In an emergency every hour counts. With SAMAL-2 we will have our own eyes in orbit, when we
need them," Yerbol Temirkhanov, who heads the Aerospace Committee, said at Baikonur after the
launch.

The Ministry of Agriculture plans to use the images to monitor the state of crops and pastures
and to check subsidy claims, while city authorities in Astana and Almaty want them to track
unauthorised construction.

## Not alone on the rocket

SAMAL-2 did not travel alone. The Soyuz also carried six small satellites for other customers,
seven spacecraft in all. Two were built by Kazakh universities, one by students in Bishkek, one
is a Mongolian demonstrator for satellite messaging for herders, and two belong to a company in
the United Arab Emirates.

For Askar Nurmagambetov, the chief executive of Steppe Orbital Systems, the next step is to sell
images abroad. "Our neighbours in Central Asia have the same needs we do: water, pastures,
floods. We want to be their supplier," he said.

The company is already working on SAMAL-3, a radar satellite that would be able to see through
clouds and at night. Its launch is tentatively planned for 2029, subject to funding.

Kazakhstan has launched a dozen satellites of its own since 2006, most of them from Baikonur,
which Russia leases from Kazakhstan until 2050.
""",
    "tags": ["Space", "Satellites", "Baikonur"],
    "related": [
        "Floods: Akmola region prepares for spring melt",
        "Astana Hub: satellite data start-ups attract investors",
        "Opinion: Baiterek must not be another lost decade",
    ],
    "most_read": [
        "Cosmonautics Day: schoolchildren meet the engineers",
        "Astana's new concert hall opens",
        "Spring sowing to start early in the south",
    ],
}

_RK5 = {
    "id": "rk-CB5",
    "part": "CB",
    "domain": "rocket",
    "fetched": "2026-04-22",
    "articles": [
        _art(_RK5_WIRE, _RK5_WIRE_ART),
        _art(_RK5_LIVE, _RK5_LIVE_ART),
        _art(_RK5_PAPER, _RK5_PAPER_ART),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-CB6 — earthquake, Kyrgyzstan (PLANTED: clock time, distance, year)
# ---------------------------------------------------------------------------

_EQ6_WIRE = {
    "name": "Tien Shan Wire",
    "domain": "tienshanwire.example",
    "kind": "wire",
    "sep": " | ",
    "tagline": "Breaking news from Kyrgyzstan and the region",
    "nav": ["Breaking", "Kyrgyzstan", "Region", "Economy", "World", "Photo"],
    "cookie": "This website stores cookies on your computer to improve your experience.",
    "newsletter": ("Tien Shan Today", "The morning briefing from Bishkek."),
    "footer": "© 2026 Tien Shan Wire. Bishkek, Kyrgyz Republic.",
    "related_title": "Latest",
}

_EQ6_WIRE_ART = {
    "path": "/kyrgyzstan/2026/09/13/strong-earthquake-jalal-abad-toktogul",
    "headline": "Strong earthquake hits western Kyrgyzstan, at least two killed",
    "desc": "A strong earthquake struck the Toktogul district of Kyrgyzstan's Jalal-Abad region "
    "early on Sunday, killing at least two people.",
    "section": "Kyrgyzstan",
    "author": "Aibek Toktorov",
    "meta_pub": "2026-09-12T23:58:00Z",
    "meta_mod": "2026-09-13T02:35:00Z",
    "visible_date": "Updated 13 Sep 2026 02:35 GMT",
    "lead_caption": "Residents outside a damaged house in Toktogul district on Sunday morning.",
    "lead_credit": "Tien Shan Wire/Kanat Asanov",
    "body": """
BISHKEK, Sept 13 (TSW) - A strong earthquake struck western Kyrgyzstan early on Sunday, killing
at least two people, injuring 23 and damaging about 150 houses, the Emergencies Ministry said.

The quake hit at 03:47 local time (2147 GMT on Saturday) with its epicentre 83 km (52 miles)
north-east of the town of Toktogul in Jalal-Abad region, according to the Institute of Seismology
of the Kyrgyz National Academy of Sciences, which put its magnitude at 6.0 and its depth at 15
km.

The U.S. Geological Survey put the magnitude at 6.2, revising an initial estimate of 6.3, and
said the quake was 12 km deep.

The tremor woke residents across the region and was felt in Bishkek, Osh and as far away as
Tashkent and Almaty, where people ran out into the streets in the middle of the night.

"The house was jumping. We grabbed the children and ran outside. The wall of the barn fell a
minute later," Gulnara Sydykova, a resident of Uch-Terek village in Toktogul district, told
Tien Shan Wire by telephone.

The Emergencies Ministry said in an update at 08:00 that two people had died, both in villages
close to the epicentre, and 23 had been taken to hospital. An earlier update at 05:30 had
reported one death and nine injuries. Rescue teams from Bishkek and Jalal-Abad were sent to
the area.

[ad]

The Bishkek-Osh highway, the main road linking the north and south of the country, was closed
after rocks fell onto the carriageway near the Ala-Bel pass. Road crews were clearing the debris
and the road remained closed on Sunday morning, the Ministry of Transport said.

Electric Stations, the state company that operates the Toktogul hydroelectric dam, said
engineers had begun inspecting the 215-metre dam and its power plant as a precaution. The
reservoir behind the dam is the largest in Central Asia and supplies much of Kyrgyzstan's
electricity as well as irrigation water for Uzbekistan and Kazakhstan.

Dozens of aftershocks followed the main quake, the strongest of them measuring 4.6, the
Institute of Seismology said.

The government set up a commission headed by Deputy Chairman of the Cabinet of Ministers Nurlan
Abdyrakhmanov, who was due to travel to the area later on Sunday.

Kyrgyzstan lies in one of the most seismically active zones of Central Asia, where the Indian
plate pushes against Eurasia and builds the Tien Shan mountains. Moderate earthquakes are
common, but quakes of magnitude 6 or more in populated areas are rare.

Many rural houses in the region are built of adobe or unreinforced brick, which offer little
resistance to strong shaking, engineers say.
""",
    "credit_line": "Reporting by Aibek Toktorov; editing by Jane Whitfield",
    "tags": ["Kyrgyzstan", "Earthquake", "Jalal-Abad"],
    "related": [
        "Kyrgyzstan's electricity imports rise as Toktogul reservoir level falls",
        "Bishkek-Osh alternative road: tunnel works resume",
        "Kumtor gold output steady in second quarter",
    ],
}

_EQ6_LIVE = {
    "name": "Ala-Too Times",
    "domain": "alatootimes.example",
    "kind": "live",
    "sep": " - ",
    "tagline": "Kyrgyzstan's news in English",
    "nav": ["News", "Live", "Politics", "Economy", "Regions", "Travel"],
    "cookie": "We use cookies. Read more about how we use them in our privacy policy.",
    "newsletter": ("Ala-Too Daily", "Kyrgyzstan's news every evening."),
    "footer": "© 2026 Ala-Too Times. Bishkek.",
}

_EQ6_LIVE_ART = {
    "path": "/live/earthquake-toktogul-jalal-abad",
    "headline": "Earthquake in Jalal-Abad region: live updates",
    "desc": "Live updates on the earthquake that struck Toktogul district early on Sunday: "
    "casualties, damage, aftershocks and the government's response.",
    "author": "Ala-Too Times newsroom",
    "visible_date": "Sunday, 13 September 2026 · All times Bishkek time (GMT+6)",
    "summary": [
        "Quake struck at 03:47 local time, 38 km north-east of Toktogul",
        "Magnitude 6.0 (Kyrgyz Institute of Seismology), 6.2 (USGS)",
        "Emergencies Ministry at 19:00: 7 dead, 58 injured, 312 houses damaged",
    ],
    "body": """
[live 19:40 | Summary of the day] Sixteen hours after the quake, the Emergencies Ministry's toll
stands at seven dead and 58 injured. More than 40 aftershocks have been recorded. We will
resume our live coverage tomorrow morning.

[live 19:00 | Toll rises to seven] The Emergencies Ministry's evening update: seven people have
died and 58 have been injured, 19 of them seriously. 312 houses have been damaged, 47 of them
destroyed or unfit to live in. Nine schools are damaged.

[live 17:20 | Help from Kazakhstan] Kazakhstan's Ministry of Emergency Situations says it will
send 40 tonnes of humanitarian aid, including tents, blankets and heaters. The convoy is expected
to leave Almaty tonight.

[live 16:10 | Government commission in Toktogul] Deputy Chairman of the Cabinet of Ministers
Nurlan Abdyrakhmanov has arrived in Toktogul. He says the government will allocate 150 million
soms for emergency relief and rebuild every destroyed house "before the winter".

[live 14:45 | Dam is safe] Electric Stations says engineers found no damage to the Toktogul dam
or its power plant. "The dam was designed for much stronger earthquakes," a spokesman said.

[live 12:30 | Five dead] The ministry's midday update: five dead, 41 injured, 240 houses
damaged. The Institute of Seismology has recorded 27 aftershocks; the strongest, of magnitude
4.6, came at 05:12.

[ad]

[live 11:30 | Blood donors needed] The Jalal-Abad regional hospital, which has received most of
the seriously injured, is asking for blood donors. Volunteers are already queuing outside.

[live 10:20 | Highway reopened] The Bishkek-Osh highway reopened at 10:15 after crews cleared the
rocks near the Ala-Bel pass, the Ministry of Transport says. It had been closed for about four
hours.

[live 09:10 | Felt abroad] Readers in Tashkent and Almaty tell us they felt the quake too. In
both cities, which are an hour behind Bishkek, it was 02:47 when the shaking began.

[live 08:20 | USGS revises] The USGS has revised its estimate to magnitude 6.2 from 6.3, at a
depth of 12 km.

[live 08:05 | Two dead, 23 injured] The Emergencies Ministry says two people have died and 23
have been injured. About 150 houses are damaged, most of them in villages near Uch-Terek.

[live 07:15 | Kyrgyz seismologists: magnitude 6.0] The Institute of Seismology of the National
Academy of Sciences puts the magnitude at 6.0, with the epicentre 38 km north-east of Toktogul
at a depth of 15 km.

[live 06:20 | Highway closed] The Bishkek-Osh highway has been closed near the Ala-Bel pass
after rockfall triggered by the quake. Drivers are asked to wait in Toktogul or Kara-Balta.

[live 05:30 | First casualty reported] The Emergencies Ministry reports one person killed and
nine injured in Toktogul district.

[live 04:40 | USGS: magnitude 6.3] The U.S. Geological Survey gives a preliminary magnitude of
6.3 for the quake, with the epicentre in Jalal-Abad region.

[live 04:05 | Strong quake felt across Kyrgyzstan] A strong earthquake shook much of Kyrgyzstan
at 03:47 this morning (21:47 UTC on Saturday). Readers in Bishkek, Osh and Talas report
prolonged shaking. We are following the story.
""",
    "tags": ["Earthquake", "Toktogul", "Emergencies"],
    "related": [
        "How to prepare an emergency bag",
        "Toktogul reservoir: water level at 14 billion cubic metres",
        "Osh: new hospital wing opens",
    ],
    "most_read": [
        "Exchange rates: som steady at 87.5 per dollar",
        "Issyk-Kul tourist season ends with record numbers",
        "New rules for taxi drivers in Bishkek",
    ],
}

_EQ6_PAPER = {
    "name": "Almaty Evening Post",
    "domain": "almatyevening.example",
    "kind": "paper",
    "sep": " | ",
    "tagline": "The city's newspaper",
    "nav": ["Almaty", "Kazakhstan", "Region", "Business", "Opinion", "Leisure"],
    "cookie": "We use cookies and similar technologies for statistics and advertising.",
    "newsletter": ("Evening Post Briefing", "Tomorrow's paper tonight, in your inbox."),
    "footer": "© 2026 Almaty Evening Post. Almaty, Republic of Kazakhstan.",
}

_EQ6_PAPER_ART = {
    "path": "/region/kyrgyzstan-earthquake-felt-in-almaty",
    "headline": "Kyrgyz quake kills seven; tremor wakes Almaty in the night",
    "desc": "A strong earthquake in Kyrgyzstan's Jalal-Abad region killed seven people and was "
    "felt in Almaty. Kazakhstan is sending 40 tonnes of aid.",
    "section": "Region",
    "kicker": "Earthquake",
    "dek": "Kazakhstan is sending 40 tonnes of aid as Kyrgyz rescuers work through damaged villages "
    "near Toktogul.",
    "author": "Vladimir Kostenko and Zarina Alieva",
    "jsonld_pub": "2026-09-14T07:00:00+05:00",
    "visible_date": "Monday 14 September 2026",
    "lead_caption": "Rescuers search a collapsed house in Toktogul district, Kyrgyzstan.",
    "lead_credit": "Photo: Kyrgyz Emergencies Ministry",
    "body": """
Thousands of Almaty residents were woken in the middle of the night when a strong earthquake
struck neighbouring Kyrgyzstan early on Sunday, 13 September 2025, killing seven people and
damaging hundreds of homes in the mountains of Jalal-Abad region.

The quake struck at 02:47 Almaty time, which was 03:47 in Kyrgyzstan. Its epicentre lay 38 km
(24 miles) north-east of the town of Toktogul, according to Kyrgyzstan's Institute of Seismology,
which measured its magnitude at 6.0. The US Geological Survey put it at 6.2 and Kazakhstan's own
seismic monitoring service at 6.1.

In Almaty, some 330 km away, the shaking lasted several seconds. Chandeliers swayed and car
alarms went off, but the city's emergency department said there was no damage and no one was
hurt.

"I woke up because the bed was moving. My first thought was: this is it, the big one," said
Aliya Nurmukhanova, who lives on the ninth floor of a building in the Bostandyk district. "We
went down to the courtyard and half the neighbours were already there in their pyjamas."

[fig] Almaty residents wait in a courtyard in Bostandyk district after the tremor. || Photo:
Evening Post reader

## Seven dead, 58 injured

Across the border, the picture was grim. By Sunday evening, Kyrgyzstan's Emergencies Ministry had
recorded seven deaths and 58 injured, 19 of them seriously. Most of the victims lived in villages
near Uch-Terek, where old adobe houses collapsed or lost their walls.

In all, 312 houses were damaged and 47 destroyed or made uninhabitable, the ministry said. Nine
schools were damaged. The Bishkek-Osh highway, the country's main north-south artery, was closed
for about four hours after rocks fell onto the road near the Ala-Bel pass.

Seismologists recorded more than 40 aftershocks by Sunday evening, the strongest of magnitude
4.6.

Electric Stations, the Kyrgyz company that operates the Toktogul hydropower plant, said its
engineers had found no damage to the dam, which holds back Central Asia's largest reservoir and
supplies irrigation water to southern Kazakhstan in summer.

[ad]

## Aid from Kazakhstan

Kazakhstan's Ministry of Emergency Situations said it would send 40 tonnes of humanitarian aid,
including tents, blankets, heaters and food, on board trucks leaving Almaty on Sunday night. A
team of 25 rescuers with search dogs was put on standby.

The Kyrgyz government has set up a commission led by Deputy Prime Minister Nurlan Abdyrakhmanov
and allocated 150 million soms, about $1.7 million, for emergency relief.

## Could it happen here?

For Almaty, which sits at the foot of the Zailiysky Alatau in one of the most seismically active
parts of Kazakhstan, Sunday's earthquake was a reminder of the risk the city lives with.

"This was a moderate event for the Tien Shan, and it was more than 300 kilometres from us," said
Dauren Kassymov, a seismologist in Almaty. "But the same fault systems run under our city. The
question is not whether a strong earthquake will happen in Almaty, but when, and whether our
buildings are ready."

City officials say more than 1,600 apartment blocks built before modern building codes need
strengthening. The programme to reinforce them is running years behind schedule.
""",
    "tags": ["Earthquake", "Kyrgyzstan", "Almaty", "Seismic safety"],
    "related": [
        "Almaty to inspect 300 schools for seismic resistance",
        "Metro: new station in Alatau district delayed",
        "Big Almaty Lake: access restricted for the season",
    ],
    "most_read": [
        "Apple harvest: aport prices fall",
        "New cycle lanes on Abai avenue",
        "Medeu rink to open in November",
    ],
}

_EQ6_LOCAL = {
    "name": "Jalal-Abad News",
    "domain": "jalalabadnews.example",
    "kind": "local",
    "sep": " - ",
    "tagline": "News of the south",
    "nav": ["Jalal-Abad", "Toktogul", "Bazar-Korgon", "Suzak", "Economy", "Society"],
    "cookie": "The site uses cookies. By staying on it, you agree to this.",
    "newsletter": None,
    "footer": "Jalal-Abad News. Quoting is allowed with a link to our site.",
}

_EQ6_LOCAL_ART = {
    "path": "/toktogul/earthquake-toll-eight-tent-camps",
    "headline": "Earthquake toll rises to eight; 1,100 people spend night in tents",
    "desc": "A woman injured in the Toktogul district earthquake has died in hospital. Schools in "
    "the district are closed.",
    "author": "Mirlan Sultanov",
    "lead_caption": "A tent camp set up by rescuers in Üch-Terek.",
    "lead_credit": "Photo: Jalal-Abad News",
    "body": """
The number of people killed by the earthquake in Toktogul district has risen to eight after a
67-year-old woman from Üch-Terek died overnight in the Jalal-Abad regional hospital, the Ministry
of Emergency Situations said on Monday morning.

As of 09:00 on Monday, 61 people had been injured, the ministry said. Twenty are still in
hospital, including four in intensive care.

The earthquake struck at 3:17 am on Sunday. Its epicentre was 38 km north-east of Toktogul,
according to the Institute of Seismology, which measured a magnitude of 6.0. The US Geological
Survey estimated 6.2.

## A night in the tents

About 1,100 people spent Sunday night in tents set up by rescuers and the army in Üch-Terek,
Torkent and neighbouring villages. Many of them have homes that are still standing but cracked,
and they are afraid to go back inside while aftershocks continue. By Monday morning the
Institute of Seismology had registered more than 50 of them.

"We are sleeping in the tent with the children, my husband stays outside to watch the house and
the animals," said Aizada, a mother of four from Üch-Terek. "In the night it shook again and
the children cried. We cannot go back until someone tells us the walls will hold."

[fig] A family outside their damaged house in Torkent village. || Photo: Jalal-Abad News

The ministry's latest figures show 312 houses damaged, 47 of them destroyed or unfit to live in.
Engineers from the State Agency for Architecture and Construction began inspecting damaged
buildings on Monday and marking them with coloured signs: green for safe, yellow for repairable
and red for demolition.

## Schools closed, aid arriving

Classes in all schools of Toktogul district were cancelled on Monday. Nine school buildings were
damaged, two of them seriously, the district education department said. Pupils from those schools
will study in other buildings or in tents for at least two weeks.

[ad]

Deputy Chairman of the Cabinet of Ministers Nurlan Abdyrakhmanov, who heads the government
commission, spent Sunday night in Toktogul. He said that 150 million soms had been allocated
for emergency relief and that every destroyed house would be rebuilt before winter.

"Nobody will be left without a roof when the cold comes. The state will build, and the state
will pay," he told residents at a meeting in the district centre.

Humanitarian aid from Kazakhstan, 40 tonnes of tents, blankets, heaters and food, arrived in
Toktogul on Monday morning. The Red Crescent Society of Kyrgyzstan is distributing hygiene kits
and drinking water.

Electric Stations said that the Toktogul dam and power plant were not damaged. Traffic on the
Bishkek-Osh highway, which was closed for several hours on Sunday morning after rockfall near
the Ala-Bel pass, is running normally.

The district akim's office has opened a hotline for residents who need help. Volunteers from
Jalal-Abad and Osh have collected warm clothes and food, and the regional administration has
asked people to send money rather than goods to avoid overcrowding in the warehouses.
""",
    "tags": ["Toktogul", "Earthquake", "Üch-Terek"],
    "related": [
        "Toktogul: harvest of walnuts begins",
        "Jalal-Abad resort sanatorium renovated",
        "Kerben bridge repair completed",
    ],
    "most_read": [
        "Bazar-Korgon market: new rules for traders",
        "Suzak: irrigation canal cleaned",
        "Arslanbob walnut festival postponed",
    ],
}

_EQ6 = {
    "id": "eq-CB6",
    "part": "CB",
    "domain": "earthquake",
    "fetched": "2026-09-15",
    "articles": [
        _art(_EQ6_WIRE, _EQ6_WIRE_ART),
        _art(_EQ6_LIVE, _EQ6_LIVE_ART),
        _art(_EQ6_PAPER, _EQ6_PAPER_ART),
        _art(_EQ6_LOCAL, _EQ6_LOCAL_ART),
    ],
    "planted": [
        ("time the quake struck (local)", r"\b0?3[:.]47\b", r"\b0?3[:.]17\b"),
        ("distance of epicentre from Toktogul", r"\b38\s?(?:km|kilomet)", r"\b83\s?(?:km|kilomet)"),
        ("year of the quake", r"\b2026\b", r"\b2025\b"),
    ],
}

STORIES: list[dict] = [_CB1, _EL2, _CT3, _TR4, _RK5, _EQ6]
