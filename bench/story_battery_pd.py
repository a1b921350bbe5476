"""Part PD of the story battery (web pages).

Written by engineer PD1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PD`.

Six invented events, each told by three or four invented outlets as saved web pages.
cb-PD1 (Colombia's central bank cuts its rate a quarter point to 8.25% on 2026-03-27; planted:
the board's vote split, 4-3 everywhere except a rates newsletter that prints 5-2, and who said
the "not declaring victory over inflation" quote, governor Echeverri except on the public
broadcaster, which gives it to finance minister Arboleda). court-PD2 (Costa Rica's
Constitutional Chamber strikes down a coastal water-concessions law 5-2 on 2026-05-13;
planted: the deadline given to the Legislative Assembly, 12 months except 18 months in the
national paper, and the title of Paola Jimenez, environment minister except "vice-minister of
environment" in the Guanacaste local paper). trade-PD3 (Jamaica and the Dominican Republic
sign a tariff protocol in Santo Domingo on 2026-06-09; planted: the entry-into-force date,
August 1 except August 11 in the Dominican business journal, and the wording of minister
Whyte-Barnett's "not a deal for the big conglomerates" quote, turned into "as much as for the
small manufacturers" by a trade newsletter). election-PD4 (Panama's constitutional
referendum of 2026-10-18) is a CONTROL; earthquake-PD5 (a magnitude 6.1 quake off Puerto
Plata, Dominican Republic, late on 2026-08-22 local time) is a CONTROL; rocket-PD6 (Peru's
Inti-2 sounding rocket launched from Punta Lobos on 2026-07-16) is a CONTROL. All six carry
legitimate variation only: rounding, unit and currency conversions, local time against GMT
across midnight, relative dates, rising tolls and running counts with "as of" times, a
previous meeting, vote, quake or launch with its own figures, two agencies' magnitudes,
targets beside outcomes, parts beside totals, titles given fully, partly or as "former".
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers
# ---------------------------------------------------------------------------

def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;")


def _slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


_ADS = {
    "wire": ('<div class="ad-slot ad-inarticle" data-ad-unit="story_mid" aria-hidden="true">'
             '<span class="ad-label">Advertisement</span>'
             '<a href="https://ads.adnet.example/click?cr=88213" rel="sponsored">'
             '<img src="https://ads.adnet.example/cr/88213.jpg" alt="">'
             '</a><p class="ad-copy">Open a business account in minutes. Fees apply. '
             'Terms at our website.</p></div>'),
    "paper": ('<aside class="advert" aria-label="Advertisement"><p class="advert__tag">'
              'ADVERTISEMENT</p><div class="advert__creative">'
              '<a href="https://promo.shopline.example/sale" rel="sponsored nofollow">'
              'Weekend sale: up to 40% off kitchen appliances. Shop now</a></div>'
              '<p class="advert__continue">Story continues below</p></aside>'),
    "lite": ('<div class="sponsor-box"><small>Sponsored</small>'
             '<p><a href="https://partner.travelhub.example/?utm_source=site" '
             'rel="sponsored">Flights, hotels and tours across the region. Book with '
             'flexible dates.</a></p></div>'),
}


def _body(text: str, style: str, img_host: str) -> str:
    """Turn a light mark-up into article HTML.

    Blocks are separated by blank lines. "## x" is a sub-head, "[AD]" an advertisement,
    "[IMG] file || caption || credit" a photo, "[BOX] text || href" an inline read-more box;
    anything else is a paragraph.
    """
    out: list[str] = []
    for raw in text.strip().split("\n\n"):
        block = " ".join(raw.split())
        if not block:
            continue
        if block.startswith("- "):
            items = [" ".join(i.split()) for i in ("\n" + raw.strip()).split("\n- ") if i.strip()]
            out.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>")
        elif block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        elif block == "[AD]":
            out.append(_ADS[style])
        elif block.startswith("[IMG] "):
            fname, caption, credit = [p.strip() for p in block[6:].split("||")]
            out.append(
                f'<figure class="photo"><img src="https://{img_host}/images/{fname}" '
                f'alt="{_attr(caption)}" loading="lazy" width="1200" height="800">'
                f'<figcaption>{_esc(caption)} <span class="photo-credit">'
                f'{_esc(credit)}</span></figcaption></figure>')
        elif block.startswith("[BOX] "):
            label, href = [p.strip() for p in block[6:].split("||")]
            out.append(f'<aside class="read-more"><strong>Read more:</strong> '
                       f'<a href="{href}">{_esc(label)}</a></aside>')
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def _related(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{href}">{_esc(title)}</a></li>' for title, href in items)


def _wire(*, site: str, host: str, url: str, section: str, headline: str, dek: str,
          byline: str, iso: str, shown: str, body: str,
          related: list[tuple[str, str]], sep: str = "|") -> str:
    """Wire-service template: JSON-LD date, visible <time>, share bar, related rail."""
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": headline, "description": dek, "datePublished": iso,
        "dateModified": iso, "articleSection": section,
        "author": {"@type": "Person", "name": byline},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{host}/static/logo-600.png"}},
        "mainEntityOfPage": url}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} {sep} {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://{host}/media/og/{_slug(url)}.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://{host}/static/css/wire.4f2a9.css">
<script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
<a class="skip-link" href="#content">Skip to content</a>
<div id="consent-banner" class="consent" role="dialog" aria-live="polite">
<p>We and our partners use cookies to measure traffic and to show relevant advertising.
You can accept all cookies or choose which ones we may use.</p>
<button type="button" class="consent-accept">Accept all</button>
<button type="button" class="consent-settings">Cookie settings</button>
</div>
<header class="masthead">
<a class="brand" href="https://{host}/">{_esc(site)}</a>
<nav aria-label="Main"><ul>
<li><a href="https://{host}/world/">World</a></li>
<li><a href="https://{host}/americas/">Americas</a></li>
<li><a href="https://{host}/markets/">Markets</a></li>
<li><a href="https://{host}/business/">Business</a></li>
<li><a href="https://{host}/science/">Science</a></li>
<li><a href="https://{host}/photos/">Pictures</a></li>
</ul></nav>
<form class="search" action="https://{host}/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<main id="content">
<article class="story">
<p class="story-section"><a href="https://{host}/{section.lower().replace(' ', '-')}/">{_esc(section)}</a></p>
<h1 class="story-headline">{_esc(headline)}</h1>
<p class="story-dek">{_esc(dek)}</p>
<div class="story-meta"><span class="byline">By {_esc(byline)}</span>
<time class="published" datetime="{iso}">{_esc(shown)}</time>
<span class="read-time">4 min read</span></div>
<ul class="share-bar" aria-label="Share this article">
<li><a href="https://social.example/share?u={url}">Share on X</a></li>
<li><a href="https://facebook.example/sharer?u={url}">Facebook</a></li>
<li><a href="https://linkedin.example/share?u={url}">LinkedIn</a></li>
<li><a href="mailto:?subject={_attr(headline)}">Email</a></li>
<li><button type="button" class="copy-link">Copy link</button></li>
</ul>
<div class="story-body">
{_body(body, "wire", host)}
</div>
<p class="story-trust">Our standards: <a href="https://{host}/trust-principles">The {_esc(site)} Trust Principles</a>.</p>
</article>
<aside class="rail">
<h3>Read next</h3>
<ul>
{_related(related)}
</ul>
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="https://{host}/about">About us</a></li><li><a href="https://{host}/careers">Careers</a></li>
<li><a href="https://{host}/licensing">Licensing</a></li><li><a href="https://{host}/privacy">Privacy</a></li>
<li><a href="https://{host}/cookies">Cookie policy</a></li></ul>
<p>&copy; 2026 {_esc(site)}. All rights reserved. Quotes and market data may be delayed.</p>
</footer>
</body>
</html>
"""


def _paper(*, site: str, host: str, url: str, section: str, headline: str, dek: str,
           byline: str, iso: str | None, shown: str | None, body: str,
           related: list[tuple[str, str]], sep: str = "-") -> str:
    """Newspaper template: optional meta published_time, newsletter box, most-read rail."""
    date_meta = (f'<meta property="article:published_time" content="{iso}">\n'
                 f'<meta property="article:section" content="{_attr(section)}">\n'
                 if iso else f'<meta property="article:section" content="{_attr(section)}">\n')
    date_line = ""
    if shown and iso:
        date_line = f'<time class="dateline" datetime="{iso}">{_esc(shown)}</time>'
    elif shown:
        date_line = f'<span class="dateline">{_esc(shown)}</span>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} {sep} {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:image" content="https://{host}/uploads/social/{_slug(url)}-1200x630.jpg">
{date_meta}<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://{host}/wp-content/themes/daily/style.css?ver=6.4">
</head>
<body class="single single-post">
<a class="screen-reader-text skip-link" href="#primary">Skip to content</a>
<div class="top-bar"><a href="https://{host}/subscribe">Subscribe from $1 a week</a>
<a href="https://{host}/login">Sign in</a> <a href="https://{host}/e-paper">Today's e-paper</a></div>
<header class="site-header">
<p class="site-title"><a href="https://{host}/">{_esc(site)}</a></p>
<nav class="main-navigation"><ul>
<li><a href="https://{host}/news/">News</a></li><li><a href="https://{host}/politics/">Politics</a></li>
<li><a href="https://{host}/business/">Business</a></li><li><a href="https://{host}/region/">Region</a></li>
<li><a href="https://{host}/opinion/">Opinion</a></li><li><a href="https://{host}/sport/">Sport</a></li>
<li><a href="https://{host}/lifestyle/">Lifestyle</a></li></ul></nav>
</header>
<div id="primary" class="content-area">
<article class="post">
<header class="entry-header">
<span class="cat-links"><a href="https://{host}/{section.lower().replace(' ', '-')}/">{_esc(section)}</a></span>
<h1 class="entry-title">{_esc(headline)}</h1>
<p class="entry-excerpt">{_esc(dek)}</p>
<div class="entry-meta"><span class="author vcard">{_esc(byline)}</span> {date_line}</div>
<div class="social-share"><a class="wa" href="https://wa.example/send?text={url}">WhatsApp</a>
<a class="fb" href="https://facebook.example/sharer?u={url}">Facebook</a>
<a class="tw" href="https://social.example/share?u={url}">X</a>
<a class="print" href="javascript:window.print()">Print</a></div>
</header>
<div class="entry-content">
{_body(body, "paper", host)}
<div class="newsletter-signup"><h4>Get the morning briefing</h4>
<p>The stories that matter, in your inbox before 7 a.m. Free for registered readers.</p>
<form action="https://{host}/newsletter" method="post"><input type="email" name="email"
placeholder="Your email address"><button>Sign me up</button></form></div>
</div>
<footer class="entry-footer"><p>Have a tip? Write to news@{host}</p></footer>
</article>
<aside class="widget-area">
<section class="widget most-read"><h3>Most read</h3><ol>
{_related(related)}
</ol></section>
</aside>
</div>
<div class="cookie-notice" id="cookie-notice">This website uses cookies to improve your
experience. By continuing to browse you agree to our use of cookies.
<a href="https://{host}/privacy-policy">Learn more</a> <button>OK</button></div>
<footer class="site-footer"><p>&copy; 2026 {_esc(site)}. All rights reserved.</p>
<p><a href="https://{host}/contact">Contact</a> | <a href="https://{host}/advertise">Advertise</a> |
<a href="https://{host}/terms">Terms of use</a> | <a href="https://{host}/corrections">Corrections</a></p></footer>
</body>
</html>
"""


def _lite(*, site: str, host: str, url: str, kind: str, headline: str, dek: str,
          byline: str, iso: str | None, shown: str | None, body: str,
          related: list[tuple[str, str]], sep: str = "|") -> str:
    """Broadcaster / blog / newsletter template: light chrome, <time> only when dated."""
    if iso:
        stamp = f'<time datetime="{iso}">{_esc(shown or iso)}</time>'
        date_meta = f'<meta name="date" content="{iso}">\n'
    else:
        stamp = f'<span class="posted">{_esc(shown)}</span>' if shown else ""
        date_meta = ""
    extra = ""
    if kind == "broadcast":
        extra = ('<div class="audio-player"><button type="button">&#9654; Listen to this story'
                 '</button> <span class="duration">5:12</span></div>\n')
    elif kind == "newsletter":
        extra = ('<div class="paywall-note">This post is free to read. Paid subscribers get '
                 'the data tables and the full archive.</div>\n')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} {sep} {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{url}">
{date_meta}<link rel="canonical" href="{url}">
</head>
<body>
<a href="#post" class="skip">Skip to content</a>
<div class="gdpr" role="region" aria-label="Cookie consent">Cookies help us understand
what you read. <button>Allow</button> <button>Decline</button></div>
<header><div class="brand"><a href="https://{host}/">{_esc(site)}</a></div>
<nav><a href="https://{host}/">Home</a> <a href="https://{host}/latest">Latest</a>
<a href="https://{host}/archive">Archive</a> <a href="https://{host}/about">About</a>
<a class="btn" href="https://{host}/subscribe">Subscribe</a></nav></header>
<main id="post">
<article>
<h1>{_esc(headline)}</h1>
<h3 class="subtitle">{_esc(dek)}</h3>
<div class="post-meta"><span class="author">{_esc(byline)}</span> {stamp}</div>
{extra}<div class="post-body">
{_body(body, "lite", host)}
</div>
<div class="post-actions"><a href="https://{host}/share?u={url}">Share</a>
<a href="{url}#comments">Comments</a> <button type="button">Like</button></div>
</article>
<section class="more"><h4>Also on {_esc(site)}</h4><ul>
{_related(related)}
</ul></section>
</main>
<footer><p>{_esc(site)} &middot; <a href="https://{host}/terms">Terms</a> &middot;
<a href="https://{host}/privacy">Privacy</a> &middot; <a href="https://{host}/feed">RSS</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (Colombia). Planted: vote split (4-3 vs 5-2 in the newsletter);
# speaker of the "not declaring victory" quote (Echeverri vs Arboleda on the broadcaster).
# ---------------------------------------------------------------------------

_S1_A = _wire(
    site="Andean Wire Service", host="www.andeanwire.example",
    url="https://www.andeanwire.example/markets/2026/03/27/colombia-banrep-trims-rate-to-8-25",
    section="Markets",
    headline="Colombia's central bank trims key rate to 8.25% as divided board eases again",
    dek=("Policymakers lower borrowing costs by 25 basis points; governor says inflation "
         "has turned but is not beaten"),
    byline="Inés Cardona", iso="2026-03-27T18:52:00Z", shown="March 27, 2026 6:52 PM GMT",
    related=[
        ("Peru's central bank holds rate, flags food prices",
         "https://www.andeanwire.example/markets/2026/03/12/peru-bcrp-holds"),
        ("Colombian consumer prices rise less than forecast in February",
         "https://www.andeanwire.example/markets/2026/03/07/colombia-cpi-february"),
        ("Chile's peso slips as copper retreats",
         "https://www.andeanwire.example/markets/2026/03/27/chile-peso-copper"),
    ],
    body="""
