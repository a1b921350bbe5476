"""Part QA of the story battery (web pages).

Written by engineer QA1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QA`.

Six invented events in Southern and Eastern Africa and the Indian Ocean. cb-QA1 (CONTROL):
the Bank of Mauritius cuts its Key Rate a quarter point to 4.25% on 18 March 2026 by a 6-3
vote (wire, Port Louis daily, business weekly, Johannesburg newsletter; GMT / Port Louis /
Johannesburg clock times, Rs and US$ sums, headline vs core inflation, November's 8-1
half-point cut). elec-QA2 (planted): Zambia's Kabwata by-election of 12 June 2025 (wire,
Lusaka daily, public broadcaster with overnight provisional counts, elections blog); planted:
the winner's vote count (6,412 vs 6,214 on the broadcaster) and who said "this seat was never
anyone's property" (candidate Chanda vs party secretary-general Kasonde on the blog).
trade-QA3 (planted): Kenya and Tanzania sign a 14-barrier deal at Namanga on 10 July 2026
(wire, Dar es Salaam daily, freight weekly); planted: the implementation deadline
(30 September vs 30 November in the Dar daily) and Esther Koech's title (Cabinet Secretary
vs Principal Secretary in the freight weekly). rocket-QA4 (planted): Tausi Aerospace's
Kipepeo-2 suborbital flight from the Luigi Broglio Space Centre near Malindi on 22 August
2026 (wire, Nairobi daily, public broadcaster, space newsletter); planted: liftoff clock time
(6:42 vs 7:42 a.m. local on the broadcaster), apogee (118 km vs 128 km on the newsletter) and
the wording of the chief executive's quote ("did not come here to make a point about Africa"
vs "came here to make a point about Africa" in the daily). court-QA5 (CONTROL): Botswana's
Court of Appeal rules 4-1 on 14 November 2025 that a grazing-land reallocation near Maun was
unlawful and awards P38 million (national daily, Maun weekly, legal blog; costs hearing set
for 26 January 2026, the 2024 High Court ruling, the dissent). quake-QA6 (CONTROL): a
magnitude 5.8 earthquake near Karonga, Malawi, at 11:47 p.m. on 7 February 2026 (wire,
Lilongwe daily, Nairobi regional paper in East Africa Time, seismology blog; toll rising
from three to five to six over two days, a 4.6 aftershock, km/miles, MK and US$).
"""

from __future__ import annotations

import html as _html
import json as _json
import re as _re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QA", "domain": domain, "fetched": fetched,
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


def _slug(s: str) -> str:
    return _re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


_ADS = [
    ('<div class="ad-slot ad-mpu" aria-label="Advertisement"><span class="ad-label">'
     'Advertisement</span><div class="ad-creative"><a href="https://ads.example/click?c=8812"'
     ' rel="sponsored">Switch your business account today. No paperwork, no queues.</a>'
     '</div></div>'),
    ('<div class="ad-slot ad-leaderboard" aria-label="Advertisement"><span class="ad-label">'
     'ADVERTISEMENT</span><iframe src="https://ads.example/frame/728x90" width="728" '
     'height="90" title="ad"></iframe></div>'),
    ('<div class="promo-box" data-type="sponsored"><span class="ad-label">Sponsored</span>'
     '<a href="https://ads.example/click?c=1190" rel="sponsored">Fly direct this season: '
     'book early and choose your seat for free.</a></div>'),
    ('<div class="ad-slot" aria-label="Advertisement"><span class="ad-label">Advertisement'
     '</span><div class="ad-creative"><a href="https://ads.example/click?c=3471" '
     'rel="sponsored">Solar for your home, paid monthly. Ask for a free survey.</a></div></div>'),
]


def _body(src: str, site: str) -> str:
    """Turn a small markup into article HTML.

    Blocks are separated by blank lines: '## x' sub-head, '[AD]' advert, '[FIG] caption ||
    credit' photo, '[ALSO] title' inline related link, '[UL] a ;; b' list, else a <p>.
    """
    out: list[str] = []
    ad_i = 0
    for block in src.strip().split("\n\n"):
        b = " ".join(block.split())
        if not b:
            continue
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b == "[AD]":
            out.append(_ADS[(len(site) + ad_i) % len(_ADS)])
            ad_i += 1
        elif b.startswith("[FIG]"):
            cap, credit = (x.strip() for x in b[5:].split("||"))
            out.append(
                f'<figure class="inline-image"><img src="/media/images/{_slug(cap)}.jpg" '
                f'alt="{_a(cap)}" loading="lazy" width="800" height="533">'
                f'<figcaption>{_e(cap)} <span class="photo-credit">{_e(credit)}</span>'
                f'</figcaption></figure>')
        elif b.startswith("[ALSO]"):
            t = b[6:].strip()
            out.append(f'<aside class="read-also"><span>Read also:</span> '
                       f'<a href="/{_slug(t)}">{_e(t)}</a></aside>')
        elif b.startswith("[UL]"):
            items = [x.strip() for x in b[4:].split(";;")]
            out.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>")
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _head(title: str, site: str, url: str, dek: str, iso: str | None, modes: str,
          author: str, headline: str, kind: str = "NewsArticle") -> str:
    dom = url.split("/")[2]
    h = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(dek)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:description" content="{_a(dek)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://{dom}/media/og/{_slug(headline)}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_a(url)}">',
    ]
    if iso and "meta" in modes:
        h.append(f'<meta property="article:published_time" content="{iso}">')
        h.append(f'<meta name="author" content="{_a(author)}">')
    if iso and "jsonld" in modes:
        ld = {"@context": "https://schema.org", "@type": kind, "headline": headline,
              "datePublished": iso, "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": site},
              "mainEntityOfPage": url}
        h.append('<script type="application/ld+json">' + _json.dumps(ld) + "</script>")
    h.append(f'<link rel="stylesheet" href="https://{dom}/static/css/site.min.css">')
    h.append("</head>")
    return "\n".join(h)


def _dateline(iso: str | None, modes: str, visible: str | None) -> str:
    if iso and "time" in modes:
        return f'<time class="published" datetime="{iso}">{_e(visible or iso)}</time>'
    if visible:
        return f'<span class="published">{_e(visible)}</span>'
    return ""


def _related(items: list[str]) -> str:
    return ("<ul>" + "".join(f'<li><a href="/{_slug(t)}">{_e(t)}</a></li>' for t in items)
            + "</ul>")


