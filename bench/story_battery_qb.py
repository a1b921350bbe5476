"""Part QB of the story battery (web pages).

Written by engineer QB1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QB`.

Six invented events, each told by three or four invented outlets as full saved web pages.
cb-QB1 (central bank): the Bank of England cuts Bank Rate to 3.5% on Thursday 7 May 2026;
planted: the vote split (7-2 in three pages, 8-1 in a newsletter) and who said the
"road back to 2 per cent" quote (Governor Greig everywhere but a Frankfurt trade paper, which
gives it to Deputy Governor Cardew). court-QB2 (court): a Strasbourg human-rights judgment
against Italy over a Campania landfill, delivered Tuesday 14 April 2026; planted: the number of
applicants (14 vs 12 in a British paper), the minister who reacted (environment minister vs
"justice minister" in a legal blog) and the judgment date (14 April vs 16 April in a local
paper). quake-QB3 (earthquake): a magnitude 5.9/6.0 quake off Kalamata, Greece, at 02:21 local
time on Sunday 12 July 2026 (23:21 GMT Saturday); planted: the village where an elderly couple
died (Kardamyli vs Stoupa in the early wire), how long the shaking lasted (about 20 seconds
vs nearly 40 seconds in a British paper) and the civil-protection minister's quote ("in the
affected villages" vs "anywhere in Messinia" in a seismology blog). CONTROLS, with no
disagreement at all: trade-QB4 (trade: French customs' April 2026 trade figures, released
Friday 5 June 2026), rocket-QB5 (rocket: a Spanish start-up's suborbital Halcon-2 flight from
El Arenosillo on Thursday 24 September 2026) and election-QB6 (election: the Savona mayoral
runoff of 7-8 June 2026). Every story carries rounding, unit and currency conversions, time
zones and calendar-day shifts, relative dates, rising tolls, places and titles at different
precision, partial and paraphrased quotes, look-alike figures about different things, future
events and part-versus-whole counts.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------------------

def _h(s: str, mod: int = 99991) -> int:
    """Deterministic small checksum for invented link ids (hash() is salted per run)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(s)) % mod


def _esc(s: str) -> str:
    return _html.escape(s, quote=False)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _ad(label: str, text: str) -> str:
    return (f'<div class="ad-slot" aria-label="Advertisement"><span class="ad-label">{_esc(label)}'
            f'</span><div class="ad-creative"><a href="https://ads.adnet.example/click?id=88231" '
            f'rel="sponsored">{_esc(text)}</a></div></div>')


def _newsletter_box(site: str, pitch: str) -> str:
    return (f'<aside class="newsletter-signup"><h4>Get {_esc(site)} in your inbox</h4>'
            f'<span class="nl-pitch">{_esc(pitch)}</span>'
            '<form action="/newsletters/subscribe" method="post"><input type="email" '
            'name="email" placeholder="Your email address"><button type="submit">Sign up'
            '</button></form><small>Leave whenever you like; details in our privacy notice.'
            '</small></aside>')


def _figure(src: str, alt: str, caption: str, credit: str) -> str:
    return (f'<figure class="lead-image"><img src="{_attr(src)}" alt="{_attr(alt)}" '
            f'loading="lazy" width="1200" height="675"><figcaption>{_esc(caption)} '
            f'<span class="credit">{_esc(credit)}</span></figcaption></figure>')


def _body(text: str, inserts: dict[int, str] | None = None) -> str:
    """Blank-line separated paragraphs become <p>; '## ' blocks become sub-heads; inserts
    maps a paragraph count to a snippet placed after that many paragraphs."""
    inserts = inserts or {}
    out: list[str] = []
    n = 0
    for block in text.strip().split("\n\n"):
        b = " ".join(block.split())
        if not b:
            continue
        if b.startswith("## "):
            out.append(f"<h2>{_esc(b[3:])}</h2>")
            continue
        out.append(f"<p>{_esc(b)}</p>")
        n += 1
        if n in inserts:
            out.append(inserts[n])
    return "\n".join(out)


def _related(title: str, items: list[str], base: str) -> str:
    lis = "".join(
        f'<li><a href="{base}/{i}-{_h(t)}">{_esc(t)}</a></li>'
        for i, t in enumerate(items, 1))
    return f'<aside class="related-rail"><h3>{_esc(title)}</h3><ul>{lis}</ul></aside>'


def _cookie_banner(text: str) -> str:
    return (f'<div id="consent-banner" class="cmp" role="dialog" aria-modal="false">'
            f'<span>{_esc(text)}</span><button class="cmp-accept">Accept all</button>'
            f'<button class="cmp-reject">Reject non-essential</button>'
            f'<a href="/privacy/cookies">Manage preferences</a></div>')


def _nav(items: list[str]) -> str:
    lis = "".join(f'<li><a href="/{_attr(i.lower().replace(" ", "-"))}">{_esc(i)}</a></li>'
                  for i in items)
    return f'<nav class="main-nav" aria-label="Sections"><ul>{lis}</ul></nav>'


def _share() -> str:
    return ('<div class="share-bar"><span>Share this article</span>'
            '<a class="share-x" href="#">X</a><a class="share-fb" href="#">Facebook</a>'
            '<a class="share-li" href="#">LinkedIn</a><a class="share-wa" href="#">WhatsApp</a>'
            '<a class="share-mail" href="#">Email</a><button class="copy-link">Copy link'
            '</button></div>')


# Template 1: wire service page, JSON-LD dates, dateline in the first paragraph.
def _wire_page(*, site: str, url: str, section: str, headline: str, summary: str,
               author: str, iso: str, shown: str, body: str, figure: str,
               related: list[str], updated_iso: str | None = None,
               updated_shown: str | None = None) -> str:
    ld: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "description": summary, "datePublished": iso,
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": site},
        "mainEntityOfPage": url, "articleSection": section,
    }
    if updated_iso:
        ld["dateModified"] = updated_iso
    upd = (f'<span class="updated">Updated {_esc(updated_shown)}</span>'
           if updated_shown else "")
    host = url.split("/")[2]
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
<meta property="og:image" content="https://img.{host}/share/default-1200.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_attr(url)}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<script>window.__ADS__={{"slots":["top","mid"],"section":"{_attr(section)}"}};</script>
</head>
<body class="wire article">
<a class="skip-link" href="#content">Skip to content</a>
{_cookie_banner("This service relies on cookies and comparable tools to work, to count visits and, if you agree, to tailor the adverts you see.")}
<header class="site-header"><a class="logo" href="/">{_esc(site)}</a>
{_nav(["World", "Business", "Markets", "Politics", "Science", "Sport", "Video"])}
<a class="login" href="/account">Sign in</a></header>
<main id="content">
<article>
<div class="kicker">{_esc(section)}</div>
<h1>{_esc(headline)}</h1>
<div class="byline">By <a rel="author" href="/authors/{_attr(author.lower().replace(" ", "-"))}">{_esc(author)}</a>
<span class="published">{_esc(shown)}</span> {upd}</div>
{_share()}
{figure}
<div class="article-body">
{body}
</div>
<div class="reporting-credit">Editing by the {_esc(site)} desk. How we report: see our editorial code.</div>
</article>
{_related("More from " + site, related, "/article")}
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/licensing">Licensing our content</a></li></ul>
<p class="legal">&copy; 2026 {_esc(site)}. All rights reserved.</p></footer>
</body>
</html>"""


# Template 2: newspaper / broadcaster page, meta article:published_time and a <time>.
def _paper_page(*, site: str, url: str, section: str, headline: str, standfirst: str,
                author: str, iso: str, shown: str, body: str, figure: str,
                related: list[str], sep: str = "|",
                nav_items: list[str] | None = None,
                subscribe_cta: str = "Subscribe from \u00a31 a week",
                footer_note: str = "Registered in England and Wales.") -> str:
    host = url.split("/")[2]
    nav_items = nav_items or ["News", "UK", "World", "Business", "Money", "Opinion",
                              "Culture", "Travel"]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} {sep} {_esc(site)}</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(standfirst)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:image" content="https://i.{host}/img/og/{_h(headline)}.jpg">
<meta property="article:published_time" content="{_attr(iso)}">
<meta property="article:section" content="{_attr(section)}">
<meta name="author" content="{_attr(author)}">
<link rel="stylesheet" href="/static/css/main.7f3a.css">
</head>
<body>
<a href="#maincontent" class="skip">Skip to main content</a>
{_cookie_banner("Your privacy matters to us. Cookies keep this site running, tell us which pages get read and help fund our reporting through adverts.")}
<div class="masthead"><a href="/" class="brand">{_esc(site)}</a>
<a class="subscribe-cta" href="/subscribe">{_esc(subscribe_cta)}</a></div>
{_nav(nav_items)}
<div class="ad-leaderboard">{_ad("Advertisement", "Switch your home insurance in minutes - compare quotes today")}</div>
<main id="maincontent">
<article class="story">
<span class="section-label">{_esc(section)}</span>
<h1 class="headline">{_esc(headline)}</h1>
<h2 class="standfirst">{_esc(standfirst)}</h2>
<div class="meta"><span class="author">{_esc(author)}</span>
<time datetime="{_attr(iso)}">{_esc(shown)}</time></div>
{_share()}
{figure}
<div class="story-body">
{body}
</div>
<div class="corrections">Spotted an error? Contact our readers' editor.</div>
</article>
{_related("Most read", related, "/news")}
</main>
<footer><nav class="footer-links"><a href="/help">Help</a> <a href="/advertise">Advertise with us</a>
<a href="/jobs">Work for us</a> <a href="/complaints">Complaints</a> <a href="/privacy">Privacy policy</a></nav>
<small>&copy; {_esc(site)} 2026. {_esc(footer_note)}</small></footer>
</body>
</html>"""


# Template 3: local / regional news site, no machine-readable date (visible text date or none).
def _local_page(*, site: str, url: str, section: str, headline: str, summary: str,
                author: str, shown: str | None, body: str, figure: str,
                related: list[str], nav_items: list[str] | None = None,
                topbar: str = "Today: 24\u00b0C, sunny",
                rail_title: str = "Most popular this week") -> str:
    nav_items = nav_items or ["Home", "Local", "Region", "Business", "Sport", "Events",
                              "Obituaries", "Contact"]
    date_line = f'<span class="pubdate">{_esc(shown)}</span>' if shown else ""
    crumbs = _json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList",
                          "itemListElement": [
                              {"@type": "ListItem", "position": 1, "name": "Home"},
                              {"@type": "ListItem", "position": 2, "name": section}]})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<script type="application/ld+json">{crumbs}</script>
