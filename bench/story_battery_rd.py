"""Part RD of the story battery (web pages).

Written by engineer RD1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RD`.

Six invented events, each told by three or four invented outlets as full scraped pages.
cb-RD1 (CONTROL): the Central Bank of Armenia cuts its refinancing rate 25 bp to 6.50% on
Tuesday 17 March 2026 (wire, Yerevan paper, rates newsletter; corridor rates, forecasts,
Georgia/Kazakhstan comparisons, CET/GMT/Yerevan times, relative dates). election-RD2
(PLANTED x3): the first round of a snap mayoral election in Balti, Moldova, on Sunday
17 May 2026 - the newsletter gives turnout as 34.8% against 38.4%, the local paper puts the
runoff on June 7 against May 31, and the public broadcaster gives candidate Ciobanu's
"to win it, not to make up the numbers" line to his campaign manager Lungu (plus a partial
count vs the final count, an as-of-6-p.m. turnout, 2023 figures). trade-RD3 (PLANTED x2): a
Kazakh-Uzbek intergovernmental commission in Turkistan on Thursday 8 October 2026 raises the
trade goal to $12bn by 2030 and signs 17 documents - the Uzbek paper places the signing in
Shymkent, and the freight press quotes minister Rakhimov as wanting lorries across "in four
hours, not in four days" instead of "in forty minutes, not in forty hours" (plus old vs new
target, total vs parts, export/import split). rocket-RD4 (CONTROL): a Soyuz-2.1b launches
Kazakhstan's Dala-1 imager and six rideshares from Baikonur at 21:14 UTC Friday 12 June
2026 = 02:14 local Saturday = 23:14 CEST (UTC, local and CEST pages, km/miles, kg/lb,
tenge/dollars, scheduled vs confirmed deployment, scrub on "Thursday" local = "Wednesday
night" CEST). court-RD5 (CONTROL): Vilnius Regional Court gives a former municipal road
company chief six years for EUR 412,000 in bribes on Wednesday 11 February 2026 (eight years
sought, a co-defendant's suspended three years, parts of the bribe total, a 2021 case,
quotes split and paraphrased). earthquake-RD6 (PLANTED x2): a magnitude-5.8 quake near
Chust, Namangan region, Uzbekistan, at 3:47 a.m. local on Thursday 19 November 2026
(22:47 UTC Wednesday) - the broadcaster gives the local time as 4:47 a.m., and the science
blog calls seismology institute head Tursunov "deputy director" instead of director (plus a
rising toll and damage count, aftershock magnitudes, a 2023 quake, km/miles).
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _text(s: str) -> str:
    return _html.escape(s, quote=False)


_DEFAULT_AD = ("Business class to Istanbul, Vienna and Frankfurt from the region's hubs. "
               "Book by the end of the month.")


def _body(body: str, ad_class: str = "ad-slot") -> str:
    """Turn a light markup into article HTML.

    Blocks are separated by blank lines. "## x" is a sub-head, "[[AD]]" or "[[AD|text]]"
    an advertisement block, "[[FIG|src|caption|credit]]" a photo with caption, anything
    else a paragraph.
    """
    out: list[str] = []
    for raw in body.strip().split("\n\n"):
        block = " ".join(line.strip() for line in raw.strip().splitlines()).strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_text(block[3:])}</h2>")
        elif block.startswith("[[AD"):
            inner = block[2:-2]
            ad_text = inner.split("|", 1)[1] if "|" in inner else _DEFAULT_AD
            out.append(
                f'<aside class="{ad_class}" aria-label="Advertisement">'
                '<span class="ad-label">Advertisement</span>'
                f'<div class="ad-creative"><a href="https://ads.adnet-east.example/click?c=4411" '
                f'rel="sponsored nofollow">{_text(ad_text)}</a></div></aside>')
        elif block.startswith("[[FIG|"):
            _, src, cap, credit = block[2:-2].split("|")
            out.append(
                f'<figure class="inline-photo"><img src="{_attr(src)}" alt="{_attr(cap)}" '
                f'loading="lazy" width="960" height="640"><figcaption>{_text(cap)} '
                f'<span class="photo-credit">{_text(credit)}</span></figcaption></figure>')
        else:
            out.append(f"<p>{_text(block)}</p>")
    return "\n".join(out)


def _related(items: list[tuple[str, str]], heading: str = "Related") -> str:
    lis = "\n".join(f'<li><a href="{_attr(h)}">{_text(t)}</a></li>' for t, h in items)
    return f'<section class="related-rail"><h3>{_text(heading)}</h3><ul>\n{lis}\n</ul></section>'


def _wire_page(*, site: str, home: str, url: str, headline: str, dek: str, byline: str,
               published: str, body: str, section: str,
               related: list[tuple[str, str]]) -> str:
    """Wire-service template: JSON-LD date, cookie banner, ticker nav, share row."""
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": published, "dateModified": published,
        "author": [{"@type": "Person", "name": byline}],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": home + "/static/logo.png"}},
        "mainEntityOfPage": url, "articleSection": section,
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_text(headline)} | {_text(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="{_attr(home)}/static/share-card.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
<link rel="stylesheet" href="{_attr(home)}/static/wire.css">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="wire article">
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-consent" class="consent-bar" role="dialog">
<p>We and our partners use cookies to measure audiences and personalise advertising.
You can change your choice at any time under Privacy settings.</p>
<button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button>
<a href="{_attr(home)}/privacy">Privacy settings</a>
</div>
<header class="masthead">
<a class="logo" href="{_attr(home)}/">{_text(site)}</a>
<nav class="primary"><ul>
<li><a href="{_attr(home)}/world">World</a></li><li><a href="{_attr(home)}/business">Business</a></li>
<li><a href="{_attr(home)}/markets">Markets</a></li><li><a href="{_attr(home)}/politics">Politics</a></li>
<li><a href="{_attr(home)}/energy">Energy</a></li><li><a href="{_attr(home)}/pictures">Pictures</a></li>
</ul></nav>
<a class="subscribe" href="{_attr(home)}/subscribe">Subscribe</a> <a class="signin" href="{_attr(home)}/login">Sign in</a>
</header>
<main id="main">
<article class="story">
<div class="kicker"><a href="{_attr(home)}/{_attr(section.lower())}">{_text(section)}</a></div>
<h1>{_text(headline)}</h1>
<p class="standfirst">{_text(dek)}</p>
<div class="byline">By {_text(byline)}</div>
<div class="share-row"><span>Share</span>
<a href="#" class="share-x">X</a> <a href="#" class="share-fb">Facebook</a>
<a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a></div>
<div class="story-body">
{_body(body, "ad-slot wire-ad")}
</div>
<p class="trust">Our Standards: The {_text(site)} Trust Principles.</p>
</article>
{_related(related, "Read next")}
</main>
<footer class="site-footer">
<p>&copy; 2026 {_text(site)}. All rights reserved. Data is delayed by at least 15 minutes.</p>
<ul><li><a href="{_attr(home)}/about">About us</a></li><li><a href="{_attr(home)}/contact">Contact</a></li>
<li><a href="{_attr(home)}/terms">Terms of use</a></li><li><a href="{_attr(home)}/privacy">Privacy</a></li></ul>
</footer>
</body>
</html>
"""


