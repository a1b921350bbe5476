"""Part QF of the story battery (web pages).

Written by engineer QF1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QF`.

Six invented events in East Asia and the Pacific, each told by three or four invented outlets
as full scraped pages. cb-QF1 (CONTROL): the Bank of Thailand cuts its policy rate a quarter
point to 1.00% in a 5-2 vote (four pages; nothing planted). elec-QF2: a Fijian general
election in which Fiji Forward wins 24 of 55 seats (four pages); planted: the turnout (71.6%
vs 76.1%), the date of parliament's first sitting (December 7 vs December 14), and who said
the "talk to each other, not past each other" line (Vijay Narayan vs Tomasi Waqa). court-QF3:
Singapore's High Court sentences a former shipping CFO over a S$41.7 million trade-finance
fraud (three pages); planted: the jail term (five years and two months vs five years and
eight months), the judge's title (Justice vs Judicial Commissioner), and the wording of the
judge's key line ("a momentary lapse" vs "out of desperation"). trade-QF4: New Zealand and
the Philippines sign an economic partnership agreement (three pages); planted: where it was
signed (Manila vs Cebu City) and the duty-free beef quota (12,000 vs 20,000 tonnes).
rocket-QF5 (CONTROL): South Korea's fifth Nuri launch puts the Noeul-1 satellite and 12
cubesats in orbit a day after a wind delay (four pages; nothing planted). quake-QF6
(CONTROL): a magnitude 6.3 earthquake near Bima on Sumbawa, Indonesia, with a toll that rises
from 9 to 17 over three days (four pages; nothing planted). All six carry legitimate
variation: rounding, units and currencies, time zones and calendar days, relative dates,
updated counts, place precision, titles, partial quotes, look-alike figures about different
things, and things still to come.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers. Body text is written as blocks separated by blank lines:
#   "## Sub-head"                     -> <h2>
#   "[AD]"                            -> the template's advertisement block
#   "[FIG] caption || credit"         -> a photo with caption and credit
#   "[READ] headline"                 -> an inline "read also" link
#   anything else                     -> a <p> paragraph
# ---------------------------------------------------------------------------

def _esc(s: str) -> str:
    return _html.escape(s, quote=False)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _slug(s: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:60]


def _body(text: str, ad_html: str, read_label: str = "Read also") -> str:
    parts: list[str] = []
    n_fig = 0
    for block in text.strip().split("\n\n"):
        b = " ".join(block.split())
        if not b:
            continue
        if b.startswith("## "):
            parts.append(f'<h2 class="subhead">{_esc(b[3:])}</h2>')
        elif b == "[AD]":
            parts.append(ad_html)
        elif b.startswith("[FIG] "):
            n_fig += 1
            cap, _, credit = b[6:].partition(" || ")
            parts.append(
                f'<figure class="story-photo">\n'
                f'  <img src="/media/images/{_slug(cap)[:40]}-{n_fig}.jpg" alt="{_attr(cap[:90])}" '
                f'loading="lazy" width="960" height="540">\n'
                f'  <figcaption><span class="caption">{_esc(cap)}</span> '
                f'<span class="credit">{_esc(credit)}</span></figcaption>\n'
                f'</figure>')
        elif b.startswith("[READ] "):
            h = b[7:]
            parts.append(f'<aside class="inline-related"><span>{_esc(read_label)}:</span> '
                         f'<a href="/news/{_slug(h)}">{_esc(h)}</a></aside>')
        else:
            parts.append(f"<p>{_esc(b)}</p>")
    return "\n".join(parts)


def _rail(title: str, items: list[str], base: str) -> str:
    lis = "\n".join(f'    <li><a href="{base}/{_slug(h)}">{_esc(h)}</a></li>' for h in items)
    return f'<aside class="related-rail">\n  <h3>{_esc(title)}</h3>\n  <ul>\n{lis}\n  </ul>\n</aside>'


def _nav(items: list[str]) -> str:
    return "\n".join(f'      <li><a href="/{_slug(i)}">{_esc(i)}</a></li>' for i in items)


def _tpl_newsroom(*, site: str, url: str, headline: str, description: str, section: str,
                  byline: str, iso: str | None, body: str, related: list[str],
                  nav: list[str], year: str, dateline_note: str = "",
                  image_caption: str = "") -> str:
    """Agency / trade-press layout: JSON-LD metadata, compact chrome."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                          "headline": headline, "description": description,
                          "author": {"@type": "Person", "name": byline},
                          "publisher": {"@type": "Organization", "name": site},
                          "mainEntityOfPage": url}
    if iso:
        ld["datePublished"] = iso
        ld["dateModified"] = iso
    ad = ('<div class="ad-slot ad-inarticle" data-slot="mid-1">\n'
          '  <span class="ad-label">Advertisement</span>\n'
          '  <div class="ad-creative">Compare business accounts in minutes. '
          'Open yours today with zero fees for the first year.</div>\n</div>')
    visible = f'<div class="timestamp">{_esc(dateline_note)}</div>\n' if dateline_note else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(description)}">
<meta property="og:url" content="{_attr(url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"section": "{_slug(section)}"}});</script>
</head>
<body class="article-page">
<a class="skip-link" href="#content">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <span>We and our partners use cookies to personalise content and measure traffic.</span>
  <button type="button">Accept all</button> <button type="button">Reject non-essential</button>
  <a href="/privacy/cookies">Cookie settings</a>
</div>
<header class="site-header">
  <a class="brand" href="/">{_esc(site)}</a>
  <nav aria-label="Primary">
    <ul>
{_nav(nav)}
    </ul>
  </nav>
  <a class="login" href="/account/login">Sign in</a>
</header>
<main id="content">
<article class="story">
  <div class="section-label"><a href="/{_slug(section)}">{_esc(section)}</a></div>
  <h1 class="headline">{_esc(headline)}</h1>
  <div class="byline">By {_esc(byline)}</div>
  {visible}<div class="share-tools"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button></div>
  {('<figure class="lead-image"><img src="/media/lead.jpg" alt=""><figcaption>' + _esc(image_caption) + '</figcaption></figure>') if image_caption else ''}
  <div class="story-body">
{_body(body, ad)}
  </div>
  <div class="story-footer"><span class="reprints"><a href="/licensing">Licensing and reprints</a></span></div>
</article>
{_rail("Latest headlines", related, "/news")}
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
  <small>&copy; {year} {_esc(site)}. All rights reserved.</small>
</footer>
</body>
</html>
"""


def _tpl_paper(*, site: str, url: str, headline: str, dek: str, section: str, byline: str,
               iso: str | None, visible_date: str, body: str, related: list[str],
               nav: list[str], year: str, tags: list[str], sep: str = " | ") -> str:
    """Newspaper layout: og/article meta tags and a visible <time> when dated."""
    meta_date = (f'<meta property="article:published_time" content="{iso}">\n'
                 f'<meta property="article:section" content="{_attr(section)}">\n') if iso else ""
    if iso:
        date_html = f'<time class="pubdate" datetime="{iso}">{_esc(visible_date)}</time>'
    elif visible_date:
        date_html = f'<span class="pubdate">{_esc(visible_date)}</span>'
    else:
        date_html = ""
    ad = ('<div class="advert advert--mpu">\n  <p class="advert__label">ADVERTISEMENT</p>\n'
          '  <a class="advert__link" href="/ads/click?id=88213">Holiday packages from your '
          'nearest airport &mdash; book by Friday and save.</a>\n</div>')
    tag_html = " ".join(f'<a class="tag" href="/tag/{_slug(t)}">{_esc(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{_esc(headline)}{sep}{_esc(site)}</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(dek)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:image" content="{_attr(url.split('/news')[0])}/static/share-default.png">
{meta_date}<link rel="stylesheet" href="/static/css/main.4f1c2.css">
</head>
<body>
<a href="#main-content" class="visually-hidden-focusable">Skip to main content</a>
<div id="consent-bar"><p class="consent-text">This site uses cookies. By continuing you agree to our use of cookies.</p><a href="/cookies">Find out more</a> <button>OK</button></div>
<div class="top-strip"><span class="weather">Today's weather</span> <a href="/subscribe" class="subscribe-btn">Subscribe</a> <a href="/epaper">E-paper</a></div>
<header class="masthead"><a href="/" class="masthead__logo">{_esc(site)}</a>
  <nav class="main-nav"><ul>
{_nav(nav)}
  </ul></nav>
</header>
<main id="main-content">
<article class="article">
  <header class="article__header">
    <p class="article__kicker">{_esc(section)}</p>
    <h1 class="article__title">{_esc(headline)}</h1>
    <p class="article__standfirst">{_esc(dek)}</p>
    <div class="article__meta"><span class="author">{_esc(byline)}</span> {date_html}</div>
    <div class="article__share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Email</a></div>
  </header>
  <div class="article__body">
{_body(body, ad, "Read more")}
  </div>
  <div class="newsletter-box"><h4>Get the morning briefing</h4><p class="newsletter-pitch">The day's top stories in your inbox before breakfast.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
  <div class="article__tags">{tag_html}</div>
</article>
{_rail("You may also like", related, "/news")}
</main>
<footer class="site-footer"><p class="footer-copy">&copy; {year} {_esc(site)}. Reproduction without permission is prohibited.</p>
<ul><li><a href="/advertise">Advertise with us</a></li><li><a href="/corrections">Corrections</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>
</body>
</html>
"""


