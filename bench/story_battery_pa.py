"""Part PA of the story battery (web pages).

Written by engineer PA1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-PA1, the Bank of Thailand cutting its policy rate to 1.00% in a 5-2 vote on 22 April 2026
(CONTROL: no disagreement; traps are the earlier 6-1 December vote, basis points vs "a
quarter point", GMT vs Bangkok time, baht/dollar sums, a closing vs an intraday baht rate,
forecasts vs outcomes); el-PA2, the Invercargill (New Zealand) by-election of 29 November
2025 (CONTROL: a live page with a partial count later superseded, preliminary vs official
result to come, NZDT/GMT/AEDT, the 2023 majority, rounded shares and turnout); tr-PA3,
Bangladesh's January 2026 export figures released on 2 February 2026 (CONTROL: month vs
fiscal-year-to-date vs last year, garments as a part of the total, knit/woven split, dollars
vs taka crore); ct-PA4, the High Court of Australia rejecting a Cairns fishing company's
compensation claim on 12 August 2026 (planted: the vote split 5-2 vs 4-3, a quote given to the
managing director Varga vs the lawyer Natarajan, and the regulations' start date 1 July 2024
vs 1 July 2023); rk-PA5, ISRO's PSLV-C67 launch of EOS-15 from Sriharikota on 15 October 2026
(planted: liftoff at 9:47 a.m. IST vs 9:17 a.m. IST, and the chairman's quote "within a few
hundred metres" vs "within a few kilometres"); eq-PA6, a magnitude 6.4 earthquake off Surigao
del Sur in the Philippines on 8 March 2026 local time (planted: Romeo Barcenas as governor vs
vice governor, and the epicentre near Cagwait vs near Marihatag; traps are a rising toll,
PHIVOLCS vs USGS magnitudes, a revised preliminary magnitude, and Saturday GMT vs Sunday
local time).
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _a(s: str) -> str:
    return _html.escape(s, quote=True)


def _body(items: list[Any]) -> str:
    """Article body: plain strings are paragraphs, "## x" a sub-head,
    ("ad", text, href) an advertisement, ("fig", src, caption, credit) a photo."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            if it[0] == "ad":
                out.append(
                    '<div class="ad-slot" data-ad-unit="in-article">'
                    '<span class="ad-label">Advertisement</span>'
                    f'<div class="ad-creative"><a href="{_a(it[2])}" rel="sponsored nofollow">'
                    f'{_e(it[1])}</a></div></div>')
            elif it[0] == "fig":
                out.append(
                    f'<figure class="article-image"><img src="{_a(it[1])}" alt="{_a(it[2])}" '
                    'loading="lazy" width="1200" height="800">'
                    f'<figcaption>{_e(it[2])} <span class="photo-credit">{_e(it[3])}</span>'
                    '</figcaption></figure>')
            else:
                raise ValueError(it[0])
        elif it.startswith("## "):
            out.append(f"<h2>{_e(it[3:])}</h2>")
        else:
            out.append(f"<p>{_e(it)}</p>")
    return "\n".join(out)


def _related(items: list[tuple[str, str]], heading: str) -> str:
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="related-rail"><h3>{_e(heading)}</h3><ul>{lis}</ul></aside>'


def _nav(items: list[str]) -> str:
    lis = "".join(
        f'<li><a href="/{_a(x.lower().replace(" ", "-"))}/">{_e(x)}</a></li>' for x in items)
    return f'<nav class="primary-nav" aria-label="Main"><ul>{lis}</ul></nav>'


def _wire_page(*, site: str, url: str, section: str, headline: str, dek: str,
               published: str, shown: str, byline: str, body: list[Any],
               related: list[tuple[str, str]], nav: list[str]) -> str:
    """Template 1: news agency page with article:published_time and JSON-LD."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "description": dek, "datePublished": published, "dateModified": published,
          "author": {"@type": "Person", "name": byline},
          "publisher": {"@type": "Organization", "name": site},
          "mainEntityOfPage": url}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:url" content="{_a(url)}">
<meta property="article:published_time" content="{_a(published)}">
<meta property="article:section" content="{_a(section)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<script type="application/ld+json">{_json.dumps(ld)}</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main-content">Skip to content</a>
<div id="consent-banner" class="cookie-banner" role="dialog">
<p class="cookie-text">We and our partners use cookies to measure audiences and personalise
content. You can accept all cookies or choose which ones we may use.</p>
<button class="cookie-accept">Accept all</button> <button class="cookie-manage">Manage settings</button>
</div>
<header class="masthead"><a class="brand" href="/">{_e(site)}</a>
{_nav(nav)}
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<main id="main-content">
<article class="story">
<div class="story-section">{_e(section)}</div>
<h1 class="story-headline">{_e(headline)}</h1>
<div class="story-meta"><span class="story-byline">By {_e(byline)}</span>
<span class="story-timestamp">{_e(shown)}</span></div>
<div class="share-tools"><a href="#" class="share-x">Share on X</a>
<a href="#" class="share-fb">Facebook</a> <a href="#" class="share-li">LinkedIn</a>
<a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button></div>
<div class="story-body">
{_body(body)}
</div>
<div class="story-trust"><a href="/trust-principles">Our standards: The {_e(site)} Trust Principles.</a></div>
</article>
{_related(related, "Read next")}
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p class="copyright">All quotes delayed a minimum of 15 minutes. &copy; {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _paper_page(*, site: str, url: str, section: str, headline: str, dek: str,
                published: str, shown: str, byline: str, body: list[Any],
                related: list[tuple[str, str]], nav: list[str], tagline: str) -> str:
    """Template 2: newspaper page with a visible <time datetime=...>."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:image" content="{_a(url.split('/')[0] + '//' + url.split('/')[2])}/static/og-default.jpg">
<link rel="stylesheet" href="/assets/css/main.4f2a1c.css">
</head>
<body>
<div class="skip"><a href="#content">Skip to main content</a></div>
<div class="gdpr-notice"><p class="gdpr-text">This site uses cookies. By continuing to browse
you agree to our use of cookies. <a href="/cookie-policy">Find out more</a></p>
<button type="button">OK</button></div>
<div class="top-bar"><span class="edition">{_e(tagline)}</span>
<a href="/subscribe" class="btn-subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="site-head"><div class="logo"><a href="/">{_e(site)}</a></div>
{_nav(nav)}</header>
<div class="leaderboard-ad"><span class="ad-label">Advertisement</span></div>
<div id="content" class="page">
<article class="article">
<header class="article-head">
<a class="section-tag" href="/{_a(section.lower().replace(' ', '-'))}/">{_e(section)}</a>
<h1>{_e(headline)}</h1>
<p class="article-dek">{_e(dek)}</p>
<div class="article-byline"><span class="author">{_e(byline)}</span> &middot;
<time datetime="{_a(published)}">{_e(shown)}</time></div>
<ul class="share-bar"><li><a href="#">WhatsApp</a></li><li><a href="#">Facebook</a></li>
<li><a href="#">X</a></li><li><a href="#">Print</a></li></ul>
</header>
<div class="article-content">
{_body(body)}
</div>
<div class="newsletter-box"><h4>Get the morning briefing</h4>
<p class="nl-text">The day's most important stories, in your inbox before breakfast.</p>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
<div class="tags"><span>Topics:</span> <a href="/tag/{_a(section.lower())}">{_e(section)}</a></div>
</article>
{_related(related, "Most read")}
</div>
<footer class="foot"><div class="foot-brand">{_e(site)}</div>
<ul><li><a href="/about-us">About us</a></li><li><a href="/advertise">Advertise with us</a></li>
<li><a href="/letters">Letters to the editor</a></li><li><a href="/corrections">Corrections</a></li>
<li><a href="/privacy-policy">Privacy policy</a></li></ul>
<p class="foot-copy">Copyright &copy; {_e(site)}. No part of this site may be reproduced without permission.</p>
</footer>
</body>
</html>
"""


def _letter_page(*, site: str, url: str, headline: str, dek: str, byline: str,
                 body: list[Any], shown: str | None, kicker: str) -> str:
    """Template 3: newsletter / blog / local site page with NO machine-readable date."""
    date_html = f'<div class="post-date">{_e(shown)}</div>' if shown else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:type" content="website">
</head>
<body class="post-template">
<a href="#post" class="skip-to-content">Skip to content</a>
<div class="cookie-popup"><span>We use a small number of cookies to keep this site running.</span>
<a href="/privacy" class="cookie-more">Privacy</a> <button>Got it</button></div>
<header class="site-header"><a class="site-title" href="/">{_e(site)}</a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li>
<li><a href="/about">About</a></li><li><a href="/subscribe" class="btn">Subscribe</a></li></ul></header>
<main id="post">
<article class="post">
<div class="post-kicker">{_e(kicker)}</div>
<h1 class="post-title">{_e(headline)}</h1>
<h3 class="post-subtitle">{_e(dek)}</h3>
<div class="post-author">{_e(byline)}</div>
{date_html}
<div class="post-actions"><a href="#">Like</a> <a href="#comments">Comments</a> <a href="#">Share</a></div>
<div class="post-content">
{_body(body)}
</div>
<div class="subscribe-widget"><h4>Get the next one in your inbox</h4>
<p class="sw-text">Free, independent and read by people who make decisions. Unsubscribe at any time.</p>
<form><input type="email" placeholder="Type your email"><button>Subscribe</button></form></div>
</article>
<section id="comments" class="comments"><h4>Comments</h4><p class="no-comments">Comments are open to paying subscribers.</p></section>
</main>
<footer class="site-footer"><span>&copy; {_e(site)}</span> <a href="/privacy">Privacy</a>
<a href="/terms">Terms</a> <a href="/rss">RSS</a></footer>
</body>
</html>
"""


def _portal_page(*, site: str, url: str, section: str, headline: str, dek: str,
                 published: str | None, shown: str | None, byline: str, body: list[Any],
                 related: list[tuple[str, str]], nav: list[str]) -> str:
    """Template 4: broadcaster / specialist portal; dcterms.date only when published given."""
    meta_date = (f'<meta name="dcterms.date" content="{_a(published)}">\n'
                 if published else "")
    shown_html = f'<p class="timestamp-line">{_e(shown)}</p>' if shown else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{_a(dek)}">
{meta_date}<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:locale" content="en_GB">
<link rel="canonical" href="{_a(url)}">
</head>
<body>
<div id="skiplinks"><a href="#story">Skip to content</a> <a href="#nav">Skip to navigation</a></div>
<div class="consent" role="region" aria-label="Cookie consent"><p class="consent-copy">We use
cookies and similar technologies to understand how you use our services.</p>
<button>Accept</button> <button>Reject non-essential</button> <a href="/cookies">Settings</a></div>
<header id="nav" class="portal-header"><a class="portal-logo" href="/">{_e(site)}</a>
{_nav(nav)}<a class="listen-live" href="/live">Live</a></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_a(section.lower().replace(' ', '-'))}/">{_e(section)}</a></div>
<main id="story" class="story-wrap">
<h1>{_e(headline)}</h1>
<p class="story-summary">{_e(dek)}</p>
<div class="story-credit">{_e(byline)}</div>
{shown_html}
<div class="social"><span>Share this story:</span> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">WhatsApp</a> <a href="#">Email</a></div>
<section class="story-text">
{_body(body)}
</section>
<div class="sidebar-promo"><p class="promo-copy">Download our app for alerts on the stories that matter to you.</p></div>
{_related(related, "Related stories")}
</main>
<footer class="portal-footer"><ul><li><a href="/accessibility">Accessibility</a></li>
<li><a href="/contact">Contact us</a></li><li><a href="/complaints">Complaints</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p class="footer-legal">&copy; {_e(site)}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1: Bank of Thailand cuts to 1.00% (CONTROL)
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/2026/04/22/thai-central-bank-cuts-policy-rate-to-1pct",
    section="Markets",
    headline="Thai central bank cuts policy rate to 1%, trims growth outlook",
    dek="Bank of Thailand lowers key rate by 25 basis points in split vote; "
        "sees 2026 growth at 1.5%.",
    published="2026-04-22T07:34:00Z",
    shown="April 22, 2026 7:34 AM GMT",
    byline="Kittipong Saelim",
    nav=["World", "Business", "Markets", "Asia", "Technology", "Commodities"],
    body=[
        "BANGKOK, April 22 (Meridian Wire) - Thailand's central bank cut its benchmark "
        "interest rate by 25 basis points to 1.00% on Wednesday, its first move since "
        "December, arguing that a softer outlook for both growth and prices left room for "
        "cheaper money.",
        "The Bank of Thailand's seven-member monetary policy committee voted 5-2 to lower "
        "the one-day repurchase rate from 1.25%, with the two dissenters preferring to keep "
        "it where it was. The decision was announced at 0700 GMT and took effect "
        "immediately.",
        "Eighteen of 24 economists surveyed by Meridian Wire last week had predicted the "
        "reduction. The other six expected the committee to hold off until its June meeting.",
        "\"The committee judged that a lower policy rate will ease financial conditions for "
        "businesses and households while the economy is running below its potential,\" "
        "Sakda Rattanaporn, the assistant governor who acts as the committee's secretary, "
        "told a news conference in Bangkok.",
        "Sakda said the bank still had scope to ease but would be sparing with it, noting "
        "that the two members who voted against the cut had wanted to preserve what he "
        "called limited policy space.",
        "The central bank now expects the economy to grow 1.5% this year, down from the 1.8% "
        "it forecast in February, and left its 2027 estimate unchanged at 2.1%. It lowered "
        "its projection for average headline inflation in 2026 to 0.2% from 0.5%, well short "
        "of its 1% to 3% target range.",
        "Consumer prices fell 0.4% in March from a year earlier, according to commerce "
        "ministry figures, while core inflation, which excludes raw food and energy, ran at "
        "0.7%.",
        ("ad", "Trade Asian equities with zero platform fees for 90 days. Terms apply.",
         "https://ads.meridianwire.example/click?c=apac-broker-0422"),
        "## Baht slips, stocks gain",
        "The baht weakened to 32.85 per dollar by 0800 GMT, from 32.61 shortly before the "
        "announcement. The main stock index closed 1.1% higher.",
        "The committee last lowered rates in December, also by a quarter point, in a 6-1 "
        "vote. It then held at 1.25% in February, saying it wanted to see how the earlier "
        "easing was feeding through to bank lending.",
        "Finance Minister Ekachai Thongdee, who has spent months urging the central bank to "
        "do more, described the cut as timely and said it would complement the government's "
        "50 billion baht ($1.5 billion) soft-loan programme for small businesses.",
        "Thailand, the second-largest economy in Southeast Asia, is wrestling with weak "
        "domestic demand, a 19% US tariff on many of its exports and a slowdown in tourism. "
        "Foreign arrivals fell 4.2% in the first quarter from the same period of 2025.",
        "Household debt equal to 86.8% of gross domestic product at the end of last year has "
        "made some policymakers wary of encouraging more borrowing.",
        "\"We expect one more quarter-point cut in June and then a long pause,\" said Nattaya "
        "Boonmee, chief economist at Chaophraya Capital in Bangkok. \"After that, the heavy "
        "lifting has to come from the budget.\"",
        "The bank will release minutes of Wednesday's meeting on May 6. The committee is next "
        "scheduled to meet on June 24.",
    ],
    related=[
        ("Asian currencies mixed as traders weigh Fed path",
         "https://www.meridianwire.example/markets/2026/04/22/asia-fx-midday"),
        ("Thai March exports beat forecasts on electronics demand",
         "https://www.meridianwire.example/business/2026/04/20/thailand-exports-march"),
        ("Philippine lender's profit jumps on fee income",
         "https://www.meridianwire.example/business/2026/04/21/philippine-bank-results"),
    ],
)

