"""Part JF of the story battery (web pages).

Written by engineer JF1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JF1: Bank of Mongolia lifts its policy rate by 150 bp to 12% (Thu 12 Mar 2026); CONTROL; traps: bp vs percentage points, tugrik/dollar conversions, Ulaanbaatar time vs GMT, governor's full/short/initialled name, January hold, inflation rounded, one quote cut differently, forecast vs outturn.
el-JF2: Khon Kaen city mayoral election (Sun 26 Apr 2026); CONTROL; traps: live-blog running counts with times, one ward's count vs city total, 2021 result, rounded shares, nickname, turnout percent vs voters, Thai time vs GMT, quote cut differently.
ct-JF3: Vientiane Capital People's Court wildlife-trafficking verdict (Tue 16 Jun 2026); PLANTED: verdict weekday (laoledger says Wednesday vs Tuesday/16 June), weight of pangolin scales seized (mekongwatch says 1.8 t vs 1,180 kg / 1.18 t); traps: kg vs tonnes, kip vs dollar fines, co-defendants' shorter terms, combined fines, 2025 seizure date, 15-day appeal window, quote cut differently.
tr-JF4: Thai parliament approves a Thailand-Mongolia trade agreement (Wed 5 Aug 2026); PLANTED: vote split (bkkbusinessdaily says 512-58 vs 512-38), cashmere tariff before the cut (cpbnews says 20% vs 30%), Thai minister's surname (ubeveningpost spells Wattanakorn vs Wattanakul); traps: baht/dollar/tugrik, 2025 vs 2024 vs 2030 target trade, exports vs total, 5% Mongolian duty, phase-in years, Bangkok vs Ulaanbaatar time, quote cut differently.
rk-JF5: Mongolian start-up's suborbital test flight from the Gobi (Sat 19 Sep 2026, Fri in GMT); PLANTED: launch province (napress says Omnogovi vs Dornogovi/near Sainshand), launch clock time (gobidaily says 06:12 vs 06:42 local / 22:42 GMT), founder's title (spaceline says chief technology officer vs chief executive); traps: km vs miles, apogee vs Karman line, the failed 2025 attempt at 14 km, the next flight, capsule landing distance, quote cut differently.
eq-JF6: M6.1 earthquake in Myanmar's Shan State near the Thai border (Mon 9 Nov 2026); CONTROL; traps: Myanmar time vs Thai time vs GMT, a toll rising through the day with moments, 6.3 revised to 6.1, a 4.8 aftershock, distances from different towns, injured in one township vs total.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates. Each site is a dict; each article is rendered by _render(),
# which varies the chrome by the site's kind (wire, paper, broadcaster, local,
# newsletter, liveblog).
# ---------------------------------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _attr(s: str) -> str:
    return html.escape(s, quote=True)


def _body(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{_esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{_esc(p[2:])}</p></blockquote>")
        elif p == "[AD]":
            out.append('<div class="ad ad-inline" aria-label="Advertisement">'
                       '<span class="ad-label">Advertisement</span></div>')
        else:
            out.append(f"<p>{_esc(p)}</p>")
    return "\n".join(out)


def _entries(entries: list[tuple[str, str, str, list[str]]]) -> str:
    out = []
    for iso, shown, title, paras in entries:
        out.append(f'<div class="live-entry" id="e-{iso[11:16].replace(":", "")}">'
                   f'<time datetime="{iso}">{_esc(shown)}</time>'
                   f'<h3>{_esc(title)}</h3>\n{_body(paras)}</div>')
    return "\n".join(out)


def _share(url: str) -> str:
    u = _attr(url)
    return ('<ul class="share" aria-label="Share this story">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a></li>'
            f'<li><a href="https://x.com/intent/post?url={u}">X</a></li>'
            f'<li><a href="https://line.me/R/msg/text/?{u}">LINE</a></li>'
            f'<li><a href="mailto:?body={u}">Email</a></li>'
            '<li><button class="copy-link">Copy link</button></li></ul>')


def _ld(site: dict[str, Any], url: str, a: dict[str, Any]) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": a.get("ld_type", "NewsArticle"),
        "headline": a["headline"],
        "description": a["dek"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": a["section"],
        "inLanguage": "en",
        "image": [f"https://cdn.{site['domain']}/img/{a['img']}.jpg"],
        "author": [{"@type": "Person", "name": n} for n in a["authors"]]
        or [{"@type": "Organization", "name": site["name"]}],
        "publisher": {"@type": "Organization", "name": site["name"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{site['domain']}/static/logo.png"}},
    }
    if a.get("published"):
        data["datePublished"] = a["published"]
        data["dateModified"] = a.get("modified") or a["published"]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _render(site: dict[str, Any], a: dict[str, Any]) -> dict[str, Any]:
    kind = site["kind"]
    url = f"https://{site['domain']}{a['path']}"
    title_sep = site.get("sep", "|")
    nav = "".join(f'<li><a href="https://{site["domain"]}/{n.lower().replace(" ", "-")}/">'
                  f"{_esc(n)}</a></li>" for n in site["nav"])
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_attr(a["dek"])}">',
        f'<meta property="og:title" content="{_attr(a["headline"])}">',
        f'<meta property="og:description" content="{_attr(a["dek"])}">',
        f'<meta property="og:url" content="{_attr(url)}">',
        f'<meta property="og:site_name" content="{_attr(site["name"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:image" content="https://cdn.{site["domain"]}/img/{a["img"]}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_attr(url)}">',
    ]
    if a.get("published") and a.get("meta_time", True):
        meta.append(f'<meta property="article:published_time" content="{a["published"]}">')
    if a.get("authors"):
        meta.append(f'<meta name="author" content="{_attr(", ".join(a["authors"]))}">')
    ld = _ld(site, url, a) if a.get("ld", True) else ""
    byline = a.get("byline") or ("By " + " and ".join(a["authors"]) if a["authors"] else site["name"])
    shown = a.get("shown_date")
    if shown and a.get("published"):
        date_html = f'<time class="pubdate" datetime="{a["published"]}">{_esc(shown)}</time>'
    elif shown:
        date_html = f'<span class="pubdate">{_esc(shown)}</span>'
    else:
        date_html = ""
    if a.get("updated_shown"):
        date_html += f' <span class="updated">{_esc(a["updated_shown"])}</span>'
    figure = (f'<figure class="lead-image"><img src="https://cdn.{site["domain"]}/img/{a["img"]}.jpg" '
              f'alt="{_attr(a["caption"])}" width="1200" height="675">'
              f'<figcaption>{_esc(a["caption"])} <span class="credit">{_esc(a["credit"])}</span>'
              "</figcaption></figure>")
    related = "".join(f'<li><a href="https://{site["domain"]}/{r[0]}">{_esc(r[1])}</a></li>'
                      for r in a["related"])
    tags = "".join(f'<a class="tag" href="https://{site["domain"]}/tag/{t.lower().replace(" ", "-")}/">'
                   f"{_esc(t)}</a>" for t in a.get("tags", []))
    cookie = ('<div class="cookie-banner" role="dialog" aria-label="Cookie consent">'
              f'<p>{_esc(site["cookie"])}</p><button class="accept">Accept all</button>'
              '<button class="reject">Reject non-essential</button>'
              f'<a href="https://{site["domain"]}/privacy/">Privacy settings</a></div>')
    top_ad = ('<div class="ad ad-leaderboard" aria-label="Advertisement">'
              '<span class="ad-label">Advertisement</span>'
              f'<iframe src="https://ads.{site["domain"]}/slot/top" title="Advertisement" '
              'width="728" height="90"></iframe></div>')
    side_ad = ('<div class="ad ad-mpu" aria-label="Advertisement"><span class="ad-label">'
               "Advertisement</span></div>")
    if kind == "liveblog":
        body_html = ('<div class="live-badge">LIVE</div><section class="key-points"><h2>Key points</h2>'
                     "<ul>" + "".join(f"<li>{_esc(k)}</li>" for k in a["key_points"]) + "</ul></section>"
                     + _body(a.get("body", [])) + '<div class="live-feed">' + _entries(a["entries"])
                     + "</div>")
    else:
        body_html = _body(a["body"])
    extra_top = ""
    extra_bottom = ""
    if kind == "wire":
        extra_top = f'<p class="wire-slug">{_esc(a.get("slug", ""))}</p>'
        extra_bottom = f'<p class="wire-credits">{_esc(a.get("credits", ""))}</p>'
    elif kind == "paper":
        extra_top = (f'<nav class="breadcrumb"><a href="https://{site["domain"]}/">Home</a> &rsaquo; '
                     f'<a href="https://{site["domain"]}/{a["section"].lower()}/">{_esc(a["section"])}</a></nav>')
        extra_bottom = (f'<p class="print-note">{_esc(a.get("print_note", ""))}</p>'
                        '<section class="comments"><h3>Comments</h3>'
                        '<p>Comments are open to subscribers. Please keep them civil.</p></section>')
    elif kind == "broadcaster":
        extra_top = ('<div class="video-player" data-duration="'
                     f'{a.get("video_len", "2:14")}"><button>Watch the report</button>'
                     f'<span class="video-title">{_esc(a.get("video_title", a["headline"]))}</span></div>'
                     '<button class="listen">Listen to this article</button>')
        extra_bottom = ('<p class="corrections">Spotted an error? Write to '
                        f'corrections@{site["domain"]}.</p>')
    elif kind == "local":
        extra_top = (f'<div class="weather-widget">{_esc(site.get("weather", ""))}</div>')
        extra_bottom = ('<section class="community"><h3>Around town</h3><ul>'
                        + "".join(f"<li>{_esc(c)}</li>" for c in site.get("community", []))
                        + "</ul></section>")
    elif kind == "newsletter":
        extra_top = (f'<p class="issue">{_esc(a.get("issue", ""))}</p>'
                     f'<p class="intro">{_esc(site.get("intro", ""))}</p>')
        extra_bottom = ('<section class="subscribe"><h3>Get this brief in your inbox</h3>'
                        '<form action="/subscribe" method="post"><input type="email" name="email" '
                        'placeholder="Your email"><button type="submit">Subscribe</button></form>'
                        f'<p>{_esc(site.get("signoff", ""))}</p></section>')
    elif kind == "liveblog":
        extra_top = '<p class="refresh-note">This page updates automatically.</p>'
        extra_bottom = '<p class="live-end">Our live coverage has ended for today.</p>'
    head_title = f'{a["headline"]} {title_sep} {site["name"]}'
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(meta)}
<title>{_esc(head_title)}</title>
<link rel="stylesheet" href="https://{site["domain"]}/static/{kind}.css">
{ld}
</head>
<body class="{kind} article-page">
{cookie}
<header class="site-header"><a class="logo" href="https://{site["domain"]}/">{_esc(site["name"])}</a>
<p class="tagline">{_esc(site["tagline"])}</p>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
{top_ad}
<main>
{extra_top}
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<p class="kicker">{_esc(a["section"])}</p>
<h1 itemprop="headline">{_esc(a["headline"])}</h1>
<p class="dek">{_esc(a["dek"])}</p>
<div class="byline-block"><span class="byline">{_esc(byline)}</span>
<span class="role">{_esc(a.get("role", ""))}</span> {date_html}</div>
{_share(url)}
</header>
{figure}
<div class="story-body" itemprop="articleBody">
{body_html}
</div>
<footer class="story-footer"><div class="tags">{tags}</div>{extra_bottom}</footer>
</article>
<aside class="sidebar">{side_ad}
<section class="related"><h3>{_esc(site.get("related_title", "Related stories"))}</h3><ul>{related}</ul></section>
</aside>
</main>
<footer class="site-footer"><ul>
<li><a href="https://{site["domain"]}/about/">About us</a></li>
<li><a href="https://{site["domain"]}/contact/">Contact</a></li>
<li><a href="https://{site["domain"]}/terms/">Terms of use</a></li>
<li><a href="https://{site["domain"]}/privacy/">Privacy</a></li></ul>
<p>{_esc(site["footer"])}</p></footer>
</body>
</html>
"""
    return _page(url, doc)


# ===========================================================================
# Story 1: cb-JF1 (CONTROL)
# Facts: Bank of Mongolia Monetary Policy Committee, decision announced Thursday
# 12 March 2026 at 17:00 Ulaanbaatar time (UTC+8) = 09:00 GMT. Policy rate up
# 150 basis points (1.5 percentage points) from 10.5% to 12%. Reserve requirement
# on foreign-currency deposits 18% -> 20% from 1 April. Governor Davaasuren
# Erdenechimeg (D. Erdenechimeg). Annual inflation February 9.4% (January 8.7%;
# Ulaanbaatar alone 10.1%); target 6% +/- 2 points. Previous meeting 22 January:
# hold at 10.5%. Tugrik about 3,540 per dollar, down about 4% this year. Reserves
# $5.1 billion (about 18 trillion tugrik), 4.2 months of imports. Next meeting
# 23 April. Subsidised mortgages at 6% unchanged. Survey: six of eight economists
# expected 100 bp. Quote (cut differently): "Price pressures have spread from
# imported fuel to food, rent and services, and the committee judged that waiting
# would make the eventual adjustment more painful for households."
# ===========================================================================

_CB_WIRE = {
    "kind": "wire", "name": "Steppe Wire", "domain": "steppewire.example",
    "tagline": "News from Mongolia and Inner Asia, around the clock",
    "nav": ["Markets", "Politics", "Mining", "Energy", "Region", "Photos"],
    "cookie": "We use cookies to measure readership and to keep you signed in. "
              "You can change your choice at any time.",
    "footer": "All quotes delayed a minimum of 15 minutes. Steppe Wire content is "
              "for the personal use of subscribers.",
}

CB_1 = _render(_CB_WIRE, {
    "path": "/markets/2026/03/12/mongolia-central-bank-lifts-policy-rate-to-12-idSW0312A",
    "headline": "Mongolia's central bank lifts policy rate to 12% as inflation climbs",
    "dek": "Bank of Mongolia raises benchmark by 150 basis points, more than most "
           "economists expected, and tightens reserve rules on dollar deposits",
    "section": "Markets", "authors": ["Tuvshinjargal Batbold"],
    "published": "2026-03-12T09:24:00Z", "modified": "2026-03-12T11:02:00Z",
    "shown_date": "March 12, 2026 9:24 AM GMT",
    "updated_shown": "Updated 11:02 AM GMT",
    "slug": "MONGOLIA-CENBANK/RATES (UPDATE 2)",
    "img": "cb-jf1-bom-building",
    "caption": "The Bank of Mongolia building in central Ulaanbaatar.",
    "credit": "Steppe Wire/Enkhbold Dash",
    "credits": "(Reporting by Tuvshinjargal Batbold; Editing by Karen Ostrander)",
    "tags": ["Mongolia", "Interest rates", "Tugrik"],
    "related": [
        ("markets/mongolia-coal-exports-winter", "Coal shipments across the Gobi border slow in winter cold"),
        ("markets/tugrik-weekly", "Tugrik weekly: importers bid for dollars ahead of Tsagaan Sar"),
        ("politics/budget-amendment", "Lawmakers begin debate on budget amendment"),
    ],
    "body": [
        "ULAANBAATAR, March 12 (Steppe Wire) - The Bank of Mongolia raised its policy rate "
        "by 150 basis points to 12% on Thursday, a larger step than most economists had "
        "forecast, as annual inflation moved further above its target and the tugrik slid "
        "against the dollar.",
        "The Monetary Policy Committee also lifted the reserve requirement on foreign-currency "
        "deposits held by commercial banks to 20% from 18%, the central bank said in a "
        "statement released at 1700 local time (0900 GMT). That change takes effect on April 1.",
        "Six of eight economists surveyed by Steppe Wire earlier in the week had expected an "
        "increase of 100 basis points. One had forecast no change, and one had pencilled in "
        "the move the bank delivered.",
        "Annual consumer price inflation reached 9.4% in February, up from 8.7% in January, "
        "according to the National Statistics Office. The bank aims to keep inflation at 6%, "
        "with a tolerance band of two percentage points either side.",
        "Governor Davaasuren Erdenechimeg told reporters at the bank's headquarters that the "
        "committee had considered a smaller increase but decided against it.",
        "\u201cPrice pressures have spread from imported fuel to food, rent and services, and "
        "the committee judged that waiting would make the eventual adjustment more painful "
        "for households,\u201d she said.",
        "She said the bank stood ready to tighten again if a weaker currency began to push up "
        "wage demands, but declined to say whether the committee had discussed the size of "
        "any future step.",
        "[AD]",
        "## Currency under pressure",
        "The tugrik has lost about 4% against the dollar since the start of the year and "
        "traded near 3,540 per dollar on Thursday. Mongolia's export earnings rest heavily on "
        "coal sold to China, and slower sales over the winter months cut the flow of dollars "
        "into the country just as importers of fuel and food needed more of them.",
        "Foreign exchange reserves stood at $5.1 billion at the end of February, the bank said, "
        "enough to cover about 4.2 months of imports.",
        "At its previous meeting on January 22 the committee left the rate unchanged at 10.5%, "
        "saying it wanted to see whether a jump in fuel prices in December would fade.",
        "Bolormaa Tsend-Ayush, chief economist at Ulaanbaatar brokerage Orkhon Capital, said "
        "the decision showed the bank was more worried about the currency than about growth. "
        "\u201cA move of this size is meant to be noticed by people holding tugrik savings,\u201d "
        "she said. \u201cThe question now is whether lending to small firms dries up faster "
        "than prices cool.\u201d",
        "The central bank said its subsidised mortgage programme, which lends to first-time "
        "buyers at a fixed 6%, would continue on the same terms. Commercial lenders are "
        "expected to announce changes to their own loan and deposit rates over the coming "
        "days.",
        "## Projections",
        "Projections published alongside the decision show inflation returning to the target "
        "band in the first half of 2027, helped by a stronger harvest and the base effect of "
        "last year's fuel price increases dropping out of the annual comparison.",
        "The economy grew an estimated 5.3% last year, according to preliminary official "
        "figures, and the central bank said it still expected growth above 5% this year "
        "despite the tighter policy stance.",
        "The committee's next scheduled meeting is on April 23.",
    ],
})

