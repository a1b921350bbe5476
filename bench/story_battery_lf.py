"""Part LF of the story battery (web pages).

Written by engineer LF1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LF1: Bank of Korea cuts its base rate 25 bp to 2.25% on a 6-1 vote (Thu 26 Feb 2026); PLANTED: January inflation 2.8% (newsletter) vs 2.3% (others); next meeting 16 April (broadcaster) vs 9 April (others); traps: bp / quarter point / percentage point, 10 a.m. KST vs 01:00 GMT, Thursday / yesterday, January's 7-0 hold, growth forecast revised from 1.9% to 1.6%, won and dollar household-debt figures, one quote cut in different places.
el-LF2: Nagano governor election won by Haruka Tsujimoto (Sun 2 Aug 2026); PLANTED: runner-up Ogasawara's vote 347,910 (national paper) vs 371,940 (others); Ogasawara a former assembly speaker (broadcaster) vs former vice-governor (others); traps: live-blog running counts, Nagano City partial count, vote shares vs counts, turnout now and four years ago, 8 p.m. JST vs 11:00 GMT, Japanese and Western name order.
ct-LF3: Taiwan IP court jails a former chip engineer for trade-secret theft (Tue 17 Mar 2026); CONTROL; traps: 7 years 6 months / seven and a half years, NT$ and US$ fines, 12 years sought vs imposed, co-defendants' different terms, separate civil claim, Tuesday / yesterday, 10 a.m. / 02:00 GMT, quote cut differently.
tr-LF4: Japan and the Philippines sign a protocol cutting banana and car-part tariffs (Fri 15 May 2026); PLANTED: signed in Makati (newsletter) vs Pasay (others); ceremony at 2:30 p.m. (broadcaster) vs 10:30 a.m. (others); secretary spelled Macaraig (Japanese paper) vs Macaraeg (others); traps: Manila / Pasay / Metro Manila, 11:30 a.m. Tokyo / 0230 GMT, dollar-yen-peso conversions, 18% to 8% vs a 10-point cut, five-year vs seven-year phase-outs, partial vs total trade.
rk-LF5: Hokkaido start-up's KAGURA-1 rocket reaches orbit from Taiki (Thu 11 Jun 2026); CONTROL; traps: Tuesday's scrubbed attempt, 11:42 a.m. JST / 02:42 GMT / late Wednesday in New York, 500 km / 310 miles, 72 kg / 159 lb, four satellites = three cubesats + one microsatellite, 2025 suborbital test's altitude, yen and dollar funding, crowd "more than 2,000" / "about 2,300".
eq-LF6: M6.4 earthquake off Hualien, Taiwan (Sat 24 Oct 2026, 04:52 local); CONTROL; traps: CWA 6.4 vs USGS 6.2, Saturday local vs Friday 20:52 GMT, death toll rising 1 -> 2 -> 4 and injured 12 -> 41 -> 86 -> 93 with their moments, aftershock counts growing, a separate M5.3 aftershock, 18 km east of Hualien / off the east coast, depth 21.7 km / about 22 km.
"""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import quote


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _body(paras: list[str], ad_after: int = 3, ad_label: str = "Advertisement") -> str:
    """Paragraphs to markup. '## ' starts a subhead, '> ' a pull quote (blockquote)."""
    out = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"      <h2 class=\"subhead\">{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"      <blockquote class=\"pullquote\"><p>{_e(p[2:])}</p></blockquote>")
        else:
            out.append(f"      <p>{_e(p)}</p>")
        if i + 1 == ad_after:
            out.append("      <div class=\"ad-slot ad-inline\" data-slot=\"mid-article\">"
                       f"<span class=\"ad-label\">{_e(ad_label)}</span>"
                       "<div class=\"ad-frame\" style=\"min-height:250px\"></div></div>")
    return "\n".join(out)


def _jsonld(url: str, headline: str, dek: str, published: str | None, modified: str | None,
            authors: list[str], site: str, domain: str, image: str | None,
            section: str, keywords: list[str]) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": dek,
        "articleSection": section,
        "keywords": keywords,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{domain}/static/logo-600x60.png"}},
    }
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if image:
        data["image"] = [image]
    return ("<script type=\"application/ld+json\">"
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


_NAV = {
    "wire": ["World", "Business", "Markets", "Asia-Pacific", "Technology", "Science", "Photos"],
    "paper": ["Home", "National", "Politics", "Economy", "World", "Opinion", "Culture",
              "Sport", "E-Paper"],
    "broadcast": ["Live TV", "News", "Asia", "Business", "Weather", "Video", "Podcasts",
                  "Programmes"],
    "local": ["Top", "Town &amp; Region", "Community", "Events", "Food", "Outdoors",
              "Classifieds", "Contact"],
    "newsletter": ["Latest issue", "Archive", "About", "Sponsor us"],
    "live": ["Live", "News", "Asia", "Video", "Weather", "Explainers", "Newsletters"],
}

_COOKIE = {
    "wire": "We use cookies to measure traffic and personalise content. You can change your "
            "preferences at any time.",
    "paper": "This site uses cookies and similar technologies to deliver our journalism, "
             "show you relevant advertising and understand how readers use our pages.",
    "broadcast": "We and our partners store and access information on your device to "
                 "stream video, remember your settings and show advertising.",
    "local": "Cookies help us keep this small local newsroom running. Accept all, or "
             "choose which ones to allow.",
    "newsletter": "This archive uses a single analytics cookie. That is all.",
    "live": "We use cookies so live updates load faster and to show advertising that pays "
            "for our reporting.",
}


def _share(url: str, headline: str) -> str:
    u = quote(url, safe="")
    t = quote(headline, safe="")
    return ("<div class=\"share-bar\" aria-label=\"Share this article\">"
            f"<a class=\"share-x\" href=\"https://x.example/intent/post?url={u}&amp;text={t}\">Share on X</a>"
            f"<a class=\"share-fb\" href=\"https://facebook.example/sharer?u={u}\">Facebook</a>"
            f"<a class=\"share-line\" href=\"https://line.example/share?url={u}\">LINE</a>"
            f"<a class=\"share-mail\" href=\"mailto:?subject={t}&amp;body={u}\">Email</a>"
            "<button class=\"copy-link\" type=\"button\">Copy link</button></div>")


def _related(items: list[tuple[str, str]], title: str = "Related coverage") -> str:
    if not items:
        return ""
    lis = "\n".join(f"        <li><a href=\"{_a(h)}\">{_e(t)}</a></li>" for h, t in items)
    return (f"    <aside class=\"related\">\n      <h3>{_e(title)}</h3>\n      <ul>\n{lis}\n"
            "      </ul>\n    </aside>")


def _figure(image: tuple[str, str, str] | None) -> str:
    if not image:
        return ""
    src, caption, credit = image
    return (f"      <figure class=\"lead-image\"><img src=\"{_a(src)}\" alt=\"{_a(caption)}\" "
            "width=\"1200\" height=\"675\" loading=\"eager\">"
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span>"
            "</figcaption></figure>")


def _doc(kind: str, site: str, domain: str, path: str, headline: str, dek: str,
         authors: list[str], byline: str, published: str | None, modified: str | None,
         stamp: str, section: str, paras: list[str],
         image: tuple[str, str, str] | None = None,
         related: list[tuple[str, str]] | None = None, keywords: list[str] | None = None,
         jsonld: bool = True, sep: str = " | ", lang: str = "en",
         entries: list[tuple[str, str | None, str, list[str]]] | None = None,
         extra_top: str = "", extra_bottom: str = "") -> tuple[str, str]:
    """Return (url, full HTML document) for one saved page of the given kind."""
    url = f"https://www.{domain}{path}"
    keywords = keywords or []
    title = f"{headline}{sep}{site}"
    meta = [
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(title)}</title>",
        f"<meta name=\"description\" content=\"{_a(dek)}\">",
        f"<meta name=\"keywords\" content=\"{_a(', '.join(keywords))}\">",
        f"<link rel=\"canonical\" href=\"{_a(url)}\">",
        f"<meta property=\"og:site_name\" content=\"{_a(site)}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:title\" content=\"{_a(headline)}\">",
        f"<meta property=\"og:description\" content=\"{_a(dek)}\">",
        f"<meta property=\"og:url\" content=\"{_a(url)}\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        f"<meta property=\"article:section\" content=\"{_a(section)}\">",
    ]
    if image:
        meta.append(f"<meta property=\"og:image\" content=\"{_a(image[0])}\">")
    if jsonld and published:
        meta.append(f"<meta property=\"article:published_time\" content=\"{_a(published)}\">")
    if jsonld and modified:
        meta.append(f"<meta property=\"article:modified_time\" content=\"{_a(modified)}\">")
    for a in authors:
        meta.append(f"<meta name=\"author\" content=\"{_a(a)}\">")
    meta.append(f"<link rel=\"stylesheet\" href=\"https://static.{domain}/css/{kind}-2026.css\">")
    meta.append(f"<script async src=\"https://static.{domain}/js/consent.js\"></script>")
    if jsonld:
        img = image[0] if image else None
        meta.append(_jsonld(url, headline, dek, published, modified, authors, site, domain,
                            img, section, keywords))
    nav = "".join(f"<li><a href=\"/{_a(n.lower().replace(' ', '-').replace('&amp;', 'and'))}/\">{n}</a></li>"
                  for n in _NAV[kind])
    cookie = ("  <div id=\"cookie-banner\" class=\"consent\" role=\"dialog\">"
              f"<p>{_e(_COOKIE[kind])}</p><button class=\"accept\">Accept all</button>"
              "<button class=\"manage\">Manage choices</button></div>")
    top_ad = ("  <div class=\"ad-slot ad-leaderboard\" data-slot=\"top\"><span class=\"ad-label\">"
              "Advertisement</span><div class=\"ad-frame\" style=\"min-height:90px\"></div></div>")
    if kind == "newsletter":
        top_ad = ("  <div class=\"sponsor-strip\"><span class=\"ad-label\">Advertisement</span> "
                  "This issue is supported by readers and one sponsor per month.</div>")
    if kind == "wire":
        brand = f"<a class=\"logo\" href=\"/\">{_e(site)}</a><span class=\"tag\">Independent global news</span>"
    elif kind == "broadcast":
        brand = (f"<a class=\"logo\" href=\"/\">{_e(site)}</a>"
                 "<a class=\"watch-live\" href=\"/live-tv/\">&#9679; Watch live</a>")
    elif kind == "local":
        brand = (f"<a class=\"logo\" href=\"/\">{_e(site)}</a>"
                 "<span class=\"weather-widget\">Today: see forecast</span>")
    elif kind == "newsletter":
        brand = (f"<a class=\"logo\" href=\"/\">{_e(site)}</a>"
                 "<a class=\"subscribe\" href=\"/subscribe/\">Subscribe free</a>"
                 "<a class=\"view-browser\" href=\"#\">View in browser</a>")
    elif kind == "live":
        brand = (f"<a class=\"logo\" href=\"/\">{_e(site)}</a>"
                 "<span class=\"live-badge\">LIVE</span>")
    else:
        brand = (f"<a class=\"logo\" href=\"/\">{_e(site)}</a>"
                 "<a class=\"subscribe\" href=\"/subscribe/\">Subscribe</a>"
                 "<a class=\"login\" href=\"/account/login/\">Sign in</a>")
    crumbs = (f"<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; "
              f"<a href=\"/{_a(section.lower().replace(' ', '-'))}/\">{_e(section)}</a></nav>")
    time_attr = f" datetime=\"{_a(published)}\"" if (jsonld and published) else ""
    head_block = [
        "    <header class=\"article-header\">",
        f"      {crumbs}",
        f"      <h1>{_e(headline)}</h1>",
        f"      <p class=\"dek\">{_e(dek)}</p>",
        f"      <div class=\"byline\">{_e(byline)}</div>",
        f"      <div class=\"dateline\"><time{time_attr}>{_e(stamp)}</time></div>",
        f"      {_share(url, headline)}",
        "    </header>",
    ]
    if kind == "broadcast":
        head_block.insert(-1, "      <div class=\"video-player\" data-duration=\"2:47\"><button>"
                              "&#9654; Play video</button><span class=\"video-caption\">Watch our "
                              "report</span></div><button class=\"listen\">Listen to this article"
                              "</button>")
    body_parts = []
    fig = _figure(image)
    if fig:
        body_parts.append(fig)
    body_parts.append("      <div class=\"article-body\">")
    body_parts.append(_body(paras))
    if entries:
        body_parts.append("      <div class=\"live-feed\">")
        for label, iso, etitle, eparas in entries:
            t_attr = f" datetime=\"{_a(iso)}\"" if iso else ""
            body_parts.append("        <section class=\"live-post\">"
                              f"<time class=\"post-time\"{t_attr}>{_e(label)}</time>"
                              f"<h2>{_e(etitle)}</h2>")
            body_parts.append(_body(eparas, ad_after=99))
            body_parts.append("        <div class=\"post-share\"><a href=\"#\">Share this post</a>"
                              "</div></section>")
        body_parts.append("      </div>")
    body_parts.append("      </div>")
    tagline = " ".join(f"<a class=\"tag\" href=\"/tag/{_a(k.lower().replace(' ', '-'))}/\">{_e(k)}</a>"
                       for k in keywords)
    body_parts.append(f"      <div class=\"tags\">Topics: {tagline}</div>")
    body_parts.append(f"      {_share(url, headline)}")
    footer_note = {
        "wire": f"&copy; 2026 {_e(site)}. All rights reserved. Republication requires a licence.",
        "paper": f"&copy; 2026 {_e(site)}. Printed and published daily. Letters to the editor: letters@{_e(domain)}",
        "broadcast": f"&copy; 2026 {_e(site)}. Programme schedules, apps and podcasts.",
        "local": f"&copy; 2026 {_e(site)}. Reporting for our towns since 2009. Tips: news@{_e(domain)}",
        "newsletter": f"You are receiving this because you subscribed at {_e(domain)}. Unsubscribe any time. &copy; 2026 {_e(site)}",
        "live": f"&copy; 2026 {_e(site)}. Live pages are updated by our news desk.",
    }[kind]
    doc = [
        "<!DOCTYPE html>",
        f"<html lang=\"{lang}\">",
        "<head>",
        "\n".join("  " + m for m in meta),
        "</head>",
        f"<body class=\"{kind}-layout article-page\">",
        cookie,
        f"  <header class=\"site-header\">{brand}<nav class=\"main-nav\"><ul>{nav}</ul></nav>"
        "<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>",
        top_ad,
        extra_top,
        "  <main id=\"content\">",
        f"    <article class=\"story {kind}-story\">",
        "\n".join(head_block),
        "\n".join(body_parts),
        "    </article>",
        _related(related or []),
        "    <aside class=\"sidebar\"><div class=\"ad-slot ad-mpu\"><span class=\"ad-label\">Advertisement"
        "</span><div class=\"ad-frame\" style=\"min-height:600px\"></div></div>"
        "<div class=\"most-read\"><h3>Most read</h3><ol><li><a href=\"/most-read/1\">Today's most read</a>"
        "</li></ol></div></aside>",
        extra_bottom,
        "  </main>",
        f"  <footer class=\"site-footer\"><nav><a href=\"/about/\">About us</a> <a href=\"/contact/\">Contact</a> "
        "<a href=\"/privacy/\">Privacy</a> <a href=\"/terms/\">Terms of use</a> <a href=\"/corrections/\">"
        f"Corrections</a></nav><p>{footer_note}</p></footer>",
        "</body>",
        "</html>",
    ]
    return url, "\n".join(x for x in doc if x)


def _p(kind: str, **kw: Any) -> dict[str, Any]:
    url, doc = _doc(kind, **kw)
    return _page(url, doc)



# ---------------------------------------------------------------------------
# cb-LF1: Bank of Korea rate cut
# Facts: Thursday 26 February 2026, decision released 10 a.m. KST (01:00 GMT).
# Monetary Policy Board (seven members) cuts the base rate 25 bp, 2.50% -> 2.25%, vote 6-1,
# dissent by board member Nam Ki-seon (wanted a hold). Governor Hwang Dong-kyu. Previous
# meeting 15 January: hold at 2.50%, 7-0; four straight holds before this cut. Four of the six
# members other than the governor open to another cut within three months. 2026 growth
# forecast 1.6% (from 1.9% in November); inflation forecast 2.0% unchanged. January CPI
# +2.3% y/y. Q4 GDP +0.2% q/q; construction investment -4.7% in Q4. Bank household loans
# +3.1 trillion won (about $2.1 billion) in January. 3-year yield -4 bp to 2.41%; won from
# 1,452 to about 1,457 per dollar. Next meeting Thursday 9 April.
# Quote (full): "The door to a further reduction is open, but nobody should mistake it for a
# revolving door. We will walk through it only if the data in front of us says so."
# PLANTED: newsletter gives January inflation as 2.8%; broadcaster gives next meeting 16 April.
# ---------------------------------------------------------------------------