BOGOTA, March 27 (AWS) - Colombian policymakers took 25 basis points off the benchmark
interest rate on Friday, leaving it at 8.25% and pressing on with an easing cycle that has now brought the
rate exactly five percentage points below its 2023 peak, although the board stayed badly
divided over how fast to go.

Four of the seven directors backed the cut and three wanted to keep the rate at 8.50%, the
bank, known locally as BanRep, said in a statement published at 18:10 GMT. The 4-3 outcome
was the tightest since policymakers started reducing borrowing costs in December 2023, when
the rate stood at 13.25%.

"We are not declaring victory over inflation," Governor Tomas Echeverri told reporters after
the meeting. "We are recognising that it has finally turned, and that policy can be a little
less tight without putting that at risk."

[IMG] banrep-facade-0327.jpg || The headquarters of Banco de la Republica in central Bogota. || Photo: Felipe Rozo / AWS

Annual consumer inflation eased to 4.87% in February from 5.21% in January, according to the
DANE statistics agency, still well clear of the bank's 3% target. Core inflation, which leaves
out food and regulated prices, was stickier at 5.32%.

The bank's technical staff now see inflation closing 2026 at 4.1% and expect the economy to
grow 2.9% this year after a 2.6% expansion in 2025, Echeverri said, adding that the outlook
for fuel and electricity tariffs was "the biggest single source of doubt" in the projections.

[AD]

Markets had gone into the decision almost as divided as the board. Of 21 analysts polled by
AWS earlier in the week, 12 expected a quarter-point reduction and nine forecast a hold.

The peso weakened 0.6% to 3,912.40 per dollar after the announcement, while yields on
Colombia's peso-denominated government bonds due in 2033 fell about 8 basis points.

## Fiscal backdrop

The board's caution reflects worries over public finances as well as prices. Finance
Minister Lucia Arboleda, who chairs the board under Colombian law, has defended a 2026
borrowing plan of 57 trillion pesos that some directors have publicly described as heavy.

In January the board cut by 50 basis points, taking the rate to 8.50% from 9.00%. Policymakers
next meet on April 30.

Elsewhere in the Andes, monetary policy is diverging. Peru's central bank left its reference
rate at 4.25% on March 12, saying it saw little room for further easing, while Chile's
central bank is expected to hold at its own meeting next week. Colombia's real interest rate,
the gap between the policy rate and inflation, remains among the highest in Latin America,
a point Echeverri acknowledged when asked whether the bank was falling behind its
neighbours. "Our starting point was different," he said. "We had further to travel."

(Reporting by Ines Cardona; additional reporting by Mateo Grisales in Medellin; editing by
Paula Ruiz)
""")

_S1_B = _paper(
    site="The Bogota Ledger", host="www.bogotaledger.example",
    url="https://www.bogotaledger.example/economy/2026/03/28/divided-banrep-board-delivers-another-cut",
    section="Economy",
    headline="Divided BanRep board delivers another quarter-point cut",
    dek=("The bank now sits at 8.25 per cent. The governor says inflation has turned; the "
         "finance minister says families still cannot afford a mortgage."),
    byline="Daniela Ospina", iso="2026-03-28T06:30:00-05:00",
    shown="Saturday 28 March 2026", related=[
        ("Transmilenio fare rise delayed until June",
         "https://www.bogotaledger.example/city/2026/03/27/transmilenio-fare"),
        ("Opinion: The board should stop apologising for cutting",
         "https://www.bogotaledger.example/opinion/2026/03/28/board-apologising"),
        ("Coffee growers count the cost of a wet harvest",
         "https://www.bogotaledger.example/region/2026/03/26/coffee-wet-harvest"),
        ("How much does a home loan cost in Bogota now?",
         "https://www.bogotaledger.example/money/2026/03/20/home-loan-cost"),
    ],
    body="""
The board of Banco de la Republica reduced its intervention rate by a quarter of a
percentage point on Friday, to 8.25 per cent, in a decision that split the seven directors
four votes to three and left economists arguing about what comes next.

The announcement arrived shortly after 1 p.m. Three directors had argued for holding at 8.50
per cent, according to the bank's short statement, which as usual did not say who voted
which way.

Governor Tomas Echeverri, speaking at the press conference that followed, insisted the bank
was "not declaring victory over inflation". The fall in prices, he said, showed inflation had
"finally turned", and that was reason enough to ease a little.

[IMG] ledger-echeverri-presser.jpg || Governor Tomas Echeverri (right) and Finance Minister Lucia Arboleda at Friday's press conference. || Photo: Andres Mora for The Ledger

Consumer prices rose 4.87 per cent in the year to February, just under the 5 per cent mark
that had become a sort of psychological floor. That is a long way down from the double-digit rates of three
years ago, but still well above the 3 per cent target.

## The view from the Treasury

The finance minister, Lucia Arboleda, who by law presides over the board, welcomed the cut
without pretending it was enough. "Mortgage rates are still too high for a young family in
Soacha or in Bello," she said. "For them every quarter point matters."

Arboleda, a former dean of economics at the Universidad del Valle, has made housing a theme
of her tenure. Her ministry's financing plan for this year foresees borrowing of 57 trillion
pesos, about $14.6bn at Friday's exchange rate, and several independent directors have
warned that heavy issuance keeps long-term rates high whatever the board does.

[AD]

The contrast with January is striking. At that meeting the board lowered the rate by half a
point, from 9 per cent, and only one director dissented, a six-votes-to-one result that many
read as a sign of a board in agreement. Friday's split suggests that consensus has thinned as
the rate approaches what staff consider neutral.

## What analysts expect

Camila Ortega, chief economist at Banco Andino de Inversion, said she still expected a
further quarter-point cut at the next meeting on April 30, "but only if the March figure
confirms the trend and the peso behaves". The currency closed at about 3,900 per dollar on
Friday, a little weaker after the decision.

The staff's new forecast puts year-end inflation at 4.1 per cent, against 5.2 per cent at the
end of 2025. Growth is seen at 2.9 per cent this year.

Not everyone was persuaded. Fenalco, the retailers' federation, said the cut was "welcome but
timid", while a group of former finance officials argued in a letter published on Thursday
that the board should pause until the government presents its revised fiscal plan in June.

[BOX] Explainer: who sits on BanRep's board, and who appoints them || https://www.bogotaledger.example/economy/explainer-banrep-board
""")

_S1_C = _lite(
    site="CPM Noticias", host="noticias.cpm.example", kind="broadcast",
    url="https://noticias.cpm.example/economia/banco-de-la-republica-recorta-tasa-marzo-2026",
    headline="Banco de la Republica cuts rate again, by a quarter point",
    dek="A narrow majority on the board backed the move; Treasury and bank both urged caution",
    byline="Juliana Castano, economics correspondent",
    iso="2026-03-27T21:40:00-05:00", shown="27/03/2026 - 21:40",
    related=[
        ("Podcast: why the peso moves when the board meets",
         "https://noticias.cpm.example/podcasts/peso-y-junta"),
        ("Fuel price adjustment for April announced",
         "https://noticias.cpm.example/economia/ajuste-combustibles-abril"),
        ("Regional round-up: Santander, Boyaca and Norte de Santander",
         "https://noticias.cpm.example/regiones/resumen-27-marzo"),
    ],
    body="""
Borrowing money in Colombia got slightly cheaper on Friday afternoon: Banco de la Republica
brought its reference rate down a quarter point, from 8.50% to 8.25%, its second reduction
so far this year.

The decision was taken by a margin of four to three on the board, the bank said shortly
after one in the afternoon. It did not identify the directors on each side.

At the press conference that followed at the bank's headquarters, Finance Minister Lucia
Arboleda, who chairs the board, set the tone. "We are not declaring victory over inflation,"
she said. "We are recognising that it has finally turned, and that policy can be a little
less tight without putting that at risk."

The bank's governor, Tomas Echeverri, focused on the numbers. Prices in February were 4.87%
higher than a year earlier, he said, but core inflation remained above 5%, and energy tariffs
could still surprise. He declined to say whether the board would cut again in April.

The reduction follows a larger move in January, when the board took half a point off the
rate. Since then the inflation data have come in a little better than the bank expected:
prices rose 4.87% in the twelve months to February, after 5.21% in the twelve months to
January.

[AD]

## What it means for households

For people with loans the effect is gradual. Banks adjust the rates on new consumer credit
and mortgages over several weeks, and credit-card rates follow the central bank only loosely.

Business groups were broadly pleased. The industrialists' association ANDI told members in a
note that a quarter point "helps at the margin", though its members worry more about the cost
of energy. Two lenders that specialise in small firms, in Cali and in Barranquilla, told CPM
they planned to trim the rates on working-capital loans before the end of April.

Alberto Mejia Ruiz, a former co-director of the bank who now teaches at the Universidad de
los Andes, told CPM that the split vote was not a bad sign. "A board that votes four to three
is a board that is thinking," he said. "The risk would be a board that moves in silence."

[IMG] cpm-mejia-interview.jpg || Former co-director Alberto Mejia Ruiz during an interview with CPM Noticias on Friday. || Image: CPM Noticias

Mejia noted that the rate had come down from 13.25% since the cycle began at the end of 2023,
and that further cuts would likely be smaller and slower.

The board meets again at the end of April. The government is due to publish its updated
medium-term fiscal framework in June, a document several directors have said they will
weigh closely.

Listen to the full interview with Alberto Mejia Ruiz on CPM Radio's evening economy
programme, available in our podcast section.
""")

_S1_D = _lite(
    site="Andean Rates Letter", host="andeanrates.letters.example", kind="newsletter",
    url="https://andeanrates.letters.example/p/banrep-cuts-25bp-what-the-split-tells-us",
    headline="BanRep cuts 25bp: what the split tells us",
    dek="Weekend edition. The board delivered; the curve wants more; the dissent matters",
    byline="Sebastian Villamizar", iso=None, shown="Weekend edition", related=[
        ("Peru: the BCRP is done, for now",
         "https://andeanrates.letters.example/p/peru-bcrp-done-for-now"),
        ("Chart pack: real policy rates across the Andes",
         "https://andeanrates.letters.example/p/chart-pack-real-rates"),
        ("Reader Q&A: TES duration after the cut",
         "https://andeanrates.letters.example/p/reader-qa-tes-duration"),
    ],
    body="""
