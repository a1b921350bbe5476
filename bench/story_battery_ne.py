"""Part NE of the story battery (web pages).

Written by engineer NE1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py NE`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-NE1 (Bank of Mauritius cuts its Key Rate 25 bp to 4.25% on Wednesday 18 March 2026 by a
  5-2 vote) is a CONTROL; traps: 25 basis points vs "a quarter point", 4.25% vs "4.5" old rate,
  2 p.m. Port Louis time vs 10:00 GMT, "yesterday"/"on Wednesday" from pages of later days,
  US$200m of FX sales vs Rs9.2bn, rate corridor (3.25%/5.25%), forecasts (3.4% inflation,
  3.3% growth, a cut to 4% expected), previous decision, next meeting, an ad with a deposit
  rate, the governor's French remarks translated two ways, First Deputy vs deputy governor.
- el-NE2 (Atwima Ridge parliamentary by-election in Ghana on Tuesday 12 May 2026, won by the
  NPP's Yaw Owusu-Ansah) is PLANTED: the winner's tally (21,486 everywhere, 21,846 on the
  Sunrise FM page) and the declaration time (3:40 a.m. everywhere, 4:40 a.m. in the Accra
  Chronicle); traps: live-blog partial counts rising through the night, percentages vs
  counts, turnout 53% vs "about 41,500 of 78,240", the margin rounded, the 2024 result (58.1%,
  71.4% turnout), polls extended by an hour at two stations, relative days.
- ct-NE3 (Kenya's Supreme Court strikes down Kirinyaga County's cross-county produce cess,
  5-2, on Friday 17 July 2026) is a CONTROL; traps: the Court of Appeal's earlier 2-1 split
  and the 2023 High Court ruling, KSh 2 per kg vs "about 1.5 US cents", the KSh1.4bn refund
  the petitioners sought (refused) vs about $10.8m, 30-day deadline, 10:30 a.m. EAT vs 07:30
  GMT, "about 20" of 47 counties vs "nearly half", lead judge vs presiding Chief Justice,
  quotes cut or paraphrased, "Senior Counsel" vs "SC".
- tr-NE4 (Morocco's first-half 2026 trade data from the Office des Changes, released on
  Thursday 30 July 2026) is PLANTED: the deficit's growth (6.2% everywhere, 8.2% in AfriTrade
  Monitor) and automotive exports (81.7bn dirhams everywhere, 87.1bn in the Casablanca
  Economic Daily); traps: dirhams vs dollars vs euros, H1 2025 base figures, the export and
  import growth rates, coverage ratio down 0.3 percentage points, remittances, tourism, FDI,
  energy bill, sector parts of the whole, a central-bank forecast.
- rk-NE5 (Umoya Aerospace's Khwezi-2 suborbital test flight from the Overberg range in South
  Africa on Saturday 12 September 2026) is PLANTED: apogee (112 km everywhere, 121 km on Cape
  Broadcast News) and the chief engineer's name (Lerato Dlamini everywhere, "Dhlamini" in the
  Overberg Gazette); traps: 07:42 SAST vs 05:42 UTC, km vs miles, the 105 km target, the 38 km
  first flight of 2025, 11 min 20 s vs "just over 11 minutes", rand vs dollars, the delayed
  window, the 2028 orbital plan, range vs Arniston vs "south-east of Cape Town".
- eq-NE6 (magnitude 6.0 / 5.8 earthquake near Karonga in northern Malawi at 01:14 local time on
  Thursday 19 February 2026, 23:14 GMT on Wednesday) is a CONTROL; traps: the toll rising from
  3 to 7 to 9 to 11 dead across pages with "as of" times, injured and houses rising, USGS vs
  Malawi's Geological Survey magnitudes, 10 km depth vs 22 km distance, km vs miles, aftershock
  magnitudes and counts over time, kwacha vs dollars for the appeal, Karonga town vs district
  vs northern region, survivor quotes trimmed.
"""

from __future__ import annotations

import html
import json
import zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "NE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page building blocks
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


def _ad(text: str, slot: str = "mpu") -> str:
    return (f'<aside class="ad-slot ad-{slot}" aria-label="Advertisement">'
            f'<span class="ad-label">Advertisement</span>'
            f'<div class="ad-creative"><a rel="sponsored nofollow" href="https://ads.adserve.example/click?slot={slot}">{_e(text)}</a></div></aside>')


def _body(items: list[Any]) -> str:
    """Article body items: a str is a paragraph; tuples are ('h', text), ('fig', caption,
    credit, src), ('ad', text), ('pull', text), ('li', [items])."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{_e(it)}</p>")
        elif it[0] == "h":
            out.append(f"<h2>{_e(it[1])}</h2>")
        elif it[0] == "fig":
            out.append(f'<figure class="inline-photo"><img src="{_a(it[3])}" alt="{_a(it[1])}" loading="lazy">'
                       f'<figcaption>{_e(it[1])} <span class="credit">{_e(it[2])}</span></figcaption></figure>')
        elif it[0] == "ad":
            out.append(_ad(it[1], "inarticle"))
        elif it[0] == "pull":
            out.append(f'<blockquote class="pull-quote"><p>{_e(it[1])}</p></blockquote>')
        elif it[0] == "li":
            out.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in it[1]) + "</ul>")
    return "\n".join(out)


def _cookie(site: str) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{_e(site)} and our partners use cookies '
            'to personalise content, measure audiences and show relevant advertising. You can change your '
            'choices at any time under Privacy settings.</p><button class="accept">Accept all</button> '
            '<button class="reject">Reject non-essential</button> <a href="/privacy">Manage preferences</a></div>')


def _share(url: str) -> str:
    u = _a(url)
    return ('<div class="share-bar"><span>Share this article</span>'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share-x" href="https://x.example/intent/post?url={u}">X</a>'
            f'<a class="share-wa" href="https://wa.example/send?text={u}">WhatsApp</a>'
            f'<a class="share-li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            '<button class="copy-link">Copy link</button></div>')


def _nav(items: list[str]) -> str:
    return '<nav class="main-nav"><ul>' + "".join(
        f'<li><a href="/{_a(i.lower().replace(" ", "-"))}">{_e(i)}</a></li>' for i in items) + "</ul></nav>"


def _rail(title: str, links: list[str], cls: str = "related") -> str:
    return (f'<aside class="{cls}-rail"><h3>{_e(title)}</h3><ul>' + "".join(
        f'<li><a href="/story/{zlib.crc32(t.encode()) % 900000 + 100000}">{_e(t)}</a></li>' for t in links) + "</ul></aside>")


def _jsonld(kind: str, headline: str, published: str | None, modified: str | None,
            author: str, publisher: str, url: str) -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": headline,
                         "mainEntityOfPage": url,
                         "author": {"@type": "Person" if " " in author and not author.isupper() else "Organization", "name": author},
                         "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    return '<script type="application/ld+json">' + json.dumps(d) + "</script>"


def _wire(*, site: str, url: str, section: str, headline: str, summary: str, byline: str,
          pub_iso: str, mod_iso: str | None, visible: str, body: list[Any], related: list[str],
          tags: list[str], ad_text: str) -> str:
    """Wire-agency template: full metadata, terse layout, dateline already in the body."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(summary)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
<meta property="article:published_time" content="{pub_iso}">
{f'<meta property="article:modified_time" content="{mod_iso}">' if mod_iso else ''}
<meta property="article:section" content="{_a(section)}">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/assets/wire.min.css">
{_jsonld("NewsArticle", headline, pub_iso, mod_iso, byline, site, url)}
</head>
<body class="wire article">
{_cookie(site)}
<header class="site-header"><a class="logo" href="/">{_e(site)}</a>
{_nav(["World", "Africa", "Business", "Markets", "Politics", "Science", "Sport", "Pictures", "Wire services"])}
<form class="search" action="/search"><input name="q" placeholder="Search {_a(site)}"></form></header>
{_ad("Trade smarter with real-time market data. Start your 14-day free trial.", "leaderboard")}
<main>
<article>
<p class="kicker">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
<div class="byline">By {_e(byline)} <time>{_e(visible)}</time></div>
{_share(url)}
<div class="article-body">
{_body(body)}
</div>
<p class="reporting-credit">Editing by the {_e(site)} Africa desk. Our Standards: The Trust Principles.</p>
<ul class="tags">{"".join(f"<li>{_e(t)}</li>" for t in tags)}</ul>
</article>
{_ad(ad_text)}
{_rail("Related coverage", related)}
</main>
<footer class="site-footer"><p>&copy; 2026 {_e(site)}. All rights reserved. Republication or redistribution of content is prohibited without prior written consent.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>"""


def _paper(*, site: str, url: str, section: str, headline: str, standfirst: str, byline: str,
           visible_date: str, body: list[Any], hero: tuple[str, str] | None,
           most_read: list[str], newsletter: str, ad_texts: list[str],
           pub_iso: str | None = None) -> str:
    """Newspaper template: visible date, maybe no machine date, hero photo, most-read rail."""
    meta_pub = f'<meta property="article:published_time" content="{pub_iso}">' if pub_iso else ""
    hero_html = ""
    if hero:
        hero_html = (f'<figure class="hero"><img src="/media/hero-{zlib.crc32(headline.encode()) % 99999}.jpg" alt="{_a(hero[0])}">'
                     f'<figcaption>{_e(hero[0])} <span class="photo-credit">Photo: {_e(hero[1])}</span></figcaption></figure>')
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(standfirst)}">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(standfirst)}">
{meta_pub}
<link rel="stylesheet" href="/static/css/paper.css">
</head>
<body>
{_cookie(site)}
<div class="topbar"><span class="edition">{_e(visible_date)}</span> <a href="/subscribe" class="subscribe-btn">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="masthead"><a href="/" class="brand">{_e(site)}</a></header>
{_nav(["News", "Politics", "Business", "Opinion", "Regions", "Sport", "Lifestyle", "E-paper"])}
{_ad(ad_texts[0], "billboard")}
<main class="content">
<article class="story">
<div class="section-label">{_e(section)}</div>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">{_e(byline)}</span> <span class="date">{_e(visible_date)}</span> <span class="read-time">5 min read</span></div>
{hero_html}
{_share(url)}
<div class="article-body">
{_body(body)}
</div>
<div class="newsletter-box"><h4>Get the morning briefing</h4><p>{_e(newsletter)}</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
<div class="comments-teaser"><a href="#comments">View comments</a></div>
</article>
<aside class="sidebar">
{_ad(ad_texts[1] if len(ad_texts) > 1 else ad_texts[0])}
{_rail("Most read", most_read, "most-read")}
</aside>
</main>
<footer><p>{_e(site)} is published by its registered proprietors. &copy; 2026. All rights reserved.</p><p><a href="/about">About</a> | <a href="/advertise">Advertise with us</a> | <a href="/corrections">Corrections</a> | <a href="/privacy">Privacy &amp; cookies</a></p></footer>
</body>
</html>"""


def _broadcast(*, site: str, url: str, headline: str, summary: str, pub_iso: str | None,
               visible: str, video_caption: str, body: list[Any], more: list[str],
               reporter: str, ad_text: str) -> str:
    """Broadcaster template: video player, 'watch' caption, live TV link, more-stories rail."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(summary)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="video.other">
<meta property="og:site_name" content="{_a(site)}">
{_jsonld("NewsArticle", headline, pub_iso, None, reporter, site, url)}
<link rel="stylesheet" href="/css/bcast.css">
</head>
<body class="news-article">
{_cookie(site)}
<header><div class="logo">{_e(site)}</div><a class="live-tv" href="/live">&#9679; Watch live TV</a> <a class="radio" href="/radio">Listen live</a>
{_nav(["Home", "News", "Business", "Sport", "Weather", "Video", "Programmes", "Schedule"])}</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div>
<h1>{_e(headline)}</h1>
<div class="timestamp">{_e(visible)}</div>
<div class="video-player" data-src="/video/{zlib.crc32(url.encode()) % 999999}.m3u8"><div class="poster"></div><p class="video-caption">WATCH: {_e(video_caption)}</p></div>
{_share(url)}
<div class="article-body">
{_body(body)}
</div>
<p class="reporter">Reporting by {_e(reporter)}</p>
<p class="disclaimer">Follow {_e(site)} on our social media channels for breaking news alerts.</p>
</main>
{_ad(ad_text)}
{_rail("More stories", more, "more")}
<footer><p>&copy; 2026 {_e(site)}. All rights reserved.</p><p><a href="/terms">Terms</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Cookies</a></p></footer>
</body>
</html>"""