def _paper_page(site: str, url: str, section: str, headline: str, dek: str, author: str,
                body: str, iso: str | None = None, modes: str = "", visible: str | None = None,
                lead: tuple[str, str] | None = None, related: list[str] | None = None,
                nav: list[str] | None = None, sep: str = " - ") -> str:
    """A newspaper / magazine page: masthead, cookie bar, share row, rail, footer."""
    nav = nav or ["News", "Politics", "Business", "Sport", "Opinion", "Lifestyle"]
    lead_html = ""
    if lead:
        lead_html = (f'<figure class="lead-image"><img src="/media/images/{_slug(lead[0])}.jpg" '
                     f'alt="{_a(lead[0])}" width="1200" height="675"><figcaption>{_e(lead[0])} '
                     f'<span class="photo-credit">{_e(lead[1])}</span></figcaption></figure>')
    parts = [
        _head(headline + sep + site, site, url, dek, iso, modes, author, headline),
        '<body class="template-article">',
        '<a class="skip-link" href="#content">Skip to content</a>',
        '<div class="cookie-consent" role="dialog"><div class="cookie-text">We and our partners '
        'use cookies to personalise content and measure audiences. You can change your choice '
        'at any time.</div><button class="btn-accept">Accept all</button> '
        '<button class="btn-settings">Cookie settings</button></div>',
        f'<header class="site-header"><a class="logo" href="/">{_e(site)}</a>',
        '<nav class="main-nav" aria-label="Main"><ul>'
        + "".join(f'<li><a href="/{_slug(n)}">{_e(n)}</a></li>' for n in nav)
        + '</ul></nav><div class="header-tools"><a href="/subscribe" class="btn-subscribe">'
        'Subscribe</a> <a href="/account/login">Log in</a> <a href="/search">Search</a></div>'
        "</header>",
        '<main id="content">',
        '<article class="story">',
        f'<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{_slug(section)}">'
        f"{_e(section)}</a></div>",
        f"<h1 class=\"headline\">{_e(headline)}</h1>",
        f'<div class="standfirst">{_e(dek)}</div>',
        f'<div class="byline">By <a rel="author" href="/authors/{_slug(author)}">{_e(author)}'
        f'</a>' + (f' <span class="sep">|</span> {_dateline(iso, modes, visible)}'
                 if (iso or visible) else '') + '</div>',
        '<div class="share-bar"><span>Share</span> <a href="#" class="share-fb">Facebook</a> '
        '<a href="#" class="share-x">X</a> <a href="#" class="share-wa">WhatsApp</a> '
        '<a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button>'
        "</div>",
        lead_html,
        '<div class="story-body">',
        _body(body, site),
        "</div>",
        '<div class="story-tags"><span>Topics:</span> '
        + " ".join(f'<a href="/topic/{_slug(n)}">{_e(n)}</a>' for n in nav[:3]) + "</div>",
        '<div class="comments-cta"><a href="#comments">Join the conversation</a></div>',
        "</article>",
        '<aside class="rail"><h3>Most read</h3>' + _related(related or []) + "</aside>",
        '<section class="newsletter-signup"><h3>The morning briefing</h3><div>The stories '
        'that matter, in your inbox before breakfast.</div><form action="/newsletter" '
        'method="post"><input type="email" name="email" placeholder="Your email address">'
        '<button type="submit">Sign up</button></form></section>',
        "</main>",
        f'<footer class="site-footer"><nav><a href="/about">About us</a> <a href="/contact">'
        f'Contact</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy policy</a> '
        f'<a href="/terms">Terms of use</a></nav><div class="copyright">&copy; {_e(site)}. '
        f"All rights reserved.</div></footer>",
        '<script src="/static/js/bundle.min.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p)


def _wire_page(site: str, url: str, headline: str, dek: str, author: str, body: str,
               iso: str | None, modes: str, visible: str | None, credits: str,
               related: list[str]) -> str:
    """A wire-service page: thin chrome, dateline in the first paragraph, credit line."""
    parts = [
        _head(headline + " | " + site, site, url, dek, iso, modes, author, headline),
        "<body>",
        '<a href="#main-content" class="visually-hidden">Skip to main content</a>',
        '<div id="consent-bar">This site uses cookies. By continuing to browse you agree to our '
        'use of cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>',
        f'<div class="topbar"><a href="/" class="brand">{_e(site)}</a> <ul class="sections">'
        '<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>'
        '<li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>'
        '<li><a href="/africa">Africa</a></li></ul> <a href="/register" class="cta">'
        "Register</a></div>",
        '<main id="main-content"><article>',
        f"<h1>{_e(headline)}</h1>",
        f'<div class="summary">{_e(dek)}</div>',
        f'<div class="meta"><span class="author">By {_e(author)}</span> '
        f"{_dateline(iso, modes, visible)} <span class=\"readtime\">4 minute read</span></div>",
        '<div class="tools"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Print</a>'
        "</div>",
        '<div class="article-text">',
        _body(body, site),
        f'<div class="credits">{_e(credits)}</div>',
        "</div>",
        '<div class="standards"><a href="/editorial-standards">Our editorial standards</a> '
        '&middot; <a href="/corrections">Corrections</a></div>',
        "</article>",
        '<section class="more"><h2>More from ' + _e(site) + "</h2>" + _related(related)
        + "</section></main>",
        f'<footer><div>&copy; {_e(site)}</div><a href="/terms">Terms</a> '
        '<a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></footer>',
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _blog_page(site: str, url: str, headline: str, dek: str, author: str, bio: str,
               body: str, iso: str | None, modes: str, visible: str | None,
               related: list[str]) -> str:
    """A newsletter / blog page: subscribe boxes, author card, comments count."""
    parts = [
        _head(headline + " | " + site, site, url, dek, iso, modes, author, headline,
              kind="BlogPosting"),
        '<body class="post">',
        '<a class="skip" href="#post">Skip to content</a>',
        '<div class="gdpr">We use essential cookies to make this site work, and optional '
        'analytics cookies if you agree. <button>Accept</button> <button>Reject optional'
        "</button></div>",
        f'<header class="blog-header"><a href="/" class="blog-name">{_e(site)}</a> '
        '<nav><a href="/archive">Archive</a> <a href="/about">About</a> '
        '<a href="/subscribe" class="btn">Subscribe</a></nav></header>',
        '<main id="post"><article>',
        f'<h1 class="post-title">{_e(headline)}</h1>',
        f'<h3 class="subtitle">{_e(dek)}</h3>',
        f'<div class="post-meta"><img class="avatar" src="/img/avatar.png" alt="">'
        f'<span class="author-name">{_e(author)}</span> {_dateline(iso, modes, visible)}</div>',
        '<div class="post-actions"><button>Like</button> <button>Comment</button> '
        "<button>Share</button></div>",
        '<div class="body markup">',
        _body(body, site),
        "</div>",
        '<div class="subscribe-widget"><div>Enjoyed this? It is free, and it arrives once a '
        'week.</div><form><input type="email" placeholder="Type your email..."><button>'
        "Subscribe</button></form></div>",
        f'<div class="author-card"><strong>{_e(author)}</strong> <span>{_e(bio)}</span></div>',
        '<div class="comments-link"><a href="#comments">Comments</a></div>',
        "</article>",
        '<aside class="recent"><h4>Recent posts</h4>' + _related(related) + "</aside></main>",
        f'<footer class="blog-footer">{_e(site)} &middot; <a href="/rss">RSS</a> &middot; '
        '<a href="/privacy">Privacy</a> &middot; <a href="/unsubscribe">Unsubscribe</a>'
        "</footer>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _broadcast_page(site: str, url: str, section: str, headline: str, dek: str,
                    author: str, body: str, iso: str | None, modes: str,
                    visible: str | None, related: list[str]) -> str:
    """A public broadcaster's news page: live player strip, video rail, most watched."""
    parts = [
        _head(headline + " - " + site, site, url, dek, iso, modes, author, headline),
        '<body class="news-article">',
        '<a class="skiplink" href="#story">Skip to content</a>',
        '<div class="cookie-notice">Cookies help us deliver our services. Choose <button>'
        "Accept</button> or <button>Customise</button>.</div>",
        f'<header><div class="brand-bar"><a href="/">{_e(site)}</a> <a href="/live/radio" '
        'class="live">Listen live</a> <a href="/live/tv" class="live">Watch TV</a></div>'
        '<nav><a href="/news">Home</a> <a href="/news/national">National</a> '
        '<a href="/news/regions">Regions</a> <a href="/news/business">Business</a> '
        '<a href="/news/science">Science</a> <a href="/news/sport">Sport</a> '
        '<a href="/weather">Weather</a></nav></header>',
        f'<main id="story"><div class="section-label">{_e(section)}</div>',
        f"<h1>{_e(headline)}</h1>",
        f'<div class="intro">{_e(dek)}</div>',
        f'<div class="byline-block"><span class="reporter">{_e(author)}</span> '
        f"{_dateline(iso, modes, visible)}</div>",
        '<div class="social"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> '
        '<a href="#">Share on WhatsApp</a></div>',
        '<div class="video-embed"><div class="player" data-src="/media/clip.m3u8"></div>'
        '<div class="video-caption">Video: our correspondent reports</div></div>',
        '<div class="story-text">',
        _body(body, site),
        "</div>",
        '<section class="related-videos"><h2>Watch more</h2>' + _related(related)
        + "</section></main>",
        f'<footer><a href="/about">About {_e(site)}</a> <a href="/complaints">Complaints</a> '
        '<a href="/privacy">Privacy</a> <a href="/frequencies">Find us on FM</a></footer>',
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# Story 1 - central bank (CONTROL): Bank of Mauritius, Wednesday 18 March 2026
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    "Meridian Wire",
    "https://www.meridianwire.example/business/mauritius-central-bank-trims-key-rate-2026-03-18/",
    "Mauritius central bank trims Key Rate to 4.25% as inflation cools",
    "Split committee backs quarter-point cut; growth forecast raised to 3.4%",
    "Nadia Koenig",
    """
PORT LOUIS, March 18 (Meridian) - The Bank of Mauritius cut its benchmark Key Rate by 25 basis
points to 4.25% on Wednesday, saying consumer prices had cooled more quickly than it expected
and that it could now afford to give the economy some help.

The decision, published at 10:30 GMT, was taken by a 6-3 vote of the nine-member Monetary Policy
Committee. The three members in the minority wanted to keep the rate at 4.50%, the bank said,
without identifying them.

Governor Devesh Ramtohul told a news conference at the bank's headquarters that "inflation has
come down faster than we expected at the end of last year, and that gives us room to support
activity without putting price stability at risk."

Headline inflation eased to 3.8% year on year in February from 4.3% in January, according to
official data quoted by the bank. A core gauge that excludes food, energy and administered prices
stood at 2.9%.

[FIG] Governor Devesh Ramtohul speaks to journalists in Port Louis on Wednesday. || Meridian/Staff

It was the committee's second reduction in four months, after a half-point cut in November that
took the rate down from 5.00%.

## Forecasts revised upward

The central bank now sees the economy expanding by 3.4% this year, compared with 3.1% in its
November projections, helped by stronger tourist arrivals and a pick-up in building work. It puts
growth in 2025 at an estimated 2.8% and expects inflation to average around 3.5% over 2026.

Ramtohul would not be drawn on the timing of any further move. "We are not on a pre-set path,"
he said, adding that each meeting would be decided on the figures available to members at the
time.

He said the committee had spent much of its discussion on the exchange rate. The rupee was not a
target, he said, but the bank followed it closely because a weaker currency fed quickly into
what households paid for food and fuel.

[AD]

The bank also opened a 5 billion rupee (about $109 million) refinancing window for small and
medium-sized firms. Commercial banks will be able to borrow from it at a fixed 3%, provided the
money is passed on as loans to smaller businesses. The window opens on April 1.

The rupee was steady after the announcement, trading at around 45.9 per dollar.

"A quarter point was more or less the minimum the market had priced in, so the real news is the
split and the tone," said Yannick Chung, chief economist at Lagoon Capital in Ebene. "Three
dissents tell you the bar for another cut in June is quite high."

The committee's next scheduled meeting is on June 17.

Mauritius, a country of about 1.3 million people whose economy leans on tourism, offshore
financial services and imported food and fuel, has seen price pressures fade over the past year
as oil prices softened and the rupee found a floor against the dollar.
""",
    "2026-03-18T11:05:00Z", "meta jsonld", "March 18, 2026 11:05 AM GMT",
    "Reporting by Nadia Koenig; Editing by Thomas Ablett",
    ["Seychelles tourism receipts climb on long-haul demand",
     "Rand firms as South African inflation slows",
     "Madagascar's vanilla exporters brace for price floor review"],
)

_S1_B = _paper_page(
    "Port Louis Ledger",
    "https://www.portlouisledger.example/economie/key-rate-down-to-4-25-relief-for-borrowers-9931",
    "Economy",
    "Key Rate down to 4.25 per cent: some relief for borrowers, caution from the governor",
    "Second cut since November; Rs5bn set aside for small firms",
    "Kevin Appavou",
    """
Households repaying variable-rate home loans should see their monthly instalments come down a
little after the Bank of Mauritius yesterday lowered its Key Rate by a quarter of a percentage
point, from 4.50 per cent to 4.25 per cent.

It is the second cut since November, when the Monetary Policy Committee (MPC) caught many
economists off guard by reducing the rate by half a point in a single move.

Yesterday's decision was not unanimous. Six of the nine MPC members voted for the cut, and three
wanted the rate left where it was. Governor Devesh Ramtohul, speaking at the bank's tower in Port
Louis shortly after the 2.30pm announcement, said the majority had been swayed by how quickly
prices had cooled.

"Inflation has come down faster than we expected at the end of last year," he said. That, he went
on, "gives us room to support activity without putting price stability at risk".

Official figures put headline inflation at 3.8 per cent in February, down from 4.3 per cent a
month earlier. Many families will say they have not felt the difference: vegetables at the
central market in the capital became markedly dearer after the heavy rains of January.

[FIG] The Bank of Mauritius tower in Port Louis. || Photo: Ledger / S. Ramsamy

## What it means for your loan

Commercial banks are under no obligation to follow the central bank, but in recent years they
have usually passed changes on within a few weeks. On a Rs3 million housing loan taken over 20
years, a quarter-point reduction would lower the monthly repayment by a little over Rs400,
according to the Ledger's own calculation.

Savers, for their part, should expect deposit rates to drift down.

[AD]

## Rs5bn for small firms

The bank also announced a new Rs5bn refinancing facility for small and medium enterprises
(SMEs). Banks will be able to draw on the money at 3 per cent as long as they lend it on to SMEs.
The facility opens on 1 April.

Nitin Gopee, president of the Association of Small and Medium Enterprises, welcomed the scheme
but said the test would be whether banks actually lent the money. "Small firms have heard about
facilities like this before, and many never saw a rupee of it," he said. "This time we will be
counting."

The governor said the bank would publish quarterly figures on how much of the facility had been
drawn and by which sectors.

## Growth outlook improves

The MPC now expects the economy to grow by 3.4 per cent this year, against the 3.1 per cent it
forecast in November. First Deputy Governor Sandrine Lafleur told the press conference that
tourist arrivals and construction were behind the upgrade.

Asked whether more cuts were on the way, Mr Ramtohul chose his words with care. "We are not on a
pre-set path. Each meeting will be decided on the numbers in front of us," he said.

The next MPC meeting is scheduled for 17 June.
""",
    iso=None, modes="", visible="Thursday 19 March 2026",
    lead=("Shoppers at the central market in Port Louis.", "Photo: Ledger archives"),
    related=["Water cuts announced for parts of Plaines Wilhems",
             "Budget 2026-27: what the unions want",
             "Cyclone season: Met Services review preparedness"],
    nav=["Actualites", "Economy", "Politics", "Sport", "Opinion", "Regions"],
)

_S1_C = _paper_page(
    "Island Business Review",
    "https://islandbusinessreview.example/banking/mpc-splits-6-3-key-rate-4-25",
    "Banking & Finance",
    "MPC splits 6-3 as Bank of Mauritius takes Key Rate to 4.25%",
    "The cut was expected. The three dissents, and the small print on the SME window, were not.",
    "Aurelie Desvaux",
    """
The Bank of Mauritius delivered the quarter-point cut most of the market had expected on
Wednesday, taking its Key Rate to 4.25%. But the detail behind the decision tells a more
interesting story than the headline figure.

## A divided committee

Six members backed the 25 basis point reduction and three argued for a pause at 4.50%. That is a
much wider split than at the November 19 meeting, when the committee voted 8-1 for a half-point
cut.

Aisha Peerbux, head of research at Cascade Securities, reads the dissents as a signal. "When a
third of the committee wants to stop, you are probably nearer the end of the cycle than the
start," she said. Her firm now expects the rate to be held at the June meeting.

## Headline versus core

The majority's case rests on inflation. Headline consumer prices rose 3.8% in the year to
February, just under 4%. Core inflation, which the bank watches to judge underlying pressure,
was lower still at 2.9%.

With the Key Rate at 4.25%, the real policy rate measured against headline inflation is now less
than half a percentage point. Measured against core inflation, it is about 1.35 points.

Governor Devesh Ramtohul insisted that the currency had not driven the decision. "The rupee is
not a target of this committee, but we watch it closely because it feeds straight into the price
of food and fuel," he said. The rupee was changing hands at close to Rs45.9 to the US dollar on
Wednesday afternoon.

[AD]

## Refinancing window for SMEs

The new Rs 5 billion facility is built as a refinancing line. Banks borrow from the central bank
at a fixed 3% for up to three years, and must show that the funds have gone to enterprises with
annual turnover below Rs 100 million. At current exchange rates the envelope is worth roughly
USD 109 million. It opens on 1 April 2026.

Bankers contacted by IBR said the pricing was attractive. One head of SME lending at a large
bank, who asked not to be named, said the reporting requirements "look heavy for a facility this
size" and predicted a slow start.

[ALSO] Offshore sector: licence numbers edge up for third quarter running

## Forecasts

The bank raised its projection for real GDP growth in 2026 to 3.4%, from 3.1% in November, and
estimated growth in 2025 at 2.8%. Its central forecast for average inflation this year is 3.5%.
Tourism and construction carry most of the upgrade; the bank flagged the oil price and demand in
Europe as the main risks.

Governor Ramtohul said the committee had not settled on a path for the rest of the year and
would judge each meeting on the data in hand.

## What to watch

The next MPC meeting is on 17 June 2026. Before then, March and April inflation prints and the
first-quarter tourism figures will shape expectations. Cascade's base case is a hold; two other
brokers surveyed by IBR on Wednesday evening pencil in one more quarter-point cut before the end
of the year.
""",
    iso="2026-03-18T17:40:00+04:00", modes="time", visible="18 March 2026, 17:40",
    related=["Ebene property: office vacancy falls below 10%",
             "Port Louis Stock Exchange: week in review",
             "Interview: the new chief executive of the Mauritius Ports Authority"],
    nav=["Banking & Finance", "Tourism", "Property", "Markets", "Interviews", "Events"],
    sep=" | ",
)

_S1_D = _blog_page(
    "Rupee Watch",
    "https://rupeewatch.example/p/issue-87-the-bank-of-mauritius-blinks",
    "Issue 87: The Bank of Mauritius blinks, a little",
    "A quarter point, three dissents and a modest cheque for small firms",
    "Anjali Soobrayen",
    "Anjali Soobrayen writes Rupee Watch from Johannesburg. She covered Indian Ocean markets "
    "for a regional bank for eleven years.",
    """
Good morning from Johannesburg. If you were refreshing the Bank of Mauritius website at half past
twelve on Wednesday (that is 2:30pm in Port Louis), you saw the Key Rate come down by a quarter
point to 4.25%. If you were not, here is what you missed and what I make of it.

## The decision

Twenty-five basis points, as most of us had pencilled in. Six votes to three, with the dissenters
wanting to hold at 4.5%. After the half-point move in November this is a smaller step, and the
split suggests the committee is less at ease than the governor sounded.

Governor Ramtohul's argument is that disinflation has simply run ahead of the bank's own
forecasts. Prices have come down faster than the bank thought they would back in late 2025, he
says, and that leaves space to help growth without putting price stability at risk. Fair enough:
headline inflation was 3.8% in February and core was 2.9%.

[AD]

## The part nobody is talking about

Rs5bn for small and medium firms at a fixed 3% sounds generous. It is about $109m, or a little
under R2bn for readers who think in rand. Set against the size of the island's loan book it is
modest, and the conditions attached are tight.

I asked Louis-Marc Tyack, a former deputy governor of the bank who now sits on the boards of two
private companies, what he made of it. "Refinancing windows are a good way to look busy," he told
me. "The question is whether the banks want the risk, not whether they can get the money."

That matches what I hear from lenders. Liquidity is not the problem in Mauritius; appetite for
small-business risk is.

## Growth

The bank lifted its 2026 growth forecast to 3.4%, from 3.1%. Growth last year is estimated at
2.8%. For a small open economy still leaning on tourism and construction, that is a decent
number, and the upgrade is believable if arrivals hold up through the European winter.

## What next

The next meeting is on June 17. The market is split. My own view is a hold in June and perhaps
one more quarter point in the second half, if the oil price behaves. Ramtohul said there was no
pre-set path and that every meeting would depend on the data, which is central-bank language for
please stop asking.

One more thing worth noting: the rupee barely moved, holding around 45.9 to the dollar. The
currency is the variable I would watch between now and June, not the growth numbers.

## Numbers to keep

[UL] Key Rate: 4.25% (was 4.50%) ;; Vote: 6-3 ;; Headline inflation, February: 3.8% ;; Core inflation: 2.9% ;; 2026 growth forecast: 3.4% ;; SME window: Rs5bn at 3%, from 1 April ;; Next MPC: 17 June

That is it for this week. Reply to this email if you want the spreadsheet behind the chart I
promised last issue; it is coming, I promise again.
""",
    None, "", "20 March 2026",
    ["Issue 86: Seychelles and the tourism dividend",
     "Issue 85: Who is buying Malagasy debt?",
     "Issue 84: The rand, the rupee and the oil price"],
)

STORY_1 = _story("cb-QA1", "central bank", "2026-03-21", [
    _page("https://www.meridianwire.example/business/mauritius-central-bank-trims-key-rate-2026-03-18/", _S1_A),
    _page("https://www.portlouisledger.example/economie/key-rate-down-to-4-25-relief-for-borrowers-9931", _S1_B),
    _page("https://islandbusinessreview.example/banking/mpc-splits-6-3-key-rate-4-25", _S1_C),
    _page("https://rupeewatch.example/p/issue-87-the-bank-of-mauritius-blinks", _S1_D),
], [])

# ---------------------------------------------------------------------------
# Story 2 - election (planted): Kabwata by-election, Lusaka, Thursday 12 June 2025
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    "Meridian Wire",
    "https://www.meridianwire.example/world/africa/zambia-pcp-wins-kabwata-by-election-2025-06-13/",
    "Zambia's PCP wins Lusaka by-election, taking Kabwata seat from ULF",
    "Low turnout as capital votes a year before general election",
    "Chileshe Banda",
    """
LUSAKA, June 13 (Meridian) - Mwila Chanda of the Progressive Citizens Party (PCP) won a
parliamentary by-election in Lusaka's Kabwata constituency, the Electoral Commission of Zambia
said early on Friday, capturing a seat the rival United Labour Front (ULF) had held for nearly a
decade.

Chanda received 6,412 votes against 5,087 for the ULF's Grace Mutale, returning officer Charity
Mwansa announced at the constituency totalling centre at 4:20 a.m. (0220 GMT). Joseph Tembo, an
independent, came third with 1,318 votes and Ruth Phiri of the National Reform Party was fourth
with 402.

Turnout was 42%, with 13,430 ballots cast out of 31,950 registered voters. Of those ballots, 211
were rejected.

"This seat was never anyone's property. The people of Kabwata have spoken, and we will serve all
of them, including those who did not vote for us," Chanda told cheering supporters outside the
totalling centre.

The contest was watched closely as one of the last chances to test opinion in the capital before
the general election due in August 2026.

The seat fell vacant in March when the ULF's Felix Sakala resigned from parliament to take up a
diplomatic posting. Sakala had won Kabwata comfortably at the 2021 general election with 17,904
votes, on a turnout of 58.6%.

[AD]

Mutale said her party would not go to court over the result, but she accused the police of
stopping two of her rallies during the campaign. Police in Lusaka said every gathering had been
handled under the Public Order Act and that voting itself had gone ahead without serious
incidents.

Analysts cautioned against reading too much into a by-election with such a low turnout. "Kabwata
is a mixed, mostly salaried constituency, and people there vote on the cost of living," said
Natasha Mweemba, a political scientist at the University of Zambia. "A swing like this in a seat
like this should worry the ULF, but 42% turnout is not August next year."

Citizens' Election Watch, an independent monitoring group, said it had placed 72 observers across
all 36 polling stations and that its parallel tally matched the official figures.

Polling stations opened at 6 a.m. and closed at 6 p.m. on Thursday, and counting went on through
the night. Chanda is expected to be sworn in when the National Assembly next sits.

Zambia's economy has been under strain from a drought that cut maize harvests and hydropower
output in 2024, pushing up food and electricity prices in urban areas such as Lusaka. Both main
parties campaigned heavily on the price of mealie meal, the staple maize flour.
""",
    "2025-06-13T03:05:00Z", "jsonld", "June 13, 2025 3:05 AM GMT",
    "Reporting by Chileshe Banda; Editing by Helen Marsh",
    ["Zambia's kwacha slips as copper prices ease",
     "Malawi opposition names running mate",
     "Zimbabwe tobacco auction floors open with higher prices"],
)

_S2_B = _paper_page(
    "The Lusaka Courier",
    "https://www.lusakacourier.example/politics/2025/06/14/chandas-kabwata-win-rattles-ulf",
    "Politics",
    "Chanda's Kabwata win rattles ULF ahead of 2026",
    "PCP candidate takes the seat by 1,325 votes as only 42 per cent of voters turn out",
    "Mutinta Hang'ombe",
    """
The Progressive Citizens Party (PCP) is celebrating a rare victory in the capital after its
candidate, Mwila Chanda, won Thursday's Kabwata parliamentary by-election by 1,325 votes.

Chanda, a 41-year-old accountant who has been councillor for Kamwala ward since 2021, polled
6,412 votes against 5,087 for Grace Mutale of the United Labour Front (ULF). The returning
officer, Ms Charity Mwansa, declared the result before dawn yesterday after counting that went on
through the night.

Independent candidate Joseph Tembo, a hardware trader, came third with 1,318 votes, and Ruth
Phiri of the National Reform Party (NRP) received 402. Chanda's share of the valid vote was 48.5
per cent, against 38.5 per cent for Mutale.

Only 42 per cent of the constituency's 31,950 registered voters cast a ballot, compared with
nearly 59 per cent at the 2021 general election.

[FIG] Supporters of Mwila Chanda celebrate outside the totalling centre early yesterday. || Picture by Courier photographer

Speaking to the Courier after the declaration, Chanda said the seat "was never anyone's property"
and promised to serve every resident of Kabwata, "including those who did not vote for us".

Mutale, 52, a former deputy mayor of Lusaka, accepted defeat but did not hide her bitterness. "We
accept the numbers, but we do not accept the conditions under which this campaign was fought,"
she said. "Two of our rallies were stopped by police, and nobody has explained to us why."

Police in Lusaka have said all gatherings during the campaign were dealt with under the Public
Order Act.

## Bread and butter

On the streets of Kabwata, the result was explained in terms of prices rather than personalities.
At Kabwata market yesterday morning, traders said the cost of mealie meal and electricity
dominated conversations during the campaign.

"People did not vote for a party. They voted against their shopping bill," said Agnes Zulu, who
sells vegetables near the market entrance. Her neighbour, a tailor who gave his name only as
Bwalya, said he had voted ULF in 2021 but switched this time.

[AD]

## A warning for the ULF

For the ULF, which had held the seat since 2016, the loss is an uncomfortable signal a little
over a year before the August 2026 general election. The seat fell vacant in March, when Felix
Sakala resigned to become an ambassador.

Political scientist Dr Natasha Mweemba of the University of Zambia told the Courier the result
should be read with care. "By-elections bring out the committed and the angry. The ULF's problem
is that in Kabwata, the angry outnumbered the committed," she said.

The PCP's national leadership was quick to claim momentum. At a press briefing in Lusaka
yesterday afternoon, party officials said the win showed the party could compete in urban seats
it had previously written off.

Chanda is due to be sworn in as a Member of Parliament when the National Assembly next sits.
""",
    iso="2025-06-14T06:00:00+02:00", modes="meta", visible="14 June 2025",
    lead=("Returning officer Charity Mwansa announces the Kabwata result.",
          "Photo: Courier / Staff"),
    related=["Kwacha: what the Bank of Zambia said on Wednesday",
             "Load-shedding schedule for next week",
             "Chipolopolo squad named for qualifiers"],
)

_S2_C = _broadcast_page(
    "ZPB News",
    "https://news.zpb.example/zambia/kabwata-by-election-results-live-updates",
    "National",
    "Kabwata by-election: PCP's Chanda declared winner",
    "Results from all 36 polling stations are in. Follow our updates from the totalling centre.",
    "ZPB News reporters, Lusaka",
    """
06:10 - Final update. Mwila Chanda of the Progressive Citizens Party has been declared the
winner of the Kabwata parliamentary by-election.

Returning officer Charity Mwansa announced the result at the totalling centre at 04:20 this
morning. According to the official declaration, Chanda received 6,214 votes. Grace Mutale of the
United Labour Front came second with 5,087 votes, independent Joseph Tembo third with 1,318, and
Ruth Phiri of the National Reform Party fourth with 402.

Turnout was about 42 per cent of the constituency's 31,950 registered voters, the Electoral
Commission of Zambia said.

Addressing supporters after the declaration, Chanda said the people of Kabwata had made their
choice and that he would represent everyone in the constituency, whether or not they had voted
for him.

[FIG] Ballot boxes arrive at the totalling centre on Thursday night. || ZPB / Camera crew

04:45 - Mutale's agent, Mr Peter Mwale, told ZPB the ULF had signed the result forms at all 36
polling stations and would not dispute the figures. Mutale herself is expected to speak to the
media later this morning.

03:30 - Counting is complete at all polling stations. Officials at the totalling centre are
checking the result forms one by one before the final announcement.

01:05 - With 29 of the 36 polling stations declared, Chanda is ahead with 5,236 votes against
4,190 for Mutale. Tembo has 1,027. Observers describe the mood at the centre as calm.

[AD]

23:40 - Party agents from all four candidates are present at the totalling centre. ZPB
understands that the first polling-station results, from schools in Kabwata and Kamwala, show a
close race between the PCP and the ULF.

18:15 - Polls have closed across the constituency. Electoral officials say voting went smoothly,
although some polling stations recorded queues in the early afternoon after a slow morning.

18:00 - Voting ends. Anyone already in the queue at 6pm will be allowed to cast a ballot, the
commission says.

## Background

The by-election was called after the former Member of Parliament for Kabwata, Felix Sakala of
the ULF, resigned in March to take up a diplomatic posting. He had held the seat since 2016.

Kabwata, south-east of the city centre, takes in older council estates, newer middle-class
suburbs and one of the capital's busiest markets. It is regarded by all parties as an early test
of urban opinion before the general election in August next year.

Citizens' Election Watch, an independent group, deployed 72 observers to the 36 polling
stations. In a preliminary statement, the group said it had not received any reports of serious
incidents during voting.

Police said officers had been deployed to every polling station and to the totalling centre.

Stay with ZPB Radio One for reaction throughout the morning. Our political correspondent will be
live from the totalling centre on the 07:00 bulletin.
""",
    None, "", "Friday, 13 June 2025 | Last updated 06:10",
    ["Video: Queues form early in Kabwata", "Explainer: how a by-election works",
     "Morning bulletin: Friday"],
)

_S2_D = _blog_page(
    "The Ballot Box",
    "https://theballotbox.example/kabwata-what-the-numbers-say",
    "Kabwata: what the numbers say, and what they don't",
    "A gain for the PCP, a warning for the ULF, and a turnout problem for everyone",
    "Sipho Mulenga",
    "Sipho Mulenga writes about Zambian elections and public opinion. The Ballot Box is "
    "independent and reader-funded.",
    """
The Progressive Citizens Party has gained Kabwata. Mwila Chanda won Thursday's by-election with
6,412 votes to Grace Mutale's 5,087, a majority of 1,325. Here is a closer look at the numbers.

## The result

[UL] Mwila Chanda (PCP): 6,412 ;; Grace Mutale (ULF): 5,087 ;; Joseph Tembo (independent): 1,318 ;; Ruth Phiri (NRP): 402 ;; Rejected ballots: 211 ;; Total ballots cast: 13,430

On valid votes, that gives Chanda 48.5%, Mutale 38.5%, Tembo 10.0% and Phiri 3.0%. Turnout was
42.0% of the 31,950 people on the register.

## Compared with 2021

In the August 2021 general election, Felix Sakala held Kabwata for the ULF with 17,904 votes,
and the PCP candidate then, Brian Kaoma, managed 9,877. Turnout that year was 58.6%.

So the PCP's raw vote has fallen since 2021, by about 3,500. But the ULF's has collapsed, from
nearly 18,000 to just over 5,000. The story here is not a wave of new PCP voters. It is ULF voters
staying at home, and a slice of them lending their vote to Tembo.

[AD]

## Turnout

Forty-two per cent is low, but not unusually so for a Zambian by-election held on a working day
in June. The difference with 2021 is mostly the absence of a presidential race at the top of the
ballot. Be careful with anyone who projects these numbers onto August 2026.

## The quotes

Lombe Kasonde, the PCP secretary-general, struck a generous tone at the totalling centre on
Friday morning: "This seat was never anyone's property. The people of Kabwata have spoken, and we
will serve all of them, including those who did not vote for us."

Mutale conceded and said the ULF would not petition the result, but complained that police had
stopped two of her rallies. "We accept the numbers, but we do not accept the conditions under
which this campaign was fought," she said.

Chanda himself kept it local. He told supporters he would open a constituency office inside
Kabwata market within a month, so that traders "do not have to take a bus to find their MP".

## What it means

Three things. First, the ULF cannot take Lusaka's salaried seats for granted; Kabwata was one of
its safer urban constituencies. Second, the PCP won this on a lower vote than it lost with in
2021, which should temper the celebrations. Third, Tembo's 10% is the most interesting number on
the sheet: an independent with almost no money took one vote in ten, mostly, by my reading of the
polling-station returns, in the older council estates.

The Electoral Commission of Zambia has published the polling-station results on its website, and
I have put them in a spreadsheet for paying subscribers. Corrections and arguments are welcome in
the comments.
""",
    "2025-06-15T09:30:00+02:00", "time", "15 June 2025",
    ["Who votes in Zambian by-elections?", "Reading polling-station returns: a guide",
     "The 2026 map: seats to watch"],
)

STORY_2 = _story("elec-QA2", "election", "2025-06-16", [
    _page("https://www.meridianwire.example/world/africa/zambia-pcp-wins-kabwata-by-election-2025-06-13/", _S2_A),
    _page("https://www.lusakacourier.example/politics/2025/06/14/chandas-kabwata-win-rattles-ulf", _S2_B),
    _page("https://news.zpb.example/zambia/kabwata-by-election-results-live-updates", _S2_C),
    _page("https://theballotbox.example/kabwata-what-the-numbers-say", _S2_D),
], [
    ("winner's vote count", r"(?<![\d,.])6,?412(?![\d])", r"(?<![\d,.])6,?214(?![\d])"),
    ("who said 'this seat was never anyone's property'", r"chanda", r"kasonde"),
])

# ---------------------------------------------------------------------------
# Story 3 - trade (planted): Kenya-Tanzania deal at Namanga, Friday 10 July 2026
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    "Continental Press Agency",
    "https://www.cpa-news.example/en/economy/kenya-tanzania-scrap-14-trade-barriers",
    "Kenya and Tanzania agree to scrap 14 trade barriers at busy border",
    "Namanga crossing to run around the clock from September 1",
    "Wambui Gathoni and Said Mfinanga",
    """
NAMANGA, July 10 (CPA) - Kenya and Tanzania agreed on Friday to remove 14 non-tariff
barriers that have held up trade across their common border, in a deal that hauliers hope will
shorten the long waits for trucks at the busiest crossing between the two countries.

Kenya's Cabinet Secretary for Trade, Investments and Industry, Esther Koech, and Tanzania's
Minister for Industry and Trade, Hamisi Kitwana, signed the agreement at the Namanga One-Stop
Border Post on the main highway linking Nairobi and Arusha. The ceremony began shortly after
11 a.m. (0800 GMT).

The two governments have until September 30 to put all 14 measures into effect, according to the
signed text. They include mutual recognition of 23 product standards, so that goods certified by
one country's standards bureau will no longer face a second inspection at the border, and
24-hour operations at Namanga from September 1.

"Every hour a truck sits at this border is a tax that nobody voted for," Koech said.

Tanzania agreed to withdraw a levy on wheat flour milled in Kenya, a long-standing grievance of
Kenyan millers. Kenya, for its part, will stop demanding repeat aflatoxin tests on Tanzanian
maize consignments that already carry a certificate from an accredited laboratory.

[AD]

Bilateral trade was worth roughly $1.56 billion last year. Kenya's exports to Tanzania totalled
118 billion Kenyan shillings (about $915 million), while Tanzanian goods sold to Kenya were worth
about $640 million, according to figures published by the two trade ministries.

About 1,200 trucks use the Namanga crossing on an average day. Transporters say drivers can wait
up to 36 hours to clear at peak times; the two governments want to bring that under six hours.

"We are not doing each other favours. We are doing our traders a service that is long overdue,"
Kitwana said at the ceremony.

Earlier efforts have fallen short. A round of talks in May 2023 ended with a pledge to remove nine
barriers, only five of which were fully implemented, according to a joint review by the two
ministries published last year.

Relations between the two neighbours, the largest economies in the East African Community, have
swung between cooperation and open trade disputes over the past decade, with rows over poultry,
cigarettes, sugar and maize.

The Joint Trade Commission, which brings officials from both countries together, is due to meet
in Arusha in October to review progress on the new measures.

Private sector groups welcomed the deal but said they would judge it by results at the border.
Joseph Karanja, chairman of the Northern Corridor Truckers' Union, said drivers had heard similar
promises before. "When my members can cross in one morning, I will say thank you," he said.
""",
    "2026-07-10T10:20:00Z", "meta", "July 10, 2026",
    "Additional reporting by Said Mfinanga in Dar es Salaam; editing by Paul Otieno",
    ["Uganda coffee exports hit record in June", "Ethiopia's birr steadies after reform",
     "Rwanda and DRC hold talks on cross-border trade"],
)

