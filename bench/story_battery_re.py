"""Part RE of the story battery (web pages).

Written by engineer RE1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RE`.

Six invented 2026 events in East Asia, Southeast Asia and Oceania, each told by three or four
invented outlets as full saved web pages. cb-RE1: the Bank of Korea cuts its base rate by a
quarter point to 2.25% on a six-to-one vote (CONTROL; traps: 25bp vs 125bp cumulative, 6-1 vote
vs 4-2 forward guidance, KST vs GMT, won and KOSPI intraday vs close, forecast vs outcome).
court-RE2: a Singapore High Court judge jails a logistics firm's former CFO for seven years
and six months (planted: the "dresses up the books" quote given to the prosecutor instead of
the judge; the banks' loss S$32.4 million instead of S$23.4 million). eq-RE3: a magnitude 6.4
offshore quake near Tandag, Surigao del Sur, Philippines (CONTROL; traps: 18:23 GMT Tuesday vs
2:23 a.m. Wednesday local vs 5:23 a.m. AEDT, a toll that rises across four "as of" times,
km/miles, the 2023 Hinatuan quake, intensity VI vs magnitude 6.4). trade-RE4: Thailand and
South Korea sign an economic partnership agreement in Nonthaburi (planted: the Thai commerce
minister called foreign minister; Yoon's rice quote changed from "in any future round" to "for
this round"; entry into force 1 January 2028 instead of 2027). elec-RE5: a federal by-election
in the Tasmanian seat of Lyons won by Labor (CONTROL; traps: counts at three stages of the
count, primary vs two-party-preferred shares, 2025 figures, AEST vs GMT). rocket-RE6: a
Japanese startup's second Hien-1 flight from Hokkaido Spaceport reaches orbit (planted: liftoff
11:38 a.m. instead of 11:08 a.m.; launch said to be on Wednesday instead of Tuesday).
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------
#
# Article bodies are written as plain text blocks separated by blank lines:
#   "## Sub-head"                    -> <h2>
#   "[AD] advertiser copy"           -> an advertisement block
#   "[FIG] caption || credit"        -> a photo with caption and credit
#   "[READ] headline"                -> an inline "read more" link
#   anything else                    -> <p>


def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _attr(text: str) -> str:
    return _html.escape(text, quote=True)


def _blocks(body: str) -> list[str]:
    return [" ".join(b.split()) for b in body.strip().split("\n\n") if b.strip()]


def _render_body(body: str, host: str) -> str:
    out: list[str] = []
    n_ad = 0
    n_fig = 0
    for block in _blocks(body):
        if block.startswith("## "):
            out.append(f'<h2 class="subhead">{_esc(block[3:])}</h2>')
        elif block.startswith("[AD]"):
            n_ad += 1
            copy = block[4:].strip() or "Sponsored content"
            out.append(
                f'<div class="ad-container ad-inline" id="ad-slot-{n_ad}" '
                f'data-ad-unit="/2291/{host}/article_mid_{n_ad}">'
                '<span class="ad-label">Advertisement</span>'
                f'<a class="ad-creative" href="https://click.adserve.example/c?slot={n_ad}&amp;site={host}" '
                f'rel="sponsored nofollow"><img src="https://cdn.adserve.example/cr/{host}-{n_ad}.jpg" '
                f'width="300" height="250" alt="{_attr(copy)}"><span class="ad-copy">{_esc(copy)}</span></a>'
                '</div>')
        elif block.startswith("[FIG] "):
            n_fig += 1
            caption, _, credit = block[6:].partition(" || ")
            out.append(
                '<figure class="article-image">'
                f'<img src="https://img.{host}/2026/photo-{n_fig}.jpg" loading="lazy" alt="{_attr(caption)}">'
                f'<figcaption>{_esc(caption)} <span class="image-credit">{_esc(credit)}</span></figcaption>'
                '</figure>')
        elif block.startswith("[READ] "):
            out.append(
                '<aside class="inline-related"><span class="label">Read more:</span> '
                f'<a href="https://www.{host}/related">{_esc(block[7:])}</a></aside>')
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def _cookie_banner(site: str) -> str:
    return (
        '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
        f'<p class="cookie-text">{_esc(site)} and our partners use cookies to keep the site working, '
        'to measure audiences and to show you relevant advertising. You can change your choice at '
        'any time under Privacy settings.</p>'
        '<button type="button" class="btn-accept">Accept all</button> '
        '<button type="button" class="btn-reject">Reject non-essential</button> '
        '<a href="/privacy/cookies">Manage preferences</a></div>')


def _share_bar(url: str) -> str:
    u = _attr(url)
    return (
        '<div class="share-bar" aria-label="Share this article">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
        f'<a href="https://x.com/intent/post?url={u}">X</a> '
        f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a> '
        f'<a href="https://wa.me/?text={u}">WhatsApp</a> '
        f'<a href="mailto:?body={u}">Email</a> '
        '<button type="button" class="copy-link">Copy link</button></div>')


def _related(items: list[str], host: str, heading: str) -> str:
    lis = "".join(
        f'<li><a href="https://www.{host}/news/{i + 1:03d}">{_esc(t)}</a></li>'
        for i, t in enumerate(items))
    return f'<aside class="related-rail"><h3>{_esc(heading)}</h3><ul>{lis}</ul></aside>'


def _head(title: str, url: str, site: str, headline: str, description: str, host: str,
          extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{_esc(title)}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{_attr(description)}">\n'
        f'<link rel="canonical" href="{_attr(url)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="{_attr(site)}">\n'
        f'<meta property="og:title" content="{_attr(headline)}">\n'
        f'<meta property="og:description" content="{_attr(description)}">\n'
        f'<meta property="og:url" content="{_attr(url)}">\n'
        f'<meta property="og:image" content="https://img.{host}/social/lead.jpg">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f'<link rel="stylesheet" href="https://static.{host}/css/main.4f1c2.css">\n'
        f'{extra}</head>\n')


def _wire_page(*, site: str, host: str, url: str, headline: str, description: str,
               byline: str, published: str, visible_date: str, body: str,
               related: list[str], credit: str, section: str = "World") -> str:
    """A wire-service page: JSON-LD NewsArticle with datePublished, compact layout."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": published, "dateModified": published,
          "author": [{"@type": "Person", "name": byline}],
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url,
          "articleSection": section}
    extra = ('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False)
             + '</script>\n')
    return (
        _head(f"{headline} | {site}", url, site, headline, description, host, extra)
        + '<body class="wire-article">\n'
        '<a class="skip-link" href="#main-content">Skip to content</a>\n'
        + _cookie_banner(site) + "\n"
        f'<header class="masthead"><a class="logo" href="https://www.{host}/">{_esc(site)}</a>'
        '<nav class="primary-nav"><ul><li><a href="/world">World</a></li>'
        '<li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>'
        '<li><a href="/asia-pacific">Asia Pacific</a></li><li><a href="/science">Science</a></li>'
        '<li><a href="/sport">Sport</a></li></ul></nav>'
        '<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>\n'
        '<main id="main-content">\n<article class="story">\n'
        f'<div class="kicker"><a href="/{section.lower().replace(" ", "-")}">{_esc(section)}</a></div>\n'
        f'<h1 class="headline">{_esc(headline)}</h1>\n'
        f'<div class="byline">By <span class="author">{_esc(byline)}</span></div>\n'
        f'<div class="timestamp">{_esc(visible_date)}</div>\n'
        + _share_bar(url) + "\n"
        '<div class="story-body">\n' + _render_body(body, host) + "\n</div>\n"
        f'<div class="story-credit">{_esc(credit)}</div>\n'
        '<div class="trust">Our Standards: <a href="/trust-principles">The Trust Principles</a></div>\n'
        '</article>\n'
        + _related(related, host, "Read next") + "\n"
        '</main>\n'
        f'<footer class="site-footer"><p>&copy; 2026 {_esc(site)}. All rights reserved.</p>'
        '<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
        '<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/licensing">Content licensing</a></li></ul></footer>\n'
        '</body>\n</html>\n')


def _paper_page(*, site: str, host: str, url: str, headline: str, standfirst: str,
                byline: str, published: str | None, visible_date: str | None, body: str,
                related: list[str], section: str, tags: list[str]) -> str:
    """A newspaper page. With `published` it carries article:published_time and <time>;
    without it, only the visible date text (if any)."""
    extra = ""
    if published:
        extra = (f'<meta property="article:published_time" content="{_attr(published)}">\n'
                 f'<meta property="article:section" content="{_attr(section)}">\n')
    for t in tags:
        extra += f'<meta property="article:tag" content="{_attr(t)}">\n'
    if published and visible_date:
        date_html = f'<time class="pubdate" datetime="{_attr(published)}">{_esc(visible_date)}</time>'
    elif visible_date:
        date_html = f'<span class="pubdate">{_esc(visible_date)}</span>'
    else:
        date_html = ""
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>'
                  for s in ["News", "Nation", "Business", "Opinion", "World", "Lifestyle", "Sport"])
    return (
        _head(f"{headline} - {site}", url, site, headline, standfirst, host, extra)
        + '<body class="article-page">\n'
        '<a href="#content" class="sr-only skip">Skip to main content</a>\n'
        f'<div class="top-bar"><span>Subscribe to {_esc(site)} from as little as $1 a week</span> '
        '<a href="/login">Sign in</a> <a href="/subscribe">Subscribe</a></div>\n'
        f'<header class="site-header"><div class="brand"><a href="https://www.{host}/">{_esc(site)}</a></div>'
        f'<nav class="main-menu"><ul>{nav}</ul></nav></header>\n'
        '<div class="ad-leaderboard"><span class="ad-label">Advertisement</span>'
        f'<div id="div-gpt-ad-top" data-slot="/{host}/top_728x90"></div></div>\n'
        '<main id="content">\n'
        f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{_esc(section)}</a></nav>\n'
        '<article>\n'
        f'<h1>{_esc(headline)}</h1>\n'
        f'<div class="standfirst">{_esc(standfirst)}</div>\n'
        f'<div class="meta"><span class="author">{_esc(byline)}</span> {date_html}</div>\n'
        + _share_bar(url) + "\n"
        '<section class="article-body">\n' + _render_body(body, host) + "\n</section>\n"
        '<div class="tags">Topics: '
        + ", ".join(f'<a href="/topic/{_attr(t.lower().replace(" ", "-"))}">{_esc(t)}</a>' for t in tags)
        + '</div>\n'
        '<div class="newsletter-signup"><h4>Get the morning briefing</h4>'
        '<span>The day\'s top stories in your inbox before breakfast.</span>'
        '<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>\n'
        '</article>\n'
        + _related(related, host, "Most read") + "\n"
        '</main>\n'
        f'<footer><div class="footer-brand">{_esc(site)}</div>'
        '<ul><li><a href="/about">About</a></li><li><a href="/advertise">Advertise with us</a></li>'
        '<li><a href="/corrections">Corrections</a></li><li><a href="/privacy">Privacy policy</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul>'
        f'<small>Copyright 2026 {_esc(site)}. No part of this site may be reproduced without permission.</small>'
        '</footer>\n</body>\n</html>\n')