_S1_B = _paper_page(
    site="The Bangkok Ledger",
    url="https://www.bangkokledger.example/business/economy/2026/04/23/bot-cuts-policy-rate-to-1-per-cent",
    section="Economy",
    headline="BoT cuts policy rate to 1%, says room to manoeuvre is shrinking",
    dek="Monetary Policy Committee splits five to two as growth forecast is lowered to "
        "1.5 per cent",
    published="2026-04-23T05:00:00+07:00",
    shown="Thursday, 23 April 2026, 05:00",
    byline="Pimchanok Sutthiwong",
    tagline="Thursday edition",
    nav=["News", "Business", "Economy", "Property", "Opinion", "Life", "Sport"],
    body=[
        "The Bank of Thailand (BoT) yesterday lowered its policy rate by a quarter of a "
        "percentage point to 1 per cent, its lowest level since late 2022, as the central "
        "bank again marked down its forecasts for growth and inflation.",
        "The Monetary Policy Committee (MPC) voted five to two for the reduction. The two "
        "members in the minority favoured holding the rate at 1.25 per cent to preserve the "
        "limited policy space available, according to the committee's statement, which was "
        "released at 2pm.",
        "\"The committee judged that a lower policy rate will ease financial conditions for "
        "businesses and households,\" assistant governor Sakda Rattanaporn, who serves as "
        "MPC secretary, told reporters at the central bank's head office. The economy, he "
        "said, \"is running below its potential\".",
        "Mr Sakda also cautioned against expecting a long series of cuts. \"We still have "
        "room to act, but that room is not unlimited, and we intend to use it carefully,\" "
        "he said.",
        ("fig", "https://img.bangkokledger.example/2026/04/bot-head-office.jpg",
         "The Bank of Thailand head office on Samsen Road in Bangkok.",
         "Photo: Ledger file"),
        "## Forecasts lowered",
        "The MPC now projects gross domestic product growth of 1.5 per cent this year, "
        "compared with 1.8 per cent in its February assessment. Its forecast for 2027 "
        "remains 2.1 per cent. Headline inflation is expected to average 0.2 per cent in "
        "2026, rather than the 0.5 per cent previously projected, before rising to 1.1 per "
        "cent next year.",
        "Mr Sakda said the committee expected headline inflation to return to the 1-3 per "
        "cent target band in the first half of 2027 as the effect of cheaper energy fades.",
        ("ad", "Own a riverside condo from Bt3.9 million. Register for the preview weekend.",
         "https://adserve.bangkokledger.example/c/riverside-0423"),
        "Minister of Finance Ekachai Thongdee welcomed the decision. \"This is a timely "
        "decision, and it fits with what the government is doing on the fiscal side,\" said "
        "Mr Ekachai, a former permanent secretary of the Commerce Ministry who took over the "
        "finance portfolio last September.",
        "He said the Bt50-billion soft-loan scheme run through the Government Savings Bank "
        "had so far approved loans worth about Bt18 billion to some 9,400 small and "
        "medium-sized enterprises.",
        "Wichai Tangkhao, chairman of the Thai Federation of Small Business, said lower rates "
        "would help only if banks passed them on quickly. At least two large commercial banks "
        "said they would announce changes to their lending rates within a week.",
        "The baht ended the onshore session at 32.79 to the US dollar, compared with 32.58 at "
        "Tuesday's close, as traders priced in a wider gap with US rates.",
        "## Debt concerns linger",
        "Household debt stood at almost 87 per cent of GDP at the end of last year. Mr Sakda "
        "said the MPC remained mindful that very low rates could encourage more borrowing by "
        "households that were already stretched, a concern cited by the dissenting members.",
        "The rate cut is the second in four months. On December 17 the MPC reduced the rate "
        "from 1.50 per cent to 1.25 per cent, with one member voting against, and in February "
        "it left the rate unchanged.",
        "Governor Anucha Srisuwan, who chairs the committee, did not attend the press "
        "briefing. He is due to speak at a banking conference in Singapore next week.",
        "The next MPC meeting is scheduled for June 24. Minutes of yesterday's meeting will "
        "be published on May 6.",
    ],
    related=[
        ("Editorial: Cheaper money is not a growth plan",
         "https://www.bangkokledger.example/opinion/2026/04/23/editorial-cheaper-money"),
        ("Hotel occupancy in Phuket slips for third month",
         "https://www.bangkokledger.example/business/2026/04/21/phuket-hotels"),
        ("Rice exporters eye African markets as prices soften",
         "https://www.bangkokledger.example/business/2026/04/19/rice-exporters"),
    ],
)

_S1_C = _letter_page(
    site="Asia Rates Monitor",
    url="https://asiaratesmonitor.example/p/thailand-a-divided-committee-buys-a-quarter-point",
    headline="Thailand: a divided committee buys a quarter point",
    dek="The BoT cut to 1.00%, but the vote and the tone both say the cycle is nearly over.",
    byline="By Daniel Fairweather",
    shown="Thursday 23 April 2026 · Issue 412",
    kicker="Asia Rates Monitor · Morning note",
    body=[
        "Good morning. The Bank of Thailand did what most of us expected on Wednesday "
        "afternoon, cutting the policy rate 25bp to 1.00%, but the 5-2 vote was tighter than "
        "the consensus had assumed and the tone around it was noticeably cautious.",
        "## What happened",
        "The decision came at 14:00 Bangkok time (07:00 GMT). Two of the seven MPC members "
        "wanted to stay at 1.25%. That makes this a more divided committee than in December, "
        "when the previous 25bp cut went through 6-1.",
        "Assistant Governor Sakda Rattanaporn, the MPC secretary, framed the move as support "
        "for an economy operating below potential, and said the bank's remaining room to "
        "ease was real but \"not unlimited\". We read that as a hint that the end of the "
        "cycle is close, not as a promise of more. Governor Anucha Srisuwan, who chairs the "
        "committee, left the briefing to Sakda, as is the custom, so there was no "
        "governor's gloss to parse this time.",
        "## The numbers",
        "Growth: the BoT's 2026 GDP forecast is now 1.5% (February: 1.8%). The 2027 number is "
        "unchanged at 2.1%.",
        "Inflation: the 2026 headline forecast drops to 0.2% from 0.5%, comfortably under the "
        "1-3% target. March CPI printed at -0.4% y/y; core at 0.7% y/y.",
        "FX: USD/THB went from about 32.6 to 32.85 in the hour after the announcement, "
        "roughly 0.7% of baht weakness, then drifted back a little into the onshore close.",
        "Fiscal: the government's THB 50bn (roughly USD 1.5bn) soft-loan window for small "
        "firms is the tool the MPC keeps pointing to for targeted support, and Finance "
        "Minister Ekachai Thongdee was quick to present the cut as complementing it.",
        ("ad", "Sponsored: Frontier Markets Fixed Income Summit, Singapore, 9-10 June. "
         "Early-bird passes close Friday.", "https://asiaratesmonitor.example/go/fmfi-summit"),
        "## Our view",
        "We keep our call for one final 25bp cut at the 24 June meeting, taking the rate to "
        "0.75%. Money-market pricing implies something like a 60% chance of that. The two "
        "dissents, plus a household debt ratio of 86.8% of GDP at end-2025, argue against "
        "anything beyond it.",
        "Chaophraya Capital's Nattaya Boonmee, whose team has been among the more dovish "
        "voices in Bangkok, is on the same page: one more, then a long pause, with fiscal "
        "policy expected to do the rest.",
        "The risk to our view is external. With a 19% US tariff on a large share of Thai "
        "exports and tourist arrivals down 4.2% y/y in the first quarter, a weak second "
        "quarter could push the committee further than it now wants to go. Minutes, due "
        "on 6 May, should tell us how hard the two dissenters argued.",
        "## Elsewhere in the region",
        "Bank Negara Malaysia left its overnight policy rate at 2.75% earlier this month, and "
        "we think it stays there through the year. Bank Indonesia meets next week; we expect "
        "no change there either.",
        "Next issue: Monday. Reply to this email with questions - we read everything.",
    ],
)


STORY_1 = _story("cb-PA1", "central bank", "2026-04-25", [
    _page("https://www.meridianwire.example/markets/2026/04/22/thai-central-bank-cuts-policy-rate-to-1pct",
          _S1_A),
    _page("https://www.bangkokledger.example/business/economy/2026/04/23/bot-cuts-policy-rate-to-1-per-cent",
          _S1_B),
    _page("https://asiaratesmonitor.example/p/thailand-a-divided-committee-buys-a-quarter-point",
          _S1_C),
], [])


# ---------------------------------------------------------------------------
# Story 2: Invercargill by-election, New Zealand (CONTROL)
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    site="Southern Cross Press",
    url="https://www.southerncrosspress.example/nz/politics/2025/11/29/national-holds-invercargill-by-election",
    section="New Zealand",
    headline="National holds Invercargill in by-election as Labour narrows gap",
    dek="Fiona Strachan wins with a preliminary majority of 1,227 votes, down from 5,630 at "
        "the 2023 general election.",
    published="2025-11-29T10:48:00Z",
    shown="29 November 2025, 11:48pm NZDT",
    byline="Matiu Herewini",
    nav=["Australia", "New Zealand", "Pacific", "World", "Business", "Sport"],
    body=[
        "INVERCARGILL, Nov 29 (SCP) - National's Fiona Strachan won the Invercargill "
        "by-election on Saturday, keeping the seat at the foot of the South Island for the "
        "governing party, but by a far thinner margin than it enjoyed two years ago.",
        "Preliminary results released by the Electoral Commission put Strachan on 11,842 "
        "votes and Labour's Tane Pomare on 10,615, a majority of 1,227. Her predecessor, "
        "Douglas McRae, won the electorate at the 2023 general election by 5,630 votes.",
        "Green candidate Sunita Rao was third with 1,904 votes, ahead of New Zealand First's "
        "Barry Kinloch on 1,126. Three other candidates shared 412 votes between them.",
        "Turnout was 47.6%, with 26,039 votes cast by the 54,700 people on the roll. Just "
        "under 10,000 of those were cast before polling day.",
        "\"Southland has given me a job to do and not much time to do it in, with a general "
        "election less than a year away, so I'll be starting on Monday,\" Strachan, a former "
        "Southland District councillor, told cheering supporters at the Waikiwi rugby club.",
        "Pomare, a port worker and union delegate from Bluff, conceded shortly after 10pm. "
        "\"We took a majority of more than five thousand and cut it to around twelve "
        "hundred,\" he said.",
        "The by-election was called after McRae, 61, resigned from Parliament in October to "
        "become chief executive of a Southland dairy co-operative. Voting places were open "
        "from 9am until 7pm, and the first results, from advance votes, arrived shortly "
        "after 8pm.",
        ("ad", "Fly Christchurch to Sydney from $249 one way. Limited seats, book by Sunday.",
         "https://ads.southerncrosspress.example/r/tasman-fares-1129"),
        "## No change to balance of power",
        "The result leaves the make-up of Parliament as it was. National holds 49 of the 123 "
        "seats and governs with ACT and New Zealand First, a coalition that together controls "
        "68.",
        "Special votes, which the commission estimates at about 1,300, will be counted over "
        "the next week and a half and cannot overturn Strachan's lead. The official result is "
        "due on December 10.",
        "The contest was watched as a gauge of the government's standing less than a year "
        "before the next general election, expected in late 2026. Campaigning centred on the "
        "cost of living, the long-term future of the Tiwai Point aluminium smelter and "
        "waiting times at Southland Hospital.",
        "Labour had poured volunteers into the electorate in the final fortnight, and its "
        "leader visited twice. National sent a string of ministers south, several of whom "
        "promised that decisions on hospital funding would not be held up by the campaign.",
        "Hana Whitcombe, a senior lecturer in politics at the University of Otago, said swings "
        "against a governing party were routine at by-elections and warned against treating "
        "the narrower margin as a forecast for next year.",
        "\"Turnout was under half, and the people who stayed home are not a random sample,\" "
        "she said. \"What you can say is that Labour has found its way back into a seat it "
        "had written off.\"",
    ],
    related=[
        ("Reserve Bank signals pause after year of cuts",
         "https://www.southerncrosspress.example/nz/business/2025/11/26/rbnz-pause"),
        ("Queenstown airport curfew review draws 4,000 submissions",
         "https://www.southerncrosspress.example/nz/2025/11/27/queenstown-airport-curfew"),
        ("Pacific leaders to meet in Nuku'alofa next month",
         "https://www.southerncrosspress.example/pacific/2025/11/28/pacific-leaders"),
    ],
)

