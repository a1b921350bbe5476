"""Part OD of the story battery (web pages).

Written by engineer OD1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OD`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-OD1 (CONTROL): the Central Bank of Uzbekistan cuts its main rate by 50 basis points to 13% on Thursday 23 April 2026; traps are basis points vs "half a percentage point", 13% vs "13.0 per cent", 14:00 Tashkent time vs 0900 GMT, "Thursday"/"yesterday" from pages of two days, the March inflation figure vs February's, the 5% target, the 6-7% year-end forecast, the 12%/14% corridor bounds, the July 2025 cut to 13.5%, the June 11 next meeting, the real rate in percentage points, sum vs dollar amounts and other countries' rates in a newsletter.
el-OD2 (PLANTED): Bahrain's parliamentary first round on Saturday 14 November 2026; planted are the winner's vote count in Muharraq's fourth constituency (3,412 vs 3,142 on the local site) and the run-off date (November 21 vs November 28 on the broadcaster); traps are the preliminary 68.2% vs final 71.6% turnout, the 73% of 2022, a 1:40 a.m. Sunday local announcement that is 22:40 GMT Saturday (wire dateline Nov 15, timestamp Nov 14), 12 seats decided vs 28 run-offs vs 40 seats, municipal seats, votes vs percentages and a margin in percentage points.
ct-OD3 (CONTROL): the DIFC Court of Appeal raises a contractor's award against a developer to AED 412.3 million on Tuesday 11 August 2026; traps are AED vs "Dh" vs dollars (about $112 million), the lower court's AED 388.6 million, the AED 531 million originally claimed, the dismissed AED 150 million counterclaim, the 9% interest, 28 days vs "by September 8", 10 a.m. Dubai time vs 0600 GMT, a judge's line quoted vs paraphrased, and full names vs surnames.
tr-OD4 (PLANTED): Egypt imposes provisional anti-dumping duties on galvanised steel from China and Vietnam, decree of Thursday 5 March 2026 in force from Sunday 8 March; planted are the top Chinese duty (38.7% vs 37.8% in the newspaper) and the duration (four months vs six months in the trade newsletter); traps are duty ranges per country, dumping margins vs duties, the 45% the industry asked for, tonnes and dollar vs pound values of imports, market share vs percentage points, the 30-day comment window, the earlier billet safeguard, and "today"/"Sunday"/"March 8" from pages of different days.
rk-OD5 (PLANTED): a Soyuz-2.1b launches Kazakhstan's Tumar-1 imaging satellite from Baikonur at 04:14 Astana time on Friday 16 October 2026 (02:14 Moscow, 23:14 GMT Thursday); planted are the satellite's mass (1,150 kg vs 1,350 kg in the trade newsletter) and the title of the Aerospace Committee's chief (chairman vs deputy chairman on the broadcaster); traps are three clocks and two calendar days, 620 km vs 385 miles, 72 minutes vs "1 hour 12 minutes" vs 05:26, four satellites vs three cubesats, tenge vs dollars, the scrubbed October 9 date, 2014's satellites and the 2028 follow-on.
eq-OD6 (CONTROL): a quake strikes near Qaen in Iran's South Khorasan at 02:47 local time on Thursday 11 December 2025 (23:17 GMT Wednesday); traps are attributed magnitudes (5.9 Iranian centre, 5.7 USGS) and depths, a death toll rising from 3 to 7 to 11 to 14 and injuries from 28 to 191 each as of its own time, villages and aftershocks counted at different hours, county vs town vs province vs distance from Birjand, km vs miles, and the 1997 disaster.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(body: str) -> list[str]:
    """Turn a plain-text body (blank-line separated) into HTML blocks.

    "## x" is a subhead, "> x" a pull quote, "[photo]" and "[ad]" are markers
    the templates replace with a figure or an advertisement slot.
    """
    out: list[str] = []
    for raw in body.strip().split("\n\n"):
        chunk = " ".join(line.strip() for line in raw.strip().splitlines())
        if not chunk:
            continue
        if chunk == "[photo]" or chunk == "[ad]":
            out.append(chunk)
        elif chunk.startswith("## "):
            out.append(f"<h2>{_e(chunk[3:])}</h2>")
        elif chunk.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(chunk[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_e(chunk)}</p>")
    return out


def _fill(blocks: list[str], photo_html: str, ad_html: str) -> str:
    res = []
    for b in blocks:
        if b == "[photo]":
            res.append(photo_html)
        elif b == "[ad]":
            res.append(ad_html)
        else:
            res.append(b)
    return "\n".join(res)


def _jsonld(headline: str, site: str, url: str, published: str | None,
            modified: str | None, author: str | None, kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "mainEntityOfPage": url,
                            "publisher": {"@type": "Organization", "name": site}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _related(items: list[str], heading: str = "Related") -> str:
    lis = "\n".join(f'<li><a href="#">{_e(t)}</a></li>' for t in items)
    return f'<aside class="related"><h3>{_e(heading)}</h3><ul>\n{lis}\n</ul></aside>'


def _share() -> str:
    return ('<div class="share"><span>Share</span> <a href="#">Facebook</a> '
            '<a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> '
            '<a href="#">Email</a> <button>Copy link</button></div>')


def _cookie(site: str) -> str:
    return (f'<div id="cookie-consent" class="banner"><p>{_e(site)} uses cookies to '
            'improve your experience, measure audiences and show relevant advertising. '
            'You can change your choices at any time.</p><button>Accept all</button> '
            '<button>Reject non-essential</button> <a href="#">Manage preferences</a></div>')


def _ad(slot: str) -> str:
    return (f'<div class="ad-slot" data-slot="{_e(slot)}"><span class="ad-label">'
            'Advertisement</span><div class="ad-frame"></div></div>')


def _figure(caption: str, credit: str) -> str:
    return (f'<figure class="lead-image"><img src="/img/placeholder.jpg" alt="{_e(caption)}">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
            '</figcaption></figure>')


def _wire_page(*, site: str, url: str, headline: str, published: str, modified: str | None,
               dateline: str, byline: str, body: str, desc: str, tail: str,
               related: list[str], topics: list[str], photo: tuple[str, str] | None = None) -> str:
    """Wire-agency template: sparse, dateline, JSON-LD and article:published_time."""
    photo_html = _figure(*photo) if photo else ""
    blocks = _blocks(body)
    if blocks and blocks[0].startswith("<p>"):
        blocks[0] = "<p><span class=\"dateline\">" + _e(dateline) + "</span> " + blocks[0][3:]
    tags = " ".join(f'<a class="tag" href="#">{_e(t)}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:url" content="{_e(url)}">
<meta property="article:published_time" content="{_e(published)}">
{f'<meta property="article:modified_time" content="{_e(modified)}">' if modified else ''}
<link rel="canonical" href="{_e(url)}">
{_jsonld(headline, site, url, published, modified, byline)}
</head>
<body class="wire">
{_cookie(site)}
<header class="topbar"><a class="logo" href="/">{_e(site)}</a>
<nav><a href="#">World</a> <a href="#">Business</a> <a href="#">Markets</a> <a href="#">Energy</a> <a href="#">Technology</a> <a href="#">Sustainability</a> <a href="#">Wire feed</a></nav>
<a class="signin" href="#">Sign in</a> <a class="subscribe" href="#">Subscribe to the wire</a></header>
{_ad("leaderboard")}
<main><article>
<div class="kicker">{_e(topics[0] if topics else '')}</div>
<h1>{_e(headline)}</h1>
<div class="byline">By {_e(byline)}</div>
<time class="stamp" datetime="{_e(published)}"></time>
{_share()}
{photo_html}
{_fill(blocks, "", _ad("in-article"))}
<p class="credits">{_e(tail)}</p>
<div class="tags">{tags}</div>
<p class="standards"><a href="#">Our Standards: The Trust Principles.</a></p>
</article>
{_related(related, "Read next")}
</main>
{_ad("footer-banner")}
<footer><nav><a href="#">About us</a> <a href="#">Careers</a> <a href="#">Licensing</a> <a href="#">Terms of use</a> <a href="#">Privacy</a> <a href="#">Cookie settings</a> <a href="#">Contact</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str, visible_date: str,
                byline: str, body: str, desc: str, section: str, photo: tuple[str, str],
                related: list[str], ticker: str, meta_published: str | None = None) -> str:
    """Newspaper template: masthead, ticker, visible date, photo, inline ad, newsletter box."""
    meta = (f'<meta property="article:published_time" content="{_e(meta_published)}">'
            if meta_published else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(desc)}">
<meta name="keywords" content="{_e(section)}, news">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(standfirst)}">
<meta property="og:image" content="/img/placeholder.jpg">
{meta}
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body class="newspaper">
{_cookie(site)}
<div class="masthead"><div class="date-weather">{_e(visible_date)}</div>
<a class="logo" href="/">{_e(site)}</a>
<div class="account"><a href="#">Log in</a> | <a href="#">Subscribe from 1 a month</a> | <a href="#">E-paper</a></div></div>
<nav class="primary"><a href="#">Home</a> <a href="#">Local</a> <a href="#">Region</a> <a href="#">World</a> <a href="#">Business</a> <a href="#">Opinion</a> <a href="#">Sport</a> <a href="#">Lifestyle</a> <a href="#">Puzzles</a></nav>
<div class="ticker"><strong>Latest:</strong> {_e(ticker)}</div>
{_ad("top-banner")}
<main><article>
<p class="section-label">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<p class="byline">{_e(byline)}</p>
<p class="dateline">{_e(visible_date)}</p>
{_share()}
{_fill(_blocks(body), _figure(*photo), _ad("mid-article"))}
<div class="newsletter-box"><h3>Get the morning briefing</h3><p>The day's most important stories, in your inbox before 7am. Free for registered readers.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
<p class="comments-note">Comments are closed on this article.</p>
</article>
{_related(related, "More from " + section)}
{_ad("sidebar-mpu")}
</main>
<footer><nav><a href="#">About</a> <a href="#">Advertise with us</a> <a href="#">Contact the newsroom</a> <a href="#">Corrections</a> <a href="#">Terms</a> <a href="#">Privacy policy</a></nav>
<p>&copy; {_e(site)}. Reproduction in whole or in part without permission is prohibited.</p></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, url: str, headline: str, summary: str, published: str,
                    updated_label: str, byline: str, body: str, desc: str, video_caption: str,
                    related: list[str], most_watched: list[str], modified: str | None = None) -> str:
    """Broadcaster template: video player, 'Updated' label, most-watched rail, JSON-LD."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(summary)}">