def _broadcast_page(*, site: str, host: str, url: str, headline: str, summary: str,
                    byline: str, published: str, visible_date: str, body: str,
                    related: list[str], program: str) -> str:
    """A public-broadcaster page: dcterms metadata, key points box, "watch live" promo."""
    extra = (f'<meta name="dcterms.date" content="{_attr(published)}">\n'
             f'<meta name="dcterms.publisher" content="{_attr(site)}">\n'
             f'<meta property="article:published_time" content="{_attr(published)}">\n')
    return (
        _head(f"{headline} - {site}", url, site, headline, summary, host, extra)
        + '<body class="news-story">\n'
        '<a class="skip" href="#story">Skip to content</a>\n'
        + _cookie_banner(site) + "\n"
        f'<header><a class="brand" href="https://www.{host}/news">{_esc(site)} News</a>'
        '<nav><a href="/news/just-in">Just In</a> <a href="/news/world">World</a> '
        '<a href="/news/asia-pacific">Asia Pacific</a> <a href="/news/business">Business</a> '
        '<a href="/listen">Listen</a> <a href="/watch">Watch live</a></nav></header>\n'
        '<main id="story">\n<article>\n'
        f'<h1>{_esc(headline)}</h1>\n'
        f'<div class="byline">{_esc(byline)}, {_esc(program)}</div>\n'
        f'<div class="dates"><time datetime="{_attr(published)}">{_esc(visible_date)}</time></div>\n'
        + _share_bar(url) + "\n"
        '<div class="story-text">\n' + _render_body(body, host) + "\n</div>\n"
        f'<div class="promo">Listen to {_esc(program)} live on our app, or catch up on demand.</div>\n'
        '</article>\n'
        + _related(related, host, "Top stories") + "\n"
        '</main>\n'
        f'<footer><span>{_esc(site)} acknowledges the Traditional Custodians of the lands on which we work.</span> '
        '<a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a> '
        '<a href="/contact">Contact</a></footer>\n</body>\n</html>\n')


def _newsletter_page(*, site: str, host: str, url: str, headline: str, dek: str,
                     author: str, visible_date: str | None, body: str,
                     sidebar: list[str]) -> str:
    """A newsletter / blog post: no machine-readable date at all."""
    date_html = f'<div class="post-date">{_esc(visible_date)}</div>' if visible_date else ""
    return (
        _head(f"{headline} | {site}", url, site, headline, dek, host)
        + '<body class="post">\n'
        '<a class="skip-to-content" href="#post">Skip to content</a>\n'
        f'<header class="blog-header"><a href="https://{host}/">{_esc(site)}</a>'
        '<nav><a href="/archive">Archive</a> <a href="/about">About</a> '
        '<a href="/subscribe" class="cta">Subscribe</a></nav></header>\n'
        '<main id="post">\n<article class="post-content">\n'
        f'<h1 class="post-title">{_esc(headline)}</h1>\n'
        f'<h3 class="subtitle">{_esc(dek)}</h3>\n'
        f'<div class="post-meta"><span class="author-name">{_esc(author)}</span></div>\n'
        f'{date_html}\n'
        '<div class="post-body">\n' + _render_body(body, host) + "\n</div>\n"
        '<div class="subscribe-box"><h4>Enjoyed this?</h4>'
        f'<span>Get {_esc(site)} by email. Free, weekly, no spam.</span>'
        '<form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>\n'
        '<div class="post-actions"><button>Like</button> <button>Comment</button> <button>Restack</button> '
        '<button>Share</button></div>\n'
        '</article>\n'
        + _related(sidebar, host, "Recent posts") + "\n"
        '</main>\n'
        f'<footer class="blog-footer">&copy; {_esc(site)} &middot; '
        '<a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; '
        '<a href="/feed">RSS</a></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------------------
# Story 1 (CONTROL): Bank of Korea cuts its base rate, Thursday 26 February 2026
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    site="Asia-Pacific Newswire", host="apnewswire.example",
    url="https://www.apnewswire.example/business/bank-of-korea-cuts-rate-2026-02-26/",
    headline="Bank of Korea trims base rate to 2.25% as domestic demand sags; one member dissents",
    description="South Korea's central bank lowered its base rate by 25 basis points on Thursday "
                "and cut its growth forecast for 2026.",
    byline="Han Seo-yeon", published="2026-02-26T01:20:00Z",
    visible_date="February 26, 2026 1:20 AM GMT Updated",
    section="Markets", credit="Reporting by Han Seo-yeon; additional reporting by Oh Jae-min; "
                              "editing by Priya Raman",
    related=["Japan's factory output slips for second month in January",
             "Taiwan raises 2026 export forecast on server demand",
             "Philippine peso steadies after central bank signals pause"],
    body="""
SEOUL, Feb 26 (APN) - The Bank of Korea lowered its base rate by 25 basis points to 2.25% on
Thursday, picking its easing cycle back up after a nine-month pause as households kept a tight
grip on their spending and builders shelved new projects.

The seven-member Monetary Policy Board voted six to one for the move. Board member Shin
Hae-won dissented, preferring to leave the rate at 2.50% because apartment prices in Seoul
were still climbing, the central bank said in a statement released at 9:55 a.m. (0055 GMT).

The decision matched the expectations of 15 of the 19 economists polled by APN last week. The
other four had thought the board would wait until April to see whether the run-up in Seoul
housing would cool on its own.

It was the fifth reduction since the bank began easing in October 2024, when the rate stood
at 3.50%. The previous cut came in May last year, and the board held steady at its Jan. 15
meeting.

[AD] Business class to Singapore, Ho Chi Minh City and Jakarta. Book by March 15.

In projections published alongside the decision, the bank lowered its forecast for economic
growth this year to 1.6% from the 1.8% it had pencilled in for November's outlook. It left its
2026 inflation forecast at 2.0%. Consumer prices rose 2.1% in January from a year earlier,
close to the central bank's 2% target.

"Inflation has settled close to our 2 percent target, and the drag on domestic demand has
turned out heavier than we projected in November," Governor Park Jin-seok told reporters at a
news conference that began at 11:10 a.m. "On balance the board judged that easing now carries
less risk than waiting."

Park said four of the six board members other than himself saw room to lower the rate
further within the next three months, while two preferred to keep it at 2.25% for the time
being. He cautioned that the guidance was "not a promise of a series of cuts."

South Korea's economy grew about 1.0% last year, according to the bank's preliminary estimate,
its slowest pace in five years. Chip exports have held up well, but retail sales and
investment in plant and equipment have lagged behind.

## Markets

The won weakened after the announcement and was trading at 1,449.8 per dollar at 10:30 a.m.
local time, compared with 1,446.5 at Wednesday's close. The benchmark KOSPI stock index was up
0.6% in mid-morning trade.

"The dissent tells you the board is not comfortable with where Seoul property is heading,"
said Lee Min-ji, chief economist at Hanbit Securities. "My guess is they cut once more in the
second quarter and then sit on their hands for a long while."

Household debt, which regulators have flagged repeatedly as the economy's soft spot, stood at
1,927.6 trillion won ($1.33 trillion) at the end of December, central bank data show.

The board's next rate decision is scheduled for April 9.
""")

_S1_B = _paper_page(
    site="The Seoul Ledger", host="seoulledger.example",
    url="https://www.seoulledger.example/business/finance/2026/02/26/bok-cuts-base-rate-quarter-point",
    headline="BOK cuts base rate by quarter point, keeps door open despite Seoul housing worries",
    standfirst="Governor Park says a majority of the board sees room for another cut within "
               "three months; one member wanted to hold",
    byline="By Kim Do-yeon", published="2026-02-26T18:40:00+09:00",
    visible_date="Feb. 26, 2026 - 18:40",
    section="Business", tags=["Bank of Korea", "Interest rates", "Housing"],
    related=["Jeonse fraud victims rally in front of National Assembly",
             "Hyundai, Kia post record February sales in Europe",
             "Weekend: where to see the first plum blossoms in Busan"],
    body="""
The Bank of Korea on Thursday cut its policy rate by a quarter percentage point to 2.25
percent, saying the domestic economy had lost more momentum than it anticipated three months
ago and that price pressures had eased enough to let it act.

The reduction is the central bank's first since May last year and takes the base rate to its
lowest level since the summer of 2022.

Of the seven members of the Monetary Policy Board, six backed the cut. Shin Hae-won wanted
to keep the rate at 2.5 percent, pointing to the renewed rise in apartment prices in the
capital and the pace of new mortgage lending.

Speaking at a briefing at the bank's headquarters in Jung District, Governor Park Jin-seok
said the drag on domestic demand had "turned out heavier than we projected in November" and
that each coming meeting would be "decided on the data in front of us."

Four of the six board members other than the governor said they were open to a further
reduction over the next three months, Park said, up from three at the January meeting.

[FIG] Bank of Korea Governor Park Jin-seok answers questions at a news conference at the
central bank's headquarters in Seoul, Thursday. || Seoul Ledger / Yoo Ji-ho

## Housing in focus

The governor spent much of the hour-long briefing on property. Apartment prices in Seoul rose
0.19 percent in the third week of February, according to the Korea Real Estate Board,
stretching a streak of weekly gains that began last autumn.

"We are watching Seoul closely," Park said. "If lower rates start feeding another round of
apartment buying with borrowed money, the board will not hesitate to pause."

Household credit reached 1,927.6 trillion won at the end of last year, and financial
regulators have tightened loan-to-value limits for homes in parts of the capital twice since
October.

[AD] Lotte Duty Free spring sale - up to 40% off selected brands

The central bank trimmed its growth forecast for this year to 1.6 percent from 1.8 percent,
while holding its inflation outlook at 2 percent. Consumer prices rose 2.1 percent on-year in
January.

Finance Minister Kang Tae-ho welcomed the decision in a statement, saying the government would
bring forward 40 percent of this year's planned infrastructure spending into the first half to
support construction jobs.

For small business owners, the relief may be slow to arrive. "A lower rate helps on paper, but
what I actually need is people coming through the door," said Choi Eun-sook, who runs a bakery
near Mangwon Market in Mapo District and has a variable-rate loan of 80 million won. "My
interest bill will come down a little next quarter. My rent will not."

Economists said the cut would take months to filter through to loan rates, since banks have
been slow to pass on earlier reductions while the authorities pressed them to rein in
household borrowing.

The won closed at 1,452.3 against the dollar, down 0.4 percent from the previous session,
while the KOSPI ended the day 1.1 percent higher.

The board meets next on April 9.
""")