_S2_B = _portal_page(
    site="APR News",
    url="https://news.apr.example/politics/live-invercargill-by-election-results",
    section="Politics",
    headline="Live: Invercargill by-election results",
    dek="Follow the count as it happens. National's Fiona Strachan wins the seat on the "
        "preliminary count.",
    published=None,
    shown="Last updated 10.52pm",
    byline="APR News political team",
    nav=["News", "Politics", "Te Ao Maori", "Pacific", "Business", "Country", "Sport"],
    body=[
        "## Key points",
        "National's Fiona Strachan wins the Invercargill by-election with a preliminary "
        "majority of 1,227 over Labour's Tane Pomare. Turnout 47.6 per cent. Special votes "
        "still to come; official result on 10 December.",
        "10.52pm - We're wrapping up our live coverage here. With every vote cast on or before "
        "election day now counted, the preliminary result is: Fiona Strachan (National) "
        "11,842, Tane Pomare (Labour) 10,615, Sunita Rao (Green) 1,904, Barry Kinloch (NZ "
        "First) 1,126. The three remaining candidates polled 412 between them.",
        "Special votes will be added over the coming days, and the Electoral Commission will "
        "declare the official result on 10 December. Thanks for staying with us tonight.",
        "10.41pm - Fiona Strachan has arrived at the Waikiwi rugby club to loud cheers. She "
        "thanks her family and her volunteers, and says what she heard on doorsteps was about "
        "groceries, power bills and hospital waiting lists.",
        "\"Southland has given me a job to do and not much time to do it in,\" she tells the "
        "room, adding that with a general election less than a year away she'll be starting "
        "on Monday.",
        ("ad", "Listen to APR National on the free APR app - news on the hour, every hour.",
         "https://news.apr.example/app"),
        "10.15pm - Tane Pomare has conceded. Speaking to supporters in Tay Street, he said: "
        "\"We took a majority of more than five thousand and cut it to around twelve hundred. "
        "That is not a result anyone in this room needs to apologise for.\" He says he has "
        "phoned Strachan to congratulate her.",
        "9.58pm - All 62 voting places have now reported, and Strachan's lead stands at 1,227 "
        "votes. Our political editor, Rachel Tuhoe, says that is decisive: \"With the specials "
        "likely to be somewhere around thirteen hundred, there isn't a path back for Labour.\"",
        "9.05pm - With results in from 38 of the 62 voting places, on top of all the advance "
        "votes, Strachan leads Pomare 7,412 to 6,551, a gap of 861. The Bluff booths, where "
        "Pomare is expected to do well, have not yet reported.",
        "8.02pm - The first big batch is in: advance votes, 9,870 of them. On those alone "
        "Strachan has 4,630 and Pomare 4,012. Rao is on 688 and Kinloch on 371. Advance votes "
        "leaned National in 2023 too, so Labour will not be too worried yet.",
        "7.40pm - Dr Hana Whitcombe from the University of Otago is with us in the studio. She "
        "points out that Douglas McRae's 2023 majority of 5,630 was built on a turnout of "
        "close to 78 per cent. \"Tonight's electorate will be a lot smaller, and that changes "
        "who decides it,\" she says.",
        "7.00pm - Voting has closed in Invercargill. Advance votes are counted first, so "
        "expect the first meaningful numbers within the hour.",
        "6.30pm - Welcome to our live coverage of the Invercargill by-election. Seven "
        "candidates are standing to replace McRae, who left Parliament in October to run a "
        "dairy co-operative. The seat has been in National hands for well over a decade.",
    ],
    related=[
        ("Who are the Invercargill by-election candidates?",
         "https://news.apr.example/politics/invercargill-candidates-explained"),
        ("Tiwai Point: what the smelter means for Southland",
         "https://news.apr.example/business/tiwai-point-explainer"),
        ("Checkpoint: Southland Hospital waitlists grow",
         "https://news.apr.example/checkpoint/southland-hospital-waitlists"),
    ],
)

_S2_C = _paper_page(
    site="Southland Courier",
    url="https://www.southlandcourier.example/news/politics/strachan-savours-by-election-win",
    section="Politics",
    headline="Strachan savours by-election win, eyes hospital and smelter",
    dek="Invercargill's new MP says her electorate office will reopen this morning",
    published="2025-12-01T06:00:00+13:00",
    shown="Monday, December 1, 2025",
    byline="Jess McAlister",
    tagline="Southland's daily since 1911",
    nav=["Local news", "Politics", "Farming", "Business", "Opinion", "Sport", "Notices"],
    body=[
        "Invercargill's newest MP says she will spend her first week listening rather than "
        "talking - although, after Saturday night, her voice may need the rest anyway.",
        "National's Fiona Strachan won Saturday's by-election with 11,842 votes on the "
        "preliminary count, 1,227 more than Labour's Tane Pomare, who finished on 10,615.",
        "Speaking to the Courier yesterday, Strachan, 44, said health services and the "
        "smelter were at the top of her list. \"Southland has given me a job to do and not "
        "much time to do it in,\" she said, repeating a line from her victory speech. With a "
        "general election less than a year away, she added, she would be \"starting on "
        "Monday\".",
        "Her electorate office on Dee St reopens at 9am today. It has been staffed only part "
        "time since her predecessor, Douglas McRae, left Parliament in October.",
        ("fig", "https://cdn.southlandcourier.example/images/2025/11/strachan-waikiwi.jpg",
         "Fiona Strachan with supporters at the Waikiwi rugby club on Saturday night.",
         "Photo: Courier / Ben Tait"),
        "## A closer race than expected",
        "The result was tighter than many in the city had predicted. In 2023 Mr McRae won the "
        "seat by 5,630 votes, and National organisers had privately hoped for a margin of at "
        "least 3,000 this time.",
        "Pomare, who works at South Port in Bluff, was philosophical. \"We took a majority of "
        "more than five thousand and cut it to around twelve hundred. That is not a result "
        "anyone in this room needs to apologise for,\" he told Labour supporters at the "
        "party's campaign rooms in Tay St on Saturday night.",
        "He said yesterday that he would think about standing again at next year's general "
        "election, but wanted a few weeks with his family first.",
        ("ad", "Murihiku Motors summer clearance - drive away today with nothing to pay "
         "until March.", "https://ads.southlandcourier.example/c/murihiku-summer"),
        "Green candidate Sunita Rao, a science teacher at a city secondary school, polled "
        "1,904 votes, which she called a solid foundation. New Zealand First's Barry Kinloch "
        "received 1,126.",
        "## Turnout down",
        "Only 47.6 per cent of the electorate's 54,700 enrolled voters cast a ballot, well "
        "down on the roughly 78 per cent who voted at the 2023 general election. Advance "
        "voting was popular: 9,870 people voted before Saturday, nearly 38 per cent of the "
        "total.",
        "Electoral Commission staff will spend the next week and a half counting special "
        "votes, cast by people who enrolled late or voted outside the electorate. The "
        "official result will be declared on Wednesday, December 10, and Strachan can be "
        "sworn in once the writ is returned.",
        "Southland Chamber of Commerce president Mereana Dixon said businesses wanted the "
        "new MP to push for certainty on the smelter's long-term future. \"Every family in "
        "this province knows someone who works out there or supplies it,\" she said.",
        "Strachan said her first meetings would be with clinical leaders at Southland "
        "Hospital and with workers at the smelter, and that she hoped to hold a public "
        "meeting in Bluff before Christmas.",
        "The by-election cost taxpayers about $1.1 million, according to the commission.",
    ],
    related=[
        ("Bluff oyster season: record early catch, prices steady",
         "https://www.southlandcourier.example/news/bluff-oyster-season-early-catch"),
        ("Letters: The by-election nobody asked for",
         "https://www.southlandcourier.example/opinion/letters-1-december"),
        ("Stadium Southland roof repairs finished early",
         "https://www.southlandcourier.example/news/stadium-southland-roof"),
    ],
)

_S2_D = _letter_page(
    site="The Tasman Review",
    url="https://tasmanreview.example/p/across-the-ditch-invercargill",
    headline="Across the ditch: what Invercargill does (and doesn't) say about 2026",
    dek="A seat held, a margin shrunk and a turnout under half. Handle with care.",
    byline="Posted by Callum Ryrie",
    shown=None,
    kicker="Trans-Tasman politics",
    body=[
        "Polls closed in Invercargill at 5pm AEDT on Saturday, which was 7pm local time, and "
        "by about 8.15pm Sydney time Labour's candidate had conceded. National held the seat.",
        "The preliminary count has National's Fiona Strachan on 45.7% of the valid vote and "
        "Labour's Tane Pomare on 41.0%, a gap of 1,227 votes. At the 2023 election the "
        "National incumbent, Douglas McRae, held Invercargill by 5,630, so the margin has "
        "fallen by more than three-quarters.",
        "A reminder for Australian readers: New Zealand electorates are decided by first past "
        "the post. There are no preferences to distribute, so the raw numbers are the whole "
        "story. The Greens' Sunita Rao took a little over 7% and NZ First's Barry Kinloch a "
        "little over 4%; neither was ever in the race.",
        "## The turnout problem",
        "Turnout was 47.6% of the roll. That is ordinary for a New Zealand by-election but a "
        "long way below the general-election norm, and it makes reading national trends from "
        "one southern seat a risky business. The people who turn out for a by-election on the "
        "last Saturday of November skew older and more committed than the electorate at large.",
        "Still, a swing of that size is not nothing. Labour needed to show that it could be "
        "competitive outside the big cities, and a result within about 1,200 votes in a seat "
        "it had largely given up on does that.",
        "Pomare, a port worker from Bluff, ran a campaign built almost entirely on the cost "
        "of living and on Southland Hospital's waiting lists, and he was helped by a steady "
        "stream of visiting Labour frontbenchers. National answered with ministers of its own "
        "and a promise that hospital funding decisions would not wait for the election. Both "
        "campaigns spent a lot of time on the Tiwai Point smelter without saying anything "
        "very new about it.",
        ("ad", "The Tasman Review is reader-funded. Become a supporter for $8 a month.",
         "https://tasmanreview.example/support"),
        "## What it doesn't change",
        "Parliament's arithmetic is untouched: National keeps its 49 seats and the coalition "
        "with ACT and NZ First still has 68 of 123. The next general election is due in late "
        "2026, and Strachan's pitch in her victory speech was essentially that she has less "
        "than a year to prove herself and intends to start straight away.",
        "For Australian comparison, think of the Dunkley by-election in 2024: the incumbent "
        "party held on, the margin moved against it, and both sides claimed a moral victory. "
        "The story that stuck was the one the government told about holding the seat.",
        "## Housekeeping",
        "Special votes - roughly 1,300 of them - will be counted over the next ten days, and "
        "the official result is due on 10 December. Nobody expects them to change the winner. "
        "The exercise cost about NZ$1.1 million, roughly A$1 million.",
        "We'll be back next week with the Queensland redistribution and a look at the Senate "
        "crossbench's summer reading.",
    ],
)


STORY_2 = _story("el-PA2", "election", "2025-12-03", [
    _page("https://www.southerncrosspress.example/nz/politics/2025/11/29/national-holds-invercargill-by-election",
          _S2_A),
    _page("https://news.apr.example/politics/live-invercargill-by-election-results", _S2_B),
    _page("https://www.southlandcourier.example/news/politics/strachan-savours-by-election-win",
          _S2_C),
    _page("https://tasmanreview.example/p/across-the-ditch-invercargill", _S2_D),
], [])