<meta name="twitter:card" content="summary_large_image">
{_jsonld(headline, site, url, published, modified, byline)}
</head>
<body class="broadcaster">
{_cookie(site)}
<header><a class="logo" href="/">{_e(site)}</a>
<nav><a href="#">News</a> <a href="#">Region</a> <a href="#">Business</a> <a href="#">Sport</a> <a href="#">Programmes</a> <a href="#">Podcasts</a> <a class="live" href="#">Watch live</a></nav></header>
<main><article>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
<div class="meta"><span class="byline">{_e(byline)}</span> <span class="updated">{_e(updated_label)}</span></div>
<div class="video-player"><div class="player-frame">Video unavailable in your browser. <a href="#">Open in app</a></div><p class="video-caption">{_e(video_caption)}</p></div>
{_share()}
{_fill(_blocks(body), "", _ad("in-article"))}
</article>
{_related(related, "Related stories")}
{_related(most_watched, "Most watched")}
{_ad("right-rail")}
</main>
<footer><nav><a href="#">Schedule</a> <a href="#">Frequencies</a> <a href="#">About us</a> <a href="#">Code of ethics</a> <a href="#">Privacy</a> <a href="#">Terms</a></nav>
<p>&copy; {_e(site)}</p></footer>
</body>
</html>
"""


def _newsletter_page(*, site: str, url: str, headline: str, issue: str, visible_date: str,
                     author: str, body: str, desc: str, related: list[str],
                     published: str | None = None) -> str:
    """Trade newsletter template: issue number, subscriber box, no bylines in meta."""
    meta = (f'<meta property="article:published_time" content="{_e(published)}">'
            if published else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_e(desc)}">
{meta}
<meta name="robots" content="index, follow">
</head>
<body class="newsletter">
{_cookie(site)}
<header class="nl-header"><a class="logo" href="/">{_e(site)}</a>
<nav><a href="#">Latest issue</a> <a href="#">Archive</a> <a href="#">Data</a> <a href="#">Events</a> <a href="#">Subscribe</a> <a href="#">Log in</a></nav></header>
<main><article>
<p class="issue">{_e(issue)} &middot; {_e(visible_date)}</p>
<h1>{_e(headline)}</h1>
<p class="author">{_e(author)}</p>
{_fill(_blocks(body), "", _ad("sponsor"))}
<div class="subscriber-box"><h3>Enjoying this briefing?</h3><p>Subscribers get the full data tables, weekly price assessments and our analysts' calls. Team licences available.</p><a class="button" href="#">Start a free trial</a></div>
{_share()}
</article>
{_related(related, "In this issue")}
</main>
<footer><p>{_e(site)} is an independent publication. Nothing here is investment advice. <a href="#">Unsubscribe</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact the editors</a></p></footer>
</body>
</html>
"""


def _local_page(*, site: str, url: str, headline: str, posted: str, author: str, body: str,
                desc: str, photo: tuple[str, str], related: list[str], weather: str) -> str:
    """Local news site template: weather widget, 'Posted' line, popular list, no meta dates."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_e(desc)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="local">
{_cookie(site)}
<div class="weather-widget">{_e(weather)}</div>
<header><a class="logo" href="/">{_e(site)}</a>
<nav><a href="#">News</a> <a href="#">Community</a> <a href="#">Business</a> <a href="#">Events</a> <a href="#">Classifieds</a> <a href="#">Contact</a></nav></header>
{_ad("header")}
<main><article>
<h1>{_e(headline)}</h1>
<p class="posted">Posted {_e(posted)} by {_e(author)}</p>
{_fill(_blocks(body), _figure(*photo), _ad("inline"))}
{_share()}
<p class="tip">Got a story? Send us a message on WhatsApp or email the newsdesk.</p>
</article>
{_related(related, "Popular this week")}
</main>
<footer><p>&copy; {_e(site)}. Community news since 2014. <a href="#">Advertise</a> | <a href="#">Privacy</a></p></footer>
</body>
</html>
"""