_CB_IMG = "https://images.meridianwire.example/2026/02/26/bok-board-1200.jpg"

CB_WIRE = _p(
    "wire", site="Meridian Wire Service", domain="meridianwire.example",
    path="/business/markets/bank-of-korea-trims-base-rate-2026-02-26/",
    headline="Bank of Korea trims base rate to 2.25%, one board member dissents",
    dek="Governor Hwang signals room for another reduction as the central bank lowers its "
        "growth forecast for the year.",
    authors=["Seo Ji-an", "Daniel Crewe"], byline="By Seo Ji-an and Daniel Crewe",
    published="2026-02-26T10:41:00+09:00", modified="2026-02-26T12:20:00+09:00",
    stamp="February 26, 2026 10:41 AM GMT+9 · Updated 12:20 PM GMT+9", section="Markets",
    keywords=["Bank of Korea", "interest rates", "South Korea", "won"],
    image=(_CB_IMG, "Bank of Korea Governor Hwang Dong-kyu bangs the gavel at the start of the "
           "Monetary Policy Board meeting in Seoul, February 26, 2026.", "Pool photo via Meridian"),
    related=[("/business/markets/won-slips-as-rate-cut-bets-build-2026-02-20/",
              "Won slips as bets on a Korean rate cut build"),
             ("/world/asia-pacific/korea-fourth-quarter-gdp-2026-01-22/",
              "South Korea's economy barely grows in fourth quarter"),
             ("/business/finance/korea-household-lending-january-2026-02-11/",
              "Korean household lending growth cools in January")],
    paras=[
        "SEOUL, Feb 26 (Meridian) - The Bank of Korea lowered its benchmark interest rate by "
        "25 basis points to 2.25% on Thursday, ending a run of four straight holds as a slump "
        "in construction and soft consumer spending outweighed worries about household "
        "borrowing.",
        "The seven-member Monetary Policy Board reached the decision by a 6-1 vote, the "
        "central bank said in a statement released at 10 a.m. (0100 GMT). Board member Nam "
        "Ki-seon dissented, arguing for keeping the rate at 2.50%.",
        "Fourteen of 19 economists polled by Meridian earlier this month had expected the "
        "cut, while the other five forecast no change.",
        "Governor Hwang Dong-kyu told reporters after the meeting that the board had not "
        "committed itself to a path of further easing. \"The door to a further reduction is "
        "open, but nobody should mistake it for a revolving door,\" he said.",
        "Hwang said four of the six board members other than himself saw scope to lower the "
        "rate again within the next three months, while the remaining two preferred to keep "
        "their options open.",
        "The central bank also cut its forecast for economic growth this year to 1.6% from "
        "the 1.9% it projected in November, citing weaker building activity and a slower "
        "recovery in private consumption. It left its forecast for consumer inflation this "
        "year at 2.0%.",
        "Consumer prices rose 2.3% in January from a year earlier, statistics office data "
        "showed earlier this month, a touch above the bank's 2% target as food and fuel "
        "costs stayed high.",
        "Korea's three-year treasury bond yield fell 4 basis points to 2.41% after the "
        "announcement, while the won weakened slightly to around 1,457 per dollar from 1,452 "
        "before the decision. The benchmark KOSPI stock index extended early gains.",
        "Policymakers have been wary of easing too quickly because of household debt, which "
        "is among the highest in the world relative to the size of the economy. Bank lending "
        "to households rose by 3.1 trillion won ($2.1 billion) in January, Bank of Korea data "
        "showed, a smaller increase than in December.",
        "\"Household debt is no longer the fire it was two years ago, but the embers are still "
        "warm,\" Hwang said, adding that the bank would keep a close watch on apartment "
        "prices in Seoul and the surrounding capital region.",
        "\"The board is buying insurance against a weak first half,\" said Marcus Tan, Asia "
        "rates strategist at Larkspur Capital in Singapore. \"The dissent tells you the bar "
        "for a second move is not low.\"",
        "The economy grew 0.2% in the October-December quarter from the previous three "
        "months, according to preliminary central bank figures, as a rebound in "
        "semiconductor exports was offset by a 4.7% drop in construction investment.",
        "The finance ministry said in a brief statement that the decision would ease the "
        "burden on small firms and self-employed borrowers, and that the government would "
        "front-load spending in the first half of the year.",
        "The board left the rate unchanged at its previous meeting on Jan. 15 in a unanimous "
        "decision. Its next rate-setting meeting is scheduled for April 9.",
        "(Reporting by Seo Ji-an in Seoul and Daniel Crewe in Singapore; Editing by Priya "
        "Nair)",
    ],
)

CB_PAPER = _p(
    "paper", site="The Han River Herald", domain="hanriverherald.example",
    path="/economy/finance/20260226000718",
    headline="BOK cuts rate by quarter point, keeps wary eye on household debt",
    dek="Central bank chief says a further reduction is possible but not automatic; growth "
        "outlook lowered to 1.6 percent",
    authors=["Kwon Hye-rin"], byline="By Kwon Hye-rin, Staff Reporter",
    published="2026-02-26T18:05:00+09:00", modified="2026-02-26T21:40:00+09:00",
    stamp="Published: 2026-02-26 18:05 | Updated: 2026-02-26 21:40", section="Economy",
    keywords=["BOK", "base rate", "household debt", "monetary policy"],
    image=("https://img.hanriverherald.example/news/2026/02/26/bok-hwang-briefing.jpg",
           "Bank of Korea Governor Hwang Dong-kyu speaks at a press briefing at the central "
           "bank's headquarters in central Seoul on Thursday.",
           "Joint Press Corps"),
    related=[("/economy/finance/20260115000512",
              "BOK holds rate at 2.5 percent for fourth straight meeting"),
             ("/economy/realestate/20260223000301",
              "Southern Seoul apartment deals pick up again"),
             ("/opinion/editorial/20260226000950",
              "[Editorial] A cut with conditions attached")],
    paras=[
        "The Bank of Korea on Thursday lowered its key policy rate by a quarter percentage "
        "point to 2.25 percent, betting that cheaper money will help a sluggish domestic "
        "economy without reigniting the household borrowing spree that has troubled "
        "policymakers for years.",
        "The decision by the Monetary Policy Board was not unanimous. One of its seven "
        "members, Nam Ki-seon, voted to keep the rate at 2.5 percent, Governor Hwang Dong-kyu "
        "said at a press briefing at the central bank's headquarters in Jung District, "
        "central Seoul.",
        "The cut ends a streak of four consecutive meetings at which the rate was left where "
        "it was, the most recent of them on Jan. 15, when all seven members backed a hold.",
        "\"The door to a further reduction is open, but nobody should mistake it for a "
        "revolving door. We will walk through it only if the data in front of us says so,\" "
        "Hwang said.",
        "The governor added that four board members, not counting himself, had said they were "
        "open to another cut within three months. Such forward guidance, which the bank "
        "began publishing in 2022, is watched closely by bond traders.",
        "## Debt still the main worry",
        "Hwang returned again and again to household debt. \"Household debt is no longer the "
        "fire it was two years ago, but the embers are still warm,\" he said, pointing to a "
        "renewed rise in apartment transactions in parts of southern Seoul.",
        "Outstanding household loans at banks grew by 3.1 trillion won in January, according "
        "to central bank figures, slowing from a larger gain in December. Financial "
        "regulators have kept tighter limits on mortgage lending in the capital area since "
        "last year, and officials said those limits would stay in place.",
        "For now, the central bank judges weak growth to be the bigger risk. It lowered its "
        "projection for this year's gross domestic product growth to 1.6 percent, from 1.9 "
        "percent three months ago. Construction investment, which shrank 4.7 percent in the "
        "fourth quarter, is expected to remain a drag at least through the middle of the "
        "year.",
        "Inflation is close to the bank's comfort zone. Consumer prices rose 2.3 percent "
        "on-year in January, and the bank kept its inflation forecast for the year at 2.0 "
        "percent.",
        "According to Hwang, Nam argued that price growth still above the 2 percent target "
        "and the recent pickup in home sales were reasons to wait at least one more "
        "meeting. Nam, a former economics professor, joined the board in 2024.",
        "## Markets take it in stride",
        "The won weakened against the dollar and closed at 1,456.8 won in Seoul. The "
        "three-year government bond yield dropped 4 basis points to 2.41 percent, its lowest "
        "level in about two months.",
        "\"A 6-1 vote with a dovish majority is about as clear a signal as this bank ever "
        "gives,\" said Ellen Jo, chief economist at Geumgang Securities. \"I would pencil in "
        "another cut by the summer, but the debt numbers can take that away quickly.\"",
        "A federation of small merchants welcomed the decision in a statement, saying "
        "interest payments had eaten into the thin margins of shop owners since sales "
        "slowed late last year.",
        "The board's next rate decision is due on April 9. The bank will publish its next set "
        "of economic projections in May.",
    ],
)

CB_TV = _p(
    "broadcast", site="KNC World", domain="kncworld.example",
    path="/news/economy/N2026022612",
    headline="Bank of Korea lowers base rate to 2.25 percent",
    dek="Central bank cites weak construction and consumption; one board member opposed the "
        "cut",
    authors=["Yoo Seung-ho"], byline="Reported by Yoo Seung-ho",
    published="2026-02-26T13:30:00+09:00", modified="2026-02-26T13:52:00+09:00",
    stamp="Feb. 26, 2026 13:30 KST", section="Business", sep=" - ",
    keywords=["Bank of Korea", "base rate", "economy"],
    image=("https://cdn.kncworld.example/news/2026/02/26/market-mapo.jpg",
           "Shoppers at a traditional market in Seoul's Mapo District on Thursday.",
           "KNC World"),
    related=[("/news/economy/N2026022511",
              "Consumer sentiment dips for second month"),
             ("/news/economy/N2026021908",
              "Builders report fewer new housing starts"),
             ("/programmes/business-today/",
              "Business Today: watch the full programme")],
    paras=[
        "The Bank of Korea on Thursday cut its benchmark policy rate by 0.25 percentage point "
        "to 2.25 percent.",
        "The decision, announced shortly after 10 a.m., was the first change after four "
        "straight meetings at which the rate stayed at 2.5 percent. Six of the seven members "
        "of the Monetary Policy Board supported the cut. Member Nam Ki-seon voted against "
        "it and called for a hold.",
        "The central bank said in its policy statement that growth had been weaker than "
        "expected, with construction still contracting and private consumption recovering "
        "only slowly.",
        "It lowered its growth outlook for this year to 1.6 percent, down from the 1.9 "
        "percent it predicted in November.",
        "The bank noted that shipments of semiconductors had stayed strong into the new year, "
        "but said the gains were concentrated in a handful of large manufacturers and had "
        "done little so far for jobs in services and small businesses. The economy grew "
        "just 0.2 percent in the fourth quarter from the quarter before.",
        "Speaking to reporters after the meeting, Governor Hwang Dong-kyu said the bank "
        "was not promising a series of cuts.",
        "\"We will walk through it only if the data in front of us says so,\" Governor Hwang "
        "said, referring to what he called the door to a further reduction.",
        "He said four of the six board members other than himself were open to lowering the "
        "rate again in the next three months.",
        "Consumer prices rose 2.3 percent in January compared with a year earlier. The bank "
        "kept its inflation projection for the year at 2.0 percent.",
        "Household debt remains the main reason for caution. Bank loans to households rose by "
        "3.1 trillion won in January. Hwang said the embers of the debt problem were still "
        "warm and that the bank would keep watching apartment prices in the Seoul area.",
        "## Mixed feelings at the market",
        "At a traditional market in Seoul's Mapo District, shop owners said they hoped the "
        "cut would lower the interest on loans they took out during the pandemic.",
        "\"Every month the bank takes its share first, and then I pay my suppliers,\" said "
        "Choi Eun-ha, who has run a side-dish shop there for 17 years. \"If that share gets "
        "a little smaller, I can breathe a little.\"",
        "Others were less hopeful. A fruit seller who gave only his surname, Baek, said "
        "customers were still cutting back and that cheaper loans would not bring them back "
        "on their own.",
        "## What comes next",
        "Economists said the dissent showed that the board remained divided on how fast to "
        "move. Bond yields fell after the announcement, with the three-year government bond "
        "yield down 4 basis points at 2.41 percent.",
        "The government welcomed the decision and said it would spend a larger share of this "
        "year's budget in the first half to support domestic demand.",
        "Real estate agents in Seoul's Songpa District said buyers had already been asking "
        "about loan rates before the decision, and that they expected more inquiries over the "
        "coming weeks. Financial regulators have said limits on mortgage lending in the "
        "capital area will stay in place.",
        "The Monetary Policy Board's next rate meeting is set for April 16.",
        "KNC World's Yoo Seung-ho reports.",
    ],
)

CB_LETTER = _p(
    "newsletter", site="The Basis Point", domain="thebasispoint.example",
    path="/issues/118-seoul-blinks-first/",
    headline="Seoul blinks first: what the BOK cut does and doesn't tell us",
    dek="A weekly letter on Asian central banks and rates. This week: Korea's quarter-point cut "
        "and the lone dissent.",
    authors=["Hannah Whitcombe"], byline="By Hannah Whitcombe", jsonld=False,
    published=None, modified=None,
    stamp="Issue No. 118 — Friday 27 February 2026", section="Issues", sep=" — ",
    keywords=["Bank of Korea", "Asia rates", "newsletter"],
    related=[("/issues/117-the-january-holds/", "Issue 117: The January holds"),
             ("/issues/116-debt-and-the-doves/", "Issue 116: Debt and the doves"),
             ("/archive/", "Full archive")],
    paras=[
        "Good morning. Yesterday the Bank of Korea did what most of us expected it to do, and "
        "then spent an hour explaining why nobody should expect it to do it again in a hurry.",
        "## The decision",
        "Thursday's move took the base rate down 25bp, from 2.50% to 2.25%. The vote was 6-1. "
        "The lone dissent came from Nam Ki-seon, who wanted to stay put, and the Governor "
        "made no attempt to hide it. Compare that with January, when the board held 7-0 and "
        "the statement read like a holding pattern.",
        "Governor Hwang Dong-kyu gave us the line of the week. The door to further easing is "
        "open, he said, \"but nobody should mistake it for a revolving door.\" That is a "
        "central banker telling the market to calm down about the pace.",
        "## The numbers behind it",
        "Growth is the reason. The bank's new forecast for 2026 GDP is 1.6%, down from 1.9% "
        "in November. Construction investment fell 4.7% in Q4, and the fourth quarter as a "
        "whole managed 0.2% q/q. None of that is a crisis; all of it is soft.",
        "Prices are the complication. January CPI came in at 2.8% y/y, above target, which "
        "is presumably what Nam had in mind. The bank left its full-year inflation forecast "
        "at 2.0%, so it clearly expects food and energy to calm down from here.",
        "Debt is the other complication. Bank lending to households grew 3.1tn won in "
        "January, roughly $2.1bn, which is slower than December but still growth. Hwang's "
        "metaphor: the fire is out but the embers are warm. We counted three separate "
        "references to Seoul apartment prices in the press conference.",
        "## What the guidance says",
        "Four of the six members other than the Governor said they were open to a further "
        "cut within three months. Last time that count was zero. On paper that is dovish. In "
        "the room it sounded conditional, and the revolving-door remark was clearly "
        "designed to stop traders from pricing back-to-back cuts.",
        "Market reaction was orderly. The 3-year KTB yield fell 4bp to 2.41% and the won "
        "drifted to about 1,457 per dollar, from 1,452 before the statement. That is a "
        "shrug, not a rally.",
        "## Our read",
        "We think the bank moves again in the summer, not at the next meeting. The April "
        "meeting comes without new forecasts, and a board that has just recorded a dissent "
        "is unlikely to follow up immediately unless the data turn sharply. Watch February "
        "household lending (out in mid-March) and the March CPI print.",
        "If you trade the curve, the question is less whether Korea cuts again and more "
        "whether it stops at 2.00%. We would not bet on anything lower this year while the "
        "embers are still warm.",
        "## Dates for the diary",
        "Bank of Korea: next decision 9 April. After that, the board meets in May with "
        "updated projections.",
        "Also in the diary: Korea's February trade figures on 1 March and February CPI in "
        "early March. The second of those matters more than usual now that the dissent has "
        "put prices back in the conversation.",
        "That is all for this week. Reply to this email if you think we have Korea wrong; "
        "we read everything.",
        "— Hannah",
    ],
)

