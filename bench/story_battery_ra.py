"""Part RA of the story battery (web pages).

Written by engineer RA1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RA`.

Six invented 2025-2026 events in South Asia, the Gulf and the Levant. cb-RA1: the Bank of
Israel cuts its rate to 3.75% on 23 February 2026 (4 pages; planted: the vote split 4-2 vs
5-1, the "room to move ... not on autopilot" quote given to Governor Ben-Ami vs Deputy
Governor Kessler, the next decision on April 6 vs April 16). election-RA2 (CONTROL): the
NA-79 Gujranwala-III by-election of 10 May 2026 (4 pages, incl. a night-time partial count
and a later consolidated count that revises the provisional tallies). court-RA3: Kuwait's
Court of Appeal cuts a former public-works official's sentence from 10 to 7 years on
13 October 2026 (4 pages; planted: his title assistant undersecretary vs undersecretary,
the ruling's "not a momentary lapse but a deliberate scheme" vs "a momentary lapse rather
than a deliberate scheme", the co-defendants' five vs four years). rocket-RA4 (CONTROL):
PSLV-C67 launches the Sagarmitra-1 ocean satellite and a UAE student cubesat on
17 September 2026 (3 pages). trade-RA5 (CONTROL): Bangladesh and the UAE sign a CEPA in Abu
Dhabi on 17 November 2026 (3 pages). quake-RA6: an ML 6.2 earthquake in Bajhang, western
Nepal, at 2:20 a.m. on 15 March 2026 (4 pages, rising toll; planted: the local clock time
2:20 vs 3:20 a.m., the epicentre district Bajhang vs Darchula).
"""

from __future__ import annotations

import html as _html
import zlib as _zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _num(s: str, mod: int) -> int:
    return _zlib.crc32(s.encode("utf-8")) % mod


def _esc(s: str) -> str:
    return _html.escape(s, quote=False)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _body(items: list[str], host: str) -> str:
    """Turn a list of body items into HTML.

    "## text"            -> sub-head
    "[AD]"               -> advertisement block
    "[FIG]caption|credit" -> photo with caption and credit
    "[BOX]text"          -> newsletter sign-up box inside the body
    anything else        -> a paragraph
    """
    out: list[str] = []
    n_ad = 0
    n_fig = 0
    for it in items:
        if it.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_esc(it[3:])}</h2>")
        elif it == "[AD]":
            n_ad += 1
            out.append(
                f"<div class=\"ad-container ad-inarticle\" id=\"ad-inline-{n_ad}\" "
                f"data-ad-slot=\"/2218/{host}/article_{n_ad}\">"
                "<span class=\"ad-label\">Advertisement</span>"
                "<div class=\"ad-frame\"><a href=\"https://adserver.example/click?id=88213\" rel=\"sponsored\">"
                "<img src=\"https://adserver.example/creative/88213.jpg\" alt=\"\" width=\"300\" height=\"250\"></a></div>"
                "<span class=\"ad-feedback\">Report this ad</span></div>")
        elif it.startswith("[FIG]"):
            n_fig += 1
            cap, credit = it[5:].split("|", 1)
            out.append(
                f"<figure class=\"article-figure\"><img src=\"https://{host}/media/img/{n_fig:02d}-1200x675.jpg\" "
                f"alt=\"{_attr(cap)}\" loading=\"lazy\" width=\"1200\" height=\"675\">"
                f"<figcaption><span class=\"caption-text\">{_esc(cap)}</span> "
                f"<span class=\"caption-credit\">{_esc(credit)}</span></figcaption></figure>")
        elif it.startswith("[BOX]"):
            out.append(
                "<aside class=\"newsletter-inline\"><h3>Get the morning briefing</h3>"
                f"<p>{_esc(it[5:])}</p><form action=\"/subscribe\" method=\"post\">"
                "<input type=\"email\" name=\"email\" placeholder=\"Your email address\">"
                "<button type=\"submit\">Sign up</button></form>"
                "<small>You can unsubscribe at any time. See our privacy notice.</small></aside>")
        else:
            out.append(f"<p>{_esc(it)}</p>")
    return "\n".join(out)


def _related(items: list[tuple[str, str]]) -> str:
    lis = "".join(f"<li><a href=\"{_attr(u)}\">{_esc(t)}</a></li>" for t, u in items)
    return f"<ul class=\"related-list\">{lis}</ul>"


def _cookie_banner(site: str) -> str:
    return ("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\" aria-live=\"polite\">"
            f"<p>{_esc(site)} and our partners use cookies to personalise content and ads, to "
            "provide social media features and to analyse our traffic. By clicking Accept you "
            "agree to this use.</p><button class=\"btn-accept\">Accept all</button>"
            "<button class=\"btn-reject\">Reject non-essential</button>"
            "<a href=\"/cookie-policy\">Manage preferences</a></div>")


def _share(url: str) -> str:
    return ("<div class=\"share-bar\" aria-label=\"Share this article\">"
            f"<a class=\"share-x\" href=\"https://x.example/intent/post?url={_attr(url)}\">Share on X</a>"
            f"<a class=\"share-fb\" href=\"https://facebook.example/sharer?u={_attr(url)}\">Facebook</a>"
            f"<a class=\"share-wa\" href=\"https://wa.example/send?text={_attr(url)}\">WhatsApp</a>"
            "<button class=\"share-copy\">Copy link</button></div>")


def _tpl_wire(*, site: str, url: str, section: str, headline: str, dek: str, byline: str,
              iso: str, visible_date: str, body: list[str],
              related: list[tuple[str, str]]) -> str:
    """Wire-service page: JSON-LD NewsArticle with datePublished, visible timestamp."""
    host = url.split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="https://{host}/media/og/{_num(headline, 100000)}.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{_attr(headline)}", "datePublished": "{iso}", "dateModified": "{iso}", "author": {{"@type": "Organization", "name": "{_attr(site)}"}}, "publisher": {{"@type": "Organization", "name": "{_attr(site)}"}}}}</script>
