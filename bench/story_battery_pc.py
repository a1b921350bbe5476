"""Part PC of the story battery (web pages).

Written by engineer PC1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PC`.

Six invented events in West and Central Africa, each told by three or four invented outlets
as saved web pages: cb-PC1, the Central Bank of Nigeria's Monetary Policy Committee cuts the
policy rate by a quarter point to 26.75% on an 8-4 vote (CONTROL, four outlets, nothing
planted); elec-PC2, a Montserrado County (Liberia) Senate by-election won by Abigail
Tarr-Kollie (four outlets; planted: her final vote count 148,316 vs 143,816, the victory-night
quote about the market women given to Tarr-Kollie vs to her campaign manager Gbelee, and the
swearing-in date August 25 vs August 27); court-PC3, Sierra Leone's Supreme Court strikes
down a mining-lease clause 3-2 (CONTROL, three outlets); trade-PC4, Senegal and The Gambia
sign a Trans-Gambia transit agreement near Banjul cutting the truck fee from 40,000 to 25,000
CFA francs (CONTROL, three outlets); rocket-PC5, Nigeria's Ayaba-2 sounding rocket reaches
104.6 km from Ibeju-Lekki (three outlets; planted: liftoff 6:42 vs 6:24 a.m. and the CSTP
director's quote "every bolt ... was machined in Epe" vs "most of the bolts"); quake-PC6, a
magnitude 5.1 earthquake near Weija, Ghana (four outlets; planted: depth 14 km vs 41 km and
the NADMO head's title director-general vs deputy director-general).
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _attr(text: str) -> str:
    return _html.escape(text, quote=True)


_ADS = [
    ("Advertisement", "Send money home in minutes. No transfer fee on your first payment with KoloPay.",
     "Learn more"),
    ("Sponsored", "Coastline Air: Accra, Lagos, Abidjan and Dakar, several times a day. Book by Friday.",
     "Book now"),
    ("Advertisement", "Shea Origins body butter, now in family-size jars. Free delivery within the city.",
     "Shop"),
    ("Partner content", "Light your shop with solar and pay weekly. SunGrid West Africa installs in 48 hours.",
     "Find out how"),
    ("Advertisement", "Executive MBA in a weekend format. Applications are open for the January intake.",
     "Apply"),
    ("Sponsored", "Insure your fleet by the month. Roadline Assurance covers trucks from one to one hundred.",
     "Get a quote"),
]


def _body(items: list[str], img_base: str, ad_seed: int = 0) -> str:
    """Turn a list of paragraphs into article-body HTML.

    "AD" inserts an advertisement block, "## text" a sub-head, "FIG|caption|credit" a photo.
    """
    out: list[str] = []
    n_ad = ad_seed
    n_fig = 0
    for it in items:
        if it == "AD":
            label, text, cta = _ADS[n_ad % len(_ADS)]
            n_ad += 1
            out.append(
                f'<aside class="ad-slot" aria-label="{label}"><span class="ad-label">{label}</span>'
                f'<div class="ad-creative"><span class="ad-copy">{_esc(text)}</span> '
                f'<a class="ad-cta" rel="sponsored nofollow" href="#">{cta}</a></div></aside>')
        elif it.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_esc(it[3:])}</h2>")
        elif it.startswith("FIG|"):
            _, cap, credit = it.split("|")
            n_fig += 1
            out.append(
                f'<figure class="inline-photo"><img src="{img_base}/photo-{n_fig}.jpg" '
                f'alt="{_attr(cap)}" width="960" height="540" loading="lazy">'
                f'<figcaption><span class="caption">{_esc(cap)}</span> '
                f'<span class="credit">{_esc(credit)}</span></figcaption></figure>')
        else:
            out.append(f"<p>{_esc(it)}</p>")
    return "\n".join(out)


def _links(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(
        f'<li><a href="{_attr(href)}">{_esc(title)}</a></li>' for title, href in items) + "</ul>"


def _host(url: str) -> str:
    return url.split("/")[2]


def _wire_page(site: str, url: str, headline: str, summary: str, iso: str, shown: str,
               byline: str, section: str, paras: list[str], related: list[tuple[str, str]],
               ad_seed: int = 0) -> str:
    """Wire-service template: JSON-LD date plus a visible <time>."""
    host = _host(url)
    ld = _json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "description": summary, "datePublished": iso, "dateModified": iso,
        "author": [{"@type": "Person", "name": byline}],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo.png"}},
        "mainEntityOfPage": url, "articleSection": section}, ensure_ascii=False)
    year = iso[:4]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="https://{host}/media/og/{year}/lead.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="wire article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="consent-banner" role="dialog" aria-label="Cookie consent">
<p>We and our partners use cookies to personalise content, measure audiences and show relevant
advertising. You can accept all cookies or choose which ones to allow.</p>
<button class="accept">Accept all</button> <button class="manage">Manage choices</button>
</div>
<header class="masthead"><a class="logo" href="https://{host}/">{_esc(site)}</a>
<nav aria-label="Sections"><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<main id="main-content">
<article>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{_esc(section)}</a></div>
<h1>{_esc(headline)}</h1>
<div class="meta"><span class="byline">By {_esc(byline)}</span>
<time datetime="{iso}">{_esc(shown)}</time></div>
<div class="share-tools"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a>
<a href="#">WhatsApp</a> <button>Copy link</button></div>
<div class="article-body">
{_body(paras, f"https://{host}/media/{year}", ad_seed)}
</div>
<p class="standards"><a href="/about/trust">Our Standards: The {_esc(site)} Trust Principles.</a></p>
</article>
<aside class="rail"><h3>Read next</h3>
{_links(related)}
</aside>
</main>
<footer><p>&copy; {year} {_esc(site)}. All rights reserved.</p>
<ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookie settings</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""


def _paper_page(site: str, url: str, headline: str, dek: str, byline: str, section: str,
                paras: list[str], related: list[tuple[str, str]], iso: str | None = None,
                date_text: str | None = None, year: str = "2026", ad_seed: int = 1) -> str:
    """Newspaper template. With iso: meta article:published_time and a <time>; without: at
    most a plain-text date line."""
    host = _host(url)
    if iso:
        meta_date = (f'<meta property="article:published_time" content="{iso}">\n'
                     f'<meta property="article:section" content="{_attr(section)}">')
        shown = f'<time class="pubdate" datetime="{iso}">{_esc(date_text or iso[:10])}</time>'
    else:
        meta_date = f'<meta property="article:section" content="{_attr(section)}">'
        shown = f'<span class="dateline">{_esc(date_text)}</span>' if date_text else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
{meta_date}
<meta name="author" content="{_attr(byline)}">
<link rel="stylesheet" href="https://{host}/assets/site.css">
</head>
<body>
<div class="cookie-notice">This website uses cookies to improve your experience. By continuing to
browse you agree to our use of cookies. <a href="/cookie-policy">Learn more</a> <button>OK</button></div>
<a href="#content" class="screen-reader-text">Skip to content</a>
<div class="topbar"><span class="edition">Today's paper</span> <a href="/subscribe">Subscribe</a>
<a href="/e-paper">E-paper</a> <a href="/login">Sign in</a></div>
<header><div class="brand"><a href="/">{_esc(site)}</a></div>
<nav class="main-menu"><a href="/news">News</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/regions">Regions</a> <a href="/opinion">Opinion</a>
<a href="/features">Features</a> <a href="/sports">Sports</a></nav></header>
<div class="leaderboard ad">ADVERTISEMENT</div>
<div id="content" class="content-wrap">
<article class="story">
<p class="kicker">{_esc(section)}</p>
<h1 class="headline">{_esc(headline)}</h1>
<p class="standfirst">{_esc(dek)}</p>
<p class="author-line">By <a href="/author/{_attr(byline.lower().replace(' ', '-'))}">{_esc(byline)}</a> {shown}</p>
<ul class="social"><li>Facebook</li><li>X</li><li>WhatsApp</li><li>Telegram</li><li>Email</li></ul>
<div class="entry-content">
{_body(paras, f"https://{host}/wp-content/uploads/{year}", ad_seed)}
</div>
<div class="newsletter-box"><h4>Get the morning briefing</h4><p>The day's top stories in your
inbox before 7 a.m.</p><input type="email" placeholder="Your email address"><button>Sign up</button></div>
<div class="tags">Tags: {_esc(section)}</div>
<div class="comments"><h3>Leave a comment</h3><p>You must be logged in to post a comment.</p></div>
</article>
<aside class="sidebar"><h3>Most read</h3>
{_links(related)}
</aside>
</div>
<footer class="site-footer"><p>{_esc(site)} &copy; {year}. All rights reserved. No part of this
publication may be reproduced without permission.</p><p><a href="/about">About us</a> |
<a href="/advertise">Advertise</a> | <a href="/privacy-policy">Privacy policy</a></p></footer>
</body>
</html>
"""