</head>
<body class="local-news">
<a class="skiplink" href="#story">Skip to content</a>
{_cookie_banner("This website uses cookies. Some are essential, others help us pay for local reporting.")}
<div class="topbar"><span class="ticker">{_esc(topbar)}</span> <a href="/e-paper">Read the e-paper</a> <a href="/jobs">Local jobs</a></div>
<header><a class="logo" href="/">{_esc(site)}</a>
{_nav(nav_items)}</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_attr(section.lower())}">{_esc(section)}</a></div>
<main id="story">
<h1>{_esc(headline)}</h1>
<div class="story-info"><span class="writer">{_esc(author)}</span> {date_line}
<span class="comments-count">23 comments</span></div>
{figure}
<div class="entry-content">
{body}
</div>
<div class="share-bottom">{_share()}</div>
<section class="comments"><h3>Comments</h3><span>Comments are moderated. Please keep it civil.</span>
<a href="/login">Log in to comment</a></section>
</main>
{_related(rail_title, related, "/story")}
<footer class="local-footer"><span>{_esc(site)} is an independent local publisher.</span>
<a href="/advertise">Advertise</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a>
<span>&copy; 2026</span></footer>
</body>
</html>"""


# Template 4: blog / newsletter archive page, no machine-readable date.
def _blog_page(*, site: str, url: str, headline: str, summary: str, author: str,
               author_bio: str, shown: str | None, body: str, tags: list[str],
               related: list[str]) -> str:
    date_line = f'<div class="post-date">{_esc(shown)}</div>' if shown else ""
    tag_html = " ".join(f'<a class="tag" href="/tag/{_attr(t.lower().replace(" ", "-"))}">'
                        f'{_esc(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:url" content="{_attr(url)}">
<meta name="generator" content="Inkwell 4.2">
</head>
<body class="post-template">
<a class="skip-to" href="#post">Skip to content</a>
<header class="blog-header"><a href="/" class="blog-title">{_esc(site)}</a>
<nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a>
<a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main id="post">
<article>
<h1 class="post-title">{_esc(headline)}</h1>
<div class="post-meta"><span class="post-author">{_esc(author)}</span></div>
{date_line}
<div class="post-content">
{body}
</div>
<div class="post-tags">{tag_html}</div>
<div class="post-share"><a href="#">Share</a> <a href="#">Comment</a> <a href="#">Restack</a></div>
<div class="author-card"><strong>{_esc(author)}</strong> <span>{_esc(author_bio)}</span></div>
{_newsletter_box(site, "Free weekly analysis. Paid members get the full archive.")}
</article>
{_related("Recent posts", related, "/p")}
</main>
<footer class="blog-footer"><span>&copy; 2026 {_esc(author)}</span> <a href="/privacy">Privacy</a>
<a href="/terms">Terms</a> <span>Powered by Inkwell</span></footer>
</body>
</html>"""


# ======================================================================================
# STORY 1 - central bank (planted: vote split 7-2 vs 8-1; quote speaker Greig vs Cardew)
# Bank of England, decision at 12:00 BST (11:00 GMT, 13:00 CEST) on Thursday 7 May 2026.
# ======================================================================================

_S1_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/business/bank-of-england-cuts-rate-to-3-5-2026-05-07/",
    section="Central Banks",
    headline="Bank of England trims rates to 3.5% as two policymakers dissent",
    summary="The Bank of England cut Bank Rate by a quarter point on Thursday but its "
            "governor signalled no rush to ease further.",
    author="Lydia Okafor",
    iso="2026-05-07T12:09:00+01:00",
    shown="May 7, 2026 12:09 PM BST",
    figure=_figure("https://img.meridianwire.example/2026/05/07/boe-greig.jpg",
                   "Governor at a lectern",
                   "Bank of England Governor Alastair Greig speaks to reporters in London.",
                   "Photo: Sam Whitlow/Meridian Wire"),
    related=["Sterling slips after Bank of England decision",
             "Euro zone factory activity edges up in April",
             "UK house prices rise 0.4% in April - lender survey",
             "Swiss franc firms as investors seek shelter"],
    body=_body("""
LONDON, May 7 (Meridian Wire) - The Bank of England brought Bank Rate down to 3.5% from 3.75%
on Thursday, its second reduction of the year, but Governor Alastair Greig made
clear that policymakers were in no mood to quicken the pace of easing while prices in the
services sector keep climbing briskly.

The Monetary Policy Committee split 7-2. External member Catherine Lomax and the Bank's
chief economist, Hugh Pemberton, both argued for keeping Bank Rate at 3.75%, according to
minutes of the meeting published alongside the decision at noon.

"We can see the road back to 2 per cent more clearly than at any point in the past two
years, but we are not going to sprint down it," Greig told reporters gathered in the Bank's
Threadneedle Street building.

The quarter-point move had been widely expected. Thirty-one of the 38 economists polled by
Meridian Wire last week had forecast a cut, with the rest looking for no change until June.

Greig said the committee would take its decisions one meeting at a time and declined to say
whether a further move in June had been ruled out.

## Inflation outlook

Consumer price inflation was 3.1% in March, official data released last month showed, down
from 3.4% at the start of the year.

In its quarterly Monetary Policy Report, the Bank said it now expects inflation to ease to
2.4% by the final quarter of 2026 and to reach its 2% target in the second quarter of 2027,
a little sooner than it had projected in February.

It also nudged up its growth forecast for this year to 1.0% from 0.8%, citing firmer
consumer spending, and pencilled in growth of 1.3% for 2027. Unemployment, at 5.1%, is seen
peaking close to its current level.

Lomax and Pemberton judged that services inflation, which stood at 4.4% in March, and annual
growth in regular pay of 3.9% were still too strong to square with the target, the minutes
showed.

## Markets

Sterling slipped 0.4% against the dollar to $1.3312 after the announcement, while the yield
on two-year gilts, which is sensitive to expectations for official rates, fell 6 basis points
to 3.41%.

"Today's move was never in doubt. What mattered was the tone, and the tone was deliberately
cool," said Nadia Qureshi, chief UK economist at Brackwell Securities. "I still think they
cut again in August, but June looks like a pause."

The Bank lowered rates in February by the same margin on a narrow 5-4 vote, then left them
unchanged in March with all nine policymakers in agreement.

A Treasury spokesperson said cheaper borrowing would "ease the squeeze on households with
mortgages and give firms more room to invest".

The committee's next decision is due on June 18.
""", {4: _ad("Advertisement", "Open a business account in 10 minutes - no paperwork"),
      9: _ad("Sponsored", "Trade global indices with tight spreads. Capital at risk.")}),
)

_S1_B = _paper_page(
    site="The Chronicle",
    url="https://www.thechronicle.example/business/2026/may/07/bank-of-england-interest-rate-cut-mortgages-greig",
    section="Business | Interest rates",
    headline="Bank of England cuts interest rates to 3.5% but governor cools hopes of quick relief",
    standfirst="Tracker borrowers gain about £29 a month, while two members of the nine-strong "
               "committee wanted no change",
    author="Rosalind Keane, Economics editor",
    iso="2026-05-07T18:45:00+01:00",
    shown="Thu 7 May 2026 18.45 BST",
    figure=_figure("https://i.thechronicle.example/img/2026/05/07/threadneedle.jpg",
                   "The Bank of England building",
                   "The Bank of England in the City of London. The Bank has now cut rates "
                   "twice this year.",
                   "Photograph: Imogen Rhys/The Chronicle"),
    related=["Savers warned to act fast as easy-access rates slide",
             "The cost of a pint: how pub prices rose 40% in a decade",
             "Council tax bills: what the new bands mean for you",
             "Nurses vote on latest pay offer",
             "Landlords sell up as tax changes bite"],
    body=_body("""
Millions of homeowners will get some respite after Threadneedle Street delivered its second
rate cut of 2026, though its governor warned that reductions would stay slow while
the cost of services keeps rising faster than policymakers would like.

The decision, reached by seven votes to two on the Bank's Monetary Policy Committee and
announced at noon on Thursday, takes Bank Rate down a quarter-point to 3.5%.

Catherine Lomax, one of the committee's four external members, and Hugh Pemberton, the
Bank's chief economist, voted to hold rates at 3.75%.

For a homeowner on a tracker mortgage of £200,000 with 25 years left to run, the cut should
knock roughly £29 off monthly repayments, or about £350 over a year, according to the
Chronicle's calculations. The majority of mortgage holders have fixed deals, so their
payments stay the same for now.

Lenders had already been trimming fixed-rate offers in anticipation. The average two-year
fixed mortgage now costs 4.71%, according to the property data firm Halden Analytics,
compared with 5.36% a year ago.

Savers are likely to feel the other side of the move. Several building societies said on
Thursday afternoon that they would review their easy-access rates within a fortnight.

Speaking at the Bank's press conference, Alastair Greig said: "We can see the road back to 2
per cent more clearly than at any point in the past two years, but we are not going to sprint
down it."

He added that the committee would "take each meeting as it comes" and refused to be drawn on
whether borrowers could hope for another reduction in June.

## 'Just not at the pace'

The Bank's deputy governor for monetary policy, Fiona Cardew, said the stubbornness of
services prices, which rose 4.4% in the year to March, was the main reason for caution.
"Services inflation is coming down, just not at the pace a 2 per cent world needs," she said.

Headline inflation was 3.1% in March, according to figures published last month by the
Office for National Statistics. The Bank's new forecasts show it falling back to the 2%
target between April and June next year.

The Bank also revised up its forecast for economic growth in 2026 to 1%, from 0.8% three
months ago.

Tom Ellery, a former member of the rate-setting committee who now teaches economics at the
University of Warwick, said the split showed the committee was "closer to the end of this
cycle than the beginning". He added: "Two dissenters, one from the chief economist's chair and
one from an external seat, is a real signal, not noise."

February's cut was far more contentious, passing by just five votes to four, before the
committee kept rates on hold in March.

The next rate decision is due on 18 June.
""", {4: _newsletter_box("The Chronicle", "Business Today: the stories that move your money, "
                         "every weekday morning."),
      8: _ad("Advertisement", "Remortgaging? Speak to a fee-free adviser today")}),
)

_S1_C = _paper_page(
    site="EuroMarkets Daily",
    sep="-",
    url="https://www.euromarkets-daily.example/en/central-banks/boe-cuts-bank-rate-25bp-sterling-softens",
    section="Central banks",
    headline="BoE cuts Bank Rate 25bp to 3.50%; sterling softens against euro and dollar",
    standfirst="MPC vote 7-2; rate gap to the ECB narrows to 150bp; gilts rally at the short end",
    author="Katrin Holtmann, Frankfurt",
    iso="2026-05-07T14:20:00+02:00",
    shown="07.05.2026, 14:20 CEST",
    nav_items=["Markets", "Central banks", "Fixed income", "FX", "Equities", "Commodities",
               "Data"],
    subscribe_cta="Professional subscription: free 14-day trial",
    footer_note="EuroMarkets Daily GmbH, Frankfurt am Main.",
    figure=_figure("https://i.euromarkets-daily.example/photos/2026/gbp-eur-screen.jpg",
                   "Trading screen",
                   "Sterling traded lower after the announcement.",
                   "Photo: EMD/Archive"),
    related=["ECB speakers keep June options open",
             "Bund yields edge lower ahead of euro area PMIs",
             "Norges Bank holds, signals cut later in 2026",
             "Swiss franc: SNB sight deposits steady"],
    body=_body("""
FRANKFURT - The Bank of England took 25 basis points off Bank Rate, leaving it at 3.50%, at
13:00 Frankfurt time (11:00 GMT) on Thursday, a 7-2 decision that money markets had largely priced
in, leaving investors focused on what the Monetary Policy Committee (MPC) signals for the
summer months.

Two MPC members, Catherine Lomax and Hugh Pemberton, preferred to keep the rate at 3.75%.

The move narrows the spread between UK and euro area policy rates to 150 basis points. The
European Central Bank's deposit facility rate has stood at 2.00% since June of last year, and
the ECB's Governing Council announces its next decision in early June.

Deputy Governor Fiona Cardew struck a cautious note at the press conference in London. "We
can see the road back to 2 per cent more clearly than at any point in the past two years, but
we are not going to sprint down it," Cardew said.

## Curve and currency

Sterling money markets now price about 40 basis points of further easing by the end of 2026,
compared with roughly 48bp before the announcement. Two-year gilt yields fell 6bp to 3.41%,
while the 10-year yield was 4bp lower at 4.38%.

The pound lost 0.3% against the euro to €1.1408 and 0.4% against the dollar to $1.3312 in the
hour after the decision.

"The euro-sterling cross is trading the rate differential almost tick for tick," said Jonas
Weidlich, head of FX strategy at Rheinufer Bank in Frankfurt. "If the BoE keeps to this slow
rhythm while the ECB sits still, sterling has limited room to weaken much further from here."

UK equities took the decision in their stride. London's FTSE 100 index was 0.5% higher in
early afternoon trading, with housebuilders and mortgage lenders among the better performers
on the prospect of cheaper home loans.

## Projections

Staff projections in the May Monetary Policy Report see UK CPI inflation at 2.4% in Q4 2026
and back at the 2% target in Q2 2027. Headline CPI was 3.1% y/y in March, with services CPI
at 4.4% - the component that the two dissenters cited, along with pay growth of 3.9%.

For comparison, euro area HICP inflation was 2.1% in April, according to Eurostat's flash
estimate, leaving the ECB under far less pressure to act than its counterpart in London.

The BoE also raised its 2026 GDP growth projection to 1.0%, from 0.8% in February, and sees
1.3% in 2027.

Analysts at Rheinufer Bank expect one further 25bp cut in the UK this year, most likely in
August, and no change from the ECB before the autumn.

The MPC's next announcement is scheduled for 18 June.
""", {3: _ad("Anzeige", "Institutional FX liquidity - connect via API in one day"),
      8: _ad("Anzeige", "Fixed income data feeds from the Main - request a demo")}),
)