_CB_PAPER = {
    "kind": "paper", "name": "The Ulaanbaatar Ledger", "domain": "ubledger.example",
    "tagline": "Independent daily since 1998", "sep": "|",
    "nav": ["News", "Economy", "Politics", "World", "Opinion", "Culture", "Sport"],
    "cookie": "The Ledger and its partners use cookies to personalise content and ads. "
              "Click Accept to continue.",
    "footer": "\u00a9 2026 The Ulaanbaatar Ledger. All rights reserved.",
}

CB_2 = _render(_CB_PAPER, {
    "path": "/economy/2026/03/13/central-bank-delivers-rate-rise-pledges-to-defend-tugrik",
    "headline": "Central bank delivers 1.5-point rate rise, pledges to defend tugrik",
    "dek": "The policy rate now stands at 12 per cent; borrowers face dearer loans from next month",
    "section": "Economy", "authors": ["Naranchimeg Lkhagvasuren"],
    "role": "Economy correspondent",
    "published": "2026-03-13T06:00:00+08:00",
    "shown_date": "Friday, 13 March 2026",
    "print_note": "A version of this article appears in the print edition of 13 March 2026, page 1.",
    "img": "cb-jf1-governor-presser",
    "caption": "Governor D. Erdenechimeg speaks to journalists after the committee's decision.",
    "credit": "Photo: B. Altangerel / The Ledger",
    "tags": ["Bank of Mongolia", "Inflation", "Household finance"],
    "related": [
        ("economy/fuel-prices-december", "Why fuel got dearer at the pump this winter"),
        ("opinion/savers-and-the-tugrik", "Opinion: Savers deserve a straight answer on the tugrik"),
        ("news/bayanzurkh-rent-survey", "Renters in the eastern districts feel the squeeze"),
    ],
    "body": [
        "The Bank of Mongolia raised its policy rate by 1.5 percentage points to 12 per cent on "
        "Thursday, its first change since last year, and promised to do more if the weakness of "
        "the tugrik spills over into pay.",
        "The Monetary Policy Committee's decision, announced at 5pm, came as a surprise to many "
        "in the banking community, who had prepared for a one-point increase. The committee also "
        "raised the share of foreign-currency deposits that commercial banks must hold in "
        "reserve from 18 per cent to 20 per cent, with effect from 1 April.",
        "\u201cPrice pressures have spread from imported fuel to food, rent and services,\u201d "
        "Governor D. Erdenechimeg told a press conference at the bank after the decision. She "
        "said the committee had concluded that a delay would only make the eventual correction "
        "harder on families.",
        "Consumer prices were 9.4 per cent higher in February than a year earlier, the National "
        "Statistics Office reported last week, compared with 8.7 per cent in January. In the "
        "capital alone annual inflation was 10.1 per cent, driven by rents and the cost of meat "
        "and vegetables trucked in from the provinces.",
        "The central bank's target is 6 per cent, plus or minus two percentage points, which "
        "means inflation has now been above the upper edge of the band for five months.",
        "[AD]",
        "## What it means for borrowers",
        "Commercial banks price most of their loans off the policy rate, and several said on "
        "Thursday evening that they would review their lending rates before the end of the "
        "month. A shopkeeper repaying a 50 million tugrik loan, about $14,100 at current "
        "exchange rates, could expect the monthly instalment to rise once the bank resets the "
        "rate.",
        "Gantulga Sodnom, who runs three bakeries in Bayanzurkh district, said he had already "
        "postponed plans to open a fourth. \u201cFlour, butter, electricity, the rent on the "
        "shop \u2014 everything went up this winter. Now the loan will too. I will wait and "
        "see what summer brings,\u201d he said.",
        "Ms Erdenechimeg said the bank's subsidised mortgage scheme for first-time buyers, which "
        "carries a fixed 6 per cent rate, would not be affected by the decision.",
        "## The tugrik",
        "The currency has slipped about 4 per cent against the US dollar since January and "
        "stood at roughly 3,540 tugrik per dollar when the decision was published. Coal "
        "exports to China, the country's largest source of foreign currency, slowed during the "
        "winter.",
        "Foreign reserves amounted to about 18 trillion tugrik, or $5.1bn, at the end of "
        "February, the bank said, covering a little over four months of imports.",
        "Amarsaikhan Jargal, who teaches economics at the Mongolian University of Science and "
        "Technology, said the committee had little choice. \u201cWhen people start to keep "
        "their savings in dollars, a central bank loses its grip. A bigger step now is cheaper "
        "than three small ones later,\u201d he said.",
        "In January the committee had kept the rate at 10.5 per cent, arguing that the fuel "
        "price increases of December might prove short-lived. Thursday's statement said that "
        "hope had not been borne out.",
        "The bank expects inflation to return inside its target band in the first half of next "
        "year. The committee will next meet on 23 April.",
    ],
})

_CB_TV = {
    "kind": "broadcaster", "name": "Khangai Television", "domain": "khangaitv.example",
    "tagline": "Khangai TV News \u2014 watch, listen, read", "sep": "-",
    "nav": ["Live TV", "News", "Business", "Provinces", "Weather", "Programmes"],
    "cookie": "Khangai TV uses cookies for video playback and audience measurement.",
    "footer": "Khangai Television LLC, Ulaanbaatar. Broadcast licence no. 0417.",
}

CB_3 = _render(_CB_TV, {
    "path": "/news/business/2026-03-12/bank-of-mongolia-raises-key-rate-to-12-percent",
    "headline": "Bank of Mongolia raises key rate to 12 percent",
    "dek": "The central bank moved by 150 basis points this afternoon and told households "
           "it is ready to act again",
    "section": "Business", "authors": ["Sarangerel Munkh-Ochir"],
    "role": "Business desk",
    "published": "2026-03-12T19:40:00+08:00",
    "shown_date": "12.03.2026, 19:40",
    "video_len": "3:05", "video_title": "Evening News: the rate decision explained",
    "img": "cb-jf1-narantuul-market",
    "caption": "Shoppers at Narantuul market in Ulaanbaatar, where traders say prices "
               "rose sharply over the winter.",
    "credit": "Khangai TV",
    "tags": ["Economy", "Prices"],
    "related": [
        ("news/business/meat-prices-spring", "Meat prices: what herders and butchers say"),
        ("news/provinces/darkhan-heating", "Darkhan households count the cost of heating"),
        ("programmes/money-hour", "Money Hour: your questions on loans and savings"),
    ],
    "body": [
        "The Bank of Mongolia raised its key interest rate to 12 percent on Thursday afternoon, "
        "an increase of 150 basis points, saying rising prices were now hurting households "
        "across the country and not only in the capital.",
        "The decision was announced at 5 p.m. after a meeting of the bank's Monetary Policy "
        "Committee. Until today the rate had stood at 10.5 percent, where it was kept at the "
        "previous meeting in January.",
        "Speaking to reporters shortly afterwards, Governor Erdenechimeg said the committee had "
        "looked closely at the cost of delay. \u201cThe committee judged that waiting would "
        "make the eventual adjustment more painful for households,\u201d the governor said.",
        "The bank also told commercial banks to keep 20 percent of their foreign-currency "
        "deposits in reserve, up from 18 percent. The new requirement applies from April 1.",
        "## Prices at the market",
        "Annual inflation stood at 9.4 percent in February, well above the central bank's "
        "target of 6 percent. The bank tolerates a deviation of two percentage points in "
        "either direction, so anything above 8 percent counts as a miss.",
        "At Narantuul market, traders told Khangai TV that customers were buying less. "
        "Oyunbileg, who sells dried fruit and tea, said a sack of imported raisins cost her "
        "almost a fifth more than at New Year. \u201cPeople ask the price, they nod, and they "
        "walk on,\u201d she said.",
        "Taxi driver Ganzorig Tumur said fuel was his biggest worry. \u201cWhen petrol goes up, "
        "everything goes up. I hope the bank knows what it is doing,\u201d he said, adding that "
        "he still owed money on the car he bought two years ago.",
        "[AD]",
        "## Why the tugrik matters",
        "Economists say the weaker tugrik is one of the main reasons for the bank's concern. "
        "The currency has fallen by about 4 percent against the dollar this year and was "
        "trading at around 3,540 tugrik to the dollar this afternoon. Because Mongolia imports "
        "most of its fuel and much of its food, a weaker currency quickly shows up in shop "
        "prices.",
        "Coal sales to China, Mongolia's main source of dollars, slowed during the winter "
        "months, when fewer trucks crossed the border at Gashuunsukhait and other southern "
        "checkpoints. Traders say shipments usually recover in the spring.",
        "The bank said the country's foreign currency reserves were $5.1 billion at the end of "
        "February. That is enough to pay for roughly four months of imports.",
        "Bolormaa Tsend-Ayush, chief economist at Orkhon Capital, told our Evening News "
        "programme that the larger-than-expected increase was a message to savers. "
        "\u201cA move of this size is meant to be noticed by people holding tugrik savings,\u201d "
        "she said.",
        "## What happens next",
        "Commercial banks are expected to review their loan rates in the coming weeks. The "
        "central bank said its discounted mortgage programme, which offers first-time buyers a "
        "fixed rate of 6 percent, would not change.",
        "Governor Erdenechimeg said the bank would be watching wages closely in the spring. "
        "She said that if the weaker currency started to feed into pay demands, the committee "
        "was prepared to raise the rate again.",
        "The Monetary Policy Committee's next regular meeting is scheduled for April 23. "
        "Khangai TV's Money Hour will answer viewers' questions about loans and savings on "
        "Sunday evening.",
    ],
})

_CB_NEWS = {
    "kind": "newsletter", "name": "Frontier Rates Brief", "domain": "frontierrates.example",
    "tagline": "Weekly notes on frontier-market central banks", "sep": "|",
    "nav": ["Latest issue", "Archive", "Calendar", "About"],
    "cookie": "This site uses only essential cookies and a privacy-friendly counter.",
    "footer": "Frontier Rates Brief is an independent publication. Nothing here is "
              "investment advice.",
    "intro": "Frontier Rates Brief goes out every Saturday to readers who follow small "
             "and fast-moving economies.",
    "signoff": "Thanks for reading \u2014 reply to this email with questions or tips.",
}

CB_4 = _render(_CB_NEWS, {
    "path": "/issues/2026-11/mongolia-goes-big",
    "headline": "Mongolia goes big: 150bp, a reserve squeeze and a message to dollar savers",
    "dek": "Why the Bank of Mongolia outran the consensus, and what to watch before April",
    "section": "Asia", "authors": ["Helena Voskuijlen"],
    "byline": "By Helena Voskuijlen, editor",
    "published": None, "ld": False,
    "shown_date": "Saturday 14 March 2026",
    "issue": "Issue 11 \u00b7 2026",
    "img": "cb-jf1-chart-policy-rate",
    "caption": "Chart: Bank of Mongolia policy rate and annual CPI inflation, 2024\u20132026.",
    "credit": "Sources: Bank of Mongolia, National Statistics Office",
    "tags": ["Mongolia", "Central banks"],
    "related": [
        ("issues/2026-10", "Issue 10: Reading the coal-for-dollars equation"),
        ("calendar", "Central bank calendar for the next six weeks"),
        ("issues/2026-04", "Issue 4: January's holds, and why they may not last"),
    ],
    "body": [
        "The headline number first: on 12 March the Bank of Mongolia lifted its policy rate "
        "from 10.50% to 12.00%. That is 150 basis points, against a consensus of 100bp; in our "
        "own informal canvass of desk economists, only a minority was looking for a move as "
        "big as this.",
        "The second measure matters almost as much for anyone holding the currency. The "
        "reserve requirement on foreign-currency deposits goes from 18% to 20% on 1 April. "
        "That forces banks to park more of their dollar liabilities at the central bank and "
        "makes dollar deposits slightly less attractive for them to gather.",
        "## The inflation picture",
        "February CPI printed at 9.4% year on year, after 8.7% in January. With the target at "
        "6% and a band of plus or minus two points, the bank has been outside its comfort zone "
        "since the autumn. Subtract inflation from the new policy rate and the real rate is "
        "about 2.6 points \u2014 positive, but hardly punishing.",
        "Governor Davaasuren Erdenechimeg's language was notable. She said price pressures "
        "had \u201cspread from imported fuel to food, rent and services\u201d, which is "
        "central-bank shorthand for second-round effects. When inflation stops being about "
        "one or two imported items and shows up in rents and haircuts, it becomes stickier.",
        "She also went out of her way to mention wages. Our reading is that a further hike on "
        "23 April is possible, though not yet the base case, and that it would depend on "
        "whether spring pay settlements start to chase last year's price increases.",
        "[AD]",
        "## The currency angle",
        "The tugrik is down roughly 4% against the dollar year to date, trading around 3,540 "
        "on decision day. Reserves of $5.1bn at end-February (about MNT18trn) cover a little "
        "more than four months of imports, which is adequate but not comfortable for an "
        "economy whose export earnings swing with coal demand across the southern border.",
        "One Ulaanbaatar-based economist, Bolormaa Tsend-Ayush of Orkhon Capital, put it "
        "plainly in comments to local media: a move of this size is meant to be noticed by "
        "people holding tugrik savings. We agree. The bigger step is aimed less at borrowers "
        "than at households deciding which currency to save in.",
        "## What we are watching",
        "First, how quickly commercial banks pass the increase through to loan and deposit "
        "rates. The central bank has said its subsidised mortgage programme stays at a fixed "
        "6%, so housing credit will be partly shielded.",
        "Second, the coal trade. A pickup in border crossings after the winter would bring in "
        "dollars and take pressure off the currency without further help from the committee.",
        "Third, the bank's own forecast, which puts inflation back inside the band in the "
        "first half of 2027. That looks plausible if fuel prices stay flat, but it leaves "
        "little room for another shock.",
        "Finally, growth. Preliminary figures put last year's expansion at 5.3%, and the bank "
        "still expects more than 5% this year. A sharper slowdown in credit to small firms "
        "would test that view quickly.",
        "Next week: a look at the calendar of April decisions across Central and South-East Asia.",
    ],
})

