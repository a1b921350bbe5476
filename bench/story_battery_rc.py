"""Part RC of the story battery (web pages).

Written by engineer RC1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RC`.

Six invented events in Latin America, each told by three or four invented outlets as whole
saved web pages. cb-RC1 (Central Bank of Chile cuts its policy rate by a quarter point; three
pages): planted a vote split (4-1 in the wire and the newsletter, 3-2 in the national paper)
and a quote given to a different speaker (board president Fuenzalida in the paper,
vice-president Ocampo in the newsletter). court-RC2 (a Peruvian anti-corruption court
sentences a former regional general manager over a Pucallpa hospital contract; three pages):
planted the sentence length (14 years vs 12 years in the Lima paper) and a materially changed
prosecutor quote ("a skeleton of concrete" vs "a hospital without doctors" in the local site).
rocket-RC3 (first orbital launch of a private Brazilian rocket from Alcântara; four pages):
planted the lift-off clock time (6:42 a.m. local / 09:42 UTC vs 6:24 / 09:24 in the trade
site), the launch date (October 15 vs October 5 in the newsletter) and the founder's title
(chief executive vs chief technology officer in the local paper). CONTROLS, with no
disagreement at all: trade-RC4 (Mexico's April 2026 trade balance; three pages),
election-RC5 (a special mayoral election in Yopal, Colombia, with an early and a final
preliminary count; four pages) and quake-RC6 (a magnitude 6.3 earthquake in San Marcos,
Guatemala, with a toll that rises from page to page and a preliminary magnitude later
revised; four pages). All six carry rounding, unit and time-zone conversions, relative dates,
updates, place and title variants, split or paraphrased quotes and look-alike figures.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page building helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _a(s: str) -> str:
    return _html.escape(s, quote=True)


_AD_SLOTS = [
    '<div class="ad-slot ad-inline" data-ad-unit="mid-article-1"><span class="ad-label">'
    'Advertisement</span><a href="https://ads.adnet.example/click?c=4411" rel="sponsored">'
    'Switch your business account and get three months with no fees. Conditions apply.</a></div>',
    '<div class="ad-slot ad-inline" data-ad-unit="mid-article-2"><span class="ad-label">'
    'Sponsored</span><a href="https://ads.adnet.example/click?c=9187" rel="sponsored">'
    'Fly direct this season: fares from $189 one way on selected routes.</a></div>',
    '<aside class="promo-box"><span class="ad-label">Advertisement</span><p>Learn a language '
    'in ten minutes a day. Try the app free for a week.</p></aside>',
]


def _render_body(text: str, site: str) -> str:
    """Paragraphs separated by blank lines; '## ' sub-head; '[AD]' ad; '[IMG caption|credit]'."""
    out: list[str] = []
    ads = 0
    for block in text.strip().split("\n\n"):
        block = " ".join(block.split())
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block == "[AD]":
            out.append(_AD_SLOTS[ads % len(_AD_SLOTS)])
            ads += 1
        elif block.startswith("[IMG ") and block.endswith("]"):
            cap, _, credit = block[5:-1].partition("|")
            out.append('<figure class="inline-photo"><img src="https://cdn.'
                       + site.lower().replace(" ", "").replace("&", "") + '.example/img/'
                       + str(sum(ord(c) for c in cap) % 100000) + '.jpg" alt="' + _a(cap.strip())
                       + '" loading="lazy"><figcaption>' + _e(cap.strip())
                       + ' <span class="credit">' + _e(credit.strip()) + '</span></figcaption>'
                       '</figure>')
        else:
            out.append(f"<p>{_e(block)}</p>")
    return "\n".join(out)


def _related(items: list[str], base: str) -> str:
    lis = "".join(
        f'<li><a href="{base}/{"-".join(t.lower().replace(",", "").replace(":", "").split()[:7])}">'
        f'{_e(t)}</a></li>' for t in items)
    return f"<ul>{lis}</ul>"


def _wire(site: str, base: str, url: str, headline: str, desc: str, section: str,
          byline: str, date: str | None, body: str, related: list[str],
          image: tuple[str, str] | None = None) -> str:
    """Template 1: wire-service page, date (if any) in JSON-LD only."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                          "headline": headline, "mainEntityOfPage": url,
                          "author": [{"@type": "Person", "name": byline}],
                          "publisher": {"@type": "Organization", "name": site}}
    if date:
        ld["datePublished"] = date
    fig = ""
    if image:
        fig = (f'<figure class="lead-photo"><img src="{base}/media/lead.jpg" alt="{_a(image[0])}">'
               f'<figcaption>{_e(image[0])} <span class="credit">{_e(image[1])}</span>'
               f'</figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(desc)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:image" content="{base}/media/lead.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="{base}/static/site.css">
</head>
<body class="article-page">
<a class="skip-link" href="#content">Skip to content</a>
<div id="consent" class="cookie-banner" role="dialog">
<p>{_e(site)} and its partners store small files on your device to measure audiences and keep
you signed in. You can accept all of them or choose which ones to allow.</p>
<button class="accept">Accept all</button> <button class="manage">Manage choices</button>
</div>
<header class="masthead">
<a class="brand" href="{base}/">{_e(site)}</a>
<nav class="primary"><ul><li><a href="{base}/world">World</a></li><li><a href="{base}/americas">Americas</a></li>
<li><a href="{base}/markets">Markets</a></li><li><a href="{base}/politics">Politics</a></li>
<li><a href="{base}/science">Science</a></li><li><a href="{base}/sport">Sport</a></li></ul></nav>
<a class="login" href="{base}/account">Sign in</a>
</header>
<main id="content">
<article class="story">
<p class="kicker">{_e(section)}</p>
<h1 class="headline">{_e(headline)}</h1>
<p class="byline">By {_e(byline)}</p>
<div class="share-tools"><a href="#" class="share-x">Post</a> <a href="#" class="share-fb">Share</a>
<a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button></div>
{fig}
<div class="story-body">
{_render_body(body, site)}
</div>
<p class="standards">Our reporting follows the {_e(site)} Principles of Independence. Report an error:
<a href="{base}/corrections">corrections desk</a>.</p>
</article>
<aside class="rail related"><h3>More on this topic</h3>
{_related(related, base)}
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="{base}/about">About us</a></li><li><a href="{base}/terms">Terms of use</a></li>
<li><a href="{base}/privacy">Privacy</a></li><li><a href="{base}/licensing">Content licensing</a></li></ul>
<p>&copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _paper(site: str, base: str, url: str, headline: str, desc: str, section: str,
           byline: str, date: str | None, body: str, related: list[str],
           image: tuple[str, str] | None = None, visible_date: str | None = None,
           standfirst: str | None = None) -> str:
    """Template 2: newspaper page; date (if any) in article meta tags and a <time>."""
    meta_date = ""
    time_tag = ""
    if date:
        meta_date = (f'<meta property="article:published_time" content="{date}">\n'
                     f'<meta name="pubdate" content="{date}">')
        time_tag = f'<time datetime="{date}" class="published">{_e(visible_date or date[:10])}</time>'
    elif visible_date:
        time_tag = f'<span class="dateline-text">{_e(visible_date)}</span>'
    fig = ""
    if image:
        fig = (f'<figure class="hero"><picture><img src="{base}/images/hero-1200.jpg" '
               f'alt="{_a(image[0])}"></picture><figcaption><span class="caption">'
               f'{_e(image[0])}</span> <span class="photo-credit">{_e(image[1])}</span>'
               f'</figcaption></figure>')
    sf = f'<p class="standfirst">{_e(standfirst)}</p>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(desc)}">
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(desc)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
<meta property="article:section" content="{_a(section)}">
{meta_date}
<link rel="canonical" href="{_a(url)}">
</head>
<body>
<div class="gdpr-notice" id="cookie-notice">We use cookies and similar tools for analytics and to
show ads that help fund our journalism. <a href="{base}/cookie-policy">Read our cookie policy</a>.
<button>OK</button></div>
<a href="#article" class="visually-hidden">Skip to main content</a>
<div class="top-bar"><span>{_e(site)}</span> <a href="{base}/subscribe">Subscribe</a> <a href="{base}/login">Log in</a></div>
<nav class="sections"><a href="{base}/">Home</a> | <a href="{base}/news">News</a> | <a href="{base}/business">Business</a> |
<a href="{base}/opinion">Opinion</a> | <a href="{base}/culture">Culture</a> | <a href="{base}/sport">Sport</a></nav>
<div class="leaderboard ad" data-slot="top">Advertisement</div>
<main>
<article id="article">
<ul class="breadcrumb"><li><a href="{base}/">Home</a></li><li>{_e(section)}</li></ul>
<h1>{_e(headline)}</h1>
{sf}
<div class="meta"><span class="author">{_e(byline)}</span> {time_tag}</div>
<div class="social"><button>Share on WhatsApp</button><button>Share on Facebook</button><button>Share on X</button></div>
{fig}
<section class="article-text">
{_render_body(body, site)}
</section>
<div class="newsletter-signup"><h4>The morning briefing</h4><p>The stories that matter, in your inbox
before breakfast.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="tags">Topics: <a href="{base}/topic/{_a(section.lower().replace(' ', '-'))}">{_e(section)}</a></div>
</article>
<aside class="most-read"><h3>Most read</h3>
{_related(related, base)}
</aside>
</main>
<footer><p>{_e(site)} &middot; <a href="{base}/contact">Contact</a> &middot; <a href="{base}/advertise">Advertise with us</a>
&middot; <a href="{base}/privacy">Privacy notice</a></p><p>Copyright 2026. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""


def _local(site: str, base: str, url: str, headline: str, desc: str, section: str,
           byline: str, body: str, related: list[str], visible_date: str | None = None,
           image: tuple[str, str] | None = None, tagline: str = "") -> str:
    """Template 3: small local site, blog or newsletter; no machine-readable date."""
    posted = f'<p class="posted">{_e(visible_date)}</p>' if visible_date else ""
    fig = ""
    if image:
        fig = (f'<div class="wp-caption"><img src="{base}/wp-content/uploads/photo.jpg" '
               f'alt=""><p class="wp-caption-text">{_e(image[0])} ({_e(image[1])})</p></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:image" content="{base}/wp-content/uploads/share.jpg">
<meta name="generator" content="WordPress 6.7">
</head>
<body class="single single-post">
<a class="screen-reader-text skip-link" href="#primary">Skip to content</a>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to their use.
<a href="{base}/privacy">More information</a> <a href="#" class="cookie-close">Close</a></div>
<header id="masthead"><div class="site-title"><a href="{base}/">{_e(site)}</a></div>
<p class="site-description">{_e(tagline)}</p>
<nav id="site-navigation"><ul><li><a href="{base}/">Home</a></li><li><a href="{base}/category/news">News</a></li>
<li><a href="{base}/category/region">Region</a></li><li><a href="{base}/about">About</a></li>
<li><a href="{base}/donate">Support us</a></li></ul></nav></header>
<div id="primary" class="content-area">
<article class="post">
<header class="entry-header"><span class="cat-links">{_e(section)}</span>
<h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta">{_e(byline)}</div>{posted}</header>
{fig}
<div class="entry-content">
{_render_body(body, site)}
<div class="sharedaddy"><h3>Share this:</h3><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">Print</a></div>
</div>
<div class="subscribe-box"><strong>Get our updates by email.</strong> No spam, one message a day.
<input type="email"> <button>Subscribe</button></div>
</article>
<div id="comments"><h3>Leave a reply</h3><p>Comments are moderated and may take a few hours to appear.</p></div>
</div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2>
{_related(related, base)}
</section><section class="widget ad-widget"><span>Advertisement</span>
<a href="https://ads.localads.example/r?id=55">Hardware, paint and building supplies: delivery in 24 hours.</a></section></aside>
<footer id="colophon"><p>&copy; {_e(site)} 2026 &middot; Proudly independent</p></footer>
</body>
</html>
"""


def _broadcast(site: str, base: str, url: str, headline: str, desc: str, section: str,
               byline: str, date: str | None, modified: str | None, body: str,
               related: list[str], image: tuple[str, str] | None = None) -> str:
    """Template 4: public broadcaster page; dates in JSON-LD and a visible <time>."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "ReportageNewsArticle",
                          "headline": headline, "url": url, "inLanguage": "en",
                          "publisher": {"@type": "Organization", "name": site,
                                        "logo": {"@type": "ImageObject",
                                                 "url": f"{base}/logo.png"}}}
    vis = ""
    if date:
        ld["datePublished"] = date
        vis = f'<time class="pub" datetime="{date}">Published {date[:10]}</time>'
    if modified:
        ld["dateModified"] = modified
        vis += f' <time class="upd" datetime="{modified}">Updated</time>'
    fig = ""
    if image:
        fig = (f'<figure class="media"><img src="{base}/news/photos/main.jpg" alt="{_a(image[0])}">'
               f'<figcaption>{_e(image[0])} <em>{_e(image[1])}</em></figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(desc)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<a href="#main-content" class="skip">Skip to content</a>
<div class="consent-overlay"><h2>Your privacy</h2><p>We use cookies to understand how our public
service is used and to improve it. Some are essential; others you can switch off.</p>
<button>Accept</button><button>Reject optional cookies</button></div>
<div class="live-bar"><a href="{base}/radio/live">Listen live</a> <a href="{base}/tv/live">Watch live</a></div>
<header><a href="{base}/" class="logo">{_e(site)}</a>
<nav><a href="{base}/news">News</a> <a href="{base}/news/region">Regions</a> <a href="{base}/news/economy">Economy</a>
<a href="{base}/programmes">Programmes</a> <a href="{base}/weather">Weather</a></nav></header>
<main id="main-content">
<article>
<div class="section-label">{_e(section)}</div>
<h1>{_e(headline)}</h1>
<div class="article-meta"><span class="by">{_e(byline)}</span> {vis}</div>
{fig}
<div class="rich-text">
{_render_body(body, site)}
</div>
<div class="share-bar"><span>Share this story</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</article>
<section class="more-stories"><h2>Related stories</h2>
{_related(related, base)}
</section>
<div class="newsletter"><h3>Get the evening bulletin</h3><p>Headlines from across the region at 7 p.m.</p>
<input type="email" aria-label="email"><button>Subscribe</button></div>
</main>
<footer><nav><a href="{base}/about">About the broadcaster</a> <a href="{base}/complaints">Complaints</a>
<a href="{base}/accessibility">Accessibility</a> <a href="{base}/privacy">Privacy</a></nav>
<p>Public service media funded by citizens.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (Chile). Planted: vote split; quote speaker.
# ---------------------------------------------------------------------------

_S1_A = _wire(
    "Andes Wire", "https://www.andeswire.example",
    "https://www.andeswire.example/markets/2026/03/24/chile-central-bank-cuts-rate-to-4-25",
    "Chile's central bank trims policy rate to 4.25% in split decision",
    "Chile's central bank lowered its benchmark rate by 25 basis points on Tuesday, with one "
    "board member voting to hold.",
    "Markets", "Felipe Arancibia", "2026-03-24T21:38:00Z", """
SANTIAGO, March 24 (Andes Wire) - Chile's central bank cut borrowing costs on Tuesday, trimming 25 basis points from its benchmark rate to leave it at 4.25% and resuming an easing cycle it had paused in January, as a steady slowdown in inflation outweighed the board's worries about a shaky global backdrop.

The five-member board voted 4-1 for the cut. Councillor Beatriz Lagos Henriquez preferred to keep the rate at 4.50% for another meeting, the bank said in the statement announcing the move, which was published at 6 p.m. local time (2100 GMT).

Economists were divided going in. The bank's own monthly survey of analysts, released on March 10, showed a median expectation that the rate would stay where it was this month and fall to 4.25% only by June, while local swap rates had priced roughly a 60% chance of a move on Tuesday.

[AD]

"The board has decided to bring forward a cut most of us had pencilled in for the second quarter," said Paula Sotomayor, chief economist at Banco Austral in Santiago. "That tells you they now trust the inflation numbers more than they did at the start of the year."

Consumer prices were 3.4% higher in February than a year before, down from an annual rate of 3.9% in January, according to the national statistics institute, INE, which leaves inflation within reach of the bank's 3% target. A core measure that leaves out the most erratic items, such as fuel and fresh produce, rose 3.1% over the same twelve months.

In its statement, the board said the risks around its inflation forecast had become more balanced, but it warned that the international scenario remained a source of considerable uncertainty, pointing to swings in copper prices and the unsettled outlook for U.S. trade policy. It said future moves would depend on incoming data and on how those external risks play out.

## Back to easing

The central bank reduced the rate from 4.75% to 4.50% in December and then left it unchanged at its January 27 meeting, when it said it wanted more evidence that price pressures were fading. Tuesday's reduction is the first since that December move.

Chile's peso closed at 946.70 per dollar before the announcement, little changed on the day. Copper, Chile's main export by far, traded near $4.90 a pound in New York.

The bank will publish its quarterly Monetary Policy Report, known by its Spanish initials IPoM, on Wednesday morning, when board president Mariela Fuenzalida is due to present it to the Senate finance committee and then take questions from reporters. The report will contain updated growth and inflation projections.

[AD]

Some analysts said the dissent could make the next step harder to read. "A 4-1 vote is a reminder that this is not a board on autopilot," said Tomas Irarrazaval, a strategist at the brokerage Cordillera Valores. "I would not assume back-to-back cuts." He expects the rate to end the year at about 4%.

The board will next set rates on April 28.
""", ["Peru's central bank holds reference rate, flags food prices",
      "Copper slips as Chinese factory data disappoints",
      "Chile's jobless rate edges down in three months to February",
      "Analysis: Latin America's rate cutters face a stronger dollar"],
    image=("The headquarters of the Central Bank of Chile in downtown Santiago.",
           "Andes Wire/Ignacio Pardo"))

_S1_B = _paper(
    "Santiago Ledger", "https://www.santiagoledger.example",
    "https://www.santiagoledger.example/business/2026/03/25/central-bank-report-growth-forecast-fuenzalida",
    "Central bank lifts growth forecast and signals room for more cuts",
    "A day after cutting its policy rate, the Central Bank of Chile raised its 2026 growth range "
    "and said inflation is on track.",
    "Business", "By Carolina Mardones", "2026-03-25T22:10:00-03:00", """
The Central Bank of Chile turned more upbeat about this year's economy on Wednesday, lifting its growth range and hinting that borrowing costs could keep falling, a day after it brought its benchmark rate down a quarter point.

Presenting the quarterly Monetary Policy Report to the Senate's finance committee in Valparaiso, the bank's president, Mariela Fuenzalida, said the economy had ended 2025 with more momentum than expected and that household spending was holding up. The bank now sees gross domestic product expanding between 2% and 3% in 2026, compared with a range of 1.75% to 2.75% in its December report.

"Inflation is coming down along the path we drew," Fuenzalida told reporters after the session. "That gives us room to keep easing. It does not give us a reason to hurry."

[IMG Mariela Fuenzalida, president of the Central Bank of Chile, arrives at the Senate in Valparaiso on Wednesday.|Photo: Camila Rojas / Santiago Ledger]

The board lowered the monetary policy rate, known locally as the TPM, to 4.25% from 4.50% on Tuesday evening in a 3-2 vote, restarting a series of reductions it had interrupted in January.

According to the report, annual inflation, which stood at 3.4% in February, should settle at the 3% target during the first quarter of 2027, a few months earlier than the bank projected in December.

## Worries from abroad

Fuenzalida spent much of the press conference on risks from outside Chile. "The external scenario is the piece of the puzzle that worries us most," she said, citing the possibility of new U.S. tariffs and the effect of a slower Chinese economy on demand for copper. The report's central scenario assumes a copper price averaging $4.60 a pound this year.

Asked whether traders were right to bet on two more cuts in 2026, she declined to give a number, saying only that the projected path was consistent with a policy rate close to its neutral level, which the bank puts at around 4%, toward the end of the year.

The peso weakened 0.5% to 951.40 per dollar on Wednesday as traders read the report as a green light for more easing. Yields on two-year peso government bonds fell 9 basis points.

[AD]

## A cautious welcome from business

Small-business groups welcomed the move but said it would take months to reach their credit lines. "A quarter point off the policy rate is good news, but our members are still paying double-digit rates on working capital," said Marcela Toro, who heads the Biobio SME Association in Concepcion.

Hector Vidal, a former member of the central bank's board who now teaches economics at the University of Chile, called the upgrade to the growth forecast "reasonable but not spectacular" and said the bank was right to move step by step. "When you cut into a world like this one, you want the second step to stay optional," he said.

The report also projects a current-account deficit of 2.3% of GDP for this year, slightly narrower than in the December edition.

Fuenzalida is due to appear before the finance committee of the Chamber of Deputies next week. The board meets again on April 28.
""", ["Pension reform: what changes for savers from April",
      "Santiago metro line 7 opening pushed to 2027",
      "Wine exporters count the cost of a weaker harvest",
      "Opinion: the central bank's quiet confidence"],
    image=("The Central Bank of Chile building on Agustinas street.",
           "Photo: Santiago Ledger archive"),
    visible_date="25 March 2026, 22:10",
    standfirst="Fuenzalida tells senators inflation is on track but warns the bank will not rush")

_S1_C = _local(
    "LatAm Rates Monitor", "https://latamratesmonitor.example",
    "https://latamratesmonitor.example/2026/03/26/chile-bcch-cut-ipom-dissent/",
    "Chile: the BCCh cuts, the IPoM nudges, and the dissent matters",
    "Notes on the Central Bank of Chile's 25bp cut, the March IPoM and what the 4-1 vote tells us.",
    "Chile", "By Daniel Whitcombe", """
Quick recap for anyone who was offline: Banco Central de Chile (BCCh) cut the TPM by 25bp to 4.25% on Tuesday, in a statement released at 5 p.m. New York time. The vote was 4-1, with councillor Beatriz Lagos dissenting in favour of a hold at 4.50%. On Wednesday the bank published its March IPoM (Informe de Politica Monetaria) and raised its 2026 GDP growth range to 2.0%-3.0%.

Our call going into the meeting was a hold, in line with the median of the bank's own Economic Expectations Survey. We were wrong, and the more interesting question is why the board moved a month or two earlier than most of the sell side expected.

## Why now

Three things, in our reading. First, February CPI: 3.4% y/y, down half a point from January's 3.9%, with core at 3.1%. Services inflation, the stickiest part of the basket, finally dipped below 4% (3.8%). Second, the IPoM's own inflation path, which now reaches the 3% target in 1Q27. Third, and maybe most important, the board seems to want to get ahead of a possible external shock rather than react to it later.

Vice-president Andres Ocampo put it this way at Wednesday's press conference: "Inflation is coming down along the path we drew, and that gives us room to keep easing; it does not give us a reason to hurry." That last clause is the hawkish half of the message, and it explains a lot about the wording of Tuesday's statement.

[AD]

## The dissent

Lagos voted with the majority in December, when the board unanimously took the rate down from 4.75% to 4.50%, but she has argued in speeches since then that services inflation deserves more respect than it gets. A 4-1 split with a hawkish dissent usually means the next move is not automatic.

Markets seem to agree. After the IPoM, the swap curve prices about 40bp of additional cuts by December, which is one more quarter-point move plus a decent chance of a second. Our own year-end forecast is 4.00%, roughly where the bank puts the neutral rate.

## Regional context

Chile is not moving alone, but it is not moving with the pack either. Peru's BCRP held its reference rate at 4.25% on March 12, the same level Chile has just reached, although the two numbers are not really comparable given Peru's 2% target and much lower inflation (1.9% in February). Colombia's Banrep still has its policy rate at 8.75% after a cautious cut in late January.

For dollar-based investors the currency did most of the talking: the peso lost about half a percent on Wednesday, to a little over 951 per dollar, as the IPoM was read as dovish.

## What to watch

April 8: March CPI from INE. Anything at or below 3.3% y/y keeps a June cut alive.

April 28: next BCCh meeting. We expect a hold, with the next 25bp reduction in June.

Next week: Fuenzalida before the lower house finance committee. Listen for how she frames the copper assumption ($4.60/lb average for 2026 in the IPoM).

As always, nothing here is investment advice. Reply to this email if you want the spreadsheet behind the swap-curve numbers.
""", ["Peru: BCRP on hold, and comfortable there",
      "Colombia: Banrep's January cut, read line by line",
      "Mexico: Banxico minutes and the peso question",
      "Brazil: fiscal noise and the Copom's patience"],
    visible_date="Thursday, March 26, 2026",
    tagline="Independent notes on Latin American central banks")

STORY_1 = _story("cb-RC1", "central bank", "2026-03-28", [
    _page("https://www.andeswire.example/markets/2026/03/24/chile-central-bank-cuts-rate-to-4-25", _S1_A),
    _page("https://www.santiagoledger.example/business/2026/03/25/central-bank-report-growth-forecast-fuenzalida", _S1_B),
    _page("https://latamratesmonitor.example/2026/03/26/chile-bcch-cut-ipom-dissent/", _S1_C),
], [
    ("vote split",
     r"(?<![\d.-])(4|four)\s*(votes?\s*)?(-|–|to)\s*(1|one)(?![\d.-])",
     r"(?<![\d.-])(3|three)\s*(votes?\s*)?(-|–|to)\s*(2|two)(?![\d.-])"),
    ("who said the quote", r"fuenzalida", r"ocampo"),
])


# ---------------------------------------------------------------------------
# Story 2 - court (Peru). Planted: sentence length; prosecutor quote wording.
# ---------------------------------------------------------------------------

_S2_A = _wire(
    "AIN Agencia Iberoamericana de Noticias", "https://english.ain-noticias.example",
    "https://english.ain-noticias.example/americas/20260213/peru-court-sentences-former-ucayali-manager-hospital",
    "Peru court jails former Ucayali regional manager for 14 years over stalled hospital",
    "An anti-corruption court in Lima convicted Wilfredo Cardenas Ruiz of aggravated collusion "
    "in the contract for a hospital wing in Pucallpa.",
    "Americas", "AIN Lima bureau", "2026-02-13T06:15:00+01:00", """
LIMA, Feb 13 (AIN) - A Peruvian anti-corruption court has sentenced Wilfredo Cárdenas Ruiz, who ran the administration of the Ucayali regional government as its general manager, to 14 years in prison for rigging the contract to expand the main public hospital in the Amazon city of Pucallpa.

The three-judge panel of the National Superior Court of Specialized Criminal Justice read out the verdict shortly before midnight on Thursday, local time (05:40 on Friday in Madrid), closing a trial that opened in June and stretched over 46 hearings. Cárdenas, 61, was in the courtroom in Lima and was taken into custody once the reading ended, the court's press office said.

The judges found that Cárdenas, general manager of the regional government between 2019 and 2022, steered a tender worth 148 million soles (about $40 million) in 2020 toward Consorcio Selva Salud, a consortium whose members had never built a hospital. Work on the new wing of the Amazonía Regional Hospital stopped in 2022 with the structure about 37% complete.

[AD]

In the ruling, presiding judge Rocío Alvarado Meza said the tender rules had been written so that only the winning consortium could satisfy them, and that Cárdenas personally signed off on the advance payment to the builders within days of the contract being awarded.

Two co-defendants were also convicted. Óscar Pinedo Saldaña, the region's former director of infrastructure, received nine years, and Luis Alberto Huamán Torres, the consortium's legal representative, six years and eight months. A fourth defendant, a former member of the bid evaluation committee, was acquitted for lack of evidence.

The court ordered the three men to pay, jointly, civil damages of 3.5 million soles (about $950,000) to the regional government, and barred Cárdenas from holding public office for eight years.

Prosecutors had asked for 17 years for Cárdenas. In her closing argument in January, anti-corruption prosecutor Carmen Yauri Paredes told the court: "The people of Ucayali were promised a hospital and were handed a skeleton of concrete."

The case was opened in 2023 after the national comptroller's office flagged irregular payments to the consortium, among them an advance of 29.6 million soles released before any construction had started.

Cárdenas's lawyer, Gustavo Ríos Tello, told reporters outside the courthouse that the ruling rested "on presumptions, not on evidence" and that the defence would take the case to the appeals chamber. "We will win on appeal," he said.

The hospital is the only one in the region with intensive care beds, and patients who need complex surgery are often flown to Lima, about 490 km (305 miles) away. The regional government has said it plans to tender the unfinished works again.
""", ["Peru's Congress debates new rules for regional budgets",
      "Spanish builders eye Andean infrastructure tenders",
      "Bolivia: former minister placed under house arrest",
      "Amazon river levels fall early, hitting Peru's cargo barges"],
    image=("The unfinished wing of the Amazonía Regional Hospital in Pucallpa.", "AIN/Rubén Tapullima"))

_S2_B = _paper(
    "The Lima Chronicle", "https://www.limachronicle.example",
    "https://www.limachronicle.example/politics/2026/02/13/cardenas-sentenced-pucallpa-hospital-collusion",
    "Ex-Ucayali manager gets 12 years for hospital collusion; defence vows appeal",
    "A specialised court convicted Wilfredo Cárdenas and two others over the Pucallpa hospital "
    "contract. The new wing was never finished.",
    "Politics", "By Renata Vásquez", "2026-02-13T15:20:00-05:00", """
Wilfredo Cárdenas Ruiz, the former general manager of the Ucayali regional government, was sentenced on Thursday night to 12 years in prison for aggravated collusion, after a specialised anti-corruption court found that he had fixed the 2020 tender to expand the Amazonía Regional Hospital in Pucallpa.

Presiding judge Rocío Alvarado Meza read the ruling at 11:40 p.m., at the end of a session that lasted more than nine hours. Cárdenas, dressed in a grey suit, listened standing and did not speak. Police officers led him out of the courtroom a few minutes later.

[IMG Wilfredo Cárdenas Ruiz, centre, listens to the verdict in Lima on Thursday night.|Photo: Diego Salazar / The Lima Chronicle]

Alvarado said the evidence showed "a coordinated arrangement" between officials and the winning bidder, Consorcio Selva Salud, including tender rules drafted so that only the consortium could meet them and an advance payment of S/29.6 million approved within a week of the contract being signed.

The contract was worth S/148 million, or roughly US$40 million at current exchange rates. According to the comptroller's office, less than four-tenths of the planned works were ever built before construction stopped in 2022.

The court gave Óscar Pinedo Saldaña, the former regional director of infrastructure, a nine-year term, and sentenced the consortium's legal representative, Luis Alberto Huamán Torres, to six years and eight months. Martha Inga Sánchez, who sat on the bid evaluation committee, was acquitted. The three convicted men must pay S/3.5 million in civil reparation to the region.

[AD]

## A phrase on the placards

Prosecutor Carmen Yauri, who had sought 17 years for Cárdenas, said she would study the written ruling before deciding whether to appeal the length of the sentences. Her case came to be summed up in a line from her closing argument, that the people of Ucayali "were handed a skeleton of concrete", which supporters later painted on placards outside the court.

Defence lawyer Gustavo Ríos said his client would appeal. "This is a conviction built on presumptions," Ríos said. "There is not one document in which my client orders anyone to favour this consortium."

Cárdenas himself, in his final words to the court on Wednesday, insisted he had "never signed anything outside the law".

## Waiting in Pucallpa

In Pucallpa, the capital of Ucayali, the half-built wing still stands next to the old hospital. Its director, Elena Rengifo, told the Chronicle by phone that the hospital is working with far too little room.

"We have ten intensive care beds for a region of more than half a million people," Rengifo said. "The new wing was supposed to add 120 beds, 24 of them for critical care."

The regional government, now under a different administration, has said it will try to restart the works this year under a new contract, at an estimated additional cost of S/96 million.

The ruling can be challenged before the appeals chamber of the same court. Cárdenas will remain in custody while any appeal is heard.
""", ["Cabinet reshuffle: three new ministers sworn in",
      "Lima's water utility warns of summer rationing in eastern districts",
      "Court orders retrial in Arequipa mining protest case",
      "Editorial: regional governments need fewer advances and more audits"],
    visible_date="13 February 2026",
    standfirst="Judges also convicted a former infrastructure director and the contractor's "
               "representative. Patients in Pucallpa are still waiting for the new wing.")

_S2_C = _local(
    "Ucayali Hoy", "https://ucayalihoy.example",
    "https://ucayalihoy.example/2026/02/14/pucallpa-reacciona-condena-cardenas-hospital/",
    "Pucallpa reacts to 14-year sentence: 'Now finish the hospital'",
    "Relief and anger in Pucallpa after the sentence against the former general manager of the "
    "regional government.",
    "Ucayali", "Redacción Ucayali Hoy", """
Relief, anger and one demand, finish the hospital, were the reactions in Pucallpa on Friday after a court in Lima sentenced the former general manager of the regional government, Wilfredo Cárdenas, to 14 years in prison late on Thursday night.

Dozens of people gathered at the entrance of the Amazonía Regional Hospital on Friday morning. Some carried photographs of relatives who died while waiting to be flown to Lima for treatment.

"Fourteen years is fair, but it does not give me back my brother," said Rosa Panduro, 47, a market vendor from the district of Yarinacocha, whose brother died in 2023 after waiting three days for an intensive care bed.

The sentence was read shortly before midnight by the three judges of the anti-corruption court, at the end of a trial that had started in June 2025. Cárdenas, who was general manager of the Ucayali regional government from 2019 to 2022, was found guilty of aggravated collusion for favouring Consorcio Selva Salud in the contract for the hospital's new wing, worth S/ 148 million.

The former regional director of infrastructure, Óscar Pinedo, was sentenced to nine years, and the consortium's representative, Luis Huamán, to six years and eight months.

[AD]

## "Without doctors"

Anti-corruption prosecutor Carmen Yauri Paredes, who led the investigation from Pucallpa before the case was moved to the national court, repeated in her closing argument the phrase many people here remember: "The people of Ucayali were promised a hospital and were handed a hospital without doctors."

Yauri told Ucayali Hoy on Friday that the civil reparation of 3.5 million soles "is a first step", but that the region would need much more money than that to finish the building.

## What happens with the works

The new wing was designed to add 120 beds, 24 of them for intensive care. The old building, which dates from the 1970s, has ten. The regional governor's office said in a statement on Friday that a technical file to restart the works, at an estimated cost of S/ 96 million, will be sent to the Ministry of Economy and Finance in March.

Julio Ahuanari, secretary of the regional doctors' union, said staff shortages were as serious as the unfinished concrete. "Even if they finish the wing tomorrow, who is going to work in it? We have specialists who travel from Lima for ten days a month," he said.

Cárdenas's defence has announced an appeal. His lawyer, Gustavo Ríos, said on a Lima radio station that the ruling was built on presumptions and that he expected the appeals chamber to overturn it.

On the construction site the fence is still up. Neighbours say rainwater collects on the ground floor every wet season, and the steel bars sticking out of the top floor have turned brown with rust.

"Every time I pass by I think of the money," said motorcycle taxi driver Jhon Sinarahua. "They say 148 million. For that, this should be the best hospital in the Amazon."
""", ["Yarinacocha: fishermen report low water at the lagoon",
      "Regional council approves budget for rural roads",
      "Dengue cases fall for third straight week, says health office",
      "Pucallpa airport runway repairs to finish in April"],
    visible_date="14/02/2026",
    tagline="News from Pucallpa and the Ucayali region")

STORY_2 = _story("court-RC2", "court", "2026-02-17", [
    _page("https://english.ain-noticias.example/americas/20260213/peru-court-sentences-former-ucayali-manager-hospital", _S2_A),
    _page("https://www.limachronicle.example/politics/2026/02/13/cardenas-sentenced-pucallpa-hospital-collusion", _S2_B),
    _page("https://ucayalihoy.example/2026/02/14/pucallpa-reacciona-condena-cardenas-hospital/", _S2_C),
], [
    ("prison sentence", r"(?<![\d.])(14|fourteen)[ -]years?", r"(?<![\d.])(12|twelve)[ -]years?"),
    ("prosecutor quote wording", r"skeleton of concrete", r"hospital without doctors"),
])


# ---------------------------------------------------------------------------
# Story 3 - rocket (Brazil). Planted: lift-off time; launch date; founder's title.
# ---------------------------------------------------------------------------

_S3_A = _wire(
    "Atlantic Newswire", "https://www.atlanticnewswire.example",
    "https://www.atlanticnewswire.example/science/2026/10/15/brazil-startup-rocket-reaches-orbit-alcantara",
    "Brazilian startup's rocket reaches orbit on first try from Alcântara",
    "Tangará Aeroespacial's Carcará-1 placed six small satellites in orbit, a first for a "
    "privately built Brazilian launcher.",
    "Science", "Marina Coutinho", "2026-10-15T11:05:00Z", """
ALCÂNTARA, Brazil, Oct 15 (Atlantic Newswire) - A rocket built by the Brazilian startup Tangará Aeroespacial reached orbit on Thursday and released six small satellites, the first time a privately developed Brazilian launcher has completed an orbital mission and a milestone for a space program still marked by a deadly accident at the same base more than two decades ago.

The 21-metre Carcará-1 lifted off from the Alcântara Launch Center on Brazil's northern coast at 6:42 a.m. local time (09:42 UTC), two days after a first attempt was called off with four minutes left on the countdown because of strong winds high above the base.

About nine minutes after launch, the rocket's second stage reached a sun-synchronous orbit roughly 540 km (335 miles) above the Earth, the company said. It then pushed its satellites out one by one over about an hour, and Tangará confirmed at 7:50 a.m. that all six were free and that controllers had picked up signals from the first of them.

[AD]

"Today Brazil stopped being a country that only talks about reaching orbit," Tangará's founder and chief executive, Rafael Tavares Monteiro, told reporters at the launch center. "We built this one here, with Brazilian engineers, and it worked the first time."

Four of the satellites are Brazilian, including two cubesats built by students at the Aeronautics Institute of Technology (ITA) and an agricultural monitoring satellite for the National Institute for Space Research (INPE). The other two belong to an Argentine startup and a Portuguese company. Together they weigh 148 kg.

The Brazilian Space Agency (AEB) paid 34 million reais, about $6.2 million, to fly the four Brazilian payloads under a contract signed in 2024. Its president, Heloísa Prado, called the launch "the day the program grew up" and said the agency would open a second call for launch services next year.

The base sits about 2 degrees south of the equator, which gives rockets an extra push from the Earth's rotation, an advantage Brazil has tried for decades to turn into a business. In August 2003 a VLS-1 rocket built by the government exploded on its launch pad at Alcântara during preparations, killing 21 people.

[AD]

Tangará, based in São José dos Campos in São Paulo state, was founded in 2019 and employs about 240 people. It flew a suborbital version of the rocket to an altitude of 118 km in July 2025.

The Brazilian Air Force, which operates the base, said Thursday's launch window opened at 6:30 a.m. and would have stayed open for 90 minutes.
""", ["Argentina's space agency signs deal for lunar instrument",
      "Satellite operators push for shared rules on orbital debris",
      "Brazil's Embraer lifts delivery forecast",
      "Explainer: why so many rockets launch close to the equator"],
    image=("The Carcará-1 rocket lifts off from the Alcântara Launch Center in Maranhão state.",
           "Atlantic Newswire/Paulo Sarney"))

_S3_B = _paper(
    "Payload & Pad", "https://payloadandpad.example",
    "https://payloadandpad.example/news/2026/10/15/carcara-1-reaches-orbit-tangara-alcantara",
    "Carcará-1 reaches orbit: Tangará deploys six payloads on debut flight",
    "Ethanol-fuelled small launcher flies from Alcântara with 148 kg to SSO; company targets "
    "four launches in 2027.",
    "Launch", "By Jeff Lindqvist", "2026-10-15T19:30:00Z", """
Tangará Aeroespacial's Carcará-1 small launcher reached orbit on its first attempt Thursday, lifting off from Brazil's Alcântara Launch Center (CLA) at 09:24 UTC (6:24 a.m. local) and deploying six satellites into a 540-kilometer sun-synchronous orbit inclined at 97.5 degrees.

The two-stage vehicle burns liquid oxygen and ethanol in both stages. Its first stage is powered by five Jaguar-5 engines producing a combined 310 kN of thrust at sea level, and the second stage uses a single vacuum-optimized version of the same engine.

Stage separation came at T+2:41, fairing jettison at T+3:30 and second-stage engine cutoff at T+8:52, leaving the stack in a preliminary orbit. After a coast and a short circularization burn, payload deployment began at T+54 minutes and ended at T+1:02:10.

[IMG Carcará-1 on the pad at the Alcântara Launch Center before Thursday's launch.|Image: Tangará Aeroespacial]

The manifest: ITA's twin 3U cubesats ITASat-3A and ITASat-3B; the Federal University of Maranhão's 3U Ilha-1; INPE's 62 kg multispectral smallsat Cerrado-1, by far the heaviest passenger; Argentine startup Sur Orbital's 16U Pampa-2; and Porto-based Atlântida Space's maritime tracking satellite Gaivota. Total payload mass was 148 kg.

Mission director Luana Barreto said every stage performed inside its predicted margins. "Second-stage insertion was within two kilometers of target in altitude," she said at the post-launch briefing. "For a first flight, that is about as clean as it gets."

The flight followed a scrub on Tuesday at T-4 minutes, when upper-level wind readings exceeded the vehicle's limits. Tangará CEO Rafael Tavares said the team never considered pushing ahead. "We had one rocket and one chance to make a first impression," he said.

[AD]

## The business case

Tangará says Carcará-1 can place 250 kg into a 500 km SSO, which puts it in the lower half of the small-launch market. The company is quoting about $6.5 million for a dedicated flight and is targeting four launches in 2027, two of them for customers it has not yet named.

Tavares said the company has raised the equivalent of $58 million since its founding, from private investors and public innovation grants. Roughly a third of its 240 employees work on engine production.

The flight also matters for the range. Brazil has spent years courting foreign launch providers for Alcântara since signing a Technology Safeguards Agreement with the United States in 2019, and South Korea's Innospace flew a suborbital test vehicle from the site in 2023. A domestic orbital launcher gives CLA something it has never had: a regular home customer.

CLA sits about 2.3 degrees south of the equator, which helps on eastward launches, although Thursday's polar-type trajectory headed north over the Atlantic and did not benefit much from it.

Next up, according to Barreto, is a full data review, followed by a decision in December on whether the second flight keeps the same engine configuration.
""", ["Rideshare prices fall again as dedicated small launchers multiply",
      "ESA picks two firms for reusable upper stage study",
      "Interview: the engineer who rebuilt Alcântara's tracking network",
      "Range report: Kourou, Wallops and Mahia schedules for November"],
    visible_date="October 15, 2026",
    standfirst="Ethanol-fuelled launcher puts 148 kg into sun-synchronous orbit on its first try")

_S3_C = _local(
    "São Luís Post", "https://saoluispost.example",
    "https://saoluispost.example/2026/10/16/alcantara-celebrates-carcara-launch-residents-ask/",
    "Alcântara cheers as homegrown rocket reaches space, but residents ask what comes next",
    "Students celebrate Maranhão's first satellite; quilombola leaders want the benefits to "
    "reach their villages.",
    "Maranhão", "By Ana Clara Serejo", """
On the waterfront in Alcântara, the small colonial town across the bay from São Luís, fishermen stopped hauling their nets on Thursday morning to watch a white trail climb over the launch center. The launch came at 6:42 in the morning, and by the time the Carcará-1 had disappeared into the clouds, people on the pier were clapping.

The rocket, built by Tangará Aeroespacial, a company from São José dos Campos, placed six satellites in orbit. Among them was the first satellite ever built in Maranhão: Ilha-1, a shoebox-sized cubesat made by students and professors at the Federal University of Maranhão (UFMA).

"It is ours, it was made here in São Luís, and now it is up there," said professor Cláudio Mendes, who coordinated the project at UFMA. The team heard the first signal from Ilha-1 at 9:17 a.m., when the satellite passed over the university's ground station.

[IMG Students from the Federal University of Maranhão follow the launch on a screen in São Luís.|Photo: Ana Clara Serejo]

Tangará's chief technology officer, Rafael Tavares Monteiro, thanked the people of Alcântara in a short speech at the base after the launch. "Nothing here happens without the town," he said.

[AD]

## The other side of the bay

Not everyone in the municipality was celebrating. The launch center occupies a large part of Alcântara's coastline, and leaders of the quilombola communities, villages founded by descendants of people who escaped slavery, have for decades fought its expansion. Several hundred families were moved from the coast in the 1980s to make room for the base.

"We are happy for the students, really," said Maria do Rosário Diniz, president of an association of quilombola communities in Alcântara. "But the rockets go up and the road to our villages is still mud. We want the benefits to come down too."

The Air Force, which runs the base, said after the launch that a community investment program agreed with the municipality will put R$ 12 million into water and road projects this year.

For many families in the region, the launch also brought back memories of August 2003, when a VLS-1 rocket exploded on the pad during preparations, killing 21 workers. Relatives of several of the victims still live in São Luís, and their names are read out every August in a ceremony at the base.

Two days before Thursday's launch, on Tuesday, hundreds of people had gathered on the São Luís waterfront for the first attempt, which was called off at the last minute because of wind. On Thursday the crowd was smaller, and this time the rocket went.

At UFMA, the Ilha-1 team is now planning to use the satellite to collect data from river and tide gauges in the Baixada Maranhense, a wetland region where floods are a yearly problem.

The next Carcará flight is planned for the first half of 2027, the company said.
""", ["São Luís: new ferry schedule to Alcântara starts in November",
      "Heavy rain floods avenues in the city centre",
      "Port of Itaqui breaks monthly grain record",
      "UFMA opens applications for aerospace engineering course"],
    visible_date="Friday, 16 October 2026",
    tagline="São Luís and Maranhão, every day")

_S3_D = _paper(
    "Orbital Notes", "https://orbitalnotes.example",
    "https://orbitalnotes.example/p/carcara-1-brazil-finally-gets-to-orbit",
    "Brazil finally gets to orbit, and it took a startup",
    "Carcará-1 did on its first flight what Brazil's government rockets never managed. Some "
    "notes on why it matters and what to watch.",
    "Newsletter", "Priya Raman", None, """
It took Brazil nearly thirty years of trying, two failed flights of the government's VLS-1 rocket in 1997 and 1999, and one terrible day in 2003, but a Brazilian-built rocket is finally in orbit. Tangará Aeroespacial's Carcará-1 lifted off from Alcântara on October 5 and dropped off six satellites in a 540 km sun-synchronous orbit.

I have been writing about small launchers for long enough to be suspicious of first flights that go perfectly. This one, by every account so far, did. Mission director Luana Barreto said the second stage put the stack within two kilometres of its target altitude, which is better than several established vehicles managed on their debuts.

## What flew

Six payloads, 148 kg in all: four Brazilian (two ITA cubesats, a UFMA cubesat and INPE's 62 kg Cerrado-1), one Argentine and one Portuguese. The Brazilian Space Agency bought the rides for its four payloads for R$34 million, or roughly US$6 million. That is not cheap per kilogram, but the point of the contract was to have a Brazilian rocket fly them at all.

For context, Carcará-1 is rated for 250 kg to a 500 km sun-synchronous orbit, so this flight used a bit under 60% of its capacity. Rocket Lab's Electron, the vehicle everyone in this class gets compared with, lifts roughly 300 kg to low Earth orbit.

[AD]

## Ethanol, of all things

The detail I like most is the fuel. Both stages burn liquid oxygen with ethanol, something almost nobody in the current launch industry does. In Brazil, though, ethanol is sold at every petrol station, and Tangará's engineers have said the choice was about supply chains as much as chemistry. The performance penalty compared with kerosene is real but modest, and the engines run clean.

Tangará's CEO, Rafael Tavares, said after the launch that Brazil had stopped being "a country that only talks about reaching orbit". Fair enough. The harder part is the one that follows: flying again, on schedule, for paying customers. The company is aiming for four launches in 2027.

## Why Alcântara matters

Alcântara's selling point has always been geography: it sits about 2.3 degrees south of the equator, close to the ocean, with clear lanes to the north and east. What it has lacked is traffic. Foreign companies have looked at the site since the 2019 safeguards agreement with the United States, and Innospace of South Korea flew a suborbital rocket there in 2023, but a range needs regular launches to justify its costs. A home-grown vehicle flying several times a year would change that.

There is also a social story that the launch-industry press tends to skip. Quilombola communities around the base have been fighting displacement since the 1980s, and their leaders said this week that they want roads and water before they want more rockets. Any expansion of the range will run into that argument, and it should.

## What to watch

First, the post-flight data review, which Barreto says will decide by December whether the second vehicle flies with the same engine configuration. Second, whether the two unnamed 2027 customers turn out to be foreign. Third, the price: a quoted US$6.5 million for a dedicated launch is competitive only if the cadence is real.

If you were forwarded this, you can subscribe below. Next week: Kourou's winter manifest.
""", ["Issue 87: the rideshare price war, in charts",
      "Issue 86: Kourou after Ariane 6's first busy year",
      "Issue 85: do we need another small launcher?"],
    visible_date="Saturday, October 17, 2026 · Issue 88",
    standfirst="The Carcará-1 debut, the ethanol engines and the argument about Alcântara")

STORY_3 = _story("rocket-RC3", "rocket", "2026-10-19", [
    _page("https://www.atlanticnewswire.example/science/2026/10/15/brazil-startup-rocket-reaches-orbit-alcantara", _S3_A),
    _page("https://payloadandpad.example/news/2026/10/15/carcara-1-reaches-orbit-tangara-alcantara", _S3_B),
    _page("https://saoluispost.example/2026/10/16/alcantara-celebrates-carcara-launch-residents-ask/", _S3_C),
    _page("https://orbitalnotes.example/p/carcara-1-brazil-finally-gets-to-orbit", _S3_D),
], [
    ("lift-off time",
     r"(?<![\d:.])0?(6:42|9:42)(?!\d)",
     r"(?<![\d:.])0?(6:24|9:24)(?!\d)"),
    ("launch date",
     r"(october|oct\.?) 15(?!\d)|(?<![\d.])15 (of )?october",
     r"(october|oct\.?) 5(?!\d)|(?<![\d.])5 (of )?october"),
    ("founder's title",
     r"chief executive|(?<![a-z])ceo(?![a-z])",
     r"chief technology officer|(?<![a-z])cto(?![a-z])"),
])


# ---------------------------------------------------------------------------
# Story 4 - trade (Mexico). CONTROL: no disagreement.
# ---------------------------------------------------------------------------

_S4_A = _wire(
    "Meridian Markets Wire", "https://www.meridianmarkets.example",
    "https://www.meridianmarkets.example/news/2026/05/27/mexico-trade-surplus-april-autos",
    "Mexico posts $1.42 billion trade surplus in April as car exports climb",
    "Mexico swung to a trade surplus in April, beating forecasts, as auto shipments rose at a "
    "double-digit pace.",
    "Economy", "Alejandro Ruiz", "2026-05-27T12:24:00Z", """
MEXICO CITY, May 27 (Meridian) - Mexico ran a $1.42 billion trade surplus in April, a better result than analysts had pencilled in, as exports of vehicles and auto parts grew at a double-digit pace ahead of the review of the North American trade pact, data released on Wednesday showed.

The national statistics agency INEGI said exports rose 8.3% from a year earlier to $54.87 billion, while imports grew 5.1% to $53.45 billion. Analysts polled by Meridian had forecast a surplus of $900 million, according to the median of 12 estimates.

The figures, released at 6 a.m. local time (1200 GMT), follow a deficit of $630 million in March, a number INEGI revised from the $710 million shortfall it first reported last month.

[AD]

Non-oil exports climbed 9.6% to $52.56 billion, led by manufactured goods, which increased 10.2%. Shipments from the auto sector, Mexico's biggest export industry, rose 11.9% to $16.23 billion. Oil exports fell 14.6% to $2.31 billion, extending a long slide as state oil company Pemex keeps more of its crude for domestic refineries.

Among other non-oil goods, agricultural exports totalled $2.17 billion in April and mining exports $910 million, the data showed.

On the import side, purchases of intermediate goods, the parts and materials mostly used by export factories, rose 6.0%, a sign that manufacturing activity is holding up, said Valeria Quintana, chief economist at Banco Altiplano. "This is the kind of import growth you want to see," she said. "It is inputs for factories, not a consumption binge."

Imports of consumer goods rose 2.3% to $7.02 billion, while purchases of capital goods, a rough gauge of business investment, came to $5.45 billion.

Using seasonally adjusted figures, the trade balance showed a deficit of $410 million in April, INEGI said. For the first four months of the year, Mexico ran a cumulative deficit of $3.05 billion.

## Review ahead

Mexico, the United States and Canada are due to hold a joint review of the USMCA trade agreement by July 1, and Mexican officials have been working to keep the review from reopening the pact's rules of origin for cars.

Undersecretary for Foreign Trade Emilio Garza Treviño said in a radio interview that the April data showed "an export sector that is growing inside the rules of the treaty, not around them."

[AD]

The peso was little changed after the release, trading at 17.38 per dollar.

Mexico's trade figures are closely watched because exports are equivalent to roughly a third of the country's gross domestic product, and the bulk of them, around four-fifths, end up in the United States.
""", ["Banxico minutes show board split on pace of cuts",
      "Mexican remittances dip for second month",
      "Mexico's auto output rises in April, INEGI says",
      "Pemex crude output steadies near multi-decade low"])

_S4_B = _paper(
    "Mexico City Courier", "https://mexicocitycourier.example",
    "https://mexicocitycourier.example/business/april-trade-balance-surplus-autos-2026",
    "April trade surplus of US$1.4 billion surprises economists",
    "Auto exports accounted for nearly 30 per cent of shipments; the economy ministry says "
    "rules of origin are being respected.",
    "Business", "Lucía Ferrer", None, """
Mexico sold more to the rest of the world than it bought in April, posting a trade surplus of about US$1.4 billion that was larger than most private forecasts, the National Institute of Statistics and Geography (INEGI) reported this morning.

Exports reached almost US$55 billion, up 8.3 per cent compared with April of last year, and imports totalled US$53.45 billion, an increase of 5.1 per cent.

The result reverses March, when the country recorded a deficit of US$630 million, and came in above the US$1.1 billion surplus projected by Banco Altiplano, one of the most optimistic forecasters ahead of the release.

[IMG Trucks wait to cross into the United States at the World Trade Bridge in Nuevo Laredo.|Photo: Courier archive]

## Cars lead the way

The automotive industry once again did the heavy lifting. Exports of vehicles and parts came to US$16.2 billion, nearly 30 per cent of everything Mexico sold abroad in April and 11.9 per cent more than a year earlier.

"Plants in Coahuila and Guanajuato are running extra shifts to get units across the border before the treaty review," said Valeria Quintana, chief economist at Banco Altiplano. "Part of this is front-loading, and we should not expect it to last all year."

Oil continued to lose weight in the export mix. Petroleum exports dropped 14.6 per cent to US$2.31 billion, only about 4 per cent of the total.

[AD]

## Official optimism

At the economy ministry, the top official for foreign trade, Undersecretary Emilio Garza, said the data confirmed that Mexican exports were growing "inside the rules of the treaty". He told the Courier that Mexico would go to the July review of the T-MEC, as the USMCA is known in Spanish, with "numbers that speak for themselves".

Not all economists were so upbeat. Rodrigo Salinas, an economist at El Colegio de México, noted that on a seasonally adjusted basis the balance was in deficit, at US$410 million, and that the cumulative figure for January to April still showed a shortfall of about US$3 billion. "One good month does not change the picture," he said.

Imports of consumer goods rose a modest 2.3 per cent to US$7.02 billion, in line with the cooling of household spending seen in retail figures this spring. Purchases of intermediate goods, which feed the export assembly plants, reached US$40.98 billion.

For the government, which has promised to bring more manufacturing investment to the south of the country, the April figures offer little regional detail. INEGI publishes exports by state only quarterly, with a delay of several months.

The next monthly trade report, covering May, is scheduled for late June.
""", ["Metro Line 1 reopens after modernisation works",
      "Peso holds steady as investors await Banxico decision",
      "Restaurants in Roma and Condesa report tourist boom",
      "Opinion: the T-MEC review is about more than cars"],
    visible_date="May 27, 2026 | 2:15 p.m.",
    standfirst="Auto exports make up nearly 30 per cent of shipments; economy ministry says "
               "exports respect the treaty's rules")

_S4_C = _local(
    "NearShore Trade Letter", "https://nearshoretradeletter.example",
    "https://nearshoretradeletter.example/2026/05/29/april-numbers-from-the-laredo-side/",
    "April's numbers from the Laredo side: autos up, oil down, and a surplus few called",
    "What Mexico's April trade data looked like from the border crossings, and what to watch "
    "before the USMCA review.",
    "Data", "By Carla Benavides, Laredo", """
Wednesday's INEGI release landed at 7 a.m. Laredo time, and by mid-morning the phones at customs brokerages along the river were busy with clients asking the same question: is the auto surge real?

Short answer: yes, for now. Mexico posted a US$1,420 million trade surplus last month, against a median forecast of US$900 million in the Meridian survey. Automotive exports rose 11.9 per cent year-on-year to US$16,230 million.

The headline numbers: exports of US$54,870 million (+8.3%) and imports of US$53,450 million (+5.1%). Oil exports fell to US$2,310 million (-14.6%). Non-oil exports, which are what actually moves through our bridges, grew 9.6%.

[AD]

## What the bridges saw

The city-run bridge system counted an average of about 21,800 northbound trucks a day in April, up from roughly 20,400 a day a year earlier. That is a 7% increase in crossings, a little below the growth in export value, which fits with what brokers are telling us: more expensive cargo per truck, especially finished vehicles and engines.

"We moved more auto parts in April than in any month since we opened in 2011," said Tom Whitaker, president of Río Bravo Logistics. "Everyone wants their product on the U.S. side before July, just in case."

On the southbound side, imports of intermediate goods, the components that feed the maquiladoras, rose 6.0% to US$40,980 million.

## Units are not dollars

A reminder, because we get this question every month: INEGI's separate report on the light-vehicle industry, published earlier in May, showed exports of 287,400 vehicles in April. That is a count of units. The US$16,230 million figure in the trade report is a value and also includes parts, so the two series do not line up one to one.

## Revisions and seasonal adjustment

INEGI revised March's balance to a deficit of US$630 million, from an initial estimate of US$710 million. Revisions of that size are routine and worth remembering when anyone starts celebrating a single month.

On a seasonally adjusted basis, April was actually a US$410 million deficit. And the year to date still shows a cumulative shortfall of US$3,050 million for January through April.

## Looking ahead

The three governments are due to complete their joint review of the USMCA by July 1. Undersecretary Emilio Garza's line that exports are growing "inside the rules of the treaty" will be tested if Washington pushes for tighter regional content requirements on vehicles.

We will be at the customs brokers' conference in Monterrey on June 18 and 19. If you are going, write to us.
""", ["Port of Laredo tops Los Angeles again in April",
      "New FAST lanes at World Trade Bridge: what changes for carriers",
      "Cold-chain capacity in Nuevo León is running short",
      "Brokers' corner: the paperwork behind a certificate of origin"],
    visible_date="Issue 212 · Friday, May 29, 2026",
    tagline="Cross-border trade, logistics and customs")

STORY_4 = _story("trade-RC4", "trade", "2026-05-30", [
    _page("https://www.meridianmarkets.example/news/2026/05/27/mexico-trade-surplus-april-autos", _S4_A),
    _page("https://mexicocitycourier.example/business/april-trade-balance-surplus-autos-2026", _S4_B),
    _page("https://nearshoretradeletter.example/2026/05/29/april-numbers-from-the-laredo-side/", _S4_C),
], [])


# ---------------------------------------------------------------------------
# Story 5 - election (Colombia). CONTROL: no disagreement (early and final counts).
# ---------------------------------------------------------------------------

_S5_A = _wire(
    "Hemisphere Press Service", "https://www.hemispherepress.example",
    "https://www.hemispherepress.example/americas/colombia/2026/09/13/yopal-special-mayoral-election-duarte-leads",
    "Duarte heads for victory in Yopal's special mayoral vote with nearly all ballots counted",
    "Civil engineer Hernán Duarte leads a special election for mayor of Yopal, capital of "
    "Colombia's Casanare department.",
    "Americas", "Camilo Restrepo", "2026-09-13T22:20:00Z", """
YOPAL, Colombia, Sept 13 (HPS) - Civil engineer Hernán Duarte Cely was on course to become mayor of Yopal, the capital of Colombia's eastern Casanare department, after a special election on Sunday, with preliminary results from 98.91% of polling tables giving him a lead of more than 3,700 votes.

Duarte, backed by a coalition of the Liberal Party and the Green Alliance, had 21,610 votes, or 43.47% of valid ballots, according to the National Civil Registry's preliminary count published at 5:08 p.m. local time. Lawyer Sandra Milena Pinzón Rojas had 17,893 votes (35.99%), and former city council president Fabio Andrés Gutiérrez was third with 6,832.

The election was called after the Council of State, Colombia's top administrative court, annulled the election of the previous mayor, Jairo Camacho, in May, ruling that he had broken the ban on belonging to two parties at the same time. Yopal has been run since then by an interim mayor appointed by the governor of Casanare.

[AD]

Leidy Carolina Barrera, a community leader from the city's southern neighbourhoods, trailed with less than 4% of valid votes.

Duarte voted shortly after polls opened, at a school in the city centre. "Whatever the result, today Yopal gets its institutions back," he told reporters. Pinzón, who voted in the north of the city, said she expected a close count and urged young people to turn out.

Polling stations opened at 8 a.m. and closed eight hours later. Some 121,348 people were registered to vote in the city of about 180,000 inhabitants, which sits at the foot of the eastern Andes and serves as the hub of an oil-producing region.

The registry's delegate in Casanare, Mauricio Sierra, said voting had gone smoothly. "We had no incidents that affected the normal course of the election at any of the 41 polling stations," Sierra told reporters. More than 1,100 police officers and soldiers were deployed to guard the vote.

A survey published on Sept. 8 by the Observatorio Electoral del Llano had shown Duarte with 38% and Pinzón with 35%, a gap inside the poll's margin of error of 4.1 percentage points.

Duarte, 47, was Casanare's infrastructure secretary until 2025 and campaigned mainly on fixing the city's unreliable water supply. Pinzón, 39, a former city councillor, promised a tougher approach to crime.

The winner will serve out the rest of the 2024-2027 term, which ends on Dec. 31, 2027.

The figures are preliminary. Electoral commissions will begin the official tally on Monday.
""", ["Colombia's peace talks with armed group resume in Caracas",
      "Oil output in Casanare falls for third month",
      "Bogotá metro's first trains arrive from China",
      "Explainer: how Colombia's preliminary vote count works"])

_S5_B = _broadcast(
    "Señal Pública Noticias", "https://www.senalpublica.example",
    "https://www.senalpublica.example/noticias/regiones/yopal-elige-a-hernan-duarte-alcalde",
    "Hernán Duarte wins Yopal mayoralty; Pinzón concedes",
    "With all tables counted, Hernán Duarte Cely is the mayor-elect of Yopal. Turnout was 42.1%.",
    "Regions", "Diana Morales, Yopal correspondent",
    "2026-09-13T19:55:00-05:00", "2026-09-13T21:10:00-05:00", """
Hernán Duarte Cely will be the next mayor of Yopal. With 100% of polling tables counted in the preliminary count, the former departmental infrastructure secretary won Sunday's special election with 21,874 votes, 43.48% of the valid vote, the National Registry reported at 6:40 p.m.

Sandra Milena Pinzón came second with 18,102 votes (35.98%), followed by Fabio Andrés Gutiérrez with 6,911 (13.74%) and Leidy Carolina Barrera with 1,988 (3.95%). The blank vote received 1,436 ballots.

Pinzón conceded about half an hour later in a short statement at her campaign headquarters. "The numbers are clear and I accept them," she said, adding that she had called Duarte to congratulate him. "Yopal needs a mayor who governs for everyone, and I will be watching that he does."

[IMG Supporters of Hernán Duarte celebrate in the centre of Yopal on Sunday night.|Photo: Señal Pública]

Turnout was 42.1%: 51,124 of the 121,348 registered citizens cast a ballot, a total that includes 612 null ballots and 201 left unmarked.

Speaking to several hundred supporters in the city centre, Duarte thanked his rivals and went straight to his main campaign promise. "Yopal voted for water, not for promises. Tomorrow morning we start working on the aqueduct," he said.

[AD]

Duarte, 47, a civil engineer, led Casanare's infrastructure department until 2025 and ran for a coalition of the Liberal Party and the Green Alliance. Pre-election polling had pointed to a tighter race: the last survey by the Observatorio Electoral del Llano gave him a lead of only three points over Pinzón, well inside its margin of error.

Gutiérrez, a former president of the city council, congratulated the winner on social media and said his movement would act as an independent force on the council.

The special election, which cost about 3.2 billion pesos (roughly $780,000) to organise, was called after the Council of State annulled the 2023 election of mayor Jairo Camacho for belonging to two parties at once.

The interim mayor, Liliana Ortiz, said she would begin the handover as soon as the electoral authorities issue Duarte's credential. The official count by electoral commissions starts on Monday at 9 a.m.

A local observer network said it had received 14 complaints during the day, most of them about alleged vote buying near two polling stations in the south of the city. None was serious enough to affect the result, its coordinator said.

Duarte will govern until the end of 2027. His coalition has five of the 17 seats on the city council, which means he will need allies to approve his first budget.
""", ["Casanare: heavy rain cuts road to Paz de Ariporo",
      "Government announces new rural electrification plan for the Llanos",
      "Special elections: three more municipalities to vote before December",
      "Registry launches app to check your polling station"],
    image=("Vote counting at a polling table in Yopal.", "Señal Pública/Diana Morales"))

_S5_C = _local(
    "Casanare Today", "https://casanaretoday.example",
    "https://casanaretoday.example/2026/09/14/duarte-win-where-the-votes-came-from/",
    "Duarte's win: where the votes came from and what he promised for his first 100 days",
    "The mayor-elect of Yopal won the city's urban communes; Pinzón did better in the rural "
    "villages. His first decree will deal with water.",
    "Yopal", "By Julián Vargas", """
Yopal woke up on Monday with a mayor-elect. Hernán Duarte Cely, who won Sunday's special election with 43.5% of the vote, spent the morning at the city's main water treatment plant, where he told Casanare Today that his first decree would deal with the water service.

On Sunday night Duarte told supporters that Yopal had "voted for water, not for promises". On Monday he said the first step would be an emergency contract to repair the intake that fails every time the river rises. "We start working on the aqueduct now, not in January," he said.

## Where the votes came from

Duarte's margin over Sandra Milena Pinzón, who finished with nearly 36%, was 3,772 votes. He won clearly in the urban communes, where most of the city's 41 polling stations are located. Pinzón did better in the rural villages: at the nine rural polling stations she received 3,046 votes against 2,611 for Duarte.

[AD]

Just over four in ten registered voters went to the polls, a turnout that several candidates had feared would be lower. Election day was a Sunday without rain, and the registry had added buses to the rural stations.

Pinzón accepted the result on Sunday night, saying the numbers were clear, and promised to keep a close eye on the new administration. Fabio Andrés Gutiérrez, the former president of the city council, who finished third with 6,911 votes, said on Monday that he would not join the new government but would support "any project that brings water to the neighbourhoods".

## The first 100 days

Duarte's programme lists five priorities for his first 100 days: the water intake, a plan for the neighbourhoods that still depend on tanker trucks, the security council, a review of contracts signed by the interim administration, and the city's budget for 2027.

The interim mayor, Liliana Ortiz, has held the post since May, when the Council of State annulled the election of Jairo Camacho. She said the handover committee will meet on Wednesday.

Duarte will have a little over 15 months in office: the term ends on December 31, 2027. The official scrutiny by the electoral commissions began this morning, and the registry expects to hand over the credential later this week.

"Fifteen months is very little time," said Marta Cecilia Rincón, president of the Community Action Board of the La Campiña neighbourhood. "If he fixes the water, people will remember him. If not, nobody will."
""", ["Yopal: tanker trucks return to five neighbourhoods",
      "Casanare's coffee growers count on late rains",
      "Interim mayor signs last road contracts",
      "Registry confirms 41 polling stations for Sunday's vote"],
    tagline="News from Yopal and the Llanos")

_S5_D = _paper(
    "Urna Data", "https://urnadata.example",
    "https://urnadata.example/analysis/yopal-2026-special-election-in-five-numbers",
    "Yopal's special election in five numbers",
    "Turnout, margin, blank vote, the count that barely moved, and what the election cost per "
    "voter.",
    "Analysis", "By Natalia Ospina", "2026-09-15T13:00:00Z", """
Special elections in Colombia, the ones held outside the normal calendar when a mayor or governor is removed, tend to get little attention outside the place that holds them. Sunday's vote in Yopal deserves a closer look. Here it is in five numbers, using the registry's preliminary count at 100% of tables.

## 1. Turnout: 42.13%

Of 121,348 registered voters, 51,124 cast a ballot, counting 612 null and 201 unmarked ones. That is low by the standards of ordinary local elections, but special elections almost always draw fewer people, and this one was held in a month with no other vote on the calendar. Polls closed at 4 p.m. local time, which was 5 p.m. in Miami and 11 p.m. in Madrid, for readers following from abroad.

## 2. Margin: 3,772 votes

Hernán Duarte Cely finished with 21,874 votes and Sandra Milena Pinzón Rojas with 18,102. As a share of valid votes, which in Colombia include the blank vote, that is 43.48% against 35.98%, a gap of 7.5 points.

The last published poll, by the Observatorio Electoral del Llano, had Duarte at 38% and Pinzón at 35%. Those shares were calculated over all respondents, including undecided ones; once the undecided are set aside, the poll's split becomes roughly 42% to 39%, which is not far from what happened.

[AD]

## 3. Blank vote: 2.85%

The blank vote took 1,436 ballots. That is small, but it is more than the margin in some recent municipal contests, and it is a reminder that in Colombia the blank vote is a formal option, not a spoiled ballot. Had it won an absolute majority, the election would have had to be repeated with new candidates.

## 4. The count that barely moved: 98.91% to 100%

At 5:08 p.m. the registry's bulletin with 362 of 366 tables reported gave Duarte 21,610 votes, or 43.47%. The final preliminary bulletin, at 6:40 p.m., had him at 21,874, or 43.48%. The last four tables added 264 votes to his total and 209 to Pinzón's. No surprises, which is what you want from a count.

## 5. Cost per voter: about 62,600 pesos

The registry put the cost of organising the election at about 3,200 million pesos, roughly US$780,000. Divided by the 51,124 people who voted, that is about 62,600 pesos per ballot cast. A special election is the price of a removed mayor, and somebody should be asking whether that cost can be brought down.

## What comes next

The electoral commissions began the official scrutiny on Monday. Once it is finished and the credential is issued, Duarte will serve until December 31, 2027. We will publish the full table-by-table data set once the scrutiny results are posted.
""", ["Atypical elections in 2026: the full list",
      "Blank vote: what happens if it wins",
      "How accurate were Colombia's local polls in 2023?",
      "Method note: how we clean the registry's table-level files"],
    visible_date="15 September 2026",
    standfirst="Turnout, margin, blank vote, the count that barely moved and the cost per voter")

STORY_5 = _story("election-RC5", "election", "2026-09-17", [
    _page("https://www.hemispherepress.example/americas/colombia/2026/09/13/yopal-special-mayoral-election-duarte-leads", _S5_A),
    _page("https://www.senalpublica.example/noticias/regiones/yopal-elige-a-hernan-duarte-alcalde", _S5_B),
    _page("https://casanaretoday.example/2026/09/14/duarte-win-where-the-votes-came-from/", _S5_C),
    _page("https://urnadata.example/analysis/yopal-2026-special-election-in-five-numbers", _S5_D),
], [])


# ---------------------------------------------------------------------------
# Story 6 - earthquake (Guatemala). CONTROL: no disagreement (toll rises over time).
# ---------------------------------------------------------------------------

_S6_A = _wire(
    "Continental Press Agency", "https://www.continentalpress.example",
    "https://www.continentalpress.example/world/americas/2026/06/10/guatemala-earthquake-san-marcos",
    "Deadly quake jolts Guatemala's San Marcos near Mexican border",
    "A strong earthquake struck the department of San Marcos near the Mexican border on "
    "Tuesday night.",
    "World", "Lucas Ajanel", "2026-06-10T03:55:00Z", """
GUATEMALA CITY, June 9 (CPA) - Western Guatemala was jolted by a powerful earthquake late on Tuesday that left at least two people dead in San Marcos, a mountainous department on the Mexican border, and sent people hurrying out of their homes as far away as the capital, officials said.

The quake measured 6.3 by the reckoning of the U.S. Geological Survey, which said it hit at 9:14 p.m. local time (0314 GMT Wednesday) at a depth of 68 km (42 miles), with its epicentre 11 km (7 miles) south-southwest of the town of San Pablo. Guatemala's seismology institute, INSIVUMEH, gave a preliminary magnitude of 6.5.

The two victims died when an adobe wall fell onto a house in San Pablo, said Julio Estrada Monzón, spokesman for the national disaster agency CONRED. "We are still receiving reports from the municipalities, and the number could change during the night," Estrada said.

[AD]

Power went out in parts of San Marcos and neighbouring Quetzaltenango, and local radio stations described cracked walls and broken windows in the centre of the departmental capital, also called San Marcos. Video posted on social media showed part of a church façade coming down in San Pedro Sacatepéquez.

In San Pablo, a farming town close to the border, residents said they spent the night in the street. "Everything danced, the pots fell off the shelves, and the dogs were barking before we felt anything," shopkeeper Rigoberto Chun said by phone. He said several houses on his street had lost their roofs and that many families had no electricity or running water.

The shaking was also felt strongly in Tapachula, in the Mexican state of Chiapas, where the state's civil protection office said initial checks had found only minor damage. In Guatemala City, about 165 km (100 miles) to the east, some office workers on late shifts left their buildings.

Western Guatemala sits over a subduction zone, where the oceanic Cocos plate slides under the edge of the continent, and people there feel a noticeable tremor several times a year. The department of San Marcos was badly hit by the magnitude 7.4 earthquake of November 7, 2012, which was centred off the Pacific coast and destroyed thousands of homes.

CONRED said teams were travelling to the most affected municipalities and asked residents to stay away from damaged buildings during the night. Hospitals in San Marcos and Malacatán moved some patients into courtyards as a precaution while engineers checked the wards.

[AD]

The Education Ministry was expected to announce later whether schools in the region would open on Wednesday.
""", ["Mexico's Colima volcano shows renewed activity",
      "Guatemala's coffee exports rise on higher prices",
      "Central America braces for an active hurricane season",
      "How earthquake magnitudes are calculated, and why they change"],
    image=("People gather in a street in San Marcos, Guatemala, after the earthquake on Tuesday night.",
           "CPA/Mynor Ixcot"))

_S6_B = _broadcast(
    "RPG Noticias", "https://www.rpgnoticias.example",
    "https://www.rpgnoticias.example/nacionales/terremoto-san-marcos-cinco-muertos-conred",
    "San Marcos quake: five dead, 31 injured as CONRED assesses damage",
    "The death toll from Tuesday night's earthquake in San Marcos rose to five, according to "
    "CONRED's morning report.",
    "National", "RPG Noticias, with reporting from San Marcos by Ixchel Pérez",
    "2026-06-10T08:40:00-06:00", "2026-06-10T10:05:00-06:00", """
Five people are now known to have died in Tuesday night's magnitude 6.3 earthquake in the department of San Marcos, the national disaster reduction agency, CONRED, said in its 7 a.m. report on Wednesday. Three people died in the municipality of San Pablo and two in Malacatán; 31 people were injured.

CONRED's preliminary count lists 640 damaged homes, most of them built of adobe, along with four schools and two health centres. More than 900 people spent the night in shelters or outdoors.

The national institute of seismology, volcanology, meteorology and hydrology, INSIVUMEH, revised the magnitude to 6.3 overnight, down from a preliminary 6.5, bringing it into line with the figure calculated by the US Geological Survey. The earthquake struck at 9:14 on Tuesday night at a depth of about 68 kilometres.

"A deep earthquake like this one spreads its energy over a wide area. That is why it was felt from Tapachula to Guatemala City, and why the damage is spread out rather than concentrated in one place," INSIVUMEH seismologist Ana Lucía Tzoc told RPG's morning programme.

[IMG Residents of San Pablo, San Marcos, inspect a collapsed adobe house on Wednesday morning.|Photo: Ixchel Pérez / RPG]

Tzoc said the institute had recorded 24 aftershocks by 7 a.m., the strongest of them of magnitude 4.8, shortly after 11 p.m. on Tuesday.

CONRED spokesperson Julio Estrada urged residents not to go back into houses with cracked walls. "If your house has cracks in its load-bearing walls, please do not sleep inside tonight, even if it looks like it is standing. The aftershocks can finish what the earthquake started," he said.

[AD]

The municipality of San Pablo opened its sports hall as a shelter, and the Red Cross said it had sent two lorries with blankets, water and hygiene kits from Quetzaltenango before dawn.

The Ministry of Education suspended classes in all schools in San Marcos department on Wednesday and Thursday so that engineers can inspect the buildings.

A landslide blocked the road between San Marcos and Tacaná for several hours overnight; road maintenance crews reopened one lane at dawn. In Malacatán, near the border with Mexico, municipal workers spent the morning clearing rubble from the market area, where the two victims in that municipality were found.

The earthquake was felt in at least 12 of Guatemala's 22 departments. In Quetzaltenango, the country's second city, firefighters said they had answered dozens of calls but found no serious structural damage overnight.

RPG's mobile unit will broadcast from San Pablo throughout the day, and our regional studio in Quetzaltenango will take calls from listeners looking for relatives.
""", ["How to check your house for damage after an earthquake",
      "Red Cross opens collection centres in the capital",
      "Aftershocks: what to expect in the coming days",
      "San Marcos: the 2012 earthquake, ten questions answered"],
    image=("A damaged house in San Pablo, San Marcos.", "RPG/Ixchel Pérez"))

_S6_C = _local(
    "Xela Correo", "https://xelacorreo.example",
    "https://xelacorreo.example/2026/06/10/quake-toll-rises-to-seven-two-missing-tajumulco/",
    "Quake toll rises to seven in San Marcos; two missing in Tajumulco",
    "CONRED's evening report counts seven dead, 48 injured and two missing after Tuesday's "
    "earthquake.",
    "Western region", "Edgar Xicará / Redacción", """
Seven people are now confirmed dead and two are missing after Tuesday night's earthquake, according to the report CONRED released at 6 p.m. on Wednesday. The two missing people live in a village in Tajumulco municipality, where a landslide buried two houses on the slope of the volcano.

By municipality, CONRED lists three deaths in San Pablo, two in Malacatán, one in Tajumulco and one in the departmental capital, San Marcos, where an elderly man died in hospital from head injuries. The number of injured has reached 48.

The count of damaged homes has almost doubled during the day, to 1,240, from the 640 reported in the morning, as inspection teams reached villages that had been cut off overnight.

[AD]

The earthquake, of magnitude 6.3, struck at 9:14 p.m. on Tuesday. INSIVUMEH first gave a magnitude of 6.5 and corrected it a few hours later. Its epicentre was in San Marcos department, south-southwest of San Pablo, about 55 km (34 miles) west of Quetzaltenango.

In Quetzaltenango the shaking lasted around 40 seconds. Municipal firefighters checked 23 buildings with new cracks, most of them in zone 1, and closed two to the public as a precaution. No one was hurt in the city.

In Tajumulco, volunteers and soldiers were digging with shovels on Wednesday afternoon. "The ground is soft and it keeps moving, so we have to stop every time there is an aftershock," said a firefighter who asked not to be named. More than 40 aftershocks had been recorded by the afternoon.

CONRED spokesman Julio Estrada repeated his warning that families should not sleep in houses with cracked walls, because "the aftershocks can finish what the earthquake started".

## "Sheet metal, blankets and water"

"We need sheet metal, blankets and water, in that order," the mayor of San Pablo, Efraín Bámaca, told Xela Correo by phone. He said around 300 families in his municipality had lost their roofs or had walls collapse.

The government sent Congress a request to declare a state of calamity in the departments of San Marcos and Quetzaltenango. Deputies are due to vote on it on Thursday.

Schools in San Marcos department will stay closed on Thursday as well. In Quetzaltenango, classes continued normally on Wednesday.

For many families in San Marcos, the night brought back memories of November 2012, when a stronger earthquake off the coast destroyed thousands of homes in the department. "This one was shorter, but it felt deeper, like it came from below the house," said Doña Amalia Fuentes, 68, who sleeps in her courtyard under a plastic sheet.

Collection points for donations have been set up at the Xela Correo offices and at the municipal fire station.
""", ["Donations: where to take food and clothing for San Marcos",
      "Quetzaltenango: water service restored in zones 3 and 7",
      "Coffee harvest outlook in the western highlands",
      "Photo gallery: the night of the earthquake"],
    image=("Volunteers search for missing people in Tajumulco on Wednesday.", "Xela Correo"),
    tagline="Quetzaltenango and the western highlands")

_S6_D = _paper(
    "Fault Lines Digest", "https://faultlinesdigest.example",
    "https://faultlinesdigest.example/2026/06/11/m6-3-san-marcos-guatemala-intraslab-earthquake",
    "The M6.3 San Marcos, Guatemala earthquake: an intermediate-depth intraslab event",
    "A look at the 9 June 2026 earthquake in western Guatemala: depth, mechanism, magnitude "
    "revisions, aftershocks and impacts.",
    "Earthquakes", "By Dr. Helen Marsh", "2026-06-11T16:00:00Z", """
At 03:14 UTC on 10 June 2026, which was 21:14 local time on the evening of 9 June, a magnitude 6.3 earthquake struck beneath San Marcos department in western Guatemala. This note summarises what is known so far.

## Location and depth

The USGS locates the hypocentre about 11 km south-southwest of San Pablo, at a depth of 68 km (roughly 42 miles). At that depth and at that distance from the Middle America Trench, the event is almost certainly within the subducting Cocos slab rather than on the plate interface. The moment tensor shows normal faulting, which is typical of intraslab earthquakes at intermediate depths, where the descending plate is being stretched.

## Magnitude

INSIVUMEH's first automatic solution was 6.5; within a few hours the institute reviewed it and settled on 6.3, matching the USGS moment magnitude. Early automatic magnitudes often move by a few tenths once more distant stations are included, and a correction of this size is not unusual. All agencies now agree on Mw 6.3.

[AD]

## Shaking and impacts

Because the rupture was deep, strong shaking was spread over a broad area instead of being concentrated near the epicentre. Intensities reached about VII in San Pablo and Malacatán and VI in San Marcos city and Quetzaltenango. In Guatemala City, around 165 km to the east, shaking was light.

CONRED's report as of 6 a.m. local time on Thursday lists 8 deaths, 63 injured and one person still missing. The eighth victim was found in Tajumulco, where a landslide had buried two houses; she was one of the two people reported missing on Wednesday. A total of 1,613 homes have been damaged, 212 of them to the point of being uninhabitable.

The pattern of damage is familiar: adobe and unreinforced masonry houses, many of them already weakened in 2012, account for most of the losses.

## Aftershocks

INSIVUMEH had counted 61 aftershocks by 06:00 local time on Thursday. The largest, M4.8, occurred at 23:02 local time on Tuesday (05:02 UTC on Wednesday). The gap between the mainshock and its largest aftershock, 1.5 magnitude units, is somewhat wider than the average of about 1.2 suggested by Båth's law, but well within the normal range, and deep events often produce fewer and smaller aftershocks than shallow ones.

"We expect the aftershocks to keep declining over the coming weeks, but a magnitude 5 cannot be ruled out," INSIVUMEH seismologist Ana Lucía Tzoc told Fault Lines Digest.

## Comparison with 2012

It is tempting to compare this event with the magnitude 7.4 earthquake of 7 November 2012, which devastated parts of San Marcos. The two are quite different. The 2012 event was a shallower thrust earthquake on the plate interface, offshore, and released roughly 45 times more energy. This week's earthquake was smaller and deeper, and its effects, though serious, were more diffuse.

Guatemala's Congress is due to vote on Thursday on a state of calamity for San Marcos and Quetzaltenango departments. We will update this note when the USGS finite-fault model is published.
""", ["The 2012 Champerico earthquake, revisited",
      "Why intraslab earthquakes are felt so widely",
      "Båth's law: a primer",
      "Reading a USGS moment tensor in five minutes"],
    visible_date="11 June 2026",
    standfirst="Deep, normal faulting, and widely felt: what we know about the 9 June event")

STORY_6 = _story("quake-RC6", "earthquake", "2026-06-13", [
    _page("https://www.continentalpress.example/world/americas/2026/06/10/guatemala-earthquake-san-marcos", _S6_A),
    _page("https://www.rpgnoticias.example/nacionales/terremoto-san-marcos-cinco-muertos-conred", _S6_B),
    _page("https://xelacorreo.example/2026/06/10/quake-toll-rises-to-seven-two-missing-tajumulco/", _S6_C),
    _page("https://faultlinesdigest.example/2026/06/11/m6-3-san-marcos-guatemala-intraslab-earthquake", _S6_D),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