_S1_D = _blog_page(
    site="The Rate Sheet",
    url="https://ratesheet.example/p/a-cut-a-shrug-and-one-holdout",
    headline="A cut, a shrug and one holdout: reading Thursday's Bank of England decision",
    summary="Bank Rate is down to 3.5%. Here's why the Bank still sounds in no hurry.",
    author="Owen Mackintosh",
    author_bio="Former gilt trader. Writes The Rate Sheet every Saturday morning.",
    shown="Saturday 9 May 2026",
    tags=["Bank of England", "Mortgages", "Inflation"],
    related=["Why the February vote was closer than it looked",
             "Trackers versus fixes: a 2026 cheat sheet",
             "Reading the minutes so you don't have to"],
    body=_body("""
Good morning. If you were hoping Thursday would be the moment the Bank of England finally
sounded relaxed about inflation, I'm afraid you'll have to keep waiting.

The headline is simple enough. Bank Rate is now 3.5%, down a quarter of a point from 3.75%,
the second cut of 2026 after February's. The vote was 8-1, with external member Catherine
Lomax the only one who wanted to stay put.

What interested me more was Alastair Greig's language at the press conference. He said the
Bank could see "the road back to 2 per cent" more clearly than at any point in the past two
years, but that it was "not going to sprint down it". That second half is the bit the market
heard.

## Why so cautious?

Look at the numbers the committee is staring at. Headline CPI was 3.1% in March. Services
inflation, the measure the MPC treats as its best read on home-grown price pressure, was
4.4%. Regular pay is still growing at close to 4% a year. None of those are numbers you'd want
to declare victory on.

The Bank's own forecast has inflation falling to 2.4% by the end of this year and touching
the target in the second quarter of 2027. The February report had that moment a little later,
so the improvement is real, but it is modest.

## The February comparison

Three months ago the committee cut by the same amount, but only just: five votes to four. It
then sat on its hands in March, unanimously. So on Thursday the doves clearly gained ground.
Read that alongside Greig's tone and you get a committee that is more united about direction
but still wary about speed.

## What it means for you

If you're on a tracker, your payments fall roughly in line with the cut, which works out at
around £29 a month on a £200,000, 25-year repayment loan. If you're on a fix, nothing changes
until your deal ends, though the average two-year fix has drifted down to about 4.7%. If
you're a saver, enjoy your current rate while it lasts.

## Next stop: 18 June

The next decision lands on Thursday 18 June. Markets put the odds of a June cut at roughly
one in four; I'd put them lower. My base case remains a pause in June and another
quarter-point cut in August, which would take Bank Rate to 3.25% by the end of the summer.

One last thought. The growth forecast went up, to 1% this year from 0.8%. A central bank that
sees its economy strengthening and services inflation sticking is not going to hurry. Plan
accordingly.

That's the Rate Sheet for this week. See you next Saturday.
""", {5: _ad("Sponsor", "This week's issue is supported by Ledgerly, bookkeeping for sole traders.")}),
)

STORY_1 = _story("cb-QB1", "central bank", "2026-05-11", [
    _page("https://www.meridianwire.example/business/bank-of-england-cuts-rate-to-3-5-2026-05-07/",
          _S1_A),
    _page("https://www.thechronicle.example/business/2026/may/07/bank-of-england-interest-rate-cut-mortgages-greig",
          _S1_B),
    _page("https://www.euromarkets-daily.example/en/central-banks/boe-cuts-bank-rate-25bp-sterling-softens",
          _S1_C),
    _page("https://ratesheet.example/p/a-cut-a-shrug-and-one-holdout", _S1_D),
], [
    ("vote split",
     r"(?<![\d.,])(?<!\d[-–])(?:7\s?(?:[-–]|to)\s?2|seven(?: votes)? to two)(?!\d|[.,]\d|\s?[-–]\s?\d)",
     r"(?<![\d.,])(?<!\d[-–])(?:8\s?(?:[-–]|to)\s?1|eight(?: votes)? to one)(?!\d|[.,]\d|\s?[-–]\s?\d)"),
    ("quote speaker (road back to 2 per cent)", r"\bgreig\b", r"\bcardew\b"),
])


# ======================================================================================
# STORY 2 - court (planted: 14 vs 12 applicants; environment vs justice minister;
# judgment date 14 April vs 16 April). Strasbourg, Tuesday 14 April 2026, 10:00 CEST.
# ======================================================================================

_S2_A = _wire_page(
    site="Continental Press Agency",
    url="https://www.cpa-news.example/europe/2026/04/14/rights-court-faults-italy-over-campania-landfill",
    section="Europe",
    headline="European rights court faults Italy over leaking landfill in Campania",
    summary="Strasbourg judges found Italy failed to shield residents of Roccapiana from "
            "groundwater pollution and awarded damages.",
    author="Mathilde Kessler",
    iso="2026-04-14T11:32:00+02:00",
    shown="14 April 2026, 11:32 CEST",
    figure=_figure("https://img.cpa-news.example/2026/04/14/echr-building.jpg",
                   "Human Rights Building in Strasbourg",
                   "The Human Rights Building in Strasbourg, seat of the European Court of "
                   "Human Rights.",
                   "CPA/Gaspard Weill"),
    related=["Council of Europe ministers meet in Strasbourg next month",
             "Spain: court halts port expansion over wetland concerns",
             "Greek island bans new holiday rentals",
             "Italy's parliament passes water utilities reform"],
    body=_body("""
STRASBOURG, April 14 (CPA) - Italy failed to protect the residents of a small town in
Campania from pollution seeping out of a disused landfill, the Strasbourg-based human rights
court held on Tuesday, ordering Rome to pay €12,000 in damages to each of the 14 people who brought
the case.

A chamber of seven judges found by six votes to one that Italy had breached Article 8 of the
Convention, the provision covering private life, family life and the home. It
also held unanimously that the applicants had been denied an effective remedy before the
Italian courts, a breach of Article 13.

The applicants all live in Roccapiana, a town of about 8,900 people in the province of
Caserta, some 30 km north of Naples. The Cava Santa Lucia landfill on the edge of town took in
roughly 1.4 million tonnes of household and industrial waste between 1997 and 2015.

Regional authorities ordered the site closed in June 2015, but it was never sealed, and the
judges noted that liquid draining from the waste had reached the aquifer feeding private
wells in the area. Tests by the regional environment agency in 2012 found arsenic and
manganese above legal limits in 11 of the 17 wells sampled.

"For fifteen years these families were told the water was somebody else's problem," said
Raffaella Cotugno, the lawyer who represented them. "Today a court has said it was the
state's problem all along."

On top of the non-pecuniary damages - €168,000 in all, or about $195,000 - Italy must pay
€9,500 jointly towards the applicants' legal costs.

The court said Italy should adopt, under the supervision of the Council of Europe's Committee
of Ministers, a plan to secure the site and monitor the groundwater, while leaving the choice
of measures to the Italian authorities.

It declared inadmissible a separate complaint under the right to life, finding that the
applicants had not shown a sufficiently clear link between the landfill and particular
illnesses.

Environment Minister Sergio Valtorta said the government would examine the judgment "with the
seriousness it deserves", adding that most of the failings identified by the court dated from
years before the current government took office.

The dissenting judge, Henrik Solvang, elected in respect of Norway, wrote that the Italian
authorities' response after 2015, though slow, had not gone beyond the wide discretion states
enjoy in environmental matters.

The judgment is not final. Either side has three months to seek a fresh hearing before the
Grand Chamber, the court's highest formation.
""", {3: _ad("Advertisement", "Learn a language in 15 minutes a day - try it free"),
      8: _ad("Advertisement", "Europe by rail: flexible passes for spring")}),
)

_S2_B = _paper_page(
    site="The Sentinel",
    url="https://www.thesentinel.example/environment/2026/apr/14/italy-landfill-human-rights-ruling-roccapiana",
    section="Environment",
    headline="Italian villagers who drank polluted well water win human rights case",
    standfirst="Strasbourg judges say Italy failed for years to deal with a leaking tip near "
               "Caserta that poisoned residents' wells",
    author="Daniel Forsythe, Europe environment correspondent",
    iso="2026-04-14T16:05:00+01:00",
    shown="Tue 14 Apr 2026 16.05 BST",
    figure=_figure("https://i.thesentinel.example/img/2026/04/14/roccapiana-well.jpg",
                   "An old well in a garden",
                   "A private well in Roccapiana. Residents stopped using the water for cooking "
                   "years ago.",
                   "Photograph: Chiara Nappi/The Sentinel"),
    related=["Water companies fined over storm overflows",
             "The rivers where you still should not swim",
             "Plastic recycling plant fire: residents told to keep windows shut",
             "EU agrees tighter limits on 'forever chemicals' in drinking water"],
    body=_body("""
Twelve residents of a southern Italian town who spent years drinking, cooking and washing
with well water tainted by a leaking rubbish tip have won in Strasbourg against the Italian
state.

The European court of human rights decided on Tuesday that Italy had breached the
residents' rights to a normal home and family life by neglecting for years to deal with the Cava Santa Lucia
landfill, which sits less than a mile from the centre of Roccapiana, near Caserta.

Each of the 12 will receive €12,000 (about £10,300) in compensation for the distress they
suffered, and Italy must also cover €9,500 of their legal costs.

The landfill, shut by regional order in 2015 after almost two decades of use, was never
properly capped. Rainwater trickling through the waste carried heavy metals into the
groundwater, and the court cited official tests from 2012 that found arsenic and manganese
above permitted levels in most of the wells sampled.

Anna Ferrante, 67, a retired primary school teacher whose name the case bears, said she had
not cooked with water from the well or the tap for more than a decade. "I still buy bottled
water to boil pasta," she told the Sentinel by phone from Roccapiana. "My grandchildren think
it is normal. It is not normal."

Her lawyer, Raffaella Cotugno, said the families had been told for fifteen years that the
water "was somebody else's problem". The ruling, she said, showed "it was the state's problem
all along".

The judgment was delivered at 9am UK time by a chamber of seven judges, six of whom found a
violation. The seventh, the Norwegian judge Henrik Solvang, said Italy had acted within its
discretion after the tip closed.

The court has no power to order a clean-up, but it said Italy should draw up a plan to make
the site safe and to monitor the water supply. The Council of Europe will supervise how the
ruling is carried out.

Italy's environment minister, Sergio Valtorta, said the government would study the ruling
carefully. Campaigners said it was the latest in a string of cases exposing the legacy of
illegal and badly run dumping across Campania, including the stretch of countryside north of
Naples that Italians have long called the Terra dei Fuochi, after the rubbish fires that burned
there for years.

The mayor of Roccapiana, Vincenzo Aurilia, estimates that sealing the landfill and treating the
groundwater would cost about €23m (£19.8m), and has called on the regional government in
Naples to release the money.

The regional government said contracts for the work had been put out to tender in 2024 and
that construction was due to start in the autumn.

Italy has three months to decide whether to ask for the case to be reheard by the court's
Grand Chamber.
""", {3: _ad("Advertisement", "Water filters for every home - 20% off this week"),
      7: _newsletter_box("The Sentinel", "Down to Earth: our weekly environment briefing."),
      10: _ad("Advertisement", "Visit the Amalfi coast this spring - flights from £49")}),
)