def _paper_page(*, site: str, home: str, url: str, headline: str, dek: str, byline: str,
                published: str | None, visible_date: str, body: str, section: str,
                related: list[tuple[str, str]], newsletter: str) -> str:
    """Newspaper template: meta article:published_time and <time>, unless published is None."""
    if published:
        meta_date = (f'<meta property="article:published_time" content="{_attr(published)}">\n'
                     f'<meta property="article:modified_time" content="{_attr(published)}">')
        shown = f'<time class="pubdate" datetime="{_attr(published)}">{_text(visible_date)}</time>'
    else:
        meta_date = ""
        shown = f'<span class="pubdate">{_text(visible_date)}</span>' if visible_date else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_text(headline)} - {_text(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="article:section" content="{_attr(section)}">
{meta_date}
<link rel="stylesheet" href="{_attr(home)}/assets/paper.min.css">
</head>
<body>
<a href="#content" class="visually-hidden-focusable">Skip to content</a>
<div class="gdpr-banner" id="gdpr">
<span>This site uses cookies. By continuing to browse you agree to our use of cookies.</span>
<a href="{_attr(home)}/cookies">Learn more</a> <button>OK</button>
</div>
<div class="top-strip"><a href="{_attr(home)}/e-paper">E-paper</a> | <a href="{_attr(home)}/archive">Archive</a> |
<a href="{_attr(home)}/advertise">Advertise with us</a></div>
<header class="site-header">
<div class="brand"><a href="{_attr(home)}/">{_text(site)}</a></div>
<nav><a href="{_attr(home)}/news">News</a> <a href="{_attr(home)}/economy">Economy</a>
<a href="{_attr(home)}/region">Region</a> <a href="{_attr(home)}/opinion">Opinion</a>
<a href="{_attr(home)}/culture">Culture</a> <a href="{_attr(home)}/sport">Sport</a></nav>
</header>
<div class="layout">
<main id="content">
<article class="article-full">
<ol class="breadcrumbs"><li><a href="{_attr(home)}/">Home</a></li><li>{_text(section)}</li></ol>
<h1 class="headline">{_text(headline)}</h1>
<p class="lede-summary">{_text(dek)}</p>
<div class="meta-line"><span class="author">{_text(byline)}</span> {shown}</div>
<div class="social"><button>Share on Facebook</button><button>Share on Telegram</button><button>Copy link</button></div>
<div class="article-text">
{_body(body, "inarticle-ad")}
</div>
<div class="newsletter-box"><h4>Get the morning briefing</h4><p>{_text(newsletter)}</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="tags">Tags: <a href="#">{_text(section)}</a></div>
</article>
</main>
<aside class="sidebar">
{_related(related, "Most read")}
<div class="sidebar-ad"><span class="ad-label">Advertisement</span><div class="ad-creative">Mountain resorts: early booking for the winter season now open.</div></div>
</aside>
</div>
<footer><p>{_text(site)} &middot; Editorial office &middot; Letters to the editor &middot; Corrections policy</p>
<p>&copy; {_text(site)} 2026. Reproduction only with a link to the source.</p></footer>
</body>
</html>
"""


def _blog_page(*, site: str, home: str, url: str, headline: str, dek: str, author: str,
               visible_date: str | None, body: str, comments: list[tuple[str, str]]) -> str:
    """Newsletter / blog template: no machine-readable date at all."""
    shown = f'<p class="post-date">{_text(visible_date)}</p>' if visible_date else ""
    com = "\n".join(f'<li class="comment"><b>{_text(n)}</b><p>{_text(c)}</p></li>'
                    for n, c in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_text(headline)} - {_text(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_attr(url)}">
<link rel="canonical" href="{_attr(url)}">
<link rel="stylesheet" href="{_attr(home)}/theme/style.css">
</head>
<body class="post-template">
<a class="skip" href="#post">Skip to content</a>
<div class="cookie-notice">We only use essential cookies and a privacy-friendly analytics counter. <button>Got it</button></div>
<header class="blog-header"><a href="{_attr(home)}/" class="blog-title">{_text(site)}</a>
<nav><a href="{_attr(home)}/archive">Archive</a> <a href="{_attr(home)}/about">About</a>
<a href="{_attr(home)}/subscribe" class="cta">Subscribe</a></nav></header>
<main id="post">
<article>
<h1 class="post-title">{_text(headline)}</h1>
<p class="post-subtitle">{_text(dek)}</p>
<div class="post-meta"><span class="post-author">{_text(author)}</span>{shown}</div>
<div class="post-content">
{_body(body, "sponsor-note")}
</div>
<div class="post-share"><a href="#">Share</a> <a href="#">Like</a> <a href="#">Restack</a></div>
<div class="subscribe-box"><p>Enjoyed this? Free subscribers get every issue by email; paying
readers keep it independent.</p><button>Subscribe now</button></div>
</article>
<section class="comments"><h3>Comments</h3><ul>
{com}
</ul></section>
</main>
<footer class="blog-footer"><p>{_text(site)} &middot; <a href="{_attr(home)}/rss">RSS</a> &middot;
<a href="{_attr(home)}/privacy">Privacy</a> &middot; Powered by a static site generator</p></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, home: str, url: str, headline: str, dek: str, byline: str,
                    published: str | None, visible_date: str, body: str,
                    related: list[tuple[str, str]]) -> str:
    """Public-broadcaster template: listen button; <time> only when published is given."""
    if published:
        shown = f'<time datetime="{_attr(published)}">{_text(visible_date)}</time>'
    else:
        shown = f'<span class="date-label">{_text(visible_date)}</span>' if visible_date else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_text(headline)} | {_text(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="{_attr(home)}/img/og-default.png">
<link rel="stylesheet" href="{_attr(home)}/css/main.css">
</head>
<body>
<a class="skip-to-content" href="#article">Skip to content</a>
<div class="cmp-banner"><p>We use cookies to run this service and, with your consent, to
understand how it is used.</p><button>Accept</button><button>Settings</button></div>
<header class="pb-header"><a href="{_attr(home)}/" class="pb-logo">{_text(site)}</a>
<nav class="pb-nav"><a href="{_attr(home)}/news">News</a> <a href="{_attr(home)}/live">Live radio</a>
<a href="{_attr(home)}/tv">TV</a> <a href="{_attr(home)}/podcasts">Podcasts</a>
<a href="{_attr(home)}/languages">Languages</a></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<main id="article">
<article class="pb-article">
<h1>{_text(headline)}</h1>
<p class="pb-summary">{_text(dek)}</p>
<div class="pb-meta"><span class="pb-byline">{_text(byline)}</span> {shown}</div>
<button class="listen">Listen to this article</button>
<div class="pb-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="pb-body">
{_body(body, "pb-promo")}
</div>
</article>
{_related(related, "More on this topic")}
</main>
<footer class="pb-footer"><p>{_text(site)} is a public service broadcaster.</p>
<p><a href="{_attr(home)}/accessibility">Accessibility</a> &middot; <a href="{_attr(home)}/privacy">Privacy</a>
&middot; <a href="{_attr(home)}/contact">Contact</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (CONTROL): Central Bank of Armenia, Tuesday 17 March 2026
# ---------------------------------------------------------------------------

_S1_A_BODY = """
YEREVAN, March 17 (CWS) - The Central Bank of Armenia lowered its refinancing rate by 25
basis points to 6.50% on Tuesday, its first reduction since last July, after annual inflation
slipped back inside the bank's tolerance band sooner than its own December projections had
suggested.

The decision was published at 12:00 local time (0800 GMT). The bank also moved the Lombard
repo rate to 7.50% and the overnight deposit facility rate to 5.50%, so the corridor of one
percentage point on either side of the key rate stays where it was. The board was unanimous,
a spokeswoman said.

Consumer prices rose 3.8% in the twelve months to February, after 4.6% in January, according
to figures the national statistics committee released earlier this month. The bank aims for
inflation of 3% and tolerates a deviation of 1.5 percentage points either way.

"Inflation has come back inside our band faster than we expected in December, and the board
judged that keeping policy this tight would do more harm than good," Governor Arsen
Tadevosyan said in the statement that accompanied the decision.

[[AD|Open a dram savings account online in ten minutes. Terms and conditions apply.]]

The statement tied any further easing to how quickly wage growth and household borrowing lose
momentum, wording that several analysts took as a hint that April could bring a pause rather
than a second move.

Seven of the eleven economists surveyed by CWS last week had expected a cut of this size; the
other four had pencilled in no change.

"They picked the softer of the two options on the table but left themselves an easy exit for
April," said Nadia Kowalczyk, emerging Europe strategist at Halden & Pryce in London. "The dram
has been firm enough all winter that they can afford to take a little risk."

The dram was quoted at about 386 to the U.S. dollar in Yerevan after the announcement, barely
changed on the day and roughly 1.5% firmer than at the start of January.

## Background

The bank last eased in July 2025, taking the rate to 6.75% from 7.00%, and then kept it there
at four straight meetings, the latest on Feb. 3. Inflation climbed to a peak of 5.1% in
October as food prices and regulated utility tariffs went up, then fell back over the winter.

In a quarterly update released with the decision, the bank said it now expected inflation to
finish 2026 at 3.2%. It estimated that the economy grew 5.9% last year and forecast growth of
5.1% for this year.

Tadevosyan is due to take questions at a news conference later on Tuesday. The board's next
scheduled rate meeting is on April 28.

(Reporting by Anush Melkonyan; Editing by Tomas Reid)
"""

_S1_B_BODY = """
The Central Bank of Armenia on Tuesday cut its main interest rate by a quarter of a percentage
point, to 6.5 per cent, saying price growth had cooled enough to justify its first reduction in
eight months.

"Inflation has come back inside our band faster than we expected in December, and the board
judged that keeping policy this tight would do more harm than good," Governor Arsen Tadevosyan
said in the bank's written statement. "This is not the start of a rapid easing cycle, and
nobody should price it as one."

At a news conference in the afternoon at the bank's headquarters in central Yerevan, Mr
Tadevosyan repeated the warning and confirmed that the decision had been taken unanimously.

The numbers behind the move have turned quickly. Annual inflation stood at 3.8 per cent in
February, down from 4.6 per cent in January and from a peak of 5.1 per cent last October, when
higher gas and electricity tariffs worked their way into household bills. Core inflation,
which leaves out food and energy, was 3.4 per cent. The bank's target remains 3 per cent, give
or take 1.5 points.

[[FIG|https://www.yerevanledger.example/media/2026/03/cba-building.jpg|The Central Bank of Armenia building in central Yerevan. The board's decision was announced at noon on Tuesday.|Photo: Karen Mkrtchyan / Yerevan Ledger]]

## Mortgages in focus

Deputy Governor Lilit Sargsyan, sitting beside the governor, spent much of the briefing on
lending. "Credit growth remains strong, especially in mortgages, and that is the part of the
picture we will be watching most carefully between now and April," she said.

Mortgage lending grew by about 18 per cent last year, according to the central bank, and the
average rate on new dram home loans was 11.2 per cent in January. Ms Sargsyan said she did not
expect commercial banks to pass the full quarter point on to borrowers straight away.

Gor Hakobyan, chief economist at the Yerevan brokerage Ararat Capital, agreed. "Nobody's
monthly payment changes because of twenty-five basis points," he said. "What changes is the
direction. For half a year the question was when they would stop holding. Now the question is
how slowly they will go."

[[AD]]

## Forecasts revised

Alongside the decision the bank published fresh projections. It now sees inflation at 3.2 per
cent at the end of this year and expects the economy to expand by 5.1 per cent in 2026, after
growth it estimates at 5.9 per cent last year.

The last cut came in July last year, when the refinancing rate went from 7 per cent to 6.75 per
cent. The board then left it alone at four meetings in a row, most recently on 3 February.

The Lombard repo rate, at which banks can borrow overnight from the central bank, was lowered to
7.5 per cent, and the deposit facility rate to 5.5 per cent.

For small businesses the signal mattered more than the size. Armen Ghazaryan, who runs a
furniture workshop in Gyumri and borrowed last autumn to buy new cutting machines, called the
cut "a good sign, but not yet real money". His loan, at a fixed rate, will not change.

The board meets next on 28 April.
"""

_S1_C_BODY = """
Good morning. One cut, one hold, one decision still to come, and a great deal of talk about
patience.

## Armenia: 25bp, on a short leash

The Central Bank of Armenia took its refinancing rate down 25bp to 6.50% yesterday. The
statement landed at 09:00 CET, which is noon in Yerevan. It was the first move since last
July's cut from 7.00% to 6.75%, and the corridor shifted in parallel: the Lombard repo rate is
now 7.50% and the deposit facility 5.50%.

The trigger is not hard to find. Headline CPI ran at 3.8% y/y in February, back below the top of
the 1.5%-4.5% tolerance band after peaking at 5.1% in October. Core was 3.4%. On our arithmetic
that leaves the real policy rate at roughly 2.7 percentage points, still generous by regional
standards.

Governor Arsen Tadevosyan went out of his way to tell markets not to extrapolate. In his
telling, the cut does not open a fast easing cycle, and anyone pricing a string of moves is
ahead of the board. Deputy governor Lilit Sargsyan pointed to mortgage growth as the thing the
board will be watching into the 28 April meeting, six weeks from now.

[[AD|Sponsored: Frontier FX fixings, delivered to your terminal before the Yerevan open.]]

What we think: one more 25bp step in the second half, leaving the refinancing rate at 6.25% by
December. Our end-2026 inflation call is 3.3%, a touch above the bank's own new projection of
3.2%. The main risk to that view is the currency. The dram has been unusually steady at close
to 390 per dollar, and remittance flows, which have been strong, would be the first thing to
crack if the regional economy slows.

## Georgia: on hold at 8%

The National Bank of Georgia left its policy rate at 8.00% last Wednesday, 11 March, as nearly
everyone expected. Georgian inflation was 2.9% in February, a shade under the 3% target, but the
bank is still wary of the lari after a volatile January. Our base case is a hold through the
summer.

## Kazakhstan: the week's last word

The National Bank of Kazakhstan announces its decision on Friday, 27 March. The base rate sits
at 15.50%. Consensus is for no change, and so is our forecast; tenge weakness in February makes
a cut hard to sell.

## Numbers to watch

Armenia publishes February industrial output on Thursday. Georgia's final fourth-quarter GDP
figure follows on Friday. In Armenia the next CPI print, for March, is due in the first days of
April, and a reading at or below 3.5% would make an April pause harder for the board to defend.

## Why it matters for carry

Even after yesterday's move, dram assets still pay more than most of what is on offer in the
region once inflation is taken out. For investors who came in during the autumn, when the real
rate was squeezed by the October spike, the trade has worked. The question now is whether a
slower easing path keeps it working through the summer.

That's it for today. Reply to this email if you want the full rate tables.
"""

_S1_A = _wire_page(
    site="Caspian Wire Service", home="https://www.caspianwire.example",
    url="https://www.caspianwire.example/markets/armenia-central-bank-cuts-rate-2026-03-17/",
    headline="Armenia's central bank trims refinancing rate to 6.50% as inflation cools",
    dek="First cut since July; bank signals no rush to ease further",
    byline="Anush Melkonyan", published="2026-03-17T08:20:00Z", body=_S1_A_BODY,
    section="Markets",
    related=[("Georgia's lari steadies as tourism receipts climb",
              "https://www.caspianwire.example/markets/georgia-lari-tourism/"),
             ("Kazakh grain exporters look to Afghan rail route",
              "https://www.caspianwire.example/business/kazakh-grain-afghan-rail/"),
             ("Azerbaijan sovereign fund reshuffles bond portfolio",
              "https://www.caspianwire.example/markets/azerbaijan-fund-bonds/")])

_S1_B = _paper_page(
    site="Yerevan Ledger", home="https://www.yerevanledger.example",
    url="https://www.yerevanledger.example/economy/2026/03/17/central-bank-cuts-key-rate",
    headline="Central bank cuts key rate to 6.5 per cent but warns against expecting more soon",
    dek="Governor says the quarter-point cut is not the start of a rapid easing cycle",
    byline="By Sona Grigoryan", published="2026-03-17T19:05:00+04:00",
    visible_date="17 March 2026, 19:05", body=_S1_B_BODY, section="Economy",
    related=[("Gyumri textile plant to hire 400 workers",
              "https://www.yerevanledger.example/economy/gyumri-textile-plant"),
             ("Opinion: the dram's strength is a mixed blessing",
              "https://www.yerevanledger.example/opinion/dram-strength"),
             ("Yerevan metro extension: tender delayed again",
              "https://www.yerevanledger.example/region/metro-tender")],
    newsletter="The stories that matter in Armenia, every weekday at 7 a.m.")

_S1_C = _blog_page(
    site="Frontier Rates Monitor", home="https://frontierrates.example",
    url="https://frontierrates.example/p/yerevan-moves-first",
    headline="Yerevan moves first: CBA trims 25bp while Tbilisi holds",
    dek="Issue 212. Armenia cuts, Georgia waits, Kazakhstan decides next week.",
    author="Frontier Rates Monitor desk", visible_date="Issue 212 \u00b7 Wednesday 18 March 2026",
    body=_S1_C_BODY,
    comments=[("mkarap", "Agree on the H2 call. The board sounded more hawkish than the move."),
              ("JL_fx", "Any view on the NBK surprising to the downside?")])


# ---------------------------------------------------------------------------
# Story 2 - election (PLANTED x3): Balti snap mayoral election, Sunday 17 May 2026
# ---------------------------------------------------------------------------

_S2_A_BODY = """
CHISINAU, May 17 (Pontic) - Elena Rusu, a former deputy mayor of Balti, came first in Sunday's
snap election for mayor of Moldova's second-largest city but fell well short of a majority,
preliminary results showed, setting up a runoff against businessman Vadim Ciobanu on May 31.

With ballots from 58 of the city's 62 polling stations processed shortly after midnight, Rusu,
the candidate of the Civic Renewal Party, had 41.9 percent. Ciobanu, a city councillor backed
by the Nord Alliance, had 29.0 percent, and independent Igor Balan, a surgeon at the municipal
hospital, was third with 12.8 percent, according to the Central Electoral Commission (CEC).

Turnout was 38.4 percent, the commission said, comfortably above the one-in-four threshold
needed for a first round to be valid. By 6 p.m., three hours before polling stations closed,
31.2 percent of registered voters had taken part.

A candidate needs more than half of the valid votes to win in the first round. The two leaders
will meet again in two weeks.

"We are going into the second round to win it, not to make up the numbers," Ciobanu told
supporters gathered outside his campaign office in the city centre.

Rusu, 46, who was in charge of transport and roads during her four years as deputy mayor,
presented the result as a verdict on everyday services. "People in Balti voted for buses that
run on time and roads without holes, not for slogans," she said. "In two weeks I want to finish
the job."

[[AD]]

The election was called after Nicolae Grosu, mayor since 2023, resigned in February to become
deputy minister of infrastructure in the central government. Grosu, whose term would have run
until 2027, did not endorse any of the candidates.

Eight candidates were on the ballot. Balan told reporters he would not back either of the two
finalists. "I will not tell my voters what to do; they are adults," he said.

Polls were open from 7 a.m. to 9 p.m. (0400 to 1800 GMT). The commission said it had received
four formal complaints during the day, none of which it regarded as serious enough to affect
the count.

Balti, home to about 100,000 people, is the main city of northern Moldova and has a large
Russian-speaking population. Turnout in local votes there has traditionally lagged the
national average, and campaigners on both sides had spent the final week knocking on doors in
the big residential blocks on the edge of the city.

(Reporting by Dan Popescu; Editing by Mara Ilie)
"""

_S2_B_BODY = """
Balti will need a second round to choose its new mayor. Final preliminary figures published by
the Central Electoral Commission (CEC) on Monday morning, with all 62 polling stations counted,
put Elena Rusu of the Civic Renewal Party first with 41.7% and Vadim Ciobanu of the Nord
Alliance second with 29.3%.

The two will face each other in a runoff on June 7.

Igor Balan, the surgeon who ran as an independent and drew big crowds at his meetings in the
northern neighbourhoods, finished third with 12.9%. The other five candidates shared just over
16% between them, none of them reaching 5%.

## The numbers

In total 43,185 of the city's 112,460 registered voters took part, a turnout of 38.4%, up from
36.1% in the regular local election of 2023. Of the ballots cast, 612 were declared invalid.
Rusu received 17,753 votes, Ciobanu 12,474 and Balan 5,492.

[[FIG|https://baltitoday.example/uploads/2026/05/queue-school-gym.jpg|Voters queue at a polling station set up in a school gym on Sunday morning.|Photo: Ion Munteanu / Balti Today]]

Turnout was highest at the polling stations in the city centre and lowest at the two stations
near the railway station, where barely three in ten voters came out.

Rusu spent Monday morning at the bus depot, where drivers had complained for months about late
wages. "The depot is where this city either works or doesn't," she told Balti Today. "Voters
saw that."

Ciobanu held a short news conference at the Nord Alliance office. He said he would ask Balan's
voters to back him and promised to publish a detailed plan for the district heating network
within a week. "We are going into the second round to win it, not to make up the numbers," he
said, repeating the line he had used with supporters on election night.

[[AD|Balti Central Market: new covered hall now open seven days a week.]]

## What happens next

Balan has so far refused to endorse either finalist. Speaking to this newspaper on Monday, he
repeated that he would leave the choice to his supporters, adding that both candidates should
say clearly what they intend to do about the hospital's emergency department, which lost four
doctors last year.

Campaigning for the second round began as soon as the CEC confirmed the results.

The vote was called after former mayor Nicolae Grosu stepped down in February to take up a post
as deputy minister of infrastructure. Since then the city has been run by acting mayor Tatiana
Rosca, previously one of Grosu's deputies, who did not stand.

Outside a polling station in a school on Sunday, Valentina, a 67-year-old retired teacher,
said her choice had come down to a single issue. "I voted for whoever will fix the heating," she
said. "Last winter we had radiators that were cold for eleven days."

Others said they had stayed at home. "Every election they promise the same roads," said Andrei,
a 29-year-old mechanic, as he walked past the queue. "I will vote when one of them has already
done something."
"""

_S2_C_BODY = """
Voters in Balti will return to the polls on 31 May to choose between Elena Rusu and Vadim
Ciobanu, after no candidate won more than half of the vote in Sunday's first round of the snap
mayoral election.

According to the preliminary results of the Central Electoral Commission, Rusu, of the Civic
Renewal Party, won 41.7 per cent. Ciobanu, who is supported by the Nord Alliance, received 29.3
per cent. Turnout was 38.4 per cent.

The chair of the commission, Ludmila Cebotari, said the day had passed without serious
incidents. "The count went smoothly, and we have received no complaint that would affect the
result," she told MPB on Monday morning.

## Observers report 46 minor violations

The independent observer mission Vocea Civica, which sent 70 observers to the city's polling
stations, reported 46 irregularities. Most involved campaign posters left inside the 100-metre
zone around polling stations, and voters photographing their ballots. The mission said none of
the violations appeared to be organised.

[[AD|Listen to MPB Radio Nord, now also on 101.4 FM in Soroca and Edinet.]]

In Ciobanu's camp, the mood on Sunday night was combative. "We are going into the second round
to win it, not to make up the numbers," said Sergiu Lungu, Ciobanu's campaign manager, as the
results came in. Ciobanu himself thanked his supporters and said he would spend the next two
weeks in the districts where he had done worst.

Rusu, a former deputy mayor responsible for transport, said her campaign would stay focused on
public services. She told MPB her priority for her first hundred days would be the bus fleet,
half of which, she said, was more than twenty years old.

[[FIG|https://www.mpb.example/img/2026/05/rusu-hq.jpg|Elena Rusu speaks to journalists at her campaign headquarters on Sunday evening.|Photo: MPB / Radu Ceban]]

## Why Balti is voting now

The early election was triggered in February, when Nicolae Grosu stepped down as mayor after
being appointed deputy minister of infrastructure. Grosu had won the post in 2023.

The third-placed independent, Igor Balan, took 12.9 per cent and has said he will not endorse
either finalist.

Balti, in the north of the country, is Moldova's second city. The runoff will be held under the
same rules as the first round, except that no minimum turnout applies. Polling stations will
again be open from seven in the morning until nine in the evening.

Turnout rose steadily through the day and had reached 31.2 per cent by six in the evening,
according to the commission's hourly figures.

At a polling station in a lyceum near the central park, the lunchtime queue was made up mostly of
pensioners. "I come every time, even when I already know who will win," said Gheorghe, 74, a
retired railway worker. "This time I did not know, and I liked that better."

The commission said it would announce the final first-round results, after checking the
protocols from all polling stations, within five days.
"""

_S2_D_BODY = """
Hello from Chisinau. This week: the Balti numbers, a quiet row over the heating tender, and
why the runoff could be closer than the first round suggests.

## The result

Sunday's first round ended with Elena Rusu (Civic Renewal) on 41.7% and Vadim Ciobanu (Nord
Alliance) on 29.3%. Dr Igor Balan, the independent, took 12.9%, and five minor candidates
split the rest. The runoff is on 31 May.

Turnout was 34.8%, according to the CEC figures I have, slightly below the 36.1% recorded at
the 2023 local election. That matters more than it looks. Rusu's party did best in the
central polling stations, where older, regular voters turned out; Ciobanu did best on the
edges of the city, where turnout was thinnest. If his voters show up in two weeks' time and
hers relax, a twelve-point gap can close.

## The runoff arithmetic

Add Ciobanu's 29.3% to Balan's 12.9% and you get 42.2%, a shade more than Rusu's first-round
score. That is the sum Ciobanu's people are doing out loud. It is also bad arithmetic. Balan's
voters are not a bloc: many of them are hospital staff and patients' families who liked a
doctor who talked about the emergency department, and they are not obviously Nord Alliance
material. Balan himself has refused to tell them what to do.

Ciobanu's election-night line, that he was going into the second round "to win it, not to make
up the numbers", was aimed at exactly those people.

[[AD|This issue is supported by readers. Paid subscribers get the monthly data pack.]]

## Grosu's shadow

Nicolae Grosu, the former mayor who is now deputy minister of infrastructure, stayed out of
the campaign entirely, at least in public. Privately, people around both finalists say his
departure left a half-finished trolleybus plan that whoever wins will inherit. The ministry he
now serves approved a loan of 9.5 million euros for new trolleybuses in April, but the city
still has to run the tender.

Rusu's pitch, that voters wanted "buses that run on time and roads without holes", is
essentially a promise to finish Grosu's plan faster than Grosu did. Ciobanu's pitch is that the
plan was wrong in the first place.

## The heating tender

The city council quietly postponed a vote on the district heating contract until after the
runoff. Both finalists say they support the delay. It is the single most expensive decision the
new mayor will face in the first year, and neither has explained how they would pay for it.

## What I am watching

First, whether Balan changes his mind. Second, whether the national parties send their leaders
to Balti in the next fortnight; so far both have kept their distance, which tells you how
local this race still is. Third, the weather: the last Sunday in May tends to empty cities
towards the dachas.

That is all for this week. As ever, corrections and tips are welcome by reply.
"""

_S2_A = _wire_page(
    site="Pontic Newswire", home="https://www.ponticnews.example",
    url="https://www.ponticnews.example/politics/moldova-balti-mayor-first-round-2026-05-17/",
    headline="Rusu leads Balti mayoral race, heads for runoff against Ciobanu",
    dek="Former deputy mayor short of majority in Moldova's second city; turnout 38.4 percent",
    byline="Dan Popescu", published="2026-05-17T22:55:00Z", body=_S2_A_BODY,
    section="Politics",
    related=[("Romania's senate passes budget amendment",
              "https://www.ponticnews.example/politics/romania-senate-budget/"),
             ("Black Sea grain freight rates ease",
              "https://www.ponticnews.example/business/black-sea-freight/"),
             ("Ukraine, Moldova extend rail ticketing deal",
              "https://www.ponticnews.example/business/ukraine-moldova-rail/")])

_S2_B = _paper_page(
    site="Balti Today", home="https://baltitoday.example",
    url="https://baltitoday.example/news/2026/05/18/rusu-ciobanu-second-round",
    headline="Rusu and Ciobanu head to second round as Balti picks a new mayor",
    dek="Civic Renewal candidate leads with 41.7%; Balan refuses to endorse",
    byline="Natalia Gutu", published="2026-05-18T14:30:00+03:00",
    visible_date="18.05.2026 14:30", body=_S2_B_BODY, section="City",
    related=[("Trolleybus line 3 to be extended to the industrial zone",
              "https://baltitoday.example/news/trolleybus-line-3"),
             ("Olimpia stadium renovation: first stand finished",
              "https://baltitoday.example/sport/stadium-renovation"),
             ("Market traders protest new stall fees",
              "https://baltitoday.example/news/market-fees")],
    newsletter="Balti news in your inbox every evening.")

_S2_C = _broadcast_page(
    site="MPB News", home="https://www.mpb.example",
    url="https://www.mpb.example/en/news/politics/balti-runoff-observers",
    headline="Balti mayoral race goes to a runoff; observers report minor irregularities",
    dek="Rusu and Ciobanu to meet in the second round; election commission says the count went smoothly",
    byline="MPB Newsroom", published="2026-05-18T11:05:00+03:00",
    visible_date="18 May 2026, 11:05", body=_S2_C_BODY,
    related=[("Explainer: how Moldova's local runoffs work",
              "https://www.mpb.example/en/news/explainer-local-runoffs"),
             ("Parliament debates new rules for campaign finance",
              "https://www.mpb.example/en/news/campaign-finance-rules")])

_S2_D = _blog_page(
    site="Dniester Dispatch", home="https://dniesterdispatch.example",
    url="https://dniesterdispatch.example/p/balti-first-round-what-it-tells-us",
    headline="Balti: what a 41.7% first place tells us (and what it doesn't)",
    dek="The runoff arithmetic, Grosu's shadow and a postponed heating tender",
    author="Irina Vasilache", visible_date="Tuesday 19 May 2026",
    body=_S2_D_BODY,
    comments=[("victor_b", "Balan's voters will split, mostly staying home I suspect."),
              ("ana.m", "The trolleybus loan point is the real story here.")])


# ---------------------------------------------------------------------------
# Story 3 - trade (PLANTED x2): Kazakh-Uzbek commission, Thursday 8 October 2026
# ---------------------------------------------------------------------------

_S3_A_BODY = """
TURKISTAN, Kazakhstan, Oct 8 (SBW) - Kazakhstan and Uzbekistan agreed on Thursday to aim for
$12 billion in annual bilateral trade by 2030 and signed 17 documents, among them nine
commercial contracts worth a combined $1.6 billion, at a session of their intergovernmental
commission in the southern Kazakh city of Turkistan.

The new goal replaces a $10 billion target the two neighbours set in 2023. Trade between them
reached $4.43 billion last year and rose 11.4% year on year in the first eight months of 2026,
to $3.1 billion, according to Kazakh customs data.

The documents were signed at 11:30 local time (0630 GMT) by the commission's co-chairs, Kazakh
Trade and Integration Minister Ardak Zhaksylykov and Uzbek Minister of Investment, Industry and
Trade Botir Rakhimov.

The largest of the commercial deals, valued at $420 million, covers a cotton-to-garment cluster
that an Uzbek textile group plans to build in Kazakhstan's Turkistan region. Other contracts
involve fertiliser supplies, a joint plant to assemble farm machinery and a grain terminal.

[[AD|Corporate banking across Central Asia: one account, five currencies.]]

Among the eight intergovernmental agreements is a plan to keep the busy Saryagash-Keles road
crossing open around the clock from Jan. 1, 2027, and to raise its capacity to 4,000 trucks a
day from about 1,500 now. Truck drivers have complained of queues lasting more than a day at
harvest time.

"We want a lorry to cross this border in forty minutes, not in forty hours," Rakhimov told a
business forum held alongside the commission. "Everything we signed today about customs comes
down to that one number."

Zhaksylykov said the higher target was achievable despite the distance from current levels.
"Twelve billion is ambitious, but three years ago people called ten billion ambitious too," he
said.

Around 300 companies from the two countries took part in the forum, the organisers said.

Kazakhstan shipped 2.1 million tonnes of wheat to Uzbekistan last year, making its southern
neighbour one of the biggest buyers of Kazakh grain, while Uzbek sales to Kazakhstan are
dominated by fruit and vegetables, textiles and building materials.

Uzbek exports to Kazakhstan were worth about $1.9 billion last year, with imports from
Kazakhstan making up the rest of the total.

Customs officials said an electronic queue that lets carriers book a slot at Saryagash-Keles in
advance would be tested from November, and that the two services would also accept each
other's electronic certificates for fruit and vegetables. The commission further agreed to
form a joint working group on transit cargo bound for Afghanistan and South Asia, without
giving details of its remit.

The commission will hold its next session in Tashkent in 2027.

(Reporting by Aliya Dzhumabayeva; Editing by Oleg Sarsenov)
"""

_S3_B_BODY = """
The Saryagash-Keles crossing, the busiest road border between Kazakhstan and Uzbekistan, will
stay open 24 hours a day from 1 January 2027 under an agreement signed in Turkistan on
Thursday. Its capacity is to rise from around 1,500 trucks a day to 4,000.

The crossing deal was one of eight intergovernmental and interagency agreements signed at the
annual session of the Kazakh-Uzbek intergovernmental commission. Together with nine commercial
contracts, the package ran to 17 documents.

For forwarders, the border is the headline. Queues at Saryagash-Keles stretched beyond 30
hours at times during this year's harvest, when grain trucks heading south competed for lanes
with fruit and vegetable loads heading north.

Uzbekistan's minister of investment, industry and trade, Botir Rakhimov, set out the ambition
bluntly at the business forum that ran alongside the commission. "We want a lorry to cross this
border in four hours, not in four days," he said.

## What changes at the border

Under the agreement, the two customs services will introduce a shared electronic queue that
lets carriers book a crossing slot in advance, instead of joining a line of parked trucks on
the approach road.

They will also accept each other's electronically issued phytosanitary certificates for fruit
and vegetables, removing one of the paper checks that forwarders say adds hours to each
crossing.

Four additional inspection lanes are to be built on the Kazakh side and three on the Uzbek side
by the end of 2027.

Kazakhstan's State Revenue Committee, which runs customs on the Kazakh side, said the
electronic queue would be trialled on a limited basis from November.

[[AD|Temperature-controlled groupage Almaty - Tashkent - Almaty, departures twice weekly.]]

## Rail and grain

Rail remains the backbone of the bulk trade. Almost all of the 2.1 million tonnes of wheat that
Kazakhstan sold to Uzbekistan in 2025 moved by train, and one of the commercial contracts
signed on Thursday covers a 150,000-tonne grain terminal near Keles.

Marat Seitkali, managing partner at the Almaty-based forwarder SilkLane Logistics, said the
booking system mattered more than the concrete. "A slot system is the only thing that will
really fix this," he said. "Extra lanes help, but without bookings you simply get a bigger car
park."

Another forwarder, who asked not to be named because his company bids for government
contracts, said carriers would judge the deal by the first winter. "January is quiet. Show me
the queue in September next year."

## The bigger picture

Bilateral trade was worth about $4.4bn in 2025. At Thursday's session the ministers set a goal
of $12bn a year by 2030, replacing the earlier objective of $10bn.

Kazakh Trade and Integration Minister Ardak Zhaksylykov said the two sides would review
progress at the crossing when the commission next meets, in Tashkent next year.
"""

_S3_C_BODY = """
Uzbekistan and Kazakhstan will try to nearly triple the trade between them by the end of the
decade, after the two governments agreed on Thursday in Shymkent to target 12 billion dollars a
year by 2030.

The decision was taken at the session of the Uzbek-Kazakh intergovernmental commission,
co-chaired by Uzbekistan's Minister of Investment, Industry and Trade Botir Rakhimov and
Kazakhstan's Minister of Trade and Integration Ardak Zhaksylykov. Seventeen documents were
signed, nine of them commercial contracts worth 1.6 billion dollars in total.

Last year trade between the two countries reached 4.43 billion dollars. Uzbekistan exported
goods worth 1.9 billion dollars to its northern neighbour and imported goods worth 2.53 billion
dollars, mostly grain, flour, metals and oil products.

## Fruit, vegetables and textiles

For Uzbek producers the main gain is easier access for perishable goods. Exports of fruit and
vegetables to Kazakhstan reached 610,000 tonnes last year, and growers have long complained
that a truck of apricots can lose a fifth of its value waiting at the border in July.

Under one of the agreements signed on Thursday, the phytosanitary services of the two countries
will recognise each other's electronic certificates. Another sets out round-the-clock operation
of the Saryagash-Keles checkpoint from 1 January 2027.

Minister Rakhimov said the aim was for a lorry to cross the border "in forty minutes, not in
forty hours", and called the new regime at Saryagash-Keles the first step towards it.

[[FIG|https://tashkentherald.example/images/2026/10/commission-signing.jpg|The co-chairs of the intergovernmental commission exchange signed documents on Thursday.|Photo: press service of the Ministry of Investment, Industry and Trade]]

The biggest of the commercial contracts, worth 420 million dollars, is for an Uzbek textile
group to build a cotton-to-garment cluster in southern Kazakhstan, the first such project by an
Uzbek company abroad.

[[AD]]

Minister Zhaksylykov acknowledged that the new target was a stretch. "Twelve billion is
ambitious, but three years ago people called ten billion ambitious too," he said, referring to
the previous goal of 10 billion dollars agreed in 2023.

Business people who attended the forum held alongside the commission were cautiously positive.
Sardor Nematov, who exports dried apricots and raisins from Samarkand, said the electronic
certificates mattered more to him than any headline figure. "Every stamp we do not need to
collect is money," he said.

Trade in the first eight months of this year reached 3.1 billion dollars, 11.4 per cent more
than in the same period of 2025.

Some 300 companies from the two countries took part in the forum. Uzbek textile makers were
among the most visible, with several firms showing garments made from locally grown cotton in
the hope of finding Kazakh retail partners.

The next session of the commission will take place in Tashkent in 2027.
"""

_S3_A = _wire_page(
    site="Steppe Business Wire", home="https://www.steppewire.example",
    url="https://www.steppewire.example/business/kazakhstan-uzbekistan-trade-target-12bn/",
    headline="Kazakhstan, Uzbekistan raise trade goal to $12 bln by 2030, sign 17 documents",
    dek="Commission in Turkistan agrees round-the-clock border crossing and $1.6 bln in contracts",
    byline="Aliya Dzhumabayeva", published="2026-10-08T08:05:00Z", body=_S3_A_BODY,
    section="Business",
    related=[("Kyrgyz gold output up in third quarter",
              "https://www.steppewire.example/business/kyrgyz-gold-q3/"),
             ("Tajik aluminium smelter signs power deal",
              "https://www.steppewire.example/business/tajik-smelter-power/"),
             ("Caspian ferry operators add sailings",
              "https://www.steppewire.example/business/caspian-ferries/")])

_S3_B = _paper_page(
    site="Eurasian Freight Review", home="https://www.eurasianfreight.example",
    url="https://www.eurasianfreight.example/road/saryagash-keles-24-7-from-january",
    headline="Saryagash-Keles to run 24/7 from January as Astana and Tashkent sign border package",
    dek="Electronic queue, shared phytosanitary certificates and more lanes at the busiest Kazakh-Uzbek crossing",
    byline="Kirill Andreev", published="2026-10-09T07:00:00+00:00",
    visible_date="9 October 2026", body=_S3_B_BODY, section="Road freight",
    related=[("Aktau port container volumes hit record",
              "https://www.eurasianfreight.example/ports/aktau-record"),
             ("Middle Corridor rates: monthly tracker",
              "https://www.eurasianfreight.example/rates/middle-corridor-tracker")],
    newsletter="Weekly Eurasian freight rates and border waiting times.")

_S3_C = _paper_page(
    site="Tashkent Herald", home="https://tashkentherald.example",
    url="https://tashkentherald.example/economy/uzbekistan-kazakhstan-12-billion-goal",
    headline="Uzbekistan and Kazakhstan set 12 billion dollar trade goal",
    dek="Seventeen documents signed; electronic certificates to speed up fruit and vegetable exports",
    byline="Economy desk", published=None, visible_date="09.10.2026",
    body=_S3_C_BODY, section="Economy",
    related=[("Cotton harvest passes halfway mark",
              "https://tashkentherald.example/economy/cotton-harvest"),
             ("New metro line opens in Tashkent's Yunusabad",
              "https://tashkentherald.example/city/metro-yunusabad")],
    newsletter="Uzbekistan's economy, every morning.")


# ---------------------------------------------------------------------------
# Story 4 - rocket (CONTROL): Dala-1 on Soyuz-2.1b, 21:14 UTC Fri 12 June 2026
# ---------------------------------------------------------------------------

_S4_A_BODY = """
A Soyuz-2.1b rocket with a Fregat-M upper stage lifted off from Site 31 at the Baikonur
Cosmodrome at 21:14:37 UTC on Friday (02:14 local time on Saturday, June 13), carrying
Kazakhstan's Dala-1 Earth-observation satellite and six smaller secondary payloads.

All three Soyuz stages performed as expected, and Fregat separated from the third stage a
little over nine minutes into the flight. After its first burn, the upper stage released
Dala-1 into a sun-synchronous orbit about 630 km high, inclined at 97.9 degrees, 62 minutes
after liftoff.

The secondary payloads, four cubesats built by Kazakh universities and two commercial
data-relay satellites, are scheduled to be deployed into a lower orbit of about 560 km after a
second Fregat burn, roughly two hours and 40 minutes after launch. We will update this story
when deployment is confirmed.

## The spacecraft

Dala-1 was designed and built by Qazaq Orbital Systems, with the optical payload supplied by a
European subcontractor the company has not named. The satellite had a launch mass of 742 kg.
Its telescope delivers panchromatic imagery at 1.5 m resolution and multispectral imagery at
6 m across a swath of 38 km, and it is designed for seven years of operation.

The operators expect first contact through the ground control station at Akkol, north of
Astana, shortly after 23:00 UTC.

Kazakh officials describe Dala-1 as the most capable civilian imager the country has put into
orbit since KazEOSat-1, which was launched on a European Vega rocket in 2014.

[[AD|SmallSat Integration Summit, Bremen, 22-24 September. Early registration closes soon.]]

## A two-day slip

This was the second attempt. The first, 48 hours earlier, was called off on the day because of
strong winds at altitude above the launch site, and the vehicle was held on the pad.

The launch was bought under a commercial contract whose value neither side disclosed. The
Kazakh government has put the cost of the whole Dala-1 programme, including the satellite, the
launch and the ground segment, at 38 billion tenge.

Speaking to journalists at Baikonur a few minutes after separation, in remarks carried live by
the Kazakh government's broadcast, Aerospace Committee chairman Daniyar Ospanov said: "Tonight Kazakhstan stops buying pictures of its own
land from other people."

## What comes next

Qazaq Orbital Systems plans roughly three months of in-orbit commissioning, covering
calibration of the optical payload and checkout of the onboard data storage and the X-band
downlink, before imagery is released to government users.

The flight was the fourth of the year from Site 31 and the first from Baikonur this year to
carry a Kazakh national payload.
"""

_S4_B_BODY = """
Kazakhstan's new Earth-observation satellite, Dala-1, is in orbit and talking to its
controllers after a Soyuz rocket carried it from the Baikonur Cosmodrome at 2:14 a.m. on
Saturday.

The first signal from the 742-kilogram spacecraft reached the ground control station at Akkol,
in Akmola region, at 4:05 a.m., about 50 minutes after it separated from the rocket's Fregat
upper stage.

"Tonight Kazakhstan stops buying pictures of its own land from other people. From now on, we
take them ourselves," Daniyar Ospanov, chairman of the Aerospace Committee, told journalists at
Baikonur once the satellite had separated from the rocket.

The launch had originally been scheduled for the early hours of Thursday but was postponed by
two days because of strong high-altitude winds.

## Seven satellites, one rocket

Dala-1 shared the ride with six smaller satellites, including four cubesats built by students
at universities in Almaty, Astana and Karaganda. They were released into a lower orbit, about
560 kilometres up, roughly two hours and forty minutes after liftoff, Qazaq Orbital Systems
said. All six had been confirmed as separated by morning.

Aigerim Nurlanova, the company's chief designer, said the main satellite's solar panels had
opened on the first attempt. "All the telemetry we have seen so far is nominal," she said. "The
next three months are about calibration. They are far less dramatic than tonight, but they
decide whether the pictures are any good."

[[FIG|https://astanachronicle.example/media/2026/06/soyuz-pad-dala1.jpg|The Soyuz-2.1b rocket carrying Dala-1 on the launch pad at Baikonur on Friday evening.|Photo: Aerospace Committee press service]]

[[AD]]

## What Dala-1 will do

From its sun-synchronous orbit at 630 kilometres, the satellite can pick out objects 1.5 metres
across in black-and-white images and six metres across in colour. Each image covers a strip 38
kilometres wide.

Government agencies plan to use the data to monitor crops, map spring floods, check mining
sites against their licences and update land-registry maps, tasks for which ministries have so
far had to buy imagery from foreign commercial operators.

The programme, including the satellite, the launch and the ground segment, cost 38 billion
tenge, or about $75 million. The satellite is designed to work for seven years.

Ospanov said the first images would be released to government users once in-orbit testing is
complete, which is expected by mid-September.

## A long wait

Dala-1 is the first large Kazakh imaging satellite to reach orbit in more than a decade. Its
predecessor, KazEOSat-1, was launched in 2014 from French Guiana.

Among the few dozen guests who watched from the viewing stand at Baikonur were several of the
students whose cubesats flew on the same rocket. "We built ours in a classroom," said Timur
Abenov, 22, from Karaganda. "Tonight it went up on the same rocket as the national satellite. I
still cannot quite believe it."
"""

_S4_C_BODY = """
If you were up late on Friday, you caught a tidy one. The Soyuz-2.1b carrying Kazakhstan's
Dala-1 left Baikonur at 23:14 CEST. That was 00:14 on Saturday in Moscow and 02:14 at the
cosmodrome itself, so the Kazakh press is calling this a Saturday launch, and they are not wrong.

It was the second go. Wednesday night's attempt, at the same clock time, was scrubbed a few
hours out because of winds aloft, and the team reset for 48 hours later.

## The numbers

Dala-1 weighed in at 742 kg, which is about 1,636 lb, and was built by Qazaq Orbital Systems.

Its orbit is sun-synchronous, roughly 630 km up, or about 390 miles.

Six rideshares went along and were dropped off lower, at around 560 km (about 350 miles), after
a second burn of the Fregat upper stage. That makes seven satellites on one rocket.

Spacecraft separation came 62 minutes after liftoff, so at about 00:16 CEST. The webcast ended
before the rideshare deployment, but the operator confirmed early on Saturday that all six were
out and healthy.

[[AD|Sponsor: Nordlys Optics binoculars. Twenty per cent off for readers with code LAUNCHLOG.]]

## Why it matters (a bit)

Kazakhstan's last big civilian imager went up in 2014 on a Vega from Kourou, and the gap since
then has been filled with purchased imagery. Aerospace Committee chairman Daniyar Ospanov made
exactly that point on the night: with Dala-1 working, he said, Kazakhstan would no longer have
to buy pictures of its own territory from other countries' operators.

The resolution, 1.5 m panchromatic and 6 m multispectral, will not trouble the big commercial
constellations. But for crop monitoring and flood mapping across a country roughly the size of
Western Europe, a 38 km swath and a dedicated tasking queue are worth a lot.

The government quotes 38 billion tenge for the whole programme, meaning satellite, launch and
ground segment together, which works out at around 75 million US dollars.

Design life is seven years. Commissioning should take about three months, so do not expect
first-light pictures in public before mid-September.

## Watching from Europe

The stream was the usual mix of onboard camera views and telemetry overlays, with commentary in
Russian and Kazakh. The onboard view of fairing separation, a little under four minutes in, was
lovely. If you missed it, the replay is on the operator's channel.

Next on my list: a Vega-C from Kourou later this month, and the Shetland pad is promising
another attempt in July. I will post times in CEST as usual.
"""

_S4_A = _paper_page(
    site="Orbital Dispatch", home="https://orbitaldispatch.example",
    url="https://orbitaldispatch.example/launch/2026/06/soyuz-dala-1-baikonur",
    headline="Soyuz launches Kazakhstan's Dala-1 imager from Baikonur; six rideshares to follow",
    dek="Fregat places the 742 kg satellite into a 630 km sun-synchronous orbit",
    byline="By Helena Marsh", published="2026-06-12T22:40:00+00:00",
    visible_date="June 12, 2026 22:40 UTC", body=_S4_A_BODY, section="Launch",
    related=[("Vega-C return to flight: what to watch",
              "https://orbitaldispatch.example/launch/vega-c-what-to-watch"),
             ("Andoya spaceport adds second pad",
              "https://orbitaldispatch.example/infrastructure/andoya-second-pad"),
             ("Cubesat failure rates, five years on",
              "https://orbitaldispatch.example/analysis/cubesat-failure-rates")],
    newsletter="Every launch, every week, in one email.")

_S4_B = _wire_page(
    site="Astana Chronicle", home="https://astanachronicle.example",
    url="https://astanachronicle.example/science/dala-1-reaches-orbit",
    headline="Dala-1 reaches orbit: 'From now on, we take them ourselves'",
    dek="Kazakhstan's new imaging satellite makes first contact with ground control at Akkol",
    byline="Madina Seitova", published="2026-06-13T09:30:00+05:00", body=_S4_B_BODY,
    section="Science",
    related=[("Baiterek complex: next milestones",
              "https://astanachronicle.example/science/baiterek-milestones"),
             ("Spring floods: what satellite data could have changed",
              "https://astanachronicle.example/society/floods-satellite-data")])

_S4_C = _blog_page(
    site="Launch Log Europe", home="https://launchlog.example",
    url="https://launchlog.example/2026/06/friday-night-soyuz-dala-1",
    headline="Friday night Soyuz: Dala-1 and six friends",
    dek="Times in CEST, distances in both units, and a scrub explained",
    author="Posted by Jonas", visible_date="13 June 2026",
    body=_S4_C_BODY,
    comments=[("orbitfan88", "Watched it live from Graz, clear sky and a lovely onboard view."),
              ("Maren", "Thanks for the CEST times, saves me the mental maths.")])


# ---------------------------------------------------------------------------
# Story 5 - court (CONTROL): Vilnius Regional Court, Wednesday 11 February 2026
# ---------------------------------------------------------------------------

_S5_A_BODY = """
VILNIUS, Feb 11 (BNW) - A Lithuanian court on Wednesday sentenced Darius Mockus, the former
chief executive of Vilnius municipal road maintenance company Sostines Gatves, to six years in
prison for taking 412,000 euros in bribes from contractors in return for resurfacing work.

Vilnius Regional Court found that Mockus, 54, steered asphalt contracts worth 23.6 million euros
to two private firms between 2020 and 2023. Prosecutors had asked for an eight-year term.

The court also barred Mockus from working in the public service for five years and ordered the
confiscation of 412,000 euros, the sum it found he had received.

Presiding Judge Ausra Petrauskiene, who took almost three hours to read the verdict, said
Mockus had "treated a public company as a private till".

Of the total, 265,000 euros came from one contractor's owner, the court found. The rest was
paid by a manager of a second firm, Kelio Linija, who was released from criminal liability in
2025 after reporting the payments himself.

Tomas Jankauskas, owner of the paving firm Asfaltas Plius, was convicted of bribery and given a
three-year prison sentence, suspended for two years.

[[AD]]

Mockus's lawyer, Giedrius Kazlauskas, said his client would appeal. "The court relied on the
word of a man who was buying his own leniency," he told reporters outside the courtroom,
referring to a manager at the second contractor who admitted paying bribes and cooperated with
investigators.

The verdict can be challenged at the Court of Appeal of Lithuania within 20 days. The court
did not order Mockus into custody while the appeal period runs, and he left the building with
his lawyer and his wife, declining to speak to journalists.

Mockus, who ran the company from 2019 to 2024, was detained by the Special Investigation Service
(STT), Lithuania's anti-corruption agency, in October 2024. He has denied all the charges. The
trial opened in June 2025.

The city municipality, which owns all of Sostines Gatves, said in a written comment that since
the arrest it had required an external audit of every road contract above 500,000 euros and
moved the company's tenders onto the national electronic procurement platform.

Sostines Gatves maintains most of the Lithuanian capital's streets and employs roughly 600
people. Its current chief executive, Ruta Zukauskaite, was appointed in 2025 after an open
competition.

Corruption cases involving municipal companies have been a recurring theme in Lithuanian
courts. In 2021 a former official in Kaunas's housing department received a four-year sentence
for taking bribes from building contractors.

(Reporting by Egle Vaitkute; Editing by Mark Sorensen)
"""

_S5_B_BODY = """
It took Judge Ausra Petrauskiene nearly three hours on Wednesday to read out the
verdict, and by the time she reached the sentence the public benches in Vilnius Regional Court
had thinned out. Darius Mockus, who ran the city's road maintenance company Sostines Gatves for
five years, listened without expression as she gave him six years in prison.

"The defendant treated a public company as a private till, and the people of Vilnius paid for
it with roads that cracked after two winters," the judge said.

## How the scheme worked

According to the court, between 2020 and 2023 Mr Mockus arranged tender specifications so that
two firms, Asfaltas Plius and Kelio Linija, won resurfacing contracts worth 23.6 million euros in
total. In return he received 412,000 euros.

Of that amount, 265,000 euros came from Tomas Jankauskas, the owner of Asfaltas Plius, partly in
cash and partly through a consultancy agreement with a company registered to Mr Mockus's
brother-in-law. The remaining 147,000 euros were paid by Vytautas Simkus, then a manager at Kelio
Linija.

Mr Simkus admitted the payments, cooperated with the Special Investigation Service and was
released from criminal liability in 2025 under the provision for people who report a bribe
themselves. His testimony was at the centre of the prosecution's case, and at the centre of the
defence's attack on it.

[[FIG|https://vilniusobserver.example/img/2026/02/regional-court.jpg|Darius Mockus, right, with his lawyer in Vilnius Regional Court on Wednesday.|Photo: Vilnius Observer / Lukas Balciunas]]

## Sentence and appeal

Besides the prison term, the court banned Mr Mockus from holding positions in the public service
for five years and ordered the confiscation of 412,000 euros. Prosecutors had asked for eight
years.

Mr Jankauskas was found guilty of bribery and received a three-year sentence, suspended for two
years.

"The court relied on the word of a man who was buying his own leniency," said Giedrius
Kazlauskas, Mr Mockus's lawyer. "We will appeal, and we are confident the Court of Appeal will
read the file differently."

The prosecutor, Laura Butkute of the Prosecutor General's Office, said she was satisfied. "Six
years is less than we asked for, but the court accepted every episode of the charge, and that is
what matters to us."

Either side has 20 days to lodge an appeal.

[[AD|Tax-free shopping at Vilnius Airport: new stores in the departure hall.]]

## A long road to court

Officers of the Special Investigation Service detained Mr Mockus on 15 October 2024 after
searching the company's offices and his home in Pilaite. The trial started in June 2025 and ran
to 31 hearings.

The case is among the largest involving a municipal company in recent years, though not the
first. In 2021 a former official of Kaunas city's housing department was sentenced to four years
for accepting about 96,000 euros from building firms.

At Sostines Gatves, which looks after most of the streets in the capital, the verdict was
received quietly. An engineer who has worked there since 2012 said staff had known for years
that "some contractors never lost". He asked not to be named.
"""

_S5_C_BODY = """
A day after a Vilnius court sentenced the former head of the city's road maintenance company to
six years in prison for bribery, the municipality says it has already changed the way road
contracts are awarded.

Darius Mockus, who ran Sostines Gatves until 2024, was convicted on Wednesday by the Vilnius
Regional Court of taking more than 400,000 euros from two contractors. In return, the court
found, the firms won resurfacing work worth almost 24 million euros.

Deputy Mayor Paulius Stankevicius told Baltic Public Radio that every road contract above half a
million euros now goes through an external audit, and that the company's tenders have moved to
the national electronic procurement system. "The old way let one person write the
specification, run the tender and sign the cheque," he said. "That is no longer possible."

[[AD|Listen live: Baltic Public Radio, weekday mornings from 6.]]

## Appeal ahead

The verdict is not yet final. Mockus's lawyer, Giedrius Kazlauskas, attacked the credibility of
the main prosecution witness, a contractor's manager who admitted paying bribes and was freed
from criminal liability. "The court relied on the word of a man who was buying his own
leniency," Kazlauskas said. He added: "We will appeal."

The defence has 20 days from the verdict to lodge an appeal with the Court of Appeal of Lithuania,
which means a filing is expected by early March.

Alongside the prison term, the court barred Mockus from public service for five years and
ordered the confiscation of the bribe money. Prosecutors had sought a longer sentence, eight
years. The owner of one of the paving firms, Tomas Jankauskas, received a suspended sentence of
three years.

## On the streets

Sostines Gatves maintains most of the capital's streets, about 1,200 kilometres of them. Drivers
in Vilnius have complained for years about patches that break up after a single winter. The
judge, Ausra Petrauskiene, drew the link herself, telling the court that residents had paid for
the scheme with roads that cracked after two winters.

Ruta Zukauskaite, appointed chief executive in 2025, said the company had since reviewed the
warranty terms of all resurfacing work done between 2020 and 2023 and had asked contractors to
repair 37 sections at their own expense.

Anti-corruption campaigners welcomed the sentence but said the case had taken too long.
Mockus was detained by the Special Investigation Service, known by its Lithuanian initials STT,
in the autumn of 2024, and the trial alone lasted eight months.

"Sixteen months from arrest to verdict is not bad by Lithuanian standards," said Rasa
Jurgaityte of the civic group Skaidrus Miestas. "But the contracts went back to 2020. The real
question is why nobody inside the company raised the alarm for four years."
"""

_S5_A = _wire_page(
    site="Baltic Newswire", home="https://www.balticnewswire.example",
    url="https://www.balticnewswire.example/lithuania/vilnius-road-company-chief-jailed-bribery/",
    headline="Former head of Vilnius road company gets six years for bribery",
    dek="Court orders confiscation of 412,000 euros; defence to appeal",
    byline="Egle Vaitkute", published="2026-02-11T13:20:00+02:00", body=_S5_A_BODY,
    section="Lithuania",
    related=[("Latvia's parliament approves defence spending bill",
              "https://www.balticnewswire.example/latvia/defence-spending-bill/"),
             ("Estonian court upholds fine against ferry operator",
              "https://www.balticnewswire.example/estonia/ferry-operator-fine/")])

_S5_B = _paper_page(
    site="Vilnius Observer", home="https://vilniusobserver.example",
    url="https://vilniusobserver.example/news/2026/02/11/private-till-sostines-gatves-verdict",
    headline="'A private till': how the former boss of Sostines Gatves ended up with six years",
    dek="The court accepted the testimony of a contractor's manager who reported his own bribes",
    byline="Ieva Paulauskaite", published="2026-02-11T17:45:00+02:00",
    visible_date="11 February 2026", body=_S5_B_BODY, section="Courts",
    related=[("Vilnius tram project: council vote next month",
              "https://vilniusobserver.example/city/tram-council-vote"),
             ("Opinion: municipal companies need real boards",
              "https://vilniusobserver.example/opinion/municipal-boards")],
    newsletter="The Vilnius Observer daily: news from the capital before breakfast.")

_S5_C = _broadcast_page(
    site="Baltic Public Radio", home="https://www.balticpublicradio.example",
    url="https://www.balticpublicradio.example/en/news/vilnius-road-contracts-after-verdict",
    headline="Vilnius says road contracts tightened after ex-manager's bribery sentence",
    dek="Deputy mayor says external audits now cover every large road contract",
    byline="Baltic Public Radio", published=None, visible_date="12 February 2026",
    body=_S5_C_BODY,
    related=[("Kaunas bus drivers vote on strike",
              "https://www.balticpublicradio.example/en/news/kaunas-bus-strike"),
             ("Klaipeda port cargo rises in January",
              "https://www.balticpublicradio.example/en/news/klaipeda-cargo")])


# ---------------------------------------------------------------------------
# Story 6 - earthquake (PLANTED x2): Namangan region, 3:47 a.m. Thu 19 Nov 2026 (UTC+5)
# ---------------------------------------------------------------------------

_S6_A_BODY = """
TASHKENT, Nov 19 (CAW) - An earthquake of magnitude 5.8 struck the Namangan region of eastern
Uzbekistan at 3:47 a.m. local time on Thursday (2247 GMT on Wednesday), killing at least three
people and injuring 41, the Ministry of Emergency Situations said.

The casualty figures were as of 9 a.m., the ministry said, adding that rescue teams were still
going through damaged houses in villages near the town of Chust.

The epicentre was 18 km north-west of Chust, at a depth of 14 km, according to the Institute of
Seismology of the Uzbek Academy of Sciences.

"This was a shallow event on a known fault, which is why the shaking near Chust was so strong
even though the magnitude was moderate," the institute's director, Bahodir Tursunov, told CAW by
telephone.

Preliminary reports listed more than 800 damaged homes, most of them single-storey houses of
mud brick, the ministry said. Two of the dead were an elderly couple whose roof collapsed while
they slept.

[[AD]]

The tremor was felt across the Ferghana Valley, including in the cities of Namangan, Andijan and
Fergana, and over the border in Osh in Kyrgyzstan. There were no immediate reports of damage
outside Namangan region.

At least 15 aftershocks had been recorded by mid-morning, the strongest of magnitude 4.3 at
5:10 a.m.

Residents of Chust spent the rest of the night outside in temperatures close to freezing,
many of them around fires in the streets. "The walls were moving like cloth," said Zulfiya
Haydarova, a 38-year-old teacher, speaking by phone. "We took the children and ran into the
yard without shoes."

The ministry said it had sent 350 rescuers and 60 vehicles to the area and that tents, heaters
and blankets were on their way from Tashkent.

Hospitals in Chust and in Namangan city were put on an emergency footing, and blood donation
points opened in Namangan in the morning. Gas supplies to the worst affected villages were shut
off as a precaution, and several villages were without electricity after power lines came down.

The government said a commission led by a deputy prime minister would coordinate the relief
effort and assess the damage. Schools in the district were told not to open on Thursday while engineers checked their
buildings for cracks.

The Ferghana Valley, shared by Uzbekistan, Kyrgyzstan and Tajikistan, is one of the most
seismically active parts of Central Asia. A magnitude 5.2 earthquake in neighbouring Pap
district in March 2023 damaged about 300 homes.

(Reporting by Jamshid Nazarov; Editing by Oleg Sarsenov)
"""

_S6_B_BODY = """
The number of people killed by the earthquake that struck Namangan region before dawn on
Thursday has risen to five, the Ministry of Emergency Situations said in its 6 p.m. update.
Sixty-seven people were injured, 19 of whom remained in hospital in the evening.

The magnitude 5.8 earthquake hit at 3:47 a.m., when most families were asleep. Four of the dead
were in the village of Yangiobod in Chust district, close to the epicentre, and one in the
neighbouring village of Bogishamol.

According to the ministry, 1,240 homes were damaged, 86 of them destroyed. About 2,300 people
have been moved to temporary shelters, including school gymnasiums and 600 heated tents set up
on the Chust football ground.

[[FIG|https://uzdailyreview.example/photos/2026/11/chust-tents.jpg|Heated tents on the football ground in Chust on Thursday afternoon.|Photo: Ministry of Emergency Situations press service]]

Emergency Situations Minister Rustam Alimov, who flew to Namangan in the morning and visited
Yangiobod with the regional governor, Shavkat Ergashev, promised quick rebuilding. "No one who
lost a home this morning will spend the winter in a tent," he said. "The state will rebuild
every house before spring, and until then families will be housed in heated accommodation."

## Aftershocks

Bahodir Tursunov, director of the Institute of Seismology, said 23 aftershocks had been recorded
by midday, the strongest of magnitude 4.3. "We expect them to continue for several weeks, but
the probability of a stronger shock is low," he said, urging residents not to return to houses
with visible cracks in load-bearing walls.

The epicentre was located 18 kilometres north-west of Chust at a depth of 14 kilometres.

[[AD|Winter tyres: free fitting at all our Tashkent service centres until the end of November.]]

## Schools closed

Governor Ergashev ordered schools in Chust, Pap and Kosonsoy districts to stay closed until
Monday while engineers inspect the buildings. Three schools and a rural clinic in Chust district
suffered serious damage, he said.

Electricity was restored to most of the affected villages by the afternoon, but gas supply to
about 4,000 households remained cut off as a precaution while pipelines were checked.

Rescue teams finished searching all collapsed houses by 4 p.m., the ministry said, and no one
was believed to be missing.

Volunteers from Namangan city brought bread, water and warm clothes. At the Chust bus station a
group of students sorted donated blankets into piles. "People called us from Tashkent all day
asking where to send things," said one of them, Dilafruz, 20. "By the evening we had more
blankets than we had room for, so now we are asking for gas heaters instead."

The region was last hit in March 2023, when a magnitude 5.2 earthquake in Pap district damaged
around 300 homes but caused no deaths.
"""

_S6_C_BODY = """
The death toll from Thursday's earthquake in eastern Uzbekistan has risen to six, the country's
Ministry of Emergency Situations said on Friday morning, as hundreds of families spent a second
night in tents and shelters.

Seventy-four people were injured. The ministry said an elderly man pulled from the ruins of his
house in Chust district on Thursday had died in hospital overnight.

The magnitude 5.8 earthquake struck at 4:47 a.m. local time on Thursday. Its epicentre lay in
Chust district of Namangan region, in the Uzbek part of the Ferghana Valley.

By Friday morning the ministry counted 1,530 damaged homes, 97 of them destroyed, up from its
figures on Thursday evening as inspection teams reached outlying villages.

[[AD|Radio Eurasia in Uzbek and Russian: listen on our app.]]

More than 40 aftershocks have been recorded since the main shock. Bahodir Tursunov, director of
the Institute of Seismology, said on Friday that the aftershocks were gradually weakening and
would probably continue for weeks.

Emergency Situations Minister Rustam Alimov repeated a pledge he made on Thursday in the worst
hit village, Yangiobod, that no one who had lost a home would "spend the winter in a tent".
Officials said that prefabricated heated cabins would start arriving from Tashkent over the
weekend.

## A night outdoors

In Yangiobod, many families whose houses are still standing chose not to go back inside.
Khurshida Sobirova, 51, said her family had slept in the car. "Every time the ground moves a
little, the children wake up screaming," she said. "We will go back in when someone tells us the
walls are safe."

Night temperatures in the valley have dropped to around minus two degrees Celsius. Local
mosques and schools in Namangan city have opened their halls to displaced families.

## Felt across the border

The earthquake was also felt in Kyrgyzstan's Osh and Jalal-Abad regions. Kyrgyzstan's Ministry
of Emergency Situations said there was no damage on its side of the border.

Kazakhstan sent a cargo plane with tents, beds and generators, which landed in Namangan on
Friday morning, and Kyrgyz officials said a convoy of heaters and blankets would cross the border
later in the day.

Uzbekistan's government has set up a commission to oversee reconstruction. Regional governor
Shavkat Ergashev said the first new houses would be built on the foundations of destroyed ones
where engineers judge the ground to be stable.

The Ferghana Valley is prone to earthquakes. In March 2023, a magnitude 5.2 quake in Pap
district, west of Chust, damaged around 300 homes without causing any deaths.
"""

_S6_D_BODY = """
Short version: a moderate earthquake in the wrong place, at the wrong depth, at the worst time
of night. Longer version below.

## What happened

The main shock occurred at 22:47 UTC on 18 November, which was already Thursday morning in
Uzbekistan. The Institute of Seismology of the Uzbek Academy of Sciences gives magnitude 5.8,
with the epicentre 18 km (11 miles) north-west of Chust in Namangan region and a hypocentral
depth of about 14 km (8.7 miles).

Fourteen kilometres is shallow. Combined with the soft valley-floor sediments around Chust and a
housing stock built largely of unreinforced mud brick, that is enough to explain damage far out
of proportion to the magnitude.

## The tectonic setting

The Ferghana basin is squeezed between the Tien Shan ranges to the north and the Alai and
Turkestan ranges to the south. The northern margin of the basin, where this event sits, is
lined with thrust and reverse faults along which the mountains are being pushed over the valley
floor. The mechanism published so far is consistent with that picture: reverse faulting on a
plane dipping to the north.

Bahodir Tursunov, the institute's deputy director, put it plainly in an interview with a wire
agency: "This was a shallow event on a known fault, which is why the shaking near Chust was so
strong even though the magnitude was moderate." I agree with every word.

[[AD|Support this blog: the seismogram prints in the shop fund the server bill.]]

## Aftershocks

The strongest aftershock so far was a magnitude 4.3 at 00:10 UTC, about an hour and twenty
minutes after the main shock. The sequence looks normal for a shallow reverse event of this
size: a rapid burst, then a steady decay. Several weeks of felt aftershocks would not be
surprising, and none of that activity means a larger shock is coming.

## Comparisons

The obvious comparison is the magnitude 5.2 event in Pap district in March 2023. Magnitude is
logarithmic: a 5.8 releases roughly eight times the energy of a 5.2, and its rupture is
several times larger in area. In 2023 about 300 homes were damaged; this time the ministry's
evening count was above 1,200.

## Casualties

As of the ministry's evening update on Thursday, five people had died and 67 were injured. The
numbers will probably rise as teams reach outlying hamlets in daylight.

## What would help

Retrofitting mud-brick houses is cheap compared with rebuilding them. Timber ring beams, light
roofs and tied corners save lives in this kind of shaking, and several pilot programmes in the
region have shown that villagers adopt them when the cost is shared. Uzbekistan has the
engineers. The money is the question.

Updated Thursday evening with the ministry's latest casualty figures.
"""

_S6_A = _wire_page(
    site="Central Asia Wire", home="https://www.centralasiawire.example",
    url="https://www.centralasiawire.example/region/uzbekistan-namangan-earthquake-2026-11-19/",
    headline="Magnitude 5.8 quake kills at least three in Uzbekistan's Namangan region",
    dek="Shallow earthquake near Chust damages hundreds of mud-brick homes",
    byline="Jamshid Nazarov", published="2026-11-19T05:30:00Z", body=_S6_A_BODY,
    section="Region",
    related=[("Kyrgyzstan opens new hydropower unit on the Naryn",
              "https://www.centralasiawire.example/energy/naryn-unit/"),
             ("Tajikistan raises bread subsidy",
              "https://www.centralasiawire.example/region/tajik-bread-subsidy/")])

_S6_B = _paper_page(
    site="Uzbekistan Daily Review", home="https://uzdailyreview.example",
    url="https://uzdailyreview.example/society/chust-earthquake-toll-rises-to-five",
    headline="Chust earthquake: death toll rises to five, more than 1,200 homes damaged",
    dek="Minister promises to rebuild every house before spring; schools closed until Monday",
    byline="Nodira Usmonova", published="2026-11-19T21:10:00+05:00",
    visible_date="19 November 2026, 21:10", body=_S6_B_BODY, section="Society",
    related=[("How to check your house for earthquake damage",
              "https://uzdailyreview.example/society/check-house-damage"),
             ("Namangan flower festival postponed",
              "https://uzdailyreview.example/culture/flower-festival")],
    newsletter="Uzbekistan's news in English, every evening.")

_S6_C = _broadcast_page(
    site="Radio Eurasia", home="https://www.radioeurasia.example",
    url="https://www.radioeurasia.example/en/uzbekistan-quake-toll-six",
    headline="Uzbekistan quake toll climbs to six as aftershocks keep villagers outdoors",
    dek="More than 1,500 homes damaged in Namangan region; tremor felt in southern Kyrgyzstan",
    byline="Radio Eurasia Central Asia desk", published=None, visible_date="20 November 2026",
    body=_S6_C_BODY,
    related=[("Why the Ferghana Valley shakes",
              "https://www.radioeurasia.example/en/ferghana-valley-seismic-explainer"),
             ("Kyrgyz border posts reopen after winter storm",
              "https://www.radioeurasia.example/en/kyrgyz-border-posts")])

_S6_D = _blog_page(
    site="Seismo Notes", home="https://seismonotes.example",
    url="https://seismonotes.example/2026/11/namangan-m58-shallow-reverse",
    headline="M5.8 Namangan: a shallow reverse-fault quake on the edge of the Ferghana basin",
    dek="Why a moderate magnitude did so much damage near Chust",
    author="A field seismologist's notebook", visible_date=None,
    body=_S6_D_BODY,
    comments=[("geo_k", "Good summary. Any InSAR yet?"),
              ("Marta L.", "The ring-beam point cannot be made often enough.")])


# ---------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------

STORY_1 = _story("cb-RD1", "central bank", "2026-03-20", [
    _page("https://www.caspianwire.example/markets/armenia-central-bank-cuts-rate-2026-03-17/", _S1_A),
    _page("https://www.yerevanledger.example/economy/2026/03/17/central-bank-cuts-key-rate", _S1_B),
    _page("https://frontierrates.example/p/yerevan-moves-first", _S1_C),
], [])

STORY_2 = _story("election-RD2", "election", "2026-05-21", [
    _page("https://www.ponticnews.example/politics/moldova-balti-mayor-first-round-2026-05-17/", _S2_A),
    _page("https://baltitoday.example/news/2026/05/18/rusu-ciobanu-second-round", _S2_B),
    _page("https://www.mpb.example/en/news/politics/balti-runoff-observers", _S2_C),
    _page("https://dniesterdispatch.example/p/balti-first-round-what-it-tells-us", _S2_D),
], [
    ("turnout", r"(?<![\d.,])38[.,]4(?!\d)", r"(?<![\d.,])34[.,]8(?!\d)"),
    ("runoff date", r"(?<!\d)(may 31|31(st)? may)(?!\d)", r"(?<!\d)(june 7|7(th)? june)(?!\d)"),
    ("quote speaker", r"ciobanu", r"lungu"),
])

STORY_3 = _story("trade-RD3", "trade", "2026-10-12", [
    _page("https://www.steppewire.example/business/kazakhstan-uzbekistan-trade-target-12bn/", _S3_A),
    _page("https://www.eurasianfreight.example/road/saryagash-keles-24-7-from-january", _S3_B),
    _page("https://tashkentherald.example/economy/uzbekistan-kazakhstan-12-billion-goal", _S3_C),
], [
    ("signing place", r"turkistan|turkestan", r"shymkent|chimkent"),
    ("quote wording", r"forty hours|in forty minutes|(?<![\d.])40 hours",
     r"four days|in four hours|(?<![\d.])4 days"),
])

STORY_4 = _story("rocket-RD4", "rocket", "2026-06-16", [
    _page("https://orbitaldispatch.example/launch/2026/06/soyuz-dala-1-baikonur", _S4_A),
    _page("https://astanachronicle.example/science/dala-1-reaches-orbit", _S4_B),
    _page("https://launchlog.example/2026/06/friday-night-soyuz-dala-1", _S4_C),
], [])

STORY_5 = _story("court-RD5", "court", "2026-02-14", [
    _page("https://www.balticnewswire.example/lithuania/vilnius-road-company-chief-jailed-bribery/", _S5_A),
    _page("https://vilniusobserver.example/news/2026/02/11/private-till-sostines-gatves-verdict", _S5_B),
    _page("https://www.balticpublicradio.example/en/news/vilnius-road-contracts-after-verdict", _S5_C),
], [])

STORY_6 = _story("earthquake-RD6", "earthquake", "2026-11-22", [
    _page("https://www.centralasiawire.example/region/uzbekistan-namangan-earthquake-2026-11-19/", _S6_A),
    _page("https://uzdailyreview.example/society/chust-earthquake-toll-rises-to-five", _S6_B),
    _page("https://www.radioeurasia.example/en/uzbekistan-quake-toll-six", _S6_C),
    _page("https://seismonotes.example/2026/11/namangan-m58-shallow-reverse", _S6_D),
], [
    ("clock time", r"(?<![\d:.])0?3[:.]47(?!\d)", r"(?<![\d:.])0?4[:.]47(?!\d)"),
    ("person's title", r"(?<!deputy )(?<!deputy-)\bdirector\b", r"deputy[ -]director"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