_S3_B = _paper_page(
    "Dar es Salaam Chronicle",
    "https://www.darchronicle.example/biashara/tanzania-kenya-sign-deal-on-namanga-barriers",
    "Biashara",
    "Tanzania, Kenya sign deal on Namanga barriers",
    "Government says flour levy will go, maize traders to be spared repeat tests",
    "Neema Lyimo",
    """
Tanzania and Kenya yesterday signed an agreement to remove 14 non-tariff barriers affecting trade
between the two countries, at a ceremony held at the Namanga One-Stop Border Post, the main crossing
between the two countries.

The Minister for Industry and Trade, Mr Hamisi Kitwana, signed for Tanzania, while Kenya was
represented by its Trade Cabinet Secretary, Ms Esther Koech.

Speaking after the signing, Mr Kitwana said the agreement would benefit Tanzanian farmers and
traders above all. "We are not doing each other favours," he said. "We are doing our traders a
service that is long overdue."

[FIG] Minister Hamisi Kitwana (right) and Kenya's Esther Koech exchange documents at Namanga yesterday. || Photo: Chronicle correspondent

## Maize and flour

Among the measures, Kenya will no longer require fresh aflatoxin tests on Tanzanian maize that
already carries a certificate from an accredited laboratory. Grain traders in Arusha and
Kilimanjaro have complained for years that repeat testing at the border left lorries standing for
days and let consignments spoil.

In return, Tanzania will withdraw the levy charged on wheat flour milled in Kenya.

The two countries will also recognise each other's certification under 23 product standards, meaning goods
approved by the Tanzania Bureau of Standards (TBS) will not be re-inspected by the Kenya Bureau of
Standards (KEBS), and the other way round.

According to the agreement, all 14 measures must be in place by 30 November 2026. From 1
September, the Namanga border post will open 24 hours a day.

[AD]

## Trade figures

Tanzanian exports to Kenya were worth about 640 million US dollars last year, roughly TSh 1.66
trillion, according to the ministry. Kenyan exports to Tanzania were higher, at about 915 million
dollars, or some TSh 2.4 trillion.

Tanzanian exporters of maize, rice and onions say the gap could narrow quickly if the new rules
are respected. "For us, Namanga is not a border, it is a bottleneck," said Ms Rehema Msuya,
chairperson of the Tanzania Freight Operators' Forum. "A driver can spend a day and a half
there. That is fuel, that is wages, and sometimes it is the whole cargo."

## Not the first attempt

Similar promises have been made before. In May 2023, the two sides agreed to remove nine
barriers, but only five of them were fully dealt with. Mr Kitwana admitted that progress had been
slow in the past, but said this time a joint monitoring committee would meet every month to track
implementation.

The Joint Trade Commission is expected to meet in Arusha in October to review progress.

Kenya's Trade CS, Ms Koech, told journalists at the ceremony that both countries stood to gain.
"Every hour a truck sits at this border is a tax that nobody voted for," she said.

About 1,200 lorries pass through Namanga every day, according to border officials, many of them
carrying goods between the port of Dar es Salaam, Arusha and Nairobi.
""",
    iso=None, modes="", visible="Saturday, July 11, 2026",
    lead=("Lorries queue at the Namanga One-Stop Border Post.", "Photo: File"),
    related=["SGR: new freight trains to Mwanza", "Cashew prices: farmers demand answers",
             "Dar port handles record container volume"],
    nav=["Habari", "Biashara", "Siasa", "Michezo", "Maoni", "Kanda"],
)