STORY_1 = _story("cb-LF1", "central bank", "2026-03-01",
                 [CB_WIRE, CB_PAPER, CB_TV, CB_LETTER],
                 [("January consumer inflation", r"\b2\.3\b", r"\b2\.8\b"),
                  ("date of the next rate meeting", r"\bapril 9\b|\b9 april\b",
                   r"\bapril 16\b|\b16 april\b")])


# ---------------------------------------------------------------------------
# el-LF2: Nagano gubernatorial election
# Facts: Sunday 2 August 2026; polls closed 8 p.m. JST (11:00 GMT). JBC projected the winner at
# 10:41 p.m. Final count (prefectural election commission, about 12:55 a.m. Monday):
# Haruka Tsujimoto, 54, independent, former head of the prefecture's health and welfare
# department: 418,552 (48.98%); Kenji Ogasawara, 61, former vice-governor, backed by the LDP
# and Komeito: 371,940 (43.52%); Masato Kuribayashi, 47, lawyer backed by the JCP: 64,077
# (7.50%). Margin 46,612. Turnout 50.27% (41.88% four years ago). Outgoing governor Shigeru
# Amemiya, 72, did not seek a fourth term. Nagano City alone: Tsujimoto 96,318, Ogasawara
# 71,205, Kuribayashi 14,960. Running counts: 11:30 p.m. (about 62% counted) 259,800 /
# 231,400 / 39,600; 12:10 a.m. (about 85%) 355,200 / 316,700 / 54,500. Tsujimoto takes office
# 1 September; first woman to hold the post. Ogasawara conceded at about 11:20 p.m. at his
# office in Matsumoto.
# Quote (Tsujimoto, full): "People in this prefecture did not vote for me so much as for the
# idea that a bus should still stop in their village ten years from now. That is the promise
# I intend to keep."
# PLANTED: national paper gives Ogasawara 347,910 votes; broadcaster calls Ogasawara a former
# prefectural assembly speaker.
# ---------------------------------------------------------------------------

EL_LIVE = _p(
    "live", site="Shinshu Today", domain="shinshutoday.example",
    path="/live/2026/08/02/nagano-governor-election-results/",
    headline="LIVE: Nagano governor election results as they come in",
    dek="Three candidates are competing to succeed Governor Shigeru Amemiya. Follow the count "
        "with our reporters in Nagano City and Matsumoto.",
    authors=["Shinshu Today news desk"], byline="By the Shinshu Today news desk",
    published="2026-08-02T19:45:00+09:00", modified="2026-08-03T01:10:00+09:00",
    stamp="Sunday 2 August 2026, 7:45 PM · Last updated Monday 3 August, 1:10 AM",
    section="Election 2026", sep=" | ",
    keywords=["Nagano gubernatorial election", "Haruka Tsujimoto", "Kenji Ogasawara",
              "Masato Kuribayashi"],
    image=("https://media.shinshutoday.example/2026/08/tsujimoto-office-crowd.jpg",
           "Supporters wait at Haruka Tsujimoto's campaign office in Nagano City on Sunday "
           "evening.", "Photo: Shinshu Today / Mori Takuya"),
    related=[("/election-2026/candidates-at-a-glance/", "The three candidates at a glance"),
             ("/election-2026/rural-buses-explainer/",
              "Explainer: why bus routes became the campaign's big issue"),
             ("/news/2026/07/amemiya-farewell-interview/",
              "Governor Amemiya on twelve years in office")],
    paras=[
        "Welcome to our live coverage of the Nagano gubernatorial election. Polls across the "
        "prefecture close at 8 p.m. Three candidates are on the ballot to replace Governor "
        "Shigeru Amemiya, 72, who decided not to seek a fourth term.",
        "They are Haruka Tsujimoto, 54, an independent and former head of the prefecture's "
        "health and welfare department; Kenji Ogasawara, 61, a former vice-governor backed "
        "by the Liberal Democratic Party and Komeito; and Masato Kuribayashi, 47, a lawyer "
        "backed by the Japanese Communist Party.",
        "How the count works: ballots are counted by each of the prefecture's 77 "
        "municipalities and the totals are passed to the prefectural election commission, "
        "which publishes running figures through the night. In a prefecture this size, the "
        "last mountain districts usually report after midnight. The newest posts are at "
        "the top of the page.",
    ],
    entries=[
        ("1:10 AM", "2026-08-03T01:10:00+09:00", "Final numbers, and that's a wrap", [
            "The prefectural election commission has confirmed the final count. Tsujimoto "
            "Haruka wins with 418,552 votes. Ogasawara Kenji received 371,940 and Kuribayashi "
            "Masato 64,077. That is a margin of 46,612 votes.",
            "Turnout was 50.27 per cent, well up on 41.88 per cent four years ago. Thank you "
            "for following along tonight. Our full report and analysis will be on the site "
            "by morning.",
        ]),
        ("12:55 AM", "2026-08-03T00:55:00+09:00", "Count complete", [
            "The last ballot boxes from the Kiso area have been counted, the commission says. "
            "Official figures are being checked now.",
        ]),
        ("12:10 AM", "2026-08-03T00:10:00+09:00", "Around 85 per cent counted", [
            "Latest figures from the election commission, with about 85 per cent of ballots "
            "counted: Tsujimoto 355,200, Ogasawara 316,700, Kuribayashi 54,500.",
            "In Nagano City the count is finished: Tsujimoto took 96,318 votes there to "
            "Ogasawara's 71,205, with Kuribayashi on 14,960. Ogasawara did better in the "
            "Matsumoto area and in the south of the prefecture, but not by enough.",
        ]),
        ("11:35 PM", "2026-08-02T23:35:00+09:00", "Tsujimoto: 'a bus should still stop in their village'", [
            "Tsujimoto has just spoken to supporters at her campaign office near Nagano "
            "Station. She bowed several times before she could be heard over the applause.",
            "\"People in this prefecture did not vote for me so much as for the idea that a "
            "bus should still stop in their village ten years from now. That is the promise "
            "I intend to keep,\" she said.",
            "She will be the first woman to serve as governor of Nagano.",
        ]),
        ("11:30 PM", "2026-08-02T23:30:00+09:00", "About 62 per cent counted", [
            "With roughly 62 per cent of ballots counted: Tsujimoto 259,800, Ogasawara "
            "231,400, Kuribayashi 39,600.",
        ]),
        ("11:20 PM", "2026-08-02T23:20:00+09:00", "Ogasawara concedes in Matsumoto", [
            "Our reporter in Matsumoto says Kenji Ogasawara has conceded. The former "
            "vice-governor told a subdued room that the defeat was his own responsibility "
            "and thanked volunteers who had driven him to nearly every municipality in the "
            "prefecture.",
            "\"The result is mine to carry, not my supporters',\" he said.",
        ]),
        ("10:41 PM", "2026-08-02T22:41:00+09:00", "JBC projects Tsujimoto win", [
            "Public broadcaster JBC has projected that Tsujimoto will win, based on exit polls "
            "and early counting. Cheers at her office.",
        ]),
        ("9:15 PM", "2026-08-02T21:15:00+09:00", "Counting under way", [
            "Counting has started at centres across the prefecture. In the city of Ueda, "
            "staff opened the first boxes just after 9 p.m. Officials expect final figures "
            "after midnight because of the size of the prefecture.",
        ]),
        ("8:00 PM", "2026-08-02T20:00:00+09:00", "Polls close", [
            "Voting has ended. Exit polls by local media suggest a close race between "
            "Tsujimoto and Ogasawara, with Kuribayashi a distant third. Heavy rain in the "
            "north of the prefecture in the afternoon does not seem to have kept voters "
            "away: turnout at 6 p.m. was already higher than at the same point four years "
            "ago.",
        ]),
    ],
)

EL_PAPER = _p(
    "paper", site="The Japan Morning Ledger", domain="jmledger.example",
    path="/politics/2026/08/03/nagano-elects-tsujimoto/",
    headline="Nagano elects Tsujimoto as first woman governor",
    dek="Former welfare official defeats ruling-coalition-backed Ogasawara on a platform of "
        "rural transport and clinics",
    authors=["Aya Minamoto"], byline="By Aya Minamoto / Staff Writer",
    published="2026-08-03T05:00:00+09:00", modified="2026-08-03T09:15:00+09:00",
    stamp="August 3, 2026 (Mon.) 5:00 JST", section="Politics",
    keywords=["Nagano", "gubernatorial election", "local politics", "LDP"],
    image=("https://img.jmledger.example/2026/08/03/tsujimoto-bows.jpg",
           "Haruka Tsujimoto bows to supporters in Nagano City on Sunday night after her "
           "victory became certain.", "The Japan Morning Ledger"),
    related=[("/politics/2026/07/29/nagano-race-tightens/",
              "Nagano governor race tightens in final week"),
             ("/politics/2026/07/12/ldp-local-elections/",
              "LDP's local election record under scrutiny"),
             ("/national/2026/06/20/rural-bus-routes-cut/",
              "Rural bus routes disappear across central Japan")],
    paras=[
        "NAGANO - Haruka Tsujimoto, a former senior prefectural official who ran as an "
        "independent, won Sunday's Nagano gubernatorial election, defeating a candidate "
        "backed by the Liberal Democratic Party and Komeito and becoming the first woman to "
        "lead the prefecture.",
        "Tsujimoto, 54, received 418,552 votes, according to the prefectural election "
        "administration commission. Former Vice-Governor Kenji Ogasawara, 61, received "
        "347,910 votes, and lawyer Masato Kuribayashi, 47, who was backed by the Japanese "
        "Communist Party, received 64,077.",
        "Tsujimoto will take office on Sept. 1, succeeding Shigeru Amemiya, 72, who is "
        "retiring after three terms.",
        "The result is a setback for the ruling coalition in a prefecture where it had "
        "hoped a smooth handover to Amemiya's long-time deputy would demonstrate its "
        "strength in regional Japan.",
        "## Buses and clinics",
        "Tsujimoto, who headed the prefecture's health and welfare department until last "
        "year, built her campaign around the disappearance of rural bus routes and the "
        "closure of small clinics in mountain districts. Nagano is one of the largest "
        "prefectures in Japan by area, and many of its 77 municipalities have lost "
        "population for decades.",
        "\"People in this prefecture did not vote for me so much as for the idea that a bus "
        "should still stop in their village ten years from now,\" Tsujimoto told supporters "
        "at her office in Nagano City shortly after 11:30 p.m.",
        "She promised to set up a prefecture-wide fund to keep community buses running and "
        "to offer housing support to doctors and nurses who move to rural clinics.",
        "Ogasawara, who served as vice-governor under Amemiya, campaigned on continuity and "
        "on his experience with the national government, including the construction of the "
        "Chuo Shinkansen maglev line through the south of the prefecture. He conceded at his "
        "office in Matsumoto late Sunday.",
        "\"The result is mine to carry, not my supporters',\" he said.",
        "## Higher turnout",
        "Turnout was 50.27 percent, up sharply from 41.88 percent in the previous election "
        "four years ago. Local election officials said early voting had also increased, "
        "especially among voters in their 20s and 30s.",
        "Tsujimoto's margin was built in the north of the prefecture. In Nagano City, she "
        "received 96,318 votes to Ogasawara's 71,205. Ogasawara led in Matsumoto and much of "
        "the Ina Valley, but by smaller margins than his campaign had expected.",
        "Political scientist Noriko Hatanaka of a private university in Tokyo said the "
        "outcome reflected a wider mood in regional Japan. \"Voters outside the big cities "
        "are tired of hearing that their problems will be solved by a project that is still "
        "twenty years away,\" she said.",
        "Kuribayashi, the lawyer, said his campaign had succeeded in putting the cost of "
        "care for the elderly on the agenda. He won about 7.5 percent of the vote, similar "
        "to the share of Communist-backed candidates in past Nagano races.",
        "The new governor will have to work with a prefectural assembly in which members "
        "aligned with the LDP hold a majority. Tsujimoto said on Sunday night that she would "
        "visit every assembly group before taking office and that she did not intend to "
        "govern \"against anyone.\"",
        "The LDP's prefectural chapter said it would review its campaign. Tsujimoto is "
        "expected to announce her choice of vice-governor later this month.",
    ],
)

EL_TV = _p(
    "broadcast", site="JBC News", domain="jbcnews.example",
    path="/en/news/20260803_04/",
    headline="Tsujimoto wins Nagano governor's race",
    dek="Independent candidate defeats coalition-backed rival; turnout tops 50 percent",
    authors=["JBC World News"], byline="JBC World News", sep=" | ",
    published="2026-08-03T07:10:00+09:00", modified="2026-08-03T07:10:00+09:00",
    stamp="Aug. 3, 2026 07:10 JST", section="Japan",
    keywords=["Nagano", "election", "governor"],
    image=("https://www3.jbcnews.example/en/news/images/20260803_04_tsujimoto.jpg",
           "Haruka Tsujimoto speaks to reporters in Nagano City.", "JBC"),
    related=[("/en/news/20260802_22/", "Polls close in Nagano governor election"),
             ("/en/news/20260731_15/", "Bear sightings rise in central Japan"),
             ("/en/programmes/japan-today/", "Japan Today: latest episode")],
    paras=[
        "Independent candidate Haruka Tsujimoto has won the election for governor of Nagano "
        "Prefecture in central Japan. She will be the first woman to hold the post.",
        "Tsujimoto, 54, is a former head of the prefectural government's health and welfare "
        "department. She defeated Kenji Ogasawara, 61, a former prefectural assembly speaker "
        "who was backed by the Liberal Democratic Party and its coalition partner Komeito, "
        "and Masato Kuribayashi, 47, a lawyer backed by the Japanese Communist Party.",
        "Voting ended at 8 p.m. on Sunday. JBC projected Tsujimoto's victory at 10:41 p.m., "
        "based on its exit polls and other data.",
        "According to the final count released early on Monday, Tsujimoto received 418,552 "
        "votes, or about 49 percent of the valid votes. Ogasawara received 371,940 and "
        "Kuribayashi 64,077.",
        "Turnout was 50.27 percent, more than eight points higher than in the previous "
        "election.",
        "The incumbent governor, Shigeru Amemiya, did not run for a fourth term.",
        "## Rural transport at the centre",
        "During the campaign, Tsujimoto focused on keeping bus services running in sparsely "
        "populated areas and on securing doctors for rural clinics.",
        "Speaking to supporters on Sunday night, she said people had voted for the idea "
        "that a bus should still stop in their village ten years from now. \"That is the "
        "promise I intend to keep,\" she said.",
        "Tsujimoto told reporters she would meet the mayors of all 77 municipalities in her "
        "first months in office. She also said she would ask the central government for "
        "more support for measures against bears, after a series of encounters in "
        "residential areas this summer.",
        "Ogasawara campaigned on continuing the policies of the outgoing administration. He "
        "conceded defeat at his office in Matsumoto City late on Sunday night and thanked "
        "the volunteers who had worked on his campaign.",
        "## What the result means",
        "The loss is a blow to the governing parties, which put their organisations behind "
        "Ogasawara. A senior LDP official told JBC that the party would need to examine why "
        "its candidate lost support in the northern part of the prefecture.",
        "Tsujimoto is scheduled to take office on September 1.",
        "The final ballots were counted shortly before 1 a.m. on Monday, when results from "
        "the Kiso area came in. Kuribayashi, who finished third, told JBC he would keep "
        "pressing the new governor on support for nursing care workers, and said his "
        "campaign had found strong concern about care costs among older voters.",
        "Nagano, which has a population of about two million, is known for its mountain "
        "resorts and fruit farming. Like many regional prefectures, it faces a shrinking "
        "and ageing population, and several bus companies have reduced services because "
        "they cannot find enough drivers.",
        "Her campaign received support from a cross-party group of prefectural assembly "
        "members and from several mayors in the north of the prefecture, though she did "
        "not seek the formal backing of any national party.",
        "Voters interviewed by JBC in Nagano City on Monday morning mentioned the cost of "
        "living and the loss of local services. \"My mother lives in a village where the "
        "last bus leaves at 4 p.m.,\" one office worker said. \"I want someone who knows "
        "what that means.\"",
    ],
)