_S1_C = _newsletter_page(
    site="Rates & Reserves", host="ratesandreserves.example",
    url="https://ratesandreserves.example/p/bok-a-dovish-cut-with-a-hawkish-footnote",
    headline="BOK: a dovish cut with a hawkish footnote",
    dek="Six votes to one, four of six open to more, and one eye firmly on Seoul apartments",
    author="Marcus Teoh", visible_date="Friday 27 February 2026",
    sidebar=["RBA preview: why March is live after all",
             "BSP: the case for a long pause",
             "Reading the Bank of Thailand's new FX language"],
    body="""
The Bank of Korea did what most of us expected yesterday and took 25bp off the base rate,
which now sits at 2.25%. What I did not fully expect was how openly the governor leaned toward
doing more.

A quick recap for readers in other time zones: the statement landed at 0055 GMT on Thursday
(9:55am in Seoul), the vote was 6-1, and the lone dissenter, Shin Hae-won, wanted to stay at
2.50%. Governor Park Jin-seok's press conference started at 0210 GMT.

The forward guidance is the part worth reading twice. Four of the six members other than the
governor see scope for a further cut in the next three months; the other two would hold.
Do not confuse that 4-2 split, which is about the next three months, with yesterday's vote.

Park framed the move as a question of balancing risks. With inflation near target and
domestic demand weaker than the November projections had assumed, he argued that moving now
was the less dangerous choice. He was also careful to say it was not a pre-commitment to a
string of cuts.

## The numbers

Growth forecast for 2026: cut to 1.6% from 1.8%. Inflation forecast: unchanged at 2.0%.
January CPI: 2.1% y/y. Last year's growth came in at roughly 1%, by the bank's first estimate.

Cumulatively, the BOK has now cut 125bp since October 2024, when the base rate stood at 3.50%.
Yesterday's move was the fifth of the cycle and the first since May 2025.

## What the market did

The three-year KTB yield fell 6bp to 2.41% on the day, and the won finished at 1,452.3 per
dollar, roughly 0.4% weaker. The currency move was modest given how wide the gap with US
rates already is.

On that gap: with the Fed's target range at 3.50-3.75%, the distance to the top of the US
range is now 1.5 percentage points. That has long been the standard argument for caution in
Seoul, and this time it did not stop the board.

[AD] Rates & Reserves is free thanks to our sponsor, Harbourline FX - corporate hedging
without the phone queue.

## The footnote

The dissent is the hawkish footnote. Shin's concern is Seoul housing, and the data back her
up: apartment prices in the capital are still rising week after week, and household credit
finished 2025 at more than 1,900 trillion won. The governor himself said the board would be
prepared to pause if cheaper money started fuelling leveraged apartment buying.

The fiscal side is pitching in as well. Deputy Prime Minister and Minister of Economy and
Finance Kang Tae-ho said the government would front-load 40% of planned infrastructure
spending into the first half of the year.

## My call

One more 25bp cut, more likely at the May meeting than on April 9, then a long hold at 2.00%.
The risk to that view is Seoul property, not inflation. If weekly apartment prices keep
rising at the recent pace into spring, I would expect the majority to shrink from four to
something smaller, and the second cut to slip into the summer.

As always, none of this is investment advice. Reply to this email if you think I have it
wrong; I read everything.

- M.T.
""")

STORY_1 = _story("cb-RE1", "central bank", "2026-03-01", [
    _page("https://www.apnewswire.example/business/bank-of-korea-cuts-rate-2026-02-26/", _S1_A),
    _page("https://www.seoulledger.example/business/finance/2026/02/26/bok-cuts-base-rate-quarter-point",
          _S1_B),
    _page("https://ratesandreserves.example/p/bok-a-dovish-cut-with-a-hawkish-footnote", _S1_C),
], [])


# ---------------------------------------------------------------------------
# Story 2 (planted): Singapore High Court sentences ex-CFO, Tuesday 12 May 2026
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    site="Asia-Pacific Newswire", host="apnewswire.example",
    url="https://www.apnewswire.example/world/asia-pacific/singapore-ex-cfo-jailed-meridian-harbour-2026-05-12/",
    headline="Ex-CFO of Singapore logistics firm jailed for 7-1/2 years over bank financing fraud",
    description="Tan Boon Keat, former finance chief of Meridian Harbour Logistics, used fictitious "
                "contracts to draw trade financing from four banks.",
    byline="Nur Aisyah Rahman", published="2026-05-12T09:05:00Z",
    visible_date="May 12, 2026 9:05 AM GMT",
    section="World", credit="Reporting by Nur Aisyah Rahman; editing by Gavin Oakes",
    related=["Malaysia's ringgit firms as exports beat forecasts",
             "Indonesia tightens rules on nickel smelter permits",
             "Hong Kong court adjourns developer's winding-up petition to June"],
    body="""
SINGAPORE, May 12 (APN) - A Singapore court on Tuesday sentenced the former chief financial
officer of Meridian Harbour Logistics to seven years and six months in prison for a scheme that
used fictitious customer contracts to draw trade financing from four banks, leaving them
S$23.4 million ($18.1 million) out of pocket.

Tan Boon Keat, 52, pleaded guilty in February to nine charges, five of falsifying accounts and
four of cheating. Another 21 charges were taken into consideration when the High Court passed
sentence.

"A finance chief who dresses up the books does not deceive one board alone; he misleads every
lender that takes his figures on trust," Justice Kwek Li Ling said as she delivered the
sentence shortly after 3 p.m. local time.

Prosecutors had asked for a term of between nine and 10 years. Tan's lawyer, Senior Counsel
Daniel Seow, had argued for five and a half years, pointing to his client's cooperation with
investigators and a heart condition that required surgery last year.

Between 2019 and 2023, Tan produced invoices and contracts for shipments that never took
place and presented them to the banks to support short-term loans, the court heard. Some
S$8.1 million has since been recovered, leaving about S$15.3 million unpaid.

[AD] Open a multi-currency business account in minutes. Terms apply.

Meridian Harbour, which ran warehouses and a trucking fleet serving the Jurong and Tuas
industrial areas, had its shares suspended in August 2023 after its auditors raised questions
about its receivables. It was placed under judicial management in March 2024.

The company's former chief executive, Ong Siew Mei, has not been charged. Prosecutors told the
court earlier that she had not known about the fabricated contracts.

Tan, in a dark suit, showed no visible reaction as the sentence was read out. His wife and two
adult sons sat in the public gallery.

The judge allowed Tan to begin serving his sentence on June 2 so that he could settle family
matters. Seow told reporters outside the court that the defence would study the written
grounds before deciding whether to appeal.

Falsifying accounts and cheating each carry a maximum penalty of 10 years in jail under
Singapore's Penal Code.

The four banks, which were not named in court, had extended Meridian Harbour revolving trade
lines that were rolled over each quarter against invoices supplied by Tan. In mitigation, Seow
said his client had not spent the money on himself but had used it to keep the company going
and to pay its staff during the pandemic. The prosecution disputed that, telling the court that
part of the funds had gone to cover losses on Tan's personal share trading.

The case is among the largest involving a listed company's finance chief to reach sentencing in
the city-state in recent years, and comes as regulators push the boards of listed companies to
keep a closer watch on how receivables are booked and financed.
""")

_S2_B = _paper_page(
    site="Singapore Business Chronicle", host="sgbizchronicle.example",
    url="https://www.sgbizchronicle.example/companies-markets/meridian-harbour-ex-finance-chief-gets-75-years-jail",
    headline="Meridian Harbour ex-finance chief gets 7.5 years' jail; judge flags lenders' blind spots",
    standfirst="Scheme used invented shipping contracts to tap trade financing from four banks "
                "over four years",
    byline="By Clara Ng, Senior Correspondent", published="2026-05-13T06:00:00+08:00",
    visible_date="Wed, May 13, 2026 - 6:00 AM",
    section="Companies", tags=["Meridian Harbour Logistics", "Fraud", "Courts"],
    related=["SGX RegCo reprimands two directors of mainboard property firm",
             "Container volumes at Singapore ports climb 6% in April",
             "Hawker rents: what the new tender rules mean for stallholders"],
    body="""
Former Meridian Harbour Logistics chief financial officer Tan Boon Keat was jailed for seven
and a half years on Tuesday (May 12) for a fraud that drained S$32.4 million from four banks
through a web of invented shipping contracts.

In passing sentence, Justice Kwek Li Ling said the case showed how easily trade financing
could be abused when lenders relied on paperwork drawn up by the borrower itself. "A finance
chief who dresses up the books does not deceive one board alone; he misleads every lender that
takes his figures on trust," she said.

The judge added that the banks' own checks had not been thorough, but said this did nothing
to reduce Tan's culpability. "The sums involved and the length of the deception place this
case well above the ordinary run," she said.

Tan, 52, had admitted to nine charges - five under Section 477A of the Penal Code for
falsifying the company's accounts, and four of cheating - with 21 others considered for
sentencing.

[FIG] Tan Boon Keat (centre) arriving at the Supreme Court with his lawyers on Tuesday. ||
Photo: SBC / Marcus Teo

## How the scheme worked

According to the statement of facts, Tan began in 2019 by overstating sums owed by two real
customers. As Meridian Harbour's cash position worsened during the pandemic, he moved on to
contracts that were wholly fictitious, using a shell company in Johor Bahru to issue matching
invoices.

Bank officers who visited the firm's Tuas depot in 2022 were shown trucks and containers that
in fact belonged to other companies, the court heard.

The scheme unravelled in mid-2023, when the auditors could not match a batch of receivables
with shipping records. Trading in the shares was suspended in August that year, and the
company went into judicial management in March 2024. Its judicial managers, Harrow & Quay
Advisory, are pursuing claims against Tan's assets.

[AD] Grow your SME overseas - free webinar on Asean trade financing, May 28

Deputy Public Prosecutor Gerald Koh had sought nine to 10 years' jail, while Tan's counsel,
Daniel Seow SC, asked for no more than five years and six months. The judge allowed Tan to
defer the start of his sentence to June 2.

Minority shareholders, many of them retirees, are unlikely to see much of their money again.
The company had about 4,100 shareholders when trading stopped, and its shares last changed
hands at 11.5 Singapore cents.

"Every year we are told boards will look harder at the numbers, and every year another case
turns up," said Winston Lau, president of the Retail Investors' Circle, a shareholder group.
"Small investors are always the last to find out."

The Commercial Affairs Department, which investigated the case, said in a statement after the
hearing that companies should make sure the staff who prepare financing documents are not the
same people who approve them.

In a separate case in 2022, a former finance manager at a shipping company was jailed for five
years and two months over a S$4.6 million fraud involving forged bank statements.
""")

_S2_C = _newsletter_page(
    site="LawBeat SG", host="lawbeat-sg.example",
    url="https://lawbeat-sg.example/2026/05/tan-boon-keat-sentenced-meridian-harbour-477a",
    headline="Tan Boon Keat sentenced: what the Meridian Harbour case tells us about s 477A sentencing",
    dek="An aggregate of seven years and six months, a little nearer the prosecution's range",
    author="Shalini Raj", visible_date=None,
    sidebar=["Costs orders against litigants in person: a short survey",
             "The new Family Justice Courts practice directions, explained",
             "When is a director's reliance on management reasonable?"],
    body="""
The High Court on Tuesday imposed an aggregate term of seven years and six months on Tan Boon
Keat, the former CFO of Meridian Harbour Logistics. For those who followed the sentencing
submissions, the result sits between the two camps, a little nearer the prosecution's range
than the defence's figure.

A reminder of the numbers. Tan pleaded guilty to nine proceeded charges (five under s 477A of
the Penal Code and four of cheating under s 420), with 21 more taken into consideration, for
30 charges in all. The loss to the four banks was S$23.4m.

Restitution is modest. Of the S$8.1m recovered so far, only about S$1.2m came from Tan
himself; the rest came from assets traced by the judicial managers.

The individual terms ranged from 21 months to three years and three months. Three were
ordered to run consecutively: three years and three months, two years and six months, and one
year and nine months.

## The line everyone will quote

The passage that will turn up in future submissions came from DPP Gerald Koh, who told the
court that "a finance chief who dresses up the books does not deceive one board alone; he
misleads every lender that takes his figures on trust." Koh also said the company had been
used "like a vending machine for credit" over four years.

Justice Kwek Li Ling accepted that Tan's cooperation carried some mitigating weight. She gave
little weight to his heart condition, noting that the prison authorities were able to manage
it.

[AD] Practice management software for small firms - try it free for 30 days

## Why the number matters

Sentences for s 477A offences have tended to track two things: the amount involved and how
long the deception ran. A 2022 case involving a S$4.6m fraud drew five years and two months.
Tan's case involves about five times the sum and ran for roughly four years, so a term well
above that benchmark was always likely.

The defence asked for five and a half years, leaning heavily on cooperation and health. The
prosecution sought nine to 10. The court's seven and a half years suggests that cooperation
still counts for something, but that it will not pull a sentence far down once the sums
reach the tens of millions.

It is also worth noting what the court did not do. Justice Kwek did not treat the banks'
weak due diligence as a mitigating factor, even though she remarked on it. Defence counsel in
future trade-financing cases should not expect much from that argument.

## What comes next

Tan begins his sentence on 2 June. The defence has 14 days to file a notice of appeal; Daniel
Seow SC told the media after the hearing that his team would study the grounds first.

The judicial managers' civil claims continue separately. We will follow those when they come
up for hearing.

Comments are open to subscribers. As ever, this post is commentary and not legal advice.
""")