# ---------------------------------------------------------------------------
# Story 3: Bangladesh January 2026 export figures (CONTROL)
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    site="Asia Pacific Newswire",
    url="https://apnewswire.example/business/2026/02/02/bangladesh-exports-rise-in-january-on-garments",
    section="Business",
    headline="Bangladesh exports rise 7.4% in January on garment shipments",
    dek="Merchandise exports reach $4.62 billion; ready-made garments account for 84% of "
        "the total.",
    published="2026-02-02T12:45:00Z",
    shown="Feb 2, 2026 12:45 GMT",
    byline="Arif Hossain",
    nav=["Top news", "Asia", "Business", "Markets", "Energy", "Sport"],
    body=[
        "DHAKA, Feb 2 (APN) - Bangladesh's merchandise exports rose 7.4% in January from a "
        "year earlier to $4.62 billion, lifted by stronger shipments of knitwear, official "
        "data showed on Monday.",
        "Ready-made garments, which earn the bulk of the country's foreign exchange, brought "
        "in $3.88 billion during the month, up 8.1% and equal to 84% of all exports, the "
        "state-run Export Promotion Bureau (EPB) said.",
        "Knitwear exports climbed 8.8% to $2.11 billion, while woven garments gained 7.3% to "
        "$1.77 billion.",
        "For the first seven months of the 2025-26 fiscal year, which runs from July to June, "
        "exports totalled $28.71 billion, up 4.9% from $27.37 billion in the same period a "
        "year earlier.",
        "\"January is usually a strong month because winter and early-spring orders ship "
        "then, so we would not read too much into a single month,\" said Md Rafiqul Haque, "
        "vice-chairman of the EPB.",
        "Garment makers said volumes were recovering but complained of squeezed margins. "
        "Buyers \"want the same shirt for less money than last year,\" said Tanvir Ahmed "
        "Chowdhury, president of the Bangladesh Garment Manufacturers and Exporters "
        "Association.",
        ("ad", "Move money across Asia in minutes. Business accounts with no setup fee.",
         "https://ads.apnewswire.example/clk/asia-fx-business"),
        "Bangladesh is the world's second-largest exporter of clothing after China, and the "
        "industry employs about 4 million people, most of them women, in factories clustered "
        "around Dhaka and the port city of Chattogram.",
        "Non-garment sectors were mixed. Leather and leather goods fell 3.1% to $108.4 "
        "million and jute goods dropped 8.9% to $76.2 million, while agricultural products "
        "rose 12.4% to $98.5 million. Home textiles earned $82.6 million, up 5.5%.",
        "The bureau's monthly numbers are provisional and are later reconciled with customs "
        "records and central bank data, which sometimes leads to revisions of several "
        "percentage points in individual categories.",
        "The country is due to graduate from the United Nations' list of least developed "
        "countries on Nov. 24, 2026, a step that will eventually end the duty-free access "
        "its goods now enjoy in many markets. The European Union, its largest market, will "
        "keep those preferences in place for a further three years.",
        "Exporters also face a 20% tariff on shipments to the United States, the biggest "
        "single-country buyer of Bangladeshi garments.",
        "Farzana Mahbub, senior research fellow at the Dhaka Institute for Trade Studies, "
        "said the January figure was flattered by a weak base, because congestion at "
        "Chattogram port held up shipments at the start of last year.",
        "\"Take away the base effect and the underlying pace is closer to four or five per "
        "cent,\" she said. \"That is respectable, but it is not a boom.\"",
        "The central bank's foreign exchange reserves, which export earnings and remittances "
        "have helped rebuild over the past year, are next due to be reported on Thursday.",
    ],
    related=[
        ("Sri Lanka tea auction prices ease on weaker Middle East demand",
         "https://apnewswire.example/business/2026/02/02/sri-lanka-tea-auction"),
        ("Indian rupee steadies as importers slow dollar buying",
         "https://apnewswire.example/markets/2026/02/02/rupee-midday"),
        ("Vietnam's January trade surplus widens",
         "https://apnewswire.example/business/2026/02/01/vietnam-trade-january"),
    ],
)

_S3_B = _paper_page(
    site="The Dhaka Chronicle",
    url="https://www.dhakachronicle.example/business/news/export-earnings-up-741pc-in-january-3920115",
    section="Business",
    headline="Export earnings up 7.41pc in January, still short of target",
    dek="RMG fetches $3.88b; July-January receipts reach $28.71b",
    published="2026-02-03T06:00:00+06:00",
    shown="Tuesday, February 3, 2026",
    byline="Staff Correspondent",
    tagline="Dhaka, Tuesday, February 3, 2026",
    nav=["Home", "Bangladesh", "Business", "Stock", "World", "Opinion", "Sports"],
    body=[
        "Bangladesh's export earnings grew 7.41 percent year-on-year to $4.62 billion in "
        "January, riding on higher shipments of knitwear and woven garments, according to "
        "Export Promotion Bureau (EPB) data released yesterday.",
        "At the current exchange rate of Tk 122 per dollar, the January receipts are "
        "equivalent to about Tk 56,364 crore.",
        "The figure was, however, 2.77 percent lower than the month's target of $4.75 "
        "billion set by the government, EPB data showed. In January last year, exports stood "
        "at $4.30 billion.",
        "The apparel sector earned $3,879.40 million in January, up 8.10 percent from "
        "$3,588.70 million in the same month of 2025. Of the amount, knitwear exports fetched "
        "$2,108.70 million and woven garments $1,770.70 million.",
        "Garment shipments made up 84 percent of the country's total exports last month.",
        "## Seven-month picture",
        "In the July-January period of fiscal 2025-26, overall exports stood at $28.71 "
        "billion, 4.9 percent higher than $27.37 billion in the corresponding period of the "
        "previous fiscal year. Apparel exports during the seven months amounted to $23.95 "
        "billion, up 4.6 percent.",
        ("ad", "Open a foreign currency account for your export business in one visit. "
         "Conditions apply.", "https://ads.dhakachronicle.example/banner/fc-account"),
        "Tanvir Ahmed Chowdhury, president of the Bangladesh Garment Manufacturers and "
        "Exporters Association (BGMEA), said work orders were returning after a slow autumn. "
        "\"Orders are coming back, but prices are not,\" he told The Dhaka Chronicle "
        "yesterday. Buyers, he said, wanted the same shirt for less money than a year ago, "
        "\"and our gas bills have gone the other way\".",
        "He urged the government to ensure uninterrupted gas supply to factories in Gazipur, "
        "Narayanganj and Savar, where many units have been running below capacity because of "
        "low line pressure.",
        "Knitwear exporters said the strongest demand was for winter wear and basic "
        "T-shirts, while woven shipments were supported by denim orders from European "
        "buyers. Shipments to the United States, which has applied a 20 percent tariff on "
        "Bangladeshi goods since August last year, also held up better than expected.",
        "EPB Vice-Chairman Md Rafiqul Haque said winter and early-spring orders usually ship "
        "in January, making it a seasonally strong month, and cautioned against drawing "
        "conclusions from a single month's data.",
        "## Mixed showing for others",
        "Among non-apparel items, home textiles earned $82.6 million, up 5.5 percent, and "
        "agricultural products $98.5 million, up 12.4 percent. Leather and leather goods "
        "fetched $108.4 million, down 3.1 percent, while jute and jute goods fell 8.9 "
        "percent to $76.2 million. Frozen and live fish brought in $41.3 million.",
        ("fig", "https://images.dhakachronicle.example/2026/02/03/knitwear-factory-gazipur.jpg",
         "Workers at a knitwear factory in Gazipur. Knit products earned $2.11 billion in "
         "January.", "Photo: Chronicle/ Sazzad Hossain"),
        "Exporters are preparing for the country's graduation from the least developed "
        "country (LDC) category on November 24 this year. Commerce ministry officials said "
        "talks on trade arrangements with Japan and several other partners would resume later "
        "this month.",
        "The government has set an export goal of $55 billion for the current fiscal year, "
        "which ends in June. Exporters will need average monthly shipments of nearly $5.3 "
        "billion over the remaining five months to reach it.",
    ],
    related=[
        ("Remittance inflow hits $2.9b in January",
         "https://www.dhakachronicle.example/business/news/remittance-january-3919870"),
        ("Gas crisis: Savar factories switch to diesel generators",
         "https://www.dhakachronicle.example/business/news/gas-crisis-savar-3918554"),
        ("Editorial: Prepare for LDC graduation now",
         "https://www.dhakachronicle.example/opinion/editorial/prepare-ldc-graduation-3917002"),
    ],
)

_S3_C = _portal_page(
    site="Apparel Sourcing Weekly",
    url="https://www.apparelsourcingweekly.example/markets/south-asia/bangladesh-january-apparel-exports-up-8-1",
    section="Markets",
    headline="Bangladesh January apparel exports up 8.1% as US orders firm",
    dek="Knitwear leads the gains, but manufacturers say unit prices are still falling.",
    published="2026-02-03",
    shown="3 February 2026",
    byline="By Helen Marchetti, Asia sourcing editor",
    nav=["News", "Markets", "Sourcing", "Sustainability", "Supply chain", "Data", "Events"],
    body=[
        "Bangladesh shipped US$3.88bn of ready-made garments in January, 8.1% more than a "
        "year earlier, according to figures published by the Export Promotion Bureau on 2 "
        "February. Apparel accounted for roughly 84% of the country's $4.62bn total goods "
        "exports for the month.",
        "Knitwear, which has outpaced woven products for most of the past two years, rose 8.8% "
        "to $2.11bn, while woven garments increased 7.3% to $1.77bn.",
        "## US demand firm, EU steady",
        "Destination data from the EPB show total shipments to the United States rising 11.2% "
        "to $812m in January, despite the 20% reciprocal tariff Washington has applied to "
        "Bangladeshi goods since last August. Exports to the European Union, still the "
        "largest market when counted as a bloc, rose 6.3% to $2.05bn.",
        "Sourcing executives in Dhaka say several US brands have moved basic knit programmes "
        "to Bangladesh from suppliers facing steeper US duties, a shift that shows up in "
        "volumes far more than in prices.",
        "Denim, long a strength of the woven sector, continued to gain share in European "
        "imports last year, and mills in Narayanganj say their order books for the "
        "spring-summer season are the fullest since 2022.",
        "## Prices remain the sore point",
        "\"Orders are coming back, but prices are not. Buyers want the same shirt for less "
        "money than last year, and our gas bills have gone the other way,\" said BGMEA "
        "president Tanvir Ahmed Chowdhury.",
        "Abdus Salam Mollah, executive president of the Bangladesh Knitwear Manufacturers and "
        "Exporters Association (BKMEA), said average prices for basic cotton T-shirts were "
        "running several cents below last season's, even as cotton costs held steady. "
        "\"We are shipping more pieces to earn the same dollar,\" he said.",
        ("ad", "SOURCING ASIA EXPO - Dhaka, 12-14 May. Meet 600 verified suppliers. "
         "Register free.", "https://events.apparelsourcingweekly.example/sae-dhaka"),
        "For July-January, the first seven months of Bangladesh's fiscal year, apparel "
        "exports totalled $23.95bn, up 4.6%, while all goods exports reached $28.71bn, up "
        "4.9%. Garments' share of the total over that period was a little over 83%.",
        "## What buyers should watch",
        "Energy remains the most immediate constraint. Factory owners in the Gazipur and "
        "Narayanganj clusters report low gas pressure during the day, forcing some dyeing "
        "and finishing units onto costlier diesel generators.",
        "Wages are the second. The minimum monthly wage for garment workers was set at "
        "Tk 12,500 (about $102 at today's exchange rate) in December 2023, and unions are "
        "pressing for a fresh review before the end of this year.",
        "The third is trade status. Bangladesh leaves the least developed country category "
        "on 24 November 2026. The EU's Everything But Arms scheme will continue to apply for "
        "a three-year transition, and the UK has said Bangladesh will move to its enhanced "
        "preferences tier, but rules of origin will tighten for some woven products.",
        "Bangladesh has more LEED-certified green garment factories than any other country, a "
        "selling point the BGMEA is expected to push at trade shows in Europe this spring.",
    ],
    related=[
        ("Vietnam's textile exports start 2026 strongly",
         "https://www.apparelsourcingweekly.example/markets/vietnam-textile-january-2026"),
        ("Cotton prices: spinners in Pakistan hold back purchases",
         "https://www.apparelsourcingweekly.example/materials/pakistan-spinners-cotton"),
        ("Interview: why one US retailer doubled its Dhaka sourcing",
         "https://www.apparelsourcingweekly.example/sourcing/interview-us-retailer-dhaka"),
    ],
)