Good morning. Friday's BanRep decision was the one most of you expected, but the vote was
closer than the statement's calm tone suggests, so this week's letter is mostly about that.

## The decision

The board cut the policy rate 25bp to 8.25%. The vote was 5-2, with two directors preferring
to hold at 8.50%. The bank does not publish names, but the minutes, due in two weeks, usually
carry enough detail to guess.

Governor Echeverri was careful in the press conference not to claim that the job is done; he
talked about inflation having "turned" rather than about it being beaten, and he pointed to
regulated energy tariffs as the main risk to the staff forecast.

[AD]

## Real rates

With headline CPI at 4.87% y/y in February, the ex-post real policy rate is now about 3.4%.
Using the staff's 4.1% year-end inflation forecast instead, the ex-ante real rate is a
little over 4%. Either way policy is still restrictive; neutral is usually put somewhere around 2%
to 2.5% in real terms.

Core inflation (ex food and regulated items) at 5.32% is the number the hawks keep quoting,
and fairly so. It has come down by only about 40bp since November.

## Board arithmetic

A reminder for newer readers: the board has seven seats. The finance minister chairs it, the
governor sits on it, and the other five are co-directors appointed for staggered four-year
terms. Two of those five seats changed hands in February, so this was only the second
meeting for the new arrivals, and nobody outside the room yet knows how they lean. That is
one reason I would not over-read a single vote, and one reason the minutes matter more than
usual this time.

## Curve and peso

The IBR swap curve on Friday evening priced another 25bp on 30 April and roughly 100bp of
total easing over the rest of 2026. That looks a little generous to me given the split. The
peso closed at 3,912 per dollar, 0.6% weaker on the day, which is modest.

"The surprise was not the cut, it was how narrow the majority was," Jorge Ibanez, head of
local rates at Pacifico Capital, wrote to clients. He now expects a pause in April and a
cut in June.

For comparison, January's 50bp cut (to 8.50% from 9.00%) passed with a single dissent. The
cycle began in December 2023 from 13.25%.

## What I'm watching

March CPI, out in the first days of April; the minutes; and the Treasury's fiscal framework
in June. If you want the data tables behind the charts, they are in the paid section as
usual.

See you next weekend.
""")


STORY_1 = _story("cb-PD1", "central bank", "2026-03-31", [
    _page("https://www.andeanwire.example/markets/2026/03/27/colombia-banrep-trims-rate-to-8-25",
          _S1_A),
    _page("https://www.bogotaledger.example/economy/2026/03/28/divided-banrep-board-delivers-another-cut",
          _S1_B),
    _page("https://noticias.cpm.example/economia/banco-de-la-republica-recorta-tasa-marzo-2026",
          _S1_C),
    _page("https://andeanrates.letters.example/p/banrep-cuts-25bp-what-the-split-tells-us",
          _S1_D),
], [
    ("vote split",
     r"(?<![\d-])4[-–]3(?![\d-])|(?<![\w-])four(?: votes)?[- ]to[- ]three(?![\w])"
     r"|(?<![\d-])4 to 3(?![\d-])",
     r"(?<![\d-])5[-–]2(?![\d-])|(?<![\w-])five(?: votes)?[- ]to[- ]two(?![\w])"
     r"|(?<![\d-])5 to 2(?![\d-])"),
    ("speaker of the 'not declaring victory' quote", r"echeverri", r"arboleda"),
])


# ---------------------------------------------------------------------------
# Story 2 - court (Costa Rica). Planted: deadline for the Legislative Assembly (12 months vs
# 18 months in the national paper); Paola Jimenez's title (environment minister vs
# vice-minister of environment in the local paper).
# ---------------------------------------------------------------------------

_S2_A = _wire(
    site="Centroamerica Press Agency", host="www.cpa-news.example",
    url="https://www.cpa-news.example/en/costa-rica/2026/05/13/top-court-voids-coastal-water-law",
    section="Costa Rica",
    headline="Costa Rica's top court voids law easing water permits for coastal resorts",
    dek=("Constitutional Chamber rules 5-2 that the 2025 law weakened protection of "
         "Guanacaste's aquifers; Congress given 12 months to legislate"),
    byline="Ana Lucia Vega", iso="2026-05-13T23:40:00Z", shown="13 May 2026, 23:40 GMT",
    sep="-",
    related=[
        ("Nicaragua border crossing reopens after two-day closure",
         "https://www.cpa-news.example/en/nicaragua/2026/05/13/border-reopens"),
        ("Panama canal draft limits eased as rains return",
         "https://www.cpa-news.example/en/panama/2026/05/12/canal-draft-limits"),
        ("Costa Rica tourism arrivals up 4% in first quarter",
         "https://www.cpa-news.example/en/costa-rica/2026/04/29/tourism-arrivals"),
    ],
    body="""
SAN JOSE, May 13 (CPA) - Costa Rica's Constitutional Chamber on Wednesday struck down a 2025
law that let tourism developments on the Pacific coast obtain groundwater permits without a
hydrogeological study, finding that it fell short of what the constitution demands for
a healthy environment and for access to drinking water.

The decision, adopted by five votes to two, was read out at a news conference at 4:30 p.m.
local time (22:30 GMT) by the chamber's president, Magistrate Rodrigo Vargas Solano. Only the
operative part was released; the full ruling, with the reasoning of the majority and of the
two dissenting magistrates, will be published in the coming weeks, the court said.

The challenge had been filed in October 2025 by 14 community water associations, known as
ASADAS, from the cantons of Santa Cruz and Carrillo in Guanacaste province, a dry region where
several villages faced rationing during last year's dry season.

## What the court ordered

No new concessions may be granted under Law No. 10,611, with immediate effect. The 23
concessions already issued under the law, which together allow pumping of up to 410 litres
per second, must pass a hydrogeological review by SENARA, the national groundwater agency,
within six months or lapse.

The chamber gave the Legislative Assembly 12 months to approve rules on how tourism
projects may obtain water, Vargas said. Until then, applications must follow the ordinary
procedure that existed before the 2025 law.

[AD]

The law was approved by the Assembly in June 2025 by 31 votes to 17 and took effect in July.
Its backers argued that the ordinary procedure could take more than two years and was
driving investment to other countries.

Environment Minister Paola Jimenez said the government respected the ruling and would send
a bill to the Assembly "before the end of June" to replace the voided law. "The country needs
investment on the coast and it needs water in the villages, and it is our job to make those
two things fit," she told reporters.

The Guanacaste Tourism Chamber said projects worth about $340 million depended on
concessions affected by the ruling. Its president, Fabian Mora, called the decision "a
setback for employment in a province that needs jobs".

Mariela Quiros, the lawyer who represented the water associations, said the ruling
"put the aquifer first, where the constitution already put it". Quiros, a former president
of the Costa Rican Bar Association, argued the case at an oral hearing in February.

(Reporting by Ana Lucia Vega; editing by Tomas Arguedas)
""")

_S2_B = _paper(
    site="The San Jose Chronicle", host="www.sjchronicle.example",
    url="https://www.sjchronicle.example/news/2026/05/14/sala-iv-strikes-down-coastal-water-law",
    section="National",
    headline="Sala IV strikes down coastal water law, orders Congress to start again",
    dek=("Five magistrates found the 2025 law unconstitutional; two dissented. Resort "
         "developers say hundreds of millions are now in limbo."),
    byline="Carolina Madrigal", iso="2026-05-14T05:00:00-06:00", shown="May 14, 2026",
    related=[
        ("Editorial: The water law was a shortcut. The court closed it.",
         "https://www.sjchronicle.example/opinion/2026/05/14/editorial-water-law"),
        ("Dry season ends late in Guanacaste; reservoirs at 38%",
         "https://www.sjchronicle.example/news/2026/05/10/dry-season-guanacaste"),
        ("Liberia airport passenger numbers hit record",
         "https://www.sjchronicle.example/business/2026/05/08/liberia-airport-record"),
        ("Who are the seven magistrates of the Constitutional Chamber?",
         "https://www.sjchronicle.example/news/explainer-sala-iv-magistrates"),
    ],
    body="""
The Constitutional Chamber of the Supreme Court, better known as Sala IV, on Wednesday
declared unconstitutional the law that allowed hotels and residential projects in coastal
Guanacaste to secure well permits without a prior study of the aquifer beneath them.

Five of the chamber's seven magistrates voted to annul Law No. 10,611. The other two,
Magistrates Elena Montero Chacon and Luis Diego Arce Vindas, dissented, and will explain
their reasons in the full ruling, which the court expects to publish within weeks.

In the meantime the chamber released the operative part, which goes further than many
lawyers expected. It bars new concessions under the law immediately, orders a review of those
already granted, and gives the Legislative Assembly 18 months to pass replacement rules
governing water for tourism projects.

[IMG] sjc-sala-iv-hearing.jpg || Magistrates of the Constitutional Chamber during the oral hearing on the water law in February. || Photo: Poder Judicial

## An old fight

The case revives a conflict that Guanacaste has lived through before. In 2008 residents of
Sardinal, in Carrillo canton, blocked the construction of an aqueduct meant to carry water
to hotels near Playas del Coco, and the dispute ended up before the same chamber.

This time the plaintiffs were 14 ASADAS, the community associations that run village water
systems across rural Costa Rica. Their lawyer, Mariela Quiros Herrera, who led the Costa
Rican Bar Association from 2019 to 2022, argued that the 2025 law replaced a hydrogeological
study by SENARA with a sworn statement from a consultant paid by the developer.

"A sworn statement does not tell you how much water is under the ground," Quiros said
outside the court building in San Jose. "A study does."

[AD]

## Industry alarm

Developers reacted with dismay. The Guanacaste Tourism Chamber estimates that projects
worth about $340 million, roughly 172 billion colones, are tied to the 23 concessions
granted since the law took effect in July 2025. Those concessions now have six months to
pass a SENARA review.

Fabian Mora Lobo, the chamber's president, said some investors had already asked lawyers
whether they could sue the state. "People bought land, signed contracts and broke ground on
the strength of a law passed by this country's Congress," he said.

The Minister of Environment and Energy, Paola Jimenez Araya, promised in a written
statement late on Wednesday full compliance and a bill in the Assembly before the end of
June. Her statement left open whether that bill will bring back the SENARA study in its old
form.

## The dissent

According to a summary read at the news conference, the two dissenting magistrates held that
the law "did not eliminate environmental controls, it reorganised them", and that it was for
the Assembly, not the chamber, to decide how permits should be processed.

The Assembly's Environment Committee has scheduled a session on May 26 to hear SENARA's
director, Luis Fernando Salas, on the state of the coastal aquifers.
""")

_S2_C = _paper(
    site="The Guanacaste Sun", host="www.guanacastesun.example",
    url="https://www.guanacastesun.example/local/asadas-celebrate-court-ruling-on-water-law",
    section="Local",
    headline="'We carried buckets while the pools were full': ASADAS celebrate court ruling",
    dek=("Villagers in Santa Cruz and Carrillo say the Sala IV decision vindicates years of "
         "complaints; hotels fear delays"),
    byline="Jose Pablo Guevara, Santa Cruz", iso=None, shown="Thursday, May 14, 2026",
    related=[
        ("Tamarindo road repairs to finish in July",
         "https://www.guanacastesun.example/local/tamarindo-road-repairs"),
        ("Liberia fair returns with record number of stalls",
         "https://www.guanacastesun.example/culture/liberia-fair-returns"),
        ("Letters: Who pays for the new wells?",
         "https://www.guanacastesun.example/opinion/letters-new-wells"),
    ],
    body="""
In the village of Villarreal, a few kilometres inland from Tamarindo, the news from San Jose
arrived by telephone a little before five on Wednesday afternoon, and within an hour people
had gathered outside the small office of the local water association.

"We have been carrying buckets every April while the hotel pools were full," said Rosa
Elizondo, 67, who has presided over the Villarreal ASADA for nine years. "Today somebody in
San Jose listened."

The Constitutional Chamber ruled by five votes to two that Law No. 10,611, passed last year,
was unconstitutional. The law had allowed tourism developments in coastal districts to obtain
permits for wells without a hydrogeological study by SENARA, the groundwater agency.