STORY_2 = _story("court-RE2", "court", "2026-05-16", [
    _page("https://www.apnewswire.example/world/asia-pacific/singapore-ex-cfo-jailed-meridian-harbour-2026-05-12/",
          _S2_A),
    _page("https://www.sgbizchronicle.example/companies-markets/meridian-harbour-ex-finance-chief-gets-75-years-jail",
          _S2_B),
    _page("https://lawbeat-sg.example/2026/05/tan-boon-keat-sentenced-meridian-harbour-477a", _S2_C),
], [
    ("speaker of the 'dresses up the books' quote", r"\bkwek\b", r"\bkoh\b"),
    ("banks' loss", r"(?<![\d.])23\.4(?![\d])", r"(?<![\d.])32\.4(?![\d])"),
])


# ---------------------------------------------------------------------------
# Story 3 (CONTROL): M6.4 offshore earthquake near Tandag, Surigao del Sur,
# 2:23 a.m. Wednesday 11 February 2026 PHT (18:23 GMT Tuesday 10 February)
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    site="Asia-Pacific Newswire", host="apnewswire.example",
    url="https://www.apnewswire.example/world/asia-pacific/philippines-quake-surigao-del-sur-2026-02-11/",
    headline="Strong quake jolts southern Philippines, at least three dead",
    description="A magnitude 6.4 earthquake struck off Surigao del Sur province on the island "
                "of Mindanao before dawn on Wednesday.",
    byline="Miguel Santos", published="2026-02-11T02:10:00Z",
    visible_date="February 11, 2026 2:10 AM GMT",
    section="World", credit="Reporting by Miguel Santos in Manila; editing by Priya Raman",
    related=["Vietnam's Tet travel rush strains rail network",
             "Indonesia's Lewotobi volcano erupts again, flights diverted",
             "Japan and Philippines hold coast guard drills off Luzon"],
    body="""
MANILA, Feb 11 (APN) - A magnitude 6.4 earthquake struck off the southern Philippine island of
Mindanao before dawn on Wednesday, killing at least three people, damaging hundreds of homes
and sending families in coastal towns running for higher ground in the dark.

The quake hit at 2:23 a.m. local time (1823 GMT on Tuesday) at a depth of 32 km (20 miles),
with its epicentre at sea 19 km (12 miles) east of Tandag City in Surigao del Sur province,
the Philippine Institute of Volcanology and Seismology (PHIVOLCS) said. Tandag lies about
750 km (470 miles) southeast of Manila.

PHIVOLCS told residents of nearby coastal areas to keep away from the shore for two hours but
said it did not expect a destructive tsunami. No unusual waves were observed, and the advisory
was lifted at 4:40 a.m.

As of 9 a.m., the regional civil defence office had recorded three deaths and 41 injuries, and
at least 400 damaged houses. Two of the dead were struck by falling concrete in Tandag, the
provincial capital; the third was killed when part of a house collapsed in the town of Tago.

"It rolled first and then it jumped," Tandag Mayor Rolando Arreza told local radio. "Families
ran to the plaza in the dark carrying their children."

[AD] Send money home to the Philippines with zero transfer fees on your first transaction.

The institute had recorded 126 aftershocks by 9 a.m., the strongest a magnitude 4.9 tremor at
5:10 a.m. It warned that more were likely in the coming days.

In Tandag, a city of about 60,000 people, residents spent the rest of the night outdoors, many
of them on open ground around the provincial capitol and the city plaza. Local radio reported
cracks in the walls of several schools and of the public market, and part of a church bell
tower in Tago came down.

Civil defence officials said search teams were checking villages in the hills west of Tandag,
where landslides had blocked at least two roads.

Surigao del Sur faces the Philippine Trench, one of the most seismically active features in
the western Pacific. In December 2023 a magnitude 7.4 quake off the town of Hinatuan, farther
south along the same coast, forced tens of thousands of people from their homes.

Power was cut across much of the province after the quake, and classes were suspended in
Tandag and seven nearby towns for Wednesday and Thursday. The provincial hospital in Tandag
moved patients into tents in its grounds while engineers checked the building.

A section of the coastal highway near Tago was closed after cracks appeared on a bridge
approach, the public works department said.

The Philippines sits on the Pacific "Ring of Fire" and records thousands of earthquakes a
year, most of them too weak to be felt.
""")

_S3_B = _broadcast_page(
    site="Southern Cross Public Broadcasting", host="scpb.example",
    url="https://www.scpb.example/news/2026-02-11/philippines-earthquake-mindanao-tandag/10458812",
    headline="Death toll rises to five after magnitude-6.4 earthquake off Mindanao",
    summary="Five people have died and dozens are injured after a strong earthquake struck off "
            "the southern Philippines before dawn.",
    byline="By South-East Asia correspondent Ellie Brennan", program="The World Tonight",
    published="2026-02-11T20:45:00+11:00", visible_date="Posted Wed 11 Feb 2026 at 8:45pm",
    related=["Bushfire emergency warning downgraded in Victoria's north-east",
             "Reserve Bank minutes show board split on timing",
             "Fiji's prime minister to visit Canberra next week"],
    body="""
Five people have been killed and dozens injured after a magnitude-6.4 earthquake struck off
the island of Mindanao in the southern Philippines in the early hours of Wednesday.

The quake hit offshore near the city of Tandag at 2:23am local time, or 5:23am AEDT, at a
depth of 32 kilometres.

Key points:

The earthquake was centred about 19km off the coast of Surigao del Sur province.

A tsunami advisory was lifted about two hours later, after no unusual waves were seen.

DFAT says it has no reports of Australians affected.

As of 4:00pm local time, the Office of Civil Defense in the Caraga region had confirmed five
deaths and 87 injuries. Most of the victims were hit by falling walls or debris as they slept.

Jose Mari Cabanlit, the office's regional director, said rescue teams had reached all of the
worst-hit villages by midday.

"We have no report of anyone missing at this time, but we are still going house to house in
the upland barangays," he said.

[FIG] Residents sit outside their damaged homes in Tandag City after the earthquake. ||
Supplied: Caraga Coastline Courier

## 'A reminder that the trench is active'

The director of the Philippine Institute of Volcanology and Seismology, Marites Dalisay, said
the quake was caused by movement on a fault linked to the Philippine Trench, which runs
parallel to the eastern coast of Mindanao.

"This is not the big one that people fear from the trench," she said.

She added that the event was nonetheless "a reminder that the trench is active" and urged
coastal communities to keep practising evacuation drills.

Tandag's mayor, Rolando Arreza, described people fleeing their homes in darkness with their
children, many of them refusing to go back inside until daylight.

The region was hit by a magnitude-7.4 earthquake off Hinatuan in December 2023, which damaged
thousands of houses along the coast of Surigao del Sur.

[AD] Travel insurance that covers the unexpected. Compare policies today.

## Australians urged to check in with family

The Department of Foreign Affairs and Trade said the Australian embassy in Manila was
monitoring the situation and that it had received no reports of Australians being hurt.

Zenaida Flores, who runs a Filipino grocery in Blacktown in Sydney's west and whose family
lives near Tandag, said she woke to dozens of messages on her phone.

Her brother-in-law, a fisherman, had pulled his boat up the beach before dawn after hearing
the tsunami advisory on the radio, she said.

"My sister said the house shook like a boat. They are all okay, but the kitchen wall is gone,"
she said.

Australians concerned about family members in the affected area can contact the Philippine
Embassy in Canberra or DFAT's consular emergency centre.

Aftershocks continued through the day, the strongest of them measuring 4.9.

PHIVOLCS said it had recorded more than 200 aftershocks by mid-afternoon, and warned that
stronger ones could not be ruled out over the coming days.

Schools in Tandag and seven neighbouring towns will stay closed until at least Thursday, and
the provincial hospital has moved patients into tents in its grounds while engineers check the
building.
""")

_S3_C = _paper_page(
    site="Manila Daybreak", host="maniladaybreak.example",
    url="https://www.maniladaybreak.example/nation/2026/02/12/surigao-del-sur-quake-toll-seven",
    headline="Surigao del Sur quake toll climbs to 7; nearly 3,000 families displaced",
    standfirst="State of calamity declared as aftershocks top 300; classes suspended in Tandag "
               "and seven towns",
    byline="By Josefina Abad and Carlo Mendiola", published="2026-02-12T08:00:00+08:00",
    visible_date="February 12, 2026",
    section="Nation", tags=["Earthquake", "Surigao del Sur", "NDRRMC", "Phivolcs"],
    related=["Senate opens hearing on rice import permits",
             "MMDA to widen number coding scheme from March",
             "Gilas Pilipinas names pool for FIBA window"],
    body="""
TANDAG CITY - The death toll from Wednesday's magnitude 6.4 earthquake off Surigao del Sur
has risen to seven, with 112 people injured, the National Disaster Risk Reduction and
Management Council (NDRRMC) said in its 6 a.m. report on Thursday.

Four of the dead were in Tandag City, two in the town of Tago and one in San Miguel, according
to the Office of Civil Defense (OCD) in Caraga.

The quake struck at 2:23 a.m. on Wednesday, February 11. Phivolcs placed its epicenter 19
kilometers east of Tandag, at a depth of 32 kilometers.

The NDRRMC said 2,987 families had been displaced, of whom 1,150 families were staying in 23
evacuation centers while the rest sheltered with relatives. A total of 1,214 houses were
damaged, 86 of them totally destroyed.

Governor Consuelo Baguio placed the province under a state of calamity on Wednesday afternoon
after an emergency session of the provincial board, allowing towns to tap quick response
funds.

[FIG] Members of the Bureau of Fire Protection clear debris from a collapsed house in Barangay
Bag-ong Lungsod, Tandag City, on Wednesday. || Daybreak photo by Ramil Gonzaga

## Aftershocks

Phivolcs had recorded more than 300 aftershocks as of Thursday morning. Director Marites
Dalisay said the aftershock sequence was normal for an event of that size and was expected to
taper off over the next two weeks.

"This is not the big one that people fear from the trench, but it is a reminder that the
trench is active," Dalisay told reporters in Quezon City on Wednesday.

Eliseo Madrigal, a former Phivolcs director who now teaches at the University of the
Philippines, said the quake was a reminder that the December 2023 Hinatuan earthquake had not
relieved all of the stress along that stretch of the trench.

"The 7.4 in 2023 ruptured a different segment. This one is farther north. We should not
assume that one big event buys the whole coast a holiday," he said.

[AD] Globe Prepaid: stay connected with GoSURF bundles from P50

## Relief

The Department of Social Welfare and Development said it had released 5,000 family food packs
and P2.5 million (about $43,000) in cash aid to the province. The Philippine Coast Guard sent
a vessel from Surigao City carrying water and tents.

The Department of Public Works and Highways said a bridge approach on the coastal highway in
Tago remained closed to heavy vehicles, forcing trucks to take a longer inland route.

In Tago, residents said the shaking brought down part of the bell tower of the town's church,
which had been restored after earlier quakes. The Philippine National Police deployed 300
personnel to guard evacuation centers and damaged business districts.

Classes at all levels in Tandag and seven nearby towns were suspended on Wednesday and
Thursday. The Department of Education said 64 classrooms in the province needed inspection
before pupils could return.

Mayor Rolando Arreza said the city would inspect every public building before reopening it.
"We will not put people back under a roof we have not checked," he said.
""")