_S2_C = _local_page(
    site="Caserta Today English",
    url="https://en.casertatoday.example/roccapiana/landfill-strasbourg-ruling-reaction",
    section="Roccapiana",
    headline="Roccapiana reacts: 'Now we want trucks and engineers, not another commission'",
    summary="After the Strasbourg ruling on the Cava Santa Lucia landfill, the town asks the "
            "region for €23 million to seal the site.",
    author="Editorial staff",
    shown=None,
    figure=_figure("https://en.casertatoday.example/media/santa-lucia-landfill-aerial.jpg",
                   "Aerial view of a fenced landfill",
                   "The Cava Santa Lucia site seen from the provincial road.",
                   "(Photo: reader submission)"),
    related=["Caserta: new timetable for regional trains from May",
             "Mozzarella producers report record Easter sales",
             "Marcianise shopping centre to add 40 shops",
             "Football: Casertana held at home"],
    body=_body("""
ROCCAPIANA - Church bells do not usually ring for court rulings, but more than one resident
of Roccapiana said they felt like ringing them after Strasbourg's human rights judges sided
with 14 of their neighbours against the Italian state.

The ruling handed down in Strasbourg on 16 April found that Italy had violated the residents'
right to private and family life by allowing the Cava Santa Lucia landfill, a few hundred
metres beyond the last houses on Via Provinciale, to foul the groundwater for years.

Each of the 14 applicants will receive €12,000, a total of €168,000, plus €9,500 towards
their legal costs.

## The mayor: 'No more commissions'

Mayor Vincenzo Aurilia, a pharmacist by training who was elected in 2022, received the news
in the town hall with members of the council.

"Strasbourg has told Rome what we have been saying in this town hall for years," he said. "Now
I want to see the trucks and the engineers, not another commission."

The town estimates that capping the landfill and treating the groundwater will cost around
€23 million. The Campania regional government says the tender for the works was published in
2024 and that the construction sites should open after the summer.

According to the municipal registry, Roccapiana has 8,870 residents. Around 300 households
still draw water from private wells, the council says, although most stopped drinking it
after the 2012 tests by ARPAC, the regional environmental protection agency, found arsenic and
manganese above the legal limits in 11 of the 17 wells checked.

## Eighteen years of waste

The site opened in 1997, during the years of Campania's waste emergency, to take rubbish that
the province had nowhere else to put. By the time it was closed by regional order in June
2015, it held about 1.4 million tonnes of waste, much of it never properly sorted.

Anna Ferrante, 67, the retired teacher whose name appears first on the application, watched
the news on television with her daughter. "I am happy, but I am also tired," she said. "We
started this when my grandchildren were not born yet."

Gennaro Russo, 54, a mechanic and the youngest of the applicants, said the money mattered
less than the clean-up. "Twelve thousand euros does not give you back your well," he said.

## Rome's response

The Minister for the Environment and Energy Security, Sergio Valtorta, said in Rome that the
government would "respect and study" the decision. Asked whether Italy would seek a referral
to the Grand Chamber, the ministry said it was too early to say.

If the government does not make such a request within three months, the judgment will become
final in mid-July.

The lawyer for the residents, Raffaella Cotugno, who is based in Caserta, said the families
would be watching the calendar. "Three months is not long," she said. "We will be at the
region's door before the summer."
""", {4: _ad("PUBBLICITÀ", "Caseificio Valle Verde - fresh buffalo mozzarella delivered daily"),
      10: _ad("PUBBLICITÀ", "Studio dentistico Ferraro: first visit free")}),
)

_S2_D = _blog_page(
    site="Article 8 Notes",
    url="https://article8notes.example/ferrante-and-others-v-italy-landfill-margin",
    headline="Ferrante and Others v. Italy: a landfill, a slow state and a narrow margin",
    summary="Notes on the Chamber's Article 8 and Article 13 findings, and on Judge Solvang's "
            "dissent.",
    author="Dr. Ilse Vandermeer",
    author_bio="Lecturer in European human rights law. Writes Article 8 Notes on "
               "environmental cases before the Strasbourg court.",
    shown="17 April 2026",
    tags=["ECHR", "Article 8", "Environment", "Italy"],
    related=["Climate cases after KlimaSeniorinnen: a reading list",
             "Noise, smell and the home: ten years of Article 8 case law",
             "When is a remedy 'effective'? Notes on Article 13"],
    body=_body("""
Tuesday's Chamber judgment in Ferrante and Others v. Italy (no. 51207/17, 14 April 2026) is not
a doctrinal revolution, but it is a useful one, and it deserves more attention than a single
day of headlines about compensation.

## The facts in brief

The fourteen applicants live in Roccapiana, in the province of Caserta. For almost two decades
the nearby Cava Santa Lucia landfill received municipal and industrial waste; it was closed by
a regional order in 2015 but never secured. Leachate reached the aquifer, and regional tests
in 2012 found arsenic and manganese above statutory limits in most sampled wells. A criminal
investigation ran for years and ended without trial once the offences became time-barred.

## The findings

By six votes to one, the Chamber found a violation of Article 8. The reasoning follows the
now familiar path: the state knew of a serious and lasting environmental risk, had the legal
tools to address it, and did not use them within a reasonable time. The Court was especially
critical of the gap between the 2015 closure order and any practical step towards capping
the site.

Unanimously, it also found a violation of Article 13, on the basis that no domestic avenue
offered the applicants either compensation or an enforceable order to secure the site.

The Article 2 complaint was declared inadmissible. The applicants could not point to
individual medical evidence tying specific illnesses to the landfill, and the Court was not
prepared to infer it.

Readers will see the shadow of the January 2019 Taranto steelworks judgment throughout,
including in the Court's use of Article 46 to indicate that Italy should adopt a plan for the
site, under the supervision of the Committee of Ministers.

## The dissent

Judge Solvang's dissent is short and worth reading. He accepts that the authorities were slow,
but argues that the Chamber has collapsed the distinction between a state that does nothing
and a state that does things badly. In his view, the tenders and studies after 2015 placed
Italy within its margin of appreciation. I am not persuaded, but the point will matter if Rome
seeks a referral.

## Just satisfaction

EUR 12,000 per applicant in non-pecuniary damage, and EUR 9,500 jointly for costs and
expenses. Both are in line with the Court's practice in comparable pollution cases.

## What happens now

Rome's reaction came from Justice Minister Sergio Valtorta, who promised to examine the
judgment with "the seriousness it deserves". That is not a commitment to anything. Either
party can request referral to the Grand Chamber; absent a request, the judgment becomes final
on 14 July.

My guess is that Italy will not ask. A Grand Chamber hearing would keep the case in the news
for another year, and the facts are not ones a government wants to defend twice.
""", {6: _ad("Sponsored", "LLM in International Human Rights Law - applications open")}),
)

STORY_2 = _story("court-QB2", "court", "2026-04-19", [
    _page("https://www.cpa-news.example/europe/2026/04/14/rights-court-faults-italy-over-campania-landfill",
          _S2_A),
    _page("https://www.thesentinel.example/environment/2026/apr/14/italy-landfill-human-rights-ruling-roccapiana",
          _S2_B),
    _page("https://en.casertatoday.example/roccapiana/landfill-strasbourg-ruling-reaction", _S2_C),
    _page("https://article8notes.example/ferrante-and-others-v-italy-landfill-margin", _S2_D),
], [
    ("number of applicants",
     r"(?<![\d,.€£$/:])(?:14|fourteen)(?=$|\s+(?:of (?:their|the) )?(?:applicants?|residents?"
     r"|people|claimants?|neighbours?|villagers?|plaintiffs?)\b)",
     r"(?<![\d,.€£$/:])(?:12|twelve)(?=$|\s+(?:of (?:their|the) )?(?:applicants?|residents?"
     r"|people|claimants?|neighbours?|villagers?|plaintiffs?)\b)"),
    ("minister's title",
     r"environment minister|minister (?:of|for) (?:the )?environment",
     r"justice minister|minister (?:of|for) justice"),
    ("judgment date",
     r"(?<!\d)14(?:th)? april|april 14(?!\d)|2026-04-14",
     r"(?<!\d)16(?:th)? april|april 16(?!\d)|2026-04-16"),
])


# ======================================================================================
# STORY 3 - earthquake (planted: Kardamyli vs Stoupa; about 20 vs nearly 40 seconds of
# shaking; minister's quote "in the affected villages" vs "anywhere in Messinia").
# 02:21 EEST Sunday 12 July 2026 = 23:21 GMT Saturday 11 July = 00:21 BST = 01:21 CEST.
# ======================================================================================

_S3_A = _wire_page(
    site="Aegean News Agency",
    url="https://www.aegeannews.example/en/greece/2026/07/12/strong-quake-peloponnese-kalamata",
    section="Greece",
    headline="Strong earthquake off southern Greece kills at least three",
    summary="A magnitude 5.9 quake struck under the Messenian Gulf near Kalamata early on "
            "Sunday, damaging stone houses in coastal villages.",
    author="Yannis Theodorou",
    iso="2026-07-12T07:40:00+03:00",
    shown="12 July 2026, 07:40 EEST",
    figure=_figure("https://img.aegeannews.example/2026/07/12/kalamata-night.jpg",
                   "Residents in a street at night",
                   "Residents gather in a street in Kalamata after the earthquake on Sunday.",
                   "ANA/Petros Galanis"),
    related=["Wildfire near Corinth brought under control",
             "Ferry strike called off after late-night talks",
             "Heatwave: Acropolis to close at noon on Monday",
             "Tourist arrivals up 6% in first half"],
    body=_body("""
KALAMATA, Greece, July 12 (ANA) - A strong earthquake under the sea off the southern
Peloponnese left at least three people dead and 23 injured early on Sunday, damaging old stone
houses in villages
along the coast of the Mani peninsula and sending thousands of residents and holidaymakers
into the streets.

The quake hit at 02:21 local time (2321 GMT on Saturday). Seismologists at the Geodynamic
Institute in Athens put its magnitude at 5.9, while the U.S. Geological Survey measured it at
6.0.

Its epicentre lay beneath the Messenian Gulf, 14 km south-west of the port city of Kalamata, at
a depth of 11 km, the institute said.

An elderly couple were killed when the walls of their two-storey stone house gave way in the
seaside village of Stoupa, the fire service said. A 52-year-old man died in Kalamata after
masonry from a balcony fell on him as he ran out of his apartment building.

Of the 23 people taken to hospital, four were in a serious condition, a spokeswoman for
Kalamata General Hospital said.

"The whole building swayed for about 20 seconds, and then the lights went out," said Dimitra
Kostaki, 38, who runs a bakery near Kalamata's central market. "We grabbed the children and
ran."

The coastal road south of Kalamata was blocked by rockfalls in at least two places, the
regional authority said, leaving some villages reachable only by boat or on foot.

Hotels along the coast reported cracked walls and fallen plaster, but no serious injuries among
guests, according to the regional hoteliers' association. Many visitors packed their cars and
drove north to Kalamata before daybreak rather than wait for the roads to be cleared.

Climate Crisis and Civil Protection Minister Giorgos Doukas, who flew to Kalamata before dawn,
told a briefing at the regional civil protection headquarters at 06:30 that engineers would
begin inspecting buildings at first light.

"No one should sleep indoors in the affected villages tonight. Houses that look fine from the
street may not be fine," he said.

The strongest of more than 40 aftershocks so far, of magnitude 4.6, struck at 05:02 local time.

People in Athens, about 175 km (110 miles) to the north-east, reported feeling the tremor, as
did residents of Crete. Power was cut to parts of Kalamata for several hours, and the regional
electricity operator said most homes had been reconnected by 7 a.m.

Kalamata was badly hit by an earthquake in September 1986 that killed 20 people and left
thousands of buildings damaged. Municipal workers were putting up tents at the city's
stadium on Sunday morning for people unable or afraid to return home.
""", {4: _ad("Advertisement", "Island hopping made easy - book ferries in one place"),
      9: _ad("Advertisement", "Travel insurance that covers what matters")}),
)