_S3_C = _paper_page(
    "Freight & Corridor Weekly",
    "https://www.freightcorridor.example/news/namanga-24-hour-operations-deal",
    "Border Posts",
    "Namanga deal: 24-hour crossing from 1 September, 14 barriers to go",
    "What the Kenya-Tanzania agreement means for hauliers on the Arusha-Nairobi route",
    "Daniel Ochieng",
    """
Hauliers running between Dar es Salaam, Arusha and Nairobi should be able to clear Namanga at any
hour from 1 September, under an agreement signed at the border on Friday by Kenya and Tanzania.

The deal, signed by Kenya's Principal Secretary for Trade, Esther Koech, and Tanzania's Minister
for Industry and Trade, Hamisi Kitwana, lists 14 non-tariff barriers that both sides have
committed to remove by 30 September 2026.

For the freight industry, three of the 14 matter most.

## 1. Round-the-clock operations

The one-stop border post at Namanga currently closes to cargo processing overnight. Trucks that
arrive after the evening cut-off wait until the morning, and queues build from both sides. From 1
September, customs, immigration, standards and port health staff will work in shifts around the
clock.

Namanga handled an average of 1,180 trucks a day in 2025, according to border management
figures, with peaks above 1,500 around the end of the month. Operators report clearance times of
up to 36 hours; the stated target is under six.

## 2. Standards recognition

Goods certified by either the Kenya Bureau of Standards or the Tanzania Bureau of Standards will
no longer face a second inspection, for an initial list of 23 product standards. Cement, roofing
sheets and edible oils are among them.

[AD]

## 3. Maize and flour

Kenya will accept aflatoxin certificates from accredited Tanzanian laboratories instead of
testing every consignment again, and Tanzania will drop its levy on Kenyan-milled wheat flour.
Grain traders say repeat testing has been the single largest cause of delays for northbound
agricultural cargo.

"Every hour a truck sits at this border is a tax that nobody voted for," Koech told guests at the
signing. Kitwana said the two governments were "doing our traders a service that is long
overdue".

## The numbers

Bilateral trade was about $1.56bn in 2025: Kenya's exports to Tanzania were worth KSh 118bn
($915m) and Tanzania's exports to Kenya about $640m.

## Will it stick?

Industry voices were cautious. Joseph Karanja, chairman of the Northern Corridor Truckers' Union,
pointed to the May 2023 round, which promised to remove nine barriers and delivered five. "Paper
is cheap," he said. "We want to see the night shift on the first of September, not in a
photograph."

Rehema Msuya of the Tanzania Freight Operators' Forum said her members would log crossing times
from September and publish them monthly.

The Joint Trade Commission meets in Arusha in October. F&CW will be at Namanga on the first night
of 24-hour operations and will report on what changes at the barrier.

## Other corridor news

In a separate development, Kenya Ports Authority said it had extended free storage at Mombasa for
transit containers bound for Uganda and South Sudan from four to seven days, with effect from 1
August. The change does not affect Tanzania-bound cargo.
""",
    iso="2026-07-13T07:00:00+03:00", modes="jsonld", visible="13 July 2026",
    related=["Mombasa port: dwell times fall in second quarter",
             "Tunduma: new weighbridge opens", "Fuel prices: June review"],
    nav=["News", "Ports", "Border Posts", "Rail", "Road", "Jobs"],
    sep=" | ",
)