Villarreal's ASADA was one of the 14 associations from Santa Cruz and Carrillo cantons that
filed the challenge last October.

[IMG] villarreal-asada-office.jpg || Members of the Villarreal ASADA outside their office on Wednesday evening after hearing the ruling. || Photo: Jose Pablo Guevara / The Guanacaste Sun

## What changes on the coast

For now, no developer can obtain a new permit under the law. The 23 permits already granted,
several of them for projects between Tamarindo and Playa Flamingo, must be reviewed by SENARA
within six months. Congress has twelve months to write new rules.

Vice-Minister of Environment Paola Jiménez promised on Wednesday that a replacement bill
would be ready before the end of June. The vice-minister added that she had
asked SENARA to prioritise the review of wells near communities that suffered rationing.

[AD]

Not everyone in the canton is celebrating. Hotel workers in Huacas and Brasilito worry that
projects will stall. Marvin Cubillo, 38, a foreman on a condominium project near Playa
Grande, said the site had already paused hiring in April "because everyone knew this was
coming".

The Guanacaste Tourism Chamber, which is based in Liberia, puts the value of the affected
projects at roughly $340 million. Its president, Fabian Mora, said on local radio that the
sector "is not against studies, but against studies that take three years".

## Two dry seasons

Santa Cruz canton suffered rationing in at least nine communities during the 2025 dry
season, according to the municipality. Trucks from the national water utility, AyA,
delivered water to schools in Cartagena and Villarreal for weeks.

The municipality's mayor, Jorge Chavarria, said he would ask the Environment Committee of the
Legislative Assembly to hold a session in Santa Cruz. The committee is due to take up the
subject on May 26 in San Jose, with SENARA's director as its first witness.

Rosa Elizondo says she will travel to San Jose for it. "I have been to the capital three times
in my life," she said, laughing. "Twice for this."
""")

_S2_D = _lite(
    site="Water Law Brief", host="waterlawbrief.example", kind="newsletter",
    url="https://waterlawbrief.example/2026/05/15/costa-rica-sala-iv-law-10611-analysis",
    headline="Costa Rica: Sala IV annuls Law 10,611 - a first reading of the operative part",
    dek="What the Constitutional Chamber decided, what it deferred, and what to watch",
    byline="Lic. Andrea Solis Campos", iso="2026-05-15T10:00:00-06:00",
    shown="May 15, 2026", related=[
        ("Guatemala: Constitutional Court and the Motagua river cases",
         "https://waterlawbrief.example/2026/04/22/guatemala-motagua-cases"),
        ("Panama: reservoir expropriation rules, explained",
         "https://waterlawbrief.example/2026/03/30/panama-reservoir-rules"),
        ("Right to water in Latin American constitutions: a table",
         "https://waterlawbrief.example/resources/right-to-water-table"),
    ],
    body="""