STORY_1 = _story("cb-JF1", "central bank", "2026-03-16", [CB_1, CB_2, CB_3, CB_4], [])


# ===========================================================================
# Story 2: el-JF2 (CONTROL)
# Facts: Khon Kaen City Municipality mayoral election, Sunday 26 April 2026,
# polls 08:00-17:00 Thai time (UTC+7; 17:00 = 10:00 GMT). 112 polling stations.
# Eligible 96,412; ballots cast 58,037 (turnout 60.2%); valid 56,210, spoiled
# 1,104, "no vote" 723. Wiphawadee Srisuk ("Nok"), 47, former deputy mayor, group
# Khon Kaen Forward Together, ballot no. 1: 29,847 (53.1%). Anucha Boonmee, 58,
# businessman, Isan Renewal group, no. 2: 22,451 (39.9%). Kittipong Saengthong,
# 36, independent lecturer, no. 3: 3,912 (7.0%). Margin 7,396. Council: her
# group 15 of 24 seats, Isan Renewal 9. Running counts at 18:10 (40 stations)
# and 19:25 (78 stations). District 3 alone: 8,102 vs 5,690. 2021: outgoing mayor
# Prasert Chanthawong won with 31,206 votes, turnout 56.4%. Election Commission
# has up to 30 days to certify. Winner's quote (cut differently): "This city
# belongs to the people who ride its buses, sell at its markets and send their
# children to its schools, and from tomorrow the town hall will work for them."
# ===========================================================================

_EL_LIVE = {
    "kind": "liveblog", "name": "Isan Today", "domain": "isantoday.example",
    "tagline": "News for Khon Kaen, Udon Thani and the north-east", "sep": "|",
    "nav": ["Khon Kaen", "Udon Thani", "Isan", "Business", "Food", "Events"],
    "cookie": "Isan Today uses cookies to remember your settings and count visitors.",
    "footer": "Isan Today, Mittraphap Road, Khon Kaen. Local news since 2009.",
    "related_title": "More election coverage",
}

EL_1 = _render(_EL_LIVE, {
    "path": "/khon-kaen/2026/04/26/live-khon-kaen-mayoral-election-count",
    "headline": "Khon Kaen votes for a new mayor: live updates",
    "dek": "Polls closed at 5pm; follow the count from all 112 polling stations across the city",
    "section": "Khon Kaen", "authors": ["Jiraporn Kaewmanee", "Thanakorn Phonsiri"],
    "ld_type": "LiveBlogPosting",
    "published": "2026-04-26T17:00:00+07:00", "modified": "2026-04-26T21:50:00+07:00",
    "shown_date": "Sunday 26 April 2026", "updated_shown": "Last updated 21:50",
    "img": "el-jf2-count-school",
    "caption": "Officials hold up ballots one by one at a polling station in a school in "
               "Nai Mueang subdistrict.",
    "credit": "Photo: Isan Today/Pichit Somboon",
    "tags": ["Khon Kaen election", "Local government"],
    "related": [
        ("khon-kaen/candidates-guide", "Who is running for mayor? A guide to the three candidates"),
        ("khon-kaen/light-rail-explainer", "Explainer: where the city's light rail plan stands"),
        ("khon-kaen/flood-drains", "Residents of low-lying streets ask for better drains"),
    ],
    "key_points": [
        "Wiphawadee Srisuk wins the mayoralty with 29,847 votes, unofficial full count shows",
        "Anucha Boonmee second on 22,451; Kittipong Saengthong third on 3,912",
        "Turnout 60.2 per cent of 96,412 eligible voters, Election Commission office says",
    ],
    "body": [
        "Voters in Khon Kaen city chose a successor to outgoing mayor Prasert Chanthawong on "
        "Sunday. Three candidates were on the ballot. Our reporters are following the count "
        "at polling stations and at the candidates' campaign offices.",
    ],
    "entries": [
        ("2026-04-26T21:40:00+07:00", "21:40", "Election Commission confirms turnout", [
            "The provincial office of the Election Commission says 58,037 of the city's 96,412 "
            "eligible voters cast a ballot today, a turnout of 60.2 per cent.",
            "Of those ballots, 1,104 were spoiled and 723 were marked \u201cno vote\u201d, leaving "
            "56,210 valid votes for the three candidates. The result stays unofficial until the "
            "commission certifies it; it has up to 30 days to do so.",
        ]),
        ("2026-04-26T21:15:00+07:00", "21:15", "Anucha concedes", [
            "Anucha Boonmee has conceded. Speaking to a small crowd outside the Isan Renewal "
            "office, he said: \u201cThe voters have spoken clearly and I accept their decision. "
            "I called Khun Wiphawadee to congratulate her.\u201d",
            "He said his group would hold the new administration to its promises on the light "
            "rail line and on drainage in the city's low-lying neighbourhoods.",
        ]),
        ("2026-04-26T20:55:00+07:00", "20:55", "Wiphawadee speaks to supporters", [
            "Cheers and a drum band at the Khon Kaen Forward Together office on Si Chan Road as "
            "Wiphawadee Srisuk, known to most of the city as Nok, climbs onto a pickup truck to "
            "speak.",
            "\u201cThis city belongs to the people who ride its buses, sell at its markets and "
            "send their children to its schools, and from tomorrow the town hall will work for "
            "them,\u201d she tells the crowd.",
            "She thanks Mayor Prasert, under whom she served as deputy mayor, and says her first "
            "meeting as mayor will be with the market vendors' associations.",
        ]),
        ("2026-04-26T20:50:00+07:00", "20:50", "All 112 stations counted", [
            "Counting is complete at all 112 polling stations, according to figures posted by "
            "the municipal election office. The unofficial totals:",
            "No. 1 Wiphawadee Srisuk (Khon Kaen Forward Together): 29,847",
            "No. 2 Anucha Boonmee (Isan Renewal): 22,451",
            "No. 3 Kittipong Saengthong (independent): 3,912",
            "That gives Wiphawadee a lead of 7,396 votes and a little over half of the valid "
            "votes cast.",
        ]),
        ("2026-04-26T19:25:00+07:00", "19:25", "78 of 112 stations in", [
            "With 78 of 112 polling stations counted, Wiphawadee has 20,410 votes, Anucha "
            "15,770 and Kittipong 2,690. Her lead is widening as the stations in the older "
            "neighbourhoods near the railway station report.",
            "Anucha's campaign manager told us they were still waiting for results from the "
            "northern wards, where their candidate was expected to do better.",
        ]),
        ("2026-04-26T18:10:00+07:00", "18:10", "First numbers", [
            "The first tallies are in from 40 of the 112 stations: Wiphawadee 9,620, Anucha "
            "7,880, Kittipong 1,310. Early days \u2014 the larger stations in the city centre "
            "usually take longest to count.",
        ]),
        ("2026-04-26T17:35:00+07:00", "17:35", "Counting under way", [
            "At a school in Nai Mueang subdistrict, officials are reading out ballots one at a "
            "time and marking tallies on a whiteboard while about twenty residents and party "
            "observers watch from plastic chairs. Each candidate has at least one observer "
            "here.",
            "A volunteer from a local election-watch network said she had seen no problems "
            "during the day apart from a short queue after lunch.",
        ]),
        ("2026-04-26T17:00:00+07:00", "17:00", "Polls close", [
            "Voting has ended. Polls were open from 8am to 5pm. Officials at several stations "
            "near Bueng Kaen Nakhon lake reported a rush in the last hour as people returned "
            "from weekend trips.",
            "The three candidates are Wiphawadee Srisuk, 47, a former deputy mayor; Anucha "
            "Boonmee, 58, who runs a building-materials business; and Kittipong Saengthong, 36, "
            "a university lecturer standing as an independent. Mayor Prasert, who won in 2021, "
            "did not seek another term.",
            "The new mayor will serve a four-year term. We will post results as soon as the "
            "stations report them.",
        ]),
    ],
})

_EL_PAPER = {
    "kind": "paper", "name": "The Bangkok Chronicle", "domain": "bangkokchronicle.example",
    "tagline": "Thailand's news, every morning", "sep": "|",
    "nav": ["Thailand", "Politics", "Business", "Asia", "Opinion", "Life", "Sport"],
    "cookie": "We and our partners use cookies to improve your experience and show relevant "
              "advertising. Manage your choices in Privacy settings.",
    "footer": "\u00a9 2026 Chronicle Media Group PCL. Reproduction without permission is prohibited.",
}

EL_2 = _render(_EL_PAPER, {
    "path": "/thailand/politics/2026/04/27/former-deputy-wins-khon-kaen-mayoral-race",
    "headline": "Former deputy wins Khon Kaen mayoral race by more than 7,000 votes",
    "dek": "Wiphawadee Srisuk takes 53 per cent in a three-way contest and promises to put "
           "market vendors and bus riders first",
    "section": "Politics", "authors": ["Supatra Limcharoen"],
    "role": "Khon Kaen",
    "published": "2026-04-27T05:30:00+07:00",
    "shown_date": "Monday, April 27, 2026",
    "print_note": "This article appeared in the print edition of Monday, April 27, 2026.",
    "img": "el-jf2-wiphawadee-celebrates",
    "caption": "Wiphawadee Srisuk greets supporters in Khon Kaen on Sunday night after "
               "unofficial results showed her ahead.",
    "credit": "Photo: Supatra Limcharoen",
    "tags": ["Local elections", "Khon Kaen", "Isan"],
    "related": [
        ("thailand/politics/local-polls-calendar", "Local polls calendar: which cities vote next"),
        ("opinion/what-mayors-can-do", "Opinion: What a mayor can and cannot do in a Thai city"),
        ("business/isan-transport-plans", "Isan's transport plans wait on funding decisions"),
    ],
    "body": [
        "KHON KAEN \u2014 Wiphawadee Srisuk, a former deputy mayor who campaigned on cheaper bus "
        "fares and better drains, won the race to lead Khon Kaen city yesterday, beating a "
        "well-funded businessman by 7,396 votes, according to unofficial results.",
        "Ms Wiphawadee, 47, received 29,847 votes, or 53.1 per cent of valid ballots, the "
        "municipal election office said after all 112 polling stations had been counted. "
        "Anucha Boonmee of the Isan Renewal group took 22,451 and Kittipong Saengthong, an "
        "independent, 3,912.",
        "She will be the first woman elected mayor of the city, one of the largest urban "
        "centres in the north-east.",
        "Turnout reached 60.2 per cent, with 58,037 of 96,412 registered voters casting "
        "ballots, the provincial office of the Election Commission said. That was higher than "
        "in 2021, when 56.4 per cent voted and the outgoing mayor, Prasert Chanthawong, won "
        "with 31,206 votes.",
        "Mr Prasert did not stand this time after two terms in office. Ms Wiphawadee served "
        "as his deputy until she resigned last year to prepare her campaign.",
        "[AD]",
        "## A promise to vendors and commuters",
        "Speaking from the back of a pickup truck outside her campaign office on Si Chan Road "
        "on Sunday evening, Ms Wiphawadee, who is widely known by her nickname Nok, said the "
        "city \u201cbelongs to the people who ride its buses, sell at its markets and send "
        "their children to its schools\u201d.",
        "Her Khon Kaen Forward Together group also won 15 of the 24 seats on the municipal "
        "council, with the remaining nine going to Isan Renewal, giving the new mayor a "
        "working majority for her first budget.",
        "Mr Anucha, 58, who runs a building-materials company and had been backed by several "
        "business associations, conceded before the final figures were confirmed. \u201cThe "
        "voters have spoken clearly and I accept their decision,\u201d he told supporters.",
        "The result was closer in some parts of the city than others. In District 3, which "
        "covers the older neighbourhoods around the railway station, Ms Wiphawadee won 8,102 "
        "votes to Mr Anucha's 5,690. Mr Anucha ran strongest in the newer housing estates to "
        "the north, his campaign said.",
        "## Light rail and flooding",
        "The campaign was dominated by two issues: the long-delayed light rail line that the "
        "city has been planning for more than a decade, and flooding in low-lying streets "
        "during the rainy season.",
        "Ms Wiphawadee has promised to publish the light rail project's finances within 100 "
        "days and to start work on new drains before the monsoon. Mr Anucha had proposed "
        "handing the rail project to a private operator.",
        "She said her first meeting as mayor would be with the associations representing "
        "market vendors, whose members knocked on doors for her campaign, and that she would "
        "review fares on the city's shared minibus routes before the new school term.",
        "Kittipong Saengthong, 36, a lecturer in public administration, ran on a platform of "
        "open budgets and won most of his votes in polling stations near university "
        "dormitories.",
        "The Election Commission has up to 30 days to certify the result. The new mayor will "
        "take office once it does, for a four-year term.",
        "Spoiled ballots numbered 1,104, and 723 voters chose the \u201cno vote\u201d option.",
    ],
})

_EL_NEWS = {
    "kind": "newsletter", "name": "Local Politics Monitor", "domain": "localpoliticsmonitor.example",
    "tagline": "Thai provincial and municipal politics, by the numbers", "sep": "\u2014",
    "nav": ["Latest", "Results archive", "Data", "About the Monitor"],
    "cookie": "We use a single cookie to remember that you have closed this notice.",
    "footer": "Local Politics Monitor is produced by a small team of volunteers and "
              "researchers. Corrections welcome.",
    "intro": "A twice-weekly newsletter on Thailand's provincial and municipal elections.",
    "signoff": "See you on Friday. Forward this to a friend who likes spreadsheets.",
}

EL_3 = _render(_EL_NEWS, {
    "path": "/2026/04/28/khon-kaen-by-the-numbers",
    "headline": "Khon Kaen by the numbers: how Wiphawadee built her 7,400-vote win",
    "dek": "Turnout up four points on 2021, a clean council majority and a lecturer who "
           "doubled expectations",
    "section": "Results", "authors": ["Natthawut Inthasorn"],
    "published": "2026-04-28T08:00:00+07:00",
    "shown_date": "Tuesday, 28 April 2026",
    "issue": "No. 214",
    "img": "el-jf2-results-map",
    "caption": "Map: unofficial mayoral results by polling station, Khon Kaen City "
               "Municipality, 26 April 2026.",
    "credit": "Local Politics Monitor, from municipal election office data",
    "tags": ["Khon Kaen", "Turnout", "Municipal elections"],
    "related": [
        ("2026/04/24/khon-kaen-preview", "Preview: three candidates, one light rail line"),
        ("results-archive/khon-kaen-2021", "Archive: the 2021 Khon Kaen mayoral result"),
        ("data/turnout-tracker", "Turnout tracker for this year's municipal polls"),
    ],
    "body": [
        "Sunday's mayoral election in Khon Kaen produced a clear winner and a few numbers worth "
        "a closer look. All figures below are unofficial until the Election Commission "
        "certifies them, which it must do within 30 days.",
        "## The headline result",
        "Wiphawadee Srisuk (Khon Kaen Forward Together, ballot No. 1): 29,847 votes, 53.1%.",
        "Anucha Boonmee (Isan Renewal, No. 2): 22,451 votes, 39.9%.",
        "Kittipong Saengthong (independent, No. 3): 3,912 votes, 7.0%.",
        "Percentages are of the 56,210 valid votes. The winning margin was 7,396 votes, or "
        "roughly 13 points.",
        "## Turnout",
        "Turnout came in at just over 60% \u2014 58,037 ballots from an electorate of 96,412. "
        "That compares with 56.4% in 2021, when Prasert Chanthawong won the mayoralty with "
        "31,206 votes. The rise of about four points is in line with what we have seen in "
        "several other municipal contests this year, where an open seat tends to bring out "
        "more voters than a re-election race.",
        "Polls closed at 17:00 local time (10:00 GMT). The municipal election office posted "
        "complete figures for all 112 polling stations by about 20:50, which is quick by the "
        "standards of a city this size. Our friends at Isan Today ran a live count; their "
        "partial tallies at 18:10 and 19:25 showed Wiphawadee ahead throughout, with the gap "
        "growing as the central stations reported.",
        "[AD]",
        "## Where she won",
        "The map above tells most of the story. Wiphawadee carried nearly every station in "
        "the older core of the city. In District 3 alone, around the railway station, she "
        "took 8,102 votes against Anucha's 5,690 \u2014 a lead of 2,412 that accounts for "
        "about a third of her overall margin.",
        "Anucha, a 58-year-old building-materials businessman, did best in the newer estates "
        "to the north, but not by enough. His concession on Sunday night was gracious and "
        "brief: he told supporters that the voters had spoken clearly and that he accepted "
        "their decision.",
        "The spoiled-ballot count of 1,104 and the 723 \u201cno vote\u201d ballots are both "
        "unremarkable. Together they make up about 3% of ballots cast.",
        "## The council",
        "Wiphawadee's group won 15 of the 24 council seats and Isan Renewal the other nine. "
        "A mayor with a council majority can pass a budget without horse-trading, which "
        "matters because she has promised to publish the light rail project's finances and to "
        "start new drainage works before the rains.",
        "## The third candidate",
        "Kittipong Saengthong, 36, a public administration lecturer, finished a distant third, "
        "but his 7% is about double what most local observers had predicted for an "
        "independent with no party machine. His votes came disproportionately from stations "
        "near student housing.",
        "## What she said",
        "Wiphawadee's victory line \u2014 that from tomorrow the town hall will work for "
        "\u201cthe people who ride its buses, sell at its markets and send their children to "
        "its schools\u201d \u2014 was a direct pitch to the vendors and commuters who carried "
        "her campaign. She becomes the city's first elected woman mayor when the result is "
        "certified, for a term of four years.",
        "One caution for anyone comparing these figures with 2021: that race was a two-way "
        "contest, so a higher turnout this year alongside a lower vote total for the winner "
        "is not a contradiction.",
        "Friday: Udon Thani's council by-election and a look at turnout in the north-east.",
    ],
})