STORY_3 = _story("trade-QA3", "trade", "2026-07-14", [
    _page("https://www.cpa-news.example/en/economy/kenya-tanzania-scrap-14-trade-barriers", _S3_A),
    _page("https://www.darchronicle.example/biashara/tanzania-kenya-sign-deal-on-namanga-barriers", _S3_B),
    _page("https://www.freightcorridor.example/news/namanga-24-hour-operations-deal", _S3_C),
], [
    ("implementation deadline",
     r"(?<!\d)30(th)?\s+(of\s+)?sept(ember)?\b|\bsept(ember)?\.?\s+30(th)?(?!\d)",
     r"(?<!\d)30(th)?\s+(of\s+)?nov(ember)?\b|\bnov(ember)?\.?\s+30(th)?(?!\d)"),
    ("Esther Koech's title", r"cabinet secretary|(?<![a-z])cs(?![a-z])",
     r"principal secretary|(?<![a-z])ps(?![a-z])"),
])

# ---------------------------------------------------------------------------
# Story 4 - rocket (planted): Kipepeo-2 from the Luigi Broglio Space Centre, Sat 22 Aug 2026
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    "Meridian Wire",
    "https://www.meridianwire.example/science/kenyan-startup-rocket-reaches-space-2026-08-22/",
    "Kenyan start-up's rocket crosses into space on second attempt",
    "Tausi Aerospace's Kipepeo-2 reaches 118 km after launch from coast near Malindi",
    "Brian Otieno",
    """
MALINDI, Kenya, Aug 22 (Meridian) - A suborbital rocket built by Nairobi-based Tausi Aerospace
climbed past the edge of space on Saturday after lifting off from Kenya's coast, nine months
after the company's first rocket broke apart shortly after launch.

The two-stage Kipepeo-2 left the launch rail at the Luigi Broglio Space Centre near Malindi at
0342 GMT (6:42 a.m. local time) and reached a peak altitude of 118 km (73 miles), the company
said, above the 100 km line that most agencies treat as the point where space begins.

A capsule carrying 48 kg of experiments from three universities descended under a parachute and
came down in the Indian Ocean about 64 km (40 miles) offshore, 11 minutes and 20 seconds after
liftoff. A chartered vessel recovered it roughly two and a half hours later.

"We did not come here to make a point about Africa. We came here to build a business that happens
to be African," Tausi chief executive Amani Wekesa told reporters at the base after the flight.

The launch had been planned for Friday but was called off because of strong winds at high
altitude.

Tausi's first vehicle, Kipepeo-1, failed 38 seconds into its flight on Nov. 27 last year.
Investigators traced the failure to a fault in a nozzle joint, and the company redesigned the
part before Saturday's attempt.

[AD]

The Luigi Broglio centre, run under an agreement between Kenya and Italy, was used for a series
of Italian and U.S. launches from offshore platforms between the 1960s and the 1980s, but has
mainly served as a satellite ground station since then.

Halima Owuor, acting director-general of the Kenya Space Agency, which licensed the flight,
said the launch showed that a domestic industry was taking shape. "A Kenyan company put Kenyan
hardware above the line that defines space, and it did it from Kenyan soil," she said.

Tausi says it has raised $14 million from investors in Kenya, South Africa and the Gulf. It plans
another suborbital flight in the first quarter of 2027 and is developing a small orbital
launcher it hopes to fly in 2029.

The experiments on board came from the University of Nairobi, Jomo Kenyatta University of
Agriculture and Technology and the University of Rwanda, and included a study of how seeds
respond to a few minutes of weightlessness.

Equatorial launch sites such as Malindi offer an advantage for some orbits because rockets get a
greater boost from the Earth's rotation, though few commercial operators have used the Kenyan
base so far.

Several African countries have launched satellites in recent years, mostly on foreign rockets,
and Kenya launched its first operational Earth observation satellite in 2023 aboard a U.S.
rocket.
""",
    "2026-08-22T05:30:00Z", "jsonld", "August 22, 2026 5:30 AM GMT",
    "Reporting by Brian Otieno in Malindi; Editing by Grace Mwaura",
    ["Nigeria's space agency signs imaging deal", "Rwanda opens drone corridor for medical cargo",
     "Egypt sets date for new satellite assembly plant"],
)