def _newsletter(*, site: str, url: str, issue_line: str, headline: str, deck: str, author: str,
                body: list[Any], sidebar: list[str], sponsor: str) -> str:
    """Trade-newsletter template: issue line as the only date, sponsor box, subscriber CTA."""
    return f"""<html>
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(deck)}">
<meta name="author" content="{_a(author)}">
<meta name="robots" content="index, follow">
<link rel="stylesheet" href="/theme/newsletter.css">
</head>
<body>
{_cookie(site)}
<div class="nl-header"><a href="/" class="nl-brand">{_e(site)}</a> <span class="nl-tagline">Intelligence for people who move markets</span>
<a class="btn" href="/subscribe">Subscribe</a> <a href="/archive">Archive</a> <a href="/events">Events</a></div>
<div class="issue-line">{_e(issue_line)}</div>
<main class="nl-main">
<article>
<h1>{_e(headline)}</h1>
<p class="deck">{_e(deck)}</p>
<p class="author">{_e(author)}</p>
<div class="sponsor-box"><span class="ad-label">Advertisement</span> <span>This issue is supported by {_e(sponsor)}</span></div>
<div class="article-body">
{_body(body)}
</div>
<div class="paywall-note">You are reading a free article. Subscribers get the full data tables, the weekly chart pack and our analysts' briefing calls.</div>
</article>
{_rail("Also in this issue", sidebar, "issue")}
<div class="newsletter-box"><h4>Never miss an issue</h4><p>Delivered every week to your inbox. Free for 30 days, cancel anytime.</p><form><input type="email" placeholder="Work email"><button>Start free trial</button></form></div>
</main>
<footer class="nl-footer"><p>&copy; {_e(site)} 2026. Forwarding this newsletter outside your organisation breaches our licence terms.</p><p><a href="/unsubscribe">Unsubscribe</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>"""


def _local(*, site: str, url: str, headline: str, author: str, posted: str, category: str,
           body: list[Any], tags: list[str], comments: int, sidebar: list[str], ad_text: str,
           pub_iso: str | None = None) -> str:
    """Local-news (blog-engine) template: 'Posted on' line, categories, comments."""
    meta_pub = f'<meta property="article:published_time" content="{pub_iso}">' if pub_iso else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} &#8211; {_e(site)}</title>