STORY_2 = _story("el-JF2", "election", "2026-04-30", [EL_1, EL_2, EL_3], [])


# ===========================================================================
# Story 3: ct-JF3 (PLANTED)
# Facts: People's Court of Vientiane Capital, verdict read Tuesday 16 June 2026
# (morning, local time UTC+7). Defendants: Souksavanh Phommachanh, 44, managing
# director of Mekong Star Logistics: 12 years, fine 600 million kip (about
# $28,000); Khamphone Vongsa, 39, warehouse manager: 7 years, 150 million kip;
# Bounmy Sisouphanh, 31, driver: 4 years, 50 million kip. Seizure on 21 March 2025
# at a warehouse in Xaythany district: 1,180 kg (1.18 tonnes) of pangolin scales
# and 38 elephant tusks (214 kg), declared as dried cassava. Presiding judge
# Vilayphone Keomany. Defence lawyer Phetsamone Inthavong; 15 days to appeal.
# Judge's quote (cut differently): "The defendants treated protected animals as
# ordinary cargo, and the laws of the Lao PDR do not permit that."
# PLANTED: laoledger.example says the verdict came on Wednesday (others: Tuesday,
# 16 June); mekongwatch.example says 1.8 tonnes of scales (others: 1,180 kg).
# ===========================================================================

_CT_WIRE = {
    "kind": "wire", "name": "Indochina Newswire", "domain": "indochinanews.example",
    "tagline": "Laos, Cambodia, Vietnam, Thailand and Myanmar, as it happens", "sep": "|",
    "nav": ["Top news", "Laos", "Business", "Environment", "Courts", "Pictures"],
    "cookie": "Indochina Newswire uses cookies for sign-in and analytics. By continuing "
              "you agree to our cookie policy.",
    "footer": "\u00a9 2026 Indochina Newswire. Redistribution of this content requires a licence.",
}

CT_1 = _render(_CT_WIRE, {
    "path": "/laos/2026/06/16/lao-court-jails-logistics-boss-12-years-pangolin-scales",
    "headline": "Lao court jails logistics boss for 12 years over pangolin scale haul",
    "dek": "Vientiane court convicts three men over 2025 warehouse seizure of scales and "
           "ivory declared as dried cassava",
    "section": "Courts", "authors": ["Keo Sengdara"],
    "published": "2026-06-16T11:05:00+07:00", "modified": "2026-06-16T13:40:00+07:00",
    "shown_date": "Tue 16 Jun 2026 \u00b7 11:05 ICT",
    "updated_shown": "Updated 13:40 ICT",
    "slug": "LAOS-WILDLIFE/COURT",
    "img": "ct-jf3-court-exterior",
    "caption": "Police officers stand outside the People's Court of Vientiane Capital.",
    "credit": "Indochina Newswire/Sisouk Vong",
    "credits": "(Reporting by Keo Sengdara; Editing by Paul Haverkamp)",
    "tags": ["Laos", "Wildlife trade", "Courts"],
    "related": [
        ("environment/pangolin-trade-routes", "Why pangolin traffickers keep changing routes"),
        ("laos/customs-scanners", "Lao customs to install new cargo scanners at border posts"),
        ("courts/vientiane-land-case", "Vientiane court hears land compensation claims"),
    ],
    "body": [
        "VIENTIANE, June 16 (Indochina Newswire) - A court in the Lao capital on Tuesday "
        "sentenced the owner of a logistics company to 12 years in prison for trafficking "
        "1,180 kg of pangolin scales and dozens of elephant tusks, in one of the heaviest "
        "penalties handed down in a wildlife case in the country.",
        "The People's Court of Vientiane Capital found Souksavanh Phommachanh, 44, managing "
        "director of Mekong Star Logistics, guilty of illegally trading in protected species "
        "and of making false customs declarations. It also fined him 600 million kip, or about "
        "$28,000.",
        "Two employees were convicted alongside him. Warehouse manager Khamphone Vongsa, 39, "
        "was sentenced to seven years and fined 150 million kip, and driver Bounmy "
        "Sisouphanh, 31, received four years and a fine of 50 million kip.",
        "Presiding judge Vilayphone Keomany read out the verdict over about an hour and a half "
        "in a courtroom crowded with relatives, journalists and officials from the forestry "
        "inspection department.",
        "\u201cThe defendants treated protected animals as ordinary cargo, and the laws of the "
        "Lao PDR do not permit that,\u201d the judge said.",
        "[AD]",
        "## Declared as cassava",
        "Customs officers and police found the scales, packed in 46 sacks, together with 38 "
        "elephant tusks weighing 214 kg, during a raid on a company warehouse in Xaythany "
        "district on the outskirts of Vientiane on March 21, 2025. The shipment had been "
        "declared as dried cassava, according to the indictment.",
        "Prosecutors told the court the goods had entered Laos by road and were to be moved on "
        "to buyers outside the country. They did not name the intended buyers, and the court "
        "did not rule on where the shipment was ultimately headed.",
        "The court ordered the scales and tusks to be destroyed and confiscated the company's "
        "truck and the warehouse lease deposit.",
        "Defence lawyer Phetsamone Inthavong said his client had believed the sacks contained "
        "agricultural produce and would appeal. The defendants have 15 days to lodge an "
        "appeal with a higher court.",
        "## Pressure on Laos",
        "Laos has come under pressure from neighbouring governments and conservation groups to "
        "show that wildlife cases lead to prison terms rather than small fines. Officials have "
        "pointed to new cargo scanners at border checkpoints and to closer cooperation with "
        "Thai and Vietnamese customs.",
        "The Mekong Wildlife Trust, a conservation group, said scales of that weight would have "
        "come from at least 2,000 pangolins. All eight species of the animal are protected "
        "under international trade rules.",
        "\u201cThe sentence sends a message, but the real test is whether investigators follow "
        "the money past the warehouse door,\u201d said Dara Khounthavong, the trust's "
        "programme director in Vientiane.",
        "Pangolins, scaly mammals that eat ants and termites, are among the most heavily "
        "trafficked animals in the world. Their scales are sold for use in traditional "
        "remedies despite having no proven medical benefit.",
        "Mekong Star Logistics, which ran trucks between Vientiane and the Thai border, has "
        "suspended operations since the raid, according to court documents.",
        "The trial opened last month. Customs officers told the court that the weight and "
        "smell of the sacks did not match the declared cargo, and a forestry expert testified "
        "that the scales came from more than one species of pangolin.",
    ],
})

_CT_PAPER = {
    "kind": "paper", "name": "Lao Ledger", "domain": "laoledger.example",
    "tagline": "English-language news from the Lao PDR", "sep": "|",
    "nav": ["Home", "National", "Vientiane", "Business", "Region", "Travel", "Sport"],
    "cookie": "This website uses cookies. Continue browsing to accept, or read our "
              "cookie notice.",
    "footer": "Lao Ledger \u00b7 Vientiane \u00b7 \u00a9 2026. All rights reserved.",
}

CT_2 = _render(_CT_PAPER, {
    "path": "/national/2026/06/17/three-jailed-over-pangolin-scales-found-in-xaythany-warehouse",
    "headline": "Three jailed over pangolin scales found in Xaythany warehouse",
    "dek": "Company director gets 12 years; court orders seized scales and ivory destroyed",
    "section": "National", "authors": ["Phonsavanh Luangrath"],
    "role": "Staff reporter",
    "published": "2026-06-17T07:00:00+07:00",
    "shown_date": "17 June 2026",
    "print_note": "Printed in the Lao Ledger, 17 June 2026 edition.",
    "img": "ct-jf3-defendants-led",
    "caption": "The three defendants are led from the courtroom after the verdict.",
    "credit": "Lao Ledger",
    "tags": ["Courts", "Wildlife", "Vientiane Capital"],
    "related": [
        ("national/forestry-inspection-review", "Forestry inspectors report on first half of the year"),
        ("vientiane/xaythany-industrial-zone", "Xaythany warehouses face new inspection rules"),
        ("region/thai-lao-customs-meeting", "Thai and Lao customs officials meet in Nong Khai"),
    ],
    "body": [
        "The People's Court of Vientiane Capital on Wednesday sentenced three men to prison "
        "for trafficking pangolin scales and elephant ivory, in a case that began with a raid "
        "on a warehouse in Xaythany district more than a year ago.",
        "Mr Souksavanh Phommachanh, 44, managing director of Mekong Star Logistics Co., Ltd, "
        "received the heaviest sentence of 12 years in prison and a fine of 600 million kip. "
        "Mr Khamphone Vongsa, 39, who managed the warehouse, was jailed for seven years and "
        "fined 150 million kip, while Mr Bounmy Sisouphanh, 31, who drove the company's "
        "truck, was sentenced to four years and fined 50 million kip.",
        "Reading the verdict, Judge Vilayphone Keomany said the defendants had \u201ctreated "
        "protected animals as ordinary cargo\u201d and had tried to hide the goods from customs "
        "inspectors by declaring them as dried cassava.",
        "According to the prosecution, officers from the customs department and the police "
        "searched the warehouse on 21 March 2025 after receiving information about a "
        "suspicious consignment. They found 1.18 tonnes of pangolin scales in 46 sacks and 38 "
        "elephant tusks weighing a total of 214 kg.",
        "[AD]",
        "## Defence to appeal",
        "The defence told the court that Mr Souksavanh had not known what the sacks contained "
        "and had accepted the consignment as a normal transport job. His lawyer, Mr Phetsamone "
        "Inthavong, said after the hearing that they would file an appeal within the 15 days "
        "allowed by law.",
        "\u201cMy client runs a transport business. He signs for hundreds of loads every "
        "month, and he cannot open every sack,\u201d Mr Phetsamone told reporters outside the "
        "courtroom.",
        "The court rejected that argument, saying that company records showed Mr Souksavanh "
        "had personally arranged the storage of the consignment and had paid the driver in "
        "cash.",
        "The judge ordered that the scales and tusks be destroyed under the supervision of the "
        "forestry inspection authorities, and that the company's truck be confiscated.",
        "## Government campaign",
        "The case is one of several wildlife trafficking prosecutions brought in the capital "
        "since the government announced a campaign against the illegal wildlife trade. "
        "Officials from the Ministry of Agriculture and Forestry who attended the hearing said "
        "the verdict showed that the law would be enforced.",
        "\u201cThis result shows the public and our partners that these cases are taken "
        "seriously from the border to the courtroom,\u201d said an official from the forestry "
        "inspection department, who asked not to be named because he was not authorised to "
        "speak to the press.",
        "Conservation groups estimate that the scales seized in Xaythany came from at least "
        "2,000 animals. Pangolins are protected under Lao law and under international trade "
        "rules, and the trade in their scales is banned.",
        "## Penalties in kip",
        "The combined fines imposed on the three defendants total 800 million kip. The court "
        "said the fines must be paid before any request for a reduction of sentence can be "
        "considered.",
        "Mekong Star Logistics, which operated trucks between Vientiane and the Thai border, "
        "has not operated since the raid. The company's other employees were questioned "
        "during the investigation but were not charged.",
        "The trial opened last month and heard evidence from customs officers, police "
        "investigators and a forestry expert who identified the scales and ivory.",
    ],
})

_CT_LOCAL = {
    "kind": "local", "name": "Mekong Watch", "domain": "mekongwatch.example",
    "tagline": "Rivers, forests and wildlife of the lower Mekong", "sep": "-",
    "nav": ["News", "Wildlife", "Rivers", "Forests", "Investigations", "Donate"],
    "cookie": "Mekong Watch uses cookies to understand which stories readers find useful.",
    "footer": "Mekong Watch is a non-profit newsroom covering the environment of the lower "
              "Mekong basin.",
    "weather": "Mekong at Vientiane: river level 4.2 m, rising \u00b7 Light rain, 31\u00b0C",
    "community": ["Volunteer river monitors wanted in Bolikhamxay",
                  "Photo contest: birds of the Mekong wetlands",
                  "Community forest meeting in Sangthong district"],
    "related_title": "More on the wildlife trade",
}