<link rel="stylesheet" href="https://{host}/static/css/main.4f2a.css">
</head>
<body class="article-page wire">
<a class="skip-link" href="#main-content">Skip to content</a>
{_cookie_banner(site)}
<header class="site-header"><div class="logo"><a href="https://{host}/">{_esc(site)}</a></div>
<nav class="primary-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li><li><a href="/technology">Technology</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="header-tools"><a href="/search">Search</a> <a href="/login">Sign in</a></div></header>
<main id="main-content">
<article class="story">
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{_esc(section)}</a></div>
<h1 class="story-headline">{_esc(headline)}</h1>
<p class="story-dek">{_esc(dek)}</p>
<div class="story-meta"><span class="byline">{_esc(byline)}</span> <span class="timestamp">{_esc(visible_date)}</span></div>
{_share(url)}
<div class="story-body">
{_body(body, host)}
</div>
<p class="trust-line">Our standards: <a href="/trust-principles">The {_esc(site)} Trust Principles</a>.</p>
</article>
<aside class="rail"><h2>More from {_esc(site)}</h2>{_related(related)}</aside>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookie-policy">Cookies</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_esc(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def _tpl_paper(*, site: str, url: str, section: str, headline: str, dek: str, byline: str,
               iso: str, visible_date: str, body: list[str],
               related: list[tuple[str, str]], sep: str = "|") -> str:
    """National / local newspaper page: article:published_time meta and a <time> element."""
    host = url.split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} {sep} {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta name="author" content="{_attr(byline)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="https://{host}/uploads/lead-{_num(url, 10000)}.jpg">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{_attr(section)}">
<link rel="canonical" href="{_attr(url)}">
</head>
<body>
<a href="#content" class="skip">Skip to main content</a>
{_cookie_banner(site)}
<div class="top-strip"><span class="edition">Print edition</span> <a href="/epaper">E-paper</a> <a href="/subscribe">Subscribe</a></div>
<header><h2 class="masthead"><a href="https://{host}/">{_esc(site)}</a></h2>
<nav><a href="/">Home</a> <a href="/national">National</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a></nav></header>
<div id="content" class="container">
<div class="leaderboard ad"><span>Advertisement</span><div class="ad-slot-728"></div></div>
<article>
<span class="kicker">{_esc(section)}</span>
<h1>{_esc(headline)}</h1>
<h2 class="standfirst">{_esc(dek)}</h2>
<div class="meta"><span class="author">{_esc(byline)}</span> &middot; <time datetime="{iso}">{_esc(visible_date)}</time></div>
{_share(url)}
<div class="article-content">
{_body(body, host)}
</div>
<div class="tags">Topics: <a href="/tag/{section.lower()}">{_esc(section)}</a></div>
</article>
<aside class="sidebar"><h3>Most read</h3>{_related(related)}
<div class="ad mpu"><span>Advertisement</span><div class="ad-slot-300"></div></div></aside>
</div>
<section class="newsletter-footer"><h3>Never miss a story</h3><p>Our editors' picks, in your inbox every morning.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section>
<footer><p>&copy; {_esc(site)} 2026. Reproduction without permission is prohibited.</p>
<p><a href="/about">About</a> | <a href="/advertise">Advertise with us</a> | <a href="/corrections">Corrections</a> | <a href="/privacy">Privacy policy</a></p></footer>
</body>
</html>
"""


def _tpl_newsletter(*, site: str, url: str, headline: str, dek: str, author: str,
                    visible_date: str | None, body: list[str],
                    related: list[tuple[str, str]]) -> str:
    """Blog / newsletter page: NO machine-readable date (maybe a plain-text date)."""
    host = url.split("/")[2]
    date_line = f"<p class=\"post-date\">{_esc(visible_date)}</p>" if visible_date else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="https://{host}/content/images/social-card.png">
</head>
<body class="post-template">
<a class="skip-to-content" href="#post">Skip to content</a>
<div class="gdpr-notice">We use a small number of cookies to count readers. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header class="site-head"><a class="site-title" href="https://{host}/">{_esc(site)}</a>
<nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a> <a class="btn-subscribe" href="/subscribe">Subscribe</a></nav></header>
<main id="post">
<article class="post">
<header class="post-header"><h1 class="post-title">{_esc(headline)}</h1>
<p class="post-excerpt">{_esc(dek)}</p>
<div class="post-byline">By {_esc(author)}</div>{date_line}</header>
<section class="post-content">
{_body(body, host)}
</section>
<div class="post-share"><span>Share this post:</span> <a href="https://x.example/share">X</a> <a href="https://linkedin.example/share">LinkedIn</a> <a href="mailto:?subject={_attr(headline)}">Email</a></div>
<section class="subscribe-cta"><h3>Subscribe to {_esc(site)}</h3><p>Free, about once a week. Paid subscribers get the data sheets.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<section class="comments"><h3>Comments</h3><p>Comments are open to paid subscribers.</p></section>
</article>
<aside class="read-next"><h3>Read next</h3>{_related(related)}</aside>
</main>
<footer class="site-foot"><p>{_esc(site)} &copy; 2026 &middot; Published with a small static-site generator &middot; <a href="/rss">RSS</a></p></footer>
</body>
</html>
"""


def _tpl_broadcast(*, site: str, url: str, section: str, headline: str, dek: str,
                   byline: str, iso: str | None, visible_date: str, body: list[str],
                   related: list[tuple[str, str]]) -> str:
    """Broadcaster / trade-press page. Machine-readable date only when iso is given."""
    host = url.split("/")[2]
    date_meta = f"<meta name=\"pubdate\" content=\"{iso}\">\n<meta itemprop=\"datePublished\" content=\"{iso}\">" if iso else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
{date_meta}
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="https://{host}/images/share/{_num(dek, 99999)}.jpg">
</head>
<body>
<a href="#story" class="visually-hidden-focusable">Skip to content</a>
{_cookie_banner(site)}
<div class="live-strip"><a href="/live">&#9679; LIVE TV</a> <a href="/radio">Listen live</a> <a href="/weather">Weather</a></div>
<header class="masthead"><a class="brand" href="https://{host}/">{_esc(site)}</a>
<nav class="menu"><a href="/news">News</a> <a href="/{section.lower()}">{_esc(section)}</a> <a href="/region">Region</a> <a href="/business">Business</a> <a href="/video">Video</a> <a href="/podcasts">Podcasts</a></nav></header>
<main id="story">
<article class="news-article">
<p class="section-label">{_esc(section)}</p>
<h1>{_esc(headline)}</h1>
<p class="summary">{_esc(dek)}</p>
<div class="byline-block"><span class="by">{_esc(byline)}</span><span class="when">{_esc(visible_date)}</span></div>
{_share(url)}
<div class="article-body">
{_body(body, host)}
</div>
<div class="article-footer-note">Have a story tip? Write to our newsdesk.</div>
</article>
<aside class="related"><h2>Related stories</h2>{_related(related)}</aside>
<div class="ad ad-bottom"><span>Sponsored</span><a href="https://adserver.example/click?id=50117">Compare business travel insurance plans</a></div>
</main>
<footer><nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/complaints">Complaints</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a></nav>
<p>&copy; 2026 {_esc(site)}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank: Bank of Israel cut, Monday 23 February 2026
# (planted: vote 4-2 vs 5-1; quote speaker Ben-Ami vs Kessler; next decision April 6 vs 16)
# ---------------------------------------------------------------------------

_S1_A = _tpl_wire(
    site="Levant Wire Service",
    url="https://www.levantwire.example/markets/bank-of-israel-cuts-rate-to-3-75-third-reduction-2026-02-23/",
    section="Markets",
    headline="Bank of Israel cuts rate to 3.75%, its third reduction in a row",
    dek="Four of six policymakers back a quarter-point move as January inflation dips under 3%",
    byline="By Noa Lavie",
    iso="2026-02-23T16:14:00+02:00",
    visible_date="February 23, 2026 4:14 PM GMT+2",
    body=[
        "JERUSALEM, Feb 23 (LWS) - The Bank of Israel delivered a third successive cut on "
        "Monday, trimming its key rate by 25 basis points to 3.75% and pressing on with an "
        "easing cycle that started in November, after inflation slipped back below the top of the government's target band "
        "and the shekel stayed firm against the dollar.",
        "The Monetary Committee split 4-2. Four of its six members voted for the reduction, "
        "while two argued for leaving the rate at 4.0% until rents and the prices of services "
        "showed clearer signs of cooling, according to the bank's announcement.",
        "Of 14 economists surveyed by LWS last week, 11 had predicted a cut and three had "
        "expected the bank to pause.",
        "Speaking to reporters about two hours after the 4 p.m. (1400 GMT) release, Governor "
        "Avital Ben-Ami said the committee had weighed the currency's gains against housing "
        "costs that are still rising quickly. \"The shekel's strength and the slowdown in "
        "prices gave us room to move, but we are not on autopilot,\" she said.",
        "Prices in January were 2.9% higher than a year before, compared with an annual rate "
        "of 3.1% in December, the Central Bureau of Statistics reported on February 15. That "
        "put the annual rate back under the 3% ceiling of the 1%-3% target range for the first "
        "time since August.",
        "## New staff forecasts",
        "Projections from the bank's Research Department, published together with the "
        "decision, see inflation averaging 2.4% in 2026. The department expects gross domestic "
        "product to grow 4.6% this year and 4.1% in 2027, and it pencils in a policy rate of "
        "3.5% in the first quarter of next year - in line with one further quarter-point "
        "reduction over the coming 12 months.",
        "[AD]",
        "Commercial banks' prime rate, which sits 1.5 percentage points above the Bank of "
        "Israel rate, drops to 5.25%. Roughly a third of a typical Israeli home loan is tied to "
        "prime, so the change trims monthly repayments for a large share of borrowers.",
        "The shekel was quoted at 3.52 per dollar shortly after the announcement, barely "
        "changed on the day. Two-year government bond yields slipped about 6 basis points.",
        "The central bank opened the cycle on November 24, lowering the rate from 4.5% to "
        "4.25%, and followed with a unanimous cut to 4.0% on January 5. Monday's step takes "
        "the total easing since November to 75 basis points.",
        "\"Four to two tells you the door is open, but not wide open,\" said Dana Shapira, "
        "chief economist at Carmel Markets in Tel Aviv. \"I'd expect them to wait for the "
        "spring numbers before they do anything more.\"",
        "A summary of the committee's discussion will be published on March 9. The next "
        "interest rate announcement is scheduled for April 6.",
        "(Reporting by Noa Lavie; Editing by Karim Haddad)",
    ],
    related=[
        ("Israel's January inflation eases to 2.9%, back inside target",
         "https://www.levantwire.example/markets/israel-cpi-january-2026/"),
        ("Jordan's phosphate exporter lifts dividend after record year",
         "https://www.levantwire.example/business/jordan-phosphate-dividend/"),
        ("Lebanese banks resume limited dollar withdrawals",
         "https://www.levantwire.example/business/lebanon-banks-withdrawals/"),
    ],
)

_S1_B = _tpl_paper(
    site="The Jerusalem Ledger",
    url="https://www.jerusalemledger.example/business/2026/02/23/rate-cut-mortgage-relief-central-bank-caution",
    section="Business",
    headline="Rate cut brings modest relief for mortgage holders as central bank signals caution",
    dek="A quarter-point reduction takes the key rate to 3.75 per cent, but a split committee "
        "and sticky rents suggest the pace will slow",
    byline="Yael Harari, Economics Correspondent",
    iso="2026-02-23T19:40:00+02:00",
    visible_date="Monday, 23 February 2026, 19:40",
    body=[
        "Israeli homeowners with prime-linked mortgages will see slightly smaller monthly bills "
        "after the Bank of Israel shaved a quarter of a percentage point off its key rate on "
        "Monday, bringing it to 3.75 per cent.",
        "It was the third reduction since late November, and the closest call of the three. "
        "Four members of the six-person Monetary Committee supported the cut; the other two "
        "wanted to keep the rate at 4 per cent for at least one more meeting.",
        "At an evening briefing in the bank's Jerusalem offices, Governor Avital Ben-Ami took "
        "care not to promise anything about the months ahead. \"We are not on autopilot,\" she "
        "said, adding that every decision would rest on the latest data.",
        "She also singled out mortgage lending, which has grown briskly since the autumn. "
        "\"Housing credit is growing faster than we would like, and we will keep watching it "
        "closely,\" Ben-Ami said. Banks have been asked to report the volume of new home loans "
        "every week instead of every month, she added.",
        "[FIG]Governor Avital Ben-Ami at Monday evening's briefing in Jerusalem.|Photo: Ilan Mizrahi / The Jerusalem Ledger",
        "## What it means for borrowers",
        "The prime rate, which lenders set 1.5 points above the central bank's rate, falls to "
        "5.25 per cent. For a household with a NIS 1.2 million mortgage, about one-third of it "
        "tied to prime, the change is worth roughly NIS 70 a month, according to calculations "
        "by Eitan Gross, a mortgage adviser at the Haifa firm Gross & Partners.",
        "\"It is not nothing, but nobody should rush to refinance because of this,\" Gross said. "
        "\"The bigger question is whether the spring brings another move.\"",
        "Annual inflation dropped to 2.9 per cent in January, just inside the upper edge of the "
        "1-3 per cent target, after 3.1 per cent in December. Rents, however, are still rising "
        "at more than 4 per cent a year, a point the two dissenting members leaned on, "
        "according to the bank's statement.",
        "[AD]",
        "The Research Department's updated forecast, released on Monday alongside the decision, "
        "has inflation averaging 2.4 per cent this year and the economy expanding by 4.6 per "
        "cent. Staff economists expect the rate to stand at 3.5 per cent a year from now, which "
        "leaves room for only one more quarter-point step.",
        "The Finance Ministry welcomed the move. A senior ministry official, who asked not to "
        "be named, said the treasury expects the budget deficit, which reached 4.7 per cent of "
        "GDP last year, to narrow to about 3.9 per cent in 2026.",
        "Not every economist was comfortable. Prof. Ruth Adler of Tel Aviv University said the "
        "bank was relying on \"a strong shekel that can turn around in a week\" and on a calm "
        "security situation that nobody could guarantee.",
        "[BOX]The Ledger's business desk sends a short digest of markets and money news at 7am, "
        "Sunday to Thursday.",
        "The bank began this round of easing on November 24, when it lowered the rate from 4.5 "
        "per cent to 4.25 per cent, and cut again on January 5. Monday's move brings the "
        "cumulative reduction to three-quarters of a percentage point.",
        "The committee will announce its next decision on April 16.",
    ],
    related=[
        ("Tel Aviv apartment prices: where they rose most in 2025",
         "https://www.jerusalemledger.example/realestate/2026/02/20/tel-aviv-prices-2025"),
        ("Histadrut and employers near deal on public-sector wages",
         "https://www.jerusalemledger.example/national/2026/02/22/histadrut-wage-deal"),
        ("Opinion: The shekel is strong. Exporters are not amused",
         "https://www.jerusalemledger.example/opinion/2026/02/21/shekel-exporters"),
    ],
)

_S1_C = _tpl_newsletter(
    site="Shekel Street",
    url="https://shekelstreet.example/p/three-cuts-in-and-a-lonely-dissent",
    headline="Three cuts in, and a lonely dissent",
    dek="What yesterday's Bank of Israel decision says about the rest of the cycle",
    author="Gil Rosen",
    visible_date="Tuesday morning note, 24 February",
    body=[
        "Good morning. If you were hoping yesterday's Bank of Israel decision would settle the "
        "argument about how far this easing cycle runs, I have bad news for you.",
        "The headline first: 25bp off the policy rate, which now stands at 3.75%. That was the "
        "consensus call and nobody I spoke to was surprised. The interesting part was the vote. "
        "The Monetary Committee went 5-1, with a single member preferring to sit at 4% - the "
        "first dissent since the cycle began in November. In January, you will remember, the "
        "committee was unanimous.",
        "A lone dissent on a six-member committee is not a revolt. But the bank went out of its "
        "way to explain the hawkish view in its statement, and that tells me the majority wants "
        "the market to hear it.",
        "At her press conference Governor Ben-Ami was at pains to say the bank is not on "
        "autopilot. My translation: don't price a cut at every meeting from here.",
        "## The numbers that matter",
        "January CPI: +2.9% y/y, after +3.1% in December. That is back inside the 1-3% band, "
        "for the first time since August.",
        "Research Department forecast: inflation averaging 2.4% in 2026; GDP growth of 4.6% in "
        "2026 and 4.1% in 2027.",
        "Staff rate path: 3.5% in Q1 2027. That is one more 25bp move over the next four "
        "quarters, not two.",
        "Prime: 5.25% (the BoI rate plus 150bp).",
        "Shekel: about 3.52 to the dollar after the release, essentially flat on the day.",
        "[AD]",
        "## My read",
        "The case for cutting was simple enough. The shekel has done a lot of the tightening "
        "for the bank, and headline inflation is finally below 3%. The case against is sitting "
        "in the rent component, which refuses to come down, and in a budget that still ran a "
        "deficit of 4.7% of GDP last year.",
        "What I find telling is the staff path. A 3.5% rate a year from now is a shallow "
        "landing. If you had asked me in November, I would have guessed the staff wanted 3.25% "
        "or lower by now. Somewhere between then and yesterday, housing credit started to worry "
        "them.",
        "For bond investors that argues for keeping duration moderate. The front end already "
        "prices most of what the staff are showing, and the long end has little cushion if "
        "February CPI surprises on the upside.",
        "## What I'm watching",
        "Minutes of the discussion on March 9, February CPI on March 15, and the next rate "
        "decision on April 6. If rents cool in the February print, the dissenter will not have "
        "much to stand on.",
        "As always, reply to this email if you think I have got it wrong. Many of you do.",
    ],
    related=[
        ("The shekel at 3.5: who wins, who loses",
         "https://shekelstreet.example/p/the-shekel-at-3-5"),
        ("Reading the Bank of Israel's staff forecasts without a headache",
         "https://shekelstreet.example/p/reading-staff-forecasts"),
    ],
)

_S1_D = _tpl_broadcast(
    site="Mashreq Markets Review",
    url="https://www.mashreqmarkets.example/central-banks/israel-eases-again-regional-investors-eye-shekel-bonds",
    section="Central banks",
    headline="Israel's central bank eases again; regional investors eye shekel bonds",
    dek="The Bank of Israel's third consecutive cut keeps foreign interest in local-currency "
        "government debt alive, fund managers say",
    byline="Rania Khoury, Dubai",
    iso="2026-02-24T09:05:00+04:00",
    visible_date="Published 24 Feb 2026, 09:05 GST",
    body=[
        "Israel's central bank reduced its policy rate for a third consecutive time on Monday, "
        "taking it down by 0.25 percentage point to 3.75 per cent, a move that fund managers in "
        "the region said could keep foreign money flowing into shekel-denominated government "
        "debt.",
        "The Bank of Israel (BoI) published its decision at 6 p.m. UAE time (1400 GMT). Four of "
        "the six members of its Monetary Committee backed the cut, with two voting to hold the "
        "rate at 4 per cent.",
        "\"The shekel's strength and the slowdown in prices gave us room to move, but we are "
        "not on autopilot,\" Deputy Governor Yoram Kessler told reporters in Jerusalem after "
        "the announcement.",
        "Inflation in Israel eased to 2.9 per cent in January from 3.1 per cent a month "
        "earlier, bringing it back inside the 1 to 3 per cent range the government sets for "
        "the central bank.",
        "## Regional angle",
        "Unlike the Gulf's dollar-pegged central banks, which largely shadow the US Federal "
        "Reserve, the BoI sets policy on domestic conditions, and its easing has drawn "
        "attention from managers looking for yield outside the US curve.",
        "\"Short-dated shekel bonds have been one of the better carry trades in the region "
        "since the autumn, and a measured cutting cycle keeps that story intact,\" said Omar "
        "Farouki, a portfolio manager at Nakheel Point Capital in Dubai. \"What would change "
        "our view is a sudden turn in the currency.\"",
        "The shekel was trading at about 3.52 per dollar after the decision, little changed.",
        "Two-year Israeli government bond yields slipped by about 6 basis points after the "
        "release, while longer-dated yields barely moved.",
        "According to the bank's statement, the two members who wanted a pause pointed to "
        "rents, which are still climbing faster than overall prices, and to brisk growth in "
        "mortgage lending. The majority argued that the firm currency was already doing part "
        "of the work of keeping imported prices in check.",
        "[AD]",
        "BoI staff now forecast economic growth of 4.6 per cent this year and average inflation "
        "of 2.4 per cent. Their projection has the policy rate at 3.5 per cent by the first "
        "quarter of 2027.",
        "Commercial lenders' prime rate, set at 1.5 percentage points above the central bank "
        "rate, falls to 5.25 per cent, which will lower borrowing costs for households and "
        "small firms.",
        "The bank began easing on 24 November with a cut from 4.5 per cent to 4.25 per cent and "
        "lowered the rate again, to 4 per cent, on 5 January. The three reductions add up to 75 "
        "basis points.",
        "Analysts said the size of the minority in Monday's vote suggested the committee would "
        "move more slowly from here. \"Two votes for a hold is not a rounding error,\" said "
        "Farouki.",
        "The next policy announcement is due on 6 April.",
    ],
    related=[
        ("Egypt's central bank holds rates, signals patience",
         "https://www.mashreqmarkets.example/central-banks/egypt-holds-rates-february"),
        ("Saudi banks' deposit growth picks up in January",
         "https://www.mashreqmarkets.example/banking/saudi-deposits-january"),
        ("Explainer: how Gulf currency pegs shape local borrowing costs",
         "https://www.mashreqmarkets.example/explainers/gulf-pegs-borrowing-costs"),
    ],
)

STORY_1 = _story("cb-RA1", "central bank", "2026-02-26", [
    _page("https://www.levantwire.example/markets/bank-of-israel-cuts-rate-to-3-75-third-reduction-2026-02-23/", _S1_A),
    _page("https://www.jerusalemledger.example/business/2026/02/23/rate-cut-mortgage-relief-central-bank-caution", _S1_B),
    _page("https://shekelstreet.example/p/three-cuts-in-and-a-lonely-dissent", _S1_C),
    _page("https://www.mashreqmarkets.example/central-banks/israel-eases-again-regional-investors-eye-shekel-bonds", _S1_D),
], [
    ("vote split",
     r"(?<![\d.])(4[-–]2|four[- ]to[- ]two)(?![\d])",
     r"(?<![\d.])(5[-–]1|five[- ]to[- ]one)(?![\d])"),
    ("who said 'room to move ... not on autopilot'",
     r"ben[- ]?ami",
     r"kessler"),
    ("next rate decision date",
     r"(?<!\d)(april|apr\.?) 6(?!\d)|(?<!\d)6 (april|apr)|2026-04-06",
     r"(?<!\d)(april|apr\.?) 16(?!\d)|(?<!\d)16 (april|apr)|2026-04-16"),
])


# ---------------------------------------------------------------------------
# Story 2 - election (CONTROL): NA-79 Gujranwala-III by-election, Sunday 10 May 2026
# Provisional result announced about 2:40 a.m. PKT Monday 11 May (21:40 GMT Sunday);
# consolidated result on Wednesday 13 May revises the two leading tallies slightly.
# ---------------------------------------------------------------------------

_S2_A = _tpl_wire(
    site="South Asia Press Service",
    url="https://www.sapsnews.example/pakistan/pml-n-holds-gujranwala-seat-by-election-na-79",
    section="Pakistan",
    headline="PML-N holds Gujranwala seat in by-election; runner-up alleges rigging",
    dek="Shazia Anwar Cheema wins NA-79 by more than 12,000 votes on a 47.2% turnout, "
        "provisional results show",
    byline="By Ayesha Kamran",
    iso="2026-05-10T22:05:00+00:00",
    visible_date="Updated 03:05 PKT, May 11, 2026",
    body=[
        "GUJRANWALA, Pakistan, May 11 (SAPS) - Pakistan Muslim League-Nawaz candidate Shazia "
        "Anwar Cheema won a by-election for the National Assembly seat NA-79 Gujranwala-III, "
        "according to provisional results announced early on Monday, keeping in her party's "
        "hands a seat left empty by the death of its sitting member in February.",
        "Cheema, a former member of the Punjab Assembly, polled 94,318 votes. Imran Ashraf "
        "Goraya, an independent backed by Pakistan Tehreek-e-Insaf, received 81,902, the "
        "returning officer, Asif Nawaz Warraich, announced at about 2:40 a.m. (2140 GMT on "
        "Sunday).",
        "Hafiz Muhammad Usman of Tehreek-e-Labbaik Pakistan came third with 12,466 votes. The "
        "other nine candidates on the ballot took 3,150 between them.",
        "That gave Cheema 49.2% of the valid votes against 42.7% for Goraya, a winning margin "
        "of 12,416. Of the 194,743 ballots cast, 2,907 were declared invalid.",
        "Turnout was 47.2% of the constituency's 412,580 registered voters, Warraich said. "
        "Polls were open from 8 a.m. to 5 p.m. on Sunday at 318 polling stations, and the "
        "Election Commission did not extend voting hours.",
        "The count moved slowly for much of the night. When results from 212 of the 318 "
        "stations had been tallied, at around 11:15 p.m., Cheema was roughly 8,900 votes "
        "ahead, a lead she widened as returns arrived from the city's eastern wards.",
        "\"We will not accept a result that was written in fourteen polling stations after our "
        "agents were pushed out,\" Goraya told supporters outside the returning officer's "
        "office. He said he would apply for a recount at those stations.",
        "[AD]",
        "Hamid Rasheed, who speaks for the Election Commission of Pakistan (ECP), said the "
        "commission had not received any formal complaint by the close of polls and described "
        "voting as \"largely peaceful\". Police reported a scuffle between rival supporters "
        "outside one station in Kamoke that was broken up without injuries.",
        "Around 4,100 police personnel were on duty across the constituency, district police "
        "said, and temperatures reached 41 degrees Celsius in the afternoon, which officials "
        "said kept many voters at home until the last two hours of polling.",
        "The seat became vacant when Chaudhry Nadeem Akhtar Bajwa of the PML-N died of a heart "
        "attack on February 27. He had won it in the February 2024 general election with "
        "112,045 votes.",
        "Both main camps treated the contest as a test of strength in the industrial belt "
        "north of Lahore, where the two sides have traded seats in recent elections.",
        "The returning officer's consolidated result, which formally confirms the winner, is "
        "expected later in the week once result forms from every station have been checked.",
        "(Reporting by Ayesha Kamran in Gujranwala; additional reporting by Bilal Sheikh in "
        "Islamabad; Editing by Tom Freer)",
    ],
    related=[
        ("Pakistan's central bank keeps policy rate unchanged",
         "https://www.sapsnews.example/markets/pakistan-policy-rate-may"),
        ("Heatwave warning issued for Punjab and Sindh",
         "https://www.sapsnews.example/pakistan/heatwave-warning-punjab-sindh"),
        ("Explainer: how Pakistan counts its votes",
         "https://www.sapsnews.example/explainers/pakistan-vote-count-forms"),
    ],
)

_S2_B = _tpl_paper(
    site="Daily Meridian",
    url="https://www.dailymeridian.example/pakistan/2026-05-11/cheema-wins-na-79-turnout-slides",
    section="Pakistan",
    headline="Cheema wins NA-79 as turnout slides below half",
    dek="PML-N keeps the Gujranwala seat; PTI-backed Goraya says he will seek a recount at 14 "
        "polling stations",
    byline="Our Correspondent",
    iso="2026-05-11T09:00:00+05:00",
    visible_date="May 11, 2026",
    sep="-",
    body=[
        "LAHORE: The PML-N's Shazia Anwar Cheema has won Sunday's by-election in NA-79 "
        "Gujranwala-III by a margin of 12,416 votes, according to the provisional result "
        "announced by the returning officer in the early hours of Monday.",
        "Cheema bagged 94,318 votes, or 49.2pc of the valid votes cast. Imran Ashraf Goraya, "
        "the independent candidate backed by the PTI, secured 81,902 (42.7pc), while the TLP's "
        "Hafiz Muhammad Usman finished a distant third with 12,466 (6.5pc).",
        "Of the 194,743 ballots cast, 2,907 were rejected. With 412,580 voters on the rolls, "
        "turnout stood at 47.2pc - well below the 53.8pc recorded in the same constituency in "
        "the February 2024 general election.",
        "\"People came out in this heat for the work Bajwa sahib did, and I intend to finish "
        "it,\" Cheema told reporters at her campaign office on GT Road shortly after the result "
        "was announced.",
        "Goraya, for his part, said he would apply for a recount at 14 polling stations where, "
        "he alleged, his polling agents had been removed before counting began. \"Our agents "
        "were pushed out,\" he said.",
        "Election Commission of Pakistan spokesman Hamid Rasheed said on Monday morning that "
        "any candidate was free to seek a recount \"within the time the law allows\" and that "
        "the returning officer would decide such applications on merit.",
        "[FIG]Voters queue outside a polling station in Gujranwala's Satellite Town on Sunday.|Photo: Usman Butt / Daily Meridian",
        "## A low-turnout contest",
        "By-elections in Punjab rarely draw the crowds of a general election, but the drop in "
        "NA-79 was steep. Fewer than half of registered voters turned out, compared with more "
        "than half two years ago.",
        "\"By-elections almost always pull fewer voters, because the government of the day is "
        "not at stake,\" said Dr Sana Malik, who teaches political science at the University "
        "of the Punjab. \"What is interesting here is that the gap between the two main camps "
        "narrowed compared with 2024, even though the PML-N held on comfortably.\"",
        "Temperatures in Gujranwala touched 41 degrees Celsius on polling day, and election "
        "staff at several stations in the old city said queues only built up after 3pm.",
        "[AD]",
        "Police said about 4,100 personnel were deployed in the constituency. A brief clash "
        "between supporters of the two main candidates outside a polling station in Kamoke was "
        "brought under control quickly, and no one was hurt.",
        "The seat fell vacant after the death of PML-N MNA Chaudhry Nadeem Akhtar Bajwa, who "
        "died of a heart attack on February 27 at the age of 67. He had represented the area "
        "since 2018.",
        "Cheema, 52, served in the Punjab Assembly for one term before the 2024 polls, when "
        "the party moved her to an organisational role in the district.",
        "The returning officer will issue the consolidated result after examining the result "
        "forms from all 318 polling stations, a process officials expect to finish by "
        "Wednesday.",
    ],
    related=[
        ("Punjab announces new wheat procurement price",
         "https://www.dailymeridian.example/pakistan/2026-05-10/wheat-procurement-price"),
        ("Editorial: Make by-elections count",
         "https://www.dailymeridian.example/opinion/2026-05-11/editorial-by-elections"),
        ("Lahore Qalandars clinch playoff spot",
         "https://www.dailymeridian.example/sport/2026-05-10/qalandars-playoffs"),
    ],
)

_S2_C = _tpl_broadcast(
    site="The Gujranwala Chronicle",
    url="https://gujranwalachronicle.example/local/official-count-confirms-cheema-na-79-win-recount-plea-rejected",
    section="Local",
    headline="Official count confirms Cheema's NA-79 win; recount plea turned down",
    dek="Consolidated tally adds 43 votes to the winner's provisional total; Goraya says he "
        "will take his case to the election tribunal",
    byline="Staff Reporter",
    iso=None,
    visible_date="Thursday, May 14, 2026",
    body=[
        "GUJRANWALA - The returning officer for NA-79 on Wednesday issued the consolidated "
        "result of Sunday's by-election, confirming the PML-N's Shazia Anwar Cheema as the "
        "winner after a review of the result forms from all 318 polling stations.",
        "The consolidated tally puts Cheema's total at 94,361 votes, 43 more than the "
        "provisional figure announced on polling night, while independent candidate Imran "
        "Ashraf Goraya's count was revised down by 25 to 81,877. Her winning margin therefore "
        "rises to 12,484, from 12,416 in the provisional result.",
        "Officials at the returning officer's office said the changes came from arithmetic "
        "mistakes on a handful of Form-45s, the sheets that record the count at each station. "
        "Turnout was unchanged at 47.2 per cent.",
        "Returning officer Asif Nawaz Warraich also rejected Goraya's application for a recount "
        "at 14 polling stations in the Kamoke and Nowshera Virkan areas, saying the request "
        "had not identified any specific discrepancy in the counting at those stations.",
        "\"The returning officer has done what he was always going to do. We will take our "
        "evidence to the election tribunal,\" Goraya said on Wednesday evening at his "
        "father's dera in Kamoke.",
        "Cheema did not attend the consolidation proceedings but her counsel, Rana Asif "
        "Advocate, said the result \"speaks for itself\".",
        "[AD]",
        "## What the city wants from its new MNA",
        "For traders on GT Road, the concerns are the same ones they raised with the late "
        "Chaudhry Nadeem Akhtar Bajwa: load-shedding, the unfinished sewerage line through the "
        "old city and the state of the Sialkot bypass.",
        "\"We have had three elections in two years if you count the local government polls. "
        "What we have not had is a new drain,\" said Muhammad Ashfaq, who sells electric fans "
        "and motors near Sheranwala Bagh.",
        "Cheema, a former MPA, told the Chronicle during the campaign that her first request "
        "to the federal government would be funds to finish the sewerage scheme, which was "
        "approved in 2021 and is roughly half complete.",
        "Bajwa, who died on February 27, had won the seat in 2024 with more than 112,000 votes, "
        "on a turnout of 53.8 per cent. Cheema's provisional total on Sunday night was about "
        "17,700 short of that figure, though she still finished well clear of her rival.",
        "The TLP's Hafiz Muhammad Usman, who came third with 12,466 votes, said his party had "
        "\"planted a flag\" in the constituency and would contest the next local government "
        "elections in every union council.",
        "Cheema is expected to take her oath in the National Assembly when the house next "
        "meets. Goraya has 45 days from the notification of the result to file a petition "
        "before the election tribunal in Lahore.",
    ],
    related=[
        ("Gujranwala Development Authority approves new bus routes",
         "https://gujranwalachronicle.example/local/gda-bus-routes"),
        ("Ceramics exporters seek gas at fixed rate",
         "https://gujranwalachronicle.example/business/ceramics-gas-rate"),
        ("Schools to close early as heatwave continues",
         "https://gujranwalachronicle.example/local/schools-heatwave-timings"),
    ],
)

_S2_D = _tpl_newsletter(
    site="Ballot Box Pakistan",
    url="https://ballotboxpk.example/na-79-what-a-47-percent-turnout-does-and-doesnt-tell-us/",
    headline="NA-79: what a 47% turnout does and doesn't tell us",
    dek="A look inside the Gujranwala by-election numbers, polling station by polling station",
    author="Faraz Qureshi",
    visible_date=None,
    body=[
        "The NA-79 Gujranwala-III by-election on May 10 produced the result most people "
        "expected - a PML-N hold - but the numbers underneath are more interesting than the "
        "headline. I have gone through the provisional figures announced by the returning "
        "officer at 2:40 a.m. on May 11; the consolidated count may move a few dozen votes "
        "either way, which will not change anything below.",
        "## The top line",
        "Shazia Anwar Cheema (PML-N) took nearly half of the valid votes, 94,318 of 191,836. "
        "Imran Ashraf Goraya, the PTI-backed independent, got 81,902, just under 43%. The TLP "
        "candidate, Hafiz Muhammad Usman, got 12,466, around 6.5%, and the remaining nine "
        "candidates shared about 3,150 votes.",
        "Turnout was 47.2%: 194,743 votes polled, including 2,907 rejected ballots, out of "
        "412,580 registered voters. Put differently, slightly more than one registered voter in "
        "two stayed at home.",
        "The margin between the top two was 12,416 on the provisional count. For a seat that "
        "the PML-N has held since 2018, that is comfortable but hardly a landslide.",
        "## Compared with 2024",
        "In the February 2024 general election, the late Chaudhry Nadeem Akhtar Bajwa won this "
        "seat with 112,045 votes on a turnout of 53.8%. Cheema's total is roughly 17,700 "
        "lower. That sounds like a collapse until you remember that about 27,000 fewer people "
        "voted this time.",
        "The more useful comparison is the gap between the two main camps. On my numbers the "
        "margin has narrowed, and it narrowed most in the urban wards where Goraya campaigned "
        "door to door for three weeks.",
        "[AD]",
        "## The other by-election in this district",
        "Readers have asked how this compares with the provincial by-election in PP-61 last "
        "October, which sits partly inside NA-79. That contest drew only 39.1% of voters and "
        "was decided by about 6,200 votes, a very different race with a much smaller "
        "electorate. I would not read much into the difference in turnout; provincial "
        "by-elections are almost always quieter.",
        "## The 14 polling stations",
        "Goraya says his polling agents were removed from 14 stations before counting and wants "
        "a recount there. Those 14 stations account for about 9,800 votes in total, so even a "
        "dramatic swing inside them would not overturn a lead of more than 12,000. That does "
        "not make the complaint unimportant. If agents were pushed out, that is a problem "
        "regardless of the arithmetic.",
        "## What to watch",
        "First, whether the returning officer's consolidated result, due this week, shifts the "
        "totals by more than the usual handful of votes. Second, whether Goraya goes to the "
        "election tribunal. Third, turnout among women: the returning officer has not yet "
        "released the gender split, and the Election Commission's station-wise forms will show "
        "it.",
        "As usual, the spreadsheet with every number in this post is free for subscribers.",
    ],
    related=[
        ("Reading Form-45: a short guide",
         "https://ballotboxpk.example/reading-form-45-a-short-guide/"),
        ("Turnout in Punjab by-elections since 2018",
         "https://ballotboxpk.example/turnout-punjab-by-elections-since-2018/"),
    ],
)

STORY_2 = _story("election-RA2", "election", "2026-05-15", [
    _page("https://www.sapsnews.example/pakistan/pml-n-holds-gujranwala-seat-by-election-na-79", _S2_A),
    _page("https://www.dailymeridian.example/pakistan/2026-05-11/cheema-wins-na-79-turnout-slides", _S2_B),
    _page("https://gujranwalachronicle.example/local/official-count-confirms-cheema-na-79-win-recount-plea-rejected", _S2_C),
    _page("https://ballotboxpk.example/na-79-what-a-47-percent-turnout-does-and-doesnt-tell-us/", _S2_D),
], [])


# ---------------------------------------------------------------------------
# Story 3 - court: Kuwait Court of Appeal, Tuesday 13 October 2026
# (planted: title assistant undersecretary vs undersecretary; ruling wording "not a momentary
#  lapse but a deliberate scheme" vs "a momentary lapse rather than a deliberate scheme";
#  co-defendants five years vs four years)
# ---------------------------------------------------------------------------

_S3_A = _tpl_wire(
    site="Khaleej Wire Service",
    url="https://www.khaleejwire.example/gulf/kuwait/appeals-court-cuts-ex-public-works-official-sentence-seven-years",
    section="Gulf",
    headline="Kuwait appeals court cuts ex-public works official's jail term to seven years",
    dek="Court keeps KD 8.4 million fine and repayment order in Jahra roads kickback case",
    byline="By Hanan Al-Sayegh",
    iso="2026-10-13T12:05:00+03:00",
    visible_date="13 October 2026, 12:05 Kuwait",
    body=[
        "KUWAIT CITY, Oct 13 (KWS) - Kuwait's Court of Appeal on Tuesday reduced to seven "
        "years the prison sentence of Mishari Fahad Al-Ruwaih, a former assistant "
        "undersecretary at the Ministry of Public Works, who was convicted of taking kickbacks "
        "from contractors on road projects in Jahra.",
        "The appeals panel upheld the lower court's order that Al-Ruwaih, 58, repay KD 4.2 "
        "million (about $13.7 million) and pay a fine of twice that sum, KD 8.4 million. The "
        "Criminal Court had jailed him for 10 years in February.",
        "Two executives of a private contracting company who were tried alongside him had their "
        "sentences cut from seven years to five years each. The court upheld the acquittal of "
        "a third co-defendant, an engineer at the ministry.",
        "Reading out the court's reasons, the presiding judge, Counsellor Talal Al-Sabeeh, said "
        "the evidence of the payments was \"consistent and corroborated\". \"What the defendant "
        "did was not a momentary lapse but a deliberate scheme, repeated over years, that "
        "turned a public office into a private toll gate,\" the ruling said.",
        "The court said it had shortened the prison term in view of Al-Ruwaih's age, his "
        "health and the absence of any previous convictions.",
        "[AD]",
        "According to the prosecution, the payments were made between 2017 and 2021 in "
        "connection with contracts worth about KD 96 million to widen and resurface roads in "
        "Jahra Governorate, west of the capital. Nazaha, the state anti-corruption body, passed "
        "the file to prosecutors in June 2023.",
        "Prosecutors told the court that the money was paid in instalments through relatives "
        "and a small trading company, in exchange for faster approval of contract variations "
        "and payment certificates. Al-Ruwaih oversaw the ministry's road projects from 2015 "
        "until he retired in 2022.",
        "Defence lawyer Bader Al-Qattan said his client would take the case to the Court of "
        "Cassation, the country's highest court. \"We respect the verdict, but the transfers "
        "were never traced to Mr. Al-Ruwaih's own accounts, and we will make that argument "
        "again before the Court of Cassation,\" he told reporters outside the Palace of "
        "Justice.",
        "Al-Ruwaih, dressed in a white dishdasha, sat in the defendants' enclosure during the "
        "hearing and did not speak to reporters. He has been held since the first-instance "
        "verdict.",
        "The Public Prosecution said in a short statement that the ruling confirmed the "
        "conviction on every count of bribery and abuse of office and that it was studying "
        "whether to contest the reduced term.",
        "The session opened shortly after 10 a.m. and the ruling was read at 11:40 a.m. "
        "(0840 GMT).",
        "Several relatives of the defendants waited in the corridor outside the courtroom, and "
        "security staff asked journalists to leave the building once the ruling had been "
        "read. Copies of the full reasoning are expected to be lodged with the court registry "
        "within days.",
        "(Reporting by Hanan Al-Sayegh; Editing by Mark Devlin)",
    ],
    related=[
        ("Kuwait's cabinet approves new tendering rules for state projects",
         "https://www.khaleejwire.example/gulf/kuwait/cabinet-tendering-rules"),
        ("Oman awards contract for Duqm desalination expansion",
         "https://www.khaleejwire.example/gulf/oman/duqm-desalination"),
        ("Bahrain's sovereign fund sells stake in aluminium smelter",
         "https://www.khaleejwire.example/gulf/bahrain/fund-aluminium-stake"),
    ],
)

_S3_B = _tpl_paper(
    site="The Kuwait Courier",
    url="https://www.kuwaitcourier.example/local/2026/10/14/appeal-court-trims-ruwaih-sentence-keeps-fine",
    section="Local",
    headline="Appeal court trims Ruwaih sentence but keeps KD 8.4m fine",
    dek="Former Public Works official to serve seven years instead of 10; lawyers head for "
        "the Court of Cassation",
    byline="By Courier Staff",
    iso="2026-10-14T06:30:00+03:00",
    visible_date="Wednesday, October 14, 2026",
    body=[
        "KUWAIT: The Court of Appeal yesterday cut the jail term of former Public Works "
        "assistant undersecretary Mishari Al-Ruwaih from 10 years to seven, but left in place "
        "the order that he return KD 4.2 million and pay a fine of KD 8.4 million.",
        "The panel, headed by Counsellor Talal Al-Sabeeh, rejected the defence argument that "
        "the payments were unconnected to Al-Ruwaih's job. The ruling described his conduct as "
        "\"not a momentary lapse but a deliberate scheme\", adding that it had been repeated "
        "over several years.",
        "The two contractors convicted with him, both senior managers at the same construction "
        "company, saw their terms reduced from seven years to four years each. A ministry "
        "engineer who was charged in the same case was acquitted in February, and the appeal "
        "court confirmed that acquittal.",
        "The court explained that it had reduced Al-Ruwaih's sentence because of his age, his "
        "poor health and his clean record. He is 58 and retired from the ministry in 2022, a "
        "year before the investigation became public.",
        "[FIG]The Palace of Justice in Kuwait City, where the Court of Appeal sits.|Photo: Courier archive",
        "## A case that began with Nazaha",
        "The file began at Nazaha, Kuwait's anti-corruption watchdog, which handed it to the "
        "Public Prosecution in June 2023 after reviewing bank transfers linked to "
        "road contracts in Jahra. Prosecutors said the contracts, worth KD 96 million in "
        "total, were awarded between 2017 and 2021.",
        "The Public Prosecution said in a statement after the hearing that the verdict "
        "\"confirms that public money is not a reward for holding office\" and that it would "
        "review the reduction before deciding on any further appeal.",
        "[AD]",
        "Defence lawyer Bader Al-Qattan told the Courier that his team would go to the Court of "
        "Cassation. He repeated the argument that the transfers \"were never traced\" to his "
        "client's own accounts, and said the defence would ask the higher court to appoint an "
        "independent accounting expert.",
        "## Residents of Jahra react",
        "In Jahra, where the roads at the centre of the case were built, some residents said "
        "the verdict did not change what they see every day. \"The road was finished late and "
        "it is already cracking near the roundabouts,\" said Abdulaziz Al-Shammari, a teacher "
        "who drives the route to work. \"Seven years or ten years, who repairs the asphalt?\"",
        "The Ministry of Public Works has since moved its road tenders to an electronic system "
        "and now publishes the names of winning bidders, a ministry spokesperson said, adding "
        "that the ministry had cooperated fully with investigators.",
        "Mariam Al-Enezi, a board member of the Kuwait Transparency Society, said the ruling "
        "showed that cases referred by Nazaha could reach a conclusion, even if slowly. \"The "
        "message for officials is that retirement is not a hiding place,\" she said. \"The "
        "message for the public would be stronger if these cases took two years instead of "
        "three.\"",
        "First-instance verdicts in the case were handed down by the Criminal Court on "
        "February 18. Al-Ruwaih has been in custody since then.",
    ],
    related=[
        ("Traffic department launches new speed cameras on Fifth Ring Road",
         "https://www.kuwaitcourier.example/local/2026/10/13/speed-cameras-fifth-ring"),
        ("Ministry of Education announces mid-year exam timetable",
         "https://www.kuwaitcourier.example/local/2026/10/13/mid-year-exam-timetable"),
        ("Weather: first rains of the season expected this weekend",
         "https://www.kuwaitcourier.example/local/2026/10/14/first-rains"),
    ],
)

_S3_C = _tpl_broadcast(
    site="Gulf Construction & Law Review",
    url="https://www.gclreview.example/news/kuwait-roads-kickback-case-appeal-ruling-contractors",
    section="Legal",
    headline="Kuwait roads kickback case: what the appeal ruling means for contractors",
    dek="Sentences cut for a former ministry official and two contracting executives; "
        "compliance lawyers say the fines are the real message",
    byline="Staff writer",
    iso="2026-10-14T11:00:00+03:00",
    visible_date="14 October 2026",
    body=[
        "Kuwait's Court of Appeal has reduced the prison terms handed to a former senior "
        "official at the Ministry of Public Works (MPW) and two executives of a contracting "
        "firm in a long-running bribery case over road works in Jahra, while leaving the "
        "financial penalties untouched.",
        "In Tuesday's ruling, Mishari Fahad Al-Ruwaih, the ministry's former assistant "
        "undersecretary for road projects, saw his sentence cut from a decade to seven years. "
        "He must still repay KD4.2mn and pay a fine of KD8.4mn (around US$27.4mn).",
        "The two contracting executives, whose company has not been named in court, had their "
        "seven-year sentences reduced to five years each.",
        "In its reasoning, the panel described the conduct at the heart of the case in terms "
        "that appear to have weighed in the reduction. \"What the defendant did was a momentary "
        "lapse rather than a deliberate scheme,\" the court said, according to a copy of the "
        "reasoning reviewed by GCLR. The judges also cited the defendant's age and the absence "
        "of prior convictions.",
        "## The contracts",
        "The case concerns contracts worth KD96mn (around US$313mn) to widen and resurface "
        "roads in Jahra Governorate, awarded between 2017 and 2021. Prosecutors said the "
        "official received KD4.2mn in payments from the contractors in return for favourable "
        "treatment on variations and payment certificates.",
        "[AD]",
        "The contracting firm itself was not a defendant and has not been barred from public "
        "tenders, according to two people familiar with the matter. Kuwait's Central Agency "
        "for Public Tenders did not respond to a request for comment.",
        "## What contractors should take from it",
        "Reem Al-Saleh, a partner at a Kuwait City law firm who advises foreign contractors, "
        "said the size of the fine, twice the value of the kickbacks, was the part of the "
        "ruling that boards in the region should read closely.",
        "\"Prison terms get the headlines, but a fine of double the bribe, on top of "
        "repayment, is what changes behaviour in a tender committee,\" she said. \"Companies "
        "working on public contracts in Kuwait need to be able to show where every variation "
        "approval came from.\"",
        "She added that the cooperation of the Kuwait Anti-Corruption Authority, Nazaha, with "
        "bank compliance teams had made transfers far easier to trace than a decade ago.",
        "The defence has said it will appeal to the Court of Cassation. Lawyer Bader "
        "Al-Qattan argued outside court that the payments had never reached his client's "
        "personal accounts.",
        "The Court of Cassation does not re-hear the facts; it reviews whether the lower courts "
        "applied the law correctly. Practitioners said that makes a full reversal unlikely, "
        "although the court can send a case back for retrial if it finds a procedural flaw in "
        "how the evidence was handled.",
        "Nazaha referred the case to prosecutors in June 2023. The Criminal Court's "
        "first-instance verdict followed in February 2026.",
        "[BOX]GCLR Weekly: tenders, disputes and regulation across the GCC construction market, "
        "every Thursday.",
    ],
    related=[
        ("Saudi Arabia's Expro publishes revised procurement manual",
         "https://www.gclreview.example/news/saudi-expro-procurement-manual"),
        ("UAE courts and the FIDIC red book: five recent rulings",
         "https://www.gclreview.example/analysis/uae-courts-fidic-rulings"),
        ("Qatar's Ashghal lets ring road maintenance framework",
         "https://www.gclreview.example/news/ashghal-ring-road-framework"),
    ],
)

_S3_D = _tpl_newsletter(
    site="The Diwaniya Brief",
    url="https://diwaniyabrief.example/p/the-ruwaih-ruling-and-why-it-took-three-years",
    headline="The Ruwaih ruling, and why it took three years",
    dek="This week: a cut sentence, an uncut fine, and the slow machinery of Kuwait's "
        "anti-corruption cases",
    author="Dalal Al-Rashed",
    visible_date=None,
    body=[
        "Welcome back to The Diwaniya Brief. This week is mostly about one courtroom.",
        "## The ruling",
        "On Tuesday the Court of Appeal cut the prison sentence of Mishari Al-Ruwaih, the "
        "former undersecretary at the Ministry of Public Works, from ten years to seven. The "
        "money side of the first-instance verdict survived intact: he still has to return "
        "KD 4.2 million and pay a fine of KD 8.4 million.",
        "His two co-defendants from the contracting side, who each got seven years in "
        "February, now face five years apiece. The ministry engineer who was acquitted stays "
        "acquitted.",
        "For readers outside Kuwait: KD 8.4 million is roughly $27 million, and the fine is "
        "set at double the KD 4.2 million the court found he received. As I understand it, the "
        "double-the-bribe formula is set by statute, so nobody should read the size of the "
        "fine as a sign of judicial anger. The prison term is where the judges had room to "
        "move, and they used it.",
        "The line from the ruling that people were passing around on Tuesday afternoon was the "
        "court's description of a public office turned into \"a private toll gate\". It is a "
        "good line. It also sits a little awkwardly next to a sentence reduction, and the "
        "court felt the need to explain itself: age, health, no previous record.",
        "## Why it took this long",
        "Nazaha sent the file to the Public Prosecution in June 2023. The Criminal Court ruled "
        "on February 18 this year. The appeal came on Tuesday. That is about 40 months from "
        "referral to appeal judgment, and the Court of Cassation is still to come, because the "
        "defence says it will go there.",
        "[AD]",
        "Forty months is not unusual for a case of this kind, and some of the delay is the "
        "good kind: tracing transfers through several banks takes time, and a sloppy case "
        "collapses at cassation. But the alleged payments date back to 2017, so by the time "
        "the final word comes, almost a decade will have passed since the first of them.",
        "## What Al-Qattan is betting on",
        "Bader Al-Qattan, who represents Al-Ruwaih, says the transfers were never traced to "
        "his client's own accounts. If the Court of Cassation agrees that this matters, the "
        "whole conviction could be sent back. If it does not, the seven years will stand. My "
        "guess is the latter, but I have been wrong about cassation before.",
        "## Elsewhere",
        "The Public Works ministry says its road tenders are now fully electronic. I will "
        "believe it when the award notices stop arriving as scanned PDFs.",
        "That's it for this week. Forward this to someone who still thinks nothing ever "
        "happens in Kuwaiti courts.",
    ],
    related=[
        ("How a case gets from Nazaha to a courtroom",
         "https://diwaniyabrief.example/p/from-nazaha-to-a-courtroom"),
        ("The tenders nobody reads",
         "https://diwaniyabrief.example/p/the-tenders-nobody-reads"),
    ],
)

STORY_3 = _story("court-RA3", "court", "2026-10-16", [
    _page("https://www.khaleejwire.example/gulf/kuwait/appeals-court-cuts-ex-public-works-official-sentence-seven-years", _S3_A),
    _page("https://www.kuwaitcourier.example/local/2026/10/14/appeal-court-trims-ruwaih-sentence-keeps-fine", _S3_B),
    _page("https://www.gclreview.example/news/kuwait-roads-kickback-case-appeal-ruling-contractors", _S3_C),
    _page("https://diwaniyabrief.example/p/the-ruwaih-ruling-and-why-it-took-three-years", _S3_D),
], [
    ("defendant's former title",
     r"assistant[- ]undersecretary",
     r"(?<!assistant )(?<!assistant-)undersecretary"),
    ("wording of the ruling on the scheme",
     r"not a momentary lapse",
     r"momentary lapse rather than"),
    ("co-defendants' sentence",
     r"(?<![\d.])(5|five)[- ]years?",
     r"(?<![\d.])(4|four)[- ]years?"),
])


# ---------------------------------------------------------------------------
# Story 4 - rocket (CONTROL): PSLV-C67 / Sagarmitra-1, Thursday 17 September 2026
# Liftoff 9:18 a.m. IST = 03:48 UTC = 7:48 a.m. UAE time; originally set for 15 September.
# ---------------------------------------------------------------------------

_S4_A = _tpl_wire(
    site="IndoWire",
    url="https://www.indowire.example/science/pslv-c67-places-sagarmitra-1-in-orbit-four-small-satellites",
    section="Science",
    headline="PSLV-C67 puts ocean satellite Sagarmitra-1 in orbit; four small satellites ride along",
    dek="ISRO's workhorse rocket delivers the 1,742-kg spacecraft to a 520-km sun-synchronous "
        "orbit after a two-day delay",
    byline="By Priya Raghavan",
    iso="2026-09-17T10:02:00+05:30",
    visible_date="Sep 17, 2026 10:02 IST",
    body=[
        "SRIHARIKOTA, Sept 17 (IndoWire) - India's Polar Satellite Launch Vehicle placed the "
        "Sagarmitra-1 ocean-observation satellite into a sun-synchronous orbit on Thursday "
        "morning, the Indian Space Research Organisation (ISRO) said, in a flight that also "
        "carried four smaller satellites, among them a student-built cubesat from the United "
        "Arab Emirates.",
        "PSLV-C67 rose from Sriharikota's First Launch Pad at 9:18 a.m. and released the 1,742-kg satellite about 17 and a half minutes "
        "later, at an altitude of roughly 520 km.",
        "The four co-passenger satellites, which together weigh 63 kg, were deployed over the "
        "next few minutes, the last of them a little more than 21 minutes into the flight.",
        "\"Sagarmitra-1 is in the orbit we wanted, within a few hundred metres,\" ISRO "
        "Chairman P. Venkatraman said from the mission control centre. \"The vehicle did its "
        "job cleanly, and the team deserves every bit of the applause you heard.\"",
        "The satellite's solar panels opened automatically after separation, and ISRO's "
        "ground network in Bengaluru, ISTRAC, has taken charge of the spacecraft, the agency "
        "said.",
        "[AD]",
        "The launch had been set for Tuesday but was put back by 48 hours so that engineers "
        "could replace a faulty pressure sensor on the rocket's fourth stage.",
        "Hundreds of people watched from the public viewing gallery at the spaceport, and "
        "the rocket's exhaust trail was visible from fishing villages along the Pulicat lake "
        "shoreline as it arced south-east over the Bay of Bengal.",
        "The rocket flew in its most powerful 'XL' version, with six strap-on boosters. It "
        "stands 44 metres tall and weighs about 320 tonnes at liftoff.",
        "Sagarmitra-1 carries an ocean colour camera and a sea-surface temperature sensor. Its "
        "data will feed the fishing-zone advisories and cyclone forecasts that the ocean "
        "information centre INCOIS puts out from Hyderabad. The satellite is built "
        "to last seven years.",
        "\"For the fishing communities on both coasts, this means advisories that are fresher "
        "and cover more of the sea,\" said R. Meenakshi, the Sagarmitra project director at the "
        "U R Rao Satellite Centre in Bengaluru. From its orbit the satellite circles the Earth "
        "roughly 15 times a day and can image the whole of the Indian Ocean rim every two "
        "days.",
        "Mission director Anjali Rao said all four stages of the rocket had performed close to "
        "predictions. The satellite's first images are expected within about 10 days, once its "
        "instruments have been checked.",
        "Officials said the mission, including the rocket, cost about Rs 480 crore.",
        "After releasing its passengers, the fourth stage is due to be lowered to an orbit of "
        "about 350 km, where it will host three experiments for several weeks.",
        "Sriharikota, on the coast of Andhra Pradesh, is about 80 km north of Chennai.",
        "(Reporting by Priya Raghavan; Editing by S. Krishnan)",
    ],
    related=[
        ("Gaganyaan uncrewed test flight moved to next year",
         "https://www.indowire.example/science/gaganyaan-uncrewed-test-next-year"),
        ("Monsoon rainfall ends 6% above normal, IMD says",
         "https://www.indowire.example/india/monsoon-rainfall-above-normal"),
        ("Indian space start-up raises Series B for small launcher",
         "https://www.indowire.example/business/space-startup-series-b"),
    ],
)

_S4_B = _tpl_paper(
    site="Emirates Evening Post",
    url="https://www.emirateseveningpost.example/uae/science/2026/09/17/sahaab-1-student-satellite-phones-home",
    section="Science",
    headline="UAE student satellite Sahaab-1 phones home after Indian launch",
    dek="Khalifa University's 4.1kg cubesat sends its first signal on its first pass over the "
        "Emirates, 84 minutes after liftoff",
    byline="Reem Al Suwaidi",
    iso="2026-09-17T13:30:00+04:00",
    visible_date="September 17, 2026 1:30 PM",
    body=[
        "A small satellite designed and built by students at Khalifa University in Abu Dhabi is "
        "in orbit after riding an Indian rocket into space on Thursday morning.",
        "The PSLV-C67 rocket lifted off from Sriharikota, on India's south-east coast, at "
        "7:48am UAE time. Sahaab-1 was one of four small satellites released after the "
        "mission's main passenger, India's 1,742kg Sagarmitra-1 ocean satellite, had "
        "separated.",
        "The university's ground station in Abu Dhabi picked up the first signal from the "
        "4.1kg satellite at 9:12am, on its first pass over the Emirates, 84 minutes after "
        "liftoff.",
        "\"When the beacon came through, the whole room went quiet for a second and then nobody "
        "could stop shouting,\" said Maryam Al Shamsi, the student team leader, who is in the "
        "final year of an aerospace engineering degree.",
        "[FIG]Members of the Sahaab-1 team watch the launch webcast at Khalifa University on Thursday.|Photo: Saeed Al Ketbi / Emirates Evening Post",
        "## Watching mangroves from orbit",
        "Sahaab-1 is a three-unit cubesat, not much bigger than a shoebox. It carries a "
        "small multispectral camera that will photograph mangrove forests and coastal lagoons "
        "along the UAE coast, with a resolution of about 30 metres per pixel.",
        "The satellite is circling the Earth at around 520 kilometres, in a sun-synchronous "
        "orbit that brings it over the same spot at roughly the same local time each day.",
        "Dr Omar Haddad, the faculty adviser to the project, said the team would spend about "
        "two weeks checking the satellite's power, radio and attitude-control systems before "
        "switching on the camera.",
        "\"The first pass only tells you the patient is breathing. The next fourteen days tell "
        "you whether it can walk,\" he said.",
        "From its orbit, the satellite will come within range of the Abu Dhabi ground station "
        "about four times a day, giving the team short windows of around ten minutes each to "
        "send commands and download data.",
        "The other small satellites on the flight were built by two Indian start-ups and a "
        "university in Bengaluru. Together, the four rideshare payloads weighed 63kg, a small "
        "fraction of the rocket's main cargo.",
        "[AD]",
        "Twenty-two students worked on Sahaab-1 over three years, with funding and technical "
        "support from the UAE Space Agency. The project cost about Dh2.6 million, including the "
        "launch.",
        "Fatima Al Hosani, director of space missions at the UAE Space Agency, said the "
        "programme was meant to give students experience of \"the full life of a mission, from "
        "the first drawing to the last telemetry packet\".",
        "\"Flying on an Indian rocket also builds a relationship between our engineers and "
        "theirs that will outlast this satellite,\" she said.",
        "The launch had originally been scheduled for Tuesday, September 15, but was moved back "
        "by two days while Indian engineers replaced a component on the rocket's upper stage.",
        "Sagarmitra-1, the main satellite on the flight, will monitor sea-surface temperature "
        "and ocean colour for India's fisheries and weather services.",
    ],
    related=[
        ("Abu Dhabi schools to trial four-day week for seniors",
         "https://www.emirateseveningpost.example/uae/education/2026/09/16/four-day-week-trial"),
        ("Dubai Metro Blue Line: first trains arrive",
         "https://www.emirateseveningpost.example/uae/transport/2026/09/15/blue-line-trains"),
        ("Weather: humidity to ease from next week",
         "https://www.emirateseveningpost.example/uae/weather/2026/09/17/humidity"),
    ],
)

_S4_C = _tpl_newsletter(
    site="Launch Ledger",
    url="https://launchledger.example/pslv-c67-recap-clean-ride-to-sso/",
    headline="PSLV-C67 recap: a clean ride to SSO, and a stage that isn't done yet",
    dek="Sagarmitra-1, four rideshares, a two-day slip and a PS4 that keeps working",
    author="Arjun Menon",
    visible_date="Friday 18 September",
    body=[
        "ISRO's PSLV-C67 flew on 17 September, and by every number ISRO has released so far it "
        "was a tidy mission. Here is the recap, with times in UTC unless noted.",
        "## Timeline",
        "T-0 was 03:48 UTC (09:18 IST) from the First Launch Pad at Sriharikota, roughly 50 "
        "miles north of Chennai. The vehicle flew in the XL configuration with six strap-ons.",
        "Sagarmitra-1 (1,742 kg) separated at T+17m32s into a ~520 km (323 mi) sun-synchronous "
        "orbit at an inclination of 97.47 degrees.",
        "The four rideshare satellites, 63 kg combined, were all out by T+21m10s. The one that "
        "got most attention outside India was Sahaab-1, a 3U cubesat from Khalifa University in "
        "Abu Dhabi, which was heard from on its first pass over the UAE.",
        "The original target date was 15 September. It slipped 48 hours for a pressure "
        "transducer swap on PS4, the liquid fourth stage, which is the sort of slip you want: "
        "found on the ground, fixed on the ground.",
        "## The payload",
        "Sagarmitra-1 carries an ocean colour camera and a sea-surface temperature sensor, and "
        "its products go to INCOIS in Hyderabad for fishing-zone advisories and cyclone work. "
        "Design life is seven years. ISRO says first images should arrive within about ten "
        "days, after instrument checkout.",
        "[AD]",
        "## Updates since launch",
        "As of Friday morning IST, ISRO says Sagarmitra-1 is healthy, with solar arrays "
        "deployed and the spacecraft in sun-pointing mode. The first of two small orbit-trim "
        "burns is planned for Saturday.",
        "ISRO also confirmed overnight that PS4 has been lowered to roughly 350 km after two "
        "restarts of its engines. It now serves as an orbital platform for three experiments, "
        "two of them from Indian start-ups, which should run for several weeks before the "
        "stage re-enters.",
        "## How it compares",
        "The previous PSLV, PSLV-C66 in April, carried a 1,480 kg radar satellite to a 535 km "
        "orbit. C67's primary was heavier and its orbit lower, and both sat comfortably within "
        "what the XL can do.",
        "ISRO put the total cost of the mission, launch included, at about Rs 480 crore, or "
        "roughly US$55 million. That is cheap for an ocean-colour mission of this class, "
        "though the comparison with commercial rideshare prices is not quite fair because "
        "Sagarmitra-1 had the rocket's main slot.",
        "## Quote of the day",
        "From mission director Dr Anjali Rao on the webcast: \"Every stage performed within a "
        "hair of nominal.\" Engineers rarely say more than that, and rarely need to.",
        "Next up on the Indian manifest is a GSLV flight that ISRO has not yet dated. I will "
        "write about it when there is a date to write about.",
        "Clear skies,",
        "Arjun",
    ],
    related=[
        ("What 'sun-synchronous' actually means",
         "https://launchledger.example/what-sun-synchronous-means/"),
        ("PSLV-C66 recap: the radar bird",
         "https://launchledger.example/pslv-c66-recap-the-radar-bird/"),
    ],
)

STORY_4 = _story("rocket-RA4", "rocket", "2026-09-20", [
    _page("https://www.indowire.example/science/pslv-c67-places-sagarmitra-1-in-orbit-four-small-satellites", _S4_A),
    _page("https://www.emirateseveningpost.example/uae/science/2026/09/17/sahaab-1-student-satellite-phones-home", _S4_B),
    _page("https://launchledger.example/pslv-c67-recap-clean-ride-to-sso/", _S4_C),
], [])


# ---------------------------------------------------------------------------
# Story 5 - trade (CONTROL): Bangladesh-UAE CEPA signed in Abu Dhabi, Tuesday 17 November 2026
# Signing 11:30 a.m. UAE (GST) = 1:30 p.m. Dhaka = 07:30 GMT.
# ---------------------------------------------------------------------------

_S5_A = _tpl_wire(
    site="Emirates Wire Agency",
    url="https://www.emirateswire.example/en/economy/uae-bangladesh-sign-comprehensive-economic-partnership-agreement",
    section="Economy",
    headline="UAE and Bangladesh sign Comprehensive Economic Partnership Agreement",
    dek="Deal removes UAE duties on 97.1% of tariff lines and sets a $10bn non-oil trade goal",
    byline="EWA",
    iso="2026-11-17T12:40:00+04:00",
    visible_date="17 Nov 2026 12:40",
    body=[
        "ABU DHABI, 17th November, 2026 (EWA) - Abu Dhabi and Dhaka today put their names to a "
        "Comprehensive Economic Partnership Agreement (CEPA) between the UAE and Bangladesh "
        "that will lower or remove tariffs on most goods traded between the two "
        "countries and open new opportunities in services and investment.",
        "The agreement was signed at 11:30 this morning in Abu Dhabi by Dr Rashid Al Falasi, "
        "Minister of State for Foreign Trade, and Nasreen Haque Chowdhury, Minister of Commerce "
        "of Bangladesh.",
        "Under the CEPA, the UAE will eliminate customs duties on 97.1 per cent of its tariff "
        "lines, covering 99.2 per cent of the value of its imports from Bangladesh. Bangladesh "
        "will eliminate or reduce duties on 84.6 per cent of its tariff lines over a period of "
        "ten years.",
        "Non-oil trade between the two countries reached US$3.38 billion in 2025. The two sides "
        "aim to raise it to US$10 billion by 2033.",
        "Dr Al Falasi described the deal as part of the UAE's push to tie its economy more "
        "closely to Asia's fastest-growing markets. \"Bangladesh is one of the "
        "most dynamic consumer markets on the continent, with a young population and a "
        "manufacturing base that complements our logistics strength. This agreement gives our "
        "businesses the certainty they need to invest for the long term,\" he said.",
        "[AD]",
        "Minister Chowdhury said the agreement was a milestone in relations between the two "
        "countries. \"This agreement gives our exporters a door into the Gulf that will stay "
        "open after graduation,\" she said, referring to Bangladesh's move out of the United "
        "Nations category of least developed countries, due on 24th November.",
        "The CEPA includes chapters on trade in services, customs procedures, digital trade, "
        "small and medium enterprises and investment. It provides for improved market access "
        "for UAE companies in sectors including construction, logistics, financial services "
        "and information technology.",
        "A joint committee made up of officials from both sides will meet at least once a year "
        "to review how the agreement is being implemented and to address any obstacles faced "
        "by exporters. The agreement also provides for cooperation on standards, halal "
        "certification and the mutual recognition of conformity assessments.",
        "The agreement was concluded after six rounds of negotiations launched in October "
        "2025. It will enter into force after both countries complete their ratification "
        "procedures, which officials expect in the first quarter of 2027.",
        "The UAE hosts one of the largest Bangladeshi communities abroad. Remittances from "
        "Bangladeshi workers in the UAE totalled US$3.46 billion in the fiscal year that ended "
        "in June 2026, according to Bangladesh Bank data.",
        "The signing was attended by senior officials from both governments and "
        "representatives of business chambers from the two countries.",
    ],
    related=[
        ("UAE non-oil foreign trade grows 14% in first nine months",
         "https://www.emirateswire.example/en/economy/non-oil-trade-nine-months"),
        ("Abu Dhabi hosts Global Logistics Forum next month",
         "https://www.emirateswire.example/en/economy/global-logistics-forum"),
        ("UAE, Kenya hold second round of CEPA talks",
         "https://www.emirateswire.example/en/economy/uae-kenya-cepa-round"),
    ],
)

_S5_B = _tpl_paper(
    site="The Daily Padma",
    url="https://www.dailypadma.example/business/2026/11/18/dhaka-signs-cepa-with-uae-week-before-ldc-exit",
    section="Business",
    headline="Dhaka signs CEPA with UAE a week before LDC exit",
    dek="Exporters cheer duty-free access to the Emirates; economists warn the tariff cuts on "
        "the Bangladesh side will need careful handling",
    byline="Staff Correspondent",
    iso="2026-11-18T07:00:00+06:00",
    visible_date="Wednesday, 18 November 2026",
    body=[
        "Bangladesh and the United Arab Emirates signed a comprehensive economic partnership "
        "agreement in Abu Dhabi on Tuesday, giving almost all Bangladeshi goods duty-free entry "
        "to the Emirates just a week before the country formally leaves the group of least "
        "developed countries.",
        "Commerce Minister Nasreen Haque Chowdhury signed for Bangladesh at 1:30pm Dhaka time. "
        "The UAE's minister of state for foreign trade, Rashid Al Falasi, signed on behalf of "
        "the Emirates.",
        "Under the deal, the UAE will scrap duties on 97.1 percent of its tariff lines, which "
        "together account for more than 99 percent of what Bangladesh sells there. Bangladesh, "
        "in turn, will cut or remove tariffs on 84.6 percent of its lines, phased in over a "
        "decade, with about a third of lines going duty-free as soon as the agreement takes "
        "effect.",
        "\"After the 24th, our preferences in many markets start counting down. This agreement "
        "gives our exporters a door into the Gulf that will stay open after graduation,\" "
        "Chowdhury told reporters after the ceremony. She said the deal was \"the first of "
        "several\" the government hoped to sign before 2029, when Bangladesh's remaining "
        "duty-free access to the European Union under its LDC status is due to end.",
        "[FIG]Commerce Minister Nasreen Haque Chowdhury and the UAE's Rashid Al Falasi exchange the signed agreement in Abu Dhabi on Tuesday.|Photo: Ministry of Commerce",
        "## Small exports, big remittances",
        "Bangladesh's exports to the UAE are still modest. They came to about $712 million in "
        "2025, against UAE exports and re-exports to Bangladesh of roughly $2.67 billion, "
        "according to figures cited by both governments. Total non-oil trade was around $3.4 "
        "billion, and the two sides have set a target of $10 billion within seven years.",
        "The bigger flow runs the other way. Bangladeshi workers in the UAE sent home $3.46 "
        "billion in the 2025-26 fiscal year, making the Emirates one of the top sources of "
        "remittances.",
        "Farhana Rashid, who heads the garment exporters' association BGMEA, called the "
        "agreement \"a timely cushion\" for the apparel "
        "industry. \"The Gulf buys more from us every year, but a five percent duty is a lot "
        "when margins are this thin,\" she said.",
        "[AD]",
        "## Revenue worries",
        "Economists in Dhaka were more cautious about the Bangladeshi side of the bargain. "
        "\"Customs duties are still a big part of our revenue. Opening 84.6 percent of tariff "
        "lines, even over ten years, means the National Board of Revenue has to find that "
        "money somewhere else,\" said Dr Shahnaz Karim, research director at a Dhaka think tank.",
        "Officials said sensitive products, including some agricultural goods and items "
        "produced by domestic steel and cement makers, were on an exclusion list.",
        "Negotiations began in October 2025 and took six rounds. The agreement still needs to "
        "be ratified by both sides and is expected to take effect in early 2027.",
        "The signing came a day after the commerce minister met business leaders at the Dubai "
        "Chamber. Chowdhury returns to Dhaka on Thursday.",
    ],
    related=[
        ("Rice prices ease as Aman harvest begins",
         "https://www.dailypadma.example/national/2026/11/17/rice-prices-aman"),
        ("Chattogram port clears record container volume in October",
         "https://www.dailypadma.example/business/2026/11/16/chattogram-container-record"),
        ("Editorial: Life after LDC graduation",
         "https://www.dailypadma.example/opinion/2026/11/18/life-after-ldc"),
    ],
)

_S5_C = _tpl_broadcast(
    site="Sourcing Asia Weekly",
    url="https://www.sourcingasiaweekly.example/trade-policy/bangladesh-uae-cepa-apparel-sourcing",
    section="Trade policy",
    headline="What the Bangladesh-UAE CEPA changes for apparel sourcing",
    dek="Duty-free access to the Emirates arrives just as Bangladesh's LDC preferences begin "
        "to wind down; rules of origin will decide who benefits",
    byline="By Kavita Sharma",
    iso=None,
    visible_date="19 Nov 2026",
    body=[
        "Bangladesh's garment exporters have a new duty-free destination. The Comprehensive "
        "Economic Partnership Agreement that Dhaka and Abu Dhabi signed on 17 November removes "
        "the UAE's standard 5% import duty on almost all Bangladeshi goods once the deal comes "
        "into force, expected in the first quarter of 2027.",
        "For sourcing teams, the headline numbers are less important than the detail. The UAE "
        "is eliminating tariffs on 97.1% of its tariff lines, and those lines cover 99.2% of "
        "its current imports from Bangladesh by value. Knitwear and woven garments make up "
        "roughly 60% of that trade, followed by leather goods, frozen fish and jute products.",
        "## Rules of origin",
        "To qualify for zero duty, goods must meet a regional value content threshold of 40%, "
        "or undergo a change in tariff heading for most textile lines, according to a summary "
        "published by Bangladesh's Ministry of Commerce. For woven garments made from imported "
        "Chinese fabric, the tariff-shift route is the one that matters, and the summary "
        "suggests cutting and sewing in Bangladesh will be enough.",
        "\"That single line decides whether this is a real deal for woven exporters or just a "
        "nice photo,\" said Tanvir Ahmed, managing director of a Gazipur-based shirt maker that "
        "ships to retailers in Dubai and Riyadh. \"From what we have seen, it is a real deal.\"",
        "[AD]",
        "## Why the Gulf, why now",
        "The timing is not an accident. The United Nations decided years ago that Bangladesh "
        "would leave the least-developed-country category, and the exit takes effect on 24 "
        "November 2026, one week after the signing. The European Union will keep its duty-free treatment for a "
        "three-year transition, until 2029, but other markets are less generous.",
        "The UAE, meanwhile, is a re-export hub for the wider Gulf, East Africa and parts of "
        "Central Asia. Non-oil trade between the two countries was worth 3.38 billion dollars "
        "in 2025, of which Bangladesh's exports to the UAE were a relatively small 712 million "
        "dollars. Both governments say they want total non-oil trade to reach 10 billion "
        "dollars by 2033.",
        "BGMEA president Farhana Rashid told Sourcing Asia Weekly that members were already "
        "fielding enquiries from Dubai-based wholesalers. \"Buyers in the Gulf used to treat "
        "us as a price option. With zero duty we can be a speed option too, because the "
        "shipping time from Chattogram to Jebel Ali is short,\" she said.",
        "## The other side of the ledger",
        "Bangladesh's own tariff cuts are slower. It will liberalise 84.6% of its lines over "
        "ten years, with a negative list that protects steel, cement and a range of farm goods. "
        "That gives UAE exporters of plastics, chemicals and machinery better access, but only "
        "gradually.",
        "Nothing changes on the ground until ratification. Buyers placing orders for "
        "autumn-winter 2027 should assume the duty saving will apply, but build in a fallback "
        "if ratification slips.",
    ],
    related=[
        ("Vietnam's garment exports to the Gulf up 18% this year",
         "https://www.sourcingasiaweekly.example/markets/vietnam-garments-gulf"),
        ("Cambodia prepares for EU GSP review",
         "https://www.sourcingasiaweekly.example/trade-policy/cambodia-eu-gsp-review"),
        ("Freight: Chattogram-Jebel Ali rates ease in November",
         "https://www.sourcingasiaweekly.example/logistics/chattogram-jebel-ali-rates"),
    ],
)

STORY_5 = _story("trade-RA5", "trade", "2026-11-20", [
    _page("https://www.emirateswire.example/en/economy/uae-bangladesh-sign-comprehensive-economic-partnership-agreement", _S5_A),
    _page("https://www.dailypadma.example/business/2026/11/18/dhaka-signs-cepa-with-uae-week-before-ldc-exit", _S5_B),
    _page("https://www.sourcingasiaweekly.example/trade-policy/bangladesh-uae-cepa-apparel-sourcing", _S5_C),
], [])


# ---------------------------------------------------------------------------
# Story 6 - earthquake: western Nepal, 2:20 a.m. NPT Sunday 15 March 2026
# (= 20:35 GMT Saturday 14 March = 2:05 a.m. IST). NEMRC ML 6.2, USGS Mw 5.9.
# Toll rises from page to page (each with its own "as of").
# (planted: local clock time 2:20 vs 3:20 a.m.; epicentre district Bajhang vs Darchula)
# ---------------------------------------------------------------------------

_S6_A = _tpl_wire(
    site="Transasia Newswire",
    url="https://www.transasianews.example/asia/nepal-earthquake-western-districts-kills-at-least-seven",
    section="Asia",
    headline="Strong earthquake in western Nepal kills at least seven",
    dek="Houses collapse in remote Bajhang district as night-time quake wakes residents across "
        "Nepal's far west",
    byline="By Sujata Thapa and Mark Ellison",
    iso="2026-03-15T01:40:00Z",
    visible_date="March 15, 2026 01:40 GMT",
    body=[
        "KATHMANDU, March 15 (TNW) - A strong earthquake struck Nepal's remote far west at "
        "20:35 GMT on Saturday (2:20 a.m. Sunday local time), bringing down houses in the hill "
        "district of Bajhang and killing at least seven people, police said.",
        "NEMRC, the government's seismic monitoring centre in Kathmandu, rated the quake "
        "at 6.2 on the local magnitude scale and placed its epicentre near Chainpur, the "
        "headquarters of Bajhang district in Sudurpashchim Province, about 450 km (280 miles) "
        "west of Kathmandu.",
        "The U.S. Geological Survey put the moment magnitude at 5.9 and the depth at about 10 "
        "km, which seismologists consider shallow.",
        "\"Most of the dead were asleep when their houses came down. These are stone and mud "
        "houses, and they do not forgive,\" Bajhang's chief district officer, Kamala Joshi, "
        "said by telephone from Chainpur.",
        "Joshi said at least five of the deaths were in Bajhang and that the rest were in the "
        "neighbouring district of Doti. Dozens of people were injured, and police and soldiers "
        "were searching collapsed buildings with torches until daybreak.",
        "\"First there was a sound like a lorry, then the whole house was moving,\" said "
        "Prakash Saud, a shopkeeper in Chainpur, who spoke to TNW by phone. \"We ran out with "
        "the children. Now everyone is sitting in the fields with blankets because it is very "
        "cold.\"",
        "The army said troops from the barracks in Chainpur had joined the search and that "
        "helicopters would fly at first light to ferry the badly injured to hospitals in "
        "Dhangadhi.",
        "[AD]",
        "A strong aftershock measuring 4.6 shook the same area at 4:05 a.m., sending residents "
        "who had returned indoors back into the open.",
        "Home Ministry spokesperson Ramesh Prasad Adhikari said the toll was likely to rise as "
        "rescue teams reached villages cut off by landslides. \"We have teams on the way, but "
        "in the dark, on those roads, it is slow,\" he said.",
        "Telephone links to several villages in the district were down, and officials said "
        "they did not yet have a count of damaged houses.",
        "Tremors were felt in Dhangadhi, the largest city in the province, and in parts of the Indian "
        "state of Uttarakhand across the border. There were no early reports of damage in "
        "India.",
        "The Himalayan arc that runs the length of Nepal is built by the slow northward shove "
        "of the Indian plate into Asia, and strong quakes are a standing risk across the "
        "country.",
        "The deadliest recent earthquake in the country, a magnitude 6.4 quake centred in Jajarkot "
        "district in November 2023, killed more than 150 people. Nepal's worst disaster in living "
        "memory, the April 2015 quake of magnitude 7.8, left close to 9,000 people dead.",
        "(Reporting by Sujata Thapa in Kathmandu and Mark Ellison in New Delhi; Editing by "
        "Helen Park)",
    ],
    related=[
        ("Nepal's tourism arrivals hit record in February",
         "https://www.transasianews.example/asia/nepal-tourism-february-record"),
        ("Bhutan opens new hydropower plant",
         "https://www.transasianews.example/asia/bhutan-hydropower-plant"),
        ("Pakistan, Afghanistan reopen Torkham crossing",
         "https://www.transasianews.example/asia/torkham-crossing-reopens"),
    ],
)

_S6_B = _tpl_paper(
    site="The Kathmandu Dispatch",
    url="https://kathmandudispatch.example/national/2026/03/15/bajhang-quake-toll-rises-to-19",
    section="National",
    headline="Bajhang quake: toll rises to 19 as rescuers reach cut-off villages",
    dek="Home Ministry says 112 people injured; more than 1,600 houses damaged in preliminary "
        "count",
    byline="Bishnu Prasad Awasthi, Chainpur, and Post Staff",
    iso="2026-03-15T19:30:00+05:45",
    visible_date="March 15, 2026",
    body=[
        "CHAINPUR/KATHMANDU: At least 19 people were killed and 112 injured after the "
        "earthquake that struck Bajhang district in the early hours of Sunday, the Ministry of "
        "Home Affairs said, as rescue teams reached villages that had been cut off through the "
        "night.",
        "Of the dead, 15 were in Bajhang, three in Doti and one in Achham, according to the "
        "ministry's update at 5pm on Sunday. Ministry spokesperson Ramesh Prasad Adhikari said "
        "more than 1,600 houses had been damaged, a figure he described as preliminary.",
        "The quake hit at 2:20am. Seismologists at NEMRC in Lainchaur "
        "recorded it at 6.2 on the local magnitude scale, with its epicentre around Chainpur, "
        "the district headquarters.",
        "\"The shaking lasted long enough for people to understand what was happening, but not "
        "long enough for them to get out,\" said seismologist Dr Sudeep Bhattarai of the "
        "centre. He said the centre had recorded 14 aftershocks of magnitude 4 or above by 3pm "
        "on Sunday, the largest a 4.6 at 4:05am.",
        "[FIG]Residents search through the remains of a house in Jayaprithvi Municipality, Bajhang, on Sunday.|Photo: Bishnu Prasad Awasthi / The Kathmandu Dispatch",
        "## A cold night in the open",
        "In Chainpur, hundreds of families spent Sunday outdoors, afraid to go back into "
        "cracked houses. Night temperatures in the district drop to about 2 degrees Celsius at "
        "this time of year, and officials said tarpaulins and blankets were the first priority.",
        "\"We pulled my uncle out with our hands. The army came at seven,\" said Hikmat Bohara, "
        "a farmer from a village above Chainpur whose family lost two houses. His uncle "
        "survived with a broken leg and was taken to the district hospital.",
        "Chief District Officer Kamala Joshi said the main road into Chainpur had been blocked "
        "by landslides at three points and that bulldozers had cleared two of them by "
        "afternoon. The Nepal Army deployed two helicopters to fly the seriously injured to "
        "Dhangadhi.",
        "[AD]",
        "## Government response",
        "The prime minister called the cabinet's disaster committee together at Singha Durbar "
        "on Sunday morning. The government announced Rs 200,000 in "
        "immediate relief for the family of each person killed and said it would cover the "
        "treatment costs of the injured.",
        "Nepal's disaster management authority said teams from the Nepal "
        "Army, Nepal Police and Armed Police Force, about 1,100 personnel in total, were working "
        "in the three affected districts.",
        "Sunday's earthquake is the deadliest in the country since the Jajarkot earthquake of "
        "November 2023, which measured 6.4 and killed more than 150 people. Many of the houses "
        "that collapsed in Bajhang were built in the same way: stone walls held together with "
        "mud mortar.",
        "The US Geological Survey measured Sunday's quake at magnitude 5.9. Experts say the two "
        "agencies use different scales and that figures of this kind often differ by a few "
        "tenths.",
    ],
    related=[
        ("Melamchi water supply to resume next week",
         "https://kathmandudispatch.example/valley/2026/03/14/melamchi-supply"),
        ("Editorial: Retrofit before the next one",
         "https://kathmandudispatch.example/opinion/2026/03/15/editorial-retrofit"),
        ("Everest season: permits issued so far",
         "https://kathmandudispatch.example/tourism/2026/03/15/everest-permits"),
    ],
)

_S6_C = _tpl_broadcast(
    site="NorthLine News",
    url="https://www.northlinenews.example/world/nepal-earthquake-death-toll-28-tremors-uttarakhand",
    section="World",
    headline="Nepal earthquake: death toll climbs to 28, tremors felt in Uttarakhand",
    dek="The quake struck at 2:05 am IST on Sunday; India has offered relief material",
    byline="NorthLine Web Desk",
    iso="2026-03-16T10:15:00+05:30",
    visible_date="Updated: March 16, 2026, 10:15 IST",
    body=[
        "The death toll from the earthquake that shook western Nepal early on Sunday has risen "
        "to 28, with 164 people injured, Nepal's Home Ministry said on Monday morning.",
        "The quake struck at 2:05 am Indian Standard Time on Sunday. Nepal's seismology "
        "centre in Kathmandu gave its strength as 6.2 and said it was centred "
        "in Darchula district of Sudurpashchim Province, close to the border with India.",
        "Worst hit is the hill district of Bajhang, where most of the deaths have been "
        "reported. Nepali officials said about 3,000 houses had been damaged across the region "
        "as of Monday morning.",
        "Tremors were felt in Pithoragarh, Champawat and Almora districts of Uttarakhand, where "
        "people ran out of their homes in the middle of the night. State disaster officials "
        "in Dehradun said nobody in Uttarakhand had been hurt and no buildings had been "
        "damaged.",
        "\"The bed started shaking and the utensils in the kitchen fell down. We all came out "
        "and stayed in the courtyard till morning,\" said Deepa Bisht, a resident of "
        "Pithoragarh town.",
        "[AD]",
        "## India offers help",
        "India's Ministry of External Affairs said it was in touch with Kathmandu and had "
        "offered tents, blankets and medicines. A first consignment is expected to be flown to "
        "Nepalgunj on Tuesday, officials said.",
        "\"Our neighbours in Nepal can count on us for whatever they need,\" an MEA "
        "spokesperson wrote on social media.",
        "In Uttarakhand, the National Disaster Response Force has kept two teams on standby in "
        "Pithoragarh in case they are needed across the border, a state official said. The "
        "border crossings into Nepal's far west remained open, and traders said trucks "
        "carrying food and fuel were moving normally on Monday.",
        "## Aftershocks continue",
        "Nepal's seismology centre has recorded 27 aftershocks of magnitude 4 or more since the "
        "main quake, the strongest of them 4.6. Officials have asked people not to return to "
        "damaged houses.",
        "The US Geological Survey, which measures magnitude differently from Nepal's centre, "
        "put the quake at 5.9.",
        "Nepal's Home Ministry spokesperson Ramesh Prasad Adhikari said rescue operations were "
        "\"in their final phase\" in most villages, and that the focus was shifting to shelter "
        "and food.",
        "Nepal's prime minister chaired an emergency meeting in Kathmandu on Sunday. The "
        "government has announced relief of NPR 200,000, or about Rs 1.25 lakh in Indian "
        "currency, for the family of each person killed, and says it will pay for the "
        "treatment of the injured.",
        "The Himalayan region is highly prone to earthquakes. In November 2023, an earthquake "
        "of magnitude 6.4 in Nepal's Jajarkot district killed more than 150 people, and tremors "
        "from that quake were also felt in Delhi.",
        "Experts say buildings in the hill districts of western Nepal, mostly made of stone and "
        "mud, are particularly vulnerable to even moderate quakes.",
    ],
    related=[
        ("Uttarakhand: pilgrims advised to check road status before Char Dham travel",
         "https://www.northlinenews.example/india/uttarakhand-char-dham-advisory"),
        ("Delhi weather: mercury to touch 32 degrees this week",
         "https://www.northlinenews.example/india/delhi-weather-this-week"),
        ("Watch: Why the Himalayas keep shaking",
         "https://www.northlinenews.example/video/why-himalayas-shake"),
    ],
)

_S6_D = _tpl_newsletter(
    site="Field Notes: Himalayan Relief",
    url="https://fieldnotes-himalaya.example/bajhang-earthquake-situation-update-2/",
    headline="Bajhang earthquake: situation update no. 2",
    dek="Shelter, winter cold and access are the main gaps, partners report",
    author="the Field Notes team",
    visible_date=None,
    body=[
        "This is our second update on the earthquake that struck western Nepal on Sunday, "
        "compiled from government figures, our partner organisations in Sudurpashchim Province "
        "and our own staff in Chainpur. Figures are as of Tuesday, 8 a.m. Nepal time.",
        "## What happened",
        "The earthquake struck at 3:20 a.m. local time on Sunday, with its epicentre near "
        "Chainpur, the headquarters of Bajhang district. Nepal's national seismology centre "
        "measured it at ML 6.2; the USGS gives Mw 5.9. The difference is one of method, not "
        "of substance.",
        "## Impact",
        "The Ministry of Home Affairs now reports 31 people dead and 204 injured. Twenty-five "
        "of the deaths were in Bajhang, four in Doti and two in Achham.",
        "Some 4,180 houses have been damaged, 1,390 of them completely destroyed. In the "
        "worst-hit wards of Jayaprithvi Municipality, our staff estimate that more than half of "
        "all households are now living outside.",
        "These numbers have climbed every day since Sunday and are likely to rise further, "
        "mostly in the damaged-house count, as assessment teams reach the upper villages.",
        "[AD]",
        "## Needs",
        "Shelter is the biggest gap. Overnight temperatures in Chainpur are dropping to around "
        "2C (about 36F), and many families are sleeping under plastic sheets. Partners report "
        "shortages of winter blankets, children's clothing and sanitary supplies.",
        "Access remains difficult. The main road into Chainpur reopened on Monday afternoon "
        "after the last landslide was cleared, but several feeder roads are still closed. The "
        "Nepal Army now has four helicopters assigned to the response.",
        "The government is paying NPR 200,000 (about $1,450) to the family of each person "
        "killed and has promised to cover medical costs for the injured. Partners say the "
        "distribution of this money has begun in Chainpur but not yet in the outlying "
        "municipalities.",
        "## Health",
        "The district hospital in Chainpur has been treating patients in tents in its "
        "courtyard since Sunday because of cracks in the main building. Partners report that "
        "the most serious cases have been flown to Dhangadhi, and that a field surgical team "
        "from Kathmandu arrived on Monday.",
        "## What we are doing",
        "With our local partner, we distributed 640 family kits (tarpaulin, two blankets, "
        "a kitchen set and a solar lamp) in Chainpur on Monday and Tuesday. A second "
        "consignment of 1,000 kits is on the road from Dhangadhi.",
        "Our water engineer is assessing three damaged spring sources above the town. If they "
        "cannot be repaired within the week, we will start water trucking.",
        "## How to help",
        "Cash donations are the most useful thing right now; they let partners buy blankets "
        "and tarpaulins in Dhangadhi and Nepalgunj, which is faster and cheaper than shipping "
        "goods in from Kathmandu. Our next update will follow on Thursday.",
    ],
    related=[
        ("Bajhang earthquake: situation update no. 1",
         "https://fieldnotes-himalaya.example/bajhang-earthquake-situation-update-1/"),
        ("Lessons from Jajarkot, two years on",
         "https://fieldnotes-himalaya.example/lessons-from-jajarkot/"),
    ],
)

STORY_6 = _story("quake-RA6", "earthquake", "2026-03-18", [
    _page("https://www.transasianews.example/asia/nepal-earthquake-western-districts-kills-at-least-seven", _S6_A),
    _page("https://kathmandudispatch.example/national/2026/03/15/bajhang-quake-toll-rises-to-19", _S6_B),
    _page("https://www.northlinenews.example/world/nepal-earthquake-death-toll-28-tremors-uttarakhand", _S6_C),
    _page("https://fieldnotes-himalaya.example/bajhang-earthquake-situation-update-2/", _S6_D),
], [
    ("local time of the quake",
     r"(?<![\d:.])(0?2[:.]20|20[:.]35)(?!\d)",
     r"(?<![\d:.])(0?3[:.]20|21[:.]35)(?!\d)"),
    ("epicentre district",
     r"bajhang",
     r"darchula"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