_S3_D = _letter_page(
    site="South Asia Trade Notes",
    url="https://southasiatradenotes.example/bangladesh-a-good-january-read-carefully",
    headline="Bangladesh: a good January, read carefully",
    dek="Exports rose 7.4%, but a weak base a year ago is doing a lot of the work.",
    byline="Nadia Karim",
    shown="Wednesday, 4 February 2026",
    kicker="Weekly notes on trade in South Asia",
    body=[
        "Monday's release from Bangladesh's Export Promotion Bureau looked cheerful at first "
        "glance: goods exports of about $4.6bn in January, up 7.4% on a year earlier, with "
        "garments providing nearly 84% of the total.",
        "Two things are worth keeping in mind before anyone declares a recovery.",
        "## One: the base",
        "January 2025 was a poor month. Congestion at Chattogram port held back shipments "
        "for several weeks, which made the comparison easy. Farzana Mahbub of the Dhaka "
        "Institute for Trade Studies, who has been making this point for a while, reckons the "
        "underlying growth rate is more like four or five per cent once you strip out that "
        "effect.",
        "The cumulative numbers support her. Exports for July-January, the first seven "
        "months of the fiscal year, came to $28.7bn, up 4.9%. In taka, at roughly Tk 122 to "
        "the dollar, that is about Tk 3.5 lakh crore.",
        "And December, the month before, was hardly spectacular: $4.98bn, up 2.1% on December "
        "2024. Put the two months together and the trend is a gentle climb, not a turn.",
        "None of this is a criticism of the bureau, which publishes provisional numbers "
        "within days of the month's end and revises them later against customs and central "
        "bank records. It is simply a reminder that a monthly growth rate depends as much on "
        "what happened twelve months ago as on what happened last month.",
        "Even the EPB's own vice-chairman, Md Rafiqul Haque, warned against reading too much "
        "into a single month, pointing out that January is seasonally strong because winter "
        "orders ship then.",
        ("ad", "Sponsor this newsletter: reach 11,000 trade professionals across South Asia.",
         "https://southasiatradenotes.example/sponsor"),
        "## Two: prices",
        "The garment exporters' association, the BGMEA, keeps saying the same thing in "
        "slightly different words: volumes are recovering, unit prices are not. Its president, "
        "Tanvir Ahmed Chowdhury, put it memorably this week when he said buyers wanted the "
        "same shirt for less money than last year while factories' gas bills kept climbing.",
        "If that is right, export values will keep understating how hard the factories are "
        "working, and margins, not orders, become the number to watch.",
        "## The bigger calendar",
        "Graduation from least developed country status is now less than ten months away, "
        "on 24 November. The EU has promised a three-year transition for its Everything But "
        "Arms preferences, which is generous, but Dhaka has still not concluded a single new "
        "trade agreement to replace what will eventually be lost.",
        "For comparison, Pakistan's textile and clothing exports, reported the same day, "
        "rose 3.2% to about $1.6bn in January. Sri Lanka's January numbers are due next "
        "week.",
        "## Bottom line",
        "A decent month, a middling year. The government's $55bn goal for the fiscal year "
        "now requires roughly $5.3bn a month from February to June, a pace Bangladesh has "
        "never sustained. Expect the target to be quietly revised in the spring budget talks.",
    ],
)


STORY_3 = _story("tr-PA3", "trade", "2026-02-06", [
    _page("https://apnewswire.example/business/2026/02/02/bangladesh-exports-rise-in-january-on-garments",
          _S3_A),
    _page("https://www.dhakachronicle.example/business/news/export-earnings-up-741pc-in-january-3920115",
          _S3_B),
    _page("https://www.apparelsourcingweekly.example/markets/south-asia/bangladesh-january-apparel-exports-up-8-1",
          _S3_C),
    _page("https://southasiatradenotes.example/bangladesh-a-good-january-read-carefully", _S3_D),
], [])


# ---------------------------------------------------------------------------
# Story 4: High Court of Australia, Coral Sea fishing closure (PLANTED)
#   vote split 5-2 (A, C) vs 4-3 (D); quote given to Varga (A) vs Natarajan (C);
#   regulations in force from 1 July 2024 (A, B, D) vs 1 July 2023 (C)
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    site="Austral Newswire",
    url="https://www.australnewswire.example/national/courts/2026/08/12/high-court-rejects-bluewater-coral-sea-claim",
    section="Courts",
    headline="High Court rejects Cairns fishing firm's $212 million compensation claim",
    dek="The court rules 5-2 that closing Coral Sea waters to line fishing did not acquire "
        "the company's property.",
    published="2026-08-12T00:20:00Z",
    shown="12 August 2026, 10:20am AEST",
    byline="Tom Heseltine",
    nav=["National", "Politics", "Courts", "World", "Business", "Environment", "Sport"],
    body=[
        "CANBERRA, Aug 12 (AAN) - The High Court on Wednesday dismissed a Cairns fishing "
        "company's claim that the Commonwealth owed it $212 million for closing a large "
        "stretch of the Coral Sea to commercial line fishing, ruling 5-2 that the closure "
        "did not amount to an acquisition of property.",
        "Bluewater Reef Fisheries Pty Ltd had argued that regulations which took effect on "
        "1 July 2024 and shut about 11,200 square kilometres of the Coral Sea Marine Park to "
        "its boats had stripped its fishing licences of their value, entitling it to "
        "compensation on just terms under section 51(xxxi) of the Constitution.",
        "Chief Justice Ruth Castellan and Justices Anil Kumar and Fiona Whitlock, in joint "
        "reasons, said the licences had always been open to change under the legislation "
        "that created them. \"The holders acquired no property which the Commonwealth then "
        "took,\" they wrote.",
        "Justices Declan O'Rourke and Mei Tan agreed in separate judgments. Justices Hugh "
        "Beaumont and Grace Ferris dissented. The company was ordered to pay the "
        "Commonwealth's legal costs.",
        "Outside the court, Bluewater's managing director, Colin Varga, said the decision "
        "would be hard news for the company's crews in Cairns. \"We have lost in court, but "
        "the crews who built this business have lost far more, and nobody in Canberra has "
        "yet explained that to them,\" Mr Varga said.",
        "Mr Varga, 58, whose father founded the business in 1987, did not say whether jobs "
        "would go, but said the company had already cut back its trips since the closure.",
        ("ad", "Compare super funds in two minutes. Past performance is not a reliable "
         "indicator of future performance.", "https://ads.australnewswire.example/c/super-compare"),
        "Attorney-General Sam Whitford welcomed the ruling. \"The court has confirmed that "
        "protecting the Coral Sea is a legitimate exercise of Commonwealth power and not a "
        "taking of anyone's property,\" he said in a statement.",
        "Bluewater operates nine vessels and employs about 140 people. It received about "
        "$1.9 million from a $15.5 million structural adjustment package that the government "
        "shared among 23 licence holders affected by the closure, an amount it described as "
        "a fraction of its losses.",
        "The case was argued over two days in March. Environmental groups had followed it "
        "closely, fearing that a win for the company would make future marine protections "
        "far more expensive for governments.",
        "Dr Imogen Hale, a spokeswoman for the Coral Sea Conservation Council, said the "
        "decision had lifted \"a cloud\" that had hung over marine planning around the "
        "country since the claim was filed.",
        "The Coral Sea Marine Park covers almost a million square kilometres east of the "
        "Great Barrier Reef Marine Park, most of it open to some form of fishing. The 2024 "
        "changes moved the closed section closer to the outer reef, where line fishers "
        "target coral trout and red emperor.",
        "A Senate committee examining support for fishing communities affected by marine "
        "park changes is due to hold a public hearing in Cairns on September 2.",
    ],
    related=[
        ("Queensland prawn trawlers face new bycatch rules",
         "https://www.australnewswire.example/environment/2026/08/10/prawn-bycatch-rules"),
        ("Federal Court hears challenge to offshore wind zone",
         "https://www.australnewswire.example/national/courts/2026/08/11/offshore-wind-challenge"),
        ("Cyclone season outlook: fewer storms, stronger peaks",
         "https://www.australnewswire.example/national/2026/08/11/cyclone-outlook"),
    ],
)

_S4_B = _paper_page(
    site="The Capital Record",
    url="https://www.capitalrecord.example/national/law/licences-always-liable-to-be-varied-high-court-splits-on-coral-sea-claim-20260812",
    section="Law",
    headline="'Always liable to be varied': High Court splits on Coral Sea fishing claim",
    dek="Two judges dissent in a ruling that will shape compensation claims over marine "
        "parks",
    published="2026-08-12T19:00:00+10:00",
    shown="August 12, 2026 - 7.00pm",
    byline="Eleanor Vass, Legal Affairs Correspondent",
    tagline="Canberra's independent voice",
    nav=["Canberra", "Politics", "National", "Law", "Business", "Culture", "Opinion"],
    body=[
        "The High Court has turned away the most ambitious attempt yet to make the "
        "Commonwealth pay for closing fishing grounds, with five of its seven judges finding "
        "that a Cairns operator's licences were never the kind of property the Constitution "
        "protects from acquisition without just terms.",
        "Judgment in Bluewater Reef Fisheries Pty Ltd v Commonwealth was handed down in "
        "Canberra at 9.30am on Wednesday, five months after the case was argued over two "
        "days in March.",
        "At issue were regulations that took effect on 1 July 2024 and closed about 11,200 "
        "square kilometres of the Coral Sea Marine Park to commercial line fishing. "
        "Bluewater, which holds several of the affected licences, sought $212 million.",
        "## The majority",
        "In joint reasons, Chief Justice Ruth Castellan and Justices Anil Kumar and Fiona "
        "Whitlock held that the licences were creatures of statute from the start. \"The "
        "licences were always liable to be varied or cancelled under the statute that "
        "created them. The holders acquired no property which the Commonwealth then took,\" "
        "they wrote.",
        "Justice Declan O'Rourke, concurring, went further, suggesting that even a valuable "
        "statutory licence could be cut back to nothing by later regulation without "
        "engaging the just-terms guarantee, so long as that possibility was built into the "
        "scheme. Justice Mei Tan agreed with the orders but pointedly declined to endorse "
        "that reasoning.",
        ("ad", "Canberra Winter Lights Festival - late openings every Friday in August.",
         "https://ads.capitalrecord.example/c/winter-lights"),
        "## The dissents",
        "Justice Hugh Beaumont wrote the sharper of the two dissents. \"What remained to the "
        "licence holders after the closure was a right to fish in water that held few fish "
        "worth catching, which is to say a right in name only,\" he said.",
        "Justice Grace Ferris, dissenting separately, accepted that licences could be varied "
        "but said the closure had handed the Commonwealth an identifiable benefit by turning "
        "a commercial fishery into a protected area under its control, which she said set "
        "the case apart from earlier authority.",
        "That earlier authority loomed large. In 2009 the court, by a 6-1 majority, rejected "
        "a claim by New South Wales farmers whose bore water licences had been cut back, and "
        "the majority here leaned heavily on it.",
        "The Solicitor-General, Stephen Ayodele SC, had warned in March that accepting "
        "Bluewater's case would expose every licensing scheme in the country, from taxi "
        "plates to water allocations, to compensation claims whenever the rules changed.",
        "Attorney-General Sam Whitford said the decision confirmed that protecting the Coral "
        "Sea was \"a legitimate exercise of Commonwealth power\".",
        "Industry groups were less pleased. Bronwyn Tait, who chairs the Coral Coast Fishers' "
        "Alliance, said licence holders had now learned \"that what they thought they owned "
        "can be redrawn on a map in Canberra\".",
        "The company must pay the Commonwealth's costs. It has already received about $1.9 "
        "million of a $15.5 million adjustment package shared among 23 licence holders.",
        "Constitutional lawyers said the split would keep the question alive. A narrower "
        "closure, or one that handed fishing rights to someone else, might yet produce a "
        "different answer, and the reasoning of the two dissenting judges offers a template "
        "for the next claimant.",
    ],
    related=[
        ("Analysis: What the Bluewater decision means for water licences",
         "https://www.capitalrecord.example/national/law/analysis-bluewater-water-licences-20260812"),
        ("Light rail stage 3 tender delayed again",
         "https://www.capitalrecord.example/canberra/light-rail-stage-3-delay-20260811"),
        ("Senate passes amended privacy bill",
         "https://www.capitalrecord.example/politics/senate-privacy-bill-20260811"),
    ],
)

_S4_C = _letter_page(
    site="Cairns Coast Bulletin",
    url="https://cairnscoastbulletin.example/news/nobody-has-explained-it-bluewater-loses-high-court-fight",
    headline="'Nobody has explained it to them': Bluewater loses High Court fight",
    dek="Cairns fishing company must also pay the Commonwealth's legal costs",
    byline="By Shannon Kiely",
    shown="Thursday 13 August 2026",
    kicker="Local news",
    body=[
        "Crews at one of Cairns' oldest fishing businesses were digesting bad news yesterday "
        "after the High Court threw out their employer's bid for compensation over the "
        "closure of Coral Sea fishing grounds.",
        "Bluewater Reef Fisheries lost its case by five votes to two in a judgment handed down "
        "in Canberra on Wednesday morning. The company had claimed $212 million from the "
        "Commonwealth, arguing that rules introduced on 1 July 2023 to close part of the "
        "Coral Sea Marine Park to line fishing had in effect taken its licences without fair "
        "payment.",
        "The company's lawyer, Priya Natarajan of Brisbane firm Harcourt Lane, said the ruling "
        "would be felt most on the wharf. \"We have lost in court, but the crews who built "
        "this business have lost far more, and nobody in Canberra has yet explained that to "
        "them,\" Ms Natarajan said.",
        "She said the company would study the judgment before deciding its next steps, but "
        "confirmed there was no further avenue of appeal. The company has also been ordered "
        "to pay the Commonwealth's legal costs.",
        "Bluewater employs 138 workers across its nine boats, its Portsmith processing shed "
        "and its office, making it one of the larger private employers on the Cairns "
        "waterfront.",
        ("fig", "https://cairnscoastbulletin.example/media/2026/08/bluewater-fleet-marlin-wharf.jpg",
         "Bluewater boats tied up at the Marlin Wharf on Wednesday afternoon.",
         "Picture: Dave Ruggiero"),
        ("ad", "Tropical Tyres & Batteries - Portsmith. Fleet and marine accounts welcome.",
         "https://cairnscoastbulletin.example/adclick/tropical-tyres"),
        "## 'Redrawn on a map'",
        "Coral Coast Fishers' Alliance chair Bronwyn Tait, who runs a single boat out of Port "
        "Douglas, said the decision would worry every licence holder in the north. \"Today's "
        "decision tells every licence holder on this coast that what they thought they owned "
        "can be redrawn on a map in Canberra,\" she said.",
        "Ms Tait said 23 licence holders had shared a $15.5 million adjustment package when "
        "the closure was introduced, and Bluewater's share, about $1.9 million, had not "
        "covered the cost of refitting two boats to fish elsewhere.",
        "Deckhand Jarrah Simmons, 27, who has worked on Bluewater boats for six years, said "
        "most crew had assumed the company would win. \"Everyone was talking about what we'd "
        "do with a bit of back pay. Now it's more like who's still going to have a job at "
        "Christmas,\" he said.",
        "The company has not announced any job losses. A Senate committee looking at the "
        "effect of marine park changes on fishing towns will sit in Cairns on September 2, "
        "and Ms Tait said the alliance would ask to appear.",
        "The closed area covers about 11,200 square kilometres, mostly east of the outer "
        "reef. Conservation groups say it protects spawning grounds for coral trout and red "
        "emperor, two of the most valuable catches landed in Cairns.",
        "Seafood retailers on the Esplanade said they did not expect prices to move much "
        "because of the decision, since the grounds have already been closed for some time "
        "and most local fish now comes from reefs further north.",
    ],
)