CT_3 = _render(_CT_LOCAL, {
    "path": "/wildlife/2026/06/18/after-the-verdict-what-the-mekong-star-case-leaves-open",
    "headline": "After the verdict: what the Mekong Star case leaves open",
    "dek": "A 12-year sentence for a trucking boss is a first step. Conservationists want to "
           "know who ordered the cargo",
    "section": "Wildlife", "authors": ["Anousone Chanthala"],
    "published": "2026-06-18T09:30:00+07:00",
    "shown_date": "18 June 2026",
    "img": "ct-jf3-scales-sacks",
    "caption": "Sacks of pangolin scales displayed by customs officers after the 2025 raid "
               "in Xaythany district.",
    "credit": "Photo: Lao customs department handout",
    "tags": ["Pangolins", "Wildlife trafficking", "Laos"],
    "related": [
        ("wildlife/pangolins-explained", "Pangolins, explained: why the scaly anteater is so trafficked"),
        ("investigations/cassava-trucks", "Investigation: cassava trucks and the paperwork that hides them"),
        ("rivers/vientiane-riverbank-works", "Vientiane riverbank works reach the old market"),
    ],
    "body": [
        "When Judge Vilayphone Keomany finished reading the verdict at the People's Court of "
        "Vientiane Capital on Tuesday, the relatives of the three defendants were quiet. The "
        "sentences were heavier than many in the room had expected.",
        "Souksavanh Phommachanh, the 44-year-old managing director of Mekong Star Logistics, "
        "was given 12 years in prison and a fine of 600 million kip, roughly $28,000. His "
        "warehouse manager, Khamphone Vongsa, got seven years; his driver, Bounmy Sisouphanh, "
        "four. Both were also fined.",
        "The case goes back to 21 March 2025, when customs officers and police opened a "
        "company warehouse in Xaythany district and found 1.8 tonnes of pangolin scales packed "
        "in 46 sacks, along with 38 elephant tusks. The paperwork said dried cassava.",
        "In the verdict, the judge said the defendants had treated protected animals as "
        "ordinary cargo, adding that \u201cthe laws of the Lao PDR do not permit that\u201d.",
        "[AD]",
        "## A first step",
        "Conservation groups welcomed the 16 June ruling, but several told Mekong Watch that "
        "the case stops where the most important questions begin.",
        "\u201cThe real test is whether investigators follow the money past the warehouse "
        "door,\u201d said Dara Khounthavong, programme director of the Mekong Wildlife Trust "
        "in Vientiane. The trust estimates that the scales came from at least 2,000 "
        "pangolins.",
        "The indictment describes how the sacks arrived by road and were stored for several "
        "days before the raid. It does not identify who paid for the shipment or where it was "
        "going next. Prosecutors said only that it was intended for buyers outside Laos.",
        "A former customs officer in Savannakhet, who spoke on condition that his name not be "
        "used, said cases like this one usually involve at least three layers: the people who "
        "collect or buy the animals, the transport companies that move them, and the buyers "
        "who finance the whole chain. \u201cThe middle layer is the easiest to catch,\u201d "
        "he said.",
        "## The appeal",
        "Defence lawyer Phetsamone Inthavong has said his client will appeal, arguing that "
        "Mr Souksavanh did not know what was inside the sacks. The defence has 15 days from "
        "the verdict to file.",
        "The judge rejected the argument that the director was unaware, citing company "
        "records showing that he had arranged the storage himself. If the appeal fails, the "
        "sentence will be among the longest served by anyone in Laos for a wildlife crime.",
        "## Why pangolins",
        "All eight species of pangolin are listed under the highest level of protection in "
        "the international treaty on trade in endangered species, which bans commercial trade "
        "in them. Their scales are made of keratin, the same material as human fingernails, "
        "but are still sought for traditional remedies.",
        "Seizures in the region have shifted over the past decade from air cargo to trucks "
        "and river boats, according to researchers who track the trade. Laos, which borders "
        "five countries, sits across several of those overland routes.",
        "The court ordered the seized scales and tusks destroyed. The Mekong Wildlife Trust "
        "has asked to send an observer to the destruction, and said it would publish the "
        "weight of what is burned so the public can compare it with what was seized.",
        "Mekong Watch asked the Ministry of Agriculture and Forestry whether investigators "
        "were pursuing the buyers. A spokesperson said the investigation was continuing but "
        "declined to give details.",
    ],
})

STORY_3 = _story("ct-JF3", "court", "2026-06-20", [CT_1, CT_2, CT_3], [
    ("verdict weekday", r"wednesday|17 june|june 17|2026-06-17",
     r"tuesday|16 june|june 16|2026-06-16"),
    ("pangolin scales seized", r"1\.8 ?(?:tonnes|tons|t\b|metric)|1,?800 ?(?:kg|kilo)",
     r"1,?180 ?(?:kg|kilo)|1\.18 ?(?:tonnes|tons|t\b|metric)"),
])


# ===========================================================================
# Story 4: tr-JF4 (PLANTED)
# Facts: Joint sitting of Thailand's National Assembly approves the
# Thailand-Mongolia Economic Partnership Agreement on Wednesday 5 August 2026,
# vote at about 16:20 Bangkok time (17:20 Ulaanbaatar, 09:20 GMT): 512 for,
# 38 against, 21 abstentions. Signed in Ulaanbaatar in May. Thailand cuts its
# tariff on Mongolian cashmere garments from 30% to zero over five years and
# removes duties on 96% of tariff lines within ten years; mutton quota 5,000
# tonnes a year. Mongolia scraps its 5% duty on 340 Thai product lines on entry
# into force (target 1 January 2027, after the State Great Khural ratifies in the
# autumn session). Trade 2025: $186 million (Thai exports $121m, imports $65m;
# 2024: $151m); target $500 million by 2030. Thai Commerce Minister Pornthip
# Wattanakul; Mongolian Minister of Economy and Development Enkhtaivan
# Munkhbayar. Pornthip quote (cut differently): "Mongolia is a small market
# today, but it is a door to the interior of the continent that Thai companies
# have barely opened."
# PLANTED: bkkbusinessdaily.example gives the vote as 512 to 58 (others 512 to
# 38); cpbnews.example says the cashmere tariff falls from 20% (others 30%);
# ubeveningpost.example spells the Thai minister "Wattanakorn" (others
# "Wattanakul").
# ===========================================================================

_TR_WIRE = {
    "kind": "wire", "name": "Asia Trade Wire", "domain": "asiatradewire.example",
    "tagline": "Tariffs, deals and shipping across Asia", "sep": "|",
    "nav": ["Deals", "Tariffs", "Commodities", "Shipping", "Data", "Events"],
    "cookie": "Asia Trade Wire uses cookies to provide subscriber access and measure traffic.",
    "footer": "\u00a9 2026 Asia Trade Wire Ltd. Subscriber content; do not forward.",
}

TR_1 = _render(_TR_WIRE, {
    "path": "/deals/2026/08/05/thai-parliament-approves-mongolia-trade-pact",
    "headline": "Thai parliament approves trade pact with Mongolia, cashmere tariffs to go",
    "dek": "Joint sitting backs the economic partnership agreement by 512 votes to 38; "
           "Mongolia's parliament still has to ratify",
    "section": "Deals", "authors": ["Patcharee Noinart"],
    "published": "2026-08-05T17:10:00+07:00",
    "shown_date": "5 August 2026, 17:10 ICT",
    "slug": "THAILAND-MONGOLIA/TRADE",
    "img": "tr-jf4-parliament-vote",
    "caption": "Members of Thailand's House of Representatives and Senate vote at a joint "
               "sitting in Bangkok.",
    "credit": "Asia Trade Wire/Somchai Rerkrai",
    "credits": "(Reporting by Patcharee Noinart in Bangkok; additional reporting by "
               "Bayarmaa Tumen in Ulaanbaatar; Editing by Rohan Pillay)",
    "tags": ["Thailand", "Mongolia", "Trade agreements"],
    "related": [
        ("tariffs/asean-rules-of-origin", "Rules-of-origin changes to watch in the second half"),
        ("commodities/cashmere-prices", "Raw cashmere prices steady after spring combing"),
        ("deals/thai-fta-pipeline", "Thailand's pipeline of trade talks, country by country"),
    ],
    "body": [
        "BANGKOK, Aug 5 (Asia Trade Wire) - Thailand's parliament on Wednesday approved an "
        "economic partnership agreement with Mongolia that will remove Thai duties on "
        "Mongolian cashmere and open the landlocked country's market to Thai processed food.",
        "A joint sitting of the House of Representatives and the Senate backed the deal by "
        "512 votes to 38, with 21 abstentions, after a debate of about six hours. The vote "
        "came at around 4:20 p.m. local time (0920 GMT).",
        "Under the agreement, signed in Ulaanbaatar in May, Thailand will cut its 30% tariff "
        "on Mongolian cashmere garments to zero over five years and remove duties on 96% of "
        "tariff lines within ten years. Mongolia will scrap its 5% import duty on 340 Thai "
        "product lines, including canned fruit, sugar, rice and rubber goods, as soon as the "
        "deal enters into force.",
        "Commerce Minister Pornthip Wattanakul told lawmakers the agreement was about the "
        "future more than the present. \u201cMongolia is a small market today, but it is a "
        "door to the interior of the continent that Thai companies have barely opened,\u201d "
        "she said.",
        "[AD]",
        "## Small base",
        "Trade between the two countries was worth $186 million last year, up from $151 "
        "million in 2024, according to Thai customs data. Thai exports, mainly vehicle parts, "
        "food and rubber products, made up $121 million of that, and imports from Mongolia, "
        "mostly cashmere, copper concentrate and meat, $65 million.",
        "The two governments have set a target of $500 million in annual trade by 2030. "
        "Thailand remains a minor partner for Mongolia, whose exports go overwhelmingly to "
        "China.",
        "The deal also lets Thailand import up to 5,000 tonnes a year of heat-treated "
        "Mongolian mutton under sanitary rules agreed by the two countries' veterinary "
        "authorities. Some lawmakers from livestock-producing provinces questioned the quota "
        "during the debate, and most of the votes against came from that group.",
        "Mongolia's Minister of Economy and Development, Enkhtaivan Munkhbayar, welcomed the "
        "vote. \u201cOur herders produce some of the finest fibre in the world, and this "
        "agreement lets them sell it in Thailand on equal terms with anyone,\u201d he said in "
        "a statement issued in Ulaanbaatar.",
        "## Next steps",
        "The agreement still needs approval from Mongolia's parliament, the State Great "
        "Khural, which is expected to take it up in its autumn session starting in October. "
        "Both governments are aiming for it to take effect on January 1, 2027.",
        "Officials in Bangkok described it as Thailand's first trade agreement with a "
        "landlocked country in Inner Asia. Pornthip said Thai firms would also benefit from "
        "a services chapter that allows Thai hospital groups, hotel managers and builders "
        "to set up majority-owned businesses in Mongolia.",
        "Thai textile groups had asked for a longer phase-in period for cashmere, arguing "
        "that small knitwear makers in Bangkok and Chiang Mai would face more competition. "
        "The government said the five-year schedule would give them time to adjust.",
        "Analysts said the immediate impact on Thai exporters would be modest, given "
        "transport costs. Goods from Thailand usually reach Mongolia by sea to Tianjin and "
        "then by rail, a journey of three to five weeks.",
    ],
})

_TR_PAPER = {
    "kind": "paper", "name": "Bangkok Business Daily", "domain": "bkkbusinessdaily.example",
    "tagline": "Markets, companies and the economy", "sep": "|",
    "nav": ["Markets", "Economy", "Companies", "Property", "Tech", "Opinion", "Asean"],
    "cookie": "We use cookies to deliver subscriptions, remember preferences and serve "
              "advertising. See our cookie policy.",
    "footer": "\u00a9 2026 Bangkok Business Daily Co., Ltd. All rights reserved.",
}

TR_2 = _render(_TR_PAPER, {
    "path": "/economy/2026/08/06/mongolia-deal-clears-parliament-exporters-eye-ulaanbaatar",
    "headline": "Mongolia deal clears parliament as food exporters eye Ulaanbaatar",
    "dek": "Knitwear makers warn of cheaper cashmere; officials promise five years to adjust",
    "section": "Economy", "authors": ["Wanchai Thepsuwan", "Kanokwan Ariyawong"],
    "published": "2026-08-06T06:00:00+07:00",
    "shown_date": "Thursday 6 August 2026",
    "print_note": "A version of this story ran on page B1 of the 6 August 2026 print edition.",
    "img": "tr-jf4-knitwear-workshop",
    "caption": "A worker finishes a cashmere-blend sweater at a knitwear workshop in "
               "Bangkok's Bang Phlat district.",
    "credit": "Bangkok Business Daily/Tanawat Kiatsiri",
    "tags": ["Trade", "Mongolia", "Exporters", "Textiles"],
    "related": [
        ("economy/export-figures-june", "June exports: food shipments offset weaker electronics"),
        ("companies/canned-fruit-makers", "Canned fruit makers look beyond traditional markets"),
        ("opinion/small-deals-matter", "Opinion: Why small trade deals still matter"),
    ],
    "body": [
        "Thailand's food and rubber exporters are preparing to test the Mongolian market after "
        "parliament yesterday approved an economic partnership agreement that will remove "
        "Mongolia's import duty on hundreds of Thai products.",
        "Members of the House of Representatives and the Senate, meeting in a joint sitting, "
        "voted 512 to 58 in favour of the agreement, with 21 abstentions. The vote followed "
        "a debate that ran from late morning into the afternoon. Most of the votes against "
        "came from members representing provinces with large livestock and textile sectors, "
        "according to a breakdown released by the parliament secretariat.",
        "The deal, signed in Ulaanbaatar in May, commits Mongolia to abolish its 5 per cent "
        "duty on 340 Thai product lines when the agreement takes effect. Thailand will phase "
        "out its 30 per cent tariff on Mongolian cashmere garments over five years and remove "
        "duties on 96 per cent of its tariff lines for Mongolian goods within a decade.",
        "Commerce Minister Pornthip Wattanakul described Mongolia as \u201ca door to the "
        "interior of the continent that Thai companies have barely opened\u201d, and said the "
        "ministry would lead a trade mission to Ulaanbaatar before the end of the year.",
        "[AD]",
        "## Exporters interested, but cautious",
        "Bilateral trade reached $186 million in 2025, or about 6.3 billion baht. Thai "
        "shipments to Mongolia accounted for $121 million, led by vehicle parts, canned and "
        "frozen food and rubber goods. The two sides want total trade to reach $500 million "
        "by 2030.",
        "Sirilak Charoensap, chairwoman of an association of processed-food exporters, said "
        "members were interested but realistic. \u201cThe market is three and a half million "
        "people, and the freight takes a month. Nobody will get rich on Mongolia next year. "
        "But the duty cut makes the first containers worth trying,\u201d she said.",
        "Goods bound for Mongolia typically travel by sea to the Chinese port of Tianjin and "
        "continue by rail, which adds cost and several weeks to delivery times.",
        "## Knitwear makers worried",
        "The cashmere provision drew the strongest objections. Small knitwear producers, many "
        "of them family businesses in Bangkok and Chiang Mai, say they cannot match the "
        "prices of Mongolian factories that buy raw fibre directly from herders.",
        "\u201cWe buy the yarn, we pay the duty on it, and now finished sweaters will come in "
        "free. Five years goes quickly,\u201d said Thawatchai Meesuk, who employs 40 people at a "
        "workshop in Bang Phlat.",
        "Officials said the phase-in, with the tariff reduced in equal annual steps, would "
        "give domestic makers time to shift to higher-value products. The ministry is "
        "preparing a support package for small textile firms.",
        "Lawmakers from livestock provinces also questioned a quota allowing 5,000 tonnes a "
        "year of heat-treated Mongolian mutton into Thailand. Supporters argued the volume was "
        "too small to affect domestic prices.",
        "## Waiting for Ulaanbaatar",
        "Mongolia's parliament, the State Great Khural, must still ratify the agreement. "
        "Mongolia's economy and development minister, Enkhtaivan Munkhbayar, has said he "
        "expects a vote in the autumn session. Both governments are aiming for entry into "
        "force on 1 January 2027.",
        "Thai imports from Mongolia were worth $65 million last year, mostly cashmere, copper "
        "concentrate and meat.",
    ],
})

_TR_TV = {
    "kind": "broadcaster", "name": "Chao Phraya News", "domain": "cpbnews.example",
    "tagline": "CPB \u2014 news on air and online", "sep": "-",
    "nav": ["Watch live", "Thailand", "Business", "World", "Weather", "Shows"],
    "cookie": "CPB uses cookies to play video, remember your region and count audiences.",
    "footer": "Chao Phraya Broadcasting Co. \u00b7 Bangkok \u00b7 Channel 27 and online.",
}