EL_WIRE = _p(
    "wire", site="Pacific Rim Wire", domain="pacrimwire.example",
    path="/asia/japan/nagano-governor-vote-tsujimoto-20260802",
    headline="Independent Tsujimoto wins Nagano governor vote in setback for Japan's ruling bloc",
    dek="Former welfare official becomes the central Japanese prefecture's first female governor",
    authors=["Tom Ashdown", "Keiko Fujisawa"], byline="Tom Ashdown and Keiko Fujisawa",
    published="2026-08-02T14:20:00Z", modified="2026-08-02T16:30:00Z",
    stamp="Sun 2 Aug 2026 14.20 GMT · Last modified Sun 2 Aug 2026 16.30 GMT",
    section="Asia", sep=" - ",
    keywords=["Japan", "Nagano", "elections", "Liberal Democratic Party"],
    image=("https://static.pacrimwire.example/photos/2026/08/02/nagano-count.jpg",
           "Election staff count ballots at a counting centre in Nagano, Japan, on Sunday.",
           "Pacific Rim Wire / Kenta Oda"),
    related=[("/asia/japan/ldp-regional-elections-20260615",
              "Japan's ruling party struggles to hold regional seats"),
             ("/asia/japan/rural-depopulation-buses-20260520",
              "In rural Japan, the last bus is leaving")],
    paras=[
        "TOKYO (PRW) - An independent candidate won the governorship of Nagano on Sunday, "
        "beating a former vice-governor backed by Japan's ruling Liberal Democratic Party "
        "and its partner Komeito in a regional race seen as a test of the governing "
        "coalition's support outside the big cities.",
        "Haruka Tsujimoto, 54, a former head of the prefecture's health and welfare "
        "department, received 418,552 votes, or 48.98% of valid ballots, according to "
        "final results from the prefectural election commission released after midnight.",
        "Kenji Ogasawara, 61, who was vice-governor under the outgoing governor, won "
        "371,940 votes, or 43.52%. Masato Kuribayashi, a 47-year-old lawyer backed by the "
        "Japanese Communist Party, received 64,077.",
        "Polls closed at 8 p.m. (1100 GMT). Broadcaster JBC projected Tsujimoto's win less "
        "than three hours later, at 10:41 p.m.",
        "Turnout rose to 50.27% from 41.88% at the last election four years ago, a jump "
        "analysts linked to the closeness of the race and a campaign that centred on "
        "everyday local services rather than big construction projects.",
        "Tsujimoto will be the first woman to govern Nagano, a mountainous prefecture of "
        "about two million people that is home to ski resorts such as Hakuba and to the "
        "city of Nagano, which hosted the 1998 Winter Olympics.",
        "\"People in this prefecture did not vote for me so much as for the idea that a bus "
        "should still stop in their village ten years from now. That is the promise I intend "
        "to keep,\" Tsujimoto told supporters in Nagano City.",
        "Tsujimoto joined the prefectural government after working as a public health nurse "
        "and spent most of her career in welfare and health administration. She left her "
        "post as head of the health and welfare department last year to prepare her run, "
        "and she declined formal endorsements from national parties, relying instead on a "
        "group of prefectural assembly members and mayors in the north of the prefecture.",
        "Her campaign focused on rural bus routes, which have been cut back across the "
        "prefecture because of driver shortages and falling passenger numbers, and on "
        "attracting doctors to clinics in remote districts.",
        "Ogasawara, who ran on a promise of continuity, conceded at his campaign office in "
        "Matsumoto, the prefecture's second-largest city. He told supporters he bore "
        "responsibility for the loss.",
        "The outgoing governor, Shigeru Amemiya, 72, served three terms and did not seek "
        "re-election. Tsujimoto takes office on Sept. 1.",
        "Regional elections in Japan are often decided by turnout and by the strength of "
        "local party machines. Sunday's result follows losses by ruling-coalition-backed "
        "candidates in several mayoral races this year, though the LDP still controls most "
        "of the country's prefectural assemblies.",
        "\"It is too early to read this as a national swing,\" said Daisuke Morimoto, a "
        "political analyst at a Tokyo consultancy. \"But it does show that a well-known "
        "local administrator with a simple message can beat the party machine.\"",
        "Voting was brisk despite heavy afternoon rain in the north of the prefecture, "
        "election officials said, and the number of people who cast ballots early at "
        "municipal offices and shopping centres was also higher than four years ago.",
        "The final ballots were counted shortly before 1 a.m. on Monday local time.",
        "(Editing by Harriet Lowe)",
    ],
)

STORY_2 = _story("el-LF2", "election", "2026-08-05",
                 [EL_LIVE, EL_PAPER, EL_TV, EL_WIRE],
                 [("runner-up Ogasawara's vote count", r"371,?940", r"347,?910"),
                  ("Ogasawara's former post", r"vice[- ]governor", r"assembly speaker")])


# ---------------------------------------------------------------------------
# ct-LF3: Taiwan trade-secrets verdict (CONTROL)
# Facts: Tuesday 17 March 2026, verdict read at 10 a.m. local (02:00 GMT) by Taiwan's
# Intellectual Property and Commercial Court; presiding judge Tseng Hui-chen. Lin Po-wei, 44,
# former senior process engineer at Kaiyuan Semiconductor Manufacturing Corp. (KSMC, Hsinchu
# Science Park): 7 years 6 months and a fine of NT$20 million (about US$620,000) under the
# Trade Secrets Act; prosecutors had sought 12 years. Co-defendants: Chou Yi-ting, 39, former
# KSMC engineer, 3 years 2 months; Kao Chen-hsiang, 51, former sales manager at an equipment
# supplier, 1 year 10 months (22 months) suspended for 3 years plus NT$1.5 million to the
# national treasury. About 480 pages of documents on an advanced chip-packaging process
# photographed between March and June 2025 and sent to a contact at an unnamed overseas
# competitor. Lin arrested in August 2025, detained since. KSMC's separate civil suit seeks
# NT$1.2 billion (about US$37 million). Appeal possible within 20 days; Lin's lawyer Wang
# Chia-hao says he will appeal.
# Ruling quote (full): "The defendant treated the trust of his employer as a commodity, and
# the commodity he sold was years of work by hundreds of colleagues."
# Lawyer quote (full): "My client has never sold anything to anyone, and the evidence does not
# show otherwise."
# CONTROL: no disagreement. Traps: 7 years 6 months / seven and a half years / 7½ years;
# 22 months / 1 year 10 months; NT$ vs US$; 12 years sought vs imposed; co-defendants' terms;
# 480 pages / nearly 500 pages; Tuesday / yesterday / 17 March; 10 a.m. / 0200 GMT.
# ---------------------------------------------------------------------------

CT_WIRE = _p(
    "wire", site="Meridian Wire Service", domain="meridianwire.example",
    path="/technology/taiwan-court-jails-former-chip-engineer-2026-03-17/",
    headline="Taiwan court jails former chip engineer for 7-1/2 years over trade secrets leak",
    dek="Court says engineer sent hundreds of pages of packaging process documents to an "
        "overseas rival; defence to appeal.",
    authors=["Lin Yu-chen", "Sam Harcourt"], byline="By Lin Yu-chen and Sam Harcourt",
    published="2026-03-17T11:05:00+08:00", modified="2026-03-17T14:32:00+08:00",
    stamp="March 17, 2026 11:05 AM GMT+8 · Updated 2:32 PM GMT+8", section="Technology",
    keywords=["Taiwan", "semiconductors", "trade secrets", "courts"],
    image=("https://images.meridianwire.example/2026/03/17/ip-court-taiwan.jpg",
           "Journalists wait outside Taiwan's Intellectual Property and Commercial Court "
           "before the verdict, March 17, 2026.", "Meridian / Chen Kuan-ting"),
    related=[("/technology/taiwan-tightens-chip-secrets-rules-2025-11-04/",
              "Taiwan tightens rules on protecting chip know-how"),
             ("/technology/ksmc-quarterly-results-2026-01-15/",
              "KSMC fourth-quarter profit beats forecasts"),
             ("/world/asia-pacific/taiwan-prosecutors-chip-leak-2025-08-14/",
              "Taiwan detains engineer in chip technology leak probe")],
    paras=[
        "TAIPEI, March 17 (Meridian) - A Taiwan court on Tuesday sentenced a former senior "
        "engineer at chipmaker Kaiyuan Semiconductor Manufacturing Corp (KSMC) to seven "
        "years and six months in prison for stealing trade secrets related to an advanced "
        "chip packaging process and passing them to an overseas competitor.",
        "The Intellectual Property and Commercial Court also fined Lin Po-wei, 44, NT$20 "
        "million ($620,000), according to a summary of the ruling read out at 10 a.m. "
        "(0200 GMT).",
        "Prosecutors had sought a 12-year prison term for Lin, a former senior process "
        "engineer at KSMC, which is based in the Hsinchu Science Park in northern Taiwan.",
        "The court found that Lin photographed about 480 pages of internal process documents "
        "displayed on his work screens between March and June 2025 using a personal phone, "
        "and sent them to a contact at an overseas company. The ruling did not name the "
        "company.",
        "\"The defendant treated the trust of his employer as a commodity,\" presiding judge "
        "Tseng Hui-chen said in the ruling.",
        "Two co-defendants were also convicted. Chou Yi-ting, 39, a former KSMC engineer who "
        "the court said helped Lin obtain some of the files, was sentenced to three years "
        "and two months.",
        "Kao Chen-hsiang, 51, a former sales manager at an equipment supplier who arranged "
        "meetings between Lin and the overseas contact, received one year and 10 months, "
        "suspended for three years, and was ordered to pay NT$1.5 million to the national "
        "treasury.",
        "Lin's lawyer, Wang Chia-hao, said his client would appeal. \"My client has never "
        "sold anything to anyone, and the evidence does not show otherwise,\" Wang told "
        "reporters outside the court. The ruling can be appealed within 20 days.",
        "KSMC said in a statement that it respected the court's decision and would continue "
        "to pursue a separate civil lawsuit against Lin and Chou, in which it is seeking "
        "NT$1.2 billion ($37 million) in damages.",
        "During the trial, prosecutors presented messages in which Lin and his contact "
        "discussed the files and a possible job for Lin abroad, according to the ruling. "
        "The court said the messages showed that both sides understood the value of what was "
        "being handed over.",
        "Lin was arrested in August 2025 and has been held in detention since then. The "
        "court said the time he has spent in custody would count toward his sentence.",
        "Taiwan, home to the world's most advanced chip manufacturing, has stepped up "
        "efforts to stop the leak of its technology abroad in recent years, raising "
        "penalties for theft of trade secrets and adding chip processes to a list of core "
        "technologies that require greater protection.",
        "Lin was present in court for the verdict and did not speak to reporters. The "
        "prosecution said it would study the written judgment before deciding whether to "
        "seek a heavier sentence on appeal.",
        "Shares of KSMC closed down 0.4% in a broadly flat Taiwan market. The company, "
        "which makes chips for smartphone and networking customers, has said the leak did "
        "not affect its production or customer deliveries.",
        "(Reporting by Lin Yu-chen in Taipei and Sam Harcourt in Hong Kong; Editing by "
        "Priya Nair)",
    ],
)

CT_PAPER = _p(
    "paper", site="Taipei Standard", domain="taipeistandard.example",
    path="/news/taiwan/archives/2026/03/18/2004318827",
    headline="Former KSMC engineer given seven and a half years for leaking chip secrets",
    dek="Judge says the defendant sold years of work by hundreds of colleagues; two others "
        "also convicted",
    authors=["Hsu Mei-hua"], byline="By Hsu Mei-hua / Staff reporter",
    published="2026-03-18T03:00:00+08:00", modified="2026-03-18T08:45:00+08:00",
    stamp="Wed, Mar 18, 2026 page 1", section="Taiwan News",
    keywords=["KSMC", "trade secrets", "Intellectual Property and Commercial Court",
              "Hsinchu Science Park"],
    image=("https://img.taipeistandard.example/images/2026/03/18/p01-ksmc-verdict.jpg",
           "Lawyer Wang Chia-hao speaks to reporters after the verdict yesterday.",
           "Photo: Hsu Mei-hua, Taipei Standard"),
    related=[("/news/taiwan/archives/2025/08/14/2004298811",
              "Engineer detained over chip packaging leak"),
             ("/news/editorials/archives/2026/03/18/2004318840",
              "Editorial: Protecting know-how is national defence"),
             ("/news/biz/archives/2026/03/10/2004317702",
              "Advanced packaging capacity to double, KSMC says")],
    paras=[
        "The Intellectual Property and Commercial Court yesterday sentenced Lin Po-wei "
        "(林柏瑋), a former senior process engineer at Kaiyuan Semiconductor Manufacturing "
        "Corp (KSMC), to seven-and-a-half years in prison and fined him NT$20 million for "
        "leaking trade secrets about an advanced chip packaging process to a foreign "
        "competitor.",
        "Presiding Judge Tseng Hui-chen (曾惠貞) said in the ruling that Lin, 44, \"treated "
        "the trust of his employer as a commodity, and the commodity he sold was years of "
        "work by hundreds of colleagues.\"",
        "Prosecutors had asked for a 12-year sentence. The court said it imposed a lighter "
        "term because there was no evidence that the overseas company had yet used the "
        "information to produce chips, but said the damage to KSMC's competitive position "
        "could not be measured only by what had already happened.",
        "According to the ruling, Lin used his personal phone to photograph nearly 500 "
        "pages of process documents on his office screens from March to June 2025, and sent "
        "them through an encrypted messaging app to a contact at an overseas competitor. "
        "The documents described how KSMC stacks and bonds chips in its latest packaging "
        "line.",
        "Former KSMC engineer Chou Yi-ting (周怡婷), 39, was sentenced to three years and two "
        "months for helping Lin gain access to files outside his own team.",
        "Kao Chen-hsiang (高振翔), 51, a former sales manager at an equipment supplier, was "
        "given a suspended sentence of 22 months. Kao, who the court said introduced Lin to "
        "the overseas contact, must pay NT$1.5 million to the national treasury and will "
        "serve no time in prison unless he commits another offense during three years of "
        "probation.",
        "## Appeal planned",
        "Lin's lawyer, Wang Chia-hao (王家豪), told reporters that his client would appeal "
        "within the 20-day deadline.",
        "\"My client has never sold anything to anyone,\" Wang said, adding that the defense "
        "would argue that the documents did not meet the legal definition of a trade "
        "secret because parts of the process had been described in industry papers.",
        "The prosecution said it would study the ruling before deciding whether to appeal "
        "for a heavier sentence.",
        "KSMC, which is headquartered in Hsinchu Science Park, said the verdict showed that "
        "Taiwan's legal system takes the protection of technology seriously. It is also "
        "seeking NT$1.2 billion in damages from Lin and Chou in a separate civil case.",
        "## Months in detention",
        "Lin was taken into custody in August last year after KSMC's internal security team "
        "noticed unusual access to document servers and reported the matter to "
        "investigators. He has remained in detention since then, and the time served will "
        "be deducted from his sentence.",
        "The case is one of several in the past two years involving engineers accused of "
        "taking semiconductor know-how abroad. Lawmakers last year amended the law to "
        "increase penalties for leaks of core technologies.",
        "Wu Shu-fen (吳淑芬), a law professor who specializes in intellectual property, said "
        "the sentence was in line with recent rulings. \"The courts are sending a consistent "
        "signal, but the real test will be at the appeal stage, where the definition of a "
        "trade secret is usually argued in much more detail,\" she said.",
    ],
)