def _liveblog_page(*, site: str, url: str, headline: str, intro: str, published: str,
                   modified: str, entries: list[tuple[str, str, str]], desc: str,
                   related: list[str]) -> str:
    """Live-blog template: newest entry first, each with its own time label."""
    posts = []
    for i, (label, title, text) in enumerate(entries):
        posts.append(f'<div class="post"><p class="post-time">{_e(label)}</p>'
                     f'<h3>{_e(title)}</h3>{"".join(_blocks(text))}</div>')
        if i == 1:
            posts.append(_ad("live-mid"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_e(desc)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{_e(published)}">
<meta property="article:modified_time" content="{_e(modified)}">
{_jsonld(headline, site, url, published, modified, None, "LiveBlogPosting")}
</head>
<body class="liveblog">
{_cookie(site)}
<header><a class="logo" href="/">{_e(site)}</a>
<nav><a href="#">News</a> <a href="#">Middle East</a> <a href="#">Asia</a> <a href="#">Business</a> <a href="#">Features</a> <a class="live" href="#">Live</a></nav></header>
<main><article>
<span class="live-badge">LIVE</span>
<h1>{_e(headline)}</h1>
<div class="intro">{"".join(_blocks(intro))}</div>
{_share()}
<div class="live-feed">
{"".join(posts)}
</div>
</article>
{_related(related, "Explainers")}
</main>
<footer><p>&copy; {_e(site)} <a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Cookie settings</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (CONTROL)
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    site="Caspian Business Wire",
    url="https://www.cbw.example/markets/uzbekistan-cenbank-cuts-rate-2026-04-23/",
    headline="Uzbekistan central bank cuts main rate to 13% as inflation slows",
    published="2026-04-23T09:14:00Z",
    modified="2026-04-23T11:02:00Z",
    dateline="TASHKENT, April 23 (CBW) -",
    byline="Aziza Karimova",
    desc="Uzbekistan's central bank lowered its main rate by 50 basis points to 13% on Thursday, its first cut since July 2025.",
    tail="Reporting by Aziza Karimova; Editing by Tom Ashdown",
    topics=["Central Banks", "Uzbekistan", "Emerging Markets"],
    related=["Kazakh tenge slips as oil prices retreat",
             "Uzbekistan's copper exports rise 9% in first quarter",
             "Central Asian bond issuance on track for a record year",
             "Tajikistan holds refinancing rate, flags food prices"],
    body="""
Uzbekistan's central bank cut its main policy rate by 50 basis points to 13% on Thursday, its first reduction in nine months, saying inflation had slowed faster than it expected at the start of the year while the sum had held steady.

Most economists surveyed by CBW this week had expected the bank to leave the rate at 13.5%, where it has stood since July last year. Nine of the 13 respondents forecast no change; the other four had pencilled in a cut of 50 basis points.

The decision was published at 14:00 local time (0900 GMT). The new rate applies from Friday, April 24, the bank said.

In a statement, the bank's board said annual consumer price inflation eased to 7.4% in March from 7.9% in February, while core inflation, which strips out volatile food and energy prices, slowed to 6.8%. It now expects inflation of 6% to 7% at the end of 2026 and sees its 5% target being reached in the second half of 2027.

[ad]

"The disinflation we projected is arriving, and it is arriving a little earlier than we thought," Governor Bakhodir Ergashev told a news conference an hour after the announcement. "That gives us room to make monetary conditions slightly less tight. It does not mean we are starting a long cycle of cuts."

At 13%, the main rate remains roughly 5.6 percentage points above annual inflation, a gap Ergashev described as "still clearly restrictive".

The bank also shifted its interest rate corridor, which sits one percentage point either side of the main rate, so the overnight deposit rate is now 12% and the overnight repo rate 14%.

## Sum steady

The sum traded at about 12,640 per dollar on Thursday, roughly 1.8% stronger than at the start of the year, helped by strong gold export receipts and remittances from workers abroad. A steadier currency has eased the pass-through of import prices, which had kept inflation near double digits for much of 2024.

The bank last cut rates in July 2025, when it lowered the main rate from 14% to 13.5%. It kept the rate unchanged at every meeting since, most recently on March 19, when it warned that administered increases in electricity and gas tariffs could delay disinflation.

On Thursday the board said the effect of those tariff increases "has proved smaller and shorter-lived than feared".

Ulugbek Tursunov, chief economist at Tashkent brokerage Silk Road Capital, said the statement left the door open to a further move but not to a rapid series of cuts.

"A June move is possible if food prices behave, but I would be surprised to see more than one further cut this year," he said.

The board's next scheduled rate meeting is on June 11.
""")

_S1_B = _paper_page(
    site="The Tashkent Ledger",
    url="https://www.tashkentledger.example/economy/2026/04/24/central-bank-trims-rate",
    headline="Central bank trims main rate to 13 per cent",
    standfirst="First easing since last summer as price growth cools; governor rules out a 'long cycle' of cuts",
    visible_date="Friday, 24 April 2026",
    byline="By Farrukh Nazarov, Economics Correspondent",
    desc="The Central Bank of Uzbekistan cut its main rate by half a percentage point to 13.0 per cent.",
    section="Economy",
    ticker="Tashkent metro Line 4 extension opens to passengers next month",
    photo=("Governor Bakhodir Ergashev speaks to reporters at the Central Bank of Uzbekistan in Tashkent on Thursday.",
           "Photo: Dilnoza Aminova / The Tashkent Ledger"),
    related=["Bazaar prices: what a kilo of meat costs now",
             "Banks race to offer cheaper car loans",
             "Gold output at record as prices stay high",
             "Opinion: the sum's quiet year is no accident"],
    body="""
The Central Bank of Uzbekistan yesterday cut its main rate by half a percentage point to 13.0 per cent, the first easing since last summer, as price growth across the country slowed more quickly than officials had forecast in January.

The decision, announced at 2pm on Thursday after a regular meeting of the bank's board, lowers the rate from 13.5 per cent, the level set in July 2025. The new rate took effect today.

[photo]

Speaking at a news conference at the bank's headquarters on Islam Karimov Street, Governor Bakhodir Ergashev said the board had judged that conditions allowed a "careful" step.

"The slowdown in prices that we forecast has come, and somewhat sooner than we expected," Mr Ergashev said, speaking in Uzbek. He added that the cut should not be read as the first of many, saying the bank was not embarking on "a long series of reductions".

Annual inflation stood at 7.4 per cent in March, down from 7.9 per cent a month earlier, according to figures the bank cited. Food inflation, which weighs heavily on household budgets, slowed to 8.1 per cent, while the core measure fell to 6.8 per cent.

The bank's own projection is for inflation to end the year between 6 and 7 per cent, still above the official target of 5 per cent, which it now expects to reach in the second half of next year.

[ad]

## Loans to get cheaper, slowly

Commercial banks' average lending rate in sum stood at 22.4 per cent in March, and bankers said the cut would take months to feed through. Deputy Governor Nodira Saidova, who oversees monetary policy, told reporters that the bank expected lending rates to ease "gradually, not overnight".

Ms Saidova said the bank would also keep open until the end of the year its 1 trillion sum (about $79 million) line for refinancing mortgage loans to first-time buyers.

The central bank chief also pointed to the stability of the national currency. The sum was trading at around 12,640 to the dollar on Thursday and has gained nearly 2 per cent since January.

Economists had been divided on the outcome. Ulugbek Tursunov of Silk Road Capital, a brokerage, said he expected the bank to remain cautious. "One more cut this year, perhaps in June, is plausible; a string of them is not," he said.

The board's next rate meeting is scheduled for 11 June.
""")

_S1_C = _broadcast_page(
    site="Silk Road 24",
    url="https://www.silkroad24.example/business/uzbek-central-bank-rate-cut-20260423",
    headline="Uzbekistan's central bank lowers key rate for first time since July",
    summary="The board cut the main rate to 13% from 13.5%, citing slower inflation and a stable sum.",
    published="2026-04-23T17:05:00+05:00",
    updated_label="23 April 2026, 17:05 Tashkent",
    byline="Kamila Usmonova, business desk",
    desc="Central Bank of Uzbekistan cuts main rate by half a point to 13%.",
    video_caption="WATCH: Governor Ergashev explains why the bank chose to ease now (2:41)",
    related=["Explainer: how the central bank's rate corridor works",
             "Fuel prices unchanged at the pump for third month",
             "Samarkand hotels report record spring bookings"],
    most_watched=["Flooding in Fergana valley: residents count the cost",
                  "Inside the new Tashkent City business district",
                  "Interview: the young founders building Uzbek fintech"],
    body="""
Uzbekistan's central bank has cut its main interest rate for the first time since July 2025, lowering it by half a percentage point to 13% after inflation slowed for a third straight month.

The move, announced on Thursday afternoon, surprised many analysts who had expected the bank to hold the rate at 13.5% until its June meeting.

Governor Bakhodir Ergashev told reporters that the fall in inflation had come earlier than the bank had predicted.

"What we expected is happening, and a little ahead of schedule," he said, according to a translation provided by the bank. "This allows us to ease a little. It is not the start of a long cycle."

Annual inflation slowed to 7.4% in March. In February it had been 7.9%.

The bank says prices should rise by between 6% and 7% over 2026 as a whole, and that inflation will only return to its 5% target in the second half of 2027.

[ad]

## What it means for borrowers

For families with loans, the effect will not be immediate. Commercial banks set their own rates, which are far above the central bank's, and usually adjust them over several months.

Ergashev said the bank's policy remained "restrictive", pointing out that even after the cut the main rate was still more than five percentage points higher than inflation.

Ulugbek Tursunov, chief economist at Silk Road Capital, told Silk Road 24 the statement was balanced. "They have opened the door to June, but not to a whole series of cuts," he said.

The sum was little changed after the announcement, trading at around 12,640 per US dollar.

The governor said the board had also discussed keeping the rate unchanged until June, but decided that waiting would keep borrowing costs higher than the economy needed. Spring harvests usually bring vegetable prices down from May, he added, which should help inflation fall further in the second quarter.

Some small business owners in Tashkent welcomed the move but said it would make little difference on its own. "My loan is at 24%. Half a point off the central bank rate does not change my life," said Bobur Karimov, who runs a furniture workshop in the capital's Yunusobod district.

Inflation was close to 10% for much of 2024 and has fallen steadily since the middle of last year.

The bank's board meets next on June 11. At that meeting it will also publish updated forecasts for economic growth, which it put at 6.0% to 6.5% for this year in its March report.

The central bank also said on Thursday that its new deputy governor for financial stability, Javlon Rashidov, had formally taken up his post this week after being confirmed by the president's office. Rashidov previously headed the bank's banking supervision department.
""")

_S1_D = _newsletter_page(
    site="Frontier Rates Monitor",
    url="https://www.frontierrates.example/issues/187/uzbekistan-cut",
    headline="Uzbekistan: a 50bp cut, and a governor keen to sound cautious",
    issue="Issue 187",
    visible_date="24 April 2026",
    author="By the Frontier Rates Monitor desk",
    desc="Why the CBU cut by 50bp, and what the rest of the region is doing.",
    published="2026-04-24T06:30:00Z",
    related=["Kazakhstan: NBK on hold, tenge in focus",
             "Egypt: what the IMF review means for rates",
             "Georgia: the lari and the long pause",
             "Calendar: rate decisions for the next fortnight"],
    body="""
The Central Bank of Uzbekistan (CBU) lowered its main rate by 50bp to 13.00% at Thursday's meeting, ending a hold that had lasted since the 50bp cut in July 2025. We had expected a hold; so had most of the market.

Three things stand out in the statement.

First, the inflation print did the work. Headline CPI slowed to 7.4% y/y in March from 7.9% in February, and core came in at 6.8%. The CBU now sees year-end inflation at 6-7% and keeps its 5% target, pushing the date at which it expects to hit it to the second half of 2027.

Second, the board was at pains to play the move down. Governor Ergashev's line at the press conference, that the cut "does not mean we are starting a long cycle", was repeated almost word for word by Deputy Governor Saidova afterwards. That reads to us like coordinated guidance against pricing an aggressive path.

Third, the corridor moved with the policy rate: the overnight deposit facility now sits at 12% and the overnight repo at 14%, still 100bp either side of the main rate.

[ad]

## The real rate

With March CPI at 7.4%, the ex-post real policy rate is about 5.6 percentage points, down from 6.1 points before the cut. On the CBU's year-end forecast midpoint of 6.5%, the ex-ante real rate would be 6.5 points if policy were left unchanged, which is one reason we think a second cut in June is more likely than not. A quarter-point move would have been the cautious option on Thursday; the board chose the bigger step.

Local forward pricing implies roughly 100bp of further easing by the end of 2026. We think that is slightly too much and pencil in 50bp more, taking the rate to 12.5% by December.

## Around the region

Uzbekistan's cut leaves it in the middle of the regional pack. Kazakhstan's base rate remains at 15.5% after the National Bank's hold earlier this month, and Kyrgyzstan's policy rate is 9.25%. Tajikistan's refinancing rate is unchanged at 8%.

## Market reaction

The sum was flat at about 12,640 per dollar after the announcement. Dollar-denominated Uzbek sovereign bonds rallied modestly, with the 2031 issue's yield falling around 12bp on the day.

Next CBU meeting: 11 June. Ulugbek Tursunov at Silk Road Capital, whose call we respect, says one more cut this year is possible but "more than one" would surprise him. We agree on direction and differ only on timing.
""")

STORY_1 = _story("cb-OD1", "central bank", "2026-04-25", [
    _page("https://www.cbw.example/markets/uzbekistan-cenbank-cuts-rate-2026-04-23/", _S1_A),
    _page("https://www.tashkentledger.example/economy/2026/04/24/central-bank-trims-rate", _S1_B),
    _page("https://www.silkroad24.example/business/uzbek-central-bank-rate-cut-20260423", _S1_C),
    _page("https://www.frontierrates.example/issues/187/uzbekistan-cut", _S1_D),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 2 - election (PLANTED: winner's vote count; run-off date)
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    site="Gulf Press Agency",
    url="https://www.gpa.example/news/bahrain-election-first-round-results-20261115",
    headline="Bahrain election: 12 seats decided in first round, 28 go to run-offs",
    published="2026-11-14T23:20:00Z",
    modified=None,
    dateline="MANAMA, Nov 15 (GPA) -",
    byline="Hussain Al-Aali",
    desc="Turnout reached 71.6% in Bahrain's parliamentary election; most of the 40 seats will be settled in run-offs next Saturday.",
    tail="Reporting by Hussain Al-Aali; additional reporting by Sara Mirza in Dubai; editing by Paul Whitcombe",
    topics=["Elections", "Bahrain", "Gulf"],
    related=["Kuwait cabinet approves 2027 budget draft",
             "Gulf stocks edge higher ahead of U.S. data",
             "Oman's Shura council to debate tax bill",
             "Saudi Arabia, Bahrain open new causeway terminal"],
    body="""
Candidates won 12 of the 40 seats in Bahrain's parliament outright in Saturday's election, officials said early on Sunday, with the remaining 28 seats to be decided in run-offs on Saturday, November 21.

Turnout was 71.6%, Justice Minister Yusuf bin Rashid Al-Mannai, who chairs the Supreme Committee for Elections, told a news conference that began at 1:40 a.m. local time (2240 GMT on Saturday). That was up from a preliminary estimate of 68.2% given shortly after polls closed at 8 p.m., but slightly below the 73% recorded at the last election in 2022.

About 252,000 of the kingdom's 351,920 registered voters cast ballots, he said.

"Bahrainis have once again shown that they believe in this chamber and in their right to choose who sits in it," Al-Mannai said.

A total of 318 candidates stood for the Council of Representatives, the elected lower house, in constituencies spread across the Capital, Muharraq, Northern and Southern governorates. Political societies play a limited role and most candidates ran as independents.

[ad]

Four women were among the 12 winners. The outgoing chamber had eight women members, and more women are likely to join them after the run-offs, in which 11 female candidates are competing.

Five of the 12 seats settled on Saturday went to sitting members of parliament.

In one of the most closely watched races, Maryam Ebrahim Al-Dossary, a former schoolteacher and housing campaigner, won Muharraq governorate's fourth constituency outright with 3,412 votes, or 52.7% of valid ballots, unseating two-term MP Adel Yousif Al-Hammadi.

Al-Hammadi received 2,468 votes. He congratulated his rival in a post on social media shortly before dawn.

Voters also chose municipal council members in the Muharraq, Northern and Southern governorates. Seven of the 30 municipal seats were decided in the first round, Al-Mannai said, with the rest also going to run-offs next Saturday.

Run-offs are held between the two leading candidates in any constituency where no candidate wins more than half of the valid votes.

Candidates may challenge the results in court, the committee said. Provisional tallies had been posted at some polling centres overnight, but the committee's announcement is the official count.

The elected chamber shares legislative power with the Shura Council, whose 40 members are appointed by the king.

Layla Qassim, a researcher at the Manama-based Gulf Policy Forum, said the turnout figure showed that interest in the election had held up despite a short, low-key campaign.

"People voted on local issues, on housing and jobs above all," she said. "The run-offs will tell us whether that mood carries through a second weekend."

The new parliament is due to hold its first session in December.
""")

_S2_B = _paper_page(
    site="The Manama Chronicle",
    url="https://www.manamachronicle.example/local/2026/11/16/women-make-early-gains-as-run-offs-loom",
    headline="Women make early gains as run-offs loom",
    standfirst="Four of the 12 first-round winners are women; Muharraq incumbent falls to housing campaigner",
    visible_date="Monday, November 16, 2026",
    byline="By Noora Al-Sayed and Faisal Jaber",
    desc="Results of Saturday's parliamentary election and what comes next in Saturday's run-offs.",
    section="Local",
    ticker="Causeway traffic advisory: expect delays this weekend",
    photo=("Maryam Al-Dossary greets supporters outside her campaign tent in Muharraq after the results were announced early yesterday.",
           "Picture: Ali Hasan / The Manama Chronicle"),
    related=["Run-off guide: who faces whom in all 28 constituencies",
             "Polling stations to reopen at 8am on Saturday",
             "Editorial: a good first round, now finish the job",
             "Municipal results: seven councillors elected"],
    body="""
Women took four of the 12 parliamentary seats decided in Saturday's general election, results announced in the early hours of yesterday showed, setting up a second round this Saturday in which the make-up of the next Council of Representatives will largely be settled.

The other 28 seats of the 40-member chamber go to run-offs on Saturday, November 21, between the two best-placed candidates in each constituency.

Turnout stood at nearly 72 per cent, Justice, Islamic Affairs and Endowments Minister Yusuf bin Rashid Al-Mannai announced at a press conference held at the media centre in Exhibition Avenue shortly before 2am. An initial estimate given when polls closed on Saturday evening had put it at about 68 per cent.

[photo]

The biggest upset came in the fourth constituency of Muharraq, where housing campaigner Maryam Al-Dossary defeated two-term MP Adel Al-Hammadi without the need for a run-off.

Ms Al-Dossary took 3,412 votes to Mr Al-Hammadi's 2,468, a margin of 944 votes, while the third candidate, businessman Hamad Saleh Al-Sayegh, won 594.

"This seat belongs to the people of Muharraq, who want homes and jobs, not speeches," she told supporters who gathered outside her campaign tent as the results came in.

Mr Al-Hammadi, who chaired parliament's services committee, said he accepted the result. "The voters have spoken and I respect their choice. I wish her every success," he wrote.

Ms Al-Dossary, a former mathematics teacher, built her campaign around families waiting for government housing. Volunteers said she had visited almost every majlis in the constituency during the campaign, often late into the evening.

At a polling station in Isa Town on Saturday afternoon, first-time voter Hessa Abdulla, 21, said she had come with her mother and grandmother. "Three generations, three ballots," she said. "My grandmother says she has not missed an election since 2002."

[ad]

## What happens next

Polling stations will reopen at 8am on Saturday and close at 8pm. Voters may only cast ballots in the constituency where they are registered.

Mr Al-Mannai urged voters not to stay at home for the second round. "Every seat matters, and every run-off will be decided by those who turn up," he said.

Of the 12 members elected on Saturday, five are sitting MPs seeking another term. Among the newcomers are two lawyers, a retired army officer and a former bank executive.

The outgoing chamber had eight women members. With 11 women still in the race, the new council could match or beat that number.

Analysts said that local issues had dominated. Layla Qassim of the Gulf Policy Forum said voters in many districts had judged candidates on "what they did about housing waiting lists, not on slogans".

Turnout in 2022 was 73 per cent.
""")

_S2_C = _broadcast_page(
    site="Khaleej 24",
    url="https://www.khaleej24.example/gulf/bahrain-votes-turnout-run-offs-2026-11-15",
    headline="Bahrain election: turnout near 72% as most seats head to second round",
    summary="Only 12 of the 40 parliamentary seats were won outright on Saturday.",
    published="2026-11-15T09:30:00+03:00",
    updated_label="Updated 15 November 2026, 09:30 Manama",
    byline="Reem Khalifa, Manama correspondent",
    desc="Bahrain parliamentary election results: turnout, women winners and run-off date.",
    video_caption="Counting under way at a polling station in Isa Town on Saturday night",
    related=["Bahrain's parliament: how the system works",
             "Qatar and Bahrain agree ferry link timetable",
             "Gulf jobs: unemployment among young nationals falls"],
    most_watched=["Heavy rain floods roads in Riffa",
                  "Formula One: Bahrain unveils new grandstand",
                  "Pearling path: a walk through old Muharraq"],
    body="""
Bahrain's parliamentary election will go to a second round in most constituencies after candidates won only 12 of the 40 seats outright in Saturday's vote.

The Supreme Committee for Elections said turnout reached 71.6 per cent, a little below the 73 per cent recorded four years ago. The committee's chairman, Justice Minister Yusuf Al-Mannai, announced the results in the early hours of Sunday.

Run-off votes in the remaining 28 constituencies will be held on November 28, the committee said, in each case between the two candidates with the most votes.

Al-Mannai thanked voters, election staff and security forces. "Bahrainis have shown again that they believe in this chamber," he said.

[ad]

Four of the winners are women. The most striking of their victories came in Muharraq, where former teacher Maryam Al-Dossary ousted sitting MP Adel Al-Hammadi, taking 52.7 per cent of the vote against his 38.1 per cent, a lead of 14.6 percentage points.

Speaking to Khaleej 24 on Sunday morning, Al-Dossary said she would focus on the housing waiting list in her district. "People here have waited fifteen, sometimes twenty years for a home. That is the first file I will open," she said.

Polling stations across the four governorates were busy on Saturday evening, with queues forming in several districts before polls closed at 8 p.m.

Al-Hammadi, who had represented the constituency for two terms, conceded defeat overnight and wished his successor well.

Outside Muharraq, the other women elected outright included a lawyer in the Capital governorate and a former civil servant in the Southern governorate, according to the committee's list of winners. Eleven more women are through to the second round.

Election officials said counting had gone smoothly, with results from most polling centres transmitted to the committee's media centre before midnight.

The committee had given a preliminary turnout estimate of 68.2 per cent at the close of voting, before the final count of voters was completed overnight. About 252,000 people voted out of almost 352,000 on the electoral roll.

Municipal council elections were held at the same time in three governorates. Seven of the 30 municipal seats were filled outright.

The political analyst Layla Qassim, of the Gulf Policy Forum in Manama, said the first round suggested that "voters are rewarding candidates with a record on services".

"The second round will test whether that holds," she told Khaleej 24.

A total of 318 candidates contested the parliamentary election. Five of the 12 seats decided on Saturday were retained by incumbents.

The new Council of Representatives is expected to convene for the first time in December.
""")

_S2_D = _local_page(
    site="Muharraq Now",
    url="https://www.muharraqnow.example/news/al-dossary-wins-fourth-constituency",
    headline="Al-Dossary takes Muharraq Fourth at first attempt",
    posted="15 November 2026",
    author="Muharraq Now staff",
    desc="Housing campaigner Maryam Al-Dossary wins Muharraq's fourth constituency outright.",
    photo=("Supporters of Maryam Al-Dossary celebrate near the Qaisariya souq on Sunday.",
           "Photo: Muharraq Now"),
    related=["Arad bay walkway reopens after repairs",
             "Who is on the run-off ballot in our constituencies",
             "Muharraq Club through to cup semi-final",
             "Old houses restoration project enters second phase"],
    weather="Muharraq 24\u00b0C, clear",
    body="""
Maryam Ebrahim Al-Dossary has won Muharraq's fourth constituency in the first round, ending the eight-year parliamentary career of Adel Yousif Al-Hammadi.

Official results announced by the Supreme Committee for Elections in the early hours of Sunday gave Al-Dossary 3,142 votes, or 52.7 per cent of the valid votes cast. Al-Hammadi took 2,468 votes and the third candidate, Hamad Saleh Al-Sayegh, finished well behind.

[photo]

The result means Al-Dossary, 46, becomes one of four women elected to the Council of Representatives on Saturday, and one of only 12 members from across Bahrain to win a seat without a run-off.

Supporters gathered outside her campaign tent near the old souq as soon as the count from the local polling centre at the Muharraq Youth Centre was posted on Saturday night. Car horns could still be heard in the streets near the Qaisariya market well after 2 a.m.

"This seat belongs to the people of Muharraq. They want homes and jobs, not speeches," Al-Dossary told the crowd.

## Housing at the centre

A former mathematics teacher at a girls' secondary school in Hidd, Al-Dossary became known locally during the past four years as the organiser of a campaign for families on the social housing waiting list, some of whom say they have waited more than 15 years.

Her campaign spent little on billboards and relied instead on evening majlis visits. "She sat in every majlis in the district, some of them twice," said one of her volunteers, Ahmed Buhazza.

[ad]

Al-Hammadi, who chaired the services committee in the outgoing parliament, accepted defeat in a short message on social media in which he wished his rival success.

First elected in 2018 and returned in 2022, Al-Hammadi, 58, had been seen as one of the safer incumbents in the governorate. His campaign focused on his record on roads and drainage in the older neighbourhoods, and several of his supporters said on Sunday they had expected at least a run-off.

"People liked him, but they wanted a change on housing," said Khalifa Al-Kooheji, a retired customs officer who said he had voted for Al-Hammadi in both of his previous elections. "This time I gave my vote to her."

## Run-offs elsewhere in Muharraq

Other constituencies in the governorate were less decisive. Voters in Muharraq's first, second, fifth and seventh constituencies will return to the polls on Saturday, November 21, where no candidate won more than half the vote.

Across the kingdom, turnout was 71.6 per cent, according to the committee, which had given a preliminary figure of 68.2 per cent when polling stations closed at 8 p.m.

Muharraq Now will carry live results from the governorate's run-offs next Saturday evening.
""")

STORY_2 = _story("el-OD2", "election", "2026-11-16", [
    _page("https://www.gpa.example/news/bahrain-election-first-round-results-20261115", _S2_A),
    _page("https://www.manamachronicle.example/local/2026/11/16/women-make-early-gains-as-run-offs-loom", _S2_B),
    _page("https://www.khaleej24.example/gulf/bahrain-votes-turnout-run-offs-2026-11-15", _S2_C),
    _page("https://www.muharraqnow.example/news/al-dossary-wins-fourth-constituency", _S2_D),
], [
    ("winner's vote count", r"3[,.\s]?412", r"3[,.\s]?142"),
    ("run-off date", r"november 21|21 november|nov\.? 21\b|21 nov\b", r"november 28|28 november|nov\.? 28\b|28 nov\b"),
])


# ---------------------------------------------------------------------------
# Story 3 - court (CONTROL)
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    site="Gulf Business Wire",
    url="https://www.gulfbizwire.example/legal/difc-appeal-court-raises-contractor-award-2026-08-11",
    headline="DIFC appeal court raises contractor's award against Dubai developer to AED 412.3 mln",
    published="2026-08-11T07:02:00Z",
    modified="2026-08-11T09:45:00Z",
    dateline="DUBAI, Aug 11 (GBW) -",
    byline="Omar Siddiqui",
    desc="The DIFC Court of Appeal on Tuesday increased the sum Marsa Sands Properties must pay contractor Qudra Falcon Contracting.",
    tail="Reporting by Omar Siddiqui; Editing by Janet Moorcroft",
    topics=["Legal", "United Arab Emirates", "Real Estate"],
    related=["Dubai property transactions hit record in July",
             "Abu Dhabi developer plans $500 mln sukuk",
             "UAE construction PMI eases in July",
             "Saudi giga-project contractor wins arbitration in London"],
    body="""
The Dubai International Financial Centre's Court of Appeal on Tuesday increased the damages a Dubai property developer must pay its former main contractor to AED 412.3 million ($112.3 million), dismissing the developer's appeal and partly allowing a cross-appeal by the builder.

The three-judge panel ruled unanimously that Marsa Sands Properties PJSC must pay Qudra Falcon Contracting LLC for work on the Lumina Heights residential towers in Jumeirah Village Circle, raising the AED 388.6 million awarded by the DIFC Court of First Instance in October 2025.

The judgment was handed down at 10 a.m. (0600 GMT).

Marsa Sands had sought to overturn the lower court's ruling and revive a counterclaim for AED 150 million in liquidated damages, arguing that the contractor finished the two towers 14 months late. The appeal court rejected that claim, finding that the delay was caused largely by design changes the developer had ordered while construction was under way.

"A party that redraws the building as it goes up cannot complain that the building arrives late," Justice Margaret Holloway wrote in the lead judgment, with which Justice Tariq Al Hashimi and Justice Peter Lindqvist agreed.

[ad]

The court added AED 23.7 million for 17 variation orders covering changes to the facades and to mechanical and electrical systems, which the lower court had excluded because the instructions for them were not given in writing. The appeal judges held that the developer's conduct, including emails and site meeting minutes, showed it had accepted the work.

Marsa Sands must pay the sum within 28 days, together with simple interest at 9% a year running from the date of the first-instance judgment, and the contractor's costs of the appeal, the court ordered.

Qudra Falcon had originally claimed AED 531 million.

"This judgment confirms what our client has said from the start: the work was instructed, the work was done, and it has to be paid for," said Rania Haddad, a partner at Haddad Kerr LLP, which represented the contractor.

Marsa Sands said in a statement that it respected the court's decision and was studying the judgment with its advisers. It did not say whether it would seek any further review.

The two towers, of 38 and 44 storeys, contain 612 apartments and were handed over to buyers in 2024. The construction contract, signed in 2019, was worth about AED 1.05 billion.

There is no further appeal from the Court of Appeal within the DIFC Courts system.

Construction lawyers said the ruling was likely to be cited in other disputes across the UAE, where contractors often carry out extra work on the strength of informal instructions given on site and later struggle to get paid for it.
""")

_S3_B = _paper_page(
    site="The Emirates Dispatch",
    url="https://www.emiratesdispatch.example/business/property/developer-loses-appeal-over-jvc-towers",
    headline="Developer loses appeal and must pay contractor Dh412.3m over JVC towers",
    standfirst="Court rules late handover of Lumina Heights was caused by developer's own design changes",
    visible_date="Wednesday, August 12, 2026",
    byline="By Sameer Nair, Senior Business Reporter",
    desc="The DIFC Court of Appeal ruled in favour of Qudra Falcon Contracting in its dispute with Marsa Sands Properties.",
    section="Business",
    ticker="Dubai Metro Blue Line: first trains begin trial runs",
    photo=("The Lumina Heights towers in Jumeirah Village Circle, Dubai. The towers were handed over to buyers in 2024.",
           "Photo: Ramon Castillo / The Emirates Dispatch"),
    related=["JVC rents rise 11% in a year, agents say",
             "How to check your developer's escrow account",
             "DIFC Courts cut filing fees for small claims",
             "Contractors still waiting on pandemic-era payments"],
    meta_published="2026-08-12T04:00:00+04:00",
    body="""
A Dubai developer has lost its appeal against a ruling that it must pay its main contractor for building two residential towers, and now faces a larger bill of Dh412.3 million, about $112 million.

The DIFC Court of Appeal on Tuesday dismissed the appeal brought by Marsa Sands Properties against Qudra Falcon Contracting and increased the award made last October from Dh388.6 million.

The three judges also threw out, for a second time, the developer's counterclaim for Dh150 million, which it said was owed because the contractor had handed over the Lumina Heights towers in Jumeirah Village Circle more than a year late.

[photo]

In her judgment, Justice Margaret Holloway said the developer could not blame the builder for delays that flowed from its own repeated redesigns. A developer that keeps redrawing a building while it is being built, she wrote, cannot then complain that it was finished late.

Justice Holloway's colleagues on the bench, Justice Tariq Al Hashimi and Justice Peter Lindqvist, agreed with her reasoning.

The extra Dh23.7 million covers 17 changes ordered to the towers' facades and building systems. The lower court had refused to include them because they were never confirmed in writing, but the appeal court said that emails and minutes of site meetings proved the developer had asked for the work and accepted it.

[ad]

## Four weeks to pay

Marsa Sands has been ordered to pay within 28 days, by September 8, along with interest at 9 per cent a year from the date of the original judgment and the contractor's legal costs for the appeal.

"The work was instructed, the work was done, and it has to be paid for," said Rania Haddad, the partner at Haddad Kerr who led the contractor's legal team. She said her client, which employs about 3,800 people, had been "carrying this debt for far too long".

In a brief statement, Marsa Sands said it respected the court's decision and was reviewing the judgment with its advisers.

The contractor had initially claimed Dh531 million, a figure it reduced at trial after conceding some items.

Lumina Heights, with towers of 38 and 44 floors and 612 homes, was one of the larger projects launched in JVC before the pandemic. The building contract was signed in 2019 and was worth about Dh1.05 billion.

Buyers who spoke to The Emirates Dispatch said the dispute had not affected them since the handover in 2024, though some said common areas had taken months to complete.

Lawyers said the case would be closely read by contractors across the UAE, many of whom say they struggle to get paid for extra work agreed informally on site.
""")

_S3_C = _newsletter_page(
    site="Gulf Construction Law Review",
    url="https://www.gclreview.example/vol9/no31/qudra-falcon-v-marsa-sands-appeal",
    headline="Qudra Falcon v Marsa Sands: the Court of Appeal on oral variations and self-inflicted delay",
    issue="Vol. 9, No. 31",
    visible_date="13 August 2026",
    author="Case note by Hannah Okafor, consulting editor",
    desc="A unanimous DIFC Court of Appeal raises the contractor's award and rejects delay damages.",
    related=["Abu Dhabi: new rules on retention money",
             "Saudi Arabia's revised public works contract, clause by clause",
             "Oman: arbitration seat choices after the new law",
             "Events: Dubai construction disputes forum, 24 September"],
    body="""
The DIFC Court of Appeal handed down judgment in Qudra Falcon Contracting LLC v Marsa Sands Properties PJSC on 11 August. It is a significant decision for anyone advising on variations that were never instructed in writing, and a reminder that delay damages do not survive a developer's own redesigns.

## Background

Qudra Falcon was the main contractor on Lumina Heights, a two-tower residential scheme (38 and 44 storeys, 612 units) in Jumeirah Village Circle, under a 2019 contract worth approximately AED 1.05bn. The towers were completed 14 months after the contractual completion date and handed over in 2024.

The contractor sued for unpaid sums, originally claiming AED 531m. The developer counterclaimed AED 150m in liquidated damages for delay. In October 2025 the Court of First Instance awarded the contractor AED 388.6m and dismissed the counterclaim, but excluded 17 variations on the ground that there were no written instructions as the contract required.

## The appeal

Marsa Sands appealed on the counterclaim; Qudra Falcon cross-appealed on the 17 variations and on a separate claim for prolongation costs. The appeal was heard over three days in May.

Justice Margaret Holloway, giving the lead judgment, with which Justices Al Hashimi and Lindqvist agreed, dismissed the appeal and allowed the cross-appeal in part. The award rises by AED 23.7m to AED 412.3m (roughly US$112.3m).

On the variations, the court held that the written-instruction requirement had been waived by conduct: the developer's project team had asked for the changes in emails and site meeting minutes and had then accepted the finished work. All 17 variations were allowed. The prolongation claim, however, was rejected for want of evidence, which is why the increase is smaller than the contractor had sought.

[ad]

On delay, the court found that most of the critical delay flowed from the developer's design changes. Justice Holloway's summary will no doubt be quoted in many future pleadings: "A party that redraws the building as it goes up cannot complain that the building arrives late."

## Orders

Payment is due within 28 days of judgment. Simple interest at 9% per annum runs from the first-instance judgment of 29 October 2025; on our arithmetic the interest alone already amounts to roughly AED 29m. The developer pays the contractor's costs of the appeal, to be assessed if not agreed.

## Comment

Three points for practitioners. First, clauses requiring written instructions are not a complete shield where the employer's own conduct shows the work was wanted. Second, an employer that changes the design mid-construction bears a heavy burden if it wants to recover liquidated damages. Third, record-keeping matters: the minutes of site meetings were decisive.

Rania Haddad of Haddad Kerr, counsel for the contractor, told us: "The work was instructed, the work was done, and it has to be paid for." Marsa Sands has said only that it respects the decision and is studying it.

The full judgment runs to 96 pages and is available on the DIFC Courts website.
""")

STORY_3 = _story("ct-OD3", "court", "2026-08-14", [
    _page("https://www.gulfbizwire.example/legal/difc-appeal-court-raises-contractor-award-2026-08-11", _S3_A),
    _page("https://www.emiratesdispatch.example/business/property/developer-loses-appeal-over-jvc-towers", _S3_B),
    _page("https://www.gclreview.example/vol9/no31/qudra-falcon-v-marsa-sands-appeal", _S3_C),
], [])   # a control: no planted disagreement


# ---------------------------------------------------------------------------
# Story 4 - trade (PLANTED: top Chinese duty rate; duration of provisional duties)
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    site="Nile Economic Service",
    url="https://www.nes.example/trade/egypt-provisional-anti-dumping-galvanised-steel-china-vietnam",
    headline="Egypt imposes provisional anti-dumping duties on galvanised steel from China, Vietnam",
    published="2026-03-05T13:40:00Z",
    modified=None,
    dateline="CAIRO, March 5 (NES) -",
    byline="Mona El-Sherif",
    desc="Egypt will levy provisional duties of up to 38.7% on galvanised steel sheet from China and Vietnam from Sunday.",
    tail="Reporting by Mona El-Sherif; Editing by Karim Shalaby",
    topics=["Trade", "Egypt", "Steel"],
    related=["Egypt's non-oil exports rise 14% in 2025",
             "Suez Canal revenue recovers in February",
             "Egyptian pound steady ahead of central bank meeting",
             "Turkey extends steel import quota regime"],
    body="""
Egypt will impose provisional anti-dumping duties of between 16.1% and 38.7% on imports of galvanised steel sheets and coils from China and Vietnam from Sunday, the Ministry of Investment and Foreign Trade said on Thursday.

The duties, set out in Ministerial Decree No. 87 of 2026 published in the official gazette on Thursday, will apply for four months, until July 7, while investigators complete their inquiry.

Chinese exporters face rates of 19.4% to 38.7% of the shipment's cost, insurance and freight value, with the top rate also applying to Chinese producers that did not cooperate with the investigation. Rates for Vietnamese exporters range from 16.1% to 24.9%.

The investigation, opened in August 2025 after a complaint by local producers, found dumping margins of up to 44.2% for Chinese producers and 29.5% for Vietnamese ones, the ministry said. Under Egyptian rules, duties can be set below the dumping margin if a lower rate is enough to remove the injury to domestic industry.

[ad]

"We will not allow Egyptian factories to be pushed out of their own market by unfairly priced imports," Minister of Investment and Foreign Trade Tarek Mansour said in a statement.

Imports of the product from the two countries rose to 418,000 tonnes in 2025 from 236,000 tonnes in 2023, the ministry said, lifting their share of the Egyptian market to 41% from 24%. The imports were worth about $318 million last year.

The complaint was brought by Delta Coated Steel and Suez Galvanizing Company, which together account for 68% of Egypt's output of galvanised sheet. The two companies had asked for duties of 45%.

Mohamed Saleh Hanafy, chairman of the Chamber of Metallurgical Industries at the Federation of Egyptian Industries, welcomed the decision, saying domestic mills had been running at about half their capacity.

Importers warned of higher costs for manufacturers of home appliances, air conditioners and steel roofing, which use galvanised sheet as a raw material.

The product is classified under customs heading 7210 and is mostly used as zinc-coated sheet for appliance bodies, ducting, cladding and roofing. Grades not produced in Egypt are not exempt, the decree says.

Interested parties have 30 days from publication to submit comments, the ministry's Trade Remedies Sector said. A final decision, which could impose duties for up to five years, is due before the provisional measures expire.

Egypt has used trade defence measures more frequently in recent years. A safeguard duty on imports of steel billets has been in place since 2024.

China's commerce ministry did not immediately respond to a request for comment. Vietnam's trade ministry said it was studying the decision.
""")

_S4_B = _paper_page(
    site="Cairo Business Daily",
    url="https://www.cairobusinessdaily.example/industry/2026/03/08/galvanised-steel-duties-take-effect",
    headline="Duties on Chinese and Vietnamese galvanised steel take effect today",
    standfirst="Local mills welcome four-month provisional measure; appliance makers brace for higher input costs",
    visible_date="Sunday, 8 March 2026",
    byline="By Ahmed Fathy",
    desc="Provisional anti-dumping duties on galvanised steel from China and Vietnam start today.",
    section="Industry",
    ticker="EGX30 closes higher as banks rally",
    photo=("Coils of galvanised steel at a plant in the Sadat City industrial zone.",
           "Photo: Yasser Gamal / Cairo Business Daily"),
    related=["Appliance makers seek delay to new energy labels",
             "Egypt's steel output rises 6% in January",
             "Explainer: how Egypt's trade remedy investigations work",
             "Port Said east port to add container berth"],
    body="""
Provisional anti-dumping duties on galvanised steel sheets and coils imported from China and Vietnam come into force today, after the Ministry of Investment and Foreign Trade published the measure in the official gazette on Thursday.

Under Ministerial Decree No. 87 of 2026, shipments from China will pay between 19.4 and 37.8 per cent of their value, while Vietnamese product will pay between 16.1 and 24.9 per cent. The highest Chinese rate also applies to any Chinese producer that did not cooperate with investigators.

The duties will remain in place for four months, until 7 July, while the Trade Remedies Sector completes its investigation and decides whether to impose definitive duties.

[photo]

Local producers had complained that imports sold below cost were squeezing them out. The two companies that brought the case, Delta Coated Steel and Suez Galvanizing Company, produce about two-thirds of the country's galvanised sheet and had asked for a duty of 45 per cent.

"This is a first step, and an important one," said Mohamed Saleh Hanafy, who heads the Chamber of Metallurgical Industries. "Some of our mills were working at half capacity last year. Some lines were simply switched off."

Official data cited in the decree show imports from the two countries jumped to 418,000 tonnes in 2025, up by more than three quarters from 236,000 tonnes two years earlier. Their market share rose by 17 percentage points over the same period, to 41 per cent.

[ad]

## Importers worried

Traders and manufacturers who rely on imported sheet were less enthusiastic.

Hossam Barakat, head of the importers' division at the Cairo Chamber of Commerce, said the duties would push up prices of locally assembled refrigerators, washing machines and air conditioners by 8 to 10 per cent over the coming months. "The consumer will pay for this, not the exporter in China," he said.

Domestic mills have a combined capacity of about 1.1 million tonnes a year, he said, but could not supply every grade and thickness that manufacturers need.

Minister of Investment and Foreign Trade Tarek Mansour has defended the move. "We will not allow Egyptian factories to be pushed out of their own market by unfairly priced imports," he said in a statement on Thursday.

Exporters, importers and other interested parties have until 4 April, 30 days after publication, to send comments to the Trade Remedies Sector. A final ruling could impose duties for up to five years.

The imports in question were worth about $318 million last year, or roughly EGP 15.7 billion at current exchange rates.

China's Ministry of Commerce said on Friday that it regretted the decision and would "take necessary measures to protect the legitimate rights and interests of Chinese companies".
""")

_S4_C = _newsletter_page(
    site="SteelBrief MENA",
    url="https://www.steelbrief.example/mena/2026-10/egypt-hdg-provisional-duties",
    headline="Egypt HDG duties: import offers pull back, local mills lift list prices",
    issue="Issue 2026/10",
    visible_date="10 March 2026",
    author="Lina Haddad, MENA flat steel editor",
    desc="Market reaction to Egypt's provisional anti-dumping duties on hot-dip galvanised steel from China and Vietnam.",
    published="2026-03-10T07:00:00Z",
    related=["Gulf rebar: Saudi mills hold March prices",
             "Turkey HRC: export offers slip on weak demand",
             "Freight: Far East to East Med rates ease",
             "Data: MENA flat steel price table (subscribers)"],
    body="""
Egypt's provisional anti-dumping duties on hot-dip galvanised (HDG) sheet and coil from China and Vietnam have been in force since Sunday, March 8, and the market has moved quickly.

Recap of the measure: Ministerial Decree No. 87 of 2026, published in the gazette on Thursday, March 5, sets provisional duties of 19.4-38.7% on Chinese material, depending on the producer, and 16.1-24.9% on Vietnamese material. Non-cooperating Chinese mills pay the top rate of 38.7%. The duties run for six months while the Trade Remedies Sector completes the investigation.

The dumping margins established by investigators were higher, up to 44.2% for China and 29.5% for Vietnam, but duties were set at the injury margin where that was lower. Domestic producers Delta Coated Steel and Suez Galvanizing had petitioned for 45%.

## Prices

Before the announcement, Chinese HDG (0.5mm, Z80) was offered at around $640/t CFR Alexandria. By Monday, the few offers we heard were around $700/t CFR, and buyers said they were not interested at that level given the duty on top.

Vietnamese offers, which carry lower duties, were heard at $665-675/t CFR, and at least one Cairo trader said he had booked a cargo of about 5,000 t before the decree was published.

Local mills moved fast. Delta Coated Steel raised its list price for 0.5mm HDG to EGP 41,500/t ex-works from EGP 39,800/t, an increase of about 4.3%. At an exchange rate of around EGP 49.5 to the dollar, the new list price is equivalent to roughly $838/t.

[ad]

## Volumes

Imports from the two origins reached 418,000 t in 2025, against 236,000 t in 2023, according to data cited in the decree, valued at about $318m. Their share of apparent consumption rose from 24% to 41%.

Egyptian capacity for HDG is around 1.1m t/y, and utilisation fell to about 52% last year from 71% in 2023, according to the Chamber of Metallurgical Industries, whose chairman Mohamed Saleh Hanafy called the duties "a first step".

## What to watch

Comments are due by April 4. A definitive decision, with duties of up to five years, is expected before the provisional measure lapses.

Importers' representative Hossam Barakat at the Cairo Chamber of Commerce has warned of appliance price rises of 8-10%. Appliance assemblers we spoke to said they would try to switch to Vietnamese and Korean sources; South Korean material is not covered by the case.

China's Ministry of Commerce said on Friday it regretted the decision. We do not expect retaliation specific to this product.

Minister Tarek Mansour's line: "We will not allow Egyptian factories to be pushed out of their own market by unfairly priced imports."

Subscribers can find our full HDG price assessment and import data tables in the data section.
""")

STORY_4 = _story("tr-OD4", "trade", "2026-03-11", [
    _page("https://www.nes.example/trade/egypt-provisional-anti-dumping-galvanised-steel-china-vietnam", _S4_A),
    _page("https://www.cairobusinessdaily.example/industry/2026/03/08/galvanised-steel-duties-take-effect", _S4_B),
    _page("https://www.steelbrief.example/mena/2026-10/egypt-hdg-provisional-duties", _S4_C),
], [
    ("top Chinese duty rate", r"38\.7", r"37\.8"),
    ("duration of provisional duties", r"four[- ]month|\b4[- ]month|july 7|7 july|120 days", r"six[- ]month|\b6[- ]month|180 days"),
])


# ---------------------------------------------------------------------------
# Story 5 - rocket (PLANTED: satellite mass; title of the Aerospace Committee's chief)
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    site="Central Asia Newswire",
    url="https://www.canewswire.example/science/kazakhstan-tumar-1-launch-baikonur-2026-10-16",
    headline="Kazakhstan launches Tumar-1 imaging satellite from Baikonur",
    published="2026-10-15T23:48:00Z",
    modified="2026-10-16T01:10:00Z",
    dateline="BAIKONUR, Kazakhstan, Oct 16 (CAN) -",
    byline="Arman Zhakupov",
    desc="A Soyuz rocket carried Kazakhstan's Tumar-1 earth-observation satellite into orbit early on Friday.",
    tail="Reporting by Arman Zhakupov in Baikonur and Dana Ibraeva in Astana; Editing by Michael Hartwell",
    topics=["Space", "Kazakhstan", "Technology"],
    related=["Kazakhstan's 2027 budget boosts digital spending",
             "Uzbekistan signs satellite ground station deal",
             "Astana hub to host regional space conference",
             "Russia's Soyuz-5 rocket: what we know"],
    body="""
A Russian Soyuz-2.1b rocket lifted off from the Baikonur Cosmodrome early on Friday carrying Tumar-1, Kazakhstan's first new national earth-observation satellite in more than a decade, along with three small satellites.

The rocket and its Fregat upper stage left Site 31 at 04:14 Astana time (2314 GMT on Thursday). The Fregat released Tumar-1 into a sun-synchronous orbit about 620 km above the Earth 1 hour 12 minutes after liftoff, the Aerospace Committee said.

Controllers at the national ground control centre in Akkol, in the Akmola region, received the first signals from the satellite about a quarter of an hour later, and its solar panels had deployed, officials said.

"Tumar-1 is the first satellite whose flight software was written entirely by engineers in Kazakhstan," Daniyar Seitkali, chairman of the Aerospace Committee, told reporters at the cosmodrome. "That is the real achievement tonight, more than the rocket."

[ad]

The 1,150 kg satellite, built by Astana Orbital Systems on a platform supplied by French firm Spatiale Rhone, carries a camera able to distinguish objects as small as 70 cm on the ground. It is designed to operate for seven years and will be used for mapping, crop monitoring and tracking floods and wildfires.

The programme cost 48 billion tenge (about $94 million), according to the government.

Marat Abenov, chief executive of Astana Orbital Systems, said engineers would spend about ten days testing the satellite before switching on the camera. "First images should come by the end of the month," he said.

The launch had originally been scheduled for October 9 but was postponed by a week for additional checks on the Fregat stage's telemetry system.

Conditions at the cosmodrome were clear and calm, with temperatures just below freezing. Several hundred guests, including engineers' families and university students, watched from a viewing area a few kilometres from the pad, and the launch was shown live on Kazakh state television.

"We saw the flame before we heard anything, and then the whole steppe was shaking," said Nurlan Abishev, one of the engineers who assembled the satellite.

Also on board were two cubesats built by students at Al-Farabi Kazakh National University, QazSTEM-1 and QazSTEM-2, and Turon-1, a technology demonstration cubesat from Tashkent-based start-up Turon Orbital, the first satellite of a private Uzbek company. They were released later in the flight.

Kazakhstan's two earlier imaging satellites were launched in 2014. A follow-on satellite, Tumar-2, is planned for 2028.

Baikonur, on the steppe in southern Kazakhstan, is leased by Russia, which pays an annual rent for the site. The launch services for Tumar-1 were provided by Glavkosmos, the commercial arm of the Russian space agency Roscosmos.
""")