def _broadcast_page(site: str, url: str, headline: str, summary: str, byline: str,
                    paras: list[str], related: list[tuple[str, str]], iso: str | None = None,
                    date_text: str | None = None, year: str = "2026", ad_seed: int = 2) -> str:
    """Public-broadcaster template, with a listen bar; the date is optional."""
    host = _host(url)
    meta_date = f'<meta name="dcterms.date" content="{iso}">' if iso else ""
    if iso:
        stamp = f'<time datetime="{iso}">{_esc(date_text or iso[:10])}</time>'
    else:
        stamp = f'<span class="stamp">{_esc(date_text)}</span>' if date_text else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_attr(url)}">
{meta_date}
</head>
<body class="news-story">
<a class="skip" href="#story">Skip to content</a>
<div class="privacy-bar">We use cookies to make our services work and to understand how you use
them. <a href="/privacy">Read our privacy notice</a>. <button>Accept</button> <button>Reject non-essential</button></div>
<header class="station-header"><a href="/" class="station-logo">{_esc(site)}</a>
<nav><a href="/news">News</a> <a href="/news/nation">Nation</a> <a href="/news/africa">Africa</a>
<a href="/news/business">Business</a> <a href="/radio">Radio</a> <a href="/tv">TV</a>
<a href="/live" class="live">Listen live</a></nav></header>
<main id="story">
<article>
<h1>{_esc(headline)}</h1>
<div class="story-meta">{stamp} <span class="reporter">{_esc(byline)}</span></div>
<div class="listen-bar"><button aria-label="Play">&#9654; Listen to this story</button>
<span class="duration">3 min</span></div>
<div class="story-body">
{_body(paras, f"https://{host}/images/news", ad_seed)}
</div>
<div class="share-row">Share this story: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
<section class="more-news"><h2>More from {_esc(site)}</h2>
{_links(related)}
</section>
</main>
<footer><p>&copy; {year} {_esc(site)}. A public service broadcaster.</p>
<p><a href="/accessibility">Accessibility</a> &middot; <a href="/complaints">Complaints</a>
&middot; <a href="/frequencies">Frequencies</a></p></footer>
</body>
</html>
"""


def _newsletter_page(site: str, url: str, headline: str, dek: str, author: str,
                     paras: list[str], related: list[tuple[str, str]],
                     date_text: str | None = None, year: str = "2026", ad_seed: int = 3) -> str:
    """Blog / newsletter template: never a machine-readable date."""
    host = _host(url)
    shown = f'<div class="post-date">{_esc(date_text)}</div>' if date_text else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta name="twitter:card" content="summary">
</head>
<body>
<a href="#post" class="skip-to-content">Skip to content</a>
<div class="cookie-popup">This site uses cookies for analytics. <button>Fine</button> <button>No thanks</button></div>
<header class="pub-header"><a href="https://{host}/" class="pub-name">{_esc(site)}</a>
<nav><a href="/archive">Archive</a> <a href="/about">About</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main id="post">
<article class="post">
<h1 class="post-title">{_esc(headline)}</h1>
<h3 class="subtitle">{_esc(dek)}</h3>
<div class="post-meta"><span class="author-name">{_esc(author)}</span>{shown}</div>
<div class="post-actions"><button>Like</button> <button>Comment</button> <button>Restack</button> <button>Share</button></div>
<div class="body markup">
{_body(paras, f"https://{host}/img", ad_seed)}
</div>
<div class="subscribe-widget"><p>Enjoyed this? Get the next issue by email. Free, with an optional
paid tier for the full archive.</p><input type="email" placeholder="Type your email..."><button>Subscribe</button></div>
<div class="post-footer"><span>14 comments</span> <span>Share</span></div>
</article>
<aside class="recommended"><h3>Recent posts</h3>
{_links(related)}
</aside>
</main>
<footer><p>&copy; {year} {_esc(site)} &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a>
&middot; <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 (CONTROL): Central Bank of Nigeria cuts the policy rate, 18 March 2026
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    "Pan-Atlantic Wire",
    "https://www.panatlanticwire.example/markets/2026/03/18/nigeria-central-bank-trims-policy-rate-2675",
    "Nigeria's central bank trims policy rate to 26.75% as inflation slows again",
    "The Central Bank of Nigeria lowered its benchmark rate by 25 basis points on Wednesday, "
    "its first move of 2026, after five straight months of slower inflation.",
    "2026-03-18T16:05:00+01:00", "March 18, 2026 4:05 PM GMT+1", "Tolu Adeniran", "Markets",
    [
        "ABUJA, March 18 (Pan-Atlantic Wire) - The Central Bank of Nigeria took 25 basis points "
        "off its benchmark rate on Wednesday, leaving it at 26.75% in its first move of the year "
        "and wagering that a steady run of slower price growth will outlast the naira's periodic "
        "wobbles.",
        "Eight of the 12 people on the Monetary Policy Committee backed the reduction, Governor "
        "Ifeoma Danjuma told reporters once the two-day meeting had wrapped up. Three members "
        "preferred to hold the rate at 27% and one argued for a deeper cut of 50 basis points, she "
        "said.",
        "Annual inflation eased to 21.4% in February from 22.9% in January, official data showed, "
        "the fifth monthly slowdown in a row. Food inflation, which weighs most heavily on poorer "
        "households, stood at 23.8%.",
        "“Five straight months of slower price growth give this committee room to start easing, "
        "carefully,” Danjuma said. “We will not confuse one good quarter with a finished job.”",
        "AD",
        "Other settings stayed where they were: commercial lenders must still hold 45% of deposits "
        "as cash reserves, the liquidity ratio remains 30%, and the band around the policy rate is "
        "still 500 basis points above it and 100 below.",
        "Wednesday's decision is the second cut in about six months. In September 2025 the "
        "committee lowered the rate by 50 basis points, from 27.5% to 27%, before holding in "
        "November and again in January.",
        "Few economists had expected the bank to act this soon. Nine of 11 analysts surveyed by "
        "Pan-Atlantic Wire in the week before the meeting forecast no change, with the other two "
        "split between a quarter-point and a half-point reduction.",
        "Danjuma said the bank would keep selling dollars only to smooth sudden swings in the "
        "currency, not to pin it at any particular level. The naira ended the day at about 1,477 "
        "per dollar on the official market, dealers said, barely changed from Tuesday.",
        "Gross external reserves stood at $41.2 billion on March 13, according to central bank "
        "figures, giving the regulator room to lean against any selling by foreign investors.",
        "“The bank is buying insurance against a growth slowdown,” said Chinwe Obi, chief economist "
        "at Lagos-based Harbourline Capital. “The risk is that food prices turn higher again before "
        "the rains, and then this cut looks early.”",
        "Nigeria's economy grew 3.9% year on year in the fourth quarter of 2025, statistics office "
        "data show. The central bank's own staff expect inflation to fall to about 17% by the end "
        "of 2026.",
        "The committee is next scheduled to meet on May 19 and 20.",
        "(Reporting by Tolu Adeniran in Abuja; additional reporting by Kwame Ofori in Lagos; writing "
        "by Marc Essomba; editing by Judith Kamau)",
    ],
    [("Ghana cocoa regulator raises farmgate price for mid-crop",
      "https://www.panatlanticwire.example/markets/2026/03/17/ghana-cocoa-farmgate-midcrop"),
     ("Naira steadies as exporters step up dollar sales",
      "https://www.panatlanticwire.example/markets/2026/03/16/naira-steadies-exporters"),
     ("Kenya shilling slips on import demand",
      "https://www.panatlanticwire.example/markets/2026/03/18/kenya-shilling-import-demand")],
    ad_seed=0)

_S1_B = _paper_page(
    "The Abuja Ledger",
    "https://abujaledger.example/business/cbn-cuts-mpr-to-26-75-tells-banks-to-pass-relief-on/",
    "CBN cuts MPR to 26.75%, tells banks to pass relief on to borrowers",
    "Eight of 12 MPC members backed the quarter-point reduction; cash reserve ratio and liquidity "
    "ratio left unchanged",
    "Emeka Nwosu and Fatima Sule", "Business",
    [
        "The Central Bank of Nigeria (CBN) yesterday brought its Monetary Policy Rate (MPR), the "
        "benchmark that anchors lending costs across the economy, down by a quarter of a "
        "percentage point to 26.75 per cent.",
        "Announcing the outcome of the Monetary Policy Committee's two-day meeting at the apex "
        "bank's head office in the Central Business District, Abuja, Governor Ifeoma Danjuma said "
        "eight members voted for the cut. Of the remaining four, three wanted the rate left alone "
        "while one called for a reduction of 50 basis points.",
        "The governor hinged the decision on the steady retreat of headline inflation, which the "
        "statistics bureau, NBS, put at 21.4 per cent in February against 22.9 per cent in "
        "January. It was the fifth consecutive month in which the rate fell.",
        "She said the data gave the committee “room to start easing, carefully”, but cautioned "
        "against early celebration. “We will not confuse one good quarter with a finished job,” "
        "she said.",
        "FIG|CBN Governor Ifeoma Danjuma briefing journalists after the MPC meeting in Abuja on "
        "Wednesday.|Photo: Abuja Ledger / Emeka Ojo",
        "Danjuma had a pointed message for commercial banks. “Lending rates should come down with "
        "the policy rate,” she said. “We will be watching the banks that sit on this cut.”",
        "## What the committee left unchanged",
        "Commercial banks must still keep 45 per cent of their deposits with the CBN as cash "
        "reserves, and merchant banks 16 per cent. There was no change to the 30 per cent "
        "liquidity ratio or to the +500/-100 basis-point band around the MPR.",
        "AD",
        "Yesterday's reduction is the second since September last year, when the committee trimmed "
        "the rate by 50 basis points from 27.5 per cent to 27 per cent. It held at both its "
        "November and January meetings.",
        "The country's gross external reserves stood at $41.2 billion as of March 13, the governor "
        "said, equivalent to roughly ₦61 trillion at the official exchange rate. The naira closed "
        "at ₦1,476.50 to the dollar at the official window yesterday.",
        "Bank shares led a 1.2 per cent rise in the NGX All-Share Index by the close of trading.",
        "## Manufacturers want more",
        "Factory owners were less impressed. Kelechi Anyanwu, who runs the manufacturers' lobby "
        "MAN, called the cut modest and said many members were still paying well above 35 per cent "
        "on working-capital loans.",
        "“A quarter point will not reopen a factory,” Anyanwu said by telephone. “But if it is the "
        "start of a path and the banks follow, it matters.”",
        "Rebecca Osei-Whitfield, Africa economist at Thamesbridge Research in London, said the split "
        "vote showed the committee was still divided over how fast to move. “This is a small step "
        "with a loud message. The bank is telling markets that the top of the cycle is behind us,” "
        "she said.",
        "The CBN's staff project that inflation will slow to around 17 per cent by December. The "
        "MPC's next meeting is scheduled for Tuesday, May 19 and Wednesday, May 20.",
    ],
    [("FG releases N310bn for rural roads in 2026 budget", "https://abujaledger.example/news/fg-rural-roads-2026/"),
     ("Senate confirms new ambassadors", "https://abujaledger.example/politics/senate-confirms-ambassadors/"),
     ("Kaduna farmers count cost of late harmattan", "https://abujaledger.example/regions/kaduna-farmers-harmattan/")],
    iso="2026-03-19T05:30:00+01:00", date_text="Thursday, March 19, 2026", ad_seed=1)

_S1_C = _newsletter_page(
    "Frontier Rates Monitor",
    "https://frontierrates.example/p/abuja-moves-first-cbn-quarter-point",
    "Abuja moves first: notes on the CBN's quarter-point cut",
    "Our call for a hold was wrong. What changes for naira carry, and what doesn't.",
    "Dan Forsyth",
    [
        "We got this one wrong. Going into Wednesday we, along with most of the sell-side, had the "
        "Central Bank of Nigeria on hold. Instead the Monetary Policy Committee took 25bp off the "
        "MPR, bringing it to 26.75%. The headline crossed our screens at 10:15 a.m. New York time, "
        "just as Governor Ifeoma Danjuma opened her press conference in Abuja.",
        "The vote was 8-4 for the quarter-point move. Of the four, three wanted no change and one "
        "wanted a half-point cut, so a clear majority of the committee (nine of twelve) favoured "
        "some easing. That is the detail that should worry anyone still positioned for a long pause.",
        "## Why now",
        "February CPI printed at 21.4% y/y, a touch under 21.5% and down from 22.9% in January: the "
        "fifth consecutive decline. Food was 23.8%. Core, at 19.1%, is falling more slowly, and it "
        "is the series we would watch between now and May.",
        "Danjuma's own framing was cautious. Five months of slowing inflation, she said, gave the "
        "committee space to begin; one good quarter did not mean the job was done. She also warned "
        "banks that the central bank would be checking whether they passed the cut on to borrowers.",
        "AD",
        "## The naira",
        "USD/NGN hardly reacted: 1,476.50 at Wednesday's official close, 1,471.20 at Thursday's. "
        "Gross reserves of $41.2bn (as of 13 March) leave the CBN plenty of room to smooth any "
        "outflow, and Deputy Governor Musa Tanko's line that the bank is “not defending a number” "
        "reads to us as a signal it will tolerate gradual appreciation rather than fight it.",
        "## Carry",
        "Even after the cut, one-year OMO bills cleared at around 24% in Thursday's auction, against "
        "headline inflation of 21.4%. Real yields are positive and should widen if our inflation "
        "path is right. We stay long naira bills, hedged, with a smaller position than in January.",
        "For context, the BCEAO in Dakar, which sets policy for the eight WAEMU economies, has its "
        "main rate at 3.25%; the gap says more about the CFA franc's euro peg than about Nigeria.",
        "## What we now expect",
        "We now pencil in another 25bp at the 19-20 May meeting and a further 75bp across the second "
        "half, which would take the MPR to 25.75% by December. The CBN's own staff see inflation "
        "near 17% at year-end; our forecast is a little higher, at 18%.",
        "Chinwe Obi at Harbourline Capital, whose team had flagged the chance of a cut, told us the "
        "committee was “buying insurance” against slower growth after GDP expanded 3.9% in the "
        "fourth quarter. We think that is right, and that the policy will be renewed.",
        "Nothing in this note is investment advice. The author's positions are disclosed to paid "
        "subscribers in the appendix.",
    ],
    [("Egypt's pound after the float: six months on", "https://frontierrates.example/p/egypt-pound-six-months"),
     ("Ghana Eurobonds: the curve is telling you something", "https://frontierrates.example/p/ghana-eurobond-curve"),
     ("Issue 211: what we got right in February", "https://frontierrates.example/p/issue-211")],
    date_text="Issue 212", ad_seed=4)

_S1_D = _broadcast_page(
    "Voice of the Niger",
    "https://www.voiceoftheniger.example/news/business/2026-03-18/central-bank-lowers-interest-rate",
    "Central Bank lowers interest rate for first time this year",
    "The Monetary Policy Committee reduced the benchmark rate from 27 percent to 26.75 percent.",
    "Ngozi Eze, Abuja",
    [
        "Nigeria's central bank has brought its main lending benchmark, the Monetary Policy Rate, "
        "down from 27 percent to 26.75 percent.",
        "The Governor of the bank, Ifeoma Danjuma, announced the decision this afternoon at a news "
        "conference in Abuja which began at a quarter past three, shortly after the Monetary Policy "
        "Committee ended its meeting.",
        "She said all twelve members of the committee attended, and that a majority of eight "
        "supported the reduction.",
        "Mrs Danjuma described the move as careful and told journalists the committee “will not "
        "confuse one good quarter with a finished job”.",
        "Monday's figures from the statistics bureau showed consumer prices rising at 21.4 percent "
        "a year in February, compared with 22.9 percent in January.",
        "Mrs Danjuma said the committee had weighed the risk that cheaper money could push up "
        "demand for dollars, but judged that the country's reserves, which she put at 41.2 billion "
        "dollars, were strong enough to absorb the pressure.",
        "The policy rate sets the price of the central bank's own loans to banks, and lenders take "
        "their cue from it when they price credit for customers. It had stood at 27 percent since "
        "September.",
        "AD",
        "The bank's Deputy Governor for Economic Policy, Musa Tanko, said the bank would step into "
        "the foreign exchange market only to calm sharp swings in the naira. “We are not defending "
        "a number. We are defending order in the market,” Mr Tanko said.",
        "The committee kept its other measures unchanged, including the share of deposits that "
        "commercial banks must keep with the central bank, which stays at 45 percent.",
        "In Kano, traders at the Dawanau grains market said they hoped cheaper credit would "
        "eventually reach them. Hajiya Aisha Lawan, who has sold millet and maize there for "
        "nineteen years, said she paid interest of 32 percent on a loan last year.",
        "“If the government says the rate is going down, let the banks hear it too,” she said.",
        "At Wuse market in Abuja, a phone accessories dealer, Emmanuel Agbo, gave the news a cautious "
        "welcome. “Anything that brings interest down is good for us, but we will believe it when our "
        "bank calls to tell us,” he said.",
        "FIG|Traders at the Dawanau grains market in Kano.|Voice of the Niger / Sani Abdullahi",
        "Analysts say it could take months before ordinary borrowers feel the effect. Chinwe Obi, "
        "an economist with the Lagos firm Harbourline Capital, told Voice of the Niger that banks "
        "usually adjust their lending rates slowly after a cut.",
        "Shares on the Nigerian Exchange closed higher, with banking stocks among the biggest "
        "gainers of the day.",
        "The decision comes six months after the committee last reduced the rate, in September of "
        "last year.",
        "The Monetary Policy Committee will meet again on the nineteenth and twentieth of May.",
    ],
    [("Flights resume at Kano airport after runway repairs", "https://www.voiceoftheniger.example/news/nation/kano-runway"),
     ("Super Falcons name squad for qualifiers", "https://www.voiceoftheniger.example/sport/super-falcons-squad"),
     ("Farmers in Benue begin early planting", "https://www.voiceoftheniger.example/news/nation/benue-planting")],
    iso="2026-03-18T19:40:00+01:00", date_text="18 March 2026, 19:40", ad_seed=2)

STORY_1 = _story("cb-PC1", "central bank", "2026-03-22", [
    _page("https://www.panatlanticwire.example/markets/2026/03/18/nigeria-central-bank-trims-policy-rate-2675", _S1_A),
    _page("https://abujaledger.example/business/cbn-cuts-mpr-to-26-75-tells-banks-to-pass-relief-on/", _S1_B),
    _page("https://frontierrates.example/p/abuja-moves-first-cbn-quarter-point", _S1_C),
    _page("https://www.voiceoftheniger.example/news/business/2026-03-18/central-bank-lowers-interest-rate", _S1_D),
], [])


# ---------------------------------------------------------------------------
# Story 2 (planted): Montserrado County Senate by-election, Liberia, 11-14 August 2026
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    "West Coast News Agency",
    "https://wcna.example/en/politics/2026-08-14/liberia-tarr-kollie-wins-montserrado-senate-by-election",
    "Ex-deputy commerce minister Tarr-Kollie wins Liberian Senate by-election",
    "Abigail Tarr-Kollie of the People's Renewal Movement took 52.4% of valid votes in "
    "Montserrado County, the elections commission said on Friday.",
    "2026-08-14T19:10:00+00:00", "14 Aug 2026 19:10 GMT", "Josephus Kpoto", "Africa",
    [
        "MONROVIA, Aug 14 (WCNA) - Former deputy commerce minister Abigail Tarr-Kollie has won a "
        "by-election for one of Montserrado County's two seats in Liberia's Senate, according to "
        "results the National Elections Commission (NEC) announced on Friday, a win that gives her "
        "party its first seat in the upper house.",
        "Tarr-Kollie, 46, of the People's Renewal Movement (PRM), received 148,316 votes, or 52.4% "
        "of valid ballots cast in Tuesday's poll, NEC chairperson Edwina Barclay-Doe said at the "
        "commission's Monrovia headquarters.",
        "Her nearest rival, former lawmaker Emmanuel Sackor of the Liberty Alliance Party, took "
        "102,870 votes, or 36.3%. Seven other candidates shared the remainder.",
        "Nine candidates were on the ballot, the first Senate contest in the county since the 2023 "
        "general elections.",
        "Turnout was 47.8% of the 612,440 voters registered in Montserrado, the country's most "
        "populous county and home to the capital, the commission said.",
        "Provisional results released on Thursday, with about 91% of polling places counted, had "
        "already shown her holding 52.6% of the vote.",
        "Tarr-Kollie, who served as deputy commerce minister from 2019 to 2023, built her campaign "
        "around traders in Monrovia's markets, promising cheap credit schemes and the reopening of a "
        "long-stalled extension to the Duala market.",
        "AD",
        "The seat fell vacant in April when Senator Cletus Dolo-Gbarbea died after a short illness. "
        "He had taken the seat in January 2024.",
        "Addressing supporters at her campaign office in Paynesville on Friday evening, Tarr-Kollie "
        "thanked the traders who she said had carried her campaign. “This seat belongs to the market "
        "women of Duala and Red-Light, not to me,” she said. “They paid for this campaign with their "
        "small-small money, and they will hold me to account.”",
        "Sackor did not concede on Friday. His party said it was reviewing reports from its agents "
        "and would decide within days whether to lodge a complaint. Candidates have seven days from "
        "the announcement to do so.",
        "Voting on Tuesday was slowed in parts of the county by heavy rain. The Election "
        "Coordinating Committee, a local monitoring group, said some voters gave up before the queues "
        "built up in the late morning.",
        "The Senate has scheduled Tarr-Kollie's swearing-in for Thursday, August 27, provided no "
        "complaint is upheld.",
        "ECOWAS observers called the vote orderly, though their statement noted late openings at "
        "roughly one polling place in ten after heavy overnight rain.",
        "The by-election cost about $2.6 million, the NEC said, most of it paid from the national "
        "budget with help from development partners. The PRM now holds one of the Senate's 30 seats.",
        "(Reporting by Josephus Kpoto; editing by Awa Sillah)",
    ],
    [("Sierra Leone opposition names new chairman", "https://wcna.example/en/politics/2026-08-13/sierra-leone-opposition-chairman"),
     ("Guinea's bauxite exports hit monthly record", "https://wcna.example/en/business/2026-08-12/guinea-bauxite-record"),
     ("Liberia's rubber farmers press for better prices", "https://wcna.example/en/business/2026-08-10/liberia-rubber-prices")],
    ad_seed=3)

_S2_B = _paper_page(
    "The Mesurado Times",
    "https://mesuradotimes.example/2026/08/15/tarr-kollie-declared-winner-of-montserrado-senatorial-by-election/",
    "Tarr-Kollie declared winner of Montserrado senatorial by-election",
    "PRM candidate takes 52.4% as NEC puts turnout at 47.8%; Sackor's party weighs complaint",
    "Prince Collins Tokpa", "Politics",
    [
        "The National Elections Commission (NEC) has declared Abigail Tarr-Kollie of the People's "
        "Renewal Movement (PRM) winner of Tuesday's senatorial by-election in Montserrado County.",
        "Announcing the final results at the commission's 9th Street headquarters in Sinkor at about "
        "4:30 p.m. yesterday, NEC Chairperson Cllr. Edwina Barclay-Doe said Madam Tarr-Kollie polled "
        "143,816 votes, representing 52.4 percent of the 283,046 valid votes.",
        "The Liberty Alliance Party's Emmanuel K. Sackor came second with 102,870 votes (36.3 "
        "percent), while independent candidate Josephine Mulbah was a distant third with 14,205 "
        "votes, about 5 percent.",
        "A total of 292,747 ballots were cast, of which 9,701 were declared invalid. The NEC put "
        "turnout at 47.8 percent of the 612,440 registered voters, well below the level seen in the "
        "2023 general elections.",
        "FIG|NEC Chairperson Cllr. Edwina Barclay-Doe announcing the results in Sinkor on Friday.|"
        "Mesurado Times / Prince Collins Tokpa",
        "## A former deputy minister",
        "Madam Tarr-Kollie, 46, served as deputy minister of commerce for trade services from 2019 "
        "to 2023 and before that ran a rice import business on Bushrod Island. She campaigned on "
        "reopening the Duala market extension and building a maternity clinic in Careysburg.",
        "Speaking to this paper on Friday night, she promised to hold town-hall meetings every "
        "quarter in each of the county's 17 electoral districts. “People in Todee should not have to "
        "come to Capitol Hill to find their senator. I will go to them,” she said.",
        "AD",
        "## Sackor's party studying results",
        "The Liberty Alliance Party's secretary-general, Augustine Wleh, said the party had not yet "
        "decided whether to file a complaint. “We have our agents' tally sheets from every precinct. "
        "If the numbers match, we will say so. If they don't, we will go to the NEC,” he said.",
        "Complaints must be filed by August 21, seven days after the announcement, according to the "
        "commission.",
        "The Election Coordinating Committee (ECC), the domestic observer coalition, said in a "
        "statement yesterday that counting had been transparent and broadly in line with the law, "
        "but urged the NEC to post results for every polling place online within 48 hours.",
        "At the PRM's campaign office in Paynesville, supporters celebrated late into the night, "
        "dancing along the road towards Red-Light market.",
        "## Swearing-in",
        "The Secretary of the Senate, J. Nathaniel Dweh, told the Mesurado Times that the swearing-in "
        "ceremony had been fixed for Tuesday, August 25, provided no complaint delays certification.",
        "The seat became vacant following the death in April of Senator Cletus Dolo-Gbarbea, 71, "
        "who won it in the 2023 general elections. Madam Tarr-Kollie will serve the remainder of his "
        "nine-year term, which runs to January 2033.",
        "The NEC said the by-election cost US$2.6 million, or about L$478 million.",
    ],
    [("Fuel price: LPRC announces new pump rates", "https://mesuradotimes.example/2026/08/14/lprc-new-pump-rates/"),
     ("Gbarnga road contractor given final warning", "https://mesuradotimes.example/2026/08/13/gbarnga-road-contractor/"),
     ("Editorial: A by-election that deserved more voters", "https://mesuradotimes.example/2026/08/15/editorial-by-election-turnout/")],
    iso="2026-08-15T06:00:00+00:00", date_text="August 15, 2026", ad_seed=5)

_S2_C = _broadcast_page(
    "LPSB News",
    "https://lpsb.example/news/politics/tarr-kollie-leads-montserrado-senate-race-with-91-percent-counted",
    "Tarr-Kollie leads Montserrado senate race with 91 percent of results counted",
    "Provisional results from the National Elections Commission put the PRM candidate ahead of "
    "Emmanuel Sackor.",
    "LPSB Political Desk",
    [
        "Abigail Tarr-Kollie of the People's Renewal Movement holds a clear lead in Tuesday's "
        "Montserrado County senatorial by-election, going by the provisional tally the National "
        "Elections Commission put out this evening.",
        "With results from 1,005 of the county's 1,104 polling places tallied, Tarr-Kollie had "
        "134,570 votes, or 52.6 percent of valid votes counted so far. Emmanuel Sackor of the "
        "Liberty Alliance Party was second with 92,866 votes, 36.3 percent.",
        "NEC chairperson Cllr. Edwina Barclay-Doe told reporters at the commission's headquarters in "
        "Sinkor that the remaining 99 polling places were mostly in outlying parts of Careysburg and "
        "Todee, and that final figures should be ready by Friday.",
        "“We are not going to rush. Every tally sheet that comes in is checked against the copy held "
        "by the party agents before we publish,” Barclay-Doe said.",
        "Independent candidate Josephine Mulbah was running third with about 5 percent. The other six "
        "candidates each had less than 2 percent.",
        "Since polls closed on Tuesday evening, party agents, observers and journalists have crowded "
        "the yard of the NEC tally centre, where running totals are written up on a board by the gate "
        "as the results from each area office are checked.",
        "AD",
        "Nine candidates contested the seat, which has been vacant since Senator Cletus Dolo-Gbarbea "
        "died in April at the age of 71.",
        "Turnout appears to be lower than in the 2023 general elections. The Election Coordinating "
        "Committee, a coalition of local observer groups, estimated that fewer than half of the "
        "612,440 registered voters took part. Its chairman, Samuel Tokpah-Nyumah, said heavy rain in "
        "the morning kept many people at home.",
        "“The queues came after eleven o'clock, once the rain stopped. By then a lot of people had "
        "already gone to work or to market,” he said.",
        "At the PRM campaign office in Paynesville, Tarr-Kollie's campaign manager, Moses Gbelee, "
        "said the team was confident but would wait for the commission. “We are not celebrating on "
        "partial numbers,” he said.",
        "In a written statement, the Liberty Alliance Party said its agents had flagged "
        "irregularities at polling places in two districts and that it would take them up with the "
        "commission. It gave no details.",
        "Polls opened at 8 a.m. on Tuesday and closed at 6 p.m., with counting done at each polling "
        "place before the sheets were carried to the area offices.",
        "Under the elections law, candidates have seven days after the announcement of final results "
        "to file complaints with the NEC.",
        "The by-election cost the commission about 2.6 million US dollars, according to NEC figures.",
        "LPSB News will bring you the final results as soon as they are announced.",
    ],
    [("Weather: more heavy rain expected along the coast", "https://lpsb.example/news/weather/heavy-rain-coast"),
     ("Lone Star coach names provisional squad", "https://lpsb.example/sports/lone-star-provisional-squad"),
     ("Health ministry launches measles vaccination drive", "https://lpsb.example/news/health/measles-drive")],
    iso="2026-08-13T20:15:00+00:00", date_text="Thursday 13 August 2026 | 20:15", ad_seed=0)

_S2_D = _newsletter_page(
    "Ballot Box West Africa",
    "https://ballotboxwa.example/p/montserrado-by-election-five-things",
    "Montserrado by-election: five things the numbers tell us",
    "Turnout, the partial count, the district map, the market-women message and what comes next",
    "Comfort Doe-Sumah",
    [
        "On Friday afternoon in Sinkor, which was 12:30 p.m. here in Philadelphia, the National "
        "Elections Commission confirmed what Thursday's partial count had already made plain: Abigail "
        "Tarr-Kollie is Montserrado's new senator. Final numbers: Tarr-Kollie 148,316 (52.4%), "
        "Emmanuel Sackor 102,870 (36.3%), and everyone else 31,860 between them. Here is what stood "
        "out to me.",
        "## 1. Turnout fell off a cliff",
        "Only 47.8% of Montserrado's 612,440 registered voters showed up, 292,747 ballots in all. "
        "By-elections always draw fewer people than general elections, and Tuesday's morning "
        "downpour did not help, but this is a county where the seat mattered. Fewer than one "
        "registered voter in four actually chose the winner.",
        "## 2. The partial count held",
        "On Thursday night, with 1,005 of 1,104 polling places in, Tarr-Kollie was on 134,570 votes "
        "and 52.6%. The last 99 polling places, most of them in Careysburg and Todee, nudged her share "
        "down by two-tenths of a point. Nothing more. Anyone claiming the late results were doctored "
        "should look at how little they changed.",
        "Sackor's share, for what it is worth, did not move at all: 36.3% in the partial count and "
        "36.3% in the final one.",
        "## 3. The map",
        "By my count from the NEC's district tables, Tarr-Kollie carried 14 of the county's 17 "
        "electoral districts. Sackor won three, along the St. Paul River belt and on the Bushrod "
        "Island side, where the Liberty Alliance's old organisation still turns people out.",
        "Josephine Mulbah, the independent who came third on just over 14,000 votes, did best in "
        "Todee, where she grew up. Her voters are the ones both big parties will be courting in 2029.",
        "AD",
        "## 4. The market-women message worked",
        "Her campaign never pretended to be about anything other than traders, credit and market "
        "space. When the result was in, her campaign manager Moses Gbelee put it in one line: “This "
        "seat belongs to the market women of Duala and Red-Light.” You can argue with the politics, "
        "but it is hard to argue with the strategy.",
        "## 5. What comes next",
        "The Liberty Alliance has until August 21 to file any complaint, and its secretary-general "
        "has been careful to say only that the party is comparing tally sheets. If nothing is filed, "
        "the Senate will swear her in on Tuesday, August 25. She will serve out the late Cletus "
        "Dolo-Gbarbea's term, which has more than six years left to run.",
        "One more number worth keeping: the PRM now has one senator out of 30. That is a foothold, "
        "not a bloc. Whether it becomes more depends on whether Tarr-Kollie can deliver the Duala "
        "market extension she promised before the 2029 general elections.",
        "If you found this useful, forward it to someone who still thinks by-elections don't matter.",
    ],
    [("Sierra Leone's local council maps, explained", "https://ballotboxwa.example/p/sierra-leone-council-maps"),
     ("Why Liberian turnout keeps falling in the rainy season", "https://ballotboxwa.example/p/liberia-rainy-season-turnout"),
     ("Reading an NEC tally sheet: a short guide", "https://ballotboxwa.example/p/reading-nec-tally-sheet")],
    date_text="Sunday, August 16", ad_seed=1)

STORY_2 = _story("elec-PC2", "election", "2026-08-18", [
    _page("https://wcna.example/en/politics/2026-08-14/liberia-tarr-kollie-wins-montserrado-senate-by-election", _S2_A),
    _page("https://mesuradotimes.example/2026/08/15/tarr-kollie-declared-winner-of-montserrado-senatorial-by-election/", _S2_B),
    _page("https://lpsb.example/news/politics/tarr-kollie-leads-montserrado-senate-race-with-91-percent-counted", _S2_C),
    _page("https://ballotboxwa.example/p/montserrado-by-election-five-things", _S2_D),
], [
    ("winner's vote count", r"(?<![\d,.])148,?316(?!\d)", r"(?<![\d,.])143,?816(?!\d)"),
    ("who said the market-women quote", r"tarr[- ]?kollie", r"gbelee"),
    ("swearing-in date",
     r"(?:august|aug\.?)\s+25(?!\d)|(?<![\d,])25(?:th)?\s+(?:of\s+)?august|2026-08-25",
     r"(?:august|aug\.?)\s+27(?!\d)|(?<![\d,])27(?:th)?\s+(?:of\s+)?august|2026-08-27"),
])


# ---------------------------------------------------------------------------
# Story 3 (CONTROL): Sierra Leone Supreme Court voids a mining-lease clause, 11 June 2026
# ---------------------------------------------------------------------------

_S3_A = _paper_page(
    "Freetown Standard",
    "https://freetownstandard.example/news/supreme-court-strikes-down-mining-lease-clause-in-3-2-ruling",
    "Supreme Court strikes down mining-lease clause in 3-2 ruling",
    "Kono landowners hail judgment; government 'studying' decision; 17 leases must go through "
    "consultation within 120 days",
    "Mariama Kanu", "News",
    [
        "The Supreme Court yesterday declared unconstitutional a provision of the Large-Scale Mining "
        "Leases Act, 2024 that allowed the mines minister to grant leases over family and community "
        "land without first consulting the owners.",
        "By a majority of three to two, the five-member panel held that section 41(3) of the Act "
        "breached the constitutional protection against deprivation of property. Justices Alimamy "
        "Conteh, Hawa Turay-Bangura and Patricia Macauley formed the majority; Justices Osman Kamara "
        "and Francis Williams-Coker dissented.",
        "Justice Conteh, who began reading the lead judgment at around 11:20 a.m. and spoke for more "
        "than an hour, wrote that “the national interest is served, not defeated, by listening to "
        "those whose land is taken.”",
        "The suit was brought in October 2024 by the Tankoro Chiefdom Landowners' Association and "
        "two landowning families from Kono District against the Attorney-General and the mines "
        "minister.",
        "## Existing leases survive, for now",
        "The court stopped short of cancelling the 17 leases already granted under the clause, which "
        "together cover roughly 1,240 square kilometres. Instead it ordered that their holders "
        "complete consultations with affected landowners within 120 days, failing which the leases "
        "may be challenged afresh. Six of the leases are in Kono District.",
        "Parliament was directed to amend the Act to bring it into line with the judgment. The "
        "plaintiffs were awarded costs of Le 250,000.",
        "AD",
        "Counsel for the plaintiffs, Fatmata Sorie, said outside the Law Courts Building in "
        "central Freetown that the ruling set a new standard. “For the first time, the court has "
        "said plainly that a family's land is not a blank page the State can write on without "
        "asking,” she said. “Consultation is not a courtesy; it is a condition.”",
        "Deputy Attorney-General Umaru Fofanah, who argued the case for the State, said the "
        "government respected the decision. “We are studying the judgment, and we will act on it,” "
        "he told journalists, adding that the government's aim had always been “investment that "
        "benefits everybody”.",
        "## The dissent",
        "In his dissent, Justice Kamara, joined by Justice Williams-Coker, said the balance between "
        "mining investment and customary land rights belonged to Parliament, not the courts. He wrote "
        "that the majority had “read into the Constitution a procedure that its framers chose not to "
        "write”.",
        "FIG|Members of the Tankoro Chiefdom Landowners' Association outside the Law Courts Building "
        "in Freetown on Thursday.|Freetown Standard / Abu Bakarr Jalloh",
        "Paramount Chief Sahr Tamba Kuyembeh II of Tankoro Chiefdom, who travelled to Freetown for "
        "the judgment with about 40 residents, said his people were not against mining. “We want the "
        "companies. We want the jobs. We just want to be asked,” he said.",
        "The ruling contrasts with 2021, when the same court ruled 4-1 against a Pujehun District "
        "community that had challenged forestry regulations made in 2018.",
        "The court fixed July 2 for hearing a separate application by landowners in Port Loko "
        "District seeking an injunction against a lease granted last year.",
        "Mining royalties brought in about Le 1.9 billion last year, the National Minerals Agency "
        "reports.",
    ],
    [("Fourah Bay College fees: students petition vice-chancellor", "https://freetownstandard.example/news/fbc-fees-petition"),
     ("Leone steady against dollar as cocoa receipts rise", "https://freetownstandard.example/business/leone-steady-cocoa"),
     ("Bo City Council approves market relocation", "https://freetownstandard.example/news/bo-market-relocation")],
    iso="2026-06-12T07:00:00+00:00", date_text="Friday, 12 June 2026", ad_seed=2)

_S3_B = _broadcast_page(
    "Salone National Broadcasting",
    "https://snb.example/news/national/supreme-court-rules-for-kono-landowners-in-mining-lease-case",
    "Supreme Court rules for Kono landowners in mining lease case",
    "Three of five justices found that a section of the 2024 mining leases law breaches the "
    "Constitution.",
    "SNB News, Freetown",
    [
        "Sierra Leone's Supreme Court says the Minister of Mines may not grant mining leases on "
        "community land without first consulting the landowners.",
        "In a split decision this morning, three of the five justices found that section 41(3) of "
        "the Large-Scale Mining Leases Act of 2024 violated the Constitution. The other two justices "
        "disagreed.",
        "The Act came into force in September 2024. Under the challenged section, the minister could "
        "issue a lease without consulting landowning families whenever he considered it to be in the "
        "national interest. Seventeen leases have been granted in that way.",
        "The courtroom at the Law Courts Building was full well before the justices took their seats, "
        "and dozens more people listened from the corridor.",
        "The lead judgment, read by Justice Alimamy Conteh from about twenty past eleven, ran to 112 "
        "pages.",
        "Justice Conteh said leases already issued under the provision would remain in force, but "
        "that their holders had until the ninth of October to consult the affected families. After "
        "that date, he said, landowners who had not been consulted could return to court.",
        "AD",
        "The case was filed by the Tankoro Chiefdom Landowners' Association in Kono District, "
        "together with two families from the chiefdom. Their lawyer, Fatmata Sorie, said the "
        "judgment was a victory for ordinary people.",
        "“Consultation is not a courtesy; it is a condition,” Ms Sorie said. “A family's land is not "
        "a blank page the State can write on without asking.”",
        "Deputy Attorney-General Umaru Fofanah said the government would study the ruling before "
        "deciding its next step. He did not say whether the State would ask the court to review its "
        "decision.",
        "In Koidu, the headquarter town of Kono District, residents gathered around radios to follow "
        "the judgment. A trader, Finda Komba, told SNB that families in her neighbourhood had lost "
        "farmland to a mining lease two years ago without a meeting of any kind.",
        "“Today the court has heard us,” she said.",
        "Outside the court in Freetown, supporters of the landowners sang and waved palm fronds as "
        "the lawyers came down the steps. Paramount Chief Sahr Tamba Kuyembeh II of Tankoro said the "
        "judgment would be explained in every village of the chiefdom over the coming weeks.",
        "FIG|Residents of Koidu listen to the judgment on a radio outside a shop.|SNB / Tamba Lebbie",
        "A spokesperson for Kono Highlands Minerals, which holds one of the six leases in the "
        "district, said the company had always held meetings with landowners and expected to meet "
        "the court's deadline comfortably.",
        "The mines ministry had made no comment by this afternoon.",
        "The court will sit again on the second of July to hear a related application from "
        "landowners in Port Loko.",
    ],
    [("Rain disrupts traffic on Wilkinson Road", "https://snb.example/news/national/rain-wilkinson-road"),
     ("Leone Stars prepare for friendly in Conakry", "https://snb.example/sport/leone-stars-conakry"),
     ("Cabinet approves new fisheries regulations", "https://snb.example/news/national/fisheries-regulations")],
    iso="2026-06-11T15:30:00+00:00", date_text="11/06/2026 15:30", ad_seed=3)

_S3_C = _newsletter_page(
    "Mining Frontiers Weekly",
    "https://miningfrontiers.example/briefings/sierra-leone-court-voids-consent-free-lease-clause",
    "Sierra Leone court voids consent-free lease clause; 17 permits face 120-day consultation test",
    "Existing leases stand, but holders must show they have consulted landowners by 9 October",
    "Harriet Coles, Africa editor",
    [
        "Holders of large-scale mining leases in Sierra Leone have four months to show that they "
        "have consulted the families whose land they occupy, after the country's Supreme Court on "
        "Thursday struck down the clause under which their leases were granted without consultation.",
        "The 3-2 judgment, handed down in Freetown shortly after 12:20 London time, found section "
        "41(3) of the Large-Scale Mining Leases Act 2024 incompatible with the constitution's "
        "property protections. The clause let the minister bypass landowner consultation whenever "
        "he judged that the national interest required it.",
        "Seventeen leases, covering about 479 square miles, were issued under the provision between "
        "the Act's commencement in September 2024 and the end of last year. Six are in Kono, the "
        "diamond district; the rest are spread across Tonkolili, Port Loko and Bombali, with iron "
        "ore, bauxite and gold the main commodities.",
        "AD",
        "## What the court ordered",
        "The majority, led by Justice Alimamy Conteh, declined to annul existing leases. Holders "
        "must instead complete consultations by 9 October, 120 days from the ruling, and Parliament "
        "must amend the Act. Legal costs of Le 250,000, a little over $11,000, were awarded to the "
        "Tankoro Chiefdom Landowners' Association and its co-plaintiffs.",
        "Two justices, Osman Kamara and Francis Williams-Coker, would have dismissed the claim, "
        "arguing that Parliament rather than the court should set the balance between investment and "
        "customary tenure.",
        "## How investors should read it",
        "Dr Isata Kargbo, a senior lecturer in law at Fourah Bay College, said the practical burden "
        "on companies was lighter than the headlines implied. “Most of the serious operators already "
        "hold community meetings. What changes is that a meeting is now a legal requirement with a "
        "deadline, not a public-relations exercise,” she said.",
        "Plaintiffs' counsel Fatmata Sorie described consultation as a precondition for any lease "
        "rather than a courtesy.",
        "The government's position is less clear. Deputy Attorney-General Umaru Fofanah said the "
        "State was studying the judgment; he did not rule out asking the court to review it, a "
        "procedure the Supreme Court allows in limited circumstances.",
        "Mining royalties came to roughly $84 million in 2025, according to National Minerals Agency "
        "figures: modest against the sector's weight in exports, but meaningful for a budget under "
        "strain.",
        "Kono Highlands Minerals, a gold and diamond producer that holds one of the Kono leases, said "
        "it expected to meet the deadline. A separate challenge by Port Loko landowners is listed "
        "for 2 July.",
        "Sierra Leone's courts have not always sided with communities. In 2021 the Supreme Court "
        "rejected, by four votes to one, a challenge by a Pujehun community to forestry rules issued "
        "three years earlier.",
        "For operators, the immediate task is documentary: minutes, attendance lists and records of "
        "what was offered to landowners. Counsel we spoke to expect the first disputes over what "
        "counts as adequate consultation to reach the High Court before the October deadline.",
    ],
    [("Guinea: Simandou rail tariffs under review", "https://miningfrontiers.example/briefings/simandou-rail-tariffs"),
     ("Ghana's small-scale gold licensing reset", "https://miningfrontiers.example/briefings/ghana-small-scale-licensing"),
     ("Liberia iron ore: port expansion timeline slips", "https://miningfrontiers.example/briefings/liberia-iron-ore-port")],
    date_text="Briefing · Friday 12 June", ad_seed=5)

STORY_3 = _story("court-PC3", "court", "2026-06-15", [
    _page("https://freetownstandard.example/news/supreme-court-strikes-down-mining-lease-clause-in-3-2-ruling", _S3_A),
    _page("https://snb.example/news/national/supreme-court-rules-for-kono-landowners-in-mining-lease-case", _S3_B),
    _page("https://miningfrontiers.example/briefings/sierra-leone-court-voids-consent-free-lease-clause", _S3_C),
], [])


# ---------------------------------------------------------------------------
# Story 4 (CONTROL): Senegal and The Gambia sign a transit agreement, 8 October 2026
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    "Pan-Atlantic Wire",
    "https://www.panatlanticwire.example/business/2026/10/08/senegal-gambia-cut-truck-transit-fee",
    "Senegal, Gambia cut truck transit fee by 37.5% to ease Casamance route",
    "The two neighbours signed a deal on Thursday lowering the fee for heavy lorries crossing "
    "Gambian territory and creating a joint border post at Farafenni.",
    "2026-10-08T15:20:00+00:00", "October 8, 2026 3:20 PM GMT", "Ousmane Ba", "Business",
    [
        "BANJUL, Oct 8 (Pan-Atlantic Wire) - Senegalese lorries crossing The Gambia will pay more "
        "than a third less in transit fees under a deal the two neighbours signed on Thursday, a "
        "step both governments hope will end years of friction over the main road link between "
        "Dakar and the southern Casamance region.",
        "Under the deal, signed at a conference centre in Bijilo on the outskirts of Banjul, the "
        "transit charge for heavy goods vehicles will fall from 40,000 CFA francs ($71) to 25,000 "
        "CFA francs ($45) per one-way crossing from January 1, 2027.",
        "The two countries also agreed to open a joint border post at Farafenni and Keur Ayib by the "
        "end of March 2027, so that trucks are inspected once rather than on each side, and to scrap "
        "a rule that fuel tankers must travel in escorted convoys.",
        "“Every hour a lorry waits at Farafenni is an hour that a farmer in Casamance pays for,” "
        "Senegal's trade minister, Mamadou Lamine Faye, said at the signing. “Today we are taking "
        "those hours back.”",
        "AD",
        "Gambian Trade Minister Fatou Jallow-Ceesay said her government expected higher volumes to "
        "make up for the lower fee. “The Gambia does not want to be a toll gate. We want to be the "
        "crossroads,” she said.",
        "Around 430 trucks a day used the Senegambia Bridge at Farafenni in 2025, Gambian customs "
        "figures show, about 160 of them Senegalese vehicles in transit between the north of the "
        "country and Casamance. Drivers currently wait an average of nine hours to clear both "
        "borders.",
        "Officials in Dakar say quicker and cheaper crossings should bring down the price of cement, "
        "fuel and building materials in Ziguinchor, and help Casamance growers get cashew nuts, "
        "mangoes and rice to northern markets before they spoil or lose value.",
        "Recorded trade between the two neighbours reached $212 million last year, up from $187 "
        "million in 2024, according to data from the two trade ministries.",
        "The corridor has long been a source of tension. In 2016 Senegalese hauliers blockaded the "
        "border for about three months in a dispute over Gambian ferry charges, cutting off much of "
        "Casamance's overland supply. The bridge, nearly a kilometre long, opened in January 2019.",
        "The agreement runs for five years and will be reviewed after 24 months. A joint technical "
        "committee is due to meet in Ziguinchor on November 19 to draft operating procedures for "
        "the new border post.",
        "(Reporting by Ousmane Ba in Banjul; additional reporting by Aissatou Diallo in Dakar; "
        "editing by Judith Kamau)",
    ],
    [("Mali gold output falls for third quarter", "https://www.panatlanticwire.example/business/2026/10/07/mali-gold-output"),
     ("Dakar port volumes rise on new container terminal", "https://www.panatlanticwire.example/business/2026/10/06/dakar-port-volumes"),
     ("Cashew exporters in Guinea-Bissau seek credit line", "https://www.panatlanticwire.example/business/2026/10/05/bissau-cashew-credit")],
    ad_seed=5)

_S4_B = _paper_page(
    "The Banjul Chronicle",
    "https://banjulchronicle.example/gambia-senegal-sign-transit-pact-truck-fee-drops-to-cfa-25000/",
    "Gambia, Senegal sign transit pact: truck fee drops to CFA 25,000",
    "Joint border post at Farafenni by end-March 2027; finance ministry estimates short-term "
    "revenue loss",
    "Lamin Sanneh", "Business",
    [
        "A bilateral transit agreement signed by The Gambia and Senegal on Thursday lowers the fee "
        "paid by Senegalese heavy-goods vehicles crossing the country along the Trans-Gambia "
        "Highway, and commits both sides to a shared border post at Farafenni.",
        "Ministers, customs chiefs and transport union leaders from both countries attended the "
        "ceremony at the international conference centre in Bijilo, which is named after the late "
        "former president Sir Dawda Jawara. The documents were signed at about 11 a.m.",
        "Hon. Fatou Jallow-Ceesay, whose ministry covers trade, industry, regional integration and "
        "employment, signed for The Gambia, while Senegal's Minister of Industry and Trade, "
        "Mamadou Lamine Faye, signed for Dakar.",
        "## What changes",
        "From 1 January 2027, the transit fee will fall from CFA 40,000 to CFA 25,000 per crossing, "
        "a reduction of 37.5 per cent. At current exchange rates, the new fee is worth about $45, or "
        "roughly D3,200.",
        "A juxtaposed control post, where Gambian and Senegalese customs and police officers will "
        "work side by side, is to begin operations at Farafenni by end-March 2027. The escorted "
        "convoy system for fuel tankers, introduced in 2021 on safety grounds, will be abolished.",
        "AD",
        "## Revenue concerns",
        "Minister Jallow-Ceesay acknowledged that the lower fee would cost the treasury in the short "
        "term. Finance ministry estimates put the loss at about D113 million a year, roughly $1.6 "
        "million, before any increase in traffic.",
        "“We have done the arithmetic. More trucks, faster crossings and more business for our people "
        "along the highway will more than cover it,” she told the Chronicle after the ceremony. “The "
        "Gambia does not want to be a toll gate.”",
        "Senegal's Minister Faye said the wait at the border had become a hidden tax on farmers in "
        "Casamance. “Every hour a lorry waits at Farafenni is an hour that a farmer in Casamance "
        "pays for,” he said.",
        "FIG|Lorries queue on the approach to the Senegambia Bridge at Farafenni.|Banjul Chronicle / "
        "Modou Lamin Jobe",
        "## Farafenni traders hopeful, and a little worried",
        "In Farafenni, where lorries often queue for most of a day, traders said the agreement could "
        "cut both ways. Isatou Touray, 38, who sells food to drivers near the bridge approach, said "
        "shorter waits might mean fewer customers. “When the trucks sit, we eat. When they move, we "
        "must find another way,” she said, laughing.",
        "Ebrima Colley, who runs a filling station on the highway, said he expected more traffic "
        "overall. Last year about 430 lorries a day crossed the bridge, according to the Gambia "
        "Revenue Authority.",
        "The agreement, which runs for five years, will be reviewed after two years. A technical "
        "committee of both countries meets in Ziguinchor next month to work out procedures.",
        "## Background",
        "Trade between The Gambia and Senegal was worth $212 million in 2025. The Senegambia Bridge, "
        "which replaced the old ferry crossing at Farafenni, was opened in January 2019.",
    ],
    [("GPA: new berth at Banjul port ready by December", "https://banjulchronicle.example/gpa-new-berth-december/"),
     ("Groundnut season: buying points open in CRR", "https://banjulchronicle.example/groundnut-buying-points-crr/"),
     ("Scorpions draw in Bakau friendly", "https://banjulchronicle.example/scorpions-draw-bakau/")],
    date_text="Friday, October 9, 2026", ad_seed=0)

_S4_C = _newsletter_page(
    "Corridors & Ports Africa",
    "https://corridorsports.example/analysis/trans-gambia-corridor-cheaper-crossing-single-border-post",
    "Trans-Gambia corridor: a cheaper crossing, a single border post, and a test for regional transit rules",
    "The fee cut grabs the headline, but time at the border is what hauliers care about",
    "Claire Ndour-Martin, Paris",
    [
        "The ink was dry by 1 p.m. Paris time on Thursday: Senegal and The Gambia have agreed to cut "
        "the transit fee on the Trans-Gambia corridor and, more importantly for logistics operators, "
        "to merge their two border inspections at Farafenni into one.",
        "For hauliers running between Dakar, Kaolack and Ziguinchor, the headline number is the fee. "
        "It drops from 40,000 to 25,000 CFA francs per one-way trip from 1 January 2027, or from "
        "roughly €61 to €38 at the CFA franc's fixed parity with the euro.",
        "But the operators we spoke to were more interested in time. Crossing Gambian territory "
        "currently takes nine hours on average, most of it spent queuing at the two customs posts on "
        "either side of the Senegambia Bridge. The joint post, due by end-March 2027, targets a "
        "crossing time of under two hours.",
        "AD",
        "## The economics for a haulier",
        "Take a 40-tonne rig carrying onions from the Niayes to Ziguinchor. The direct route through "
        "The Gambia is about 460 km (286 miles); the detour east through Tambacounda and Kolda is "
        "roughly twice as long. Nobody takes the detour by choice, which is exactly why the crossing "
        "has been such an effective lever in past disputes.",
        "Modou Diouf, secretary-general of the Union of Senegalese Road Hauliers, said the 15,000-franc "
        "saving per trip was welcome “but it is not the story”. “A truck that waits nine hours is a "
        "truck that does one round trip a week instead of two,” he said.",
        "## The ministers' lines",
        "Senegal's minister of industry and trade, Mamadou Lamine Faye, framed the deal around "
        "Casamance farmers, who in his telling pay for every hour a truck stands at Farafenni. His "
        "Gambian counterpart, Fatou Jallow-Ceesay, argued that her country should be a crossroads "
        "rather than a toll gate, and that traffic growth would cover the lost fee income.",
        "Banjul's finance ministry puts that loss at about $1.6m a year at current volumes: roughly "
        "160 Senegalese transit trucks a day, out of around 430 vehicles crossing the bridge daily "
        "in 2025.",
        "## Three things to watch",
        "First, whether the 24-month review clause becomes a lever for reopening the fee. Second, "
        "whether the convoy rule for fuel tankers is really gone: the text says so, but its removal "
        "depends on both interior ministries. Third, the operating procedures that a joint technical "
        "committee is due to draft in Ziguinchor on 19 November.",
        "Regional context matters too. Bilateral trade recorded by the two ministries reached $212m "
        "in 2025, about 118.7bn CFA francs, up from $187m a year earlier, and both governments will "
        "want the corridor to show what ECOWAS free-movement rules look like when they actually work.",
        "The agreement runs for five years. We will return to it when the Ziguinchor procedures are "
        "published.",
    ],
    [("Abidjan-Lagos corridor: where the highway money is going", "https://corridorsports.example/analysis/abidjan-lagos-highway-funding"),
     ("Port of Lomé transshipment volumes, quarter by quarter", "https://corridorsports.example/data/lome-transshipment"),
     ("Dakar's new container terminal: first-month numbers", "https://corridorsports.example/analysis/dakar-terminal-first-month")],
    date_text=None, ad_seed=2)

STORY_4 = _story("trade-PC4", "trade", "2026-10-13", [
    _page("https://www.panatlanticwire.example/business/2026/10/08/senegal-gambia-cut-truck-transit-fee", _S4_A),
    _page("https://banjulchronicle.example/gambia-senegal-sign-transit-pact-truck-fee-drops-to-cfa-25000/", _S4_B),
    _page("https://corridorsports.example/analysis/trans-gambia-corridor-cheaper-crossing-single-border-post", _S4_C),
], [])


# ---------------------------------------------------------------------------
# Story 5 (planted): Nigeria's Ayaba-2 sounding rocket, 16 May 2026
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    "Orbital Ledger",
    "https://orbitalledger.example/2026/05/16/nigeria-ayaba-2-sounding-rocket-karman-line/",
    "Nigeria's Ayaba-2 sounding rocket reaches 104.6 km, crossing the Kármán line",
    "A two-stage solid rocket built by NASRDA's propulsion centre in Epe carried four university "
    "experiments above 100 km on Saturday.",
    "2026-05-16T09:30:00-04:00", "May 16, 2026, 9:30 a.m. EDT", "Daniel Okafor-Reyes", "Launch",
    [
        "Nigeria's space agency put an experimental payload above 100 kilometers for the first time "
        "on Saturday, when the Ayaba-2 sounding rocket lifted off from a temporary pad on the "
        "Atlantic coast east of Lagos at 05:42 UTC (1:42 a.m. EDT) and climbed to an apogee of 104.6 "
        "km, or about 65 miles.",
        "The two-stage, solid-propellant vehicle was built in Epe, Lagos State, by CSTP, formally "
        "the Centre for Space Transport and Propulsion, which serves as the rocketry arm of "
        "NASRDA, Nigeria's national space agency. It stands 9.4 meters tall and weighed about "
        "1,350 kg at liftoff.",
        "## Flight profile",
        "According to telemetry shared by CSTP after the flight, the first stage burned for roughly "
        "11 seconds and the second stage lit on schedule after a short coast. The 18-kilogram payload "
        "section separated near apogee and splashed down under a parachute 9 minutes 12 seconds "
        "after liftoff, about 86 km offshore in the Gulf of Guinea.",
        "The countdown was held for 38 minutes because of upper-level winds, flight director Tunde "
        "Akinwale told reporters at the range.",
        "The range itself is a temporary rail launcher in Ibeju-Lekki, Lagos State, roughly 60 km "
        "(37 miles) east of central Lagos. Fishing was suspended along the flight corridor for the "
        "morning, and a Nigerian Navy patrol vessel recovered the payload a little under three hours "
        "after launch.",
        "AD",
        "## Payload",
        "The payload carried four experiments from three Nigerian universities: a radiation "
        "dosimeter from the University of Lagos, two microgravity fluid experiments from Obafemi "
        "Awolowo University in Ile-Ife, and an accelerometer package from Abubakar Tafawa Balewa "
        "University in Bauchi.",
        "## Why it matters",
        "Ayaba-2 is the first Nigerian-built rocket to cross the Kármán line, the 100 km altitude "
        "widely used to mark where space begins. Its predecessor, Ayaba-1, reached only 38 km in "
        "November 2024 after its second stage failed to ignite.",
        "CSTP director Nneka Ofodile stressed the domestic supply chain. “Most of the bolts on that "
        "rocket were machined in Epe, and most of its propellant was mixed here,” she said after the "
        "flight.",
        "The program has cost about $2.8 million to date, according to NASRDA, a figure that would "
        "barely buy a single commercial rideshare slot for a small satellite.",
        "NASRDA Director-General Yakubu Danladi said the agency would now concentrate on Ayaba-3, a "
        "larger three-stage design, with a launch window opening in the fourth quarter of 2027.",
        "Nigeria has operated satellites since NigeriaSat-1 in 2003, but every one of them has gone "
        "up on a foreign launcher. Ayaba-2 is a suborbital vehicle and is nowhere near orbital "
        "capability, but it gives CSTP flight data on staging, guidance and recovery that no ground "
        "test can supply.",
    ],
    [("Launch roundup: three Falcon flights and a Long March in one week", "https://orbitalledger.example/2026/05/15/launch-roundup/"),
     ("South Africa's cubesat constellation adds two spacecraft", "https://orbitalledger.example/2026/05/12/south-africa-cubesats/"),
     ("What counts as 'space'? The Kármán line debate, briefly", "https://orbitalledger.example/explainers/karman-line/")],
    ad_seed=1)

_S5_B = _paper_page(
    "The Lagos Courier",
    "https://lagoscourier.example/news/ayaba-2-nigerian-rocket-reaches-space-from-ibeju-lekki-coast",
    "Ayaba-2: Nigerian rocket reaches space from Ibeju-Lekki coast",
    "Home-built sounding rocket climbs about 105km; payload of university experiments recovered "
    "at sea",
    "Adaeze Okoro", "News",
    [
        "A rocket designed and built by Nigerian engineers reached space yesterday, climbing to a "
        "height of about 105 kilometres after lifting off from a beach in Ibeju-Lekki, Lagos State, "
        "at 6:24 a.m.",
        "The Ayaba-2 sounding rocket, developed by engineers at Epe's Centre for Space Transport "
        "and Propulsion (CSTP), carried an 18kg package of university experiments that splashed "
        "down in the Gulf of Guinea and was retrieved by a Nigerian Navy patrol boat a little "
        "under three hours later.",
        "Hundreds of residents of nearby fishing communities, some of whom had waited on the beach "
        "since before dawn, cheered as the rocket rose over the water, leaving a white trail that "
        "could be seen from parts of Lekki and Epe.",
        "## “Machined in Epe”",
        "The director of the CSTP, Dr. Nneka Ofodile, who has led the programme since 2021, told "
        "journalists at the launch site that the achievement belonged to Nigeria's engineers. “Every "
        "bolt on that rocket was machined in Epe, and every gram of its propellant was mixed here,” "
        "she said. “Nobody lent us this.”",
        "FIG|The Ayaba-2 rocket on its launch rail in Ibeju-Lekki on Saturday.|Lagos Courier / "
        "Segun Adebayo",
        "Innovation, Science and Technology Minister Zainab Abubakar-Olatunji, who watched a live "
        "feed from Abuja, described the flight as proof that “space is not a foreign word in "
        "Nigeria.”",
        "AD",
        "## Cost and history",
        "The programme has cost ₦4.2 billion so far, according to NASRDA, the national space "
        "agency that oversees the CSTP. The first Ayaba rocket, launched in November 2024, reached "
        "38km before a fault in its second stage cut the flight short.",
        "NASRDA's Director-General, Prof. Yakubu Danladi, said the agency had learnt more from the "
        "first failure than from any success. “Ayaba-1 taught us how to build Ayaba-2,” he said.",
        "Danladi said the agency's next vehicle, Ayaba-3, would be larger and was scheduled to fly "
        "no earlier than the last quarter of 2027.",
        "## Universities on board",
        "Four experiments flew on the rocket. Prof. Bisi Adebanjo of the University of Lagos physics "
        "department, whose team built a radiation sensor, said the data looked clean. “We will know "
        "in a few weeks what we have, but the sensor was talking to us all the way up,” she said. "
        "Two other experiments came from Obafemi Awolowo University, Ile-Ife, and one from Abubakar "
        "Tafawa Balewa University, Bauchi.",
        "The payload came down about 86 kilometres from the coast. Navy officials said it was lifted "
        "aboard the patrol boat shortly before 9.30 a.m.",
        "Ofodile said her team would publish a full flight report within a month, once the "
        "universities had been given time to check their data.",
        "Residents of the coastal villages had been asked to keep out of a two-kilometre safety zone "
        "around the launch rail, which engineers began dismantling by Saturday afternoon.",
    ],
    [("Lagos-Calabar coastal highway: section two opens to traffic", "https://lagoscourier.example/news/coastal-highway-section-two"),
     ("Eko Atlantic residents protest power cuts", "https://lagoscourier.example/metro/eko-atlantic-power"),
     ("Opinion: Space is not a luxury for a developing country", "https://lagoscourier.example/opinion/space-not-a-luxury")],
    iso="2026-05-17T06:00:00+01:00", date_text="Sunday 17 May 2026", ad_seed=3)

_S5_C = _broadcast_page(
    "Voice of the Niger",
    "https://www.voiceoftheniger.example/news/science/nigerian-built-rocket-ayaba-2-reaches-edge-of-space",
    "Nigerian-built rocket Ayaba-2 reaches the edge of space",
    "The sounding rocket lifted off from Ibeju-Lekki and carried four university experiments.",
    "Musa Ibrahim, Lagos",
    [
        "A Nigerian-made rocket has travelled beyond the boundary of space for the first time.",
        "Hundreds of people from the fishing villages nearby gathered on the beach before dawn to "
        "watch.",
        "The Ayaba-2 sounding rocket lifted off at 6:42 this morning from a launch site on the coast "
        "of Ibeju-Lekki Local Government Area in Lagos State, after a delay of about forty minutes "
        "caused by strong winds high above the coast.",
        "Engineers from the Epe propulsion centre say the rocket reached a height of one hundred "
        "and four point six kilometres before its payload separated and fell back into the sea "
        "under a parachute.",
        "The rocket stands nine point four metres tall and was built at the Centre's workshops in "
        "Epe, across the lagoon from the launch site. The eighteen-kilogram payload landed in the sea "
        "a little over nine minutes after liftoff.",
        "Speaking to Voice of the Niger after the flight, the Centre's director, Dr Nneka Ofodile, "
        "said the rocket was Nigerian from top to bottom. “Every bolt on that rocket was machined in "
        "Epe, and every gram of its propellant was mixed here,” she said.",
        "AD",
        "The flight director, Tunde Akinwale, said the countdown was paused while the team waited "
        "for the winds to drop. “We had one chance today, and we were not going to waste it on "
        "impatience,” he said.",
        "A Nigerian Navy patrol boat recovered the payload about eighty-six kilometres offshore at "
        "around half past nine.",
        "The science minister, Mrs Zainab Abubakar-Olatunji, congratulated the engineers in a "
        "statement from Abuja and promised government backing for the next phase.",
        "FIG|Spectators watch the launch from the beach at Ibeju-Lekki.|Voice of the Niger / Musa Ibrahim",
        "In Ibeju-Lekki, a fisherman, Kehinde Olowu, said he had watched from his canoe. “It went up "
        "like a bird that forgot to come down,” he said. Others said they had been woken by loudspeaker "
        "announcements asking them to stay away from the launch area.",
        "The first rocket in the series, Ayaba-1, did not reach space when it flew in November 2024.",
        "NASRDA, Nigeria's space agency, says it is now working on a bigger rocket, Ayaba-3, which "
        "could fly in late 2027.",
        "Four experiments from Nigerian universities were carried on today's flight. Scientists say "
        "it will take several weeks to analyse the results.",
        "Professor Bisi Adebanjo of the University of Lagos, whose team built one of the instruments, "
        "said her radiation sensor had sent back readings throughout the climb.",
        "The space agency says the programme has cost four point two billion naira so far. Its "
        "engineers will now go through the flight data, including how the second stage behaved, "
        "before work on the next rocket moves ahead.",
    ],
    [("Lagos State begins dredging of Epe lagoon channel", "https://www.voiceoftheniger.example/news/nation/epe-lagoon-dredging"),
     ("Students win national robotics contest", "https://www.voiceoftheniger.example/news/science/robotics-contest"),
     ("NiMet warns of thunderstorms in the south-west", "https://www.voiceoftheniger.example/news/nation/nimet-thunderstorms")],
    iso=None, date_text=None, ad_seed=4)

STORY_5 = _story("rocket-PC5", "rocket", "2026-05-19", [
    _page("https://orbitalledger.example/2026/05/16/nigeria-ayaba-2-sounding-rocket-karman-line/", _S5_A),
    _page("https://lagoscourier.example/news/ayaba-2-nigerian-rocket-reaches-space-from-ibeju-lekki-coast", _S5_B),
    _page("https://www.voiceoftheniger.example/news/science/nigerian-built-rocket-ayaba-2-reaches-edge-of-space", _S5_C),
], [
    ("liftoff clock time", r"(?<![\d:.])0?6[:.]42(?!\d)", r"(?<![\d:.])0?6[:.]24(?!\d)"),
    ("quote wording (every bolt vs most of the bolts)", r"every bolt on (?:that|the) rocket",
     r"most of the bolts"),
])


# ---------------------------------------------------------------------------
# Story 6 (planted): magnitude 5.1 earthquake near Weija, Ghana, night of 28-29 September 2025
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    "West Coast News Agency",
    "https://wcna.example/en/africa/2025-09-29/ghana-earthquake-accra-weija-magnitude-5-1",
    "Magnitude 5.1 quake shakes Accra overnight, at least two dead",
    "The tremor struck near Weija, west of the Ghanaian capital, shortly before midnight on Sunday.",
    "2025-09-29T08:40:00+00:00", "29 Sep 2025 08:40 GMT", "Akosua Frimpong", "Africa",
    [
        "ACCRA, Sept 29 (WCNA) - An earthquake of magnitude 5.1 struck near Ghana's capital late "
        "on Sunday, leaving at least two people dead and dozens hurt and driving thousands of "
        "residents outdoors in the middle of the night, officials said.",
        "The quake hit at 11:47 p.m. (2347 GMT) with its epicentre near Weija, about 16 km (10 "
        "miles) west of central Accra. The Ghana Geological Survey Authority (GGSA) placed its "
        "source 14 km underground. Ghana keeps GMT all year round.",
        "Early on Monday the National Disaster Management Organisation (NADMO) put the toll at two "
        "dead and 31 injured, most of them struck by falling masonry. Its director-general, Abena "
        "Owusu-Sekyere, said teams were still checking buildings in Weija and neighbouring Gbawe.",
        "NADMO said it had opened three schools in Weija and Gbawe as temporary shelters overnight "
        "and was registering displaced families there. The US Geological Survey also measured the "
        "quake at magnitude 5.1.",
        "“Nobody should sleep tonight in a building with fresh cracks,” Owusu-Sekyere told state "
        "radio. “If you are unsure, go to the schools. They are open.”",
        "AD",
        "Shaking was felt across Greater Accra and as far as Kasoa, Winneba and Koforidua, and "
        "residents of Lomé, the capital of neighbouring Togo, about 200 km (125 miles) to the east, "
        "reported swaying furniture on social media.",
        "The GGSA recorded at least seven aftershocks by early morning, the largest of magnitude 3.8 "
        "at 2:10 a.m.",
        "Ghana lies far from the edges of the tectonic plates, but two fault systems cut across "
        "the Accra area, one running along the coast and the other, the Akwapim zone, heading "
        "inland to the north-east. In 1939 an earthquake estimated at about magnitude 6.5 killed "
        "more than a dozen people in the city and caused heavy damage.",
        "Kwaku Mensah, 52, a taxi driver in Gbawe, said he had been counting the day's takings when "
        "his bedroom wall split. “The whole room moved like a lorry on a bad road,” he said. “I took "
        "my children and ran. We sat by the roadside until morning.”",
        "Many families in Weija, Gbawe and Kasoa spent the rest of the night on verandas and in church "
        "yards. Nii Amartey Quaye, the Greater Accra regional minister, told reporters at Weija before "
        "dawn that relief supplies, including mats and drinking water, were on their way.",
        "Hospitals in the west of the city said they had called in off-duty staff overnight. Schools "
        "in the Weija-Gbawe area were told to stay closed on Monday while engineers inspected "
        "classrooms.",
        "(Reporting by Akosua Frimpong; editing by Awa Sillah)",
    ],
    [("Ghana cedi firms as cocoa syndicated loan lands", "https://wcna.example/en/business/2025-09-26/ghana-cedi-cocoa-loan"),
     ("Togo opens new Lomé container berth", "https://wcna.example/en/business/2025-09-24/lome-container-berth"),
     ("Floods in northern Ghana displace thousands", "https://wcna.example/en/africa/2025-09-20/northern-ghana-floods")],
    ad_seed=4)

_S6_B = _paper_page(
    "The Accra Mirror",
    "https://accramirror.example/news/weija-quake-death-toll-rises-to-four-as-nadmo-opens-shelters",
    "Weija quake: death toll rises to four as NADMO opens shelters",
    "264 buildings damaged, 31 collapsed; schools in Weija-Gbawe to reopen Thursday after checks",
    "Yaw Ofosu-Darko", "News",
    [
        "Sunday night's earthquake has now claimed four lives, according to an update from the "
        "disaster agency NADMO on Monday evening, as assessment teams found more damage in "
        "communities on the western edge of Accra.",
        "Three of the dead were in the Weija-Gbawe Municipality, close to the epicentre, and one in "
        "Kasoa in the Central Region. Among them was a nine-year-old girl in Gbawe who was crushed "
        "when part of her family's compound wall collapsed. A 67-year-old man died in Kasoa when a "
        "kiosk roof fell on him.",
        "NADMO said 83 people had been treated for injuries, 27 of whom remained on admission last "
        "night at the Ga South Municipal Hospital and at Korle Bu.",
        "## 264 buildings damaged",
        "By Monday evening, NADMO's engineers had recorded damage to 264 buildings, 31 of which had "
        "collapsed wholly or in part. About 1,150 people who left their homes are sheltering in three "
        "schools in Weija and Gbawe.",
        "FIG|Residents inspect a collapsed wall at Gbawe, in the Weija-Gbawe Municipality, on Monday.|"
        "Accra Mirror / Nana Kwesi Appiah",
        "NADMO Director-General Abena Owusu-Sekyere urged residents not to move back into cracked "
        "buildings until engineers had checked them. “A wall that survived the first shock may not "
        "survive the next,” she said.",
        "## Depth and magnitude",
        "The Ghana Geological Survey Authority (GGSA) put the magnitude at 5.1 and the depth at 41 "
        "kilometres, with the epicentre near Weija. The tremor struck at 11:47 p.m.",
        "GGSA's head of seismology, Dr. Ama Serwaa Boateng, said nine aftershocks had been recorded "
        "by noon yesterday, the strongest a magnitude 3.8 event at 2:10 a.m. She warned that more "
        "could follow in the coming days.",
        "The shaking was felt in Tema, Kasoa, Winneba and Koforidua, and residents of Lomé, about "
        "200km to the east in Togo, said their furniture had moved.",
        "“The two faults we watch most closely, the Akwapim and the one along the coast, meet not "
        "far from Weija,” Dr. Boateng said. “This is exactly the area we have been watching, and "
        "it is why we keep asking for the building code to be enforced.”",
        "AD",
        "## Government response",
        "The Greater Accra Regional Minister, Nii Amartey Quaye, who toured affected areas with the "
        "Weija-Gbawe Municipal Chief Executive, said the government had released GH₵12 million for "
        "relief and repairs. Schools in the municipality were closed yesterday and today, and are "
        "expected to reopen on Thursday after structural checks.",
        "At Weija Junction, traders spent the day sweeping up broken glass. “We thought it was a "
        "tanker explosion,” said Adwoa Serwaa, who sells provisions. “Then the ground kept moving.”",
        "No tremor this strong has shaken the capital area since 1939, when a quake of about "
        "magnitude 6.5 caused extensive damage in Accra.",
    ],
    [("Cedi: BoG intervenes as demand rises", "https://accramirror.example/business/cedi-bog-intervenes"),
     ("Black Stars coach defends squad selection", "https://accramirror.example/sports/black-stars-squad"),
     ("Kaneshie market traders relocate ahead of renovation", "https://accramirror.example/news/kaneshie-market-relocation")],
    iso="2025-09-30T05:00:00+00:00", date_text="Tuesday, 30 September 2025", year="2025", ad_seed=2)


_S6_C = _paper_page(
    "The Lagos Courier",
    "https://lagoscourier.example/world/earthquake-in-ghana-tremor-felt-in-lome-three-dead-near-accra",
    "Earthquake in Ghana: tremor felt in Lomé, three dead near Accra",
    "Nigerians in Accra and Kasoa describe a night outdoors; High Commission says no Nigerian "
    "casualties reported",
    "Bode Ajayi", "World",
    [
        "At least three people have died after an earthquake of magnitude 5.1 struck close to Accra, "
        "the Ghanaian capital, shortly before midnight on Sunday, Ghana's disaster management agency "
        "said on Monday.",
        "The quake hit at 11:47 p.m. Ghana time, which was 12:47 a.m. on Monday in Nigeria, with its "
        "centre near the town of Weija on the western outskirts of Accra. Ghana's Geological Survey "
        "Authority said it originated about 14 kilometres below the surface.",
        "Abena Owusu-Sekyere, deputy director-general of Ghana's National Disaster Management "
        "Organisation (NADMO), said the toll had risen from two overnight to three by midday, with "
        "dozens more people injured.",
        "Ghanaian officials said the worst damage was in Weija, Gbawe and Kasoa, where block walls, "
        "kiosks and several unfinished buildings gave way. Families whose houses had cracked spent "
        "the rest of the night outdoors.",
        "By midday the number of people treated for injuries had passed 50, Ghanaian health officials "
        "said.",
        "AD",
        "Nigerians living in Accra described a night of fear. Chidi Okeke, 34, an engineer from Enugu "
        "who lives in Kasoa, said he was woken by his louvre windows rattling. “I have lived in Ghana "
        "for six years and never felt anything like it. My neighbours were all outside in their "
        "wrappers, praying,” he said.",
        "Another resident, a trader from Aba who gave her name only as Mrs Nwankwo, said her shop at "
        "Kasoa market had lost its front wall. “Thank God it happened at night. In the afternoon that "
        "place is full,” she said.",
        "The Nigerian High Commission in Accra said it had received no reports of Nigerians among "
        "the dead or injured and asked Nigerians there to heed guidance from Ghanaian officials.",
        "## Felt in Togo",
        "The tremor was felt as far away as Lomé in Togo, around 200 kilometres east of the "
        "epicentre, where some residents ran out of their homes.",
        "Dr. Olumide Fashola, a seismologist with the Toro-based Centre for Geodesy and "
        "Geodynamics in Bauchi State, said the event posed no danger to Nigeria. “Earthquakes in "
        "this part of West Africa are rare but not unknown. Accra has a recorded history of them, "
        "and this one fits that pattern,” he said.",
        "The Ghana Geological Survey Authority said aftershocks had continued through the night, the "
        "strongest measuring 3.8 at 2:10 a.m. local time, or 3:10 a.m. in Lagos.",
        "FIG|Residents of Weija gather outside their homes after the earthquake.|Courtesy: Kofi Asare "
        "via X",
        "Ghana's Greater Accra Regional Minister, Nii Amartey Quaye, said shelters had been opened in "
        "schools for families whose homes were no longer safe.",
        "Ghana last experienced a major earthquake in 1939, when a far stronger tremor caused "
        "widespread destruction in Accra.",
    ],
    [("Ayaba programme: NASRDA names new propulsion chief", "https://lagoscourier.example/news/nasrda-propulsion-chief"),
     ("Cotonou port congestion eases after customs reforms", "https://lagoscourier.example/world/cotonou-port-congestion"),
     ("Lagos traffic: Third Mainland Bridge closure schedule", "https://lagoscourier.example/metro/third-mainland-closure")],
    iso="2025-09-29T13:00:00+01:00", date_text="29 September 2025 | 1:00 pm", year="2025", ad_seed=0)

_S6_D = _newsletter_page(
    "Faultline Notes",
    "https://faultlinenotes.example/posts/weija-earthquake-what-it-does-and-doesnt-tell-us",
    "What the Weija earthquake does and doesn't tell us about Accra's faults",
    "A geologist's notes, three days on: depth, damage, the 1939 comparison and what should happen next",
    "Esi Quartey, independent geologist",
    [
        "Three days on from Sunday night's earthquake near Weija, the numbers have settled enough to "
        "write something useful. The event was a magnitude 5.1, at 23:47 GMT on 28 September (19:47 "
        "on the US east coast, and already 00:47 on the 29th in Lagos). GGSA puts the hypocentre at "
        "14 km depth, roughly 16 km west of central Accra. That is shallow, and shallow matters: the "
        "energy did not have far to travel to reach people's walls.",
        "## The human cost",
        "NADMO's figures as of Tuesday evening: four dead, 83 injured and, as assessment teams worked "
        "through Gbawe and Kasoa, 312 buildings damaged, up from 264 the night before. The death toll "
        "is mercifully small for a shallow event above magnitude 5 under a city, and I suspect the "
        "hour helped: near midnight most people were at home in single-storey houses rather than in "
        "markets or offices.",
        "NADMO's director-general, Abena Owusu-Sekyere, has been right to hammer one point: do not go "
        "back into a cracked building. Aftershocks are the real risk over the next fortnight. GGSA "
        "had counted nine by noon on Monday, the largest a 3.8 at 02:10.",
        "AD",
        "## Two faults, one corner",
        "Accra sits where two structures come close together: the Akwapim fault zone, running "
        "north-east towards Koforidua, and the coastal boundary fault offshore. Dr Ama Serwaa Boateng "
        "at GGSA said on Monday that they meet “not far from Weija” and that this corner is “exactly "
        "the area we have been watching”. Nobody who has looked at the seismicity maps would disagree.",
        "The obvious comparison is 22 June 1939, when an event usually put at around magnitude 6.5 "
        "damaged much of Accra. Because the scale is logarithmic, a 6.5 releases roughly 125 times "
        "more energy than a 5.1. Sunday's quake was a warning, not a repeat.",
        "## What I would like to see",
        "First, a rapid damage survey published by locality, not just totals; the Weija-Gbawe and Ga "
        "South assemblies collect this, and it should be public. Second, enforcement of the building "
        "code for the block-and-mortar extensions that went up across the western suburbs over the "
        "last decade: most of the 31 collapses NADMO had listed by Monday evening look, from the "
        "photographs I have seen, like exactly that kind of structure. Third, more seismometers. "
        "Ghana's network is thin for a capital region of more than five million people.",
        "## A note on depth",
        "Some early reports gave other depths. The figure I am working from is GGSA's solution, and "
        "the automatic solutions from international agencies were in the same range. If a better "
        "constrained depth emerges once the aftershocks are relocated, I will update this post.",
        "Schools in Weija-Gbawe are due to reopen on Thursday. If you teach there and your building "
        "has new cracks, please insist on an engineer's visit first.",
    ],
    [("Reading a seismogram without a degree", "https://faultlinenotes.example/posts/reading-a-seismogram"),
     ("The 1939 Accra earthquake, in contemporary reports", "https://faultlinenotes.example/posts/accra-1939-in-the-papers"),
     ("Why sand mining worries me more than earthquakes", "https://faultlinenotes.example/posts/sand-mining")],
    date_text="Wednesday 1 October 2025", year="2025", ad_seed=1)

STORY_6 = _story("quake-PC6", "earthquake", "2025-10-03", [
    _page("https://wcna.example/en/africa/2025-09-29/ghana-earthquake-accra-weija-magnitude-5-1", _S6_A),
    _page("https://accramirror.example/news/weija-quake-death-toll-rises-to-four-as-nadmo-opens-shelters", _S6_B),
    _page("https://lagoscourier.example/world/earthquake-in-ghana-tremor-felt-in-lome-three-dead-near-accra", _S6_C),
    _page("https://faultlinenotes.example/posts/weija-earthquake-what-it-does-and-doesnt-tell-us", _S6_D),
], [
    ("hypocentre depth", r"(?<![\d.])14[\s-]?(?:km|kilomet)", r"(?<![\d.])41[\s-]?(?:km|kilomet)"),
    ("NADMO head's title", r"(?<!deputy )(?<!deputy-)director[- ]general", r"deputy[- ]director[- ]general"),
])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