_S3_D = _paper_page(
    site="Caraga Coastline Courier", host="caragacourier.example",
    url="https://www.caragacourier.example/local-news/tandag-earthquake-day-two-aftershocks-relief",
    headline="Day two: Tandag counts the damage as aftershocks keep residents outdoors",
    standfirst="Seven dead, 126 injured; market vendors set up on the plaza",
    byline="Courier Staff", published=None,
    visible_date="Thursday, February 12, 2026 - 7:30 PM",
    section="Local", tags=["Tandag", "Earthquake"],
    related=["Lanuza surf festival moved to April",
             "Provincial board approves new fish port in Cantilan",
             "Tandag water district announces service interruption"],
    body="""
Many families in Tandag spent a second night outdoors on Thursday, sleeping under tarpaulins
on the plaza and in school grounds while the ground continued to shake from aftershocks.

As of noon Thursday, the provincial disaster office counted seven dead and 126 injured across
the province. Nearly 3,000 families had left their homes, and more than 1,200 houses had been
damaged.

Phivolcs said it had recorded 318 aftershocks as of 6 a.m. Thursday. The strongest, a
magnitude 4.9 tremor at 5:10 a.m. Wednesday, sent people who had returned home running back
out again.

## 'Nobody wanted to go back inside'

Mayor Rolando Arreza recalled the first minutes after the main shock, which came at 2:23 in
the morning on Wednesday.

"It rolled first and then it jumped. Families ran to the plaza in the dark carrying their
children and whatever they could grab. Nobody wanted to go back inside until the sun came
up," Arreza said.

He said city engineers had inspected 140 buildings by Thursday afternoon and marked 19 of them
unsafe, including part of the old public market.

[FIG] Vendors sell fish and vegetables on the city plaza after the public market was declared
unsafe. || Courier photo / Jun Plaza

At the market, vendors moved their stalls onto the plaza. "We lost one day. We cannot lose two,"
said Norma Salcedo, who has sold dried fish in the market for 30 years.

Four of the seven who died lived in Tandag. The others were two residents of Tago and one of
San Miguel. Among the dead was a 67-year-old grandmother from Barangay Telaje who was hit by a
falling wall.

[AD] Surigao del Sur Electric Cooperative reminds members: report damaged lines to our
hotline, do not touch fallen wires.

## Power back in most areas

The electric cooperative said it had restored power to about 80 percent of its connections by
Wednesday evening. Crews were still working on lines in upland barangays of Tago and San
Miguel.

Water service in the city centre resumed on Thursday morning, although the water district
asked residents to boil drinking water until further notice.

Classes remain suspended until Monday in Tandag, Governor Consuelo Baguio announced on Thursday
afternoon, extending the earlier suspension. She said the province would use its calamity
fund to help families rebuild.

Relief goods from the national government arrived by truck and by a Coast Guard ship from
Surigao City. Volunteers from the Diocese of Tandag are packing food at the cathedral hall.

Residents who need help can contact the City Disaster Risk Reduction and Management Office at
the city hall annex.

At Tandag City Central Elementary School, one of the evacuation sites, families queued for
drinking water and rice from a relief truck in the afternoon heat. The city social welfare
office said 412 families were staying in the city's own evacuation centres on Thursday, while
many more had moved in with relatives in upland barangays that suffered less damage.

"The children sleep, but the adults do not. Every time there is a small shake, someone
shouts," said Ligaya Montero, a mother of three from Barangay Bag-ong Lungsod.
""")

STORY_3 = _story("eq-RE3", "earthquake", "2026-02-14", [
    _page("https://www.apnewswire.example/world/asia-pacific/philippines-quake-surigao-del-sur-2026-02-11/",
          _S3_A),
    _page("https://www.scpb.example/news/2026-02-11/philippines-earthquake-mindanao-tandag/10458812",
          _S3_B),
    _page("https://www.maniladaybreak.example/nation/2026/02/12/surigao-del-sur-quake-toll-seven", _S3_C),
    _page("https://www.caragacourier.example/local-news/tandag-earthquake-day-two-aftershocks-relief",
          _S3_D),
], [])


# ---------------------------------------------------------------------------
# Story 4 (planted): Thailand-South Korea economic partnership agreement signed,
# 10:30 a.m. Tuesday 16 June 2026 Bangkok time (12:30 p.m. Seoul, 0330 GMT)
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    site="Asia-Pacific Newswire", host="apnewswire.example",
    url="https://www.apnewswire.example/business/thailand-south-korea-sign-trade-pact-2026-06-16/",
    headline="Thailand, South Korea sign trade pact cutting tariffs on cars, fruit; rice left out",
    description="The economic partnership agreement removes duties on most goods traded between "
                "the two countries, with some phased out over as long as 15 years.",
    byline="Pornthip Chaiyasit", published="2026-06-16T05:10:00Z",
    visible_date="June 16, 2026 5:10 AM GMT",
    section="Business", credit="Reporting by Pornthip Chaiyasit in Bangkok and Oh Jae-min in "
                                "Seoul; editing by Gavin Oakes",
    related=["Vietnam's May exports jump on electronics shipments",
             "Thai baht slips as tourism arrivals disappoint",
             "Japan, Australia agree to deepen hydrogen supply cooperation"],
    body="""
BANGKOK, June 16 (APN) - Thailand and South Korea signed an economic partnership agreement on
Tuesday that will remove tariffs on most of the goods they trade, opening Korea's market wider
to Thai tropical fruit and seafood while phasing out Thailand's steep duties on Korean cars.

Thai Commerce Minister Pimchanok Srisawat and South Korean Trade Minister Yoon Sang-hoon signed
the agreement at 10:30 a.m. (0330 GMT) at the commerce ministry's headquarters in Nonthaburi,
on the northern edge of Bangkok.

Under the deal, South Korea will scrap tariffs on 94.3% of its tariff lines and Thailand on
91.7%, some of them immediately and others over periods of up to 15 years, according to a
joint statement.

The agreement is scheduled to enter into force on Jan. 1, 2027, provided both countries
complete their ratification procedures, which they aim to finish by the end of November.

Rice, a politically sensitive crop in South Korea, was excluded entirely. "Rice stays off the
table, today and in any future round," Yoon told reporters after the ceremony. South Korea
charges a 513% tariff on rice imported above a fixed quota.

[AD] Corporate travel made simple. Manage bookings, expenses and approvals in one app.

Thailand will cut its tariffs on Korean passenger cars, currently 80%, to zero over 10 years,
while electric-vehicle batteries and several steel products will enter duty-free from the
start. South Korea will remove its 30% tariff on fresh durian and mangosteen as soon as the
agreement takes effect and phase out its duties on frozen shrimp over five years.

Pimchanok said Thai fruit growers had "waited a long time for this door to open."

Two-way trade reached $16.2 billion last year, with Korean exports to Thailand worth $9.9
billion and Thai shipments to Korea $6.3 billion, according to Thai commerce ministry data. The
two governments said they hoped to lift the total to $30 billion by 2035.

Both countries already trade under a regional free trade agreement between South Korea and the
10-member Association of Southeast Asian Nations, but business groups have complained that its
tariff cuts are shallow and its rules of origin cumbersome.

The bilateral talks opened in October 2023 and ran through 11 rounds. Negotiators resolved the
last disputes, over car tariffs and fruit quarantine rules, in April.

Analysts said the agreement's rules of origin, which let producers count materials from either
country toward qualifying for lower duties, could matter more to manufacturers than the
headline tariff cuts. "The car tariff will take a decade to disappear, but the battery and parts
provisions bite from the first day," said Natthida Kongkaew, a trade economist at the Siam
Policy Institute in Bangkok.

In Seoul, about 300 fruit growers rallied outside the National Assembly on Tuesday, arguing that
cheaper tropical fruit would eat into sales of domestic melons and citrus. The agriculture
ministry has promised a support package for affected farmers before lawmakers vote on
ratification.
""")

_S4_B = _paper_page(
    site="Korea Morning Post", host="koreamorningpost.example",
    url="https://www.koreamorningpost.example/economy/trade/20260616/korea-thailand-epa-signed",
    headline="Korea, Thailand sign EPA; carmakers, battery makers set to gain",
    standfirst="Deal removes Thailand's 80% tariff on Korean cars over a decade; farmers rally "
               "at National Assembly",
    byline="By Jung Ha-eun", published="2026-06-16T19:30:00+09:00",
    visible_date="Posted : 2026-06-16 19:30",
    section="Economy", tags=["Trade", "Thailand", "EPA", "Automobiles"],
    related=["Samsung heir's foundation pledges scholarships for rural students",
             "KTX fares to rise 5% from August",
             "Seoul apartment transactions hit two-year high in May"],
    body="""
Korea and Thailand signed an economic partnership agreement (EPA) in Bangkok on Tuesday,
paving the way for Korean carmakers and battery producers to sell into Southeast Asia's
second-largest economy with far lower tariffs.

Minister for Trade Yoon Sang-hoon and his Thai counterpart, Pimchanok Srisawat, signed the
agreement at 12:30 p.m. Korea time, after a closing meeting of the two delegations on Monday evening.

Under the deal, Thailand will eliminate tariffs on 91.7 percent of tariff lines and Korea on
94.3 percent. Thailand's 80 percent tariff on Korean passenger cars will fall to zero over 10
years, and battery cells and packs for electric vehicles will enter Thailand tariff-free as
soon as the agreement takes effect.

"Korean companies already build cars and batteries in Thailand. This agreement lets them treat
the two markets as one supply chain," Yoon told reporters in Bangkok.

Asked whether Seoul might eventually open its rice market to Thailand, one of the world's
biggest rice exporters, Yoon was blunt. "Rice stays off the table for this round," he said.

[FIG] Trade Minister Yoon Sang-hoon, right, and Thai Commerce Minister Pimchanok Srisawat
exchange signed copies of the agreement in Bangkok on Tuesday. || Pool photo /
Ministry of Trade, Industry and Energy

Yoon, a career trade official, served as ambassador to Thailand before taking up the trade
portfolio last year.

Two-way trade totalled $16.2 billion (about 22 trillion won) last year. Korea ran a surplus of
$3.6 billion, with its exports to Thailand worth $9.9 billion.

[AD] Hana Bank: earn up to 3.2% on 12-month time deposits opened online

## Farmers protest

About 300 fruit growers, mainly from Jeju Island and North Gyeongsang Province, rallied in
front of the National Assembly in Yeouido on Tuesday afternoon. They say cheaper Thai durian,
mangosteen and mango would cut into demand for domestic melons, tangerines and strawberries.

"The government says rice is protected, as if that solves everything. Our orchards are not
protected," said Park Gyeong-rae, who heads the National Fruit Growers' Council.

Korea will remove its 30 percent tariff on fresh durian and mangosteen on the first day the
agreement is in force. Tariffs on Thai mango will be phased out over seven years, and duties on
frozen shrimp over five.

The Ministry of Agriculture, Food and Rural Affairs said it would announce support measures
for fruit growers, including funding for greenhouse upgrades, before the National Assembly
takes up ratification.

The agreement will take effect from Jan. 1, 2027, if both countries complete domestic
procedures. The trade ministry plans to submit the ratification bill to the Assembly in
September.

Trade ministry officials said Korean exports to Thailand could grow by about 8 percent a year
once the agreement is fully in effect, led by auto parts, steel and cosmetics.

Industry officials welcomed the deal. An official at a major Korean carmaker, who asked not to
be named, said the phase-out would make it cheaper to bring premium models and parts into
Thailand from Korea while keeping mass-market production in Thai plants.
""")