_S3_B = _paper_page(
    site="Athens Observer",
    url="https://www.athensobserver.example/greece/kalamata-earthquake-death-toll-rises-to-four",
    section="Greece",
    headline="Kalamata earthquake: death toll rises to four as thousands prepare to sleep outdoors",
    standfirst="A woman from Petalidi died in hospital on Sunday afternoon; 57 people have been "
               "injured, the Health Ministry says",
    author="Sofia Karantzi",
    iso="2026-07-12T21:10:00+03:00",
    shown="12.07.2026 | 21:10",
    nav_items=["Greece", "Politics", "Economy", "World", "Culture", "Travel", "Opinion"],
    subscribe_cta="Subscribe: digital access from €4.90 a month",
    footer_note="Athens Observer S.A., Athens.",
    figure=_figure("https://i.athensobserver.example/photos/2026/07/kardamyli-rescue.jpg",
                   "Rescuers among rubble",
                   "Firefighters search a collapsed house in Kardamyli on Sunday morning.",
                   "Photo: Athens Observer / Nikos Arvanitis"),
    related=["Live: aftershocks continue in Messinia",
             "How to check if your house is safe after an earthquake",
             "Government announces aid for fire-hit farmers in Evia",
             "Opinion: our building code is only as good as its inspectors"],
    body=_body("""
Four people have died and 57 have been injured after a magnitude 5.9 earthquake struck the
Messenian Gulf in the early hours of Sunday, authorities said on Sunday evening, as thousands of
people in Kalamata and the villages of the Mani prepared to spend the night outdoors.

The fourth victim, a 71-year-old woman from Petalidi, died on Sunday afternoon at Kalamata
General Hospital, where she had been treated for head injuries since the early morning, the
Health Ministry said in its 7 p.m. update.

Earlier, rescuers had recovered the bodies of Panagiotis Mavromatis, 84, and his wife Eleni,
81, from the rubble of their stone house in Kardamyli, the village south of Kalamata that draws
walkers and summer visitors from across Europe. A 52-year-old man was killed in central
Kalamata when part of a balcony came down on him.

The quake hit at 2.21 a.m. Residents described a deep rumble followed by around 20 seconds of
violent shaking.

Of the 57 injured, 11 were still in hospital on Sunday night, two of them in intensive care.

## 'The villages took the worst of it'

Kalamata mayor Stavros Linardos said the city's old town had "cracks everywhere, but it is
standing", while the worst damage lay further south. "The villages of the Mani took the worst
of it. Some of those houses are two hundred years old and were never built for this," he said.

Minister for Climate Crisis and Civil Protection Giorgos Doukas, who has been in Kalamata since
early on Sunday, urged people to stay out of their homes until engineers had checked them. "No
one should sleep indoors in the affected villages tonight. Houses that look fine from the
street may not be fine," he told reporters at a morning briefing.

Civil protection officials said 1,180 people had registered for places in tents set up at
Kalamata's municipal stadium and in the squares of several villages.

The government announced €5 million in emergency aid for the affected municipalities and said
it would cover rent for families whose homes are declared unsafe.

## More aftershocks expected

Eleni Vrachnou, a professor of seismology at the National and Kapodistrian University of
Athens, said the quake occurred on a normal fault beneath the gulf, the kind of structure
that has shaped the coastline of the region over millions of years.

"We have recorded more than 90 aftershocks so far, which is what we expect. The probability of
a bigger event is low, but it is not zero, and people should not treat a cracked house as a
safe house," she said.

The US Geological Survey put the magnitude at 6.0, slightly above the 5.9 measured by the
Geodynamic Institute in Athens, a difference Vrachnou said was normal between agencies using
different methods.

The memory of 1986 is still raw in Kalamata. On 13 September that year an earthquake killed 20
people in the city and left a large part of its housing unfit to live in.

The coastal road south of the city, closed by rockfalls overnight, reopened to traffic in the
late afternoon.
""", {3: _ad("Διαφήμιση", "Home insurance with earthquake cover - get a quote"),
      8: _newsletter_box("Athens Observer", "The Morning Brief: Greece in five minutes."),
      12: _ad("Διαφήμιση", "Summer sale: air conditioners from €399")}),
)

_S3_C = _paper_page(
    site="The National Despatch",
    url="https://www.nationaldespatch.example/world/europe/greece-earthquake-kalamata-british-tourists",
    section="World | Europe",
    headline="British tourists sleep on beaches after deadly Greek earthquake",
    standfirst="Four dead and dozens hurt after quake strikes near Kalamata, a gateway to the "
               "Mani peninsula",
    author="Harriet Colley",
    iso="2026-07-13T08:30:00+01:00",
    shown="Monday 13 July 2026 08:30 BST",
    figure=_figure("https://i.nationaldespatch.example/2026/07/13/kalamata-tents.jpg",
                   "Tents in a stadium",
                   "Tents set up at the municipal stadium in Kalamata for people unable to "
                   "return home.",
                   "Photograph: Kostas Demos/The National Despatch"),
    related=["Heatwave warning for southern Europe as temperatures top 40C",
             "Package holiday refunds: your rights explained",
             "Spain's tourist tax: what you will pay this summer",
             "Budget airline adds winter flights to Kalamata"],
    body=_body("""
British holidaymakers were among thousands of people who spent Sunday night in parks, squares
and on beaches in southern Greece after an earthquake killed four people and damaged hundreds
of buildings in and around the city of Kalamata.

The magnitude 5.9 quake struck at 12.21am BST on Sunday (2.21am local time) beneath the sea
about nine miles south-west of Kalamata, a port city in the Peloponnese popular with British
visitors heading for the Mani peninsula.

Witnesses said the shaking lasted nearly 40 seconds.

Greek health officials said on Monday morning that 61 people had been treated for injuries,
up from 57 on Sunday evening, as people with minor wounds continued to turn up at clinics. Nine
remain in hospital.

Among the dead were an elderly couple whose house collapsed in Kardamyli, a village of narrow
lanes and stone tower houses where the travel writer Patrick Leigh Fermor made his home.

Mark and Hannah Pryce, from Bristol, who were staying in a rented villa above Kardamyli with
their two teenage sons, said they were woken by "a noise like a lorry driving through the
bedroom".

"We were outside on the terrace within a minute. Then we just stood there in the dark
listening to car alarms all the way down the valley," said Mrs Pryce, 47.

The Foreign Office said its staff were talking to Greek officials and that it knew of no
British nationals among the seriously injured.

Flights at Kalamata airport ran normally on Sunday and Monday, and tour operators said they
were contacting customers in the area. One, the Peloponnese specialist Olive Grove Holidays,
said it had moved 34 guests from older properties into hotels in Kalamata.

Greece's civil protection minister, Giorgos Doukas, told residents on Sunday not to sleep
indoors in the affected villages, warning that houses which "look fine from the street may not
be fine". The Greek government has announced €5m (about £4.3m) in emergency aid.

More than 130 aftershocks had been recorded by Monday morning, according to the Geodynamic
Institute in Athens, keeping people on edge. The strongest, of magnitude 4.6, came at about
3am BST on Sunday.

The quake's focus was 11km (about seven miles) below the seabed. The US Geological Survey
recorded it at magnitude 6.0.

Greece sits where the African plate slides beneath the Aegean, and small tremors are felt
somewhere in the country almost every week. Deadly ones are rarer. In 1986 an earthquake in
Kalamata killed 20 people.

Anyone worried about friends or relatives in the area can contact the Foreign Office on its
24-hour line.
""", {3: _ad("Advertisement", "Late deals to Crete and Rhodes - book with a £50 deposit"),
      9: _ad("Advertisement", "Compare travel insurance in under two minutes")}),
)

_S3_D = _blog_page(
    site="Fault Lines",
    url="https://faultlines.example/2026/messenian-gulf-m5-9-what-we-know",
    headline="The Messenian Gulf earthquake: what the data say so far",
    summary="Magnitudes, depth, faulting and aftershocks of the 11 July (UTC) event near "
            "Kalamata.",
    author="Dr Niamh Gallagher",
    author_bio="Seismologist. Writes Fault Lines, a newsletter on earthquakes in the "
               "Mediterranean.",
    shown="Tuesday, 14 July 2026",
    tags=["Greece", "Hellenic Arc", "Aftershocks"],
    related=["Why magnitudes differ between agencies",
             "The 1986 Kalamata earthquake, forty years on",
             "Aftershock forecasting for non-specialists"],
    body=_body("""
A quick one this week, because the Messenian Gulf event deserves a proper write-up once the
field reports are in.

## The basics

The mainshock occurred at 23:21 UTC on 11 July, which was 02:21 on the 12th in Greece. The
National Observatory of Athens (NOA) gives Mw 5.9 at a depth of 11 km; the USGS has Mw 6.0 with its depth fixed at 10 km; EMSC also reports 5.9. Differences of
a tenth of a unit between agencies are entirely normal in the first days and should not be
read as a disagreement about what happened.

The epicentre sits in the gulf about 14 km south-west of Kalamata. Witnesses in the city
describe about 20 seconds of strong shaking, which fits an event of this size at this
distance.

## Mechanism

The moment tensor solutions I have seen show normal faulting on a plane striking roughly
north-west to south-east, consistent with the east-west stretching that has been pulling the
southern Peloponnese apart for millions of years. That is the same broad family of structures
responsible for the 1986 Kalamata earthquake, although that event was centred much closer to
the city.

## Aftershocks

NOA had catalogued more than 150 aftershocks of magnitude 1.5 and above by Tuesday morning.
The largest so far, M4.6, came at 02:02 UTC on the 12th, under three hours after the
mainshock. The sequence is decaying at a normal rate. The chance of a larger event in the
coming days is small, but it is not negligible, and advice to stay out of damaged buildings is
sensible.

## Damage and casualties

Four people died: an elderly couple in Kardamyli, a man in Kalamata and a woman from Petalidi
who died in hospital on Sunday afternoon. The Health Ministry's latest figure is 61 injured.
By Monday evening engineers had inspected 430 buildings and declared 64 of them unsafe, most
of them old stone houses in the Mani.

The civil protection minister, Giorgos Doukas, set the tone early on Sunday: "No one should
sleep indoors anywhere in Messinia tonight." Given the age of the housing stock, that seems
to me the right call, even if it was hard on the many people whose homes were fine.

## Why this matters

It is tempting to see a magnitude 5.9 as moderate. In a region full of unreinforced masonry,
it is not. The lesson from 1986, when 20 people died, was that old buildings rather than big
numbers decide how many people get hurt. That lesson held again this week.

More when the field teams publish. Stay safe if you are in the area.
""", {5: _ad("Sponsor", "Fault Lines is free thanks to readers like you. Become a supporter.")}),
)

STORY_3 = _story("quake-QB3", "earthquake", "2026-07-15", [
    _page("https://www.aegeannews.example/en/greece/2026/07/12/strong-quake-peloponnese-kalamata",
          _S3_A),
    _page("https://www.athensobserver.example/greece/kalamata-earthquake-death-toll-rises-to-four",
          _S3_B),
    _page("https://www.nationaldespatch.example/world/europe/greece-earthquake-kalamata-british-tourists",
          _S3_C),
    _page("https://faultlines.example/2026/messenian-gulf-m5-9-what-we-know", _S3_D),
], [
    ("village where the couple died", r"kardamyl", r"stoupa"),
    ("duration of shaking",
     r"(?<![\d.])(?<!and )(?<!minutes )(?<!min )(?:20|twenty)[ -]?(?:seconds?|secs?|s\b)",
     r"(?<![\d.])(?<!and )(?<!minutes )(?<!min )(?:40|forty)[ -]?(?:seconds?|secs?|s\b)"),
    ("minister's quote wording",
     r"(?:in|from) the affected villages|affected villages tonight",
     r"anywhere in messinia"),
])