TR_3 = _render(_TR_TV, {
    "path": "/business/2026/08/05/parliament-backs-mongolia-trade-agreement",
    "headline": "Parliament backs Mongolia trade agreement in joint sitting",
    "dek": "Cashmere, canned fruit and mutton: what the deal changes and when",
    "section": "Business", "authors": ["Napat Sukjai"],
    "role": "CPB Business",
    "published": "2026-08-05T19:30:00+07:00",
    "shown_date": "5 Aug 2026 \u00b7 19:30",
    "video_len": "2:41", "video_title": "CPB Evening Report: Mongolia deal approved",
    "img": "tr-jf4-ulaanbaatar-market",
    "caption": "Cashmere scarves on sale at a shop in Ulaanbaatar.",
    "credit": "CPB/File",
    "tags": ["Business", "Trade", "Mongolia"],
    "related": [
        ("business/rubber-prices-august", "Rubber farmers watch prices as rains arrive"),
        ("world/mongolia-profile", "Mongolia at a glance: economy, people and trade"),
        ("shows/money-talk", "Money Talk: how trade deals reach your shopping basket"),
    ],
    "body": [
        "Thailand's parliament approved a trade agreement with Mongolia on Wednesday afternoon, "
        "clearing the way for lower tariffs on Mongolian cashmere and for Thai food and rubber "
        "products to enter Mongolia without duty.",
        "In a joint sitting of the House of Representatives and the Senate, 512 members voted "
        "in favour and 38 against, while 21 abstained. The result was announced at about "
        "4:20 in the afternoon.",
        "The economic partnership agreement was signed in the Mongolian capital, Ulaanbaatar, "
        "in May. Thailand's parliament had to approve it because it changes tariffs and "
        "affects domestic producers.",
        "## What changes",
        "For Thai shoppers, the most visible change will be in cashmere. Thailand will cut its "
        "20 percent tariff on cashmere garments from Mongolia step by step until it reaches "
        "zero after five years.",
        "For Thai exporters, Mongolia will remove its 5 percent duty on 340 kinds of Thai "
        "products, including canned fruit, sugar, rice and rubber goods, from the day the "
        "agreement comes into force.",
        "Thailand will also allow in up to 5,000 tonnes of heat-treated Mongolian mutton each "
        "year, under veterinary rules agreed by both countries.",
        "Commerce Minister Pornthip Wattanakul said the agreement would help Thai businesses "
        "reach new customers far from the sea. \u201cMongolia is a small market today,\u201d she "
        "told the chamber, \u201cbut it is a door to the interior of the continent that Thai "
        "companies have barely opened.\u201d",
        "[AD]",
        "During the six-hour debate, several members from provinces with many sheep and goat "
        "farmers asked why the mutton quota had been included. The minister replied that the "
        "quota was small compared with Thai meat consumption and that every shipment would be "
        "inspected at the border.",
        "## Numbers behind the deal",
        "Trade between Thailand and Mongolia is still small. It was worth $186 million last "
        "year, according to customs figures. Thailand sold Mongolia $121 million worth of "
        "goods and bought $65 million.",
        "The two governments hope trade will reach $500 million a year by 2030.",
        "CPB spoke to a knitwear maker in Bangkok who said she was worried about competition "
        "from cheaper Mongolian sweaters. \u201cWe are small. We cannot buy fibre straight from "
        "the herders like they can,\u201d said Duangjai Phromma, who runs a workshop with 12 "
        "employees.",
        "A canned-fruit exporter in Rayong, however, said the agreement was good news. "
        "\u201cWe have been sending small orders to Ulaanbaatar for three years and paying "
        "duty on every box. Now we can lower our prices there,\u201d said sales manager "
        "Krit Anantachai.",
        "## What happens next",
        "Mongolia's parliament must also approve the agreement. Mongolian officials have said "
        "they expect a vote in the autumn. If both sides complete the process in time, the "
        "agreement will take effect on January 1, 2027.",
        "Mongolian Economy and Development Minister Enkhtaivan Munkhbayar said in a statement "
        "that the deal would let Mongolian herders sell their fibre in Thailand on equal terms "
        "with anyone.",
        "The Commerce Ministry plans to take a group of Thai companies to Ulaanbaatar later "
        "this year to look for buyers and partners.",
        "Goods from Thailand usually reach Mongolia by ship to northern China and then by "
        "train. Exporters say the trip can take up to five weeks.",
    ],
})

_TR_UB = {
    "kind": "local", "name": "UB Evening Post", "domain": "ubeveningpost.example",
    "tagline": "Ulaanbaatar's evening news site", "sep": "|",
    "nav": ["City", "Politics", "Economy", "Herders", "World", "Sport"],
    "cookie": "UB Evening Post uses cookies. Press OK to continue reading.",
    "footer": "UB Evening Post \u00b7 Chingeltei district, Ulaanbaatar \u00b7 news@ubeveningpost.example",
    "weather": "Ulaanbaatar: 24\u00b0C, clear; air quality good",
    "community": ["Naadam photo exhibition extended to 20 August",
                  "Road works on Peace Avenue: evening closures",
                  "Khan-Uul district library opens reading garden"],
}

TR_4 = _render(_TR_UB, {
    "path": "/economy/20260806/thai-lawmakers-approve-deal-herders-cashmere",
    "headline": "Thai lawmakers approve deal that opens door for Mongolian cashmere",
    "dek": "Tariff on Mongolian sweaters in Thailand to fall to zero; State Great Khural to "
           "vote in the autumn",
    "section": "Economy", "authors": ["Khulan Baasandorj"],
    "published": None, "ld": False,
    "shown_date": "2026.08.06",
    "img": "tr-jf4-herder-combing",
    "caption": "A herder combs cashmere from a goat in Bayankhongor province in spring.",
    "credit": "UB Evening Post/Archive",
    "tags": ["Trade", "Cashmere", "Thailand"],
    "related": [
        ("herders/cashmere-price-spring", "Spring cashmere prices: what buyers paid in the aimags"),
        ("economy/rail-to-tianjin", "Rail freight to Tianjin: more trains, same delays"),
        ("politics/autumn-session-agenda", "What is on the Khural's autumn agenda"),
    ],
    "body": [
        "Thailand's parliament has approved the economic partnership agreement with Mongolia, "
        "a step that Mongolian officials say could bring cashmere processors a new market in "
        "South-East Asia.",
        "Thai lawmakers voted on Wednesday in a joint sitting of their House of "
        "Representatives and Senate. The agreement passed by 512 votes to 38, with 21 "
        "abstentions. The result came at about 17:20 Ulaanbaatar time.",
        "Minister of Economy and Development Enkhtaivan Munkhbayar welcomed the decision. "
        "\u201cOur herders produce some of the finest fibre in the world, and this agreement "
        "lets them sell it in Thailand on equal terms with anyone,\u201d he said in a statement.",
        "Under the deal, signed in Ulaanbaatar in May by Minister Munkhbayar and Thai Commerce "
        "Minister Pornthip Wattanakorn, Thailand will reduce its 30 percent tariff on "
        "Mongolian cashmere garments to zero over five years. Mongolia, in turn, will scrap its "
        "5 percent customs duty on 340 Thai product lines, from canned fruit and sugar to "
        "rubber goods.",
        "[AD]",
        "## What processors say",
        "Mongolian cashmere companies sell mostly to Europe, Japan and China. Thailand has "
        "been a small buyer, partly because of the tariff.",
        "Tsetsegmaa Dorjsuren, export manager at a knitwear factory in Ulaanbaatar's "
        "Songinokhairkhan district, said the company had already received enquiries from "
        "Bangkok retailers. \u201cThai customers like light knitwear for air-conditioned "
        "offices and for travel. The duty made our prices too high. Without it, we can "
        "compete,\u201d she said.",
        "Herders in the Gobi and Khangai regions may benefit indirectly if factories buy more "
        "raw fibre. Prices for raw cashmere have been flat for two seasons.",
        "## Trade in numbers",
        "Trade between the two countries was $186 million last year, or about 660 billion "
        "tugrik. Mongolia's exports to Thailand, mainly cashmere, copper concentrate and meat, "
        "were worth $65 million (about 230 billion tugrik). Imports from Thailand, including "
        "vehicle parts, food and rubber products, were $121 million.",
        "The governments hope to raise trade to $500 million a year by 2030.",
        "The agreement also sets a quota of 5,000 tonnes a year for heat-treated Mongolian "
        "mutton sold to Thailand. Meat exporters say that is a modest start but could grow "
        "if Thai buyers take to the product.",
        "## The Khural's turn",
        "The State Great Khural must still ratify the agreement. The Ministry of Economy and "
        "Development said it would submit the document when parliament's autumn session "
        "opens in October. Both sides aim for the agreement to enter into force on 1 January "
        "2027.",
        "Some members of the Khural have asked for a full assessment of how Thai processed "
        "food will affect Mongolian producers, especially of sugar confectionery and canned "
        "vegetables. The ministry has said the products covered are mostly not made in "
        "Mongolia.",
        "Minister Pornthip Wattanakorn told the Thai parliament that Mongolia was a small "
        "market today but a door to the interior of the continent, according to Thai media "
        "reports.",
        "Goods moving between the two countries travel mostly by sea and then by rail through "
        "China, which keeps transport costs high. Officials in both capitals have discussed "
        "air cargo for high-value goods such as cashmere.",
        "Thailand's Commerce Ministry plans a trade mission to Ulaanbaatar before the end of "
        "the year.",
    ],
})

STORY_4 = _story("tr-JF4", "trade", "2026-08-08", [TR_1, TR_2, TR_3, TR_4], [
    ("vote against", r"(?<![\d.,])58(?![\d.,]?\d)", r"(?<![\d.,])38(?![\d.,]?\d)"),
    ("cashmere tariff before cut", r"(?<![\d.,])20 ?(?:%|per ?cent|percent)",
     r"(?<![\d.,])30 ?(?:%|per ?cent|percent)"),
    ("commerce minister surname", r"wattanakorn", r"wattanakul"),
])


# ===========================================================================
# Story 5: rk-JF5 (PLANTED)
# Facts: Tenger Dynamics (Ulaanbaatar start-up, founded 2021; founder and chief
# executive Solongo Batkhuyag; chief engineer Temuulen Gansukh) flies its
# single-stage Khuleg-2 rocket (11 m) on Saturday 19 September 2026 at 06:42
# local time (UTC+8) = 22:42 GMT Friday 18 September, from its test range in
# Dornogovi province about 70 km south-east of Sainshand. Apogee 104 km (about
# 65 miles), above the 100 km Karman line; capsule with four experiments lands
# under parachute 38 km from the pad; 9 minutes 40 seconds lift-off to
# touchdown; recovered about two hours later. Khuleg-1 (October 2025) failed at
# about 14 km. Airspace closed 06:00-08:00. Company has raised $14 million.
# Next: second Khuleg-2 flight in spring 2027. Quote (cut differently): "We built
# this rocket in a hangar that used to store sheepskins, and this morning it went
# to space."
# PLANTED: napress.example puts the range in Omnogovi (others Dornogovi/near
# Sainshand); gobidaily.example gives lift-off as 06:12 (others 06:42 local /
# 22:42 GMT); spaceline.example calls Solongo the chief technology officer
# (others chief executive).
# ===========================================================================

_RK_WIRE = {
    "kind": "wire", "name": "Northern Asia Press", "domain": "napress.example",
    "tagline": "Independent news agency for Mongolia, Siberia and north-east Asia", "sep": "|",
    "nav": ["World", "Business", "Science", "Mongolia", "Russia", "China"],
    "cookie": "NAP uses cookies to keep subscribers logged in and to measure readership.",
    "footer": "\u00a9 2026 Northern Asia Press. All rights reserved. Quotes and photographs "
              "may not be republished without a licence.",
}

RK_1 = _render(_RK_WIRE, {
    "path": "/science/2026/09/19/mongolian-start-up-rocket-reaches-space-on-second-try",
    "headline": "Mongolian start-up's rocket reaches space on second attempt",
    "dek": "Tenger Dynamics' Khuleg-2 climbs to 104 km before its capsule parachutes back "
           "to the Gobi desert",
    "section": "Science", "authors": ["Odgerel Tsogt"],
    "published": "2026-09-19T02:15:00Z", "modified": "2026-09-19T05:40:00Z",
    "shown_date": "19 September 2026 02:15 GMT",
    "updated_shown": "Last updated 05:40 GMT",
    "slug": "MONGOLIA-SPACE/ROCKET (UPDATE 1)",
    "img": "rk-jf5-liftoff",
    "caption": "The Khuleg-2 rocket lifts off from the Tenger Dynamics test range at dawn.",
    "credit": "Tenger Dynamics/Handout via NAP",
    "credits": "(Reporting by Odgerel Tsogt; Editing by Simon Arkwright)",
    "tags": ["Mongolia", "Space", "Start-ups"],
    "related": [
        ("science/small-launchers-asia", "Asia's small-rocket makers race for the first customers"),
        ("business/mongolia-tech-funding", "Mongolian tech start-ups raised more money this year"),
        ("science/gobi-meteorite-finds", "Scientists map meteorite finds in the Gobi"),
    ],
    "body": [
        "ULAANBAATAR, Sept 19 (NAP) - A rocket built by Mongolian start-up Tenger Dynamics "
        "reached space on Saturday, climbing to an altitude of 104 km before its instrument "
        "capsule parachuted back to the desert, the company said.",
        "The single-stage Khuleg-2 lifted off at 06:42 local time (2242 GMT on Friday) from the "
        "company's test range in Omnogovi province in southern Mongolia. It passed the "
        "100-km Karman line, the boundary of space used by many scientists and record-keepers, "
        "a little under three minutes into the flight, according to telemetry shown to "
        "reporters.",
        "The capsule, carrying four small experiments, landed 38 km from the launch pad. The "
        "flight lasted 9 minutes and 40 seconds from lift-off to touchdown. A recovery team in "
        "off-road vehicles reached the capsule about two hours later.",
        "\u201cWe built this rocket in a hangar that used to store sheepskins, and this morning "
        "it went to space,\u201d Solongo Batkhuyag, the company's founder and chief executive, "
        "told a news conference in Ulaanbaatar.",
        "[AD]",
        "## Second try",
        "The flight comes eleven months after the company's first rocket, Khuleg-1, failed "
        "when a valve in its engine malfunctioned at an altitude of about 14 km in October "
        "2025. Engineers redesigned the engine's feed system and ran more than 30 ground "
        "tests before Saturday's launch, the company said.",
        "Chief engineer Temuulen Gansukh said the rocket had performed close to predictions. "
        "\u201cWe expected between 100 and 110 kilometres. The numbers we have so far put us "
        "right in the middle,\u201d he said, adding that the team would publish a full flight "
        "report after reviewing the data.",
        "The 11-metre Khuleg-2 burns kerosene and liquid oxygen. Tenger Dynamics, founded in "
        "2021, says it has raised $14 million from Mongolian and foreign investors and "
        "employs about 60 people.",
        "## Experiments on board",
        "The payloads included a radiation detector built by students at the National "
        "University of Mongolia, a package of seeds from a plant-breeding institute, and two "
        "sensors supplied by a European university testing equipment for small satellites. "
        "Students who built the detector were waiting at the news conference to collect it.",
        "Herders from nearby camps watched from a road several kilometres from the pad, and "
        "videos posted online showed a bright trail climbing into the morning sky before the "
        "engine shut down and the rocket disappeared from view.",
        "Mongolia's civil aviation authority closed the airspace over the range between 06:00 "
        "and 08:00 local time for the launch.",
        "The company plans a second flight of Khuleg-2 in the spring of 2027 and hopes to "
        "develop a larger rocket able to place small satellites in orbit before the end of "
        "the decade. It has not said how much that rocket would cost to build.",
        "Mongolia has no space launch programme of its own. Its first national satellite was "
        "carried into orbit by a foreign rocket. Officials from the Ministry of Digital "
        "Development attended Saturday's news conference and congratulated the team.",
        "Solongo, a former software entrepreneur, said the company had turned down offers to "
        "move its operations abroad. \u201cThe Gobi is flat, empty and dry most of the year. "
        "For a rocket range, that is a gift,\u201d she said.",
    ],
})

_RK_LOCAL = {
    "kind": "local", "name": "Gobi Daily", "domain": "gobidaily.example",
    "tagline": "News from Dornogovi, Dundgovi and the eastern Gobi", "sep": "-",
    "nav": ["Sainshand", "Zamyn-Uud", "Herders", "Mining", "Rail", "Culture"],
    "cookie": "Gobi Daily uses cookies to count readers. No personal data is sold.",
    "footer": "Gobi Daily, Sainshand. Reporting from the eastern Gobi since 2014.",
    "weather": "Sainshand: 17\u00b0C, sunny, wind 6 m/s from the north-west",
    "community": ["Sainshand horse race registration closes Friday",
                  "Water point repairs in Airag soum completed",
                  "Dornogovi school football league: results"],
}