_S4_C = _paper_page(
    site="Bangkok Monitor", host="bangkokmonitor.example",
    url="https://www.bangkokmonitor.example/business/economy/2026/06/17/thai-korea-epa-fruit-growers-cheer",
    headline="Thai fruit growers cheer Korea deal as tariffs on durian, mangosteen go",
    standfirst="Commerce ministry expects exports to Korea to rise 12% within three years of "
               "the pact taking effect",
    byline="Business desk", published="2026-06-17T07:00:00+07:00",
    visible_date="17 Jun 2026 at 07:00",
    section="Business", tags=["Thailand-Korea EPA", "Fruit exports", "Commerce Ministry"],
    related=["Cabinet approves 12-billion-baht drought relief for northeast",
             "BTS Pink Line extension to open in August",
             "SET index edges up as foreign funds return"],
    body="""
Thai fruit exporters welcomed the economic partnership agreement signed with South Korea
yesterday, saying the removal of Korea's tariffs on durian and mangosteen would give them an
edge over rivals from Vietnam and the Philippines.

Commerce Minister Pimchanok Srisawat and South Korean Trade Minister Yoon Sang-hoon signed the
pact at 10.30am at the Ministry of Commerce in Nonthaburi.

"Thai fruit growers have waited a long time for this door to open, and they will walk through
it quickly," Ms Pimchanok told reporters. "Our durian is already in Korean supermarkets. From
now on it will not carry a 30% surcharge."

The ministry estimates that Thai exports to Korea will rise by about 12% within three years of
the agreement taking effect, led by fruit, processed food, shrimp and rubber products.

The agreement will come into force on January 1, 2028, once both countries have completed
ratification.

[FIG] Durian from Chanthaburi on sale at a wholesale market in Bangkok. Exporters expect the
Korean market to grow quickly. || Photo: Bangkok Monitor / Somsak Jaidee

Two-way trade was worth US$16.2 billion, or about 530 billion baht, in 2025. Thailand ran a
deficit with Korea, importing steel, machinery, electronic parts and vehicles.

Under the deal, Thailand removes tariffs on 91.7% of tariff lines and Korea on 94.3%. Some
tariffs fall to zero immediately, while others are phased out over as long as 15 years.

Somchai Wongsakul, president of the Thai Fruit Exporters Association, said Korean buyers had
already begun asking about contracts for the next durian season.

"Korean consumers know our fruit from their holidays in Phuket and Pattaya. Now we can sell it
to them at home at a fair price," he said.

[AD] Krungthai SME loans: apply online, decision in three working days

## Rice excluded

Rice, Thailand's best-known farm export, was left out of the agreement at Korea's insistence.
Mr Yoon told reporters: "Rice stays off the table, today and in any future round."

Thai Rice Exporters Association officials said they had not expected a breakthrough on rice,
since Korea has protected its rice farmers in every trade deal it has signed.

Car tariffs were the other sensitive area. Thailand will phase out its 80% tariff on Korean
passenger cars over 10 years, which local assemblers say gives them time to adjust. Korean
electric-vehicle batteries will enter duty-free immediately, which the Board of Investment
says will support Thailand's plan to become a regional hub for electric vehicles.

Talks began in October 2023 and went through 11 rounds before the two sides reached agreement
in April.

Ms Pimchanok said the ministry would hold seminars for small exporters in Chiang Mai, Khon
Kaen and Surat Thani next month to explain the rules of origin.

Exporters also welcomed a side agreement on quarantine inspections, which will allow fruit
cleared at approved packing houses in Chanthaburi and Rayong to move through Korean checks more
quickly. Durian exporters have complained for years that shipments lose value while they wait
at Korean ports.
""")

_S4_D = _newsletter_page(
    site="Asia Trade Brief", host="asiatradebrief.example",
    url="https://asiatradebrief.example/briefs/korea-thailand-epa-what-is-in-it",
    headline="Korea-Thailand EPA: what is actually in it",
    dek="Tariff lines, phase-outs, the rice carve-out and the timetable, in one page",
    author="Asia Trade Brief research team", visible_date="18 June 2026",
    sidebar=["RCEP at five: who is using the cumulation rules?",
             "Indonesia's new import licensing regime, decoded",
             "Australia-UAE CEPA: first-year utilisation data"],
    body="""
Seoul and Bangkok signed their economic partnership agreement on Tuesday, 16 June, after
eleven rounds of negotiation that began in October 2023. The signing took place at 03:30 GMT
at the Thai Ministry of Commerce in Nonthaburi, with Foreign Minister Pimchanok Srisawat
signing for Thailand and Trade Minister Yoon Sang-hoon for Korea.

Here is what subscribers need to know.

## Coverage

Korea liberalises 94.3% of tariff lines, Thailand 91.7%. Both figures are above what each side
offered the other under the ASEAN-Korea FTA, which remains in force and which traders may
still use where it gives a better rate. By trade value, coverage is higher still, because the
excluded lines are mostly agricultural goods traded in small volumes.

Phase-outs run from immediate elimination to 15 years. The longest schedules sit on the Thai
side for passenger cars (the current 80% tariff goes to zero over 10 years) and for some steel
products, and on the Korean side for a short list of fish and fruit.

## The carve-outs

Rice is excluded in full. Yoon put it plainly at the press conference: "Rice stays off the
table, today and in any future round." Korea's out-of-quota rice tariff of 513% is untouched.

Beyond rice, Korea kept tariff-rate quotas on a handful of products, including some dairy and
certain fruit juices. Thailand kept its sensitive list largely for cars and some agricultural
goods.

[AD] Asia Trade Brief Pro: full tariff schedules and HS-level search. Start a 14-day trial.

## Fruit and seafood

Korea's 30% tariff on fresh durian and mangosteen goes on day one. Mango is phased out over
seven years and frozen shrimp over five. Quarantine protocols for fresh fruit were agreed in
a side letter; Thai exporters say those will matter as much as the tariffs.

## Autos and batteries

Korean carmakers that assemble in Thailand do not gain directly from the car tariff schedule,
but their imported parts and battery packs do, from entry into force. Fully built imports from
Korea will get cheaper only gradually, which suits Thai assemblers.

## Timetable

Entry into force is set for 1 January 2027, provided both sides ratify. The target for
completing domestic procedures is the end of November. In Korea, the agreement needs National
Assembly consent, and about 300 fruit growers were already protesting outside the Assembly on
signing day.

## Trade flows

Two-way trade was about $16 billion in 2025 ($16.2bn on Thai figures), with Korea in
surplus. The stated goal is $30bn by 2035, which would need growth of a little over 6% a year.

## Our view

For Korean auto and battery firms with Thai plants, the gains are real but back-loaded. For
Thai fruit exporters, they are immediate. The rules of origin are simpler than under the
regional agreement, which may matter more in the long run than any single tariff line.

Questions about specific HS codes? Reply to this brief and our analysts will get back to you.
""")

STORY_4 = _story("trade-RE4", "trade", "2026-06-20", [
    _page("https://www.apnewswire.example/business/thailand-south-korea-sign-trade-pact-2026-06-16/", _S4_A),
    _page("https://www.koreamorningpost.example/economy/trade/20260616/korea-thailand-epa-signed", _S4_B),
    _page("https://www.bangkokmonitor.example/business/economy/2026/06/17/thai-korea-epa-fruit-growers-cheer",
          _S4_C),
    _page("https://asiatradebrief.example/briefs/korea-thailand-epa-what-is-in-it", _S4_D),
], [
    ("Pimchanok's title", r"commerce minister(?!y)|minister of commerce",
     r"foreign minister|minister of foreign affairs"),
    ("Yoon's rice quote", r"any future round", r"for this round"),
    ("entry-into-force date", r"(?<!\d)2027(?!\d)", r"(?<!\d)2028(?!\d)"),
])


# ---------------------------------------------------------------------------
# Story 5 (CONTROL): federal by-election in Lyons (Tasmania), Saturday 15 August 2026
# Count stages: Sat 10:55 p.m. (94/97 booths, ~68% of roll); close of Saturday count
# (97/97, 71.3%); after Monday's postal/pre-poll count (82.3%).
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    site="Austral Press Agency", host="australpress.example",
    url="https://www.australpress.example/politics/lyons-by-election-labor-holds-2026-08-15",
    headline="Labor holds Tasmanian seat of Lyons as Liberal candidate concedes",
    description="Former Brighton mayor Megan Tolhurst is set to win the Lyons by-election for "
                "Labor with a small swing in her favour.",
    byline="Tom Varga", published="2026-08-15T12:55:00Z",
    visible_date="15 August 2026, 10:55 PM AEST",
    section="Politics", credit="Reporting by Tom Varga in Hobart; editing by Sienna Holt",
    related=["Queensland flood recovery funding tops $400 million",
             "Wallabies name squad for Bledisloe opener",
             "Canberra light rail stage two hits new delay"],
    body="""
HOBART, Aug 15 (APA) - Labor has held the Tasmanian federal seat of Lyons at Saturday's
by-election, with Liberal candidate Hamish Drysdale conceding to Labor's Megan Tolhurst less
than four hours after polls closed.

With results in from 94 of the 97 polling places and about 68 per cent of enrolled voters'
ballots counted, Ms Tolhurst led on primary votes with 38.6 per cent to Mr Drysdale's 34.1
per cent. The Greens candidate, Priya Anand, had 12.9 per cent and independent Col Bramich 9.8
per cent, with four other candidates sharing the rest.

On the two-party-preferred count, Labor led 54.2 per cent to 45.8 per cent.

Labor's two-party-preferred vote in Lyons at the 2025 federal election was 52.9 per cent, so
Saturday night's early figures pointed to a swing of about 1.3 points toward the government,
an unusual result at a by-election.

Mr Drysdale, a sheep farmer from Bothwell, conceded at about 9.40pm local time (1140 GMT) at
his campaign function in Oatlands.

"The numbers are clear. I've called Megan to congratulate her, and I wish her well," he told
supporters. "We will be back in Lyons, and we'll be better for this."

[AD] Compare energy plans in Tasmania and switch in five minutes.

The by-election was triggered by the resignation in June of Labor MP Corinne Whitfield, who
cited family health reasons.

Lyons is a sprawling rural and semi-rural electorate that takes in the Derwent Valley, the
Midlands, the Central Highlands and much of the island's east coast, covering roughly half of
Tasmania's land area.

Ms Tolhurst, a former mayor of Brighton, north of Hobart, told supporters at the Brighton
Civic Centre that voters had asked her for one thing above all.

"People in the Derwent Valley and right up through the Midlands told me the same thing: they
want someone who answers the phone," she said.

Polls closed at 6pm (0800 GMT). Counting of postal and pre-poll votes will resume on Monday.

Turnout appeared to be lower than at the general election, as is usual at by-elections.
Election officials said about 9,800 postal votes had been returned by Saturday.

The campaign was dominated by local issues, including ambulance response times, the state of
the Midland and Lyell highways, and electricity costs for irrigators. Eight candidates stood.

Ms Anand said the Greens had recorded their strongest result in the seat. Mr Bramich, a New
Norfolk hardware store owner who campaigned on local roads and hospital waiting times, said he
would consider running again at the next general election.

The result leaves the balance of the House of Representatives unchanged.
""")