CT_TV = _p(
    "broadcast", site="FBN News", domain="fbnnews.example",
    path="/english/taiwan/2026/03/17/chip-engineer-sentenced/",
    headline="Ex-chip engineer sentenced in KSMC trade secrets case",
    dek="Lin Po-wei gets 7½ years; his lawyer says the case will be appealed",
    authors=["Grace Liao"], byline="Grace Liao, FBN News", sep=" | ",
    published="2026-03-17T19:20:00+08:00", modified="2026-03-17T19:20:00+08:00",
    stamp="2026/03/17 19:20", section="Taiwan",
    keywords=["KSMC", "semiconductors", "courts", "Hsinchu"],
    image=("https://img.fbnnews.example/english/2026/03/17/ksmc-hsinchu.jpg",
           "KSMC's headquarters in Hsinchu Science Park.", "FBN News"),
    related=[("/english/business/2026/03/12/chip-exports-record/",
              "Chip exports drive Taiwan's trade surplus"),
             ("/english/taiwan/2026/02/20/export-control-law/",
              "Cabinet proposes tougher export control rules")],
    paras=[
        "A former engineer at Taiwanese chipmaker KSMC has been sentenced to seven and a half "
        "years in prison for leaking trade secrets to a foreign company.",
        "The Intellectual Property and Commercial Court handed down the ruling on Tuesday "
        "morning. In addition to the prison term, it ordered Lin Po-wei to pay a fine of "
        "NT$20 million.",
        "Lin, 44, was a senior process engineer at Kaiyuan Semiconductor Manufacturing Corp. "
        "in Hsinchu. The court found that over four months in 2025 he took pictures of "
        "around 480 pages of internal documents describing an advanced chip packaging "
        "technology and sent them abroad.",
        "Prosecutors had asked for 12 years. In its ruling, the court said Lin had "
        "\"treated the trust of his employer as a commodity\" and that what he sold was "
        "years of work by hundreds of colleagues.",
        "Two other people were convicted in the case. Former KSMC engineer Chou Yi-ting was "
        "sentenced to three years and two months in prison. Kao Chen-hsiang, who worked for "
        "an equipment supplier, received a suspended sentence of one year and 10 months.",
        "The court said Chou had used her own access rights to download files belonging to "
        "other teams and pass them to Lin, while Kao introduced Lin to the overseas contact. "
        "Kao was also ordered to pay NT$1.5 million to the national treasury, and his "
        "sentence was suspended for three years.",
        "## Defence: 'never sold anything'",
        "Lin's lawyer said outside the courthouse that the defence would appeal.",
        "\"My client has never sold anything to anyone, and the evidence does not show "
        "otherwise,\" lawyer Wang Chia-hao said.",
        "Wang said Lin had photographed the documents to prepare for a job interview and "
        "had not been paid by anyone. The court rejected that explanation, saying the "
        "messages between Lin and his contact showed that both sides understood the value "
        "of the files.",
        "## Company pursuing damages",
        "KSMC said it welcomed the ruling. The company has also filed a civil lawsuit "
        "seeking NT$1.2 billion, or about US$37 million, in compensation.",
        "Lin has been detained since his arrest in August last year.",
        "KSMC is one of Taiwan's larger contract chipmakers and has been expanding its "
        "advanced packaging capacity to meet demand from customers building artificial "
        "intelligence hardware. The company has said the leak did not disrupt production "
        "or deliveries.",
        "Legal experts say the case reflects how seriously Taiwan now treats technology "
        "leaks. Under amendments passed in recent years, leaking certain core technologies "
        "for use abroad can lead to prison terms of more than ten years.",
        "Engineers in Hsinchu told FBN that companies have tightened security in response, "
        "with some banning personal phones from clean rooms and design offices altogether. "
        "\"We used to joke about it,\" said one process engineer who asked not to be named. "
        "\"Now everybody knows someone who has been questioned.\"",
        "The verdict was read at 10 a.m., and the courtroom was full, with several KSMC "
        "employees among the spectators. Lin was present in court. He did not speak to "
        "reporters as he was led out by guards.",
        "The ruling can still be appealed. Both the defence and prosecutors have 20 days "
        "from receiving the written judgment to file.",
    ],
)

CT_LETTER = _p(
    "newsletter", site="Fab Notes", domain="fabnotes.example",
    path="/p/fab-notes-211-the-ksmc-verdict",
    headline="Fab Notes #211: The KSMC verdict and what it says about packaging",
    dek="A twice-weekly briefing on the chip supply chain. Today: a trade-secrets sentence in "
        "Taiwan, and why packaging is now the crown jewel.",
    authors=["Rafael Ong"], byline="Rafael Ong", jsonld=False, published=None, modified=None,
    stamp="Thursday, March 19, 2026", section="Posts", sep=" - ",
    keywords=["Taiwan", "advanced packaging", "trade secrets"],
    related=[("/p/fab-notes-209-packaging-capacity", "#209: The packaging capacity crunch"),
             ("/p/fab-notes-198-export-rules", "#198: Reading Taiwan's new export rules")],
    paras=[
        "Hello from Singapore. Today's main item is a courtroom story, but stick with it: it "
        "is really a story about where the value in chipmaking has moved.",
        "## The verdict",
        "On Tuesday, Taiwan's Intellectual Property and Commercial Court sentenced Lin "
        "Po-wei, formerly a senior process engineer at Kaiyuan Semiconductor Manufacturing "
        "Corp (KSMC), to 7 years and 6 months in prison, plus a NT$20 million fine (call it "
        "US$620k). Prosecutors wanted 12 years.",
        "Two co-defendants: Chou Yi-ting, another ex-KSMC engineer, got 3 years 2 months; "
        "Kao Chen-hsiang, who sold equipment into fabs, got 22 months, suspended, plus a "
        "NT$1.5 million payment to the treasury.",
        "The best line in the judgment, from presiding judge Tseng Hui-chen: the commodity "
        "Lin sold \"was years of work by hundreds of colleagues.\" Harsh, but it gets at the "
        "point.",
        "## What was taken",
        "According to the court, Lin photographed about 480 pages of process documentation "
        "from his screens between March and June of last year and passed them to someone at "
        "an overseas competitor the court chose not to name. The documents covered KSMC's "
        "latest packaging line, the part of the process where finished dies are stacked, "
        "bonded and connected.",
        "Five years ago, a leak of packaging know-how would have been a second-tier story. "
        "Now it is arguably the most sensitive thing a fab does after the leading-edge "
        "transistor itself. The chips that power large AI systems depend on packaging as "
        "much as on the silicon, and capacity has been the bottleneck for two years.",
        "## What happens next",
        "Lin's lawyer, Wang Chia-hao, says there will be an appeal, and there is a 20-day "
        "window to file it. His position is that Lin never sold anything to anyone. The "
        "defence also argues that some of the process was already public in conference "
        "papers, which is the classic trade-secret defence and the one most likely to get "
        "traction on appeal.",
        "KSMC is running a separate civil claim for NT$1.2 billion (about US$37 million) "
        "against Lin and Chou. Even if the criminal sentence is cut, that number is the one "
        "that will concentrate minds among engineers in Hsinchu.",
        "## Why it matters beyond Taiwan",
        "Three takeaways. First, sentences in these cases have become longer and more "
        "predictable, which is what lawmakers intended. Second, companies are treating "
        "personal phones as the main threat, not hacking; Lin was caught because of unusual "
        "access patterns on document servers, not because of a breach. Third, customers "
        "notice: several fabless firms now ask about insider-risk controls in supplier "
        "audits.",
        "KSMC says production and deliveries were not affected. We have no reason to doubt "
        "that, but we will be watching whether the unnamed competitor's packaging roadmap "
        "suddenly gets shorter.",
        "One more detail worth noting: the court counted Lin's time in detention since "
        "August toward the sentence, so the clock on those seven and a half years is already "
        "running.",
        "## Quick hits",
        "Equipment lead times for hybrid bonding tools are still running long, two supplier "
        "contacts tell us. More on that on Monday.",
        "Memory makers are said to be raising contract prices again for the next quarter; we "
        "will have numbers once the contracts are signed.",
        "See you on Monday, and as always, hit reply with tips.",
    ],
)

STORY_3 = _story("ct-LF3", "court", "2026-03-20",
                 [CT_WIRE, CT_PAPER, CT_TV, CT_LETTER], [])


# ---------------------------------------------------------------------------
# tr-LF4: Japan-Philippines tariff protocol
# Facts: Friday 15 May 2026, signing ceremony at 10:30 a.m. Manila time (11:30 a.m. Tokyo,
# 0230 GMT) at the Philippine International Convention Center (PICC) in Pasay City, Metro
# Manila. Signed by Philippine Trade and Industry Secretary Danilo Macaraeg and Japan's
# Minister of Economy, Trade and Industry Takumi Isogai: a protocol amending the 2008
# Japan-Philippines Economic Partnership Agreement. Japan cuts its tariff on fresh Philippine
# bananas from 18% to 8% over five years (10 percentage points) and opens a duty-free quota of
# 5,000 tonnes for processed pineapple; the Philippines phases out tariffs of up to 20% on
# Japanese car parts over seven years; a joint committee reviews the banana schedule
# after three years. Negotiations began March 2025 (14 months). Two-way
# trade $21.4 billion in 2025 (about 3.2 trillion yen, about 1.22 trillion pesos); Philippine
# exports to Japan $10.9 billion of that. Philippine banana exports to Japan about $760 million
# in 2025 (about 43 billion pesos); Japan imports about 1 million tonnes of bananas a year,
# roughly three-quarters from the Philippines. Needs approval by Japan's Diet and the
# Philippine Senate; could take effect as early as April 2027.
# Quote (Macaraeg, full): "For a banana grower in Davao del Norte, this is not an abstraction.
# It is the difference between selling to Tokyo and selling at a loss."
# Quote (Isogai, full): "Our factories and your farms have been partners for a long time, and
# this protocol simply writes that partnership down more clearly."
# PLANTED: newsletter says signed in Makati; broadcaster says ceremony at 2:30 p.m.; Japanese
# business paper spells the secretary "Macaraig".
# ---------------------------------------------------------------------------

TR_WIRE = _p(
    "wire", site="Pacific Rim Wire", domain="pacrimwire.example",
    path="/business/trade/japan-philippines-tariff-protocol-20260515",
    headline="Japan, Philippines sign deal to cut banana and car-parts tariffs",
    dek="Protocol upgrades 2008 partnership pact; needs approval by both legislatures",
    authors=["Miguel Santiago", "Rie Kanemoto"], byline="Miguel Santiago and Rie Kanemoto",
    published="2026-05-15T03:10:00Z", modified="2026-05-15T06:45:00Z",
    stamp="Fri 15 May 2026 03.10 GMT · Last modified Fri 15 May 2026 06.45 GMT",
    section="Business", sep=" - ",
    keywords=["Philippines", "Japan", "trade", "tariffs", "bananas"],
    image=("https://static.pacrimwire.example/photos/2026/05/15/picc-signing.jpg",
           "Philippine Trade Secretary Danilo Macaraeg (right) and Japanese trade minister "
           "Takumi Isogai exchange documents at the Philippine International Convention "
           "Center in Pasay City, Metro Manila, May 15, 2026.",
           "Pacific Rim Wire / Jun Dizon"),
    related=[("/business/trade/philippines-banana-exports-slump-20260212",
              "Philippine banana exporters lose ground in Japan"),
             ("/business/autos/japan-parts-makers-southeast-asia-20260330",
              "Japanese parts makers weigh Southeast Asian expansion")],
    paras=[
        "MANILA (PRW) - Japan and the Philippines signed an agreement on Friday to cut "
        "tariffs on Philippine bananas and Japanese car parts, the first major upgrade to "
        "their 2008 economic partnership pact.",
        "Philippine Trade and Industry Secretary Danilo Macaraeg and Japan's Minister of "
        "Economy, Trade and Industry Takumi Isogai signed the protocol at a ceremony that "
        "began at 10:30 a.m. (0230 GMT) at the Philippine International Convention Center "
        "in Pasay City.",
        "Under the deal, Japan will lower its tariff on fresh Philippine bananas to 8% from "
        "18% over five years, and will allow 5,000 tonnes of processed pineapple a year to "
        "enter duty-free. The Philippines will phase out tariffs of up to 20% on Japanese "
        "automotive parts over seven years.",
        "\"For a banana grower in Davao del Norte, this is not an abstraction,\" Macaraeg "
        "said at the signing. \"It is the difference between selling to Tokyo and selling "
        "at a loss.\"",
        "Isogai said Japanese manufacturers, several of which assemble vehicles and "
        "components in the provinces south of Manila, would benefit from lower costs for "
        "parts shipped from Japan. \"Our factories and your farms have been partners for a "
        "long time, and this protocol simply writes that partnership down more clearly,\" "
        "he said.",
        "Trade between the two countries was worth $21.4 billion in 2025, according to "
        "Philippine government figures, of which Philippine exports to Japan accounted for "
        "$10.9 billion.",
        "Japan imports about 1 million tonnes of bananas a year, roughly three-quarters of "
        "them from the Philippines, but Philippine growers have lost market share in recent "
        "years to shippers from Ecuador and elsewhere in Latin America, which have benefited "
        "from lower costs. Philippine banana exports to Japan were worth about $760 million "
        "last year.",
        "Negotiations on the protocol began in March 2025 and took about 14 months. The "
        "agreement must be approved by Japan's parliament and ratified by the Philippine "
        "Senate before it takes effect, which officials said could happen as early as April "
        "2027.",
        "Officials from both governments said the protocol did not change the existing "
        "arrangements for Filipino nurses and care workers in Japan, which had been "
        "discussed during the talks.",
        "Philippine fruit exporters welcomed the deal but said the five-year phase-in was "
        "slower than they had hoped. \"Our members have been waiting a long time for "
        "this,\" said Rowena Sabal, executive director of the Mindanao Fruit Exporters' "
        "Council. \"Five years is a long time in the banana business.\"",
        "The protocol also sets up a joint committee that will review the banana tariff "
        "schedule after three years and updates rules of origin for some electronic "
        "components, according to a summary released by the Philippine trade department. "
        "Details of the electronics provisions were not immediately available.",
        "Some Philippine parts makers have raised concerns about competition from Japanese "
        "imports. The trade department said the seven-year phase-out was designed to give "
        "local suppliers time to adjust.",
        "The Philippines has been seeking closer economic ties with partners including "
        "Japan, South Korea and the European Union as it tries to attract manufacturing "
        "investment and diversify its export markets.",
        "(Reporting by Miguel Santiago in Manila and Rie Kanemoto in Tokyo; Editing by "
        "Harriet Lowe)",
    ],
)

TR_JPAPER = _p(
    "paper", site="Tokyo Commerce Journal", domain="tokyocommerce.example",
    path="/articles/2026/05/15/economy/trade/jp-ph-epa-protocol/",
    headline="Japan and Philippines upgrade trade pact, easing car-parts tariffs",
    dek="Protocol to JPEPA lowers banana duty to 8% over five years; parts makers welcome "
        "seven-year phase-out",
    authors=["Shota Imamura"], byline="SHOTA IMAMURA, Manila correspondent",
    published="2026-05-15T18:00:00+09:00", modified="2026-05-15T18:00:00+09:00",
    stamp="May 15, 2026 18:00 JST", section="Economy",
    keywords=["JPEPA", "Philippines", "auto parts", "METI"],
    image=("https://img.tokyocommerce.example/2026/05/15/isogai-manila.jpg",
           "Economy, Trade and Industry Minister Takumi Isogai at the signing ceremony in "
           "Manila on Friday.", "Tokyo Commerce Journal"),
    related=[("/articles/2026/04/22/economy/autos/asean-parts-localisation/",
              "Parts makers rethink ASEAN localisation"),
             ("/articles/2026/03/05/economy/food/banana-prices-japan/",
              "Why banana prices in Japan are rising"),
             ("/articles/2026/05/12/politics/diet-trade-agenda/",
              "Trade bills crowd the Diet's summer agenda")],
    paras=[
        "MANILA - Japan and the Philippines on Friday signed a protocol amending their "
        "economic partnership agreement, which took effect in 2008, under which the "
        "Philippines will scrap tariffs on Japanese automotive parts and Japan will reduce "
        "duties on Philippine bananas.",
        "Economy, Trade and Industry Minister Takumi Isogai and Philippine Trade and "
        "Industry Secretary Danilo Macaraig signed the document at a ceremony that started "
        "at 11:30 a.m. Japan time at the Philippine International Convention Center in "
        "Pasay, part of Metro Manila.",
        "Japanese automakers and their suppliers have long asked for the Philippine tariffs "
        "to be removed. Duties of up to 20% on some parts will be eliminated in stages over "
        "seven years.",
        "\"Our factories and your farms have been partners for a long time,\" Isogai said "
        "at the ceremony.",
        "The Japanese side agreed to cut its tariff on fresh bananas from the Philippines by "
        "10 percentage points to 8% over five years. It will also create a tariff-free quota "
        "of 5,000 tonnes a year for processed pineapple.",
        "## Parts makers see room to grow",
        "Several Japanese parts suppliers operate plants in the industrial parks of Laguna "
        "and Batangas provinces, south of the capital, and import components from Japan for "
        "final assembly. An executive at one mid-sized supplier said the tariff cuts would "
        "make it easier to justify adding production lines in the Philippines rather than "
        "in Thailand or Vietnam.",
        "\"The Philippine market is not as big as Thailand's, but it is growing, and labour "
        "is available,\" said the executive, who asked not to be named because the company "
        "has not announced its plans.",
        "Two-way trade between the two countries reached about 3.2 trillion yen ($21.4 "
        "billion) in 2025, according to Philippine statistics.",
        "## Bananas a sensitive item",
        "The banana tariff has been a point of friction since the original agreement was "
        "negotiated. Japan buys roughly 1 million tonnes of bananas each year, about "
        "three-quarters of them from the Philippines, mainly from plantations on the island "
        "of Mindanao.",
        "Macaraig has argued that the tariff put Philippine growers at a disadvantage against "
        "Latin American producers. At the ceremony he called the deal \"the difference "
        "between selling to Tokyo and selling at a loss\" for growers in Davao del Norte.",
        "A joint committee of officials from both countries will review the banana schedule "
        "after three years, according to METI. Japanese farm groups, which grow almost no "
        "bananas but watch any tariff cut on fruit closely, did not object publicly, though "
        "an official of a national farm cooperative group said it would keep an eye on how the pineapple quota is used.",
        "Japanese importers said the gradual schedule would limit the immediate effect on "
        "retail prices. Bananas are among the cheapest fruits in Japanese supermarkets, and "
        "retailers have been reluctant to raise prices despite higher shipping costs.",
        "## Diet approval needed",
        "The protocol must be approved by the Diet. The government hopes to submit it "
        "during an extraordinary session in the autumn, a METI official said, and aims for "
        "it to take effect in April 2027.",
        "The negotiations were launched in March last year. Japan has also been talking to "
        "other Southeast Asian countries about upgrading earlier bilateral agreements, many "
        "of which were signed in the 2000s.",
    ],
)