_S4_D = _portal_page(
    site="Seafood Trade Intelligence",
    url="https://www.seafoodtradeintel.example/news/oceania/australia-high-court-coral-sea-closure-bluewater",
    section="Oceania",
    headline="Australia's High Court sides with government in Coral Sea closure case",
    dek="Bluewater Reef Fisheries loses bid for A$212m (US$140m) after marine park closure",
    published="2026-08-12",
    shown="12 August 2026 | 08:05 GMT",
    byline="By Lars Eikeland",
    nav=["News", "Markets", "Aquaculture", "Wild catch", "Processing", "Prices", "Events"],
    body=[
        "Australia's High Court has ruled against Bluewater Reef Fisheries, a Cairns-based "
        "line-fishing company that sought A$212m (about US$140m) in compensation after the "
        "federal government closed part of the Coral Sea to commercial fishing.",
        "The judgment was delivered at 23:30 GMT on Tuesday, which was 9.30am on Wednesday in "
        "Canberra. The court's seven judges split 4-3 against the company, which was also "
        "ordered to pay the government's legal costs.",
        "The closure, in force since 1 July 2024, covers roughly 11,200 sq km (about 4,300 "
        "square miles) of the Coral Sea Marine Park, much of it fished for coral trout, red "
        "emperor and other reef species bound for live and chilled export markets in Hong "
        "Kong and mainland China.",
        "## Market impact",
        "Bluewater, which reported revenue of about A$38m in the 2023-24 financial year, "
        "runs nine vessels. Exporters in Cairns say supply of live coral trout from the Coral "
        "Sea has fallen since the closure, though fish from other Queensland grounds has "
        "partly filled the gap.",
        "The company's boats land much of their catch alive in on-board tanks for air "
        "freight through Cairns, a premium trade that depends on short trips to nearby "
        "grounds. Fishing further afield raises fuel costs and fish mortality, Bluewater "
        "told the court.",
        "Wholesale prices for live coral trout in Hong Kong have risen about 12% over the "
        "past year, traders told STI, though they put only part of that down to the Coral Sea "
        "closure. Weak demand on the mainland has held prices back.",
        "Managing director Colin Varga said the company would keep fishing in the waters "
        "still open to it. \"We'll be sitting down with our skippers this week to work out "
        "what the season looks like,\" he said.",
        ("ad", "SEAFOOD PROCESSING ASIA 2026 - Bangkok, 3-5 November. Book your stand now.",
         "https://www.seafoodtradeintel.example/events/spa-2026"),
        "## Legal background",
        "The company argued that the closure amounted to an acquisition of property other "
        "than on just terms, which Australia's Constitution forbids. The majority found that "
        "its licences had always been subject to change under the law that created them. "
        "Justice Hugh Beaumont, in dissent, described what was left to licence holders as "
        "\"a right in name only\".",
        "The federal government paid A$15.5m (about US$10.2m) in adjustment assistance to 23 "
        "affected licence holders when the closure was introduced.",
        "Dr Imogen Hale of the Coral Sea Conservation Council said the ruling would give "
        "governments \"confidence to protect what needs protecting\" without fearing large "
        "compensation bills.",
        "Fishing industry bodies in New Zealand, where marine protection proposals have also "
        "drawn compensation demands, said they would study the judgment closely. An "
        "Australian Senate committee will take evidence from affected fishers at a hearing "
        "in Cairns on 2 September.",
        "For exporters, the practical effect is that the closed area will stay closed. "
        "Traders expect Coral Sea supply to remain below pre-2024 levels for the foreseeable "
        "future.",
    ],
    related=[
        ("Vietnam pangasius prices firm ahead of Q4",
         "https://www.seafoodtradeintel.example/news/asia/vietnam-pangasius-q4"),
        ("Hong Kong live seafood imports: July data",
         "https://www.seafoodtradeintel.example/data/hong-kong-live-seafood-july"),
        ("Tasmanian salmon farmers report lower mortality",
         "https://www.seafoodtradeintel.example/news/oceania/tasmania-salmon-mortality"),
    ],
)


STORY_4 = _story("ct-PA4", "court", "2026-08-15", [
    _page("https://www.australnewswire.example/national/courts/2026/08/12/high-court-rejects-bluewater-coral-sea-claim",
          _S4_A),
    _page("https://www.capitalrecord.example/national/law/licences-always-liable-to-be-varied-high-court-splits-on-coral-sea-claim-20260812",
          _S4_B),
    _page("https://cairnscoastbulletin.example/news/nobody-has-explained-it-bluewater-loses-high-court-fight",
          _S4_C),
    _page("https://www.seafoodtradeintel.example/news/oceania/australia-high-court-coral-sea-closure-bluewater",
          _S4_D),
], [
    ("vote split",
     r"(?<![\d.–-])(?:5|five)(?:[-–]| to | votes to )(?:2|two)(?![\d–-])",
     r"(?<![\d.–-])(?:4|four)(?:[-–]| to | votes to )(?:3|three)(?![\d–-])"),
    ("who said the 'crews have lost far more' quote", r"varga", r"natarajan"),
    ("date the closure regulations took effect",
     r"(?<!\d)1 july,? 2024|july 1,? 2024|2024-07-01",
     r"(?<!\d)1 july,? 2023|july 1,? 2023|2023-07-01"),
])


# ---------------------------------------------------------------------------
# Story 5: ISRO PSLV-C67 launches EOS-15 (PLANTED)
#   liftoff 9:47 a.m. IST (A, B, C) vs 9:17 a.m. IST (D);
#   chairman's quote "within a few hundred metres" (A, B) vs "within a few kilometers" (C)
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    site="Subcontinent News Agency",
    url="https://www.sna-news.example/science/isro-pslv-c67-launches-eos-15-eight-co-passenger-satellites-20261015",
    section="Science",
    headline="ISRO's PSLV places EOS-15 ocean satellite, eight others in orbit",
    dek="PSLV-C67 lifts off from Sriharikota; ISRO chairman says all satellites reached "
        "their intended orbits.",
    published="2026-10-15T05:10:00Z",
    shown="Oct 15, 2026 10:40 IST",
    byline="SNA Correspondent",
    nav=["India", "World", "Business", "Science", "States", "Sports", "Videos"],
    body=[
        "SRIHARIKOTA (Andhra Pradesh), Oct 15 (SNA): The Indian Space Research Organisation "
        "(ISRO) on Thursday launched its EOS-15 ocean-observation satellite along with eight "
        "co-passenger satellites aboard the Polar Satellite Launch Vehicle, PSLV-C67, from "
        "the spaceport here.",
        "The 44.4-metre rocket lifted off from the First Launch Pad of the Satish Dhawan "
        "Space Centre at 9:47 a.m. at the end of a countdown lasting 25 and a half hours, "
        "and placed the 1,485 kg EOS-15 in a sun-synchronous orbit at an altitude of 529 km "
        "about 17 minutes later.",
        "The countdown had begun at 8:17 a.m. on Wednesday, after the Launch Authorisation "
        "Board cleared the mission on Tuesday evening following a readiness review. Weather "
        "at the spaceport was clear.",
        "\"PSLV has placed EOS-15 in a precise orbit, within a few hundred metres of what we "
        "targeted, and every co-passenger is where its owner wanted it,\" ISRO Chairman K. "
        "Anandan said from the Mission Control Centre.",
        "The co-passengers, six Indian and two foreign, were released after the rocket's "
        "fourth stage was fired twice more to lower its orbit. The last of them was deployed "
        "at around 11:37 a.m., nearly two hours after liftoff, officials said.",
        "Among them were a 92 kg radar demonstration satellite from a Singapore company and a "
        "small cubesat built by students in Mauritius. The Indian payloads comprise four "
        "satellites from private start-ups and two from universities in Tamil Nadu and "
        "Karnataka, all flown under commercial arrangements handled by NewSpace India Limited "
        "(NSIL).",
        "The mission was the first PSLV flight with an Earth observation satellite since May "
        "2025, when a problem in the vehicle's third stage led to the loss of EOS-09.",
        "\"The third stage, which was the focus of so much work after last year, performed "
        "exactly to the numbers,\" Mission Director R. Lalitha said.",
        ("ad", "Study engineering in Bengaluru - admissions open for 2027. Scholarships "
         "available.", "https://ads.sna-news.example/click/eng-admissions"),
        "EOS-15 carries an ocean colour monitor, a sea surface temperature sensor and a "
        "scatterometer to measure winds over the ocean. Its data will be used for "
        "fisheries advisories, cyclone forecasting and coastal studies, ISRO said. The "
        "satellite is designed to operate for five years.",
        "Satellite Director Sheetal Menon of the U R Rao Satellite Centre in Bengaluru said "
        "the solar panels had deployed and the Master Control Facility at Hassan had taken "
        "charge of the spacecraft. The first images are expected within a week.",
        "The spent fourth stage will stay in orbit as a platform for four experiments from "
        "Indian start-ups and research institutions for about three months.",
        "Officials said EOS-15 was built at a cost of about Rs 465 crore.",
        "ISRO is next preparing a GSLV launch, tentatively scheduled for December.",
    ],
    related=[
        ("Gaganyaan: crew module parachute test completed",
         "https://www.sna-news.example/science/gaganyaan-parachute-test-20261012"),
        ("Northeast monsoon likely to set in over Tamil Nadu next week",
         "https://www.sna-news.example/india/northeast-monsoon-onset-20261014"),
        ("Sensex ends higher led by IT stocks",
         "https://www.sna-news.example/business/sensex-close-20261015"),
    ],
)

_S5_B = _paper_page(
    site="The Chennai Observer",
    url="https://www.chennaiobserver.example/news/science/pslv-returns-to-form-with-flawless-eos-15-launch/article69218844.ece",
    section="Science",
    headline="PSLV returns to form with flawless EOS-15 launch",
    dek="Nine satellites placed in orbit; mission director says third stage performed "
        "to the numbers",
    published="2026-10-16T05:30:00+05:30",
    shown="October 16, 2026 05:30 am IST",
    byline="R. Sundararajan",
    tagline="Chennai edition",
    nav=["News", "Chennai", "Tamil Nadu", "India", "Business", "Science", "Sport"],
    body=[
        "Thousands of spectators who had packed the Launch View Gallery at Sriharikota broke "
        "into cheers on Thursday morning as the PSLV-C67 rose from the First Launch Pad at "
        "9.47 a.m., leaving a column of white smoke drifting over Pulicat lake.",
        "Just over 17 minutes later, the rocket released EOS-15, India's newest "
        "ocean-observation satellite, into a 529-km sun-synchronous orbit. Over the next hour "
        "and a half the fourth stage, known as PS4, was restarted twice to drop off eight "
        "smaller satellites, bringing the total placed in orbit to nine.",
        "For ISRO, the success mattered beyond the payload. The last time a PSLV carried an "
        "Earth observation satellite, on May 18, 2025, a fall in chamber pressure in the "
        "third stage ended the mission and the EOS-09 satellite was lost.",
        "Mission Director R. Lalitha said the stage had been through an exhaustive review "
        "since then. \"The third stage, which was the focus of so much work after last year, "
        "performed exactly to the numbers,\" she told reporters.",
        "ISRO Chairman K. Anandan said the orbit was \"within a few hundred metres of what we "
        "targeted\". \"Every co-passenger is where its owner wanted it,\" he added, thanking "
        "the teams at Sriharikota and at the U R Rao Satellite Centre in Bengaluru, where the "
        "satellite was built.",
        ("fig", "https://static.chennaiobserver.example/images/2026/10/16/pslv-c67-liftoff.jpg",
         "PSLV-C67 lifts off from the First Launch Pad at Sriharikota on Thursday.",
         "Photo: Special Arrangement"),
        "## Boost for fishermen",
        "Scientists at the Indian National Centre for Ocean Information Services (INCOIS) in "
        "Hyderabad, which will use the data, said EOS-15's ocean colour observations would "
        "sharpen the potential fishing zone advisories sent daily to fishermen along the "
        "Tamil Nadu and Andhra Pradesh coasts.",
        "\"A fisherman in Nagapattinam should not have to burn diesel looking for fish that a "
        "satellite can find for him,\" said Dr. Kavitha Ramaswamy, a senior scientist at "
        "INCOIS.",
        ("ad", "Deepavali offers on smart TVs - up to 40% off at Anna Salai showroom.",
         "https://ads.chennaiobserver.example/deepavali-tv"),
        "The satellite, which weighed 1,485 kg at liftoff, will operate for five years. It "
        "cost about Rs 465 crore to build, officials said.",
        "Among the co-passengers was a satellite built by students of a Chennai engineering "
        "college, whose team watched the launch from the gallery. \"We have been waiting for "
        "this for three years, and it was over in a few minutes,\" said Aishwarya Pandian, a "
        "final-year student who led the team.",
        "The launch was originally scheduled for October 13 but was pushed back by two days "
        "to allow additional checks on one of the co-passenger satellites. The countdown "
        "began on Wednesday morning and ran without a hold.",
        "The Prime Minister and the Andhra Pradesh Chief Minister were among those who "
        "congratulated ISRO on social media.",
        "ISRO's next mission, a GSLV flight, is planned for December. The PS4 stage of "
        "Thursday's rocket will meanwhile stay in orbit for about three months as a "
        "platform for four experiments.",
    ],
    related=[
        ("Chennai Metro phase 2: Poonamallee stretch opens to public",
         "https://www.chennaiobserver.example/news/cities/chennai/metro-phase-2-poonamallee/article69216020.ece"),
        ("Heavy rain likely in coastal districts this weekend",
         "https://www.chennaiobserver.example/news/tamil-nadu/heavy-rain-coastal-districts/article69217731.ece"),
        ("Editorial: Space for the private sector",
         "https://www.chennaiobserver.example/opinion/editorial/space-for-the-private-sector/article69217902.ece"),
    ],
)