_S5_B = _newsletter_page(
    site="OrbitWatch Daily",
    url="https://www.orbitwatch.example/daily/2026-10-16/tumar-1-soyuz-baikonur",
    headline="Soyuz-2.1b/Fregat lofts Tumar-1 for Kazakhstan, plus three cubesats",
    issue="OrbitWatch Daily",
    visible_date="16 October 2026",
    author="Launch desk: Priya Raman",
    desc="Launch report: Tumar-1, QazSTEM-1, QazSTEM-2 and Turon-1 on a Soyuz-2.1b from Baikonur.",
    published="2026-10-16T08:00:00Z",
    related=["Launch log: this week's orbital attempts",
             "Rideshare prices: what a 3U cubesat costs in 2026",
             "Analysis: the market for sub-metre imagery",
             "Coming up: Ariane 6 from Kourou on 22 October"],
    body="""
A Soyuz-2.1b with a Fregat-M upper stage lifted off from Site 31/6 at the Baikonur Cosmodrome at 23:14:37 UTC on 15 October (04:14 on 16 October in Astana, 02:14 in Moscow), carrying Kazakhstan's Tumar-1 earth-observation satellite and three cubesats.

## Flight profile

The three Soyuz stages performed nominally, and Fregat made two burns to reach a sun-synchronous orbit of roughly 620 km (385 miles). Tumar-1 separated at T+1:12:00, around 00:26 UTC. Fregat then made a third burn to release the three cubesats, QazSTEM-1, QazSTEM-2 and Turon-1, which were deployed at about T+2:40, before a deorbit burn.

The date had slipped from 9 October after the Fregat telemetry checks.

After releasing its passengers, Fregat performed a disposal burn to lower its orbit so that the stage will re-enter the atmosphere within the internationally recommended period rather than remain as debris. Roscosmos did not publish the timing of that burn.

Weather at Baikonur was clear, with light winds, and there were no holds in the final hour of the count.

## The payload

Tumar-1 is a 1,350 kg optical imager built by Astana Orbital Systems (AOS) on a bus from French supplier Spatiale Rhone, with 70 cm panchromatic resolution and a seven-year design life. The Kazakh government put the cost of the programme at 48bn tenge, or roughly $94m at current rates.

Aerospace Committee chairman Daniyar Seitkali stressed that the flight software was written entirely in Kazakhstan, which he called "the real achievement". AOS chief executive Marat Abenov told us that commissioning should take around ten days, with first light expected before the end of October.

[ad]

## The cubesats

QazSTEM-1 and QazSTEM-2 are 3U student satellites from Al-Farabi Kazakh National University in Almaty, carrying an amateur radio payload and a small camera. Turon-1, a 6U spacecraft, is the first satellite of Tashkent start-up Turon Orbital and is testing a software-defined radio for future commercial missions.

Turon Orbital co-founder Sherzod Alimov said the team had received telemetry from Turon-1 on its second pass over Tashkent. "We heard it at 08:52 local time, and everything looks healthy," he said. Tashkent is five hours ahead of UTC.

## Context

This was the third Soyuz launch from Baikonur this year. Tumar-1 is Kazakhstan's first new government imaging satellite since the two KazEOSat satellites of 2014. Kazakhstan plans a follow-on, Tumar-2, for 2028.

Baikonur is leased by Russia from Kazakhstan. Glavkosmos, the commercial arm of Roscosmos, sold the launch.

## Our take

A clean mission. The interesting question is not the rocket but whether AOS can deliver commercially useful 70 cm imagery at a price that competes with established constellations. Expect first images in two weeks.
""")