TR_TV = _p(
    "broadcast", site="LBN News", domain="lbnnews.example",
    path="/news/business/2026/05/15/ph-japan-sign-trade-protocol",
    headline="PH, Japan sign trade protocol; banana tariff to go down",
    dek="Farmers in Mindanao say cut is overdue; local parts makers want safeguards",
    authors=["Carla Dimaculangan"], byline="Carla Dimaculangan, LBN News",
    published="2026-05-15T20:00:00+08:00", modified="2026-05-15T21:15:00+08:00",
    stamp="May 15, 2026 8:00 PM PHT", section="Business", sep=" | ",
    keywords=["DTI", "Japan", "bananas", "auto parts", "trade"],
    image=("https://cdn.lbnnews.example/2026/05/15/davao-banana-plantation.jpg",
           "Workers harvest bananas at a plantation in Davao del Norte.",
           "LBN News file photo"),
    related=[("/news/regions/2026/05/10/banana-growers-panama-disease",
              "Banana growers battle plant disease and high costs"),
             ("/news/business/2026/04/28/dti-parts-industry-roadmap",
              "DTI unveils roadmap for car parts industry"),
             ("/shows/business-hour/", "Watch: The Business Hour")],
    paras=[
        "The Philippines and Japan on Friday signed a protocol that will lower Japan's "
        "tariff on Philippine bananas and remove Philippine tariffs on Japanese car parts.",
        "Trade Secretary Danilo Macaraeg and Japanese Minister Takumi Isogai signed the "
        "agreement at 2:30 p.m. at the Philippine International Convention Center in Pasay "
        "City.",
        "Under the protocol, Japan's tariff on fresh Philippine bananas will drop from 18 "
        "percent to 8 percent over five years. Japan will also allow 5,000 tonnes of "
        "processed pineapple into the country tariff-free every year.",
        "In return, the Philippines will gradually remove tariffs of as much as 20 percent "
        "on automotive parts from Japan over seven years.",
        "Macaraeg said the deal would make a real difference to farmers. \"It is the "
        "difference between selling to Tokyo and selling at a loss,\" he said.",
        "## Growers: long overdue",
        "In Davao del Norte, where many of the country's export bananas are grown, growers "
        "said the cut had been a long time coming.",
        "\"We have been asking for this since my father's time,\" said Ernesto Lumapas, a "
        "grower who sells to an exporter in Panabo City. \"Our bananas are good. The "
        "problem was always the price after the tariff.\"",
        "The Mindanao Fruit Exporters' Council said it welcomed the agreement but asked the "
        "government to help growers deal with plant diseases and rising fertiliser costs, "
        "which it said had hurt the industry more than tariffs in recent years.",
        "Philippine banana exports to Japan were worth about 43 billion pesos last year, "
        "according to the council.",
        "## Parts makers want safeguards",
        "Local manufacturers of car parts were more cautious. An official of an association "
        "of parts makers told LBN News that members were worried about cheaper imports from "
        "Japan and wanted the government to monitor the effect closely.",
        "The Department of Trade and Industry said the seven-year schedule was meant to "
        "give local suppliers time to prepare, and that Japanese companies had indicated "
        "plans to source more parts locally as their Philippine plants grow.",
        "## Next steps",
        "The protocol still needs the concurrence of the Philippine Senate and approval by "
        "Japan's Diet. Trade officials said it could enter into force as early as April "
        "2027.",
        "Trade between the Philippines and Japan reached 21.4 billion dollars in 2025, or "
        "about 1.22 trillion pesos. Japan is one of the country's largest sources of "
        "foreign investment and official development assistance.",
        "Talks on the protocol started in March 2025 and were concluded in April, after "
        "a final round held in Tokyo.",
        "Speaking to reporters after the ceremony, Macaraeg said the trade department would "
        "hold consultations with growers' groups and parts makers in Davao City and Laguna "
        "next month to explain the schedules. He said a joint committee would also review "
        "the banana tariff after three years to check whether it was working as intended.",
        "Senators from both the majority and the minority said they would study the "
        "agreement closely. One senator said she would ask the trade department to explain "
        "how the protocol would protect small farmers who do not sell to large exporters.",
        "The Japanese trade minister left Manila on Friday evening for a regional meeting "
        "in Singapore.",
        "Carla Dimaculangan, LBN News.",
    ],
)

TR_LETTER = _p(
    "newsletter", site="Trade Winds Asia", domain="tradewindsasia.example",
    path="/briefing/2026-05-18-manila-tokyo-bananas-bumpers/",
    headline="Bananas for bumpers: reading the new Japan-Philippines protocol",
    dek="Our Monday briefing on Asia-Pacific trade deals, tariffs and the data behind them.",
    authors=["Nadia Ferraro"], byline="Nadia Ferraro, editor",
    published="2026-05-18T07:00:00+08:00", modified="2026-05-18T07:00:00+08:00",
    stamp="Monday, 18 May 2026", section="Briefing", sep=" | ",
    keywords=["Japan", "Philippines", "JPEPA", "tariffs", "agriculture"],
    related=[("/briefing/2026-05-11-asean-rules-of-origin/",
              "Last week: ASEAN rules of origin, again"),
             ("/data/tariff-tracker/", "Our tariff tracker")],
    paras=[
        "Good morning. The deal of the week was signed on Friday in Makati, and it is a "
        "neat example of how mature trade partners renegotiate: not with a grand new "
        "agreement, but with a protocol that quietly fixes the two items each side cared "
        "about most.",
        "## What was signed",
        "Philippine Trade and Industry Secretary Danilo Macaraeg and Japan's METI minister, "
        "Takumi Isogai, signed a protocol to the 2008 Japan-Philippines Economic "
        "Partnership Agreement (JPEPA) at a 10:30 a.m. ceremony. Talks started in March 2025, "
        "so this took roughly 14 months, which is quick by the standards of the genre.",
        "The core bargain:",
        "Japan cuts its tariff on fresh Philippine bananas from 18% to 8%, phased over five "
        "years. That is a 10-point cut, and the schedule is front-loaded less than growers "
        "wanted. Japan also opens a 5,000-tonne duty-free quota for processed pineapple.",
        "The Philippines phases out tariffs of up to 20% on Japanese auto parts over seven "
        "years.",
        "## The numbers",
        "Two-way trade was $21.4bn in 2025 (roughly ¥3.2tn, or ₱1.22tn), with $10.9bn of that "
        "flowing from the Philippines to Japan. Bananas alone brought in about $760m last "
        "year. Japan imports around 1m tonnes of bananas annually and the Philippines "
        "supplies about three-quarters, a share that has been slipping as Ecuadorian and "
        "Central American fruit gets cheaper to land in Yokohama.",
        "## Who wins",
        "For Mindanao growers, the tariff cut is real money, but the five-year phase-in means "
        "the effect arrives slowly. Macaraeg's line at the signing was pitched at them: for "
        "a grower in Davao del Norte, he said, this is not an abstraction.",
        "For Japanese parts makers, the seven-year phase-out on the Philippine side makes "
        "the country a slightly easier sell against Thailand and Vietnam when deciding "
        "where to add capacity. Isogai's own summary was that the protocol \"simply writes "
        "that partnership down more clearly.\"",
        "The losers, at least on paper, are local Philippine parts suppliers who compete with "
        "Japanese imports. Expect them to lobby senators during ratification for safeguards "
        "or a slower schedule for a few sensitive tariff lines.",
        "## What to watch",
        "Ratification. Japan's Diet must approve, and the Philippine Senate must concur. "
        "Officials on both sides are talking about entry into force as early as April 2027. "
        "That date assumes an autumn Diet session in Tokyo and no drama in the Senate, "
        "neither of which is guaranteed.",
        "One clause deserves more attention than it got: a joint committee will review the "
        "banana schedule after three years. Growers will read that as a chance to speed "
        "things up; Japanese officials will read it as a chance to check that nothing has "
        "gone wrong. Both readings can be true until the first meeting.",
        "Also watch whether Tokyo offers similar banana terms to other suppliers. It has no "
        "obligation to, but Latin American exporters will certainly ask.",
        "## Elsewhere",
        "A short week for data: Japan's April trade figures land on Thursday, and Korea's "
        "first-20-days export numbers come out on Friday. We will cover both next Monday.",
        "And a correction from last week: the ASEAN rules-of-origin meeting we previewed was "
        "postponed, not cancelled. Apologies for the confusion.",
        "As ever, forward this to a colleague who should be reading it.",
    ],
)

STORY_4 = _story("tr-LF4", "trade", "2026-05-20",
                 [TR_WIRE, TR_JPAPER, TR_TV, TR_LETTER],
                 [("venue of the signing", r"\bpasay\b", r"\bmakati\b"),
                  ("time of the signing ceremony", r"\b10:30\b", r"\b2:30 ?p\.?m"),
                  ("Philippine trade secretary's surname", r"macaraeg", r"macaraig")])


# ---------------------------------------------------------------------------
# rk-LF5: KAGURA-1 orbital launch from Hokkaido (CONTROL)
# Facts: Thursday 11 June 2026, liftoff 11:42 a.m. JST (02:42 GMT; 10:42 p.m. EDT Wednesday
# 10 June) from Hokkaido Spaceport in the town of Taiki, Hokkaido. Rocket KAGURA-1 of the
# Sapporo-based start-up Sorafune Dynamics: two stages, kerosene and liquid oxygen, 19.8 m
# (about 65 ft). First orbital attempt; an attempt on Tuesday 9 June was scrubbed because of
# strong upper-level winds. Four satellites, 72 kg in all (about 159 lb): the 48 kg
# Earth-observation microsatellite Suzuran-1 plus three 6U cubesats of about 8 kg each;
# deployed about 10 minutes after liftoff into a sun-synchronous orbit of about 500 km
# (about 310 miles). First-stage separation about 2 min 40 s; second-stage cutoff about
# 8 min 30 s. First signals from Suzuran-1 at 1:15 p.m. JST via a ground station in Norway.
# Suborbital test flight 18 September 2025 reached 112 km. Funding raised: 9.8 billion yen
# (about $64 million). Founder and CEO Ayumi Kanazawa, 41; chief engineer Daichi Hoshikawa.
# Public viewing area: about 2,300 people (town figure) / "more than 2,000". Second orbital
# flight targeted by the end of 2026.
# Quote (Kanazawa, full): "Today the rocket did exactly what the numbers said it would, and
# for an engineer there is no more beautiful sentence than that."
# CONTROL: no disagreement.
# ---------------------------------------------------------------------------

RK_LOCAL = _p(
    "local", site="Tokachi Ring News", domain="tokachiring.example",
    path="/news/2026/06/11/kagura1-orbit-taiki/",
    headline="KAGURA-1 reaches orbit on second try as Taiki crowd cheers",
    dek="About 2,300 people watched from the public viewing area as the Sorafune Dynamics "
        "rocket lifted off shortly before noon",
    authors=["Yui Saegusa"], byline="Text and photos: Yui Saegusa",
    published="2026-06-11T13:05:00+09:00", modified="2026-06-11T16:40:00+09:00",
    stamp="2026.06.11 (Thu) 13:05 · updated 16:40", section="Taiki & Coast",
    keywords=["Taiki", "Hokkaido Spaceport", "KAGURA-1", "Sorafune Dynamics"],
    image=("https://tokachiring.example/wp-content/uploads/2026/06/kagura1-liftoff.jpg",
           "KAGURA-1 climbs away from Hokkaido Spaceport in Taiki on Thursday morning.",
           "Photo: Yui Saegusa / Tokachi Ring News"),
    related=[("/news/2026/06/09/kagura1-scrub-winds/",
              "Winds aloft force KAGURA-1 scrub; next try Thursday"),
             ("/news/2026/05/28/spaceport-visitors-parking/",
              "Spaceport viewing area: parking and shuttle buses explained"),
             ("/news/2025/09/18/kagura-suborbital-test/",
              "Sorafune test rocket reaches 112 km")],
    paras=[
        "TAIKI - The KAGURA-1 rocket built by Sapporo-based start-up Sorafune Dynamics "
        "lifted off from Hokkaido Spaceport at 11:42 a.m. on Thursday and placed four small "
        "satellites into orbit, the company said, the first orbital launch from the town's "
        "coastal launch site.",
        "The town said about 2,300 people were at the public viewing area on the hill above "
        "the site, many of them families from Obihiro and Hiroo who had taken the day off. "
        "When the rocket cleared the tower, the crowd counted along with the loudspeaker "
        "and then fell silent as the sound of the engines arrived a few seconds later.",
        "It was the company's second attempt this week. On Tuesday, the launch was called "
        "off because of strong winds high above the site, and many of the same spectators "
        "came back on Thursday.",
        "\"I brought my son on Tuesday and he cried when they cancelled,\" said Keiko "
        "Harada, 38, from Obihiro. \"Today he did not stop shouting for five minutes.\"",
        "## Four satellites",
        "According to Sorafune Dynamics, the two-stage rocket's first stage separated about "
        "two minutes and 40 seconds after liftoff. The second stage shut down its engine "
        "about eight and a half minutes into the flight, and the satellites were released "
        "roughly 10 minutes after liftoff into an orbit about 500 kilometres above the "
        "Earth.",
        "The payload was the 48-kilogram Earth-observation satellite Suzuran-1, developed "
        "with a group of Hokkaido universities to monitor farmland and coastal waters, "
        "along with three cubesats. The four satellites weighed 72 kilograms together.",
        "At a briefing at the town's community centre in the afternoon, founder and chief "
        "executive Ayumi Kanazawa, 41, said the team had received the first signals from "
        "Suzuran-1 at 1:15 p.m. through a ground station in Norway.",
        "\"Today the rocket did exactly what the numbers said it would, and for an engineer "
        "there is no more beautiful sentence than that,\" she said, before thanking the "
        "fishermen's cooperative, which had kept boats out of the safety zone off the coast "
        "on both Tuesday and Thursday.",
        "## Town hopes for more launches",
        "The spaceport has hosted a string of suborbital flights, including Sorafune's own "
        "test last September, when a smaller test vehicle reached an altitude of 112 "
        "kilometres. Thursday's flight was the first to reach orbit from the site.",
        "Town officials hope regular orbital launches will bring visitors and jobs. Several "
        "inns and restaurants in the town were fully booked this week, and a local bakery "
        "sold rocket-shaped bread on both launch days.",
        "\"People used to drive through Taiki on the way to somewhere else,\" said a town "
        "official in charge of the space project. \"This week they came here on purpose.\"",
        "Kanazawa said the company aimed to fly its second orbital mission by the end of "
        "the year, and that the next rocket was already being assembled at the company's "
        "workshop in the town.",
        "Sorafune said the rocket's first stage fell into the Pacific Ocean well inside the "
        "planned safety zone.",
        "Shuttle buses from the viewing area to the town centre ran until about 2 p.m. The "
        "town thanked visitors for following the parking rules and said the viewing area "
        "would reopen for the next launch.",
    ],
)