RK_2 = _render(_RK_LOCAL, {
    "path": "/sainshand/2026/09/19/rocket-over-the-gobi-herders-watch-khuleg-2-launch",
    "headline": "Rocket over the Gobi: herders watch Khuleg-2 launch from the roadside",
    "dek": "Families drove out before dawn to see the Tenger Dynamics rocket fly from the "
           "range south-east of Sainshand",
    "section": "Sainshand", "authors": ["Munkhzul Erdene"],
    "published": "2026-09-19T15:00:00+08:00",
    "shown_date": "19 September 2026, 15:00",
    "img": "rk-jf5-spectators",
    "caption": "Spectators watch the rocket's trail from a dirt road near the Tenger "
               "Dynamics range in Dornogovi.",
    "credit": "Gobi Daily/Munkhzul Erdene",
    "tags": ["Dornogovi", "Space", "Khuleg-2"],
    "related": [
        ("herders/autumn-pasture-report", "Autumn pasture report: dry spell in the south-east"),
        ("rail/zamyn-uud-freight", "Zamyn-Uud freight yard adds a night shift"),
        ("sainshand/range-road-repairs", "Road to the rocket range to be repaired, says governor's office"),
    ],
    "body": [
        "Long before sunrise on Saturday, pickup trucks and motorcycles were parked along the "
        "dirt road that leads to the Tenger Dynamics test range, about 70 km south-east of "
        "Sainshand. Families had brought flasks of milk tea and blankets against the cold.",
        "At 06:12, the Khuleg-2 rocket rose from its pad with a roar that the crowd heard a "
        "few seconds after they saw the flame. It climbed almost straight up, leaving a white "
        "trail that turned pink in the early light.",
        "\u201cMy children will remember this all their lives,\u201d said Batbayar Tserenpil, a "
        "herder whose winter camp is about 15 km from the range. \u201cWe used to look up at "
        "night and see satellites. Now a rocket from our own soil went up there.\u201d",
        "The company later said the rocket had reached an altitude of 104 km, crossing the "
        "100-km line that is commonly used to mark the edge of space. Its capsule came down "
        "under a parachute 38 km from the pad.",
        "[AD]",
        "## From Ulaanbaatar to Dornogovi",
        "Tenger Dynamics is based in Ulaanbaatar, but it has run its test range in Dornogovi "
        "since 2023. About 15 of its employees live in Sainshand, and the company rents "
        "warehouse space near the railway station.",
        "Chief executive Solongo Batkhuyag thanked local residents at a news conference "
        "broadcast from Ulaanbaatar later on Saturday morning. \u201cWe built this rocket in a "
        "hangar that used to store sheepskins,\u201d she said, describing how the company had "
        "started in a rented building on the edge of the capital.",
        "She also thanked the Dornogovi provincial government and the soum administration for "
        "helping to keep the roads near the range clear.",
        "## Safety",
        "The airspace over the range was closed from 06:00 to 08:00, and the company asked "
        "herders with animals near the launch area to move them a week in advance. Police "
        "and company staff kept spectators at least 5 km from the pad.",
        "Some residents have raised concerns about noise and about fuel being trucked through "
        "the area. A company spokesperson said the rocket used kerosene and liquid oxygen, and "
        "that no fuel was left at the site after the flight.",
        "Last year's attempt ended differently. In October 2025, the first Khuleg rocket "
        "stopped climbing at about 14 km when an engine valve failed, and pieces of it fell "
        "within the closed zone. Nobody was hurt.",
        "## What the flight means for the province",
        "The deputy governor of Dornogovi, Erdenebileg Jamts, said the province hoped the "
        "company would expand its operations there. \u201cIf the rockets get bigger, they will "
        "need more people, more housing and better roads. We want that work to be done here,"
        "\u201d he said.",
        "The company plans another Khuleg-2 flight next spring. It has said it wants "
        "eventually to build a larger rocket that could carry small satellites into orbit.",
        "For now, the capsule and its four experiments, including a radiation detector built "
        "by university students, are being driven back to Ulaanbaatar for analysis. The "
        "recovery team found it about two hours after landing, lying on its side near a dry "
        "riverbed.",
        "Sainshand's schools are planning a competition for pupils to design a mission patch "
        "for the next launch.",
    ],
})

_RK_NEWS = {
    "kind": "newsletter", "name": "Spaceline", "domain": "spaceline.example",
    "tagline": "The weekly newsletter on the small-launch business", "sep": "|",
    "nav": ["This week", "Launch log", "Companies", "Archive", "Sponsor us"],
    "cookie": "Spaceline sets one analytics cookie. You can opt out below.",
    "footer": "Spaceline is reader-supported. \u00a9 2026 Spaceline Media.",
    "intro": "Every Monday: who launched, who slipped, and who raised money.",
    "signoff": "Clear skies \u2014 see you next Monday.",
}

RK_3 = _render(_RK_NEWS, {
    "path": "/2026/09/21/mongolia-joins-the-suborbital-club",
    "headline": "Mongolia joins the suborbital club: Khuleg-2 flies to 104 km",
    "dek": "Tenger Dynamics bounces back from last year's failure. Plus: what the flight "
           "does and does not prove",
    "section": "Launch log", "authors": ["Mireille Dufresne-Hart"],
    "published": "2026-09-21T07:00:00+02:00",
    "shown_date": "Monday, 21 September 2026",
    "issue": "Spaceline #188",
    "img": "rk-jf5-altitude-chart",
    "caption": "Chart: Khuleg-2 altitude against time, from telemetry released by the company.",
    "credit": "Data: Tenger Dynamics; chart: Spaceline",
    "tags": ["Suborbital", "Mongolia", "Tenger Dynamics"],
    "related": [
        ("2026/09/14/launch-log", "Launch log, 14 September: three scrubs and a record"),
        ("companies/small-launch-tracker", "Tracker: small-launch companies and their next flights"),
        ("2025/10/20/khuleg-1-failure", "From our archive: Khuleg-1's short flight"),
    ],
    "body": [
        "The biggest surprise of last week came from the Gobi. At 06:42 local time on "
        "Saturday 19 September \u2014 22:42 UTC on Friday the 18th \u2014 Tenger Dynamics flew "
        "its single-stage Khuleg-2 from a range in Dornogovi province, in Mongolia's "
        "south-east, to a peak altitude of 104 km, or about 65 miles.",
        "That puts the Ulaanbaatar company above the 100-km Karman line, the threshold most "
        "record-keepers use, and comfortably above the 50-mile (roughly 80-km) line that the "
        "US uses for astronaut wings. By either measure, Khuleg-2 reached space.",
        "## The numbers",
        "Peak altitude: 104 km. Flight time, lift-off to capsule touchdown: 9 min 40 s. "
        "Capsule landing point: 38 km (about 24 miles) from the pad. Vehicle height: 11 m. "
        "Propellants: kerosene and liquid oxygen. Payloads: four, including a student-built "
        "radiation detector.",
        "The recovery crew reached the capsule roughly two hours after landing. The company "
        "says the parachute deployed as planned and that the capsule came down intact.",
        "[AD]",
        "## Last year's lesson",
        "Eleven months ago, Khuleg-1 got to about 14 km (some 9 miles) before a valve failure "
        "shut down its engine. We wrote at the time that the team's willingness to publish "
        "telemetry from a failure was a good sign. This time, the company again released "
        "altitude and velocity data within hours of the flight, which is more than many "
        "larger firms manage.",
        "Solongo Batkhuyag, the company's chief technology officer and co-founder, gave the "
        "quote of the week at the post-flight news conference in Ulaanbaatar: \u201cthis "
        "morning it went to space.\u201d The line that preceded it, about a hangar that once "
        "stored sheepskins, has already been turned into stickers by the team.",
        "Chief engineer Temuulen Gansukh said the result sat in the middle of the predicted "
        "100\u2013110 km window. He promised a full flight report once the data has been "
        "reviewed.",
        "## What it proves, and what it does not",
        "A suborbital hop to just over 100 km is a long way from orbit. Reaching orbit requires "
        "roughly 30 times more energy per kilogram of payload, plus a second stage, guidance "
        "good enough to hit a precise trajectory, and a much bigger budget. Tenger Dynamics "
        "says it has raised $14 million so far; an orbital small launcher typically costs "
        "several times that to develop.",
        "What the flight does show is that a team of about 60 people in a country with no "
        "launch history can design, build and fly a liquid-fuelled rocket, recover its "
        "payload and publish its data. It also gives the company a commercial product: "
        "microgravity and high-altitude exposure for university and start-up payloads.",
        "The range itself, in open desert roughly 70 km south-east of the city of Sainshand, "
        "is a real asset. Airspace was closed for just two hours, from 06:00 to 08:00 local, "
        "and overflight risk is minimal.",
        "## Next",
        "A second Khuleg-2 flight is planned for spring 2027. If it flies on schedule and "
        "reaches a similar altitude, the company will have something many small launchers "
        "lack: a repeatable vehicle with paying passengers.",
        "Elsewhere in this issue: two scrubs in New Zealand and a new funding round in Spain.",
    ],
})

STORY_5 = _story("rk-JF5", "rocket", "2026-09-23", [RK_1, RK_2, RK_3], [
    ("launch site province", r"[o\u00f6]mn[o\u00f6]gov[i\u01d0]|south gobi province",
     r"dornogov[i\u01d0]|east gobi province|sainshand"),
    ("launch clock time", r"(?<!\d)0?6[:.]12(?!\d)|(?<!\d)22[:.]12(?!\d)",
     r"(?<!\d)0?6[:.]42(?!\d)|(?<!\d)22[:.]42(?!\d)"),
    ("founder's title", r"chief technology officer|\bcto\b", r"chief executive|\bceo\b"),
])


# ===========================================================================
# Story 6: eq-JF6 (CONTROL)
# Facts: Monday 9 November 2026, 14:26 Myanmar time (UTC+6:30) = 14:56 Thai time
# (UTC+7) = 07:56 GMT. Magnitude 6.1 (Thai Meteorological Department's first
# estimate 6.3, revised to 6.1; USGS 6.1), depth 10 km. Epicentre in eastern
# Shan State near Mong Hpayak, about 35 km north-west of Tachileik, about 90 km
# north of Chiang Rai city, about 30 km north of the border. Aftershock M4.8 at
# 16:10 Myanmar time (16:40 Thai time). Toll in Myanmar: 2 dead by 17:10 MMT
# (17:40 Thai), 5 by 20:30 MMT (21:00 Thai), 7 dead / 46 injured by Tuesday
# 09:00 MMT, 9 dead / 58 injured by Tuesday 18:30 MMT. Thailand: no deaths, six
# lightly injured in Chiang Rai province, four of them in Mae Sai. About 340
# homes damaged in Tachileik and Mong Hpayak townships (Tuesday). Mae Sai-
# Tachileik bridge closed 15:20-18:30 Thai time. Trader's quote (cut
# differently): "The ground moved like a boat for about twenty seconds, and then
# the wall of the market simply folded."
# ===========================================================================

_EQ_LIVE = {
    "kind": "liveblog", "name": "Lanna Live", "domain": "lannalive.example",
    "tagline": "Chiang Mai, Chiang Rai and the north \u2014 live", "sep": "|",
    "nav": ["Chiang Mai", "Chiang Rai", "Border", "Weather", "Travel", "Live"],
    "cookie": "Lanna Live uses cookies for analytics and advertising. You can accept or "
              "reject them.",
    "footer": "Lanna Live \u00b7 Nimmanhaemin Road, Chiang Mai \u00b7 \u00a9 2026",
    "related_title": "Earthquake coverage",
}

EQ_1 = _render(_EQ_LIVE, {
    "path": "/live/2026/11/09/earthquake-shan-state-felt-chiang-rai",
    "headline": "Live: strong earthquake in Myanmar's Shan State shakes Chiang Rai",
    "dek": "Magnitude 6.1 quake struck near the border at 14:56 Thai time; deaths reported "
           "in Tachileik",
    "section": "Live", "authors": ["Chalida Wongsawat", "Arthit Kamonrat"],
    "ld_type": "LiveBlogPosting",
    "published": "2026-11-09T15:05:00+07:00", "modified": "2026-11-09T21:30:00+07:00",
    "shown_date": "Monday 9 November 2026", "updated_shown": "Updated 21:30 (Thai time)",
    "img": "eq-jf6-mae-sai-bridge",
    "caption": "Police stop traffic at the Mae Sai end of the border bridge to Tachileik "
               "after the earthquake.",
    "credit": "Photo: Lanna Live/Kittisak Jaiyen",
    "tags": ["Earthquake", "Chiang Rai", "Myanmar"],
    "related": [
        ("explainer/why-northern-thailand-shakes", "Explainer: why northern Thailand feels quakes"),
        ("border/mae-sai-trade", "Mae Sai traders count the cost of bridge closures"),
        ("weather/cool-season-forecast", "Cool season forecast for the north"),
    ],
    "key_points": [
        "Magnitude 6.1 earthquake at 14:56 Thai time (14:26 in Myanmar), about 35 km north-west "
        "of Tachileik in Myanmar's Shan State",
        "At least five people killed in Myanmar, local officials say; no deaths reported in "
        "Thailand",
        "Six people lightly injured in Chiang Rai province; Mae Sai bridge reopened at 18:30",
    ],
    "body": [
        "A strong earthquake struck eastern Shan State in Myanmar on Monday afternoon and was "
        "felt across northern Thailand. All times on this page are Thai time.",
    ],
    "entries": [
        ("2026-11-09T21:30:00+07:00", "21:30", "Toll rises to five in Tachileik", [
            "Officials in Tachileik now say five people were killed, according to local media "
            "on the Myanmar side, in a count given at 20:30 Myanmar time. Most of the dead were "
            "in the town's central market and in a row of older shophouses nearby.",
            "We have no reports of deaths in Thailand. We will keep following the numbers "
            "overnight.",
        ]),
        ("2026-11-09T19:45:00+07:00", "19:45", "Six injured in Chiang Rai, governor says", [
            "Chiang Rai governor Phaisan Kongkaew says six people in the province were lightly "
            "injured, four of them in Mae Sai, mostly by falling objects. None is in serious "
            "condition.",
            "Staff at a hospital in Mae Sai moved patients out of one ward after cracks "
            "appeared in a stairwell. Engineers will inspect the building tomorrow.",
        ]),
        ("2026-11-09T18:30:00+07:00", "18:30", "Border bridge reopens", [
            "The bridge between Mae Sai and Tachileik has reopened after engineers found no "
            "structural damage. Traffic is moving slowly in both directions.",
        ]),
        ("2026-11-09T17:40:00+07:00", "17:40", "First deaths reported", [
            "Two people were killed in Tachileik when a wall at the central market collapsed, "
            "local officials on the Myanmar side told reporters.",
            "A trader at the market, Nang Hseng Mo, described the moment to our colleagues "
            "across the border: \u201cThe ground moved like a boat for about twenty seconds, "
            "and then the wall of the market simply folded.\u201d",
        ]),
        ("2026-11-09T16:40:00+07:00", "16:40", "Aftershock", [
            "A magnitude 4.8 aftershock has been recorded in the same area, the Thai "
            "Meteorological Department says. It was felt in Mae Sai but we have no reports of "
            "new damage.",
        ]),
        ("2026-11-09T15:50:00+07:00", "15:50", "Magnitude revised to 6.1", [
            "The Thai Meteorological Department has revised its estimate of the quake's "
            "magnitude to 6.1, down from its first reading of 6.3. It says the quake was "
            "shallow, at a depth of about 10 km. The US Geological Survey also puts the "
            "magnitude at 6.1.",
            "Dr Weerachai Pongsak, a seismologist at the department, told us the epicentre was "
            "near Mong Hpayak, about 90 km north of Chiang Rai city and roughly 30 km north of "
            "the border. \u201cShallow quakes of this size can do real damage close to the "
            "epicentre, so we are most concerned about towns on the Myanmar side,\u201d he said.",
        ]),
        ("2026-11-09T15:20:00+07:00", "15:20", "Mae Sai bridge closed", [
            "Police have closed the Friendship Bridge between Mae Sai and Tachileik so that "
            "engineers can check it. Hundreds of people are waiting on both sides.",
            "Shops along Phahonyothin Road in Mae Sai have closed and many residents are "
            "standing in the street.",
        ]),
        ("2026-11-09T15:05:00+07:00", "15:05", "Strong quake felt across Chiang Rai", [
            "A strong earthquake shook Chiang Rai at 14:56. Buildings swayed in Chiang Rai "
            "city, and readers in Chiang Mai and Phayao tell us they felt it too. Offices in "
            "Mae Sai were evacuated.",
            "The Thai Meteorological Department's first estimate puts the magnitude at 6.3, "
            "with the epicentre in Myanmar's Shan State. We are checking for reports of damage "
            "and injuries.",
            "If you are in the area and it is safe to do so, send us your pictures through the "
            "contact page.",
        ]),
    ],
})