_S5_C = _broadcast_page(
    site="Qazaq Today",
    url="https://www.qazaqtoday.example/en/news/tumar-1-in-orbit",
    headline="Tumar-1 in orbit: Kazakh satellite sends first signals after night launch",
    summary="The satellite lifted off from Baikonur at 4:14 a.m. on Friday and separated from its upper stage 72 minutes later.",
    published="2026-10-16T12:30:00+05:00",
    updated_label="16 October 2026, 12:30",
    byline="Saule Dzhumabekova",
    desc="Kazakhstan's Tumar-1 satellite reached orbit on Friday.",
    video_caption="Night launch: the Soyuz rocket with Tumar-1 clears the tower at Baikonur",
    related=["Al-Farabi students behind two cubesats speak to Qazaq Today",
             "What Tumar-1 will photograph, and who will use the images",
             "Baikonur: the town that lives by launch days"],
    most_watched=["Astana: first snow of the season",
                  "Almaty metro extension: new stations open",
                  "Kazakh wrestlers bring home three medals"],
    body="""
Kazakhstan's Tumar-1 satellite is in orbit and working, officials said on Friday after a night launch from the Baikonur Cosmodrome.

The Soyuz-2.1b rocket lifted off at 4:14 a.m. Astana time, or 2:14 a.m. in Moscow. Seventy-two minutes later, at 5:26 a.m., the Fregat upper stage released Tumar-1 into its planned orbit at an altitude of about 620 kilometres.

The first signals reached the ground control centre in Akkol shortly before 5:45 a.m.

"Tumar-1 is the first satellite whose flight software was written entirely by engineers in Kazakhstan," said Daniyar Seitkali, deputy chairman of the Aerospace Committee, who watched the launch from the viewing platform at the cosmodrome. "For us, that is the real achievement."

The satellite, which weighs about 1.15 tonnes, was built by Astana Orbital Systems. It will take pictures of the Earth's surface in which objects of 70 centimetres can be seen, helping farmers, emergency services and mapmakers.

[ad]

The head of Astana Orbital Systems, Marat Abenov, told Qazaq Today that the team in Akkol worked through the night.

"Everyone is tired and everyone is happy," he said. "Now the careful part begins: about ten days of tests, and then, if all goes well, the first pictures before the end of this month."

The government says the programme cost 48 billion tenge. Tumar-1 should work for at least seven years.

From its sun-synchronous orbit, Tumar-1 will circle the Earth roughly fifteen times a day and pass over Kazakhstan at about the same local time each morning, which makes it easier to compare images taken weeks or months apart.

Officials say the images will be used to map fields and pastures, watch rivers during the spring floods and spot wildfires on the steppe. The Ministry of Agriculture has already asked for regular images of the northern grain regions.

The rocket also carried three small satellites known as cubesats. Two of them were built by students of Al-Farabi Kazakh National University in Almaty. The third belongs to a young Uzbek company, Turon Orbital.

Aruzhan Tokhtarova, a fourth-year student who worked on QazSTEM-2, said her team had been awake since midnight. "When we heard the separation confirmed, people were crying," she said.

The launch had been planned for October 9 but was delayed by a week for checks on the upper stage.

Kazakhstan launched its two previous imaging satellites in 2014. Another national satellite, Tumar-2, is expected in 2028.

The Russian space agency Roscosmos, which carried out the launch through its commercial company Glavkosmos, congratulated Kazakhstan on social media.
""")