_S4_B = _paper_page(
    "The Kenya Clarion",
    "https://www.kenyaclarion.example/news/kipepeo-2-malindi-launch",
    "News",
    "Kipepeo-2 soars into space from Malindi",
    "Tausi Aerospace's second rocket reaches 118km in an 11-minute flight watched by hundreds on the beach",
    "Mercy Achieng",
    """
Hundreds of residents, students and fishermen lined the beaches north of Malindi yesterday
morning to watch a rocket built by a Kenyan company rise off the coast and into space.

The Kipepeo-2, a 9.4-metre, two-stage rocket designed and assembled by Tausi Aerospace in
Nairobi, lifted off at 6.42am from the Luigi Broglio Space Centre in Kilifi County. It reached a
maximum height of 118 kilometres before its payload capsule parachuted into the Indian Ocean.

For the company, founded in 2021 by a group of engineering graduates, it was a moment of relief
as much as celebration. Its first rocket, the Kipepeo-1, broke up 38 seconds after launch on 27
November 2025, scattering debris into the sea.

"We came here to make a point about Africa, and to build a business that happens to be African,"
Tausi chief executive Amani Wekesa, 38, told the Clarion after the flight.

[FIG] The Kipepeo-2 rocket leaves the launch rail near Malindi yesterday. || Photo: Clarion / Tom Mbugua

## A crowd on the beach

At Ngomeni, the fishing village closest to the launch site, families had arrived before dawn.
Teachers from three Malindi schools brought pupils in buses. When the rocket climbed out over the
sea, trailing white smoke, there was a moment of silence and then cheering that lasted long after
it had disappeared from view.

"My son says he wants to be an engineer now. Yesterday he wanted to be a footballer," said
Khadija Mohamed, a trader from Malindi town.

## Science on board

The capsule carried 48 kilogrammes of experiments from the University of Nairobi, Jomo Kenyatta
University of Agriculture and Technology (JKUAT) and the University of Rwanda. Among them was a
JKUAT study of how sorghum and bean seeds react to a few minutes of weightlessness.

The capsule was picked up by a chartered boat about 64km offshore, some two and a half hours
after the launch.

[AD]

## What next

Kenya Space Agency acting director-general Dr Halima Owuor said the flight showed that Kenya
could host a space industry, not just buy its services. She said the agency was working on
rules to make licensing faster for future launches.

Tausi has raised about Sh1.8 billion ($14 million) so far. The company plans a third suborbital
flight between January and March next year and wants to fly an orbital rocket, capable of
placing small satellites in orbit, by 2029.

The launch was first scheduled for Friday but was postponed by a day because of high winds.

The Luigi Broglio Space Centre, named after the Italian engineer who founded it, is operated by
the Italian Space Agency under an agreement with the Kenyan government. Launches from the site
have been rare since the 1980s.

Flight director Faith Njeri, who led a team of 26 engineers in the control room, said she would
spend the coming weeks going through the data. "Today we got the flight we wanted. Tomorrow we
start finding out what we could have done better," she said.
""",
    iso="2026-08-23T06:00:00+03:00", modes="time", visible="Sunday, August 23, 2026",
    lead=("Spectators watch the launch from the beach at Ngomeni.", "Photo: Clarion / Tom Mbugua"),
    related=["Malindi hotels report surge in bookings", "Kilifi county budget passed",
             "University fees: what changes in September"],
)

_S4_C = _broadcast_page(
    "NBS News",
    "https://www.nbs.example/news/science/tausi-aerospace-kipepeo-2-launch",
    "Science",
    "Kenyan-built rocket reaches space on second try",
    "The Kipepeo-2 flew for just over 11 minutes and its capsule was recovered from the Indian Ocean",
    "By Hassan Omar, NBS Coast correspondent",
    """
A rocket designed and built in Kenya reached space this morning, launching from the Luigi
Broglio Space Centre on the Kilifi County coast.

The Kipepeo-2, built by Nairobi company Tausi Aerospace, lifted off at 7:42 a.m. local time
(04:42 GMT). Within about two minutes it had passed the 100-kilometre mark, generally accepted as
the boundary of space, before reaching a top altitude of 118 kilometres.

The payload capsule, carrying university experiments, came down under a parachute in the Indian
Ocean 11 minutes and 20 seconds after liftoff. A boat hired by the company later recovered it.

Speaking to NBS at the launch site, Tausi's chief executive, Amani Wekesa, said the company had
not come to Malindi to make a statement about the continent, but to build a business that
happened to be African.

[FIG] The Kipepeo-2 on the launch rail before liftoff. || NBS / Camera: Ali Said

## Second attempt

The flight comes nine months after the company's first rocket, the Kipepeo-1, failed less than a
minute after launch in November last year.

Flight director Faith Njeri said the team had changed the design of the first-stage nozzle after
that failure. "We found the problem, we fixed it, and today the fix worked," she told NBS.

The launch had first been set for yesterday, Friday, but strong winds high above the coast forced
a 24-hour delay.

## Kenya Space Agency

The acting director-general of the Kenya Space Agency, Dr Halima Owuor, said the launch would
help attract investment into Kenya's young space sector.

"A Kenyan company put Kenyan hardware above the line that defines space, and it did it from
Kenyan soil," she said.

[AD]

## What was on board

The capsule carried 48 kilogrammes of experiments prepared by researchers from the University of
Nairobi, Jomo Kenyatta University of Agriculture and Technology and the University of Rwanda.

Dr Peter Kamau, a physicist at the University of Nairobi whose team sent a radiation sensor,
said the data would be downloaded once the capsule reached the shore. "We will know within a
week whether everything recorded properly," he said.

## Next steps

Tausi Aerospace says it has raised 14 million US dollars so far. It plans its next suborbital
launch in the first three months of 2027 and hopes to launch a small orbital rocket in 2029.

The Luigi Broglio Space Centre, near Malindi, is operated by the Italian Space Agency under an
agreement with Kenya. It hosted a series of launches from sea platforms between the 1960s and
1980s.

Residents of Ngomeni, the village nearest the base, gathered on the beach to watch. Fishermen
had been asked to keep their boats out of a safety zone offshore until mid-morning.

NBS will carry an interview with Amani Wekesa on tonight's 9 p.m. bulletin.
""",
    "2026-08-22T09:15:00+03:00", "meta", "Saturday 22 August 2026",
    ["Watch: the moment Kipepeo-2 lifts off", "Explainer: where does space begin?",
     "Malindi fishermen welcome safety zone compensation"],
)

_S4_D = _blog_page(
    "Orbital Africa",
    "https://orbitalafrica.example/posts/kipepeo-2-flight-notes",
    "Kipepeo-2: flight notes",
    "A clean flight, a recovered capsule and the numbers that matter",
    "Lerato Dube",
    "Lerato Dube is an aerospace engineer and writes Orbital Africa, a newsletter about the "
    "continent's launch and satellite industry.",
    """
Tausi Aerospace got the flight it needed. Kipepeo-2 lifted off from the Luigi Broglio Space
Centre near Malindi at 06:42 EAT (03:42 UTC) on Saturday 22 August 2026, flew a clean profile and
put its capsule back in the water for recovery. After last year's failure, that is a big deal for
a small company.

These are my notes from the launch webcast, the company's post-flight briefing, and a couple of
conversations with people who were in the room.

## The profile

[UL] First stage burn: about 31 seconds ;; Stage separation and second stage ignition: T+43 s ;; Apogee: 128 km (80 miles) ;; Capsule splashdown: T+11 min 20 s, about 64 km (40 miles) downrange ;; Recovery: about two and a half hours after launch

The apogee is the headline. Kipepeo-2 reached 128 km, comfortably above the 100 km Karman line,
which matters for the company's marketing and for its customers: some microgravity experiments
need several minutes above the denser atmosphere, and the flight delivered a little over four of
them.

## What changed since Kipepeo-1

Kipepeo-1 broke up 38 seconds after launch on 27 November 2025. The failure analysis pointed to
the first-stage nozzle joint, which Tausi has since redesigned and qualified in two static fires
at its test site outside Nairobi. On Saturday the first stage ran its full burn. That alone
answers the question most investors were asking.

[AD]

## Payload

48 kg of experiments from three universities: the University of Nairobi, JKUAT and the
University of Rwanda. The radiation sensor from Nairobi and the seed-germination experiment from
JKUAT are the two to watch when results come out.

## The scrub

Friday's attempt was scrubbed for upper-level winds. That is the kind of conservative call you
want to see from a young team, and flight director Faith Njeri deserves credit for making it.

## What the CEO said

Amani Wekesa's line at the press conference has been quoted everywhere, so I will add only the
context. He was asked whether Tausi sees itself as an African flag-bearer. His answer, that the
company did not come to Malindi to make a point about Africa but to build a business, is
consistent with how he has talked about Tausi since its first funding round.

## Money and timeline

Tausi says it has raised $14m to date. The roadmap: Kipepeo-3 in Q1 2027, then an orbital
vehicle in 2029. That orbital date is very ambitious. Going from a suborbital sounding rocket to
a small launcher usually takes far more money than $14m, and the Kenya Space Agency's licensing
framework for orbital launches does not yet exist in final form.

Still: a clean suborbital flight from an equatorial coastal site, by a team that took a public
failure and came back within nine months, is exactly the kind of thing the continent's space
sector needs more of.

If you were at Ngomeni on Saturday and took photos, reply to this email. I would love to use a
few in the next issue, with credit.
""",
    None, "", None,
    ["The state of African launch, 2026", "Why equatorial sites matter",
     "Kipepeo-1: what went wrong"],
)

STORY_4 = _story("rocket-QA4", "rocket", "2026-08-25", [
    _page("https://www.meridianwire.example/science/kenyan-startup-rocket-reaches-space-2026-08-22/", _S4_A),
    _page("https://www.kenyaclarion.example/news/kipepeo-2-malindi-launch", _S4_B),
    _page("https://www.nbs.example/news/science/tausi-aerospace-kipepeo-2-launch", _S4_C),
    _page("https://orbitalafrica.example/posts/kipepeo-2-flight-notes", _S4_D),
], [
    ("liftoff time", r"(?<![\d:.])(0?6[:.]42|0?3[:.]?42 ?(gmt|utc))(?!\d)",
     r"(?<![\d:.])(0?7[:.]42|0?4[:.]?42 ?(gmt|utc))(?!\d)"),
    ("apogee", r"(?<![\d.,])(118|73 ?mi)(?!\d)", r"(?<![\d.,])(128|80 ?mi)(?!\d)"),
    ("Wekesa quote wording", r"n[o']t come here to make a point",
     r"(?<!not )(?<!n't )came here to make a point"),
])

# ---------------------------------------------------------------------------
# Story 5 - court (CONTROL): Botswana Court of Appeal, Friday 14 November 2025
# ---------------------------------------------------------------------------