# ======================================================================================
# STORY 4 - trade (CONTROL: no disagreement). French customs' April 2026 figures, released
# at 08:45 Paris time (06:45 GMT) on Friday 5 June 2026.
# ======================================================================================

_S4_A = _wire_page(
    site="Ledgerline",
    url="https://www.ledgerline.example/economy/france-trade-deficit-april-2026",
    section="Economy",
    headline="France's trade deficit narrows to €4.96 billion in April on planes, cheaper energy",
    summary="French customs data showed exports up 1.7% and imports down 0.9% in April.",
    author="Antoine Deschamps",
    iso="2026-06-05T09:02:00+02:00",
    shown="June 5, 2026 9:02 AM CEST",
    figure=_figure("https://img.ledgerline.example/2026/06/05/le-havre-cranes.jpg",
                   "Container cranes",
                   "Container cranes at the port of Le Havre.",
                   "Ledgerline/Hugo Marin"),
    related=["German industrial orders fall for second month",
             "Euro steadies near $1.165 ahead of U.S. jobs data",
             "Italy's retail sales rise 0.3% in April",
             "Spain's services PMI hits 10-month high"],
    body=_body("""
PARIS, June 5 (Ledgerline) - France's trade deficit shrank to €4.96 billion in April, its
smallest in more than a year, as aircraft deliveries and a lower energy bill made up for
sluggish foreign demand for French wine and consumer goods, customs data showed on Friday.

The March shortfall was revised to €6.31 billion from an initially reported €6.08 billion,
the customs service said in its monthly release, published at 08:45 local time. Economists
polled by Ledgerline had expected, on average, a deficit of €5.9 billion for April.

Exports rose 1.7% from March to €50.21 billion in seasonally and working-day adjusted terms,
while imports fell 0.9% to €55.17 billion. In dollar terms the April deficit came to about
$5.8 billion.

A year earlier, in April 2025, France had recorded a deficit of €7.42 billion.

Trade with other European Union countries accounted for €2.70 billion of the April shortfall
and trade with the rest of the world for €2.26 billion. Foreign sales of cars and car parts
were broadly unchanged from March.

Sales of aircraft, engines and parts reached €6.2 billion, up 11% on April 2025, helped by a
busy month of jetliner deliveries from the assembly lines around Toulouse. Pharmaceutical
exports hit a record €4.4 billion.

The energy bill - the gap between imports and exports of oil, gas and electricity - narrowed
to €4.1 billion from €4.6 billion in March, reflecting cheaper crude and strong electricity
exports from France's nuclear fleet.

Exports of wine and spirits fell 3.8% from a year earlier to €1.38 billion, with shipments to
Asia weakening for a third consecutive month.

"These are good numbers, but one good month is not a trend, and I will not pretend
otherwise," said Hélène Vasseur, the minister delegate for foreign trade. "What I want to see
is small and medium-sized firms exporting more, and that takes longer."

Over the 12 months to April, the cumulative deficit came to €71.8 billion, against €78.6
billion in the 12 months to April 2025.

Julien Marchal, chief economist at Crédit Rhodanien in Lyon, said planes and medicines
accounted for most of the improvement. "Strip those two out and the underlying goods balance
barely moved," he said. "Households in our big European markets are still cautious, and that
shows up in everything from cars to cosmetics."

The Banque de France publishes its April balance of payments figures, which include trade in
services, next Wednesday. Customs data for May are due on July 7.

The euro was little changed after the release, trading at around $1.165.
""", {3: _ad("Advertisement", "Hedge your currency risk - talk to our FX desk"),
      8: _ad("Advertisement", "Export to 40 countries with one logistics partner")}),
)

_S4_B = _paper_page(
    site="The Paris Ledger",
    url="https://www.parisledger.example/economy/2026/06/05/trade-gap-april-vasseur-orleans",
    section="Economy",
    headline="Trade gap shrinks to nearly €5bn, but minister warns against reading too much into it",
    standfirst="Aircraft and medicines drive April improvement; underlying trade remains soft, "
               "economists say",
    author="Claire Beaumont-Hall",
    iso="2026-06-05T18:20:00+02:00",
    shown="Friday 5 June 2026, 18:20",
    nav_items=["France", "Paris", "Economy", "Europe", "Culture", "Food & Wine", "Opinion"],
    subscribe_cta="Subscribe: €9.99 a month",
    footer_note="The Paris Ledger SAS, Paris. The English-language daily of the French capital.",
    figure=_figure("https://i.parisledger.example/img/2026/06/vasseur-orleans.jpg",
                   "Minister visiting a factory",
                   "Hélène Vasseur, minister delegate for foreign trade, on a visit to a "
                   "pharmaceutical plant near Orléans on Friday.",
                   "Photo: The Paris Ledger / Léa Fontaine"),
    related=["Paris property prices edge up for the first time in two years",
             "Strike disrupts RER B on Monday morning",
             "Cognac makers cut summer hiring",
             "Restaurant of the week: a bistro that does one thing well"],
    body=_body("""
France's trade gap narrowed to nearly €5 billion in April, the smallest since February 2025,
but the minister in charge of foreign trade spent Friday telling anyone who would listen that
a single month proves very little.

Speaking at a pharmaceutical plant in Saint-Jean-de-Braye, near Orléans, a few hours after the
customs service released the figures, Hélène Vasseur said that "one good month is not a
trend". She also made a broader complaint: "France does not have an export problem in
aerospace or in luxury goods. It has a problem with the firms in between, the ones with fifty
or two hundred employees."

The numbers were better than most economists had expected. The deficit came to €4.96 billion,
down from €6.31 billion in March. Exports climbed to €50.2 billion and imports slipped to €55.2
billion.

Of the April gap, €2.7 billion came from trade with other European Union countries and €2.26
billion from trade with the rest of the world.

## Planes and pills

The improvement rested on two pillars. Exports of aircraft and aerospace parts rose 11% from a
year earlier to €6.2 billion, and shipments of medicines set a record at €4.4 billion. The
plant Vasseur visited, which employs about 900 people, makes vaccines and injectable drugs for
markets in Europe and North Africa.

A lower energy bill also helped. France spent €4.1 billion more on imported energy than it
earned from energy exports in April, compared with €4.6 billion the month before.

Elsewhere, the picture was less bright. Exports of wine and spirits were down 3.8% on a year
earlier, and sales of cars and car parts abroad were broadly flat.

## Revisions

Pierre Guérin, who ran the customs service's statistics department until 2022 and now teaches
at Sciences Po, cautioned that monthly trade figures are volatile and often revised. March's
deficit, first published a month ago as €6.08 billion, was revised on Friday to €6.31 billion.

"People jump on the first print, but the revisions can be a few hundred million euros either
way," he said. "I would look at three-month averages before declaring anything."

Over the past 12 months the cumulative deficit stands at €71.8 billion, an improvement of
almost €7 billion on the previous 12-month period.

## What next

The Banque de France will publish its balance of payments for April, including services,
where France usually runs a surplus, on Wednesday 10 June. The customs figures for May follow
on 7 July.

For Vasseur, who took up the post in January, the test will come in the autumn, when the
government's new export credit scheme for smaller companies is due to start.
""", {3: _ad("Publicité", "Learn French with native teachers - first lesson free"),
      7: _newsletter_box("The Paris Ledger", "Le Brief: France explained, every morning at 7."),
      11: _ad("Publicité", "Wine tours in Burgundy - small groups, big flavours")}),
)

_S4_C = _local_page(
    site="Freight & Customs Weekly",
    url="https://www.freightcustomsweekly.example/news/france-april-trade-data-ports-air-cargo",
    section="Customs",
    headline="French April trade data: aircraft and pharma lift exports as energy bill eases",
    summary="Deficit hits a 14-month low; HAROPA container volumes up 4.1% on the year.",
    author="By Rémi Castagné",
    shown="8 June 2026",
    nav_items=["Home", "Shipping", "Customs", "Ports", "Air cargo", "Road & rail", "Events",
               "Jobs"],
    topbar="Brent $68.40 | EUR/USD 1.1650 | Shanghai containerised freight index 1,412",
    rail_title="Most read on FCW",
    figure=_figure("https://www.freightcustomsweekly.example/img/cdg-cargo-apron.jpg",
                   "Cargo aircraft on an apron",
                   "Air freight at Paris-Charles de Gaulle.",
                   "FCW archive"),
    related=["Customs IT outage delays clearances at Calais",
             "Rhine water levels: barge operators add surcharges",
             "Marseille-Fos opens new rail terminal",
             "EU customs reform: what the data hub means for brokers"],
    body=_body("""
France's goods trade deficit fell to €4.96bn in April, a 14-month low, according to figures
published by the customs service (DGDDI) last Friday, 5 June. In dollar terms the gap was
roughly $5.78bn.

For the freight sector, the headline matters less than the composition. Exports rose 1.7% on
the month to €50.21bn, driven by aircraft, engines and parts (€6.2bn) and pharmaceuticals
(€4.4bn, a record). Imports fell by almost 1% to €55.17bn, largely because France paid less
for oil and gas.

The energy deficit came in at €4.1bn, half a billion lower than in March.

## Ports and airports

Volumes at France's main gateways tell a similar story. HAROPA Port, which groups Le Havre,
Rouen and Paris, handled 262,000 TEU in April, up 4.1% on April 2025, with export boxes
growing faster than imports for the second month running.

Air cargo at Paris-Charles de Gaulle was broadly stable, but forwarders reported strong demand
for temperature-controlled capacity, in line with the record month for medicines.

"Pharma is the bright spot for us. Everything else is flat at best," said Agnès Moreau-Bellec,
president of the Union des Transitaires de l'Ouest, a forwarders' group based in Nantes.
"Wine shipments to Asia are down and our members feel it immediately in the volumes."

Customs put the fall in wine and spirits exports at 3.8% year on year.

Road hauliers on the short-sea routes across the Channel described April as steady rather
than busy. Several said the extra aircraft and pharma exports had little effect on their own
trailers, since most of that freight leaves France by air or in dedicated, temperature-
controlled trucks bound for a handful of hubs.

## Minister and economists cautious

Foreign trade minister Hélène Vasseur said on Friday that a single good month did not make a
trend, and urged smaller exporters to make use of the government's new export credit scheme
when it opens in the autumn.

Julien Marchal of Crédit Rhodanien told FCW that aircraft figures in particular should be
treated with care. "Deliveries are lumpy. One month the line in Toulouse hands over a lot of
jets and the trade balance looks wonderful; the next month it doesn't," he said.

By region, the deficit with non-EU countries narrowed to €2.26bn, while the deficit with
France's EU partners came to €2.70bn.

## Revisions and calendar

Customs revised March's deficit to €6.31bn from the €6.08bn first published. The 12-month
cumulative deficit now stands at €71.8bn.

The Banque de France publishes the April balance of payments this Wednesday, 10 June. The next
customs release, covering May, is scheduled for Tuesday 7 July.

Brokers should also note that the customs service has moved its monthly release to 08:45 from
08:50 since the start of the year, following a change in its publication calendar.
""", {4: _ad("Advertisement", "Bonded warehousing near Roissy - 24/7 customs clearance"),
      9: _ad("Advertisement", "Reefer containers for pharma: GDP-certified, Europe-wide")}),
)

STORY_4 = _story("trade-QB4", "trade", "2026-06-09", [
    _page("https://www.ledgerline.example/economy/france-trade-deficit-april-2026", _S4_A),
    _page("https://www.parisledger.example/economy/2026/06/05/trade-gap-april-vasseur-orleans",
          _S4_B),
    _page("https://www.freightcustomsweekly.example/news/france-april-trade-data-ports-air-cargo",
          _S4_C),
], [])