<meta name="generator" content="WordPress 6.7">
{meta_pub}
<meta property="og:title" content="{_a(headline)}">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/localnews/style.css" media="all">
</head>
<body class="post-template-default single single-post">
{_cookie(site)}
<div id="masthead"><h1 class="site-title"><a href="/">{_e(site)}</a></h1><p class="site-description">Your community, your news</p></div>
{_nav(["Home", "Local news", "Business", "Community", "Sport", "Classifieds", "Contact"])}
<div id="content" class="site-content">
<div class="entry">
<span class="cat-links"><a href="/category/{_a(category.lower())}">{_e(category)}</a></span>
<h2 class="entry-title">{_e(headline)}</h2>
<div class="entry-meta">Posted on {_e(posted)} by <span class="author vcard">{_e(author)}</span> &middot; <a href="#comments">{comments} Comments</a></div>
{_share(url)}
<div class="article-body entry-content">
{_body(body)}
</div>
<div class="tags-links">Tags: {", ".join(f'<a href="/tag/{_a(t.lower())}">{_e(t)}</a>' for t in tags)}</div>
<div id="comments"><h3>{comments} thoughts on this story</h3><p class="comment-notice">Comments are moderated. Please keep it civil.</p></div>
</div>
<aside id="secondary" class="widget-area">
{_ad(ad_text)}
{_rail("Recent posts", sidebar, "recent")}
<section class="widget"><h3>Weather</h3><p>Local forecast updated every three hours.</p></section>
</aside>
</div>
<footer id="colophon"><p>&copy; 2026 {_e(site)} &middot; Proudly independent &middot; <a href="/advertise">Advertise</a></p></footer>
</body>
</html>"""


def _liveblog(*, site: str, url: str, headline: str, summary: str, pub_iso: str, mod_iso: str,
              entries: list[tuple[str, str, list[str]]], more: list[str], ad_text: str) -> str:
    """Live-blog template: entries newest first, each with a visible timestamp."""
    ent = "\n".join(
        f'<div class="live-entry"><time class="entry-time">{_e(t)}</time><h3>{_e(h)}</h3>' +
        "".join(f"<p>{_e(p)}</p>" for p in ps) + "</div>" for t, h, ps in entries)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(summary)}">
<meta property="article:published_time" content="{pub_iso}">
<meta property="article:modified_time" content="{mod_iso}">
{_jsonld("LiveBlogPosting", headline, pub_iso, mod_iso, site.upper(), site, url)}
<link rel="stylesheet" href="/css/live.css">
</head>
<body class="liveblog">
{_cookie(site)}
<header><a class="logo" href="/">{_e(site)}</a> <a class="live-tv" href="/live">Watch live</a>
{_nav(["News", "Elections", "Politics", "Business", "Sport", "Entertainment", "Video"])}</header>
<main>
<span class="live-badge">LIVE</span>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
{_share(url)}
<div class="article-body live-entries">
{ent}
</div>
{_ad(ad_text)}
{_rail("More from our coverage", more, "more")}
</main>
<footer><p>&copy; 2026 {_e(site)}. All rights reserved. Live pages are updated as news comes in; earlier entries are not changed.</p></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Story 1: cb-NE1 -- Bank of Mauritius cuts the Key Rate (CONTROL)
# ---------------------------------------------------------------------------

_S1_A_URL = "https://www.ionewswire.example/markets/2026/03/18/mauritius-central-bank-cuts-key-rate-425"
_S1_A = _wire(
    site="IONW Indian Ocean Newswire", url=_S1_A_URL, section="Markets",
    headline="Mauritius central bank cuts Key Rate to 4.25%, first move since mid-2024",
    summary="Bank of Mauritius lowers its benchmark by 25 basis points in a 5-2 vote as inflation cools faster than expected.",
    byline="Aurelie Ng Ping Cheung", pub_iso="2026-03-18T10:24:00Z", mod_iso="2026-03-18T12:05:00Z",
    visible="March 18, 2026 10:24 AM GMT · Updated 12:05 PM GMT",
    body=[
        "PORT LOUIS, March 18 (IONW) - The Bank of Mauritius cut its benchmark Key Rate by 25 basis points to 4.25% on Wednesday, its first change in borrowing costs since June 2024, saying a quicker-than-expected slowdown in inflation gave it room to support an economy that is losing some momentum.",
        "The Monetary Policy Committee voted 5-2 for the reduction, the central bank said in a statement released at 2 p.m. local time (1000 GMT). The two dissenting members, both external appointees, preferred to keep the rate at 4.50%.",
        "Headline inflation eased to 3.1% year-on-year in February from 3.6% in January, according to Statistics Mauritius, helped by cheaper imported food and a reduction in the regulated price of cooking gas at the start of the year.",
        "“Inflation has come down faster than we expected, and the balance of risks now allows us to give the economy some support without losing sight of price stability,” Governor Devesh Boodhoo said in the statement.",
        "The bank now expects inflation to average 3.4% in 2026. It lowered its forecast for real GDP growth this year to 3.3% from the 3.6% it projected in November. The economy grew by an estimated 3.9% in 2025.",
        "Three of five economists polled by IONW last week had forecast a cut of that size; the other two expected the bank to stay on hold.",
        "The bank also shifted its interest-rate corridor with the benchmark: the overnight lending facility now carries a rate of 5.25% and the overnight deposit facility pays 3.25%, 100 basis points either side of the Key Rate.",
        ("h", "Rupee in focus"),
        "The rupee was little changed after the announcement at around 45.80 per U.S. dollar. It has lost about 1.2% against the dollar since the start of the year, and the central bank has sold a total of $200 million to commercial banks over that period to smooth the slide.",
        "At a news conference in Port Louis later on Wednesday, First Deputy Governor Nathalie Lagesse said the bank would “step into the foreign exchange market when conditions become disorderly, not to defend any particular level of the rupee.”",
        "Boodhoo, who answered some questions in French, told reporters the committee was “not committed to a cycle of cuts” and would take its decisions “meeting by meeting.”",
        "Two of the island's largest commercial banks said after the announcement they would lower their prime lending rates by 25 basis points with effect from April 1.",
        "Ravi Chellen, chief economist at Port Louis-based Tamarin Capital, said he expected one more quarter-point reduction, to 4.00% by September, provided oil prices stay close to current levels. “The statement reads like a bank that wants to move once more and then sit still for a long while,” he said.",
        "Tourism, which together with financial services brings in most of the country's foreign currency, has held up well: arrivals rose about 4% last year to roughly 1.4 million visitors, official data show.",
        "Elsewhere in the region, the Central Bank of Seychelles kept its policy rate at 1.75% last month.",
        "The committee's next scheduled meeting is on June 17.",
        "(Reporting by Aurelie Ng Ping Cheung; additional reporting by Kevin Li Tin Yue; editing by Thomas Achille)",
    ],
    related=["Mauritius keeps Key Rate at 4.5%, flags rupee risks (Nov 19, 2025)",
             "Seychelles central bank holds policy rate at 1.75%",
             "Statistics Mauritius: February inflation slows to 3.1%",
             "Madagascar's ariary slips to record low against the euro"],
    tags=["Mauritius", "Central banks", "Interest rates", "Currencies"],
    ad_text="Corporate treasury accounts in USD, EUR and MUR. Speak to our team today.",
)

_S1_B_URL = "https://news.imbn.example/economie/bank-of-mauritius-lowers-key-rate-quarter-point"
_S1_B = _broadcast(
    site="IMBN News", url=_S1_B_URL,
    headline="Bank of Mauritius lowers Key Rate by a quarter point to 4.25 per cent",
    summary="The central bank's Monetary Policy Committee cut the Key Rate this afternoon, the first change in almost two years.",
    pub_iso="2026-03-18T19:45:00+04:00", visible="Wednesday 18 March 2026, 19:45",
    video_caption="Governor Devesh Boodhoo explains the committee's decision at the bank's headquarters in Port Louis (3 min 12 s)",
    reporter="Priyanka Dabeesing and Jean-Noel Labonne",
    body=[
        "Borrowers in Mauritius will pay a little less on their loans after the Bank of Mauritius cut its Key Rate by a quarter of a percentage point this afternoon, from 4.50 per cent to 4.25 per cent.",
        "The decision of the Monetary Policy Committee was announced at two o'clock. Five of the committee's seven members voted for the cut, while the other two wanted to wait.",
        "It is the first time the rate has moved in almost two years: it had stood at 4.5 per cent since June 2024.",
        "At a press conference at the bank's headquarters in Port Louis at half past three, Governor Devesh Boodhoo said the fall in inflation had made the move possible. Prices in February were 3.1 per cent higher than a year earlier, compared with an annual rate of 3.6 per cent in January.",
        "Asked whether more cuts would follow, the governor replied in French: “Nous ne sommes pas engagés dans un cycle de baisses; chaque décision sera prise réunion par réunion.” In other words, the bank has not set out on a series of reductions and every decision will be made one meeting at a time.",
        ("fig", "Governor Devesh Boodhoo (centre) and First Deputy Governor Nathalie Lagesse at this afternoon's press conference.", "IMBN / Stephane Bhugon", "/img/2026/03/bom-presser.jpg"),
        "The bank also trimmed its outlook for the economy. It now expects growth of 3.3 per cent this year instead of the 3.6 per cent it forecast last November, and inflation averaging 3.4 per cent.",
        "The first deputy governor, Nathalie Lagesse, said the central bank had sold 200 million US dollars to local banks since January, roughly 9.2 billion rupees, to calm the foreign exchange market. It would keep intervening whenever trading became disorderly, she said, but it was not trying to hold the rupee at any given rate.",
        "Two of the country's largest commercial banks announced this evening that their prime lending rates would come down by 25 basis points from the first of April.",
        "At a hardware shop in Rose-Hill, owner Jean-Marc Pierre-Louis said the news was welcome but modest. “On a loan of one million rupees, a quarter point is a couple of hundred rupees a month. It helps, but it will not change my life,” he said.",
        "Small manufacturers had been asking for relief for months. “Companies have been waiting for this signal, and now the banks must pass it on quickly,” said Kavita Ramlugun, who chairs the Association of Small Manufacturers.",
        "Not everyone was convinced. Sophie Lan Chung Wah, head of research at Cap Malheureux Securities, told IMBN that with fuel prices still unsettled she would have preferred the bank to wait until its next meeting.",
        "The Monetary Policy Committee meets again in June.",
    ],
    more=["Budget 2026-27: ministry opens consultations with unions", "Cyclone season: Meteorological Services lifts class 1 warning",
          "Rodrigues: new ferry schedule from April", "Football: Club M fixture list announced"],
    ad_text="Home loans from 5.00% p.a. Conditions apply. Ask at your nearest branch.",
)

_S1_C_URL = "https://www.portlouisledger.example/business/key-rate-cut-relief-for-borrowers-savers-lose-out"
_S1_C = _paper(
    site="The Port Louis Ledger", url=_S1_C_URL, section="Business",
    headline="Key Rate cut: relief for borrowers, but savers wait to see the bill",
    standfirst="The Bank of Mauritius yesterday trimmed its benchmark to 4.25%. Two of the seven committee members voted against.",
    byline="By Yannick Rampersad, Business Editor", visible_date="Thursday, 19 March 2026",
    hero=("The Bank of Mauritius tower on Sir William Newton Street, Port Louis.", "Ledger archive"),
    body=[
        "The Bank of Mauritius yesterday lowered its Key Rate from 4.5% to 4.25%, ending a pause that had lasted 21 months and handing households with variable-rate home loans a modest cut in their monthly repayments.",
        "The decision was taken by five votes to two at the end of a two-day meeting of the Monetary Policy Committee that began on Tuesday. The two members in the minority favoured leaving the rate where it was.",
        "Governor Devesh Boodhoo said inflation had “come down faster than we expected”, which gave the committee room to support activity. Consumer prices rose 3.1% in the twelve months to February, after 3.6% in January.",
        "The move narrows the gap between what banks pay the central bank and what they can earn on its deposit window. With the corridor moved in step, the overnight lending facility now stands at 5.25% and the deposit facility at 3.25%.",
        ("ad", "Fixed deposit special: 5.10% p.a. for 24 months. Minimum Rs 100,000. Offer ends 31 March."),
        "For savers, the news is less welcome. Rates on ordinary savings accounts, already below 2% at most banks, are likely to drift lower in the coming weeks, bankers said.",
        "Borrowers will feel the difference from next month. Two of the largest commercial banks said yesterday that they would cut their prime lending rates by 25 basis points from 1 April.",
        "The rupee ended the day at Rs45.82 to the US dollar, barely moved from Rs45.79 on Tuesday. Nathalie Lagesse, one of the bank's deputy governors, told reporters the central bank had sold US$200 million to banks since January to keep trading orderly, but insisted it did not target any particular exchange rate.",
        "Not all analysts were persuaded that the timing was right. “I would have waited until June,” said Sophie Lan Chung Wah, head of research at Cap Malheureux Securities. “Fuel prices are volatile and the rupee is under pressure. Cutting now is a bet that both stay calm.”",
        "Ravi Chellen of Tamarin Capital took the opposite view, arguing that growth needed help. The bank itself yesterday cut its growth forecast for 2026 to 3.3%, down from 3.6%, after an estimated 3.9% expansion last year.",
        "The governor was careful not to promise more. Speaking in French at the press conference, he said the bank had not embarked on a run of cuts and would decide one meeting at a time.",
        "The Key Rate had been unchanged at 4.5% since June 2024. The committee's next decision is due on 17 June.",
    ],
    most_read=["Metro Express: new stations open in Reduit", "Water cuts announced for Plaines Wilhems this weekend",
               "Sugar cane harvest forecast revised", "Opinion: Our pension system needs a frank debate"],
    newsletter="The day's business news from Port Louis and the region, every weekday at 7 a.m.",
    ad_texts=["New SUV range in showrooms now. Test drive this weekend.", "Apartments in Grand Baie from Rs 8.9m"],
)

_S1_D_URL = "https://www.iomarketsbrief.example/issues/318/mauritius-bom-first-cut-in-21-months"
_S1_D = _newsletter(
    site="Indian Ocean Markets Brief", url=_S1_D_URL,
    issue_line="Issue 318 · Friday 20 March 2026",
    headline="Mauritius: BoM's first cut in 21 months leaves markets asking how far it goes",
    deck="The 25bp move to 4.25% was priced in; the 5-2 split and the governor's caution were not.",
    author="By Olivier Ah-Kee, Indian Ocean correspondent",
    sponsor="an Ebene-based custody and fund-administration firm",
    body=[
        "The Bank of Mauritius delivered the quarter-point cut most of the market had expected on Wednesday, taking the Key Rate to 4.25%. What caught traders' attention was the split: two of the seven members of the Monetary Policy Committee voted to stay at 4.50%.",
        "The statement landed at 14:00 Port Louis time (10:00 GMT). Within an hour, offers on short-dated government paper had moved lower, and the reaction carried into Thursday's auction, where the 91-day Treasury bill cleared at 3.62%, down from 3.85% a week earlier. The 364-day bill came in at 3.90%.",
        ("h", "The numbers"),
        ("li", ["Key Rate: 4.25% (previously 4.50%), decided 18 March",
                "Vote: 5-2, both dissenters external members",
                "Corridor: overnight lending facility 5.25%, overnight deposit facility 3.25%",
                "Headline inflation, February: 3.1% y/y (January: 3.6%)",
                "BoM projection for 2026 inflation: 3.4%",
                "BoM projection for 2026 real GDP growth: 3.3% (November projection: 3.6%)",
                "Next MPC decision: 17 June"]),
        "Governor Devesh Boodhoo went out of his way to cool expectations. “We have not embarked on a series of cuts,” he told reporters in French, “we will decide one meeting at a time.” That is a more guarded message than the one the bank sent in November, when it held at 4.50% but said it saw scope for easing in 2026.",
        "The currency is the constraint. The rupee was trading near 45.8 per dollar after the decision, about 1.2% weaker than at the end of December, and the central bank has sold USD 200mn to the banking system year to date, or roughly MUR 9.2bn. First Deputy Governor Nathalie Lagesse said intervention would continue when trading turns disorderly but is not aimed at a level.",
        "Local analysts are split on what comes next. Ravi Chellen at Tamarin Capital expects one more 25bp reduction, to 4.00% by September. Sophie Lan Chung Wah at Cap Malheureux Securities argued the bank should have waited for June, citing fuel prices. Our own base case is a single further cut in the second half, which would also take the Key Rate to 4.00%, with risks tilted towards a longer pause if oil climbs above USD 85 a barrel.",
        "Bond investors are positioned for something similar. The five-year government benchmark yield fell 12bp across Wednesday and Thursday to 4.71%, still well above the new Key Rate.",
        "For the banks, the arithmetic is manageable. Two of the largest lenders have already announced 25bp cuts to their prime lending rates from 1 April; we expect the others to follow within a fortnight. Net interest margins will narrow slightly, but loan growth of around 6% a year should absorb most of it.",
        "Regional context: the Central Bank of Seychelles held its policy rate at 1.75% in February, and markets in Port Louis see little read-across from Antananarivo, where the ariary's weakness keeps Madagascar's central bank on a tightening bias.",
    ],
    sidebar=["Seychelles: tourism receipts up 5% in February", "Madagascar: vanilla export season opens early",
             "Reunion: regional council approves port expansion", "Chart of the week: Indian Ocean sovereign spreads"],
)

STORY_1 = _story("cb-NE1", "central bank", "2026-03-21", [
    _page(_S1_A_URL, _S1_A),
    _page(_S1_B_URL, _S1_B),
    _page(_S1_C_URL, _S1_C),
    _page(_S1_D_URL, _S1_D),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 2: el-NE2 -- Atwima Ridge by-election, Ghana (PLANTED: winner's tally; declaration time)
# ---------------------------------------------------------------------------

_S2_A_URL = "https://www.wapa-news.example/politics/2026/05/13/ghana-npp-holds-atwima-ridge-by-election"
_S2_A = _wire(
    site="WAPA West Africa Press Agency", url=_S2_A_URL, section="Politics",
    headline="Ghana's opposition NPP holds Atwima Ridge seat in by-election",
    summary="Yaw Owusu-Ansah wins 52.29% of valid votes in a contest triggered by the sitting MP's death; turnout 53%.",
    byline="Kwadwo Ampofo-Yeboah", pub_iso="2026-05-13T06:15:00Z", mod_iso=None,
    visible="May 13, 2026 6:15 AM GMT",
    body=[
        "KUMASI, Ghana, May 13 (WAPA) — Ghana's main opposition New Patriotic Party kept its hold on the Atwima Ridge parliamentary seat in the Ashanti Region, winning a by-election held on Tuesday, though with a smaller share of the vote than at the last general election, the Electoral Commission said.",
        "Yaw Owusu-Ansah, a 44-year-old agribusiness consultant, polled 21,486 votes, or 52.29% of valid ballots, according to results declared by the constituency returning officer, Emmanuel Tetteh-Addo, at 3:40 a.m. (0340 GMT) on Wednesday at the collation centre in Kobiriso, the district capital.",
        "Akosua Mensah-Bonsu of the governing National Democratic Congress came second with 17,903 votes (43.57%). Independent candidate Kofi Darko took 1,412 votes and Abena Quaye of the Convention People's Party 288.",
        "Turnout was 53.04%, with 41,501 ballots cast out of 78,240 registered voters, and 412 ballots were rejected, the commission said. Results from all 142 polling stations were included.",
        "The vote was called after the constituency's MP, Kwabena Asare-Boadu, died in March after a short illness. He had held the seat for the NPP since 2016 and won 58.1% of the vote in the December 2024 general election, when turnout in the constituency was 71.4%.",
        "The result leaves the balance of the 276-seat parliament unchanged. The NDC has commanded a large majority there since its sweeping victory in 2024, but both parties treated the contest as an early test of voters' mood over the cost of living.",
        "“This victory belongs to every farmer, trader and young person in Atwima Ridge who came out in the rain to vote,” Owusu-Ansah told supporters after the declaration.",
        "The NDC did not immediately comment on the result.",
        "Heavy rain on Tuesday morning delayed the start of voting at several polling stations, and the commission extended voting by one hour at two of them, in Mfensi Junction and Asantekrom, where materials arrived late.",
        "Police said two people were arrested after a scuffle outside a polling station in Tetrem, but that voting was otherwise peaceful. About 1,200 officers were deployed across the constituency.",
        "Cocoa farmers' complaints about delayed payments, the poor state of feeder roads and the pollution of rivers by illegal gold mining dominated the three-week campaign, which drew senior figures from both parties to the constituency, about 30 km west of Kumasi.",
        "Efua Sarpong-Kumah, a political scientist at the University of Ghana, said the NPP's share of the vote had fallen by almost six percentage points since 2024 but that a hold in a by-election, with turnout this low, was still a comfortable outcome for an opposition party.",
        "“Both sides can find something to celebrate in these numbers, which is usually a sign that nothing fundamental has changed yet,” she said.",
        "(Reporting by Kwadwo Ampofo-Yeboah; editing by Mariama Sow)",
    ],
    related=["Ghana's parliament approves mid-year budget review", "Ghana cocoa board pledges to clear farmers' arrears by June",
             "Explainer: how Ghana's Electoral Commission collates results", "Togo, Benin agree joint border patrols"],
    tags=["Ghana", "Elections", "West Africa"],
    ad_text="Send money home in minutes. Low fees to Ghana, Nigeria and Senegal.",
)

_S2_B_URL = "https://live.ghanavoicetv.example/elections/atwima-ridge-by-election-live-results"
_S2_B = _liveblog(
    site="GhanaVoice TV", url=_S2_B_URL,
    headline="Atwima Ridge by-election: results as they come in",
    summary="Follow live as votes are counted in the Ashanti Region by-election. All times GMT, which is also Ghana time.",
    pub_iso="2026-05-12T07:05:00Z", mod_iso="2026-05-13T09:22:00Z",
    entries=[
        ("09:22 Wed 13 May", "NDC candidate concedes", [
            "Akosua Mensah-Bonsu has conceded defeat. In a statement posted on her Facebook page a few minutes ago she said: “The people of Atwima Ridge have spoken and I accept their verdict. I congratulate my brother Yaw Owusu-Ansah and wish him well in Parliament.”",
            "She thanked her supporters for what she called a clean and peaceful campaign."]),
        ("06:05", "What the numbers tell us", [
            "Compared with the 2024 general election, the NPP's share is down from 58.1% to 52.3%, while turnout fell from 71.4% to about 53%. By-elections usually draw fewer voters, so the turnout drop was expected by both camps."]),
        ("03:52", "OFFICIAL: Owusu-Ansah declared winner", [
            "The returning officer, Emmanuel Tetteh-Addo, declared the final results at 3:40 a.m. at the Kobiriso collation centre. Results from all 142 polling stations:",
            "Yaw Owusu-Ansah (NPP): 21,486 votes (52.29%)",
            "Akosua Mensah-Bonsu (NDC): 17,903 votes (43.57%)",
            "Kofi Darko (Independent): 1,412 votes (3.44%)",
            "Abena Quaye (CPP): 288 votes (0.70%)",
            "Rejected ballots: 412. Total votes cast: 41,501. Registered voters: 78,240. Winning margin: 3,583 votes."]),
        ("03:10", "Last boxes arrive", [
            "EC officials say the final ballot boxes, from Asantekrom, have reached the collation centre. The recheck of the Tetrem result sheet confirmed the original figures, according to the returning officer."]),
        ("01:20", "131 of 142 stations collated", [
            "Owusu-Ansah (NPP) 19,870; Mensah-Bonsu (NDC) 16,540. NDC agents asked for the figures from one polling station in Tetrem to be rechecked, and the returning officer agreed."]),
        ("23:00 Tue 12 May", "Owusu-Ansah ahead with two-thirds counted", [
            "Our tally of results from 97 of the 142 polling stations: Owusu-Ansah 14,960; Mensah-Bonsu 12,515; Darko 1,010; Quaye 205."]),
        ("21:15", "58 stations in", [
            "With 58 polling stations reporting, the NPP candidate leads 8,930 to 7,611. Supporters of both parties are gathering outside the district assembly hall in Kobiriso."]),
        ("19:30", "First results", [
            "Results from the first 12 polling stations give Owusu-Ansah 1,804 votes and Mensah-Bonsu 1,522. Far too early to call."]),
        ("17:40", "Polls close, two stations extended", [
            "Voting ended at 5 p.m. at most polling stations. At Mfensi Junction and Asantekrom, where materials arrived late after this morning's downpour, the EC has extended voting to 6 p.m."]),
        ("12:30", "Slow turnout", [
            "An EC official in Kobiriso estimated turnout at around 30 per cent by midday. Queues are building again now that the rain has stopped.",
            "Police say they have detained two people after a scuffle outside a polling station in Tetrem. Voting there continued."]),
        ("07:05", "Polls open", [
            "Good morning. Voting has begun at most of the 142 polling stations in Atwima Ridge, where 78,240 people are registered. The seat fell vacant when the NPP's Kwabena Asare-Boadu died in March. Four candidates are standing: Yaw Owusu-Ansah (NPP), Akosua Mensah-Bonsu (NDC), Kofi Darko (Independent) and Abena Quaye (CPP).",
            "Polls are scheduled to close at 5 p.m. Stay with us all day and through the night for results."]),
    ],
    more=["Watch: the candidates' final rallies", "Analysis: why Atwima Ridge matters to both parties",
          "Cocoa farmers protest over delayed payments", "Black Stars squad named for June friendlies"],
    ad_text="Stream every Premier League match live on your phone. Subscribe from GH¢25 a week.",
)

_S2_C_URL = "https://www.sunrisefm1017.example/2026/05/13/npps-owusu-ansah-wins-atwima-ridge-by-election/"
_S2_C = _local(
    site="Sunrise FM 101.7 Kumasi", url=_S2_C_URL,
    headline="NPP's Owusu-Ansah wins Atwima Ridge by-election",
    author="Sunrise News Desk", posted="May 13, 2026 at 8:12 am", category="Politics",
    pub_iso="2026-05-13T08:12:00+00:00",
    body=[
        "The New Patriotic Party (NPP) candidate, Yaw Owusu-Ansah, has been declared winner of Tuesday's Atwima Ridge by-election after polling 21,846 votes.",
        "His closest challenger, Akosua Mensah-Bonsu of the ruling National Democratic Congress (NDC), obtained 17,903 votes. Independent candidate Kofi Darko had 1,412, while the CPP's Abena Quaye got 288 votes.",
        "The results were declared in the early hours of Wednesday by the Returning Officer, Mr Emmanuel Tetteh-Addo, at the Kobiriso collation centre, where supporters of both parties had waited through the night under the watch of armed police.",
        ("fig", "NPP supporters celebrate in Kobiriso after the declaration.", "Sunrise FM / Kwame Owusu", "/wp-content/uploads/2026/05/kobiriso-celebration.jpg"),
        "Jubilant NPP supporters poured onto the streets of Kobiriso, the district capital, soon after the announcement, drumming, singing and waving party flags as motorbikes hooted along the main road to the lorry station.",
        "Speaking on Sunrise FM's morning programme Anopa Kasa, Mr Owusu-Ansah dedicated the win to “every farmer, trader and young person” in the constituency who braved the rain to vote. He promised to push for the rehabilitation of the Kobiriso–Tetrem feeder road “within my first year” and to press the Cocoa Board to pay farmers on time.",
        "“I will not be an MP who visits only at Christmas. My office will be open in Kobiriso every Monday,” he said in Twi.",
        "The Electoral Commission put the turnout at 53 per cent of the 78,240 registered voters, well below the turnout recorded in the 2024 general election. Voting was extended by one hour at two polling stations, Mfensi Junction and Asantekrom, after materials arrived late following Tuesday morning's heavy downpour.",
        "NDC Ashanti Regional Secretary Ibrahim Sulemana told Sunrise News the party would study the pink sheets from all polling stations before commenting further. “We went into their stronghold and we gave them a real fight. We will look at the figures carefully,” he said.",
        "The Ashanti Regional Police Command said two suspects remained in custody over a scuffle that broke out near a polling station at Tetrem on Tuesday morning. Police described the rest of the day as calm.",
        "The seat became vacant following the death in March of the NPP's Kwabena Asare-Boadu, who had represented the constituency since 2016. In the 2024 election he won with 58.1 per cent of the vote.",
        "Residents who spoke to Sunrise FM in Kobiriso on Wednesday morning said they wanted the new MP to focus on roads, water and jobs for the youth. “The road to Tetrem cuts us off every rainy season. That is the first test,” said Comfort Adu, a tomato seller at the Kobiriso market.",
        "Listen to the full interview with the MP-elect on Sunrise FM 101.7 and on the Sunrise app.",
    ],
    tags=["Atwima Ridge", "By-election", "NPP", "NDC", "Electoral Commission"],
    comments=47,
    sidebar=["Kumasi Central Market traders relocated ahead of renovation", "Asante Kotoko sign new goalkeeper",
             "Kejetia: police warn against touts", "Free eye screening at Komfo Anokye this weekend"],
    ad_text="Kumasi's best jollof. Order on our app, free delivery above GH¢150.",
)

_S2_D_URL = "https://www.accrachronicle.example/politics/atwima-ridge-what-the-npps-narrow-hold-tells-us"
_S2_D = _paper(
    site="The Accra Chronicle", url=_S2_D_URL, section="Politics",
    headline="Atwima Ridge: what the NPP's hold tells both parties",
    standfirst="The opposition kept the seat in Tuesday's by-election, but with a smaller share of the vote and on a turnout just above half the register.",
    byline="By Nana Akua Frimpong-Mensah, Political Correspondent", visible_date="Thursday, 14 May 2026",
    hero=("Electoral Commission officials sort ballots at the Kobiriso collation centre on Tuesday night.", "Chronicle / Daniel Ofori-Atta"),
    body=[
        "The New Patriotic Party held on to Atwima Ridge in Tuesday's by-election, but with a smaller share of the vote than it won there in 2024 and on a turnout barely above half of the register.",
        "Yaw Owusu-Ansah was declared winner at 4:40 a.m. on Wednesday by the Electoral Commission's returning officer, Emmanuel Tetteh-Addo, with 21,486 votes, just over 52 per cent of valid votes cast. Akosua Mensah-Bonsu of the governing NDC polled 17,903, about 43.6 per cent. The two other candidates shared 1,700 votes between them.",
        "The winning margin of about 3,600 votes is comfortable. But 41,501 of the constituency's 78,240 registered voters turned out, or 53 per cent, compared with 71.4 per cent at the December 2024 general election, and the NPP's share fell from 58.1 per cent to just over 52.",
        "Ms Mensah-Bonsu conceded on Wednesday morning, thanking her supporters for a peaceful campaign. The NDC's leadership was less restrained. Speaking in Accra yesterday, the party's general secretary, Fiifi Boakye-Danso, said the result showed the governing party could compete in the NPP's heartland.",
        "“We have cut into their lead in a seat they have held for a decade. That is not a defeat; that is a warning to them,” he said.",
        "The NPP's national organiser, Kwame Boateng-Frimpong, saw it differently. “The Ashanti Region has spoken again. Those who wrote the NPP off after 2024 should look at Atwima Ridge,” he told reporters at the party's headquarters.",
        ("ad", "Fly Accra to Kumasi from GH¢690 one way. Book by Sunday."),
        "Dr Efua Sarpong-Kumah, a political scientist at the University of Ghana, cautioned against reading too much into either reaction. A by-election in a safe seat, she said, tells you more about which party can get its supporters out than about the national mood, and by that measure the NPP's machine had still worked.",
        "The campaign was dominated by local grievances: delayed payments to cocoa farmers, feeder roads that become impassable in the rainy season and rivers fouled by illegal mining. Heavy rain on polling day delayed the arrival of materials at two polling stations, Mfensi Junction and Asantekrom, where voting was extended until 6 p.m.",
        "Apart from a scuffle outside a polling station in Tetrem, after which police detained two people, voting passed off peacefully. About 1,200 police officers were deployed.",
        "The Electoral Commission said the by-election cost about GH¢4.8 million to organise. The seat fell vacant with the death in March of Kwabena Asare-Boadu, who had represented the constituency since 2016.",
        "Mr Owusu-Ansah is expected to be sworn in when Parliament resumes on 26 May.",
    ],
    most_read=["Cedi steadies after central bank intervention", "Opinion: The galamsey fight needs more than task forces",
               "Accra traffic: new lane rules on the Motorway", "Hearts of Oak appoint interim coach"],
    newsletter="Politics, business and the big stories from across Ghana, in your inbox every morning.",
    ad_texts=["Open a savings account online in five minutes.", "Land for sale at Oyibi. Documents ready."],
)

STORY_2 = _story("el-NE2", "election", "2026-05-14", [
    _page(_S2_A_URL, _S2_A),
    _page(_S2_B_URL, _S2_B),
    _page(_S2_C_URL, _S2_C),
    _page(_S2_D_URL, _S2_D),
], [
    ("winner's vote tally", r"\b21[,.\s]?486\b", r"\b21[,.\s]?846\b"),
    ("declaration time", r"\b(0?3[:.h]40|0340)\b", r"\b(0?4[:.h]40|0440)\b"),
])


# ---------------------------------------------------------------------------
# Story 3: ct-NE3 -- Kenya Supreme Court strikes down a county produce cess (CONTROL)
# ---------------------------------------------------------------------------

_S3_A_URL = "https://www.capitalwavenews.example/news/2026/07/supreme-court-strikes-down-kirinyaga-produce-cess"
_S3_A = _broadcast(
    site="Capital Wave News", url=_S3_A_URL,
    headline="Supreme Court strikes down Kirinyaga produce cess in 5-2 ruling",
    summary="The court says a county levy on farm produce leaving Kirinyaga is an unconstitutional tax on trade between counties.",
    pub_iso="2026-07-17T11:20:00+03:00", visible="Friday, July 17, 2026 11:20 AM EAT",
    video_caption="Justice Abdi Hussein Mohamed reads the majority judgment at the Supreme Court in Nairobi",
    reporter="Brian Ochieng Were",
    body=[
        "The Supreme Court has declared unconstitutional a levy charged by Kirinyaga County on farm produce leaving its borders, in a ruling that could force about 20 other counties to scrap similar charges.",
        "In a majority decision of five judges to two, delivered in Nairobi this morning, the court held that the cess of two shillings per kilogram on rice, tomatoes, French beans and other fresh produce amounted to a tax on trade between counties, which the Constitution does not allow.",
        "Reading the lead judgment, Justice Abdi Hussein Mohamed said counties were entitled to raise their own revenue but not in a way that blocked the free movement of goods around the country.",
        "“A county may raise its own revenue, but it may not build toll gates on the national market,” he said.",
        "The court gave Kirinyaga 30 days to stop collecting the levy.",
        "It, however, turned down the transporters' request for an order compelling the county to refund about 1.4 billion shillings collected since the law took effect in 2021, saying the declaration of invalidity would apply from today and not backwards.",
        "Justices Grace Wanjiku Njeru and Paul Kiptoo Langat dissented. Justice Njeru said the cess was a fair charge on heavy lorries that damage county roads, and that the majority had taken away one of the few tools counties have to maintain those roads.",
        "Chief Justice Miriam Achieng Onyango, who presided over the seven-judge bench, joined the majority.",
        ("fig", "Members of the Kenya Association of Produce Transporters outside the Supreme Court building after the ruling.", "Capital Wave / Faith Nduta", "/images/2026/07/transporters-court.jpg"),
        "Outside the court, members of the Kenya Association of Produce Transporters, which filed the case, broke into song.",
        "“Today the farmer in Kirinyaga and the buyer in Mombasa have been told that they live in one country,” said their lawyer, Senior Counsel Otieno Wafula.",
        "The dispute has been in the courts since August 2022. The High Court in Kerugoya upheld the levy in 2023, but the Court of Appeal overturned that decision the following year, prompting the county government to take the matter to the Supreme Court, which heard the appeal in February.",
        "Transporters say the charge added about 20,000 shillings to the cost of a ten-tonne lorry of rice travelling from Mwea to Nairobi, costs they say were passed on to consumers.",
        "The Council of Governors has previously warned that roughly 20 of the country's 47 counties run comparable levies at their borders, and that losing them would leave holes in county budgets.",
        "Kirinyaga County officials did not immediately respond to our requests for comment.",
        "Judgment was delivered at 10.30am.",
    ],
    more=["Treasury releases Sh41bn to counties after delay", "Mwea rice farmers decry low prices at harvest",
          "Nairobi Expressway toll rates to rise in August", "Harambee Stars name provisional squad"],
    ad_text="Fuel your fleet for less. Fleet cards accepted at 300 stations nationwide.",
)

_S3_B_URL = "https://www.dailymeridian.example/news/counties-face-revenue-hole-after-top-court-kills-produce-cess"
_S3_B = _paper(
    site="Daily Meridian", url=_S3_B_URL, section="News / Counties",
    headline="Counties face revenue hole after top court kills produce cess",
    standfirst="Kirinyaga must stop charging Sh2 a kilo on goods leaving the county within 30 days, and about 20 other counties run similar levies.",
    byline="By Mercy Wanjiru Gathoni and Kevin Otieno Ouma", visible_date="Saturday, July 18, 2026",
    hero=("A lorry loaded with rice waits at a county checkpoint near Mwea. Transporters say the cess added Sh20,000 to a ten-tonne load.", "Daily Meridian / File"),
    body=[
        "Counties that raise money by taxing lorries of farm produce at their borders face a rethink after the Supreme Court yesterday struck down Kirinyaga's produce cess in a 5-2 decision.",
        "The seven-judge bench, presided over by Chief Justice Miriam Achieng Onyango, ruled that the Sh2-per-kilogram levy on produce leaving the county offended Article 209(5) of the Constitution, which stops counties from using their taxing powers in ways that harm economic activity across county boundaries or the movement of goods, services, capital and labour.",
        "In the lead judgment, Justice Abdi Hussein Mohamed said a county “may not build toll gates on the national market”.",
        "In a statement issued yesterday afternoon, Kirinyaga Governor Wambui Karanja said the county respected the court and would study the full judgment. She warned that the cess brought in roughly Sh300 million a year, most of it spent on maintaining rural roads.",
        "“Our engineers will now have to find that money somewhere else, and the farmers who use those roads should know it,” she said.",
        "The county has collected about Sh1.4 billion from the cess since 2021, according to figures presented in court. The transporters had asked for all of it to be refunded, but the majority declined, holding that the law had to be treated as valid until the court's pronouncement.",
        ("ad", "Mwea Pishori rice, 5kg bag now Sh1,050 at participating supermarkets."),
        "Justice Grace Wanjiku Njeru, in a dissent, said: “The majority has taken away from the counties one of the few tools they have to maintain the very roads that these lorries wear out.” Justice Paul Kiptoo Langat, who also dissented, said the question of how counties should charge heavy vehicles was one for Parliament to settle.",
        "For a lorry carrying ten tonnes of rice from Mwea to Nairobi, the cess added Sh20,000 per trip, transporters say.",
        "“Our members pay at as many as 14 county barriers between Busia and Mombasa. This judgment is the beginning of the end of that,” said Joseph Mwangi Kariuki, chairman of the Kenya Association of Produce Transporters, which brought the case.",
        "The Council of Governors said about 20 of the 47 counties operated similar charges. Governor Jeremiah Kiplagat, who chairs the council's finance committee, said the counties would ask the Senate to draft a law allowing “fair and uniform” charges for the use of county roads.",
        "The cess was first challenged in the High Court at Kerugoya in August 2022. That court upheld it in March 2023, but the Court of Appeal sitting in Nyeri overturned the decision by a majority of two judges to one in October 2024. The Supreme Court heard the county's appeal in February this year.",
        "Traders at Nairobi's Marikiti market said they hoped the ruling would bring down prices. “If the lorry pays less, we should pay less. Let us see if it happens,” said Naomi Akinyi, who sells tomatoes.",
        "The county has 30 days from yesterday to stop collecting the levy.",
    ],
    most_read=["Teachers' union issues strike notice over promotions", "Matatu fares rise after fuel review",
               "Opinion: Devolution needs a revenue settlement, not a court fight", "Gor Mahia edge Tusker in Nairobi derby"],
    newsletter="The Meridian Morning: the stories that matter from Nairobi and the counties, before 7 a.m.",
    ad_texts=["Own a plot in Kitengela from Sh650,000. Flexible payment.", "Study nursing abroad. Intakes open for September."],
)

_S3_C_URL = "https://www.ealawbrief.example/issue-146/supreme-court-kirinyaga-cess-judgment-notes"
_S3_C = _newsletter(
    site="EastAfrica LawBrief", url=_S3_C_URL,
    issue_line="Issue 146 · Monday, 20 July 2026 · Constitutional & Public Law",
    headline="Supreme Court draws a line under county 'border taxes': notes on the Kirinyaga cess judgment",
    deck="Friday's 5-2 decision gives Article 209(5) real teeth, but the refusal to order refunds limits the bill.",
    author="By Achieng Odhiambo-Mireri, Advocate, with the LawBrief editorial team",
    sponsor="a Nairobi commercial law firm's tax and public-finance practice",
    body=[
        "On Friday 17 July the Supreme Court dismissed Kirinyaga County's appeal in Petition No. E014 of 2025, confirming by a majority of five to two that the county's cess on produce leaving its territory is unconstitutional. Judgment was delivered at 10:30 a.m. East Africa Time (07:30 GMT).",
        ("h", "How the case got here"),
        ("li", ["August 2022: transporters' petition filed in the High Court at Kerugoya",
                "March 2023: High Court dismisses the petition and upholds the cess",
                "October 2024: Court of Appeal at Nyeri allows the appeal by a 2-1 majority and declares the cess void",
                "10-11 February 2026: hearing before the Supreme Court",
                "17 July 2026: Supreme Court dismisses the county's appeal, 5-2"]),
        ("h", "The majority"),
        "The lead judgment was written by Justice Abdi Hussein Mohamed. Chief Justice Miriam Achieng Onyango and Justices Fatuma Said Ali, Peter Maina Gitonga and Ruth Chebet Kirui concurred. The core holding is that a charge triggered by goods crossing a county boundary, and by nothing else, is a tax on inter-county trade whatever label the county gives it, and so falls foul of Article 209(5).",
        "The majority took care to leave room for genuine fees for services, such as market stalls, slaughterhouses and parking, which are tied to something the county actually provides. Its most quoted line is likely to be: “A county may raise its own revenue, but it may not build toll gates on the national market.”",
        ("h", "The dissents"),
        "Justice Grace Wanjiku Njeru treated the KSh 2 per kilogram charge as a user fee for roads that heavy lorries damage, and warned that the majority had stripped counties of one of their few practical revenue tools. Justice Paul Kiptoo Langat, writing separately, agreed the question was difficult but said it belonged to Parliament; he would have suspended any declaration of invalidity for 12 months to give legislators time to act.",
        ("h", "Remedies"),
        "The court gave the county 30 days to stop collecting. It refused the petitioners' prayer for a refund of roughly KSh 1.4 billion (about US$10.8 million) collected since 2021, holding that the law enjoyed a presumption of validity until set aside and that an order reaching back five years would cripple county services. Traders who believe they have individual claims have not been shut out, but they will have to bring them separately.",
        ("h", "What it means"),
        "According to the Council of Governors, about 20 of the 47 counties, nearly half, operate levies of this kind, together worth more than KSh 4 billion a year. Each will now have to ask whether its charge is tied to a service or simply to a boundary crossing. Expect a wave of petitions from transporters in the coming months, and a push in the Senate for a framework law on road-use charges.",
        "Otieno Wafula SC, who led for the transporters, summed up his clients' view: “Today the farmer in Kirinyaga and the buyer in Mombasa have been told that they live in one country.” Kirinyaga's governor, Wambui Karanja, said on Friday that the county would study the judgment; it has not indicated any further step.",
    ],
    sidebar=["Court of Appeal narrows scope of public-interest costs orders", "Data protection: ODPC fines lender over debt-shaming texts",
             "Tanzania: new arbitration rules take effect", "Case digest: employment and labour relations, June 2026"],
)

STORY_3 = _story("ct-NE3", "court", "2026-07-20", [
    _page(_S3_A_URL, _S3_A),
    _page(_S3_B_URL, _S3_B),
    _page(_S3_C_URL, _S3_C),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 4: tr-NE4 -- Morocco's first-half 2026 trade data (PLANTED: deficit growth; car exports)
# ---------------------------------------------------------------------------

_S4_A_URL = "https://www.maghrebbizwire.example/economy/2026/07/30/morocco-trade-deficit-widens-first-half"
_S4_A = _wire(
    site="Maghreb Business Wire", url=_S4_A_URL, section="Economy",
    headline="Morocco's trade deficit widens 6.2% in first half as equipment imports surge",
    summary="Deficit reaches 148.6 billion dirhams; car exports rise 9.4% to 81.7 billion dirhams, energy bill falls.",
    byline="Nadia Benkirane", pub_iso="2026-07-30T16:05:00Z", mod_iso=None,
    visible="30 July 2026 · 16:05 GMT",
    body=[
        "RABAT, July 30 (MBW) - Morocco's trade deficit widened 6.2% year on year in the first half of 2026 to 148.6 billion dirhams ($16.2 billion), as purchases of machinery and equipment for large infrastructure projects outpaced a rise in exports led by the car industry, data from the foreign exchange regulator showed on Thursday.",
        "Exports rose 4.8% to 241.3 billion dirhams, while imports climbed 5.3% to 389.9 billion dirhams, the Office des Changes said in its monthly indicators. The deficit had stood at 139.9 billion dirhams in the first six months of 2025.",
        "The ratio of exports to imports slipped to 61.9% from 62.2% a year earlier.",
        "Automotive exports, the country's biggest export earner, rose 9.4% to 81.7 billion dirhams, driven by assembly plants around Tangier and Kenitra. Sales of phosphates and derivatives, long the kingdom's flagship export, increased 1.8% to 44.2 billion dirhams, while aerospace exports jumped 11.2% to 13.9 billion dirhams. Agriculture and agrifood exports grew 3.0% to 48.5 billion dirhams.",
        "Imports of capital goods rose 14.6% to 92.5 billion dirhams. The energy bill, by contrast, fell 7.5% to 56.3 billion dirhams as international oil and gas prices eased.",
        "In June alone, the deficit came to 26.1 billion dirhams, the figures showed.",
        "Remittances from Moroccans living abroad, a major source of hard currency, rose 3.1% to 57.4 billion dirhams, and travel receipts grew 7.9% to 54.8 billion dirhams. Net foreign direct investment inflows fell 12.4% to 9.6 billion dirhams.",
        "“The automotive sector keeps pulling our exports upward, and the drop in the energy bill gives us some breathing space,” Industry and Trade Minister Youssef Alaoui-Mrani said in a statement.",
        "Economists said the wider gap reflected investment rather than weakness in demand for Moroccan goods. Spending on high-speed rail rolling stock, desalination plants and stadium work ahead of the 2030 World Cup, which Morocco will co-host with Spain and Portugal, has lifted equipment imports since last year.",
        "“This is a deficit that builds things,” said Salma Berrada, chief economist at Atlas Capital Research in Casablanca. “The question is whether the exports that should come out of this investment arrive before the financing bill does.”",
        "Bank Al-Maghrib, the central bank, expects the current account deficit to reach 2.1% of gross domestic product this year, according to its latest projections.",
        "Spain and France remain Morocco's largest trading partners, taking together about 40% of its exports.",
        "The Office des Changes is due to publish figures for the first seven months of the year at the end of August.",
        "($1 = 9.20 dirhams)",
        "(Reporting by Nadia Benkirane; editing by Youssef Tahiri)",
    ],
    related=["Morocco central bank keeps key rate unchanged, raises growth forecast", "Tangier Med port volumes hit record in first half",
             "OCP signs fertiliser supply deal with Ethiopia", "Morocco's wheat imports fall after better harvest"],
    tags=["Morocco", "Trade", "Automotive", "Economy"],
    ad_text="Export to Europe with confidence: trade finance and FX hedging for Moroccan SMEs.",
)

_S4_B_URL = "https://www.casaeconomicdaily.example/economie/commerce-exterieur-voitures-exportations-facture-importations"
_S4_B = _paper(
    site="Casablanca Economic Daily", url=_S4_B_URL, section="Economy / Foreign trade",
    headline="Trade: cars carry exports, but the import bill keeps growing",
    standfirst="The deficit reached MAD 148.6 billion at end-June, 6.2% more than a year earlier, according to the Office des Changes.",
    byline="By Karim Lahlou-Squalli", visible_date="Friday 31 July 2026",
    hero=("New vehicles wait for loading at Tanger Med port.", "CED / Anas Chraibi"),
    body=[
        "Morocco's trade deficit reached MAD 148.6 billion at the end of June, up 6.2% from the same period of 2025, according to figures published yesterday by the Office des Changes.",
        "The gap widened even though exports grew at a decent pace. Sales abroad rose by 4.8% to MAD 241.3 billion, but purchases grew faster, by 5.3%, to MAD 389.9 billion. The coverage rate of imports by exports lost 0.3 points, to 61.9%.",
        "The automotive industry remains the engine. Its exports reached MAD 87.1 billion over the first six months, up 9.4%, with vehicle assembly alone bringing in MAD 44.0 billion and the wiring segment most of the rest.",
        "Phosphates and derivatives brought in MAD 44.2 billion, a modest rise of 1.8%, as higher volumes to Africa and South Asia offset softer prices. Agriculture and agrifood sales rose 3.0% to MAD 48.5 billion, and aerospace, still small but growing quickly, gained 11.2% to MAD 13.9 billion.",
        ("ad", "Leasing for professionals: rates from 5.9% over 60 months. Subject to approval."),
        "On the import side, the surge in capital goods, up 14.6% to MAD 92.5 billion, tells the story of a country in the middle of a building boom. Rolling stock for the high-speed line to Marrakech, turbines, desalination equipment and material for the World Cup stadiums account for much of the increase.",
        "The energy bill offered some relief, falling 7.5% to MAD 56.3 billion thanks to lower oil prices. Wheat imports fell 9% to MAD 9.8 billion after a better harvest.",
        "In French, the minister of industry and trade, Youssef Alaoui-Mrani, said the automotive sector “continues to drive our exports” and that the lower energy bill “gives us room to breathe”.",
        "For Salma Berrada, chief economist at Atlas Capital Research, the widening deficit is not in itself a cause for concern. “This is a deficit that builds things,” she said. But she cautioned that the return on that investment, in the form of new exports, must come quickly enough to pay for it.",
        "Others are more worried about concentration. “Our two largest customers, Spain and France, still take around 40% of what we sell. When European car demand slows, we feel it within a quarter,” said Mehdi El Fassi, a researcher at the Rabat Institute for Economic Studies.",
        "The other external accounts held up. Remittances from Moroccans abroad rose 3.1% to MAD 57.4 billion and travel receipts increased 7.9% to MAD 54.8 billion. Net FDI inflows, however, fell by 12.4% to MAD 9.6 billion.",
        "The month of June on its own produced a deficit of MAD 26.1 billion. For the whole of 2025, the deficit had reached MAD 287.4 billion.",
    ],
    most_read=["Casablanca tramway line 4: works to start in September", "Bank Al-Maghrib: credit to businesses slows",
               "Real estate: cement sales up 6% at end-June", "Raja and Wydad learn their continental opponents"],
    newsletter="L'essentiel de l'économie, every morning. The Daily's business briefing in English and French.",
    ad_texts=["Your new Dacia from MAD 139,900. Offer valid until 31 August.", "Invest in Casablanca Finance City: office space available."],
)

_S4_C_URL = "https://www.afritrademonitor.example/weekly/2026-08-03/morocco-h1-autos-up-energy-down-deficit-wider"
_S4_C = _newsletter(
    site="AfriTrade Monitor", url=_S4_C_URL,
    issue_line="Weekly edition · Monday 3 August 2026 · North Africa",
    headline="Morocco H1 2026: autos up, energy down, deficit wider",
    deck="Rabat's goods trade gap grew to about $16.2bn in the first half on an investment-driven import surge.",
    author="By Hassan Ait Ouarab, North Africa trade analyst",
    sponsor="a Tangier-based freight forwarding and customs brokerage group",
    body=[
        "Morocco's goods trade deficit widened 8.2% year on year to MAD 148.6bn (about $16.2bn, or roughly €13.9bn) in January-June, according to data the Office des Changes released last Thursday. The gap was MAD 139.9bn a year earlier.",
        ("h", "Key figures, H1 2026"),
        ("li", ["Exports: MAD 241.3bn (c. $26.2bn), +4.8% y/y",
                "Imports: MAD 389.9bn (c. $42.4bn), +5.3% y/y",
                "Coverage ratio: 61.9%, down 0.3 percentage points from 62.2%",
                "Automotive exports: MAD 81.7bn (c. $8.9bn), +9.4%",
                "Phosphates and derivatives: MAD 44.2bn, +1.8%",
                "Aerospace: MAD 13.9bn, +11.2%",
                "Energy imports: MAD 56.3bn, -7.5%",
                "Capital goods imports: MAD 92.5bn, +14.6%"]),
        "Cars now account for about a third of everything Morocco sells abroad, and the sector's 9.4% growth came despite a soft patch in European registrations in the spring. Our contacts at suppliers in the Tangier free zone report full order books for the second half, helped by new electric-model lines.",
        "The import story is about investment. Capital goods purchases rose 14.6%, led by rail rolling stock, desalination equipment and stadium construction material ahead of the 2030 World Cup. Salma Berrada of Atlas Capital Research called it “a deficit that builds things”, though she warned the export payoff needs to arrive before the financing costs do.",
        "The energy bill was the main offset, falling 7.5% on lower crude and LNG prices. Without that decline, the deficit would have widened by considerably more.",
        ("h", "Phosphates and the EU carbon border mechanism"),
        "Phosphate-based exports grew only 1.8%, with stronger shipments of fertiliser to sub-Saharan Africa and South Asia offsetting weaker prices. Exporters to Europe are now also dealing with the definitive phase of the EU's carbon border adjustment mechanism, which began in January and covers fertilisers. So far the reporting burden has been felt more than the cost, traders tell us.",
        ("h", "Financing the gap"),
        "Remittances from the diaspora (MAD 57.4bn, +3.1%) and travel receipts (MAD 54.8bn, +7.9%) together covered about three-quarters of the goods deficit. Net FDI inflows fell 12.4% to MAD 9.6bn. Bank Al-Maghrib projects a current account deficit of 2.1% of GDP for 2026.",
        "Trade minister Youssef Alaoui-Mrani said the car industry keeps pulling exports upward and that the fall in the energy bill gives the country some breathing space.",
        ("h", "Our view"),
        "We expect the full-year deficit to land between MAD 300bn and MAD 310bn, compared with MAD 287.4bn in 2025, with the second half shaped by oil prices and the pace of World Cup-related imports. June's MAD 26.1bn monthly deficit is a reminder that the trend has not yet turned.",
    ],
    sidebar=["Egypt: export rebate programme reformed", "Tunisia: olive oil shipments slow after record season",
             "AfCFTA: Morocco ratification debate resumes", "Freight rates: Tanger Med to West Africa up 4%"],
)

STORY_4 = _story("tr-NE4", "trade", "2026-08-03", [
    _page(_S4_A_URL, _S4_A),
    _page(_S4_B_URL, _S4_B),
    _page(_S4_C_URL, _S4_C),
], [
    ("deficit growth", r"\b6[.,]2\s?(%|per\s?cent|percent|pc)", r"\b8[.,]2\s?(%|per\s?cent|percent|pc)"),
    ("automotive exports", r"\b81[.,]7(?!\d)", r"\b87[.,]1(?!\d)"),
])


# ---------------------------------------------------------------------------
# Story 5: rk-NE5 -- Umoya Aerospace's Khwezi-2 suborbital flight, South Africa
# (PLANTED: apogee; chief engineer's surname spelling)
# ---------------------------------------------------------------------------

_S5_A_URL = "https://www.orbitalafricaweekly.example/2026/09/14/khwezi-2-reaches-space-by-the-numbers"
_S5_A = _newsletter(
    site="Orbital Africa Weekly", url=_S5_A_URL,
    issue_line="Vol. 6, No. 37 · Monday 14 September 2026",
    headline="Khwezi-2 reaches space: Umoya's second test flight by the numbers",
    deck="The hybrid-propellant sounding rocket peaked at 112 km on Saturday, ten months after its first flight fell far short.",
    author="By Nomsa Hadebe-Pillay, launch and spaceflight editor",
    sponsor="a Pretoria ground-station services company",
    body=[
        "Cape Town start-up Umoya Aerospace flew its Khwezi-2 sounding rocket to an altitude of 112 km (69.6 miles) on Saturday, clearing the 100 km Karman line that most of the industry uses as the edge of space and beating its own target of 105 km.",
        "Liftoff from the Denel Overberg Test Range came at 05:42 UTC (07:42 SAST), 1 hour 42 minutes after the window opened, following a hold for strong upper-level winds and a recheck of a pressure reading on the oxidiser tank.",
        ("h", "Flight data"),
        ("li", ["Vehicle: Khwezi-2, single-stage hybrid (paraffin-based fuel, nitrous oxide oxidiser)",
                "Height / liftoff mass: 9.6 m / 2,150 kg",
                "Engine burn: 68 s",
                "Peak speed: about Mach 4.8 (roughly 5,100 km/h or 3,200 mph)",
                "Apogee: 112 km (target: 105 km)",
                "Payload: 48 kg, three university experiments plus a CubeSat deployer test",
                "Liftoff to splashdown: 11 min 20 s",
                "Splashdown: about 160 km (99 miles) south-east of the range"]),
        "The contrast with the first attempt is stark. Khwezi-1, flown from the same range in November 2025, reached only 38 km after a valve fault shut its engine down early. The company redesigned the main oxidiser valve and added a second, independent pressure sensor on the tank, the same sensor whose reading caused Saturday's second hold.",
        "“The engine did exactly what we asked of it, for 68 seconds. After last year, every one of those seconds felt like a gift,” chief engineer Lerato Dlamini told Orbital Africa Weekly.",
        "The payload section carried a radiation dosimeter from the University of Cape Town, a fluid-behaviour experiment from Stellenbosch University that used the roughly four minutes of weightlessness near the top of the arc, and a satellite-navigation receiver from the University of the Witwatersrand tested at high speed and altitude. Umoya also tested the spring-and-latch mechanism of a CubeSat deployer it plans to sell to satellite builders.",
        "The capsule came down under parachute and was recovered by the support vessel Agulhas Dawn about three hours after launch. The spent rocket body, which was not designed to be recovered, sank as planned.",
        ("h", "The business case"),
        "Umoya says it has raised about R180 million (roughly $10 million) since it was founded in 2021, including a R25 million grant from the Department of Science, Technology and Innovation. It employs 63 people, most at its workshop in Cape Town and an assembly hangar near Bredasdorp.",
        "Chief executive and co-founder Thandeka Mokoena-Fourie said after the recovery: “Today we proved that a rocket designed and built in South Africa can reach space and bring its payload home.” She wants to fly Khwezi-3 early in 2027 with paying customers on board and has set 2028 as the target for a first launch of Khwezi-O, an orbital vehicle designed to carry up to 150 kg to low Earth orbit.",
        "That timeline will be hard to keep. No African country has yet put a satellite into orbit on a rocket launched from its own soil, and the jump from a single-stage sounding rocket to an orbital launcher is measured in years and in tens of millions of dollars.",
        "The South African National Space Agency (SANSA) supplied tracking support. Its managing director for space operations, Anwar Cassiem, called the flight “the first time a privately developed South African rocket has reached space”.",
    ],
    sidebar=["Nigeria's NASRDA outlines 2027 Earth-observation satellite plan", "Kenya Space Agency opens ground-station tender",
             "Egypt's space city adds a satellite assembly line", "Launch calendar: September-October 2026"],
)

_S5_B_URL = "https://www.overberggazette.example/2026/09/12/rocket-roars-over-arniston-as-khwezi-2-reaches-space/"
_S5_B = _local(
    site="Overberg Gazette", url=_S5_B_URL,
    headline="Rocket roars over Arniston as Umoya's Khwezi-2 reaches space",
    author="Marelize Swart", posted="12 September 2026 at 14:30", category="News",
    pub_iso=None,
    body=[
        "Residents of Arniston and Bredasdorp were treated to a rare sight on Saturday morning when a rocket built by Cape Town company Umoya Aerospace thundered off the Overberg Test Range and climbed out over the sea, reaching a height of 112 kilometres.",
        "The launch, at 07:42, came later than planned. The range had said the window would open at 06:00, and many of the roughly 200 people who gathered on the dunes above Waenhuiskrans had been waiting in the cold for almost two hours when the countdown finally reached zero.",
        ("fig", "Spectators on the dunes above Waenhuiskrans watch Khwezi-2 climb away on Saturday morning.", "Overberg Gazette / Marelize Swart", "/wp-content/uploads/2026/09/khwezi2-dunes.jpg"),
        "“We had strong winds high up and a sensor reading we wanted to double-check. Nobody here was going to fly with a question mark,” said Umoya's chief engineer, Lerato Dhlamini, who spoke to the Gazette at the range after the launch.",
        "The rocket, a slim white cylinder just under ten metres tall, left a short trail of smoke and a sound that several onlookers compared to tearing canvas. Within about a minute it had disappeared from view.",
        "“My grandchildren will not believe me. A South African rocket, from our own backyard,” said Hettie Lourens, 71, who drove from Bredasdorp with a flask of coffee at five in the morning.",
        "The range and the Overberg District Municipality had closed the beach and a stretch of sea to boats from 18:00 on Friday until 14:00 on Saturday. Local fisherman Koos Marthinus said the closure had cost him a day's work but that he did not mind. “It's once in a while. And they told us well ahead,” he said.",
        "The whole flight, from launch to splashdown, lasted just over 11 minutes. The capsule carrying the experiments, from the universities of Cape Town, Stellenbosch and the Witwatersrand, came down under a parachute about 160 kilometres out to sea and was picked up by a ship later in the morning.",
        "Umoya's chief executive, Thandeka Mokoena-Fourie, said the company had proved that “a rocket designed and built in South Africa can reach space and bring its payload home”.",
        "The company employs several people from the Overberg at its assembly hangar outside Bredasdorp, and says it will hire more if its plans for larger rockets go ahead. Its first rocket, launched from the same range last November, reached 38 kilometres before its engine shut down early.",
        "Learners from Bredasdorp High School's science club watched from a viewing area set aside by the range. “Now I know what I want to study,” said Grade 11 learner Anathi Mgqibela, 16.",
        "Umoya hopes to fly its third rocket early next year.",
    ],
    tags=["Arniston", "Bredasdorp", "Overberg Test Range", "Umoya Aerospace", "Space"],
    comments=12,
    sidebar=["Cape Agulhas council approves new water tariffs", "Whale season: best viewing spots this month",
             "Struisbaai harbour repairs to start in October", "Rugby: Overberg XV through to semi-finals"],
    ad_text="Fresh linefish daily at the Struisbaai harbour shop. Open 7 days.",
)

_S5_C_URL = "https://www.capebroadcastnews.example/news/south-african-built-rocket-reaches-space-overberg-test-flight"
_S5_C = _broadcast(
    site="Cape Broadcast News", url=_S5_C_URL,
    headline="South African-built rocket reaches space in Overberg test flight",
    summary="Umoya Aerospace's Khwezi-2 rocket crossed the 100 km boundary of space this morning after lifting off from the Overberg Test Range.",
    pub_iso="2026-09-12T09:15:00+02:00", visible="Saturday, 12 September 2026 · 09:15",
    video_caption="Khwezi-2 lifts off from the Overberg Test Range near Arniston on Saturday morning",
    reporter="Sibusiso Mahlangu, with additional reporting by Jana Lategan",
    body=[
        "A rocket designed and built in South Africa by the private company Umoya Aerospace reached space this morning during a test flight from the Overberg Test Range in the Western Cape.",
        "The Khwezi-2 rocket lifted off at 07:42, nearly two hours after the launch window opened, and climbed to an altitude of 121 kilometres, according to the company's tracking data, well above the 100 kilometre mark generally regarded as the boundary of space.",
        "Its engine fired for 68 seconds, pushing the 9.6-metre rocket to more than four times the speed of sound.",
        "The launch had been delayed by strong winds at high altitude and a pressure reading on one of the rocket's tanks that engineers wanted to check before committing to flight.",
        "“We have reached space with a rocket designed and built in South Africa. Now the team at sea has to bring the payload home,” Umoya's chief executive, Thandeka Mokoena-Fourie, told CBN at the range, about 200 kilometres south-east of Cape Town.",
        "The rocket carried 48 kilograms of experiments from the universities of Cape Town, Stellenbosch and the Witwatersrand. The payload capsule descended by parachute into the sea about 160 kilometres south-east of the range, and a recovery ship was on its way to retrieve it at the time of publication.",
        "Besides the university experiments, the flight tested a spring-loaded mechanism designed to release small CubeSat satellites, which Umoya hopes to sell to satellite builders.",
        "The beach at Arniston and a stretch of sea off the range were closed to the public and to boats from Friday evening, and will reopen at 14:00 today, the range said.",
        "It was the company's second attempt. Its first rocket, Khwezi-1, reached 38 kilometres in November last year before its engine cut out early because of a faulty valve.",
        "Chief engineer Lerato Dlamini said the team had spent most of the past ten months on that valve. “We took it apart, we redesigned it, we tested it on the ground more than forty times. Today it worked,” she said.",
        "The South African National Space Agency, which provided tracking support, welcomed the flight. Anwar Cassiem, SANSA's managing director for space operations, described it as the first time a privately developed South African rocket had reached space.",
        "The deputy minister of science, technology and innovation, Nomvula Khumalo, who watched the launch from the range, said the country needed more companies like Umoya. “This is the kind of high-technology manufacturing we want to see grow here, with South African engineers and South African suppliers,” she said.",
        "Umoya, founded in 2021, says it has raised about R180 million from investors and government, and is working towards a rocket capable of reaching orbit by 2028.",
    ],
    more=["Load-shedding: Eskom says no cuts expected this weekend", "Cape Town taxi strike called off after talks",
          "Western Cape schools: new term dates announced", "Stormers name side for URC opener"],
    ad_text="Cape Town to Johannesburg from R1,099. Fly this spring.",
)

STORY_5 = _story("rk-NE5", "rocket", "2026-09-14", [
    _page(_S5_A_URL, _S5_A),
    _page(_S5_B_URL, _S5_B),
    _page(_S5_C_URL, _S5_C),
], [
    ("apogee", r"\b112(?!\d)", r"\b121(?!\d)"),
    ("chief engineer's surname", r"\bdlamini", r"dhlamini"),
])


# ---------------------------------------------------------------------------
# Story 6: eq-NE6 -- earthquake near Karonga, northern Malawi (CONTROL)
# ---------------------------------------------------------------------------

_S6_A_URL = "https://www.papsnews.example/africa/2026/02/19/strong-earthquake-hits-northern-malawi"
_S6_A = _wire(
    site="PAPS Pan-African Press Service", url=_S6_A_URL, section="Africa",
    headline="Strong earthquake hits northern Malawi, at least three dead",
    summary="Magnitude 6.0 quake strikes near Karonga in the early hours of Thursday; houses collapse and residents spend the night outdoors.",
    byline="Chimwemwe Kaunda", pub_iso="2026-02-19T05:40:00Z", mod_iso=None,
    visible="February 19, 2026 5:40 AM GMT",
    body=[
        "LILONGWE, Feb 19 (PAPS) - A strong earthquake struck northern Malawi near the lakeside town of Karonga in the early hours of Thursday, killing at least three people, injuring 27 and bringing down mud-brick houses across the district, police said.",
        "The quake, which the U.S. Geological Survey measured at magnitude 6.0, hit at 23:14 GMT on Wednesday (01:14 local time on Thursday) at a depth of about 10 km. Its epicentre was some 22 km (14 miles) north-west of Karonga, close to the north-western shore of Lake Malawi. Malawi's Geological Survey Department put the magnitude at 5.8.",
        "“So far we have recorded three deaths, all people who were crushed when walls fell on them while they were asleep,” Karonga police spokesperson Sub-Inspector George Mwakalinga told PAPS by telephone shortly after 7 a.m. “The figures may go up as we reach villages further from the main road.”",
        "Residents of Karonga, a town of around 60,000 people, said the shaking lasted between 15 and 20 seconds and sent them running into the streets in darkness. Many spent the rest of the night outside, wrapped in blankets, afraid to go back indoors.",
        "“The whole house was jumping. I grabbed my daughter and ran. When I looked back, the front wall was on the ground,” said Yohane Mwambungu, a fish trader, speaking by phone from the town.",
        "The tremor was felt in Mzuzu, about 190 km (118 miles) to the south, in Chitipa district near the Zambian border, and across the border in Tanzania's Mbeya region, according to residents and local media.",
        "A magnitude 4.6 aftershock followed at 04:52 local time, the Geological Survey Department said.",
        "Karonga District Hospital said it had received dozens of injured people overnight, most of them with fractures and cuts, and that it was moving patients out of a cracked maternity wing as a precaution.",
        "The Department of Disaster Management Affairs said it had sent assessment teams to the district and would give a fuller picture of the damage later on Thursday.",
        "The northern tip of Lake Malawi lies on a branch of the East African Rift where faults shift from time to time, and Karonga district last suffered damaging tremors in 2009. Most houses in rural parts of the district are built of sun-dried brick, which crumbles easily when the ground shakes.",
        "The disaster comes as Malawi is still rebuilding from Cyclone Freddy, which left more than 1,000 people dead or missing in the south of the country in 2023.",
        "(Reporting by Chimwemwe Kaunda in Lilongwe; additional reporting by Thoko Mhone in Mzuzu; editing by Peter Otieno)",
    ],
    related=["Malawi kwacha weakens ahead of IMF review", "Tanzania: heavy rains cut road links in Mbeya region",
             "Explainer: why the East African Rift produces earthquakes", "Zambia, Malawi sign cross-border trade pact"],
    tags=["Malawi", "Earthquakes", "Disasters", "Southern Africa"],
    ad_text="Emergency satellite connectivity for NGOs and field teams. Deploy in 24 hours.",
)

_S6_B_URL = "https://www.nbc-online.example/news/karonga-earthquake-death-toll-rises-to-seven"
_S6_B = _broadcast(
    site="NBC Online - Nyasa Broadcasting", url=_S6_B_URL,
    headline="Karonga earthquake: death toll rises to seven as government declares disaster",
    summary="Seven people are dead and 64 injured after the early-morning earthquake in Karonga, DoDMA says; about 1,150 houses damaged.",
    pub_iso="2026-02-19T15:30:00+02:00", visible="Thursday, 19 February 2026 | 15:30",
    video_caption="Damaged houses in Nyungwe, Karonga, filmed by our crew this morning",
    reporter="Tiyamike Gondwe in Karonga and Madalitso Chirwa in Lilongwe",
    body=[
        "The number of people killed in the earthquake that struck Karonga in the early hours of this morning has risen to seven, with 64 others injured, the Department of Disaster Management Affairs (DoDMA) said this afternoon.",
        "Commissioner for Disaster Management Affairs Chikondi Banda-Phiri told NBC at 2 p.m. that about 1,150 houses had been damaged, many of them completely, in Karonga district. The worst-hit areas are around Nyungwe, Kaporo and the outskirts of Karonga Boma.",
        "“Our teams are still going village to village. Some areas along the lake could only be reached on foot this morning, so these numbers are not final,” she said.",
        "The government has declared a state of disaster in Karonga district, a step that allows it to release emergency funds and ask partners for help.",
        "The earthquake hit at 1.14 a.m. The Geological Survey Department measured it at magnitude 5.8, while the United States Geological Survey recorded 6.0.",
        "“The fault systems at the northern end of the lake are active, and we expect aftershocks for several weeks,” said Dr Grace Chisale, director of the Geological Survey Department. She said nine aftershocks had been recorded by midday, the strongest of magnitude 4.6 at 4.52 a.m., and urged people not to sleep in houses with cracked walls.",
        ("fig", "Residents salvage roofing sheets from a collapsed house in Nyungwe, Karonga.", "NBC / Tiyamike Gondwe", "/media/2026/02/karonga-nyungwe.jpg"),
        "At Karonga District Hospital, the District Health Officer, Dr Innocent Mhango, said staff had worked through the night. “We have treated 64 people since the early hours, and we have referred 12 of them with serious injuries to Mzuzu Central Hospital,” he said.",
        "Among the injured were the two sons of Esther Nyirenda, 34, a farmer from Kaporo. “The wall came down onto the mat where my children were sleeping. I pulled them out with my hands,” she told NBC at the hospital, where the boys were being treated for fractures.",
        "The district education office has closed all schools in the affected area for the rest of the week so that buildings can be inspected.",
        "The Roads Authority has closed the M1 bridge over the North Rukuru River to heavy vehicles while engineers check it for damage, and motorists travelling north towards the Tanzanian border have been advised to expect delays.",
        "The Malawi Red Cross Society said it was sending tents, blankets and water containers from its warehouse in Mzuzu, and that volunteers were helping to register families who had lost their homes.",
        "In Karonga town, traders at the main market said business had come to a standstill. “Nobody is buying today. People are counting what they have lost,” said Alinafe Msiska, who sells dried fish.",
        "Our reporter in Karonga says many families are preparing to spend a second night outdoors, in school grounds and church compounds, for fear of further tremors.",
    ],
    more=["Lake Malawi water level rises after heavy rains", "Fuel supply: MERA assures motorists of stocks",
          "Tobacco auction floors to open in March", "Flames squad announced for COSAFA qualifiers"],
    ad_text="Airtime and data bundles at the best rates. Dial now.",
)

_S6_C_URL = "https://www.northerntimes-mw.example/news/karonga-counts-the-cost-nine-dead-thousands-sleep-in-the-open"
_S6_C = _paper(
    site="The Northern Times", url=_S6_C_URL, section="National",
    headline="Karonga counts the cost: nine dead, thousands sleep in the open",
    standfirst="The toll rose through Thursday as rescuers reached outlying villages, and aftershocks keep families out of damaged homes.",
    byline="By Wezi Mhango Nyasulu, Northern Region Bureau Chief", visible_date="Friday, 20 February 2026",
    hero=("A family rests outside their damaged home in Karonga on Thursday afternoon.", "Northern Times / Lusungu Kayira"),
    body=[
        "KARONGA — Nine people were confirmed dead and 81 injured by Thursday evening after the strongest earthquake to hit the Northern Region in years shook Karonga district in the early hours of yesterday, officials said.",
        "District Commissioner Felix Mwakasungula said at a briefing at the Boma at 6 p.m. that 1,870 houses had been damaged or destroyed and that about 7,900 people were staying in nine temporary camps, most of them in school grounds and church compounds.",
        "Earlier in the day, the Department of Disaster Management Affairs had put the toll at seven. Two more bodies were recovered in the afternoon from a collapsed house in Kaporo, the district commissioner said.",
        "The quake, measured at magnitude 5.8 by Malawi's Geological Survey Department and at 6.0 by the United States Geological Survey, struck shortly after 1 a.m. Its centre was about 22 km north-west of Karonga town, at shallow depth.",
        "The department said 14 aftershocks had been recorded by Thursday evening, the largest of magnitude 4.6 shortly before 5 a.m. Several residents told The Northern Times they had felt smaller jolts during the afternoon.",
        ("ad", "Cement, iron sheets and timber at wholesale prices. Deliveries across the Northern Region."),
        "“The wall came down onto the mat where my children were sleeping,” said Esther Nyirenda, 34, whose two sons were recovering from fractures at Karonga District Hospital. The hospital has moved patients out of its cracked maternity wing into tents set up by the Malawi Red Cross Society.",
        "At least 12 schools were damaged, according to the district education office, which has closed schools in the affected area until Monday.",
        "In Nyungwe, Village Head Gift Kalua walked this reporter through a row of houses that had folded in on themselves. “We build with what we have. Sun-dried bricks and mud. When the ground shakes like that, nothing stands,” he said. “We need iron sheets and cement, not only tents.”",
        "The government, which declared a state of disaster in the district on Thursday, released an initial K500 million for emergency relief, the Commissioner for Disaster Management Affairs, Chikondi Banda-Phiri, said. Red Cross volunteers were distributing tents, blankets and water containers.",
        "The tremor was felt here in Mzuzu, about 190 km south of the epicentre, where plates rattled on shelves and some residents in Katoto ran out of their houses. There were no reports of damage in the city.",
        "Dr Grace Chisale, director of the Geological Survey Department, said the faults at the northern end of the lake were active and that aftershocks could continue for weeks. Residents will remember the damaging tremors that hit the same district in 2009.",
        "The M1 bridge over the North Rukuru River remained closed to heavy vehicles last night pending an engineering inspection.",
    ],
    most_read=["Mzuzu City Council approves new market fees", "Coffee growers in Viphya expect bigger harvest",
               "Opinion: Our building codes exist on paper only", "Moyale Barracks FC top the table"],
    newsletter="News from Mzuzu and the north, every morning. Sign up for the Northern Times briefing.",
    ad_texts=["Solar home systems from K185,000. Pay as you go.", "Mzuzu University: applications open for 2026/27"],
)

_S6_D_URL = "https://www.reliefline-sa.example/updates/malawi-karonga-earthquake-situation-update-3"
_S6_D = _newsletter(
    site="ReliefLine Southern Africa", url=_S6_D_URL,
    issue_line="Situation update no. 3 · Monday 23 February 2026 · Malawi",
    headline="Malawi: Karonga earthquake, situation update no. 3",
    deck="Toll rises to 11; government appeals for MK 4.5 billion as aftershocks continue.",
    author="ReliefLine humanitarian desk, Johannesburg",
    sponsor="a logistics provider that moves relief cargo through Durban and Dar es Salaam",
    body=[
        ("h", "Key figures (as of Sunday 22 February, 18:00 local time, according to DoDMA)"),
        ("li", ["Deaths: 11",
                "Injured: 96",
                "Houses damaged or destroyed: 2,430",
                "People displaced: about 11,600, in 14 camps",
                "Schools damaged: 19",
                "Aftershocks recorded since the main shock: more than 30 (largest M4.6)"]),
        "The death toll has risen to 11, from the nine reported on Thursday evening, after two people with head injuries died at Mzuzu Central Hospital over the weekend, the Department of Disaster Management Affairs (DoDMA) said.",
        "The main shock struck on 19 February at 01:14 CAT (23:14 UTC on 18 February), with its epicentre about 22 km north-west of Karonga town at a shallow depth of around 10 km. The USGS gives a magnitude of 6.0; Malawi's Geological Survey Department, 5.8.",
        ("h", "Appeal and funding"),
        "On Saturday the government launched an appeal for MK 4.5 billion (about US$2.6 million) to cover shelter, food, water and sanitation, and repairs to health facilities for three months. An initial MK 500 million was released from the national contingency fund on Thursday. Donors had pledged about a third of the appeal by Sunday, according to officials in Lilongwe.",
        "“Our priority this week is to get every displaced family under a proper roof before the heavy rains of March,” said Chikondi Banda-Phiri, the Commissioner for Disaster Management Affairs.",
        ("h", "Needs and response"),
        "Shelter is the most urgent gap. Assessment teams found that many houses still standing have cracked walls and should not be reoccupied until they are inspected. The number of displaced people has risen as families who first stayed with relatives moved into camps over the weekend.",
        "Malawi Red Cross Society volunteers had distributed 600 family tents and 1,200 hygiene kits by Sunday. Health officials are watching for waterborne disease in the larger camps, where latrines are too few for the numbers now staying there.",
        "Karonga District Hospital continues to operate from tents while its damaged maternity wing is assessed. The district health office says it has enough trauma supplies for about two more weeks at the current rate of use.",
        ("h", "Access"),
        "Engineers inspected the M1 bridge over the North Rukuru River on Saturday. It remains open to light vehicles, but heavy lorries are still being diverted. Relief cargo from Lilongwe is reaching Karonga by road in about 12 hours.",
        ("h", "Seismic outlook"),
        "The Geological Survey Department says aftershock activity is declining but warns that strong aftershocks remain possible for several weeks. Its director, Dr Grace Chisale, has urged residents not to move back into cracked buildings.",
        ("h", "Cross-border"),
        "Tanzanian authorities reported minor damage to buildings in Kyela district, across the border, with no casualties.",
        "ReliefLine will publish the next update on Thursday 26 February.",
    ],
    sidebar=["Mozambique: flood response in Zambezia, update no. 5", "Zimbabwe: cholera cases decline in Harare",
             "Madagascar: cyclone season outlook, February-April", "Funding tracker: southern Africa appeals 2026"],
)

STORY_6 = _story("eq-NE6", "earthquake", "2026-02-23", [
    _page(_S6_A_URL, _S6_A),
    _page(_S6_B_URL, _S6_B),
    _page(_S6_C_URL, _S6_C),
    _page(_S6_D_URL, _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