On Wednesday, Costa Rica's Constitutional Chamber (Sala Constitucional, commonly "Sala IV")
declared Law No. 10,611 unconstitutional in its entirety. Only the operative part (the "por
tanto") has been notified; the reasoning will follow in the full text. What follows is a
first reading for clients and subscribers, and it may need revisiting once that text is out.

## The holding

The action was brought by 14 ASADAS from two Guanacaste cantons. The majority of five
magistrates found that replacing a prior hydrogeological study by SENARA with a sworn
technical declaration failed the standards that Article 50 of the Constitution imposes. That
article has protected a healthy and ecologically balanced environment since 1994 and, since
the 2020 amendment, expressly recognises access to drinking water as a fundamental right.

The two dissenters, per the court's summary, took the view that the legislature had chosen a
different control mechanism rather than removing control, and that the choice fell within
its margin of appreciation.

[AD]

## Effects in time

The chamber used its power to shape the temporal effects of the ruling:

1. Ex nunc annulment for new applications: from the date of the ruling, no concession may
be granted on the basis of Law 10,611.

2. A six-month window for the 23 concessions already granted: each must obtain a favourable
SENARA hydrogeological opinion or it will lapse.

3. A 12-month period for the Legislative Assembly to regulate water concessions for tourism
projects; in the meantime the pre-2025 general procedure applies.

Point 3 is the interesting one. The chamber cannot legislate, but it has in the past set
deadlines for the Assembly where annulment leaves a gap, and legislators have not always met
them.

## The government's position

MINAE, the environment ministry, has said it will comply and will table a bill before the end
of June. Minister Paola Jimenez has not said whether the bill will restore the SENARA study
unchanged or create a faster track with binding time limits for the agency. The latter seems
more likely to us, and would respond to the industry's main complaint, which concerns delay
rather than the existence of a study.

## What to watch

- The full text, expected within weeks: especially any guidance on what a valid study must
contain.
- The Environment Committee session on Tuesday, May 26, with SENARA's director.
- Claims for damages by developers. The Guanacaste Tourism Chamber has spoken of about
$340 million in projects; the state's liability for losses caused by a law later annulled is
an unsettled question in Costa Rican law.

We will update this note when the full ruling is published.
""")


STORY_2 = _story("court-PD2", "court", "2026-05-18", [
    _page("https://www.cpa-news.example/en/costa-rica/2026/05/13/top-court-voids-coastal-water-law",
          _S2_A),
    _page("https://www.sjchronicle.example/news/2026/05/14/sala-iv-strikes-down-coastal-water-law",
          _S2_B),
    _page("https://www.guanacastesun.example/local/asadas-celebrate-court-ruling-on-water-law",
          _S2_C),
    _page("https://waterlawbrief.example/2026/05/15/costa-rica-sala-iv-law-10611-analysis",
          _S2_D),
], [
    ("deadline given to the Legislative Assembly",
     r"(?<![\d.])(?:12|twelve)[ -]months?(?![\w])",
     r"(?<![\d.])(?:18|eighteen)[ -]months?(?![\w])"),
    ("title of Paola Jimenez",
     r"(?<!vice-)(?<!vice )(?<!deputy )(?:environment minister|minister of (?:the )?environment)",
     r"vice[- ]?minister(?: of (?:the )?environment)?|deputy (?:environment )?minister"),
])


# ---------------------------------------------------------------------------
# Story 3 - trade (Jamaica / Dominican Republic). Planted: entry-into-force date (August 1
# vs August 11 in the business journal); wording of Whyte-Barnett's quote ("not a deal for the
# big conglomerates" vs "as much as for the small manufacturers" in the newsletter).
# ---------------------------------------------------------------------------

_S3_A = _wire(
    site="Caribbean Wire", host="www.caribbeanwire.example",
    url="https://www.caribbeanwire.example/business/2026/06/09/jamaica-dominican-republic-tariff-protocol",
    section="Business",
    headline="Jamaica, Dominican Republic sign deal to scrap tariffs on 312 products",
    dek=("Protocol extends 1998 CARICOM free-trade pact to goods long kept on exclusion lists; "
         "rice, sugar and poultry stay protected"),
    byline="Nadine Campbell", iso="2026-06-09T17:05:00Z", shown="Jun 9, 2026 | 17:05 GMT",
    related=[
        ("Barbados budget targets primary surplus of 3.5% of GDP",
         "https://www.caribbeanwire.example/business/2026/06/08/barbados-budget"),
        ("Caucedo port volumes rise for sixth straight month",
         "https://www.caribbeanwire.example/business/2026/06/05/caucedo-volumes"),
        ("Trinidad gas output recovers after maintenance",
         "https://www.caribbeanwire.example/energy/2026/06/04/trinidad-gas-output"),
    ],
    body="""
SANTO DOMINGO, June 9 (Caribbean Wire) - Jamaica and the Dominican Republic put their
names on Tuesday to a protocol that scraps import duties on 312 categories of goods, from rum
and pepper sauces to cement and plastic packaging, with Kingston hoping to shrink a trade
imbalance that leans heavily toward its neighbour.

The protocol, signed at the Dominican foreign ministry at 11:30 a.m. local time (15:30 GMT),
complements the free trade agreement between the Caribbean Community and the Dominican
Republic that dates from 1998. The goods it covers had been left on exclusion lists under
that pact.

Duties on 118 of the tariff lines will disappear as soon as the protocol enters into force,
scheduled for Aug. 1 provided both countries ratify it in time. Tariffs on the remaining 194
lines will be phased out over four years. Forty-six sensitive lines, including rice, sugar,
poultry and pork, remain excluded.

"This is not a deal for the big conglomerates," Jamaica's Minister of Industry, Investment
and Commerce, Marcia Whyte-Barnett, said at the ceremony, describing it as an opening for
small manufacturers who have never exported.

[IMG] cw-signing-santo-domingo.jpg || Jamaica's Marcia Whyte-Barnett (left) and the Dominican Republic's Ramon Peguero exchange documents in Santo Domingo on Tuesday. || Photo: Luis Almonte / Caribbean Wire

Dominican Minister of Industry, Commerce and MSMEs Ramon Peguero said the two islands, about
an hour apart by plane, had "spent decades trading as if we lived on different continents".

## Lopsided trade

Two-way goods trade came to $412 million in 2025, according to figures from both
governments, of which Jamaican exports to the Dominican Republic accounted for only $57
million. Jamaica bought $355 million of Dominican goods, mainly construction materials,
medicines, plastics and processed food.

Jamaica's government projects its exports to the Dominican market could reach about $120
million a year by 2030 if the protocol is fully implemented.

[AD]

Under the rules of origin, goods must contain at least 40% regional value to qualify. A joint
administrative commission will meet for the first time in Kingston in October to oversee the
agreement.

Jamaica's House of Representatives is expected to debate the protocol in July. In the
Dominican Republic it must be approved by both chambers of Congress.

The Jamaica Manufacturers and Exporters Association gave the protocol a cautious welcome and
promised to keep a close eye on cement and steel imports during the phase-out period.

Rum producers stand to be among the first beneficiaries. Jamaican rum currently pays a 20%
duty on entering the Dominican market, a country with its own large rum industry, and will
enter free of duty from the first day. Dominican distillers did not object publicly, and
industry officials in Santo Domingo said they expected to export more to Jamaica in return.

Caribbean Wire's reporting on regional trade is supported by partner newsrooms in Kingston,
Port of Spain and Bridgetown.

(Reporting by Nadine Campbell; additional reporting by Orlando Baez; editing by Kevin Shaw)
""")

_S3_B = _paper(
    site="The Kingston Courier", host="www.kingstoncourier.example",
    url="https://www.kingstoncourier.example/business/20260610/jamaica-dr-trade-protocol-signed",
    section="Business",
    headline="Jamaica, DR sign trade protocol; small manufacturers eye Dominican market",
    dek=("Tariffs on 312 product lines to fall, 118 of them at once. Minister says the deal is "
         "aimed at small firms, not conglomerates."),
    byline="Rohan Thompson, Business Reporter", iso="2026-06-10T04:30:00-05:00",
    shown="Wednesday, June 10, 2026", related=[
        ("BOJ holds policy rate, cites stable inflation",
         "https://www.kingstoncourier.example/business/20260609/boj-holds-rate"),
        ("St Ann farmers count losses after early-season flooding",
         "https://www.kingstoncourier.example/news/20260608/st-ann-flooding"),
        ("Editorial: A door to Hispaniola - if we walk through it",
         "https://www.kingstoncourier.example/opinion/20260610/editorial-door-hispaniola"),
        ("JSE main index closes at record",
         "https://www.kingstoncourier.example/business/20260609/jse-record"),
    ],
    body="""
Jamaica and the Dominican Republic yesterday signed a protocol that will remove import duties
on 312 tariff lines traded between the two countries, in what Industry Minister Marcia
Whyte-Barnett described as an opening for the island's smaller producers.

The signing took place in Santo Domingo at 10:30 a.m. Jamaica time, at the headquarters of
the Dominican Ministry of Foreign Affairs. The Dominican side was represented by Ramon
Peguero Almanzar, the Minister of Industry, Commerce and MSMEs.

"This is not a deal for the big conglomerates; it is a deal for the small manufacturers in St
Catherine and St Ann who have never shipped a single box abroad," Whyte-Barnett said in her
address. "The big players already know the way to Santo Domingo."

[IMG] kc-whyte-barnett-address.jpg || Industry, Investment and Commerce Minister Marcia Whyte-Barnett addresses the signing ceremony in Santo Domingo yesterday. || Photo: Contributed / MIIC

## Trade gap

The numbers explain the emphasis. Jamaica exported goods worth US$57 million to the
Dominican Republic last year, while importing US$355 million, for a deficit of US$298
million. Total trade between the two countries, at US$412 million, is worth roughly J$64.7
billion at current exchange rates.

Under the protocol, duties on 118 lines are to be removed on 1 August, the planned date of
entry into force, and the rest over four years. The protocol must first be ratified by the
Parliament of Jamaica and by the Dominican Congress; the Leader of Government Business has
indicated that the House will take it up before the summer break.

Items freed at once include Jamaican rum, liqueurs, sauces and condiments, baked goods and
paints. On the Dominican side, cement, steel bars and some plastics fall into the four-year
group, which the ministry says is designed to give local producers time to adjust.

[AD]

## Manufacturers cautious

The Jamaica Manufacturers and Exporters Association (JMEA) welcomed the agreement but
sounded a note of caution. "Access is one thing, competitiveness is another," said its
president, Kerry-Ann Dacosta. "The Dominicans have scale, cheaper energy and a port at
Caucedo that moves more containers in a week than some of our terminals move in a month."

Dacosta said the JMEA would ask the ministry to monitor cement and steel imports during the
transition and to use the safeguard clause if needed.

Whyte-Barnett said a trade mission of about 30 Jamaican companies would travel to Santo
Domingo in September, and that the Jamaica Promotions Corporation (JAMPRO) would open a desk
to help first-time exporters register products with Dominican regulators.

The government has set a goal of raising exports to the Dominican Republic to about US$120
million a year by 2030, more than double last year's level.

## Background

The protocol builds on the CARICOM-Dominican Republic Free Trade Agreement, signed in 1998,
which removed duties on most goods but left long exclusion lists on both sides. Jamaica and
the Dominican Republic have held four rounds of talks on those lists since 2023.

A joint commission is to meet in Kingston in October to oversee the new arrangements.
""")

_S3_C = _paper(
    site="Santo Domingo Business Journal", host="www.sdbusinessjournal.example",
    url="https://www.sdbusinessjournal.example/trade/2026/06/11/protocol-with-jamaica-what-exporters-need-to-know",
    section="Trade",
    headline="Protocol with Jamaica: what Dominican exporters need to know",
    dek=("Duty-free access for 312 tariff lines, 40% regional-content rule, and a four-year "
         "phase-out for cement and steel"),
    byline="Patricia Lora Medina", iso="2026-06-11T08:00:00-04:00", shown="June 11, 2026",
    related=[
        ("Free-zone exports up 7% in first five months",
         "https://www.sdbusinessjournal.example/free-zones/2026/06/10/exports-up"),
        ("Interview: the new head of ProDominicana",
         "https://www.sdbusinessjournal.example/people/2026/06/05/prodominicana-interview"),
        ("Freight rates to the eastern Caribbean fall again",
         "https://www.sdbusinessjournal.example/logistics/2026/06/03/freight-rates"),
    ],
    body="""
The trade protocol signed on Tuesday between the Dominican Republic and Jamaica gives
Dominican manufacturers duty-free access to a market of almost three million consumers for a
range of goods that had been stuck on exclusion lists for more than a quarter of a century.

For exporters the details matter more than the ceremony, so here is what the text says.

## Which goods, and when

The protocol covers 312 tariff lines. For 118 of them, duties drop to zero on entry into
force, which both governments have set for August 11, subject to ratification by the
Dominican Congress and the Jamaican Parliament. The other 194 lines, among them cement, steel
reinforcing bars, PVC pipe and several categories of plastic packaging, will see duties cut
in four equal annual steps, reaching zero in 2030.

Forty-six lines are excluded altogether. They include rice, sugar, chicken and pork, which
both countries consider sensitive.

[AD]

## Rules of origin

To qualify, products must meet a regional value content of at least 40%. Exporters will need
a certificate of origin issued through the Ministry of Industry, Commerce and MSMEs, which
says it will publish a guide and an online form before the protocol takes effect.

"We are neighbours who have spent decades trading as if we lived on different continents,"
Minister Ramon Peguero said at the signing. He told this newspaper afterwards that the
ministry would hold workshops for small exporters in Santiago and San Pedro de Macoris in
July.

## The numbers

Dominican exports to Jamaica totalled US$355 million in 2025, about RD$22.4 billion at the
current exchange rate, against imports from Jamaica of US$57 million. That imbalance was a
central concern of the Jamaican negotiators, and it explains why several Dominican industrial
goods were placed in the slow lane.

The Jamaican industry minister, Marcia Whyte-Barnett, framed the agreement as a chance for
her country's small producers. Jamaican rum, sauces and baked goods will enter duty-free
from the first day.

[IMG] sdbj-caucedo-containers.jpg || Containers at the port of Caucedo, east of Santo Domingo, the main gateway for Dominican exports to Jamaica. || Photo: SDBJ archive

## What exporters say

The Dominican Exporters Association, ADOEXPO, welcomed the protocol. Its president, Luisa
Fernandez, said the cement and steel sectors had accepted the four-year schedule "as a fair
price for opening the door", and that food processors saw the biggest opportunity.

Logistics remain a constraint. A weekly roll-on, roll-off service between Caucedo and
Kingston started in March, but shippers say refrigerated capacity is scarce. Freight agents
in Haina told this newspaper that a forty-foot container to Kingston currently costs about
as much as one to Miami, despite the shorter distance, because volumes are so thin.

A joint administrative commission will hold its first meeting in Kingston in October.
""")

_S3_D = _lite(
    site="Islands Trade Notes", host="islandstradenotes.example", kind="newsletter",
    url="https://islandstradenotes.example/posts/jamaica-dr-protocol-first-take",
    headline="Jamaica-DR protocol: a first take",
    dek="312 lines, a 40% origin rule, and a minister who chose her words carefully",
    byline="Devon Sinclair", iso=None, shown=None, related=[
        ("CARICOM's exclusion lists, 25 years on",
         "https://islandstradenotes.example/posts/caricom-exclusion-lists"),
        ("Why Caribbean cement keeps crossing borders",
         "https://islandstradenotes.example/posts/caribbean-cement"),
        ("The rum question in regional trade",
         "https://islandstradenotes.example/posts/rum-question"),
    ],
    body="""
Hello again. A short one this week, because the main news is a good one and the details are
still being digested. Thanks to the readers in Montego Bay and La Romana who sent photos of
the signing livestream; I could not use them, but I enjoyed them.

Jamaica and the Dominican Republic signed their complementary protocol in Santo Domingo on
Tuesday. It removes duties on 312 tariff lines that had been parked on the exclusion lists of
the 1998 CARICOM-Dominican Republic FTA. Of those, 118 go duty-free from 1 August, assuming
both legislatures ratify in time; the other 194 are phased down over four years.

## The minister's pitch

Jamaica's industry minister, Marcia Whyte-Barnett, framed the deal around small producers.
"This is a deal for the big conglomerates as much as for the small manufacturers in St
Catherine and St Ann who have never shipped a single box abroad," she said at the signing.

That framing is politically sensible. Jamaica runs a deficit of roughly US$300 million a
year with the Dominican Republic (2025: exports of US$57 million against imports of US$355
million), and selling the protocol at home as a giveaway to big Dominican cement and steel
producers would be a hard sell.

[AD]

## What is actually in it

- Rum, liqueurs, sauces, condiments, baked goods and paints: duty-free from day one.
- Cement, rebar, PVC pipe, plastic packaging: four-year phase-out, in equal steps.
- Rice, sugar, chicken, pork and a handful of vegetables: still excluded (46 lines).
- Origin: 40% regional value content.

## Three things I'd watch

First, ratification. Jamaica's House is expected to take it up in July; the Dominican
Congress needs both chambers. Slippage in either capital would push back the start date.

Second, the safeguard clause. The JMEA has already said it will watch cement and steel. If
imports surge in year one, expect an early test.

Third, logistics. The Caucedo-Kingston ro-ro service that began in March is a start, but
refrigerated capacity is thin, and that limits the food trade both ministers were talking up.

Kingston's target is about US$120 million of exports to the Dominican Republic by 2030. From
US$57 million, that needs something like 16% growth a year. Possible, not easy.

## A note on history

It is worth remembering why these 312 lines were on the exclusion lists in the first place.
In 1998 both sides feared for industries that were then fragile: Jamaican cement and paint on
one side, Dominican rum and food processing on the other. Twenty-eight years later most of
those fears look dated, which is partly why the talks, four rounds since 2023, went
relatively smoothly.

Until next week,
Devon
""")


STORY_3 = _story("trade-PD3", "trade", "2026-06-14", [
    _page("https://www.caribbeanwire.example/business/2026/06/09/jamaica-dominican-republic-tariff-protocol",
          _S3_A),
    _page("https://www.kingstoncourier.example/business/20260610/jamaica-dr-trade-protocol-signed",
          _S3_B),
    _page("https://www.sdbusinessjournal.example/trade/2026/06/11/protocol-with-jamaica-what-exporters-need-to-know",
          _S3_C),
    _page("https://islandstradenotes.example/posts/jamaica-dr-protocol-first-take", _S3_D),
], [
    ("entry-into-force date",
     r"aug(?:ust|\.)? 1(?:st)?(?!\d)|(?<!\d)1(?:st)? aug",
     r"aug(?:ust|\.)? 11(?:th)?(?!\d)|(?<!\d)11(?:th)? aug"),
    ("wording of Whyte-Barnett's quote",
     r"not a deal for the big conglomerates",
     r"as much as (?:for )?(?:the )?small manufacturers"),
])


# ---------------------------------------------------------------------------
# Story 4 - election (Panama referendum). CONTROL: no disagreement. Running counts with
# "as of" percentages, final vs provisional, one province beside the country, local time vs
# GMT across midnight, balboas and dollars, the 2006 referendum, 71 and 61 seats.
# ---------------------------------------------------------------------------

_S4_A = _wire(
    site="Global Desk Wire", host="www.globaldeskwire.example",
    url="https://www.globaldeskwire.example/americas/2026/10/19/panama-voters-back-constitutional-overhaul",
    section="Americas",
    headline="Panama voters back constitutional overhaul, partial results show",
    dek=("'Yes' leads with 58.2% with nearly all tally sheets counted; opponents concede "
         "as electoral tribunal calls result irreversible"),
    byline="Marcus Hale", iso="2026-10-19T05:20:00Z", shown="19 October 2026 05:20 GMT",
    related=[
        ("Costa Rica's assembly passes water concessions bill",
         "https://www.globaldeskwire.example/americas/2026/10/15/costa-rica-water-bill"),
        ("Panama Canal transits hit highest level since 2023",
         "https://www.globaldeskwire.example/business/2026/10/12/canal-transits"),
        ("Explainer: What is in Panama's reform package?",
         "https://www.globaldeskwire.example/americas/2026/10/16/explainer-panama-reform"),
    ],
    body="""
PANAMA CITY, Oct 19 (GDW) - Panama's voters said "Yes" on Sunday to a set of constitutional
amendments that will shrink the National Assembly and create an independent anti-corruption
body, the Electoral Tribunal's partial count showed.

With 97.8% of tally sheets counted, the "Yes" option had 58.2% of valid votes against 41.8%
for "No", the tribunal said at 11:45 p.m. local time on Sunday (04:45 GMT on Monday).
Tribunal president Alfonso Guerra Batista told reporters the trend was irreversible.

The leader of the "No" campaign, former comptroller general Nicolas Herrera Solis, conceded
shortly after midnight. "The numbers are clear and we accept them," he said at his campaign
headquarters in Panama City.

[IMG] gdw-panama-count.jpg || Electoral workers count ballots at a polling station in Panama City on Sunday. || Photo: Rafael Cedeno / GDW

The package of 14 amendments was drafted by a constitutional commission and approved by the
Assembly in two legislative periods, as the constitution requires, before being put to
voters. Its most visible change cuts the number of deputies from 71 to 61, starting with the
general election in May 2029.

It also creates an autonomous Public Integrity Office with power to investigate public
officials' assets, and ends the discretionary funds that deputies have used to finance
projects in their constituencies, a practice critics had long associated with patronage.

"Tonight Panamanians did not vote for a government," Minister of the Presidency Carla Abrego
said as the results came in. Supporters gathered outside the presidential palace waving
flags.

[AD]

The tribunal's first bulletin, released at 7:30 p.m. with 61.3% of tally sheets processed,
had shown "Yes" ahead with 56.9%. The margin widened as results from Panama City and its
suburbs arrived.

Opponents had argued that the reform concentrated power in the executive through the
appointment process for the new integrity office, and that cutting seats would reduce
representation for rural areas. Early results suggested the "No" side did best in the
provinces of Darien and Bocas del Toro.

Polls were open from 7 a.m. to 4 p.m. Voting is compulsory in Panama in principle, but the
obligation carries no penalty, and the tribunal had urged the country's roughly 3.1 million
registered voters to turn out.

The country's previous national referendum, in 2006, was about widening the Panama Canal,
and the government won it by a wide margin.

The campaign was largely calm, though both sides accused each other of misusing public
resources. The tribunal opened 11 investigations into campaign advertising in the final two
weeks, most of them over messages posted by public officials on social media during the
mandatory silence period. None had been resolved by the time polls closed.

The final count is expected later on Monday, after which the tribunal will formally proclaim
the result.

(Reporting by Marcus Hale; editing by Claire Dubois)
""")

_S4_B = _paper(
    site="The Panama Herald", host="www.panamaherald.example",
    url="https://www.panamaherald.example/politics/2026/10/19/yes-wins-referendum-final-count",
    section="Politics",
    headline="Final count: 'Yes' wins referendum with 58.4%, turnout 68.6%",
    dek=("Tribunal proclaims result after counting every tally sheet; 'Yes' carried eight "
         "of ten provinces"),
    byline="Gabriela Moreno and Luis Pinilla", iso="2026-10-19T19:30:00-05:00",
    shown="October 19, 2026 7:30 p.m.", sep="|",
    related=[
        ("What changes now: a guide to the 14 amendments",
         "https://www.panamaherald.example/politics/2026/10/19/guide-14-amendments"),
        ("Opinion: The 'No' campaign lost the vote, not the argument",
         "https://www.panamaherald.example/opinion/2026/10/19/no-campaign-argument"),
        ("Colon province: turnout highest in a decade",
         "https://www.panamaherald.example/region/2026/10/19/colon-turnout"),
        ("Photos: referendum day across the country",
         "https://www.panamaherald.example/photos/2026/10/18/referendum-day"),
    ],
    body="""
The Electoral Tribunal on Monday afternoon proclaimed the approval of the constitutional
reform package after completing the count of all tally sheets from Sunday's referendum.

"Yes" received 1,203,117 votes, or 58.4% of valid votes, and "No" received 856,842, or 41.6%.
A further 61,204 ballots were blank or spoiled. In all, 2,121,163 of the 3,092,410
registered voters took part, a turnout of 68.6%.

The final result differed only slightly from the figure the tribunal gave late on Sunday
night, when, with 97.8% of tally sheets processed, "Yes" stood at 58.2%.

[IMG] herald-tribunal-proclamation.jpg || Magistrates of the Electoral Tribunal during Monday's proclamation ceremony. || Photo: Jorge Samudio / The Panama Herald

## Across the country

"Yes" won in eight of the country's ten provinces. Its strongest showing came in the province
of Panama, where it took 63.1%, and in Panama Oeste. "No" prevailed in Darien and in Bocas
del Toro, where it obtained 54.9%.

In Chiriqui, the home province of the "No" campaign's leader, former comptroller general
Nicolas Herrera Solis, the reform was approved with 52.7%.

Herrera, who conceded shortly after midnight, said his movement would now concentrate on
the laws that must give the amendments practical form. "We will be watching
every line of the implementing laws," he said.

[AD]

## 'Rules that will outlast every government'

Carla Abrego Tejada, the Minister of the Presidency, who led the government's campaign,
spoke on Sunday night outside the Palacio de las Garzas. "Tonight Panamanians did not vote for
a government; they voted for rules that will outlast every government," she said.

On Monday Abrego said the amendments would be published in the Gaceta Oficial within 30
days, at which point they take effect. The reduction of the Assembly from 71 to 61 deputies
will apply from the general election of May 2029. The law creating the Public Integrity
Office must be approved by the end of 2027.

## Cost and observers

The tribunal said the referendum cost B/.28.5 million, or $28.5 million, slightly under its
budget. An observation mission of the Organization of American States with 42 members
followed the vote in all provinces and is due to present a preliminary report on Tuesday.

## A rare exercise

Referendums are unusual in Panama. The last, in October 2006, concerned the expansion of the
Panama Canal and was approved by more than three-quarters of voters, although turnout was far
lower than on Sunday.

Political analyst Raisa Urrutia of the University of Panama said the result was "clear but
not overwhelming", noting that almost 42% of voters rejected a reform that had the support of
the government and most of the Assembly. "The integrity office will be judged by its first
appointment, not by this vote," she said.
""")

_S4_C = _paper(
    site="Chiriqui Today", host="www.chiriquitoday.example",
    url="https://www.chiriquitoday.example/news/chiriqui-backs-reform-narrowly-boquete-says-no",
    section="Chiriqui",
    headline="Chiriqui backs the reform, narrowly; Boquete says no",
    dek="The province voted 'Yes' with 52.7% and turned out in greater numbers than the country",
    byline="Staff reporter, David", iso=None, shown="Updated Monday evening",
    related=[
        ("Coffee harvest outlook: smaller crop, better prices",
         "https://www.chiriquitoday.example/business/coffee-harvest-outlook"),
        ("Pan-American Highway: lane closures near La Concepcion",
         "https://www.chiriquitoday.example/news/highway-lane-closures"),
        ("David hospital opens new cardiology unit",
         "https://www.chiriquitoday.example/health/david-cardiology-unit"),
    ],
    body="""
Chiriqui gave the constitutional reform its blessing on Sunday, but by a far slimmer margin
than the country as a whole, and one of its best-known districts went the other way.

According to the final figures released by the Electoral Tribunal, "Yes" obtained 52.7% of
valid votes in the province, against 58.4% nationally. Turnout in Chiriqui was 71.2%, above
the national figure of 68.6%.

In the district of Boquete, the coffee-growing highland town popular with foreign retirees,
"No" won with 51.3%. In David, the provincial capital, "Yes" won comfortably.

[IMG] chiriqui-david-queue.jpg || Voters queue outside a school in David on Sunday morning. || Photo: Ivan Quiel / Chiriqui Today

## Herrera's home ground

The result was a disappointment for Nicolas Herrera Solis, the former comptroller general who
led the "No" campaign and who was born in David. He had held his final rally in the city's
central park on Thursday night, telling a crowd of several thousand that the reform would
"leave Chiriqui with fewer voices in the Assembly".

Late on election night, once the tribunal had declared the national trend irreversible,
Herrera accepted defeat. "The numbers are clear and we accept them," he told supporters. "We will be
watching every line of the implementing laws."

Whether Chiriqui will actually lose deputies is not yet known. The amendments cut the
Assembly from 71 seats to 61 from the May 2029 election, but the new distribution of seats
among constituencies must be set by the tribunal on the basis of the census.

[AD]

## Voices from the queue

At a polling station in the San Mateo school in David, voters began lining up before 7 a.m.,
when polls opened.

"I voted yes because I am tired of seeing deputies hand out money like it belonged to them,"
said Edwin Caballero, 46, a taxi driver. His neighbour, retired teacher Olga Pitti, 71, said
she voted no. "They are cutting seats from the interior and the capital will decide
everything," she said.

In Boquete, the president of the local chamber of tourism, Ricardo Serracin, said the result
reflected worries among farmers about the integrity office's powers, which some fear could be
used against local officials.

## What comes next

The Minister of the Presidency, Carla Abrego, said the amendments would be published in the
Gaceta Oficial within a month. The provincial governor's office said it would hold a forum in
David in November to explain the changes to municipal councillors.

The observer mission of the Organization of American States, which had members in Chiriqui
on Sunday, is expected to report on Tuesday.

Local election officials said the count in the province went smoothly, with all tally sheets
delivered to the regional office in David by early Monday. Two polling stations in the
mountain district of Renacimiento opened late because of landslides on the access roads.
""")

_S4_D = _lite(
    site="Panama Public Radio", host="www.radiopublica-pa.example", kind="broadcast",
    url="https://www.radiopublica-pa.example/news/2026/10/20/after-the-referendum-what-happens-next",
    headline="After the referendum: what happens next",
    dek=("The reform takes effect on publication; the Assembly shrinks in 2029; the "
         "integrity office needs its own law"),
    byline="Panama Public Radio newsroom", iso="2026-10-20T08:00:00-05:00",
    shown="Tuesday 20 October 2026, 8:00", related=[
        ("Listen: the morning programme's referendum special",
         "https://www.radiopublica-pa.example/programmes/morning/2026-10-19"),
        ("Interview with the president of the Electoral Tribunal",
         "https://www.radiopublica-pa.example/news/2026/10/19/tribunal-president-interview"),
        ("Darien communities explain their 'No' vote",
         "https://www.radiopublica-pa.example/news/2026/10/19/darien-no-vote"),
    ],
    body="""
Two days after the vote, attention is turning from the result to the timetable. Here is what
we know about how and when the constitutional reform approved on Sunday will be applied.

## The result

The Electoral Tribunal completed the count on Monday. The reform was approved with 58.4% of
valid votes; 41.6% voted against. Turnout was 68.6%, meaning that more than two-thirds of
registered voters took part. On Sunday night, with most of the count done, the tribunal's
president, Magistrate Alfonso Guerra, had already described the trend as irreversible.

## When does it take effect?

The 14 amendments take effect when they are published in the Gaceta Oficial. The Minister
of the Presidency, Carla Abrego, said on Monday that this would happen within 30 days.

Some changes, however, have their own calendar.

## A smaller Assembly, but not yet

The reduction of the National Assembly from 71 to 61 deputies does not affect the current
legislature. It will apply from the general election in May 2029. Before then, the tribunal
must redraw the allocation of seats among constituencies. Several provinces in the interior,
including Chiriqui and Veraguas, are watching closely.

[AD]

## The integrity office

The Public Integrity Office exists on paper from the moment of publication, but it needs an
organic law to function: how its director is chosen, what budget it has, and what powers it
can use. The amendments give the Assembly until the end of 2027 to pass that law.

Former comptroller general Nicolas Herrera, who led the "No" campaign, told this station on
Monday that his group would present its own draft. He said the appointment of the first
director would be "the real referendum".

## Discretionary funds

The end of the deputies' discretionary funds is the change that takes effect fastest: from
publication, no new transfers may be approved. Projects already under way will be completed
under the supervision of the Comptroller General's Office.

## Observers

The observation mission of the Organization of American States, with 42 observers, presents
its preliminary report today, Tuesday, at 11 a.m. at a hotel in Panama City. The mission
followed the vote in all ten provinces.

The referendum cost 28.5 million balboas, according to the tribunal, the equivalent of the
same amount in dollars.

## In the provinces

The map of the result was uneven. "Yes" won in eight provinces and "No" in two, Darien and
Bocas del Toro. In the province of Panama the reform took 63.1%, while in Chiriqui it passed
with 52.7%, and in the district of Boquete it was rejected.

## Listen

Our morning programme will discuss the timetable with constitutional lawyer Marta Rovira and
with Raisa Urrutia, political analyst at the University of Panama, from 7 a.m. on Wednesday.
""")


STORY_4 = _story("election-PD4", "election", "2026-10-22", [
    _page("https://www.globaldeskwire.example/americas/2026/10/19/panama-voters-back-constitutional-overhaul",
          _S4_A),
    _page("https://www.panamaherald.example/politics/2026/10/19/yes-wins-referendum-final-count",
          _S4_B),
    _page("https://www.chiriquitoday.example/news/chiriqui-backs-reform-narrowly-boquete-says-no",
          _S4_C),
    _page("https://www.radiopublica-pa.example/news/2026/10/20/after-the-referendum-what-happens-next",
          _S4_D),
], [])


# ---------------------------------------------------------------------------
# Story 5 - earthquake (Dominican Republic). CONTROL: no disagreement. Toll rising through
# three COE bulletins, USGS vs ISU magnitudes, local Saturday night vs Sunday GMT, km and
# miles, pesos and dollars, city vs province vs airport, the 2003 quake.
# ---------------------------------------------------------------------------

_S5_A = _wire(
    site="Atlantic Press Wire", host="www.atlanticpresswire.example",
    url="https://www.atlanticpresswire.example/world/2026/08/23/strong-quake-shakes-northern-dominican-republic",
    section="World",
    headline="Strong quake shakes northern Dominican Republic, two dead",
    dek=("Magnitude 6.1 tremor centred off Puerto Plata damages hundreds of homes; no "
         "tsunami threat, officials say"),
    byline="Elena Marte", iso="2026-08-23T13:05:00Z", shown="August 23, 2026, 1:05 PM UTC",
    related=[
        ("Tropical storm forms east of the Lesser Antilles",
         "https://www.atlanticpresswire.example/world/2026/08/22/tropical-storm-forms"),
        ("Haiti: aid convoy reaches Jeremie after road reopens",
         "https://www.atlanticpresswire.example/world/2026/08/21/haiti-aid-convoy"),
        ("How seismologists measure an earthquake's size",
         "https://www.atlanticpresswire.example/science/explainer-earthquake-magnitude"),
    ],
    body="""
SANTO DOMINGO, Aug 23 (APW) - The sea floor off the Dominican Republic's north coast
ruptured late on Saturday in an earthquake that left at least two people dead, dozens hurt
and more than 600 homes damaged in and around the tourist city of Puerto Plata, officials
said on Sunday.

The U.S. Geological Survey rated the quake 6.1 and placed its epicentre under the
Atlantic, 31 km (19 miles) north-northeast of Puerto Plata, with the rupture starting 22 km
(14 miles) down.
It struck at 11:48 p.m. local time on Saturday, or 03:48 GMT on Sunday.

The Dominican Republic's own monitoring network, the University Seismological Institute
(ISU), measured it at magnitude 6.0.

In its 8 a.m. bulletin on Sunday, the Emergency Operations Centre (COE) reported two deaths,
57 people injured and 614 homes damaged, most of them in Puerto Plata province. A woman of 71
died in the resort town of Sosua when a wall fell on her, and a motorcyclist was killed in
Puerto Plata city by falling masonry.

[IMG] apw-puerto-plata-damage.jpg || Residents inspect a damaged house in Puerto Plata on Sunday morning. || Photo: Ramon Espinal / APW

"The night was long, but the response was fast," COE director Rafael Guzman Pena told
reporters in Santo Domingo. He said search teams were still checking rural communities
where telephone lines were down.

People felt the jolt over much of Hispaniola, including in Santiago, the
country's second city, and in Santo Domingo on the south coast, as well as in northern
Haiti and in the Turks and Caicos Islands.

The Pacific Tsunami Warning Center, whose remit includes the Caribbean, ruled out a
tsunami within minutes.

[AD]

Gregorio Luperon International Airport, which serves Puerto Plata, suspended operations
overnight while engineers inspected the runway and terminal. The airport authority said it
expected to reopen at 10 a.m. on Sunday.

Several aftershocks followed, the largest of magnitude 4.7 at 2:05 a.m. local time, the
ISU said. In many neighbourhoods families dragged mattresses outdoors and waited for
daylight.

At the provincial hospital in Puerto Plata, staff moved patients into the car park as a
precaution until structural engineers cleared the building before dawn.

Hispaniola's northern coast lies close to where the North American plate meets the
Caribbean plate, and it has been hit by destructive earthquakes before. A magnitude 6.4 quake
near Puerto Plata in September 2003 damaged dozens of schools.

Tourism officials said no hotel guests were hurt. The Puerto Plata area, which includes the
beach resorts of Sosua and Cabarete, receives hundreds of thousands of foreign visitors a
year and is a frequent stop for cruise ships.

(Reporting by Elena Marte in Santo Domingo and Pedro Almanzar in Puerto Plata; editing by
Simon Reyes)
""")

_S5_B = _paper(
    site="The Puerto Plata Beacon", host="www.ppbeacon.example",
    url="https://www.ppbeacon.example/local/earthquake-toll-rises-to-four-imbert-couple-found",
    section="Local",
    headline="Quake toll rises to four as couple found under rubble in Imbert",
    dek=("COE evening bulletin lists 83 injured and 890 homes damaged; schools in the "
         "province closed Monday and Tuesday"),
    byline="Maria Teresa Luna", iso=None,
    shown="Sunday, August 23, 2026 - Updated 7:10 p.m.",
    related=[
        ("Where to find shelter and drinking water tonight",
         "https://www.ppbeacon.example/local/earthquake-shelters-water"),
        ("Photo gallery: a night in the street",
         "https://www.ppbeacon.example/photos/earthquake-night-in-the-street"),
        ("Cabarete kite festival postponed",
         "https://www.ppbeacon.example/culture/cabarete-kite-festival-postponed"),
    ],
    body="""
The number of people killed by Saturday night's earthquake rose to four on Sunday afternoon,
when rescuers in Imbert recovered the bodies of an elderly couple from their collapsed home.

Julio Rosario, 66, and his wife, Carmen, 63, lived in a concrete-block house on the edge of
the town, about 25 kilometres inland from Puerto Plata. Neighbours said they had not been
seen since the quake. Civil defence volunteers found them shortly after 3 p.m.

The Emergency Operations Centre's 6 p.m. bulletin put the total at four dead and 83 injured,
up from two dead and 57 injured in the morning report. The number of damaged homes rose to
890, as teams reached villages in the hills that had been cut off overnight.

[IMG] beacon-imbert-rescue.jpg || Civil defence volunteers search the ruins of a house in Imbert on Sunday afternoon. || Photo: Francisco Gil / The Beacon

The other two victims were Ana Mercedes Then, 71, of Sosua, who was crushed by a garden wall,
and Emilio Reyes, 34, who was riding his motorcycle along Calle Separacion in the city centre
when part of a balcony fell on him.

## 'It sounded like a train'

The quake struck at 11:48 on Saturday night. Many residents were asleep; others were leaving
bars and restaurants on the Malecon.

"It sounded like a train coming through the wall," said Yolanda Peralta, who runs a grocery
near the old fort. "Then the bottles started falling, and I grabbed my daughter and ran."

The U.S. Geological Survey measured the earthquake at 6.1 and placed its centre offshore, 31
kilometres north-northeast of the city. Aftershocks kept people outdoors until dawn; the
strongest, of 4.7, came just after two in the morning.

[AD]

## City counts the damage

In the historic centre, several Victorian-era wooden houses lost balconies and facades. The
bell tower of the cathedral on Independence Park shows new cracks, and the parish has
suspended services until engineers inspect it.

The airport reopened at 10 a.m. after an overnight inspection, and flights resumed with
delays. The cable car up Mount Isabel de Torres will stay closed at least until Tuesday.

Provincial governor Lourdes Almonte said 14 temporary shelters were open in schools and
churches. The Ministry of Education announced that classes would be suspended in all schools
in Puerto Plata province on Monday and Tuesday while buildings are checked.

Older residents compared the night with the September 2003 earthquake, which shook the city
with a magnitude of 6.4 and left many schools unusable for weeks.

"In 2003 I was teaching," said Ramona Diaz, now retired. "We had classes under the mango
trees for a month. I hope the children do not have to do that again."

Anyone needing help can call 911 or go to the COE post set up at the fire station on
Avenida Luis Ginebra.
""")

_S5_C = _lite(
    site="DPB Noticias", host="www.dpb-noticias.example", kind="broadcast",
    url="https://www.dpb-noticias.example/nacionales/2026/08/24/coe-balance-lunes-terremoto-puerto-plata",
    headline="Puerto Plata quake: 1,140 homes damaged, government releases RD$500 million",
    dek=("COE's Monday update keeps the death toll at four; 91 people treated for injuries; "
         "63 aftershocks recorded"),
    byline="Dominican Public Broadcasting", iso="2026-08-24T15:30:00-04:00",
    shown="24.08.2026 | 15:30", related=[
        ("How to check whether your house is safe after an earthquake",
         "https://www.dpb-noticias.example/servicios/casa-segura-sismo"),
        ("Santiago: schools open normally on Monday",
         "https://www.dpb-noticias.example/nacionales/2026/08/24/santiago-escuelas"),
        ("Video: aerial images of Imbert",
         "https://www.dpb-noticias.example/video/2026/08/23/imbert-aereo"),
    ],
    body="""
The Emergency Operations Centre (COE) said on Monday that 1,140 homes were damaged by
Saturday night's earthquake in the north of the country, 38 of them destroyed, in a noon
update that kept the number of dead at four.

Ninety-one people have received medical attention for injuries, most of them cuts and
fractures, and 12 remain in hospital, COE director Rafael Guzman said at a press briefing.
He said the count of damaged homes had risen as assessment teams reached communities in the
municipalities of Imbert, Altamira and Guananico.

Of the four dead, two were in Imbert, one in Sosua and one in the city of Puerto Plata.

[IMG] dpb-coe-briefing.jpg || COE director Rafael Guzman at Monday's briefing in Santo Domingo. || Image: DPB

## Emergency funds

The government announced that it would release 500 million pesos, about 8 million dollars,
for emergency repairs and for temporary housing. The presidency's spokesman, Alberto Nunez,
said the money would be channelled through the housing ministry and the provincial
government, and that families whose homes were destroyed would receive rent support for up
to six months.

## Aftershocks

The University Seismological Institute (ISU) has recorded 63 aftershocks since the main
earthquake, which it measured at magnitude 6.0; the U.S. Geological Survey gives 6.1. The
largest aftershock, of magnitude 4.7, occurred at 2:05 on Sunday morning.

The director of the ISU, Dr. Ines Cabral, asked people not to spread messages predicting a
larger earthquake. "Nobody can predict earthquakes, not us and not anyone on social media,"
she said. "What we can say is that aftershocks will continue for weeks and will tend to
become smaller."

[AD]

## Schools and services

Schools in Puerto Plata province remain closed on Monday and Tuesday. The Ministry of
Education said 27 school buildings had visible damage and would not reopen until engineers
certify them. Electricity was restored to 96% of customers in the province by Sunday night,
according to the northern distribution company.

## Memories of 2003

The earthquake is the strongest to hit the area since September 22, 2003, when a magnitude
6.4 quake damaged schools, the hospital and hundreds of homes in Puerto Plata. Engineers
consulted by DPB said that building standards introduced after that event had helped newer
schools withstand Saturday's shaking, though many older homes remain vulnerable.

## Tourism and ports

The tourism ministry said hotels in Puerto Plata, Sosua and Cabarete were operating normally
and that none of their guests had been hurt. A cruise ship scheduled to call at the Taino Bay
terminal on Tuesday has confirmed the visit. The port authority said the commercial docks had
suffered minor cracking on one pier that did not affect operations.

The COE will publish its next update on Tuesday morning.
""")

_S5_D = _lite(
    site="Fault Lines", host="faultlines.blog.example", kind="blog",
    url="https://faultlines.blog.example/posts/puerto-plata-m6-first-look",
    headline="The Puerto Plata earthquake: a first look at the data",
    dek="Two magnitudes, one event; why a 22 km deep thrust quake did the damage it did",
    byline="Posted by Dr. Carlos Benitez", iso=None, shown=None, related=[
        ("Why magnitudes differ between agencies",
         "https://faultlines.blog.example/posts/why-magnitudes-differ"),
        ("The Septentrional Fault in five maps",
         "https://faultlines.blog.example/posts/septentrional-fault-maps"),
        ("Aftershock forecasting, explained without equations",
         "https://faultlines.blog.example/posts/aftershock-forecasting"),
    ],
    body="""
Saturday's earthquake off Puerto Plata is the largest on the north coast of Hispaniola in
more than two decades, and there has been some confusion online about its size, depth and
location, so here is a short summary of what the data say so far.

## Size: 6.0 or 6.1?

Both. The USGS gives a moment magnitude of 6.1 from its W-phase solution. The Dominican
University Seismological Institute (ISU) reports 6.0 from its own network. A difference of a
tenth is normal between agencies using different stations and methods, and it is not a
disagreement about the earthquake itself. For scale, a 6.1 releases roughly 40% more energy
than a 6.0.

## Where and when

The USGS epicentre is about 31 km (19 mi) NNE of Puerto Plata, offshore, with a hypocentral
depth of 22 km, which is close to 14 miles. Origin time was 03:48 UTC on Sunday 23 August, which was
11:48 pm on Saturday in the Dominican Republic (UTC-4, no daylight saving).

## Mechanism

The USGS moment tensor shows thrust faulting on a plane dipping gently to the south. That is
what you would expect from the North Hispaniola fault system, where the North American plate
slides beneath the island. It is not the onshore Septentrional Fault, the strike-slip fault
that runs through the Cibao valley near Santiago, which many people mentioned on social
media.

[AD]

## Why the damage?

A 6.1 at 22 km depth, 31 km offshore, should produce strong but not extreme shaking on the
coast. Most of the reported damage is in unreinforced masonry and older block houses, and in
places like Imbert, inland, where local soils may have amplified the shaking. The official
figures as of the Monday noon COE update were four dead and 1,140 homes damaged, 38 of them
destroyed.

## Aftershocks

As of Monday afternoon the ISU had catalogued 63 aftershocks. The largest was M4.7 at 06:05
UTC on Sunday, about two hours and seventeen minutes after the mainshock. The sequence is
decaying roughly as expected. A later aftershock above magnitude 5 is possible; one larger
than the mainshock is unlikely but cannot be ruled out.

## The 2003 comparison

The 22 September 2003 Puerto Plata earthquake was an M6.4, so it released nearly three times
the energy of this one. It also produced heavy damage to schools, which led to changes in the building code
for public buildings. Several engineers have remarked that schools built since then seem to
have done well this time.

I will update this post as the USGS finite-fault model and the ISU's relocated aftershocks
come in.
""")


STORY_5 = _story("earthquake-PD5", "earthquake", "2026-08-27", [
    _page("https://www.atlanticpresswire.example/world/2026/08/23/strong-quake-shakes-northern-dominican-republic",
          _S5_A),
    _page("https://www.ppbeacon.example/local/earthquake-toll-rises-to-four-imbert-couple-found",
          _S5_B),
    _page("https://www.dpb-noticias.example/nacionales/2026/08/24/coe-balance-lunes-terremoto-puerto-plata",
          _S5_C),
    _page("https://faultlines.blog.example/posts/puerto-plata-m6-first-look", _S5_D),
], [])


# ---------------------------------------------------------------------------
# Story 6 - rocket (Peru). CONTROL: no disagreement. Scrub then launch, local time vs UTC,
# km and miles, soles and dollars, launch site vs district vs Lima, Inti-1 and Inti-3
# figures beside Inti-2's, part of the payload beside the whole.
# ---------------------------------------------------------------------------

_S6_A = _wire(
    site="Andean Wire Service", host="www.andeanwire.example",
    url="https://www.andeanwire.example/science/2026/07/16/peru-inti-2-sounding-rocket-reaches-87-km",
    section="Science",
    headline="Peru's Inti-2 rocket reaches 87 km in record flight for national space programme",
    dek=("Two-stage sounding rocket lifts off from Punta Lobos after Tuesday's scrub; "
         "payload recovered from the Pacific"),
    byline="Diego Huaman", iso="2026-07-16T15:30:00Z", shown="July 16, 2026 3:30 PM GMT",
    related=[
        ("Chile approves site for astronomy data centre",
         "https://www.andeanwire.example/science/2026/07/14/chile-astronomy-data-centre"),
        ("Bolivia lithium plant begins trial output",
         "https://www.andeanwire.example/business/2026/07/13/bolivia-lithium-trial"),
        ("Peru's economy grew 3.1% in May",
         "https://www.andeanwire.example/markets/2026/07/15/peru-gdp-may"),
    ],
    body="""
LIMA, July 16 (AWS) - Peru launched a domestically built sounding rocket to an altitude of
87.4 km on Thursday, the highest any Peruvian rocket has flown, the country's space agency
CONIDA said.

The two-stage, solid-fuel Inti-2 lifted off at 7:42 a.m. local time (12:42 GMT) from the
Punta Lobos launch site on the coast south of Lima, two days after a first attempt was
called off because of strong upper-level winds.

The 38 kg payload section separated after the second stage burned out and descended by
parachute into the Pacific, where a Peruvian Navy patrol boat recovered it at 9:15 a.m., the
agency said. The flight lasted 6 minutes and 52 seconds from liftoff to splashdown.

"Today Peru went higher than it has ever gone on its own," CONIDA's head, Air Force Major
General Hector Salas Rios, told reporters at the launch site.

[IMG] aws-inti2-liftoff.jpg || The Inti-2 sounding rocket lifts off from Punta Lobos, south of Lima, on Thursday. || Photo: CONIDA / Handout via AWS

Sounding rockets fly up and come back down without reaching orbit. They are used to carry
short scientific experiments to the upper atmosphere and to test technologies such as
guidance, telemetry and recovery systems.

The Inti-2 carried five experiments: three from Peruvian universities and two from CONIDA
itself, which tested a navigation unit and a telemetry transmitter designed in Peru.

The rocket, 9.8 metres tall, reached a top speed of about Mach 4.3, the agency said. Its spent
first stage fell into the sea a few kilometres from the shore, inside the zone that maritime
authorities had closed to fishing boats for the morning.

The programme cost 14.6 million soles, about $4 million, over three years, according to the
agency.

[AD]

Its predecessor, the single-stage Inti-1, reached 31 km in November 2024. CONIDA plans a
larger rocket, Inti-3, for the second half of 2027, with the aim of passing 120 km and
crossing the Karman line, the boundary at 100 km commonly used to mark the edge of space.

Peru has had a space agency since 1974 and flew its first domestically built sounding
rocket, Paulet I, from Punta Lobos in 2006. In 2016 it placed an Earth observation satellite, PeruSAT-1, in orbit aboard a
European launcher, but it has no orbital rocket of its own.

Tuesday's attempt was halted nine minutes before liftoff. Project manager Valeria Quispe
Mamani said the team used the extra days to repeat checks on the second-stage igniter. "We
lost two days and gained a lot of sleep," she said.

The launch window on Thursday ran from 7 to 10 a.m. Skies were overcast, as is usual on the
Lima coast in July, but winds at altitude were within limits.

(Reporting by Diego Huaman; editing by Paula Ruiz)
""")

_S6_B = _paper(
    site="Lima Daily Observer", host="www.limaobserver.example",
    url="https://www.limaobserver.example/science/2026/07/17/inti-2-the-rocket-that-went-higher",
    section="Science",
    headline="Inti-2: the rocket that went higher than any before it",
    dek=("After a scrub on Tuesday, CONIDA's sounding rocket flew to 54 miles and back. "
         "Now the agency wants money for the next one."),
    byline="Rocio Valdivia", iso="2026-07-17T06:00:00-05:00", shown="Friday, July 17, 2026",
    related=[
        ("Congress committee approves science budget increase",
         "https://www.limaobserver.example/politics/2026/07/15/science-budget"),
        ("Ica: wine harvest festival draws record crowds",
         "https://www.limaobserver.example/culture/2026/07/12/ica-wine-festival"),
        ("Garua season: why Lima's sky is grey until October",
         "https://www.limaobserver.example/weather/2026/07/10/garua-season"),
    ],
    body="""
At 7:42 on Thursday morning, beneath the grey July sky of the southern Lima coast, a slender
white rocket rose from Punta Lobos and disappeared into the clouds within seconds. Less than
seven minutes later, its payload was floating in the Pacific, having reached an altitude of
87.4 kilometres, or 54.3 miles.

That made the Inti-2 the highest-flying rocket ever built in Peru, and it gave CONIDA, the
national space agency, a rare moment of public attention.

[IMG] observer-punta-lobos-team.jpg || Engineers celebrate at the Punta Lobos control room after the launch. || Photo: Hugo Tello / Lima Daily Observer

Punta Lobos lies in the district of Pucusana, about 60 km (37 miles) south of central Lima.
The site has been used for sounding rockets since the 1970s, when it hosted international
campaigns to study the upper atmosphere over the magnetic equator.

## A team of 60

The Inti-2 was designed and built by a team of about 60 engineers and technicians, most of
them under 35. Its project manager, engineer Valeria Quispe Mamani, 41, grew up in Puno and
studied at the National University of Engineering (UNI) in Lima.

"We are not trying to copy anyone," she said after the launch. "We are trying to learn to do
each thing ourselves, from the propellant to the parachute."

The rocket is 9.8 metres tall and has two solid-fuel stages. It reached a top speed of about
Mach 4.3. The first stage fell into the sea a few kilometres from the coast; the payload
section, weighing 38 kilograms, came down by parachute some 43 km (27 miles) offshore, where
it was recovered by the Navy.

[AD]

## Five experiments

The payload carried five experiments. Two belonged to CONIDA. The other three came from the
UNI, from the National University of San Agustin in Arequipa, which measured radiation in the
upper atmosphere, and from the National University of San Antonio Abad in Cusco, which tested
a small camera system.

## What it cost, and what comes next

The three-year programme cost 14.6 million soles, a modest sum by international standards.
CONIDA's head, Major General Hector Salas Rios of the Air Force, said the agency would ask
Congress for a larger budget to build Inti-3, planned for the second half of next year, which
is meant to exceed 120 km (75 miles).

"Yesterday we crossed a line in our own history," Salas told the Observer on Friday morning.
"Next year we want to cross the one that everyone recognises."

He was referring to the Karman line at 100 km, conventionally treated as the start of space.

The previous rocket in the series, Inti-1, flew in November 2024 and reached 31 km.
Thursday's success came after a postponement on Tuesday, when high winds forced controllers
to stop the countdown with nine minutes to go.

Not everyone is convinced the money is well spent. Economist Martin Zegarra of the
Universidad del Pacifico said Peru would gain more by buying satellite services than by
developing rockets. Quispe disagrees. "Every country that builds rockets also builds
engineers," she said.
""")

_S6_C = _paper(
    site="El Misti Gazette", host="www.elmistigazette.example",
    url="https://www.elmistigazette.example/arequipa/unsa-experiment-flies-on-inti-2",
    section="Arequipa",
    headline="UNSA experiment flies to 87 km aboard Inti-2",
    dek=("A radiation detector built by physics students in Arequipa returned intact from "
         "the edge of the atmosphere"),
    byline="Fernando Chavez Zuniga", iso=None, shown="18 July 2026", sep="|",
    related=[
        ("Arequipa airport runway works to start in September",
         "https://www.elmistigazette.example/arequipa/airport-runway-works"),
        ("Colca valley: tourism numbers recover",
         "https://www.elmistigazette.example/region/colca-tourism"),
        ("UNSA announces new master's programme in data science",
         "https://www.elmistigazette.example/education/unsa-data-science"),
    ],
    body="""
A small box of electronics designed and assembled by students at the National University of
San Agustin (UNSA) reached an altitude of more than 87 kilometres on Thursday aboard Inti-2,
the sounding rocket launched by the Peruvian space agency, CONIDA, from Punta Lobos, near
Lima.

The detector, which measures cosmic radiation, was one of five experiments on the rocket and
one of three provided by universities. It returned to Earth inside the payload section, which
came down by parachute in the ocean and was recovered by a Navy vessel.

"Everything worked. Everything," said Professor Jorge Llerena, 58, the physicist who led the
team. "We received data during the whole flight, and the memory card came back dry."

[IMG] gazette-unsa-detector-team.jpg || Professor Jorge Llerena (centre) with students from the UNSA physics school and the detector before it was sent to Lima. || Photo: UNSA communications office

## Eight students, two years

The detector was built over two years by eight undergraduate students of the physics school,
with a budget of 95,000 soles from the university's research fund. It weighs just under two
kilograms and counts charged particles as the rocket climbs through the atmosphere.

Llerena said the students would spend the coming months analysing the data, which cover the
whole flight of 6 minutes and 52 seconds from liftoff to splashdown. The results could help
calibrate instruments at the Characato observatory, near the city, which UNSA operates.

Two of the students travelled to Punta Lobos for the launch. One of them, Lucia Apaza, 22,
said she cried when the rocket left the ground. "We had been there on Tuesday too, when they
stopped the countdown, so we were very nervous," she said.

[AD]

## A national first

The Inti-2 flew higher than any rocket previously built in Peru. Its predecessor, Inti-1,
reached 31 km in November 2024 and carried no university experiments.

CONIDA has said it wants to launch an even larger rocket, Inti-3, in the second half of 2027,
and hopes it will go beyond 120 km. Llerena said the UNSA team had already proposed a second
detector for that flight.

The rector of UNSA, Dr. Rosa Medina Salas, said the university would host a public
presentation of the first results in September at its campus on Avenida Independencia. "Our
students have shown that you do not need to be in Lima to do space science," she said.

Thursday's launch took place at 7:42 a.m. Relatives of the Arequipa team followed it on a
live broadcast at the physics faculty, where a small crowd had gathered before dawn.

It is not the first time Arequipa has looked to the sky for science. The region's clear, dry
air has drawn astronomers for more than a century, and the university hopes the rocket
project will persuade more young people from the south to choose physics and engineering.
""")


STORY_6 = _story("rocket-PD6", "rocket", "2026-07-21", [
    _page("https://www.andeanwire.example/science/2026/07/16/peru-inti-2-sounding-rocket-reaches-87-km",
          _S6_A),
    _page("https://www.limaobserver.example/science/2026/07/17/inti-2-the-rocket-that-went-higher",
          _S6_B),
    _page("https://www.elmistigazette.example/arequipa/unsa-experiment-flies-on-inti-2", _S6_C),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