_S5_C = _portal_page(
    site="Orbital Dispatch",
    url="https://orbitaldispatch.example/2026/10/15/india-pslv-c67-eos-15-launch/",
    section="Launch",
    headline="India's PSLV flies EOS-15 and eight rideshare satellites",
    dek="The mission is the workhorse rocket's first Earth-observation flight since a "
        "third-stage failure in May 2025.",
    published="2026-10-15",
    shown="October 15, 2026",
    byline="By Marcus Delgado",
    nav=["Launch", "Satellites", "Exploration", "Policy", "Business", "Defense"],
    body=[
        "India's Polar Satellite Launch Vehicle launched the EOS-15 ocean-monitoring "
        "satellite and eight rideshare payloads on Thursday, October 15, lifting off at 04:17 "
        "UTC (12:17 a.m. EDT; 9:47 a.m. India Standard Time) from the Satish Dhawan Space "
        "Centre on Sriharikota island, about 50 miles north of Chennai.",
        "The flight, designated PSLV-C67, used the rocket's XL configuration with six solid "
        "strap-on boosters. The vehicle stands 44.4 meters (146 feet) tall and weighed about "
        "320 metric tons at liftoff.",
        "EOS-15, a 1,485-kilogram (3,274-pound) spacecraft, separated from the upper stage "
        "about 17 minutes after launch at an altitude of 529 kilometers (329 miles) in a "
        "sun-synchronous orbit inclined 97.5 degrees.",
        "\"PSLV has placed EOS-15 in a precise orbit, within a few kilometers of what we "
        "targeted, and every co-passenger is where its owner wanted it,\" ISRO chairman K. "
        "Anandan said in a post-launch address from mission control.",
        "## Third stage back in favor",
        "The launch closes a chapter that began on May 18, 2025, when PSLV-C61 failed after a "
        "pressure drop in its solid-fueled third stage, dooming the EOS-09 radar satellite. "
        "A failure analysis committee traced the problem to the motor and recommended "
        "changes to inspection and manufacturing procedures.",
        "The PSLV, first flown in 1993, has been India's most dependable rocket and a "
        "mainstay of the international small-satellite rideshare market, so the failure had "
        "consequences well beyond ISRO's own program.",
        "Unlike dedicated rideshare missions, where the small customers are the whole point, "
        "PSLV flights usually carry a large government primary and sell the spare capacity. "
        "ISRO rates the XL version at about 1,750 kilograms to a 600-kilometer "
        "sun-synchronous orbit, so EOS-15 left comfortable room for the passengers.",
        "## Rideshare manifest",
        "The eight secondary payloads included six Indian satellites, four from commercial "
        "startups and two from universities, plus a 92-kilogram (203-pound) synthetic "
        "aperture radar demonstrator for a Singapore company and a 3U CubeSat from "
        "Mauritius. All were contracted through NewSpace India Limited, ISRO's commercial "
        "arm. Prices were not disclosed.",
        "The fourth stage, PS4, fired twice after EOS-15 separated to lower its orbit before "
        "releasing the rideshare satellites, the last of them roughly 1 hour 50 minutes "
        "after liftoff. It will now serve as an orbital experiment platform, known as POEM, "
        "hosting four payloads for about three months.",
        ("ad", "Ground segment as a service: downlink anywhere, pay per pass. Book a demo.",
         "https://orbitaldispatch.example/sponsor/gsaas"),
        "EOS-15 extends India's Oceansat line of ocean-observing satellites, with sensors for "
        "ocean color, sea surface temperature and surface winds. The spacecraft cost about "
        "4.65 billion rupees ($53 million), according to Indian officials.",
        "The satellite was built by the U R Rao Satellite Centre in Bengaluru and will be "
        "operated from ISRO's Master Control Facility in Hassan. Project officials expect "
        "first images within a week.",
        "ISRO's next launch is planned for December aboard a GSLV.",
    ],
    related=[
        ("Rocket Lab's Electron flies from Mahia for fifth time this quarter",
         "https://orbitaldispatch.example/2026/10/13/electron-mahia-q4/"),
        ("Japan's H3 launches navigation satellite",
         "https://orbitaldispatch.example/2026/10/11/h3-navigation-satellite/"),
        ("Op-ed: The rideshare market is getting crowded",
         "https://orbitaldispatch.example/2026/10/09/oped-rideshare-crowded/"),
    ],
)

_S5_D = _letter_page(
    site="Launch Window Letter",
    url="https://launchwindowletter.example/p/pslv-c67-the-boring-launch-isro-needed",
    headline="PSLV-C67: the boring launch ISRO needed",
    dek="Nine satellites, one nervous third stage, zero drama.",
    byline="Anjali Mehra",
    shown=None,
    kicker="Launch Window Letter",
    body=[
        "There is a particular kind of launch that is thrilling precisely because nothing "
        "happens. Thursday's PSLV-C67 flight was one of them.",
        "Liftoff came at 9:17 a.m. IST from the First Launch Pad at Sriharikota, on time and "
        "under a clear sky, with the rocket in its familiar XL configuration: six strap-on "
        "boosters around a solid core, about 320 tonnes on the pad. The weather "
        "cooperated: the northeast monsoon, which can turn October launches from "
        "Sriharikota into a gamble, had not yet set in.",
        "The headline payload, EOS-15, separated roughly seventeen minutes into the flight "
        "and settled into a sun-synchronous orbit at 529 km. At 1,485 kg it is a mid-sized "
        "spacecraft by ISRO standards, carrying an ocean colour instrument, a sea surface "
        "temperature sensor and a scatterometer.",
        "Chairman K. Anandan sounded almost relieved, telling the control room that the "
        "satellite's orbit was very close to what ISRO had aimed for and that all eight "
        "co-passengers had ended up where their owners wanted them.",
        "## Why the third stage matters",
        "If you are new here: in May 2025, PSLV-C61 lost its EOS-09 satellite when the "
        "third stage, the solid PS3 motor, suffered a drop in chamber pressure a few minutes "
        "into the flight. PSLV had been the rocket nobody worried about, and suddenly it was "
        "the rocket everyone worried about.",
        "So the real event on Thursday was the PS3 burn, and it went by the book. Mission "
        "director R. Lalitha's line that the stage performed \"exactly to the numbers\" was "
        "the quote of the day for anyone who followed last year's failure review.",
        ("ad", "This issue is supported by readers. Paid subscribers get the monthly launch "
         "manifest spreadsheet.", "https://launchwindowletter.example/subscribe"),
        "## The passenger list",
        "If you are counting, that is nine satellites in one go: one primary and eight "
        "passengers. Six of the passengers are Indian - four from start-ups, two from "
        "universities - and two are foreign, a Singaporean radar demonstrator and a "
        "Mauritian cubesat. The PS4 upper stage relit twice to drop them off, the last one "
        "close to two hours after launch.",
        "After that, PS4 becomes a small orbital lab for about three months, carrying four "
        "experiments. This trick, which ISRO calls POEM, is one of the more underrated things "
        "the agency does: a spent stage turned into a free platform for start-ups that could "
        "never afford a satellite of their own.",
        "## What next",
        "ISRO's next launch is a GSLV flight planned for December. The more interesting "
        "question is whether PSLV can get back to a steady cadence next year, because the "
        "rideshare customers who drifted away after 2025 will not come back on the strength "
        "of one clean flight.",
        "As always, reply and tell me what I got wrong.",
    ],
)


STORY_5 = _story("rk-PA5", "rocket", "2026-10-18", [
    _page("https://www.sna-news.example/science/isro-pslv-c67-launches-eos-15-eight-co-passenger-satellites-20261015",
          _S5_A),
    _page("https://www.chennaiobserver.example/news/science/pslv-returns-to-form-with-flawless-eos-15-launch/article69218844.ece",
          _S5_B),
    _page("https://orbitaldispatch.example/2026/10/15/india-pslv-c67-eos-15-launch/", _S5_C),
    _page("https://launchwindowletter.example/p/pslv-c67-the-boring-launch-isro-needed", _S5_D),
], [
    ("liftoff time",
     r"(?<![\d:.])0?9[:.]47(?!\d)",
     r"(?<![\d:.])0?9[:.]17(?!\d)"),
    ("chairman Anandan's quote: how close the orbit was to target",
     r"few hundred met(?:re|er)s",
     r"few kilomet(?:re|er)s"),
])


# ---------------------------------------------------------------------------
# Story 6: Surigao del Sur earthquake, Philippines (PLANTED)
#   Romeo Barcenas: "Governor" (B, C) vs "Vice Governor" (A);
#   epicentre 14 km north-east of Cagwait (A, B, C) vs of Marihatag (D)
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/asia-pacific/2026/03/08/strong-quake-hits-southern-philippines",
    section="Asia Pacific",
    headline="Strong quake hits southern Philippines, killing at least four",
    dek="Magnitude 6.4 quake strikes off Surigao del Sur before dawn; residents flee homes "
        "in the dark.",
    published="2026-03-08T02:40:00Z",
    shown="March 8, 2026 2:40 AM GMT",
    byline="Carmela Villanueva",
    nav=["World", "Business", "Markets", "Asia Pacific", "Climate", "Science"],
    body=[
        "MANILA, March 8 (Meridian Wire) - A strong earthquake struck off Surigao del Sur "
        "province in the southern Philippines early on Sunday, killing at least four "
        "people, injuring dozens and sending residents running from their homes in the "
        "dark, officials said.",
        "The Philippine Institute of Volcanology and Seismology (PHIVOLCS) put the magnitude "
        "at 6.4, revised down from a preliminary 6.6, and said the quake hit at 2:14 a.m. "
        "local time (1814 GMT on Saturday) at a depth of 10 km. Its epicentre was at sea "
        "about 14 km northeast of the coastal town of Cagwait.",
        "The U.S. Geological Survey measured it at magnitude 6.2.",
        "Four people were killed and 38 injured, according to a 10 a.m. tally by the Office "
        "of Civil Defense in the Caraga region. Most were hit by collapsing walls and "
        "falling debris, it said.",
        "\"People ran out in the dark with nothing, and many of them are still sleeping "
        "outside because they do not trust their walls,\" Surigao del Sur Vice Governor Romeo "
        "Barcenas told a Manila radio station.",
        "Barcenas said landslides had blocked stretches of the coastal road and part of a "
        "bridge just north of Cagwait had collapsed, slowing the movement of rescue teams and "
        "relief supplies. In Cagwait itself, families gathered in the town plaza at first "
        "light, many still in the clothes they had slept in.",
        "PHIVOLCS said the quake was not expected to cause a destructive tsunami but warned "
        "of minor sea-level disturbances along the coast, an advisory it lifted a few hours "
        "later.",
        ("ad", "Travel insurance for Asia from $4 a day. Get a quote in 60 seconds.",
         "https://ads.meridianwire.example/click?c=travel-ins-apac"),
        "Dozens of aftershocks followed, the strongest a magnitude 5.1 tremor at 4:02 a.m., "
        "the agency said.",
        "The quake was felt strongly in Tandag City, the provincial capital, and more weakly "
        "in Butuan and as far away as Davao City.",
        "Power was cut across much of the province. The grid operator said it had restored "
        "some transmission lines by mid-morning, while telecommunications companies "
        "reported patchy mobile service along the coast.",
        "The presidential palace said national agencies had been told to send food packs, "
        "water and tents, and that military aircraft were on standby to fly supplies in.",
        "Earthquakes are a constant hazard in the archipelago, which straddles the "
        "boundaries of several tectonic plates. Mindanao's eastern seaboard faces the "
        "Philippine Trench, a deep seafloor fault zone that produces frequent strong "
        "tremors, and several large quakes have struck the south of the country in the past "
        "year.",
        "Surigao del Sur, a province of about 640,000 people, depends largely on fishing, "
        "farming and small-scale mining. Many homes in coastal towns are built of hollow "
        "concrete blocks, which crack and collapse easily in strong shaking.",
    ],
    related=[
        ("Philippine central bank seen holding rates this week",
         "https://www.meridianwire.example/markets/2026/03/06/philippines-rates-preview"),
        ("Indonesia's Mount Semeru erupts, ash column 2 km high",
         "https://www.meridianwire.example/world/asia-pacific/2026/03/05/semeru-eruption"),
        ("Typhoon season forecast: PAGASA expects 19 storms",
         "https://www.meridianwire.example/world/asia-pacific/2026/03/04/pagasa-forecast"),
    ],
)