# ======================================================================================
# STORY 5 - rocket (CONTROL: no disagreement). Halcón-2 suborbital flight from El
# Arenosillo, Huelva: liftoff 07:18 CEST = 05:18 UTC = 06:18 BST, Thursday 24 September 2026.
# ======================================================================================

_S5_A = _wire_page(
    site="Iberia Newswire",
    url="https://www.iberianewswire.example/en/science/2026/09/24/tartessos-halcon-2-space-flight",
    section="Science & Technology",
    headline="Spanish start-up Tartessos sends rocket past the edge of space",
    summary="The Halcón-2 reached 131.4 km before its capsule splashed down in the Gulf of "
            "Cádiz with four experiments aboard.",
    author="Pablo Encinas",
    iso="2026-09-24T08:05:00+02:00",
    shown="24 September 2026 08:05 CEST",
    updated_iso="2026-09-24T10:40:00+02:00",
    updated_shown="24 September 2026 10:40 CEST",
    figure=_figure("https://img.iberianewswire.example/2026/09/24/halcon2-liftoff.jpg",
                   "Rocket lifting off over pine trees",
                   "The Halcón-2 lifts off from El Arenosillo on Thursday morning.",
                   "Iberia Newswire/Marta Cifuentes"),
    related=["Spain's unemployment falls below 10% for first time since 2008",
             "ESA ministers to meet in November on launcher funding",
             "Portugal approves spaceport study for the Azores",
             "Airbus posts higher deliveries in August"],
    body=_body("""
MADRID, Sept 24 (Iberia Newswire) - Spanish start-up Tartessos Launch flew its Halcón-2 rocket
past the edge of space on Thursday, sending a capsule carrying four scientific experiments to
an altitude of 131.4 km before it splashed down under parachutes in the Gulf of Cádiz.

The 15-metre rocket lifted off at 07:18 local time (0518 GMT) from the El Arenosillo range
run by Spain's National Institute for Aerospace Technology (INTA) on the Atlantic coast of
Huelva province.

Liftoff came an hour and 18 minutes after the launch window opened at 06:00, after a fishing
boat strayed into the maritime exclusion zone and had to be escorted out by a Guardia Civil
patrol vessel.

A first attempt on Tuesday was called off in the final minute of the countdown when a pressure
sensor on the liquid oxygen tank gave an abnormal reading. Engineers replaced the sensor on
Wednesday.

"Everything we said this rocket would do, it did," chief executive Inés Robledo told reporters
at the range. "The hardest part of the morning was a fishing boat, not the vehicle."

The rocket's single engine, which burns kerosene and liquid oxygen, fired for 148 seconds. The
capsule, which separated from the booster after the engine shut down, gave its payloads just
over four minutes of weightlessness before descending under parachutes.

It came down about 64 km south-west of the launch site, 12 minutes and 40 seconds after
liftoff, and was lifted aboard the recovery ship Alborán Explorer at 08:55, the company said.
The booster, which was not designed to be recovered on this flight, fell into the sea as
planned.

The four experiments, weighing 85 kg in total, came from the University of Seville, the German
Aerospace Center (DLR), a Lisbon start-up and a secondary school in Huelva. All four returned
data, the company said.

Founded in 2019 and based in Seville, Tartessos employs more than 200 people and has raised
about €60 million, including €18 million from the Spanish government.

Its first rocket, the Halcón-1, reached an altitude of 38.5 km in November 2024.

Spain's science ministry described the flight in a statement as a milestone for the country's
space industry and said the government would keep backing small launch companies. Hundreds of
people watched the liftoff from the seafront at nearby Mazagón.

El Arenosillo, opened in the 1960s, has mostly been used for sounding rockets and military
tests. The range says it is now preparing to host several commercial flights a year.

The company is developing an orbital launcher, which it hopes to fly for the first time from
Europe's spaceport in Kourou, French Guiana, in late 2027. Another suborbital flight is
planned for the first quarter of next year.
""", {4: _ad("Advertisement", "Madrid to Seville in 2h30 - book high-speed trains"),
      9: _ad("Advertisement", "Invest in European tech with a low-cost index fund")}),
)

_S5_B = _paper_page(
    site="Orbital Dispatch",
    sep="|",
    url="https://www.orbitaldispatch.example/launch/2026/09/halcon-2-flight-report-el-arenosillo",
    section="Launch",
    headline="Halcón-2 flight report: 131.4 km apogee, clean engine cut-off, capsule recovered",
    standfirst="Tartessos Launch's second suborbital vehicle flew from El Arenosillo at 05:18 "
                "UTC after a range hold",
    author="Greta Lindqvist",
    iso="2026-09-24T14:30:00+00:00",
    shown="24 Sep 2026, 14:30 UTC",
    nav_items=["Launch", "Satellites", "Exploration", "Defence", "Policy", "Business",
               "Podcast"],
    subscribe_cta="Go Pro: launch database and analysis",
    footer_note="Orbital Dispatch Ltd.",
    figure=_figure("https://i.orbitaldispatch.example/launch/2026/halcon2-pad.jpg",
                   "Rocket on a launch rail",
                   "Halcón-2 on its launch rail at El Arenosillo before Tuesday's scrubbed "
                   "attempt.",
                   "Credit: Tartessos Launch"),
    related=["Launch roundup: five flights in five days",
             "ESA's launcher challenge: who is still in the race",
             "SaxaVord licence amended for vertical launches",
             "Small launchers and the insurance market in 2026"],
    body=_body("""
Tartessos Launch flew its Halcón-2 suborbital rocket from the El Arenosillo range in southern
Spain at 05:18 UTC on 24 September, reaching an apogee of 131.4 km (81.6 mi) and recovering its
payload capsule from the Atlantic, according to the company's preliminary flight data.

The flight took the Seville-based company past the 100 km Kármán line for the first time. Its
previous vehicle, Halcón-1, topped out at 38.5 km on its only flight in November 2024.

## Countdown

The window opened at 04:00 UTC and ran until 08:00 UTC. The count was held at T-10 minutes when
range safety reported a fishing vessel inside the maritime hazard area; it resumed once the
boat had been escorted out, and liftoff came 78 minutes into the window.

Tuesday's first attempt had been scrubbed in the final minute because of an off-nominal reading
from a pressure transducer on the LOX tank. The part was swapped out on Wednesday.

## Vehicle and flight profile

Halcón-2 stands 15.2 m tall with a launch mass of 3.9 t. Its single Tajo engine burns RP-1
kerosene and liquid oxygen and produces 62 kN of thrust at sea level.

"The Tajo engine ran for 148 seconds and cut off within a tenth of a second of the planned
time," said chief technology officer Marc Puigvert, 38. "That is the number I care about most
today."

The vehicle reached a maximum speed of Mach 5.6. The capsule separated after engine cut-off and
coasted to apogee roughly four and a half minutes into the flight, giving its payloads about
250 seconds of microgravity. Drogue and main parachutes deployed on schedule, and splashdown
came at T+12 min 40 s, about 64 km (40 mi) south-west of the launch site. The booster was
expendable on this flight.

The recovery ship Alborán Explorer hoisted the capsule aboard at 06:55 UTC.

## Payloads

The capsule carried four experiments with a combined mass of 85 kg: a fluid physics experiment
from the University of Seville, a sensor package from the German Aerospace Center (DLR), a
radiation detector from Lisbon start-up Luzora Instruments, and a camera module built by pupils
of a secondary school in Huelva. Tartessos says all four returned data.

"We are not a science project any more," said chief executive Inés Robledo, 41, a co-founder
who previously worked as a propulsion engineer at ESA's technical centre in the Netherlands.
"We have customers, and they got their data back this morning."

## Funding and roadmap

Tartessos, founded in 2019, has raised about €60m ($70m) to date, including €18m ($21m) in
Spanish government support. Its orbital vehicle is targeting a first launch from Kourou in late
2027; the next suborbital flight is planned for Q1 2027.

Lieutenant Colonel Alfonso Gaitán, who heads the El Arenosillo range for INTA, said the centre
was ready to support "a higher cadence" of flights.
""", {3: _ad("Advertisement", "Space-qualified connectors - ships in 48 hours"),
      8: _newsletter_box("Orbital Dispatch", "Launch Week: every launch, every scrub, every "
                         "Friday."),
      12: _ad("Advertisement", "Ground station as a service - pay per pass")}),
)

_S5_C = _local_page(
    site="Costa de la Luz Today",
    url="https://www.costadelaluztoday.example/huelva/mazagon-rocket-launch-halcon-2",
    section="Huelva",
    headline="Cheers on Mazagón seafront as Halcón-2 rocket reaches space at second attempt",
    summary="Hundreds watched from the beach front as the Tartessos rocket lifted off from El "
            "Arenosillo.",
    author="Carmen Vázquez",
    shown="Thursday 24 September 2026",
    topbar="Huelva today: 27°C, light westerly wind",
    figure=_figure("https://www.costadelaluztoday.example/images/mazagon-crowd.jpg",
                   "People watching the sky from a promenade",
                   "Spectators on the Mazagón promenade watch the launch on Thursday morning.",
                   "Photo: C. Vázquez"),
    related=["Strawberry growers start planting for next season",
             "Doñana water plan: new wells to be sealed",
             "Recreativo de Huelva unbeaten in five",
             "Moguer prepares for Juan Ramón Jiménez festival"],
    body=_body("""
MAZAGÓN - They came with flasks of coffee, folding chairs and, in one case, a drone that the
Guardia Civil politely asked its owner to keep on the ground. When the Halcón-2 finally rose
above the pine trees of El Arenosillo at 7.18 on Thursday morning, the crowd on the Mazagón
seafront cheered as if Recreativo had scored.

It was the second attempt in three days. On Tuesday the countdown was stopped with less than a
minute to go because of a faulty sensor, and many of the same spectators went home
disappointed.

This time the delay came from the sea. The launch had been planned for 6.00, when the window
opened, but a fishing boat entered the exclusion zone and the count was paused until a patrol
boat escorted it out.

"It wasn't one of ours," said Manuel Domínguez, who has fished out of Punta Umbría for 30
years. "But every time they close the sea, we lose a morning. I hope the company remembers
that when it starts launching every month."

## 'We built a piece of it'

Among the loudest cheers were those of a group of pupils from IES Marismas del Odiel, a
secondary school in Huelva, whose camera module flew in the rocket's capsule alongside three
other experiments.

"We built a piece of it. Our camera went to space and came back," said Lucía Márquez, 16, who
worked on the module's wiring during the summer. Her teacher said the images would be
presented at the school in October.

The capsule reached an altitude of 131 kilometres, well above the 100 km line generally
considered the boundary of space, and came down under parachutes in the Gulf of Cádiz about 64
km from the launch site. It was picked up by a recovery ship shortly before 9 a.m.

## Jobs and beach closures

The chief executive of Tartessos Launch, Inés Robledo, said at the range that the hardest part
of the morning "was a fishing boat, not the vehicle". The Seville company employs more than 200
people, a handful of them at El Arenosillo.

The mayor of Moguer, Rocío Bernal, whose municipality includes the range, said she hoped the
launches would bring "engineers who rent flats here, not only tourists who come for a day".

The stretch of beach closest to the range, about 8 km east of Mazagón, was closed from 5 a.m.
until 10 a.m. on Thursday. The INTA centre said residents would be told at least a week ahead
of the next flight, planned for early next year.

The company's first rocket, Halcón-1, reached 38.5 km in November 2024 from the same range.
""", {4: _ad("PUBLICIDAD", "Freiduría La Caleta - fresh fish, open every day from 12:30"),
      9: _ad("PUBLICIDAD", "Apartments in Mazagón: winter rentals from €450 a month")}),
)