STORY_5 = _story("rk-OD5", "rocket", "2026-10-17", [
    _page("https://www.canewswire.example/science/kazakhstan-tumar-1-launch-baikonur-2026-10-16", _S5_A),
    _page("https://www.orbitwatch.example/daily/2026-10-16/tumar-1-soyuz-baikonur", _S5_B),
    _page("https://www.qazaqtoday.example/en/news/tumar-1-in-orbit", _S5_C),
], [
    ("satellite mass", r"1[,. ]?150\b|1\.15 ?(t|tonne)", r"1[,. ]?350\b|1\.35 ?(t|tonne)"),
    ("title of the Aerospace Committee chief", r"(?<!deputy )(?<!vice )(?<!vice-)\bchair(?:man)?\b", r"\b(?:deputy|vice)[- ]?chair(?:man)?\b"),
])


# ---------------------------------------------------------------------------
# Story 6 - earthquake (CONTROL)
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    site="Mideast Newswire",
    url="https://www.mnw.example/world/iran-earthquake-south-khorasan-qaen-20251211",
    headline="Earthquake kills at least three in eastern Iran",
    published="2025-12-11T01:12:00Z",
    modified="2025-12-11T01:40:00Z",
    dateline="TEHRAN, Dec 11 (MNW) -",
    byline="Reza Moradi",
    desc="A strong earthquake struck near Qaen in Iran's South Khorasan province early on Thursday.",
    tail="Reporting by Reza Moradi; Writing by Claire Dunmore; Editing by Peter Akande",
    topics=["Disasters", "Iran", "Earthquakes"],
    related=["Iran's rial weakens on open market",
             "Afghanistan: aid agencies warn of harsh winter",
             "Explainer: why Iran has so many earthquakes",
             "Turkmenistan gas exports to Iran resume"],
    body="""
A strong earthquake struck eastern Iran early on Thursday, killing at least three people and injuring 28 as homes collapsed in villages near the town of Qaen in South Khorasan province, local officials said.

The quake hit at 02:47 local time (2317 GMT on Wednesday), when most people were asleep. Iran's Seismological Center, part of the University of Tehran, put its magnitude at 5.9 and its depth at 10 km. The U.S. Geological Survey measured it at magnitude 5.7 at a depth of 14 km.

The Iranian centre located the epicentre about 20 km north-east of Qaen, roughly 120 km north of the provincial capital Birjand. The tremor was felt in Birjand and as far away as Mashhad, Iran's second-largest city.

"As of 4:30 this morning we have three dead and 28 injured, most of them with fractures and cuts," Ali Akbar Rahimi, head of the province's crisis management office, told state television. "Our teams have not yet reached every village, so these figures may change."

[ad]

Rahimi said the worst damage appeared to be in mud-brick and older stone houses in villages north and east of Qaen. Power was cut in parts of the county, and several roads were blocked by rockfalls.

The Iranian Red Crescent said it had sent 18 rescue teams from Birjand, Qaen and neighbouring counties, along with search dogs.

Television footage showed residents standing in the streets of Qaen wrapped in blankets, with temperatures close to freezing. Several aftershocks were felt in the hours after the main quake.

"The whole house jumped. We grabbed the children and ran outside without shoes," a resident of Qaen told MNW by telephone. "Nobody has gone back in. We are waiting for daylight."

Hospitals in Birjand and Qaen were put on alert and the provincial blood transfusion service appealed for donations. Rahimi said helicopters would be sent to villages that could not be reached by road once it was light.

Iran sits on several major fault lines and is one of the world's most earthquake-prone countries. In May 1997 a magnitude 7.3 earthquake in the same region killed more than 1,500 people and destroyed thousands of homes.

Officials said schools in Qaen and neighbouring Zirkuh county would be closed on Thursday.

Governor Mohammad-Reza Hashemi of South Khorasan was travelling to the area, his office said.

There were no immediate reports of damage to major infrastructure. The nearest large industrial site, a cement plant outside Qaen, said its staff were safe.
""")