RK_WIRE = _p(
    "wire", site="Meridian Wire Service", domain="meridianwire.example",
    path="/science/japan-startup-sorafune-rocket-reaches-orbit-2026-06-11/",
    headline="Japanese start-up Sorafune puts four satellites into orbit on maiden orbital flight",
    dek="KAGURA-1 flies from Hokkaido two days after a scrub caused by high-altitude winds",
    authors=["Naoki Terada"], byline="By Naoki Terada",
    published="2026-06-11T03:30:00Z", modified="2026-06-11T07:05:00Z",
    stamp="June 11, 2026 3:30 AM GMT · Updated June 11, 2026 7:05 AM GMT",
    section="Science",
    keywords=["Japan", "space", "rockets", "startups"],
    image=("https://images.meridianwire.example/2026/06/11/kagura1-launch.jpg",
           "Sorafune Dynamics' KAGURA-1 rocket lifts off from Hokkaido Spaceport in Taiki, "
           "Hokkaido, Japan, June 11, 2026.", "Meridian / Hiroshi Kubo"),
    related=[("/science/japan-space-startups-funding-2026-03-02/",
              "Japan's space start-ups chase launch contracts"),
             ("/science/sorafune-suborbital-test-2025-09-18/",
              "Sorafune test rocket tops 100 km in suborbital flight")],
    paras=[
        "TOKYO, June 11 (Meridian) - Japanese rocket start-up Sorafune Dynamics launched "
        "four small satellites into orbit on Thursday in the company's first orbital flight, "
        "a milestone for Japan's efforts to build a private launch industry.",
        "The two-stage KAGURA-1 rocket lifted off from Hokkaido Spaceport in the town of "
        "Taiki, on the Pacific coast of Japan's northernmost main island, at 11:42 a.m. "
        "(0242 GMT), according to a live stream by the company.",
        "The satellites were deployed about 10 minutes after launch into a sun-synchronous "
        "orbit at an altitude of around 500 km (310 miles), the company said.",
        "A first attempt on Tuesday was scrubbed because of strong upper-level winds. "
        "Weather balloons released that morning measured winds above the limits set for "
        "the flight, and the company called off the launch about 20 minutes before the "
        "planned liftoff time.",
        "On Thursday the first stage separated about two minutes and 40 seconds after "
        "liftoff, and the second stage shut down its engine about eight and a half minutes "
        "into the flight, according to commentary on the company's stream. Engineers in "
        "the control room in Taiki applauded as each milestone was announced.",
        "\"Today the rocket did exactly what the numbers said it would,\" founder and Chief "
        "Executive Ayumi Kanazawa told reporters after the launch.",
        "The 19.8-metre (65-foot) rocket, which burns kerosene and liquid oxygen, carried a "
        "total payload of 72 kg (159 lb): an Earth-observation microsatellite called "
        "Suzuran-1 and three cubesats for university and corporate customers.",
        "The company said it had received signals from Suzuran-1 at 1:15 p.m. local time "
        "through a ground station in Norway, indicating that the satellite was working. "
        "Suzuran-1, which weighs 48 kg, was developed with universities in Hokkaido and is "
        "designed to monitor farmland and coastal waters.",
        "Chief engineer Daichi Hoshikawa said the flight data showed both stages had "
        "performed close to predictions. \"We will go through every number before we "
        "celebrate too much,\" he said.",
        "Sapporo-based Sorafune, founded in 2019, has raised 9.8 billion yen ($64 million) "
        "from investors including trading houses, regional banks and a government-backed "
        "fund, according to the company.",
        "Japan's government wants to increase the number of domestic launches to meet "
        "demand for small satellites and to reduce reliance on foreign rockets. The country's "
        "main launch vehicles are operated by the national space agency JAXA and large "
        "industrial partners from a site in southern Japan.",
        "Several private companies have been developing smaller rockets in Hokkaido and "
        "elsewhere, but progress has been slowed by technical problems and failed flights.",
        "Sorafune conducted a suborbital test flight from the same site in September 2025, "
        "when a smaller vehicle reached an altitude of 112 km.",
        "\"Reaching orbit changes the conversation with customers,\" said Lena Hartmann, a "
        "space industry analyst at a Munich consultancy. \"The next question is how quickly "
        "they can fly again, and at what price.\"",
        "Kanazawa said the company aims to launch its second orbital mission by the end of "
        "2026 and to fly about six times a year from 2028.",
        "More than 2,000 spectators watched the launch from a public viewing area near the "
        "spaceport, local officials said.",
        "(Reporting by Naoki Terada; Editing by Priya Nair)",
    ],
)

RK_TV = _p(
    "broadcast", site="JBC News", domain="jbcnews.example",
    path="/en/news/20260611_27/",
    headline="Private rocket launched from Hokkaido reaches orbit",
    dek="Start-up's KAGURA-1 deploys four satellites; company receives first signals",
    authors=["JBC World News"], byline="JBC World News", sep=" | ",
    published="2026-06-11T17:45:00+09:00", modified="2026-06-11T17:45:00+09:00",
    stamp="Jun. 11, 2026 17:45 JST", section="Science & Culture",
    keywords=["space", "Hokkaido", "rocket", "satellites"],
    image=("https://www3.jbcnews.example/en/news/images/20260611_27_kagura.jpg",
           "The KAGURA-1 rocket lifts off in Taiki Town, Hokkaido.", "JBC"),
    related=[("/en/news/20260609_31/", "Hokkaido rocket launch postponed due to winds"),
             ("/en/news/20260520_08/", "Government outlines plan to boost space launches")],
    paras=[
        "A rocket developed by a private company in Hokkaido, northern Japan, has "
        "successfully put four satellites into orbit.",
        "The KAGURA-1 rocket, developed by Sorafune Dynamics, lifted off from Hokkaido "
        "Spaceport in Taiki Town shortly before noon on Thursday.",
        "The company says the rocket's second stage released the satellites into orbit "
        "around 10 minutes after the launch. It says it received signals from the largest "
        "of the four satellites, Suzuran-1, at 1:15 p.m.",
        "The launch had originally been set for Tuesday but was postponed because of strong "
        "winds at high altitude.",
        "The rocket is 19.8 meters long and has two stages. It carried four satellites "
        "weighing a total of 72 kilograms, including three small cubesats.",
        "Suzuran-1, which weighs 48 kilograms, will observe farmland and coastal waters. It "
        "was developed jointly with researchers from universities in Hokkaido. The "
        "satellites are in orbit at an altitude of about 500 kilometers.",
        "## 'Most beautiful sentence'",
        "Sorafune Dynamics' founder and CEO Ayumi Kanazawa spoke to reporters after the "
        "launch.",
        "She said, \"Today the rocket did exactly what the numbers said it would, and for an "
        "engineer there is no more beautiful sentence than that.\"",
        "Kanazawa added that the company would analyze the flight data and aim to conduct "
        "its next orbital launch by the end of this year.",
        "Chief engineer Daichi Hoshikawa said the team had made changes to the rocket's "
        "guidance software and valves after a ground test last winter. He said the flight "
        "data showed the engines had performed close to predictions.",
        "## Local expectations",
        "People gathered at a public viewing area in Taiki to watch the launch. The town "
        "says about 2,300 people came.",
        "Kanazawa thanked the local fishing cooperative, which kept boats out of the "
        "safety zone off the coast on both Tuesday and Thursday. Some spectators had "
        "travelled from as far as Sapporo and Tokyo, and many said they had also come on "
        "Tuesday, when the launch was called off.",
        "\"My children were disappointed two days ago, so today was twice as exciting,\" said "
        "a woman from Obihiro who came with her family.",
        "Town officials hope the spaceport will attract more companies and visitors. The "
        "town has been working to expand facilities, including a second launch pad and a "
        "runway for aircraft tests.",
        "The Japanese government has set a goal of about 30 domestic launches a year by the "
        "early 2030s, including those by private companies. Officials say more launch "
        "sites and rockets are needed to meet growing demand for small satellites.",
        "Sorafune Dynamics, which is based in Sapporo, was founded in 2019. In September "
        "last year, a smaller test rocket reached an altitude of 112 kilometers on a "
        "suborbital flight from the same spaceport.",
        "The company says it has raised about 9.8 billion yen from investors. Its backers "
        "include trading companies, regional banks in Hokkaido and a government-backed "
        "fund that supports start-ups.",
        "Experts say the success could help Japan's space start-ups win orders from "
        "customers at home and abroad. Small satellite operators often book launches years "
        "in advance, and a proven rocket is usually the first thing they ask about.",
    ],
)

RK_LETTER = _p(
    "newsletter", site="Launch Window", domain="launchwindow.example",
    path="/issues/2026-06-12/",
    headline="Launch Window: Sorafune makes orbit, and what the scrub taught us",
    dek="The weekly small-launch roundup. This week: KAGURA-1 from Hokkaido, plus the "
        "numbers behind the flight.",
    authors=["Dev Malhotra"], byline="Dev Malhotra", jsonld=False, published=None,
    modified=None, stamp="June 12, 2026", section="Issues", sep=" | ",
    keywords=["small launch", "Japan", "KAGURA-1"],
    related=[("/issues/2026-06-05/", "Last week: three launches, one anomaly"),
             ("/tracker/", "Small-launch tracker")],
    paras=[
        "If you were in North America this week, you may have watched this one late on "
        "Wednesday night. KAGURA-1 left the pad at Hokkaido Spaceport at 10:42 p.m. EDT on "
        "June 10, which was 11:42 a.m. Thursday local time in Taiki, and about ten minutes "
        "later Sorafune Dynamics had four satellites in a roughly 500 km sun-synchronous "
        "orbit. It was the company's first orbital attempt, and it worked.",
        "## The flight, by the numbers",
        "Vehicle: two stages, kerosene/LOX, 19.8 m tall (about 65 ft).",
        "Payload: 72 kg total (about 159 lb). The headliner was Suzuran-1, a 48 kg "
        "Earth-observation microsat built with Hokkaido universities. Riding along: three 6U "
        "cubesats of about 8 kg each.",
        "Timeline: stage separation at about T+2:40, second-stage cutoff at about T+8:30, "
        "deployment at about T+10 minutes. Sorafune says it heard from Suzuran-1 at 1:15 "
        "p.m. JST via a ground station in Norway, i.e. roughly an hour and a half after "
        "liftoff.",
        "## About Tuesday",
        "The first attempt, on Tuesday, was scrubbed for upper-level winds. That is a boring "
        "reason, and boring is good: no hardware problem, no hold for a sensor, just a "
        "weather balloon that came back with numbers the team didn't like. A team that "
        "scrubs for winds on its first orbital try is a team that has learned from other "
        "people's failures.",
        "## Why this one matters",
        "Japan has been trying for years to grow a domestic small-launch sector, and "
        "Hokkaido has been the centre of a lot of that effort. Sorafune's suborbital test in "
        "September 2025 hit 112 km, which proved the engine but not the vehicle. Thursday "
        "proved the vehicle.",
        "CEO Ayumi Kanazawa had the quote of the day: the rocket \"did exactly what the "
        "numbers said it would, and for an engineer there is no more beautiful sentence than "
        "that.\" We agree, with the caveat that the sentence engineers most want to hear next "
        "is the one about doing it again, soon and on schedule.",
        "## Money and cadence",
        "Sorafune has raised ¥9.8bn, or about $64m, which is not much for an orbital launch "
        "company. The company is targeting a second orbital flight before the end of 2026 "
        "and about six flights a year from 2028. The gap between the first and second "
        "flights is the number we will be watching most closely; it says more about the "
        "business than any single success.",
        "## On the ground",
        "Local coverage put the crowd at the public viewing area at about 2,300, many of them "
        "repeat visitors from Tuesday. The fishing cooperative kept boats clear of the range "
        "both days, which is the kind of local relationship that quietly decides whether a "
        "spaceport can fly often.",
        "## Elsewhere in small launch",
        "One more detail for the spreadsheet people: the 19.8 m vehicle is small even by "
        "small-launch standards, so 72 kg to a 500 km sun-synchronous orbit is a "
        "respectable first showing rather than a record.",
        "Two other operators have flights on the calendar for later this month; we will "
        "cover them when they fly, not when they announce. See our tracker for dates.",
        "Housekeeping: our launch tracker now shows local time at the pad as well as UTC, "
        "after several of you asked. If a date looks wrong, reply and tell us.",
        "Clear skies,",
        "Dev",
    ],
)

STORY_5 = _story("rk-LF5", "rocket", "2026-06-14",
                 [RK_LOCAL, RK_WIRE, RK_TV, RK_LETTER], [])


# ---------------------------------------------------------------------------
# eq-LF6: Hualien earthquake (CONTROL)
# Facts: Saturday 24 October 2026, 4:52 a.m. local (UTC+8) = 20:52 GMT Friday 23 October.
# Central Weather Administration (CWA): magnitude 6.4, depth 21.7 km, epicentre at sea 18.4 km
# east of Hualien County Hall; highest intensity 6-lower in Hualien County, 4 in Taipei. USGS:
# magnitude 6.2. Largest aftershock M5.3 at 5:17 a.m.; aftershock count more than 40 by noon
# Saturday, 63 by 6 p.m. Saturday, 87 by 8 a.m. Sunday. CWA warns of aftershocks up to about
# M5.5 over the next week. No tsunami threat; felt on Yonaguni (Japan).
# Toll (Central Emergency Operation Center): 7:30 a.m. Sat 1 dead / 12 injured; 11 a.m. 2 dead
# / 41 injured; 6 p.m. 4 dead / 86 injured; 8 a.m. Sun 4 dead / 93 injured. Dead: truck
# driver, 43, rockfall on the Suhua Highway; man, 71, collapsed brick house in Xincheng
# Township (pulled out about 10:20 a.m.); woman, 68, struck by falling facade debris in
# Hualien City; quarry worker, 52, rockslide in Xiulin Township. Power cut to about 31,000
# households at the peak, most restored by 10 a.m. Trains between Hualien and Su'ao suspended,
# resumed at reduced speed at 2:30 p.m.; Suhua Highway closed, still closed Sunday. Taroko
# National Park closed. Officials: CWA Seismological Center director Chen Wen-liang; Hualien
# deputy county magistrate Kuo Ya-ting.
# Quote (Chen, full): "This was the kind of earthquake the east coast knows well, and people
# should expect strong aftershocks for at least the next week."
# CONTROL: no disagreement.
# ---------------------------------------------------------------------------