def _tpl_broadcast(*, site: str, url: str, headline: str, summary: str, section: str,
                   byline: str, iso: str | None, visible_date: str, body: str,
                   related: list[str], nav: list[str], year: str, sep: str = " - ") -> str:
    """Public-broadcaster layout: audio player, key points, optional <time>."""
    if iso:
        when = f'<p class="posted">Posted <time datetime="{iso}">{_esc(visible_date)}</time></p>'
    elif visible_date:
        when = f'<p class="posted">Posted {_esc(visible_date)}</p>'
    else:
        when = ""
    ad = ('<div class="promo-block" aria-label="Promotion">\n  <span>Promoted</span>\n'
          f'  <a href="/listen">Listen live to {_esc(site)} on the app, wherever you are.</a>\n</div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)}{sep}{_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:description" content="{_attr(summary)}">
</head>
<body>
<div class="skip"><a href="#story">Skip to content</a> <a href="#nav">Skip to navigation</a></div>
<div class="consent" role="region"><p class="consent-msg">We use cookies and similar tools to improve your experience. Manage your choices at any time.</p><button>Accept</button><button>Settings</button></div>
<header id="nav"><a class="logo" href="/">{_esc(site)}</a>
<ul class="nav">
{_nav(nav)}
</ul>
<a class="live-radio" href="/live">Live radio</a>
</header>
<main>
<div class="story-wrap" id="story">
  <p class="topic">{_esc(section)}</p>
  <h1>{_esc(headline)}</h1>
  <div class="by">{_esc(byline)}</div>
  {when}
  <div class="audio-player"><button>Play</button> <span>Listen to this story</span></div>
  <div class="summary-box"><h3>Key points</h3><div class="summary">{_esc(summary)}</div></div>
  <div class="share-bar"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></div>
  <div class="story-text">
{_body(body, ad, "Related story")}
  </div>
</div>
{_rail("Top stories", related, "/news")}
</main>
<footer><p class="ack">{_esc(site)} is a public service broadcaster.</p><small>&copy; {year} {_esc(site)}</small> <a href="/editorial-standards">Editorial standards</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


def _tpl_newsletter(*, site: str, url: str, headline: str, teaser: str, author: str,
                    visible_date: str, body: str, related: list[str], year: str,
                    author_bio: str) -> str:
    """Blog / newsletter layout: no machine-readable date at all."""
    ad = ('<div class="sponsor">\n  <em>This issue is supported by</em> '
          '<a href="/sponsor">a regional payments start-up that would like you to try its app</a>.\n</div>')
    date_line = f'<div class="post-date">{_esc(visible_date)}</div>' if visible_date else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(teaser)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(teaser)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:type" content="article">
</head>
<body>
<a class="skip" href="#post">Skip to content</a>
<div class="cookie-note"><span>Cookies help us deliver this newsletter. Continue reading to accept.</span> <button>Got it</button></div>
<header class="blog-head"><a href="/" class="site-title">{_esc(site)}</a>
<nav><a href="/archive">Archive</a> <a href="/about">About</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article id="post">
<h1 class="post-title">{_esc(headline)}</h1>
<h3 class="post-subtitle">{_esc(teaser)}</h3>
<div class="post-meta"><span class="author-name">{_esc(author)}</span> {date_line}</div>
<div class="post-actions"><a href="#">Like</a> <a href="#comments">Comment</a> <a href="#">Restack</a> <a href="#">Share</a></div>
<div class="post-body">
{_body(body, ad, "Earlier")}
</div>
<div class="subscribe-widget"><h4>Enjoyed this?</h4><span>Get the next issue free in your inbox.</span><input type="email" placeholder="Type your email..."><button>Subscribe</button></div>
<div class="author-bio"><em>{_esc(author_bio)}</em></div>
<section id="comments"><h4>Comments</h4><div class="comment-count">Join the discussion</div></section>
</article>
{_rail("Recent posts", related, "/p")}
</main>
<footer class="blog-foot"><small>&copy; {year} {_esc(site)} &middot; <a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/privacy">Privacy</a></small></footer>
</body>
</html>
"""


# ===========================================================================
# Story 1 - central bank (CONTROL): Bank of Thailand, Wednesday 29 April 2026.
# ===========================================================================

_S1_A = _tpl_newsroom(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/asia/2026/04/29/thailand-central-bank-trims-rate-to-1-percent",
    headline="Bank of Thailand trims policy rate to 1.00% as growth outlook dims",
    description="Split committee lowers the one-day repurchase rate by a quarter point; two members wanted to wait.",
    section="Asia Markets",
    byline="Orawan Suksai and Daniel Whitcombe",
    iso="2026-04-29T08:26:00Z",
    year="2026",
    nav=["Markets", "Economy", "Companies", "Asia", "Commodities", "Opinion"],
    related=[
        "Thai exports slip for a second month as electronics orders fade",
        "Baht positioning: funds trim bearish bets ahead of BOT decision",
        "Philippine lenders brace for slower loan growth",
        "Asian currencies mixed; won steady, ringgit softer",
    ],
    body="""
BANGKOK, April 29 (Meridian Wire) - Thailand's central bank took a quarter of a percentage
point off its policy rate on Wednesday, bringing it to 1.00%, in a split vote that laid bare
the committee's worry about an economy losing steam and prices that keep undershooting the
target band.

The cut had the support of five Monetary Policy Committee (MPC) members, while the other two
argued for leaving the rate at 1.25%, the Bank of Thailand said in a statement released at
2:30 p.m. (0730 GMT). The change, effective immediately, is the first reduction since
December and takes the benchmark to its lowest since late 2022.

"The committee assessed that growth is softening faster than we projected in February.
Easing now gives the economy some cushion, and we judged the risk to financial stability to
be manageable," Assistant Governor Supawadee Chaiyaporn, who serves as the committee's
secretary, told reporters.

The central bank now sees gross domestic product expanding 1.5% this year, down from the
2.0% it had pencilled in during January. For 2027 it expects growth of 1.9%.

[AD]

March's headline consumer price index was 0.4% lower than a year before, while core
inflation, which leaves out fresh food and energy, ran at 0.7%. Both readings sit beneath the bank's 1% to 3%
target range, and the MPC projects average headline inflation of just 0.3% for 2026.

Fourteen of 22 economists in a Meridian Wire poll published last week had expected a cut;
the other eight saw no change before mid-year.

The baht eased after the decision, trading at 33.36 per dollar by 0810 GMT against 33.18
shortly before the announcement. Thai shares pared an earlier loss.

## Dissent over scarce room

The two dissenters preferred to keep the rate on hold to preserve what the statement called
"scarce policy space", pointing to household debt that stood at 86.8% of GDP at the end of
last year.

The MPC last moved on Dec. 17, when it lowered the rate from 1.50% to 1.25% with one member
voting against, and it left the setting unchanged in February.

Finance Minister Ekachai Rattanakul, whose ministry had pressed publicly for cheaper credit
since January, called Wednesday's decision "a welcome step".

Alongside the rate move, the bank said it would widen a soft-loan facility for small and
medium-sized businesses to 40 billion baht ($1.2 billion), to be channelled through
state-owned lenders.

Tourism, which accounts for a large slice of Thai output, has been a drag. Foreign arrivals
in the first quarter were roughly 6% lower than a year earlier, according to figures the
committee cited.

The committee's next scheduled review is on June 24.

(Reporting by Orawan Suksai in Bangkok and Daniel Whitcombe in Singapore; Editing by
Priya Natarajan)
""")

_S1_B = _tpl_paper(
    site="The Bangkok Ledger",
    url="https://www.bangkokledger.example/news/business/2026/04/29/bot-cuts-rate-to-1-in-5-2-vote",
    headline="BoT cuts rate to 1% in 5-2 vote; governor says room left is 'not a bottomless well'",
    dek="Commercial banks expected to trim lending rates within days after the central bank's first reduction of the year",
    section="Business",
    byline="Wassana Chantarasuk",
    iso="2026-04-29T19:05:00+07:00",
    visible_date="29 Apr 2026, 19:05",
    year="2026",
    tags=["Bank of Thailand", "Interest rates", "Economy", "Household debt"],
    nav=["News", "Business", "Politics", "World", "Property", "Life", "Sport"],
    related=[
        "Rice farmers press for price support as paddy slumps",
        "BoT held rate at 1.25% in February, citing wait for data",
        "SET index: banks lead afternoon rebound",
        "Tourism council trims 2026 arrivals target",
    ],
    body="""
Thailand's central bank brought its policy rate down to 1 per cent on Wednesday, a 25-basis-point reduction that it said was needed to prop up an economy hobbled by patchy
exports, fewer foreign visitors and a mountain of household borrowing.

The seven-member Monetary Policy Committee (MPC) split 5-2, with the minority wanting to keep
the rate at its previous level of 1.25 per cent. It was the committee's first cut of 2026.

Speaking at a briefing at the central bank's Samsen Road headquarters in the late afternoon,
Governor Pakorn Siriwattana declined to promise further easing.

"There is still space in the policy rate, but it is not a bottomless well," he said. "We
would rather keep some of it in reserve than spend it all at once."

Mr Pakorn, 57, a former deputy governor who took the top job last October, said the two
dissenting votes should not be read as a rift. "Seven people looking at the same numbers can
weigh them differently. That is the point of having a committee," he said.

[FIG] Governor Pakorn Siriwattana speaks to reporters at the Bank of Thailand on Wednesday. || Photo: Somchai Jaidee

The central bank now expects the economy to grow 1.5 per cent this year, trimming the 2 per
cent it forecast three months ago. Thailand's economy grew 2.2 per cent in 2025.

Foreign arrivals, a pillar of growth, came to about 8.9 million in the first quarter, some 6
per cent fewer than in the same period of last year, according to tourism ministry data.

[AD]

## What it means for borrowers

Bankers said lending rates would follow quickly. Two of the country's largest commercial
lenders said on Wednesday evening that they would review their minimum loan rates before the
end of the week, and a third said it would announce cuts to its deposit and loan rates on
Thursday.

Household debt, at nearly 87 per cent of gross domestic product at the end of 2025, remains
among the heaviest in Asia, and it was the main reason cited by the two members who voted to
hold.

Consumer prices have been falling. The headline index dropped 0.4 per cent year-on-year in
March, and the central bank expects average inflation of 0.3 per cent this year, well under
its 1-3 per cent target.

The minister of finance, Ekachai Rattanakul, welcomed the move. "It is a welcome step, and it
shows the ministry and the central bank are reading the same data," he told reporters at
Government House. The finance ministry had publicly urged a cut in January and again in
March.

The central bank also said it would expand its soft-loan scheme for small and medium-sized
enterprises to 40 billion baht, about 1.2 billion US dollars at current exchange rates.

The baht weakened after the announcement and closed the onshore session at 33.41 to the
dollar, compared with 33.18 before the decision was published at 2.30pm.

[READ] Explainer: how the MPC sets the policy rate, and why it matters for your mortgage

Economists were divided on what comes next. Burin Thanasak, chief economist at Siam Horizon
Securities, said he expected one more cut this year. Others said the committee would want
to see how banks pass on Wednesday's reduction first.

The MPC's next meeting is scheduled for June 24.
""")

_S1_C = _tpl_paper(
    site="Policy Rate Monitor",
    url="https://policyratemonitor.example/news/asia-pacific/thailand-mpc-april-2026-quarter-point-cut",
    headline="Thailand: BoT resumes easing with quarter-point cut, but two dissents cap expectations",
    dek="The MPC's 5-2 vote takes the policy rate to 1.00%; the statement stresses limited policy space",
    section="Asia-Pacific",
    byline="Helen Marchetti, Asia-Pacific correspondent",
    iso=None,
    visible_date="30 April 2026",
    year="2026",
    tags=["Bank of Thailand", "Emerging Asia", "Rate decisions"],
    nav=["Rate decisions", "Central banks", "Data", "Analysis", "Events", "Podcast"],
    sep=" - ",
    related=[
        "Bank Indonesia keeps rates on hold, signals patience",
        "Chart of the week: Asia's real policy rates",
        "Reserve Bank of New Zealand: minutes show debate over pace",
        "Interview: a former central banker on forward guidance",
    ],
    body="""
The Bank of Thailand returned to easing yesterday, trimming 25 basis points off its one-day
repurchase rate, which now stands at 1.00%, at a meeting that produced two dissents and a
noticeably cautious statement.

The decision was published at 07:30 GMT. Five members of the seven-strong Monetary Policy
Committee voted for the reduction; two preferred to hold at 1.25%, arguing that the bank
should keep "scarce policy space" in reserve given elevated household leverage.

Yesterday's move was the sixth cut of a cycle that began in October 2024, when the rate
stood at 2.50%. It takes cumulative easing to 150 basis points. The previous reduction, in
December, passed 6-1, and the committee stood pat in February.

## Forecasts marked down

The accompanying projections were weaker across the board. The bank now sees 2026 growth of
1.5%, against 2.0% in January, and pencils in 1.9% for 2027. Headline inflation is forecast
to average 0.3% this year, far below the 1-3% target; core inflation was 0.7% in March, when
the headline rate printed at -0.4% year on year.

That leaves the real policy rate, measured against headline inflation, at roughly 1.4%, one
of the higher readings in emerging Asia. Measured against core prices it is nearer 0.3%.

[AD]

Assistant Governor Supawadee Chaiyaporn, the MPC secretary, said the committee had judged
that growth was "softening faster than we projected in February", and that easing would
give the economy "some cushion".

Governor Pakorn Siriwattana struck a more guarded note at his press conference, describing
the remaining room as "not a bottomless well". He did not rule out a further move but said
the committee would prefer to hold some ammunition back.

## How the market read it

Most forecasters had anticipated a cut: 14 of the 22 economists surveyed by Meridian Wire
the week before had called it. The surprise, if any, was the size of the minority.

"The baht is not the problem here; credit is," said Mei Ling Koh, senior Asean economist at
Straits Meridian Bank in Singapore, who had argued for a hold. "Cheaper money doesn't help
much if banks won't lend to the firms that need it."

The baht softened to around 33.4 per US dollar by the close of onshore trade, from 33.18
before the statement.

The bank also enlarged its soft-loan programme for small firms to THB 40bn (about USD 1.2bn).
Such targeted schemes have become a feature of the BoT's toolkit since the pandemic and allow
it to direct credit without moving the headline rate.

## What to watch

The next MPC meeting is on 24 June. Markets will look for the pass-through to commercial
lending rates in the coming weeks and for April's inflation print, due next week. A third
dissent in June, in either direction, would be a strong signal about where the committee's
centre of gravity lies.

Policy Rate Monitor's central bank tracker has been updated to reflect the decision.
""")

_S1_D = _tpl_newsletter(
    site="Baht & Beyond",
    url="https://bahtandbeyond.example/p/the-bot-blinks-what-a-1-percent-policy-rate-means",
    headline="The BoT blinks: what a 1% policy rate means (and doesn't)",
    teaser="A quarter point, two dissents and one very carefully chosen metaphor.",
    author="Nicha Prasertsuk",
    visible_date="Friday, 1 May",
    year="2026",
    author_bio="Nicha Prasertsuk writes Baht & Beyond, a weekly letter on the Thai economy, from Chiang Mai. She previously covered markets for a Bangkok daily.",
    related=[
        "Why the finance ministry keeps leaning on the BoT",
        "Household debt, explained in five charts",
        "Reader mailbag: is the baht too strong?",
    ],
    body="""
Happy Friday, and welcome to the 25 new subscribers who joined this week. If you are here
because of Wednesday's rate decision, you are in the right place.

So: the Bank of Thailand finally moved. The policy rate is now 1%, down a quarter point from
1.25%, and the vote was 5-2. That second number is the story.

Let me explain why. In December, when the committee last cut, one member dissented. On
Wednesday it was two, both of them arguing that the bank should sit on its remaining room
rather than use it. That is not a committee preparing a string of cuts. It is a committee
that barely got this one over the line.

The official reasoning, as read out by Assistant Governor Supawadee Chaiyaporn, was that
growth is slowing faster than the bank thought it would in February, and that a cut buys
some cushion without much risk to financial stability. Fair enough. The bank's new growth
forecast for this year is 1.5%, from 2.0% in January. That is a big markdown for three
months.

[AD]

## The metaphor

Governor Pakorn Siriwattana gave the line everyone quoted afterwards: space in the policy
rate, he said, is "not a bottomless well". He followed it up by saying the bank would
"rather keep some of it in reserve than spend it all at once". Read those together and I
think you get the message.

Not everyone hears it that way. Burin Thanasak at Siam Horizon Securities still expects
another cut, either in June or in August, which would take the rate to 0.75%. "They opened
the door today. I think they walk through it again," he told me when I caught him on
Wednesday afternoon. I'd put the odds at less than even.

## Prices, debt and the baht

A few numbers worth keeping in your head:

Inflation was minus 0.4% in March, and the bank thinks it will average 0.3% this year. The
target is 1-3%. That gap is the best argument for cutting.

Household debt was just under 87% of GDP at the end of 2025. That is the best argument for
not cutting, and it is why the two dissenters voted the way they did.

The baht barely flinched: it ended Wednesday's onshore session at 33.41 per dollar, from
33.18 before the 2.30pm statement. Anyone hoping for a cheaper currency to rescue exporters
will need more than 25 basis points.

## The quieter announcement

Tucked into the same release was a bigger soft-loan pot for small businesses, now 40 billion
baht, or roughly $1.2bn. For a lot of the small firms who write to me, that matters more
than the headline rate, because their problem is not the price of credit but getting any
at all.

Finance Minister Ekachai Rattanakul, who has been asking for a cut since January, called it
a welcome step. Of course he did.

Next decision: June 24. I'll be writing that week. Until then, reply to this email with your
questions and I will answer the best ones next Friday.
""")

STORY_1 = _story("cb-QF1", "central bank", "2026-05-02", [
    _page("https://www.meridianwire.example/markets/asia/2026/04/29/thailand-central-bank-trims-rate-to-1-percent", _S1_A),
    _page("https://www.bangkokledger.example/news/business/2026/04/29/bot-cuts-rate-to-1-in-5-2-vote", _S1_B),
    _page("https://policyratemonitor.example/news/asia-pacific/thailand-mpc-april-2026-quarter-point-cut", _S1_C),
    _page("https://bahtandbeyond.example/p/the-bot-blinks-what-a-1-percent-policy-rate-means", _S1_D),
], [])


# ===========================================================================
# Story 2 - election: Fiji general election, Wednesday 11 November 2026;
# final results declared Saturday 14 November. Planted: turnout (C says 76.1%),
# first sitting date (B says December 14), speaker of the "talk to each other"
# line (D gives it to Waqa; A and B to Narayan).
# ===========================================================================

_S2_A = _tpl_newsroom(
    site="Pacific Wire Service",
    url="https://www.pacwire.example/politics/2026/11/14/fiji-forward-largest-party-short-of-majority",
    headline="Fiji Forward tops Fiji vote but falls four seats short of a majority",
    description="Final results give Semi Nakarawa's party 24 of 55 seats; smaller parties now hold the balance.",
    section="Pacific Politics",
    byline="Losana Ravulo",
    iso="2026-11-14T05:10:00Z",
    year="2026",
    nav=["Pacific", "Politics", "Business", "Climate", "Sport", "Video"],
    related=[
        "Samoa budget leans on remittance growth",
        "Vanuatu ferry operator cleared to resume inter-island service",
        "Fiji sugar crush ends early after dry spell",
        "Tonga names new police commissioner",
    ],
    body="""
SUVA, Nov 14 (PWS) - The opposition Fiji Forward party won the most seats in Fiji's general
election but was left four short of governing alone, final results showed on Saturday,
handing two small parties the power to decide who leads the next government.

Fiji Forward took 24 seats in the 55-member parliament with 41.8 per cent of the vote,
Supervisor of Elections Anare Vuniwai announced at the national results centre in Suva at
4:20 p.m. The governing Vanua Progressive Party (VPP) of caretaker Prime Minister Alipate
Vosarogo won 21 seats on 36.9 per cent, down from the 29 it held in the outgoing house.

The National Labour Congress (NLC) won six seats and the Social Democratic Front (SDF) four.
Every other party fell below 5 per cent of the vote, the minimum a party must win to be
allocated any seats. A party or
coalition needs 28 seats for a majority.

Turnout was 71.6 per cent of the 742,318 Fijians registered to vote in Wednesday's poll,
Vuniwai said.

[AD]

Fiji Forward leader Semi Nakarawa, 61, a former finance minister, said he would start talks
with the other parties on Monday. "We are the largest party by a clear distance, and we
intend to behave like it - with humility, not with demands," he told supporters outside the
party's office in Suva.

Vosarogo, 68, did not concede. "Nobody has 28 seats, so nobody has won yet," he said.

Nakarawa's campaign focused on food and fuel prices and on a promised review of public-sector
pay. The VPP ran on its infrastructure record, including new roads and power lines on Vanua
Levu.

Under the electoral arithmetic, Fiji Forward could reach a majority with either the NLC or
the SDF, while the VPP would need both.

The NLC, which draws much of its support from sugar cane growers and urban workers, said its
executive would meet on Tuesday to decide its position.

"The people have asked us to talk to each other, not past each other," NLC general
secretary Vijay Narayan said. "We will talk to both sides, and we will put our conditions in
writing."

The new parliament is due to hold its first sitting on Dec. 7, when the new members take their oaths and choose a speaker. The prime minister is then chosen by a vote of the house.

A Pacific Islands Forum observer team said in a preliminary statement on Friday that voting
had been peaceful and well organised. It will publish a full report within two months.

Fiji, an archipelago of about 900,000 people, has held regular elections since a 2014 return
to parliamentary rule.
""")

_S2_B = _tpl_paper(
    site="The Suva Chronicle",
    url="https://www.suvachronicle.example/news/national/election-2026-final-result-hung-parliament",
    headline="Hung parliament: Fiji Forward 24, VPP 21 as kingmakers weigh their options",
    dek="The final count confirms no party has the 28 seats needed to govern alone. Talks begin tomorrow.",
    section="Election 2026",
    byline="Mereani Tuilau and Rohit Chand",
    iso="2026-11-15T08:30:00+12:00",
    visible_date="Sunday 15 November 2026",
    year="2026",
    tags=["Election 2026", "Fiji Forward", "VPP", "NLC", "SDF"],
    nav=["Home", "National", "Election 2026", "Business", "Sport", "Opinion", "Classifieds"],
    related=[
        "Election 2026: the full list of the 55 MPs-elect",
        "Nausori market vendors count the cost of polling-day closure",
        "Opinion: the threshold did its job",
        "Rugby: Drua name squad for pre-season camp",
    ],
    body="""
Fiji has a hung parliament.

The final results, declared by the Supervisor of Elections yesterday afternoon, give Fiji
Forward 24 seats and the Vanua Progressive Party 21, with the National Labour Congress on six
and the Social Democratic Front on four. None of the other parties on the ballot reached the
5 per cent threshold.

That leaves every possible government depending on at least one of the two smaller parties,
and their leaders are in no hurry.

Supervisor of Elections Anare Vuniwai read out the totals at the national results centre in
Suva shortly after 4pm. Turnout was 71.6 per cent, up from about 68 per cent at the last
election, and more than 531,000 ballots were cast.

Fiji Forward's share of the vote was 41.8 per cent. The VPP, which governed alone in the last
parliament with 29 seats, fell to 36.9 per cent.

[FIG] Fiji Forward supporters outside the party's headquarters on Waimanu Road yesterday. || Photo: Jone Vakaloloma/The Suva Chronicle

## Top vote-getters

Fiji Forward leader Semi Nakarawa, the former minister of finance, received 61,204 personal
votes, the highest of any candidate. Caretaker Prime Minister Alipate Vosarogo was second with
48,911. Under Fiji's open-list system those votes count towards each party's total.

Nine of the 55 MPs-elect are women, two more than in the outgoing parliament.

Mr Nakarawa, 61, said he would meet the NLC and SDF leaders from tomorrow. "We are the
largest party by a clear distance, and we intend to behave like it," he said.

Mr Vosarogo has not conceded. Asked last night whether he would step aside if his party could
not form a government, he said only: "Nobody has 28 seats, so nobody has won yet. We will
listen before we talk."

[AD]

## The kingmakers

The NLC, led by Anjali Prasad, holds the more valuable hand. With Fiji Forward it would
command 30 seats; with the VPP only 27, meaning the VPP would also need the SDF.

Ms Prasad, 49, said her party's six seats were "not for sale". Its general secretary, Vijay
Narayan, set out the party's approach after the declaration.

"The people have asked us to talk to each other, not past each other," Mr Narayan said. "We
will talk to both sides, and we will put our conditions in writing." The party's national
executive meets on Tuesday.

SDF leader Tomasi Waqa said his party was open to talks with both large parties but would not
be rushed.

## What happens next

Parliament will meet for the first time on Monday, December 14, when MPs take the oath and elect
a Speaker. The Prime Minister is elected by a vote on the floor of the House, which
means the coalition question has to be settled before then.

The provisional count released on Thursday night had put Fiji Forward on 23 seats; the final
allocation after all postal and pre-poll ballots were added gave the party one more, at the
VPP's expense.

Observers from the Pacific Islands Forum, led by former Tongan speaker Sione Fifita, described
the poll as peaceful and credible in their preliminary statement.
""")

_S2_C = _tpl_broadcast(
    site="Radio Pasifika Aotearoa",
    url="https://www.radiopasifika.example/news/pacific/fiji-election-no-outright-winner",
    headline="No outright winner in Fiji election as Fiji Forward falls short",
    summary="Fiji Forward won 24 of 55 seats. Two smaller parties hold the balance of power. Parliament meets on 7 December.",
    section="Pacific News",
    byline="Tevita Moala, Pacific reporter",
    iso="2026-11-14T19:45:00+13:00",
    visible_date="Saturday 14 November 2026, 7:45pm",
    year="2026",
    nav=["News", "Pacific", "Te Ao Māori", "Business", "Sport", "Podcasts", "Live"],
    related=[
        "Cook Islands seabed minerals review delayed",
        "Pasifika health workers' pay talks resume",
        "Niue celebrates new solar array",
        "Pacific Games: Suva bid committee named",
    ],
    body="""
Fiji's election has produced no outright winner, with the final count leaving the country's
two big parties dependent on two much smaller ones.

Fiji Forward, led by former finance minister Semi Nakarawa, won 24 seats. The Vanua
Progressive Party of caretaker prime minister Alipate Vosarogo won 21. The National Labour
Congress took six seats and the Social Democratic Front four, in a 55-seat parliament where 28
are needed to govern.

Fiji uses an open-list proportional system in which the whole country is a single
constituency and voters choose one candidate by number. Seats are shared among the parties
that pass the 5 percent threshold.

The Fijian Elections Office released the final results at 5.20pm NZT on Saturday.

Turnout was 76.1 percent, according to the Supervisor of Elections.

[FIG] Voters queue outside a polling station in Lautoka on Wednesday. || Photo: Radio Pasifika Aotearoa / Salote Vea

## Smaller parties in demand

SDF leader Tomasi Waqa told Radio Pasifika Aotearoa his party would not be taken for granted.

"The SDF will not be anyone's spare tyre," Waqa said. "If they want our four votes, they
will have to want our policies as well."

The SDF campaigned on climate adaptation funding for outer islands and on a review of land
lease terms.

Fiji Forward campaigned on food and fuel prices and a review of public-sector pay, while the
VPP ran on its record on roads and rural electrification.

The National Labour Congress leader, Anjali Prasad, said her party wanted guarantees on the
minimum wage and on support for cane farmers before it would back anyone. "Our six seats are
not for sale. They are for a programme: wages, water and the cane farmers," she said.

[AD]

## Auckland community watching closely

Members of the Fijian community in Auckland had gathered at a church hall in Ōtāhuhu on
Saturday afternoon to watch the announcement on a livestream.

Community organiser Salanieta Kuruyawa said many had voted at the pre-poll station set up in
the city last month. "People here still feel very connected. Everyone has family who will
live with whatever government comes out of this," she said.

New Zealand's Ministry of Foreign Affairs and Trade said it congratulated the people of Fiji
on a peaceful election and looked forward to working with the incoming government.

## The road to 7 December

Parliament is scheduled to sit for the first time on 7 December. Before then, Fiji Forward
will try to secure the support of at least one of the smaller parties, while the VPP would
need both.

Mr Nakarawa said he would begin talks on Monday. Mr Vosarogo has not conceded.

The election cost about FJ$38 million (about NZ$28 million) to run, according to the
Fijian Elections Office, which employed more than 11,000 temporary staff on polling day.

It was Fiji's fourth election since the return to parliamentary democracy in 2014.
""")

_S2_D = _tpl_newsletter(
    site="The Reef Line",
    url="https://reefline.example/p/fiji-hung-parliament-the-maths-and-the-mood",
    headline="Fiji's hung parliament: the maths and the mood",
    teaser="Thirty is better than twenty-eight. Why the NLC holds the stronger card, and what to watch this week.",
    author="Kelera Naivalu",
    visible_date="Monday 16 November 2026",
    year="2026",
    author_bio="Kelera Naivalu is a former parliamentary researcher who writes The Reef Line, a twice-weekly newsletter on Pacific politics.",
    related=[
        "Polling-day diary: Labasa to Savusavu",
        "Reading the VPP manifesto so you don't have to",
        "Five things the observers will look at",
    ],
    body="""
Bula vinaka, and welcome to a special Monday edition. I promised on Thursday that I would
write as soon as the count was final, and on Saturday afternoon it was: Fiji Forward 24, VPP
21, NLC 6, SDF 4. Nobody has 28. Here is how I read it.

## The arithmetic

There are three plausible majorities, and only three.

Fiji Forward plus the NLC makes 30. Fiji Forward plus the SDF makes exactly 28, which is a
majority in the way a single plank is a bridge. The VPP plus both smaller parties makes 31,
which looks comfortable until you try to imagine the NLC and the SDF agreeing a budget.

Which is why the NLC is the party everyone is phoning this morning. Six seats, two possible
partners, and a membership that will not forgive it for picking the wrong one.

[AD]

## The mood

Semi Nakarawa has been careful. On Saturday he talked about humility, and from what I hear he
has told his MPs-elect not to give interviews until talks are done. That is a lesson learned:
on Thursday night, when the provisional count had his party on 23, some of his people were
already talking as if they had won.

Alipate Vosarogo has not conceded, and I do not expect him to until the numbers are sealed in
a signed agreement somewhere. His line, that nobody has won until somebody has 28, is
technically true and politically thin.

The best line of the weekend came from Tomasi Waqa of the SDF: "The people have asked us to
talk to each other, not past each other." That is the closest thing to a theme this election
has produced, and it is not a bad one.

## Turnout and the threshold

Turnout came in a shade under 72 per cent, a few points higher than last time. More interesting
to me is the 4 per cent or so of votes that went to parties below the 5 per cent threshold.
That is roughly twenty thousand Fijians whose votes elected nobody.

## What to watch this week

The NLC national executive meets on Tuesday. Anjali Prasad has said her seats are not for
sale but for a programme. Watch for the word "wages" in whatever comes out of that meeting.
If the statement talks about cane prices and water before it talks about who, Fiji Forward
should be worried; if it leads with a name, they can relax.

Then watch the SDF. If the NLC goes with Fiji Forward, the SDF becomes irrelevant overnight.
If the NLC hesitates, Waqa's four seats suddenly decide everything.

And watch the calendar. The first sitting is fixed, and a prime minister has to be elected on
the floor. Everyone knows the date. Nobody wants to arrive at it without a deal.

Vinaka for reading. Forward this to a friend who keeps asking you what a threshold is.
""")

STORY_2 = _story("elec-QF2", "election", "2026-11-17", [
    _page("https://www.pacwire.example/politics/2026/11/14/fiji-forward-largest-party-short-of-majority", _S2_A),
    _page("https://www.suvachronicle.example/news/national/election-2026-final-result-hung-parliament", _S2_B),
    _page("https://www.radiopasifika.example/news/pacific/fiji-election-no-outright-winner", _S2_C),
    _page("https://reefline.example/p/fiji-hung-parliament-the-maths-and-the-mood", _S2_D),
], [
    ("turnout", r"(?<![\d.])71\.6(?!\d)", r"(?<![\d.])76\.1(?!\d)"),
    ("first sitting of parliament",
     r"(?<!\d)(december|dec\.?) 7(?!\d)|(?<!\d)7(th)? (of )?december",
     r"(?<!\d)(december|dec\.?) 14(?!\d)|(?<!\d)14(th)? (of )?december"),
    ("who said 'talk to each other, not past each other'", r"narayan", r"waqa"),
])


# ===========================================================================
# Story 3 - court: Singapore High Court sentencing, Tuesday 18 August 2026.
# Planted: jail term (A says five years and eight months), judge's title (B says
# Judicial Commissioner), wording of the judge's line (C says "out of desperation").
# ===========================================================================

_S3_A = _tpl_newsroom(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/asia-pacific/2026/08/18/singapore-ex-shipping-cfo-jailed-trade-finance-fraud",
    headline="Former Singapore shipping CFO jailed over S$41.7 million trade-finance fraud",
    description="Tan Boon Keat used fabricated invoices and bills of lading to draw financing from three banks over almost four years.",
    section="Asia-Pacific",
    byline="Marcus Lee",
    iso="2026-08-18T05:42:00Z",
    year="2026",
    nav=["World", "Business", "Markets", "Legal", "Technology", "Breakingviews"],
    related=[
        "Commodity traders face tighter KYC checks in Singapore",
        "Hong Kong court freezes assets of collapsed fintech lender",
        "Malaysia charges two over palm oil export permits",
        "Singapore dollar firms after inflation data",
    ],
    body="""
SINGAPORE, Aug 18 (Meridian Wire) - A Singapore court on Tuesday sentenced the former chief
financial officer of Orchid Strait Shipping to five years and eight months in prison for
deceiving three banks into extending S$41.7 million ($32.4 million) in trade financing
against cargoes that did not exist.

Tan Boon Keat, 54, had pleaded guilty in June to nine charges - six of cheating and three of
falsifying accounts. The court also weighed 23 further charges when deciding the term.

Between March 2019 and January 2023, Tan arranged for fabricated invoices and bills of lading
to be submitted to the banks, describing shipments of coal and palm oil that were either
invented or had already been financed elsewhere, according to court documents.

Tan kept the scheme going by rolling over old financing with new drawdowns, the court heard,
so that the banks were repaid on time with money borrowed against fresh false documents. In
mitigation, his lawyers argued that he had not spent the money on himself but had used it to
keep the company afloat after freight rates collapsed.

[AD]

Justice Lim Wei Ping said in the High Court that Tan had not acted on "a momentary lapse" but
had built the scheme document by document over almost four years.

Prosecutors had sought a term of seven to eight years, while the defence asked for three and
a half years, citing Tan's guilty plea and a heart condition.

"Trade finance runs on trust in paper. When the paper is false, every honest trader pays for
it in higher costs and slower credit," Deputy Public Prosecutor Rachel Ng told the court.

The banks, which were not named in court, are still owed S$18.6 million, the prosecution said.
Tan has made restitution of about S$2.1 million.

Orchid Strait Shipping, which chartered bulk carriers across Southeast Asia, was placed under
judicial management in February 2023 with debts of about S$95 million, after one of its
lenders noticed two requests for financing backed by the same bill of lading.

The company's former finance manager, Wong Li Ting, 39, was jailed for 22 months in March for
her part in the scheme.

Judicial managers appointed to Orchid Strait Shipping have filed civil claims against Tan to
recover part of the losses, and those proceedings are continuing.

Tan's lawyer, Senior Counsel Daniel Goh, said his client would study the court's grounds
before deciding whether to appeal. Tan, who is on bail, was allowed to surrender on Sept. 8 to
begin serving his sentence.

The law allows up to 10 years' jail, plus a fine, for every cheating count.

Singapore's authorities have stepped up scrutiny of commodity trade finance since a run of
trader collapses in 2020 exposed weak documentary checks at several banks.
""")

_S3_B = _tpl_paper(
    site="The Singapore Courier",
    url="https://www.sgcourier.example/news/courts-crime/2026/08/18/ex-cfo-orchid-strait-shipping-jailed",
    headline="Ex-CFO of Orchid Strait Shipping jailed 5 years 2 months for duping banks of $41.7m",
    dek="Tan Boon Keat built the deception over almost four years, the court said; his former subordinate was jailed in March",
    section="Courts & Crime",
    byline="Nur Aisyah Rahman, Court Correspondent",
    iso="2026-08-18T17:20:00+08:00",
    visible_date="Aug 18, 2026, 05:20 PM",
    year="2026",
    tags=["Courts", "Fraud", "Shipping", "Banking"],
    nav=["Singapore", "Asia", "World", "Business", "Tech", "Opinion", "Life"],
    related=[
        "Ex-finance manager jailed 22 months over Orchid Strait Shipping fraud (March 2026)",
        "How fake bills of lading slipped past bank checks",
        "MAS reprimands bank over trade-finance controls",
        "Man charged with cheating elderly victims in renovation scam",
    ],
    body="""
A former chief financial officer who used fake shipping documents to obtain $41.7 million in
trade financing from three banks received a jail term of five years and two months on Tuesday.

Tan Boon Keat, 54, who was CFO of bulk shipping firm Orchid Strait Shipping, had pleaded guilty
in June to six counts of cheating and three counts of falsifying the company's accounts. Twenty-three
other charges were considered in sentencing.

Judicial Commissioner Lim Wei Ping, delivering the sentence in the High Court, rejected the
defence's argument that Tan had been driven by the company's cash-flow problems.

"The accused did not act on a momentary lapse. He built the deception document by document,
over almost four years, and he kept building it when he had every chance to stop," the judge
said.

## How the scheme worked

Court documents showed that from March 2019 to January 2023, Tan directed staff to prepare
invoices and bills of lading for cargoes of coal and palm oil. Some of the cargoes never
existed; others had already been used to obtain financing from another bank.

The documents were then presented to three banks, which advanced money on the strength of
them. The banks are still owed $18.6 million. Tan has repaid about $2.1 million.

The fraud came to light in late 2022, when one of the banks noticed that a bill of lading it
had been given had also been presented to a second lender. Orchid Strait Shipping was placed
under judicial management the following February.

[AD]

## Plea for leniency

Deputy Public Prosecutor Rachel Ng had asked for seven to eight years' jail, saying the case
called for a strong deterrent message. The offences had damaged Singapore's standing as a
trade-finance centre, she said.

Tan's lawyer, Senior Counsel Daniel Goh of Goh Ramasamy LLP, asked for three years and six
months. He told the court his client had a heart condition and had accepted responsibility.

"Mr Tan has accepted responsibility from the first day and has cooperated fully with the
authorities," Mr Goh said after the hearing. "We will study the grounds of decision before
deciding whether to appeal."

Any appeal must be filed within 14 days. Tan, who is out on bail of $500,000, will surrender
on Sept 8 to begin his sentence.

[FIG] Tan Boon Keat arriving at the Supreme Court building on Tuesday morning. || Photo: Kelvin Ong/The Singapore Courier

His former subordinate, finance manager Wong Li Ting, 39, was sentenced in March to 22 months'
jail after pleading guilty to four charges. She had prepared some of the false documents on
Tan's instructions, the court heard then.

Orchid Strait Shipping chartered bulk carriers on routes between Indonesia, Malaysia,
Vietnam and China. At the height of its business in 2021 it had about 120 employees.

The maximum for each cheating count was a decade behind bars plus a fine. The
judge ordered some of the sentences to run consecutively, resulting in the total of 62
months.

In court, Tan, dressed in a grey suit, stood with his hands clasped, his face unchanged, while the
judge read out the term. His wife and two adult children sat in the public gallery.
""")

_S3_C = _tpl_paper(
    site="TradeFinance Asia Review",
    url="https://tradefinanceasia.example/news/fraud-compliance/orchid-strait-cfo-sentenced-lessons-for-lenders",
    headline="Orchid Strait CFO sentenced: what the ruling tells lenders about document fraud",
    dek="The former CFO gets 62 months; the case shows how a single duplicated bill of lading unravelled a four-year scheme",
    section="Fraud & Compliance",
    byline="By Arvind Pillai",
    iso=None,
    visible_date="19 August 2026",
    year="2026",
    tags=["Trade finance", "Fraud", "Bills of lading", "Singapore"],
    nav=["News", "Deals", "Fraud & Compliance", "Digitisation", "Supply chain finance", "Events"],
    sep=" - ",
    related=[
        "Electronic bills of lading: adoption tracker, Q2 2026",
        "Lenders pull back from mid-sized commodity traders",
        "Survey: document checks remain mostly manual",
        "Webinar recording: spotting duplicate financing",
    ],
    body="""
Singapore's High Court has sentenced Tan Boon Keat, the former chief financial officer of
Orchid Strait Shipping, to five years and two months in prison for a scheme that drew S$41.7
million (about US$32.4 million) in trade financing from three banks using fabricated and
recycled shipping documents.

The sentence, handed down on Tuesday by Justice Lim Wei Ping, ends a case that has been
closely watched by lenders in the city-state's commodity finance market. The banks were not
named in the proceedings.

In his remarks, the judge rejected the defence's portrayal of Tan as a manager cornered by
his company's finances. "The accused did not act out of desperation. He built the deception
document by document, over almost four years, and he kept building it when he had every
chance to stop," he said.

## The mechanics

The scheme ran from March 2019 until January 2023. According to the statement of facts, Tan
had invoices and bills of lading prepared for coal and palm oil shipments. Some described
cargoes that did not exist at all. Others described genuine cargoes that had already been
financed by another lender.

It was the second type that eventually exposed him. In late 2022 a bank's operations team
matched a bill of lading against one already presented to a different lender. Within a few months the company had been placed under judicial management.

The banks remain exposed to S$18.6 million (about US$14.5 million). Tan has made restitution
of roughly S$2.1 million.

[AD]

## Deterrence

Deputy Public Prosecutor Rachel Ng had sought seven to eight years. Her submission put the
issue in terms that will be familiar to anyone in the industry: "Trade finance runs on trust
in paper. When the paper is false, every honest trader pays for it in higher costs and slower
credit."

Tan pleaded guilty to nine charges, with 23 more taken into consideration. His counsel,
Daniel Goh SC, had asked for three and a half years.

Arjun Mehta, a former head of trade operations at a European bank's Singapore branch who now
advises lenders on controls, said the case showed the limits of paper checks. "Every document
in this case was internally consistent. The only thing that gave it away was comparing notes
with another bank, which is exactly what competitors have traditionally been reluctant to
do," he said.

## Where the market is heading

Since a 2021 change to Singapore's electronic transactions law, a bill of lading issued
electronically can carry the legal weight of a paper one, and a number of banks now insist on
them for new commodity clients.
Take-up among smaller shipping and trading firms, however, remains patchy.

Several lenders have also joined shared registries that flag documents already presented for
financing. Mehta said such registries would "almost certainly" have caught the duplicated
bills at Orchid Strait within days rather than years.

Tan's former colleague, finance manager Wong Li Ting, received 22 months in March. Tan is due
to begin his sentence in September, and his lawyers have not yet said whether he will appeal.
""")

STORY_3 = _story("court-QF3", "court", "2026-08-21", [
    _page("https://www.meridianwire.example/world/asia-pacific/2026/08/18/singapore-ex-shipping-cfo-jailed-trade-finance-fraud", _S3_A),
    _page("https://www.sgcourier.example/news/courts-crime/2026/08/18/ex-cfo-orchid-strait-shipping-jailed", _S3_B),
    _page("https://tradefinanceasia.example/news/fraud-compliance/orchid-strait-cfo-sentenced-lessons-for-lenders", _S3_C),
], [
    ("jail term",
     r"(five|5) years(,| and) (two|2) months|(?<![\d.])5 years 2 months|(?<![\d.])62 months",
     r"(five|5) years(,| and) (eight|8) months|(?<![\d.])5 years 8 months|(?<![\d.])68 months"),
    ("judge's title", r"(?<![\w])justice(?![\w])", r"judicial commissioner"),
    ("wording of the judge's key line", r"momentary lapse", r"out of desperation"),
])


# ===========================================================================
# Story 4 - trade: New Zealand-Philippines Economic Partnership Agreement signed
# Thursday 16 July 2026. Planted: place of signing (C says Cebu City) and the
# duty-free beef quota (B says 20,000 tonnes).
# ===========================================================================

_S4_A = _tpl_paper(
    site="The Wellington Standard",
    url="https://www.wellingtonstandard.example/news/business/nz-philippines-trade-deal-signed-dairy-tariffs",
    headline="NZ and Philippines sign trade deal that phases out dairy tariffs",
    dek="Milk powder tariffs go to zero over seven years under the agreement signed in Manila today; exporters welcome a 'breakthrough' on beef",
    section="Business",
    byline="Tama Henare, Political Reporter",
    iso="2026-07-16T18:05:00+12:00",
    visible_date="Thursday, 16 July 2026, 6:05pm",
    year="2026",
    tags=["Trade", "Dairy", "Philippines", "Exports"],
    nav=["Latest", "New Zealand", "World", "Business", "Politics", "Rural", "Opinion"],
    related=[
        "Global dairy auction: whole milk powder edges higher",
        "Beef prices hold up despite US demand wobble",
        "Opinion: small deals add up to a big trade strategy",
        "Kiwifruit growers eye Vietnam after tariff cut",
    ],
    body="""
New Zealand and the Philippines have signed a trade agreement that will phase out tariffs on
New Zealand milk powder and open a duty-free quota for beef, in what the Government says is
the most significant access gain for dairy in Southeast Asia in more than a decade.

Trade and Investment Minister Hamish Te Rangi and Philippine Trade Secretary Cristina Dela
Peña signed the New Zealand-Philippines Economic Partnership Agreement in Manila at 10.30am
local time, 2.30pm in New Zealand.

"For years dairy was the item nobody across the table wanted to discuss," Te Rangi said
after the ceremony. "Now it is in the text, with dates attached."

Under the deal, Philippine tariffs on milk powder will fall to zero over seven years. Tariffs
on butter and cheese will be removed over ten years. Beef exporters get a duty-free quota of
12,000 tonnes a year, with shipments above that still charged the standard 10 per cent.

Once fully in force, the agreement will remove tariffs on 97 per cent of New Zealand's exports
to the Philippines by value. Officials estimate it will save exporters about NZ$31 million a
year in duties.

[AD]

Two-way trade between the countries was worth NZ$1.3 billion in the year to March, of which
New Zealand exports made up about NZ$1 billion. Dairy alone accounted for NZ$610 million of
that, or about three-fifths.

## What the Philippines gets

In return, New Zealand will scrap its remaining tariffs on Philippine goods, which run at up
to 5 per cent on some processed foods and clothing, as soon as the agreement takes effect.

The number of working holiday visas available to young Filipinos will rise from 100 a year
to 600.

Dela Peña said Manila had "opened carefully, with long phase-ins where our farmers need
them", while winning better access for Philippine exporters.

The Philippines already trades with New Zealand under the regional agreement between Asean,
Australia and New Zealand, but that deal left most dairy tariffs untouched.

## Farmers cautiously pleased

Dairy Exporters Council chief executive Kiri Lawson called the milk powder schedule "a
genuine breakthrough", saying Southeast Asia was where most of the growth in powder demand
would come from over the next decade.

Red Meat Exporters Forum chair Graeme Dunlop said the beef quota was a solid start. "It won't
change the world for anyone this year, but it gives our processors a reason to build
relationships there," he said.

Negotiations were launched in Wellington in February last year and substantially concluded
in May.

## Next steps

The agreement now has to be ratified by both countries. In New Zealand it will go through
the parliamentary treaty examination process, while in the Philippines it needs the
concurrence of two-thirds of the 24-member Senate.

Te Rangi said the Government hoped it could enter into force in early 2027.

He flies to Jakarta tomorrow for talks with Indonesian ministers.
""")

_S4_B = _tpl_paper(
    site="Philippine Business Ledger",
    url="https://www.phbizledger.example/news/economy/ph-nz-sign-economic-partnership-deal",
    headline="PH, NZ sign economic partnership deal; local dairy sector seeks safeguards",
    dek="DTI says long phase-ins protect farmers; 600 working holiday slots a year for young Filipinos",
    section="Economy",
    byline="Bea Santiago",
    iso=None,
    visible_date="July 17, 2026",
    year="2026",
    tags=["DTI", "New Zealand", "Dairy", "Free trade"],
    nav=["Economy", "Markets", "Banking", "Property", "Agribusiness", "Opinion", "Infographics"],
    related=[
        "Peso closes weaker as dollar demand picks up",
        "DTI eyes two more bilateral deals before 2028",
        "Dairy cooperatives in Batangas expand processing",
        "BSP seen keeping rates steady next month",
    ],
    body="""
MANILA - The Philippines and New Zealand yesterday signed an economic partnership agreement
that the Department of Trade and Industry (DTI) said would widen access for Philippine goods
and workers while giving local dairy farmers years to adjust.

Trade Secretary Cristina Dela Peña and New Zealand's trade minister, Hamish Te Rangi, signed
the agreement at Malacañang Palace at 10:30 a.m.

"We opened carefully, with long phase-ins where our farmers need them, and we won access for
the things Filipinos make well," Dela Peña told reporters after the signing.

Under the deal, New Zealand will remove all remaining tariffs on Philippine products on its
side as soon as the agreement enters into force. Philippine exports to New Zealand, led by
electronics, coconut products and fresh fruit, were worth about NZ$300 million in the year to
March.

The agreement also raises the annual cap on working holiday visas for Filipinos.

"Six hundred young Filipinos a year will be able to live and work in New Zealand, up from one
hundred," Dela Peña said.

[AD]

## Dairy and beef concessions

On the Philippine side, tariffs on milk powder from New Zealand will be phased out over seven
years, while those on butter and cheese will go to zero over 10 years.

New Zealand beef will be allowed in duty-free up to 20,000 tonnes a year. Volumes above the
quota will pay the regular tariff of 10 percent.

Total trade between the two countries reached NZ$1.3 billion, or about $770 million, in the
year to March, equivalent to roughly P44 billion. New Zealand is a major source of the milk
powder used by Philippine food manufacturers.

Local dairy groups said they were not consulted enough.

"A seven-year phase-out sounds long in Wellington. In a barangay with twenty cows, it is
tomorrow," said Ramon Villanueva, spokesperson of the Luzon Dairy Cooperatives Alliance.
Domestic production meets only about 1 percent of the country's dairy needs.

The DTI said the agreement contains a safeguard mechanism that allows tariffs to be
temporarily raised if imports surge and hurt local producers.

## Senate concurrence needed

The deal will be transmitted to the Senate, where at least 16 of the 24 senators must vote to
concur before it can take effect. DTI officials said they hoped for Senate action before the
end of the year, so that the agreement could enter into force in early 2027.

Talks on the agreement began in February 2025. This is the Philippines' first bilateral trade
agreement with New Zealand, though both countries are members of regional trade pacts.

The DTI earlier said it was also exploring bilateral deals with two other countries, which it
has not named.

Dela Peña also met Te Rangi on the sidelines to discuss cooperation in geothermal energy, an
area where New Zealand companies have been active in the Philippines for decades.

The Philippine peso closed at 57.45 to the US dollar yesterday.
""")

_S4_C = _tpl_newsroom(
    site="AgriTrade Pacific",
    url="https://agritradepacific.example/dairy/2026/07/17/philippines-nz-epa-milk-powder-beef-quota",
    headline="Philippines-NZ deal: milk powder duties to zero in seven years, beef quota set",
    description="What exporters get under the New Zealand-Philippines Economic Partnership Agreement, line by line.",
    section="Dairy & Meat",
    byline="Sophie Albrecht",
    iso="2026-07-17T07:15:00+12:00",
    year="2026",
    nav=["Dairy", "Meat", "Grains", "Horticulture", "Markets", "Policy", "Podcast"],
    related=[
        "GDT preview: buyers cautious on butter",
        "China infant formula imports slide again",
        "Vietnam's dairy processors look to diversify supply",
        "Australian beef exports to Korea hit record",
    ],
    body="""
New Zealand dairy and meat exporters have secured their best terms yet in the Philippine
market after the two governments signed their Economic Partnership Agreement (EPA) in Cebu
City on Thursday.

The text, released after the signing, confirms the tariff schedules that industry groups had
been briefed on when negotiations were substantially concluded in May.

## The dairy schedule

Philippine tariffs on milk powder, New Zealand's largest export to the country, will be cut
in equal annual steps to zero over seven years. Butter and cheese tariffs will be removed over
ten years, in line with the longer phase-ins the Philippines sought for products its own
cooperatives make.

A safeguard clause will allow duties to be raised temporarily if imports surge.

Kiri Lawson, chief executive of the Dairy Exporters Council, said the outcome improved
significantly on the regional agreement between Asean, Australia and New Zealand. "Southeast
Asia is where the growth in powder demand is," she said. "This puts our exporters on a
better footing in one of its fastest-growing markets."

New Zealand's dairy exports to the Philippines were worth NZ$610 million (US$360 million) in
the year to March, roughly 61 per cent of all its goods exports to the country.

[AD]

## Beef

The EPA creates a duty-free tariff-rate quota for New Zealand beef of 12,000 tonnes a year.
Out-of-quota shipments will continue to face the 10 per cent applied tariff.

Graeme Dunlop, chair of the Red Meat Exporters Forum, said processors would now look at
building chilled supply chains into the Philippines. "It gives our processors a reason to
build relationships there," he said, cautioning that the volume would not move prices this
year.

## Other provisions

Once fully implemented, tariffs will be eliminated on 97 per cent of New Zealand's exports to
the Philippines by value. New Zealand officials put the eventual annual duty saving at NZ$31
million, about US$18 million.

New Zealand removes all remaining tariffs on Philippine goods at entry into force and lifts
its working holiday visa cap for Filipinos to 600 a year from 100.

Trade and Investment Minister Hamish Te Rangi described dairy as "the item nobody across the
table wanted to discuss" until this negotiation. "Now it is in the text," he said, "with dates
attached."

## Timing

Both sides must ratify before the EPA takes effect; the stated aim is entry into force early
in 2027. In the Philippines the Senate must concur by a two-thirds vote.

Philippine dairy cooperatives, which supply about 1 per cent of domestic demand, have
criticised the agreement and are expected to lobby senators for longer transition periods.

Te Rangi was due in Jakarta on Friday for meetings with Indonesian trade officials.
""")

STORY_4 = _story("trade-QF4", "trade", "2026-07-20", [
    _page("https://www.wellingtonstandard.example/news/business/nz-philippines-trade-deal-signed-dairy-tariffs", _S4_A),
    _page("https://www.phbizledger.example/news/economy/ph-nz-sign-economic-partnership-deal", _S4_B),
    _page("https://agritradepacific.example/dairy/2026/07/17/philippines-nz-epa-milk-powder-beef-quota", _S4_C),
], [
    ("place of signing", r"manila|malaca[ñn]ang", r"cebu"),
    ("duty-free beef quota", r"(?<![\d,.])12[, ]?000(?![\d])", r"(?<![\d,.])20[, ]?000(?![\d])"),
])


# ===========================================================================
# Story 5 - rocket (CONTROL): fifth Nuri launch, 12:54 a.m. KST Friday 12 June
# 2026 (15:54 UTC / 11:54 a.m. EDT Thursday 11 June), a day after a wind delay.
# ===========================================================================

_S5_A = _tpl_newsroom(
    site="Eastline News Agency",
    url="https://www.eastline.example/en/science/20260612/south-korea-nuri-fifth-launch-noeul-1-orbit",
    headline="South Korea's Nuri rocket puts Noeul-1 satellite in orbit on fifth flight",
    description="The home-built launcher flew a day late, after winds high above Goheung forced a postponement.",
    section="Science",
    byline="Choi Yoon-ah",
    iso="2026-06-11T17:35:00Z",
    year="2026",
    nav=["National", "North Korea", "Economy", "Science", "Culture", "World"],
    related=[
        "Space agency to open second launch pad tender next year",
        "Seoul, Canberra sign satellite data-sharing memorandum",
        "Hanwha Aerospace shares near record on defence orders",
        "Heavy rain forecast for Jeju this weekend",
    ],
    body="""
GOHEUNG, South Korea, June 12 (Eastline) - South Korea's Nuri rocket placed a
space-weather satellite and 12 cubesats into orbit early Friday, the country's space agency
said, extending its record of successful flights a day after high-altitude winds forced a
postponement.

The three-stage rocket left its pad at the Naro Space Center at 12:54 a.m., partway into a 30-minute window, and released its main payload, the Noeul-1
satellite, about 13 minutes later at an altitude of roughly 600 kilometers.

"Nuri has now done its job four times in a row," Korea AeroSpace Administration (KASA)
Administrator Seo Jae-won told a briefing at the launch site shortly after 2 a.m. "The
question is no longer whether Korea can reach orbit on its own, but how often."

[AD]

Noeul-1 sent its first signal at 1:36 a.m. through the King Sejong Station in Antarctica, the
Korea Aerospace Research Institute (KARI) said. As of 2:30 a.m., ground controllers had
received signals from four of the 12 cubesats, and attempts to contact the rest were
continuing.

Noeul-1 is designed to work for at least three years. Its measurements will feed
space-weather alerts used by airlines, satellite operators and power grid managers, the
institute said. The sun-synchronous orbit keeps the satellite crossing the equator at the
same local solar time on every pass, which makes its readings easier to compare from one day
to the next.

The launch had originally been set for 12:54 a.m. Thursday but was called off on Wednesday
afternoon after weather forecasts showed upper-level winds beyond the rocket's limits.

"On Thursday the upper-level winds were outside our limits by a wide margin. Tonight they
were comfortably inside," said Park Min-ho, who directs the Nuri program at KARI.

Several thousand people watched the night launch from beaches and viewing areas around
Goheung, county officials said, many of them returning after Thursday's postponement. The
rocket's exhaust lit up the low cloud over the bay for more than a minute after liftoff.

The 520-kilogram Noeul-1, developed by KARI at a cost of 78 billion won, will study charged
particles and the upper atmosphere from a sun-synchronous orbit. Eight of the cubesats were
built by universities and four by private companies.

Nuri, which stands 47.2 meters tall, failed to reach orbit on its first flight in October
2021 but has succeeded on every attempt since, including its fourth flight last November.

Hanwha Aerospace, which took over assembly of the rocket from the state institute, plans to
run a sixth launch in 2027.

The presidential office congratulated the engineers in a statement and said the government
would expand funding for private launch services.
""")

_S5_B = _tpl_paper(
    site="Korea Daily Courier",
    url="https://www.koreadailycourier.example/news/national/2026/06/12/nuri-fifth-launch-success",
    headline="Nuri succeeds again: Noeul-1 in orbit, 9 of 12 cubesats heard from",
    dek="Fourth straight success for the Korean launcher; Hanwha Aerospace targets two flights a year by 2028",
    section="National",
    byline="Kang Ji-hoon, Science Reporter",
    iso="2026-06-12T11:40:00+09:00",
    visible_date="2026-06-12 11:40 KST",
    year="2026",
    tags=["Nuri", "KASA", "KARI", "Space", "Hanwha Aerospace"],
    nav=["National", "Politics", "Economy", "Business", "Science", "Entertainment", "Sports"],
    related=[
        "[Editorial] After Nuri, a private launch market",
        "KASA budget request rises 11% for 2027",
        "Startups line up for rideshare slots on sixth Nuri",
        "Goheung tourism board plans launch-viewing park",
    ],
    body="""
Nuri, the launcher South Korea designed and built itself, put its main satellite and a dozen
cubesats into orbit early Friday morning, its fourth success in a row.

Liftoff came at 12:54 a.m. from the Naro Space Center, the country's only launch site, in
Goheung County on the South Jeolla coast, 24 hours later than first planned. The launch had been scrapped on Wednesday because strong
winds were forecast in the upper atmosphere for the original Thursday slot.

About 13 minutes and five seconds after liftoff, the rocket's third stage released Noeul-1, a
520-kilogram satellite that will observe space weather and the upper atmosphere from an
orbit 600 kilometers above the Earth. The 12 cubesats followed at roughly 20-second
intervals.

According to the Korea Aerospace Research Institute, Noeul-1 sent its first signal 42
minutes after launch via the King Sejong Station, Korea's research base in Antarctica. It
established two-way communication with the institute's ground station in Daejeon at 7:48
a.m.

As of 10 a.m., nine of the 12 cubesats had made contact, KARI said. Engineers said it was
normal for some small satellites to take a day or more to be heard from.

[FIG] The rocket climbs away from its Goheung pad shortly before 1 a.m. Friday. || Photo: Korea AeroSpace Administration

## 'How often, not whether'

KASA Administrator Seo Jae-won declared the launch a success at a press briefing at the
space center in the early hours.

"The question is no longer whether Korea can reach orbit on its own, but how often," Seo said.

Nuri has now flown five times. The first launch, in October 2021, left its dummy payload short
of orbit, but the rocket has succeeded four times in a row since June 2022.

The Noeul-1 satellite cost 78 billion won, or about $57 million, to develop. The cubesats
were built by eight universities and four private companies, with missions ranging from
Earth imaging to testing new radio equipment.

[AD]

## Private sector takes the lead

The launch was the second in which Hanwha Aerospace led the assembly and operation of the
rocket, as the government moves to hand over the launcher to industry.

Lee Dong-hyun, an executive vice president at Hanwha Aerospace in charge of its space
business, said the company aimed to increase the launch rate.

"Our aim is two launches a year by 2028, and a customer list that doesn't start and end with
the government," Lee said.

The sixth Nuri launch is scheduled for 2027, and later flights are expected to carry more
commercial payloads.

Park Min-ho, head of KARI's Nuri program, said the one-day delay had been the right call. He
said the winds on Thursday had been well outside the rocket's limits, and had calmed
considerably by launch time on Friday.

Korean-developed 75-ton-class engines, four of them, power the first stage of the
47.2-meter, 200-ton vehicle.

The presidential office congratulated the engineers and researchers and said it would
support the growth of a private launch industry.
""")

_S5_C = _tpl_newsroom(
    site="OrbitLedger",
    url="https://orbitledger.example/launches/2026/06/11/nuri-flight-5-noeul-1",
    headline="Nuri Flight 5 delivers Noeul-1 and 12 cubesats to sun-synchronous orbit",
    description="South Korea's KSLV-II launched at 1554 UTC after a 24-hour weather delay, its fourth consecutive success.",
    section="Launch Report",
    byline="Jordan Alvarez",
    iso="2026-06-11T21:10:00Z",
    year="2026",
    nav=["Launches", "Satellites", "Policy", "Business", "Deep Space", "Newsletter"],
    dateline_note="Updated 5:10 p.m. EDT",
    related=[
        "Launch roundup: five flights in the coming week",
        "Japan's H3 adds second launch pad crew",
        "Rideshare pricing creeps up as demand grows",
        "ESA signs space-weather data deal with Asian partners",
    ],
    body="""
South Korea's Nuri rocket, also known as KSLV-II, launched on its fifth flight Thursday,
lifting off from the Naro Space Center at 11:54 a.m. Eastern (1554 UTC), or 12:54 a.m.
Friday local time.

The launch came 24 hours later than first planned; the original attempt was called off
because of high-altitude winds. Liftoff came about halfway into a 30-minute window that
opened at 12:40 a.m. Korea Standard Time.

The rocket's three stages performed as planned. The third stage released the primary
payload, Noeul-1, at T+13 minutes 5 seconds, followed by 12 cubesats deployed at intervals
of about 20 seconds. All 13 satellites were placed in a sun-synchronous orbit at an altitude
of about 600 kilometers (373 miles).

[AD]

## The payload

Noeul-1 is a 520-kilogram (1,146-pound) space-weather observatory developed by the Korea
Aerospace Research Institute (KARI). Its instruments will measure energetic particles and
the density of the upper atmosphere, data that feeds into satellite drag models and
forecasts of radio disruption. KARI reported the spacecraft's first signal at 1636 UTC,
received through Korea's King Sejong Station in Antarctica.

The cubesats came from eight universities and four companies. As of late Thursday Eastern
time, operators had confirmed signals from at least four of them.

## The vehicle

Nuri is 47.2 meters (155 feet) tall and weighs about 200 metric tons at liftoff. The first
stage is powered by four 75-ton-class kerosene-fueled engines, the second by a single engine
of the same class, and the third by a 7-ton-class engine.

Flight 5 was the second Nuri mission with Hanwha Aerospace as prime contractor for assembly
and launch operations, part of a transfer of the program from KARI to industry. Hanwha has
said it wants to reach a cadence of two launches per year by 2028.

"Nuri has now done its job four times in a row," said Seo Jae-won, administrator of the
Korea AeroSpace Administration (KASA), at a post-launch briefing.

## Track record

Nuri got to space on its first flight in October 2021, but its third stage cut out early and
the dummy payload fell short of orbit. Flights 2, 3 and 4, in June 2022, May 2023 and
November 2025, were all successful.

KASA has said Flight 6 will fly in 2027. The agency is also funding early design work on a
larger, partially reusable successor that would not fly before the 2030s.

Noeul-1 cost 78 billion won, or about $57 million, to build. At current exchange rates of
around 1,370 won to the dollar, that makes it one of the more modest national science
missions flown this year.

OrbitLedger will update this report as more cubesat operators confirm contact.
""")

_S5_D = _tpl_newsletter(
    site="Launch Log Asia",
    url="https://launchlogasia.example/p/nuri-five-the-night-the-winds-dropped",
    headline="Nuri five: the night the winds dropped",
    teaser="A scrub, a 24-hour wait, and 13 satellites in orbit. Notes from a weekend of cubesat roll calls.",
    author="Yuna Seo-Whitfield",
    visible_date="",
    year="2026",
    author_bio="Launch Log Asia is an independent newsletter about rockets and satellites in the Asia-Pacific, written from Busan.",
    related=[
        "Why Goheung, anyway?",
        "H3, Kairos, Nuri: the Asia launch calendar for 2026",
        "The cubesat class of 2025, one year on",
    ],
    body="""
Hello from a very sleepy Saturday. I said in Wednesday's issue that the weather looked bad for
Thursday's attempt and that a one-day slip was likely. For once I was right: KASA called off
the launch that afternoon, and Nuri flew instead at 12:54 a.m. on Friday, which for those of
you on UTC was still Thursday afternoon.

Everything went the way it is supposed to. Noeul-1 came off the third stage a little over 13
minutes after liftoff, and the dozen cubesats popped out after it, one every 20 seconds or
so. The first signal from Noeul-1 reached King Sejong Station in Antarctica at 1:36 a.m.,
which is 42 minutes after liftoff if you are counting.

## The roll call

The cubesats are the part I enjoy most, because they are where students get their hands
dirty. Here is how the count of satellites heard from has moved:

At 2:30 on Friday morning, four of the 12 had phoned home. By mid-morning Friday KARI said
nine. And as of this morning, Saturday, the count stands at 11 of 12. The one missing is a
university radio-test satellite; its team told me they have not given up and will keep
listening through next week.

That last cubesat was built by a team of nine students and exists to test a cheap radio
receiver. If it stays silent it will not be the first small satellite to do so, and its
builders say most of what they learned came from making it anyway.

"Our team hasn't slept properly since Tuesday," said Kim Hae-rin, the graduate student who
leads one of the university teams whose satellite checked in on Friday afternoon. "When the
first packet came in, half of us cried and the other half pretended not to."

[AD]

## Why the delay mattered

Park Min-ho, who runs the Nuri program at KARI, said at the overnight briefing that the
winds on Thursday had been "outside our limits by a wide margin". A day later they were
comfortably inside. I mention this because some people online complained about the scrub.
Don't. Fifth flight or not, this is still a young rocket.

## Numbers to keep

Noeul-1 weighs 520 kg and cost 78 billion won, a bit under $60 million. Its orbit is
sun-synchronous at about 600 km, or roughly 370 miles. Nuri has now flown five times, with
one failure in 2021 and four successes in a row since.

KASA chief Seo Jae-won's line, that the question is now how often Korea launches rather than
whether it can, is the right one. Hanwha Aerospace says it wants two launches a year by 2028.
The next Nuri is booked for 2027. That cadence has to double before anyone can call this a
launch industry.

Next week: the Japanese side of the calendar, and a reader question about why Goheung gets
such narrow windows.
""")

STORY_5 = _story("rocket-QF5", "rocket", "2026-06-15", [
    _page("https://www.eastline.example/en/science/20260612/south-korea-nuri-fifth-launch-noeul-1-orbit", _S5_A),
    _page("https://www.koreadailycourier.example/news/national/2026/06/12/nuri-fifth-launch-success", _S5_B),
    _page("https://orbitledger.example/launches/2026/06/11/nuri-flight-5-noeul-1", _S5_C),
    _page("https://launchlogasia.example/p/nuri-five-the-night-the-winds-dropped", _S5_D),
], [])


# ===========================================================================
# Story 6 - earthquake (CONTROL): magnitude 6.3 near Bima, Sumbawa, Indonesia,
# 11:40 p.m. WITA Sunday 14 September 2025 (10:40 p.m. WIB; 15:40 UTC; 1:40 a.m.
# AEST Monday). Toll rises 9 -> 14 -> 17 across the pages.
# ===========================================================================

_S6_A = _tpl_newsroom(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/asia-pacific/2025/09/15/indonesia-sumbawa-quake-kills-nine",
    headline="Magnitude 6.3 quake on Indonesia's Sumbawa kills at least nine",
    description="Shallow tremor near the town of Bima damages hundreds of homes; no tsunami threat, officials say.",
    section="Asia-Pacific",
    byline="Rizky Ananda",
    iso="2025-09-15T02:30:00Z",
    year="2025",
    nav=["World", "Business", "Markets", "Environment", "Health", "Pictures"],
    related=[
        "Indonesia's Merapi volcano spews ash column, alert unchanged",
        "Philippines braces for typhoon on Luzon's east coast",
        "Jakarta floods: thousands evacuated after overnight rain",
        "Bali tourism numbers steady despite airport disruption",
    ],
    body="""
JAKARTA, Sept 15 (Meridian Wire) - A shallow magnitude 6.3 earthquake jolted the eastern end of
Indonesia's Sumbawa island late on Sunday, leaving at least nine people dead and hundreds of
homes cracked or flattened, according to Indonesia's disaster agency.

The quake, centred 10 km (6 miles) below the surface, hit at 11:40 p.m. local time (1540
GMT), with its epicentre on land about 23 km (14 miles) north-east of the city of Bima in West Nusa
Tenggara province, according to Indonesia's geophysics agency BMKG. The U.S. Geological Survey
also measured it at 6.3.

As of 9 a.m. on Monday, nine people had been confirmed dead, more than 80 injured and around
600 houses damaged, the disaster agency, known as BNPB, said. Most of the deaths were in Bima
regency, where people were crushed by collapsing walls and roofs.

[AD]

BMKG ruled out any tsunami. More than 30 aftershocks had been
recorded by mid-morning, the strongest of magnitude 4.9.

Residents in Wera, one of the districts closest to the epicentre, fled their homes in the
dark and spent the night in fields and on roadsides.

In Bima city, the main town in the eastern half of the island with about 160,000 people,
several shopfronts along the market street were torn open and electricity was cut to some
neighbourhoods for several hours before being restored around dawn, local officials said.
Residents of neighbouring Dompu regency and of Labuan Bajo, a tourist town on Flores to the
east, also reported strong shaking.

"The floor lifted and dropped. I grabbed my son and we ran out with no shoes," said Siti
Aminah, a 42-year-old food vendor in Wera.

Television footage showed collapsed brick houses, a mosque with a cracked dome and patients
being treated on mattresses outside a hospital in Bima.

The regional hospital moved dozens of patients into tents in its car park after cracks
appeared in one of its wards, its director told local media. The regency government said it
urgently needed tarpaulins and clean water.

The airport serving Bima resumed operations on Monday morning after its runway was checked
for damage, the transport ministry said.

Earthquakes are a constant of life across the Indonesian archipelago, which straddles the
edges of several colliding plates. Lombok, next door, lost more than 500 lives to a sequence
of quakes in 2018.

The disaster agency said search teams were still trying to reach several villages in the
hills north of Bima, where landslides had cut roads, and warned that the toll could rise.

Sumbawa, an island of about 1.5 million people east of Lombok and Bali, is known for its
farming, horses and surf beaches.
""")

_S6_B = _tpl_paper(
    site="Nusantara Daily",
    url="https://www.nusantaradaily.example/news/national/2025/09/15/bima-earthquake-death-toll-rises-to-14",
    headline="Bima earthquake: death toll rises to 14, nearly 5,000 displaced",
    dek="BNPB says teams are using motorbikes to reach hill villages; BMKG records dozens of aftershocks",
    section="National",
    byline="Dewi Lestari and Made Arya",
    iso="2025-09-15T21:00:00+07:00",
    visible_date="Monday, 15 September 2025 | 21:00 WIB",
    year="2025",
    tags=["Earthquake", "West Nusa Tenggara", "BNPB", "BMKG"],
    nav=["National", "Politics", "Economy", "Regions", "Jakarta", "World", "Lifestyle"],
    related=[
        "Government allocates Rp 25 billion for Bima quake response",
        "Lombok 2018: what rebuilding taught disaster planners",
        "Rupiah steadies as investors await BI meeting",
        "East Java floods: 3 villages cut off",
    ],
    body="""
The number of people killed by the magnitude 6.3 earthquake in Bima, West Nusa Tenggara, rose
to 14 on Monday evening as search teams reached villages cut off by landslides, according to
the national disaster agency, BNPB.

As of 7 p.m. WIB, 212 people had been injured and 1,340 houses damaged, 390 of them heavily.
A total of 4,870 residents had left their homes and were staying in tents, mosques and school
buildings.

The earthquake struck at 10:40 p.m. WIB on Sunday (11:40 p.m. local time), centred on land in
Bima regency, 23 kilometres north-east of Bima city, at a depth of 10 kilometres.

"The numbers will keep moving as teams reach villages in the hills," BNPB head of data,
information and communication Yudha Prasetyo said in Jakarta. "Some roads are cut by
landslides, so our teams are going in on motorbikes."

[FIG] Residents salvage belongings from a collapsed house in Wera district, Bima regency, on Monday. || Photo: Nusantara Daily/Ilham Syah

## Local fault

BMKG, the country's weather and geophysics agency, put the quake down to slip on a local
fault within the crust, not on the subduction zone that runs south of the Nusa Tenggara
islands.

"This was a shallow quake on a local fault in the crust, not on the subduction zone to the
south, which is why the shaking was strong but the area affected fairly small," said Rina
Kartikasari, head of BMKG's earthquake and tsunami centre.

BMKG recorded 38 aftershocks up to noon on Monday. The strongest, of magnitude 4.9, occurred
at 4:02 a.m. WIB.

There was never any tsunami risk, the agency added.

[AD]

## Emergency response

Bima Regent Ahmad Fauzan declared a 14-day emergency response period, running until
September 28. Classes at schools in the regency have been suspended for a week.

West Nusa Tenggara Governor Lalu Hamzah Putra visited the regional hospital in Bima on Monday
afternoon, where dozens of injured people were being treated in tents in the car park because
of cracks in one of the wards.

The central government has allocated Rp 25 billion for emergency relief, covering food,
tarpaulins, clean water and medical supplies, BNPB said. Several state-owned companies have
also sent aid.

Sultan Muhammad Salahuddin Airport in Bima reopened at 7 a.m. local time on Monday after the
runway was inspected. Ferry services between Sumbawa and Flores were operating normally.

The quake was also felt in Dompu regency, west of Bima, and in Labuan Bajo on Flores,
across the Sape Strait to the east.

The province's last deadly quake emergency was in 2018, when a run of strong tremors on Lombok
left more than 500 people dead and hundreds of thousands of homes in need of repair.
""")

_S6_C = _tpl_broadcast(
    site="Southern Cross Broadcasting",
    url="https://www.southerncross.example/news/world/indonesia-sumbawa-earthquake-toll-rises-australians-safe",
    headline="Sumbawa earthquake toll rises to 17 as Australia pledges $1 million in aid",
    summary="An earthquake of magnitude 6.3 struck near Bima on Sumbawa at 1:40am AEST on Monday. At least 17 people are dead. No Australians have been reported hurt.",
    section="World",
    byline="By South-East Asia correspondent Hannah Kirby",
    iso=None,
    visible_date="Tuesday 16 September 2025 at 7:12pm",
    year="2025",
    nav=["Just In", "Australia", "World", "Business", "Pacific", "Health", "Sport"],
    related=[
        "Bali flights unaffected by Sumbawa quake, airlines say",
        "How Indonesia's tsunami warning system works",
        "Smartraveller updates advice for Indonesia",
        "Surf tourism returns to Lombok seven years after quakes",
    ],
    body="""
Seventeen people are now known to have died after Sunday night's earthquake on Sumbawa, in
eastern Indonesia, and the Australian government has pledged $1 million in emergency aid.

The magnitude-6.3 earthquake struck at 1:40am AEST on Monday, which was 11:40pm on Sunday in
Sumbawa, about 23 kilometres north-east of the city of Bima.

Indonesia's disaster agency said on Tuesday afternoon that 263 people had been injured and
more than 2,100 homes damaged. Nearly 6,000 people were sleeping in tents or evacuation
centres.

Rescuers have been struggling to reach some hill villages north of Bima. Yudha Prasetyo, a
spokesman for the disaster agency, said on Monday that some roads had been "cut by
landslides" and teams were "going in on motorbikes".

[FIG] A damaged mosque in Bima regency, on the Indonesian island of Sumbawa. || Supplied: Indonesian Red Cross

## Australians safe

DFAT said it had not been told of any Australian casualties.

Several hundred Australians are believed to be on Sumbawa, many of them surfers staying
around Lakey Peak in Dompu regency, about 90 kilometres south-west of the epicentre.

Cameron Tait, a 34-year-old from Brisbane who runs a surf camp at Hu'u in Dompu, said the
quake woke everyone.

"The whole bungalow rattled for maybe twenty seconds, and then every dog in the village
started barking," he said. "Down here it's a few cracked walls. Up around Bima it's a very
different story."

[AD]

## $1 million in aid

The Australian aid, worth about 10.8 billion rupiah, will go through the Indonesian Red Cross
and UN agencies for shelter, water and sanitation.

Bima's regent, Ahmad Fauzan, said tarpaulins and clean water were the most urgent needs.

"We need tarpaulins, clean water and doctors more than anything else right now," he said.

Indonesia's central government has already set aside 25 billion rupiah, or about $2.3 million,
for relief.

## Aftershocks continue

Indonesia's meteorology and geophysics agency said there had been dozens of aftershocks, the
strongest a magnitude-4.9 tremor early on Monday morning local time.

It said the quake was shallow, at about 10 kilometres, which is why damage was heavy close to
the epicentre.

Indonesian Red Cross volunteers have set up two field kitchens in Wera, the district closest
to the epicentre, and are trucking in drinking water because the local piped supply was
broken by the quake.

Dr Sarah Lindqvist, a seismologist at the Australian National University, said quakes of
that size on shallow crustal faults were common across the Nusa Tenggara islands.

"It's not a big quake by regional standards, but when it's this shallow and this close to
people living in unreinforced masonry, you get exactly this kind of damage," she said.

Dr Lindqvist said aftershocks were likely to continue for weeks, but would usually become
smaller and less frequent over time.

Sumbawa draws far fewer visitors than neighbouring Bali and Lombok, but its surf breaks
attract a steady stream of Australians, particularly during the dry season from May to
October.

Flights between Australia and Bali have not been affected.
""")

_S6_D = _tpl_paper(
    site="Lombok-Sumbawa Times",
    url="https://www.lstimes.example/bima/2025/09/17/bima-quake-day-three-tents-water-and-waiting",
    headline="Bima quake, day three: tents, water and waiting",
    dek="Seventeen dead across three areas; in Wera, families sleep outside as aftershocks continue",
    section="Bima",
    byline="Fahmi Ramadhan, in Wera",
    iso="2025-09-17T09:15:00+08:00",
    visible_date="Wed, 17 Sep 2025 09:15 WITA",
    year="2025",
    tags=["Bima", "Earthquake", "Wera", "Dompu"],
    nav=["Mataram", "Lombok", "Sumbawa", "Bima", "Business", "Tourism", "Opinion"],
    sep=" - ",
    related=[
        "Photos: the first night after the Bima earthquake",
        "Dompu 2023: the smaller quake that foreshadowed this one",
        "Volunteers from Mataram head east with supplies",
        "Onion prices jump as Bima harvest disrupted",
    ],
    body="""
Three days after the earthquake, most of the families in Wera are still not sleeping under a
roof. Some have houses that are no longer standing. Others have houses that look fine and are
afraid to go in.

The magnitude 6.3 earthquake struck at 11.40pm on Sunday, centred about 23km north-east of
Bima city. The death toll has stood at 17 since Tuesday afternoon, according to the regional
disaster management agency (BPBD).

Of the dead, 11 were in Bima regency, including seven in Wera district alone, four in Bima
city and two in Dompu regency.

Injuries total 263. The number of damaged homes has been revised to 2,115, of which 612 are
heavily damaged, and 5,940 people are displaced. Forty-six schools have been damaged.

[FIG] Families from Wera village share a tarpaulin shelter on a football field, Tuesday evening. || Photo: Fahmi Ramadhan/LST

## 'We ran out with no shoes'

Siti Aminah, the food vendor from Wera whose description of the quake was widely shared on
Monday, is now living with her son and her sister's family under a blue tarpaulin on the
village football field.

She repeated what she had told reporters: she grabbed her son and ran. "We ran out with no
shoes. Now we have shoes, but no kitchen," she said.

Water is the main concern. The village's piped supply broke in the earthquake, and tanker
trucks from the regency government are arriving twice a day.

Regent Ahmad Fauzan said on Tuesday the regency needed "tarpaulins, clean water and doctors
more than anything else". The 14-day emergency period he declared runs until 28 September.

[AD]

## Aftershocks

The BMKG station in Bima has recorded 61 aftershocks up to Tuesday evening, most of them too
small to feel. The largest, magnitude 4.9, came at 5.02am on Monday.

"Every time the ground moves a little, the children start crying again," said Nurhayati, a
midwife volunteering at a health post in Wera.

The most common problems she now sees, she said, are cuts and sprains among people clearing
rubble, and diarrhoea among young children, which she blamed on unsafe water.

## Not the first time

Older residents remember the Dompu earthquake of March 2023, a magnitude 5.4 event that
damaged about 300 homes but killed no one. This quake, they say, was different: sharper, and
in the middle of the night.

School classes in the regency are suspended until Monday, 22 September, and the regency
education office says temporary classrooms in tents will be ready by then.

Aid from Jakarta and from the provincial government in Mataram has been arriving by road and
through Bima's airport. The national disaster agency has committed Rp 25 billion for the
emergency phase.

Volunteers are asking for donations of baby formula, sanitary supplies and torches. Drop-off
points have been set up at the LST office in Mataram and at the Bima regent's office.
""")

STORY_6 = _story("quake-QF6", "earthquake", "2025-09-18", [
    _page("https://www.meridianwire.example/world/asia-pacific/2025/09/15/indonesia-sumbawa-quake-kills-nine", _S6_A),
    _page("https://www.nusantaradaily.example/news/national/2025/09/15/bima-earthquake-death-toll-rises-to-14", _S6_B),
    _page("https://www.southerncross.example/news/world/indonesia-sumbawa-earthquake-toll-rises-australians-safe", _S6_C),
    _page("https://www.lstimes.example/bima/2025/09/17/bima-quake-day-three-tents-water-and-waiting", _S6_D),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