_S5_B = _paper_page(
    site="The National Tribune", host="nationaltribune.example",
    url="https://www.nationaltribune.example/politics/federal/labor-retains-lyons-with-swing-20260816",
    headline="Labor retains Lyons with swing in its favour as Liberals fall short again",
    standfirst="Megan Tolhurst wins the Tasmanian by-election on preferences; Greens post "
               "their best result in the seat",
    byline="By Rebecca Lindqvist, Political correspondent", published="2026-08-16T07:30:00+10:00",
    visible_date="August 16, 2026 - 7.30am",
    section="Politics", tags=["Federal politics", "Tasmania", "By-elections"],
    related=["Housing approvals slump to lowest level in a decade",
             "Matildas coach names three uncapped players",
             "Opinion: the by-election lesson both parties will ignore"],
    body="""
Labor has comfortably retained the Tasmanian seat of Lyons, with former Brighton mayor Megan
Tolhurst picking up a small swing on a two-party basis at a by-election many in the party had
feared would be much tighter.

By the close of counting on Saturday night, with all 97 polling places reporting and 71.3 per
cent of the roll counted, Ms Tolhurst had 38.7 per cent of the primary vote to 34.0 per cent
for the Liberals' Hamish Drysdale. After preferences, Labor led 54.3 per cent to 45.7 per cent.

Mr Drysdale conceded at 9.40pm at his function in the Midlands town of Oatlands.

Labor's campaign leaned heavily on Ms Tolhurst's local profile. Her six years as Brighton
mayor, during which the council opened a new sports centre and fought to keep a bank branch in
the town, featured in almost all of the party's advertising.

Labor strategists had worried that voter anger over the cost of living and hospital waiting
lists in regional Tasmania would cut into the party's vote, and the Liberals had poured money
and shadow ministers into the campaign in its final fortnight.

[FIG] Megan Tolhurst with supporters at the Brighton Civic Centre on Saturday night. ||
Picture: Luke Ferris

## 'I start on Monday'

Speaking to supporters in Brighton, about 25 minutes' drive north of Hobart, Ms Tolhurst said
voters had told her they wanted an MP who answered the phone. "That's the job, and I start on
Monday," she said.

The prime minister issued a statement late on Saturday congratulating Ms Tolhurst and thanking
the outgoing member, Corinne Whitfield, who left parliament in June.

For the Liberals, the result is another disappointment in a seat the party last held a decade
ago. Mr Drysdale, a fourth-generation farmer from Bothwell, ran on a platform of
farm water security and road funding.

The Greens' Priya Anand polled 12.9 per cent, which the party said was its best result in the
seat.

"Nearly 13 per cent in Lyons is the best result the Greens have had in this seat," Ms Anand
said. "People in the Derwent Valley are telling us that climate and cost of living are the
same conversation."

[AD] The National Tribune digital subscription - first three months for $1 a week

Independent Col Bramich, who campaigned on roads and hospital waiting times, polled 9.8 per
cent.

A Liberal campaign spokesman said the party would review the result "with an open mind", but
that holding its primary vote at about 34 per cent in a by-election against a well-known local
figure was "not a collapse".

Electoral analysts said the result suggested the government had held its ground in regional
seats despite difficult national polling. Labor's two-party-preferred vote in Lyons at the
2025 federal election was 52.9 per cent.

The Australian Electoral Commission will continue counting postal and pre-poll votes from
Monday. The formal declaration of the poll is expected later this month.

Ms Tolhurst is expected to be sworn in when the House of Representatives next sits.
""")

_S5_C = _newsletter_page(
    site="The Preference Flow", host="preferenceflow.example",
    url="https://preferenceflow.example/lyons-by-election-booth-by-booth",
    headline="Lyons by-election: booth by booth",
    dek="A modest swing to Labor, a record Greens vote, and what the Midlands booths say",
    author="Dr Alison Kerr", visible_date=None,
    sidebar=["Why by-election swings mislead (a short history)",
             "Redistribution watch: Victoria's draft boundaries",
             "Reading the AEC's two-candidate-preferred tables"],
    body="""
Saturday's by-election in Lyons delivered Labor a win that was never really in doubt once the
first Midlands booths reported. Here is my read of the numbers, using the AEC's figures at the
close of counting on Saturday night (all 97 polling places, 71.3% of the roll).

## Primary votes

Megan Tolhurst (ALP) 38.7%, Hamish Drysdale (LIB) 34.0%, Priya Anand (GRN) 12.9%, Col Bramich
(IND) 9.8%, four others 4.6% combined.

Compared with the 2025 federal election, Labor's primary is up 2.5 points from 36.2%. The
Greens are up from 11.4%. That makes this the Greens' best result in Lyons, as Anand noted in
her speech.

## Two-party preferred

Labor 54.3%, Liberal 45.7%, a swing of 1.4 points to Labor from 52.9% in 2025. By-elections
usually run against governments, so a swing toward the governing party is unusual. Turnout
will be lower than at the general election, as it always is, and that can distort things.

A word on the early figures: some outlets reported Labor on 54.2% late on Saturday, with 94 of
the 97 booths in. The figure above includes all of them.

[AD] The Preference Flow is reader-supported. Become a paying member for full booth data.

## Booths

Labor won 58 of the 97 polling places on the two-party count. The Liberals did best in the
Central Highlands and the northern Midlands, as usual; Drysdale's home town of Bothwell gave
him more than 60% of the two-party vote. Labor's strongest booths were in Brighton, Bridgewater
and Gagebrook, where Tolhurst's time as mayor clearly helped, and in New Norfolk.

The east coast is the interesting part. Labor's two-party vote rose in Swansea, Triabunna and
St Helens, where the Greens' preferences flowed strongly to Tolhurst. Bramich's preferences
split closer to evenly than I expected, about 52-48 to the Liberals.

## How many votes are left

There were 81,960 people on the roll. At 71.3% counted, roughly 58,400 ballots had been
processed by Saturday night. Postal votes in Tasmania tend to lean slightly to the Liberals,
so expect the Labor margin to move a little either way as they come in, but not by enough to matter.

## What it means

Not much, nationally. A government holding a seat it already held, with a small swing, tells
us that the regional vote has not collapsed. The Liberals will point to their primary vote
holding in the mid-30s. Both sides will claim a story.

Drysdale's concession speech was gracious. His line that the party would "be back in Lyons"
is a safe bet; whether he is the candidate next time is another matter.

Tolhurst, for her part, told supporters that people "want someone who answers the phone." It
is not a bad summary of what by-elections are usually about.

Full booth tables for members below.
""")

_S5_D = _paper_page(
    site="Derwent Valley Gazette", host="derwentgazette.example",
    url="https://www.derwentgazette.example/news/tolhurst-lead-grows-as-postals-counted",
    headline="Tolhurst's lead grows as postal votes are counted",
    standfirst="New Lyons MP thanks valley voters; sworn in later this month",
    byline="Words: Jess Marriott", published=None,
    visible_date="Tuesday, 18 August 2026",
    section="News", tags=["Lyons by-election", "New Norfolk"],
    related=["Council pushes ahead with New Norfolk pool upgrade",
             "Derwent Valley Show entries open",
             "Letters: the Lyell Highway needs more than patchwork"],
    body="""
Labor's Megan Tolhurst has extended her lead in Lyons as counting of postal and pre-poll
votes continued, with her two-party-preferred vote now at 54.6 per cent.

By Monday evening the Australian Electoral Commission had counted 82.3 per cent of enrolled
voters. Ms Tolhurst's primary vote stood at 38.9 per cent, with Liberal Hamish Drysdale on
33.8 per cent, the Greens' Priya Anand on 13.0 per cent and independent Col Bramich on 9.7 per
cent.

Counting resumed on Monday morning at the AEC's divisional office, where staff worked through
postal and pre-poll ballots.

After preferences she leads by almost 6,000 votes. The swing to Labor on a two-party basis
now sits at 1.7 points, up from the Saturday-night figure.

About 3,100 postal votes are yet to come in, and the AEC expects to declare the result by the end
of this week.

## 'I start on Monday'

Ms Tolhurst, who visited the New Norfolk Esplanade markets on Sunday morning to thank voters,
said she had taken the message from the campaign to heart.

"People in the Derwent Valley and right up through the Midlands told me the same thing: they
want someone who answers the phone. That's the job, and I start on Monday," she told the
Gazette.

She said her first priorities would be the Lyell Highway, ambulance response times in the
valley and the future of the Royal Derwent Hospital site.

[FIG] New Lyons MP Megan Tolhurst with stallholders at the Esplanade markets in New Norfolk on
Sunday. || Picture: Jess Marriott

Ms Tolhurst served as mayor of Brighton for six years and stepped down from council to run.
She will be sworn in when the House of Representatives next sits in Canberra, on 25 August.

## Valley vote

Labor won every polling place in the Derwent Valley municipality on the two-party count, the
AEC's booth results show. New Norfolk, the valley's largest booth, gave Ms Tolhurst close to 60
per cent after preferences.

Independent Col Bramich, who runs a hardware store in New Norfolk's High Street, polled
strongly at home but said he was happy with his result across the electorate.

"Nearly ten per cent for a bloke with a ute and a trailer full of corflutes isn't bad," Mr
Bramich said. "The major parties know the valley is watching now."

[AD] Valley Ag Supplies - winter feed and fencing specials this week only

Mr Drysdale, the Liberal candidate, thanked his volunteers in a social media post on Sunday and
said he would take a few weeks off on the farm before deciding his future.

Greens candidate Priya Anand said her party's result showed it was no longer just a Hobart
force. "We are in the valley now, and we are staying," she said.

The by-election was called after former MP Corinne Whitfield resigned in June, citing family
health reasons. She has not commented publicly on the result.
""")