_S6_B = _liveblog_page(
    site="Meridian News",
    url="https://www.meridiannews.example/live/iran-earthquake-south-khorasan",
    headline="Iran earthquake live: death toll rises in South Khorasan as rescuers reach villages",
    intro="""
A magnitude 5.9 earthquake, according to Iran's Seismological Center, struck near Qaen in South Khorasan province at 02:47 local time on Thursday (23:17 GMT on Wednesday).

Latest figures from provincial officials, as of 11:30 local time: 11 dead and 143 injured. We will keep updating this page.
""",
    published="2025-12-10T23:45:00Z",
    modified="2025-12-11T08:05:00Z",
    desc="Live updates on the earthquake near Qaen in eastern Iran.",
    related=["How are earthquake magnitudes measured?",
             "Map: Iran's most active fault lines",
             "Why mud-brick homes are so deadly in earthquakes"],
    entries=[
        ("11:35 Tehran time (08:05 GMT)", "Toll rises to 11 dead, 143 injured",
         """
Ali Akbar Rahimi, head of South Khorasan's crisis management office, has given a new toll: 11 people dead and 143 injured, as of 11:30 local time.

He says 52 of the injured have been taken to hospitals in Qaen and Birjand and the rest were treated at the scene. Rescue teams have now reached 38 affected villages, he says.
"""),
        ("10:10 (06:40 GMT)", "41 aftershocks so far",
         """
Iran's Seismological Center says it has recorded 41 aftershocks since the main quake. The largest, of magnitude 4.7, struck at 05:12 local time.

Seismologists say aftershocks are likely to continue for days, and officials have urged people not to return to damaged homes.
"""),
        ("09:40 (06:10 GMT)", "Road to Zirkuh blocked",
         """
Rockfalls have blocked the road between Qaen and Zirkuh, the provincial roads department says, forcing relief lorries to take a longer route. Electricity is still cut in parts of Qaen county.

A resident of Qaen told us by phone that shops in the town centre remained closed and that many people had spent the rest of the night in their cars.
"""),
        ("08:50 (05:20 GMT)", "Red Crescent sends more teams",
         """
The Iranian Red Crescent says it now has 26 rescue and relief teams in the area, up from 18 in the first hours, and is distributing tents and blankets.

Hamid Sadeghzadeh, head of the society's South Khorasan branch, told state media: "The cold is our biggest enemy today. Families who lost their homes need shelter before nightfall."
"""),
        ("07:15 (03:45 GMT)", "Seven dead, 96 injured",
         """
The provincial crisis management office now says seven people have been killed and 96 injured.

Governor Mohammad-Reza Hashemi, who arrived in Qaen shortly after dawn, says most of the damage is in villages rather than in the town itself.
"""),
        ("05:30 (02:00 GMT)", "How big was it?",
         """
There are two magnitude figures circulating. Iran's Seismological Center, at the University of Tehran, says 5.9 at a depth of 10 km. The US Geological Survey says 5.7 at a depth of 14 km. Different agencies often publish slightly different figures, especially in the first hours.

The Iranian centre places the epicentre about 20 km (12 miles) north-east of Qaen, a saffron-growing town, and roughly 75 miles north of Birjand, the provincial capital.
"""),
        ("04:30 (01:00 GMT)", "First casualty figures",
         """
Provincial officials say three people are confirmed dead and 28 injured. They warn the toll may rise as teams reach outlying villages.
"""),
        ("03:15 (23:45 GMT Wednesday)", "Strong quake in eastern Iran",
         """
Welcome to our live coverage. A strong earthquake has struck South Khorasan province in eastern Iran, about 30 minutes ago, at 02:47 local time. It was felt in Birjand, the provincial capital, and residents there say they ran into the streets.

In May 1997, a much larger earthquake of magnitude 7.3 in the same region killed more than 1,500 people.
"""),
    ],
)