_S5_A = _paper_page(
    "Gaborone Herald",
    "https://www.gaboroneherald.example/news/court-of-appeal-xhauga-land-ruling",
    "News",
    "Appeal court rules Xhauga land deal unlawful, orders P38m compensation",
    "Judges split 4-1; lodge lease near Maun set aside",
    "Onalenna Modise",
    """
The Court of Appeal yesterday declared unlawful a 2022 government decision to hand 6,400
hectares of communal grazing land near Maun to a private lodge company, and ordered the State to
pay P38 million (about US$2.8 million) in compensation to the families who lost access to it.

In a 4-1 decision, the country's highest court set aside a March 2024 judgment of the High Court
in Francistown, which had dismissed the residents' challenge. The 25-year lease granted to
Okavango Horizon Lodges (Pty) Ltd was also set aside.

The majority judgment was written by Justice Lorato Mmusi, with Judge President Tebogo Molefhe,
Justice Neo Kgosietsile and Justice Peter Reardon concurring. Justice Mpho Sebego dissented.

"Consultation is not a courtesy the State may extend when it is convenient. It is a condition of
lawful action," Justice Mmusi wrote.

[FIG] Residents of Xhauga outside the Court of Appeal in Gaborone yesterday. || Picture: Herald / Kabo Ntsima

The land, near the village of Xhauga in the North-West District, was reallocated on 14 February
2022 by the then Minister of Lands, Thabo Keitumetse, for a tourism concession. The residents
argued that they had never been consulted, and that the decision cut them off from grazing and
water points their families had used for generations.

The court agreed. Justice Mmusi found that the ministry had relied on a single meeting at the
kgotla in Maun, which most Xhauga residents could not attend, and which was held after the
decision had already been signed.

The compensation, to be shared among 212 households, must be paid within six months, the court
ordered. It works out at roughly P179,000 per household.

[AD]

## The dissent

In his dissenting judgment, Justice Sebego said the residents had waited too long before going to
court. The minister's decision was made in February 2022, but the application was only filed in
April 2023. "Courts cannot keep their doors open indefinitely for applicants who sit on their
rights," he wrote.

The majority rejected that argument, saying the residents had spent the intervening months
trying to resolve the matter with the ministry.

## Costs still to be decided

The court will hear arguments on legal costs on 26 January 2026.

The residents were represented by Ms Dineo Kereng of the Delta Community Law Centre, a Maun
organisation that provides free legal help to rural communities. The government's case was
argued by Deputy Attorney General Lesego Baitshepi.

Speaking outside court, Ms Kereng said the ruling went beyond Xhauga. "Today the court told the
government that people who have grazed cattle on this land for generations are not an
afterthought," she said.

The Ministry of Lands said it had noted the judgment. "Government respects the court. We will
read the judgment with our lawyers and then decide what to do," ministry spokesperson Boitumelo
Sechele said.

Okavango Horizon Lodges, which had planned to invest P120 million in a 40-bed lodge on the site,
said in a short statement that it was disappointed and would consult its lawyers.

Mr Keitumetse, who left the lands portfolio in a 2023 reshuffle, could not be reached for
comment.
""",
    iso="2025-11-15T05:00:00+02:00", modes="meta", visible="15 November 2025",
    lead=("The Court of Appeal building in Gaborone.", "Picture: Herald archives"),
    related=["Diamond sales: third quarter figures", "Parliament debates water bill",
             "Zebras name squad for friendly"],
)

_S5_B = _paper_page(
    "Delta Tribune",
    "https://deltatribune.example/local/xhauga-residents-celebrate-appeal-win",
    "Local",
    "Xhauga celebrates: 'Our cattle can go home'",
    "Families who took the government to court over their grazing land react to Friday's ruling",
    "Kagiso Ramotswa",
    """
There was singing at the Xhauga kgotla on Friday evening when the bus carrying residents back
from Gaborone pulled in. Some of them had been travelling since Wednesday to hear the Court of
Appeal deliver its judgment on the land they say was taken from them.

By a majority of four judges to one, the court ruled that the government acted unlawfully when
it gave about 64 square kilometres of their grazing land to a lodge company without consulting
them. It ordered the State to pay 38 million pula to the affected households.

"Our cattle can go home," said Mothusi Dintwe, the village headman, who travelled with the group.
"For three years we have been told by everyone that we were wasting our time. Today we were
told we were right."

[FIG] Xhauga headman Mothusi Dintwe addresses residents at the kgotla on Friday evening. || Photo: Delta Tribune

Xhauga lies about 60km north-west of Maun. For decades its residents, mostly cattle and goat
farmers, have grazed their herds on the land between the village and the edge of the delta. In
February 2022 the then lands minister, Thabo Keitumetse, signed a decision giving that land to
Okavango Horizon Lodges for a tourism concession.

Keabetswe Tau, 67, has kept cattle there all her life. "I was born here, my mother was born
here. Nobody came to ask us anything," she said. Since the fences went up, she said, she had lost
eleven head of cattle because she had to walk the herd much further for water.

## What the court said

The judgment, read in Gaborone from 10 in the morning and lasting almost two hours, was written
by Justice Lorato Mmusi. The other three judges in the majority agreed with her. Justice Mpho
Sebego dissented, finding that the residents had waited too long before going to court.

Justice Mmusi wrote that consultation "is not a courtesy the State may extend when it is
convenient". It was, she said, a condition of lawful action.

[AD]

The money is to be shared by 212 households, roughly 1,300 people. The court gave the government
six months to pay.

## Long road

The case began in April 2023, when the residents, helped by the Delta Community Law Centre here
in Maun, went to court. In March last year the High Court in Francistown threw the case out. The
appeal was heard in August this year.

Lawyer Dineo Kereng, who has led the case from the start, said the residents had sold goats to
pay for the trip to Gaborone. "These are not people with money. They had the law on their side,
and that was enough this time," she said.

The lodge company, which had cleared a site and started building a road, has not said what it
will do with the structures already put up. Residents say they want the fences taken down
quickly.

A further hearing, on who will pay the legal costs, is set for 26 January next year.

The Ministry of Lands said it would read the judgment with its lawyers before deciding what to
do.
""",
    iso=None, modes="", visible=None,
    lead=("The Xhauga kgotla on Friday evening.", "Photo: Delta Tribune"),
    related=["Maun market traders get new stalls", "Flood level update: the delta is rising",
             "Netball: Maun wins the regional cup"],
    nav=["Maun", "Ngamiland", "Tourism", "Farming", "Sport", "Notices"],
)

_S5_C = _blog_page(
    "Bench & Bar Botswana",
    "https://benchbarbw.example/2025/11/16/xhauga-consultation-condition-of-lawful-action/",
    "Xhauga: consultation as a condition of lawful action",
    "Notes on the Court of Appeal's 4-1 judgment of 14 November 2025",
    "Refilwe Kgosi",
    "Refilwe Kgosi is an advocate in Gaborone. Bench & Bar Botswana comments on decisions of "
    "the superior courts. Nothing here is legal advice.",
    """
On Friday 14 November 2025 the Court of Appeal handed down judgment in the Xhauga land matter,
allowing the residents' appeal by a majority of 4-1. The judgment is long, and parts of it will
be quoted in administrative law arguments for years. These are first notes; a fuller case note
will follow when the official report is available.

## The facts in brief

On 14 February 2022 the then Minister of Lands, Thabo Keitumetse, reallocated 6,400 ha (roughly
15,800 acres) of communal grazing land near Xhauga, in Ngamiland, to Okavango Horizon Lodges
(Pty) Ltd under a 25-year lease. The residents, 212 households in all, applied to review the
decision on 18 April 2023. The High Court in Francistown dismissed the application on 8 March
2024. The appeal was argued on 19 August 2025.

## The majority

Justice Lorato Mmusi wrote for the majority, joined by the Judge President, Justice Tebogo
Molefhe, and by Justices Neo Kgosietsile and Peter Reardon.

The central passage is short: "Consultation is not a courtesy the State may extend when it is
convenient. It is a condition of lawful action." From there the majority works through what the
ministry actually did, which was one meeting at the Maun kgotla, held after the decision had
been signed. On the majority's reading, a meeting that comes after the decision cannot be
consultation on it.

The order has three parts. The decision and the lease are set aside. The State must pay P38m in
compensation to the 212 households within six months. Costs are reserved, and the court will
hear argument on them on 26 January 2026.

[AD]

## The dissent

Justice Mpho Sebego would have dismissed the appeal on delay. The residents took fourteen months
to bring their review, and in his view they offered no adequate explanation. His formulation,
that courts cannot keep their doors open indefinitely for applicants who sit on their rights, is
a familiar idea, but he applies
it with some force to a community that, by the majority's account, spent much of that period
writing letters to the ministry.

The disagreement between Justice Sebego and the four judges in the majority is really about how strict
the courts should be on delay where the applicants are rural residents with limited access to
lawyers. That question is not settled by this case, and I expect it to return.

## Points to watch

First, compensation. P38m is a large award in a review matter. At current rates it is about
US$2.8 million. The majority treats it as a substitute for restoring the land in full, since
part of the site has been cleared. Counsel for the State, Deputy Attorney-General Lesego
Baitshepi, had argued that compensation was not available on review at all.

Second, the position of the lessee. Okavango Horizon, which says it had committed to a P120m
project, was not a party to the appeal in any active sense. Its remedies, if any, lie elsewhere.

Third, whether the State will seek any further relief. The government says it will read the
judgment with its lawyers first. There is no further appeal from the Court of Appeal, so its options are limited.

Congratulations are due to Dineo Kereng and the Delta Community Law Centre, who ran this case on
almost nothing for two and a half years.
""",
    "2025-11-16T10:00:00+02:00", "jsonld", "16 November 2025",
    ["Bail pending appeal: the new practice direction", "The Industrial Court's backlog",
     "Customary land boards and judicial review"],
)

STORY_5 = _story("court-QA5", "court", "2025-11-18", [
    _page("https://www.gaboroneherald.example/news/court-of-appeal-xhauga-land-ruling", _S5_A),
    _page("https://deltatribune.example/local/xhauga-residents-celebrate-appeal-win", _S5_B),
    _page("https://benchbarbw.example/2025/11/16/xhauga-consultation-condition-of-lawful-action/", _S5_C),
], [])

# ---------------------------------------------------------------------------
# Story 6 - earthquake (CONTROL): Karonga, Malawi, Saturday 7 February 2026, 23:47 CAT
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    "Pan-African Newswire",
    "https://www.panwire.example/world/africa/malawi-earthquake-karonga-2026-02-08/",
    "Strong earthquake hits northern Malawi, at least three dead",
    "Magnitude 5.8 quake struck near Karonga late on Saturday; hundreds of homes damaged",
    "Chikondi Phiri",
    """
BLANTYRE, Malawi, Feb 8 (PANW) - A magnitude 5.8 earthquake struck northern Malawi late on
Saturday, killing at least three people and damaging hundreds of homes in and around the
lakeside town of Karonga, officials said on Sunday.

The quake hit at 2147 GMT on Saturday (11:47 p.m. local time) at a depth of about 12 km (7.5
miles), with its epicentre around 25 km (16 miles) north-west of Karonga, the U.S. Geological
Survey said. Malawi's Geological Survey Department gave the same magnitude.

Disaster management officials said 27 people had been injured and about 400 houses damaged as of
Sunday morning, most of them built of mud brick. They warned that the figures were likely to
rise as teams reached outlying villages.

"Our teams have been on the ground since the early hours, but some villages are only reachable
on foot after the rains," Rose Mkandawire, Commissioner for Disaster Management Affairs, told
PANW by telephone.

[AD]

A magnitude 4.6 aftershock was recorded at 0112 GMT on Sunday, sending residents who had gone
back indoors out into the streets again.

The tremor was felt across the border in southern Tanzania, including in the city of Mbeya and
the border town of Tunduma, and in Nakonde in Zambia. There were no immediate reports of
casualties outside Malawi.

"The whole house moved like a boat. We ran outside with the children and sat in the road until
morning," said Tiyamike Mwakasungula, a 34-year-old fish trader in Karonga.

Karonga district lies at the northern end of Lake Malawi, on a branch of the East African Rift
system, where the continent is being pulled apart by a few millimetres a year. The area has a history of moderate
earthquakes.

Hospitals in Karonga were treating the injured, and some patients with more serious injuries
were being taken to Mzuzu Central Hospital, about 220 km to the south, health officials said.

In neighbouring Chitipa district, officials were still assessing the damage on Sunday morning.
In Karonga, the front wall of a church gave way during the night, though the building was empty
at the time. Power was cut across much of the town overnight and had been restored in most areas
by mid-morning, the electricity utility said.

Malawi's government said it would give an update later on Sunday after an assessment by district
officials. Rains in recent weeks have already cut several roads in the Northern Region.

Malawi, where most families live from small plots of maize, is still recovering from Cyclone Freddy,
which killed more than a thousand people in the south of the country in 2023, and from drought
that hit harvests in 2024.
""",
    "2026-02-08T08:30:00Z", "meta jsonld", "February 8, 2026 8:30 AM GMT",
    "Reporting by Chikondi Phiri; additional reporting by Baraka Mushi in Dar es Salaam",
    ["Zambia lifts maize export ban", "Mozambique floods: road to Beira reopens",
     "Tanzania's shilling firms on tourism inflows"],
)