STORY_5 = _story("elec-RE5", "election", "2026-08-20", [
    _page("https://www.australpress.example/politics/lyons-by-election-labor-holds-2026-08-15", _S5_A),
    _page("https://www.nationaltribune.example/politics/federal/labor-retains-lyons-with-swing-20260816", _S5_B),
    _page("https://preferenceflow.example/lyons-by-election-booth-by-booth", _S5_C),
    _page("https://www.derwentgazette.example/news/tolhurst-lead-grows-as-postals-counted", _S5_D),
], [])


# ---------------------------------------------------------------------------
# Story 6 (planted): Tsubame Orbital's second Hien-1 flight reaches orbit from
# Hokkaido Spaceport, 11:08 a.m. JST Tuesday 6 October 2026 (0208 GMT)
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    site="Asia-Pacific Newswire", host="apnewswire.example",
    url="https://www.apnewswire.example/science/japan-startup-tsubame-hien-1-reaches-orbit-2026-10-06/",
    headline="Japanese startup Tsubame Orbital reaches orbit on second try, a year after crash",
    description="The Hien-1 rocket lifted off from Hokkaido and placed three small satellites "
                "into orbit, including one for a Thai company.",
    byline="Kenji Mori", published="2026-10-06T03:40:00Z",
    visible_date="October 6, 2026 3:40 AM GMT",
    section="Science", credit="Reporting by Kenji Mori; editing by Priya Raman",
    related=["Japan's Nikkei hits record as chip stocks rally",
             "South Korea's Nuri rocket to carry lunar test payload next year",
             "Australia's space agency awards grants for launch range studies"],
    body="""
TOKYO, Oct 6 (APN) - Japanese rocket startup Tsubame Orbital Systems put three small satellites
into orbit on Tuesday with the second flight of its Hien-1 rocket, a little more than a year
after its first attempt ended in a crash into the sea off Hokkaido.

The two-stage rocket lifted off from Hokkaido Spaceport in the town of Taiki at 11:08 a.m.
(0208 GMT), 18 minutes into its launch window, and released its satellites into a
sun-synchronous orbit about 500 km (310 miles) above the Earth roughly 10 minutes later, the
company said.

The launch had been scheduled for Sunday but was called off about 40 minutes before liftoff
because of strong winds at high altitude.

"Last year we learned what failure costs," Chief Executive Kaori Minamoto told reporters at the
launch site. "Today the whole team gets to learn what it feels like when the numbers line up."

The 24-metre (79-foot) rocket carried three satellites with a combined mass of 118 kg. The
largest, a 64 kg Earth-observation satellite called Shirakaba-2, belongs to Sapporo-based
Kitano Imaging. Bangkok-based Chaiya Space supplied a 38 kg weather-sensing satellite, and
Tsubame flew a small test satellite of its own.

[AD] Invest in Japan equities with low fees. Capital at risk.

All three satellites had sent signals to ground stations by early afternoon, Tsubame said.

Kitano Imaging said its satellite would be used to monitor crops and sea ice around Hokkaido,
while Chaiya Space said its satellite would help forecasters track monsoon rainfall over
Thailand.

The Hien-1's first flight, on Sept. 19 last year, ended 47 seconds after liftoff when the
first-stage engine shut down, sending the rocket into the sea about 2 km off the coast. No one
was hurt. An investigation traced the failure to a faulty valve in the fuel line.

Minamoto, a former propulsion engineer at the Japan Aerospace Exploration Agency (JAXA),
founded the company in 2021. It has raised 11.2 billion yen (about $75 million), including
government grants.

Japan is trying to build a domestic commercial launch industry to compete with U.S. and
Chinese providers of rides to orbit for small satellites, and has been offering subsidies and
technical help to startups through JAXA.

Tsubame aims to fly four times next year and has signed launch contracts with customers in
Japan, Thailand and Australia, the company said. The Hien-1 can carry up to 250 kg to an orbit
500 km high.

About 4,500 people watched from two public viewing areas near the spaceport, according to the
town of Taiki.

Taiki, a dairy-farming town of about 5,400 people on Hokkaido's Pacific coast, has spent
heavily on the spaceport, which it runs with private partners, hoping to turn it into a hub for
commercial launches in Asia.
""")

_S6_B = _paper_page(
    site="Tokachi Plain Shimbun", host="tokachiplain.example",
    url="https://www.tokachiplain.example/en/news/taiki-hien-1-launch-success",
    headline="Cheers in Taiki as Hien-1 finally makes it to orbit",
    standfirst="Thousands watch from viewing areas; mayor says town's space industry 'is no "
                "longer a dream'",
    byline="English edition staff", published=None,
    visible_date="October 7, 2026",
    section="News", tags=["Taiki", "Hokkaido Spaceport", "Tsubame Orbital"],
    related=["Obihiro potato harvest down 8% after dry summer",
             "New direct bus from Obihiro airport to Taiki starts in November",
             "Tokachi cheese makers win gold at national awards"],
    body="""
TAIKI - Cheers and applause rang out across the viewing area at Taiki's seaside park on
Tuesday as Tsubame Orbital Systems' Hien-1 rocket climbed away from Hokkaido Spaceport and,
about ten minutes later, delivered three satellites into orbit.

The rocket left the pad at 11:38 a.m. on a clear, cold morning, two days after a first attempt
on Sunday was called off because of strong upper-level winds.

According to the town, 4,470 people registered at the two public viewing areas, the most for
any launch at the spaceport. Local inns were fully booked from Saturday night, and some
visitors drove in from Sapporo before dawn.

[FIG] The Hien-1 rocket lifts off from Hokkaido Spaceport in Taiki on Tuesday morning. ||
Photo: Tokachi Plain Shimbun

"I was here last year when it fell into the sea. This time I could not stop shaking," said
Yuki Hasegawa, a 31-year-old dairy farmer from neighbouring Hiroo who watched with her two
children.

Mayor Shigeru Tamura said the success would help the town attract more space companies. "For
years people outside Tokachi thought the space town was a slogan. After today, it is no longer
a dream. It is a job market," he said.

## Second time lucky

The launch was the second for the Hien-1. Its first flight in September last year ended less
than a minute after liftoff, when the first-stage engine shut down and the rocket fell into
the sea about two kilometres offshore.

Tsubame, which has its head office in Tokyo and builds its rockets at a factory in Taiki,
employs about 160 people, 45 of them in the town.

Chief executive Kaori Minamoto, who spent 12 years at JAXA before founding the company, thanked
the town's residents at a press conference after the launch. "Last year we learned what failure
costs," she said. She added that the company's staff had shared the Taiki community's
disappointment at the failure and its joy at the success.

[AD] Taiki Hot Spring Hotel - launch viewing packages for the next Hien-1 flight now on sale

The rocket carried an Earth-observation satellite for Kitano Imaging of Sapporo, a small
weather satellite for a Thai startup, and a test satellite built by Tsubame itself. The
company said all three were working.

## More launches, more visitors

Tsubame plans four launches next year. The town expects the spaceport to bring in more than 1
billion yen in visitor spending this fiscal year, and it is building a second viewing area
with parking for 600 cars.

The town's new spaceport promotion office will also run monthly tours of the launch site from
November. Applications open on the town's website later this month.

Fishermen's groups, who must keep boats out of a safety zone during launches, were compensated
for the lost fishing days under an agreement with the company.

"We lost two days this week, but we are proud of it," said one fisherman at Taiki port.
""")

_S6_C = _paper_page(
    site="LaunchLedger", host="launchledger.example",
    url="https://www.launchledger.example/launch/tsubame-hien-1-flight-2-orbit",
    headline="Tsubame's Hien-1 reaches orbit on flight 2: the numbers",
    standfirst="Three payloads, 118 kg, a 508 x 515 km orbit and a much better engine valve",
    byline="By Daniel Okafor", published="2026-10-08T09:00:00+00:00",
    visible_date="Oct 8, 2026",
    section="Launch", tags=["Tsubame Orbital", "Hien-1", "Small launch", "Japan"],
    related=["Electron completes fifth launch in five weeks",
             "ISRO's SSLV picks up two commercial customers",
             "Gilmour Space files new launch permit application"],
    body="""
Tsubame Orbital Systems got its Hien-1 small launcher to orbit in Wednesday's launch from
Hokkaido Spaceport, making good on a return to flight that slipped by two days after upper-level
winds scrubbed Sunday's attempt.

Liftoff came at 02:08 UTC (11:08 JST), 18 minutes into a 90-minute window that opened at 10:50
local time.

## Flight timeline

First-stage separation came at T+2 min 31 s. The second stage's engine cut off at T+8 min 40
s, and the three satellites deployed between T+9 min 12 s and T+10 min 5 s. The company
reported an orbit of about 508 km by 515 km, close to the 500 km sun-synchronous target.

Tsubame said all three payloads had made contact with ground stations by 04:30 UTC.

Chaiya Space said SIAM-Sat 1 completed its first telemetry pass over its ground station near
Chiang Mai a few hours after launch and that it expects to start delivering rainfall data in
December. Kitano Imaging expects first images from Shirakaba-2 within two weeks, once
commissioning is complete.

## Payloads

The manifest totalled 118 kg: Kitano Imaging's Shirakaba-2 Earth-observation satellite (64
kg), Chaiya Space's SIAM-Sat 1 weather-sensing satellite (38 kg) and Tsubame Pathfinder, a 16 kg
in-house demonstrator carrying a new avionics stack. That is a little under half of the
rocket's rated capacity of 250 kg to a 500 km orbit.

[AD] Rideshare slots to SSO from Q2 - request a quote from our booking partners

## What changed since flight 1

Flight 1, on 19 September 2025, lasted 47 seconds. The first-stage engine shut down after a
valve in the fuel feed line stuck partly closed; the vehicle fell into the Pacific about 2 km
offshore. Tsubame's fix replaced the valve with a new design and added a second pressure sensor
upstream.

CEO Kaori Minamoto, a former JAXA propulsion engineer, said afterwards that the team now knew
"what it feels like when the numbers line up." She did not take questions on the cost of the
investigation.

## Money and manifest

Tsubame has raised ¥11.2bn since it was founded in 2021, including a ¥3.2bn grant under the
government's Small Business Innovation Research programme. It says it has contracts for four
flights in 2027, including a dedicated mission for an Australian Earth-observation company.

That cadence would be ambitious for any new launcher. Flight 3 is where we will learn whether
Tsubame can turn a rocket around quickly, or whether flight 2 was a carefully hand-built
success.

## Competition

The Hien-1 enters a crowded small-launch market. Its price per kilogram has not been
published, but customers say it is competitive with rideshare once schedule certainty is
included. Chaiya Space, the Thai customer, said it chose the Hien-1 because it could get a
dedicated slot within a year, rather than waiting for a large rideshare mission.

We will update this story when Tsubame publishes its post-flight data.
""")

STORY_6 = _story("rocket-RE6", "rocket", "2026-10-10", [
    _page("https://www.apnewswire.example/science/japan-startup-tsubame-hien-1-reaches-orbit-2026-10-06/",
          _S6_A),
    _page("https://www.tokachiplain.example/en/news/taiki-hien-1-launch-success", _S6_B),
    _page("https://www.launchledger.example/launch/tsubame-hien-1-flight-2-orbit", _S6_C),
], [
    ("liftoff clock time", r"(?<![\d:.])11[:.]08(?!\d)", r"(?<![\d:.])11[:.]38(?!\d)"),
    ("launch weekday", r"\btuesday\b", r"\bwednesday\b"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