EQ_LIVE = _p(
    "live", site="FBN News", domain="fbnnews.example",
    path="/english/live/2026/10/24/hualien-earthquake/",
    headline="Live: Magnitude 6.4 earthquake strikes off Hualien",
    dek="Follow the latest on the quake that shook eastern Taiwan before dawn on Saturday: "
        "casualties, aftershocks, road and rail closures.",
    authors=["FBN News English desk"], byline="FBN News English desk",
    published="2026-10-24T05:20:00+08:00", modified="2026-10-24T18:40:00+08:00",
    stamp="Sat, Oct 24, 2026 · Updated 18:40", section="Taiwan", sep=" | ",
    keywords=["earthquake", "Hualien", "Central Weather Administration", "aftershocks"],
    image=("https://img.fbnnews.example/english/2026/10/24/xincheng-rescue.jpg",
           "Rescue workers search a collapsed brick house in Xincheng Township, Hualien "
           "County, on Saturday morning.", "FBN News"),
    related=[("/english/explainers/taiwan-intensity-scale/",
              "Explainer: how Taiwan measures earthquake intensity"),
             ("/english/taiwan/2026/10/24/earthquake-safety-tips/",
              "What to do during an aftershock"),
             ("/english/video/hualien-quake-cctv/", "Video: the moment the quake hit")],
    paras=[
        "A strong earthquake struck off the coast of Hualien County in eastern Taiwan at "
        "4:52 a.m. on Saturday, waking people across the island. This page is being updated "
        "by our news desk throughout the day. All times are Taiwan time.",
        "If you are in Hualien and need help, call the county government's disaster "
        "hotline or go to the nearest township office. Stay away from damaged buildings and "
        "from slopes along the coast and in the mountains, where rockfalls are still "
        "possible. Check on older neighbours if it is safe to do so.",
    ],
    entries=[
        ("18:20", "2026-10-24T18:20:00+08:00", "Death toll rises to four; 86 injured", [
            "The Central Emergency Operation Center says four people have died and 86 have "
            "been injured as of 6 p.m. The two latest deaths are a 68-year-old woman in "
            "Hualien City who was struck by debris falling from a building's facade, and a "
            "52-year-old worker at a quarry in Xiulin Township who was caught in a "
            "rockslide.",
            "The CWA has now recorded 63 aftershocks.",
        ]),
        ("16:05", "2026-10-24T16:05:00+08:00", "Five shelters open", [
            "Hualien Deputy County Magistrate Kuo Ya-ting says the county has opened five "
            "shelters for people who do not want to sleep at home tonight. Engineers will "
            "inspect damaged buildings over the weekend, starting with older apartment "
            "blocks in the city centre.",
        ]),
        ("14:30", "2026-10-24T14:30:00+08:00", "Trains running again, slowly", [
            "Taiwan Railway says services between Hualien and Su'ao have resumed after track "
            "inspections, with trains running at reduced speed on some sections. The Suhua "
            "Highway remains closed because of rockfalls, and Taroko National Park is closed "
            "to visitors.",
        ]),
        ("12:10", "2026-10-24T12:10:00+08:00", "CWA: expect strong aftershocks", [
            "Chen Wen-liang, director of the CWA's Seismological Center, told a briefing "
            "that more than 40 aftershocks had been recorded so far.",
            "\"This was the kind of earthquake the east coast knows well, and people should "
            "expect strong aftershocks for at least the next week,\" Chen said. He said "
            "aftershocks of up to about magnitude 5.5 were possible.",
        ]),
        ("11:00", "2026-10-24T11:00:00+08:00", "Second death confirmed", [
            "A 71-year-old man has died after being pulled from the rubble of an old brick "
            "house in Xincheng Township at about 10:20 a.m., county officials say. The "
            "emergency centre's latest figures: two dead and 41 injured.",
        ]),
        ("09:05", "2026-10-24T09:05:00+08:00", "Power mostly restored", [
            "Taipower says electricity was cut to about 31,000 households in Hualien at the "
            "peak. It expects to restore supply to most of them by 10 a.m.",
        ]),
        ("07:40", "2026-10-24T07:40:00+08:00", "One dead, 12 injured", [
            "The Central Emergency Operation Center reports one death: a 43-year-old truck "
            "driver whose vehicle was hit by falling rocks on the Suhua Highway. Twelve "
            "people have been injured, most of them by falling objects at home.",
        ]),
        ("05:35", "2026-10-24T05:35:00+08:00", "Magnitude 5.3 aftershock", [
            "A magnitude 5.3 aftershock hit at 5:17 a.m., according to the CWA. Residents in "
            "Hualien City reported items falling from shelves for a second time.",
        ]),
        ("05:20", "2026-10-24T05:20:00+08:00", "What we know so far", [
            "The Central Weather Administration says the quake had a magnitude of 6.4 and a "
            "depth of 21.7 km. The epicentre was at sea, 18.4 km east of Hualien County "
            "Hall.",
            "The highest intensity, 6-lower on Taiwan's scale, was recorded in Hualien "
            "County. In Taipei the intensity was 4, strong enough to set off mobile phone "
            "alerts and to swing hanging lights in apartments.",
            "The CWA says there is no tsunami threat. Japan's weather agency says the "
            "shaking was felt on Yonaguni island but that no tsunami advisory has been "
            "issued.",
            "There are no immediate reports of casualties. Fire departments in Hualien "
            "say they have received dozens of calls about falling objects and gas smells.",
        ]),
    ],
)

EQ_WIRE = _p(
    "wire", site="Pacific Rim Wire", domain="pacrimwire.example",
    path="/asia/taiwan/earthquake-hualien-20261023",
    headline="Strong quake hits eastern Taiwan, one dead",
    dek="Magnitude 6.4 tremor off Hualien felt in Taipei; rockfalls close coastal highway",
    authors=["Jessica Lo"], byline="Jessica Lo",
    published="2026-10-23T22:05:00Z", modified="2026-10-24T00:10:00Z",
    stamp="Fri 23 Oct 2026 22.05 GMT · Last modified Sat 24 Oct 2026 00.10 GMT",
    section="Asia", sep=" - ",
    keywords=["Taiwan", "earthquakes", "Hualien", "disasters"],
    image=("https://static.pacrimwire.example/photos/2026/10/24/hualien-rockfall.jpg",
           "Rocks cover a section of the Suhua Highway north of Hualien, Taiwan, after an "
           "earthquake on Saturday.", "Pacific Rim Wire / Eric Chang"),
    related=[("/asia/taiwan/earthquake-preparedness-20260915",
              "Taiwan's quake drills draw record turnout"),
             ("/asia/taiwan/hualien-tourism-recovery-20260602",
              "Hualien's tourism slowly recovers")],
    paras=[
        "TAIPEI (PRW) - A magnitude 6.4 earthquake struck off Taiwan's east coast before dawn "
        "on Saturday, killing at least one person, injuring 12 and triggering rockfalls "
        "that closed a major coastal highway, authorities said.",
        "The quake hit at 4:52 a.m. local time (2052 GMT Friday) at a depth of 21.7 km, "
        "with its epicentre in the sea about 18 km east of Hualien, according to Taiwan's "
        "Central Weather Administration (CWA). The U.S. Geological Survey put the magnitude "
        "at 6.2.",
        "The one confirmed death was a 43-year-old truck driver whose vehicle was struck by "
        "falling rocks on the Suhua Highway, which runs along cliffs north of Hualien, the "
        "Central Emergency Operation Center said in a 7:30 a.m. update.",
        "Most of the 12 people injured were hurt by falling objects in their homes, the "
        "centre said. Rescuers were searching a collapsed old brick house in Xincheng "
        "Township, just north of Hualien city, where a resident was believed to be trapped.",
        "Buildings swayed for several seconds in the capital, Taipei, about 120 km to the "
        "north-west, where the CWA recorded an intensity of 4 on Taiwan's scale. In Hualien "
        "County, the highest intensity was 6-lower.",
        "A magnitude 5.3 aftershock followed at 5:17 a.m.",
        "Residents of Hualien city described a sharp jolt followed by long rolling motion. "
        "\"The cupboard doors flew open and every plate we own came out,\" said Wang "
        "Hsiu-lan, 63, who ran into the street with her husband and grandson. \"Then the "
        "second one came while we were still standing outside in our pyjamas.\"",
        "Convenience stores in the city stayed open through the morning, and long queues "
        "formed for bottled water and batteries.",
        "\"This was the kind of earthquake the east coast knows well,\" Chen Wen-liang, "
        "director of the CWA's Seismological Center, told reporters.",
        "State-run utility Taipower said power was cut to about 31,000 households in "
        "Hualien. Taiwan Railway suspended services between Hualien and Su'ao in Yilan "
        "County while it checked tracks and bridges.",
        "The CWA said there was no tsunami threat. Japan's weather agency said the shaking "
        "was felt on Yonaguni, Japan's westernmost inhabited island, about 110 km east of "
        "Taiwan, but issued no tsunami advisory.",
        "Hualien, a popular tourist destination known for the marble cliffs of Taroko Gorge, "
        "sits near the junction of two tectonic plates and is frequently shaken by "
        "earthquakes. The county was badly hit by a powerful quake in April 2024.",
        "Taiwan's chip plants, most of which are on the west side of the island, said they "
        "were checking equipment but reported no significant damage. Several companies "
        "said some staff had been briefly evacuated as a precaution.",
        "The island has strict building codes and a well-practised emergency response, and "
        "schools and offices regularly hold earthquake drills. Many residents received "
        "alerts on their mobile phones a few seconds before the strongest shaking reached "
        "them.",
        "Officials said the number of casualties could rise as rescuers reached more remote "
        "areas in the mountains west of Hualien, where several roads were blocked by "
        "landslides.",
        "(Reporting by Jessica Lo; Editing by Tom Ashdown)",
    ],
)

EQ_LOCAL = _p(
    "local", site="Hualien Coast Online", domain="hualiencoast.example",
    path="/2026/10/24/quake-day-in-xincheng-and-the-city/",
    headline="Four dead as Hualien counts the cost of pre-dawn quake",
    dek="Neighbours in Xincheng dug with their hands before rescuers arrived; aftershocks "
        "keep residents outdoors",
    authors=["Ciwas Yudaw", "Huang Shih-chieh"], byline="By Ciwas Yudaw and Huang Shih-chieh",
    published="2026-10-24T20:10:00+08:00", modified="2026-10-24T21:30:00+08:00",
    stamp="Saturday, October 24, 2026 — 8:10 PM", section="Local News",
    keywords=["Hualien", "Xincheng", "earthquake", "community"],
    image=("https://hualiencoast.example/uploads/2026/10/residents-park-night.jpg",
           "Residents spend the evening in a park in Hualien City on Saturday, wary of "
           "aftershocks.", "Photo: Huang Shih-chieh"),
    related=[("/2026/10/24/where-to-get-help/",
              "Where to get help: shelters, water and damage reports"),
             ("/2026/10/24/roads-and-trains-status/",
              "Roads and trains: what is open tonight"),
             ("/2026/04/03/two-years-after-the-2024-quake/",
              "Two years after the 2024 quake, what changed")],
    paras=[
        "HUALIEN - By Saturday evening, the earthquake that woke Hualien at 4:52 a.m. had "
        "claimed four lives, and 86 people had been treated for injuries, according to the "
        "Central Emergency Operation Center's 6 p.m. figures.",
        "The Central Weather Administration measured the quake at magnitude 6.4. Its "
        "epicentre was in the sea 18.4 km east of the County Hall, at a depth of about 22 "
        "km, close enough that many residents said they felt a sharp jolt before the "
        "rolling began.",
        "## 'We dug with our hands'",
        "In Xincheng Township, neighbours of a 71-year-old man whose old brick house "
        "collapsed began pulling at the rubble before the first fire engines arrived. "
        "Rescuers brought him out at about 10:20 a.m., but he was declared dead at the "
        "hospital.",
        "\"We dug with our hands until the firefighters told us to step back,\" said Lee "
        "Chun-mei, 55, who lives two doors away. \"He used to sit outside every morning and "
        "tell us about the weather. I keep looking at his chair.\"",
        "The other three people killed were a 43-year-old truck driver hit by falling rocks "
        "on the Suhua Highway, a 68-year-old woman struck by pieces of a building facade in "
        "the city centre, and a 52-year-old quarry worker caught in a rockslide in Xiulin "
        "Township.",
        "Deputy County Magistrate Kuo Ya-ting said the county had opened five shelters and "
        "that engineers would inspect damaged buildings over the weekend. \"If you are not "
        "sure your building is safe, do not sleep in it tonight. Come to a shelter or stay "
        "with family,\" Kuo said.",
        "## Aftershocks keep people outside",
        "The CWA had counted 63 aftershocks by 6 p.m., the largest a magnitude 5.3 tremor "
        "at 5:17 a.m. Chen Wen-liang, who heads the agency's Seismological Center, warned "
        "that \"people should expect strong aftershocks for at least the next week.\"",
        "That advice was taken seriously in the city. In the evening, families set up "
        "folding chairs and tents in parks and school playgrounds, and convenience stores "
        "near the train station ran short of bottled water.",
        "Several older apartment blocks near the train station were taped off after "
        "residents reported new cracks in stairwells.",
        "Power cuts that affected about 31,000 households at the peak had mostly been "
        "repaired by mid-morning, Taipower said.",
        "## Roads and trains",
        "Trains between Hualien and Su'ao started running again at 2:30 p.m. at reduced "
        "speed. The Suhua Highway remained closed to all traffic, and the county said it "
        "would not reopen until geologists had checked the slopes above it. Taroko National "
        "Park is closed until further notice.",
        "Hotel owners said several tour groups had cancelled bookings for next week. \"We "
        "went through this two years ago, and we know people will come back,\" said the "
        "manager of a guesthouse on Zhongshan Road. \"We just don't know when.\"",
        "Farmers in the rift valley south of the city reported damaged irrigation channels, "
        "and the county's agriculture office said it would send staff to assess them on "
        "Monday.",
        "## How to get help",
        "The county government's hotline is staffed around the clock, and volunteers from "
        "local churches and temples are handing out meals at the shelters. Residents who "
        "want their homes inspected can register at their township office from Sunday "
        "morning.",
    ],
)

EQ_PAPER = _p(
    "paper", site="Taipei Standard", domain="taipeistandard.example",
    path="/news/front/archives/2026/10/25/2004336105",
    headline="Hualien quake kills four, injures 93",
    dek="Rescue and inspection work continues as aftershocks rattle the east coast; Suhua "
        "Highway stays shut",
    authors=["Chang Wei-lun", "Hsu Mei-hua"],
    byline="By Chang Wei-lun in Hualien and Hsu Mei-hua in Taipei / Staff reporters",
    published="2026-10-25T03:00:00+08:00", modified="2026-10-25T09:30:00+08:00",
    stamp="Sun, Oct 25, 2026 page 1 · Updated 9:30 am", section="Front Page",
    keywords=["earthquake", "Hualien", "CWA", "disaster response"],
    image=("https://img.taipeistandard.example/images/2026/10/25/p01-hualien-quake.jpg",
           "Firefighters remove debris from a damaged building facade in Hualien City "
           "yesterday.", "Photo: Chang Wei-lun, Taipei Standard"),
    related=[("/news/taiwan/archives/2026/10/25/2004336112",
              "Hualien shelters fill as residents avoid damaged homes"),
             ("/news/biz/archives/2026/10/25/2004336120",
              "Chipmakers report no major disruption after quake"),
             ("/news/editorials/archives/2026/10/25/2004336131",
              "Editorial: Preparedness paid off, again")],
    paras=[
        "A magnitude 6.4 earthquake off Hualien County early yesterday killed four people "
        "and injured 93, the Central Emergency Operation Center said as of 8am today, as "
        "aftershocks continued to shake the east coast.",
        "The quake struck at 4:52am at a depth of 21.7km, with its epicenter at sea 18.4km "
        "east of Hualien County Hall, the Central Weather Administration (CWA) said. The US "
        "Geological Survey measured it at magnitude 6.2.",
        "The CWA had recorded 87 aftershocks by 8am today. The largest, a magnitude 5.3 "
        "tremor, came 25 minutes after the main shock.",
        "\"This was the kind of earthquake the east coast knows well, and people should "
        "expect strong aftershocks for at least the next week,\" CWA Seismological Center "
        "director Chen Wen-liang (陳文良) said, adding that aftershocks of up to about "
        "magnitude 5.5 could occur.",
        "The four people killed were a truck driver hit by falling rocks on the Suhua "
        "Highway, a man who died after his house collapsed in Xincheng Township, a woman "
        "struck by debris in Hualien City and a quarry worker in Xiulin Township. The first "
        "death was reported shortly after dawn, and the toll rose through the day as "
        "rescuers reached damaged sites.",
        "The number of injured rose overnight, from 86 at 6pm yesterday, as more people "
        "sought treatment for cuts and bruises, officials said. Most had minor injuries.",
        "## Highway still closed",
        "The Suhua Highway remained closed this morning, and the Directorate General of "
        "Highways said it would take at least several days to clear rocks and stabilize "
        "slopes on the worst-hit sections. Train services between Hualien and Su'ao "
        "Township in Yilan County, which were suspended after the quake, resumed at 2:30pm "
        "yesterday at reduced speed.",
        "Taroko National Park remains closed, park officials said.",
        "Hualien Deputy County Magistrate Kuo Ya-ting (郭雅婷) said more than 200 people "
        "spent last night in the county's five shelters, many of them older residents of "
        "Xincheng and of old apartment blocks in the city center. Engineers began "
        "inspecting damaged buildings yesterday afternoon and would continue today, she "
        "said.",
        "## Felt across Taiwan",
        "The highest intensity, 6-lower on the CWA's scale, was recorded in Hualien County. "
        "In Taipei, where the intensity reached 4, many residents were woken by mobile "
        "phone alerts seconds before the shaking arrived.",
        "Taipower said about 31,000 households in Hualien lost electricity at the peak and "
        "that supply had been restored to most of them by mid-morning yesterday.",
        "Semiconductor companies in the Hsinchu, Taichung and Tainan science parks said "
        "they had checked equipment and that production was not significantly affected.",
        "The Executive Yuan said it had approved emergency relief funds for Hualien and "
        "that the central government would help cover the cost of temporary housing for "
        "families whose homes were declared unsafe.",
        "Tsai Yu-hsuan (蔡宇萱), a seismologist at National Central University, said the "
        "quake's depth and location were typical of the area where the Philippine Sea Plate "
        "pushes against the Eurasian Plate. \"The good news is that this sequence looks "
        "normal so far. The bad news is that normal includes a few more jolts that people "
        "will feel,\" she said.",
        "The shaking was also felt on Japan's Yonaguni island, but no tsunami warning was "
        "issued on either side.",
        "Additional reporting by staff writer Lee Hsin-yi",
    ],
)

STORY_6 = _story("eq-LF6", "earthquake", "2026-10-27",
                 [EQ_LIVE, EQ_WIRE, EQ_LOCAL, EQ_PAPER], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