_S6_B = _paper_page(
    "The Lilongwe Times",
    "https://www.lilongwetimes.example/national/karonga-quake-toll-rises-to-six",
    "National",
    "Karonga quake toll rises to six as government declares state of disaster",
    "1,140 houses damaged or destroyed; MK2.5 billion released for relief",
    "Thokozani Gondwe",
    """
The number of people killed by Saturday night's earthquake in the north of the country has risen
to six, the Department of Disaster Management Affairs (DoDMA) said today, as the government
declared a state of disaster in Karonga and Chitipa districts.

Four of the dead were in Karonga district and two in neighbouring Chitipa. A further 58 people
were injured, DoDMA said in an update issued at midday. The first count, released yesterday
morning, stood at three deaths and 27 injuries.

The earthquake, of magnitude 5.8, struck at 11.47pm on Saturday. Its epicentre was about 25km
north-west of Karonga town, at a depth of 12 kilometres.

According to DoDMA, 1,140 houses were damaged or destroyed across the two districts, and 9 school
blocks were damaged. About 4,900 people are sheltering in 11 temporary sites, mostly schools and
churches that are still standing.

"Our biggest need now is shelter," said the Commissioner for Disaster Management Affairs, Rose
Mkandawire. "Many families are afraid to sleep indoors even where the house is still standing."

[FIG] A family outside their damaged home in Karonga on Sunday. || Photo: Times / Blessings Kumwenda

## Relief funds

The government has released MK2.5 billion for emergency relief, including tents, blankets and
maize flour. Relief agencies, including the Malawi Red Cross Society, have sent teams to both
districts.

The Vice-President is expected to visit Karonga on Wednesday, according to the Office of the
President and Cabinet.

Karonga District Commissioner Victor Msiska said most of the houses that collapsed had been built
with sun-dried bricks. "The ones built with burnt brick and cement mostly cracked but did not
fall. That is a lesson we have to take into the reconstruction," he said.

[AD]

## Aftershocks

Residents have been unsettled by aftershocks. The strongest, of magnitude 4.6, came at 3.12am on
Sunday, just over three hours after the main quake.

Dr Lusungu Kayira, a seismologist with the Geological Survey Department in Zomba, urged calm.
"This part of the rift moves. People should expect aftershocks for several weeks, most of them
small," he said. He advised families not to re-enter buildings with large cracks in load-bearing
walls.

## Schools closed

The Ministry of Education has closed schools in the worst-hit areas of Karonga until further
notice, and said pupils would be moved to temporary classrooms once safety inspections had been
done.

In Chitipa, district officials said the two deaths there were in villages near the Tanzanian
border, where a wall collapsed on a house during the night.

The north of the country was shaken in March last year by a tremor of magnitude 4.8 that cracked
walls in Chitipa but did not cause any deaths.
""",
    iso="2026-02-09T19:00:00+02:00", modes="time", visible="Monday, 9 February 2026, 19:00",
    lead=("Rescue workers search a collapsed house in Karonga.", "Photo: Times / Blessings Kumwenda"),
    related=["Fuel queues return in Lilongwe", "Tobacco sales open next month",
             "Flames coach names squad"],
)

_S6_C = _paper_page(
    "East Africa Today",
    "https://www.eastafricatoday.example/region/malawi-quake-felt-in-mbeya",
    "Region",
    "Malawi earthquake kills five, shakes southern Tanzania",
    "Residents of Mbeya and Tunduma ran into the streets as the tremor struck early on Sunday",
    "Amina Salim",
    """
A strong earthquake in northern Malawi killed at least five people and was felt hundreds of
kilometres away in southern Tanzania and north-eastern Zambia in the early hours of Sunday.

The quake, of magnitude 5.8, struck at 12.47am East Africa Time on Sunday (11.47pm on Saturday
in Malawi), with its centre about 25 kilometres north-west of the town of Karonga, on the north-
western shore of Lake Malawi.

By Sunday afternoon Malawian officials had confirmed five deaths and dozens of injuries. Hundreds
of houses were damaged, many of them beyond repair.

## Felt in Tanzania

In Mbeya, residents described beds and cupboards shaking for several seconds. Some families
spent the rest of the night outside.

"I thought a lorry had hit the building," said Joyce Mwakalinga, a nurse who lives in a
three-storey block in Mbeya city. "Then the windows started to rattle and everybody was
shouting."

Authorities in Tanzania's Songwe and Mbeya regions said there were no deaths or serious injuries
on the Tanzanian side. In Kyela district, which borders Malawi, officials reported cracked walls
in a few homes and a health centre.

A second, weaker tremor of magnitude 4.6 was felt in parts of Mbeya at 4.12am.

[AD]

## On the rift

The area lies on the western branch of the East African Rift, which runs from Uganda through
Lake Tanganyika and Lake Malawi. Seismologists say moderate earthquakes are common there, though
large and damaging events are rare.

Dr Lusungu Kayira of Malawi's Geological Survey Department told East Africa Today that the
depth of the quake, about 12 kilometres, explained why shaking had been felt so widely. "A
shallow event of this size will be felt over a large area, and it will damage weak buildings
close to the epicentre," he said.

In Karonga, Malawi's Department of Disaster Management Affairs said search teams were still
checking villages in the hills west of the town, where some roads had been cut by recent rain.

[FIG] Residents of Karonga gather outside a damaged church on Sunday morning. || Photo: Courtesy of Malawi Red Cross

## Regional response

Tanzania's Prime Minister's Office said it was ready to send help if Malawi asked for it. The
Malawi government was expected to decide on Monday whether to declare a state of disaster in the
affected districts.

Relief agencies working in the region said they had started moving tents and blankets to
Karonga from warehouses in Mzuzu.

Karonga, a town of about 60,000 people, is an important trading post on the road between Malawi
and Tanzania, and many traders in Mbeya have relatives and business partners there.

Several cross-border traders at Tunduma said they would not travel to Karonga until the
aftershocks had stopped.
""",
    iso=None, modes="", visible="Sunday February 8 2026",
    related=["Uganda: Kampala expressway toll rates set", "Kenya: long rains forecast",
             "Rwanda hosts regional health summit"],
    nav=["Home", "Kenya", "Region", "Business", "Opinion", "Sport"],
)

_S6_D = _blog_page(
    "Rift Watch",
    "https://riftwatch.example/notes/karonga-m5-8-february-2026",
    "The Karonga M5.8 of 7 February 2026",
    "A shallow normal-faulting event at the northern end of the Malawi rift",
    "Dr Samuel Mwangi",
    "Samuel Mwangi is a geophysicist in Nairobi. Rift Watch follows earthquakes and volcanoes "
    "along the East African Rift.",
    """
A quick note on Saturday night's earthquake near Karonga, with what we know so far about the
source and the effects. I will update this post as more data comes in.

## The numbers

[UL] Origin time: 21:47 UTC, Saturday 7 February 2026 (23:47 local time in Malawi, 00:47 on Sunday in Nairobi) ;; Magnitude: 5.8 ;; Depth: about 12 km ;; Location: roughly 25 km north-west of Karonga ;; Largest aftershock so far: M4.6 at 01:12 UTC on Sunday

Both the USGS and Malawi's Geological Survey Department put the magnitude at 5.8, which is
unusual agreement for a first solution. The depth of about 12 km makes it a shallow crustal event,
which fits the damage pattern.

## What kind of fault

The early focal mechanism shows normal faulting on a plane striking roughly north-north-west,
which is what you would expect in this part of the rift, where the crust is being pulled apart
east to west. The border faults along the western side of the Karonga basin are the obvious
candidates.

## Aftershocks

By Tuesday morning, local stations had recorded more than 30 aftershocks of magnitude 2.5 or
greater. The largest, the M4.6 at 03:12 local time on Sunday, was widely felt and added to the
damage in some villages. The sequence is decaying normally so far.

[AD]

## Effects

As of Monday evening, Malawi's disaster department reported six deaths, four in Karonga district
and two in Chitipa, with 58 people injured. The first count on Sunday morning had three deaths,
and it rose through Sunday as teams reached villages west of Karonga. The number of damaged or
destroyed houses stood at 1,140, nearly three times the first estimate of around 400.

Most of the collapsed houses were of sun-dried brick, which performs badly in any moderate
shaking. Buildings of fired brick with cement mortar tended to crack rather than fall. This is the
same lesson the region learned in December 2009, when a sequence of shocks, the largest around
magnitude 6, damaged thousands of homes in the same district.

## Context

The region has been active lately. In March 2025 a M4.8 tremor cracked walls in Chitipa, without
casualties. None of this is evidence that a larger earthquake is on the way; the rift produces
moderate events like this every few years.

Dr Lusungu Kayira of the Geological Survey Department said over the weekend that people should
expect aftershocks for several weeks, most of them small. That matches what the statistics say.

## Practical advice

If you are in the area: stay out of buildings with large cracks in load-bearing walls, keep an eye
on gable ends and chimneys, and do not rush back into mud-brick houses after the next felt
aftershock. Aftershocks of magnitude 4 or more remain possible for the next few weeks.

The government declared a state of disaster in Karonga and Chitipa on Monday and released MK2.5
billion, roughly US$1.4 million, for relief.

I will post an update once the aftershock catalogue is published.
""",
    "2026-02-10T08:00:00+03:00", "jsonld", "10 February 2026",
    ["Ol Doinyo Lengai: February activity report", "Why the rift is quieter in Ethiopia this year",
     "How magnitudes are calculated, and why they change"],
)

STORY_6 = _story("quake-QA6", "earthquake", "2026-02-12", [
    _page("https://www.panwire.example/world/africa/malawi-earthquake-karonga-2026-02-08/", _S6_A),
    _page("https://www.lilongwetimes.example/national/karonga-quake-toll-rises-to-six", _S6_B),
    _page("https://www.eastafricatoday.example/region/malawi-quake-felt-in-mbeya", _S6_C),
    _page("https://riftwatch.example/notes/karonga-m5-8-february-2026", _S6_D),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