STORY_5 = _story("rocket-QB5", "rocket", "2026-09-28", [
    _page("https://www.iberianewswire.example/en/science/2026/09/24/tartessos-halcon-2-space-flight",
          _S5_A),
    _page("https://www.orbitaldispatch.example/launch/2026/09/halcon-2-flight-report-el-arenosillo",
          _S5_B),
    _page("https://www.costadelaluztoday.example/huelva/mazagon-rocket-launch-halcon-2", _S5_C),
], [])


# ======================================================================================
# STORY 6 - election (CONTROL: no disagreement). Savona mayoral runoff, polls open Sunday
# 7 June 07:00-23:00 and Monday 8 June 2026 07:00-15:00; result clear about 18:40 CEST.
# ======================================================================================

_S6_A = _wire_page(
    site="Tirreno Press Service",
    url="https://www.tirrenopress.example/en/politics/2026/06/08/savona-runoff-ferrandi-wins",
    section="Politics",
    headline="Centre-left's Ferrandi wins Savona mayoral runoff after trailing in first round",
    summary="Giulia Ferrandi took 52.8% against 47.2% for Marco Tessitore; turnout fell to 41.7%.",
    author="Luca Parodi",
    iso="2026-06-08T19:05:00+02:00",
    shown="June 8, 2026 7:05 PM CEST",
    figure=_figure("https://img.tirrenopress.example/2026/06/08/ferrandi-savona.jpg",
                   "Candidate greeting supporters",
                   "Giulia Ferrandi greets supporters in Savona on Monday.",
                   "TPS/Federico Oddone"),
    related=["Liguria: regional council approves coastal erosion plan",
             "Genoa port traffic up 3% in May",
             "Italy's runoffs: results from other cities",
             "Rome: government survives confidence vote on decree"],
    body=_body("""
SAVONA, Italy, June 8 (TPS) - Centre-left candidate Giulia Ferrandi won the runoff for mayor of
the Ligurian port city of Savona on Monday, overturning a first-round deficit to beat
centre-right regional councillor Marco Tessitore, final results showed.

Ferrandi, a 46-year-old architect, took 52.8% of the vote against 47.2% for Tessitore, 58,
according to figures published by the city's electoral office after all 61 polling stations
had reported. She received 10,725 votes and Tessitore 9,587, a margin of 1,138 out of 20,312
valid ballots.

Savona, a city of about 59,000 people some 45 km (28 miles) west of Genoa, was one of several
Italian municipalities holding runoffs on Sunday and Monday, and low participation was a theme
almost everywhere.

Turnout in the two-day runoff was 41.7%, down sharply from 54.3% in the first round on May 24
and 25. Polls were open from 7 a.m. to 11 p.m. on Sunday and from 7 a.m. to 3 p.m. on Monday.

In the first round Tessitore led with 41.2% to Ferrandi's 38.9%. The third-placed candidate,
Luca Barabino, whose civic list took 13.6%, did not formally endorse either of the two
finalists, but Ferrandi courted his voters with promises on public transport and the
redevelopment of the seafront.

"Savona chose to look forward," Ferrandi told supporters gathered in Piazza Sisto IV outside
the town hall. "I will govern for the people who stayed home as much as for those who voted."

Tessitore conceded in a written statement. "I called Giulia Ferrandi to congratulate her. The
city is split almost down the middle, and she will need to remember that," he said.

Under the rules for Italian municipalities with more than 15,000 inhabitants, the coalition of
the winning candidate receives a majority bonus. Ferrandi's lists will hold 19 of the 32 seats
on the city council.

Ferrandi, who was the city's councillor for urban planning from 2011 to 2016, succeeds Roberto
Canepa, who did not seek a second term.

The port of Savona-Vado, the city's largest employer, and the future of the San Paolo hospital
dominated the campaign. Ferrandi has promised to set up a permanent table with the port
authority on container traffic and the rail links to the port.

Her formal proclamation as mayor is expected on Thursday.

By early evening, supporters were sounding car horns along Via Paleocapa, the main shopping
street, and a small crowd had gathered under the town hall windows waiting for the new mayor
to appear.

Ferrandi is due to meet the outgoing administration later this week to go through the city's
budget, which the new council will have to revise before the end of July.
""", {3: _ad("Advertisement", "Riviera hotels: book direct and save 15%"),
      7: _ad("Advertisement", "Electric bikes for city life - test ride today")}),
)

_S6_B = _local_page(
    site="Riviera Post",
    url="https://www.rivierapost.example/savona/ferrandi-sindaco-numbers-neighbourhoods",
    section="Savona",
    headline="Ferrandi by 1,138 votes: how Savona's runoff was won, street by street",
    summary="The full figures from Sunday and Monday's vote, the new council and what comes "
            "next.",
    author="Elisa Ghersi",
    shown="Tuesday 9 June 2026",
    topbar="Savona: 23°C, sea calm",
    figure=_figure("https://www.rivierapost.example/foto/piazza-sisto-iv-notte.jpg",
                   "Crowd in a square at night",
                   "Supporters of Giulia Ferrandi in Piazza Sisto IV on Monday evening.",
                   "(Photo Riviera Post)"),
    related=["Bathing season: all Savona beaches rated 'excellent'",
             "Varazze: new parking rules on the seafront",
             "Savona FBC announces new coach",
             "Albisola ceramics festival returns in July"],
    body=_body("""
Giulia Ferrandi is Savona's new mayor. After a count that began when the polls closed at 3
p.m. yesterday, the architect and former councillor for urban planning finished with 10,725
votes, against 9,587 for Marco Tessitore. The margin: 1,138 votes.

In percentage terms that is 52.8% to 47.2%. A fortnight ago, in the first round, the positions
were reversed: Tessitore was ahead with 41.2% and Ferrandi second with 38.9%.

## Who voted

Of the 49,860 Savona residents entitled to vote, 20,792 went to the polls on Sunday and
Monday, a turnout of 41.7%. In the first round it had been 54.3%. Another 480 ballots were
blank or spoiled, leaving 20,312 valid votes to be shared between the two candidates.

## Street by street

Ferrandi's best results came in Villapiana and Lavagnola, where she passed 58% in several
polling stations. Tessitore held on in Legino and Zinola, and won narrowly in the old town,
but not by enough to offset the losses elsewhere. Of the 61 polling stations, Ferrandi won 38.

Where did the extra votes come from? Luca Barabino, 39, who collected 13.6% in the first round
with his civic list Savona Bene Comune, gave no indication to his voters. Judging by the
results in the neighbourhoods where he did best, a majority of those who turned out again
appear to have chosen Ferrandi.

## The new council

With the majority bonus, Ferrandi's coalition will have 19 of the 32 seats on the city council.
Her own list, Savona Futura, won 7 of those 19, making it the largest group in the majority.

The opposition will have 13 seats: 10 for the centre-right coalition, including one for
Tessitore himself, and 3 for Savona Bene Comune, including Barabino.

## Ferrandi: 'The port first'

Speaking to supporters in Piazza Sisto IV last night, Ferrandi repeated that she would govern
"for the people who stayed home as much as for those who voted". Asked by the Riviera Post
about her first move, she said: "Tomorrow morning my first call is to the port authority. We
cannot talk about Savona's future without talking about the docks."

Tessitore, who remains a regional councillor, said in his statement that the city was "split
almost down the middle" and that the new mayor would need to remember it.

## What happens next

The proclamation of the new mayor is expected on Thursday 11 June. The first session of the
new council must be held by early July, when Ferrandi will present her executive. Outgoing
mayor Roberto Canepa said he would hand over "a city in order and a few files still open".
""", {3: _ad("PUBBLICITÀ", "Focacceria Marina - focaccia hot from the oven from 7am"),
      8: _ad("PUBBLICITÀ", "Studio Tecnico Rebagliati: energy certificates in 48 hours")}),
)

_S6_C = _paper_page(
    site="RTM English",
    sep="-",
    url="https://english.rtm.example/news/italy/savona-elects-ferrandi-low-turnout-runoff",
    section="Italy",
    headline="Savona elects Ferrandi as runoff turnout slides below 42%",
    standfirst="Centre-left architect wins almost 53% of the vote; fewer than half of voters "
                "took part",
    author="RTM English newsroom",
    iso="2026-06-08T22:15:00+02:00",
    shown="08/06/2026 22:15",
    nav_items=["News", "Italy", "Europe", "World", "Business", "Culture", "Listen live"],
    subscribe_cta="Listen live",
    footer_note="RTM Radiotelevisione Mediterranea, public service broadcaster.",
    figure=_figure("https://english.rtm.example/img/2026/06/savona-town-hall.jpg",
                   "Town hall facade",
                   "Savona's town hall in Piazza Sisto IV.",
                   "RTM / Archive"),
    related=["Runoff results: the mayors elected on Monday",
             "Podcast: Why Italians are voting less",
             "Heat and drought: Liguria declares water alert",
             "Genoa-Savona motorway: work on viaduct to end in July"],
    body=_body("""
Voters in Savona have chosen centre-left candidate Giulia Ferrandi as their new mayor, but the
result was overshadowed by a further drop in participation, with fewer than 42 out of every
100 voters taking part in the two-day runoff.

Ferrandi won almost 53% of the valid votes, defeating centre-right candidate Marco Tessitore,
who took just over 47%. The result was clear by about 18:40 local time (16:40 GMT) on Monday,
a little more than three and a half hours after the polls closed.

Roughly 20,800 people voted, out of an electorate of just under 50,000. In the first round,
held on 24 and 25 May, turnout had been 54.3%.

## A comeback

Tessitore, a member of the Ligurian regional council, went into the runoff as the favourite
after finishing first a fortnight earlier with 41.2% of the vote, more than two points ahead
of Ferrandi. His campaign focused on security and on the cost of parking in the city centre.

Ferrandi, 46, an architect who served as the city's councillor for urban planning between
2011 and 2016, campaigned on public transport, the redevelopment of the seafront and closer
cooperation with the port authority.

In her victory speech, she promised to be a mayor "for the people who stayed home" as well as
for those who voted.

## 'The runoff is losing its voters'

Chiara Olivieri, a political scientist at the University of Genoa, said the fall in turnout
between the two rounds was typical of Italian mayoral runoffs but unusually steep in Savona.

"The runoff is losing its voters everywhere. People who backed a candidate who is no longer in
the race often simply stay at home," she told RTM. "Here, nearly one in four of the people who
voted in the first round did not come back."

Indeed, the number of voters fell by more than 6,000 between the two rounds, according to
figures from the city's electoral office. In absolute terms, Ferrandi received 10,725 votes and
Tessitore 9,587.

## The council

Thanks to the majority bonus that applies in cities with more than 15,000 inhabitants,
Ferrandi's coalition will control 19 of the 32 seats on the city council. The remaining 13 go
to the opposition, including Tessitore, who takes a seat as the defeated candidate. His
centre-right coalition accounts for 10 of those 13 seats, and Barabino's civic list for the
other three.

Ferrandi replaces outgoing mayor Roberto Canepa, who chose not to run for a second term. She is
expected to name her executive by early July.

Olivieri said the new mayor's first test would be the port. "Whoever governs Savona governs in
the shadow of the docks. If the container traffic grows, everything else becomes easier."
""", {3: _ad("Advertisement", "Discover Liguria's hill villages - guided walks every weekend"),
      8: _ad("Advertisement", "Learn Italian online with RTM Lingue")}),
)

STORY_6 = _story("election-QB6", "election", "2026-06-12", [
    _page("https://www.tirrenopress.example/en/politics/2026/06/08/savona-runoff-ferrandi-wins",
          _S6_A),
    _page("https://www.rivierapost.example/savona/ferrandi-sindaco-numbers-neighbourhoods", _S6_B),
    _page("https://english.rtm.example/news/italy/savona-elects-ferrandi-low-turnout-runoff",
          _S6_C),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