_S6_B = _paper_page(
    site="The Manila Sentinel",
    url="https://www.manilasentinel.example/nation/2026/03/09/surigao-del-sur-quake-death-toll-rises-to-9",
    section="Nation",
    headline="Surigao del Sur quake death toll rises to 9; 1,240 houses damaged",
    dek="Classes suspended until Wednesday as aftershocks keep residents outdoors",
    published="2026-03-09T05:00:00+08:00",
    shown="March 9, 2026 | 5:00 AM",
    byline="Joel Macaraeg and Trisha Dizon",
    tagline="Monday, March 9, 2026",
    nav=["Nation", "Metro", "Regions", "Business", "World", "Opinion", "Lifestyle", "Sports"],
    body=[
        "The death toll from the magnitude 6.4 earthquake that struck Surigao del Sur early "
        "Sunday has climbed to nine, with 112 people injured and two others missing, the "
        "National Disaster Risk Reduction and Management Council (NDRRMC) said in its 6 a.m. "
        "report on Monday.",
        "Five of the fatalities were in Cagwait, the town nearest the offshore epicenter, "
        "three in Tandag City and one in Bayabas, the council said.",
        "The quake, which hit at 2:14 a.m. Sunday, damaged 1,240 houses across the province, "
        "171 of them totally, according to the NDRRMC. About 3,600 families were staying in "
        "evacuation centers or in tents pitched outside their homes.",
        "The Department of Public Works and Highways put initial damage to roads, bridges "
        "and public buildings at P186 million, including a 40-meter section of the coastal "
        "highway bridge between Cagwait and Bayabas that fell into the river.",
        ("fig", "https://media.manilasentinel.example/2026/03/09/cagwait-bridge-collapse.jpg",
         "Residents look at the collapsed section of the bridge linking Cagwait and Bayabas "
         "on Sunday.", "Photo courtesy of the Surigao del Sur provincial information office"),
        "## 'Same trench system'",
        "PHIVOLCS Director Lorna Abesamis said the quake was generated by movement along the "
        "Philippine Trench offshore. \"This is the same trench system that produces strong "
        "earthquakes along the eastern coast of Mindanao every few years, so the people of "
        "Surigao del Sur know this hazard,\" she said at a briefing in Quezon City.",
        "PHIVOLCS recorded 418 aftershocks as of 6 a.m. Monday, the strongest of magnitude "
        "5.1 at 4:02 a.m. Sunday. Abesamis said aftershocks could continue for weeks, though "
        "they were becoming less frequent.",
        "The agency's first estimate had put the magnitude at 6.6 before it was revised as "
        "more station data came in.",
        ("ad", "Condominium units in Quezon City, 10% down payment, move in 2027. Inquire now.",
         "https://ads.manilasentinel.example/click/qc-condo-0309"),
        "Governor Romeo Barcenas ordered the suspension of classes at all levels in the "
        "province until Wednesday, March 11, so that school buildings could be inspected. The "
        "provincial board was set to meet Monday afternoon to declare a state of calamity, "
        "which would release emergency funds.",
        "Several school buildings being used as evacuation centers were themselves found to "
        "have cracks, the Department of Education said, and families were moved to the "
        "provincial sports complex in Tandag. Fourteen road sections in the province were "
        "still impassable on Monday morning, mostly because of landslides.",
        "Relief goods from the Department of Social Welfare and Development arrived in Tandag "
        "by C-130 on Sunday afternoon, while the Philippine Coast Guard sent a vessel "
        "carrying water and tents from Surigao City.",
        "The earthquake is the latest in a series of strong tremors in the Visayas and "
        "Mindanao. A magnitude 6.9 quake that struck Cebu on September 30 last year killed "
        "more than 70 people.",
        "Senators called for an audit of public buildings in quake-prone provinces, saying "
        "some schools damaged on Sunday had been built less than a decade ago.",
    ],
    related=[
        ("LIST: Class suspensions for Monday, March 9",
         "https://www.manilasentinel.example/nation/2026/03/08/list-class-suspensions-march-9"),
        ("How to prepare a go-bag for earthquakes",
         "https://www.manilasentinel.example/lifestyle/2026/03/08/earthquake-go-bag"),
        ("PBA: Rain or Shine edges Magnolia in overtime",
         "https://www.manilasentinel.example/sports/2026/03/08/pba-rain-or-shine-magnolia"),
    ],
)

_S6_C = _letter_page(
    site="Caraga Today",
    url="https://caragatoday.example/2026/03/cagwait-counts-its-losses-after-pre-dawn-quake/",
    headline="Cagwait counts its losses after pre-dawn quake",
    dek="Seven dead in the province; bridge collapse cuts coastal highway",
    byline="By Rowena Tampus",
    shown="Sunday, March 8, 2026 | 7:20 PM",
    kicker="Surigao del Sur",
    body=[
        "CAGWAIT, Surigao del Sur - Residents of this coastal town spent Sunday sweeping glass "
        "and broken hollow blocks from the streets, hours after a powerful earthquake shook "
        "them out of bed at 2:14 in the morning.",
        "As of 5 p.m., the provincial disaster office had recorded seven deaths in the "
        "province, five of them in Cagwait, and 86 injuries. More than 900 houses were "
        "reported damaged, a number officials expect to rise as teams reach upland "
        "barangays.",
        "\"The church bell rang by itself. That is how I knew this one was different,\" said "
        "Mayor Elpidio Ortega, who spent the day going from barangay to barangay on a "
        "motorcycle.",
        "Ortega said the public market and the municipal hall had been damaged and that the "
        "town's health center was treating patients in a tent set up in the plaza.",
        "Governor Romeo Barcenas, who arrived by road from Tandag in the afternoon, said "
        "relief packs would reach every evacuation center by Monday. \"People ran out in the "
        "dark with nothing, and many of them are still sleeping outside because they do not "
        "trust their walls,\" he said.",
        ("fig", "https://caragatoday.example/wp-content/uploads/2026/03/cagwait-plaza-tents.jpg",
         "Families rest under tents in the Cagwait plaza on Sunday afternoon.",
         "CARAGA TODAY PHOTO"),
        "## Bridge down",
        "The collapse of a section of the bridge between Cagwait and Bayabas has cut the "
        "coastal highway, forcing vehicles onto a longer inland route. Public works engineers "
        "said a temporary crossing could take two weeks to build.",
        "PHIVOLCS, which put the quake's epicenter at sea 14 kilometers northeast of Cagwait, "
        "has logged more than 250 aftershocks. Many families said they would sleep outside "
        "again tonight.",
        ("ad", "Surigao Hardware & Construction Supply - roofing, cement, steel. Open today "
         "until 9 PM.", "https://caragatoday.example/ads/surigao-hardware"),
        "Fisherman Ramil Quijano, 52, said he had been preparing his boat when the shaking "
        "began. \"The sea pulled back a little, maybe an arm's length, then came back slowly. "
        "No big wave. But we all ran uphill anyway,\" he said.",
        "Classes in all public and private schools in the province are suspended until "
        "Wednesday, the provincial government announced.",
        "Tandag City, about 20 kilometers to the north, also reported damage to its public "
        "market and several houses, and two of the province's seven dead were from the "
        "city. Patients at the provincial hospital were moved outside for several hours "
        "while engineers checked the building.",
        "Electricity had returned to parts of the town by late afternoon, but mobile signal "
        "remained weak. Volunteers from the parish were cooking rice in the church grounds "
        "for anyone who needed a meal.",
        "The parish priest, Fr. Dennis Alvarado, said the bell tower of the old church had "
        "lost part of its facade and that the morning masses were said in the open. \"We "
        "prayed in the plaza today. The Lord does not need a roof,\" he said.",
        "Rescue teams from the fire bureau and provincial volunteers were still checking "
        "collapsed houses in two upland barangays at nightfall, the provincial disaster "
        "office said.",
    ],
)

_S6_D = _portal_page(
    site="PPB News",
    url="https://www.ppb.example/news/2026-03-08/philippines-earthquake-surigao-del-sur/105120344",
    section="World",
    headline="Magnitude 6.4 earthquake strikes southern Philippines, at least three dead",
    dek="The quake struck before dawn off the east coast of Mindanao. There is no tsunami "
        "threat to Australia.",
    published=None,
    shown="Posted Sun 8 Mar 2026 at 12:30pm AEDT",
    byline="By Asia-Pacific reporter Liam Fenwick, with wires",
    nav=["Just in", "Australia", "World", "Asia Pacific", "Business", "Science", "Sport"],
    body=[
        "## Key points:",
        "The earthquake struck at 2:14am local time, when most people were asleep. At least "
        "three people have died. The Bureau of Meteorology says there is no tsunami threat "
        "to Australia.",
        "A strong earthquake has struck off the southern Philippine island of Mindanao, "
        "killing at least three people and damaging homes and a bridge, local officials say.",
        "The quake hit at 2:14am on Sunday local time, which was 5:14am AEDT.",
        "The Philippine Institute of Volcanology and Seismology (PHIVOLCS) said it had a "
        "magnitude of 6.4 and was centred at sea about 14 kilometres north-east of the town "
        "of Marihatag in Surigao del Sur province, at a depth of 10 kilometres.",
        "The US Geological Survey recorded a slightly lower magnitude of 6.2. PHIVOLCS had "
        "first estimated the quake at magnitude 6.6 before revising its figure as more "
        "readings came in, a routine adjustment in the first hours after a large quake.",
        "PHIVOLCS director Lorna Abesamis said residents of the province were familiar with "
        "the danger, because the same offshore trench system produced strong quakes along "
        "Mindanao's east coast \"every few years\".",
        "Local radio reported that a section of a bridge about 40 metres (130 feet) long had "
        "collapsed on the coastal highway, and that patients had been moved out of the "
        "provincial hospital in Tandag City as a precaution.",
        ("ad", "Stream the PPB Asia Pacific podcast - new episodes every Monday.",
         "https://www.ppb.example/listen/asia-pacific-podcast"),
        "## 'Very little rock' above the rupture",
        "Associate Professor Tom Reddick, a seismologist at the Australian National "
        "University, said shallow quakes near the Philippine Trench often caused more damage "
        "than their magnitude suggested.",
        "\"At 10 kilometres down, there is very little rock between the rupture and people's "
        "houses, so the shaking arrives hard and fast,\" he said. \"You would expect "
        "aftershocks in the magnitude 5 range for some days.\"",
        "He said the difference between the Philippine and US magnitude estimates was "
        "normal, since the two agencies use different station networks and methods, and "
        "both figures described a quake of similar size.",
        "PHIVOLCS advised residents of the coast to stay away from the shoreline because of "
        "possible minor sea-level disturbances, but said no destructive tsunami was "
        "expected.",
        "The Department of Foreign Affairs and Trade said it was not aware of any Australians "
        "affected, and the embassy in Manila was monitoring the situation. The federal "
        "government said it stood ready to help if the Philippines asked for assistance.",
        "## A quake-prone coast",
        "Surigao del Sur lies about 850 kilometres south-east of Manila, on a coastline that "
        "faces the Pacific. In October last year a magnitude 7.4 earthquake struck off Davao "
        "Oriental, further south along the same coast.",
        "Members of the Filipino community in Sydney and Brisbane said they had been trying "
        "to reach relatives since early this morning, with mobile networks in the province "
        "still patchy.",
        "More to come.",
    ],
    related=[
        ("Explained: Why the Philippines has so many earthquakes",
         "https://www.ppb.example/news/2025-10-11/philippines-earthquakes-explained/104998120"),
        ("Vanuatu marks a year since Port Vila quake",
         "https://www.ppb.example/news/2026-03-06/vanuatu-port-vila-quake-anniversary/105112870"),
        ("Pacific leaders push for climate finance reform",
         "https://www.ppb.example/news/2026-03-07/pacific-climate-finance/105118002"),
    ],
)


STORY_6 = _story("eq-PA6", "earthquake", "2026-03-11", [
    _page("https://www.meridianwire.example/world/asia-pacific/2026/03/08/strong-quake-hits-southern-philippines",
          _S6_A),
    _page("https://www.manilasentinel.example/nation/2026/03/09/surigao-del-sur-quake-death-toll-rises-to-9",
          _S6_B),
    _page("https://caragatoday.example/2026/03/cagwait-counts-its-losses-after-pre-dawn-quake/",
          _S6_C),
    _page("https://www.ppb.example/news/2026-03-08/philippines-earthquake-surigao-del-sur/105120344",
          _S6_D),
], [
    ("title of Romeo Barcenas",
     r"(?<!vice )(?<!vice-)(?<!vice)governor",
     r"vice[ -]?governor"),
    ("town near the epicentre", r"cagwait", r"marihatag"),
])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