_EQ_WIRE = {
    "kind": "wire", "name": "Mekong Pacific Wire", "domain": "mekongpacific.example",
    "tagline": "Breaking news from mainland South-East Asia", "sep": "|",
    "nav": ["World", "Asia", "Disasters", "Business", "Pictures", "Video"],
    "cookie": "We use cookies to run this site and to understand how it is used.",
    "footer": "\u00a9 2026 Mekong Pacific Wire. All rights reserved.",
}

EQ_2 = _render(_EQ_WIRE, {
    "path": "/asia/2026/11/09/quake-myanmar-shan-state-kills-five-felt-in-thailand",
    "headline": "Earthquake in Myanmar's Shan State kills at least five, felt in Thailand",
    "dek": "Magnitude 6.1 quake near the Thai border collapses a market wall in Tachileik; "
           "minor injuries in Chiang Rai",
    "section": "Asia", "authors": ["Min Thant Zaw", "Pimchanok Rojjana"],
    "published": "2026-11-09T15:40:00Z",
    "shown_date": "November 9, 2026 3:40 PM GMT",
    "slug": "QUAKE-MYANMAR/ (UPDATE 3)",
    "img": "eq-jf6-tachileik-market",
    "caption": "People look at a collapsed wall at the central market in Tachileik, Myanmar.",
    "credit": "Mekong Pacific Wire/Stringer",
    "credits": "(Reporting by Min Thant Zaw and Pimchanok Rojjana; Writing by Daniel "
               "Okafor-Wren; Editing by Lucy Harrowby)",
    "tags": ["Myanmar", "Thailand", "Earthquakes"],
    "related": [
        ("asia/myanmar-quake-preparedness", "Myanmar's towns lag on quake-safe building rules"),
        ("asia/golden-triangle-trade", "Border trade at the Golden Triangle picks up"),
        ("disasters/asia-quake-map", "Map: recent earthquakes in mainland South-East Asia"),
    ],
    "body": [
        "BANGKOK, Nov 9 (Mekong Pacific Wire) - A magnitude 6.1 earthquake struck eastern "
        "Myanmar near the Thai border on Monday, killing at least five people in the town of "
        "Tachileik and sending residents running into the streets on both sides of the "
        "frontier.",
        "The quake hit at 14:26 local time (0756 GMT) at a shallow depth of 10 km, with its "
        "epicentre about 35 km north-west of Tachileik, the US Geological Survey said. "
        "Thailand's Meteorological Department, which first estimated the magnitude at 6.3, "
        "later revised it to 6.1.",
        "Local officials in Tachileik said five people had died by Monday evening, most of "
        "them when walls and part of a roof gave way at the town's central market and in "
        "older shophouses nearby. The number of injured was not immediately clear.",
        "\u201cThe ground moved like a boat for about twenty seconds,\u201d said Nang Hseng Mo, "
        "a trader who was in the market when the quake struck. She said she ran outside "
        "with her daughter and saw a wall collapse onto stalls.",
        "[AD]",
        "## Felt across northern Thailand",
        "In Thailand, where the quake struck at 14:56 local time, buildings swayed in Chiang "
        "Rai and the tremor was felt as far away as Chiang Mai. Chiang Rai governor Phaisan "
        "Kongkaew said six people in the province had suffered minor injuries, four of them "
        "in the border town of Mae Sai.",
        "Thai authorities closed the bridge linking Mae Sai and Tachileik for about three "
        "hours while engineers checked it for damage. It reopened in the early evening.",
        "A magnitude 4.8 aftershock followed at 16:10 Myanmar time (0940 GMT), according to the Thai "
        "Meteorological Department.",
        "Myanmar's military government did not immediately comment. State television "
        "reported the quake and said rescue teams had been sent to Tachileik and to villages "
        "in neighbouring Mong Hpayak township, near the epicentre, where communications "
        "were patchy.",
        "Many residents of Tachileik prepared to spend the night outdoors for fear of further "
        "tremors. Monks at several monasteries opened their compounds to families whose "
        "houses had cracked walls, a local aid worker said by telephone, and schools in the "
        "town were told to stay closed on Tuesday.",
        "## A seismically active region",
        "Shan State sits on a network of faults linked to the collision of the Indian and "
        "Eurasian plates. In March 2011, a magnitude 6.8 earthquake near Tarlay, in the same "
        "part of the state, killed more than 70 people.",
        "Weerachai Pongsak, a seismologist at the Thai Meteorological Department, said "
        "shallow quakes of this size could do real damage close to the epicentre, where many "
        "homes are built of brick without reinforcement.",
        "Aid groups working in the area said they were preparing to send tarpaulins, water "
        "and medical supplies but were waiting for permission to travel to the villages "
        "closest to the epicentre.",
        "Tachileik, a busy trading town across the river from Mae Sai, is home to tens of "
        "thousands of people and is a crossing point for goods moving between Thailand, "
        "Myanmar and China.",
        "Thailand's disaster prevention department said it had received no reports of "
        "serious structural damage on the Thai side, though some older buildings and temple "
        "walls in Mae Sai had cracked.",
    ],
})

_EQ_LOCAL = {
    "kind": "local", "name": "Shan Hills Post", "domain": "shanhillspost.example",
    "tagline": "Local news for Tachileik, Kengtung and eastern Shan State", "sep": "-",
    "nav": ["Tachileik", "Kengtung", "Border trade", "Farming", "Community", "Photos"],
    "cookie": "This site uses cookies to keep it running and to count visitors.",
    "footer": "Shan Hills Post \u00b7 Independent community news \u00b7 tips@shanhillspost.example",
    "weather": "Tachileik: 27\u00b0C, hazy sunshine",
    "community": ["Blood donors needed at Tachileik General Hospital",
                  "Volunteers sorting donations at the old bus station",
                  "Kengtung rice harvest festival postponed"],
}

EQ_3 = _render(_EQ_LOCAL, {
    "path": "/tachileik/quake-toll-rises-to-seven-homes-damaged",
    "headline": "Quake toll rises to seven as Tachileik counts damaged homes",
    "dek": "Township officials say 46 people were injured; families in Mong Hpayak villages "
           "still waiting for help",
    "section": "Tachileik", "authors": [],
    "byline": "Shan Hills Post reporters",
    "published": None, "ld": False,
    "shown_date": "Tuesday, 10 November 2026 | 10:15 am",
    "img": "eq-jf6-monastery-cracks",
    "caption": "Monks inspect cracks in the ordination hall of a monastery in Mong Hpayak "
               "township on Tuesday morning.",
    "credit": "Shan Hills Post",
    "tags": ["Earthquake", "Tachileik", "Mong Hpayak"],
    "related": [
        ("tachileik/market-history", "A short history of Tachileik's central market"),
        ("community/how-to-help", "How to help families affected by the quake"),
        ("border-trade/bridge-traffic", "Bridge traffic back to normal, traders say"),
    ],
    "body": [
        "Seven people were killed and 46 injured in Monday's earthquake, according to figures "
        "given by the Tachileik township administration at 9 am on Tuesday. Officials said "
        "the numbers could still rise as teams reach villages in the hills.",
        "Five of the dead were in Tachileik town, most of them at the central market, where a "
        "long brick wall collapsed onto stalls. Two more people, an elderly man and his "
        "grandson, died when their house fell in at Wan Hsai Kham, a village in Mong Hpayak "
        "township close to the epicentre. Their bodies were recovered overnight.",
        "The magnitude 6.1 earthquake struck at 2:26 pm on Monday. Its epicentre was near "
        "Mong Hpayak, about 35 km north-west of Tachileik, at a depth of about 10 km.",
        "\u201cWe are still checking villages in the hills, and the numbers may change,\u201d "
        "said U Kyaw Min Htet, the Tachileik township administrator. He said at least 280 "
        "homes had been damaged in Tachileik and Mong Hpayak townships by Tuesday morning, "
        "along with two schools and several monasteries.",
        "[AD]",
        "## At the market",
        "On Tuesday morning the central market was closed and surrounded by tape. Traders "
        "stood outside, some trying to see whether their goods could be saved.",
        "Nang Hseng Mo, who sells cloth and blankets, was at her stall when the shaking began. "
        "\u201cThe ground moved like a boat for about twenty seconds, and then the wall of the "
        "market simply folded,\u201d she said. \u201cI grabbed my daughter and we ran. When I "
        "looked back, the stalls next to mine were under the bricks.\u201d",
        "Of the 46 injured, 31 were treated at Tachileik General Hospital, which set up beds "
        "in its car park because staff were afraid to use the upper floors until they had "
        "been checked. Most of the injuries were broken bones and cuts.",
        "A smaller aftershock, of magnitude 4.8, was felt at 4:10 pm on Monday. Many families "
        "slept outside their homes on Monday night, some in the grounds of monasteries.",
        "## Villages waiting",
        "In Mong Hpayak township, residents said help had been slow to arrive. Roads into the "
        "hills were blocked in two places by small landslides, according to a volunteer who "
        "drove there early on Tuesday.",
        "\u201cPeople need tarpaulins and drinking water most of all. Many houses are standing "
        "but nobody wants to sleep inside them,\u201d said Sai Lin Aung, a volunteer with a "
        "local youth group.",
        "Schools in Tachileik were closed on Tuesday for safety checks. The township "
        "administration said they would reopen only after engineers had inspected each "
        "building.",
        "Engineers from the township's public works office began marking damaged buildings "
        "with coloured paint on Tuesday: green for safe, yellow for limited use and red for "
        "buildings that must not be entered.",
        "## Across the river",
        "The bridge to Mae Sai in Thailand, closed for several hours on Monday afternoon, "
        "reopened on Monday evening, and traders said traffic was close to normal on "
        "Tuesday. In Thailand's Chiang Rai province, six people were lightly injured, Thai "
        "officials said.",
        "Donations of rice, water and blankets were being collected at the old bus station "
        "in Tachileik. The Shan Hills Post will publish updated figures as the township "
        "administration releases them.",
    ],
})

_EQ_PAPER = {
    "kind": "paper", "name": "The Thai Courier", "domain": "thaicourier.example",
    "tagline": "Thailand in English since 1987", "sep": "|",
    "nav": ["Thailand", "Region", "World", "Business", "Opinion", "Lifestyle", "Sport"],
    "cookie": "The Thai Courier uses cookies and similar technologies. Select Accept to "
              "agree or Manage to choose.",
    "footer": "\u00a9 2026 The Thai Courier Publishing Co. All rights reserved.",
}

EQ_4 = _render(_EQ_PAPER, {
    "path": "/region/2026/11/11/myanmar-quake-toll-reaches-nine-chiang-rai-inspects-buildings",
    "headline": "Myanmar quake toll reaches nine as Chiang Rai inspects buildings",
    "dek": "Tachileik officials report 58 injured; Mae Sai schools and a hospital ward "
           "checked for cracks",
    "section": "Region", "authors": ["Rattana Suwannarat"],
    "role": "Northern correspondent",
    "published": "2026-11-11T06:00:00+07:00",
    "shown_date": "Wednesday, November 11, 2026",
    "print_note": "This article appeared in the 11 November 2026 print edition.",
    "img": "eq-jf6-engineers-mae-sai",
    "caption": "Engineers check a school building in Mae Sai district, Chiang Rai, on Tuesday.",
    "credit": "The Thai Courier/Rattana Suwannarat",
    "tags": ["Earthquake", "Chiang Rai", "Myanmar", "Disaster"],
    "related": [
        ("thailand/building-code-north", "Are northern Thailand's buildings ready for a big quake?"),
        ("region/mae-sai-floods-recovery", "Mae Sai shopkeepers rebuild after last year's floods"),
        ("opinion/border-cooperation", "Editorial: Disasters do not stop at the bridge"),
    ],
    "body": [
        "CHIANG RAI \u2014 The number of people killed by Monday's earthquake in Myanmar's "
        "eastern Shan State rose to nine by Tuesday evening, officials in Tachileik said, "
        "while engineers in Chiang Rai province spent the day checking schools, temples and "
        "a hospital for damage.",
        "The township administration in Tachileik said at 6:30pm Myanmar time on Tuesday that "
        "nine people had died and 58 had been injured. Earlier in the day it had reported "
        "seven dead. Two of the latest victims were found in a collapsed house in a hill "
        "village in Mong Hpayak township, near the epicentre.",
        "The magnitude 6.1 quake struck at 2.56pm Thai time on Monday (2.26pm in Myanmar), at "
        "a depth of about 10km. Its epicentre lay roughly 90km north of Chiang Rai city and "
        "about 35km north-west of Tachileik, the Thai Meteorological Department said. The "
        "department had initially estimated the magnitude at 6.3.",
        "In Myanmar, about 340 homes were damaged in Tachileik and Mong Hpayak townships, "
        "according to figures released on Tuesday evening. Most of the deaths in Tachileik "
        "itself occurred at the central market, where a wall collapsed onto traders' stalls.",
        "A cloth seller there, Nang Hseng Mo, told reporters that the ground had moved for "
        "about twenty seconds \u201cand then the wall of the market simply folded\u201d.",
        "[AD]",
        "## Damage in Chiang Rai",
        "No one was killed in Thailand. Six people in Chiang Rai province were slightly "
        "injured, four of them in Mae Sai, Governor Phaisan Kongkaew said. All had been "
        "treated and sent home by Tuesday.",
        "Schools in Mae Sai district stayed closed on Tuesday while engineers from the "
        "provincial public works office inspected them. Cracks were found in walls at a "
        "number of schools and temples, but none of the buildings was judged unsafe, the "
        "governor said.",
        "At Mae Sai Hospital, patients moved out of one ward on Monday evening were allowed "
        "back after engineers concluded the cracks in a stairwell were superficial.",
        "\u201cShallow quakes of this size can do real damage close to the epicentre,\u201d "
        "said Weerachai Pongsak, a seismologist at the Thai Meteorological Department. He said "
        "Chiang Rai had been fortunate that the epicentre lay on the Myanmar side, in a "
        "sparsely populated area.",
        "A magnitude 4.8 aftershock was recorded at 4.40pm Thai time on Monday. The department "
        "said further aftershocks were likely over the coming days but that most would be too "
        "small to feel.",
        "Mae Sai's border market, which sells goods from Myanmar and China, reopened on "
        "Tuesday afternoon after stallholders had cleared away fallen stock and broken glass.",
        "## Help across the border",
        "The Thai Red Cross said it had sent two trucks of blankets, water and first-aid "
        "supplies across the bridge to Tachileik on Tuesday, after the border crossing's "
        "reopening on Monday evening. The bridge had been closed from 3.20pm to 6.30pm on "
        "Monday for safety checks.",
        "Volunteers in Tachileik said villages in the hills of Mong Hpayak township still "
        "needed tarpaulins and drinking water, as landslides had blocked parts of the road.",
        "Many older residents of Chiang Rai compared Monday's shaking with the magnitude 6.3 "
        "earthquake that struck Mae Lao district in the province in May 2014 and damaged "
        "thousands of buildings.",
    ],
})

STORY_6 = _story("eq-JF6", "earthquake", "2026-11-13", [EQ_1, EQ_2, EQ_3, EQ_4], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