_S6_C = _paper_page(
    site="The Tehran Chronicle",
    url="https://www.tehranchronicle.example/national/2025/12/12/qaen-quake-toll-rises-to-14",
    headline="Qaen quake toll rises to 14 as cold hampers relief",
    standfirst="Nearly 190 hurt and 52 villages affected in South Khorasan; schools to stay shut on Saturday",
    visible_date="Friday, December 12, 2025",
    byline="By Shirin Bahrami",
    desc="The death toll from Thursday's earthquake in South Khorasan has risen to 14.",
    section="National",
    ticker="Tehran air quality: schools to switch to online classes on Saturday",
    photo=("Residents sit beside a collapsed mud-brick house in a village near Qaen on Thursday.",
           "Photo: Mehdi Karimi / The Tehran Chronicle"),
    related=["How strong must a house be? Iran's building code explained",
             "Red Crescent appeals for winter blankets",
             "Birjand hospitals stretched after quake",
             "Weather: cold snap to continue in the east"],
    body="""
The death toll from the earthquake that struck South Khorasan province in the early hours of Thursday rose to 14 by the evening, provincial officials said, as relief teams battled near-freezing temperatures to reach remote villages.

Ali Akbar Rahimi, the head of the province's crisis management office, said at 8pm yesterday that 189 people had been injured, of whom 23 remained in hospital in Qaen and Birjand.

The quake, which the Iranian Seismological Center measured at magnitude 5.9, struck at 2:47am, about 20 kilometres north-east of Qaen. It was felt across the province.

[photo]

Among the dead were four members of one family in the village of Kalateh Sorkh, whose home collapsed as they slept. Residents said the village had little warning. "There was a roar and then the walls came down," said Gholamreza Naseri, 61, whose brother's family was killed. "We dug with our hands until the rescuers came."

Officials said 52 villages had been affected, with about 410 homes damaged. Most were built of mud brick or stone without reinforcement.

Governor Mohammad-Reza Hashemi, who spent the day in the quake zone, said the priority was shelter. "No family will spend tonight in the open," he said. "Tents, heaters and food are on their way to every affected village."

[ad]

The Iranian Red Crescent said it had deployed 26 teams and was setting up temporary camps near the worst-hit villages.

Schools in Qaen and Zirkuh counties, closed on Thursday, will remain shut on Saturday while engineers inspect buildings, the provincial education department said.

The US Geological Survey, which measured the quake at magnitude 5.7, estimated a low likelihood of major economic losses.

Seismologists said aftershocks were continuing. More than 40 had been recorded by Thursday morning, the largest of magnitude 4.7.

The region has a long history of destructive earthquakes. In 1997 a magnitude 7.3 quake centred in the same area killed more than 1,500 people, and the memory of that disaster led many residents to flee their homes on Thursday at the first tremor.

Experts say the relatively low death toll reflects the hour of the quake and the fact that much of the rural population has moved to towns over the past two decades.

"In 1997 these villages were full," said Parviz Alavi, a seismologist at a Mashhad university. "Today many houses are empty for most of the year. That is sad for the countryside, but it saved lives last night."
""")

_S6_D = _local_page(
    site="Birjand Today",
    url="https://www.birjandtoday.example/news/qaen-earthquake-friday-update",
    headline="Qaen earthquake: Friday update on casualties, shelter and roads",
    posted="12 December 2025, 15:20",
    author="Birjand Today newsroom",
    desc="The latest official figures on Thursday's earthquake in Qaen county.",
    photo=("Red Crescent volunteers set up tents in a village north-east of Qaen on Friday morning.",
           "Photo: Birjand Today / Hossein Farahani"),
    related=["Blood donations: where to give in Birjand",
             "Qaen saffron growers count damage to warehouses",
             "Road to Zirkuh reopens after rockfall",
             "Football: local derby postponed"],
    weather="Birjand 2\u00b0C, clear, night frost",
    body="""
A day and a half after the earthquake that shook Qaen county in the early hours of Thursday, here is the latest official information, as of noon on Friday.

## Casualties

The death toll remains at 14, according to the provincial crisis management office. The number of injured now stands at 191, two more than reported on Thursday evening, after two people from an outlying village came forward for treatment. Nineteen people are still in hospital, down from 23 last night, and three of them are in a serious condition at Vali-e Asr hospital in Birjand.

## Homes and villages

Engineers have now inspected all 52 affected villages. According to the office's latest assessment, 96 homes were destroyed and about 600 damaged. The earlier figure of 410 damaged homes was based on incomplete surveys.

[photo]

## Shelter

The Red Crescent's provincial branch says it has distributed 1,200 tents and 3,000 blankets, and is running three temporary camps. Hamid Sadeghzadeh, the branch head, told Birjand Today: "Every family that asked for a tent has one. Our next worry is heating."

## Aftershocks

The Iranian Seismological Center has recorded 67 aftershocks since the main quake of magnitude 5.9 at 2:47 a.m. on Thursday. None since Thursday afternoon has exceeded magnitude 4. The largest, magnitude 4.7, came at 5:12 a.m. on Thursday.

[ad]

## Saffron stores

Qaen is one of Iran's main saffron-growing areas, and the county's growers' association said at least 11 storage buildings had been damaged. Most of this season's harvest, picked in November, was stored in sealed containers and appears to be intact, the association said, though some drying rooms will have to be rebuilt.

## Roads and power

The road between Qaen and Zirkuh, blocked by rockfalls on Thursday, reopened on Friday morning. Electricity has been restored to all but four villages, the distribution company said.

## Schools

Schools in Qaen and Zirkuh counties will stay closed on Saturday. A decision on Sunday will be announced on Saturday afternoon.

## How to help

The Red Crescent says cash donations are the most useful. Residents of Birjand can donate blood at the central blood transfusion centre, which is open until 8 p.m. today.

Volunteers with medical or engineering training can register with the provincial crisis management office, which says it needs help inspecting houses over the coming week. Donations of warm clothing should be taken to the Red Crescent warehouse on the Birjand road rather than driven directly to the villages, where narrow lanes are already congested with relief vehicles.

Governor Mohammad-Reza Hashemi said on Friday that the government would pay compensation to families whose homes were destroyed and offer low-interest loans for rebuilding. He did not give figures.

Birjand Today will publish another update on Saturday morning.
""")

STORY_6 = _story("eq-OD6", "earthquake", "2025-12-13", [
    _page("https://www.mnw.example/world/iran-earthquake-south-khorasan-qaen-20251211", _S6_A),
    _page("https://www.meridiannews.example/live/iran-earthquake-south-khorasan", _S6_B),
    _page("https://www.tehranchronicle.example/national/2025/12/12/qaen-quake-toll-rises-to-14", _S6_C),
    _page("https://www.birjandtoday.example/news/qaen-earthquake-friday-update", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
